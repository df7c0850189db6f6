"""Blind-written calendar invitations and their traps, paraphrased as other systems would send them.

Every message was written by hand for these tests (invented people and companies under .example
names, users under example.com/.org/.net), after the shapes of calendar invitations a blind set
showed: Google, Outlook/Exchange with Windows zone names and custom VTIMEZONE blocks, Zoom, Teams,
Webex and iCloud invitations, their updates and cancellations, and calendar events that are no
interview (an appraisal, an offsite, a webinar, the user sitting on a panel).  Each interview is
written twice with another title (no word "interview"), description, organiser arrangement and zone
encoding; each trap once.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, sorted_names

RIN = Context(
    user_addresses=frozenset({"rin.oda@example.com"}),
    user_name="Rin Oda",
    timezone="Europe/Berlin",
    date_order="dmy",
)
TOMAS = Context(
    user_addresses=frozenset({"tomas.vidal@example.org"}),
    user_name="Tomás Vidal",
    timezone="America/New_York",
    date_order="mdy",
)
PRIYA = Context(
    user_addresses=frozenset({"priya.nair@example.net"}),
    user_name="Priya Nair",
    timezone="Asia/Kolkata",
    date_order="dmy",
)
_USER_ADDR = {
    id(RIN): "rin.oda@example.com",
    id(TOMAS): "tomas.vidal@example.org",
    id(PRIYA): "priya.nair@example.net",
}

_EU_RULES = """BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT"""
_US_RULES = """BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT"""
_IN_RULES = """BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD"""

# zone key -> (TZID parameter value or None, VTIMEZONE block or "", UTC offset in hours)
ZONES: dict[str, tuple[str | None, str, float]] = {
    "berlin": ("Europe/Berlin", "", 1),
    "berlin_win": ("W. Europe Standard Time", _EU_RULES, 1),
    "berlin_custom": (
        '"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"',
        _EU_RULES,
        1,
    ),
    "paris_custom": ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", _EU_RULES, 1),
    "ny": ("America/New_York", "", -5),
    "ny_win": ("Eastern Standard Time", _US_RULES, -5),
    "ny_custom": ('"(UTC-05:00) Eastern Time (US & Canada)"', _US_RULES, -5),
    "india_win": ("India Standard Time", _IN_RULES, 5.5),
    "india": ("Asia/Kolkata", "", 5.5),
    "z": (None, "", 0),
}


def _vtz(tzid: str, rules: str) -> str:
    """A VTIMEZONE block as Outlook writes it."""
    return f"BEGIN:VTIMEZONE\nTZID:{tzid.strip(chr(34))}\n{rules}\nEND:VTIMEZONE"


class Case(NamedTuple):
    """One paraphrased calendar message and what it must read as."""

    id: str
    user: Context
    subject: str
    summary: str
    description: str
    organizer: tuple[str, str]
    attendees: tuple[tuple[str, str, str], ...]
    zone: str
    local: str
    kind: Kind
    names: tuple[str, ...] = ()
    method: str | None = "REQUEST"
    sequence: int = 0
    extra: str = ""
    body: str = ""
    sender: str = ""
    location: str = ""
    attach: bool = False
    minutes: int = 45
    floating: bool = False
    xfail: str = ""


def _when(c: Case) -> dt.datetime:
    """The expected start as an aware UTC datetime."""
    local = dt.datetime.strptime(c.local, "%Y%m%dT%H%M%S")
    if c.floating:
        from zoneinfo import ZoneInfo

        return local.replace(tzinfo=ZoneInfo(c.user.timezone or "UTC")).astimezone(dt.UTC)
    return (local - dt.timedelta(hours=ZONES[c.zone][2])).replace(tzinfo=dt.UTC)


def _ics(c: Case) -> str:
    """The VCALENDAR object of a case."""
    tzid, rules, _ = ZONES[c.zone]
    local = dt.datetime.strptime(c.local, "%Y%m%dT%H%M%S")
    end = local + dt.timedelta(minutes=c.minutes)
    fmt = "%Y%m%dT%H%M%S"
    if c.floating:
        dtstart, dtend = f"DTSTART:{c.local}", f"DTEND:{end.strftime(fmt)}"
    elif tzid is None:
        s = local.strftime(fmt) + "Z"
        dtstart, dtend = f"DTSTART:{s}", f"DTEND:{end.strftime(fmt)}Z"
    else:
        dtstart = f"DTSTART;TZID={tzid}:{c.local}"
        dtend = f"DTEND;TZID={tzid}:{end.strftime(fmt)}"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2.1//EN", "VERSION:2.0"]
    if c.method:
        lines.append(f"METHOD:{c.method}")
    if rules and tzid and not c.floating:
        lines.append(_vtz(tzid, rules))
    cn, addr = c.organizer
    lines += [
        "BEGIN:VEVENT",
        dtstart,
        dtend,
        "DTSTAMP:20261103T091200Z",
        f"ORGANIZER;CN={cn}:{addr}",
        f"UID:{c.id}-040000008200E00074C5B7101A82E008@example.net",
    ]
    for acn, aaddr, role in c.attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={acn}:{aaddr}"
        )
    if c.description:
        lines.append(
            "DESCRIPTION:"
            + c.description.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
        )
    if c.location:
        lines.append("LOCATION:" + c.location.replace(",", "\\,"))
    status = "CANCELLED" if c.method == "CANCEL" else "CONFIRMED"
    summary = c.summary.replace(",", "\\,").replace(";", "\\;")
    lines += [f"SEQUENCE:{c.sequence}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if c.extra:
        lines.append(c.extra.strip())
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


def _raw(c: Case) -> bytes:
    """The whole message of a case."""
    addr = _USER_ADDR[id(c.user)]
    cn, org = c.organizer
    sender = c.sender or f"{cn.strip(chr(34))} <{org.split(':', 1)[1]}>"
    body = c.body or f"{c.summary}\n\n{c.description}\n"
    return mail(
        sender=sender,
        to=f"{c.user.user_name} <{addr}>",
        subject=c.subject,
        body=body,
        date="Tue, 03 Nov 2026 09:12:00 +0000",
        ics=_ics(c),
        ics_method=c.method or "PUBLISH",
        attach_ics=c.attach,
    )


REQ = "REQ-PARTICIPANT"
OPT = "OPT-PARTICIPANT"
NON = "NON-PARTICIPANT"


def _teams(extra: str = "") -> str:
    """A Teams meeting block as Outlook appends it."""
    return (
        extra
        + "\n________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting <https://teams.example.net/l/meetup-join/19%3ameeting_abc>\n"
        "Meeting ID: 345 678 901 22\nPasscode: aB3xYz\n"
        "________________________________________________________________________________"
    )


def _zoom(extra: str = "") -> str:
    """A Zoom meeting block as the Zoom scheduler writes it."""
    return (
        extra + "\n\nJoin Zoom Meeting\nhttps://zoom.example.net/j/9876543210?pwd=Xyz12\n\n"
        "Meeting ID: 987 654 3210\nPasscode: 551247\n\nOne tap mobile\n+13126266799,,9876543210# US\n"
    )


def _m(addr: str) -> str:
    return f"mailto:{addr}"


R_ = ("Rin Oda", _m("rin.oda@example.com"), REQ)
T_ = ("Tomás Vidal", _m("tomas.vidal@example.org"), REQ)
P_ = ("Priya Nair", _m("priya.nair@example.net"), REQ)
IV = Kind.INTERVIEW

INTERVIEWS: list[Case] = [
    # coordinator organises, one interviewer among the guests
    Case(
        "coord-one-x",
        RIN,
        "Invitation: Rin Oda x Lindqvist Harbour - Workforce Analyst @ Tue 10 Nov 2026 14:00 - 14:45 (CET)",
        "Rin Oda x Lindqvist Harbour - Workforce Analyst",
        "Hi Rin,\nyou will speak with Jonas Brück, Head of Planning, about the Workforce Analyst role.\n"
        "Join with Google Meet: https://meet.google.com/abc-defg-hij",
        ("Mara Feld", _m("mara.feld@lindqvistharbour.example")),
        (("Jonas Brück", _m("jonas.brueck@lindqvistharbour.example"), REQ), R_),
        "berlin",
        "20261110T140000",
        IV,
        ("Jonas Brück",),
    ),
    Case(
        "coord-one-catchup",
        TOMAS,
        "Catch-up with Tomás - Workforce Analyst",
        "Catch-up with Tomás - Workforce Analyst",
        _teams(
            "Dana Whitcombe (Workforce Planning Lead) would like to get to know you as part of our hiring "
            "process for the Workforce Analyst position."
        ),
        ("Dana Whitcombe", _m("dana.whitcombe@lindqvistharbour.example")),
        (T_,),
        "ny_win",
        "20261110T100000",
        IV,
        ("Dana Whitcombe",),
    ),
    # panel with a coordinator whose CN holds a comma
    Case(
        "panel-meet-team",
        PRIYA,
        "Meet the team - Product Analytics Lead",
        "Meet the team - Product Analytics Lead",
        "Panel for the Product Analytics Lead position.\nPanel: Arvind Kulkarni (Director, Analytics), "
        "Sofia Menezes (Staff Data Scientist), Karan Bedi (Engineering Manager)",
        ('"Rao, Deepti"', _m("deepti.rao@kaverisoft.example")),
        (
            ("Arvind Kulkarni", _m("arvind.k@kaverisoft.example"), REQ),
            ("Sofia Menezes", _m("sofia.m@kaverisoft.example"), REQ),
            ("Karan Bedi", _m("karan.b@kaverisoft.example"), REQ),
            P_,
        ),
        "india_win",
        "20261112T153000",
        IV,
        ("Arvind Kulkarni", "Karan Bedi", "Sofia Menezes"),
    ),
    Case(
        "panel-runde2-de",
        RIN,
        "Einladung: Runde 2 - Product Analytics Lead - Rin Oda",
        "Runde 2 - Product Analytics Lead - Rin Oda",
        "Hallo Rin,\nwie besprochen die zweite Runde.\nGesprächspartner: Helga Sommer (Teamleitung), Piotr Nowak (Senior Analyst)",
        ("Jana Albers", _m("jana.albers@kaverisoft.example")),
        (
            ("Helga Sommer", _m("helga.sommer@kaverisoft.example"), REQ),
            ("Piotr Nowak", _m("piotr.nowak@kaverisoft.example"), REQ),
            R_,
        ),
        "berlin_custom",
        "20261112T110000",
        IV,
        ("Helga Sommer", "Piotr Nowak"),
    ),
    # organiser is the interviewer, one colleague joins
    Case(
        "org-is-iv-conv",
        TOMAS,
        "Asset Planning Engineer - conversation with Callan Reyes",
        "Asset Planning Engineer - conversation with Callan Reyes",
        "Callan and Hira from the Asset Planning team will walk you through the role and ask about your project experience.",
        ("Callan Reyes", _m("callan.reyes@torrensgrid.example")),
        (("Hira Qadir", _m("hira.qadir@torrensgrid.example"), REQ), T_),
        "ny_custom",
        "20261113T100000",
        IV,
        ("Callan Reyes", "Hira Qadir"),
    ),
    Case(
        "org-is-iv-round1",
        PRIYA,
        "Asset Planning Engineer | Priya Nair | Round 1",
        "Asset Planning Engineer | Priya Nair | Round 1",
        _zoom("With Meenal Joshi and Rohan Das."),
        ("Meenal Joshi", _m("meenal.joshi@torrensgrid.example")),
        (("Rohan Das", _m("rohan.das@torrensgrid.example"), REQ), P_),
        "z",
        "20261113T090000",
        IV,
        ("Meenal Joshi", "Rohan Das"),
    ),
    # technical round
    Case(
        "tech-deepdive",
        RIN,
        "Technical deep dive - Rin Oda / Quellwerk Data",
        "Technical deep dive - Rin Oda / Quellwerk Data",
        _teams(
            "Your session will be with Nikola Petrović (Principal Engineer) and Emma Lindt (Senior Engineer). "
            "Please have an IDE ready."
        ),
        ("Quellwerk Recruiting", _m("recruiting@quellwerk.example")),
        (
            ("Nikola Petrović", _m("nikola.petrovic@quellwerk.example"), REQ),
            ("Emma Lindt", _m("emma.lindt@quellwerk.example"), REQ),
            R_,
        ),
        "berlin_win",
        "20261116T130000",
        IV,
        ("Emma Lindt", "Nikola Petrović"),
    ),
    Case(
        "tech-pairing-emoji",
        TOMAS,
        "Invitation: 💻 Pairing session - Tomás V.",
        "💻 Pairing session - Tomás V.",
        "You'll pair with Gus Lavelle on a small coding exercise for the Backend Engineer role. Organised by the Talent Team.",
        ("Talent Team", _m("talent@quellwerk.example")),
        (("Gus Lavelle", _m("gus.lavelle@quellwerk.example"), REQ), T_),
        "ny",
        "20261116T140000",
        IV,
        ("Gus Lavelle",),
    ),
    # second round, update
    Case(
        "round2-update",
        TOMAS,
        "Updated invitation: Round 2 - Business Systems Analyst",
        "Round 2 - Business Systems Analyst",
        "Second conversation for the Business Systems Analyst role. You will meet Marcus Heyward (IT Director) "
        "and Elena Park (Finance Systems Lead).",
        ("Rosa Kee", _m("rosa.kee@saguaromutual.example")),
        (
            ("Marcus Heyward", _m("marcus.heyward@saguaromutual.example"), REQ),
            ("Elena Park", _m("elena.park@saguaromutual.example"), REQ),
            T_,
        ),
        "ny_win",
        "20261117T130000",
        IV,
        ("Elena Park", "Marcus Heyward"),
        sequence=1,
    ),
    Case(
        "round2-de",
        RIN,
        "Zweites Gespräch - Business Systems Analyst (Rin Oda)",
        "Zweites Gespräch - Business Systems Analyst (Rin Oda)",
        "Guten Tag Frau Oda,\nSie sprechen mit Ulrike Brandt (IT-Leitung) und Felix Roth (Teamlead Finance Systems).",
        ("Rosa Kee", _m("rosa.kee@saguaromutual.example")),
        (
            ("Ulrike Brandt", _m("ulrike.brandt@saguaromutual.example"), REQ),
            ("Felix Roth", _m("felix.roth@saguaromutual.example"), REQ),
            R_,
        ),
        "berlin",
        "20261117T100000",
        IV,
        ("Felix Roth", "Ulrike Brandt"),
    ),
    # <> titles, moved
    Case(
        "diamond-moved",
        RIN,
        "Updated invitation: Rin Oda <> Carmel Nord - ML Platform",
        "Rin Oda <> Carmel Nord - ML Platform",
        "Moved one hour later at Ruth's request. Ori Katzir and Ruth Shalem will join.",
        ("Ori Katzir", _m("ori.katzir@carmelnord.example")),
        (("Ruth Shalem", _m("ruth.shalem@carmelnord.example"), REQ), R_),
        "berlin",
        "20261118T160000",
        IV,
        ("Ori Katzir", "Ruth Shalem"),
        sequence=2,
    ),
    Case(
        "diamond-moved-win",
        PRIYA,
        "Updated: ML Platform Engineer - conversation",
        "ML Platform Engineer - conversation",
        _teams(
            "New time, same people: Ori Katzir (Head of ML Platform) and Ruth Shalem (Staff Engineer)."
        ),
        ("Ori Katzir", _m("ori.katzir@carmelnord.example")),
        (("Ruth Shalem", _m("ruth.shalem@carmelnord.example"), REQ), P_),
        "india_win",
        "20261118T170000",
        IV,
        ("Ori Katzir", "Ruth Shalem"),
        sequence=3,
    ),
    # company | user | role with one manager named in the description
    Case(
        "bar-hm",
        TOMAS,
        "Deltagrove Logistics | Tomás Vidal | Operations Lead",
        "Deltagrove Logistics | Tomás Vidal | Operations Lead",
        "Hello Tomás, thank you for your application. Your meeting will be with Tariq Haddad, Operations Manager.",
        ("Mariam Saad", _m("mariam.saad@deltagrove.example")),
        (("Tariq Haddad", _m("tariq.haddad@deltagrove.example"), REQ), T_),
        "ny_custom",
        "20261119T110000",
        IV,
        ("Tariq Haddad",),
    ),
    Case(
        "star-hm-call",
        PRIYA,
        "Deltagrove ✦ Priya — hiring manager call",
        "Deltagrove ✦ Priya — hiring manager call",
        "Hiring manager: Tariq Haddad\nRole: Operations Lead\nDial-in details below.",
        ("Mariam Saad", _m("mariam.saad@deltagrove.example")),
        (("Tariq Haddad", _m("tariq.haddad@deltagrove.example"), REQ), P_),
        "india",
        "20261119T150000",
        IV,
        ("Tariq Haddad",),
    ),
    Case(
        "diamond-hm-z",
        RIN,
        "Invitation: Rin Oda <> Brightfall Ledger | Hiring Manager",
        "Rin Oda <> Brightfall Ledger | Hiring Manager",
        "Meet Devi Ramesh-Holt, hiring manager for the Senior Accountant role.",
        ("Shona Whitby", _m("shona.whitby@brightfall.example")),
        (("Devi Ramesh-Holt", _m("devi.rh@brightfall.example"), REQ), R_),
        "z",
        "20261120T100000",
        IV,
        ("Devi Ramesh-Holt",),
    ),
    Case(
        "x-agenda",
        TOMAS,
        "Brightfall Ledger x Tomás Vidal",
        "Brightfall Ledger x Tomás Vidal",
        "Agenda: 45 minutes with Devi Ramesh-Holt (Controller) about the Senior Accountant role. "
        "Please bring examples of reconciliations you have led.",
        ("Shona Whitby", _m("shona.whitby@brightfall.example")),
        (("Devi Ramesh-Holt", _m("devi.rh@brightfall.example"), REQ), T_),
        "ny_win",
        "20261120T113000",
        IV,
        ("Devi Ramesh-Holt",),
    ),
    # organiser on the panel
    Case(
        "panel-org-in",
        PRIYA,
        "Clinical Informatics Analyst - panel conversation",
        "Clinical Informatics Analyst - panel conversation",
        "Panel: Gerhard Fitz, Olu Bakare, Mary-Clare Hynd",
        ("Gerhard Fitz", _m("gerhard.fitz@capelinhealth.example")),
        (
            ("Olu Bakare", _m("olu.bakare@capelinhealth.example"), REQ),
            ("Mary-Clare Hynd", _m("mc.hynd@capelinhealth.example"), REQ),
            P_,
        ),
        "india_win",
        "20261123T103000",
        IV,
        ("Gerhard Fitz", "Mary-Clare Hynd", "Olu Bakare"),
    ),
    Case(
        "panel-kennenlernen",
        RIN,
        "Klinische Informatik - Kennenlernen mit dem Team",
        "Klinische Informatik - Kennenlernen mit dem Team",
        "Liebe Rin,\nwir freuen uns auf das Gespräch zur Stelle Clinical Informatics Analyst.\n"
        "Mit dabei: Gerhard Fitz, Olu Bakare und Mary-Clare Hynd.",
        ("Gerhard Fitz", _m("gerhard.fitz@capelinhealth.example")),
        (
            ("Olu Bakare", _m("olu.bakare@capelinhealth.example"), REQ),
            ("Mary-Clare Hynd", _m("mc.hynd@capelinhealth.example"), REQ),
            R_,
        ),
        "berlin_custom",
        "20261123T103000",
        IV,
        ("Gerhard Fitz", "Mary-Clare Hynd", "Olu Bakare"),
    ),
    # 2nd round with a named interviewer
    Case(
        "2nd-round-go",
        PRIYA,
        "2nd round: Backend Engineer (Go) - Priya Nair",
        "2nd round: Backend Engineer (Go) - Priya Nair",
        "Interviewer: Aniket Shah (Staff Engineer)\nFormat: system design, 60 minutes",
        ("Sujata Malla", _m("sujata.malla@himalbyte.example")),
        (("Aniket Shah", _m("aniket.shah@himalbyte.example"), REQ), P_),
        "india_win",
        "20261124T111500",
        IV,
        ("Aniket Shah",),
        minutes=60,
    ),
    Case(
        "tech-chat-2",
        TOMAS,
        "Backend (Go) - technical chat #2",
        "Backend (Go) - technical chat #2",
        "Hi Tomás, for your next step you will be speaking with Aniket Shah, Staff Engineer.",
        ("Sujata Malla", _m("sujata.malla@himalbyte.example")),
        (("Aniket Shah", _m("aniket.shah@himalbyte.example"), REQ), T_),
        "ny",
        "20261124T091500",
        IV,
        ("Aniket Shah",),
    ),
    # superday / only the guest list names the interviewer
    Case(
        "superday",
        TOMAS,
        "Halvard Capital | Tomás Vidal | Quant Developer - Superday",
        "Halvard Capital | Tomás Vidal | Quant Developer - Superday",
        "Interviewer: Nils Østby (Head of Quant Development)",
        ("Priya Venkat", _m("pvenkat@halvardcap.example")),
        (("Nils Østby", _m("nils.ostby@halvardcap.example"), REQ), T_),
        "ny_custom",
        "20261125T100000",
        IV,
        ("Nils Østby",),
    ),
    Case(
        "slash-guests-only",
        RIN,
        "Halvard Capital / Rin Oda / Quant Developer",
        "Halvard Capital / Rin Oda / Quant Developer",
        _teams(""),
        ("Priya Venkat", _m("pvenkat@halvardcap.example")),
        (("Nils Østby", _m("nils.ostby@halvardcap.example"), REQ), R_),
        "berlin_win",
        "20261125T150000",
        IV,
        ("Nils Østby",),
    ),
    # update with new time
    Case(
        "updated-time",
        TOMAS,
        "Compliance Program Manager: Tomás Vidal (updated time)",
        "Compliance Program Manager: Tomás Vidal (updated time)",
        "Please note the new time. You'll meet Reggie Okafor and Sunita Varkey.",
        ("Holly Brandt", _m("hbrandt@palisadetrust.example")),
        (
            ("Reggie Okafor", _m("rokafor@palisadetrust.example"), REQ),
            ("Sunita Varkey", _m("svarkey@palisadetrust.example"), REQ),
            T_,
        ),
        "ny_win",
        "20261130T150000",
        IV,
        ("Reggie Okafor", "Sunita Varkey"),
        sequence=1,
    ),
    Case(
        "conv-with-firsts",
        PRIYA,
        "Updated invitation: Compliance Program Manager - conversation with Reggie & Sunita",
        "Compliance Program Manager - conversation with Reggie & Sunita",
        "Reggie Okafor (Chief Compliance Officer)\nSunita Varkey (Director, Risk)",
        ("Holly Brandt", _m("hbrandt@palisadetrust.example")),
        (
            ("Reggie Okafor", _m("rokafor@palisadetrust.example"), REQ),
            ("Sunita Varkey", _m("svarkey@palisadetrust.example"), REQ),
            P_,
        ),
        "z",
        "20261130T093000",
        IV,
        ("Reggie Okafor", "Sunita Varkey"),
        sequence=2,
    ),
    # Teams panel named only by the guest list
    Case(
        "teams-panel-guests",
        PRIYA,
        "Panel | Priya Nair | Lead Data Scientist",
        "Panel | Priya Nair | Lead Data Scientist",
        _teams(""),
        ("Ritu Banerjee", _m("ritu.b@vaayudata.example")),
        (
            ("Venkat Iyer", _m("venkat.iyer@vaayudata.example"), REQ),
            ("Farah Sadiq", _m("farah.sadiq@vaayudata.example"), REQ),
            ("Rohan Mehra", _m("rohan.mehra@vaayudata.example"), REQ),
            P_,
        ),
        "india_win",
        "20261201T153000",
        IV,
        ("Farah Sadiq", "Rohan Mehra", "Venkat Iyer"),
    ),
    Case(
        "teams-panel-de",
        RIN,
        "Lead Data Scientist - Gespräch mit dem Panel",
        "Lead Data Scientist - Gespräch mit dem Panel",
        _teams("Panel: Venkat Iyer, Farah Sadiq, Rohan Mehra"),
        ("Ritu Banerjee", _m("ritu.b@vaayudata.example")),
        (
            ("Venkat Iyer", _m("venkat.iyer@vaayudata.example"), REQ),
            ("Farah Sadiq", _m("farah.sadiq@vaayudata.example"), REQ),
            ("Rohan Mehra", _m("rohan.mehra@vaayudata.example"), REQ),
            R_,
        ),
        "berlin_win",
        "20261201T110000",
        IV,
        ("Farah Sadiq", "Rohan Mehra", "Venkat Iyer"),
    ),
    # Google invitation, coordinator plus one manager
    Case(
        "gcal-bar-z",
        TOMAS,
        "Invitation: Ironleaf Insurance | Tomás Vidal | Claims Transformation Lead @ Wed Dec 2, 2026 10am - 10:45am (EST)",
        "Ironleaf Insurance | Tomás Vidal | Claims Transformation Lead",
        "Matiu Kereopa, GM Claims, will lead this conversation.",
        ("Fiona Gall", _m("fiona.gall@ironleafins.example")),
        (
            ("Fiona Gall", _m("fiona.gall@ironleafins.example"), REQ),
            ("Matiu Kereopa", _m("matiu.kereopa@ironleafins.example"), REQ),
            T_,
        ),
        "z",
        "20261202T150000",
        IV,
        ("Matiu Kereopa",),
    ),
    Case(
        "meet-first",
        PRIYA,
        "Claims Transformation Lead - meet Matiu",
        "Claims Transformation Lead - meet Matiu",
        "Matiu Kereopa, GM Claims at Ironleaf Insurance, looks forward to talking to you.",
        ("Fiona Gall", _m("fiona.gall@ironleafins.example")),
        (("Matiu Kereopa", _m("matiu.kereopa@ironleafins.example"), REQ), P_),
        "india",
        "20261202T140000",
        IV,
        ("Matiu Kereopa",),
    ),
    # technical discussion / onsite visit
    Case(
        "tech-discussion",
        RIN,
        "Senior Mine Planning Engineer - Rin Oda - technical discussion",
        "Senior Mine Planning Engineer - Rin Oda - technical discussion",
        "With Andile Mokoena (Principal Planner) and Greg Pemberton (Mine Manager).",
        ("Shelley March", _m("shelley.march@redgumres.example")),
        (
            ("Andile Mokoena", _m("andile.mokoena@redgumres.example"), REQ),
            ("Greg Pemberton", _m("greg.pemberton@redgumres.example"), REQ),
            R_,
        ),
        "berlin",
        "20261203T090000",
        IV,
        ("Andile Mokoena", "Greg Pemberton"),
    ),
    Case(
        "onsite-visit",
        TOMAS,
        "Mine Planning Engineer: onsite visit",
        "Mine Planning Engineer: onsite visit",
        "Onsite visit and discussion with Andile Mokoena and Greg Pemberton about the Mine Planning Engineer role.",
        ("Shelley March", _m("shelley.march@redgumres.example")),
        (
            ("Andile Mokoena", _m("andile.mokoena@redgumres.example"), REQ),
            ("Greg Pemberton", _m("greg.pemberton@redgumres.example"), REQ),
            T_,
        ),
        "ny",
        "20261203T090000",
        IV,
        ("Andile Mokoena", "Greg Pemberton"),
        location="Redgum Resources, 12 Hay St, Boardroom 3",
    ),
    # video call
    Case(
        "video-call-teams",
        PRIYA,
        "Video call: Priya Nair / Coolwater - Asset Analyst",
        "Video call: Priya Nair / Coolwater - Asset Analyst",
        _teams("You will speak with Mehmet Yildiz."),
        ("Tahlia Rugg", _m("tahlia.rugg@coolwater.example")),
        (("Mehmet Yildiz", _m("mehmet.yildiz@coolwater.example"), REQ), P_),
        "india_win",
        "20261204T130000",
        IV,
        ("Mehmet Yildiz",),
    ),
    Case(
        "videocall-de",
        RIN,
        "Videocall Rin Oda × Coolwater (Asset Analyst)",
        "Videocall Rin Oda × Coolwater (Asset Analyst)",
        "Gesprächspartner: Mehmet Yildiz",
        ("Tahlia Rugg", _m("tahlia.rugg@coolwater.example")),
        (("Mehmet Yildiz", _m("mehmet.yildiz@coolwater.example"), REQ), R_),
        "berlin_custom",
        "20261204T100000",
        IV,
        ("Mehmet Yildiz",),
    ),
    # first conversation / screening call
    Case(
        "first-conv",
        RIN,
        "Supply Chain Analyst (APAC) - first conversation",
        "Supply Chain Analyst (APAC) - first conversation",
        "Oliver Quenby, Supply Chain Director, will join you.",
        ("Harriet Blake", _m("harriet.blake@fenwicktrade.example")),
        (("Oliver Quenby", _m("oliver.quenby@fenwicktrade.example"), REQ), R_),
        "z",
        "20261207T090000",
        IV,
        ("Oliver Quenby",),
    ),
    Case(
        "screening-call",
        TOMAS,
        "Supply Chain Analyst - screening call",
        "Supply Chain Analyst - screening call",
        _teams("Screening call with Oliver Quenby for the Supply Chain Analyst vacancy."),
        ("Harriet Blake", _m("harriet.blake@fenwicktrade.example")),
        (("Oliver Quenby", _m("oliver.quenby@fenwicktrade.example"), REQ), T_),
        "ny_win",
        "20261207T090000",
        IV,
        ("Oliver Quenby",),
    ),
    # es / fr
    Case(
        "conv-tecnica-es",
        TOMAS,
        "Conversación técnica | Analytics Engineer | Tomás Vidal",
        "Conversación técnica | Analytics Engineer | Tomás Vidal",
        "Hola Tomás,\nparticipará Felipe Duarte (Head of Data). Duración: 45 minutos.",
        ("Mariana Bitt", _m("mariana.bitt@cerradoagro.example")),
        (("Felipe Duarte", _m("felipe.duarte@cerradoagro.example"), REQ), T_),
        "ny",
        "20261208T100000",
        IV,
        ("Felipe Duarte",),
    ),
    Case(
        "echange-fr",
        RIN,
        "Échange technique - Analytics Engineer - Rin Oda",
        "Échange technique - Analytics Engineer - Rin Oda",
        "Bonjour Rin,\nvous échangerez avec Felipe Duarte, responsable Data, au sujet du poste d'Analytics Engineer.",
        ("Mariana Bitt", _m("mariana.bitt@cerradoagro.example")),
        (("Felipe Duarte", _m("felipe.duarte@cerradoagro.example"), REQ), R_),
        "paris_custom",
        "20261208T140000",
        IV,
        ("Felipe Duarte",),
    ),
    # .ics only, attached, no METHOD
    Case(
        "ics-attached",
        TOMAS,
        "Chinook Controls - conversation w/ Tomás",
        "Chinook Controls - conversation w/ Tomás",
        "Controls Engineer role. Brandon Whitfield and Lucas Ng will join.",
        ("Brandon Whitfield", _m("brandon@chinookctl.example")),
        (("Lucas Ng", _m("lucas.ng@chinookctl.example"), REQ), T_),
        "ny",
        "20261209T163000",
        IV,
        ("Brandon Whitfield", "Lucas Ng"),
        attach=True,
        body="See the attached invite.\n",
    ),
    Case(
        "ics-attached-nomethod",
        PRIYA,
        "Controls team call - Priya",
        "Controls team call - Priya",
        "Controls Engineer position - technical conversation with Brandon Whitfield and Lucas Ng.",
        ("Brandon Whitfield", _m("brandon@chinookctl.example")),
        (("Lucas Ng", _m("lucas.ng@chinookctl.example"), REQ), P_),
        "india",
        "20261209T193000",
        IV,
        ("Brandon Whitfield", "Lucas Ng"),
        attach=True,
        method=None,
        body="Hi Priya, invite attached.\nBrandon\n",
    ),
    # portfolio review moved
    Case(
        "portfolio-moved",
        RIN,
        "Updated invitation with note: Portfolio review - Rin Oda - Product Designer",
        "Portfolio review - Rin Oda - Product Designer",
        "Moved to Thursday. You'll present to Anja Dassler and Tomasz Karol.",
        ("Declan Hughes", _m("declan.hughes@wattlestudio.example")),
        (
            ("Anja Dassler", _m("anja.dassler@wattlestudio.example"), REQ),
            ("Tomasz Karol", _m("tomasz.karol@wattlestudio.example"), REQ),
            R_,
        ),
        "berlin",
        "20261210T093000",
        IV,
        ("Anja Dassler", "Tomasz Karol"),
        sequence=1,
    ),
    Case(
        "design-critique",
        TOMAS,
        "Design critique: Tomás's portfolio",
        "Design critique: Tomás's portfolio",
        _teams("Product Designer role - you'll present to Anja Dassler and Tomasz Karol."),
        ("Declan Hughes", _m("declan.hughes@wattlestudio.example")),
        (
            ("Anja Dassler", _m("anja.dassler@wattlestudio.example"), REQ),
            ("Tomasz Karol", _m("tomasz.karol@wattlestudio.example"), REQ),
            T_,
        ),
        "ny_win",
        "20261210T093000",
        IV,
        ("Anja Dassler", "Tomasz Karol"),
    ),
    # technical round, organiser interviewer
    Case(
        "tech-round-z",
        RIN,
        "Senior Data Engineer - technical round (Rin Oda)",
        "Senior Data Engineer - technical round (Rin Oda)",
        "Kaveh Amini and Shirin Mohajer will go through a data modelling exercise with you.",
        ("Kaveh Amini", _m("kaveh.amini@zagrosdata.example")),
        (("Shirin Mohajer", _m("shirin.mohajer@zagrosdata.example"), REQ), R_),
        "z",
        "20261211T083000",
        IV,
        ("Kaveh Amini", "Shirin Mohajer"),
    ),
    Case(
        "deep-dive-with",
        PRIYA,
        "Data Engineering - deep dive with Kaveh & Shirin",
        "Data Engineering - deep dive with Kaveh & Shirin",
        "Senior Data Engineer position.\nKaveh Amini (Head of Data)\nShirin Mohajer (Lead Engineer)",
        ("Kaveh Amini", _m("kaveh.amini@zagrosdata.example")),
        (("Shirin Mohajer", _m("shirin.mohajer@zagrosdata.example"), REQ), P_),
        "india_win",
        "20261211T140000",
        IV,
        ("Kaveh Amini", "Shirin Mohajer"),
    ),
    # stage 2 with panel in description, optional attendee coordinator
    Case(
        "stage2-opt",
        TOMAS,
        "Environmental Compliance Officer - Tomás Vidal - Stage 2",
        "Environmental Compliance Officer - Tomás Vidal - Stage 2",
        "Panel: Rhys Tambling (Site Manager), Kirra Andrews (HSE Lead)",
        ("Georgina Ash", _m("georgina.ash@ironbarkmin.example")),
        (
            ("Rhys Tambling", _m("rhys.tambling@ironbarkmin.example"), REQ),
            ("Kirra Andrews", _m("kirra.andrews@ironbarkmin.example"), REQ),
            ("Georgina Ash", _m("georgina.ash@ironbarkmin.example"), OPT),
            T_,
        ),
        "ny_custom",
        "20261214T180000",
        IV,
        ("Kirra Andrews", "Rhys Tambling"),
    ),
    Case(
        "stage2-room",
        RIN,
        "Stage 2 conversation - Environmental Compliance Officer",
        "Stage 2 conversation - Environmental Compliance Officer",
        "Rhys Tambling and Kirra Andrews will meet you in the Banksia room.",
        ("Georgina Ash", _m("georgina.ash@ironbarkmin.example")),
        (
            ("Rhys Tambling", _m("rhys.tambling@ironbarkmin.example"), REQ),
            ("Kirra Andrews", _m("kirra.andrews@ironbarkmin.example"), REQ),
            R_,
        ),
        "berlin",
        "20261214T100000",
        IV,
        ("Kirra Andrews", "Rhys Tambling"),
        extra="ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Banksia Room (8):mailto:banksia@ironbarkmin.example",
    ),
    # rescheduled
    Case(
        "rescheduled-title",
        PRIYA,
        "Fisheries Data Technician - Priya Nair (rescheduled)",
        "Fisheries Data Technician - Priya Nair (rescheduled)",
        "Apologies for the change. Lorraine Tso and Dmitri Volk will still be on the call.",
        ("Lorraine Tso", _m("lorraine.tso@kenaitide.example")),
        (("Dmitri Volk", _m("dmitri.volk@kenaitide.example"), REQ), P_),
        "z",
        "20261215T180000",
        IV,
        ("Dmitri Volk", "Lorraine Tso"),
        sequence=2,
    ),
    Case(
        "rescheduled-prefix",
        TOMAS,
        "Rescheduled: Fisheries Data Technician chat",
        "Fisheries Data Technician chat",
        "New time as agreed. Lorraine Tso (Program Lead) and Dmitri Volk (Data Manager) will meet you.",
        ("Lorraine Tso", _m("lorraine.tso@kenaitide.example")),
        (("Dmitri Volk", _m("dmitri.volk@kenaitide.example"), REQ), T_),
        "ny",
        "20261215T130000",
        IV,
        ("Dmitri Volk", "Lorraine Tso"),
        sequence=1,
    ),
    # zoom scheduler
    Case(
        "zoom-host",
        RIN,
        "QA Automation Lead | Rin Oda 🤝 Indigo Loop",
        "QA Automation Lead | Rin Oda 🤝 Indigo Loop",
        _zoom("Host: Sana Jamil (QA Manager)"),
        ("Bilal Haidar", _m("bilal.haidar@indigoloop.example")),
        (("Sana Jamil", _m("sana.jamil@indigoloop.example"), REQ), R_),
        "berlin",
        "20261216T120000",
        IV,
        ("Sana Jamil",),
    ),
    Case(
        "zoom-plain",
        PRIYA,
        "QA Automation Lead - Priya Nair",
        "QA Automation Lead - Priya Nair",
        _zoom("You'll be speaking with Sana Jamil (QA Manager)."),
        ("Bilal Haidar", _m("bilal.haidar@indigoloop.example")),
        (("Sana Jamil", _m("sana.jamil@indigoloop.example"), REQ), P_),
        "india",
        "20261216T163000",
        IV,
        ("Sana Jamil",),
    ),
    # thunderbird / floating
    Case(
        "tb-org-iv",
        RIN,
        "Localization Project Manager - Rin Oda",
        "Localization Project Manager - Rin Oda",
        "Taras Bondar and Iryna Savko would like to talk about your localisation experience.",
        ("Taras Bondar", _m("taras.bondar@dniprolingo.example")),
        (("Iryna Savko", _m("iryna.savko@dniprolingo.example"), REQ), R_),
        "berlin",
        "20261217T140000",
        IV,
        ("Iryna Savko", "Taras Bondar"),
    ),
    Case(
        "floating-meet-team",
        TOMAS,
        "Localization PM - meet the team",
        "Localization PM - meet the team",
        "Localization Project Manager role: Taras Bondar and Iryna Savko will meet you.",
        ("Taras Bondar", _m("taras.bondar@dniprolingo.example")),
        (("Iryna Savko", _m("iryna.savko@dniprolingo.example"), REQ), T_),
        "z",
        "20261217T090000",
        IV,
        ("Iryna Savko", "Taras Bondar"),
        floating=True,
    ),
    # case study
    Case(
        "case-study",
        RIN,
        "Case study session - Associate Consultant - Rin Oda",
        "Case study session - Associate Consultant - Rin Oda",
        "Fergus Mackie (Principal) and Ada Nwoko (Manager) will run a 60-minute case with you.",
        ("Ros Achter", _m("ros.achter@thistlegate.example")),
        (
            ("Fergus Mackie", _m("fergus.mackie@thistlegate.example"), REQ),
            ("Ada Nwoko", _m("ada.nwoko@thistlegate.example"), REQ),
            R_,
        ),
        "z",
        "20261218T140000",
        IV,
        ("Ada Nwoko", "Fergus Mackie"),
        minutes=60,
    ),
    Case(
        "case-discussion",
        PRIYA,
        "Associate Consultant: case discussion",
        "Associate Consultant: case discussion",
        _teams("With Fergus Mackie and Ada Nwoko."),
        ("Ros Achter", _m("ros.achter@thistlegate.example")),
        (
            ("Fergus Mackie", _m("fergus.mackie@thistlegate.example"), REQ),
            ("Ada Nwoko", _m("ada.nwoko@thistlegate.example"), REQ),
            P_,
        ),
        "india_win",
        "20261218T160000",
        IV,
        ("Ada Nwoko", "Fergus Mackie"),
    ),
    # hiring manager update
    Case(
        "hm-conv-update",
        TOMAS,
        "Updated invitation: Hiring manager conversation: Reservoir Modeling Engineer",
        "Hiring manager conversation: Reservoir Modeling Engineer",
        "Looking forward to it. Dusty Okoro",
        ("Dusty Okoro", _m("dusty.okoro@mesaridge.example")),
        (T_,),
        "ny",
        "20261221T110000",
        IV,
        ("Dusty Okoro",),
        sequence=1,
    ),
    Case(
        "hm-chat-win",
        RIN,
        "HM chat - Reservoir Modelling Engineer",
        "HM chat - Reservoir Modelling Engineer",
        _teams(
            "Hi Rin, looking forward to our chat about the Reservoir Modelling Engineer role.\nDusty"
        ),
        ("Dusty Okoro", _m("dusty.okoro@mesaridge.example")),
        (R_,),
        "berlin_win",
        "20261221T150000",
        IV,
        ("Dusty Okoro",),
    ),
    # final round
    Case(
        "final-round",
        PRIYA,
        "Final round - Head of Category - Falconridge",
        "Final round - Head of Category - Falconridge",
        "You will meet Ravi Menon (Chief Commercial Officer).",
        ("Hessa Marzouq", _m("hessa.marzouq@falconridge.example")),
        (("Ravi Menon", _m("ravi.menon@falconridge.example"), REQ), P_),
        "india_win",
        "20261222T103000",
        IV,
        ("Ravi Menon",),
    ),
    Case(
        "last-step",
        TOMAS,
        "Last step: Head of Category with Ravi Menon",
        "Last step: Head of Category with Ravi Menon",
        "Final conversation for the Head of Category position at Falconridge.",
        ("Hessa Marzouq", _m("hessa.marzouq@falconridge.example")),
        (("Ravi Menon", _m("ravi.menon@falconridge.example"), REQ), T_),
        "ny_custom",
        "20261222T080000",
        IV,
        ("Ravi Menon",),
    ),
    # booking tools
    Case(
        "ms-bookings",
        RIN,
        "Graduate Programme - assessment conversation",
        "Graduate Programme - assessment conversation",
        "Booked with: Hafiz Rosli\nService: Graduate Programme assessment conversation\n"
        "Need to make changes? Manage your booking at https://outlook.example.net/bookings",
        ("Seri Harbour Bank Careers", _m("careers-bookings@seriharbour.example")),
        (("Hafiz Rosli", _m("hafiz.rosli@seriharbour.example"), REQ), R_),
        "berlin_win",
        "20261223T093000",
        IV,
        ("Hafiz Rosli",),
    ),
    Case(
        "calendly",
        TOMAS,
        "New Event: Tomás Vidal - 10:00am Wed, Dec 23, 2026 - Graduate Programme 30 min",
        "Graduate Programme 30 min between Hafiz Rosli and Tomás Vidal",
        "Event Name: Graduate Programme 30 min\nInvitee: Tomás Vidal\n"
        "Location: This is a Google Meet web conference.\nNeed to make changes to this event?",
        ("Hafiz Rosli", _m("hafiz.rosli@seriharbour.example")),
        (T_,),
        "ny",
        "20261223T100000",
        IV,
        ("Hafiz Rosli",),
        minutes=30,
    ),
    # <> titles, organiser interviewer
    Case(
        "diamond-org",
        RIN,
        "Rin Oda <> Saffron Quay | Procurement Lead",
        "Rin Oda <> Saffron Quay | Procurement Lead",
        "Hamid Suwaidan and Leena Mathew from Saffron Quay.",
        ("Hamid Suwaidan", _m("hamid.suwaidan@saffronquay.example")),
        (("Leena Mathew", _m("leena.mathew@saffronquay.example"), REQ), R_),
        "berlin",
        "20261228T100000",
        IV,
        ("Hamid Suwaidan", "Leena Mathew"),
    ),
    Case(
        "arrow-org",
        PRIYA,
        "Saffron Quay ↔ Priya | Procurement Lead",
        "Saffron Quay ↔ Priya | Procurement Lead",
        "",
        ("Hamid Suwaidan", _m("hamid.suwaidan@saffronquay.example")),
        (("Leena Mathew", _m("leena.mathew@saffronquay.example"), REQ), P_),
        "india",
        "20261228T143000",
        IV,
        ("Hamid Suwaidan", "Leena Mathew"),
    ),
    # HR conversation, uppercase MAILTO
    Case(
        "hr-conv",
        RIN,
        "HR conversation - Regulatory Affairs Specialist",
        "HR conversation - Regulatory Affairs Specialist",
        "Parisa Gohari, HR Business Partner",
        ("Parisa Gohari", "MAILTO:parisa.gohari@zagrospharma.example"),
        (("Rin Oda", "MAILTO:rin.oda@example.com", REQ),),
        "berlin_win",
        "20261229T090000",
        IV,
        ("Parisa Gohari",),
    ),
    Case(
        "people-chat",
        TOMAS,
        "People & Culture chat | Regulatory Affairs Specialist | Tomás",
        "People & Culture chat | Regulatory Affairs Specialist | Tomás",
        "A first chat with our People team about the Regulatory Affairs Specialist role.",
        ("Parisa Gohari", _m("parisa.gohari@zagrospharma.example")),
        (T_,),
        "ny_custom",
        "20261229T090000",
        IV,
        ("Parisa Gohari",),
    ),
    # webex
    Case(
        "webex",
        RIN,
        "Webex meeting invitation: QA Automation Engineer",
        "QA Automation Engineer - Rin Oda",
        "Tobiasz Wrobel invites you to join this Webex meeting.\nMeeting number (access code): 2630 123 4567\n"
        "Meeting password: qa2026\nJoin meeting https://orrsys.webex.example/orrsys/j.php?MTID=m1",
        ("Tobiasz Wrobel", _m("tobiasz.wrobel@orrsys.example")),
        (R_,),
        "berlin_win",
        "20261230T140000",
        IV,
        ("Tobiasz Wrobel",),
    ),
    Case(
        "webex-pl",
        PRIYA,
        "Rozmowa: QA Automation Engineer - Priya Nair",
        "Rozmowa: QA Automation Engineer - Priya Nair",
        "Tobiasz Wrobel (QA Lead) will talk to you about the QA Automation Engineer role.",
        ("Tobiasz Wrobel", _m("tobiasz.wrobel@orrsys.example")),
        (P_,),
        "india",
        "20261230T183000",
        IV,
        ("Tobiasz Wrobel",),
    ),
]

CX = Kind.INTERVIEW_CANCELLED
OT = Kind.OTHER

TRAPS: list[Case] = [
    Case(
        "cancel-x",
        RIN,
        "Cancelled event: Rin Oda x Geumsan Bio @ Thu 19 Nov 2026 10:00",
        "Rin Oda x Geumsan Bio - Bioinformatics Engineer",
        "This event has been cancelled.",
        ("Bae Soo", _m("soo.bae@geumsanbio.example")),
        (("Jung Dae", _m("dae.jung@geumsanbio.example"), REQ), R_),
        "berlin",
        "20261119T100000",
        CX,
        method="CANCEL",
        sequence=1,
    ),
    Case(
        "cancel-round2",
        TOMAS,
        "Canceled: Round 2 - Data Scientist - Tomás Vidal",
        "Round 2 - Data Scientist - Tomás Vidal",
        "We need to cancel this meeting; Shira will be in touch with a new time.",
        ("Shira Levin", _m("shira.levin@negevaqua.example")),
        (T_,),
        "ny_win",
        "20261105T140000",
        CX,
        method="CANCEL",
        sequence=2,
    ),
    Case(
        "cancel-hm-chat",
        PRIYA,
        "Cancelled: Dilani / Serendip Data - hiring manager chat",
        "Priya / Serendip Data - hiring manager chat",
        "",
        ("Nimesha Pera", _m("nimesha.pera@serendipdata.example")),
        (("Chamara Silv", _m("chamara.silv@serendipdata.example"), REQ), P_),
        "india",
        "20261129T110000",
        CX,
        method="CANCEL",
        sequence=1,
    ),
    Case(
        "cancel-phone-screen",
        TOMAS,
        "Cancelled event: Lockridge Freight: phone screen w/ Tomás",
        "Lockridge Freight: phone screen w/ Tomás",
        "Cancelled by Allie Marchetti.",
        ("Allie Marchetti", _m("allie.marchetti@lockridge.example")),
        (T_,),
        "ny",
        "20261208T140000",
        CX,
        method="CANCEL",
        sequence=1,
    ),
    Case(
        "cancel-zoom-z",
        PRIYA,
        "Canceled: Priya Nair - Driftwood Care - Technical round",
        "Priya Nair - Driftwood Care - Technical round",
        "Marcus Ell cancelled this Zoom meeting.",
        ("Marcus Ell", _m("marcus.ell@driftwoodcare.example")),
        (P_,),
        "z",
        "20261118T120000",
        CX,
        method="CANCEL",
        sequence=1,
    ),
    # not interviews
    Case(
        "debrief-user-iv",
        RIN,
        "Debrief - backend candidate (R. Salvo)",
        "Debrief - backend candidate (R. Salvo)",
        "Let's collect feedback on the candidate from today's loop.",
        ("Paolo Gent", _m("paolo.gent@example.net")),
        (R_, ("Marta Bruni", _m("marta.bruni@example.net"), REQ)),
        "berlin",
        "20261110T170000",
        OT,
    ),
    Case(
        "weekly-1to1",
        TOMAS,
        "Tomás / Rhian weekly 1:1",
        "Tomás / Rhian weekly 1:1",
        "Our regular catch-up.",
        ("Rhian Price", _m("rhian.price@example.org")),
        (T_,),
        "ny_win",
        "20261110T100000",
        OT,
        extra="RRULE:FREQ=WEEKLY;BYDAY=TU",
    ),
    Case(
        "podcast",
        PRIYA,
        "Motion Matters podcast - recording with Priya",
        "Motion Matters podcast - recording with Priya",
        "Thanks for agreeing to be our guest! We'll record for about 45 minutes; host Evan Lind will guide the chat.",
        ("Priscilla Oka", _m("priscilla@motionpod.example")),
        (P_,),
        "india",
        "20261112T190000",
        OT,
    ),
    Case(
        "user-panelist",
        RIN,
        "Panel: candidate Jordan Fontaine - Junior Protection Technician",
        "Panel: candidate Jordan Fontaine - Junior Protection Technician",
        "Hi all, please review the CV attached in Workday before the session. Panelists: Rin Oda, Kai Weber.",
        ("Kayla Sin", _m("kayla.sin@example.com")),
        (R_, ("Kai Weber", _m("kai.weber@example.com"), REQ)),
        "berlin",
        "20261113T100000",
        OT,
    ),
    Case(
        "christmas-lunch",
        TOMAS,
        "Team Christmas lunch 🎄",
        "Team Christmas lunch 🎄",
        "Table booked at Luigi's for the whole team.",
        ("Priya Seeg", _m("priya.seeg@example.org")),
        (T_,),
        "ny",
        "20261218T123000",
        OT,
    ),
    Case(
        "leaving-chat",
        RIN,
        "Leaving chat - Rin / HR",
        "Leaving chat - Rin / HR",
        "A short conversation about your time with us before your last day.",
        ("Iris Sauer", _m("iris.sauer@example.com")),
        (R_,),
        "berlin",
        "20261127T150000",
        OT,
    ),
    Case(
        "appraisal",
        PRIYA,
        "Year-end appraisal - Priya",
        "Year-end appraisal - Priya",
        "Please fill in the self-assessment before we meet.",
        ("Walter Smet", _m("walter.smet@example.net")),
        (P_,),
        "india",
        "20261210T110000",
        OT,
    ),
    Case(
        "dentist",
        TOMAS,
        "Appointment confirmation: check-up with Dr. Hale",
        "Dental check-up - Dr. Imogen Hale",
        "Your appointment at Brightsmile Dental. Please arrive 10 minutes early.",
        ("Brightsmile Dental", _m("appointments@brightsmile.example")),
        (T_,),
        "ny",
        "20261209T083000",
        OT,
        method="PUBLISH",
    ),
    Case(
        "landlord-viewing",
        RIN,
        "Besichtigung Kastanienallee 12",
        "Wohnungsbesichtigung Kastanienallee 12 - Rin Oda",
        "Treffpunkt vor der Haustür. Viele Grüße, Herr Klaus Werner (Hausverwaltung)",
        ("Klaus Werner", _m("k.werner@hausverwaltung.example")),
        (R_,),
        "berlin",
        "20261114T110000",
        OT,
    ),
    Case(
        "offsite",
        PRIYA,
        "Team offsite - Q1 planning",
        "Team offsite - Q1 planning",
        "Two days of planning and a team dinner. Meet the team from the Pune office!",
        ("Anita Desh", _m("anita.desh@example.net")),
        (P_, ("Ravi Kulk", _m("ravi.kulk@example.net"), REQ)),
        "india",
        "20261215T093000",
        OT,
        minutes=480,
    ),
    Case(
        "webinar-publish",
        TOMAS,
        "Live webinar: Breaking into product analytics",
        "Live webinar: Breaking into product analytics",
        "Join our career coaches for a live Q&A on landing your next analytics role. Add this to your calendar.",
        ("CareerPath Events", _m("events@careerpath.example")),
        (),
        "ny",
        "20261210T130000",
        OT,
        method="PUBLISH",
    ),
]

# Misread when written; each reason names the family.
XFAIL: dict[str, str] = {
    "org-is-iv-conv": "role title + 'conversation with <person>', no user name: no hiring sign",
    "diamond-moved": "user <> company with a team name and no job word: no hiring sign",
    "panel-kennenlernen": "German 'Kennenlernen mit dem Team' + 'zur Stelle': no hiring sign",
    "tech-chat-2": "'technical chat #2' + 'next step': no hiring sign",
    "conv-with-firsts": "role title + 'conversation with' first names: no hiring sign",
    "meet-first": "role title + 'meet <first name>': no hiring sign",
    "ics-attached": "'<company> - conversation w/ <first name>' + 'role': no hiring sign",
    "ics-attached-nomethod": "'team call - <first name>' + 'position': no hiring sign",
    "design-critique": "'Design critique: <first name>'s portfolio' + 'role': no hiring sign",
    "deep-dive-with": "'deep dive with' first names + 'position': no hiring sign",
    "stage2-room": "'Stage 2 conversation - <role>', no user name: no hiring sign",
    "rescheduled-prefix": "'<role> chat' + 'new time': no hiring sign",
    "floating-meet-team": "'<role> - meet the team' + 'role': no hiring sign",
    "ms-bookings": "Bookings 'assessment conversation' from a careers mailbox: no hiring sign",
    "calendly": "Calendly 'between <person> and <user>' event: no hiring sign",
    "arrow-org": "'<company> <-> <first name> | role' arrow and first name only",
    "hr-conv": "'HR conversation - <role>': no hiring sign",
}


def _p(c: Case) -> object:
    """A pytest param of a case, a strict xfail when it carries a reason."""
    reason = c.xfail or XFAIL.get(c.id, "")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(c, id=c.id, marks=marks)


@pytest.mark.parametrize("case", [_p(c) for c in INTERVIEWS])
def test_paraphrased_invitation_is_the_interview(case: Case) -> None:
    """A paraphrased calendar invitation reads as the interview, its start and interviewers."""
    u = understand(_raw(case), case.user)
    assert u.kind is case.kind, (u.kind, u.reasons)
    assert u.interview is not None
    assert u.interview.start == _when(case)
    assert sorted_names(u) == sorted(case.names)


@pytest.mark.parametrize("case", [_p(c) for c in TRAPS])
def test_paraphrased_trap_keeps_its_kind(case: Case) -> None:
    """A cancelled interview stays cancelled; a calendar event that is no interview is not one."""
    u = understand(_raw(case), case.user)
    if case.kind is Kind.INTERVIEW_CANCELLED:
        assert u.kind is case.kind, (u.kind, u.reasons)
        assert u.interview is not None and u.interview.start == _when(case)
    else:
        assert u.kind not in {Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.SCHEDULING_REQUEST}, (
            u.kind,
            u.reasons,
        )


def _near(c: Case, **changes: object) -> Case:
    """A near miss of a case: the same message with some fields changed."""
    return c._replace(**changes)


_BY_ID = {c.id: c for c in [*INTERVIEWS, *TRAPS]}
_ORG_GUEST = _BY_ID["tech-round-z"]
_ROLE_PART = _BY_ID["diamond-org"]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        pytest.param(
            "Organised by Kaveh Amini. You will meet Shirin Mohajer.",
            ["Shirin Mohajer"],
            id="organiser-apart",
        ),
        pytest.param(
            "Shirin Mohajer and Kaveh Amini (Recruiting Coordinator) look forward to it.",
            ["Shirin Mohajer"],
            id="organiser-listed-as-coordinator",
        ),
        pytest.param(
            "Shirin Mohajer (Lead Engineer)\nKaveh Amini (Talent Partner)",
            ["Shirin Mohajer"],
            id="organiser-lined-as-recruiter",
        ),
        pytest.param(
            "Kaveh Amini (Head of Data) & Shirin Mohajer (Lead Engineer) will join.",
            ["Kaveh Amini", "Shirin Mohajer"],
            id="organiser-listed-with-title",
        ),
    ],
)
def test_organiser_listed_beside_a_guest(description: str, expected: list[str]) -> None:
    """An organiser the description lists beside a guest interviews; one apart or arranging does not."""
    c = _near(_ORG_GUEST, description=description)
    u = understand(_raw(c), c.user)
    assert sorted_names(u) == expected


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        pytest.param(
            "Rin Oda <> Saffron Quay | Account Manager",
            "Meet your Account Manager for a walkthrough of the new dashboard.",
            id="vendor-account-manager",
        ),
        pytest.param("Rin Oda <> Saffron Quay | Quarterly Business Review", "", id="vendor-review"),
        pytest.param("Rin Oda <> Kai Weber | Engineering Manager", "", id="two-people"),
        pytest.param("Rin Oda x Saffron Quay - Besichtigung", "", id="viewing"),
    ],
)
def test_title_role_part_near_misses(summary: str, description: str) -> None:
    """A user x company title without a job title as its own part is no interview."""
    c = _near(_ROLE_PART, summary=summary, subject=summary, description=description)
    assert understand(_raw(c), c.user).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("summary", "interview"),
    [
        pytest.param("Senior Data Engineer - Rin Oda (rescheduled)", True, id="rescheduled"),
        pytest.param("Senior Data Engineer - Rin Oda (promotion review)", False, id="review"),
        pytest.param("Onboarding - Rin Oda (rescheduled)", False, id="onboarding"),
        pytest.param("Conversación técnica | Analista de datos | Rin Oda", True, id="es-stage"),
        pytest.param("Conversación técnica | soporte de impresoras", False, id="es-no-user"),
        pytest.param("Échange technique - migration serveur - Rin Oda", False, id="fr-no-role"),
    ],
)
def test_titled_for_candidate_notes_and_stages(summary: str, interview: bool) -> None:
    """A change note in brackets and an es/fr stage keep a user-and-role title; other titles do not."""
    c = _near(_ORG_GUEST, summary=summary, subject=summary, description="")
    assert (understand(_raw(c), c.user).kind is Kind.INTERVIEW) is interview


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        pytest.param("", ["Fiona Gall", "Matiu Kereopa"], id="nobody-named"),
        pytest.param(
            "Matiu Kereopa and Fiona Gall will meet you.",
            ["Fiona Gall", "Matiu Kereopa"],
            id="organiser-named-too",
        ),
        pytest.param(
            "Matiu Kereopa, GM Claims, will lead this conversation.",
            ["Matiu Kereopa"],
            id="only-a-guest-named",
        ),
    ],
)
def test_organiser_guest_left_out_when_description_names_another(
    description: str, expected: list[str]
) -> None:
    """An organiser-guest interviews unless the description names other guests and not them."""
    c = _near(_BY_ID["gcal-bar-z"], description=description)
    assert sorted_names(understand(_raw(c), c.user)) == expected
