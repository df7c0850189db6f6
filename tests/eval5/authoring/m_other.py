"""Hard negatives: meetings and appointments that are not the user's job interviews (1:1s,
a sales demo, dentist, doctor, bank, car service, gym, in English, German and French),
assessments with deadlines, an application acknowledgement, the user on the other side of
the table (interviewer, referee, interviewer training), a mock interview, a coffee, the
user's own thank-you note, a background check and a cold sales call."""

from __future__ import annotations

from .kit import (
    AYESHA,
    BRENT,
    DESMOND,
    DILANI,
    ELIF,
    FARHAN,
    HARPER,
    HELENE,
    ISLA,
    JARRAH,
    JONAS,
    KAYLEE,
    KENTA,
    KWAME,
    MIA,
    OKSANA,
    RANGI,
    SIGRUN,
    THANDAR,
    WINGYAN,
    Msg,
    ats,
    d,
    dh,
    event,
    human,
    mail,
    note,
    t12,
    uid,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

S = "2027-10-19 10:00"
add(
    outlook(
        HARPER,
        "weekly-one-on-one-rrule",
        "other",
        start=S,
        zone="Pacific Standard Time",
        when_zone="(UTC-08:00) Pacific Time (US & Canada)",
        minutes=30,
        subject="Harper / Priscilla 1:1",
        organizer=("Priscilla Vantongeren", "priscilla.v@cobaltharbor.example"),
        attendees=[],
        date=dh("2027-10-14 16:00:00", "America/Los_Angeles"),
        text="Weekly 1:1. Standing agenda in the shared doc: priorities, blockers, career growth.",
        label=note("Weekly 1:1 at the user's current employer (Exchange request)."),
    )
)

add(
    mail(
        DESMOND,
        "sales-demo-booked-calendly",
        "other",
        frm=("Calendly", "notifications@calendly.com"),
        subject="New Event: Ledgerline AP Automation demo - Tue, Nov 16 2027 2:00pm",
        date=dh("2027-11-10 11:30:00", "America/New_York"),
        body=f"""Hi Desmond Okonjo-Price,

Your event has been scheduled.

Event Type: Ledgerline AP Automation demo (30 min)
Event Date/Time: 2:00pm - {d("2027-11-16", "usy")} (Eastern Time - US & Canada)
Host: Tyler Brockway, Account Executive, Ledgerline

Powered by Calendly.com""",
        label=note("A sales demo the user booked as a buyer: same Calendly shape as an interview."),
    )
)

T = "2027-11-18 08:40"
add(
    mail(
        ISLA,
        "dentist-ics-edinburgh",
        "other",
        frm=("Bruntsfield Dental Care", "appointments@bruntsfielddental.example"),
        subject="Appointment confirmation - Bruntsfield Dental Care",
        date=dh("2027-11-08 12:00:00", "Europe/London"),
        body=f"""Dear Isla,

Your check-up with Dr Ewan Haig is confirmed for {d(T, "uky")} at 08:40. Please arrive 5 minutes early.

To cancel, call 0131 496 0412 at least 24 hours before.""",
        ics=event(
            uid=uid("dentist-isla", "bruntsfielddental.example"),
            start=T,
            zone="Europe/London",
            minutes=30,
            summary="Dental check-up - Dr Ewan Haig",
            organizer=("Bruntsfield Dental Care", "appointments@bruntsfielddental.example"),
            attendees=[("Isla Drummond", ISLA.addresses[0])],
            prodid="-//Dentally//Appointments//EN",
        ),
        ics_mode="attach",
        label=note("Dentist appointment with a REQUEST calendar."),
    )
)

add(
    human(
        KAYLEE,
        "doctor-appointment-reminder",
        "other",
        frm=("Midtown Family Clinic", "noreply@midtownfamilyclinic.example"),
        subject="Reminder: appointment on Wednesday",
        date=dh("2027-10-18 09:00:00", "America/Anchorage"),
        mailer="outlook",
        body=f"""Hi Kaylee, this is a reminder of your appointment with Dr. Samantha Okpik on {d("2027-10-20", "us")} at 3:15 PM. Reply C to confirm.""",
        label=note("GP reminder: a time with a 'Dr.', not an interview."),
    )
)

add(
    human(
        KWAME,
        "bank-mortgage-meeting",
        "other",
        frm=("Ama Dankwa", "ama.dankwa@cedibank.example"),
        subject="Your mortgage consultation on Monday",
        date=dh("2027-10-21 14:00:00", "Africa/Accra"),
        mailer="outlook",
        body=f"""Dear Mr Asante-Darko,

Thank you for booking a mortgage consultation. I look forward to meeting you on {d("2027-10-25", "uk")} at 11:00 at our Ridge branch. Please bring three months of payslips and your Ghana Card.

Ama Dankwa
Mortgage Adviser, Cedi Bank""",
        label=note("Bank appointment asking for payslips."),
    )
)

T = "2027-11-13 08:00"
add(
    mail(
        BRENT,
        "car-service-booking",
        "other",
        frm=("Queen City Auto Service", "service@queencityauto.example"),
        subject="Service appointment confirmed",
        date=dh("2027-11-06 10:00:00", "America/Regina"),
        body=f"""Hi Brent, your 2019 Silverado is booked for winter tire changeover and oil service on {d(T, "us")} at {t12(T)}. Drop-off at bay 3.""",
        ics=event(
            uid=uid("car-brent", "queencityauto.example"),
            start=T,
            zone="America/Regina",
            minutes=120,
            summary="Vehicle service - Queen City Auto",
            organizer=("Queen City Auto Service", "service@queencityauto.example"),
            prodid="-//Queen City Auto//Booking//EN",
            method="PUBLISH",
        ),
        ics_method="PUBLISH",
        ics_mode="attach",
        label=note("Car service with a calendar."),
    )
)

add(
    ats(
        AYESHA,
        "application-acknowledgement-workable",
        "other",
        frm=("Ravi Textiles Group", "noreply@workablemail.com"),
        subject="Thanks for applying to Ravi Textiles Group",
        date=dh("2027-10-11 12:00:00", "Asia/Karachi"),
        body="""Hi Ayesha,

Thank you for applying for the QA Lead position. Our team will review your application and, if your profile matches, contact you to schedule an interview.

Ravi Textiles Group""",
        label=note("Application acknowledgement promising a future interview."),
    )
)

add(
    ats(
        THANDAR,
        "hirevue-on-demand-deadline",
        "other",
        frm=("Straits Meridian Bank", "noreply@hirevue.com"),
        subject="Complete your video interview by 8 October",
        date=dh("2027-10-04 09:00:00", "Asia/Yangon"),
        body="""Dear Thandar,

As the next step for Operations Risk Associate, please complete a HireVue on-demand video interview. It takes about 20 minutes and must be completed by 8 October 2027, 23:59 (Singapore time).

Start: https://app.hirevue.com/interviews/smb/ondemand/91f2""",
        label=note(
            "On-demand recorded 'video interview' with a deadline: an assessment, no meeting."
        ),
    )
)

add(
    human(
        FARHAN,
        "coding-test-deadline",
        "other",
        frm=("Latchkey Systems Recruiting", "recruiting@latchkeysystems.example"),
        subject="Your online coding assessment - due in 72 hours",
        date=dh("2027-10-18 20:00:00", "America/Chicago"),
        mailer="outlook",
        body="""Hi Farhan,

Please complete our 90-minute embedded C assessment within 72 hours: https://assess.latchkeysystems.example/t/f4c1

Once we review it we'll reach out to schedule interviews.

Latchkey Systems Recruiting""",
        label=note("Coding test with a deadline, no meeting."),
    )
)

S = "2027-10-26 11:00"
add(
    google(
        MIA,
        "user-is-interviewer-panel",
        "other",
        start=S,
        zone="Australia/Melbourne",
        minutes=60,
        summary="Interview: Jasper Nkemelu - Junior Designer (panel: Mia, Rohan)",
        organizer=("Tilly Armitage", "tilly.armitage@wattlenestcreative.example"),
        guests=[("Rohan Iyer", "rohan.iyer@wattlenestcreative.example")],
        date=dh("2027-10-20 10:00:00", "Australia/Melbourne"),
        meet="wnc-bxyq-pao",
        note="Mia and Rohan, thanks for sitting on this panel. Candidate CV and scorecard in the hiring folder.",
        label=note(
            "The user is on the interview panel at her current employer (not her interview)."
        ),
    )
)

add(
    human(
        OKSANA,
        "referee-call-request",
        "other",
        frm=("Callum Byrne", "callum.byrne@lochanmedia.example"),
        subject="Reference for Mykola Dzyuba",
        date=dh("2027-10-25 11:00:00", "Europe/London"),
        body="""Hi Oksana,

Mykola Dzyuba has given your name as a referee for a Project Manager role with us. Could we do a 15-minute reference call on Thursday at 15:00 Kyiv time? I'll call the number he gave us.

Many thanks,
Callum Byrne
Talent, Lochan Media""",
        label=note("The user as a referee: a timed call about someone else's application."),
    )
)

add(
    human(
        ELIF,
        "coffee-with-former-colleague",
        "other",
        frm=("Burak Şen", "burak.sen@example.org"),
        subject="kahve? / coffee",
        date=dh("2027-10-25 19:00:00", "Europe/Istanbul"),
        mailer="iphone",
        body="Elif! Heard you're interviewing around - coffee Saturday 11:00 at Moda? Want to hear how it's going.\n\nBurak",
        label=note("Friend's coffee invitation that mentions interviewing."),
    )
)

add(
    human(
        DESMOND,
        "user-sent-thank-you-note",
        "other",
        frm=("Desmond Okonjo-Price", DESMOND.addresses[0]),
        to="Julian Okonkwo-Reeves <julian.okonkwo-reeves@vantagequay.example>",
        subject="Thank you - Credit Analyst interview",
        date=dh("2027-11-03 15:30:00", "America/New_York"),
        body="""Hi Julian,

Thank you for taking the time to speak with me this morning about the Credit Analyst role. I especially enjoyed our discussion of covenant monitoring.

Best regards,
Desmond""",
        label=note("The user's own thank-you note after the interview (sent copy)."),
    )
)

S = "2027-11-02 14:00"
add(
    outlook(
        DILANI,
        "performance-review-current-job",
        "other",
        start=S,
        zone="Sri Lanka Standard Time",
        when_zone="(UTC+05:30) Sri Jayawardenepura",
        minutes=60,
        subject="Mid-year performance review - Dilani",
        organizer=("Harsha Gunasekara", "harsha.gunasekara@lankaloom.example"),
        attendees=[],
        date=dh("2027-10-26 09:00:00", "Asia/Colombo"),
        text="Hi Dilani, let's do your mid-year review. Please fill the self-assessment form beforehand.",
        label=note(
            "Performance review at the current employer (Exchange, Sri Lanka Standard Time)."
        ),
    )
)

S = "2027-10-17 20:00"
add(
    google(
        WINGYAN,
        "mock-interview-practice-friend",
        "other",
        start=S,
        zone="Asia/Hong_Kong",
        minutes=60,
        summary="Mock interview practice (Wing-yan)",
        organizer=("Chan Hoi-ling", "hoiling.chan@example.com"),
        guests=[],
        date=dh("2027-10-15 22:00:00", "Asia/Hong_Kong"),
        meet="mck-prac-hkg",
        note="Practice run before Tuesday! I'll play the procurement director.",
        label=note("A friend's mock interview on a Sunday evening: practice, not an interview."),
    )
)

add(
    human(
        KENTA,
        "background-check-deadline",
        "other",
        frm=("Kintsugi Robotics People Ops", "peopleops@kintsugirobotics.example"),
        subject="Action required: background check authorization",
        date=dh("2027-10-27 10:00:00", "Asia/Tokyo"),
        mailer="outlook",
        body="""Hi Kenta,

As part of our hiring process, please complete the background check authorization form by 2 November: https://kintsugirobotics.example/bgcheck/kmorimoto

Thank you,
People Operations""",
        label=note("Background-check form with a deadline."),
    )
)

add(
    human(
        SIGRUN,
        "cold-sales-call-request",
        "other",
        frm=("Brady Holcomb", "brady.holcomb@pipelinepilot.example"),
        subject="15 min Tuesday?",
        date=dh("2027-10-29 15:00:00", "America/New_York"),
        body="""Hi Sigrún,

Teams like yours use Pipeline Pilot to cut reporting time by 40%. Do you have 15 minutes on Tuesday at 10am GMT for a quick intro call?

Brady""",
        label=note("Cold sales approach proposing a call time."),
    )
)

add(
    human(
        RANGI,
        "gym-induction-booking",
        "other",
        frm=("Waitangi Fitness", "bookings@waitangifitness.example"),
        subject="Your induction is booked",
        date=dh("2027-10-04 16:00:00", "Pacific/Chatham"),
        mailer="outlook",
        body=f"""Kia ora Rangimarie, your gym induction with trainer Mereana is booked for {d("2027-10-07", "uk")} at 6:30am.""",
        label=note("Gym induction with a named trainer."),
    )
)

S = "2027-10-22 13:00"
add(
    outlook(
        JARRAH,
        "interviewer-training-session",
        "other",
        start=S,
        zone="AUS Central Standard Time",
        when_zone="(UTC+09:30) Darwin",
        minutes=90,
        subject="Interviewer training: structured interviews for hiring managers",
        organizer=("Learning & Development", "learning@territorywater.example"),
        attendees=[],
        date=dh("2027-10-12 09:00:00", "Australia/Darwin"),
        text="Mandatory for anyone sitting on interview panels this quarter. Covers structured questions, scoring and bias.",
        label=note("Internal interviewer training at the user's current employer."),
    )
)

add(
    human(
        JONAS,
        "de-autowerkstatt-termin",
        "other",
        frm=("Autohaus Wandsbek Service", "service@autohaus-wandsbek.example"),
        subject="Ihr Werkstatttermin am Montag",
        date=dh("2027-10-28 17:00:00", "Europe/Berlin"),
        mailer="outlook",
        body="""Guten Tag Herr Albrecht-Lindemann,

wir bestätigen Ihren Werkstatttermin (Räderwechsel und Inspektion) am Montag, 1. November 2027 um 7:30 Uhr. Die Fahrzeugannahme befindet sich in Halle B.

Ihr Serviceteam""",
        label=note("Car service appointment in German."),
    )
)

add(
    human(
        HELENE,
        "fr-be-rdv-conseiller-banque",
        "other",
        frm=("Banque Meuse-Sambre", "rendezvous@banquemeusesambre.example"),
        subject="Confirmation de votre rendez-vous avec votre conseiller",
        date=dh("2027-10-22 10:00:00", "Europe/Brussels"),
        mailer="outlook",
        body="""Chère cliente,

Votre rendez-vous avec M. Thibaut Renard, conseiller en crédit hypothécaire, est confirmé le mercredi 27 octobre 2027 à 16h30 dans notre agence d'Ixelles.

Veuillez vous munir de votre carte d'identité et de vos trois dernières fiches de paie.

Banque Meuse-Sambre""",
        label=note("Belgian bank appointment in French with payslips (like a job dossier)."),
    )
)
