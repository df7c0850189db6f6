"""Interviews the recogniser used to miss in English human mail (round h-recall).

A workshop named as a place ("90 minutes at our Elmwood workshop"), a company moving the
booked interview to another day at the same hour ("could we shift your interview to
Wednesday instead, same time? I've updated the calendar hold"), a recruiter's own call at a
stated time ("I'll give you a call on Monday, March 9 at 2 p.m."), and a time fixed again
in a rescheduling thread with its continuity ("Monday 9 March at 3:30pm, same two people,
same Zoom link").

Every message was written for these tests (invented people and companies under .example
names). Each positive shape sits beside near misses that must keep their verdict: a
workshop one signs up for, a move asked without the calendar changed, the user's own
proposal, a call with no time, a call asked as a question, a vendor's demo, a time still
asked about.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

RECRUITER = "Dana Whitlow <dana.whitlow@brightfold.example>"
USER = "Alex Morgan <alex.morgan@gmail.com>"
SENT = "Tue, 03 Mar 2026 09:04:00 -0500"
NY = dt.timezone(dt.timedelta(hours=-4))  # New York after the March clock change

USER_AWAY = (
    "\n\nOn Mon, Mar 2, 2026 at 7:22 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
    "> Hi Dana, I'm away that week. Would early the following week work?\n"
)
MOVED_BEFORE = (
    "\n\nOn Mon, Mar 2, 2026 at 4:05 PM Dana Whitlow <dana.whitlow@brightfold.example> "
    "wrote:\n\n> Hi Alex, could we move from Thursday 5 March at 10am to Friday 6 March at "
    "2pm? Sorry for the shuffle. Dana\n"
)
BOOKED = (
    "\n\n________________________________\nFrom: Dana Whitlow\n"
    "Sent: Monday, March 2, 2026 2:40 PM\n\nHi Alex,\n\nYou're confirmed for Tuesday 10 "
    "March at 11:30 with Sam Ortega, our Head of Product, at our office.\n\nRegards,\nDana\n"
)


def _read(
    subject: str, body: str, ctx: Context, sender: str = RECRUITER
) -> tuple[Kind, dt.datetime | None]:
    """The kind and the start read from one message sent on Tuesday 3 March 2026."""
    to = RECRUITER if sender == USER else USER
    u = understand(mail(sender=sender, to=to, subject=subject, body=body, date=SENT), ctx)
    return u.kind, u.interview.start if u.interview else None


# --- 1. A workshop named as a place, not an event for an audience -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "No problem. Let's lock in Tuesday 10 March at 11:00am.\n\nIt'll be 90 minutes at our "
        "Elmwood workshop. You'll meet Priya Nandakumar, who leads our firmware team.",
        "Let's lock in Tuesday 10 March at 11:00am. We'll meet in the workshop on the ground "
        "floor.",
        "Let's go with Tuesday 10 March at 11:00am. Come to our workshop on Carter Street and "
        "ask for me at the front desk.",
        "Tuesday 10 March at 11:00am works. You'll meet Bernard, our workshop manager, after a "
        "tour of the workshop.",
    ],
)
def test_workshop_as_a_place_keeps_the_interview(ctx: Context, body: str) -> None:
    """A workshop named as a site, a floor or a trade does not make the booking an event."""
    kind, start = _read(
        "Re: Technical interview - Brightfold", f"Hi Alex,\n\n{body}\n\nDana{USER_AWAY}", ctx
    )
    assert kind is Kind.INTERVIEW
    assert start == dt.datetime(2026, 3, 10, 11, 0, tzinfo=NY)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Join our CV workshop",
            "Join our CV workshop on Tuesday 10 March at 11:00am, where our recruiters explain "
            "how our interviews work.",
        ),
        (
            "Interview workshop",
            "Thanks for signing up to our interview workshop on Tuesday 10 March at 11:00am at "
            "our Elmwood campus.",
        ),
        (
            "Resume Workshop - Tuesday",
            "See you at our Resume Workshop on Tuesday 10 March at 11:00am: how to get through "
            "the interview.",
        ),
    ],
)
def test_a_workshop_one_attends_is_still_no_interview(
    ctx: Context, subject: str, body: str
) -> None:
    """A workshop one joins or signs up for stays an event, not the user's interview."""
    kind, _ = _read(subject, f"Hi Alex,\n\n{body}\n\nDana", ctx)
    assert kind is not Kind.INTERVIEW


# --- 2. Another day at the same time, moved in the calendar ------------------------------


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Sam has a board meeting that moved onto Tuesday, so could we shift your interview "
            "to Wednesday 11 March instead, same time? I've updated the calendar hold; if that's "
            "a problem just reply.",
            11,
        ),
        ("Small change: same time, just on Thursday 12 March. I've moved the invite.", 12),
        ("We need to move it to Friday 13 March at the same time. Calendar invite updated.", 13),
        ("We've moved your interview to the same time slot on the 12th.", 12),
    ],
)
def test_company_moves_booking_to_another_day_same_time(ctx: Context, body: str, day: int) -> None:
    """The new day the company names, at the hour of the booking quoted below."""
    kind, start = _read(
        "RE: Interview - Product Analyst", f"Hi Alex,\n\n{body}\n\nDana{BOOKED}", ctx
    )
    assert kind is Kind.INTERVIEW
    assert start == dt.datetime(2026, 3, day, 11, 30, tzinfo=NY)


def _booked(body: str) -> str:
    """An Outlook quote of the company's earlier booking."""
    return (
        "\n\n________________________________\nFrom: Dana Whitlow\n"
        f"Sent: Monday, March 2, 2026 2:40 PM\n\n{body}\n"
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "AW: Vorstellungsgespräch - Analyst",
            "Hallo Alex,\n\nkönnten wir Ihr Vorstellungsgespräch auf Mittwoch, 11. März "
            "verschieben, zur gleichen Uhrzeit? Ich habe die Kalendereinladung bereits "
            "aktualisiert.\n\nViele Grüße\nDana"
            + _booked(
                "Hallo Alex,\n\nIhr Vorstellungsgespräch ist am Dienstag, 10. März um 11:30 Uhr "
                "bestätigt.\n\nDana"
            ),
        ),
        (
            "RE: Entrevista - Analista",
            "Hola Alex,\n\n¿podríamos pasar tu entrevista al miércoles 11 de marzo, a la misma "
            "hora? He actualizado la invitación.\n\nSaludos,\nDana"
            + _booked(
                "Hola Alex,\n\nTu entrevista está confirmada para el martes 10 de marzo a las "
                "11:30.\n\nDana"
            ),
        ),
    ],
)
def test_same_time_move_in_german_and_spanish(ctx: Context, subject: str, body: str) -> None:
    """ "zur gleichen Uhrzeit", "a la misma hora": the new day at the quoted hour."""
    kind, start = _read(subject, body, ctx)
    assert kind is Kind.INTERVIEW
    assert start == dt.datetime(2026, 3, 11, 11, 30, tzinfo=NY)


def test_same_time_move_asked_without_the_calendar_changed_books_nothing(ctx: Context) -> None:
    """ "Could we shift it to Wednesday, same time? Let me know." asks; it books nothing."""
    kind, _ = _read(
        "RE: Interview - Product Analyst",
        "Hi Alex,\n\nCould we shift your interview to Wednesday 11 March instead, same time? "
        f"Let me know.\n\nDana{BOOKED}",
        ctx,
    )
    assert kind is not Kind.INTERVIEW


def test_users_own_same_time_proposal_is_no_interview(ctx: Context) -> None:
    """The user's "Could we do Wednesday instead, same time?" is no booked interview."""
    kind, _ = _read(
        "RE: Interview - Product Analyst",
        f"Hi Dana,\n\nCould we do Wednesday 11 March instead, same time? I've updated the "
        f"calendar hold on my side.\n\nAlex{BOOKED}",
        ctx,
        sender=USER,
    )
    assert kind is not Kind.INTERVIEW


# --- 3. The recruiter's own call at a stated time -----------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Phone screen - Member Experience Analyst",
            "Thanks for applying! I'd like to set up a quick phone screen. I'll give you a call "
            "on Monday, March 9 at 2 p.m. Eastern time at the number on your application. Plan "
            "for about 20 minutes.",
            dt.datetime(2026, 3, 9, 14, 0, tzinfo=NY),
        ),
        (
            "Phone screen - Analyst",
            "Thanks for applying. You'll get a call from me on Monday 9 March at 2pm for a quick "
            "phone screen, about 20 minutes.",
            dt.datetime(2026, 3, 9, 14, 0, tzinfo=NY),
        ),
        (
            "Phone interview - Analyst",
            "Thanks for your application. I will be calling you on Tuesday 10 March at 10am for "
            "a short phone interview.",
            dt.datetime(2026, 3, 10, 10, 0, tzinfo=NY),
        ),
        (
            "Telefoninterview - Analyst",
            "vielen Dank für Ihre Bewerbung. Ich rufe Sie am Montag, 9. März um 14 Uhr für ein "
            "kurzes Telefoninterview an.",
            dt.datetime(2026, 3, 9, 14, 0, tzinfo=NY),
        ),
        (
            "Entretien téléphonique - Analyste",
            "Merci pour votre candidature. Je vous appellerai le lundi 9 mars à 14h pour un "
            "premier entretien téléphonique.",
            dt.datetime(2026, 3, 9, 14, 0, tzinfo=NY),
        ),
    ],
)
def test_recruiters_own_call_at_a_stated_time(
    ctx: Context, subject: str, body: str, start: dt.datetime
) -> None:
    """The writer states the call they will make at a fixed time: a booked phone screen."""
    kind, got = _read(subject, f"Hi Alex,\n\n{body}\n\nDana Whitlow\nRecruiter", ctx)
    assert kind is Kind.INTERVIEW
    assert got == start


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Phone screen - Analyst",
            "I'd like to set up a phone screen. I'll give you a call "
            "sometime next week to find a time.",
        ),
        (
            "Phone screen - Analyst",
            "I'd like to set up a phone screen. Can I give you a call on Monday 9 March at 2pm?",
        ),
        (
            "Phone screen - Analyst",
            "Thanks for the phone screen today. I'll call you back once I've spoken to the team.",
        ),
        (
            "Your Brightfold demo",
            "Thanks for your interest in Brightfold CRM. I'll give you a "
            "call on Monday, March 9 at 2pm to walk you through a demo of the product.",
        ),
    ],
)
def test_calls_without_a_booked_screen_stay_unbooked(ctx: Context, subject: str, body: str) -> None:
    """A call with no time, a call asked as a question or a sales call is no interview."""
    kind, _ = _read(subject, f"Hi Alex,\n\n{body}\n\nDana", ctx)
    assert kind is not Kind.INTERVIEW


# --- 4. A time fixed again, with the same people and the same link -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Apologies again - Sam is now out on Friday as well. Final answer, I promise: Monday 9 "
        "March at 3:30pm Eastern time, same two people (Sam Ortega and Lee Park), same Google "
        "Meet link.",
        "One more change, sorry: Monday 9 March at 3:30pm instead. Same place, same people.",
        "Sorry! Monday 9 March at 3:30pm, same link as before.",
    ],
)
def test_time_fixed_again_with_continuity_confirms(ctx: Context, body: str) -> None:
    """One definite time followed by "same people, same link" is the rescheduled interview."""
    kind, start = _read(
        "Re: Re: Interview with Brightfold", f"Hi Alex,\n\n{body}\n\nDana{MOVED_BEFORE}", ctx
    )
    assert kind is Kind.INTERVIEW
    assert start == dt.datetime(2026, 3, 9, 15, 30, tzinfo=NY)


@pytest.mark.parametrize(
    "body",
    [
        "Would Monday 9 March at 3:30pm work instead? Same link.",
        "How about Monday 9 March at 3:30pm or Tuesday 10 March at 9am, same link either way?",
        "Monday 9 March at 3:30pm might work, same link. I'll confirm tomorrow.",
        "Sam is out on Friday now. I'll come back to you with a new time, same link.",
    ],
)
def test_continuity_beside_a_time_still_asked_confirms_nothing(ctx: Context, body: str) -> None:
    """A time asked about, offered among others or still tentative stays unbooked."""
    kind, _ = _read(
        "Re: Re: Interview with Brightfold", f"Hi Alex,\n\n{body}\n\nDana{MOVED_BEFORE}", ctx
    )
    assert kind is not Kind.INTERVIEW


def test_people_named_again_in_a_rescheduled_time_are_the_interviewers(ctx: Context) -> None:
    """ "same two people (Sam Ortega and Lee Park)" names who the user meets."""
    raw = mail(
        sender=RECRUITER,
        subject="Re: Re: Interview with Brightfold",
        body="Hi Alex,\n\nFinal answer: Monday 9 March at 3:30pm Eastern time, same two people "
        f"(Sam Ortega and Lee Park), same Zoom link.\n\nDana{MOVED_BEFORE}",
        date=SENT,
    )
    u = understand(raw, ctx)
    assert u.interview is not None
    assert [p.name for p in u.interview.interviewers] == ["Sam Ortega", "Lee Park"]
