"""What is new for authoring the twenty-second evaluation set: users, threads, ids.

Everything shared comes by import, unchanged: the builders of the twenty-first set's kit
(``tests.eval21.authoring.kit``: typed and vendor mail, Google's later layout, Exchange
requests with Windows zones, scheduling-tool bookings with ``.ics`` parts, the Postfix
bounce) and, through it, the date helpers, the tz-database VTIMEZONE writer and the
byte-exact MIME writer of the earlier kits. This module holds only this set's users, the
thread pieces this set leans on (Gmail, Apple and Outlook quote headers, forwarded chains,
mobile signatures) and thin wrappers that give every message this set's own Message-ID.

Labelled starts run through October and November 2041, across the autumn clock changes
(Europe on 27 October, North America on 3 November; spring in the south, where Australia
and New Zealand are already on summer time), computed with ``zoneinfo`` from the installed
tz database. Everything is invented under reserved names (RFC 2606); network addresses come
from the documentation ranges (RFC 5737).
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval22"

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
GOOGLE, OUTLOOK, APPLE, ICLOUD, ZOOM, WEBEX = (
    k21.GOOGLE,
    k21.OUTLOOK,
    k21.APPLE,
    k21.ICLOUD,
    k21.ZOOM,
    k21.WEBEX,
)
CALENDLY, ICIMS, THUNDERBIRD = k21.CALENDLY, k21.ICIMS, k21.THUNDERBIRD
WINDOWS = k21.WINDOWS
# Calendar and scheduling producers this set names (the others come from the earlier kits).
GREENHOUSE = "-//Greenhouse Software//Greenhouse Scheduler//EN"
GOODTIME = "-//GoodTime.io//GoodTime Hire//EN"
ASHBY = "-//Ashby//Ashby Scheduling//EN"
SMARTRECRUITERS = "-//SmartRecruiters//SmartRecruiters Interview//EN"
WORKDAY = "-//Workday//Workday Recruiting//EN"
LEVER = "-//Lever//Lever Scheduling//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
TALVI = User("Talvi Saarinen-Okafor", ("talvi.saarinen@example.com",), "Europe/Helsinki", "dmy")
ILZE = User("Ilze Kalniņa-Brennan", ("ilze.kalnina@example.net",), "Europe/Riga", "dmy")
KERTU = User("Kertu Tamm-Ashworth", ("kertu.tamm@example.com",), "Europe/Tallinn", "dmy")
SINDRE = User("Sindre Haugland-Mbatha", ("sindre.haugland@example.net",), "Europe/Oslo", "dmy")
FREDERIKKE = User(
    "Frederikke Holm-Adebayo", ("frederikke.holm@example.org",), "Europe/Copenhagen", "dmy"
)
ZOFIA = User("Zofia Wiśniewska-Grant", ("zofia.wisniewska@example.com",), "Europe/Warsaw", "dmy")
TEREZA = User("Tereza Dvořáková-Lynch", ("tereza.dvorakova@example.net",), "Europe/Prague", "dmy")
BENCE = User("Bence Kovács-Whitlock", ("bence.kovacs@example.org",), "Europe/Budapest", "ymd")
IOANA = User("Ioana Popescu-Harland", ("ioana.popescu@example.com",), "Europe/Bucharest", "dmy")
BOYAN = User("Boyan Petrov-Ashby", ("boyan.petrov@example.net",), "Europe/Sofia", "dmy")
NEZA = User("Neža Kranjc-Osei", ("neza.kranjc@example.org",), "Europe/Ljubljana", "dmy")
LUKE = User("Luke Camilleri-Wood", ("luke.camilleri@example.com",), "Europe/Malta", "dmy")
MARA = User("Mara Weber-Nkosi", ("mara.weber.lux@example.net",), "Europe/Luxembourg", "dmy")
TOMAS = User("Tomás Freitas-Doyle", ("tomas.freitas@example.org",), "Atlantic/Madeira", "dmy")
YAIZA = User("Yaiza Perdomo-Clarke", ("yaiza.perdomo@example.com",), "Atlantic/Canary", "dmy")
OKSANA = User("Oksana Melnyk-Harper", ("oksana.melnyk@example.net",), "Europe/Kyiv", "dmy")
NINO = User("Nino Beridze-Castle", ("nino.beridzecastle@example.org",), "Asia/Tbilisi", "dmy")
ANAHIT = User("Anahit Sargsyan-Moore", ("anahit.sargsyan@example.com",), "Asia/Yerevan", "dmy")
AIGERIM = User("Aigerim Seitkali-Blake", ("aigerim.seitkali@example.net",), "Asia/Almaty", "dmy")
DILNOZA = User("Dilnoza Yusupova-Kerr", ("dilnoza.yusupova@example.org",), "Asia/Tashkent", "dmy")
TANVIR = User("Tanvir Hossain-Everett", ("tanvir.hossain@example.com",), "Asia/Dhaka", "dmy")
DINITHI = User(
    "Dinithi Jayasuriya-Pike", ("dinithi.jayasuriya@example.net",), "Asia/Colombo", "dmy"
)
HAMZA = User("Hamza Siddiqui-Rowntree", ("hamza.siddiqui@example.org",), "Asia/Karachi", "dmy")
KEERTHANA = User(
    "Keerthana Subramaniam-Vale", ("keerthana.subramaniam@example.com",), "Asia/Kolkata", "dmy"
)
SAGUN = User("Sagun Maharjan-Ellis", ("sagun.maharjan@example.net",), "Asia/Kathmandu", "dmy")
PIMCHANOK = User("Pimchanok Srisuk-Hayward", ("pimchanok.sh@example.org",), "Asia/Bangkok", "dmy")
TRANG = User("Nguyễn Thu Trang", ("thutrang.nguyen@example.com",), "Asia/Ho_Chi_Minh", "dmy")
PAOLO = User("Paolo Dimaculangan-Rees", ("paolo.dimaculangan@example.net",), "Asia/Manila", "mdy")
RIZKY = User("Rizky Pratama-Holloway", ("rizky.pratama@example.org",), "Asia/Jakarta", "dmy")
HUIMIN = User("Teo Hui Min Rachel", ("huimin.teo.rachel@example.com",), "Asia/Singapore", "dmy")
ARVIND = User(
    "Arvind Muthusamy-Leigh", ("arvind.muthusamy@example.net",), "Asia/Kuala_Lumpur", "dmy"
)
HEIDI = User("Chan Wing-yee Heidi", ("heidi.chan.wy@example.org",), "Asia/Hong_Kong", "dmy")
PEISHAN = User("Kuo Pei-shan", ("peishan.kuo@example.com",), "Asia/Taipei", "ymd")
BOLORMAA = User(
    "Bolormaa Ganbold-Shaw", ("bolormaa.ganboldshaw@example.net",), "Asia/Ulaanbaatar", "ymd"
)
YAEL = User("Yael Mizrahi-Stone", ("yael.mizrahi@example.org",), "Asia/Jerusalem", "dmy")
RANIA = User("Rania Haddad-Fenwick", ("rania.haddad@example.com",), "Asia/Amman", "dmy")
KARIM = User("Karim Nassar-Doherty", ("karim.nassar@example.net",), "Asia/Beirut", "dmy")
NOUF = User("Nouf Al-Qahtani Baines", ("nouf.alqahtani@example.org",), "Asia/Riyadh", "dmy")
VIKRAM = User("Vikram Menon-Astley", ("vikram.menon@example.com",), "Asia/Dubai", "dmy")
MARIAM = User("Mariam Al-Kuwari Thorne", ("mariam.alkuwari@example.net",), "Asia/Qatar", "dmy")
YOUSSEF = User("Youssef Fahmy-Carter", ("youssef.fahmy@example.org",), "Africa/Cairo", "dmy")
WANJIRU = User(
    "Wanjiru Kamau-Bellamy", ("wanjiru.kamaubellamy@example.com",), "Africa/Nairobi", "dmy"
)
CHIAMAKA = User("Chiamaka Eze-Pemberton", ("chiamaka.eze@example.net",), "Africa/Lagos", "dmy")
EFUA = User("Efua Mensah-Carrington", ("efua.mensah@example.org",), "Africa/Accra", "dmy")
THABO = User("Thabo Nkosi-Vermeulen", ("thabo.nkosi@example.com",), "Africa/Johannesburg", "dmy")
NAKATO = User("Nakato Ssemanda-Price", ("nakato.ssemanda@example.net",), "Africa/Kampala", "dmy")
MWANSA = User("Mwansa Chileshe-Ward", ("mwansa.chileshe@example.org",), "Africa/Lusaka", "dmy")
SELAM = User("Selam Tesfaye-Morgan", ("selam.tesfaye@example.com",), "Africa/Addis_Ababa", "dmy")
ASHWIN = User("Ashwin Ramdin-Laval", ("ashwin.ramdin@example.net",), "Indian/Mauritius", "dmy")
PRIYAB = User("Priya Balasubramanian-Roy", ("priya.balasub@example.org",), "America/Toronto", "mdy")
DECLAN = User("Declan Yip-Harrison", ("declan.yip@example.com",), "America/Vancouver", "mdy")
MEAGHAN = User("Meaghan Boudreau-Nash", ("meaghan.boudreau@example.net",), "America/Halifax", "mdy")
CIARAN = User("Ciarán Power-Tibbo", ("ciaran.powertibbo@example.org",), "America/St_Johns", "mdy")
MARISA = User("Marisa Begaye-Holt", ("marisa.begaye@example.com",), "America/Phoenix", "mdy")
TANNER = User("Tanner Esplin-Oduya", ("tanner.esplin@example.net",), "America/Boise", "mdy")
KAYA = User("Kaya Ahnangnatoguk-Reed", ("kaya.ahnang@example.org",), "America/Anchorage", "mdy")
BRYNN = User("Brynn Ostapchuk-Dale", ("brynn.ostapchuk@example.com",), "America/Regina", "mdy")
JALEN = User(
    "Jalen Whitfield-Ames",
    ("jalen.whitfield@example.net",),
    "America/Indiana/Indianapolis",
    "mdy",
)
REBECCA = User(
    "Rebecca Adeyemi-Schultz",
    ("rebecca.adeyemi@example.org", "radeyemi.jobs@example.com"),
    "America/New_York",
    "mdy",
)
OWEN = User("Owen Fitzgerald-Mensah", ("owen.fitzgerald@example.com",), "America/New_York", "mdy")
TIANA = User("Tiana Brooks-Valdez", ("tiana.brooksvaldez@example.net",), "America/Chicago", "mdy")
SAWYER = User("Sawyer Kimura-Lowe", ("sawyer.kimura@example.org",), "America/Denver", "mdy")
HANA = User("Hana Pham-Gallagher", ("hana.pham@example.com",), "America/Los_Angeles", "mdy")
ARJUN = User(
    "Arjun Mehta-Lindgren", ("arjun.mehtalindgren@example.net",), "America/Los_Angeles", "mdy"
)
GABRIELA = User(
    "Gabriela Rivera-Quiñones", ("gabriela.riveraq@example.org",), "America/Puerto_Rico", "mdy"
)
ANDRE = User(
    "Andre Campbell-Thorpe", ("andre.campbellthorpe@example.com",), "America/Jamaica", "dmy"
)
MITCHELL = User("Mitchell Ng-Carruthers", ("mitchell.ng@example.net",), "Australia/Perth", "dmy")
ELLA = User("Ella Karpany-Wright", ("ella.karpany@example.org",), "Australia/Adelaide", "dmy")
LIAM = User("Liam Tuimavave-Cross", ("liam.tuimavave@example.com",), "Australia/Brisbane", "dmy")
ISLA = User("Isla Petrakis-Burns", ("isla.petrakis@example.net",), "Australia/Hobart", "dmy")
SOPHIE = User(
    "Sophie Nguyen-Barrett", ("sophie.nguyenbarrett@example.org",), "Australia/Melbourne", "dmy"
)
LOSANA = User("Losana Vuniwaqa-Hart", ("losana.vuniwaqa@example.com",), "Pacific/Fiji", "dmy")
SINA = User("Sina Leota-Fraser", ("sina.leota@example.net",), "Pacific/Apia", "dmy")
JOAQUIN = User("Joaquin Cruz-Sablan", ("joaquin.cruzsablan@example.org",), "Pacific/Guam", "mdy")
HARUKA = User("Fujita Haruka", ("haruka.fujita.dev@example.com",), "Asia/Tokyo", "ymd")
SEOYEON = User("Yoon Seo-yeon", ("seoyeon.yoon.pm@example.net",), "Asia/Seoul", "ymd")
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
JANNIK = User("Jannik Petersen-Owusu", ("jannik.petersen@example.com",), "Europe/Berlin", "dmy")
FRIEDERIKE = User(
    "Friederike Lindner-Abara", ("friederike.lindner@example.net",), "Europe/Berlin", "dmy"
)
VERONIKA = User("Veronika Strobl-Adu", ("veronika.strobl@example.org",), "Europe/Vienna", "dmy")
SELINA = User("Selina Marxer-Obi", ("selina.marxer@example.com",), "Europe/Vaduz", "dmy")
CLEMENCE = User("Clémence Baudry-Nguema", ("clemence.baudry@example.net",), "Europe/Paris", "dmy")
ETIENNE = User("Étienne Lapointe-Diop", ("etienne.lapointe@example.org",), "America/Toronto", "ymd")
AWA = User("Awa Ndiaye-Lefèvre", ("awa.ndiaye@example.com",), "Africa/Dakar", "dmy")
LOIC = User("Loïc Payet-Técher", ("loic.payettecher@example.net",), "Indian/Reunion", "dmy")
VALERIA = User("Valeria Rincón Mejía", ("valeria.rincon@example.org",), "America/Bogota", "dmy")
TOMASF = User(
    "Tomás Fuenzalida Rojas", ("tomas.fuenzalida@example.com",), "America/Santiago", "dmy"
)
LUCIA = User("Lucía Ferrer Climent", ("lucia.ferrer@example.net",), "Europe/Madrid", "dmy")
RODRIGO = User(
    "Rodrigo Arosemena Pinzón", ("rodrigo.arosemena@example.org",), "America/Panama", "dmy"
)
CHIARA = User("Chiara Bertola-Asare", ("chiara.bertola@example.com",), "Europe/Rome", "dmy")
SALVATORE = User(
    "Salvatore Lo Bianco-Eze", ("salvatore.lobianco@example.net",), "Europe/Rome", "dmy"
)
ELISA = User("Elisa Gasperoni-Mba", ("elisa.gasperonimba@example.org",), "Europe/San_Marino", "dmy")
DAAN = User("Daan Verhoef-Boateng", ("daan.verhoef@example.com",), "Europe/Amsterdam", "dmy")
LIEN = User("Lien De Smet-Okoro", ("lien.desmet@example.net",), "Europe/Brussels", "dmy")
RAJESH = User(
    "Rajesh Ramsaran-Kromo", ("rajesh.ramsaran@example.org",), "America/Paramaribo", "dmy"
)
INES = User("Inês Carvalhal Morais", ("ines.carvalhal@example.com",), "Europe/Lisbon", "dmy")
THAIS = User("Thaís Menezes Duarte", ("thais.menezes@example.net",), "America/Sao_Paulo", "dmy")
NZINGA = User("Nzinga Bastos Cardoso", ("nzinga.bastos@example.org",), "Africa/Luanda", "dmy")
SHELTON = User(
    "Shelton Macuácua Nhantumbo", ("shelton.macuacua@example.com",), "Africa/Maputo", "dmy"
)

# Signatures mobile clients append below a short reply.
IPHONE = "Sent from my iPhone"
ANDROID = "Sent from my Galaxy"
OUTLOOK_MOBILE = "Get Outlook for iOS<https://aka.ms/o0ukef>"


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:8].upper()}-{h[8:12]}-{h[12:28]}.x22@{domain}>"


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
    return own(k21.outlook(user, slug, kind, **kw))


def booking(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """A scheduling tool's or ATS's notification with its ``.ics`` (``k21.booking``)."""
    return own(k21.booking(user, slug, kind, **kw))


def cal_mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Any message carrying one calendar event (``k21.cal_mail``)."""
    return own(k21.cal_mail(user, slug, kind, **kw))


def bounce(user: User, slug: str, **kw: Any) -> Msg:
    """A Postfix non-delivery report (``k21.bounce``) with this set's Message-ID."""
    msg = k21.bounce(user, slug, **kw)
    return own(msg)


# --- Threads ---------------------------------------------------------------------------------


def gq(local: str, zone: str, who: str, body: str) -> str:
    """A Gmail-quoted earlier message ("On Tue, Oct 15, 2041 at 9:12 AM X wrote:")."""
    return k4.quoted(local, zone, who, body, "gmail")


def aq(local: str, zone: str, who: str, body: str) -> str:
    """An Apple Mail quote ("On 15 Oct 2041, at 09:12, X wrote:")."""
    return k4.quoted(local, zone, who, body, "apple")


def oq(local: str, zone: str, frm: str, to: str, subject: str, body: str) -> str:
    """An Outlook quote header block (From / Sent / To / Subject) above the earlier text."""
    return "\n" + k14.forwarded(local, zone, frm, to, subject, body, "outlook")


def fw(
    local: str, zone: str, frm: str, to: str, subject: str, body: str, style: str = "gmail"
) -> str:
    """A forwarded message block (Gmail, Outlook or Apple shape)."""
    return k14.forwarded(local, zone, frm, to, subject, body, style)


def lq(head: str, body: str) -> str:
    """A quote under the attribution line a client writes in another language (``head``)."""
    return (
        f"\n{head}\n\n"
        + "\n".join("> " + ln if ln else ">" for ln in body.strip().split("\n"))
        + "\n"
    )


def thread(top: str, *below: str) -> str:
    """A reply: the new text on top, the quoted history below it."""
    return top.strip() + "\n" + "".join(below)
