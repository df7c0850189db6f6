"""Call-offs and booking notices the recogniser misread (round r16).

1. A booked time called off by its hour ("I have to cancel our 3pm tomorrow ... I'll send
   you new times"): a cancellation at the quoted booking's time, not a confirmation. The
   promise of new times after the call-off moved nothing.
2. A German call-off whose participle agrees with a neuter noun ("unser für Freitag ...
   geplantes Gespräch ... absagen"): German grammar, not a new phrase.
3. A booking notice's instruction under a condition ("If you can no longer attend, please
   cancel the slot in the portal", and in fr, es, de): the booking stands.

Every message was written for these tests (invented people and companies under .example
names). Near misses: a count is no clock time ("cancel our 2 orders"), a time moved rather
than called off, the user's own option to call off ("Falls Sie ... absagen müssen"), a
doctor's practice, and a call-off that really is one in a notice that also says how to
cancel.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

USER = "Alex Morgan <alex.morgan@gmail.com>"
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
SENT = "Wed, 11 Mar 2026 08:10:00 -0400"
BOOKING = (
    "\n\nOn Mon, Mar 9, 2026 at 4:12 PM, Ruth Okonkwo <ruth@halverson-freight.example> "
    "wrote:\n\n> Hi Alex, confirming your interview with me on Thursday, March 12 at 3:00 PM "
    "at our Newark depot.\n>\n> Ruth Okonkwo\n> Operations Manager\n"
)


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def _reply(body: str, subject: str = "Re: Thursday's interview") -> bytes:
    """The interviewer's short reply over the quoted booking."""
    return mail(
        sender="Ruth Okonkwo <ruth@halverson-freight.example>",
        to=USER,
        subject=subject,
        body=body + BOOKING,
        date=SENT,
        headers={"In-Reply-To": "<booking.1@halverson-freight.example>"},
    )


# --- 1. A booked time called off by its hour ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Alex, so sorry - I have to cancel our 3pm tomorrow, a family matter. I'll send you "
        "new times when I'm back next week.\n\nRuth",
        "Alex, apologies, I need to call off our 3:00 tomorrow. I'll suggest new times "
        "shortly.\n\nRuth",
        "Unfortunately I have to cancel tomorrow's 3pm. New times to follow.\n\nR.",
    ],
)
def test_booked_hour_called_off_is_a_cancellation(ctx: Context, body: str) -> None:
    """Calling off "our 3pm" cancels the quoted booking at its time; new times come later."""
    u = understand(_reply(body), ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 12, 15, 0, tzinfo=NY)


def test_booked_hour_moved_stays_an_interview(ctx: Context) -> None:
    """Moving "our 3pm tomorrow" to another time is a new time, not a call-off."""
    u = understand(
        _reply(
            "Alex, could we move our 3pm tomorrow to Friday at 11am instead? I've updated "
            "the invite.\n\nRuth"
        ),
        ctx,
    )
    assert u.kind is not Kind.INTERVIEW_CANCELLED


def test_a_count_is_no_clock_time(ctx: Context) -> None:
    """ "Cancel our 2 orders" names no booked time: no cancellation of anything."""
    raw = mail(
        sender="Ruth Okonkwo <ruth@halverson-freight.example>",
        to=USER,
        subject="Your order",
        body="Hi Alex, we had to cancel your 2 orders from Monday, refunds are on the way.",
        date=SENT,
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED


# --- 2. A German call-off with a neuter participle ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "leider muss ich unser für Freitag, 13. März 2026 um 10:30 Uhr geplantes Gespräch absagen",
        "leider müssen wir das für Freitag, 13. März 2026 um 10:30 Uhr ausgemachte Treffen absagen",
        "leider muss ich unser am Freitag, 13. März 2026 um 10:30 Uhr vereinbartes "
        "Vorstellungsgespräch krankheitsbedingt absagen",
    ],
)
def test_german_neuter_call_off_is_a_cancellation(eu_ctx: Context, sentence: str) -> None:
    """The participle's ending ("geplantes", "ausgemachte") does not hide the call-off."""
    body = (
        f"Sehr geehrter Herr Morgan,\n\n{sentence}. Ihre Bewerbung ist davon nicht "
        "betroffen, ich melde mich mit neuen Terminvorschlägen.\n\nMit freundlichen Grüßen\n"
        "Petra Lindner\nPersonal, Auental Hotels"
    )
    raw = mail(
        sender="Petra Lindner <p.lindner@auental-hotels.example>",
        to=USER,
        subject="Terminabsage: Gespräch am Freitag",
        body=body,
        date="Wed, 11 Mar 2026 09:00:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 13, 10, 30, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # The user's option, not a call-off.
        (
            "Petra Lindner <p.lindner@auental-hotels.example>",
            "Sehr geehrter Herr Morgan,\n\nfalls Sie unser für Freitag, 13. März 2026 um 10:30 "
            "Uhr geplantes Gespräch absagen müssen, geben Sie mir bitte kurz Bescheid.\n\n"
            "Petra Lindner\nPersonal, Auental Hotels",
        ),
        # A doctor's practice calls off an appointment.
        (
            "Praxis Dr. Weiland <praxis@dr-weiland.example>",
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir den für Freitag, 13. März 2026 um "
            "10:30 Uhr geplanten Termin absagen. Bitte rufen Sie uns an.\n\nIhre Praxis",
        ),
    ],
)
def test_german_near_misses_keep_their_kind(eu_ctx: Context, sender: str, body: str) -> None:
    """The user's own option or a doctor's appointment is no cancelled interview."""
    raw = mail(sender=sender, to=USER, subject="Ihr Termin am Freitag", body=body)
    assert understand(raw, eu_ctx).kind is not Kind.INTERVIEW_CANCELLED


# --- 3. A booking notice's conditional instruction -----------------------------------------

_NOTICES = {
    "en": (
        "Interview booked: Logistics Planner",
        "Dear Alex,\n\nThank you for choosing an interview slot. Your interview for the "
        "position Logistics Planner is confirmed.\n\nDate: Friday 13 March 2026\nTime: 10:30 - "
        "11:30 (Berlin)\nInterviewer: Petra Lindner\n\nIf you can no longer attend, please "
        "cancel the slot in the candidate portal so another candidate can take it.\n\n"
        "Auental Recruiting",
    ),
    "fr": (
        "Entretien réservé : Planificateur logistique",
        "Bonjour Alex,\n\nMerci d'avoir choisi un créneau. Votre entretien pour le poste de "
        "planificateur logistique est confirmé le vendredi 13 mars 2026 à 10h30 avec Petra "
        "Lindner.\n\nSi vous ne pouvez plus venir, merci d'annuler le créneau dans le portail "
        "candidat.\n\nRecrutement Auental",
    ),
    "es": (
        "Entrevista reservada: Planificador logístico",
        "Hola Alex:\n\nGracias por elegir un horario. Tu entrevista para el puesto de "
        "planificador logístico queda confirmada para el viernes 13 de marzo de 2026 a las "
        "10:30 con Petra Lindner.\n\nSi ya no puedes asistir, por favor cancela el horario en "
        "el portal de candidatos.\n\nSelección Auental",
    ),
    "de": (
        "Vorstellungsgespräch gebucht: Logistikplaner (m/w/d)",
        "Hallo Alex,\n\nvielen Dank für Ihre Terminwahl. Ihr Vorstellungsgespräch ist "
        "bestätigt: Freitag, 13. März 2026, 10:30 Uhr, mit Petra Lindner.\n\nFalls Sie nicht "
        "teilnehmen können, stornieren Sie bitte den Termin im Bewerberportal.\n\n"
        "Recruiting Auental",
    ),
}


@pytest.mark.parametrize("lang", sorted(_NOTICES))
def test_conditional_cancel_instruction_keeps_the_booking(eu_ctx: Context, lang: str) -> None:
    """ "If you can no longer attend, please cancel the slot" tells how, it cancels nothing."""
    subject, body = _NOTICES[lang]
    raw = mail(
        sender="Auental Recruiting <jobs@auental-hotels.example>",
        to=USER,
        subject=subject,
        body=body,
        date="Mon, 09 Mar 2026 09:00:00 +0100",
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 13, 10, 30, tzinfo=BERLIN)


def test_real_call_off_beside_an_instruction_stays_a_cancellation(eu_ctx: Context) -> None:
    """A notice that calls the interview off stays a cancellation despite a how-to line."""
    raw = mail(
        sender="Auental Recruiting <jobs@auental-hotels.example>",
        to=USER,
        subject="Interview cancelled: Logistics Planner",
        body="Dear Alex,\n\nUnfortunately we have to cancel your interview on Friday 13 March "
        "2026 at 10:30. If you want to, you can book a new slot in the candidate portal.\n\n"
        "Auental Recruiting",
        date="Mon, 09 Mar 2026 09:00:00 +0100",
    )
    assert understand(raw, eu_ctx).kind is Kind.INTERVIEW_CANCELLED
