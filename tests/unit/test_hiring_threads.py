"""Replies read in the context of their thread: the store's index of hiring mail.

"Yep, 3pm Thursday is good" names no job; answering an interview invitation the daemon
already read, it settles that interview. The same words in an unknown thread stay no
interview, and a friend's good wishes in a known one stay good wishes.
"""

from __future__ import annotations

import datetime as dt

from daemon.hiring_threads import HiringThreads
from daemon.store import MessageRecord, Store
from daemon.understand import Kind, ThreadIds, understand
from tests.unit.understand.messages import alex_in_new_york, mail

ALEX = alex_in_new_york()
NOW = dt.datetime(2026, 3, 2, 20, 0, tzinfo=dt.UTC)
ASK_ID = "ask.1@harbourline.example"


def _reply(body: str, sender: str = "Dana Whitfield <dana@harbourline.example>") -> bytes:
    return mail(
        sender=sender,
        subject="Re: Quick chat",
        body=body,
        headers={"In-Reply-To": f"<{ASK_ID}>", "References": f"<{ASK_ID}>"},
    )


def test_a_short_yes_in_a_known_hiring_thread_is_an_interview() -> None:
    threads = HiringThreads([ASK_ID])
    result = understand(
        _reply("Yep, 3pm Thursday is good. Talk then.\n\nDana"), ALEX, hiring_thread=threads
    )
    assert result.kind is Kind.INTERVIEW, result.reasons
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 5, 20, 0, tzinfo=dt.UTC)
    assert [p.name for p in result.interview.interviewers] == ["Dana Whitfield"]


def test_the_same_words_in_an_unknown_thread_stay_no_interview() -> None:
    body = "Yep, 3pm Thursday is good. Talk then.\n\nDana"
    assert understand(_reply(body), ALEX).kind is not Kind.INTERVIEW
    assert understand(_reply(body), ALEX, hiring_thread=HiringThreads()).kind is not (
        Kind.INTERVIEW
    )


def test_trap_good_wishes_in_a_known_thread_stay_good_wishes() -> None:
    """A friend the user forwarded the invitation to, answering in its thread."""
    body = "Good luck for Thursday at 3pm, you'll smash it! Dinner after, my treat.\n\nSam"
    result = understand(
        _reply(body, sender="Sam Okafor <sam.okafor@gmail.com>"),
        ALEX,
        hiring_thread=HiringThreads([ASK_ID]),
    )
    assert result.kind is not Kind.INTERVIEW, result.reasons


def test_the_index_keeps_hiring_mail_only_and_never_counts_a_message_itself() -> None:
    threads = HiringThreads()
    threads.add("a@x", Kind.SCHEDULING_REQUEST)
    threads.add("b@x", Kind.BULK)
    threads.add(None, Kind.INTERVIEW)
    assert len(threads) == 1
    assert threads(ThreadIds(message_id="c@x", in_reply_to=("a@x",)))
    assert threads(ThreadIds(message_id="c@x", references=("z@x", "a@x")))
    assert not threads(ThreadIds(message_id="c@x", in_reply_to=("b@x",)))
    assert not threads(ThreadIds(message_id="a@x", references=("a@x",)))


def test_the_index_is_rebuilt_from_the_store_at_start() -> None:
    """A restart loses nothing: hiring mail read before is known again, other mail is not."""
    store = Store.memory()
    records = [
        MessageRecord(1, "f1", "processed", message_id="inv@x", kind="interview"),
        MessageRecord(2, "f2", "processed", message_id="ask@x", kind="scheduling_request"),
        MessageRecord(3, "f3", "processed", message_id="news@x", kind="bulk"),
    ]
    store.record_messages("acct", "INBOX", 1, records, highest_uid=3, now=NOW, max_attempts=3)
    store.record_messages(
        "other",
        "INBOX",
        1,
        [MessageRecord(1, "g1", "processed", message_id="theirs@x", kind="interview")],
        highest_uid=1,
        now=NOW,
        max_attempts=3,
    )
    threads = HiringThreads.from_store(store, "acct")
    assert len(threads) == 2
    assert threads(ThreadIds(message_id="r@x", in_reply_to=("ask@x",)))
    assert not threads(ThreadIds(message_id="r@x", in_reply_to=("news@x",)))
    assert not threads(ThreadIds(message_id="r@x", in_reply_to=("theirs@x",)))
