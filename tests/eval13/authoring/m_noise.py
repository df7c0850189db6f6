"""Automatic answers (out of office with and without RFC 3834 headers, unmonitored
mailboxes, a bounce) and bulk mail (job alerts, newsletters, digests, webinar promotions)."""

from __future__ import annotations

from .kit import (
    ANDREEA,
    AUTO,
    ISHAAN,
    JARRAH,
    JONINA,
    KIRSTEN,
    MARCUS,
    MIKA,
    NUSRAT,
    PRIYANKA,
    RIN,
    SAOIRSE,
    SHAYLEE,
    WES,
    Msg,
    bulk,
    dh,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Automatic answers ===========================================================================

add(
    mail(
        WES,
        "exchange-automatic-reply-return-date-ironoak",
        "auto_reply",
        frm=("Gideon Mburu", "gideon.mburu@ironoakfreight.example"),
        subject="Automatic reply: Thank you - Pricing Analyst interview",
        date=dh("2032-11-09 17:02:00", "America/Chicago"),
        extra=AUTO,
        body="""Thank you for your email. I am out of the office at a customer conference and will return on Monday, November 15. I will have limited access to email.

For pricing requests please contact pricing-desk@ironoakfreight.example.

Gideon
""",
        label=note(
            "Exchange automatic reply to the user's thank-you; back 15 November.",
            return_date="2032-11-15",
        ),
    )
)

add(
    mail(
        SAOIRSE,
        "gmail-vacation-no-headers-derwent",
        "auto_reply",
        frm=("Caitlin Marsh", "caitlin.marsh@derwentecology.example"),
        subject="Re: Field Ecologist interview - thanks!",
        date=dh("2032-10-27 14:30:00", "Australia/Hobart"),
        body="""Hi, I'm out in the field in the southwest wilderness until early November with no reception. I'll respond when I'm back in the office.

For anything urgent, call the office on 03 6555 0115.

Caitlin
(automatic reply)
""",
        label=note("Vacation responder without RFC 3834 headers; 'early November' is no date."),
    )
)

add(
    mail(
        ISHAAN,
        "unmonitored-mailbox-autoresponse-gangasagar",
        "auto_reply",
        frm=("Gangasagar Steel Careers", "careers-noreply@gangasagarsteel.example"),
        subject="Auto Response: Re: Interview Scheduled: Plant Automation Engineer",
        date=dh("2032-10-09 12:31:00", "Asia/Kolkata"),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        body="""This mailbox is not monitored. Your message has not been delivered to any member of the recruitment team.

To contact us, please use the candidate portal.
""",
        label=note("Unmonitored careers mailbox auto-response to the user's reply."),
    )
)

add(
    mail(
        JONINA,
        "ooo-icelandic-english-return-hvalfjordur",
        "auto_reply",
        frm=("Sigurður Þórarinsson", "sigurdur.thorarinsson@hvalfjordur-seafood.example"),
        subject="Sjálfvirkt svar / Automatic reply: Interview 6 October",
        date=dh("2032-10-02 09:00:00", "Atlantic/Reykjavik"),
        extra=AUTO,
        body="""Ég er í fríi til 5. október. / I am on leave and back in the office on Tuesday 5 October 2032.

Vinsamlegast hafið samband við skrifstofa@hvalfjordur-seafood.example / Please contact the office for urgent matters.
""",
        label=note(
            "Bilingual Icelandic/English out-of-office; back 5 October.", return_date="2032-10-05"
        ),
    )
)

add(
    mail(
        RIN,
        "ooo-japanese-english-kiriyama",
        "auto_reply",
        frm=("Mori Ayumi", "ayumi.mori@kiriyama-precision.example"),
        subject="Out of Office: Re: Interview Scheduled - R-55810",
        date=dh("2032-10-01 08:10:00", "Asia/Tokyo"),
        extra=AUTO,
        body="""大変申し訳ございませんが、10月4日まで不在にしております。
I am out of the office until October 4 and will reply after I return. For urgent matters please contact hr@kiriyama-precision.example.

Mori Ayumi
""",
        label=note(
            "Japanese/English out-of-office; 'until October 4' does not state the return day unambiguously."
        ),
    )
)

_dsn_text = """This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<harriet.osgood@redwillowcapital.example>: host mx.redwillowcapital.example[192.0.2.61] said:
    550 5.1.1 <harriet.osgood@redwillowcapital.example>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
add(
    mail(
        MARCUS,
        "postfix-bounce-mistyped-redwillow-domain",
        "auto_reply",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx1.example.com"),
        to="marcus.abernathyosei@example.net",
        subject="Undelivered Mail Returned to Sender",
        date=dh("2032-09-30 19:44:00", "America/New_York"),
        extra=[("Auto-Submitted", "auto-replied")],
        return_path="",
        body=_dsn_text
        + "\n--- original message ---\nSubject: Thank you for today\n\nHi Harriet, thank you for your time this afternoon...\n",
        label=note("Delivery failure of the user's thank-you note (mistyped domain)."),
    )
)

# === Bulk ========================================================================================

add(
    mail(
        PRIYANKA,
        "linkedin-job-alert-ux-research",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“Principal UX Researcher”: 14 new jobs in San Francisco Bay Area",
        date=dh("2032-10-09 06:15:00", "America/Los_Angeles"),
        extra=bulk(
            "<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe?id=8a2"
        ),
        body="""Your job alert for Principal UX Researcher

Principal UX Researcher - Tidewell Robotics - San Jose, CA (Hybrid)
Staff Researcher, Payments - Ambercourt - San Francisco, CA
Lead Design Researcher - Halcyon Outdoors - Remote

See all jobs: https://www.linkedin.com/jobs/search/?alert=8a2
Unsubscribe: https://www.linkedin.com/jobs/alerts/unsubscribe?id=8a2
""",
        label=note("LinkedIn job alert."),
    )
)

add(
    mail(
        JARRAH,
        "seek-recommended-jobs-fifo",
        "bulk",
        frm=("SEEK", "noreply@s.seek.com.au"),
        subject="Jarrah, 8 new jobs you might like",
        date=dh("2032-10-16 07:00:00", "Australia/Eucla"),
        extra=bulk("<recommendations.seek.com.au>", "https://www.seek.com.au/unsubscribe?u=f17"),
        body="""Recommended for you

Logistics Coordinator (FIFO) - Redbank Minerals - Perth WA
Rail Planner - Goldfields Haulage - Kalgoorlie WA
Maintenance Scheduler - Nullarbor Rail - Port Augusta SA

View all: https://www.seek.com.au/recommended
Unsubscribe: https://www.seek.com.au/unsubscribe?u=f17
""",
        label=note("SEEK recommended-jobs mail naming companies the user interviews with."),
    )
)

add(
    mail(
        NUSRAT,
        "substack-newsletter-interview-season",
        "bulk",
        frm=("The Product Ladder", "theproductladder@substack.com"),
        subject="Interview season: how to prep for a product sense round",
        date=dh("2032-09-19 19:00:00", "Asia/Dhaka"),
        extra=bulk(
            "<theproductladder.substack.com>",
            "https://theproductladder.substack.com/action/disable_email",
        ),
        body="""This week: product sense interviews.

Most candidates fail the product sense round not on ideas but on structure. Here's a 4-step frame, and a mock interview transcript you can practise with...

Upgrade to paid | Unsubscribe https://theproductladder.substack.com/action/disable_email
""",
        label=note("Newsletter about interviews."),
    )
)

add(
    mail(
        KIRSTEN,
        "webinar-promo-ace-your-interview",
        "bulk",
        frm=("Prairie Careers Network", "events@prairiecareers.example"),
        subject="Free webinar Thursday: Ace your next interview (register now)",
        date=dh("2032-10-18 10:00:00", "America/Regina"),
        extra=bulk(
            "<events.prairiecareers.example>", "https://prairiecareers.example/unsubscribe?e=kyh"
        ),
        body="""Join career coach Dana Whitehorse this Thursday, October 21 at 7:00 PM CST for a free 60-minute webinar: Ace Your Next Interview.

- Answering "tell me about yourself"
- Salary questions
- Live Q&A

Register: https://prairiecareers.example/webinars/ace-your-interview
Unsubscribe: https://prairiecareers.example/unsubscribe?e=kyh
""",
        label=note("Webinar promotion about interviews (bulk)."),
    )
)

add(
    mail(
        ANDREEA,
        "glassdoor-company-reviews-digest",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="New interview reviews at Carpathia Cloud",
        date=dh("2032-10-08 08:30:00", "Europe/Bucharest"),
        extra=bulk("<community.glassdoor.com>", "https://www.glassdoor.com/unsubscribe?u=c4e"),
        body="""See what candidates said about interviewing at Carpathia Cloud

"Two rounds: technical with the platform lead, then a values chat. Took two weeks." - DevOps Engineer candidate, Bucharest

Read 6 new interview reviews: https://www.glassdoor.com/Interview/carpathia-cloud
Unsubscribe: https://www.glassdoor.com/unsubscribe?u=c4e
""",
        label=note(
            "Glassdoor digest of interview reviews at a company the user is interviewing with."
        ),
    )
)

add(
    mail(
        MIKA,
        "indeed-application-tips-bulk",
        "bulk",
        frm=("Indeed", "donotreply@indeed.com"),
        subject="3 tips before your next interview",
        date=dh("2032-09-26 09:00:00", "Asia/Manila"),
        extra=bulk("<marketing.indeed.com>", "https://www.indeed.com/unsubscribe?t=6b0"),
        body="""Hi Mika,

Got an interview coming up? Here's how to stand out:
1. Research the company
2. Prepare your STAR stories
3. Send a thank-you note

Find jobs: https://www.indeed.com
Unsubscribe: https://www.indeed.com/unsubscribe?t=6b0
""",
        label=note("Marketing mail with interview tips."),
    )
)

add(
    mail(
        SHAYLEE,
        "mailchimp-alumni-newsletter-hiring",
        "bulk",
        frm=("Front Range Women in Ops", "hello@frwomeninops.example"),
        sender="Front Range Women in Ops <frwio=frwomeninops.example@mail220.us4.mcsv.net.example>",
        subject="October meetup recap + who's hiring",
        date=dh("2032-10-14 12:00:00", "America/Denver"),
        extra=bulk(
            "<a7c31.list-id.list-manage.com>",
            "https://frwomeninops.us4.list-manage.com/unsubscribe?u=a7c31",
        ),
        body="""Hi Shaylee,

Thanks to everyone who came to the October meetup! Slides are up on the website.

Who's hiring this month:
- Ridgeline Health - Nursing Informatics Analyst
- Mesa Verde Solar - Project Coordinator

Next meetup: Thursday, November 18, 6pm at Snowline Diner.

Unsubscribe: https://frwomeninops.us4.list-manage.com/unsubscribe?u=a7c31
""",
        label=note("Mailchimp community newsletter listing openings and a meetup."),
    )
)
