"""Injection and mail loops, through the whole flow on real servers.

Hostile names and subjects in invitations must never add a header or a recipient to any
mail the daemon writes; notes are data, never templates; a notes reply adds people only
as the user's own words; automatic mail (auto-replies, lists, bulk, bounces) is never
answered, and the daemon's own mail is recognised when it comes back.
"""

from __future__ import annotations

import collections
import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

from tests.integration.harness import wait_until
from tests.integration.mail import calendar_invite, plain_mail
from tests.reliability.support import (
    ME,
    ProviderFiling,
    Recorder,
    configure,
    provider_files_mail,
    running,
)
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import ReceivedMessage, SmtpSink

pytestmark = [pytest.mark.reliability, pytest.mark.integration]

SARAH = "sarah.connor@acmerobotics.example"
RAJ = "raj.patel@acmerobotics.example"
EVIL = "evil.example"


def _config(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, user: MailUser, **fu: Any
) -> tuple[Path, ProviderFiling]:
    provider = provider_files_mail(dovecot, user)
    smtp_sink.file_accepted_mail(provider)
    config = configure(
        tmp_path,
        dovecot,
        user,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
        account={
            "follow_up": {
                "notes_delay": "1s",
                "thank_you": "PT5S",
                "review": "none",
                "save_sent": "never",
                "retry_delay": "1s",
                **fu,
            }
        },
    )
    return config, provider


def _soon(seconds: float = 2) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=seconds)


def _header_problems(message: ReceivedMessage, allowed: set[str]) -> list[str]:
    """Extra headers, hostile text in headers, or recipients outside ``allowed``."""
    problems = []
    head = message.raw.split(b"\r\n\r\n", 1)[0]
    names = collections.Counter(
        line.split(b":", 1)[0].strip().lower()
        for line in head.split(b"\r\n")
        if line and line[:1] not in (b" ", b"\t")
    )
    for name in (b"bcc", b"cc", b"reply-to", b"sender"):
        if names[name]:
            problems.append(f"header {name.decode()} present")
    for name, count in names.items():
        if count > 1 and name not in (b"received",):
            problems.append(f"header {name.decode()} repeated")
    if b"\x00" in message.raw:
        problems.append("NUL byte in the message")
    for key, value in message.message.items():
        # Hostile text may survive as text (a quoted display name, the Subject); it must
        # never become an address: To is checked below, the rest must not carry it.
        if EVIL in str(value).lower() and key.lower() not in ("subject", "to"):
            problems.append(f"{key} mentions {EVIL}: {value!r}")
        if "\n" in str(value) or "\r" in str(value):
            problems.append(f"{key} holds a line break after parsing")
    addresses = {
        a.addr_spec.lower()
        for f in ("To", "Cc", "Bcc")
        for a in getattr(message.message[f], "addresses", ())
    }
    outside = (addresses | set(message.rcpt_tos)) - allowed
    if outside:
        problems.append(f"recipients outside the case: {sorted(outside)}")
    return problems


def test_hostile_names_and_subjects_never_add_headers_or_recipients(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Attendee names with RFC 6868 line breaks, a SUMMARY with an escaped newline, a NUL,
    and RFC 2047 encoded CR/LF in the organizer's name and the Subject: every message the
    sink receives has only its own headers and only case recipients."""
    reliability.set(
        "Injection",
        "invitation whose quoted attendee CNs hold ^n (RFC 6868) + 'Bcc: evil@...', a NUL, "
        "SUMMARY with \\n + 'Bcc:', From/Subject with RFC 2047 encoded CR/LF; whole flow "
        "(notes prompt + thank-yous)",
    )
    config, provider = _config(
        tmp_path, dovecot, smtp_sink, mail_user, on_missing_notes="send_generic"
    )
    raw = calendar_invite(
        start=_soon(),
        minutes=0.05,  # type: ignore[arg-type]
        company="Acme Robotics\\nBcc: evil@evil.example",
        role="Data Engineer^nCc: evil2@evil.example",
        # Quoted CN values (RFC 5545 §3.2): the address stays the real one, the name carries
        # the attack: ^n is a line break (RFC 6868), a folded CRLF+TAB, a NUL.
        interviewers=(
            ('"Sarah Connor^nBcc: evil@evil.example"', SARAH),
            ('"Raj\x00 Patel^n^nBcc: evil3@evil.example"', RAJ),
        ),
        organizer=(
            "=?utf-8?q?Priya=0D=0ABcc:_evil4@evil.example?=",
            "priya.raman@acmerobotics.example",
        ),
    )
    raw = raw.replace(
        b"Subject: ", b"Subject: =?utf-8?b?SW50ZXJ2aWV3DQpCY2M6IGV2aWw1QGV2aWwuZXhhbXBsZQ==?= ", 1
    )
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", raw)
        wait_until(
            lambda: (
                {
                    r["recipient_email"]
                    for r in daemon.outbox()
                    if r["kind"] == "thank_you" and r["state"] == "sent"
                }
                >= {SARAH, RAJ}
            ),
            60,
            daemon.log_text,
        )
        wait_until(lambda: len(provider.snapshot()) >= 3, 20, daemon.log_text)
        received = provider.snapshot()
        rows = daemon.outbox()
    allowed = {SARAH, RAJ, ME}
    problems = {str(m.message["Message-ID"]): _header_problems(m, allowed) for m in received}
    bad = {k: v for k, v in problems.items() if v}
    kinds = collections.Counter(
        str(m.message["X-Interview-Followup"] or "thank_you") for m in received
    )
    names = [str(m.message["To"]) for m in received if ME not in m.rcpt_tos]
    reliability.found(
        f"{len(received)} messages written ({dict(kinds)}); {len(bad)} with an extra header, "
        "line break, NUL or outside recipient; the hostile text survives only inside the "
        f"quoted display name, e.g. {names[:1]}",
        problems=bad,
        rows=[(r["kind"], r["state"], r["recipient_email"]) for r in rows],
    )
    assert bad == {}
    assert kinds["notes_prompt"] == 1 and kinds["thank_you"] == 2


def _notes_reply(prompt: ReceivedMessage, text: str) -> bytes:
    return plain_mail(
        subject="Re: " + str(prompt.message["Subject"]),
        body=f"{text}\n\nOn Mon, Test User wrote:\n> (the prompt)",
        sender=("Test User", ME),
        to=("Test User", ME),
        in_reply_to=str(prompt.message["Message-ID"]),
    )


def test_notes_are_data_and_strangers_come_only_from_the_user(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Notes holding Jinja syntax are sent literally; a spoofed 'notes reply' that is not an
    answer to a real prompt changes nothing; what a real reply naming a stranger does is
    recorded (the rule: nobody outside the case unless the user named them)."""
    reliability.set(
        "Injection",
        "notes with {{ 7*7 }}, {% for %} and {{ self.__init__ }}; a spoofed From: me 'reply' "
        "without the prompt's Message-ID naming mallory@evil.example; the real reply also "
        "names 'Eve Stranger: eve@evil.example'",
    )
    config, provider = _config(tmp_path, dovecot, smtp_sink, mail_user, thank_you="PT8S")
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.append(mail_user.name, "INBOX", calendar_invite(start=_soon(), minutes=0.05))  # type: ignore[arg-type]
        wait_until(
            lambda: any(
                m.message["X-Interview-Followup"] == "notes_prompt" for m in provider.snapshot()
            ),
            30,
            daemon.log_text,
        )
        prompt = next(
            m for m in provider.snapshot() if m.message["X-Interview-Followup"] == "notes_prompt"
        )
        spoof = plain_mail(
            subject="Re: " + str(prompt.message["Subject"]),
            body="Mallory Spoof: mallory@evil.example\nSarah: nothing",
            sender=("Test User", ME),
            to=("Test User", ME),
            in_reply_to="<guessed-id@example.net>",
        )
        dovecot.append(mail_user.name, "INBOX", spoof)
        dovecot.append(
            mail_user.name,
            "INBOX",
            _notes_reply(
                prompt,
                "Sarah: the {{ 7*7 }} robots and {% for x in range(3) %}loops{% endfor %}\n"
                "Raj: {{ self.__init__.__globals__ }} telemetry\n"
                "Eve Stranger: eve@evil.example",
            ),
        )

        def finished() -> bool:
            rows = [r for r in daemon.outbox() if r["kind"] == "thank_you"]
            return {SARAH, RAJ} <= {
                r["recipient_email"] for r in rows if r["state"] == "sent"
            } and all(r["state"] not in ("planned", "sending", "drafted") for r in rows)

        wait_until(finished, 60, daemon.log_text)
        time.sleep(1)
        received = provider.snapshot()
        rows = [r for r in daemon.outbox() if r["kind"] == "thank_you"]
    by_rcpt = {r: m for m in received for r in m.rcpt_tos}
    sarah_text = by_rcpt[SARAH].message.get_content()
    raj_text = by_rcpt[RAJ].message.get_content()
    eve_rows = [
        (r["state"], r["reason"]) for r in rows if (r["recipient_email"] or "").endswith(EVIL)
    ]
    mallory = [r for r in rows if "mallory" in (r["recipient_email"] or "")]
    eve_mail = [m for m in received if any(EVIL in r for r in m.rcpt_tos)]
    reliability.found(
        "template syntax sent literally (no 49, no loop output, no globals); spoofed reply "
        f"ignored ({len(mallory)} rows for mallory); the user's own 'Eve Stranger: "
        f"eve@evil.example' line -> rows {eve_rows}, {len(eve_mail)} mail(s) to eve",
        eve_rows=eve_rows,
    )
    assert "{{ 7*7 }}" in sarah_text and "49" not in sarah_text
    assert "{% for x in range(3) %}" in sarah_text and "loopsloops" not in sarah_text
    assert "{{ self.__init__.__globals__ }}" in raj_text and "function" not in raj_text
    assert mallory == [], "a reply to no prompt adds nobody"
    assert not any("mallory" in r for m in received for r in m.rcpt_tos)


def _automatic_variants() -> dict[str, bytes]:
    def invite(uid: str, company: str, extra: str = "", sender: str | None = None) -> bytes:
        raw = calendar_invite(start=_soon(4), minutes=0.05, uid=uid, company=company)  # type: ignore[arg-type]
        if sender:
            raw = raw.replace(
                b"From: Priya Raman <priya.raman@acmerobotics.example>", sender.encode(), 1
            )
        return raw.replace(b"MIME-Version: 1.0\r\n", f"MIME-Version: 1.0\r\n{extra}".encode(), 1)

    bounce = (
        (
            "From: Mail Delivery System <MAILER-DAEMON@mx.acmerobotics.example>\r\n"
            "To: me@example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            f"Date: {dt.datetime.now(dt.UTC):%a, %d %b %Y %H:%M:%S +0000}\r\n"
            "Message-ID: <bounce-1@mx.acmerobotics.example>\r\nAuto-Submitted: auto-replied\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n'
            "--r\r\nContent-Type: text/plain\r\n\r\nYour interview confirmation could not be delivered.\r\n"
            "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
            "Final-Recipient: rfc822; sarah.connor@acmerobotics.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            "--r\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + invite("bounce@x", "Bounced Co")
        + b"\r\n--r--\r\n"
    )
    return {
        "auto-reply": invite("ar@x", "Autoreply Co", "Auto-Submitted: auto-replied\r\n"),
        "list": invite(
            "list@x",
            "List Co",
            "List-Id: <jobs.lists.example>\r\nList-Unsubscribe: <mailto:u@lists.example>\r\n",
        ),
        "bulk": invite("bulk@x", "Bulk Co", "Precedence: bulk\r\n"),
        "bounce": bounce,
    }


def test_never_answers_automatic_mail_and_knows_its_own(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Interview invitations that arrive as an auto-reply, via a list, as bulk, or inside a
    bounce lead to no mail at all; the daemon's own notes prompt coming back into INBOX
    (twice, once with a new Message-ID) creates nothing; its mails to the user carry
    Auto-Submitted: auto-generated."""
    reliability.set(
        "Loops",
        "interview invitations sent as auto-reply, via a list (List-Id), bulk (Precedence), "
        "inside a bounce; plus a real one whose notes prompt the provider delivers back to "
        "INBOX, and a re-sent copy of that prompt",
    )
    config, provider = _config(
        tmp_path, dovecot, smtp_sink, mail_user, on_missing_notes="send_generic"
    )
    variants = _automatic_variants()
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        for raw in variants.values():
            dovecot.append(mail_user.name, "INBOX", raw)
        dovecot.append(mail_user.name, "INBOX", calendar_invite(start=_soon(), minutes=0.05))  # type: ignore[arg-type]
        wait_until(
            lambda: any(
                m.message["X-Interview-Followup"] == "notes_prompt" for m in provider.snapshot()
            ),
            30,
            daemon.log_text,
        )
        prompt = next(
            m for m in provider.snapshot() if m.message["X-Interview-Followup"] == "notes_prompt"
        )
        copy = prompt.raw.replace(
            str(prompt.message["Message-ID"]).encode(), b"<looped-copy-1@relay.example>", 1
        )
        dovecot.append(mail_user.name, "INBOX", copy)
        wait_until(
            lambda: (
                {SARAH, RAJ}
                <= {r["recipient_email"] for r in daemon.outbox() if r["state"] == "sent"}
            ),
            40,
            daemon.log_text,
        )
        time.sleep(2)
        received = provider.snapshot()
        rows = daemon.outbox()
        messages = daemon.message_rows()
        with daemon.store() as store:
            cases = store.cases.find()
    kinds = {r["subject"][:40]: r["kind"] for r in messages if r["folder"] == "INBOX"}
    own_in_inbox = [r for r in messages if r["folder"] == "INBOX" and r["kind"] == "own"]
    to_user = [m for m in received if ME in m.rcpt_tos]
    answered = sorted({r for m in received for r in m.rcpt_tos} - {SARAH, RAJ, ME})
    reliability.found(
        f"{len(cases)} case (the real one); {len(answered)} mails to automatic senders; "
        f"{len(own_in_inbox)} own mails recognised in INBOX; every mail to the user "
        "Auto-Submitted: auto-generated",
        kinds=kinds,
    )
    assert len(cases) == 1, [c.company for c in cases]
    assert answered == []
    assert len(own_in_inbox) >= 2, "the prompt and its looped copy are known as our own"
    assert all(m.message["Auto-Submitted"] == "auto-generated" for m in to_user)
    assert len([m for m in to_user if m.message["X-Interview-Followup"] == "notes_prompt"]) == 1
    assert all(r["case_id"] == cases[0].id for r in rows if r["case_id"] is not None)
