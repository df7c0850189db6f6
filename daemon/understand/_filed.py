"""Mail the user filed as an interview: their word replaces the verdict, not the reading.

The classifier misses some interviews (wording it has never seen). The user can file such a
message in their interview folder; we then read it as an interview whatever the verdict
was, taking its time, people and company the way any interview's are taken. What the user's
word cannot supply is kept strict: the time must be the calendar's or the one plausible
time the text states (several offered times are a question for the user, never a guess),
and mail whose verdict is already a fact about the process (an interview, a cancellation,
an outcome, an automatic reply) keeps that verdict, so a folder that also holds such mail
changes nothing for it.
"""

from __future__ import annotations

import dataclasses

from ._calendar import CalEvent
from ._classify import (
    Settings,
    _extract,
    _interview,
    _machine_domains,
    _pick_moment,
    _read,
    _result,
    _weigh_signs,
    _weigh_thread,
    classify,
)
from ._dates import find_duration, find_moments
from ._mime import ParsedMessage
from ._phones import find_phones, region_for_zone
from ._quotes import own_text
from ._safety import assess, in_domains
from .model import Interview, Kind, Understanding

FILED_REASON = "filed by you as an interview"
NO_TIME = "filed as an interview, but it states no date and time to hold it to"
SEVERAL_TIMES = "filed as an interview, but it names several times and none is booked"
# Verdicts the user's filing does not override: they already say what happened.
_KEPT = frozenset({Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.OFFER, Kind.REJECTION})


def _booked(event: CalEvent) -> bool:
    return event.method != "CANCEL" and event.status != "CANCELLED"


def filed_as_interview(msg: ParsedMessage, s: Settings) -> Understanding:
    """``msg`` read as the interview the user says it is (see the module's docstring)."""
    verdict = classify(msg, s)
    if verdict.kind in _KEPT or (verdict.kind is Kind.AUTO_REPLY and not _from_system(msg, s)):
        return verdict
    lex = s.lexicon
    safety = assess(msg, lex)
    reasons = [FILED_REASON, *safety.reasons]
    r = _read(msg, s, safety, reasons, own_text(msg.text, lex))
    _weigh_signs(r)
    _weigh_thread(r)
    ex = _extract(r)
    interview: Interview | None = None
    event = r.event
    if event is not None and event.start is not None and _booked(event):
        reasons.append("the time from its calendar event")
        interview = _interview(
            r, ex, event.start, event.end, event.timezone, event, rescheduled=False
        )
    else:
        text = f"{msg.subject}\n\n{r.text}"
        ref = msg.date
        moments = [
            m
            for m in find_moments(text, lex, ref, s.date_order, s.timezone)
            if ref is None or m.start >= ref
        ]
        moment, plausible = _pick_moment(moments, text, lex, ref) if moments else (None, 0)
        if moment is None:
            return dataclasses.replace(verdict, reasons=(*verdict.reasons, NO_TIME))
        if plausible > 1:
            return dataclasses.replace(verdict, reasons=(*verdict.reasons, SEVERAL_TIMES))
        end = moment.end
        if end is None:
            duration = find_duration(r.text, lex)
            end = moment.start + duration if duration else None
        reasons.append("the one time its text states")
        interview = _interview(r, ex, moment.start, end, moment.timezone, None, rescheduled=False)
    return _result(
        msg,
        Kind.INTERVIEW,
        reasons,
        safety,
        interview=interview,
        phones=ex.phones or find_phones(r.text, region_for_zone(s.timezone)),
        deadline=ex.deadline,
    )


def _from_system(msg: ParsedMessage, s: Settings) -> bool:
    """Mail from a hiring system or scheduler: a confirmation sent with RFC 3834 headers is
    automatic, not an out-of-office answer, and filing it is the user's word that it books
    a time. Other automatic replies (absences, bounces) keep their verdict."""
    systems = s.lexicon.ats_domains | s.lexicon.scheduling_domains
    return any(in_domains(d, systems) for d in _machine_domains(msg))
