"""Interviews, part B: calendar invitations (Outlook/Teams, Google, Apple, Zoom) and updates."""

from __future__ import annotations

from .common import (
    AARAV,
    CHLOE,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    SAM,
    Msg,
    User,
    attendee,
    build,
    esc,
    headers,
    html_page,
    iv,
    mid,
    paras,
    vcal,
    vevent,
    vtz_iana,
    vtz_windows,
)
from .m_interviews_a import _uid_g1
from .mime import addr, cal, html, multi, text

MESSAGES: list[Msg] = []

_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{0}%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%2c%22Oid%22%3a%22{1}%22%7d"
_SEP = "________________________________________________________________________________"


def _teams_block(url: str, meeting_id: str, passcode: str) -> str:
    return (
        f"{_SEP}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{url}>\n\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n{_SEP}\n"
    )


def _outlook(
    user: User,
    *,
    slug: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    subject: str,
    date: str,
    when: str,
    tzid: str,
    start: str,
    end: str,
    uid: str,
    seq: int,
    note_text: str,
    stamp: str,
    label: dict[str, object],
    kind: str = "interview",
    location: str = "Microsoft Teams Meeting",
    teams: bool = True,
    method: str = "REQUEST",
    cc: str | None = None,
    rrule: str | None = None,
) -> Msg:
    """An Exchange/Outlook meeting request with the classic 'When:' text and a Teams block."""
    url = _TEAMS.format(uid[-12:], uid[-20:-12]) if teams else None
    block = _teams_block(url, "284 615 903 771", "Lq7Fz2") if url else ""
    body = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note_text}\n\n{block}"
    ev = [
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        *[attendee(n, e) for n, e in attendees],
        f"DESCRIPTION;LANGUAGE=en-US:{esc(note_text + chr(10) + chr(10) + block)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{esc(subject.split(': ', 1)[-1] if subject.startswith(('Canceled', 'Updated')) else subject)}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        *([f"RRULE:{rrule}"] if rrule else []),
        "CLASS:PUBLIC",
        "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2125351891",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"
        if method == "REQUEST"
        else "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"
        if method == "REQUEST"
        else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if url:
        ev.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        ev += [
            "BEGIN:VALARM",
            "DESCRIPTION:REMINDER",
            "TRIGGER;RELATED=START:-PT15M",
            "ACTION:DISPLAY",
            "END:VALARM",
        ]
    ics = vcal("Microsoft Exchange Server 2010", method, [vevent(*ev)], tz=[vtz_windows(tzid)])
    ics = ics.replace("CALSCALE:GREGORIAN\n", "")
    domain = organizer[1].split("@")[1]
    hdrs = headers(
        user,
        frm=addr(*organizer),
        subject=subject,
        date=date,
        cc=cc,
        to=", ".join(addr(n, e) for n, e in attendees if e in user.addresses),
        msgid=mid(slug, domain.replace(".example", ".prod.outlook.com").replace("-", "")),
        helo=f"mail-{domain.split('.')[0]}.outbound.protection.outlook.com",
        ip="192.0.2.110",
        extra=[
            (
                "Thread-Topic",
                subject.split(": ", 1)[-1]
                if subject.startswith(("Canceled", "Updated"))
                else subject,
            ),
            ("Thread-Index", "AdyrW1fJk2m8Tq3aRhyN0wE5g2Lx4w=="),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", "en-US"),
        ],
    )
    body_html = html_page(paras(body))
    return Msg(
        slug,
        kind,
        user,
        build(
            hdrs,
            multi(
                "alternative",
                f"_000_{uid[-16:]}_",
                text(body),
                html(body_html),
                cal(ics, method=method, cte="base64"),
            ),
        ),
        label,
    )


# --- Outlook: Pacific Standard Time, "(UTC-08:00)" while DST is in force -----------------
_uid_o1 = "040000008200E00074C5B7101A82E00800000000C0F2A81D6AABDC010000000000000000100000004A7E2C19B1F4E4478D6E0A3F2C5B9D11"
MESSAGES.append(
    _outlook(
        MEI,
        slug="outlook-teams-pacific",
        organizer=("Bartholomew Nwosu", "bartholomew.nwosu@kestrel-mobile.example"),
        attendees=[
            ("Mei Chen", "mei.chen@example.net"),
            ("Yusuf Demir", "yusuf.demir@kestrel-mobile.example"),
        ],
        subject="Interview: Mei Chen - Senior iOS Engineer",
        date="Wed, 04 Mar 2026 17:02:12 +0000",
        when="Tuesday, March 10, 2026 2:00 PM-3:00 PM (UTC-08:00) Pacific Time (US & Canada).",
        tzid="Pacific Standard Time",
        start="20260310T140000",
        end="20260310T150000",
        uid=_uid_o1,
        seq=0,
        stamp="20260304T170212Z",
        note_text="Hi Mei,\n\nLooking forward to speaking with you about the Senior iOS Engineer role. I'll be joined by Yusuf Demir (Senior iOS Engineer) for the technical part.\n\nThanks,\nBartholomew Nwosu\nEngineering Manager, Kestrel Mobile",
        label=iv(
            "2026-03-10T14:00:00-07:00",
            "America/Los_Angeles",
            company="Kestrel Mobile",
            role="Senior iOS Engineer",
            interviewers=["Bartholomew Nwosu", "Yusuf Demir"],
            emails=[
                "bartholomew.nwosu@kestrel-mobile.example",
                "yusuf.demir@kestrel-mobile.example",
            ],
            notes="Outlook prints the zone's standard offset '(UTC-08:00)' even in DST: the real offset is -07:00. Windows TZID with VTIMEZONE; organiser is the hiring manager and interviews.",
        ),
    )
)

# --- Outlook: GMT Standard Time after the UK clock change ------------------------------
_uid_o2 = "040000008200E00074C5B7101A82E00800000000E01B55C2B8BBDC01000000000000000010000000D3C2B1A09F8E7D6C5B4A39281706F5E4"
MESSAGES.append(
    _outlook(
        PRIYA,
        slug="outlook-gmt-standard-bst",
        organizer=("Fiona MacLeod", "fiona.macleod@harbourline-insurance.example"),
        attendees=[
            ("Priya Raman", "priya.raman@example.com"),
            ("Callum Reid", "callum.reid@harbourline-insurance.example"),
            ("Siobhan Doherty", "siobhan.doherty@harbourline-insurance.example"),
        ],
        subject="Harbourline Insurance - Second Interview - Pricing Analyst",
        date="Fri, 27 Mar 2026 09:12:40 +0000",
        when="Thursday, 2 April 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        tzid="GMT Standard Time",
        start="20260402T100000",
        end="20260402T110000",
        uid=_uid_o2,
        seq=0,
        stamp="20260327T091240Z",
        note_text="Dear Priya,\n\nThank you for your time at the first stage. Please find the invitation for your second interview with Callum Reid (Head of Pricing) and Siobhan Doherty (Lead Actuary). The session will include a 15 minute case study presentation.\n\nKind regards,\nFiona MacLeod\nTalent Acquisition Partner",
        label=iv(
            "2026-04-02T10:00:00+01:00",
            "Europe/London",
            company="Harbourline Insurance",
            role="Pricing Analyst",
            interviewers=["Callum Reid", "Siobhan Doherty"],
            emails=[
                "callum.reid@harbourline-insurance.example",
                "siobhan.doherty@harbourline-insurance.example",
            ],
            notes="Sent on GMT, meeting after 29 March, so BST (+01:00) although Outlook prints (UTC+00:00); organiser is the recruiter.",
        ),
    )
)

# --- Outlook: W. Europe Standard Time, then an update with a higher SEQUENCE ------------------
_uid_o3 = "040000008200E00074C5B7101A82E00800000000509A0B7E3FAADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
_lukas_people = [
    ("Lukas Becker", "lukas.becker@example.org"),
    ("Dragana Petrović", "dragana.petrovic@nordwerk-energie.example"),
]
MESSAGES.append(
    _outlook(
        LUKAS,
        slug="outlook-w-europe-standard",
        organizer=("Dragana Petrović", "dragana.petrovic@nordwerk-energie.example"),
        attendees=_lukas_people,
        subject="Interview Lukas Becker / Senior DevOps Engineer",
        date="Mon, 09 Mar 2026 14:31:07 +0100",
        when="Wednesday, 18 March 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
        tzid="W. Europe Standard Time",
        start="20260318T093000",
        end="20260318T103000",
        uid=_uid_o3,
        seq=0,
        stamp="20260309T133107Z",
        note_text="Hallo Lukas,\n\nas agreed on the phone, here is the invitation for our interview (in English). I'm looking forward to it.\n\nBeste Grüße\nDragana Petrović\nTeamlead Platform, Nordwerk Energie AG",
        label=iv(
            "2026-03-18T09:30:00+01:00",
            "Europe/Berlin",
            company="Nordwerk Energie AG",
            role="Senior DevOps Engineer",
            interviewers=["Dragana Petrović"],
            emails=["dragana.petrovic@nordwerk-energie.example"],
            notes="W. Europe Standard Time; non-ASCII organiser name in CN and From (RFC 2047).",
        ),
    )
)
MESSAGES.append(
    _outlook(
        LUKAS,
        slug="outlook-update-higher-sequence",
        organizer=("Dragana Petrović", "dragana.petrovic@nordwerk-energie.example"),
        attendees=_lukas_people,
        subject="Updated: Interview Lukas Becker / Senior DevOps Engineer",
        date="Fri, 13 Mar 2026 08:05:55 +0100",
        when="Friday, 20 March 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
        tzid="W. Europe Standard Time",
        start="20260320T130000",
        end="20260320T140000",
        uid=_uid_o3,
        seq=1,
        stamp="20260313T070555Z",
        note_text="Hallo Lukas,\n\nsorry, I had to move our interview from Wednesday to Friday afternoon. Same Teams link.\n\nBeste Grüße\nDragana",
        label=iv(
            "2026-03-20T13:00:00+01:00",
            "Europe/Berlin",
            company="Nordwerk Energie AG",
            role="Senior DevOps Engineer",
            interviewers=["Dragana Petrović"],
            emails=["dragana.petrovic@nordwerk-energie.example"],
            notes="Update: same UID as the W. Europe invite with SEQUENCE 1 and a new time; mentions the old day in words.",
        ),
    )
)

# --- Outlook: India Standard Time ---------------------------------------------------------
_uid_o4 = "040000008200E00074C5B7101A82E008000000007E6D5C4B3A2ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF"
MESSAGES.append(
    _outlook(
        AARAV,
        slug="outlook-india-standard-time",
        organizer=("Kavitha Subramanian", "kavitha.s@vistaar-fintech.example"),
        attendees=[
            ("Aarav Sharma", "aarav.sharma@example.com"),
            ("Rohan Mehta", "rohan.mehta@vistaar-fintech.example"),
            ("Ananya Krishnan", "ananya.krishnan@vistaar-fintech.example"),
        ],
        subject="Technical Interview - Round 1 | Backend Engineer (Java) | Aarav Sharma",
        date="Tue, 17 Mar 2026 12:40:00 +0530",
        when="Monday, 23 March 2026 11:00 AM-12:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.",
        tzid="India Standard Time",
        start="20260323T110000",
        end="20260323T120000",
        uid=_uid_o4,
        seq=0,
        stamp="20260317T071000Z",
        note_text="Hi Aarav,\n\nPlease join the technical interview with Rohan Mehta (Lead Engineer) and Ananya Krishnan (Senior Software Engineer). Keep your camera on and a stable connection.\n\nRegards,\nKavitha Subramanian\nTalent Acquisition, Vistaar Fintech",
        label=iv(
            "2026-03-23T11:00:00+05:30",
            "Asia/Kolkata",
            company="Vistaar Fintech",
            role="Backend Engineer (Java)",
            interviewers=["Rohan Mehta", "Ananya Krishnan"],
            emails=[
                "rohan.mehta@vistaar-fintech.example",
                "ananya.krishnan@vistaar-fintech.example",
            ],
            notes="India Standard Time (no DST), organiser is the recruiter, 12-hour When text.",
        ),
    )
)

# --- Outlook: Eastern, the brief's canonical When line --------------------------------------
_uid_o5 = "040000008200E00074C5B7101A82E00800000000F3E2D1C0B9A8DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA"
MESSAGES.append(
    _outlook(
        JORDAN,
        slug="outlook-eastern-when-line",
        organizer=("Lorraine Okafor", "lorraine.okafor@granite-mutual.example"),
        attendees=[
            ("Jordan Lee", "jordan.lee@example.net"),
            ("Whitney Castellanos", "whitney.castellanos@granite-mutual.example"),
        ],
        subject="Jordan Lee - Data Engineering Lead - Hiring Manager Interview",
        date="Wed, 04 Mar 2026 11:20:31 -0500",
        when="Tuesday, March 10, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).",
        tzid="Eastern Standard Time",
        start="20260310T140000",
        end="20260310T150000",
        uid=_uid_o5,
        seq=0,
        stamp="20260304T162031Z",
        note_text="Hello Jordan,\n\nYou will be meeting with Whitney Castellanos, VP of Data, for this conversation. I'm the coordinator; let me know if you have any questions.\n\nBest regards,\nLorraine Okafor | Talent Acquisition Coordinator | Granite Mutual",
        label=iv(
            "2026-03-10T14:00:00-04:00",
            "America/New_York",
            company="Granite Mutual",
            role="Data Engineering Lead",
            interviewers=["Whitney Castellanos"],
            emails=["whitney.castellanos@granite-mutual.example"],
            notes="Outlook 'When' with (UTC-05:00) in EDT; coordinator organises but does not interview.",
        ),
    )
)

# --- Outlook: AUS Eastern Standard Time, after DST ends in Sydney ------------------------------
_uid_o6 = "040000008200E00074C5B7101A82E0080000000022446688AACCDC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE"
MESSAGES.append(
    _outlook(
        SAM,
        slug="outlook-aus-eastern",
        organizer=("Mitchell Thornton", "mitchell.thornton@coralbay-digital.example"),
        attendees=[
            ("Sam O'Brien", "sam.obrien@example.net"),
            ("Aroha Ngata", "aroha.ngata@coralbay-digital.example"),
        ],
        subject="Interview - Product Designer - Sam O'Brien",
        date="Thu, 09 Apr 2026 16:45:00 +1000",
        when="Wednesday, 15 April 2026 9:30 AM-10:30 AM (UTC+10:00) Canberra, Melbourne, Sydney.",
        tzid="AUS Eastern Standard Time",
        start="20260415T093000",
        end="20260415T103000",
        uid=_uid_o6,
        seq=0,
        stamp="20260409T064500Z",
        location="Level 3, 88 Pitt Street, Sydney NSW 2000",
        teams=False,
        note_text="G'day Sam,\n\nLooking forward to meeting you in person. Aroha Ngata (Design Director) and I will run the session; it includes a 20 minute portfolio walkthrough.\n\nCheers,\nMitchell Thornton\nHead of Product, Coralbay Digital",
        label=iv(
            "2026-04-15T09:30:00+10:00",
            "Australia/Sydney",
            company="Coralbay Digital",
            role="Product Designer",
            interviewers=["Mitchell Thornton", "Aroha Ngata"],
            emails=[
                "mitchell.thornton@coralbay-digital.example",
                "aroha.ngata@coralbay-digital.example",
            ],
            notes="Southern-hemisphere DST: AEST (+10:00) after 5 April; in-person, no Teams link.",
        ),
    )
)

# --- Google: update with a higher SEQUENCE -------------------------------------------------
_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART;TZID=America/Los_Angeles:20260313T110000",
            "DTEND;TZID=America/Los_Angeles:20260313T120000",
            "DTSTAMP:20260309T224401Z",
            "ORGANIZER;CN=Hannah Bergstrom:mailto:hannah.bergstrom@tidepool-pay.example",
            f"UID:{_uid_g1}",
            attendee(
                "Hannah Bergstrom", "hannah.bergstrom@tidepool-pay.example", "ACCEPTED", google=True
            ),
            attendee(
                "Tomás Oyelaran", "tomas.oyelaran@tidepool-pay.example", "ACCEPTED", google=True
            ),
            attendee("mei.chen@example.net", "mei.chen@example.net", "ACCEPTED", google=True),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/bcx-rtyu-pzm",
            "CREATED:20260305T184510Z",
            "DESCRIPTION:Hi Mei\\, this is your technical interview for Software Engineer\\, Payments. You'll meet Tomás Oyelaran (Engineering Manager\\, Payments).\\n\\nJoin with Google Meet: https://meet.google.com/bcx-rtyu-pzm",
            "LAST-MODIFIED:20260309T224400Z",
            "SEQUENCE:1",
            "STATUS:CONFIRMED",
            "SUMMARY:Interview: Mei Chen / Software Engineer\\, Payments",
            "TRANSP:OPAQUE",
        )
    ],
    tz=[vtz_iana("America/Los_Angeles")],
)
_t = """This event has been updated
Changed: time

Interview: Mei Chen / Software Engineer, Payments
Friday Mar 13, 2026 ⋅ 11am – 12pm (Pacific Time - Los Angeles)

Join with Google Meet
https://meet.google.com/bcx-rtyu-pzm

Organizer
Hannah Bergstrom
hannah.bergstrom@tidepool-pay.example

Guests
Hannah Bergstrom - organizer
Tomás Oyelaran
mei.chen@example.net

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
MESSAGES.append(
    Msg(
        "google-updated-invitation",
        "interview",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Hannah Bergstrom", "hannah.bergstrom@tidepool-pay.example"),
                subject="Updated invitation: Interview: Mei Chen / Software Engineer, Payments @ Fri Mar 13, 2026 11am - 12pm (PDT) (mei.chen@example.net)",
                date="Mon, 09 Mar 2026 15:44:01 -0700",
                msgid=mid("g1u", "google.com"),
                to="mei.chen@example.net",
                helo="mail-sor-f69.google.com",
                ip="192.0.2.69",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
            ),
            multi(
                "mixed",
                "000000000000c7d8e9f0a1b2c3d4",
                multi(
                    "alternative",
                    "000000000000c7d8e9f0a1b2c3d3",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics),
                ),
                cal(
                    _ics, filename="invite.ics", cte="base64", ctype="application/ics", charset=None
                ),
            ),
        ),
        iv(
            "2026-03-13T11:00:00-07:00",
            "America/Los_Angeles",
            role="Software Engineer, Payments",
            interviewers=["Tomás Oyelaran"],
            emails=["tomas.oyelaran@tidepool-pay.example"],
            notes="Same UID as the earlier Google invite, SEQUENCE 1, moved by a day.",
        ),
    )
)

# --- Google: UTC DTSTART with X-WR-TIMEZONE, UK user --------------------------------------
_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART:20260401T130000Z",
            "DTEND:20260401T140000Z",
            "DTSTAMP:20260325T101500Z",
            "ORGANIZER;CN=Tobias Engel:mailto:tobias.engel@quillstack.example",
            "UID:0r7c2e9a4k1m6p3s8u5w0y2b4d@google.com",
            attendee("Tobias Engel", "tobias.engel@quillstack.example", "ACCEPTED", google=True),
            attendee("Priya Raman", "priya.r.cv@example.org", google=True),
            attendee(
                "Yetunde Afolabi", "yetunde.afolabi@quillstack.example", "ACCEPTED", google=True
            ),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/wqe-pmnb-yrt",
            "DESCRIPTION:Pairing interview – Senior Backend Engineer (Kotlin). You'll pair with Tobias and Yetunde on a small refactoring task.\\n\\nJoin with Google Meet: https://meet.google.com/wqe-pmnb-yrt",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Quillstack pairing interview – Priya Raman",
        )
    ],
    extra=["X-WR-CALNAME:tobias.engel@quillstack.example", "X-WR-TIMEZONE:Europe/London"],
)
_t = """You have been invited to the following event.

Quillstack pairing interview – Priya Raman
Wednesday 1 Apr 2026 ⋅ 14:00 – 15:00 (United Kingdom Time)

Join with Google Meet
https://meet.google.com/wqe-pmnb-yrt

Guests
Tobias Engel - organizer
Yetunde Afolabi
Priya Raman

Pairing interview – Senior Backend Engineer (Kotlin). You'll pair with Tobias and Yetunde on a small refactoring task.

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
MESSAGES.append(
    Msg(
        "google-invite-utc-x-wr-timezone",
        "interview",
        PRIYA,
        build(
            headers(
                PRIYA,
                frm=addr("Tobias Engel", "tobias.engel@quillstack.example"),
                subject="Invitation: Quillstack pairing interview – Priya Raman @ Wed 1 Apr 2026 14:00 - 15:00 (BST) (priya.r.cv@example.org)",
                date="Wed, 25 Mar 2026 10:15:00 +0000",
                msgid=mid("g2", "google.com"),
                to="priya.r.cv@example.org",
                helo="mail-sor-f41.google.com",
                ip="192.0.2.41",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
            ),
            multi(
                "mixed",
                "0000000000003e4f5a6b7c8d9e0f",
                multi(
                    "alternative",
                    "0000000000003e4f5a6b7c8d9e0e",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics),
                ),
                cal(
                    _ics, filename="invite.ics", cte="base64", ctype="application/ics", charset=None
                ),
            ),
        ),
        iv(
            "2026-04-01T14:00:00+01:00",
            "Europe/London",
            company="Quillstack",
            role="Senior Backend Engineer (Kotlin)",
            interviewers=["Tobias Engel", "Yetunde Afolabi"],
            emails=["tobias.engel@quillstack.example", "yetunde.afolabi@quillstack.example"],
            notes="DTSTART in UTC (13:00Z) with X-WR-TIMEZONE; sent to the user's second address; pairing interviewers include the organiser.",
        ),
    )
)

# --- Apple Calendar invitation from iCloud ------------------------------------------------------
_ics = vcal(
    "-//Apple Inc.//macOS 15.3.1//EN",
    "REQUEST",
    [
        vevent(
            "CREATED:20260313T091201Z",
            "UID:7F3C2B1A-9E8D-4C7B-A6F5-E4D3C2B1A098",
            "DTEND;TZID=Europe/Paris:20260320T153000",
            "TRANSP:OPAQUE",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            "SUMMARY:Entretien Chloé Martin – Cheffe de projet digital",
            "LAST-MODIFIED:20260313T091305Z",
            "DTSTAMP:20260313T091305Z",
            "DTSTART;TZID=Europe/Paris:20260320T143000",
            "LOCATION:Atelier Lumière\\n12 rue des Petites Écuries\\, 75010 Paris\\, France",
            "SEQUENCE:0",
            "ORGANIZER;CN=Camille Roux;EMAIL=camille.roux@atelier-lumiere.example:mailto:camille.roux@atelier-lumiere.example",
            attendee("Chloé Martin", "chloe.martin@example.org"),
            attendee(
                "Camille Roux", "camille.roux@atelier-lumiere.example", "ACCEPTED", rsvp=False
            ),
            "STATUS:CONFIRMED",
        )
    ],
    tz=[vtz_iana("Europe/Paris")],
)
_t = """Bonjour Chloé,

Comme convenu, voici l'invitation pour notre entretien vendredi 20 mars à 14h30 à l'atelier (12 rue des Petites Écuries). I'll be interviewing you together with our creative director — see you Friday!

Camille Roux
Directrice de projets, Atelier Lumière
"""
MESSAGES.append(
    Msg(
        "apple-calendar-invite-paris",
        "interview",
        CHLOE,
        build(
            headers(
                CHLOE,
                frm=addr("Camille Roux", "camille.roux@atelier-lumiere.example"),
                subject="Invitation: Entretien Chloé Martin – Cheffe de projet digital (20 mars 2026 14:30 CET)",
                date="Fri, 13 Mar 2026 10:13:05 +0100",
                msgid="<7F3C2B1A-0001-4E1B-8C5D-36A1F2E4B907@atelier-lumiere.example>",
                helo="p-east3-cluster2-host5-snip4-10a.me.com",
                ip="192.0.2.130",
                extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
            ),
            multi(
                "mixed",
                "Apple-Mail=_4C9E3B2A-1F0D-4E6C-8B7A-59D3E2F1C0A8",
                text(_t),
                cal(
                    _ics,
                    method="REQUEST",
                    filename="iCal-20260313-101305.ics",
                    cte="quoted-printable",
                ),
            ),
        ),
        iv(
            "2026-03-20T14:30:00+01:00",
            "Europe/Paris",
            company="Atelier Lumière",
            role="Cheffe de projet digital",
            interviewers=["Camille Roux"],
            emails=["camille.roux@atelier-lumiere.example"],
            notes="Apple Mail with QP-encoded .ics attachment; French summary; the second interviewer (creative director) is unnamed.",
        ),
    )
)

# --- Zoom invitation pasted by a recruiter: Pacific time for an Eastern user ---------------------
_t = """Hi Jordan,

Thanks again for your time on the phone. Here are the details for your technical interview with our engineering team — note the time below is Pacific.

Quantafin is inviting you to a scheduled Zoom meeting.

Topic: Interview - Backend Engineer - Jordan Lee
Time: Mar 13, 2026 09:00 AM Pacific Time (US and Canada)

Join Zoom Meeting
https://quantafin.zoom.us/j/81234567890?pwd=aXpLbWd4dkR0Q1Y1

Meeting ID: 812 3456 7890
Passcode: 418277

---

One tap mobile
+16699009128,,81234567890#,,,,*418277# US (San Jose)

You'll meet Santiago Ferreira (Senior Engineer) and Wen Zhao (Engineering Manager).

Best,
Tamsin Hale
Technical Recruiter, Quantafin
"""
MESSAGES.append(
    Msg(
        "zoom-invite-pacific-for-eastern-user",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Tamsin Hale", "tamsin.hale@quantafin.example"),
                subject="Interview details - Backend Engineer (Zoom)",
                date="Mon, 09 Mar 2026 12:03:44 -0700",
                msgid=mid("zoom1", "quantafin.example"),
                helo="mail.quantafin.example",
                ip="203.0.113.12",
            ),
            multi(
                "alternative", "00000000000077aa88bb99cc00dd", text(_t), html(html_page(paras(_t)))
            ),
        ),
        iv(
            "2026-03-13T09:00:00-07:00",
            "America/Los_Angeles",
            company="Quantafin",
            role="Backend Engineer",
            interviewers=["Santiago Ferreira", "Wen Zhao"],
            notes="Zoom text invite in Pacific time while the user is Eastern: no rule may assume the user's zone.",
        ),
    )
)

# --- Bare text/calendar body (in-house HR system), Kolkata -----------------------------------
_ics = vcal(
    "-//Vistaar HRMS//Interview Scheduler 4.2//EN",
    "REQUEST",
    [
        vevent(
            "UID:hrms-interview-55812-r2@vistaar-fintech.example",
            "SEQUENCE:0",
            "DTSTAMP:20260324T063000Z",
            "DTSTART;TZID=Asia/Kolkata:20260330T150000",
            "DTEND;TZID=Asia/Kolkata:20260330T160000",
            "SUMMARY:Interview - Aarav Sharma - Backend Engineer (Java) - Round 2",
            "DESCRIPTION:Panel: Deepak Venkataraman (Engineering Manager)\\, Meera Pillai (Principal Architect)\\nMode: In person\\nVenue: Vistaar Fintech\\, 5th Floor\\, Prestige Tech Park\\, Bengaluru",
            "LOCATION:5th Floor\\, Prestige Tech Park\\, Bengaluru",
            "ORGANIZER;CN=Vistaar Talent Acquisition:mailto:ta@vistaar-fintech.example",
            attendee("Aarav Sharma", "aarav.sharma@example.com"),
            attendee("Deepak Venkataraman", "deepak.v@vistaar-fintech.example"),
            attendee("Meera Pillai", "meera.pillai@vistaar-fintech.example"),
            "STATUS:CONFIRMED",
        )
    ],
    tz=[vtz_iana("Asia/Kolkata")],
)
MESSAGES.append(
    Msg(
        "bare-text-calendar-body-kolkata",
        "interview",
        AARAV,
        build(
            headers(
                AARAV,
                frm=addr("Vistaar Talent Acquisition", "ta@vistaar-fintech.example"),
                subject="Interview - Aarav Sharma - Backend Engineer (Java) - Round 2",
                date="Tue, 24 Mar 2026 12:00:00 +0530",
                msgid=mid("hrms1", "vistaar-fintech.example"),
                helo="hrms.vistaar-fintech.example",
                ip="203.0.113.50",
            ),
            cal(_ics, method="REQUEST", cte="7bit"),
            crlf=False,
        ),
        iv(
            "2026-03-30T15:00:00+05:30",
            "Asia/Kolkata",
            company="Vistaar Fintech",
            role="Backend Engineer (Java)",
            interviewers=["Deepak Venkataraman", "Meera Pillai"],
            emails=["deepak.v@vistaar-fintech.example", "meera.pillai@vistaar-fintech.example"],
            notes="The whole body is text/calendar: no text part at all; interviewers only in DESCRIPTION and ATTENDEE.",
        ),
    )
)
