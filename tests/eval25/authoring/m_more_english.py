"""More English interviews and answers: loops as HTML tables, phone replies, Teams invites
with Windows zones, and places the other modules do not reach."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    AUGUSTA,
    AUTO,
    BENEDICK,
    CHARULATA,
    DORIAN,
    ELSPETH,
    FITZGERALD,
    GENEVIEVE,
    HALCYON,
    IPHONE,
    ISOLDA,
    JOSIAH,
    d,
    dh,
    gq,
    html_mail,
    lab,
    note,
    outlook,
    person,
    raw_mail,
    table,
    thread,
)

MESSAGES = [
    html_mail(
        AUGUSTA,
        "html-loop-table-atlanta-midtown",
        "interview",
        frm=("Kendra Abernathy", "kendra.abernathy@peachtree-health-it.example"),
        subject="Your onsite schedule – Senior Data Engineer",
        date=dh("2044-03-15 16:30", "America/New_York"),
        markup=f"""<p>Hi Augusta,</p>
<p>Here is your onsite schedule for <b>{d("2044-03-22", "usy")}</b> at 1075 Peachtree St
NE, 20th floor. Please check in at 9:45 AM.</p>
{
            table(
                [
                    ("10:00 AM", "Brandon Whitlock", "Hiring Manager"),
                    ("11:00 AM", "Sunita Raman", "Staff Engineer – system design"),
                    ("12:00 PM", "Lunch with the team", ""),
                    ("1:00 PM", "Caleb Osei-Grant", "Director of Data"),
                ],
                ("Time (ET)", "Interviewer", "Focus"),
            )
        }
<p>I'll meet you in the lobby. Looking forward to it!</p>
<p>Kendra Abernathy<br>Recruiting Coordinator</p>""",
        label=lab(
            "2044-03-22 10:00",
            "America/New_York",
            None,
            company="Peachtree Health IT",
            role="Senior Data Engineer",
            who=["Brandon Whitlock", "Sunita Raman", "Caleb Osei-Grant"],
            notes="HTML-only loop table; the first interview is labelled (check-in at 9:45 "
            "is not the start); the coordinator and the lunch are left out; EDT after the "
            "US change.",
        ),
    ),
    person(
        BENEDICK,
        "edinburgh-iphone-see-you-thursday",
        "interview",
        frm=("Morag Lindsay", "morag.lindsay@leith-analytics.example"),
        subject="Re: Thursday",
        date=dh("2044-02-23 19:02", "Europe/London"),
        body=thread(
            f"""Thursday at 11 is perfect - see you at the Leith office. Alasdair will join us.

Morag

{IPHONE}
""",
            gq(
                "2044-02-23 18:10",
                "Europe/London",
                "Benedick Strachan-Afriyie <benedick.strachan@example.net>",
                f"""Hi Morag, {d("2044-02-25", "uk")} would suit me – any time after 10:30?

Benedick""",
            ),
        ),
        label=lab(
            "2044-02-25 11:00",
            "Europe/London",
            None,
            company="Leith Analytics",
            who=["Morag Lindsay", "Alasdair"],
            emails=["morag.lindsay@leith-analytics.example"],
            notes="'Re: Thursday' with nothing about hiring in the subject; the phone reply "
            "settles 11:00. A first name only for the second interviewer.",
        ),
    ),
    outlook(
        JOSIAH,
        "teams-invite-pakistan-standard-time-lahore",
        "interview",
        start="2044-01-19 15:30",
        zone="Pakistan Standard Time",
        minutes=60,
        subject="Interview – Josiah Umberleigh-Tetteh – Lead Product Designer",
        organizer=("Nidhi Khurana", "nidhi.khurana@ravi-commerce.example"),
        attendees=[("Usman Siddiqui", "usman.siddiqui@ravi-commerce.example")],
        date=dh("2044-01-15 12:20", "Asia/Karachi"),
        text="""Hi Josiah,

Please find the Teams invite for your design round with Usman Siddiqui (VP Design).
Kindly keep your portfolio ready to share on screen.

Regards,
Nidhi Khurana, TA""",
        label=lab(
            "2044-01-19 15:30",
            "Pakistan Standard Time",
            "Asia/Karachi",
            company="Ravi Commerce",
            role="Lead Product Designer",
            who=["Usman Siddiqui"],
            emails=["usman.siddiqui@ravi-commerce.example"],
            notes="Exchange Teams invitation with the Windows TZID 'Pakistan Standard Time'; the "
            "TA organiser only arranges.",
        ),
    ),
    person(
        DORIAN,
        "cape-town-second-interview-sast",
        "interview",
        frm=("Lerato Dlamini", "lerato.dlamini@table-bay-fintech.example"),
        subject="Second interview – Thursday 10 March",
        date=dh("2044-03-04 11:50", "Africa/Johannesburg"),
        body=f"""Hi Dorian,

Thanks for a great first conversation. We'd like to invite you to a second interview on
{d("2044-03-10", "uk")} at 09:00 SAST at our office, 3rd floor, The Foundry, Cardiff
Street, Green Point, Cape Town.

You'll meet Pieter van Wyk (CTO) and Ayanda Zulu (Engineering Lead). Parking is available
in the basement.

Kind regards,
Lerato Dlamini
""",
        label=lab(
            "2044-03-10 09:00",
            "Africa/Johannesburg",
            None,
            company="Table Bay Fintech",
            who=["Pieter van Wyk", "Ayanda Zulu"],
            notes="South African; 'SAST' abbreviation, timezone null (user in Johannesburg).",
        ),
    ),
    person(
        ELSPETH,
        "bangkok-video-call-ict",
        "interview",
        frm=("Natthaya Srisawat", "natthaya.s@chao-phraya-travel.example"),
        subject="Video interview – Regional Marketing Manager",
        date=dh("2044-02-08 14:15", "Asia/Bangkok"),
        body=f"""Dear Elspeth,

Thank you for your interest. We would like to arrange a video interview on
{d("2044-02-11", "uky")} at 4:00 pm Bangkok time via Zoom:
https://zoom.us/j/93384402715

Khun Anan Chaiyaporn, our Commercial Director, will interview you.

Best regards,
Natthaya Srisawat
HR Manager
""",
        label=lab(
            "2044-02-11 16:00",
            "Asia/Bangkok",
            "Asia/Bangkok",
            company="Chao Phraya Travel",
            role="Regional Marketing Manager",
            who=["Anan Chaiyaporn"],
            notes="Thai honorific 'Khun' dropped; 'Bangkok time' names the zone.",
        ),
    ),
    person(
        FITZGERALD,
        "jakarta-interview-wib",
        "interview",
        frm=("Ratna Kusumawardani", "ratna.kusuma@sunda-kelapa-logistics.example"),
        subject="Interview Invitation – Supply Chain Manager",
        date=dh("2044-01-18 09:30", "Asia/Jakarta"),
        body=f"""Dear Mr. Fitzgerald,

We are pleased to invite you to an interview with Bapak Hendra Wijaya (Operations
Director) and Ibu Sari Lestari (HR Manager) on {d("2044-01-21", "uky")} at 10.00 WIB,
at our office in Menara Sudirman, 18th floor, Jakarta.

Please confirm your attendance.

Best regards,
Ratna Kusumawardani
""",
        label=lab(
            "2044-01-21 10:00",
            "Asia/Jakarta",
            None,
            company="Sunda Kelapa Logistics",
            role="Supply Chain Manager",
            who=["Hendra Wijaya", "Sari Lestari"],
            notes="Indonesian honorifics 'Bapak' and 'Ibu' dropped; '10.00 WIB' abbreviation, "
            "timezone null; the HR manager on the panel counts.",
        ),
    ),
    person(
        GENEVIEVE,
        "hobart-panel-aedt-tasmania",
        "interview",
        frm=("Jack Brereton", "jack.brereton@kunanyi-aquaculture.example"),
        subject="Interview – Environmental Scientist",
        date=dh("2044-02-22 10:10", "Australia/Hobart"),
        body=f"""Hi Genevieve,

Thanks for applying. We'd like you to come in for an interview on {d("2044-02-25", "uk")}
at 1.30pm at our Salamanca Place office. The panel is Dr Isla McGregor (Chief Scientist)
and me.

Regards,
Jack Brereton
Operations Manager, Kunanyi Aquaculture
""",
        label=lab(
            "2044-02-25 13:30",
            "Australia/Hobart",
            None,
            company="Kunanyi Aquaculture",
            role="Environmental Scientist",
            who=["Isla McGregor", "Jack Brereton"],
            emails=["jack.brereton@kunanyi-aquaculture.example"],
            notes="Tasmania in AEDT; the sender takes part ('and me').",
        ),
    ),
    person(
        HALCYON,
        "winnipeg-interview-central-no-change-yet",
        "interview",
        frm=("Raelynn Friesen", "raelynn.friesen@assiniboine-ag.example"),
        subject="Interview confirmation – Agronomy Data Analyst",
        date=dh("2044-03-03 13:25", "America/Winnipeg"),
        body=f"""Hi Halcyon,

Confirming your interview on {d("2044-03-08", "usy")} at 10:30 AM (Winnipeg time) at
1 Portage Ave E, 5th floor. You'll be meeting with Garrett Penner (Agronomy Lead).

Thanks,
Raelynn Friesen
""",
        label=lab(
            "2044-03-08 10:30",
            "America/Winnipeg",
            "America/Winnipeg",
            company="Assiniboine Ag",
            role="Agronomy Data Analyst",
            who=["Garrett Penner"],
            notes="'Winnipeg time' before the change of 13 March (CST).",
        ),
    ),
    person(
        ISOLDA,
        "san-juan-interview-ast-no-dst",
        "interview",
        frm=("Yaritza Colón", "yaritza.colon@condado-cloud.example"),
        subject="Interview scheduled – IT Support Lead",
        date=dh("2044-03-11 15:00", "America/Puerto_Rico"),
        body=f"""Hi Isolda,

You're scheduled for an in-person interview on {d("2044-03-16", "usy")} at 2:00 PM
Atlantic Standard Time (San Juan) at our Condado office. Luis Ortiz Rivera, IT Manager,
will interview you.

Thank you,
Yaritza Colón
""",
        label=lab(
            "2044-03-16 14:00",
            "America/Puerto_Rico",
            "America/Puerto_Rico",
            company="Condado Cloud",
            role="IT Support Lead",
            who=["Luis Ortiz Rivera"],
            notes="Puerto Rico keeps AST (no DST) while the mainland changes on 13 March; "
            "'(San Juan)' names the place.",
        ),
    ),
    raw_mail(
        CHARULATA,
        "karachi-auto-reply-travelling",
        "auto_reply",
        frm=("Faisal Qureshi", "faisal.qureshi@clifton-textiles.example"),
        subject="Automatic reply: Interview follow-up",
        date=dh("2044-02-01 10:00", "Asia/Karachi"),
        extra=AUTO,
        body="""Thank you for your message. I am travelling on business with limited access to
email and will respond after I return on 8 February 2044.

Regards,
Faisal Qureshi
""",
        label=note(
            "English out-of-office from Karachi with a return date.", return_date="2044-02-08"
        ),
    ),
]
