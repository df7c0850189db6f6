"""Review of the interview folder against real Dovecot (session 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, write_config
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration


def test_a_folder_the_server_refuses_to_create_does_not_hold_up_the_account(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A name the server refuses to CREATE (a "." here) is said once, not retried forever."""
    config = write_config(
        tmp_path,
        dovecot,
        mail_user.name,
        mail_user.password,
        watch={"interview_folder": "INBOX.Interviews"},
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready", timeout=25)
        assert "imap.folder_create_failed" in daemon.log_text()
        assert "imap.folder_missing" in daemon.log_text()
