"""What is new for authoring the twenty-ninth evaluation set: users, producers, ids, and the
small helpers of its threads.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(typed and vendor mail, Exchange requests with Windows zones, scheduling-tool bookings with
``.ics`` parts), the thread pieces of the twenty-second set's kit (Gmail, Apple and Outlook
quote headers, forwarded blocks, localised attribution lines), the producer identifiers of
the twenty-second to twenty-fifth sets' kits and, through them, the date helpers, the
tz-database VTIMEZONE writer and the byte-exact MIME writer of the earlier kits. This module
holds only this set's users, the producer identifiers it adds, thin wrappers that give every
message this set's own Message-ID, and ``say``, which writes one message of a conversation
(sent by the other side or by the user) with its quoted history below.

Labelled starts run from January to March 2048: the North American change of 8 March
(second Sunday), the European Union's and the UK's of 29 March, Australia and New Zealand
still in summer time (their change is on 5 April), beside zones without DST; every offset
comes from ``zoneinfo`` and the installed tz database. Everything is invented under reserved
names (RFC 2606); network addresses come from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.eval22.authoring import kit as k22
from tests.eval25.authoring import kit as k25
from tests.evalauthoring import for_set, with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval29"

# Shared date and text helpers, re-exported for the spec modules.
d, de, fr, es, t12, t24, plus = k21.d, k21.de, k21.fr, k21.es, k21.t12, k21.t24, k21.plus
it, nl, pt, wd, dmy, mdy, ampm = k21.it, k21.nl, k21.pt, k21.wd, k21.dmy, k21.mdy, k21.ampm
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
GOOGLE, OUTLOOK, ZOOM = k21.GOOGLE, k21.OUTLOOK, k21.ZOOM
CALENDLY, MODERNLOOP = k21.CALENDLY, k21.MODERNLOOP
GREENHOUSE, GOODTIME, ASHBY, LEVER, WORKDAY = (
    k22.GREENHOUSE,
    k22.GOODTIME,
    k22.ASHBY,
    k22.LEVER,
    k22.WORKDAY,
)
TEAMS, MSBOOKINGS = k25.TEAMS, k25.MSBOOKINGS
WINDOWS = k21.WINDOWS
wk = k25.wk


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# United States and Canada.
MARGUERITE = u("Marguerite Okafor-Lindgren", "marguerite.ol@example.com", "America/New_York", "mdy")
TOBIAS = u("Tobias Wrennick-Adeyemi", "tobias.wrennick@example.net", "America/Chicago", "mdy")
ROSALIND = u("Rosalind Quarshie-Beaumont", "rosalind.qb@example.org", "America/Denver", "mdy")
EVANDER = u("Evander Kilbride-Osei", "evander.kilbride@example.com", "America/Los_Angeles", "mdy")
PERPETUA = u("Perpetua Holcombe-Nwosu", "perpetua.holcombe@example.net", "America/Phoenix", "mdy")
LEANDRA = u("Leandra Fairweather-Kim", "leandra.fw@example.org", "America/Toronto", "mdy")
CASSIUS = u("Cassius Delamere-Obi", "cassius.delamere@example.com", "America/Vancouver", "mdy")
WILHELMINA = u("Wilhelmina Carrow-Baptiste", "wil.carrow@example.net", "America/Halifax", "mdy")
ANSELM = u("Anselm Truscott-Eze", "anselm.truscott@example.org", "America/Edmonton", "mdy")
MAEVE = u("Maeve Ostrander-Ibe", "maeve.ostrander@example.com", "America/Winnipeg", "mdy")
OSRIC = u("Osric Pendleford-Nnaji", "osric.pendleford@example.net", "America/Detroit", "mdy")
JESSAMY = u("Jessamy Tolliver-Acquah", "jessamy.tolliver@example.org", "America/Boise", "mdy")
RAFFERTY = u("Rafferty Coombe-Asamoah", "rafferty.coombe@example.com", "America/Anchorage", "mdy")
LORELEI = u("Lorelei Brandreth-Okoro", "lorelei.brandreth@example.net", "America/St_Johns", "mdy")
SEPTIMUS = u("Septimus Varga-Oyewole", "septimus.varga@example.org", "America/Regina", "mdy")
HONORA = u("Honora Blakiston-Udeh", "honora.blakiston@example.com", "Pacific/Honolulu", "mdy")
IGNATIUS = u(
    "Ignatius Wetherell-Chukwu",
    "ignatius.wetherell@example.net",
    "America/Indiana/Indianapolis",
    "mdy",
)
THEODORA = u("Theodora Kinsella-Abara", "theodora.kinsella@example.org", "America/New_York", "mdy")
BRAMWELL = u("Bramwell Easterby-Ogbu", "bramwell.easterby@example.com", "America/Chicago", "mdy")
SABRINA = u("Sabrina Ludgate-Mbeki", "sabrina.ludgate@example.net", "America/Los_Angeles", "mdy")
# United Kingdom and Ireland.
PERCIVAL = u("Percival Amberley-Ekwueme", "percival.amberley@example.org", "Europe/London")
ROWENA = u("Rowena Tregarthen-Bello", "rowena.tregarthen@example.com", "Europe/London")
CATHAL = u("Cathal Ó Máille-Uzor", "cathal.omaille@example.net", "Europe/Dublin")
# Australia and New Zealand.
TAMSIN = u("Tamsin Wyndham-Ocloo", "tamsin.wyndham@example.org", "Australia/Sydney")
LOCHLAN = u("Lochlan Beresford-Ayew", "lochlan.beresford@example.com", "Australia/Melbourne")
ODETTE = u("Odette Kingscote-Mensa", "odette.kingscote@example.net", "Australia/Brisbane")
BRAXTON = u("Braxton Yallop-Dzidzienyo", "braxton.yallop@example.org", "Australia/Perth")
ARIA = u("Aria Te Whata-Lowell", "aria.tewhata@example.com", "Pacific/Auckland")
KIRRA = u("Kirra Montague-Agbodza", "kirra.montague@example.net", "Australia/Adelaide")
# India, Singapore, Africa and elsewhere.
VAISHNAVI = u("Vaishnavi Kulkarni-Rourke", "vaishnavi.kr@example.org", "Asia/Kolkata")
SIDDHANT = u("Siddhant Banerjee-Loft", "siddhant.bl@example.com", "Asia/Kolkata")
WEIJIE = u("Tan Wei Jie Marcus", "weijie.marcus@example.net", "Asia/Singapore")
THANDEKA = u("Thandeka Mokoena-Haig", "thandeka.mh@example.org", "Africa/Johannesburg")
OLUWASEUN = u("Oluwaseun Adebimpe-Crane", "seun.adebimpe@example.com", "Africa/Lagos")
WAMBUI = u("Wambui Kariuki-Sterne", "wambui.ks@example.net", "Africa/Nairobi")
KOFI = u("Kofi Amponsah-Redfern", "kofi.ar@example.org", "Africa/Accra")
RASHA = u("Rasha Barakat-Milne", "rasha.bm@example.com", "Asia/Dubai")
JOVELYN = u("Jovelyn Magbanua-Pryce", "jovelyn.mp@example.net", "Asia/Manila", "mdy")
NURUL = u("Nurul Izzah Hamdan-Coyle", "nurul.izzah.hc@example.org", "Asia/Kuala_Lumpur")
HARUKI = u("Ishikawa Haruki", "haruki.ishikawa.hc@example.com", "Asia/Tokyo", "ymd")
# Other languages.
ULRIKE = u("Ulrike Fahrenholz-Ansah", "ulrike.fahrenholz@example.com", "Europe/Berlin")
KONSTANTIN = u("Konstantin Wöhrle-Asiamah", "konstantin.woehrle@example.net", "Europe/Vienna")
SIBYLLE = u("Sibylle Zwahlen-Oppong", "sibylle.zwahlen@example.org", "Europe/Zurich")
AMANDINE = u("Amandine Rouquette-Zinsou", "amandine.rouquette@example.com", "Europe/Paris")
LUDOVIC = u("Ludovic Stévenart-Ahouandjinou", "ludovic.stevenart@example.net", "Europe/Brussels")
MAGALIE = u("Magalie Tremblay-Houngbo", "magalie.tremblay@example.org", "America/Montreal", "ymd")
REMEDIOS = u("Remedios Alcántara Frimpong", "remedios.alcantara@example.com", "Europe/Madrid")
EUSEBIO = u("Eusebio Landázuri Mensah", "eusebio.landazuri@example.net", "America/Mexico_City")
XIMENA = u("Ximena Urrutia Badu", "ximena.urrutia@example.org", "America/Santiago")
PALOMA = u("Paloma Ibarguren Koomson", "paloma.ibarguren@example.com", "America/Bogota")
OTTAVIO = u("Ottavio Chiaramonte-Dwamena", "ottavio.chiaramonte@example.net", "Europe/Rome")
GIOVANNA = u("Giovanna Pellizzari-Awuni", "giovanna.pellizzari@example.org", "Europe/Rome")
MARIEKE = u("Marieke Doesburg-Ankrah", "marieke.doesburg@example.com", "Europe/Amsterdam")
JORIS = u("Joris Vanhaecke-Agyemang", "joris.vanhaecke@example.net", "Europe/Brussels")
TEODORO = u("Teodoro Saramago Bonsu", "teodoro.saramago@example.org", "America/Sao_Paulo")
LEONOR = u("Leonor Vasconcelos Dankwa", "leonor.vasconcelos@example.com", "Europe/Lisbon")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:12]}-{h[12:16].upper()}.{h[16:28]}.q29@{domain}>"


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


# Any message carrying one calendar event (``k21.cal_mail``).
cal_mail = for_set(k21.cal_mail, own, SEED)


# Google Calendar's later "has invited you" layout (``k21.google``).
google = for_set(k21.google, own, SEED)


def who(name: str, address: str) -> str:
    """A quote attribution ("Name <address>")."""
    return f"{name} <{address}>"


def say(
    user: User,
    slug: str,
    kind: str,
    *,
    other: tuple[str, str],
    subject: str,
    when: str,
    top: str,
    quotes: tuple[str, ...] = (),
    label: dict[str, Any],
    mine: bool = False,
    zone: str | None = None,
    reply: bool = True,
    **kw: Any,
) -> Msg:
    """One message of a conversation between the user and ``other``.

    ``mine`` sends it from the user's own address to ``other``; otherwise ``other`` writes
    to the user. ``when`` is local time in ``zone`` (the writer's; the user's by default);
    ``quotes`` is the quoted history below the new text, newest first.
    """
    frm = (user.name, user.addresses[0]) if mine else other
    to = other[1] if mine else None
    subj = (
        ("Re: " + subject) if reply and not subject.startswith(("Re:", "RE:", "AW:")) else subject
    )
    domain = other[1].split("@")[1]
    extra: dict[str, Any] = {}
    if reply:
        extra["in_reply_to"] = msgid(slug + "/previous", domain)
    return person(
        user,
        slug,
        kind,
        frm=frm,
        to=to,
        subject=subj,
        date=dh(when, zone or user.timezone),
        body=thread(top, *quotes),
        label=label,
        **extra,
        **kw,
    )


def iso(local: str, zone: str) -> str:
    """The label form of a local time (ISO 8601 with its real UTC offset)."""
    return at(local, zone).isoformat()


def day(local: str) -> str:
    """The English weekday of ``local`` ("Thursday"), for text that names only the day."""
    return at(local, "UTC").strftime("%A")


def md(local: str) -> str:
    """A US numeric date without the year ("2/5")."""
    x = at(local, "UTC")
    return f"{x.month}/{x.day}"
