"""This set's own pieces on top of ``tests.eval5.authoring``: users, zones, calendar mail.

The MIME writer, ``mail()``, ``human()``, ``ats()``, the calendar writer with tz-database
VTIMEZONEs and the date helpers are imported from the fifth set's kit, never copied, and no
table of the fifth or sixth set is changed: this set keeps its own merged Windows mapping
(``WINDOWS``) and Google captions (``CAPTIONS``). Calendars in a Windows zone the kit does not
know are written by the kit in the IANA zone and then given Exchange's Windows TZID and
1601-onset VTIMEZONE (``win()``), so the kit's tables stay as they are. Dates run from June
to August 2028: northern summer time, the southern-hemisphere winter.
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
    "GTB Standard Time": "Europe/Bucharest",
    "Egypt Standard Time": "Africa/Cairo",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabian Standard Time": "Asia/Dubai",
    "West Asia Standard Time": "Asia/Tashkent",
    "SE Asia Standard Time": "Asia/Bangkok",
    "W. Australia Standard Time": "Australia/Perth",
    "E. Australia Standard Time": "Australia/Brisbane",
    "Fiji Standard Time": "Pacific/Fiji",
    "Pacific SA Standard Time": "America/Santiago",
    "SA Pacific Standard Time": "America/Bogota",
    "Venezuela Standard Time": "America/Caracas",
    "Cuba Standard Time": "America/Havana",
    "Mountain Standard Time": "America/Denver",
    "SA Western Standard Time": "America/La_Paz",
    "Azores Standard Time": "Atlantic/Azores",
    "Central European Standard Time": "Europe/Warsaw",
}
WINDOWS = {**kit.WINDOWS, **OWN_WINDOWS}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Europe/Lisbon": "Western European Time - Lisbon",
    "Europe/Warsaw": "Central European Time - Warsaw",
    "Europe/Athens": "Eastern European Time - Athens",
    "Africa/Cairo": "Eastern European Time - Cairo",
    "Asia/Riyadh": "Arabian Standard Time - Riyadh",
    "Asia/Dubai": "Gulf Standard Time - Dubai",
    "Asia/Tashkent": "Uzbekistan Time - Tashkent",
    "Asia/Almaty": "East Kazakhstan Time - Almaty",
    "Asia/Ho_Chi_Minh": "Indochina Time - Ho Chi Minh City",
    "Asia/Manila": "Philippine Standard Time - Manila",
    "Australia/Perth": "Western Australia Time - Perth",
    "Australia/Brisbane": "Eastern Australia Time - Brisbane",
    "Pacific/Fiji": "Fiji Time",
    "America/Santiago": "Chile Time - Santiago",
    "America/Lima": "Peru Time - Lima",
    "America/Caracas": "Venezuela Time",
    "America/Havana": "Cuba Time - Havana",
    "America/Denver": "Mountain Time - Denver",
    "America/Winnipeg": "Central Time - Winnipeg",
    "America/Puerto_Rico": "Atlantic Time - Puerto Rico",
    "Atlantic/Azores": "Azores Time",
    "Europe/Luxembourg": "Central European Time - Luxembourg",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Berlin": "Central European Time - Berlin",
    "America/New_York": "Eastern Time - New York",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "Europe/London": "United Kingdom Time",
}

# --- Users: all new to the sets -------------------------------------------------------------
INES = User("Inês Carvalhal Mota", ("ines.cmota@example.com",), "Europe/Lisbon", "dmy")
KASIA = User("Katarzyna Wróblewska", ("kasia.wroblewska@example.net",), "Europe/Warsaw", "dmy")
NIKOS = User("Nikos Papadakis-Lemos", ("nikos.plemos@example.org",), "Europe/Athens", "dmy")
MARWA = User("Marwa Abdelrahman", ("marwa.abdelrahman@example.com",), "Africa/Cairo", "dmy")
FAISAL = User("Faisal bin Turki", ("faisal.binturki@example.net",), "Asia/Riyadh", "dmy")
LEENA = User("Leena Haddad-Khoury", ("leena.hkhoury@example.org",), "Asia/Dubai", "dmy")
DILSHOD = User("Dilshod Rakhimov", ("dilshod.rakhimov@example.com",), "Asia/Tashkent", "dmy")
AIGERIM = User("Aigerim Nurlanovna", ("aigerim.nurlan@example.net",), "Asia/Almaty", "dmy")
THAO = User("Nguyen Phuong Thao", ("thao.nguyenp@example.org",), "Asia/Ho_Chi_Minh", "dmy")
BEA = User("Bea Mercado-Lim", ("bea.mercadolim@example.com",), "Asia/Manila", "mdy")
KIRRA = User("Kirra Fennessy", ("kirra.fennessy@example.net",), "Australia/Perth", "dmy")
LACHIE = User("Lachlan McAuliffe", ("lachie.mcauliffe@example.org",), "Australia/Brisbane", "dmy")
SERU = User("Seru Vakaloloma", ("seru.vakaloloma@example.com",), "Pacific/Fiji", "dmy")
TOMAS = User("Tomás Irarrázaval", ("tomas.irarrazaval@example.net",), "America/Santiago", "dmy")
ROCIO = User("Rocío Huamaní Quispe", ("rocio.huamani@example.org",), "America/Lima", "dmy")
GABO = User("Gabriel Urdaneta", ("gabo.urdaneta@example.com",), "America/Caracas", "dmy")
YANET = User("Yanet Castellanos", ("yanet.castellanos@example.net",), "America/Havana", "dmy")
WYATT = User("Wyatt Lindqvist", ("wyatt.lindqvist@example.org",), "America/Denver", "mdy")
MAUREEN = User("Maureen Beaulieu", ("maureen.beaulieu@example.com",), "America/Winnipeg", "mdy")
XAVIER = User(
    "Xavier Rivera Colón", ("xavier.riveracolon@example.net",), "America/Puerto_Rico", "mdy"
)
ILDA = User("Ilda Furtado Medeiros", ("ilda.medeiros@example.org",), "Atlantic/Azores", "dmy")
MIREILLE = User("Mireille Kremer", ("mireille.kremer@example.com",), "Europe/Luxembourg", "dmy")
ORIOL = User("Oriol Puigdomènech", ("oriol.puigdomenech@example.net",), "Europe/Madrid", "dmy")
JULES = User("Jules Vuilleumier", ("jules.vuilleumier@example.org",), "Europe/Zurich", "dmy")
FRIEDA = User(
    "Frieda Obermüller",
    ("frieda.obermueller@example.com", "f.obermueller.jobs@example.net"),
    "Europe/Berlin",
    "dmy",
)
HANA = User("Hana Sugimoto", ("hana.sugimoto@example.net",), "Asia/Tokyo", "ymd")
MINJUN = User("Kang Min-jun", ("minjun.kang@example.org",), "Asia/Seoul", "ymd")
DARNELL = User("Darnell Whitcombe", ("darnell.whitcombe@example.com",), "America/New_York", "mdy")
PRIYANKA = User(
    "Priyanka Raghunathan", ("priyanka.raghunathan@example.net",), "America/Los_Angeles", "mdy"
)
CIARAN = User("Ciarán Ó Dálaigh", ("ciaran.odalaigh@example.org",), "Europe/Dublin", "dmy")


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
    if zone not in OWN_WINDOWS:
        return kit.event(start=start, zone=zone, **kw)
    iana = OWN_WINDOWS[zone]
    text = kit.event(start=start, zone=iana, **kw)
    lines = text.split("\n")
    a = lines.index("BEGIN:VTIMEZONE")
    b = lines.index("END:VTIMEZONE")
    year = int(start[:4])
    lines[a : b + 1] = _win_vtz(zone, year)
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
    footer = teams_block(slug, lang) if with_teams else ""
    head = f"{w}: {when_text(start, minutes, when_zone, lang)}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = head + text.strip() + "\n" + footer
    cal = ics(
        uid=uid(slug + "/7", "outlook"),
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
        stamp="20280601T000000Z",
    )
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        subject=prefix + subject,
        date=date,
        body=body,
        rich=html_page(paras(body), lang=tag[:2]),
        cc=cc,
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", tag)],
        ics=cal,
        ics_mode="inline",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
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
    meet: str | None = "qrt-vbnm-kje",
    location: str = "",
    updated: str | None = None,
    cancelled: bool = False,
    sequence: int = 0,
) -> Msg:
    """A Google Calendar invitation in this set's zones (captions from ``CAPTIONS``)."""
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
    off = x.utcoffset()
    assert off is not None
    mins = int(off.total_seconds() // 60)
    abbr = (
        x.tzname()
        if (x.tzname() or "+")[0] not in "+-"
        else (
            f"GMT{'+' if mins >= 0 else '-'}{abs(mins) // 60}"
            + (f":{abs(mins) % 60:02d}" if mins % 60 else "")
        )
    )
    subject = f"{prefix}: {summary} @ {x:%a} {x:%b} {x.day}, {x.year} {rng.replace(' – ', ' - ')} ({abbr}) ({user.addresses[0]})"
    desc = note_text.strip() + (
        f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if meet else ""
    )
    cal = ics(
        uid=uid(slug + "/7"),
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
        stamp="20280601T000000Z",
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
        uid=uid(slug + "/7", "apple" if prodid == APPLE else "x.example"),
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
        stamp="20280601T000000Z",
    )
    if style == "ats":
        return ats(user, slug, kind, ics=cal, ics_mode=ics_mode, ics_method=method, **kw)
    return human(
        user, slug, kind, mailer=style, ics=cal, ics_mode=ics_mode, ics_method=method, **kw
    )
