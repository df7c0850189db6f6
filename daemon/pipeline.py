"""From fetched bytes to stored facts: the one path every message takes.

``analyse`` is pure and runs in the watcher's IMAP thread (it only reads the bytes);
``apply`` runs on the event loop and is the only place that turns results into database
writes (messages now; cases, plans and outbox rows as later stages slot in).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32

from daemon.clock import Clock
from daemon.mailbox import FetchedMessage
from daemon.store import MessageRecord, Outcome, Store
from daemon.understand.model import Understanding

Analyser = Callable[[bytes], Understanding]


@dataclass(frozen=True, slots=True)
class Analysed:
    """One message after analysis, before it is stored."""

    uid: int
    fingerprint: str
    message_id: str | None
    subject: str | None
    sender: str | None
    sent_at: dt.datetime | None
    understanding: Understanding | None
    error: str | None = None


def header_block(raw: bytes) -> bytes:
    """The header section of a message (up to the first empty line)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        index = raw.find(sep)
        if index != -1:
            return raw[: index + len(sep)]
    return raw


def fingerprint(message_id: str | None, headers: bytes) -> str:
    """A stable identity for de-duplication: the Message-ID, else a hash of the headers."""
    if message_id:
        return "mid:" + message_id
    return "sha256:" + hashlib.sha256(headers).hexdigest()


def _decoded(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return str(make_header(decode_header(value))).strip() or None
    except (ValueError, LookupError, UnicodeError):
        return value.strip() or None


def normalise_message_id(value: str | None) -> str | None:
    """``<abc@x>`` → ``abc@x``; None for empty values."""
    if not value:
        return None
    text = value.strip().split()[0] if value.strip() else ""
    text = text.strip("<>").strip()
    return text or None


def analyse(message: FetchedMessage, analyser: Analyser) -> Analysed:
    """Read the identifying headers and run the classifier; never raises."""
    headers = header_block(message.raw)
    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(headers)
        message_id = normalise_message_id(parsed.get("Message-ID"))
        subject = _decoded(parsed.get("Subject"))
        sender = _decoded(parsed.get("From"))
        sent_at: dt.datetime | None = None
        date_header = parsed.get("Date")
        if date_header:
            try:
                sent_at = email.utils.parsedate_to_datetime(date_header)
                if sent_at.tzinfo is None:
                    sent_at = sent_at.replace(tzinfo=dt.UTC)
            except (TypeError, ValueError, IndexError):
                sent_at = None
    except Exception as exc:  # noqa: BLE001 - broken headers must not stop the folder
        return Analysed(
            uid=message.uid,
            fingerprint=fingerprint(None, headers),
            message_id=None,
            subject=None,
            sender=None,
            sent_at=None,
            understanding=None,
            error=f"unreadable headers: {type(exc).__name__}: {exc}",
        )
    understanding: Understanding | None = None
    error: str | None = None
    try:
        understanding = analyser(message.raw)
    except Exception as exc:  # noqa: BLE001 - recorded, retried and shown by `status`
        error = f"{type(exc).__name__}: {exc}"
    return Analysed(
        uid=message.uid,
        fingerprint=fingerprint(message_id, headers),
        message_id=message_id,
        subject=subject,
        sender=sender,
        sent_at=sent_at,
        understanding=understanding,
        error=error,
    )


def apply(
    store: Store,
    clock: Clock,
    *,
    account: str,
    folder: str,
    uidvalidity: int,
    items: Sequence[Analysed],
    highest_uid: int,
    max_attempts: int,
) -> list[MessageRecord]:
    """Store a batch of analysed messages; duplicates (same fingerprint) are not re-processed."""
    known = store.known_fingerprints(account, [i.fingerprint for i in items])
    records: list[MessageRecord] = []
    for item in items:
        outcome: Outcome
        if item.error is not None:
            outcome = "failed"
        elif item.fingerprint in known:
            outcome = "duplicate"
        else:
            outcome = "processed"
            known.add(item.fingerprint)
        records.append(
            MessageRecord(
                uid=item.uid,
                fingerprint=item.fingerprint,
                outcome=outcome,
                message_id=item.message_id,
                subject=item.subject,
                sender=item.sender,
                sent_at=item.sent_at,
                kind=str(item.understanding.kind) if item.understanding else None,
                error=item.error,
            )
        )
    store.record_messages(
        account,
        folder,
        uidvalidity,
        records,
        highest_uid=highest_uid,
        now=clock.now(),
        max_attempts=max_attempts,
    )
    return records
