"""Precision round 8: non-interviews with interview-like signs, read as what they are.

The probes (``precision_round8_probes``) were written from scratch: the user's own
workplace, paid research, customer discovery and vendors' demos, press, admissions, visas,
homes, clinics, schools, civic duties, volunteering, dating, recruiters' marketing and
fairs, hiring systems that only acknowledge, the user as hiring manager, internal hiring
meetings, referrals, interviews already held, and hiring mail of other kinds (availability
asked, a cancellation, a rejection after interviews, an offer discussed on a call), in
en/de/fr/es. Each must be read as the
kind it names and never as an interview; the neighbours are real interviews in the same
shapes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import default_lexicon

from .messages import mail
from .precision_round8_probes import NEIGHBOURS, PROBES

NY = ZoneInfo("America/New_York")

# Probes still read wrongly, with the reason (strict: a fix must take its name off).
OPEN: dict[str, str] = {}

# Neighbours still read wrongly, with the reason (strict: a fix must take its name off).
OPEN_NEIGHBOURS: dict[str, str] = {}


def _params(items: list[tuple[str, str, dict[str, Any]]], open_: dict[str, str]) -> list[Any]:
    """The items as test parameters, the open ones as strict expected failures."""
    return [
        pytest.param(n, w, kw, marks=pytest.mark.xfail(strict=True, reason=open_[n]), id=n)
        if n in open_
        else pytest.param(n, w, kw, id=n)
        for n, w, kw in items
    ]


@pytest.mark.parametrize(("name", "want", "kw"), _params(PROBES, OPEN))
def test_probe_kind(ctx: Context, name: str, want: str, kw: dict[str, Any]) -> None:
    """Mail with interview-like signs that is nobody's job interview gets its own kind."""
    u = understand(mail(**kw), ctx)
    assert u.kind is not Kind.INTERVIEW, (name, u.reasons)
    assert u.kind == Kind(want), (name, u.kind, u.reasons)


@pytest.mark.parametrize(("name", "want", "kw"), _params(NEIGHBOURS, OPEN_NEIGHBOURS))
def test_neighbour_stays_interview(ctx: Context, name: str, want: str, kw: dict[str, Any]) -> None:
    """A real job interview in the shape of a probe keeps its kind and start."""
    u = understand(mail(**kw), ctx)
    assert u.kind is Kind.INTERVIEW, (name, u.kind, u.reasons)
    assert u.interview is not None
    assert u.interview.start.astimezone(NY).strftime("%Y-%m-%d %H:%M") == want


@pytest.mark.parametrize(
    ("text", "want", "weekday_ok"),
    [
        ("Friday 2/27 at 2pm", dt.date(2026, 2, 27), True),
        ("Saturday 2/27 at 2pm", dt.date(2027, 2, 27), True),
        ("Thursday 3/5 at 2pm", dt.date(2026, 3, 5), True),
        ("Wednesday 2/27 at 2pm", dt.date(2027, 2, 27), False),
    ],
)
def test_weekday_names_recent_past(text: str, want: dt.date, weekday_ok: bool) -> None:
    """A yearless date whose weekday fits only the recent past stays in the past."""
    ref = dt.datetime(2026, 3, 2, 15, 4, tzinfo=NY)
    m = find_moments(text, default_lexicon(), ref, "mdy", "America/New_York")[0]
    assert (m.start.date(), m.weekday_ok) == (want, weekday_ok)
