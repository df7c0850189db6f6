"""Shared pieces for authoring the third evaluation set: personas, dates, calendars, mail.

Reuses the byte-exact MIME writer and header helpers of the first set
(``tests.eval.authoring``); personas, zones and the calendar writer are its own. Every
VTIMEZONE is derived from the tz database (``zoneinfo``) for the year of the event, so the
offsets written into a calendar are the real ones on that date, including the awkward zones
(Chile, Egypt, Israel, South Australia's half hour, no-DST Queensland, Arizona and Hawaii).
Everything is invented: companies and people live under ``.example``/``.test`` or
example.com/.net/.org (RFC 2606), network addresses come from TEST-NET blocks (RFC 5737).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, headers, html_page, iv, mid, note, paras
from tests.eval.authoring.mime import (
    Part,
    addr,
    attachment,
    cal,
    enc_word,
    html,
    leaf,
    message,
    multi,
    text,
)

__all__ = [
    "Msg",
    "Part",
    "User",
    "addr",
    "attachment",
    "cal",
    "day_de",
    "day_es",
    "day_fr",
    "dh",
    "enc_word",
    "event",
    "headers",
    "html",
    "html_page",
    "iso",
    "iv",
    "leaf",
    "long_date",
    "mail",
    "message",
    "mid",
    "multi",
    "note",
    "paras",
    "text",
]

# --- Users: eighteen mailbox owners in as many zones -----------------------------------------
MEERA = User("Meera Krishnan", ("meera.krishnan@example.org",), "Asia/Kolkata", "dmy")
JONAS = User("Jonas Weißmüller", ("jonas.weissmueller@example.net",), "Europe/Berlin", "dmy")
ELODIE = User("Élodie Rousseau", ("elodie.rousseau@example.com",), "Europe/Paris", "dmy")
LUCIA = User(
    "Lucía Fernández Ortega",
    ("lucia.fernandez@example.org", "lfo.cv@example.net"),
    "Europe/Madrid",
    "dmy",
)
GIULIA = User("Giulia Bianchi", ("giulia.bianchi@example.net",), "Europe/Rome", "dmy")
FEMKE = User("Femke de Vries", ("femke.devries@example.com",), "Europe/Amsterdam", "dmy")
TOMASZ = User("Tomasz Wiśniewski", ("tomasz.wisniewski@example.org",), "Europe/Warsaw", "dmy")
CHINEDU = User("Chinedu Okafor", ("chinedu.okafor@example.net",), "Africa/Lagos", "dmy")
WANJIRU = User("Wanjiru Kamau", ("wanjiru.kamau@example.com",), "Africa/Nairobi", "dmy")
OMAR = User("Omar Farouk Hassan", ("omar.f.hassan@example.org",), "Africa/Cairo", "dmy")
NOA = User("Noa Ben-David", ("noa.bendavid@example.net",), "Asia/Jerusalem", "dmy")
ANGELICA = User("Angelica Dela Cruz", ("angelica.delacruz@example.com",), "Asia/Manila", "mdy")
JIWOO = User("Park Ji-woo", ("jiwoo.park@example.org",), "Asia/Seoul", "ymd")
SOFIA = User(
    "Sofía Giménez", ("sofia.gimenez@example.net",), "America/Argentina/Buenos_Aires", "dmy"
)
IGNACIO = User("Ignacio Muñoz Rojas", ("ignacio.munoz@example.com",), "America/Santiago", "dmy")
CAMILA = User("Camila Restrepo", ("camila.restrepo@example.org",), "America/Bogota", "dmy")
DANA = User("Dana Whitehorse", ("dana.whitehorse@example.net",), "America/Phoenix", "mdy")
KEONI = User("Keoni Kahananui", ("keoni.kahananui@example.com",), "Pacific/Honolulu", "mdy")
HARPREET = User("Harpreet Gill", ("harpreet.gill@example.org",), "America/Vancouver", "mdy")
RENEE = User("Renée Boudreau", ("renee.boudreau@example.net",), "America/Halifax", "mdy")
MARCUS = User("Marcus Oyelaran", ("marcus.oyelaran@example.com",), "America/Chicago", "mdy")
LIAM = User("Liam Nguyen", ("liam.nguyen@example.org",), "Australia/Brisbane", "dmy")
OLIVIA = User(
    "Olivia Papadopoulos", ("olivia.papadopoulos@example.net",), "Australia/Adelaide", "dmy"
)

# Windows zone names (as Exchange writes TZID) and the IANA zone CLDR's windowsZones maps
# them to for the territory in question.
WINDOWS = {
    "India Standard Time": "Asia/Kolkata",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Egypt Standard Time": "Africa/Cairo",
    "Israel Standard Time": "Asia/Jerusalem",
    "Singapore Standard Time": "Asia/Singapore",
    "Korea Standard Time": "Asia/Seoul",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "Pacific SA Standard Time": "America/Santiago",
    "SA Pacific Standard Time": "America/Bogota",
    "US Mountain Standard Time": "America/Phoenix",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Pacific Standard Time": "America/Los_Angeles",
    "Mountain Standard Time": "America/Denver",
    "Central Standard Time": "America/Chicago",
    "Eastern Standard Time": "America/New_York",
    "Atlantic Standard Time": "America/Halifax",
    "E. Australia Standard Time": "Australia/Brisbane",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "GMT Standard Time": "Europe/London",
}

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
ICLOUD = "-//Apple Inc.//iCloud Calendar Server 2502B42//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco//Webex Meetings//EN"

_DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def at(local: str, zone: str) -> dt.datetime:
    """``"2026-10-16 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(local: str, zone: str) -> str:
    """The label form of a local time: ISO 8601 with its real UTC offset on that date."""
    return at(local, zone).isoformat()


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    return email.utils.format_datetime(at(local, zone))


def long_date(local: str, style: str = "us") -> str:
    """An English date for the text: us 'Tuesday, October 13', uk 'Tuesday 13 October'."""
    d = dt.date.fromisoformat(local[:10])
    if style == "us":
        return f"{d:%A}, {d:%B} {d.day}"
    if style == "usy":
        return f"{d:%A}, {d:%B} {d.day}, {d.year}"
    if style == "uk":
        return f"{d:%A} {d.day} {d:%B}"
    if style == "uky":
        return f"{d:%A} {d.day} {d:%B} {d.year}"
    if style == "short":
        return f"{d:%a} {d:%b} {d.day}"
    raise ValueError(style)


def day_de(local: str) -> str:
    """'Dienstag, 13. Oktober 2026'."""
    d = dt.date.fromisoformat(local[:10])
    return f"{_DE_DAYS[d.weekday()]}, {d.day}. {_DE_MONTHS[d.month - 1]} {d.year}"


def day_fr(local: str) -> str:
    """'mardi 13 octobre 2026'."""
    d = dt.date.fromisoformat(local[:10])
    return f"{_FR_DAYS[d.weekday()]} {d.day} {_FR_MONTHS[d.month - 1]} {d.year}"


def day_es(local: str) -> str:
    """'martes 13 de octubre'."""
    d = dt.date.fromisoformat(local[:10])
    return f"{_ES_DAYS[d.weekday()]} {d.day} de {_ES_MONTHS[d.month - 1]}"


def _off(delta: dt.timedelta | None) -> str:
    assert delta is not None
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """(UTC instant, aware local time just after) for each offset change in ``year``."""
    out = []
    t = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    prev = t.astimezone(zone).utcoffset()
    while t.year == year:
        nxt = t + dt.timedelta(minutes=30)
        off = nxt.astimezone(zone).utcoffset()
        if off != prev:
            out.append((nxt, nxt.astimezone(zone)))
            prev = off
        t = nxt
    return out


def _byday(day: dt.date) -> str:
    """The RRULE BYDAY for a transition day: 2SU, -1SU, 1SA..."""
    wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.weekday()]
    nxt_month = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if (nxt_month - day).days <= 7:
        return f"-1{wd}"
    return f"{(day.day - 1) // 7 + 1}{wd}"


def vtimezone(tzid: str, year: int) -> list[str]:
    """A VTIMEZONE for ``tzid`` whose rules are the tz database's for ``year``.

    Exchange writes Windows names with 1601 onsets and no TZNAME; Google and Apple write IANA
    names with X-LIC-LOCATION and TZNAME (RFC 5545 3.6.5).
    """
    windows = tzid in WINDOWS
    zone = ZoneInfo(WINDOWS.get(tzid, tzid))
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not windows:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    trans = _transitions(zone, year)
    if not trans:
        mid_year = dt.datetime(year, 6, 1, tzinfo=zone)
        off = _off(mid_year.utcoffset())
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:{'16010101' if windows else '19700101'}T000000",
            f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}",
            *([] if windows else [f"TZNAME:{mid_year.tzname()}"]),
            "END:STANDARD",
        ]
    for utc, after in trans:
        before = (utc - dt.timedelta(minutes=1)).astimezone(zone)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        # The onset is the local wall time in the offset in force before the change.
        onset = (utc + (before.utcoffset() or dt.timedelta())).replace(tzinfo=None)
        # Exchange anchors every rule at 1601-01-01 with the onset's wall time.
        first = f"16010101T{onset:%H%M%S}" if windows else f"{onset:%Y%m%dT%H%M%S}"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{first}",
            f"TZOFFSETFROM:{_off(before.utcoffset())}",
            f"TZOFFSETTO:{_off(after.utcoffset())}",
            *([] if windows else [f"TZNAME:{after.tzname()}"]),
            f"RRULE:FREQ=YEARLY;BYMONTH={onset.month};BYDAY={_byday(onset.date())}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def _esc(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _person(prop: str, name: str | None, email_addr: str, params: str = "") -> str:
    cn = ""
    if name:
        cn = f';CN="{name}"' if any(c in name for c in ",;:") else f";CN={name}"
    return f"{prop}{params}{cn}:mailto:{email_addr}"


def event(
    *,
    uid: str,
    start: str,
    zone: str | None,
    minutes: int,
    summary: str,
    organizer: tuple[str | None, str] | None,
    attendees: Sequence[tuple[str | None, str]] = (),
    description: str = "",
    location: str = "",
    sequence: int = 0,
    status: str = "CONFIRMED",
    method: str | None = "REQUEST",
    prodid: str = GOOGLE,
    stamp: str = "20260901T000000Z",
    extra: list[str] | None = None,
    utc_zone: str | None = None,
    wr_timezone: str | None = None,
) -> str:
    """A whole VCALENDAR with one VEVENT.

    ``start`` is local time in ``zone`` (IANA or Windows TZID, written with a VTIMEZONE); with
    ``zone=None`` the times are written in UTC (``Z``), computed from ``start`` in ``utc_zone``.
    """
    if zone is None:
        assert utc_zone
        s = at(start, utc_zone).astimezone(dt.UTC)
        e = s + dt.timedelta(minutes=minutes)
        times = [f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}"]
        tz: list[str] = []
    else:
        s = at(start, zone)
        e = s + dt.timedelta(minutes=minutes)
        times = [f"DTSTART;TZID={zone}:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID={zone}:{e:%Y%m%dT%H%M%S}"]
        tz = vtimezone(zone, s.year)
    outlook = prodid == OUTLOOK
    ev = ["BEGIN:VEVENT"]
    if organizer:
        ev.append(_person("ORGANIZER", organizer[0], organizer[1]))
    for name, email_addr in attendees:
        params = (
            ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            if outlook
            else ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        )
        ev.append(_person("ATTENDEE", name, email_addr, params))
    if description:
        ev.append("DESCRIPTION" + (";LANGUAGE=en-US" if outlook else "") + ":" + _esc(description))
    ev += [f"UID:{uid}", f"SUMMARY{';LANGUAGE=en-US' if outlook else ''}:{_esc(summary)}"]
    ev += times
    ev += [f"DTSTAMP:{stamp}", f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    if location:
        ev.append("LOCATION" + (";LANGUAGE=en-US" if outlook else "") + ":" + _esc(location))
    if outlook:
        ev += [
            "CLASS:PUBLIC",
            "PRIORITY:5",
            "TRANSP:OPAQUE",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        ]
    else:
        ev.append("TRANSP:OPAQUE")
    ev += extra or []
    ev.append("END:VEVENT")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if not outlook:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    if wr_timezone:
        lines.append(f"X-WR-TIMEZONE:{wr_timezone}")
    lines += tz + ev + ["END:VCALENDAR"]
    return "\n".join(lines)


def _bnd(slug: str, n: int) -> str:
    return f"=_{n}_" + hashlib.sha1(slug.encode()).hexdigest()[:22]


def mail(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    date: str,
    label: dict[str, Any],
    body: str | None = None,
    rich: str | None = None,
    html_auto: bool = False,
    to: str | None = None,
    cc: str | None = None,
    reply_to: tuple[str | None, str] | None = None,
    sender: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    ics: str | None = None,
    ics_mode: str = "both",
    ics_method: str | None = "REQUEST",
    ics_name: str = "invite.ics",
    attachments: list[Part] | None = None,
    return_path: str | None = None,
    msgid_domain: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    charset: str = "UTF-8",
    cte: str = "quoted-printable",
    subject_method: str = "Q",
    crlf: bool = True,
) -> Msg:
    """One message.

    Body: ``body`` (text/plain) and/or ``rich`` (text/html; ``html_auto`` derives it from
    ``body``). ``ics`` is added ``inline`` (a text/calendar alternative), as an attached
    ``ics_name`` (``attach``), ``both`` (Google's shape) or ``only`` (the whole body).
    """
    domain = frm[1].split("@")[1]
    more = list(extra or [])
    if sender:
        more.append(("Sender", sender))
    if in_reply_to:
        more.append(("In-Reply-To", in_reply_to))
        more.append(("References", references or in_reply_to))
    hdrs = headers(
        user,
        frm=addr(frm[0], frm[1]),
        subject=subject,
        date=date,
        msgid=mid(slug + "/eval3", msgid_domain or domain),
        to=to,
        cc=cc,
        reply_to=addr(*reply_to) if reply_to else None,
        helo=f"mail.{domain}",
        ip="203.0.113.61",
        extra=more,
        return_path=return_path,
        subject_method=subject_method,
    )
    if html_auto and body is not None and rich is None:
        rich = html_page(paras(body))
    parts: list[Part] = []
    if body is not None:
        parts.append(text(body, charset=charset, cte=cte))
    if rich is not None:
        parts.append(html(rich, charset=charset, cte=cte))
    # Servers send 8-bit calendar text base64-encoded; plain ASCII stays 7bit.
    ics_cte = "7bit" if ics is None or ics.isascii() else "base64"
    if ics and ics_mode in {"inline", "both"}:
        parts.append(cal(ics, method=ics_method, cte=ics_cte))
    if ics and ics_mode == "only":
        top = cal(ics, method=ics_method, cte=ics_cte)
    elif len(parts) == 1:
        top = parts[0]
    else:
        top = multi("alternative", _bnd(slug, 1), *parts)
    tail = list(attachments or [])
    if ics and ics_mode in {"attach", "both"}:
        tail.insert(
            0,
            cal(
                ics,
                method=ics_method,
                cte="base64",
                filename=ics_name,
                ctype="application/ics",
                charset=None,
            ),
        )
    if tail:
        top = multi("mixed", _bnd(slug, 2), top, *tail)
    return Msg(slug, kind, user, message(hdrs, top, crlf=crlf), label)


def quote_header(local: str, zone: str, who: str, style: str = "gmail") -> str:
    """The attribution line a mail client writes above quoted text."""
    d = at(local, zone)
    hour = d.strftime("%I:%M %p").lstrip("0")
    if style == "gmail":
        return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {hour} {who} wrote:"
    if style == "apple":
        return f"On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {who} wrote:"
    if style == "outlook":
        return f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {hour}"
    raise ValueError(style)
