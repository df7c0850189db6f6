"""SMTP faults while thank-yous go out: retried or surfaced, never lost, never doubled.

One interview with two interviewers (Sarah, Raj) per test: a notes prompt to the user and
two thank-yous, sent by the real daemon through the SMTP sink with scripted failures.
"""

from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.integration.harness import DaemonProcess, wait_until
from tests.integration.mail import calendar_invite
from tests.reliability.support import (
    ME,
    ProviderFiling,
    Recorder,
    configure,
    events,
    provider_files_mail,
    running,
)
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import ReceivedMessage, SmtpSink

pytestmark = [pytest.mark.reliability, pytest.mark.integration]

SARAH = "sarah.connor@acmerobotics.example"
RAJ = "raj.patel@acmerobotics.example"


def _setup(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    user: MailUser,
    *,
    filing: bool = True,
    **follow_up: Any,
) -> tuple[Path, ProviderFiling | None]:
    provider = provider_files_mail(dovecot, user) if filing else None
    smtp_sink.file_accepted_mail(provider)
    config = configure(
        tmp_path,
        dovecot,
        user,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
        account={
            "smtp": {"timeout": "2s"},
            "follow_up": {
                "notes_delay": "1s",
                "thank_you": "PT4S",
                "review": "none",
                "on_missing_notes": "send_generic",
                "save_sent": "never" if filing else "always",
                "retry_delay": "1s",
                **follow_up,
            },
        },
    )
    return config, provider


def _book(dovecot: Dovecot, user: MailUser) -> None:
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
    dovecot.append(user.name, "INBOX", calendar_invite(start=start, minutes=0.05))  # type: ignore[arg-type]


def _delivered(messages: list[ReceivedMessage]) -> collections.Counter[str]:
    return collections.Counter(r for m in messages for r in m.rcpt_tos)


def _states(daemon: DaemonProcess) -> dict[str, str]:
    return {
        r["recipient_email"]: r["state"]
        for r in daemon.outbox()
        if r["kind"] == "thank_you" and r["recipient_email"]
    }


def test_4xx_on_rcpt_and_data_and_5xx(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """450 twice on Sarah's RCPT and 451 once on DATA are retried to one delivery each;
    550 on Raj's RCPT fails that row and tells the user; nothing is sent twice."""
    reliability.set(
        "SMTP",
        "450 on RCPT (x2, Sarah), 451 on DATA (x1, first message), 550 on RCPT (Raj)",
    )
    config, provider = _setup(tmp_path, dovecot, smtp_sink, mail_user)
    assert provider is not None
    smtp_sink.fail_next("rcpt", "450 4.2.1 mailbox busy, try later", times=2, match="sarah")
    smtp_sink.fail_next("data", "451 4.3.0 local problem, try later", times=1)
    smtp_sink.fail_next("rcpt", "550 5.1.1 no such user", times=1, match="raj")
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        _book(dovecot, mail_user)
        wait_until(lambda: _states(daemon) == {SARAH: "sent", RAJ: "failed"}, 60, daemon.log_text)
        wait_until(
            lambda: any(
                "not" in str(m.message["Subject"]).lower()
                for m in provider.snapshot()
                if m.message["X-Interview-Followup"] == "notice"
            ),
            30,
            lambda: str([str(m.message["Subject"]) for m in provider.snapshot()]),
        )
        retries = len(events(daemon, "outbox.retry"))
        delivered = _delivered(provider.snapshot())
        prompt_rows = [r for r in daemon.outbox() if r["kind"] == "notes_prompt"]
    assert delivered[SARAH] == 1 and delivered[RAJ] == 0
    assert [r["state"] for r in prompt_rows] == ["sent"]
    assert (
        len([m for m in provider.snapshot() if m.message["X-Interview-Followup"] == "notes_prompt"])
        == 1
    )
    reliability.found(
        f"{retries} retries with backoff; Sarah's thank-you delivered once, the notes prompt "
        "(hit by the 451) delivered once; Raj's row 'failed' with the 550 text and the user "
        "got a notice",
        retries=retries,
    )


def test_timeouts_on_rcpt_and_during_data(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """A server slower than the 2 s client timeout, first at RCPT (nothing sent: retried)
    then during DATA (delivery unknown: resolved by the Sent check before any resend)."""
    reliability.set(
        "SMTP",
        "server stalls 4 s (> 2 s timeout) at RCPT, later at DATA (the message was not "
        "taken: the handler is abandoned)",
    )
    config, provider = _setup(tmp_path, dovecot, smtp_sink, mail_user)
    assert provider is not None
    smtp_sink.set_delay("rcpt", 4)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        _book(dovecot, mail_user)
        wait_until(
            lambda: any(
                "RCPT" in str(e) or "imed out" in str(e) for e in events(daemon, "outbox.retry")
            ),
            30,
            daemon.log_text,
        )
        smtp_sink.set_delay("rcpt", 0)
        smtp_sink.set_delay("data", 4)
        daemon.wait_for_event("outbox.delivery_unknown", timeout=40)
        smtp_sink.set_delay("data", 0)
        wait_until(lambda: set(_states(daemon).values()) == {"sent"}, 90, daemon.log_text)
        wait_until(
            lambda: all(
                r["state"] == "sent" for r in daemon.outbox() if r["kind"] == "notes_prompt"
            ),
            30,
            daemon.log_text,
        )
        unknown = len(events(daemon, "outbox.delivery_unknown"))
        resolved = [
            e.get("event")
            for e in daemon.log_events()
            if str(e.get("event", "")).startswith("outbox.resolved")
        ]
        delivered = _delivered(provider.snapshot())
    assert delivered[SARAH] == 1 and delivered[RAJ] == 1 and delivered[ME] >= 1
    assert all(n == 1 for a, n in delivered.items() if a != ME)
    reliability.found(
        f"RCPT timeout retried; {unknown} DATA timeout(s) became 'delivery unknown', "
        f"resolved as {resolved or ['(confirmed by the Sent watcher)']}; each mail delivered once",
    )


def test_cut_after_data_with_provider_filing(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """The server takes the message and the link dies before its 250 (the ambiguous case):
    the provider filed it in Sent, so the daemon counts it sent and never sends it again."""
    reliability.set(
        "SMTP",
        "connection cut after DATA, before the reply (drop_after_data_once x3), provider "
        "files sent mail (save_sent: never)",
    )
    config, provider = _setup(tmp_path, dovecot, smtp_sink, mail_user)
    assert provider is not None
    for _ in range(3):
        smtp_sink.drop_after_data_once()
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        _book(dovecot, mail_user)
        wait_until(lambda: _states(daemon) == {SARAH: "sent", RAJ: "sent"}, 60, daemon.log_text)
        wait_until(
            lambda: all(
                r["state"] == "sent" for r in daemon.outbox() if r["kind"] == "notes_prompt"
            ),
            30,
            daemon.log_text,
        )
        unknown = len(events(daemon, "outbox.delivery_unknown"))
        delivered = _delivered(provider.snapshot())
    assert unknown >= 1
    assert delivered == collections.Counter({ME: 1, SARAH: 1, RAJ: 1})
    reliability.found(
        f"{unknown} 'delivery unknown' outcomes, all confirmed from the Sent folder; "
        "prompt and both thank-yous delivered exactly once",
        unknown=unknown,
    )


def test_cut_after_data_without_provider_filing_asks_the_user(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Same cut, but the provider does not file sent mail (save_sent: always): the Sent check
    cannot tell, so the thank-you is parked as 'uncertain' and the user is asked; it is
    never sent a second time on the daemon's own initiative."""
    reliability.set(
        "SMTP",
        "connection cut after DATA of a thank-you, provider does NOT file sent mail "
        "(save_sent: always)",
    )
    config, _ = _setup(tmp_path, dovecot, smtp_sink, mail_user, filing=False)
    smtp_sink.fail_next("rcpt", "450 4.2.1 not yet", times=1, match="raj")  # keep Raj later
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        _book(dovecot, mail_user)
        smtp_sink.wait_for(1, timeout=20)  # the notes prompt
        smtp_sink.drop_after_data_once()  # hits the next DATA: a thank-you
        wait_until(lambda: "uncertain" in _states(daemon).values(), 60, daemon.log_text)
        wait_until(
            lambda: any(
                "may not have arrived" in str(m.message["Subject"]) for m in smtp_sink.messages
            ),
            30,
            lambda: str([str(m.message["Subject"]) for m in smtp_sink.messages]),
        )
        wait_until(
            lambda: sorted(_states(daemon).values()) == ["sent", "uncertain"], 30, daemon.log_text
        )
        delivered = _delivered(smtp_sink.messages)
        states = _states(daemon)
    uncertain = next(a for a, s in states.items() if s == "uncertain")
    assert delivered[uncertain] == 1, "the ambiguous one reached the server once and stays once"
    assert all(delivered[a] == 1 for a in (SARAH, RAJ))
    reliability.found(
        "the cut thank-you was parked 'uncertain' (not re-sent) and the user got a "
        "'may not have arrived' notice with the command to send it; the other delivered once",
    )
