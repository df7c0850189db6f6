"""The outbox's looks in Sent and Drafts against the real Dovecot, run in-process.

These tests drive one :class:`daemon.outbox.Outbox` directly (no daemon child), so they
can count IMAP logins and planned timers instead of timing anything: a failed look must
plan exactly one retry per account, after a backoff, and a dry run must not even log in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from daemon import compose
from daemon.clock import SystemClock
from daemon.config import SHORT_SETTLE_ENV, load_config
from daemon.mailbox import ImapSession
from daemon.outbox import LOOK_RETRY_FIRST, SENT_COPIES, Outbox
from daemon.service import make_runtime
from daemon.store import OutboxRow, Store
from tests.integration.harness import make_message, write_config
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration

DRAFT_HEADER = "X-Interview-Followup-Draft"


class Rig:
    """An outbox for one account on the test Dovecot, with its IMAP logins counted."""

    def __init__(
        self,
        tmp_path: Path,
        dovecot: Dovecot,
        user: MailUser,
        *,
        password: str | None = None,
        dry_run: bool = False,
        watch: dict[str, Any] | None = None,
        **follow_up: Any,
    ) -> None:
        path = write_config(
            tmp_path,
            dovecot,
            user.name,
            user.password if password is None else password,
            watch=watch,
            follow_up=follow_up,
        )
        config = load_config(path, environ={SHORT_SETTLE_ENV: "1"})
        self.store = Store.memory()
        self.runtime = make_runtime(config, config.settings.accounts[0])
        self.logins = 0
        connect = self.runtime.imap_connect

        def counted() -> ImapSession:
            self.logins += 1
            return connect()

        self.runtime.imap_connect = counted
        self.outbox = Outbox(
            config,
            self.store,
            SystemClock(),
            {"test": self.runtime},
            dry_run=dry_run,
            templates=compose.Templates(),
        )

    def sent_row(self, message_id: str, *, state: str = "sent", copy: str | None) -> OutboxRow:
        """A thank-you sent ten minutes ago (well past sent_settle)."""
        now = dt.datetime.now(dt.UTC)
        past = now - dt.timedelta(minutes=10)
        row = self.store.outbox.plan(
            key=f"thank_you:1:{message_id}",
            account="test",
            kind="thank_you",
            due_at=past,
            now=past,
        )
        self.store.outbox.update(
            row.id,
            past,
            state=state,
            sent_at=past if state == "sent" else None,
            sent_copy=copy,
            raw=make_message(message_id=f"<{message_id}>", to="sarah@acme.example"),
            message_id=message_id,
        )
        return self.store.outbox.get(row.id)


async def _retries_back_off_on_one_timer(rig: Rig) -> None:
    rig.sent_row("followup.thanks.a@example.net", copy="open")
    rig.sent_row("followup.thanks.b@example.net", copy="open")
    slot = (SENT_COPIES, "test")
    try:
        await rig.outbox.settle_sent_copies()
        looks = rig.outbox.planned_looks()
        assert list(looks) == [slot], "exactly one timer for the account"
        assert looks[slot] >= LOOK_RETRY_FIRST / 2, "the retry, not the settle-based look"
        delays = [looks[slot]]
        for _ in range(3):  # the timer firing again and again (bounded)
            await rig.outbox.settle_sent_copies(only="test")
            looks = rig.outbox.planned_looks()
            assert list(looks) == [slot]
            delays.append(looks[slot])
        assert rig.logins == 4, "one login per look, none in between"
        assert delays[-1] > delays[0], "the delay grows"
        assert max(delays) <= 3600
        assert [r.sent_copy for r in rig.store.outbox.with_sent_copy(("open",))] == ["open"] * 2
    finally:
        await rig.outbox.close()


class TestFailedLookInSent:
    """A look in Sent that fails backs off, with one timer per account (no retry storm)."""

    async def test_refused_login(
        self, tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """A refused login is retried after a growing delay, on one timer."""
        rig = Rig(tmp_path, dovecot, mail_user, password="wrong-password", save_sent="auto")
        await _retries_back_off_on_one_timer(rig)

    async def test_no_sent_folder(
        self, tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """A Sent folder that does not exist is asked for again only after the backoff."""
        rig = Rig(
            tmp_path,
            dovecot,
            mail_user,
            watch={"sent_folder": "No Such Folder"},
            save_sent="auto",
        )
        await _retries_back_off_on_one_timer(rig)

    async def test_success_plans_the_settle_look(
        self, tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """After a successful look, the next one is planned once, by the settle time."""
        rig = Rig(tmp_path, dovecot, mail_user, save_sent="auto", sent_settle="1h")
        row = rig.sent_row("followup.thanks.c@example.net", copy="open")
        rig.store.outbox.update(row.id, dt.datetime.now(dt.UTC), sent_at=dt.datetime.now(dt.UTC))
        try:
            await rig.outbox.settle_sent_copies()
            await rig.outbox.settle_sent_copies()
            looks = rig.outbox.planned_looks()
            assert list(looks) == [(SENT_COPIES, "test")]
            assert looks[(SENT_COPIES, "test")] > 1800
            assert dovecot.fetch_all(mail_user.name, "Sent") == []
        finally:
            await rig.outbox.close()


class TestDryRun:
    """A dry run changes nothing in the mailbox or the database."""

    async def test_settling_and_resolving_only_log(
        self, tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """Copies being added or undecided, and an interrupted send, are left as they are:
        nothing appended to Sent, no fact learned, no login, no timer."""
        rig = Rig(tmp_path, dovecot, mail_user, dry_run=True, save_sent="auto")
        rows = [
            rig.sent_row("followup.thanks.d@example.net", copy="appending"),
            rig.sent_row("followup.thanks.e@example.net", copy="open"),
            rig.sent_row("followup.thanks.f@example.net", state="sending", copy=None),
        ]
        try:
            await rig.outbox.settle_sent_copies()
            await rig.outbox.resolve_sending()
            await rig.outbox.clean_drafts()
            assert dovecot.fetch_all(mail_user.name, "Sent") == []
            assert [rig.store.outbox.get(r.id) for r in rows] == rows
            assert rig.store.outbox.fact("test", "provider_files_sent") is None
            assert rig.outbox.planned_looks() == {}
        finally:
            await rig.outbox.close()


class TestFindByHeader:
    """ImapSession.find_by_header against Dovecot: exact, quoted, without deleted mail."""

    def test_exact_quoted_and_undeleted(
        self, tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """Values with ( ) { % * are searched (no BAD), substring hits are dropped, and a
        message marked deleted is left out when asked."""
        odd = "thank_you:1#(a){2}%*b"
        wanted = dovecot.append(
            mail_user.name, "Drafts", make_message(extra_headers=f"{DRAFT_HEADER}: {odd}\r\n")
        )
        dovecot.append(
            mail_user.name, "Drafts", make_message(extra_headers=f"{DRAFT_HEADER}: x{odd}y\r\n")
        )
        gone = dovecot.append(
            mail_user.name,
            "Drafts",
            make_message(extra_headers=f"{DRAFT_HEADER}: {odd}\r\n"),
            flags=("\\Deleted",),
        )
        session = Rig(tmp_path, dovecot, mail_user).runtime.imap_connect()
        try:
            assert session.find_by_header("Drafts", DRAFT_HEADER, odd) == [wanted, gone]
            assert session.find_by_header("Drafts", DRAFT_HEADER, odd, undeleted=True) == [wanted]
            assert session.header_values("Drafts", DRAFT_HEADER) == {
                wanted: odd,
                wanted + 1: f"x{odd}y",
            }
        finally:
            session.close()
