"""Notes and thank-yous end to end, against real Dovecot and the SMTP sink.

Durations are shortened by config: the interview lasts seconds, the notes prompt goes out
one second after it ends and the thank-yous some seconds later.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import signal
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from daemon.cases import RELAY
from daemon.store import Store
from tests.integration.harness import DaemonProcess, run_cli, wait_until, write_config
from tests.integration.mail import calendar_invite, plain_mail
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import ReceivedMessage, SmtpSink

pytestmark = pytest.mark.integration

ME = "me@example.net"
SARAH = "sarah.connor@acmerobotics.example"
RAJ = "raj.patel@acmerobotics.example"


def setup(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    user: MailUser,
    **follow_up: Any,
) -> Path:
    settings = {
        "notes_delay": "1s",
        "thank_you": "PT12S",
        "review": "drafts",
        "review_window": "3s",
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


def soon(seconds: float = 3) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=seconds)


def to(messages: list[ReceivedMessage], address: str) -> list[ReceivedMessage]:
    return [m for m in messages if address in m.rcpt_tos]


def notes_reply(prompt: ReceivedMessage, text: str) -> bytes:
    """The user's reply to the notes prompt, quoting it as mail clients do."""
    quoted = "\n".join("> " + line for line in prompt.message.get_content().splitlines())
    return plain_mail(
        subject="Re: " + str(prompt.message["Subject"]),
        body=f"{text}\n\nOn Mon, someone wrote:\n{quoted}",
        sender=("Test User", ME),
        to=("Test User", ME),
        in_reply_to=str(prompt.message["Message-ID"]),
    )


def drafts(dovecot: Dovecot, user: MailUser) -> list[tuple[int, tuple[bytes, ...], EmailMessage]]:
    return [
        (uid, flags, email.message_from_bytes(raw, policy=email.policy.default))  # type: ignore[misc]
        for uid, flags, raw in dovecot.fetch_all(user.name, "Drafts")
    ]


def book_interview(
    dovecot: Dovecot, user: MailUser, start: dt.datetime, minutes: float = 0.05
) -> None:
    dovecot.append(user.name, "INBOX", calendar_invite(start=start, minutes=minutes))  # type: ignore[arg-type]


def test_notes_drafts_and_two_personal_thank_yous(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """Invite → notes prompt after the end → reply with two topics → two drafts → two
    different thank-yous at the due time, each naming its own topic, both in Sent."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        (prompt,) = to(smtp_sink.wait_for(1, timeout=20), ME)
        assert prompt.message["Auto-Submitted"] == "auto-generated"
        assert prompt.message["X-Interview-Followup"] == "notes_prompt"
        body = prompt.message.get_content()
        assert "Sarah Connor" in body and "Raj Patel" in body

        dovecot.append(
            mail_user.name,
            "INBOX",
            notes_reply(
                prompt,
                "Sarah: the robot arm safety certification\n"
                "Raj: migrating the telemetry pipeline to Kafka\nGut: good",
            ),
        )
        wait_until(lambda: len(drafts(dovecot, mail_user)) == 2, 20, daemon.log_text)
        placed = drafts(dovecot, mail_user)
        assert all(b"\\Draft" in flags for _, flags, _ in placed)
        assert {str(m["To"]).split("<")[-1].rstrip(">") for _, _, m in placed} == {SARAH, RAJ}

        messages = smtp_sink.wait_for(4, timeout=40)  # prompt, drafts notice, two thank-yous
        sarah, raj = to(messages, SARAH), to(messages, RAJ)
        assert len(sarah) == 1 and len(raj) == 1
        sarah_text, raj_text = sarah[0].message.get_content(), raj[0].message.get_content()
        assert "robot arm safety certification" in sarah_text
        assert "telemetry pipeline to Kafka" in raj_text
        assert "telemetry" not in sarah_text and "robot arm" not in raj_text
        assert sarah_text.replace("Sarah", "X") != raj_text.replace("Raj", "X")
        for m in (sarah[0], raj[0]):
            assert m.message["Auto-Submitted"] is None
            assert m.message["X-Interview-Followup"] is None
            assert m.message["X-Interview-Followup-Draft"] is None
            assert m.message["From"].addresses[0].addr_spec == ME
        wait_until(lambda: len(dovecot.fetch_all(mail_user.name, "Sent")) == 2, 15, daemon.log_text)
        wait_until(lambda: drafts(dovecot, mail_user) == [], 10, daemon.log_text)
        sent_rows = [r for r in daemon.outbox() if r["kind"] == "thank_you"]
        assert [r["state"] for r in sent_rows] == ["sent", "sent"]
    assert len(to(smtp_sink.messages, SARAH)) == 1, "never twice"


def test_edited_draft_goes_out_as_edited_and_deleted_draft_does_not(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """The user's edit to a draft is what is sent; a deleted draft means do not send."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT15S")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        (prompt,) = to(smtp_sink.wait_for(1, timeout=20), ME)
        dovecot.append(
            mail_user.name,
            "INBOX",
            notes_reply(prompt, "Sarah: hardware-in-the-loop testing\nRaj: on-call rota design"),
        )
        wait_until(lambda: len(drafts(dovecot, mail_user)) == 2, 20, daemon.log_text)
        with dovecot.imap_client(mail_user.name) as client:
            client.select_folder("Drafts")
            for uid, _, msg in drafts(dovecot, mail_user):
                client.delete_messages([uid])
                if SARAH in str(msg["To"]):
                    # The user edits Sarah's draft (the client saves a new message).
                    edited = msg
                    del edited["Subject"]
                    edited["Subject"] = "Thanks again, Sarah"
                    edited.set_content(
                        "Dear Sarah,\n\nI rewrote this myself: thank you for the chat about "
                        "hardware-in-the-loop testing.\n\nBest,\nTest User\n"
                    )
                    client.append("Drafts", edited.as_bytes(), flags=[b"\\Draft"])
            client.expunge()
        messages = smtp_sink.wait_for(3, timeout=40)
        wait_until(
            lambda: (
                {r["state"] for r in daemon.outbox() if r["kind"] == "thank_you"}
                <= {"sent", "cancelled"}
                and len(
                    [
                        r
                        for r in daemon.outbox()
                        if r["state"] == "sent" and r["kind"] == "thank_you"
                    ]
                )
                == 1
            ),
            30,
            daemon.log_text,
        )
        (sarah,) = to(smtp_sink.messages, SARAH)
        assert "I rewrote this myself" in sarah.message.get_content()
        assert str(sarah.message["Subject"]) == "Thanks again, Sarah"
        assert to(smtp_sink.messages, RAJ) == []
        raj_row = next(r for r in daemon.outbox() if r["recipient_email"] == RAJ)
        assert raj_row["state"] == "cancelled" and "deleted the draft" in raj_row["reason"]
        del messages


def test_missing_notes_hold_and_remind_once(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """No notes at send time: nothing goes to the interviewers and the user is reminded once."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT4S", review="none")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(
            lambda: any(
                r["kind"] == "notes_reminder" and r["state"] == "sent" for r in daemon.outbox()
            ),
            30,
            daemon.log_text,
        )
        rows = daemon.outbox()
        assert [r["state"] for r in rows if r["kind"] == "thank_you"] == ["held", "held"]
        reminders = [
            m for m in smtp_sink.messages if m.message["X-Interview-Followup"] == "notes_reminder"
        ]
        assert len(reminders) == 1
        assert to(smtp_sink.messages, SARAH) == [] and to(smtp_sink.messages, RAJ) == []


def test_cancellation_before_due_sends_nothing(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A cancelled interview gets no notes prompt and no thank-you."""
    config = setup(tmp_path, dovecot, smtp_sink, mail_user, notes_delay="5s")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        # Far enough ahead that a loaded machine still reads the cancellation before the
        # notes prompt falls due (it is due 5 s after the end, 3 s after the start).
        start = soon(12)
        dovecot.append(
            mail_user.name,
            "INBOX",
            calendar_invite(start=start, uid="c-1@x", minutes=0.05),  # type: ignore[arg-type]
        )
        wait_until(
            lambda: sum(r["kind"] == "thank_you" for r in daemon.outbox()) >= 2, 15, daemon.log_text
        )
        dovecot.append(
            mail_user.name,
            "INBOX",
            calendar_invite(start=start, uid="c-1@x", sequence=1, method="CANCEL", minutes=0.05),  # type: ignore[arg-type]
        )
        wait_until(
            lambda: all(
                r["state"] == "cancelled" for r in daemon.outbox() if r["kind"] != "notice"
            ),
            15,
            daemon.log_text,
        )
        wait_until(lambda: dt.datetime.now(dt.UTC) > start + dt.timedelta(seconds=10), 20)
        assert smtp_sink.messages == []


def provider_files_mail(dovecot: Dovecot, user: MailUser) -> Callable[[ReceivedMessage], None]:
    """Like Gmail: accepted mail is filed in Sent, and mail to oneself is delivered."""

    def file(message: ReceivedMessage) -> None:
        dovecot.append(user.name, "Sent", message.raw)
        if ME in message.rcpt_tos:
            dovecot.append(user.name, "INBOX", message.raw)

    return file


@pytest.mark.parametrize("kind", ["notes_prompt", "thank_you"])
def test_crash_after_smtp_accept_never_sends_twice(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser, kind: str
) -> None:
    """SIGKILL right after the server accepted a mail, before it was marked sent: after a
    restart the Sent check finds it and it is not delivered again; the rest still goes."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT5S",
        on_missing_notes="send_generic",
        save_sent="never",
    )
    smtp_sink.file_accepted_mail(provider_files_mail(dovecot, mail_user))
    daemon = DaemonProcess(config, env={"FOLLOWUPD_FAILPOINTS": f"after_smtp_accept:{kind}"})
    daemon.start()
    try:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: not daemon.alive, 40, daemon.log_text)
        assert daemon.proc is not None
        assert daemon.proc.returncode == -signal.SIGKILL
        crashed = [r for r in daemon.outbox() if r["state"] == "sending"]
        assert len(crashed) == 1, "the crash left exactly one row in 'sending'"
        daemon.env = {}
        daemon.start()
        wait_until(
            lambda: sum(r["state"] == "sent" for r in daemon.outbox()) == 3,
            40,
            daemon.log_text,
        )
        assert len(to(smtp_sink.messages, ME)) == 1
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert len(to(smtp_sink.messages, RAJ)) == 1
        assert any(e.get("event") == "outbox.resolved_sent" for e in daemon.log_events())
    finally:
        daemon.stop()


def test_transient_failures_then_one_delivery_and_permanent_failure_reported(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """450 twice then success → one delivery; 550 for the other → failed and the user told."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT6S",
        on_missing_notes="send_generic",
        retry_delay="1s",
    )
    smtp_sink.fail_next("rcpt", "450 4.2.1 try again later", times=2, match="sarah")
    smtp_sink.fail_next("rcpt", "550 5.1.1 no such user", times=1, match="raj")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(
            lambda: (
                {r["state"] for r in daemon.outbox() if r["kind"] == "thank_you"}
                == {"sent", "failed"}
            ),
            120,
            daemon.log_text,
        )
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert to(smtp_sink.messages, RAJ) == []
        raj_row = next(r for r in daemon.outbox() if r["recipient_email"] == RAJ)
        assert "550" in raj_row["last_error"]
        wait_until(
            lambda: any(
                "could not" in str(m.message["Subject"]).lower()
                or "not delivered" in str(m.message["Subject"]).lower()
                for m in to(smtp_sink.messages, ME)
            ),
            20,
            lambda: str([str(m.message["Subject"]) for m in smtp_sink.messages]),
        )


def test_notes_from_the_shell_and_release_of_a_held_mail(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """`followupd note` feeds the thank-yous like a mailed reply; `followupd send` releases
    a mail held for want of notes once the notes are there; `cases` shows all of it."""
    from tests.integration.harness import run_cli

    config = setup(tmp_path, dovecot, smtp_sink, mail_user, review="none", thank_you="PT4S")
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(
            lambda: sum(r["state"] == "held" for r in daemon.outbox()) == 2, 30, daemon.log_text
        )
        case_id = daemon.outbox()[0]["case_id"]
        result = run_cli(
            config, "note", str(case_id), "Sarah: the gripper redesign\nRaj: fleet telemetry"
        )
        assert result.returncode == 0, result.stderr
        assert "noted for Sarah Connor: the gripper redesign" in result.stdout
        messages = lambda: to(smtp_sink.messages, SARAH) + to(smtp_sink.messages, RAJ)  # noqa: E731
        wait_until(lambda: len(messages()) == 2, 30, daemon.log_text)
        assert "gripper redesign" in to(smtp_sink.messages, SARAH)[0].message.get_content()
        text = run_cli(config, "cases", str(case_id)).stdout
        assert "thank_you" in text and "sent" in text and "the gripper redesign" in text
        refused = run_cli(config, "send", str(daemon.outbox()[0]["id"]))
        assert refused.returncode == 1  # a sent mail cannot be released again


def test_dry_run_sends_nothing_and_writes_nothing(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """--dry-run logs what it would do, once, and neither sends nor touches the mailbox."""
    config = setup(
        tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT3S", on_missing_notes="send_generic"
    )
    with DaemonProcess(config, "--dry-run") as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        daemon.wait_for_event("dry_run.would_send", timeout=30)
        daemon.wait_for_event("dry_run.would_place_draft", timeout=30, count=2)
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        wait_until(lambda: dt.datetime.now(dt.UTC) > deadline, 10)
        assert smtp_sink.messages == []
        assert dovecot.fetch_all(mail_user.name, "Drafts") == []
        events = [e["event"] for e in daemon.log_events()]
        assert events.count("dry_run.would_send") == 1, "each mail reported once, no busy loop"


def test_user_wrote_first_so_that_thank_you_is_dropped_and_user_told(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """The user already wrote to Sarah after the interview (seen in Sent): her planned
    thank-you is dropped and the user is told; Raj's still goes out."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT10S",
        on_missing_notes="send_generic",
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: to(smtp_sink.messages, ME), 30, daemon.log_text)  # the prompt
        dovecot.append(
            mail_user.name,
            "Sent",
            plain_mail(
                subject="Thanks for today",
                body="Hi Sarah, thanks so much for today!",
                sender=("Test User", ME),
                to=("Sarah Connor", SARAH),
            ),
        )
        wait_until(lambda: len(to(smtp_sink.messages, RAJ)) == 1, 40, daemon.log_text)
        wait_until(
            lambda: any(
                m.message["X-Interview-Followup"] == "notice"
                and "Sarah" in str(m.message["Subject"])
                for m in to(smtp_sink.messages, ME)
            ),
            20,
            lambda: str([str(m.message["Subject"]) for m in smtp_sink.messages]),
        )
        assert to(smtp_sink.messages, SARAH) == []
        sarah_row = next(r for r in daemon.outbox() if r["recipient_email"] == SARAH)
        assert sarah_row["state"] == "cancelled"
        assert "yourself" in sarah_row["reason"]


def test_crash_after_drafts_append_adopts_the_draft_instead_of_a_second_one(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """SIGKILL right after a draft was APPENDed, before the database knew: after a restart
    that draft is adopted (one draft per thank-you, never two) and each interviewer gets
    exactly one thank-you; no orphan draft is left behind."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        thank_you="PT5S",
        review_window="8s",
        on_missing_notes="send_generic",
    )
    daemon = DaemonProcess(config, env={"FOLLOWUPD_FAILPOINTS": "after_drafts_append"})
    daemon.start()
    try:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: not daemon.alive, 40, daemon.log_text)
        assert daemon.proc is not None
        assert daemon.proc.returncode == -signal.SIGKILL
        assert len(drafts(dovecot, mail_user)) == 1, "the crash left one draft"
        assert not any(r["state"] == "drafted" for r in daemon.outbox()), "unknown to the db"
        daemon.env = {}
        daemon.start()
        wait_until(
            lambda: (
                [r["state"] for r in daemon.outbox() if r["kind"] == "thank_you"]
                == ["drafted", "drafted"]
            ),
            30,
            daemon.log_text,
        )
        rows = [r for r in daemon.outbox() if r["kind"] == "thank_you"]
        placed = drafts(dovecot, mail_user)
        keys = sorted(str(m["X-Interview-Followup-Draft"]) for _, _, m in placed)
        assert keys == sorted(r["draft_key"] for r in rows), "exactly one draft per row"
        assert sum(e.get("event") == "outbox.draft_adopted" for e in daemon.log_events()) == 1
        wait_until(
            lambda: (
                sum(r["state"] == "sent" for r in daemon.outbox() if r["kind"] == "thank_you") == 2
            ),
            40,
            daemon.log_text,
        )
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert len(to(smtp_sink.messages, RAJ)) == 1
        wait_until(lambda: drafts(dovecot, mail_user) == [], 10, daemon.log_text)
    finally:
        daemon.stop()


def account_fact(daemon: DaemonProcess, key: str) -> str | None:
    """A fact the daemon learned about the account (read-only look at its database)."""
    with daemon.store() as store:
        return store.outbox.fact("test", key)


def sent_copies(dovecot: Dovecot, user: MailUser, message_ids: list[str]) -> list[int]:
    """How many times each of ``message_ids`` is in the Sent folder."""
    found = [
        str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]).strip("<>")
        for _, _, raw in dovecot.fetch_all(user.name, "Sent")
    ]
    return [found.count(mid) for mid in message_ids]


def thank_yous(daemon: DaemonProcess) -> list[dict[str, Any]]:
    return [r for r in daemon.outbox() if r["kind"] == "thank_you"]


def test_save_sent_auto_waits_for_a_slow_provider_and_adds_no_second_copy(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A provider that files sent mail in Sent only seconds after accepting it is learned
    as one that files (at the first sighting, here of the notes prompt): no copy of ours
    is added, so each thank-you is in Sent exactly once."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT4S",
        on_missing_notes="send_generic",
        save_sent="auto",
        sent_settle="10s",
    )
    smtp_sink.file_accepted_mail(provider_files_mail(dovecot, mail_user), delay=4.0)
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(
            lambda: [r["state"] for r in thank_yous(daemon)] == ["sent"] * 2,
            60,
            daemon.log_text,
        )
        ids = [r["message_id"] for r in thank_yous(daemon)]
        wait_until(lambda: sent_copies(dovecot, mail_user, ids) == [1, 1], 20, daemon.log_text)
        assert account_fact(daemon, "provider_files_sent") == "yes"
        # Settled: filed when seen while open, or nothing to do once "yes" was learned.
        assert {r["sent_copy"] for r in thank_yous(daemon)} <= {"filed", None}
        assert not any(e.get("event") == "outbox.sent_copy_appended" for e in daemon.log_events())


def test_save_sent_auto_adds_one_copy_only_after_the_settle_time_even_across_a_crash(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A provider that never files: nothing is added while the question is open (not even
    when the daemon is killed meanwhile); after sent_settle, and a restart, the daemon
    learns 'does not file' and adds exactly one copy of each thank-you."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT4S",
        on_missing_notes="send_generic",
        save_sent="auto",
        sent_settle="8s",
    )
    daemon = DaemonProcess(config)
    daemon.start()
    try:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(
            lambda: (
                [(r["state"], r["sent_copy"]) for r in thank_yous(daemon)] == [("sent", "open")] * 2
            ),
            40,
            daemon.log_text,
        )
        daemon.kill()
        ids = [r["message_id"] for r in thank_yous(daemon)]
        assert sent_copies(dovecot, mail_user, ids) == [0, 0], "no copy while undecided"
        assert account_fact(daemon, "provider_files_sent") is None
        daemon.start()
        wait_until(
            lambda: [r["sent_copy"] for r in thank_yous(daemon)] == ["appended"] * 2,
            40,
            daemon.log_text,
        )
        assert account_fact(daemon, "provider_files_sent") == "no"
        assert sent_copies(dovecot, mail_user, ids) == [1, 1]
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert len(to(smtp_sink.messages, RAJ)) == 1
    finally:
        daemon.stop()


def test_save_sent_never_crash_after_accept_asks_instead_of_resending(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """save_sent: never says nothing about the provider: a thank-you killed after SMTP
    accepted it, not found in Sent, becomes 'uncertain' (the user is asked), never sent
    a second time."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        review="none",
        thank_you="PT5S",
        on_missing_notes="send_generic",
        save_sent="never",
    )
    daemon = DaemonProcess(config, env={"FOLLOWUPD_FAILPOINTS": "after_smtp_accept:thank_you"})
    daemon.start()
    try:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: not daemon.alive, 40, daemon.log_text)
        assert [r["state"] for r in thank_yous(daemon)].count("sending") == 1
        daemon.env = {}
        daemon.start()
        wait_until(
            lambda: sorted(r["state"] for r in thank_yous(daemon)) == ["sent", "uncertain"],
            40,
            daemon.log_text,
        )
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert len(to(smtp_sink.messages, RAJ)) == 1
    finally:
        daemon.stop()


def paused_daemon(config: Path, point: str, release: Path) -> DaemonProcess:
    """A daemon that stops at the failpoint ``point`` until ``release`` exists."""
    return DaemonProcess(
        config,
        env={
            "FOLLOWUPD_FAILPOINTS": f"pause:{point}",
            "FOLLOWUPD_FAILPOINT_RELEASE": str(release),
        },
    )


@pytest.mark.parametrize("point", ["before_drafts_append", "after_drafts_append"])
def test_case_closed_while_a_draft_is_placed_leaves_no_draft_and_no_notice(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser, point: str
) -> None:
    """`followupd done` while the daemon is busy placing a draft (just before, or during,
    the APPEND): no draft is left in Drafts, no notice says one goes out, nothing is sent."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        thank_you="PT5S",
        review_window="8s",
        on_missing_notes="send_generic",
    )
    release = tmp_path / "release"
    with paused_daemon(config, point, release) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        daemon.wait_for_event("failpoint.paused", timeout=40)
        (case_id,) = {r["case_id"] for r in thank_yous(daemon)}
        assert run_cli(config, "done", str(case_id)).returncode == 0
        wait_until(
            lambda: {r["state"] for r in thank_yous(daemon)} == {"cancelled"}, 20, daemon.log_text
        )
        release.touch()
        expected = {
            "before_drafts_append": "outbox.draft_not_placed",
            "after_drafts_append": "outbox.draft_withdrawn",
        }[point]
        daemon.wait_for_event(expected, timeout=20)
        wait_until(lambda: drafts(dovecot, mail_user) == [], 20, daemon.log_text)
        assert not any(e.get("event") == "outbox.drafted" for e in daemon.log_events())
        assert not any(
            "drafts ready" in str(m.message["Subject"]) for m in to(smtp_sink.messages, ME)
        )
        assert to(smtp_sink.messages, SARAH) == [] and to(smtp_sink.messages, RAJ) == []


def test_draft_of_a_thank_you_sent_before_a_crash_is_removed_at_start(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """SIGKILL after SMTP accepted a thank-you sent from its draft, before the draft was
    deleted: after the restart the row is resolved as sent and its draft is removed (the
    user must not find it and send it by hand)."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        thank_you="PT5S",
        review_window="4s",
        on_missing_notes="send_generic",
    )
    smtp_sink.file_accepted_mail(provider_files_mail(dovecot, mail_user))
    daemon = DaemonProcess(config, env={"FOLLOWUPD_FAILPOINTS": "after_smtp_accept:thank_you"})
    daemon.start()
    try:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: not daemon.alive, 60, daemon.log_text)
        assert len(drafts(dovecot, mail_user)) == 2, "the crashed one's draft is still there"
        daemon.env = {}
        daemon.start()
        wait_until(
            lambda: [r["state"] for r in thank_yous(daemon)] == ["sent", "sent"],
            40,
            daemon.log_text,
        )
        wait_until(lambda: drafts(dovecot, mail_user) == [], 20, daemon.log_text)
        assert len(to(smtp_sink.messages, SARAH)) == 1
        assert len(to(smtp_sink.messages, RAJ)) == 1
    finally:
        daemon.stop()


def test_draft_marked_deleted_is_not_sent(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A draft the user marked deleted (not yet expunged, as Thunderbird leaves it) is a
    'do not send': that thank-you is cancelled, the other one goes out."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        thank_you="PT5S",
        review_window="8s",
        on_missing_notes="send_generic",
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        wait_until(lambda: len(drafts(dovecot, mail_user)) == 2, 40, daemon.log_text)
        with dovecot.imap_client(mail_user.name) as client:
            client.select_folder("Drafts")
            for uid, _, msg in drafts(dovecot, mail_user):
                if RAJ in str(msg["To"]):
                    client.add_flags([uid], [b"\\Deleted"])
        wait_until(
            lambda: sorted(r["state"] for r in thank_yous(daemon)) == ["cancelled", "sent"],
            40,
            daemon.log_text,
        )
        assert to(smtp_sink.messages, RAJ) == []
        assert len(to(smtp_sink.messages, SARAH)) == 1
        raj_row = next(r for r in thank_yous(daemon) if r["recipient_email"] == RAJ)
        assert "deleted the draft" in raj_row["reason"]


def test_draft_of_a_thank_you_held_for_a_relay_is_removed(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser
) -> None:
    """A drafted thank-you later held because its address turned out to be a relay loses
    its draft (left in Drafts, the user might send it by hand to the relay), and forgets
    it, so the person's own address, once given, gets a fresh draft; the other stays."""
    config = setup(
        tmp_path,
        dovecot,
        smtp_sink,
        mail_user,
        thank_you="PT10M",
        review_window="20m",
    )
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        book_interview(dovecot, mail_user, soon(2))
        (prompt,) = to(smtp_sink.wait_for(1, timeout=20), ME)
        notes = "Sarah: the safety certification\nRaj: the Kafka migration\nGut: good"
        dovecot.append(mail_user.name, "INBOX", notes_reply(prompt, notes))
        wait_until(lambda: len(drafts(dovecot, mail_user)) == 2, 40, daemon.log_text)
    sarah_row = next(r for r in thank_yous(daemon) if r["recipient_email"] == SARAH)
    assert sarah_row["draft_key"]
    # Stopped daemon: as if the thread had since shown her address to be a relay.
    store = Store.open(daemon.db_path)
    try:
        with store.transaction():
            store.outbox.update(
                sarah_row["id"], dt.datetime.now(dt.UTC), state="held", reason=RELAY
            )
    finally:
        store.close()
    with DaemonProcess(config) as daemon:
        daemon.wait_for_event("daemon.ready")
        wait_until(lambda: len(drafts(dovecot, mail_user)) == 1, 30, daemon.log_text)
        (left,) = drafts(dovecot, mail_user)
        assert RAJ in str(left[2]["To"])
        wait_until(
            lambda: (
                next(r for r in thank_yous(daemon) if r["id"] == sarah_row["id"])["draft_key"]
                is None
            ),
            10,
            daemon.log_text,
        )
    assert to(smtp_sink.messages, SARAH) == []
