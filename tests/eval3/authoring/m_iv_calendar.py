"""Interviews arriving as calendar invitations: Google, Outlook/Teams, Zoom, Webex, Apple."""

from __future__ import annotations

from .kit import (
    ANGELICA,
    APPLE,
    CHINEDU,
    DANA,
    ELODIE,
    FEMKE,
    GIULIA,
    ICLOUD,
    IGNACIO,
    KEONI,
    LIAM,
    MEERA,
    NOA,
    OLIVIA,
    OMAR,
    OUTLOOK,
    RENEE,
    TOMASZ,
    WEBEX,
    ZOOM,
    Msg,
    dh,
    event,
    iso,
    iv,
    long_date,
    mail,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

TEAMS = (
    "\n\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: 318 552 047 916\nPasscode: {pc}\n"
    "________________________________________________________________________________\n"
)


def teams(mid: str, pc: str) -> str:
    """The Teams block Outlook appends to a meeting body."""
    return TEAMS.format(id=mid, pc=pc)


# --- Google invitation, Chicago organiser, Manila candidate --------------------------------
S = "2026-10-20 07:00"
add(
    mail(
        ANGELICA,
        "google-invite-lakeshore-cx-manila",
        "interview",
        frm=("Brianna Kowalski", "brianna.kowalski@lakeshorecx.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        subject=f"Invitation: Interview - Angelica Dela Cruz / Workforce Analyst @ {long_date(S, 'short')}, 2026 7am - 8am (CDT) (angelica.delacruz@example.com)",
        date=dh("2026-10-15 09:12:00", "America/Chicago"),
        body=f"""You have been invited to the following event.

Interview - Angelica Dela Cruz / Workforce Analyst
When
{long_date(S, "short")}, 2026 7am – 8am Central Time - Chicago
Joining info
Join with Google Meet
meet.google.com/ugc-tsmy-qpa

Calendar
angelica.delacruz@example.com
Who
Brianna Kowalski - organizer
Terrence Oduya
angelica.delacruz@example.com

Hi Angelica - this is your interview with Terrence Oduya (Workforce Management Lead) for the Workforce Analyst role supporting our Manila site. 7am Chicago is 8pm for you in Manila. - Brianna

Invitation from Google Calendar
""",
        ics=event(
            uid="4k8q2m1v6r0b3n9c5t7d0p2s1a@google.com",
            start=S,
            zone="America/Chicago",
            minutes=60,
            summary="Interview - Angelica Dela Cruz / Workforce Analyst",
            organizer=("Brianna Kowalski", "brianna.kowalski@lakeshorecx.example"),
            attendees=[
                ("Terrence Oduya", "terrence.oduya@lakeshorecx.example"),
                ("angelica.delacruz@example.com", "angelica.delacruz@example.com"),
            ],
            description="Hi Angelica - this is your interview with Terrence Oduya (Workforce Management Lead).\n\nJoin with Google Meet: https://meet.google.com/ugc-tsmy-qpa",
            location="",
        ),
        label=iv(
            iso(S, "America/Chicago"),
            "America/Chicago",
            company="Lakeshore CX",
            role="Workforce Analyst",
            interviewers=["Terrence Oduya"],
            emails=["terrence.oduya@lakeshorecx.example"],
            notes="Google invitation in the organiser's zone; 8pm the same day for the Manila user.",
        ),
    )
)

# --- Google update with 'Previously', Toronto organiser, Halifax candidate ------------------
S = "2026-11-05 13:30"
add(
    mail(
        RENEE,
        "google-update-maplebridge-halifax",
        "interview",
        frm=("Kavya Raghunathan", "kavya.raghunathan@maplebridge.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        subject=f"Updated invitation: Second interview - Renée Boudreau @ {long_date(S, 'short')}, 2026 1:30pm - 2:30pm (EST) (renee.boudreau@example.net)",
        date=dh("2026-11-02 10:02:00", "America/Toronto"),
        body=f"""This event has been updated
Changed: time

Second interview - Renée Boudreau
When
{long_date(S, "short")}, 2026 1:30pm – 2:30pm Eastern Time - Toronto
Previously: Wed Nov 4, 2026 11am – 12pm Eastern Time - Toronto

Joining info
meet.google.com/rqe-bvkw-tgh

Who
Kavya Raghunathan - organizer
Gabriel Tremblay-Nakamura
renee.boudreau@example.net

Invitation from Google Calendar
""",
        ics=event(
            uid="0s3v9c2k1m7q5r8t4n6b2d1p0e@google.com",
            start=S,
            zone="America/Toronto",
            minutes=60,
            summary="Second interview - Renée Boudreau",
            organizer=("Kavya Raghunathan", "kavya.raghunathan@maplebridge.example"),
            attendees=[
                ("Gabriel Tremblay-Nakamura", "gabriel.tn@maplebridge.example"),
                ("Renée Boudreau", "renee.boudreau@example.net"),
            ],
            description="Second interview for Customer Success Manager (Atlantic region).\nJoin with Google Meet: https://meet.google.com/rqe-bvkw-tgh",
            sequence=1,
        ),
        label=iv(
            iso(S, "America/Toronto"),
            "America/Toronto",
            company="Maplebridge",
            role="Customer Success Manager (Atlantic region)",
            interviewers=["Gabriel Tremblay-Nakamura"],
            emails=["gabriel.tn@maplebridge.example"],
            notes="Google update, SEQUENCE 1; new time counts; Toronto time for a Halifax user (one hour behind her).",
        ),
    )
)

# --- Outlook/Teams, Romance Standard Time, Paris -------------------------------------------
S = "2026-11-17 14:00"
add(
    mail(
        ELODIE,
        "outlook-teams-lumenvert-paris",
        "interview",
        frm=("Hélène Marchetti", "helene.marchetti@lumenvert.example"),
        subject="Interview Élodie Rousseau – Sustainability Reporting Lead",
        date=dh("2026-11-09 17:20:00", "Europe/Paris"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
        body=f"""When: {long_date(S, "usy")} 2:00 PM-3:00 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

Dear Élodie,

Please find below the invitation for your interview with Guillaume Perrin-Abadie (CFO) and myself for the Sustainability Reporting Lead position.

Best regards,
Hélène Marchetti
HR Business Partner
"""
        + teams("ZmE2NDk1YzQt", "Xr7Kp2"),
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
            start=S,
            zone="Romance Standard Time",
            minutes=60,
            summary="Interview Élodie Rousseau – Sustainability Reporting Lead",
            organizer=("Hélène Marchetti", "helene.marchetti@lumenvert.example"),
            attendees=[
                ("Élodie Rousseau", "elodie.rousseau@example.com"),
                ("Guillaume Perrin-Abadie", "guillaume.perrin-abadie@lumenvert.example"),
            ],
            description="Dear Élodie,\nPlease find below the invitation for your interview."
            + teams("ZmE2NDk1YzQt", "Xr7Kp2"),
            location="Microsoft Teams Meeting",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Europe/Paris"),
            "Europe/Paris",
            company="Lumenvert",
            role="Sustainability Reporting Lead",
            interviewers=["Guillaume Perrin-Abadie", "Hélène Marchetti"],
            emails=["guillaume.perrin-abadie@lumenvert.example"],
            notes="Exchange request with Windows TZID 'Romance Standard Time'; UTF-8 calendar sent base64; the HR partner is 'myself' in the interview.",
        ),
    )
)

# --- Outlook, India Standard Time, panel -----------------------------------------------------
S = "2026-11-12 15:30"
add(
    mail(
        MEERA,
        "outlook-kaveri-labs-panel",
        "interview",
        frm=("Deepika Nair", "deepika.nair@kaverilabs.example"),
        subject="Panel Interview - Product Analytics Lead - Meera Krishnan",
        date=dh("2026-11-06 12:44:00", "Asia/Kolkata"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-IN")],
        body=f"""When: {long_date(S, "uky")} 3:30 PM-4:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.
Where: Kaveri Labs, Prestige Tech Park, Tower C, 9th floor, Marathahalli-Sarjapur Outer Ring Road, Bengaluru

Hi Meera,

Blocking your calendar for the panel round. Panel: Arjun Menon (VP Product), Farzana Qureshi (Director, Data Science) and Vikram Deshpande (Engineering Manager).

Please carry a printed copy of your CV and a photo ID for the security desk.

Thanks & regards,
Deepika Nair
Talent Acquisition | Kaveri Labs
""",
        ics=event(
            uid="040000008200E00074C5B7101A82E0080000000060F1A2B3C4D5DB01000000000000000010000000F1E2D3C4B5A69788",
            start=S,
            zone="India Standard Time",
            minutes=60,
            summary="Panel Interview - Product Analytics Lead - Meera Krishnan",
            organizer=("Deepika Nair", "deepika.nair@kaverilabs.example"),
            attendees=[
                ("Meera Krishnan", "meera.krishnan@example.org"),
                ("Arjun Menon", "arjun.menon@kaverilabs.example"),
                ("Farzana Qureshi", "farzana.qureshi@kaverilabs.example"),
                ("Vikram Deshpande", "vikram.deshpande@kaverilabs.example"),
            ],
            description="Panel round for Product Analytics Lead.",
            location="Kaveri Labs, Prestige Tech Park, Tower C, 9th floor, Bengaluru",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Asia/Kolkata"),
            "Asia/Kolkata",
            company="Kaveri Labs",
            role="Product Analytics Lead",
            interviewers=["Arjun Menon", "Farzana Qureshi", "Vikram Deshpande"],
            emails=[
                "arjun.menon@kaverilabs.example",
                "farzana.qureshi@kaverilabs.example",
                "vikram.deshpande@kaverilabs.example",
            ],
            notes="Onsite panel; Windows TZID 'India Standard Time'.",
        ),
    )
)

# --- Outlook, Cen. Australia Standard Time, Adelaide in summer time ---------------------------
S = "2026-10-13 10:00"
add(
    mail(
        OLIVIA,
        "outlook-torrens-water-adelaide",
        "interview",
        frm=("Callum McPherson", "callum.mcpherson@torrenswater.example"),
        subject="Interview - Asset Planning Engineer",
        date=dh("2026-10-07 16:05:00", "Australia/Adelaide"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-AU")],
        body=f"""When: {long_date(S, "uky")} 10:00 AM-11:00 AM (UTC+09:30) Adelaide.
Where: Level 6, 250 Victoria Square, Adelaide SA 5000

Hi Olivia,

Confirming your interview for the Asset Planning Engineer role. You'll meet me and Priyanka Sundaram (Principal Engineer, Networks). Please report to reception on level 6.

Regards,
Callum McPherson
Manager, Asset Planning
""",
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DB01000000000000000010000000AB12CD34EF56",
            start=S,
            zone="Cen. Australia Standard Time",
            minutes=60,
            summary="Interview - Asset Planning Engineer",
            organizer=("Callum McPherson", "callum.mcpherson@torrenswater.example"),
            attendees=[
                ("Olivia Papadopoulos", "olivia.papadopoulos@example.net"),
                ("Priyanka Sundaram", "priyanka.sundaram@torrenswater.example"),
            ],
            location="Level 6, 250 Victoria Square, Adelaide SA 5000",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Australia/Adelaide"),
            "Australia/Adelaide",
            company="Torrens Water",
            role="Asset Planning Engineer",
            interviewers=["Callum McPherson", "Priyanka Sundaram"],
            emails=["priyanka.sundaram@torrenswater.example"],
            notes="Outlook prints (UTC+09:30) but Adelaide is on ACDT (+10:30) since 4 Oct; the organiser is a hiring manager who interviews.",
        ),
    )
)

# --- Outlook, Sydney organiser, Brisbane candidate in October -------------------------------
S = "2026-10-22 10:00"
add(
    mail(
        LIAM,
        "outlook-harbourmetric-sydney-for-brisbane",
        "interview",
        frm=("Jessica Wu-Hartmann", "jessica.wuhartmann@harbourmetric.example"),
        subject="Technical interview - Harbour Metric - Liam Nguyen",
        date=dh("2026-10-16 13:15:00", "Australia/Sydney"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-AU")],
        body=f"""When: {long_date(S, "uky")} 10:00 AM-11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney.
Where: Microsoft Teams Meeting

Hi Liam,

As promised, here's the invite for the technical interview (live coding in Python, then a short systems discussion) with Nikhil Balasubramanian and Ruby Tanaka-Ellis. Note this is Sydney time - 9am for you in Brisbane.

Cheers,
Jess
"""
        + teams("OGQ3ZTc5NzYt", "Gm4Yt8"),
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DB01000000000000000010000000CD98EF76AB54",
            start=S,
            zone="AUS Eastern Standard Time",
            minutes=60,
            summary="Technical interview - Harbour Metric - Liam Nguyen",
            organizer=("Jessica Wu-Hartmann", "jessica.wuhartmann@harbourmetric.example"),
            attendees=[
                ("Liam Nguyen", "liam.nguyen@example.org"),
                ("Nikhil Balasubramanian", "nikhil.b@harbourmetric.example"),
                ("Ruby Tanaka-Ellis", "ruby.tanakaellis@harbourmetric.example"),
            ],
            description="Technical interview (live coding)." + teams("OGQ3ZTc5NzYt", "Gm4Yt8"),
            location="Microsoft Teams Meeting",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Harbour Metric",
            role=None,
            interviewers=["Nikhil Balasubramanian", "Ruby Tanaka-Ellis"],
            emails=["nikhil.b@harbourmetric.example", "ruby.tanakaellis@harbourmetric.example"],
            notes="Sydney is on AEDT (+11:00) while the Brisbane user stays on AEST; Outlook prints +10:00.",
        ),
    )
)

# --- Outlook, US Mountain Standard Time (Arizona) -----------------------------------------
S = "2026-10-27 13:00"
add(
    mail(
        DANA,
        "outlook-saguaro-credit-union",
        "interview",
        frm=("Rosalind Kee", "rosalind.kee@saguarocu.example"),
        subject="Second Interview: Dana Whitehorse - Business Systems Analyst",
        date=dh("2026-10-21 10:40:00", "America/Phoenix"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
        body=f"""When: {long_date(S, "usy")} 1:00 PM-2:00 PM (UTC-07:00) Arizona.
Where: Microsoft Teams Meeting

Hi Dana,

Thanks for your time last week. Here is the second-round interview with Marcus Tsosie (VP, Member Technology) and Ellen Park-Ruiz (Lead BSA).

Rosalind Kee
Talent Acquisition Partner | Saguaro Credit Union
"""
        + teams("YzA1MDgzNmEt", "Aq9Rb3"),
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000AA55BB66CC77",
            start=S,
            zone="US Mountain Standard Time",
            minutes=60,
            summary="Second Interview: Dana Whitehorse - Business Systems Analyst",
            organizer=("Rosalind Kee", "rosalind.kee@saguarocu.example"),
            attendees=[
                ("Dana Whitehorse", "dana.whitehorse@example.net"),
                ("Marcus Tsosie", "marcus.tsosie@saguarocu.example"),
                ("Ellen Park-Ruiz", "ellen.parkruiz@saguarocu.example"),
            ],
            description="Second-round interview." + teams("YzA1MDgzNmEt", "Aq9Rb3"),
            location="Microsoft Teams Meeting",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Saguaro Credit Union",
            role="Business Systems Analyst",
            interviewers=["Marcus Tsosie", "Ellen Park-Ruiz"],
            emails=["marcus.tsosie@saguarocu.example", "ellen.parkruiz@saguarocu.example"],
            notes="Windows TZID 'US Mountain Standard Time' (no DST) is not 'Mountain Standard Time'.",
        ),
    )
)

# --- Zoom invitation, Lagos, PUBLISH in UTC ---------------------------------------------------
S = "2026-10-21 11:00"
add(
    mail(
        CHINEDU,
        "zoom-invite-kolanut-mobile",
        "interview",
        frm=("Adaeze Nwosu", "adaeze.nwosu@kolanut.example"),
        subject="Zoom interview: Senior Android Engineer - Chinedu Okafor",
        date=dh("2026-10-16 15:55:00", "Africa/Lagos"),
        body=f"""Hi Chinedu,

Adaeze Nwosu is inviting you to a scheduled Zoom meeting.

Topic: Interview - Senior Android Engineer (Kolanut)
Time: Oct {S[8:10]}, 2026 11:00 AM West Central Africa

Join Zoom Meeting
https://kolanut.zoom.us/j/84417702256?pwd=cGRmYkR2bWZ6

Meeting ID: 844 1770 2256
Passcode: 603418

You will be speaking with Oluwaseun Bakare (Mobile Lead) and Ifeoma Chukwu (Staff Engineer). Expect a 45 minute live coding exercise in Kotlin.

Adaeze
""",
        ics=event(
            uid="ZOOM84417702256",
            start=S,
            zone=None,
            utc_zone="Africa/Lagos",
            minutes=75,
            summary="Interview - Senior Android Engineer (Kolanut)",
            organizer=("Adaeze Nwosu", "adaeze.nwosu@kolanut.example"),
            description="Join Zoom Meeting\nhttps://kolanut.zoom.us/j/84417702256?pwd=cGRmYkR2bWZ6",
            location="https://kolanut.zoom.us/j/84417702256?pwd=cGRmYkR2bWZ6",
            method="PUBLISH",
            prodid=ZOOM,
        ),
        ics_method="PUBLISH",
        ics_mode="attach",
        label=iv(
            iso(S, "Africa/Lagos"),
            "Africa/Lagos",
            company="Kolanut",
            role="Senior Android Engineer",
            interviewers=["Oluwaseun Bakare", "Ifeoma Chukwu"],
            notes="Zoom text with its Windows-style zone label; .ics PUBLISH in UTC (10:00Z).",
        ),
    )
)

# --- Webex invitation, Rome --------------------------------------------------------------------
S = "2026-11-12 15:00"
add(
    mail(
        GIULIA,
        "webex-invite-arnotech-milano",
        "interview",
        frm=("Webex", "messenger@webex.com"),
        reply_to=("Francesca Dal Monte", "francesca.dalmonte@arnotech.example"),
        subject="Meeting invitation: Colloquio tecnico / Technical interview – Giulia Bianchi",
        date=dh("2026-11-05 09:30:00", "Europe/Rome"),
        body=f"""Francesca Dal Monte invites you to join this Webex meeting.

Colloquio tecnico / Technical interview – Giulia Bianchi
{long_date(S, "usy")} 3:00 PM | 1 hour | (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

Join meeting
https://arnotech.webex.com/arnotech/j.php?MTID=m4b1c0a9f8e7d6c5b4a3f2e1d0c9b8a7f

Meeting number: 2743 118 9052
Meeting password: Gv5rTq8mWe2

Interviewers: Lorenzo Ricci (Backend Lead), Valentina Greco (Platform Architect)
""",
        ics=event(
            uid="m4b1c0a9f8e7d6c5b4a3f2e1d0c9b8a7f@webex.com",
            start=S,
            zone="Europe/Rome",
            minutes=60,
            summary="Colloquio tecnico / Technical interview – Giulia Bianchi",
            organizer=("Francesca Dal Monte", "francesca.dalmonte@arnotech.example"),
            attendees=[("Giulia Bianchi", "giulia.bianchi@example.net")],
            location="https://arnotech.webex.com/arnotech/j.php?MTID=m4b1c0a9f8e7d6c5b4a3f2e1d0c9b8a7f",
            prodid=WEBEX,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Europe/Rome"),
            "Europe/Rome",
            company="Arnotech",
            role=None,
            interviewers=["Lorenzo Ricci", "Valentina Greco"],
            notes="Webex relay with the organiser in Reply-To; bilingual Italian/English title.",
        ),
    )
)

# --- iCloud invitation from a founder, Honolulu -------------------------------------------------
S = "2026-11-13 15:30"
add(
    mail(
        KEONI,
        "icloud-invite-founders-final",
        "interview",
        frm=("Kalani Akana", "kalani.akana@icloud.com"),
        subject="Invitation: Final conversation - Keoni / Kaiāulu Solar founders",
        date=dh("2026-11-09 20:14:00", "Pacific/Honolulu"),
        body=f"""Kalani Akana has invited you to "Final conversation - Keoni / Kaiāulu Solar founders".

{long_date(S, "usy")} 3:30 PM to 4:30 PM (HST)
Kaiāulu Solar, 1050 Queen St, Suite 210, Honolulu

Accept: https://www.icloud.com/calendar/invite/accept/0B1E7A44
Decline: https://www.icloud.com/calendar/invite/decline/0B1E7A44

Note from Kalani: Leilani and I would love to close out the process for the founding engineer role with you in person. Nothing to prepare - we'll walk through the roadmap and answer your questions.
""",
        ics=event(
            uid="0B1E7A44-5C3D-4F2A-9E81-7D6C5B4A3F21",
            start=S,
            zone="Pacific/Honolulu",
            minutes=60,
            summary="Final conversation - Keoni / Kaiāulu Solar founders",
            organizer=("Kalani Akana", "kalani.akana@icloud.com"),
            attendees=[
                ("Keoni Kahananui", "keoni.kahananui@example.com"),
                ("Leilani Fonoti", "leilani.fonoti@kaiaulusolar.example"),
            ],
            location="Kaiāulu Solar, 1050 Queen St, Suite 210, Honolulu",
            prodid=ICLOUD,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Pacific/Honolulu"),
            "Pacific/Honolulu",
            company="Kaiāulu Solar",
            role="Founding Engineer",
            interviewers=["Kalani Akana", "Leilani Fonoti"],
            emails=["kalani.akana@icloud.com", "leilani.fonoti@kaiaulusolar.example"],
            notes="iCloud invitation from a founder's personal address; final with both founders; non-ASCII company.",
        ),
    )
)

# --- Apple Mail invite for an informal coffee that is the first interview ---------------------
S = "2026-10-30 09:00"
add(
    mail(
        FEMKE,
        "apple-invite-coffee-fietsdata",
        "interview",
        frm=("Ruud Hoekstra", "ruud@fietsdata.example"),
        subject="Koffie vrijdag / coffee on Friday",
        date=dh("2026-10-26 21:03:00", "Europe/Amsterdam"),
        body=f"""Hoi Femke,

Great to hear you're interested in the design lead role. As promised, no formal interview yet - let's just have a coffee and get to know each other. It is the first step of our process, and Thijs (my co-founder) will join too.

{long_date(S, "uk")}, 9:00 at Koffiebar De Rechte Hoek, Westerstraat 118, Amsterdam.

Invite attached.

Groet,
Ruud Hoekstra
Co-founder, Fietsdata

Sent from my iPhone
""",
        ics=event(
            uid="A7E0C2B4-91D3-4E6F-8A5B-3C2D1E0F9A8B",
            start=S,
            zone="Europe/Amsterdam",
            minutes=45,
            summary="Coffee Femke / Ruud / Thijs",
            organizer=("Ruud Hoekstra", "ruud@fietsdata.example"),
            attendees=[
                ("Femke de Vries", "femke.devries@example.com"),
                ("Thijs Oosterhuis", "thijs@fietsdata.example"),
            ],
            location="Koffiebar De Rechte Hoek, Westerstraat 118, Amsterdam",
            prodid=APPLE,
        ),
        ics_mode="attach",
        ics_name="Coffee Femke.ics",
        label=iv(
            iso(S, "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Fietsdata",
            role="Design Lead",
            interviewers=["Ruud Hoekstra", "Thijs Oosterhuis"],
            emails=["ruud@fietsdata.example", "thijs@fietsdata.example"],
            notes="Informal coffee that is explicitly the first step of the hiring process; Apple .ics.",
        ),
    )
)

# --- Google invitation, Chile just after DST began -------------------------------------------
S = "2026-09-14 10:00"
add(
    mail(
        IGNACIO,
        "google-invite-andescargo-santiago",
        "interview",
        frm=("Constanza Fuentealba", "constanza.fuentealba@andescargo.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        subject=f"Invitation: Entrevista técnica - Ignacio Muñoz (Backend Engineer) @ {long_date(S, 'short')}, 2026 10am - 11am (GMT-3) (ignacio.munoz@example.com)",
        date=dh("2026-09-08 17:30:00", "America/Santiago"),
        body=f"""You have been invited to the following event.

Entrevista técnica - Ignacio Muñoz (Backend Engineer)
When
{long_date(S, "short")}, 2026 10am – 11am Chile Time - Santiago
Joining info
meet.google.com/cdj-wmas-pyx

Who
Constanza Fuentealba - organizer
Rodrigo Aravena Saavedra
ignacio.munoz@example.com

Invitation from Google Calendar
""",
        ics=event(
            uid="7c1p9s3d5f0g2h4j6k8l0z1x3v@google.com",
            start=S,
            zone="America/Santiago",
            minutes=60,
            summary="Entrevista técnica - Ignacio Muñoz (Backend Engineer)",
            organizer=("Constanza Fuentealba", "constanza.fuentealba@andescargo.example"),
            attendees=[
                ("Rodrigo Aravena Saavedra", "rodrigo.aravena@andescargo.example"),
                ("Ignacio Muñoz Rojas", "ignacio.munoz@example.com"),
            ],
            description="Entrevista técnica para el cargo Backend Engineer.\nGoogle Meet: https://meet.google.com/cdj-wmas-pyx",
            wr_timezone="America/Santiago",
        ),
        label=iv(
            iso(S, "America/Santiago"),
            "America/Santiago",
            company="Andes Cargo",
            role="Backend Engineer",
            interviewers=["Rodrigo Aravena Saavedra"],
            emails=["rodrigo.aravena@andescargo.example"],
            notes="Chile moved to summer time on 6 Sep (-03:00); Spanish title in an English Google template.",
        ),
    )
)

# --- Outlook update (SEQUENCE 2), Israel Standard Time --------------------------------------
S = "2026-10-28 16:00"
add(
    mail(
        NOA,
        "outlook-update-carmelai-jerusalem",
        "interview",
        frm=("Oren Katz", "oren.katz@carmelai.example"),
        subject="Updated: Interview - Noa Ben-David - ML Platform Engineer",
        date=dh("2026-10-22 08:50:00", "Asia/Jerusalem"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "he-IL")],
        body=f"""When: {long_date(S, "usy")} 4:00 PM-5:00 PM (UTC+02:00) Jerusalem.
Where: Carmel AI, 3 Ha'Amal St, Haifa - Building C

Hi Noa, moving us an hour later because of a conflict on Dr. Rivka Shalev's side. Same place.

Oren Katz
Engineering Manager, Carmel AI
""",
        ics=event(
            uid="040000008200E00074C5B7101A82E0080000000044DD33CC22BBDB01000000000000000010000000EE11FF22",
            start=S,
            zone="Israel Standard Time",
            minutes=60,
            summary="Interview - Noa Ben-David - ML Platform Engineer",
            organizer=("Oren Katz", "oren.katz@carmelai.example"),
            attendees=[
                ("Noa Ben-David", "noa.bendavid@example.net"),
                ("Dr. Rivka Shalev", "rivka.shalev@carmelai.example"),
            ],
            location="Carmel AI, 3 Ha'Amal St, Haifa - Building C",
            prodid=OUTLOOK,
            sequence=2,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Asia/Jerusalem"),
            "Asia/Jerusalem",
            company="Carmel AI",
            role="ML Platform Engineer",
            interviewers=["Oren Katz", "Rivka Shalev"],
            emails=["rivka.shalev@carmelai.example"],
            notes="Outlook update with SEQUENCE 2; organiser is the hiring manager and interviews; honorific 'Dr.'.",
        ),
    )
)

# --- Google Calendar notification (reminder), Warsaw, no calendar part ------------------------
S = "2026-11-04 09:30"
add(
    mail(
        TOMASZ,
        "google-notification-onsite-krakow",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Notification: Onsite interview - Smokowisko Studio @ {long_date(S, 'short')}, 2026 9:30am - 1:30pm (CET) (tomasz.wisniewski@example.org)",
        date=dh("2026-11-04 08:30:00", "Europe/Warsaw"),
        body=f"""This is a notification for:

Title: Onsite interview - Smokowisko Studio
Engine Programmer loop: Paweł Dudek (CTO), Marta Kamińska-Lis (Tech Art Lead)
When: {long_date(S, "short")}, 2026 9:30am – 1:30pm Central European Time - Warsaw
Where: Smokowisko Studio, ul. Zabłocie 43, Kraków
Calendar: tomasz.wisniewski@example.org

Invitation from Google Calendar
You are receiving this email at the account tomasz.wisniewski@example.org because you are subscribed for notifications on calendar tomasz.wisniewski@example.org.
""",
        label=iv(
            iso(S, "Europe/Warsaw"),
            "Europe/Warsaw",
            company="Smokowisko Studio",
            role="Engine Programmer",
            interviewers=["Paweł Dudek", "Marta Kamińska-Lis"],
            notes="Google Calendar's own reminder an hour before; no calendar part, automatic but about the user's real interview.",
        ),
    )
)

# --- Outlook, Egypt Standard Time, last day of Egyptian summer time ------------------------
S = "2026-10-29 13:00"
add(
    mail(
        OMAR,
        "outlook-deltaport-cairo-dst-last-day",
        "interview",
        frm=("Mariam El-Sayed", "mariam.elsayed@deltaport.example"),
        subject="Interview Invitation - Deltaport Logistics - Omar Farouk Hassan",
        date=dh("2026-10-25 11:20:00", "Africa/Cairo"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
        body=f"""When: {long_date(S, "usy")} 1:00 PM-2:00 PM (UTC+02:00) Cairo.
Where: Microsoft Teams Meeting

Dear Omar,

Kindly find the invitation for your interview for the Junior Process Engineer position with Eng. Tarek Abdelrahman (Operations Manager).

Best regards,
Mariam El-Sayed
HR Specialist - Deltaport Logistics
"""
        + teams("NWJjNmQ4YTEt", "Ty3Lm6"),
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000778899AABBCCDB01000000000000000010000000DD44EE55",
            start=S,
            zone="Egypt Standard Time",
            minutes=60,
            summary="Interview Invitation - Deltaport Logistics - Omar Farouk Hassan",
            organizer=("Mariam El-Sayed", "mariam.elsayed@deltaport.example"),
            attendees=[
                ("Omar Farouk Hassan", "omar.f.hassan@example.org"),
                ("Tarek Abdelrahman", "tarek.abdelrahman@deltaport.example"),
            ],
            description="Interview for Junior Process Engineer." + teams("NWJjNmQ4YTEt", "Ty3Lm6"),
            location="Microsoft Teams Meeting",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Africa/Cairo"),
            "Africa/Cairo",
            company="Deltaport Logistics",
            role="Junior Process Engineer",
            interviewers=["Tarek Abdelrahman"],
            emails=["tarek.abdelrahman@deltaport.example"],
            notes="Egypt leaves summer time at midnight after this Thursday: still EEST (+03:00), though Outlook prints UTC+02:00.",
        ),
    )
)
