"""Outcomes and changes in English: rejections, offers, cancellations, scheduling requests."""

from __future__ import annotations

from .kit import (
    AROHA,
    BRYNN,
    CALLISTA,
    CHIAHUI,
    EMRE,
    HOLLIS,
    ISLA,
    KAINOA,
    LIAM,
    LINNEA,
    MARISOL,
    NASRIN,
    NIKHIL,
    OKSANA,
    PEISHAN,
    REEM,
    SOLVEIG,
    THIRI,
    TOMAS,
    ZOOM,
    Msg,
    d,
    dh,
    html_page,
    invite,
    iso,
    iv,
    mail,
    mid,
    note,
    paras,
    quoted,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ================================ Rejections =====================================================

add(
    mail(
        MARISOL,
        "rejection-greenhouse-lakeshore-after-loop",
        "rejection",
        frm=("Lakeshore Mobility Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Tasha Kimbrough", "tasha.kimbrough@lakeshoremobility.example"),
        subject="Update on your application - Lakeshore Mobility",
        date=dh("2029-06-28 16:12:00", "America/Detroit"),
        body="""Hi Marisol,

Thank you for taking the time to interview with Dwayne, Ruth and the team for the Program Manager, Battery Supply Chain role. We enjoyed learning about your work.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs. This was a difficult decision.

We'll keep your details on file and may reach out about future openings. We wish you the best in your search.

Best,
Tasha Kimbrough
Lakeshore Mobility
""",
        label=note("Greenhouse rejection after the interview loop.", company="Lakeshore Mobility"),
    )
)

add(
    mail(
        NIKHIL,
        "rejection-feedback-call-offer-yarra",
        "rejection",
        frm=("Bridget Callaghan", "bridget.callaghan@yarrafreight.example"),
        subject="Solutions Architect - outcome",
        date=dh("2029-07-19 12:40:00", "Australia/Melbourne"),
        body="""Hi Nikhil,

Thanks again for your patience after we had to cancel last month. The team has now finished interviewing and, I'm sorry to say, we won't be progressing your application further - we've offered the role to someone with deeper freight-forwarding experience.

If it's useful, I'm happy to jump on a 15-minute call to share the panel's feedback. Just reply with a time that suits.

Kind regards,
Bridget Callaghan
Talent Partner, Yarra Freightworks
""",
        label=note(
            "Rejection with an offer of a feedback call (still a rejection).",
            company="Yarra Freightworks",
        ),
    )
)

add(
    mail(
        CHIAHUI,
        "rejection-html-ashby-style-keelung",
        "rejection",
        frm=("Keelung Cloud", "no-reply@ashbyhq.com"),
        subject="Your application to Keelung Cloud",
        date=dh("2029-08-17 10:02:00", "Asia/Taipei"),
        body=None,
        rich=html_page(
            paras(
                """Hi Chia-hui,

Thank you for your interest in the Backend Engineer role and for completing the live coding interview with Kevin.

We've decided not to move forward with your candidacy at this time. We know this isn't the news you were hoping for, and we truly appreciate the effort you put into the process.

We encourage you to apply for future roles that match your experience.

The Keelung Cloud Team"""
            )
        ),
        label=note(
            "HTML-only ATS rejection after a live coding interview.", company="Keelung Cloud"
        ),
    )
)

add(
    mail(
        EMRE,
        "rejection-before-interview-lever-anadolu",
        "rejection",
        frm=("Kapadokya Games", "no-reply@hire.lever.co"),
        subject="Thank you for applying to Kapadokya Games",
        date=dh("2029-06-11 19:20:00", "Europe/Istanbul"),
        body="""Hi Emre,

Thank you for applying for the Lead Unity Developer position at Kapadokya Games. We received a large number of applications and after reviewing yours, we have decided not to move forward at this time.

We wish you all the best in your job search.

Kapadokya Games Talent Team
""",
        label=note("Lever application-stage rejection, no interview.", company="Kapadokya Games"),
    )
)

add(
    mail(
        THIRI,
        "rejection-ngo-after-panel-quoting-time",
        "rejection",
        frm=("Siriporn Chaiyasit", "siriporn@mekong-relief.example"),
        subject="Re: Interview invitation - Programme Officer (Myanmar)",
        date=dh("2029-09-20 15:00:00", "Asia/Bangkok"),
        in_reply_to=mid("html-mekong-relief-yangon-bangkok", "mekong-relief.example"),
        body="""Dear Thiri,

Thank you for speaking with Moe Thandar and me on 6 September. We were impressed by your field experience.

After a difficult decision, the panel has selected another candidate for the Programme Officer position. We would be glad to keep your CV for the consultancy roster and will contact you if a suitable assignment comes up.

With best wishes,
Siriporn Chaiyasit
Country Director, Mekong Relief Network
"""
        + quoted(
            "2029-08-31 14:22",
            "Asia/Bangkok",
            "Siriporn Chaiyasit <siriporn@mekong-relief.example>",
            "Date: Thursday, September 6, 2029\nTime: 10:00 Bangkok time (09:30 Yangon time)",
        ),
        label=note(
            "Rejection replying to the invitation, which it quotes with its old interview time.",
            company="Mekong Relief Network",
        ),
    )
)

add(
    mail(
        HOLLIS,
        "rejection-founder-personal-sawtooth",
        "rejection",
        frm=("Wren Castellano", "wren@sawtooth-robotics.example"),
        subject="Controls Engineer",
        date=dh("2029-09-04 18:45:00", "America/Boise"),
        body="""Hi Hollis,

I wanted to write to you personally rather than send a template. I really enjoyed our conversation, but we've decided to hire someone with more PLC commissioning experience for this round.

If we open the senior role in the spring, I'd love to talk again. Thanks for being so generous with your time.

Wren
""",
        label=note("Founder's personal rejection.", company="Sawtooth Robotics"),
    )
)

add(
    mail(
        SOLVEIG,
        "rejection-position-filled-internally-hverfjall",
        "rejection",
        frm=("Gunnar Þórðarson", "gunnar@hverfjall-data.example"),
        subject="Data Engineer role",
        date=dh("2029-09-25 11:00:00", "Atlantic/Reykjavik"),
        body="""Hi Sólveig,

Thank you for coming in on the 12th. I'm sorry to tell you that we've decided to fill the Data Engineer position internally - a colleague from our analytics team is moving across.

It was a close call and I hope our paths cross again.

Best regards,
Gunnar
""",
        label=note("Rejection: filled internally, after the interview.", company="Hverfjall Data"),
    )
)

add(
    mail(
        OKSANA,
        "rejection-after-cancelled-interview-vitryla",
        "rejection",
        frm=("Bohdan Tkachenko", "bohdan.tkachenko@vitryla-games.example"),
        subject="QA Lead position - update",
        date=dh("2029-07-16 10:30:00", "Europe/Kyiv"),
        body="""Hi Oksana,

Apologies again for cancelling our call on the 5th. We have now closed the QA Lead position with a candidate who was further along in our process, so we won't be rescheduling.

Thank you for your interest in Vitryla Games, and good luck.

Bohdan
""",
        label=note(
            "Rejection that refers back to a cancelled interview; no new date.",
            company="Vitryla Games",
        ),
    )
)

add(
    mail(
        LIAM,
        "rejection-workday-arafura-status",
        "rejection",
        frm=("Arafura Port Services Careers", "arafuraport@myworkday.com"),
        subject="Application Status Update: Marine Logistics Coordinator (REQ-2291)",
        date=dh("2029-07-08 09:00:00", "Australia/Darwin"),
        body="""Dear Liam,

Thank you for your interest in the Marine Logistics Coordinator position and for the time you spent with our panel.

We regret to advise that your application has not been successful on this occasion. The status of your application in your candidate home has been updated to "Not Selected".

We encourage you to continue to view and apply for positions that interest you.

Arafura Port Services - Talent Acquisition
""",
        label=note("Workday status rejection after the panel.", company="Arafura Port Services"),
    )
)

# ================================ Offers =========================================================

add(
    mail(
        NASRIN,
        "offer-docusign-kupferbach",
        "offer",
        frm=("Henrike Lassahn via DocuSign", "dse@eu.docusign.net"),
        reply_to=("Henrike Lassahn", "henrike.lassahn@kupferbach-logistics.example"),
        subject="Please DocuSign: Kupferbach Logistics - Employment Contract - Nasrin Kazemi-Tabar",
        date=dh("2029-07-02 14:00:00", "Europe/Berlin"),
        body="""Henrike Lassahn sent you a document to review and sign.

REVIEW DOCUMENT

Henrike Lassahn
henrike.lassahn@kupferbach-logistics.example

Hi Nasrin, as discussed on the phone - we're delighted to offer you the Backend Engineer (Routing) position. Your employment contract and the relocation package summary are ready for your signature. Welcome aboard!

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""",
        label=note(
            "Offer via a DocuSign envelope with a personal note.", company="Kupferbach Logistics"
        ),
    )
)

add(
    mail(
        AROHA,
        "offer-verbal-followup-tussock-ridge",
        "offer",
        frm=("Mitchell Varga", "mitchell.varga@tussockridge.example"),
        subject="Offer - Product Designer",
        date=dh("2029-09-27 17:30:00", "Australia/Sydney"),
        body="""Kia ora Aroha,

Following up on my call this afternoon - it's official! We'd love you to join Tussock Ridge as a Product Designer, working remotely from Auckland.

- Base salary: NZD 128,000
- Start date: Monday 5 November (flexible)
- Equity: 2,400 options, 4-year vesting

The written offer is attached. Have a read over the weekend and let me know if you have any questions.

Cheers,
Mitchell
""",
        label=note("Written offer following a phone call.", company="Tussock Ridge Software"),
    )
)

add(
    mail(
        REEM,
        "offer-conditional-references-wahat",
        "offer",
        frm=("Faisal Al-Qahtani", "faisal.alqahtani@wahat-analytics.example"),
        subject="Offer of Employment - Senior BI Developer",
        date=dh("2029-07-29 12:00:00", "Asia/Riyadh"),
        body="""Dear Reem,

I am pleased to offer you the position of Senior BI Developer at Wahat Analytics, subject to satisfactory references and verification of your degree.

The attached letter sets out your package (basic salary, housing and transport allowances) and a proposed start date of 2 September 2029.

Please sign and return the letter by Thursday. We would like to schedule a short call with HR next week to go through onboarding.

Best regards,
Faisal Al-Qahtani
Head of Data
""",
        label=note(
            "Conditional offer (references) that mentions a follow-up call.",
            company="Wahat Analytics",
        ),
    )
)

add(
    mail(
        BRYNN,
        "offer-agency-terms-prairie-search",
        "offer",
        frm=("Jolene Kowalchuk", "jolene@prairie-search.example"),
        subject="Great news - offer from Wascana Potash!",
        date=dh("2029-09-12 15:05:00", "America/Regina"),
        body="""Hi Brynn,

Trent called me this morning - Wascana Potash would like to offer you the Reliability Engineer position!

Base: $112,000
Bonus: up to 10%
Vacation: 4 weeks
Start: October 15

They'll send the formal letter once you verbally accept. Give me a call when you've had a chance to think it over.

Jolene Kowalchuk
Prairie Search Partners
""",
        label=note("Agency passes on an offer with terms.", company="Wascana Potash"),
    )
)

add(
    mail(
        TOMAS,
        "offer-greenhouse-link-maresia",
        "offer",
        frm=("Maresia Energia", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Inês Quaresma", "ines.quaresma@maresia-energia.example"),
        subject="Your offer from Maresia Energia",
        date=dh("2029-08-24 11:30:00", "Europe/Lisbon"),
        body="""Hi Tomás,

Congratulations! We're thrilled to extend you an offer for the Wind Asset Engineer position.

Please review and accept your offer using the secure link below:
https://app.greenhouse.io/offers/2c5d01f7-maresia

This offer expires on 31 August 2029.

Best regards,
Inês Quaresma
""",
        label=note("Greenhouse offer link.", company="Maresia Energia"),
    )
)

add(
    mail(
        CALLISTA,
        "offer-university-appointment-tasman",
        "offer",
        frm=("Academic Recruitment", "academic.recruitment@tasman-institute.example"),
        subject="Offer of appointment - Lecturer in Marine Policy",
        date=dh("2029-08-31 10:15:00", "Australia/Hobart"),
        body="""Dear Dr Drummond-Vane,

Following the recommendation of the selection committee, I am delighted to offer you a continuing appointment as Lecturer in Marine Policy (Level B) at the Tasman Institute.

Your letter of offer and the conditions of employment are attached. Please indicate your acceptance by 14 September 2029.

Yours sincerely,
Academic Recruitment, Tasman Institute
""",
        label=note("University offer of appointment.", company="Tasman Institute"),
    )
)

# ================================ Cancellations ==================================================

S = "2029-08-02 16:00"
add(
    mail(
        CHIAHUI,
        "cancel-plain-interviewer-ill-hsinchu",
        "interview_cancelled",
        frm=("Jason Hsieh", "jason.hsieh@hsinchu-lumen.example"),
        subject="Cancelled: Interview: Firmware Engineer II - Hsu Chia-hui",
        date=dh("2029-08-01 18:20:00", "Asia/Taipei"),
        body=f"""Hi Chia-hui,

I'm sorry - Amy Kuo is unwell, so we need to cancel tomorrow's interview ({d(S, "us")}, 4:00 PM Taipei time). I'll send new options once she is back.

Jason Hsieh
Recruiting, Hsinchu Lumen Semiconductor
""",
        label=iv(
            iso(S, "Asia/Taipei"),
            "Asia/Taipei",
            company="Hsinchu Lumen Semiconductor",
            role="Firmware Engineer II",
            interviewers=["Amy Kuo"],
            notes="Plain cancellation (interviewer ill) naming the cancelled time; no calendar.",
        ),
    )
)

S = "2029-07-17 09:00"
add(
    invite(
        THIRI,
        "zoom-cancel-utc-kallang-yangon",
        "interview_cancelled",
        start=S,
        zone=None,
        utc_zone="Asia/Singapore",
        minutes=45,
        summary="Interview | Thiri Aung Myat | Compliance Analyst",
        organizer=("Grace Lim", "grace.lim@kallang-pay.example"),
        prodid=ZOOM,
        method="CANCEL",
        ics_mode="attach",
        ics_name="iCalendar.ics",
        frm=("Grace Lim", "grace.lim@kallang-pay.example"),
        subject="Canceled: Interview | Thiri Aung Myat | Compliance Analyst",
        date=dh("2029-07-15 20:05:00", "Asia/Singapore"),
        body="""Hi Thiri,

Grace Lim has canceled the following Zoom meeting:

Topic: Interview | Thiri Aung Myat | Compliance Analyst
Time: Jul 17, 2029 09:00 AM Singapore

Sorry about this - Hafiz Rahmat has been pulled into a regulator visit. I'll be in touch about a new slot.

Grace
""",
        label=iv(
            iso(S, "Asia/Singapore"),
            "Asia/Singapore",
            company="Kallang Pay",
            role="Compliance Analyst",
            interviewers=["Grace Lim", "Hafiz Rahmat"],
            emails=["grace.lim@kallang-pay.example"],
            notes="Zoom cancellation with a CANCEL .ics in UTC; 'Singapore' in the text.",
        ),
    )
)

S = "2029-08-23 15:30"
add(
    mail(
        HOLLIS,
        "calcom-cancelled-booking-sawtooth",
        "interview_cancelled",
        frm=("Cal.com", "noreply@cal.com"),
        reply_to=("Wren Castellano", "wren@sawtooth-robotics.example"),
        subject="Cancelled: Hiring manager screen between Wren Castellano and Hollis Pembrook "
        "@ Thu, Aug 23, 2029 3:30pm - 4:00pm",
        date=dh("2029-08-21 07:10:00", "America/Boise"),
        body="""Event cancelled
We emailed you and the other attendees to let them know.

What
Hiring manager screen between Wren Castellano and Hollis Pembrook

When
Thursday, August 23, 2029
3:30pm - 4:00pm (America/Boise)

Reason for cancellation
Travelling to a customer site that day - I'll send a new link.

Who
Wren Castellano - Organizer
Hollis Pembrook
""",
        label=iv(
            iso(S, "America/Boise"),
            "America/Boise",
            company="Sawtooth Robotics",
            role="Controls Engineer",
            interviewers=["Wren Castellano"],
            emails=["wren@sawtooth-robotics.example"],
            notes="Cal.com host cancellation without a calendar part; 'America/Boise'.",
        ),
    )
)

S = "2029-06-25 09:00"
add(
    mail(
        ISLA,
        "cancel-plain-coral-sea-boat-schedule",
        "interview_cancelled",
        frm=("Marnie Kelleher", "marnie.kelleher@coralsea-conservation.example"),
        subject="Need to cancel Monday's chat",
        date=dh("2029-06-23 16:15:00", "Australia/Lord_Howe"),
        body=f"""Hi Isla,

So sorry - I have to cancel our intro interview on {d(S, "uk")} at 9am your time. I've been put on the survey boat that morning and there's no signal out there. I've cancelled it in Calendly too; please grab a new time next week.

Marnie
""",
        label=iv(
            iso(S, "Australia/Lord_Howe"),
            None,
            company="Coral Sea Conservation",
            interviewers=["Marnie Kelleher"],
            emails=["marnie.kelleher@coralsea-conservation.example"],
            notes="Interviewer cancels by plain mail: '9am your time' is the user's own zone "
            "(Lord Howe, +10:30); no zone named.",
        ),
    )
)

# ================================ Scheduling requests ============================================

add(
    mail(
        KAINOA,
        "recruiter-two-options-makai-power",
        "scheduling_request",
        frm=("Malia Fonoimoana", "malia.fonoimoana@hoku-power.example"),
        subject="Interview times - Substation Technician",
        date=dh("2029-08-20 13:00:00", "Pacific/Honolulu"),
        body=f"""Aloha Kainoa,

The hiring team would like to meet you for the Substation Technician position. Would either of these work?

- {d("2029-08-27", "us")}, 9:00 AM HST
- {d("2029-08-28", "us")}, 1:30 PM HST

Let me know which you prefer and I'll send the invite.

Mahalo,
Malia Fonoimoana
Recruiter, Hoku Power
""",
        label=note(
            "Two candidate slots offered; nothing chosen yet.",
            company="Hoku Power",
            role="Substation Technician",
        ),
    )
)

add(
    mail(
        LINNEA,
        "reschedule-request-kvarnholm-new-times",
        "scheduling_request",
        frm=("Elsa Lindahl", "elsa.lindahl@kvarnholm-audio.example"),
        subject="Re: Interview with Kvarnholm Audio – Embedded Developer",
        date=dh("2029-08-17 09:15:00", "Europe/Stockholm"),
        body="""Hi Linnea,

Björn has to travel to a supplier next week, so we'll need to move Tuesday's interview. Could you book a new time with this link? There are slots from 2029-08-27 onwards.

https://app.teamtailor.com/meet/kvarnholm-audio/rebook/8f31d2

Sorry for the hassle!
Elsa
""",
        label=note(
            "Asks to rebook an interview (old slot dropped, no new time yet).",
            company="Kvarnholm Audio",
        ),
    )
)

add(
    mail(
        PEISHAN,
        "hiring-manager-asks-times-petaling",
        "scheduling_request",
        frm=("Hazwan Rosli", "hazwan.rosli@petalingledger.example"),
        subject="Next round - meet our CEO?",
        date=dh("2029-07-10 18:02:00", "Asia/Kuala_Lumpur"),
        body="""Hi Pei Shan,

Thanks for Friday - the team enjoyed the case discussion. Next step is a 30-min chat with our CEO, Datin Farah Iskandar. She's in KL all of next week; what mornings are you free?

Hazwan
""",
        label=note(
            "Hiring manager asks which mornings suit; nothing fixed.", company="Petaling Ledger"
        ),
    )
)

# --- Interview accepted after a slot was offered: user gets the final time ------------------------
S = "2029-08-28 13:30"
add(
    mail(
        KAINOA,
        "confirm-after-options-hoku-power",
        "interview",
        frm=("Malia Fonoimoana", "malia.fonoimoana@hoku-power.example"),
        subject="Re: Interview times - Substation Technician",
        date=dh("2029-08-21 08:40:00", "Pacific/Honolulu"),
        body=f"""Mahalo Kainoa - {d(S, "us")} at 1:30 PM it is. You'll meet Kawika Nakamura (Substation Supervisor) at our Kalaeloa yard. Closed-toe shoes, please.

Malia
"""
        + quoted(
            "2029-08-20 19:22",
            "Pacific/Honolulu",
            "Kainoa Palakiko <kainoa.palakiko@example.org>",
            "Hi Malia, the second option (Tuesday at 1:30) works best for me. Thank you!",
        ),
        label=iv(
            iso(S, "Pacific/Honolulu"),
            None,
            company="Hoku Power",
            role="Substation Technician",
            interviewers=["Kawika Nakamura"],
            notes="Recruiter confirms the slot the user chose; no zone in the reply (HST).",
        ),
    )
)

# --- Offer-adjacent: recruiter sets a call to discuss the offer (offer) ---------------------------
add(
    mail(
        LINNEA,
        "offer-call-to-discuss-skargard",
        "offer",
        frm=("Johan Wikström", "johan.wikstrom@skargard-games.example"),
        subject="Offer - Gameplay Programmer",
        date=dh("2029-07-02 16:48:00", "Europe/Stockholm"),
        body="""Hej Linnea,

We'd love to have you on the team! Attached is our offer for the Gameplay Programmer role (monthly salary SEK 52 000, start 2029-09-03, 30 days' vacation).

Could we have a quick call on Thursday to go through it and answer questions? Any time after 10 works for me.

Johan
""",
        label=note(
            "Offer that proposes a call to go through it (the call is not an interview).",
            company="Skärgård Games",
        ),
    )
)
