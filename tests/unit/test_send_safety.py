"""Safety properties of the send path that do not need servers."""

from __future__ import annotations

import datetime as dt

from daemon.commands import MAX_SNOOZE, parse
from daemon.pipeline import _current
from daemon.store import Store
from daemon.understand.model import Person

NOW = dt.datetime(2026, 3, 9, 9, 0, tzinfo=dt.UTC)


def test_claim_refuses_a_row_cancelled_meanwhile() -> None:
    """Marking a row 'sending' only works while it is still planned or drafted."""
    store = Store.memory()
    row = store.outbox.plan(key="k", account="a", kind="thank_you", due_at=NOW, now=NOW)
    store.outbox.update(row.id, NOW, state="cancelled", reason="rejected")
    assert not store.outbox.claim(row.id, ("planned", "drafted"), NOW, state="sending")
    assert store.outbox.get(row.id).state == "cancelled"
    other = store.outbox.plan(key="k2", account="a", kind="thank_you", due_at=NOW, now=NOW)
    assert store.outbox.claim(other.id, ("planned", "drafted"), NOW, state="sending")
    assert store.outbox.get(other.id).state == "sending"


def test_notes_match_names_exactly() -> None:
    """'Dan' is not 'Daniela': topics never land on the wrong interviewer."""
    people = [Person("Daniela Ruiz", "daniela@x.example"), Person("Dan", None)]
    assert _current(Person("Dan"), people) == Person("Dan", None)
    assert _current(Person("daniela  ruiz"), people).email == "daniela@x.example"
    assert _current(Person("Ruiz"), people) == Person("Ruiz")


def test_absurd_snooze_is_capped_not_a_crash() -> None:
    """'snooze Acme 99999999999d' is capped at a year instead of overflowing."""
    from daemon.cases import Stage
    from daemon.store import CaseRecord

    case = CaseRecord(
        id=1,
        account="a",
        company="Acme",
        role=None,
        stage=Stage.CALL_NEEDED,
        agency=False,
        recruiter=None,
        created_at=NOW,
        updated_at=NOW,
        stage_changed_at=NOW,
        rounds=(),
    )
    for text in ("snooze Acme 99999999d", "snooze Acme 99999999999999d"):
        (command,) = parse(text, [case], default_snooze=dt.timedelta(days=3)).commands
        assert command.delay is not None
        assert command.delay <= MAX_SNOOZE


def test_savepoint_rolls_back_one_item_only() -> None:
    """A failing item inside a batch leaves the others' writes in place."""
    store = Store.memory()
    with store.transaction():
        store.start_folder("a", "INBOX", 1)
        try:
            with store.savepoint():
                store.outbox.set_fact("a", "x", "1")
                raise RuntimeError
        except RuntimeError:
            pass
        store.outbox.set_fact("a", "y", "2")
    assert store.outbox.fact("a", "x") is None
    assert store.outbox.fact("a", "y") == "2"
    assert store.folder_state("a", "INBOX") is not None
