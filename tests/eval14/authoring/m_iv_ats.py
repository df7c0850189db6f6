"""ATS and tool mail: interviews from tools new to the sets, tool mail that is not an interview."""

from __future__ import annotations

from .kit import (
    AUTO,
    BIBEK,
    DESPINA,
    GARRETT,
    HAJAR,
    JALEESA,
    KEELY,
    LEONOR,
    MEERA,
    NOAM,
    OSWIN,
    ROWAN,
    SHIRIN,
    TAHLIA,
    THANDEKA,
    THIRI,
    VIGGO,
    WEIJIE,
    XINYI,
    YUTING,
    ats,
    d,
    dh,
    lab,
    note,
)

MESSAGES = [
    ats(
        HAJAR,
        "personio-english-berlin-time",
        "interview",
        frm=("Storchenflug Mobility Recruiting", "noreply@storchenflug-mobility.jobs.personio.de"),
        reply_to=("Jana Weißhaupt", "jana.weisshaupt@storchenflug-mobility.example"),
        subject="Interview invitation: Senior Backend Engineer (Payments) at Storchenflug Mobility",
        date=dh("2033-03-21 10:12", "Africa/Casablanca"),
        body=f"""Dear Hajar Bennani-Slaoui,

thank you for your application. We would like to invite you to a video interview.

Date: {d("2033-03-30", "uky")}
Time: 11:00 - 12:00 (Europe/Berlin)
Interviewers: Jana Weißhaupt (Talent Acquisition), Felix Adebayo-Krämer (Engineering Manager)
Location: Google Meet - https://meet.google.com/kmo-prtz-yab

Please confirm the appointment via the link below.

Best regards
Your Storchenflug Mobility recruiting team

This email was sent via Personio.
""",
        label=lab(
            "2033-03-30 11:00",
            "Europe/Berlin",
            "Europe/Berlin",
            company="Storchenflug Mobility",
            role="Senior Backend Engineer (Payments)",
            who=["Jana Weißhaupt", "Felix Adebayo-Krämer"],
            notes="Personio in English; Berlin on CEST after 27 March, Casablanca +01.",
        ),
    ),
    ats(
        SHIRIN,
        "rippling-ats-interview-scheduled",
        "interview",
        frm=("Saffron Atlas via Rippling", "no-reply@rippling.com"),
        subject="Interview scheduled: Saffron Atlas - Data Annotation Lead",
        date=dh("2033-04-10 12:40", "Asia/Tehran"),
        body=f"""Hi Shirin,

Your interview for Data Annotation Lead at Saffron Atlas has been scheduled.

{d("2033-04-18", "usy")}
2:30 PM - 3:15 PM Iran Standard Time
With: Dariush Kamali (Head of Data)

Join: https://saffronatlas.example/meet/dk-interview

If you need to reschedule, reply to this email.

Powered by Rippling
""",
        label=lab(
            "2033-04-18 14:30",
            "Asia/Tehran",
            "Asia/Tehran",
            company="Saffron Atlas",
            role="Data Annotation Lead",
            who=["Dariush Kamali"],
            notes="'Iran Standard Time' names the place; +03:30.",
        ),
    ),
    ats(
        MEERA,
        "taleo-interview-schedule-pacific",
        "interview",
        frm=("Coastline Utilities Careers", "coastline@taleo.net"),
        subject="Interview Schedule Confirmation - Req 33-0412 Senior Business Analyst",
        date=dh("2033-04-05 07:15", "America/Vancouver"),
        body="""Dear Meera Sundaresan-Price,

This message confirms your interview for the position below.

Requisition: 33-0412 Senior Business Analyst
Date: 04/12/2033
Time: 10:00 AM (GMT-08:00) Pacific Time (US & Canada)
Duration: 60 minutes
Interview Type: Panel (Microsoft Teams)
Panel: Graham Oyelaran, Siobhan Treadwell

Please do not reply to this message.

Coastline Utilities Talent Acquisition
""",
        label=lab(
            "2033-04-12 10:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Coastline Utilities",
            role="Senior Business Analyst",
            who=["Graham Oyelaran", "Siobhan Treadwell"],
            notes="Taleo's month-first date; '(GMT-08:00) Pacific Time' is the standard caption, "
            "the meeting is in PDT.",
        ),
    ),
    ats(
        THANDEKA,
        "successfactors-south-africa-standard-time",
        "interview",
        frm=("Ubuntu Mutual Careers", "careers@ubuntumutual.successfactors.eu"),
        subject="Interview Scheduling: Your interview has been confirmed",
        date=dh("2033-04-05 09:30", "Africa/Johannesburg"),
        body="""Dear Thandeka,

Your interview has been confirmed.

Job Requisition: Group Financial Controller (ID 51177)
Interview Date: 12 Apr 2033
Start Time: 09:00 (GMT+02:00) South Africa Standard Time
Location: Ubuntu Mutual, 3 Sandown Valley Crescent, Sandton
Interviewers: Refilwe Mokoena; Johan Steenkamp

Kind regards
Talent Acquisition
""",
        label=lab(
            "2033-04-12 09:00",
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Ubuntu Mutual",
            role="Group Financial Controller",
            who=["Refilwe Mokoena", "Johan Steenkamp"],
            notes="SuccessFactors shape; the Windows zone name South Africa is Johannesburg.",
        ),
    ),
    ats(
        DESPINA,
        "olivia-assistant-hotel-interview",
        "interview",
        frm=("Olivia from Kalliste Hotels", "olivia@kalliste-hotels.paradox.ai"),
        subject="Your interview is confirmed!",
        date=dh("2033-04-02 13:05", "Europe/Athens"),
        body=f"""Hi Despina! It's Olivia, the virtual assistant at Kalliste Hotels.

You're all set! Here are your interview details:

Position: Front Office Supervisor
Date: {d("2033-04-07", "us")}
Time: 11:30 AM
Location: Kalliste Syntagma, Filellinon 21, Athens - ask for Eleni Papadaki at reception
Interviewer: Eleni Papadaki, Front Office Manager

Need to reschedule? Just reply RESCHEDULE.
""",
        label=lab(
            "2033-04-07 11:30",
            "Europe/Athens",
            None,
            company="Kalliste Hotels",
            role="Front Office Supervisor",
            who=["Eleni Papadaki"],
            notes="Paradox-style assistant; no zone named; Athens on EEST.",
        ),
    ),
    ats(
        NOAM,
        "hackerrank-live-interview-scheduled",
        "interview",
        frm=("HackerRank", "support@hackerrankforwork.com"),
        reply_to=("Ofir Dahan", "ofir.dahan@tzafon-security.example"),
        subject="Tzafon Security has scheduled a live coding interview with you",
        date=dh("2033-04-06 11:00", "Asia/Jerusalem"),
        body="""Hi Noam,

Tzafon Security has scheduled a live coding interview with you on HackerRank.

When: Apr 14, 2033 11:00 AM (Asia/Jerusalem)
Duration: 60 mins
Interviewer: Ofir Dahan

Join the interview: https://www.hackerrank.com/interviews/t2f-8qk

Please use a laptop with a stable connection. You can test your setup beforehand.
""",
        label=lab(
            "2033-04-14 11:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Tzafon Security",
            who=["Ofir Dahan"],
            emails=["ofir.dahan@tzafon-security.example"],
            notes="A scheduled live session on a test platform (not an unscheduled test).",
        ),
    ),
    ats(
        GARRETT,
        "fountain-hourly-interview-booked",
        "interview",
        frm=("Summit Scoop Hiring", "no-reply@fountain.com"),
        subject="Your interview at Summit Scoop is booked",
        date=dh("2033-03-31 19:20", "America/Denver"),
        body=f"""Hi Garrett,

Thanks for booking! Your in-person interview for Weekend Shift Lead is on
{d("2033-04-02", "us")} at 2:15 PM MDT at Summit Scoop, 1408 Pearl St, Boulder.
You'll meet the store manager, Kaycee Runningwater.

Reply STOP to opt out of texts.
""",
        label=lab(
            "2033-04-02 14:15",
            "America/Denver",
            None,
            company="Summit Scoop",
            role="Weekend Shift Lead",
            who=["Kaycee Runningwater"],
            notes="Hourly-hiring tool; MDT is an abbreviation only.",
        ),
    ),
    ats(
        YUTING,
        "comeet-interview-invitation-utc-offset",
        "interview",
        frm=("Lumen Harbor Careers", "lumenharbor@comeet-notifications.com"),
        subject="Interview with Lumen Harbor - Firmware Engineer",
        date=dh("2033-03-28 16:40", "Asia/Taipei"),
        body="""Hi Yu-ting,

We'd like to invite you to a video interview for the Firmware Engineer position.

Date: Thursday, 31/03/2033
Time: 16:00 (GMT+8)
Interviewer: Dror Ashkenazi, Firmware Team Lead
Video link: https://lumenharbor.example/v/dror

Good luck!
Lumen Harbor Recruitment Team
""",
        label=lab(
            "2033-03-31 16:00",
            "Asia/Taipei",
            None,
            company="Lumen Harbor",
            role="Firmware Engineer",
            who=["Dror Ashkenazi"],
            notes="Numeric day-first date; only an offset is given.",
        ),
    ),
    ats(
        TAHLIA,
        "freshteam-interview-scheduled-perth",
        "interview",
        frm=("Wandoo Analytics", "jobs@wandoo-analytics.freshteam.com"),
        subject="Interview scheduled for Data Visualisation Specialist",
        date=dh("2033-04-26 10:05", "Australia/Perth"),
        body=f"""Hello Tahlia,

Your interview has been scheduled.

Interview: Round 1 - Portfolio walkthrough
Date & time: {d("2033-05-03", "uk")}, 10:00 AM - 11:00 AM (Australia/Perth)
Interviewers: Kirra Dunstan, Mitchell Osei-Grant
Location: Level 3, 45 St Georges Terrace, Perth

Wandoo Analytics Hiring Team
""",
        label=lab(
            "2033-05-03 10:00",
            "Australia/Perth",
            "Australia/Perth",
            company="Wandoo Analytics",
            role="Data Visualisation Specialist",
            who=["Kirra Dunstan", "Mitchell Osei-Grant"],
        ),
    ),
    ats(
        VIGGO,
        "homerun-html-only-interview",
        "interview",
        frm=("Stålbro Design", "stalbro@homerun.co"),
        subject="Let's meet! Interview for Service Designer",
        date=dh("2033-04-19 09:00", "Europe/Stockholm"),
        html_only=True,
        body=f"""Hi Viggo,

Great news: we'd love to meet you for the Service Designer role.

When: {d("2033-04-26", "uk")} at 13:30
Where: Stålbro Design, Hornsgatan 64, Stockholm
Who: Elin Marklund (Design Director) and Jonas Pettersson (Service Designer)

See you there!
Stålbro Design
""",
        label=lab(
            "2033-04-26 13:30",
            "Europe/Stockholm",
            None,
            company="Stålbro Design",
            role="Service Designer",
            who=["Elin Marklund", "Jonas Pettersson"],
            notes="HTML-only vendor mail; no zone named.",
        ),
    ),
    ats(
        BIBEK,
        "manatal-interview-scheduled-ist-to-npt",
        "interview",
        frm=("Saptakoshi Talent", "notifications@manatal.com"),
        reply_to=("Anjali Deshpande", "anjali@saptakoshi-talent.example"),
        subject="Interview scheduled with Deccan Fintech - DevOps Engineer",
        date=dh("2033-04-08 15:00", "Asia/Kathmandu"),
        body=f"""Dear Bibek,

Your interview with our client Deccan Fintech is scheduled as below:

Position: DevOps Engineer
Date: {d("2033-04-13", "uky")}
Time: 11:00 AM IST (India Standard Time) - that's 11:15 AM in Kathmandu
Interviewer: Rohan Kulkarni-Mehta, Platform Lead
Mode: Zoom (link to follow)

Regards,
Anjali Deshpande
Saptakoshi Talent
""",
        label=lab(
            "2033-04-13 11:00",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Deccan Fintech",
            role="DevOps Engineer",
            who=["Rohan Kulkarni-Mehta"],
            notes="Agency via Manatal; 'India Standard Time' spelled out names India's one "
            "zone; the Kathmandu conversion (+05:45) confirms the instant.",
        ),
    ),
    ats(
        WEIJIE,
        "dover-recruiter-confirmation",
        "interview",
        frm=("Kite & Key via Dover", "no-reply@dover.com"),
        reply_to=("Sasha Ilyin", "sasha@kiteandkey.example"),
        subject="Confirmed: Intro call with Kite & Key (Founding Engineer)",
        date=dh("2033-03-15 22:10", "Asia/Singapore"),
        body=f"""Hi Wei Jie,

You're confirmed for an intro call with Sasha Ilyin, co-founder of Kite & Key, about the
Founding Engineer role.

{d("2033-03-17", "us")}, 9:00 AM - 9:30 AM (Singapore Time)
Sasha will send a Zoom link.
""",
        label=lab(
            "2033-03-17 09:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="Kite & Key",
            role="Founding Engineer",
            who=["Sasha Ilyin"],
            emails=["sasha@kiteandkey.example"],
            notes="An intro call about a named role with a co-founder counts as an interview.",
        ),
    ),
    ats(
        OSWIN,
        "coderpad-pairing-session-scheduled",
        "interview",
        frm=("CoderPad", "no-reply@coderpad.io"),
        subject="Your CoderPad interview with Thistledown Labs",
        date=dh("2033-04-12 12:00", "Europe/London"),
        body=f"""Hi Oswin,

Thistledown Labs has scheduled a live CoderPad interview with you.

{d("2033-04-20", "usy")} at 2:00 PM BST
Interviewer: Moray Kinnaird
Pad link: https://app.coderpad.io/TDL4X9QK

The pad will open 5 minutes before the session.
""",
        label=lab(
            "2033-04-20 14:00",
            "Europe/London",
            None,
            company="Thistledown Labs",
            who=["Moray Kinnaird"],
            notes="A scheduled live pairing session; BST is an abbreviation.",
        ),
    ),
    # --- scheduling requests from tools ----------------------------------------------------
    ats(
        LEONOR,
        "doodle-poll-interview-slots",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Rui Pestana", "rui.pestana@calcada-labs.example"),
        subject="Rui Pestana invited you to a Doodle: Interview - Growth Marketer",
        date=dh("2033-04-04 10:20", "Europe/Lisbon"),
        body=f"""Rui Pestana invited you to vote on "Interview - Growth Marketer".

Hi Leonor, please tick every slot that works for you and I'll confirm one.

Options (Lisbon time):
{d("2033-04-11", "abbr")} 10:00 - 11:00
{d("2033-04-11", "abbr")} 15:00 - 16:00
{d("2033-04-12", "abbr")} 11:00 - 12:00

Participate now: https://doodle.com/meeting/participate/id/cAlCada7
""",
        label=note(
            "A poll asking for availability: no time is fixed yet.",
            company="Calçada Labs",
            role="Growth Marketer",
        ),
    ),
    ats(
        KEELY,
        "personio-self-schedule-link",
        "scheduling_request",
        frm=("Wattle & Finch Recruiting", "noreply@wattle-finch.jobs.personio.com"),
        subject="Please choose a time for your interview - People & Culture Advisor",
        date=dh("2033-04-27 09:00", "Australia/Brisbane"),
        body="""Hi Keely,

Thanks for your application for People & Culture Advisor. Please pick a time that suits you
for a 30 minute video interview with our Head of People, Daniela Fotheringham:

https://wattle-finch.jobs.personio.com/self-scheduling/8f2c71

Slots are available over the next two weeks.

Wattle & Finch
""",
        label=note(
            "Self-scheduling link; nothing booked yet.",
            company="Wattle & Finch",
            role="People & Culture Advisor",
        ),
    ),
    ats(
        ROWAN,
        "calendly-link-from-recruiter-pick-a-slot",
        "scheduling_request",
        frm=("Nicola Baptiste", "nicola.baptiste@howeisland-lodge.example"),
        subject="Next step: Guest Experience Manager",
        date=dh("2033-04-13 08:30", "Australia/Lord_Howe"),
        body="""Hi Rowan,

Thanks for the chat last week. The GM would like to meet you - grab any 45 minute slot
on her calendar next week that works for you: https://calendly.com/hil-gm/45min

Nicola
""",
        label=note(
            "A booking link; no time chosen.",
            company="Howe Island Lodge",
            role="Guest Experience Manager",
        ),
    ),
    # --- tool mail that is not an interview ------------------------------------------------
    ats(
        JALEESA,
        "codility-test-invitation-deadline",
        "other",
        frm=("Codility", "no-reply@codility.com"),
        subject="Arafura Water invites you to take a Codility test",
        date=dh("2033-03-25 09:00", "Australia/Darwin"),
        body="""Hello Jaleesa,

Arafura Water would like you to complete an online assessment as part of your application
for SCADA Developer.

Time limit: 90 minutes once started
Please complete by: 1 April 2033, 23:59 (UTC+09:30)

Start the test: https://app.codility.com/test/TEW-SCADA-X1/

Good luck!
""",
        label=note(
            "An untimed assessment with a deadline: not an interview.",
            company="Arafura Water",
            role="SCADA Developer",
        ),
    ),
    ats(
        XINYI,
        "hirevue-one-way-video-interview",
        "other",
        frm=("HireVue", "noreply@hirevue.com"),
        subject="Complete your on-demand video interview for Jadegate Pharma",
        date=dh("2033-03-20 10:00", "Asia/Shanghai"),
        body="""Hello Xinyi,

Jadegate Pharma has invited you to complete an on-demand video interview for the role of
Clinical Data Manager. You will record answers to 6 questions; there is no live interviewer.

Please complete it within 5 days. Start here: https://app.hirevue.com/interviews/jg-cdm-77

Thank you!
""",
        label=note(
            "One-way recorded video with a deadline: not a live interview.",
            company="Jadegate Pharma",
            role="Clinical Data Manager",
        ),
    ),
    ats(
        THIRI,
        "modern-hire-virtual-job-tryout",
        "other",
        frm=("Modern Hire", "donotreply@modernhire.com"),
        subject="Next step: Virtual Job Tryout for Irrawaddy Freight",
        date=dh("2033-03-18 14:00", "Asia/Yangon"),
        body="""Dear Thiri,

As the next step for the Procurement Analyst role at Irrawaddy Freight, please complete the
Virtual Job Tryout. It takes about 45 minutes and can be done at any time in the next
seven days.

Begin: https://app.modernhire.com/vjt/irf-pa-5531
""",
        label=note(
            "Self-paced assessment without a time: not an interview.",
            company="Irrawaddy Freight",
            role="Procurement Analyst",
        ),
    ),
    ats(
        GARRETT,
        "rippling-application-received",
        "other",
        frm=("Cobalt Gulch via Rippling", "no-reply@rippling.com"),
        subject="We received your application for Staff Engineer",
        date=dh("2033-03-08 08:14", "America/Denver"),
        body="""Hi Garrett,

Thanks for applying for Staff Engineer at Cobalt Gulch! Our team reviews every application
and we'll be in touch if there's a match. In the meantime, feel free to learn more about us
on our careers page.

The Cobalt Gulch Team
""",
        label=note("Application acknowledgement.", company="Cobalt Gulch", role="Staff Engineer"),
        extra=AUTO,
    ),
    ats(
        MEERA,
        "reference-check-request-xref",
        "other",
        frm=("Xref on behalf of Tidewrack Games", "noreply@xref.example"),
        subject="Tidewrack Games would like to collect your references",
        date=dh("2033-03-29 11:10", "America/Vancouver"),
        body="""Hi Meera,

Tidewrack Games is asking you to nominate two referees for the Producer role. Please enter
their details within 48 hours; they will receive a short online questionnaire.

Add your referees: https://app.xref.example/candidate/twg-prod-2
""",
        label=note(
            "Reference-collection request after the interviews: not an interview, not an offer.",
            company="Tidewrack Games",
            role="Producer",
        ),
    ),
    ats(
        TAHLIA,
        "candidate-survey-after-interview",
        "other",
        frm=("Redgum Mining Talent", "talent@redgum-mining.example"),
        subject="How did we do? 2-minute survey about your interview",
        date=dh("2033-04-21 15:00", "Australia/Perth"),
        body="""Hi Tahlia,

Thanks for interviewing with Redgum Mining. We'd love to hear about your experience - it
takes two minutes and is anonymous: https://redgum-mining.example/survey/cx-2033

Your answers do not affect your application.
""",
        label=note("Candidate experience survey.", company="Redgum Mining"),
    ),
]
