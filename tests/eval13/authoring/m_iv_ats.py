"""Interviews confirmed by ATS and scheduling tools in text and HTML only (no calendar part):
Greenhouse, Lever, Workday, Ashby, SmartRecruiters, iCIMS, Workable, Teamtailor, Recruitee,
BambooHR, Pinpoint, JazzHR, Jobvite, Breezy, Zoho Recruit, Homerun, Calendly, GoodTime,
ModernLoop, Cronofy, YouCanBookMe, Paradox, Gem; reminders and reschedules among them."""

from __future__ import annotations

from .kit import (
    ANDREEA,
    BRODIE,
    CIARAN,
    DAKOTA,
    EERO,
    FAIZAN,
    FERGUS,
    HOILAM,
    IARA,
    ISHAAN,
    JONINA,
    MAELYS,
    MARCUS,
    MARIAM,
    MIKA,
    PRIYANKA,
    RIN,
    SAOIRSE,
    SEUN,
    SHAYLEE,
    TAMSIN,
    WES,
    Msg,
    ats,
    d,
    dh,
    lab,
    local,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse confirmation, text only, London (BST) ---------------------------------------
S = "2032-09-21 11:00"
add(
    ats(
        TAMSIN,
        "greenhouse-confirm-text-only-quillfeather",
        "interview",
        frm=("Quillfeather Books", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Imogen Radley", "imogen.radley@quillfeather.example"),
        subject="Interview Confirmation: Quillfeather Books - Head of Digital Marketing",
        date=dh("2032-09-15 16:21:00", "Europe/London"),
        body=f"""Hi Tamsin,

Thanks for scheduling time with us. Your interview for Head of Digital Marketing is confirmed.

Date: {d(S, "uky")}
Time: 11:00 - 12:00 BST (London)
Location: Video call - a Google Meet link will be sent by the interviewer

Interviewers:
- Oscar Penhallow, Chief Marketing Officer
- Jemima Aldous, Head of Brand

If you need to reschedule, reply to this email.

Imogen Radley
Talent Partner, Quillfeather Books
""",
        label=lab(
            S,
            "Europe/London",
            "Europe/London",
            company="Quillfeather Books",
            role="Head of Digital Marketing",
            who=["Oscar Penhallow", "Jemima Aldous"],
            notes="Greenhouse text confirmation, no calendar; '(London)' names the zone.",
        ),
        html_only=False,
    )
)

# --- Lever self-schedule confirmation, HTML only, New York ------------------------------------
S = "2032-10-13 14:30"
add(
    ats(
        MARCUS,
        "lever-self-scheduled-html-only-cobaltline",
        "interview",
        frm=("Cobaltline Payments", "no-reply@hire.lever.co"),
        subject="You're scheduled: Cobaltline Payments interview",
        date=dh("2032-10-07 10:05:00", "America/New_York"),
        html_only=True,
        body=f"""Hi Marcus,

You're all set! Here are the details of your upcoming interview with Cobaltline Payments for the Risk Operations Manager position.

{d(S, "usy")}
2:30pm - 3:15pm Eastern Time (US & Canada)
With: Fiona Castellano-Reid (Director, Risk Operations)

Join: https://cobaltline.zoom.us/j/81122334455

Need to make a change? Use the link in your original scheduling email.
""",
        label=lab(
            S,
            "America/New_York",
            "America/New_York",
            company="Cobaltline Payments",
            role="Risk Operations Manager",
            who=["Fiona Castellano-Reid"],
            notes="Lever self-scheduling confirmation, HTML only, no calendar part.",
        ),
    )
)

# --- Workday, numeric ymd date, Tokyo ---------------------------------------------------------
S = "2032-10-08 13:00"
add(
    ats(
        RIN,
        "workday-numeric-ymd-kiriyama-precision",
        "interview",
        frm=("Kiriyama Precision Careers", "kiriyama@myworkday.com"),
        subject="Interview Scheduled - R-55810 Quality Engineer",
        date=dh("2032-09-30 09:00:00", "Asia/Tokyo"),
        body="""Dear Rin Hanazawa,

An interview has been scheduled for you.

Job Requisition: R-55810 Quality Engineer
Interview Type: Second Interview (Onsite)
Start: 2032/10/08 13:00
End: 2032/10/08 14:30
Time Zone: (GMT+09:00) Tokyo
Location: Kiriyama Precision, Kawasaki Plant, Building 3 reception
Interviewers: Sato Kenji; Mori Ayumi

Please log in to the candidate home to view details.

This is a system-generated message. Please do not reply.
""",
        label=lab(
            S,
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Kiriyama Precision",
            role="Quality Engineer",
            who=["Sato Kenji", "Mori Ayumi"],
            notes="Workday numeric year-first fields; '(GMT+09:00) Tokyo'.",
        ),
    )
)

# --- Ashby reminder ("tomorrow"), Dublin --------------------------------------------------------
S = "2032-10-22 09:30"
add(
    ats(
        CIARAN,
        "ashby-reminder-tomorrow-tessellate-dublin",
        "interview",
        frm=("Tessellate", "no-reply@ashbyhq.com"),
        subject="Reminder: your interview with Tessellate is tomorrow",
        date=dh("2032-10-21 09:30:00", "Europe/Dublin"),
        body="""Hi Ciarán,

Just a reminder that your System Design interview for Senior Backend Engineer is tomorrow at 9:30 AM Irish time.

Interviewer: Róisín Keohane (Staff Engineer)
Duration: 60 minutes
Link: https://meet.google.com/tsl-kqpw-vxe

Good luck!
Tessellate Recruiting
""",
        label=lab(
            S,
            "Europe/Dublin",
            "Europe/Dublin",
            company="Tessellate",
            role="Senior Backend Engineer",
            who=["Róisín Keohane"],
            notes="Ashby reminder with 'tomorrow' resolved against the Date header; 'Irish time'.",
        ),
    )
)

# --- SmartRecruiters phone screen, company calls, Lagos ----------------------------------------
S = "2032-09-29 11:00"
add(
    ats(
        SEUN,
        "smartrecruiters-phone-screen-lagos-okpara",
        "interview",
        frm=("Okpara Energy via SmartRecruiters", "noreply@smartrecruiters.com"),
        subject="Phone interview scheduled - Reservoir Engineer",
        date=dh("2032-09-24 13:15:00", "Africa/Lagos"),
        body=f"""Dear Oluwaseun,

Your phone interview for the Reservoir Engineer position at Okpara Energy has been scheduled.

When: {d(S, "uk")} 2032, 11:00 WAT
How: Chidinma Eze, HR Business Partner, will call you on the number in your application.

Please make sure you are in a quiet place with good reception.

Regards,
Okpara Energy Talent Acquisition
""",
        label=lab(
            S,
            "Africa/Lagos",
            None,
            company="Okpara Energy",
            role="Reservoir Engineer",
            who=["Chidinma Eze"],
            notes="SmartRecruiters phone screen; the HR partner calls the user; 'WAT' only.",
        ),
    )
)

# --- iCIMS reschedule giving the new time, Hong Kong -------------------------------------------
S = "2032-10-28 16:00"
add(
    ats(
        HOILAM,
        "icims-rescheduled-new-time-victoria-peak-bank",
        "interview",
        frm=("Victoria Harbour Bank Careers", "careers-noreply@icims.com"),
        subject="UPDATED: Interview time changed - Compliance Analyst (Req 24-1187)",
        date=dh("2032-10-25 10:48:00", "Asia/Hong_Kong"),
        body=f"""Dear Tsui Hoi-lam,

Your interview for Compliance Analyst (Req 24-1187) has been rescheduled.

Previous time: {d("2032-10-27", "abbr")} 2032, 10:00 AM HKT
New time: {d(S, "abbr")} 2032, 4:00 PM HKT
Location: 18/F, Harbourfront Tower, 8 Connaught Road Central

You will meet Mr. Leung Chi-keung, Head of Financial Crime Compliance.

Please do not reply to this e-mail; this mailbox is not monitored.
""",
        label=lab(
            S,
            "Asia/Hong_Kong",
            None,
            company="Victoria Harbour Bank",
            role="Compliance Analyst",
            who=["Leung Chi-keung"],
            notes="iCIMS reschedule: new time is the interview; 'HKT' only.",
        ),
    )
)

# --- Workable, IANA zone printed, Helsinki -------------------------------------------------------
S = "2032-09-17 13:00"
add(
    ats(
        EERO,
        "workable-iana-helsinki-kaamos-interactive",
        "interview",
        frm=("Kaamos Interactive", "noreply@workablemail.com"),
        subject="Interview confirmed with Kaamos Interactive",
        date=dh("2032-09-13 12:02:00", "Europe/Helsinki"),
        body=f"""Hi Eero,

Your interview has been confirmed.

Job: Senior Gameplay Programmer
Date & time: {d(S, "usy")}, 13:00 - 14:00 (Europe/Helsinki)
Type: Video call
Interviewers: Aino Lahtela, Markus Virkkunen

Add to calendar: https://apply.workable.com/kaamos-interactive/calendar/
""",
        label=lab(
            S,
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Kaamos Interactive",
            role="Senior Gameplay Programmer",
            who=["Aino Lahtela", "Markus Virkkunen"],
            notes="Workable confirmation with an IANA zone in brackets; no calendar part.",
        ),
    )
)

# --- Teamtailor with a UTC offset, Reykjavik ---------------------------------------------------
S = "2032-10-06 10:00"
add(
    ats(
        JONINA,
        "teamtailor-utc-offset-hvalfjordur-seafood",
        "interview",
        frm=("Hvalfjörður Seafood", "no-reply@teamtailor-mail.com"),
        subject="Bókun staðfest / Booking confirmed: interview with Hvalfjörður Seafood",
        date=dh("2032-10-01 15:30:00", "Atlantic/Reykjavik"),
        body=f"""Hi Jónína,

Your meeting is booked.

{d(S, "uky")}, 10:00 (UTC+00:00)
Meet: Sigurður Þórarinsson, Production Manager
Place: Hvalfjörður Seafood, Grandagarður 16, 101 Reykjavík

See you then!
Hvalfjörður Seafood via Teamtailor
""",
        label=lab(
            S,
            "Atlantic/Reykjavik",
            None,
            company="Hvalfjörður Seafood",
            who=["Sigurður Þórarinsson"],
            notes="Teamtailor booking with a UTC offset only; bilingual Icelandic/English subject.",
        ),
    )
)

# --- Recruitee, Bucharest, Google Meet, interviewer in signature list ---------------------------
S = "2032-10-11 15:00"
add(
    ats(
        ANDREEA,
        "recruitee-bucharest-carpathia-cloud",
        "interview",
        frm=("Carpathia Cloud", "carpathiacloud@recruitee.com"),
        subject="Interview with Carpathia Cloud - DevOps Engineer",
        date=dh("2032-10-05 11:20:00", "Europe/Bucharest"),
        body=f"""Hello Andreea,

Thank you for picking a slot. Your interview is confirmed for {d(S, "uky")} at 15:00 (Bucharest time), 45 minutes, on Google Meet.

Joining us will be Mihai Dobrescu, our Platform Lead, and Ioana Stoica from the SRE team.

Meet link: https://meet.google.com/crp-ttqz-mna

Best,
Carpathia Cloud Hiring Team
""",
        label=lab(
            S,
            "Europe/Bucharest",
            "Europe/Bucharest",
            company="Carpathia Cloud",
            role="DevOps Engineer",
            who=["Mihai Dobrescu", "Ioana Stoica"],
            notes="Recruitee confirmation, 'Bucharest time', 'Joining us will be ...'.",
        ),
    )
)

# --- BambooHR, Denver, no zone -----------------------------------------------------------------
S = "2032-09-24 11:00"
add(
    ats(
        SHAYLEE,
        "bamboohr-plain-no-zone-mesa-verde-solar",
        "interview",
        frm=("Mesa Verde Solar", "notifications@bamboohr.com"),
        reply_to=("Tess Aragon", "tess.aragon@mesaverdesolar.example"),
        subject="Interview for Project Coordinator at Mesa Verde Solar",
        date=dh("2032-09-20 08:44:00", "America/Denver"),
        body=f"""Hi Shaylee,

We'd love to meet you! Your in-person interview is set for {d(S, "us")} at 11:00 AM at our Golden office (410 Ford St). You'll meet with Ruben Sandoval, Construction Manager, and Tess Aragon from HR.

Please bring a photo ID for the front desk.

Tess Aragon
People Operations, Mesa Verde Solar
""",
        label=lab(
            S,
            "America/Denver",
            None,
            company="Mesa Verde Solar",
            role="Project Coordinator",
            who=["Ruben Sandoval", "Tess Aragon"],
            notes="BambooHR; no zone written; HR person sits in.",
        ),
    )
)

# --- Pinpoint, HTML-only table, Adelaide (ACST before the switch) ---------------------------------
S = "2032-09-30 09:00"
add(
    ats(
        BRODIE,
        "pinpoint-html-table-murray-vintners",
        "interview",
        frm=("Murray Mouth Vintners", "no-reply@pinpointhq.com"),
        subject="Your interview at Murray Mouth Vintners",
        date=dh("2032-09-24 15:00:00", "Australia/Adelaide"),
        html_only=True,
        body="""Hi Brodie,

Here are the details of your interview for Cellar Operations Supervisor.""",
        html_extra=f"""<table border="1" cellpadding="6">
<tr><th>Date</th><td>{d(S, "uky")}</td></tr>
<tr><th>Time</th><td>9:00am ACST (Adelaide)</td></tr>
<tr><th>Location</th><td>Cellar door, 12 Riverbank Rd, Goolwa</td></tr>
<tr><th>Panel</th><td>Shannon O&#39;Loughlin (Winemaker)<br>Petra Vuković (Site Manager)</td></tr>
</table>
<p>Murray Mouth Vintners Recruitment</p>""",
        label=lab(
            S,
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Murray Mouth Vintners",
            role="Cellar Operations Supervisor",
            who=["Shannon O'Loughlin", "Petra Vuković"],
            notes="Pinpoint HTML-only table; Adelaide on ACST (+09:30) before the 3 October switch.",
        ),
    )
)

# --- JazzHR, Anchorage, reminder "this Thursday" ----------------------------------------------------
S = "2032-09-09 13:00"
add(
    ats(
        DAKOTA,
        "jazzhr-this-thursday-kenai-marine",
        "interview",
        frm=("Kenai Marine Services", "noreply@applytojob.com"),
        subject="Interview reminder - Marine Electrician",
        date=dh("2032-09-06 17:30:00", "America/Anchorage"),
        body="""Hello Dakota,

This is a reminder of your interview this Thursday at 1:00 PM at our Seward Highway shop (Mile 3.5). Ask for Bjorn Halverson, our Shop Foreman.

Kenai Marine Services
Sent via JazzHR
""",
        label=lab(
            S,
            "America/Anchorage",
            None,
            company="Kenai Marine Services",
            role="Marine Electrician",
            who=["Bjorn Halverson"],
            notes="JazzHR reminder; 'this Thursday' from a Monday (Labor Day) Date header is 9 September.",
        ),
    )
)

# --- Jobvite, Kolkata -----------------------------------------------------------------------------
S = "2032-10-15 11:30"
add(
    ats(
        ISHAAN,
        "jobvite-kolkata-gangasagar-steel",
        "interview",
        frm=("Gangasagar Steel Talent Team", "notifications@jobvite.com"),
        subject="Interview Scheduled: Plant Automation Engineer",
        date=dh("2032-10-09 12:00:00", "Asia/Kolkata"),
        body=f"""Dear Ishaan Bhattacharjee,

Your interview has been scheduled as below.

Position: Plant Automation Engineer
Date: {local(S, "Asia/Kolkata"):%d-%b-%Y}
Time: 11:30 AM IST
Mode: Microsoft Teams (link will follow from the panel)
Panel: Mr. Subhajit Mondal (GM - Automation), Ms. Rituparna Ghosh (Sr. Manager - HR)

Regards,
Talent Acquisition, Gangasagar Steel Ltd.
""",
        label=lab(
            S,
            "Asia/Kolkata",
            None,
            company="Gangasagar Steel",
            role="Plant Automation Engineer",
            who=["Subhajit Mondal", "Rituparna Ghosh"],
            notes="Jobvite; 'DD-Mon-YYYY' date; 'IST' only; honorifics dropped.",
        ),
    )
)

# --- Breezy HR, Halifax, video interview ------------------------------------------------------------
S = "2032-10-19 16:00"
add(
    ats(
        FERGUS,
        "breezy-video-interview-bluenose-bikes",
        "interview",
        frm=("Bluenose Bikes", "noreply@breezy.hr"),
        subject="Bluenose Bikes: Video interview confirmed",
        date=dh("2032-10-14 12:15:00", "America/Halifax"),
        body=f"""Hi Fergus,

Your video interview for Ecommerce Manager is confirmed for {d(S, "usy")} at 4:00 PM Atlantic Time.

Our founder, Marnie Kaulback, will meet you on Zoom: https://zoom.us/j/77788123456

Thanks,
Bluenose Bikes (via Breezy HR)
""",
        label=lab(
            S,
            "America/Halifax",
            "America/Halifax",
            company="Bluenose Bikes",
            role="Ecommerce Manager",
            who=["Marnie Kaulback"],
            notes="Breezy HR; 'Atlantic Time' resolves to Halifax.",
        ),
    )
)

# --- Zoho Recruit, Dubai, onsite ------------------------------------------------------------------
S = "2032-09-27 10:00"
add(
    ats(
        MARIAM,
        "zoho-recruit-onsite-dubai-azurdune",
        "interview",
        frm=("Azurdune Hospitality HR", "hr@azurdune.zohorecruit.com"),
        subject="Interview Invitation | Guest Experience Manager | Azurdune Hospitality",
        date=dh("2032-09-21 14:10:00", "Asia/Dubai"),
        body=f"""Dear Mariam,

We are pleased to invite you for a face-to-face interview.

Date: {d(S, "abbr")} 2032
Time: 10:00 AM (UAE time)
Venue: Azurdune Hospitality, Level 5, Marina Plaza, Dubai Marina
Interviewer: Mr. Julien Haddad, Area General Manager

Kindly bring a copy of your passport and Emirates ID.

Best regards,
Azurdune Hospitality HR
""",
        label=lab(
            S,
            "Asia/Dubai",
            "Asia/Dubai",
            company="Azurdune Hospitality",
            role="Guest Experience Manager",
            who=["Julien Haddad"],
            notes="Zoho Recruit; 'UAE time' resolves to Asia/Dubai.",
        ),
    )
)

# --- Calendly invitee confirmation, Karachi -----------------------------------------------------------
S = "2032-10-18 18:00"
add(
    ats(
        FAIZAN,
        "calendly-confirmation-indus-ledger",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Hira Baig", "hira.baig@indusledger.example"),
        subject=f"Confirmed: Technical Interview with Hira Baig on {d(S, 'us')}, 2032",
        date=dh("2032-10-12 22:40:00", "Asia/Karachi"),
        body=f"""Hi Faizan Qureshi-Malik,

A new event has been scheduled.

Event Type: Technical Interview - Backend (Indus Ledger)
Invitee: Faizan Qureshi-Malik
Event Date/Time: 06:00pm - 07:00pm (Pakistan, Maldives Time), {d(S, "usy")}
Location: Google Meet

Host: Hira Baig (Engineering Lead, Indus Ledger)

Need to make changes to this event? Cancel | Reschedule

Powered by Calendly.com
""",
        label=lab(
            S,
            "Asia/Karachi",
            "Asia/Karachi",
            company="Indus Ledger",
            who=["Hira Baig"],
            notes="Calendly invitee confirmation, text/HTML only; 'Pakistan, Maldives Time'.",
        ),
    )
)

# --- GoodTime itinerary, Los Angeles ------------------------------------------------------------------
S = "2032-11-16 09:00"
add(
    ats(
        PRIYANKA,
        "goodtime-itinerary-after-switch-sequoiaform",
        "interview",
        frm=("Sequoiaform Recruiting", "scheduling@goodtime.io"),
        subject="Your interview itinerary with Sequoiaform",
        date=dh("2032-11-08 13:00:00", "America/Los_Angeles"),
        body=f"""Hi Priyanka,

Your final interviews for Principal UX Researcher are confirmed for {d(S, "usy")}. All times are in Pacific Time (PT).

9:00 AM - 9:45 AM   Research craft - Delphine Okonkwo-Hart, Research Director
10:00 AM - 10:45 AM Stakeholder case - Lionel Takahashi, VP Product
11:00 AM - 11:30 AM Values - Ruth Abernethy, People Partner

Each session has its own Zoom link in the calendar holds your coordinator sends.

Powered by GoodTime
""",
        label=lab(
            S,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Sequoiaform",
            role="Principal UX Researcher",
            who=["Delphine Okonkwo-Hart", "Lionel Takahashi", "Ruth Abernethy"],
            notes="GoodTime itinerary without calendar; 'Pacific Time (PT)'; PST after 7 November.",
        ),
    )
)

# --- ModernLoop reschedule with new time, Chicago, across the US switch ---------------------------------
S = "2032-11-09 13:00"
add(
    ats(
        WES,
        "modernloop-moved-across-switch-ironoak",
        "interview",
        frm=("Ironoak Freight Recruiting", "notifications@modernloop.io"),
        subject="Updated: your Ironoak Freight interview has moved",
        date=dh("2032-11-02 16:05:00", "America/Chicago"),
        body=f"""Hi Wes,

Your interview with Ironoak Freight has been moved.

New time: {d(S, "short")}, 1:00 PM - 2:00 PM CST
Previously: {d("2032-11-03", "short")}, 3:00 PM CDT

Interviewers: Gideon Mburu (Director of Pricing), Lena Carvalho (Senior Analyst)

Sent by ModernLoop on behalf of Ironoak Freight
""",
        label=lab(
            S,
            "America/Chicago",
            None,
            company="Ironoak Freight",
            who=["Gideon Mburu", "Lena Carvalho"],
            notes="ModernLoop reschedule with the new time (CST, after 7 November); abbreviation only.",
        ),
    )
)

# --- YouCanBookMe, Hobart -------------------------------------------------------------------------------
S = "2032-10-27 10:15"
add(
    ats(
        SAOIRSE,
        "youcanbookme-derwent-ecology",
        "interview",
        frm=("Derwent Ecology", "bookings@youcanbook.me"),
        subject=f"Booking confirmed: Field Ecologist interview - {d(S, 'abbr')} 10:15",
        date=dh("2032-10-20 21:14:00", "Australia/Hobart"),
        body=f"""Hi Saoirse,

Thanks for booking. Your interview is confirmed:

{d(S, "uky")} 10:15 - 11:00 (Australia/Hobart)
With: Dr Caitlin Marsh, Principal Ecologist
Where: Phone - Caitlin will call you

Derwent Ecology
""",
        label=lab(
            S,
            "Australia/Hobart",
            "Australia/Hobart",
            company="Derwent Ecology",
            role="Field Ecologist",
            who=["Caitlin Marsh"],
            notes="YouCanBookMe booking; interviewer phones; AEDT.",
        ),
    )
)

# --- Paradox-style assistant confirmation, São Paulo ------------------------------------------------
S = "2032-09-15 14:00"
add(
    ats(
        IARA,
        "paradox-assistant-confirmed-sabia-varejo",
        "interview",
        frm=("Olivia at Sabiá Varejo", "olivia@paradox.ai"),
        subject="Your interview at Sabiá Varejo is confirmed!",
        date=dh("2032-09-10 19:02:00", "America/Sao_Paulo"),
        body=f"""Hi Iara! It's Olivia, the recruiting assistant for Sabiá Varejo.

You're confirmed for an in-person interview for Store Manager:
{d(S, "us")} at 2:00 PM (Brasília time)
Sabiá Varejo - Loja Paulista, Av. Paulista 1500
Interviewer: Renato Guimarães, Regional Manager

Reply R to reschedule or C to cancel.
""",
        label=lab(
            S,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Sabiá Varejo",
            role="Store Manager",
            who=["Renato Guimarães"],
            notes="Conversational assistant confirmation; 'Brasília time'.",
        ),
    )
)

# --- Gem scheduling confirmation, Toronto (ymd user), interviewer only in signature -----------------
S = "2032-11-03 15:00"
add(
    ats(
        MAELYS,
        "gem-confirm-signature-only-lumenfjord",
        "interview",
        frm=("Saskia Vandermeer", "saskia.vandermeer@lumenfjord.example"),
        sender="Gem <notifications@gem.com>",
        subject="Confirmed: Maëlys / Saskia - intro call",
        date=dh("2032-10-29 10:00:00", "America/Toronto"),
        body=f"""Hi Maëlys,

Thanks for grabbing a time - we're confirmed for {d(S, "us")} at 3pm ET. I'll call you on the number on your resume.

Looking forward to telling you more about the Data Platform team.

--
Saskia Vandermeer
Engineering Manager, Data Platform | Lumenfjord
https://www.linkedin.com/in/saskia-vandermeer-example
""",
        label=lab(
            S,
            "America/Toronto",
            None,
            company="Lumenfjord",
            who=["Saskia Vandermeer"],
            emails=["saskia.vandermeer@lumenfjord.example"],
            notes="Gem-sent confirmation from the hiring manager; her title only in the signature; 'ET'.",
        ),
    )
)

# --- Cronofy scheduler, Manila, mdy ----------------------------------------------------------------
S = "2032-10-05 09:00"
add(
    ats(
        MIKA,
        "cronofy-scheduler-manila-kalayaan-telco",
        "interview",
        frm=("Kalayaan Telco Scheduling", "noreply@cronofy.com"),
        subject="Your meeting is booked: Network Planning Engineer interview",
        date=dh("2032-09-30 17:25:00", "Asia/Manila"),
        body="""Hi Mika,

Your meeting has been booked.

Network Planning Engineer - panel interview
10/05/2032 9:00 AM - 10:00 AM (Asia/Manila)
Organizer: Joanna Lacson (Talent Acquisition)
Panel: Engr. Arnel Bautista, Engr. Trixie Villanueva

Kalayaan Telco
""",
        label=lab(
            S,
            "Asia/Manila",
            "Asia/Manila",
            company="Kalayaan Telco",
            role="Network Planning Engineer",
            who=["Arnel Bautista", "Trixie Villanueva"],
            notes="Cronofy booking with a month-first numeric date (Philippines, mdy); 'Engr.' dropped.",
        ),
    )
)
