"""Traps: mail full of interview words and times that is not the user's job interview
(newsletters, alerts, webinars, appointments, the user interviewing others, press,
research studies, practice), and automatic answers (English)."""

from __future__ import annotations

from tests.eval23.authoring import kit
from tests.eval23.authoring.kit import (
    AUGUST,
    AUTO,
    DARIUS,
    EZRA,
    IGNATIUS,
    JUNO,
    KAVYA,
    LINNEA,
    MATTEO,
    NOEMI,
    ORLA,
    QUENTIN,
    REUBEN,
    SAOIRSE,
    SIENNA,
    WINSTON,
    YARA,
    bulk,
    cal_mail,
    d,
    dh,
    html_mail,
    note,
    outlook,
    person,
    raw_mail,
    t12,
    t24,
    vendor,
)

MESSAGES = [
    vendor(
        AUGUST,
        "greenhouse-interviewer-kit-user-on-panel",
        "other",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        subject="You're interviewing Mikael Strand-Oyelaran for Backend Engineer today",
        date=dh("2042-02-25 07:00", "Europe/Oslo"),
        body=f"""
Hi August,

You have an interview today.

Candidate: Mikael Strand-Oyelaran
Job: Backend Engineer
Interview: Systems Design
Time: {t24("2042-02-25 13:00")} - {t24("2042-02-25 14:00")} (Europe/Oslo)

Open your interview kit to see the focus areas and submit your scorecard afterwards:
https://app.greenhouse.io/guides/4417720/people/99012?application_id=118220

Remember to submit feedback within 24 hours.
""",
        label=note(
            "The user interviews a candidate for her current employer: not her job interview.",
        ),
    ),
    person(
        SIENNA,
        "podcast-interview-recording-melbourne",
        "other",
        frm=("Declan Moorhouse", "declan@thecareerpivot-pod.example"),
        subject="Podcast interview - recording on Thursday",
        date=dh("2042-03-30 11:20", "Australia/Melbourne"),
        body="""
Hi Sienna,

Thanks so much for agreeing to be interviewed for The Career Pivot! We're locked in for
Thursday 3 April at 2pm Melbourne time. Recording takes about 50 minutes on Riverside:
https://riverside.thecareerpivot-pod.example/studio/sienna

We'll talk about your move from nursing into health tech. No prep needed - just a quiet
room and headphones.

Cheers,
Declan
Host, The Career Pivot
""",
        label=note("A podcast interview where the user is the guest: not a job interview."),
    ),
    person(
        DARIUS,
        "journalist-interview-request-tehran",
        "other",
        frm=("Leila Farrokhzad", "l.farrokhzad@persian-tech-review.example"),
        subject="Interview request for our feature on climate start-ups",
        date=dh("2042-02-16 10:30", "Asia/Tehran"),
        body="""
Dear Darius,

I'm writing a feature on Iranian climate start-ups for the Persian Tech Review and would
love to interview you about the irrigation sensor project you presented last month.

Would Saturday 22 February at 11:00 Tehran time work for a 30-minute phone interview?
Quotes will be sent to you for approval before publication.

Best regards,
Leila Farrokhzad
Senior Reporter
""",
        label=note("A press interview request: the user is the source, not a candidate."),
    ),
    person(
        NOEMI,
        "dentist-appointment-budapest",
        "other",
        frm=("Szabadság Fogászat", "rendeles@szabadsag-fogaszat.example"),
        subject="Appointment confirmation - 2042.03.11. 08:30",
        date=dh("2042-03-04 12:00", "Europe/Budapest"),
        body="""
Dear Noemi Kertész-Abbott,

We confirm your appointment:

Date: 2042.03.11. (Tuesday) 08:30
Dentist: Dr. Eszter Baranyi
Treatment: check-up and scaling

Please arrive 10 minutes early. If you cannot attend, let us know at least 24 hours
before.

Szabadság Dental Clinic
Budapest, Szabadság tér 9
""",
        label=note("A dental appointment."),
    ),
    person(
        QUENTIN,
        "lawyer-consultation-chicago",
        "other",
        frm=("Marguerite Oyelaran-Fisk", "mof@fisk-hale-law.example"),
        subject="Consultation on Tuesday - non-compete review",
        date=dh("2042-03-06 16:10", "America/Chicago"),
        body="""
Quentin,

Confirming our consultation on Tuesday, March 11 at 3:30 pm at our office (180 N LaSalle,
Suite 2200). Please bring your current employment agreement and any offer paperwork so
we can review the non-compete clause before you interview elsewhere.

Our initial consultation fee is $250.

Marguerite Oyelaran-Fisk
Partner, Fisk Hale LLP
""",
        label=note("A legal consultation (mentions interviewing elsewhere): not an interview."),
    ),
    person(
        LINNEA,
        "consulate-visa-interview-stockholm",
        "other",
        frm=("Visa Appointment Service", "noreply@visa-appointments.example"),
        subject="Appointment Confirmation: Nonimmigrant Visa Interview",
        date=dh("2042-03-03 09:10", "Europe/Stockholm"),
        body="""
Appointment Confirmation

Applicant: LINNEA SUNDQVIST-AMADI
Visa class: H-1B
Consular section: Stockholm
Interview date and time: 17 March 2042, 08:15

Bring this confirmation, your passport, your DS-160 confirmation page and one
photograph. Electronic devices are not permitted in the waiting room.

This is an automated message; please do not reply.
""",
        label=note("A consular visa interview (a government appointment): not a job interview."),
    ),
    person(
        REUBEN,
        "mortgage-meeting-johannesburg",
        "other",
        frm=("Thandeka Mokoena", "thandeka.mokoena@highveld-home-loans.example"),
        subject="Your home loan meeting on Friday",
        date=dh("2042-02-23 14:45", "Africa/Johannesburg"),
        body="""
Dear Reuben,

Thank you for your bond application. I've booked our meeting for Friday 28 February at
10:00 at our Rosebank branch to go through affordability and the documents still
outstanding (3 months' payslips and your new employment contract).

Kind regards,
Thandeka Mokoena
Home Loan Consultant, Highveld Home Loans
""",
        label=note("A mortgage meeting."),
    ),
    person(
        WINSTON,
        "user-research-study-kingston",
        "other",
        frm=("Research at Breadfruit Pay", "research@breadfruit-pay.example"),
        subject="You're booked: 45-minute user interview (US$50 gift card)",
        date=dh("2042-03-09 10:00", "America/Jamaica"),
        body=f"""
Hi Winston,

Thanks for signing up to help us improve Breadfruit Pay! Your research session is booked
for {d("2042-03-12", "uk")} at {t12("2042-03-12 14:00")} Jamaica time.

During this user interview we'll ask about how you send money to family and show you
a few early designs. There are no right or wrong answers.

As a thank you, you'll receive a US$50 gift card after the session.

Breadfruit Pay Research Team
""",
        label=note("A user-research 'interview' about a product."),
    ),
    person(
        YARA,
        "mock-interview-coach-amman",
        "other",
        frm=("Rasha Khoury", "rasha@interview-ready-coaching.example"),
        subject="Your mock interview session - Monday",
        date=dh("2042-03-12 19:00", "Asia/Amman"),
        body="""
Hi Yara,

Looking forward to our mock interview on Monday 17 March at 6pm. I'll play the hiring
manager for the product role you're targeting, then we'll debrief for 20 minutes.

Invoice for the 2-session package (90 JOD) is attached to the previous email.

Rasha Khoury
Interview Ready Coaching
""",
        label=note("A paid practice (mock) interview with a coach."),
    ),
    person(
        SAOIRSE,
        "alumni-coffee-chat-dublin",
        "other",
        frm=("Fionn Carberry", "fionn.carberry@inbox.example"),
        subject="Coffee next week?",
        date=dh("2042-02-19 20:31", "Europe/Dublin"),
        body="""
Hey Saoirse,

Great to connect through the Trinity alumni network! Happy to tell you what it's like
working in fintech and how I found my way in. No interview, just coffee :)

Does Wednesday 26th at 8:30 work, at Network Café on Aungier St?

Fionn
""",
        label=note("An alumni coffee chat, explicitly not an interview."),
    ),
    vendor(
        IGNATIUS,
        "interview-prep-course-enrolment-accra",
        "other",
        frm=("CareerLift Academy", "hello@careerlift-academy.example"),
        subject="Welcome to Ace Your Interview - your first live class is Saturday",
        date=dh("2042-02-09 09:00", "Africa/Accra"),
        body=f"""
Hi Ignatius,

You're enrolled in Ace Your Interview (4 weeks). Your first live class is on
{d("2042-02-15", "uk")} at {t24("2042-02-15 10:00")} GMT.

Week 1: Telling your story
Week 2: Behavioural questions (STAR)
Week 3: Case interviews
Week 4: Salary negotiation

Join from your dashboard: https://learn.careerlift-academy.example/course/ayi

Receipt no. CLA-55120 - GHS 600.00 paid.
""",
        label=note("Enrolment in an interview-preparation course (a receipt)."),
    ),
    outlook(
        MATTEO,
        "all-hands-calendar-invite-current-employer",
        "other",
        start="2042-03-05 16:00",
        zone="GMT Standard Time",
        minutes=60,
        subject="Q1 All-Hands",
        organizer=("Internal Comms", "comms@blackfriars-insurtech.example"),
        attendees=[("All Staff", "allstaff@blackfriars-insurtech.example")],
        date=dh("2042-02-20 11:00", "Europe/London"),
        text="""
Hi all,

Please join us for the Q1 All-Hands. We'll cover results, the new hiring plan (including
how we run interviews from April) and Q&A with the leadership team.

Internal Comms
""",
        label=note(
            "A company all-hands on the user's current employer's calendar.",
        ),
    ),
    vendor(
        ORLA,
        "candidate-experience-survey-dublin",
        "other",
        frm=("Liffey Semiconductors", "surveys@liffey-semi.example"),
        subject="Thanks for interviewing with us - tell us how we did",
        date=dh("2042-03-20 10:00", "Europe/Dublin"),
        body="""
Hi Orla,

Thank you for interviewing with Liffey Semiconductors last week. We'd love to hear about
your experience, whatever the outcome.

The survey takes about 3 minutes and is anonymous:
https://survey.liffey-semi.example/cx/6b12

Thank you,
Liffey Semiconductors Talent Team
""",
        label=note("A candidate-experience survey after a past interview."),
    ),
    vendor(
        JUNO,
        "application-acknowledged-if-shortlisted-freight",
        "other",
        frm=("Great Lakes Freightways", "donotreply@great-lakes-freightways.example"),
        subject="Thank you for applying - Logistics Data Analyst",
        date=dh("2042-02-03 22:14", "America/Chicago"),
        body="""
Dear Juno,

Thank you for applying for the Logistics Data Analyst position at Great Lakes
Freightways. We have received your application.

Our team will review it carefully. If you are shortlisted, a recruiter will contact you
to arrange an interview. Due to the number of applications, we are unable to reply
individually to each applicant.

Best regards,
Great Lakes Freightways Talent Acquisition
""",
        label=note(
            "An application acknowledgement that promises an interview only 'if shortlisted'.",
            company="Great Lakes Freightways",
            role="Logistics Data Analyst",
        ),
    ),
    html_mail(
        EZRA,
        "agency-newsletter-interview-masterclass",
        "bulk",
        frm=("Coastline Tech Talent", "news@coastline-tech-talent.example"),
        subject="This month: live interview masterclass + 14 new roles",
        date=dh("2042-03-03 07:30", "America/Los_Angeles"),
        extra=bulk(
            "<monthly.coastline-tech-talent.example>",
            "https://coastline-tech-talent.example/unsub?u=4471",
        ),
        markup="""<h1>The Coastline Monthly</h1>
<h2>Live: How to nail the system-design interview</h2>
<p>Join our principal consultant on <b>Tuesday, March 11 at 6:00 PM PT</b> for a
free 60-minute masterclass. We'll run a mock interview live and take questions.</p>
<p><a href="https://coastline-tech-talent.example/events/sd-masterclass">Save your
seat</a></p>
<h2>14 new roles this month</h2>
<ul><li>Staff Backend Engineer - Series C fintech - interviews this week</li>
<li>ML Engineer - climate start-up - 2-stage interview process</li>
<li>Engineering Manager - healthtech - onsite interviews in Oakland</li></ul>
<p style="font-size:11px;color:#888">You are receiving this because you registered with
Coastline Tech Talent. <a href="https://coastline-tech-talent.example/unsub?u=4471">
Unsubscribe</a></p>""",
        label=note("An agency newsletter full of interview words and a masterclass time."),
    ),
    vendor(
        KAVYA,
        "linkedin-job-alert-walk-in-interviews",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="\u201cbusiness analyst\u201d: 12 new jobs in Bengaluru",
        date=dh("2042-02-22 08:02", "Asia/Kolkata"),
        extra=bulk(
            "<jobalerts.linkedin.com>",
            "https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1",
        ),
        body="""
Your job alert for business analyst in Bengaluru

Business Analyst - Payments
Saffron Ledger · Bengaluru (Hybrid)
Walk-in interviews Saturday 1 March, 10 AM - 4 PM
https://www.linkedin.com/comm/jobs/view/5511209

Senior Business Analyst
Coromandel Insurance · Bengaluru
Actively recruiting · Interviews via video
https://www.linkedin.com/comm/jobs/view/5511377

Business Analyst (SQL)
Kaveri Retail Tech · Bengaluru
Be an early applicant
https://www.linkedin.com/comm/jobs/view/5511402

See all jobs: https://www.linkedin.com/comm/jobs/search?alert=88120

You are receiving Job Alert emails. Unsubscribe:
https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1
""",
        label=note("A job alert listing walk-in interview days."),
    ),
    raw_mail(
        QUENTIN,
        "ooo-quoting-interview-invitation",
        "auto_reply",
        frm=("Sheridan Okwu", "sheridan.okwu@lakeview-analytics.example"),
        subject="Automatic reply: Re: Interview confirmation - Thursday 2pm",
        date=dh("2042-03-10 10:15", "America/Chicago"),
        extra=AUTO,
        body="""
Thank you for your email. I am out of the office until Monday, March 17, with limited
access to email. For urgent recruiting matters please contact talent@lakeview-analytics.example.

Sheridan

-----Original Message-----
From: Quentin Achebe-Lowell <quentin.achebe@example.net>
Sent: Monday, March 10, 2042 10:14 AM
To: Sheridan Okwu <sheridan.okwu@lakeview-analytics.example>
Subject: Re: Interview confirmation - Thursday 2pm

Hi Sheridan, confirming I'll be there Thursday March 13 at 2pm to meet Lorna and
Dev. Thanks! Quentin
""",
        label=note(
            "An out-of-office answer quoting the user's interview confirmation.",
            return_date="2042-03-17",
        ),
    ),
    kit.bounce(
        SIENNA,
        "bounce-of-confirmation-reply",
        reporter="MAILER-DAEMON@mx2.example.org",
        date=dh("2042-03-31 09:02", "Australia/Melbourne"),
        status="""Reporting-MTA: dns; mx2.example.org
X-Postfix-Queue-ID: 4F7C21A0B3
Arrival-Date: Mon, 31 Mar 2042 09:01:41 +1100 (AEDT)

Final-Recipient: rfc822; jarrah.w@ironbark-health.example
Original-Recipient: rfc822;jarrah.w@ironbark-health.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ironbark-health.example
Diagnostic-Code: smtp; 550 5.1.1 <jarrah.w@ironbark-health.example>:
    Recipient address rejected: User unknown in virtual mailbox table
""",
        text="""This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jarrah.w@ironbark-health.example>: host mx.ironbark-health.example[192.0.2.88]
    said: 550 5.1.1 <jarrah.w@ironbark-health.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
        original="""From: Sienna Marchetti-Obi <sienna.marchetti@example.net>
To: jarrah.w@ironbark-health.example
Subject: Re: Interview on Tuesday 8 April
Date: Mon, 31 Mar 2042 09:01:40 +1100
Message-ID: <reply-8april-sienna@example.net>
""",
        label=note("A bounce of the user's own interview confirmation."),
    ),
    cal_mail(
        NOEMI,
        "webinar-registration-ics-budapest",
        "other",
        event={
            "summary": "Webinar: Interview like a senior engineer",
            "prodid": "-//Eventbrite//Eventbrite Calendar//EN",
            "organizer": ("Danube Dev Meetup", "events@danube-dev.example"),
            "attendees": [("Noemi Kertész-Abbott", "noemi.kertesz@example.com")],
            "start": "2042-03-18 18:00",
            "minutes": 90,
            "zone": "Europe/Budapest",
            "location": "https://danube-dev.example/live",
        },
        date=dh("2042-03-08 21:40", "Europe/Budapest"),
        frm=("Danube Dev Meetup", "events@danube-dev.example"),
        subject="You're registered: Interview like a senior engineer (18 March)",
        body="""
Hi Noemi,

You're registered for "Interview like a senior engineer" on 18 March, 18:00-19:30
(Budapest). Two engineering managers will run live mock interviews with volunteers
from the audience.

Add the event to your calendar with the attached file.

Danube Dev Meetup
""",
        ics_mode="attach",
        label=note(
            "A registration for a webinar about interviewing, with its .ics: a "
            "transactional mail to one person, not the user's interview.",
        ),
    ),
]
