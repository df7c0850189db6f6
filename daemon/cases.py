"""Cases: what one message means for the user's interview processes. Pure decisions.

A *case* is one application process with one company (or through one agency); it has
*rounds* (each interview, with its time and interviewers). :func:`decide` looks at one
understood message and the cases it could belong to, and returns a :class:`Change` for the
store to apply; it does no I/O and never looks at the clock except through ``now``.

Matching, most certain first (RFC 5545 / RFC 5546 for calendar identity):
1. the calendar UID of a round (an iTIP update or cancellation of the same event);
2. the thread: In-Reply-To/References naming a message already linked to a case;
3. the company: an open case with the same company name, or whose people share the
   sender's (non-freemail, non-ATS) domain;
4. the sender: an address of the case's people, or one of its *thread addresses*: the
   relay addresses of application systems (``reply+8f3a@us.greenhouse-mail.io``) that the
   case's messages gave as Reply-To. A relay carries the company's replies, so a message
   from it is a reply; it is not a person, so nothing is ever sent to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from daemon.understand import Lexicon, in_domains, load_lexicon
from daemon.understand.model import Interview, Kind, Person, Understanding

SAME_TIME = dt.timedelta(minutes=1)
"""Two starts closer than this are the same appointment (clients round differently)."""
AUTOMATIC_LOCAL = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|"
    r"notifications?|auto(mated)?[-_.]?(reply|mail)?|daemon)([-+_.].*)?$",
    re.IGNORECASE,
)


class Stage(StrEnum):
    """Where a case stands."""

    SCHEDULED = "scheduled"
    """An interview round is booked and has not happened yet."""
    INTERVIEWED = "interviewed"
    """The latest round is over; notes and thank-yous follow."""
    WAITING = "waiting"
    """Follow-up done; waiting for the company to answer."""
    REPLIED = "replied"
    """A human from the company answered."""
    CALL_NEEDED = "call_needed"
    """Silence for too long: the user should phone."""
    CANCELLED = "cancelled"
    OFFER = "offer"
    REJECTED = "rejected"
    CLOSED = "closed"
    """Closed by the user."""


CLOSED_STAGES = frozenset({Stage.CANCELLED, Stage.OFFER, Stage.REJECTED, Stage.CLOSED})
"""No mail is ever sent for a case in one of these stages."""


@dataclass(frozen=True, slots=True)
class RoundView:
    """One stored interview round."""

    id: int
    start: dt.datetime
    end: dt.datetime | None
    calendar_uid: str | None
    sequence: int
    cancelled: bool
    interviewers: tuple[Person, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseView:
    """What matching needs to know about a stored case."""

    id: int
    company: str | None
    stage: Stage
    rounds: tuple[RoundView, ...]
    message_ids: frozenset[str]
    domains: frozenset[str]
    """Company domains seen on the case's people (never freemail or ATS domains)."""
    emails: frozenset[str]
    """Every address of the case's people (interviewers, recruiter)."""
    thread_addresses: frozenset[str] = frozenset()
    """Relay addresses the case's messages asked replies to go to (never a person)."""

    @property
    def is_open(self) -> bool:
        """True until an outcome, a cancellation or the user closed it."""
        return self.stage not in CLOSED_STAGES


@dataclass(frozen=True, slots=True)
class RoundData:
    """An interview round as a message describes it."""

    start: dt.datetime
    end: dt.datetime | None
    timezone: str | None
    location: str | None
    meeting_url: str | None
    calendar_uid: str | None
    sequence: int
    interviewers: tuple[Person, ...]


@dataclass(frozen=True, slots=True)
class OpenCase:
    """A new interview process."""

    company: str | None
    role: str | None
    agency: bool
    recruiter: Person | None
    round: RoundData
    reason: str


@dataclass(frozen=True, slots=True)
class AddRound:
    """A further interview round in an existing case."""

    case_id: int
    role: str | None
    round: RoundData
    reason: str


@dataclass(frozen=True, slots=True)
class UpdateRound:
    """New facts about a known round: a reschedule, an iTIP update, a reminder."""

    case_id: int
    round_id: int
    round: RoundData
    rescheduled: bool
    reason: str


@dataclass(frozen=True, slots=True)
class CancelRound:
    """A round was cancelled (METHOD:CANCEL, STATUS:CANCELLED or words)."""

    case_id: int
    round_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class CloseCase:
    """An offer or a rejection: the case is over and nothing more is sent."""

    case_id: int
    stage: Stage
    reason: str


@dataclass(frozen=True, slots=True)
class LinkMessage:
    """The message belongs to a case's thread but changes nothing by itself."""

    case_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class Reply:
    """A person on the company side wrote: the chase stops (no call needed for now)."""

    case_id: int
    person: Person
    deadline: dt.date | None
    """A date they promised a decision by, when they gave one."""
    reason: str
    at: dt.datetime | None = None
    """When they wrote (the Date header); None when unknown. Mail read late (a first
    start's scan, a day down) answers the interview only if written after it."""


@dataclass(frozen=True, slots=True)
class OutOfOffice:
    """Someone of the case is away until a date: the call waits until they are back."""

    case_id: int
    return_date: dt.date
    reason: str


@dataclass(frozen=True, slots=True)
class NoChange:
    """Nothing to record for any case."""

    reason: str


Change = (
    OpenCase
    | AddRound
    | UpdateRound
    | CancelRound
    | CloseCase
    | Reply
    | OutOfOffice
    | LinkMessage
    | NoChange
)


_MACHINE_MADE_OK = frozenset({Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.OFFER, Kind.REJECTION})


def normalise_company(name: str | None) -> str | None:
    """A comparable company key: lower-case, no legal suffixes or punctuation."""
    if not name:
        return None
    text = re.sub(r"[^\w\s&]", " ", name.lower())
    text = re.sub(r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|limited|co|sa|ag|bv|the)\b", " ", text)
    text = " ".join(text.split())
    return text or None


def email_domain(address: str | None) -> str | None:
    """The lower-cased domain of an address."""
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].lower().strip(">") or None


def is_automatic_address(address: str, lexicon: Lexicon | None = None) -> bool:
    """True for no-reply, mailer-daemon and similar addresses: never written to.

    The lexicon's sender patterns are the source of truth (every shipped language, so
    ``ne-pas-repondre`` and ``keine-antwort`` count whatever ``languages`` says, and the
    user's ``lexicon`` files when given); the fixed English pattern stays as a floor, so no
    lexicon can make this guard weaker.
    """
    local = address.split("@", 1)[0].strip().lower()
    if AUTOMATIC_LOCAL.match(local):
        return True
    # load_lexicon() is every shipped language, compiled once per process.
    return any(
        lex.noreply_local.match(local) or lex.system_local.match(local)
        for lex in (load_lexicon(), lexicon)
        if lex is not None
    )


def _on_relay_host(domain: str, hosts: Iterable[str]) -> bool:
    """True when ``domain`` is one of the relay ``hosts`` (``*.x``: a subdomain of x)."""
    for host in hosts:
        if host.startswith("*."):
            if domain.endswith(host[1:]):
                return True
        elif domain == host or domain.endswith("." + host):
            return True
    return False


def is_relay_address(address: str | None, lexicon: Lexicon | None = None) -> bool:
    """True for an address only an application system's relay has: at a relay-only host
    (``us.greenhouse-mail.io``, ``acme@myworkday.com``) or with a relay's local part
    (``reply+8f3a9c2e@``, not at a mail provider: ``jo+reply@gmail.com`` is a person's
    sub-address). A company's own mail domain is not one, even when the company sells an
    application system: ``sarah@rippling.com`` is a person.

    The shipped lexicon's ``senders.relay_domains`` and ``relay_locals`` always count;
    ``lexicon`` (the configured one, with the user's files) adds to them.
    """
    domain = email_domain(address)
    if not address or domain is None:
        return False
    local = address.rsplit("@", 1)[0].strip().strip("<").lower()
    lexicons = [lex for lex in (load_lexicon(), lexicon) if lex is not None]
    # A relay's shape at a mail provider is a person's sub-address (jo+reply@gmail.com).
    freemail = any(in_domains(domain, lex.freemail_domains) for lex in lexicons)
    return any(
        (lex.relay_local.match(local) and not freemail) or _on_relay_host(domain, lex.relay_domains)
        for lex in lexicons
    )


def relay_addresses(
    u: Understanding, ats_domains: Iterable[str], lexicon: Lexicon | None = None
) -> frozenset[str]:
    """The relay addresses a message asks replies to go to (lower-cased): its Reply-To
    addresses of a relay's shape, or at an application system's domain unless they are
    the sender's own (a Rippling recruiter writing from sarah@rippling.com); no-reply
    ones left out."""
    domains = frozenset(ats_domains)
    own = (u.sender.email or "").lower() if u.sender else ""
    found: set[str] = set()
    for p in u.reply_to:
        if not p.email or is_automatic_address(p.email, lexicon):
            continue
        address = p.email.lower()
        if is_relay_address(address, lexicon) or (
            address != own and in_domains(email_domain(address), domains)
        ):
            found.add(address)
    return frozenset(found)


def answer_addresses(u: Understanding) -> frozenset[str]:
    """The addresses a message comes from: From and Reply-To (lower-cased)."""
    return frozenset(p.email.lower() for p in (u.sender, *u.reply_to) if p is not None and p.email)


RELAY = "an application system's relay address, not a person"
"""Why a thread relay or a relay-shaped address is never written to as a person."""


def not_a_person(
    address: str, thread_addresses: Iterable[str], lexicon: Lexicon | None = None
) -> str | None:
    """Why mail must never be sent to ``address`` as to a person (:data:`RELAY`), or None:
    a relay address the case's own thread gave (a Reply-To seen in it), an address of a
    relay's known shape (:func:`is_relay_address`), or any other address at an application
    system's domain. The last may be a vendor's own staff (``sarah@rippling.com``), but it
    may as well be a scheduling assistant with a first name (``olivia@paradox.ai``): the
    thank-you is held and the user told, never sent on a guess."""
    email_addr = address.lower()
    if email_addr in {a.lower() for a in thread_addresses} or is_relay_address(email_addr, lexicon):
        return RELAY
    domain = email_domain(email_addr)
    if any(
        in_domains(domain, lex.ats_domains) for lex in (load_lexicon(), lexicon) if lex is not None
    ):
        return RELAY
    return None


def thread_refs(u: Understanding) -> frozenset[str]:
    """Message-IDs this message refers to (In-Reply-To and References)."""
    return frozenset((*u.thread.in_reply_to, *u.thread.references))


def round_data(interview: Interview) -> RoundData:
    """The round-level facts of an understood interview."""
    return RoundData(
        start=interview.start,
        end=interview.end,
        timezone=interview.timezone,
        location=interview.location,
        meeting_url=interview.meeting_url,
        calendar_uid=interview.uid,
        sequence=interview.sequence,
        interviewers=interview.interviewers,
    )


def _by_uid(uid: str | None, cases: Sequence[CaseView]) -> tuple[CaseView, RoundView] | None:
    if not uid:
        return None
    for case in cases:
        for rnd in case.rounds:
            if rnd.calendar_uid == uid:
                return case, rnd
    return None


def _by_thread(u: Understanding, cases: Sequence[CaseView]) -> CaseView | None:
    refs = thread_refs(u)
    if not refs:
        return None
    matches = [c for c in cases if c.message_ids & refs]
    # Prefer an open case; among several, the newest.
    matches.sort(key=lambda c: (c.is_open, c.id), reverse=True)
    return matches[0] if matches else None


def _by_company(
    company: str | None, sender_domain: str | None, cases: Sequence[CaseView]
) -> CaseView | None:
    key = normalise_company(company)
    open_cases = sorted((c for c in cases if c.is_open), key=lambda c: c.id, reverse=True)
    if key:
        for case in open_cases:
            if normalise_company(case.company) == key:
                return case
    if sender_domain:
        for case in open_cases:
            if sender_domain in case.domains:
                return case
    return None


def _same_time(a: dt.datetime, b: dt.datetime) -> bool:
    return abs(a - b) < SAME_TIME


def _upcoming(case: CaseView, now: dt.datetime) -> list[RoundView]:
    return sorted(
        (r for r in case.rounds if not r.cancelled and (r.end or r.start) > now),
        key=lambda r: r.start,
    )


def decide(
    u: Understanding,
    cases: Sequence[CaseView],
    now: dt.datetime,
    *,
    sender_domain: str | None = None,
) -> Change:
    """What ``u`` changes among ``cases`` (the candidates the store found for it)."""
    if u.kind is Kind.AUTO_REPLY and u.return_date is not None:
        away = _company_side(u, cases, sender_domain)
        if away is not None:
            return OutOfOffice(away.id, u.return_date, "out of office")
    if u.automated and u.kind not in _MACHINE_MADE_OK:
        # RFC 3834: automatic mail is never a reply and never joins a thread by itself.
        # ATS confirmations and rejections are machine-made by nature, so the
        # classifier's kind decides for those.
        return NoChange("automatic message")
    if u.kind is Kind.INTERVIEW and u.interview is not None:
        return _interview(u, u.interview, cases, now, sender_domain)
    if u.kind is Kind.INTERVIEW_CANCELLED:
        return _cancellation(u, cases, now, sender_domain)
    if u.kind in (Kind.OFFER, Kind.REJECTION):
        case = (
            _by_thread(u, cases)
            or _by_sender(u, cases)
            or _by_company(u.interview.company if u.interview else None, sender_domain, cases)
        )
        if case is None or not case.is_open:
            return NoChange(f"{u.kind} for no known open case")
        stage = Stage.OFFER if u.kind is Kind.OFFER else Stage.REJECTED
        return CloseCase(case.id, stage, f"{u.kind} received")
    if u.kind in (Kind.BULK, Kind.AUTO_REPLY):
        return NoChange(f"{u.kind}: never a reply")
    case = _company_side(u, cases, sender_domain)
    if case is not None and u.sender is not None:
        if _service_mailbox_only(u, cases, case):
            # The user may shop where they interviewed: an order or account notice from the
            # company's domain is the company serving a customer, not its hiring side.
            return NoChange("a customer-service mailbox at the company's domain: no answer")
        return Reply(case.id, u.sender, u.deadline, f"{u.kind} from the company side", u.date)
    case = _by_thread(u, cases)
    if case is not None:
        return LinkMessage(case.id, "in the case's thread")
    return NoChange(f"{u.kind}: not about a known case")


def _company_side(
    u: Understanding, cases: Sequence[CaseView], sender_domain: str | None
) -> CaseView | None:
    """The open case this message's sender speaks for: by thread, address or domain."""
    by_thread = _by_thread(u, cases)
    if by_thread is not None and by_thread.is_open:
        return by_thread
    by_address = _by_sender(u, cases)
    if by_address is not None:
        return by_address
    if sender_domain:
        matches = [c for c in cases if c.is_open and sender_domain in c.domains]
        if matches:
            return max(matches, key=lambda c: c.id)
    return None


def _service_mailbox_only(u: Understanding, cases: Sequence[CaseView], case: CaseView) -> bool:
    """Whether ``case`` was found by the sender's domain alone and the sender is one of the
    company's customer-facing mailboxes (``orders@``, ``billing@``, ``support@``)."""
    by_thread = _by_thread(u, cases)
    if (by_thread is not None and by_thread.is_open) or _by_sender(u, cases) is not None:
        return False
    local = ((u.sender.email or "") if u.sender else "").rpartition("@")[0].lower()
    return bool(local) and bool(load_lexicon().service_local.match(local))


def _by_sender(u: Understanding, cases: Sequence[CaseView]) -> CaseView | None:
    addresses = answer_addresses(u)
    matches = [
        c
        for c in cases
        if c.is_open and ({e.lower() for e in c.emails} | c.thread_addresses) & addresses
    ]
    return max(matches, key=lambda c: c.id) if matches else None


def _interview(
    u: Understanding,
    interview: Interview,
    cases: Sequence[CaseView],
    now: dt.datetime,
    sender_domain: str | None,
) -> Change:
    data = round_data(interview)
    found = _by_uid(interview.uid, cases)
    if found is not None:
        known, rnd = found
        if interview.sequence < rnd.sequence:
            return NoChange(
                f"an older version (SEQUENCE {interview.sequence} < {rnd.sequence}) "
                "of a known event"
            )
        moved = not _same_time(rnd.start, data.start)
        return UpdateRound(known.id, rnd.id, data, moved, "same calendar event (UID)")
    case = _by_thread(u, cases)
    via = "same thread"
    if case is None:
        case = _by_company(interview.company, sender_domain, cases) or _by_sender(u, cases)
        via = "same company"
    if case is None:
        return OpenCase(
            company=interview.company,
            role=interview.role,
            agency=interview.agency,
            recruiter=interview.organizer,
            round=data,
            reason="new interview",
        )
    for rnd in case.rounds:
        if not rnd.cancelled and _same_time(rnd.start, data.start):
            return UpdateRound(case.id, rnd.id, data, False, f"{via}, same time")
    upcoming = [r for r in _upcoming(case, now) if r.calendar_uid is None or not interview.uid]
    if upcoming and (interview.rescheduled or via == "same thread"):
        # A new time for a round that has not happened yet, in the same conversation,
        # is a reschedule; a second round is normally booked after the first is over.
        return UpdateRound(case.id, upcoming[0].id, data, True, f"{via}, rescheduled")
    return AddRound(case.id, interview.role, data, f"{via}, a further round")


def _cancellation(
    u: Understanding, cases: Sequence[CaseView], now: dt.datetime, sender_domain: str | None
) -> Change:
    interview = u.interview
    found = _by_uid(interview.uid if interview else None, cases)
    if found is not None:
        known, rnd = found
        if interview is not None and interview.sequence < rnd.sequence:
            return NoChange("an older cancellation of a since-updated event")
        return CancelRound(known.id, rnd.id, "calendar cancellation (UID)")
    case = (
        _by_thread(u, cases)
        or _by_company(interview.company if interview else None, sender_domain, cases)
        or _by_sender(u, cases)
    )
    if case is None:
        return NoChange("cancellation of an interview we do not know")
    rounds = [r for r in case.rounds if not r.cancelled]
    if interview is not None:
        for rnd in rounds:
            if _same_time(rnd.start, interview.start):
                return CancelRound(case.id, rnd.id, "cancellation naming the same time")
    upcoming = _upcoming(case, now)
    if len(upcoming) == 1:
        return CancelRound(case.id, upcoming[0].id, "cancellation of the only upcoming round")
    return LinkMessage(case.id, "cancellation that does not say which round; left for the user")


def merge_people(old: Iterable[Person], new: Iterable[Person]) -> tuple[Person, ...]:
    """Union of two lists of people: same address (or same name without one) merges,
    keeping the most complete name and title."""
    merged: list[Person] = []
    for person in (*old, *new):
        for index, known in enumerate(merged):
            same = (person.email and known.email == person.email) or (
                not (person.email and known.email)
                and person.name
                and known.name
                and person.name.lower() == known.name.lower()
            )
            if same:
                merged[index] = Person(
                    name=longer(known.name, person.name),
                    email=known.email or person.email,
                    title=known.title or person.title,
                )
                break
        else:
            merged.append(person)
    return tuple(merged)


def longer(a: str | None, b: str | None) -> str | None:
    """The more complete of two names (the longer; either when one is missing)."""
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) else a
