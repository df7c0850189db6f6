"""More shapes: Google notifications, reminders, forwarded Teams invites, updates, pickers."""

from __future__ import annotations

from .kit import (
    ANAHERA,
    BRODY,
    DEFNE,
    INES,
    KEOLA,
    PUTRI,
    SHIRIN,
    THIRI,
    XINYI,
    YUTING,
    Msg,
    ats,
    bulk,
    dh,
    exchange,
    gabbr,
    grange,
    invite,
    lab,
    local,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google Calendar notification (no calendar part), Taipei ---------------------------------
S = "2031-04-08 10:00"
X = local(S, "Asia/Taipei")
add(
    mail(
        YUTING,
        "gcal-notification-email-no-ics-keelung-harbour-data",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Notification: Interview - Keelung Harbour Data (Lin Chia-hao) @ {X:%a} {X:%b} {X.day}, {X.year} {grange(S, 60).replace(' – ', ' - ')} ({gabbr(S, 'Asia/Taipei')}) (yuting.lai@example.com)",
        date=dh("2031-04-08 09:30", "Asia/Taipei"),
        body=f"""Interview - Keelung Harbour Data (Lin Chia-hao)
{X:%A} {X:%b} {X.day}, {X.year} ⋅ {grange(S, 60)} (Taipei Standard Time)

Joining info
meet.google.com/pqa-trmz-ked

Organizer
lin.chiahao@keelungharbourdata.example

Guests
lin.chiahao@keelungharbourdata.example - organizer
yuting.lai@example.com

Reminder from Google Calendar
You are receiving this email because you set a notification for this event.
""",
        label=lab(
            S,
            "Asia/Taipei",
            "Asia/Taipei",
            company="Keelung Harbour Data",
            who=["Lin Chia-hao"],
            emails=["lin.chiahao@keelungharbourdata.example"],
            notes="Google's own reminder 30 minutes before; no calendar part.",
        ),
    )
)

# --- GoodTime reminder 'starts in 1 hour', Lisbon -------------------------------------------
S = "2031-04-02 11:00"
add(
    ats(
        INES,
        "goodtime-reminder-one-hour-belem-insurtech",
        "interview",
        frm=("Belém Insurtech Recruiting", "scheduling@goodtime.io"),
        subject="Reminder: your interview with Belém Insurtech starts in 1 hour",
        date=dh("2031-04-02 10:00", "Europe/Lisbon"),
        body="""Hi Inês,

Just a reminder that your interview starts in 1 hour.

Wednesday, April 2, 2031
11:00 AM - 12:00 PM WEST (Lisbon)
Interviewers: Duarte Pimentel (Head of Pricing), Sofia Loureiro (Senior Actuary)
Join: https://belem-insurtech.example/room/ines-0402
""",
        label=lab(
            S,
            "Europe/Lisbon",
            "Europe/Lisbon",
            company="Belém Insurtech",
            who=["Duarte Pimentel", "Sofia Loureiro"],
            notes="Reminder one hour before; 'WEST (Lisbon)' after the 30 March switch.",
        ),
    )
)

# --- Teams invite forwarded by an executive assistant, SE Asia TZID, Jakarta user -----------
S = "2031-04-10 15:30"
add(
    exchange(
        PUTRI,
        "forwarded-teams-invite-ea-bangkok-tzid-sunda-ventures",
        "interview",
        start=S,
        zone="SE Asia Standard Time",
        minutes=45,
        subject="Interview: Putri Siregar - Investment Associate",
        prefix="FW: ",
        organizer=("Anisa Rahmawati", "anisa.rahmawati@sundaventures.example"),
        attendees=[
            ("Hendra Wijaya", "hendra.wijaya@sundaventures.example"),
            ("Mei Ling Tan", "meiling.tan@sundaventures.example"),
        ],
        date=dh("2031-04-04 13:05", "Asia/Jakarta"),
        text="""Hi Putri, forwarding the invite from Hendra's calendar - please accept from your side. Hendra Wijaya (Managing Partner) and Mei Ling Tan (Principal) will interview you.

Anisa Rahmawati
Executive Assistant to the Managing Partner, Sunda Ventures""",
        label=lab(
            S,
            "Asia/Bangkok",
            "Asia/Bangkok",
            company="Sunda Ventures",
            role="Investment Associate",
            who=["Hendra Wijaya", "Mei Ling Tan"],
            emails=["hendra.wijaya@sundaventures.example", "meiling.tan@sundaventures.example"],
            notes="Forwarded Teams request; SE Asia Standard Time (CLDR: Bangkok, +07:00 like Jakarta); the EA only arranges.",
        ),
    )
)

# --- Exchange update, SEQUENCE 2, Taipei Standard Time ------------------------------------------
S = "2031-03-28 09:30"
add(
    exchange(
        YUTING,
        "outlook-update-sequence-two-taipei-guandu-photonics",
        "interview",
        start=S,
        zone="Taipei Standard Time",
        minutes=60,
        subject="Process Engineer interview - Lai Yu-ting",
        prefix="Updated: ",
        organizer=("Huang Wei-chen", "weichen.huang@guanduphotonics.example"),
        attendees=[("Kao Shu-fen", "shufen.kao@guanduphotonics.example")],
        date=dh("2031-03-24 17:40", "Asia/Taipei"),
        sequence=2,
        text="""Dear Yu-ting,

We have moved the interview to Friday morning, 9:30, because our plant manager Kao Shu-fen has to travel on Thursday. Sorry for the change.

Huang Wei-chen
HR, Guandu Photonics""",
        label=lab(
            S,
            "Asia/Taipei",
            "Asia/Taipei",
            company="Guandu Photonics",
            role="Process Engineer",
            who=["Kao Shu-fen"],
            emails=["shufen.kao@guanduphotonics.example"],
            notes="Exchange update (SEQUENCE 2) at the new time; HR organiser arranges only.",
        ),
    )
)

# --- Calendly host cancellation, Denver ---------------------------------------------------------
S = "2031-03-27 16:00"
add(
    invite(
        BRODY,
        "calendly-host-canceled-pikes-outfitters",
        "interview_cancelled",
        start=S,
        zone=None,
        utc_zone="America/Denver",
        minutes=30,
        summary="Phone screen: Pikes Outfitters",
        organizer=("Darcy Engebretsen", "darcy@pikesoutfitters.example"),
        attendees=[("Brody Kessinger", "brody.kessinger@example.net")],
        prodid="-//Calendly//Calendly//EN",
        method="CANCEL",
        uid_style="calendly.com",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Darcy Engebretsen", "darcy@pikesoutfitters.example"),
        subject="Canceled: Phone screen: Pikes Outfitters with Darcy Engebretsen on Thursday, March 27, 2031",
        date=dh("2031-03-25 08:10", "America/Denver"),
        body="""Hi Brody Kessinger,

Darcy Engebretsen has canceled the event below.

Event Type: Phone screen: Pikes Outfitters
Event Date/Time: 4:00pm - Thursday, March 27, 2031 (Mountain Time - US & Canada)

Cancellation reason: "So sorry - the role was filled internally."
""",
        label=lab(
            S,
            "America/Denver",
            "America/Denver",
            company="Pikes Outfitters",
            who=["Darcy Engebretsen"],
            emails=["darcy@pikesoutfitters.example"],
            notes="Calendly host cancellation with METHOD:CANCEL in UTC.",
        ),
    )
)

# --- Exchange CANCEL in Turkey Standard Time ------------------------------------------------------
S = "2031-03-19 14:00"
add(
    exchange(
        DEFNE,
        "outlook-cancel-turkey-tzid-kapadokya-foods",
        "interview_cancelled",
        start=S,
        zone="Turkey Standard Time",
        minutes=60,
        subject="Interview - Category Manager (Defne Arslan-Kaya)",
        prefix="Canceled: ",
        organizer=("Ayşe Demirtaş", "ayse.demirtas@kapadokyafoods.example"),
        attendees=[("Okan Çelik", "okan.celik@kapadokyafoods.example")],
        date=dh("2031-03-17 09:25", "Europe/Istanbul"),
        cancelled=True,
        sequence=1,
        text="""Dear Defne, we need to cancel this interview as the position has been put on hold. Apologies for the inconvenience.

Ayşe Demirtaş
Kapadokya Foods""",
        label=lab(
            S,
            "Europe/Istanbul",
            "Europe/Istanbul",
            company="Kapadokya Foods",
            role="Category Manager",
            who=["Okan Çelik"],
            emails=["okan.celik@kapadokyafoods.example"],
            notes="Exchange CANCEL; Turkey Standard Time.",
        ),
    )
)

# --- Scheduling requests ------------------------------------------------------------------------
add(
    ats(
        INES,
        "goodtime-pick-a-slot-alfama-games",
        "scheduling_request",
        frm=("Alfama Games Recruiting", "scheduling@goodtime.io"),
        subject="Choose your interview time - Alfama Games",
        date=dh("2031-03-17 15:00", "Europe/Lisbon"),
        body="""Hi Inês,

Please pick a time for your 60-minute technical interview. Available slots are shown in your local time.

Choose a time: https://alfama-games.example/schedule/ines-7781

This link expires in 5 days.
""",
        label=note("GoodTime self-schedule link; nothing booked.", company="Alfama Games"),
    )
)
add(
    mail(
        SHIRIN,
        "findtime-poll-vote-on-times-caspian-health",
        "scheduling_request",
        frm=("FindTime on behalf of Parisa Ebadi", "noreply@findtime.microsoft.com"),
        reply_to=("Parisa Ebadi", "parisa.ebadi@caspianhealth.example"),
        subject="Vote on meeting times: Interview - Clinical Pharmacist",
        date=dh("2031-03-09 10:00", "Asia/Tehran"),
        body="""Parisa Ebadi has invited you to vote on times for a meeting.

Interview - Clinical Pharmacist
Duration: 1 hour

Suggested times (Tehran):
Tue 3/11 10:00
Wed 3/12 13:00
Sat 3/15 09:00

Vote: https://findtime.microsoft.com/poll/8c21
""",
        label=note("Meeting poll (FindTime); nothing booked.", company="Caspian Health"),
    )
)
add(
    ats(
        ANAHERA,
        "ashby-self-schedule-link-harakeke-health",
        "scheduling_request",
        frm=("Harakeke Health", "no-reply@ashbyhq.com"),
        to="anahera.tukinowallis@example.com",
        subject="Schedule your interview with Harakeke Health",
        date=dh("2031-03-03 11:00", "Pacific/Auckland"),
        body="""Kia ora Anahera,

We'd like to invite you to a 45-minute interview for Legal Counsel. Please select a time that works for you:

https://jobs.ashbyhq.com/harakeke-health/schedule/4d21

Ngā mihi,
Harakeke Health Talent
""",
        label=note("Ashby self-schedule link.", company="Harakeke Health"),
    )
)

# --- Bulk ------------------------------------------------------------------------------------------
add(
    ats(
        KEOLA,
        "meetup-interview-prep-night-honolulu",
        "bulk",
        frm=("Meetup", "info@meetup.com"),
        subject="New event: Tech Interview Prep Night - Honolulu Devs",
        date=dh("2031-03-05 12:00", "Pacific/Honolulu"),
        extra=bulk("<events.meetup.com>", "https://www.meetup.com/unsubscribe?m=7712"),
        body="""Honolulu Devs scheduled a new event

Tech Interview Prep Night
Thursday, March 13, 2031, 6:00 PM HST
Kaka'ako Innovation Hub

RSVP: https://www.meetup.com/honolulu-devs/events/7712
""",
        label=note("Meetup announcement about interview practice."),
    )
)
add(
    ats(
        XINYI,
        "hackerrank-marketing-interview-season",
        "bulk",
        frm=("HackerRank", "news@hackerrank.com"),
        subject="Interview season is here: 30-day prep kit",
        date=dh("2031-02-18 08:00", "Asia/Shanghai"),
        extra=bulk("<news.hackerrank.com>", "https://www.hackerrank.com/unsubscribe?u=99a"),
        body="""Get ready for your next technical interview with our 30-day preparation kit: arrays, graphs, system design.

Start now: https://www.hackerrank.com/interview/preparation-kit
Unsubscribe: https://www.hackerrank.com/unsubscribe?u=99a
""",
        label=note("Marketing mail about interview preparation."),
    )
)

# --- Other -----------------------------------------------------------------------------------------
add(
    mail(
        THIRI,
        "visa-medical-exam-appointment-yangon",
        "other",
        frm=("Panel Physician Clinic", "appointments@yangonpanelclinic.example"),
        subject="Appointment confirmation - medical examination",
        date=dh("2031-03-20 09:00", "Asia/Yangon"),
        body="""Dear Thiri Aung Myint,

Your immigration medical examination is booked for Thursday, 27 March 2031 at 08:30. Please fast for 8 hours and bring your passport and 2 photos.

Panel Physician Clinic, Bahan Township
""",
        label=note("Medical examination for a visa, not an interview."),
    )
)
add(
    ats(
        KEOLA,
        "candidate-experience-survey-after-interview",
        "other",
        frm=("Makani Hale Resorts", "survey@makanihale.example"),
        subject="How was your interview experience?",
        date=dh("2031-03-20 14:00", "Pacific/Honolulu"),
        body="""Aloha Keola,

Thank you for interviewing with Makani Hale Resorts. We'd appreciate 2 minutes of your time to tell us about your candidate experience.

Take the survey: https://makanihale.example/survey/cx-19
""",
        label=note("Candidate-experience survey after an interview; no meeting."),
    )
)
