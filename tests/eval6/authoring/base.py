"""This set's own pieces on top of ``tests.eval5.authoring``: users, zones, calendar mail.

Everything reusable (the MIME writer, ``mail()``, ``human()``, ``ats()``, the calendar writer
with tz-database VTIMEZONEs, the Google and Exchange shapes, the date helpers) is imported
from the fifth set's kit, not copied. This module adds the sixth set's users, the Windows
zone names and Google zone captions its calendars need, and ``invite()`` for the calendar
writers that have no shape of their own (Apple, Zoom, Webex, Bookings, ATS ``.ics``).
Dates run from February to April 2028, across the spring switches: US/Canada 12 March, the
EU/UK/Portugal 26 March, Chile and south-east Australia/New Zealand 2 April.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.eval5.authoring import kit, shapes
from tests.eval5.authoring.kit import (
    APPLE,
    AUTO,
    GOOGLE,
    OUTLOOK,
    WEBEX,
    ZOOM,
    Msg,
    User,
    at,
    ats,
    bulk,
    conv,
    d,
    de,
    dh,
    es,
    event,
    fr,
    human,
    iso,
    iv,
    mail,
    note,
    plus,
    quoted,
    t12,
    t24,
    uid,
)
from tests.eval5.authoring.shapes import google, outlook

__all__ = [
    "APPLE",
    "AUTO",
    "GOOGLE",
    "OUTLOOK",
    "WEBEX",
    "ZOOM",
    "Msg",
    "User",
    "at",
    "ats",
    "bulk",
    "conv",
    "d",
    "de",
    "dh",
    "es",
    "event",
    "fr",
    "google",
    "human",
    "invite",
    "iso",
    "iv",
    "mail",
    "note",
    "outlook",
    "plus",
    "quoted",
    "t12",
    "t24",
    "uid",
]

# Windows names (as Exchange writes TZID) this set adds, mapped as CLDR's windowsZones does
# for territory 001. Added to the shared table so the shared calendar writer resolves them.
NEW_WINDOWS = {
    "Pacific SA Standard Time": "America/Santiago",
    "SA Pacific Standard Time": "America/Bogota",
    "Arabian Standard Time": "Asia/Dubai",
    "E. Africa Standard Time": "Africa/Nairobi",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "South Africa Standard Time": "Africa/Johannesburg",
    "GTB Standard Time": "Europe/Bucharest",
    "Central European Standard Time": "Europe/Warsaw",
    "Israel Standard Time": "Asia/Jerusalem",
    "Newfoundland Standard Time": "America/St_Johns",
    "Atlantic Standard Time": "America/Halifax",
    "US Mountain Standard Time": "America/Phoenix",
    "Mountain Standard Time": "America/Denver",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "W. Australia Standard Time": "Australia/Perth",
    "Korea Standard Time": "Asia/Seoul",
    "Nepal Standard Time": "Asia/Kathmandu",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Central Europe Standard Time": "Europe/Budapest",
}
kit.WINDOWS.update(NEW_WINDOWS)
WINDOWS = kit.WINDOWS

shapes.GOOGLE_ZONE.update(
    {
        "America/Santiago": "Chile Time - Santiago",
        "America/Bogota": "Colombia Standard Time - Bogota",
        "America/Denver": "Mountain Time - Denver",
        "America/Phoenix": "Mountain Time - Phoenix",
        "America/Halifax": "Atlantic Time - Halifax",
        "America/St_Johns": "Newfoundland Time - St. John's",
        "Europe/Lisbon": "Western European Time - Lisbon",
        "Europe/Warsaw": "Central European Time - Warsaw",
        "Europe/Amsterdam": "Central European Time - Amsterdam",
        "Europe/Helsinki": "Eastern European Time - Helsinki",
        "Asia/Seoul": "Korean Standard Time - Seoul",
        "Asia/Manila": "Philippine Standard Time - Manila",
        "Asia/Kathmandu": "Nepal Time - Kathmandu",
        "Asia/Dubai": "Gulf Standard Time - Dubai",
        "Africa/Nairobi": "East Africa Time - Nairobi",
        "Australia/Adelaide": "Central Australia Time - Adelaide",
        "Australia/Perth": "Western Australia Time - Perth",
        "Pacific/Honolulu": "Hawaii-Aleutian Standard Time",
    }
)

# --- Users: all new to the sets ------------------------------------------------------------
BEATRIZ = User("Beatriz Quintela Amaral", ("beatriz.qamaral@example.com",), "Europe/Lisbon", "dmy")
PAWEL = User("Paweł Zieliński-Wrona", ("pawel.zwrona@example.net",), "Europe/Warsaw", "dmy")
ANNELIES = User(
    "Annelies van der Berghe", ("annelies.vdberghe@example.org",), "Europe/Brussels", "dmy"
)
URS = User("Urs Tschümperlin", ("urs.tschuemperlin@example.com",), "Europe/Zurich", "dmy")
VERENA = User("Verena Pichlmayr", ("verena.pichlmayr@example.net",), "Europe/Vienna", "dmy")
MALTE = User("Malte Hinrichsen", ("malte.hinrichsen@example.org",), "Europe/Berlin", "dmy")
CORENTIN = User("Corentin Le Goff", ("corentin.legoff@example.com",), "Europe/Paris", "dmy")
MAXIME = User(
    "Maxime Thibodeau-Gagnon",
    ("maxime.thibodeau@example.net", "mtg.emplois@example.org"),
    "America/Toronto",
    "ymd",
)
ITZEL = User("Itzel Cervantes Ocampo", ("itzel.cervantes@example.org",), "America/Monterrey", "dmy")
FACUNDO = User(
    "Facundo Lisandro Ibarra", ("facundo.ibarra@example.com",), "America/Argentina/Cordoba", "dmy"
)
CATALINA = User(
    "Catalina Fuenzalida Rojas", ("catalina.fuenzalida@example.net",), "America/Santiago", "dmy"
)
JUANES = User("Juan Esteban Arboleda", ("juanes.arboleda@example.org",), "America/Bogota", "dmy")
ALMUDENA = User("Almudena Sáez Carretero", ("almudena.saez@example.com",), "Atlantic/Canary", "dmy")
TAYLOR = User("Taylor Brannigan", ("taylor.brannigan@example.net",), "America/Denver", "mdy")
MARISOL = User("Marisol Yazzie", ("marisol.yazzie@example.org",), "America/Phoenix", "mdy")
CONOR = User("Conor Fitzmaurice", ("conor.fitzmaurice@example.com",), "America/St_Johns", "mdy")
NOELANI = User("Noelani Kahananui", ("noelani.kahananui@example.net",), "Pacific/Honolulu", "mdy")
DWAYNE = User("Dwayne Ellsworth", ("dwayne.ellsworth@example.org",), "America/Halifax", "mdy")
PRISHA = User("Prisha Adhikari", ("prisha.adhikari@example.com",), "Asia/Kathmandu", "dmy")
SEOYEON = User("Park Seo-yeon", ("seoyeon.park@example.net",), "Asia/Seoul", "ymd")
JOLO = User("Jose Miguel Dizon", ("jm.dizon@example.org",), "Asia/Manila", "mdy")
RASHID = User("Rashid Al-Mansoori", ("rashid.almansoori@example.com",), "Asia/Dubai", "dmy")
WANJIRU = User("Wanjiru Kamau-Otieno", ("wanjiru.kamau@example.net",), "Africa/Nairobi", "dmy")
TUNDE = User("Babatunde Oyelaran", ("tunde.oyelaran@example.org",), "Africa/Lagos", "dmy")
LIESL = User("Liesl Ferreira-Botha", ("liesl.fbotha@example.com",), "Africa/Johannesburg", "ymd")
CALLUM = User(
    "Callum Baird-Nicholls", ("callum.bnicholls@example.net",), "Australia/Adelaide", "dmy"
)
AROHA = User("Aroha Wikitoria Pene", ("aroha.pene@example.org",), "Pacific/Auckland", "dmy")
SANNE = User("Sanne Verhoeven", ("sanne.verhoeven@example.com",), "Europe/Amsterdam", "dmy")
AINO = User("Aino Kettunen", ("aino.kettunen@example.net",), "Europe/Helsinki", "dmy")
GWEN = User("Gwenllian Prys", ("gwenllian.prys@example.org",), "Europe/London", "dmy")


def invite(
    user: User,
    slug: str,
    kind: str,
    *,
    frm: tuple[str | None, str],
    subject: str,
    date: str,
    body: str,
    label: dict[str, Any],
    start: str,
    zone: str | None,
    minutes: int,
    summary: str,
    organizer: tuple[str | None, str] | None,
    attendees: Sequence[tuple[str | None, str]] = (),
    prodid: str = APPLE,
    method: str = "REQUEST",
    utc_zone: str | None = None,
    location: str = "",
    description: str = "",
    sequence: int = 0,
    ics_mode: str = "attach",
    ics_name: str = "invite.ics",
    style: str = "ats",
    **kw: Any,
) -> Msg:
    """A message carrying one calendar event written by ``prodid`` (any writer)."""
    ics = event(
        uid=uid(
            slug, "apple" if prodid == APPLE else "google" if prodid == GOOGLE else "x.example"
        ),
        start=start,
        zone=zone,
        utc_zone=utc_zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=list(attendees),
        description=description,
        location=location,
        sequence=sequence,
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
        method=method,
        prodid=prodid,
    )
    if style == "ats":
        return ats(
            user,
            slug,
            kind,
            frm=frm,
            subject=subject,
            date=date,
            body=body,
            label=label,
            ics=ics,
            ics_mode=ics_mode,
            ics_method=method,
            ics_name=ics_name,
            **kw,
        )
    return human(
        user,
        slug,
        kind,
        frm=frm,
        subject=subject,
        date=date,
        body=body,
        label=label,
        mailer=style,
        ics=ics,
        ics_mode=ics_mode,
        ics_method=method,
        ics_name=ics_name,
        **kw,
    )
