"""Outcomes and automatic mail: rejections before and after interviews, offers (written,
verbal then written, an offer call), out-of-office answers, a talent newsletter (English)."""

from __future__ import annotations

from tests.eval23.authoring.kit import (
    AMARA,
    AUTO,
    DELPHINE,
    EZRA,
    GRIFFIN,
    HAMISH,
    IMANI,
    KIRRA,
    MAEVE,
    OSKAR,
    PERPETUA,
    SUNNY,
    TALIA,
    WREN,
    bulk,
    dh,
    gq,
    html_mail,
    note,
    pdf,
    person,
    raw_mail,
    thread,
    vendor,
)

MESSAGES = [
    person(
        OSKAR,
        "rejection-after-final-round-founder",
        "rejection",
        frm=("Henrik Sjöberg-Mwangi", "henrik@fjallrav-robotics.example"),
        subject="Re: Embedded role",
        date=dh("2042-03-02 18:12", "Europe/Stockholm"),
        body="""
Hi Oskar,

Thanks again for coming in last week and for the time you put into the take-home. It was
a close call, but we've decided to go with a candidate who has more motor-control
experience.

I genuinely enjoyed our conversations and would be happy to stay in touch - if we open
the firmware lead role later this year I'll let you know.

All the best,
Henrik
""",
        label=note("A plain human rejection after interviews.", company="Fjallrav Robotics"),
    ),
    vendor(
        EZRA,
        "greenhouse-rejection-after-onsite-payments",
        "rejection",
        frm=("Bluefin Systems", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Bluefin Systems",
        date=dh("2042-03-24 15:02", "America/Los_Angeles"),
        body="""
Hi Ezra,

Thank you for taking the time to interview with us for the Senior Software Engineer,
Payments role. We enjoyed getting to know you.

After careful consideration, we have decided not to move forward with your candidacy at
this time. This was a difficult decision given the strength of the candidates we met.

We'll keep your information on file and may reach out about future openings.

Best,
The Bluefin Systems Recruiting Team
""",
        label=note(
            "Greenhouse rejection after the onsite.",
            company="Bluefin Systems",
            role="Senior Software Engineer, Payments",
        ),
    ),
    vendor(
        GRIFFIN,
        "bamboohr-rejection-before-interview",
        "rejection",
        frm=("Talus Outdoor Co.", "notifications@app.bamboohr.com"),
        reply_to=("Talus Outdoor Co. Hiring", "jobs@talus-outdoor.example"),
        subject="Thank you for your interest in Talus Outdoor Co.",
        date=dh("2042-02-11 11:47", "America/Denver"),
        body="""
Hi Griffin,

Thank you for applying for the Retail Operations Lead position at Talus Outdoor Co.
We've reviewed your application and have decided to pursue other candidates whose
experience more closely matches our needs right now.

We appreciate your interest and encourage you to apply for future openings:
https://talusoutdoor.bamboohr.com/careers

Best,
Talus Outdoor Co.
""",
        label=note(
            "BambooHR rejection before any interview.",
            company="Talus Outdoor Co.",
            role="Retail Operations Lead",
        ),
    ),
    person(
        MAEVE,
        "agency-relays-kestrel-feedback-dublin",
        "rejection",
        frm=("Ronan Keaveney", "ronan.keaveney@brightwater-search.example"),
        subject="Kestrel Ledger - feedback",
        date=dh("2042-03-09 12:40", "Europe/Dublin"),
        body="""
Hi Maeve,

I've just had feedback from Kestrel Ledger. They really liked your pipeline experience,
but they've decided to offer the role to someone with more Kubernetes operator work
under their belt, so they won't be taking you forward this time.

Donnchadh did say he'd be keen to talk again in the autumn when they hire for the
second platform team. I'll keep an eye on it for you - and I've two other roles I'd love
to run past you. Free for a call tomorrow?

Ronan
""",
        label=note(
            "The agency relays the client's rejection after the interview (a call is only "
            "suggested, about other roles).",
            company="Kestrel Ledger",
        ),
    ),
    vendor(
        KIRRA,
        "teamtailor-rejection-sydney",
        "rejection",
        frm=("Bilby Bank", "bilbybank@teamtailor-mail.com"),
        subject="Your application for Senior Data Analyst at Bilby Bank",
        date=dh("2042-03-17 16:02", "Australia/Sydney"),
        body="""
Hi Kirra,

Thank you for applying for the Senior Data Analyst role at Bilby Bank. We've had a great
response and, after reviewing all applications, we won't be progressing yours to the
interview stage.

We'd love to keep in touch - join our talent community for future roles:
https://bilbybank.teamtailor.com/connect

Kind regards,
Bilby Bank People Team

Powered by Teamtailor
""",
        label=note(
            "Teamtailor rejection before interview.",
            company="Bilby Bank",
            role="Senior Data Analyst",
        ),
    ),
    person(
        DELPHINE,
        "written-offer-after-verbal-call",
        "offer",
        frm=("Harriet Quartey-Mensah", "harriet@ossicle-audio.example"),
        subject="Your offer from Ossicle Audio",
        date=dh("2042-03-27 17:30", "Europe/London"),
        body="""
Hi Delphine,

As promised on the phone this afternoon, please find attached your written offer for the
Senior Product Manager role: base salary CAD 168,000, 15% target bonus, and an equity
grant as described on page 2.

Have a read over the weekend and send any questions my way. We'd love an answer by
Friday 4 April, and we're hoping for a start in early May.

Really excited about this!

Harriet
""",
        label=note(
            "Written offer following a verbal offer.",
            company="Ossicle Audio",
            role="Senior Product Manager",
        ),
        attachments=[pdf("Ossicle_Audio_Offer_Letter_DOkwuosaMarsh.pdf")],
    ),
    person(
        TALIA,
        "offer-call-scheduled-tomorrow",
        "offer",
        frm=("Hugo Stanhope-Achebe", "hugo@quillmark-legal.example"),
        subject="Good news!",
        date=dh("2042-04-02 16:40", "Europe/London"),
        body="""
Hi Talia,

I'm really pleased to say we'd like to offer you the Legal Engineer role! Ottilie and I
were both impressed on Monday.

Could we grab 20 minutes tomorrow at 2pm UK time so I can walk you through the package
and answer questions? The formal offer letter will follow straight after the call.

Hugo
""",
        label=note(
            "An offer: the call it proposes is to go through the offer, not an interview "
            "(labelled by meaning).",
            company="Quillmark",
            role="Legal Engineer",
        ),
    ),
    vendor(
        HAMISH,
        "ashby-offer-ready-to-sign-auckland",
        "offer",
        frm=("Harakeke Labs", "no-reply@ashbyhq.com"),
        subject="Your offer from Harakeke Labs is ready",
        date=dh("2042-04-15 09:10", "Pacific/Auckland"),
        body="""
Hi Hamish,

Harakeke Labs has sent you an offer for the position of Senior Product Designer.

Review and sign your offer:
https://app.ashbyhq.com/offers/harakeke-labs/6dd21f

This link expires on 22 April 2042.

Powered by Ashby
""",
        label=note(
            "Ashby offer notification.",
            company="Harakeke Labs",
            role="Senior Product Designer",
        ),
    ),
    person(
        PERPETUA,
        "offer-salary-in-email-nairobi",
        "offer",
        frm=("Faith Wambui", "recruitment@mvule-microfinance.example"),
        subject="Offer of Employment - Credit Risk Analyst",
        date=dh("2042-03-06 15:20", "Africa/Nairobi"),
        body="""
Dear Perpetua,

Further to your interview on 24th February, we are pleased to offer you the position of
Credit Risk Analyst at a gross monthly salary of KES 310,000, plus medical cover for you
and your dependants and a 10% annual performance bonus.

Kindly confirm your acceptance by 13th March 2042. Your start date would be 1st April
2042, reporting to Dr. Wanjiku Mbugua-Ochieng.

Yours sincerely,
Faith Wambui
Human Resources, Mvule Microfinance
""",
        label=note(
            "Offer with salary in the body.",
            company="Mvule Microfinance",
            role="Credit Risk Analyst",
        ),
    ),
    raw_mail(
        SUNNY,
        "ooo-with-return-date-hong-kong",
        "auto_reply",
        frm=("Ho Wing-sze Vivian", "vivian.ho@junk-bay-securities.example"),
        subject="Automatic reply: Interview arrangement - Compliance Officer",
        date=dh("2042-02-14 09:02", "Asia/Hong_Kong"),
        extra=AUTO,
        body="""
Thank you for your email. I am on annual leave and will return to the office on 18 February 2042. For urgent matters please contact
hr@junk-bay-securities.example.

Vivian Ho
""",
        label=note("Out-of-office with a return date.", return_date="2042-02-18"),
    ),
    raw_mail(
        WREN,
        "ooo-no-return-date-recruiter",
        "auto_reply",
        frm=("Giselle Amoako-Brandt", "giselle.amoako@lanternfish-bio.example"),
        subject="Out of Office: Re: Quality Systems Lead - next steps",
        date=dh("2042-02-27 08:01", "America/New_York"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""
Hi there,

I'm currently out of the office with limited access to email. I'll respond as soon as I
can. For anything about an interview scheduled with Lanternfish Bio, please reach the
recruiting team at recruiting@lanternfish-bio.example.

Thanks,
Giselle
""",
        label=note("Out-of-office without a return date."),
    ),
    html_mail(
        IMANI,
        "talent-community-newsletter-how-we-interview",
        "bulk",
        frm=("Kettle & Ledger Careers", "careers-news@kettle-and-ledger.example"),
        subject="Inside Kettle & Ledger: how we interview, and what's new",
        date=dh("2042-03-25 10:00", "America/New_York"),
        extra=bulk(
            "<talent.kettle-and-ledger.example>",
            "https://kettle-and-ledger.example/talent/unsubscribe?id=8841",
        ),
        markup="""<h1>Inside Kettle &amp; Ledger</h1>
<p>Hi there,</p>
<p>Thanks for joining our talent community! This month we're pulling back the curtain on
<b>how we interview</b>: a 30-minute call with a recruiter, a 60-minute conversation with
the hiring manager, and a panel with three future teammates.</p>
<p>Open roles: Senior Accountant, FP&amp;A Analyst, Controller.</p>
<p><a href="https://kettle-and-ledger.example/careers">See all openings</a></p>
<p style="font-size:11px">You're receiving this because you joined our talent
community. <a href="https://kettle-and-ledger.example/talent/unsubscribe?id=8841">
Unsubscribe</a></p>""",
        label=note("A talent-community newsletter describing the interview process."),
    ),
    person(
        AMARA,
        "reply-thread-rejection-after-thanks",
        "rejection",
        frm=("Gethin Llewellyn-Achebe", "gethin.llewellyn@greywether-homes.example"),
        subject="Re: Thank you",
        date=dh("2042-04-08 13:05", "Europe/London"),
        body=thread(
            """
Dear Amara,

Thank you for your kind note, and for your time last week. I'm afraid we've decided to
offer the position to another candidate whose land-promotion background was a closer
fit. It was a very close decision.

I'd be glad to give you some feedback over the phone if that would help.

Kind regards,
Gethin
""",
            gq(
                "2042-04-01 17:20",
                "Europe/London",
                "Amara Nwankwo-Beale <amara.nwankwo@example.org>",
                "Dear Gethin, thank you and Ffion for your time today. I really enjoyed "
                "the conversation. Best wishes, Amara",
            ),
        ),
        label=note("Rejection on top of the user's thank-you note.", company="Greywether Homes"),
    ),
]
