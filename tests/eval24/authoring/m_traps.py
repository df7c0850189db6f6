"""Traps: mail that looks like an interview and is not (or is, against appearances)."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    AUTO,
    BLYTHE,
    CASSIUS,
    EILUNED,
    GOOGLE,
    GWENDOLYN,
    JUNIPER,
    KWAME,
    LETICIA,
    MAHALIA,
    MARGUERITE,
    MINERVA,
    NIKHIL,
    OCTAVIA,
    OUTLOOK,
    PRUDENCE,
    ROHINI,
    SAFFRON,
    TOBIAS,
    VAUGHN,
    bulk,
    cal_mail,
    d,
    dh,
    html_mail,
    lab,
    note,
    outlook,
    person,
    vendor,
    wd,
)

MESSAGES = [
    # 1. The user as referee for someone else's reference call.
    person(
        LETICIA,
        "referee-call-asked-for-dominique-barros",
        "other",
        frm=("Harlan Fitch", "harlan.fitch@keystone-search.example"),
        subject="Reference call for Dominique Barros - 15 minutes?",
        date=dh("2043-10-05 10:00", "America/New_York"),
        body=f"""Hi Leticia,

Dominique Barros has given your name as a referee for a Senior Analyst role with one of our
clients. Would you have 15 minutes for a reference call on {d("2043-10-07", "us")} at
11am ET? The questions are about the two years you managed her.

Many thanks,
Harlan Fitch
Keystone Search
""",
        label=note(
            "The user is asked to give a reference for someone else: not her own hiring; "
            "'other' although it proposes a time."
        ),
    ),
    # 2. The user interviewing candidates for her employer.
    outlook(
        PRUDENCE,
        "user-on-interview-panel-for-employer",
        "other",
        start="2043-10-20 14:00",
        zone="Pacific Standard Time",
        minutes=60,
        subject="Interview panel: Candidate - Jerome Castellanos (UX Writer)",
        organizer=("Shawna Pettibone", "shawna.pettibone@redwood-commons.example"),
        attendees=[("Jerome Castellanos", "jerome.castellanos.cv@example.net")],
        date=dh("2043-10-14 13:00", "America/Los_Angeles"),
        text="""Hi Prudence, thanks for agreeing to sit on the panel for Jerome's interview.
Please focus on content design; scorecard link in Greenhouse. Shawna (Recruiting)""",
        label=note(
            "The user is an interviewer on her own employer's panel; the candidate is someone "
            "else, so 'other'."
        ),
    ),
    # 3. Internal promotion interview at her current employer.
    person(
        KWAME,
        "internal-promotion-interview-current-employer",
        "interview",
        frm=("Victoria Asante-Hale", "victoria.asante@northbridge-fs.example"),
        subject="Internal vacancy: Team Lead, Settlements - interview",
        date=dh("2043-11-02 09:30", "Europe/London"),
        body=f"""Hi Kwame,

Thanks for applying for the internal Team Lead, Settlements vacancy. We'd like to invite
you to an interview on {d("2043-11-06", "uk")} at 15:00 in Meeting Room 4B (2nd floor). The
panel will be Oluwaseyi Grant (Head of Operations) and me.

Please let your current line manager know you'll be away from your desk for an hour.

Victoria Asante-Hale
HR Business Partner, Northbridge Financial Services
""",
        label=lab(
            "2043-11-06 15:00",
            "Europe/London",
            None,
            company="Northbridge Financial Services",
            role="Team Lead, Settlements",
            who=["Oluwaseyi Grant", "Victoria Asante-Hale"],
            emails=["victoria.asante@northbridge-fs.example"],
            notes="An internal promotion interview at the user's current employer. Labelled an "
            "interview: a competitive selection for a new role with a set time. A careful "
            "reader might say it is not part of a job search and call it 'other'.",
        ),
    ),
    # 4. University admission interview.
    person(
        ROHINI,
        "university-admission-interview-mba",
        "other",
        frm=("MBA Admissions", "mba.admissions@deccan-business-school.example"),
        subject="Admission interview - MBA (Executive) 2044 intake",
        date=dh("2043-09-20 11:00", "Asia/Kolkata"),
        body=f"""Dear Rohini,

Congratulations! Your application to the Executive MBA (2044 intake) has been shortlisted.
You are invited to an admission interview on {d("2043-09-27", "uky")} at 10:30 AM IST with
Prof. Aravind Menon.

MBA Admissions Office
""",
        label=note(
            "A university admission interview, not a job: 'other'. A careful reader might "
            "call it an interview."
        ),
    ),
    # 5. Volunteer-role chat.
    person(
        SAFFRON,
        "volunteer-chat-coastcare",
        "other",
        frm=("Bev Lindqvist", "bev.lindqvist@bayside-coastcare.example"),
        subject="Coastcare volunteers - coffee and a chat?",
        date=dh("2043-10-10 12:00", "Australia/Melbourne"),
        body=f"""Hi Saffron,

Thanks for putting your hand up to help with the dune planting days! I'd love to have a
quick coffee and a chat before your first session - {wd("2043-10-17")} at 10 at the
Brighton kiosk? Nothing formal, everyone's welcome.

Bev
Volunteer Coordinator, Bayside Coastcare
""",
        label=note(
            "A volunteer group's informal chat ('Nothing formal, everyone's welcome'): no "
            "selection for a job, 'other'."
        ),
    ),
    # 6. Landlord viewing.
    person(
        TOBIAS,
        "flat-viewing-landlord",
        "other",
        frm=("Gemma Rawcliffe", "gemma.rawcliffe@ancoats-lettings.example"),
        subject=f"Viewing confirmed - 2 bed, Jersey Street - {d('2043-09-19', 'abbr')} 11:00",
        date=dh("2043-09-16 17:00", "Europe/London"),
        body=f"""Hi Tobias,

Your viewing of the 2-bed apartment at 12 Jersey Street is confirmed for
{d("2043-09-19", "uk")} at 11:00. The landlord, Mr Okafor, will meet you there. Please
bring proof of income if you'd like to apply on the day.

Gemma
Ancoats Lettings
""",
        label=note("A flat viewing with a landlord: 'other'."),
    ),
    # 7. Press interview.
    person(
        MAHALIA,
        "press-interview-request-radio",
        "other",
        frm=("Hine Kerekere", "hine.kerekere@tuitui-radio.example"),
        subject="Interview request - Breakfast show, 1 October",
        date=dh("2043-09-25 15:30", "Pacific/Auckland"),
        body=f"""Kia ora Mahalia,

I'm a producer on Tūī Radio's breakfast show. We'd love to interview you about your piece
on te reo in advertising - live, {d("2043-10-01", "uk")} at 7.40am, about eight minutes.
Could you do it by phone?

Hine Kerekere
Producer
""",
        label=note("A radio interview about the user's writing: press, not hiring; 'other'."),
    ),
    # 8. Recruiter's cold outreach proposing a call.
    person(
        CASSIUS,
        "recruiter-cold-outreach-proposes-call",
        "other",
        frm=("Brody Kasprzak", "brody.kasprzak@summit-ridge-talent.example"),
        subject="Robotics role you might like",
        date=dh("2043-10-13 07:15", "America/Denver"),
        body="""Hi Cassius,

I came across your profile and think you'd be a strong fit for a confidential Senior
Controls Engineer search I'm running for a Denver-based client. Would you be open to a
quick 15-minute call this week to hear more? Happy to work around your schedule.

Brody Kasprzak
Principal Recruiter, Summit Ridge Talent
""",
        label=note(
            "Unsolicited outreach from an agency recruiter, no application, no time: 'other'. "
            "A careful reader might read 'open to a quick call?' as a scheduling request."
        ),
    ),
    # 9. Job-board "employers viewed your profile".
    html_mail(
        MARGUERITE,
        "job-board-employers-viewed-profile",
        "bulk",
        frm=("Hireline Alerts", "alerts@hireline-jobs.example"),
        subject="3 employers viewed your profile this week",
        date=dh("2043-10-18 06:00", "America/Chicago"),
        extra=bulk("<weekly.hireline-jobs.example>", "https://hireline-jobs.example/unsub/m7"),
        markup="""<h2>Your week on Hireline</h2>
<p>3 employers viewed your profile, including a logistics company in St. Louis.</p>
<p>Candidates who reply within 24 hours are 2x more likely to land an interview!</p>
<p><a href="https://hireline-jobs.example/profile">See who's looking</a></p>
<p style="font-size:11px">You receive this weekly digest because you have a Hireline
account. <a href="https://hireline-jobs.example/unsub/m7">Unsubscribe</a></p>""",
        label=note("A job board's weekly digest: bulk."),
    ),
    # 10. Calendar invitation for a farewell lunch.
    cal_mail(
        JUNIPER,
        "farewell-lunch-calendar-invite",
        "other",
        date=dh("2043-10-22 09:00", "America/Winnipeg"),
        frm=("Rosalie Gendron", "rosalie.gendron@assiniboine-credit.example"),
        to=JUNIPER.mailbox,
        subject="Invitation: Farewell lunch for Juniper! @ " + d("2043-10-30", "abbr") + " 12pm",
        body="You're invited: we're sending Juniper off in style before she starts her new "
        "job. Lunch at The Forks, 12:00.",
        event={
            "summary": "Farewell lunch for Juniper!",
            "prodid": GOOGLE,
            "organizer": ("Rosalie Gendron", "rosalie.gendron@assiniboine-credit.example"),
            "attendees": [("Juniper Hale-Owusu", JUNIPER.addresses[0])],
            "start": "2043-10-30 12:00",
            "minutes": 90,
            "zone": "America/Winnipeg",
            "description": "We're sending Juniper off in style before her new job.",
            "location": "The Forks Market, Winnipeg",
        },
        label=note("A colleague's invitation to the user's farewell lunch: 'other'."),
    ),
    # 11. ATS marketing newsletter quoting "your interview".
    html_mail(
        OCTAVIA,
        "ats-marketing-newsletter-your-interview",
        "bulk",
        frm=("Hirewell Insights", "news@hirewell-ats.example"),
        subject='"Your interview is confirmed" - 5 emails candidates love',
        date=dh("2043-09-29 10:00", "America/New_York"),
        extra=bulk("<insights.hirewell-ats.example>", "https://hirewell-ats.example/u/oct"),
        markup="""<h1>Hirewell Insights - October</h1>
<p>"Your interview is confirmed for Tuesday at 10am with Sam and Priya." Simple? Our
research shows candidates rate this email above every other touchpoint.</p>
<p>Join our webinar on candidate experience, or try the new interview-scheduling add-on.</p>
<p><a href="https://hirewell-ats.example/u/oct">Unsubscribe</a></p>""",
        label=note(
            "An ATS vendor's marketing newsletter quoting a sample confirmation (the user "
            "signed up at a trade show): bulk."
        ),
    ),
    # 12. Hackathon.
    vendor(
        NIKHIL,
        "hackathon-registration-confirmed",
        "other",
        frm=("Merlion Hack 2043", "team@merlionhack.example"),
        subject="You're in! Merlion Hack 2043 - check-in details",
        date=dh("2043-10-20 12:00", "Asia/Singapore"),
        body=f"""Hi Nikhil,

Your team registration for Merlion Hack 2043 is confirmed. Check-in opens
{d("2043-11-07", "uky")} at 08:30 at Marina Bay Expo Hall 3. Sponsors will be hiring at
the careers booth, and the winners get a fast-track interview with our partner companies.

See you there!
""",
        label=note(
            "A hackathon registration (it mentions hiring and a 'fast-track interview' prize): "
            "'other'."
        ),
    ),
    # 13. Expired offer reminder.
    vendor(
        GWENDOLYN,
        "offer-expired-reminder",
        "offer",
        frm=("Laurel Canyon Media via Ashby", "no-reply@ashbyhq.com"),
        subject="Reminder: your offer from Laurel Canyon Media expired",
        date=dh("2043-11-02 09:00", "America/Los_Angeles"),
        body="""Hi Gwendolyn,

Your offer for Senior Producer at Laurel Canyon Media expired on October 31. If you are
still interested, please contact your recruiter, Simone Ferraro, who can check whether the
offer can be reopened.

Ashby on behalf of Laurel Canyon Media
""",
        label=note(
            "An offer notice (expired, could be reopened): labelled 'offer'. A careful reader "
            "might call it 'other' since nothing is on the table any more.",
            company="Laurel Canyon Media",
        ),
    ),
    # 14. Out-of-office with RFC 3834 headers and a return date.
    person(
        MINERVA,
        "ooo-recruiter-rfc3834-return-date",
        "auto_reply",
        frm=("Henrik Åkesson", "henrik.akesson@norrsken-fintech.example"),
        subject="Automatiskt svar: Interview next week",
        date=dh("2043-11-02 17:13", "Europe/Stockholm"),
        extra=AUTO,
        body=f"""Hi, I'm out of the office until {d("2043-11-03", "uk")} with limited access to
email. For urgent recruiting matters please contact rekrytering@norrsken-fintech.example.

/Henrik
""",
        label=note(
            "Swedish Outlook out-of-office prefix with Auto-Submitted: auto-replied (RFC 3834).",
            return_date="2043-11-03",
        ),
    ),
    # 15. Auto-reply without headers (ticketing system acknowledgement).
    person(
        EILUNED,
        "careers-inbox-acknowledgement-no-headers",
        "auto_reply",
        frm=("Tawe Analytics Careers", "careers@tawe-analytics.example"),
        subject="[Ticket #48213] Re: Question about my interview",
        date=dh("2043-09-17 08:00", "Europe/London"),
        body="""Thank you for contacting Tawe Analytics Careers. This is an automatic
acknowledgement: your message has been received and given the reference #48213. A member of
the team will respond within two working days.

Please do not reply to this message.
""",
        label=note(
            "A helpdesk acknowledgement of the user's own mail, without RFC 3834 headers: "
            "an auto_reply by meaning."
        ),
    ),
    # 16. Vacation responder with X-Autoreply and Precedence headers.
    person(
        VAUGHN,
        "vacation-responder-x-autoreply",
        "auto_reply",
        frm=("Lena Kasaan", "lena.kasaan@kenai-energy.example"),
        subject="Away: Re: Pipeline Integrity Engineer",
        date=dh("2043-10-27 10:05", "America/Anchorage"),
        extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        body="""I'm on field rotation in Prudhoe Bay with no email access. I'll reply when I'm
back. For scheduling questions please use the candidate portal.
Lena
""",
        label=note("A vacation responder (X-Autoreply, Precedence: auto_reply); no return date."),
    ),
    # 17. Bounce of the user's own reply.
    person(
        BLYTHE,
        "bounce-address-not-found-reschedule-ask",
        "auto_reply",
        frm=("Mail Delivery Subsystem", "mailer-daemon@example.com"),
        subject="Delivery Status Notification (Failure)",
        date=dh("2043-11-02 07:31", "America/New_York"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""** Address not found **

Your message wasn't delivered to talent@meadowlark-pharma.example because the address
couldn't be found, or is unable to receive mail.

The response was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Request to move my interview
""",
        label=note("A non-delivery notice for the user's own mail: auto_reply."),
    ),
    # 18. An all-hands on the current employer's Exchange calendar.
    cal_mail(
        GWENDOLYN,
        "all-hands-exchange-current-employer",
        "other",
        date=dh("2043-10-08 11:00", "America/Los_Angeles"),
        frm=("Executive Office", "exec.office@sepulveda-studios.example"),
        to=GWENDOLYN.mailbox,
        subject="Q4 All Hands",
        body="Join us for the Q4 all hands. Agenda to follow.",
        style="outlook",
        event={
            "summary": "Q4 All Hands",
            "prodid": OUTLOOK,
            "organizer": ("Executive Office", "exec.office@sepulveda-studios.example"),
            "attendees": [("Gwendolyn Asher-Baffoe", GWENDOLYN.addresses[0])],
            "start": "2043-10-15 10:00",
            "minutes": 60,
            "zone": "Pacific Standard Time",
            "description": "Join us for the Q4 all hands.",
            "location": "Studio B",
        },
        label=note("A company all-hands at the user's employer: 'other'."),
    ),
]
