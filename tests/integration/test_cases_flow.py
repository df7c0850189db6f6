"""Interview mail arriving in a real mailbox becomes cases; updates and cancellations change them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.integration.harness import DaemonProcess, run_cli, wait_until, write_config
from tests.integration.mail import calendar_invite, plain_mail
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration


def cases(config: Path) -> list[dict]:
    result = run_cli(config, "cases", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else []


def test_invite_update_cancel(tmp_path: Path, dovecot: Dovecot, mail_user: MailUser) -> None:
    """An invitation opens a case; the same UID updated moves it; METHOD:CANCEL cancels it."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0, second=0) + dt.timedelta(days=3)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", calendar_invite(start=start, uid="iv-1@example"))
        wait_until(lambda: len(cases(config)) == 1, 10, daemon.log_text)
        (case,) = cases(config)
        assert case["company"] == "Acme Robotics"
        assert case["stage"] == "scheduled"
        (rnd,) = case["rounds"]
        assert dt.datetime.fromisoformat(rnd["start"]) == start
        assert [p["name"] for p in rnd["interviewers"]] == ["Sarah Connor", "Raj Patel"]

        moved = start + dt.timedelta(days=1)
        dovecot.append(
            mail_user.name, "INBOX", calendar_invite(start=moved, uid="iv-1@example", sequence=1)
        )
        wait_until(
            lambda: dt.datetime.fromisoformat(cases(config)[0]["rounds"][0]["start"]) == moved,
            10,
            daemon.log_text,
        )
        dovecot.append(
            mail_user.name,
            "INBOX",
            calendar_invite(start=moved, uid="iv-1@example", sequence=2, method="CANCEL"),
        )
        wait_until(lambda: cases(config)[0]["stage"] == "cancelled", 10, daemon.log_text)
        assert len(cases(config)) == 1, "updates and cancellations never open new cases"

        detail = json.loads(run_cli(config, "cases", str(case["id"]), "--json").stdout)
        assert [e["what"] for e in detail["timeline"]] == [
            "opened",
            "rescheduled",
            "round cancelled",
        ]
        assert len(detail["messages"]) == 3
        assert detail["phones"][0]["number"] == "+442079460321"
        text = run_cli(config, "status").stdout
        assert "Acme Robotics" in text and "cancelled" in text


def test_rejection_in_thread_closes_case(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A rejection replying to the invitation's thread closes the case as rejected."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=2)
    with DaemonProcess(config) as daemon:
        dovecot.append(
            mail_user.name,
            "INBOX",
            calendar_invite(start=start, message_id="<thread-start@calendar.example>"),
        )
        wait_until(lambda: len(cases(config)) == 1, 15, daemon.log_text)
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Re: Data Engineer application",
                body=(
                    "Hi,\n\nThank you for taking the time to interview with us. After careful "
                    "consideration we have decided not to move forward with your application "
                    "at this time.\n\nWe wish you the best in your search.\n\nPriya"
                ),
                sender=("Priya Raman", "priya.raman@acmerobotics.example"),
                in_reply_to="<thread-start@calendar.example>",
            ),
        )
        wait_until(lambda: cases(config)[0]["stage"] == "rejected", 10, daemon.log_text)


def test_unrelated_and_bulk_mail_open_no_case(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """Newsletters about interviews and ordinary mail never open a case."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    dovecot.append(
        mail_user.name,
        "INBOX",
        plain_mail(
            subject="10 interview tips for your next job interview",
            body="Ace your interview on Monday at 10am! Unsubscribe: https://news.example/u",
            sender=("Career Weekly", "news@careerweekly.example"),
            extra_headers="List-Unsubscribe: <https://news.example/u>\r\nPrecedence: bulk\r\n",
        ),
    )
    dovecot.append(
        mail_user.name,
        "INBOX",
        plain_mail(
            subject="Lunch?", body="Fancy lunch on Friday?", sender=("Sam", "sam@example.org")
        ),
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        wait_until(lambda: daemon.processed() == 2, 10, daemon.log_text)
        assert cases(config) == []


def test_a_short_yes_in_a_hiring_thread_opens_the_case_after_a_restart(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser
) -> None:
    """A founder asks for times; after a restart, their "Yep, 3pm Thursday is good" (no word
    of a job) answers that ask in its thread, and the interview is recorded."""
    config = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    dovecot.append(
        mail_user.name,
        "INBOX",
        plain_mail(
            subject="Quick call",
            body=(
                "Hi,\n\nThanks for applying for the Product Analyst role at Harbourline. Would"
                " Thursday or Friday afternoon work for a call with me?\n\nDana Whitfield\n"
                "Founder, Harbourline"
            ),
            sender=("Dana Whitfield", "dana@harbourline.example"),
            message_id="<ask-1@harbourline.example>",
        ),
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("message.processed", timeout=20)
    assert cases(config) == [], "a request for times opens no case"
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Re: Quick call",
                body="Yep, 3pm Thursday is good. Talk then.\n\nDana",
                sender=("Dana Whitfield", "dana@harbourline.example"),
                in_reply_to="<ask-1@harbourline.example>",
            ),
        )
        wait_until(lambda: len(cases(config)) == 1, 15, daemon.log_text)
    (case,) = cases(config)
    (rnd,) = case["rounds"]
    start = dt.datetime.fromisoformat(rnd["start"]).astimezone(ZoneInfo("Europe/London"))
    assert (start.weekday(), start.hour, start.minute) == (3, 15, 0)
    assert [p["name"] for p in rnd["interviewers"]] == ["Dana Whitfield"]
