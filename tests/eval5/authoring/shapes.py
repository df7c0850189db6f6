"""The recurring shapes of calendar mail: a Google invitation, an Outlook/Exchange request.

Each builds the visible text the service writes around its calendar part (Google's "When /
Joining info / Guests" block, Outlook's ``When:``/``Where:`` lines and Teams footer, in
English, German, French or Spanish) from the same local time and zone as the calendar
itself, so text and ``DTSTART`` cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from .kit import (
    GOOGLE,
    OUTLOOK,
    Msg,
    User,
    at,
    de,
    es,
    event,
    fr,
    html_page,
    mail,
    paras,
    plus,
    t12,
    t24,
    uid,
)

# Google's names for the zones this set uses (shown after the time in its invitations).
GOOGLE_ZONE = {
    "America/New_York": "Eastern Time - New York",
    "America/Toronto": "Eastern Time - Toronto",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Chicago": "Central Time - Chicago",
    "America/Anchorage": "Alaska Time - Anchorage",
    "America/Regina": "Central Standard Time - Regina",
    "America/Mexico_City": "Central Standard Time - Mexico City",
    "America/Argentina/Buenos_Aires": "Argentina Standard Time - Buenos Aires",
    "America/Asuncion": "Paraguay Time - Asuncion",
    "America/Costa_Rica": "Central Standard Time - Costa Rica",
    "Europe/London": "United Kingdom Time",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Zurich": "Central European Time - Zurich",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Istanbul": "Turkey Time - Istanbul",
    "Europe/Kyiv": "Eastern European Time - Kyiv",
    "Atlantic/Reykjavik": "Greenwich Mean Time - Reykjavik",
    "Africa/Accra": "Greenwich Mean Time - Accra",
    "Africa/Casablanca": "Morocco Time - Casablanca",
    "Asia/Tehran": "Iran Standard Time - Tehran",
    "Asia/Karachi": "Pakistan Standard Time - Karachi",
    "Asia/Colombo": "India Standard Time - Colombo",
    "Asia/Dhaka": "Bangladesh Standard Time - Dhaka",
    "Asia/Yangon": "Myanmar Time - Yangon",
    "Asia/Hong_Kong": "Hong Kong Time",
    "Asia/Tokyo": "Japan Standard Time - Tokyo",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Australia/Melbourne": "Eastern Australia Time - Melbourne",
    "Australia/Darwin": "Central Australia Time - Darwin",
    "Pacific/Chatham": "Chatham Time",
    "Pacific/Auckland": "New Zealand Time",
}


def gabbr(start: str, zone: str) -> str:
    """The abbreviation Google puts in an invitation subject ("EDT", "GMT-3", "GMT+5:30")."""
    x = at(start, zone)
    name = x.tzname() or ""
    if name[:1] in "+-":
        off = x.utcoffset() or dt.timedelta()
        mins = int(off.total_seconds() // 60)
        hours, rest = divmod(abs(mins), 60)
        return f"GMT{'+' if mins >= 0 else '-'}{hours}" + (f":{rest:02d}" if rest else "")
    return name


def grange(start: str, minutes: int) -> str:
    """'10am – 11am' or '2:30pm – 3:15pm' as Google prints a time range."""
    return f"{t12(start, compact=True)} – {t12(plus(start, minutes), compact=True)}"


def google(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    guests: Sequence[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    note: str = "",
    meet: str | None = "abc-defg-hij",
    location: str = "",
    sequence: int = 0,
    updated: str | None = None,
    cancelled: bool = False,
    wr_timezone: str | None = None,
    reply_to: tuple[str | None, str] | None = None,
    ics_mode: str = "both",
) -> Msg:
    """A Google Calendar invitation (or update, or cancellation) as Gmail delivers it."""
    x = at(start, zone)
    day = f"{x:%A} {x:%b} {x.day}, {x.year}"
    rng = grange(start, minutes)
    zname = GOOGLE_ZONE.get(zone, zone)
    who = [f"{organizer[0]} - organizer"] + [n for n, _ in guests if n != organizer[0]]
    who.append(user.addresses[0])
    join = (
        f"Join with Google Meet\nmeet.google.com/{meet}\n"
        "Join by phone\n(US) +1 347-555-0148 PIN: 731 604 228#\n\n"
        if meet
        else ""
    )
    if cancelled:
        head, prefix = (
            "This event has been cancelled and removed from your calendar.\n\n",
            "Cancelled event",
        )
    elif updated:
        head, prefix = f"This event has been updated\nChanged: {updated}\n\n", "Updated invitation"
    else:
        head, prefix = "", "Invitation"
    body = (
        f"{head}{summary}\n{day} ⋅ {rng} ({zname})\n\n"
        + join
        + (f"Location\n{location}\n\n" if location else "")
        + ("" if not note else note.strip() + "\n\n")
        + "Guests\n"
        + "\n".join(who)
        + "\n\nView all guest info\n\nReply for "
        + user.addresses[0]
        + "\nYes\nNo\nMaybe\nMore options\n\nInvitation from Google Calendar\n\n"
        "You are receiving this email because you are an attendee on the event. To stop "
        "receiving future updates for this event, decline this event.\n"
    )
    subj_day = f"{x:%a} {x:%b} {x.day}, {x.year}"
    subject = (
        f"{prefix}: {summary} @ {subj_day} {rng.replace(' – ', ' - ')} ({gabbr(start, zone)}) "
        f"({user.addresses[0]})"
    )
    desc = note.strip()
    if meet:
        desc += f"\n\nJoin with Google Meet: https://meet.google.com/{meet}"
    ics = event(
        uid=uid(slug),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=summary,
        organizer=organizer,
        attendees=[*guests, (user.name, user.addresses[0])],
        description=desc.strip(),
        location=location,
        sequence=sequence,
        status="CANCELLED" if cancelled else "CONFIRMED",
        method="CANCEL" if cancelled else "REQUEST",
        prodid=GOOGLE,
        wr_timezone=wr_timezone,
    )
    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        sender="Google Calendar <calendar-notification@google.com>",
        reply_to=reply_to or organizer,
        subject=subject,
        date=date,
        body=body,
        html_auto=True,
        ics=ics,
        ics_mode=ics_mode,
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
        msgid_domain="google.com",
    )


# Outlook's words around a meeting, per language of the sender's client.
_OL = {
    "en": ("When", "Where", "Microsoft Teams Meeting"),
    "de": ("Wann", "Wo", "Microsoft Teams-Besprechung"),
    "fr": ("Quand\u00a0", "Où\u00a0", "Réunion Microsoft Teams"),
    "es": ("Cuándo", "Dónde", "Reunión de Microsoft Teams"),
}
_TEAMS = {
    "en": (
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        "Click here to join the meeting",
        "Meeting ID",
        "Passcode",
        "Need help?",
    ),
    "de": (
        "Microsoft Teams-Besprechung",
        "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
        "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "Besprechungs-ID",
        "Kennung",
        "Hilfe?",
    ),
    "fr": (
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        "Cliquez ici pour rejoindre la réunion",
        "ID de réunion\u00a0",
        "Code secret\u00a0",
        "Besoin d'aide\u00a0?",
    ),
    "es": (
        "Reunión de Microsoft Teams",
        "Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala",
        "Haga clic aquí para unirse a la reunión",
        "Id. de reunión",
        "Código de acceso",
        "¿Necesita ayuda?",
    ),
}


def teams_block(seed: str, lang: str = "en") -> str:
    """The Teams block Outlook appends to a meeting body, in the client's language."""
    h = hashlib.sha1((seed + "teams5").encode()).hexdigest()
    num = " ".join(str(int(h[i : i + 6], 16) % 1000).zfill(3) for i in (0, 6, 12, 18))
    title, join_on, click, mid_word, pc_word, helpw = _TEAMS[lang]
    rule = "_" * 80
    return (
        f"\n\n{rule}\n{title}\n{join_on}\n"
        f"{click} <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:18]}%40thread.v2/0>\n"
        f"{mid_word}: {num}\n{pc_word}: {h[22:28].upper()}\n"
        f"{helpw} <https://aka.ms/JoinTeamsMeeting?omkt={lang}>\n{rule}\n"
    )


def when_text(start: str, minutes: int, zone_label: str, lang: str) -> str:
    """Outlook's date and time range in the sender's language."""
    end = plus(start, minutes)
    x = at(start, "UTC")
    if lang == "de":
        return f"{de(start)} {t24(start)}-{t24(end)} {zone_label}"
    if lang == "fr":
        return f"{fr(start)} {t24(start)}-{t24(end)} {zone_label}"
    if lang == "es":
        return f"{es(start, year=True)} {t24(start)}-{t24(end)} {zone_label}".replace(" ", ", ", 1)
    return f"{x:%A}, {x:%B} {x.day}, {x.year} {t12(start)}-{t12(end)} {zone_label}"


def outlook(
    user: User,
    slug: str,
    kind: str,
    *,
    start: str,
    zone: str,
    when_zone: str,
    minutes: int,
    subject: str,
    organizer: tuple[str, str],
    attendees: Sequence[tuple[str, str]],
    date: str,
    label: dict[str, Any],
    text: str,
    location: str | None = None,
    with_teams: bool = True,
    sequence: int = 0,
    cancelled: bool = False,
    prefix: str = "",
    cc: str | None = None,
    lang: str = "en",
    html_only: bool = False,
    when_line: bool = True,
    charset: str = "UTF-8",
) -> Msg:
    """An Exchange meeting request: ``When:`` line, body, Teams footer, Windows TZID.

    ``when_zone`` is Outlook's display name, printed with the zone's *standard* offset even
    in summer, as Outlook does ("(UTC-05:00) Eastern Time (US & Canada)"). Outlook on the
    web (``when_line=False``) sends only the organiser's text and the calendar part.
    """
    w_word, where_word, teams_loc = _OL[lang]
    loc = location if location is not None else (teams_loc if with_teams else "")
    head = ""
    if when_line:
        head = (
            f"{w_word}: {when_text(start, minutes, when_zone, lang)}.\n"
            f"{where_word}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        )
    footer = teams_block(slug, lang) if with_teams else ""
    body = head + text.strip() + "\n" + footer
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
    ics = event(
        uid=uid(slug, "outlook"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=subject,
        organizer=organizer,
        attendees=[(user.name, user.addresses[0]), *attendees],
        description=text.strip() + "\n" + footer,
        location=loc,
        sequence=sequence,
        status="CANCELLED" if cancelled else "CONFIRMED",
        method="CANCEL" if cancelled else "REQUEST",
        prodid=OUTLOOK,
        extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"]
        if with_teams
        else None,
    )
    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        subject=(prefix + subject),
        date=date,
        body=None if html_only else body,
        rich=html_page(paras(body), lang=tag[:2]),
        cc=cc,
        extra=[
            ("Thread-Topic", subject),
            ("Thread-Index", "AdxP" + uid(slug, "apple")[:22].replace("-", "")),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", tag),
        ],
        ics=ics,
        ics_mode="inline",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
        charset=charset,
    )
