"""Zone families from eval15's dev half: offset labels are no clock times; city clocks by name.

1. An ATS or Outlook zone label ("(GMT+08:00) Asia/Manila", "(UTC+01:00) Amsterdam, Berlin,
   Bern", "GMT-0400") holds digits that look like a time; they are an offset wherever the
   label stands (its own line under a day heading, a subject, before a row's time). The
   label on its own line under the day is the zone of the rows below.
2. A city's or a country's adjective names its clock: "15 Uhr Münchner Zeit", "15 h, heure
   belge", "a las 15:00, hora chilena", "3pm German time".

Every message was written for these tests (invented people and companies under .example
names). Near misses: a time with its own offset after it ("at 08:00 GMT+1"), a city named as
a place ("unser Münchner Büro", "notre bureau de Paris") beside a time stated in another
zone or in the reader's ("Ihrer Zeit", "tu hora").
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, default_lexicon, understand
from daemon.understand._dates import find_times

from .messages import mail, start

USER = "Alex Morgan <alex.morgan@gmail.com>"
SENT = "Mon, 02 Mar 2026 15:04:00 +0100"


def _understand(body: str, subject: str, tz: str, sender: str = "") -> dt.datetime:
    """The interview start read from a message for a user whose own zone is ``tz``."""
    raw = mail(
        sender=sender or "Dana Whitlow <dana.whitlow@brightfold.example>",
        subject=subject,
        body=body,
        date=SENT,
    )
    ctx = Context(timezone=tz, user_addresses=frozenset({"alex.morgan@gmail.com"}))
    return start(understand(raw, ctx))


def _at(hour: int, minute: int, zone: str, day: int = 12) -> dt.datetime:
    """A start on a day of March 2026 in ``zone``."""
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=ZoneInfo(zone))


AGENDA = (
    "Hi Alex,\n\nYour virtual onsite with Brightfold is confirmed.\n\n"
    "Thursday, March 12, 2026\n{zone}\n\n"
    "9:00 AM – 9:45 AM  Analytics case – Priya Nandakumar\n"
    "10:00 AM – 10:45 AM  Systems design – Tomasz Wielgosz\n"
    "11:00 AM – 11:30 AM  Values – Dana Whitlow\n\n"
    "Each session has its own video link in the invitations we sent.\n\nBest,\nDana"
)


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("(GMT+08:00) Asia/Manila", "Asia/Manila"),
        ("(GMT-03:00) America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("Asia/Singapore (GMT+08:00)", "Asia/Singapore"),
        ("(UTC-03:00) Brasilia", "America/Sao_Paulo"),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Amsterdam"),
        ("(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"),
    ],
)
@pytest.mark.parametrize("user_zone", ["Asia/Tokyo", "America/Chicago"])
def test_zone_line_under_day_heading(label: str, zone: str, user_zone: str) -> None:
    """A zone label on its own line under the day is the rows' zone; its digits no start."""
    got = _understand(AGENDA.format(zone=label), "Interview confirmed: Brightfold", user_zone)
    assert got == _at(9, 0, zone)


@pytest.mark.parametrize(
    ("subject", "body", "zone"),
    [
        (
            "Einladung: Vorstellungsgespräch",
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Hiermit bestätigen wir Ihr "
            "Vorstellungsgespräch:\n\nDonnerstag, 12. März 2026\n(UTC+01:00) Amsterdam, Berlin, "
            "Bern, Rom, Stockholm, Wien\n\n09:00 – 09:45  Fachgespräch – Ilse Brandhuber\n"
            "10:00 – 10:30  Personal – Lena Vogt\n\nViele Grüße\nLena Vogt",
            "Europe/Amsterdam",
        ),
        (
            "Invitación: entrevista",
            "Hola Alex,\n\nTe confirmamos la entrevista:\n\njueves, 12 de marzo de 2026\n"
            "(UTC-05:00) Bogotá, Lima, Quito, Rio Branco\n\n09:00 – 09:45  Entrevista técnica – "
            "Jorge Páez\n10:00 – 10:30  Cultura – Lucía Ferreyra\n\nSaludos,\nLucía Ferreyra",
            "America/Bogota",
        ),
    ],
)
def test_outlook_zone_line_other_languages(subject: str, body: str, zone: str) -> None:
    """Outlook's offset and place list under a German or Spanish day heading: the rows' zone."""
    assert _understand(body, subject, "Asia/Tokyo") == _at(9, 0, zone)


@pytest.mark.parametrize(
    ("subject", "body", "zone"),
    [
        (
            "Interview confirmed",
            "Hi Alex,\n\nConfirmed: Thursday, March 12, 2026 (GMT+08:00) Asia/Manila, starting "
            "9:00 AM with Priya Nandakumar.\n\nBest,\nDana",
            "Asia/Manila",
        ),
        (
            "Interview confirmed",
            "Hi Alex,\n\nYour interview is confirmed.\nDate: Thursday, March 12, 2026\n"
            "Time zone: GMT+08:00 Asia/Manila\nTime: 9:00 AM - 9:45 AM\n\nBest,\nDana",
            "Asia/Manila",
        ),
        (
            "Einladung zum Vorstellungsgespräch",
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Hiermit bestätigen wir Ihr "
            "Vorstellungsgespräch.\nDatum: Donnerstag, 12. März 2026\nZeitzone: (UTC+01:00) "
            "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nUhrzeit: 09:00 Uhr\n\n"
            "Viele Grüße\nLena Vogt",
            "Europe/Amsterdam",
        ),
    ],
)
def test_offset_label_between_date_and_time(subject: str, body: str, zone: str) -> None:
    """A zone label between a date and its time is the time's zone, and no time itself."""
    assert _understand(body, subject, "America/Chicago") == _at(9, 0, zone)


def test_bare_offset_line_under_day_heading() -> None:
    """ "GMT-0400" alone under the day gives the rows that fixed offset, not 04:00."""
    got = _understand(AGENDA.format(zone="GMT-0400"), "Interview confirmed", "Asia/Tokyo")
    assert got == dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.timezone(-dt.timedelta(hours=4)))


@pytest.mark.parametrize(
    "line",
    [
        "GMT+8 is where our panel sits; we will adjust if needed.",
        "Pacific team sync, then the panel",
        "Berlin, Munich, Hamburg: our offices",
    ],
)
def test_sentence_under_heading_is_no_zone_line(line: str) -> None:
    """A line that goes on past a zone word in a sentence gives the rows no zone."""
    got = _understand(AGENDA.format(zone=line), "Interview confirmed", "Europe/Berlin")
    assert got == _at(9, 0, "Europe/Berlin")


def test_offset_before_row_time_is_its_zone() -> None:
    """ "(GMT+08:00) 9:00 AM - 10:00 AM": the offset before the time is its zone."""
    body = (
        "Hi Alex,\n\nYour interview with Brightfold is confirmed for Thursday, March 12, "
        "2026, (GMT+08:00) 9:00 AM - 10:00 AM.\n\nBest,\nDana"
    )
    got = _understand(body, "Interview confirmed", "Europe/Berlin")
    assert got == dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_offset_in_subject_is_no_time() -> None:
    """A subject's "(GMT-0400)" after the time keeps the stated hour, read in that offset."""
    got = _understand(
        "Hi Alex,\n\nLooking forward to speaking with you.\n\nBest,\nDana",
        "Interview confirmed: Thu Mar 12, 2026 9:00am - 10:00am (GMT-0400)",
        "Europe/Berlin",
    )
    assert got == dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.timezone(-dt.timedelta(hours=4)))


@pytest.mark.parametrize(
    "text",
    [
        "(GMT+08:00) Asia/Manila",
        "(UTC-03:00) Brasilia",
        "Zeitzone: GMT-0400",
        "(+05:30) India",
        "UTC+05:30 Mumbai",
    ],
)
def test_offset_digits_are_no_time(text: str) -> None:
    """An offset's hours and minutes are never found as a clock time."""
    assert find_times(text, default_lexicon()) == []


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [("at 08:00 GMT+1", 1), ("at 08:00 (UTC+8)", 8), ("at 08:00 UTC-03:00", -3)],
)
def test_time_with_offset_after_keeps_its_hour(phrase: str, offset: int) -> None:
    """Near miss: a time followed by its offset is that time in that offset."""
    body = f"Hi Alex,\n\nYour interview is confirmed for Thursday, March 12, 2026 {phrase}.\n\nDana"
    got = _understand(body, "Interview confirmed", "Asia/Tokyo")
    assert got == dt.datetime(2026, 3, 12, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=offset)))


DE = (
    "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Data Engineer. Wir laden Sie "
    "herzlich zu einem Vorstellungsgespräch am Dienstag, 10. März 2026 um 15:00 Uhr {zone} "
    "ein. Gesprächspartnerin ist Frau Ilse Brandhuber.\n\nViele Grüße\nLena Vogt"
)
FR = (
    "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien pour le poste "
    "d'analyste le mardi 10 mars 2026 à 15h00 {zone}.\n\nCordialement,\nClaire Dumoulin"
)
ES = (
    "Hola Alex,\n\nTe confirmamos la entrevista para el puesto de analista el martes 10 de "
    "marzo de 2026 a las 15:00 {zone}.\n\nSaludos,\nLucía Ferreyra"
)
EN = (
    "Hi Alex,\n\nYour interview for the analyst role is confirmed for Tuesday, March 10, "
    "2026 at 3:00 PM {zone}.\n\nBest,\nDana"
)
SUBJECTS = {
    "de": "Einladung zum Vorstellungsgespräch",
    "fr": "Invitation à un entretien",
    "es": "Entrevista - Analista",
    "en": "Interview confirmed",
}


@pytest.mark.parametrize(
    ("lang", "phrase", "zone"),
    [
        ("de", "(Münchner Zeit)", "Europe/Berlin"),
        ("de", "Hamburger Zeit", "Europe/Berlin"),
        ("de", "(Zürcher Zeit)", "Europe/Zurich"),
        ("de", "Grazer Zeit", "Europe/Vienna"),
        ("de", "(österreichische Zeit)", "Europe/Vienna"),
        ("de", "(Ortszeit München)", "Europe/Berlin"),
        ("de", "nach Wiener Zeit", "Europe/Vienna"),
        ("de", "(nach deutscher Zeit)", "Europe/Berlin"),
        ("fr", "(heure belge)", "Europe/Brussels"),
        ("fr", "heure suisse", "Europe/Zurich"),
        ("fr", "(heure québécoise)", "America/Toronto"),
        ("fr", "heure locale de Lyon", "Europe/Paris"),
        ("es", "(hora canaria)", "Atlantic/Canary"),
        ("es", "hora chilena", "America/Santiago"),
        ("es", "(hora colombiana)", "America/Bogota"),
        ("es", "hora mexicana", "America/Mexico_City"),
        ("es", "(hora local de Valencia)", "Europe/Madrid"),
        ("en", "German time", "Europe/Berlin"),
        ("en", "(Swiss time)", "Europe/Zurich"),
        ("en", "Portuguese time", "Europe/Lisbon"),
    ],
)
def test_city_and_country_clocks(lang: str, phrase: str, zone: str) -> None:
    """A city's or country's adjective with the word for time names that zone."""
    body = {"de": DE, "fr": FR, "es": ES, "en": EN}[lang].format(zone=phrase)
    got = _understand(body, SUBJECTS[lang], "Asia/Tokyo")
    assert got == _at(15, 0, zone, day=10)


@pytest.mark.parametrize(
    ("lang", "body", "zone"),
    [
        (
            "de",
            "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
            "Vorstellungsgespräch in unserem Münchner Büro ein, am Dienstag, 10. März 2026 um "
            "15:00 Uhr (Londoner Zeit).\n\nViele Grüße\nLena Vogt",
            "Europe/London",
        ),
        (
            "de",
            "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu "
            "einem Vorstellungsgespräch mit unserem Münchner Team am Dienstag, 10. März 2026 um "
            "15:00 Uhr Ihrer Zeit ein.\n\nViele Grüße aus München\nLena Vogt",
            "Asia/Tokyo",
        ),
        (
            "de",
            "Hallo Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
            "Vorstellungsgespräch in unserem Münchner Büro ein, am Dienstag, 10. März 2026 um "
            "15:00 Uhr.\n\nViele Grüße\nLena Vogt",
            "Asia/Tokyo",
        ),
        (
            "fr",
            "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien avec notre "
            "bureau de Paris le mardi 10 mars 2026 à 15h00 (heure de Montréal).\n\n"
            "Cordialement,\nClaire Dumoulin",
            "America/Toronto",
        ),
        (
            "es",
            "Hola Alex,\n\nTe confirmamos la entrevista con nuestro equipo de Lima el martes "
            "10 de marzo de 2026 a las 15:00, tu hora.\n\nSaludos,\nLucía Ferreyra",
            "Asia/Tokyo",
        ),
        (
            "en",
            "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10, 2026 at 3:00 PM "
            "your time. Our Munich team will call you.\n\nBest,\nDana",
            "Asia/Tokyo",
        ),
    ],
)
def test_city_as_place_sets_no_zone(lang: str, body: str, zone: str) -> None:
    """Near miss: a city named as a place leaves the time in its stated (or reader's) zone."""
    got = _understand(body, SUBJECTS[lang], "Asia/Tokyo")
    assert got == _at(15, 0, zone, day=10)


def test_city_adjective_alone_is_no_region() -> None:
    """ "Münchner" alone names no zone (an office, a team); only "Münchner Zeit" does."""
    regions = default_lexicon().zone_regions
    assert regions["münchner zeit"] == "Europe/Berlin"
    assert "münchner" not in regions
    assert "belge" not in regions and "chilena" not in regions
