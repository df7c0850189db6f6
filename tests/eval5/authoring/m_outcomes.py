"""Outcomes: rejections (warm after a full loop, terse, ATS, agency, Japanese) and offers
(verbal follow-up, offer portal, DocuSign, Dropbox Sign, agency, HRIS letter)."""

from __future__ import annotations

from .kit import (
    AYESHA,
    BRENT,
    DESMOND,
    DILANI,
    HARPER,
    ISLA,
    JARRAH,
    KAYLEE,
    KENTA,
    KWAME,
    MIA,
    NEDA,
    OKSANA,
    WINGYAN,
    Msg,
    ats,
    dh,
    human,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

add(
    human(
        DESMOND,
        "warm-rejection-after-loop",
        "rejection",
        frm=("Sophie Anand", "sophie.anand@vantagequay.example"),
        subject="Credit Analyst - thank you",
        date=dh("2027-11-19 16:30:00", "America/New_York"),
        mailer="outlook",
        body="""Hi Desmond,

Thank you for all the time you gave us over the last few weeks. The whole panel enjoyed meeting you, and this was a genuinely close call. In the end we've offered the role to someone with more direct leveraged-finance experience.

I'd be very happy to share more detailed feedback on a call if that would help - just pick any time next week. And please keep an eye on our openings in the spring.

All the best,
Sophie""",
        label=note(
            "Warm rejection after the full loop with a feedback call offer.",
            company="Vantage Quay Capital",
        ),
    )
)

add(
    human(
        HARPER,
        "terse-rejection-one-line",
        "rejection",
        frm=("Jun Matsuda", "jun.matsuda@ferrylinegames.example"),
        subject="Re: Gameplay engineer",
        date=dh("2027-11-02 19:10:00", "America/Los_Angeles"),
        mailer="iphone",
        body="Hi Harper - we're not moving forward. Thanks for your time.\n\nJun\n\nSent from my iPhone",
        label=note("One-line rejection from a phone."),
    )
)

add(
    ats(
        ISLA,
        "greenhouse-rejection-edinburgh",
        "rejection",
        frm=("Heatherbloom Bank", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Heatherbloom Bank",
        date=dh("2027-11-26 11:00:00", "Europe/London"),
        body="""Dear Isla,

Thank you for interviewing for the Data Governance Manager position. After careful consideration, we have decided to progress with other candidates whose experience more closely matches our current needs.

We appreciate your interest in Heatherbloom Bank and wish you every success.

Heatherbloom Bank Talent Acquisition""",
        label=note("Greenhouse rejection after interviews.", company="Heatherbloom Bank"),
    )
)

add(
    ats(
        KAYLEE,
        "workday-rejection-noreply",
        "rejection",
        frm=("Northstar Borough Utilities", "northstarutilities@myworkday.com"),
        subject="Update on your application: GIS Technician II",
        date=dh("2027-10-29 08:00:00", "America/Anchorage"),
        body="""Dear Kaylee,

Thank you for your interest in the GIS Technician II position. We regret to inform you that you have not been selected to move forward. Your candidate profile will remain active in our system.

This is an automated message; please do not reply.""",
        label=note(
            "Workday rejection; 'automated message' but it is an outcome, not an auto-reply.",
            company="Northstar Borough Utilities",
        ),
    )
)

add(
    ats(
        AYESHA,
        "lever-rejection-karachi",
        "rejection",
        frm=("Fenwick Analytics", "no-reply@hire.lever.co"),
        subject="Following up on your Fenwick Analytics application",
        date=dh("2027-11-09 07:00:00", "America/Chicago"),
        html_only=True,
        body="""Hi Ayesha,

Thanks again for interviewing for our Test Engineering Manager role. We've decided to pursue other candidates at this time, but we were impressed by your automation background and would love to stay in touch.

Best,
Fenwick Analytics Recruiting""",
        label=note("Lever HTML-only rejection after interviews.", company="Fenwick Analytics"),
    )
)

add(
    ats(
        JARRAH,
        "ashby-rejection-darwin",
        "rejection",
        frm=("Saltbush Energy", "no-reply@ashbyhq.com"),
        subject="Saltbush Energy - Grid Integration Analyst",
        date=dh("2027-10-20 10:00:00", "Australia/Brisbane"),
        body="""Hi Jarrah,

Thank you for taking the time to meet Mereana. Unfortunately we won't be progressing your application further. We know this isn't the news you hoped for.

All the best,
Saltbush Energy Talent""",
        label=note("Ashby rejection after one interview.", company="Saltbush Energy"),
    )
)

add(
    human(
        KWAME,
        "agency-rejection-proposes-call",
        "rejection",
        frm=("Efua Boateng", "efua.boateng@goldcoastsearch.example"),
        subject="Akwaaba Telecom - feedback",
        date=dh("2027-10-27 16:00:00", "Africa/Accra"),
        mailer="outlook",
        body="""Hi Kwame,

I've heard back from Akwaaba Telecom and unfortunately they've decided not to proceed; they went with an internal candidate. They did say your billing migration examples were strong.

Can I give you a quick call tomorrow to talk through two other roles I think you'd suit?

Efua""",
        label=note(
            "Agency rejection that proposes a call (still a rejection).", company="Akwaaba Telecom"
        ),
    )
)

add(
    mail(
        KENTA,
        "iso2022jp-fusaiyo-osaka",
        "rejection",
        frm=("株式会社なにわ精機 採用担当", "saiyo@naniwaseiki.example"),
        subject="選考結果のご連絡",
        date=dh("2027-10-22 17:00:00", "Asia/Tokyo"),
        body="""森本 健太 様

先日はお忙しい中、一次面接にお越しいただき誠にありがとうございました。
慎重に検討いたしました結果、誠に残念ながら今回はご期待に添いかねる結果となりました。

末筆ながら、森本様の今後のご活躍を心よりお祈り申し上げます。

株式会社なにわ精機 人事部 採用担当""",
        charset="iso-2022-jp",
        cte="7bit",
        name_charset="iso-2022-jp",
        name_method="B",
        subject_method="B",
        label=note("Japanese rejection (ISO-2022-JP, the 'oinori' formula).", company="なにわ精機"),
    )
)

add(
    human(
        MIA,
        "verbal-offer-recap-melbourne",
        "offer",
        frm=("Sienna Marchetti-Boyd", "sienna.mb@potoroohealth.example"),
        subject="Great speaking today!",
        date=dh("2027-11-03 17:20:00", "Australia/Melbourne"),
        body="""Hi Mia,

Lovely to speak this afternoon - as promised, a quick summary of what Ewan offered on the phone: Design Lead, $168,000 base plus super, 4 days a week in the office can flex to 3, start date in January.

The written contract will come through Rippling by Friday. Any questions in the meantime, call me.

Sienna""",
        label=note("Verbal-offer follow-up summarising terms.", company="Potoroo Health"),
    )
)

add(
    ats(
        DILANI,
        "offer-portal-colombo",
        "offer",
        frm=("Kestrelpoint", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Amara Jayawardena", "amara.j@kestrelpoint.example"),
        subject="Your offer from Kestrelpoint is ready to review",
        date=dh("2027-11-15 12:00:00", "Asia/Colombo"),
        body="""Hi Dilani,

Congratulations! Your offer for Senior Data Analyst is ready. Review and sign it here before it expires on 22 November:

https://app.greenhouse.io/offers/candidate/9d2e1f

Kestrelpoint Talent Team""",
        label=note("Greenhouse offer portal link with an expiry.", company="Kestrelpoint"),
    )
)

add(
    ats(
        OKSANA,
        "docusign-offer-kyiv",
        "offer",
        frm=("Amberglass Games via DocuSign", "dse@eumail.docusign.net"),
        subject="Completed? Please DocuSign: Amberglass Games - Offer Letter - Oksana Hrytsenko",
        date=dh("2027-11-12 15:30:00", "Europe/Kyiv"),
        body="""Hanna Tkachuk sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=5c8f2b

Hanna Tkachuk
hanna.tkachuk@amberglassgames.example

Hi Oksana, please find your offer letter for the Live Ops Producer role attached for signature. Welcome aboard!

Do Not Share This Email""",
        label=note("DocuSign envelope with the offer letter.", company="Amberglass Games"),
    )
)

add(
    ats(
        NEDA,
        "dropbox-sign-offer-tehran",
        "offer",
        frm=("Alborz Cloud via Dropbox Sign", "noreply@mail.hellosign.com"),
        subject='Farzaneh Rostami has requested your signature on "Employment Offer - SRE"',
        date=dh("2027-11-17 11:40:00", "Asia/Tehran"),
        body="""Farzaneh Rostami (farzaneh.rostami@alborzcloud.example) has requested your signature on "Employment Offer - SRE".

Message: Dear Neda, we are delighted to offer you the Site Reliability Engineer position. Please review and sign by next Wednesday.

Review & sign: https://app.hellosign.com/sign/4a7e0b

Powered by Dropbox Sign""",
        label=note("Dropbox Sign (HelloSign) offer for e-signature.", company="Alborz Cloud"),
    )
)

add(
    human(
        WINGYAN,
        "agency-offer-hongkong",
        "offer",
        frm=("Vivian Tsang", "vivian.tsang@pearlrivertalent.example"),
        subject="OFFER - Junk Bay Logistics",
        date=dh("2027-10-26 19:05:00", "Asia/Hong_Kong"),
        mailer="outlook",
        body="""Hi Wing-yan,

Fantastic news - Junk Bay Logistics would like to offer you the Procurement Manager position!

Base: HK$62,000 x 13 months
Bonus: up to 2 months, performance-based
Annual leave: 18 days
Start: 1 December or after your notice period

They'd like an answer by Friday. Shall we talk tonight?

Vivian""",
        label=note("Agency relays an offer with terms.", company="Junk Bay Logistics"),
    )
)

add(
    ats(
        BRENT,
        "rippling-offer-letter-regina",
        "offer",
        frm=("Wheatland Ag Tech via Rippling", "no-reply@rippling.com"),
        subject="Action required: sign your offer letter from Wheatland Ag Tech",
        date=dh("2027-11-05 09:00:00", "America/Regina"),
        body="""Hi Brent,

Wheatland Ag Tech has sent you an offer letter for the Field Sales Representative position. Sign in to review and accept your offer:

https://app.rippling.com/offer/review/6e21d

Rippling""",
        label=note("Rippling offer letter to sign.", company="Wheatland Ag Tech"),
    )
)
