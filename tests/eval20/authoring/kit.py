"""What is new for authoring the twentieth evaluation set: users, zones, producers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer, the
calendar event writer and ``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``);
the vendor and person-typed builders, the forwarding block, Outlook's ``When:`` line and the
Windows zone tables of the fourteenth set's kit; Google's later "has invited you" layout from
the fifteenth set's kit; the Windows names, ``When:`` captions and the Italian, Dutch and
Portuguese date formatters of the nineteenth set's kit; and through them the byte-exact MIME
writer of the first set. This module holds only this set's users, the Windows zone names the
earlier tables lack (mapped as CLDR's windowsZones does for territory 001) with the captions
Outlook prints for them, Outlook's ``When:`` captions in Italian, Dutch and Portuguese, the
calendar producers this set adds, a calendar writer and Exchange request builder that know
those names, and thin wrappers that give every message this set's Message-ID.

Labelled starts run through March and April 2039, a spring with these switches (computed
with ``zoneinfo`` from the installed tz database, 2025b, never guessed): North America,
Cuba, Haiti, Bermuda and Tijuana forward on Sunday 13 March (Mexico City stays on -06, so
Tijuana and Mexico City are one hour apart afterwards, Phoenix and Whitehorse stay on -07);
Israel forward on Friday 25 March; Greenland (Nuuk, -02 to -01) at midnight into Sunday
27 March; Europe, Moldova and Lebanon forward on Sunday 27 March (for two weeks New York is
four hours behind London and Chicago six behind Berlin); Chile back in the night of
Saturday 2 April (Santiago to -04, Punta Arenas on its permanent -03); south-east
Australia, Tasmania, Lord Howe (half an hour, +11 to +10:30), Norfolk, New Zealand and the
Chatham Islands back on Sunday 3 April; Egypt forward on Friday 29 April. Everything is
invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import struct
import zlib
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, headers, html_page, paras
from tests.eval.authoring.mime import Part, addr, attachment, leaf, message, multi
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15
from tests.eval19.authoring import kit as k19
from tests.evalauthoring import with_message_id

SEED = "/eval20"

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
it, nl, pt, wd, dmy, mdy, ampm = k19.it, k19.nl, k19.pt, k19.wd, k19.dmy, k19.mdy, k19.ampm
forwarded, bulk, AUTO, note = k14.forwarded, k4.bulk, k4.AUTO, k14.note
GOOGLE, OUTLOOK, APPLE, ICLOUD = k4.GOOGLE, k4.OUTLOOK, k4.APPLE, k4.ICLOUD
ZOOM, WEBEX, FASTMAIL, PROTON, YAHOO, CALCOM = (
    k4.ZOOM,
    k4.WEBEX,
    k4.FASTMAIL,
    k4.PROTON,
    k4.YAHOO,
    k4.CALCOM,
)
ZOHO, ZIMBRA, OPENXCHANGE, EMCLIENT = k14.ZOHO, k15.ZIMBRA, k15.OPENXCHANGE, k15.EMCLIENT
# Calendar producers this set adds.
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.16//EN"
OUTLOOK_DESKTOP = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
YCBM = "-//YouCanBook.me//YCBM Booking//EN"
HUBSPOT = "-//HubSpot//Meetings//EN"
DOODLE = "-//Doodle AG//Doodle Booking Page//EN"
BAMBOO = "-//BambooHR//Interview Scheduler//EN"
GUPY = "-//Gupy//Agenda de Entrevistas//PT"
PERSONIO = "-//Personio GmbH//Recruiting Calendar//DE"
SAMSUNG = "-//Samsung Electronics//Samsung Calendar 12.5//EN"
HCL = "-//HCL Software//HCL Domino 14.0//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
FIONNUALA = User(
    "Fionnuala Gallagher-Reyes", ("fionnuala.gallagher@example.com",), "Europe/Dublin", "dmy"
)
EWAN = User("Ewan Strachan-Adjei", ("ewan.strachan@example.net",), "Europe/London", "dmy")
KRISTINA = User("Kristina Zammit-Howell", ("kristina.zammit@example.org",), "Europe/Malta", "dmy")
ANDREAS = User(
    "Andreas Christodoulou-Bain", ("andreas.christodoulou@example.com",), "Asia/Nicosia", "dmy"
)
SIGRUN = User(
    "Sigrún Halldórsdóttir-Pratt", ("sigrun.halldors@example.net",), "Atlantic/Reykjavik", "dmy"
)
KWABENA = User("Kwabena Asante-Whitford", ("kwabena.asante@example.org",), "Africa/Accra", "dmy")
CHANDA = User("Chanda Mulenga-Hart", ("chanda.mulenga@example.com",), "Africa/Lusaka", "dmy")
PRIYANKA = User(
    "Priyanka Ramgoolam-Célestin", ("priyanka.ramgoolam@example.net",), "Indian/Mauritius", "dmy"
)
DILANI = User("Dilani Wickramasinghe-Ford", ("dilani.wickrama@example.org",), "Asia/Colombo", "dmy")
NURUL = User("Nurul Aisyah Rahmat", ("nurulaisyah.rahmat@example.com",), "Asia/Kuala_Lumpur", "dmy")
PAOLO = User("Paolo Villanueva-Dizon", ("paolo.villanueva@example.net",), "Asia/Manila", "mdy")
PUTRI = User("Putri Anggraini-Kusuma", ("putri.anggraini@example.org",), "Asia/Jakarta", "dmy")
RIN = User("Okada Rin", ("rin.okada.dev@example.com",), "Asia/Tokyo", "ymd")
PEISHAN = User("Lai Pei-shan", ("peishan.lai@example.net",), "Asia/Taipei", "ymd")
CALLAN = User("Callan Mitchell-Yarran", ("callan.mitchell@example.org",), "Australia/Perth", "dmy")
TEGAN = User("Tegan Blackwood-Ngata", ("tegan.blackwood@example.com",), "Australia/Hobart", "dmy")
HAYDEN = User(
    "Hayden Wilkes-Thornton", ("hayden.wilkes@example.net",), "Australia/Lord_Howe", "dmy"
)
RUBY = User(
    "Ruby Castellanos-Tait", ("ruby.castellanos@example.org",), "Australia/Melbourne", "dmy"
)
MEREANA = User("Mereana Tipene-Walsh", ("mereana.tipene@example.com",), "Pacific/Auckland", "dmy")
TAVITA = User("Tavita Leota-Sinclair", ("tavita.leota@example.net",), "Pacific/Apia", "dmy")
JOLENE = User("Jolene Cruz-Taitano", ("jolene.cruz@example.org",), "Pacific/Guam", "mdy")
BRENDAN = User(
    "Brendan Kavanagh-Oduya", ("brendan.kavanagh@example.com",), "America/St_Johns", "mdy"
)
SIMRAN = User("Simran Dhaliwal-Moore", ("simran.dhaliwal@example.net",), "America/Toronto", "mdy")
MARCUS = User("Marcus Oyelowo-Brandt", ("marcus.oyelowo@example.org",), "America/Chicago", "mdy")
KAYLEE = User("Kaylee Redcloud-Hansen", ("kaylee.redcloud@example.com",), "America/Denver", "mdy")
RAMON = User("Ramón Lucero-Whitaker", ("ramon.lucero@example.net",), "America/Phoenix", "mdy")
TANNER = User("Tanner Ostrowski-Lee", ("tanner.ostrowski@example.org",), "America/Boise", "mdy")
QUINN = User("Quinn Tagish-Robertson", ("quinn.tagish@example.com",), "America/Whitehorse", "mdy")
HARPREET = User(
    "Harpreet Gill-Sorensen", ("harpreet.gill@example.net",), "America/Vancouver", "mdy"
)
SHANICE = User(
    "Shanice Campbell-Morrison", ("shanice.campbell@example.org",), "America/Jamaica", "dmy"
)
RAVI = User("Ravi Maharaj-Greene", ("ravi.maharaj@example.com",), "America/Port_of_Spain", "dmy")
TAMSIN = User(
    "Tamsin Outerbridge-Cole", ("tamsin.outerbridge@example.net",), "Atlantic/Bermuda", "mdy"
)
ALEXIS = User(
    "Alexis Whitmore-Danso",
    ("alexis.whitmore@example.org", "aw.careers@example.com"),
    "America/New_York",
    "mdy",
)
ANAHIT = User("Anahit Grigoryan-Shaw", ("anahit.grigoryan@example.com",), "Asia/Yerevan", "dmy")
DILNOZA = User("Dilnoza Yusupova-Kent", ("dilnoza.yusupova@example.net",), "Asia/Tashkent", "dmy")
ANA = User("Ana Rusu-Pemberton", ("ana.rusu@example.org",), "Europe/Chisinau", "dmy")
AVIAJA = User("Aviaja Lynge-Madsen", ("aviaja.lynge@example.com",), "America/Nuuk", "dmy")
ISHAAN = User("Ishaan Mehrotra-Bose", ("ishaan.mehrotra@example.net",), "Asia/Kolkata", "dmy")
NOURHAN = User("Nourhan Abdelaziz-Grant", ("nourhan.abdelaziz@example.org",), "Africa/Cairo", "dmy")
TAMAR = User("Tamar Levinson-Achebe", ("tamar.levinson@example.com",), "Asia/Jerusalem", "dmy")
PARISA = User("Parisa Mousavi-Lang", ("parisa.mousavi@example.net",), "Asia/Tehran", "dmy")
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
HAUKE = User("Hauke Petersen-Adomako", ("hauke.petersen@example.com",), "Europe/Berlin", "dmy")
FRANZISKA = User(
    "Franziska Lehmann-Osei", ("franziska.lehmann@example.net",), "Europe/Berlin", "dmy"
)
VALENTIN = User(
    "Valentin Hofbauer-Nwosu", ("valentin.hofbauer@example.org",), "Europe/Vienna", "dmy"
)
SERAINA = User("Seraina Caduff-Mwangi", ("seraina.caduff@example.com",), "Europe/Zurich", "dmy")
HEIKO = User(
    "Heiko Schlettwein-Ndjoze", ("heiko.schlettwein@example.net",), "Africa/Windhoek", "dmy"
)
GABRIELLE = User(
    "Gabrielle Tremblay-Nzeza", ("gabrielle.tremblay@example.org",), "America/Toronto", "ymd"
)
LOIC = User("Loïc Payet-Hoarau", ("loic.payet@example.com",), "Indian/Reunion", "dmy")
HINATEA = User(
    "Hinatea Teriitahi-Morel", ("hinatea.teriitahi@example.net",), "Pacific/Tahiti", "dmy"
)
WILNER = User(
    "Jean-Wilner Pierre-Louis",
    ("jeanwilner.pierrelouis@example.org",),
    "America/Port-au-Prince",
    "dmy",
)
INES = User("Inès Ben Salah-Girard", ("ines.bensalah@example.com",), "Africa/Tunis", "dmy")
ARMELLE = User(
    "Armelle Ngo Bassa-Dupuis", ("armelle.ngobassa@example.net",), "Africa/Douala", "dmy"
)
CITLALI = User(
    "Citlali Hernández Ruiz", ("citlali.hernandez@example.org",), "America/Mexico_City", "dmy"
)
RODRIGO = User(
    "Rodrigo Valenzuela Ochoa", ("rodrigo.valenzuela@example.com",), "America/Tijuana", "dmy"
)
FRANCISCA = User(
    "Francisca Araya Soto", ("francisca.araya@example.net",), "America/Santiago", "dmy"
)
ESTEBAN = User(
    "Esteban Cevallos Andrade", ("esteban.cevallos@example.org",), "America/Guayaquil", "dmy"
)
YARITZA = User("Yaritza González Him", ("yaritza.gonzalez@example.com",), "America/Panama", "dmy")
WILKIN = User("Wilkin Peña Almonte", ("wilkin.pena@example.net",), "America/Santo_Domingo", "dmy")
AINHOA = User(
    "Ainhoa Etxeberria Galdós", ("ainhoa.etxeberria@example.org",), "Europe/Madrid", "dmy"
)
IGNACIO = User(
    "Ignacio Oyarzún Vera", ("ignacio.oyarzun@example.com",), "America/Punta_Arenas", "dmy"
)
MARTINA = User("Martina Rinaldi-Achterberg", ("martina.rinaldi@example.net",), "Europe/Rome", "dmy")
GENNARO = User("Gennaro Esposito-Baah", ("gennaro.esposito@example.org",), "Europe/Rome", "dmy")
ROSALIA = User("Rosalia Lo Bue", ("rosalia.lobue@example.com",), "Europe/Rome", "dmy")
NICOLA = User("Nicola Pedrazzini-Oduro", ("nicola.pedrazzini@example.net",), "Europe/Zurich", "dmy")
ELISA = User("Elisa Gasperoni-Frye", ("elisa.gasperoni@example.org",), "Europe/San_Marino", "dmy")
TOMMASO = User("Tommaso Venturi-Okoro", ("tommaso.venturi@example.com",), "Europe/Rome", "dmy")
IRENE = User("Irene Sossi-Tanaka", ("irene.sossi@example.net",), "Europe/Rome", "dmy")
SANNE = User("Sanne de Graaf-Owusu", ("sanne.degraaf@example.org",), "Europe/Amsterdam", "dmy")
BRAM = User("Bram Verhoeven-Tshabalala", ("bram.verhoeven@example.com",), "Europe/Amsterdam", "dmy")
JILDOU = User("Jildou Postma-Afolabi", ("jildou.postma@example.net",), "Europe/Amsterdam", "dmy")
LOTTE = User(
    "Lotte Van de Velde-Kamara", ("lotte.vandevelde@example.org",), "Europe/Brussels", "dmy"
)
RISHI = User("Rishi Ramdin-Kartosen", ("rishi.ramdin@example.com",), "America/Paramaribo", "dmy")
SHURENDY = User(
    "Shurendy Martina-Isenia", ("shurendy.martina@example.net",), "America/Curacao", "dmy"
)
DAAN = User("Daan Smits-Boateng", ("daan.smits@example.org",), "Europe/Amsterdam", "dmy")
BEATRIZ = User(
    "Beatriz Nogueira Campos", ("beatriz.nogueira@example.com",), "America/Sao_Paulo", "dmy"
)
RAIMUNDO = User(
    "Raimundo Cavalcanti Neto", ("raimundo.cavalcanti@example.net",), "America/Recife", "dmy"
)
IARA = User("Iara Tavares Baniwa", ("iara.tavares@example.org",), "America/Manaus", "dmy")
GUSTAVO = User("Gustavo Lemos Scherer", ("gustavo.lemos@example.com",), "America/Sao_Paulo", "dmy")
JAQUELINE = User(
    "Jaqueline Santana Lima", ("jaqueline.santana@example.net",), "America/Bahia", "dmy"
)
INES_PT = User("Inês Valadares Cordeiro", ("ines.vcordeiro@example.org",), "Europe/Lisbon", "dmy")
TIAGO = User("Tiago Magalhães Brito", ("tiago.magalhaes@example.com",), "Europe/Lisbon", "dmy")
SARA = User("Sara Gouveia Freitas", ("sara.gouveia@example.net",), "Atlantic/Madeira", "dmy")
EDMILSON = User(
    "Edmilson Tavares Fortes", ("edmilson.fortes@example.org",), "Atlantic/Cape_Verde", "dmy"
)

# Windows names the earlier tables lack, mapped as CLDR's windowsZones does for territory
# 001, with the caption Outlook prints on a ``When:`` line (always the standard offset).
MORE_WINDOWS = {
    "E. Europe Standard Time": "Europe/Chisinau",
    "Greenland Standard Time": "America/Nuuk",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Caucasus Standard Time": "Asia/Yerevan",
    "West Asia Standard Time": "Asia/Tashkent",
    "Namibia Standard Time": "Africa/Windhoek",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    "Samoa Standard Time": "Pacific/Apia",
    "Bahia Standard Time": "America/Bahia",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "Haiti Standard Time": "America/Port-au-Prince",
    "Magallanes Standard Time": "America/Punta_Arenas",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
}
WINDOWS = {**k19.WINDOWS, **MORE_WINDOWS}
WHEN_ZONE = {
    **k19.WHEN_ZONE,
    "E. Europe Standard Time": "(UTC+02:00) Chisinau",
    "Greenland Standard Time": "(UTC-02:00) Greenland",
    "Mauritius Standard Time": "(UTC+04:00) Port Louis",
    "Caucasus Standard Time": "(UTC+04:00) Yerevan",
    "West Asia Standard Time": "(UTC+05:00) Ashgabat, Tashkent",
    "Namibia Standard Time": "(UTC+02:00) Windhoek",
    "Cape Verde Standard Time": "(UTC-01:00) Cabo Verde Is.",
    "Samoa Standard Time": "(UTC+13:00) Samoa",
    "Bahia Standard Time": "(UTC-03:00) Salvador",
    "Pacific Standard Time (Mexico)": "(UTC-08:00) Baja California",
    "Haiti Standard Time": "(UTC-05:00) Haiti",
    "Magallanes Standard Time": "(UTC-03:00) Punta Arenas",
    "West Pacific Standard Time": "(UTC+10:00) Guam, Port Moresby",
}
# Outlook's captions where its display language is Italian, Dutch or Portuguese.
LOCAL_WHEN_ZONE = {
    ("it", "W. Europe Standard Time"): (
        "(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna"
    ),
    ("nl", "W. Europe Standard Time"): (
        "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"
    ),
    ("nl", "Romance Standard Time"): "(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs",
    ("pt", "E. South America Standard Time"): "(UTC-03:00) Brasília",
    ("pt", "GMT Standard Time"): "(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres",
    ("pt", "Bahia Standard Time"): "(UTC-03:00) Salvador",
    ("fr", "Hawaiian Standard Time"): "(UTC-10:00) Hawaï",
    ("de", "W. Europe Standard Time"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    ("es", "Pacific Standard Time (Mexico)"): "(UTC-08:00) Baja California",
}


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def at(local: str, zone: str) -> dt.datetime:
    """``"2039-03-29 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone_of(zone)))


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header for a local time (weekday right by construction)."""
    return email.utils.format_datetime(at(local, zone))


def conv(local: str, zone: str, to: str) -> str:
    """The same instant as ``local`` in ``zone``, as local time in ``to``."""
    return at(local, zone).astimezone(ZoneInfo(zone_of(to))).strftime("%Y-%m-%d %H:%M")


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` local in ``zone``; ``tz`` what the mail names."""
    return k14.lab(start, zone_of(zone), tz, **kw)


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:11]}-{h[11:19].upper()}-{h[19:31]}.n20@{domain}>"


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
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    msg = k15.google(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def _stamp(date_header: str) -> str:
    """A DTSTAMP ninety seconds before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(seconds=90):%Y%m%dT%H%M%SZ}"


def _exchange_vtimezone(name: str, year: int) -> str:
    """Exchange's VTIMEZONE for a Windows ``name``: tz-database rules, 1601 onsets, no TZNAME."""
    text = "\n".join(k4.vtimezone(zone_of(name), year))
    for pattern, replacement in k15._EXCHANGE_EDITS:
        text = pattern.sub(replacement, text)
    return text.replace(f"TZID:{zone_of(name)}\n", f"TZID:{name}\n", 1)


def ics(*, date: str, slug: str, start: str, zone: str | None, style: str, **kw: Any) -> str:
    """One VCALENDAR for a message sent at ``date`` (DTSTAMP from it, UID seeded per set).

    ``zone`` is an IANA name, a Windows name (written as Exchange writes it) or None for UTC
    times computed from ``utc_zone``.
    """
    kw["stamp"] = _stamp(date)
    kw["uid"] = k4.uid(slug + SEED, style)
    if zone is None or zone not in WINDOWS:
        return k4.event(start=start, zone=zone, **kw)
    iana = zone_of(zone)
    before, rest = k4.event(start=start, zone=iana, **kw).split("BEGIN:VTIMEZONE\n", 1)
    after = rest.split("END:VTIMEZONE\n", 1)[1]
    # Exchange writes the Windows name bare; other writers quote a value with spaces.
    quoted_zone = zone if kw.get("prodid") == k4.OUTLOOK else f'"{zone}"'
    after = after.replace(f";TZID={iana}:", f";TZID={quoted_zone}:")
    return before + _exchange_vtimezone(zone, int(start[:4])) + "\n" + after


def cal_mail(
    user: User,
    slug: str,
    kind: str,
    *,
    event: dict[str, Any],
    date: str,
    style: str = "cal.example",
    **kw: Any,
) -> Msg:
    """Any message carrying one calendar event (``event`` holds ``k4.event``'s arguments).

    A CANCEL event gets STATUS:CANCELLED unless ``event`` says otherwise.
    """
    method = event.get("method", "REQUEST")
    if method == "CANCEL":
        event = {"status": "CANCELLED", **event}
    text = ics(date=date, slug=slug, style=style, **event)
    return raw_mail(user, slug, kind, date=date, ics=text, ics_method=method, **kw)


_WHEN = {
    "en": ("When", "Where"),
    "de": ("Wann", "Wo"),
    "fr": ("Quand", "Où"),
    "es": ("Cuándo", "Dónde"),
    "it": ("Quando", "Dove"),
    "nl": ("Wanneer", "Waar"),
    "pt": ("Quando", "Local"),
}
_TAGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL"}


# The Teams block in the organiser's display language (Outlook writes it in that language).
_TEAMS_LINES = {
    "de": (
        "Microsoft Teams-Besprechung",
        "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
        "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "Besprechungs-ID:",
        "Kennung:",
        "Hilfe?",
    ),
    "fr": (
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        "Cliquez ici pour participer à la réunion",
        "ID de la réunion :",
        "Code secret :",
        "Besoin d'aide ?",
    ),
    "es": (
        "Reunión de Microsoft Teams",
        "Unirse desde el ordenador, aplicación móvil o dispositivo de sala",
        "Haga clic aquí para unirse a la reunión",
        "Id. de reunión:",
        "Código de acceso:",
        "¿Necesita ayuda?",
    ),
    "it": (
        "Riunione di Microsoft Teams",
        "Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
        "Fai clic qui per partecipare alla riunione",
        "ID riunione:",
        "Passcode:",
        "Serve aiuto?",
    ),
    "nl": (
        "Microsoft Teams-vergadering",
        "Deelnemen op uw computer, mobiele app of ruimteapparaat",
        "Klik hier om deel te nemen aan de vergadering",
        "Vergadering-id:",
        "Wachtwoordcode:",
        "Hulp nodig?",
    ),
    "pt": (
        "Reunião do Microsoft Teams",
        "Ingressar no seu computador, aplicativo móvel ou dispositivo de sala",
        "Clique aqui para ingressar na reunião",
        "ID da Reunião:",
        "Senha:",
        "Precisa de ajuda?",
    ),
}
_TEAMS_EN = (
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Click here to join the meeting",
    "Meeting ID:",
    "Passcode:",
    "Need help?",
)


def teams_block(seed: str, lang: str = "en") -> str:
    """The Teams block Outlook appends (``k4.teams``), in the organiser's language."""
    block = k4.teams(seed)
    for english, local in zip(_TEAMS_EN, _TEAMS_LINES.get(lang, _TEAMS_EN), strict=True):
        block = block.replace(english, local)
    return block


def when_line(start: str, minutes: int, zone: str, lang: str = "en") -> str:
    """Outlook's ``When:`` value for a Windows ``zone`` in the named language."""
    caption = LOCAL_WHEN_ZONE.get((lang, zone), WHEN_ZONE[zone])
    x = dt.date.fromisoformat(start[:10])
    span = f"{t24(start)}-{t24(plus(start, minutes))}"
    if lang == "it":
        return f"{it(start)} {x.year} {span} {caption}"
    if lang == "nl":
        return f"{nl(start)} {x.year} {span} {caption}"
    if lang == "pt":
        return f"{pt(start)} de {x.year} {span} {caption}"
    return k14.when_line(start, minutes, caption, lang)


def outlook(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    subject: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str | None, str]],
    date: str,
    label: dict[str, Any],
    text: str,
    location: str = "Microsoft Teams Meeting",
    teams: bool = True,
    method: str = "REQUEST",
    sequence: int = 0,
    lang: str = "en",
    tag: str | None = None,
    prefix: str = "",
    extra_lines: list[str] | None = None,
    html_only: bool = False,
    **kw: Any,
) -> Msg:
    """An Exchange meeting request (or cancellation): ``When:``/``Where:`` lines in the
    organiser's language, the organiser's text, the Teams footer, the calendar inline with
    a Windows TZID."""
    w, wh = _WHEN[lang]
    footer = teams_block(slug + SEED, lang) if teams else ""
    head = (
        f"{w}: {when_line(start, minutes, zone, lang)}\n{wh}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    )
    body = head + text.strip() + "\n" + footer
    me = user.addresses[0]
    event = {
        "summary": subject,
        "prodid": k4.OUTLOOK,
        "method": method,
        "sequence": sequence,
        "organizer": organizer,
        "attendees": [(user.name, me), *attendees],
        "start": start,
        "minutes": minutes,
        "zone": zone,
        "location": location,
        "description": text.strip() + "\n" + footer,
        "extra": extra_lines,
    }
    lang_tag = tag or _TAGS.get(lang, "pt-BR")
    return cal_mail(
        user,
        slug,
        kind,
        event=event,
        date=date,
        style="outlook",
        label=label,
        subject=prefix + subject,
        frm=organizer,
        to=me,
        body=None if html_only else body,
        rich=html_page(paras(body), lang=lang_tag[:2]),
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", lang_tag)],
        ics_mode="inline",
        **kw,
    )


def itd(local: str) -> str:
    """'martedì 29 marzo 2039'."""
    return f"{it(local)} {local[:4]}"


def ptd(local: str) -> str:
    """'terça-feira, 29 de março de 2039'."""
    return f"{pt(local)} de {local[:4]}"


def hm(local: str, sep: str = ":") -> str:
    """'9:30' without a leading zero (or '9h30', '9.30' with ``sep``)."""
    x = dt.datetime.fromisoformat(local)
    return f"{x.hour}{sep}{x.minute:02d}"


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A tiny solid-colour PNG (PNG spec: signature, IHDR, one IDAT, IEND)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def logo_mail(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str, str],
    subject: str,
    date: str,
    body: str,
    markup: str,
    label: dict[str, Any],
    reply_to: tuple[str, str] | None = None,
    lang: str = "en",
    cte: str = "quoted-printable",
) -> Msg:
    """A template mail with an inline logo: multipart/alternative of the text and a
    multipart/related holding the HTML and the image it cites by Content-ID (RFC 2387,
    RFC 2392)."""
    domain = frm[1].split("@")[1]
    hdrs = headers(
        user,
        frm=addr(*frm),
        subject=subject,
        date=date,
        msgid=msgid(slug, domain),
        reply_to=addr(*reply_to) if reply_to else None,
        helo=f"mail.{domain}",
        ip="198.51.100.83",
    )
    h = hashlib.sha1((slug + SEED).encode()).hexdigest()
    cid = f"logo.{h[:8]}@{domain}"
    page = html_page(f'<img src="cid:{cid}" alt="" width="120" height="32">\n' + markup, lang=lang)
    image = Part(
        [
            ("Content-Type", 'image/png; name="logo.png"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-ID", f"<{cid}>"),
            ("Content-Disposition", 'inline; filename="logo.png"'),
        ],
        base64.encodebytes(_png(12, 4, (11, 61, 107))),
    )
    related = multi("related", f"rel_{h[8:24]}", leaf("text/html", page, cte=cte), image)
    top = multi("alternative", f"alt_{h[24:40]}", leaf("text/plain", body, cte=cte), related)
    return Msg(slug, kind, user, message(hdrs, top), label)


def pdf(name: str) -> Part:
    """A small PDF attachment (an offer letter, a contract) named ``name``."""
    data = (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        + f"% {name}\n".encode()
        + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return attachment(data, "application/pdf", name)
