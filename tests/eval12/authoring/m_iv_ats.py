"""Interviews, availability requests and cancellations sent by ATS and scheduling tools."""

from __future__ import annotations

from .kit import (
    AMANDINE,
    ANAHERA,
    BIBEK,
    BRODY,
    CALCOM,
    CATALINA,
    DESHAWN,
    ELSA,
    HAMISH,
    INES,
    JOAQUIM,
    JUNJIE,
    KAVYA,
    LACHIE,
    MARISOL,
    MILAGROS,
    NOELANI,
    ORIANA,
    PUTRI,
    SOLENNE,
    TALLULAH,
    THANDEKA,
    YADIRA,
    Msg,
    ats,
    d,
    dh,
    invite,
    lab,
    note,
    plus,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse: HTML table itinerary, Melbourne, after the 6 April switch -------------------
S = "2031-04-09 10:00"
TABLE = """
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Time (AEST)</th><th align="left">Interviewer</th><th align="left">Focus</th></tr>
<tr><td>10:00 – 10:45</td><td>Harriet Vo, Engineering Manager</td><td>Architecture</td></tr>
<tr><td>10:50 – 11:35</td><td>Sanjeev Kalra, Staff Engineer</td><td>Pairing exercise</td></tr>
<tr><td>11:40 – 12:10</td><td>Olive Brennan-Tau, Head of Product</td><td>Values</td></tr>
</table>
"""
add(
    ats(
        LACHIE,
        "greenhouse-table-itinerary-wattleseed",
        "interview",
        frm=("Wattleseed Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Mina Sadeghi", "mina.sadeghi@wattleseed.example"),
        subject="Your final interview schedule with Wattleseed - Wednesday 9 April",
        date=dh("2031-04-03 16:25", "Australia/Melbourne"),
        body="""Hi Lachlan,

Your final round for Senior Backend Engineer is confirmed for Wednesday 9 April at our Collins St office (Level 4). All times are Melbourne time (AEST - daylight saving will have ended by then).

10:00 - 10:45  Harriet Vo, Engineering Manager - Architecture
10:50 - 11:35  Sanjeev Kalra, Staff Engineer - Pairing exercise
11:40 - 12:10  Olive Brennan-Tau, Head of Product - Values

Ask for Mina at reception.

Mina Sadeghi
Recruiting Coordinator, Wattleseed
""",
        html_only=True,
        html_extra=TABLE,
        label=lab(
            S,
            "Australia/Melbourne",
            "Australia/Melbourne",
            company="Wattleseed",
            role="Senior Backend Engineer",
            who=["Harriet Vo", "Sanjeev Kalra", "Olive Brennan-Tau"],
            notes="Greenhouse HTML-only itinerary; starts at the first item; AEST after the 6 April switch.",
        ),
    )
)

# --- Lever: confirmation with interviewer list, New York, day before the switch? no: after ----
S = "2031-03-11 14:30"
add(
    ats(
        DESHAWN,
        "lever-confirm-brightmoor-insurance",
        "interview",
        frm=("Brightmoor Insurance", "no-reply@hire.lever.co"),
        reply_to=("Kasey Lund", "kasey.lund@brightmoor.example"),
        subject="Interview Confirmation: Brightmoor Insurance - Actuarial Analyst",
        date=dh("2031-03-05 11:18", "America/New_York"),
        body=f"""Hi DeShawn,

Thanks for confirming! Here are the details of your upcoming interview:

Date: {d(S, "usy")}
Time: {t12(S)} - {t12(plus(S, 60))} EDT
Location: Video call (link below)

You'll be meeting with:
- Owen Farquhar, Chief Actuary
- Priscilla Nakamura-Dunn, Actuarial Manager

https://brightmoor.example/join/aa-4471

Best,
Kasey Lund
Talent Team
""",
        label=lab(
            S,
            "America/New_York",
            None,
            company="Brightmoor Insurance",
            role="Actuarial Analyst",
            who=["Owen Farquhar", "Priscilla Nakamura-Dunn"],
            notes="'EDT' only (after the 9 March switch, -04:00).",
        ),
    )
)

# --- Workday: numeric date fields, Phoenix (no DST) -----------------------------------------
S = "2031-03-14 09:00"
add(
    ats(
        TALLULAH,
        "workday-numeric-fields-saguaro-utilities",
        "interview",
        frm=("Saguaro Utilities Careers", "saguaroutil@myworkday.com"),
        subject="Interview Scheduled - Job Requisition R-20417 Water Quality Technician",
        date=dh("2031-03-07 10:02", "America/Phoenix"),
        body="""Dear Tallulah Begaye-Frost,

An interview has been scheduled for you.

Job Requisition: R-20417 Water Quality Technician
Interview Date: 03/14/2031
Start Time: 9:00 AM
End Time: 10:00 AM
Time Zone: (GMT-07:00) Arizona
Interviewer(s): Hector Ruelas; Janine Tsosie
Location: Saguaro Utilities - Tempe Lab, 1800 W University Dr

Please log in to your candidate home to review the details.

Saguaro Utilities Talent Acquisition
""",
        label=lab(
            S,
            "America/Phoenix",
            "America/Phoenix",
            company="Saguaro Utilities",
            role="Water Quality Technician",
            who=["Hector Ruelas", "Janine Tsosie"],
            notes="Workday numeric fields; Arizona (-07:00) keeps no DST even after 9 March.",
        ),
    )
)

# --- Ashby: self-scheduled confirmation, São Paulo, with .ics in UTC -------------------------
S = "2031-02-25 15:00"
add(
    invite(
        JOAQUIM,
        "ashby-self-booked-sao-paulo-cajuzinho",
        "interview",
        start=S,
        zone=None,
        utc_zone="America/Sao_Paulo",
        minutes=45,
        summary="Cajuzinho Pagamentos - Product Designer - Technical Interview",
        organizer=("Cajuzinho Pagamentos", "no-reply@ashbyhq.com"),
        attendees=[
            ("Joaquim Bettencourt Lyra", "joaquim.blyra@example.org"),
            ("Larissa Fontenele", "larissa.fontenele@cajuzinho.example"),
        ],
        prodid="-//Ashby//Ashby Calendar//EN",
        uid_style="ashbyhq.com",
        frm=("Cajuzinho Pagamentos", "no-reply@ashbyhq.com"),
        subject="Confirmed: Technical Interview with Cajuzinho Pagamentos",
        date=dh("2031-02-19 20:40", "America/Sao_Paulo"),
        body="""Hi Joaquim,

You're all set! Your Technical Interview for Product Designer has been scheduled.

When: Tuesday, February 25 · 3:00 PM - 3:45 PM (BRT, America/Sao_Paulo)
Interviewer: Larissa Fontenele (Design Lead)
Where: Google Meet - link in the calendar invite

Need to reschedule? Reply to this email.
""",
        label=lab(
            S,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Cajuzinho Pagamentos",
            role="Product Designer",
            who=["Larissa Fontenele"],
            emails=["larissa.fontenele@cajuzinho.example"],
            notes="Ashby self-booking; .ics in UTC; Brazil has no DST (-03:00).",
        ),
    )
)

# --- SmartRecruiters: base64 HTML, Stockholm (ymd) ------------------------------------------
S = "2031-03-20 13:00"
add(
    ats(
        ELSA,
        "smartrecruiters-base64-html-norrsken-rail",
        "interview",
        frm=("Norrsken Rail", "jobs@smartrecruiters.com"),
        subject="Interview confirmed - Signalling Engineer",
        date=dh("2031-03-13 08:30", "Europe/Stockholm"),
        body="""Hi Elsa,

Your interview for Signalling Engineer is booked:

2031-03-20, 13:00-14:00 (CET, Stockholm)
Norrsken Rail, Klarabergsviadukten 49, Stockholm

You will meet Jonas Wikström (Chief Engineer) and Petra Holm (HR Business Partner).

Best regards
Norrsken Rail Talent Acquisition
""",
        html_only=True,
        cte="base64",
        label=lab(
            S,
            "Europe/Stockholm",
            "Europe/Stockholm",
            company="Norrsken Rail",
            role="Signalling Engineer",
            who=["Jonas Wikström", "Petra Holm"],
            notes="Base64 HTML-only; ISO date for a ymd user; CET before the 30 March switch.",
        ),
    )
)

# --- iCIMS: reminder the day before, Toronto (ymd) ---------------------------------------------
S = "2031-04-01 11:00"
add(
    ats(
        SOLENNE,
        "icims-reminder-tomorrow-maplecrest-foods",
        "interview",
        frm=("Maplecrest Foods Careers", "maplecrestfoods@icims.com"),
        subject="Reminder: Interview tomorrow - Quality Assurance Supervisor",
        date=dh("2031-03-31 09:00", "America/Toronto"),
        body="""Hello Solenne,

This is a friendly reminder of your interview tomorrow, 2031-04-01, at 11:00 a.m. Eastern Time, at our Mississauga plant (6400 Ordan Drive). Your interviewer will be Wendell Grozdanic, Plant Quality Manager.

Please bring a government-issued photo ID and safety footwear for the plant tour.

Maplecrest Foods Talent Acquisition
This mailbox is not monitored.
""",
        label=lab(
            S,
            "America/Toronto",
            "America/Toronto",
            company="Maplecrest Foods",
            role="Quality Assurance Supervisor",
            who=["Wendell Grozdanic"],
            notes="iCIMS reminder; ISO date; 'Eastern Time' (EDT -04:00).",
        ),
    )
)

# --- Workable: IANA zone printed, Lima ------------------------------------------------------------
S = "2031-03-05 10:30"
add(
    ats(
        MILAGROS,
        "workable-iana-zone-lima-andesmin",
        "interview",
        frm=("Andesmin Consultores", "noreply@candidates.workablemail.com"),
        subject="Interview with Andesmin Consultores for Geologist",
        date=dh("2031-02-27 17:45", "America/Lima"),
        body="""Hi Milagros,

Your interview with Andesmin Consultores is confirmed.

Job: Geologist
Date: Wednesday, March 5, 2031
Time: 10:30 - 11:15 (America/Lima)
Interviewers: Ing. Rodrigo Salas Paredes, Ana Lucía Benavides

Video call link: https://andesmin.example/meet/geo-0305

Good luck!
The Andesmin Consultores team
""",
        label=lab(
            S,
            "America/Lima",
            "America/Lima",
            company="Andesmin Consultores",
            role="Geologist",
            who=["Rodrigo Salas Paredes", "Ana Lucía Benavides"],
            notes="English Workable mail to a Lima user; IANA zone printed.",
        ),
    )
)

# --- Teamtailor: ISO date with offset, Lisbon ----------------------------------------------------
S = "2031-03-31 15:00"
add(
    ats(
        INES,
        "teamtailor-iso-offset-lisbon-azulejo-labs",
        "interview",
        frm=("Azulejo Labs", "noreply@teamtailor-mail.com"),
        reply_to=("Tiago Meireles", "tiago.meireles@azulejolabs.example"),
        subject="Interview booked: Azulejo Labs - Data Scientist",
        date=dh("2031-03-25 12:04", "Europe/Lisbon"),
        body="""Hi Inês,

Thanks for booking a time. Here is your interview:

Data Scientist - interview with Tiago Meireles
2031-03-31 15:00 (UTC+01:00)
Duration: 45 min
Location: Teams (link will follow)

Best,
Azulejo Labs
""",
        label=lab(
            S,
            "Europe/Lisbon",
            None,
            company="Azulejo Labs",
            role="Data Scientist",
            who=["Tiago Meireles"],
            emails=["tiago.meireles@azulejolabs.example"],
            notes="UTC offset only; Lisbon is WEST (+01:00) from 30 March.",
        ),
    )
)

# --- Recruitee, Brussels, English ----------------------------------------------------------------
S = "2031-02-21 09:30"
add(
    ats(
        AMANDINE,
        "recruitee-brussels-beffroi-consulting",
        "interview",
        frm=("Beffroi Consulting", "beffroi@recruitee.com"),
        subject="Interview invitation confirmed - Junior Policy Analyst",
        date=dh("2031-02-14 15:30", "Europe/Brussels"),
        body="""Dear Amandine,

Thank you for choosing a slot. We look forward to meeting you on Friday 21 February at 9:30 (Brussels time) at Rue Belliard 12.

You will meet Koen Vanderstraeten (Partner) and Aurélie Massart (Senior Consultant).

Kind regards,
Beffroi Consulting
""",
        label=lab(
            S,
            "Europe/Brussels",
            "Europe/Brussels",
            company="Beffroi Consulting",
            role="Junior Policy Analyst",
            who=["Koen Vanderstraeten", "Aurélie Massart"],
            notes="'Brussels time'.",
        ),
    )
)

# --- BambooHR: plain, Denver, no zone named ---------------------------------------------------------
S = "2031-03-13 15:00"
add(
    ats(
        BRODY,
        "bamboohr-plain-denver-no-zone-aspenleaf",
        "interview",
        frm=("Aspenleaf Dental Group", "notifications@app.bamboohr.com"),
        reply_to=("Courtney Fahey", "cfahey@aspenleafdental.example"),
        subject="Interview for Operations Coordinator at Aspenleaf Dental Group",
        date=dh("2031-03-08 09:12", "America/Denver"),
        body="""Hi Brody,

Thanks for your interest in the Operations Coordinator position. This email confirms your interview on Thursday, March 13 at 3:00 pm at our corporate office (1550 Larimer St, Suite 300).

You'll meet with Courtney Fahey (Regional Operations Director).

Thanks,
Courtney
""",
        label=lab(
            S,
            "America/Denver",
            None,
            company="Aspenleaf Dental Group",
            role="Operations Coordinator",
            who=["Courtney Fahey"],
            emails=["cfahey@aspenleafdental.example"],
            notes="No zone named; Denver after the switch (MDT -06:00); sent before the switch.",
        ),
    )
)

# --- Pinpoint, London ----------------------------------------------------------------------------------
S = "2031-03-28 11:00"
add(
    ats(
        HAMISH,
        "pinpoint-london-fenwick-housing",
        "interview",
        frm=("Fenwick Housing Trust", "no-reply@pinpointhq.com"),
        subject="Your interview with Fenwick Housing Trust",
        date=dh("2031-03-21 13:37", "Europe/London"),
        body="""Dear Hamish,

We're pleased to confirm your interview for Finance Business Partner.

Date: Friday 28th March
Time: 11:00am (GMT)
Format: In person, 22 Tabernacle Street, London
Panel: Yemi Adeyinka (Director of Finance), Claire Ostrander (Board Member)

Please allow 90 minutes including a short written exercise.

Fenwick Housing Trust
""",
        label=lab(
            S,
            "Europe/London",
            None,
            company="Fenwick Housing Trust",
            role="Finance Business Partner",
            who=["Yemi Adeyinka", "Claire Ostrander"],
            notes="'GMT' just before the UK switch on 30 March (still +00:00).",
        ),
    )
)

# --- Rippling, Puerto Rico (AST, no DST) -----------------------------------------------------------
S = "2031-03-17 13:00"
add(
    ats(
        YADIRA,
        "rippling-san-juan-coqui-health",
        "interview",
        frm=("Coquí Health", "no-reply@rippling.com"),
        subject="Interview scheduled: Clinical Operations Manager",
        date=dh("2031-03-10 10:40", "America/Puerto_Rico"),
        body="""Hi Yadira,

Your interview for Clinical Operations Manager at Coquí Health is scheduled.

Monday, March 17, 2031
1:00 PM - 2:00 PM AST
Interviewer: Dr. Rafael Quiñones Soto, Chief Medical Officer
Google Meet: https://coquihealth.example/meet/rqs

Rippling Recruiting on behalf of Coquí Health
""",
        label=lab(
            S,
            "America/Puerto_Rico",
            None,
            company="Coquí Health",
            role="Clinical Operations Manager",
            who=["Rafael Quiñones Soto"],
            notes="'AST' (Atlantic, -04:00, no DST in Puerto Rico).",
        ),
    )
)

# --- HiBob, Singapore ------------------------------------------------------------------------------
S = "2031-02-27 16:00"
add(
    ats(
        JUNJIE,
        "hibob-singapore-merlion-freightworks",
        "interview",
        frm=("Merlion Freightworks via Bob", "hiring@hibob.com"),
        reply_to=("Wong Hui Min", "huimin.wong@merlionfreight.example"),
        subject="Interview details - Pricing Analyst (Merlion Freightworks)",
        date=dh("2031-02-20 14:14", "Asia/Singapore"),
        body="""Hi Jun Jie,

Please find your interview details below.

Role: Pricing Analyst
Date: Thursday, 27 Feb 2031
Time: 4pm SGT
Interviewers: Wong Hui Min (Pricing Manager) and Ramesh Pillai (Head of Commercial)
Location: 10 Pasir Panjang Road, #08-01

Regards,
Hui Min
""",
        label=lab(
            S,
            "Asia/Singapore",
            None,
            company="Merlion Freightworks",
            role="Pricing Analyst",
            who=["Wong Hui Min", "Ramesh Pillai"],
            emails=["huimin.wong@merlionfreight.example"],
            notes="'SGT' only.",
        ),
    )
)

# --- Calendly invitee confirmation, Santiago after Chile's April switch -------------------------
S = "2031-04-09 11:00"
add(
    invite(
        CATALINA,
        "calendly-invitee-santiago-after-switch-altiplano",
        "interview",
        start=S,
        zone=None,
        utc_zone="America/Santiago",
        minutes=30,
        summary="Intro interview: Altiplano Data (Catalina Urrutia Pizarro)",
        organizer=("Matías Echeverría", "matias@altiplanodata.example"),
        attendees=[("Catalina Urrutia Pizarro", "catalina.urrutiap@example.net")],
        prodid="-//Calendly//Calendly//EN",
        uid_style="calendly.com",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Matías Echeverría", "matias@altiplanodata.example"),
        subject="Confirmed: Intro interview: Altiplano Data with Matías Echeverría on Wednesday, April 9, 2031",
        date=dh("2031-04-02 18:03", "America/Santiago"),
        body="""Hi Catalina Urrutia Pizarro,

A new event has been scheduled.

Event Type:
Intro interview: Altiplano Data

Invitee:
Catalina Urrutia Pizarro

Event Date/Time:
11:00am - Wednesday, April 9, 2031 (Chile Time)

Location:
This is a Google Meet web conference.

Host:
Matías Echeverría
""",
        label=lab(
            S,
            "America/Santiago",
            "America/Santiago",
            company="Altiplano Data",
            who=["Matías Echeverría"],
            emails=["matias@altiplanodata.example"],
            notes="Calendly 'Chile Time'; after Chile's 5/6 April switch (-04:00), booked before it.",
        ),
    )
)

# --- GoodTime schedule, Jakarta ---------------------------------------------------------------------
S = "2031-03-26 09:00"
add(
    ats(
        PUTRI,
        "goodtime-schedule-jakarta-nusantara-pay",
        "interview",
        frm=("Nusantara Pay Recruiting", "scheduling@goodtime.io"),
        subject="Your interview schedule: Nusantara Pay - Risk Analyst",
        date=dh("2031-03-19 15:22", "Asia/Jakarta"),
        body="""Hi Putri,

Your interviews are confirmed. All times are shown in Western Indonesia Time (WIB).

Wednesday, March 26, 2031
09:00 - 09:45  Fraud strategy - Bayu Kusumawardhana
09:45 - 10:30  Case study - Rini Hapsari
10:30 - 11:00  Meet the team lead - Daniel Siahaan

Location: Nusantara Pay, Menara Karya 21F, Kuningan

GoodTime on behalf of Nusantara Pay
""",
        label=lab(
            S,
            "Asia/Jakarta",
            "Asia/Jakarta",
            company="Nusantara Pay",
            role="Risk Analyst",
            who=["Bayu Kusumawardhana", "Rini Hapsari", "Daniel Siahaan"],
            notes="GoodTime session list in WIB (+07:00).",
        ),
    )
)

# --- ModernLoop update: new time, Chicago ---------------------------------------------------------
S = "2031-04-03 13:30"
add(
    ats(
        MARISOL,
        "modernloop-rescheduled-new-time-prairie-ledger",
        "interview",
        frm=("Prairie Ledger Recruiting", "notifications@modernloop.io"),
        subject="Updated: your interview with Prairie Ledger has moved",
        date=dh("2031-03-28 11:11", "America/Chicago"),
        body="""Hi Marisol,

Your interview has been rescheduled.

Previously: Wednesday, April 2, 2031, 10:00 AM CDT
New time: Thursday, April 3, 2031, 1:30 PM - 2:30 PM CDT

Interviewer: Gwendolyn Achterberg (Controller)

See you then!
Prairie Ledger Recruiting
""",
        label=lab(
            S,
            "America/Chicago",
            None,
            company="Prairie Ledger",
            who=["Gwendolyn Achterberg"],
            notes="Reschedule: the new time counts, not the struck one.",
        ),
    )
)

# --- Cronofy-powered booking, Kathmandu ----------------------------------------------------------
S = "2031-03-03 11:45"
add(
    ats(
        BIBEK,
        "cronofy-booking-kathmandu-himal-cloud",
        "interview",
        frm=("Himal Cloud Hiring", "no-reply@cronofy.com"),
        reply_to=("Sabina Gurung", "sabina.gurung@himalcloud.example"),
        subject="Booking confirmed: DevOps Engineer interview",
        date=dh("2031-02-26 10:01", "Asia/Kathmandu"),
        body="""Your booking is confirmed.

DevOps Engineer interview - Himal Cloud
Monday 3 March 2031, 11:45 - 12:30 (Asia/Kathmandu, GMT+5:45)
With: Sabina Gurung, Niraj Maharjan

A calendar invitation has been sent to bibek.athapa@example.net.
""",
        label=lab(
            S,
            "Asia/Kathmandu",
            "Asia/Kathmandu",
            company="Himal Cloud",
            role="DevOps Engineer",
            who=["Sabina Gurung", "Niraj Maharjan"],
            emails=["sabina.gurung@himalcloud.example"],
            notes="Cronofy booking, +05:45.",
        ),
    )
)

# --- YouCanBookMe, Auckland before the April switch --------------------------------------------------
S = "2031-04-02 14:00"
add(
    ats(
        ANAHERA,
        "youcanbookme-auckland-kauri-legal",
        "interview",
        frm=("Kauri Legal", "bookings@youcanbook.me"),
        reply_to=("Hemi Walker", "hemi.walker@kaurilegal.example"),
        to="anahera.mahi@example.net",
        subject="Booking confirmed: Graduate Solicitor interview on 2 Apr 2031 at 2:00pm",
        date=dh("2031-03-29 08:30", "Pacific/Auckland"),
        body="""Kia ora Anahera,

Your booking is confirmed.

What: Graduate Solicitor interview
When: Wed 2 Apr 2031, 2:00pm - 2:45pm (Pacific/Auckland)
Where: Kauri Legal, Level 7, 55 Shortland Street
Who: Hemi Walker (Partner)

Need to change? Use the link in your confirmation.
""",
        label=lab(
            S,
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kauri Legal",
            role="Graduate Solicitor",
            who=["Hemi Walker"],
            emails=["hemi.walker@kaurilegal.example"],
            notes="Second user address; NZDT (+13:00) before the 6 April switch.",
        ),
    )
)

# --- Microsoft Bookings, Johannesburg --------------------------------------------------------------
S = "2031-02-24 10:30"
add(
    ats(
        THANDEKA,
        "ms-bookings-johannesburg-karoo-mutual",
        "interview",
        frm=("Karoo Mutual Careers", "karoomutual@bookings.microsoft.com"),
        subject="Your booking with Karoo Mutual Careers is confirmed",
        date=dh("2031-02-18 07:55", "Africa/Johannesburg"),
        body="""Hi Thandeka,

Thanks for booking with Karoo Mutual Careers.

Graduate Programme - Competency interview
Monday, 24 February 2031 10:30 (UTC+02:00) Harare, Pretoria
Staff: Pieter Swanepoel
Microsoft Teams meeting - join link below.
""",
        label=lab(
            S,
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Karoo Mutual",
            role="Graduate Programme",
            who=["Pieter Swanepoel"],
            notes="Bookings prints the Windows caption '(UTC+02:00) Harare, Pretoria' (Pretoria: Johannesburg's zone).",
        ),
    )
)

# --- HubSpot meetings, Caracas ---------------------------------------------------------------------
S = "2031-03-07 15:00"
add(
    ats(
        ORIANA,
        "hubspot-meeting-caracas-orinoco-media",
        "interview",
        frm=("Orinoco Media", "no-reply@meetings.hubspot.com"),
        subject="Meeting booked: Interview - Content Strategist with Valentina Rondón",
        date=dh("2031-03-03 12:30", "America/Caracas"),
        body="""Hi Oriana,

Your meeting is booked.

Interview - Content Strategist
Friday, March 7, 2031 3:00 PM (GMT-4:00) Caracas
With Valentina Rondón, Editorial Director, Orinoco Media
Video conference link: https://orinocomedia.example/v/rondon
""",
        label=lab(
            S,
            "America/Caracas",
            "America/Caracas",
            company="Orinoco Media",
            role="Content Strategist",
            who=["Valentina Rondón"],
            notes="HubSpot meetings; 'Caracas' city, -04:00.",
        ),
    )
)

# --- Cal.com booking, Kolkata ---------------------------------------------------------------------
S = "2031-03-10 18:00"
add(
    invite(
        KAVYA,
        "calcom-booking-kolkata-tamarind-health",
        "interview",
        start=S,
        zone="Asia/Kolkata",
        minutes=30,
        summary="Hiring manager chat between Tamarind Health and Kavya Raghunathan",
        organizer=("Aditi Bhattacharjee", "aditi@tamarindhealth.example"),
        attendees=[("Kavya Raghunathan", "kavya.raghunathan@example.com")],
        prodid=CALCOM,
        uid_style="cal.com",
        frm=("Cal.com", "hello@cal.com"),
        reply_to=("Aditi Bhattacharjee", "aditi@tamarindhealth.example"),
        subject="Confirmed: Hiring manager chat between Tamarind Health and Kavya Raghunathan @ Mon, 10 Mar 2031 6:00pm",
        date=dh("2031-03-06 21:10", "Asia/Kolkata"),
        body="""This meeting is scheduled

What: Hiring manager chat (Senior Data Analyst)
When: Monday, 10 March 2031 6:00pm - 6:30pm (Asia/Kolkata)
Who: Aditi Bhattacharjee - Organizer
     Kavya Raghunathan
Where: Google Meet
""",
        label=lab(
            S,
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Tamarind Health",
            role="Senior Data Analyst",
            who=["Aditi Bhattacharjee"],
            emails=["aditi@tamarindhealth.example"],
            notes="Cal.com booking with .ics.",
        ),
    )
)

# --- Scheduling requests (nothing booked) ----------------------------------------------------------
add(
    ats(
        NOELANI,
        "greenhouse-availability-request-tidepool-games",
        "scheduling_request",
        frm=("Tidepool Games Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Jess Okonjo", "jess.okonjo@tidepoolgames.example"),
        subject="Please submit your availability - Tidepool Games",
        date=dh("2031-03-03 10:15", "America/Los_Angeles"),
        body="""Hi Noelani,

We'd love to set up your onsite loop for Gameplay Engineer. Please share your availability for the weeks of March 17 and March 24 using the link below (times in Pacific).

https://tidepoolgames.example/availability/nsp-2291

Thanks,
Jess Okonjo
""",
        label=note("Greenhouse availability request; no time booked.", company="Tidepool Games"),
    )
)
add(
    ats(
        DESHAWN,
        "calendly-link-pick-a-time-harborview-capital",
        "scheduling_request",
        frm=("Nia Castellanos", "nia.castellanos@harborviewcap.example"),
        to="dop.careers@example.org",
        subject="Next step - Harborview Capital",
        date=dh("2031-02-19 13:02", "America/New_York"),
        body="""Hi DeShawn,

Thanks for your application for the Fund Accountant role. I'd like to set up a 30-minute phone screen - please grab whatever time works for you here:

https://calendly.com/nia-castellanos-harborview/30min

Best,
Nia Castellanos
Talent Partner, Harborview Capital
""",
        label=note(
            "Calendly link to pick a slot, to the user's second address.",
            company="Harborview Capital",
        ),
    )
)
add(
    ats(
        TALLULAH,
        "modernloop-options-three-slots-mesa-verde-credit",
        "scheduling_request",
        frm=("Mesa Verde Credit Union", "notifications@modernloop.io"),
        subject="Action needed: choose a time for your interview",
        date=dh("2031-03-20 09:40", "America/Phoenix"),
        body=f"""Hi Tallulah,

Please choose one of the following times for your Member Services Supervisor interview (Arizona time):

- {d("2031-03-25", "short")}, 10:00 AM
- {d("2031-03-26", "short")}, 2:00 PM
- {d("2031-03-27", "short")}, 9:30 AM

Select a time: https://mesaverdecu.example/pick/ts-448

Mesa Verde Credit Union Recruiting
""",
        label=note("Three options, none chosen.", company="Mesa Verde Credit Union"),
    )
)

# --- Cancellation from an ATS -----------------------------------------------------------------------
S = "2031-03-18 10:00"
add(
    ats(
        JUNJIE,
        "workday-interview-cancelled-raffles-biotech",
        "interview_cancelled",
        frm=("Raffles Biotech Careers", "rafflesbio@myworkday.com"),
        subject="Interview Cancelled - Job Requisition JR-0932 Lab Automation Engineer",
        date=dh("2031-03-14 17:20", "Asia/Singapore"),
        body="""Dear Ong Jun Jie,

The following interview has been cancelled:

Job Requisition: JR-0932 Lab Automation Engineer
Interview Date: 18/03/2031
Start Time: 10:00 AM
Time Zone: (GMT+08:00) Singapore

We will contact you if the interview is rescheduled.

Raffles Biotech Talent Acquisition
""",
        label=lab(
            S,
            "Asia/Singapore",
            "Asia/Singapore",
            company="Raffles Biotech",
            role="Lab Automation Engineer",
            notes="Workday cancellation; day-first numeric date for a dmy user.",
        ),
    )
)
