"""Interviews and slot requests sent by applicant tracking and booking tools (English):
Greenhouse, Ashby, Workday, SmartRecruiters, Teamtailor, BambooHR, YouCanBook.me, Cal.com,
Microsoft Bookings, HubSpot and Doodle."""

from __future__ import annotations

from tests.eval.authoring.common import paras
from tests.eval20.authoring.kit import (
    CALCOM,
    CHANDA,
    DILANI,
    FIONNUALA,
    HARPREET,
    KRISTINA,
    OUTLOOK,
    PEISHAN,
    QUINN,
    RAVI,
    RIN,
    TAMSIN,
    TANNER,
    YCBM,
    ampm,
    cal_mail,
    d,
    dh,
    html_mail,
    lab,
    logo_mail,
    mdy,
    note,
    plus,
    t12,
    t24,
    vendor,
)

S1 = "2039-03-29 10:00"
S2 = "2039-03-17 13:00"
S3 = "2039-03-24 08:30"
S5 = "2039-03-24 10:00"
S6 = "2039-03-22 14:00"
S7 = "2039-03-30 09:00"
S8 = "2039-04-06 15:30"
S9 = "2039-04-01 10:00"

BAMBOO_TEXT = """Hi Pei-shan,

We are pleased to invite you to an interview for the Yield Engineer position.

Date: 2039-03-22 (Tue)
Time: 14:00-15:00 Taipei time
Location: Zhubei Wafer Labs, No. 8 Li-Hsin Rd., Hsinchu Science Park (Building C lobby)

Interviewers: Huang Chih-wei (Yield Engineering Manager), Wu Ya-ting (Senior Engineer)

Please reply to confirm. If you need parking, let us know your plate number.

Chen Yu-hsuan
HR, Zhubei Wafer Labs
"""

MESSAGES = [
    vendor(
        FIONNUALA,
        "greenhouse-onsite-schedule-dublin",
        "interview",
        frm=("Saoirse Ennis", "no-reply@greenhouse-mail.io"),
        reply_to=("Saoirse Ennis", "saoirse.ennis@liffey-payments.example"),
        subject="Your interview schedule with Liffey Payments",
        date=dh("2039-03-23 15:02", "Europe/Dublin"),
        body=f"""Hi Fionnuala,

Thanks for making time to meet the team! Here is your schedule for the onsite interview for
Senior Backend Engineer.

{d(S1, "usy")}
10:00 AM - 11:30 AM (Europe/Dublin)
Liffey Payments, 4 Hanover Quay, Dublin 2 - ask for Saoirse at reception

10:00 AM - 10:45 AM   System design with Conor Fitzgibbon (Engineering Manager)
10:45 AM - 11:30 AM   Pair programming with Aisling Moran and Declan Ruane

Note that Irish clocks go forward on Sunday 27 March, so please double-check your alarms.

See you soon,
Saoirse Ennis
Recruiting Coordinator, Liffey Payments

Powered by Greenhouse
""",
        label=lab(
            S1,
            "Europe/Dublin",
            "Europe/Dublin",
            company="Liffey Payments",
            role="Senior Backend Engineer",
            who=["Conor Fitzgibbon", "Aisling Moran", "Declan Ruane"],
            notes="Greenhouse schedule with two back-to-back sessions; the start is the "
            "first; Dublin on summer time (+01) after 27 March. The coordinator only "
            "arranges.",
        ),
    ),
    vendor(
        HARPREET,
        "ashby-confirmed-vancouver",
        "interview",
        frm=("Coastline Robotics", "no-reply@ashbyhq.com"),
        subject="Interview confirmed: Coastline Robotics - Controls Engineer",
        date=dh("2039-03-14 09:41", "America/Vancouver"),
        body=f"""Hi Harpreet,

Your interview with Coastline Robotics is confirmed.

When: {d(S2, "usy")}, {t12(S2)} - {t12(plus(S2, 60))} (America/Vancouver)
Where: Google Meet - https://meet.google.com/hwe-kapd-zqr
Who: Nadia Karimi (Staff Controls Engineer)

Need to reschedule? Use the link in your calendar invitation.

- The Coastline Robotics Recruiting Team
""",
        html_only=True,
        label=lab(
            S2,
            "America/Vancouver",
            "America/Vancouver",
            company="Coastline Robotics",
            role="Controls Engineer",
            who=["Nadia Karimi"],
            notes="Ashby confirmation, HTML only, IANA name printed by the tool; Vancouver "
            "on PDT since 13 March.",
        ),
    ),
    html_mail(
        TANNER,
        "workday-interview-scheduled-boise",
        "interview",
        frm=("Snake River Power", "snakeriverpower@myworkday.com"),
        subject="Interview Scheduled: R-20418 Field Service Technician II",
        date=dh("2039-03-18 11:03", "America/Boise"),
        markup=f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0b3d6b;color:#fff;padding:16px;font-size:18px">Snake River Power</td></tr>
<tr><td style="padding:16px">
<p>Hello Tanner,</p>
<p>An interview has been scheduled for you for the following job requisition:
<b>R-20418 Field Service Technician II</b>.</p>
<table cellpadding="4">
<tr><td><b>Date/Time:</b></td><td>{mdy(S3)} {t12(S3)} MDT</td></tr>
<tr><td><b>Location:</b></td><td>Snake River Power Operations Center, 1221 W Idaho St, Boise</td></tr>
<tr><td><b>Interviewer:</b></td><td>Shawn Beckstead</td></tr>
<tr><td><b>Interviewer:</b></td><td>Leticia Arriaga</td></tr>
</table>
<p>Please check in at the front desk 15 minutes before your interview.
To view details, sign in to your candidate home account.</p>
<p>Thank you,<br>Snake River Power Talent Acquisition</p>
</td></tr></table>""",
        label=lab(
            S3,
            "America/Boise",
            None,
            company="Snake River Power",
            role="Field Service Technician II",
            who=["Shawn Beckstead", "Leticia Arriaga"],
            notes="Workday notification, HTML only, nested tables, numeric month-first date "
            "and 'MDT' only.",
        ),
    ),
    vendor(
        RIN,
        "smartrecruiters-pick-your-slot",
        "scheduling_request",
        frm=("Shinagawa Mobility Recruiting", "noreply@smartrecruiters.com"),
        subject="Please choose your interview time - Embedded Software Engineer",
        date=dh("2039-03-15 10:20", "Asia/Tokyo"),
        body="""Dear Rin Okada,

Thank you for your application to Shinagawa Mobility. We would like to invite you to a first
interview with our hiring team for the Embedded Software Engineer position.

Please choose a time that works for you from the available slots (all times are shown in
Japan Standard Time):

https://jobs.smartrecruiters.com/interview-scheduler/7f3c2a91-shinagawa

Slots are available between 2039/03/22 and 2039/03/31. If none of them suit you, please reply
to this message.

Best regards,
Shinagawa Mobility Talent Acquisition
""",
        label=note(
            "SmartRecruiters self-scheduling link with a window of dates; nothing booked yet.",
            company="Shinagawa Mobility",
            role="Embedded Software Engineer",
        ),
    ),
    vendor(
        QUINN,
        "teamtailor-booked-whitehorse",
        "interview",
        frm=("Klondike Heritage Trust", "no-reply@teamtailor-mail.com"),
        reply_to=("Morgan Sidney", "morgan.sidney@klondike-heritage.example"),
        subject="Interview booked with Klondike Heritage Trust",
        date=dh("2039-03-16 13:11", "America/Whitehorse"),
        body=f"""Hi Quinn!

Your interview for Collections Technician is booked.

{d(S5, "uky")}, {t24(S5)} - {t24(plus(S5, 45))} (America/Whitehorse)
Video meeting: https://klondike-heritage.teamtailor.com/meetings/4kz81v

You'll meet Morgan Sidney (Curator) and Eli Joe (Collections Manager).

Best,
Klondike Heritage Trust
""",
        label=lab(
            S5,
            "America/Whitehorse",
            "America/Whitehorse",
            company="Klondike Heritage Trust",
            role="Collections Technician",
            who=["Morgan Sidney", "Eli Joe"],
            notes="Teamtailor booking; Yukon keeps -07 all year (no switch on 13 March).",
        ),
    ),
    logo_mail(
        PEISHAN,
        "bamboohr-taipei-interview",
        "interview",
        frm=("Zhubei Wafer Labs Recruiting", "notifications@app.bamboohr.com"),
        reply_to=("Chen Yu-hsuan", "yuhsuan.chen@zhubei-wafer.example"),
        subject="Interview with Zhubei Wafer Labs - Yield Engineer",
        date=dh("2039-03-15 15:40", "Asia/Taipei"),
        body=BAMBOO_TEXT,
        markup=paras(BAMBOO_TEXT),
        label=lab(
            S6,
            "Asia/Taipei",
            "Asia/Taipei",
            company="Zhubei Wafer Labs",
            role="Yield Engineer",
            who=["Huang Chih-wei", "Wu Ya-ting"],
            notes="BambooHR template with an ISO date and '(Tue)'; family names first; the HTML "
            "cites an inline logo (multipart/related).",
        ),
    ),
    cal_mail(
        CHANDA,
        "youcanbookme-lusaka-booking",
        "interview",
        event={
            "summary": "Interview: Chanda Mulenga-Hart & Zambezi Agritech",
            "prodid": YCBM,
            "organizer": ("Mwila Banda", "mwila.banda@zambezi-agritech.example"),
            "attendees": [("Chanda Mulenga-Hart", "chanda.mulenga@example.com")],
            "start": S7,
            "minutes": 45,
            "zone": "Africa/Lusaka",
            "location": "https://meet.google.com/bsr-utfk-wpe",
        },
        date=dh("2039-03-24 20:14", "Africa/Lusaka"),
        style="youcanbook.me",
        frm=("Zambezi Agritech", "bookings@youcanbook.me"),
        reply_to=("Mwila Banda", "mwila.banda@zambezi-agritech.example"),
        subject="Booking confirmed: Interview with Zambezi Agritech",
        body=f"""Hi Chanda,

Your booking is confirmed.

Interview with Zambezi Agritech (45 minutes)
{d(S7, "uky")} {ampm(S7)} - {ampm(plus(S7, 45))} (Africa/Lusaka)
With: Mwila Banda, Head of Agronomy
Where: https://meet.google.com/bsr-utfk-wpe

Need to change something? Cancel or reschedule:
https://zambezi-agritech.youcanbook.me/cancel/6b1e0c

Powered by YouCanBook.me
""",
        ics_mode="attach",
        ics_name="booking.ics",
        label=lab(
            S7,
            "Africa/Lusaka",
            "Africa/Lusaka",
            company="Zambezi Agritech",
            who=["Mwila Banda"],
            emails=["mwila.banda@zambezi-agritech.example"],
            notes="YouCanBook.me confirmation with its .ics; the interviewer is the calendar "
            "organiser.",
        ),
    ),
    cal_mail(
        DILANI,
        "calcom-colombo-booked",
        "interview",
        event={
            "summary": "30 min Interview between Ruwan Jayasuriya and Dilani Wickramasinghe-Ford",
            "prodid": CALCOM,
            "organizer": ("Ruwan Jayasuriya", "ruwan@galleface-analytics.example"),
            "attendees": [("Dilani Wickramasinghe-Ford", "dilani.wickrama@example.org")],
            "start": S8,
            "minutes": 30,
            "zone": "Asia/Colombo",
            "location": "https://app.cal.com/video/k2Pq8xWd",
        },
        date=dh("2039-04-01 12:33", "Asia/Colombo"),
        style="cal.com",
        frm=("Cal.com", "hello@cal.com"),
        reply_to=("Ruwan Jayasuriya", "ruwan@galleface-analytics.example"),
        subject=f"Confirmed: 30 min Interview between Ruwan Jayasuriya and Dilani "
        f"Wickramasinghe-Ford @ {d(S8, 'abbr')} {S8[:4]} {t12(S8, compact=True)}",
        body=f"""Your event has been scheduled

What: 30 min Interview between Ruwan Jayasuriya and Dilani Wickramasinghe-Ford
When: {d(S8, "usy")} | {t12(S8, compact=True)} - {t12(plus(S8, 30), compact=True)} (Asia/Colombo)
Who: Ruwan Jayasuriya - Organizer (ruwan@galleface-analytics.example)
     Dilani Wickramasinghe-Ford
Where: Cal Video

Additional notes: Intro call for the Analytics Engineer role at Galle Face Analytics.

Need to make a change? Reschedule or Cancel
""",
        ics_mode="attach",
        label=lab(
            S8,
            "Asia/Colombo",
            "Asia/Colombo",
            company="Galle Face Analytics",
            role="Analytics Engineer",
            who=["Ruwan Jayasuriya"],
            emails=["ruwan@galleface-analytics.example"],
            notes="Cal.com booking from its own sender; Colombo +05:30.",
        ),
    ),
    cal_mail(
        RAVI,
        "ms-bookings-port-of-spain",
        "interview",
        event={
            "summary": "First-round interview - Process Safety Engineer",
            "prodid": OUTLOOK,
            "organizer": ("Caroni Energy Careers", "careersbooking@caroni-energy.example"),
            "attendees": [
                ("Ravi Maharaj-Greene", "ravi.maharaj@example.com"),
                ("Kavita Rampersad", "kavita.rampersad@caroni-energy.example"),
            ],
            "start": S9,
            "minutes": 30,
            "zone": "SA Western Standard Time",
            "location": "Microsoft Teams Meeting",
        },
        date=dh("2039-03-26 08:05", "America/Port_of_Spain"),
        style="outlook",
        frm=("Caroni Energy Careers", "careersbooking@caroni-energy.example"),
        subject="Your booking is confirmed: First-round interview - Process Safety Engineer",
        body=f"""Hello Ravi,

Your booking with Caroni Energy Careers is confirmed.

First-round interview - Process Safety Engineer
{d(S9, "usy")} {t12(S9)} - {t12(plus(S9, 30))} (UTC-04:00) Georgetown, La Paz, Manaus, San Juan
Staff: Kavita Rampersad

Join your appointment: Microsoft Teams meeting link in the attached invitation.

Want to make changes? Reschedule or cancel your booking.

Powered by Microsoft Bookings
""",
        ics_mode="attach",
        label=lab(
            S9,
            "SA Western Standard Time",
            "America/La_Paz",
            company="Caroni Energy",
            role="Process Safety Engineer",
            who=["Kavita Rampersad"],
            emails=["kavita.rampersad@caroni-energy.example"],
            notes="Microsoft Bookings confirmation; the staff member is the interviewer; "
            "'SA Western Standard Time' maps to La Paz (CLDR 001), -04 like Trinidad.",
        ),
    ),
    vendor(
        TAMSIN,
        "hubspot-meetings-link-bermuda",
        "scheduling_request",
        frm=("Gareth Trott", "gareth.trott@pembroke-reinsurance.example"),
        subject="Next step: 30 minutes with our CFO",
        date=dh("2039-03-21 11:50", "Atlantic/Bermuda"),
        body="""Hi Tamsin,

Thanks for the great conversation yesterday. Our CFO, Helen Darrell, would like to meet you
for 30 minutes this week or next. Please grab whichever slot suits you on her calendar:

https://meetings.hubspot.com/helen-darrell/candidate-30

The link shows Atlantic time (Bermuda). If nothing works, let me know and I'll find
something with her assistant.

Best,
Gareth Trott
Talent Partner, Pembroke Reinsurance
""",
        label=note(
            "HubSpot meetings link: the candidate still has to pick a slot; nothing booked.",
            company="Pembroke Reinsurance",
        ),
    ),
    vendor(
        KRISTINA,
        "doodle-poll-valletta-panel",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Joseph Camilleri", "joseph.camilleri@grandharbour-gaming.example"),
        subject="Joseph Camilleri invited you to vote: Panel interview - Compliance Officer",
        date=dh("2039-03-17 09:12", "Europe/Malta"),
        body="""Joseph Camilleri has invited you to participate in a Doodle.

Panel interview - Compliance Officer (Grand Harbour Gaming)

"Hi Kristina, please tick every slot you could make next week. The panel is three people, so
the more options you give us, the better."

Proposed times (Central European Time):
Tue 22 Mar  09:00 - 10:00
Tue 22 Mar  14:00 - 15:00
Wed 23 Mar  11:00 - 12:00
Thu 24 Mar  15:30 - 16:30

Vote now: https://doodle.com/meeting/participate/id/b8Xk2mQe

Doodle - Scheduling made easy
""",
        label=note(
            "Doodle poll with four proposed slots; no slot chosen.",
            company="Grand Harbour Gaming",
            role="Compliance Officer",
        ),
    ),
]
