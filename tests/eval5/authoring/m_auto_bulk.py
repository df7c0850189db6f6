"""Automatic answers (Exchange and Gmail out-of-office, a departed employee, a DSN that
returns a forwarded interview invitation, a not-monitored mailbox) and bulk mail (LinkedIn,
Indeed, XING, Glassdoor, a webinar with a PUBLISH calendar, a careers fair, list mail, a
newsletter about interviewing)."""

from __future__ import annotations

from tests.eval.authoring.common import Msg as _Msg
from tests.eval.authoring.common import headers

from .kit import (
    AUTO,
    DESMOND,
    ELIF,
    HARPER,
    ISLA,
    JONAS,
    KWAME,
    MIA,
    NEDA,
    OKSANA,
    THANDAR,
    Msg,
    Part,
    bulk,
    cal,
    d,
    dh,
    event,
    leaf,
    mail,
    message,
    multi,
    note,
    text_part,
    uid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

add(
    mail(
        HARPER,
        "exchange-automatic-reply-recruiter",
        "auto_reply",
        frm=("Owen Castellanos", "owen.castellanos@tidelinerobotics.example"),
        subject="Automatic reply: Technical Screen follow-up",
        date=dh("2027-11-06 09:12:00", "America/Los_Angeles"),
        body="""Thanks for your message. I'm out of the office at a conference and returning on Monday, November 15. I will have limited access to email.

For interview scheduling, please contact recruiting@tidelinerobotics.example.

Owen""",
        extra=[("X-MS-Exchange-Inbox-Rules-Loop", HARPER.addresses[0]), *AUTO],
        label=note(
            "Exchange 'Automatic reply:' mentioning interview scheduling.", return_date="2027-11-15"
        ),
    )
)

add(
    mail(
        ELIF,
        "gmail-vacation-bilingual-turkish",
        "auto_reply",
        frm=("Zeynep Aydın", "zeynep.aydin@lalezarcosmetics.example"),
        subject="Re: Interview for Performance Marketing Specialist",
        date=dh("2027-10-21 08:00:00", "Europe/Istanbul"),
        body="""Hello, I am currently on leave with limited access to email. I will reply as soon as possible after my return.

Merhaba, şu anda izindeyim; dönüşümde yanıt vereceğim.""",
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        msgid_domain="mail.gmail.com",
        label=note(
            "Gmail vacation responder, bilingual English/Turkish, no return date, subject 'Re: Interview ...'."
        ),
    )
)

add(
    mail(
        DESMOND,
        "no-longer-with-company",
        "auto_reply",
        frm=("Keisha Lamontagne", "keisha.lamontagne@gildermoor.example"),
        subject="Automatic reply: Thank you - Friday's onsite",
        date=dh("2027-11-06 10:00:00", "America/New_York"),
        body="""Keisha Lamontagne is no longer with Gildermoor Media. Please direct recruiting questions to talent@gildermoor.example.

This mailbox is not monitored.""",
        extra=AUTO,
        label=note("Departed-employee auto-answer to the user's thank-you note."),
    )
)

# --- A DSN returning the user's forward of an interview invitation (with its calendar) -----
S = "2027-10-20 15:00"
inner_ics = event(
    uid=uid("hirevue-live-forward", "hirevue.example"),
    start=S,
    zone="Asia/Yangon",
    minutes=60,
    summary="Live Interview - Straits Meridian Bank",
    organizer=("Lim Jia Hui", "jiahui.lim@straitsmeridian.example"),
    attendees=[("Thandar Hlaing", THANDAR.addresses[0])],
    prodid="-//Straits Meridian Bank//Calendar//EN",
)
inner_hdrs = [
    ("From", f"Thandar Hlaing <{THANDAR.addresses[0]}>"),
    ("To", "thandar.hlaing@exampel.invalid"),
    ("Subject", "Fwd: Live Interview - Straits Meridian Bank"),
    ("Date", dh("2027-10-13 09:30:00", "Asia/Yangon")),
    ("Message-ID", "<fwd-thandar-0913@example.net>"),
]
inner = message(
    inner_hdrs,
    multi(
        "mixed",
        "inner-b7c2",
        text_part(f"Forwarding to my other account. Interview {d(S, 'us')} 3pm Yangon time."),
        cal(inner_ics, method="REQUEST"),
    ),
)
dsn_text = """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<thandar.hlaing@exampel.invalid>: Host or domain name not found. Name service error
    for name=exampel.invalid type=A: Host not found
"""
status = (
    "Reporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; thandar.hlaing@exampel.invalid\n"
    "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found\n"
)
report = multi(
    "report",
    "dsn-4f1c9a",
    text_part(dsn_text, charset="us-ascii", cte="7bit"),
    leaf("message/delivery-status", status, charset=None, cte="7bit"),
    Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")], inner),
    params="report-type=delivery-status",
)
hdrs = headers(
    THANDAR,
    frm="Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
    subject="Undelivered Mail Returned to Sender",
    date=dh("2027-10-13 09:30:05", "Asia/Yangon"),
    msgid="<20271013030005.7A1C2E04B1@mx1.example.net>",
    return_path="",
    extra=[("Auto-Submitted", "auto-replied")],
)
add(
    _Msg(
        "dsn-returns-forwarded-invitation",
        "auto_reply",
        THANDAR,
        message(hdrs, report),
        note("Postfix DSN whose returned message carries an interview calendar REQUEST."),
    )
)

add(
    mail(
        MIA,
        "not-monitored-mailbox-careers",
        "auto_reply",
        frm=("Banksia Mutual Careers", "careers-noreply@banksiamutual.example"),
        subject="We received your email",
        date=dh("2027-10-26 08:00:00", "Australia/Melbourne"),
        body="""This mailbox is not monitored. If your message is about an interview, please reply directly to your Talent Acquisition Advisor.

Banksia Mutual""",
        extra=AUTO,
        label=note("Not-monitored mailbox answer that mentions interviews."),
    )
)

# --- Bulk -------------------------------------------------------------------------------------
add(
    mail(
        ISLA,
        "linkedin-application-viewed",
        "bulk",
        frm=("LinkedIn", "jobs-noreply@linkedin.com"),
        subject="Your application was viewed by Thistlegate Consulting",
        date=dh("2027-10-22 13:00:00", "Europe/London"),
        body="""Isla, your application was viewed

Associate Consultant - Thistlegate Consulting - Edinburgh

Applicants who follow up are more likely to hear back. Prepare for your interview with LinkedIn interview prep.

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
        html_auto=True,
        extra=bulk(
            "<jobs.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe"
        ),
        label=note("LinkedIn notification naming a company the user interviews with."),
    )
)

add(
    mail(
        KWAME,
        "indeed-job-alert-accra",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Supply Chain Planner jobs in Accra",
        date=dh("2027-10-17 06:00:00", "Africa/Accra"),
        body="""New jobs for "supply chain planner" in Accra

Demand Planner - Kakum Beverages - Tema - Easily apply
Logistics Coordinator - Osu Freight - Accra - Hiring multiple candidates
Supply Planner - Ashanti Foods - Kumasi - Interviewing now

See all jobs: https://gh.indeed.com/jobs?q=supply+chain+planner&l=Accra

Unsubscribe: https://gh.indeed.com/alert/unsubscribe""",
        extra=bulk("<alert.indeed.com>", "https://gh.indeed.com/alert/unsubscribe"),
        label=note("Indeed alert with 'Interviewing now' badges."),
    )
)

add(
    mail(
        JONAS,
        "xing-newsletter-vorstellungsgespraech",
        "bulk",
        frm=("XING", "mailrobot@mail.xing.com"),
        subject="Jonas, so überzeugen Sie im Vorstellungsgespräch",
        date=dh("2027-10-23 08:00:00", "Europe/Berlin"),
        body="""Hallo Jonas,

die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten. Außerdem: Gehaltsverhandlung im Controlling.

Jetzt lesen: https://www.xing.com/news/karriere

Abmelden: https://www.xing.com/settings/notifications""",
        extra=bulk("<news.xing.com>", "https://www.xing.com/settings/notifications"),
        label=note("XING newsletter about interviews (German, bulk)."),
    )
)

add(
    mail(
        OKSANA,
        "glassdoor-reviews-amberglass",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="New interview reviews for Amberglass Games",
        date=dh("2027-10-24 12:00:00", "Europe/Kyiv"),
        body="""See what candidates say about interviewing at Amberglass Games

"Two rounds: recruiter call, then a live-ops case study with the head of department." - Producer candidate, October 2027

Read all 14 interview reviews: https://www.glassdoor.com/Interview/amberglass

Unsubscribe: https://www.glassdoor.com/unsubscribe""",
        extra=bulk("<reviews.glassdoor.com>", "https://www.glassdoor.com/unsubscribe"),
        label=note("Interview-review digest for a company the user is interviewing with."),
    )
)

W = "2027-11-04 18:00"
add(
    mail(
        NEDA,
        "webinar-publish-ace-your-interview",
        "bulk",
        frm=("Remote Talent Collective", "events@remotetalentcollective.example"),
        subject="You're registered: Ace your remote technical interview (live webinar)",
        date=dh("2027-10-28 20:00:00", "Asia/Tehran"),
        body=f"""Thanks for registering!

Ace your remote technical interview
{d(W, "usy")}, 18:00 Tehran time (GMT+03:30)
Speakers: Ladan Sarraf (Staff Engineer), Omid Rahnama (Hiring Manager)

Add to calendar: the attached file.

Unsubscribe: https://remotetalentcollective.example/unsubscribe""",
        ics=event(
            uid=uid("webinar-neda", "remotetalentcollective.example"),
            start=W,
            zone="Asia/Tehran",
            minutes=60,
            summary="Webinar: Ace your remote technical interview",
            organizer=("Remote Talent Collective", "events@remotetalentcollective.example"),
            prodid="-//Remote Talent Collective//Events//EN",
            method="PUBLISH",
        ),
        ics_method="PUBLISH",
        ics_mode="attach",
        extra=bulk(
            "<events.remotetalentcollective.example>",
            "https://remotetalentcollective.example/unsubscribe",
        ),
        label=note("Webinar about interviews with a PUBLISH calendar: bulk, not an interview."),
    )
)

add(
    mail(
        KWAME,
        "careers-fair-eventbrite",
        "bulk",
        frm=("Eventbrite", "noreply@order.eventbrite.com"),
        subject="Your ticket for Accra Tech Careers Fair 2027",
        date=dh("2027-10-10 11:00:00", "Africa/Accra"),
        body="""You're going to Accra Tech Careers Fair 2027!

Saturday, 30 October 2027, 9:00 AM - 4:00 PM GMT
Accra International Conference Centre

On-the-spot interviews with 40+ employers. Bring copies of your CV.

Order #7720416335 - 1 x General Admission (free)""",
        extra=[
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://www.eventbrite.com/unsubscribe>"),
        ],
        label=note("Careers fair ticket promising on-the-spot interviews."),
    )
)

add(
    mail(
        HARPER,
        "list-mail-interview-prep-group",
        "bulk",
        frm=("Dana Whitfield-Orozco", "dana.wo@example.org"),
        to="seattle-devs-jobs@googlegroups.com",
        subject="Re: [seattle-devs-jobs] Anyone interviewed at Tideline Robotics?",
        date=dh("2027-11-01 21:15:00", "America/Los_Angeles"),
        body="""I did their tech screen last spring - 45 min with a staff engineer, then a virtual onsite on a Friday at 10:30. Very fair questions.

--
You received this message because you are subscribed to the Google Groups "seattle-devs-jobs" group.
To unsubscribe from this group, send email to seattle-devs-jobs+unsubscribe@googlegroups.com.""",
        extra=[
            ("List-Id", "<seattle-devs-jobs.googlegroups.com>"),
            ("List-Unsubscribe", "<mailto:seattle-devs-jobs+unsubscribe@googlegroups.com>"),
            ("Precedence", "list"),
            ("Mailing-list", "list seattle-devs-jobs@googlegroups.com"),
        ],
        label=note("List mail describing someone else's past interview times."),
    )
)

add(
    mail(
        MIA,
        "newsletter-interviewing-tips",
        "bulk",
        frm=("The Design Hiring Letter", "letters@designhiringletter.example"),
        subject="Issue 88: the portfolio review is an interview - treat it like one",
        date=dh("2027-10-17 07:00:00", "Australia/Melbourne"),
        body="""This week: how hiring managers actually run a portfolio review, the three questions every panel asks, and a template for your 10-minute case walkthrough.

Read online: https://designhiringletter.example/88

Unsubscribe: https://us5.mailchimp.com/unsubscribe?u=9a1e""",
        extra=bulk(
            "<designhiringletter.us5.list-manage.com>",
            "https://us5.mailchimp.com/unsubscribe?u=9a1e",
        ),
        label=note("Newsletter about interviewing."),
    )
)
