"""Automatic answers (out of office, not-monitored, delivery reports) and bulk mail."""

from __future__ import annotations

from .kit import (
    ANGELICA,
    CAMILA,
    DANA,
    ELODIE,
    GIULIA,
    HARPREET,
    JIWOO,
    JONAS,
    KEONI,
    LIAM,
    MARCUS,
    MEERA,
    NOA,
    OLIVIA,
    OMAR,
    OUTLOOK,
    RENEE,
    TOMASZ,
    WANJIRU,
    Msg,
    Part,
    addr,
    dh,
    event,
    headers,
    html_page,
    long_date,
    mail,
    message,
    mid,
    multi,
    note,
    text,
)
from .kit import cal as cal_part

MESSAGES: list[Msg] = []
add = MESSAGES.append

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def bulk_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """List headers a bulk sender adds (RFC 2369, RFC 2919, RFC 8058)."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ================================ auto replies ================================================

add(
    mail(
        RENEE,
        "outlook-automatic-reply-return-date",
        "auto_reply",
        frm=("Gabriel Tremblay-Nakamura", "gabriel.tn@maplebridge.example"),
        subject="Automatic reply: Thank you - second interview",
        date=dh("2026-11-05 16:02:00", "America/Toronto"),
        extra=[*AUTO, ("X-MS-Exchange-Inbox-Rules-Loop", "gabriel.tn@maplebridge.example")],
        body=f"""Thank you for your message. I am out of the office with limited access to email and will return on {long_date("2026-11-30", "usy")}.

For urgent matters please contact Kavya Raghunathan (kavya.raghunathan@maplebridge.example).

Gabriel
""",
        label=note("Exchange automatic reply with a return date.", return_date="2026-11-30"),
    )
)

add(
    mail(
        MARCUS,
        "gmail-vacation-no-return",
        "auto_reply",
        frm=("Bethany Schultz", "bethany.schultz@lakefrontmutual.example"),
        subject="Re: Phone screen Wednesday",
        date=dh("2026-10-22 08:30:00", "America/Chicago"),
        extra=[("Auto-Submitted", "auto-replied")],
        in_reply_to=mid("marcus-reply-bethany", "mail.gmail.com"),
        body="""Hi there,

I'm currently traveling for campus recruiting events with limited access to email. I'll respond as soon as I can.

Thanks,
Bethany
""",
        label=note(
            "Vacation responder without a return date, replying on a thread about an interview."
        ),
    )
)

add(
    mail(
        ELODIE,
        "reponse-automatique-bilingue",
        "auto_reply",
        frm=("Nathalie Berthelot", "nathalie.berthelot@rhodanie-energies.example"),
        subject="Réponse automatique : Merci pour l'entretien",
        date=dh("2026-10-29 15:45:00", "Europe/Paris"),
        extra=AUTO,
        body="""Bonjour,

Je suis absente du bureau, sans accès à ma messagerie, et serai de retour le lundi 9 novembre. Pour toute urgence, merci de contacter Camille Vasseur.

Hello, I am out of the office with no access to email and will be back on Monday 9 November. For urgent matters please contact Camille Vasseur.

Nathalie Berthelot
""",
        label=note(
            "Bilingual French/English out of office with a return date.", return_date="2026-11-09"
        ),
    )
)

add(
    mail(
        DANA,
        "icims-mailbox-not-monitored",
        "auto_reply",
        frm=("Sonoran Valley Health Careers", "do-not-reply@talent.icims.com"),
        subject="Re: Panel Interview Scheduled: Clinical Informatics Specialist (Req 2026-4471)",
        date=dh("2026-11-02 09:15:00", "America/Phoenix"),
        extra=[("Auto-Submitted", "auto-generated")],
        body="""This mailbox is not monitored. Your message has not been delivered to a recruiter.

To contact the hiring team about your application, please sign in to your candidate profile and use the Messages tab.

Sonoran Valley Health Talent Acquisition
""",
        label=note("'Mailbox not monitored' reply to the user's answer to an interview notice."),
    )
)

# --- Postfix DSN for a thank-you note ---------------------------------------------------------
_inner_hdrs = [
    ("Date", dh("2026-11-12 18:20:00", "Asia/Kolkata")),
    ("From", addr("Meera Krishnan", "meera.krishnan@example.org")),
    ("To", addr("Arjun Menon", "arjun.menon@kaveri-labs.example")),
    ("Subject", "Thank you for today's panel"),
    ("Message-ID", mid("meera-thanks-arjun", "example.org")),
]
_inner = message(
    _inner_hdrs,
    text(
        "Dear Arjun,\n\nThank you for your time at the panel today. I enjoyed our conversation about experimentation platforms.\n\nBest regards,\nMeera\n"
    ),
    crlf=False,
)
_dsn = multi(
    "report",
    "8D27A1C0B3.1731412345/mx.example.org",
    text(
        """This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<arjun.menon@kaveri-labs.example>: Host or domain name not found. Name service
    error for name=kaveri-labs.example type=AAAA: Host not found
""",
        charset="us-ascii",
        cte="7bit",
    ),
    Part(
        [("Content-Type", "message/delivery-status")],
        b"Reporting-MTA: dns; mx.example.org\nArrival-Date: "
        + dh("2026-11-12 18:20:00", "Asia/Kolkata").encode()
        + b"\n\nFinal-Recipient: rfc822; arjun.menon@kaveri-labs.example\nAction: failed\n"
        b"Status: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found\n",
    ),
    Part([("Content-Type", "message/rfc822")], _inner),
    params="report-type=delivery-status",
    preamble="This is a MIME-encapsulated message.",
)
_h = headers(
    MEERA,
    frm=addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
    subject="Undelivered Mail Returned to Sender",
    date=dh("2026-11-12 18:20:05", "Asia/Kolkata"),
    msgid=mid("meera-dsn/eval3", "mx.example.org"),
    helo="mx.example.org",
    extra=[("Auto-Submitted", "auto-replied")],
    return_path="",
)
add(
    Msg(
        "dsn-thank-you-typo-domain",
        "auto_reply",
        MEERA,
        message(_h, _dsn),
        note("Postfix DSN for a thank-you sent to a mistyped domain."),
    )
)

# --- Exchange NDR returning an accepted calendar REPLY ------------------------------------------
S = "2026-11-25 11:00"
_reply_ics = event(
    uid="040000008200E00074C5B7101A82E00800000000AABBCCDDEEFFDB01000000000000000010000000A0B0C0D0",
    start=S,
    zone="Israel Standard Time",
    minutes=60,
    summary="Accepted: Interview - Noa Ben-David - Applied Scientist",
    organizer=("Dror Azoulay", "dror.azoulay@yarden-ai.example"),
    attendees=[("Noa Ben-David", "noa.bendavid@example.net")],
    method="REPLY",
    prodid=OUTLOOK,
)
_inner2 = message(
    [
        ("Date", dh("2026-11-18 10:02:00", "Asia/Jerusalem")),
        ("From", addr("Noa Ben-David", "noa.bendavid@example.net")),
        ("To", addr("Dror Azoulay", "dror.azoulay@yarden-ai.example")),
        ("Subject", "Accepted: Interview - Noa Ben-David - Applied Scientist"),
        ("Message-ID", mid("noa-accept-yarden", "example.net")),
    ],
    cal_part(_reply_ics, method="REPLY"),
    crlf=False,
)
_ndr = multi(
    "report",
    "_000_NDR_3f9a1b7c_",
    text(
        """Your message to dror.azoulay@yarden-ai.example couldn't be delivered.

dror.azoulay wasn't found at yarden-ai.example.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""",
        charset="us-ascii",
        cte="7bit",
    ),
    Part(
        [("Content-Type", "message/delivery-status")],
        b"Reporting-MTA: dns;outbound.example.net\n\nFinal-Recipient: rfc822;dror.azoulay@yarden-ai.example\n"
        b"Action: failed\nStatus: 5.1.1\n",
    ),
    Part([("Content-Type", "message/rfc822")], _inner2),
    params="report-type=delivery-status",
)
_h2 = headers(
    NOA,
    frm=addr("Microsoft Outlook", "postmaster@outbound.example.net"),
    subject="Undeliverable: Accepted: Interview - Noa Ben-David - Applied Scientist",
    date=dh("2026-11-18 10:02:30", "Asia/Jerusalem"),
    msgid=mid("noa-ndr/eval3", "outbound.example.net"),
    helo="outbound.example.net",
    extra=[("Auto-Submitted", "auto-replied")],
    return_path="",
)
add(
    Msg(
        "ndr-accepted-calendar-reply",
        "auto_reply",
        NOA,
        message(_h2, _ndr),
        note("Exchange NDR whose returned message is the user's calendar REPLY to an interview."),
    )
)

add(
    mail(
        CAMILA,
        "parental-leave-ooo-march",
        "auto_reply",
        frm=("Santiago Uribe", "santiago.uribe@cafetal-analytics.example"),
        subject="Fuera de la oficina / Out of office: Re: Entrevista",
        date=dh("2026-11-04 09:00:00", "America/Bogota"),
        extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
        body="""I'm on parental leave and won't be checking email; I'll be back on Monday 1 March 2027. For recruiting questions please write to Andrés Felipe Cárdenas.

Estoy de licencia de paternidad y regreso el lunes 1 de marzo de 2027. Para temas de selección, escribe a Andrés Felipe Cárdenas.
""",
        label=note(
            "Long leave with a return date months away; X-Autoreply header.",
            return_date="2027-03-01",
        ),
    )
)

add(
    mail(
        GIULIA,
        "helpdesk-ticket-ack-careers",
        "auto_reply",
        frm=("Lagunare Careers Support", "support@lagunare-careers.example"),
        subject="[Request received] #48213: Question about my interview availability",
        date=dh("2026-10-26 12:01:00", "Europe/Rome"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Helpdesk 5.2")],
        body="""Hello Giulia,

Your request (#48213) has been received and is being reviewed by our support staff. We usually answer within 2 business days.

To add additional comments, reply to this email.

Lagunare Careers Support
""",
        label=note("Helpdesk acknowledgement of the user's question: automatic."),
    )
)

add(
    mail(
        JIWOO,
        "korean-english-ooo-return",
        "auto_reply",
        frm=("Kim Tae-yang", "taeyang.kim@nurim.example"),
        subject="[부재중] Out of Office: Re: [Nurim] Live coding interview",
        date=dh("2026-10-23 09:10:00", "Asia/Seoul"),
        extra=AUTO,
        body="""안녕하세요. 휴가 중이며 11월 3일(화)에 복귀합니다. 급한 용무는 윤희진 님께 연락 부탁드립니다.

Hello, I am on vacation with no access to email and will be back on Tuesday, November 3. For urgent matters please contact Yoon Hee-jin.

Kim Tae-yang
""",
        label=note("Korean/English out of office; back on 3 November.", return_date="2026-11-03"),
    )
)

# ================================ bulk ==========================================================

add(
    mail(
        HARPREET,
        "linkedin-job-alert-vancouver",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“supply chain analyst”: 14 new jobs in Greater Vancouver",
        date=dh("2026-11-18 06:12:00", "America/Vancouver"),
        extra=bulk_headers(
            "<jobalerts.linkedin.com>",
            "https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=77",
        ),
        rich=html_page(
            """<h3>Your job alert for supply chain analyst</h3>
<p><b>Supply Chain Analyst</b> - Cedar Fjord Foods - Burnaby, BC - Actively recruiting</p>
<p><b>Demand Planning Analyst</b> - Granville Home - Vancouver, BC (Hybrid) - Interviewing now</p>
<p><b>Logistics Data Analyst</b> - Tidewater Freight - Delta, BC - Be an early applicant</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=supply%20chain%20analyst">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=77">Unsubscribe</a></p>"""
        ),
        label=note("Job alert; 'Interviewing now' badge is a trap."),
    )
)

add(
    mail(
        CAMILA,
        "indeed-alert-bogota-datos",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Científico de datos - 9 nuevos empleos en Bogotá, D.C.",
        date=dh("2026-11-20 05:30:00", "America/Bogota"),
        extra=bulk_headers("<alerts.indeed.com>", "https://co.indeed.com/unsubscribe?t=ab12"),
        body="""9 nuevos empleos para científico de datos en Bogotá, D.C.

Científico de Datos Sr - Guadua Fintech - Bogotá - Entrevista inmediata
Analista de Machine Learning - Sabana Seguros - Chapinero
Data Scientist (Remote LATAM) - Magdalena Labs

Ver todos: https://co.indeed.com/jobs?q=cient%C3%ADfico+de+datos

Cancelar suscripción: https://co.indeed.com/unsubscribe?t=ab12
""",
        label=note("Spanish job alert from a job board ('Entrevista inmediata')."),
    )
)

add(
    mail(
        LIAM,
        "seek-alert-brisbane-retail",
        "bulk",
        frm=("SEEK", "noreply@s.seek.com.au"),
        subject="New jobs for 'store manager' in Brisbane QLD",
        date=dh("2026-11-21 07:00:00", "Australia/Brisbane"),
        extra=bulk_headers("<jobmail.seek.com.au>", "https://www.seek.com.au/unsubscribe?u=5521"),
        body="""Hi Liam, here are new jobs matching your saved search.

Store Manager - Southbank Sports Co - Brisbane CBD - Group interviews this week
Assistant Store Manager - Jacaranda Living - Chermside
Area Manager QLD - Reef & Range Outdoors - Fortitude Valley

View jobs: https://www.seek.com.au/jobs?keywords=store+manager

Unsubscribe: https://www.seek.com.au/unsubscribe?u=5521
""",
        label=note("Job alert mentioning group interviews."),
    )
)

add(
    mail(
        OLIVIA,
        "newsletter-twelve-interview-questions",
        "bulk",
        frm=("The Career Compass", "hello@careercompass-news.example"),
        subject="12 interview questions that trip up senior candidates (and how to answer)",
        date=dh("2026-11-17 06:00:00", "Australia/Adelaide"),
        extra=bulk_headers(
            "<weekly.careercompass-news.example>", "https://careercompass-news.example/u/88231"
        ),
        html_auto=True,
        body="""This week: 12 interview questions that trip up senior candidates.

1. "Tell me about a decision you got wrong." Pick a real one.
2. "Why are you leaving?" Forward-looking answers win.
3. "What would your first 90 days look like?" Bring a plan.

Plus: how to follow up after a final interview without sounding desperate.

Read the full issue: https://careercompass-news.example/p/12-questions

You're receiving this because you subscribed at careercompass-news.example. Unsubscribe: https://careercompass-news.example/u/88231
""",
        label=note("Newsletter about interviews."),
    )
)

S = "2026-11-26 19:00"
add(
    mail(
        ANGELICA,
        "webinar-ace-your-panel-interview",
        "bulk",
        frm=("CareerLift Academy", "events@careerlift-academy.example"),
        subject="You're invited: Ace Your Panel Interview (free live webinar)",
        date=dh("2026-11-19 10:00:00", "Asia/Manila"),
        extra=bulk_headers(
            "<events.careerlift-academy.example>", "https://careerlift-academy.example/unsub/3391"
        ),
        body=f"""Join our free live webinar: Ace Your Panel Interview

{long_date(S, "usy")}, 7:00 PM Philippine Time
Speaker: Roberto Lacson, former Head of Talent, Luzon BPO Group

Save your seat: https://careerlift-academy.example/webinars/panel-interview
Add to calendar: the attached invite

Unsubscribe: https://careerlift-academy.example/unsub/3391
""",
        ics=event(
            uid="webinar-panel-20261126@careerlift-academy.example",
            start=S,
            zone="Asia/Manila",
            minutes=60,
            summary="Webinar: Ace Your Panel Interview",
            organizer=("CareerLift Academy", "events@careerlift-academy.example"),
            method="PUBLISH",
            prodid="-//CareerLift//Events//EN",
        ),
        ics_method="PUBLISH",
        ics_mode="attach",
        label=note("Marketing webinar about interviews with a PUBLISH calendar."),
    )
)

add(
    mail(
        JONAS,
        "podcast-episode-interview-with-cto",
        "bulk",
        frm=("Data Engineering Weekly Podcast", "podcast@dew-podcast.example"),
        subject="New episode: An interview with Rahel Tesfaye, CTO of Spreebahn",
        date=dh("2026-11-19 07:30:00", "Europe/Berlin"),
        extra=bulk_headers(
            "<episodes.dew-podcast.example>", "mailto:unsubscribe@dew-podcast.example"
        ),
        body="""New this week: an interview with Rahel Tesfaye, CTO of Spreebahn, on rebuilding a rail-data platform in 18 months.

Listen now: https://dew-podcast.example/episodes/112

Also in this episode: how Rahel runs technical interviews for data engineers.

Unsubscribe: mailto:unsubscribe@dew-podcast.example
""",
        label=note("Podcast episode announcement ('an interview with')."),
    )
)

add(
    mail(
        OMAR,
        "talent-community-welcome-nilestar",
        "bulk",
        frm=("Nilestar Energy Talent Community", "talentcommunity@nilestar-careers.example"),
        subject="Welcome to the Nilestar Energy Talent Community",
        date=dh("2026-11-02 12:00:00", "Africa/Cairo"),
        extra=bulk_headers(
            "<talent.nilestar-careers.example>", "https://nilestar-careers.example/tc/unsubscribe"
        ),
        html_auto=True,
        body="""Welcome, Omar!

Thanks for joining our Talent Community. You'll receive news about Nilestar Energy, upcoming hiring events and jobs that match your interests.

Update preferences or unsubscribe: https://nilestar-careers.example/tc/unsubscribe
""",
        label=note("Talent-community welcome: marketing list mail."),
    )
)

add(
    mail(
        MEERA,
        "alumni-careers-fair-mock-interviews",
        "bulk",
        frm=("IIM Alumni Careers Cell", "careers@alumni-connect.example"),
        subject="Winter Careers Fair + mock interview clinic - register now",
        date=dh("2026-11-10 10:00:00", "Asia/Kolkata"),
        extra=bulk_headers(
            "<alumni-careers.alumni-connect.example>",
            "https://alumni-connect.example/unsubscribe/meera",
        ),
        body=f"""Dear Alumni,

Our Winter Careers Fair returns on {long_date("2026-12-05", "uky")} at the Bengaluru campus, 10 AM - 5 PM, with 60+ recruiters.

New this year: a mock interview clinic with HR leaders (15-minute slots, first come first served).

Register: https://alumni-connect.example/events/winter-fair-2026

To stop receiving these emails: https://alumni-connect.example/unsubscribe/meera
""",
        label=note("Alumni careers fair with mock interviews."),
    )
)

add(
    mail(
        TOMASZ,
        "hrtech-marketing-schedule-faster",
        "bulk",
        frm=("Kalendo", "growth@kalendo-hr.example"),
        subject="Tomasz, schedule interviews 3x faster",
        date=dh("2026-11-17 10:00:00", "Europe/Warsaw"),
        extra=bulk_headers(
            "<marketing.kalendo-hr.example>", "https://kalendo-hr.example/unsubscribe?e=tw"
        ),
        html_auto=True,
        body="""Hi Tomasz,

Recruiters at 400+ companies use Kalendo to book panel interviews in minutes, not days. Book a 20-minute demo this week and get 3 months free.

Book a demo: https://kalendo-hr.example/demo

Unsubscribe: https://kalendo-hr.example/unsubscribe?e=tw
""",
        label=note("HR-tech marketing aimed at recruiters."),
    )
)

add(
    mail(
        MARCUS,
        "glassdoor-interview-reviews-digest",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="New interview reviews for Riverline Analytics and 2 other companies",
        date=dh("2026-11-21 08:00:00", "America/Chicago"),
        extra=bulk_headers(
            "<digest.glassdoor.com>",
            "https://www.glassdoor.com/emailPreferences/unsubscribe.htm?id=91",
        ),
        body="""Companies you follow have new interview reviews.

Riverline Analytics - Analytics Engineer interview: "Two rounds, SQL live exercise, then a panel."
Prairie Loop Freight - Data Analyst interview: "Recruiter call, then two 30-minute video sessions."
Lakefront Mutual - Actuarial Data Engineer interview: "Phone screen and a case."

Read reviews: https://www.glassdoor.com/Interview/index.htm

Unsubscribe: https://www.glassdoor.com/emailPreferences/unsubscribe.htm?id=91
""",
        label=note("Interview-review digest naming companies the user applied to."),
    )
)

add(
    mail(
        WANJIRU,
        "meetup-reminder-tech-interviews-night",
        "bulk",
        frm=("Meetup", "info@meetup.com"),
        subject="Reminder: Nairobi Data Women - Cracking the technical interview (Thu)",
        date=dh("2026-11-17 09:00:00", "Africa/Nairobi"),
        extra=bulk_headers(
            "<reminders.meetup.com>", "https://www.meetup.com/account/comm/unsub/4410"
        ),
        body=f"""Nairobi Data Women

Cracking the technical interview: a panel of hiring managers
{long_date("2026-11-19", "usy")}, 6:00 PM EAT
iHub Loft, Ngong Road

You're going! See event: https://www.meetup.com/nairobi-data-women/events/304551/

Unsubscribe from reminders: https://www.meetup.com/account/comm/unsub/4410
""",
        label=note("Meetup reminder for an event about interviews, with a time."),
    )
)

add(
    mail(
        KEONI,
        "walk-in-hiring-event-blast",
        "bulk",
        frm=("Island Grocers Careers", "careers@islandgrocers-mail.example"),
        subject="Walk-in interviews this Saturday at Kapolei!",
        date=dh("2026-11-16 11:00:00", "Pacific/Honolulu"),
        extra=bulk_headers(
            "<careers.islandgrocers-mail.example>", "https://islandgrocers-mail.example/unsub?k=1"
        ),
        html_auto=True,
        body=f"""Now hiring cashiers, stockers and deli clerks!

Walk-in interviews: {long_date("2026-11-21", "usy")}, 9 AM - 2 PM at Island Grocers Kapolei, 590 Farrington Hwy.
No appointment needed - bring a photo ID.

Unsubscribe: https://islandgrocers-mail.example/unsub?k=1
""",
        label=note("Mass-mailed walk-in interview day: bulk, not the user's interview."),
    )
)
