"""English traps and outcomes: mail that looks like an interview and is not, automatic
answers, offers and rejections, newsletters and alerts."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    ALOYSIUS,
    AUTO,
    BRIONY,
    CORNELIUS,
    DEVIKA,
    DRUSILLA,
    EGLANTINE,
    FABIAN,
    GWENLLIAN,
    HUMPHREY,
    JASPAL,
    NEVILLE,
    RUFUS,
    bulk,
    d,
    dh,
    fw,
    html_mail,
    lab,
    note,
    outlook,
    pdf,
    person,
    raw_mail,
    t12,
    vendor,
)

MESSAGES = [
    outlook(
        ALOYSIUS,
        "user-sits-on-panel-medway-retail",
        "other",
        start="2044-02-17 14:00",
        zone="GMT Standard Time",
        minutes=60,
        subject="Interview: Candidate – Tomasz Wierzbicki – Data Engineer (you are panel member 2)",
        organizer=("Felicity Arkwright", "felicity.arkwright@medway-retail.example"),
        attendees=[("Tomasz Wierzbicki", "tomasz.wierzbicki@example.com")],
        date=dh("2044-02-10 10:15", "Europe/London"),
        text="""Hi Aloysius,

Thanks for agreeing to sit on the panel for Tomasz's interview. Please review his CV
(attached in Workday) and focus your questions on pipelines and data quality.

Scorecards due by end of day please.
Felicity""",
        label=note(
            "The user is an interviewer for his own employer (Exchange request): not his "
            "job search, so other."
        ),
    ),
    html_mail(
        BRIONY,
        "newsletter-ten-interview-tips",
        "bulk",
        frm=("The Career Ledger", "newsletter@career-ledger.example"),
        subject="Your interview is confirmed – now what? 10 tips for the big day",
        date=dh("2044-01-16 07:00", "America/New_York"),
        extra=bulk("<weekly.career-ledger.example>", "https://career-ledger.example/unsub"),
        markup="""<h1>Your interview is confirmed – now what?</h1>
<p>Congrats! Whether your interview is on Monday at 9 or Friday at 4, these ten habits
will help you shine.</p>
<ol><li>Research the interviewers on LinkedIn.</li><li>Prepare three STAR stories.</li>
<li>Test your video link the day before.</li></ol>
<p><a href="https://career-ledger.example/unsub">Unsubscribe</a></p>""",
        label=note("Newsletter whose subject reads like a confirmation; list headers. bulk."),
    ),
    vendor(
        CORNELIUS,
        "linkedin-job-alert-digest",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“supply chain analyst”: 14 new jobs in Chicago, IL",
        date=dh("2044-02-02 06:30", "America/Chicago"),
        extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"),
        body="""Your job alert for supply chain analyst in Chicago, IL

Supply Chain Analyst – Prairie Grain Co – Chicago, IL – Actively recruiting
Sr. Supply Chain Analyst – Wabash Components – Oak Brook, IL – Be an early applicant
Demand Planner – Lakeview Foods – Chicago, IL

See all jobs: https://www.linkedin.com/jobs/
""",
        label=note("Job-alert digest with list headers."),
    ),
    person(
        DRUSILLA,
        "dentist-appointment-reminder-perth",
        "other",
        frm=("Subiaco Dental", "reminders@subiaco-dental.example"),
        subject="Appointment reminder – Tuesday 8 March",
        date=dh("2044-03-06 09:00", "Australia/Perth"),
        body=f"""Hi Drusilla,

This is a reminder of your appointment with Dr. Connor Ashby on {d("2044-03-08", "uk")}
at 3:40pm at Subiaco Dental, 110 Rokeby Rd.

Reply Y to confirm or call us to reschedule.
""",
        label=note("Dentist appointment reminder, not about a job."),
    ),
    person(
        EGLANTINE,
        "interview-skills-workshop-registration",
        "other",
        frm=("KL Career Academy", "events@kl-career-academy.example"),
        subject="Registration confirmed: Interview Skills Masterclass – Saturday",
        date=dh("2044-02-15 11:00", "Asia/Kuala_Lumpur"),
        body=f"""Hi Eglantine,

You're registered for the Interview Skills Masterclass on {d("2044-02-20", "uky")},
9:00am – 1:00pm, Level 5, Menara Binjai, Kuala Lumpur. Trainer: Farah Iskandar.

Bring a notebook and your CV. Mock interviews in pairs after the break!
""",
        label=note(
            "A training course about interviews, booked by the user: other, not an interview."
        ),
    ),
    raw_mail(
        RUFUS,
        "out-of-office-uk-annual-leave",
        "auto_reply",
        frm=("Harriet Summerbee", "harriet.summerbee@fenland-foods.example"),
        subject="Automatic reply: Application – Category Manager",
        date=dh("2044-03-18 09:32", "Europe/London"),
        extra=[
            *AUTO,
            ("X-MS-Exchange-Inbox-Rules-Loop", "harriet.summerbee@fenland-foods.example"),
        ],
        body="""Thank you for your email. I am on annual leave until Friday 25th March with no
access to emails, returning Monday 28th March.

For urgent recruitment queries please contact talent@fenland-foods.example.

Harriet
""",
        label=note(
            "UK out-of-office (Exchange loop header); back Monday 28 March.",
            return_date="2044-03-28",
        ),
    ),
    raw_mail(
        DEVIKA,
        "on-leave-auto-reply-chennai",
        "auto_reply",
        frm=("Meenakshi Sundaram", "meenakshi.s@marina-infra.example"),
        subject="Out of Office: Interview availability",
        date=dh("2044-01-14 10:00", "Asia/Kolkata"),
        extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        body="""Dear Sender,

I am on leave for Pongal and will be back in office on 18-Jan-2044. For any urgent
matter, please reach out to hr.helpdesk@marina-infra.example.

Regards,
Meenakshi
""",
        label=note(
            "Indian out-of-office (Pongal leave) with an X-Autoreply header.",
            return_date="2044-01-18",
        ),
    ),
    person(
        BRIONY,
        "parent-teacher-conference-brooklyn",
        "other",
        frm=("Ms. Delgado – PS 321", "jdelgado@ps-park-slope.example"),
        subject="Parent-Teacher Conference confirmed",
        date=dh("2044-03-02 15:30", "America/New_York"),
        body=f"""Dear Ms. Castlemaine-Adom,

Your conference for Theo is confirmed for {d("2044-03-10")} at {t12("2044-03-10 16:20")}
in Room 214. Each conference is 15 minutes.

Best,
Julia Delgado
""",
        label=note("Parent-teacher conference, not about a job."),
    ),
    person(
        GWENLLIAN,
        "mortgage-adviser-meeting-bank",
        "other",
        frm=("Rhys Bowen – Gower Building Society", "rhys.bowen@gower-bs.example"),
        subject="Your mortgage appointment on Friday",
        date=dh("2044-01-25 12:00", "Europe/London"),
        body=f"""Dear Gwenllian,

I'm looking forward to meeting you on {d("2044-01-29", "uk")} at 11:00 at our Swansea
branch to discuss your mortgage application. Please bring your last three payslips and
photo ID.

Kind regards,
Rhys Bowen, Mortgage Adviser
""",
        label=note("A bank appointment; 'payslips' and 'meeting you' are not a job interview."),
    ),
    person(
        FABIAN,
        "offer-letter-pdf-san-diego",
        "offer",
        frm=("Natalie Osterberg", "natalie.osterberg@coronado-biosystems.example"),
        subject="Offer of Employment – Senior Research Associate",
        date=dh("2044-03-21 15:00", "America/Los_Angeles"),
        attachments=[pdf("Offer_Letter_Kettleby-Ampomah.pdf")],
        body="""Hi Fabian,

On behalf of Coronado Biosystems, I'm thrilled to extend you an offer for the Senior
Research Associate position. Your offer letter is attached, including base salary of
$128,000, a 10% target bonus and 5,000 RSUs.

Please review and sign by March 28. Happy to set up a call to walk through it.

Warmly,
Natalie Osterberg
People Team
""",
        label=note("US offer with a PDF letter.", company="Coronado Biosystems"),
    ),
    person(
        NEVILLE,
        "verbal-offer-followup-brisbane",
        "offer",
        frm=("Maddison O'Rourke", "maddison.orourke@moreton-civil.example"),
        subject="Great chatting – offer details",
        date=dh("2044-02-09 17:10", "Australia/Brisbane"),
        body="""Hi Neville,

Great chatting just now – as promised, here are the details of our offer for Senior Civil
Engineer: $165,000 base plus super, 5 weeks' leave, start date flexible from April.

The formal contract will come through DocuSign tomorrow.

Cheers,
Maddison
""",
        label=note("Australian offer following a verbal one.", company="Moreton Civil"),
    ),
    person(
        JASPAL,
        "rejection-after-interview-singapore",
        "rejection",
        frm=("Cheryl Tan Hui Min", "cheryl.tan@straits-quant.example"),
        subject="Re: Final round – Quant Developer",
        date=dh("2044-02-12 10:00", "Asia/Singapore"),
        body="""Hi Jaspal,

Thank you again for your time last week. After much deliberation the team has decided not
to proceed with your candidacy for the Quant Developer role. It was a close call.

We wish you all the best.

Cheryl
""",
        label=note("Rejection after the final round, in the same thread.", company="Straits Quant"),
    ),
    person(
        HUMPHREY,
        "radio-interview-request-anchorage",
        "other",
        frm=("Kenai Public Radio", "producer@kenai-public-radio.example"),
        subject="Interview request – Morning Edition segment",
        date=dh("2044-02-08 08:00", "America/Anchorage"),
        body=f"""Hi Humphrey,

We'd love to interview you about the community sled-dog program for our Morning Edition
segment. Could you come into the studio on {d("2044-02-11")} at 7:40am? It's a live
8-minute conversation.

Thanks!
Marnie Sipary, Producer
""",
        label=note("A radio interview: not a job interview, so other."),
    ),
    person(
        RUFUS,
        "agency-recruiter-slots-for-client-london",
        "scheduling_request",
        frm=("Ollie Barraclough – Kestrel Search", "ollie.barraclough@kestrel-search.example"),
        subject="Fenland Foods – 1st stage slots",
        date=dh("2044-03-14 16:45", "Europe/London"),
        body=f"""Hi Rufus,

Good news – Fenland Foods want to meet you for the Category Manager role! They've given
me these slots for a 1st stage at their Peterborough HQ:

- {d("2044-03-22", "uk")}, 10:00
- {d("2044-03-23", "uk")}, 14:30

Which suits? I'll confirm with them straight away.

Ollie
Senior Consultant, Kestrel Search
""",
        label=note("Agency consultant offering two slots; none chosen.", company="Fenland Foods"),
    ),
    person(
        CORNELIUS,
        "agency-forwarded-confirmation-chicago",
        "interview",
        frm=("Shauna Whitfield – Lakefront Talent", "shauna.whitfield@lakefront-talent.example"),
        subject="Fwd: Interview confirmed – Supply Chain Analyst (Prairie Grain Co)",
        date=dh("2044-02-15 13:10", "America/Chicago"),
        body="""Hi Cornelius – you're all set! See the client's confirmation below. Call me after.

Shauna
"""
        + fw(
            "2044-02-15 12:52",
            "America/Chicago",
            "Dolores Kucharski <dolores.kucharski@prairie-grain.example>",
            "Shauna Whitfield <shauna.whitfield@lakefront-talent.example>",
            "Interview confirmed – Supply Chain Analyst",
            f"""Hi Shauna,

Confirming Cornelius for {d("2044-02-18")} at 2:30 PM CT at 141 W Jackson Blvd, 9th floor.
He'll meet me and Anil Deshpande (Director, Planning).

Dolores Kucharski
Supply Chain Manager, Prairie Grain Co""",
        ),
        label=lab(
            "2044-02-18 14:30",
            "America/Chicago",
            None,
            company="Prairie Grain Co",
            role="Supply Chain Analyst",
            who=["Dolores Kucharski", "Anil Deshpande"],
            emails=["dolores.kucharski@prairie-grain.example"],
            notes="Agency forward of the client's confirmation; the consultant is left out, "
            "the client's manager takes part ('meet me').",
        ),
    ),
]
