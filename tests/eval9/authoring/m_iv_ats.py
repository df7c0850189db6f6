"""Interviews, requests and cancellations sent by applicant-tracking and scheduling tools."""

from __future__ import annotations

from .kit import (
    BRODIE,
    CHIDERA,
    DAKOTA,
    DESHAWN,
    DILINI,
    EERO,
    FARIDA,
    GIULIA,
    GOOGLE,
    GRAYSON,
    HARPREET,
    JOLINA,
    JOOST,
    KWAME,
    MCKENNA,
    SEBASTIAN,
    SEOYEON,
    TANVIR,
    TAYLA,
    THAO,
    WANJIRU,
    ZOFIA,
    ZOOM,
    Msg,
    d,
    dh,
    html_page,
    invite,
    iso,
    iv,
    local,
    mail,
    note,
    paras,
    plus,
    t12,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append


def when(start: str, zone: str) -> str:
    """'Tuesday, March 20, 2029' for the local day of ``start``."""
    x = local(start, zone)
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


# --- Greenhouse confirmation without a calendar, Manila --------------------------------------
S = "2029-03-20 09:00"
add(
    mail(
        JOLINA,
        "greenhouse-confirm-coralvane-manila",
        "interview",
        frm=("Coralvane Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Trish Villanueva-Ong", "trish.ong@coralvane.example"),
        subject="Interview Confirmation: Customer Success Manager at Coralvane",
        date=dh("2029-03-14 18:22:00", "Asia/Manila"),
        body=f"""Hi Jolina,

Thanks for confirming your availability! Here are the details of your upcoming interview for the Customer Success Manager role at Coralvane.

{when(S, "Asia/Manila")}
{t12(S)} - {t12(plus(S, 90))} (GMT+08:00) Manila

{t12(S)} - {t12(plus(S, 45))}   Renato Dizon, Director of Customer Success
{t12(plus(S, 45))} - {t12(plus(S, 90))}  Camille Abueva, Senior CSM

Location: Zoom (links will be sent by your interviewers)

If you need to reschedule, please reply to this email as soon as possible.

Best,
Trish Villanueva-Ong
Recruiting Coordinator, Coralvane

Powered by Greenhouse
""",
        html_auto=True,
        label=iv(
            iso(S, "Asia/Manila"),
            "Asia/Manila",
            company="Coralvane",
            role="Customer Success Manager",
            interviewers=["Renato Dizon", "Camille Abueva"],
            notes="Greenhouse confirmation, two back-to-back sessions, no calendar; '(GMT+08:00) Manila'.",
        ),
    )
)

# --- Lever, HTML only, Dhaka, UTC calendar attached -----------------------------------------
S = "2029-02-26 19:30"
x = local(S, "Asia/Dhaka")
rich = html_page(
    f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>Hi Tanvir,</p>
<p>Your interview with <b>Brightpike</b> for the <b>Android Engineer</b> position is confirmed.</p>
<table style="border:1px solid #e5e5e5;padding:12px">
<tr><td><b>Date</b></td><td>{x:%a}, {x:%b} {x.day}, {x.year}</td></tr>
<tr><td><b>Time</b></td><td>{t12(S)} &ndash; {t12(plus(S, 60))} (Bangladesh Standard Time)</td></tr>
<tr><td><b>Interviewer</b></td><td>Mirela Stancu, Engineering Manager</td></tr>
<tr><td><b>Location</b></td><td>Video call &ndash; link in the attached invite</td></tr>
</table>
<p>Please reply to this email if anything changes.</p>
<p>Brightpike Talent Team</p>
<p style="font-size:11px;color:#888">Sent via Lever</p>
</td></tr></table>"""
)
add(
    invite(
        TANVIR,
        "lever-html-brightpike-dhaka",
        "interview",
        start=S,
        zone=None,
        utc_zone="Asia/Dhaka",
        minutes=60,
        summary="Interview: Tanvir Hossain Rafi <> Brightpike",
        organizer=("Brightpike Talent", "talent@brightpike.example"),
        attendees=[("Mirela Stancu", "mirela.stancu@brightpike.example")],
        prodid="-//Lever//Interview//EN",
        frm=("Brightpike Talent", "no-reply@hire.lever.co"),
        reply_to=("Brightpike Talent", "talent@brightpike.example"),
        subject="Your interview with Brightpike is confirmed",
        date=dh("2029-02-21 23:40:00", "Asia/Dhaka"),
        rich=rich,
        label=iv(
            iso(S, "Asia/Dhaka"),
            "Asia/Dhaka",
            company="Brightpike",
            role="Android Engineer",
            interviewers=["Mirela Stancu"],
            emails=["mirela.stancu@brightpike.example"],
            notes="Lever HTML-only table with a UTC .ics; evening interview in Dhaka (13:30 UTC).",
        ),
    )
)

# --- Workday notification, Anchorage, AKDT, numeric US date ---------------------------------
S = "2029-03-20 10:00"
add(
    mail(
        DAKOTA,
        "workday-interview-northlight-anchorage",
        "interview",
        frm=("Northlight Regional Medical", "northlightmed@myworkday.com"),
        subject="Interview Scheduled - Respiratory Therapist II (R-08841)",
        date=dh("2029-03-13 07:58:00", "America/Anchorage"),
        to="dakota.jobs.ak@example.com",
        body="""Hello Dakota,

An interview has been scheduled for the job requisition R-08841 Respiratory Therapist II.

Interview Date/Time: 03/20/2029 10:00 AM AKDT
Duration: 60 minutes
Location: Northlight Regional Medical Center, 2401 E 42nd Ave, Conference Room B (main lobby, 2nd floor)
Interviewers: Colleen Aukongak (Manager, Respiratory Care); Ben Strasburger (Lead Therapist)

Please arrive 10 minutes early and bring a photo ID.

To view your application, sign in to the Candidate Home.

Thank you,
Northlight Talent Acquisition

This is a system-generated message from Workday. Please do not reply.
""",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Northlight Regional Medical",
            role="Respiratory Therapist II",
            interviewers=["Colleen Aukongak", "Ben Strasburger"],
            notes="Workday, numeric US date with 'AKDT' only; sent to the user's second address.",
        ),
    )
)

# --- Ashby confirmation, Lagos, WAT, UTC calendar --------------------------------------------
S = "2029-03-07 14:00"
add(
    invite(
        CHIDERA,
        "ashby-confirm-palmgrove-lagos",
        "interview",
        start=S,
        zone=None,
        utc_zone="Africa/Lagos",
        minutes=45,
        summary="Palmgrove Pay: Product Manager - Chidera Okonkwo-Bello",
        organizer=("Palmgrove Pay Recruiting", "recruiting@palmgrovepay.example"),
        attendees=[
            ("Tobenna Eze", "tobenna.eze@palmgrovepay.example"),
            ("Chidera Okonkwo-Bello", "chidera.obello@example.org"),
        ],
        prodid="-//Ashby//Ashby Scheduling//EN",
        frm=("Palmgrove Pay", "no-reply@ashbyhq.com"),
        reply_to=("Ifeoma Nwachukwu", "ifeoma.n@palmgrovepay.example"),
        subject="Interview confirmed: Product Manager at Palmgrove Pay",
        date=dh("2029-03-02 12:10:00", "Africa/Lagos"),
        body=f"""Hi Chidera,

You're confirmed for your Product Sense interview for the Product Manager role.

When: {when(S, "Africa/Lagos")} at {t12(S)} WAT (45 min)
With: Tobenna Eze, Group Product Manager
Where: Google Meet (see calendar invite)

A calendar invite is attached. Need to make changes? Just reply and Ifeoma will help.

Palmgrove Pay Recruiting
""",
        html_auto=True,
        label=iv(
            iso(S, "Africa/Lagos"),
            None,
            company="Palmgrove Pay",
            role="Product Manager",
            interviewers=["Tobenna Eze"],
            emails=["tobenna.eze@palmgrovepay.example"],
            notes="Ashby confirmation, 'WAT' only; attached calendar in UTC (13:00Z).",
        ),
    )
)

# --- SmartRecruiters, Colombo, base64 HTML --------------------------------------------------
S = "2029-03-15 10:30"
x = local(S, "Asia/Colombo")
add(
    mail(
        DILINI,
        "smartrecruiters-b64-lagoonbay-colombo",
        "interview",
        frm=("Lagoon Bay Apparel", "notification@smartrecruiters.com"),
        reply_to=("Shehani Gunaratne", "shehani.gunaratne@lagoonbay.example"),
        subject="Interview invitation - Merchandising Executive",
        date=dh("2029-03-08 15:45:00", "Asia/Colombo"),
        rich=html_page(
            paras(
                f"""Dear Dilini,

We are pleased to invite you to an interview for the Merchandising Executive position at Lagoon Bay Apparel.

Date: {x.day} {x:%b} {x.year} ({x:%A})
Time: {t24(S)} (GMT+05:30) Colombo
Venue: Lagoon Bay Apparel, No. 42, Duplication Road, Colombo 03 - 4th floor reception

You will meet Mr. Ruwan Jayasekara (Merchandising Manager) and Ms. Shehani Gunaratne (HR Executive).

Kindly bring your NIC and original certificates.

Best regards,
Lagoon Bay Apparel Recruitment Team"""
            )
        ),
        cte="base64",
        label=iv(
            iso(S, "Asia/Colombo"),
            "Asia/Colombo",
            company="Lagoon Bay Apparel",
            role="Merchandising Executive",
            interviewers=["Ruwan Jayasekara", "Shehani Gunaratne"],
            notes="SmartRecruiters HTML only, base64; day-first '15 Mar 2029 (Thursday)'; the HR "
            "executive is on the panel.",
        ),
    )
)

# --- iCIMS, Chicago, Central Time -------------------------------------------------------------
S = "2029-03-21 11:00"
add(
    mail(
        DESHAWN,
        "icims-scheduled-lakeport-chicago",
        "interview",
        frm=("Lakeport Community Bank Careers", "careers-noreply@icims.com"),
        subject="Interview Scheduled: Commercial Credit Analyst",
        date=dh("2029-03-15 13:03:00", "America/Chicago"),
        body=f"""Dear DeShawn,

Thank you for your interest in Lakeport Community Bank. Your interview has been scheduled as follows:

Position: Commercial Credit Analyst (Req #2029-1182)
Date: {when(S, "America/Chicago")}
Time: {t12(S)} Central Time
Format: Microsoft Teams video interview
Interviewer(s): Gloria Penhallow, VP Commercial Lending

A Teams link will be emailed to you separately by the interviewer.

Sincerely,
Talent Acquisition
Lakeport Community Bank

*** This mailbox is not monitored. Please do not reply to this message. ***
""",
        label=iv(
            iso(S, "America/Chicago"),
            "America/Chicago",
            company="Lakeport Community Bank",
            role="Commercial Credit Analyst",
            interviewers=["Gloria Penhallow"],
            notes="iCIMS confirmation with a not-monitored footer; 'Central Time' (CDT).",
        ),
    )
)

# --- Jobvite, Brisbane ----------------------------------------------------------------------
S = "2029-04-12 10:00"
add(
    mail(
        TAYLA,
        "jobvite-confirm-moreton-ports-brisbane",
        "interview",
        frm=("Moreton Ports Authority", "notifications@jobvite.com"),
        reply_to=("Careers - Moreton Ports", "careers@moretonports.example"),
        subject="Interview confirmation - Environmental Compliance Advisor",
        date=dh("2029-04-05 14:30:00", "Australia/Brisbane"),
        body=f"""Hi Tayla,

Thank you for accepting our interview invitation. Please find the details below.

Date: {d(S, "uky")}
Time: 10:00 AM AEST (Brisbane)
Format: In person - Port Office, 1 Port Central Drive, Port of Brisbane
Panel: Stuart Mackellar (Environment Manager), Priyanka Deshmukh (Principal Advisor, Compliance)

Parking is available in the visitor bays at the front of the building.

Kind regards,
Talent Team, Moreton Ports Authority
""",
        html_auto=True,
        label=iv(
            iso(S, "Australia/Brisbane"),
            "Australia/Brisbane",
            company="Moreton Ports Authority",
            role="Environmental Compliance Advisor",
            interviewers=["Stuart Mackellar", "Priyanka Deshmukh"],
            notes="Jobvite confirmation, 'AEST (Brisbane)' (no DST in Queensland).",
        ),
    )
)

# --- Teamtailor interview booked, Amsterdam, with a PUBLISH calendar -----------------------
S = "2029-04-03 14:00"
x = local(S, "Europe/Amsterdam")
add(
    invite(
        JOOST,
        "teamtailor-booked-grachtwerk-amsterdam",
        "interview",
        start=S,
        zone="Europe/Amsterdam",
        minutes=60,
        summary="Interview Joost van Leeuwarden - Grachtwerk",
        organizer=("Femke Zwart", "femke.zwart@grachtwerk.example"),
        attendees=[("Femke Zwart", "femke.zwart@grachtwerk.example")],
        prodid="-//Teamtailor//Teamtailor Calendar//EN",
        method="PUBLISH",
        location="Grachtwerk, Keizersgracht 212, Amsterdam",
        frm=("Grachtwerk", "no-reply@teamtailor-mail.com"),
        reply_to=("Femke Zwart", "femke.zwart@grachtwerk.example"),
        subject="Interview booked with Grachtwerk",
        date=dh("2029-03-27 09:12:00", "Europe/Amsterdam"),
        body=f"""Hi Joost,

Your interview for the position Backend Developer (Elixir) has been booked.

{x:%A} {x.day} {x:%B} {x.year}, {t24(S)} - {t24(plus(S, 60))} (Europe/Amsterdam)
Grachtwerk, Keizersgracht 212, Amsterdam

You'll meet Femke Zwart (Engineering Lead).

See you soon!
Grachtwerk
""",
        label=iv(
            iso(S, "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Grachtwerk",
            role="Backend Developer (Elixir)",
            interviewers=["Femke Zwart"],
            emails=["femke.zwart@grachtwerk.example"],
            notes="Teamtailor booking with a PUBLISH .ics; first week of CEST.",
        ),
    )
)

# --- Recruitee, Rome, CET the week before the switch ----------------------------------------
S = "2029-03-19 11:30"
add(
    mail(
        GIULIA,
        "recruitee-scheduled-ventoblu-rome",
        "interview",
        frm=("Ventoblu Energia", "ventoblu@recruitee.com"),
        reply_to=("Chiara Lombardozzi", "chiara.lombardozzi@ventoblu.example"),
        subject="Interview scheduled: Grid Integration Engineer",
        date=dh("2029-03-12 17:20:00", "Europe/Rome"),
        body=f"""Hi Giulia,

Great news! Your interview has been scheduled.

{d(S, "uky")}, {t24(S)} - {t24(plus(S, 45))} (CET)
Video call: https://meet.ventoblu.example/grid-interview

Interviewers: Matteo Caruso-Bianchi, Head of Grid Integration; Chiara Lombardozzi, Talent Partner

Best regards,
Ventoblu Energia
""",
        html_auto=True,
        label=iv(
            iso(S, "Europe/Rome"),
            None,
            company="Ventoblu Energia",
            role="Grid Integration Engineer",
            interviewers=["Matteo Caruso-Bianchi", "Chiara Lombardozzi"],
            notes="Recruitee; 'CET' only; the talent partner is listed as an interviewer.",
        ),
    )
)

# --- BambooHR phone screen, Vancouver --------------------------------------------------------
S = "2029-04-03 11:00"
add(
    mail(
        HARPREET,
        "bamboohr-phone-screen-fernwood-vancouver",
        "interview",
        frm=("Fernwood Outdoor Co.", "notifications@app.bamboohr.com"),
        reply_to=("Megan Lockyer", "megan.lockyer@fernwoodoutdoor.example"),
        subject="Phone interview with Fernwood Outdoor Co.",
        date=dh("2029-03-29 15:40:00", "America/Vancouver"),
        body=f"""Hi Harpreet,

Thank you for applying for the E-commerce Analyst position. I'd like to confirm a 30-minute phone interview on {d(S, "us")} at 11:00 AM Pacific Time (Vancouver). I'll call you at the number on your application.

Talk soon,
Megan Lockyer
People & Culture, Fernwood Outdoor Co.
""",
        label=iv(
            iso(S, "America/Vancouver"),
            "America/Vancouver",
            company="Fernwood Outdoor Co.",
            role="E-commerce Analyst",
            interviewers=["Megan Lockyer"],
            notes="BambooHR phone screen; the caller is the interviewer.",
        ),
    )
)

# --- Pinpoint, Nairobi, EAT -----------------------------------------------------------------
S = "2029-02-28 09:00"
add(
    mail(
        WANJIRU,
        "pinpoint-interview-savannahgrid-nairobi",
        "interview",
        frm=("Savannah Grid Solar", "no-reply@pinpointhq.com"),
        reply_to=("Recruitment - Savannah Grid", "jobs@savannahgrid.example"),
        subject="Interview invitation confirmed - Finance Business Partner",
        date=dh("2029-02-22 11:14:00", "Africa/Nairobi"),
        body=f"""Hi Nyokabi,

Thanks for booking a slot. Your interview is confirmed:

{d(S, "uky")}
09:00 - 10:00 EAT
Savannah Grid Solar, 5th Floor, Mirage Tower, Chiromo Road, Westlands

Panel: Njeri Mwangi-Kariuki (CFO) and Samuel Otieno (Financial Controller)

Regards,
Savannah Grid Solar Talent Team
""",
        html_auto=True,
        label=iv(
            iso(S, "Africa/Nairobi"),
            None,
            company="Savannah Grid Solar",
            role="Finance Business Partner",
            interviewers=["Njeri Mwangi-Kariuki", "Samuel Otieno"],
            notes="Pinpoint confirmation after self-booking; 'EAT' only.",
        ),
    )
)

# --- Rippling ATS, Denver, after the switch -------------------------------------------------
S = "2029-04-12 09:00"
add(
    mail(
        MCKENNA,
        "rippling-onsite-sagebrush-denver",
        "interview",
        frm=("Sagebrush Analytics via Rippling", "no-reply@rippling.com"),
        reply_to=("Tessa Marchbanks", "tessa.marchbanks@sagebrush.example"),
        subject="Your onsite interview at Sagebrush Analytics",
        date=dh("2029-04-04 16:05:00", "America/Denver"),
        body=f"""Hi McKenna,

We're excited to host you for your onsite interview for Senior Data Engineer.

Date: {d(S, "usy")}
Arrival: 8:45 AM Mountain Time (MT) - check in at the 3rd floor front desk
Address: 1550 Wynkoop St, Suite 300, Denver, CO

Schedule
9:00 - 9:45 AM  Technical deep dive with Oren Blaustein
9:45 - 10:30 AM  Data modeling with Priscilla Amankwah
10:30 - 11:00 AM  Culture conversation with Tessa Marchbanks

Lunch will be provided afterwards with the team.

Tessa Marchbanks
Recruiting, Sagebrush Analytics
""",
        label=iv(
            iso(S, "America/Denver"),
            "America/Denver",
            company="Sagebrush Analytics",
            role="Senior Data Engineer",
            interviewers=["Oren Blaustein", "Priscilla Amankwah", "Tessa Marchbanks"],
            notes="Rippling onsite agenda; starts at the first session (9:00), not arrival (8:45).",
        ),
    )
)

# --- Paradox-style assistant, Anchorage, retail -----------------------------------------------
S = "2029-03-30 15:00"
add(
    mail(
        DAKOTA,
        "paradox-olivia-tundrabay-anchorage",
        "interview",
        frm=("Olivia from Tundra Bay Outfitters", "olivia@paradox.ai"),
        subject="You're all set for your interview!",
        date=dh("2029-03-27 19:02:00", "America/Anchorage"),
        body=f"""Hi Dakota! You're all set.

Interview for: Assistant Store Manager
With: Shawna Pete, Store Manager
When: {d(S, "short")} at {t12(S)}
Where: Tundra Bay Outfitters - Dimond Center, 800 E Dimond Blvd, Anchorage

Please bring a photo ID. Reply R to reschedule or C to cancel.

- Olivia, Tundra Bay Outfitters' virtual recruiting assistant
""",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Tundra Bay Outfitters",
            role="Assistant Store Manager",
            interviewers=["Shawna Pete"],
            notes="Conversational-assistant confirmation, no zone (local store, AKDT).",
        ),
    )
)

# --- Calendly invitee confirmation, Dubai -----------------------------------------------------
S = "2029-04-16 11:00"
add(
    mail(
        FARIDA,
        "calendly-confirmed-oasisleaf-dubai",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Inês Carvalho", "ines.carvalho@oasisleaf.example"),
        subject=f"Confirmed: Category Buyer - screening interview with Inês Carvalho on {when(S, 'Asia/Dubai')}",
        date=dh("2029-04-09 08:47:00", "Asia/Dubai"),
        body=f"""Hi Farida Al-Mansoori,

Your Category Buyer - screening interview with Inês Carvalho at {t12(S, compact=True)} (Gulf Standard Time) on {when(S, "Asia/Dubai")} is scheduled.

Event Type:
Oasisleaf | Category Buyer - screening interview

Invitee:
Farida Al-Mansoori

Location:
This is a Microsoft Teams web conference.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8f1c2a77
Reschedule: https://calendly.com/reschedulings/8f1c2a77

Powered by Calendly.com
""",
        label=iv(
            iso(S, "Asia/Dubai"),
            "Asia/Dubai",
            company="Oasisleaf",
            role="Category Buyer",
            interviewers=["Inês Carvalho"],
            notes="Calendly invitee confirmation; the company is named only in the event type "
            "and the reply-to domain.",
        ),
    )
)

# --- HubSpot meetings, Adelaide after DST ends -----------------------------------------------
S = "2029-04-11 11:00"
add(
    mail(
        BRODIE,
        "hubspot-meeting-booked-quorn-adelaide",
        "interview",
        frm=("Jess Pannell", "jess.pannell@quornsystems.example"),
        sender="HubSpot Meetings <meetings@hubspot.com>",
        subject="Meeting booked: Interview - Solutions Engineer, Quorn Systems",
        date=dh("2029-04-06 12:00:00", "Australia/Adelaide"),
        body=f"""Your meeting is booked.

Interview - Solutions Engineer, Quorn Systems
{d(S, "usy")}, {t12(S, compact=True)} - {t12(plus(S, 60), compact=True)} (Australia/Adelaide)

Meeting with: Jess Pannell, Head of Pre-Sales
Location: Google Meet link in the calendar invitation

Hi Brodie - looking forward to it. Bring one deal you're proud of and one you lost.
""",
        html_auto=True,
        label=iv(
            iso(S, "Australia/Adelaide"),
            "Australia/Adelaide",
            company="Quorn Systems",
            role="Solutions Engineer",
            interviewers=["Jess Pannell"],
            notes="HubSpot meeting-link booking; ACST (+09:30) ten days after Adelaide's switch.",
        ),
    )
)

# --- GoodTime reminder, Warsaw onsite --------------------------------------------------------
S = "2029-04-19 10:00"
add(
    mail(
        ZOFIA,
        "goodtime-reminder-vistulabank-warsaw",
        "interview",
        frm=("Vistula Digital Bank Recruiting", "scheduling@goodtime.io"),
        subject="Reminder: your interviews with Vistula Digital Bank tomorrow",
        date=dh("2029-04-18 09:00:00", "Europe/Warsaw"),
        body=f"""Hi Zofia,

This is a friendly reminder about your interviews tomorrow, {d(S, "usy")} (Central European Summer Time - Warsaw).

10:00 - 11:00  Threat modelling - Kacper Jędrzejczak
11:15 - 12:00  Incident response - Marta Olszewska
12:00 - 12:30  Hiring manager - Andrzej Pietrzykowski

Address: Vistula Digital Bank, ul. Grzybowska 62, Warsaw. Ask for the recruiting team at reception.

Good luck!
Vistula Digital Bank Recruiting
""",
        label=iv(
            iso(S, "Europe/Warsaw"),
            "Europe/Warsaw",
            company="Vistula Digital Bank",
            role=None,
            interviewers=["Kacper Jędrzejczak", "Marta Olszewska", "Andrzej Pietrzykowski"],
            notes="GoodTime reminder the day before, three sessions; 24-hour times.",
        ),
    )
)

# --- ModernLoop virtual onsite in Eastern Time for a Halifax user --------------------------
S = "2029-04-09 10:00"
add(
    mail(
        GRAYSON,
        "modernloop-virtual-onsite-tidewright",
        "interview",
        frm=("Tidewright Insurance Recruiting", "no-reply@modernloop.io"),
        reply_to=("Priya Chakraborty", "priya.chakraborty@tidewright.example"),
        subject="Your virtual onsite with Tidewright Insurance",
        date=dh("2029-04-02 13:10:00", "America/New_York"),
        body=f"""Hi Grayson,

Here is your interview schedule for the Pricing Actuary role. All times are Eastern Time (ET).

{d(S, "usy")}
10:00 AM - 10:45 AM  Technical pricing - Olamide Fashola
10:45 AM - 11:30 AM  Stakeholder case - Regina Haverkamp
11:45 AM - 12:15 PM  Values conversation - Curtis Nakamura-Reid

Each session has its own Zoom link in the calendar invites you'll receive separately.

Priya Chakraborty
Recruiting Coordinator
""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Tidewright Insurance",
            role="Pricing Actuary",
            interviewers=["Olamide Fashola", "Regina Haverkamp", "Curtis Nakamura-Reid"],
            notes="ModernLoop agenda in Eastern Time for a user in Halifax (11:00 ADT); "
            "coordinator is not an interviewer.",
        ),
    )
)

# --- Zoom Scheduler booking, Bogotá ---------------------------------------------------------
S = "2029-04-04 16:00"
add(
    invite(
        SEBASTIAN,
        "zoom-scheduler-quetzal-bogota",
        "interview",
        start=S,
        zone="America/Bogota",
        minutes=30,
        summary="Recruiter screen: Quetzal Payments x Sebastián Rengifo Ariza",
        organizer=("Hollis Vandermeer", "hollis.vandermeer@quetzalpay.example"),
        attendees=[("Sebastián Rengifo Ariza", "sebastian.rengifo@example.com")],
        prodid=ZOOM,
        location="https://zoom.us/j/93316628410",
        frm=("Zoom Scheduler", "no-reply@zoom.us"),
        reply_to=("Hollis Vandermeer", "hollis.vandermeer@quetzalpay.example"),
        subject="Appointment confirmed: Recruiter screen with Hollis Vandermeer",
        date=dh("2029-03-30 10:26:00", "America/Bogota"),
        body=f"""Your appointment is scheduled

Recruiter screen with Hollis Vandermeer
{when(S, "America/Bogota")}
{t12(S)} - {t12(plus(S, 30))} (GMT-5:00) Bogota

Join Zoom meeting: https://zoom.us/j/93316628410

Position: Staff Backend Engineer, LatAm
""",
        label=iv(
            iso(S, "America/Bogota"),
            "America/Bogota",
            company="Quetzal Payments",
            role="Staff Backend Engineer, LatAm",
            interviewers=["Hollis Vandermeer"],
            emails=["hollis.vandermeer@quetzalpay.example"],
            notes="Zoom Scheduler booking with an .ics; the recruiter screen is the interview.",
        ),
    )
)

# --- Google appointment schedule booking, Ho Chi Minh City ---------------------------------
S = "2029-02-27 15:00"
x = local(S, "Asia/Ho_Chi_Minh")
add(
    invite(
        THAO,
        "google-appointment-booked-lotusgate",
        "interview",
        start=S,
        zone="Asia/Ho_Chi_Minh",
        minutes=45,
        summary="Design interview (Lotusgate Studio)",
        organizer=("Lena Fischbach", "lena.fischbach@lotusgate.example"),
        attendees=[("Trần Minh Khuê", "khue.tranminh@example.org")],
        prodid=GOOGLE,
        ics_mode="both",
        frm=("Lena Fischbach", "lena.fischbach@lotusgate.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        subject=f"Appointment booked: Design interview (Lotusgate Studio) @ {x:%a} {x:%b} {x.day}, {x.year} {t12(S, compact=True)} - {t12(plus(S, 45), compact=True)} (ICT)",
        date=dh("2029-02-20 20:11:00", "Asia/Ho_Chi_Minh"),
        body=f"""Appointment booked
Design interview (Lotusgate Studio)
{x:%A} {x:%b} {x.day}, {x.year} ⋅ {t12(S, compact=True)} – {t12(plus(S, 45), compact=True)} (Indochina Time - Ho Chi Minh City)

Booked by
Trần Minh Khuê
khue.tranminh@example.org

Join with Google Meet
meet.google.com/vhn-kqpe-rtz

Lena Fischbach will interview you for the UX Designer opening.

Invitation from Google Calendar
""",
        label=iv(
            iso(S, "Asia/Ho_Chi_Minh"),
            "Asia/Ho_Chi_Minh",
            company="Lotusgate Studio",
            role="UX Designer",
            interviewers=["Lena Fischbach"],
            emails=["lena.fischbach@lotusgate.example"],
            notes="Google appointment-schedule booking made by the user.",
        ),
    )
)

# --- Paradox cancellation, Anchorage ---------------------------------------------------------
S = "2029-04-06 13:00"
add(
    mail(
        DAKOTA,
        "paradox-cancelled-glacierview-anchorage",
        "interview_cancelled",
        frm=("Olivia from Glacierview Grocers", "olivia@paradox.ai"),
        subject="Your interview has been canceled",
        date=dh("2029-04-04 08:30:00", "America/Anchorage"),
        body=f"""Hi Dakota, your interview for Deli Team Lead with Marvin Kasayulie on {d(S, "short")} at {t12(S)} has been canceled by the hiring team. If you'd like to pick a new time, reply YES and I'll send you available slots.

- Olivia, Glacierview Grocers
""",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Glacierview Grocers",
            role="Deli Team Lead",
            interviewers=["Marvin Kasayulie"],
            notes="Assistant-style cancellation with an offer to rebook (nothing booked yet).",
        ),
    )
)

# --- Scheduling requests -------------------------------------------------------------------
add(
    mail(
        JOLINA,
        "greenhouse-availability-tindalo-manila",
        "scheduling_request",
        frm=("Tindalo Health Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Marco Quisumbing", "marco.quisumbing@tindalohealth.example"),
        subject="Tindalo Health - Please submit your availability",
        date=dh("2029-02-15 10:04:00", "Asia/Manila"),
        body="""Hi Jolina,

Thanks for your interest in the Patient Support Team Lead role! We'd like to schedule your next interview with our Operations Director.

Please let us know your availability over the next week using the link below (times are shown in your local time zone):

https://app.greenhouse.io/availability/7dd3a1c0-2f1b-4b2e

Best,
Marco Quisumbing
Tindalo Health
""",
        label=note(
            "Greenhouse availability request; nothing booked.",
            company="Tindalo Health",
            role="Patient Support Team Lead",
        ),
    )
)
add(
    mail(
        SEOYEON,
        "gem-scheduling-link-orrery-seoul",
        "scheduling_request",
        frm=("Daniela Strauss-Kim", "daniela@orrerylabs.example"),
        sender="Daniela Strauss-Kim via Gem <daniela=orrerylabs.example@gem.com>",
        subject="Orrery Labs - next step for ML Infrastructure",
        date=dh("2029-03-05 09:40:00", "Asia/Seoul"),
        body="""Hi Ha-eun,

Great speaking with you on Friday. The team would love to move you forward to a technical conversation with two of our ML infra engineers.

You can grab any 60-minute slot that works for you here (it shows your local time): https://gem.com/schedule/orrery/ml-infra-r2

If nothing works across the time difference, tell me a few windows and I'll make it happen.

Daniela
""",
        label=note(
            "Gem-sent self-scheduling link; nothing booked yet.",
            company="Orrery Labs",
            role="ML Infrastructure",
        ),
    )
)
add(
    mail(
        EERO,
        "goodtime-pick-slots-northfjord",
        "scheduling_request",
        frm=("Northfjord Maritime Recruiting", "scheduling@goodtime.io"),
        subject="Northfjord Maritime: choose a time for your interview",
        date=dh("2029-04-02 08:15:00", "Europe/Helsinki"),
        body=f"""Hi Eero,

Please select one of the following times for your 45-minute interview for Embedded Software Engineer (all times Eastern European Summer Time):

- {d("2029-04-05", "us")}, 10:00 AM
- {d("2029-04-05", "us")}, 2:30 PM
- {d("2029-04-06", "us")}, 11:00 AM

Choose a time: https://app.goodtime.io/c/7Bfq29a

Northfjord Maritime Recruiting
""",
        label=note(
            "GoodTime slot picker listing three options; none chosen.",
            company="Northfjord Maritime",
        ),
    )
)
add(
    mail(
        CHIDERA,
        "lever-self-schedule-kolanut-lagos",
        "scheduling_request",
        frm=("Kolanut Health", "no-reply@hire.lever.co"),
        reply_to=("Bisola Adeyemi-Okafor", "bisola@kolanut.example"),
        subject="Schedule your interview with Kolanut Health",
        date=dh("2029-04-10 10:00:00", "Africa/Lagos"),
        body="""Hi Chidera,

We'd love to learn more about you! Please use the link below to schedule your 30-minute call with our Head of Product for the Senior Product Manager role.

Schedule interview: https://hire.lever.co/interviews/schedule/4a1b77e9

This link expires in 5 days.

Kolanut Health Talent
""",
        label=note(
            "Lever self-scheduling link with an expiry; nothing booked.", company="Kolanut Health"
        ),
    )
)
add(
    mail(
        GIULIA,
        "doodle-poll-second-round-portofino",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Alessandro Peretti", "alessandro.peretti@portofinomarine.example"),
        subject="Alessandro Peretti invites you to vote: Second interview - Giulia Ferrandino",
        date=dh("2029-04-13 12:30:00", "Europe/Rome"),
        body="""Alessandro Peretti has invited you to a group poll.

Second interview - Giulia Ferrandino
Please choose all the times you can join. Alessandro and Federica Sbarra will decide once everyone has voted.

Vote now: https://doodle.com/meeting/participate/id/eB7Xq2Rb

Options: 5 times between 23 and 26 April
""",
        label=note(
            "Doodle poll for a second interview; no time fixed.",
            company="Portofino Marine",
        ),
    )
)
add(
    mail(
        KWAME,
        "calendly-link-recruiter-accra",
        "scheduling_request",
        frm=("Efua Mensah-Bonsu", "efua.mensahbonsu@goldcoasttalent.example"),
        subject="Operations Director role - quick chat?",
        date=dh("2029-02-19 11:05:00", "Africa/Accra"),
        body="""Hi Kwame,

Thanks for the CV. Before I put you forward to our client (a pan-African logistics group, confidential for now) I'd like a 20-minute screening call.

Please pick a time that suits you here: https://calendly.com/efua-gct/20min

Warm regards,
Efua Mensah-Bonsu
Principal Consultant, Gold Coast Talent
""",
        label=note("Agency recruiter sends a Calendly link for a screening call; not booked."),
    )
)
