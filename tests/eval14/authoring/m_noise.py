"""Automatic answers, bulk mail and other mail around a job search that is not an interview."""

from __future__ import annotations

from .kit import (
    ARONUI,
    AUTO,
    DESHAWN,
    DESPINA,
    GARRETT,
    ILKNUR,
    JALEESA,
    JORIS,
    KEELY,
    MEERA,
    MYROSLAVA,
    NIZHONI,
    NOAM,
    OSWIN,
    TAHLIA,
    THIRI,
    XIMENA,
    YUTING,
    ats,
    bulk,
    d,
    dh,
    mail,
    note,
    pm,
    quoted,
)

MESSAGES = [
    # --- automatic answers -----------------------------------------------------------------
    mail(
        OSWIN,
        "ooo-rfc3834-back-monday",
        "auto_reply",
        frm=("Bryony Catterall", "bryony.catterall@fenwickdrayton.example"),
        subject="Out of Office: Re: Credit Risk Analyst - thank you",
        date=dh("2033-04-01 17:05", "Europe/London"),
        body=f"""Thank you for your email. I'm on annual leave and will be back in the office on
{d("2033-04-11", "uk")}. For anything urgent please contact talent@fenwickdrayton.example.

Bryony
""",
        extra=AUTO,
        label=note("Out-of-office with RFC 3834 headers.", return_date="2033-04-11"),
    ),
    mail(
        MEERA,
        "automatic-reply-back-next-week-no-date",
        "auto_reply",
        frm=("Colleen Ashdown", "colleen.ashdown@tidewrack-games.example"),
        subject="Automatic reply: Producer offer questions",
        date=dh("2033-04-06 09:01", "America/Vancouver"),
        body="""Hi there, I'm away at GDC this week with limited access to email and will respond
when I'm back next week. For urgent matters, please reach out to people@tidewrack-games.example.

Colleen
""",
        extra=[("X-MS-Exchange-Inbox-Rules-Loop", "colleen.ashdown@tidewrack-games.example")],
        label=note("Exchange automatic reply without Auto-Submitted; no exact return date."),
    ),
    mail(
        ILKNUR,
        "unmonitored-mailbox-auto-answer",
        "auto_reply",
        frm=("Boğaziçi Holding Careers", "noreply-careers@bogazici-holding.example"),
        subject="Re: Treasury Manager - documents",
        date=dh("2033-04-09 11:00", "Europe/Istanbul"),
        body="""This mailbox is not monitored. Your message has not been read.

If you are a candidate, please use the candidate portal to upload documents or contact your
recruiter directly.
""",
        extra=AUTO,
        label=note("Automatic answer from an unmonitored address."),
    ),
    mail(
        NIZHONI,
        "parental-leave-ooo-return-july",
        "auto_reply",
        frm=("Renee Castaneda", "renee.castaneda@sunroot-solar.example"),
        subject="Automatic reply: Thank you for Thursday",
        date=dh("2033-04-08 10:00", "America/Phoenix"),
        body=f"""Hello! I'm on parental leave and returning on {d("2033-07-05", "usy")}. Messages
are not being forwarded. For install crew questions contact ops@sunroot-solar.example.
""",
        extra=AUTO,
        label=note("Long leave, return date stated.", return_date="2033-07-05"),
    ),
    mail(
        JALEESA,
        "helpdesk-ticket-acknowledgement",
        "auto_reply",
        frm=("Arafura Water Careers Support", "support@arafurawater.example"),
        subject="[Ticket #48213] We've received your message",
        date=dh("2033-03-26 08:02", "Australia/Darwin"),
        body="""Hi Jaleesa,

Thanks for contacting Arafura Water Careers. This is an automatic confirmation that we've
received your request (ticket #48213). A member of our team will reply within two business
days.

Arafura Water Careers Support
""",
        extra=[*AUTO, ("X-Autoreply", "yes")],
        label=note("Helpdesk auto-acknowledgement of the user's question."),
    ),
    mail(
        DESPINA,
        "exchange-ndr-undeliverable-thank-you",
        "auto_reply",
        frm=("Microsoft Outlook", "postmaster@aigaion-shipping.example"),
        subject="Undeliverable: Thank you for today",
        date=dh("2033-03-24 18:31", "Europe/Athens"),
        body="""Your message to s.lemonidis@aigaion-shipp1ng.example couldn't be delivered.

aigaion-shipp1ng.example wasn't found at the destination. Check the address for typos.

Diagnostic information for administrators:
Remote server returned '550 5.4.310 DNS domain aigaion-shipp1ng.example does not exist'
""",
        extra=[("Auto-Submitted", "auto-replied")],
        label=note("Non-delivery report for the user's own mistyped thank-you note."),
    ),
    mail(
        YUTING,
        "bilingual-ooo-qingming-return",
        "auto_reply",
        frm=("Lai Mei-ling", "meiling.lai@formosa-chip.example"),
        subject="自動回覆 / Automatic reply: onsite follow-up",
        date=dh("2033-04-01 09:00", "Asia/Taipei"),
        body="""您好，我於清明連假期間休假，將於 2033/04/06 返回辦公室。

Hello, I am on leave for the Qingming holiday and will be back in the office on
2033-04-06. For urgent matters please contact recruiting@formosa-chip.example.

Lai Mei-ling
""",
        extra=AUTO,
        label=note("Chinese/English out-of-office, year-first date.", return_date="2033-04-06"),
    ),
    # --- bulk --------------------------------------------------------------------------------
    ats(
        TAHLIA,
        "jora-job-alert-perth",
        "bulk",
        frm=("Jora Job Alerts", "alerts@jora.com"),
        subject="14 new Data Analyst jobs in Perth WA",
        date=dh("2033-04-11 06:30", "Australia/Perth"),
        body="""New jobs matching "Data Analyst" in Perth WA:

Data Analyst - Swan River Health (Perth)
Reporting Analyst - Fremantle Ports Authority (Fremantle)
BI Analyst - Karri Logistics (Welshpool)

See all 14 jobs: https://au.jora.com/Data-Analyst-jobs-in-Perth-WA

Unsubscribe from this alert
""",
        label=note("Job alert."),
        extra=bulk("<alerts.jora.com>", "https://au.jora.com/unsubscribe/t7"),
    ),
    ats(
        DESHAWN,
        "newsletter-five-questions-end-of-interview",
        "bulk",
        frm=("The Offer Letter", "theofferletter@mail.beehiiv.com"),
        subject="5 questions to ask at the end of every interview",
        date=dh("2033-03-20 07:00", "America/New_York"),
        body="""Issue #112

This week: the five questions that make interviewers remember you, a hiring manager on
why "tell me about yourself" still matters, and the salary-negotiation script readers keep
asking for.

1. What would success look like in the first 90 days?
2. What's the hardest part of this role?
...

Read online | Unsubscribe
""",
        label=note("Interview-themed newsletter."),
        extra=bulk("<theofferletter.beehiiv.com>", "https://mail.beehiiv.com/unsubscribe/x9"),
    ),
    ats(
        GARRETT,
        "builtin-denver-jobs-digest",
        "bulk",
        frm=("Built In Colorado", "newsletter@builtin.com"),
        subject="This week's top Colorado tech jobs",
        date=dh("2033-03-15 06:00", "America/Denver"),
        body="""Top tech jobs in Colorado this week

Senior Platform Engineer - Flatiron Cloud (Denver)
SRE II - Mesa Payments (Boulder)
Staff Backend Engineer - Aspenleaf Health (Remote, CO)

Browse all jobs: https://builtin.com/jobs/colorado

Manage preferences | Unsubscribe
""",
        label=note("Job digest."),
        extra=bulk("<newsletter.builtin.com>", "https://builtin.com/unsubscribe/gl4"),
    ),
    ats(
        NIZHONI,
        "handshake-career-fair-promotion",
        "bulk",
        frm=("Handshake", "no-reply@joinhandshake.com"),
        subject="Meet 80+ employers at the Spring Virtual Career Fair",
        date=dh("2033-03-09 09:00", "America/Phoenix"),
        body=f"""Don't miss it: the Spring Virtual Career Fair is on {d("2033-03-24", "us")},
10 AM - 3 PM (Arizona time). Sign up for 1:1 and group sessions with recruiters from energy,
construction and tech employers.

Register now: https://app.joinhandshake.com/career_fairs/51722

You're receiving this because you're a Handshake alum member. Unsubscribe
""",
        label=note("Career fair promotion: bulk, not an interview."),
        extra=bulk("<events.joinhandshake.com>", "https://app.joinhandshake.com/unsubscribe/q2"),
    ),
    ats(
        KEELY,
        "mailchimp-webinar-ace-panel-interview",
        "bulk",
        frm=("Coral Cove Recruitment", "news@coralcove-recruitment.example"),
        subject="Free webinar: how to ace a panel interview",
        date=dh("2033-03-28 12:00", "Australia/Brisbane"),
        body=f"""Hi Keely,

Panel interviews can be daunting. Join our senior consultants for a free 45-minute webinar
on {d("2033-04-07", "uk")} at 12:30pm AEST: what panels look for, how to handle the
silent member, and how to follow up.

Save your seat: https://coralcove.us5.list-manage.com/track/click?u=3f1&id=9c2

Unsubscribe | Update preferences
""",
        label=note("Webinar promotion about interviews: bulk."),
        extra=bulk(
            "<coralcove.list-manage.com>", "https://coralcove.us5.list-manage.com/unsubscribe"
        ),
    ),
    ats(
        ARONUI,
        "wellfound-startups-hiring",
        "bulk",
        frm=("Wellfound", "team@hi.wellfound.com"),
        subject="Aronui, 6 startups want to meet you",
        date=dh("2033-04-06 07:00", "Pacific/Auckland"),
        body="""Startups hiring for Customer Success in Auckland and remote:

Tūī Payments - Customer Success Manager
Harakeke AI - Solutions Lead
Kererū Health - Onboarding Specialist

Express interest: https://wellfound.com/jobs

Unsubscribe
""",
        label=note("Marketplace digest."),
        extra=bulk("<digest.wellfound.com>", "https://wellfound.com/unsubscribe/ar8"),
    ),
    ats(
        MYROSLAVA,
        "calendly-product-newsletter-interview-scheduling",
        "bulk",
        frm=("Calendly", "newsletter@calendly.com"),
        subject="New: round-robin interview scheduling for hiring teams",
        date=dh("2033-04-12 15:00", "Europe/Kyiv"),
        body="""What's new in Calendly this month

Hiring teams can now route candidate interviews across panels automatically, add buffer
times between interviews, and sync with your ATS.

See what's new: https://calendly.com/blog/whats-new

You're receiving this because you have a Calendly account. Unsubscribe
""",
        label=note("Product newsletter that talks about interviews."),
        extra=bulk("<newsletter.calendly.com>", "https://calendly.com/unsubscribe/mt3"),
    ),
    ats(
        OSWIN,
        "reed-job-alert-london",
        "bulk",
        frm=("reed.co.uk", "jobalerts@reed.co.uk"),
        subject="Your job alert: Risk Analyst, London - 23 new jobs",
        date=dh("2033-03-29 06:15", "Europe/London"),
        body="""23 new jobs match your alert "Risk Analyst" in London:

Credit Risk Analyst - Lombard Row Bank - £55,000 - £65,000
Market Risk Analyst - Gresham Capital - £60,000
Risk Reporting Analyst - Threadneedle Mutual - £48,000

View all jobs: https://www.reed.co.uk/jobs/risk-analyst-jobs-in-london

Manage your alerts | Unsubscribe
""",
        label=note("Job alert."),
        extra=bulk("<jobalerts.reed.co.uk>", "https://www.reed.co.uk/unsubscribe/o1"),
    ),
    # --- other -------------------------------------------------------------------------------
    pm(
        JORIS,
        "informational-coffee-user-asked-for",
        "other",
        frm=("Sanne Verbeek", "sanne.verbeek@polderlab.example"),
        subject="Re: Coffee and some advice?",
        date=dh("2033-03-22 12:40", "Europe/Amsterdam"),
        body="""Hi Joris,

Of course, happy to! We don't have any research roles open at the moment, but I'm glad to
tell you how I moved into UX research. Thursday at 8:30 at Lot Sixty One works for me.

Sanne
"""
        + quoted(
            "2033-03-21 21:10",
            "Europe/Amsterdam",
            "Joris van Hemelrijck <joris.vanhemelrijck@example.org>",
            "Hi Sanne, we met at the Mirror Meetup - would you have time for a coffee? I'd love "
            "some advice on moving into research.",
        ),
        label=note(
            "Informational coffee the user asked for; no role, not an interview.",
            company="Polderlab",
        ),
    ),
    ats(
        THIRI,
        "career-fair-registration-confirmed",
        "other",
        frm=("Yangon Careers Expo", "register@yangon-careers-expo.example"),
        subject="Registration confirmed: Yangon Careers Expo 2033",
        date=dh("2033-03-10 10:00", "Asia/Yangon"),
        body=f"""Dear Thiri Aung Kyaw,

Your registration for the Yangon Careers Expo is confirmed.

Date: {d("2033-03-19", "usy")}
Time: 9:00 AM - 5:00 PM
Venue: Myanmar Event Park, Hall B

Show the QR code below at the entrance. Over 60 employers will be exhibiting.
""",
        label=note("Career fair registration: not an interview."),
    ),
    pm(
        ILKNUR,
        "referee-call-for-former-colleague",
        "other",
        frm=("Jasper Lindgaard", "jasper.lindgaard@nordsund-bank.example"),
        subject="Reference for Emre Kaplan",
        date=dh("2033-03-16 10:30", "Europe/Istanbul"),
        body=f"""Dear Ms Sarıkaya-Demirel,

Emre Kaplan has applied for a Treasury Analyst role with us and named you as a referee. Could
I call you on {d("2033-03-17", "uk")} at 15:00 Istanbul time for about 15 minutes?

Kind regards,
Jasper Lindgaard
Head of Treasury, Nordsund Bank
""",
        label=note("The user is a referee for someone else: a call, but not the user's interview."),
    ),
    ats(
        MEERA,
        "background-check-consent-certn",
        "other",
        frm=("Certn", "no-reply@certn.example"),
        subject="Tidewrack Games has requested a background check",
        date=dh("2033-04-07 10:00", "America/Vancouver"),
        body="""Hi Meera,

Tidewrack Games has requested a background check as part of your hiring process. Please
complete your information and consent within 3 days:

https://app.certn.example/applicant/twg-7721
""",
        label=note("Background check after the offer.", company="Tidewrack Games"),
    ),
    pm(
        NOAM,
        "friend-asks-how-it-went",
        "other",
        frm=("Yael Peretz", "yael.peretz@example.com"),
        subject="so??",
        date=dh("2033-03-27 19:02", "Asia/Jerusalem"),
        body="""Hey! How did the interview go this morning?? Did you meet the VP? Call me when
you can, I want details 😄

Y
""",
        label=note("A friend asks about a past interview."),
    ),
    ats(
        XIMENA,
        "mentoring-session-booked-adplist-style",
        "other",
        frm=("MentorLoop MX", "sessions@mentorloop-mx.example"),
        subject="Your mentoring session with Daniela Ruiz is confirmed",
        date=dh("2033-03-08 18:00", "America/Mexico_City"),
        body=f"""Hi Ximena,

Your free mentoring session is booked:

Mentor: Daniela Ruiz, Senior UX Designer
When: {d("2033-03-12", "us")}, 11:00 AM (Mexico City)
Topic: Portfolio review

This is a mentoring session, not a job interview. Be on time and bring questions!
""",
        label=note("Mentoring session booked by the user: not an interview."),
    ),
    pm(
        KEELY,
        "apartment-viewing-saturday",
        "other",
        frm=("Jodie Castellano", "jodie@rivercityrealty.example"),
        subject="Inspection confirmed - 14/220 Brunswick St",
        date=dh("2033-04-14 09:10", "Australia/Brisbane"),
        body="""Hi Keely,

Confirming your private inspection of 14/220 Brunswick St, New Farm this Saturday at
10:15am. I'll meet you at the front gate. Please bring ID.

Jodie Castellano
River City Realty
""",
        label=note("Rental inspection: not an interview."),
    ),
]
