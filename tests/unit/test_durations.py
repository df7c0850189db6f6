"""Durations from config and the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30),
        ("25m", 1500),
        ("2h", 7200),
        ("3d", 259200),
        ("1h30m", 5400),
        ("PT2M", 120),
        ("P1D", 86400),
        ("P1DT2H30M", 95400),
        ("PT0.5S", 0.5),
        ("45", 45),
        (90, 90),
    ],
)
def test_accepted_forms(text: str | int, seconds: float) -> None:
    """Short forms, ISO 8601 and bare seconds are understood."""
    assert parse_duration(text) == dt.timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "P", "PT", "P1M", "3 fortnights", "-5s", "1x", True])
def test_refused_forms(text: object) -> None:
    """Anything else is refused with a message listing the accepted forms."""
    with pytest.raises(ValueError, match="30s, 25m"):
        parse_duration(text)  # type: ignore[arg-type]


def test_format_round_trip() -> None:
    """format_duration gives a compact form that parses back."""
    delta = dt.timedelta(days=1, hours=2, minutes=3, seconds=4)
    assert format_duration(delta) == "1d2h3m4s"
    assert parse_duration(format_duration(delta)) == delta
