"""Shared pieces for authoring the second evaluation set: personas, dates, calendars, mail.

Builds on the byte-exact MIME writer and header helpers of the first set
(``tests.eval.authoring``) but has its own personas, zones and calendar writer so that the
two sets share no people, companies or time zones by construction. Everything is invented:
companies and people live under ``.example``/``.test`` or example.com/.net/.org (RFC 2606),
network addresses come from TEST-NET blocks (RFC 5737).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, headers, html_page, iv, mid, note, paras
from tests.eval.authoring.mime import Part, addr, attachment, cal, html, leaf, message, multi, text

__all__ = [
    "Msg",
    "Part",
    "User",
    "addr",
    "attachment",
    "cal",
    "dh",
    "event",
    "headers",
    "html",
    "html_page",
    "iso",
    "iv",
    "leaf",
    "mail",
    "message",
    "mid",
    "multi",
    "note",
    "paras",
    "text",
]

THANDI = User("Thandiwe Nkosi", ("thandi.nkosi@example.net",), "Africa/Johannesburg", "dmy")
YUKI = User(
    "Yuki Tanaka", ("yuki.tanaka@example.com", "y.tanaka.jobs@example.org"), "Asia/Tokyo", "ymd"
)
JOAO = User("João Pereira", ("joao.pereira@example.net",), "America/Sao_Paulo", "dmy")
FATIMA = User("Fatima Al-Mansouri", ("fatima.almansouri@example.org",), "Asia/Dubai", "dmy")
XIMENA = User("Ximena Hernández", ("ximena.hernandez@example.com",), "America/Mexico_City", "dmy")
SIOBHAN = User("Siobhán Ní Bhriain", ("siobhan.nibhriain@example.net",), "Europe/Dublin", "dmy")
AROHA = User("Aroha Ngata", ("aroha.ngata@example.org",), "Pacific/Auckland", "dmy")
WEILING = User("Tan Wei Ling", ("weiling.tan@example.com",), "Asia/Singapore", "dmy")
MARC = User("Marc-André Tremblay", ("marcandre.tremblay@example.net",), "America/Toronto", "mdy")
KOFI = User("Kofi Mensah-Boateng", ("kofi.mb@example.org",), "America/Denver", "mdy")

# Windows zone names (as Exchange writes TZID) and the IANA zone CLDR maps them to.
WINDOWS = {
    "South Africa Standard Time": "Africa/Johannesburg",
    "Tokyo Standard Time": "Asia/Tokyo",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Arabian Standard Time": "Asia/Dubai",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "GMT Standard Time": "Europe/London",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Singapore Standard Time": "Asia/Singapore",
    "Eastern Standard Time": "America/New_York",
    "Mountain Standard Time": "America/Denver",
    "W. Europe Standard Time": "Europe/Berlin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
}

# zone: (std offset, dst offset, std name, dst name,
#        (dst month, BYDAY, local time), (std month, BYDAY, local time)); dst None = no DST
_Rule = tuple[int, str, str]
_ZONES: dict[str, tuple[str, str | None, str, str, _Rule | None, _Rule | None]] = {
    "Africa/Johannesburg": ("+0200", None, "SAST", "", None, None),
    "Asia/Tokyo": ("+0900", None, "JST", "", None, None),
    "America/Sao_Paulo": ("-0300", None, "-03", "", None, None),
    "Asia/Dubai": ("+0400", None, "+04", "", None, None),
    "America/Mexico_City": ("-0600", None, "CST", "", None, None),
    "Asia/Singapore": ("+0800", None, "+08", "", None, None),
    "Asia/Kolkata": ("+0530", None, "IST", "", None, None),
    "Europe/Dublin": (
        "+0000",
        "+0100",
        "GMT",
        "IST",
        (3, "-1SU", "010000"),
        (10, "-1SU", "020000"),
    ),
    "Europe/London": (
        "+0000",
        "+0100",
        "GMT",
        "BST",
        (3, "-1SU", "010000"),
        (10, "-1SU", "020000"),
    ),
    "Europe/Berlin": (
        "+0100",
        "+0200",
        "CET",
        "CEST",
        (3, "-1SU", "020000"),
        (10, "-1SU", "030000"),
    ),
    "Pacific/Auckland": (
        "+1200",
        "+1300",
        "NZST",
        "NZDT",
        (9, "-1SU", "020000"),
        (4, "1SU", "030000"),
    ),
    "Australia/Sydney": (
        "+1000",
        "+1100",
        "AEST",
        "AEDT",
        (10, "1SU", "020000"),
        (4, "1SU", "030000"),
    ),
    "America/Toronto": (
        "-0500",
        "-0400",
        "EST",
        "EDT",
        (3, "2SU", "020000"),
        (11, "1SU", "020000"),
    ),
    "America/New_York": (
        "-0500",
        "-0400",
        "EST",
        "EDT",
        (3, "2SU", "020000"),
        (11, "1SU", "020000"),
    ),
    "America/Denver": ("-0700", "-0600", "MST", "MDT", (3, "2SU", "020000"), (11, "1SU", "020000")),
}

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 15.3//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"


def at(local: str, zone: str) -> dt.datetime:
    """``"2026-04-16 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(local: str, zone: str) -> str:
    """The label form of a local time: ISO 8601 with its real UTC offset on that date."""
    return at(local, zone).isoformat()


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    return email.utils.format_datetime(at(local, zone))


def _vtz(tzid: str) -> list[str]:
    """A VTIMEZONE: Exchange style for a Windows name, Google/Apple style for an IANA one."""
    windows = tzid in WINDOWS
    std, dst, sn, dn, drule, srule = _ZONES[WINDOWS.get(tzid, tzid)]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not windows:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if dst is None or drule is None or srule is None:
        lines += [
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            *([] if windows else [f"TZNAME:{sn}"]),
            f"DTSTART:{'16010101' if windows else '19700101'}T000000",
            "END:STANDARD",
        ]
    else:
        base = "1601" if windows else "1970"
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:{base}{srule[0]:02d}01T{srule[2]}",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            *([] if windows else [f"TZNAME:{sn}"]),
            f"RRULE:FREQ=YEARLY;BYMONTH={srule[0]};BYDAY={srule[1]}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            f"DTSTART:{base}{drule[0]:02d}01T{drule[2]}",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            *([] if windows else [f"TZNAME:{dn}"]),
            f"RRULE:FREQ=YEARLY;BYMONTH={drule[0]};BYDAY={drule[1]}",
            "END:DAYLIGHT",
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
    stamp: str = "20260101T000000Z",
    extra: list[str] | None = None,
    utc_zone: str | None = None,
    all_day: bool = False,
) -> str:
    """A whole VCALENDAR with one VEVENT.

    ``start`` is local time in ``zone`` (IANA or Windows TZID written as TZID with a
    VTIMEZONE); with ``zone=None`` the times are written in UTC (``Z``), computed from
    ``start`` read in ``utc_zone``.
    """
    if all_day:
        day = dt.date.fromisoformat(start[:10])
        times = [
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        ]
        tz: list[str] = []
    elif zone is None:
        assert utc_zone
        s = at(start, utc_zone).astimezone(dt.UTC)
        e = s + dt.timedelta(minutes=minutes)
        times = [f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}"]
        tz = []
    else:
        s = at(start, zone)
        e = s + dt.timedelta(minutes=minutes)
        times = [f"DTSTART;TZID={zone}:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID={zone}:{e:%Y%m%dT%H%M%S}"]
        tz = _vtz(zone)
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
    lines += tz + ev + ["END:VCALENDAR"]
    return "\n".join(lines)


def _bnd(slug: str, n: int) -> str:
    return f"b{n}_" + hashlib.sha1(slug.encode()).hexdigest()[:20]


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
    attachments: list[Part] | None = None,
    return_path: str | None = None,
    msgid_domain: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    charset: str = "UTF-8",
    cte: str = "quoted-printable",
    helo: str | None = None,
    crlf: bool = True,
) -> Msg:
    """One message.

    Body: ``body`` (text/plain) and/or ``rich`` (text/html; ``html_auto`` derives it from
    ``body``). ``ics`` is added ``inline`` (a text/calendar alternative), as an ``attach``ed
    invite.ics, ``both`` (Google's shape) or ``only`` (the whole body is the calendar).
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
        msgid=mid(slug + "/eval2", msgid_domain or domain),
        to=to,
        cc=cc,
        reply_to=addr(*reply_to) if reply_to else None,
        helo=helo or f"mail.{domain}",
        ip="198.51.100.77",
        extra=more,
        return_path=return_path,
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
                filename="invite.ics",
                ctype="application/ics",
                charset=None,
            ),
        )
    if tail:
        top = multi("mixed", _bnd(slug, 2), top, *tail)
    return Msg(slug, kind, user, message(hdrs, top, crlf=crlf), label)
