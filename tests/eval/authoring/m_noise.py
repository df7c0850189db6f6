"""Auto-replies, bounces, bulk mail and other mail: the negative traps."""

from __future__ import annotations

from .common import (
    AARAV,
    CHLOE,
    DEVON,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    SAM,
    Msg,
    User,
    attendee,
    build,
    headers,
    html_page,
    mid,
    note,
    paras,
    personal,
    vcal,
    vevent,
    vtz_iana,
)
from .m_interviews_b import _outlook
from .mime import Part, addr, cal, html, multi, text

MESSAGES: list[Msg] = []


def _bulk(
    user: User,
    slug: str,
    *,
    frm: tuple[str, str],
    subject: str,
    date: str,
    body: str,
    notes: str,
    list_id: str | None = None,
    precedence: str | None = "bulk",
    html_only: bool = False,
    extra_parts: list[Part] | None = None,
    kind: str = "bulk",
) -> Msg:
    """Marketing or list mail sent through an ESP, with unsubscribe headers."""
    domain = frm[1].split("@")[1]
    extra = [
        (
            "List-Unsubscribe",
            f"<https://email.{domain}/unsub?u=8842f1&id=3c9a>, <mailto:unsubscribe@{domain}?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Feedback-ID", f"campaign-2026-03:{domain}:esp"),
    ]
    if list_id:
        extra.append(("List-Id", list_id))
    if precedence:
        extra.append(("Precedence", precedence))
    hdrs = headers(
        user,
        frm=addr(*frm),
        subject=subject,
        date=date,
        msgid=mid(slug, f"email.{domain}"),
        helo=f"mta-07.email.{domain}",
        ip="198.51.100.200",
        extra=extra,
        return_path=f"bounce-3c9a-8842f1@email.{domain}",
    )
    rich = html(html_page(paras(body)))
    if html_only:
        part: Part = rich
    else:
        part = multi("alternative", f"=_esp_{slug[:10]}", text(body), rich)
    if extra_parts:
        part = multi("mixed", f"=_mix_{slug[:10]}", part, *extra_parts)
    return Msg(slug, kind, user, build(hdrs, part), note(notes))


# ===================================== auto replies ======================================

MESSAGES.append(
    personal(
        JORDAN,
        "out-of-office-rfc3834-return-date",
        "auto_reply",
        frm=("Sarah Kowalczyk", "sarah.kowalczyk@acme-robotics.example"),
        subject="Out of Office: Thank you - Jordan Lee",
        date="Tue, 10 Mar 2026 08:01:12 -0400",
        in_reply_to="<jl-thanks-0310@example.net>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text_only=True,
        body="""Thank you for your email. I'm out of the office until Monday, March 16 with limited access to email.

For anything urgent regarding interviews, please contact Dana Whitfield (dana.whitfield@acme-robotics.example).

Sarah
""",
        label=note(
            "RFC 3834 Auto-Submitted out-of-office with a return date and interview words.",
            return_date="2026-03-16",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "outlook-automatic-reply-no-headers",
        "auto_reply",
        frm=("Callum Reid", "callum.reid@harbourline-insurance.example"),
        subject="Automatic reply: Thank you for today",
        date="Thu, 02 Apr 2026 15:30:02 +0100",
        mailer="outlook",
        in_reply_to="<pr-thanks-0402@example.com>",
        body="""I am currently on annual leave, returning on Tuesday 7 April. I will have no access to email during this time.

For urgent matters please contact pricing-team@harbourline-insurance.example.

Callum
""",
        label=note(
            "Out-of-office without any RFC 3834 or vendor headers: only the subject and wording say so.",
            return_date="2026-04-07",
        ),
    )
)

MESSAGES.append(
    personal(
        MEI,
        "out-of-office-no-return-date",
        "auto_reply",
        frm=("Ingrid Solberg", "ingrid.solberg@lumenhealth.example"),
        subject="Auto: Thanks for the onsite",
        date="Wed, 18 Mar 2026 09:00:40 -0700",
        in_reply_to="<mc-thanks-0318@example.net>",
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
        ],
        text_only=True,
        body="""Hi there,

I'm currently out of the office with limited access to email and will respond as soon as I can.

Ingrid
""",
        label=note("OOO without a return date; X-Autoreply and Precedence: auto_reply."),
    )
)

_orig = """From: Jordan Lee <jordan.lee@example.net>
To: Whitney Castellanos <w.castellanos@granite-mutual.example>
Subject: Thank you - Data Engineering Lead interview
Date: Tue, 10 Mar 2026 16:05:00 -0400
Message-ID: <jl-thanks-0310b@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi Whitney,

Thank you for taking the time to speak with me today about the Data Engineering Lead role.

Best,
Jordan
"""
_dsn = """Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 4XkQ2m1ZyQz9sWb
Arrival-Date: Tue, 10 Mar 2026 16:05:01 -0400 (EDT)

Final-Recipient: rfc822; w.castellanos@granite-mutual.example
Original-Recipient: rfc822;w.castellanos@granite-mutual.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.granite-mutual.example
Diagnostic-Code: smtp; 550 5.1.1 <w.castellanos@granite-mutual.example>: Recipient address rejected: User unknown
"""
_notice = """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<w.castellanos@granite-mutual.example>: host mx.granite-mutual.example[203.0.113.9] said:
    550 5.1.1 <w.castellanos@granite-mutual.example>: Recipient address rejected: User unknown
"""
MESSAGES.append(
    Msg(
        "bounce-dsn-thank-you",
        "auto_reply",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm="MAILER-DAEMON@mx1.example.net (Mail Delivery System)",
                subject="Undelivered Mail Returned to Sender",
                date="Tue, 10 Mar 2026 16:05:02 -0400",
                msgid="<20260310200502.4XkQ2m1ZyQz9sWc@mx1.example.net>",
                to="jordan.lee@example.net",
                helo="localhost",
                ip="127.0.0.1",
                return_path="",
                extra=[("Auto-Submitted", "auto-replied")],
            ),
            multi(
                "report",
                "4XkQ2m1ZyQz9sWc.1773173102/mx1.example.net",
                Part(
                    [
                        ("Content-Description", "Notification"),
                        ("Content-Type", "text/plain; charset=us-ascii"),
                    ],
                    _notice.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Delivery report"),
                        ("Content-Type", "message/delivery-status"),
                    ],
                    _dsn.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Undelivered Message"),
                        ("Content-Type", "message/rfc822"),
                    ],
                    _orig.encode(),
                ),
                params="report-type=delivery-status",
                preamble="This is a MIME-encapsulated message.",
            ),
        ),
        note(
            "Postfix DSN (multipart/report) for the user's thank-you note; the returned message mentions an interview."
        ),
    )
)

_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART;TZID=America/Los_Angeles:20260317T100000",
            "DTEND;TZID=America/Los_Angeles:20260317T104500",
            "DTSTAMP:20260311T170000Z",
            "ORGANIZER;CN=Mei Chen:mailto:mei.chen@example.net",
            "UID:3h8k2m9q1w4e7r0t5y6u8i2o1p@google.com",
            attendee("Ray Chen", "ray.chen@old-isp.example", google=True),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Lumen Health onsite (Mei) - please keep the morning free",
        )
    ],
    tz=[vtz_iana("America/Los_Angeles")],
)
_orig = (
    "From: Mei Chen <mei.chen@example.net>\nTo: ray.chen@old-isp.example\n"
    "Subject: Invitation: Lumen Health onsite (Mei) - please keep the morning free @ Tue Mar 17, 2026 10am - 10:45am (PDT)\n"
    "Date: Wed, 11 Mar 2026 10:00:00 -0700\nMessage-ID: <mc-fwd-invite@example.net>\nMIME-Version: 1.0\n"
    'Content-Type: multipart/alternative; boundary="inner-b1"\n\n--inner-b1\n'
    'Content-Type: text/plain; charset="UTF-8"\n\nYou have been invited to the following event.\n'
    "Tuesday Mar 17, 2026 10am - 10:45am (Pacific Time - Los Angeles)\n\n--inner-b1\n"
    'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\n\n'
)
_orig_bytes = _orig.encode() + cal(_ics).body.replace(b"\r\n", b"\n") + b"\n--inner-b1--\n"
MESSAGES.append(
    Msg(
        "bounce-carrying-calendar-request",
        "auto_reply",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Mail Delivery Subsystem", "mailer-daemon@mx1.example.net"),
                subject="Delivery Status Notification (Failure)",
                date="Wed, 11 Mar 2026 10:00:07 -0700",
                msgid="<mx1-dsn-20260311170007@mx1.example.net>",
                to="mei.chen@example.net",
                helo="localhost",
                ip="127.0.0.1",
                return_path="",
            ),
            multi(
                "report",
                "dsn-boundary-77a1",
                text(
                    "** Address not found **\n\nYour message wasn't delivered to ray.chen@old-isp.example because the address couldn't be found.\n",
                    charset="us-ascii",
                    cte="7bit",
                ),
                Part(
                    [("Content-Type", "message/delivery-status")],
                    b"Reporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; ray.chen@old-isp.example\n"
                    b"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user\n",
                ),
                Part([("Content-Type", "message/rfc822")], _orig_bytes),
                params="report-type=delivery-status",
            ),
        ),
        note(
            "A bounce whose returned message carries a calendar REQUEST for an interview-ish event: still a bounce."
        ),
    )
)

MESSAGES.append(
    personal(
        AARAV,
        "mailbox-not-monitored",
        "auto_reply",
        frm=("Vistaar Talent Acquisition", "ta@vistaar-fintech.example"),
        subject="Re: Query about Round 2 venue",
        date="Wed, 25 Mar 2026 10:02:00 +0530",
        in_reply_to="<as-query-0325@example.com>",
        extra=[("Auto-Submitted", "auto-generated")],
        text_only=True,
        body="""This is an automated response. This mailbox is not monitored.

For queries about your interview schedule, please reply to the recruiter who contacted you.

Vistaar Fintech Talent Acquisition
""",
        label=note("Automated 'mailbox not monitored' answer; mentions the interview schedule."),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "gmail-vacation-mentions-interviews",
        "auto_reply",
        frm=("Dragana Petrović", "dragana.petrovic@nordwerk-energie.example"),
        subject="Abwesenheitsnotiz / Out of office: Re: Interview Lukas Becker / Senior DevOps Engineer",
        date="Mon, 16 Mar 2026 07:55:10 +0100",
        in_reply_to="<lb-q-0316@example.org>",
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Hi,

I'm on parental leave until 6 April. Interviews already booked for this week will go ahead as planned with my colleague Jonas Albrecht. For interview scheduling, please contact recruiting@nordwerk-energie.example.

Dragana
""",
        label=note(
            "Vacation responder that talks about booked interviews without a time.",
            return_date="2026-04-06",
        ),
    )
)

# ========================================= bulk ==========================================

MESSAGES.append(
    _bulk(
        JORDAN,
        "newsletter-interview-tips",
        frm=("The Career Compass", "hello@careercompass.example"),
        subject="5 interview mistakes that cost you the offer (and a live Q&A Tuesday)",
        date="Sat, 14 Mar 2026 07:00:00 -0400",
        body="""THE CAREER COMPASS - Issue #112

1. Not researching your interviewer. Before your interview on Tuesday at 2pm, spend 10 minutes on their background.
2. Rambling. Use STAR answers: Situation, Task, Action, Result.
3. Forgetting the thank-you note. Send it within 24 hours.
4. Not asking questions.
5. Negotiating too early.

LIVE Q&A: Join our coaches on Tuesday, March 17 at 1pm ET - "Your interview questions, answered".
Save your seat: https://careercompass.example/live

You're receiving this because you subscribed at careercompass.example.
Unsubscribe: https://careercompass.example/unsub
""",
        notes="Newsletter about interviews with a concrete weekday and time; List-Unsubscribe and Precedence: bulk.",
    )
)

MESSAGES.append(
    _bulk(
        PRIYA,
        "linkedin-job-alert",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="30+ new jobs for 'data analyst' in London",
        date="Mon, 09 Mar 2026 06:12:00 +0000",
        precedence=None,
        html_only=True,
        body="""Your job alert for data analyst in London, England, United Kingdom

Data Analyst - Northwind Analytics - London (Hybrid) - Actively recruiting
Senior Data Analyst - Meridian Pharma - Manchester - Be an early applicant
Insights Analyst - Kingfisher Retail Group - London - 2 connections work here

Easy Apply | Interview prep: practise common questions with AI

See all jobs: https://www.linkedin.com/jobs/search/?keywords=data%20analyst

This email was intended for Priya Raman. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
        notes="Job alert, HTML only, List-Unsubscribe but no Precedence header.",
    )
)

MESSAGES.append(
    _bulk(
        DEVON,
        "indeed-job-alert",
        frm=("Indeed", "alert@indeed.com"),
        subject="Financial Analyst jobs in Chicago, IL - 14 new",
        date="Tue, 17 Mar 2026 05:30:00 -0500",
        body="""New jobs matching your search: Financial Analyst in Chicago, IL

Senior Financial Analyst - Lakeshore Credit Union - Chicago, IL - $95,000 - $110,000 a year
FP&A Analyst - Copperline Energy - Chicago, IL - Easily apply
Financial Analyst II - Globex Freight - Remote - Hiring multiple candidates, interviewing now

View all: https://www.indeed.com/jobs?q=financial+analyst&l=Chicago%2C+IL
""",
        notes="Job alert mentioning 'interviewing now'.",
    )
)

_ics = vcal(
    "-//EventCast//Webinar 3.1//EN",
    "REQUEST",
    [
        vevent(
            "UID:webinar-55120-lukas.becker@eventcast.example",
            "DTSTAMP:20260316T090000Z",
            "DTSTART;TZID=Europe/Berlin:20260326T170000",
            "DTEND;TZID=Europe/Berlin:20260326T180000",
            "SUMMARY:Live webinar: Acing the System Design Interview",
            "DESCRIPTION:Join senior engineers for a live walk-through of a system design interview.\\nhttps://eventcast.example/w/55120",
            "ORGANIZER;CN=EventCast Webinars:mailto:webinars@eventcast.example",
            attendee("Lukas Becker", "lukas.becker@example.org"),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        )
    ],
    tz=[vtz_iana("Europe/Berlin")],
)
MESSAGES.append(
    _bulk(
        LUKAS,
        "webinar-invite-with-ics",
        frm=("EventCast Webinars", "webinars@eventcast.example"),
        subject="You're registered: Acing the System Design Interview (Thu 26 March)",
        date="Mon, 16 Mar 2026 10:00:00 +0100",
        body="""Hi Lukas,

You're registered for our live webinar "Acing the System Design Interview".

When: Thursday, 26 March 2026, 17:00 CET
Hosts: Priyanka Iyer and Tobias Engel

Add the attached invitation to your calendar. The join link will be sent one hour before.

Manage your email preferences: https://eventcast.example/prefs
""",
        extra_parts=[cal(_ics, method="REQUEST", filename="webinar.ics", cte="base64")],
        notes="Webinar registration with a REQUEST ICS, interview in the title, named hosts: bulk, not an interview.",
    )
)

MESSAGES.append(
    _bulk(
        MEI,
        "podcast-ceo-interview",
        frm=("Launchpad Weekly", "newsletter@launchpadweekly.example"),
        subject="New episode: our interview with Lumen Health's CEO",
        date="Thu, 19 Mar 2026 08:00:00 -0700",
        body="""LAUNCHPAD WEEKLY PODCAST

Episode 88: An interview with Dr. Renata Silva, CEO of Lumen Health

We sat down with Renata to talk about hiring in healthtech, remote onsites and what she looks for in a final-round interview.

Listen now: https://launchpadweekly.example/ep88
Live recording of episode 89: Wednesday, March 25 at 6pm PT.

Unsubscribe: https://launchpadweekly.example/unsubscribe
""",
        notes="Podcast marketing: an 'interview with our CEO' with a future live-recording time.",
    )
)

MESSAGES.append(
    _bulk(
        AARAV,
        "mock-interview-course-ad",
        frm=("CrackTheLoop", "offers@cracktheloop.example"),
        subject="Last 5 seats: mock interview with senior engineers this Saturday",
        date="Tue, 17 Mar 2026 09:00:00 +0530",
        body="""Hi Aarav,

Book your 1:1 mock interview with a senior engineer this Saturday 21 March, slots from 10:00 AM IST.

- Realistic DSA + system design interview
- Detailed written feedback
- 40% off with code LOOP40

Book now: https://cracktheloop.example/mock

You are receiving this because you signed up for CrackTheLoop updates. Unsubscribe anytime.
""",
        notes="Course ad for a 'mock interview' with a date and time.",
    )
)

MESSAGES.append(
    _bulk(
        CHLOE,
        "company-reviews-digest",
        frm=("HireScope", "digest@hirescope.example"),
        subject="Interview questions at Maison Verdier and 3 more companies you follow",
        date="Sun, 22 Mar 2026 09:00:00 +0100",
        body="""Your weekly HireScope digest

Maison Verdier - UX Researcher interview: "Two rounds, a portfolio review and a case study. Interviewer was friendly." (3 days ago)
Bresson Assurances - Product Owner: "Interview scheduled within a week of applying."
Lumio - Data Product Manager: average interview difficulty 3.2/5

Read more reviews: https://hirescope.example/digest
""",
        notes="Review-site digest quoting interview experiences at companies the user is talking to.",
    )
)

MESSAGES.append(
    _bulk(
        LUKAS,
        "mailing-list-meetup-post",
        frm=("Jana Vogel", "jana.vogel@example.org"),
        subject="Re: [berlin-devs] How do you run interviews? Meetup Thursday 18:30",
        date="Tue, 24 Mar 2026 21:14:00 +0100",
        list_id="Berlin Developers <berlin-devs.lists.example.org>",
        precedence="list",
        body="""Hi all,

for Thursday's meetup (18:30 at c-base) we'll do a panel on how we run technical interviews. Bring your horror stories!

Jana

_______________________________________________
berlin-devs mailing list
berlin-devs@lists.example.org
https://lists.example.org/mailman/listinfo/berlin-devs
""",
        notes="Mailing-list post (List-Id, Precedence: list) from a person, about interviews, with a time.",
    )
)

MESSAGES.append(
    _bulk(
        JORDAN,
        "talent-community-newsletter",
        frm=("Acme Robotics Careers", "careers@acme-robotics.example"),
        subject="Life at Acme Robotics: meet the Data Platform team",
        date="Wed, 25 Mar 2026 12:00:00 -0400",
        body="""Welcome to the Acme Robotics Talent Community!

This month, meet the Data Platform team: Sarah Kowalczyk (Engineering Manager) shares how the team interviews and what a great take-home looks like.

Open roles: Senior Data Engineer, Analytics Engineer, ML Ops Engineer
Virtual open house: Thursday, April 9 at 12pm ET - https://acme-robotics.example/openhouse

Update your preferences or unsubscribe: https://acme-robotics.example/talent/prefs
""",
        notes="Employer newsletter from a company the user interviewed with, naming a real interviewer and an event time.",
    )
)

MESSAGES.append(
    _bulk(
        SAM,
        "career-fair-invite",
        frm=("Sydney Tech Careers Expo", "team@sydneytechexpo.example"),
        subject="You're invited: Sydney Tech Careers Expo - Saturday 18 April",
        date="Wed, 01 Apr 2026 10:00:00 +1100",
        body="""G'day Sam,

Meet 60+ hiring companies, get on-the-spot interviews and CV reviews at the Sydney Tech Careers Expo.

Saturday 18 April, 10am - 4pm AEST, International Convention Centre Sydney.
Free tickets: https://sydneytechexpo.example/tickets

Unsubscribe: https://sydneytechexpo.example/unsub
""",
        notes="Career fair promising 'on-the-spot interviews' with a date.",
    )
)

MESSAGES.append(
    _bulk(
        MEI,
        "profile-views-promo",
        frm=("TalentPulse", "no-reply@talentpulse.example"),
        subject="5 recruiters viewed your profile this week",
        date="Fri, 27 Mar 2026 09:00:00 -0700",
        html_only=True,
        body="""Mei, you're getting noticed!

5 recruiters viewed your profile this week, including a Technical Recruiter at Fernhill Games.

Upgrade to Premium to see who's interested and get interview invitations faster.

Try Premium free: https://talentpulse.example/premium
""",
        notes="Upsell with 'interview invitations'.",
    )
)

MESSAGES.append(
    _bulk(
        AARAV,
        "job-board-alert-html",
        frm=("JobsBharat", "alerts@jobsbharat.example"),
        subject="Walk-in interviews this week: 12 jobs for you",
        date="Mon, 23 Mar 2026 07:00:00 +0530",
        html_only=True,
        body="""Walk-in interview alerts for Data Scientist in Bengaluru

Walk-in drive: Junior Data Scientist - Thursday, 26 March, 10 AM - 2 PM - Koramangala
Walk-in drive: ML Engineer - Friday, 27 March, 11 AM - 4 PM - Whitefield

View all: https://jobsbharat.example/walkins
""",
        notes="Job board alert about walk-in interviews with dates and times.",
    )
)

_ics = vcal(
    "-//HireHub Events//EN",
    "PUBLISH",
    [
        vevent(
            "UID:hiring-day-0402@hirehub-events.example",
            "DTSTAMP:20260320T150000Z",
            "DTSTART;TZID=America/Chicago:20260402T100000",
            "DTEND;TZID=America/Chicago:20260402T150000",
            "SUMMARY:Virtual Hiring Day: Midwest Finance & Ops",
            "DESCRIPTION:Drop in to meet recruiters and book same-day interviews.",
            "STATUS:CONFIRMED",
        )
    ],
    tz=[vtz_iana("America/Chicago")],
)
MESSAGES.append(
    _bulk(
        DEVON,
        "virtual-hiring-day-publish-ics",
        frm=("HireHub Events", "events@hirehub-events.example"),
        subject="Add to calendar: Virtual Hiring Day - Thursday, April 2",
        date="Fri, 20 Mar 2026 10:00:00 -0500",
        body="""Hi Devon,

Don't miss our Virtual Hiring Day for finance and operations professionals: Thursday, April 2, 10am - 3pm CT. Meet recruiters and book same-day interviews.

The calendar file is attached.

Unsubscribe: https://hirehub-events.example/unsub
""",
        extra_parts=[cal(_ics, method="PUBLISH", filename="hiring-day.ics", cte="base64")],
        notes="Event marketing with a PUBLISH ICS and 'same-day interviews'.",
    )
)

# ========================================= other =========================================

_t = """Hi Jordan,

Thank you for applying to the Machine Learning Engineer role at Pinecrest Labs. Your application has been received.

Our team will review your application and if your background matches what we're looking for, we'll reach out to schedule an interview.

Pinecrest Labs Recruiting
"""
MESSAGES.append(
    Msg(
        "greenhouse-application-received",
        "other",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Pinecrest Labs", "no-reply@greenhouse.io"),
                subject="Thank you for applying to Pinecrest Labs",
                date="Mon, 02 Mar 2026 14:05:00 -0500",
                msgid=mid("ghack", "greenhouse.io"),
                helo="mail-b4.greenhouse.io",
                ip="198.51.100.16",
            ),
            multi("alternative", "gh_alt_ack1", text(_t), html(html_page(paras(_t)))),
        ),
        note("Application acknowledgement that says 'schedule an interview' conditionally."),
    )
)

_h = """<p>Dear Devon Brooks,</p>
<p>Thank you for applying for the Senior Financial Analyst position (R-0051277) at Globex Freight. We've received your application and our recruiting team will review your qualifications.</p>
<p>You can check the status of your application anytime in your <a href="https://globex.wd5.myworkday.com/globex_careers/userHome">Candidate Home</a>.</p>
<p>Globex Freight Talent Acquisition</p>"""
MESSAGES.append(
    Msg(
        "workday-application-received",
        "other",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Globex Freight", "globex@myworkday.com"),
                subject="We've received your application - Senior Financial Analyst",
                date="Sat, 04 Apr 2026 02:14:00 +0000",
                msgid=mid("wdack", "myworkday.com"),
                helo="smtp3.myworkday.com",
                ip="198.51.100.77",
            ),
            html(html_page(_h)),
        ),
        note("Workday acknowledgement, HTML only."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "dentist-appointment",
        "other",
        frm=("Bloomsbury Dental Care", "reception@bloomsbury-dental.example"),
        subject="Appointment confirmation - Tuesday 10 March",
        date="Tue, 03 Mar 2026 12:00:00 +0000",
        text_only=True,
        body="""Dear Priya,

This is to confirm your appointment with Dr. Alistair Greene on Tuesday 10 March at 9:15.

Please arrive 10 minutes early. If you need to cancel or reschedule, please give us 24 hours' notice on 020 7946 0321.

Bloomsbury Dental Care
""",
        label=note(
            "Dentist confirmation with a named doctor and a time: an appointment, not an interview."
        ),
    )
)

_ics = vcal(
    "-//Lakeview Clinic//Patient Portal//EN",
    "PUBLISH",
    [
        vevent(
            "UID:appt-88120-jlee@lakeview-clinic.example",
            "DTSTAMP:20260316T140000Z",
            "DTSTART;TZID=America/New_York:20260324T084000",
            "DTEND;TZID=America/New_York:20260324T090000",
            "SUMMARY:Appointment with Dr. Anjali Rao",
            "LOCATION:Lakeview Clinic\\, 220 E 42nd St\\, Suite 800\\, New York",
            "STATUS:CONFIRMED",
        )
    ],
    tz=[vtz_iana("America/New_York")],
)
_t = """Hello Jordan,

Your appointment is confirmed:

Dr. Anjali Rao, Internal Medicine
Tuesday, March 24 at 8:40 AM
Lakeview Clinic, 220 E 42nd St, Suite 800, New York

Please bring your insurance card. Add this appointment to your calendar with the attached file.

Lakeview Clinic Patient Portal - do not reply to this message
"""
MESSAGES.append(
    Msg(
        "doctor-appointment-ics",
        "other",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Lakeview Clinic", "noreply@lakeview-clinic.example"),
                subject="Appointment Confirmation",
                date="Mon, 16 Mar 2026 10:00:00 -0400",
                msgid=mid("clinic", "lakeview-clinic.example"),
                helo="portal.lakeview-clinic.example",
                ip="203.0.113.77",
            ),
            multi(
                "mixed",
                "clinic-mix-1",
                text(_t),
                cal(_ics, method="PUBLISH", filename="appointment.ics"),
            ),
        ),
        note("Medical appointment with an ICS and a no-reply sender."),
    )
)

MESSAGES.append(
    _outlook(
        LUKAS,
        slug="team-standup-recurring",
        organizer=("Jonas Albrecht", "jonas.albrecht@spreewald-software.example"),
        attendees=[
            ("Lukas Becker", "lukas.becker@example.org"),
            ("Mira Hoffmann", "mira.hoffmann@spreewald-software.example"),
        ],
        subject="Daily stand-up - Platform team",
        date="Fri, 13 Mar 2026 16:00:00 +0100",
        when="Occurs every weekday effective 16.03.2026 until 26.06.2026 from 09:15 to 09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
        tzid="W. Europe Standard Time",
        start="20260316T091500",
        end="20260316T093000",
        uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD0100000000000000001000000044556677889900AABBCCDDEEFF001122",
        seq=0,
        stamp="20260313T150000Z",
        kind="other",
        rrule="FREQ=WEEKLY;UNTIL=20260626T071500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO",
        note_text="Our new daily stand-up for the platform team. Keep it to 15 minutes.",
        label=note(
            "Recurring team stand-up from the user's current employer: a meeting invite, not an interview."
        ),
    )
)

_ics = vcal(
    "-//Google Inc//Google Calendar 70.9054//EN",
    "REQUEST",
    [
        vevent(
            "DTSTART;TZID=America/Los_Angeles:20260318T153000",
            "DTEND;TZID=America/Los_Angeles:20260318T160000",
            "RRULE:FREQ=WEEKLY;BYDAY=WE",
            "DTSTAMP:20260312T201500Z",
            "ORGANIZER;CN=Priscilla Okoro:mailto:priscilla.okoro@redwood-apps.example",
            "UID:9c1v4b7n2m5x8z0a3s6d9f2g5h@google.com",
            attendee(
                "Priscilla Okoro", "priscilla.okoro@redwood-apps.example", "ACCEPTED", google=True
            ),
            attendee("Mei Chen", "mei.chen@example.net", google=True),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:1:1 Mei / Priscilla",
        )
    ],
    tz=[vtz_iana("America/Los_Angeles")],
)
_t = """You have been invited to the following event.

1:1 Mei / Priscilla
Weekly on Wednesday from 3:30pm to 4pm (Pacific Time - Los Angeles)

Organizer
Priscilla Okoro

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
MESSAGES.append(
    Msg(
        "one-on-one-google-recurring",
        "other",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Priscilla Okoro", "priscilla.okoro@redwood-apps.example"),
                subject="Invitation: 1:1 Mei / Priscilla @ Weekly from 3:30pm to 4pm on Wednesday (PDT) (mei.chen@example.net)",
                date="Thu, 12 Mar 2026 13:15:00 -0700",
                msgid=mid("oneonone", "google.com"),
                to="mei.chen@example.net",
                helo="mail-sor-f69.google.com",
                ip="192.0.2.69",
                extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
            ),
            multi(
                "mixed",
                "000000000000ab12cd34ef56ab78",
                multi(
                    "alternative",
                    "000000000000ab12cd34ef56ab77",
                    text(_t),
                    html(html_page(paras(_t))),
                    cal(_ics),
                ),
                cal(
                    _ics, filename="invite.ics", cte="base64", ctype="application/ics", charset=None
                ),
            ),
        ),
        note("Recurring 1:1 with the current manager via Google Calendar."),
    )
)

MESSAGES.append(
    personal(
        JORDAN,
        "interviewer-thanks-reply",
        "other",
        frm=("Raj Patel", "raj.patel@acme-robotics.example"),
        subject="Re: Thank you",
        date="Tue, 10 Mar 2026 09:40:00 -0400",
        in_reply_to="<jl-thanks-0309@example.net>",
        body="""Thanks for the kind note, Jordan! It was great chatting yesterday - your answer on late-arriving data was one of the best I've heard. Dana will be in touch about next steps.

Raj

On Mon, Mar 9, 2026 at 5:12 PM Jordan Lee <jordan.lee@example.net> wrote:
> Hi Raj, thank you for the interview today at 2pm - I really enjoyed it.
""",
        label=note("Human reply from an interviewer after the interview: no new interview."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "friend-asks-about-past-interview",
        "other",
        frm=("Sophie Turner", "sophie.t84@example.com"),
        subject="how did it go??",
        date="Fri, 20 Mar 2026 19:22:00 +0000",
        body="""Hey lovely!

How did your interview go last Tuesday?? I've been dying to hear. Drinks Friday at 7 at the Lamb & Flag to celebrate (or commiserate)?

S xx
""",
        label=note("Friend's mail about a past interview plus a social plan with a time."),
    )
)

MESSAGES.append(
    personal(
        CHLOE,
        "recruiter-cv-received",
        "other",
        frm=("Antoine Girard", "antoine.girard@talentia-conseil.example"),
        subject="Re: Candidature - Product Owner",
        date="Tue, 10 Mar 2026 11:05:00 +0100",
        in_reply_to="<cm-cv-0309@example.org>",
        body="""Bonjour Chloé,

Thanks for sending your CV. I'll share it with the hiring manager this week and come back to you once I have feedback - hopefully with an interview!

Bien à vous,
Antoine Girard
Consultant, Talentia Conseil
""",
        label=note(
            "Agency acknowledgement that hopes for an interview: nothing scheduled, no request."
        ),
    )
)

MESSAGES.append(
    personal(
        MEI,
        "interviewer-answers-question",
        "other",
        frm=("Olusegun Bakare", "olusegun.bakare@lumenhealth.example"),
        subject="Re: Question about the frontend platform",
        date="Fri, 20 Mar 2026 10:12:00 -0700",
        in_reply_to="<mc-q-0319@example.net>",
        body="""Hi Mei,

Good question! As we discussed on Tuesday, the platform team owns the design system and the build tooling; product teams own their features. We're about 40% through the migration to the new router.

Happy to answer anything else.

Olusegun
""",
        label=note("Interviewer answers a question after the onsite; refers to a past day."),
    )
)

MESSAGES.append(
    personal(
        AARAV,
        "take-home-assignment-deadline",
        "other",
        frm=("Swati Joshi", "swati.joshi@zenfold.example"),
        subject="Take-home assignment - Data Engineer",
        date="Mon, 23 Mar 2026 10:00:00 +0530",
        body="""Hi Aarav,

As the next step, please complete the take-home assignment linked below by Friday 27 March, 11:59 PM IST. It should take around 3 hours.

https://zenfold.example/assignments/de-2026-114

If you need more time, just let me know.

Swati
""",
        label=note(
            "Take-home test with a deadline: not an interview and not a scheduling request."
        ),
    )
)

_ics = vcal(
    "Microsoft Exchange Server 2010",
    "REPLY",
    [
        vevent(
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Grace Liu:mailto:grace.liu@example.com",
            "UID:jl-coffee-2026-03-27@example.net",
            "DTSTART;TZID=America/New_York:20260327T083000",
            "DTEND;TZID=America/New_York:20260327T091500",
            "DTSTAMP:20260320T141000Z",
            "SEQUENCE:0",
            "SUMMARY;LANGUAGE=en-US:Accepted: Coffee chat",
        )
    ],
    tz=[vtz_iana("America/New_York")],
)
MESSAGES.append(
    Msg(
        "calendar-reply-accepted",
        "other",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Grace Liu", "grace.liu@example.com"),
                subject="Accepted: Coffee chat",
                date="Fri, 20 Mar 2026 10:10:00 -0400",
                msgid=mid("accept", "example.com"),
                helo="mail.example.com",
                ip="203.0.113.31",
            ),
            multi(
                "alternative",
                "_000_accept_",
                text("Grace Liu has accepted.\n"),
                cal(_ics, method="REPLY", cte="base64"),
            ),
        ),
        note("iTIP REPLY (Accepted) to a coffee chat the user organised."),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "reference-request",
        "other",
        frm=("Erin Walsh", "erin.walsh@coralbay-digital.example"),
        subject="Reference for Aroha Ngata",
        date="Tue, 14 Apr 2026 14:00:00 +1000",
        body="""Hi Sam,

Aroha Ngata has listed you as a referee for a role at Coralbay Digital. Would you have 15 minutes this week for a quick reference call? Alternatively I can send a short questionnaire.

Thanks,
Erin Walsh
People & Culture, Coralbay Digital
""",
        label=note("Reference request about someone else: the user is not the candidate."),
    )
)

MESSAGES.append(
    personal(
        DEVON,
        "background-check-started",
        "other",
        frm=("ClearPath Screening", "no-reply@clearpath-screening.example"),
        subject="Action needed: complete your background check for Lakeshore Credit Union",
        date="Mon, 06 Apr 2026 09:00:00 -0500",
        text_only=True,
        body="""Hello Devon,

Lakeshore Credit Union has requested a background check as part of your hiring process. Please complete your consent form by Thursday, April 9.

Start here: https://clearpath-screening.example/c/77fa21

ClearPath Screening
""",
        label=note("Background check (after an offer): other, with a deadline."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "user-own-thank-you-copy",
        "other",
        frm=("Priya Raman", "priya.raman@example.com"),
        to="Harriet Lowe <harriet.lowe@kingfisher-retail.example>",
        cc="Priya Raman <priya.raman@example.com>",
        subject="Thank you - Thursday's interview",
        date="Thu, 12 Mar 2026 17:45:00 +0000",
        body="""Dear Harriet,

Thank you for the interview this afternoon at 3pm. I enjoyed hearing about the category team's plans for next year, and I'm excited about the role.

Kind regards,
Priya Raman
""",
        label=note("The user's own sent note, copied to herself: the sender is the user."),
    )
)
