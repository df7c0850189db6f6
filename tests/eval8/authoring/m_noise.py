"""Automatic answers, bulk mail and other mail, including hard traps."""

from __future__ import annotations

from .base import (
    AUTO,
    CODY,
    DEWI,
    FLETCHER,
    GOOGLE,
    HENDRIK,
    INGRID,
    KEISHA,
    LINNEA,
    MADS,
    MAGGIE,
    NADIA,
    NINO,
    OMAR,
    RUTA,
    SIONE,
    TEREZA,
    TYLER,
    YUTING,
    ats,
    bulk,
    d,
    dh,
    human,
    invite,
    mail,
    note,
)

MESSAGES = [
    # --- automatic answers -------------------------------------------------------------
    mail(
        TYLER,
        "riverbend-ooo-holidays",
        "auto_reply",
        frm=("Shonda Ellery", "shonda.ellery@riverbendcivic.example"),
        subject="Automatic reply: Thank you - Product Manager interview",
        date=dh("2028-12-22 16:05", "America/Detroit"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "x")],
        body=(
            "Thank you for your email. I am out of the office for the holidays and will "
            "return on Tuesday, January 2, 2029. I will have limited access to email. For "
            "urgent recruiting matters please contact talent@riverbendcivic.example.\n\nShonda"
        ),
        label=note("Exchange out-of-office over the new year.", return_date="2029-01-02"),
    ),
    mail(
        LINNEA,
        "gmail-vacation-responder",
        "auto_reply",
        frm=("Tove Lindgren", "tove.lindgren@vanernmobility.example"),
        subject="Re: Final interviews – questions about parking",
        date=dh("2028-12-01 12:00", "Europe/Stockholm"),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        body=(
            "Hi! I'm on parental leave part-time and only read email on Mondays. For "
            "anything about your interview day, please call reception on +46 8 555 018 20.\n\n"
            "/Tove"
        ),
        label=note("Vacation responder mentioning the interview day, no return date."),
    ),
    mail(
        MADS,
        "gmail-dsn-bounce",
        "auto_reply",
        frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        subject="Delivery Status Notification (Failure)",
        date=dh("2028-11-14 15:02", "Europe/Copenhagen"),
        extra=[("Auto-Submitted", "auto-replied")],
        body=(
            "** Address not found **\n\nYour message wasn't delivered to "
            "signe.kjaergard@nordlysenergi.example because the address couldn't be found, "
            "or is unable to receive mail.\n\nThe response from the remote server was:\n"
            "550 5.1.1 <signe.kjaergard@nordlysenergi.example>: Recipient address rejected: "
            "User unknown in virtual mailbox table\n\n----- Original message -----\n"
            "Subject: Thank you for today's interview\n"
            "Thanks again for the conversation this afternoon about the trading role..."
        ),
        label=note("Gmail bounce of the user's thank-you note."),
    ),
    ats(
        HENDRIK,
        "namib-lithium-not-monitored",
        "auto_reply",
        frm=("Namib Lithium Careers", "careers-noreply@icims.com"),
        subject="RE: Phone Interview Confirmation - Process Engineer (Req 4471)",
        date=dh("2028-11-14 13:20", "Africa/Windhoek"),
        extra=AUTO,
        body=(
            "This mailbox is not monitored. Your message has not been read. To contact the "
            "recruiting team, please log in to the candidate portal."
        ),
        label=note("Not-monitored answer to the user's reply; quotes an interview subject."),
    ),
    # --- bulk --------------------------------------------------------------------------
    mail(
        INGRID,
        "linkedin-job-alert-oslo",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="30+ new jobs for 'controls engineer' in Oslo",
        date=dh("2028-11-02 06:10", "Europe/Oslo"),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/x"),
        body=(
            "Your job alert for controls engineer in Oslo, Norway\n\n"
            "Controls Engineer - Fjellbyen Automation - Oslo (Hybrid) - Actively recruiting\n"
            "PLC Programmer - Nordkapp Systems - Lysaker - Be an early applicant\n"
            "Automation Lead - Vestfold Marine - Sandefjord - Interviewing now\n\n"
            "See all jobs\n\nUnsubscribe"
        ),
        html_auto=True,
        label=note("LinkedIn job alert with 'Interviewing now' badges."),
    ),
    mail(
        TEREZA,
        "glassdoor-interview-questions",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="Interviewing at Vltava Robotics? Here's what candidates were asked",
        date=dh("2028-11-05 18:00", "Europe/Prague"),
        extra=bulk("<community.glassdoor.com>", "https://www.glassdoor.com/unsubscribe/x"),
        body=(
            "Tereza, prepare for your interview\n\n12 interview reviews for Embedded Software "
            'Engineer at Vltava Robotics\n\n"Two rounds: a call with the hiring manager on a '
            'Thursday at 1pm, then a take-home." - Anonymous candidate\n\n'
            "Read more reviews\n\nUnsubscribe from Glassdoor emails"
        ),
        html_auto=True,
        label=note("Interview-review digest naming the user's interview company."),
    ),
    mail(
        KEISHA,
        "indeed-hiring-event",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Hiring event near you: on-the-spot interviews Saturday",
        date=dh("2028-11-29 07:30", "America/Indiana/Indianapolis"),
        extra=bulk("<events.indeed.com>", "https://www.indeed.com/unsubscribe/x"),
        body=(
            "Warehouse & logistics hiring event\n"
            f"{d('2028-12-02', 'usy')}, 9:00 AM - 2:00 PM\nIndiana State Fairgrounds, "
            "Indianapolis\n\nMeet 20+ employers and interview on the spot. Register now.\n\n"
            "Unsubscribe"
        ),
        html_auto=True,
        label=note("Mass-mailed hiring event with interviews and a time."),
    ),
    mail(
        DEWI,
        "career-newsletter-december",
        "bulk",
        frm=("The Offer Desk", "newsletter@offerdesk.example"),
        subject="Your interview is next week. Here's your 7-day plan",
        date=dh("2028-12-03 08:00", "Asia/Jakarta"),
        extra=bulk("<weekly.offerdesk.example>", "https://offerdesk.example/unsub"),
        body=(
            "This week in The Offer Desk\n\n1. Your interview is next week: a 7-day plan\n"
            "2. How to answer 'Why are you leaving?'\n3. Salary talk before the holidays\n\n"
            "Read online · Unsubscribe"
        ),
        html_auto=True,
        label=note("Newsletter whose headline sounds like an interview."),
    ),
    mail(
        YUTING,
        "university-career-list-mock-week",
        "bulk",
        frm=("NTU Career Centre List", "career-list@ntu-alumni.example"),
        subject="[career-list] Mock Interview Week: 11-15 December, sign up",
        date=dh("2028-12-01 09:00", "Asia/Taipei"),
        extra=[
            ("List-Id", "Career Centre announcements <career-list.ntu-alumni.example>"),
            ("List-Unsubscribe", "<mailto:career-list-leave@ntu-alumni.example>"),
            ("Precedence", "list"),
        ],
        body=(
            "Dear alumni,\n\nMock Interview Week runs from 11 to 15 December. Volunteer "
            "interviewers from industry will hold 30-minute mock interviews every afternoon "
            "from 14:00. Sign up via the portal.\n\nCareer Centre"
        ),
        label=note("Mailing-list announcement of mock interviews."),
    ),
    mail(
        CODY,
        "mailchimp-webinar-panel-interviews",
        "bulk",
        frm=("Hiring Signals Webinars", "events@hiringsignals.example"),
        subject="Tomorrow 11am MT: Crack the panel interview (live webinar)",
        date=dh("2028-11-15 10:00", "America/Boise"),
        extra=[
            *bulk(
                "<webinars.hiringsignals.example>", "https://hiringsignals.us1.list-manage.com/x"
            ),
            ("X-Mailer", "Mailchimp Mailer - **CID0a8d2f**"),
        ],
        body=(
            "You're registered! Crack the panel interview starts tomorrow at 11:00 AM MT.\n"
            "Join link: https://hiringsignals.example/live\n\nSee you there.\n\n"
            "Unsubscribe | Update preferences"
        ),
        html_auto=True,
        label=note("Webinar about panel interviews with a start time."),
    ),
    mail(
        SIONE,
        "pacific-jobs-digest",
        "bulk",
        frm=("Pacific Jobs Digest", "digest@pacificjobs.example"),
        subject="This week: 14 remote engineering roles open to Tonga",
        date=dh("2028-11-13 07:00", "Pacific/Tongatapu"),
        extra=bulk("<digest.pacificjobs.example>", "https://pacificjobs.example/unsub"),
        body=(
            "Mālō e lelei!\n\n14 new remote roles this week, including three with interviews "
            "already scheduled for shortlisted candidates in December.\n\nBrowse roles · "
            "Unsubscribe"
        ),
        html_auto=True,
        label=note("Weekly jobs digest."),
    ),
    # --- other -------------------------------------------------------------------------
    ats(
        TYLER,
        "jury-duty-summons",
        "other",
        frm=("Wayne County Circuit Court Jury Office", "jury@waynecountycourts.example"),
        subject="Jury Service Reminder - Report Monday",
        date=dh("2028-12-07 16:00", "America/Detroit"),
        body=(
            f"You are summoned to report for jury service on {d('2028-12-11', 'usy')} at "
            "8:00 AM, Frank Murphy Hall of Justice. Voir dire (juror questioning) begins at "
            "9:30 AM.\n\nDo not reply to this message."
        ),
        label=note("Jury summons with times and 'questioning': not an interview."),
    ),
    ats(
        KEISHA,
        "naturalization-interview-notice",
        "other",
        frm=("Immigration Case Updates", "case-updates@immigration-portal.example"),
        to="Keisha Marbury <kmarbury.jobs@example.net>",
        subject="Case update: your naturalization interview has been scheduled",
        date=dh("2028-11-03 12:00", "America/Indiana/Indianapolis"),
        body=(
            "A notice was issued on your spouse's case. Naturalization interview: "
            f"{d('2028-12-13', 'usy')} at 9:40 AM, Indianapolis Field Office. Bring your "
            "original documents.\n\nThis mailbox is not monitored."
        ),
        label=note("Citizenship interview (family member): not a job interview."),
    ),
    human(
        FLETCHER,
        "oral-history-grandmother",
        "other",
        frm=("Tasmanian Archive Oral History", "oralhistory@tasarchive.example"),
        subject="Oral history interview with your grandmother - confirmed",
        date=dh("2028-11-16 11:00", "Australia/Hobart"),
        mailer="outlook",
        body=(
            "Dear Fletcher,\n\nThank you for arranging this. Our interviewer, Beth Carrick, "
            f"will record the oral history interview with Mrs Joan Goodall on {d('2028-11-25', 'uk')} "
            "at 10:30am at her home in Sandy Bay. It takes about two hours.\n\nWarm regards,\n"
            "Oral History Program"
        ),
        label=note("An archive interviewing the user's grandmother: not a job interview."),
    ),
    ats(
        NINO,
        "flight-itinerary-onsite-trip",
        "other",
        frm=("Caucasus Travel Desk", "itinerary@caucasustravel.example"),
        subject="E-ticket itinerary: TBS-LHR, 27 Nov 2028 (interview trip)",
        date=dh("2028-11-20 10:00", "Asia/Tbilisi"),
        body=(
            "Passenger: BERIDZE/NINO MS\nBooking ref: K7QZ2M\n\n"
            f"{d('2028-11-27', 'abbr')}  TBS 04:35 -> IST 06:20\n"
            f"{d('2028-11-27', 'abbr')}  IST 08:15 -> LHR 10:05\n\n"
            "Booked by Orbitline Ltd for your onsite interview. Please check in 3 hours "
            "before departure."
        ),
        label=note("Flight booking for an interview trip: times, but not the interview."),
    ),
    ats(
        OMAR,
        "pre-employment-drug-screen",
        "other",
        frm=("Levant Occupational Health", "appointments@levant-occhealth.example"),
        subject="Appointment confirmation: pre-employment medical",
        date=dh("2028-12-10 09:00", "Asia/Amman"),
        body=(
            "Dear Omar Haddadin,\n\nYour pre-employment medical examination and drug screen "
            f"is booked for {d('2028-12-14', 'usy')} at 08:15 at our Shmeisani clinic. Please "
            "fast for 8 hours.\n\nLevant Occupational Health"
        ),
        label=note("Pre-employment medical appointment: not an interview."),
    ),
    invite(
        NADIA,
        "current-employer-year-end-lunch",
        "other",
        start="2028-12-15 12:30",
        zone="Indian/Mauritius",
        minutes=120,
        summary="Team year-end lunch",
        organizer=("Priya Seegobin", "priya.seegobin@lagonbleu-insurance.example"),
        attendees=[("Nadia Ramgoolam", "nadia.ramgoolam@example.net")],
        prodid=GOOGLE,
        ics_mode="both",
        style="gmail",
        frm=("Priya Seegobin", "priya.seegobin@lagonbleu-insurance.example"),
        subject="Invitation: Team year-end lunch",
        date=dh("2028-12-01 14:00", "Indian/Mauritius"),
        body=("Hi all, lunch is booked at Le Pescatore, Trou aux Biches. See you there! Priya"),
        label=note("Social calendar invitation from the current employer."),
    ),
    human(
        MAGGIE,
        "stay-interview-current-job",
        "other",
        frm=("Corinne Lapierre", "corinne.lapierre@yukonparks.example"),
        subject="Stay interview - Thursday",
        date=dh("2028-11-06 09:30", "America/Whitehorse"),
        mailer="outlook",
        body=(
            "Hi Maggie,\n\nAs part of our retention program, I'd like to do a short 'stay "
            f"interview' with you on {d('2028-11-09', 'us')} at 2 PM in my office - what keeps "
            "you here, what might make you leave. Nothing formal.\n\nCorinne\nHR, Yukon Parks"
        ),
        label=note("A 'stay interview' with the current employer: not a job interview."),
    ),
    human(
        RUTA,
        "user-own-thank-you",
        "other",
        frm=("Rūta Kazlauskaitė", "ruta.kazlauskaite@example.com"),
        to="Vaida Petrauskienė <vaida.petrauskiene@balticloom.example>",
        subject="Thank you for today's interview",
        date=dh("2028-11-16 17:10", "Europe/Vilnius"),
        body=(
            "Dear Vaida,\n\nThank you for the conversation this afternoon. I enjoyed hearing "
            "about the new combat system and would love to help build it.\n\nBest regards,\n"
            "Rūta"
        ),
        label=note("The user's own sent thank-you after an interview."),
    ),
    human(
        MADS,
        "friend-phd-defence-invite",
        "other",
        frm=("Freja Lindholm", "freja.lindholm@example.com"),
        subject="My PhD defence on the 8th - come along?",
        date=dh("2028-11-24 20:15", "Europe/Copenhagen"),
        body=(
            "Hej Mads!\n\nIt's finally happening: my PhD defence is on "
            f"{d('2028-12-08', 'uk')} at 13:00 in Auditorium 1, DTU. The committee will grill "
            "me for about an hour, then there's cake and bubbles. Would love to see you "
            "there.\n\nFreja"
        ),
        label=note("A friend's PhD defence with a committee and a time: not an interview."),
    ),
]
