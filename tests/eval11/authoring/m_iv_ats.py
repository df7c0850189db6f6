"""Interviews confirmed by applicant-tracking and scheduling tools."""

from __future__ import annotations

from .kit import (
    CATHAL,
    CLARISSA,
    DECLAN,
    DILANI,
    ELENI,
    GURLEEN,
    HINANO,
    JARRAH,
    NOUR,
    ROHAN,
    SEOYEON,
    TAHMID,
    TIAKI,
    WENJIA,
    WINGSZE,
    YOKASTA,
    ZOFIA,
    Msg,
    d,
    dh,
    html_page,
    invite,
    lab,
    local,
    mail,
    plus,
    t12,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse: HTML table, Eastern Time, Manila user ---------------------------------------
S = "2030-11-08 09:00"
x = local(S, "America/New_York")
add(
    mail(
        CLARISSA,
        "greenhouse-table-eastern-manila",
        "interview",
        frm=("Harborlight Insurance Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Noemi Castellanos", "noemi.castellanos@harborlight.example"),
        subject="Interview Confirmation: Claims Data Analyst at Harborlight Insurance",
        date=dh("2030-11-01 11:26:00", "America/New_York"),
        rich=html_page(
            f"""<p>Hi Maria Clarissa,</p>
<p>Thanks for sharing your availability. Your interview for <b>Claims Data Analyst</b> is confirmed:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Date</th><th>Time</th><th>Interviewer</th></tr>
<tr><td>{x:%A}, {x:%B} {x.day}, {x.year}</td><td>{t12(S)} - {t12(plus(S, 45))} Eastern Time (US &amp; Canada)</td><td>Garrett Holloway, Claims Analytics Lead</td></tr>
<tr><td>{x:%A}, {x:%B} {x.day}, {x.year}</td><td>{t12(plus(S, 45))} - {t12(plus(S, 75))} Eastern Time (US &amp; Canada)</td><td>Simone Achterberg, Data Engineering</td></tr>
</table>
<p>Zoom: <a href="https://harborlight.zoom.us/j/95521877310">https://harborlight.zoom.us/j/95521877310</a></p>
<p>We know this is in the evening for you in Manila - thank you for making it work.</p>
<p>Best,<br>Noemi Castellanos<br>Recruiting Coordinator</p>"""
        ),
        label=lab(
            S,
            "America/New_York",
            "America/New_York",
            company="Harborlight Insurance",
            role="Claims Data Analyst",
            who=["Garrett Holloway", "Simone Achterberg"],
            notes="Greenhouse HTML-only table, Eastern Time (EST) = 22:00 in Manila; coordinator signs.",
        ),
    )
)

# --- Lever: plain onsite itinerary, EDT abbreviation, Santo Domingo user ----------------------
S = "2030-10-24 11:00"
x = local(S, "America/New_York")
add(
    mail(
        YOKASTA,
        "lever-itinerary-edt-santodomingo",
        "interview",
        frm=("Lumen Parcel", "no-reply@hire.lever.co"),
        reply_to=("Chris Abernathy-Lowe", "chris.al@lumenparcel.example"),
        subject="Your interview itinerary - Lumen Parcel",
        date=dh("2030-10-18 15:09:00", "America/New_York"),
        body=f"""Hi Yokasta,

Here is your itinerary for {x:%A}, {x:%B} {x.day}. All times are EDT.

11:00 AM - 11:30 AM   Intro with Mariela Santana (Head of Customer Ops)
11:30 AM - 12:15 PM   Process deep dive with Desmond Achebe
12:15 PM - 12:45 PM   Bilingual role-play with Paulina Ordaz

All sessions run on the same Google Meet: https://meet.google.com/bvr-qwdn-jsa

Chris Abernathy-Lowe
Talent Partner, Lumen Parcel

Sent via Lever
""",
        label=lab(
            S,
            "America/New_York",
            None,
            company="Lumen Parcel",
            who=["Mariela Santana", "Desmond Achebe", "Paulina Ordaz"],
            notes="Lever itinerary; 'EDT' abbreviation only; first session 11:00 (= 11:00 AST in Santo Domingo).",
        ),
    )
)

# --- Workday: numeric US date, (GMT+04:00) Dubai ------------------------------------------------
S = "2030-10-29 14:00"
add(
    mail(
        ROHAN,
        "workday-numeric-gmt4-dubai",
        "interview",
        frm=("Falconcrest Hospitality Careers", "falconcrest@myworkday.com"),
        subject="Interview Scheduled - Revenue Manager (R-20817)",
        date=dh("2030-10-22 08:40:00", "Asia/Dubai"),
        body="""Dear Rohan Pereira-Mascarenhas,

An interview has been scheduled for you for the position Revenue Manager (R-20817).

Interview Details
Date: 10/29/2030
Time: 2:00 PM - 3:00 PM (GMT+04:00) Dubai
Location: Falconcrest Marina Tower, Level 22, Dubai Marina
Interviewer(s): Leena Sabbagh; Warrick Thompson

Please sign in to your candidate home page to view details.

Falconcrest Hospitality Talent Acquisition
""",
        html_auto=True,
        label=lab(
            S,
            "Asia/Dubai",
            "Asia/Dubai",
            company="Falconcrest Hospitality",
            role="Revenue Manager",
            who=["Leena Sabbagh", "Warrick Thompson"],
            notes="Workday notification; month-first 10/29/2030 for a dmy user; explicit Dubai.",
        ),
    )
)

# --- Ashby self-scheduled with UTC .ics; Auckland company, Chatham user -----------------------
S = "2030-10-10 10:00"
x = local(S, "Pacific/Auckland")
add(
    invite(
        TIAKI,
        "ashby-selfschedule-nzdt-chatham",
        "interview",
        start=S,
        zone=None,
        utc_zone="Pacific/Auckland",
        minutes=45,
        summary="Tiaki Solomon-Preece - Pūriri Haulage - Hiring Manager Interview",
        organizer=("Pūriri Haulage Recruiting", "no-reply@ashbyhq.com"),
        attendees=[
            ("Tiaki Solomon-Preece", "tiaki.solomonpreece@example.org"),
            ("Hemi Tautahi", "hemi.tautahi@puririhaulage.example"),
        ],
        prodid="-//Ashby//Ashby Scheduling//EN",
        ics_mode="attach",
        frm=("Pūriri Haulage", "no-reply@ashbyhq.com"),
        reply_to=("Georgia Brownlee", "georgia.brownlee@puririhaulage.example"),
        subject="Confirmed: Hiring Manager Interview with Pūriri Haulage",
        date=dh("2030-10-03 12:51:00", "Pacific/Auckland"),
        body=f"""Hi Tiaki,

Thanks for picking a time! Your Hiring Manager Interview is confirmed.

{x:%A}, {x:%B} {x.day}, {x.year}
{t12(S)} - {t12(plus(S, 45))} NZDT

Interviewer: Hemi Tautahi, Operations Manager
Video: https://meet.google.com/kxt-yrpo-wqa

A calendar invitation is attached. Need to change the time? Reply to this email and Georgia will help.

Powered by Ashby
""",
        label=lab(
            S,
            "Pacific/Auckland",
            None,
            company="Pūriri Haulage",
            role=None,
            who=["Hemi Tautahi"],
            emails=["hemi.tautahi@puririhaulage.example"],
            notes="Ashby, 'NZDT' abbreviation; .ics in UTC; Chatham user sees 10:45 (+13:45).",
        ),
    )
)

# --- SmartRecruiters: base64 HTML only, Athens ------------------------------------------------
S = "2030-11-12 11:00"
x = local(S, "Europe/Athens")
page = html_page(
    f"""<div style="max-width:600px">
<h2 style="color:#0a5">You're invited to an interview</h2>
<p>Dear Eleni,</p>
<p>Aegean Ledger would like to meet you for the <b>Senior Accountant</b> position.</p>
<p><b>When:</b> {x:%A}, {x:%B} {x.day}, {x.year} at {t24(S)} (GMT+02:00) Athens<br>
<b>Where:</b> Aegean Ledger, Vasilissis Sofias 71, Athens<br>
<b>With:</b> Stavros Lambrakis (Finance Director)</p>
<p><a href="https://jobs.smartrecruiters.com/candidate/interview/accept?x=8813">Accept</a> &nbsp;
<a href="https://jobs.smartrecruiters.com/candidate/interview/decline?x=8813">Decline</a></p>
<p>Kind regards,<br>Aegean Ledger Hiring Team</p></div>"""
)
add(
    mail(
        ELENI,
        "smartrecruiters-b64-athens",
        "interview",
        frm=("Aegean Ledger", "noreply@smartrecruiters.com"),
        subject="Interview invitation: Senior Accountant at Aegean Ledger",
        date=dh("2030-11-04 10:17:00", "Europe/Athens"),
        rich=page,
        cte="base64",
        label=lab(
            S,
            "Europe/Athens",
            "Europe/Athens",
            company="Aegean Ledger",
            role="Senior Accountant",
            who=["Stavros Lambrakis"],
            notes="SmartRecruiters, base64 HTML only; EET after the 27 October switch.",
        ),
    )
)

# --- iCIMS: Brisbane, AEST named by city ----------------------------------------------------
S = "2030-10-30 14:00"
add(
    mail(
        JARRAH,
        "icims-brisbane-aest-city",
        "interview",
        frm=("Moreton Bay Water Careers", "careers-moretonbaywater@icims.com"),
        subject="Interview Scheduled - Asset Planning Engineer (Req 4471)",
        date=dh("2030-10-24 10:05:00", "Australia/Brisbane"),
        body="""Dear Jarrah,

Thank you for your application for Asset Planning Engineer. We are pleased to confirm your interview:

Date:        Wed 30 Oct 2030
Time:        2:00 pm - 3:00 pm AEST (Brisbane time)
Location:    Level 4, 240 Queen St, Brisbane QLD 4000
Panel:       Siobhan Keane (Principal Engineer), Raj Malhotra-Quinn (Asset Manager)

Please bring photo identification and copies of your qualifications.

Regards,
Talent Acquisition
Moreton Bay Water

This message was sent from an unmonitored address. Please do not reply.
""",
        label=lab(
            S,
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Moreton Bay Water",
            role="Asset Planning Engineer",
            who=["Siobhan Keane", "Raj Malhotra-Quinn"],
            notes="iCIMS, 'Wed 30 Oct 2030', 'AEST (Brisbane time)'.",
        ),
    )
)

# --- Workable: IANA zone printed literally, Dublin ---------------------------------------------
S = "2030-11-08 10:30"
x = local(S, "Europe/Dublin")
add(
    mail(
        CATHAL,
        "workable-iana-literal-dublin",
        "interview",
        frm=("Corrib Data via Workable", "noreply@workablemail.com"),
        reply_to=("Niamh Gallagher", "niamh.gallagher@corribdata.example"),
        subject="Interview with Corrib Data for Analytics Engineer",
        date=dh("2030-11-01 09:44:00", "Europe/Dublin"),
        body=f"""Hi Cathal,

Your interview has been scheduled.

Analytics Engineer - Corrib Data
{x:%a}, {x:%b} {x.day} {x.year}, {t24(S)} - {t24(plus(S, 60))} (Europe/Dublin)
Interviewers: Niamh Gallagher, Pádraig Mulcahy
Video call link: https://corribdata.zoom.us/j/81100239447

Add to calendar: Google | Outlook | iCal

Good luck!
The Corrib Data hiring team
""",
        label=lab(
            S,
            "Europe/Dublin",
            "Europe/Dublin",
            company="Corrib Data",
            role="Analytics Engineer",
            who=["Niamh Gallagher", "Pádraig Mulcahy"],
            emails=["niamh.gallagher@corribdata.example"],
            notes="Workable prints the IANA name; 24-hour clock; GMT.",
        ),
    )
)

# --- JazzHR: "Central Time", Winnipeg user -------------------------------------------------------
S = "2030-11-14 13:30"
add(
    mail(
        GURLEEN,
        "jazzhr-central-time-winnipeg",
        "interview",
        frm=("Redriver Seed Co", "notifications@app.jazzhr.com"),
        reply_to=("Holly Penner", "holly.penner@redriverseed.example"),
        subject="Interview Confirmation - Redriver Seed Co",
        date=dh("2030-11-06 16:12:00", "America/Winnipeg"),
        body="""Hello Gurleen,

This email is to confirm your interview with Redriver Seed Co for the Logistics Coordinator position.

Date: 11/14/2030
Time: 1:30 PM Central Time
Type: Phone interview - Curtis Wiebe will call you at the number on your application.

If you need to reschedule please reply to this email.

Thank you,
Holly Penner
HR Generalist
Redriver Seed Co
""",
        label=lab(
            S,
            "America/Winnipeg",
            "America/Chicago",
            company="Redriver Seed Co",
            role="Logistics Coordinator",
            who=["Curtis Wiebe"],
            notes="JazzHR phone interview; '11/14/2030 1:30 PM Central Time' (CST).",
        ),
    )
)

# --- Jobvite: AST abbreviation after the switch, Halifax -------------------------------------------
S = "2030-11-19 09:00"
x = local(S, "America/Halifax")
add(
    mail(
        DECLAN,
        "jobvite-ast-halifax",
        "interview",
        frm=("Fundy Tidal Power", "jobs-noreply@jobvite.com"),
        subject="Interview confirmed: Electrical Commissioning Lead",
        date=dh("2030-11-12 13:55:00", "America/Halifax"),
        rich=html_page(
            f"""<p>Hi Declan,</p>
<p>You're confirmed for an interview for <strong>Electrical Commissioning Lead</strong>.</p>
<p>{x:%A}, {x:%B} {x.day}, {x.year}<br>{t12(S)} AST<br>Microsoft Teams (link to follow)</p>
<p>You will meet: Morag Chisholm, Director of Engineering</p>
<p>Fundy Tidal Power Talent Team</p>
<p style="font-size:11px;color:#888">Powered by Jobvite</p>"""
        ),
        label=lab(
            S,
            "America/Halifax",
            None,
            company="Fundy Tidal Power",
            role="Electrical Commissioning Lead",
            who=["Morag Chisholm"],
            notes="Jobvite HTML-only; 'AST' abbreviation only (-04:00 after 3 November).",
        ),
    )
)

# --- Taleo: day-month-year with a month name, Colombo -----------------------------------------
S = "2030-10-25 10:00"
add(
    mail(
        DILANI,
        "taleo-colombo-dd-mon-yyyy",
        "interview",
        frm=("Serendib Mutual Careers", "serendibmutual@taleo.net"),
        subject="Serendib Mutual - Interview Schedule - Actuarial Analyst",
        date=dh("2030-10-18 14:31:00", "Asia/Colombo"),
        body="""Dear Dilani Wickramasinghe,

We are pleased to inform you that you have been shortlisted for an interview for the position of Actuarial Analyst (Requisition 30-0192).

Date : 25-Oct-2030
Time : 10:00 AM (GMT+05:30) Colombo
Venue: Serendib Mutual Head Office, 21 Sir Baron Jayatilaka Mawatha, Colombo 01
Interview panel: Mr. Asanka Gunawardena, Ms. Tharushi Perera

Please confirm your attendance through the candidate portal.

Yours faithfully,
Human Resources Division
""",
        label=lab(
            S,
            "Asia/Colombo",
            "Asia/Colombo",
            company="Serendib Mutual",
            role="Actuarial Analyst",
            who=["Asanka Gunawardena", "Tharushi Perera"],
            notes="Taleo; '25-Oct-2030'; honorifics dropped from names.",
        ),
    )
)

# --- SuccessFactors: numeric day-first date and IANA zone field, Hong Kong -----------------------
S = "2030-11-07 15:00"
add(
    mail(
        WINGSZE,
        "successfactors-hk-fields",
        "interview",
        frm=("Victoria Quay Holdings Recruiting", "recruiting@successfactors.eu"),
        subject="Interview Invitation - Compliance Officer (Job Req 77310)",
        date=dh("2030-11-01 17:20:00", "Asia/Hong_Kong"),
        body="""Dear Kwok Wing-sze,

You are invited to attend an interview for Compliance Officer.

Interview Date: 07/11/2030
Start Time: 15:00
End Time: 16:00
Time Zone: Asia/Hong_Kong
Location: 28/F, One Harbour Gate, Hung Hom
Interviewer: Chan Ka-ming; Fiona Tsui

Please accept or decline using the link in the candidate portal.

Victoria Quay Holdings
""",
        label=lab(
            S,
            "Asia/Hong_Kong",
            "Asia/Hong_Kong",
            company="Victoria Quay Holdings",
            role="Compliance Officer",
            who=["Chan Ka-ming", "Fiona Tsui"],
            notes="SuccessFactors fields: day-first 07/11/2030 is 7 November; IANA zone field.",
        ),
    )
)

# --- Teamtailor: ISO date, KST abbreviation, Seoul ----------------------------------------------
S = "2030-11-20 10:00"
add(
    mail(
        SEOYEON,
        "teamtailor-iso-kst-seoul",
        "interview",
        frm=("Hangang Mobility", "no-reply@teamtailor-mail.com"),
        reply_to=("Lee Ji-hoon", "jihoon.lee@hangangmobility.example"),
        subject="Interview booked: Hangang Mobility - Firmware Engineer",
        date=dh("2030-11-13 18:02:00", "Asia/Seoul"),
        body="""Hi Ha-neul,

Your interview is booked.

2030-11-20 10:00 - 11:00 KST
Firmware Engineer, Hangang Mobility
Participants: Lee Ji-hoon, Yoon Da-eun

Location: Hangang Mobility, 5F, 42 Teheran-ro, Gangnam-gu

Need another time? Use the link in your candidate page.
""",
        label=lab(
            S,
            "Asia/Seoul",
            None,
            company="Hangang Mobility",
            role="Firmware Engineer",
            who=["Lee Ji-hoon", "Yoon Da-eun"],
            emails=["jihoon.lee@hangangmobility.example"],
            notes="Teamtailor, ISO date, 'KST' abbreviation only.",
        ),
    )
)

# --- Calendly confirmation to the invitee, Dhaka --------------------------------------------
S = "2030-11-11 09:00"
x = local(S, "Asia/Dhaka")
add(
    mail(
        TAHMID,
        "calendly-invitee-confirm-dhaka",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Ishrat Karim", "ishrat@jamunaledger.example"),
        subject=f"Confirmed: Intro call - Jamuna Ledger between Ishrat Karim and Tahmid Chowdhury @ {x:%a} {x:%b} {x.day}, {x.year} 9am - 9:30am (BST)",
        date=dh("2030-11-05 21:40:00", "Asia/Dhaka"),
        body=f"""Hi Tahmid Chowdhury,

Your Intro call - Jamuna Ledger with Ishrat Karim at 9:00am (Bangladesh Standard Time) on {x:%A}, {x:%B} {x.day}, {x.year} is scheduled.

Event Name: Intro call - Jamuna Ledger
Location: Google Meet (the link will be added to your calendar invitation)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3a7d0e1c
Reschedule: https://calendly.com/reschedulings/3a7d0e1c

Powered by Calendly.com
""",
        html_auto=True,
        label=lab(
            S,
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Jamuna Ledger",
            who=["Ishrat Karim"],
            emails=["ishrat@jamunaledger.example"],
            notes="Calendly invitee confirmation; 'BST' in the subject is Bangladesh, not British, time.",
        ),
    )
)

# --- GoodTime: multi-session schedule, Pacific Time ----------------------------------------------
S = "2030-11-21 09:00"
x = local(S, "America/Los_Angeles")
add(
    mail(
        WENJIA,
        "goodtime-sessions-pacific-vancouver",
        "interview",
        frm=("Granite Loop Recruiting", "scheduling@goodtime.io"),
        reply_to=("Brianna Toews", "brianna.toews@graniteloop.example"),
        subject="Your Granite Loop interview schedule",
        date=dh("2030-11-14 12:33:00", "America/Los_Angeles"),
        rich=html_page(
            f"""<p>Hi Wen Jia,</p>
<p>Here is your virtual onsite for <b>Staff Product Designer</b> on <b>{x:%A}, {x:%B} {x.day}</b> (all times Pacific Time):</p>
<table cellpadding="4">
<tr><td>9:00 - 9:45 AM</td><td>Portfolio review</td><td>Kenji Marchetti</td></tr>
<tr><td>10:00 - 10:45 AM</td><td>Cross-functional partner</td><td>Aaliyah Broussard</td></tr>
<tr><td>11:00 - 11:30 AM</td><td>Hiring manager</td><td>Petra Hollingsworth</td></tr>
</table>
<p>Each session has its own calendar invite from GoodTime.</p>
<p>Brianna Toews, Recruiting Coordinator</p>"""
        ),
        label=lab(
            S,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Granite Loop",
            role="Staff Product Designer",
            who=["Kenji Marchetti", "Aaliyah Broussard", "Petra Hollingsworth"],
            notes="GoodTime schedule table (HTML only); first session 9:00 Pacific (PST).",
        ),
    )
)

# --- ModernLoop: IANA zone in parentheses, Warsaw ------------------------------------------------
S = "2030-11-19 13:00"
x = local(S, "Europe/Warsaw")
add(
    mail(
        ZOFIA,
        "modernloop-warsaw-final",
        "interview",
        frm=("Brightwater Payments", "notifications@modernloop.io"),
        reply_to=("Kasia Zielińska", "kasia.zielinska@brightwaterpay.example"),
        subject="Final interviews scheduled - Brightwater Payments",
        date=dh("2030-11-08 11:11:00", "Europe/Warsaw"),
        body=f"""Hi Zofia,

Your final interviews are scheduled for {x:%A}, {x:%B} {x.day}, {x.year} (Europe/Warsaw):

13:00 - 13:50  Test strategy - Bartosz Kamiński
14:00 - 14:50  Pairing session - Ilse Vermeulen
15:00 - 15:30  Values - Kasia Zielińska

Microsoft Teams links are in the calendar invites.

Kasia Zielińska
Talent Acquisition, Brightwater Payments
""",
        label=lab(
            S,
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Brightwater Payments",
            who=["Bartosz Kamiński", "Ilse Vermeulen", "Kasia Zielińska"],
            emails=["kasia.zielinska@brightwaterpay.example"],
            notes="ModernLoop; the recruiter also runs a values session, so she counts.",
        ),
    )
)

# --- Recruitee: English, Cairo ------------------------------------------------------------------
S = "2030-11-21 11:00"
x = local(S, "Africa/Cairo")
add(
    mail(
        NOUR,
        "recruitee-cairo-english",
        "interview",
        frm=("Delta Loom", "delta-loom@recruitee.com"),
        subject="Delta Loom: interview invitation confirmed",
        date=dh("2030-11-14 15:06:00", "Africa/Cairo"),
        body=f"""Hi Nour,

You picked a slot - great. See you on {d(S, "uky")}, {t24(S)}-{t24(plus(S, 45))} (Africa/Cairo).

You'll talk to Youssef Gaballah, our Head of Finance.
Location: Google Meet - https://meet.google.com/ghp-zzwe-nxr

Best,
Delta Loom People Team
""",
        label=lab(
            S,
            "Africa/Cairo",
            "Africa/Cairo",
            company="Delta Loom",
            who=["Youssef Gaballah"],
            notes="Recruitee after a slot pick; 'Thursday 21 November 2030, 11:00' (EET).",
        ),
    )
)

# --- Greenhouse reminder: tomorrow, PST, Marquesas user (English) -------------------------------
S = "2030-11-15 10:00"
x = local(S, "America/Los_Angeles")
add(
    mail(
        HINANO,
        "greenhouse-reminder-pst-marquesas",
        "interview",
        frm=("Cobalt Reef Labs", "no-reply@greenhouse.io"),
        subject="Reminder: your interview with Cobalt Reef Labs tomorrow",
        date=dh("2030-11-14 08:00:00", "America/Los_Angeles"),
        body=f"""Hi Hinano,

This is a friendly reminder that your interview is tomorrow, {x:%A}, {x:%B} {x.day}, at {t12(S)} PST.

Interviewer: Soren Akinyemi-Lund (Marine Data Scientist)
Join: https://cobaltreef.zoom.us/j/86655120098

If you can no longer attend, please let us know as soon as possible.

Cobalt Reef Labs Recruiting
""",
        label=lab(
            S,
            "America/Los_Angeles",
            None,
            company="Cobalt Reef Labs",
            who=["Soren Akinyemi-Lund"],
            notes="Greenhouse reminder, 'PST' only; 08:30 in the Marquesas (-09:30).",
        ),
    )
)
