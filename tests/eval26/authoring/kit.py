"""What is new for authoring the twenty-sixth evaluation set: users, producers, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(typed and vendor mail, Exchange requests with Windows zones, scheduling-tool bookings with
``.ics`` parts), the thread pieces of the twenty-second set's kit (Gmail, Apple and Outlook
quote headers), the producer identifiers of the twenty-second to twenty-fifth sets' kits,
the twenty-fifth set's ``wk`` and, through them, the date helpers, the tz-database
VTIMEZONE writer and the byte-exact MIME writer of the earlier kits. This module holds only
this set's users, the producer identifiers it adds and thin wrappers that give every
message this set's own Message-ID.

Labelled starts run from April to June 2045: Australia, New Zealand and Chile leave summer
time on Sunday 2 April 2045; India, Singapore, South Africa, Nigeria, Kenya, Brazil and
Mexico keep one offset all year; every offset comes from ``zoneinfo`` and the installed tz
database. Everything is invented under reserved names (RFC 2606); network addresses come
from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.eval22.authoring import kit as k22
from tests.eval24.authoring import kit as k24
from tests.eval25.authoring import kit as k25
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval26"

# Shared date and text helpers, re-exported for the spec modules.
d, de, fr, es, t12, t24, plus = k21.d, k21.de, k21.fr, k21.es, k21.t12, k21.t24, k21.plus
it, nl, pt, wd = k21.it, k21.nl, k21.pt, k21.wd
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
GOOGLE, OUTLOOK, ZOOM, CALENDLY = k21.GOOGLE, k21.OUTLOOK, k21.ZOOM, k21.CALENDLY
ICIMS, JOBVITE = k21.ICIMS, k21.JOBVITE
GREENHOUSE, GOODTIME, ASHBY, LEVER = k22.GREENHOUSE, k22.GOODTIME, k22.ASHBY, k22.LEVER
SMARTRECRUITERS, WORKDAY = k22.SMARTRECRUITERS, k22.WORKDAY
WORKABLE, TEAMS, MSBOOKINGS = k24.WORKABLE, k25.TEAMS, k25.MSBOOKINGS
WINDOWS = k21.WINDOWS
table, wk = k24.table, k25.wk
# Calendar and scheduling producers this set adds (as their calendar files name them).
SAVVYCAL = "-//SavvyCal//SavvyCal Scheduling//EN"
HIREBRIDGE = "-//Hirebridge//Interview Planner 3.2//EN"
ZOHO_RECRUIT = "-//Zoho Corporation//Zoho Recruit//EN"


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# India, Sri Lanka, Pakistan, Bangladesh, the Gulf.
ANUSHREE = u("Anushree Kothandaraman-Bell", "anushree.kothandaraman@example.com", "Asia/Kolkata")
VARUN = u("Varun Thekkedath-Morrow", "varun.thekkedath@example.net", "Asia/Kolkata")
SHRADDHA = u("Shraddha Nimbalkar-Quinn", "shraddha.nimbalkar@example.org", "Asia/Kolkata")
KARTHIK = u("Karthikeyan Somasundaram-Hale", "karthik.somasundaram@example.com", "Asia/Kolkata")
ISHITA = u("Ishita Bhattacharjee-Ross", "ishita.bhattacharjee@example.net", "Asia/Kolkata")
DILSHAN = u("Dilshan Wickramaratne-Cole", "dilshan.wickramaratne@example.org", "Asia/Colombo")
SADIA = u("Sadia Chowdhury-Barnes", "sadia.chowdhury.b@example.com", "Asia/Dhaka")
ZOHAIB = u("Zohaib Qureshi-Lambert", "zohaib.qureshi.l@example.net", "Asia/Karachi")
RESHMA = u("Reshma Pillai-Gardner", "reshma.pillai.g@example.org", "Asia/Dubai")
# UK and Ireland.
TAMSIN = u("Tamsin Polglase-Udeh", "tamsin.polglase@example.com", "Europe/London")
CALLUM = u("Callum Strathdee-Eze", "callum.strathdee@example.net", "Europe/London")
NIAMH = u("Niamh Ó Dálaigh-Okoro", "niamh.odalaigh@example.org", "Europe/Dublin")
RHYS = u("Rhys Llewelyn-Nwachukwu", "rhys.llewelyn@example.com", "Europe/London")
ORLA = u("Orla Cusack-Adeyinka", "orla.cusack@example.net", "Europe/Dublin")
HARRIET = u("Harriet Wadsworth-Ibe", "harriet.wadsworth@example.org", "Europe/London")
# Australia and New Zealand.
MATILDA = u("Matilda Cuthbertson-Oduya", "matilda.cuthbertson@example.com", "Australia/Sydney")
LACHIE = u("Lachie Fairweather-Nnamdi", "lachie.fairweather@example.net", "Australia/Melbourne")
BRONWYN = u("Bronwyn Tregenza-Ahiable", "bronwyn.tregenza@example.org", "Australia/Brisbane")
JARROD = u("Jarrod Kilpatrick-Ofori", "jarrod.kilpatrick@example.com", "Australia/Perth")
SIENNA = u("Sienna Marchbank-Obi", "sienna.marchbank@example.net", "Australia/Adelaide")
TAMATI = u("Tamati Rangihuna-Ellis", "tamati.rangihuna@example.org", "Pacific/Auckland")
ANAHERA = u("Anahera Whaanga-Doyle", "anahera.whaanga@example.com", "Pacific/Auckland")
KIRRA = u("Kirra Dunstall-Akande", "kirra.dunstall@example.net", "Australia/Darwin")
# Singapore, Malaysia, Philippines, Hong Kong.
WEILING = u("Tan Wei Ling Clarissa", "weiling.tan.c@example.org", "Asia/Singapore")
SURESH = u("Suresh Rajaratnam-Lee", "suresh.rajaratnam@example.com", "Asia/Singapore")
AMIRAH = u("Nur Amirah Kamaruddin-Foo", "amirah.kamaruddin@example.net", "Asia/Kuala_Lumpur")
JOSEMARI = u("Jose Mari Dimagiba-Yap", "josemari.dimagiba@example.org", "Asia/Manila", "mdy")
KRISTINE = u("Kristine Macaraeg-Uy", "kristine.macaraeg@example.com", "Asia/Manila", "mdy")
# Africa.
THANDIWE = u("Thandiwe Mahlangu-Pryce", "thandiwe.mahlangu@example.net", "Africa/Johannesburg")
PIETER = u("Pieter Oosthuizen-Dlamini", "pieter.oosthuizen@example.org", "Africa/Johannesburg")
CHIDINMA = u("Chidinma Okafor-Whitley", "chidinma.okafor.w@example.com", "Africa/Lagos")
TUNDE = u("Babatunde Adeleke-Stone", "tunde.adeleke.s@example.net", "Africa/Lagos")
WANJIKU = u("Wanjiku Kamau-Pelham", "wanjiku.kamau.p@example.org", "Africa/Nairobi")
OTIENO = u("Brian Otieno-Ashworth", "brian.otieno.a@example.com", "Africa/Nairobi")
NAKATO = u("Nakato Ssempala-Reeve", "nakato.ssempala@example.net", "Africa/Kampala")
KWAME = u("Kwame Asantewaa-Dale", "kwame.asantewaa@example.org", "Africa/Accra")
MULENGA = u("Mulenga Chanda-Forbes", "mulenga.chanda@example.com", "Africa/Lusaka")
# Canada and the Caribbean.
GENEVRA = u("Genevra MacInnis-Osagie", "genevra.macinnis@example.net", "America/Halifax", "mdy")
DEVON = u("Devon Okoye-Lafrenière", "devon.okoye.l@example.org", "America/Toronto", "mdy")
PRIYA_V = u(
    "Priya Venkataraman-Boyd", "priya.venkataraman.b@example.com", "America/Vancouver", "mdy"
)
CONNOR = u("Connor Szabo-Ekwueme", "connor.szabo@example.net", "America/Edmonton", "ymd")
MAEVE = u("Maeve Tulk-Nwosu", "maeve.tulk@example.org", "America/St_Johns", "mdy")
HARPREET = u("Harpreet Grewal-Sinclair", "harpreet.grewal.s@example.com", "America/Winnipeg", "mdy")
SHANIQUE = u("Shanique Bogle-Ferris", "shanique.bogle@example.net", "America/Jamaica", "mdy")
ESTELLE = u("Estelle Pennington-Abara", "estelle.pennington@example.org", "America/Regina", "mdy")
# United States (a few).
MARCUS = u("Marcus Delacroix-Ugwu", "marcus.delacroix.u@example.com", "America/Chicago", "mdy")
WREN = u("Wren Halvorsen-Achebe", "wren.halvorsen@example.net", "America/Los_Angeles", "mdy")
LEILANI = u("Leilani Kahananui-Frost", "leilani.kahananui@example.org", "Pacific/Honolulu", "mdy")
# Readers of German, French, Spanish, Italian, Dutch and Portuguese mail.
KUNIGUNDE = u("Kunigunde Haberstroh-Eke", "kunigunde.haberstroh@example.com", "Europe/Berlin")
VALENTIN = u("Valentin Obermoser-Nduka", "valentin.obermoser@example.net", "Europe/Vienna")
SEVERINE = u("Séverine Lacombe-Ekwensi", "severine.lacombe@example.org", "Europe/Paris")
THIBAUT = u("Thibaut Vandenberghe-Oke", "thibaut.vandenberghe@example.com", "Europe/Brussels")
MAGALI = u("Magali Thériault-Uzor", "magali.theriault@example.net", "America/Toronto", "ymd")
REMEDIOS = u("Remedios Albarracín Okeke", "remedios.albarracin@example.org", "Europe/Madrid")
ULISES = u("Ulises Cervantes Nnadi", "ulises.cervantes.n@example.com", "America/Mexico_City")
XIOMARA = u("Xiomara Benavides Eze", "xiomara.benavides@example.net", "America/Bogota")
EUGENIA = u("Eugenia Valderrama Obi", "eugenia.valderrama@example.org", "America/Santiago")
LUDOVICA = u("Ludovica Brambilla-Okon", "ludovica.brambilla@example.com", "Europe/Rome")
PIERLUIGI = u("Pierluigi Santarelli-Aba", "pierluigi.santarelli@example.net", "Europe/Rome")
FENNA = u("Fenna Roodenburg-Eze", "fenna.roodenburg@example.org", "Europe/Amsterdam")
WOUTER = u("Wouter Claeysens-Ade", "wouter.claeysens@example.com", "Europe/Brussels")
IRACEMA = u("Iracema Figueiredo Nwankwo", "iracema.figueiredo@example.net", "America/Sao_Paulo")
GONCALO = u("Gonçalo Meireles Ubah", "goncalo.meireles@example.org", "Europe/Lisbon")
ROSANGELA = u("Rosângela Pimentel Ike", "rosangela.pimentel@example.com", "America/Manaus")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:18]}-{h[18:30]}.z26@{domain}>"


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


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k21.google``)."""
    msg = k21.google(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def bounce(user: User, slug: str, **kw: Any) -> Msg:
    """A Postfix non-delivery report (``k21.bounce``) with this set's Message-ID."""
    msg = k21.bounce(user, slug + SEED, **kw)
    msg.slug = slug
    return own(msg)
