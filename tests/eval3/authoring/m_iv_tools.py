"""Interviews booked through applicant tracking systems and scheduling tools."""

from __future__ import annotations

from .kit import (
    CAMILA,
    DANA,
    FEMKE,
    GIULIA,
    HARPREET,
    JIWOO,
    JONAS,
    KEONI,
    LIAM,
    MARCUS,
    MEERA,
    NOA,
    OMAR,
    SOFIA,
    TOMASZ,
    WANJIRU,
    Msg,
    day_de,
    dh,
    event,
    html_page,
    iso,
    iv,
    long_date,
    mail,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse relay, Chicago, Zoom, invite.ics in UTC ------------------------------------
S = "2026-10-15 13:00"
add(
    mail(
        MARCUS,
        "greenhouse-prairieloop-zoom",
        "interview",
        frm=("Prairie Loop Freight", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Tessa Lindqvist", "tessa.lindqvist@prairieloop.example"),
        subject="Interview Confirmation: Prairie Loop Freight - Senior Data Analyst",
        date=dh("2026-10-09 15:12:44", "America/Chicago"),
        body=f"""Hi Marcus,

Thanks for making time to speak with us! Here are the details of your upcoming interview for the Senior Data Analyst position at Prairie Loop Freight.

{long_date(S, "usy")}
1:00 PM - 2:00 PM CDT

1:00 PM - 1:30 PM  Ngozi Adeyemi-Clarke, Analytics Manager
1:30 PM - 2:00 PM  Rafael Quintanilla, Director of Pricing

Location: Zoom - https://prairieloop.zoom.us/j/83140027715?pwd=Q2x0bGhRZ3Bvd1N3

Please let me know if anything changes on your side.

Best,
Tessa Lindqvist
Recruiting Coordinator, Prairie Loop Freight
""",
        html_auto=True,
        ics=event(
            uid="gh-prairieloop-5518820@greenhouse.io",
            start=S,
            zone=None,
            utc_zone="America/Chicago",
            minutes=60,
            summary="Interview: Marcus Oyelaran - Senior Data Analyst",
            organizer=("Tessa Lindqvist", "tessa.lindqvist@prairieloop.example"),
            attendees=[("Marcus Oyelaran", "marcus.oyelaran@example.com")],
            location="https://prairieloop.zoom.us/j/83140027715?pwd=Q2x0bGhRZ3Bvd1N3",
            prodid="-//Greenhouse Software//Greenhouse//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "America/Chicago"),
            None,
            company="Prairie Loop Freight",
            role="Senior Data Analyst",
            interviewers=["Ngozi Adeyemi-Clarke", "Rafael Quintanilla"],
            notes="Greenhouse relay; coordinator only in Reply-To; two back-to-back sessions, CDT.",
        ),
    )
)

# --- Lever, HTML only, base64, just after the US DST end --------------------------------
S = "2026-11-03 10:30"
add(
    mail(
        HARPREET,
        "lever-northshore-kelp-video",
        "interview",
        frm=("Northshore Kelp Co.", "no-reply@hire.lever.co"),
        reply_to=("Aisling Byrne", "aisling.byrne@northshorekelp.example"),
        subject="Your video interview with Northshore Kelp Co.",
        date=dh("2026-10-28 11:05:10", "America/Vancouver"),
        rich=html_page(
            f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Hi Harpreet,</p>
<p>You're confirmed for a video interview for <b>Supply Chain Planner</b>.</p>
<table style="border:1px solid #ddd;padding:12px">
<tr><td><b>When</b></td><td>{long_date(S, "usy")}, 10:30&nbsp;AM&nbsp;&ndash;&nbsp;11:15&nbsp;AM (PST)</td></tr>
<tr><td><b>Where</b></td><td><a href="https://meet.google.com/xkt-pqrw-bne">meet.google.com/xkt-pqrw-bne</a></td></tr>
<tr><td><b>With</b></td><td>Declan Ferreira-Moss, Operations Lead</td></tr>
</table>
<p>Heads up: the clocks go back on Sunday, so double-check your calendar shows the right time.</p>
<p>Cheers,<br>Aisling Byrne<br>Talent Partner</p>
<p style="color:#999;font-size:11px">Sent via Lever</p>
</td></tr></table>"""
        ),
        cte="base64",
        label=iv(
            iso(S, "America/Vancouver"),
            None,
            company="Northshore Kelp Co.",
            role="Supply Chain Planner",
            interviewers=["Declan Ferreira-Moss"],
            notes="HTML only, base64; date after the US/Canada switch so PST (-08:00).",
        ),
    )
)

# --- Workday, Bengaluru, day-first numeric, Teams ---------------------------------------
S = "2026-10-19 11:00"
add(
    mail(
        MEERA,
        "workday-vaikunth-fintech-teams",
        "interview",
        frm=("Vaikunth Financial Services", "vaikunth@myworkday.com"),
        subject="Interview Scheduled - Associate Product Manager (JR-24117)",
        date=dh("2026-10-13 10:21:00", "Asia/Kolkata"),
        body="""Dear Meera Krishnan,

Your interview for the position Associate Product Manager (JR-24117) has been scheduled.

Date: 19/10/2026
Time: 11:00 AM - 12:00 PM (GMT+05:30) India Standard Time
Interview Type: Virtual - Microsoft Teams
Interviewers: Ritwik Bhattacharya; Sunanda Iyer

Join link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YzE0@thread.v2/0

To view the details or to request a change, please sign in to the Vaikunth Careers portal.

Regards,
Talent Acquisition Team
Vaikunth Financial Services

This is a system generated email. Please do not reply.
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            "Asia/Kolkata",
            company="Vaikunth Financial Services",
            role="Associate Product Manager",
            interviewers=["Ritwik Bhattacharya", "Sunanda Iyer"],
            notes="Workday numeric day-first date; '(GMT+05:30) India Standard Time'; no-reply footer on a real interview.",
        ),
    )
)

# --- Ashby + invite.ics, Tel Aviv the day after Israel's DST ends --------------------------
S = "2026-10-26 10:00"
add(
    mail(
        NOA,
        "ashby-shaked-security-tech",
        "interview",
        frm=("Shaked Security", "no-reply@ashbyhq.com"),
        reply_to=("Yael Mizrahi", "yael.mizrahi@shakedsec.example"),
        subject="Interview confirmed: Security Researcher at Shaked Security",
        date=dh("2026-10-20 17:40:00", "Asia/Jerusalem"),
        body=f"""Hi Noa,

Your Technical Interview for Security Researcher is confirmed.

{long_date(S, "usy")}
10:00 AM - 11:30 AM Israel Time (Jerusalem)

Interviewers:
- Itamar Rosenthal (Principal Researcher)
- Maya Abu-Hanna (Team Lead, Threat Intel)

Google Meet: https://meet.google.com/wpa-hvdx-tez

A calendar invite is attached. Reply to this email if you need to reschedule.

Yael Mizrahi
Talent Team, Shaked Security
""",
        ics=event(
            uid="ashby-7f2a91c0-1d55-4b0b-9b41-5e0c2d81a6f3",
            start=S,
            zone="Asia/Jerusalem",
            minutes=90,
            summary="Technical Interview - Noa Ben-David (Security Researcher)",
            organizer=("Yael Mizrahi", "yael.mizrahi@shakedsec.example"),
            attendees=[
                ("Noa Ben-David", "noa.bendavid@example.net"),
                ("Itamar Rosenthal", "itamar.r@shakedsec.example"),
                ("Maya Abu-Hanna", "maya.abuhanna@shakedsec.example"),
            ],
            location="https://meet.google.com/wpa-hvdx-tez",
            prodid="-//Ashby//Ashby Scheduling//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Asia/Jerusalem"),
            "Asia/Jerusalem",
            company="Shaked Security",
            role="Security Researcher",
            interviewers=["Itamar Rosenthal", "Maya Abu-Hanna"],
            emails=["itamar.r@shakedsec.example", "maya.abuhanna@shakedsec.example"],
            notes="Day after Israel's summer time ended (25 Oct): +02:00.",
        ),
    )
)

# --- SmartRecruiters, Warsaw onsite, after EU DST end ------------------------------------
S = "2026-10-28 14:00"
add(
    mail(
        TOMASZ,
        "smartrecruiters-wistula-onsite",
        "interview",
        frm=("Wistula Games via SmartRecruiters", "notification@smartrecruiters.com"),
        reply_to=("Zuzanna Kowalczyk", "zuzanna.kowalczyk@wistulagames.example"),
        subject="Interview invitation - Senior Gameplay Programmer",
        date=dh("2026-10-21 09:14:00", "Europe/Warsaw"),
        body=f"""Hello Tomasz,

We are pleased to confirm your on-site interview for Senior Gameplay Programmer.

Date: {long_date(S, "uky")}
Time: 14:00 - 16:00 CET
Place: Wistula Games, ul. Grzybowska 12, 00-131 Warszawa, 5th floor (reception will give you a visitor badge)

You will meet:
Bartłomiej Zając - Lead Programmer
Agnieszka Wróblewska - Producer

The first hour is a pair-programming exercise in C++; please bring your own laptop if you prefer.

Kind regards,
Zuzanna Kowalczyk
Talent Acquisition | Wistula Games
""",
        label=iv(
            iso(S, "Europe/Warsaw"),
            None,
            company="Wistula Games",
            role="Senior Gameplay Programmer",
            interviewers=["Bartłomiej Zając", "Agnieszka Wróblewska"],
            notes="After the EU switch on 25 Oct, so CET (+01:00); Polish diacritics in names.",
        ),
    )
)

# --- iCIMS, Arizona time ------------------------------------------------------------------
S = "2026-11-09 09:00"
add(
    mail(
        DANA,
        "icims-sonoran-health-panel",
        "interview",
        frm=("Sonoran Valley Health Careers", "sonoranvalley@talent.icims.com"),
        subject="Panel Interview Scheduled: Clinical Informatics Specialist (Req 2026-4471)",
        date=dh("2026-11-02 08:02:00", "America/Phoenix"),
        body=f"""Dana,

Thank you for your interest in Sonoran Valley Health. Your panel interview has been scheduled:

Position: Clinical Informatics Specialist (Req 2026-4471)
Date: {long_date(S, "usy")}
Time: 9:00 AM - 10:30 AM Arizona time (MST)
Location: Sonoran Valley Health Administrative Center, 2250 W. Mesquite Trail, Suite 300, Tempe, AZ 85281 (visitor parking on level 2)

Panel:
Dr. Lorenzo Begay, CMIO
Christine Abernathy-Yazzie, Nurse Informatics Manager
Samuel Tso, EHR Applications Lead

Please bring a government-issued photo ID.

Sonoran Valley Health Talent Acquisition
Please do not reply to this message; this mailbox is not monitored.
""",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Sonoran Valley Health",
            role="Clinical Informatics Specialist",
            interviewers=["Lorenzo Begay", "Christine Abernathy-Yazzie", "Samuel Tso"],
            notes="Arizona stays on MST (-07:00) after the US switch; a not-monitored footer on a real interview.",
        ),
    )
)

# --- Calendly booking, Hawaii ---------------------------------------------------------------
S = "2026-10-22 09:00"
add(
    mail(
        KEONI,
        "calendly-mauka-grid-screen",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Priya Venkataraman", "priya.v@maukagrid.example"),
        subject="Confirmed: Recruiter Phone Screen with Priya Venkataraman on Thursday, October 22, 2026",
        date=dh("2026-10-16 14:31:00", "Pacific/Honolulu"),
        body=f"""Hi Keoni Kahananui,

Your event has been scheduled.

Event Type: Recruiter Phone Screen - Grid Reliability Engineer (Mauka Grid Energy)
Host: Priya Venkataraman
Date and time: 09:00am - 09:30am, {long_date(S, "usy")} (Hawaii Time)
Location: Priya will call you at +1 808-555-0162

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5c1e0b6a-4f08-4a7e-9d2e-0b7d6c1f2e88
Reschedule: https://calendly.com/reschedulings/5c1e0b6a-4f08-4a7e-9d2e-0b7d6c1f2e88

Powered by Calendly.com
""",
        ics=event(
            uid="5c1e0b6a-4f08-4a7e-9d2e-0b7d6c1f2e88@calendly.com",
            start=S,
            zone=None,
            utc_zone="Pacific/Honolulu",
            minutes=30,
            summary="Recruiter Phone Screen between Priya Venkataraman and Keoni Kahananui",
            organizer=("Priya Venkataraman", "priya.v@maukagrid.example"),
            attendees=[("Keoni Kahananui", "keoni.kahananui@example.com")],
            location="+1 808-555-0162",
            prodid="-//Calendly//Calendly//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Pacific/Honolulu"),
            "Pacific/Honolulu",
            company="Mauka Grid Energy",
            role="Grid Reliability Engineer",
            interviewers=["Priya Venkataraman"],
            emails=["priya.v@maukagrid.example"],
            notes="Calendly booking; the host makes the phone screen so she is the interviewer; 'Hawaii Time'.",
        ),
    )
)

# --- GoodTime reminder, Nairobi --------------------------------------------------------------
S = "2026-10-15 11:00"
add(
    mail(
        WANJIRU,
        "goodtime-reminder-savannah-pay",
        "interview",
        frm=("Savannah Pay Recruiting", "scheduling@goodtime.io"),
        reply_to=("Grace Otieno", "grace.otieno@savannahpay.example"),
        subject="Reminder: your interview with Savannah Pay is tomorrow",
        date=dh("2026-10-14 11:00:00", "Africa/Nairobi"),
        body=f"""Hi Wanjiru,

This is a friendly reminder about your upcoming interview for Senior Backend Engineer (Payments).

{long_date(S, "uky")}
11:00 - 12:30 (GMT+03:00) Nairobi

11:00 - 11:45  System design with Kwame Asante-Boateng
11:45 - 12:30  Values interview with Halima Said

Video link: https://savannahpay.zoom.us/j/91504417263

Good luck!
Savannah Pay Talent Team
""",
        html_auto=True,
        label=iv(
            iso(S, "Africa/Nairobi"),
            "Africa/Nairobi",
            company="Savannah Pay",
            role="Senior Backend Engineer (Payments)",
            interviewers=["Kwame Asante-Boateng", "Halima Said"],
            notes="GoodTime reminder sent the day before; itinerary with two sessions.",
        ),
    )
)

# --- Paradox-style conversational scheduler, group interview, Brisbane -------------------
S = "2026-11-06 10:00"
add(
    mail(
        LIAM,
        "paradox-coral-coast-group",
        "interview",
        frm=("Olivia at Coral Coast Outdoors", "olivia@paradox.ai"),
        subject="You're confirmed! Group interview at Coral Coast Outdoors",
        date=dh("2026-10-30 18:20:00", "Australia/Brisbane"),
        body=f"""Hi Liam! It's Olivia, the virtual assistant for Coral Coast Outdoors.

Your group interview for Store Team Leader is confirmed:

{long_date(S, "short")}, 10:00 AM AEST
Coral Coast Outdoors Fortitude Valley, 88 Brunswick Lane, Fortitude Valley QLD 4006

The session runs about 90 minutes with 6-8 other candidates and is hosted by Store Manager Bronwyn Aitchison. Wear comfortable shoes - part of it is on the shop floor!

Need to reschedule? Just reply to this email or text RESCHEDULE to 0491 570 110.

- Olivia
""",
        label=iv(
            iso(S, "Australia/Brisbane"),
            None,
            company="Coral Coast Outdoors",
            role="Store Team Leader",
            interviewers=["Bronwyn Aitchison"],
            notes="Conversational scheduling assistant; group interview; Queensland keeps AEST (+10:00) all year.",
        ),
    )
)

# --- Workable, explicit IANA zone, portfolio presentation -----------------------------------
S = "2026-11-10 15:00"
add(
    mail(
        FEMKE,
        "workable-tulpwerk-portfolio",
        "interview",
        frm=("Tulpwerk", "noreply@workablemail.com"),
        reply_to=("Sanne Bakker", "sanne.bakker@tulpwerk.example"),
        subject="Interview scheduled: Product Designer at Tulpwerk",
        date=dh("2026-11-03 10:45:00", "Europe/Amsterdam"),
        body=f"""Hi Femke,

Your interview with Tulpwerk has been scheduled.

Product Designer
{long_date(S, "uky")}, 15:00 - 16:00 (Europe/Amsterdam)
Portfolio presentation (20 minutes) followed by Q&A with Joost van Leeuwen (Design Director) and Ilse Kramer (Senior Product Manager)

Where: Tulpwerk, Keizersgracht 304-B, 1016 EZ Amsterdam

Add to calendar: https://apply.workable.com/tulpwerk/calendar/j/6E2B1A90C4/

Best regards,
Sanne Bakker
""",
        html_auto=True,
        label=iv(
            iso(S, "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Tulpwerk",
            role="Product Designer",
            interviewers=["Joost van Leeuwen", "Ilse Kramer"],
            notes="Workable with an IANA zone in parentheses; presentation interview; lowercase 'van' particle.",
        ),
    )
)

# --- Teamtailor, Rome, 'Rome time' -----------------------------------------------------------
S = "2026-10-22 10:30"
add(
    mail(
        GIULIA,
        "teamtailor-ferrovita-video",
        "interview",
        frm=("Ferrovita Mobilità", "ferrovita@teamtailor-mail.com"),
        reply_to=("Chiara Lombardi", "chiara.lombardi@ferrovita.example"),
        subject="Interview booked – Data Engineer at Ferrovita",
        date=dh("2026-10-15 12:02:00", "Europe/Rome"),
        body=f"""Hi Giulia,

Thanks for booking a time with us. Here is a summary:

What: First interview, Data Engineer
When: {long_date(S, "uk")} at 10:30 (Rome time), 45 minutes
Who: Matteo Esposito, Engineering Manager
Where: Microsoft Teams - the link is in the calendar invitation we sent separately

Talk soon,
Chiara Lombardi
People & Culture, Ferrovita Mobilità
""",
        label=iv(
            iso(S, "Europe/Rome"),
            "Europe/Rome",
            company="Ferrovita Mobilità",
            role="Data Engineer",
            interviewers=["Matteo Esposito"],
            notes="Teamtailor booking summary; 'Rome time' names the zone; still CEST on 22 Oct.",
        ),
    )
)

# --- Jobvite, Eastern Time for a Bogotá user -------------------------------------------------
S = "2026-10-19 09:00"
add(
    mail(
        CAMILA,
        "jobvite-bayfront-logistics-video",
        "interview",
        frm=("Bayfront Logistics Recruiting", "notification@jobvite.com"),
        reply_to=("Derek Castellanos", "derek.castellanos@bayfrontlogistics.example"),
        subject="Interview Invitation: Regional Operations Analyst (LATAM)",
        date=dh("2026-10-13 16:25:00", "America/Bogota"),
        body=f"""Hello Camila,

We would like to confirm your video interview for Regional Operations Analyst (LATAM).

Date: {long_date(S, "usy")}
Time: 9:00 AM Eastern Time (US & Canada)
Duration: 45 minutes
Interviewer: Marisol Vega-Thompson, Senior Manager, LATAM Operations
Webex: https://bayfrontlogistics.webex.com/meet/marisol.vegathompson

Please note our office is in Miami; that is 8:00 AM in Bogotá.

Derek Castellanos
Talent Acquisition, Bayfront Logistics
""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Bayfront Logistics",
            role="Regional Operations Analyst (LATAM)",
            interviewers=["Marisol Vega-Thompson"],
            notes="Stated in Eastern Time (EDT, -04:00) with the user's local time as a second hint.",
        ),
    )
)

# --- SAP SuccessFactors, assessment centre, Cairo after Egypt's DST end -------------------
S = "2026-11-01 09:00"
add(
    mail(
        OMAR,
        "successfactors-nilestar-assessment-centre",
        "interview",
        frm=("Nilestar Energy Careers", "careers-noreply@successfactors.com"),
        subject="Invitation: Graduate Engineer Assessment Centre",
        date=dh("2026-10-22 13:10:00", "Africa/Cairo"),
        body=f"""Dear Omar Farouk Hassan,

Congratulations! Following your online tests you are invited to our Assessment Centre for the Graduate Engineer Programme 2027.

Date: {long_date(S, "uky")}
Venue: Nilestar Energy, Building B7, Smart Village, Km 28 Cairo-Alexandria Desert Road, Giza

Programme (Cairo time):
08:30  Arrival and registration
09:00  Welcome and group exercise
10:30  Technical interview (Eng. Hany Soliman, Eng. Dalia Mostafa)
12:00  Lunch
13:00  Case presentation
14:30  Close

Please bring your national ID and a copy of your graduation certificate.

Graduate Recruitment Team
Nilestar Energy
""",
        label=iv(
            iso(S, "Africa/Cairo"),
            "Africa/Cairo",
            company="Nilestar Energy",
            role="Graduate Engineer Programme",
            interviewers=["Hany Soliman", "Dalia Mostafa"],
            notes="Assessment centre on a Sunday (Egyptian work week); starts at the first item, not arrival; EET again after 30 Oct.",
        ),
    )
)

# --- GoodTime panel itinerary, KST ------------------------------------------------------------
S = "2026-11-11 09:00"
add(
    mail(
        JIWOO,
        "goodtime-hanbit-robotics-panel",
        "interview",
        frm=("Hanbit Robotics Recruiting", "scheduling@goodtime.io"),
        reply_to=("Seo Yeon Kang", "seoyeon.kang@hanbitrobotics.example"),
        subject="Your interview schedule: Hanbit Robotics - Perception Engineer",
        date=dh("2026-11-04 16:00:00", "Asia/Seoul"),
        body=f"""Hello Ji-woo,

Your virtual onsite is scheduled. All times below are KST.

{long_date(S, "usy")}
9:00 AM - 9:45 AM   Coding (live, CoderPad) - Choi Min-jun
9:50 AM - 10:35 AM  Perception deep dive - Dr. Lee Hae-won
10:40 AM - 11:30 AM Hiring manager - Ahn Sung-ho

Each session uses the same Zoom room: https://hanbitrobotics.zoom.us/j/82260319954

Best,
Seo Yeon Kang
""",
        label=iv(
            iso(S, "Asia/Seoul"),
            None,
            company="Hanbit Robotics",
            role="Perception Engineer",
            interviewers=["Choi Min-jun", "Lee Hae-won", "Ahn Sung-ho"],
            notes="Multi-session virtual onsite with live coding; Korean family-name-first names; KST only.",
        ),
    )
)

# --- Personio, German ---------------------------------------------------------------------
S = "2026-11-05 10:00"
add(
    mail(
        JONAS,
        "personio-elbfeld-vorstellungsgespraech",
        "interview",
        frm=("Elbfeld Analytics GmbH", "no-reply@personio.de"),
        reply_to=("Katrin Vogelsang", "katrin.vogelsang@elbfeld.example"),
        subject="Einladung zum Vorstellungsgespräch – Senior Data Scientist (m/w/d)",
        date=dh("2026-10-29 09:30:00", "Europe/Berlin"),
        body=f"""Hallo Jonas,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Gespräch einzuladen:

Termin: {day_de(S)}, 10:00 – 11:00 Uhr (MEZ)
Format: Videocall über Google Meet – https://meet.google.com/fzo-kqbc-rgn
Gesprächspartner: Dr. Henrik Albers (Head of Data) und Katrin Vogelsang (People & Culture)

Sollte der Termin nicht passen, antworten Sie gern auf diese E-Mail.

Viele Grüße
Katrin Vogelsang
Elbfeld Analytics GmbH · Hamburg
""",
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Elbfeld Analytics GmbH",
            role="Senior Data Scientist (m/w/d)",
            interviewers=["Henrik Albers", "Katrin Vogelsang"],
            notes="German (Personio); MEZ is CET; the People & Culture partner also interviews here ('Gesprächspartner').",
        ),
    )
)

# --- Greenhouse reschedule notice, Buenos Aires ------------------------------------------
S = "2026-10-29 14:00"
add(
    mail(
        SOFIA,
        "greenhouse-tangoledger-rescheduled",
        "interview",
        frm=("Tango Ledger", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Florencia Acosta", "florencia.acosta@tangoledger.example"),
        subject="Updated: your interview with Tango Ledger has been rescheduled",
        date=dh("2026-10-23 18:50:00", "America/Argentina/Buenos_Aires"),
        body=f"""Hi Sofía,

As discussed, we've moved your technical interview for Senior QA Automation Engineer. The new time is:

{long_date(S, "usy")}, 14:00 - 15:00 (ART, GMT-3)

Previously: Tuesday, October 27, 2026, 11:00 - 12:00

Interviewer: Gonzalo Pereyra Iraola, QA Lead
Link: https://meet.google.com/hpn-ozwd-ufa

Thanks for your flexibility!
Florencia
""",
        label=iv(
            iso(S, "America/Argentina/Buenos_Aires"),
            None,
            company="Tango Ledger",
            role="Senior QA Automation Engineer",
            interviewers=["Gonzalo Pereyra Iraola"],
            notes="Reschedule: the new time counts, not the 'Previously' line; ART with GMT-3.",
        ),
    )
)
