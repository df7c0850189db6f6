"""Shared pieces for authoring the eleventh evaluation set: users, zones, calendars, mail.

Builds on the fourth set's kit (``tests.eval4.authoring.kit``: dates, the tz-database
VTIMEZONE writer, ``mail()``) and the tenth set's calendar writer and Windows zone table
(``tests.eval10.authoring.kit``), and through them on the byte-exact MIME writer of the first
set; nothing is copied and no table of an earlier set is changed. This module adds the set's
own users, the Windows zone names it uses beyond the earlier kits (``OWN_WINDOWS``, written
as Exchange writes them: 1601 onsets, no TZNAME), Outlook's and Google's captions for its
zones, its own Google invitation, Exchange request and calendar-carrying message builders,
and this set's Message-IDs.

Dates run from late September to early December 2030: the southern spring (Adelaide's half
hour moving from +09:30 to +10:30 on 6 October, the Chatham Islands on +13:45 since
29 September), Egypt leaving summer time on 31 October, Europe on 27 October, North America
on 3 November, and zones with odd offsets (Kabul +04:30, Colombo +05:30, the Marquesas
-09:30, Dhaka +06:00). Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
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
from tests.eval10.authoring import kit as k10

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

# Windows names (as Exchange writes TZID) beyond the earlier kits', mapped as CLDR's
# windowsZones does for territory 001 (GTB is Bucharest: the same offsets as Athens).
OWN_WINDOWS = {
    "Afghanistan Standard Time": "Asia/Kabul",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Alaskan Standard Time": "America/Anchorage",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "Morocco Standard Time": "Africa/Casablanca",
    "GTB Standard Time": "Europe/Bucharest",
    "E. Australia Standard Time": "Australia/Brisbane",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "Marquesas Standard Time": "Pacific/Marquesas",
    "Central Standard Time (Mexico)": "America/Mexico_City",
}
WINDOWS = {**k10.WINDOWS, **OWN_WINDOWS}

# How Outlook names zones on a ``When:`` line (always the standard offset).
WHEN_ZONE = {
    **k10.WHEN_ZONE,
    "Afghanistan Standard Time": "(UTC+04:30) Kabul",
    "Sri Lanka Standard Time": "(UTC+05:30) Sri Jayawardenepura",
    "Bangladesh Standard Time": "(UTC+06:00) Dhaka",
    "Alaskan Standard Time": "(UTC-09:00) Alaska",
    "Chatham Islands Standard Time": "(UTC+12:45) Chatham Islands",
    "Morocco Standard Time": "(UTC+01:00) Casablanca",
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
    "E. Australia Standard Time": "(UTC+10:00) Brisbane",
    "W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
    "Cen. Australia Standard Time": "(UTC+09:30) Adelaide",
    "Egypt Standard Time": "(UTC+02:00) Cairo",
    "Atlantic Standard Time": "(UTC-04:00) Atlantic Time (Canada)",
    "Korea Standard Time": "(UTC+09:00) Seoul",
    "E. Africa Standard Time": "(UTC+03:00) Nairobi",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Argentina Standard Time": "(UTC-03:00) City of Buenos Aires",
    "Central Standard Time (Mexico)": "(UTC-06:00) Guadalajara, Mexico City, Monterrey",
    "SA Pacific Standard Time": "(UTC-05:00) Bogota, Lima, Quito, Rio Branco",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Asia/Kabul": "Afghanistan Time - Kabul",
    "Asia/Colombo": "India Standard Time - Colombo",
    "Asia/Dhaka": "Bangladesh Standard Time - Dhaka",
    "Asia/Dubai": "Gulf Standard Time - Dubai",
    "Asia/Seoul": "Korean Standard Time - Seoul",
    "Asia/Manila": "Philippine Standard Time - Manila",
    "Asia/Hong_Kong": "Hong Kong Standard Time",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Australia/Adelaide": "Central Australia Time - Adelaide",
    "Australia/Brisbane": "Eastern Australia Time - Brisbane",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Pacific/Chatham": "Chatham Time",
    "Pacific/Auckland": "New Zealand Time",
    "Pacific/Marquesas": "Marquesas Time",
    "Pacific/Tahiti": "Tahiti Time",
    "America/Argentina/Buenos_Aires": "Argentina Standard Time - Buenos Aires",
    "America/Bogota": "Colombia Standard Time - Bogota",
    "America/Mexico_City": "Central Time - Mexico City",
    "America/Guayaquil": "Ecuador Time - Guayaquil",
    "America/Halifax": "Atlantic Time - Halifax",
    "America/Winnipeg": "Central Time - Winnipeg",
    "America/Anchorage": "Alaska Time - Anchorage",
    "America/Vancouver": "Pacific Time - Vancouver",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Santo_Domingo": "Atlantic Time - Santo Domingo",
    "Europe/Warsaw": "Central European Time - Warsaw",
    "Europe/Athens": "Eastern European Time - Athens",
    "Europe/Dublin": "Irish Time - Dublin",
    "Europe/London": "United Kingdom Time",
    "Europe/Amsterdam": "Central European Time - Amsterdam",
    "Europe/Luxembourg": "Central European Time - Luxembourg",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Helsinki": "Eastern European Time - Helsinki",
    "Atlantic/Canary": "Western European Time - Canary",
    "Africa/Dakar": "Greenwich Mean Time - Dakar",
    "Africa/Casablanca": "Morocco Time - Casablanca",
    "Africa/Nairobi": "East Africa Time - Nairobi",
    "Africa/Lagos": "West Africa Time - Lagos",
    "Africa/Cairo": "Eastern European Time - Cairo",
}

# --- Users: mailbox owners, all new to the sets -----------------------------------------------
FARHAD = User("Farhad Rahimi-Sultani", ("farhad.rsultani@example.com",), "Asia/Kabul", "dmy")
DILANI = User("Dilani Wickramasinghe", ("dilani.wickrama@example.net",), "Asia/Colombo", "dmy")
HINANO = User(
    "Hinano Teriierooiterai", ("hinano.teriieroo@example.org",), "Pacific/Marquesas", "dmy"
)
MATILDA = User(
    "Matilda Kowalczyk-Reid", ("matilda.kreid@example.com",), "Australia/Adelaide", "dmy"
)
JARRAH = User(
    "Jarrah Whitlock-Evans", ("jarrah.whitlockevans@example.net",), "Australia/Brisbane", "dmy"
)
TIAKI = User("Tiaki Solomon-Preece", ("tiaki.solomonpreece@example.org",), "Pacific/Chatham", "dmy")
FLORENCIA = User(
    "Florencia Ibarguren Saá",
    ("florencia.ibarguren@example.com",),
    "America/Argentina/Buenos_Aires",
    "dmy",
)
CAMILO = User("Camilo Restrepo Ochoa", ("camilo.restrepo.o@example.net",), "America/Bogota", "dmy")
XIMENA = User(
    "Ximena Gaxiola Ruelas", ("ximena.gaxiola@example.org",), "America/Mexico_City", "dmy"
)
BYRON = User("Byron Andrade Cedeño", ("byron.andradec@example.com",), "America/Guayaquil", "dmy")
ZOFIA = User("Zofia Krawczyk-Nowicka", ("zofia.krawczyk@example.net",), "Europe/Warsaw", "dmy")
ELENI = User("Eleni Papadaki-Moraiti", ("eleni.papadaki@example.org",), "Europe/Athens", "dmy")
CATHAL = User("Cathal Ó Briain", ("cathal.obriain@example.com",), "Europe/Dublin", "dmy")
FEMKE = User("Femke van der Linde-Bos", ("femke.vdlinde@example.net",), "Europe/Amsterdam", "dmy")
MATS = User(
    "Mats Hoffmann-Reuter",
    ("mats.hoffmannreuter@example.org", "mhr.bewerbungen@example.com"),
    "Europe/Luxembourg",
    "dmy",
)
GESA = User("Gesa Thormählen", ("gesa.thormaehlen@example.com",), "Europe/Berlin", "dmy")
AWA = User("Awa Ndiaye-Sarr", ("awa.ndiayesarr@example.net",), "Africa/Dakar", "dmy")
YASMINA = User("Yasmina El Idrissi", ("yasmina.elidrissi@example.org",), "Africa/Casablanca", "dmy")
ROMANE = User("Romane Lefebvre-Caillaux", ("romane.lcaillaux@example.com",), "Europe/Paris", "dmy")
DECLAN = User("Declan MacIsaac", ("declan.macisaac@example.net",), "America/Halifax", "mdy")
GURLEEN = User(
    "Gurleen Dhaliwal",
    ("gurleen.dhaliwal@example.org", "g.dhaliwal@prairiefrost.example"),
    "America/Winnipeg",
    "mdy",
)
KAYA = User(
    "Kaya Nukwestsa-Brown",
    ("kaya.nbrown@example.com", "kaya.jobhunt@example.net"),
    "America/Anchorage",
    "mdy",
)
WENJIA = User("Wen Jia Thornbury", ("wenjia.thornbury@example.net",), "America/Vancouver", "ymd")
SEOYEON = User("Yoon Ha-neul", ("haneul.yoon.kr@example.org",), "Asia/Seoul", "ymd")
CLARISSA = User("Maria Clarissa Dizon", ("clarissa.dizon@example.com",), "Asia/Manila", "mdy")
TAHMID = User("Tahmid Chowdhury", ("tahmid.chowdhury@example.net",), "Asia/Dhaka", "dmy")
ROHAN = User("Rohan Pereira-Mascarenhas", ("rohan.pmasc@example.org",), "Asia/Dubai", "dmy")
WANJIRU = User("Mumbua Kioko-Nduta", ("mumbua.kioko@example.com",), "Africa/Nairobi", "dmy")
CHIDINMA = User("Chidinma Okonkwo-Eze", ("chidinma.okeze@example.net",), "Africa/Lagos", "dmy")
NOUR = User("Nour El-Sayed Hamdy", ("nour.elsayed.h@example.org",), "Africa/Cairo", "dmy")
AINO = User("Aino Lehtinen-Kallio", ("aino.lehtinen@example.com",), "Europe/Helsinki", "dmy")
YOKASTA = User(
    "Yokasta Peralta Cuevas", ("yokasta.peralta@example.net",), "America/Santo_Domingo", "dmy"
)
IBALLA = User("Iballa Rodríguez Perera", ("iballa.rperera@example.org",), "Atlantic/Canary", "dmy")
WINGSZE = User("Kwok Wing-sze", ("wingsze.kwok@example.com",), "Asia/Hong_Kong", "dmy")

STAMP = "20300920T000000Z"
SEED = "/eval11"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded for this set, so no set shares one)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:8]}.{h[8:20]}.{h[20:30]}@{domain}>"


def uid(seed: str, style: str = "google") -> str:
    """A stable calendar UID in the named writer's shape, seeded for this set."""
    return k4.uid(seed + SEED, style)


def local(start: str, zone: str) -> dt.datetime:
    """``"2030-10-08 10:00"`` in ``zone`` (IANA or any Windows name of this set)."""
    return dt.datetime.fromisoformat(start).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(start: str, zone: str) -> str:
    """The label form of a local time (ISO 8601 with its real UTC offset)."""
    return local(start, zone).isoformat()


def dh(start: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    import email.utils

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
    for raw in k4.vtimezone(OWN_WINDOWS[windows], year):
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
    """A VCALENDAR with one VEVENT, also for this set's own Windows TZIDs."""
    kw.setdefault("stamp", STAMP)
    if zone not in OWN_WINDOWS:
        return k10.ics(start=start, zone=zone, **kw)
    iana = OWN_WINDOWS[zone]
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
    """The abbreviation Google puts in an invitation subject ("CEST", "GMT+4:30")."""
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
    meet: str | None = "qzr-hmvt-pek",
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
) -> Msg:
    """An Exchange meeting request: ``When:``/``Where:`` lines, body, Teams footer."""
    w, wh, tloc = k10._WHEN[lang]
    loc = location if location is not None else (tloc if with_teams else "")
    footer = k4.teams(slug + SEED + "/teams") if with_teams else ""
    wz = when_zone or WHEN_ZONE[zone]
    when = k10.when_line(start, minutes, wz, lang)
    head = f"{w}: {when}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = head + text.strip() + "\n" + footer
    cal = ics(
        uid=uid(slug, "outlook"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=subject,
        organizer=organizer,
        attendees=[(user.name, user.addresses[0]), *attendees],
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
