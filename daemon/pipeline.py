"""From fetched bytes to stored facts: the one path every message takes.

``analyse`` is pure and runs in the watcher's IMAP thread (it only reads the bytes);
``apply`` runs on the event loop and is the only place that turns results into database
writes (messages now; cases, plans and outbox rows as later stages slot in).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from daemon import cases, commands
from daemon.clock import Clock
from daemon.logs import get_logger
from daemon.mailbox import FetchedMessage
from daemon.mailwriter import OWN_MAIL_HEADER
from daemon.notes import Notes, parse_notes, strip_reply
from daemon.planner import DIGEST, NOTES_PROMPT, NOTES_REMINDER
from daemon.store import LinkedMessage, MessageRecord, OutboxRow, Outcome, Store
from daemon.understand import Lexicon, header_section_message
from daemon.understand.model import Kind, Person, Understanding

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


@dataclass
class Effects:
    """What a stored batch means for the rest of the daemon (acted on after commit)."""

    cases: set[int] = field(default_factory=set)
    """Cases that changed: their outbox rows are re-planned."""
    notes_for_rounds: set[int] = field(default_factory=set)
    """Rounds whose notes came in: their thank-yous can be composed now."""
    sent_seen: set[str] = field(default_factory=set)
    """Message-IDs of our own mail seen (in Sent, or in the inbox for mail to the user)."""
    filed_seen: set[str] = field(default_factory=set)
    """Those of ``sent_seen`` seen in the Sent folder: only there is a copy the
    provider's filing (what ``save_sent: auto`` learns from)."""


@dataclass(frozen=True, slots=True)
class CasePolicy:
    """Per-account facts that case matching needs."""

    own_addresses: frozenset[str]
    excluded_domains: frozenset[str]
    """Freemail, ATS and scheduling-tool domains: they say nothing about the company."""
    call_after: dt.timedelta = dt.timedelta(days=3)
    """How long "called, waiting" waits before checking again."""
    relay_domains: frozenset[str] = frozenset()
    """Application systems' domains: a Reply-To there (other than the sender's own
    address) is a relay for the case's thread (see :func:`cases.relay_addresses`)."""
    lexicon: Lexicon | None = field(default=None, hash=False, compare=False)
    """The configured lexicon: the user's own relay and no-reply shapes count too (it
    holds dicts, so it takes no part in the policy's hash or equality)."""

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

    def stranger_domain(self, address: str | None) -> str | None:
        """:meth:`company_domain`, unless the user's own address is there too: when the
        company is the user's employer, a colleague's mail is no answer by its domain."""
        domain = self.company_domain(address)
        if domain is None or any(cases.email_domain(a) == domain for a in self.own_addresses):
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
    if "=?" not in value:
        # No encoded word: the decoder would hand the text back as it is.
        return value.strip() or None
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


def _field(parsed: Message, name: str) -> str | None:
    """A header value as text: compat32 returns ``email.header.Header`` objects (not str)
    for values holding raw 8-bit bytes, which made such messages fail as unreadable."""
    value = parsed.get(name)
    return None if value is None else str(value)


def analyse(message: FetchedMessage, analyser: Analyser) -> Analysed:
    """Read the identifying headers and run the classifier; never raises."""
    headers = header_block(message.raw)
    try:
        parsed = header_section_message(headers)
        if parsed is None:
            parsed = BytesHeaderParser(policy=compat32).parsebytes(headers)
        message_id = normalise_message_id(_field(parsed, "Message-ID"))
        own = parsed.get(OWN_MAIL_HEADER) is not None
        subject = _decoded(_field(parsed, "Subject"))
        sender = _decoded(_field(parsed, "From"))
        sent_at: dt.datetime | None = None
        date_header = _field(parsed, "Date")
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
    identified = Analysed(
        uid=message.uid,
        fingerprint=fingerprint(message_id, headers),
        message_id=message_id,
        subject=subject,
        sender=sender,
        sent_at=sent_at,
        understanding=None,
        own=own,
    )
    if own:
        return identified
    try:
        return dataclasses.replace(identified, understanding=analyser(message.raw))
    except Exception as exc:  # noqa: BLE001 - recorded, retried and shown by `status`
        return dataclasses.replace(identified, error=f"{type(exc).__name__}: {exc}")


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
    sent_folder: bool = False,
    filed_folder: bool = False,
) -> Effects:
    """Store a batch of analysed messages and what they change, in one transaction.

    Duplicates (same fingerprint, e.g. after a UIDVALIDITY change) are recorded but never
    applied twice. In the Sent folder, messages are only read for what the user wrote to
    whom (and to confirm our own sends), never as company mail. In the interview folder
    (``filed_folder``) a copy of a message already read in the inbox is read again, as the
    user's word that it is an interview; one that still gives no interview is a failure
    for ``followupd status`` to show, since the user expects a case from it.
    """
    now = clock.now()
    effects = Effects()
    if filed_folder:
        items = [_as_filed(item) for item in items]
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
            if outcome != "processed":
                continue
            try:
                with store.savepoint():
                    _apply_one(
                        store,
                        account,
                        item,
                        policy,
                        now,
                        effects,
                        sent_folder=sent_folder,
                        filed_folder=filed_folder,
                    )
            except Exception as exc:  # noqa: BLE001 - one bad message must not stop the folder
                # Its writes were rolled back; it is recorded as failed, retried a bounded
                # number of times and shown by `followupd status`.
                records[-1] = dataclasses.replace(
                    records[-1], outcome="failed", error=f"{type(exc).__name__}: {exc}"
                )
                get_logger(account=account, message_id=item.message_id).error(
                    "message.apply_failed", error=f"{type(exc).__name__}: {exc}"
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
    return effects


def _may_answer(u: Understanding) -> bool:
    """Whether :func:`cases.decide` could take ``u`` for the company answering (a reply, or
    an absence with a return date); bulk and other automatic mail never is."""
    if u.kind is Kind.AUTO_REPLY:
        return u.return_date is not None
    return u.kind is not Kind.BULK and not u.automated


_CASE_KIND_NAMES = frozenset(str(k) for k in _CASE_KINDS)


def _read_already(readings: Sequence[tuple[cases.Stage, str | None]]) -> bool:
    """Whether a filed message's links (:meth:`CaseStore.linked_readings`) show it read into
    a case that has ended, or read as an interview, cancellation or outcome (so its reading
    cannot be new)."""
    return any(stage in cases.CLOSED_STAGES or kind in _CASE_KIND_NAMES for stage, kind in readings)


def _as_filed(item: Analysed) -> Analysed:
    u = item.understanding
    error = item.error
    if error is None and u is not None and u.kind not in _CASE_KINDS:
        error = f"filed as an interview, but read as {u.kind}: {u.reasons[-1] if u.reasons else ''}"
    return dataclasses.replace(item, fingerprint="filed:" + item.fingerprint, error=error)


def _apply_one(
    store: Store,
    account: str,
    item: Analysed,
    policy: CasePolicy,
    now: dt.datetime,
    effects: Effects,
    *,
    sent_folder: bool,
    filed_folder: bool,
) -> None:
    if sent_folder or item.own:
        _outgoing(store, account, item, policy, now, effects, sent_folder=sent_folder)
        return
    u = item.understanding
    if u is None:
        return
    if _digest_reply(store, account, item, u, policy, now, effects):
        return
    if _notes_reply(store, account, item, u, policy, now, effects):
        return
    case_id = _apply_to_cases(
        store, account=account, item=item, u=u, policy=policy, now=now, filed=filed_folder
    )
    if case_id is not None:
        effects.cases.add(case_id)


def _outgoing(
    store: Store,
    account: str,
    item: Analysed,
    policy: CasePolicy,
    now: dt.datetime,
    effects: Effects,
    *,
    sent_folder: bool,
) -> None:
    """A message the user (or the daemon) sent: remember who was written to."""
    if item.message_id and store.outbox.by_message_id(item.message_id) is not None:
        effects.sent_seen.add(item.message_id)
        if sent_folder:
            effects.filed_seen.add(item.message_id)
        return
    if item.own or item.understanding is None:
        return
    recipients = [
        p.email.lower()
        for p in item.understanding.recipients
        if p.email and p.email.lower() not in policy.own_addresses
    ]
    if recipients and item.message_id:
        store.outbox.record_user_sent(account, item.message_id, recipients, item.sent_at or now)


def _answered(
    store: Store, u: Understanding, policy: CasePolicy, kinds: tuple[str, ...]
) -> OutboxRow | None:
    """The mail of ours (of ``kinds``) that this message from the user answers, found by
    its thread headers: the unguessable Message-ID is what makes it the user's answer."""
    sender = (u.sender.email or "").lower() if u.sender else ""
    if sender not in policy.own_addresses:
        return None
    for ref in (*u.thread.in_reply_to, *reversed(u.thread.references)):
        candidate = store.outbox.by_message_id(ref)
        if candidate is not None and candidate.kind in kinds:
            return candidate
    return None


def _notes_reply(
    store: Store,
    account: str,
    item: Analysed,
    u: Understanding,
    policy: CasePolicy,
    now: dt.datetime,
    effects: Effects,
) -> bool:
    """The user's answer to a notes prompt: store the notes. True when it was one."""
    row = _answered(store, u, policy, (NOTES_PROMPT, NOTES_REMINDER))
    if row is None or row.round_id is None or row.case_id is None:
        return False
    interviewers = store.cases.round_interviewers(row.round_id)
    text = strip_reply(u.body_text)
    notes = parse_notes(text, interviewers)
    store_notes(store, row.round_id, notes, source=f"reply {item.message_id}", now=now)
    store.cases.event(
        row.case_id,
        now,
        "notes received",
        f"{len(notes.topics)} topic(s)"
        + (f"; {'; '.join(notes.problems)}" if notes.problems else ""),
    )
    get_logger(account=account, case=row.case_id).info(
        "notes.received", round=row.round_id, topics=len(notes.topics), contacts=len(notes.contacts)
    )
    effects.cases.add(row.case_id)
    effects.notes_for_rounds.add(row.round_id)
    return True


def _digest_reply(
    store: Store,
    account: str,
    item: Analysed,
    u: Understanding,
    policy: CasePolicy,
    now: dt.datetime,
    effects: Effects,
) -> bool:
    """The user's answer to a call digest ("done Acme", "snooze Acme 2d"). True if one."""
    if _answered(store, u, policy, (DIGEST,)) is None:
        return False
    open_cases = [c for c in store.cases.find(account) if c.stage not in cases.CLOSED_STAGES]
    parsed = commands.parse(strip_reply(u.body_text), open_cases, default_snooze=policy.call_after)
    log = get_logger(account=account, message_id=item.message_id)
    for command in parsed.commands:
        outcome = commands.apply(store, command, now, call_after=policy.call_after)
        effects.cases.add(command.case_id)
        log.info("digest.reply", command=command.verb, case=command.case_id, result=outcome)
    for problem in parsed.problems:
        log.warning("digest.reply_not_understood", problem=problem)
    return True


def store_notes(
    store: Store, round_id: int, notes: Notes, *, source: str, now: dt.datetime
) -> None:
    """Save parsed notes and the contact details the user supplied with them."""
    for contact in notes.contacts:
        if contact.matches is None and not _plausible_new_person(contact.name, contact.email):
            # Someone new joins the case (and may get mail) only when written as a full
            # name with an address ("Sarah Connor <sarah@acme.com>"): a signature line
            # such as "Email: jo@home.example" must not become a recipient.
            continue
        store.cases.update_interviewer(
            round_id,
            contact.matches,
            Person(name=contact.name, email=contact.email, title=contact.title),
        )
    people = store.cases.round_interviewers(round_id)
    topics = []
    for note in notes.topics:
        person = _current(note.person, people)
        key = (person.email or "").lower() or "name:" + (person.name or "").lower()
        topics.append((key, person, note.topic))
    store.outbox.save_notes(
        round_id,
        topics=topics,
        everyone=notes.everyone,
        gut=notes.gut,
        idea=notes.idea,
        unmatched="\n".join(notes.unmatched) or None,
        source=source,
        now=now,
    )


def _excerpt(text: str, limit: int = 280) -> str | None:
    """The first words of a message's own text (quotes and signature removed)."""
    own = " ".join(strip_reply(text[:20000]).split())
    if not own:
        return None
    return own if len(own) <= limit else own[: limit - 1].rsplit(" ", 1)[0] + "…"


_NOT_NAMES = frozenset(
    {"email", "e-mail", "mail", "phone", "tel", "mobile", "address", "web", "website", "cc"}
)


def _plausible_new_person(name: str | None, email: str | None) -> bool:
    words = (name or "").replace(".", " ").split()
    return (
        bool(email)
        and len(words) >= 2
        and all(w[:1].isalpha() for w in words)
        and not any(w.lower().strip(":") in _NOT_NAMES for w in words)
    )


def _current(person: Person, people: Sequence[Person]) -> Person:
    """The stored version of ``person`` (after contact updates filled in its address):
    the same address, else the one person with exactly the same name; never a partial
    match ("Dan" is not "Daniela")."""
    if person.email:
        for candidate in people:
            if candidate.email and candidate.email.lower() == person.email.lower():
                return candidate
    if person.name:
        key = " ".join(person.name.lower().split())
        same = [c for c in people if c.name and " ".join(c.name.lower().split()) == key]
        if len(same) == 1:
            return same[0]
    return person


def _apply_to_cases(
    store: Store,
    *,
    account: str,
    item: Analysed,
    u: Understanding,
    policy: CasePolicy,
    now: dt.datetime,
    filed: bool,
) -> int | None:
    refs = cases.thread_refs(u)
    sender_email = u.sender.email if u.sender else None
    sender_domain = policy.company_domain(sender_email)
    addresses = cases.answer_addresses(u)
    if (
        u.kind not in _CASE_KINDS
        and not (refs and store.cases.thread_case_ids(account, refs))
        # A reply through an application system's relay often has no thread headers.
        and not store.cases.address_case_ids(account, addresses)
        # Nor does a new message from an interviewer, the recruiter or the company.
        and not (
            _may_answer(u)
            and store.cases.people_case_ids(
                account, addresses, policy.stranger_domain(sender_email)
            )
        )
    ):
        return None  # the common case while scanning: unrelated mail costs indexed lookups
    readings = store.cases.linked_readings(account, item.message_id) if item.message_id else []
    if readings and not filed:
        # Read already, through the copy the user filed in the interview folder: the mail
        # that booked the interview must not come back as the company's reply to it.
        return None
    if filed and _read_already(readings):
        # Its inbox copy was read as a fact about the process, or its case has ended: the
        # filing adds nothing, and must not open the process again after an outcome.
        get_logger(account=account, message_id=item.message_id).info(
            "case.filed_already_read", action="nothing to add"
        )
        return None
    uid = u.interview.uid if u.interview else None
    candidates = store.cases.candidates(account, refs, uid)
    change = cases.decide(u, candidates, now, sender_domain=sender_domain)
    case_id = store.cases.apply(account, change, now)
    log = get_logger(account=account, message_id=item.message_id)
    log.info("case.change", change=type(change).__name__, case=case_id, reason=change.reason)
    if case_id is None:
        return None
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
                excerpt=_excerpt(u.body_text),
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
    store.cases.add_thread_addresses(
        case_id, cases.relay_addresses(u, policy.relay_domains, policy.lexicon), now
    )
    if u.phones:
        store.cases.add_phones(case_id, u.phones, item.subject or item.message_id or "", now)
    return case_id
