"""Mail a careless reader would take for an interview: newsletters and alerts with interview
dates, registrations, the user interviewing others, press and podcast interviews,
appointments, friends, informational calls, past interviews, references, meetings at the
current job, an auto-reply quoting an invitation, a bounce of the user's own reply."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    ANAHIT,
    ANDRE,
    ARJUN,
    AUTO,
    BOYAN,
    DILNOZA,
    EFUA,
    FREDERIKKE,
    GABRIELA,
    HEIDI,
    JALEN,
    KARIM,
    MITCHELL,
    MWANSA,
    NAKATO,
    NEZA,
    OKSANA,
    SAWYER,
    SINDRE,
    TIANA,
    TOMAS,
    VIKRAM,
    YAIZA,
    ZOFIA,
    Msg,
    bounce,
    bulk,
    d,
    dh,
    google,
    gq,
    msgid,
    note,
    outlook,
    person,
    raw_mail,
    thread,
    vendor,
)

MESSAGES: list[Msg] = [
    vendor(
        OKSANA,
        "agency-newsletter-sample-onsite-schedule",
        "bulk",
        frm=("Dnipro Talent Digest", "digest@dnipro-talent.example"),
        subject="The Digest: what a good onsite day looks like (+ 14 new roles)",
        date=dh("2041-10-15 08:00", "Europe/Kyiv"),
        extra=bulk("<digest.dnipro-talent.example>", "https://dnipro-talent.example/u/oksana"),
        body=f"""THE DIGEST - October edition

What does a well-run onsite look like? Here's a sample schedule one of our clients uses:

  09:00  Welcome with the recruiter
  09:30  Technical interview with the hiring manager
  10:30  System design with two senior engineers
  11:30  Culture conversation with the head of department

Use it to plan your energy. And ask your recruiter for your own schedule in advance!

NEW THIS WEEK: 14 roles in Kyiv, Lviv and remote - see them all on our site.

Our next open office hours: {d("2041-10-24", "uk")}, 18:00.

Unsubscribe: https://dnipro-talent.example/u/oksana""",
        label=note(
            "Agency newsletter with a generic sample interview schedule and an office-hours "
            "time; nothing is scheduled for the user."
        ),
    ),
    vendor(
        VIKRAM,
        "job-alert-walk-in-interview-days",
        "bulk",
        frm=("JobPulse Alerts", "alerts@jobpulse-gulf.example"),
        subject="7 new jobs for 'supply chain manager' in Dubai - walk-in interviews this week",
        date=dh("2041-11-09 07:30", "Asia/Dubai"),
        extra=bulk("<alerts.jobpulse-gulf.example>", "https://jobpulse-gulf.example/alerts/off"),
        body=f"""Your daily job alert

Supply Chain Manager - Oasis Retail Group - Dubai
Walk-in interviews: {d("2041-11-12", "uk")}, 10:00-16:00, Al Quoz office

Logistics Planner - Creekside Freight - Dubai
Interviews will be held on {d("2041-11-14", "uk")} for shortlisted candidates

Procurement Lead - Falcon Aviation Services - Abu Dhabi
Apply by 20 November

See all 7 jobs: https://jobpulse-gulf.example/search?q=supply+chain

You are receiving this alert because you subscribed at jobpulse-gulf.example.
Stop these alerts: https://jobpulse-gulf.example/alerts/off""",
        label=note(
            "Job alert listing walk-in interview days of employers the user never applied to."
        ),
    ),
    vendor(
        SINDRE,
        "careers-fair-registration-oslo",
        "other",
        frm=("Eventbrite", "noreply@order.eventbrite.com"),
        subject="Your tickets for Nordic Tech Careers Fair 2041",
        date=dh("2041-10-20 21:14", "Europe/Oslo"),
        body=f"""Hi Sindre,

You're going to Nordic Tech Careers Fair 2041!

{d("2041-11-14", "uk")}, 10:00 - 16:00 CET
Oslo Spektrum, Sonja Henies plass 2, Oslo

Order #8830041177 - 1 x Free Admission

Meet 60+ employers, join CV clinics and book speed-interview slots on the day.

View your tickets: https://www.eventbrite.com/mytickets
Add to calendar: https://www.eventbrite.com/calendar/8830041177""",
        label=note(
            "Event ticket for a careers fair with a time; the fair offers speed interviews on "
            "the day but nothing is scheduled with an employer. Transactional, not bulk."
        ),
    ),
    outlook(
        FREDERIKKE,
        "user-on-interview-panel-copenhagen",
        "other",
        start="2041-10-23 13:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Interview panel: candidate Jonas Albrechtsen - Junior Analyst",
        organizer=("Mette Vestergaard", "mette.vestergaard@amager-kraftvarme.example"),
        attendees=[("Kasper Lind", "kasper.lind@amager-kraftvarme.example")],
        date=dh("2041-10-17 09:00", "Europe/Copenhagen"),
        text="""Hi Frederikke and Kasper,

Thank you for joining the panel for our Junior Analyst hire. The candidate is Jonas
Albrechtsen; CV and scorecard are in the hiring folder. Frederikke, please cover the Excel
case; Kasper takes motivation.

Mette Vestergaard
HR Partner, Amager Kraftvarme""",
        label=note(
            "The user is an interviewer for her own employer; not her job search.",
            company="Amager Kraftvarme",
        ),
    ),
    person(
        ZOFIA,
        "podcast-guest-interview-warsaw",
        "other",
        frm=("Marta Zielińska", "marta@product-people-pod.example"),
        subject="Podcast interview - recording slot",
        date=dh("2041-11-01 12:20", "Europe/Warsaw"),
        body=f"""Hi Zofia,

Thanks again for agreeing to come on Product People! Could we record the interview on
{d("2041-11-07", "uk")} at 16:00? It takes about 50 minutes, remote on Riverside; I'll send
the link and a rough list of questions beforehand.

Marta Zielińska
Host, Product People podcast""",
        label=note("Podcast guest interview about her work; not a job interview."),
    ),
    person(
        ARJUN,
        "journalist-wants-to-interview-founder",
        "other",
        frm=("Dev Kapoor", "dev.kapoor@bay-area-ledger.example"),
        subject="Interview request - story on climate hardware startups",
        date=dh("2041-10-28 10:05", "America/Los_Angeles"),
        body=f"""Hi Arjun,

I'm writing a piece on climate hardware startups for the Bay Area Ledger and would love to
interview you about your time at your previous startup. Would {d("2041-10-31", "us")} at
10am PT work for a 30-minute phone call? On the record unless you say otherwise.

Dev Kapoor
Staff Reporter, Bay Area Ledger""",
        label=note("A journalist's interview request with a proposed time; press, not hiring."),
    ),
    vendor(
        TIANA,
        "clinic-appointment-reminder-chicago",
        "other",
        frm=("Lakeshore Family Medicine", "reminders@lakeshore-fm.example"),
        subject="Appointment reminder: Mon, Nov 4 at 8:40 AM",
        date=dh("2041-11-01 09:00", "America/Chicago"),
        body=f"""Hello Tiana,

This is a reminder of your upcoming appointment:

Provider: Dr. Samuel Okafor-Lind, MD
Date: {d("2041-11-04", "usy")}
Time: 8:40 AM (please arrive 15 minutes early)
Location: 2210 N Clark St, Suite 300

Reply C to confirm or call (312) 555-0147 to reschedule.""",
        label=note("Doctor's appointment reminder; not an interview."),
    ),
    vendor(
        DILNOZA,
        "visa-centre-biometrics-tashkent",
        "other",
        frm=("Visa Application Centre", "no-reply@vac-tashkent.example"),
        subject="Appointment confirmation - biometrics enrolment",
        date=dh("2041-10-19 14:00", "Asia/Tashkent"),
        body=f"""Dear DILNOZA YUSUPOVA-KERR,

Your appointment at the Visa Application Centre has been confirmed.

Service: Biometric enrolment (work visa)
Date: {d("2041-10-29", "uky")}
Time: 09:15
Reference: VAC/TAS/2041/118830

Please bring your passport, this confirmation and your employer's sponsorship letter.""",
        label=note(
            "Visa centre biometrics appointment (for a work visa); an appointment, not an "
            "interview."
        ),
    ),
    vendor(
        NAKATO,
        "bank-branch-appointment-kampala",
        "other",
        frm=("Nile Crest Bank", "appointments@nilecrest-bank.example"),
        subject="Your branch appointment is booked",
        date=dh("2041-10-21 17:30", "Africa/Kampala"),
        body=f"""Dear Nakato,

Thank you for booking with Nile Crest Bank.

Purpose: Salary account opening
Branch: Kampala Road
Date and time: {d("2041-10-25", "uk")}, 11:00
Relationship officer: Brian Mugisha

Bring your national ID and your employment letter.""",
        label=note("Bank branch appointment with a named officer; not an interview."),
    ),
    person(
        EFUA,
        "friend-at-company-coffee-thursday",
        "other",
        frm=("Adjoa Boateng", "adjoa.boateng@osu-mail.example"),
        subject="coffee?",
        date=dh("2041-10-22 21:40", "Africa/Accra"),
        body="""Efua!! Heard from Kofi you applied to us, amazing. Want to grab coffee Thursday at
8:30 before I head in? Vida e Caffè on Oxford St. Happy to tell you what the team is really
like - totally unofficial, I'm not involved in hiring at all :)

A.""",
        label=note(
            "A friend who works at the company suggests an informal coffee; she says she is not "
            "involved in hiring."
        ),
    ),
    person(
        JALEN,
        "informational-call-user-asked-for",
        "other",
        frm=("Corinne Mbeki-Hughes", "corinne.mh@riverbend-health.example"),
        subject="Re: Quick question from a fellow Hoosier",
        date=dh("2041-10-29 11:10", "America/Indiana/Indianapolis"),
        body=thread(
            """Hi Jalen,

Happy to help! Wednesday at 3pm works - I'll call you. Just so you know, we don't have any
openings on my team right now, so think of it as a friendly chat about health-tech careers
rather than anything formal.

Corinne""",
            gq(
                "2041-10-28 19:22",
                "America/Indiana/Indianapolis",
                "Jalen Whitfield-Ames <jalen.whitfield@example.net>",
                "Hi Corinne, I'm finishing my MPH and would love 20 minutes of your time to hear "
                f"how you moved into health tech. Would {d('2041-10-30', 'us')} at 3pm work?",
            ),
        ),
        label=note(
            "An informational call the user asked for; the sender says there is no opening and "
            "it is not formal."
        ),
    ),
    person(
        GABRIELA,
        "thanks-for-coming-in-past-interview",
        "other",
        frm=("Luis Colón-Báez", "luis.colon@borinquen-labs.example"),
        subject="Thank you for coming in",
        date=dh("2041-10-17 16:45", "America/Puerto_Rico"),
        body=f"""Hi Gabriela,

Thank you for coming in on {d("2041-10-15", "us")} - the team really enjoyed meeting you
and hearing about your QA automation work. We're wrapping up the remaining interviews and
will be in touch by the end of next week with next steps.

Luis Colón-Báez
Engineering Manager, Borinquen Labs""",
        label=note(
            "Thanks after an interview that already happened; no decision and no new time.",
            company="Borinquen Labs",
        ),
    ),
    person(
        MWANSA,
        "former-boss-gave-reference",
        "other",
        frm=("Chanda Mulenga", "chanda.mulenga@kafue-mail.example"),
        subject="Reference done!",
        date=dh("2041-11-06 19:05", "Africa/Lusaka"),
        body="""Hi Mwansa,

Just had a 20-minute call with Copperbelt Energy's HR about you - gave you a glowing
reference! They asked about your project management and how you handle pressure. They said
they're deciding by Friday. Fingers crossed!

Chanda""",
        label=note(
            "A former manager reports a reference check about the user; no interview for the "
            "user is scheduled."
        ),
    ),
    person(
        BOYAN,
        "reference-call-about-former-colleague",
        "other",
        frm=("Petya Georgieva", "petya.georgieva@vitosha-cloud.example"),
        subject="Reference for Aleksandar Iliev",
        date=dh("2041-11-11 10:30", "Europe/Sofia"),
        body=f"""Dear Boyan,

Aleksandar Iliev has applied for a Senior Engineer role with us and gave your name as a
referee. Would you be available for a short reference call on {d("2041-11-13", "uk")} at
14:00? It should take no more than 15 minutes.

Kind regards,
Petya Georgieva
People Team, Vitosha Cloud""",
        label=note("A reference call in which the user is the referee for someone else."),
    ),
    google(
        NEZA,
        "annual-review-with-manager-ljubljana",
        "other",
        start="2041-10-24 10:00",
        zone="Europe/Ljubljana",
        minutes=60,
        summary="Neža / Matej - annual performance review",
        organizer=("Matej Kovačič", "matej.kovacic@triglav-logistika.example"),
        guests=[("Matej Kovačič", "matej.kovacic@triglav-logistika.example")],
        date=dh("2041-10-17 15:00", "Europe/Ljubljana"),
        caption="Central European Time - Ljubljana",
        details="Annual review. Please fill in the self-assessment form beforehand.",
        label=note(
            "Annual review with her manager at her current employer; not part of a job search."
        ),
    ),
    raw_mail(
        YAIZA,
        "ooo-autoreply-quoting-invitation",
        "auto_reply",
        frm=("Nerea Santana", "nerea.santana@atlantica-ferries.example"),
        subject="Automatic reply: Re: Interview invitation - Revenue Analyst",
        date=dh("2041-10-18 09:31", "Atlantic/Canary"),
        extra=AUTO,
        in_reply_to=msgid("yaiza-confirm", "example.com"),
        body=thread(
            f"""Thank you for your email. I am out of the office until {d("2041-10-28", "uky")} with
limited access to email. For urgent recruitment matters please contact
talent@atlantica-ferries.example.

Nerea Santana
Talent Acquisition""",
            gq(
                "2041-10-18 09:30",
                "Atlantic/Canary",
                "Yaiza Perdomo-Clarke <yaiza.perdomo@example.com>",
                "Hi Nerea, thank you - I confirm the interview. See you then! Yaiza\n"
                + gq(
                    "2041-10-17 13:00",
                    "Atlantic/Canary",
                    "Nerea Santana <nerea.santana@atlantica-ferries.example>",
                    f"Dear Yaiza, we would like to invite you to an interview on "
                    f"{d('2041-10-24', 'uk')} at 11:00 at our Las Palmas office. Kind regards, "
                    "Nerea",
                ),
            ),
        ),
        label=note(
            "Out-of-office answer to the user's confirmation; it quotes the invitation, which "
            "is not new information.",
            return_date="2041-10-28",
        ),
    ),
    bounce(
        KARIM,
        "bounce-of-users-confirmation-beirut",
        reporter="MAILER-DAEMON@mx.example.net",
        date=dh("2041-10-30 18:02", "Asia/Beirut"),
        text="""This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<rami.khoury@cedar-payments.example>: host mx.cedar-payments.example[192.0.2.80]
    said: 550 5.1.1 <rami.khoury@cedar-payments.example>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
        status="""Reporting-MTA: dns; mx.example.net
Arrival-Date: Wed, 30 Oct 2041 18:01:58 +0200

Final-Recipient: rfc822; rami.khoury@cedar-payments.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
        original="""From: Karim Nassar-Doherty <karim.nassar@example.net>
To: Rami Khoury <rami.khoury@cedar-payments.example>
Subject: Re: Interview on Monday 4 November, 10:00
Date: Wed, 30 Oct 2041 18:01:55 +0200
""",
        label=note("Bounce of the user's own reply confirming an interview; an automatic answer."),
    ),
    google(
        ANAHIT,
        "open-house-calendar-not-interview",
        "other",
        start="2041-11-02 12:00",
        zone="Asia/Yerevan",
        minutes=120,
        summary="Ararat Games Open House - meet the team",
        organizer=("Ararat Games Events", "events@ararat-games.example"),
        guests=[("Ararat Games Events", "events@ararat-games.example")],
        date=dh("2041-10-25 18:00", "Asia/Yerevan"),
        caption="Armenia Standard Time - Yerevan",
        details="Open house for everyone who applied this season: studio tour, talks and pizza. "
        "This is not part of the interview process and attendance is optional.",
        label=note(
            "Calendar invitation from a company's domain for an optional open house; it says it "
            "is not part of the interview process.",
            company="Ararat Games",
        ),
    ),
    vendor(
        HEIDI,
        "interview-tips-newsletter-hong-kong",
        "bulk",
        frm=("CareerHarbour Weekly", "weekly@careerharbour.example"),
        subject="5 questions to ask at the end of your interview",
        date=dh("2041-10-26 09:00", "Asia/Hong_Kong"),
        extra=bulk("<weekly.careerharbour.example>", "https://careerharbour.example/unsub"),
        body="""CareerHarbour Weekly

1. What does success look like in the first 90 days?
2. How does the team handle disagreements?
3. What is the interview process from here?
4. Who would I work with most closely?
5. What made the last person in this role successful?

LIVE CLINIC: mock interviews with our coaches every Thursday 7pm HKT. Book a seat.

Unsubscribe: https://careerharbour.example/unsub""",
        label=note("Interview-tips newsletter advertising mock interview clinics."),
    ),
    person(
        ANDRE,
        "paid-mock-interview-with-coach",
        "other",
        frm=("Simone Grant-Ellis", "simone@elevate-coaching.example"),
        subject="Your mock interview session is booked",
        date=dh("2041-11-03 12:00", "America/Jamaica"),
        body=f"""Hi Andre,

Your mock interview session is booked for {d("2041-11-07", "uk")} at 6pm (Kingston). We'll
run a 40-minute practice interview for the analyst roles you're targeting, then 20 minutes
of feedback.

Payment received - thank you!

Simone Grant-Ellis
Career Coach, Elevate Coaching""",
        label=note("A paid practice interview with a career coach; no employer involved."),
    ),
    person(
        MITCHELL,
        "parent-teacher-interviews-perth",
        "other",
        frm=("Banksia Primary School", "office@banksia-primary.example"),
        subject="Parent-teacher interviews - your booking",
        date=dh("2041-10-25 15:10", "Australia/Perth"),
        body=f"""Dear Mitchell,

Your parent-teacher interview is booked:

Student: Ruby Ng-Carruthers (Year 3, Room 12)
Teacher: Mrs Alison Petrie
Date: {d("2041-11-05", "uk")}
Time: 3:40pm - 3:50pm

Please wait outside the classroom. Thank you.

Banksia Primary School Office""",
        label=note("A school parent-teacher interview; not a job interview."),
    ),
    vendor(
        SAWYER,
        "user-research-interview-voucher",
        "other",
        frm=("Trailhead App Research", "research@trailhead-app.example"),
        subject="You're confirmed for a user interview - $50 gift card",
        date=dh("2041-10-30 10:00", "America/Denver"),
        body=f"""Hi Sawyer,

Thanks for signing up! You're confirmed for a 45-minute user interview about how you plan
hikes with Trailhead.

When: {d("2041-11-07", "us")}, 11:00 AM MT
Where: video call (link the day before)
Thank-you: $50 gift card

Trailhead Research Team""",
        label=note("A product user-research session called an interview; not hiring."),
    ),
    google(
        TOMAS,
        "exit-interview-leaving-employer-madeira",
        "other",
        start="2041-11-08 10:00",
        zone="Atlantic/Madeira",
        minutes=30,
        summary="Exit interview - Tomás Freitas-Doyle",
        organizer=("Carla Gouveia", "carla.gouveia@laurissilva-resorts.example"),
        guests=[("Carla Gouveia", "carla.gouveia@laurissilva-resorts.example")],
        date=dh("2041-11-01 14:00", "Atlantic/Madeira"),
        caption="Western European Time - Madeira",
        details="Standard exit interview before your last day. Feedback is confidential.",
        label=note(
            "Exit interview at the employer he is leaving; an HR meeting at the current job, "
            "not a job interview."
        ),
    ),
]
