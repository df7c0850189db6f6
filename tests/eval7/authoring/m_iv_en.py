"""Interviews in English: calendars, ATS mail, busy people's replies (hand-written)."""

from __future__ import annotations

from .base import (
    AIGERIM,
    APPLE,
    BEA,
    CIARAN,
    DARNELL,
    DILSHOD,
    FAISAL,
    HANA,
    KIRRA,
    LACHIE,
    LEENA,
    MARWA,
    MAUREEN,
    MINJUN,
    NIKOS,
    PRIYANKA,
    SERU,
    THAO,
    WYATT,
    XAVIER,
    ZOOM,
    ats,
    d,
    dh,
    exchange,
    gcal,
    human,
    invite,
    iso,
    iv,
    quoted,
    t12,
)

MESSAGES = []
add = MESSAGES.append

# 1 Lever confirmation, Dubai, onsite + panel bullets with a coordinator signing
s = "2028-06-13 10:30"
add(
    ats(
        LEENA,
        "lever-dubai-onsite-bullets",
        "interview",
        frm=("Salwa from Dunecrest Logistics", "no-reply@hire.lever.co"),
        reply_to=("Salwa Darwish", "salwa.darwish@dunecrest.example"),
        subject="Confirmed: your onsite with Dunecrest Logistics",
        date=dh("2028-06-07 16:12", "Asia/Dubai"),
        body=f"""Hi Leena,

Your onsite for Senior Demand Planner is confirmed.

When: {d(s)}, {t12(s)} - 1:00 PM Gulf Standard Time (Dubai)
Where: Dunecrest Logistics, Level 14, Marina Plaza, Dubai Marina

You'll meet:
• Omar Al-Suwaidi - Head of Planning
• Grace N'Diaye - Supply Chain Analytics Lead
• (lunch break with the team, 12:00 - 12:30, no interview)
• Rohan D'Souza - VP Operations

Please bring your Emirates ID for the lobby.

Salwa Darwish
Talent Coordinator | Dunecrest Logistics
+971 4 555 0192""",
        label=iv(
            iso(s, "Asia/Dubai"),
            "Asia/Dubai",
            company="Dunecrest Logistics",
            role="Senior Demand Planner",
            interviewers=["Omar Al-Suwaidi", "Grace N'Diaye", "Rohan D'Souza"],
            notes="Coordinator Salwa Darwish signs but does not interview; lunch is a break.",
        ),
    )
)

# 2 phone one-liner reply above quoted thread, Perth
s = "2028-07-18 14:00"
q = quoted(
    "2028-07-12 09:40",
    "Australia/Perth",
    "Declan O'Brien <declan.obrien@saltbushmining.example>",
    f"""Hi Kirra,

Thanks for chatting last week. Could you do a second round with me and Mei-Ling Tan (our GM Geology)?
Options:
- {d("2028-07-17", "uk")} 10am
- {d("2028-07-18", "uk")} 2pm
- {d("2028-07-19", "uk")} 11am

All AWST, at our West Perth office.

Declan O'Brien
Exploration Manager, Saltbush Mining
0400 555 218""",
)
add(
    human(
        KIRRA,
        "saltbush-second-round-phone",
        "interview",
        frm=("Declan O'Brien", "declan.obrien@saltbushmining.example"),
        subject="RE: Re: Geologist role - second round",
        date=dh("2028-07-12 11:05", "Australia/Perth"),
        body="""Tues 2pm locked in 👍 see you both then. Mei-Ling will meet you at reception.

D

Sent from my iPhone
"""
        + q,
        mailer="iphone",
        label=iv(
            iso(s, "Australia/Perth"),
            None,
            company="Saltbush Mining",
            role="Geologist",
            interviewers=["Declan O'Brien", "Mei-Ling Tan"],
            emails=["declan.obrien@saltbushmining.example"],
            notes="Choice of option 2 from the quoted list; AWST is an abbreviation only.",
        ),
    )
)

# 3 Google invite, Ho Chi Minh City
s = "2028-06-20 15:00"
add(
    gcal(
        THAO,
        "mekong-ledger-google-invite",
        "interview",
        start=s,
        zone="Asia/Ho_Chi_Minh",
        minutes=45,
        summary="Mekong Ledger - Product Designer interview (Thao / Vo Thanh Long)",
        organizer=("Vo Thanh Long", "long.vo@mekongledger.example"),
        guests=[("Vo Thanh Long", "long.vo@mekongledger.example")],
        date=dh("2028-06-14 10:02", "Asia/Ho_Chi_Minh"),
        note_text="Portfolio walkthrough, 45 min. Please share your screen.",
        label=iv(
            iso(s, "Asia/Ho_Chi_Minh"),
            "Asia/Ho_Chi_Minh",
            company="Mekong Ledger",
            role="Product Designer",
            interviewers=["Vo Thanh Long"],
            emails=["long.vo@mekongledger.example"],
            notes="Family-name-first Vietnamese interviewer.",
        ),
    )
)

# 4 Outlook/Teams, Riyadh, Arab Standard Time
s = "2028-08-08 11:00"
add(
    exchange(
        FAISAL,
        "najd-utilities-teams-panel",
        "interview",
        start=s,
        zone="Arab Standard Time",
        when_zone="(UTC+03:00) Kuwait, Riyadh",
        minutes=60,
        subject="Interview - Grid Analytics Engineer - Faisal bin Turki",
        organizer=("Noura Al-Qahtani", "n.alqahtani@najdutilities.example"),
        attendees=[
            ("Abdullah bin Saad", "a.binsaad@najdutilities.example"),
            ("Pieter van Wyk", "p.vanwyk@najdutilities.example"),
        ],
        date=dh("2028-08-01 13:20", "Asia/Riyadh"),
        text="""Dear Faisal,

Please find the invitation for your technical interview. Panel:
Abdullah bin Saad, Director Grid Analytics
Pieter van Wyk, Principal Engineer

I will open the call and hand over to the panel.

Regards,
Noura Al-Qahtani
Talent Acquisition Partner""",
        label=iv(
            iso(s, "Asia/Riyadh"),
            "Asia/Riyadh",
            company="Najd Utilities",
            role="Grid Analytics Engineer",
            interviewers=["Abdullah bin Saad", "Pieter van Wyk"],
            emails=["a.binsaad@najdutilities.example", "p.vanwyk@najdutilities.example"],
            notes="Organiser opens the call but is not on the panel; Windows TZID Arab Standard Time.",
        ),
    )
)

# 5 Calendly confirmation, recruiter screen, Denver
s = "2028-06-22 09:15"
add(
    ats(
        WYATT,
        "calendly-recruiter-screen-denver",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        subject=f"New Event: Wyatt Lindqvist - {t12(s)} {d(s, 'usy')} - 30 Minute Recruiter Screen",
        date=dh("2028-06-16 20:44", "America/Denver"),
        body=f"""Hi Wyatt Lindqvist,

A new event has been scheduled.

Event Type:
30 Minute Recruiter Screen

Invitee:
Jolene McCarty (Recruiter, Basalt Ridge Outdoor Co.)

Event Date/Time:
{t12(s)} - Thursday, June 22, 2028 (Mountain Time - US & Canada)

Location:
Jolene will call you at the number provided.

Questions:
Role you applied for: Ecommerce Operations Manager

Powered by Calendly.com""",
        label=iv(
            iso(s, "America/Denver"),
            "America/Denver",
            company="Basalt Ridge Outdoor Co.",
            role="Ecommerce Operations Manager",
            interviewers=["Jolene McCarty"],
            notes="Recruiter screen: the recruiter is the interviewer.",
        ),
    )
)

# 6 Zoom invite, HTML table agenda, Manila user, times in PT and converted
s = "2028-07-11 08:00"
add(
    invite(
        BEA,
        "zoom-agenda-table-manila",
        "interview",
        frm=("Harbor & Pine Talent", "talent@harborpine.example"),
        subject="Your final interview loop - Harbor & Pine (Jul 11, Manila time)",
        date=dh("2028-07-05 09:00", "Asia/Manila"),
        body="""Hi Bea,

Here is your final loop for Customer Success Lead (APAC). Times below are Manila time (PHT).

| Time | Session | Interviewer |
| 8:00 - 8:45 AM | Customer scenario | Tyrell MacPherson |
| 8:45 - 9:00 AM | Break | - |
| 9:00 - 9:45 AM | Leadership | Ana-Sofia da Costa |
| 9:45 - 10:30 AM | Values | Q. Hoang |

Zoom link in the attached invite. Sheryl Banks (Recruiting Coordinator) will be on standby.

Cheers,
Harbor & Pine Talent""",
        html_only=False,
        start=s,
        zone=None,
        utc_zone="Asia/Manila",
        minutes=150,
        summary="Harbor & Pine - Final loop (Bea Mercado-Lim)",
        organizer=("Sheryl Banks", "sheryl.banks@harborpine.example"),
        prodid=ZOOM,
        label=iv(
            iso(s, "Asia/Manila"),
            None,
            company="Harbor & Pine",
            role="Customer Success Lead (APAC)",
            interviewers=["Tyrell MacPherson", "Ana-Sofia da Costa", "Q. Hoang"],
            notes="Agenda with a break; coordinator on standby is not an interviewer; Zoom .ics in UTC; PHT abbreviation only.",
        ),
    )
)

# 7 Ashby confirmation, Brisbane
s = "2028-06-29 13:30"
add(
    ats(
        LACHIE,
        "ashby-brisbane-tech-screen",
        "interview",
        frm=("Coralfin Health Recruiting", "no-reply@ashbyhq.com"),
        subject="Interview confirmed: Coralfin Health - Backend Engineer",
        date=dh("2028-06-23 08:10", "Australia/Brisbane"),
        body=f"""Hi Lachlan,

Your interview is confirmed.

Technical screen with Siobhan MacGillivray
{d(s, "uky")}
{t12(s)} - 2:30 PM (AEST, Brisbane)
Google Meet: https://meet.google.com/hwq-pzot-ubd

Need to reschedule? Use the link in your candidate portal.

Powered by Ashby""",
        label=iv(
            iso(s, "Australia/Brisbane"),
            "Australia/Brisbane",
            company="Coralfin Health",
            role="Backend Engineer",
            interviewers=["Siobhan MacGillivray"],
        ),
    )
)

# 8 Outlook quote-header reply, Fiji, recruiter confirms time
s = "2028-07-06 10:00"
add(
    human(
        SERU,
        "outlook-quoted-fiji-confirm",
        "interview",
        frm=("Salote Naivalu", "salote.naivalu@reefline.example"),
        subject="RE: Operations Officer application - interview",
        date=dh("2028-07-03 15:30", "Pacific/Fiji"),
        body=f"""Bula Seru,

Great - Thursday 10am (Fiji time) it is. You'll be interviewed by our GM Ratu Jone Delana and myself at the Suva office, 2nd floor. Bring your certificates pls.

Vinaka,
Salote Naivalu | HR Manager | Reefline Shipping
Ph +679 555 0147

From: Seru Vakaloloma <seru.vakaloloma@example.com>
Sent: Monday, July 3, 2028 2:11 PM
To: Salote Naivalu <salote.naivalu@reefline.example>
Subject: RE: Operations Officer application - interview

Hi Salote, {d(s, "us")} at 10 suits me best. Thanks!

From: Salote Naivalu <salote.naivalu@reefline.example>
Sent: Friday, June 30, 2028 4:48 PM
To: Seru Vakaloloma
Subject: Operations Officer application - interview

Hi Seru, we'd like to interview you for Operations Officer. Could you come in on {d("2028-07-05", "us")} or {d(s, "us")} morning?""",
        mailer="outlook",
        label=iv(
            iso(s, "Pacific/Fiji"),
            "Pacific/Fiji",
            company="Reefline Shipping",
            role="Operations Officer",
            interviewers=["Ratu Jone Delana", "Salote Naivalu"],
            emails=["salote.naivalu@reefline.example"],
            notes="Outlook From/Sent/To/Subject quote headers; HR manager interviews too.",
        ),
    )
)

# 9 Greenhouse, Cairo, forwarded by user to self with a note
s = "2028-06-26 12:00"
add(
    human(
        MARWA,
        "fwd-greenhouse-cairo-selfnote",
        "interview",
        frm=("Marwa Abdelrahman", "marwa.abdelrahman@example.com"),
        subject="Fwd: Interview Confirmation - Nilewave Payments",
        date=dh("2028-06-20 22:40", "Africa/Cairo"),
        body=f"""note to self - prep SQL + the case study!!

---------- Forwarded message ---------
From: Nilewave Payments <no-reply@us.greenhouse-mail.io>
Date: Tue, Jun 20, 2028 at 3:05 PM
Subject: Interview Confirmation - Nilewave Payments
To: <marwa.abdelrahman@example.com>

Hi Marwa,

Thank you for scheduling. Here are the details of your interview for Risk Data Analyst:

{d(s, "usy")}
12:00 PM - 1:00 PM Eastern European Summer Time (Cairo)

Interviewers:
Karim El-Sayed, Risk Lead
Yasmine Fawzy, Senior Analyst

Location: Microsoft Teams (link to follow)

Best,
Nilewave Payments Recruiting""",
        mailer="gmail",
        to="marwa.abdelrahman@example.com",
        label=iv(
            iso(s, "Africa/Cairo"),
            "Africa/Cairo",
            company="Nilewave Payments",
            role="Risk Data Analyst",
            interviewers=["Karim El-Sayed", "Yasmine Fawzy"],
            notes="User forwards ATS mail to herself with a short note; Egypt on summer time.",
        ),
    )
)

# 10 Apple invite from hiring manager, Tashkent
s = "2028-07-25 16:00"
add(
    invite(
        DILSHOD,
        "apple-invite-tashkent-cto",
        "interview",
        style="iphone",
        frm=("Timur Yusupov", "timur@silkroute-labs.example"),
        subject="Invitation: Chat w/ Timur (CTO) @ Tue Jul 25, 2028 4pm",
        date=dh("2028-07-21 19:03", "Asia/Tashkent"),
        body="""Dilshod - sending a cal invite for the CTO interview, ML Engineer role. 1h, our office on Amir Temur st. or video if you prefer, lmk

Timur""",
        start=s,
        zone="Asia/Tashkent",
        minutes=60,
        summary="Interview: Dilshod Rakhimov / Timur Yusupov (ML Engineer)",
        organizer=("Timur Yusupov", "timur@silkroute-labs.example"),
        attendees=[("Dilshod Rakhimov", "dilshod.rakhimov@example.com")],
        prodid=APPLE,
        location="Silkroute Labs, Amir Temur 108, Tashkent",
        label=iv(
            iso(s, "Asia/Tashkent"),
            "Asia/Tashkent",
            company="Silkroute Labs",
            role="ML Engineer",
            interviewers=["Timur Yusupov"],
            emails=["timur@silkroute-labs.example"],
        ),
    )
)

# 11 GoodTime itinerary, Seoul user, family-first names, HTML only
s = "2028-08-02 09:00"
add(
    ats(
        MINJUN,
        "goodtime-itinerary-seoul-html",
        "interview",
        frm=("Aurelis Semiconductors Recruiting", "scheduling@goodtime.io"),
        subject="Your interview itinerary with Aurelis Semiconductors",
        date=dh("2028-07-27 11:30", "Asia/Seoul"),
        html_only=True,
        body=f"""Hello Min-jun,

Your onsite for Verification Engineer is scheduled for {d(s, "usy")} (Korea Standard Time, Seoul).

09:00 - 09:50  Lee Seung-hoon (Verification Manager)
10:00 - 10:50  Choi Ye-jin (Staff Engineer)
11:00 - 11:30  Lunch (no interview)
11:30 - 12:20  Marcus von Hagen (Director, Design Verification)

Your recruiter, Oh Da-eun, will greet you at the Pangyo campus lobby at 08:45.

Sent by GoodTime on behalf of Aurelis Semiconductors""",
        label=iv(
            iso(s, "Asia/Seoul"),
            "Asia/Seoul",
            company="Aurelis Semiconductors",
            role="Verification Engineer",
            interviewers=["Lee Seung-hoon", "Choi Ye-jin", "Marcus von Hagen"],
            notes="HTML-only itinerary; recruiter who greets is not an interviewer.",
        ),
    )
)

# 12 Webex, Athens, GTB Standard Time? (Outlook) - a reminder
s = "2028-06-15 17:00"
add(
    ats(
        NIKOS,
        "webex-reminder-athens",
        "interview",
        frm=("Webex", "messenger@webex.com"),
        reply_to=("Eleni Stavrou", "eleni.stavrou@kykladesrobotics.example"),
        subject="Reminder: Interview - Controls Engineer - Kyklades Robotics starts in 24 hours",
        date=dh("2028-06-14 17:00", "Europe/Athens"),
        body=f"""Eleni Stavrou invites you to join this Webex meeting.

Interview - Controls Engineer - Kyklades Robotics
{d(s, "usy")} 5:00 PM | 1 hour | (UTC+03:00) Athens, Bucharest
Host: Eleni Stavrou

Interviewers: Eleni Stavrou, Spyros Kontogiannis

Join meeting: https://kykladesrobotics.webex.com/kykladesrobotics/j.php?MTID=m5f2""",
        label=iv(
            iso(s, "Europe/Athens"),
            "Europe/Athens",
            company="Kyklades Robotics",
            role="Controls Engineer",
            interviewers=["Eleni Stavrou", "Spyros Kontogiannis"],
            emails=["eleni.stavrou@kykladesrobotics.example"],
        ),
    )
)

# 13 Workday, Winnipeg, Central Daylight
s = "2028-07-13 13:00"
add(
    ats(
        MAUREEN,
        "workday-winnipeg-panel",
        "interview",
        frm=("Assiniboine Mutual Careers", "assiniboinemutual@myworkday.com"),
        subject="Interview Scheduled - Claims Team Lead (R-20418)",
        date=dh("2028-07-06 10:15", "America/Winnipeg"),
        body=f"""Dear Maureen Beaulieu,

Your interview for Claims Team Lead (R-20418) has been scheduled.

Date: {d(s, "usy")}
Time: 1:00 PM - 2:00 PM Central Time (America/Winnipeg)
Location: 200 Portage Ave, 9th floor, Winnipeg

Interview panel: Gord MacKenzie; Amrit Sandhu; Josée Lavallée

Kind regards,
Assiniboine Mutual Talent Acquisition""",
        label=iv(
            iso(s, "America/Winnipeg"),
            "America/Winnipeg",
            company="Assiniboine Mutual",
            role="Claims Team Lead",
            interviewers=["Gord MacKenzie", "Amrit Sandhu", "Josée Lavallée"],
        ),
    )
)

# 14 typo-ridden hiring manager mail, Puerto Rico
s = "2028-06-27 10:00"
add(
    human(
        XAVIER,
        "typo-manager-puerto-rico",
        "interview",
        frm=("Carmen Ortiz-Vélez", "cortiz@islaverde-pharma.example"),
        subject="interveiw tmrw?? no - next tues",
        date=dh("2028-06-21 18:02", "America/Puerto_Rico"),
        body=f"""xavier - sorry for teh confusion earlier, its NEXT tues {d(s, "short")} @ 10am AST, not tmrw. me + Luis Acevedo (QA dir) will interview u for the Validation Specialist spot. plant in Barceloneta, ask for me at the gate

Carmen Ortiz-Vélez
Sr. Manager, Validation | Isla Verde Pharma
787-555-0163""",
        mailer="android",
        label=iv(
            iso(s, "America/Puerto_Rico"),
            None,
            company="Isla Verde Pharma",
            role="Validation Specialist",
            interviewers=["Carmen Ortiz-Vélez", "Luis Acevedo"],
            emails=["cortiz@islaverde-pharma.example"],
            notes="Typos; 'tmrw' is a correction, the real date is next Tuesday; AST abbreviation only.",
        ),
    )
)

# 15 ModernLoop, NY user, interview for a London company in BST converted
s = "2028-08-15 10:30"
add(
    ats(
        DARNELL,
        "modernloop-ny-for-london",
        "interview",
        frm=("Thistlebank Capital via ModernLoop", "schedule@modernloop.io"),
        subject="Interview scheduled: Thistlebank Capital - Quant Developer",
        date=dh("2028-08-09 12:00", "America/New_York"),
        body=f"""Hi Darnell,

You're all set. Your interviews are shown in your time zone (Eastern Time - New York):

{d(s, "us")}
10:30 AM - 11:15 AM  Coding - Ewan McTavish
11:15 AM - 12:00 PM  Systems - Ngozi Okafor-Brandt

(That is 3:30 PM - 5:00 PM in London.)

Video: Zoom, https://zoom.us/j/93450017265

Thistlebank Capital Recruiting Team""",
        label=iv(
            iso(s, "America/New_York"),
            "America/New_York",
            company="Thistlebank Capital",
            role="Quant Developer",
            interviewers=["Ewan McTavish", "Ngozi Okafor-Brandt"],
            notes="Times in the candidate's zone with a London conversion.",
        ),
    )
)

# 16 Google appointment schedule booking, LA user
s = "2028-07-20 11:00"
add(
    ats(
        PRIYANKA,
        "google-appointment-schedule-la",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        reply_to=("Dev Malhotra", "dev@quailhollow-ai.example"),
        subject=f"Booked: Founder interview - Quailhollow AI @ {d(s, 'short')}, 2028 11am - 11:45am (PDT)",
        date=dh("2028-07-14 14:21", "America/Los_Angeles"),
        body=f"""Your appointment is booked

Founder interview - Quailhollow AI
{d(s, "usy")} ⋅ 11am – 11:45am (Pacific Time - Los Angeles)
With Dev Malhotra (Co-founder & CEO)

Booked for the Founding Engineer role via Dev's booking page.

Google Meet: meet.google.com/ysd-mnoq-zxp""",
        label=iv(
            iso(s, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Quailhollow AI",
            role="Founding Engineer",
            interviewers=["Dev Malhotra"],
            emails=["dev@quailhollow-ai.example"],
        ),
    )
)

# 17 SmartRecruiters, Tokyo, ymd dates
s = "2028-07-04 14:00"
add(
    ats(
        HANA,
        "smartrecruiters-tokyo-ymd",
        "interview",
        frm=("Kirishima Mobility", "noreply@smartrecruiters.com"),
        subject="Interview invitation confirmed / 面接確定 - Kirishima Mobility",
        date=dh("2028-06-28 09:30", "Asia/Tokyo"),
        body="""Sugimoto Hana 様 / Dear Hana,

面接日時: 2028/07/04 (火) 14:00-15:00 (JST)
Interview: 2028-07-04 14:00-15:00 Japan Standard Time (Tokyo)

Role: UX Researcher
Interviewers: Takeda Shun (Research Manager), Olivia Marchetti-Sato (Design Director)
Place: 東京都港区 Kirishima Mobility 12F

Kirishima Mobility 採用チーム""",
        label=iv(
            iso(s, "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Kirishima Mobility",
            role="UX Researcher",
            interviewers=["Takeda Shun", "Olivia Marchetti-Sato"],
            notes="Japanese with an English part; ymd date.",
        ),
    )
)

# 18 Teamtailor, Dublin, one-word name + initial
s = "2028-06-30 11:00"
add(
    ats(
        CIARAN,
        "teamtailor-dublin-oneword",
        "interview",
        frm=("Liffeyworks Studio", "noreply@teamtailor-mail.com"),
        subject="Interview booked - Liffeyworks Studio",
        date=dh("2028-06-26 15:00", "Europe/Dublin"),
        body=f"""Hi Ciarán,

Thanks for booking! Your interview for Level Designer:

{d(s, "uky")}, 11:00-11:45 (Irish Standard Time, Dublin)
With: Bex (Lead Designer) and T. Ní Bhriain (Producer)
Where: Liffeyworks Studio, 4 Ormond Quay

See you soon!""",
        label=iv(
            iso(s, "Europe/Dublin"),
            "Europe/Dublin",
            company="Liffeyworks Studio",
            role="Level Designer",
            interviewers=["Bex", "T. Ní Bhriain"],
            notes="One-word name and an initial.",
        ),
    )
)

# 19 iCIMS, Almaty, Kazakh/English
s = "2028-07-19 10:00"
add(
    ats(
        AIGERIM,
        "icims-almaty-bilingual",
        "interview",
        frm=("Steppe Grain Holdings", "careers@steppegrain.icims.com"),
        subject="Interview confirmation / Сұхбат - Finance Business Partner",
        date=dh("2028-07-12 17:45", "Asia/Almaty"),
        body=f"""Құрметті Айгерім / Dear Aigerim,

Your interview for Finance Business Partner is confirmed for {d(s, "uky")} at 10:00 (Almaty time).
Interviewers: Yerlan Zhaksylykov (CFO), Dana Seitkali (Head of FP&A).
Address: Al-Farabi Ave 77, Esentai Tower, 21st floor.

Steppe Grain Holdings HR""",
        label=iv(
            iso(s, "Asia/Almaty"),
            "Asia/Almaty",
            company="Steppe Grain Holdings",
            role="Finance Business Partner",
            interviewers=["Yerlan Zhaksylykov", "Dana Seitkali"],
            notes="Kazakh greeting with an English body; Almaty is +05:00 since 2024.",
        ),
    )
)
