"""What is new for authoring the seventeenth evaluation set: users, producers, wrappers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer and
``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``); the Google (older
layout), Exchange, vendor, person-typed and forwarding builders and the Windows zone tables
of the fourteenth set's kit (``tests.eval14.authoring.kit``); the later Google layout, the
Outlook-on-the-web builder and the calendar writer that stamps DTSTAMP from the message's
own Date of the fifteenth set's kit (``tests.eval15.authoring.kit``); and through them the
byte-exact MIME writer of the first set. This module holds only this set's users, the names
of the calendar producers it adds, thin wrappers that give every message this set's
Message-ID, and a wrapper that runs the fourteenth kit's calendar builders with DTSTAMP taken
from the message's own Date (the same approach as the sixteenth set's kit, rewritten here).

Labelled starts run from late September to mid-November 2036, a season full of autumn
switches (computed with ``zoneinfo`` from the installed tz database, never guessed): Chile
forward (7 September), New Zealand and Chatham forward (28 September), south-east Australia
and Lord Howe forward (5 October), Morocco to +00 for Ramadan (19 October to 23 November),
Lebanon and Greenland back (Saturday 25 October), Europe, the Azores, the Canaries and
Israel back (Sunday 26 October), Egypt back (Thursday 30 October at midnight) and North
America and Cuba back (Sunday 2 November). README.md names those the messages use.
Everything is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from typing import Any

from tests.eval.authoring.common import Msg, User
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15

SEED = "/eval17"

# Shared date and text helpers, re-exported for the spec modules.
d, de, fr, es, t12, t24, plus, quoted = (
    k4.d,
    k4.de,
    k4.fr,
    k4.es,
    k4.t12,
    k4.t24,
    k4.plus,
    k4.quoted,
)
forwarded, bulk, AUTO = k14.forwarded, k4.bulk, k4.AUTO
ZOOM, FASTMAIL, PROTON = k4.ZOOM, k4.FASTMAIL, k4.PROTON
# Calendar producers this set adds.
CALENDLY = "-//Calendly//Calendly Scheduler//EN"
LEVER = "-//Lever//Lever Interview Scheduler//EN"
SMARTR = "-//SmartRecruiters//Interview Scheduler//EN"
OUTLOOK_MAC = "-//Microsoft Corporation//Outlook for Mac 16.98//EN"
NOTES = "-//Lotus Development Corporation//NONSGML Notes 12.0.2//EN"
TEAMTAILOR = "-//Teamtailor//Teamtailor Meetings//EN"
TIDYCAL = "-//TidyCal//TidyCal 1.0//EN"
KARAT = "-//Karat//Interview Scheduling//EN"
RECRUITEE = "-//Recruitee//Recruitee Events//EN"
ZOHO_RECRUIT = "-//Zoho Corporation//Zoho Recruit//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
CIARAN = User("Ciarán Ó Dálaigh-Mensah", ("ciaran.odalaigh@example.com",), "Europe/Dublin", "dmy")
HARRIET = User(
    "Harriet Penhaligon-Obi", ("harriet.penhaligon@example.net",), "Europe/London", "dmy"
)
SIGRID = User("Sigrid Vatnedal-Boakye", ("sigrid.vatnedal@example.org",), "Europe/Oslo", "dmy")
MIKKEL = User(
    "Mikkel Skovgaard-Ilunga", ("mikkel.skovgaard@example.com",), "Europe/Copenhagen", "dmy"
)
ONDREJ = User("Ondřej Hrubeš-Asante", ("ondrej.hrubes@example.net",), "Europe/Prague", "dmy")
GIULIA = User("Giulia Sartorelli-Banda", ("giulia.sartorelli@example.org",), "Europe/Rome", "dmy")
ANDREEA = User("Andreea Mocanu-Whitley", ("andreea.mocanu@example.com",), "Europe/Bucharest", "dmy")
VEERA = User("Veera Lindholm-Achebe", ("veera.lindholm@example.net",), "Europe/Helsinki", "dmy")
TAMAR = User("Tamar Ben-Ami Goldfarb", ("tamar.benami@example.org",), "Asia/Jerusalem", "dmy")
TEMI = User("Temitope Adebayo-Quartey", ("temitope.adebayo@example.com",), "Africa/Lagos", "dmy")
AMANI = User("Amani Chebet Rotich", ("amani.chebet@example.net",), "Africa/Nairobi", "dmy")
ZAINAB = User("Zainab Al-Hashimi Price", ("zainab.alhashimi@example.org",), "Asia/Dubai", "dmy")
BILAL = User("Bilal Siddiqui-Raza", ("bilal.siddiqui@example.com",), "Asia/Karachi", "dmy")
KAVYA = User("Kavya Ramaswamy-Holt", ("kavya.ramaswamy@example.net",), "Asia/Kolkata", "dmy")
NUSRAT = User("Nusrat Jahan Mollah", ("nusrat.mollah@example.org",), "Asia/Dhaka", "dmy")
KHOA = User("Trần Minh Khoa", ("minhkhoa.tran@example.com",), "Asia/Ho_Chi_Minh", "dmy")
ANGELICA = User(
    "Angelica Macaraeg-Tolentino", ("angelica.macaraeg@example.net",), "Asia/Manila", "mdy"
)
SEOYEON = User("Bae Ha-rin", ("harin.bae.dev@example.org",), "Asia/Seoul", "ymd")
HIKARI = User("Takeda Hikari", ("hikari.takeda@example.com",), "Asia/Tokyo", "ymd")
CHUNHEI = User("Leung Chun-hei", ("chunhei.leung@example.net",), "Asia/Hong_Kong", "dmy")
SASKIA = User(
    "Saskia Vandermolen-Tuck", ("saskia.vandermolen@example.org",), "Australia/Adelaide", "dmy"
)
LACHLAN = User(
    "Lachlan Ferrier-Nguyen", ("lachlan.ferrier@example.com",), "Australia/Brisbane", "dmy"
)
IMOGEN = User("Imogen Darcy-Kaur", ("imogen.darcykaur@example.net",), "Australia/Hobart", "dmy")
MANAIA = User("Manaia Toleafoa-Hughes", ("manaia.toleafoa@example.org",), "Pacific/Auckland", "dmy")
LEILANI = User(
    "Leilani Kahananui-Ortiz", ("leilani.kahananui@example.com",), "Pacific/Honolulu", "mdy"
)
TATUM = User("Tatum Ridgeway-Oduya", ("tatum.ridgeway@example.net",), "America/Anchorage", "mdy")
ELLIOT = User(
    "Elliot Marchbanks-Oyelowo", ("elliot.marchbanks@example.org",), "America/Los_Angeles", "mdy"
)
JAMAL = User(
    "Jamal Whitcombe-Adeyinka",
    ("jamal.whitcombe@example.com", "jw.jobsearch@example.net"),
    "America/Chicago",
    "mdy",
)
RHIANNON = User(
    "Rhiannon MacIsaac-Dube", ("rhiannon.macisaac@example.net",), "America/Halifax", "mdy"
)
MARCUS = User(
    "Marcus Abernathy-Lindqvist", ("marcus.abernathy@example.org",), "America/New_York", "mdy"
)
LAURENCE = User(
    "Laurence Beaulieu-Ostiguy", ("laurence.beaulieu@example.com",), "America/Toronto", "ymd"
)
# Users who read German, French or Spanish mail.
JONAS = User("Jonas Wiedemann-Osei", ("jonas.wiedemann@example.net",), "Europe/Berlin", "dmy")
THERESA = User(
    "Theresa Hinterberger-Lutz", ("theresa.hinterberger@example.org",), "Europe/Vienna", "dmy"
)
RETO = User("Reto Gisler-Imhof", ("reto.gisler@example.com",), "Europe/Zurich", "dmy")
CAPUCINE = User("Capucine Roussel-Diallo", ("capucine.roussel@example.net",), "Europe/Paris", "dmy")
LOIC = User("Loïc Weber-Schmit", ("loic.weberschmit@example.org",), "Europe/Luxembourg", "dmy")
YOUSSEF = User(
    "Youssef Amrani-Kettani", ("youssef.amrani@example.com",), "Africa/Casablanca", "dmy"
)
AWA = User("Awa Sy Diouf", ("awa.sydiouf@example.net",), "Africa/Dakar", "dmy")
KOFFI = User("Koffi Yao Kouassi-Brou", ("koffi.kouassi@example.org",), "Africa/Abidjan", "dmy")
VALERIA = User("Valeria Restrepo Uribe", ("valeria.restrepo@example.com",), "America/Bogota", "dmy")
MARTIN = User(
    "Martín Etcheverry Lanusse",
    ("martin.etcheverry@example.net",),
    "America/Argentina/Buenos_Aires",
    "dmy",
)
ROCIO = User("Rocío Benítez Giménez", ("rocio.benitez@example.org",), "America/Asuncion", "dmy")
DANIELA = User(
    "Daniela Marcano Urdaneta", ("daniela.marcano@example.com",), "America/Caracas", "dmy"
)
LUCIA = User("Lucía Jiménez Tenorio", ("lucia.jimeneztenorio@example.net",), "Europe/Madrid", "dmy")
YERAY = User("Yeray Rodríguez Cabrera", ("yeray.rodriguez@example.org",), "Atlantic/Canary", "dmy")
JOSEMA = User(
    "José Manuel Solís Araya", ("josemanuel.solis@example.com",), "America/Costa_Rica", "dmy"
)
ANALU = User(
    "Ana Lucía Cifuentes Arriola", ("analucia.cifuentes@example.net",), "America/Guatemala", "dmy"
)

# Windows names (as Exchange writes TZID) mapped as CLDR's windowsZones does for territory
# 001: the earlier kits' tables, unchanged (this set needs no name they lack).
WINDOWS = k15.WINDOWS


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header for a local time (weekday right by construction)."""
    when = dt.datetime.fromisoformat(local).replace(tzinfo=k4.ZoneInfo(zone_of(zone)))
    return email.utils.format_datetime(when)


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` local in ``zone``; ``tz`` what the mail names."""
    return k14.lab(start, zone_of(zone), tz, **kw)


note = k14.note


def _hash(seed: str) -> str:
    return hashlib.sha1((seed + SEED).encode()).hexdigest()


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    pattern = re.compile(rb"\r\nMessage-ID: <[^@>]+@([^>]+)>\r\n")
    found = pattern.search(msg.raw)
    assert found, msg.slug
    new = f"\r\nMessage-ID: {msgid(msg.slug, found.group(1).decode())}\r\n"
    msg.raw = msg.raw[: found.start()] + new.encode() + msg.raw[found.end() :]
    return msg


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = _hash(seed)
    return f"<{h[:4].upper()}{h[4:16]}-{h[16:24]}.{h[24:32].upper()}@{domain}>"


def person(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail typed by a person (``k14.pm``), with this set's Message-ID."""
    return own(k14.pm(user, slug, kind, **kw))


def vendor(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail sent by a service (``k14.ats``), with this set's Message-ID."""
    return own(k14.ats(user, slug, kind, **kw))


def raw_mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """``k4.mail`` with this set's Message-ID."""
    return own(k4.mail(user, slug, kind, **kw))


def _rename(msg: Msg, slug: str) -> Msg:
    """Drop the set seed that was added to a slug only to seed the earlier kit's UIDs."""
    msg.slug = slug
    return own(msg)


def with_cal(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Any message with one calendar event (``k15.with_cal``), with this set's Message-ID."""
    return _rename(k15.with_cal(user, slug + SEED, kind, **kw), slug)


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    return _rename(k15.google(user, slug + SEED, kind, **kw), slug)


def owa(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """An Outlook-on-the-web request, HTML only (``k15.outlook``)."""
    return _rename(k15.outlook(user, slug + SEED, kind, **kw), slug)


def _stamp(date_header: str) -> str:
    """A DTSTAMP a couple of minutes before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(minutes=2):%Y%m%dT%H%M%SZ}"


def _stamped(builder: Any, user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Run one of the fourteenth kit's calendar builders with DTSTAMP taken from ``date``.

    Its writer reads the module-level default stamp at call time; it is set for the one
    call and restored at once, so the table itself stays as it is.
    """
    saved = k14.STAMP
    k14.STAMP = _stamp(kw["date"])
    try:
        return _rename(builder(user, slug + SEED, kind, **kw), slug)
    finally:
        k14.STAMP = saved


def gcal(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's older invitation layout (``k14.gcal``)."""
    return _stamped(k14.gcal, user, slug, kind, **kw)


def exchange(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """An Exchange meeting request with ``When:``/``Where:`` lines (``k14.exchange``)."""
    return _stamped(k14.exchange, user, slug, kind, **kw)


def invite(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """A message carrying one event written by any producer (``k14.invite``)."""
    return _stamped(k14.invite, user, slug, kind, **kw)


def ampm(local: str) -> str:
    """'10:00am' as Calendly and similar tools print a time."""
    x = dt.datetime.fromisoformat(local)
    return f"{x.hour % 12 or 12}:{x.minute:02d}{'am' if x.hour < 12 else 'pm'}"
