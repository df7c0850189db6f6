"""What is new for authoring the nineteenth evaluation set: users, producers, wrappers, ids.

Everything shared comes by import, unchanged: dates, the tz-database VTIMEZONE writer, the
calendar event writer and ``mail()`` from the fourth set's kit (``tests.eval4.authoring.kit``);
the vendor, person-typed and forwarding builders and the Windows zone tables of the
fourteenth set's kit (``tests.eval14.authoring.kit``); the later Google layout and the
Windows names the fifteenth set's kit adds (``tests.eval15.authoring.kit``); and through
them the byte-exact MIME writer of the first set. This module holds only this set's users,
the names of the calendar producers it adds, the few Windows zone names the earlier tables
lack (mapped as CLDR's windowsZones does for territory 001), a calendar writer that stamps
DTSTAMP from the message's own Date and writes Exchange's VTIMEZONE for any of those names,
an Outlook request builder with its ``When:`` captions, a bounce that carries the
undelivered message whole, date formatters for Italian, Dutch and Portuguese, and thin
wrappers that give every message this set's Message-ID.

Labelled starts run from October to December 2038, an autumn with these switches (computed
with ``zoneinfo`` from the installed tz database, never guessed): south-east Australia
forward (Sunday 3 October; Adelaide to +10:30, Brisbane and Darwin unchanged), Egypt back
(Thursday 28 October), Lebanon and Greenland back (Saturday 30 October), Europe back (Sunday
31 October; Morocco back from its Ramadan +00 the same night) and North America and Cuba back
(Sunday 7 November), so that for a week New York is four hours behind London. Everything is
invented under reserved names (RFC 2606).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User, headers, html_page, paras
from tests.eval.authoring.mime import Part, addr, leaf, message, multi
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval15.authoring import kit as k15
from tests.evalauthoring import with_message_id

SEED = "/eval19"

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
forwarded, bulk, AUTO = k14.forwarded, k4.bulk, k4.AUTO
GOOGLE, OUTLOOK, APPLE, ICLOUD = k4.GOOGLE, k4.OUTLOOK, k4.APPLE, k4.ICLOUD
ZOOM, WEBEX, FASTMAIL, PROTON = k4.ZOOM, k4.WEBEX, k4.FASTMAIL, k4.PROTON
# Calendar producers this set adds.
SAVVYCAL = "-//SavvyCal//SavvyCal Scheduling//EN"
CHILIPIPER = "-//Chili Piper//Chili Piper Concierge//EN"
ACUITY = "-//Acuity Scheduling//Acuity Scheduling 3.0//EN"
SETMORE = "-//Setmore//Setmore Appointments//EN"
VYTE = "-//Vyte//Vyte Scheduling//EN"
TIDYCAL = "-//TidyCal//TidyCal 1.0//EN"
EIGHTFOLD = "-//Eightfold AI//Interview Scheduler//EN"
EVOLUTION = "-//GNOME//Evolution 3.58//EN"
GMX = "-//1&1 Mail & Media GmbH//GMX Kalender//DE"

# --- Users: mailbox owners, all new to the sets ----------------------------------------------
AINO = User("Aino Rautavaara-Okafor", ("aino.rautavaara@example.com",), "Europe/Helsinki", "dmy")
KADRI = User("Kadri Sepp-Adewale", ("kadri.sepp@example.net",), "Europe/Tallinn", "dmy")
LAIMA = User("Laima Žukauskaitė-Orr", ("laima.zukauskaite@example.org",), "Europe/Vilnius", "ymd")
ILZE = User("Ilze Kalniņa-Boateng", ("ilze.kalnina@example.com",), "Europe/Riga", "dmy")
IOANA = User("Ioana Petrescu-Haldane", ("ioana.petrescu@example.net",), "Europe/Bucharest", "dmy")
BOYAN = User("Boyan Iliev-Carmichael", ("boyan.iliev@example.org",), "Europe/Sofia", "dmy")
ZSOFIA = User("Zsófia Bakonyi-Leclair", ("zsofia.bakonyi@example.com",), "Europe/Budapest", "ymd")
TEREZA = User("Tereza Novotná-Quaye", ("tereza.novotna@example.net",), "Europe/Prague", "dmy")
ANDERS = User(
    "Anders Vestergaard-Ibe", ("anders.vestergaard@example.org",), "Europe/Copenhagen", "dmy"
)
SOLVEIG = User("Solveig Haugland-Mwale", ("solveig.haugland@example.com",), "Europe/Oslo", "dmy")
DUARTE = User("Duarte Medeiros-Quigley", ("duarte.medeiros@example.net",), "Atlantic/Azores", "dmy")
WANGARI = User("Wangari Njeri-Holloway", ("wangari.njeri@example.org",), "Africa/Nairobi", "dmy")
ADAEZE = User("Adaeze Nwachukwu-Pryce", ("adaeze.nwachukwu@example.com",), "Africa/Lagos", "dmy")
HIWOT = User("Hiwot Tesfaye-Lindgren", ("hiwot.tesfaye@example.net",), "Africa/Addis_Ababa", "dmy")
MUKISA = User("Mukisa Ssempala-Greer", ("mukisa.ssempala@example.org",), "Africa/Kampala", "dmy")
YONATAN = User("Yonatan Mizrahi-Frost", ("yonatan.mizrahi@example.com",), "Asia/Jerusalem", "dmy")
LAYAN = User("Layan Haddadin-Whyte", ("layan.haddadin@example.net",), "Asia/Amman", "dmy")
RASHA = User("Rasha Al-Mansoori Kent", ("rasha.almansoori@example.org",), "Asia/Dubai", "dmy")
MAHA = User("Maha Al-Kuwari Sutton", ("maha.alkuwari@example.com",), "Asia/Qatar", "dmy")
OMER = User("Omer Farooqui-Blake", ("omer.farooqui@example.net",), "Asia/Karachi", "dmy")
FARHANA = User("Farhana Akter-Westbrook", ("farhana.akter@example.org",), "Asia/Dhaka", "dmy")
THAO = User("Lê Phương Thảo", ("thao.lephuong@example.com",), "Asia/Ho_Chi_Minh", "dmy")
PIM = User("Pimchanok Srisai-Hendry", ("pimchanok.srisai@example.net",), "Asia/Bangkok", "dmy")
JIHO = User("Kang Ji-ho", ("jiho.kang.pm@example.org",), "Asia/Seoul", "ymd")
WINGYAN = User("Chan Wing-yan Natalie", ("wingyan.chan@example.com",), "Asia/Hong_Kong", "dmy")
BOLOR = User("Bolormaa Ganbold", ("bolormaa.ganbold@example.net",), "Asia/Ulaanbaatar", "ymd")
NINO = User("Nino Beridze-Calloway", ("nino.beridze@example.org",), "Asia/Tbilisi", "dmy")
AIGERIM = User("Aigerim Seitkali-Moss", ("aigerim.seitkali@example.com",), "Asia/Almaty", "dmy")
SKYE = User("Skye Tremayne-Bello", ("skye.tremayne@example.net",), "Australia/Adelaide", "dmy")
BRIONY = User(
    "Briony Castellano-Wirth", ("briony.castellano@example.org",), "Australia/Darwin", "dmy"
)
ROHAN = User("Rohan Pillay-Eastwood", ("rohan.pillay@example.com",), "Australia/Brisbane", "dmy")
ASENACA = User("Asenaca Ravuvu-Lockhart", ("asenaca.ravuvu@example.net",), "Pacific/Fiji", "dmy")
MALIA = User("Malia Kahale-Brandt", ("malia.kahale@example.org",), "Pacific/Honolulu", "mdy")
CODY = User("Cody Anvik-Marsh", ("cody.anvik@example.com",), "America/Anchorage", "mdy")
HOLLIS = User(
    "Hollis Fairbanks-Ude", ("hollis.fairbanks@example.net",), "America/Los_Angeles", "mdy"
)
MAEVE = User("Maeve Doucette-Abara", ("maeve.doucette@example.org",), "America/Halifax", "mdy")
TREVOR = User("Trevor Kowalski-Ameyaw", ("trevor.kowalski@example.com",), "America/Winnipeg", "mdy")
SHAYLA = User("Shayla Desjarlais-Ford", ("shayla.desjarlais@example.net",), "America/Regina", "mdy")
DEVIKA = User("Devika Sandhu-Marlow", ("devika.sandhu@example.org",), "America/Edmonton", "mdy")
JANELLE = User(
    "Janelle Rivera-Oakes", ("janelle.riveraoakes@example.com",), "America/Puerto_Rico", "mdy"
)
DARIUS = User(
    "Darius Whitlock-Ayodele",
    ("darius.whitlock@example.net", "dw.jobhunt@example.com"),
    "America/New_York",
    "mdy",
)
PAYTON = User(
    "Payton Albright-Osei", ("payton.albright@example.org",), "America/Indiana/Indianapolis", "mdy"
)
# Users who read German, French, Spanish, Italian, Dutch or Portuguese mail.
LEONIE = User("Leonie Wacker-Osagie", ("leonie.wacker@example.com",), "Europe/Berlin", "dmy")
JANNIK = User("Jannik Hövelmann-Addo", ("jannik.hoevelmann@example.net",), "Europe/Berlin", "dmy")
MARLENE = User("Marlene Fiedler-Kariuki", ("marlene.fiedler@example.net",), "Europe/Berlin", "dmy")
TESSY = User("Tessy Reuter-Mbemba", ("tessy.reuter@example.org",), "Europe/Luxembourg", "dmy")
DOMINIK = User("Dominik Frommelt-Ekwueme", ("dominik.frommelt@example.com",), "Europe/Vaduz", "dmy")
MAGDALENA = User(
    "Magdalena Pichler-Oberhofer", ("magdalena.pichler@example.net",), "Europe/Rome", "dmy"
)
STEFAN = User("Stefan Kniewasser-Dodoo", ("stefan.kniewasser@example.org",), "Europe/Vienna", "dmy")
LIVIA = User("Livia Brändli-Okeke", ("livia.braendli@example.com",), "Europe/Zurich", "dmy")
OCEANE = User("Océane Berthoud-Mensah", ("oceane.berthoud@example.org",), "Europe/Zurich", "dmy")
BAPTISTE = User(
    "Baptiste Rochefort-Diallo", ("baptiste.rochefort@example.com",), "Europe/Paris", "dmy"
)
AMINATA = User("Aminata Ndiaye-Fontaine", ("aminata.ndiaye@example.net",), "Africa/Dakar", "dmy")
KOUADIO = User("Kouadio Yao-Bernier", ("kouadio.yao@example.org",), "Africa/Abidjan", "dmy")
YASMINA = User("Yasmina Alaoui-Perrin", ("yasmina.alaoui@example.com",), "Africa/Casablanca", "dmy")
WALID = User("Walid Benali-Courtois", ("walid.benali@example.net",), "Africa/Algiers", "dmy")
MAELYS = User(
    "Maëlys Rosemond-Ovide", ("maelys.rosemond@example.org",), "America/Martinique", "dmy"
)
THEO = User("Théo Wamytan-Lefèvre", ("theo.wamytan@example.com",), "Pacific/Noumea", "dmy")
GRACE = User("Grâce Mbuyi-Lambert", ("grace.mbuyi@example.net",), "Africa/Kinshasa", "dmy")
VALERIA = User(
    "Valeria Restrepo Gaviria", ("valeria.restrepo@example.org",), "America/Bogota", "dmy"
)
LAUTARO = User(
    "Lautaro Etchegaray Bruno",
    ("lautaro.etchegaray@example.com",),
    "America/Argentina/Buenos_Aires",
    "dmy",
)
DANIELA = User(
    "Daniela Urdaneta Briceño", ("daniela.urdaneta@example.net",), "America/Caracas", "dmy"
)
MATEO = User("Mateo Quisbert Mamani", ("mateo.quisbert@example.org",), "America/La_Paz", "dmy")
FATIMA = User("Fátima Benítez Ayala", ("fatima.benitez@example.com",), "America/Asuncion", "dmy")
ANDRES = User("Andrés Solano Quesada", ("andres.solano@example.net",), "America/Costa_Rica", "dmy")
LUCIA = User("Lucía Ajú Tzul", ("lucia.aju@example.org",), "America/Guatemala", "dmy")
YAIMA = User("Yaima Cárdenas Roque", ("yaima.cardenas@example.com",), "America/Havana", "dmy")
JORDI = User("Jordi Puigvert Casals", ("jordi.puigvert@example.net",), "Europe/Madrid", "dmy")
NAYRA = User("Nayra Cabrera Dorta", ("nayra.cabrera@example.org",), "Atlantic/Canary", "dmy")
CHIARA = User("Chiara Bonfanti-Ogbu", ("chiara.bonfanti@example.com",), "Europe/Rome", "dmy")
FEMKE = User("Femke Dijkstra-Abebe", ("femke.dijkstra@example.net",), "Europe/Amsterdam", "dmy")
WOUT = User("Wout Verbeeck-Sarpong", ("wout.verbeeck@example.org",), "Europe/Brussels", "dmy")
EDVANIA = User("Edvânia Kiluanji Neto", ("edvania.kiluanji@example.com",), "Africa/Luanda", "dmy")
NELIO = User("Nélio Macuácua Sitoe", ("nelio.macuacua@example.net",), "Africa/Maputo", "dmy")

# Windows names the earlier tables lack, mapped as CLDR's windowsZones does for territory
# 001, with the caption Outlook prints on a ``When:`` line (always the standard offset).
MORE_WINDOWS = {
    "Jordan Standard Time": "Asia/Amman",
    "Arab Standard Time": "Asia/Riyadh",
    "Venezuela Standard Time": "America/Caracas",
    "Central America Standard Time": "America/Guatemala",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Fiji Standard Time": "Pacific/Fiji",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
}
WINDOWS = {**k15.WINDOWS, **MORE_WINDOWS}
WHEN_ZONE = {
    **k14.WHEN_ZONE,
    "FLE Standard Time": "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    "Jordan Standard Time": "(UTC+03:00) Amman",
    "Arab Standard Time": "(UTC+03:00) Kuwait, Riyadh",
    "Venezuela Standard Time": "(UTC-04:00) Caracas",
    "Central America Standard Time": "(UTC-06:00) Central America",
    "Georgian Standard Time": "(UTC+04:00) Tbilisi",
    "Fiji Standard Time": "(UTC+12:00) Fiji",
    "Ulaanbaatar Standard Time": "(UTC+08:00) Ulaanbaatar",
    "Argentina Standard Time": "(UTC-03:00) City of Buenos Aires",
}


def zone_of(zone: str) -> str:
    """The IANA zone for an IANA or Windows name."""
    return WINDOWS.get(zone, zone)


def at(local: str, zone: str) -> dt.datetime:
    """``"2038-11-09 10:00"`` in ``zone`` (IANA or Windows name) as an aware datetime."""
    return dt.datetime.fromisoformat(local).replace(tzinfo=k4.ZoneInfo(zone_of(zone)))


def dh(local: str, zone: str) -> str:
    """An RFC 5322 Date header for a local time (weekday right by construction)."""
    return email.utils.format_datetime(at(local, zone))


def conv(local: str, zone: str, to: str) -> str:
    """The same instant as ``local`` in ``zone``, as local time in ``to``."""
    return at(local, zone).astimezone(k4.ZoneInfo(zone_of(to))).strftime("%Y-%m-%d %H:%M")


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind: ``start`` local in ``zone``; ``tz`` what the mail names."""
    return k14.lab(start, zone_of(zone), tz, **kw)


note = k14.note


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:9]}.{h[9:13].upper()}{h[13:25]}.n19@{domain}>"


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


def html_mail(user: User, slug: str, kind: str, *, markup: str, **kw: Any) -> Msg:
    """A message whose only body is ``markup`` (HTML-only mail of templates and web tools)."""
    return raw_mail(user, slug, kind, rich=html_page(markup), **kw)


def google(user: User, slug: str, kind: str, **kw: Any) -> Msg:
    """Google Calendar's later "has invited you" layout (``k15.google``)."""
    msg = k15.google(user, slug + SEED, kind, **kw)
    msg.slug = slug
    return own(msg)


def _stamp(date_header: str) -> str:
    """A DTSTAMP two minutes before the message was sent (RFC 5545 3.8.7.2)."""
    when = email.utils.parsedate_to_datetime(date_header).astimezone(dt.UTC)
    return f"{when - dt.timedelta(minutes=2):%Y%m%dT%H%M%SZ}"


# Exchange's edits of a tz-database VTIMEZONE, as the fifteenth set's kit makes them.
_EXCHANGE_EDITS = k15._EXCHANGE_EDITS


def _exchange_vtimezone(name: str, year: int) -> str:
    """Exchange's VTIMEZONE for a Windows ``name``: tz-database rules, 1601 onsets, no TZNAME."""
    text = "\n".join(k4.vtimezone(zone_of(name), year))
    for pattern, replacement in _EXCHANGE_EDITS:
        text = pattern.sub(replacement, text)
    return text.replace(f"TZID:{zone_of(name)}\n", f"TZID:{name}\n", 1)


def ics(*, date: str, slug: str, start: str, zone: str | None, style: str, **kw: Any) -> str:
    """One VCALENDAR for a message sent at ``date`` (DTSTAMP from it, UID seeded per set).

    ``zone`` is an IANA name, a Windows name (written as Exchange writes it, also in
    ``extra`` lines such as RECURRENCE-ID given with the IANA name) or None for UTC times
    computed from ``utc_zone``.
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
}


def when_line(start: str, minutes: int, zone: str, lang: str = "en") -> str:
    """Outlook's ``When:`` value for a Windows ``zone`` in the named language."""
    return k14.when_line(start, minutes, WHEN_ZONE[zone], lang)


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
    extra_lines: list[str] | None = None,
    html_only: bool = False,
    **kw: Any,
) -> Msg:
    """An Exchange meeting request (or cancellation): ``When:``/``Where:`` lines, the
    organiser's text, the Teams footer, the calendar inline with a Windows TZID."""
    w, wh = _WHEN[lang]
    footer = k4.teams(slug + SEED) if teams else ""
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
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
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
        rich=html_page(paras(body), lang=tag[:2]),
        extra=[("Thread-Topic", subject), ("X-MS-Has-Attach", ""), ("Content-Language", tag)],
        ics_mode="inline",
        **kw,
    )


def bounce_with(
    user: User,
    slug: str,
    *,
    reporter: str,
    date: str,
    text: str,
    status: str,
    original: Msg,
    label: dict[str, Any],
) -> Msg:
    """A non-delivery report (RFC 3464) that returns the whole undelivered message as a
    message/rfc822 part (RFC 3462 3), calendar part and all."""
    domain = reporter.split("@")[1]
    hdrs = headers(
        user,
        frm=addr("Mail Delivery Subsystem", reporter),
        subject="Delivery Status Notification (Failure)",
        date=date,
        msgid=f"<{slug}.{hashlib.sha1(slug.encode()).hexdigest()[:12]}@{domain}>",
        helo=domain,
        ip="192.0.2.77",
        extra=[("Auto-Submitted", "auto-replied")],
        return_path="",
    )
    inner = Part([("Content-Type", "message/rfc822")], original.raw)
    bnd = f"{hashlib.sha1(slug.encode()).hexdigest()[:16]}=_report"
    body = multi(
        "report",
        bnd,
        leaf("text/plain", text, charset="us-ascii", cte="7bit"),
        leaf("message/delivery-status", status, charset=None, cte="7bit"),
        inner,
        params="report-type=delivery-status",
    )
    return own(Msg(slug, "auto_reply", user, message(hdrs, body), label))


# --- Dates in the other languages -------------------------------------------------------------
_IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
_IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
_NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
_NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_PT_DAYS = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
_PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def it(local: str) -> str:
    """'martedì 9 novembre'."""
    x = dt.date.fromisoformat(local[:10])
    return f"{_IT_DAYS[x.weekday()]} {x.day} {_IT_MONTHS[x.month - 1]}"


def nl(local: str) -> str:
    """'dinsdag 9 november'."""
    x = dt.date.fromisoformat(local[:10])
    return f"{_NL_DAYS[x.weekday()]} {x.day} {_NL_MONTHS[x.month - 1]}"


def pt(local: str) -> str:
    """'terça-feira, 9 de novembro'."""
    x = dt.date.fromisoformat(local[:10])
    return f"{_PT_DAYS[x.weekday()]}, {x.day} de {_PT_MONTHS[x.month - 1]}"


def wd(local: str) -> str:
    """The English weekday of ``local`` ('Tuesday')."""
    return f"{dt.date.fromisoformat(local[:10]):%A}"


def dmy(local: str, sep: str = "/") -> str:
    """'09/11/2038' (day first)."""
    x = dt.date.fromisoformat(local[:10])
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def mdy(local: str, sep: str = "/") -> str:
    """'11/09/2038' (month first)."""
    x = dt.date.fromisoformat(local[:10])
    return f"{x.month:02d}{sep}{x.day:02d}{sep}{x.year}"


def ampm(local: str) -> str:
    """'10:00am' as many booking tools print a time."""
    x = dt.datetime.fromisoformat(local)
    return f"{x.hour % 12 or 12}:{x.minute:02d}{'am' if x.hour < 12 else 'pm'}"
