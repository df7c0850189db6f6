"""Automatic answers, bulk mail and look-alikes that are not job interviews."""

from __future__ import annotations

from .kit import (
    AUTO,
    CHIDERA,
    CONSTANZA,
    DAKOTA,
    DESHAWN,
    DILINI,
    EERO,
    FARIDA,
    GIULIA,
    GOOGLE,
    GRAYSON,
    HARPREET,
    JOLINA,
    JOOST,
    KWAME,
    LUCIANA,
    MANAIA,
    MARIAM,
    MCKENNA,
    MORITZ,
    ROISIN,
    SEOYEON,
    TANVIR,
    TAYLA,
    THAO,
    USMAN,
    ZOOM,
    Msg,
    bulk,
    d,
    de,
    dh,
    exchange,
    gcal,
    invite,
    mail,
    note,
    plus,
    t12,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================ Automatic answers =========================================

add(
    mail(
        ROISIN,
        "exchange-ooo-recruiter-return-date",
        "auto_reply",
        frm=("Imogen Featherstone", "imogen.featherstone@saltmarsh.example"),
        subject="Automatic reply: Thank you - case study interview",
        date=dh("2029-03-27 17:02:00", "Europe/London"),
        extra=[*AUTO, ("X-MS-Exchange-Inbox-Rules-Loop", "imogen.featherstone@saltmarsh.example")],
        body=f"""Thank you for your email. I am out of the office from {d("2029-03-28", "uk")} and will return on {d("2029-04-03", "uky")}. During this time I will have limited access to email.

For urgent recruitment matters please contact people@saltmarsh.example.

Imogen
""",
        label=note(
            "Exchange out-of-office from the recruiter after the user's thank-you.",
            return_date="2029-04-03",
        ),
    )
)

add(
    mail(
        JOLINA,
        "gmail-leave-responder-tindalo",
        "auto_reply",
        frm=("Marco Quisumbing", "marco.quisumbing@tindalohealth.example"),
        subject="Re: Availability for next interview",
        date=dh("2029-02-16 08:31:00", "Asia/Manila"),
        extra=AUTO,
        body="""Hi! I'm currently out on leave with limited access to email. For anything urgent about your application, please email talent@tindalohealth.example and the team will get back to you.

Thanks,
Marco
""",
        label=note("Gmail vacation responder with no return date."),
    )
)

add(
    mail(
        EERO,
        "postfix-bounce-thank-you-note",
        "auto_reply",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
        subject="Undelivered Mail Returned to Sender",
        date=dh("2029-03-26 12:14:00", "Europe/Helsinki"),
        return_path="",
        extra=[("Auto-Submitted", "auto-replied")],
        body="""This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ville-pekka@pakkasmarja.example>: host mx.pakkasmarja.example[192.0.2.61]
    said: 550 5.1.1 <ville-pekka@pakkasmarja.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message ---
Subject: Thank you for today
Hi Ville-Pekka, thanks for the interview this morning - I really enjoyed the discussion about the physics engine.
""",
        label=note("Delivery failure of the user's thank-you note (wrong address)."),
    )
)

add(
    mail(
        FARIDA,
        "ooo-recruiter-at-conference-dubai",
        "auto_reply",
        frm=("Hamdan Al-Suwaidi", "hamdan.suwaidi@saffrondhow.example"),
        subject="Out of Office: Re: Procurement Lead interview",
        date=dh("2029-02-12 09:00:00", "Asia/Dubai"),
        extra=AUTO,
        body=f"""Dear Sender,

I am attending the Gulf Supply Chain Summit until {d("2029-02-14", "us")} and will be back in the office on {d("2029-02-15", "usy")}. Responses may be delayed.

Regards,
Hamdan Al-Suwaidi
""",
        label=note("Out-of-office at a conference; back 15 February.", return_date="2029-02-15"),
    )
)

add(
    mail(
        MARIAM,
        "helpdesk-ticket-autoreply-cairo",
        "auto_reply",
        frm=("Nile Path Pharma Careers", "careers-help@nilepathpharma.example"),
        subject="[Ticket #48211] We received your message",
        date=dh("2029-04-24 10:01:00", "Africa/Cairo"),
        extra=AUTO,
        body="""Hello,

Thank you for contacting Nile Path Pharma Careers support. This is an automatic confirmation that your request (#48211) has been received. A member of the team will reply within 2 working days.

Please do not reply to this message.
""",
        label=note("Support-desk automatic acknowledgement of the user's question."),
    )
)

add(
    mail(
        TAYLA,
        "exchange-ndr-recipient-not-found",
        "auto_reply",
        frm=("Microsoft Outlook", "postmaster@reefline.example"),
        subject="Undeliverable: Re: Cancelled - Tuesday's interview",
        date=dh("2029-04-23 19:02:00", "Australia/Brisbane"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        body="""Your message to daniel.cordiero@reefline.example couldn't be delivered.

daniel.cordiero wasn't found at reefline.example.

tayla.henriksen      Office 365      daniel.cordiero
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.
""",
        label=note("Exchange non-delivery report for the user's reply (misspelt address)."),
    )
)

# ============================ Bulk ======================================================

add(
    mail(
        GIULIA,
        "substack-newsletter-interview-tips",
        "bulk",
        frm=("The Offer Desk", "theofferdesk@substack.com"),
        subject="Five questions to ask at the end of every interview",
        date=dh("2029-03-11 07:30:00", "Europe/Rome"),
        extra=bulk(
            "<theofferdesk.substack.com>", "https://theofferdesk.substack.com/action/disable_email"
        ),
        body="""The Offer Desk - issue #112

This week: what to ask when the interviewer says "any questions for us?"

1. What does success look like in the first 90 days?
2. What's the hardest part of this job that isn't in the description?
3. How does the team disagree?
...

Next Tuesday at 6pm CET I'm running a live Q&A on salary negotiation for paid subscribers.

Unsubscribe: https://theofferdesk.substack.com/action/disable_email
""",
        label=note("Newsletter about interviews, mentions a live session; bulk."),
    )
)

add(
    mail(
        CHIDERA,
        "linkedin-job-alert-product-lagos",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="15 new jobs for 'product manager' in Lagos",
        date=dh("2029-03-04 07:05:00", "Africa/Lagos"),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"),
        body="""Your job alert for product manager in Lagos, Lagos State, Nigeria

Product Manager, Payments - Palmgrove Pay - Lagos (Hybrid) - Actively recruiting
Senior Product Manager - Kolanut Health - Remote - Be an early applicant
Associate Product Manager - Ikeja Mobility - Lagos

See all jobs: https://www.linkedin.com/jobs/search/?alert=1

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/jobs/alerts/unsubscribe
""",
        label=note("LinkedIn job alert."),
    )
)

add(
    mail(
        DESHAWN,
        "indeed-job-alert-credit-analyst",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Credit Analyst jobs in Chicago, IL - 9 new",
        date=dh("2029-03-10 06:00:00", "America/Chicago"),
        extra=bulk("<alert.indeed.com>", "https://www.indeed.com/unsubscribe?jt=8821"),
        body="""9 new jobs match your search: Credit Analyst in Chicago, IL

Credit Analyst II - Lakeshore Savings - Chicago, IL - $78,000 - $92,000 a year - Easily apply
Commercial Credit Analyst - Lakeport Community Bank - Chicago, IL
Portfolio Analyst - Midway Equipment Finance - Oak Brook, IL

View all jobs: https://www.indeed.com/jobs?q=credit+analyst&l=Chicago

Unsubscribe: https://www.indeed.com/unsubscribe?jt=8821
""",
        label=note("Indeed job alert."),
    )
)

S = "2029-03-21 19:00"
add(
    invite(
        TANVIR,
        "eventbrite-webinar-ace-interview-publish",
        "bulk",
        start=S,
        zone="Asia/Dhaka",
        minutes=90,
        summary="Webinar: Ace Your Tech Interview (live, free)",
        organizer=("DevCareers Bangladesh", "events@devcareers-bd.example"),
        prodid="-//Eventbrite//Event Calendar//EN",
        method="PUBLISH",
        location="Online event",
        frm=("Eventbrite", "noreply@order.eventbrite.com"),
        subject="Your ticket for Webinar: Ace Your Tech Interview",
        date=dh("2029-03-14 12:00:00", "Asia/Dhaka"),
        extra=bulk("<order.eventbrite.com>", "https://www.eventbrite.com/unsubscribe"),
        body=f"""You're going to Webinar: Ace Your Tech Interview (live, free)

{d(S, "usy")} · {t12(S)} - {t12(plus(S, 90))} +06

Order #7781245521 - 1 x General Admission (free)

Organized by DevCareers Bangladesh. Add to calendar: the attached invite.

Eventbrite | Unsubscribe: https://www.eventbrite.com/unsubscribe
""",
        label=note("Webinar ticket about interviewing, with a PUBLISH calendar; bulk."),
    )
)

add(
    mail(
        JOOST,
        "wttj-newsletter-interview-stories",
        "bulk",
        frm=("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
        subject="Inside the hiring process at 5 Dutch scale-ups",
        date=dh("2029-04-08 08:00:00", "Europe/Amsterdam"),
        extra=bulk(
            "<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/unsubscribe"
        ),
        body="""This week on Welcome to the Jungle

How Grachtwerk runs its interviews: one take-home, one pairing session, no brainteasers.
"My worst job interview" - readers' stories.
12 companies hiring backend developers in Amsterdam.

Read more: https://www.welcometothejungle.com/en/articles

Unsubscribe: https://www.welcometothejungle.com/unsubscribe
""",
        label=note("Newsletter about hiring processes; bulk."),
    )
)

add(
    mail(
        MORITZ,
        "stepstone-jobagent-data-engineering",
        "bulk",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="Ihr Jobagent: 7 neue Jobs für Data Engineer in Berlin",
        date=dh("2029-03-18 07:15:00", "Europe/Berlin"),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden"),
        body="""Hallo Moritz Feldkamp,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:

Data Engineer (m/w/d) - Spreeloop GmbH - Berlin
Werkstudent Data Engineering (m/w/d) - Havelwerk Energie GmbH - Berlin
Junior Data Engineer (m/w/d) - Kranich Logistik GmbH - Potsdam

Alle Jobs ansehen: https://www.stepstone.de/jobs/data-engineer/in-berlin

Jobagent abbestellen: https://www.stepstone.de/jobagent/abmelden
""",
        label=note("German job alert (bulk)."),
    )
)

add(
    mail(
        MANAIA,
        "careers-list-postdoc-fair",
        "bulk",
        frm=("Careers Service", "careers-news@harbourcapital-uni.example"),
        subject="[careers-news] Early career researchers: interview skills workshop + fair",
        date=dh("2029-03-19 09:00:00", "Pacific/Auckland"),
        extra=[
            ("List-Id", "Careers News <careers-news.harbourcapital-uni.example>"),
            ("List-Unsubscribe", "<mailto:careers-news-leave@harbourcapital-uni.example>"),
            ("Precedence", "list"),
        ],
        body=f"""Kia ora koutou,

- Interview skills for academic jobs: workshop on {d("2029-03-27", "us")}, 12-1pm, Library Level 2
- Careers fair for early career researchers: {d("2029-04-12", "us")}, 10am-3pm, Hub atrium
- Mock interviews: book a slot with a careers adviser through CareerHub

Ngā mihi,
Careers Service
""",
        label=note("University careers mailing list with workshops and mock interviews."),
    )
)

add(
    mail(
        DAKOTA,
        "walk-in-hiring-event-saturday",
        "bulk",
        frm=("Tundra Bay Outfitters Careers", "careers@tundrabay.example"),
        subject="Hiring event this Saturday - on-the-spot interviews!",
        date=dh("2029-04-02 10:00:00", "America/Anchorage"),
        extra=bulk("<careers.tundrabay.example>", "https://careers.tundrabay.example/unsubscribe"),
        body=f"""We're hiring for the summer season!

Join us {d("2029-04-07", "us")}, 10am - 2pm at Tundra Bay Outfitters Dimond Center. Bring your resume - managers will hold on-the-spot interviews for seasonal sales associates and warehouse crew.

No appointment needed.

Unsubscribe: https://careers.tundrabay.example/unsubscribe
""",
        label=note("Mass-mailed walk-in hiring event; no interview booked for the user."),
    )
)

# ============================ Other (look-alikes) ========================================

S = "2029-03-16 20:00"
add(
    invite(
        SEOYEON,
        "podcast-guest-recording-zoom",
        "other",
        start=S,
        zone="Asia/Seoul",
        minutes=60,
        summary="Recording: Gradient Descent podcast - guest interview with Yoon Ha-eun",
        organizer=("Theo Marchetti", "theo@gradientdescentpod.example"),
        attendees=[("Yoon Ha-eun", "haeun.yoon.dev@example.net")],
        prodid=ZOOM,
        location="https://zoom.us/j/77120955431",
        frm=("Theo Marchetti", "theo@gradientdescentpod.example"),
        subject="Podcast interview - recording invite",
        date=dh("2029-03-08 09:00:00", "Asia/Seoul"),
        body=f"""Hi Ha-eun,

Thanks for agreeing to come on the show! Here's the recording slot - {d(S, "us")} at 8pm your time. We'll chat for about 45 minutes about your work on model compression. Headphones recommended; no prep needed.

Theo
Host, Gradient Descent podcast
""",
        label=note(
            "Podcast guest interview (Zoom invite): the user is interviewed, but not for a job."
        ),
    )
)

add(
    mail(
        MARIAM,
        "journalist-interview-request-cairo",
        "other",
        frm=("Laila Fawzy", "laila.fawzy@deltachronicle.example"),
        subject="Interview request - women in pharma regulation",
        date=dh("2029-03-03 13:00:00", "Africa/Cairo"),
        body="""Dear Ms Abdelsalam,

I'm a reporter at the Delta Chronicle working on a feature about women in pharmaceutical regulation in Egypt. Would you be willing to do a 30-minute interview by phone next week? I can be flexible on timing.

Best regards,
Laila Fawzy
""",
        label=note("A journalist asks to interview the user; not a job."),
    )
)

S = "2029-02-21 14:00"
add(
    mail(
        FARIDA,
        "ux-research-user-interview-booked",
        "other",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Rania Haddad", "rania.haddad@souqpay.example"),
        subject=f"Confirmed: SouqPay user interview (45 min) on {d(S, 'usy')}",
        date=dh("2029-02-15 11:00:00", "Asia/Dubai"),
        body=f"""Hi Farida Al-Mansoori,

Your SouqPay user interview (45 min) with Rania Haddad at {t12(S, compact=True)} (Gulf Standard Time) on {d(S, "usy")} is scheduled.

Thank you for taking part in our research study about paying suppliers online. As a thank-you you'll receive a AED 200 voucher after the session.

Location: Zoom (link to follow)

Powered by Calendly.com
""",
        label=note("Paid UX research 'user interview' booked via Calendly; not a job interview."),
    )
)

S = "2029-03-17 09:40"
add(
    mail(
        GRAYSON,
        "school-admissions-interview-child",
        "other",
        frm=("Admissions Office", "admissions@northwestarmacademy.example"),
        subject="Admissions interview for Eliza Whitcombe - Grade 6 entry",
        date=dh("2029-03-05 10:00:00", "America/Halifax"),
        body=f"""Dear Mr. Whitcombe,

Thank you for Eliza's application for Grade 6 entry in September 2029. We are pleased to invite Eliza and a parent to an admissions interview with our Head of Middle School, Ms. Colleen Fairbanks, on {d(S, "usy")} at 9:40 a.m.

Please arrive at the main reception 10 minutes early.

Admissions Office
Northwest Arm Academy
""",
        label=note("School admissions interview for the user's child; not a job interview."),
    )
)

S = "2029-04-24 08:15"
add(
    mail(
        USMAN,
        "consular-visa-interview-islamabad",
        "other",
        frm=("Visa Appointment Service", "no-reply@visa-appointments.example"),
        subject="Appointment Confirmation - Nonimmigrant Visa Interview",
        date=dh("2029-03-29 11:30:00", "Asia/Karachi"),
        body=f"""Appointment Confirmation

Applicant: USMAN QURESHI-BAIG
Visa class: B1/B2
Consular section interview: {d(S, "usy")}, 08:15 AM (Islamabad)
Location: Embassy consular section, Diplomatic Enclave, Ramna 5, Islamabad

Please bring this confirmation, your passport, the DS-160 confirmation page and one photograph. Arrive no more than 15 minutes before your appointment.
""",
        label=note("Consular visa interview appointment; not a job interview."),
    )
)

S = "2029-03-03 11:00"
add(
    invite(
        EERO,
        "flat-viewing-vuokra-helsinki",
        "other",
        start=S,
        zone="Europe/Helsinki",
        minutes=30,
        summary="Flat viewing – Hietalahdenkatu 8 B 21",
        organizer=("Kaisa Lehtovirta", "kaisa.lehtovirta@kotiranta-vuokraus.example"),
        attendees=[("Eero Halonen", "eero.halonen@example.org")],
        prodid=GOOGLE,
        frm=("Kaisa Lehtovirta", "kaisa.lehtovirta@kotiranta-vuokraus.example"),
        subject="Flat viewing Saturday + tenant interview",
        date=dh("2029-02-27 16:00:00", "Europe/Helsinki"),
        body="""Hi Eero,

The viewing for the two-room flat is on Saturday at 11. The landlord would like a short tenant interview at the same time, so please bring proof of income and your credit information (luottotiedot).

Kaisa Lehtovirta
Kotiranta Vuokraus
""",
        label=note("Flat viewing with a 'tenant interview'; not a job."),
    )
)

add(
    mail(
        MANAIA,
        "oral-history-interview-chatham",
        "other",
        frm=("Hinerangi Solomon", "hinerangi.solomon@rekohu-heritage.example"),
        subject="Oral history project - interview with your koro?",
        date=dh("2029-04-09 12:00:00", "Pacific/Chatham"),
        body="""Kia ora Manaia,

The Rēkohu heritage trust is recording oral histories of families on the island. Would your koro be open to an interview about the fishing days? We could come to the house one afternoon next month; it would take about two hours and he'd get a copy of the recording.

Ngā mihi,
Hinerangi
""",
        label=note("Oral-history interview request for a relative; not a job."),
    )
)

S = "2029-03-29 10:00"
add(
    exchange(
        ROISIN,
        "weekly-one-to-one-current-manager",
        "other",
        start=S,
        zone="GMT Standard Time",
        when_zone="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        minutes=30,
        subject="Róisín / Conor weekly 1:1",
        organizer=("Conor Mulcahy", "conor.mulcahy@liffeyinsights.example"),
        attendees=[],
        date=dh("2029-03-23 09:00:00", "Europe/Dublin"),
        text="""Moving our weekly catch-up to Thursdays from next week. Agenda: sprint review, your conference talk, holiday plans.

Conor""",
        label=note("Weekly 1:1 with the user's current manager (Exchange request)."),
    )
)

S = "2029-02-20 16:00"
add(
    gcal(
        KWAME,
        "team-meeting-google-quarterly-review",
        "other",
        start=S,
        zone="Africa/Accra",
        minutes=60,
        summary="Q1 sourcing review - Accra team",
        organizer=("Yaw Darko-Mensah", "yaw.darkomensah@ashanticommodities.example"),
        guests=[("Esi Quaye", "esi.quaye@ashanticommodities.example")],
        date=dh("2029-02-14 15:30:00", "Africa/Accra"),
        note_text="Quarterly review of cocoa sourcing volumes. Please bring the updated supplier scorecard.",
        label=note("Internal work meeting at the user's current employer (Google invite)."),
    )
)

S = "2029-04-03 08:20"
add(
    invite(
        TAYLA,
        "gp-appointment-reminder-brisbane",
        "other",
        start=S,
        zone="Australia/Brisbane",
        minutes=15,
        summary="GP appointment - Dr Neha Varadarajan",
        organizer=("New Farm Family Practice", "bookings@newfarmfamilypractice.example"),
        prodid="-//HotDoc//Appointments//EN",
        method="PUBLISH",
        frm=("New Farm Family Practice", "bookings@newfarmfamilypractice.example"),
        subject="Appointment reminder: Dr Neha Varadarajan",
        date=dh("2029-04-01 18:00:00", "Australia/Brisbane"),
        body=f"""Hi Tayla,

This is a reminder of your appointment with Dr Neha Varadarajan on {d(S, "uk")} at 8:20am.

New Farm Family Practice, 82 Merthyr Rd, New Farm QLD 4005

Reply C to cancel.
""",
        label=note("Doctor's appointment reminder with a calendar; not an interview."),
    )
)

S = "2029-03-31 08:00"
add(
    mail(
        MCKENNA,
        "car-service-booking-denver",
        "other",
        frm=("Front Range Subaru Service", "service@frontrangesubaru.example"),
        subject="Service appointment confirmed",
        date=dh("2029-03-26 12:00:00", "America/Denver"),
        body=f"""Hi McKenna,

Your service appointment is confirmed for {d(S, "us")} at {t12(S)}.

Vehicle: 2022 Subaru Outback
Services: 30,000 mile service, tire rotation
Advisor: Jesse Quintana

Need a ride? Our shuttle covers up to 10 miles.
""",
        label=note("Car service appointment."),
    )
)

add(
    mail(
        DILINI,
        "application-acknowledgement-serendib",
        "other",
        frm=("Serendib Hotels Careers", "no-reply@smartrecruiters.com"),
        subject="Thank you for applying to Serendib Hotels",
        date=dh("2029-02-19 20:00:00", "Asia/Colombo"),
        body="""Dear Dilini,

Thank you for applying for the position of Revenue Analyst at Serendib Hotels. We have received your application and our team will review it carefully. If your profile matches our requirements, we will contact you to arrange an interview.

Kind regards,
Serendib Hotels Talent Team
""",
        label=note("Application acknowledgement; interview only as a possibility."),
    )
)

add(
    mail(
        CHIDERA,
        "hackerrank-assessment-deadline",
        "other",
        frm=("Palmgrove Pay via HackerRank", "no-reply@hackerrank.com"),
        subject="Palmgrove Pay has invited you to a test",
        date=dh("2029-02-24 09:00:00", "Africa/Lagos"),
        body=f"""Hi Chidera,

Palmgrove Pay has invited you to take the 'Product Analytics Assessment' on HackerRank.

Duration: 75 minutes
Complete by: {d("2029-03-01", "usy")} 11:59 PM WAT

Start test: https://www.hackerrank.com/tests/pgpay-pa-2029/login

Good luck!
HackerRank
""",
        label=note("Online assessment with a deadline; not an interview."),
    )
)

S = "2029-03-24 20:00"
add(
    mail(
        GIULIA,
        "friend-dinner-asks-about-job-hunt",
        "other",
        frm=("Benedetta Sala", "benedetta.sala@example.net"),
        subject="dinner saturday?",
        date=dh("2029-03-20 22:14:00", "Europe/Rome"),
        body=f"""Giuli! Saturday 8pm at ours? {d(S, "us")} - Luca is making his famous carbonara. Also I want to hear how the interviews are going, did the Kestrel people get back to you??

Bene
""",
        label=note("Friend's dinner invitation asking about interviews."),
    )
)

S = "2029-03-14 13:00"
add(
    exchange(
        JOOST,
        "user-as-interviewer-panel",
        "other",
        start=S,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        minutes=60,
        subject="Interview panel: candidate Backend Engineer (R. Veldhuizen)",
        organizer=("Anouk Brinkman", "anouk.brinkman@amstelpay.example"),
        attendees=[("Sjoerd Kalf", "sjoerd.kalf@amstelpay.example")],
        date=dh("2029-03-08 11:00:00", "Europe/Amsterdam"),
        text="""Hi Joost and Sjoerd,

You're on the panel for Ruben Veldhuizen's technical interview. Joost, please cover system design; Sjoerd takes coding. Scorecards in the ATS within 24 hours please.

Anouk
Recruiting, AmstelPay""",
        label=note("The user is an interviewer at his current employer, not the candidate."),
    )
)

add(
    mail(
        CONSTANZA,
        "own-thank-you-note-sent-copy",
        "other",
        frm=("Constanza Errázuriz", "constanza.errazuriz@example.com"),
        to="Nate Oduya <nate@pisco-ai.example>",
        subject="Thank you - Head of Growth conversation",
        date=dh("2029-04-07 18:30:00", "America/Santiago"),
        body="""Hi Nate,

Thank you for the time this morning and for the coffee at Altura. I left even more excited about Pisco AI's plans for Chile and Peru. Please give my thanks to Valeria as well.

Best,
Constanza
""",
        label=note("The user's own thank-you note after the interview (a copy in her mailbox)."),
    )
)

S = "2029-03-29 16:00"
add(
    mail(
        LUCIANA,
        "exit-interview-current-employer",
        "other",
        frm=("Recursos Humanos – Estancia Azul", "rrhh@estanciaazul.example"),
        subject="Exit interview before your last day",
        date=dh("2029-03-22 10:00:00", "America/Buenos_Aires"),
        body=f"""Hola Luciana,

As part of your offboarding we'd like to schedule a short exit interview with Carolina Berisso from HR on {d(S, "us")} at 16:00. It's confidential and helps us improve.

Gracias por todo,
RRHH Estancia Azul
""",
        label=note("Exit interview at the employer the user is leaving; not a job interview."),
    )
)

S = "2029-03-01 19:00"
add(
    mail(
        THAO,
        "paid-mock-interview-coach",
        "other",
        frm=("Hannah Vo", "hannah@careerbloom-coaching.example"),
        subject="Your mock interview session is booked",
        date=dh("2029-02-25 09:00:00", "Asia/Ho_Chi_Minh"),
        body=f"""Hi Khuê,

Thanks for your payment. Your 60-minute mock interview (UX design, behavioural + portfolio) is booked for {d(S, "us")} at 7pm Vietnam time. I'll play the hiring manager and send written feedback afterwards.

Hannah Vo
CareerBloom Coaching
""",
        label=note("Paid practice (mock) interview with a coach; not a real job interview."),
    )
)

add(
    mail(
        HARPREET,
        "referee-request-former-colleague",
        "other",
        frm=("Noor Farouk", "noor.farouk@example.org"),
        subject="Would you be a reference for me?",
        date=dh("2029-04-08 20:00:00", "America/Vancouver"),
        body="""Hi Harpreet!

Hope you're well. I'm in the final round at a biotech in Burnaby and they've asked for two references. Would you be OK if I gave your name? They'd probably call sometime next week for 15 minutes.

Thanks so much,
Noor
""",
        label=note("Former colleague asks the user to be a referee for her interview process."),
    )
)

# --- An .ics attachment for a dentist appointment, German -----------------------------------
S = "2029-04-16 08:00"
add(
    invite(
        MORITZ,
        "zahnarzt-termin-erinnerung-ics",
        "other",
        start=S,
        zone="Europe/Berlin",
        minutes=30,
        summary="Zahnarzttermin – Praxis Dr. Uhlenbrock",
        organizer=("Praxis Dr. Uhlenbrock", "termine@praxis-uhlenbrock.example"),
        prodid="-//Doctolib//Termin//DE",
        method="PUBLISH",
        frm=("Praxis Dr. Uhlenbrock", "termine@praxis-uhlenbrock.example"),
        subject="Terminerinnerung: Ihr Termin am 16. April",
        date=dh("2029-04-12 18:00:00", "Europe/Berlin"),
        body=f"""Guten Tag Moritz Feldkamp,

wir erinnern Sie an Ihren Termin zur Kontrolluntersuchung am {de(S)} um {t24(S)} Uhr.

Praxis Dr. Uhlenbrock, Kantstraße 54, 10627 Berlin

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.
""",
        label=note("Dentist appointment reminder in German with an .ics; not an interview."),
    )
)
