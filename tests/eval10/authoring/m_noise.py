"""Automatic answers, bulk mail and the hard 'other': meetings, appointments, traps."""

from __future__ import annotations

from .kit import (
    AROHA,
    AUTO,
    BRYNN,
    CALLISTA,
    CHIAHUI,
    EMRE,
    ETIENNE,
    HOLLIS,
    ICLOUD,
    ISLA,
    KAINOA,
    LIAM,
    LINNEA,
    MARISOL,
    NDAPEWA,
    NIKHIL,
    OKSANA,
    PEISHAN,
    PUTRI,
    REEM,
    SOLVEIG,
    TEREZA,
    TOMAS,
    YAMILET,
    Msg,
    attachment,
    bulk,
    d,
    dh,
    exchange,
    gcal,
    html_page,
    invite,
    leaf,
    mail,
    mid,
    note,
    paras,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ================================ Automatic answers ==============================================

add(
    mail(
        MARISOL,
        "exchange-automatic-reply-freshwater-return",
        "auto_reply",
        frm=("Kendra Oyelowo", "kendra.oyelowo@freshwaterfederal.example"),
        subject="Automatic reply: Thank you - Freshwater Federal Bank interview",
        date=dh("2029-08-23 09:02:00", "America/Detroit"),
        extra=[
            *AUTO,
            ("X-MS-Exchange-Inbox-Rules-Loop", "kendra.oyelowo@freshwaterfederal.example"),
        ],
        body="""Thank you for your email. I am out of the office from Thursday, August 23 through Friday, August 31, with limited access to email. I will return on Tuesday, September 4 (Monday is Labor Day).

For urgent recruiting matters, please contact talent@freshwaterfederal.example.

Kendra Oyelowo
""",
        label=note(
            "Exchange automatic reply to the user's thank-you; back on Tuesday 4 September.",
            return_date="2029-09-04",
        ),
    )
)

add(
    mail(
        AROHA,
        "gmail-away-responder-pania-no-return",
        "auto_reply",
        frm=("Pania Rountree", "pania.rountree@tussockridge.example"),
        subject="Re: Portfolio link for Friday",
        date=dh("2029-09-24 10:15:00", "Australia/Sydney"),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        in_reply_to=mid("aroha-portfolio-link", "example.com"),
        body="""Hi! I'm away on leave with patchy reception. I'll reply when I'm back - if it's urgent, Mitchell Varga can help (mitchell.varga@tussockridge.example).

Pania
""",
        label=note("Gmail vacation responder without a return date."),
    )
)

add(
    mail(
        SOLVEIG,
        "postfix-bounce-mistyped-thanks-reykjavik",
        "auto_reply",
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.example.com"),
        subject="Undelivered Mail Returned to Sender",
        date=dh("2029-09-12 15:31:00", "Atlantic/Reykjavik"),
        return_path="",
        extra=[("Auto-Submitted", "auto-replied")],
        body="""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<katla.jons@hverfjall-data.example>: host mx.hverfjall-data.example[192.0.2.61]
    said: 550 5.1.1 <katla.jons@hverfjall-data.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--- Original message ---
Subject: Thank you for today
Hi Katla, thank you for taking the time to meet me this afternoon ...
""",
        label=note("Postfix bounce of the user's thank-you note (the address was mistyped)."),
    )
)

add(
    mail(
        YAMILET,
        "icims-noreply-auto-answer",
        "auto_reply",
        frm=("Isla Verde Pharmaceuticals", "isla-verde-pharma@talent.icims.com"),
        subject="RE: Isla Verde Pharmaceuticals: Interview Details - Quality Systems Specialist",
        date=dh("2029-06-20 15:40:00", "America/Puerto_Rico"),
        extra=AUTO,
        body="""This mailbox is not monitored. Your message has not been delivered to a recruiter.

To update your interview, please use the link in your original invitation or contact the recruiter directly.

Isla Verde Pharmaceuticals Talent Acquisition
""",
        label=note("Unmonitored-mailbox answer to the user's reply to an iCIMS mail."),
    )
)

# ================================ Bulk ===========================================================

add(
    mail(
        NIKHIL,
        "linkedin-job-alert-architect-melbourne",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“solutions architect”: 12 new jobs in Melbourne",
        date=dh("2029-07-02 07:12:00", "Australia/Melbourne"),
        extra=bulk(
            "<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsub?id=55e1"
        ),
        body=None,
        rich=html_page(
            paras(
                """Your job alert for solutions architect in Melbourne

Solutions Architect – Docklands Data Co – Melbourne, VIC (Hybrid) – Actively recruiting
Cloud Solutions Architect – Southbank Health – Melbourne, VIC – Easy Apply
Integration Architect – Brunswick Energy – Melbourne, VIC – 2 connections work here

See all jobs

You are receiving Job Alert emails. Unsubscribe · Help"""
            )
        ),
        label=note("LinkedIn job alert."),
    )
)

add(
    mail(
        HOLLIS,
        "indeed-interview-tips-and-jobs",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Hollis, prepare for your next interview + 8 new jobs near Boise",
        date=dh("2029-08-12 06:30:00", "America/Boise"),
        extra=bulk("<jobalerts.indeed.com>", "https://www.indeed.com/unsubscribe?t=9c22"),
        body="""Ace your next interview
Read: 10 common interview questions and how to answer them.

New jobs for "ecommerce manager" near Boise, ID:
- E-commerce Manager - Treasure Valley Outfitters - Meridian, ID
- Digital Merchandising Lead - Foothills Home - Boise, ID
- Marketplace Manager - remote

View all jobs: https://www.indeed.com/jobs?q=ecommerce+manager&l=Boise

Unsubscribe from these emails.
""",
        label=note("Indeed digest with interview tips and jobs: bulk."),
    )
)

add(
    mail(
        LINNEA,
        "substack-newsletter-interview-loops",
        "bulk",
        frm=("The Hiring Loop", "thehiringloop@substack.com"),
        subject="Why your final interview on Thursday matters less than you think",
        date=dh("2029-08-09 13:00:00", "Europe/Stockholm"),
        extra=bulk(
            "<thehiringloop.substack.com>",
            "https://thehiringloop.substack.com/action/disable_email",
        ),
        body="""The Hiring Loop - issue #112

Most candidates obsess over the final interview. But by the time you meet the VP on Thursday at 3pm, the debrief has usually made up its mind...

In this issue: what happens in the hiring committee, how to read a "let's schedule a follow-up", and a reader's question about being interviewed on a Saturday.

Read on Substack: https://thehiringloop.substack.com/p/final-interview

You're a free subscriber to The Hiring Loop. Unsubscribe.
""",
        label=note("Newsletter about interviews that mentions times and days: bulk."),
    )
)

add(
    mail(
        NDAPEWA,
        "eventbrite-career-fair-windhoek",
        "bulk",
        frm=("Eventbrite", "noreply@eventbrite.com"),
        subject="Don't miss: Namibia Graduate Career Fair - Sat, Aug 18",
        date=dh("2029-08-08 10:00:00", "Africa/Windhoek"),
        extra=bulk("<events.eventbrite.com>", "https://www.eventbrite.com/unsubscribe?u=7d1f"),
        body="""Events you might like

Namibia Graduate Career Fair 2029
Sat, Aug 18, 9:00 AM - 3:00 PM CAT
Windhoek Country Club, Western Bypass

Meet 40+ employers, get your CV reviewed and take part in on-the-spot interviews.

Get tickets: https://www.eventbrite.com/e/namibia-graduate-career-fair-2029

You're receiving this because you follow organisers on Eventbrite. Unsubscribe.
""",
        label=note("Promotional mail for a career fair with on-the-spot interviews: bulk."),
    )
)

# ================================ Other ==========================================================

S = "2029-07-03 10:00"
add(
    exchange(
        TEREZA,
        "exchange-weekly-one-to-one-current-job",
        "other",
        start=S,
        zone="Central Europe Standard Time",
        minutes=30,
        subject="Tereza / Jiří weekly 1:1",
        organizer=("Jiří Dvořák", "jiri.dvorak@brnenska-strojirna.example"),
        attendees=[],
        date=dh("2029-06-29 16:10:00", "Europe/Prague"),
        text="""Moving our weekly 1:1 to Tuesdays from next week. Agenda: Q3 forecast, your development plan.

Jiří""",
        label=note(
            "Weekly 1:1 with the user's current manager (Exchange request): not an interview."
        ),
    )
)

S = "2029-08-03 15:45"
add(
    invite(
        LIAM,
        "dentist-reminder-ics-darwin",
        "other",
        start=S,
        zone="Australia/Darwin",
        minutes=30,
        summary="Dental check-up & clean – Parap Dental",
        organizer=("Parap Dental", "bookings@parapdental.example"),
        attendees=[("Liam Donoghue-Birch", "liam.donoghuebirch@example.org")],
        prodid="-//Parap Dental//Online Bookings//EN",
        ics_mode="attach",
        ics_name="appointment.ics",
        frm=("Parap Dental", "bookings@parapdental.example"),
        subject="Appointment reminder - Friday 3 August, 3:45pm",
        date=dh("2029-08-01 09:00:00", "Australia/Darwin"),
        body=f"""Hi Liam,

This is a reminder of your appointment with Dr Anika Rasmussen on {d(S, "uk")} at 3:45pm.

Parap Dental, 3/18 Parap Rd, Parap NT
Reply C to confirm or call us on (08) 8945 5012 to reschedule.
""",
        label=note("Dentist appointment reminder with an .ics: not an interview."),
    )
)

S = "2029-07-19 16:00"
add(
    gcal(
        KAINOA,
        "google-podcast-guest-recording",
        "other",
        start=S,
        zone="Pacific/Honolulu",
        minutes=60,
        summary="Island Makers podcast – recording with Kainoa Palakiko",
        organizer=("Noelani Chang", "noelani@islandmakers-podcast.example"),
        guests=[("Noelani Chang", "noelani@islandmakers-podcast.example")],
        date=dh("2029-07-12 11:00:00", "Pacific/Honolulu"),
        note_text="Thanks for agreeing to be interviewed on the show! We'll talk about your boat "
        "restoration project. Riverside studio link below; plan for an hour.",
        meet="kpx-hrsa-ubn",
        label=note("Podcast guest interview (Google invitation): not a job interview."),
    )
)

add(
    mail(
        REEM,
        "greenhouse-user-is-interviewer",
        "other",
        frm=("Wahat Analytics via Greenhouse", "no-reply@greenhouse.io"),
        subject="Interview scheduled: You're interviewing Tariq Mansour for Data Analyst",
        date=dh("2029-09-16 09:00:00", "Asia/Riyadh"),
        body=f"""Hi Reem,

You've been scheduled to interview a candidate.

Candidate: Tariq Mansour
Job: Data Analyst
When: {d("2029-09-18", "uk")}, 10:00 - 10:45 AST
Focus: SQL and dashboard design

Please submit your scorecard within 24 hours of the interview.
View interview kit: https://app.greenhouse.io/interview_kits/88214
""",
        label=note("The user (now hired) is the interviewer: not her own interview."),
    )
)

add(
    mail(
        PEISHAN,
        "workday-application-received-acknowledgement",
        "other",
        frm=("Selangor Medical Devices Careers", "smd@myworkday.com"),
        subject="Thank you for applying - Regional Finance Controller",
        date=dh("2029-06-18 22:14:00", "Asia/Kuala_Lumpur"),
        body="""Dear Chong Pei Shan,

Thank you for applying for the Regional Finance Controller position. We have received your application and our recruitment team will review it.

If your qualifications match our requirements, a recruiter will contact you to arrange an interview. You can check the status of your application at any time in your candidate home.

Selangor Medical Devices - Talent Acquisition
""",
        label=note("Application acknowledgement that mentions arranging an interview later."),
    )
)

add(
    mail(
        CALLISTA,
        "friend-asks-about-interview-dinner",
        "other",
        frm=("Georgie Lamb", "georgie.lamb@example.net"),
        subject="how did it go??",
        date=dh("2029-08-10 18:30:00", "Australia/Hobart"),
        body="""Cal!! How was the interview this morning? Did the presentation go ok?

Also - still on for dinner Saturday at 7? I've booked Fico. Bring Tom.

G x
""",
        label=note("A friend asks about the interview and confirms dinner: not an interview."),
    )
)

add(
    mail(
        ISLA,
        "interviewer-human-thanks-reply",
        "other",
        frm=("Vikram Oberoi", "vikram.oberoi@saltbushhealth.example"),
        subject="Re: Thank you",
        date=dh("2029-08-09 17:40:00", "Australia/Sydney"),
        in_reply_to=mid("isla-thank-you", "example.com"),
        body="""Hi Isla,

Thanks for the lovely note - it was great talking with you this afternoon, and the question about data linkage was spot on. Joanna will be in touch about next steps once we've seen the other candidates.

Cheers,
Vikram
""",
        label=note("Interviewer's friendly reply after the interview; no new date, no outcome."),
    )
)

S = "2029-08-30 15:00"
add(
    exchange(
        OKSANA,
        "exchange-exit-interview-current-employer",
        "other",
        start=S,
        zone="FLE Standard Time",
        when_zone="(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
        minutes=30,
        subject="Exit interview - Oksana Melnychuk",
        organizer=("Iryna Savchuk", "iryna.savchuk@dnipro-softworks.example"),
        attendees=[],
        date=dh("2029-08-27 10:00:00", "Europe/Kyiv"),
        text="""Hi Oksana,

As part of your offboarding, I'd like to schedule a short exit interview before your last day. It's confidential and helps us improve.

Iryna Savchuk
HR, Dnipro Softworks""",
        label=note("Exit interview at the employer she is leaving: not a job interview."),
    )
)

S = "2029-07-07 11:30"
add(
    gcal(
        PUTRI,
        "google-flat-viewing-kebayoran",
        "other",
        start=S,
        zone="Asia/Jakarta",
        minutes=30,
        summary="Viewing: apartment unit 12B, Kebayoran Residences",
        organizer=("Yoga Pratama", "yoga.pratama@kebayoran-residences.example"),
        guests=[("Yoga Pratama", "yoga.pratama@kebayoran-residences.example")],
        date=dh("2029-07-04 14:22:00", "Asia/Jakarta"),
        note_text="Please bring a copy of your KTP and your employment letter for the landlord "
        "interview after the viewing.",
        meet=None,
        location="Kebayoran Residences lobby, Jl. Wolter Monginsidi 88",
        label=note("Flat viewing (with a 'landlord interview'): not a job interview."),
    )
)

S = "2029-07-26 11:00"
add(
    invite(
        CHIAHUI,
        "calendly-ux-research-user-interview",
        "other",
        start=S,
        zone=None,
        utc_zone="Asia/Taipei",
        minutes=45,
        summary="User interview: Project tools study (NT$1,500 gift card)",
        organizer=("Priya Research Ops", "research@pinecone-tools.example"),
        attendees=[("Hsu Chia-hui", "chiahui.hsu.tpe@example.com")],
        prodid="-//Calendly//Calendly Event//EN",
        ics_mode="attach",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Priya Research Ops", "research@pinecone-tools.example"),
        subject=f"Confirmed: User interview: Project tools study on {d(S, 'us')}, 2029",
        date=dh("2029-07-20 12:00:00", "Asia/Taipei"),
        body=f"""Hi Hsu Chia-hui,

Your User interview: Project tools study with Pinecone Tools Research is scheduled.

Event Date/Time:
11:00am - 11:45am (Taipei Standard Time) {d(S, "usy")}

As a thank-you for sharing how you plan projects, you'll receive a NT$1,500 gift card after the session.

Powered by Calendly.com
""",
        label=note("Paid UX-research 'user interview' booked with Calendly: not a job interview."),
    )
)

add(
    mail(
        EMRE,
        "referee-ask-ex-colleague-istanbul",
        "other",
        frm=("Melis Aksoy", "melis.aksoy@example.com"),
        subject="Would you be a reference for me?",
        date=dh("2029-07-27 20:45:00", "Europe/Istanbul"),
        body="""Hi Emre,

I have a final interview with a company in Berlin next week and they asked for two references. Would you be OK if I gave your name? They'd probably call you on Thursday or Friday.

Thanks a lot!
Melis
""",
        label=note("A former colleague asks the user to be her referee: not his interview."),
    )
)

add(
    mail(
        TOMAS,
        "background-check-consent-request",
        "other",
        frm=("Atlas Screening", "no-reply@atlas-screening.example"),
        subject="Action required: complete your background check for Maresia Energia",
        date=dh("2029-08-27 09:30:00", "Europe/Lisbon"),
        body="""Hello Tomás,

Maresia Energia has asked Atlas Screening to complete a pre-employment background check. Please provide your consent and details within 5 business days:

https://portal.atlas-screening.example/candidate/5a91e2

This usually takes 10 minutes.

Atlas Screening
""",
        label=note("Pre-employment background check request: other."),
    )
)

add(
    mail(
        ETIENNE,
        "hackerrank-online-test-deadline",
        "other",
        frm=("Laurentide Assurance via HackerRank", "support@hackerrank.com"),
        subject="Invitation: Laurentide Assurance - Actuarial Python Assessment",
        date=dh("2029-06-25 11:00:00", "America/Toronto"),
        body="""Hi Étienne,

Laurentide Assurance has invited you to take the Actuarial Python Assessment.

Duration: 90 minutes
Complete by: 2029-07-02 23:59 EDT

Start test: https://www.hackerrank.com/tests/laurentide-act-py/8c21

Good luck!
The HackerRank Team
""",
        label=note("Online assessment with a deadline: no interview time."),
    )
)

add(
    mail(
        BRYNN,
        "cold-recruiter-approach-open-to-chat",
        "other",
        frm=("Devin Marchuk", "devin.marchuk@northern-plains-talent.example"),
        subject="Reliability role in Moose Jaw - open to a chat?",
        date=dh("2029-07-05 11:20:00", "America/Regina"),
        body="""Hi Brynn,

I came across your profile and thought you might be a fit for a Senior Reliability Engineer role with one of my clients near Moose Jaw. Would you be open to a quick chat sometime?

No pressure either way.

Devin Marchuk
Northern Plains Talent
""",
        label=note("Cold recruiter approach with no interview proposed."),
    )
)

S = "2029-09-07 09:00"
add(
    invite(
        NIKHIL,
        "icloud-car-service-booking",
        "other",
        start=S,
        zone="Australia/Melbourne",
        minutes=120,
        summary="Car service – logbook 60,000 km (Brunswick Auto)",
        organizer=("Brunswick Auto", "service@brunswick-auto.example"),
        attendees=[("Nikhil Sarraf", "nikhil.sarraf.mel@example.org")],
        prodid=ICLOUD,
        ics_mode="attach",
        frm=("Brunswick Auto", "service@brunswick-auto.example"),
        subject="Your service booking is confirmed",
        date=dh("2029-09-01 10:00:00", "Australia/Melbourne"),
        body=f"""Hi Nikhil,

Your car service is booked for {d(S, "uk")} at 9:00am. Drop-off from 8:30am. We'll call you when it's ready.

Brunswick Auto, 212 Sydney Rd, Brunswick
""",
        label=note("Car service booking with an .ics: not an interview."),
    )
)

S = "2029-08-15 14:00"
add(
    gcal(
        AROHA,
        "google-team-design-critique-current-job",
        "other",
        start=S,
        zone="Pacific/Auckland",
        minutes=60,
        summary="Design crit – onboarding flow v3",
        organizer=("Hemi Tapsell", "hemi.tapsell@kowhai-digital.example"),
        guests=[
            ("Hemi Tapsell", "hemi.tapsell@kowhai-digital.example"),
            ("Sophie Vaipulu", "sophie.vaipulu@kowhai-digital.example"),
        ],
        date=dh("2029-08-13 09:30:00", "Pacific/Auckland"),
        note_text="Bring your latest Figma frames. Sophie will run the session.",
        label=note("A design critique at the user's current job (Google invitation): other."),
    )
)

add(
    mail(
        MARISOL,
        "mock-interview-coach-booking",
        "other",
        frm=("Kiara Bell Coaching", "hello@kiarabell-coaching.example"),
        subject="Your mock interview session is booked",
        date=dh("2029-08-13 19:00:00", "America/Detroit"),
        body=f"""Hi Marisol,

Thanks for booking a 60-minute mock interview and feedback session with me on {d("2029-08-14", "us")} at 7:00 PM ET. I'll play the hiring manager for a program management role and we'll debrief afterwards.

Payment of $150 received - your receipt is attached.

Kiara Bell
Career Coach
""",
        attachments=[attachment(b"%PDF-1.4\n% receipt\n", "application/pdf", "receipt-2211.pdf")],
        label=note("Paid mock interview with a career coach: not a real interview."),
    )
)

# --- Forwarded (message/rfc822) newsletter-like company all-hands, odd charset ------------------
INNER = (
    b"From: Ruta Vasiliauskaite <ruta@kauno-tekstile.example>\r\n"
    b"To: all-staff@kauno-tekstile.example\r\n"
    b"Subject: Town hall on Thursday\r\n"
    b"Date: Mon, 13 Aug 2029 09:00:00 +0300\r\n"
    b"Message-ID: <townhall-0813@kauno-tekstile.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="iso-8859-13"\r\n'
    b"Content-Transfer-Encoding: 8bit\r\n\r\n"
) + (
    "Labas visiems,\r\n\r\nTown hall this Thursday at 15:00 in the canteen. "
    "Agenda: Q2 results, new hires, summer party.\r\n\r\nRūta\r\n"
).encode("iso-8859-13")
add(
    mail(
        OKSANA,
        "forwarded-rfc822-town-hall-latin7",
        "other",
        frm=("Oksana Melnychuk", "oksana.melnychuk@example.org"),
        to="Oksana Melnychuk <oksana.melnychuk@example.org>",
        subject="Fwd: Town hall on Thursday",
        date=dh("2029-08-13 10:30:00", "Europe/Kyiv"),
        body="FYI - keeping this for the calendar.\n",
        attachments=[
            leaf("message/rfc822", INNER, charset=None, cte="8bit"),
        ],
        label=note(
            "The user forwards a company town-hall notice as an attached message in "
            "ISO-8859-13: not an interview."
        ),
    )
)


S = "2029-07-28 09:00"
add(
    gcal(
        YAMILET,
        "google-volunteer-orientation-food-bank",
        "other",
        start=S,
        zone="America/Puerto_Rico",
        minutes=90,
        summary="New volunteer orientation – Banco de Alimentos del Este",
        organizer=("Wanda Figueroa", "wanda.figueroa@bancoalimentos-este.example"),
        guests=[("Wanda Figueroa", "wanda.figueroa@bancoalimentos-este.example")],
        date=dh("2029-07-20 17:00:00", "America/Puerto_Rico"),
        note_text="Welcome! Orientation covers safety, the sorting line and shift sign-ups. Wear "
        "closed shoes.",
        meet=None,
        location="Banco de Alimentos del Este, Carr. 3 Km 12, Canóvanas",
        label=note("Volunteer orientation (Google invitation): not an interview."),
    )
)

add(
    mail(
        HOLLIS,
        "recruiter-thanks-after-onsite-no-outcome",
        "other",
        frm=("Brianna Stokes", "brianna.stokes@owyhee-outdoor.example"),
        subject="Thanks for coming in today!",
        date=dh("2029-07-12 16:20:00", "America/Boise"),
        body="""Hi Hollis,

Thanks so much for spending the morning with us - Garrett and Naomi both enjoyed meeting you. The team is wrapping up interviews this week and we'll be in touch by the end of next week with next steps.

In the meantime, feel free to reach out with any questions.

Brianna
""",
        label=note("Recruiter's thanks after the onsite; no outcome and no new date."),
    )
)
