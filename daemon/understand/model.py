"""The typed result of understanding one message: plain, frozen data with no I/O.

This is the contract between the pure classifier (``daemon.understand``) and the rest of
the daemon (cases, planner, CLI). Fields may be added; existing ones keep their meaning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal


class Kind(StrEnum):
    """What one message is, from the job seeker's point of view."""

    INTERVIEW = "interview"
    """A confirmed or scheduled interview with a time.

    Confirmations, invitations, updates and reminders.
    """
    INTERVIEW_CANCELLED = "interview_cancelled"
    SCHEDULING_REQUEST = "scheduling_request"
    """Asked to pick a time; nothing is booked yet."""
    REJECTION = "rejection"
    OFFER = "offer"
    AUTO_REPLY = "auto_reply"
    """Out of office and every other automatic answer, delivery reports (bounces) included."""
    BULK = "bulk"
    """Newsletters, job alerts, mailing lists, marketing."""
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in a message. Any part may be unknown; an address is never guessed."""

    name: str | None = None
    email: str | None = None
    """Lower-cased addr-spec, or None when the message does not give one."""
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Interview:
    """An interview as stated by one message."""

    start: dt.datetime
    """Timezone-aware."""
    end: dt.datetime | None
    """Timezone-aware; None when the message gives no end or duration."""
    timezone: str | None
    """IANA zone name when known (e.g. "Europe/London"), else None."""
    company: str | None = None
    role: str | None = None
    interviewers: tuple[Person, ...] = ()
    organizer: Person | None = None
    """The recruiter or coordinator who arranged it (may also be an interviewer)."""
    agency: bool = False
    """True when arranged by a recruitment agency rather than the hiring company."""
    location: str | None = None
    meeting_url: str | None = None
    uid: str | None = None
    """Calendar UID (RFC 5545) when the message carries calendar data."""
    sequence: int = 0
    recurrence_id: dt.datetime | None = None
    method: str | None = None
    """iTIP METHOD (REQUEST, CANCEL, PUBLISH, ...) when from calendar data."""
    rescheduled: bool = False
    """The message says the interview moved (a new time for an existing one)."""


@dataclass(frozen=True, slots=True)
class ThreadIds:
    """RFC 5322 thread headers, normalised to bare ids without angle brackets."""

    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Understanding:
    """Everything the daemon needs to know about one message."""

    kind: Kind
    reasons: tuple[str, ...]
    """Short, human-readable reasons for the kind (shown by ``followupd inspect``)."""
    subject: str = ""
    sender: Person | None = None
    reply_to: tuple[Person, ...] = ()
    recipients: tuple[Person, ...] = ()
    """To and Cc."""
    date: dt.datetime | None = None
    """The message's Date header, aware; None when missing or unreadable."""
    thread: ThreadIds = field(default_factory=ThreadIds)
    interview: Interview | None = None
    """Set for ``interview`` and ``interview_cancelled`` (as far as the message tells)."""
    phones: tuple[str, ...] = ()
    """Phone numbers found in the message, E.164 (``+442071234567``)."""
    automated: bool = False
    """Any RFC 3834 / bulk / list / bounce sign: never a human reply, never answered."""
    return_date: dt.date | None = None
    """For an out-of-office reply: the date the person says they are back."""
    deadline: dt.date | None = None
    """A date the company says it will decide by ("we'll let you know by Friday")."""
    body_text: str = ""
    """The message's main text (HTML converted), bounded in size; used for notes replies."""


DateOrder = Literal["dmy", "mdy", "ymd"]
