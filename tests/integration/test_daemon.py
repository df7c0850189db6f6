"""The daemon against real Dovecot: push, restart, outages, UIDVALIDITY changes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, make_message, wait_until, write_config
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration


def processed_ids(daemon: DaemonProcess) -> list[str]:
    return [r["message_id"] for r in daemon.message_rows() if r["outcome"] == "processed"]


def test_message_appended_during_idle_is_processed_quickly(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A message APPENDed while the daemon sits in IDLE is stored within 5 s."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<push-1@example.org>"))
        wait_until(lambda: daemon.processed() >= 1, 5, daemon.log_text)
        assert processed_ids(daemon) == ["push-1@example.org"]
        assert daemon.stop() == 0
    fetched = dovecot.fetch_all(mail_user.name, "INBOX")
    assert all(b"\\Seen" not in flags for _, flags, _ in fetched), "the daemon must not set \\Seen"


def test_restart_does_not_reprocess(tmp_path: Path, dovecot: Dovecot, mail_user: MailUser) -> None:
    """After a restart, messages already processed are not processed again; new ones are."""
    for n in range(3):
        dovecot.append(mail_user.name, "INBOX", make_message(message_id=f"<old-{n}@example.org>"))
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    daemon = DaemonProcess(config).start()
    try:
        wait_until(lambda: daemon.processed() == 3, 20, daemon.log_text)
        daemon.wait_for_event("daemon.ready")
        assert daemon.stop() == 0
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<new@example.org>"))
        daemon.start()
        daemon.wait_for_event("daemon.ready", count=2)
        wait_until(lambda: daemon.processed() == 4, 10, daemon.log_text)
        rows = daemon.message_rows()
        assert len(rows) == 4, rows
        assert sorted(processed_ids(daemon)) == sorted(
            [f"old-{n}@example.org" for n in range(3)] + ["new@example.org"]
        )
    finally:
        daemon.stop()


def test_server_outage_loses_nothing(tmp_path: Path, dovecot: Dovecot, mail_user: MailUser) -> None:
    """Dovecot stopped and restarted: everything appended around the outage is processed."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<before@example.org>"))
        wait_until(lambda: daemon.processed() == 1, 10, daemon.log_text)
        dovecot.stop()
        daemon.wait_for_event("imap.retry", timeout=30)
        time.sleep(1.5)  # let a few reconnect attempts fail
        dovecot.start()
        for n in range(5):
            dovecot.append(
                mail_user.name, "INBOX", make_message(message_id=f"<after-{n}@example.org>")
            )
        wait_until(lambda: daemon.processed() == 6, 30, daemon.log_text)
        assert daemon.alive
        assert len(daemon.message_rows()) == 6


def test_uidvalidity_change_loses_and_duplicates_nothing(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A rebuilt mailbox (new UIDVALIDITY, new UIDs) is rescanned: known mail is recognised, new mail processed."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    with DaemonProcess(config) as daemon:
        for n in range(3):
            dovecot.append(
                mail_user.name, "INBOX", make_message(message_id=f"<keep-{n}@example.org>")
            )
        wait_until(lambda: daemon.processed() == 3, 20, daemon.log_text)
        old = dovecot.uidvalidity(mail_user.name, "INBOX")
        # While the daemon runs: its session is kicked and the messages come back with new UIDs.
        new = dovecot.recreate_mailbox(mail_user.name, "INBOX")
        assert new != old
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<fresh@example.org>"))
        wait_until(lambda: daemon.processed() == 4, 20, daemon.log_text)
        wait_until(
            lambda: sum(r["outcome"] == "duplicate" for r in daemon.message_rows()) == 3,
            20,
            daemon.log_text,
        )
        assert sorted(processed_ids(daemon)) == sorted(
            [f"keep-{n}@example.org" for n in range(3)] + ["fresh@example.org"]
        )
        assert any(e.get("event") == "imap.uidvalidity_changed" for e in daemon.log_events())
        daemon.stop()
        daemon.start()
        daemon.wait_for_event("daemon.ready", count=2)
        assert len(daemon.message_rows()) == 7, "a restart after the rescan adds nothing"


def test_lookback_window_on_first_start(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """On first start only mail inside the look-back window is scanned."""
    import datetime as dt

    old_time = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
    dovecot.append(
        mail_user.name, "INBOX", make_message(message_id="<ancient@example.org>"), msg_time=old_time
    )
    dovecot.append(mail_user.name, "INBOX", make_message(message_id="<recent@example.org>"))
    config = write_config(
        tmp_path, dovecot, mail_user.name, mail_user.password, watch={"lookback": "30d"}
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        assert processed_ids(daemon) == ["recent@example.org"]


def test_sigterm_stops_promptly(tmp_path: Path, dovecot: Dovecot, mail_user: MailUser) -> None:
    """SIGTERM while in IDLE ends the process cleanly well within 10 s."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    daemon = DaemonProcess(config).start()
    daemon.wait_for_event("daemon.ready")
    started = time.monotonic()
    assert daemon.stop(timeout=10) == 0
    assert time.monotonic() - started < 10
    assert any(e.get("event") == "daemon.stopped" for e in daemon.log_events())
