"""Reading the user's replies to the call digest."""

from __future__ import annotations

import datetime as dt

from daemon.cases import Stage
from daemon.commands import parse
from daemon.store import CaseRecord

NOW = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
WEEK = dt.timedelta(days=7)


def case(case_id: int, company: str | None) -> CaseRecord:
    return CaseRecord(
        id=case_id,
        account="a",
        company=company,
        role=None,
        stage=Stage.CALL_NEEDED,
        agency=False,
        recruiter=None,
        created_at=NOW,
        updated_at=NOW,
        stage_changed_at=NOW,
        rounds=(),
    )


CASES = [case(1, "Acme Robotics Ltd"), case(2, "Globex"), case(3, None)]


def test_verbs_and_companies() -> None:
    """done / called / snooze lines name cases by company, loosely."""
    parsed = parse("called Acme, waiting\nsnooze Globex 2d\ndone #3\n", CASES, default_snooze=WEEK)
    assert [(c.verb, c.case_id) for c in parsed.commands] == [
        ("called", 1),
        ("snooze", 2),
        ("done", 3),
    ]
    assert parsed.commands[1].delay == dt.timedelta(days=2)
    assert parsed.problems == ()


def test_snooze_without_duration_uses_default() -> None:
    """A bare snooze waits the default time."""
    (command,) = parse("snooze acme robotics", CASES, default_snooze=WEEK).commands
    assert command.delay == WEEK


def test_lone_verb_needs_a_single_case() -> None:
    """'done' alone is ambiguous with several cases and is reported, not guessed."""
    parsed = parse("done", CASES, default_snooze=WEEK)
    assert parsed.commands == ()
    assert "several cases" in parsed.problems[0]
    single = parse("done", CASES[:1], default_snooze=WEEK)
    assert [c.case_id for c in single.commands] == [1]


def test_quoted_text_and_chatter_are_ignored() -> None:
    """Quoted digest lines and ordinary sentences are not commands."""
    text = "Thanks!\n> done Acme\nI will call them tomorrow.\nsnooze Globex 1w"
    parsed = parse(text, CASES, default_snooze=WEEK)
    assert [(c.verb, c.case_id, c.delay) for c in parsed.commands] == [
        ("snooze", 2, dt.timedelta(weeks=1))
    ]


def test_unknown_company_is_a_problem() -> None:
    """A company that matches no case is reported back."""
    parsed = parse("done Initech", CASES, default_snooze=WEEK)
    assert parsed.commands == ()
    assert "no case" in parsed.problems[0]
