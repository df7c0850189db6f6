"""A grid of written date, time and zone shapes per language, each read to its exact start.

Every case is a short sentence as recruiters, ATS tools and calendar apps write it. The
message is dated Monday 2 March 2026 and every interview is on Tuesday 10 March 2026, so
relative days ("tomorrow"), bare weekdays and days without a month all have one answer.
"""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import default_lexicon
from daemon.understand.model import DateOrder

from .messages import mail

LEX = default_lexicon()
REF = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # Monday 2 March 2026
DAY = dt.date(2026, 3, 10)  # Tuesday
HOME = "Europe/Berlin"  # the fallback zone when the text states none

# (written date, date order of the reader, day it means)
Date = tuple[str, DateOrder, dt.date]
# (written time with its lead word, start hour, start minute)
Time = tuple[str, int, int]
# (written zone, IANA zone it means)
Zone = tuple[str, str]

EN_DATES: list[Date] = [
    ("Tuesday, March 10", "mdy", DAY),
    ("Tue 10 Mar", "dmy", DAY),
    ("Tues., Mar. 10, 2026", "mdy", DAY),
    ("10 March 2026", "dmy", DAY),
    ("March 10th", "mdy", DAY),
    ("Tuesday 10th March", "dmy", DAY),
    ("Tuesday the 10th", "mdy", DAY),
    ("the 10th", "mdy", DAY),
    ("10/03", "dmy", DAY),
    ("3/10", "mdy", DAY),
    ("Tue 3/10/2026", "mdy", DAY),
    ("2026-03-10", "mdy", DAY),
    ("tomorrow", "mdy", dt.date(2026, 3, 3)),
    ("Thursday", "mdy", dt.date(2026, 3, 5)),
]
EN_TIMES: list[Time] = [
    ("at 2pm", 14, 0),
    ("at 2 p.m.", 14, 0),
    ("at 2:30pm", 14, 30),
    ("at 2:30 PM", 14, 30),
    ("at 14:30", 14, 30),
    ("at 14.30", 14, 30),
    ("@ 9am", 9, 0),
    ("at noon", 12, 0),
    ("from 2-3pm", 14, 0),
    ("2:00 PM - 3:00 PM", 14, 0),
    ("from 11am to 12pm", 11, 0),
]
EN_ZONES: list[Zone] = [
    ("ET", "America/New_York"),
    ("EST", "America/New_York"),
    ("EDT", "America/New_York"),
    ("PT", "America/Los_Angeles"),
    ("(Pacific Time)", "America/Los_Angeles"),
    ("CET", "Europe/Berlin"),
    ("CEST", "Europe/Berlin"),
    ("BST", "Europe/London"),
    ("GMT", "UTC"),
    ("UK time", "Europe/London"),
    ("London time", "Europe/London"),
    ("IST", "Asia/Kolkata"),
    ("AEST", "Australia/Sydney"),
    ("Eastern Time (US & Canada)", "America/New_York"),
    ("(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Amsterdam"),
    ("(UTC-05:00) Bogota, Lima, Quito", "America/Bogota"),
]

DE_DATES: list[Date] = [
    ("Dienstag, 10. März", "dmy", DAY),
    ("Dienstag, den 10. März 2026", "dmy", DAY),
    ("Di., 10.03.2026", "dmy", DAY),
    ("10.3.", "dmy", DAY),
    ("10.03.", "dmy", DAY),
    ("am 10. März", "dmy", DAY),
    ("am 10.", "dmy", DAY),
    ("Dienstag, den 10.", "dmy", DAY),
    ("2026-03-10", "dmy", DAY),
    ("morgen", "dmy", dt.date(2026, 3, 3)),
    ("Donnerstag", "dmy", dt.date(2026, 3, 5)),
]
DE_TIMES: list[Time] = [
    ("um 14 Uhr", 14, 0),
    ("um 14:30 Uhr", 14, 30),
    ("um 14.30 Uhr", 14, 30),
    ("um 9:00 Uhr", 9, 0),
    ("von 10 bis 11 Uhr", 10, 0),
    ("von 10:00 bis 11:00 Uhr", 10, 0),
    ("10:00 – 11:00 Uhr", 10, 0),
    ("um 14:30", 14, 30),
]
DE_ZONES: list[Zone] = [
    ("MEZ", "Europe/Berlin"),
    ("(MESZ)", "Europe/Berlin"),
    ("deutscher Zeit", "Europe/Berlin"),
    ("Wiener Zeit", "Europe/Vienna"),
]

FR_DATES: list[Date] = [
    ("mardi 10 mars", "dmy", DAY),
    ("le mardi 10 mars 2026", "dmy", DAY),
    ("le 10 mars", "dmy", DAY),
    ("le 10", "dmy", DAY),
    ("mar. 10 mars", "dmy", DAY),
    ("le mardi 10", "dmy", DAY),
    ("10/03/2026", "dmy", DAY),
    ("demain", "dmy", dt.date(2026, 3, 3)),
    ("jeudi", "dmy", dt.date(2026, 3, 5)),
]
FR_TIMES: list[Time] = [
    ("à 14h", 14, 0),
    ("à 14h30", 14, 30),
    ("à 14 h 30", 14, 30),
    ("à 14 heures", 14, 0),
    ("à 14:30", 14, 30),
    ("à midi", 12, 0),
    ("de 10h à 11h", 10, 0),
    ("de 10 h à 11 h", 10, 0),
]
FR_ZONES: list[Zone] = [
    ("(heure de Paris)", "Europe/Paris"),
    ("heure de Montréal", "America/Toronto"),
    ("heure de Bruxelles", "Europe/Brussels"),
]

ES_DATES: list[Date] = [
    ("martes 10 de marzo", "dmy", DAY),
    ("el martes, 10 de marzo de 2026", "dmy", DAY),
    ("el 10 de marzo", "dmy", DAY),
    ("el 10", "dmy", DAY),
    ("el día 10", "dmy", DAY),
    ("el martes 10", "dmy", DAY),
    ("10/03/2026", "dmy", DAY),
    ("mañana", "dmy", dt.date(2026, 3, 3)),
    ("el jueves", "dmy", dt.date(2026, 3, 5)),
]
ES_TIMES: list[Time] = [
    ("a las 14:30", 14, 30),
    ("a las 14:30 h", 14, 30),
    ("a las 14 h", 14, 0),
    ("a las 14 horas", 14, 0),
    ("a las 10", 10, 0),
    ("a las 10 hs", 10, 0),
    ("a las 10:00 a. m.", 10, 0),
    ("a las 3:00 p. m.", 15, 0),
    ("a las 11 de la mañana", 11, 0),
    ("al mediodía", 12, 0),
    ("de 10:00 a 11:00", 10, 0),
    ("de 10 a 11 h", 10, 0),
    ("de 10 a 11 horas", 10, 0),
]
ES_ZONES: list[Zone] = [
    ("hora de Madrid", "Europe/Madrid"),
    ("(hora peninsular)", "Europe/Madrid"),
    ("hora del centro (CDMX)", "America/Mexico_City"),
    ("hora de Ciudad de México", "America/Mexico_City"),
    ("Bogotá (GMT-5)", "America/Bogota"),
    ("(GMT-05:00) Bogotá", "America/Bogota"),
    ("hora de Colombia", "America/Bogota"),
    ("hora de Argentina", "America/Argentina/Buenos_Aires"),
]

# A sentence per language; {when} is the date, a space, and the time (and zone).
SENTENCE = {
    "en": "Your interview is confirmed for {when}. Please reply if that no longer works.",
    "de": "Ihr Vorstellungsgespräch findet {when} statt. Bitte bestätigen Sie den Termin.",
    "fr": "Votre entretien aura lieu {when}. Merci de confirmer votre présence.",
    "es": "Le confirmamos la entrevista {when}. Quedamos atentos a su confirmación.",
}


def start_of(text: str, order: DateOrder) -> dt.datetime:
    """The aware start of the first moment in ``text`` (the test fails when none)."""
    moments = find_moments(text, LEX, REF, order, HOME)
    assert moments, f"no moment in {text!r}"
    return moments[0].start


def _grid(lang: str, dates: list[Date], times: list[Time]) -> list[tuple[str, DateOrder, str]]:
    """Every date shape with every time shape, in ``lang``'s sentence, with its expected ISO."""
    out = []
    for (d, order, day), (t, h, m) in itertools.product(dates, times):
        when = dt.datetime.combine(day, dt.time(h, m), tzinfo=ZoneInfo(HOME))
        out.append((SENTENCE[lang].format(when=f"{d} {t}"), order, when.isoformat()))
    return out


def _zones(lang: str, date: str, time: Time, zones: list[Zone]) -> list[tuple[str, str]]:
    """One date and time with every zone shape of ``lang``, with the expected ISO start."""
    t, h, m = time
    out = []
    for z, name in zones:
        when = dt.datetime.combine(DAY, dt.time(h, m), tzinfo=ZoneInfo(name))
        out.append((SENTENCE[lang].format(when=f"{date} {t} {z}"), when.isoformat()))
    return out


GRID = (
    _grid("en", EN_DATES, EN_TIMES)
    + _grid("de", DE_DATES, DE_TIMES)
    + _grid("fr", FR_DATES, FR_TIMES)
    + _grid("es", ES_DATES, ES_TIMES)
)
ZONES = (
    _zones("en", "Tuesday, March 10", ("at 2:30pm", 14, 30), EN_ZONES)
    + _zones("en", "Tue 10 Mar", ("at 14:30", 14, 30), EN_ZONES)
    + _zones("de", "Dienstag, 10. März", ("um 14:30 Uhr", 14, 30), DE_ZONES)
    + _zones("fr", "mardi 10 mars", ("à 14h30", 14, 30), FR_ZONES)
    + _zones("es", "martes 10 de marzo", ("a las 14:30", 14, 30), ES_ZONES)
)


@pytest.mark.parametrize(("text", "order", "iso"), GRID)
def test_date_and_time_shapes(text: str, order: DateOrder, iso: str) -> None:
    """Each written date shape with each time shape gives the exact start."""
    assert start_of(text, order).isoformat() == iso


@pytest.mark.parametrize(("text", "iso"), ZONES)
def test_zone_shapes(text: str, iso: str) -> None:
    """Each written zone shape after a time gives the exact aware start."""
    assert start_of(text, "dmy").isoformat() == iso


# How scheduling tools and calendar apps lay out one slot, read by a user in New York (so
# only a zone taken from the text gives the expected start).
LAYOUTS = [
    (
        "2:00pm - 2:30pm, Tuesday, March 10, 2026 (Eastern Time - US & Canada)",
        "2026-03-10T14:00:00-04:00",
    ),
    ("10:00am - 10:45am, Tuesday, March 10, 2026 (Pacific Time)", "2026-03-10T10:00:00-07:00"),
    (
        "14:00 - 14:30, martes, 10 de marzo de 2026 (Hora de Europa central)",
        "2026-03-10T14:00:00+01:00",
    ),
    (
        "mardi 10 mars 2026 ⋅ 14:00 – 14:45 (heure normale d’Europe centrale - Paris)",
        "2026-03-10T14:00:00+01:00",
    ),
    (
        "Dienstag, 10. März 2026 ⋅ 14:00–14:45 (Mitteleuropäische Normalzeit - Berlin)",
        "2026-03-10T14:00:00+01:00",
    ),
    (
        "martes, 10 de marzo de 2026 ⋅ 14:00–14:45 (hora estándar de Europa central - Madrid)",
        "2026-03-10T14:00:00+01:00",
    ),
    ("el martes 10 de marzo a las 10:00 a. m. (hora de Colombia)", "2026-03-10T10:00:00-05:00"),
    ("martes 10 de marzo, 10:00 hs (Argentina)", "2026-03-10T10:00:00-03:00"),
    ("10/03/2026 - 10:00 hrs (hora CDMX)", "2026-03-10T10:00:00-06:00"),
    ("Dienstag, 10.03.26, 14 Uhr MEZ", "2026-03-10T14:00:00+01:00"),
    ("Tuesday Mar 10, 2026 ⋅ 2pm – 2:45pm (Eastern Time - New York)", "2026-03-10T14:00:00-04:00"),
    ("Time: Mar 10, 2026 02:00 PM Eastern Time (US and Canada)", "2026-03-10T14:00:00-04:00"),
]


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Tuesday (3/10) at 2pm works for the panel.", "mdy"),
        ("3/10 (Tuesday) at 2pm works for the panel.", "mdy"),
        ("Tuesday (10 March) at 2pm works for the panel.", "dmy"),
        ("martes (10/03) a las 14:00 con el equipo.", "dmy"),
        ("mardi (10/03) à 14h avec l'équipe.", "dmy"),
    ],
)
def test_weekday_beside_a_bracketed_date(text: str, order: DateOrder) -> None:
    """A weekday beside a date in brackets is that date, one moment, not the next weekday."""
    moments = find_moments(text, LEX, REF, order, HOME)
    assert [m.start.date() for m in moments] == [DAY]


@pytest.mark.parametrize(("text", "iso"), LAYOUTS)
def test_tool_layouts(text: str, iso: str) -> None:
    """Scheduling-tool and calendar layouts give the start in the zone they name."""
    order: DateOrder = "mdy" if text[0].isupper() and "Mar " in text else "dmy"
    moments = find_moments(text, LEX, REF, order, "America/New_York")
    assert moments, text
    assert moments[0].start.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        # Prices, versions, phone numbers, shares, rooms and references beside a date.
        "Tuesday, March 10: the plan costs 14.30 per seat.",
        "Tuesday, March 10 - release 2.30 ships with the fix.",
        "Call us on Tuesday, March 10: +1 212 555 0143.",
        "On Tuesday, March 10 3/4 of the team will be out.",
        "Tuesday, March 10 in room 14.30 of building B.",
        "Job ID 10/2026 was opened on the 10th.",
        "the 10th floor at 2pm",
        "Tuesday 10 candidates applied; we saw 3 of them.",
        "Dienstag, 10. März: Rechnung 14.30 EUR, Version 2.10.",
        "mardi 10 mars : 14,30 € par mois.",
        "el martes 10 de marzo: de 10 a 11 personas por turno.",
        "el martes 10 de marzo: entre 10 y 11 años de experiencia.",
        "Guten Morgen Frau Roth, um 10 Uhr ist die Sitzung.",
        "Morgen! Ab 10 Uhr bin ich erreichbar.",
        "Referenz 10.03.26-14, Betrag 14.30",
        # Counts and lengths of time beside a date.
        "Interview 2 of 3 at 2pm is the one with the panel.",
        "une formation de 10 heures le mardi 10 mars",
        "el martes 10 de marzo, jornada de 8 horas",
        "el martes 10 de marzo enviamos la invitación a las 10 personas seleccionadas",
        "Tuesday, March 10: priced at 14.30 USD per seat.",
        "ab 10.03. verfügbar.",
        "Update 1.2.26.4 ships Tuesday.",
    ],
)
def test_numbers_are_not_moments(text: str) -> None:
    """Prices, versions, phones, shares, rooms, references and greetings give no moment."""
    assert find_moments(text, LEX, REF, "dmy", HOME) == []


# A confirmation in each language, encoded as its sender's client does (Latin-1, cp1252).
LETTERS = [
    (
        "iso-8859-1",
        "Bestätigung Ihres Vorstellungsgesprächs",
        "Sehr geehrte Frau Brandt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
        "Dienstag, 10. März 2026 um 14:30 Uhr in unserem Büro.\n\nMit freundlichen Grüßen\n"
        "Jörg Albrecht\nPersonalabteilung\n",
        dt.datetime(2026, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    ),
    (
        "windows-1252",
        "Confirmation de votre entretien",
        "Bonjour Madame Brandt,\n\nNous vous confirmons votre entretien le mardi 10 mars à "
        "14h30 (heure de Paris) dans nos locaux.\n\nBien cordialement,\nHélène Garnier\n"
        "Chargée de recrutement\n",
        dt.datetime(2026, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/Paris")),
    ),
    (
        "iso-8859-1",
        "Confirmación de entrevista",
        "Hola Lena:\n\nTe confirmamos la entrevista el martes 10 de marzo a las 10:00 "
        "(hora de Madrid) por videollamada.\n\nUn saludo,\nNúria Domènech\nRecursos Humanos\n",
        dt.datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Madrid")),
    ),
    (
        "iso-8859-1",
        "Ihr Vorstellungsgespräch morgen",
        "Hallo Frau Brandt,\n\nwie telefonisch besprochen sehen wir uns morgen um 10 Uhr zum "
        "Vorstellungsgespräch bei uns im Haus.\n\nViele Grüße\nJörg Albrecht\n"
        "Personalabteilung\n",
        dt.datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")),
    ),
    (
        "windows-1252",
        "Entrevista - confirmación",
        "Hola Lena,\n\nTe confirmo la entrevista con el equipo de producto el martes 10 a las "
        "10 hs (hora de Argentina) por Google Meet.\n\nSaludos,\nMaría Belén Suárez\n"
        "Selección de personal\n",
        dt.datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("America/Argentina/Buenos_Aires")),
    ),
]

BERLIN_USER = Context(
    user_addresses=frozenset({"lena.brandt@posteo.example"}),
    user_name="Lena Brandt",
    timezone="Europe/Berlin",
    date_order="dmy",
)


def encoded(charset: str, subject: str, body: str) -> bytes:
    """A plain-text message whose body is sent 8-bit in ``charset``."""
    raw = mail(
        sender="Recruiting <jobs@lindenhaus.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject=subject,
        body=body,
        date="Mon, 02 Mar 2026 10:00:00 +0100",
    )
    head, _, _ = raw.partition(b"\r\n\r\n")
    head = head.replace(b'charset="utf-8"', f'charset="{charset}"'.encode())
    head = head.replace(b"charset=utf-8", f"charset={charset}".encode())
    for cte in (b"base64", b"quoted-printable"):
        head = head.replace(
            b"Content-Transfer-Encoding: " + cte, b"Content-Transfer-Encoding: 8bit"
        )
    return head + b"\r\n\r\n" + body.replace("\n", "\r\n").encode(charset)


@pytest.mark.parametrize(("charset", "subject", "body", "start"), LETTERS)
def test_latin1_confirmation(charset: str, subject: str, body: str, start: dt.datetime) -> None:
    """A confirmation sent in Latin-1 or cp1252 with accented words keeps its exact start."""
    u = understand(encoded(charset, subject, body), BERLIN_USER)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == start


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Terminerinnerung Zahnarztpraxis",
            "Guten Tag Frau Brandt,\n\nwir erinnern Sie an Ihren Termin zur Prophylaxe morgen "
            "um 10 Uhr in unserer Praxis.\n\nIhr Praxisteam\n",
        ),
        (
            "Confirmación de inscripción al webinar",
            "Hola Lena,\n\nGracias por inscribirte en nuestro webinar «Cómo preparar una "
            "entrevista de trabajo» el martes 10 a las 10 hs (hora de Argentina).\n\n"
            "Para darte de baja de estos correos haz clic aquí.\n",
        ),
        (
            "Rendez-vous atelier",
            "Bonjour,\n\nVotre véhicule est attendu au garage le 10 à 14h pour la révision.\n\n"
            "Garage du Centre\n",
        ),
    ],
)
def test_appointments_in_latin1_are_not_interviews(subject: str, body: str) -> None:
    """Dentist, webinar and garage appointments with the same date shapes are no interview."""
    u = understand(encoded("iso-8859-1", subject, body), BERLIN_USER)
    assert u.kind is not Kind.INTERVIEW, u.reasons
