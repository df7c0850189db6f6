"""Look-alikes in English: interview-themed mass mail and traps that carry a time or the
word 'interview' without being the user's job interview."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    AVIAJA,
    CALLAN,
    ISHAAN,
    JOLENE,
    KRISTINA,
    MEREANA,
    NOURHAN,
    QUINN,
    SHANICE,
    SIMRAN,
    TANNER,
    bulk,
    cal_mail,
    d,
    dh,
    note,
    outlook,
    person,
    vendor,
)

MESSAGES = [
    vendor(
        SIMRAN,
        "linkedin-newsletter-behavioural-questions",
        "bulk",
        frm=("LinkedIn News", "newsletters-noreply@linkedin.com"),
        subject="Get Hired: how to answer 'Tell me about a time you failed'",
        date=dh("2039-03-15 06:30", "America/Toronto"),
        extra=bulk(
            "<get-hired.newsletters.linkedin.com>", "https://www.linkedin.com/e/v2?e=unsub-9b1"
        ),
        body="""Get Hired
Your weekly guide to landing your next role

This week: behavioural interviews. Recruiters say the 'failure' question trips up more
candidates than any other. Here's a three-step way to answer it, plus what hiring managers
at Canadian banks told us they listen for.

Read more: https://www.linkedin.com/pulse/get-hired-failure-question

Also in this issue:
- Salary talk in your first interview: yes or no?
- 5 companies in Toronto hiring analysts this month

You are receiving LinkedIn notification emails. Unsubscribe.
""",
        label=note("LinkedIn newsletter about interview questions; mass mail."),
    ),
    vendor(
        TANNER,
        "indeed-alert-interviewing-this-week",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="12 new Field Technician jobs in Boise, ID - some employers are interviewing this week",
        date=dh("2039-03-21 05:12", "America/Boise"),
        extra=bulk("<jobalert.indeed.com>", "https://www.indeed.com/unsubscribe?jk=a41f"),
        body="""Field Technician jobs in Boise, ID

Line Technician - Gem State Electric Co-op - Boise, ID
Hiring multiple candidates · Interviewing this week
$31 - $38 an hour

HVAC Service Technician - Treasure Valley Comfort - Meridian, ID
Urgently hiring · Interviews on Friday, March 25

Wind Turbine Technician - Owyhee Renewables - Mountain Home, ID
Easily apply

See all 12 new jobs: https://www.indeed.com/jobs?q=field+technician&l=Boise

You can change your job alert settings or unsubscribe at any time.
""",
        label=note("Indeed job alert whose listings say employers are interviewing; mass mail."),
    ),
    cal_mail(
        KRISTINA,
        "webinar-panel-interviews-with-ics",
        "bulk",
        event={
            "summary": "Live webinar: Surviving the Panel Interview",
            "prodid": "-//Eventbrite//Eventbrite Calendar//EN",
            "organizer": ("Valletta Careers Hub", "events@valletta-careershub.example"),
            "start": "2039-03-30 18:00",
            "minutes": 60,
            "zone": "Europe/Malta",
            "location": "https://www.eventbrite.com/e/surviving-the-panel-interview-tickets-8841",
        },
        date=dh("2039-03-28 12:00", "Europe/Malta"),
        style="eventbrite.com",
        frm=("Valletta Careers Hub", "noreply@eventbrite.com"),
        subject="Reminder: Surviving the Panel Interview is on Wednesday",
        body=f"""Hi Kristina,

Just a reminder that you're registered for:

Live webinar: Surviving the Panel Interview
{d("2039-03-30", "uk")}, 18:00 - 19:00 CEST
Online event - join link: https://www.eventbrite.com/e/surviving-the-panel-interview-tickets-8841

Our speakers, two HR directors from Maltese gaming and banking firms, will run a mock panel
live and take your questions.

Add to calendar: the attached .ics

Eventbrite | Unsubscribe from reminders
""",
        extra=bulk("<reminders.eventbrite.com>", "https://www.eventbrite.com/unsubscribe?u=kz77"),
        ics_mode="attach",
        ics_name="event.ics",
        label=note(
            "Webinar about interviews with a date, time and calendar attachment; mass "
            "reminder, not an interview."
        ),
    ),
    vendor(
        SHANICE,
        "careers-office-mock-interview-week",
        "bulk",
        frm=("UWI Careers Office", "careers-news@mona-alumni.example"),
        subject="Mock Interview Week starts Monday - book your slot!",
        date=dh("2039-03-25 09:00", "America/Jamaica"),
        extra=bulk(
            "<careers-news.mona-alumni.example>", "https://mona-alumni.example/lists/unsub?c=44"
        ),
        body="""Dear Alumni,

Mock Interview Week runs from Monday 28 March to Friday 1 April. Volunteer recruiters from
banks, BPOs and the public sector will give you a 20-minute practice interview and honest
feedback.

Sessions run daily from 9:00 a.m. to 4:00 p.m. in the Careers Office, Mona campus.
Book here: https://mona-alumni.example/careers/mock-interviews

Careers Office Newsletter - you are receiving this as a registered alumnus.
""",
        label=note("Alumni newsletter announcing practice interviews to a list; not an interview."),
    ),
    outlook(
        NOURHAN,
        "user-on-panel-for-employer-cairo",
        "other",
        start="2039-05-01 11:00",
        zone="Egypt Standard Time",
        minutes=60,
        subject="Interview: Omar Said - Backend Engineer (panel)",
        organizer=("Heba Fathy", "heba.fathy@nile-fintech.example"),
        attendees=[("Karim Youssef", "karim.youssef@nile-fintech.example")],
        date=dh("2039-04-26 13:10", "Africa/Cairo"),
        text="""Hi Nourhan, Karim,

Please join the panel for Omar Said (Backend Engineer candidate). Nourhan, could you take the
system design part? CV and scorecard are in the hiring folder. Note that Egypt moves to
summer time on Friday, so this is 11:00 on the new clock.

Thanks,
Heba Fathy
Talent Acquisition, Nile Fintech""",
        label=note(
            "Trap: the user is an interviewer on her employer's panel (the candidate is "
            "someone else); an Exchange request for the Sunday after Egypt's Friday 29 April "
            "switch."
        ),
    ),
    person(
        ISHAAN,
        "journalist-interview-request",
        "other",
        frm=("Meghna Iyer", "meghna.iyer@deccan-techreview.example"),
        subject="Interview request: data platforms piece for Deccan Tech Review",
        date=dh("2039-03-16 12:30", "Asia/Kolkata"),
        body="""Hi Ishaan,

I'm a reporter at Deccan Tech Review, working on a feature about how Indian startups are
building their data platforms. Your talk at the Bengaluru Data Meetup came highly
recommended.

Would you be open to a 20-minute phone interview? Thursday at 4pm IST would work well for
me, but I'm flexible. Quotes would be attributed to you by name unless you prefer
otherwise.

Best,
Meghna Iyer
Senior Reporter, Deccan Tech Review
""",
        label=note(
            "Trap: a journalist asks the user for a press interview (with a proposed time); "
            "not a job interview."
        ),
    ),
    person(
        MEREANA,
        "mate-asks-how-did-it-go-drinks-friday",
        "other",
        frm=("Hana Kereama", "hana.kereama@example.net"),
        subject="sooo how did it go??",
        date=dh("2039-04-04 17:20", "Pacific/Auckland"),
        body="""Hey you!

How did the interview go this morning?? Did Tom ask the messy-bits question? Tell me
everything. Drinks Friday at 6 at the usual place to celebrate (or commiserate, but I bet
celebrate)?

H x
""",
        label=note(
            "Trap: a friend asks how the interview went (past) and proposes drinks with a "
            "time; not an interview."
        ),
        agent="iPhone Mail (22E240)",
    ),
    vendor(
        JOLENE,
        "application-received-will-contact-if-shortlisted",
        "other",
        frm=("Hagåtña Regional Health Careers", "no-reply@hagatna-health.example"),
        subject="Application received: Patient Services Coordinator",
        date=dh("2039-03-14 08:05", "Pacific/Guam"),
        body="""Dear Jolene,

Thank you for applying for the Patient Services Coordinator position with Hagåtña Regional
Health. We have received your application and our team will review it carefully.

If your qualifications match our needs, a member of our HR team will contact you within
two weeks to schedule an interview. Because of the volume of applications, we are unable to
respond to each applicant individually.

Sincerely,
Talent Acquisition
""",
        label=note(
            "Application acknowledgement that only promises an interview if shortlisted.",
            company="Hagåtña Regional Health",
            role="Patient Services Coordinator",
        ),
    ),
    person(
        QUINN,
        "thanks-for-coming-in-yesterday",
        "other",
        frm=("Morgan Sidney", "morgan.sidney@klondike-heritage.example"),
        subject="Thanks for yesterday",
        date=dh("2039-03-25 09:40", "America/Whitehorse"),
        body="""Hi Quinn,

Thanks for taking the time to talk with Eli and me yesterday - we really enjoyed hearing
about your work on the Dawson City photo archive.

We're finishing the remaining interviews this week and hope to get back to everyone by
Friday, April 1. Don't hesitate to reach out if any questions come up in the meantime.

All the best,
Morgan
""",
        label=note(
            "Past-tense thank-you after the interview with a date for a decision; no new "
            "interview.",
            company="Klondike Heritage Trust",
        ),
    ),
    person(
        AVIAJA,
        "sister-wish-me-luck-thursday",
        "other",
        frm=("Pipaluk Lynge", "pipaluk.lynge@example.org"),
        subject="wish me luck!!",
        date=dh("2039-03-29 20:15", "America/Nuuk"),
        body="""Aviaja!

I finally got the interview at the hospital in Sisimiut - it's on Thursday at 10. They want
me to do a short presentation about night-shift planning. Can I call you tomorrow evening to
practise on you?

Love, Pipaluk
""",
        label=note(
            "Trap: the user's sister writes about her own interview, with a day and time; "
            "not the user's."
        ),
    ),
    cal_mail(
        CALLAN,
        "physio-appointment-with-ics",
        "other",
        event={
            "summary": "Physiotherapy - Callan Mitchell-Yarran",
            "prodid": "-//Cliniko//Cliniko Appointments//EN",
            "organizer": ("Cottesloe Sports Physio", "appointments@cottesloe-physio.example"),
            "attendees": [("Callan Mitchell-Yarran", "callan.mitchell@example.org")],
            "start": "2039-03-22 07:30",
            "minutes": 30,
            "zone": "Australia/Perth",
            "location": "Cottesloe Sports Physio, 5/120 Marine Pde, Cottesloe",
        },
        date=dh("2039-03-15 12:00", "Australia/Perth"),
        style="cottesloe-physio.example",
        frm=("Cottesloe Sports Physio", "appointments@cottesloe-physio.example"),
        subject="Appointment confirmed - Tue 22 Mar 7:30am",
        body=f"""Hi Callan,

Your appointment is confirmed:

{d("2039-03-22", "uk")} at 7:30am with Sienna Hartley (Physiotherapist)
Cottesloe Sports Physio, 5/120 Marine Pde, Cottesloe

Add it to your calendar with the attached file. Need to change it? Reply to this email or
call 08 6555 0100 at least 24 hours beforehand.
""",
        ics_mode="attach",
        label=note("Trap: a physiotherapy appointment with an .ics, not an interview."),
    ),
    vendor(
        KRISTINA,
        "rental-viewing-confirmed-sliema",
        "other",
        frm=("Tigné Lettings", "viewings@tigne-lettings.example"),
        subject="Viewing confirmed: 2-bedroom apartment, Sliema",
        date=dh("2039-03-23 10:45", "Europe/Malta"),
        body=f"""Dear Kristina,

Your viewing has been confirmed:

Property: 2-bedroom seafront apartment, Triq it-Torri, Sliema (ref. TL-3391)
When: {d("2039-03-26", "uk")} at 11:00
Agent: Daniel Farrugia, +356 2100 0000

Please meet Daniel at the building entrance. Bring photo ID if you'd like to make an offer
on the day.

Tigné Lettings
""",
        label=note("Trap: a flat viewing with date, time and an agent; not an interview."),
    ),
    person(
        SIMRAN,
        "recruiter-cold-outreach-no-time",
        "other",
        frm=("Dev Malhotra", "dev.malhotra@bayst-search.example"),
        subject="Risk Manager opportunity - open to a chat?",
        date=dh("2039-04-07 11:15", "America/Toronto"),
        body="""Hi Simran,

I'm a recruiter at Bay Street Search and came across your profile. I'm working on a Risk
Manager search for a mid-sized asset manager downtown - hybrid, strong team, good comp.

Would you be open to a quick, confidential chat sometime next week? No pressure at all if
the timing isn't right.

Best,
Dev Malhotra
Partner, Bay Street Search
""",
        label=note(
            "Recruiter cold outreach asking for an unscheduled chat; no interview and no time."
        ),
    ),
]
