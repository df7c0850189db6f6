"""A company's short reply booking a time the user offered (round r16).

The user answers an invitation with the times they can do ("I could do Wednesday at 11 or
Thursday afternoon"); the hiring side replies from its company address with a few words
that take one of them ("Wednesday at 11 it is, see you then"), often naming no interview,
no place and no person. The recogniser reads the shape, not the wording: the other side,
from a company's address, takes one of the user's own quoted times under a subject that
names the job or the user's candidacy. Written in four languages.

Every message was written for these tests (invented people and companies under .example
names). Near misses that must stay what they were: a friend on a free-mail address, a
bank's or a vendor's meeting, a subject that names
no job, the user hiring (their quoted words thank someone for applying), a reply that
takes none of the user's times, and the user's own reply.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, quoted

USER = "Alex Morgan <alex.morgan@gmail.com>"
SENT = "Mon, 09 Mar 2026 17:40:00 -0400"
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
MADRID = ZoneInfo("Europe/Madrid")


def _read(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understanding of one reply sent on Monday 9 March 2026, In-Reply-To set."""
    raw = mail(
        sender=sender,
        to=USER,
        subject=subject,
        body=body,
        date=SENT,
        headers={"In-Reply-To": "<offer.1@mail.gmail.com>"},
    )
    return understand(raw, ctx)


USER_OFFER_EN = quoted(
    "Alex Morgan <alex.morgan@gmail.com>",
    "Mon, Mar 9, 2026 at 11:02 AM",
    "Hi Priya,\n\nThanks so much for getting back to me! I could do Wednesday, March 11 at "
    "11am or Thursday afternoon any time after 2.\n\nBest,\nAlex",
)


def _ctx(zone: str, order: str = "dmy") -> Context:
    """The test user in another zone (and date order)."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


# --- 1. The shape in four languages ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday at 11 it is. See you then!\n\nPriya",
        "Perfect, let's do Wednesday at 11am. Come to reception on the 4th floor.\n\nPriya",
        "Great - Wednesday 11am works. I'll have Tom from our platform team with me.\n\nP.",
    ],
)
def test_english_reply_takes_the_users_time(ctx: Context, body: str) -> None:
    """A company's short reply taking the user's offered Wednesday at 11 is the interview."""
    u = _read(
        ctx,
        "Priya Raman <priya@larchwood-analytics.example>",
        "Re: Data Analyst role",
        body + USER_OFFER_EN,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 11, 11, 0, tzinfo=NY)


def test_german_reply_takes_the_users_time() -> None:
    """ "Gut, dann Mittwoch um 11 bei uns" under the user's two German offers."""
    body = "Hallo Alex,\n\ngut, dann Mittwoch um 11 bei uns. Bis dann!\n\nGruß\nJonas" + quoted(
        "Alex Morgan <alex.morgan@gmail.com>",
        "Mon, 9 Mar 2026 at 10:15",
        "Hallo Jonas,\n\nvielen Dank! Ich könnte am Mittwoch, 11. März um 11 Uhr oder am "
        "Donnerstag ab 15 Uhr.\n\nViele Grüße\nAlex",
    )
    u = _read(
        _ctx("Europe/Berlin"),
        "Jonas Berger <j.berger@moorfeld-logistik.example>",
        "AW: Gespräch Projektleiterin Disposition",
        body,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 11, 11, 0, tzinfo=BERLIN)


def test_french_reply_takes_the_users_time() -> None:
    """ "C'est noté pour mercredi à 11h" under the user's French offer (candidacy subject)."""
    body = "Bonjour Alex,\n\nC'est noté pour mercredi à 11h, à bientôt.\n\nLéa" + quoted(
        "Alex Morgan <alex.morgan@gmail.com>",
        "Mon, 9 Mar 2026 at 10:15",
        "Bonjour Léa,\n\nMerci pour votre message. Je serais disponible le mercredi 11 mars "
        "à 11h ou le jeudi matin.\n\nCordialement,\nAlex",
    )
    u = _read(
        _ctx("Europe/Paris"),
        "Léa Marchand <lea.marchand@verrerie-oudin.example>",
        "RE: Candidature - Acheteuse industrielle",
        body,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 11, 11, 0, tzinfo=PARIS)


def test_spanish_reply_takes_the_users_time() -> None:
    """ "Perfecto, quedamos el miércoles a las 11" under a meeting noun and a job title."""
    body = "Hola Alex,\n\nPerfecto, quedamos el miércoles a las 11. Un saludo,\nNuria" + quoted(
        "Alex Morgan <alex.morgan@gmail.com>",
        "Mon, 9 Mar 2026 at 10:15",
        "Hola Nuria,\n\nGracias por escribirme. Podría el miércoles 11 de marzo a las 11:00 o el "
        "jueves por la tarde.\n\nSaludos,\nAlex",
    )
    u = _read(
        _ctx("Europe/Madrid"),
        "Nuria Pons <nuria.pons@ceramicas-albaida.example>",
        "Re: Entrevista Analista Financiera",
        body,
    )
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 11, 11, 0, tzinfo=MADRID)


# --- 2. Near misses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        # A friend on a free-mail address: drinks, not an interview.
        ("Priya Raman <priya.raman@gmail.com>", "Re: Data Analyst role"),
        # A subject naming no job: a plumber, a bank or a dentist booking a visit.
        ("Priya Raman <priya@larchwood-analytics.example>", "Re: boiler service"),
        # The user's own employer about the job they hold.
        ("Priya Raman <priya@larchwood-analytics.example>", "Re: Performance review - Analyst"),
        ("Priya Raman <priya@larchwood-analytics.example>", "Re: Onboarding - Data Analyst"),
        ("Priya Raman <priya@larchwood-analytics.example>", "Re: Call with your account manager"),
        (
            "Priya Raman <priya@larchwood-analytics.example>",
            "Re: Gespräch über Ihre Baufinanzierung",
        ),
    ],
)
def test_no_job_or_no_company_stays_other(ctx: Context, sender: str, subject: str) -> None:
    """Without a company address and a subject naming a job, a booked time is no interview."""
    u = _read(ctx, sender, subject, "Wednesday at 11 it is. See you then!\n\nPriya" + USER_OFFER_EN)
    assert u.kind is not Kind.INTERVIEW


def test_user_hiring_stays_other(ctx: Context) -> None:
    """The user's quoted words thank the writer for applying: the user is the one hiring."""
    offer = quoted(
        "Alex Morgan <alex.morgan@gmail.com>",
        "Mon, Mar 9, 2026 at 11:02 AM",
        "Hi Priya,\n\nThanks for applying for the Data Analyst role! I could do Wednesday, "
        "March 11 at 11am or Thursday afternoon.\n\nAlex",
    )
    u = _read(
        ctx,
        "Priya Raman <priya@larchwood-analytics.example>",
        "Re: Data Analyst role",
        "Wednesday at 11 it is. See you then!\n\nPriya" + offer,
    )
    assert u.kind is not Kind.INTERVIEW


def test_reply_taking_none_of_the_users_times_stays_other(ctx: Context) -> None:
    """ "Friday at 10 works for us" takes none of the user's offered times."""
    u = _read(
        ctx,
        "Priya Raman <priya@larchwood-analytics.example>",
        "Re: Data Analyst role",
        "Friday works better for us, sorry. See you soon.\n\nPriya" + USER_OFFER_EN,
    )
    assert u.kind is not Kind.INTERVIEW


def test_users_own_reply_over_own_offer_stays_other(ctx: Context) -> None:
    """The user's "Wednesday at 11 it is" over their own quoted offer books nothing."""
    raw = mail(
        sender=USER,
        to="Priya Raman <priya@larchwood-analytics.example>",
        subject="Re: Data Analyst role",
        body="Wednesday at 11 it is. See you then!\n\nAlex" + USER_OFFER_EN,
        date=SENT,
        headers={"In-Reply-To": "<offer.1@mail.gmail.com>"},
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    "offer",
    [
        # The user asks to drop by: a visit of their own, which may be anything.
        "Hi Priya,\n\nCould I come by for a coffee on Wednesday, March 11 at 11am?\n\nAlex",
        # The user sits on someone else's interview.
        "Hi Priya,\n\nI can do Wednesday, March 11 at 11am for the interview with the "
        "candidate.\n\nAlex",
        "Bonjour Priya,\n\nje suis disponible le mercredi 11 mars à 11h pour l'entretien du "
        "candidat.\n\nAlex",
        # The user sits on a jury.
        "Bonjour Priya,\n\nje suis disponible le mercredi 11 mars à 11h pour l'entretien en "
        "tant que jury.\n\nAlex",
    ],
)
def test_users_question_or_panel_seat_stays_other(ctx: Context, offer: str) -> None:
    """A time the user asked about, or offered as a panellist, booked by the company is none."""
    history = quoted("Alex Morgan <alex.morgan@gmail.com>", "Mon, Mar 9, 2026 at 11:02 AM", offer)
    u = _read(
        ctx,
        "Priya Raman <priya@larchwood-analytics.example>",
        "Re: Data Analyst role",
        "Wednesday at 11 it is. See you then!\n\nPriya" + history,
    )
    assert u.kind is not Kind.INTERVIEW
