"""Scheduling requests, mass mail and look-alikes in English: availability asks and booking
links, interview-themed newsletters and hiring events, and appointments, exit interviews,
admissions interviews, a nanny interview the user runs and first-day schedules."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AVERY,
    AYU,
    BARTOSZ,
    DECLAN,
    ELENI,
    FENELLA,
    HUIMIN,
    INES,
    ISHAAN,
    JARRAH,
    KARIM,
    KRISTINE,
    LERATO,
    NGAIO,
    NIAMH,
    PRISCILLA,
    REGGIE,
    TESS,
    TORVALD,
    YCBM,
    ZOHO_BOOKINGS,
    bulk,
    d,
    dh,
    exchange,
    html_mail,
    msgid,
    note,
    person,
    raw_mail,
    vendor,
    with_cal,
)

MESSAGES = [
    vendor(
        TESS,
        "cronofy-pick-a-time",
        "scheduling_request",
        frm=("Saguaro Credit Union Recruiting", "recruiting@saguaro-cu.example"),
        subject="Choose a time for your interview - Member Services Supervisor",
        date=dh("2037-04-20 10:30", "America/Phoenix"),
        body="Hi Tess,\n\nWe'd like to invite you to a 30-minute video interview with our "
        "Branch Operations Manager.\n\nPlease choose a time that suits you here:\n"
        "https://app.cronofy.com/rts/Zq81xPt\n\nAvailable times are shown in your local "
        "time zone. The link expires in five days.\n\nSaguaro Credit Union\n",
        label=note("Self-scheduling link; no time chosen yet."),
    ),
    person(
        BARTOSZ,
        "free-tue-or-wed",
        "scheduling_request",
        frm=("Natalia Urbańska", "natalia.urbanska@wisla-analytics.example"),
        subject="Next step - quick call?",
        date=dh("2037-05-06 13:10", "Europe/Warsaw"),
        body="Hi Bartosz,\n\nThanks for sending your CV. Would you be free for a 30 min call "
        "with our engineering lead next Tuesday or Wednesday afternoon? Let me know what "
        "works and I'll send an invite.\n\nNatalia\nTalent Partner, Wisła Analytics\n",
        label=note("Offers two afternoons and asks which works."),
    ),
    person(
        KARIM,
        "three-options-pick-one",
        "scheduling_request",
        frm=("Nadine Aoun", "nadine.aoun@levant-retail.example"),
        subject="Interview slots - Regional Category Manager",
        date=dh("2037-04-13 11:30", "Asia/Beirut"),
        body="Dear Karim,\n\nFollowing your call with our recruiter, Mr. Fares Tabet would "
        "like to meet you. Could you please confirm one of the following slots (Beirut "
        "time)?\n\n1) "
        + d("2037-04-16", "uk")
        + ", 10:00\n2) "
        + d("2037-04-16", "uk")
        + ", 15:00\n3) "
        + d("2037-04-17", "uk")
        + ", 11:30\n\nKind regards,\nNadine Aoun\n"
        "HR Coordinator, Levant Retail Group\n",
        label=note("Three numbered slots offered; none chosen."),
    ),
    person(
        INES,
        "agency-client-availability",
        "scheduling_request",
        frm=("Tomás Beirão", "tomas.beirao@tejo-talent.example"),
        subject="Client wants to meet you - availability?",
        date=dh("2037-05-12 10:05", "Europe/Lisbon"),
        html=True,
        body="Hi Inês,\n\nGood news: the fintech I told you about would like to meet you for "
        "a first interview. Can you send me two or three windows next week when you could "
        "do an hour on video? They're flexible in the mornings.\n\nObrigado,\nTomás\n"
        "Tejo Talent\n",
        label=note("Agency asks for availability windows."),
    ),
    person(
        REGGIE,
        "push-tuesday-conversation",
        "scheduling_request",
        frm=("Dana Whitcomb", "dwhitcomb@lakeshore-millworks.example"),
        to="rh.applications@example.net",
        subject="RE: Our conversation on the 24th",
        date=dh("2037-03-20 16:45", "America/Chicago"),
        in_reply_to=msgid("signature-director-finance", "lakeshore-millworks.example"),
        body="Reginald,\n\nAny chance we could push our Tuesday conversation? Our audit "
        "committee moved its meeting onto that morning. I could do Wednesday or Thursday "
        "afternoon instead - let me know what suits you and I'll rebook.\n\nDana\n",
        label=note("Asks to move an interview and offers two afternoons; nothing settled."),
    ),
    with_cal(
        NGAIO,
        "ycbm-book-a-slot-link",
        "scheduling_request",
        event={
            "prodid": YCBM,
            "summary": "Availability hold - do not accept",
            "start": "2037-05-04 08:00",
            "zone": "Pacific/Auckland",
            "minutes": 15,
            "organizer": ("Tāmati Horomona", "tamati@harakeke-design.example"),
            "method": "PUBLISH",
        },
        date=dh("2037-04-28 15:20", "Pacific/Auckland"),
        style="youcanbook.me",
        frm=("Tāmati Horomona", "tamati@harakeke-design.example"),
        subject="Let's find a time - Harakeke Design",
        body="Kia ora Ngaio,\n\nThanks for applying for the Service Designer role. Grab any "
        "30-minute slot that suits you on my page: https://harakeke.youcanbook.me\n\n(Ignore "
        "the attached hold, it's just my calendar blocking time for bookings.)\n\nNgā mihi,\n"
        "Tāmati\n",
        ics_mode="attach",
        ics_name="hold.ics",
        label=note(
            "Booking link to pick a slot; the attached event is a calendar hold, not an interview."
        ),
    ),
    vendor(
        AVERY,
        "reply-with-availability",
        "scheduling_request",
        frm=("Kawartha Credit Careers", "notification@jobvite.com"),
        subject="Phone screen - please reply with your availability",
        date=dh("2037-05-13 09:20", "America/Toronto"),
        body="Hi Avery,\n\nThank you for applying to the Communications Specialist position at "
        "Kawartha Credit. We'd like to set up a 20-minute phone screen.\n\nPlease reply with "
        "two or three times that work for you between May 18 and May 22 (Eastern Time).\n\n"
        "Kawartha Credit Talent Team\n\nThis message was sent via Jobvite.\n",
        label=note("Asks for times for a phone screen."),
    ),
    vendor(
        DECLAN,
        "doodle-poll-invite",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Ruth Abernethy", "ruth.abernethy@yarra-biotech.example"),
        subject="Ruth Abernethy invited you to a poll: Interview - Declan Fitzroy-Huynh",
        date=dh("2037-04-14 11:00", "Australia/Melbourne"),
        body='Hi Declan,\n\nRuth Abernethy invited you to participate in the poll "Interview - '
        "Declan Fitzroy-Huynh\".\n\nPlease choose the times you're available:\n"
        "https://doodle.com/meeting/participate/id/a8Lr2Wqd\n\nDescription: Panel interview "
        "for the Lab Systems Engineer role (1 hour, Richmond site).\n\nDoodle\n",
        label=note("Doodle poll asking for availability."),
    ),
    raw_mail(
        PRISCILLA,
        "glassdoor-community-question",
        "bulk",
        frm=("Glassdoor Community", "noreply@glassdoor.com"),
        subject="What's the hardest interview question you've been asked?",
        date=dh("2037-04-11 12:00", "America/New_York"),
        extra=bulk("<community.glassdoor.com>", "https://www.glassdoor.com/unsubscribe/pv39"),
        rich="<html><body><h2>Trending in Editorial & Publishing</h2><p><b>What's the "
        "hardest interview question you've been asked?</b> 214 comments</p><p>\"They asked "
        'me to edit a press release live on a shared screen..."</p><p><a href="https://'
        'www.glassdoor.com/community/pv39">Join the conversation</a></p><p><a href="'
        'https://www.glassdoor.com/unsubscribe/pv39">Unsubscribe</a></p></body></html>',
        label=note("Community digest about interview questions."),
    ),
    raw_mail(
        ISHAAN,
        "indeed-walk-in-interviews-saturday",
        "bulk",
        frm=("Indeed", "alert@indeed.com"),
        subject="Walk-in interviews this Saturday: 40+ design & tech employers in Bengaluru",
        date=dh("2037-04-22 08:00", "Asia/Kolkata"),
        extra=bulk("<hiring-events.indeed.com>", "https://www.indeed.com/unsubscribe/ib2044"),
        body="Indeed Hiring Event\n\nMeet employers and interview on the spot!\n\n"
        + d("2037-04-25", "uky")
        + ", 10:00 AM - 4:00 PM IST\nPalace Grounds, Bengaluru\n\nRegister free: "
        "https://www.indeed.com/hire/events/ib2044\n\nUnsubscribe: https://www.indeed.com/"
        "unsubscribe/ib2044\n",
        label=note("Mass invitation to a hiring fair with 'interview on the spot'."),
    ),
    raw_mail(
        FENELLA,
        "podcast-newsletter-interview",
        "bulk",
        frm=("The Numbers Desk", "hello@numbersdesk-news.example"),
        subject="This week's interview: the statistician who counts puffins",
        date=dh("2037-04-16 07:30", "Europe/London"),
        extra=bulk("<weekly.numbersdesk-news.example>", "https://numbersdesk-news.example/u/fa1"),
        body="THE NUMBERS DESK - issue 212\n\nThis week's interview: we sat down with a "
        "seabird statistician on Skomer to talk about counting puffins from drone footage."
        "\n\nAlso: the chart crime of the month, and three data jobs we liked.\n\n"
        "Unsubscribe: https://numbersdesk-news.example/u/fa1\n",
        label=note("Newsletter whose feature is a press interview."),
    ),
    raw_mail(
        KRISTINE,
        "university-mock-interview-week",
        "bulk",
        frm=("UP Diliman Alumni Careers Office", "careers@alumni-diliman.example"),
        subject="Mock Interview Week is back! Sign up for a slot",
        date=dh("2037-04-27 09:00", "Asia/Manila"),
        extra=bulk(
            "<alumni-careers.alumni-diliman.example>",
            "https://alumni-diliman.example/careers/unsubscribe?a=kd",
        ),
        body="Hi alumni!\n\nMock Interview Week runs May 11-15. Practise with HR volunteers "
        "from partner companies and get written feedback.\n\nSign up: https://alumni-"
        "diliman.example/careers/mock\n\nUnsubscribe: https://alumni-diliman.example/careers/"
        "unsubscribe?a=kd\n",
        label=note("Alumni office mass mail promoting mock interviews."),
    ),
    raw_mail(
        INES,
        "wttj-english-newsletter",
        "bulk",
        frm=("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
        subject='How to answer "Why are you leaving your job?" in an interview',
        date=dh("2037-04-23 08:30", "Europe/Lisbon"),
        extra=bulk(
            "<newsletter.welcometothejungle.com>",
            "https://www.welcometothejungle.com/en/unsubscribe?t=iv88",
        ),
        body='Welcome to the Jungle - Weekly\n\nHow to answer "Why are you leaving your '
        'job?" in an interview\n\nPlus: 18 companies hiring in Lisbon right now.\n\n'
        "Unsubscribe: https://www.welcometothejungle.com/en/unsubscribe?t=iv88\n",
        label=note("Career newsletter about interview answers."),
    ),
    with_cal(
        HUIMIN,
        "zoho-physio-appointment",
        "other",
        event={
            "prodid": ZOHO_BOOKINGS,
            "summary": "Sports physiotherapy - initial assessment",
            "start": "2037-04-25 10:30",
            "zone": "Asia/Singapore",
            "minutes": 45,
            "organizer": ("Tiong Bahru Physio", "frontdesk@tiongbahru-physio.example"),
            "attendees": [("Tan Hui Min Rachel", "huimin.tan.rachel@example.com")],
            "location": "Tiong Bahru Physio, 71 Seng Poh Road",
        },
        date=dh("2037-04-19 12:30", "Asia/Singapore"),
        style="zohobookings.com",
        frm=("Tiong Bahru Physio", "noreply@zohobookings.com"),
        subject="Appointment confirmed: Sports physiotherapy - initial assessment",
        body="Hi Tan Hui Min Rachel,\n\nYour appointment has been confirmed.\n\nService: "
        "Sports physiotherapy - initial assessment\nStaff: Darren Lim\nDate & Time: 25 Apr "
        "2037 | 10:30 AM - 11:15 AM (Asia/Singapore)\n\nTiong Bahru Physio\n",
        ics_mode="attach",
        ics_name="appointment.ics",
        label=note("A physiotherapy booking in the same tool's layout as an interview booking."),
    ),
    person(
        LERATO,
        "podcast-guest-booking",
        "other",
        frm=("Sipho Ndlovu", "sipho@thekasiledger.example"),
        subject="You're booked on The Kasi Ledger - recording Tuesday",
        date=dh("2037-05-14 13:00", "Africa/Johannesburg"),
        body="Hi Lerato,\n\nThanks for agreeing to come on the podcast! We're recording the "
        "interview on Tuesday at 14:00 at our studio in Braamfontein (or remote if easier). "
        "We'll chat for about 40 minutes about building payment rails for spaza shops.\n\n"
        "Cheers,\nSipho\nHost, The Kasi Ledger\n",
        label=note("A podcast interview with the user as guest: not a job interview."),
    ),
    vendor(
        TORVALD,
        "mock-interview-coach-booked",
        "other",
        frm=("Karriärcoach Ebba Lind", "notifications@youcanbook.me"),
        reply_to=("Ebba Lind", "ebba@karriarcoach-lind.example"),
        subject="Booking confirmed: Mock interview (60 min) with Ebba Lind",
        date=dh("2037-04-02 20:10", "Europe/Stockholm"),
        body="Hi Torvald,\n\nYour booking is confirmed: Mock interview (60 min) with Ebba "
        "Lind, 2037-04-06 18:00 (Europe/Stockholm), video.\n\nPrice: 950 SEK, paid.\n\n"
        "Powered by YouCanBook.me\n",
        label=note("A paid mock interview with a career coach."),
    ),
    person(
        KARIM,
        "school-admissions-interview",
        "other",
        frm=("Admissions Office", "admissions@cedars-international.example"),
        subject="Admissions interview for Layla - Year 3",
        date=dh("2037-04-20 09:40", "Asia/Beirut"),
        body="Dear Mr. Nassar-Gillespie,\n\nWe are pleased to invite Layla for her Year 3 "
        "admissions interview and assessment on " + d("2037-04-28", "uky") + " at 9:00 am. "
        "Parents are asked to wait in the library during the assessment; the Head of "
        "Primary will meet you both afterwards.\n\nKind regards,\nAdmissions Office\n"
        "Cedars International School\n",
        label=note("A child's school admissions interview: not the user's job interview."),
    ),
    exchange(
        JARRAH,
        "exit-interview-current-job",
        "other",
        start="2037-05-28 15:00",
        zone="W. Australia Standard Time",
        minutes=30,
        subject="Exit interview - Jarrah Whitford-Lowe",
        organizer=("Kylie Brennan", "kylie.brennan@goldfields-pipeline.example"),
        attendees=[],
        date=dh("2037-05-21 10:00", "Australia/Perth"),
        text="Hi Jarrah,\n\nAs you finish up with Goldfields Pipeline next week, I'd like to "
        "book a short exit interview to hear about your experience here. It's confidential "
        "and optional.\n\nKylie Brennan\nHR Business Partner",
        label=note("Exit interview at the job the user is leaving: not a job interview."),
    ),
    person(
        AVERY,
        "nanny-interview-user-hires",
        "other",
        frm=("CareNest", "bookings@carenest.example"),
        subject="Your interview with nanny candidate Grace is confirmed",
        date=dh("2037-05-20 19:05", "America/Toronto"),
        body="Hi Avery,\n\nYour interview with Grace M. (nanny, 6 years' experience) is "
        "confirmed for Saturday at 10:00 AM at your home. Grace has completed her "
        "background check.\n\nTips for interviewing a nanny: https://carenest.example/tips\n\n"
        "CareNest\n",
        label=note("The user interviews a nanny she may hire: not her own interview."),
    ),
    person(
        NIAMH,
        "first-day-schedule",
        "other",
        frm=("Gerard Kavanagh", "gerard.kavanagh@capespear-institute.example"),
        subject="Welcome aboard - your first day",
        date=dh("2037-05-27 14:20", "America/St_Johns"),
        body="Hi Niamh,\n\nWe're thrilled you're joining us! Your first day is "
        + d("2037-06-01", "usy")
        + ". Please come to reception at 8:30 AM; orientation with HR runs until noon, then "
        "lunch with the policy team.\n\nBring your banking details and SIN for payroll.\n\n"
        "See you Monday,\nGerard\n",
        label=note("First-day schedule after hiring: not an interview."),
    ),
    person(
        ELENI,
        "how-was-your-interview-survey",
        "other",
        frm=("Zoutkeet Studio", "survey@zoutkeet-studio.example"),
        subject="How was your interview with Zoutkeet Studio?",
        date=dh("2037-05-20 16:00", "Europe/Amsterdam"),
        body="Hi Eleni,\n\nThanks for interviewing with us yesterday. We'd love to hear "
        "about your experience - it takes two minutes and is anonymous:\n"
        "https://survey.zoutkeet-studio.example/c/el19\n\nThe Zoutkeet Studio team\n",
        label=note("A candidate-experience survey after an interview (no outcome)."),
    ),
    html_mail(
        AYU,
        "candidate-info-session-optional",
        "other",
        frm=("Kenanga Retail Talent Team", "scheduling@kenanga-retail.example"),
        subject="Candidate info session: Life at Kenanga (optional)",
        date=dh("2037-05-09 10:00", "Asia/Jakarta"),
        markup="<p>Hi Ayu,</p><p>Ahead of your interview, you're welcome to join our "
        "optional candidate info session on Monday at 16:00 WIB, where our people team "
        "answers questions about benefits and hybrid work.</p><p>No need to reply; just "
        "join via the link: https://meet.google.com/tnz-bqrf-kuy</p>",
        label=note("An optional information session for candidates, not the interview."),
    ),
]
