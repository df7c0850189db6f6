"""What is new for authoring the twenty-first evaluation set: users, zones, producers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer, the
calendar event writer and ``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``);
the vendor and person-typed builders, the forwarding block and Outlook's ``When:`` line of
the fourteenth set's kit; Google's later "has invited you" layout and the Postfix bounce of
the fifteenth set's kit; the Italian, Dutch and Portuguese date formatters of the nineteenth
set's kit; the Windows tables, ``When:`` captions, localised Teams block, inline-logo mail and
PDF attachment of the twentieth set's kit; and through them the byte-exact MIME writer of the
first set. This module holds only this set's users, the Windows zone names the earlier
tables lack (mapped as CLDR's windowsZones does for territory 001) with the captions Outlook
prints for them, the calendar and scheduling producers this set adds, a calendar writer and
Exchange request builder that know those names, and thin wrappers that give every message
this set's Message-ID.

Labelled starts run through June, July and August 2040: a northern summer and a southern
winter in which no zone of this set changes its offset (computed with ``zoneinfo`` from the
installed tz database, 2025b), so every offset is the summer one in the north (BST, IST for
Dublin, CEST, EDT, PDT, AKDT, HDT on Adak) and the standard one in the south (AEST, NZST,
CHAST, Chile's -04, Easter Island's -06). Everything is invented under reserved names
(RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from typing import Any
from zoneinfo import ZoneInfo

from tests.eval.authoring.common import Msg, User, html_page, paras
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15
from tests.eval19.authoring import kit as k19
from tests.eval20.authoring import kit as k20
from tests.evalauthoring import with_message_id

__all__ = ["Msg", "User", "html_page", "paras"]

SEED = "/eval21"

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
itd, ptd, hm, pdf = k20.itd, k20.ptd, k20.hm, k20.pdf
forwarded, bulk, AUTO, note = k14.forwarded, k4.bulk, k4.AUTO, k14.note
GOOGLE, OUTLOOK, APPLE, ICLOUD, ZOOM, WEBEX = (
    k4.GOOGLE,
    k4.OUTLOOK,
    k4.APPLE,
    k4.ICLOUD,
    k4.ZOOM,
    k4.WEBEX,
)
ZOHO, CHILIPIPER, THUNDERBIRD = k14.ZOHO, k19.CHILIPIPER, k20.THUNDERBIRD
# Calendar and scheduling producers this set adds.
CALENDLY = "-//Calendly//Calendly Scheduling//EN"
MODERNLOOP = "-//ModernLoop//Interview Scheduling//EN"
GEM = "-//Gem//Gem Scheduling//EN"
PARADOX = "-//Paradox//Olivia Scheduling//EN"
JOBVITE = "-//Jobvite//Interview Scheduler//EN"
RECRUITEE = "-//Recruitee//Recruitee Calendar//EN"
BREEZY = "-//Breezy HR//Breezy Calendar//EN"
ICIMS = "-//iCIMS//Interview Scheduling//EN"
SUCCESSFACTORS = "-//SAP SuccessFactors//Interview Scheduling//EN"
PINPOINT = "-//Pinpoint//Pinpoint Interviews//EN"
RIPPLING = "-//Rippling//Rippling Recruiting//EN"
WEBEX_SITE = "-//Cisco Systems Inc.//Webex Calendar 44.7//EN"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
GWILYM = User("Gwilym Pritchard-Okoye", ("gwilym.pritchard@example.com",), "Europe/London", "dmy")
ORLAGH = User("Orlagh McCusker-Adeyemi", ("orlagh.mccusker@example.net",), "Europe/London", "dmy")
JUAN = User("Juan Kewley-Fairclough", ("juan.kewley@example.org",), "Europe/Isle_of_Man", "dmy")
IMOGEN = User("Imogen Le Brocq-Asante", ("imogen.lebrocq@example.com",), "Europe/Jersey", "dmy")
TRISTAN = User(
    "Tristan Le Page-Humphries", ("tristan.lepage@example.net",), "Europe/Guernsey", "dmy"
)
SHAY = User("Shay Bensadon-Pratt", ("shay.bensadon@example.org",), "Europe/Gibraltar", "dmy")
RHONA = User("Rhona MacAskill-Otieno", ("rhona.macaskill@example.com",), "Europe/London", "dmy")
EILIDH = User("Eilidh Drummond-Kaur", ("eilidh.drummond@example.net",), "Europe/London", "dmy")
NIAMH = User("Niamh Breathnach-Ogun", ("niamh.breathnach@example.org",), "Europe/Dublin", "dmy")
MARIAMA = User(
    "Mariama Kamara-Whitfield", ("mariama.kamara@example.com",), "Africa/Freetown", "dmy"
)
LAMIN = User("Lamin Jallow-Hastings", ("lamin.jallow@example.net",), "Africa/Banjul", "dmy")
MUSA = User("Musa Kollie-Brandon", ("musa.kollie@example.org",), "Africa/Monrovia", "dmy")
ALINE = User(
    "Aline Uwase-Cartwright", ("aline.uwasecartwright@example.com",), "Africa/Kigali", "dmy"
)
KAGISO = User("Kagiso Molefe-Abbott", ("kagiso.molefe@example.net",), "Africa/Gaborone", "dmy")
TENDAI = User("Tendai Chikwanha-Rowe", ("tendai.chikwanha@example.org",), "Africa/Harare", "dmy")
NEEMA = User("Neema Mwakyusa-Holt", ("neema.mwakyusa@example.com",), "Africa/Dar_es_Salaam", "dmy")
CHIKONDI = User(
    "Chikondi Banda-Fletcher", ("chikondi.banda@example.net",), "Africa/Blantyre", "dmy"
)
IBRAHIM = User("Ibrahim Kheir-Lyons", ("ibrahim.kheir@example.org",), "Africa/Khartoum", "dmy")
SONAM = User("Sonam Wangmo Dorji-Hale", ("sonam.wangmo@example.net",), "Asia/Thimphu", "dmy")
HAZWANI = User("Nur Hazwani Abdullah-Reid", ("hazwani.abdullah@example.org",), "Asia/Brunei", "dmy")
JACINTA = User("Jacinta da Costa-Lindsay", ("jacinta.dacosta@example.com",), "Asia/Dili", "dmy")
ANDI = User("Andi Nurhaliza-Rahman", ("andi.nurhaliza@example.net",), "Asia/Makassar", "dmy")
SHUFEN = User("Voon Shu Fen", ("shufen.voon@example.org",), "Asia/Kuching", "dmy")
KAMAN = User("Leong Ka-man", ("kaman.leong@example.com",), "Asia/Macau", "dmy")
AIBEK = User("Aibek Toktogulov-Grant", ("aibek.toktogulov@example.net",), "Asia/Bishkek", "dmy")
LEYLA = User("Leyla Mammadova-Price", ("leyla.mammadova@example.org",), "Asia/Baku", "dmy")
FATEMA = User("Fatema Al-Aali Hurst", ("fatema.alaali@example.com",), "Asia/Bahrain", "dmy")
SAID = User("Said Al-Harthy Monroe", ("said.alharthy@example.net",), "Asia/Muscat", "dmy")
DALAL = User("Dalal Al-Sabah Keane", ("dalal.alsabah@example.org",), "Asia/Kuwait", "dmy")
KILA = User("Kila Tau-Morrison", ("kila.tau@example.com",), "Pacific/Port_Moresby", "dmy")
ELLISON = User(
    "Ellison Tuhaika-Baird", ("ellison.tuhaika@example.net",), "Pacific/Guadalcanal", "dmy"
)
MELE = User("Mele Fifita-Sutherland", ("mele.fifita@example.org",), "Pacific/Tongatapu", "dmy")
TEINA = User("Teina Marsters-Cole", ("teina.marsters@example.com",), "Pacific/Rarotonga", "dmy")
BRIDIE = User("Bridie Quintal-Nobbs", ("bridie.quintal@example.net",), "Pacific/Norfolk", "dmy")
TEBWAI = User("Tebwai Teiti-Ross", ("tebwai.teiti@example.org",), "Pacific/Kiritimati", "dmy")
HEMI = User("Hemi Tuuta-Preece", ("hemi.tuuta@example.com",), "Pacific/Chatham", "dmy")
JARRAH = User(
    "Jarrah Kennedy-Wills", ("jarrah.kennedy@example.net",), "Australia/Broken_Hill", "dmy"
)
LACHLAN = User("Lachlan Dempsey-Obi", ("lachlan.dempsey@example.org",), "Australia/Sydney", "dmy")
AROHA = User("Aroha Ngata-Fielding", ("aroha.ngata@example.com",), "Pacific/Auckland", "dmy")
KAIMANA = User("Kaimana Akana-Wells", ("kaimana.akana@example.net",), "Pacific/Honolulu", "mdy")
NORA = User("Nora Dundas-Kahklen", ("nora.dundas@example.org",), "America/Sitka", "mdy")
AYLA = User("Ayla Kuzmin-Brooks", ("ayla.kuzmin@example.com",), "America/Juneau", "mdy")
PETRA = User("Petra Lekanoff-Dunn", ("petra.lekanoff@example.net",), "America/Adak", "mdy")
MADDOX = User(
    "Maddox Whitaker-Onu",
    ("maddox.whitaker@example.org", "maddox.jobs@example.com"),
    "America/Los_Angeles",
    "mdy",
)
SERENA = User(
    "Serena Castillo-Meyers", ("serena.castillo@example.com",), "America/Los_Angeles", "mdy"
)
BODHI = User("Bodhi Lindqvist-Ray", ("bodhi.lindqvist@example.net",), "America/Denver", "mdy")
CHEYENNE = User(
    "Cheyenne Runningwater-Park", ("cheyenne.rw@example.org",), "America/Edmonton", "mdy"
)
DAWSON = User("Dawson Fehr-Okafor", ("dawson.fehr@example.com",), "America/Winnipeg", "mdy")
HARLAN = User("Harlan Schaefer-Ito", ("harlan.schaefer@example.net",), "America/Chicago", "mdy")
KEISHA = User("Keisha Toussaint-Webb", ("keisha.toussaint@example.org",), "America/Chicago", "mdy")
AMARI = User("Amari Holloway-Bishop", ("amari.holloway@example.com",), "America/Detroit", "mdy")
DAKOTA = User(
    "Dakota Mercer-Lang", ("dakota.mercer@example.net",), "America/Kentucky/Louisville", "mdy"
)
ANJALI = User(
    "Anjali Ravindran-Coyle", ("anjali.ravindran@example.org",), "America/New_York", "mdy"
)
MARISOL = User("Marisol Ortega-Flynn", ("marisol.ortega@example.com",), "America/New_York", "mdy")
COLETTE = User("Colette Gallant-Murphy", ("colette.gallant@example.net",), "America/Moncton", "mdy")
FERGUS = User(
    "Fergus MacNeil-Doucette", ("fergus.macneil@example.org",), "America/Glace_Bay", "mdy"
)
INNES = User("Innes Rumbolt-Kean", ("innes.rumbolt@example.com",), "America/Goose_Bay", "mdy")
DEANDRA = User("Deandra Rolle-Ferguson", ("deandra.rolle@example.net",), "America/Nassau", "mdy")
KEMAR = User("Kemar Thorne-Alleyne", ("kemar.thorne@example.org",), "America/Barbados", "dmy")
SHANELLE = User("Shanelle Usher-Gillett", ("shanelle.usher@example.com",), "America/Belize", "dmy")
ROWAN = User("Rowan Ebanks-Connolly", ("rowan.ebanks@example.net",), "America/Cayman", "dmy")
DEVIKA = User("Devika Persaud-Lyle", ("devika.persaud@example.org",), "America/Guyana", "dmy")
TISHA = User("Tisha Joseph-Augustin", ("tisha.joseph@example.com",), "America/St_Lucia", "dmy")
FIONA = User("Fiona Biggs-McKay", ("fiona.biggs@example.net",), "Atlantic/Stanley", "dmy")
HALLUR = User("Hallur Joensen-Reid", ("hallur.joensen@example.org",), "Atlantic/Faroe", "dmy")
ENKHJIN = User("Enkhjin Batbayar-Cole", ("enkhjin.batbayar@example.com",), "Asia/Hovd", "ymd")
MIO = User("Takeda Mio", ("mio.takeda.eng@example.net",), "Asia/Tokyo", "ymd")
WENQIAN = User("Zhou Wenqian", ("wenqian.zhou@example.org",), "Asia/Shanghai", "ymd")
MINJAE = User("Chung Min-jae", ("minjae.chung@example.com",), "Asia/Seoul", "ymd")
SIOSAIA = User("Siosaia Havili-Grant", ("siosaia.havili@example.net",), "Pacific/Tongatapu", "dmy")
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
LENJA = User(
    "Lenja Brockmöller-Asamoah", ("lenja.brockmoeller@example.com",), "Europe/Berlin", "dmy"
)
KORBINIAN = User(
    "Korbinian Stadler-Eze", ("korbinian.stadler@example.net",), "Europe/Berlin", "dmy"
)
URSINA = User("Ursina Gadient-Ofori", ("ursina.gadient@example.org",), "Europe/Zurich", "dmy")
MATHIAS = User("Mathias Auinger-Oduya", ("mathias.auinger@example.com",), "Europe/Vienna", "dmy")
MAIWENN = User("Maïwenn Le Floch-Adjovi", ("maiwenn.lefloch@example.net",), "Europe/Paris", "dmy")
APOLLINE = User("Apolline Rey-Bamba", ("apolline.rey@example.org",), "Europe/Monaco", "dmy")
FELIX = User(
    "Félix Detcheverry-Okou", ("felix.detcheverry@example.com",), "America/Miquelon", "dmy"
)
MAHE = User("Mahé Lauret-Ouédraogo", ("mahe.lauret@example.net",), "Africa/Ouagadougou", "dmy")
ZAINA = User("Zaïna Soilihi-Marchal", ("zaina.soilihi@example.org",), "Indian/Mayotte", "dmy")
ITZEL = User("Itzel Balam Canul", ("itzel.balam@example.com",), "America/Merida", "dmy")
FLORENCIA = User(
    "Florencia Barreiro Sosa", ("florencia.barreiro@example.net",), "America/Montevideo", "dmy"
)
KARLA = User(
    "Karla Menjívar Rosales", ("karla.menjivar@example.org",), "America/El_Salvador", "dmy"
)
HOTU = User("Hotu Pakarati Tuki", ("hotu.pakarati@example.com",), "Pacific/Easter", "dmy")
PILAR = User("Pilar Obama Nsue", ("pilar.obama@example.net",), "Africa/Malabo", "dmy")
ILARIA = User("Ilaria Pittaluga-Nkemdirim", ("ilaria.pittaluga@example.org",), "Europe/Rome", "dmy")
VITO = User("Vito Lorusso-Agyeman", ("vito.lorusso@example.com",), "Europe/Rome", "dmy")
GIADA = User("Giada Murgia-Ekong", ("giada.murgia@example.net",), "Europe/Rome", "dmy")
WESSEL = User("Wessel Hoekstra-Mbeki", ("wessel.hoekstra@example.org",), "Europe/Amsterdam", "dmy")
NOOR = User("Noor Claes-Diallo", ("noor.claes@example.com",), "Europe/Brussels", "dmy")
QUINCY = User("Quincy Croes-Kelly", ("quincy.croes@example.net",), "America/Aruba", "dmy")
STERRE = User("Sterre Bakker-Adomako", ("sterre.bakker@example.org",), "Europe/Amsterdam", "dmy")
CAETANO = User(
    "Caetano Borba Nascimento", ("caetano.borba@example.com",), "America/Fortaleza", "dmy"
)
JUSSARA = User("Jussara Pimentel Rocha", ("jussara.pimentel@example.net",), "America/Belem", "dmy")
RICARDO = User("Ricardo Vaz Furtado", ("ricardo.vazfurtado@example.org",), "Atlantic/Azores", "dmy")
CELESTINO = User("Celestino Pina Semedo", ("celestino.pina@example.com",), "Africa/Bissau", "dmy")

# Windows names the earlier tables lack, mapped as CLDR's windowsZones does for territory
# 001, with the caption Outlook prints on a ``When:`` line (always the standard offset).
MORE_WINDOWS = {
    "Aleutian Standard Time": "America/Adak",
    "Cuba Standard Time": "America/Havana",
    "Easter Island Standard Time": "Pacific/Easter",
    "Azores Standard Time": "Atlantic/Azores",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Saint Pierre Standard Time": "America/Miquelon",
    "Line Islands Standard Time": "Pacific/Kiritimati",
    "Azerbaijan Standard Time": "Asia/Baku",
    "Central Pacific Standard Time": "Pacific/Guadalcanal",
}
WINDOWS = {**k20.WINDOWS, **MORE_WINDOWS}
WHEN_ZONE = {
    **k20.WHEN_ZONE,
    "Aleutian Standard Time": "(UTC-10:00) Aleutian Islands",
    "Cuba Standard Time": "(UTC-05:00) Havana",
    "Easter Island Standard Time": "(UTC-06:00) Easter Island",
    "Azores Standard Time": "(UTC-01:00) Azores",
    "Tonga Standard Time": "(UTC+13:00) Nuku'alofa",
    "Saint Pierre Standard Time": "(UTC-03:00) Saint Pierre and Miquelon",
    "Line Islands Standard Time": "(UTC+14:00) Kiritimati Island",
    "Azerbaijan Standard Time": "(UTC+04:00) Baku",
    "Central Pacific Standard Time": "(UTC+11:00) Solomon Is., New Caledonia",
}
LOCAL_WHEN_ZONE = {
    **k20.LOCAL_WHEN_ZONE,
    ("fr", "Saint Pierre Standard Time"): "(UTC-03:00) Saint-Pierre-et-Miquelon",
    ("es", "Easter Island Standard Time"): "(UTC-06:00) Isla de Pascua",
    ("pt", "Azores Standard Time"): "(UTC-01:00) Açores",
    ("fr", "Romance Standard Time"): "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
}


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def at(local: str, zone: str) -> dt.datetime:
    """``"2040-07-10 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
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
    return f"<{h[:13]}.{h[13:17].upper()}-{h[17:29]}.e21@{domain}>"


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


def logo_mail(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """``k20.logo_mail`` (text plus HTML with an inline logo) with this set's Message-ID."""
    return own(k20.logo_mail(user, slug + SEED, kind, **kw))


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    msg = k15.google(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def _stamp(date_header: str) -> str:
    """A DTSTAMP a minute before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(seconds=60):%Y%m%dT%H%M%SZ}"


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
_TAGS = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pt": "pt-PT",
}


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
    prefix: str = "",
    html_only: bool = False,
    **kw: Any,
) -> Msg:
    """An Exchange meeting request (or cancellation): ``When:``/``Where:`` lines in the
    organiser's language, the organiser's text, the Teams footer, the calendar inline with
    a Windows TZID."""
    w, wh = _WHEN[lang]
    footer = k20.teams_block(slug + SEED, lang) if teams else ""
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
    }
    tag = _TAGS[lang]
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
        rich=html_page(paras(body), lang=lang),
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", tag)],
        ics_mode="inline",
        **kw,
    )


def booking(
    user: User,
    slug: str,
    kind: str,
    *,
    prodid: str,
    start: str,
    zone: str | None,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str | None, str]],
    date: str,
    body: str,
    label: dict[str, Any],
    frm: tuple[str, str],
    subject: str,
    location: str = "",
    description: str = "",
    method: str = "REQUEST",
    sequence: int = 0,
    utc_zone: str | None = None,
    ics_mode: str = "attach",
    html_only: bool = False,
    **kw: Any,
) -> Msg:
    """A scheduling tool's or ATS's notification: text and HTML, the event attached as an
    ``.ics`` (or inline); ``zone=None`` writes UTC times computed from ``utc_zone``."""
    event = {
        "summary": summary,
        "prodid": prodid,
        "method": method,
        "sequence": sequence,
        "organizer": organizer,
        "attendees": [*attendees, (user.name, user.addresses[0])],
        "start": start,
        "minutes": minutes,
        "zone": zone,
        "utc_zone": utc_zone,
        "location": location,
        "description": description or body.strip(),
    }
    return cal_mail(
        user,
        slug,
        kind,
        event=event,
        date=date,
        label=label,
        frm=frm,
        subject=subject,
        body=None if html_only else body,
        rich=html_page(paras(body)),
        ics_mode=ics_mode,
        **kw,
    )


def bounce(user: User, slug: str, **kw: Any) -> Msg:
    """A Postfix non-delivery report (``k15.bounce``) with this set's Message-ID."""
    return own(k15.bounce(user, slug, **kw))
