"""Automatic answers, bounces, bulk mail and the hard 'other' traps."""

from __future__ import annotations

import hashlib

from tests.eval.authoring.common import headers
from tests.eval.authoring.mime import Part, addr, cal, hdr_text, message, multi
from tests.eval.authoring.mime import text as text_part

from .kit import (
    AMANDINE,
    AUTO,
    BIBEK,
    BRODY,
    DESHAWN,
    ELSA,
    GASPARD,
    HAMISH,
    INES,
    JOAQUIM,
    KAVYA,
    KENTARO,
    LACHIE,
    MARISOL,
    NOELANI,
    NURIA,
    ORIANA,
    PADRAIG,
    SOLENNE,
    TALLULAH,
    THANDEKA,
    WARRICK,
    YUTING,
    Msg,
    User,
    ats,
    bulk,
    dh,
    exchange,
    gcal,
    ics,
    invite,
    mail,
    mid,
    note,
    uid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================== Automatic answers ===============================================
add(
    mail(
        DESHAWN,
        "exchange-ooo-rfc3834-recruiter-back-monday",
        "auto_reply",
        frm=("Kasey Lund", "kasey.lund@brightmoor.example"),
        subject="Automatic reply: Thank you - Actuarial Analyst interview",
        date=dh("2031-03-12 07:31", "America/New_York"),
        extra=AUTO,
        body="""Thank you for your email. I am out of the office through Friday, March 14 with limited access to email. I will respond when I return on Monday, March 17.

For urgent recruiting matters, please contact talent@brightmoor.example.

Kasey Lund
""",
        label=note("Exchange out-of-office with RFC 3834 headers.", return_date="2031-03-17"),
    )
)
add(
    mail(
        HAMISH,
        "ooo-no-headers-plain-subject-parental-leave",
        "auto_reply",
        frm=("Iona Drummond", "iona.drummond@glenlyonfinance.example"),
        subject="Out of Office: Re: Management Accountant application",
        date=dh("2031-02-18 12:02", "Europe/London"),
        body="""Hello, I'm currently on parental leave and not checking this inbox. Please contact my colleague Calum Reid (calum.reid@glenlyonfinance.example) about recruitment for the finance team.

Iona
""",
        label=note("Out-of-office without RFC 3834 headers and without a return date."),
    )
)
add(
    ats(
        KAVYA,
        "unmonitored-mailbox-auto-ack-peepal",
        "auto_reply",
        frm=("Peepal Bank Careers", "noreply-careers@peepalbank.example"),
        subject="Re: Query about interview venue [Auto-response]",
        date=dh("2031-02-15 11:00", "Asia/Kolkata"),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        body="""This mailbox is not monitored. Your email has not been read.

For queries related to your application, please log in to the candidate portal at https://careers.peepalbank.example.
""",
        label=note("Unmonitored-mailbox automatic answer."),
    )
)
add(
    mail(
        PADRAIG,
        "agency-ticket-autoresponder-capelin",
        "auto_reply",
        frm=("Atlantic Staffing Support", "support@atlanticstaffing.example"),
        subject="[Ticket #48812] We've received your request",
        date=dh("2031-03-06 22:14", "America/St_Johns"),
        extra=[("Auto-Submitted", "auto-generated")],
        body="""Hi Padraig,

Thanks for contacting Atlantic Staffing. Your request (#48812) has been received and a member of our team will respond within 2 business days.

Please do not reply to this automated message.
""",
        label=note("Helpdesk ticket auto-acknowledgement."),
    )
)


def bounce(
    user: User,
    slug: str,
    *,
    date: str,
    rcpt: str,
    subject: str,
    inner_body: Part,
    inner_subject: str,
    inner_date: str,
    inner_to: str,
    reason: str,
    notes: str,
) -> Msg:
    """A delivery status notification (RFC 3464) returning the user's own message."""
    inner_hdrs = [
        ("Date", inner_date),
        ("From", addr(user.name, user.addresses[0])),
        ("To", inner_to),
        ("Subject", hdr_text(inner_subject)),
        ("Message-ID", mid(slug + "/original", user.addresses[0].split("@")[1])),
        ("MIME-Version", "1.0"),
    ]
    inner = message(inner_hdrs[:-1], inner_body, crlf=False)
    bnd = "bounce" + hashlib.sha1(slug.encode()).hexdigest()[:12]
    status = (
        "Reporting-MTA: dns; mx1.example.net\n"
        "Arrival-Date: " + inner_date + "\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: {reason}\n"
    )
    body = multi(
        "report",
        bnd,
        text_part(
            "This is the mail system at host mx1.example.net.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            f"<{rcpt}>: host mail.{rcpt.split('@')[1]}[192.0.2.61] said: 550 5.1.1 {reason}\n",
            charset="us-ascii",
            cte="7bit",
        ),
        Part([("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Type", "message/rfc822")], inner),
        params="report-type=delivery-status",
    )
    hdrs = headers(
        user,
        frm="Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
        subject=subject,
        date=date,
        msgid=mid(slug, "mx1.example.net"),
        return_path="",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return Msg(slug, "auto_reply", user, message(hdrs, body), note(notes))


# --- Bounce of the user's own calendar REQUEST (inviting a recruiter to a call) -----------------
S = "2031-03-21 15:00"
_req = ics(
    uid=uid("bounce-calendar-request-ines"),
    start=S,
    zone="Europe/Lisbon",
    minutes=30,
    summary="Call: Inês / Tejo Analytics",
    organizer=("Inês Magalhães Corte-Real", "ines.mcortereal@example.net"),
    attendees=[("Rui Damasceno", "rui.damasceno@tejoanalytics.example")],
    prodid="-//Google Inc//Google Calendar 70.9054//EN",
)
add(
    bounce(
        INES,
        "bounce-carrying-calendar-request-tejo",
        date=dh("2031-03-18 10:02", "Europe/Lisbon"),
        rcpt="rui.damasceno@tejoanalytics.example",
        subject="Undelivered Mail Returned to Sender",
        inner_body=multi(
            "alternative",
            "inner-alt-ines",
            text_part("Hi Rui, sending the invite for our call as discussed.\n"),
            cal(_req, method="REQUEST"),
        ),
        inner_subject="Invitation: Call: Inês / Tejo Analytics @ Fri Mar 21, 2031 3pm - 3:30pm (WET)",
        inner_date=dh("2031-03-18 10:01", "Europe/Lisbon"),
        inner_to="Rui Damasceno <rui.damasceno@tejoanalytics.example>",
        reason="User unknown",
        notes="Bounce (RFC 3464) returning the user's own calendar REQUEST; not an interview.",
    )
)
add(
    bounce(
        ELSA,
        "bounce-mailbox-full-thank-you-note",
        date=dh("2031-03-21 16:44", "Europe/Stockholm"),
        rcpt="jonas.wikstrom@norrskenrail.example",
        subject="Delivery Status Notification (Failure)",
        inner_body=text_part(
            "Hi Jonas,\n\nThank you for the interview yesterday - I enjoyed the discussion about "
            "interlocking upgrades.\n\nBest regards,\nElsa\n"
        ),
        inner_subject="Thank you",
        inner_date=dh("2031-03-21 16:43", "Europe/Stockholm"),
        inner_to="Jonas Wikström <jonas.wikstrom@norrskenrail.example>",
        reason="Mailbox full",
        notes="Bounce of a thank-you note after an interview.",
    )
)

# ============================== Bulk ===========================================================
add(
    ats(
        NOELANI,
        "linkedin-job-alert-controls-engineer",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“controls engineer”: 18 new jobs in Los Angeles",
        date=dh("2031-02-25 06:12", "America/Los_Angeles"),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/e/unsub?id=5521"),
        body="""Your job alert for controls engineer in Los Angeles

Controls Engineer - Harbor Automation - Long Beach, CA - Easy Apply
Robotics Controls Engineer II - Sierra Motion - Pasadena, CA
Senior Controls Engineer - Kelpwise Robotics - San Pedro, CA

See all jobs: https://www.linkedin.com/jobs/alerts/5521
Unsubscribe: https://www.linkedin.com/e/unsub?id=5521
""",
        label=note("LinkedIn job alert naming a company the user interviews with."),
    )
)
add(
    ats(
        MARISOL,
        "indeed-interview-tips-newsletter-march",
        "bulk",
        frm=("Indeed Career Guide", "careerguide@indeed.com"),
        subject="Your interview is next week? 7 questions to prepare for",
        date=dh("2031-03-04 08:00", "America/Chicago"),
        extra=bulk("<careerguide.indeed.com>", "https://www.indeed.com/unsubscribe?c=ax81"),
        body="""Ace your next interview

1. Tell me about yourself
2. Why do you want to work here?
3. Describe a time you handled conflict

Plus: how to follow up after an interview, and what to wear to a video interview.

Read more: https://www.indeed.com/career-advice/interviewing
Unsubscribe: https://www.indeed.com/unsubscribe?c=ax81
""",
        label=note("Newsletter about interviewing, full of interview words."),
    )
)
add(
    ats(
        KAVYA,
        "glassdoor-salary-insights-digest",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="Data Engineer salaries in Bengaluru - your weekly insights",
        date=dh("2031-03-09 09:00", "Asia/Kolkata"),
        extra=bulk("<insights.glassdoor.com>", "https://www.glassdoor.com/unsubscribe?k=77"),
        body="""Here's what's new for Data Engineer in Bengaluru

Average base pay: ₹18,40,000/yr
Companies hiring: Sandalwood Analytics, Tamarind Health and 42 more
Interview reviews: "Two technical rounds and a hiring manager interview"

Unsubscribe: https://www.glassdoor.com/unsubscribe?k=77
""",
        label=note("Glassdoor digest quoting interview reviews."),
    )
)
add(
    ats(
        THANDEKA,
        "eventbrite-webinar-mastering-panel-interviews",
        "bulk",
        frm=("Eventbrite", "noreply@eventbrite.com"),
        subject="Reminder: Mastering Panel Interviews starts tomorrow",
        date=dh("2031-03-10 10:00", "Africa/Johannesburg"),
        extra=bulk("<reminders.eventbrite.com>", "https://www.eventbrite.com/unsubscribe?e=9912"),
        body="""Mastering Panel Interviews (free webinar)
Tuesday, March 11, 2031, 18:00 - 19:00 SAST
Online event - join link: https://www.eventbrite.com/e/mastering-panel-interviews-9912

Hosted by Ubuntu Careers Network

You're receiving this because you registered for this event.
""",
        label=note("Webinar reminder about interviews with a time (a trap)."),
    )
)
add(
    mail(
        BIBEK,
        "devops-list-digest-interview-thread",
        "bulk",
        frm=("kathmandu-devops@lists.example.org", "kathmandu-devops@lists.example.org"),
        subject="[ktm-devops] Digest, Vol 88, Issue 4",
        date=dh("2031-03-01 05:00", "Asia/Kathmandu"),
        extra=[
            ("List-Id", "Kathmandu DevOps <kathmandu-devops.lists.example.org>"),
            ("List-Post", "<mailto:kathmandu-devops@lists.example.org>"),
            ("Precedence", "list"),
        ],
        body="""Today's Topics:

   1. Re: Himal Cloud interview experience? (Pratik)
   2. Kubernetes meetup on Saturday 8 March (Sujata)

Message: 1
From: Pratik
Subject: Re: Himal Cloud interview experience?

I had mine last year - one technical round on a Monday morning and a chat with the CTO.
""",
        label=note("Mailing-list digest discussing interviews."),
    )
)
add(
    ats(
        JOAQUIM,
        "substack-design-newsletter-portfolio-reviews",
        "bulk",
        frm=("Pixel & Prosa", "pixelprosa@substack.com"),
        subject="How I bombed a design interview (and what I learned)",
        date=dh("2031-03-16 08:00", "America/Sao_Paulo"),
        extra=bulk("<pixelprosa.substack.com>", "https://pixelprosa.substack.com/action/unsub"),
        body="""This week: the whiteboard challenge that went sideways, and a checklist for portfolio reviews.

Read in app: https://pixelprosa.substack.com/p/bombed-design-interview

Unsubscribe: https://pixelprosa.substack.com/action/unsub
""",
        label=note("Newsletter post about an interview."),
    )
)

# ============================== Other ==========================================================
S = "2031-03-17 08:40"
add(
    invite(
        LACHIE,
        "dentist-reminder-ics-fitzroy",
        "other",
        start=S,
        zone="Australia/Melbourne",
        minutes=40,
        summary="Dental check-up - Fitzroy Smiles",
        organizer=("Fitzroy Smiles", "bookings@fitzroysmiles.example"),
        attendees=[("Lachlan Purvis-Obeng", "lachie.purvisobeng@example.net")],
        prodid="-//Fitzroy Smiles//Booking//EN",
        frm=("Fitzroy Smiles", "bookings@fitzroysmiles.example"),
        subject="Appointment reminder: Monday 17 March 8:40am",
        date=dh("2031-03-14 12:00", "Australia/Melbourne"),
        body="""Hi Lachlan,

This is a reminder of your appointment with Dr Anika Sorensen on Monday 17 March at 8:40am. Reply C to confirm.

Fitzroy Smiles, 211 Brunswick St
""",
        label=note("Dentist reminder with a calendar."),
    )
)
add(
    mail(
        AMANDINE,
        "landlord-viewing-ixelles-flat",
        "other",
        frm=("Agence Châtelain Immo", "visites@chatelain-immo.example"),
        subject="Confirmation visite appartement – Rue du Bailli 48",
        date=dh("2031-03-05 13:10", "Europe/Brussels"),
        body="""Bonjour Madame Verhaegen,

Nous confirmons la visite de l'appartement 2 chambres, rue du Bailli 48, le samedi 8 mars à 11h00. Notre agent, M. Kevin Peeters, vous attendra devant l'immeuble.

Merci de vous munir de vos trois dernières fiches de paie.

Agence Châtelain Immo
""",
        label=note("Flat viewing (French), not an interview; 'fiches de paie' not a job."),
    )
)
add(
    mail(
        SOLENNE,
        "podcast-guest-recording-toronto-data-talks",
        "other",
        frm=("Aidan Kowalchuk", "aidan@northernnumbers-podcast.example"),
        subject="Recording confirmed - Northern Numbers podcast",
        date=dh("2031-03-03 15:30", "America/Toronto"),
        body="""Hi Solenne,

Thanks so much for agreeing to be a guest! We're confirmed to record on Tuesday, March 11 at 2 pm ET on Riverside. I'll interview you for about 45 minutes about survey methodology.

Aidan
Host, Northern Numbers
""",
        label=note("Podcast 'interview' of the user as a guest."),
    )
)
add(
    gcal(
        MARISOL,
        "sales-demo-invite-vendor-analytics-tool",
        "other",
        start="2031-03-25 11:00",
        zone="America/Chicago",
        minutes=30,
        summary="Lumenfold Analytics - product demo (Marisol)",
        organizer=("Trent Bayliss", "trent.bayliss@lumenfold.example"),
        guests=[("Trent Bayliss", "trent.bayliss@lumenfold.example")],
        date=dh("2031-03-19 14:20", "America/Chicago"),
        note_text="Thanks for your interest in Lumenfold! Looking forward to showing you our dashboards.",
        label=note("Sales demo invitation from a vendor (Google calendar), not an interview."),
    )
)
add(
    exchange(
        TALLULAH,
        "weekly-one-on-one-current-manager",
        "other",
        start="2031-03-04 09:30",
        zone="US Mountain Standard Time",
        minutes=30,
        subject="Tallulah / Gordon 1:1",
        organizer=("Gordon Whitehorse", "gordon.whitehorse@desertbloomlabs.example"),
        attendees=[],
        date=dh("2031-02-27 16:00", "America/Phoenix"),
        text="Weekly check-in. Agenda in the shared doc.",
        label=note("1:1 with the user's current manager (Exchange), not an interview."),
    )
)
add(
    mail(
        KENTARO,
        "exit-interview-current-employer-tokyo",
        "other",
        frm=("Human Resources, Asahikawa Systems", "hr@asahikawasystems.example"),
        subject="Exit interview scheduling - your last day 2031/04/30",
        date=dh("2031-04-16 10:00", "Asia/Tokyo"),
        body="""Morimoto-san,

As part of your resignation process, we have scheduled your exit interview for 2031/04/25 (Fri) 16:00 in meeting room 7B with Ms. Tanabe (HR). Please also return your laptop and badge on your last day.

Human Resources
Asahikawa Systems
""",
        label=note("Exit interview at the user's current employer."),
    )
)
add(
    ats(
        BRODY,
        "user-is-interviewer-greenhouse-kit",
        "other",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        subject="You're interviewing Jamal Whitfield on Thursday, March 20",
        date=dh("2031-03-17 09:00", "America/Denver"),
        body="""Hi Brody,

You're scheduled to interview Jamal Whitfield for Warehouse Associate on Thursday, March 20 at 10:00 AM MDT.

Your interview kit and scorecard are ready. Please submit feedback within 24 hours.

Greenhouse on behalf of Front Range Freight
""",
        label=note("The user is the interviewer (hiring side), not the candidate."),
    )
)
add(
    mail(
        WARRICK,
        "informational-coffee-no-role-darwin",
        "other",
        frm=("Nicola Vukovic", "nicola.vukovic@arafuraconsulting.example"),
        subject="Coffee next week?",
        date=dh("2031-02-20 12:30", "Australia/Darwin"),
        body="""Hi Warrick,

Good to connect at the water forum. No roles going at our end at the moment, but happy to grab a coffee and tell you about how we got into hydrology consulting. Parap markets, Saturday 10am?

Nic
""",
        label=note("Informational coffee, explicitly no hiring; a proposal, not a job interview."),
    )
)
add(
    mail(
        NURIA,
        "reference-request-for-former-colleague",
        "other",
        frm=("Pilar Echevarría", "pilar.echevarria@cantabrico-hr.example"),
        subject="Reference for Jordi Mas – quick call?",
        date=dh("2031-03-11 11:00", "Europe/Madrid"),
        body="""Hi Núria,

Jordi Mas has listed you as a reference for a Senior Analyst role with our client. Would you have 15 minutes on Thursday 13 March at 16:00 CET for a short call?

Many thanks,
Pilar Echevarría
Cantábrico HR
""",
        label=note("Reference call about someone else; the user is the referee."),
    )
)
add(
    ats(
        DESHAWN,
        "background-check-fingerprint-appointment",
        "other",
        frm=("Keystone Screening", "appointments@keystonescreening.example"),
        subject="Fingerprinting appointment confirmed",
        date=dh("2031-04-01 13:00", "America/New_York"),
        body="""Your fingerprinting appointment for your background check is confirmed.

Date: Monday, April 7, 2031
Time: 11:15 AM
Location: Keystone Screening, 212 W 35th St, Suite 4, New York

Bring two forms of government ID.
""",
        label=note("Background-check appointment, not an interview."),
    )
)
add(
    ats(
        YUTING,
        "hackerrank-assessment-deadline-no-meeting",
        "other",
        frm=("Jadeite Semiconductor via HackerRank", "support@hackerrank.com"),
        subject="Invitation: Jadeite Semiconductor online assessment",
        date=dh("2031-02-24 10:00", "Asia/Taipei"),
        body="""Hi Lai Yu-ting,

Jadeite Semiconductor has invited you to take an online assessment for Yield Engineer. The test takes 90 minutes and must be completed by 2031-03-03 23:59 (GMT+8).

Start test: https://www.hackerrank.com/test/jds-yield-88
""",
        label=note("Assessment with a deadline, no meeting."),
    )
)
add(
    ats(
        ORIANA,
        "career-fair-registration-caracas",
        "other",
        frm=("Feria de Empleo UCAB", "feria@empleo-ucab.example"),
        subject="Registration confirmed: Spring Career Fair 2031",
        date=dh("2031-03-12 09:00", "America/Caracas"),
        body="""Hi Oriana,

You're registered for the Spring Career Fair on Saturday, March 22, 2031, 9:00 AM - 3:00 PM, Aula Magna. Bring printed CVs; 40 employers will be present.

See you there!
""",
        label=note("Career-fair registration, not an interview."),
    )
)
add(
    ats(
        ELSA,
        "workable-application-received-ack",
        "other",
        frm=("Norrsken Rail", "noreply@candidates.workablemail.com"),
        subject="Thanks for applying to Norrsken Rail",
        date=dh("2031-02-28 14:00", "Europe/Stockholm"),
        body="""Hi Elsa,

Thank you for applying for the Signalling Engineer position. We have received your application and will review it carefully. If your profile matches, we'll contact you to arrange an interview.

Norrsken Rail
""",
        label=note("Application acknowledgement mentioning a future interview."),
    )
)
add(
    ats(
        GASPARD,
        "icims-application-ack-english",
        "other",
        frm=("Loire Aero Careers", "loireaero@icims.com"),
        subject="Application received - Software Architect (R-7741)",
        date=dh("2031-02-19 20:00", "Europe/Paris"),
        body="""Dear Gaspard,

Thank you for your application to Software Architect (R-7741) at Loire Aero. Our recruiting team will review your profile and be in touch if there is a match.

Loire Aero Talent Acquisition
""",
        label=note("Application acknowledgement."),
    )
)
add(
    mail(
        NOELANI,
        "friend-asks-how-kelpwise-went",
        "other",
        frm=("Makana Ching", "makana.ching@example.org"),
        subject="sooo how did it go??",
        date=dh("2031-03-10 12:15", "America/Los_Angeles"),
        body="""Did you have the Kelpwise interview this morning? Tell me everything. Drinks Friday at 7 to celebrate or commiserate?

M
""",
        label=note("Friend's message about an interview that has happened."),
    )
)
add(
    mail(
        PADRAIG,
        "recruiter-thanks-after-interview-no-next-step",
        "other",
        frm=("Trudy Slaney", "trudy.slaney@capelinbank.example"),
        subject="Thank you for interviewing with Capelin Bank",
        date=dh("2031-03-12 15:40", "America/St_Johns"),
        body="""Hi Padraig,

Thank you for meeting with Gerard and Aisling this morning. The team is completing interviews this week and we expect to have an update for you by March 21.

Trudy
""",
        label=note("Thanks after the interview; no new meeting, no outcome yet."),
    )
)
add(
    mail(
        KAVYA,
        "onboarding-first-day-after-acceptance",
        "other",
        frm=("People Team, Tamarind Health", "people@tamarindhealth.example"),
        subject="Welcome aboard! Your first day on 5 May",
        date=dh("2031-04-18 11:00", "Asia/Kolkata"),
        body="""Hi Kavya,

We're thrilled you've accepted! Your first day is Monday, 5 May. Please report at 9:30 AM to our Koramangala office; your buddy, Nikhil, will meet you at reception for induction.

People Team
""",
        label=note("Onboarding after acceptance, not an interview."),
    )
)
add(
    mail(
        THANDEKA,
        "cold-recruiter-approach-no-meeting",
        "other",
        frm=("Ruan Botha", "ruan.botha@highveldtalent.example"),
        subject="Regulatory roles in Cape Town - open to a conversation?",
        date=dh("2031-02-12 09:10", "Africa/Johannesburg"),
        body="""Hi Thandeka,

I came across your profile and I'm working on two senior regulatory roles with energy clients in Cape Town. Would you be open to hearing more? No pressure at all.

Ruan Botha
Highveld Talent
""",
        label=note("Cold approach from an agency, nothing scheduled."),
    )
)
add(
    gcal(
        HAMISH,
        "team-offsite-google-invite-current-job",
        "other",
        start="2031-03-26 09:00",
        zone="Europe/London",
        minutes=420,
        summary="Q2 planning offsite - Finance team",
        organizer=("Moira Cullen", "moira.cullen@glenlyonfinance.example"),
        guests=[("Moira Cullen", "moira.cullen@glenlyonfinance.example")],
        date=dh("2031-03-10 10:00", "Europe/London"),
        meet=None,
        location="The Caves, Niddry St, Edinburgh",
        note_text="Full day - lunch provided.",
        label=note("Team offsite at the current employer (Google invite)."),
    )
)
add(
    mail(
        INES,
        "jury-service-summons-lisbon",
        "other",
        frm=("Tribunal Judicial da Comarca", "notificacoes@tribunal-lisboa.example"),
        subject="Notification: attendance required on 15 April",
        date=dh("2031-03-20 09:00", "Europe/Lisbon"),
        body="""Dear Ms. Inês Magalhães Corte-Real,

You are required to attend the court on Tuesday, 15 April 2031 at 09:30, Room 3, as a witness in case no. 1182/30. Bring this notice and identification.
""",
        label=note("Court witness summons, not an interview."),
    )
)
