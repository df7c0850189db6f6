"""Shared pieces for authoring the ninth evaluation set: users, zones, calendars, mail.

Builds on the fourth set's kit (``tests.eval4.authoring.kit``: dates, the tz-database
VTIMEZONE writer, ``mail()``) and through it on the byte-exact MIME writer of the first set;
nothing is copied and no table of an earlier set is changed. This module adds the set's own
users, the Windows zone names it uses beyond the fourth set's (``OWN_WINDOWS``, written by
``ics()`` as Exchange writes them), Google's captions for its zones, a Google invitation and
an Exchange request, and its own Message-IDs. Dates run from February to May 2029: across
the US/Canada switch (11 March), the EU/UK switch (25 March), the Australian and New Zealand
switch (1 April), Chile's (the night of 7 April), Egypt's (27 April) and Morocco's Ramadan hour (+00:00
from 14 January to 18 February). Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, iv, note, paras
from tests.eval.authoring.mime import attachment, leaf, multi
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
    at,
    bulk,
    conv,
    d,
    de,
    dh,
    es,
    fr,
    iso,
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
    "at",
    "attachment",
    "bulk",
    "conv",
    "d",
    "de",
    "dh",
    "es",
    "exchange",
    "fr",
    "gcal",
    "html_page",
    "ics",
    "iso",
    "iv",
    "leaf",
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

# Windows names (as Exchange writes TZID) beyond the fourth set's, mapped as CLDR's
# windowsZones does for territory 001.
OWN_WINDOWS = {
    "Arabian Standard Time": "Asia/Dubai",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "Korea Standard Time": "Asia/Seoul",
    "Central European Standard Time": "Europe/Warsaw",
    "Pakistan Standard Time": "Asia/Karachi",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Egypt Standard Time": "Africa/Cairo",
    "Atlantic Standard Time": "America/Halifax",
    "Singapore Standard Time": "Asia/Singapore",
}
WINDOWS = {**k4.WINDOWS, **OWN_WINDOWS}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Asia/Dubai": "Gulf Standard Time - Dubai",
    "Asia/Karachi": "Pakistan Standard Time - Karachi",
    "Asia/Dhaka": "Bangladesh Standard Time - Dhaka",
    "Asia/Manila": "Philippine Standard Time - Manila",
    "Asia/Seoul": "Korean Standard Time - Seoul",
    "Asia/Ho_Chi_Minh": "Indochina Time - Ho Chi Minh City",
    "Asia/Colombo": "India Standard Time - Colombo",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Africa/Nairobi": "East Africa Time - Nairobi",
    "Africa/Lagos": "West Africa Standard Time - Lagos",
    "Africa/Accra": "Greenwich Mean Time - Accra",
    "Africa/Casablanca": "Morocco Time",
    "Africa/Cairo": "Eastern European Time - Cairo",
    "Africa/Dakar": "Greenwich Mean Time - Dakar",
    "Australia/Adelaide": "Central Australia Time - Adelaide",
    "Australia/Brisbane": "Eastern Australia Time - Brisbane",
    "Australia/Darwin": "Central Australia Time - Darwin",
    "Pacific/Fiji": "Fiji Time",
    "Pacific/Chatham": "Chatham Time",
    "America/Buenos_Aires": "Argentina Standard Time - Buenos Aires",
    "America/Bogota": "Colombia Standard Time - Bogota",
    "America/Asuncion": "Paraguay Time",
    "America/Mexico_City": "Central Time - Mexico City",
    "America/Santiago": "Chile Time - Santiago",
    "America/Halifax": "Atlantic Time - Halifax",
    "America/Anchorage": "Alaska Time - Anchorage",
    "America/Denver": "Mountain Time - Denver",
    "America/Vancouver": "Pacific Time - Vancouver",
    "America/Winnipeg": "Central Time - Winnipeg",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "Europe/Dublin": "Irish Time - Dublin",
    "Europe/Warsaw": "Central European Time - Warsaw",
    "Europe/Helsinki": "Eastern European Time - Helsinki",
    "Europe/Athens": "Eastern European Time - Athens",
    "Europe/Rome": "Central European Time - Rome",
    "Europe/Amsterdam": "Central European Time - Amsterdam",
    "Europe/Luxembourg": "Central European Time - Luxembourg",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/London": "United Kingdom Time",
    "Atlantic/Canary": "Western European Time - Canary",
}

# --- Users: thirty-five mailbox owners, all new to the sets --------------------------------------
FARIDA = User("Farida Al-Mansoori", ("farida.almansoori@example.com",), "Asia/Dubai", "dmy")
USMAN = User("Usman Qureshi-Baig", ("usman.qbaig@example.net",), "Asia/Karachi", "dmy")
TANVIR = User("Tanvir Hossain Rafi", ("tanvir.rafi@example.org",), "Asia/Dhaka", "dmy")
JOLINA = User("Jolina Dimaculangan", ("jolina.dmc@example.com",), "Asia/Manila", "mdy")
SEOYEON = User("Yoon Ha-eun", ("haeun.yoon.dev@example.net",), "Asia/Seoul", "ymd")
THAO = User("Trần Minh Khuê", ("khue.tranminh@example.org",), "Asia/Ho_Chi_Minh", "dmy")
DILINI = User("Dilini Wickramasinghe", ("dilini.wick@example.com",), "Asia/Colombo", "dmy")
WANJIRU = User("Nyokabi Wambui Gathoni", ("nyokabi.gathoni@example.net",), "Africa/Nairobi", "dmy")
CHIDERA = User("Chidera Okonkwo-Bello", ("chidera.obello@example.org",), "Africa/Lagos", "dmy")
KWAME = User("Kwame Asante-Boakye", ("kwame.aboakye@example.com",), "Africa/Accra", "dmy")
YOUSSEF = User("Youssef Benkirane", ("youssef.benkirane@example.net",), "Africa/Casablanca", "dmy")
MARIAM = User("Mariam Abdelsalam", ("mariam.abdelsalam@example.org",), "Africa/Cairo", "dmy")
AMINATA = User("Aminata Sow Diallo", ("aminata.sowdiallo@example.com",), "Africa/Dakar", "dmy")
BRODIE = User("Brodie Maclachlan", ("brodie.maclachlan@example.net",), "Australia/Adelaide", "dmy")
TAYLA = User("Tayla Henriksen", ("tayla.henriksen@example.org",), "Australia/Brisbane", "dmy")
ROHIT = User("Rohit Chandra Prasad", ("rohit.cprasad@example.com",), "Pacific/Fiji", "dmy")
MANAIA = User("Manaia Tuhiwai", ("manaia.tuhiwai@example.net",), "Pacific/Chatham", "dmy")
LUCIANA = User(
    "Luciana Ferreyra Ocampo", ("luciana.ferreyra@example.org",), "America/Buenos_Aires", "dmy"
)
SEBASTIAN = User(
    "Sebastián Rengifo Ariza", ("sebastian.rengifo@example.com",), "America/Bogota", "dmy"
)
MILAGROS = User(
    "Milagros Benítez Aquino", ("milagros.benitez@example.net",), "America/Asuncion", "dmy"
)
EMILIANO = User(
    "Emiliano Zárate Ibarra", ("emiliano.zarate@example.org",), "America/Mexico_City", "dmy"
)
CONSTANZA = User(
    "Constanza Errázuriz", ("constanza.errazuriz@example.com",), "America/Santiago", "dmy"
)
GRAYSON = User("Grayson Whitcombe", ("grayson.whitcombe@example.net",), "America/Halifax", "mdy")
DAKOTA = User(
    "Dakota Ahnaughtok",
    ("dakota.ahn@example.org", "dakota.jobs.ak@example.com"),
    "America/Anchorage",
    "mdy",
)
MCKENNA = User("McKenna Oyelaran", ("mckenna.oyelaran@example.com",), "America/Denver", "mdy")
DESHAWN = User("DeShawn Pettiford", ("deshawn.pettiford@example.net",), "America/Chicago", "mdy")
HARPREET = User(
    "Harpreet Kaur Dhillon", ("harpreet.kdhillon@example.org",), "America/Vancouver", "ymd"
)
ROISIN = User("Róisín Ní Bhriain", ("roisin.nibhriain@example.com",), "Europe/Dublin", "dmy")
ZOFIA = User("Zofia Wiśniewska-Lis", ("zofia.wlis@example.net",), "Europe/Warsaw", "ymd")
EERO = User("Eero Halonen", ("eero.halonen@example.org",), "Europe/Helsinki", "dmy")
GIULIA = User("Giulia Ferrandino", ("giulia.ferrandino@example.com",), "Europe/Rome", "dmy")
JOOST = User(
    "Joost van Leeuwarden", ("joost.vanleeuwarden@example.net",), "Europe/Amsterdam", "dmy"
)
CAMILLE = User("Camille Wagner-Thill", ("camille.wthill@example.org",), "Europe/Luxembourg", "dmy")
MORITZ = User(
    "Moritz Feldkamp",
    ("moritz.feldkamp@example.com", "m.feldkamp.jobs@example.net"),
    "Europe/Berlin",
    "dmy",
)
ARIADNA = User("Ariadna Quevedo Rubio", ("ariadna.quevedo@example.org",), "Atlantic/Canary", "dmy")

STAMP = "20290101T000000Z"
SEED = "/eval9"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded for this set, so no set shares one)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:16]}.{h[16:26]}@{domain}>"


def uid(seed: str, style: str = "google") -> str:
    """A stable calendar UID in the named writer's shape, seeded for this set."""
    return k4.uid(seed + SEED, style)


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
    """``k4.event``, also for the Windows TZIDs only this set uses."""
    kw.setdefault("stamp", STAMP)
    if zone not in OWN_WINDOWS:
        return k4.event(start=start, zone=zone, **kw)
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


def local(start: str, zone: str) -> dt.datetime:
    """``at`` with this set's Windows names."""
    return at(start, WINDOWS.get(zone, zone))


def grange(start: str, minutes: int) -> str:
    """'10am – 11am' as Google prints a time range."""
    return f"{t12(start, compact=True)} – {t12(plus(start, minutes), compact=True)}"


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("CET", "GMT+4")."""
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
    meet: str | None = "qzr-mbtw-hxa",
    location: str = "",
    updated: str | None = None,
    cancelled: bool = False,
    sequence: int = 0,
) -> Msg:
    """A Google Calendar invitation (or update, or cancellation) as Gmail delivers it."""
    x = local(start, zone)
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
        + "\n\nView all guest info\n\nReply for "
        + user.addresses[0]
        + "\nYes\nNo\nMaybe\nMore options\n\nInvitation from Google Calendar\n"
    )
    subject = (
        f"{prefix}: {summary} @ {x:%a} {x:%b} {x.day}, {x.year} {rng.replace(' – ', ' - ')} "
        f"({gabbr(start, zone)}) ({user.addresses[0]})"
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


_WHEN = {
    "en": ("When", "Where", "Microsoft Teams Meeting"),
    "de": ("Wann", "Wo", "Microsoft Teams-Besprechung"),
    "fr": ("Quand", "Où", "Réunion Microsoft Teams"),
    "es": ("Cuándo", "Dónde", "Reunión de Microsoft Teams"),
}


def when_line(start: str, minutes: int, when_zone: str, lang: str) -> str:
    """Outlook's ``When:`` value in ``lang`` ("Tuesday, March 13, 2029 9:00 AM-10:00 AM ...")."""
    end = plus(start, minutes)
    x = dt.datetime.fromisoformat(start)
    if lang == "de":
        return f"{de(start)} {t24(start)}-{t24(end)} {when_zone}"
    if lang == "fr":
        return f"{fr(start)} {t24(start)}-{t24(end)} {when_zone}"
    if lang == "es":
        return f"{es(start, year=True)} {t24(start)}-{t24(end)} {when_zone}"
    return f"{x:%A}, {x:%B} {x.day}, {x.year} {t12(start)}-{t12(end)} {when_zone}"


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
    html_only: bool = False,
) -> Msg:
    """An Exchange meeting request: ``When:``/``Where:`` lines, body, Teams footer."""
    w, wh, tloc = _WHEN[lang]
    loc = location if location is not None else (tloc if with_teams else "")
    footer = k4.teams(slug + SEED) if with_teams else ""
    head = f"{w}: {when_line(start, minutes, when_zone, lang)}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
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
    **kw: Any,
) -> Msg:
    """A message carrying one calendar event written by ``prodid`` (any writer)."""
    cal = ics(
        uid=uid(slug, "apple" if prodid in {APPLE, ICLOUD} else "cal.example"),
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
