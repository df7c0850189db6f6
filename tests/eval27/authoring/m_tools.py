"""Mail from applicant-tracking systems, scheduling tools and calendars: bookings with their
``.ics``, multi-stage loops, updates (SEQUENCE), cancellations (METHOD:CANCEL), pick-a-time
links and one-way video tasks."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    APPLE,
    ASHBY,
    BAMBOO,
    CALENDLY,
    CASSIA,
    DECLAN,
    DEWI,
    EVANDER,
    FERGAL,
    GREENHOUSE,
    GRETCHEN,
    HAMISH,
    HOLLIS,
    JAZZHR,
    JOLENE,
    KAVITHA,
    LEVER,
    LORCAN,
    MARISA,
    MODERNLOOP,
    MSBOOKINGS,
    OUTLOOK,
    PINPOINT,
    PRISCILLA,
    RAJIV,
    ROHAN,
    SANTI,
    SEUN,
    SMARTRECRUITERS,
    TAMSIN,
    THEA,
    TOBIAS,
    TOMASZ,
    WAMBUI,
    WEBEX_SITE,
    YUSUF,
    ZOOM,
    ZOOM_SCHEDULER,
    ampm,
    booking,
    cal_mail,
    d,
    dh,
    google,
    lab,
    note,
    outlook,
    plus,
    t12,
    t24,
    tool,
)

G1 = "2046-07-19 09:00"
L1 = "2046-07-25 13:30"
A1 = "2046-08-21 11:00"
SR1 = "2046-09-06 14:00"
ML1 = "2046-08-28 10:00"
CAL1 = "2046-07-13 15:00"
CAL2 = "2046-08-03 10:30"
MB1 = "2046-09-11 10:00"
ZS1 = "2046-08-16 16:00"
GA1 = "2046-07-30 14:00"
GI1 = "2046-09-14 11:00"
GU1 = "2046-08-17 15:00"
OL1 = "2046-07-18 10:00"
OL2 = "2046-08-23 15:00"
OL3 = "2046-09-20 09:00"
AP1 = "2046-07-26 13:00"
WX1 = "2046-08-15 10:00"
ZM1 = "2046-09-04 12:00"
BB1 = "2046-07-20 11:00"
JZ1 = "2046-08-10 09:30"
PP1 = "2046-09-25 10:00"
WK1 = "2046-08-30 14:00"

MESSAGES = [
    booking(
        THEA,
        "greenhouse-virtual-onsite-loop",
        "interview",
        prodid=GREENHOUSE,
        start=G1,
        zone="America/New_York",
        minutes=240,
        summary="Virtual Onsite: Thea Blackmore-Lindgren - Senior Data Engineer",
        organizer=("Mia Castellano", "mia.castellano@orchardline.example"),
        attendees=[
            ("Jonah Feld", "jonah.feld@orchardline.example"),
            ("Anika Sharma", "anika.sharma@orchardline.example"),
            ("Rob Delacroix", "rob.delacroix@orchardline.example"),
            ("Yvette Mbah", "yvette.mbah@orchardline.example"),
        ],
        date=dh("2046-07-12 14:22", "America/New_York"),
        frm=("Orchardline Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Mia Castellano", "mia.castellano@orchardline.example"),
        subject="Your Virtual Onsite with Orchardline is confirmed",
        location="Zoom (links below)",
        body=f"""Hi Thea,

Your virtual onsite for the Senior Data Engineer role at Orchardline is confirmed for
{d(G1, "usy")}. All times are Eastern Time (US & Canada).

{t12(G1)} - {t12(plus(G1, 60))}  Jonah Feld, Engineering Manager - Experience & Goals
{t12(plus(G1, 60))} - {t12(plus(G1, 120))}  Anika Sharma, Staff Engineer - Data Modeling
{t12(plus(G1, 120))} - {t12(plus(G1, 150))}  Break
{t12(plus(G1, 150))} - {t12(plus(G1, 210))}  Rob Delacroix, Senior Engineer - Pipelines & Debugging
{t12(plus(G1, 210))} - {t12(plus(G1, 240))}  Yvette Mbah, Director of Data - Values

Each session has its own Zoom link in the attached calendar invitation. If you need to
reschedule, reply to this email.

Thanks,
Mia Castellano
Recruiting Coordinator, Orchardline

Powered by Greenhouse
""",
        label=lab(
            G1,
            "America/New_York",
            company="Orchardline",
            role="Senior Data Engineer",
            who=["Jonah Feld", "Anika Sharma", "Rob Delacroix", "Yvette Mbah"],
            emails=[
                "jonah.feld@orchardline.example",
                "anika.sharma@orchardline.example",
                "rob.delacroix@orchardline.example",
                "yvette.mbah@orchardline.example",
            ],
            notes="Greenhouse loop of four; the calendar's start is the first session. "
            "'Eastern Time (US & Canada)' is a region name, null zone.",
        ),
    ),
    booking(
        JOLENE,
        "lever-phone-screen-confirmation",
        "interview",
        prodid=LEVER,
        start=L1,
        zone="America/Los_Angeles",
        minutes=30,
        summary="Phone Screen - Jolene Castellanos-Reid <> Tidewater Bio",
        organizer=("Sam Ortiz", "sam.ortiz@tidewater-bio.example"),
        attendees=[("Sam Ortiz", "sam.ortiz@tidewater-bio.example")],
        date=dh("2046-07-20 11:02", "America/Los_Angeles"),
        frm=("Sam Ortiz", "sam.ortiz@tidewater-bio.example"),
        sender="no-reply@hire.lever.co",
        subject="Interview confirmation: Phone Screen with Tidewater Bio",
        location="Phone - Sam will call you",
        body=f"""Hi Jolene,

Thanks for scheduling! Here are the details for your phone screen:

When: {d(L1, "us")}, {t12(L1)} - {t12(plus(L1, 30))} PDT
Where: Sam will call you at the number on your application
Interviewer: Sam Ortiz, Senior Recruiter

Looking forward to speaking with you.

Sam

Sent via Lever
""",
        label=lab(
            L1,
            "America/Los_Angeles",
            company="Tidewater Bio",
            who=["Sam Ortiz"],
            emails=["sam.ortiz@tidewater-bio.example"],
            notes="The recruiter runs the phone screen himself, so he counts.",
        ),
    ),
    tool(
        GRETCHEN,
        "workday-interview-scheduled-html",
        "interview",
        sent="2046-08-14 06:12",
        zone="America/Chicago",
        frm=("Prairieland Mutual Careers", "prairieland@myworkday.com"),
        subject="Interview Scheduled - Financial Systems Analyst (R-004417)",
        html_only=True,
        body=f"""Dear Gretchen,

Your interview has been scheduled. Please see the details below.

Job Requisition: R-004417 Financial Systems Analyst
Interview Date: {d(A1, "usy")}
Start Time: 11:00 AM Central Daylight Time
Duration: 60 minutes
Interviewers: Dale Weatherford; Anjali Rao
Location: Microsoft Teams (the meeting link will be sent separately by the hiring team)

To view your application status, sign in to your candidate home account:
https://prairieland.wd5.myworkday.com/prairieland/d/home.htmld

Please do not reply to this message. This mailbox is not monitored.

Prairieland Mutual Insurance Company
""",
        label=lab(
            A1,
            "America/Chicago",
            company="Prairieland Mutual",
            role="Financial Systems Analyst",
            who=["Dale Weatherford", "Anjali Rao"],
            notes="Workday HTML-only notification; CDT spelled out as a region name.",
        ),
    ),
    booking(
        EVANDER,
        "ashby-onsite-confirmed-vancouver",
        "interview",
        prodid=ASHBY,
        start=SR1,
        zone="America/Vancouver",
        minutes=120,
        summary="Onsite Interview - Evander Quillfeldt-Asiamah (Product Designer)",
        organizer=("Priya Chandran", "priya@mossgrove.example"),
        attendees=[
            ("Theo Lambert", "theo@mossgrove.example"),
            ("Chloe Mancuso", "chloe@mossgrove.example"),
        ],
        date=dh("2046-08-29 10:40", "America/Vancouver"),
        frm=("Mossgrove Recruiting", "no-reply@ashbyhq.com"),
        subject="Confirmed: Onsite Interview with Mossgrove",
        location="Mossgrove, 400 Granville St, Suite 900, Vancouver",
        body=f"""Hi Evander,

Your onsite interview for Product Designer is confirmed.

{d(SR1, "us")} · {ampm(SR1)} - {ampm(plus(SR1, 120))} (Pacific Time)
Mossgrove, 400 Granville St, Suite 900, Vancouver - check in at the front desk on the
ground floor.

You'll meet:
Theo Lambert - Head of Design (portfolio review)
Chloe Mancuso - Senior Product Manager (collaboration)

Need to reschedule? https://jobs.ashbyhq.com/mossgrove/reschedule

Mossgrove
""",
        label=lab(
            SR1,
            "America/Vancouver",
            company="Mossgrove",
            role="Product Designer",
            who=["Theo Lambert", "Chloe Mancuso"],
            emails=["theo@mossgrove.example", "chloe@mossgrove.example"],
            notes="Ashby; organiser is the coordinator.",
        ),
    ),
    booking(
        TOMASZ,
        "smartrecruiters-interview-warsaw",
        "interview",
        prodid=SMARTRECRUITERS,
        start=ML1,
        zone="Europe/Warsaw",
        minutes=60,
        summary="Interview: Backend Engineer (Kotlin) - Tomasz Wierzbicki-Hart",
        organizer=("Agnieszka Wolna", "agnieszka.wolna@vistula-cloud.example"),
        attendees=[("Paweł Jurczak", "pawel.jurczak@vistula-cloud.example")],
        date=dh("2046-08-22 09:10", "Europe/Warsaw"),
        frm=("Vistula Cloud", "noreply@smartrecruiters.com"),
        subject="Interview invitation: Backend Engineer (Kotlin) at Vistula Cloud",
        location="Google Meet",
        body=f"""Hello Tomasz,

You have a confirmed interview for Backend Engineer (Kotlin) at Vistula Cloud.

Date: {d(ML1, "uky")}
Time: {t24(ML1)} - {t24(plus(ML1, 60))} (GMT+02:00) Central European Summer Time - Warsaw
Interviewer: Paweł Jurczak, Tech Lead
Location: Google Meet - https://meet.google.com/vxa-tnde-kqo

Add to calendar using the attachment.

Vistula Cloud Talent Team
Powered by SmartRecruiters
""",
        label=lab(
            ML1,
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Vistula Cloud",
            role="Backend Engineer (Kotlin)",
            who=["Paweł Jurczak"],
            emails=["pawel.jurczak@vistula-cloud.example"],
        ),
    ),
    tool(
        KAVITHA,
        "icims-select-interview-time",
        "scheduling_request",
        sent="2046-07-04 10:30",
        zone="Asia/Kolkata",
        frm=("Coromandel Health Careers", "coromandel-health@talent.icims.com"),
        subject="Action Required: Select your interview time - Clinical Data Manager",
        body="""Dear Kavitha,

Congratulations! The hiring team for Clinical Data Manager (Req #2046-3381) would like to
interview you. Please use the link below to choose a time that works for you. Available
slots are shown in your local time zone.

Select a time: https://careers-coromandelhealth.icims.com/jobs/3381/schedule

This link expires in 5 days.

Regards,
Coromandel Health Talent Acquisition
""",
        label=note("iCIMS self-scheduling link; nothing booked yet."),
    ),
    booking(
        CASSIA,
        "modernloop-final-loop-london",
        "interview",
        prodid=MODERNLOOP,
        start=ML1,
        zone="Europe/London",
        minutes=180,
        summary="Final Interviews - Cassia Wendover-Ilori - Staff Product Manager",
        organizer=("Ellie Fairbrother", "ellie.fairbrother@lanternfish.example"),
        attendees=[
            ("Dominic Achterberg", "dominic.a@lanternfish.example"),
            ("Shreya Balan", "shreya.balan@lanternfish.example"),
            ("Marcus Oyediran", "marcus.oyediran@lanternfish.example"),
        ],
        date=dh("2046-08-21 16:05", "Europe/London"),
        frm=("Lanternfish via ModernLoop", "scheduling@mail.modernloop.io"),
        subject="Your final interviews with Lanternfish are scheduled",
        location="Lanternfish, 2 Canal Reach, King's Cross, London N1C",
        body=f"""Hi Cassia,

Your final interviews for Staff Product Manager are scheduled. All times British Summer Time.

{d(ML1, "uk")}
{t24(ML1)} - {t24(plus(ML1, 45))}  Product sense - Dominic Achterberg (VP Product)
{t24(plus(ML1, 45))} - {t24(plus(ML1, 90))}  Execution - Shreya Balan (Group PM)
{t24(plus(ML1, 90))} - {t24(plus(ML1, 105))}  Break
{t24(plus(ML1, 105))} - {t24(plus(ML1, 180))}  Leadership & values - Marcus Oyediran (CPO)

Where: Lanternfish, 2 Canal Reach, King's Cross, London N1C - bring photo ID, reception on
the ground floor will issue a pass.

Questions? Reply to Ellie Fairbrother, your coordinator.
""",
        label=lab(
            ML1,
            "Europe/London",
            company="Lanternfish",
            role="Staff Product Manager",
            who=["Dominic Achterberg", "Shreya Balan", "Marcus Oyediran"],
            emails=[
                "dominic.a@lanternfish.example",
                "shreya.balan@lanternfish.example",
                "marcus.oyediran@lanternfish.example",
            ],
            notes="ModernLoop loop; the coordinator is left out.",
        ),
    ),
    tool(
        HOLLIS,
        "goodtime-pick-your-times",
        "scheduling_request",
        sent="2046-07-09 08:00",
        zone="America/Phoenix",
        frm=("Dustline Solar Recruiting", "scheduling@goodtime.io"),
        subject="Please share your availability for interviews with Dustline Solar",
        body="""Hi Hollis,

Dustline Solar would like to schedule your next round of interviews for Field Service
Engineer (3 x 45 minutes). Please let us know when you're available over the next two weeks
so we can coordinate with the interview team.

Share availability: https://app.goodtime.io/availability/ds-88f21c

Thank you,
Dustline Solar Recruiting Team
""",
        label=note("GoodTime availability request."),
    ),
    booking(
        SANTI,
        "calendly-booked-intro-call",
        "interview",
        prodid=CALENDLY,
        start=CAL1,
        zone="America/Bogota",
        minutes=30,
        summary="Intro call with Tidekelp Labs (Marta Ilves)",
        organizer=("Marta Ilves", "marta@tidekelp-labs.example"),
        attendees=[("Marta Ilves", "marta@tidekelp-labs.example")],
        date=dh("2046-07-06 12:41", "America/Bogota"),
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Marta Ilves", "marta@tidekelp-labs.example"),
        subject=f"New Event: Santiago Gaviria-Lowe - {t12(CAL1)} {d(CAL1, 'short')}, 2046 - "
        "Intro call with Tidekelp Labs",
        location="Zoom",
        body=f"""Hi Santiago Gaviria-Lowe,

A new event has been scheduled.

Event Type:
Intro call with Tidekelp Labs

Invitee:
Marta Ilves

Event Date/Time:
{t12(CAL1)} - {d(CAL1, "usy")} (Bogota, Lima, Quito Time)

Location:
This is a Zoom web conference. https://zoom.us/j/91207735510

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3f1e0c22
Reschedule: https://calendly.com/reschedulings/3f1e0c22

Powered by Calendly.com
""",
        label=lab(
            CAL1,
            "America/Bogota",
            "America/Bogota",
            company="Tidekelp Labs",
            who=["Marta Ilves"],
            emails=["marta@tidekelp-labs.example"],
            notes="Calendly confirmation of a booking on the hiring manager's page.",
        ),
    ),
    booking(
        SEUN,
        "calendly-cancelled-by-host",
        "interview_cancelled",
        prodid=CALENDLY,
        start=CAL2,
        zone="Africa/Lagos",
        minutes=45,
        summary="Screening Interview - Kolanut Pay",
        organizer=("Tunde Bakare", "tunde@kolanut-pay.example"),
        attendees=[("Tunde Bakare", "tunde@kolanut-pay.example")],
        date=dh("2046-07-31 19:20", "Africa/Lagos"),
        frm=("Calendly", "notifications@calendly.com"),
        subject=f"Canceled: Screening Interview - Kolanut Pay - {t12(CAL2)} {d(CAL2, 'short')}",
        method="CANCEL",
        body=f"""Hi Oluwaseun Adebanjo-Marsh,

Tunde Bakare has canceled the event below.

Event Type: Screening Interview - Kolanut Pay
Event Date/Time: {t12(CAL2)} - {d(CAL2, "usy")} (West Africa Time)

Cancellation reason: "Apologies - we've paused hiring for this role. I'll reach out if it
reopens."

Powered by Calendly.com
""",
        label=lab(
            CAL2,
            "Africa/Lagos",
            company="Kolanut Pay",
            notes="Host cancellation with METHOD:CANCEL; 'West Africa Time' is a region word.",
        ),
    ),
    booking(
        LORCAN,
        "microsoft-bookings-interview-slot",
        "interview",
        prodid=MSBOOKINGS,
        start=MB1,
        zone="Europe/Dublin",
        minutes=45,
        summary="Graduate Programme Interview",
        organizer=("Liffeyside Graduate Recruitment", "graduates@liffeyside-bank.example"),
        attendees=[("Niamh Gallagher", "niamh.gallagher@liffeyside-bank.example")],
        date=dh("2046-09-03 13:14", "Europe/Dublin"),
        frm=("Liffeyside Graduate Recruitment", "graduates@liffeyside-bank.example"),
        subject=f"Booking confirmed: Graduate Programme Interview for {d(MB1, 'abbr')}",
        location="Microsoft Teams meeting",
        body=f"""Liffeyside Bank

Your booking is confirmed

Graduate Programme Interview
{d(MB1, "uky")}
{t24(MB1)} - {t24(plus(MB1, 45))} (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Staff: Niamh Gallagher

Join your appointment: Microsoft Teams meeting link in the calendar invitation.

Manage booking: https://outlook.office365.com/owa/calendar/LiffeysideGrads@liffeyside-bank.example/bookings/

This booking was made with Microsoft Bookings.
""",
        label=lab(
            MB1,
            "Europe/Dublin",
            company="Liffeyside Bank",
            who=["Niamh Gallagher"],
            emails=["niamh.gallagher@liffeyside-bank.example"],
            notes="Microsoft Bookings confirmation; the '(UTC+00:00)' caption is the zone's "
            "standard name, the start is in Irish summer time (+01:00).",
        ),
    ),
    booking(
        RAJIV,
        "zoom-scheduler-booked",
        "interview",
        prodid=ZOOM_SCHEDULER,
        start=ZS1,
        zone="Asia/Singapore",
        minutes=30,
        summary="Hiring Manager Chat - Rajiv / Kelong Robotics",
        organizer=("Desmond Teo", "desmond.teo@kelong-robotics.example"),
        attendees=[("Desmond Teo", "desmond.teo@kelong-robotics.example")],
        date=dh("2046-08-10 09:58", "Asia/Singapore"),
        frm=("Zoom Scheduler", "no-reply@zoom.us"),
        subject="Confirmed: Hiring Manager Chat with Desmond Teo",
        location="https://zoom.us/j/97351200486",
        body=f"""Your appointment is confirmed

Hiring Manager Chat with Desmond Teo
{d(ZS1, "usy")}, {t12(ZS1)} - {t12(plus(ZS1, 30))} Singapore Standard Time

Join Zoom Meeting: https://zoom.us/j/97351200486

Cancel or reschedule: https://scheduler.zoom.us/manage/kr-2f81
""",
        label=lab(
            ZS1,
            "Asia/Singapore",
            company="Kelong Robotics",
            who=["Desmond Teo"],
            emails=["desmond.teo@kelong-robotics.example"],
            notes="Zoom Scheduler; 'Singapore Standard Time' named.",
        ),
    ),
    booking(
        MARISA,
        "google-appointment-page-booking",
        "interview",
        prodid="-//Google Inc//Google Calendar 70.9054//EN",
        start=GA1,
        zone="America/Denver",
        minutes=45,
        summary="Interview: Marisa Thistlewood-Banda (Peakline Outfitters)",
        organizer=("Jordan Keyes", "jordan.keyes@peakline-outfitters.example"),
        attendees=[("Jordan Keyes", "jordan.keyes@peakline-outfitters.example")],
        date=dh("2046-07-23 20:33", "America/Denver"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Appointment booked: Interview with Jordan Keyes @ {d(GA1, 'short')} "
        f"{t12(GA1, compact=True)} (MDT)",
        location="https://meet.google.com/pfu-wqxe-brd",
        body=f"""Appointment booked

Interview with Jordan Keyes
{d(GA1, "usy")} ⋅ {t12(GA1, compact=True)} - {t12(plus(GA1, 45), compact=True)}
Mountain Time - Denver

Booked by
Marisa Thistlewood-Banda

Google Meet
https://meet.google.com/pfu-wqxe-brd

Booked via Jordan Keyes's booking page. Google Calendar.
""",
        label=lab(
            GA1,
            "America/Denver",
            "America/Denver",
            company="Peakline Outfitters",
            who=["Jordan Keyes"],
            emails=["jordan.keyes@peakline-outfitters.example"],
            notes="Google Calendar appointment page; company from the summary.",
        ),
    ),
    google(
        FERGAL,
        "google-invite-technical-toronto",
        "interview",
        start=GI1,
        zone="America/Toronto",
        minutes=60,
        summary="Technical interview - Fergal / Lakemont Analytics",
        organizer=("Rachel Nakashima", "rachel.nakashima@lakemont-analytics.example"),
        guests=[("Ivan Kostadinov", "ivan.kostadinov@lakemont-analytics.example")],
        date=dh("2046-09-07 14:01", "America/Toronto"),
        label=lab(
            GI1,
            "America/Toronto",
            "America/Toronto",
            company="Lakemont Analytics",
            who=["Rachel Nakashima", "Ivan Kostadinov"],
            emails=[
                "rachel.nakashima@lakemont-analytics.example",
                "ivan.kostadinov@lakemont-analytics.example",
            ],
            notes="Google invitation; the organiser is the engineering lead and interviews.",
        ),
        caption="Eastern Time - Toronto",
        details="Live coding in Python (CoderPad link will be in the chat). Ivan and I will "
        "both join.",
    ),
    google(
        TAMSIN,
        "google-updated-invitation-new-time",
        "interview",
        start=GU1,
        zone="Europe/London",
        minutes=60,
        summary="Interview: Tamsin Polwhele-Nyambura - Learning Designer",
        organizer=("Joanne Treharne", "joanne.treharne@kernow-learning.example"),
        guests=[("Alun Bryant", "alun.bryant@kernow-learning.example")],
        date=dh("2046-08-13 09:26", "Europe/London"),
        label=lab(
            GU1,
            "Europe/London",
            "Europe/London",
            company="Kernow Learning",
            role="Learning Designer",
            who=["Joanne Treharne", "Alun Bryant"],
            emails=[
                "joanne.treharne@kernow-learning.example",
                "alun.bryant@kernow-learning.example",
            ],
            notes="Google update (SEQUENCE 1) moving the interview to the new time.",
        ),
        caption="United Kingdom Time",
        change=f"Changed: When (was {d('2046-08-16', 'abbr')} 10:00 - 11:00)",
        sequence=1,
        details="Panel interview with Joanne (Head of Digital Learning) and Alun (Senior "
        "Learning Designer).",
    ),
    outlook(
        JOLENE,
        "outlook-teams-request-pacific",
        "interview",
        start=OL1,
        zone="Pacific Standard Time",
        minutes=60,
        subject="Interview - Jolene Castellanos-Reid - Program Manager, Supply",
        organizer=("Victor Amado", "victor.amado@redwood-grid.example"),
        attendees=[("Hye-jin Park", "hyejin.park@redwood-grid.example")],
        date=dh("2046-07-13 15:44", "America/Los_Angeles"),
        label=lab(
            OL1,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Redwood Grid",
            role="Program Manager, Supply",
            who=["Victor Amado", "Hye-jin Park"],
            emails=["victor.amado@redwood-grid.example", "hyejin.park@redwood-grid.example"],
            notes="Exchange request with TZID Pacific Standard Time.",
        ),
        text="""Hi Jolene,

Sending the invite for your interview with me and Hye-jin Park (Director, Supply Planning).
We'll talk through your experience running S&OP and a short scenario.

Victor Amado
Senior Manager, Supply Programs
Redwood Grid""",
    ),
    cal_mail(
        ROHAN,
        "outlook-updated-india-standard-time",
        "interview",
        event={
            "summary": "Technical Interview - Rohan Mukherjee-Stanhope - SDE II",
            "prodid": OUTLOOK,
            "sequence": 2,
            "organizer": ("Pooja Bhatnagar", "pooja.bhatnagar@kaveripath.example"),
            "attendees": [
                ("Rohan Mukherjee-Stanhope", "rohan.mstanhope@example.net"),
                ("Naveen Subramaniam", "naveen.s@kaveripath.example"),
            ],
            "start": OL2,
            "minutes": 60,
            "zone": "India Standard Time",
            "location": "Microsoft Teams Meeting",
            "description": "The interview has been moved to Thursday 3 PM.",
        },
        date=dh("2046-08-20 18:10", "Asia/Kolkata"),
        style="outlook",
        frm=("Pooja Bhatnagar", "pooja.bhatnagar@kaveripath.example"),
        to="rohan.mstanhope@example.net",
        subject="Updated: Technical Interview - Rohan Mukherjee-Stanhope - SDE II",
        ics_mode="inline",
        extra=[("Thread-Topic", "Technical Interview - Rohan Mukherjee-Stanhope - SDE II")],
        label=lab(
            OL2,
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Kaveripath",
            role="SDE II",
            who=["Naveen Subramaniam"],
            emails=["naveen.s@kaveripath.example"],
            notes="Exchange update (SEQUENCE 2) with the new time, TZID India Standard Time; "
            "the organiser is HR.",
        ),
        body=f"""When: {d(OL2, "usy")} 3:00 PM-4:00 PM. (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Rohan,

The interview has been moved to Thursday 3 PM as Naveen is travelling on Wednesday. Please
accept the updated invite.

Regards,
Pooja Bhatnagar
HR Business Partner
Kaveripath

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_kvp2046sde%40thread.v2/0
Meeting ID: 291 604 118 223
Passcode: Xq7bLm
________________________________________________________________________________
""",
    ),
    outlook(
        DECLAN,
        "outlook-canceled-aus-eastern",
        "interview_cancelled",
        start=OL3,
        zone="AUS Eastern Standard Time",
        minutes=45,
        subject="Interview: Declan Ashgrove-Mbeki - Estimator",
        organizer=("Kylie Brandt", "kylie.brandt@tasman-build.example"),
        attendees=[("Rhys Connell", "rhys.connell@tasman-build.example")],
        date=dh("2046-09-17 08:30", "Australia/Sydney"),
        method="CANCEL",
        sequence=1,
        prefix="Canceled: ",
        label=lab(
            OL3,
            "Australia/Sydney",
            "Australia/Sydney",
            company="Tasman Build",
            role="Estimator",
            notes="Exchange cancellation, TZID AUS Eastern Standard Time (AEST in September).",
        ),
        text="""Hi Declan,

We've decided to progress with another candidate whose start date suits the project better,
so I'm cancelling Thursday's interview. Thanks again for your time.

Kylie""",
    ),
    cal_mail(
        PRISCILLA,
        "apple-calendar-invite-coffee-interview",
        "interview",
        event={
            "summary": "Interview with Aki Fujisawa (Shirokane Studio)",
            "prodid": APPLE,
            "organizer": ("Aki Fujisawa", "aki.fujisawa@icloud.com"),
            "attendees": [("Priscilla Tamworth-Nakamura", "p.tamworth@example.net")],
            "start": AP1,
            "minutes": 60,
            "zone": "Asia/Tokyo",
            "location": "Shirokane Studio, 3-9-5 Shirokane, Minato-ku, Tokyo",
            "description": "Casual interview over coffee at our studio.",
        },
        date=dh("2046-07-21 22:05", "Asia/Tokyo"),
        frm=("Aki Fujisawa", "aki.fujisawa@icloud.com"),
        subject="Invitation: Interview with Aki Fujisawa (Shirokane Studio) @ "
        f"{d(AP1, 'abbr')} 2046 13:00",
        label=lab(
            AP1,
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Shirokane Studio",
            who=["Aki Fujisawa"],
            emails=["aki.fujisawa@icloud.com"],
            notes="Apple Calendar invitation from the studio owner (iCloud address).",
        ),
        body=f"""Aki Fujisawa has invited you to "Interview with Aki Fujisawa (Shirokane Studio)".

{d(AP1, "uky")} 13:00 - 14:00
Shirokane Studio, 3-9-5 Shirokane, Minato-ku, Tokyo

Casual interview over coffee at our studio.
""",
    ),
    cal_mail(
        WAMBUI,
        "webex-meeting-invitation-interview",
        "interview",
        event={
            "summary": "Interview - Wambui Karanja-Pettit - Programme Officer",
            "prodid": WEBEX_SITE,
            "organizer": ("Joseph Kamau", "joseph.kamau@rift-water-trust.example"),
            "attendees": [("Esther Njoroge", "esther.njoroge@rift-water-trust.example")],
            "start": WX1,
            "minutes": 60,
            "zone": "Africa/Nairobi",
            "location": "https://riftwatertrust.webex.com/meet/joseph.kamau",
            "description": "Webex interview",
        },
        date=dh("2046-08-08 16:20", "Africa/Nairobi"),
        frm=("Joseph Kamau via Webex", "messenger@webex.com"),
        reply_to=("Joseph Kamau", "joseph.kamau@rift-water-trust.example"),
        subject="Webex meeting invitation: Interview - Wambui Karanja-Pettit - Programme Officer",
        label=lab(
            WX1,
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Rift Water Trust",
            role="Programme Officer",
            who=["Joseph Kamau", "Esther Njoroge"],
            emails=[
                "joseph.kamau@rift-water-trust.example",
                "esther.njoroge@rift-water-trust.example",
            ],
        ),
        body=f"""Joseph Kamau invites you to join this Webex meeting.

Interview - Wambui Karanja-Pettit - Programme Officer
{d(WX1, "usy")} 10:00 AM | 1 hour | (UTC+03:00) Nairobi

Join meeting: https://riftwatertrust.webex.com/meet/joseph.kamau
Meeting number: 2643 118 0074

Panel: Joseph Kamau (Country Director) and Esther Njoroge (Finance & Grants Manager).
""",
    ),
    cal_mail(
        YUSUF,
        "zoom-invite-panel-riyadh-time",
        "interview",
        event={
            "summary": "Interview: Senior Credit Analyst",
            "prodid": ZOOM,
            "organizer": ("Lama Al-Otaibi", "lama.alotaibi@najd-finance.example"),
            "attendees": [("Faisal Al-Shehri", "faisal.alshehri@najd-finance.example")],
            "start": ZM1,
            "minutes": 60,
            "zone": "Asia/Riyadh",
            "location": "https://zoom.us/j/95522014873",
            "description": "Zoom interview",
        },
        date=dh("2046-08-30 13:00", "Asia/Riyadh"),
        frm=("Lama Al-Otaibi", "lama.alotaibi@najd-finance.example"),
        subject="Zoom interview invitation - Senior Credit Analyst",
        label=lab(
            ZM1,
            "Asia/Riyadh",
            "Asia/Riyadh",
            company="Najd Finance",
            role="Senior Credit Analyst",
            who=["Lama Al-Otaibi", "Faisal Al-Shehri"],
            emails=[
                "lama.alotaibi@najd-finance.example",
                "faisal.alshehri@najd-finance.example",
            ],
            notes="Riyadh time for a Dubai user (one hour behind); the sender interviews.",
        ),
        body=f"""Dear Yusuf,

Lama Al-Otaibi is inviting you to a scheduled Zoom meeting.

Topic: Interview: Senior Credit Analyst
Time: {d(ZM1, "usy")} 12:00 PM Riyadh

Join Zoom Meeting
https://zoom.us/j/95522014873
Meeting ID: 955 2201 4873

I will be joined by Faisal Al-Shehri, Head of Corporate Credit.

Lama Al-Otaibi
Talent & Credit Risk, Najd Finance
""",
    ),
    booking(
        HAMISH,
        "bamboohr-interview-invite",
        "interview",
        prodid=BAMBOO,
        start=BB1,
        zone="Europe/London",
        minutes=60,
        summary="Interview: Hamish Strathdee-Oyelowo - Customer Success Lead",
        organizer=("Isla Munro", "isla.munro@glenloch-software.example"),
        attendees=[("Euan Fraser", "euan.fraser@glenloch-software.example")],
        date=dh("2046-07-16 12:05", "Europe/London"),
        frm=("Glenloch Software", "notifications@app.bamboohr.com"),
        reply_to=("Isla Munro", "isla.munro@glenloch-software.example"),
        subject="Interview for Customer Success Lead at Glenloch Software",
        location="Glenloch Software, 14 Quayside, Leith, Edinburgh EH6",
        body=f"""Hi Hamish,

You're invited to interview for the Customer Success Lead position at Glenloch Software.

Date: {d(BB1, "us")}
Time: {t12(BB1)} BST
Location: Glenloch Software, 14 Quayside, Leith, Edinburgh EH6
Interviewer(s): Euan Fraser

Please reply to let us know if this time works.

Thanks,
Isla Munro
""",
        label=lab(
            BB1,
            "Europe/London",
            company="Glenloch Software",
            role="Customer Success Lead",
            who=["Euan Fraser"],
            emails=["euan.fraser@glenloch-software.example"],
            notes="BambooHR invitation; BST abbreviation only.",
        ),
    ),
    booking(
        GRETCHEN,
        "jazzhr-interview-scheduled",
        "interview",
        prodid=JAZZHR,
        start=JZ1,
        zone="America/Chicago",
        minutes=45,
        summary="Interview with Prairie Pixel Marketing",
        organizer=("Chelsea Vandermolen", "chelsea@prairie-pixel.example"),
        attendees=[("Chelsea Vandermolen", "chelsea@prairie-pixel.example")],
        date=dh("2046-08-06 11:18", "America/Chicago"),
        frm=("Prairie Pixel Marketing", "notifications@app.jazz.co"),
        reply_to=("Chelsea Vandermolen", "chelsea@prairie-pixel.example"),
        subject="Interview Scheduled: Content Strategist",
        body=f"""Hello Gretchen,

Thank you for your interest in the Content Strategist position. Your interview has been
scheduled with Chelsea Vandermolen for {d(JZ1, "usy")} at {t12(JZ1)} CDT.

The interview will take place via phone. Chelsea will call you at the number you provided.

Best,
Prairie Pixel Marketing
""",
        label=lab(
            JZ1,
            "America/Chicago",
            company="Prairie Pixel Marketing",
            role="Content Strategist",
            who=["Chelsea Vandermolen"],
            emails=["chelsea@prairie-pixel.example"],
            notes="JazzHR notification.",
        ),
    ),
    booking(
        DEWI,
        "pinpoint-interview-booked",
        "interview",
        prodid=PINPOINT,
        start=PP1,
        zone="Asia/Jakarta",
        minutes=60,
        summary="Interview - Regional Partnerships Manager",
        organizer=("Claire Underhill", "claire.underhill@marlinspike-travel.example"),
        attendees=[
            ("Claire Underhill", "claire.underhill@marlinspike-travel.example"),
            ("Budi Santoso", "budi.santoso@marlinspike-travel.example"),
        ],
        date=dh("2046-09-18 08:05", "Europe/London"),
        frm=("Marlinspike Travel Careers", "no-reply@pinpointhq.com"),
        subject="Your interview with Marlinspike Travel is booked",
        location="Google Meet",
        body=f"""Hi Dewi,

Thanks for booking your interview for Regional Partnerships Manager.

{d(PP1, "uky")}, 10:00 - 11:00 (Asia/Jakarta)
Google Meet: https://meet.google.com/ktr-pqzw-mda

You'll meet Claire Underhill (APAC Director) and Budi Santoso (Partnerships Lead, Jakarta).

Marlinspike Travel
Powered by Pinpoint
""",
        label=lab(
            PP1,
            "Asia/Jakarta",
            "Asia/Jakarta",
            company="Marlinspike Travel",
            role="Regional Partnerships Manager",
            who=["Claire Underhill", "Budi Santoso"],
            emails=[
                "claire.underhill@marlinspike-travel.example",
                "budi.santoso@marlinspike-travel.example",
            ],
            notes="Pinpoint booking sent from London for a Jakarta user, IANA name printed.",
        ),
    ),
    tool(
        TOBIAS,
        "workable-reminder-tomorrow",
        "interview",
        sent="2046-08-29 09:00",
        zone="America/Chicago",
        frm=("Northfield Dental Group", "noreply@workablemail.com"),
        subject="Reminder: Interview tomorrow with Northfield Dental Group",
        body=f"""Hi Tobias,

This is a reminder about your interview tomorrow for Practice Operations Manager.

{d(WK1, "usy")} at {t12(WK1)} (America/Chicago)
In person: 455 N Cityfront Plaza Dr, Suite 700, Chicago

With: Dr. Angela Morrow, Regional Director

Can't make it? Let us know: https://apply.workable.com/northfield-dental/j/6C1A/reschedule

Northfield Dental Group via Workable
""",
        label=lab(
            WK1,
            "America/Chicago",
            "America/Chicago",
            company="Northfield Dental Group",
            role="Practice Operations Manager",
            who=["Angela Morrow"],
            notes="Workable reminder the day before.",
        ),
    ),
    tool(
        ROHAN,
        "hirevue-on-demand-video-meridian",
        "other",
        sent="2046-07-15 10:00",
        zone="Asia/Kolkata",
        frm=("Meridian Consumer Goods", "noreply@hirevue.com"),
        subject="Complete your HireVue interview for Meridian Consumer Goods",
        body="""Hello Rohan,

Meridian Consumer Goods has invited you to complete a HireVue on-demand video interview for
the Graduate Management Trainee programme.

You will answer 6 recorded questions. There is no live interviewer; you can complete it at
any time before the deadline: 22 July 2046, 11:59 PM IST.

Start your interview: https://app.hirevue.com/interviews/mcg-gmt-2046

Good luck!
The HireVue Team on behalf of Meridian Consumer Goods
""",
        label=note(
            "One-way recorded video interview with a deadline: a task, not a scheduled "
            "meeting. Kept as other."
        ),
    ),
]
