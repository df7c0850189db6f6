"""Replies, silence and outcomes, against real Dovecot and the SMTP sink.

Durations are shortened by config: thank-yous go out seconds after the interview and
silence is judged after a few seconds (`call_after: PT6S`, `digest_time: immediate`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.integration.harness import DaemonProcess, run_cli, wait_until, write_config
from tests.integration.mail import agency_invite, calendar_invite, plain_mail
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import ReceivedMessage, SmtpSink

pytestmark = pytest.mark.integration

ME = "me@example.net"
SARAH = ("Sarah Connor", "sarah.connor@acmerobotics.example")
PRIYA_PHONE = "+442079460321"


def setup(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, user: MailUser, **follow_up: Any
) -> Path:
    settings = {
        "notes_delay": "1s",
        "thank_you": "PT2S",
        "review": "none",
        "on_missing_notes": "send_generic",
        "call_after": "PT8S",
        "digest_time": "immediate",
        "linkedin_after": "3s",
        **follow_up,
    }
    return write_config(
        tmp_path,
        dovecot,
        user.name,
        user.password,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
        email=ME,
        follow_up=settings,
    )


def soon(seconds: float = 2) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=seconds)


def kind(messages: list[ReceivedMessage], what: str) -> list[ReceivedMessage]:
    return [m for m in messages if m.message["X-Interview-Followup"] == what]


def case_of(config: Path) -> dict[str, Any]:
    (case,) = json.loads(run_cli(config, "cases", "--json").stdout)
    return dict(case)


def thank_you_to(messages: list[ReceivedMessage], address: str) -> ReceivedMessage:
    (message,) = [m for m in messages if address in m.rcpt_tos]
    return message


def invite(dovecot: Dovecot, user: MailUser) -> None:
    dovecot.append(
        user.name,
        "INBOX",
        calendar_invite(
            start=soon(2),
            minutes=0.05,  # type: ignore[arg-type]
            message_id="<invite-thread@calendar.example>",
        ),
    )


def flags_on_invite(dovecot: Dovecot, user: MailUser) -> set[bytes]:
    for _, flags, raw in dovecot.fetch_all(user.name, "INBOX"):
        if b"<invite-thread@calendar.example>" in raw:
            return set(flags)
    return set()


def test_silence_flags_the_thread_and_sends_one_digest_with_the_number(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """No reply after the thank-yous: $CallNeeded and \\Flagged on the thread, the case is
    call_needed, and one digest names the phone number found in the thread; it survives
    a restart in the middle of the wait."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user)
    daemon = DaemonProcess(config).start()
    try:
        daemon.wait_for_event("daemon.ready")
        invite(dovecot, mail_user)
        wait_until(
            lambda: any(SARAH[1] in m.rcpt_tos for m in smtp_sink.messages), 30, daemon.log_text
        )
        assert daemon.stop() == 0  # restart in the middle of the wait
        daemon.start()
        wait_until(lambda: kind(smtp_sink.messages, "digest"), 40, daemon.log_text)
        (digest,) = kind(smtp_sink.messages, "digest")
        text = digest.message.get_content()
        assert "Acme Robotics" in text
        assert "+44 20 7946 0321" in text or PRIYA_PHONE in text
        wait_until(
            lambda: {b"$CallNeeded", b"\\Flagged"} <= flags_on_invite(dovecot, mail_user),
            15,
            daemon.log_text,
        )
        assert case_of(config)["stage"] == "call_needed"
        assert len(kind(smtp_sink.messages, "digest")) == 1, "one digest, not one per check"

        # Our own digest and prompt arriving in the inbox change nothing.
        before = json.loads(run_cli(config, "cases", str(case_of(config)["id"]), "--json").stdout)
        processed = daemon.processed()
        for own in (digest, *kind(smtp_sink.messages, "notes_prompt")):
            dovecot.append(mail_user.name, "INBOX", own.raw)
        wait_until(lambda: daemon.processed() >= processed + 2, 15, daemon.log_text)
        after = json.loads(run_cli(config, "cases", str(case_of(config)["id"]), "--json").stdout)
        assert after["stage"] == before["stage"] == "call_needed"
        assert len(after["messages"]) == len(before["messages"])

        reply = plain_mail(
            subject="Re: " + str(digest.message["Subject"]),
            body="snooze Acme 1d\n\n> quoted digest",
            sender=("Test User", ME),
            to=("Test User", ME),
            in_reply_to=str(digest.message["Message-ID"]),
        )
        dovecot.append(mail_user.name, "INBOX", reply)
        wait_until(lambda: case_of(config)["stage"] == "waiting", 15, daemon.log_text)
    finally:
        daemon.stop()


def test_human_reply_stops_the_chase(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """An interviewer answering the thank-you: no flag, no digest, the case shows who replied."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        invite(dovecot, mail_user)
        wait_until(
            lambda: any(SARAH[1] in m.rcpt_tos for m in smtp_sink.messages), 30, daemon.log_text
        )
        thanks = thank_you_to(smtp_sink.messages, SARAH[1])
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Re: " + str(thanks.message["Subject"]),
                body="Thanks for the note, it was great to meet you. We'll be in touch soon.\n\nSarah",
                sender=SARAH,
                in_reply_to=str(thanks.message["Message-ID"]),
            ),
        )
        wait_until(lambda: case_of(config)["stage"] == "replied", 15, daemon.log_text)
        # Well past the silence deadline: still nothing.
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=12)
        wait_until(lambda: dt.datetime.now(dt.UTC) > deadline, 15)
        assert kind(smtp_sink.messages, "digest") == []
        assert b"$CallNeeded" not in flags_on_invite(dovecot, mail_user)
        detail = json.loads(run_cli(config, "cases", str(case_of(config)["id"]), "--json").stdout)
        assert any(
            e["what"] == "reply" and "Sarah Connor" in (e["detail"] or "")
            for e in detail["timeline"]
        )


def test_new_message_from_the_company_without_thread_headers_stops_the_chase(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A colleague of the interviewers writes a fresh message (no In-Reply-To, no
    References) from the company's domain after the interview: that is the company
    answering, so the silence check finds a reply and no digest goes out."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        invite(dovecot, mail_user)
        wait_until(
            lambda: any(SARAH[1] in m.rcpt_tos for m in smtp_sink.messages), 30, daemon.log_text
        )
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Next steps",
                body="Hello,\n\nThe panel enjoyed meeting you; we will come back to you by "
                "Friday.\n\nMei Tanaka\nPeople Team",
                sender=("Mei Tanaka", "mei.tanaka@acmerobotics.example"),
            ),
        )
        wait_until(lambda: case_of(config)["stage"] == "replied", 15, daemon.log_text)
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=12)
        wait_until(lambda: dt.datetime.now(dt.UTC) > deadline, 15)
        assert kind(smtp_sink.messages, "digest") == []
        assert b"$CallNeeded" not in flags_on_invite(dovecot, mail_user)


def test_out_of_office_moves_the_call_after_the_return_date(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """An out-of-office answer is not a reply, but the call waits until after the return date."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, call_after="PT20S")
    back = (dt.datetime.now(dt.UTC) + dt.timedelta(days=10)).date()
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        invite(dovecot, mail_user)
        wait_until(
            lambda: any(SARAH[1] in m.rcpt_tos for m in smtp_sink.messages), 30, daemon.log_text
        )
        thanks = thank_you_to(smtp_sink.messages, SARAH[1])
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Automatic reply: " + str(thanks.message["Subject"]),
                body=f"I am out of the office until {back:%A %d %B %Y} with limited access to email.",
                sender=SARAH,
                in_reply_to=str(thanks.message["Message-ID"]),
                extra_headers="Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n",
            ),
        )

        def check_due() -> dt.datetime | None:
            rows = [
                r for r in daemon.outbox() if r["kind"] == "call_check" and r["state"] == "planned"
            ]
            return dt.datetime.fromisoformat(rows[0]["due_at"]) if rows else None

        wait_until(
            lambda: (due := check_due()) is not None and due.date() > back, 20, daemon.log_text
        )
        assert case_of(config)["stage"] != "replied", "an auto-reply is not a reply"


def test_rejection_cancels_everything_and_linkedin_reminder_follows(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A rejection closes the case, cancels pending sends, and later a LinkedIn reminder
    with a short personal note per interviewer reaches the user."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT40S")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        invite(dovecot, mail_user)
        wait_until(lambda: kind(smtp_sink.messages, "notes_prompt"), 30, daemon.log_text)
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Your application to Acme Robotics",
                body=(
                    "Hi,\n\nThank you for interviewing with us. After careful consideration we "
                    "have decided not to move forward with your application.\n\nPriya"
                ),
                sender=("Priya Raman", "priya.raman@acmerobotics.example"),
                in_reply_to="<invite-thread@calendar.example>",
            ),
        )
        wait_until(lambda: case_of(config)["stage"] == "rejected", 15, daemon.log_text)
        wait_until(lambda: kind(smtp_sink.messages, "linkedin"), 30, daemon.log_text)
        (reminder,) = kind(smtp_sink.messages, "linkedin")
        text = reminder.message.get_content()
        assert "Sarah Connor" in text and "Raj Patel" in text
        wait_until(
            lambda: all(r["state"] in ("cancelled", "sent") for r in daemon.outbox()),
            15,
            lambda: str([(r["kind"], r["state"]) for r in daemon.outbox()]),
        )
        assert not [m for m in smtp_sink.messages if SARAH[1] in m.rcpt_tos], (
            "no thank-you after a rejection"
        )


def test_agency_case_digest_names_the_recruiter(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """Through an agency: the interviewer's address is unknown so no thank-you goes out,
    and the call digest tells the user to phone the recruiter, with his number."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, call_after="PT5S")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", agency_invite(start=soon(2)))
        wait_until(lambda: kind(smtp_sink.messages, "digest"), 40, daemon.log_text)
        (digest,) = kind(smtp_sink.messages, "digest")
        text = digest.message.get_content()
        assert "Tom Hughes" in text
        assert "+44 20 7946 0999" in text or "+442079460999" in text
        assert not [m for m in smtp_sink.messages if m.rcpt_tos != (ME,)], "nothing to strangers"


RELAY = "reply+8f3a9c2e@us.greenhouse-mail.io"


def ats_invite(start: dt.datetime) -> bytes:
    """An interview booked through Greenhouse: from a no-reply address, answers go to a
    per-thread relay (Reply-To)."""
    raw = calendar_invite(
        start=start,
        minutes=0.05,  # type: ignore[arg-type]
        organizer=("Acme Robotics Recruiting", "no-reply@us.greenhouse-mail.io"),
        message_id="<ats-invite@greenhouse.example>",
    )
    return raw.replace(
        b"MIME-Version:", f"Reply-To: Priya Raman <{RELAY}>\r\nMIME-Version:".encode(), 1
    )


def test_reply_through_an_ats_relay_stops_the_chase_and_the_relay_gets_no_mail(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """The invitation's relay Reply-To becomes a thread address of the case: the
    recruiter's answer from it, without any thread headers, is a reply (no flag, no
    digest), and nothing is ever sent to it, not even when the user gives it as a
    person's address in their notes: that thank-you is held and the user gets one notice
    naming her and the command that gives her own address."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT10S")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", ats_invite(soon(2)))
        wait_until(lambda: sum(r["kind"] == "thank_you" for r in daemon.outbox()) == 2, 30)
        case_id = case_of(config)["id"]
        with daemon.store() as store:
            assert store.cases.thread_addresses(case_id) == {RELAY}
        noted = run_cli(config, "note", str(case_id), f"Priya Raman: {RELAY}")
        assert noted.returncode == 0, noted.stderr
        wait_until(
            lambda: (
                {
                    r["recipient_email"]: r["state"]
                    for r in daemon.outbox()
                    if r["kind"] == "thank_you"
                }
                == {SARAH[1]: "sent", "raj.patel@acmerobotics.example": "sent", RELAY: "held"}
            ),
            40,
            daemon.log_text,
        )
        relay_row = next(r for r in daemon.outbox() if r["recipient_email"] == RELAY)
        assert "relay" in relay_row["reason"]
        wait_until(lambda: kind(smtp_sink.messages, "notice"), 20, daemon.log_text)
        (notice,) = kind(smtp_sink.messages, "notice")
        text = notice.message.get_content()
        assert "Priya Raman" in text
        assert RELAY in text
        assert f"followupd note {case_id}" in text
        dovecot.append(
            mail_user.name,
            "INBOX",
            plain_mail(
                subject="Interview: Data Engineer - Acme Robotics",
                body=(
                    "Hi,\n\nThanks for coming in today, it was lovely to meet you. The team "
                    "will get back to you by Friday.\n\nBest,\nPriya"
                ),
                sender=("Priya Raman", RELAY),
            ),
        )
        wait_until(lambda: case_of(config)["stage"] == "replied", 15, daemon.log_text)
        # Well past the silence deadline: still nothing.
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=12)
        wait_until(lambda: dt.datetime.now(dt.UTC) > deadline, 15)
        assert kind(smtp_sink.messages, "digest") == []
        assert not [m for m in smtp_sink.messages if RELAY in m.rcpt_tos], "never to the relay"
        assert {r for m in smtp_sink.messages for r in m.rcpt_tos} <= {
            ME,
            SARAH[1],
            "raj.patel@acmerobotics.example",
        }


def test_application_system_addresses_are_held_with_a_notice_never_sent(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """The company's interviewers get their thank-yous. An address of a relay's shape, and
    an address at an application system's own domain (staff, or a scheduling assistant
    with a first name: followupd cannot tell), get nothing: each thank-you is held and the
    user gets one notice per person; releasing one by hand is refused, saying how to give
    the address; giving the person's own address sends the thank-you there."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT10S")
    sarah, tom = "sarah.lee@northwind.example", "tom.okafor@northwind.example"
    relay, vendor = "reply+5c1d77e0@hire.lever.co", "olivia@paradox.ai"
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(
            mail_user.name,
            "INBOX",
            calendar_invite(
                start=soon(2),
                minutes=0.05,  # type: ignore[arg-type]
                company="Northwind",
                organizer=("Sarah Lee", sarah),
                interviewers=(("Sarah Lee", sarah), ("Tom Okafor", tom)),
                message_id="<northwind-invite@calendar.example>",
            ),
        )
        wait_until(lambda: bool(json.loads(run_cli(config, "cases", "--json").stdout)), 30)
        case_id = case_of(config)["id"]
        noted = run_cli(
            config,
            "note",
            str(case_id),
            f"Sarah Lee: {sarah}\nTom Okafor: {tom}\nMina Park: {relay}\nOlivia Grant: {vendor}",
        )
        assert noted.returncode == 0, noted.stderr

        def states() -> dict[str, str]:
            return {
                r["recipient_email"]: r["state"]
                for r in daemon.outbox()
                if r["kind"] == "thank_you"
            }

        wait_until(
            lambda: states() == {sarah: "sent", tom: "sent", relay: "held", vendor: "held"},
            40,
            daemon.log_text,
        )
        assert thank_you_to(smtp_sink.messages, sarah).message["To"]
        wait_until(lambda: len(kind(smtp_sink.messages, "notice")) == 2, 20, daemon.log_text)
        texts = [m.message.get_content() for m in kind(smtp_sink.messages, "notice")]
        assert any("Mina Park" in t for t in texts) and any("Olivia Grant" in t for t in texts)
        assert all(f"followupd note {case_id}" in t for t in texts)
        # Released by hand (even forced), it is refused with the way out: still held.
        (held,) = [r for r in daemon.outbox() if r["recipient_email"] == relay]
        refused = run_cli(config, "send", "--force", str(held["id"]))
        assert refused.returncode == 1
        assert "relay" in refused.stderr and f"followupd note {case_id}" in refused.stderr
        assert states()[relay] == "held"
        # Her own address, given as the notice says: the held thank-you goes there.
        noted = run_cli(config, "note", str(case_id), "Mina Park: mina.park@northwind.example")
        assert noted.returncode == 0, noted.stderr
        wait_until(
            lambda: states().get("mina.park@northwind.example") == "sent", 40, daemon.log_text
        )
        assert len(kind(smtp_sink.messages, "notice")) == 2
        rcpts = {r for m in smtp_sink.messages for r in m.rcpt_tos}
        assert relay not in rcpts and vendor not in rcpts, "never to a system's address"
        assert rcpts <= {ME, sarah, tom, "mina.park@northwind.example"}
