"""Shared pieces for authoring the twelfth evaluation set: users, zones, calendars, mail.

Builds on the fourth set's kit (``tests.eval4.authoring.kit``: dates, the tz-database
VTIMEZONE writer, the calendar event writer, ``mail()``) and, through it, on the byte-exact
MIME writer of the first set; nothing is copied and no table of an earlier set is changed.
This module adds the set's own users, the Windows zone names it uses (written as Exchange
writes them: 1601 onsets, no TZNAME), its own Google, Exchange and vendor builders, and this
set's Message-IDs.

Dates run from February to April 2031: North America's switch on 9 March, Europe's on
30 March, the southern autumn switch on 6 April (Australia, New Zealand, Chile's on 5 April),
Lord Howe's half-hour change, and zones with odd offsets (Tehran +03:30, Kathmandu +05:45,
Yangon +06:30, Darwin +09:30, St. John's -03:30/-02:30). Everything is invented under
reserved names (RFC 2606).
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
    "ZOOM",
    "Msg",
    "User",
    "attachment",
    "bulk",
    "d",
    "de",
    "dh",
    "enc_word",
    "es",
    "exchange",
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
    "quoted",
    "t12",
    "t24",
    "text_part",
]

# Windows names (as Exchange writes TZID), mapped as CLDR's windowsZones does for
# territory 001; "Customized Time Zone 3" is what Outlook writes for a zone it built itself
# (here Lord Howe's half-hour summer time, which no Windows definition has).
WINDOWS = {
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Newfoundland Standard Time": "America/St_Johns",
    "SA Western Standard Time": "America/La_Paz",
    "Pacific SA Standard Time": "America/Santiago",
    "E. South America Standard Time": "America/Sao_Paulo",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Turkey Standard Time": "Europe/Istanbul",
    "Iran Standard Time": "Asia/Tehran",
    "Nepal Standard Time": "Asia/Kathmandu",
    "Myanmar Standard Time": "Asia/Yangon",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Taipei Standard Time": "Asia/Taipei",
    "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Central Standard Time": "Australia/Darwin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Customized Time Zone 3": "Australia/Lord_Howe",
}

# How Outlook names zones on a ``When:`` line (always the standard offset).
WHEN_ZONE = {
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "US Mountain Standard Time": "(UTC-07:00) Arizona",
    "Hawaiian Standard Time": "(UTC-10:00) Hawaii",
    "Newfoundland Standard Time": "(UTC-03:30) Newfoundland",
    "SA Western Standard Time": "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan",
    "Pacific SA Standard Time": "(UTC-04:00) Santiago",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
    "Iran Standard Time": "(UTC+03:30) Tehran",
    "Nepal Standard Time": "(UTC+05:45) Kathmandu",
    "Myanmar Standard Time": "(UTC+06:30) Yangon (Rangoon)",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "AUS Central Standard Time": "(UTC+09:30) Darwin",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "New Zealand Standard Time": "(UTC+12:00) Auckland, Wellington",
    "South Africa Standard Time": "(UTC+02:00) Harare, Pretoria",
    "Lord Howe Standard Time": "(UTC+10:30) Lord Howe Island",
    "Customized Time Zone 3": "(UTC+10:30) Lord Howe Island",
}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Australia/Lord_Howe": "Lord Howe Time",
    "Australia/Melbourne": "Eastern Australia Time - Melbourne",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Australia/Darwin": "Central Australia Time - Darwin",
    "Pacific/Auckland": "New Zealand Time",
    "America/Santiago": "Chile Time - Santiago",
    "America/Sao_Paulo": "Brasilia Standard Time - Sao Paulo",
    "America/Lima": "Peru Standard Time - Lima",
    "America/Caracas": "Venezuela Time",
    "America/St_Johns": "Newfoundland Time - St. John's",
    "America/Toronto": "Eastern Time - Toronto",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Denver": "Mountain Time - Denver",
    "America/Phoenix": "Mountain Standard Time - Phoenix",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "Pacific/Honolulu": "Hawaii-Aleutian Standard Time",
    "America/Puerto_Rico": "Atlantic Standard Time - Puerto Rico",
    "America/Mexico_City": "Central Time - Mexico City",
    "Europe/London": "United Kingdom Time",
    "Europe/Lisbon": "Western European Time - Lisbon",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Zurich": "Central European Time - Zurich",
    "Europe/Vienna": "Central European Time - Vienna",
    "Europe/Brussels": "Central European Time - Brussels",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Stockholm": "Central European Time - Stockholm",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Istanbul": "Turkey Time - Istanbul",
    "Africa/Johannesburg": "South Africa Standard Time",
    "Asia/Tehran": "Iran Time - Tehran",
    "Asia/Kathmandu": "Nepal Time",
    "Asia/Yangon": "Myanmar Time",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Jakarta": "Western Indonesia Time - Jakarta",
    "Asia/Taipei": "Taipei Standard Time",
    "Asia/Tokyo": "Japan Standard Time - Tokyo",
    "Asia/Shanghai": "China Standard Time - Shanghai",
}

# --- Users: mailbox owners, all new to the sets -----------------------------------------------
ISLA = User("Isla Tregarthen-Moss", ("isla.tregarthen@example.com",), "Australia/Lord_Howe", "dmy")
LACHIE = User(
    "Lachlan Purvis-Obeng", ("lachie.purvisobeng@example.net",), "Australia/Melbourne", "dmy"
)
WARRICK = User("Warrick Djerrkura-Hale", ("warrick.dhale@example.org",), "Australia/Darwin", "dmy")
ANAHERA = User(
    "Anahera Tukino-Wallis",
    ("anahera.tukinowallis@example.com", "anahera.mahi@example.net"),
    "Pacific/Auckland",
    "dmy",
)
CATALINA = User(
    "Catalina Urrutia Pizarro", ("catalina.urrutiap@example.net",), "America/Santiago", "dmy"
)
JOAQUIM = User(
    "Joaquim Bettencourt Lyra", ("joaquim.blyra@example.org",), "America/Sao_Paulo", "dmy"
)
MILAGROS = User("Milagros Quispe Huamán", ("milagros.qhuaman@example.com",), "America/Lima", "dmy")
ORIANA = User(
    "Oriana Betancourt Luque", ("oriana.betancourtl@example.net",), "America/Caracas", "dmy"
)
PADRAIG = User(
    "Pádraig Furlong-Tobin", ("padraig.furlongtobin@example.org",), "America/St_Johns", "mdy"
)
SOLENNE = User(
    "Solenne Thibodeau-Roy", ("solenne.thibodeau@example.com",), "America/Toronto", "ymd"
)
BRODY = User("Brody Kessinger", ("brody.kessinger@example.net",), "America/Denver", "mdy")
TALLULAH = User("Tallulah Begaye-Frost", ("tallulah.begaye@example.org",), "America/Phoenix", "mdy")
KEOLA = User("Keola Kahananui-Reyes", ("keola.kreyes@example.com",), "Pacific/Honolulu", "mdy")
DESHAWN = User(
    "DeShawn Okafor-Pryce",
    ("deshawn.opryce@example.net", "dop.careers@example.org"),
    "America/New_York",
    "mdy",
)
MARISOL = User(
    "Marisol Vélez Archuleta", ("marisol.velezarch@example.org",), "America/Chicago", "mdy"
)
NOELANI = User(
    "Noelani Sakamoto-Pierce", ("noelani.spierce@example.com",), "America/Los_Angeles", "mdy"
)
YADIRA = User(
    "Yadira Colón Negrón", ("yadira.colonnegron@example.net",), "America/Puerto_Rico", "mdy"
)
EMILIANO = User(
    "Teodoro Zárate Ibarrola", ("teodoro.zarateibarrola@example.org",), "America/Mexico_City", "dmy"
)
HAMISH = User("Hamish Strachan-Boyd", ("hamish.strachanboyd@example.com",), "Europe/London", "dmy")
INES = User("Inês Magalhães Corte-Real", ("ines.mcortereal@example.net",), "Europe/Lisbon", "dmy")
NURIA = User("Núria Batlle Ferrer", ("nuria.batlleferrer@example.org",), "Europe/Madrid", "dmy")
URS = User("Urs Kägi-Brändli", ("urs.kaegi@example.com",), "Europe/Zurich", "dmy")
LIESL = User("Liesl Pichler-Hofbauer", ("liesl.pichlerhof@example.net",), "Europe/Vienna", "dmy")
AMANDINE = User("Amandine Verhaegen", ("amandine.verhaegen@example.org",), "Europe/Brussels", "dmy")
GASPARD = User(
    "Gaspard Lemaire-Dufresne", ("gaspard.lemairedu@example.com",), "Europe/Paris", "dmy"
)
ELSA = User("Elsa Lindqvist-Åberg", ("elsa.lindaberg@example.net",), "Europe/Stockholm", "ymd")
THANDEKA = User(
    "Thandeka Mahlangu-Ross", ("thandeka.mross@example.org",), "Africa/Johannesburg", "dmy"
)
SHIRIN = User("Shirin Ghasemi-Rad", ("shirin.ghasemirad@example.com",), "Asia/Tehran", "dmy")
BIBEK = User("Bibek Adhikari-Thapa", ("bibek.athapa@example.net",), "Asia/Kathmandu", "dmy")
THIRI = User("Thiri Aung Myint", ("thiri.aungmyint@example.org",), "Asia/Yangon", "dmy")
KAVYA = User("Kavya Raghunathan", ("kavya.raghunathan@example.com",), "Asia/Kolkata", "dmy")
JUNJIE = User("Ong Jun Jie", ("junjie.ong@example.net",), "Asia/Singapore", "dmy")
PUTRI = User("Putri Wulandari Siregar", ("putri.wsiregar@example.org",), "Asia/Jakarta", "dmy")
YUTING = User("Lai Yu-ting", ("yuting.lai@example.com",), "Asia/Taipei", "ymd")
KENTARO = User("Morimoto Kentaro", ("kentaro.morimoto@example.net",), "Asia/Tokyo", "ymd")
XINYI = User("Gu Xinyi", ("xinyi.gu@example.org",), "Asia/Shanghai", "ymd")
DEFNE = User("Defne Arslan-Kaya", ("defne.arslankaya@example.com",), "Europe/Istanbul", "dmy")

STAMP = "20310115T000000Z"
SEED = "/eval12"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded for this set, so no set shares one)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:6]}-{h[6:18]}-{h[18:28]}@{domain}>"


def uid(seed: str, style: str = "google") -> str:
    """A stable calendar UID in the named writer's shape, seeded for this set."""
    return k4.uid(seed + SEED, style)


def local(start: str, zone: str) -> dt.datetime:
    """``"2031-03-11 10:00"`` in ``zone`` (IANA or any Windows name of this set)."""
    return dt.datetime.fromisoformat(start).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(start: str, zone: str) -> str:
    """The label form of a local time (ISO 8601 with its real UTC offset)."""
    return local(start, zone).isoformat()


def dh(start: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    return email.utils.format_datetime(local(start, zone))


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
) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` is local in ``zone``; ``tz`` is what the mail names."""
    return iv(
        iso(start, zone),
        tz,
        company=company,
        role=role,
        interviewers=who,
        emails=emails,
        notes=notes,
    )


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


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("CET", "GMT+5:45")."""
    x = local(start, zone)
    name = x.tzname() or "+"
    if name[0] not in "+-":
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
    meet: str | None = "wfo-kzbn-rtu",
    location: str = "",
    updated: str | None = None,
    cancelled: bool = False,
    sequence: int = 0,
    to_addr: str | None = None,
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
        e = dt.datetime.fromisoformat(end)
        return f"{x:%A}, {x:%B} {x.day}, {x.year} {t12(start)}-{t12(end)} {zone_text}".replace(
            f"{e:%p}-", f"{e:%p}-"
        )
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
    when_zone: str | None = None,
    to_addr: str | None = None,
) -> Msg:
    """An Exchange meeting request: ``When:``/``Where:`` lines, body, Teams footer."""
    w, wh, tloc = _WHEN[lang]
    loc = location if location is not None else (tloc if with_teams else "")
    footer = k4.teams(slug + SEED + "/teams") if with_teams else ""
    wz = when_zone or WHEN_ZONE[zone]
    when = when_line(start, minutes, wz, lang)
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
    **kw: Any,
) -> Msg:
    """A message carrying one calendar event written by ``prodid`` (any writer)."""
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
    )
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
