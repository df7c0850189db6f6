"""A recruiter's short reply booking the slot the user picked, in German, French and Spanish.

Written for these tests (session 16), not taken from any evaluation set. The thread is the
same in each language: the recruiter offers two slots for an interview with a named
colleague, the user answers that Thursday at 14:00 suits them, and the recruiter's reply
(the message read) settles it in one of the ways people write such replies. English
replies of this kind are covered elsewhere; these languages read as well now.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Understanding, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import load_lexicon
from tests.unit.understand.messages import alex_in_new_york, mail, quoted

_USER = "Alex Morgan <alex.morgan@gmail.com>"
_THREADS = {
    "de": (
        "Europe/Berlin",
        "Re: Ihre Bewerbung als Data Analyst",
        "Jana Vogel <jana.vogel@acme.de>",
        "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gern zu einem "
        "Vorstellungsgespräch mit unserem Teamleiter Jonas Weber einladen. Passt Ihnen einer "
        "dieser Termine?\n\n- Mittwoch, 4. März, 10:00 Uhr\n- Donnerstag, 5. März, 14:00 Uhr"
        "\n\nViele Grüße\nJana Vogel",
        "Hallo Frau Vogel,\n\nDonnerstag um 14 Uhr passt mir sehr gut.\n\nViele Grüße\nAlex Morgan",
    ),
    "fr": (
        "Europe/Paris",
        "RE: Votre candidature - Data Analyst",
        "Claire Martin <claire.martin@acme.fr>",
        "Bonjour Alex,\n\nMerci pour votre candidature. Nous aimerions vous proposer un "
        "entretien avec Julien Moreau, notre responsable data. Seriez-vous disponible à l'un "
        "de ces créneaux ?\n\n- mercredi 4 mars à 10h\n- jeudi 5 mars à 14h\n\nBien "
        "cordialement,\nClaire Martin",
        # A sentence's first word is capitalised, weekday or not.
        "Bonjour Claire,\n\nJeudi à 14h me convient parfaitement.\n\nBien à vous,\nAlex",
    ),
    "es": (
        "Europe/Madrid",
        "RE: Tu candidatura - Data Analyst",
        "Lucía García <lucia.garcia@acme.es>",
        "Hola Alex:\n\nGracias por tu candidatura. Nos gustaría hacerte una entrevista con "
        "Pablo Ruiz, nuestro responsable de datos. ¿Te viene bien alguna de estas opciones?"
        "\n\n- miércoles 4 de marzo a las 10:00\n- jueves 5 de marzo a las 14:00\n\n"
        "Un saludo,\nLucía García",
        "Hola Lucía:\n\nEl jueves a las 14:00 me viene perfecto.\n\nGracias,\nAlex",
    ),
}
REPLIES = [
    ("de", "Perfekt, dann bis Donnerstag um 14 Uhr!\n\nJana"),
    ("de", "Super, ist eingetragen. Jonas freut sich auf Sie.\n\nJana"),
    ("de", "Danke, der Termin steht. Eine Kalendereinladung folgt.\n\nJana"),
    ("de", "Prima, dann sehen wir uns am Donnerstag.\n\nJana"),
    ("de", "Passt, ich habe den Termin fest eingeplant.\n\nJana"),
    ("de", "Alles klar, Donnerstag 14 Uhr ist bestätigt.\n\nJana"),
    ("fr", "Parfait, c'est noté pour jeudi 14h !\n\nClaire"),
    ("fr", "Très bien, à jeudi alors. Julien vous attendra à l'accueil.\n\nClaire"),
    ("fr", "C'est confirmé, vous recevrez une invitation Teams.\n\nClaire"),
    ("fr", "Super, je bloque le créneau.\n\nClaire"),
    ("fr", "Entendu, rendez-vous jeudi.\n\nClaire"),
    ("fr", "Merci, c'est calé pour jeudi à 14h.\n\nClaire"),
    ("es", "Perfecto, quedamos el jueves a las 14:00.\n\nLucía"),
    ("es", "Genial, queda confirmado. Pablo te espera.\n\nLucía"),
    ("es", "Listo, te envío la invitación de Teams.\n\nLucía"),
    ("es", "¡Estupendo! Nos vemos el jueves.\n\nLucía"),
    ("es", "Anotado, jueves a las 14:00 entonces.\n\nLucía"),
    ("es", "Hecho, ya tienes la convocatoria en tu calendario.\n\nLucía"),
]


def _reply(lang: str, own: str) -> tuple[Understanding, dt.datetime]:
    zone, subject, recruiter, offer, pick = _THREADS[lang]
    body = (
        own
        + quoted(_USER, "Sat, Feb 28, 2026 at 9:15 AM", pick)
        + quoted(recruiter, "Fri, Feb 27, 2026 at 11:02 AM", offer)
    )
    raw = mail(
        sender=recruiter,
        to=_USER,
        subject=subject,
        body=body,
        date="Mon, 02 Mar 2026 09:04:00 +0100",
    )
    context = Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}), user_name="Alex Morgan", timezone=zone
    )
    return understand(raw, context), dt.datetime(2026, 3, 5, 14, 0, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("lang", "own"), REPLIES, ids=[f"{r[0]}-{i}" for i, r in enumerate(REPLIES)]
)
def test_the_reply_books_the_picked_slot(lang: str, own: str) -> None:
    result, want = _reply(lang, own)
    assert result.kind.value == "interview", result.reasons
    assert result.interview is not None
    assert result.interview.start == want


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeudi à 14h me convient.", True),
        ("Bonjour,\n\nMardi à 10h, parfait.", True),
        ("¿Miércoles a las 10:00?", True),
        ("- Jeudi à 14h", True),
        ("Hablarás con Domingo a las 3.", False),
        ("Entrevista con Domingo 10 minutos.", False),
    ],
)
def test_a_capitalised_weekday_opens_a_sentence_or_names_someone(text: str, found: bool) -> None:
    """Spanish and French write weekdays in lower case: capitalised, the word is a name
    ("con Domingo a las 3") unless it begins a sentence or a line."""
    ref = dt.datetime(2026, 3, 2, 9, 4, tzinfo=ZoneInfo("Europe/Paris"))
    moments = find_moments(text, load_lexicon(), ref, "dmy", "Europe/Paris")
    assert bool(moments) is found


@pytest.mark.parametrize(
    ("own", "booked"),
    [
        ("Priya is only free at 4pm that day. See you Thursday!\n\nJordan", False),
        ("Thursday works - I'll send the invite by 5pm today.\n\nJordan", True),
        ("See you Thursday! Please arrive 15 minutes early, at 1:45pm.\n\nJordan", True),
    ],
)
def test_a_reply_limiting_the_day_to_another_hour_books_nothing(own: str, booked: bool) -> None:
    """ "Only free at 4pm that day. See you Thursday!" over the user's pick of Thursday at 2pm:
    not the offered time (an arrival time or a deadline limits nothing)."""
    recruiter = "Jordan Lee <jordan.lee@acme.io>"
    offer = (
        "Hi Alex,\n\nWe'd love to set up an interview with Priya Shah. Would any of these "
        "work?\n\n- Wednesday, March 4 at 10:00 AM ET\n- Thursday, March 5 at 2:00 PM ET\n\n"
        "Best,\nJordan"
    )
    pick = "Hi Jordan,\n\nThursday at 2pm works great for me.\n\nAlex"
    body = (
        own
        + quoted(_USER, "Sat, Feb 28, 2026 at 9:15 AM", pick)
        + quoted(recruiter, "Fri, Feb 27, 2026 at 11:02 AM", offer)
    )
    result = understand(
        mail(sender=recruiter, subject="Re: Interview", body=body), alex_in_new_york()
    )
    if booked:
        assert result.interview is not None
        assert result.interview.start == dt.datetime(
            2026, 3, 5, 14, 0, tzinfo=ZoneInfo("America/New_York")
        )
    else:
        assert result.interview is None or result.interview.start.hour != 14
