"""What is new for authoring the twenty-seventh evaluation set: users, producers, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(typed and vendor mail, Exchange requests with Windows zones, scheduling-tool bookings with
``.ics`` parts), the thread pieces of the twenty-second set's kit, the producer identifiers
of the twenty-third and twenty-fourth sets' kits and, through them, the date helpers, the
tz-database VTIMEZONE writer and the byte-exact MIME writer of the earlier kits. This module
holds only this set's users, the producer identifiers of the tools it adds, thin wrappers
that give every message this set's own Message-ID, and two short-hands for the specs.

Labelled starts run from July to September 2046: southern winter (Sydney, Melbourne,
Auckland until its change of 30 September, Santiago until its change of 2 September),
Paraguay on its permanent UTC-3, zones without DST (Arizona, India, Japan, Indonesia,
Kenya, Colombia, Peru, the Gulf) and northern summer time elsewhere; every offset comes from
``zoneinfo`` and the installed tz database. Everything is invented under reserved names
(RFC 2606); network addresses come from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.eval22.authoring import kit as k22
from tests.eval23.authoring import kit as k23
from tests.eval24.authoring import kit as k24
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval27"

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
GEM, CALENDLY, MODERNLOOP, ICIMS = k21.GEM, k21.CALENDLY, k21.MODERNLOOP, k21.ICIMS
PINPOINT, WEBEX_SITE, RECRUITEE = k21.PINPOINT, k21.WEBEX_SITE, k21.RECRUITEE
GREENHOUSE, GOODTIME, ASHBY, LEVER = k22.GREENHOUSE, k22.GOODTIME, k22.ASHBY, k22.LEVER
TEAMTAILOR, PERSONIO = k23.TEAMTAILOR, k23.PERSONIO
WORKABLE = k24.WORKABLE
WINDOWS = k21.WINDOWS
# Calendar and scheduling producers this set adds (as their calendar files name them).
SMARTRECRUITERS = "-//SmartRecruiters//Interview Scheduler//EN"
WORKDAY = "-//Workday//Recruiting Interview Scheduling//EN"
BAMBOO = "-//BambooHR//BambooHR Hiring//EN"
JAZZHR = "-//JazzHR//Interview Scheduler//EN"
HIREVUE = "-//HireVue//HireVue Scheduling//EN"
MSBOOKINGS = "-//Microsoft Corporation//Bookings//EN"
ZOOM_SCHEDULER = "-//Zoom Video Communications//Zoom Scheduler//EN"

_WK = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
}


def wk(local: str, lang: str) -> str:
    """The weekday of ``local`` in ``lang`` (for numeric dates such as "Dienstag, 14.08.")."""
    return _WK[lang][at(local, "UTC").weekday()]


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# English-reading users.
THEA = u("Thea Blackmore-Lindgren", "thea.blackmore@example.com", "America/New_York", "mdy")
ROHAN = u("Rohan Mukherjee-Stanhope", "rohan.mstanhope@example.net", "Asia/Kolkata")
CASSIA = u("Cassia Wendover-Ilori", "cassia.wendover@example.org", "Europe/London")
LORCAN = u("Lorcan Tressider-Achebe", "lorcan.tressider@example.com", "Europe/Dublin")
WAMBUI = u("Wambui Karanja-Pettit", "wambui.karanja@example.net", "Africa/Nairobi")
TOBIAS = u("Tobias Renshaw-Idowu", "tobias.renshaw@example.org", "America/Chicago", "mdy")
HOLLIS = u("Hollis Vantongeren-Abiola", "hollis.vantongeren@example.com", "America/Phoenix", "mdy")
PRISCILLA = u("Priscilla Tamworth-Nakamura", "p.tamworth@example.net", "Asia/Tokyo", "ymd")
KAVITHA = u("Kavitha Sundaresan-Rowe", "kavitha.sundaresan@example.org", "Asia/Kolkata")
DECLAN = u("Declan Ashgrove-Mbeki", "declan.ashgrove@example.com", "Australia/Sydney")
NGAIRE = u("Ngaire Whitcliffe-Tane", "ngaire.whitcliffe@example.net", "Pacific/Auckland")
FERGAL = u("Fergal Osterley-Nwosu", "fergal.osterley@example.org", "America/Toronto", "mdy")
BRONWYN = u("Bronwyn Galloway-Adeyinka", "bronwyn.galloway@example.com", "Australia/Melbourne")
JOLENE = u(
    "Jolene Castellanos-Reid", "jolene.castellanos@example.net", "America/Los_Angeles", "mdy"
)
MARISA = u("Marisa Thistlewood-Banda", "marisa.thistlewood@example.org", "America/Denver", "mdy")
YUSUF = u("Yusuf Al-Haddad Penrice", "yusuf.penrice@example.com", "Asia/Dubai")
DEWI = u("Dewi Anggraini Holt", "dewi.anggraini@example.net", "Asia/Jakarta")
SANTI = u("Santiago Gaviria-Lowe", "santiago.gaviria@example.org", "America/Bogota", "mdy")
INES = u("Inés Paredes-Cartwright", "ines.paredes@example.com", "America/Lima")
RAJIV = u("Rajiv Sethuraman-Doyle", "rajiv.sethuraman@example.net", "Asia/Singapore")
NALEDI = u("Naledi Mokoena-Fraser", "naledi.mfraser@example.org", "Africa/Johannesburg")
SEUN = u("Oluwaseun Adebanjo-Marsh", "seun.adebanjo@example.com", "Africa/Lagos")
HAMISH = u("Hamish Strathdee-Oyelowo", "hamish.strathdee@example.net", "Europe/London")
TAMSIN = u("Tamsin Polwhele-Nyambura", "tamsin.polwhele@example.org", "Europe/London")
EVANDER = u("Evander Quillfeldt-Asiamah", "evander.q@example.com", "America/Vancouver", "mdy")
TOMASZ = u("Tomasz Wierzbicki-Hart", "tomasz.wierzbicki@example.net", "Europe/Warsaw")
LEILANI = u("Leilani Kahananui-Brooks", "leilani.kbrooks@example.org", "Pacific/Honolulu", "mdy")
MATEO = u("Mateo Ferreyra-Collins", "mateo.ferreyra@example.com", "America/Asuncion")
XIMENA = u("Ximena Larraín-Hughes", "ximena.larrain@example.net", "America/Santiago")
ABENA = u("Abena Ofori-Kingsley", "abena.kingsley@example.org", "America/Halifax", "mdy")
GRETCHEN = u("Gretchen Halvorsen-Ude", "gretchen.halvorsen@example.com", "America/Chicago", "mdy")
FARHAN = u("Farhan Qureshi-Lambert", "farhan.qlambert@example.net", "Asia/Karachi")
# German-reading users.
WENDELIN = u("Wendelin Sprengart-Obi", "wendelin.sprengart@example.com", "Europe/Berlin")
IRMTRAUD = u("Irmtraud Kaltenecker-Ayew", "irmtraud.kaltenecker@example.net", "Europe/Vienna")
SEVERIN = u("Severin Tschudin-Amadi", "severin.tschudin@example.org", "Europe/Zurich")
KLOTHILDE = u("Klothilde Brandhuber-Eze", "klothilde.brandhuber@example.com", "Europe/Berlin")
# French-reading users.
AURELIEN = u("Aurélien Castagnède-Diop", "aurelien.castagnede@example.net", "Europe/Paris")
SOLENE = u("Solène Marchadier-Koné", "solene.marchadier@example.org", "Europe/Paris")
MAXENCE = u("Maxence Delvigne-Tshibanda", "maxence.delvigne@example.com", "Europe/Brussels")
ROSALIE = u("Rosalie Gendron-Beaulieu", "rosalie.gendron@example.net", "America/Toronto", "ymd")
AWA = u("Awa Sall-Fontaine", "awa.sallfontaine@example.org", "Africa/Dakar")
# Spanish-reading users.
BEGONA = u("Begoña Urquiaga Mensah", "begona.urquiaga@example.com", "Europe/Madrid")
NICOLAS = u(
    "Nicolás Achával Ortúzar", "nicolas.achaval@example.net", "America/Argentina/Buenos_Aires"
)
VALENTINA = u("Valentina Ossandón Pizarro", "valentina.ossandon@example.org", "America/Santiago")
RODRIGO = u("Rodrigo Quiñónez Villalba", "rodrigo.quinonez@example.com", "America/Mexico_City")
LUCIA = u("Lucía Arboleda Cuartas", "lucia.arboleda@example.net", "America/Bogota")
FABIOLA = u("Fabiola Cárdenas Huamán", "fabiola.cardenas@example.org", "America/Lima")
# Italian- and Dutch-reading users.
LUDOVICA = u("Ludovica Brambilla Sesay", "ludovica.bsesay@example.com", "Europe/Rome")
TOMMASO = u("Tommaso Frascaroli Ndiaye", "tommaso.frascaroli@example.net", "Europe/Rome")
SIETSKE = u("Sietske van Dongen-Mwangi", "sietske.vandongen@example.org", "Europe/Amsterdam")
JORIS = u("Joris Verhaegen-Bakari", "joris.verhaegen@example.com", "Europe/Brussels")
# Portuguese-reading users.
IARA = u("Iara Nogueira Bastos", "iara.nogueira@example.net", "America/Sao_Paulo")
TIAGO = u("Tiago Esteves Carrilho", "tiago.esteves.c@example.org", "Europe/Lisbon")
RAYANE = u("Rayane Figueiredo Lins", "rayane.figueiredo@example.com", "America/Fortaleza")
GUSTAVO = u("Gustavo Pimentel Arruda", "gustavo.pimentel@example.net", "America/Manaus")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:10]}.{h[10:14].upper()}{h[14:26]}-y27@{domain}>"


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
    return own(k21.bounce(user, slug, **kw))


def hand(user: User, slug: str, kind: str, *, sent: str, zone: str, **kw: Any) -> Msg:
    """Typed mail sent at local time ``sent`` in the sender's ``zone``."""
    return person(user, slug, kind, date=dh(sent, zone), **kw)


def tool(user: User, slug: str, kind: str, *, sent: str, zone: str, **kw: Any) -> Msg:
    """A service's mail (text and HTML) sent at local time ``sent`` in ``zone``."""
    return vendor(user, slug, kind, date=dh(sent, zone), **kw)
