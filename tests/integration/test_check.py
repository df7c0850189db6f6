"""`followupd check` and `followupd status` against the real test servers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, make_message, run_cli, wait_until, write_config
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import SmtpSink

pytestmark = pytest.mark.integration


def test_check_succeeds(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """check logs in to IMAP and SMTP and reports capabilities and special-use folders."""
    config = write_config(
        tmp_path,
        dovecot,
        mail_user.name,
        mail_user.password,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
    )
    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "IMAP" in result.stdout and "login OK" in result.stdout
    assert "IDLE: yes" in result.stdout
    assert "\\Sent → Sent" in result.stdout
    assert "\\Drafts → Drafts" in result.stdout
    assert "SMTP" in result.stdout
    assert "all checks passed" in result.stdout


def test_check_starttls(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """check works over IMAP STARTTLS too."""
    config = write_config(
        tmp_path,
        dovecot,
        mail_user.name,
        mail_user.password,
        imap_tls="starttls",
        smtp=(smtp_sink.host, smtp_sink.submission_port),
    )
    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_wrong_password(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A wrong password fails clearly, with advice, and the password is never printed."""
    config = write_config(
        tmp_path,
        dovecot,
        mail_user.name,
        "wrong-Password-123",
        smtp=(smtp_sink.host, smtp_sink.submission_port),
    )
    result = run_cli(config, "check")
    assert result.returncode != 0
    assert "login refused" in result.stdout
    assert "app password" in result.stdout
    assert "wrong-Password-123" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_check_untrusted_certificate(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    untrusted_ca_file: Path,
) -> None:
    """A certificate from an untrusted CA is refused for IMAP and SMTP, with advice."""
    config = write_config(
        tmp_path,
        dovecot,
        mail_user.name,
        mail_user.password,
        ca_file=untrusted_ca_file,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
    )
    result = run_cli(config, "check")
    assert result.returncode != 0
    assert result.stdout.count("the server certificate is not trusted") == 2, result.stdout
    assert "ca_file" in result.stdout
    assert "Traceback" not in result.stderr


def test_status_reports_sync_and_counts(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """status --json lists the folder, its last sync and processed counts."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    assert json.loads(run_cli(config, "status", "--json").stdout)["folders"] == []
    dovecot.append(mail_user.name, "INBOX", make_message())
    with DaemonProcess(config) as daemon:
        wait_until(lambda: daemon.processed() == 1, 20, daemon.log_text)
        daemon.wait_for_event("daemon.ready")
        data = json.loads(run_cli(config, "status", "--json").stdout)
        (folder,) = [f for f in data["folders"] if f["folder"] == "INBOX"]
        assert {f["folder"] for f in data["folders"]} == {"INBOX", "Sent"}
        assert folder["folder"] == "INBOX"
        assert folder["processed"] == 1
        assert folder["last_sync"]
        text = run_cli(config, "status").stdout
        assert "INBOX: last sync" in text
