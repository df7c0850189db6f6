"""Interviews confirmed through ATS and scheduling tools (confirmations and reminders)."""

from __future__ import annotations

from .kit import (
    AROHA,
    FATIMA,
    JOAO,
    KOFI,
    MARC,
    SIOBHAN,
    THANDI,
    WEILING,
    XIMENA,
    YUKI,
    Msg,
    dh,
    event,
    html_page,
    iso,
    iv,
    mail,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse relay, Johannesburg ----------------------------------------------------
add(
    mail(
        THANDI,
        "greenhouse-kopano-video",
        "interview",
        frm=("Kopano Pay", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Nandi Khoza", "nandi.khoza@kopanopay.example"),
        return_path="bounces+77120@us.greenhouse-mail.io",
        subject="Your interview with Kopano Pay is confirmed",
        date=dh("2026-04-13 09:05:41", "Africa/Johannesburg"),
        body="""Hi Thandiwe,

Thanks for making time to speak with us about the Backend Engineer (Go) position. Your video interview is now confirmed:

Thursday, 16 April 2026
10:00 – 11:00 SAST
Google Meet: https://meet.google.com/kpo-wmrz-tqa

Your interviewers:
  Lindiwe Dlamini – Engineering Manager, Payments Core
  Pieter van der Merwe – Senior Software Engineer

This is a conversation about a system you have built, so feel free to bring a diagram. There is no live coding in this round.

If anything changes, just reply to this email.

Sawubona and good luck,
Nandi Khoza
Talent Coordinator, Kopano Pay
""",
        html_auto=True,
        label=iv(
            iso("2026-04-16 10:00", "Africa/Johannesburg"),
            None,
            company="Kopano Pay",
            role="Backend Engineer (Go)",
            interviewers=["Lindiwe Dlamini", "Pieter van der Merwe"],
            notes="Greenhouse relay; coordinator only in Reply-To; en dash time range and SAST.",
        ),
    )
)

# --- Lever, HTML only, Mexico City --------------------------------------------------------
add(
    mail(
        XIMENA,
        "lever-tianguis-html-only",
        "interview",
        frm=("Tianguis Digital", "no-reply@hire.lever.co"),
        reply_to=("Paola Medina", "paola.medina@tianguisdigital.example"),
        subject="Interview confirmed – Senior UX Researcher",
        date=dh("2026-05-07 18:22:10", "America/Mexico_City"),
        rich=html_page(
            """<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #e5e5e5;padding:24px">
<tr><td><img src="https://hire.lever.co/logos/tianguis.png" alt="Tianguis Digital" height="32"></td></tr>
<tr><td><p>Hola Ximena,</p>
<p>We&rsquo;re excited to confirm your interview for <strong>Senior UX Researcher</strong>.</p>
<p><strong>When:</strong> Tuesday, May 12, 2026 &middot; 4:00 PM &ndash; 5:00 PM CST (Mexico City)<br>
<strong>Where:</strong> Zoom &ndash; <a href="https://tianguisdigital.zoom.us/j/86120455937">https://tianguisdigital.zoom.us/j/86120455937</a><br>
<strong>Interviewer:</strong> Mariana Villaseñor Ortiz, Head of Research</p>
<p>Mariana will ask you to walk through one study from your portfolio (20 minutes) and then discuss how you would approach research for our seller app.</p>
<p>Saludos,<br>Paola Medina<br>People Team &middot; Tianguis Digital</p></td></tr>
</table></td></tr></table>
<p style="font-size:11px;color:#999">Sent via Lever</p>""",
            lang="es",
        ),
        cte="base64",
        label=iv(
            iso("2026-05-12 16:00", "America/Mexico_City"),
            "America/Mexico_City",
            company="Tianguis Digital",
            role="Senior UX Researcher",
            interviewers=["Mariana Villaseñor Ortiz"],
            notes="HTML only, base64, HTML entities; Mexico has no DST since 2022 (CST -06:00 in May).",
        ),
    )
)

# --- Workday, NZ health, day-first numeric date ---------------------------------------------
add(
    mail(
        AROHA,
        "workday-te-awa-health-numeric-date",
        "interview",
        frm=("Te Awa Regional Health", "teawahealth@myworkday.com"),
        subject="Interview Scheduled: Clinical Data Analyst (R-10482)",
        date=dh("2026-05-01 14:40:02", "Pacific/Auckland"),
        body="""Kia ora Aroha,

You have been scheduled for an interview for the position of Clinical Data Analyst (R-10482).

Interview Details
Interview Date: 07/05/2026
Start Time: 9:30 AM NZST
End Time: 10:30 AM NZST
Location: Level 3, Tōtara Building, 55 Harbour View Road, Auckland
Interview Type: In Person – Panel

Interview Panel
Dr Hemi Walker – Clinical Director, Analytics
Sarah Thompson-Lee – Data Services Manager

Please bring photo ID and report to reception 10 minutes early. If you need any accessibility support please let us know.

To view the details, sign in to your candidate home account:
https://teawahealth.wd3.myworkday.com/teawahealth/d/home.htmld

Ngā mihi,
Talent Acquisition
Te Awa Regional Health

This is a system generated email. Please do not reply.
""",
        html_auto=True,
        label=iv(
            iso("2026-05-07 09:30", "Pacific/Auckland"),
            None,
            company="Te Awa Regional Health",
            role="Clinical Data Analyst",
            interviewers=["Hemi Walker", "Sarah Thompson-Lee"],
            notes="Workday; 07/05/2026 is 7 May for a dmy user; NZST; the 'do not reply' footer is on a real notification.",
        ),
    )
)

# --- Ashby with invite.ics, Toronto, day after DST ends ---------------------------------------
_ics = event(
    uid="ashby-int-8f2c1a7e-4b1d-4f2a-9c55-ferrovia",
    start="2026-11-02 13:00",
    zone="America/Toronto",
    minutes=60,
    summary="Ferrovia AI – Technical Interview (Marc-André Tremblay)",
    organizer=("Ferrovia AI Recruiting", "recruiting@ferrovia-ai.example"),
    attendees=[
        ("Geneviève Lachance-Roy", "genevieve.lachance-roy@ferrovia-ai.example"),
        ("Oluwaseun Adeyemi", "seun.adeyemi@ferrovia-ai.example"),
        ("Marc-André Tremblay", "marcandre.tremblay@example.net"),
    ],
    description="Join Google Meet: https://meet.google.com/fer-rovi-aai",
    location="https://meet.google.com/fer-rovi-aai",
    stamp="20261028T153000Z",
    prodid="-//Ashby//Ashby Interview Scheduling//EN",
)
add(
    mail(
        MARC,
        "ashby-ferrovia-ics-after-fallback",
        "interview",
        frm=("Ferrovia AI Recruiting", "no-reply@ashbyhq.com"),
        reply_to=("Camille Beaulieu", "camille.beaulieu@ferrovia-ai.example"),
        subject="Interview Confirmation: Ferrovia AI – Machine Learning Engineer",
        date=dh("2026-10-28 11:30:09", "America/Toronto"),
        body="""Hi Marc-André,

Your interview for Machine Learning Engineer at Ferrovia AI has been scheduled. A calendar invitation is attached.

Monday, November 2, 2026
1:00 PM – 2:00 PM EST (America/Toronto)

Interviewers
• Geneviève Lachance-Roy, CTO
• Oluwaseun Adeyemi, ML Lead

Location: Google Meet (https://meet.google.com/fer-rovi-aai)

Note that clocks go back on Sunday, November 1.

Camille Beaulieu
Ferrovia AI

Powered by Ashby
""",
        ics=_ics,
        ics_mode="attach",
        label=iv(
            iso("2026-11-02 13:00", "America/Toronto"),
            "America/Toronto",
            company="Ferrovia AI",
            role="Machine Learning Engineer",
            interviewers=["Geneviève Lachance-Roy", "Oluwaseun Adeyemi"],
            emails=[
                "genevieve.lachance-roy@ferrovia-ai.example",
                "seun.adeyemi@ferrovia-ai.example",
            ],
            notes="Ashby with invite.ics (TZID America/Toronto); first weekday after the Nov 1 fall-back (-05:00); user is an attendee.",
        ),
    )
)

# --- SmartRecruiters onsite, Dubai hospitality ---------------------------------------------
add(
    mail(
        FATIMA,
        "smartrecruiters-qasr-onsite",
        "interview",
        frm=("Qasr Al Nujoom Hotels", "notification@smartrecruiters.com"),
        reply_to=("Careers Qasr Al Nujoom", "careers@qasralnujoom.example"),
        subject="Interview invitation: Revenue Manager – Qasr Al Nujoom Hotels",
        date=dh("2026-04-15 12:10:55", "Asia/Dubai"),
        body="""Dear Fatima Al-Mansouri,

Thank you for your application for the position of Revenue Manager. We are pleased to confirm your interview as follows:

Date: Tuesday, 21 April 2026
Time: 11:00 AM (GST, UTC+4)
Venue: Qasr Al Nujoom Downtown, Executive Offices, Level 2, Sheikh Zayed Road, Dubai
Interview panel: Rania Haddad (Director of Revenue, Middle East) and Imran Qureshi (Hotel Manager)

Please bring your Emirates ID and a copy of your CV. Valet parking is available at the hotel entrance; mention that you are here for an interview.

We look forward to meeting you.

Kind regards,
Talent Acquisition Team
Qasr Al Nujoom Hotels & Resorts

This message was sent using SmartRecruiters.
""",
        label=iv(
            iso("2026-04-21 11:00", "Asia/Dubai"),
            None,
            company="Qasr Al Nujoom Hotels",
            role="Revenue Manager",
            interviewers=["Rania Haddad", "Imran Qureshi"],
            notes="SmartRecruiters, onsite in Dubai; 'GST, UTC+4' (Gulf, not GMT); names in parentheses after a label.",
        ),
    )
)

# --- iCIMS, Denver, numeric US date, Mountain Time ---------------------------------------
add(
    mail(
        KOFI,
        "icims-front-range-health",
        "interview",
        frm=("Front Range Health System", "frontrangehealth@talent.icims.com"),
        subject="Interview Scheduled - Clinical Informatics Specialist (Req 2026-4471)",
        date=dh("2026-03-19 16:02:00", "America/Denver"),
        body="""Dear Kofi,

Thank you for your interest in Front Range Health System. Your interview has been scheduled.

Position: Clinical Informatics Specialist (Req 2026-4471)
Interview Date: 03/24/2026
Interview Time: 2:30 PM Mountain Time
Duration: 45 minutes
Format: Microsoft Teams video (link will be sent by your interviewer)
Interviewer: Rebecca Castellanos, RN, MSN - Manager, Nursing Informatics

Please log in to the candidate portal to confirm your attendance:
https://careers-frontrangehealth.icims.com/jobs/candidate

Front Range Health System is an equal opportunity employer.

Sincerely,
Human Resources
""",
        label=iv(
            iso("2026-03-24 14:30", "America/Denver"),
            "America/Denver",
            company="Front Range Health System",
            role="Clinical Informatics Specialist",
            interviewers=["Rebecca Castellanos"],
            notes="iCIMS; 03/24/2026 month first; 'Mountain Time' in March after DST start (MDT -06:00); credentials after the name.",
        ),
    )
)

# --- Teamtailor, Dublin, first week of Irish summer time --------------------------------------
add(
    mail(
        SIOBHAN,
        "teamtailor-currach-irish-time",
        "interview",
        frm=("Currach Labs", "no-reply@teamtailor-mail.com"),
        reply_to=("Aoife Brennan", "aoife.brennan@currachlabs.example"),
        subject="Interview booked: Product Designer at Currach Labs",
        date=dh("2026-03-26 15:47:30", "Europe/Dublin"),
        body="""Hi Siobhán,

Great news – your interview is booked!

Product Designer – first interview
Wednesday 1 April 2026 at 14:00 (Irish time), 45 min
Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q3VycmFjaA%40thread.v2/0

You'll be chatting with Cillian Ó Dálaigh, our Design Lead. He'd love to hear about a project you're proud of.

Add to calendar: https://currachlabs.teamtailor.com/candidate/interviews/58121/ics

Go n-éirí leat!
Aoife Brennan
People & Culture, Currach Labs
""",
        html_auto=True,
        label=iv(
            iso("2026-04-01 14:00", "Europe/Dublin"),
            "Europe/Dublin",
            company="Currach Labs",
            role="Product Designer",
            interviewers=["Cillian Ó Dálaigh"],
            notes="Teamtailor; 'Irish time' just after the EU switch (IST +01:00); Irish name with a fada.",
        ),
    )
)

# --- Workable, Singapore ---------------------------------------------------------------------
add(
    mail(
        WEILING,
        "workable-merlion-ledger",
        "interview",
        frm=("Merlion Ledger", "noreply@candidates.workablemail.com"),
        reply_to=("Merlion Ledger Hiring", "hiring@merlionledger.example"),
        subject="Merlion Ledger: interview for Compliance Analyst confirmed",
        date=dh("2026-05-04 10:15:00", "Asia/Singapore"),
        body="""Dear Wei Ling,

Thank you for scheduling your interview for the Compliance Analyst role at Merlion Ledger.

Date and time: Friday, 8 May 2026, 3:00 PM - 4:00 PM SGT
Type: Video call
Video link: https://merlionledger.zoom.us/j/93310220871?pwd=TWVybGlvbg

Interviewers:
Rajesh Pillai (Head of Compliance)
Nur Aisyah binte Rahman (AML Manager)

If you need to reschedule, please use the link in your Workable candidate page.

Best regards,
The Merlion Ledger hiring team
""",
        label=iv(
            iso("2026-05-08 15:00", "Asia/Singapore"),
            None,
            company="Merlion Ledger",
            role="Compliance Analyst",
            interviewers=["Rajesh Pillai", "Nur Aisyah binte Rahman"],
            notes="Workable; SGT; Malay patronymic name with 'binte'.",
        ),
    )
)

# --- BambooHR, São Paulo ---------------------------------------------------------------------
add(
    mail(
        JOAO,
        "bamboohr-cerrado-agro",
        "interview",
        frm=("Cerrado Agro Tecnologia", "notifications@bamboohr.com"),
        reply_to=("Beatriz Lopes", "beatriz.lopes@cerradoagro.example"),
        subject="Interview scheduled – Data Scientist – Cerrado Agro Tecnologia",
        date=dh("2026-04-17 11:30:00", "America/Sao_Paulo"),
        body="""Olá João,

Thank you for applying to the Data Scientist opening at Cerrado Agro Tecnologia. We would like to confirm your interview:

Thursday, April 23, 2026 at 10:00 AM (Brasília time, UTC−3)
Google Meet: https://meet.google.com/cer-rado-agr

You will speak with Camila Ribeiro Santos, our Data Science Manager. The conversation lasts about an hour and covers your experience with remote-sensing data.

Abraços,
Beatriz Lopes
Recursos Humanos | Cerrado Agro Tecnologia
+55 62 3555-0142
""",
        label=iv(
            iso("2026-04-23 10:00", "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Cerrado Agro Tecnologia",
            role="Data Scientist",
            interviewers=["Camila Ribeiro Santos"],
            notes="BambooHR; 'Brasília time, UTC−3' with a Unicode minus; Brazil has no DST.",
        ),
    )
)

# --- Recruitee, Tokyo, ISO date with weekday in parentheses ------------------------------------
add(
    mail(
        YUKI,
        "recruitee-hoshizora-iso-date",
        "interview",
        frm=("Hoshizora Interactive", "no-reply@recruitee.com"),
        reply_to=("Emma Kobayashi", "emma.kobayashi@hoshizora.example"),
        subject="Interview confirmation / 面接日程のご案内 – Localization Producer",
        date=dh("2026-05-12 17:03:48", "Asia/Tokyo"),
        body="""Tanaka Yuki様

Dear Yuki,

Thank you for your interest in Hoshizora Interactive. Your interview for the Localization Producer position is confirmed.

Date: 2026-05-19 (Tue)
Time: 14:00–15:00 JST
Place: Hoshizora Interactive, 8F Shibuya Minami Building, 2-21-1 Shibuya, Tokyo
Interviewers: Daisuke Hayashi (Head of Localization), Olivia Grant (Senior Producer)

On the day, please take the elevator to the 8th floor and let reception know you are here for an interview.

Best regards,
Emma Kobayashi
Talent Acquisition, Hoshizora Interactive
""",
        label=iv(
            iso("2026-05-19 14:00", "Asia/Tokyo"),
            None,
            company="Hoshizora Interactive",
            role="Localization Producer",
            interviewers=["Daisuke Hayashi", "Olivia Grant"],
            notes="Recruitee; bilingual subject and salutation; ISO date with '(Tue)'; JST.",
        ),
    )
)

# --- JazzHR phone interview, Boulder retail ------------------------------------------------------
add(
    mail(
        KOFI,
        "jazzhr-switchback-phone",
        "interview",
        frm=("Switchback Outfitters", "switchbackoutfitters@applytojob.com"),
        subject="Phone Interview Scheduled: E-commerce Operations Manager",
        date=dh("2026-05-28 08:44:12", "America/Denver"),
        body="""Hi Kofi,

Your phone interview with Switchback Outfitters has been scheduled.

Phone Interview on Wednesday, June 3, 2026 at 9:00 AM MT
Duration: 30 minutes
Interviewer: Dakota Whitehorse, Director of Digital Retail
Dakota will call you at the number on your application: (720) 555-0187

Need to make a change? Reply to this message and our team will help.

Switchback Outfitters
1450 Pearl St, Boulder, CO 80302
""",
        label=iv(
            iso("2026-06-03 09:00", "America/Denver"),
            None,
            company="Switchback Outfitters",
            role="E-commerce Operations Manager",
            interviewers=["Dakota Whitehorse"],
            notes="JazzHR (applytojob.com); phone interview; MT abbreviation in summer (-06:00).",
        ),
    )
)

# --- Personio, Berlin company, Dublin candidate, CEST -------------------------------------------
add(
    mail(
        SIOBHAN,
        "personio-kranich-cest",
        "interview",
        frm=("Kranich Mobility GmbH", "noreply@personio.de"),
        reply_to=("Jana Wojciechowska", "jana.wojciechowska@kranich-mobility.example"),
        subject="Your interview at Kranich Mobility – Customer Success Lead (Ireland)",
        date=dh("2026-04-08 10:12:00", "Europe/Berlin"),
        body="""Dear Siobhán,

thank you for your application as Customer Success Lead (Ireland). We are happy to invite you to a first video interview.

Date: Tuesday, 14 April 2026
Time: 11:00 – 12:00 CEST
Video call: https://meet.google.com/kra-nich-mob

Participants:
– Jana Wojciechowska, Head of Customer Success
– Matthias Krüger, VP Sales EMEA

Please note that the time above is Central European Summer Time (10:00 in Dublin).

Best regards
Jana Wojciechowska
Kranich Mobility GmbH · Torstraße 140 · 10119 Berlin
""",
        label=iv(
            iso("2026-04-14 11:00", "Europe/Berlin"),
            None,
            company="Kranich Mobility",
            role="Customer Success Lead (Ireland)",
            interviewers=["Jana Wojciechowska", "Matthias Krüger"],
            emails=["jana.wojciechowska@kranich-mobility.example"],
            notes="Personio; CEST with the Dublin equivalent in parentheses; the sender is also an interviewer.",
        ),
    )
)

# --- Calendly booking with the hiring manager, Toronto ---------------------------------------
add(
    mail(
        MARC,
        "calendly-maplewell-hm-screen",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Priyanka Deshmukh", "priyanka.deshmukh@maplewellhealth.example"),
        subject="Confirmed: Hiring Manager Screen – Senior Backend Developer with Priyanka Deshmukh on Wednesday, April 15, 2026",
        date=dh("2026-04-10 13:26:51", "America/Toronto"),
        body="""Hi Marc-André Tremblay,

A new event has been scheduled.

Event Type:
Hiring Manager Screen – Senior Backend Developer

Invitee:
Marc-André Tremblay

Invitee Email:
marcandre.tremblay@example.net

Event Date/Time:
10:30am - 11:00am (Eastern Time - US & Canada) on Wednesday, April 15, 2026

Location:
This is a Microsoft Teams web conference. A link will be sent by Maplewell Health.

Host:
Priyanka Deshmukh, Engineering Manager, Maplewell Health

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8d1c3e7a-5f44-4b0e-9f63-maplewell
Reschedule: https://calendly.com/reschedulings/8d1c3e7a-5f44-4b0e-9f63-maplewell

Powered by Calendly.com
""",
        label=iv(
            iso("2026-04-15 10:30", "America/Toronto"),
            "America/New_York",
            company="Maplewell Health",
            role="Senior Backend Developer",
            interviewers=["Priyanka Deshmukh"],
            emails=["priyanka.deshmukh@maplewellhealth.example"],
            notes="Calendly invitee confirmation; the host is the hiring manager (the interviewer); lowercase am with a range before the date.",
        ),
    )
)

# --- GoodTime, US company, Auckland candidate, first days of NZ summer time --------------------
add(
    mail(
        AROHA,
        "goodtime-lumen-orchard-nzdt",
        "interview",
        frm=("Lumen Orchard Recruiting", "scheduling@goodtime.io"),
        reply_to=("Kayla Monroe", "kayla.monroe@lumenorchard.example"),
        subject="Interview Confirmation: Lumen Orchard – Senior Growth Analyst",
        date=dh("2026-09-23 06:14:00", "Pacific/Auckland"),
        body="""Hi Aroha,

Your virtual interviews with Lumen Orchard are confirmed. All times are shown in your time zone (Pacific/Auckland).

Tuesday, September 29, 2026

9:00 AM - 9:45 AM NZDT
Analytics deep dive
Interviewer: Brandon Okafor, Analytics Manager

10:00 AM - 10:45 AM NZDT
Collaboration & values
Interviewer: Elena Sokolova, Director of Growth

Zoom: https://lumenorchard.zoom.us/j/99120455112

Please note that daylight saving time starts in New Zealand on Sunday, September 27.

Questions? Contact Kayla Monroe (kayla.monroe@lumenorchard.example).

This email was sent by GoodTime on behalf of Lumen Orchard.
""",
        html_auto=True,
        label=iv(
            iso("2026-09-29 09:00", "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Lumen Orchard",
            role="Senior Growth Analyst",
            interviewers=["Brandon Okafor", "Elena Sokolova"],
            notes="GoodTime multi-session itinerary in the candidate's zone, two days after NZ DST starts (+13:00); first session is the start.",
        ),
    )
)

# --- ModernLoop onsite itinerary, Singapore --------------------------------------------------
add(
    mail(
        WEILING,
        "modernloop-zephyr-onsite",
        "interview",
        frm=("Zephyr Grid Talent", "notifications@modernloop.io"),
        reply_to=("Shanice Lee", "shanice.lee@zephyrgrid.example"),
        subject="Your onsite interview schedule – Zephyr Grid",
        date=dh("2026-06-05 16:20:00", "Asia/Singapore"),
        body="""Hi Wei Ling,

Here is your interview schedule for the Senior Platform Engineer role. We can't wait to host you at our office!

Thursday, 11 June 2026 (Singapore Time, GMT+8)
Zephyr Grid, 12 Marina View, #21-01, Singapore 018961

10:00 – 10:45  System design – Arjun Mehta (Principal Engineer)
11:00 – 11:45  Coding – Chen Jia Hui (Senior Engineer)
12:00 – 13:00  Lunch with the team (not an interview)
13:00 – 13:45  Hiring manager – Farhan Iskandar (Engineering Manager)

Please arrive at 9:45 and ask for Shanice at level 21 reception.

Sent with ModernLoop
""",
        label=iv(
            iso("2026-06-11 10:00", "Asia/Singapore"),
            "Asia/Singapore",
            company="Zephyr Grid",
            role="Senior Platform Engineer",
            interviewers=["Arjun Mehta", "Chen Jia Hui", "Farhan Iskandar"],
            notes="ModernLoop onsite itinerary; arrival time 9:45 is not the start; the coordinator is not an interviewer.",
        ),
    )
)

# --- GoodTime reminder, Denver ------------------------------------------------------------------
add(
    mail(
        KOFI,
        "goodtime-reminder-solstice",
        "interview",
        frm=("Solstice Grid Energy", "scheduling@goodtime.io"),
        subject="Reminder: Your interview with Solstice Grid Energy is tomorrow",
        date=dh("2026-05-04 13:00:00", "America/Denver"),
        body="""Hi Kofi,

This is a friendly reminder about your upcoming interview.

Role: Grid Software Engineer II
When: Tuesday, May 5, 2026, 1:00 PM – 2:00 PM MDT
Where: Google Meet – https://meet.google.com/sol-stic-egr
Interviewer: Marisol Etxeberria, Staff Engineer

Good luck!
Solstice Grid Energy Talent Team
""",
        label=iv(
            iso("2026-05-05 13:00", "America/Denver"),
            None,
            company="Solstice Grid Energy",
            role="Grid Software Engineer II",
            interviewers=["Marisol Etxeberria"],
            notes="Reminder the day before; MDT.",
        ),
    )
)

# --- Lever reminder, Mexico City, 'tomorrow' ----------------------------------------------------
add(
    mail(
        XIMENA,
        "lever-reminder-fondo-colibri",
        "interview",
        frm=("Fondo Colibrí", "no-reply@hire.lever.co"),
        reply_to=("Luis Arriaga", "luis.arriaga@fondocolibri.example"),
        subject="Reminder: interview tomorrow – Investment Operations Associate",
        date=dh("2026-06-09 09:00:00", "America/Mexico_City"),
        body="""Hi Ximena,

Just a reminder that your interview with Fondo Colibrí is tomorrow, Wednesday, June 10, 2026, at 10:00 a.m. Central Mexico time.

You will meet Ana Sofía Treviño Garza, Head of Operations, at our office: Av. Paseo de la Reforma 350, piso 12, Col. Juárez, Ciudad de México.

Please bring an official ID for building security.

See you soon,
Luis Arriaga
Fondo Colibrí
""",
        label=iv(
            iso("2026-06-10 10:00", "America/Mexico_City"),
            "America/Mexico_City",
            company="Fondo Colibrí",
            role="Investment Operations Associate",
            interviewers=["Ana Sofía Treviño Garza"],
            notes="Lever reminder; 'a.m.' with dots; 'Central Mexico time'; compound Spanish surname.",
        ),
    )
)

# --- Workday, Brazil, numeric date and Windows-style zone label ----------------------------------
add(
    mail(
        JOAO,
        "workday-ventos-do-sul-brasilia",
        "interview",
        frm=("Siderúrgica Ventos do Sul", "ventosdosul@myworkday.com"),
        subject="Interview Scheduled - Process Engineer - Porto Alegre",
        date=dh("2026-05-06 15:05:00", "America/Sao_Paulo"),
        body="""Dear João Pereira,

Your interview for Process Engineer - Porto Alegre (JR-2026-0931) has been scheduled.

Date: 12/05/2026
Time: 09:00 - 10:30 (GMT-03:00) Brasilia
Location: Siderúrgica Ventos do Sul, Av. das Indústrias 2200, Porto Alegre - RS
Interviewer(s): Luíza Carvalho Mendes; Gustavo Henrique Prado

Please bring safety shoes: the interview includes a short plant visit.

Regards,
Talent Acquisition
Siderúrgica Ventos do Sul
""",
        label=iv(
            iso("2026-05-12 09:00", "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Siderúrgica Ventos do Sul",
            role="Process Engineer",
            interviewers=["Luíza Carvalho Mendes", "Gustavo Henrique Prado"],
            notes="Workday; 12/05/2026 is 12 May (dmy); '(GMT-03:00) Brasilia'; interviewers separated by a semicolon.",
        ),
    )
)
