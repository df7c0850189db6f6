"""Updates and cancellations: reschedules with the old and the new time, calendar updates
and cancellations, postponements, reminders (English)."""

from __future__ import annotations

from tests.eval23.authoring import kit
from tests.eval23.authoring.kit import (
    BARNABY,
    ESME,
    FINLEY,
    GIDEON,
    HARPER,
    INDIRA,
    JIHO,
    STELLAN,
    TARYN,
    UMAIR,
    VESNA,
    WILLA,
    XAVIER,
    XIMENA,
    ZEKE,
    ampm,
    booking,
    d,
    dh,
    google,
    gq,
    lab,
    note,
    oq,
    outlook,
    person,
    t12,
    t24,
    thread,
    vendor,
)

MESSAGES = [
    booking(
        HARPER,
        "goodtime-rescheduled-old-and-new",
        "interview",
        prodid=kit.GOODTIME,
        start="2042-03-12 14:00",
        zone="America/New_York",
        minutes=60,
        sequence=1,
        summary="Rescheduled: Harper Okonkwo-Lindley - Final Round (Quarrystone Health)",
        organizer=("Quarrystone Health Recruiting", "recruiting@quarrystone-health.example"),
        attendees=[
            ("Delia Abernathy-Cho", "delia.abernathy@quarrystone-health.example"),
            ("Kwabena Osei-Tutu", "kwabena.osei@quarrystone-health.example"),
        ],
        date=dh("2042-03-05 17:22", "America/New_York"),
        frm=("Quarrystone Health Recruiting", "scheduling@goodtime.io"),
        to="harper.jobhunt@example.com",
        subject="Updated: your final round with Quarrystone Health has moved",
        body=f"""
Hi Harper,

Your final round interview has been rescheduled at the panel's request.

Previously: {d("2042-03-10", "us")}, {t12("2042-03-10 11:00")} EDT
New time:   {d("2042-03-12", "us")}, {t12("2042-03-12 14:00")} - {t12("2042-03-12 15:00")} EDT
(America/New_York)

Interviewers: Delia Abernathy-Cho (VP Clinical Operations), Kwabena Osei-Tutu (Director,
Patient Experience)

The updated calendar invitation is attached. Nothing else changes.

Quarrystone Health Recruiting
Scheduled with GoodTime
""",
        label=lab(
            "2042-03-12 14:00",
            "America/New_York",
            "America/New_York",
            company="Quarrystone Health",
            who=["Delia Abernathy-Cho", "Kwabena Osei-Tutu"],
            emails=[
                "delia.abernathy@quarrystone-health.example",
                "kwabena.osei@quarrystone-health.example",
            ],
            notes="Old and new time both stated: the label is the new time (SEQUENCE 1). "
            "Sent to the user's second address.",
        ),
    ),
    person(
        JIHO,
        "pushed-thirty-minutes-later-seoul",
        "interview",
        frm=("Kang Min-seo", "minseo.kang@hangang-ai.example"),
        subject="RE: 기술 면접 / Technical interview - small change",
        date=dh("2042-03-17 10:12", "Asia/Seoul"),
        body=thread(
            """
Hi Ji-ho,

Sorry for the late change: we need to push your technical interview 30 minutes later,
so 3:30pm instead of 3pm KST on Wednesday. Same Zoom link, same interviewers (Choi
Dong-hyun and me).

Thanks for your flexibility,
Kang Min-seo
""",
            oq(
                "2042-03-13 17:40",
                "Asia/Seoul",
                "Kang Min-seo",
                "Bae Ji-ho",
                "기술 면접 / Technical interview",
                "Hi Ji-ho, your technical interview is on Wednesday 19 March at 3pm KST "
                "with Choi Dong-hyun and me. Zoom: https://hangang-ai.zoom.us/j/81230045521",
            ),
        ),
        label=lab(
            "2042-03-19 15:30",
            "Asia/Seoul",
            None,
            company="Hangang AI",
            who=["Choi Dong-hyun", "Kang Min-seo"],
            notes="'30 minutes later, so 3:30pm instead of 3pm' with the day from the quoted "
            "first mail; KST is an abbreviation.",
        ),
        subject_method="B",
    ),
    outlook(
        TARYN,
        "exchange-update-sequence-two-sydney-organiser",
        "interview",
        start="2042-04-11 11:00",
        zone="AUS Eastern Standard Time",
        minutes=60,
        sequence=2,
        subject="Interview - Taryn Mackenzie-Ouma - UX Researcher",
        prefix="Updated: ",
        organizer=("Jasper Whitford-Nguyen", "jasper.whitford@paperbark-digital.example"),
        attendees=[("Yvette Sandoval-Kerr", "yvette.sandoval@paperbark-digital.example")],
        date=dh("2042-04-03 16:48", "Australia/Sydney"),
        text="""
Hi Taryn,

We've had to move this to Friday morning (Sydney time) - apologies for the shuffle. The
invite now shows the new time; Yvette Sandoval-Kerr and I will both be there.

Jasper Whitford-Nguyen
Research Lead, Paperbark Digital
""",
        label=lab(
            "2042-04-11 11:00",
            "AUS Eastern Standard Time",
            "Australia/Sydney",
            company="Paperbark Digital",
            role="UX Researcher",
            who=["Jasper Whitford-Nguyen", "Yvette Sandoval-Kerr"],
            emails=[
                "jasper.whitford@paperbark-digital.example",
                "yvette.sandoval@paperbark-digital.example",
            ],
            notes="Exchange update (SEQUENCE 2) in AUS Eastern after the 6 April change; the "
            "user is in Auckland. The new time is only in the When: line and the calendar.",
        ),
    ),
    outlook(
        BARNABY,
        "exchange-canceled-method-cancel-london",
        "interview_cancelled",
        start="2042-03-07 10:00",
        zone="GMT Standard Time",
        minutes=45,
        method="CANCEL",
        sequence=1,
        subject="Interview: Barnaby Oyedepo-Finch - Treasury Analyst",
        prefix="Canceled: ",
        organizer=("Philippa Rook-Adeyemi", "philippa.rook@threadneedle-mutual.example"),
        attendees=[("Samir Haddou", "samir.haddou@threadneedle-mutual.example")],
        date=dh("2042-03-04 18:20", "Europe/London"),
        text="""
Barnaby - I'm sorry, I have to cancel Friday's interview as the role is being re-scoped.
I'll be in touch once we know more.

Philippa
""",
        label=lab(
            "2042-03-07 10:00",
            "GMT Standard Time",
            "Europe/London",
            company="Threadneedle Mutual",
            role="Treasury Analyst",
            who=["Philippa Rook-Adeyemi", "Samir Haddou"],
            emails=[
                "philippa.rook@threadneedle-mutual.example",
                "samir.haddou@threadneedle-mutual.example",
            ],
            notes="Exchange 'Canceled:' with METHOD:CANCEL at the old time.",
        ),
    ),
    person(
        ESME,
        "cancel-and-rebook-across-adelaide-change",
        "interview",
        frm=("Harriet Blumenthal-Oke", "harriet@mallee-water.example"),
        subject="Change of plan for your interview",
        date=dh("2042-03-31 12:05", "Australia/Adelaide"),
        body="""
Hi Esme,

Unfortunately our Thursday 3 April session has to be cancelled - two of the panel are
stuck at a site visit in Whyalla.

We've rebooked you for Tuesday 8 April at 11am Adelaide time instead, same place (Level
4, 25 Grenfell Street). Please note the clocks will have gone back by then.

The panel is now Connor Adeyemi-Walsh (Operations Manager) and Beth Yunupingu (Senior
Hydrologist).

Regards,
Harriet Blumenthal-Oke
HR Advisor, Mallee Water
""",
        label=lab(
            "2042-04-08 11:00",
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Mallee Water",
            who=["Connor Adeyemi-Walsh", "Beth Yunupingu"],
            notes="Cancel and rebook in one mail: the label is the new time (ACST, +09:30 "
            "after the 6 April change). The HR advisor only arranges.",
        ),
    ),
    person(
        FINLEY,
        "postponed-no-new-time-regina",
        "interview_cancelled",
        frm=("Darlene Kowalchuk", "dkowalchuk@prairie-rail.example"),
        subject="Interview on Thursday - postponed",
        date=dh("2042-02-24 08:40", "America/Regina"),
        body="""
Good morning Finley,

I'm writing to let you know we need to postpone your interview scheduled for this
Thursday (February 27) at 1:30 pm. Our superintendent has been called away to the
Moose Jaw yard for the rest of the week.

We will reach out as soon as we can to set a new date. Sorry for the inconvenience.

Darlene Kowalchuk
Human Resources, Prairie Rail Services
306-555-0148
""",
        label=lab(
            "2042-02-27 13:30",
            "America/Regina",
            None,
            company="Prairie Rail Services",
            notes="Postponed with no new time: a cancellation at the old time.",
        ),
    ),
    person(
        GIDEON,
        "reminder-day-before-jerusalem",
        "interview",
        frm=("Noa Ben-Ami", "noa.benami@carmel-photonics.example"),
        subject="Reminder - tomorrow 10:30",
        date=dh("2042-03-23 15:15", "Asia/Jerusalem"),
        body="""
Hi Gideon,

Just a quick reminder about tomorrow's interview at 10:30 at our Haifa office (Matam
park, building 30). You'll meet Yossi Abergel-Tamir and Dr. Shira Lev-Onyango.

Parking is at the visitors' lot by gate 2.

Noa Ben-Ami
Talent Acquisition, Carmel Photonics
""",
        label=lab(
            "2042-03-24 10:30",
            "Asia/Jerusalem",
            None,
            company="Carmel Photonics",
            who=["Yossi Abergel-Tamir", "Shira Lev-Onyango"],
            notes="Reminder the day before; 'tomorrow' from the Date header (Sunday 23 March, "
            "a working day in Israel); still on IST +02 before the 28 March change.",
        ),
    ),
    booking(
        XIMENA,
        "calendly-rescheduled-former-time",
        "interview",
        prodid=kit.CALENDLY,
        start="2042-02-21 14:30",
        zone="America/Los_Angeles",
        minutes=30,
        sequence=1,
        summary="Recruiter Screen between Ximena Calloway-Reyes and Tobias Enwright",
        organizer=("Tobias Enwright", "tobias.enwright@sagebrush-ai.example"),
        attendees=[("Tobias Enwright", "tobias.enwright@sagebrush-ai.example")],
        date=dh("2042-02-17 09:44", "America/Los_Angeles"),
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Tobias Enwright", "tobias.enwright@sagebrush-ai.example"),
        subject="Updated: Recruiter Screen between Ximena Calloway-Reyes and Tobias Enwright "
        "@ Fri Feb 21, 2042 2:30pm - 3pm (PST)",
        body=f"""
Hi Ximena Calloway-Reyes,

Your event has been rescheduled.

Event Type:
Recruiter Screen

Invitee:
Ximena Calloway-Reyes

Former: {ampm("2042-02-19 10:00")} - {ampm("2042-02-19 10:30")}, {d("2042-02-19", "us")}, 2042
Updated: {ampm("2042-02-21 14:30")} - {ampm("2042-02-21 15:00")}, {d("2042-02-21", "us")}, 2042
(Pacific Time - US & Canada)

Location:
Tobias Enwright will call you.

Reason for rescheduling: "Conflict with a board meeting - sorry!"

Powered by Calendly.com
""",
        label=lab(
            "2042-02-21 14:30",
            "America/Los_Angeles",
            None,
            company="Sagebrush AI",
            who=["Tobias Enwright"],
            emails=["tobias.enwright@sagebrush-ai.example"],
            notes="Calendly reschedule: former and updated times, the label is the updated "
            "one. 'Pacific Time - US & Canada' is a region caption.",
        ),
    ),
    google(
        INDIRA,
        "google-updated-moved-earlier-almaty",
        "interview",
        start="2042-02-24 11:00",
        zone="Asia/Almaty",
        minutes=60,
        summary="Interview: Indira Bekova-Sloane / Steppe Mobility",
        organizer=("Arman Dzhaksybekov", "arman.dzh@steppe-mobility.example"),
        guests=[
            ("Arman Dzhaksybekov", "arman.dzh@steppe-mobility.example"),
            ("Gulnara Amanova", "gulnara.amanova@steppe-mobility.example"),
        ],
        date=dh("2042-02-20 18:03", "Asia/Almaty"),
        caption="Almaty Time",
        change="Changed: time (was Monday 24 February 2042 ⋅ 14:00 – 15:00)",
        sequence=1,
        details="Panel: Arman (Head of Product) and Gulnara (CTO).",
        label=lab(
            "2042-02-24 11:00",
            "Asia/Almaty",
            "Asia/Almaty",
            company="Steppe Mobility",
            who=["Arman Dzhaksybekov", "Gulnara Amanova"],
            emails=["arman.dzh@steppe-mobility.example", "gulnara.amanova@steppe-mobility.example"],
            notes="Google 'has updated this event' moving the interview three hours earlier; "
            "the label is the new time.",
        ),
    ),
    booking(
        ZEKE,
        "calendly-canceled-by-host-anchorage",
        "interview_cancelled",
        prodid=kit.CALENDLY,
        start="2042-03-03 10:00",
        zone="America/Anchorage",
        minutes=30,
        method="CANCEL",
        sequence=1,
        summary="Intro Call between Zeke Harlow-Mensah and Colleen Ayagalria",
        organizer=("Colleen Ayagalria", "colleen@spruce-tip-aviation.example"),
        attendees=[("Colleen Ayagalria", "colleen@spruce-tip-aviation.example")],
        date=dh("2042-03-02 07:58", "America/Anchorage"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="Canceled: Intro Call between Zeke Harlow-Mensah and Colleen Ayagalria @ "
        "Mon Mar 3, 2042 10am - 10:30am (AKST)",
        body=f"""
Hi Zeke Harlow-Mensah,

Colleen Ayagalria has canceled the event below.

Event Type:
Intro Call

Event Date/Time:
{ampm("2042-03-03 10:00")} - {ampm("2042-03-03 10:30")}, {d("2042-03-03", "us")}, 2042 (Alaska Time)

Cancellation reason: "Our hiring for this role has paused. I'll reach out if it reopens."

Powered by Calendly.com
""",
        label=lab(
            "2042-03-03 10:00",
            "America/Anchorage",
            None,
            company="Spruce Tip Aviation",
            who=["Colleen Ayagalria"],
            emails=["colleen@spruce-tip-aviation.example"],
            notes="Calendly cancellation by the host (before the US change, AKST -09).",
        ),
    ),
    person(
        UMAIR,
        "interviewer-unwell-new-times-to-follow",
        "interview_cancelled",
        frm=("Saima Rizvi", "saima.rizvi@shalimar-paytech.example"),
        subject="Today's interview - cancelled",
        date=dh("2042-02-12 08:05", "Asia/Karachi"),
        body="""
Dear Umair,

I'm sorry for the short notice, but we have to cancel today's 11:00 interview:
Mr. Haris Qazi is unwell. I will send you two or three new options by the end of the
week.

Apologies again,
Saima Rizvi
People Operations, Shalimar Paytech
""",
        label=lab(
            "2042-02-12 11:00",
            "Asia/Karachi",
            None,
            company="Shalimar Paytech",
            who=["Haris Qazi"],
            notes="Cancelled the same day (today's 11:00) with new options promised only.",
        ),
    ),
    person(
        VESNA,
        "agency-role-on-hold-zagreb",
        "interview_cancelled",
        frm=("Luka Babić", "luka.babic@adriatic-search.example"),
        subject="Update re: Dalmatia Logistics - interview on hold",
        date=dh("2042-03-17 14:30", "Europe/Zagreb"),
        body="""
Hi Vesna,

Bad news I'm afraid - Dalmatia Logistics have put the Head of Procurement role on hold
after a budget review, so Thursday's interview with their COO (20 March, 10:00) will not
go ahead.

I'm sorry. I'll keep you in mind for two other briefs I'm working on and let you know if
the role reopens.

Luka Babić
Adriatic Search
""",
        label=lab(
            "2042-03-20 10:00",
            "Europe/Zagreb",
            None,
            company="Dalmatia Logistics",
            role="Head of Procurement",
            notes="Role on hold: a cancellation at the old time. The COO is not named.",
        ),
    ),
    person(
        WILLA,
        "can-we-move-no-new-time-newfoundland",
        "scheduling_request",
        frm=("Gerard Penney", "gerard.penney@tickle-cove-fisheries.example"),
        subject="Re: Interview Monday",
        date=dh("2042-03-05 11:50", "America/St_Johns"),
        body=thread(
            """
Hi Willa,

Something's come up on my end for Monday - could we move our chat to later in the week?
Let me know what works for you Wednesday to Friday and I'll make it happen.

Gerard
""",
            gq(
                "2042-03-02 09:30",
                "America/St_Johns",
                "Gerard Penney <gerard.penney@tickle-cove-fisheries.example>",
                "Willa, Monday works. See you then.",
            ),
        ),
        label=note(
            "A request to move an interview without a new time (the old one is not even "
            "stated as a time).",
            company="Tickle Cove Fisheries",
        ),
    ),
    booking(
        XAVIER,
        "lever-rescheduled-hobart",
        "interview",
        prodid=kit.LEVER,
        start="2042-04-09 14:00",
        zone="Australia/Hobart",
        minutes=45,
        sequence=1,
        summary="Interview: Xavier Lumley-Osei (Ecologist) - rescheduled",
        organizer=("Freycinet Environmental", "talent@freycinet-env.example"),
        attendees=[("Dr Annabel Kerr-Mabuza", "annabel.kerr@freycinet-env.example")],
        date=dh("2042-04-02 10:10", "Australia/Hobart"),
        frm=("Freycinet Environmental", "no-reply@hire.lever.co"),
        subject="Rescheduled: your interview with Freycinet Environmental",
        body=f"""
Hi Xavier,

Your interview has been moved to a new time.

New time: {d("2042-04-09", "uk")}, {t12("2042-04-09 14:00")} Hobart time (AEST)
Previous time: {d("2042-04-03", "uk")}, {t12("2042-04-03 14:00")} Hobart time (AEDT)

You'll speak with Dr Annabel Kerr-Mabuza, Principal Ecologist.

Freycinet Environmental
""",
        label=lab(
            "2042-04-09 14:00",
            "Australia/Hobart",
            "Australia/Hobart",
            company="Freycinet Environmental",
            role="Ecologist",
            who=["Annabel Kerr-Mabuza"],
            emails=["annabel.kerr@freycinet-env.example"],
            notes="Lever reschedule across the 6 April change: new time AEST +10.",
        ),
    ),
    vendor(
        STELLAN,
        "teamtailor-interview-cancelled-oslo",
        "interview_cancelled",
        frm=("Fjordkraft Analytics", "fjordkraftanalytics@teamtailor-mail.com"),
        subject="Your interview has been cancelled",
        date=dh("2042-03-10 13:14", "Europe/Oslo"),
        body=f"""
Hi Stellan,

Unfortunately your interview for Data Platform Engineer on {d("2042-03-12", "uky")} at
{t24("2042-03-12 09:00")} (Europe/Oslo) with Ingvild Sæther has been cancelled.

We will get back to you with a new time.

Kind regards,
Fjordkraft Analytics

Powered by Teamtailor
""",
        label=lab(
            "2042-03-12 09:00",
            "Europe/Oslo",
            "Europe/Oslo",
            company="Fjordkraft Analytics",
            role="Data Platform Engineer",
            who=["Ingvild Sæther"],
            notes="Teamtailor cancellation with a new time promised only.",
        ),
    ),
]
