"""The planner: which mails a case should lead to, and when. Pure.

Given a stored case, its outbox rows and the account's follow-up settings, :func:`plan`
returns the changes that make the outbox match the case: rows to create (a notes prompt per
round, a thank-you per interviewer), due times to move (a rescheduled interview), recipients
to complete (an address the user supplied) and rows to cancel (a cancelled round, an
outcome). Executing rows is :mod:`daemon.outbox`'s job; this module never sends anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.cases import CLOSED_STAGES, RELAY, Stage, longer
from daemon.notes import normalise
from daemon.store import CaseRecord, OutboxRow, RoundRecord
from daemon.timing import (
    BusinessCalendar,
    SendRule,
    call_needed_due,
    notes_prompt_due,
    thank_you_due,
)
from daemon.understand.model import Person

DEFAULT_LENGTH = dt.timedelta(hours=1)
"""Assumed interview length when the mail gives only a start."""

NOTES_PROMPT = "notes_prompt"
NOTES_REMINDER = "notes_reminder"
THANK_YOU = "thank_you"
NOTICE = "notice"
DIGEST = "digest"
LINKEDIN = "linkedin"
CALL_CHECK = "call_check"
"""Not a mail: the moment to look whether the company stayed silent too long."""

TO_USER = frozenset({NOTES_PROMPT, NOTES_REMINDER, NOTICE, DIGEST, LINKEDIN})
"""Kinds that go to the user themself (never to anyone else)."""

NO_ADDRESS = "no address known for this interviewer: reply to the notes prompt with it"


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The account settings planning depends on."""

    notes_delay: dt.timedelta
    rule: SendRule
    calendar: BusinessCalendar
    user_zone: ZoneInfo
    call_after: int | dt.timedelta = 3
    linkedin_after: dt.timedelta = dt.timedelta(days=2)
    grace: dt.timedelta = dt.timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Create:
    """A row that should exist and does not."""

    key: str
    kind: str
    round_id: int | None
    recipient: Person | None
    due: dt.datetime
    held_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """A row whose due time changed (the interview moved)."""

    row_id: int
    due: dt.datetime


@dataclass(frozen=True, slots=True)
class SetRecipient:
    """A row whose recipient became better known (an address or a full name)."""

    row_id: int
    recipient: Person
    release: bool
    """True when the row was held only for the missing address."""


@dataclass(frozen=True, slots=True)
class Cancel:
    """A row that must never lead to a send."""

    row_id: int
    reason: str


PlanChange = Create | Move | SetRecipient | Cancel


@dataclass(frozen=True, slots=True)
class SentCopyStep:
    """What to do about the Sent-folder copy of one sent thank-you, and what was learned."""

    action: Literal["skip", "append", "wait"]
    """skip: no copy of ours (not wanted, or the provider filed it); append: add ours
    now; wait: look again later, and add nothing meanwhile."""
    learned: Literal["yes", "no"] | None = None
    """The answer to "does the provider file sent mail?", when this step settled it."""


def sent_copy_step(
    policy: Literal["auto", "always", "never"],
    provider_files: str | None,
    *,
    seen: bool | None,
    waited: dt.timedelta,
    settle: dt.timedelta,
) -> SentCopyStep:
    """Whether to put our own copy of a sent thank-you in the Sent folder.

    ``provider_files`` is what the account learned so far ("yes", "no" or None), ``seen``
    whether the message was found in Sent (None: not looked yet) and ``waited`` how long
    ago it was sent. With ``save_sent: auto`` a first sighting settles "files" at once,
    while "does not file" is settled only by a look after ``settle`` (a slow provider
    files a moment after accepting); until then nothing is added, so a message never ends
    up twice in Sent.
    """
    if policy == "never":
        return SentCopyStep("skip")
    if seen:
        # Already there (the provider filed it, or our earlier copy): never a second one.
        learned: Literal["yes"] | None = (
            "yes" if policy == "auto" and provider_files is None else None
        )
        return SentCopyStep("skip", learned)
    if policy == "always" or provider_files == "no":
        return SentCopyStep("append")
    if provider_files == "yes":
        return SentCopyStep("skip")
    if seen is None or waited < settle:
        return SentCopyStep("wait")
    return SentCopyStep("append", "no")


def round_end(rnd: RoundRecord) -> dt.datetime:
    """When a round ends (start + one hour when the mail gave no end)."""
    return rnd.end or rnd.start + DEFAULT_LENGTH


def round_zone(rnd: RoundRecord, fallback: ZoneInfo) -> ZoneInfo:
    """The interview's zone, or the user's when unknown."""
    if rnd.timezone:
        try:
            return ZoneInfo(rnd.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return fallback


def identity(person: Person) -> str:
    """A stable key for a person within a round: the address, else the name."""
    if person.email:
        return person.email.lower()
    return "name:" + normalise(person.name or "unknown")


def _same_person(row: OutboxRow, person: Person) -> bool:
    if row.recipient.email and person.email:
        return row.recipient.email.lower() == person.email.lower()
    return _same_name(row, person)


def _same_name(row: OutboxRow, person: Person) -> bool:
    if row.recipient.name and person.name:
        a, b = normalise(row.recipient.name), normalise(person.name)
        return a == b or (
            a.split()[:1] == b.split()[:1] and (len(a.split()) == 1 or len(b.split()) == 1)
        )
    return False


def plan(
    case: CaseRecord,
    rows: Sequence[OutboxRow],
    settings: PlanSettings,
    now: dt.datetime,
) -> list[PlanChange]:
    """The changes that make ``rows`` match ``case``."""
    changes: list[PlanChange] = []
    if case.stage in CLOSED_STAGES:
        changes.extend(
            Cancel(r.id, f"case closed ({case.stage})")
            for r in rows
            if r.state in ("planned", "held", "drafted") and r.kind != LINKEDIN
        )
        if case.stage in (Stage.OFFER, Stage.REJECTED) and not any(
            r.kind == LINKEDIN for r in rows
        ):
            changes.append(
                Create(
                    f"{LINKEDIN}:{case.id}",
                    LINKEDIN,
                    None,
                    None,
                    case.stage_changed_at + settings.linkedin_after,
                )
            )
        return changes
    changes.extend(_plan_call_check(case, rows, settings, now))
    for rnd in case.rounds:
        mine = [r for r in rows if r.round_id == rnd.id]
        if rnd.cancelled:
            changes.extend(
                Cancel(r.id, "interview cancelled")
                for r in mine
                if r.state in ("planned", "held", "drafted")
            )
            continue
        found = max(case.created_at, rnd.found_at or case.created_at)
        if not mine and round_end(rnd) + settings.grace < found:
            # Found long after it happened (the first scan of an old mailbox, old mail filed
            # in the interview folder): too late for notes or a thank-you; the silence
            # check still applies.
            continue
        changes.extend(_plan_round(rnd, mine, settings))
    return changes


def progress(case: CaseRecord, rows: Sequence[OutboxRow], now: dt.datetime) -> Stage | None:
    """The stage time and sends have moved the case to, if it moved."""
    latest = latest_round(case)
    if latest is None or case.stage in CLOSED_STAGES:
        return None
    ended = round_end(latest) <= now
    if case.stage is Stage.SCHEDULED and ended:
        return Stage.INTERVIEWED
    if case.stage is Stage.INTERVIEWED and any(
        r.kind == THANK_YOU and r.round_id == latest.id and r.state == "sent" for r in rows
    ):
        return Stage.WAITING
    if case.stage in (Stage.INTERVIEWED, Stage.WAITING, Stage.REPLIED) and not ended:
        return Stage.SCHEDULED
    return None


def chase_over(case: CaseRecord, rnd: RoundRecord) -> bool:
    """True when a human from the company answered after this round, so no call is
    needed, unless they named a decision date (then we wait for it) or the user
    snoozed the case after the reply."""
    if case.last_reply_at is None or case.last_reply_at < round_end(rnd):
        return False
    if case.deadline is not None and case.deadline >= case.last_reply_at.date():
        return False
    return not (case.snoozed_until is not None and case.snoozed_until > case.last_reply_at)


def latest_round(case: CaseRecord) -> RoundRecord | None:
    """The most recent round that was not cancelled."""
    live = [r for r in case.rounds if not r.cancelled]
    return max(live, key=lambda r: r.start) if live else None


def _plan_call_check(
    case: CaseRecord, rows: Sequence[OutboxRow], settings: PlanSettings, now: dt.datetime
) -> list[PlanChange]:
    """One silence check per round (and per snooze), due N business days after the
    thank-yous went out, or after the interview when none was sent."""
    latest = latest_round(case)
    checks = [r for r in rows if r.kind == CALL_CHECK]
    pending = [r for r in checks if r.state == "planned"]
    if latest is None or round_end(latest) > now + dt.timedelta(days=60):
        return []
    replied_since_round = case.last_reply_at is not None and case.last_reply_at >= round_end(latest)
    snoozed_after_reply = case.snoozed_until is not None and case.snoozed_until > (
        case.last_reply_at or now
    )
    if (case.stage is Stage.REPLIED or replied_since_round) and not snoozed_after_reply:
        return [Cancel(r.id, "they replied") for r in pending]
    thanks = [r for r in rows if r.kind == THANK_YOU and r.round_id == latest.id]
    sent = [r.sent_at for r in thanks if r.state == "sent" and r.sent_at]
    waiting = [r.due_at for r in thanks if r.state in ("planned", "drafted", "sending")]
    zone = round_zone(latest, settings.user_zone)
    if not thanks and latest.interviewers:
        # Thank-yous are being planned in this same pass: count from when they will go.
        waiting = [thank_you_due(round_end(latest), zone, settings.rule, settings.calendar)]
    since = max([round_end(latest), *sent, *waiting])
    due = call_needed_due(
        since,
        zone,
        settings.call_after,
        settings.calendar,
        deadline=case.deadline if case.deadline and case.deadline >= since.date() else None,
        return_date=case.away_until,
    )
    if case.snoozed_until is not None:
        due = max(due, case.snoozed_until)
    snooze = int(case.snoozed_until.timestamp()) if case.snoozed_until else 0
    key = f"{CALL_CHECK}:{case.id}:{latest.id}:{snooze}"
    changes: list[PlanChange] = [Cancel(r.id, "superseded") for r in pending if r.key != key]
    current = next((r for r in checks if r.key == key), None)
    if current is None:
        changes.append(Create(key, CALL_CHECK, latest.id, None, due))
    elif current.state == "planned" and current.planned_due != due:
        changes.append(Move(current.id, due))
    return changes


def _plan_round(
    rnd: RoundRecord, rows: Sequence[OutboxRow], settings: PlanSettings
) -> list[PlanChange]:
    changes: list[PlanChange] = []
    end = round_end(rnd)
    zone = round_zone(rnd, settings.user_zone)
    prompt_due = notes_prompt_due(end, settings.notes_delay)
    prompt = next((r for r in rows if r.kind == NOTES_PROMPT), None)
    if prompt is None:
        changes.append(Create(f"{NOTES_PROMPT}:{rnd.id}", NOTES_PROMPT, rnd.id, None, prompt_due))
    elif prompt.state == "planned" and prompt.planned_due != prompt_due:
        changes.append(Move(prompt.id, prompt_due))
    thanks_due = thank_you_due(end, zone, settings.rule, settings.calendar)
    thanks = [r for r in rows if r.kind == THANK_YOU]
    for person in rnd.interviewers:
        row = next((r for r in thanks if _same_person(r, person)), None)
        if row is None and person.email:
            # Held because its address was a relay: it follows the person's own address
            # once the user gives it (`followupd note`), and the outbox checks it again.
            relayed = next(
                (
                    r
                    for r in thanks
                    if r.state == "held" and r.reason == RELAY and _same_name(r, person)
                ),
                None,
            )
            if relayed is not None:
                name = longer(relayed.recipient.name, person.name)
                changes.append(SetRecipient(relayed.id, Person(name, person.email), True))
                continue
        if row is None:
            held = None if person.email else NO_ADDRESS
            changes.append(
                Create(
                    f"{THANK_YOU}:{rnd.id}:{identity(person)}",
                    THANK_YOU,
                    rnd.id,
                    person,
                    thanks_due,
                    held_reason=held,
                )
            )
            continue
        if row.state in ("planned", "held", "drafted") and row.planned_due != thanks_due:
            changes.append(Move(row.id, thanks_due))
        better = Person(
            name=longer(row.recipient.name, person.name),
            email=row.recipient.email or person.email,
            title=None,
        )
        if row.state in ("planned", "held") and (
            better.email != row.recipient.email or better.name != row.recipient.name
        ):
            release = row.state == "held" and row.reason == NO_ADDRESS and bool(better.email)
            changes.append(SetRecipient(row.id, better, release))
    return changes
