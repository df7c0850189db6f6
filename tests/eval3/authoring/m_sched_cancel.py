"""Cancelled interviews and requests to pick a time (nothing booked yet)."""

from __future__ import annotations

from .kit import (
    CHINEDU,
    DANA,
    ELODIE,
    FEMKE,
    GIULIA,
    GOOGLE,
    HARPREET,
    JIWOO,
    KEONI,
    LIAM,
    MARCUS,
    MEERA,
    NOA,
    OMAR,
    OUTLOOK,
    SOFIA,
    TOMASZ,
    WANJIRU,
    ZOOM,
    Msg,
    day_fr,
    dh,
    event,
    html_page,
    iso,
    iv,
    long_date,
    mail,
    mid,
    note,
)
from .kit import quote_header as qh

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================== cancellations ==============================================

# --- Google cancellation, Seoul, METHOD:CANCEL ------------------------------------------------
S = "2026-11-19 10:00"
add(
    mail(
        JIWOO,
        "google-cancel-geumgang-bio",
        "interview_cancelled",
        frm=("Bae Soo-ah", "sooah.bae@geumgangbio.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        subject=f"Canceled event: Interview - Park Ji-woo (Bioinformatics Engineer) @ {long_date(S, 'short')}, 2026 10am - 11am (KST) (jiwoo.park@example.org)",
        date=dh("2026-11-16 18:25:00", "Asia/Seoul"),
        body=f"""This event has been canceled and removed from your calendar.

Interview - Park Ji-woo (Bioinformatics Engineer)
When
{long_date(S, "short")}, 2026 10am – 11am Korean Standard Time - Seoul

Who
Bae Soo-ah - organizer
Jung Da-eun
jiwoo.park@example.org

Invitation from Google Calendar
""",
        ics=event(
            uid="2b9x4c7v1n0m8q5w3e6r2t9y4u@google.com",
            start=S,
            zone="Asia/Seoul",
            minutes=60,
            summary="Interview - Park Ji-woo (Bioinformatics Engineer)",
            organizer=("Bae Soo-ah", "sooah.bae@geumgangbio.example"),
            attendees=[
                ("Jung Da-eun", "daeun.jung@geumgangbio.example"),
                ("jiwoo.park@example.org", "jiwoo.park@example.org"),
            ],
            sequence=1,
            status="CANCELLED",
            method="CANCEL",
            prodid=GOOGLE,
        ),
        ics_method="CANCEL",
        label=iv(
            iso(S, "Asia/Seoul"),
            "Asia/Seoul",
            company="Geumgang Bio",
            role="Bioinformatics Engineer",
            interviewers=["Jung Da-eun"],
            emails=["daeun.jung@geumgangbio.example"],
            notes="Google cancellation with METHOD:CANCEL and STATUS:CANCELLED.",
        ),
    )
)

# --- Outlook 'Canceled:' with Windows TZID -----------------------------------------------------
S = "2026-11-05 14:00"
add(
    mail(
        NOA,
        "outlook-canceled-negev-water",
        "interview_cancelled",
        frm=("Shira Levinson", "shira.levinson@negevwater.example"),
        subject="Canceled: Interview - Noa Ben-David - Data Scientist",
        date=dh("2026-11-03 12:10:00", "Asia/Jerusalem"),
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
        body=f"""When: {long_date(S, "usy")} 2:00 PM-3:00 PM (UTC+02:00) Jerusalem.
Where: Microsoft Teams Meeting

Hi Noa, I'm sorry to cancel - the hiring manager has left the company and the requisition is being re-scoped. I will be in touch if it reopens.

Shira
""",
        ics=event(
            uid="040000008200E00074C5B7101A82E00800000000123456789ABCDB01000000000000000010000000FEDCBA98",
            start=S,
            zone="Israel Standard Time",
            minutes=60,
            summary="Canceled: Interview - Noa Ben-David - Data Scientist",
            organizer=("Shira Levinson", "shira.levinson@negevwater.example"),
            attendees=[("Noa Ben-David", "noa.bendavid@example.net")],
            location="Microsoft Teams Meeting",
            sequence=1,
            status="CANCELLED",
            method="CANCEL",
            prodid=OUTLOOK,
        ),
        ics_method="CANCEL",
        ics_mode="inline",
        label=iv(
            iso(S, "Asia/Jerusalem"),
            "Asia/Jerusalem",
            company="Negev Water",
            role="Data Scientist",
            notes="Exchange CANCEL; nobody named is left to interview.",
        ),
    )
)

# --- Calendly cancellation, Arizona -----------------------------------------------------------
S = "2026-11-12 14:00"
add(
    mail(
        DANA,
        "calendly-canceled-copperline",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        subject=f"Canceled: Hiring Manager Interview with Trent Holloway on {long_date(S, 'usy')}",
        date=dh("2026-11-10 07:55:00", "America/Phoenix"),
        body=f"""Hi Dana Whitehorse,

The event below has been canceled.

Event Type: Hiring Manager Interview - Copperline Mining Analytics
Host: Trent Holloway
Date and time: 02:00pm - 02:45pm, {long_date(S, "usy")} (Arizona, Yukon Time)

Cancellation reason: "Trent is out sick this week - our recruiter will send new times."

Powered by Calendly.com
""",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Copperline Mining Analytics",
            role=None,
            interviewers=["Trent Holloway"],
            notes="Calendly cancellation; the cancelled slot is labelled; 'Arizona, Yukon Time' is -07:00 all year.",
        ),
    )
)

# --- GoodTime cancellation, Amsterdam ---------------------------------------------------------
S = "2026-11-20 11:00"
add(
    mail(
        FEMKE,
        "goodtime-cancel-polderpay",
        "interview_cancelled",
        frm=("PolderPay Recruiting", "scheduling@goodtime.io"),
        reply_to=("Lotte Jansen", "lotte.jansen@polderpay.example"),
        subject="Cancelled: your interview with PolderPay",
        date=dh("2026-11-17 15:30:00", "Europe/Amsterdam"),
        body=f"""Hi Femke,

Unfortunately we have to cancel the following interview:

Senior UX Researcher - Design challenge
{long_date(S, "uky")}, 11:00 - 12:30 CET
with Pieter-Jan Smit and Noor El Amrani

We will reach out shortly with new options. Apologies for the inconvenience.

Lotte Jansen
PolderPay Talent
""",
        label=iv(
            iso(S, "Europe/Amsterdam"),
            None,
            company="PolderPay",
            role="Senior UX Researcher",
            interviewers=["Pieter-Jan Smit", "Noor El Amrani"],
            notes="Cancellation that promises new options: still a cancellation, not a scheduling request.",
        ),
    )
)

# --- Human cancellation, Lagos -----------------------------------------------------------------
S = "2026-11-05 11:00"
add(
    mail(
        CHINEDU,
        "hm-cancel-position-on-hold-ikenga",
        "interview_cancelled",
        frm=("Obinna Eze", "obinna.eze@ikengahealth.example"),
        subject="Re: Interview Thursday - Lead Mobile Engineer",
        date=dh("2026-11-03 19:05:00", "Africa/Lagos"),
        in_reply_to=mid("ikenga-thread-1", "example.net"),
        body=f"""Hi Chinedu,

I'm really sorry to do this, but I have to cancel our interview on Thursday at 11am. The board has put the Lead Mobile Engineer position on hold until the new budget is approved in Q1. I'll reach out personally if it reopens.

Apologies again,
Obinna

{qh("2026-10-30 10:12", "Africa/Lagos", "Obinna Eze <obinna.eze@ikengahealth.example>")}
> Great, confirmed for {long_date(S, "us")} at 11am at our Yaba office.
""",
        label=iv(
            iso(S, "Africa/Lagos"),
            None,
            company="Ikenga Health",
            role="Lead Mobile Engineer",
            interviewers=["Obinna Eze"],
            emails=["obinna.eze@ikengahealth.example"],
            notes="Plain-language cancellation; the slot is in the quoted confirmation.",
        ),
    )
)

# --- Lever cancellation, Bengaluru -------------------------------------------------------------
S = "2026-11-20 16:00"
add(
    mail(
        MEERA,
        "lever-cancel-tamarind-fintech",
        "interview_cancelled",
        frm=("Tamarind Money", "no-reply@hire.lever.co"),
        reply_to=("Shreya Kulkarni", "shreya.kulkarni@tamarindmoney.example"),
        subject="Interview cancelled - Senior Product Manager, Lending",
        date=dh("2026-11-18 09:30:00", "Asia/Kolkata"),
        rich=html_page(
            f"""<p>Hi Meera,</p>
<p>Your interview scheduled for <b>{long_date(S, "usy")} at 4:00 PM IST</b> with Rohan Chatterjee has been cancelled.</p>
<p>Shreya from our team will contact you to find another time.</p>
<p>Regards,<br>Tamarind Money Recruiting</p>"""
        ),
        label=iv(
            iso(S, "Asia/Kolkata"),
            None,
            company="Tamarind Money",
            role="Senior Product Manager, Lending",
            interviewers=["Rohan Chatterjee"],
            notes="HTML-only Lever cancellation.",
        ),
    )
)

# --- French cancellation ------------------------------------------------------------------------
S = "2026-11-24 15:00"
add(
    mail(
        ELODIE,
        "annulation-entretien-garonne-conseil",
        "interview_cancelled",
        frm=("Sébastien Dufresne", "sebastien.dufresne@garonne-conseil.example"),
        subject="Annulation de votre entretien du 24 novembre",
        date=dh("2026-11-19 10:05:00", "Europe/Paris"),
        body=f"""Bonjour Élodie,

Je suis au regret de devoir annuler l'entretien prévu le {day_fr(S)} à 15h00 avec Mme Isabelle Marchand. Le poste de Consultante ESG senior a été pourvu en interne.

Nous conservons votre candidature et ne manquerons pas de revenir vers vous si une opportunité similaire se présente.

Cordialement,
Sébastien Dufresne
Responsable recrutement – Garonne Conseil
""",
        label=iv(
            iso(S, "Europe/Paris"),
            None,
            company="Garonne Conseil",
            role="Consultante ESG senior",
            interviewers=["Isabelle Marchand"],
            notes="French cancellation; the post was filled internally (also reads like a rejection, but the message cancels a booked slot).",
        ),
    )
)

# --- Zoom cancellation, Nairobi ----------------------------------------------------------------
S = "2026-11-09 15:00"
add(
    mail(
        WANJIRU,
        "zoom-cancel-rift-valley-energy",
        "interview_cancelled",
        frm=("Njeri Mwangi", "njeri.mwangi@riftvalleyenergy.example"),
        subject="Canceled: Interview - Wanjiru Kamau (Data Platform Engineer)",
        date=dh("2026-11-06 12:00:00", "Africa/Nairobi"),
        body="""Hi Wanjiru,

Njeri Mwangi has canceled the scheduled Zoom meeting.

Topic: Interview - Wanjiru Kamau (Data Platform Engineer)
Time: Nov 9, 2026 03:00 PM Nairobi

Njeri added: the team is at an offsite that week; I'll send new times for the week after.
""",
        ics=event(
            uid="ZOOM89901256678",
            start=S,
            zone=None,
            utc_zone="Africa/Nairobi",
            minutes=60,
            summary="Interview - Wanjiru Kamau (Data Platform Engineer)",
            organizer=("Njeri Mwangi", "njeri.mwangi@riftvalleyenergy.example"),
            status="CANCELLED",
            method="CANCEL",
            prodid=ZOOM,
        ),
        ics_method="CANCEL",
        ics_mode="attach",
        label=iv(
            iso(S, "Africa/Nairobi"),
            "Africa/Nairobi",
            company="Rift Valley Energy",
            role="Data Platform Engineer",
            notes="Zoom cancellation with a UTC CANCEL calendar.",
        ),
    )
)

# ============================== scheduling requests =========================================

add(
    mail(
        GIULIA,
        "greenhouse-availability-lagunare",
        "scheduling_request",
        frm=("Lagunare Travel", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Elena Moretti", "elena.moretti@lagunare.example"),
        subject="Please share your availability - Lagunare Travel",
        date=dh("2026-10-26 10:10:00", "Europe/Rome"),
        body="""Hi Giulia,

The team would love to move you forward to the technical interview for Analytics Engineer (60 minutes, video).

Please let us know when you are available over the next two weeks using the link below. Select as many slots as you can; we will confirm a time within two business days.

https://app.greenhouse.io/availability/5f3c2e1d-1a9b-4c7d-8e6f-2a1b0c9d8e7f

Thanks!
Elena Moretti
Recruiting Coordinator, Lagunare Travel
""",
        label=note("Greenhouse availability request; no time booked yet."),
    )
)

add(
    mail(
        SOFIA,
        "recruiter-calendly-link-pampa-cloud",
        "scheduling_request",
        frm=("Nicolás Ferraro", "nicolas.ferraro@pampacloud.example"),
        subject="Pampa Cloud - SDET role",
        date=dh("2026-11-02 11:48:00", "America/Argentina/Buenos_Aires"),
        body="""Hola Sofía! (switching to English since the team is distributed)

Thanks for applying to the SDET role at Pampa Cloud. I'd love to set up a 30-minute intro call. Please grab any slot that suits you here: https://calendly.com/nicolas-ferraro-pampa/intro-30

Talk soon,
Nicolás Ferraro
Talent Partner
""",
        label=note("Booking link for a first call; nothing booked."),
    )
)

add(
    mail(
        HARPREET,
        "goodtime-slot-picker-fraser-robotics",
        "scheduling_request",
        frm=("Fraser Robotics Recruiting", "scheduling@goodtime.io"),
        reply_to=("Connor Lam", "connor.lam@fraserrobotics.example"),
        subject="Choose your interview time - Fraser Robotics",
        date=dh("2026-11-16 13:00:00", "America/Vancouver"),
        body=f"""Hi Harpreet,

Please choose a time for your Planning Systems Engineer onsite (3 hours). Available options (Pacific Time):

- {long_date("2026-11-23", "usy")}, 9:00 AM - 12:00 PM
- {long_date("2026-11-25", "usy")}, 1:00 PM - 4:00 PM
- {long_date("2026-11-27", "usy")}, 9:00 AM - 12:00 PM

Select a time: https://app.goodtime.io/select/9a8b7c6d5e4f

Once you pick, we'll send calendar invitations with interviewer names.

Fraser Robotics Talent Team
""",
        label=note("Three offered slots and a selection link; nothing chosen yet."),
    )
)

add(
    mail(
        OMAR,
        "hm-two-slots-pharaonic-data",
        "scheduling_request",
        frm=("Yasmin Khalil", "yasmin.khalil@pharaonicdata.example"),
        subject="Interview - Data Analyst role",
        date=dh("2026-11-15 10:30:00", "Africa/Cairo"),
        body=f"""Dear Omar,

Thank you for applying to Pharaonic Data. We would like to invite you to an interview with our analytics lead. Would either of these times work for you (Cairo time)?

1) {long_date("2026-11-18", "uk")} at 11:00
2) {long_date("2026-11-19", "uk")} at 14:00

If neither is convenient, please suggest two alternatives.

Best regards,
Yasmin Khalil
HR Coordinator
""",
        label=note("Two offered slots, none confirmed."),
    )
)

add(
    mail(
        NOA,
        "agency-availability-tel-aviv",
        "scheduling_request",
        frm=("Eitan Barak", "eitan@sheleg-recruit.example"),
        subject="Intro with Ofek Mobility - your availability?",
        date=dh("2026-11-10 09:15:00", "Asia/Jerusalem"),
        body="""Hi Noa,

Great news - Ofek Mobility want to speak with you about the Staff Data Scientist role after seeing your profile. Can you send me 3-4 windows next week (Sun-Thu) when you could do 45 minutes on Zoom? I'll coordinate with their VP R&D.

Thanks,
Eitan Barak
Partner, Sheleg Recruitment
""",
        label=note("Agency asking for availability; no time yet."),
    )
)

add(
    mail(
        JIWOO,
        "ashby-self-schedule-dalnim",
        "scheduling_request",
        frm=("Dalnim Labs", "no-reply@ashbyhq.com"),
        reply_to=("Han So-yeon", "soyeon.han@dalnimlabs.example"),
        subject="Schedule your interview with Dalnim Labs",
        date=dh("2026-11-09 10:00:00", "Asia/Seoul"),
        body="""Hi Ji-woo,

You've been invited to schedule a System Design Interview (60 min) for ML Infrastructure Engineer at Dalnim Labs.

Pick a time that works for you: https://jobs.ashbyhq.com/dalnimlabs/interview/schedule/3e1f2a0b-77c4

Times are shown in your local time zone.

Dalnim Labs Recruiting
""",
        label=note("Ashby self-scheduling invitation."),
    )
)

add(
    mail(
        KEONI,
        "recruiter-chat-next-week-link",
        "scheduling_request",
        frm=("Haunani Kealoha", "haunani@alohacareers-partners.example"),
        subject="Quick chat about a remote SRE role?",
        date=dh("2026-11-11 08:05:00", "Pacific/Honolulu"),
        body="""Hi Keoni,

I came across your profile and think you'd be a strong fit for a remote SRE role with one of my clients (Series B, climate software). Open to a 20-minute chat next week? Here's my calendar so you can pick whatever works with the time difference: https://calendly.com/haunani-kealoha/20min

Mahalo,
Haunani Kealoha
Aloha Careers Partners
""",
        label=note("Cold agency outreach with a booking link."),
    )
)

add(
    mail(
        TOMASZ,
        "workday-schedule-task-vistula-bank",
        "scheduling_request",
        frm=("Vistula Bank", "vistulabank@myworkday.com"),
        subject="Action required: schedule your interview (R-117342 IT Risk Specialist)",
        date=dh("2026-11-13 08:00:00", "Europe/Warsaw"),
        body="""Dear Tomasz Wiśniewski,

Congratulations, you have been selected for an interview for IT Risk Specialist (R-117342).

Please sign in to the Vistula Bank Careers site and open your inbox to select an interview slot. Slots are offered on a first-come, first-served basis and the task expires in 5 days.

https://vistulabank.wd3.myworkday.com/vistula/d/task/2997$4471.htmld

Vistula Bank Recruitment
""",
        label=note("Workday task to pick a slot; nothing booked."),
    )
)

add(
    mail(
        LIAM,
        "modernloop-availability-gold-coast",
        "scheduling_request",
        frm=("Surfline Data Recruiting", "scheduling@modernloop.io"),
        reply_to=("Mia Tuilagi", "mia.tuilagi@surflinedata.example"),
        subject="Share your availability for your final interviews",
        date=dh("2026-11-17 14:30:00", "Australia/Brisbane"),
        body="""Hi Liam,

Congrats on moving to the final stage! Please share your availability for a 3-hour interview block over the next 10 business days.

Submit availability: https://app.modernloop.io/availability/7d1e5c3b

We'll confirm the schedule within 48 hours.

Mia Tuilagi
Surfline Data
""",
        label=note("ModernLoop availability request."),
    )
)

add(
    mail(
        MARCUS,
        "hm-reply-tuesday-or-wednesday",
        "scheduling_request",
        frm=("Derrick Johansson", "derrick.johansson@windycitygrid.example"),
        subject="Re: Following up - Senior Analytics Engineer",
        date=dh("2026-11-13 16:22:00", "America/Chicago"),
        in_reply_to=mid("windycity-thread-1", "example.com"),
        body=f"""Hey Marcus,

Sorry for the slow reply - crazy week. I'd like to get you in for the next round. Does Tuesday or Wednesday afternoon next week work? Anything after 1pm CT. Once you tell me, I'll have Maria send the invite.

Derrick

{qh("2026-11-10 09:00", "America/Chicago", "Marcus Oyelaran <marcus.oyelaran@example.com>")}
> Hi Derrick, just following up on my application. Happy to answer any questions.
""",
        label=note("Hiring manager offers two afternoons; the user still has to choose."),
    )
)
