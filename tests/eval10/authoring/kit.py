"""Shared pieces for authoring the tenth evaluation set: users, zones, calendars, mail.

Builds on the fourth set's kit (``tests.eval4.authoring.kit``: dates, the tz-database
VTIMEZONE writer, ``mail()``) and the ninth set's Windows zone table, and through them on the
byte-exact MIME writer of the first set; nothing is copied and no table of an earlier set is
changed. This module adds the set's own users, the Windows zone names it uses beyond the
earlier kits (``OWN_WINDOWS``, written by ``ics()`` as Exchange writes them: 1601 onsets, no
TZNAME), Google's captions for its zones, a Google invitation (and its reminder), an Exchange
request in four languages, a generic calendar-carrying message and this set's Message-IDs.

Dates run from June to September 2029: the southern winter (Chile's switch to -03 on
2 September, New Zealand's and the Chatham Islands' on 30 September, Lord Howe's half hour
on 7 October), zones with half-hour offsets (Tehran, Yangon, Darwin, Lord Howe) and the
northern summer (CEST, EEST, BST, the Azores on +00:00, Honolulu and Saskatchewan without
DST). Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from typing import Any

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
    at,
    bulk,
    conv,
    d,
    de,
    dh,
    es,
    fr,
    plus,
    quoted,
    t12,
    t24,
)
from tests.eval9.authoring import kit as k9

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
    "enc_word",
    "es",
    "exchange",
    "fr",
    "gcal",
    "greminder",
    "html_page",
    "ics",
    "invite",
    "iso",
    "iv",
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

# Windows names (as Exchange writes TZID) beyond the fourth and ninth sets', mapped as CLDR's
# windowsZones does for territory 001 (so Prague's request resolves to Budapest, Costa Rica's
# to Guatemala, Jakarta's to Bangkok: same offsets on the dates of this set).
OWN_WINDOWS = {
    "Iran Standard Time": "Asia/Tehran",
    "Myanmar Standard Time": "Asia/Yangon",
    "AUS Central Standard Time": "Australia/Darwin",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Tasmania Standard Time": "Australia/Hobart",
    "Pacific SA Standard Time": "America/Santiago",
    "Venezuela Standard Time": "America/Caracas",
    "SA Western Standard Time": "America/La_Paz",
    "Central America Standard Time": "America/Guatemala",
    "Central Europe Standard Time": "Europe/Budapest",
    "Turkey Standard Time": "Europe/Istanbul",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Azores Standard Time": "Atlantic/Azores",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Canada Central Standard Time": "America/Regina",
    "Arab Standard Time": "Asia/Riyadh",
    "Taipei Standard Time": "Asia/Taipei",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Namibia Standard Time": "Africa/Windhoek",
    "FLE Standard Time": "Europe/Kyiv",
}
WINDOWS = {**k9.WINDOWS, **OWN_WINDOWS}

# How Outlook names these zones on a ``When:`` line (always the standard offset).
WHEN_ZONE = {
    "Iran Standard Time": "(UTC+03:30) Tehran",
    "Myanmar Standard Time": "(UTC+06:30) Yangon (Rangoon)",
    "AUS Central Standard Time": "(UTC+09:30) Darwin",
    "Lord Howe Standard Time": "(UTC+10:30) Lord Howe Island",
    "Tasmania Standard Time": "(UTC+10:00) Hobart",
    "Pacific SA Standard Time": "(UTC-04:00) Santiago",
    "Venezuela Standard Time": "(UTC-04:00) Caracas",
    "SA Western Standard Time": "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan",
    "Central America Standard Time": "(UTC-06:00) Central America",
    "Central Europe Standard Time": "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
    "Greenwich Standard Time": "(UTC+00:00) Monrovia, Reykjavik",
    "Azores Standard Time": "(UTC-01:00) Azores",
    "Hawaiian Standard Time": "(UTC-10:00) Hawaii",
    "Canada Central Standard Time": "(UTC-06:00) Saskatchewan",
    "Arab Standard Time": "(UTC+03:00) Kuwait, Riyadh",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "Namibia Standard Time": "(UTC+02:00) Windhoek",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "New Zealand Standard Time": "(UTC+12:00) Auckland, Wellington",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "South Africa Standard Time": "(UTC+02:00) Harare, Pretoria",
}

# Google Calendar's captions for the zones of this set.
CAPTIONS = {
    "Asia/Tehran": "Iran Standard Time - Tehran",
    "Asia/Yangon": "Myanmar Time - Yangon",
    "Asia/Riyadh": "Arabian Standard Time - Riyadh",
    "Asia/Kuala_Lumpur": "Malaysia Time - Kuala Lumpur",
    "Asia/Taipei": "Taipei Standard Time",
    "Asia/Jakarta": "Western Indonesia Time - Jakarta",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Australia/Darwin": "Central Australia Time - Darwin",
    "Australia/Perth": "Western Australia Time - Perth",
    "Australia/Lord_Howe": "Lord Howe Time",
    "Australia/Hobart": "Eastern Australia Time - Hobart",
    "Australia/Melbourne": "Eastern Australia Time - Melbourne",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Pacific/Auckland": "New Zealand Time",
    "Pacific/Honolulu": "Hawaii-Aleutian Time - Honolulu",
    "America/Santiago": "Chile Time - Santiago",
    "America/Caracas": "Venezuela Time - Caracas",
    "America/La_Paz": "Bolivia Time - La Paz",
    "America/Costa_Rica": "Central Time - Costa Rica",
    "America/Toronto": "Eastern Time - Toronto",
    "America/Detroit": "Eastern Time - Detroit",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Denver": "Mountain Time - Denver",
    "America/Boise": "Mountain Time - Boise",
    "America/Regina": "Central Time - Regina",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Puerto_Rico": "Atlantic Time - Puerto Rico",
    "Europe/London": "United Kingdom Time",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Vienna": "Central European Time - Vienna",
    "Europe/Zurich": "Central European Time - Zurich",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Prague": "Central European Time - Prague",
    "Europe/Stockholm": "Central European Time - Stockholm",
    "Europe/Istanbul": "Turkey Time - Istanbul",
    "Europe/Kyiv": "Eastern European Time - Kyiv",
    "Atlantic/Reykjavik": "Greenwich Mean Time - Reykjavik",
    "Atlantic/Azores": "Azores Time",
    "Africa/Abidjan": "Greenwich Mean Time - Abidjan",
    "Africa/Tunis": "Central European Time - Tunis",
    "Africa/Windhoek": "Central Africa Time - Windhoek",
    "Africa/Kigali": "Central Africa Time - Kigali",
    "Indian/Reunion": "Réunion Time",
}

# --- Users: thirty-seven mailbox owners, all new to the sets ------------------------------------
NASRIN = User("Nasrin Kazemi-Tabar", ("nasrin.kazemitabar@example.com",), "Asia/Tehran", "dmy")
THIRI = User("Thiri Aung Myat", ("thiri.aungmyat@example.net",), "Asia/Yangon", "dmy")
LIAM = User("Liam Donoghue-Birch", ("liam.donoghuebirch@example.org",), "Australia/Darwin", "dmy")
ISLA = User(
    "Isla Fairweather-Nunn", ("isla.fairweather@example.com",), "Australia/Lord_Howe", "dmy"
)
CALLISTA = User(
    "Callista Drummond-Vane", ("callista.dvane@example.net",), "Australia/Hobart", "dmy"
)
NIKHIL = User("Nikhil Sarraf", ("nikhil.sarraf.mel@example.org",), "Australia/Melbourne", "dmy")
AROHA = User("Aroha Whaanga-Pike", ("aroha.whaangapike@example.com",), "Pacific/Auckland", "dmy")
JOSEFINA = User(
    "Josefina Larraín Vial", ("josefina.larrain@example.net",), "America/Santiago", "dmy"
)
ANDRES = User("Andrés Eloy Briceño", ("andres.briceno.ve@example.org",), "America/Caracas", "dmy")
VALERIA = User(
    "Valeria Quisbert Mamani", ("valeria.quisbert@example.com",), "America/La_Paz", "dmy"
)
NEREA = User("Nerea Etxeberria Goñi", ("nerea.etxeberria@example.net",), "Europe/Madrid", "dmy")
MARIELA = User(
    "Mariela Solís Chaves", ("mariela.solischaves@example.org",), "America/Costa_Rica", "dmy"
)
JANNIK = User(
    "Jannik Oberdörfer",
    ("jannik.oberdoerfer@example.com", "j.oberdoerfer.bewerbung@example.org"),
    "Europe/Berlin",
    "dmy",
)
LEONIE = User("Leonie Gschwandtner", ("leonie.gschwandtner@example.net",), "Europe/Vienna", "dmy")
SEVERIN = User("Severin Imhof", ("severin.imhof@example.org",), "Europe/Zurich", "dmy")
SOLENE = User("Solène Marchetti", ("solene.marchetti@example.com",), "Europe/Paris", "dmy")
ETIENNE = User(
    "Étienne Lapointe-Roy", ("etienne.lapointeroy@example.net",), "America/Toronto", "ymd"
)
AYA = User("Aya Kouassi-N'Guessan", ("aya.kouassi@example.org",), "Africa/Abidjan", "dmy")
MAELYS = User("Maëlys Payet-Hoarau", ("maelys.payet@example.com",), "Indian/Reunion", "dmy")
YASSINE = User("Yassine Trabelsi", ("yassine.trabelsi.tn@example.net",), "Africa/Tunis", "dmy")
TEREZA = User("Tereza Vondráčková", ("tereza.vondrackova@example.org",), "Europe/Prague", "dmy")
LINNEA = User("Linnea Bergqvist-Holm", ("linnea.bholm@example.com",), "Europe/Stockholm", "ymd")
EMRE = User("Emre Karaağaç", ("emre.karaagac@example.net",), "Europe/Istanbul", "dmy")
OKSANA = User("Oksana Melnychuk", ("oksana.melnychuk@example.org",), "Europe/Kyiv", "dmy")
SOLVEIG = User("Sólveig Einarsdóttir", ("solveig.einars@example.com",), "Atlantic/Reykjavik", "dmy")
TOMAS = User("Tomás Medeiros Furtado", ("tomas.mfurtado@example.net",), "Atlantic/Azores", "dmy")
KAINOA = User("Kainoa Palakiko", ("kainoa.palakiko@example.org",), "Pacific/Honolulu", "mdy")
BRYNN = User("Brynn Olafson", ("brynn.olafson@example.com",), "America/Regina", "mdy")
MARISOL = User(
    "Marisol Greenleaf-Ortiz",
    ("marisol.greenleaf@example.net", "mgo.jobsearch@example.com"),
    "America/Detroit",
    "mdy",
)
HOLLIS = User("Hollis Pembrook", ("hollis.pembrook@example.org",), "America/Boise", "mdy")
YAMILET = User("Yamilet Colón Rivera", ("yamilet.colon@example.com",), "America/Puerto_Rico", "mdy")
REEM = User("Reem Al-Harbi", ("reem.alharbi@example.net",), "Asia/Riyadh", "dmy")
PEISHAN = User("Chong Pei Shan", ("peishan.chong.kl@example.org",), "Asia/Kuala_Lumpur", "dmy")
CHIAHUI = User("Hsu Chia-hui", ("chiahui.hsu.tpe@example.com",), "Asia/Taipei", "ymd")
PUTRI = User("Putri Anjani Siregar", ("putri.siregar@example.net",), "Asia/Jakarta", "dmy")
NDAPEWA = User("Ndapewa Shilongo", ("ndapewa.shilongo@example.org",), "Africa/Windhoek", "dmy")
ALINE = User("Aline Uwase Mugisha", ("aline.uwase@example.com",), "Africa/Kigali", "dmy")

STAMP = "20290601T000000Z"
SEED = "/eval10"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded for this set, so no set shares one)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:10]}-{h[10:18]}-{h[18:28]}@{domain}>"


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
    """A VCALENDAR with one VEVENT (``k4.event``), also for this set's Windows TZIDs."""
    kw.setdefault("stamp", STAMP)
    if zone not in OWN_WINDOWS:
        return k9.ics(start=start, zone=zone, **kw)
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


def iso(start: str, zone: str) -> str:
    """The label form of a local time (IANA or any Windows name of this set)."""
    return local(start, zone).isoformat()


def grange(start: str, minutes: int) -> str:
    """'10am – 11am' as Google prints a time range."""
    return f"{t12(start, compact=True)} – {t12(plus(start, minutes), compact=True)}"


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("CEST", "GMT+3:30")."""
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
    meet: str | None = "vwk-pqod-tzr",
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


def greminder(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    summary: str,
    organizer: str,
    date: str,
    label: dict[str, Any],
    meet: str = "jfu-xqbn-rew",
) -> Msg:
    """Google Calendar's e-mail notification for an event already on the calendar (no .ics)."""
    x = local(start, zone)
    rng = grange(start, minutes)
    body = (
        f"This is a reminder for the following event.\n\n{summary}\n"
        f"{x:%A} {x:%b} {x.day}, {x.year} ⋅ {rng} ({CAPTIONS[zone]})\n\n"
        f"Join with Google Meet\nmeet.google.com/{meet}\n\nOrganizer\n{organizer}\n\n"
        f"Reminder from Google Calendar\n\nYou are receiving this email because you set an email "
        f"notification for this event on the calendar {user.addresses[0]}.\n"
    )
    subject = (
        f"Notification: {summary} @ {x:%a} {x:%b} {x.day}, {x.year} "
        f"{rng.replace(' – ', ' - ')} ({gabbr(start, zone)}) ({user.addresses[0]})"
    )
    return mail(
        user,
        slug,
        kind,
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=subject,
        date=date,
        body=body,
        html_auto=True,
        label=label,
        extra=[("Auto-Submitted", "auto-generated")],
    )


_WHEN = {
    "en": ("When", "Where", "Microsoft Teams Meeting"),
    "de": ("Wann", "Wo", "Microsoft Teams-Besprechung"),
    "fr": ("Quand", "Où", "Réunion Microsoft Teams"),
    "es": ("Cuándo", "Dónde", "Reunión de Microsoft Teams"),
}


def when_line(start: str, minutes: int, when_zone: str, lang: str) -> str:
    """Outlook's ``When:`` value in ``lang`` ("Tuesday, July 10, 2029 9:00 AM-10:00 AM ...")."""
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
    minutes: int,
    subject: str,
    organizer: tuple[str, str],
    attendees: Sequence[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    text: str,
    when_zone: str | None = None,
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
    footer = k4.teams(slug + SEED + "/teams") if with_teams else ""
    wz = when_zone or WHEN_ZONE[zone]
    head = f"{w}: {when_line(start, minutes, wz, lang)}.\n{wh}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
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
