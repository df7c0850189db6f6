"""Building outgoing mail: the right headers, and no way to inject more."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest

from daemon.compose import Draft
from daemon.mailwriter import Sender, in_users_name, new_message_id, to_user

ME = Sender("Jordan Lee", "jordan@example.net")
WHEN = dt.datetime(2026, 3, 9, 9, 30, tzinfo=dt.UTC)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def test_mail_to_user_is_marked_automatic() -> None:
    """Mail to the user carries Auto-Submitted and our own header (RFC 3834)."""
    msg = parse(
        to_user(
            ME,
            Draft("Notes?", "How did it go?"),
            kind="notes_prompt",
            message_id="x@example.net",
            date=WHEN,
        )
    )
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Interview-Followup"] == "notes_prompt"
    assert msg["To"].addresses[0].addr_spec == "jordan@example.net"


def test_thank_you_is_plain_personal_mail() -> None:
    """A thank-you has no automation headers and threads to the interviewer's message."""
    msg = parse(
        in_users_name(
            ME,
            "Sarah Connor",
            "sarah@acme.example",
            Draft("Thank you", "Hi"),
            message_id=new_message_id(ME, "thanks"),
            date=WHEN,
            references=["orig@acme.example"],
        )
    )
    assert msg["Auto-Submitted"] is None
    assert msg["X-Interview-Followup"] is None
    assert msg["In-Reply-To"] == "<orig@acme.example>"
    assert msg["Message-ID"].endswith("@example.net>")
    assert msg["From"].addresses[0].display_name == "Jordan Lee"


@pytest.mark.parametrize(
    "evil",
    [
        "Sarah\r\nBcc: evil@attacker.example",
        "Sarah\nBcc: evil@attacker.example",
        "Sarah\x00Bcc: x@y",
        "=?utf-8?q?Sarah=0D=0ABcc:_evil@attacker.example?=",
    ],
)
def test_names_and_subjects_cannot_inject_headers(evil: str) -> None:
    """CR/LF, NUL or encoded-word tricks in names and subjects never add headers."""
    raw = in_users_name(
        ME, evil, "sarah@acme.example", Draft(evil, "body"), message_id="m@example.net", date=WHEN
    )
    msg = parse(raw)
    assert msg["Bcc"] is None
    assert b"\r\nBcc:" not in raw and b"\nBcc:" not in raw
    assert [a.addr_spec for a in msg["To"].addresses] == ["sarah@acme.example"]


def test_message_ids_are_unique_and_on_users_domain() -> None:
    """Message-IDs are fresh and on the user's domain."""
    ids = {new_message_id(ME, "thanks") for _ in range(100)}
    assert len(ids) == 100
    assert all(i.endswith("@example.net") for i in ids)
