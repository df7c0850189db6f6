"""Look-alikes in English: mass mail about interviews and meetings that are not job interviews."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AINO,
    ANDERS,
    BRIONY,
    CODY,
    DARIUS,
    DEVIKA,
    FARHANA,
    GOOGLE,
    HIWOT,
    JANELLE,
    KADRI,
    LAYAN,
    MAEVE,
    MUKISA,
    NINO,
    OMER,
    ROHAN,
    SETMORE,
    SOLVEIG,
    TREVOR,
    WANGARI,
    WINGYAN,
    ZSOFIA,
    bulk,
    cal_mail,
    d,
    dh,
    google,
    note,
    outlook,
    person,
    vendor,
)

MESSAGES = [
    vendor(
        AINO,
        "linkedin-newsletter-questions-to-ask",
        "bulk",
        frm=("LinkedIn News", "newsletters-noreply@linkedin.com"),
        subject="5 questions to ask at the end of every interview",
        date=dh("2038-10-19 07:05", "Europe/Helsinki"),
        extra=bulk("<career-digest.linkedin.com>", "https://www.linkedin.com/e/unsub/cd19"),
        body="""Career Digest

5 questions to ask at the end of every interview
Hiring managers share what impresses them - and what falls flat.

Also this week:
- Is the panel interview making a comeback?
- How to follow up after an interview without being pushy

Unsubscribe: https://www.linkedin.com/e/unsub/cd19""",
        label=note("Newsletter about interviews."),
    ),
    vendor(
        TREVOR,
        "indeed-alert-interviewing-now",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Interviewing now: 25 new warehouse supervisor jobs in Winnipeg, MB",
        date=dh("2038-11-12 06:40", "America/Winnipeg"),
        extra=bulk("<jobalert.indeed.com>", "https://www.indeed.com/unsubscribe?jk=77ab"),
        body="""25 new jobs match your search: warehouse supervisor, Winnipeg, MB

Warehouse Supervisor - Red River Distribution - Urgently hiring, interviewing now
Shift Lead, Night - Assiniboine Foods - Apply with your Indeed resume
Inventory Control Supervisor - Keewatin Supply

Unsubscribe: https://www.indeed.com/unsubscribe?jk=77ab""",
        label=note("Job alert whose subject says 'Interviewing now'."),
    ),
    vendor(
        DARIUS,
        "interview-course-black-friday",
        "bulk",
        frm=("Offer Ready Academy", "hello@offerready-academy.example"),
        subject="Black Friday: 60% off the Interview Mastery course (ends Monday)",
        date=dh("2038-11-26 08:00", "America/New_York"),
        extra=bulk("<promo.offerready-academy.example>", "https://offerready-academy.example/u"),
        body="""Land the offer in 2039.

Interview Mastery: 40 lessons, 12 mock interviews with ex-FAANG interviewers, lifetime
access. Black Friday price: $79 (was $199). Offer ends Monday at midnight.

Get the deal: https://offerready-academy.example/bf

Unsubscribe: https://offerready-academy.example/u""",
        label=note("Interview-prep course marketing."),
    ),
    vendor(
        HIWOT,
        "alumni-webinar-panel-interviews",
        "bulk",
        frm=("Entoto University Career Centre", "careers@entoto-university.example"),
        subject="Webinar: acing the panel interview - Wednesday 17 November",
        date=dh("2038-11-10 12:00", "Africa/Addis_Ababa"),
        extra=bulk(
            "<alumni-careers.entoto-university.example>", "https://entoto-university.example/optout"
        ),
        body=f"""Dear alumni,

Join our free online session "Acing the panel interview" on {d("2038-11-17", "uk")}, 6pm
to 7pm EAT. Two HR directors will share how panels score candidates, followed by Q&A.

Register: https://entoto-university.example/events/panel-interview

Career Centre
To stop receiving these emails: https://entoto-university.example/optout""",
        label=note("Alumni careers webinar about interviews."),
    ),
    vendor(
        WINGYAN,
        "beamery-virtual-hiring-event",
        "bulk",
        frm=("Harbourfront Exchange Talent Community", "talent@harbourfront-hx.example"),
        subject="You're invited: Harbourfront Tech Careers Night (virtual)",
        date=dh("2038-11-05 18:00", "Asia/Hong_Kong"),
        extra=bulk(
            "<talent-community.harbourfront-hx.example>",
            "https://harbourfront-hx.beamery.com/unsubscribe",
        ),
        body=f"""Hi Natalie,

As a member of our talent community, you're invited to Harbourfront Tech Careers Night on
{d("2038-11-24", "uk")}, 7:00pm HKT. Meet our engineering leaders, hear about open roles
and take part in live Q&A. Some attendees will be invited to fast-track interviews.

RSVP: https://harbourfront-hx.beamery.com/events/careers-night

Unsubscribe from talent community emails: https://harbourfront-hx.beamery.com/unsubscribe""",
        label=note("Talent-community mass invitation to a hiring event."),
    ),
    vendor(
        MUKISA,
        "walk-in-interviews-saturday",
        "bulk",
        frm=("Pearl Supermarkets Recruitment", "jobs@pearl-supermarkets.example"),
        subject="Walk-in interviews this Saturday - 40 positions",
        date=dh("2038-11-15 09:00", "Africa/Kampala"),
        extra=bulk(
            "<recruitment.pearl-supermarkets.example>", "https://pearl-supermarkets.example/unsub"
        ),
        body=f"""We're hiring in Kampala!

Walk-in interviews: {d("2038-11-20", "uk")}, 8am to 2pm, Pearl Supermarkets, Ntinda branch.
Cashiers, shelf attendants, butchery assistants, security officers.
Bring your CV and national ID. No appointment needed.

Unsubscribe: https://pearl-supermarkets.example/unsub""",
        label=note("Mass mail announcing walk-in interviews; nothing arranged for the user."),
    ),
    cal_mail(
        ROHAN,
        "setmore-gp-appointment",
        "other",
        event={
            "start": "2038-10-29 08:15",
            "zone": "Australia/Brisbane",
            "minutes": 15,
            "summary": "Standard consultation with Dr Imogen Farr",
            "organizer": ("Paddington Family Practice", "bookings@paddington-family.example"),
            "location": "Paddington Family Practice, 212 Given Terrace",
            "prodid": SETMORE,
        },
        date=dh("2038-10-25 14:02", "Australia/Brisbane"),
        frm=("Paddington Family Practice", "bookings@paddington-family.example"),
        sender="Setmore <no-reply@setmore.com>",
        subject="Appointment confirmed: Standard consultation on Fri, 29 Oct",
        body=f"""Hi Rohan,

Your appointment is confirmed.

Service: Standard consultation (15 min)
Staff: Dr Imogen Farr
Date: {d("2038-10-29", "abbr")} 2038, 8:15 am AEST

Need to reschedule? https://paddingtonfamily.setmore.com/bookings""",
        ics_mode="attach",
        label=note("Doctor's appointment booked through Setmore."),
    ),
    person(
        BRIONY,
        "landlord-viewing-saturday",
        "other",
        frm=("Col Matthews", "col.matthews@larrakeyah-rentals.example"),
        subject="Viewing - 4/12 Mitchell St",
        date=dh("2038-11-24 16:45", "Australia/Darwin"),
        body="""Hi Briony,

Thanks for your enquiry about the unit. I can show it to you on Saturday at 11am. Meet me
out the front; parking is on the street.

Col Matthews
Property Manager, Larrakeyah Rentals""",
        label=note("Rental viewing with an agent."),
    ),
    vendor(
        CODY,
        "parent-teacher-conferences",
        "other",
        frm=("Chugach Heights Elementary", "office@chugach-heights.example"),
        subject="Parent-Teacher Conference scheduled",
        date=dh("2038-11-08 15:10", "America/Anchorage"),
        body=f"""Dear Cody Anvik-Marsh,

Your conference with Ms. Hallie Berg (Grade 3) is scheduled for {d("2038-11-18", "us")} at
4:20 PM in Room 12. Conferences are 15 minutes long.

Chugach Heights Elementary""",
        label=note("School conference, not a job."),
    ),
    person(
        MAEVE,
        "food-bank-volunteer-orientation",
        "other",
        frm=("Jen Comeau", "volunteers@north-end-foodbank.example"),
        subject="Welcome! Volunteer orientation details",
        date=dh("2038-11-02 19:20", "America/Halifax"),
        body=f"""Hi Maeve,

Thanks for signing up to volunteer with us! Your orientation is on {d("2038-11-09", "us")}
at 6:30 PM at 2131 Gottingen St. It's about an hour: a tour, safety basics and shift
sign-up.

See you there,
Jen Comeau
Volunteer Coordinator, North End Food Bank""",
        label=note("Volunteer orientation."),
    ),
    vendor(
        SOLVEIG,
        "ski-club-winter-training",
        "other",
        frm=("Frogner Skiklubb", "post@frogner-skiklubb.example"),
        subject="Winter training schedule 2038/39",
        date=dh("2038-11-01 20:00", "Europe/Oslo"),
        body="""Hi all,

Winter training starts next week:
- Tuesdays 18:00-19:30, roller ski intervals, Frognerseteren
- Thursdays 18:30-20:00, strength, Frogner hall
- Saturdays 10:00, long session (meeting point posted in the group chat)

Membership fees are due by 15 November.

Frogner Skiklubb board""",
        label=note("Sports club schedule."),
    ),
    person(
        ANDERS,
        "notary-appointment-deed",
        "other",
        frm=("Advokatfirmaet Holm & Krag", "sekretariat@holmkrag-advokater.example"),
        subject="Your appointment - signing of the deed",
        date=dh("2038-11-10 11:30", "Europe/Copenhagen"),
        body=f"""Dear Anders Vestergaard-Ibe,

We confirm your appointment with attorney Karen Holm on {d("2038-11-17", "uk")} at 14:00
for the signing of the deed for your flat. Please bring photo ID.

Kind regards,
Secretariat, Holm & Krag""",
        label=note("Notary/lawyer appointment, not a job."),
    ),
    person(
        KADRI,
        "friend-coffee-thursday",
        "other",
        frm=("Liis", "liis.kask@example.org"),
        subject="coffee?",
        date=dh("2038-10-26 21:14", "Europe/Tallinn"),
        body="""hey! are you around this week? coffee thursday at 3 at Kohvik Kalamaja? want to
hear how the job hunt is going :)

L""",
        label=note("A friend's coffee invitation that mentions the job hunt."),
    ),
    vendor(
        WANGARI,
        "candidate-survey-day-after",
        "other",
        frm=("Mbuni Payments Talent", "talent@mbuni-payments.example"),
        subject="How was your interview with Mbuni Payments?",
        date=dh("2038-10-19 10:00", "Africa/Nairobi"),
        body="""Hi Wangari,

Thank you for interviewing with us yesterday. We'd love to hear about your experience -
the survey takes two minutes and is anonymous:

https://mbuni-payments.example/candidate-survey?id=c19

Your answers do not affect your application.

Mbuni Payments Talent team""",
        label=note("Candidate-experience survey after an interview."),
    ),
    person(
        NINO,
        "cold-outreach-no-time",
        "other",
        frm=("Maximilian Grote", "max.grote@caucasus-exec.example"),
        subject="Head of Finance opportunity - open to a conversation?",
        date=dh("2038-11-08 14:30", "Asia/Tbilisi"),
        body="""Hi Nino,

I came across your profile and think you could be a strong fit for a Head of Finance
search I'm running for a regional logistics group. Would you be open to hearing more?
If so, just reply and we can take it from there.

Best,
Maximilian Grote
Partner, Caucasus Executive Search""",
        label=note("Recruiter's cold outreach; no time, no link."),
    ),
    vendor(
        JANELLE,
        "application-received-workable",
        "other",
        frm=("Isla Verde Hospitality", "isla-verde-hospitality@candidates.workablemail.com"),
        subject="Thanks for applying to Isla Verde Hospitality",
        date=dh("2038-10-20 10:15", "America/Puerto_Rico"),
        body="""Hi Janelle,

Thanks for applying for the Front Office Manager position. We've received your
application and our team will review it shortly. If your background matches what we're
looking for, we'll reach out to schedule an interview.

Isla Verde Hospitality hiring team""",
        label=note("Application acknowledgement.", company="Isla Verde Hospitality"),
    ),
    google(
        LAYAN,
        "book-club-cancelled",
        "other",
        start="2038-11-11 19:00",
        zone="Asia/Amman",
        minutes=90,
        summary="Book club - November",
        organizer=("Hala Qasem", "hala.qasem@example.org"),
        guests=[("Sara Fakhoury", "sara.fakhoury@example.net")],
        date=dh("2038-11-09 21:30", "Asia/Amman"),
        caption="Jordan Time",
        change="cancelled",
        sequence=1,
        meet=None,
        label=note("Cancellation of a book club meeting, not a job."),
    ),
    cal_mail(
        ZSOFIA,
        "user-is-interviewing-candidate",
        "other",
        event={
            "start": "2038-11-24 14:00",
            "zone": "Europe/Budapest",
            "minutes": 45,
            "summary": "Interview: Bence Kovács for Junior Regulatory Associate",
            "organizer": ("Tisza Pharma Recruiting", "recruiting@tisza-pharma.example"),
            "attendees": [
                ("Zsófia Bakonyi-Leclair", "zsofia.bakonyi@example.com"),
                ("Bence Kovács", "bence.kovacs@example.net"),
            ],
            "prodid": GOOGLE,
        },
        date=dh("2038-11-18 09:30", "Europe/Budapest"),
        frm=("Tisza Pharma Recruiting", "recruiting@tisza-pharma.example"),
        subject="You're on the interview panel: Bence Kovács (Junior Regulatory Associate)",
        body="""Hi Zsófia,

Thanks for joining the panel for Bence Kovács, candidate for Junior Regulatory Associate.
His CV and the scorecard are in the hiring portal. Please submit your scorecard within 24
hours of the interview.

Recruiting team""",
        ics_mode="both",
        label=note("The user interviews a candidate for her employer; not her own interview."),
    ),
    person(
        OMER,
        "podcast-recording-user-as-guest",
        "other",
        frm=("Sadia Noorani", "sadia@karachi-datapod.example"),
        subject="Guest interview on the Karachi Data Pod",
        date=dh("2038-11-09 13:00", "Asia/Karachi"),
        body=f"""Hi Omer,

We'd love to have you on the podcast to talk about data platforms in fintech. We record on
{d("2038-11-18", "uk")} at 7pm PKT on Riverside; it takes about an hour, and I'll send
the questions in advance.

Sadia
Host, Karachi Data Pod""",
        label=note("Podcast interview with the user as guest, not a job."),
    ),
    person(
        FARHANA,
        "bank-home-loan-consultation",
        "other",
        frm=("Meghna Bank Gulshan Branch", "gulshan@meghna-bank.example"),
        subject="Your home loan consultation",
        date=dh("2038-11-01 11:20", "Asia/Dhaka"),
        body=f"""Dear Ms. Farhana Akter-Westbrook,

This is to confirm your home loan consultation with our relationship manager, Mr. Tanvir
Haque, on {d("2038-11-04", "uk")} at 3:00 pm at our Gulshan branch.

Meghna Bank""",
        label=note("Bank appointment, not a job."),
    ),
    outlook(
        DEVIKA,
        "annual-review-current-manager",
        "other",
        start="2038-12-07 14:00",
        zone="Mountain Standard Time",
        minutes=60,
        subject="Annual performance review - Devika",
        organizer=("Carla Beaudry", "carla.beaudry@foothills-engineering.example"),
        attendees=[],
        date=dh("2038-11-29 10:00", "America/Edmonton"),
        text="""Hi Devika,

Booking our annual review. Please fill in the self-assessment in Workday beforehand.

Carla""",
        label=note("Annual review with the current manager, not a job interview."),
    ),
]
