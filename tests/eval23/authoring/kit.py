"""What is new for authoring the twenty-third evaluation set: users, producers, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(``tests.eval21.authoring.kit``: typed and vendor mail, Google's later layout, Exchange
requests with Windows zones, scheduling-tool bookings with ``.ics`` parts, the Postfix
bounce), the thread pieces of the twenty-second set's kit (Gmail, Apple and Outlook quote
headers, forwarded blocks, localised attribution lines) and, through them, the date
helpers, the tz-database VTIMEZONE writer and the byte-exact MIME writer of the earlier
kits. This module holds only this set's users, the producer identifiers of the tools it
adds, and thin wrappers that give every message this set's own Message-ID.

Labelled starts run from February to April 2042, across the spring clock changes of the
north (the United States and Canada on 9 March, Israel on 28 March, the European Union on
30 March) and the autumn changes of the south (Australia, New Zealand and Chile on
5/6 April), beside zones without DST; every offset comes from ``zoneinfo`` and the
installed tz database. Everything is invented under reserved names (RFC 2606); network
addresses come from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.eval22.authoring import kit as k22
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval23"

# Shared date and text helpers, re-exported for the spec modules.
d, de, fr, es, t12, t24, plus = k21.d, k21.de, k21.fr, k21.es, k21.t12, k21.t24, k21.plus
it, nl, pt, wd, dmy, mdy, ampm = k21.it, k21.nl, k21.pt, k21.wd, k21.dmy, k21.mdy, k21.ampm
itd, ptd, hm, pdf = k21.itd, k21.ptd, k21.hm, k21.pdf
bulk, AUTO, note, at, dh, conv, lab = (
    k21.bulk,
    k21.AUTO,
    k21.note,
    k21.at,
    k21.dh,
    k21.conv,
    k21.lab,
)
gq, aq, oq, fw, lq, thread = k22.gq, k22.aq, k22.oq, k22.fw, k22.lq, k22.thread
IPHONE, ANDROID, OUTLOOK_MOBILE = k22.IPHONE, k22.ANDROID, k22.OUTLOOK_MOBILE
GOOGLE, OUTLOOK, APPLE, ZOOM = k21.GOOGLE, k21.OUTLOOK, k21.APPLE, k21.ZOOM
CALENDLY, ICIMS, JOBVITE, RECRUITEE = k21.CALENDLY, k21.ICIMS, k21.JOBVITE, k21.RECRUITEE
BREEZY, SUCCESSFACTORS, PINPOINT = k21.BREEZY, k21.SUCCESSFACTORS, k21.PINPOINT
GREENHOUSE, GOODTIME, ASHBY, WORKDAY, LEVER = (
    k22.GREENHOUSE,
    k22.GOODTIME,
    k22.ASHBY,
    k22.WORKDAY,
    k22.LEVER,
)
WINDOWS = k21.WINDOWS
# Calendar and scheduling producers this set adds (as their calendar files name them).
TEAMTAILOR = "-//Teamtailor//Teamtailor Meetings//EN"
PERSONIO = "-//Personio GmbH//Personio Recruiting//EN"
BAMBOO = "-//BambooHR//BambooHR ATS//EN"
JAZZHR = "-//JazzHR//Interview Scheduler//EN"
TALEO = "-//Oracle Corporation//Oracle Recruiting Cloud//EN"
HOMERUN = "-//Homerun//Homerun Scheduling//EN"
BOOKINGS = "-//Microsoft Corporation//Bookings//EN"
YCBM = "-//YouCanBookMe//YCBM//EN"
CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# English-reading users.
WREN = User("Wren Castellano-Obuya", ("wren.castellano@example.com",), "America/New_York", "mdy")
OSKAR = User("Oskar Lindahl-Amankwah", ("oskar.lindahl@example.net",), "Europe/Stockholm", "dmy")
MAEVE = User("Maeve Tierney-Obasi", ("maeve.tierney@example.org",), "Europe/Dublin", "dmy")
JUNO = User("Juno Abernethy-Sato", ("juno.abernethy@example.com",), "America/Chicago", "mdy")
ROHAN = User("Rohan Deshpande-Kirby", ("rohan.deshpande@example.net",), "Asia/Kolkata", "dmy")
BEATRIX = User("Beatrix Halloran-Nwosu", ("beatrix.halloran@example.org",), "Europe/London", "dmy")
EZRA = User("Ezra Nakashima-Boyd", ("ezra.nakashima@example.com",), "America/Los_Angeles", "mdy")
FARAH = User("Farah Qureshi-Lennox", ("farah.qureshi@example.net",), "Asia/Dubai", "dmy")
CORMAC = User("Cormac Ó Duinn-Asante", ("cormac.oduinn@example.org",), "Europe/Dublin", "dmy")
TALIA = User("Talia Brandeis-Kowal", ("talia.brandeis@example.com",), "Asia/Jerusalem", "dmy")
MATTEO = User("Matteo Rinaldi-Okonjo", ("matteo.rinaldi.uk@example.net",), "Europe/London", "dmy")
KIRRA = User("Kirra Donnelly-Watts", ("kirra.donnelly@example.org",), "Australia/Sydney", "dmy")
HAMISH = User("Hamish Te Rangi-Fox", ("hamish.terangi@example.com",), "Pacific/Auckland", "dmy")
PERPETUA = User(
    "Perpetua Achieng-Rolfe", ("perpetua.achieng@example.net",), "Africa/Nairobi", "dmy"
)
SUNNY = User("Sunny Kwok-Fairbanks", ("sunny.kwok@example.org",), "Asia/Hong_Kong", "dmy")
DELPHINE = User(
    "Delphine Okwuosa-Marsh", ("delphine.okwuosa@example.com",), "America/Toronto", "mdy"
)
GRIFFIN = User("Griffin Oyelaran-Shaw", ("griffin.oyelaran@example.net",), "America/Denver", "mdy")
ANSEL = User("Ansel Vikström-Dube", ("ansel.vikstrom@example.com",), "America/Phoenix", "mdy")
PRIYANKA = User(
    "Priyanka Venkatesh-Rowe", ("priyanka.venkatesh@example.org",), "Asia/Singapore", "dmy"
)
LEANDER = User("Leander Fox-Achterberg", ("leander.fox@example.com",), "America/Halifax", "mdy")
OLUWASEUN = User("Oluwaseun Adebisi-Crane", ("seun.adebisi@example.net",), "Africa/Lagos", "dmy")
CALLUM = User("Callum Strachan-Iwu", ("callum.strachan@example.org",), "Europe/London", "dmy")
ZARA = User("Zara Lindqvist-Oyelowo", ("zara.lindqvist@example.com",), "Europe/Helsinki", "dmy")
IMANI = User("Imani Whitlock-Njoroge", ("imani.whitlock@example.net",), "America/New_York", "mdy")
BODIL = User(
    "Bodil Ragnarsdóttir-Kerr", ("bodil.ragnars@example.org",), "Atlantic/Reykjavik", "dmy"
)
TAMSIN = User("Tamsin Cheung-Holbrook", ("tamsin.cheung@example.com",), "Australia/Perth", "dmy")
REUBEN = User("Reuben Ashdown-Mwale", ("reuben.ashdown@example.net",), "Africa/Johannesburg", "dmy")
XIMENA = User(
    "Ximena Calloway-Reyes", ("ximena.calloway@example.org",), "America/Los_Angeles", "mdy"
)
AUGUST = User("August Halvorsen-Idowu", ("august.halvorsen@example.com",), "Europe/Oslo", "dmy")
SIENNA = User(
    "Sienna Marchetti-Obi", ("sienna.marchetti@example.net",), "Australia/Melbourne", "dmy"
)
DARIUS = User("Darius Farahani-Locke", ("darius.farahani@example.org",), "Asia/Tehran", "dmy")
NOEMI = User("Noemi Kertész-Abbott", ("noemi.kertesz@example.com",), "Europe/Budapest", "ymd")
QUENTIN = User("Quentin Achebe-Lowell", ("quentin.achebe@example.net",), "America/Chicago", "mdy")
AMARA = User("Amara Nwankwo-Beale", ("amara.nwankwo@example.org",), "Europe/London", "dmy")
LINNEA = User(
    "Linnea Sundqvist-Amadi", ("linnea.sundqvist@example.com",), "Europe/Stockholm", "dmy"
)
THEO = User("Theo Papadakis-Grant", ("theo.papadakis@example.net",), "Europe/Athens", "dmy")
HARPER = User(
    "Harper Okonkwo-Lindley",
    ("harper.okonkwo@example.org", "harper.jobhunt@example.com"),
    "America/New_York",
    "mdy",
)
JOSIAH = User("Josiah Mbeki-Carrow", ("josiah.mbeki@example.com",), "America/Chicago", "mdy")
RUBY = User("Ruby Tamaki-Ellwood", ("ruby.tamaki@example.net",), "Pacific/Auckland", "dmy")
IGNATIUS = User("Ignatius Boateng-Rook", ("ignatius.boateng@example.org",), "Africa/Accra", "dmy")
SAOIRSE = User("Saoirse Keogh-Adewale", ("saoirse.keogh@example.com",), "Europe/Dublin", "dmy")
ELOISE = User(
    "Eloise Fairweather-Diaz", ("eloise.fairweather@example.net",), "America/Denver", "mdy"
)
KAVYA = User("Kavya Iyengar-Holt", ("kavya.iyengar@example.org",), "Asia/Kolkata", "dmy")
LUCA = User("Luca Brennan-Osei", ("luca.brennan@example.com",), "Europe/Berlin", "dmy")
MARGOT = User("Margot Ellery-Nakamura", ("margot.ellery@example.net",), "America/Vancouver", "mdy")
OBI = User("Obinna Eze-Thornton", ("obinna.eze@example.org",), "America/New_York", "mdy")
PENELOPE = User(
    "Penelope Strand-Achebe", ("penelope.strand@example.com",), "Europe/Copenhagen", "dmy"
)
SABINE = User("Sabine Morrow-Adjei", ("sabine.morrow@example.org",), "America/Santiago", "dmy")
URSULA = User(
    "Ursula Penhaligon-Yeo", ("ursula.penhaligon@example.net",), "Asia/Kuala_Lumpur", "dmy"
)
VIOLETA = User("Violeta Dragan-Ashford", ("violeta.dragan@example.org",), "Europe/Bucharest", "dmy")
WINSTON = User("Winston Adjaye-Pryor", ("winston.adjaye@example.com",), "America/Jamaica", "dmy")
YARA = User("Yara Haddadin-Moss", ("yara.haddadin@example.net",), "Asia/Amman", "dmy")
ZEKE = User("Zeke Harlow-Mensah", ("zeke.harlow@example.org",), "America/Anchorage", "mdy")
BARNABY = User("Barnaby Oyedepo-Finch", ("barnaby.oyedepo@example.net",), "Europe/London", "dmy")
CELESTE = User(
    "Celeste Ridgeway-Kamau", ("celeste.ridgeway@example.org",), "America/Chicago", "mdy"
)
DEV = User("Dev Raghunathan-Pike", ("dev.raghunathan@example.com",), "America/Los_Angeles", "mdy")
ESME = User("Esme Whitcombe-Asare", ("esme.whitcombe@example.net",), "Australia/Adelaide", "dmy")
FINLEY = User("Finley Abara-Goodwin", ("finley.abara@example.org",), "America/Regina", "mdy")
GIDEON = User("Gideon Ashkenazi-Moyo", ("gideon.ashkenazi@example.com",), "Asia/Jerusalem", "dmy")
HOLLIS = User(
    "Hollis Ferreira-Dunmore", ("hollis.ferreira@example.net",), "America/New_York", "mdy"
)
INDIRA = User("Indira Bekova-Sloane", ("indira.bekova@example.org",), "Asia/Almaty", "dmy")
JORAH = User("Jorah Pennington-Ude", ("jorah.pennington@example.com",), "Europe/Amsterdam", "dmy")
LOWRI = User("Lowri Pryce-Abiodun", ("lowri.pryce@example.org",), "Europe/London", "dmy")
MINH = User("Đặng Quốc Bảo", ("quocbao.dang@example.com",), "Asia/Ho_Chi_Minh", "dmy")
NAVEEN = User("Naveen Sastry-Colborne", ("naveen.sastry@example.net",), "America/Toronto", "mdy")
ORLA = User("Orla Quigley-Mbatha", ("orla.quigley@example.org",), "Europe/Dublin", "dmy")
JIHO = User("Bae Ji-ho", ("jiho.bae.data@example.com",), "Asia/Seoul", "ymd")
RASHIDA = User("Rashida Oyelowo-Pratt", ("rashida.oyelowo@example.net",), "America/Chicago", "mdy")
STELLAN = User("Stellan Aukrust-Boadu", ("stellan.aukrust@example.org",), "Europe/Oslo", "dmy")
TARYN = User("Taryn Mackenzie-Ouma", ("taryn.mackenzie@example.com",), "Pacific/Auckland", "dmy")
UMAIR = User("Umair Chaudhry-Blythe", ("umair.chaudhry@example.net",), "Asia/Karachi", "dmy")
VESNA = User("Vesna Horvat-Ellingham", ("vesna.horvat@example.org",), "Europe/Zagreb", "dmy")
WILLA = User("Willa Ashcombe-Nyarko", ("willa.ashcombe@example.com",), "America/St_Johns", "mdy")
XAVIER = User("Xavier Lumley-Osei", ("xavier.lumley@example.net",), "Australia/Hobart", "dmy")
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
FLORIAN = User("Florian Wurzer-Agyei", ("florian.wurzer@example.com",), "Europe/Vienna", "dmy")
ANNIKA = User("Annika Pfeiffer-Osei", ("annika.pfeiffer@example.net",), "Europe/Berlin", "dmy")
RETO = User("Reto Caflisch-Mensah", ("reto.caflisch@example.org",), "Europe/Zurich", "dmy")
GAELLE = User("Gaëlle Tremblay-Kaboré", ("gaelle.tremblay@example.com",), "America/Toronto", "ymd")
ARNAUD = User("Arnaud Delvaux-Mbeki", ("arnaud.delvaux@example.net",), "Europe/Brussels", "dmy")
AISSATOU = User("Aïssatou Konaté-Leroy", ("aissatou.konate@example.org",), "Africa/Abidjan", "dmy")
MARGAUX = User("Margaux Péricard-Owusu", ("margaux.pericard@example.com",), "Europe/Paris", "dmy")
XOCHITL = User(
    "Xóchitl Ramírez Lara", ("xochitl.ramirez@example.net",), "America/Mexico_City", "dmy"
)
JOAQUINA = User(
    "Joaquina Etcheverry Paz",
    ("joaquina.etcheverry@example.org",),
    "America/Argentina/Buenos_Aires",
    "dmy",
)
QUISPE = User("Renzo Quispe Huamán", ("renzo.quispe@example.com",), "America/Lima", "dmy")
NURIA = User("Núria Vilaseca Bover", ("nuria.vilaseca@example.net",), "Europe/Madrid", "dmy")
LORENZO = User(
    "Lorenzo Ghirardelli-Adu", ("lorenzo.ghirardelli@example.org",), "Europe/Rome", "dmy"
)
MICOL = User("Micol Bernasconi-Oti", ("micol.bernasconi@example.com",), "Europe/Zurich", "dmy")
SANNE = User("Sanne van Dijk-Amponsah", ("sanne.vandijk@example.net",), "Europe/Amsterdam", "dmy")
WARD = User("Ward Peeters-Nkemelu", ("ward.peeters@example.org",), "Europe/Brussels", "dmy")
SOERIAN = User(
    "Soerian Kartosen-Lie", ("soerian.kartosen@example.com",), "America/Paramaribo", "dmy"
)
LUANA = User(
    "Luana Figueiredo Paiva", ("luana.figueiredo@example.net",), "America/Sao_Paulo", "dmy"
)
EDSON = User("Edson Muianga Tembe", ("edson.muianga@example.org",), "Africa/Maputo", "dmy")
DJENIFER = User(
    "Djenifer Lopes Monteiro", ("djenifer.lopes@example.com",), "Atlantic/Cape_Verde", "dmy"
)
BEATRIZ = User("Beatriz Sampaio Leitão", ("beatriz.sampaio@example.net",), "Europe/Lisbon", "dmy")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:10]}{h[10:14].upper()}.{h[14:30]}.v23@{domain}>"


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


def html_mail(user: User, slug: str, kind: str, *, markup: str, lang: str = "en", **kw: Any) -> Msg:
    """A message whose only body is ``markup`` (HTML-only mail of templates and web tools)."""
    return raw_mail(user, slug, kind, rich=html_page(markup, lang=lang), **kw)


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k21.google``)."""
    msg = k21.google(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def outlook(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """An Exchange meeting request or cancellation (``k21.outlook``)."""
    msg = k21.outlook(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def booking(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """A scheduling tool's or ATS's notification with its ``.ics`` (``k21.booking``)."""
    msg = k21.booking(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def cal_mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Any message carrying one calendar event (``k21.cal_mail``)."""
    msg = k21.cal_mail(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def bounce(user: User, slug: str, **kw: Any) -> Msg:
    """A Postfix non-delivery report (``k21.bounce``) with this set's Message-ID."""
    return own(k21.bounce(user, slug, **kw))
