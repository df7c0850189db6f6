"""Cancellations, scheduling requests and other mail in English, including honest traps that
are not interviews: other appointments, the current employer, the user as interviewer,
webinars, assessments, acknowledgements, informational chats, sales calls, cold approaches."""

from __future__ import annotations

from .kit import (
    ANDREEA,
    BAONGOC,
    BRODIE,
    CALCOM,
    CIARAN,
    DAKOTA,
    EERO,
    FAIZAN,
    FERGUS,
    GOOGLE,
    HOILAM,
    IARA,
    ICLOUD,
    ISHAAN,
    JARRAH,
    JIHOON,
    JONINA,
    KIRSTEN,
    MARCUS,
    MARIAM,
    MIKA,
    NOURHAN,
    NUSRAT,
    PRIYANKA,
    RENATA,
    RIN,
    SAOIRSE,
    SEUN,
    SHAYLEE,
    TAMSIN,
    THARINDU,
    TUI,
    WANJIRU,
    WES,
    ZOOM,
    ZSOFIA,
    Msg,
    ats,
    d,
    dh,
    exchange,
    gcal,
    invite,
    lab,
    local,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Cancellations ===============================================================================

S = "2032-10-15 13:00"
add(
    gcal(
        IARA,
        "google-cancel-sabia-second-round",
        "interview_cancelled",
        start=S,
        zone="America/Sao_Paulo",
        minutes=60,
        summary="Iara / Sabiá Varejo - second round with Regional Director",
        organizer=("Renato Guimarães", "renato.guimaraes@sabiavarejo.example"),
        guests=[
            ("Renato Guimarães", "renato.guimaraes@sabiavarejo.example"),
            ("Cecília Prado", "cecilia.prado@sabiavarejo.example"),
        ],
        date=dh("2032-10-13 18:20:00", "America/Sao_Paulo"),
        cancelled=True,
        sequence=2,
        label=lab(
            S,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Sabiá Varejo",
            who=["Cecília Prado", "Renato Guimarães"],
            emails=["cecilia.prado@sabiavarejo.example", "renato.guimaraes@sabiavarejo.example"],
            notes="Google cancellation (METHOD:CANCEL), no new time.",
        ),
    )
)

S = "2032-11-08 10:00"
add(
    exchange(
        FERGUS,
        "exchange-canceled-after-switch-fundy-power",
        "interview_cancelled",
        start=S,
        zone="Atlantic Standard Time",
        minutes=60,
        subject="Interview - Grid Operations Analyst",
        prefix="Canceled: ",
        cancelled=True,
        sequence=1,
        organizer=("Yvette Comeau", "yvette.comeau@fundypower.example"),
        attendees=[("Raj Malhotra", "raj.malhotra@fundypower.example")],
        date=dh("2032-11-04 08:30:00", "America/Halifax"),
        text="""Hi Fergus, I'm so sorry - Raj has been called to the storm response centre this week. I'll be in touch with new dates as soon as things settle.

Yvette""",
        label=lab(
            S,
            "Atlantic Standard Time",
            "America/Halifax",
            company="Fundy Power",
            who=["Raj Malhotra"],
            emails=["raj.malhotra@fundypower.example"],
            notes="Exchange CANCEL for a Monday after the 7 November switch (AST); new dates only promised.",
        ),
    )
)

S = "2032-09-30 15:00"
add(
    ats(
        EERO,
        "calendly-canceled-by-host-saimaa-health",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        subject=f"Canceled: Interview with Laura Heikkilä on {d(S, 'us')}",
        date=dh("2032-09-28 11:40:00", "Europe/Helsinki"),
        body=f"""Hi Eero Vainikainen-Salo,

Laura Heikkilä has canceled the following event.

Event: Hiring manager interview - Saimaa Health
Date/Time: 3:00pm - 3:45pm (Eastern European Time), {d(S, "usy")}
Cancellation reason: "Apologies - the role is on hold pending budget approval. I'll reach out if it reopens."

Powered by Calendly.com
""",
        label=lab(
            S,
            "Europe/Helsinki",
            None,
            company="Saimaa Health",
            who=["Laura Heikkilä"],
            notes="Calendly host cancellation; 'Eastern European Time' is a zone name shared by many places (null).",
        ),
    )
)

S = "2032-10-21 09:00"
add(
    invite(
        HOILAM,
        "zoom-cancel-utc-tsingyi-mutual",
        "interview_cancelled",
        start=S,
        zone=None,
        utc_zone="Asia/Hong_Kong",
        minutes=45,
        summary="Tsing Yi Mutual - Actuarial Manager interview",
        organizer=("Peter Yuen", "peter.yuen@tsingyimutual.example"),
        attendees=[("Tsui Hoi-lam", "hoilam.tsui@example.com")],
        prodid=ZOOM,
        method="CANCEL",
        ics_mode="attach",
        ics_name="zoom.ics",
        uid_style="zoom.us",
        frm=("Peter Yuen", "peter.yuen@tsingyimutual.example"),
        subject="Canceled: Tsing Yi Mutual - Actuarial Manager interview",
        date=dh("2032-10-19 17:30:00", "Asia/Hong_Kong"),
        body=f"""Peter Yuen has canceled this Zoom meeting.

Topic: Tsing Yi Mutual - Actuarial Manager interview
Time: {local("2032-10-21 01:00", "UTC"):%b %d, %Y} 01:00 AM Universal Time UTC

Message from the host: "Sorry Hoi-lam - I have to cancel our interview; the Actuarial Manager
role has been put on hold. I'll let you know if it reopens. Peter Yuen, Chief Actuary"
""",
        label=lab(
            S,
            "Asia/Hong_Kong",
            None,
            company="Tsing Yi Mutual",
            who=["Peter Yuen"],
            emails=["peter.yuen@tsingyimutual.example"],
            notes="Zoom cancellation in UTC (01:00 UTC = 09:00 Hong Kong); the host is the interviewer.",
        ),
    )
)

add(
    mail(
        NUSRAT,
        "plain-cancel-interviewer-ill-meghna",
        "interview_cancelled",
        frm=("Tanvir Hasan", "tanvir.hasan@meghnafintech.example"),
        subject="Today's interview - need to cancel",
        date=dh("2032-09-22 10:05:00", "Asia/Dhaka"),
        body="""Dear Nusrat,

I am very sorry for the short notice. Farhana Rahman is unwell today, so we have to cancel this afternoon's 3 PM interview. I will send you new options once she is back.

Regards,
Tanvir Hasan
Engineering Manager, Meghna Fintech
""",
        label=lab(
            "2032-09-22 15:00",
            "Asia/Dhaka",
            None,
            company="Meghna Fintech",
            who=["Farhana Rahman", "Tanvir Hasan"],
            emails=["tanvir.hasan@meghnafintech.example"],
            notes="Same-day cancellation of the 3 PM interview ('this afternoon'); new options only promised.",
        ),
    )
)

add(
    mail(
        JIHOON,
        "workday-interview-cancelled-mokpo-phone",
        "interview_cancelled",
        frm=("Mokpo Heavy Industries Careers", "mokpoheavy@myworkday.com"),
        subject="Interview Cancelled - R-11742 Welding Process Engineer",
        date=dh("2032-10-12 09:00:00", "Asia/Seoul"),
        body="""Dear Baek Ji-hoon,

The following interview has been cancelled.

Interview: Phone Screen
Start: 2032/10/14 16:00
Time Zone: (GMT+09:00) Seoul

Your recruiter will contact you regarding next steps.

This is a system-generated message. Please do not reply.
""",
        label=lab(
            "2032-10-14 16:00",
            "Asia/Seoul",
            "Asia/Seoul",
            company="Mokpo Heavy Industries",
            role="Welding Process Engineer",
            notes="Workday cancellation with numeric year-first fields.",
        ),
    )
)

S = "2032-10-29 11:00"
add(
    invite(
        SAOIRSE,
        "icloud-cancel-founder-tasman-cider",
        "interview_cancelled",
        start=S,
        zone="Australia/Hobart",
        minutes=60,
        summary="Saoirse - chat re Ops Manager",
        organizer=("Angus Fitzroy-Burke", "angus.fitzroyburke@icloud.com"),
        attendees=[("Saoirse Lennox-Bright", "saoirse.lennoxbright@example.org")],
        prodid=ICLOUD,
        method="CANCEL",
        ics_mode="attach",
        uid_style="apple",
        frm=("Angus Fitzroy-Burke", "angus.fitzroyburke@icloud.com"),
        subject="Cancelled: Saoirse - chat re Ops Manager",
        date=dh("2032-10-26 20:10:00", "Australia/Hobart"),
        body="""Saoirse, really sorry - we've had to pause the Ops Manager hire after losing the Huon orchard contract. I'll be in touch if things change.

Angus
Tasman Cider Co.
""",
        label=lab(
            S,
            "Australia/Hobart",
            "Australia/Hobart",
            company="Tasman Cider Co.",
            role="Ops Manager",
            who=["Angus Fitzroy-Burke"],
            emails=["angus.fitzroyburke@icloud.com"],
            notes="iCloud CANCEL from a founder; the hire is paused.",
        ),
    )
)

add(
    mail(
        MARIAM,
        "postponed-indefinitely-falcon-aviation",
        "interview_cancelled",
        frm=("Falcon Crest Aviation HR", "talent@falconcrestaviation.example"),
        subject="Postponement of your interview on Monday 18 October",
        date=dh("2032-10-14 15:30:00", "Asia/Dubai"),
        body="""Dear Ms. Mariam,

We regret to inform you that your interview for the Cabin Services Manager position, scheduled for Monday 18 October at 11:00 AM, has been postponed until further notice due to an internal restructuring.

We will contact you with a new date once the position is reconfirmed.

Best regards,
Talent Acquisition, Falcon Crest Aviation
""",
        label=lab(
            "2032-10-18 11:00",
            "Asia/Dubai",
            None,
            company="Falcon Crest Aviation",
            role="Cabin Services Manager",
            notes="Postponed until further notice with no new date: cancelled at the old time.",
        ),
    )
)

# === Scheduling requests =========================================================================

add(
    ats(
        TAMSIN,
        "greenhouse-availability-request-quillfeather",
        "scheduling_request",
        frm=("Imogen Radley", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Imogen Radley", "imogen.radley@quillfeather.example"),
        subject="Quillfeather Books - please share your availability",
        date=dh("2032-09-10 11:00:00", "Europe/London"),
        body="""Hi Tamsin,

Thanks for your interest in Head of Digital Marketing! We'd like to schedule a one-hour video interview with our CMO. Please let us know your availability over the next two weeks using the link below.

https://app.greenhouse.io/availability/7e39a1d4

Imogen Radley
Talent Partner, Quillfeather Books
""",
        label=note(
            "Greenhouse availability request; nothing booked.", company="Quillfeather Books"
        ),
    )
)

add(
    ats(
        PRIYANKA,
        "goodtime-pick-a-slot-sequoiaform",
        "scheduling_request",
        frm=("Sequoiaform Recruiting", "scheduling@goodtime.io"),
        subject="Select a time: Sequoiaform final interviews",
        date=dh("2032-11-01 14:00:00", "America/Los_Angeles"),
        body="""Hi Priyanka,

Please pick a day for your final interviews (about 2.5 hours, Pacific Time):

- Tue, Nov 16 from 9:00 AM
- Wed, Nov 17 from 1:00 PM
- Fri, Nov 19 from 9:30 AM

Choose here: https://sequoiaform.goodtime.io/select/51be2

Powered by GoodTime
""",
        label=note(
            "GoodTime slot picker with three options; nothing booked.", company="Sequoiaform"
        ),
    )
)

add(
    mail(
        DAKOTA,
        "cold-recruiter-proposes-call-not-booked",
        "scheduling_request",
        frm=("Courtney Ashworth", "courtney.ashworth@northstartalent.example"),
        subject="Fleet Operations role in Fairbanks - quick call?",
        date=dh("2032-10-04 10:20:00", "America/Anchorage"),
        body="""Hi Dakota,

I came across your profile and think you'd be a great fit for a Fleet Operations Coordinator role with one of our aviation clients in Fairbanks (relocation package available).

Would you have 15 minutes for a call this week? I'm free Wednesday after 2pm or Thursday morning - or just send me a time that suits you.

Courtney Ashworth
Senior Recruiter, Northstar Talent
(907) 555-0139
""",
        label=note("Cold approach from an agency proposing a call; nothing booked."),
    )
)

add(
    mail(
        ZSOFIA,
        "findtime-poll-danubia-final",
        "scheduling_request",
        frm=("Horváth Bence", "bence.horvath@danubiapharma.example"),
        subject="Please vote: final interview with the Managing Director",
        date=dh("2032-11-12 09:40:00", "Europe/Budapest"),
        body="""Horváth Bence has requested your availability with FindTime.

Please vote for the times that work for you:
- 2032.11.22 10:00-11:00
- 2032.11.23 14:00-15:00
- 2032.11.25 09:00-10:00

Vote: https://findtime.microsoft.com/poll/8d3a-danubia

FindTime will send the meeting invitation once a time is chosen.
""",
        label=note(
            "FindTime poll with three year-first options; nothing booked.", company="Danubia Pharma"
        ),
    )
)

add(
    mail(
        WANJIRU,
        "hiring-manager-tue-or-wed-mvule",
        "scheduling_request",
        frm=("Nyokabi Mwangi", "nyokabi.mwangi@mvuleagritech.example"),
        subject="Finance Business Partner - next conversation",
        date=dh("2032-09-15 18:02:00", "Africa/Nairobi"),
        body="""Hi Wanjiru,

Would either of these work for a conversation with me and our CFO, Abdi Haji?
- Tuesday 21st at 9am
- Wednesday 22nd at 2pm

Best,
Nyokabi
""",
        label=note(
            "Hiring manager offers two slots; the choice comes later in the thread.",
            company="Mvule Agritech",
        ),
    )
)

add(
    ats(
        CIARAN,
        "ashby-self-schedule-link-tessellate",
        "scheduling_request",
        frm=("Tessellate", "no-reply@ashbyhq.com"),
        subject="Schedule your System Design interview with Tessellate",
        date=dh("2032-10-15 14:20:00", "Europe/Dublin"),
        body="""Hi Ciarán,

Congrats on moving forward! Please choose a time for your 60-minute System Design interview using the link below. Available slots are shown in your local time zone.

https://app.ashbyhq.com/interview-scheduling/tessellate/5f0c-29ab

Tessellate Recruiting
""",
        label=note("Ashby self-schedule link; nothing booked.", company="Tessellate"),
    )
)

add(
    mail(
        SEUN,
        "agency-asks-availability-lagos-deepwater",
        "scheduling_request",
        frm=("Tobi Alabi", "tobi.alabi@gulfofguineatalent.example"),
        subject="Deepwater Subsea - availability for first interview",
        date=dh("2032-09-16 10:45:00", "Africa/Lagos"),
        body="""Hi Seun,

Deepwater Subsea would like to meet you for the Subsea Integrity Engineer role. Could you send me two or three windows next week when you're free for a one-hour Teams interview? Mornings preferred on their side.

Thanks,
Tobi Alabi
Consultant, Gulf of Guinea Talent
""",
        label=note("Agency asks for availability windows; nothing booked."),
    )
)

add(
    mail(
        RIN,
        "interviewer-asks-to-move-kiriyama",
        "scheduling_request",
        frm=("Sato Kenji", "kenji.sato@kiriyama-precision.example"),
        subject="Re: Interview on 10/8 - request to change",
        date=dh("2032-10-04 18:00:00", "Asia/Tokyo"),
        body="""Dear Hanazawa-san,

I am very sorry, but an audit has been scheduled on 2032/10/08. Could we move your interview to another day next week? Please let me know which days suit you; mornings are best for me.

Sato Kenji
Quality Assurance Manager, Kiriyama Precision
""",
        label=note(
            "The interviewer asks to move the interview and requests availability; no new time is set.",
            company="Kiriyama Precision",
        ),
    )
)

add(
    mail(
        FAIZAN,
        "calendly-link-from-founder-karachi",
        "scheduling_request",
        frm=("Usman Tariq", "usman@kitekarachi.example"),
        subject="Loved your GitHub - chat about a founding engineer role?",
        date=dh("2032-09-13 23:10:00", "Asia/Karachi"),
        body="""Hey Faizan,

I'm building Kite (payments for small merchants) and we're hiring our first backend engineer. Your work on the open-source ledger library caught my eye.

If you're open to it, grab any 30 minutes here: https://calendly.com/usman-kite/30min

Usman
Founder, Kite
""",
        label=note("Founder's approach with a booking link for a role; nothing booked."),
    )
)

# === Other =======================================================================================

S = "2032-10-01 08:15"
add(
    gcal(
        TAMSIN,
        "google-dentist-checkup-invite",
        "other",
        start=S,
        zone="Europe/London",
        minutes=30,
        summary="Dental check-up & hygienist - Wickham Road Dental",
        organizer=("Wickham Road Dental", "appointments@wickhamroaddental.example"),
        guests=[("Wickham Road Dental", "appointments@wickhamroaddental.example")],
        date=dh("2032-09-17 12:00:00", "Europe/London"),
        meet=None,
        location="Wickham Road Dental, 14 Wickham Rd, Beckenham",
        label=note("Dental appointment sent as a Google invitation."),
    )
)

S = "2032-10-12 09:30"
add(
    exchange(
        RENATA,
        "current-employer-weekly-1on1-moved-instance",
        "other",
        start=S,
        zone="Central European Standard Time",
        minutes=30,
        subject="Renata / Piotr weekly 1:1",
        organizer=("Piotr Zieliński", "piotr.zielinski@vistulasoft.example"),
        attendees=[],
        date=dh("2032-10-08 16:00:00", "Europe/Warsaw"),
        sequence=3,
        extra_lines=["RECURRENCE-ID;TZID=Central European Standard Time:20321011T093000"],
        text="""Moving this week's 1:1 to Tuesday - I'm at the client on Monday. Agenda as usual: sprint review, your goals, anything blocking you.

Piotr""",
        label=note(
            "One instance of a recurring 1:1 with the user's current manager moved (RECURRENCE-ID); not an interview."
        ),
    )
)

add(
    ats(
        PRIYANKA,
        "greenhouse-user-is-interviewer-kit",
        "other",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        subject="Interview kit: Senior Product Designer candidate - Tomasz Reinholt",
        date=dh("2032-09-20 09:00:00", "America/Los_Angeles"),
        body="""Hi Priyanka,

You're scheduled to interview Tomasz Reinholt for Senior Product Designer on Thursday, September 23 at 2:00 PM PT.

Your focus area: Visual craft
Please submit your scorecard within 24 hours of the interview.

Open interview kit: https://app.greenhouse.io/interview_kits/47120

Greenhouse
""",
        label=note(
            "The user is the interviewer at her current job (interview kit), not a candidate."
        ),
    )
)

add(
    invite(
        KIRSTEN,
        "webinar-publish-calendar-interview-skills",
        "other",
        start="2032-10-21 19:00",
        zone="America/Regina",
        minutes=60,
        summary="Webinar: Ace Your Next Interview",
        organizer=("Prairie Careers Network", "events@prairiecareers.example"),
        prodid=ZOOM,
        method="PUBLISH",
        ics_mode="attach",
        uid_style="zoom.us",
        frm=("Prairie Careers Network", "events@prairiecareers.example"),
        subject="You're registered: Ace Your Next Interview",
        date=dh("2032-10-18 10:12:00", "America/Regina"),
        body="""Hi Kirsten,

Thank you for registering for "Ace Your Next Interview".

Date & time: Oct 21, 2032 07:00 PM Saskatchewan
Join: https://zoom.us/w/95512003377

Add to calendar (attached).
""",
        label=note(
            "Webinar registration with a PUBLISH calendar; about interviews, not an interview."
        ),
    )
)

add(
    ats(
        EERO,
        "application-acknowledgement-kaamos",
        "other",
        frm=("Kaamos Interactive", "noreply@workablemail.com"),
        subject="Thanks for applying to Kaamos Interactive",
        date=dh("2032-09-02 22:00:00", "Europe/Helsinki"),
        body="""Hi Eero,

Thanks for applying for Senior Gameplay Programmer. We've received your application and our team will review it. If your profile matches, we'll contact you to schedule an interview.

Kaamos Interactive
""",
        label=note("Application acknowledgement mentioning a possible interview."),
    )
)

add(
    ats(
        THARINDU,
        "codility-assessment-deadline",
        "other",
        frm=("Larkspur Analytics via Codility", "no-reply@codility.com"),
        subject="Larkspur Analytics invites you to a coding assessment",
        date=dh("2032-09-28 13:00:00", "Asia/Colombo"),
        body="""Hello Tharindu,

Larkspur Analytics has invited you to complete an online assessment for the Data Engineer position.

Duration: 90 minutes
Deadline: October 3, 2032, 23:59 (your local time)

Start the test: https://app.codility.com/c/run/LRKSP-92QX
""",
        label=note("Coding assessment with a deadline; no meeting."),
    )
)

add(
    ats(
        JIHOON,
        "hirevue-one-way-video-deadline",
        "other",
        frm=("Hangang Semiconductor", "noreply@hirevue.com"),
        subject="Complete your on-demand video interview",
        date=dh("2032-09-24 10:00:00", "Asia/Seoul"),
        body="""Hello Ji-hoon,

Hangang Semiconductor invites you to complete an on-demand video interview for the Process Integration Engineer position. You will record answers to 5 questions; no interviewer is present.

Please complete it by 2032-09-30 23:59 KST.

Start: https://app.hirevue.com/invite/hgs-7c1d
""",
        label=note("One-way recorded video 'interview' with a deadline: no meeting with anyone."),
    )
)

add(
    mail(
        BRODIE,
        "informational-coffee-no-role",
        "other",
        frm=("Felicity Aung", "felicity.aung@adelaidemechatronics.example"),
        subject="Re: Coffee?",
        date=dh("2032-09-14 12:40:00", "Australia/Adelaide"),
        body="""Hi Brodie,

Happy to! Friday at 8 works - Exchange Specialty Coffee on Peel St. Fair warning, we're not hiring at the moment, but I'm happy to share how I moved from controls into robotics product management.

Felicity
""",
        label=note("Informational coffee with no role on offer."),
    )
)

add(
    invite(
        FERGUS,
        "vendor-sales-demo-booked-calcom",
        "other",
        start="2032-10-13 11:00",
        zone="America/Halifax",
        minutes=30,
        summary="Demo: PortFlow yard management for Tidewater",
        organizer=("Jared Lindqvist", "jared.lindqvist@portflow.example"),
        attendees=[("Fergus MacIsaac-Boudreau", "fergus.macisaac@example.org")],
        prodid=CALCOM,
        ics_mode="attach",
        uid_style="cal.com",
        frm=("Jared Lindqvist", "jared.lindqvist@portflow.example"),
        subject="Confirmed: PortFlow demo",
        date=dh("2032-10-08 09:00:00", "America/Halifax"),
        body="""Hi Fergus,

Congrats on the new role at Tidewater! As promised, I've booked a 30-minute demo of PortFlow's yard management platform. Calendar invite attached.

Jared Lindqvist
Account Executive, PortFlow
""",
        label=note("A vendor's sales demo booked after the user's new job; not an interview."),
    )
)

add(
    mail(
        MIKA,
        "kalayaan-candidate-experience-survey",
        "other",
        frm=("Kalayaan Telco Talent", "talent-survey@kalayaantelco.example"),
        subject="How was your interview experience? (2-minute survey)",
        date=dh("2032-10-07 11:00:00", "Asia/Manila"),
        body="""Hi Mika,

Thank you for interviewing with Kalayaan Telco. We'd love your feedback on the process - it takes 2 minutes and is anonymous.

Take the survey: https://www.surveymonkey.com/r/KTC-CX-2032
""",
        label=note("Candidate experience survey after an interview."),
    )
)

add(
    mail(
        ISHAAN,
        "background-verification-request",
        "other",
        frm=("Verity Checks India", "bgv@veritychecks.example"),
        subject="Background verification - documents required",
        date=dh("2032-11-08 10:30:00", "Asia/Kolkata"),
        body="""Dear Ishaan Bhattacharjee,

On behalf of our client, we have initiated your background verification. Please upload your education certificates, last two relieving letters and PAN card within 5 working days.

Upload: https://portal.veritychecks.example/case/IN-558231
""",
        label=note("Background-check request (after an offer), not an interview."),
    )
)

add(
    mail(
        WANJIRU,
        "referee-call-request-amani-chebet",
        "other",
        frm=("Paul Kipchumba", "paul.kipchumba@rift-valley-logistics.example"),
        subject="Reference for Amani Chebet",
        date=dh("2032-10-19 09:15:00", "Africa/Nairobi"),
        body="""Dear Wanjiru,

Amani Chebet has applied for the Finance Manager role with us and listed you as a referee. Would you have 15 minutes for a call on Thursday or Friday morning to discuss her work?

Kind regards,
Paul Kipchumba
HR Manager, Rift Valley Logistics
""",
        label=note("The user is asked for a reference call about someone else."),
    )
)

add(
    mail(
        NOURHAN,
        "offboarding-exit-interview-delta-trading",
        "other",
        frm=("Hoda Mansour", "hoda.mansour@deltatradingco.example"),
        subject="Exit interview - Thursday",
        date=dh("2032-11-01 10:00:00", "Africa/Cairo"),
        body="""Dear Nourhan,

As part of your offboarding, please join me for a 30-minute exit interview on Thursday at 12:00 in HR meeting room 2. Please also return your laptop and access card to IT by your last day.

Best,
Hoda Mansour
HR Manager, Delta Trading
""",
        label=note("Exit interview at the employer the user is leaving; not a job interview."),
    )
)

add(
    invite(
        JONINA,
        "allday-office-closure-holiday-ics",
        "other",
        start="2032-10-25 00:00",
        zone="Atlantic/Reykjavik",
        minutes=60,
        all_day="2032-10-25",
        summary="Office closed - staff training day",
        organizer=("Reykjavík Co-working", "hello@rvkcowork.example"),
        prodid=GOOGLE,
        method="PUBLISH",
        ics_mode="attach",
        uid_style="google",
        frm=("Reykjavík Co-working", "hello@rvkcowork.example"),
        subject="Reminder: we're closed on Monday 25 October",
        date=dh("2032-10-18 13:00:00", "Atlantic/Reykjavik"),
        body="""Hi members,

The space will be closed all day on Monday 25 October for staff training. The calendar entry is attached so it lands in your calendar.

Reykjavík Co-working
""",
        label=note("All-day closure notice from the user's co-working space."),
    )
)

add(
    mail(
        TUI,
        "friend-asks-how-interview-went",
        "other",
        frm=("Hemi Tuuta", "hemi.t@example.net"),
        subject="how'd it go??",
        date=dh("2032-10-20 19:30:00", "Pacific/Chatham"),
        body="""Kia ora cuz, how did the interview with the fisheries lot go this morning? Mum said you were nervous. Ring me tonight if you want to debrief.

Hemi
""",
        label=note("A relative asks how the interview went (past, no new event)."),
    )
)

add(
    mail(
        BAONGOC,
        "podcast-guest-recording-booked",
        "other",
        frm=("Supply Chain Saigon Podcast", "host@scsaigonpodcast.example"),
        subject="Podcast recording confirmed - Thursday 7 October",
        date=dh("2032-09-30 14:00:00", "Asia/Ho_Chi_Minh"),
        body="""Hi Ngọc,

Thanks for agreeing to be a guest! We'll record the episode on Thursday 7 October at 19:00 over Riverside. I'll interview you about last-mile delivery in HCMC for about 45 minutes.

Minh Anh
Host, Supply Chain Saigon
""",
        label=note(
            "Podcast guest recording where the host 'interviews' the user; not a job interview."
        ),
    )
)

add(
    mail(
        SHAYLEE,
        "car-service-appointment-reminder",
        "other",
        frm=("Foothills Subaru Service", "service@foothillssubaru.example"),
        subject="Service appointment reminder - Tue 10/26 7:30 AM",
        date=dh("2032-10-24 09:00:00", "America/Denver"),
        body="""Hi Shaylee,

This is a reminder of your service appointment on Tuesday, October 26 at 7:30 AM (60,000-mile service).

Reply C to confirm or call (303) 555-0181 to reschedule.
""",
        label=note("Car service appointment reminder."),
    )
)

add(
    mail(
        MARCUS,
        "user-thank-you-note-sent",
        "other",
        frm=("Marcus Abernathy-Osei", "mao.jobsearch@example.org"),
        to="Danielle Okoro <danielle.okoro@brasswickmedia.example>",
        subject="Thank you - Audience Growth role",
        date=dh("2032-11-17 13:05:00", "America/New_York"),
        body="""Hi Danielle,

Thank you for arranging today's conversation with Theo - I really enjoyed hearing about the audio roadmap and I'm even more excited about the role.

Please let me know if there's anything else you need from me.

Best,
Marcus
""",
        label=note("The user's own thank-you note after an interview."),
    )
)

add(
    mail(
        WES,
        "parent-teacher-conference-booked",
        "other",
        frm=("Lincoln Park Elementary", "office@lincolnparkelem.example"),
        subject="Parent-teacher conference confirmation",
        date=dh("2032-11-01 15:00:00", "America/Chicago"),
        body="""Dear Mr. Dombrowski-Lund,

Your parent-teacher conference with Ms. Alvarez (Grade 3) is confirmed for Thursday, November 11 at 4:15 PM in Room 112.

Lincoln Park Elementary Front Office
""",
        label=note("School conference booking."),
    )
)

add(
    mail(
        JARRAH,
        "volunteer-shift-roster",
        "other",
        frm=("Eucla Roadhouse Volunteers", "roster@euclaroadhouse.example"),
        subject="Your volunteer shift this Saturday",
        date=dh("2032-10-13 17:00:00", "Australia/Eucla"),
        body="""G'day Jarrah,

You're rostered on the community BBQ this Saturday 10am-2pm. Bring a hat.

Cheers,
Margie
""",
        label=note("Volunteer roster."),
    )
)

add(
    ats(
        ANDREEA,
        "oracle-recruiting-application-received-ack",
        "other",
        frm=("Dacia Rail Careers", "dacia-rail@fa.oraclecloud.com"),
        subject="Thank you for applying: Rolling Stock Data Analyst (REQ 2032-0441)",
        date=dh("2032-09-06 21:15:00", "Europe/Bucharest"),
        body="""Dear Andreea,

We have received your application for Rolling Stock Data Analyst (REQ 2032-0441). Our recruiting team reviews every application; if your qualifications match our needs, a recruiter will contact you about the next steps, which may include a phone interview.

You can follow the status of your application in your candidate profile.

Dacia Rail Talent Acquisition
""",
        label=note(
            "Oracle Recruiting application acknowledgement mentioning a possible phone interview."
        ),
    )
)

add(
    mail(
        DAKOTA,
        "linkedin-inmail-cold-approach-no-call",
        "other",
        frm=("Marisa Yoon via LinkedIn", "inmail-hit-reply@linkedin.com"),
        subject="Marisa sent you a message: Opportunities in aviation logistics",
        date=dh("2032-10-26 08:05:00", "America/Anchorage"),
        body="""Marisa Yoon
Talent Partner at Borealis Cargo Group

Hi Dakota - I lead hiring for our Alaska operations and noticed your dispatch background. We don't have an opening that fits right now, but I'd like to keep you in mind for next year's expansion in Anchorage. No action needed; just wanted to connect.

Reply | View profile

You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
""",
        label=note("Recruiter InMail keeping in touch; no role open and no call proposed."),
    )
)
