"""What is new for authoring the twenty-fifth evaluation set: users, producers, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(``tests.eval21.authoring.kit``: typed and vendor mail, Exchange requests with Windows
zones, scheduling-tool bookings with ``.ics`` parts), the thread pieces of the
twenty-second set's kit (Gmail, Apple and Outlook quote headers, localised attribution
lines), the producer identifiers of the twenty-third and twenty-fourth sets' kits and,
through them, the date helpers, the tz-database VTIMEZONE writer and the byte-exact MIME
writer of the earlier kits. This module holds only this set's users, the producer
identifiers of the tools it adds, thin wrappers that give every message this set's own
Message-ID, and ``wk``, the weekday name of a date in the six other languages.

Labelled starts run from January to March 2044: the North American change of 13 March (second Sunday),
the European Union's of 27 March, Chile, Brazil (no DST since 2019), Australia and New
Zealand in their summer time, beside zones without DST; every offset comes from
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

SEED = "/eval25"

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
GEM, CALENDLY = k21.GEM, k21.CALENDLY
GREENHOUSE, GOODTIME, ASHBY, LEVER = k22.GREENHOUSE, k22.GOODTIME, k22.ASHBY, k22.LEVER
TEAMTAILOR, PERSONIO = k23.TEAMTAILOR, k23.PERSONIO
WORKABLE, SOFTGARDEN, WTTJ, JOIN = k24.WORKABLE, k24.SOFTGARDEN, k24.WTTJ, k24.JOIN
WINDOWS = k21.WINDOWS
table = k24.table
# Calendar and scheduling producers this set adds (as their calendar files name them).
GUPY = "-//Gupy//Gupy Agenda//PT"
RECRUITEE = "-//Recruitee//Recruitee Calendar//EN"
TEAMS = "-//Microsoft Corporation//Microsoft Teams//EN"
MSBOOKINGS = "-//Microsoft Corporation//Bookings//EN"
CRONOFY = "-//Cronofy//Scheduler//EN"

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
    """The weekday of ``local`` in ``lang`` (for numeric dates such as "Dienstag, 13.02.")."""
    return _WK[lang][at(local, "UTC").weekday()]


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


# --- Users: mailbox owners, all new to the sets ----------------------------------------------
# German-reading users.
HANNELORE = u("Hannelore Quast-Adebayo", "hannelore.quast@example.com", "Europe/Berlin")
BENEDIKT = u("Benedikt Sauerwein-Ofori", "benedikt.sauerwein@example.net", "Europe/Berlin")
ROSWITHA = u("Roswitha Pichlmayr-Donkor", "roswitha.pichlmayr@example.org", "Europe/Vienna")
GIAN = u("Gian-Reto Caduff-Mensah", "gianreto.caduff@example.com", "Europe/Zurich")
LEOKADIA = u("Leokadia Sturmfels-Agyeman", "leokadia.sturmfels@example.net", "Europe/Berlin")
OTTOKAR = u("Ottokar Vielhauer-Badu", "ottokar.vielhauer@example.org", "Europe/Berlin")
WALBURGA = u("Walburga Teichmann-Osei", "walburga.teichmann@example.com", "Europe/Vienna")
MECHTHILD = u("Mechthild Rauscher-Ampah", "mechthild.rauscher@example.net", "Europe/Berlin")
FRIDOLIN = u("Fridolin Zumstein-Kwakye", "fridolin.zumstein@example.org", "Europe/Zurich")
JOST = u("Jost Brüggemann-Ntim", "jost.brueggemann@example.com", "Europe/Berlin")
RAPHAELA = u("Raphaela Mooslechner-Aidoo", "raphaela.mooslechner@example.net", "Europe/Vienna")
# French-reading users.
APOLLINE = u("Apolline Vercoutre-Sanou", "apolline.vercoutre@example.com", "Europe/Paris")
BAUDOUIN = u("Baudouin Lemmens-Akakpo", "baudouin.lemmens@example.net", "Europe/Brussels")
CLEOPHEE = u(
    "Cléophée Thibodeau-Nyamekye", "cleophee.thibodeau@example.org", "America/Toronto", "ymd"
)
DIEUDONNE = u("Dieudonné Ouédraogo-Marsan", "dieudonne.ouedraogo@example.com", "Africa/Abidjan")
EULALIE = u("Eulalie Favre-Dossou", "eulalie.favre@example.net", "Europe/Zurich")
FLORESTAN = u("Florestan Guérin-Kpodo", "florestan.guerin@example.org", "Europe/Paris")
GISLAINE = u("Gislaine Ndiaye-Roussel", "gislaine.ndiaye@example.com", "Africa/Dakar")
HONORINE = u("Honorine Lacasse-Mbemba", "honorine.lacasse@example.net", "Europe/Paris")
ISAURE = u("Isaure Dumoulin-Adjaho", "isaure.dumoulin@example.org", "Europe/Brussels")
JOACHIM = u("Joachim Perrenoud-Bamba", "joachim.perrenoud@example.com", "Europe/Zurich")
# Spanish-reading users.
ARANTXA = u("Arantxa Zubizarreta Obeng", "arantxa.zubizarreta@example.com", "Europe/Madrid")
BALTASAR = u("Baltasar Iturbide Quaye", "baltasar.iturbide@example.net", "America/Mexico_City")
CATALINA = u("Catalina Restrepo Amoako", "catalina.restrepo.a@example.org", "America/Bogota")
DELFINA = u(
    "Delfina Echeverry Tawiah", "delfina.echeverry@example.com", "America/Argentina/Buenos_Aires"
)
ESTEBAN = u("Esteban Aldunate Boakye", "esteban.aldunate@example.net", "America/Santiago")
FUENSANTA = u("Fuensanta Olmedo Kyei", "fuensanta.olmedo@example.org", "Europe/Madrid")
GUMERSINDO = u("Gumersindo Treviño Asare", "gumersindo.trevino@example.com", "America/Monterrey")
HORTENSIA = u("Hortensia Villamizar Addo", "hortensia.villamizar@example.net", "America/Bogota")
INMACULADA = u("Inmaculada Garrigues Ansah", "inmaculada.garrigues@example.org", "Europe/Madrid")
JACINTO = u("Jacinto Pellicer Owusu", "jacinto.pellicer@example.com", "Atlantic/Canary")
# Italian- and Dutch-reading users.
ALBERICO = u("Alberico Vismara-Opoku", "alberico.vismara@example.com", "Europe/Rome")
BEATRICE = u("Beatrice Scaramuzza-Adomako", "beatrice.scaramuzza@example.net", "Europe/Rome")
CORRADO = u("Corrado Lupattelli-Ampofo", "corrado.lupattelli@example.org", "Europe/Rome")
DONATELLA = u("Donatella Farinacci-Bekoe", "donatella.farinacci@example.com", "Europe/Rome")
EMMEKE = u("Emmeke Huisintveld-Asante", "emmeke.huisintveld@example.net", "Europe/Amsterdam")
FOKKE = u("Fokke Wijnbergen-Darko", "fokke.wijnbergen@example.org", "Europe/Amsterdam")
GEERTRUI = u("Geertrui Vanoverbeke-Nti", "geertrui.vanoverbeke@example.com", "Europe/Brussels")
HIDDE = u("Hidde Schoonderwoerd-Agyei", "hidde.schoonderwoerd@example.net", "Europe/Amsterdam")
# Portuguese-reading users.
AURELIANO = u(
    "Aureliano Bittencourt Sarpong", "aureliano.bittencourt@example.com", "America/Sao_Paulo"
)
BENEDITA = u("Benedita Sottomayor Quarcoo", "benedita.sottomayor@example.net", "Europe/Lisbon")
CLEMENTINO = u("Clementino Van-Dúnem Addai", "clementino.vandunem@example.org", "Africa/Luanda")
DULCINEIA = u("Dulcinéia Cavalcanti Ofosu", "dulcineia.cavalcanti@example.com", "America/Recife")
EVARISTO = u("Evaristo Magalhães Twum", "evaristo.magalhaes@example.net", "Europe/Lisbon")
FILIPA = u("Filipa Albuquerque Yeboah", "filipa.albuquerque.y@example.org", "America/Sao_Paulo")
# English-reading users.
ARABELLA = u("Arabella Penhaligon-Osei", "arabella.penhaligon@example.com", "Europe/London")
BARNABY = u(
    "Barnaby Featherstone-Adu", "barnaby.featherstone@example.net", "America/New_York", "mdy"
)
CORDELIA = u("Cordelia Ashdown-Kuffour", "cordelia.ashdown@example.org", "America/Chicago", "mdy")
DEVIKA = u("Devika Raghunathan-Moss", "devika.raghunathan@example.com", "Asia/Kolkata")
EZEKIEL = u("Ezekiel Oyelaran-Price", "ezekiel.oyelaran@example.net", "Africa/Lagos")
FINNIAN = u("Finnian Dunleavy-Appiah", "finnian.dunleavy@example.org", "Australia/Sydney")
GRISELDA = u(
    "Griselda Hawtrey-Nkrumah", "griselda.hawtrey@example.com", "America/Los_Angeles", "mdy"
)
HORATIO = u("Horatio Blackwood-Sefa", "horatio.blackwood@example.net", "Pacific/Auckland")
IMOGEN = u("Imogen Carstairs-Bediako", "imogen.carstairs@example.org", "Europe/London")
JASPAL = u("Jaspal Dhillon-Whitcombe", "jaspal.dhillon@example.com", "Asia/Singapore")
KEZIAH = u("Keziah Wanjiru-Hollis", "keziah.wanjiru@example.net", "Africa/Nairobi")
LYSANDER = u("Lysander Pemberton-Ako", "lysander.pemberton@example.org", "America/Denver", "mdy")
MIRABEL = u("Mirabel Okonjo-Fairfax", "mirabel.okonjo@example.com", "Africa/Johannesburg")
NEVILLE = u("Neville Thackeray-Gyasi", "neville.thackeray@example.net", "Australia/Brisbane")
OPHELIA = u("Ophelia Marchetti-Dodd", "ophelia.marchetti@example.org", "America/Toronto", "mdy")
PRIYAMVADA = u("Priyamvada Iyengar-Cole", "priyamvada.iyengar@example.com", "Asia/Kolkata")
QUENTINA = u(
    "Quentina Ravensworth-Ali", "quentina.ravensworth@example.net", "America/Phoenix", "mdy"
)
RUFUS = u("Rufus Ellingham-Mensah", "rufus.ellingham@example.org", "Europe/London")
SERAPHINA = u("Seraphina Goodwin-Oteng", "seraphina.goodwin@example.com", "Australia/Adelaide")
TARQUIN = u("Tarquin Westmacott-Aboagye", "tarquin.westmacott@example.net", "Asia/Tokyo", "ymd")
ULYSSA = u("Ulyssa Fennimore-Bawa", "ulyssa.fennimore@example.org", "America/Halifax", "mdy")
VERITY = u("Verity Lockwood-Amankwah", "verity.lockwood@example.com", "Asia/Hong_Kong")
WINIFRED = u("Winifred Ashcombe-Danso", "winifred.ashcombe@example.net", "Africa/Accra")
XANTHE = u("Xanthe Delacourt-Osafo", "xanthe.delacourt@example.org", "America/Vancouver", "mdy")
YORICK = u("Yorick Somerton-Adjei", "yorick.somerton@example.com", "Asia/Dubai")
ZENOBIA = u("Zenobia Harcourt-Amoah", "zenobia.harcourt@example.net", "America/New_York", "mdy")
AMARYLLIS = u(
    "Amaryllis Thornbury-Acheampong", "amaryllis.thornbury@example.org", "America/Chicago", "mdy"
)
BARTHOLOMEW = u("Bartholomew Quist-Ellery", "bartholomew.quist@example.com", "Europe/London")
CALLIOPE = u("Calliope Drummond-Asiedu", "calliope.drummond@example.net", "America/New_York", "mdy")
DAMARIS = u("Damaris Whitlow-Ofori", "damaris.whitlow@example.org", "Asia/Manila", "mdy")
EMRYS = u("Emrys Carlyon-Boateng", "emrys.carlyon@example.com", "Europe/London")
FEODORA = u("Feodora Lindqvist-Amoako", "feodora.lindqvist@example.net", "Europe/Stockholm")
GIDEON = u("Gideon Achterberg-Sowah", "gideon.achterberg@example.org", "America/Los_Angeles", "mdy")
HEPZIBAH = u("Hepzibah Marlowe-Quansah", "hepzibah.marlowe@example.com", "Australia/Melbourne")
ISHAAN = u("Ishaan Mehrotra-Vale", "ishaan.mehrotra.v@example.net", "Asia/Kolkata")
JUNO = u("Juno Halloran-Asamoah", "juno.halloran@example.org", "Europe/Dublin")
KASIMIR = u("Kasimir Wrenfield-Dogbe", "kasimir.wrenfield@example.com", "America/Edmonton", "mdy")
LUCASTA = u("Lucasta Penrose-Amponsah", "lucasta.penrose@example.net", "Asia/Seoul", "ymd")
MALACHY = u("Malachy Fitzwarren-Ansong", "malachy.fitzwarren@example.org", "America/Sao_Paulo")
ALOYSIUS = u("Aloysius Brackenbury-Nyarko", "aloysius.brackenbury@example.net", "Europe/London")
BRIONY = u("Briony Castlemaine-Adom", "briony.castlemaine@example.org", "America/New_York", "mdy")
CORNELIUS = u(
    "Cornelius Ravenhill-Agyare", "cornelius.ravenhill@example.com", "America/Chicago", "mdy"
)
DRUSILLA = u("Drusilla Waverton-Oduro", "drusilla.waverton@example.net", "Australia/Perth")
EGLANTINE = u("Eglantine Mortlake-Frimpong", "eglantine.mortlake@example.org", "Asia/Kuala_Lumpur")
FABIAN = u("Fabian Kettleby-Ampomah", "fabian.kettleby@example.com", "America/Los_Angeles", "mdy")
GWENLLIAN = u("Gwenllian Foxcroft-Asante", "gwenllian.foxcroft@example.net", "Europe/London")
HUMPHREY = u(
    "Humphrey Ingleby-Ofosuhene", "humphrey.ingleby@example.org", "America/Anchorage", "mdy"
)
AUGUSTA = u(
    "Augusta Penwarden-Kyeremeh", "augusta.penwarden@example.com", "America/New_York", "mdy"
)
BENEDICK = u("Benedick Strachan-Afriyie", "benedick.strachan@example.net", "Europe/London")
CHARULATA = u("Charulata Bhargava-Lyle", "charulata.bhargava@example.org", "Asia/Kolkata")
DORIAN = u("Dorian Vandeleur-Amissah", "dorian.vandeleur@example.com", "Africa/Johannesburg")
ELSPETH = u("Elspeth Gilchrist-Awuah", "elspeth.gilchrist@example.net", "Asia/Bangkok")
FITZGERALD = u("Fitzgerald Okwuosa-Penn", "fitzgerald.okwuosa@example.org", "Asia/Jakarta")
GENEVIEVE = u("Genevieve Hartigan-Mawuli", "genevieve.hartigan@example.com", "Australia/Hobart")
HALCYON = u(
    "Halcyon Brightwater-Essuman", "halcyon.brightwater@example.net", "America/Winnipeg", "mdy"
)
ISOLDA = u("Isolda Treloar-Agbeko", "isolda.treloar@example.org", "America/Puerto_Rico", "mdy")
JOSIAH = u("Josiah Umberleigh-Tetteh", "josiah.umberleigh@example.com", "Asia/Karachi")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:10]}.{h[10:14].upper()}{h[14:26]}-y25@{domain}>"


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
