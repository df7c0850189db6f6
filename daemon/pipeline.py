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

from daemon import cases
from daemon.clock import Clock
from daemon.logs import get_logger
from daemon.mailbox import FetchedMessage
from daemon.store import LinkedMessage, MessageRecord, Outcome, Store
from daemon.understand.model import Kind, Understanding

OWN_MAIL_HEADER = "X-Interview-Followup"
"""Set on every message the daemon writes, so that it recognises its own mail coming back."""

_CASE_KINDS = frozenset({Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.OFFER, Kind.REJECTION})

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
    own: bool = False
    """Written by this daemon (carries OWN_MAIL_HEADER): never company mail."""


@dataclass(frozen=True, slots=True)
class CasePolicy:
    """Per-account facts that case matching needs."""

    own_addresses: frozenset[str]
    excluded_domains: frozenset[str]
    """Freemail, ATS and scheduling-tool domains: they say nothing about the company."""

    def company_domain(self, address: str | None) -> str | None:
        """The domain of ``address`` if it can identify a company."""
        domain = cases.email_domain(address)
        if domain is None or (address or "").lower() in self.own_addresses:
            return None
        if domain in self.excluded_domains or any(
            domain.endswith("." + d) for d in self.excluded_domains
        ):
            return None
        return domain


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
        own = parsed.get(OWN_MAIL_HEADER) is not None
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
    if own:
        return Analysed(
            uid=message.uid,
            fingerprint=fingerprint(message_id, headers),
            message_id=message_id,
            subject=subject,
            sender=sender,
            sent_at=sent_at,
            understanding=None,
            own=True,
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
    policy: CasePolicy,
) -> list[MessageRecord]:
    """Store a batch of analysed messages and what they change, in one transaction.

    Duplicates (same fingerprint, e.g. after a UIDVALIDITY change) are recorded but never
    applied to cases twice.
    """
    now = clock.now()
    with store.transaction():
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
            kind = "own" if item.own else None
            if item.understanding is not None:
                kind = str(item.understanding.kind)
            records.append(
                MessageRecord(
                    uid=item.uid,
                    fingerprint=item.fingerprint,
                    outcome=outcome,
                    message_id=item.message_id,
                    subject=item.subject,
                    sender=item.sender,
                    sent_at=item.sent_at,
                    kind=kind,
                    error=item.error,
                )
            )
            if outcome == "processed" and item.understanding is not None:
                _apply_to_cases(
                    store,
                    account=account,
                    item=item,
                    u=item.understanding,
                    policy=policy,
                    now=now,
                )
        store.record_messages(
            account,
            folder,
            uidvalidity,
            records,
            highest_uid=highest_uid,
            now=now,
            max_attempts=max_attempts,
        )
    return records


def _apply_to_cases(
    store: Store,
    *,
    account: str,
    item: Analysed,
    u: Understanding,
    policy: CasePolicy,
    now: dt.datetime,
) -> None:
    refs = cases.thread_refs(u)
    if u.kind not in _CASE_KINDS and not (refs and store.cases.thread_case_ids(account, refs)):
        return  # the common case while scanning: unrelated mail costs one indexed lookup
    uid = u.interview.uid if u.interview else None
    candidates = store.cases.candidates(account, refs, uid)
    sender_email = u.sender.email if u.sender else None
    change = cases.decide(u, candidates, now, sender_domain=policy.company_domain(sender_email))
    case_id = store.cases.apply(account, change, now)
    log = get_logger(account=account, message_id=item.message_id)
    log.info("case.change", change=type(change).__name__, case=case_id, reason=change.reason)
    if case_id is None:
        return
    if item.message_id:
        store.cases.link(
            case_id,
            LinkedMessage(
                message_id=item.message_id,
                direction="in",
                kind=str(u.kind),
                sender=item.sender,
                subject=item.subject,
                sent_at=item.sent_at,
            ),
            now,
        )
    people = list(u.interview.interviewers) if u.interview else []
    if u.interview and u.interview.organizer:
        people.append(u.interview.organizer)
    if u.sender:
        people.append(u.sender)
    domains = {d for p in people if (d := policy.company_domain(p.email)) is not None}
    store.cases.add_domains(case_id, domains)
    if u.phones:
        store.cases.add_phones(case_id, u.phones, item.subject or item.message_id or "", now)
