"""Reschedules (new confirmed times), cancellations (Zoom CANCEL in UTC, Exchange
"Canceled:", Google, GoodTime, a person) and scheduling requests (links, slot pickers, two
offered slots, availability requests)."""

from __future__ import annotations

from .kit import (
    AYESHA,
    DESMOND,
    DILANI,
    FARHAN,
    HARPER,
    ISLA,
    JARRAH,
    KAYLEE,
    KENTA,
    OKSANA,
    SIGRUN,
    THANDAR,
    WINGYAN,
    ZOOM,
    Msg,
    ats,
    d,
    dh,
    event,
    human,
    iso,
    iv,
    mail,
    note,
    plus,
    t12,
    t24,
    uid,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Greenhouse reschedule: the new time is the interview ---------------------------------
S = "2027-11-11 15:00"
OLD = "2027-11-09 11:00"
add(
    ats(
        ISLA,
        "greenhouse-rescheduled-edinburgh",
        "interview",
        frm=("Fintry Renewables", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Gregor Halkett", "gregor.halkett@fintryrenewables.example"),
        subject="Updated: your interview with Fintry Renewables has been rescheduled",
        date=dh("2027-11-05 10:30:00", "Europe/London"),
        body=f"""Hi Isla,

Your interview for Asset Data Lead has been moved.

Previous time: {d(OLD, "uk")}, {t24(OLD)} GMT (cancelled)
New time: {d(S, "uk")}, {t24(S)} - {t24(plus(S, 60))} GMT
Interviewer: Shona Bartholomew, Head of Asset Performance
Location: Google Meet (link in the updated calendar invitation)

Apologies for the change.
Gregor Halkett, Talent Partner""",
        label=iv(
            iso(S, "Europe/London"),
            None,
            company="Fintry Renewables",
            role="Asset Data Lead",
            interviewers=["Shona Bartholomew"],
            notes="Reschedule: the old slot is in the text too; the new one counts. 'GMT' only.",
        ),
    )
)

# --- Calendly reschedule -----------------------------------------------------------------
S = "2027-11-09 16:30"
add(
    ats(
        OKSANA,
        "calendly-rescheduled-kyiv",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Brendan Kilgallon", "brendan.kilgallon@lanternwordsmiths.example"),
        subject="Updated: Brendan Kilgallon - Localization Lead interview",
        date=dh("2027-11-04 14:00:00", "Europe/Kyiv"),
        body=f"""Hi Oksana Hrytsenko,

Your event has been rescheduled.

Event Type: Localization Lead interview (45 min)
New Date/Time: {t24(S)} - {d(S, "uk")}, 2027 (Eastern European Time)
Former: {t24("2027-11-08 10:00")} - {d("2027-11-08", "uk")}, 2027
Host: Brendan Kilgallon, Lantern Wordsmiths

Powered by Calendly.com""",
        label=iv(
            iso(S, "Europe/Kyiv"),
            None,
            company="Lantern Wordsmiths",
            interviewers=["Brendan Kilgallon"],
            notes="Calendly reschedule with the former time listed; 'Eastern European Time' (no city) is null.",
        ),
    )
)

# --- Zoom CANCEL in UTC -------------------------------------------------------------------------
S = "2027-11-12 09:00"
add(
    mail(
        HARPER,
        "zoom-cancel-utc-seattle",
        "interview_cancelled",
        frm=("Ines Albarracín", "ines.albarracin@cedarspindle.example"),
        subject="Canceled: Cedar Spindle - Onsite (virtual) - Harper Quinlan",
        date=dh("2027-11-09 12:00:00", "America/Los_Angeles"),
        body=f"""Hi Harper, we need to cancel Friday's virtual onsite - the role is being re-scoped. I'll be in touch next week.

Ines

Meeting canceled: {d(S, "us")}, {t12(S)} Pacific Time (US and Canada)""",
        ics=event(
            uid=uid("zoom-cancel-harper", "zoom.us"),
            start=S,
            zone=None,
            utc_zone="America/Los_Angeles",
            minutes=180,
            summary="Cedar Spindle - Onsite (virtual) - Harper Quinlan",
            organizer=("Ines Albarracín", "ines.albarracin@cedarspindle.example"),
            attendees=[("Harper Quinlan", HARPER.addresses[0])],
            prodid=ZOOM,
            method="CANCEL",
            status="CANCELLED",
            sequence=1,
        ),
        ics_method="CANCEL",
        ics_mode="both",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Cedar Spindle",
            interviewers=[],
            notes="Zoom CANCEL in UTC; PST after the switch; no interviewer named.",
        ),
    )
)

# --- Exchange "Canceled:" ---------------------------------------------------------------------
S = "2027-10-27 10:00"
add(
    outlook(
        THANDAR,
        "outlook-canceled-yangon",
        "interview_cancelled",
        start=S,
        zone="Myanmar Standard Time",
        when_zone="(UTC+06:30) Yangon (Rangoon)",
        minutes=60,
        subject="Interview - Thandar Hlaing - Program Officer",
        prefix="Canceled: ",
        cancelled=True,
        sequence=1,
        organizer=("Aung Ko Ko", "aungkoko@irrawaddyrelief.example"),
        attendees=[("Ma Su Mon", "sumon@irrawaddyrelief.example")],
        date=dh("2027-10-25 09:20:00", "Asia/Yangon"),
        text="Dear Thandar, I'm sorry, we have to cancel this interview because of the field visit. We will propose a new date soon. Aung Ko Ko",
        label=iv(
            iso(S, "Asia/Yangon"),
            "Asia/Yangon",
            company="Irrawaddy Relief",
            role="Program Officer",
            interviewers=["Ma Su Mon"],
            emails=["sumon@irrawaddyrelief.example"],
            notes="Exchange CANCEL in Myanmar Standard Time (+06:30).",
        ),
    )
)

# --- Google cancellation --------------------------------------------------------------------
S = "2027-10-29 11:00"
add(
    google(
        DILANI,
        "google-cancelled-colombo",
        "interview_cancelled",
        start=S,
        zone="Asia/Colombo",
        minutes=45,
        summary="Dilani / Serendib Analytics - hiring manager chat",
        organizer=("Nimesha Perera", "nimesha.perera@serendibanalytics.example"),
        guests=[("Chamara Silva", "chamara.silva@serendibanalytics.example")],
        date=dh("2027-10-27 18:10:00", "Asia/Colombo"),
        cancelled=True,
        sequence=1,
        meet="srd-kmpa-xuv",
        label=iv(
            iso(S, "Asia/Colombo"),
            "Asia/Colombo",
            company="Serendib Analytics",
            interviewers=["Chamara Silva"],
            emails=["chamara.silva@serendibanalytics.example"],
            notes="Google 'Cancelled event' with METHOD:CANCEL.",
        ),
    )
)

# --- GoodTime cancellation ------------------------------------------------------------------
S = "2027-11-17 13:00"
add(
    ats(
        DESMOND,
        "goodtime-cancellation-new-york",
        "interview_cancelled",
        frm=("Brightmoor Health Recruiting", "scheduling@goodtime.io"),
        reply_to=("Yesenia Campos", "yesenia.campos@brightmoorhealth.example"),
        subject="Interview cancelled: Brightmoor Health - Revenue Cycle Analyst",
        date=dh("2027-11-12 15:00:00", "America/New_York"),
        body=f"""Hi Desmond,

Your interview with Walter Pruitt on {d(S, "usy")} at {t12(S)} EST has been cancelled. Your recruiter will reach out about next steps.

Sent via GoodTime""",
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Brightmoor Health",
            role="Revenue Cycle Analyst",
            interviewers=["Walter Pruitt"],
            notes="GoodTime cancellation, 'EST'.",
        ),
    )
)

# --- A person cancels tomorrow's call -------------------------------------------------------
S = "2027-10-15 10:00"
add(
    human(
        KAYLEE,
        "person-cancels-tomorrow-alaska",
        "interview_cancelled",
        frm=("Gus Amundsen", "gus.amundsen@chugachair.example"),
        subject="Re: tomorrow's call",
        date=dh("2027-10-14 17:55:00", "America/Anchorage"),
        mailer="iphone",
        body="Kaylee - have to scrap our 10am tomorrow, got called out to Kodiak. I'll send new times when I'm back Monday. Sorry!\n\nGus\n\nSent from my iPhone",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Chugach Air",
            interviewers=["Gus Amundsen"],
            emails=["gus.amundsen@chugachair.example"],
            notes="Phone mail cancelling 'our 10am tomorrow' (relative date); company only from the domain.",
        ),
    )
)

# --- Scheduling requests ---------------------------------------------------------------------
add(
    ats(
        KENTA,
        "greenhouse-availability-tokyo",
        "scheduling_request",
        frm=("Kintsugi Robotics", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Haley Brandt", "haley.brandt@kintsugirobotics.example"),
        subject="Kintsugi Robotics: please share your availability",
        date=dh("2027-10-12 09:30:00", "Asia/Tokyo"),
        body="""Hi Kenta,

Thanks for speaking with us! Next step is a 60-minute technical interview with two of our controls engineers. Please share your availability for the next two weeks here:

https://app.greenhouse.io/availability/3f9a6c21

Times will be shown in Japan Standard Time.

Haley Brandt, Recruiting""",
        label=note(
            "Greenhouse availability request (English, Tokyo user).", company="Kintsugi Robotics"
        ),
    )
)

add(
    ats(
        SIGRUN,
        "goodtime-slot-picker-reykjavik",
        "scheduling_request",
        frm=("Fjordline Seafood Recruiting", "scheduling@goodtime.io"),
        subject="Choose a time for your interview with Fjordline Seafood",
        date=dh("2027-11-01 13:00:00", "Atlantic/Reykjavik"),
        body="""Hi Sigrún,

Please pick one of the times below for your interview with Sveinn Hafsteinsson (Plant Manager). Times are in GMT.

Wed 3 Nov, 10:00
Thu 4 Nov, 14:00
Fri 5 Nov, 09:00

Select a time: https://app.goodtime.io/c/fjordline/pick/8b1e

Scheduled via GoodTime""",
        label=note("Slot picker with three times; nothing confirmed.", company="Fjordline Seafood"),
    )
)

add(
    ats(
        WINGYAN,
        "modernloop-availability-hongkong",
        "scheduling_request",
        frm=("Tai Tam Capital", "notifications@modernloop.io"),
        reply_to=("Joanna Fok", "joanna.fok@taitamcapital.example"),
        subject="Action needed: share your availability for your final round",
        date=dh("2027-10-25 10:00:00", "Asia/Hong_Kong"),
        body="""Hi Wing-yan,

Congratulations on moving to the final round! Please submit your availability for a 3-hour window between 1 and 12 November:

https://app.modernloop.io/candidate/availability/tt-55c0

Sent via ModernLoop""",
        label=note("ModernLoop availability request for a final round.", company="Tai Tam Capital"),
    )
)

add(
    human(
        FARHAN,
        "two-slots-offered-dhaka",
        "scheduling_request",
        frm=("Ruth Eisenhower-Lam", "ruth.el@latchkeysystems.example"),
        subject="Next step - Latchkey Systems",
        date=dh("2027-10-26 09:00:00", "America/Chicago"),
        body="""Hi Farhan,

The team would like to do a 45-minute architecture interview. Would either of these work for you?

- Tue Nov 2, 9:00 AM Central (8:00 PM Dhaka)
- Wed Nov 3, 8:30 AM Central (7:30 PM Dhaka)

Thanks,
Ruth""",
        label=note(
            "Two offered slots with conversions; not yet an interview.", company="Latchkey Systems"
        ),
    )
)

add(
    human(
        JARRAH,
        "calendly-link-only-darwin",
        "scheduling_request",
        frm=("Poppy Ellsworth", "poppy.ellsworth@spinifexwater.example"),
        subject="Quick chat about the Hydrologist role?",
        date=dh("2027-10-13 08:20:00", "Australia/Darwin"),
        body="""Hi Jarrah,

Loved your application. Grab 20 minutes with me whenever suits: https://calendly.com/poppy-ellsworth/20min

Poppy
Spinifex Water""",
        label=note("Only a booking link.", company="Spinifex Water"),
    )
)

add(
    human(
        AYESHA,
        "agency-are-you-free-karachi",
        "scheduling_request",
        frm=("Imran Siddiqui", "imran.siddiqui@crescenttalent.example"),
        subject="Client keen to meet - Tues or Wed?",
        date=dh("2027-10-28 13:00:00", "Asia/Karachi"),
        mailer="android",
        body="""Hi Ayesha, my client (a fintech in Clifton) wants to meet you for the QA Manager role. Are you free Tues or Wed afternoon next week? Let me know and I'll lock it in.

Imran - Crescent Talent""",
        label=note("Agency asking which day suits."),
    )
)
