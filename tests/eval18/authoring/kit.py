"""What is new for authoring the eighteenth evaluation set: users, producers, wrappers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer and
``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``); the Google (older
layout), Exchange, vendor, person-typed and forwarding builders and the Windows zone tables
of the fourteenth set's kit (``tests.eval14.authoring.kit``); the later Google layout, the
Outlook-on-the-web builder and the calendar writer that stamps DTSTAMP from the message's
own Date of the fifteenth set's kit (``tests.eval15.authoring.kit``); and through them the
byte-exact MIME writer of the first set. This module holds only this set's users, the names
of the calendar producers it adds, thin wrappers that give every message this set's
Message-ID, and a wrapper that runs the fourteenth kit's calendar builders with DTSTAMP taken
from the message's own Date (the approach of the seventeenth set's kit, written again here).

Labelled starts run from March to early June 2037, a spring full of switches (computed with
``zoneinfo`` from the installed tz database, never guessed): North America, Cuba and
Newfoundland forward (Sunday 8 March), Israel forward (Friday 27 March), Europe, Lebanon,
Moldova and Greenland forward (Sunday 29 March), Chile back (night of Saturday 4 April),
south-east Australia, Lord Howe, New Zealand and Chatham back (Sunday 5 April) and Egypt
forward (Friday 24 April at midnight). README.md names those the messages use. Everything
is invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15
from tests.evalauthoring import with_message_id

SEED = "/eval18"

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
GOOGLE, OUTLOOK, APPLE, ICLOUD = k4.GOOGLE, k4.OUTLOOK, k4.APPLE, k4.ICLOUD
ZOOM, WEBEX, YAHOO, ZIMBRA = k4.ZOOM, k4.WEBEX, k4.YAHOO, k15.ZIMBRA
# Calendar producers this set adds.
PERSONIO = "-//Personio GmbH//Personio Recruiting//EN"
PINPOINT = "-//Pinpoint Software Ltd//Pinpoint ATS//EN"
JOBVITE = "-//Jobvite Inc//Jobvite Interview Scheduler//EN"
SUCCESSFACTORS = "-//SAP SuccessFactors//Interview Scheduling//EN"
HIREVUE = "-//HireVue//Live Interview//EN"
GEM = "-//Gem//Gem Scheduling//EN"
RIPPLING = "-//Rippling//Rippling Recruiting//EN"
CRONOFY = "-//Cronofy//Cronofy Scheduler//EN"
DOODLE = "-//Doodle AG//Doodle Calendar//EN"
YCBM = "-//YouCanBook.me//YouCanBook.me Calendar 2.0//EN"
ZOHO_BOOKINGS = "-//Zoho Corporation//Zoho Bookings//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.11//EN"
APPLE_IOS = "-//Apple Inc.//iPhone OS 19.4//EN"
GOTO = "-//GoTo Technologies USA//GoTo Meeting//EN"
WHEREBY = "-//Whereby AS//Whereby Meetings//EN"
BREEZY = "-//Breezy HR//Breezy Calendar//EN"
FRESHTEAM = "-//Freshworks Inc//Freshteam//EN"
HOMERUN = "-//Homerun//Homerun Interviews//EN"
PHENOM = "-//Phenom People//Phenom Scheduling//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
FENELLA = User("Fenella Ashdown-Mbeki", ("fenella.ashdown@example.com",), "Europe/London", "dmy")
ROISIN = User(
    "Róisín Mac Giolla Rua-Fofana", ("roisin.macgiollarua@example.net",), "Europe/Dublin", "dmy"
)
INES = User("Inês Valadares-Kirk", ("ines.valadares@example.org",), "Europe/Lisbon", "dmy")
BRYNDIS = User(
    "Bryndís Hallsdóttir-Ward", ("bryndis.hallsdottir@example.com",), "Atlantic/Reykjavik", "dmy"
)
TORVALD = User(
    "Torvald Ekström-Mensah", ("torvald.ekstrom@example.net",), "Europe/Stockholm", "ymd"
)
BARTOSZ = User("Bartosz Zieliński-Hart", ("bartosz.zielinski@example.org",), "Europe/Warsaw", "dmy")
ELENI = User("Eleni Papadaki-Moorcroft", ("eleni.papadaki@example.com",), "Europe/Athens", "dmy")
DENIZ = User("Deniz Aksoy-Carrington", ("deniz.aksoy@example.net",), "Europe/Istanbul", "dmy")
KARIM = User("Karim Nassar-Gillespie", ("karim.nassar@example.org",), "Asia/Beirut", "dmy")
NOUR = User("Nour El-Din Hegazy Ward", ("nour.hegazy@example.com",), "Africa/Cairo", "dmy")
LERATO = User(
    "Lerato Dlamini-Fourie", ("lerato.dlamini@example.net",), "Africa/Johannesburg", "dmy"
)
KWABENA = User("Kwabena Owusu-Ansah Tetteh", ("kwabena.owusu@example.org",), "Africa/Accra", "dmy")
FAISAL = User("Faisal Al-Otaibi Grantham", ("faisal.alotaibi@example.com",), "Asia/Riyadh", "dmy")
DILANI = User("Dilani Wijesinghe-Rao", ("dilani.wijesinghe@example.net",), "Asia/Colombo", "dmy")
SUJATA = User("Sujata Adhikari-Lamsal", ("sujata.adhikari@example.org",), "Asia/Kathmandu", "dmy")
HUIMIN = User("Tan Hui Min Rachel", ("huimin.tan.rachel@example.com",), "Asia/Singapore", "dmy")
AISYAH = User(
    "Nurul Aisyah Rahim-Lowe", ("nurulaisyah.rahim@example.net",), "Asia/Kuala_Lumpur", "dmy"
)
AYU = User("Ayu Pratiwi Santoso", ("ayu.pratiwi@example.org",), "Asia/Jakarta", "dmy")
SHUYI = User("Gao Shuyi", ("shuyi.gao@example.com",), "Asia/Shanghai", "ymd")
PEISHAN = User("Lin Pei-jhen", ("peijhen.lin@example.net",), "Asia/Taipei", "ymd")
REN = User("Morita Ren", ("ren.morita@example.org",), "Asia/Tokyo", "ymd")
ISHAAN = User(
    "Ishaan Bhattacharjee-Cole", ("ishaan.bhattacharjee@example.com",), "Asia/Kolkata", "dmy"
)
KRISTINE = User(
    "Kristine Dumalagan-Reyes", ("kristine.dumalagan@example.net",), "Asia/Manila", "mdy"
)
JARRAH = User("Jarrah Whitford-Lowe", ("jarrah.whitford@example.org",), "Australia/Perth", "dmy")
MATILDA = User("Matilda Carrodus-Ng", ("matilda.carrodus@example.com",), "Australia/Sydney", "dmy")
DECLAN = User("Declan Fitzroy-Huynh", ("declan.fitzroy@example.net",), "Australia/Melbourne", "dmy")
NGAIO = User("Ngaio Parkinson-Tipene", ("ngaio.parkinson@example.org",), "Pacific/Auckland", "dmy")
QUINN = User("Quinn Adebisi-Larch", ("quinn.adebisi@example.com",), "America/Vancouver", "mdy")
DAKOTA = User(
    "Dakota Merriweather-Sol", ("dakota.merriweather@example.net",), "America/Denver", "mdy"
)
TESS = User("Tess Okonjo-Baca", ("tess.okonjo@example.org",), "America/Phoenix", "mdy")
REGGIE = User(
    "Reginald Haskins-Amadi",
    ("reggie.haskins@example.com", "rh.applications@example.net"),
    "America/Chicago",
    "mdy",
)
PRISCILLA = User(
    "Priscilla Vantongeren-Bah", ("priscilla.vantongeren@example.net",), "America/New_York", "mdy"
)
GARRICK = User(
    "Garrick Onwuachi-Stroud", ("garrick.onwuachi@example.org",), "America/Detroit", "mdy"
)
NIAMH = User("Niamh Keough-Barrett", ("niamh.keough@example.com",), "America/St_Johns", "mdy")
AVERY = User("Avery Chatterton-Musa", ("avery.chatterton@example.net",), "America/Toronto", "mdy")
CAIO = User("Caio Menezes-Hartley", ("caio.menezes@example.org",), "America/Sao_Paulo", "dmy")
# Users who read German, French or Spanish mail.
FRIEDERIKE = User(
    "Friederike Thalmann-Asare", ("friederike.thalmann@example.com",), "Europe/Berlin", "dmy"
)
HENRIK = User("Henrik Claußen-Diop", ("henrik.claussen@example.org",), "Europe/Berlin", "dmy")
MATTHIAS = User(
    "Matthias Oberleitner-Kamau", ("matthias.oberleitner@example.net",), "Europe/Vienna", "dmy"
)
SERAINA = User("Seraina Caviezel-Obuya", ("seraina.caviezel@example.org",), "Europe/Zurich", "dmy")
MARGAUX = User("Margaux Lefranc-Traoré", ("margaux.lefranc@example.com",), "Europe/Paris", "dmy")
QUENTIN = User("Quentin Dewulf-Mbala", ("quentin.dewulf@example.net",), "Europe/Brussels", "dmy")
FELIX = User(
    "Félix-Antoine Gagnon-Pierre", ("felixantoine.gagnon@example.org",), "America/Toronto", "ymd"
)
NESRINE = User(
    "Nesrine Ben Salah-Marchal", ("nesrine.bensalah@example.com",), "Africa/Tunis", "dmy"
)
LOANE = User("Loane Payet-Hoarau", ("loane.payet@example.net",), "Indian/Reunion", "dmy")
ARNAUD = User("Arnaud Mbarga Ekotto", ("arnaud.mbarga@example.org",), "Africa/Douala", "dmy")
NEREA = User("Nerea Azkarate Villalba", ("nerea.azkarate@example.com",), "Europe/Madrid", "dmy")
ITZEL = User(
    "Itzel Carrasco Vidaurri", ("itzel.carrasco@example.net",), "America/Mexico_City", "dmy"
)
BENJAMIN = User(
    "Benjamín Ossandón Riquelme", ("benjamin.ossandon@example.org",), "America/Santiago", "dmy"
)
RODRIGO = User("Rodrigo Chumpitaz Vela", ("rodrigo.chumpitaz@example.com",), "America/Lima", "dmy")
FLORENCIA = User(
    "Florencia Sosa Arrarte", ("florencia.sosarrarte@example.net",), "America/Montevideo", "dmy"
)
GABRIELA = User(
    "Gabriela Arosemena Icaza", ("gabriela.arosemena@example.org",), "America/Panama", "dmy"
)
SEBASTIAN = User(
    "Sebastián Andrade Coello", ("sebastian.andrade@example.com",), "America/Guayaquil", "dmy"
)
YOKASTA = User(
    "Yokasta Peña Almonte", ("yokasta.pena@example.net",), "America/Santo_Domingo", "dmy"
)

# Windows names (as Exchange writes TZID) mapped as CLDR's windowsZones does for territory
# 001: the earlier kits' tables, unchanged (this set needs no name they lack).
WINDOWS = k15.WINDOWS
WHEN_ZONE = k14.WHEN_ZONE
CAPTIONS = k14.CAPTIONS


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def at(local: str, zone: str) -> dt.datetime:
    """``"2037-04-14 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=k4.ZoneInfo(zone_of(zone)))


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header for a local time (weekday right by construction)."""
    return email.utils.format_datetime(at(local, zone))


def conv(local: str, zone: str, to: str) -> str:
    """The same instant as ``local`` in ``zone``, as local time in ``to``."""
    return at(local, zone).astimezone(k4.ZoneInfo(zone_of(to))).strftime("%Y-%m-%d %H:%M")


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` local in ``zone``; ``tz`` what the mail names."""
    return k14.lab(start, zone_of(zone), tz, **kw)


note = k14.note


def _hash(seed: str) -> str:
    return hashlib.sha1((seed + SEED).encode()).hexdigest()


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = _hash(seed)
    return f"<{h[:6]}{h[6:10].upper()}.{h[10:26]}.e18@{domain}>"


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    return with_message_id(msg, msgid)


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
    """Any message with one calendar event (``k15.with_cal``), with this set's Message-ID.

    ``event`` holds ``k4.event``'s arguments; attendees given as ``(None, address)`` are
    written without CN, as several writers do.
    """
    return _rename(k15.with_cal(user, slug + SEED, kind, **kw), slug)


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    return _rename(k15.google(user, slug + SEED, kind, **kw), slug)


def owa(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """An Outlook-on-the-web request, HTML only (``k15.outlook``)."""
    return _rename(k15.outlook(user, slug + SEED, kind, **kw), slug)


def _stamp(date_header: str) -> str:
    """A DTSTAMP a minute before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(minutes=1):%Y%m%dT%H%M%SZ}"


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
    """'10:00am' as many booking tools print a time."""
    x = dt.datetime.fromisoformat(local)
    return f"{x.hour % 12 or 12}:{x.minute:02d}{'am' if x.hour < 12 else 'pm'}"


def iso_date(local: str) -> str:
    """'2037-04-14' (the ISO date part of a local time)."""
    return local[:10]


def dmy(local: str, sep: str = "/") -> str:
    """'14/04/2037' (day first)."""
    x = dt.date.fromisoformat(local[:10])
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def mdy(local: str, sep: str = "/") -> str:
    """'04/14/2037' (month first)."""
    x = dt.date.fromisoformat(local[:10])
    return f"{x.month:02d}{sep}{x.day:02d}{sep}{x.year}"


def html_mail(user: User, slug: str, kind: str, *, markup: str, **kw: Any) -> Msg:
    """A message whose only body is ``markup`` (HTML-only mail of templates and web tools)."""
    return raw_mail(user, slug, kind, rich=k14.html_page(markup), **kw)
