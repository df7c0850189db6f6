"""Interviews and scheduling requests sent by ATS and booking tools (English)."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    ACUITY,
    ADAEZE,
    BOYAN,
    BRIONY,
    CHILIPIPER,
    DUARTE,
    EIGHTFOLD,
    HOLLIS,
    JANELLE,
    OMER,
    PAYTON,
    SAVVYCAL,
    SOLVEIG,
    TIDYCAL,
    VYTE,
    WINGYAN,
    ZSOFIA,
    cal_mail,
    d,
    dh,
    html_mail,
    lab,
    note,
    vendor,
)

MESSAGES = [
    cal_mail(
        HOLLIS,
        "savvycal-booking-confirmed",
        "interview",
        event={
            "start": "2038-10-14 13:00",
            "zone": "America/Los_Angeles",
            "minutes": 45,
            "summary": "Hollis Fairbanks-Ude and Hank Morrow",
            "organizer": ("Hank Morrow", "hank.morrow@driftglass-games.example"),
            "attendees": [("Hollis Fairbanks-Ude", "hollis.fairbanks@example.net")],
            "description": "Hiring manager interview - Senior Producer\n"
            "Google Meet: https://meet.google.com/tpg-hmrw-sav",
            "prodid": SAVVYCAL,
        },
        date=dh("2038-10-08 16:22", "America/Los_Angeles"),
        frm=("Hank Morrow via SavvyCal", "notifications@savvycal.com"),
        reply_to=("Hank Morrow", "hank.morrow@driftglass-games.example"),
        subject="Confirmed: Hiring manager interview - Senior Producer",
        body=f"""You're scheduled with Hank Morrow.

Hiring manager interview - Senior Producer
{d("2038-10-14", "usy")}
1:00pm - 1:45pm (Pacific Time - US & Canada)

Location: Google Meet
https://meet.google.com/tpg-hmrw-sav

Need to make a change? Reschedule or cancel:
https://savvycal.com/driftglass/senior-producer/reschedule

Powered by SavvyCal""",
        ics_mode="attach",
        label=lab(
            "2038-10-14 13:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Driftglass Games",
            role="Senior Producer",
            who=["Hank Morrow"],
            emails=["hank.morrow@driftglass-games.example"],
            notes="SavvyCal booking confirmation; the link owner interviews.",
        ),
    ),
    cal_mail(
        PAYTON,
        "chili-piper-intro-booked",
        "interview",
        event={
            "start": "2038-11-15 11:30",
            "zone": "America/Indiana/Indianapolis",
            "minutes": 30,
            "summary": "Recruiter screen: Payton Albright-Osei / Juniper Ridge Health",
            "organizer": ("Kelsey Drummond", "kelsey.drummond@juniperridge-health.example"),
            "attendees": [("Payton Albright-Osei", "payton.albright@example.org")],
            "prodid": CHILIPIPER,
        },
        date=dh("2038-11-10 09:47", "America/Indiana/Indianapolis"),
        frm=("Chili Piper", "notifications@chilipiper.com"),
        subject="Meeting Confirmed: Recruiter screen with Kelsey Drummond",
        body="""Your meeting is confirmed

Recruiter screen: Payton Albright-Osei / Juniper Ridge Health
Mon, Nov 15, 2038 11:30 AM EST (30 min)
With: Kelsey Drummond, Senior Recruiter
Dial-in: Kelsey will call you at the number you entered.

Add to calendar | Reschedule | Cancel""",
        ics_mode="attach",
        label=lab(
            "2038-11-15 11:30",
            "America/Indiana/Indianapolis",
            None,
            company="Juniper Ridge Health",
            who=["Kelsey Drummond"],
            emails=["kelsey.drummond@juniperridge-health.example"],
            notes="Chili Piper confirmation; the recruiter runs the screen. EST only.",
        ),
    ),
    vendor(
        JANELLE,
        "recruitee-interview-scheduled",
        "interview",
        frm=("Caribe Fintech Careers", "no-reply@recruitee.com"),
        reply_to=("Alondra Matos", "alondra.matos@caribe-fintech.example"),
        subject="Interview scheduled: Compliance Analyst at Caribe Fintech",
        date=dh("2038-11-09 15:05", "America/Puerto_Rico"),
        body=f"""Hi Janelle,

Your interview for Compliance Analyst has been scheduled.

When: {d("2038-11-16", "short")}, 2038, 10:00 AM - 11:00 AM (America/Puerto_Rico)
Where: Video call - https://meet.google.com/cfx-jrvo-rec
Interviewers: Alondra Matos (Compliance Manager), Héctor Vélez (Head of Risk)

If you need to reschedule, simply reply to this email.

Caribe Fintech Recruiting team""",
        label=lab(
            "2038-11-16 10:00",
            "America/Puerto_Rico",
            "America/Puerto_Rico",
            company="Caribe Fintech",
            role="Compliance Analyst",
            who=["Alondra Matos", "Héctor Vélez"],
            emails=["alondra.matos@caribe-fintech.example"],
            notes="Recruitee notification from a no-reply address; IANA zone printed.",
        ),
    ),
    vendor(
        DUARTE,
        "manatal-agency-azores-time",
        "interview",
        frm=("Inês Bettencourt (Atlântida Talent)", "ines.bettencourt@atlantida-talent.example"),
        subject="Interview confirmed - Marine Operations Coordinator",
        date=dh("2038-11-03 10:12", "Atlantic/Azores"),
        extra=[("X-Mailer", "Manatal Mailer"), ("X-Manatal-Job", "MOC-2038-41")],
        body=f"""Dear Duarte,

I am pleased to confirm your interview with our client, Ponta Delgada Shipping, for the
Marine Operations Coordinator role.

Date: {d("2038-11-12", "uky")}
Time: 14:00 (Azores time, UTC-1)
Place: Avenida Infante D. Henrique 71, Ponta Delgada
You will meet: Captain Rui Furtado (Fleet Manager) and Sílvia Arruda (HR)

Please confirm by replying to this email.

Inês Bettencourt
Atlântida Talent - sent via Manatal""",
        label=lab(
            "2038-11-12 14:00",
            "Atlantic/Azores",
            "Atlantic/Azores",
            company="Ponta Delgada Shipping",
            role="Marine Operations Coordinator",
            who=["Rui Furtado", "Sílvia Arruda"],
            emails=[],
            notes="Agency mail sent from Manatal; Azores back on -01 after 31 October.",
        ),
    ),
    vendor(
        ADAEZE,
        "bullhorn-agency-client-interview",
        "interview",
        frm=("Tobi Adeyemi | Lagoon Staffing", "tobi.adeyemi@lagoon-staffing.example"),
        subject="Interview Confirmation - Treasury Analyst - Eko Breweries",
        date=dh("2038-10-14 12:30", "Africa/Lagos"),
        extra=[("X-Bullhorn-Template", "Interview Confirmation v3")],
        body=f"""Dear Adaeze,

Further to our conversation, please find your interview details below.

Client: Eko Breweries Plc
Position: Treasury Analyst
Date & Time: {d("2038-10-20", "uky")}, 11:00 WAT
Location: 3 Idowu Taylor Street, Victoria Island, Lagos
Interviewer(s): Mrs. Funmilayo Bakare, Group Treasurer

Please arrive 15 minutes early and bring a copy of your CV.

Kind regards,
Tobi Adeyemi
Recruitment Consultant, Lagoon Staffing""",
        label=lab(
            "2038-10-20 11:00",
            "Africa/Lagos",
            None,
            company="Eko Breweries",
            role="Treasury Analyst",
            who=["Funmilayo Bakare"],
            emails=[],
            notes="Agency template out of Bullhorn; the consultant only arranges.",
        ),
    ),
    html_mail(
        ZSOFIA,
        "avature-invitation-html-only",
        "interview",
        frm=("Danube Pharma Recruiting", "recruiting@danube-pharma.example"),
        subject="Your interview with Danube Pharma - Regulatory Affairs Specialist",
        date=dh("2038-11-02 08:20", "Europe/Budapest"),
        extra=[("X-Avature-Portal", "careers")],
        markup="""<div style="max-width:600px">
<h2 style="color:#0a4d68">Interview invitation</h2>
<p>Dear Zsófia,</p>
<p>We are pleased to invite you to an interview for the position
<strong>Regulatory Affairs Specialist (Req. 40417)</strong>.</p>
<div style="background:#f2f6f8;padding:12px">
<div><span style="color:#666">Date:</span> 2038-11-10</div>
<div><span style="color:#666">Time:</span> 09:00 - 10:30 CET</div>
<div><span style="color:#666">Location:</span> Danube Pharma, Váci út 92, Budapest, reception B</div>
<div><span style="color:#666">Interviewers:</span> Dr. Katalin Szőke (Head of Regulatory Affairs),
Bence Tóth (Senior Specialist)</div>
</div>
<p>Please confirm your attendance in the candidate portal.</p>
<p style="font-size:11px;color:#999">This message was sent by Avature on behalf of Danube
Pharma. Please do not reply.</p>
</div>""",
        label=lab(
            "2038-11-10 09:00",
            "Europe/Budapest",
            None,
            company="Danube Pharma",
            role="Regulatory Affairs Specialist",
            who=["Katalin Szőke", "Bence Tóth"],
            emails=[],
            notes="Avature template, HTML only, nested divs; ISO date, CET.",
        ),
    ),
    cal_mail(
        WINGYAN,
        "eightfold-confirmation-utc-ics",
        "interview",
        event={
            "start": "2038-10-28 10:00",
            "zone": None,
            "utc_zone": "Asia/Hong_Kong",
            "minutes": 60,
            "summary": "Interview - Software Engineer II - Harbourfront Exchange",
            "organizer": ("Harbourfront Exchange Recruiting", "scheduling@harbourfront-hx.example"),
            "attendees": [
                ("Chan Wing-yan Natalie", "wingyan.chan@example.com"),
                ("Cheung Ka-ming", "kaming.cheung@harbourfront-hx.example"),
                ("Priscilla Ho", "priscilla.ho@harbourfront-hx.example"),
            ],
            "prodid": EIGHTFOLD,
        },
        date=dh("2038-10-21 19:31", "Asia/Hong_Kong"),
        frm=("Harbourfront Exchange Recruiting", "scheduling@harbourfront-hx.example"),
        subject="Interview confirmed: Software Engineer II",
        body=f"""Hi Natalie,

Thank you for selecting a time. Your interview is confirmed:

{d("2038-10-28", "uky")} at 10:00 AM HKT (60 minutes)
Interviewers: Cheung Ka-ming (Engineering Manager), Priscilla Ho (Senior Engineer)
Format: Microsoft Teams (link in the calendar invitation)

This email was sent by Eightfold on behalf of Harbourfront Exchange.""",
        ics_mode="attach",
        ics_name="interview.ics",
        label=lab(
            "2038-10-28 10:00",
            "Asia/Hong_Kong",
            None,
            company="Harbourfront Exchange",
            role="Software Engineer II",
            who=["Cheung Ka-ming", "Priscilla Ho"],
            emails=[
                "kaming.cheung@harbourfront-hx.example",
                "priscilla.ho@harbourfront-hx.example",
            ],
            notes="Eightfold confirmation; calendar in UTC only; HKT in the text.",
        ),
    ),
    vendor(
        BRIONY,
        "lever-confirmation-darwin",
        "interview",
        frm=("Top End Minerals", "no-reply@hire.lever.co"),
        reply_to=("Shannon Pike", "shannon.pike@topend-minerals.example"),
        subject="Interview confirmation - Environmental Advisor",
        date=dh("2038-11-22 14:02", "Australia/Darwin"),
        body=f"""Hi Briony,

This is to confirm your interview for the Environmental Advisor position.

{d("2038-11-30", "us")} at 9:00am ACST (Darwin)
Onsite: Level 3, 19 Smith Street, Darwin City
You'll meet with Shannon Pike (Environment Superintendent) and Dr Wiremu Hale (Principal
Ecologist).

Reply to this email if you have any questions.

Top End Minerals Talent Team""",
        label=lab(
            "2038-11-30 09:00",
            "Australia/Darwin",
            "Australia/Darwin",
            company="Top End Minerals",
            role="Environmental Advisor",
            who=["Shannon Pike", "Wiremu Hale"],
            emails=["shannon.pike@topend-minerals.example"],
            notes="Lever-sent confirmation from a no-reply address; Darwin +09:30.",
        ),
    ),
    cal_mail(
        OMER,
        "tidycal-booking-thirty-min",
        "interview",
        event={
            "start": "2038-11-04 17:00",
            "zone": "Asia/Karachi",
            "minutes": 30,
            "summary": "30 Minute Interview (Zubair Ahmed <> Omer Farooqui-Blake)",
            "organizer": ("Zubair Ahmed", "zubair@ravi-cloudworks.example"),
            "attendees": [("Omer Farooqui-Blake", "omer.farooqui@example.net")],
            "prodid": TIDYCAL,
        },
        date=dh("2038-10-31 22:10", "Asia/Karachi"),
        frm=("TidyCal", "bookings@tidycal.com"),
        subject="Booking confirmed: 30 Minute Interview with Zubair Ahmed",
        body="""Booking confirmed

30 Minute Interview with Zubair Ahmed (Founder, Ravi Cloudworks)
November 4, 2038 at 5:00 PM (Asia/Karachi)
Google Meet link will be shared by the host.

Cancel or reschedule: https://tidycal.com/booking/ravi-cloudworks/manage""",
        ics_mode="attach",
        label=lab(
            "2038-11-04 17:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="Ravi Cloudworks",
            who=["Zubair Ahmed"],
            emails=["zubair@ravi-cloudworks.example"],
            notes="TidyCal booking confirmation.",
        ),
    ),
    vendor(
        SOLVEIG,
        "workable-interview-nordlys",
        "interview",
        frm=("Nordlys Media", "nordlys-media@candidates.workablemail.com"),
        subject="Interview with Nordlys Media for Content Strategist",
        date=dh("2038-11-15 13:30", "Europe/Oslo"),
        body=f"""Hi Solveig,

Thank you for scheduling your interview with Nordlys Media.

Content Strategist
{d("2038-11-23", "short")}, 2038, 10:00 AM - 10:45 AM CET
Video call (link below)
With: Sindre Aasheim, Editor-in-Chief

Join: https://meet.google.com/nlm-ssah-wkb

Good luck!
Nordlys Media hiring team""",
        label=lab(
            "2038-11-23 10:00",
            "Europe/Oslo",
            None,
            company="Nordlys Media",
            role="Content Strategist",
            who=["Sindre Aasheim"],
            emails=[],
            notes="Workable-style confirmation from a relay address.",
        ),
    ),
    cal_mail(
        JANELLE,
        "acuity-second-round-booked",
        "interview",
        event={
            "start": "2038-12-03 15:30",
            "zone": "America/Puerto_Rico",
            "minutes": 60,
            "summary": "Second Round Interview with Marisol Quiñones",
            "organizer": ("Borinquen Health Partners", "careers@borinquen-health.example"),
            "attendees": [("Janelle Rivera-Oakes", "janelle.riveraoakes@example.com")],
            "location": "1250 Ave. Ponce de León, Suite 400, San Juan",
            "prodid": ACUITY,
        },
        date=dh("2038-11-29 11:12", "America/Puerto_Rico"),
        frm=("Borinquen Health Partners", "careers@borinquen-health.example"),
        sender="Acuity Scheduling <no-reply@acuityscheduling.com>",
        subject="Confirmed: Second Round Interview on December 3, 2038",
        body="""Hi Janelle,

Your appointment is confirmed.

What: Second Round Interview with Marisol Quiñones (Director of Nursing Operations)
When: December 3, 2038 3:30pm (Atlantic Standard Time)
Where: 1250 Ave. Ponce de León, Suite 400, San Juan

Change or cancel: https://borinquenhealth.acuityscheduling.com/schedule.php?action=appt""",
        ics_mode="attach",
        label=lab(
            "2038-12-03 15:30",
            "America/Puerto_Rico",
            None,
            company="Borinquen Health Partners",
            who=["Marisol Quiñones"],
            emails=[],
            notes="Acuity appointment used for an interview; Atlantic Standard Time spelt out.",
        ),
    ),
    vendor(
        ZSOFIA,
        "eightfold-pick-a-time-link",
        "scheduling_request",
        frm=("Tisza Semiconductors Recruiting", "recruiting@tisza-semi.example"),
        subject="Action required: schedule your interview",
        date=dh("2038-10-18 10:44", "Europe/Budapest"),
        body="""Dear Zsófia,

Congratulations, you have been selected for a technical interview for the position of
Process Integration Engineer. Please choose a time that suits you from the available
slots within the next five working days:

https://tisza-semi.eightfold.ai/scheduling/select?token=7b1e20c4

Once you have selected a slot you will receive a calendar invitation.

Tisza Semiconductors Talent Acquisition""",
        label=note(
            "Self-scheduling link; nothing booked yet.",
            company="Tisza Semiconductors",
            role="Process Integration Engineer",
        ),
    ),
    cal_mail(
        BOYAN,
        "vyte-poll-three-slots",
        "scheduling_request",
        event={
            "start": "2038-11-10 10:00",
            "zone": "Europe/Sofia",
            "minutes": 45,
            "summary": "HOLD: Interview Boyan Iliev-Carmichael (proposed)",
            "organizer": ("Vyte", "no-reply@vyte.in"),
            "status": "TENTATIVE",
            "prodid": VYTE,
        },
        date=dh("2038-11-03 09:30", "Europe/Sofia"),
        frm=("Radostina Koleva via Vyte", "no-reply@vyte.in"),
        reply_to=("Radostina Koleva", "radostina.koleva@rila-analytics.example"),
        subject="Radostina Koleva invites you to vote: Interview - Rila Analytics",
        body=f"""Radostina Koleva (Rila Analytics) proposes the following times for an interview.
Vote for the ones that suit you:

* {d("2038-11-10", "uk")}, 10:00 - 10:45
* {d("2038-11-11", "uk")}, 14:00 - 14:45
* {d("2038-11-12", "uk")}, 09:00 - 09:45

Vote here: https://www.vyte.in/e/rila-analytics-interview-boyan

The attached hold is tentative; you will get the final invitation once a time is chosen.""",
        ics_mode="attach",
        ics_name="proposed.ics",
        label=note(
            "Vyte poll with three slots and a tentative hold on the first one: not booked.",
            company="Rila Analytics",
        ),
    ),
    vendor(
        PAYTON,
        "savvycal-link-from-recruiter",
        "scheduling_request",
        frm=("Nate Brubaker", "nate.brubaker@hoosier-robotics.example"),
        subject="Next step: grab a time with our hiring manager",
        date=dh("2038-10-21 14:02", "America/Indiana/Indianapolis"),
        body="""Hi Payton,

Thanks for the great chat today! Our hiring manager, Lorraine Tibbs, would like to meet
you. Please grab any 45-minute slot on her calendar next week that works for you:

https://savvycal.com/ltibbs/hoosier-interview

Once you book, you'll get an invite with the Zoom details.

Nate Brubaker
Technical Recruiter, Hoosier Robotics""",
        label=note(
            "Booking link only; nothing scheduled.",
            company="Hoosier Robotics",
        ),
    ),
]
