"""Time: clock jumps and DST transitions around due times (pure, injected clocks).

The system clock cannot be moved in a test; the planner and the timing rules take `now`
and the interview's end as arguments, so jumps are simulated by passing other instants.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.planner import Create, PlanSettings, plan
from daemon.store import CaseRecord, RoundRecord
from daemon.timing import BusinessCalendar, SendRule, thank_you_due, within_grace
from daemon.understand.model import Person
from tests.reliability.support import Recorder

pytestmark = [pytest.mark.reliability]

UTC = dt.UTC
NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


def _case(end: dt.datetime, zone: str) -> CaseRecord:
    start = end - dt.timedelta(hours=1)
    rnd = RoundRecord(
        id=1, case_id=1, start=start, end=end, timezone=zone, location=None, meeting_url=None,
        calendar_uid="u@x", sequence=0, cancelled=False,
        interviewers=(Person(name="Sarah Connor", email="sarah@acme.example"),),
    )  # fmt: skip
    return CaseRecord(
        id=1, account="a", company="Acme", role="Engineer", stage="interviewing",  # type: ignore[arg-type]
        agency=False, recruiter=None, created_at=start, updated_at=start,
        stage_changed_at=start, rounds=(rnd,),
    )  # fmt: skip


def _settings(rule: str, zone: ZoneInfo) -> PlanSettings:
    return PlanSettings(
        notes_delay=dt.timedelta(minutes=30),
        rule=SendRule.parse(rule),
        calendar=BusinessCalendar(),
        user_zone=zone,
    )


def test_clock_jumps_do_not_move_due_times(reliability: Recorder) -> None:
    """Planning the same case with `now` jumping back 1 year, back 5 h, forward 3 days:
    the same rows at the same due times each time (due times hang off the interview,
    never off the clock)."""
    reliability.set("Time", "planner run with now = T, T-5h, T+3d, T-1y (clock jumps)")
    end = dt.datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
    case = _case(end, "Europe/London")
    settings = _settings("next_business_day 09:30", LONDON)
    plans = {}
    calls: dict[str, list[dt.datetime]] = {}
    for label, now in {
        "T": end,
        "T-5h": end - dt.timedelta(hours=5),
        "T+3d": end + dt.timedelta(days=3),
        "T-1y": end - dt.timedelta(days=365),
    }.items():
        plans[label] = sorted(
            (c.key, c.due)
            for c in plan(case, [], settings, now)
            if isinstance(c, Create) and c.kind in ("notes_prompt", "thank_you")
        )
        calls[label] = [c.due for c in plan(case, [], settings, now) if c.kind == "call_check"]  # type: ignore[union-attr]
    assert len({tuple(p) for p in plans.values()}) == 1
    keys = dict(plans["T"])
    reliability.found(
        "identical notes prompt and thank-you for every jump: "
        + ", ".join(f"{k.split(':')[0]} {v:%a %H:%M}Z" for k, v in keys.items())
        + "; the call check is only planned once the round is < 60 days ahead "
        + f"(T-1y: {len(calls['T-1y'])}, others: {len(calls['T'])})"
    )


def test_grace_after_a_jump(reliability: Recorder) -> None:
    """A forward jump past the grace period makes a due mail 'missed' (the user is asked);
    a backward jump makes it not yet due (it waits); within grace it goes out."""
    reliability.set("Time", "grace check after the clock jumps +2h, +25h, -3h around a due time")
    due = dt.datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
    grace = dt.timedelta(hours=24)
    results = {
        "+2h": within_grace(due, due + dt.timedelta(hours=2), grace),
        "+25h": within_grace(due, due + dt.timedelta(hours=25), grace),
        "-3h": within_grace(due, due - dt.timedelta(hours=3), grace),
    }
    assert results == {"+2h": True, "+25h": False, "-3h": True}
    reliability.found("sent at +2h, held and the user asked at +25h, waits at -3h")


@pytest.mark.parametrize(
    ("what", "end", "zone", "rule", "weekend", "expect_local", "expect_utc"),
    [
        (
            "spring forward: 02:30 does not exist on Sun 8 Mar 2026 in New York",
            dt.datetime(2026, 3, 7, 20, 0, tzinfo=UTC),
            NY,
            "next_business_day 02:30",
            (5,),
            "2026-03-08 03:30 EDT",
            dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC),
        ),
        (
            "fall back: 01:30 happens twice on Sun 1 Nov 2026 in New York",
            dt.datetime(2026, 10, 31, 20, 0, tzinfo=UTC),
            NY,
            "next_business_day 01:30",
            (5,),
            "2026-11-01 01:30 EDT",
            dt.datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
        ),
        (
            "London spring-forward weekend, default rule",
            dt.datetime(2026, 3, 27, 16, 0, tzinfo=UTC),
            LONDON,
            "next_business_day 09:30",
            (5, 6),
            "2026-03-30 09:30 BST",
            dt.datetime(2026, 3, 30, 8, 30, tzinfo=UTC),
        ),
        (
            "same_day_after 3h across the London fall-back night",
            dt.datetime(2026, 10, 24, 21, 30, tzinfo=UTC),
            LONDON,
            "same_day_after 3h",
            (5, 6),
            "2026-10-26 09:30 GMT",
            dt.datetime(2026, 10, 26, 9, 30, tzinfo=UTC),
        ),
        (
            "PT5M across the New York spring-forward instant",
            dt.datetime(2026, 3, 8, 6, 58, tzinfo=UTC),
            NY,
            "PT5M",
            (5, 6),
            "2026-03-08 03:03 EDT",
            dt.datetime(2026, 3, 8, 7, 3, tzinfo=UTC),
        ),
    ],
)
def test_dst_transitions_around_due_times(
    reliability: Recorder,
    what: str,
    end: dt.datetime,
    zone: ZoneInfo,
    rule: str,
    weekend: tuple[int, ...],
    expect_local: str,
    expect_utc: dt.datetime,
) -> None:
    """Due times around DST changes land on the intended wall time (a missing time moves
    forward by the gap, a repeated one takes its first occurrence) and never before the
    interview's end."""
    reliability.set("Time", what)
    due = thank_you_due(end, zone, SendRule.parse(rule), BusinessCalendar(weekend=weekend))
    local = due.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
    reliability.found(f"due {local} ({due:%H:%M}Z)")
    assert due.tzinfo is not None and due >= end
    assert (local, due) == (expect_local, expect_utc)
