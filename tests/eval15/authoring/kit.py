"""What is new for authoring the fifteenth evaluation set: users, zones, builders, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer, the
calendar event writer and ``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``),
the vendor, person-typed and forwarding builders and the Windows zone tables of the
fourteenth set's kit (``tests.eval14.authoring.kit``, read only), and through them the
byte-exact MIME writer of the first set. This module holds only this set's users, the few
Windows zone names the earlier tables lack (mapped as CLDR's windowsZones does for territory
001), the calendar producers this set adds, a calendar writer that stamps DTSTAMP from the
message's own date, a Google and an Outlook-on-the-web builder in shapes of their own, a
Postfix non-delivery report builder (RFC 3464), and one rewriter that gives every message
this set's Message-ID.

Labelled starts run from September to November 2034, chosen so that several switches fall
inside (computed with ``zoneinfo``): Chile's spring switch (3 September), New Zealand's
(24 September), south-east Australia's (1 October), Egypt's autumn switch (Thursday
26 October), Lebanon's (28 October), Europe's (29 October, Dublin's inverted rule
included), North America's (5 November) and Morocco's Ramadan change to +00 (5 November to
17 December). Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, headers, html_page, paras
from tests.eval.authoring.mime import addr, leaf, message, multi
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14

SEED = "/eval15"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
AOIFE = User(
    "Aoife Ní Bhraonáin-Cusack", ("aoife.nibhraonain@example.com",), "Europe/Dublin", "dmy"
)
MALTE = User("Malte Brösecke-Oyelaran", ("malte.broesecke@example.net",), "Europe/Berlin", "dmy")
VERONIKA = User(
    "Veronika Haselsteiner-Kos", ("veronika.haselsteiner@example.org",), "Europe/Vienna", "dmy"
)
ITZIAR = User("Itziar Goikoetxea Lasa", ("itziar.goikoetxea@example.org",), "Europe/Madrid", "dmy")
CLEMENCE = User("Clémence Vasseur-Ndiaye", ("clemence.vasseur@example.com",), "Europe/Paris", "dmy")
AAPO = User("Aapo Kettunen-Halme", ("aapo.kettunen@example.net",), "Europe/Helsinki", "dmy")
ZOFIA = User("Zofia Wierzbicka-Onu", ("zofia.wierzbicka@example.org",), "Europe/Warsaw", "dmy")
LINNEA = User(
    "Linnea Björkqvist-Haile", ("linnea.bjorkqvist@example.com",), "Europe/Stockholm", "ymd"
)
YASMINE = User(
    "Yasmine El-Sherbiny Fawzy", ("yasmine.elsherbiny@example.com",), "Africa/Cairo", "dmy"
)
SOUFIANE = User(
    "Soufiane Aït Lahcen-Berrada", ("soufiane.aitlahcen@example.net",), "Africa/Casablanca", "dmy"
)
FATOU = User("Fatou Diagne-Sarr", ("fatou.diagnesarr@example.org",), "Africa/Dakar", "dmy")
CHIDERA = User("Chidera Obiakor-Lawal", ("chidera.obiakor@example.com",), "Africa/Lagos", "dmy")
WANJIRU = User("Wanjiru Gathoni-Mbugua", ("wanjiru.gathoni@example.net",), "Africa/Nairobi", "dmy")
RAMI = User("Rami Haddad-Khoury", ("rami.haddadkhoury@example.org",), "Asia/Beirut", "dmy")
SANJANA = User("Sanjana Pillai-Rahman", ("sanjana.pillai@example.com",), "Asia/Dubai", "dmy")
HUMAIRA = User("Humaira Qureshi-Baig", ("humaira.qureshi@example.net",), "Asia/Karachi", "dmy")
ANIRUDH = User("Anirudh Venkataraman-Iyer", ("anirudh.venkat@example.org",), "Asia/Kolkata", "dmy")
TANVIR = User("Tanvir Hossain Chowdhury", ("tanvir.hchowdhury@example.com",), "Asia/Dhaka", "dmy")
LINH = User("Phan Thùy Linh", ("thuylinh.phan@example.net",), "Asia/Ho_Chi_Minh", "dmy")
KAIYING = User("Kwok Kai-ying", ("kaiying.kwok@example.org",), "Asia/Hong_Kong", "dmy")
JERICHO = User(
    "Jericho Dimaculangan-Santos", ("jericho.dimaculangan@example.com",), "Asia/Manila", "mdy"
)
HAEUN = User("Jeong Ha-eun", ("haeun.jeong@example.net",), "Asia/Seoul", "ymd")
SORA = User("Fujimoto Sora", ("sora.fujimoto@example.org",), "Asia/Tokyo", "ymd")
BRODIE = User("Brodie Kennett-Szabo", ("brodie.kennett@example.com",), "Australia/Adelaide", "dmy")
ISLA = User("Isla Marchetti-Doyle", ("isla.marchetti@example.net",), "Australia/Melbourne", "dmy")
TAMATI = User("Tamati Rāwiri-Oakes", ("tamati.rawiri@example.org",), "Pacific/Auckland", "dmy")
JOAQUIN = User(
    "Joaquín Errázuriz Molina", ("joaquin.errazuriz@example.com",), "America/Santiago", "dmy"
)
MARIANA = User(
    "Mariana Quintero Bustamante", ("mariana.quintero@example.net",), "America/Bogota", "dmy"
)
TOMAS = User(
    "Tomás Iturralde Bengolea",
    ("tomas.iturralde@example.org",),
    "America/Argentina/Buenos_Aires",
    "dmy",
)
LUANA = User(
    "Luana Figueiredo Brandão", ("luana.figueiredo@example.com",), "America/Sao_Paulo", "dmy"
)
CORDELIA = User(
    "Cordelia Pruitt-Fenwick", ("cordelia.pruitt@example.net",), "America/Halifax", "mdy"
)
DARNELL = User(
    "Darnell Okonkwo-Briggs",
    ("darnell.okonkwo@example.org", "darnell.jobs@example.com"),
    "America/Chicago",
    "mdy",
)
MAKENNA = User(
    "Makenna Albrecht-Yoon", ("makenna.albrecht@example.com",), "America/Los_Angeles", "mdy"
)
TUYET = User("Tuyết Nguyễn-Larsen", ("tuyet.nlarsen@example.net",), "America/Anchorage", "mdy")
BRYNN = User("Brynn Kowalchuk-Dubé", ("brynn.kowalchuk@example.org",), "America/Regina", "mdy")
ELODIE = User("Élodie Lapointe-Ouimet", ("elodie.lapointe@example.com",), "America/Toronto", "ymd")

# Windows names the fourteenth set's table lacks, mapped as CLDR's windowsZones does for
# territory 001 (FLE's 001 zone is Kyiv, not Helsinki).
MORE_WINDOWS = {
    "FLE Standard Time": "Europe/Kyiv",
    "India Standard Time": "Asia/Kolkata",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "Middle East Standard Time": "Asia/Beirut",
}
WINDOWS = {**k14.WINDOWS, **MORE_WINDOWS}

# Calendar producers this set adds to the earlier kits' ones.
ZIMBRA = "Zimbra-Calendar-Provider"
OPENXCHANGE = "-//Open-Xchange//8.21.0//EN"
EMCLIENT = "-//eM Client/10.1.4588.0"
WEBEX = k4.WEBEX
ZOOM = k4.ZOOM
FASTMAIL = k4.FASTMAIL
YAHOO = k4.YAHOO
APPLE = k4.APPLE
GOODTIME = "-//GoodTime.io//GoodTime Calendar//EN"
BOOKED = "-//Acuity Scheduling//Acuity//EN"
GREENHOUSE = "-//Greenhouse Software//Greenhouse Calendar//EN"


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def at(local: str, zone: str) -> dt.datetime:
    """``"2034-10-12 10:00"`` in ``zone`` as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone_of(zone)))


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header for a local time (weekday right by construction)."""
    return email.utils.format_datetime(at(local, zone))


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind (``k14.lab`` with this set's Windows names)."""
    return k14.lab(start, zone_of(zone), tz, **kw)


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    pattern = re.compile(rb"\r\nMessage-ID: <[^@>]+@([^>]+)>\r\n")
    found = pattern.search(msg.raw)
    assert found, msg.slug
    h = hashlib.sha1((msg.slug + SEED).encode()).hexdigest()
    new = f"\r\nMessage-ID: <{h[:8]}-{h[8:16]}-{h[16:28]}@{found.group(1).decode()}>\r\n"
    msg.raw = msg.raw[: found.start()] + new.encode() + msg.raw[found.end() :]
    return msg


def _stamp(date_header: str) -> str:
    """A DTSTAMP a few minutes before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(minutes=3):%Y%m%dT%H%M%SZ}"


# Exchange drops the IANA location and the abbreviations and starts every rule in 1601.
_EXCHANGE_EDITS = (
    (re.compile(r"^(?:X-LIC-LOCATION|TZNAME):.*\n", re.M), ""),
    (re.compile(r"^DTSTART:\d{8}(T\d{6})$", re.M), r"DTSTART:16010101\1"),
)


def _exchange_vtimezone(name: str, year: int) -> str:
    """Exchange's VTIMEZONE for a Windows ``name``: tz-database rules, 1601 onsets, no TZNAME."""
    text = "\n".join(k4.vtimezone(zone_of(name), year))
    for pattern, replacement in _EXCHANGE_EDITS:
        text = pattern.sub(replacement, text)
    return text.replace(f"TZID:{zone_of(name)}\n", f"TZID:{name}\n", 1)


def calendar(*, date: str, start: str, zone: str | None, slug: str, style: str, **kw: Any) -> str:
    """One VCALENDAR for a message sent at ``date`` (DTSTAMP from it, UID seeded per set).

    ``zone`` is an IANA name, a Windows name (written as Exchange writes it) or None for
    UTC times computed from ``utc_zone``.
    """
    kw["stamp"] = _stamp(date)
    kw["uid"] = k4.uid(slug + SEED, style)
    if zone is None or zone not in WINDOWS:
        return k4.event(start=start, zone=zone, **kw)
    iana = zone_of(zone)
    before, rest = k4.event(start=start, zone=iana, **kw).split("BEGIN:VTIMEZONE\n", 1)
    after = rest.split("END:VTIMEZONE\n", 1)[1]
    # Exchange writes the Windows name bare; other writers quote a value with spaces.
    quoted = zone if kw.get("prodid") == k4.OUTLOOK else f'"{zone}"'
    after = after.replace(f";TZID={iana}:", f";TZID={quoted}:")
    return before + _exchange_vtimezone(zone, int(start[:4])) + "\n" + after


_STATUS = {"CANCEL": "CANCELLED", "REQUEST": "CONFIRMED"}


def with_cal(
    user: User,
    slug: str,
    kind: str,
    *,
    event: dict[str, Any],
    date: str,
    style: str = "cal.example",
    **kw: Any,
) -> Msg:
    """Any message carrying one calendar event (``event`` holds ``k4.event``'s arguments)."""
    method = event.get("method", "REQUEST")
    ics = calendar(date=date, slug=slug, style=style, **event)
    return own(k4.mail(user, slug, kind, date=date, ics=ics, ics_method=method, **kw))


def person(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail typed by a person (``k14.pm``), with this set's Message-ID."""
    return own(k14.pm(user, slug, kind, **kw))


def vendor(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail sent by a service (``k14.ats``), with this set's Message-ID."""
    return own(k14.ats(user, slug, kind, **kw))


def google(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    guests: list[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    caption: str,
    details: str = "",
    change: str | None = None,
    sequence: int = 0,
    meet: str | None = "wkd-pqzt-umn",
) -> Msg:
    """Google Calendar's later invitation layout: "X has invited you to" with a details card.

    ``change`` ("updated" with a Changed line, or "cancelled") gives the update shapes.
    ``caption`` is Google's name for the zone (it differs by display language).
    """
    x = at(start, zone)
    me = user.addresses[0]
    span = k14.grange(start, minutes)
    day = f"{x:%A} {x.day} {x:%B} {x.year}"
    if change == "cancelled":
        head, prefix = f"{organizer[0]} has cancelled this event", "Cancelled event"
    elif change:
        head, prefix = f"{organizer[0]} has updated this event\n{change}", "Updated invitation"
    else:
        head, prefix = f"{organizer[0]} has invited you to an event", "Invitation"
    guest_lines = "\n".join(
        [f"{organizer[0]} – organiser"] + [n for n, _ in guests if n != organizer[0]] + [me]
    )
    join = f"Join with Google Meet\nhttps://meet.google.com/{meet}\n" if meet else ""
    body = (
        f"{head}\n\n{summary}\n\nWhen\n{day} ⋅ {span} ({caption})\n\n{join}"
        + (f"\nDetails\n{details.strip()}\n" if details else "")
        + f"\nGuests\n{guest_lines}\n\nReply for {me}: Yes  No  Maybe\n\n"
        "Invitation from Google Calendar. You are receiving this email because you are an "
        "attendee of the event.\n"
    )
    when = f"{x:%a} {x.day} {x:%b} {x.year} {span.replace(' – ', ' - ')}"
    subject = f"{prefix}: {summary} @ {when} ({caption}) ({me})"
    cancelled = change == "cancelled"
    desc = details.strip() + (
        f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if meet else ""
    )
    method = "CANCEL" if cancelled else "REQUEST"
    event = {
        "summary": summary,
        "prodid": k4.GOOGLE,
        "method": method,
        "status": _STATUS[method],
        "sequence": sequence,
        "organizer": organizer,
        "attendees": [*guests, (user.name, me)],
        "start": start,
        "minutes": minutes,
        "zone": zone,
        "description": desc.strip(),
    }
    sender = (f"{organizer[0]} (Google Calendar)", "calendar-notification@google.com")
    return with_cal(
        user,
        slug,
        kind,
        event=event,
        date=date,
        style="google",
        label=label,
        subject=subject,
        frm=sender,
        reply_to=organizer,
        to=me,
        html_auto=True,
        body=body,
        ics_mode="both",
    )


def outlook(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    subject: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    text: str,
    location: str = "Microsoft Teams Meeting",
    teams: bool = True,
    cancelled: bool = False,
    sequence: int = 0,
    lang: str = "en",
) -> Msg:
    """A meeting request as Outlook on the web sends it: HTML only, the calendar inline.

    The HTML carries no ``When:`` block (the web client draws its card from the calendar);
    only the organiser's text, the Teams footer and the calendar say when.
    """
    footer = k4.teams(slug + SEED) if teams else ""
    me = user.addresses[0]
    method = "CANCEL" if cancelled else "REQUEST"
    event = {
        "summary": subject,
        "prodid": k4.OUTLOOK,
        "method": method,
        "status": _STATUS[method],
        "sequence": sequence,
        "organizer": organizer,
        "attendees": [(user.name, me), *attendees],
        "start": start,
        "minutes": minutes,
        "zone": zone,
        "location": location,
        "description": text.strip() + "\n" + footer,
    }
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
    prefix = {"en": "Canceled: ", "de": "Abgesagt: ", "fr": "Annulé : ", "es": "Cancelado: "}
    return with_cal(
        user,
        slug,
        kind,
        event=event,
        date=date,
        style="outlook",
        label=label,
        subject=(prefix[lang] if cancelled else "") + subject,
        frm=organizer,
        to=me,
        rich=html_page(paras(text.strip() + "\n" + footer), lang=tag[:2]),
        extra=[("Thread-Topic", subject), ("Content-Language", tag)],
        ics_mode="inline",
    )


def bounce(
    user: User,
    slug: str,
    *,
    reporter: str,
    date: str,
    text: str,
    status: str,
    original: str,
    label: dict[str, Any],
) -> Msg:
    """A non-delivery report as Postfix writes it: multipart/report (RFC 3462/3464)."""
    domain = reporter.split("@")[1]
    hdrs = headers(
        user,
        frm=addr("Mail Delivery System", reporter),
        subject="Undelivered Mail Returned to Sender",
        date=date,
        msgid=f"<{slug}@{domain}>",
        helo=domain,
        ip="192.0.2.61",
        extra=[("Auto-Submitted", "auto-replied")],
        return_path="",
    )
    bnd = f"{hashlib.sha1(slug.encode()).hexdigest()[:10].upper()}.{domain}"
    body = multi(
        "report",
        bnd,
        leaf(
            "text/plain",
            text,
            charset="us-ascii",
            cte="7bit",
            extra=[("Content-Description", "Notification")],
        ),
        leaf(
            "message/delivery-status",
            status,
            charset=None,
            cte="7bit",
            extra=[("Content-Description", "Delivery report")],
        ),
        leaf(
            "text/rfc822-headers",
            original,
            charset=None,
            cte="7bit",
            extra=[("Content-Description", "Undelivered Message Headers")],
        ),
        params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    return own(Msg(slug, "auto_reply", user, message(hdrs, body), label))
