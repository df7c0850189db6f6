"""Families of session 23: threads that carry a booking, moves asked by the hiring side.

Opened from eval26's dev half and written from scratch for these tests (no evaluation
message is copied): a reply that carries on under the booking its quoted thread made, the
hiring side asking to move the day it booked to a new hour (the hour written in another
sentence than "same day", or the old hour written with the day), a table's time in its
second cell under a dated heading, a clock labelled in the sentence after the day, a
confirmation broken by a hard wrap or with a place before "is perfect", a Portuguese reply
closing on "<time> então", Italian numbered rounds, an English heading of stage and job,
the people named after a place, "X and I will be there", an interviewer who "remains", an
Elder's term of respect; with traps that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import alex_in_new_york, day_first_user, mail
from tests.unit.understand.messages import kind_and_people as _read

ALEX = alex_in_new_york()
NIAMH = day_first_user("Niamh Doyle", "niamh.doyle@example.com", "Europe/Dublin")
RUI = day_first_user("Rui Almeida", "rui.almeida@example.com", "Europe/Lisbon")
GIULIA = day_first_user("Giulia Fabbri", "giulia.fabbri@example.com", "Europe/Rome")
ARJUN = day_first_user("Arjun Pillai", "arjun.pillai@example.com", "Asia/Kolkata")

EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"
IE_DATE = "Mon, 02 Mar 2026 15:04:00 +0000"
PT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"
IT_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
IN_DATE = "Mon, 02 Mar 2026 10:00:00 +0530"

_CONFIRMED = (
    "\n\nOn Fri, Feb 27, 2026 at 4:10 PM Dana Whitley <dana.whitley@corvel-labs.example>"
    " wrote:\n\n> Hi Alex,\n>\n> I'm pleased to confirm your onsite interview for the Data"
    " Platform Engineer role:\n>\n> Date: Thursday, March 5, 2026\n> Time: 1:00 PM - 3:00 PM"
    " ET\n> Place: 200 Vesey Street, 14th floor\n>\n> Dana Whitley\n> Talent Partner\n"
)
_ASKED = (
    "\n\nOn Mon, Mar 2, 2026 at 9:30 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Sounds"
    " good - Thursday at 1pm works for me. See you then.\n>\n> Alex\n\nOn Fri, Feb 27, 2026"
    " at 4:10 PM Dana Whitley <dana.whitley@corvel-labs.example> wrote:\n\n> Hi Alex,\n>\n>"
    " Would Thursday, March 5 at 1 PM ET work for an onsite interview for the Data Platform"
    " Engineer role?\n>\n> Dana Whitley\n> Talent Partner\n"
)
_TWO_OFFERED = (
    "\n\nOn Fri, Feb 27, 2026 at 4:10 PM Dana Whitley <dana.whitley@corvel-labs.example>"
    " wrote:\n\n> Hi Alex,\n>\n> Would Thursday, March 5 at 1 PM or Friday, March 6 at 10 AM"
    " ET work for an onsite interview for the Data Platform Engineer role?\n>\n> Dana\n"
)
_DUBLIN_BOOKED = (
    "\n\n________________________________\nFrom: Ciarán Byrne <ciaran.byrne@liffeyworks.example>\n"
    "Sent: Friday, February 27, 2026 11:05 AM\nTo: Niamh Doyle <niamh.doyle@example.com>\n"
    "Subject: Interview - Payroll Lead\n\nHi Niamh,\n\nDelighted to confirm your interview"
    " for the Payroll Lead role on Thursday 5th March at 10am at our Grand Canal Dock"
    " office.\n\nKind regards,\nCiarán Byrne\nHR Business Partner\n"
)
_DUBLIN_ASKED = (
    "\n\nOn Fri, 27 Feb 2026 at 11:05, Ciarán Byrne <ciaran.byrne@liffeyworks.example>"
    " wrote:\n\n> Hi Niamh,\n>\n> How would Monday 9th March at 10am suit for a first"
    " interview about the Payroll Lead role?\n>\n> Ciarán\n"
)

# (id, user, sender, subject, body, date, kind)
KINDS = [
    (
        "en-company-reply-under-a-quoted-confirmation",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Onsite interview - Data Platform Engineer",
        "Hi Alex,\n\nNo problem at all - a laptop isn't needed, we'll have a whiteboard ready."
        "\n\nDana" + _CONFIRMED,
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-company-reply-under-the-users-yes-to-an-asked-time",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Onsite interview - Data Platform Engineer",
        "Great, you're all set - I've reserved a visitor pass for you at the front desk."
        "\n\nDana" + _ASKED,
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-company-reply-under-two-offered-times",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Onsite interview - Data Platform Engineer",
        "Hi Alex, just a nudge on the note below when you get a moment.\n\nDana" + _TWO_OFFERED,
        EN_DATE,
        Kind.OTHER,
    ),
    (
        "en-trap-rejection-under-a-quoted-confirmation",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Onsite interview - Data Platform Engineer",
        "Hi Alex,\n\nI'm sorry to write this before we've met: the role has been filled"
        " internally, so unfortunately we won't be moving forward with your application.\n\n"
        "Dana" + _CONFIRMED,
        EN_DATE,
        Kind.REJECTION,
    ),
    (
        # Asking whether another time suits moves nothing yet (eval27's blind label of "Any
        # chance 3:30 works instead on Thursday?"); "could we move you to ..." does.
        "en-trap-the-company-asks-whether-another-time-suits",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Onsite interview - Data Platform Engineer",
        "Hi Alex,\n\nWould you be able to do Friday at 10am instead?\n\nDana" + _CONFIRMED,
        EN_DATE,
        Kind.SCHEDULING_REQUEST,
    ),
    (
        "en-user-thanks-under-a-quoted-confirmation-is-their-own-note",
        ALEX,
        "Alex Morgan <alex.morgan@gmail.com>",
        "Re: Onsite interview - Data Platform Engineer",
        "Hi Dana, thank you, noted.\n\nAlex" + _CONFIRMED,
        EN_DATE,
        Kind.OTHER,
    ),
    (
        "en-ie-outlook-thread-reply-about-parking",
        NIAMH,
        "Ciarán Byrne <ciaran.byrne@liffeyworks.example>",
        "RE: Interview - Payroll Lead",
        "Hi Niamh,\n\nYes, there's visitor parking under the building - just give your name at"
        " the barrier.\n\nCiarán" + _DUBLIN_BOOKED,
        IE_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-ie-make-it-later-same-day-in-the-next-sentence",
        NIAMH,
        "Ciarán Byrne <ciaran.byrne@liffeyworks.example>",
        "RE: Interview - Payroll Lead",
        "Hi Niamh,\n\nApologies - our finance director has been pulled into a board call."
        " Could we make it 11.45am instead? Same day, same office.\n\nCiarán" + _DUBLIN_BOOKED,
        IE_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-ie-push-the-day-back-to-a-new-hour",
        NIAMH,
        "Ciarán Byrne <ciaran.byrne@liffeyworks.example>",
        "Re: First interview - Payroll Lead",
        "Hi Niamh,\n\nCould we push Monday back to 2pm? Something has come up in the"
        " morning.\n\nCiarán" + _DUBLIN_ASKED,
        IE_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-the-user-asks-to-push-the-day-back",
        NIAMH,
        "Niamh Doyle <niamh.doyle@example.com>",
        "Re: First interview - Payroll Lead",
        "Hi Ciarán,\n\nCould we push Monday back to 2pm? I have a school run in the"
        " morning.\n\nNiamh" + _DUBLIN_ASKED,
        IE_DATE,
        Kind.SCHEDULING_REQUEST,
    ),
    (
        "en-company-moves-its-booking-to-another-day",
        NIAMH,
        "Ciarán Byrne <ciaran.byrne@liffeyworks.example>",
        "RE: Interview - Payroll Lead",
        "Hi Niamh,\n\nCould we move you to Friday 6th March at 3pm instead? Same office. If"
        " that's no good just say.\n\nCiarán" + _DUBLIN_BOOKED,
        IE_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-company-offers-two-new-times-for-its-booking",
        NIAMH,
        "Ciarán Byrne <ciaran.byrne@liffeyworks.example>",
        "RE: Interview - Payroll Lead",
        "Hi Niamh,\n\nCould we move you to Friday 6th March at 3pm or Monday 9th March at"
        " 11am instead?\n\nCiarán" + _DUBLIN_BOOKED,
        IE_DATE,
        Kind.SCHEDULING_REQUEST,
    ),
    (
        "en-in-the-time-labelled-in-the-next-sentence",
        ARJUN,
        "Meera Iyer <meera.iyer@kaveri-freight.example>",
        "Re: Interview - Route Planning Analyst",
        "Dear Arjun,\n\nOwing to the metro works we will hold Thursday's interview on Google"
        " Meet instead. The time stays 11.30 a.m. IST. Our operations head, Mr. Suresh Rao,"
        " will join.\n\nRegards,\nMeera Iyer\nHR Executive, Kaveri Freight",
        IN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-a-labelled-time-after-a-day-that-names-no-stage",
        ARJUN,
        "Meera Iyer <meera.iyer@kaveri-freight.example>",
        "Office closure",
        "Dear all,\n\nThe office will close early on Thursday. The time of closing is 3 p.m."
        " Please plan your travel accordingly.\n\nMeera",
        IN_DATE,
        Kind.OTHER,
    ),
    (
        "en-user-accepts-with-a-place-before-is-perfect-and-a-wrap",
        NIAMH,
        "Niamh Doyle <niamh.doyle@example.com>",
        "Re: First interview - Payroll Lead",
        "Dear Ciarán,\n\nThank you - Monday 9th March at 10am at Grand Canal Dock is perfect. I"
        " look forward to\nmeeting you.\n\nKind regards,\nNiamh" + _DUBLIN_ASKED,
        IE_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-heading-of-stage-then-job",
        ALEX,
        "Priya Nandakumar <priya@ledgerline-search.example>",
        "Re: Final stage - Head of Treasury",
        "Hi Alex,\n\nThat's locked in: Tuesday March 10 at 2pm at their Hudson Yards office."
        "\n\nPriya",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "pt-reply-closing-on-time-then",
        RUI,
        "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
        "RE: Entrevista - Analista de Dados",
        "Combinado, Rui. Quinta-feira às 10h30 então, na nossa sede do Parque das Nações."
        "\n\nCumprimentos,\nMarta\n\nA 2/03/2026, às 09:12, Rui Almeida"
        " <rui.almeida@example.com> escreveu:\n\n> Bom dia Marta,\n> Na quinta-feira, 5 de"
        " março às 10h30 estou disponível.\n> Rui\n",
        PT_DATE,
        Kind.INTERVIEW,
    ),
    (
        "it-numbered-round-in-a-reply-subject",
        GIULIA,
        "Stefano Rinaldi <stefano.rinaldi@navigli-tech.example>",
        "R: Terzo colloquio",
        "Perfetto, ci vediamo giovedì alle 15. Buona giornata!\n\nStefano\n\nIl giorno 2 mar"
        " 2026, alle ore 09:40, Giulia Fabbri <giulia.fabbri@example.com> ha scritto:\n\n>"
        " Buongiorno Stefano,\n> giovedì 5 marzo alle 15 andrebbe benissimo per me.\n> Giulia\n",
        IT_DATE,
        Kind.INTERVIEW,
    ),
    (
        "it-trap-a-second-talk-with-the-teachers",
        GIULIA,
        "Scuola Primaria Leopardi <segreteria@leopardi-scuola.example>",
        "Secondo colloquio con i docenti",
        "Gentili genitori,\n\nil secondo colloquio con i docenti si terrà giovedì 5 marzo alle"
        " 17. Cordiali saluti,\nLa segreteria",
        IT_DATE,
        Kind.OTHER,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS],
    ids=[k[0] for k in KINDS],
)
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Replies under a booking, moves asked by the hiring side, a labelled clock, a wrapped
    or placed acceptance, "<time> então", numbered Italian rounds and a stage heading."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


_BY_ID = {k[0]: k[1:6] for k in KINDS}
# (id, the KINDS case, start)
STARTS = [
    (
        "reply-under-a-confirmation-keeps-its-time",
        _BY_ID["en-company-reply-under-a-quoted-confirmation"],
        dt.datetime(2026, 3, 5, 18, 0, tzinfo=dt.UTC),
    ),
    (
        "reply-under-an-accepted-asked-time-keeps-it",
        _BY_ID["en-company-reply-under-the-users-yes-to-an-asked-time"],
        dt.datetime(2026, 3, 5, 18, 0, tzinfo=dt.UTC),
    ),
    (
        "make-it-later-same-day-moves-the-hour",
        _BY_ID["en-ie-make-it-later-same-day-in-the-next-sentence"],
        dt.datetime(2026, 3, 5, 11, 45, tzinfo=dt.UTC),
    ),
    (
        "push-the-day-back-moves-the-hour",
        _BY_ID["en-ie-push-the-day-back-to-a-new-hour"],
        dt.datetime(2026, 3, 9, 14, 0, tzinfo=dt.UTC),
    ),
    (
        "a-move-to-another-day-takes-the-new-time",
        _BY_ID["en-company-moves-its-booking-to-another-day"],
        dt.datetime(2026, 3, 6, 15, 0, tzinfo=dt.UTC),
    ),
    (
        "labelled-clock-after-the-day",
        _BY_ID["en-in-the-time-labelled-in-the-next-sentence"],
        dt.datetime(2026, 3, 5, 6, 0, tzinfo=dt.UTC),
    ),
]


@pytest.mark.parametrize(("args", "start"), [s[1:] for s in STARTS], ids=[s[0] for s in STARTS])
def test_the_start_is_read(args: tuple[Context, str, str, str, str], start: dt.datetime) -> None:
    """The quoted booking's time, the new hour of a move on the booked day, and a clock
    labelled in the sentence after its day."""
    ctx, sender, subject, body, date = args
    raw = mail(
        sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)), date=date
    )
    result = understand(raw, ctx)
    assert result.interview is not None
    assert result.interview.start == start


def test_the_old_hour_written_with_the_day_gives_way_to_the_new() -> None:
    """ "Can we shift to 4pm instead of 2pm on Wed?" under the quoted booking of Wednesday at
    2pm: Wednesday at 4pm."""
    body = (
        "Hi Arjun,\n\nSorry for the change! Can we shift to 4pm instead of 2pm on Wed? Our"
        " director is in a review until 3.30.\n\nThanks,\nMeera\n\nOn Fri, Feb 27, 2026 at"
        " 5:48 PM Meera Iyer <meera.iyer@kaveri-freight.example> wrote:\n\n> Hi Arjun,\n>\n>"
        " Confirming your onsite interview on Wednesday 4 March, 2pm-4pm at our Powai office.\n"
    )
    raw = mail(
        sender="Meera Iyer <meera.iyer@kaveri-freight.example>",
        subject="Re: Onsite interview - Route Planning Analyst",
        body=body,
        to="arjun.pillai@example.com",
        date=IN_DATE,
    )
    result = understand(raw, ARJUN)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)


def test_a_table_time_in_the_second_cell_under_a_dated_heading() -> None:
    """An HTML loop table (round, time, interviewer) under "Date: <day> (all times IST)"
    starts at its first row's time."""
    html = (
        "<p>Hi Arjun,</p><p>Thank you for making time for the virtual onsite for the Data"
        " Engineer role.</p><p>Date: Wednesday 11 March 2026 (all times IST)</p>"
        "<table><tr><th>Round</th><th>Time</th><th>Interviewer</th></tr>"
        "<tr><td>Round 1 - Coding</td><td>9:30 - 10:30 AM</td><td>Kavya Menon, Staff"
        " Engineer</td></tr><tr><td>Round 2 - Design</td><td>11:00 AM - 12:00 PM</td>"
        "<td>Rohit Bansal, Architect</td></tr></table><p>Regards,<br>Talent team</p>"
    )
    raw = mail(
        sender="Kaveri Freight Careers <careers@kaveri-freight.example>",
        subject="Your virtual onsite with Kaveri Freight - Wednesday, 11 March",
        body="",
        html=html,
        to="arjun.pillai@example.com",
        date=IN_DATE,
    )
    result = understand(raw, ARJUN)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 11, 4, 0, tzinfo=dt.UTC)


def test_people_named_after_a_place_of_the_companys() -> None:
    """ "Tuesday at 2pm at Ledgerline's offices in Midtown, with Jo Park (CFO) and Sam Reyes
    (Head of Risk)": the people after the place are the interviewers."""
    kind, people = _read(
        ALEX,
        "Priya Nandakumar <priya@ledgerline-search.example>",
        "Re: Final stage - Head of Treasury",
        "Hi Alex,\n\nThat's locked in: Tuesday March 10 at 2pm at Ledgerline's offices in"
        " Midtown, with Jo Park (CFO) and Sam Reyes (Head of Risk).\n\nPriya",
        EN_DATE,
    )
    assert kind is Kind.INTERVIEW
    assert people == ["Jo Park", "Sam Reyes"]


_ASKED_BY_MARA = (
    "\n\nOn Mon, 2 Mar 2026 at 09:05, Georgie Lane <georgie.lane@wattle-robotics.example>"
    " wrote:\n\n> Hi Niamh,\n>\n> Lovely to chat earlier. Our CTO, Mara Ellis, would like to"
    " meet you for\n> the Controls Lead role. Would Thursday 5/3 at half past two suit?\n>\n>"
    " Georgie\n"
)


def test_the_users_reply_takes_its_people_from_the_words_it_answers() -> None:
    """The user's "Perfect, ... it is. See you both then!" names nobody: the interviewer is
    the one the quoted invitation from the addressee names."""
    raw = mail(
        sender="Niamh Doyle <niamh.doyle@example.com>",
        to="Georgie Lane <georgie.lane@wattle-robotics.example>",
        subject="Re: Controls Lead - next step",
        body="Perfect, 2:30 Thursday it is. See you both then!\n\nNiamh" + _ASKED_BY_MARA,
        date=IE_DATE,
    )
    result = understand(raw, NIAMH)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert [p.name for p in result.interview.interviewers] == ["Mara Ellis"]


def test_the_users_own_quoted_words_name_no_interviewer() -> None:
    """A name in the user's own earlier words (a referee) is never read as an interviewer."""
    body = (
        "Hi Niamh,\n\nGreat - Thursday 5 March at 2:30pm is confirmed with our CTO.\n\nGeorgie"
        "\n\nOn Mon, 2 Mar 2026 at 09:05, Niamh Doyle <niamh.doyle@example.com> wrote:\n\n>"
        " Thursday works. My referee, Tom Hale, is happy to be called any time.\n"
    )
    kind, people = _read(
        NIAMH,
        "Georgie Lane <georgie.lane@wattle-robotics.example>",
        "Re: Controls Lead - next step",
        body,
        IE_DATE,
    )
    assert kind is Kind.INTERVIEW
    assert "Tom Hale" not in people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Hi Alex,\n\nConfirming Tuesday March 10 at 2pm at 88 Pine Street, 5th floor. Ray"
            " Osei (VP Operations) and I will be there.\n\nMarcus Tillman\nHiring Manager",
            ["Marcus Tillman", "Ray Osei"],
        ),
        (
            "Dear Alex,\n\nYour interview has been moved to Tuesday March 10 at 2pm. The"
            " interviewer remains Ms. Dana Whitley.\n\nCorvel Labs HR",
            ["Dana Whitley"],
        ),
        (
            "Hi Alex,\n\nI'd like to set up your interview for Tuesday March 10 at 2pm. The"
            " panel will be myself and Aunty June Walker, our Cultural Advisor.\n\nMarcus"
            " Tillman",
            ["June Walker", "Marcus Tillman"],
        ),
    ],
    ids=["and-i-will-be-there", "the-interviewer-remains", "an-elders-term-of-respect"],
)
def test_more_people_are_read(body: str, people: list[str]) -> None:
    """The writer and a colleague who "will be there", an interviewer who "remains" after a
    move, and an Elder named with "Aunty" (the term of respect is no part of the name)."""
    kind, found = _read(
        ALEX, "Marcus Tillman <marcus.tillman@corvel-labs.example>", "Interview", body, EN_DATE
    )
    assert kind is Kind.INTERVIEW
    assert found == people


def test_a_portuguese_reply_names_who_comes_after_its_time_then() -> None:
    """ "Quinta-feira às 10h30 então, com a Inês Duarte (diretora financeira)": the person
    after the settled time is the interviewer."""
    kind, people = _read(
        RUI,
        "Marta Figueiredo <marta.figueiredo@tejo-dados.example>",
        "RE: Entrevista - Analista de Dados",
        "Combinado, Rui. Quinta-feira às 10h30 então, com a Inês Duarte (diretora"
        " financeira).\n\nCumprimentos,\nMarta\n\nA 2/03/2026, às 09:12, Rui Almeida"
        " <rui.almeida@example.com> escreveu:\n\n> Bom dia Marta,\n> Na quinta-feira, 5 de"
        " março às 10h30 estou disponível.\n> Rui\n",
        PT_DATE,
    )
    assert kind is Kind.INTERVIEW
    assert people == ["Inês Duarte"]


KOEN = day_first_user("Koen Maes", "koen.maes@example.com", "Europe/Brussels")
BE_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"

# (id, user, sender, subject, body, date, kind): eval27's dev half read, families of it.
KINDS_27 = [
    (
        "en-trap-any-chance-another-time-works-instead",
        ALEX,
        "Dana Whitley <dana.whitley@corvel-labs.example>",
        "Re: Final round",
        "Ugh, our VP has a board call at 1. Any chance 3:30 works instead on Thursday? If not"
        " we'll look at next week.\n\nDana\n\nOn Mon, Mar 2, 2026 at 9:30 AM Alex Morgan"
        " <alex.morgan@gmail.com> wrote:\n\n> Hi Dana, Thursday at 1pm works for me for the"
        " final round. Alex\n",
        EN_DATE,
        Kind.SCHEDULING_REQUEST,
    ),
    (
        "en-agency-relays-the-clients-slot-as-labelled-lines",
        ALEX,
        "Kyle Brandt <kyle@lakeside-talent.example>",
        "Confirmed: Orwell Freight - Tues 3/10 3:30pm",
        "Alex -\n\nGreat news, they came back and took the slot. Details:\n\nClient: Orwell"
        " Freight\nRole: Network Analyst\nWhen: Tuesday, March 10, 2026, 3:30pm Eastern\nWhere:"
        " 10 Hudson Yards, 30th floor\n\nCall me after.\n\nKyle Brandt\nSenior Recruiter",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-a-volunteer-rota-with-a-role-and-a-time",
        ALEX,
        "Riverside Food Bank <volunteers@riverside-foodbank.example>",
        "Your shift is confirmed",
        "Hi Alex,\n\nThanks for signing up! Your shift is confirmed:\n\nRole: Warehouse"
        " sorting\nWhen: Saturday, March 7, 2026, 9:00am\nWhere: 12 Dock Street\n\nSee you"
        " there!\nThe volunteer team",
        EN_DATE,
        Kind.OTHER,
    ),
    (
        "en-a-move-asked-but-already-pencilled-in",
        ALEX,
        "Trevor Lang <trevor.lang@corvel-labs.example>",
        "Moving Thursday's interview",
        "Hi Alex,\n\nApologies for the shuffle - our VP got pulled into a customer call. Could"
        " we move your interview to Tuesday, March 10 at 4:00 PM ET instead?\n\nIf that doesn't"
        " work let me know, but I've already pencilled\nit in with Nadia Ruiz and Gabe Holm so"
        " hopefully it's fine.\n\nTrevor",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-in-a-telephonic-round-fixed-for-a-day",
        ARJUN,
        "Aditi Rao <aditi.rao@deccan-fintech.example>",
        "Telephonic round - Thursday",
        "Hi Arjun,\n\nAs discussed over phone, your telephonic round with Vikram Shetty is fixed"
        " for Thursday (05-03-2026) at 10 AM. He will call you on your registered number.\n\n"
        "Regards,\nAditi\n\nSent from my iPhone",
        IN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-trap-a-rate-fixed-for-a-term-in-a-telephonic-round-recap",
        ARJUN,
        "Aditi Rao <aditi.rao@deccan-fintech.example>",
        "Notes from your telephonic round",
        "Hi Arjun,\n\nThanks for your time on the telephonic round yesterday. As discussed,"
        " the relocation allowance is fixed for two years. We will share feedback by Friday"
        " 6 March at 5 PM.\n\nRegards,\nAditi",
        IN_DATE,
        Kind.OTHER,
    ),
    (
        "nl-be-hr-signature-moves-je-gesprek",
        KOEN,
        "Elke Claes <elke.claes@schelde-logistiek.example>",
        "Gesprek verplaatst naar woensdag 11/03 om 13u",
        "Dag Koen,\n\nDoor een ziekte in het team moeten we je gesprek van maandag helaas"
        " verplaatsen. Nieuw voorstel: woensdag 11 maart om 13u00, zelfde plaats.\n\nLaat je"
        " iets weten als dat niet lukt?\n\nVriendelijke groeten,\nElke Claes\n"
        "HR-verantwoordelijke – Schelde Logistiek",
        BE_DATE,
        Kind.INTERVIEW,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS_27],
    ids=[k[0] for k in KINDS_27],
)
def test_more_kinds_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """ "Any chance ... works instead?" asks; an agency's labelled relay, a move already
    pencilled in, an Indian "telephonic round ... fixed for", a Flemish HR move book."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


def test_the_people_a_move_was_pencilled_in_with() -> None:
    """ "I've already pencilled it in with Nadia Ruiz and Gabe Holm": the interviewers."""
    case = next(k for k in KINDS_27 if k[0] == "en-a-move-asked-but-already-pencilled-in")
    kind, people = _read(*case[1:6])
    assert kind is Kind.INTERVIEW
    assert people == ["Gabe Holm", "Nadia Ruiz"]
