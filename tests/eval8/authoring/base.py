"""This set's own pieces on top of ``tests.eval5.authoring``: users, zones, calendar mail.

The MIME writer, ``mail()``, ``human()``, ``ats()``, the calendar writer with tz-database
VTIMEZONEs and the date helpers are imported from the fifth set's kit, never copied, and no
table of an earlier set is changed: this set keeps its own merged Windows mapping
(``WINDOWS``) and Google captions (``CAPTIONS``). Calendars in a Windows zone the kit does not
know are written by the kit in the IANA zone, then given Exchange's Windows TZID and a
1601-onset VTIMEZONE (``ics()``). Dates run from mid-October 2028 to late January 2029:
across the EU/UK switch (29 October), the US/Canada switch (5 November), the southern summer
(Hobart, Santiago, Tonga) and the turn of the year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tests.eval.authoring.common import html_page, paras
from tests.eval5.authoring import kit
from tests.eval5.authoring.kit import (
    APPLE,
    AUTO,
    GOOGLE,
    OUTLOOK,
    WEBEX,
    ZOOM,
    Msg,
    User,
    ats,
    bulk,
    conv,
    d,
    de,
    dh,
    es,
    fr,
    human,
    iso,
    iv,
    mail,
    note,
    plus,
    quoted,
    t12,
    t24,
    uid,
)
from tests.eval5.authoring.shapes import grange, teams_block, when_text

__all__ = [
    "APPLE",
    "AUTO",
    "GOOGLE",
    "OUTLOOK",
    "WEBEX",
    "ZOOM",
    "Msg",
    "User",
    "ats",
    "bulk",
    "conv",
    "d",
    "de",
    "dh",
    "es",
    "exchange",
    "fr",
    "gcal",
    "human",
    "ics",
    "invite",
    "iso",
    "iv",
    "mail",
    "note",
    "plus",
    "quoted",
    "t12",
    "t24",
]

# Windows names (as Exchange writes TZID) this set uses beyond the kit's, mapped as CLDR's
# windowsZones does for territory 001.
OWN_WINDOWS = {
    "Central Europe Standard Time": "Europe/Budapest",
    "Middle East Standard Time": "Asia/Beirut",
    "Jordan Standard Time": "Asia/Amman",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Tasmania Standard Time": "Australia/Hobart",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Taipei Standard Time": "Asia/Taipei",
    "US Eastern Standard Time": "America/Indianapolis",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Yukon Standard Time": "America/Whitehorse",
    "SA Western Standard Time": "America/La_Paz",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Pacific SA Standard Time": "America/Santiago",
    "Mountain Standard Time": "America/Denver",
    "GTB Standard Time": "Europe/Bucharest",
}
WINDOWS = {**kit.WINDOWS, **OWN_WINDOWS}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Europe/Oslo": "Central European Time - Oslo",
    "Europe/Stockholm": "Central European Time - Stockholm",
    "Europe/Copenhagen": "Central European Time - Copenhagen",
    "Europe/Prague": "Central European Time - Prague",
    "Europe/Budapest": "Central European Time - Budapest",
    "Europe/Vaduz": "Central European Time - Vaduz",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Bucharest": "Eastern European Time - Bucharest",
    "Europe/Vilnius": "Eastern European Time - Vilnius",
    "Europe/London": "United Kingdom Time",
    "Asia/Beirut": "Eastern European Time - Beirut",
    "Asia/Amman": "Jordan Time",
    "Asia/Tbilisi": "Georgia Time",
    "Asia/Bangkok": "Indochina Time - Bangkok",
    "Asia/Jakarta": "Western Indonesia Time - Jakarta",
    "Asia/Kuala_Lumpur": "Malaysia Time - Kuala Lumpur",
    "Asia/Taipei": "Taipei Time",
    "Asia/Singapore": "Singapore Standard Time",
    "Australia/Hobart": "Eastern Australia Time - Hobart",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Pacific/Tongatapu": "Tonga Time",
    "Pacific/Honolulu": "Hawaii-Aleutian Time - Honolulu",
    "America/Detroit": "Eastern Time - Detroit",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Indiana/Indianapolis": "Eastern Time - Indianapolis",
    "America/Boise": "Mountain Time - Boise",
    "America/Whitehorse": "Yukon Time",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Tijuana": "Pacific Time - Tijuana",
    "America/Guatemala": "Central Time - Guatemala",
    "America/Panama": "Eastern Time - Panama",
    "America/La_Paz": "Bolivia Time",
    "America/Guayaquil": "Ecuador Time",
    "America/Santo_Domingo": "Atlantic Time - Santo Domingo",
    "America/Santiago": "Chile Time - Santiago",
    "Africa/Tunis": "Central European Time - Tunis",
    "Africa/Algiers": "Central European Time - Algiers",
    "Africa/Kigali": "Central Africa Time - Kigali",
    "Africa/Windhoek": "Central Africa Time - Windhoek",
    "Indian/Mauritius": "Mauritius Time",
}

# --- Users: thirty-two mailbox owners, all new to the sets ----------------------------------
INGRID = User("Ingrid Halvorsen-Bakke", ("ingrid.hbakke@example.com",), "Europe/Oslo", "dmy")
LINNEA = User("Linnéa Sjöberg", ("linnea.sjoberg@example.net",), "Europe/Stockholm", "dmy")
MADS = User("Mads Østergaard", ("mads.ostergaard@example.org",), "Europe/Copenhagen", "dmy")
TEREZA = User("Tereza Dvořáková", ("tereza.dvorakova@example.com",), "Europe/Prague", "dmy")
BENCE = User("Szabó-Kertész Bence", ("bence.szabo.k@example.net",), "Europe/Budapest", "ymd")
IOANA = User(
    "Ioana Constantinescu", ("ioana.constantinescu@example.org",), "Europe/Bucharest", "dmy"
)
RUTA = User("Rūta Kazlauskaitė", ("ruta.kazlauskaite@example.com",), "Europe/Vilnius", "ymd")
ANNALENA = User(
    "Anna-Lena Frommelt",
    ("annalena.frommelt@example.net", "al.frommelt.bewerbung@example.org"),
    "Europe/Vaduz",
    "dmy",
)
RANA = User("Rana Khalil-Sayegh", ("rana.ksayegh@example.org",), "Asia/Beirut", "dmy")
OMAR = User("Omar Haddadin", ("omar.haddadin@example.com",), "Asia/Amman", "dmy")
NINO = User("Nino Beridze", ("nino.beridze@example.net",), "Asia/Tbilisi", "dmy")
PIM = User("Pimchanok Srisuk", ("pimchanok.srisuk@example.org",), "Asia/Bangkok", "dmy")
DEWI = User("Dewi Kusumawardani", ("dewi.kusumawardani@example.com",), "Asia/Jakarta", "dmy")
AISHAH = User("Nur Aishah Zulkifli", ("aishah.zulkifli@example.net",), "Asia/Kuala_Lumpur", "dmy")
YUTING = User("Lin Yu-ting", ("yuting.lin@example.org",), "Asia/Taipei", "ymd")
FLETCHER = User("Fletcher Goodall", ("fletcher.goodall@example.com",), "Australia/Hobart", "dmy")
SIONE = User("Sione Taufaʻahau Vea", ("sione.vea@example.net",), "Pacific/Tongatapu", "dmy")
TYLER = User("Tyler Wisniewski", ("tyler.wisniewski@example.org",), "America/Detroit", "mdy")
KEISHA = User(
    "Keisha Marbury",
    ("keisha.marbury@example.com", "kmarbury.jobs@example.net"),
    "America/Indiana/Indianapolis",
    "mdy",
)
CODY = User("Cody Bergstrom", ("cody.bergstrom@example.net",), "America/Boise", "mdy")
MAGGIE = User("Maggie Tremblay-Oakes", ("maggie.toakes@example.org",), "America/Whitehorse", "mdy")
ALEJANDRA = User(
    "Alejandra Monzón Pérez", ("alejandra.monzon@example.com",), "America/Tijuana", "dmy"
)
MARISOL = User(
    "Marisol Cifuentes Ajú", ("marisol.cifuentes@example.net",), "America/Guatemala", "dmy"
)
ROLANDO = User(
    "Rolando Quintero Batista", ("rolando.quintero@example.org",), "America/Panama", "dmy"
)
VALERIA = User("Valeria Choque Mamani", ("valeria.choque@example.com",), "America/La_Paz", "dmy")
ESTEBAN = User("Esteban Landázuri", ("esteban.landazuri@example.net",), "America/Guayaquil", "dmy")
YAHAIRA = User(
    "Yahaira Peralta Guzmán", ("yahaira.peralta@example.org",), "America/Santo_Domingo", "dmy"
)
SKANDER = User("Skander Ben Romdhane", ("skander.benromdhane@example.com",), "Africa/Tunis", "dmy")
LYDIA = User("Lydia Bouzid-Amrani", ("lydia.bouzid@example.net",), "Africa/Algiers", "dmy")
CLAUDINE = User("Claudine Uwimana", ("claudine.uwimana@example.org",), "Africa/Kigali", "dmy")
HENDRIK = User("Hendrik Swartbooi", ("hendrik.swartbooi@example.com",), "Africa/Windhoek", "dmy")
JOHANNES = User("Johannes Zimmerlin", ("johannes.zimmerlin@example.org",), "Europe/Busingen", "dmy")
NADIA = User("Nadia Ramgoolam", ("nadia.ramgoolam@example.net",), "Indian/Mauritius", "dmy")

STAMP = "20281001T000000Z"


def _win_vtz(windows: str, year: int) -> list[str]:
    """Exchange's VTIMEZONE for ``windows``: the kit's IANA block, renamed and 1601-based."""
    out = []
    for raw in kit.vtimezone(OWN_WINDOWS[windows], year):
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
    """``kit.event``, also for Windows TZIDs the kit does not know (see module docstring)."""
    kw.setdefault("stamp", STAMP)
    if zone not in OWN_WINDOWS:
        return kit.event(start=start, zone=zone, **kw)
    iana = OWN_WINDOWS[zone]
    text = kit.event(start=start, zone=iana, **kw)
    lines = text.split("\n")
    a = lines.index("BEGIN:VTIMEZONE")
    b = lines.index("END:VTIMEZONE")
    lines[a : b + 1] = _win_vtz(zone, int(start[:4]))
    q = zone if kw.get("prodid") == OUTLOOK else f'"{zone}"'
    return "\n".join(ln.replace(f";TZID={iana}:", f";TZID={q}:") for ln in lines)


def exchange(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    when_zone: str,
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
    cc: str | None = None,
    html_only: bool = False,
) -> Msg:
    """An Exchange meeting request built from the shared Outlook pieces and ``ics()``."""
    words = {
        "en": ("When", "Where", "Microsoft Teams Meeting"),
        "de": ("Wann", "Wo", "Microsoft Teams-Besprechung"),
        "fr": ("Quand\u00a0", "Où\u00a0", "Réunion Microsoft Teams"),
        "es": ("Cuándo", "Dónde", "Reunión de Microsoft Teams"),
    }
    w, wh, tloc = words[lang]
    loc = location if location is not None else (tloc if with_teams else "")
    footer = teams_block(slug + "/8", lang) if with_teams else ""
    head = f"{w}: {when_text(start, minutes, when_zone, lang)}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = head + text.strip() + "\n" + footer
    cal = ics(
        uid=uid(slug + "/8", "outlook"),
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
        cc=cc,
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", tag)],
        ics=cal,
        ics_mode="inline",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
    )


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("CET", "GMT+13")."""
    x = kit.at(start, zone)
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
    meet: str | None = "wpx-hqzd-mtr",
    location: str = "",
    updated: str | None = None,
    cancelled: bool = False,
    sequence: int = 0,
) -> Msg:
    """A Google Calendar invitation (or update, or cancellation) in this set's zones."""
    x = kit.at(start, zone)
    rng = grange(start, minutes)
    who = [f"{organizer[0]} - organizer"] + [n for n, _ in guests if n != organizer[0]]
    who.append(user.addresses[0])
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
        + "\n\nView all guest info\n\nInvitation from Google Calendar\n"
    )
    subject = (
        f"{prefix}: {summary} @ {x:%a} {x:%b} {x.day}, {x.year} {rng.replace(' – ', ' - ')} "
        f"({gabbr(start, zone)}) ({user.addresses[0]})"
    )
    desc = note_text.strip() + (
        f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if meet else ""
    )
    cal = ics(
        uid=uid(slug + "/8"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=[*guests, (user.name, user.addresses[0])],
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
    style: str = "ats",
    **kw: Any,
) -> Msg:
    """A message carrying one calendar event written by ``prodid`` (any writer)."""
    cal = ics(
        uid=uid(slug + "/8", "apple" if prodid == APPLE else "cal.example"),
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
    if style == "ats":
        return ats(user, slug, kind, ics=cal, ics_mode=ics_mode, ics_method=method, **kw)
    return human(
        user, slug, kind, mailer=style, ics=cal, ics_mode=ics_mode, ics_method=method, **kw
    )
