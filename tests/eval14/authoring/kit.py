"""Shared pieces for authoring the fourteenth evaluation set: users, zones, calendars, mail.

Adapted from the thirteenth set's kit (its tooling only) and, like it, built on the fourth
set's kit (``tests.eval4.authoring.kit``: dates, the tz-database VTIMEZONE writer, the
calendar event writer, ``mail()``) and through it on the byte-exact MIME writer of the first
set; nothing is copied from any set's messages and no table of an earlier set is changed.
This module adds the set's own users, the Windows zone names it uses (mapped as CLDR's
windowsZones does for territory 001 and written as Exchange writes them: 1601 onsets, no
TZNAME), a few odd TZID spellings seen from other writers, Google's captions for its zones,
the Google, Exchange, vendor and all-day builders, a person-typed mail helper, a forwarding
helper, and this set's Message-IDs.

Dates run from March to mid-May 2033, chosen so that several switches fall inside: North
America's (13 March; St. John's half hour), Israel's (25 March), Europe's (27 March), Chile's
autumn switch (night of 2 April), Australia's, New Zealand's, Chatham's and Lord Howe's
(3 April; Lord Howe moves by half an hour) and Egypt's spring switch (29 April), with odd
offsets (Kathmandu +05:45, Yangon +06:30, Kabul +04:30, Tehran +03:30, Darwin +09:30,
Chatham +13:45/+12:45). Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, html_page, iv, note, paras
from tests.eval.authoring.mime import attachment, enc_word, leaf, multi
from tests.eval.authoring.mime import text as text_part
from tests.eval4.authoring import kit as k4
from tests.eval4.authoring.kit import (
    APPLE,
    AUTO,
    CALCOM,
    FASTMAIL,
    GOOGLE,
    ICLOUD,
    OUTLOOK,
    PROTON,
    WEBEX,
    YAHOO,
    ZOOM,
    bulk,
    d,
    de,
    es,
    fr,
    plus,
    quoted,
    t12,
    t24,
)

__all__ = [
    "APPLE",
    "AUTO",
    "CALCOM",
    "FASTMAIL",
    "GOOGLE",
    "ICLOUD",
    "OUTLOOK",
    "PROTON",
    "WEBEX",
    "YAHOO",
    "ZOHO",
    "ZOOM",
    "Msg",
    "User",
    "allday",
    "ats",
    "attachment",
    "bulk",
    "d",
    "de",
    "dh",
    "enc_word",
    "es",
    "exchange",
    "forwarded",
    "fr",
    "gcal",
    "html_page",
    "ics",
    "invite",
    "iso",
    "iv",
    "lab",
    "leaf",
    "local",
    "mail",
    "mid",
    "multi",
    "note",
    "paras",
    "plus",
    "pm",
    "quoted",
    "t12",
    "t24",
    "text_part",
    "utc",
]

ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"

# Windows names (as Exchange writes TZID), mapped as CLDR's windowsZones does for
# territory 001 (only names whose 001 zone is a canonical tz database name are used).
WINDOWS = {
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Alaskan Standard Time": "America/Anchorage",
    "Atlantic Standard Time": "America/Halifax",
    "Canada Central Standard Time": "America/Regina",
    "SA Pacific Standard Time": "America/Bogota",
    "Pacific SA Standard Time": "America/Santiago",
    "E. South America Standard Time": "America/Sao_Paulo",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "Central Europe Standard Time": "Europe/Budapest",
    "GTB Standard Time": "Europe/Bucharest",
    "Egypt Standard Time": "Africa/Cairo",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Arabian Standard Time": "Asia/Dubai",
    "Pakistan Standard Time": "Asia/Karachi",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Singapore Standard Time": "Asia/Singapore",
    "China Standard Time": "Asia/Shanghai",
    "Korea Standard Time": "Asia/Seoul",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Aus Central W. Standard Time": "Australia/Eucla",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Tasmania Standard Time": "Australia/Hobart",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "Nepal Standard Time": "Asia/Kathmandu",
    "Newfoundland Standard Time": "America/St_Johns",
    "Israel Standard Time": "Asia/Jerusalem",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Myanmar Standard Time": "Asia/Yangon",
    "AUS Central Standard Time": "Australia/Darwin",
    "US Mountain Standard Time": "America/Phoenix",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Turkey Standard Time": "Europe/Istanbul",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Morocco Standard Time": "Africa/Casablanca",
    "Iran Standard Time": "Asia/Tehran",
    "Afghanistan Standard Time": "Asia/Kabul",
    "Taipei Standard Time": "Asia/Taipei",
    "E. Australia Standard Time": "Australia/Brisbane",
    "W. Australia Standard Time": "Australia/Perth",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Montevideo Standard Time": "America/Montevideo",
    "SA Western Standard Time": "America/La_Paz",
}

# How Outlook names zones on a ``When:`` line (always the standard offset).
WHEN_ZONE = {
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "Alaskan Standard Time": "(UTC-09:00) Alaska",
    "Atlantic Standard Time": "(UTC-04:00) Atlantic Time (Canada)",
    "Canada Central Standard Time": "(UTC-06:00) Saskatchewan",
    "SA Pacific Standard Time": "(UTC-05:00) Bogota, Lima, Quito, Rio Branco",
    "Pacific SA Standard Time": "(UTC-04:00) Santiago",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "Greenwich Standard Time": "(UTC+00:00) Monrovia, Reykjavik",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Central Europe Standard Time": (
        "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague"
    ),
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
    "Egypt Standard Time": "(UTC+02:00) Cairo",
    "W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
    "E. Africa Standard Time": "(UTC+03:00) Nairobi",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
    "Pakistan Standard Time": "(UTC+05:00) Islamabad, Karachi",
    "Sri Lanka Standard Time": "(UTC+05:30) Sri Jayawardenepura",
    "Bangladesh Standard Time": "(UTC+06:00) Dhaka",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "Korea Standard Time": "(UTC+09:00) Seoul",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "Aus Central W. Standard Time": "(UTC+08:45) Eucla",
    "Cen. Australia Standard Time": "(UTC+09:30) Adelaide",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "Tasmania Standard Time": "(UTC+10:00) Hobart",
    "New Zealand Standard Time": "(UTC+12:00) Auckland, Wellington",
    "Chatham Islands Standard Time": "(UTC+12:45) Chatham Islands",
    "Nepal Standard Time": "(UTC+05:45) Kathmandu",
    "Newfoundland Standard Time": "(UTC-03:30) Newfoundland",
    "Israel Standard Time": "(UTC+02:00) Jerusalem",
    "Lord Howe Standard Time": "(UTC+10:30) Lord Howe Island",
    "Myanmar Standard Time": "(UTC+06:30) Yangon (Rangoon)",
    "AUS Central Standard Time": "(UTC+09:30) Darwin",
    "US Mountain Standard Time": "(UTC-07:00) Arizona",
    "Hawaiian Standard Time": "(UTC-10:00) Hawaii",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
    "South Africa Standard Time": "(UTC+02:00) Harare, Pretoria",
    "Morocco Standard Time": "(UTC+01:00) Casablanca",
    "Iran Standard Time": "(UTC+03:30) Tehran",
    "Afghanistan Standard Time": "(UTC+04:30) Kabul",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "E. Australia Standard Time": "(UTC+10:00) Brisbane",
    "W. Australia Standard Time": "(UTC+08:00) Perth",
    "Central Standard Time (Mexico)": "(UTC-06:00) Guadalajara, Mexico City, Monterrey",
    "Montevideo Standard Time": "(UTC-03:00) Montevideo",
    "SA Western Standard Time": "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan",
}

# Google Calendar's captions for the zones this set's Google invitations use.
CAPTIONS = {
    "Europe/London": "United Kingdom Time",
    "Europe/Dublin": "Ireland Time",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Warsaw": "Central European Time - Warsaw",
    "Europe/Budapest": "Central European Time - Budapest",
    "Europe/Helsinki": "Eastern European Time - Helsinki",
    "Europe/Bucharest": "Eastern European Time - Bucharest",
    "Atlantic/Reykjavik": "Greenwich Mean Time - Reykjavik",
    "Africa/Lagos": "West Africa Time - Lagos",
    "Africa/Nairobi": "East Africa Time - Nairobi",
    "Africa/Cairo": "Eastern European Time - Cairo",
    "Asia/Dubai": "Gulf Standard Time",
    "Asia/Karachi": "Pakistan Time - Karachi",
    "Asia/Colombo": "India Standard Time - Colombo",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Asia/Dhaka": "Bangladesh Time",
    "Asia/Ho_Chi_Minh": "Indochina Time - Ho Chi Minh City",
    "Asia/Manila": "Philippine Time",
    "Asia/Hong_Kong": "Hong Kong Time",
    "Asia/Seoul": "Korean Time - Seoul",
    "Asia/Tokyo": "Japan Time - Tokyo",
    "Australia/Eucla": "Australian Central Western Time - Eucla",
    "Australia/Adelaide": "Central Australia Time - Adelaide",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Australia/Melbourne": "Eastern Australia Time - Melbourne",
    "Australia/Hobart": "Eastern Australia Time - Hobart",
    "Pacific/Auckland": "New Zealand Time",
    "Pacific/Chatham": "Chatham Time",
    "America/Santiago": "Chile Time - Santiago",
    "America/Argentina/Buenos_Aires": "Argentina Time - Buenos Aires",
    "America/Bogota": "Colombia Time - Bogota",
    "America/Sao_Paulo": "Brasilia Time - Sao Paulo",
    "America/Halifax": "Atlantic Time - Halifax",
    "America/Toronto": "Eastern Time - Toronto",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Regina": "Central Standard Time - Regina",
    "America/Denver": "Mountain Time - Denver",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Anchorage": "Alaska Time - Anchorage",
    "Europe/Lisbon": "Western European Time - Lisbon",
    "Europe/Amsterdam": "Central European Time - Amsterdam",
    "Europe/Zurich": "Central European Time - Zurich",
    "Europe/Vienna": "Central European Time - Vienna",
    "Europe/Brussels": "Central European Time - Brussels",
    "Atlantic/Canary": "Western European Time - Canary",
    "Europe/Stockholm": "Central European Time - Stockholm",
    "Europe/Athens": "Eastern European Time - Athens",
    "Europe/Istanbul": "Turkey Time",
    "Europe/Kyiv": "Eastern European Time - Kyiv",
    "Asia/Jerusalem": "Israel Time",
    "Asia/Tehran": "Iran Time",
    "Asia/Kabul": "Afghanistan Time",
    "Asia/Kathmandu": "Nepal Time",
    "Asia/Yangon": "Myanmar Time",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Taipei": "Taipei Time",
    "Asia/Shanghai": "China Standard Time",
    "Australia/Darwin": "Central Australia Time - Darwin",
    "Australia/Lord_Howe": "Lord Howe Time",
    "Australia/Brisbane": "Eastern Australia Time - Brisbane",
    "Australia/Perth": "Western Australia Time",
    "America/Mexico_City": "Mexican Central Time - Mexico City",
    "America/Lima": "Peru Time",
    "America/Montevideo": "Uruguay Time",
    "America/St_Johns": "Newfoundland Time",
    "America/Phoenix": "Mountain Time - Phoenix",
    "America/Vancouver": "Pacific Time - Vancouver",
    "Pacific/Honolulu": "Hawaii-Aleutian Time",
    "Africa/Johannesburg": "South Africa Standard Time",
    "Africa/Casablanca": "Morocco Time",
}

# --- Users: mailbox owners, all new to the sets -----------------------------------------------
OSWIN = User("Oswin Pettigrew-Nkemelu", ("oswin.pettigrew@example.com",), "Europe/London", "dmy")
LEONOR = User(
    "Leonor Bettencourt Quintal", ("leonor.bquintal@example.net",), "Europe/Lisbon", "dmy"
)
JORIS = User(
    "Joris van Hemelrijck", ("joris.vanhemelrijck@example.org",), "Europe/Amsterdam", "dmy"
)
REGULA = User("Regula Tschudin-Amstad", ("regula.tschudin@example.com",), "Europe/Zurich", "dmy")
LORENZ = User("Lorenz Pichlmayr", ("lorenz.pichlmayr@example.net",), "Europe/Vienna", "dmy")
AMANDINE = User("Amandine Verhaegen-Lux", ("amandine.vlux@example.org",), "Europe/Brussels", "dmy")
SOLENE = User("Solène Kerbrat-Le Goff", ("solene.kerbrat@example.com",), "Europe/Paris", "dmy")
ACORAN = User(
    "Acorán Betancort Perdomo", ("acoran.betancort@example.net",), "Atlantic/Canary", "dmy"
)
VIGGO = User("Viggo Sandström-Ek", ("viggo.sandstrom@example.org",), "Europe/Stockholm", "dmy")
DESPINA = User("Despina Karamanlaki", ("despina.karamanlaki@example.com",), "Europe/Athens", "dmy")
ILKNUR = User("İlknur Sarıkaya-Demirel", ("ilknur.sarikaya@example.net",), "Europe/Istanbul", "dmy")
MYROSLAVA = User(
    "Myroslava Tkachuk-Hnatiuk", ("myroslava.tkachuk@example.org",), "Europe/Kyiv", "dmy"
)
NOAM = User("Noam Ben-Haroush", ("noam.benharoush@example.com",), "Asia/Jerusalem", "dmy")
SHIRIN = User("Shirin Farahani-Moghadam", ("shirin.farahani@example.net",), "Asia/Tehran", "dmy")
ZARGHONA = User("Zarghona Wardak-Amiri", ("zarghona.wardak@example.org",), "Asia/Kabul", "dmy")
BIBEK = User("Bibek Sapkota-Thapaliya", ("bibek.sapkota@example.com",), "Asia/Kathmandu", "dmy")
THIRI = User("Thiri Aung Kyaw", ("thiri.aungkyaw@example.net",), "Asia/Yangon", "dmy")
WEIJIE = User("Lim Wei Jie Marcus", ("weijie.lim.sg@example.org",), "Asia/Singapore", "dmy")
YUTING = User("Hsu Yu-ting", ("yuting.hsu@example.com",), "Asia/Taipei", "ymd")
XINYI = User("Qiao Xinyi", ("xinyi.qiao@example.net",), "Asia/Shanghai", "ymd")
JALEESA = User("Jaleesa Munkara-Reid", ("jaleesa.munkara@example.org",), "Australia/Darwin", "dmy")
ROWAN = User("Rowan Kinchela-Hayes", ("rowan.kinchela@example.com",), "Australia/Lord_Howe", "dmy")
HAMISH = User("Hamish Toohey-Vance", ("hamish.toohey@example.net",), "Australia/Sydney", "dmy")
KEELY = User("Keely Bamblett-Rose", ("keely.bamblett@example.org",), "Australia/Brisbane", "dmy")
TAHLIA = User(
    "Tahlia Ngo-Whitcombe", ("tahlia.ngowhitcombe@example.com",), "Australia/Perth", "dmy"
)
ARONUI = User("Aronui Te Huia-Mason", ("aronui.tehuia@example.net",), "Pacific/Auckland", "dmy")
KOHINE = User("Kohine Seymour-Tuuta", ("kohine.seymour@example.org",), "Pacific/Chatham", "dmy")
IGNACIA = User("Ignacia Larraín Urzúa", ("ignacia.larrain@example.com",), "America/Santiago", "dmy")
XIMENA = User("Ximena Tzompa Ocelotl", ("ximena.tzompa@example.net",), "America/Mexico_City", "dmy")
RENZO = User("Renzo Quispe Huamaní", ("renzo.quispe@example.org",), "America/Lima", "dmy")
FACUNDO = User(
    "Facundo Olivera Techera", ("facundo.olivera@example.com",), "America/Montevideo", "dmy"
)
CAOIMHE = User("Caoimhe Furlong-Pardy", ("caoimhe.furlong@example.net",), "America/St_Johns", "mdy")
GENEVIEVE = User(
    "Geneviève Thibodeau-Lavoie", ("genevieve.thibodeau@example.org",), "America/Toronto", "ymd"
)
DESHAWN = User(
    "DeShawn Okafor-Whitfield",
    ("deshawn.okaforwhitfield@example.com", "dow.careers@example.net"),
    "America/New_York",
    "mdy",
)
NIZHONI = User("Nizhoni Begay-Sandoval", ("nizhoni.begay@example.net",), "America/Phoenix", "mdy")
GARRETT = User("Garrett Lindahl-Moreno", ("garrett.lindahl@example.org",), "America/Denver", "mdy")
MEERA = User(
    "Meera Sundaresan-Price", ("meera.sundaresan@example.com",), "America/Vancouver", "mdy"
)
KAWIKA = User(
    "Kawika Nakamura-Kealoha", ("kawika.nkealoha@example.net",), "Pacific/Honolulu", "mdy"
)
THANDEKA = User(
    "Thandeka Mahlangu-Roux", ("thandeka.mahlangu@example.org",), "Africa/Johannesburg", "dmy"
)
HAJAR = User("Hajar Bennani-Slaoui", ("hajar.bennani@example.com",), "Africa/Casablanca", "dmy")
STAMP = "20330201T000000Z"
SEED = "/eval14"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded for this set, so no set shares one)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:10]}.{h[10:22]}.{h[22:30]}@{domain}>"


def uid(seed: str, style: str = "google") -> str:
    """A stable calendar UID in the named writer's shape, seeded for this set."""
    return k4.uid(seed + SEED, style)


def local(start: str, zone: str) -> dt.datetime:
    """``"2033-03-22 10:00"`` in ``zone`` (IANA or any Windows name of this set)."""
    return dt.datetime.fromisoformat(start).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(start: str, zone: str) -> str:
    """The label form of a local time (ISO 8601 with its real UTC offset)."""
    return local(start, zone).isoformat()


def dh(start: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    return email.utils.format_datetime(local(start, zone))


def utc(start: str, zone: str) -> dt.datetime:
    """The UTC instant of a local time."""
    return local(start, zone).astimezone(dt.UTC)


def lab(
    start: str,
    zone: str,
    tz: str | None = None,
    *,
    company: str | None = None,
    role: str | None = None,
    who: list[str] | None = None,
    emails: list[str] | None = None,
    notes: str = "",
    **more: Any,
) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` is local in ``zone``; ``tz`` is what the mail names."""
    out = iv(
        iso(start, zone),
        tz,
        company=company,
        role=role,
        interviewers=who,
        emails=emails,
        notes=notes,
    )
    out.update(more)
    return out


def _win_vtz(windows: str, year: int) -> list[str]:
    """Exchange's VTIMEZONE for ``windows``: the IANA block, renamed and 1601-based."""
    out = []
    for raw in k4.vtimezone(WINDOWS[windows], year):
        if raw.startswith(("X-LIC-LOCATION:", "TZNAME:")):
            continue
        if raw.startswith("TZID:"):
            out.append(f"TZID:{windows}")
        elif re.fullmatch(r"DTSTART:\d{8}T\d{6}", raw):
            out.append("DTSTART:16010101" + raw[-7:])
        else:
            out.append(raw)
    return out


def ics(*, start: str, zone: str | None, **kw: Any) -> str:
    """A VCALENDAR with one VEVENT; ``zone`` may be IANA, a Windows name of this set or None
    (times in UTC, computed from ``utc_zone``)."""
    kw.setdefault("stamp", STAMP)
    if zone not in WINDOWS:
        return k4.event(start=start, zone=zone, **kw)
    iana = WINDOWS[zone]
    text = k4.event(start=start, zone=iana, **kw)
    lines = text.split("\n")
    a = lines.index("BEGIN:VTIMEZONE")
    b = lines.index("END:VTIMEZONE")
    lines[a : b + 1] = _win_vtz(zone, int(start[:4]))
    q = zone if kw.get("prodid") == OUTLOOK else f'"{zone}"'
    return "\n".join(ln.replace(f";TZID={iana}:", f";TZID={q}:") for ln in lines)


def allday(cal_text: str, day: str, days: int = 1) -> str:
    """Turn a one-event VCALENDAR into an all-day event on ``day`` (RFC 5545 3.6.1: DATE
    values, DTEND exclusive, no VTIMEZONE needed)."""
    first = dt.date.fromisoformat(day)
    end = first + dt.timedelta(days=days)
    out: list[str] = []
    skip = False
    for raw in cal_text.split("\n"):
        if raw == "BEGIN:VTIMEZONE":
            skip = True
        if not skip:
            line = raw
            if raw.startswith("DTSTART"):
                line = f"DTSTART;VALUE=DATE:{first:%Y%m%d}"
            elif raw.startswith("DTEND"):
                line = f"DTEND;VALUE=DATE:{end:%Y%m%d}"
            elif raw == "TRANSP:OPAQUE":
                line = "TRANSP:TRANSPARENT"
            out.append(line)
        if raw == "END:VTIMEZONE":
            skip = False
    return "\n".join(out)


def mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """``k4.mail`` with this set's Message-ID (same arguments)."""
    msg = k4.mail(user, slug, kind, **kw)
    domain = kw.get("msgid_domain") or kw["frm"][1].split("@")[1]
    old = k4.mid(slug, domain).encode()
    assert msg.raw.count(old) == 1
    msg.raw = msg.raw.replace(old, mid(slug, domain).encode())
    return msg


def grange(start: str, minutes: int) -> str:
    """'10am – 11am' as Google prints a time range."""
    return f"{t12(start, compact=True)} – {t12(plus(start, minutes), compact=True)}"


_GMT_STYLE = {"Asia/Manila", "Asia/Singapore", "Asia/Kathmandu", "Australia/Lord_Howe"}


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("CET", "GMT+5:30")."""
    x = local(start, zone)
    name = x.tzname() or "+"
    # Google prints a GMT offset where CLDR has no common abbreviation; the tz database's
    # "PST" for Manila would read as Pacific time, which Google never shows there.
    if name[0] not in "+-" and zone not in _GMT_STYLE:
        return name
    off = x.utcoffset()
    assert off is not None
    mins = int(off.total_seconds() // 60)
    return f"GMT{'+' if mins >= 0 else '-'}{abs(mins) // 60}" + (
        f":{abs(mins) % 60:02d}" if abs(mins) % 60 else ""
    )


def gcal(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    guests: Sequence[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    note_text: str = "",
    meet: str | None = "qmt-vxra-hob",
    location: str = "",
    updated: str | None = None,
    cancelled: bool = False,
    sequence: int = 0,
    to_addr: str | None = None,
    extra_lines: list[str] | None = None,
) -> Msg:
    """A Google Calendar invitation (or update, or cancellation) as Gmail delivers it."""
    x = local(start, zone)
    rng = grange(start, minutes)
    me = to_addr or user.addresses[0]
    who = [f"{organizer[0]} - organizer"] + [n for n, _ in guests if n != organizer[0]]
    who.append(me)
    join = f"Join with Google Meet\nmeet.google.com/{meet}\n\n" if meet else ""
    if cancelled:
        head, prefix = (
            "This event has been cancelled and removed from your calendar.\n\n",
            "Cancelled event",
        )
    elif updated:
        head, prefix = f"This event has been updated\nChanged: {updated}\n\n", "Updated invitation"
    else:
        head, prefix = "", "Invitation"
    body = (
        f"{head}{summary}\n{x:%A} {x:%b} {x.day}, {x.year} ⋅ {rng} ({CAPTIONS[zone]})\n\n"
        + join
        + (f"Location\n{location}\n\n" if location else "")
        + (note_text.strip() + "\n\n" if note_text else "")
        + "Guests\n"
        + "\n".join(who)
        + f"\n\nView all guest info\n\nReply for {me}\nYes\nNo\nMaybe\nMore options\n\n"
        + "Invitation from Google Calendar\n"
    )
    subject = (
        f"{prefix}: {summary} @ {x:%a} {x:%b} {x.day}, {x.year} {rng.replace(' – ', ' - ')} "
        f"({gabbr(start, zone)}) ({me})"
    )
    desc = note_text.strip() + (
        f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if meet else ""
    )
    cal = ics(
        uid=uid(slug),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=[*guests, (user.name, me)],
        description=desc.strip(),
        location=location,
        sequence=sequence,
        status="CANCELLED" if cancelled else "CONFIRMED",
        method="CANCEL" if cancelled else "REQUEST",
        prodid=GOOGLE,
        extra=extra_lines,
    )
    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        sender="Google Calendar <calendar-notification@google.com>",
        reply_to=organizer,
        to=me,
        subject=subject,
        date=date,
        body=body,
        html_auto=True,
        ics=cal,
        ics_mode="both",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
        msgid_domain="google.com",
    )


_WHEN = {
    "en": ("When", "Where", "Microsoft Teams Meeting"),
    "de": ("Wann", "Wo", "Microsoft Teams-Besprechung"),
    "fr": ("Quand", "Où", "Réunion Microsoft Teams"),
    "es": ("Cuándo", "Dónde", "Reunión de Microsoft Teams"),
}


def when_line(start: str, minutes: int, zone_text: str, lang: str = "en") -> str:
    """Outlook's ``When:`` value in the named language."""
    x = dt.datetime.fromisoformat(start)
    end = plus(start, minutes)
    if lang == "en":
        return f"{x:%A}, {x:%B} {x.day}, {x.year} {t12(start)}-{t12(end)} {zone_text}"
    if lang == "de":
        return f"{de(start)} {t24(start)}-{t24(end)} {zone_text}"
    if lang == "fr":
        return f"{fr(start)} {t24(start)}-{t24(end)} {zone_text}"
    return f"{es(start, year=True)} {t24(start)}-{t24(end)} {zone_text}"


def exchange(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    subject: str,
    organizer: tuple[str, str],
    attendees: Sequence[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    text: str,
    location: str | None = None,
    with_teams: bool = True,
    cancelled: bool = False,
    prefix: str = "",
    lang: str = "en",
    sequence: int = 0,
    html_only: bool = False,
    to_addr: str | None = None,
    extra_lines: list[str] | None = None,
) -> Msg:
    """An Exchange meeting request: ``When:``/``Where:`` lines, body, Teams footer."""
    w, wh, tloc = _WHEN[lang]
    loc = location if location is not None else (tloc if with_teams else "")
    footer = k4.teams(slug + SEED + "/teams") if with_teams else ""
    when = when_line(start, minutes, WHEN_ZONE[zone], lang)
    head = f"{w}: {when}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = head + text.strip() + "\n" + footer
    me = to_addr or user.addresses[0]
    cal = ics(
        uid=uid(slug, "outlook"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=subject,
        organizer=organizer,
        attendees=[(user.name, me), *attendees],
        description=text.strip() + "\n" + footer,
        location=loc,
        sequence=sequence,
        status="CANCELLED" if cancelled else "CONFIRMED",
        method="CANCEL" if cancelled else "REQUEST",
        prodid=OUTLOOK,
        extra=extra_lines,
    )
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        to=me,
        subject=prefix + subject,
        date=date,
        body=None if html_only else body,
        rich=html_page(paras(body), lang=tag[:2]),
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", tag)],
        ics=cal,
        ics_mode="inline",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
    )


def invite(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str | None,
    minutes: int,
    summary: str,
    organizer: tuple[str | None, str] | None,
    attendees: Sequence[tuple[str | None, str]] = (),
    prodid: str = APPLE,
    method: str = "REQUEST",
    utc_zone: str | None = None,
    location: str = "",
    description: str = "",
    sequence: int = 0,
    ics_mode: str = "attach",
    ics_name: str = "invite.ics",
    uid_style: str = "cal.example",
    extra_lines: list[str] | None = None,
    all_day: str | None = None,
    **kw: Any,
) -> Msg:
    """A message carrying one calendar event written by ``prodid`` (any writer).

    ``all_day`` (an ISO date) turns the event into an all-day one on that date.
    """
    cal = ics(
        uid=uid(slug, uid_style),
        start=start,
        zone=zone,
        utc_zone=utc_zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=list(attendees),
        description=description,
        location=location,
        sequence=sequence,
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
        method=method,
        prodid=prodid,
        extra=extra_lines,
    )
    if all_day:
        cal = allday(cal, all_day)
    return mail(
        user,
        slug,
        kind,
        ics=cal,
        ics_mode=ics_mode,
        ics_method=method,
        ics_name=ics_name,
        **kw,
    )


def ats(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    date: str,
    body: str,
    label: dict[str, Any],
    html_only: bool = False,
    html_extra: str = "",
    **kw: Any,
) -> Msg:
    """A vendor-sent mail: plain text plus its HTML rendering (or HTML only)."""
    rich = html_page(paras(body) + html_extra)
    return mail(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=date,
        body=None if html_only else body,
        rich=rich,
        label=label,
        **kw,
    )


def forwarded(
    when: str,
    zone: str,
    frm: str,
    to: str,
    subject: str,
    body: str,
    style: str = "gmail",
) -> str:
    """The block a mail client writes when forwarding a message (Gmail or Outlook shape)."""
    x = local(when, zone)
    hour = x.strftime("%I:%M %p").lstrip("0")
    if style == "gmail":
        return (
            "---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {x:%a}, {x:%b} {x.day}, {x.year} at {hour}\n"
            f"Subject: {subject}\nTo: {to}\n\n{body.strip()}\n"
        )
    if style == "outlook":
        return (
            "________________________________\n"
            f"From: {frm}\nSent: {x:%A}, {x:%B} {x.day}, {x.year} {hour}\n"
            f"To: {to}\nSubject: {subject}\n\n{body.strip()}\n"
        )
    if style == "apple":
        return (
            "Begin forwarded message:\n\n"
            f"From: {frm}\nSubject: {subject}\nDate: {x.day} {x:%B} {x.year} at {x:%H:%M}\n"
            f"To: {to}\n\n{body.strip()}\n"
        )
    raise ValueError(style)


# Odd TZID spellings other writers use, resolved for the shared calendar check only
# (old Lightning prefixes its zones with the Olson project's URL path).
ALIASES = {
    "/freeassociation.sourceforge.net/Europe/Vienna": "Europe/Vienna",
    "/citadel.org/20250101_1/America/Denver": "America/Denver",
}


def pm(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    date: str,
    body: str,
    label: dict[str, Any],
    html: bool = False,
    html_only: bool = False,
    agent: str | None = None,
    **kw: Any,
) -> Msg:
    """A message typed by a person: text only by default, or text plus HTML, or HTML only."""
    extra = list(kw.pop("extra", []))
    if agent:
        extra.append(("User-Agent" if "Mail" not in agent else "X-Mailer", agent))
    rich = html_page(paras(body)) if (html or html_only) else None
    return mail(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=date,
        body=None if html_only else body,
        rich=rich,
        label=label,
        extra=extra,
        **kw,
    )
