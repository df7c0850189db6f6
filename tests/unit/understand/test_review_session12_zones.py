"""Review of round h-zones (zone offsets, zone lines under a day, city clocks): probes.

Every message was written for these tests (invented people and firms under .example names).
The probes try to make the new rules give a wrong zone or lose a start: a place or a
person's name alone under a day heading, phone prefixes and "(+"/"[+" markers before
times, offsets before or after times and in ranges, Outlook "When:" lines, "heure de
pointe", "hora de llegada", "hora de Madrid" read in the Canaries, "German time" beside
"Germany-based team". Open gaps are strict expected failures.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, understand

from .messages import mail, start

SENT = "Mon, 02 Mar 2026 15:04:00 +0100"
SUBJECTS = {
    "en": "Interview confirmed",
    "de": "Einladung zum Vorstellungsgespräch",
    "fr": "Invitation à un entretien",
    "es": "Entrevista - Analista",
}


def _start(body: str, tz: str, lang: str = "en", subject: str = "") -> dt.datetime:
    """The interview start read from a message for a user whose own zone is ``tz``."""
    raw = mail(
        sender="Dana Whitlow <dana.whitlow@brightfold.example>",
        subject=subject or SUBJECTS[lang],
        body=body,
        date=SENT,
    )
    ctx = Context(timezone=tz, user_addresses=frozenset({"alex.morgan@gmail.com"}))
    return start(understand(raw, ctx))


def _at(hour: int, minute: int, zone: str | dt.tzinfo, day: int = 12) -> dt.datetime:
    """A start on a day of March 2026 in ``zone`` (an IANA name or a fixed offset)."""
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=tz)


def _fixed(hours: int) -> dt.timezone:
    """A fixed UTC offset of ``hours``."""
    return dt.timezone(dt.timedelta(hours=hours))


ONSITE = (
    "Hi Alex,\n\nYour onsite with Brightfold is confirmed.{intro}\n\n"
    "Thursday, March 12, 2026\n{line}\n\n"
    "9:00 AM – 9:45 AM  Systems design – Priya Nandakumar\n"
    "10:00 AM – 10:45 AM  Coding – Tomasz Wielgosz\n\nBest,\nDana"
)


@pytest.mark.parametrize(
    ("intro", "line", "user", "zone"),
    [
        (
            " All times below are Eastern Time (ET).",
            "London",
            "America/New_York",
            "America/New_York",
        ),
        ("", "London", "America/New_York", "America/New_York"),
        ("", "Sydney", "America/New_York", "America/New_York"),
        ("", "Dallas", "America/New_York", "America/New_York"),
        (" (All times Pacific.)", "Tokyo", "America/New_York", "America/Los_Angeles"),
        ("", "New York", "Asia/Kolkata", "Asia/Kolkata"),
    ],
)
def test_place_alone_under_day_is_no_zone(intro: str, line: str, user: str, zone: str) -> None:
    """A place or first name alone under the day (a site, a person) sets the rows no zone."""
    assert _start(ONSITE.format(intro=intro, line=line), user) == _at(9, 0, zone)


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Pacific Time", "America/Los_Angeles"),
        ("Central European Time", "Europe/Berlin"),
        ("London time", "Europe/London"),
        ("London (GMT)", "Europe/London"),
        ("America/Los_Angeles", "America/Los_Angeles"),
        ("Mitteleuropäische Zeit", "Europe/Berlin"),
        ("heure de Paris", "Europe/Paris"),
        ("hora de Madrid", "Europe/Madrid"),
    ],
)
def test_zone_label_alone_under_day_sets_rows(line: str, zone: str) -> None:
    """Near miss: a zone's name (a clock word, an IANA name, an abbreviation) is a label."""
    assert _start(ONSITE.format(intro="", line=line), "Asia/Kolkata") == _at(9, 0, zone)


EN = "Hi Alex,\n\nYour interview is confirmed for Thursday, March 12, 2026{t}\n\nBest,\nDana"


@pytest.mark.parametrize(
    ("tail", "user", "want"),
    [
        (
            " at 10:00.\nIf anything comes up, call me on (+44) 20 7946 0958.",
            "Europe/London",
            _at(10, 0, "Europe/London"),
        ),
        (
            " at 10:00 AM. Call-in: (+1) 415-555-0100, PIN 4821.",
            "America/Los_Angeles",
            _at(10, 0, "America/Los_Angeles"),
        ),
        (
            " at 10:00 AM ET.\nDial-in:\n(+44) 20 7946 0000\n(+1) 212 555 0100",
            "Europe/London",
            _at(10, 0, "America/New_York"),
        ),
        (", 10:00 (+/- 15 min).", "Europe/London", _at(10, 0, "Europe/London")),
        (" at 23:00 (+1 day in Sydney).", "Europe/London", _at(23, 0, "Europe/London")),
    ],
)
def test_phone_prefix_and_plus_markers_keep_the_time(
    tail: str, user: str, want: dt.datetime
) -> None:
    """A phone prefix "(+44)" or a "(+1 day)" note beside a time keeps that time."""
    assert _start(EN.format(t=tail), user) == want


def test_german_phone_with_trunk_zero_keeps_the_time() -> None:
    """ "+49 (0)30 ..." under a German invitation is no time and no zone."""
    body = (
        "Hallo Herr Morgan,\n\nIhr Gespräch ist am Donnerstag, 12. März 2026 um 10:00 Uhr.\n"
        "Tel. +49 (0)30 1234 5678\n\nViele Grüße\nLena Vogt"
    )
    assert _start(body, "Europe/Berlin", "de") == _at(10, 0, "Europe/Berlin")


@pytest.mark.parametrize(
    "line",
    [
        "[+] 10:00 Welcome\n[+] 10:30 Technical interview",
        "(+) 10:00 Welcome\n(+) 10:30 Technical interview",
    ],
)
def test_bracketed_bullet_before_time_keeps_it(line: str) -> None:
    """A "[+]" or "(+)" bullet before an agenda row's time is no offset sign."""
    body = f"Hi Alex,\n\nAgenda for Thursday, March 12, 2026:\n{line}\n\nBest,\nDana"
    assert _start(body, "Europe/London") == _at(10, 0, "Europe/London")


@pytest.mark.parametrize(
    "tail",
    [
        " at 08:00 GMT+1.",
        " at GMT+1 08:00.",
        ", (GMT+1) 08:00.",
        ", 08:00-09:00 GMT+1.",
        ", GMT+1 08:00-09:00.",
    ],
)
def test_offset_before_or_after_time_is_its_zone(tail: str) -> None:
    """ "08:00 GMT+1" and "GMT+1 08:00" are the same instant, the hour kept."""
    assert _start(EN.format(t=tail), "America/New_York") == _at(8, 0, _fixed(1))


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (" at 10:00 GMT / 11:00 GMT+1.", _at(10, 0, dt.UTC)),
        (" at 11:00 GMT+1 / 10:00 GMT.", _at(11, 0, _fixed(1))),
        (" at UTC+1 10:00 CET.", _at(10, 0, "Europe/Berlin")),
        (" from 14:00 to 15:00 UTC.", _at(14, 0, dt.UTC)),
    ],
)
def test_two_zones_on_a_line_give_one_instant(tail: str, want: dt.datetime) -> None:
    """A time given in two zones, or an offset then an abbreviation, reads one instant."""
    assert _start(EN.format(t=tail), "America/New_York") == want


@pytest.mark.parametrize(
    "tail", [", 10:00 UTC - 11:00 UTC.", ", 10am GMT - 11am GMT.", ", 10:00 GMT-11:00 GMT."]
)
def test_range_in_utc_with_spaced_dash(tail: str) -> None:
    """ "10:00 UTC - 11:00 UTC" is a range in UTC, not 10:00 at UTC-11 (an older gap)."""
    assert _start(EN.format(t=tail), "America/New_York") == _at(10, 0, dt.UTC)


def test_iana_name_whose_offset_does_not_fit_keeps_the_offset() -> None:
    """ "(GMT+08:00) America/New_York": the misfit name is dropped, the offset kept."""
    body = ONSITE.format(intro="", line="(GMT+08:00) America/New_York")
    assert _start(body, "Europe/London") == _at(9, 0, _fixed(8))


@pytest.mark.parametrize(
    ("when", "user", "want"),
    [
        (
            "Thursday, March 12, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada)",
            "Europe/London",
            _at(9, 0, "America/New_York"),
        ),
        (
            "Thursday, 12 March 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
            "Europe/Berlin",
            _at(10, 0, "Europe/Dublin"),
        ),
        (
            "Thursday, 12 March 2026 10:00-11:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
            "Europe/London",
            _at(10, 0, "Europe/Brussels"),
        ),
    ],
)
def test_outlook_when_line(when: str, user: str, want: dt.datetime) -> None:
    """Outlook's "When:" line: the time before the offset, the zone from its place list."""
    body = (
        f"When: {when}\nWhere: Microsoft Teams Meeting\n\nHi Alex, looking forward to it.\n\nDana"
    )
    assert _start(body, user) == want


def test_javascript_date_string() -> None:
    """ "Thu Mar 12 2026 10:00:00 GMT-0400 (Eastern Daylight Time)": 10:00 at -04:00."""
    body = EN.format(t=".\nScheduled: Thu Mar 12 2026 10:00:00 GMT-0400 (Eastern Daylight Time)")
    assert _start(body, "Europe/London").astimezone(dt.UTC) == _at(14, 0, dt.UTC)


def test_ats_rows_each_with_offset() -> None:
    """ "(GMT+08:00) 9:00 AM - 9:45 AM" on each row: 9:00 at +08:00, not 08:00."""
    body = (
        "Hi Alex,\n\nThursday, March 12, 2026\n(GMT+08:00) 9:00 AM - 9:45 AM  Systems design\n"
        "(GMT+08:00) 10:00 AM - 10:45 AM  Coding\n\nBest,\nDana"
    )
    assert _start(body, "Europe/London") == _at(9, 0, _fixed(8))


def test_time_zone_line_after_the_time() -> None:
    """ "Time zone: (GMT-05:00) Eastern Time" below the time gives Eastern."""
    body = (
        "Hi Alex,\n\nInterview details\nDate: Thursday, March 12, 2026\nTime: 9:00 AM - 9:45 AM\n"
        "Time zone: (GMT-05:00) Eastern Time\n\nBest,\nDana"
    )
    assert _start(body, "Europe/London") == _at(9, 0, "America/New_York")


@pytest.mark.parametrize(
    ("tail", "user", "want"),
    [
        (
            " at 3:00 PM with our Germany-based team.",
            "America/New_York",
            _at(15, 0, "America/New_York", 10),
        ),
        (
            " at 3:00 PM. Our German team will join.",
            "America/New_York",
            _at(15, 0, "America/New_York", 10),
        ),
        (
            " at 3:00 PM. German timetables for trains are attached.",
            "America/New_York",
            _at(15, 0, "America/New_York", 10),
        ),
        (
            " at 3:00 PM your local time; the German team will dial in.",
            "America/New_York",
            _at(15, 0, "America/New_York", 10),
        ),
        (" at 3:00 PM British time.", "America/New_York", _at(15, 0, "Europe/London", 10)),
        (" at 9:00 AM Korean time.", "America/New_York", _at(9, 0, "Asia/Seoul", 10)),
    ],
)
def test_country_time_vs_country_team(tail: str, user: str, want: dt.datetime) -> None:
    """ "German time" names a clock; "Germany-based team", "German timetables" do not."""
    body = (
        f"Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10, 2026{tail}\n\nBest,\nDana"
    )
    assert _start(body, user) == want


FR = (
    "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le mardi 10 mars "
    "2026 à {t}\n\nCordialement,\nClaire Dumoulin"
)
ES = (
    "Hola Alex,\n\nTe confirmamos la entrevista el martes 10 de marzo de 2026 a las {t}\n\n"
    "Saludos,\nLucía Ferreyra"
)
DE = (
    "Hallo Herr Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 10. März "
    "2026 um {t}\n\nViele Grüße\nLena Vogt"
)


@pytest.mark.parametrize(
    ("lang", "tail", "user", "want"),
    [
        (
            "fr",
            "9h00. Attention, c'est l'heure de pointe : prévoyez de la marge.",
            "Europe/Paris",
            (9, 0, "Europe/Paris"),
        ),
        (
            "fr",
            "8h30, heure de pointe à Paris, prévoyez de la marge.",
            "America/Montreal",
            (8, 30, "America/Montreal"),
        ),
        (
            "fr",
            "10h00, heure de fin prévue 11h00.",
            "America/Montreal",
            (10, 0, "America/Montreal"),
        ),
        (
            "fr",
            "10h00, heure de départ de Paris : 7h00.",
            "America/Montreal",
            (10, 0, "America/Montreal"),
        ),
        (
            "es",
            "10:00. Hora de llegada recomendada: 9:45.",
            "Atlantic/Canary",
            (10, 0, "Atlantic/Canary"),
        ),
        ("es", "10:00, hora de Madrid.", "Atlantic/Canary", (10, 0, "Europe/Madrid")),
        (
            "es",
            "10:00 (hora de Madrid, una hora más que en Canarias).",
            "Atlantic/Canary",
            (10, 0, "Europe/Madrid"),
        ),
        ("es", "10:00, hora de Canarias.", "Europe/Madrid", (10, 0, "Atlantic/Canary")),
        (
            "es",
            "13:00, hora de comer, así que habrá algo de picar.",
            "Europe/Madrid",
            (13, 0, "Europe/Madrid"),
        ),
        (
            "es",
            "10:00; hora de salida desde Madrid a las 7:00.",
            "Atlantic/Canary",
            (10, 0, "Atlantic/Canary"),
        ),
        (
            "es",
            "10:00, hora de llegada a Madrid prevista a las 9:00.",
            "Atlantic/Canary",
            (10, 0, "Atlantic/Canary"),
        ),
        (
            "de",
            "10:00 Uhr. Die Anreise nach Berlin übernehmen wir.",
            "Europe/London",
            (10, 0, "Europe/London"),
        ),
        ("de", "10:00 Uhr (Ortszeit London).", "Europe/Berlin", (10, 0, "Europe/London")),
        (
            "de",
            "16:00 Uhr Ihrer Zeit (10:00 Uhr nach deutscher Zeit).",
            "Asia/Tokyo",
            (16, 0, "Asia/Tokyo"),
        ),
        ("de", "10:00 Uhr, Hamburger Zeitplan folgt.", "Europe/London", (10, 0, "Europe/London")),
    ],
)
def test_hour_words_that_name_no_clock(
    lang: str, tail: str, user: str, want: tuple[int, int, str]
) -> None:
    """ "heure de pointe", "hora de llegada", "nach Berlin" name no zone; "hora de Madrid" does."""
    body = {"fr": FR, "es": ES, "de": DE}[lang].format(t=tail)
    assert _start(body, user, lang) == _at(*want, day=10)
