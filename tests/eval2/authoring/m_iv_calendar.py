"""Interviews that arrive as calendar invitations: Google, Outlook/Exchange/Teams, Zoom,
Webex, Apple; updates with a higher SEQUENCE."""

from __future__ import annotations

from tests.eval.authoring.mime import hdr_text

from .kit import (
    APPLE,
    AROHA,
    FATIMA,
    MARC,
    OUTLOOK,
    SIOBHAN,
    THANDI,
    XIMENA,
    YUKI,
    ZOOM,
    Msg,
    dh,
    event,
    iso,
    iv,
    mail,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# UIDs reused by the cancellations in m_sched_cancel.
UID_KUMO = "0r7bq2lk9c4e8m1t6v3j5h0dqa@google.com"
UID_FALCON = (
    "040000008200E00074C5B7101A82E008000000004A8D7C21B9D4DC01000000000000000010000000"
    "F1A2C3B4D5E6F708192A3B4C5D6E7F80"
)
UID_UBUNTU = (
    "040000008200E00074C5B7101A82E00800000000C0B1F0A2C3D4DC01000000000000000010000000"
    "7C6B5A4938271605F4E3D2C1B0A99887"
)

_SEP = "*~*~*~*~*~*~*~*~*~*"
_TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

_OUTLOOK_HDRS = [
    ("Thread-Topic", ""),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("Content-class", "urn:content-classes:calendarmessage"),
]


def _outlook(when: str, where: str, note: str, teams: tuple[str, str, str] | None) -> str:
    """The plain text Exchange writes for a meeting request."""
    out = f"When: {when}\nWhere: {where}\n\n{_SEP}\n\n{note.strip()}\n"
    if teams:
        out += "\n\n" + _TEAMS.format(url=teams[0], mid=teams[1], pc=teams[2]) + "\n"
    return out


def _hdrs(topic: str) -> list[tuple[str, str]]:
    return [(k, hdr_text(topic) if k == "Thread-Topic" else v) for k, v in _OUTLOOK_HDRS]


# --- Google Calendar, Tokyo, inline + invite.ics ---------------------------------------------
_desc = (
    "Technical interview for the Robotics Software Engineer position.\n"
    "Interviewer: Haruka Morimoto (Motion Planning Lead)\n\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/kum-orob-ots\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
_ics = event(
    uid=UID_KUMO,
    start="2026-04-22 16:00",
    zone="Asia/Tokyo",
    minutes=60,
    summary="Yuki Tanaka – Technical Interview (Robotics Software Engineer)",
    organizer=("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
    attendees=[
        ("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
        ("Haruka Morimoto", "haruka.morimoto@kumorobotics.example"),
        (None, "yuki.tanaka@example.com"),
    ],
    description=_desc,
    stamp="20260417T020511Z",
    extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/kum-orob-ots"],
)
add(
    mail(
        YUKI,
        "google-invite-kumo-tokyo",
        "interview",
        frm=("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        to="yuki.tanaka@example.com",
        subject="Invitation: Yuki Tanaka – Technical Interview (Robotics Software Engineer) @ Wed Apr 22, 2026 4pm - 5pm (JST) (yuki.tanaka@example.com)",
        date=dh("2026-04-17 11:05:12", "Asia/Tokyo"),
        msgid_domain="google.com",
        helo="mail-sor-f41.google.com",
        body=f"""You have been invited to the following event.

Yuki Tanaka – Technical Interview (Robotics Software Engineer)
Wednesday Apr 22, 2026 ⋅ 4pm – 5pm (Japan Standard Time - Tokyo)

Join with Google Meet
https://meet.google.com/kum-orob-ots

Organizer
Sho Nakamura
sho.nakamura@kumorobotics.example

Guests
Sho Nakamura - organizer
Haruka Morimoto
yuki.tanaka@example.com

{_desc.split(chr(10) + chr(10), maxsplit=1)[0]}

Reply for yuki.tanaka@example.com
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MHI3YnEybGs5&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MHI3YnEybGs5&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MHI3YnEybGs5&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
""",
        html_auto=True,
        ics=_ics,
        ics_mode="both",
        label=iv(
            iso("2026-04-22 16:00", "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Kumo Robotics",
            role="Robotics Software Engineer",
            interviewers=["Haruka Morimoto"],
            emails=["haruka.morimoto@kumorobotics.example"],
            notes="Google invite with inline calendar and invite.ics; organiser (recruiter) is also a guest but not an interviewer; user attends without a name.",
        ),
    )
)

# --- Outlook / Teams, Dubai, Arabian Standard Time ----------------------------------------------
_note = """Dear Fatima,

Further to our call, please find below the invitation for your first-round interview for the Credit Risk Analyst role with Falconridge Capital. You will meet Omar Farouk Siddiqui (Head of Credit Risk) and Leila Nasser (Senior Portfolio Manager).

Kind regards,
Priya Nair
Talent Acquisition | Falconridge Capital
DIFC, Gate Village 4, Dubai | +971 4 555 0139"""
_ics = event(
    uid=UID_FALCON,
    start="2026-05-04 10:00",
    zone="Arabian Standard Time",
    minutes=60,
    summary="Interview – Credit Risk Analyst – Fatima Al-Mansouri",
    organizer=("Priya Nair", "priya.nair@falconridge.example"),
    attendees=[
        ("Fatima Al-Mansouri", "fatima.almansouri@example.org"),
        ("Omar Farouk Siddiqui", "omar.siddiqui@falconridge.example"),
        ("Leila Nasser", "leila.nasser@falconridge.example"),
    ],
    description=_note,
    location="Microsoft Teams Meeting",
    prodid=OUTLOOK,
    stamp="20260428T061500Z",
)
add(
    mail(
        FATIMA,
        "outlook-teams-falconridge-arabian",
        "interview",
        frm=("Priya Nair", "priya.nair@falconridge.example"),
        to="Fatima Al-Mansouri <fatima.almansouri@example.org>",
        cc="Omar Farouk Siddiqui <omar.siddiqui@falconridge.example>, Leila Nasser <leila.nasser@falconridge.example>",
        subject="Interview – Credit Risk Analyst – Fatima Al-Mansouri",
        date=dh("2026-04-28 10:15:00", "Asia/Dubai"),
        extra=_hdrs("Interview – Credit Risk Analyst – Fatima Al-Mansouri"),
        body=_outlook(
            "Monday, 4 May 2026 10:00-11:00 (UTC+04:00) Abu Dhabi, Muscat.",
            "Microsoft Teams Meeting",
            _note,
            (
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RmFsY29u%40thread.v2/0",
                "391 774 205 118",
                "Fc9Qx2",
            ),
        ),
        ics=_ics,
        ics_mode="inline",
        label=iv(
            iso("2026-05-04 10:00", "Asia/Dubai"),
            "Asia/Dubai",
            company="Falconridge Capital",
            role="Credit Risk Analyst",
            interviewers=["Omar Farouk Siddiqui", "Leila Nasser"],
            emails=["omar.siddiqui@falconridge.example", "leila.nasser@falconridge.example"],
            notes="Exchange meeting request, TZID 'Arabian Standard Time'; organiser is the recruiter; user is an attendee.",
        ),
    )
)


def _ubuntu(seq: int, start: str, when: str, date: str, slug: str, prefix: str) -> Msg:
    note = """Good day Thandiwe,

Thank you for your interest in the Actuarial Analyst position. Please accept this invitation to a panel interview with Nomvula Khumalo (Head of Pricing), Johan Botha (Chief Actuary) and Ayesha Patel (HR Business Partner).

The interview will include a 20-minute technical discussion on a short pricing case, which we will share on screen.

Regards,
Lerato Mokoena
Recruitment Specialist | Ubuntu Mutual Insurance
Tel: +27 11 555 0192"""
    if seq:
        note = (
            "Please note the new time: the panel now starts at 15:00 because of a board meeting.\n\n"
            + note
        )
    ics = event(
        uid=UID_UBUNTU,
        start=start,
        zone="South Africa Standard Time",
        minutes=90,
        summary="Panel Interview: Actuarial Analyst",
        organizer=("Lerato Mokoena", "lerato.mokoena@ubuntumutual.example"),
        attendees=[
            ("Thandiwe Nkosi", "thandi.nkosi@example.net"),
            ("Nomvula Khumalo", "nomvula.khumalo@ubuntumutual.example"),
            ("Johan Botha", "johan.botha@ubuntumutual.example"),
            ("Ayesha Patel", "ayesha.patel@ubuntumutual.example"),
        ],
        description=note,
        location="Microsoft Teams Meeting",
        prodid=OUTLOOK,
        sequence=seq,
        stamp="20260430T144500Z" if seq else "20260429T073000Z",
    )
    return mail(
        THANDI,
        slug,
        "interview",
        frm=("Lerato Mokoena", "lerato.mokoena@ubuntumutual.example"),
        to="Thandiwe Nkosi <thandi.nkosi@example.net>",
        subject=f"{prefix}Panel Interview: Actuarial Analyst",
        date=date,
        extra=_hdrs("Panel Interview: Actuarial Analyst"),
        body=_outlook(
            when,
            "Microsoft Teams Meeting",
            note,
            (
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VWJ1bnR1%40thread.v2/0",
                "228 410 997 652",
                "Um7Tz4",
            ),
        ),
        ics=ics,
        ics_mode="inline",
        label=iv(
            iso(start, "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Ubuntu Mutual Insurance",
            role="Actuarial Analyst",
            interviewers=["Nomvula Khumalo", "Johan Botha", "Ayesha Patel"],
            emails=[
                "nomvula.khumalo@ubuntumutual.example",
                "johan.botha@ubuntumutual.example",
                "ayesha.patel@ubuntumutual.example",
            ],
            notes=(
                "Exchange update, SEQUENCE 1, same UID; new time 15:00 (was 14:00)."
                if seq
                else "Exchange request, TZID 'South Africa Standard Time', 24-hour When line; HR partner sits on the panel."
            ),
        ),
    )


add(
    _ubuntu(
        0,
        "2026-05-05 14:00",
        "Tuesday, 5 May 2026 14:00-15:30 (UTC+02:00) Harare, Pretoria.",
        dh("2026-04-29 09:30:00", "Africa/Johannesburg"),
        "outlook-ubuntu-mutual-panel",
        "",
    )
)

# --- Outlook, NZ public sector, When line prints the standard offset during NZDT -----------------
_note = """Tēnā koe Aroha,

Thank you for applying for the Senior Policy Advisor – Coastal Adaptation role. We are pleased to invite you to an interview with our panel: Mere Tipene (Manager, Adaptation Policy), David Chen-Harris (Principal Advisor) and Anahera Rawiri (Pou Ārahi).

The interview will be held in person at our Wellington office, Level 6, 20 Customhouse Quay. Please bring two forms of ID for the visitor desk.

Ngā mihi nui,
Recruitment Team
Coastal Resilience Agency | Te Pou Takutai"""
_ics = event(
    uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000C0A57A1D",
    start="2026-04-02 13:30",
    zone="New Zealand Standard Time",
    minutes=60,
    summary="Interview – Senior Policy Advisor – Aroha Ngata",
    organizer=("Recruitment Team", "recruitment@coastalresilience.govt.example"),
    attendees=[
        ("Aroha Ngata", "aroha.ngata@example.org"),
        ("Mere Tipene", "mere.tipene@coastalresilience.govt.example"),
        ("David Chen-Harris", "david.chen-harris@coastalresilience.govt.example"),
        ("Anahera Rawiri", "anahera.rawiri@coastalresilience.govt.example"),
    ],
    description=_note,
    location="Level 6, 20 Customhouse Quay, Wellington",
    prodid=OUTLOOK,
    stamp="20260326T220000Z",
)
add(
    mail(
        AROHA,
        "outlook-nz-public-sector-standard-label",
        "interview",
        frm=("Recruitment Team", "recruitment@coastalresilience.govt.example"),
        to="Aroha Ngata <aroha.ngata@example.org>",
        subject="Interview – Senior Policy Advisor – Aroha Ngata",
        date=dh("2026-03-27 11:00:00", "Pacific/Auckland"),
        extra=_hdrs("Interview – Senior Policy Advisor – Aroha Ngata"),
        body=_outlook(
            "Thursday, 2 April 2026 1:30 PM-2:30 PM (UTC+12:00) Auckland, Wellington.",
            "Level 6, 20 Customhouse Quay, Wellington",
            _note,
            None,
        ),
        ics=_ics,
        ics_mode="inline",
        label=iv(
            iso("2026-04-02 13:30", "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Coastal Resilience Agency",
            role="Senior Policy Advisor – Coastal Adaptation",
            interviewers=["Mere Tipene", "David Chen-Harris", "Anahera Rawiri"],
            emails=[
                "mere.tipene@coastalresilience.govt.example",
                "david.chen-harris@coastalresilience.govt.example",
                "anahera.rawiri@coastalresilience.govt.example",
            ],
            notes="Outlook When line shows (UTC+12:00) but NZ is still on NZDT until 5 April: the real offset is +13:00. Māori macrons.",
        ),
    )
)

# --- Outlook / Teams, Toronto bank, two days after DST start ----------------------------------
_note = """Hi Marc-André,

As discussed, here is the invite for your interview for the Senior Data Governance Analyst position. You will be meeting with Harpreet Gill, Director, Enterprise Data Office.

Thanks,
Jessica Wong
Talent Acquisition Partner, Northshore Lakes Bank
T 416-555-0163"""
_ics = event(
    uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000NLB0310",
    start="2026-03-10 09:00",
    zone="Eastern Standard Time",
    minutes=60,
    summary="Interview: Senior Data Governance Analyst",
    organizer=("Jessica Wong", "jessica.wong@northshorelakes.example"),
    attendees=[
        ("Marc-André Tremblay", "marcandre.tremblay@example.net"),
        ("Harpreet Gill", "harpreet.gill@northshorelakes.example"),
    ],
    description=_note,
    location="Microsoft Teams Meeting",
    prodid=OUTLOOK,
    stamp="20260304T190000Z",
)
add(
    mail(
        MARC,
        "outlook-teams-northshore-eastern",
        "interview",
        frm=("Jessica Wong", "jessica.wong@northshorelakes.example"),
        subject="Interview: Senior Data Governance Analyst",
        date=dh("2026-03-04 14:00:00", "America/Toronto"),
        extra=_hdrs("Interview: Senior Data Governance Analyst"),
        body=_outlook(
            "Tuesday, March 10, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).",
            "Microsoft Teams Meeting",
            _note,
            (
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9ydGhzaG9yZQ%40thread.v2/0",
                "245 118 730 904",
                "Nb3Wq8",
            ),
        ),
        ics=_ics,
        ics_mode="inline",
        label=iv(
            iso("2026-03-10 09:00", "America/Toronto"),
            "America/New_York",
            company="Northshore Lakes Bank",
            role="Senior Data Governance Analyst",
            interviewers=["Harpreet Gill"],
            emails=["harpreet.gill@northshorelakes.example"],
            notes="Outlook: '(UTC-05:00) Eastern Time' printed, but 10 March is after the 8 March DST start: -04:00.",
        ),
    )
)

# --- Zoom invitation copied by a recruiter, .ics in UTC, Mexico City ------------------------------
_ics = event(
    uid="ZOOM84417702231@zoom.us",
    start="2026-05-20 11:00",
    zone=None,
    utc_zone="America/Mexico_City",
    minutes=45,
    summary="Entrevista / Interview – Guest Experience Manager",
    organizer=("Rodrigo Sáenz", "rodrigo.saenz@grupoalameda.example"),
    description="Join Zoom Meeting https://grupoalameda.zoom.us/j/84417702231",
    location="https://grupoalameda.zoom.us/j/84417702231",
    prodid=ZOOM,
    method="PUBLISH",
    stamp="20260514T170000Z",
)
add(
    mail(
        XIMENA,
        "zoom-invite-alameda-hospitality",
        "interview",
        frm=("Rodrigo Sáenz", "rodrigo.saenz@grupoalameda.example"),
        subject="Entrevista – Guest Experience Manager / Zoom details",
        date=dh("2026-05-14 11:48:00", "America/Mexico_City"),
        body="""Hola Ximena,

Thanks for your time on the phone. As agreed, I will interview you myself for the Guest Experience Manager position at Hotel Alameda Centro. The Zoom details are below and I've attached a calendar file.

Rodrigo Sáenz is inviting you to a scheduled Zoom meeting.

Topic: Entrevista / Interview – Guest Experience Manager
Time: May 20, 2026 11:00 AM Guadalajara, Mexico City, Monterrey

Join Zoom Meeting
https://grupoalameda.zoom.us/j/84417702231

Meeting ID: 844 1770 2231
Passcode: 520611

Saludos,
Rodrigo Sáenz
Director de Operaciones | Grupo Alameda Hospitalidad
Tel. +52 55 5555 0178
""",
        ics=_ics,
        ics_mode="attach",
        ics_method="PUBLISH",
        label=iv(
            iso("2026-05-20 11:00", "America/Mexico_City"),
            "America/Mexico_City",
            company="Grupo Alameda Hospitalidad",
            role="Guest Experience Manager",
            interviewers=["Rodrigo Sáenz"],
            emails=["rodrigo.saenz@grupoalameda.example"],
            notes="Zoom invitation text without weekday; Zoom .ics (PUBLISH) in UTC; the sender interviews.",
        ),
    )
)

# --- Webex, Irish public body, interview board ----------------------------------------------------
add(
    mail(
        SIOBHAN,
        "webex-health-innovation-board",
        "interview",
        frm=("Recruitment Unit", "recruitment@healthinnovation.gov.example"),
        subject="Interview Board: Senior Business Analyst (Grade VII) – Competition HIO-0426",
        date=dh("2026-05-08 12:30:00", "Europe/Dublin"),
        body="""A Chara,

Further to your application for Senior Business Analyst (Grade VII), Competition HIO-0426, I am pleased to inform you that you have been shortlisted for interview.

Your interview will take place online via Webex:

Thursday, May 14, 2026 10:00 AM | 1 hour | (UTC+01:00) Dublin, Edinburgh, Lisbon, London
Meeting link: https://healthinnovation.webex.com/healthinnovation/j.php?MTID=m4c1b5d0e7f
Meeting number: 2741 118 5530
Password: HIO0426

The interview board will consist of Pádraig Mac Giolla Phádraig (Principal Officer), Dr Orla Fitzgerald (Clinical Lead) and an independent board member, Niamh Costigan.

Please have your photographic identification available at the start of the interview. Canvassing will disqualify.

Is mise le meas,
Recruitment Unit
Health Innovation Office
""",
        label=iv(
            iso("2026-05-14 10:00", "Europe/Dublin"),
            "Europe/Dublin",
            company="Health Innovation Office",
            role="Senior Business Analyst (Grade VII)",
            interviewers=["Pádraig Mac Giolla Phádraig", "Orla Fitzgerald", "Niamh Costigan"],
            notes="Webex meeting line with '(UTC+01:00) Dublin, ...'; formal Irish public-service letter; 'Dr' before a name.",
        ),
    )
)

# --- Apple Calendar invite, Tokyo panel ------------------------------------------------------------
_ics = event(
    uid="A91F3C2E-7B44-4D1A-9E0B-6C2D8F51A7E3",
    start="2026-05-26 13:00",
    zone="Asia/Tokyo",
    minutes=60,
    summary="Panel interview – Yuki Tanaka (Quantitative Analyst)",
    organizer=("Takeshi Inoue", "t.inoue@shirakaba-sec.example"),
    attendees=[
        ("Takeshi Inoue", "t.inoue@shirakaba-sec.example"),
        ("Mariko Fujiwara", "m.fujiwara@shirakaba-sec.example"),
        ("Yuki Tanaka", "yuki.tanaka@example.com"),
    ],
    location="Shirakaba Securities, 1-6-1 Otemachi, Chiyoda-ku, Tokyo (15F reception)",
    prodid=APPLE,
    stamp="20260518T003000Z",
)
add(
    mail(
        YUKI,
        "apple-calendar-shirakaba-panel",
        "interview",
        frm=("Takeshi Inoue", "t.inoue@shirakaba-sec.example"),
        subject="Invitation: Panel interview – Yuki Tanaka (Quantitative Analyst) @ 2026年5月26日 13:00",
        date=dh("2026-05-18 09:30:00", "Asia/Tokyo"),
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
        body="""Tanaka-san,

Here is the invitation for the panel interview on Tuesday 26 May at 13:00. Mariko Fujiwara and I will be your interviewers. Please come to the 15th floor reception.

Takeshi Inoue
Head of Quantitative Research
Shirakaba Securities
""",
        ics=_ics,
        ics_mode="attach",
        label=iv(
            iso("2026-05-26 13:00", "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Shirakaba Securities",
            role="Quantitative Analyst",
            interviewers=["Takeshi Inoue", "Mariko Fujiwara"],
            emails=["t.inoue@shirakaba-sec.example", "m.fujiwara@shirakaba-sec.example"],
            notes="Apple Calendar attachment; Japanese date in the subject; organiser interviews too.",
        ),
    )
)

# --- Google 'Updated invitation', Montreal, time moved -----------------------------------------------
_ics = event(
    uid="3c9d0f1e7h2k5m8p4q6r1s0tuv@google.com",
    start="2026-04-23 14:00",
    zone="America/Toronto",
    minutes=90,
    summary="Technical interview – Marc-André Tremblay",
    organizer=("Sophie Bouchard", "sophie.bouchard@quillfeather.example"),
    attendees=[
        ("Sophie Bouchard", "sophie.bouchard@quillfeather.example"),
        ("Arnav Kulkarni", "arnav.kulkarni@quillfeather.example"),
        ("Marc-André Tremblay", "marcandre.tremblay@example.net"),
    ],
    description="Pair-programming interview for the Senior Full-Stack Developer role. Interviewers: Sophie Bouchard and Arnav Kulkarni.",
    sequence=2,
    stamp="20260420T140000Z",
    extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/qui-llfe-ath"],
)
add(
    mail(
        MARC,
        "google-updated-invitation-quillfeather",
        "interview",
        frm=("Sophie Bouchard", "sophie.bouchard@quillfeather.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        to="marcandre.tremblay@example.net",
        subject="Updated invitation: Technical interview – Marc-André Tremblay @ Thu Apr 23, 2026 2pm - 3:30pm (EDT) (marcandre.tremblay@example.net)",
        date=dh("2026-04-20 10:00:04", "America/Toronto"),
        msgid_domain="google.com",
        helo="mail-sor-f73.google.com",
        body="""This event has been updated
Changed: time

Technical interview – Marc-André Tremblay
Thursday Apr 23, 2026 ⋅ 2pm – 3:30pm (Eastern Time - Toronto)
Previously: Thursday Apr 23, 2026 ⋅ 1pm – 2:30pm

Join with Google Meet
https://meet.google.com/qui-llfe-ath

Organizer
Sophie Bouchard
sophie.bouchard@quillfeather.example

Guests
Sophie Bouchard - organizer
Arnav Kulkarni
Marc-André Tremblay

Pair-programming interview for the Senior Full-Stack Developer role. Interviewers: Sophie Bouchard and Arnav Kulkarni.

Reply for marcandre.tremblay@example.net
Invitation from Google Calendar: https://calendar.google.com/calendar/
""",
        html_auto=True,
        ics=_ics,
        ics_mode="both",
        label=iv(
            iso("2026-04-23 14:00", "America/Toronto"),
            "America/Toronto",
            company="Quillfeather",
            role="Senior Full-Stack Developer",
            interviewers=["Sophie Bouchard", "Arnav Kulkarni"],
            emails=["sophie.bouchard@quillfeather.example", "arnav.kulkarni@quillfeather.example"],
            notes="Google update, SEQUENCE 2; the old time appears as 'Previously'; the organiser is the hiring manager and interviews.",
        ),
    )
)

add(
    _ubuntu(
        1,
        "2026-05-05 15:00",
        "Tuesday, 5 May 2026 15:00-16:30 (UTC+02:00) Harare, Pretoria.",
        dh("2026-04-30 16:45:00", "Africa/Johannesburg"),
        "outlook-ubuntu-mutual-updated",
        "Updated: ",
    )
)

# --- Outlook When line only, forwarded by the hiring manager (no calendar part) -------------------
add(
    mail(
        THANDI,
        "forwarded-outlook-when-protea",
        "interview",
        frm=("Zanele Mokoena", "zanele.mokoena@proteafresh.example"),
        subject="FW: Interview - Regional Operations Manager (Gauteng North)",
        date=dh("2026-06-04 17:12:00", "Africa/Johannesburg"),
        extra=[("Thread-Topic", "Interview - Regional Operations Manager (Gauteng North)")],
        body="""Hi Thandiwe

Forwarding the meeting request our HR system sent, as I see your address was misspelt on it. I'll be interviewing you together with our COO, Gerrit Steyn. See you at head office.

Zanele

Zanele Mokoena | Head of Retail Operations | Protea Fresh Markets
M: +27 82 555 0147

-----Original Appointment-----
From: HR Scheduling <hr-scheduling@proteafresh.example>
Sent: Thursday, 04 June 2026 15:40
To: Zanele Mokoena; Gerrit Steyn; thandi.nksoi@example.net
Subject: Interview - Regional Operations Manager (Gauteng North)
When: Wednesday, 10 June 2026 9:00 a.m.-10:00 a.m. (UTC+02:00) Harare, Pretoria.
Where: Protea Fresh Markets Head Office, 3 Boundary Road, Midrand - Boardroom 2


Candidate: Thandiwe Nkosi
Position: Regional Operations Manager (Gauteng North)
""",
        label=iv(
            iso("2026-06-10 09:00", "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Protea Fresh Markets",
            role="Regional Operations Manager (Gauteng North)",
            interviewers=["Zanele Mokoena", "Gerrit Steyn"],
            emails=["zanele.mokoena@proteafresh.example"],
            notes="Forwarded '-----Original Appointment-----' with a When line and no calendar part; 'a.m.' with dots; the forwarder interviews.",
        ),
    )
)

# --- Teams invite from Sydney, Windows TZID AUS Eastern, Auckland candidate -------------------------
_note = """Hi Aroha,

Looking forward to chatting about the Merchandise Planner role. This will be a 45-minute video interview, just the two of us this time, so think of it as a relaxed first conversation.

Bronwyn McAllister
Planning Manager | Wattle & Gum Retail
+61 2 5550 1184"""
_ics = event(
    uid="040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010000000WATTLE14",
    start="2026-05-14 11:00",
    zone="AUS Eastern Standard Time",
    minutes=45,
    summary="Merchandise Planner – interview (Aroha Ngata)",
    organizer=("Bronwyn McAllister", "bronwyn.mcallister@wattleandgum.example"),
    attendees=[("Aroha Ngata", "aroha.ngata@example.org")],
    description=_note,
    location="Microsoft Teams Meeting",
    prodid=OUTLOOK,
    stamp="20260508T010000Z",
)
add(
    mail(
        AROHA,
        "teams-wattle-gum-aest-for-nz",
        "interview",
        frm=("Bronwyn McAllister", "bronwyn.mcallister@wattleandgum.example"),
        subject="Merchandise Planner – interview (Aroha Ngata)",
        date=dh("2026-05-08 11:05:00", "Australia/Sydney"),
        extra=_hdrs("Merchandise Planner – interview (Aroha Ngata)"),
        body=_outlook(
            "Thursday, 14 May 2026 11:00 AM-11:45 AM (UTC+10:00) Canberra, Melbourne, Sydney.",
            "Microsoft Teams Meeting",
            _note + "\n\n(That's 1:00pm NZST for you.)",
            (
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_V2F0dGxl%40thread.v2/0",
                "318 442 609 275",
                "Wg5Kp9",
            ),
        ),
        ics=_ics,
        ics_mode="inline",
        label=iv(
            iso("2026-05-14 11:00", "Australia/Sydney"),
            "Australia/Sydney",
            company="Wattle & Gum Retail",
            role="Merchandise Planner",
            interviewers=["Bronwyn McAllister"],
            emails=["bronwyn.mcallister@wattleandgum.example"],
            notes="Teams request from Sydney ('AUS Eastern Standard Time') for a New Zealand user; the NZ time in the note is the same instant.",
        ),
    )
)
