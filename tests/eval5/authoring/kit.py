"""Shared pieces for authoring the fifth evaluation set: personas, dates, calendars, mail.

Reuses the byte-exact MIME writer and header helpers of the first set
(``tests.eval.authoring``) by import; personas, zones, the calendar writer and the text date
helpers are this set's own. Every VTIMEZONE is derived from the tz database (``zoneinfo``)
for the year of the event, so the offsets written into a calendar are the real ones on that
date, including the awkward zones of this set (Tehran's +03:30 without DST, Yangon's +06:30,
Chatham's +12:45/+13:45, Darwin without DST invited in Sydney time, Mexico City and Asunción
since they dropped DST, the autumn 2027 switches: NZ 26 September, Australia 3 October, EU 31
October, US/Canada 7 November). Everything is invented: companies and people live under
``.example`` or example.com/.net/.org (RFC 2606), network addresses come from TEST-NET
blocks (RFC 5737).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, headers, html_page, iv, note, paras
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
)
from tests.eval.authoring.mime import text as text_part

__all__ = [
    "Msg",
    "Part",
    "User",
    "addr",
    "at",
    "attachment",
    "cal",
    "dh",
    "enc_word",
    "event",
    "headers",
    "html_page",
    "iso",
    "iv",
    "leaf",
    "mail",
    "message",
    "multi",
    "note",
    "paras",
    "text_part",
]

# --- Users: thirty mailbox owners, all new to the sets ------------------------------------------
NEDA = User("Neda Karimi-Farahani", ("neda.karimifarahani@example.com",), "Asia/Tehran", "ymd")
THANDAR = User("Thandar Hlaing", ("thandar.hlaing@example.net",), "Asia/Yangon", "dmy")
DILANI = User("Dilani Wickramaratne", ("dilani.wickramaratne@example.org",), "Asia/Colombo", "dmy")
JARRAH = User("Jarrah Whitlock", ("jarrah.whitlock@example.com",), "Australia/Darwin", "dmy")
RANGI = User("Rangimarie Tuuta", ("rangimarie.tuuta@example.net",), "Pacific/Chatham", "dmy")
FARHAN = User("Farhan Chowdhury", ("farhan.chowdhury.dhk@example.org",), "Asia/Dhaka", "dmy")
AYESHA = User("Ayesha Qureshi-Malik", ("ayesha.qmalik@example.com",), "Asia/Karachi", "dmy")
ELIF = User("Elif Karaosmanoğlu", ("elif.karaosmanoglu@example.net",), "Europe/Istanbul", "dmy")
OKSANA = User("Oksana Hrytsenko", ("oksana.hrytsenko@example.org",), "Europe/Kyiv", "dmy")
YOUSRA = User("Yousra El Amrani", ("yousra.elamrani@example.com",), "Africa/Casablanca", "dmy")
LOIC = User("Loïc Perrenoud", ("loic.perrenoud@example.net",), "Europe/Zurich", "dmy")
GENEVIEVE = User(
    "Geneviève Lachance-Roy", ("genevieve.lachanceroy@example.org",), "America/Toronto", "ymd"
)
HELENE = User("Hélène Vanderlinden", ("helene.vanderlinden@example.com",), "Europe/Brussels", "dmy")
APOLLINE = User(
    "Apolline Marchetti",
    ("apolline.marchetti@example.net", "a.marchetti.pro@example.org"),
    "Europe/Paris",
    "dmy",
)
STEFANIE = User("Stefanie Hofbauer", ("stefanie.hofbauer@example.org",), "Europe/Vienna", "dmy")
JONAS = User("Jonas Albrecht-Lindemann", ("jonas.albrecht@example.com",), "Europe/Berlin", "dmy")
RETO = User("Reto Zwahlen", ("reto.zwahlen@example.net",), "Europe/Zurich", "dmy")
XIMENA = User("Ximena Ortega Ruiz", ("ximena.ortega@example.org",), "America/Mexico_City", "dmy")
MARTIN = User(
    "Martín Ezequiel Sosa", ("martin.e.sosa@example.com",), "America/Argentina/Buenos_Aires", "dmy"
)
LUCIA = User("Lucía Benítez Ayala", ("lucia.benitez@example.net",), "America/Asuncion", "dmy")
ANDRES = User(
    "Andrés Villalobos Mora", ("andres.villalobos@example.org",), "America/Costa_Rica", "dmy"
)
NEREA = User("Nerea Goikoetxea", ("nerea.goikoetxea@example.com",), "Europe/Madrid", "dmy")
KAYLEE = User("Kaylee Marchbanks", ("kaylee.marchbanks@example.net",), "America/Anchorage", "mdy")
BRENT = User("Brent Olafson", ("brent.olafson@example.org",), "America/Regina", "mdy")
DESMOND = User(
    "Desmond Okonjo-Price",
    ("desmond.okonjoprice@example.com", "dop.careers@example.net"),
    "America/New_York",
    "mdy",
)
HARPER = User("Harper Quinlan", ("harper.quinlan@example.net",), "America/Los_Angeles", "mdy")
WINGYAN = User("Lau Wing-yan", ("wingyan.lau@example.org",), "Asia/Hong_Kong", "dmy")
KENTA = User("Morimoto Kenta", ("kenta.morimoto@example.com",), "Asia/Tokyo", "ymd")
SIGRUN = User("Sigrún Pálsdóttir", ("sigrun.palsdottir@example.net",), "Atlantic/Reykjavik", "dmy")
KWAME = User("Kwame Asante-Darko", ("kwame.asantedarko@example.org",), "Africa/Accra", "dmy")
ISLA = User("Isla Drummond", ("isla.drummond@example.com",), "Europe/London", "dmy")
MIA = User("Mia Kowalczyk-Grant", ("mia.kgrant@example.net",), "Australia/Melbourne", "dmy")

# Windows zone names (as Exchange writes TZID) and the IANA zone CLDR's windowsZones maps
# them to for territory 001 (so "Central America Standard Time" is Guatemala even for a
# Costa Rican sender, "Greenwich Standard Time" is Reykjavik).
WINDOWS = {
    "Iran Standard Time": "Asia/Tehran",
    "Myanmar Standard Time": "Asia/Yangon",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "AUS Central Standard Time": "Australia/Darwin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Pakistan Standard Time": "Asia/Karachi",
    "Turkey Standard Time": "Europe/Istanbul",
    "FLE Standard Time": "Europe/Kiev",
    "Morocco Standard Time": "Africa/Casablanca",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Canada Central Standard Time": "America/Regina",
    "Alaskan Standard Time": "America/Anchorage",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Paraguay Standard Time": "America/Asuncion",
    "Central America Standard Time": "America/Guatemala",
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "Central Standard Time": "America/Chicago",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "India Standard Time": "Asia/Kolkata",
    "Singapore Standard Time": "Asia/Singapore",
}

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 15.3//EN"
ICLOUD = "-//Apple Inc.//iCloud Calendar Server 2510B21//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco//Webex Meetings//EN"
FASTMAIL = "-//Fastmail/2.0//EN"
PROTON = "-//Proton AG//web-calendar 5.0.44.2//EN"
YAHOO = "-//Yahoo Inc/Calendar//NONSGML v1//EN"
CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"
BOOKINGS = "Microsoft Exchange Server 2010"

_DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def at(local: str, zone: str) -> dt.datetime:
    """``"2027-03-09 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(WINDOWS.get(zone, zone)))


def iso(local: str, zone: str) -> str:
    """The label form of a local time: ISO 8601 with its real UTC offset on that date."""
    return at(local, zone).isoformat()


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header value for a local time (weekday always right)."""
    return email.utils.format_datetime(at(local, zone))


def conv(local: str, zone: str, to: str) -> str:
    """The same instant as ``local`` in ``zone``, as local time in ``to`` ("YYYY-MM-DD HH:MM")."""
    return at(local, zone).astimezone(ZoneInfo(WINDOWS.get(to, to))).strftime("%Y-%m-%d %H:%M")


def d(local: str, style: str = "us") -> str:
    """An English date for the text.

    us 'Tuesday, March 9', usy '..., 2027', uk 'Tuesday 9 March', uky '... 2027', short
    'Tue Mar 9', ord 'Tuesday 9th March', abbr 'Tue, 9 Mar'.
    """
    x = dt.date.fromisoformat(local[:10])
    if style == "us":
        return f"{x:%A}, {x:%B} {x.day}"
    if style == "usy":
        return f"{x:%A}, {x:%B} {x.day}, {x.year}"
    if style == "uk":
        return f"{x:%A} {x.day} {x:%B}"
    if style == "uky":
        return f"{x:%A} {x.day} {x:%B} {x.year}"
    if style == "short":
        return f"{x:%a} {x:%b} {x.day}"
    if style == "ord":
        suffix = (
            "th" if 10 <= x.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(x.day % 10, "th")
        )
        return f"{x:%A} {x.day}{suffix} {x:%B}"
    if style == "abbr":
        return f"{x:%a}, {x.day} {x:%b}"
    raise ValueError(style)


def t12(local: str, *, compact: bool = False) -> str:
    """'2:30 PM' (or '2:30pm' / '2pm' when ``compact``) for the time of ``local``."""
    x = dt.datetime.fromisoformat(local)
    hour = x.hour % 12 or 12
    if compact:
        mins = "" if x.minute == 0 else f":{x.minute:02d}"
        return f"{hour}{mins}{'am' if x.hour < 12 else 'pm'}"
    return f"{hour}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def t24(local: str, sep: str = ":") -> str:
    """'14:30' (or '14.30', '14h30' with ``sep``)."""
    x = dt.datetime.fromisoformat(local)
    return f"{x.hour:02d}{sep}{x.minute:02d}"


def plus(local: str, minutes: int) -> str:
    """``local`` moved by ``minutes`` (wall clock)."""
    x = dt.datetime.fromisoformat(local) + dt.timedelta(minutes=minutes)
    return x.strftime("%Y-%m-%d %H:%M")


def de(local: str, year: bool = True) -> str:
    """'Dienstag, 9. März 2027'."""
    x = dt.date.fromisoformat(local[:10])
    y = f" {x.year}" if year else ""
    return f"{_DE_DAYS[x.weekday()]}, {x.day}. {_DE_MONTHS.split()[x.month - 1]}{y}"


def fr(local: str, year: bool = True) -> str:
    """'mardi 9 mars 2027'."""
    x = dt.date.fromisoformat(local[:10])
    y = f" {x.year}" if year else ""
    return f"{_FR_DAYS[x.weekday()]} {x.day} {_FR_MONTHS.split()[x.month - 1]}{y}"


def es(local: str, year: bool = False) -> str:
    """'martes 9 de marzo' (', de 2027' style year when asked)."""
    x = dt.date.fromisoformat(local[:10])
    y = f" de {x.year}" if year else ""
    return f"{_ES_DAYS[x.weekday()]} {x.day} de {_ES_MONTHS.split()[x.month - 1]}{y}"


# --- iCalendar ---------------------------------------------------------------------------------


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
        nxt = t + dt.timedelta(minutes=15)
        off = nxt.astimezone(zone).utcoffset()
        if off != prev:
            out.append((nxt, nxt.astimezone(zone)))
            prev = off
        t = nxt
    return out


def _byday(day: dt.date) -> str:
    """The RRULE BYDAY for a transition day: 2SU, -1SU, 1SU..."""
    wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.weekday()]
    nxt_month = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if (nxt_month - day).days <= 7:
        return f"-1{wd}"
    return f"{(day.day - 1) // 7 + 1}{wd}"


def vtimezone(tzid: str, year: int) -> list[str]:
    """A VTIMEZONE for ``tzid`` whose rules are the tz database's for ``year``.

    Exchange writes Windows names with 1601 onsets and no TZNAME; Google, Apple and the
    others write IANA names with TZNAME (RFC 5545 3.6.5).
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
        onset = (utc + (before.utcoffset() or dt.timedelta())).replace(tzinfo=None)
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


def esc(value: str) -> str:
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
    stamp: str = "20270201T000000Z",
    extra: list[str] | None = None,
    utc_zone: str | None = None,
    wr_timezone: str | None = None,
    cal_extra: list[str] | None = None,
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
        q = f'"{zone}"' if " " in zone and prodid != OUTLOOK else zone
        times = [f"DTSTART;TZID={q}:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID={q}:{e:%Y%m%dT%H%M%S}"]
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
        ev.append("DESCRIPTION" + (";LANGUAGE=en-US" if outlook else "") + ":" + esc(description))
    ev += [f"UID:{uid}", f"SUMMARY{';LANGUAGE=en-US' if outlook else ''}:{esc(summary)}"]
    ev += times
    ev += [f"DTSTAMP:{stamp}", f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    if location:
        ev.append("LOCATION" + (";LANGUAGE=en-US" if outlook else "") + ":" + esc(location))
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
    lines += cal_extra or []
    lines += tz + ev + ["END:VCALENDAR"]
    return "\n".join(lines)


def uid(seed: str, style: str = "google") -> str:
    """A stable UID in the shape the named calendar writes."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "google":
        return f"{h[:26]}@google.com"
    if style == "outlook":
        return (
            "040000008200E00074C5B7101A82E00800000000"
            + h.upper()
            + "0000000010000000"
            + h[:16].upper()
        )
    if style == "apple":
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    return f"{h[:20]}@{style}"


TEAMS = (
    "\n\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: {num}\nPasscode: {pc}\n"
    "Need help? <https://aka.ms/JoinTeamsMeeting>\n"
    "________________________________________________________________________________\n"
)


def teams(seed: str) -> str:
    """The Teams block Outlook appends to a meeting body (ids derived from ``seed``)."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    num = " ".join(str(int(h[i : i + 6], 16) % 1000).zfill(3) for i in (0, 6, 12, 18))
    return TEAMS.format(id=h[:16], num=num, pc=h[20:26].upper()[:3] + h[26:29])


# --- Mail ------------------------------------------------------------------------------------


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID for ``seed`` (seeded per set, so no set shares one)."""
    h = hashlib.sha1((seed + "/eval5").encode()).hexdigest()
    return f"<{h[:14]}.{h[14:24]}@{domain}>"


def _bnd(slug: str, n: int) -> str:
    return f"----=_Part_{n}_" + str(int(hashlib.sha1(slug.encode()).hexdigest()[:10], 16))


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
    name_charset: str = "UTF-8",
    name_method: str = "Q",
    crlf: bool = True,
    raw8: bool = False,
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
        frm=addr(frm[0], frm[1], charset=name_charset, method=name_method),
        subject=subject,
        date=date,
        msgid=mid(slug, msgid_domain or domain),
        to=to,
        cc=cc,
        reply_to=addr(*reply_to) if reply_to else None,
        helo=f"mail.{domain}",
        ip="198.51.100.83",
        extra=more,
        return_path=return_path,
        subject_charset=charset if charset.lower() not in {"us-ascii", "utf-8"} else "UTF-8",
        subject_method=subject_method,
    )
    if raw8:
        # Some mailers still send unencoded UTF-8 in headers (RFC 6532 style), no RFC 2047.
        raw_from = f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]
        hdrs = [(k, raw_from if k == "From" else subject if k == "Subject" else v) for k, v in hdrs]
    if html_auto and body is not None and rich is None:
        rich = html_page(paras(body))
    parts: list[Part] = []
    if body is not None:
        parts.append(text_part(body, charset=charset, cte=cte))
    if rich is not None:
        parts.append(html(rich, charset=charset, cte=cte))
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


def quoted(local: str, zone: str, who: str, body: str, style: str = "gmail") -> str:
    """Text quoted below a reply, with the attribution line the client writes."""
    x = at(local, zone)
    hour = x.strftime("%I:%M %p").lstrip("0")
    if style == "gmail":
        head = f"On {x:%a}, {x:%b} {x.day}, {x.year} at {hour} {who} wrote:"
    elif style == "apple":
        head = f"On {x.day} {x:%b} {x.year}, at {x:%H:%M}, {who} wrote:"
    elif style == "outlook":
        return (
            "\n________________________________\n"
            f"From: {who}\nSent: {x:%A}, {x:%B} {x.day}, {x.year} {hour}\n\n{body.strip()}\n"
        )
    else:
        raise ValueError(style)
    return (
        f"\n{head}\n\n"
        + "\n".join("> " + ln if ln else ">" for ln in body.strip().split("\n"))
        + "\n"
    )


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Headers of a mass mailing (RFC 2369 / RFC 8058 unsubscribe, RFC 2919 List-Id)."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


def human(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    date: str,
    body: str,
    label: dict[str, Any],
    mailer: str = "gmail",
    **kw: Any,
) -> Msg:
    """A message typed by a person: Gmail (text + div HTML), Outlook (text + HTML page),
    Apple Mail or a phone (text only), Thunderbird (text only, format=flowed-free)."""
    extra = list(kw.pop("extra", []) or [])
    rich: str | None = None
    if mailer == "gmail":
        rich = '<div dir="ltr">' + paras(body) + "</div>\n"
        kw.setdefault("msgid_domain", "mail.gmail.com")
    elif mailer == "outlook":
        rich = html_page(paras(body))
        extra += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif mailer == "iphone":
        extra.append(("X-Mailer", "iPhone Mail (22A3354)"))
    elif mailer == "android":
        extra.append(("X-Mailer", "Outlook for Android"))
    elif mailer == "thunderbird":
        extra.append(("User-Agent", "Mozilla Thunderbird"))
    if kw.pop("html_only", False):
        return mail(
            user,
            slug,
            kind,
            frm=frm,
            subject=subject,
            date=date,
            rich=rich or html_page(paras(body)),
            label=label,
            extra=extra,
            **kw,
        )
    return mail(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=date,
        body=body,
        rich=rich,
        label=label,
        extra=extra,
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
    **kw: Any,
) -> Msg:
    """Mail from an applicant-tracking or scheduling system: text + HTML (or HTML only)."""
    rich = html_page(paras(body))
    extra = list(kw.pop("extra", []) or [])
    extra.append(("X-Auto-Response-Suppress", "OOF, AutoReply"))
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
