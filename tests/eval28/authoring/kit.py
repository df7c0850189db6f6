"""What is new for authoring the twenty-eighth evaluation set: users, producers, ids.

Everything shared comes by import, unchanged, through the twenty-fifth set's kit
(``tests.eval25.authoring.kit``: date helpers, thread pieces, Exchange requests with
Windows zones, tool bookings with ``.ics`` parts) and the kits it imports. This module
holds only this set's users, the producer identifiers of the public-sector and hospital
systems it adds, thin wrappers that give every message this set's own Message-ID, and two
shorthands (``iv`` for a timed message typed by a person or sent by a system, ``mail`` for
every other kind).

Labelled starts run from October to December 2047: the European change of Sunday 27
October, the North American change of Sunday 3 November, southern summer time (Sydney
from 6 October, Auckland, Adelaide), beside zones without DST. Every offset comes from
``zoneinfo``. Everything is invented under reserved names (RFC 2606); network addresses
come from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15
from tests.eval21.authoring import kit as k21
from tests.eval25.authoring import kit as k25
from tests.evalauthoring import for_set, with_message_id

SEED = "/eval28"

d, de, fr, es, t12, t24, plus = k25.d, k25.de, k25.fr, k25.es, k25.t12, k25.t24, k25.plus
it, nl, pt, wk, dmy, mdy, ampm = k25.it, k25.nl, k25.pt, k25.wk, k25.dmy, k25.mdy, k25.ampm
AUTO, bulk, note, dh, lab, at = k25.AUTO, k25.bulk, k25.note, k25.dh, k25.lab, k25.at
gq, aq, oq, lq, thread = k25.gq, k25.aq, k25.oq, k25.lq, k25.thread
IPHONE, ANDROID, OUTLOOK_MOBILE = k25.IPHONE, k25.ANDROID, k25.OUTLOOK_MOBILE
GOOGLE, TEAMS = k25.GOOGLE, k25.TEAMS
WINDOWS = k25.WINDOWS
ICIMS, SUCCESSFACTORS = k21.ICIMS, k21.SUCCESSFACTORS
# Producers this set adds (as their calendar files name them).
TRAC = "-//Trac Systems//Trac Recruitment Interview//EN"
ORACLE_RC = "-//Oracle Corporation//Oracle Recruiting Cloud Scheduling//EN"
WORKDAY = "-//Workday//Workday Recruiting//EN"
PAGEUP = "-//PageUp People//PageUp Interview Scheduler//EN"
EPLOY = "-//Eploy//Eploy Interview Booking//EN"
JOBTRAIN = "-//Jobtrain Solutions//Jobtrain Interview Slots//EN"
USAJOBS_TOOL = "-//Monster Government Solutions//Talent Acquisition Interview//EN"


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:8]}-{h[8:12]}.{h[12:24].upper()}.r28@{domain}>"


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    return with_message_id(msg, msgid)


# Mail typed by a person (``k14.pm``), with this set's Message-ID.
person = for_set(k14.pm, own)


# Mail sent by a service (``k14.ats``), with this set's Message-ID.
vendor = for_set(k14.ats, own)


# An Exchange meeting request or cancellation (``k21.outlook``).
outlook = for_set(k21.outlook, own, SEED)


# A scheduling tool's or ATS's notification with its ``.ics`` (``k21.booking``).
booking = for_set(k21.booking, own, SEED)


# A non-delivery report (``k15.bounce``) with this set's Message-ID.
bounce = for_set(k15.bounce, own)


def iv(
    user: User,
    slug: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    sent: str,
    start: str,
    zone: str,
    body: str,
    company: str,
    role: str | None = None,
    who: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    tz: str | None = None,
    notes: str = "",
    kind: str = "interview",
    sent_zone: str | None = None,
    tool: bool = False,
    **kw: Any,
) -> Msg:
    """A timed message (interview or cancellation): ``start`` and ``sent`` are local times
    in ``zone`` (``sent_zone`` when the sender sits elsewhere); a system's mail if ``tool``."""
    label = lab(
        start, zone, tz, company=company, role=role, who=list(who), emails=list(emails), notes=notes
    )
    make = vendor if tool else person
    return make(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=dh(sent, sent_zone or zone),
        body=body,
        label=label,
        **kw,
    )


def mail(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    sent: str,
    zone: str,
    body: str,
    notes: str,
    more: dict[str, Any] | None = None,
    tool: bool = False,
    **kw: Any,
) -> Msg:
    """Any other kind, typed by a person or sent by a system (``tool``)."""
    make = vendor if tool else person
    return make(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=dh(sent, zone),
        body=body,
        label=note(notes, **(more or {})),
        **kw,
    )


# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# English-reading users.
ELOWEN = u("Elowen Tregarthen-Okafor", "elowen.tregarthen@example.com", "Europe/London")
CADOGAN = u("Cadogan Blythe-Amadi", "cadogan.blythe@example.net", "Europe/London")
MORWENNA = u("Morwenna Polglaze-Eze", "morwenna.polglaze@example.org", "Europe/London")
TIERNAN = u("Tiernan Mac Giolla-Bassey", "tiernan.macgiolla@example.com", "Europe/Dublin")
SIOBHRA = u("Síofra Ní Bhraonáin-Udeh", "siofra.nibhraonain@example.net", "Europe/Dublin")
RHODRI = u("Rhodri Penhallow-Nwosu", "rhodri.penhallow@example.org", "Europe/London")
ISLA = u("Isla Mackintosh-Obiora", "isla.mackintosh.o@example.com", "Europe/London")
DELPHINE_UK = u("Philippa Wetherall-Ikenna", "philippa.wetherall@example.net", "Europe/London")
LAVERNE = u("Laverne Beauchamp-Ochieng", "laverne.beauchamp@example.org", "America/New_York", "mdy")
DWAYNE = u("Dwayne Kowalczyk-Amos", "dwayne.kowalczyk@example.com", "America/Chicago", "mdy")
MARISELA = u("Marisela Quintanar-Hobbs", "marisela.quintanar@example.net", "America/Phoenix", "mdy")
TOBIAS_US = u(
    "Thaddeus Brannigan-Oyelowo", "thaddeus.brannigan@example.org", "America/Denver", "mdy"
)
ROSALIND = u(
    "Rosalind Vantongeren-Ajayi", "rosalind.vantongeren@example.com", "America/Los_Angeles", "mdy"
)
CORA = u("Cora Lindenmuth-Bassey", "cora.lindenmuth@example.net", "America/Detroit", "mdy")
LEVI = u("Levi Abernathy-Nnamdi", "levi.abernathy@example.org", "America/Toronto", "mdy")
MAEVE_CA = u("Maeve Thibault-Ekwueme", "maeve.thibault@example.com", "America/Vancouver", "mdy")
HOLLIS = u("Hollis Gagnon-Achebe", "hollis.gagnon@example.net", "America/Halifax", "mdy")
JOLENE = u("Jolene Saskatoon-Okonkwo", "jolene.okonkwo@example.org", "America/Regina", "mdy")
BRONWYN = u("Bronwyn Kilpatrick-Uzor", "bronwyn.kilpatrick@example.com", "Australia/Sydney")
TAMSIN = u("Tamsin Wolseley-Chukwu", "tamsin.wolseley@example.net", "Australia/Brisbane")
JARVIS = u("Jarvis Kookynie-Adeyemi", "jarvis.kookynie@example.org", "Australia/Adelaide")
MERERANGI = u("Mererangi Tawhiri-Scott", "mererangi.tawhiri@example.com", "Pacific/Auckland")
ANAND = u("Anand Venkataraman-Gill", "anand.venkataraman@example.net", "Asia/Kolkata")
SUNITA = u("Sunita Kulkarni-Reeves", "sunita.kulkarni.r@example.org", "Asia/Kolkata")
THABO = u("Thabo Mahlangu-Pritchard", "thabo.mahlangu@example.com", "Africa/Johannesburg")
NALEDI = u("Naledi Khumalo-Ashworth", "naledi.khumalo.a@example.net", "Africa/Johannesburg")
WAMBUI = u("Wambui Kariuki-Heston", "wambui.kariuki@example.org", "Africa/Nairobi")
RASHID = u("Rashid Al-Mansoori Pyke", "rashid.almansoori.p@example.com", "Asia/Dubai")
KENJI = u("Kenji Oyamada-Brookes", "kenji.oyamada@example.net", "Asia/Tokyo", "ymd")
MARICEL = u("Maricel Dimaculangan-Frost", "maricel.dimaculangan@example.org", "Asia/Manila", "mdy")
HYACINTH = u(
    "Hyacinth Pennycooke-Lyle", "hyacinth.pennycooke@example.com", "America/Jamaica", "mdy"
)
# German-reading users.
WIEBKE = u("Wiebke Hinrichsen-Okoro", "wiebke.hinrichsen@example.com", "Europe/Berlin")
BURKHARD = u("Burkhard Lüdemann-Asante", "burkhard.luedemann@example.net", "Europe/Berlin")
ANNEGRET = u("Annegret Zeilinger-Boadu", "annegret.zeilinger@example.org", "Europe/Vienna")
URS = u("Urs Tschannen-Oppong", "urs.tschannen@example.com", "Europe/Zurich")
# French-reading users.
SOLVEIG = u("Maëlys Kerjean-Diabaté", "maelys.kerjean@example.com", "Europe/Paris")
ARMELLE = u("Armelle Vandenbroucke-Traoré", "armelle.vandenbroucke@example.net", "Europe/Brussels")
GHISLAIN = u(
    "Ghislain Tremblay-Kaboré", "ghislain.tremblay.k@example.org", "America/Toronto", "ymd"
)
# Spanish-reading users.
REMEDIOS = u("Remedios Arrizabalaga Nkansah", "remedios.arrizabalaga@example.com", "Europe/Madrid")
XIOMARA = u("Xiomara Cifuentes Abankwa", "xiomara.cifuentes@example.net", "America/Bogota")
LEANDRO = u(
    "Leandro Goycoechea Mensa", "leandro.goycoechea@example.org", "America/Argentina/Buenos_Aires"
)
ROCIO = u("Rocío Tlacuilo Marfo", "rocio.tlacuilo@example.com", "America/Mexico_City")
# Italian- and Dutch-reading users.
GIOSUE = u("Giosuè Mastrangelo-Fosu", "giosue.mastrangelo@example.com", "Europe/Rome")
LORETTA = u("Loretta Quagliarella-Oduro", "loretta.quagliarella@example.net", "Europe/Rome")
MAARTJE = u("Maartje Veldhuijzen-Kusi", "maartje.veldhuijzen@example.org", "Europe/Amsterdam")
WARD = u("Wardje Verschueren-Ofei", "wardje.verschueren@example.com", "Europe/Brussels")
# Portuguese-reading users.
IRACEMA = u("Iracema Nogueira Bonsu", "iracema.nogueira.b@example.com", "America/Sao_Paulo")
TEODORO = u("Teodoro Vasconcelos Amankrah", "teodoro.vasconcelos@example.net", "Europe/Lisbon")
