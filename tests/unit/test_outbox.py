"""daemon.outbox: the pure helpers of draft placement and Sent-copy learning."""

from __future__ import annotations

import datetime as dt

from daemon import compose, mailwriter
from daemon.outbox import draft_key, read_adopted_draft
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
            message_id="followup.thanks.abc@example.net",
            date=NOW,
            draft_key="k#1",
        )
        adopted = read_adopted_draft(raw)
        assert adopted.message_id == "followup.thanks.abc@example.net"
        assert adopted.draft is not None
        assert adopted.draft.subject == "Thank you"
        assert "Thanks." in adopted.draft.body

    def test_users_edit_wins(self) -> None:
        """A draft the user edited before the restart is adopted with their text."""
        raw = (
            b"From: Test User <me@example.net>\r\nTo: sarah@acme.example\r\n"
            b"Subject: My own words\r\nMessage-ID: <followup.thanks.abc@example.net>\r\n"
            b"X-Interview-Followup-Draft: k#1\r\n\r\nI rewrote it myself.\r\n"
        )
        draft = read_adopted_draft(raw).draft
        assert draft is not None
        assert (draft.subject, draft.body.strip()) == ("My own words", "I rewrote it myself.")

    def test_odd_message_id_is_not_kept(self) -> None:
        """A Message-ID with spaces or brackets inside is dropped (a fresh one is used)."""
        raw = b"Subject: x\r\nMessage-ID: <a b>@c>\r\n\r\ntext\r\n"
        assert read_adopted_draft(raw).message_id is None
