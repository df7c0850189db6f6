"""Cancellations and scheduling requests (asked to pick a time, nothing booked yet)."""

from __future__ import annotations

from .kit import (
    AROHA,
    FATIMA,
    JOAO,
    KOFI,
    MARC,
    OUTLOOK,
    SIOBHAN,
    THANDI,
    WEILING,
    XIMENA,
    YUKI,
    Msg,
    dh,
    event,
    iso,
    iv,
    mail,
    mid,
    note,
)
from .m_iv_calendar import UID_FALCON, UID_KUMO

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Exchange cancellation, same UID as the Falconridge request ------------------------------
_ics = event(
    uid=UID_FALCON,
    start="2026-05-04 10:00",
    zone="Arabian Standard Time",
    minutes=60,
    summary="Canceled: Interview – Credit Risk Analyst – Fatima Al-Mansouri",
    organizer=("Priya Nair", "priya.nair@falconridge.example"),
    attendees=[
        ("Fatima Al-Mansouri", "fatima.almansouri@example.org"),
        ("Omar Farouk Siddiqui", "omar.siddiqui@falconridge.example"),
        ("Leila Nasser", "leila.nasser@falconridge.example"),
    ],
    description="Apologies – we need to cancel this interview. I will be in touch shortly with an update.",
    location="Microsoft Teams Meeting",
    prodid=OUTLOOK,
    sequence=1,
    status="CANCELLED",
    method="CANCEL",
    stamp="20260430T070000Z",
)
add(
    mail(
        FATIMA,
        "outlook-canceled-falconridge",
        "interview_cancelled",
        frm=("Priya Nair", "priya.nair@falconridge.example"),
        subject="Canceled: Interview – Credit Risk Analyst – Fatima Al-Mansouri",
        date=dh("2026-04-30 11:00:00", "Asia/Dubai"),
        extra=[("Content-class", "urn:content-classes:calendarmessage")],
        body="""When: Monday, 4 May 2026 10:00-11:00 (UTC+04:00) Abu Dhabi, Muscat.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Apologies – we need to cancel this interview. I will be in touch shortly with an update.
""",
        ics=_ics,
        ics_mode="inline",
        ics_method="CANCEL",
        label=iv(
            iso("2026-05-04 10:00", "Asia/Dubai"),
            "Asia/Dubai",
            company="Falconridge Capital",
            role="Credit Risk Analyst",
            interviewers=["Omar Farouk Siddiqui", "Leila Nasser"],
            emails=["omar.siddiqui@falconridge.example", "leila.nasser@falconridge.example"],
            notes="Exchange METHOD:CANCEL, STATUS:CANCELLED, same UID as the request, higher SEQUENCE.",
        ),
    )
)

# --- Google cancelled event, Tokyo ------------------------------------------------------------
_ics = event(
    uid=UID_KUMO,
    start="2026-04-22 16:00",
    zone="Asia/Tokyo",
    minutes=60,
    summary="Yuki Tanaka – Technical Interview (Robotics Software Engineer)",
    organizer=("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
    attendees=[
        ("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
        ("Haruka Morimoto", "haruka.morimoto@kumorobotics.example"),
        (None, "yuki.tanaka@example.com"),
    ],
    sequence=1,
    status="CANCELLED",
    method="CANCEL",
    stamp="20260420T013000Z",
)
add(
    mail(
        YUKI,
        "google-cancelled-kumo",
        "interview_cancelled",
        frm=("Sho Nakamura", "sho.nakamura@kumorobotics.example"),
        sender="Google Calendar <calendar-notification@google.com>",
        to="yuki.tanaka@example.com",
        subject="Cancelled event: Yuki Tanaka – Technical Interview (Robotics Software Engineer) @ Wed Apr 22, 2026 4pm - 5pm (JST) (yuki.tanaka@example.com)",
        date=dh("2026-04-20 10:30:00", "Asia/Tokyo"),
        msgid_domain="google.com",
        helo="mail-sor-f41.google.com",
        body="""This event has been cancelled.

Yuki Tanaka – Technical Interview (Robotics Software Engineer)
Wednesday Apr 22, 2026 ⋅ 4pm – 5pm (Japan Standard Time - Tokyo)

Organizer
Sho Nakamura
sho.nakamura@kumorobotics.example

Guests
Sho Nakamura - organizer
Haruka Morimoto
yuki.tanaka@example.com

Invitation from Google Calendar: https://calendar.google.com/calendar/
""",
        html_auto=True,
        ics=_ics,
        ics_mode="both",
        ics_method="CANCEL",
        label=iv(
            iso("2026-04-22 16:00", "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Kumo Robotics",
            role="Robotics Software Engineer",
            interviewers=["Haruka Morimoto"],
            emails=["haruka.morimoto@kumorobotics.example"],
            notes="Google cancellation of the Kumo invite (same UID).",
        ),
    )
)

# --- Plain cancellation, position on hold, 'tomorrow' ----------------------------------------
add(
    mail(
        KOFI,
        "plain-cancel-position-on-hold",
        "interview_cancelled",
        frm=("Megan Schultz", "megan.schultz@alpineridgecu.example"),
        subject="Tomorrow's interview – cancelled",
        date=dh("2026-05-13 15:40:00", "America/Denver"),
        body="""Hi Kofi,

I'm sorry for the short notice, but we have to cancel tomorrow's 10:30 interview with Greg Holloway for the Business Systems Analyst position. The role has been put on hold while we finish a reorganisation.

I'll reach out if it reopens – you were one of our strongest applicants.

Best,
Megan Schultz
HR Generalist, Alpine Ridge Credit Union
""",
        label=iv(
            iso("2026-05-14 10:30", "America/Denver"),
            None,
            company="Alpine Ridge Credit Union",
            role="Business Systems Analyst",
            interviewers=["Greg Holloway"],
            notes="Plain cancellation of 'tomorrow's 10:30' (user's zone, MDT); 'on hold' is not a rejection.",
        ),
    )
)

# --- GoodTime cancellation, Auckland ---------------------------------------------------------------
add(
    mail(
        AROHA,
        "goodtime-cancelled-lumen",
        "interview_cancelled",
        frm=("Lumen Orchard Recruiting", "scheduling@goodtime.io"),
        reply_to=("Kayla Monroe", "kayla.monroe@lumenorchard.example"),
        subject="Cancelled: Lumen Orchard interview on Friday, 22 May 2026",
        date=dh("2026-05-19 08:02:00", "Pacific/Auckland"),
        body="""Hi Aroha,

Your interview with Lumen Orchard on Friday, 22 May 2026 at 2:00 PM NZST (Pacific/Auckland) has been cancelled.

Interview: Hiring manager conversation – Director of Lifecycle Marketing
Interviewer: Elena Sokolova

Your recruiter, Kayla Monroe, will be in touch to find a new time.

This email was sent by GoodTime on behalf of Lumen Orchard.
""",
        label=iv(
            iso("2026-05-22 14:00", "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Lumen Orchard",
            role="Director of Lifecycle Marketing",
            interviewers=["Elena Sokolova"],
            notes="GoodTime cancellation with a promise to reschedule (still a cancellation).",
        ),
    )
)

# --- Calendly cancellation -------------------------------------------------------------------------
add(
    mail(
        MARC,
        "calendly-canceled-maplewell",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Priyanka Deshmukh", "priyanka.deshmukh@maplewellhealth.example"),
        subject="Canceled: Hiring Manager Screen – Senior Backend Developer with Priyanka Deshmukh on Wednesday, April 15, 2026",
        date=dh("2026-04-13 08:12:30", "America/Toronto"),
        body="""Hi Marc-André Tremblay,

The event below has been canceled.

Event Type:
Hiring Manager Screen – Senior Backend Developer

Event Date/Time:
10:30am - 11:00am (Eastern Time - US & Canada) on Wednesday, April 15, 2026

Canceled by:
Priyanka Deshmukh

Cancellation reason:
Apologies, I'm out sick this week. Please pick another time with the link below.

Schedule a new time: https://calendly.com/maplewell-priyanka/hm-screen

Powered by Calendly.com
""",
        label=iv(
            iso("2026-04-15 10:30", "America/Toronto"),
            "America/New_York",
            company="Maplewell Health",
            role="Senior Backend Developer",
            interviewers=["Priyanka Deshmukh"],
            emails=["priyanka.deshmukh@maplewellhealth.example"],
            notes="Calendly cancellation that links to rebooking: cancellation, not a scheduling request.",
        ),
    )
)

# --- Mobile cancellation, Dublin --------------------------------------------------------------------
add(
    mail(
        SIOBHAN,
        "mobile-cancel-currach-second",
        "interview_cancelled",
        frm=("Cillian Ó Dálaigh", "cillian.odalaigh@currachlabs.example"),
        subject="Thursday",
        date=dh("2026-05-18 07:55:00", "Europe/Dublin"),
        body="""Hi Siobhán, so sorry – I have to cancel our second interview on Thursday at 2pm, family emergency. Aoife will send you new times next week. Apologies again.

Cillian

Get Outlook for iOS<https://aka.ms/o0ukef>
""",
        label=iv(
            iso("2026-05-21 14:00", "Europe/Dublin"),
            None,
            company="Currach Labs",
            interviewers=["Cillian Ó Dálaigh"],
            emails=["cillian.odalaigh@currachlabs.example"],
            notes="Mobile one-liner; 'Thursday at 2pm' resolved against the Monday Date header; the subject says nothing.",
        ),
    )
)

# --- Teams cancellation, Singapore Standard Time (original not in the set) ----------------------------
_ics = event(
    uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000ZEPHYR18",
    start="2026-06-18 16:00",
    zone="Singapore Standard Time",
    minutes=60,
    summary="Canceled: Final interview – Zephyr Grid – Tan Wei Ling",
    organizer=("Shanice Lee", "shanice.lee@zephyrgrid.example"),
    attendees=[
        ("Tan Wei Ling", "weiling.tan@example.com"),
        ("Victoria Ng", "victoria.ng@zephyrgrid.example"),
    ],
    prodid=OUTLOOK,
    sequence=3,
    status="CANCELLED",
    method="CANCEL",
    stamp="20260615T020000Z",
)
add(
    mail(
        WEILING,
        "teams-canceled-zephyr-final",
        "interview_cancelled",
        frm=("Shanice Lee", "shanice.lee@zephyrgrid.example"),
        subject="Canceled: Final interview – Zephyr Grid – Tan Wei Ling",
        date=dh("2026-06-15 10:00:00", "Asia/Singapore"),
        extra=[("Content-class", "urn:content-classes:calendarmessage")],
        body="""When: Thursday, 18 June 2026 4:00 PM-5:00 PM (UTC+08:00) Kuala Lumpur, Singapore.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Wei Ling, Victoria has been called to an offsite, so we need to cancel this slot. I'll send new options today.
""",
        ics=_ics,
        ics_mode="inline",
        ics_method="CANCEL",
        label=iv(
            iso("2026-06-18 16:00", "Asia/Singapore"),
            "Asia/Singapore",
            company="Zephyr Grid",
            interviewers=["Victoria Ng"],
            emails=["victoria.ng@zephyrgrid.example"],
            notes="Exchange CANCEL with Windows TZID 'Singapore Standard Time'; the original request is not in the set.",
        ),
    )
)

# ================================ scheduling requests ==================================

add(
    mail(
        THANDI,
        "greenhouse-final-round-availability",
        "scheduling_request",
        frm=("Kopano Pay", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Nandi Khoza", "nandi.khoza@kopanopay.example"),
        subject="Next steps with Kopano Pay – please share your availability",
        date=dh("2026-04-20 10:02:00", "Africa/Johannesburg"),
        body="""Hi Thandiwe,

Thanks again for meeting Lindiwe and Pieter last week – we'd love to move you to the final round (a 2.5-hour virtual onsite).

Please let us know when you're available over the next two weeks using the link below. Choose as many times as you can; we'll confirm the final schedule within two business days.

Submit your availability: https://app.greenhouse.io/candidate_availability/8f1a2c9e-kopano

Thanks,
Nandi Khoza
Talent Coordinator, Kopano Pay
""",
        label=note("Greenhouse availability request; mentions a past interview; nothing booked."),
    )
)

add(
    mail(
        MARC,
        "goodtime-three-slots",
        "scheduling_request",
        frm=("Quillfeather Recruiting", "scheduling@goodtime.io"),
        reply_to=("Sophie Bouchard", "sophie.bouchard@quillfeather.example"),
        subject="Action needed: choose your interview time with Quillfeather",
        date=dh("2026-04-14 09:30:00", "America/Toronto"),
        body="""Hi Marc-André,

Please choose one of the following times for your technical interview (90 minutes). Times are in Eastern Time (America/Toronto).

• Thursday, April 16, 10:00 AM – 11:30 AM
• Friday, April 17, 2:00 PM – 3:30 PM
• Monday, April 20, 11:00 AM – 12:30 PM

Select a time: https://app.goodtime.io/candidate/select/qf-7731a

If none of these work, click "Request other times".

This email was sent by GoodTime on behalf of Quillfeather.
""",
        label=note("Three offered slots, none chosen."),
    )
)

add(
    mail(
        SIOBHAN,
        "recruiter-three-slots-dublin",
        "scheduling_request",
        frm=("Eimear Gallagher", "eimear.gallagher@harlowfinch.example"),
        subject="Second interview - Brightwater Pharma",
        date=dh("2026-05-20 12:15:00", "Europe/Dublin"),
        body="""Hi Siobhán,

Good news – Brightwater Pharma would like to see you for a second interview for the Digital Product Owner role. They've offered the following times at their Cork office:

Tuesday 26 May at 10:00
Wednesday 27 May at 15:30
Thursday 28 May at 11:00

Which would suit you best? If none work, send me a couple of alternatives and I'll go back to them.

Kind regards,
Eimear Gallagher
Senior Consultant | Harlow & Finch Recruitment
+353 1 555 0172
""",
        label=note("Agency offering three slots (Harlow & Finch is an invented agency)."),
    )
)

add(
    mail(
        AROHA,
        "calendly-link-book-a-time",
        "scheduling_request",
        frm=("Hannah Pereira", "hannah.pereira@kaimoana-foods.example"),
        subject="Kaimoana Foods – Brand Manager – next step",
        date=dh("2026-06-08 10:20:00", "Pacific/Auckland"),
        body="""Hi Aroha,

Thanks for your application for Brand Manager. I'd like to set up a 30-minute phone conversation as a first step. Please grab a time that suits you here:

https://calendly.com/hannah-kaimoana/brand-manager-phone-screen

Talk soon,
Hannah Pereira
People Partner, Kaimoana Foods
""",
        label=note("Calendly link to book; nothing booked."),
    )
)

add(
    mail(
        FATIMA,
        "agency-mobile-when-free",
        "scheduling_request",
        frm=("Daniel Hartley", "daniel.hartley@castlegate-search.example"),
        subject="Re: Meridian Ports – Financial Controller",
        date=dh("2026-05-10 21:02:00", "Asia/Dubai"),
        in_reply_to=mid("castlegate-thread-2", "castlegate-search.example"),
        body="""Great feedback from Khalid! They want you back to meet the CEO. When are you free next week? Mornings are best for him.

Sent from my iPhone
""",
        label=note("Agency mobile ask for availability after a past interview."),
    )
)

add(
    mail(
        XIMENA,
        "lever-self-schedule",
        "scheduling_request",
        frm=("Tianguis Digital", "no-reply@hire.lever.co"),
        reply_to=("Paola Medina", "paola.medina@tianguisdigital.example"),
        subject="Schedule your next interview with Tianguis Digital",
        date=dh("2026-05-25 10:40:00", "America/Mexico_City"),
        body="""Hola Ximena,

Mariana enjoyed your conversation! The next step is a 60-minute research exercise review with the product team.

Please pick a time that works for you: https://hire.lever.co/interview-scheduling/tianguis/6f8d2e1a

The link shows times in your local time zone. Slots fill up quickly, so we recommend booking within 48 hours.

Saludos,
Paola Medina
People Team · Tianguis Digital
""",
        label=note("Lever self-scheduling link."),
    )
)

add(
    mail(
        YUKI,
        "ashby-self-scheduling",
        "scheduling_request",
        frm=("Hoshizora Interactive", "no-reply@ashbyhq.com"),
        reply_to=("Emma Kobayashi", "emma.kobayashi@hoshizora.example"),
        subject="Hoshizora Interactive: please book your final interview",
        date=dh("2026-06-03 15:00:00", "Asia/Tokyo"),
        body="""Hi Yuki,

Congratulations on moving to the final stage for Localization Producer! Please select a time for your final interview with our COO (45 minutes, in person).

Book a time: https://app.ashbyhq.com/scheduling/hoshizora/7d2b11

Available dates: June 9 – June 19. If nothing fits, reply to this email.

Best regards,
Emma Kobayashi
""",
        label=note("Ashby self-scheduling with a date range; no slot booked."),
    )
)

add(
    mail(
        JOAO,
        "reply-two-slots-quoted-past-interview",
        "scheduling_request",
        frm=("Larissa Fontes", "larissa.fontes@bancoipe.example"),
        subject="Re: Entrevista - Senior Risk Analyst",
        date=dh("2026-05-11 09:20:00", "America/Sao_Paulo"),
        in_reply_to=mid("ipe-joao-3", "example.net"),
        body="""Hi João,

Rafael really liked the conversation! The last step is a meeting with our CRO, Helena Vasconcelos. Would Thursday 14/05 at 10h or Friday 15/05 at 16h work for you?

Abs,
Larissa

On Tue, 28 Apr 2026 at 16:31, João Pereira <joao.pereira@example.net> wrote:
> Hi Larissa, thanks for organising today's interview with Rafael at 15h. It was a great conversation.
""",
        label=note("Two offered slots; the quote mentions a past interview time."),
    )
)

add(
    mail(
        WEILING,
        "modernloop-availability",
        "scheduling_request",
        frm=("Zephyr Grid Talent", "notifications@modernloop.io"),
        reply_to=("Shanice Lee", "shanice.lee@zephyrgrid.example"),
        subject="Zephyr Grid – share your availability for a final interview",
        date=dh("2026-06-02 11:45:00", "Asia/Singapore"),
        body="""Hi Wei Ling,

We'd like to schedule a final conversation with our VP of Engineering, Victoria Ng. Please share your availability for the week of 15 June using the link below (times are shown in Singapore Time).

Share availability: https://app.modernloop.io/availability/zg-41c7

Thanks!
Shanice

Sent with ModernLoop
""",
        label=note("ModernLoop availability request."),
    )
)
