"""Automatic replies, bounces, bulk mail and other non-interview mail (traps included)."""

from __future__ import annotations

from .kit import (
    AROHA,
    FATIMA,
    JOAO,
    KOFI,
    MARC,
    SIOBHAN,
    THANDI,
    WEILING,
    XIMENA,
    YUKI,
    Msg,
    Part,
    dh,
    event,
    mail,
    message,
    multi,
    note,
    text,
)
from .kit import headers as _headers

MESSAGES: list[Msg] = []
add = MESSAGES.append

_AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def _bulk(unsub: str, list_id: str | None = None) -> list[tuple[str, str]]:
    out = [
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    if list_id:
        out.append(("List-Id", list_id))
    return out


# ==================================== auto replies ======================================
add(
    mail(
        THANDI,
        "ooo-rfc3834-return-monday",
        "auto_reply",
        frm=("Nandi Khoza", "nandi.khoza@kopanopay.example"),
        subject="Out of Office: Re: Final round availability",
        date=dh("2026-05-05 08:01:00", "Africa/Johannesburg"),
        extra=_AUTO,
        body="""Hi,

Thank you for your email. I am on leave until Monday 11 May 2026 with limited access to email. For anything urgent regarding interviews, please contact talent@kopanopay.example.

Kind regards,
Nandi
""",
        label=note("RFC 3834 out-of-office with a return date.", return_date="2026-05-11"),
    )
)

add(
    mail(
        MARC,
        "exchange-automatic-reply-no-date",
        "auto_reply",
        frm=("Jessica Wong", "jessica.wong@northshorelakes.example"),
        subject="Automatic reply: Thank you – Senior Data Governance Analyst interview",
        date=dh("2026-03-10 11:02:00", "America/Toronto"),
        extra=[("X-MS-Exchange-Inbox-Rules-Loop", "jessica.wong@northshorelakes.example")],
        body="""Thank you for your message. I am currently out of the office with limited access to email and will respond as soon as possible upon my return.

If your matter is urgent, please contact talent@northshorelakes.example.
""",
        label=note(
            "Exchange 'Automatic reply:' without Auto-Submitted; no return date; mentions an interview in the quoted subject."
        ),
    )
)

add(
    mail(
        JOAO,
        "ooo-bilingual-ferias",
        "auto_reply",
        frm=("Larissa Fontes", "larissa.fontes@bancoipe.example"),
        subject="Resposta automática: Re: Entrevista - Senior Risk Analyst",
        date=dh("2026-05-04 09:00:10", "America/Sao_Paulo"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Olá! Estou de férias até 18/05 e retorno no dia 18/05/2026. Para assuntos urgentes, procure recrutamento@bancoipe.example.

Hi! I'm on vacation and will be back on 18 May 2026. For urgent matters, please write to recrutamento@bancoipe.example.
""",
        label=note(
            "Portuguese/English vacation reply with a return date.", return_date="2026-05-18"
        ),
    )
)

_orig = """Return-Path: <kofi.mb@example.org>
Date: Fri, 10 Apr 2026 09:14:00 -0600
From: Kofi Mensah-Boateng <kofi.mb@example.org>
To: Jenna Marsh <jenna.marsh@quarrylabs-old.example>
Subject: Thank you for today's interview
Message-ID: <kofi-thanks-0410@example.org>
"""
_dsn = """Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4Qx7Kp1Zt2z9sL
Arrival-Date: Fri, 10 Apr 2026 15:14:02 +0000 (UTC)

Final-Recipient: rfc822; jenna.marsh@quarrylabs-old.example
Original-Recipient: rfc822;jenna.marsh@quarrylabs-old.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.quarrylabs-old.example
Diagnostic-Code: smtp; 550 5.1.1 <jenna.marsh@quarrylabs-old.example>: Recipient address rejected: User unknown
"""
_hdrs = _headers(
    KOFI,
    frm="MAILER-DAEMON@mail.example.org (Mail Delivery System)",
    subject="Undelivered Mail Returned to Sender",
    date=dh("2026-04-10 09:14:03", "America/Denver"),
    msgid="<20260410151403.7C1A22E0041@mail.example.org>",
    to="kofi.mb@example.org",
    helo="mail.example.org",
    return_path="",
    extra=[("Auto-Submitted", "auto-replied")],
)
add(
    Msg(
        "bounce-dsn-thank-you-note",
        "auto_reply",
        KOFI,
        message(
            _hdrs,
            multi(
                "report",
                "7C1A22E0041.1775834043/mail.example.org",
                text(
                    "This is the mail system at host mail.example.org.\n\n"
                    "I'm sorry to have to inform you that your message could not\n"
                    "be delivered to one or more recipients.\n\n"
                    "<jenna.marsh@quarrylabs-old.example>: host mx.quarrylabs-old.example said:\n"
                    "    550 5.1.1 User unknown\n",
                    charset="us-ascii",
                    cte="7bit",
                ),
                Part([("Content-Type", "message/delivery-status")], _dsn.encode()),
                Part([("Content-Type", "text/rfc822-headers")], _orig.encode()),
                params="report-type=delivery-status",
                preamble="This is a MIME-encapsulated message.",
            ),
        ),
        note(
            "Postfix DSN for the user's thank-you note after an interview; says 'interview' in the returned headers."
        ),
    )
)

_inner_ics = event(
    uid="bounced-invite-7731@wattleandgum.example",
    start="2026-05-14 11:00",
    zone="Australia/Sydney",
    minutes=45,
    summary="Merchandise Planner – interview (Aroha Ngata)",
    organizer=("Bronwyn McAllister", "bronwyn.mcallister@wattleandgum.example"),
    attendees=[("Aroha Ngata", "aroha.ngata@example.org")],
    stamp="20260508T020000Z",
)
_inner = (
    "From: Aroha Ngata <aroha.ngata@example.org>\n"
    "To: aroha.ngata.old@oldmail.example\n"
    "Subject: Fwd: Merchandise Planner – interview (Aroha Ngata)\n"
    "Date: Fri, 08 May 2026 13:20:00 +1200\n"
    "Message-ID: <fwd-wattle-0508@example.org>\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="fwdb1"\n\n'
    "--fwdb1\n"
    'Content-Type: text/plain; charset="UTF-8"\n\n'
    "Forwarding to my old address so it shows on my phone calendar.\n\n"
    "--fwdb1\n"
    'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\n\n'
    + _inner_ics
    + "\n--fwdb1--\n"
)
_hdrs = _headers(
    AROHA,
    frm="Mail Delivery Subsystem <mailer-daemon@mx.oldmail.example>",
    subject="Delivery Status Notification (Failure)",
    date=dh("2026-05-08 13:20:05", "Pacific/Auckland"),
    msgid="<bounce-0508-aroha@mx.oldmail.example>",
    to="aroha.ngata@example.org",
    helo="mx.oldmail.example",
    return_path="",
    extra=[("Auto-Submitted", "auto-replied")],
)
add(
    Msg(
        "bounce-old-address-forwarded-invite",
        "auto_reply",
        AROHA,
        message(
            _hdrs,
            multi(
                "report",
                "bnc_0508_aroha",
                text(
                    "Address not found\n\nYour message wasn't delivered to aroha.ngata.old@oldmail.example "
                    "because the address couldn't be found, or is unable to receive mail.\n",
                    cte="7bit",
                ),
                Part(
                    [("Content-Type", "message/delivery-status")],
                    b"Reporting-MTA: dns; mx.oldmail.example\n\n"
                    b"Final-Recipient: rfc822; aroha.ngata.old@oldmail.example\n"
                    b"Action: failed\nStatus: 5.1.1\n"
                    b"Diagnostic-Code: smtp; 550 5.1.1 The email account does not exist\n",
                ),
                Part([("Content-Type", "message/rfc822")], _inner.encode()),
                params="report-type=delivery-status",
            ),
        ),
        note(
            "Bounce whose returned message carries an interview calendar REQUEST: still a bounce."
        ),
    )
)

add(
    mail(
        WEILING,
        "ats-mailbox-not-monitored",
        "auto_reply",
        frm=("Merlion Ledger", "noreply@candidates.workablemail.com"),
        subject="Re: Compliance Analyst – question about the interview",
        date=dh("2026-05-05 12:00:03", "Asia/Singapore"),
        extra=[("Auto-Submitted", "auto-generated")],
        body="""This mailbox is not monitored. Your message has not been delivered to the hiring team.

To contact Merlion Ledger about your application, please use the messaging feature on your candidate page.
""",
        label=note("'Mailbox not monitored' automatic answer."),
    )
)

add(
    mail(
        FATIMA,
        "ooo-eid-return-tuesday",
        "auto_reply",
        frm=("Priya Nair", "priya.nair@falconridge.example"),
        subject="Automatic reply: Interview feedback",
        date=dh("2026-05-26 10:00:00", "Asia/Dubai"),
        extra=_AUTO,
        body="""Eid Mubarak! I am out of the office for the Eid Al Adha holidays and will return on Tuesday 2 June. For urgent recruitment matters, please contact careers@falconridge.example.

Priya Nair | Talent Acquisition | Falconridge Capital
""",
        label=note("Holiday out-of-office with a weekday return date.", return_date="2026-06-02"),
    )
)

add(
    mail(
        YUKI,
        "ooo-golden-week-bilingual",
        "auto_reply",
        frm=("Emma Kobayashi", "emma.kobayashi@hoshizora.example"),
        subject="自動応答: Re: Interview confirmation / 面接日程のご案内",
        date=dh("2026-04-30 18:10:00", "Asia/Tokyo"),
        extra=_AUTO,
        body="""誠に恐れ入りますが、5月7日（木）まで休暇をいただいております。
I am away for Golden Week and will be back on Thursday, May 7. I will reply after my return.

Emma Kobayashi
""",
        label=note(
            "Japanese/English Golden Week auto-reply with a return date.", return_date="2026-05-07"
        ),
    )
)

# ======================================== bulk ==========================================
add(
    mail(
        JOAO,
        "job-alert-data-scientist",
        "bulk",
        frm=("JobHarbor Alerts", "alerts@jobharbor.example"),
        subject="12 new jobs for 'Data Scientist' in São Paulo",
        date=dh("2026-04-19 07:00:00", "America/Sao_Paulo"),
        extra=_bulk("https://jobharbor.example/u/8812fa"),
        body="""New jobs matching your alert

Data Scientist – Banco Ipê Digital – São Paulo (hybrid)
Easy apply · Actively interviewing

Senior Data Scientist – Mercado Aurora – São Paulo
Be an early applicant

Machine Learning Scientist – Rio Verde Seguros – Remote
Interviewing now: typical process 3 interviews in 2 weeks

See all 12 jobs: https://jobharbor.example/jobs?alert=8812fa

You are receiving this alert because you subscribed on JobHarbor. Unsubscribe: https://jobharbor.example/u/8812fa
""",
        html_auto=True,
        label=note("Job alert with 'interviewing' badges."),
    )
)

add(
    mail(
        SIOBHAN,
        "newsletter-interview-mistakes",
        "bulk",
        frm=("CareerCraft Weekly", "newsletter@careercraft.example"),
        subject="5 interview mistakes that cost you the offer",
        date=dh("2026-04-12 08:00:00", "Europe/Dublin"),
        extra=_bulk("https://careercraft.example/unsub?u=ie4471"),
        body="""This week in CareerCraft

1. You don't research the interviewers. Look up who you are meeting on Thursday at 10:00 – not on Thursday at 9:55.
2. You forget the time zone. Confirm whether "2pm" means Dublin or London time.
3. You skip the thank-you note.
4. You talk salary in the first interview.
5. You have no questions at the end.

Read the full article: https://careercraft.example/articles/interview-mistakes

You're receiving this because you signed up at careercraft.example. Manage preferences or unsubscribe.
""",
        label=note("Career newsletter full of interview words and times."),
    )
)

_ics = event(
    uid="webinar-20260611-clinical-ai@eventdesk.example",
    start="2026-06-11 18:00",
    zone="Pacific/Auckland",
    minutes=60,
    summary="Interview with an expert: AI in clinical coding",
    organizer=("HealthData NZ Events", "events@healthdata-nz.example"),
    description="Webinar: an interview with Dr Rangi Paewai on AI in clinical coding. Join: https://eventdesk.example/w/clinical-ai",
    method="PUBLISH",
    stamp="20260601T000000Z",
)
add(
    mail(
        AROHA,
        "webinar-interview-with-an-expert",
        "bulk",
        frm=("HealthData NZ Events", "events@healthdata-nz.example"),
        subject="You're registered: Interview with an expert – AI in clinical coding",
        date=dh("2026-06-01 12:00:00", "Pacific/Auckland"),
        extra=_bulk("https://healthdata-nz.example/unsubscribe?e=aroha"),
        body="""Kia ora Aroha,

Thanks for registering for our webinar series "Interview with an expert".

AI in clinical coding – an interview with Dr Rangi Paewai
Thursday 11 June 2026, 6:00pm NZST
Join link: https://eventdesk.example/w/clinical-ai

Add it to your calendar with the attached file.

HealthData NZ
Unsubscribe from event emails: https://healthdata-nz.example/unsubscribe?e=aroha
""",
        ics=_ics,
        ics_mode="attach",
        ics_method="PUBLISH",
        label=note(
            "Webinar registration titled 'Interview with an expert' with a PUBLISH calendar."
        ),
    )
)

add(
    mail(
        WEILING,
        "mock-interview-promo",
        "bulk",
        frm=("PrepPal", "hello@preppal.example"),
        subject="Your mock interview is waiting – Tuesday slots at 6pm",
        date=dh("2026-05-16 10:00:00", "Asia/Singapore"),
        extra=_bulk("https://preppal.example/unsub/sg-2231"),
        body="""Hi Wei Ling,

Nervous about your next interview? Book a 45-minute mock interview with a former FAANG interviewer. New slots every Tuesday at 6pm SGT.

Use code MAY20 for 20% off your first session.

Book now: https://preppal.example/mock-interviews

PrepPal Pte. Ltd. – you are receiving this email because you created an account. Unsubscribe.
""",
        label=note("Mock interview service marketing with a recurring time."),
    )
)

add(
    mail(
        MARC,
        "podcast-episode-newsletter",
        "bulk",
        frm=("The Build Log Podcast", "episodes@buildlog.example"),
        subject="New episode: our interview with the founder of Ferrovia AI",
        date=dh("2026-03-18 06:00:00", "America/Toronto"),
        extra=_bulk("https://buildlog.example/unsubscribe/mt881"),
        body="""Episode 142 is out!

In this week's interview, we sit down with Geneviève Lachance-Roy, CTO and co-founder of Ferrovia AI, to talk about hiring ML engineers and what she looks for in a technical interview.

Listen now: https://buildlog.example/142

Next live recording: Tuesday, March 24 at 12:00 PM ET – submit your questions!

Unsubscribe: https://buildlog.example/unsubscribe/mt881
""",
        label=note(
            "Podcast newsletter about an interview with a real interviewer's name from another message."
        ),
    )
)

add(
    mail(
        THANDI,
        "alumni-careers-fair-list",
        "bulk",
        frm=("Highveld University Careers", "careers@highveld-uni.example"),
        subject="[HU-Alumni] Careers Fair 2026: employers interviewing on the spot",
        date=dh("2026-04-27 08:30:00", "Africa/Johannesburg"),
        extra=_bulk(
            "https://lists.highveld-uni.example/unsub/alumni",
            "HU Alumni Careers <hu-alumni.lists.highveld-uni.example>",
        ),
        body="""Dear alumni,

Our annual Careers Fair takes place on Wednesday 13 May 2026 from 10:00 to 15:00 in the Great Hall. More than 40 employers will attend, and several will hold on-the-spot interviews – bring printed CVs!

Register: https://highveld-uni.example/careers-fair

--
You are subscribed to HU Alumni Careers. To unsubscribe, visit https://lists.highveld-uni.example/unsub/alumni
""",
        label=note("Mailing list (List-Id) announcing on-the-spot interviews at a fair."),
    )
)

add(
    mail(
        XIMENA,
        "open-interview-day-retail",
        "bulk",
        frm=("Empleos Tiendas Girasol", "empleos@tiendasgirasol.example"),
        subject="Open interview day this Saturday – store managers wanted!",
        date=dh("2026-05-18 09:00:00", "America/Mexico_City"),
        extra=_bulk("https://tiendasgirasol.example/baja?c=xh"),
        body="""We're hiring store managers and assistant managers across CDMX!

Walk-in interviews: Saturday, May 23, 10:00 AM to 4:00 PM
Tiendas Girasol – Plaza Coyoacán, 2nd floor

No appointment needed. Bring your CV and an official ID.

You are receiving this email because you joined our talent network. Unsubscribe: https://tiendasgirasol.example/baja?c=xh
""",
        label=note("Recruitment marketing for a walk-in interview day (no booked interview)."),
    )
)

add(
    mail(
        FATIMA,
        "salary-guide-agency-newsletter",
        "bulk",
        frm=("Castlegate Insights", "insights@castlegate-search.example"),
        subject="Gulf Salary Guide 2026 – finance & accounting",
        date=dh("2026-03-03 09:00:00", "Asia/Dubai"),
        extra=_bulk("https://castlegate-search.example/prefs?u=fa"),
        body="""Our 2026 Gulf Salary Guide is here.

Financial Controllers in Dubai saw average packages rise 6% year on year. Candidates with IFRS 17 experience are being offered interviews within days.

Download the guide: https://castlegate-search.example/salary-guide-2026

Castlegate Executive Search | Manage preferences | Unsubscribe
""",
        label=note("Agency salary-guide newsletter from the same agency as real mail."),
    )
)

add(
    mail(
        YUKI,
        "interview-reviews-digest",
        "bulk",
        frm=("WorkVoice", "digest@workvoice.example"),
        subject="New interview reviews for Kumo Robotics",
        date=dh("2026-04-25 08:00:00", "Asia/Tokyo"),
        extra=_bulk("https://workvoice.example/unsub/yt"),
        body="""People are talking about companies you follow.

Kumo Robotics – Robotics Software Engineer interview
"Two rounds: a technical interview on Zoom (1 hour) and an onsite with the team. Interviewer was friendly." – Anonymous, Tokyo

Kumo Robotics – Hardware Engineer interview
"The process took 4 weeks. Difficulty: 3/5."

Read all reviews: https://workvoice.example/kumo-robotics/interviews

Unsubscribe from digests: https://workvoice.example/unsub/yt
""",
        label=note("Interview-review digest about a company the user is interviewing with."),
    )
)

add(
    mail(
        KOFI,
        "talent-community-new-jobs",
        "bulk",
        frm=("Front Range Health System Careers", "talentcommunity@talent.icims.com"),
        subject="New opportunities at Front Range Health System",
        date=dh("2026-04-14 07:30:00", "America/Denver"),
        extra=_bulk("https://careers-frontrangehealth.icims.com/unsubscribe"),
        body="""Hi Kofi,

Thanks for joining our Talent Community! Here are new jobs that match your interests:

- Epic Analyst II – Denver, CO
- Clinical Informatics Educator – Aurora, CO
- Data Engineer, Population Health – Remote (Colorado)

Apply today – many of our teams are interviewing this month.

Unsubscribe: https://careers-frontrangehealth.icims.com/unsubscribe
""",
        label=note("ATS talent-community mailing from a company the user interviewed with."),
    )
)

add(
    mail(
        THANDI,
        "meetup-how-we-interview",
        "bulk",
        frm=("Meetup", "info@meetup-mail.example"),
        subject="Joburg Golang Meetup: How we interview engineers – Tue, 19 May",
        date=dh("2026-05-12 15:00:00", "Africa/Johannesburg"),
        extra=_bulk("https://meetup-mail.example/unsub/jhb-go"),
        body="""Joburg Golang Meetup

How we interview engineers (and how to pass)
Tuesday, 19 May 2026, 18:00 SAST
Braamfontein Tech Hub, 22 Juta Street

Lindiwe Dlamini from Kopano Pay shares how her team runs technical interviews.

RSVP: https://meetup-mail.example/jhb-go/events/3381

You received this because you are a member of Joburg Golang Meetup. Unsubscribe.
""",
        label=note("Meetup event about interviewing, with a time and a known interviewer's name."),
    )
)

# ======================================== other =========================================
_ics = event(
    uid="appt-88412@rosebankdental.example",
    start="2026-05-12 15:00",
    zone="Africa/Johannesburg",
    minutes=30,
    summary="Dental appointment – Dr Kavitha Naidoo",
    organizer=("Rosebank Dental Studio", "bookings@rosebankdental.example"),
    attendees=[("Thandiwe Nkosi", "thandi.nkosi@example.net")],
    location="Rosebank Dental Studio, 50 Bath Avenue, Rosebank",
    stamp="20260505T100000Z",
)
add(
    mail(
        THANDI,
        "dentist-appointment-ics",
        "other",
        frm=("Rosebank Dental Studio", "bookings@rosebankdental.example"),
        subject="Appointment confirmed: Tuesday, 12 May 2026 at 15:00",
        date=dh("2026-05-05 12:00:00", "Africa/Johannesburg"),
        body="""Dear Thandiwe,

Your appointment with Dr Kavitha Naidoo is confirmed for Tuesday, 12 May 2026 at 15:00.

Please arrive 10 minutes early. To reschedule, call 011 555 0128 at least 24 hours before.

Rosebank Dental Studio
""",
        ics=_ics,
        ics_mode="attach",
        label=note("Dentist appointment with a calendar request."),
    )
)

add(
    mail(
        AROHA,
        "vet-reminder",
        "other",
        frm=("Grey Lynn Vets", "reminders@greylynnvets.example"),
        subject="Reminder: Miro's vaccination on Thursday 4 June",
        date=dh("2026-06-01 09:00:00", "Pacific/Auckland"),
        body="""Kia ora Aroha,

This is a reminder that Miro is booked in for an annual vaccination with Dr Sophie Tuilagi on Thursday 4 June at 4:15pm.

Reply YES to confirm or call us on 09 555 0133 to change.

Grey Lynn Vets
""",
        label=note("Vet appointment reminder."),
    )
)

add(
    mail(
        SIOBHAN,
        "gp-appointment-confirmation",
        "other",
        frm=("Ranelagh Medical Practice", "noreply@ranelaghmedical.example"),
        subject="Appointment confirmation",
        date=dh("2026-04-20 16:30:00", "Europe/Dublin"),
        body="""Dear Siobhán Ní Bhriain,

Your appointment with Dr Conor Whelan is confirmed:
Friday 24 April 2026 at 09:40
Ranelagh Medical Practice, 12 Ranelagh Road, Dublin 6

If you cannot attend, please let us know at least 24 hours in advance.
""",
        label=note("GP appointment confirmation from a no-reply sender."),
    )
)

add(
    mail(
        MARC,
        "restaurant-reservation",
        "other",
        frm=("TableNest", "reservations@tablenest.example"),
        subject="Your reservation at Bistro Lanterne is confirmed",
        date=dh("2026-05-02 20:15:00", "America/Toronto"),
        body="""Bonjour Marc-André,

Your table is booked!

Bistro Lanterne
Friday, May 8, 2026 at 7:30 PM
Party of 2
1185 Rue Saint-Denis, Montréal

Need to make a change? Manage your reservation: https://tablenest.example/r/9Q2LX

See you soon!
""",
        label=note("Restaurant reservation with a confirmed time."),
    )
)

add(
    mail(
        KOFI,
        "podcast-guest-recording",
        "other",
        frm=("Hannah Lindgren", "hannah@rockiesdatapod.example"),
        subject="Confirmed: your interview on Data in the Rockies",
        date=dh("2026-05-13 11:30:00", "America/Denver"),
        body="""Hi Kofi,

Thanks so much for agreeing to be interviewed on Data in the Rockies! We're confirmed for Wednesday, May 20 at 10:00 AM MT. We'll record over Riverside: https://riverside.example/studio/rockies-data

I'll interview you for about 40 minutes about your work on weather forecasting with machine learning. No need to prepare anything.

Cheers,
Hannah Lindgren
Host, Data in the Rockies
""",
        label=note(
            "The user is a podcast guest: an 'interview' with a time that is not a job interview."
        ),
    )
)

add(
    mail(
        XIMENA,
        "background-check-request",
        "other",
        frm=("ClearPath Screening", "no-reply@clearpath-screening.example"),
        subject="Action required: complete your background check for Fondo Colibrí",
        date=dh("2026-06-22 10:00:00", "America/Mexico_City"),
        body="""Hello Ximena Hernández,

Fondo Colibrí has asked ClearPath Screening to complete a background check as part of your hiring process.

Please complete your information within 5 business days: https://clearpath-screening.example/c/4fa21x

This link expires on Monday, June 29, 2026.

ClearPath Screening
""",
        label=note("Background-check request after an offer."),
    )
)

add(
    mail(
        FATIMA,
        "reference-check-call-for-colleague",
        "other",
        frm=("Oliver Brandt", "oliver.brandt@dunecap.example"),
        subject="Reference for Sara Haddad",
        date=dh("2026-05-18 14:00:00", "Asia/Dubai"),
        body="""Dear Fatima,

Sara Haddad has listed you as a referee for the Senior Treasury Analyst position at Dune Capital. Would you be available for a 15-minute reference call on Tuesday at 3pm Dubai time? If not, any time on Wednesday afternoon works.

Many thanks,
Oliver Brandt
Head of Talent, Dune Capital
""",
        label=note("The user is a referee for someone else; a call is proposed."),
    )
)

add(
    mail(
        WEILING,
        "application-acknowledgement",
        "other",
        frm=("Straits Health Group Careers", "careers@straitshealth.example"),
        subject="Thank you for applying – Healthcare Data Engineer",
        date=dh("2026-04-02 08:00:00", "Asia/Singapore"),
        body="""Dear Tan Wei Ling,

Thank you for your application for Healthcare Data Engineer (Req 26-0412). We have received it and our team will review it carefully.

If your profile matches our requirements, we will contact you to arrange an interview. Due to the volume of applications, only shortlisted candidates will be notified.

Straits Health Group Talent Acquisition
""",
        label=note("Application acknowledgement that mentions arranging an interview."),
    )
)

_ics = event(
    uid="040000008200E00074C5B7101A82E00800000000USERRESEARCH0521SYNTH",
    start="2026-05-21 15:00",
    zone="Tokyo Standard Time",
    minutes=60,
    summary="User interview synthesis – onboarding study",
    organizer=("Kaito Yamamoto", "kaito.yamamoto@sakuraapps.example"),
    attendees=[
        ("Yuki Tanaka", "yuki.tanaka@example.com"),
        ("Rina Oshiro", "rina.oshiro@sakuraapps.example"),
    ],
    description="Let's go through the notes from last week's user interviews and agree on the top 3 findings.",
    location="Meeting room Fuji / Microsoft Teams",
    prodid="Microsoft Exchange Server 2010",
    stamp="20260514T050000Z",
)
add(
    mail(
        YUKI,
        "internal-user-interview-synthesis",
        "other",
        frm=("Kaito Yamamoto", "kaito.yamamoto@sakuraapps.example"),
        to="Yuki Tanaka <y.tanaka.jobs@example.org>",
        subject="User interview synthesis – onboarding study",
        date=dh("2026-05-14 14:00:00", "Asia/Tokyo"),
        extra=[("Content-class", "urn:content-classes:calendarmessage")],
        body="""When: Thursday, 21 May 2026 15:00-16:00 (UTC+09:00) Osaka, Sapporo, Tokyo.
Where: Meeting room Fuji / Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Let's go through the notes from last week's user interviews and agree on the top 3 findings.
""",
        ics=_ics,
        ics_mode="inline",
        label=note(
            "Work meeting invitation about user-research interviews (Windows TZID); sent to the user's second address."
        ),
    )
)

add(
    mail(
        JOAO,
        "research-participant-session",
        "other",
        frm=("Equipe de Pesquisa Mercado Aurora", "pesquisa@mercadoaurora.example"),
        subject="Your research interview is confirmed – Thursday 21 May",
        date=dh("2026-05-15 12:00:00", "America/Sao_Paulo"),
        body="""Hi João,

Thanks for signing up to take part in our customer research! Your 45-minute interview about how you shop for groceries online is confirmed for Thursday 21 May 2026 at 14:00 (Brasília time) on Google Meet: https://meet.google.com/mer-cado-aur

As a thank-you, you'll receive a R$150 gift card after the session.

Equipe de Pesquisa – Mercado Aurora
""",
        label=note(
            "The user is a paid participant in a customer research interview, not a candidate."
        ),
    )
)

add(
    mail(
        AROHA,
        "take-home-assessment-deadline",
        "other",
        frm=("Pōhutukawa Labs", "hiring@pohutukawalabs.example"),
        subject="Your take-home task – Growth Marketing Lead",
        date=dh("2026-04-22 09:30:00", "Pacific/Auckland"),
        body="""Kia ora Aroha,

Thanks for the coffee yesterday! The next step is a short take-home task: a 90-day growth plan for our app in the Australian market.

Please send it back by 5pm on Monday 27 April. Keep it to four slides or fewer.

Ngā mihi,
Pōhutukawa Labs hiring team
""",
        label=note("Take-home assignment with a deadline, no meeting."),
    )
)
