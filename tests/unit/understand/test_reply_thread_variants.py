"""The same message sent as a reply in the user's thread keeps its meaning.

A system's confirmation whose footer says "this mailbox is not monitored" is no automatic
answer because its subject starts with "RE:"; a German call-off whose date and people
stand between the noun and "absagen" is a cancellation with or without the subject that
says so. Written for these tests (invented companies and people under .example names).
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/Anchorage",
)
DE_CTX = Context(
    user_addresses=frozenset({"lena.brandt@posteo.example"}),
    user_name="Lena Brandt",
    timezone="Europe/Berlin",
    date_order="dmy",
)
THREAD = {"In-Reply-To": "<note-1@gmail.example>", "References": "<note-1@gmail.example>"}


@pytest.mark.parametrize("subject", ["Phone interview confirmation", "RE: Phone interview"])
def test_system_confirmation_with_an_unmonitored_footer(subject: str) -> None:
    """ "This mailbox is not monitored" under a confirmation: an interview, reply or not."""
    body = (
        "Hello Alex,\n\nThis message confirms your phone interview for GIS Analyst "
        "(Req #2026-311).\n\nWhen: Wednesday, March 11, 2026, 2:00 PM Alaska Time\n"
        "Interviewer: Dana Okpik, GIS Supervisor\n\nPlease do not reply to this message; "
        "this mailbox is not monitored.\n\nKetchikan Borough Human Resources\n"
    )
    raw = mail(
        sender="Borough HR <donotreply@ketchikanborough.example>",
        subject=subject,
        body=body,
        headers={"X-Auto-Response-Suppress": "All", **THREAD},
    )
    assert understand(raw, CTX).kind is Kind.INTERVIEW


def test_systems_automatic_answer_stays_one() -> None:
    """Neighbour: the same system answering the user's mail with only its notice."""
    body = (
        "Thank you for your email. This mailbox is not monitored, so your message has not "
        "been read. For questions about your application, please visit our careers portal."
        "\n\nKetchikan Borough Human Resources\n"
    )
    raw = mail(
        sender="Borough HR <donotreply@ketchikanborough.example>",
        subject="RE: Phone interview",
        body=body,
        headers={"X-Auto-Response-Suppress": "All", **THREAD},
    )
    assert understand(raw, CTX).kind is Kind.AUTO_REPLY


@pytest.mark.parametrize("subject", ["Absage Termin Vorstellungsgespräch", "AW: Ihr Termin"])
def test_german_call_off_with_date_and_people_between(subject: str) -> None:
    """ "müssen wir das Vorstellungsgespräch am Donnerstag, 5. März 2026 um 13 Uhr mit Herrn
    X absagen": a cancellation, whatever the subject."""
    body = (
        "Guten Morgen Frau Brandt,\n\nleider müssen wir das Vorstellungsgespräch am "
        "Donnerstag, 5. März 2026 um 13 Uhr mit Herrn Jonas Kessel absagen, da Herr Kessel "
        "kurzfristig verreisen muss. Wir melden uns mit einem neuen Terminvorschlag.\n\n"
        "Mit freundlichen Grüßen\nAnke Vogt\nPersonalabteilung, Kesselgrund GmbH\n"
    )
    raw = mail(
        sender="Anke Vogt <anke.vogt@kesselgrund.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject=subject,
        body=body,
        date="Mon, 02 Mar 2026 09:04:00 +0100",
        headers=THREAD,
    )
    u = understand(raw, DE_CTX)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons


def test_german_move_is_no_call_off() -> None:
    """Neighbour: "... verschieben" with the same words between is a move, not a cancel."""
    body = (
        "Guten Morgen Frau Brandt,\n\nleider müssen wir das Vorstellungsgespräch am "
        "Donnerstag, 5. März 2026 um 13 Uhr mit Herrn Jonas Kessel auf Freitag, 6. März 2026 "
        "um 10 Uhr verschieben.\n\nMit freundlichen Grüßen\nAnke Vogt\nKesselgrund GmbH\n"
    )
    raw = mail(
        sender="Anke Vogt <anke.vogt@kesselgrund.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="AW: Ihr Termin",
        body=body,
        date="Mon, 02 Mar 2026 09:04:00 +0100",
        headers=THREAD,
    )
    assert understand(raw, DE_CTX).kind is not Kind.INTERVIEW_CANCELLED
