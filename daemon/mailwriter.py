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
import email.utils
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
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


def _address(name: str | None, addr: str) -> Address:
    username, _, domain = addr.partition("@")
    return Address(
        display_name=header_safe(name or "", limit=200), username=username, domain=domain
    )


def _base(sender: Sender, subject: str, message_id: str, date: dt.datetime) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender.name, sender.email)
    msg["Subject"] = header_safe(subject)
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
    msg[OWN_MAIL_HEADER] = header_safe(kind)
    _thread(msg, references)
    msg.set_content(draft.body, charset="utf-8")
    return msg.as_bytes()


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
        msg[DRAFT_KEY_HEADER] = draft_key
    msg.set_content(draft.body, charset="utf-8")
    return msg.as_bytes()


def _thread(msg: EmailMessage, references: Sequence[str]) -> None:
    refs = [r for r in references if r]
    if refs:
        # RFC 5322 §3.6.4: In-Reply-To names the parent, References the chain.
        msg["In-Reply-To"] = f"<{refs[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in refs[-10:])
