"""What is new for authoring the sixteenth evaluation set: users, producers, wrappers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer and
``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``); the Google (older
layout), Exchange, vendor, person-typed and forwarding builders and the Windows zone tables
of the fourteenth set's kit (``tests.eval14.authoring.kit``); the later Google layout, the
Outlook-on-the-web builder and the calendar writer that stamps DTSTAMP from the message's
own Date of the fifteenth set's kit (``tests.eval15.authoring.kit``); and through them the
byte-exact MIME writer of the first set. This module holds only this set's users, the
names of the calendar producers it adds, thin wrappers that give every message this set's
Message-ID, and a wrapper that runs the fourteenth kit's calendar builders with DTSTAMP
taken from the message's own Date.

Labelled starts run from February to April 2035, a season full of switches (computed
with ``zoneinfo`` from tzdata 2026.6): North America's (Sunday 11 March; St. John's half
hour, Havana at midnight), Israel's (Friday 23 March), Gaza's (24 March), Europe's,
Lebanon's, Greenland's and the Azores' (25 March), south-east Australia's, Lord Howe's
half hour, New Zealand's and Chatham's (1 April), Chile's and Easter Island's (night of
7 to 8 April) and Egypt's (Friday 27 April); README.md names those the messages use.
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

SEED = "/eval16"

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
APPLE, ICLOUD, ZOOM, WEBEX, FASTMAIL, PROTON, YAHOO, CALCOM = (
    k4.APPLE,
    k4.ICLOUD,
    k4.ZOOM,
    k4.WEBEX,
    k4.FASTMAIL,
    k4.PROTON,
    k4.YAHOO,
    k4.CALCOM,
)
GOOGLE, OUTLOOK, ZOHO = k4.GOOGLE, k4.OUTLOOK, k14.ZOHO
ZIMBRA, EMCLIENT, GOODTIME = k15.ZIMBRA, k15.EMCLIENT, k15.GOODTIME
# Calendar producers this set adds.
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
SAVVYCAL = "-//SavvyCal//SavvyCal//EN"
YCBM = "-//YouCanBookMe//YCBM 2.0//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
TOBIAS = User("Tobias Ashcombe-Nwosu", ("tobias.ashcombe@example.com",), "Europe/London", "dmy")
INES = User("Inês Mascarenhas Teles", ("ines.mteles@example.net",), "Europe/Lisbon", "dmy")
FEMKE = User(
    "Femke Oosterbroek-Alami", ("femke.oosterbroek@example.org",), "Europe/Amsterdam", "dmy"
)
URS = User("Urs Zbinden-Kälin", ("urs.zbinden@example.com",), "Europe/Zurich", "dmy")
HENRIKE = User("Henrike Paulsen-Adeyemi", ("henrike.paulsen@example.net",), "Europe/Berlin", "dmy")
FLORENTINA = User(
    "Florentina Moosbrugger", ("florentina.moosbrugger@example.org",), "Europe/Vienna", "dmy"
)
MARGAUX = User(
    "Margaux Vandenbroucke", ("margaux.vdbroucke@example.com",), "Europe/Brussels", "dmy"
)
ANOUK = User("Anouk Le Bihan-Traoré", ("anouk.lebihan@example.net",), "Europe/Paris", "dmy")
MAXIME = User(
    "Maxime Desrochers-Nadeau", ("maxime.desrochers@example.org",), "America/Toronto", "ymd"
)
YASSINE = User("Yassine Ben Salah-Gharbi", ("yassine.bensalah@example.com",), "Africa/Tunis", "dmy")
NEREA = User("Nerea Arrizabalaga Sáez", ("nerea.arrizabalaga@example.net",), "Europe/Madrid", "dmy")
CITLALI = User(
    "Citlali Hernández Ochoa", ("citlali.hochoa@example.org",), "America/Mexico_City", "dmy"
)
GONZALO = User(
    "Gonzalo Villanueva Chuquimia", ("gonzalo.villanueva@example.com",), "America/Lima", "dmy"
)
FLORENCIA = User(
    "Florencia Sosa Ibarburu", ("florencia.sosa@example.net",), "America/Montevideo", "dmy"
)
BENJAMIN = User(
    "Benjamín Contreras Fuenzalida", ("benjamin.contreras@example.org",), "America/Santiago", "dmy"
)
ELEFTHERIA = User(
    "Eleftheria Papadaki-Moss", ("eleftheria.papadaki@example.com",), "Europe/Athens", "dmy"
)
CEM = User("Cem Yıldırım-Hartley", ("cem.yildirim@example.net",), "Europe/Istanbul", "dmy")
YAEL = User("Yael Mizrahi-Stern", ("yael.mizrahistern@example.org",), "Asia/Jerusalem", "dmy")
SIPHO = User("Sipho Dlamini-Hartog", ("sipho.dlamini@example.com",), "Africa/Johannesburg", "dmy")
AMA = User("Ama Owusu-Ansah Brew", ("ama.owusuansah@example.net",), "Africa/Accra", "dmy")
FAISAL = User("Faisal Al-Mutairi Grant", ("faisal.almutairi@example.org",), "Asia/Riyadh", "dmy")
NILOUFAR = User("Niloufar Ahmadi-Rostami", ("niloufar.ahmadi@example.com",), "Asia/Tehran", "dmy")
SABINA = User("Sabina Gurung-Rai", ("sabina.gurung@example.net",), "Asia/Kathmandu", "dmy")
DINITHI = User("Dinithi Wickramasinghe", ("dinithi.wick@example.org",), "Asia/Colombo", "dmy")
KITTIPAT = User("Kittipat Srisuwan", ("kittipat.srisuwan@example.com",), "Asia/Bangkok", "dmy")
RACHEL = User("Rachel Teo Hui Min", ("rachel.teohm@example.net",), "Asia/Singapore", "dmy")
DIMAS = User("Dimas Prasetyo Wibowo", ("dimas.prasetyo@example.org",), "Asia/Jakarta", "dmy")
PEISHAN = User("Lin Pei-shan", ("peishan.lin@example.com",), "Asia/Taipei", "ymd")
XINYI = User("Zhou Xinyi", ("xinyi.zhou.work@example.net",), "Asia/Shanghai", "ymd")
JARRAH = User("Jarrah Whitlock-Huang", ("jarrah.whitlock@example.org",), "Australia/Perth", "dmy")
MATILDA = User("Matilda Greaves-Okoro", ("matilda.greaves@example.com",), "Australia/Sydney", "dmy")
HEMI = User("Hemi Tautahi-Reid", ("hemi.tautahi@example.net",), "Pacific/Auckland", "dmy")
ROWAN = User("Rowan Thistlewood", ("rowan.thistlewood@example.org",), "Australia/Lord_Howe", "dmy")
KEISHA = User(
    "Keisha Delacroix-Burns",
    ("keisha.delacroix@example.com", "kdb.applications@example.net"),
    "America/New_York",
    "mdy",
)
BRADY = User("Brady Halvorsen-Ruiz", ("brady.halvorsen@example.net",), "America/Denver", "mdy")
MARISOL = User("Marisol Tsosie-Grant", ("marisol.tsosie@example.org",), "America/Phoenix", "mdy")
DEVIKA = User("Devika Sandhu-Morrison", ("devika.sandhu@example.com",), "America/Vancouver", "mdy")
PADRAIG = User("Pádraig Kearsey-Walsh", ("padraig.kearsey@example.net",), "America/St_Johns", "mdy")
AVIAJA = User("Aviaja Lynge-Kristensen", ("aviaja.lynge@example.org",), "America/Nuuk", "dmy")
OMAR = User("Omar Fathy Abdelrahman", ("omar.fathy.a@example.com",), "Africa/Cairo", "dmy")
LAZARO = User(
    "Lázaro Echemendía Rivero", ("lazaro.echemendia@example.net",), "America/Havana", "dmy"
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


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    pattern = re.compile(rb"\r\nMessage-ID: <[^@>]+@([^>]+)>\r\n")
    found = pattern.search(msg.raw)
    assert found, msg.slug
    h = hashlib.sha1((msg.slug + SEED).encode()).hexdigest()
    new = f"\r\nMessage-ID: <{h[:6]}{h[6:12].upper()}.{h[12:26]}@{found.group(1).decode()}>\r\n"
    msg.raw = msg.raw[: found.start()] + new.encode() + msg.raw[found.end() :]
    return msg


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:6]}{h[6:12].upper()}.{h[12:26]}@{domain}>"


def person(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail typed by a person (``k14.pm``), with this set's Message-ID."""
    return own(k14.pm(user, slug, kind, **kw))


def vendor(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Mail sent by a service (``k14.ats``), with this set's Message-ID."""
    return own(k14.ats(user, slug, kind, **kw))


def raw_mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """``k4.mail`` with this set's Message-ID."""
    return own(k4.mail(user, slug, kind, **kw))


def with_cal(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Any message with one calendar event (``k15.with_cal``), with this set's Message-ID."""
    return _rename(own(k15.with_cal(user, slug + SEED, kind, **kw)), slug)


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    return _rename(own(k15.google(user, slug + SEED, kind, **kw)), slug)


def owa(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """An Outlook-on-the-web request, HTML only (``k15.outlook``)."""
    return _rename(own(k15.outlook(user, slug + SEED, kind, **kw)), slug)


def _stamp(date_header: str) -> str:
    """A DTSTAMP a few minutes before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(minutes=4):%Y%m%dT%H%M%SZ}"


def _stamped(builder: Any, user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Run one of the fourteenth kit's calendar builders with DTSTAMP taken from ``date``.

    Its writer reads the module-level default stamp at call time; it is set for the one
    call and restored at once, so the table itself stays as it is.
    """
    saved = k14.STAMP
    k14.STAMP = _stamp(kw["date"])
    try:
        return own(builder(user, slug, kind, **kw))
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


def _rename(msg: Msg, slug: str) -> Msg:
    """Drop the set seed that was added to a slug only to seed the earlier kit's UIDs."""
    msg.slug = slug
    return msg


def zoom_block(meeting: str, passcode: str) -> str:
    """The join block Zoom puts under a scheduled meeting."""
    digits = meeting.replace(" ", "")
    return (
        f"Join Zoom Meeting\nhttps://us06web.zoom.us/j/{digits}?pwd={passcode}\n\n"
        f"Meeting ID: {meeting}\nPasscode: {passcode[:6]}\n"
    )
