"""daemon.outbox: the pure helpers of draft placement, Sent-copy learning and resolving."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from daemon import compose, mailwriter
from daemon.outbox import (
    draft_key,
    draft_matches,
    draft_message_id,
    is_our_message_id,
    read_adopted_draft,
    resolves_unsent,
)
from daemon.store import Store

NOW = dt.datetime(2026, 3, 9, 9, 0, tzinfo=dt.UTC)
SENDER = mailwriter.Sender(name="Test User", email="me@example.net")


class TestDraftKey:
    """draft_key()."""

    def test_same_row_same_key(self) -> None:
        """Every attempt for one row looks for and writes the same key."""
        store = Store.memory()
        row = store.outbox.plan(
            key="thank_you:1:a@x.example", account="a", kind="thank_you", due_at=NOW, now=NOW
        )
        again = store.outbox.get(row.id)
        assert draft_key(row) == draft_key(again)

    def test_other_rows_and_databases_differ(self) -> None:
        """Another row, or the same row key in a fresh database, never shares the key."""
        first, second = Store.memory(), Store.memory()
        a = first.outbox.plan(
            key="thank_you:1:a@x.example", account="a", kind="thank_you", due_at=NOW, now=NOW
        )
        b = first.outbox.plan(
            key="thank_you:1:b@x.example", account="a", kind="thank_you", due_at=NOW, now=NOW
        )
        later = NOW + dt.timedelta(days=3)
        c = second.outbox.plan(
            key="thank_you:1:a@x.example", account="a", kind="thank_you", due_at=later, now=later
        )
        keys = {draft_key(a), draft_key(b), draft_key(c)}
        assert len(keys) == 3
        assert all(k not in other for k in keys for other in keys - {k}), "no substrings"


class TestReadAdoptedDraft:
    """read_adopted_draft()."""

    def test_our_draft_as_placed(self) -> None:
        """The Message-ID, subject and text of the placed draft are read back."""
        raw = mailwriter.in_users_name(
            SENDER,
            "Sarah Connor",
            "sarah@acme.example",
            compose.Draft(subject="Thank you", body="Dear Sarah,\n\nThanks.\n"),
            message_id="followup.thanks.0123456789abcdef0123@example.net",
            date=NOW,
            draft_key="k#1",
        )
        adopted = read_adopted_draft(raw, SENDER)
        assert adopted.message_id == "followup.thanks.0123456789abcdef0123@example.net"
        assert adopted.draft is not None
        assert adopted.draft.subject == "Thank you"
        assert "Thanks." in adopted.draft.body

    def test_users_edit_wins(self) -> None:
        """A draft the user edited before the restart is adopted with their text."""
        raw = (
            b"From: Test User <me@example.net>\r\nTo: sarah@acme.example\r\n"
            b"Subject: My own words\r\nMessage-ID: <followup.thanks.0123456789abcdef0123@example.net>\r\n"
            b"X-Interview-Followup-Draft: k#1\r\n\r\nI rewrote it myself.\r\n"
        )
        draft = read_adopted_draft(raw, SENDER).draft
        assert draft is not None
        assert (draft.subject, draft.body.strip()) == ("My own words", "I rewrote it myself.")

    def test_odd_message_id_is_not_kept(self) -> None:
        """A Message-ID with spaces or brackets inside is dropped (a fresh one is used)."""
        raw = b"Subject: x\r\nMessage-ID: <a b>@c>\r\n\r\ntext\r\n"
        assert read_adopted_draft(raw, SENDER).message_id is None

    def test_foreign_message_id_is_not_kept(self) -> None:
        """A Message-ID not in the daemon's own form (or on another domain) is replaced."""
        for mid in ("CAF00@mail.gmail.com", "followup.thanks.0123456789abcdef0123@evil.example"):
            raw = f"Subject: x\r\nMessage-ID: <{mid}>\r\n\r\ntext\r\n".encode()
            assert read_adopted_draft(raw, SENDER).message_id is None


class TestDraftMessageId:
    """draft_message_id()."""

    def test_stable_per_key_and_ours(self) -> None:
        """Every attempt for one draft key writes the same Message-ID, in our own form."""
        first = draft_message_id(SENDER, "thank_you:7#0123456789abcdef")
        assert first == draft_message_id(SENDER, "thank_you:7#0123456789abcdef")
        assert first != draft_message_id(SENDER, "thank_you:8#0123456789abcdef")
        assert is_our_message_id(first, SENDER)
        assert is_our_message_id(mailwriter.new_message_id(SENDER, "thanks"), SENDER)


def _draft(to: str, body: str) -> bytes:
    return (
        f"From: me@example.net\r\nTo: {to}\r\nSubject: Thanks\r\n"
        f"X-Interview-Followup-Draft: k#1\r\n\r\n{body}\r\n"
    ).encode()


class TestDraftMatches:
    """draft_matches(): is a draft still what was placed?"""

    def test_same_recipient_and_text(self) -> None:
        """The placed draft matches, even rewrapped by a mail client."""
        raw = _draft("Sarah <sarah@acme.example>", "Dear Sarah,\r\n\r\nThanks for\r\ntoday.")
        assert draft_matches(raw, "SARAH@acme.example", "Dear Sarah,\n\nThanks for today.\n")
        assert draft_matches(raw, "sarah@acme.example")

    def test_other_recipient_or_text(self) -> None:
        """A re-addressed, widened or rewritten draft does not match (never deleted)."""
        raw = _draft("sarah@acme.example", "Dear Sarah, thanks.")
        assert not draft_matches(raw, "raj@acme.example")
        assert not draft_matches(
            _draft("sarah@acme.example, x@y.example", "Hi"), "sarah@acme.example"
        )
        assert not draft_matches(raw, "sarah@acme.example", "Dear Sarah, many thanks.")


class TestResolvesUnsent:
    """resolves_unsent(): may an interrupted, unfound send be called undelivered?"""

    def test_only_when_absence_proves_it(self) -> None:
        """Mail to the user, or a provider known to file: yes; unknown or 'no': ask."""
        assert resolves_unsent("notes_prompt", None)
        assert resolves_unsent("thank_you", "yes")
        assert not resolves_unsent("thank_you", None)
        assert not resolves_unsent("thank_you", "no")


class TestChangesBatched:
    """Outbox.changes_batched(): the daemon hears of a block's changes once."""

    @staticmethod
    def _outbox(calls: list[int]) -> Any:
        from daemon.clock import FixedClock
        from daemon.outbox import Outbox

        return Outbox(
            cast(Any, None),
            Store.memory(),
            FixedClock(NOW),
            {},
            dry_run=False,
            templates=cast(Any, None),
            on_change=lambda: calls.append(1),
        )

    def test_many_changes_in_a_block_are_reported_once(self) -> None:
        """Three changes inside one block (and a nested block) give one notice, after it."""
        calls: list[int] = []
        outbox = self._outbox(calls)
        with outbox.changes_batched():
            outbox.on_change()
            with outbox.changes_batched():
                outbox.on_change()
            assert calls == []
            outbox.on_change()
        assert calls == [1]

    def test_a_block_without_changes_reports_nothing(self) -> None:
        """No change, no notice; outside a block every change is reported at once."""
        calls: list[int] = []
        outbox = self._outbox(calls)
        with outbox.changes_batched():
            pass
        assert calls == []
        outbox.on_change()
        outbox.on_change()
        assert calls == [1, 1]

    def test_a_caller_that_resyncs_itself_can_take_the_notice(self) -> None:
        """report=False: the block's changes are dropped for a caller that re-derives the
        jobs itself right after it; later blocks report again."""
        calls: list[int] = []
        outbox = self._outbox(calls)
        with outbox.changes_batched(report=False):
            outbox.on_change()
        assert calls == []
        with outbox.changes_batched():
            outbox.on_change()
        assert calls == [1]
