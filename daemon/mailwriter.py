"""Building the RFC 5322 messages the daemon sends. Pure: text in, bytes out.

Two sorts of mail leave the daemon:

- mail *to the user* (notes prompts, reminders, notices, digests): From and To are the
  user, ``Auto-Submitted: auto-generated`` (RFC 3834) so no one auto-answers it, and the
  ``X-Interview-Followup`` header so the daemon recognises it when it comes back;
- mail *in the user's name* (thank-yous): an ordinary personal message, no
  Auto-Submitted, no tracking header, threaded to the interviewer's last message.

Header values go through :class:`email.headerregistry.Address` and the ``email``
package's policy, which refuse CR/LF injection; texts are also cleaned by
:func:`daemon.compose.header_safe` before they get here.
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from daemon.compose import Draft, header_safe

OWN_MAIL_HEADER = "X-Interview-Followup"
"""Marks mail the daemon wrote to the user (value: what it is)."""
DRAFT_KEY_HEADER = "X-Interview-Followup-Draft"
"""On drafts only: finds the draft again after the user edited it; removed before sending."""


@dataclass(frozen=True, slots=True)
class Sender:
    """The user, as mail from them is addressed."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        """The domain Message-IDs are made on."""
        return self.email.rsplit("@", 1)[-1] if "@" in self.email else "localhost"


def new_message_id(sender: Sender, kind: str) -> str:
    """A fresh, globally unique Message-ID (without angle brackets)."""
    safe_kind = "".join(c for c in kind if c.isalnum() or c in "-_") or "mail"
    return f"followup.{safe_kind}.{secrets.token_hex(10)}@{sender.domain}"


def plain_header_text(value: str, limit: int = 200) -> str:
    """Header text with RFC 2047 encoded words decoded first, then control characters
    (CR, LF, NUL...) removed: an encoded ``=0D=0A`` must not become a real line break
    when the ``email`` package re-folds the header (CPython gh-121650 on older 3.11)."""
    text = value
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (ValueError, LookupError, UnicodeError):
            text = text.replace("=?", "= ?")
    text = header_safe(text, limit=limit)
    # Anything still looking like an encoded word is defused: it is literal text to us.
    return text.replace("=?", "= ?")


def _address(name: str | None, addr: str) -> Address:
    username, _, domain = addr.partition("@")
    if not username or not domain or any(c in addr for c in '\r\n\x00<>,;" '):
        raise ValueError(f"not a plain address: {addr!r}")
    return Address(display_name=plain_header_text(name or ""), username=username, domain=domain)


def _base(sender: Sender, subject: str, message_id: str, date: dt.datetime) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender.name, sender.email)
    msg["Subject"] = plain_header_text(subject, limit=150)
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = f"<{message_id}>"
    return msg


def to_user(
    sender: Sender,
    draft: Draft,
    *,
    kind: str,
    message_id: str,
    date: dt.datetime,
    references: Sequence[str] = (),
) -> bytes:
    """A message from the daemon to the user themself."""
    msg = _base(sender, draft.subject, message_id, date)
    msg["To"] = _address(sender.name, sender.email)
    msg["Auto-Submitted"] = "auto-generated"
    msg[OWN_MAIL_HEADER] = plain_header_text(kind)
    _thread(msg, references)
    msg.set_content(draft.body, charset="utf-8")
    return _checked(msg, {"to"})


def in_users_name(
    sender: Sender,
    recipient_name: str | None,
    recipient_email: str,
    draft: Draft,
    *,
    message_id: str,
    date: dt.datetime,
    references: Sequence[str] = (),
    draft_key: str | None = None,
) -> bytes:
    """A personal message from the user (a thank-you); with ``draft_key`` for Drafts."""
    msg = _base(sender, draft.subject, message_id, date)
    msg["To"] = _address(recipient_name, recipient_email)
    _thread(msg, references)
    if draft_key:
        msg[DRAFT_KEY_HEADER] = plain_header_text(draft_key)
    msg.set_content(draft.body, charset="utf-8")
    return _checked(msg, {"to"})


_ALLOWED = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "auto-submitted",
        OWN_MAIL_HEADER.lower(),
        DRAFT_KEY_HEADER.lower(),
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)


def _checked(msg: EmailMessage, recipient_headers: set[str]) -> bytes:
    """The bytes, after proving that parsing them back yields exactly the headers and
    recipients we set (defence in depth against header injection)."""
    raw = msg.as_bytes()
    back = email.message_from_bytes(raw, policy=SMTP)
    names = [k.lower() for k in back]
    if set(names) - _ALLOWED or len(names) != len(set(names)):
        raise ValueError(f"refusing to send: unexpected headers {sorted(set(names) - _ALLOWED)}")
    for header in recipient_headers:
        if back.get_all(header, []) != msg.get_all(header, []):
            raise ValueError(f"refusing to send: the {header} header changed when written")
    return raw


def _thread(msg: EmailMessage, references: Sequence[str]) -> None:
    refs = [r for r in references if r]
    if refs:
        # RFC 5322 §3.6.4: In-Reply-To names the parent, References the chain.
        msg["In-Reply-To"] = f"<{refs[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in refs[-10:])
