"""Outcomes and automatic mail in English: cancellations (Google, Outlook on the web, Taleo,
iCloud, a person), rejections, offers and out-of-office answers across many countries."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AUTO,
    AVERY,
    AYU,
    DAKOTA,
    DENIZ,
    DILANI,
    ELENI,
    FAISAL,
    FENELLA,
    HUIMIN,
    ICLOUD,
    ISHAAN,
    JARRAH,
    KARIM,
    KRISTINE,
    KWABENA,
    MATILDA,
    NIAMH,
    NOUR,
    PRISCILLA,
    QUINN,
    ROISIN,
    SHUYI,
    SUJATA,
    TORVALD,
    d,
    dh,
    gcal,
    html_mail,
    invite,
    lab,
    note,
    owa,
    person,
    raw_mail,
    vendor,
)

MESSAGES = [
    gcal(
        DAKOTA,
        "gcal-cancelled-denver",
        "interview_cancelled",
        start="2037-04-09 13:00",
        zone="America/Denver",
        minutes=45,
        summary="Dakota Merriweather-Sol <> Hollis Mercantile (Ops Analyst)",
        organizer=("Bridget Halvorsen", "bridget.halvorsen@hollis-mercantile.example"),
        guests=[("Arlo Pritchett", "arlo.pritchett@hollis-mercantile.example")],
        date=dh("2037-04-06 08:20", "America/Denver"),
        cancelled=True,
        label=lab(
            "2037-04-09 13:00",
            "America/Denver",
            "America/Denver",
            company="Hollis Mercantile",
            role="Ops Analyst",
            who=["Bridget Halvorsen", "Arlo Pritchett"],
            emails=[
                "bridget.halvorsen@hollis-mercantile.example",
                "arlo.pritchett@hollis-mercantile.example",
            ],
            notes="Google's older cancellation layout, no text of the organiser's own.",
        ),
    ),
    owa(
        KARIM,
        "owa-cancel-beirut",
        "interview_cancelled",
        start="2037-05-12 11:00",
        zone="Middle East Standard Time",
        minutes=60,
        subject="Second interview - Karim Nassar-Gillespie",
        organizer=("Ziad Khoury", "ziad.khoury@phoenicia-freight.example"),
        attendees=[("Maya Sfeir", "maya.sfeir@phoenicia-freight.example")],
        date=dh("2037-05-08 16:40", "Asia/Beirut"),
        cancelled=True,
        text="Dear Karim,\n\nI'm sorry to cancel at short notice: Maya and I have to travel "
        "to the Tripoli port next week. I'll send new options as soon as we're back.\n\n"
        "Regards,\nZiad Khoury\nCommercial Director",
        label=lab(
            "2037-05-12 11:00",
            "Middle East Standard Time",
            "Asia/Beirut",
            company="Phoenicia Freight",
            who=["Ziad Khoury", "Maya Sfeir"],
            emails=[
                "ziad.khoury@phoenicia-freight.example",
                "maya.sfeir@phoenicia-freight.example",
            ],
            notes="Outlook on the web cancellation ('Canceled:'), Windows 'Middle East "
            "Standard Time' mapped to Beirut; new options only promised.",
        ),
    ),
    person(
        JARRAH,
        "role-on-hold-this-friday",
        "interview_cancelled",
        frm=("Saskia Moorhouse", "saskia.moorhouse@swanriver-water.example"),
        subject="Friday's chat - apologies",
        date=dh("2037-05-19 12:05", "Australia/Perth"),
        agent="iPhone Mail (23E246)",
        body="Hi Jarrah,\n\nI'm really sorry but I need to cancel our chat this Friday at 2. "
        "The Asset Planner role has been put on hold while the restructure is finalised, "
        "and I don't want to waste your time. I'll come back to you as soon as we know "
        "whether it's reopening.\n\nSaskia\n\nSent from my iPhone\n",
        label=lab(
            "2037-05-22 14:00",
            "Australia/Perth",
            company="Swan River Water",
            role="Asset Planner",
            who=["Saskia Moorhouse"],
            emails=["saskia.moorhouse@swanriver-water.example"],
            notes="'this Friday at 2' against a Tuesday Date header; a vacancy paused before "
            "the interview is a cancellation.",
        ),
    ),
    vendor(
        ISHAAN,
        "taleo-cancellation",
        "interview_cancelled",
        frm=("Deccan Steel Careers", "deccansteel@taleo.net"),
        subject="Interview Cancellation Notification - Req. 37-0412 UX Lead",
        date=dh("2037-04-29 10:45", "Asia/Kolkata"),
        body="Dear Ishaan Bhattacharjee-Cole,\n\nThis is to inform you that your interview "
        "scheduled for 05-May-2037 11:00 AM (GMT+05:30) India Standard Time for the position "
        "UX Lead (Requisition 37-0412) has been cancelled.\n\nThe recruiter will contact you "
        "if a new interview is to be scheduled.\n\nPlease do not reply to this message.\n\n"
        "Deccan Steel Talent Acquisition\n",
        label=lab(
            "2037-05-05 11:00",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Deccan Steel",
            role="UX Lead",
            notes="Taleo's cancellation notice with a 'dd-Mon-yyyy' date and '(GMT+05:30) "
            "India Standard Time' (a full zone name, resolvable); no interviewer named.",
        ),
    ),
    invite(
        ROISIN,
        "icloud-cancel-coffee",
        "interview_cancelled",
        start="2037-04-30 08:30",
        zone="Europe/Dublin",
        minutes=45,
        summary="Coffee interview - Róisín / Fintan",
        organizer=("Fintan Ó Broin", "fintan@curragh-analytics.example"),
        attendees=[("Róisín Mac Giolla Rua-Fofana", "roisin.macgiollarua@example.net")],
        prodid=ICLOUD,
        method="CANCEL",
        uid_style="apple",
        ics_mode="attach",
        frm=("Fintan Ó Broin", "fintan@curragh-analytics.example"),
        subject="Cancelled: Coffee interview - Róisín / Fintan",
        date=dh("2037-04-28 21:30", "Europe/Dublin"),
        body="Hi Róisín, I have to cancel Thursday's coffee, my daughter's in hospital since "
        "this afternoon. I'll be in touch once things settle to find another morning. "
        "Sorry!\nFintan\n(Founder, Curragh Analytics)\n",
        label=lab(
            "2037-04-30 08:30",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Curragh Analytics",
            who=["Fintan Ó Broin"],
            emails=["fintan@curragh-analytics.example"],
            notes="A founder's iCloud calendar CANCEL for a 'coffee interview'.",
        ),
    ),
    person(
        ELENI,
        "rejection-with-feedback",
        "rejection",
        frm=("Thanos Vlachos", "thanos.vlachos@aegean-ux.example"),
        subject="Your interview for UX Researcher - outcome and feedback",
        date=dh("2037-04-24 17:25", "Europe/Athens"),
        body="Dear Eleni,\n\nThank you again for the time you gave us last week. The panel "
        "enjoyed your portfolio, especially the mixed-methods study for the ferry booking "
        "app.\n\nWe've decided to offer the role to another candidate whose experience with "
        "quantitative survey design was stronger, which is the main gap in our team right "
        "now. Please don't read this as a reflection on your research craft.\n\nIf it's "
        "useful, I'm happy to give more feedback on a short call.\n\nBest wishes,\nThanos "
        "Vlachos\nHead of Research, Aegean UX\n",
        label=note("Personal rejection with feedback after an interview.", company="Aegean UX"),
    ),
    vendor(
        TORVALD,
        "jobvite-status-update",
        "rejection",
        frm=("Norrsken Medical", "notification@jobvite.com"),
        subject="Update on your application - Backend Engineer",
        date=dh("2037-05-04 09:00", "Europe/Stockholm"),
        body="Hi Torvald,\n\nThank you for your interest in the Backend Engineer position at "
        "Norrsken Medical and for the time you spent with our team.\n\nAfter careful "
        "consideration we have decided to move forward with other candidates whose "
        "experience more closely matches our current needs.\n\nWe wish you success in your "
        "search.\n\nNorrsken Medical Talent Team\n\nThis message was sent via Jobvite.\n",
        label=note("ATS rejection after interviews.", company="Norrsken Medical"),
    ),
    person(
        SHUYI,
        "filled-before-thursday",
        "rejection",
        frm=("Helen Cao", "helen.cao@pudong-instruments.example"),
        subject="Re: Interview on Thursday",
        date=dh("2037-05-18 09:12", "Asia/Shanghai"),
        body="Dear Shuyi,\n\nI'm sorry to tell you that the Quality Systems Specialist "
        "position has been filled by an internal transfer this morning, so we will have to "
        "call off Thursday's interview with Mr. Qian.\n\nThank you very much for your "
        "interest; I'll keep your CV on file for future openings.\n\nBest regards,\nHelen "
        "Cao\nHR, Pudong Instruments\n",
        label=note(
            "The position was filled before the interview: a rejection, not a cancellation.",
            company="Pudong Instruments",
        ),
    ),
    person(
        KWABENA,
        "agency-internal-candidate",
        "rejection",
        frm=("Abena Sarpong", "abena.sarpong@coastline-hr.example"),
        subject="Akwaaba - update",
        date=dh("2037-05-15 15:30", "Africa/Accra"),
        agent="Android Gmail",
        body="Hi Kwabena,\n\nJust off the phone with Kojo. Unfortunately they've gone with an "
        "internal candidate for the Credit Analyst role. He said you interviewed very well "
        "and asked me to keep you in mind for their Kumasi branch later in the year.\n\n"
        "Chin up, I have two other roles I'd like to talk to you about. Call me when you "
        "can.\n\nAbena\n",
        label=note(
            "Agency relays a rejection after the interview.", company="Akwaaba Microfinance"
        ),
    ),
    html_mail(
        AYU,
        "after-video-assessment",
        "rejection",
        frm=("Rinjani Consumer Goods", "talent@rinjani-cg.example"),
        subject="Your application for Graduate Management Trainee",
        date=dh("2037-04-30 14:00", "Asia/Jakarta"),
        markup="<p>Dear Ayu,</p><p>Thank you for completing the recorded video assessment "
        "for our Graduate Management Trainee programme.</p><p>We received over 4,000 "
        "applications this year. After reviewing your responses, we regret that we are "
        "unable to invite you to the assessment centre stage.</p><p>We encourage you to "
        "apply again in future intakes.</p><p>Kind regards,<br>Rinjani Graduate Recruitment"
        "</p>",
        label=note(
            "Rejection after a recorded (one-way) video assessment; no interview held.",
            company="Rinjani Consumer Goods",
        ),
    ),
    raw_mail(
        NIAMH,
        "competition-not-successful",
        "rejection",
        frm=("Public Service Staffing", "staffing.noreply@gov-nl.example"),
        subject="Competition 37-114 Fisheries Research Officer - Result",
        date=dh("2037-05-20 11:00", "America/St_Johns"),
        body="Dear Niamh Keough-Barrett,\n\nThank you for participating in Competition "
        "37-114, Fisheries Research Officer.\n\nWe regret to inform you that you were not "
        "successful in this competition. Feedback may be requested in writing within ten "
        "(10) business days of this notice.\n\nWe appreciate your interest in public "
        "service employment.\n\nPublic Service Staffing\n",
        label=note("Public-sector competition result: not successful."),
    ),
    person(
        FAISAL,
        "impressed-but-not-progressing",
        "rejection",
        frm=("Lina Al-Mutairi", "lina.almutairi@qimmah-consulting.example"),
        subject="Thank you, Faisal",
        date=dh("2037-05-10 12:45", "Asia/Riyadh"),
        body="Dear Faisal,\n\nThank you for meeting with our partners last week. We were "
        "genuinely impressed by your case presentation.\n\nHowever, we will not be "
        "progressing your application for the Senior Consultant role at this time, as we "
        "are prioritising candidates with a deeper background in public-sector "
        "transformation.\n\nWe'd be glad to stay in touch and invite you to join our talent "
        "community.\n\nWarm regards,\nLina Al-Mutairi\nRecruitment Lead, Qimmah Consulting\n",
        label=note("Rejection opening with praise.", company="Qimmah Consulting"),
    ),
    vendor(
        QUINN,
        "rippling-offer-sign",
        "offer",
        frm=("Harbourline Games via Rippling", "no-reply@rippling.com"),
        subject="You've received an offer letter from Harbourline Games",
        date=dh("2037-04-10 14:15", "America/Vancouver"),
        body="Hi Quinn,\n\nCongratulations! Harbourline Games has sent you an offer letter "
        "for the position of Gameplay Programmer.\n\nReview and sign your offer letter:\n"
        "https://app.rippling.com/offer/review/hg-7731\n\nThis offer expires on "
        + d("2037-04-17", "usy")
        + ".\n\nIf you have questions, reach out to Mireille Okafor.\n\nRippling\n",
        label=note("E-sign offer letter notice.", company="Harbourline Games"),
    ),
    person(
        HUIMIN,
        "agency-offer-hartwell",
        "offer",
        frm=("Jolene Teo", "consultants@merlionsearch.example"),
        subject="Good news - offer from Hartwell Marine",
        date=dh("2037-04-21 18:30", "Asia/Singapore"),
        body="Hi Rachel,\n\nCongratulations! Hartwell Marine would like to extend an offer "
        "for the Assistant Finance Manager role:\n\n- Basic salary: S$7,800 per month\n"
        "- AWS: 1 month, variable bonus up to 2 months\n- Start date: 1 June 2037 (subject "
        "to your notice period)\n\nThe formal letter will follow from their HR tomorrow. "
        "Let me know if you have any questions before you accept.\n\nBest,\nJolene\n",
        label=note("Agency relays an offer with the package.", company="Hartwell Marine"),
    ),
    person(
        KRISTINE,
        "job-offer-manila",
        "offer",
        frm=("Banaue Cloud Solutions HR", "hr@banaue-cloud.example"),
        subject="Job Offer - Customer Success Lead",
        date=dh("2037-05-14 16:20", "Asia/Manila"),
        body="Dear Kristine,\n\nWe are pleased to offer you the position of Customer Success "
        "Lead at Banaue Cloud Solutions with a monthly gross salary of PHP 95,000, HMO "
        "coverage for you and two dependents, and a hybrid schedule.\n\nKindly sign and "
        "return the attached offer letter on or before 05/21/2037.\n\nWelcome aboard!\n"
        "Banaue Cloud Solutions HR\n",
        label=note(
            "Offer with salary and a month-first deadline.", company="Banaue Cloud Solutions"
        ),
    ),
    person(
        AVERY,
        "offer-pending-two-referees",
        "offer",
        frm=("Janelle Osei-Grant", "janelle.oseigrant@loonie-bay.example"),
        subject="Conditional offer - Marketing Coordinator",
        date=dh("2037-04-28 11:55", "America/Toronto"),
        body="Hi Avery,\n\nI'm delighted to let you know we'd like you to join Loonie Bay "
        "Outfitters as Marketing Coordinator, at $64,000 per year plus benefits, starting "
        "June 1.\n\nThe offer is conditional on two satisfactory reference checks; our HR "
        "team will reach out to your referees this week. The full letter is attached.\n\n"
        "Congratulations!\nJanelle\n",
        label=note("Conditional offer pending references.", company="Loonie Bay Outfitters"),
    ),
    person(
        DILANI,
        "letter-of-appointment",
        "offer",
        frm=("Ceylon Spice Exports - Human Resources", "hr@ceylonspice-exports.example"),
        subject="Letter of Appointment - Business Analyst",
        date=dh("2037-05-04 09:30", "Asia/Colombo"),
        body="Dear Ms. Wijesinghe-Rao,\n\nFurther to your interview, we are pleased to "
        "appoint you as Business Analyst with effect from 01st June 2037, on a monthly "
        "salary of LKR 340,000, subject to a probationary period of six months.\n\nPlease "
        "find the Letter of Appointment attached; kindly return a signed copy to confirm "
        "your acceptance.\n\nYours sincerely,\nManager - Human Resources\n",
        label=note("Formal Sri Lankan letter of appointment.", company="Ceylon Spice Exports"),
    ),
    raw_mail(
        FENELLA,
        "ooo-easter",
        "auto_reply",
        frm=("Gemma Rowntree", "gemma.rowntree@kestrelbank.example"),
        subject="Automatic reply: Application - Data Analyst",
        date=dh("2037-04-02 16:31", "Europe/London"),
        extra=AUTO,
        body="Thank you for your email. I'm away over Easter and back in the office on "
        + d("2037-04-07", "uk")
        + ". For anything urgent please contact talent@kestrelbank.example.\n\nGemma\n",
        label=note("Out-of-office over Easter with a return date.", return_date="2037-04-07"),
    ),
    raw_mail(
        MATILDA,
        "ooo-anzac-leave",
        "auto_reply",
        frm=("Tom Kazantzis", "tom.kazantzis@harbourbridge-health.example"),
        subject="Out of office: RE: Nurse Educator application",
        date=dh("2037-04-22 09:02", "Australia/Sydney"),
        extra=AUTO,
        body="Hi there,\n\nI'm on leave until after the Anzac Day weekend, returning Monday "
        "27 April. I'll have limited access to email.\n\nThanks,\nTom\n",
        label=note("Australian out-of-office returning Monday 27 April.", return_date="2037-04-27"),
    ),
    raw_mail(
        PRISCILLA,
        "careers-autoresponder",
        "auto_reply",
        frm=("Meadowlark Media Careers", "careers@meadowlark-media.example"),
        subject="Re: Application: Senior Copy Editor",
        date=dh("2037-03-30 22:14", "America/New_York"),
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        body="Thank you for contacting Meadowlark Media Careers.\n\nThis mailbox is not "
        "monitored. If your application is selected for an interview, a member of our "
        "team will contact you directly.\n\nMeadowlark Media\n",
        label=note("A careers mailbox's autoresponder without a return date."),
    ),
    raw_mail(
        NOUR,
        "ooo-sham-el-nessim",
        "auto_reply",
        frm=("Mona Farid", "mona.farid@nildelta-cement.example"),
        subject="Out of Office: Senior Accountant - documents",
        date=dh("2037-04-05 10:15", "Africa/Cairo"),
        extra=AUTO,
        body="Dear Sender,\n\nI am on annual leave for the Sham el-Nessim holiday and will be "
        "back in the office on " + d("2037-04-12", "uky") + ". Your email will be answered "
        "on my return.\n\nBest regards,\nMona Farid\nHR Officer\n",
        label=note("Egyptian out-of-office with a return date.", return_date="2037-04-12"),
    ),
    raw_mail(
        SUJATA,
        "ooo-new-year-closure",
        "auto_reply",
        frm=("Himal Water Trust - HR", "hr@himalwater.example"),
        subject="Auto-reply: Office closed for New Year",
        date=dh("2037-04-14 09:30", "Asia/Kathmandu"),
        extra=AUTO,
        body="Namaste,\n\nOur office is closed for the Nepali New Year holiday. We will "
        "respond to your email from Thursday 16 April 2037.\n\nHR Section\nHimal Water "
        "Trust\n",
        label=note("Office closure autoresponder with a reopening date.", return_date="2037-04-16"),
    ),
    raw_mail(
        DENIZ,
        "ooo-bilingual-turkish",
        "auto_reply",
        frm=("Okan Yıldırım", "okan.yildirim@bogazlojistik.example"),
        subject="Otomatik yanıt / Automatic reply: Mülakat",
        date=dh("2037-04-22 13:45", "Europe/Istanbul"),
        extra=AUTO,
        body="Merhaba,\n\n27 Nisan Pazartesi gününe kadar ofis dışındayım.\n\nHello,\n\nI am "
        "out of the office and will return on Monday 27 April. For urgent matters please "
        "contact Selin Ertürk.\n\nOkan Yıldırım\n",
        label=note("Turkish and English out-of-office.", return_date="2037-04-27"),
    ),
]
