"""Cancellations, scheduling requests, outcomes, automatic and bulk mail, traps (hand-written)."""

from __future__ import annotations

from .base import (
    AIGERIM,
    BEA,
    CIARAN,
    DARNELL,
    DILSHOD,
    FAISAL,
    HANA,
    INES,
    KIRRA,
    LACHIE,
    LEENA,
    MARWA,
    MAUREEN,
    MINJUN,
    NIKOS,
    PRIYANKA,
    SERU,
    THAO,
    WYATT,
    XAVIER,
    ZOOM,
    ats,
    d,
    dh,
    exchange,
    gcal,
    human,
    invite,
    iso,
    iv,
    note,
)

MESSAGES = []
add = MESSAGES.append


def listing(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mass-mail headers."""
    return [
        ("List-Id", f"<{list_id}>"),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# --- more interviews -----------------------------------------------------------------------

s = "2028-08-10 09:00"
add(
    exchange(
        LEENA,
        "teams-dubai-arabian-zone",
        "interview",
        start=s,
        zone="Arabian Standard Time",
        when_zone="(UTC+04:00) Abu Dhabi, Muscat",
        minutes=45,
        subject="Final interview - Head of Category - Falconmart",
        organizer=("Hessa Al Marzooqi", "hessa.almarzooqi@falconmart.example"),
        attendees=[("Ravi Menon-Iyer", "ravi.menon@falconmart.example")],
        date=dh("2028-08-04 12:00", "Asia/Dubai"),
        text="""Hi Leena,

Final conversation with our CEO Ravi Menon-Iyer. I'll just make intros and drop off.

Best,
Hessa Al Marzooqi | Talent Acquisition | Falconmart
M +971 50 555 0133""",
        label=iv(
            iso(s, "Asia/Dubai"),
            "Asia/Dubai",
            company="Falconmart",
            role="Head of Category",
            interviewers=["Ravi Menon-Iyer"],
            emails=["ravi.menon@falconmart.example"],
            notes="Organiser makes intros and drops off.",
        ),
    )
)

s = "2028-06-19 19:00"
add(
    human(
        PRIYANKA,
        "la-user-sydney-evening-slot",
        "interview",
        frm=("Mitch Kowalski", "mitch@wattlebird.example"),
        subject="Re: chat with our CTO",
        date=dh("2028-06-15 22:30", "America/Los_Angeles"),
        body=f"""Confirmed for {d(s)} 7pm your time (Pacific) = Tuesday noon in Sydney. Our CTO Aoife McGrath will run the system design interview for the Staff Engineer role, I'll sit in to take notes only.

Mitch
Head of Talent, Wattlebird""",
        label=iv(
            iso(s, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Wattlebird",
            role="Staff Engineer",
            interviewers=["Aoife McGrath"],
            notes="Sender sits in to take notes only; Sydney-side day differs.",
        ),
    )
)

s = "2028-07-07 08:30"
add(
    invite(
        THAO,
        "zoom-ics-hcmc-phone-screen",
        "interview",
        frm=("Zoom", "no-reply@zoom.us"),
        subject="Hoang Bao Chau has invited you to a Zoom meeting: Phone screen - Saigon Freightlink",
        date=dh("2028-07-03 16:45", "Asia/Ho_Chi_Minh"),
        body=f"""Hoang Bao Chau is inviting you to a scheduled Zoom meeting.

Topic: Phone screen - Saigon Freightlink - Operations Analyst
Time: {d(s, "short")}, 2028 08:30 AM Bangkok, Hanoi, Jakarta

Join Zoom Meeting
https://zoom.us/j/97711204563""",
        start=s,
        zone=None,
        utc_zone="Asia/Ho_Chi_Minh",
        minutes=30,
        summary="Phone screen - Saigon Freightlink - Operations Analyst",
        organizer=("Hoang Bao Chau", "chau.hoang@saigonfreightlink.example"),
        prodid=ZOOM,
        label=iv(
            iso(s, "Asia/Ho_Chi_Minh"),
            "Asia/Bangkok",
            company="Saigon Freightlink",
            role="Operations Analyst",
            interviewers=["Hoang Bao Chau"],
            notes="Zoom names the zone by 'Bangkok, Hanoi, Jakarta' (same offset).",
        ),
    )
)

s = "2028-08-17 14:00"
add(
    human(
        KIRRA,
        "perth-user-sydney-time-guest-list",
        "interview",
        frm=("Rangi Parata", "rangi.parata@bluegumfinance.example"),
        subject="Panel interview Thu - details",
        date=dh("2028-08-11 09:20", "Australia/Perth"),
        body=f"""Hi Kirra,

Panel booked for {d(s, "uk")} at 2:00pm AEST (Sydney) - that's midday for you in Perth.

Guests:
- Rangi Parata (me, hiring manager)
- Fenella O'Rourke-Baxter, Risk
- Anh Tran, Finance Systems
- Priscilla Moana (Recruitment Coordinator - just sending the invite)

Role: Financial Controller. Teams link to come.

Rangi""",
        mailer="outlook",
        label=iv(
            iso(s, "Australia/Sydney"),
            "Australia/Sydney",
            company="Bluegum Finance",
            role="Financial Controller",
            interviewers=["Rangi Parata", "Fenella O'Rourke-Baxter", "Anh Tran"],
            emails=["rangi.parata@bluegumfinance.example"],
            notes="Guest list includes a coordinator who does not interview; Sydney time for a Perth user.",
        ),
    )
)

s = "2028-06-24 10:00"
add(
    human(
        MAUREEN,
        "saturday-interview-winnipeg-text",
        "interview",
        frm=("Dale Friesen", "dale@friesenbuilders.example"),
        subject="sat interview",
        date=dh("2028-06-22 19:45", "America/Winnipeg"),
        body="""Hi Maureen - can u come by the yard Sat 10am for the office manager interview? me and my wife Trudy will be there. 1450 Oak Point Hwy. If that doesnt work no worries just text 204-555-0177

Dale Friesen
Friesen Builders Ltd.""",
        mailer="iphone",
        label=iv(
            iso(s, "America/Winnipeg"),
            None,
            company="Friesen Builders Ltd.",
            role="Office Manager",
            interviewers=["Dale Friesen", "Trudy"],
            emails=["dale@friesenbuilders.example"],
            notes="Small-business one-liner; Sat means Saturday 24 June; 'can u come' but a fixed slot.",
        ),
    )
)

s = "2028-07-21 11:00"
add(
    gcal(
        XAVIER,
        "google-update-puerto-rico",
        "interview",
        start=s,
        zone="America/Puerto_Rico",
        minutes=60,
        summary="Isla Verde Pharma - Site tour + interview (Xavier)",
        organizer=("Luis Acevedo", "lacevedo@islaverde-pharma.example"),
        guests=[("Luis Acevedo", "lacevedo@islaverde-pharma.example")],
        date=dh("2028-07-17 08:00", "America/Puerto_Rico"),
        updated="Time",
        sequence=1,
        meet=None,
        location="Isla Verde Pharma, Carr. 2 km 57, Barceloneta",
        label=iv(
            iso(s, "America/Puerto_Rico"),
            "America/Puerto_Rico",
            company="Isla Verde Pharma",
            role="Validation Specialist",
            interviewers=["Luis Acevedo"],
            emails=["lacevedo@islaverde-pharma.example"],
            notes="Updated Google invitation (new time), onsite, no Meet.",
        ),
    )
)

# --- cancellations -----------------------------------------------------------------------

s = "2028-06-29 13:30"
add(
    human(
        LACHIE,
        "cancel-brisbane-role-paused",
        "interview_cancelled",
        frm=("Siobhan MacGillivray", "siobhan@coralfinhealth.example"),
        subject="Cancelling Thursday's tech screen",
        date=dh("2028-06-27 17:05", "Australia/Brisbane"),
        body=f"""Hi Lachlan, really sorry - we've had to put the Backend Engineer role on hold so I'm cancelling our tech screen on {d(s, "uk")} at 1:30pm. Will reach out if it reopens.

Siobhan""",
        mailer="gmail",
        label=iv(
            iso(s, "Australia/Brisbane"),
            None,
            company="Coralfin Health",
            role="Backend Engineer",
            interviewers=["Siobhan MacGillivray"],
            emails=["siobhan@coralfinhealth.example"],
        ),
    )
)

s = "2028-07-13 13:00"
add(
    ats(
        MAUREEN,
        "workday-cancelled-winnipeg",
        "interview_cancelled",
        frm=("Assiniboine Mutual Careers", "assiniboinemutual@myworkday.com"),
        subject="Interview Cancelled - Claims Team Lead (R-20418)",
        date=dh("2028-07-10 09:00", "America/Winnipeg"),
        body=f"""Dear Maureen Beaulieu,

Your interview for Claims Team Lead (R-20418) on {d(s, "usy")} at 1:00 PM Central Time has been cancelled. A member of our team will contact you about next steps.

Assiniboine Mutual Talent Acquisition""",
        label=iv(
            iso(s, "America/Winnipeg"),
            None,
            company="Assiniboine Mutual",
            role="Claims Team Lead",
            interviewers=[],
            notes="Workday cancellation without the panel names; 'Central Time' is a region, not a place.",
        ),
    )
)

s = "2028-08-02 09:00"
add(
    gcal(
        MINJUN,
        "google-cancel-seoul-onsite",
        "interview_cancelled",
        start=s,
        zone="America/New_York",
        minutes=60,
        summary="Aurelis - pre-onsite sync w/ hiring manager (Min-jun)",
        organizer=("Marcus von Hagen", "marcus.vonhagen@aurelis-semi.example"),
        guests=[("Marcus von Hagen", "marcus.vonhagen@aurelis-semi.example")],
        date=dh("2028-07-30 21:00", "Asia/Seoul"),
        cancelled=True,
        label=iv(
            iso(s, "America/New_York"),
            "America/New_York",
            company="Aurelis Semiconductors",
            role="Verification Engineer",
            interviewers=["Marcus von Hagen"],
            emails=["marcus.vonhagen@aurelis-semi.example"],
            notes="Cancelled Google event in New York time for a Seoul user.",
        ),
    )
)

# --- scheduling requests ---------------------------------------------------------------

add(
    human(
        NIKOS,
        "athens-availability-bullets",
        "scheduling_request",
        frm=("Eleni Stavrou", "eleni.stavrou@kykladesrobotics.example"),
        subject="Next step: onsite - your availability?",
        date=dh("2028-06-19 10:00", "Europe/Athens"),
        body="""Hi Nikos,

Great chat on Thursday! Next step is an onsite in Piraeus w/ the team (approx 3h). Could you send me 2-3 windows that work for you in the week of 3 July?

Thanks,
Eleni""",
        label=note("Asks for availability.", company="Kyklades Robotics", role="Controls Engineer"),
    )
)

add(
    ats(
        AIGERIM,
        "goodtime-availability-request",
        "scheduling_request",
        frm=("Steppe Grain Holdings via GoodTime", "scheduling@goodtime.io"),
        subject="Please share your availability - Steppe Grain Holdings",
        date=dh("2028-07-24 10:00", "Asia/Almaty"),
        body="""Hi Aigerim,

Steppe Grain Holdings would like to schedule your final round (Finance Business Partner). Please select all times that work for you over the next 7 days:

https://app.goodtime.io/availability/Kq93xZ

Times are shown in your local time zone.""",
        label=note(
            "Availability request link.",
            company="Steppe Grain Holdings",
            role="Finance Business Partner",
        ),
    )
)

add(
    ats(
        DILSHOD,
        "linkedin-inmail-asks-times",
        "scheduling_request",
        frm=("Madina Karimova via LinkedIn", "inmail-hit-reply@linkedin.com"),
        subject="Madina sent you a message: ML Engineer at Registan Vision",
        date=dh("2028-06-26 13:15", "Asia/Tashkent"),
        body="""Madina Karimova
Senior Recruiter at Registan Vision

Hi Dilshod, loved your work on Uzbek ASR. We're hiring an ML Engineer in Samarkand (hybrid). Would you be open to a 20-min intro call with me this week? If so, which times suit you - Wed or Thu afternoon?

Reply   View profile

You are receiving InMail notification emails. Unsubscribe""",
        label=note(
            "InMail that asks for times: a scheduling request.",
            company="Registan Vision",
            role="ML Engineer",
        ),
    )
)

add(
    ats(
        BEA,
        "calendly-link-pick-a-time",
        "scheduling_request",
        frm=("Josh Pemberton", "josh@tidewaterdigital.example"),
        subject="Tidewater Digital - pick a time for your first interview",
        date=dh("2028-06-13 07:30", "Asia/Manila"),
        body="""Hi Bea,

Thanks for applying to Community Manager! Please grab 30 minutes with me here: https://calendly.com/josh-tidewater/30min

Any slot this week or next is fine (my calendar shows your local time).

Josh Pemberton
Recruiter, Tidewater Digital""",
        label=note(
            "Calendly link, nothing booked.", company="Tidewater Digital", role="Community Manager"
        ),
    )
)

# --- rejections -------------------------------------------------------------------------

add(
    ats(
        MARWA,
        "greenhouse-reject-cairo",
        "rejection",
        frm=("Nilewave Payments", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Nilewave Payments",
        date=dh("2028-07-03 14:00", "Africa/Cairo"),
        body="""Hi Marwa,

Thank you for taking the time to interview with Karim and Yasmine for the Risk Data Analyst role. After careful consideration we've decided to move forward with other candidates whose experience more closely matches our needs.

We'll keep your details on file for future openings.

Nilewave Payments Recruiting""",
        label=note(
            "Rejection after an interview.", company="Nilewave Payments", role="Risk Data Analyst"
        ),
    )
)

add(
    human(
        KIRRA,
        "phone-reject-unfortunately",
        "rejection",
        frm=("Declan O'Brien", "declan.obrien@saltbushmining.example"),
        subject="Re: Geologist role",
        date=dh("2028-07-24 16:40", "Australia/Perth"),
        body="""Kirra - tough call but we've gone w/ another candidate who has more RC drilling exp. Really appreciated your time Tues, you were close. Will keep you in mind for the grad program lead role later in the yr.

D

Sent from my iPhone""",
        mailer="iphone",
        label=note("Informal rejection from a phone.", company="Saltbush Mining", role="Geologist"),
    )
)

add(
    ats(
        HANA,
        "ashby-reject-tokyo",
        "rejection",
        frm=("Kirishima Mobility", "no-reply@ashbyhq.com"),
        subject="Update on your application - UX Researcher",
        date=dh("2028-07-12 18:00", "Asia/Tokyo"),
        body="""Hi Hana,

Thanks again for interviewing with us. We've decided not to move forward with your candidacy at this time. This was a difficult decision given the strength of the pool.

Best wishes,
Kirishima Mobility""",
        label=note("ATS rejection.", company="Kirishima Mobility", role="UX Researcher"),
    )
)

add(
    ats(
        WYATT,
        "lever-reject-no-interview",
        "rejection",
        frm=("Switchback Analytics", "no-reply@hire.lever.co"),
        subject="Switchback Analytics - Ecommerce Analyst",
        date=dh("2028-06-28 11:10", "America/Denver"),
        body="""Hi Wyatt,

Thanks for your interest in Switchback Analytics. We received many strong applications for the Ecommerce Analyst position and unfortunately we won't be inviting you to interview this time.

All the best,
The Switchback team""",
        label=note(
            "Rejection that mentions 'interview' negatively.",
            company="Switchback Analytics",
            role="Ecommerce Analyst",
        ),
    )
)

# --- offers -----------------------------------------------------------------------------

add(
    human(
        LEENA,
        "offer-letter-dunecrest",
        "offer",
        frm=("Salwa Darwish", "salwa.darwish@dunecrest.example"),
        subject="Offer of Employment - Senior Demand Planner",
        date=dh("2028-06-22 11:00", "Asia/Dubai"),
        body="""Dear Leena,

Congratulations! Following your onsite, we are delighted to offer you the position of Senior Demand Planner. Please find the offer letter attached (package, housing allowance, 30 days leave). Kindly sign and return by 29 June.

Warm regards,
Salwa Darwish
Talent Coordinator | Dunecrest Logistics""",
        mailer="outlook",
        label=note("Offer.", company="Dunecrest Logistics", role="Senior Demand Planner"),
    )
)

add(
    human(
        DARNELL,
        "verbal-offer-followup-ny",
        "offer",
        frm=("Ewan McTavish", "ewan.mctavish@thistlebank.example"),
        subject="Following up on our call - offer details",
        date=dh("2028-08-22 17:30", "America/New_York"),
        body="""Darnell,

Great speaking earlier. As discussed, we'd like to offer you the Quant Developer role: base $210k, 20% target bonus, start Sept 18. Formal letter to follow from HR tomorrow.

Cheers,
Ewan McTavish | Head of Quant Dev | Thistlebank Capital | +44 20 5550 1234""",
        label=note(
            "Offer terms after a verbal offer.",
            company="Thistlebank Capital",
            role="Quant Developer",
        ),
    )
)

add(
    ats(
        SERU,
        "offer-docusign-fiji",
        "offer",
        frm=("Reefline Shipping via DocuSign", "dse@docusign.net"),
        subject="Please DocuSign: Reefline Shipping - Letter of Offer - Operations Officer",
        date=dh("2028-07-14 10:00", "Pacific/Fiji"),
        body="""Salote Naivalu sent you a document to review and sign.

Bula Seru, please review and sign your Letter of Offer for the Operations Officer position. Vinaka!

REVIEW DOCUMENT

Do Not Share This Email""",
        label=note(
            "Offer letter for signature.", company="Reefline Shipping", role="Operations Officer"
        ),
    )
)

# --- automatic answers --------------------------------------------------------------------

add(
    human(
        FAISAL,
        "ooo-hiring-manager-riyadh",
        "auto_reply",
        frm=("Abdullah bin Saad", "a.binsaad@najdutilities.example"),
        subject="Automatic reply: Thank you - Grid Analytics interview",
        date=dh("2028-08-09 08:00", "Asia/Riyadh"),
        body="""I am out of the office until Sunday 20 August 2028 with limited access to email. For urgent matters please contact Noura Al-Qahtani.""",
        mailer="outlook",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        label=note("Out of office, back 20 August.", return_date="2028-08-20"),
    )
)

add(
    ats(
        INES,
        "bounce-recruiter-left-lisbon",
        "auto_reply",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.tejomobility.example"),
        subject="Undelivered Mail Returned to Sender",
        date=dh("2028-07-13 09:00", "Europe/Lisbon"),
        body="""This is the mail system at host mx.tejomobility.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<marta.figueiredo@tejomobility.example>: host mx.tejomobility.example[192.0.2.41] said: 550 5.1.1 User unknown

Subject: Thank you for the interview yesterday""",
        return_path="",
        extra=[("Auto-Submitted", "auto-replied")],
        label=note("Bounce of the user's thank-you mail."),
    )
)

add(
    ats(
        PRIYANKA,
        "ack-application-received-la",
        "auto_reply",
        frm=("Redwood Loop Careers", "careers-noreply@redwoodloop.example"),
        subject="We received your application - Staff Engineer",
        date=dh("2028-06-09 12:00", "America/Los_Angeles"),
        body="""Hi Priyanka,

This is an automatic confirmation that we received your application for Staff Engineer. If your background is a fit, a recruiter will reach out to schedule an interview.

Redwood Loop Talent""",
        extra=[("Auto-Submitted", "auto-generated")],
        label=note("Application acknowledgement promising a possible interview."),
    )
)

add(
    human(
        CIARAN,
        "ooo-phone-emoji-dublin",
        "auto_reply",
        frm=("Bex Lennon", "bex@liffeyworks.example"),
        subject="Out of office 🌴 Re: Level Designer - portfolio link",
        date=dh("2028-07-03 10:00", "Europe/Dublin"),
        body="""Hiya - I'm off on hols til Mon 17 July 🌴 No laptop. For anything about the Level Designer hiring pls contact talent@liffeyworks.example""",
        extra=[("Auto-Submitted", "auto-replied")],
        label=note("Out of office with emoji.", return_date="2028-07-17"),
    )
)

# --- bulk ----------------------------------------------------------------------------------

add(
    ats(
        LACHIE,
        "job-alert-interview-ready-roles",
        "bulk",
        frm=("Jobwattle Alerts", "alerts@jobwattle.example"),
        subject="Interview-ready roles for you this week 🚀",
        date=dh("2028-07-02 06:00", "Australia/Brisbane"),
        body="""Hi Lachlan,

These employers are interviewing now:

• Backend Engineer - Mangrove Telehealth - Brisbane
• Platform Engineer - Kookaburra Cloud - Remote
• Senior Python Dev - Gympie Agritech - Hybrid

Interviews happening this week - apply in one click!

Unsubscribe: https://jobwattle.example/u/3kq""",
        extra=listing("weekly.jobwattle.example", "https://jobwattle.example/u/3kq"),
        label=note("Job alert titled 'Interview-ready roles'."),
    )
)

add(
    ats(
        WYATT,
        "newsletter-interview-tips-denver",
        "bulk",
        frm=("The Hiring Line", "newsletter@hiringline.example"),
        subject="Your interview is Tuesday at 10am. Are you ready?",
        date=dh("2028-06-18 07:00", "America/Denver"),
        body="""Imagine: your interview is Tuesday at 10am. Here are 7 things to do the night before.

1. Re-read the job description
2. Prepare 3 STAR stories
...

The Hiring Line - a weekly newsletter for job seekers
Unsubscribe https://hiringline.example/unsub""",
        extra=listing("hiringline.example", "https://hiringline.example/unsub"),
        label=note("Newsletter whose subject reads like an interview."),
    )
)

add(
    ats(
        BEA,
        "linkedin-jobs-digest-manila",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="Community Manager: 24 new jobs in Metro Manila",
        date=dh("2028-06-20 06:30", "Asia/Manila"),
        body="""Your job alert for Community Manager in Metro Manila

Community Lead - Sampaguita Games - Makati - Actively recruiting
Social Media Manager - Bayanihan Pay - Taguig - Be an early applicant

See all jobs
Unsubscribe: https://www.linkedin.com/comm/jobs/alerts""",
        extra=listing("jobalerts.linkedin.com", "https://www.linkedin.com/comm/jobs/alerts"),
        label=note("LinkedIn job alert."),
    )
)

add(
    ats(
        MINJUN,
        "conference-promo-seoul",
        "bulk",
        frm=("ChipCon Asia", "hello@chipcon-asia.example"),
        subject="Early bird ends Friday: ChipCon Asia 2028 + career fair",
        date=dh("2028-07-05 09:00", "Asia/Seoul"),
        body="""Join 3,000 engineers in Seoul, 14-15 September 2028. On-the-spot interviews with 40 exhibitors at the career fair!

Register: https://chipcon-asia.example/reg
Unsubscribe: https://chipcon-asia.example/unsub""",
        extra=listing("news.chipcon-asia.example", "https://chipcon-asia.example/unsub"),
        label=note("Conference promotion mentioning on-the-spot interviews."),
    )
)

add(
    ats(
        XAVIER,
        "salary-survey-bulk-pr",
        "bulk",
        frm=("PharmaPeople Caribbean", "news@pharmapeople.example"),
        subject="2028 Salary Survey: Validation & QA in Puerto Rico",
        date=dh("2028-07-26 10:00", "America/Puerto_Rico"),
        body="""What are validation specialists earning in 2028? Download our salary survey and see which employers are hiring.

Download: https://pharmapeople.example/survey
Unsubscribe: https://pharmapeople.example/unsub""",
        extra=listing("news.pharmapeople.example", "https://pharmapeople.example/unsub"),
        label=note("Recruitment agency newsletter."),
    )
)

# --- other: hard traps ---------------------------------------------------------------------

add(
    human(
        SERU,
        "rugby-final-round-fiji",
        "other",
        frm=("Suva Sevens Social League", "fixtures@suvasevens.example"),
        subject="FINAL ROUND confirmed - Sat 10am at Albert Park",
        date=dh("2028-07-25 18:00", "Pacific/Fiji"),
        body="""Bula all,

The final round of the social sevens is confirmed for Saturday 10am at Albert Park. Your team (Tamavua Tigers) plays Nasese Navy in the first match. Referee: Mosese Tuilau.

Fixtures committee""",
        label=note("Sports league final round: not an interview."),
    )
)

add(
    human(
        THAO,
        "university-admissions-interview",
        "other",
        frm=("Admissions Office", "admissions@saigon-biz-school.example"),
        subject="MBA admissions interview confirmed",
        date=dh("2028-06-21 09:00", "Asia/Ho_Chi_Minh"),
        body=f"""Dear Phuong Thao,

Your admissions interview for the Executive MBA (intake January 2029) is confirmed for {d("2028-06-28", "uky")} at 14:00 (ICT) with Prof. Tran Duc Minh, Director of Admissions.

Admissions Office, Saigon Business School""",
        mailer="outlook",
        label=note(
            "University admissions interview, not for a job: kept out of 'interview' by this set's rule."
        ),
    )
)

add(
    human(
        NIKOS,
        "user-runs-interview-candidate",
        "other",
        frm=("Kalliopi Marinou", "kalliopi.marinou@kykladesrobotics.example"),
        subject="You're on the panel: candidate interview Wed 11:00",
        date=dh("2028-08-21 10:00", "Europe/Athens"),
        body="""Hi Nikos,

Now that you've settled in - could you interview a Junior Controls Engineer candidate (Stelios Vlachos) on Wednesday at 11:00? You'd be on the panel with Spyros. Scorecard in Greenhouse.

Thanks!
Kalliopi, Recruiting""",
        label=note("User is the interviewer, not the candidate."),
    )
)

add(
    ats(
        DARNELL,
        "one-way-video-deadline",
        "other",
        frm=("Hudson Pearl Bank Recruiting", "no-reply@hudsonpearl.example"),
        subject="Action required: complete your video interview by July 2",
        date=dh("2028-06-28 09:00", "America/New_York"),
        body="""Hi Darnell,

As the next step for Summer Analyst 2029, please record your one-way video interview (5 questions, 2 minutes each). There is no live interviewer. Complete it any time before Sunday, July 2, 2028 at 11:59 PM ET.

Start: https://hudsonpearl.example/video/7fa1""",
        label=note("Recorded one-way video interview with a deadline: no live meeting time."),
    )
)

add(
    human(
        INES,
        "coffee-chat-networking",
        "other",
        frm=("Gonçalo Pestana", "goncalo.pestana@example.org"),
        subject="coffee? ☕",
        date=dh("2028-06-27 20:15", "Europe/Lisbon"),
        body="""Olá Inês! Saw your post about data PM roles. I moved to product at a startup in Porto last year - happy to grab a coffee next time I'm in Lisbon and share what I learned, no agenda. Let me know!

Gonçalo""",
        label=note("Networking coffee chat, not an interview nor a request from an employer."),
    )
)

add(
    ats(
        KIRRA,
        "linkedin-inmail-no-times",
        "other",
        frm=("Hamish Doyle via LinkedIn", "inmail-hit-reply@linkedin.com"),
        subject="Hamish sent you a message: Senior Geologist opportunity",
        date=dh("2028-08-01 12:00", "Australia/Perth"),
        body="""Hamish Doyle
Principal Consultant at Ironbark Search

Hi Kirra, I'm working on a Senior Geologist role with a mid-tier gold producer in the Goldfields. Happy to share more if it's of interest.

Reply   View profile""",
        label=note("InMail about a role that does not ask for times."),
    )
)

add(
    ats(
        MAUREEN,
        "webinar-ace-the-interview",
        "other",
        frm=("Manitoba Career Hub", "events@mbcareerhub.example"),
        subject="Registration confirmed: Nailing the Panel Interview (webinar)",
        date=dh("2028-07-05 12:00", "America/Winnipeg"),
        body=f"""Hi Maureen,

You're registered for "Nailing the Panel Interview", {d("2028-07-12", "usy")}, 12:00 PM Central Time, hosted by career coach Donna Klassen.

Join link: https://mbcareerhub.example/webinar/881""",
        label=note("Webinar about interviewing."),
    )
)

add(
    invite(
        AIGERIM,
        "vendor-demo-erp",
        "other",
        frm=("Kuanysh Omarov", "kuanysh@tengri-erp.example"),
        subject="Demo: Tengri ERP for Steppe finance teams",
        date=dh("2028-06-14 15:00", "Asia/Almaty"),
        body="""Aigerim, as promised here is the invite for the product demo of Tengri ERP's consolidation module. 45 min, I'll bring our solutions engineer.

Kuanysh Omarov, Account Executive""",
        style="gmail",
        start="2028-06-20 11:00",
        zone="Asia/Almaty",
        minutes=45,
        summary="Tengri ERP - product demo",
        organizer=("Kuanysh Omarov", "kuanysh@tengri-erp.example"),
        attendees=[("Aigerim Nurlanovna", "aigerim.nurlan@example.net")],
        prodid=ZOOM,
        label=note("Vendor demo with a calendar invitation."),
    )
)
