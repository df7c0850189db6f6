"""The README's promise: `followupd inspect examples/*.eml` shows what each example is."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.understand import Context, Kind, understand

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ME = Context(user_addresses=frozenset({"jordan.lee@example.net"}), user_name="Jordan Lee")

EXPECTED = {
    "01-calendar-invitation.eml": (
        Kind.INTERVIEW,
        "2027-03-09T14:00:00+00:00",
        ["Sarah Connor", "Raj Patel"],
    ),
    "02-agency-confirmation.eml": (Kind.INTERVIEW, "2027-03-10T10:00:00+00:00", ["Helen Park"]),
    "03-rejection.eml": (Kind.REJECTION, None, []),
    "04-newsletter.eml": (Kind.BULK, None, []),
    "05-german-invitation.eml": (
        Kind.INTERVIEW,
        "2027-03-09T14:30:00+01:00",
        ["Jana Weber", "Lukas Brandt"],
    ),
}


def test_every_example_is_listed() -> None:
    """Each shipped example has its expected reading here (and nothing else is listed)."""
    assert sorted(p.name for p in EXAMPLES.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_reads_as_documented(name: str) -> None:
    """Kind, start and interviewer names of each example are what the README shows."""
    kind, start, names = EXPECTED[name]
    got = understand((EXAMPLES / name).read_bytes(), ME)
    assert got.kind is kind
    if start is None:
        assert got.interview is None
        return
    assert got.interview is not None
    assert got.interview.start.isoformat() == start
    assert [p.name for p in got.interview.interviewers] == names
