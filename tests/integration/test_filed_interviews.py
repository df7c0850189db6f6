"""The interview folder: mail the classifier missed, filed by the user, becomes a case.

Real Dovecot, real daemon: the folder is created at start, a copy filed there is read as
an interview at the one time it states, the inbox copy of the same message is never
taken for the company's reply, and mail there that cannot be held to one time is shown by
`followupd status` instead of being guessed at.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.integration.harness import DaemonProcess, run_cli, wait_until, write_config
from tests.integration.mail import plain_mail
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import SmtpSink

pytestmark = pytest.mark.integration

FOLDER = "Interviews"
LONDON = ZoneInfo("Europe/London")  # the harness config's zone


def filed_config(
    tmp_path: Path, dovecot: Dovecot, user: MailUser, folder: str = FOLDER, **extra: Any
) -> Path:
    """The harness config with ``folder`` as the interview folder."""
    return write_config(
        tmp_path, dovecot, user.name, user.password, watch={"interview_folder": folder}, **extra
    )


def cases(config: Path) -> list[dict]:
    result = run_cli(config, "cases", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else []


def folders(dovecot: Dovecot, user: str) -> set[str]:
    with dovecot.imap_client(user) as client:
        return {str(name) for _flags, _sep, name in client.list_folders()}


def studio_visit(start: dt.datetime, message_id: str) -> bytes:
    """A design studio's note fixing a visit, in words no interview rule knows."""
    local = start.astimezone(LONDON)
    return plain_mail(
        subject="Thursday",
        body=(
            "Hi,\n\nLovely to hear back from you. Let's meet on "
            f"{local:%A %d %B} at {local:%H:%M} at our studio, 5 Canal Walk, London. "
            "Ask for me at the desk.\n\nCamille Martin\nLumenworks"
        ),
        sender=("Camille Martin", "camille.martin@lumenworks.example"),
        message_id=message_id,
    )


def visit_start(days: int) -> dt.datetime:
    day = dt.datetime.now(LONDON).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(14, 0), tzinfo=LONDON)


def test_filed_copy_opens_the_case_the_inbox_copy_missed(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    config = filed_config(tmp_path, dovecot, mail_user)
    start = visit_start(3)
    first = studio_visit(start, "<visit-1@lumenworks.example>")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        assert FOLDER in folders(dovecot, mail_user.name), "created at start"
        dovecot.append(mail_user.name, "INBOX", first)
        wait_until(lambda: daemon.processed() >= 1, 15, daemon.log_text)
        assert cases(config) == [], "the classifier alone misses it"

        dovecot.append(mail_user.name, FOLDER, first)
        wait_until(lambda: len(cases(config)) == 1, 15, daemon.log_text)
        (case,) = cases(config)
        assert case["company"] == "Lumenworks"
        assert case["stage"] == "scheduled"
        (rnd,) = case["rounds"]
        assert dt.datetime.fromisoformat(rnd["start"]) == start
        assert [p["name"] for p in rnd["interviewers"]] == ["Camille Martin"]

        # Filed before the inbox copy is read: that copy is the same mail, not her reply.
        later = visit_start(5)
        second = studio_visit(later, "<visit-2@lumenworks.example>")
        dovecot.append(mail_user.name, FOLDER, second)
        wait_until(lambda: len(cases(config)[0]["rounds"]) == 2, 15, daemon.log_text)
        dovecot.append(mail_user.name, "INBOX", second)
        wait_until(lambda: daemon.processed() >= 4, 15, daemon.log_text)
        (case,) = cases(config)
        assert case["stage"] == "scheduled"
        detail = json.loads(run_cli(config, "cases", str(case["id"]), "--json").stdout)
        assert "reply" not in [e["what"] for e in detail["timeline"]]
        assert sorted(dt.datetime.fromisoformat(r["start"]) for r in case["rounds"]) == [
            start,
            later,
        ]


def test_filed_mail_without_one_time_is_shown_not_guessed(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    config = filed_config(tmp_path, dovecot, mail_user)
    a, b = visit_start(3), visit_start(4)
    offer_of_times = plain_mail(
        subject="Times",
        body=(
            f"Hi,\n\nWould {a:%A %d %B} at 14:00 or {b:%A %d %B} at 14:00 suit you?\n\n"
            "Camille Martin\nLumenworks"
        ),
        sender=("Camille Martin", "camille.martin@lumenworks.example"),
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, FOLDER, offer_of_times)
        wait_until(daemon.message_rows, 15, daemon.log_text)
        status = json.loads(run_cli(config, "status", "--json").stdout)
        assert cases(config) == []
        (failure,) = status["failures"]
        assert failure["folder"] == FOLDER
        assert failure["subject"] == "Times"
        assert "several times" in failure["error"]
        assert "several times" in run_cli(config, "status").stdout


def test_dry_run_never_creates_the_folder_and_still_gets_ready(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    config = filed_config(tmp_path, dovecot, mail_user)
    with DaemonProcess(config, "--dry-run") as daemon:
        daemon.wait_for_event("daemon.ready")
        assert FOLDER not in folders(dovecot, mail_user.name)
        assert "imap.folder_missing" in daemon.log_text()


def test_check_tells_whether_the_folder_is_there(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    config = filed_config(
        tmp_path, dovecot, mail_user, smtp=(smtp_sink.host, smtp_sink.submission_port)
    )
    before = run_cli(config, "check")
    assert before.returncode == 0, before.stdout + before.stderr
    assert f"interview folder {FOLDER}: not found yet" in before.stdout
    assert FOLDER not in folders(dovecot, mail_user.name), "check writes nothing"
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
    assert f"interview folder {FOLDER}: found" in run_cli(config, "check").stdout


def test_a_folder_the_server_refuses_to_create_does_not_hold_up_the_account(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A name the server refuses to CREATE (a "." here) is said once, not retried forever."""
    config = filed_config(tmp_path, dovecot, mail_user, folder="INBOX.Interviews")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready", timeout=25)
        assert "imap.folder_create_failed" in daemon.log_text()
        assert "imap.folder_missing" in daemon.log_text()
