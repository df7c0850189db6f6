"""Outcomes and automatic mail in English: cancellations (Google, Exchange, a person),
rejections, offers, out-of-office and autoresponders, a bounce, and requests for a slot."""

from __future__ import annotations

from tests.eval15.authoring import kit as k15
from tests.eval20.authoring.kit import (
    ALEXIS,
    ANDREAS,
    AUTO,
    DILNOZA,
    EWAN,
    FIONNUALA,
    HARPREET,
    KWABENA,
    MARCUS,
    PAOLO,
    PARISA,
    RIN,
    TAMAR,
    TAVITA,
    dh,
    google,
    lab,
    note,
    outlook,
    own,
    pdf,
    person,
    raw_mail,
    vendor,
)

S1 = "2039-03-30 11:00"
S2 = "2039-04-07 15:00"
S3 = "2039-03-24 13:00"

MESSAGES = [
    google(
        MARCUS,
        "google-cancelled-second-round",
        "interview_cancelled",
        start=S1,
        zone="America/Chicago",
        minutes=60,
        summary="Marcus Oyelowo-Brandt - Operations Analyst, round 2",
        organizer=("Dana Whitcombe", "dana.whitcombe@prairiewind-logistics.example"),
        guests=[
            ("Dana Whitcombe", "dana.whitcombe@prairiewind-logistics.example"),
            ("Luis Carbajal", "luis.carbajal@prairiewind-logistics.example"),
        ],
        date=dh("2039-03-28 08:14", "America/Chicago"),
        caption="Central Time - Chicago",
        change="cancelled",
        label=lab(
            S1,
            "America/Chicago",
            "America/Chicago",
            company="Prairiewind Logistics",
            role="Operations Analyst",
            who=["Dana Whitcombe", "Luis Carbajal"],
            emails=[
                "dana.whitcombe@prairiewind-logistics.example",
                "luis.carbajal@prairiewind-logistics.example",
            ],
            notes="Google's 'has cancelled this event' with METHOD:CANCEL; the label keeps "
            "the cancelled time.",
        ),
    ),
    outlook(
        DILNOZA,
        "exchange-canceled-tashkent-panel",
        "interview_cancelled",
        start=S2,
        zone="West Asia Standard Time",
        minutes=90,
        subject="Panel interview - Dilnoza Yusupova-Kent - Network Planning Lead",
        organizer=("Aziza Karimova", "aziza.karimova@silkroute-telecom.example"),
        attendees=[
            ("Timur Rakhimov", "timur.rakhimov@silkroute-telecom.example"),
            ("Bekzod Aliev", "bekzod.aliev@silkroute-telecom.example"),
        ],
        date=dh("2039-04-04 09:30", "Asia/Tashkent"),
        method="CANCEL",
        sequence=1,
        prefix="Canceled: ",
        text="""Dear Dilnoza,

I am sorry, we need to cancel the panel on Thursday - Timur is travelling to Samarkand that
week. I will come back to you with new options as soon as the calendars allow.

Best regards,
Aziza""",
        label=lab(
            S2,
            "West Asia Standard Time",
            "Asia/Tashkent",
            company="Silkroute Telecom",
            role="Network Planning Lead",
            who=["Timur Rakhimov", "Bekzod Aliev"],
            emails=[
                "timur.rakhimov@silkroute-telecom.example",
                "bekzod.aliev@silkroute-telecom.example",
            ],
            notes="Exchange 'Canceled:' (METHOD:CANCEL) with 'West Asia Standard Time' "
            "(CLDR 001: Tashkent); only a promise of new options.",
        ),
    ),
    person(
        HARPREET,
        "req-on-hold-thursday-cancelled",
        "interview_cancelled",
        frm=("Owen Fairweather", "owen.fairweather@coastline-robotics.example"),
        subject="Thursday's onsite - bad news",
        date=dh("2039-03-22 17:48", "America/Vancouver"),
        body="""Hi Harpreet,

I'm really sorry to do this - we have to cancel your onsite this Thursday at 1pm. Leadership
put the Controls Engineer req on hold this afternoon while they rework the hardware roadmap.

It isn't a reflection on you at all, and if the role opens again in Q3 you'll be the first
person I call.

Owen Fairweather
Technical Recruiter, Coastline Robotics
""",
        label=lab(
            S3,
            "America/Vancouver",
            None,
            company="Coastline Robotics",
            role="Controls Engineer",
            notes="Cancelled because the requisition is on hold: interview_cancelled at the "
            "old time ('this Thursday at 1pm' against the Tuesday Date header).",
        ),
    ),
    vendor(
        FIONNUALA,
        "greenhouse-decision-after-onsite",
        "rejection",
        frm=("Liffey Payments", "no-reply@greenhouse-mail.io"),
        reply_to=("Saoirse Ennis", "saoirse.ennis@liffey-payments.example"),
        subject="Update on your application to Liffey Payments",
        date=dh("2039-04-05 10:12", "Europe/Dublin"),
        body="""Hi Fionnuala,

Thank you for the time you spent with our team last week. Everyone enjoyed meeting you.

After a lot of discussion we have decided to move forward with another candidate for the
Senior Backend Engineer role, whose payments experience was a closer match for what the
team needs right now.

We'd be glad to keep in touch about future openings.

Best wishes,
The Liffey Payments Talent Team
""",
        label=note(
            "Greenhouse rejection after the onsite.",
            company="Liffey Payments",
            role="Senior Backend Engineer",
        ),
    ),
    vendor(
        ANDREAS,
        "workable-not-moving-forward",
        "rejection",
        frm=("Limassol Shipping Group", "noreply@workablemail.com"),
        subject="Your application for Chartering Analyst",
        date=dh("2039-03-19 12:41", "Asia/Nicosia"),
        body="""Dear Andreas,

Thank you for applying for the Chartering Analyst position at Limassol Shipping Group.

We received a very large number of applications, and after reviewing yours carefully we
regret to let you know that we will not be inviting you to interview for this role.

We wish you every success in your search.

Kind regards,
Limassol Shipping Group Recruitment
""",
        label=note(
            "Workable rejection before any interview ('will not be inviting you to interview').",
            company="Limassol Shipping Group",
            role="Chartering Analyst",
        ),
    ),
    person(
        EWAN,
        "forthbridge-feedback-client-passes",
        "rejection",
        frm=("Catriona Muir", "catriona.muir@forthbridge-talent.example"),
        subject="Leith Quay Analytics - feedback",
        date=dh("2039-04-01 12:20", "Europe/London"),
        body="""Hi Ewan,

I've had feedback from Morag at Leith Quay. They liked your dbt walk-through a lot, but
they've decided to go with someone who has more experience running a small team, so they
won't be taking things further this time.

I know that's disappointing. I have two other analytics roles in Glasgow that I think would
suit you - can we chat on Monday?

Catriona
""",
        label=note(
            "Agency relays the client's rejection after the interview (and offers to talk "
            "about other roles, no time set).",
            company="Leith Quay Analytics",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        ALEXIS,
        "written-offer-merrowgate",
        "offer",
        frm=("Harriet Mensforth", "harriet.mensforth@merrowgate-capital.example"),
        to="Alexis Whitmore-Danso <aw.careers@example.com>",
        cc="Jonty Ashworth-Bell <jonty.ashworth@merrowgate-capital.example>",
        subject="Offer of employment - Credit Research Analyst",
        date=dh("2039-04-06 16:30", "Europe/London"),
        body="""Dear Alexis,

Following your conversations with Jonty and Priti, I am delighted to offer you the position
of Credit Research Analyst at Merrowgate Capital, based in our New York office.

Your base salary will be USD 145,000 per annum, with a discretionary bonus and the benefits
described in the attached offer letter. We would like you to start on Monday 2 May 2039,
subject to the usual background checks.

Please sign and return the letter by Wednesday 13 April if you wish to accept.

Kind regards,
Harriet Mensforth
HR Director, Merrowgate Capital
""",
        html=True,
        attachments=[pdf("Merrowgate_Offer_Letter_A_Whitmore-Danso.pdf")],
        label=note(
            "Written offer with salary and start date, to the user's second address.",
            company="Merrowgate Capital",
            role="Credit Research Analyst",
        ),
    ),
    vendor(
        RIN,
        "offer-letter-esign-tokyo",
        "offer",
        frm=("Shinagawa Mobility HR via DocuSign", "dse_na4@docusign.net"),
        reply_to=("Sato Mika", "mika.sato@shinagawa-mobility.example"),
        subject="Please DocuSign: Offer Letter - Okada Rin - Embedded Software Engineer",
        date=dh("2039-04-11 10:05", "Asia/Tokyo"),
        body="""Sato Mika sent you a document to review and sign.

REVIEW DOCUMENT

Sato Mika
mika.sato@shinagawa-mobility.example

Okada-san,

Congratulations! Please find attached your offer letter for the Embedded Software Engineer
position (annual salary JPY 9,600,000, start date 2039/06/01). Kindly review and sign by
2039/04/18.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or
access code with others.
""",
        label=note(
            "Offer sent through an e-signature service; Japanese names family-first, ISO dates.",
            company="Shinagawa Mobility",
            role="Embedded Software Engineer",
        ),
    ),
    raw_mail(
        PAOLO,
        "out-of-office-holy-week",
        "auto_reply",
        frm=("Jasmine Dela Cruz", "jasmine.delacruz@tagaytayridge-shared.example"),
        subject="Automatic reply: Final Interview Schedule - Workforce Analyst",
        date=dh("2039-04-04 08:01", "Asia/Manila"),
        extra=AUTO,
        body="""Hi! Thank you for your email.

I am on leave for Holy Week and will be back in the office on Monday, April 11, 2039. For
concerns about your application, please email careers@tagaytayridge-shared.example.

God bless!
Jasmine
""",
        label=note(
            "Out-of-office of the recruiter over Holy Week with a return date.",
            return_date="2039-04-11",
        ),
    ),
    raw_mail(
        TAVITA,
        "careers-mailbox-autoresponder",
        "auto_reply",
        frm=("Kaimoana Freight Careers", "careers@kaimoana-freight.example"),
        subject="Re: Interview for Pacific Trade Liaison",
        date=dh("2039-03-31 14:02", "Pacific/Auckland"),
        extra=[*AUTO, ("Precedence", "auto_reply")],
        body="""Kia ora,

Thanks for getting in touch with Kaimoana Freight. This mailbox is monitored during business
hours (Monday to Friday, 8.30am to 5pm NZ time) and we aim to reply within two working days.

If your message is about an interview that has already been arranged, please contact the
person who arranged it directly.

Ngā mihi,
Kaimoana Freight People & Culture
""",
        label=note(
            "Careers mailbox autoresponder answering the user's reply about an interview; "
            "no return date."
        ),
    ),
    own(
        k15.bounce(
            KWABENA,
            "bounce-reply-to-founder-typo",
            reporter="MAILER-DAEMON@mx1.example.net",
            date=dh("2039-04-05 07:12", "Africa/Accra"),
            text="""This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<efua@kente-ledgr.example>: Host or domain name not found. Name service error
    for name=kente-ledgr.example type=A: Host not found
""",
            status="""Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 4F2A11C03B
Arrival-Date: Tue,  5 Apr 2039 07:11:58 +0000 (GMT)

Final-Recipient: rfc822; efua@kente-ledgr.example
Original-Recipient: rfc822;efua@kente-ledgr.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=kente-ledgr.example type=A: Host not found
""",
            original="""Date: Tue, 5 Apr 2039 07:11:52 +0000
From: Kwabena Asante-Whitford <kwabena.asante@example.org>
To: Efua Mensah-Bonsu <efua@kente-ledgr.example>
Subject: Re: Backend role at Kente Ledger
Message-ID: <CAK8r2v-bounce-kente@mail.example.org>
""",
            label=note(
                "Postfix bounce of the user's reply (misspelt domain), headers only; an "
                "automatic message."
            ),
        )
    ),
    person(
        PARISA,
        "assistant-offers-windows-tehran",
        "scheduling_request",
        frm=("Shirin Rahmani", "shirin.rahmani@alborz-pharma.example"),
        subject="Meeting with Dr. Ghorbani - please choose a time",
        date=dh("2039-04-02 10:20", "Asia/Tehran"),
        body="""Dear Ms. Mousavi-Lang,

Dr. Ghorbani would like to meet you regarding the Regulatory Affairs Specialist position.
He is available at the following times next week (Tehran time):

1. Saturday 9 April, 10:00-11:00
2. Sunday 10 April, 14:00-15:00
3. Tuesday 12 April, 09:30-10:30

Could you please let me know which option suits you best? I will then send a calendar
invitation.

Best regards,
Shirin Rahmani
Executive Assistant to the CEO, Alborz Pharma
""",
        label=note(
            "An assistant offers three numbered windows (Iranian working week, Saturday "
            "included); nothing booked.",
            company="Alborz Pharma",
            role="Regulatory Affairs Specialist",
        ),
    ),
    person(
        TAMAR,
        "can-we-move-sunday-no-new-time",
        "scheduling_request",
        frm=("Noa Rubinstein", "noa.r@arava-optics.example"),
        subject="Re: Interview at Arava Optics - Sunday 27.3",
        date=dh("2039-03-24 09:05", "Asia/Jerusalem"),
        body="""Hi Tamar,

I'm afraid Yoav has been called to reserve duty for a few days, so we need to move Sunday's
interview. Could you send me two or three times that would work for you in the week of
3 April? Mornings are best for Shira.

Sorry for the change,
Noa
""",
        label=note(
            "Asks to move the interview and for the candidate's availability, without a "
            "new time: a scheduling request.",
            company="Arava Optics",
        ),
    ),
]
