"""Interviews and scheduling requests sent through applicant-tracking and scheduling tools."""

from __future__ import annotations

from .kit import (
    ALINE,
    BRYNN,
    CALLISTA,
    CHIAHUI,
    EMRE,
    ETIENNE,
    HOLLIS,
    ISLA,
    KAINOA,
    LINNEA,
    MARISOL,
    NASRIN,
    NDAPEWA,
    NIKHIL,
    PEISHAN,
    PUTRI,
    REEM,
    TOMAS,
    YAMILET,
    ZOOM,
    Msg,
    d,
    dh,
    html_page,
    invite,
    iso,
    iv,
    mail,
    note,
    paras,
    plus,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse confirmation, no calendar: Detroit, EDT ------------------------------------------
S = "2029-06-19 13:00"
add(
    mail(
        MARISOL,
        "greenhouse-confirm-lakeshore-mobility-detroit",
        "interview",
        frm=("Lakeshore Mobility Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Tasha Kimbrough", "tasha.kimbrough@lakeshoremobility.example"),
        subject="Interview Confirmation: Lakeshore Mobility - Program Manager, Battery Supply Chain",
        date=dh("2029-06-13 17:44:00", "America/Detroit"),
        body=f"""Hi Marisol,

Thank you for your interest in Lakeshore Mobility! Your interview for the Program Manager, Battery Supply Chain role is confirmed. Please find the details below.

Date: {d(S, "usy")}
Time: 1:00 PM - 2:30 PM EDT
Location: Google Meet (link in the calendar invitation from your interviewers)

Schedule
1:00 PM - 1:45 PM  Dwayne Okafor, Director of Supply Chain
1:45 PM - 2:30 PM  Ruth Abernathy-Cole, Senior Program Manager

If you need to reschedule, reply to this email and I'll be happy to help.

Best,
Tasha Kimbrough
Recruiting Coordinator, Lakeshore Mobility
""",
        label=iv(
            iso(S, "America/Detroit"),
            None,
            company="Lakeshore Mobility",
            role="Program Manager, Battery Supply Chain",
            interviewers=["Dwayne Okafor", "Ruth Abernathy-Cole"],
            notes="Greenhouse confirmation without a calendar, two back-to-back sessions; 'EDT' only; "
            "the coordinator does not interview.",
        ),
    )
)

# --- Greenhouse with a recruiter's .ics: Melbourne -----------------------------------------------
S = "2029-07-04 11:00"
add(
    invite(
        NIKHIL,
        "greenhouse-ics-bellarine-bank-melbourne",
        "interview",
        start=S,
        zone="Australia/Melbourne",
        minutes=60,
        summary="Nikhil Sarraf - Interview - Principal Cloud Engineer (Bellarine Mutual Bank)",
        organizer=("Chloe Haddad", "chloe.haddad@bellarinebank.example"),
        attendees=[
            ("Nikhil Sarraf", "nikhil.sarraf.mel@example.org"),
            ("Sunil Wijesinghe", "sunil.wijesinghe@bellarinebank.example"),
            ("Tegan O'Rourke", "tegan.orourke@bellarinebank.example"),
        ],
        prodid="-//Greenhouse Software//Interview Scheduler//EN",
        ics_mode="attach",
        ics_name="interview.ics",
        frm=("Chloe Haddad", "no-reply@greenhouse.io"),
        reply_to=("Chloe Haddad", "chloe.haddad@bellarinebank.example"),
        subject="Your interview with Bellarine Mutual Bank",
        date=dh("2029-06-28 10:27:00", "Australia/Melbourne"),
        body=f"""Hi Nikhil,

You're all set! Here are the details of your upcoming interview with Bellarine Mutual Bank.

Role: Principal Cloud Engineer
When: {d(S, "uky")}, 11:00am - 12:00pm AEST (Melbourne)
Where: Microsoft Teams (link in the attached invite)
Interviewers: Sunil Wijesinghe (Head of Platform Engineering), Tegan O'Rourke (Engineering Manager)

Please add the attached invitation to your calendar.

Chloe Haddad
Talent Acquisition Partner
""",
        label=iv(
            iso(S, "Australia/Melbourne"),
            "Australia/Melbourne",
            company="Bellarine Mutual Bank",
            role="Principal Cloud Engineer",
            interviewers=["Sunil Wijesinghe", "Tegan O'Rourke"],
            emails=[
                "sunil.wijesinghe@bellarinebank.example",
                "tegan.orourke@bellarinebank.example",
            ],
            notes="Greenhouse mail with an attached interview.ics in Melbourne time; 'AEST "
            "(Melbourne)' in the text.",
        ),
    )
)

# --- Lever confirmation: Boise, 'Mountain Time' -------------------------------------------------
S = "2029-07-12 09:00"
add(
    mail(
        HOLLIS,
        "lever-confirm-owyhee-outdoor-boise",
        "interview",
        frm=("Owyhee Outdoor Co.", "no-reply@hire.lever.co"),
        reply_to=("Brianna Stokes", "brianna.stokes@owyhee-outdoor.example"),
        subject="Confirmed: your onsite interview at Owyhee Outdoor Co.",
        date=dh("2029-07-06 13:19:00", "America/Boise"),
        body=None,
        rich=html_page(
            paras(
                f"""Hi Hollis,

We're excited to host you at our Boise HQ for the Senior E-commerce Manager interviews!

{d(S, "us")}
9:00 AM - 12:00 PM Mountain Time
1140 W Front St, Boise, ID

9:00 AM   Brianna Stokes, Talent Acquisition (welcome & tour)
9:30 AM   Garrett Holloway, VP Digital
10:30 AM  Naomi Eckstein, Director of Merchandising
11:15 AM  Lunch with the e-commerce team

Park in the visitor lot on 11th Street and check in at the front desk.

See you soon,
Brianna"""
            )
        ),
        label=iv(
            iso(S, "America/Boise"),
            "America/Denver",
            company="Owyhee Outdoor Co.",
            role="Senior E-commerce Manager",
            interviewers=["Garrett Holloway", "Naomi Eckstein"],
            notes="Lever HTML-only onsite agenda; the day starts at 9:00 with a welcome by the "
            "recruiter; 'Mountain Time' names the region (MDT).",
        ),
    )
)

# --- Workday: Toronto user, ymd numeric date, 'Toronto time' ------------------------------------
S = "2029-07-11 14:00"
add(
    mail(
        ETIENNE,
        "workday-numeric-laurentide-insurance-toronto",
        "interview",
        frm=("Laurentide Assurance Careers", "laurentide@myworkday.com"),
        subject="Interview Scheduled - Senior Pricing Actuary (R-40718)",
        date=dh("2029-07-03 09:02:00", "America/Toronto"),
        body="""Hello Étienne,

An interview has been scheduled for the job requisition R-40718 Senior Pricing Actuary.

Interview Date: 2029-07-11
Start Time: 14:00 (Toronto time)
End Time: 15:00
Interview Type: Video - Microsoft Teams
Interviewers: Geneviève Bourassa; Kenneth Mbeki

Please do not reply to this email. To review or update your information, sign in to your candidate home account.

Laurentide Assurance - Talent Acquisition
""",
        label=iv(
            iso(S, "America/Toronto"),
            "America/Toronto",
            company="Laurentide Assurance",
            role="Senior Pricing Actuary",
            interviewers=["Geneviève Bourassa", "Kenneth Mbeki"],
            notes="Workday notification with a year-first numeric date and a 24-hour time "
            "'(Toronto time)'; ymd user; EDT.",
        ),
    )
)

# --- Ashby: Kigali, CAT, UTC .ics ---------------------------------------------------------------
S = "2029-08-01 15:00"
add(
    invite(
        ALINE,
        "ashby-ubuntu-health-tech-kigali",
        "interview",
        start=S,
        zone=None,
        utc_zone="Africa/Kigali",
        minutes=60,
        summary="Interview: Aline Uwase Mugisha <> Imbuto Health (Data Scientist)",
        organizer=("Imbuto Health Recruiting", "no-reply@ashbyhq.com"),
        attendees=[
            ("Aline Uwase Mugisha", "aline.uwase@example.com"),
            ("Jean-Paul Habimana", "jeanpaul.habimana@imbutohealth.example"),
            ("Sarah Kessler", "sarah.kessler@imbutohealth.example"),
        ],
        prodid="-//Ashby//Ashby Scheduling//EN",
        ics_mode="attach",
        frm=("Imbuto Health", "no-reply@ashbyhq.com"),
        reply_to=("Olivier Nshuti", "olivier.nshuti@imbutohealth.example"),
        subject="Interview scheduled: Data Scientist at Imbuto Health",
        date=dh("2029-07-26 12:30:00", "Africa/Kigali"),
        body=f"""Hi Aline,

Your interview for Data Scientist at Imbuto Health has been scheduled.

{d(S, "uk")}, 3:00 PM - 4:00 PM CAT
Technical deep-dive with Jean-Paul Habimana and Sarah Kessler
Google Meet: meet.google.com/hkr-tuwm-zya

Need to reschedule? Reply to this email and Olivier will help.

Powered by Ashby
""",
        label=iv(
            iso(S, "Africa/Kigali"),
            None,
            company="Imbuto Health",
            role="Data Scientist",
            interviewers=["Jean-Paul Habimana", "Sarah Kessler"],
            emails=["jeanpaul.habimana@imbutohealth.example", "sarah.kessler@imbutohealth.example"],
            notes="Ashby scheduling mail, 'CAT' only, .ics in UTC.",
        ),
    )
)

# --- SmartRecruiters, base64 HTML: Windhoek -------------------------------------------------------
S = "2029-08-28 09:00"
add(
    mail(
        NDAPEWA,
        "smartrecruiters-b64-namib-minerals-windhoek",
        "interview",
        frm=("Namib Desert Minerals", "noreply@smartrecruiters.com"),
        subject="Interview invitation - Environmental Compliance Officer",
        date=dh("2029-08-21 08:15:00", "Africa/Windhoek"),
        body=None,
        rich=html_page(
            paras(
                f"""Dear Ndapewa,

Thank you for applying for the position of Environmental Compliance Officer at Namib Desert Minerals.

We are pleased to invite you to an in-person interview:

Date: {d(S, "uky")}
Time: 09:00 (GMT+2)
Venue: Namib Desert Minerals, 14 Independence Avenue, Windhoek
Panel: Hilma Nangolo (Head of SHEQ), Pieter van Wyk (Mine Manager)

Kindly confirm your attendance using the button below.

Confirm attendance

Regards,
Recruitment Team"""
            )
        ),
        cte="base64",
        label=iv(
            iso(S, "Africa/Windhoek"),
            None,
            company="Namib Desert Minerals",
            role="Environmental Compliance Officer",
            interviewers=["Hilma Nangolo", "Pieter van Wyk"],
            notes="SmartRecruiters HTML-only body in base64; '(GMT+2)' offset only; CAT.",
        ),
    )
)

# --- iCIMS: Puerto Rico, 'AST (Puerto Rico)' -------------------------------------------------------
S = "2029-06-27 10:30"
add(
    mail(
        YAMILET,
        "icims-isla-verde-pharma-san-juan",
        "interview",
        frm=("Isla Verde Pharmaceuticals", "isla-verde-pharma@talent.icims.com"),
        subject="Isla Verde Pharmaceuticals: Interview Details - Quality Systems Specialist",
        date=dh("2029-06-20 15:03:00", "America/Puerto_Rico"),
        body=f"""Dear Yamilet Colón Rivera,

Thank you for your interest in the Quality Systems Specialist position (Job ID 2029-1184) at our Juncos site.

Your interview is scheduled as follows:

Date: {d(S, "usy")}
Time: 10:30 AM AST (Puerto Rico)
Location: Building 3, Road 189 Km 4.2, Juncos, PR
Interviewer(s): Héctor Maldonado, QA Manager; Nilda Ramos, Validation Lead

Please bring a government-issued photo ID. Safety shoes are not required for this visit.

This message was sent from an unmonitored mailbox. Please do not reply.
""",
        label=iv(
            iso(S, "America/Puerto_Rico"),
            "America/Puerto_Rico",
            company="Isla Verde Pharmaceuticals",
            role="Quality Systems Specialist",
            interviewers=["Héctor Maldonado", "Nilda Ramos"],
            notes="iCIMS details mail with an unmonitored footer; 'AST (Puerto Rico)' names the "
            "place (-04:00 all year).",
        ),
    )
)

# --- Teamtailor (English), IANA zone in brackets: Stockholm -------------------------------------
S = "2029-08-21 09:30"
add(
    mail(
        LINNEA,
        "teamtailor-kvarn-audio-stockholm",
        "interview",
        frm=("Kvarnholm Audio", "no-reply@teamtailor-mail.com"),
        reply_to=("Elsa Lindahl", "elsa.lindahl@kvarnholm-audio.example"),
        subject="Interview with Kvarnholm Audio – Embedded Developer",
        date=dh("2029-08-14 14:40:00", "Europe/Stockholm"),
        body="""Hi Linnea!

Thanks for booking a time. Here are the details:

Embedded Developer – first interview
2029-08-21 09:30 – 10:15 (Europe/Stockholm)
Video meeting: https://app.teamtailor.com/meet/kvarnholm-audio/8f31d2

You'll meet Elsa Lindahl (Talent Acquisition) and Björn Sandberg (Head of Firmware).

Best regards,
Kvarnholm Audio
""",
        label=iv(
            iso(S, "Europe/Stockholm"),
            "Europe/Stockholm",
            company="Kvarnholm Audio",
            role="Embedded Developer",
            interviewers=["Elsa Lindahl", "Björn Sandberg"],
            emails=["elsa.lindahl@kvarnholm-audio.example"],
            notes="Teamtailor booking confirmation; ISO date and 24-hour time for a ymd user, IANA "
            "zone in brackets; CEST.",
        ),
    )
)

# --- Recruitee: Istanbul user, Amsterdam company -------------------------------------------------
S = "2029-07-19 14:00"
add(
    mail(
        EMRE,
        "recruitee-zuidas-payments-istanbul",
        "interview",
        frm=("Grachtpay", "grachtpay@recruitee.com"),
        reply_to=("Sanne de Vries", "sanne.devries@grachtpay.example"),
        subject="Grachtpay | Interview scheduled: Senior iOS Engineer",
        date=dh("2029-07-13 11:11:00", "Europe/Amsterdam"),
        body="""Hi Emre,

Your interview has been scheduled.

Thu 19 Jul 2029, 14:00 - 14:45 (Europe/Amsterdam)
That is 15:00 in Istanbul.
Where: Google Meet – link in the invite

Interviewers: Sanne de Vries, Koen Bakker

Good luck!
Grachtpay Talent Team

Sent with Recruitee
""",
        label=iv(
            iso(S, "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Grachtpay",
            role="Senior iOS Engineer",
            interviewers=["Sanne de Vries", "Koen Bakker"],
            emails=["sanne.devries@grachtpay.example"],
            notes="Recruitee mail 'Thu 19 Jul 2029, 14:00 - 14:45 (Europe/Amsterdam)' to an "
            "Istanbul user (+03).",
        ),
    )
)

# --- BambooHR phone screen: Regina ----------------------------------------------------------------
S = "2029-06-14 11:15"
add(
    mail(
        BRYNN,
        "bamboohr-phone-screen-qu-appelle-regina",
        "interview",
        frm=("Qu'Appelle Credit Union", "notifications@bamboohr.com"),
        reply_to=("Corinne Fehr", "corinne.fehr@quappellecu.example"),
        subject="Phone Screen - Member Experience Analyst",
        date=dh("2029-06-08 16:05:00", "America/Regina"),
        body=f"""Hi Brynn,

Thanks for applying to the Member Experience Analyst position! I'd like to set up a quick phone screen.

I have you down for {d(S, "us")} at 11:15 AM Saskatchewan time. I'll call you at the number on your application (306-555-0148). The call will take about 20 minutes.

Talk soon,
Corinne Fehr
HR Generalist, Qu'Appelle Credit Union
""",
        label=iv(
            iso(S, "America/Regina"),
            "America/Regina",
            company="Qu'Appelle Credit Union",
            role="Member Experience Analyst",
            interviewers=["Corinne Fehr"],
            emails=["corinne.fehr@quappellecu.example"],
            notes="BambooHR-sent phone screen; 'Saskatchewan time' (CST, -06:00, no DST); the HR "
            "generalist is the caller.",
        ),
    )
)

# --- Calendly booking: Lord Howe user, with a UTC .ics ------------------------------------------
S = "2029-06-25 09:00"
add(
    invite(
        ISLA,
        "calendly-booking-coral-sea-lord-howe",
        "interview",
        start=S,
        zone=None,
        utc_zone="Australia/Lord_Howe",
        minutes=30,
        summary="Intro interview (Coral Sea Conservation) between Marnie Kelleher and Isla Fairweather-Nunn",
        organizer=("Marnie Kelleher", "marnie.kelleher@coralsea-conservation.example"),
        attendees=[("Isla Fairweather-Nunn", "isla.fairweather@example.com")],
        prodid="-//Calendly//Calendly Event//EN",
        ics_mode="attach",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Marnie Kelleher", "marnie.kelleher@coralsea-conservation.example"),
        subject="Confirmed: Intro interview (Coral Sea Conservation) with Marnie Kelleher on "
        f"{d(S, 'us')}, 2029",
        date=dh("2029-06-19 19:50:00", "Australia/Lord_Howe"),
        body=f"""Hi Isla Fairweather-Nunn,

Your Intro interview (Coral Sea Conservation) with Marnie Kelleher at 9:00am (Lord Howe Island Time) on {d(S, "usy")} is scheduled.

Event Type:
Intro interview (Coral Sea Conservation)

Event Date/Time:
9:00am - 9:30am (Lord Howe Island Time) {d(S, "usy")}

Location:
This is a Zoom web conference. Join: https://us02web.zoom.us/j/88120349521

Questions:
Which role are you applying for? Reef Monitoring Officer

Cancel or reschedule: https://calendly.com/cancellations/8f2c0a1e-coralsea

Powered by Calendly.com
""",
        label=iv(
            iso(S, "Australia/Lord_Howe"),
            "Australia/Lord_Howe",
            company="Coral Sea Conservation",
            role="Reef Monitoring Officer",
            interviewers=["Marnie Kelleher"],
            emails=["marnie.kelleher@coralsea-conservation.example"],
            notes="Calendly invitee confirmation '(Lord Howe Island Time)' (+10:30 in winter), .ics "
            "in UTC.",
        ),
    )
)

# --- GoodTime reminder: Detroit, second address -------------------------------------------------
S = "2029-08-16 10:00"
add(
    mail(
        MARISOL,
        "goodtime-reminder-huron-grid-detroit",
        "interview",
        frm=("Huron Grid Recruiting", "scheduling@goodtime.io"),
        to="mgo.jobsearch@example.com",
        subject="Reminder: Your interview with Huron Grid is tomorrow",
        date=dh("2029-08-15 10:00:00", "America/Detroit"),
        body=f"""Hi Marisol,

This is a friendly reminder about your interview tomorrow.

Position: Grid Modernization Program Lead
Date: {d(S, "usy")}
Time: 10:00 AM - 11:00 AM EDT
Format: Zoom (https://zoom.us/j/97400218833)
Interviewer: Patrice Wendell, Director of Distribution Planning

Need to reschedule? Reply to this email.

Huron Grid Talent Team
Scheduled with GoodTime
""",
        label=iv(
            iso(S, "America/Detroit"),
            None,
            company="Huron Grid",
            role="Grid Modernization Program Lead",
            interviewers=["Patrice Wendell"],
            notes="GoodTime day-before reminder sent to the user's second address; 'EDT' only.",
        ),
    )
)

# --- ModernLoop virtual onsite agenda: Honolulu user, Pacific Time -------------------------------
S = "2029-08-07 09:00"
add(
    mail(
        KAINOA,
        "modernloop-agenda-tradewind-software-honolulu",
        "interview",
        frm=("Tradewind Labs Recruiting", "no-reply@modernloop.io"),
        reply_to=("Dana Feliciano", "dana.feliciano@tradewind-labs.example"),
        subject="Your Tradewind Labs virtual onsite - agenda",
        date=dh("2029-08-01 12:00:00", "America/Los_Angeles"),
        body=f"""Hi Kainoa,

Here is your agenda for {d(S, "usy")}. All times are in Pacific Time (PT).

9:00 - 9:45 AM    Systems design - Arjun Mehta-Collins
9:45 - 10:30 AM   Coding - Lucía Benavente
10:30 - 10:45 AM  Break
10:45 - 11:30 AM  Behavioral - Tom Whitlock (Hiring Manager)

Each session has its own Zoom link in the calendar invites you will receive separately. (That is 6:00 AM Hawaii time for the first session - let us know if you'd prefer a later start.)

Dana Feliciano
Recruiting Coordinator, Tradewind Labs
""",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Tradewind Labs",
            role=None,
            interviewers=["Arjun Mehta-Collins", "Lucía Benavente", "Tom Whitlock"],
            notes="ModernLoop agenda 'All times are in Pacific Time (PT)' to a Honolulu user (6am "
            "HST); starts at the first session; the coordinator does not interview.",
        ),
    )
)

# --- HackerRank live coding interview: Taipei ---------------------------------------------------
S = "2029-08-09 10:00"
add(
    mail(
        CHIAHUI,
        "hackerrank-interview-keelung-cloud-taipei",
        "interview",
        frm=("Keelung Cloud via HackerRank", "interviews@hackerrank.com"),
        subject="Interview scheduled: Keelung Cloud - Backend Engineer",
        date=dh("2029-08-03 18:00:00", "Asia/Taipei"),
        body="""Hi Hsu Chia-hui,

Keelung Cloud has invited you to a live coding interview on HackerRank.

Interview: Backend Engineer - Live coding
Date & time: 2029-08-09 10:00 AM (Asia/Taipei)
Duration: 60 minutes
Interviewer: Kevin Chou

Join the interview: https://www.hackerrank.com/interviews/kc-7f2d1e

Before the interview, please check your browser and microphone on the link above.

HackerRank, on behalf of Keelung Cloud
""",
        label=iv(
            iso(S, "Asia/Taipei"),
            "Asia/Taipei",
            company="Keelung Cloud",
            role="Backend Engineer",
            interviewers=["Kevin Chou"],
            notes="HackerRank live-interview invitation (CodePair), 'YYYY-MM-DD 10:00 AM (Asia/Taipei)'.",
        ),
    )
)

# --- Recruiter mail with a Zoom .ics: Tehran user, London company --------------------------------
S = "2029-06-18 11:00"
add(
    invite(
        NASRIN,
        "zoom-london-pelham-data-tehran",
        "interview",
        start=S,
        zone=None,
        utc_zone="Europe/London",
        minutes=45,
        summary="Pelham Street Analytics - Nasrin Kazemi-Tabar - Analytics Engineer",
        organizer=("Harriet Cobb", "harriet.cobb@pelhamstreet.example"),
        attendees=[("Nasrin Kazemi-Tabar", "nasrin.kazemitabar@example.com")],
        prodid=ZOOM,
        method="REQUEST",
        ics_mode="attach",
        frm=("Harriet Cobb", "harriet.cobb@pelhamstreet.example"),
        subject="Pelham Street Analytics - Analytics Engineer - interview",
        date=dh("2029-06-12 16:40:00", "Europe/London"),
        body=f"""Hi Nasrin,

Lovely to speak earlier. As promised, invite attached for {d(S, "uk")} at 11am UK time (1:30pm in Tehran, if I've done my maths right). It'll be me and Oluwaseun Adeyemi, our Head of Data.

Topic: Pelham Street Analytics - Nasrin Kazemi-Tabar - Analytics Engineer
Join Zoom Meeting: https://us05web.zoom.us/j/71155309284

Harriet Cobb
Head of Talent
""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Pelham Street Analytics",
            role="Analytics Engineer",
            interviewers=["Harriet Cobb", "Oluwaseun Adeyemi"],
            emails=["harriet.cobb@pelhamstreet.example"],
            notes="Recruiter's mail with a Zoom .ics in UTC; '11am UK time' (BST) = 1:30pm in "
            "Tehran; the head of talent sits in.",
        ),
    )
)

# --- Workday rescheduled interview: Kuala Lumpur ---------------------------------------------------
S = "2029-08-30 10:00"
add(
    mail(
        PEISHAN,
        "workday-reschedule-klang-valley-energy-kl",
        "interview",
        frm=("Klang Valley Energy", "kvenergy@myworkday.com"),
        subject="Interview Rescheduled - Treasury Manager (JR-118204)",
        date=dh("2029-08-24 09:30:00", "Asia/Kuala_Lumpur"),
        body="""Dear Chong Pei Shan,

Your interview for Treasury Manager (JR-118204) has been rescheduled.

New Date: 30/08/2029
New Start Time: 10:00 AM (GMT+08:00) Kuala Lumpur
Duration: 60 minutes
Location: Menara KVE, Level 30, Jalan Tun Razak
Interviewers: Azlan Shah Mokhtar, Grace Teoh

Previous date: 28/08/2029 (no longer valid)

Regards,
Talent Acquisition, Klang Valley Energy
""",
        label=iv(
            iso(S, "Asia/Kuala_Lumpur"),
            "Asia/Kuala_Lumpur",
            company="Klang Valley Energy",
            role="Treasury Manager",
            interviewers=["Azlan Shah Mokhtar", "Grace Teoh"],
            notes="Workday reschedule; day-first numeric '30/08/2029', '(GMT+08:00) Kuala Lumpur'; "
            "the old date is also given.",
        ),
    )
)

# --- Scheduling requests -----------------------------------------------------------------------

add(
    mail(
        CALLISTA,
        "greenhouse-availability-derwent-water-hobart",
        "scheduling_request",
        frm=("Derwent Water Authority", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Priya Castellino", "priya.castellino@derwentwater.example"),
        subject="Please share your availability - Asset Planning Engineer",
        date=dh("2029-06-06 11:20:00", "Australia/Hobart"),
        body="""Hi Callista,

Thanks for your application for Asset Planning Engineer - the team would love to speak with you!

Please use the link below to let us know when you're free for a 45-minute video interview over the next two weeks:

https://app.greenhouse.io/availability/5b7a31c2-derwent

Once you've submitted your availability, we'll send a calendar invitation.

Priya Castellino
Talent Coordinator, Derwent Water Authority
""",
        label=note(
            "Greenhouse availability request; no time yet.",
            company="Derwent Water Authority",
            role="Asset Planning Engineer",
        ),
    )
)

SLOTS = ["2029-07-09 10:00", "2029-07-09 15:30", "2029-07-10 11:00", "2029-07-11 14:00"]
add(
    mail(
        PEISHAN,
        "goodtime-slots-merdeka-retail-kl",
        "scheduling_request",
        frm=("Merdeka Retail Group", "scheduling@goodtime.io"),
        subject="Select a time for your interview with Merdeka Retail Group",
        date=dh("2029-07-03 12:00:00", "Asia/Kuala_Lumpur"),
        body="Hi Pei Shan,\n\nPlease pick one of the times below for your 45-minute interview for "
        "Category Manager, Home & Living (times shown in Malaysia Time):\n\n"
        + "\n".join(f"  - {d(s, 'abbr')}, {t12(s)} - {t12(plus(s, 45))}" for s in SLOTS)
        + "\n\nSelect a time: https://app.goodtime.io/select/merdeka/3c90d7\n\n"
        "If none of these work, reply and let us know.\n\nMerdeka Retail Group Talent Team\n",
        label=note(
            "GoodTime slot picker with four candidate times; nothing booked yet.",
            company="Merdeka Retail Group",
        ),
    )
)

add(
    mail(
        TOMAS,
        "calendly-link-atlantico-shipping-azores",
        "scheduling_request",
        frm=("Rui Bettencourt", "rui.bettencourt@atlantico-shipping.example"),
        subject="Next step - Port Operations Analyst",
        date=dh("2029-07-02 16:35:00", "Atlantic/Azores"),
        body="""Olá Tomás,

Thanks for your CV - I'd like to have a first conversation about the Port Operations Analyst role in Ponta Delgada. Could you grab a 30-minute slot that suits you here?

https://calendly.com/rui-bettencourt/30min

Any time next week is fine on my side.

Abraço,
Rui Bettencourt
Atlântico Shipping Lines
""",
        label=note(
            "Recruiter sends a Calendly link; no time chosen.",
            company="Atlântico Shipping Lines",
            role="Port Operations Analyst",
        ),
    )
)

add(
    mail(
        REEM,
        "modernloop-availability-sadu-cloud-riyadh",
        "scheduling_request",
        frm=("Sadu Cloud Recruiting", "no-reply@modernloop.io"),
        reply_to=("Noura Al-Otaibi", "noura.alotaibi@sadu-cloud.example"),
        subject="Action needed: share your availability for your Sadu Cloud interviews",
        date=dh("2029-08-05 10:10:00", "Asia/Riyadh"),
        body="""Hi Reem,

Congratulations on moving to the final stage for Data Platform Architect! We'd like to schedule three 45-minute conversations with the team.

Please share all the times you could be available between Sunday 12 August and Thursday 16 August (Riyadh time):

https://app.modernloop.io/availability/sadu/7e2a

Noura Al-Otaibi
Talent Acquisition, Sadu Cloud
""",
        label=note(
            "ModernLoop availability request for a final loop (Sunday-Thursday work week).",
            company="Sadu Cloud",
            role="Data Platform Architect",
        ),
    )
)

add(
    mail(
        PUTRI,
        "ashby-self-schedule-nusantara-logistics-jakarta",
        "scheduling_request",
        frm=("Nusantara Freight Tech", "no-reply@ashbyhq.com"),
        reply_to=("Dimas Prasetyo", "dimas.prasetyo@nusantara-freight.example"),
        subject="Schedule your interview with Nusantara Freight Tech",
        date=dh("2029-06-11 13:45:00", "Asia/Jakarta"),
        body="""Hi Putri,

Great news - the hiring team would like to move forward with an interview for Growth Marketing Lead.

Please choose a time that works for you:
https://app.ashbyhq.com/scheduling/nusantara-freight/3b8e0c

The interview is 45 minutes with our VP Marketing, Adinda Kusuma. Times are shown in your local time zone.

Best,
Dimas Prasetyo
""",
        label=note(
            "Ashby self-scheduling link; no time booked.",
            company="Nusantara Freight Tech",
            role="Growth Marketing Lead",
        ),
    )
)
