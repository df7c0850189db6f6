"""SIGHUP reloads the configuration without losing state or duplicating work."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
import yaml

from tests.integration.harness import DaemonProcess, make_message, wait_until, write_config
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration


def test_valid_reload_takes_effect_and_invalid_one_is_refused(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A new folder to watch takes effect on SIGHUP; a broken file is logged and the daemon
    keeps running on the old one; nothing is processed twice."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<one@example.org>"))
        wait_until(lambda: daemon.processed() == 1, 10, daemon.log_text)

        settings = yaml.safe_load(config.read_text())
        settings["accounts"][0]["watch"]["folders"] = ["INBOX", "Junk"]
        config.write_text(yaml.safe_dump(settings))
        assert daemon.proc is not None
        daemon.proc.send_signal(signal.SIGHUP)
        daemon.wait_for_event("daemon.reloaded", timeout=20)
        dovecot.append(mail_user.name, "Junk", make_message(message_id="<junk@example.org>"))
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<two@example.org>"))
        wait_until(lambda: daemon.processed() == 3, 15, daemon.log_text)

        config.write_text("accounts: [this is not valid\n")
        daemon.proc.send_signal(signal.SIGHUP)
        daemon.wait_for_event("daemon.reload_failed", timeout=20)
        assert daemon.alive
        dovecot.append(mail_user.name, "INBOX", make_message(message_id="<three@example.org>"))
        wait_until(lambda: daemon.processed() == 4, 15, daemon.log_text)
        ids = [r["message_id"] for r in daemon.message_rows() if r["outcome"] == "processed"]
        assert sorted(ids) == sorted(
            ["one@example.org", "junk@example.org", "two@example.org", "three@example.org"]
        )
        assert len(daemon.message_rows()) == 4
