"""Automatic answers, bulk mail and look-alikes that are not the user's job interviews."""

from __future__ import annotations

from .kit import (
    AINO,
    APPLE,
    AUTO,
    CATHAL,
    CHIDINMA,
    CLARISSA,
    DECLAN,
    DILANI,
    ELENI,
    FARHAD,
    FEMKE,
    GESA,
    GURLEEN,
    JARRAH,
    KAYA,
    MATILDA,
    NOUR,
    ROHAN,
    SEOYEON,
    TAHMID,
    TIAKI,
    WENJIA,
    ZOFIA,
    Msg,
    bulk,
    d,
    dh,
    exchange,
    gcal,
    html_page,
    invite,
    local,
    mail,
    mid,
    note,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================ automatic answers ==================================================

add(
    mail(
        DECLAN,
        "exchange-automatic-reply-halifax",
        "auto_reply",
        frm=("Morag Chisholm", "morag.chisholm@fundytidal.example"),
        subject="Automatic reply: Re: Interview confirmed: Electrical Commissioning Lead",
        date=dh("2030-11-13 08:02:00", "America/Halifax"),
        extra=AUTO,
        body="""Thank you for your message. I am out of the office at a conference until Monday, November 18 with limited access to email. I will respond when I return.

For urgent matters please contact engineering.admin@fundytidal.example.

Morag Chisholm
Director of Engineering
""",
        label=note("Exchange out-of-office from the interviewer.", return_date="2030-11-18"),
    )
)

add(
    mail(
        FEMKE,
        "gmail-vacation-responder-nodate",
        "auto_reply",
        frm=("Sjoerd Bakker", "sjoerd.bakker@polderpay.example"),
        subject="Re: Operations Analyst application - Femke van der Linde-Bos",
        date=dh("2030-10-19 21:40:00", "Europe/Amsterdam"),
        extra=[("Auto-Submitted", "auto-replied")],
        in_reply_to=mid("femke-polderpay", "example.net"),
        body="""Hi, thanks for your email! I'm travelling with limited access to email and will get back to you as soon as I can.

Sjoerd
""",
        label=note("Gmail vacation responder without a return date."),
    )
)

add(
    mail(
        JARRAH,
        "icims-unmonitored-autoreply",
        "auto_reply",
        frm=("Moreton Bay Water Careers", "careers-moretonbaywater@icims.com"),
        subject="RE: Interview Scheduled - Asset Planning Engineer (Req 4471)",
        date=dh("2030-10-24 10:31:00", "Australia/Brisbane"),
        extra=AUTO,
        body="""This mailbox is not monitored. Your email has not been read.

To update your details or withdraw your application, please log in to the careers portal.
""",
        label=note("Unmonitored-mailbox answer to the user's reply."),
    )
)

add(
    mail(
        CHIDINMA,
        "ooo-on-leave-lagos",
        "auto_reply",
        frm=("Adaeze Umeh", "adaeze.umeh@lagoonstudio.example"),
        subject="Out of Office: Re: Application - UI Designer",
        date=dh("2030-10-31 12:00:00", "Africa/Lagos"),
        extra=AUTO,
        body="""Hello,

I am on leave and will be back in the office on 4th November 2030. Please expect a delayed response.

Adaeze
""",
        label=note("Out-of-office with a return date.", return_date="2030-11-04"),
    )
)

add(
    mail(
        ROHAN,
        "agency-autoresponder-received",
        "auto_reply",
        frm=("Arabian Sea Search", "info@arabiansea-search.example"),
        subject="We have received your email [Ticket #AS-20931]",
        date=dh("2030-10-20 09:00:00", "Asia/Kolkata"),
        extra=AUTO,
        body="""Dear Candidate,

Thank you for contacting Arabian Sea Search. This is an automated acknowledgement; one of our consultants will respond within 2 working days.

Regards,
Team Arabian Sea Search
""",
        label=note("Agency autoresponder acknowledging the user's mail."),
    )
)

# ============================ bulk ================================================================

add(
    mail(
        CLARISSA,
        "linkedin-job-alert-manila",
        "bulk",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“data analyst”: 14 new jobs in Metro Manila",
        date=dh("2030-10-14 06:10:00", "Asia/Manila"),
        extra=bulk(
            "<jobs.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=71"
        ),
        rich=html_page(
            """<p>Your job alert for <b>data analyst</b> in Metro Manila</p>
<ul><li><a href="https://www.linkedin.com/comm/jobs/view/41812">Data Analyst - Banyan BPO (Taguig)</a> - Actively recruiting</li>
<li><a href="https://www.linkedin.com/comm/jobs/view/41819">BI Analyst - Narra Foods</a> - Be an early applicant</li>
<li><a href="https://www.linkedin.com/comm/jobs/view/41822">Analytics Associate - Pasig Holdings</a></li></ul>
<p><a href="https://www.linkedin.com/comm/jobs/alerts/unsubscribe?id=71">Unsubscribe</a></p>"""
        ),
        label=note("LinkedIn job alert."),
    )
)

add(
    mail(
        DECLAN,
        "glassdoor-interview-questions-newsletter",
        "bulk",
        frm=("Glassdoor", "noreply@glassdoor.com"),
        subject="The 10 interview questions you'll hear this fall (and how to answer)",
        date=dh("2030-10-09 07:45:00", "America/Halifax"),
        extra=bulk("<newsletter.glassdoor.com>", "https://www.glassdoor.com/unsubscribe?c=dm44"),
        rich=html_page(
            """<h1>Interview season is here</h1>
<p>Schedule your interview prep like you'd schedule the interview itself. Here are the questions hiring managers are asking most this quarter, from "Tell me about yourself" to "Why are you leaving?".</p>
<p><a href="https://www.glassdoor.com/blog/interview-questions">Read the guide</a></p>
<p><a href="https://www.glassdoor.com/unsubscribe?c=dm44">Unsubscribe</a></p>"""
        ),
        label=note("Newsletter about interview questions."),
    )
)

add(
    mail(
        GURLEEN,
        "indeed-career-guide-interview-tips",
        "bulk",
        frm=("Indeed", "donotreply@indeed.com"),
        subject="Your interview is tomorrow? 7 things to do tonight",
        date=dh("2030-11-02 18:00:00", "America/Winnipeg"),
        extra=bulk("<careerguide.indeed.com>", "https://www.indeed.com/unsubscribe?t=cg"),
        body="""Indeed Career Guide

Your interview is tomorrow? 7 things to do tonight
1. Re-read the job posting
2. Plan your route or test your video link
3. Prepare three stories using the STAR method
...

Read more: https://www.indeed.com/career-advice/interviewing/night-before

You're receiving this because you subscribed to Indeed Career Guide.
Unsubscribe: https://www.indeed.com/unsubscribe?t=cg
""",
        label=note("Career-advice newsletter whose subject sounds personal."),
    )
)

add(
    mail(
        NOUR,
        "eventbrite-webinar-panel-interview",
        "bulk",
        frm=("Eventbrite", "noreply@eventbrite.com"),
        subject="Reminder: Acing the Panel Interview starts tomorrow",
        date=dh("2030-11-11 10:00:00", "Africa/Cairo"),
        extra=bulk("<reminders.eventbrite.com>", "https://www.eventbrite.com/unsubscribe?e=5512"),
        body=f"""Acing the Panel Interview - online workshop
Hosted by Finance Women MENA

{d("2030-11-12 18:00", "usy")}, 6:00 PM - 7:30 PM EET
Online event - link below

https://www.eventbrite.com/e/acing-the-panel-interview-tickets-5512

You're receiving this because you registered for this event.
""",
        label=note("Webinar reminder about interviewing; a registered event, not an interview."),
    )
)

add(
    mail(
        GESA,
        "xing-stellenempfehlung",
        "bulk",
        frm=("XING", "mailrobot@mail.xing.com"),
        subject="Diese Stelle könnte zu Ihnen passen: Teamleitung Einkauf in Hamburg",
        date=dh("2030-10-26 08:30:00", "Europe/Berlin"),
        extra=bulk("<jobs.mail.xing.com>", "https://www.xing.com/settings/notifications?u=g7"),
        rich=html_page(
            """<p>Hallo Gesa Thormählen,</p>
<p>auf Basis Ihres Profils haben wir neue Jobs für Sie gefunden:</p>
<ul><li><a href="https://www.xing.com/jobs/hamburg-teamleitung-einkauf-771">Teamleitung Einkauf – Hafenwerk GmbH</a> – schnelle Rückmeldung, Vorstellungsgespräche noch im November</li>
<li><a href="https://www.xing.com/jobs/hamburg-disponentin-772">Disponentin – Speicherstadt Logistik</a></li></ul>
<p><a href="https://www.xing.com/settings/notifications?u=g7">Benachrichtigungen verwalten</a></p>""",
            lang="de",
        ),
        label=note("German job recommendations; the interview wording is advertising."),
    )
)

add(
    mail(
        AINO,
        "alumni-career-week-mock-interviews",
        "bulk",
        frm=("Aalto Alumni Careers", "careers-news@alumni-aalto.example"),
        subject="Career Week: book a mock interview with an alumnus",
        date=dh("2030-10-30 09:00:00", "Europe/Helsinki"),
        extra=bulk("<careerweek.alumni-aalto.example>", "https://alumni-aalto.example/unsubscribe"),
        body="""Career Week 11-15 November

- CV clinic (drop-in, Monday)
- Mock interviews with alumni (30 min slots, book via the portal)
- Panel: "How hiring managers read your CV"

https://alumni-aalto.example/careerweek

Unsubscribe: https://alumni-aalto.example/unsubscribe
""",
        label=note("Alumni newsletter offering mock interviews."),
    )
)

# ============================ other ================================================================

add(
    mail(
        SEOYEON,
        "greenhouse-ack-pinecone-seoul",
        "other",
        frm=("Pinecone Vision", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Pinecone Vision",
        date=dh("2030-10-20 03:44:00", "Asia/Seoul"),
        body="""Hi Ha-neul,

Thanks for applying for the Computer Vision Engineer position at Pinecone Vision. Our team will review your application and, if there's a match, we'll reach out to schedule an interview.

Pinecone Vision Recruiting
""",
        label=note("Application acknowledgement; mentions a possible interview."),
    )
)

add(
    mail(
        ELENI,
        "workday-application-received-athens",
        "other",
        frm=("Hellas Maritime Careers", "hellasmaritime@myworkday.com"),
        subject="Application Received - Treasury Specialist (R-4410)",
        date=dh("2030-10-12 12:00:00", "Europe/Athens"),
        body="""Dear Eleni Papadaki-Moraiti,

Thank you for applying for the Treasury Specialist position. We have received your application and will be in touch if your qualifications match our needs.

You can check the status of your application at any time in your candidate home.

Hellas Maritime Talent Acquisition
""",
        label=note("Workday application acknowledgement."),
    )
)

add(
    mail(
        DILANI,
        "smartrecruiters-thanks-for-applying",
        "other",
        frm=("Lagoon Reinsurance", "noreply@smartrecruiters.com"),
        subject="Thanks for applying to Lagoon Reinsurance",
        date=dh("2030-10-05 09:30:00", "Asia/Colombo"),
        cte="base64",
        rich=html_page(
            """<p>Hi Dilani,</p><p>We received your application for <b>Pricing Actuary</b>. Our recruiters review every application and will contact shortlisted candidates for interviews within three weeks.</p><p>Lagoon Reinsurance</p>"""
        ),
        label=note("SmartRecruiters acknowledgement, base64 HTML."),
    )
)

S = "2030-11-08 11:00"
add(
    exchange(
        WENJIA,
        "user-is-interviewer-exchange",
        "other",
        start=S,
        zone="Pacific Standard Time",
        minutes=45,
        subject="Interview: Priya Sood - Junior Product Designer - Portfolio review",
        organizer=("Marcy Ilagan", "marcy.ilagan@tidepoolapps.example"),
        attendees=[("Priya Sood (candidate)", "priya.sood.design@example.org")],
        date=dh("2030-11-01 14:10:00", "America/Vancouver"),
        text="""Hi Wen Jia,

Thanks for agreeing to interview for the junior designer role. You'll run the portfolio review with Priya Sood; her resume and portfolio are in the Lever profile. Please submit your scorecard within 24 hours.

Marcy Ilagan
Recruiting Coordinator, Tidepool Apps
""",
        label=note("The user is the interviewer at her current employer; not her interview."),
    )
)

add(
    mail(
        FARHAD,
        "supply-lines-podcast-guest-kabul",
        "other",
        frm=("Lina Sadat", "lina@supplylinespodcast.example"),
        subject="Supply Lines podcast - recording on Tuesday",
        date=dh("2030-10-09 19:15:00", "Asia/Kabul"),
        body="""Hi Farhad,

Thanks for agreeing to be interviewed on Supply Lines! We'll record on Tuesday at 5pm Kabul time (about 45 minutes) on Riverside. I'll send questions in advance - mostly about running procurement across borders.

Lina Sadat
Host, Supply Lines
""",
        label=note("Podcast guest interview; not a job interview."),
    )
)

S = "2030-10-31 18:00"
x = local(S, "America/Anchorage")
add(
    mail(
        KAYA,
        "northstar-coach-practice-session",
        "other",
        frm=("Northstar Career Coaching", "bookings@northstarcoach.example"),
        subject="Booked: Mock Interview (60 min) with Renata Caldwell",
        date=dh("2030-10-26 12:00:00", "America/Anchorage"),
        body=f"""Hi Kaya,

Your session is booked.

Mock Interview (60 min) with Renata Caldwell
{x:%A}, {x:%B} {x.day}, {x.year}, {t12(S)} AKDT
Video link: https://northstarcoach.example/room/rcaldwell

Payment received: $95.00. Cancellations less than 24 hours ahead are not refunded.

Northstar Career Coaching
""",
        label=note("Paid mock interview with a coach; practice, not a job interview."),
    )
)

S = "2030-10-19 17:30"
add(
    invite(
        TAHMID,
        "dentist-appointment-ics-dhaka",
        "other",
        start=S,
        zone="Asia/Dhaka",
        minutes=30,
        summary="Dental check-up - Dr. Farzana Akter",
        organizer=("Smile Square Dental", "appointments@smilesquare.example"),
        attendees=[("Tahmid Chowdhury", "tahmid.chowdhury@example.net")],
        prodid=APPLE,
        uid_style="apple",
        location="Smile Square Dental, Road 11, Banani, Dhaka",
        frm=("Smile Square Dental", "appointments@smilesquare.example"),
        subject="Appointment confirmation - Smile Square Dental",
        date=dh("2030-10-14 11:00:00", "Asia/Dhaka"),
        body="""Dear Tahmid,

Your appointment with Dr. Farzana Akter is confirmed. The calendar file is attached.

Please arrive 10 minutes early.
Smile Square Dental
""",
        label=note("Dental appointment with a calendar; not an interview."),
    )
)

S = "2030-11-04 10:00"
add(
    exchange(
        ZOFIA,
        "weekly-one-on-one-exchange",
        "other",
        start=S,
        zone="Central European Standard Time",
        minutes=30,
        subject="1:1 Zofia / Tomasz (weekly)",
        organizer=("Tomasz Lewandowski", "tomasz.lewandowski@wislasoft.example"),
        attendees=[],
        date=dh("2030-10-31 16:00:00", "Europe/Warsaw"),
        text="""Moving our weekly 1:1 to Monday mornings from next week.

Tomasz
""",
        label=note("Weekly 1:1 with her current manager; not an interview."),
    )
)

add(
    mail(
        CATHAL,
        "exit-interview-quayside-leaving",
        "other",
        frm=("HR Team", "hr@quaysidemedia.example"),
        subject="Your exit interview - Thursday",
        date=dh("2030-11-18 10:20:00", "Europe/Dublin"),
        body="""Hi Cathal,

As part of your leaving process we'd like to schedule a short exit interview with Gráinne from HR on Thursday at 2pm in Meeting Room 4. It's confidential and takes about 30 minutes.

Best wishes for the new role!
HR Team, Quayside Media
""",
        label=note("Exit interview at the employer he is leaving; not a job interview."),
    )
)

add(
    mail(
        AINO,
        "codility-test-deadline",
        "other",
        frm=("Kuusi Games via Codility", "no-reply@codility.com"),
        subject="Kuusi Games has invited you to a coding assessment",
        date=dh("2030-10-29 09:30:00", "Europe/Helsinki"),
        body="""Hello Aino,

Kuusi Games has invited you to complete an online coding assessment for the Gameplay Programmer role.

Time limit: 90 minutes once started
Deadline: November 3, 2030, 23:59 (EET)

Start the assessment: https://app.codility.com/c/run/kg-7721

Good luck!
Codility
""",
        label=note("Online assessment with a deadline, no live interviewer."),
    )
)

add(
    mail(
        DECLAN,
        "referee-call-for-ex-colleague-halifax",
        "other",
        frm=("Hannah Rudderham", "hannah.rudderham@causewayenergy.example"),
        subject="Reference for Jamie Cormier",
        date=dh("2030-10-28 11:06:00", "America/Halifax"),
        body="""Hi Declan,

Jamie Cormier has listed you as a reference for a Site Supervisor role with us. Would you have 15 minutes for a quick call on Thursday at 2pm Atlantic? If not, let me know a better time.

Thanks,
Hannah Rudderham
Talent Acquisition, Causeway Energy
""",
        label=note("Reference call about someone else; the user is the referee."),
    )
)

add(
    mail(
        MATILDA,
        "cold-recruiter-approach-adelaide",
        "other",
        frm=("Ruby Stanislaus", "ruby.stanislaus@gulfstpeople.example"),
        subject="Commercial analytics opportunity - open to a confidential chat?",
        date=dh("2030-10-11 10:02:00", "Australia/Adelaide"),
        body="""Hi Matilda,

I came across your profile and have a commercial analytics role with an ASX-listed client that looks like a strong match. Would you be open to a confidential chat at some point?

Kind regards,
Ruby Stanislaus
Gulf St People
""",
        label=note("Cold recruiter approach, no time and no interview arranged."),
    )
)

add(
    mail(
        NOUR,
        "background-check-consent",
        "other",
        frm=("VeriTrust Screening", "noreply@veritrust-screening.example"),
        subject="Action required: background check for Delta Loom",
        date=dh("2030-11-18 09:15:00", "Africa/Cairo"),
        body="""Dear Nour El-Sayed Hamdy,

Delta Loom has requested a background screening as part of your recruitment process. Please complete the consent form and upload your documents within 5 business days:

https://veritrust-screening.example/c/88e1

VeriTrust Screening
""",
        label=note("Background-check request."),
    )
)

add(
    mail(
        JARRAH,
        "car-service-booking-brisbane",
        "other",
        frm=("Eagle Farm Auto Service", "bookings@eaglefarmauto.example"),
        subject="Booking confirmed: 60,000 km service",
        date=dh("2030-10-12 08:30:00", "Australia/Brisbane"),
        body=f"""Hi Jarrah,

Your booking is confirmed for {d("2030-10-18", "uk")}, drop-off 7:30am.
Vehicle: 2024 Toyota HiLux (reg 512 WXR)
Service: 60,000 km logbook service

Eagle Farm Auto Service | (07) 5550 1287
""",
        label=note("Car service appointment."),
    )
)

add(
    mail(
        FEMKE,
        "thanks-for-coming-in-today",
        "other",
        frm=("Harriet Pemberton-Shaw", "harriet@fenwickhale.example"),
        subject="How did it go?",
        date=dh("2030-11-07 17:10:00", "Europe/London"),
        body="""Hi Femke,

Thanks for doing the interview with Mallory Rail this afternoon - Dominic already messaged me to say it went well! They're seeing two more people this week and will decide by Friday. I'll call you as soon as I hear.

Harriet
""",
        label=note("Agency follow-up after an interview that already happened."),
    )
)

add(
    mail(
        CHIDINMA,
        "friend-lagos-asks-after-studio-visit",
        "other",
        frm=("Ngozi Ibekwe", "ngozi.ibekwe@example.com"),
        subject="how did it go??",
        date=dh("2030-10-30 20:12:00", "Africa/Lagos"),
        body="""Babe!! How did the interview at Lagoon Studio go? Tell me everything. If they call you back for a second round I can do a practice interview with you on Saturday, I've sat on enough panels lol.

N
""",
        label=note("A friend asks about a past interview and offers practice."),
    )
)

S = "2030-10-24 16:15"
add(
    gcal(
        GURLEEN,
        "parent-teacher-conference-gcal",
        "other",
        start=S,
        zone="America/Winnipeg",
        minutes=15,
        summary="Parent-teacher conference - Arjan (Grade 3)",
        organizer=("Ms. Leanne Friesen", "lfriesen@riverbendschool.example"),
        guests=[("Ms. Leanne Friesen", "lfriesen@riverbendschool.example")],
        date=dh("2030-10-17 15:30:00", "America/Winnipeg"),
        meet=None,
        location="Riverbend Elementary, Room 12",
        note_text="15-minute conference slot. Please sign in at the office.",
        label=note("School conference invitation from Google Calendar."),
    )
)

S = "2030-12-02 08:30"
x = local(S, "Pacific/Auckland")
add(
    mail(
        TIAKI,
        "onboarding-first-day-schedule",
        "other",
        frm=("Mereana Hapeta", "mereana.hapeta@rekohuenergy.example"),
        subject="Welcome aboard - your first day",
        date=dh("2030-11-25 13:40:00", "Pacific/Auckland"),
        body=f"""Kia ora Tiaki,

We're so pleased you've accepted! Your first day is {x:%A} {x.day} {x:%B}. Please come to the Waitangi site office at 8.30am (Chatham time 9.15am - yes we know!) for induction with Tane and the H&S briefing with Lydia.

Ngā mihi,
Mereana
""",
        label=note("First-day induction after an accepted offer; not an interview."),
    )
)

S = "2030-11-20 08:15"
x = local(S, "Asia/Dhaka")
add(
    mail(
        TAHMID,
        "visa-interview-appointment-dhaka",
        "other",
        frm=("Visa Appointment Service", "noreply@visa-appointments.example"),
        subject="Appointment Confirmation - Visa Interview",
        date=dh("2030-10-28 10:00:00", "Asia/Dhaka"),
        body=f"""Applicant: TAHMID CHOWDHURY
Visa class: B1/B2
Interview date: {x:%d %B %Y}
Interview time: 08:15
Location: Consular Section, Madani Avenue, Dhaka

Bring this confirmation page, your passport and the DS-160 confirmation.
""",
        label=note("Consular visa interview; not a job interview."),
    )
)
