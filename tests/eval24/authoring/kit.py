"""What is new for authoring the twenty-fourth evaluation set: users, producers, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(``tests.eval21.authoring.kit``: typed and vendor mail, Google's later layout, Exchange
requests with Windows zones, scheduling-tool bookings with ``.ics`` parts, the Postfix
bounce), the thread pieces of the twenty-second set's kit (Gmail, Apple and Outlook quote
headers, forwarded blocks, localised attribution lines), the producer identifiers of the
twenty-third set's kit and, through them, the date helpers, the tz-database VTIMEZONE
writer and the byte-exact MIME writer of the earlier kits. This module holds only this
set's users, the producer identifiers of the tools it adds, and thin wrappers that give
every message this set's own Message-ID.

Labelled starts run from September to November 2043, across the spring clock changes of
the south (Chile on 6 September, New Zealand on 27 September, Australia on 4 October) and
the autumn changes of the north (the European Union and Israel on 25 October, Egypt on
30 October, the United States and Canada on 1 November), beside zones without DST; every
offset comes from ``zoneinfo`` and the installed tz database. Everything is invented under
reserved names (RFC 2606); network addresses come from the documentation ranges (RFC 5737).
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
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval24"

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
MODERNLOOP, GEM, PARADOX, RIPPLING = k21.MODERNLOOP, k21.GEM, k21.PARADOX, k21.RIPPLING
GREENHOUSE, GOODTIME = k22.GREENHOUSE, k22.GOODTIME
TEAMTAILOR, PERSONIO = k23.TEAMTAILOR, k23.PERSONIO
WINDOWS = k21.WINDOWS
# Calendar and scheduling producers this set adds (as their calendar files name them).
WORKABLE = "-//Workable//Workable Calendar//EN"
ZOHO = "-//Zoho Corporation//Zoho Recruit//EN"
HIREVUE = "-//HireVue//HireVue Scheduling//EN"
AVATURE = "-//Avature//Avature Interview Scheduling//EN"
PRELUDE = "-//Prelude//Prelude Scheduling//EN"
ZOOM_SCHEDULER = "-//Zoom Video Communications//Zoom Scheduler//EN"
DOODLE = "-//Doodle AG//Doodle Booking//EN"
RECRUITERFLOW = "-//Recruiterflow//Recruiterflow Scheduler//EN"
MANATAL = "-//Manatal//Manatal Recruit//EN"
COMEET = "-//Comeet//Comeet Scheduling//EN"
JOIN = "-//JOIN Solutions AG//JOIN Calendar//DE"
SOFTGARDEN = "-//softgarden e-recruiting GmbH//softgarden Interview//DE"
DVINCI = "-//d.vinci HR-Systems GmbH//d.vinci Terminbuchung//DE"
WTTJ = "-//Welcome to the Jungle//WTTJ Scheduling//FR"
FLATCHR = "-//Flatchr//Flatchr Agenda//FR"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# English-reading users.
ROSALIND = User(
    "Rosalind Achterberg-Nyame", ("rosalind.achterberg@example.com",), "America/New_York", "mdy"
)
TOBIAS = User("Tobias Wexford-Anim", ("tobias.wexford@example.net",), "Europe/London", "dmy")
MARGUERITE = User(
    "Marguerite Ossei-Lanham", ("marguerite.ossei@example.org",), "America/Chicago", "mdy"
)
ANWEN = User("Anwen Treharne-Boakye", ("anwen.treharne@example.com",), "Europe/London", "dmy")
KOFI = User("Kofi Amponsah-Reeve", ("kofi.amponsah@example.net",), "Africa/Accra", "dmy")
LIOR = User("Lior Ben-Ami Whitford", ("lior.benami@example.org",), "Asia/Jerusalem", "dmy")
PRUDENCE = User(
    "Prudence Haldane-Osei", ("prudence.haldane@example.com",), "America/Los_Angeles", "mdy"
)
SEBASTIAN = User(
    "Sebastian Marlow-Quaye", ("sebastian.marlow@example.net",), "Australia/Sydney", "dmy"
)
ODETTE = User("Odette Fairbairn-Kimani", ("odette.fairbairn@example.org",), "Africa/Nairobi", "dmy")
RAFFERTY = User(
    "Rafferty Colquhoun-Ede", ("rafferty.colquhoun@example.com",), "Europe/Dublin", "dmy"
)
TAMAR = User("Tamar Goldfarb-Asiedu", ("tamar.goldfarb@example.net",), "America/Toronto", "mdy")
CASSIUS = User("Cassius Oduro-Wilkes", ("cassius.oduro@example.org",), "America/Denver", "mdy")
ISOLDE = User("Isolde Brannigan-Tetteh", ("isolde.brannigan@example.com",), "Europe/Berlin", "dmy")
VIHAAN = User("Vihaan Kulkarni-Shore", ("vihaan.kulkarni@example.net",), "Asia/Kolkata", "dmy")
MAHALIA = User("Mahalia Grieve-Obeng", ("mahalia.grieve@example.org",), "Pacific/Auckland", "dmy")
EVERETT = User("Everett Ansah-Colley", ("everett.ansah@example.com",), "America/Phoenix", "mdy")
BRONWYN = User(
    "Bronwyn Tregear-Addo", ("bronwyn.tregear@example.net",), "Australia/Brisbane", "dmy"
)
FENELLA = User("Fenella Ruddock-Asamoah", ("fenella.ruddock@example.org",), "Europe/London", "dmy")
IKAIKA = User("Ikaika Kealoha-Brent", ("ikaika.kealoha@example.com",), "Pacific/Honolulu", "mdy")
JESSAMY = User("Jessamy Pell-Ofori", ("jessamy.pell@example.net",), "America/Halifax", "mdy")
KWAME = User("Kwame Boadi-Fenwick", ("kwame.boadi@example.org",), "Europe/London", "dmy")
LETICIA = User("Leticia Vance-Abara", ("leticia.vance@example.com",), "America/New_York", "mdy")
MORWENNA = User("Morwenna Penrose-Adu", ("morwenna.penrose@example.net",), "Europe/London", "dmy")
NIKHIL = User(
    "Nikhil Subramaniam-Kerr", ("nikhil.subramaniam@example.org",), "Asia/Singapore", "dmy"
)
OONAGH = User("Oonagh Sheridan-Kuti", ("oonagh.sheridan@example.com",), "Europe/Dublin", "dmy")
PERCIVAL = User("Percival Oyedele-Hart", ("percival.oyedele@example.net",), "Africa/Lagos", "dmy")
QUILLA = User("Quilla Mamani-Royce", ("quilla.mamani@example.org",), "America/La_Paz", "dmy")
ROSCOE = User("Roscoe Akinola-Bray", ("roscoe.akinola@example.com",), "America/Chicago", "mdy")
SAFFRON = User(
    "Saffron Ellacott-Mensa", ("saffron.ellacott@example.net",), "Australia/Melbourne", "dmy"
)
THADDEUS = User(
    "Thaddeus Gyamfi-Low", ("thaddeus.gyamfi@example.org",), "America/Los_Angeles", "mdy"
)
UNA = User("Una Devlin-Opoku", ("una.devlin@example.com",), "Europe/London", "dmy")
VALENTINA = User(
    "Valentina Okoro-Sands", ("valentina.okoro@example.net",), "America/Santiago", "dmy"
)
WYNNE = User("Wynne Carrick-Adomah", ("wynne.carrick@example.org",), "America/Edmonton", "mdy")
YASMIN = User("Yasmin Rahimi-Holt", ("yasmin.rahimi@example.com",), "Asia/Dubai", "dmy")
ZEPHYR = User("Zephyr Oakes-Mbeki", ("zephyr.oakes@example.net",), "America/Vancouver", "mdy")
AUGUSTINE = User(
    "Augustine Nyarko-Pell", ("augustine.nyarko@example.org",), "Africa/Johannesburg", "dmy"
)
BLYTHE = User("Blythe Corrigan-Osei", ("blythe.corrigan@example.com",), "America/New_York", "mdy")
CRESSIDA = User("Cressida Vane-Acheampong", ("cressida.vane@example.net",), "Europe/London", "dmy")
DASHIELL = User("Dashiell Moreau-Twum", ("dashiell.moreau@example.org",), "America/Chicago", "mdy")
EILUNED = User("Eiluned Prys-Agyei", ("eiluned.prys@example.com",), "Europe/London", "dmy")
FARIDA = User("Farida Osman-Leclair", ("farida.osman@example.net",), "Africa/Cairo", "dmy")
GWENDOLYN = User(
    "Gwendolyn Asher-Baffoe", ("gwendolyn.asher@example.org",), "America/Los_Angeles", "mdy"
)
HIRAM = User("Hiram Lockhart-Dzane", ("hiram.lockhart@example.com",), "America/Detroit", "mdy")
INES = User("Ines Waverley-Kwarteng", ("ines.waverley@example.net",), "Australia/Perth", "dmy")
JAGO = User(
    "Jago Trelawny-Asante",
    ("jago.trelawny@example.org", "jago.trelawny.home@example.net"),
    "Europe/London",
    "dmy",
)
KEALA = User("Keala Makoa-Lindgren", ("keala.makoa@example.com",), "Pacific/Auckland", "dmy")
LAZARUS = User("Lazarus Owusu-Hale", ("lazarus.owusu@example.net",), "America/Toronto", "mdy")
MINERVA = User(
    "Minerva Castell-Donkor", ("minerva.castell@example.org",), "Europe/Stockholm", "dmy"
)
NIALL = User("Niall Garvey-Adjei", ("niall.garvey@example.com",), "Europe/Dublin", "dmy")
OCTAVIA = User("Octavia Thorne-Bekoe", ("octavia.thorne@example.net",), "America/New_York", "mdy")
PAXTON = User("Paxton Reid-Acquah", ("paxton.reid@example.org",), "America/Chicago", "mdy")
ROHINI = User("Rohini Bhattacharya-Lowe", ("rohini.bhatta@example.com",), "Asia/Kolkata", "dmy")
SORCHA = User("Sorcha Nic Giolla-Essien", ("sorcha.nicgiolla@example.net",), "Europe/Dublin", "dmy")
TEMPERANCE = User(
    "Temperance Boyle-Amoah", ("temperance.boyle@example.org",), "America/Sao_Paulo", "dmy"
)
ULRIKE = User("Ulrike Sandvik-Oppong", ("ulrike.sandvik@example.com",), "Europe/Copenhagen", "dmy")
VAUGHN = User("Vaughn Kessler-Addai", ("vaughn.kessler@example.net",), "America/Anchorage", "mdy")
WILHELMINA = User("Wilhelmina Croft-Nartey", ("wilhelmina.croft@example.org",), "Asia/Tokyo", "ymd")
HYERIN = User("Seo Hye-rin", ("hyerin.seo.pm@example.com",), "Asia/Seoul", "ymd")
XIAOLING = User("Lin Xiaoling", ("xiaoling.lin.ux@example.net",), "Asia/Shanghai", "ymd")
AMBROSE = User("Ambrose Keane-Tawiah", ("ambrose.keane@example.org",), "Asia/Manila", "mdy")
BEATA = User("Beata Nowicka-Ampofo", ("beata.nowicka@example.com",), "Europe/Warsaw", "dmy")
CORISANDE = User("Corisande Ashe-Yeboah", ("corisande.ashe@example.net",), "America/Regina", "mdy")
DOMINIC = User(
    "Dominic Ferrante-Kuffour", ("dominic.ferrante@example.org",), "Australia/Adelaide", "dmy"
)
EMERSON = User("Emerson Pryor-Antwi", ("emerson.pryor@example.com",), "America/Bogota", "mdy")
FLAVIA = User("Flavia Onwuka-Ridley", ("flavia.onwuka@example.net",), "Asia/Karachi", "dmy")
GARETH = User("Gareth Llewellyn-Bonsu", ("gareth.llewellyn@example.org",), "Asia/Hong_Kong", "dmy")
HONORA = User("Honora Quinlan-Attah", ("honora.quinlan@example.com",), "Europe/Helsinki", "dmy")
IVO = User("Ivo Marchbank-Sarpong", ("ivo.marchbank@example.net",), "Europe/Athens", "dmy")
JUNIPER = User("Juniper Hale-Owusu", ("juniper.hale@example.org",), "America/Winnipeg", "mdy")
KIT = User("Kit Somerville-Asare", ("kit.somerville@example.com",), "Asia/Kuala_Lumpur", "dmy")
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
WENDELIN = User(
    "Wendelin Hochreiter-Asiamah", ("wendelin.hochreiter@example.net",), "Europe/Vienna", "dmy"
)
FRIEDERIKE = User("Friederike Lanz-Owusu", ("friederike.lanz@example.org",), "Europe/Berlin", "dmy")
URS = User("Urs Bächtold-Nkansah", ("urs.baechtold@example.com",), "Europe/Zurich", "dmy")
SOLENNE = User("Solenne Garnier-Adjovi", ("solenne.garnier@example.net",), "Europe/Paris", "dmy")
ELIOTT = User("Éliott Marchand-Sow", ("eliott.marchand@example.org",), "America/Toronto", "ymd")
MAXENCE = User("Maxence Dufresne-Koné", ("maxence.dufresne@example.com",), "Africa/Dakar", "dmy")
AINHOA = User("Ainhoa Etxeberria Soler", ("ainhoa.etxeberria@example.net",), "Europe/Madrid", "dmy")
TOMASA = User("Tomasa Villalobos Rey", ("tomasa.villalobos@example.org",), "America/Bogota", "dmy")
IGNACIA = User(
    "Ignacia Larraín Fuentes", ("ignacia.fuentes.l@example.com",), "America/Santiago", "dmy"
)
RODRIGO = User(
    "Rodrigo Benavides Ortiz", ("rodrigo.benavides@example.net",), "America/Mexico_City", "dmy"
)
COSTANZA = User("Costanza Bellandi-Ofosu", ("costanza.bellandi@example.org",), "Europe/Rome", "dmy")
GIOELE = User("Gioele Pellegatta-Ansah", ("gioele.pellegatta@example.com",), "Europe/Rome", "dmy")
MARIEKE = User(
    "Marieke Verhoeven-Boateng", ("marieke.verhoeven@example.net",), "Europe/Amsterdam", "dmy"
)
JORIS = User("Joris De Smedt-Owusu", ("joris.desmedt@example.org",), "Europe/Brussels", "dmy")
ISADORA = User(
    "Isadora Quintela Moura", ("isadora.quintela@example.com",), "America/Sao_Paulo", "dmy"
)
GONCALO = User("Gonçalo Arruda Pires", ("goncalo.arruda@example.net",), "Europe/Lisbon", "dmy")
ANTONIA = User(
    "Antônia Brandão Lacerda", ("antonia.brandao@example.org",), "America/Fortaleza", "dmy"
)


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16].upper()}.{h[16:28]}.x24@{domain}>"


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


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    """An HTML schedule table as ATS and recruiter templates lay one out."""
    cells = "".join(f'<th align="left">{h}</th>' for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">\n'
        f"<tr>{cells}</tr>\n{body}</table>"
    )
