"""The recurring shapes of calendar mail: a Google invitation, an Outlook/Exchange request.

Each builds the visible text the service writes around its calendar part (Google's "When /
Joining info / Guests" block, Outlook's ``When:``/``Where:`` lines and Teams footer) from the
same local time and zone as the calendar itself, so text and ``DTSTART`` cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .kit import GOOGLE, OUTLOOK, Msg, User, at, event, mail, plus, t12, teams, uid

# Google's names for the zones this set uses (shown after the time in its invitations).
GOOGLE_ZONE = {
    "America/New_York": "Eastern Time - New York",
    "America/Toronto": "Eastern Time - Toronto",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Chicago": "Central Time - Chicago",
    "America/Denver": "Mountain Time - Denver",
    "America/Edmonton": "Mountain Time - Edmonton",
    "America/Phoenix": "Mountain Standard Time - Phoenix",
    "America/Sao_Paulo": "Brasilia Standard Time - Sao Paulo",
    "America/Lima": "Peru Standard Time - Lima",
    "America/Montevideo": "Uruguay Standard Time - Montevideo",
    "Europe/London": "United Kingdom Time",
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid",
    "Europe/Amsterdam": "Central European Time - Amsterdam",
    "Europe/Lisbon": "Western European Time - Lisbon",
    "Asia/Kolkata": "India Standard Time - Kolkata",
    "Asia/Tokyo": "Japan Standard Time - Tokyo",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Shanghai": "China Standard Time - Shanghai",
    "Australia/Sydney": "Eastern Australia Time - Sydney",
    "Australia/Melbourne": "Eastern Australia Time - Melbourne",
    "Africa/Johannesburg": "South Africa Standard Time",
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
) -> Msg:
    """A Google Calendar invitation (or update, or cancellation) as Gmail delivers it."""
    x = at(start, zone)
    day = f"{x:%A} {x:%b} {x.day}, {x.year}"
    rng = grange(start, minutes)
    zname = GOOGLE_ZONE.get(zone, zone)
    who = [f"{organizer[0]} - organizer"] + [n for n, _ in guests if n != organizer[0]]
    who.append(user.addresses[0])
    join = (
        f"Join with Google Meet\nmeet.google.com/{meet}\nJoin by phone\n(US) +1 929-555-0187 PIN: 482 915 307#\n\n"
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
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
        msgid_domain="google.com",
    )


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
    location: str = "Microsoft Teams Meeting",
    with_teams: bool = True,
    sequence: int = 0,
    cancelled: bool = False,
    prefix: str = "",
    cc: str | None = None,
    lang: str = "en-US",
    html_only: bool = False,
) -> Msg:
    """An Exchange meeting request: ``When:`` line, body, Teams footer, Windows TZID.

    ``when_zone`` is Outlook's display name, printed with the zone's *standard* offset even
    in summer, as Outlook does ("(UTC-05:00) Eastern Time (US & Canada)").
    """
    x = at(start, zone)
    end = plus(start, minutes)
    when = (
        f"When: {x:%A}, {x:%B} {x.day}, {x.year} {t12(start)}-{t12(end)} {when_zone}.\n"
        f"Where: {location}\n\n"
    )
    footer = teams(slug) if with_teams else ""
    body = when + "*~*~*~*~*~*~*~*~*~*\n\n" + text.strip() + "\n" + footer
    ics = event(
        uid=uid(slug, "outlook"),
        start=start,
        zone=zone,
        minutes=minutes,
        summary=subject,
        organizer=organizer,
        attendees=[(user.name, user.addresses[0]), *attendees],
        description=text.strip() + "\n" + footer,
        location=location,
        sequence=sequence,
        status="CANCELLED" if cancelled else "CONFIRMED",
        method="CANCEL" if cancelled else "REQUEST",
        prodid=OUTLOOK,
        extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"]
        if with_teams
        else None,
    )
    from .kit import html_page, paras

    return mail(
        user,
        slug,
        kind,
        frm=organizer,
        subject=(prefix + subject),
        date=date,
        body=None if html_only else body,
        rich=html_page(paras(body)),
        cc=cc,
        extra=[
            ("Thread-Topic", subject),
            ("Thread-Index", "AdsM" + uid(slug, "apple")[:22].replace("-", "")),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", lang),
        ],
        ics=ics,
        ics_mode="inline",
        ics_method="CANCEL" if cancelled else "REQUEST",
        label=label,
    )
