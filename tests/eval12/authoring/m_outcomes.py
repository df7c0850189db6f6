"""Rejections and offers in the shapes ATS vendors and people send them."""

from __future__ import annotations

from .kit import (
    ANAHERA,
    BRODY,
    DEFNE,
    HAMISH,
    JUNJIE,
    KEOLA,
    LACHIE,
    NOELANI,
    PUTRI,
    SHIRIN,
    TALLULAH,
    THIRI,
    XINYI,
    Msg,
    ats,
    dh,
    mail,
    mid,
    note,
    quoted,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================== Rejections =====================================================
add(
    ats(
        LACHIE,
        "lever-after-final-round-not-progressing-coolabah",
        "rejection",
        frm=("Coolabah Energy", "no-reply@hire.lever.co"),
        reply_to=("Priya Sethna", "priya.sethna@coolabahenergy.example"),
        subject="Your application to Coolabah Energy",
        date=dh("2031-04-16 14:02", "Australia/Melbourne"),
        body="""Hi Lachlan,

Thank you for taking the time to meet the team last week. It was a genuinely tough decision, but we've decided to move forward with another candidate whose experience is more closely aligned with the needs of the role right now.

We really appreciated your thoughtful answers in the systems design session and would love to stay in touch for future roles.

All the best,
Priya Sethna
Talent Partner
""",
        label=note("Warm rejection after a final round.", company="Coolabah Energy"),
    )
)
add(
    ats(
        TALLULAH,
        "workday-status-update-position-filled-sonoran",
        "rejection",
        frm=("Sonoran Regional Hospital", "sonoranregional@myworkday.com"),
        subject="Update on your application: R-55120 Lab Assistant II",
        date=dh("2031-02-27 19:30", "America/Phoenix"),
        body="""Dear Tallulah,

Thank you for your interest in the Lab Assistant II position (R-55120). We wanted to let you know that this position has now been filled. We encourage you to review other opportunities on our careers site.

Sincerely,
Sonoran Regional Hospital Talent Acquisition
""",
        label=note("Workday 'position has been filled'.", company="Sonoran Regional Hospital"),
    )
)
add(
    mail(
        HAMISH,
        "hiring-manager-personal-no-sorry-kelpie-studios",
        "rejection",
        frm=("Rory Fairbairn", "rory@kelpiestudios.example"),
        subject="Re: Finance Lead",
        date=dh("2031-03-14 18:48", "Europe/London"),
        in_reply_to=mid("kelpie-thanks", "example.com"),
        body="""Hi Hamish,

Thanks for coming in on Tuesday - I really enjoyed the chat. I'm sorry to say we've gone with someone who's run a studio's books before; it came down to that in the end. Please don't be a stranger if something else comes up.

Rory
"""
        + quoted(
            "2031-03-11 19:05",
            "Europe/London",
            "Hamish Strachan-Boyd <hamish.strachanboyd@example.com>",
            "Hi Rory, thanks again for today - great to meet you and the team. Hamish",
        ),
        label=note(
            "Personal rejection in a thread, quoting the user's thank-you.",
            company="Kelpie Studios",
        ),
    )
)
add(
    ats(
        JUNJIE,
        "ashby-not-selected-before-interview-sentosa-ai",
        "rejection",
        frm=("Sentosa AI", "no-reply@ashbyhq.com"),
        subject="Sentosa AI | Machine Learning Engineer",
        date=dh("2031-03-05 02:11", "Asia/Singapore"),
        body="""Hi Jun Jie,

Thank you for applying to the Machine Learning Engineer role at Sentosa AI. After reviewing your application, we won't be moving forward at this time. We received a high volume of applications and had to make some difficult choices.

We wish you the best in your search.

The Sentosa AI Team
""",
        label=note("Ashby rejection at application stage.", company="Sentosa AI"),
    )
)
add(
    mail(
        SHIRIN,
        "rejection-mentions-interview-date-alborz-cosmetics",
        "rejection",
        frm=("Alborz Cosmetics HR", "hr@alborzcosmetics.example"),
        subject="Regarding your interview on 18 February",
        date=dh("2031-02-25 10:20", "Asia/Tehran"),
        body="""Dear Ms. Ghasemi-Rad,

Thank you for attending the interview on 18 February for the Regulatory Affairs Officer position. After careful consideration, the committee has selected a candidate whose experience better matches our immediate needs.

We will keep your CV on file for six months.

Kind regards,
HR Department, Alborz Cosmetics
""",
        label=note(
            "Rejection naming a past interview date (a trap for date readers).",
            company="Alborz Cosmetics",
        ),
    )
)
add(
    ats(
        KEOLA,
        "smartrecruiters-other-candidates-kona-coffee",
        "rejection",
        frm=("Kona Ridge Coffee", "jobs@smartrecruiters.com"),
        subject="Thank you for your interest in Kona Ridge Coffee",
        date=dh("2031-04-04 12:00", "Pacific/Honolulu"),
        body="""Aloha Keola,

Mahalo for your interest in the Supply Chain Coordinator role. While your background is impressive, we have decided to pursue other candidates for this position.

We encourage you to apply for future openings.

Kona Ridge Coffee Recruiting
""",
        label=note("SmartRecruiters rejection.", company="Kona Ridge Coffee"),
    )
)
add(
    ats(
        XINYI,
        "greenhouse-rejection-after-onsite-huangpu-robotics",
        "rejection",
        frm=("Huangpu Robotics", "no-reply@greenhouse-mail.io"),
        subject="Update from Huangpu Robotics",
        date=dh("2031-04-02 09:15", "Asia/Shanghai"),
        body="""Dear Xinyi,

Thank you for interviewing with us for the Perception Engineer role. The team enjoyed meeting you. Unfortunately, we have decided not to proceed with your candidacy at this stage.

We wish you every success.

Huangpu Robotics Recruiting
""",
        label=note("Greenhouse rejection after an onsite.", company="Huangpu Robotics"),
    )
)
add(
    mail(
        THIRI,
        "agency-client-went-another-way-irrawaddy",
        "rejection",
        frm=("Zaw Min Htut", "zawminhtut@goldenlandsearch.example"),
        subject="Feedback - Shwe Taung Bank",
        date=dh("2031-03-18 16:30", "Asia/Yangon"),
        body="""Hi Thiri,

I just heard back from Shwe Taung Bank. They've decided to go with an internal candidate for the Treasury Analyst role, so they won't be progressing your application. They did say your technical interview was strong.

I'll keep you in mind for the two other finance roles I'm working on.

Zaw Min Htut
Golden Land Search
""",
        label=note("Agency relays a rejection.", company="Shwe Taung Bank"),
    )
)

# ============================== Offers =========================================================
add(
    ats(
        NOELANI,
        "docusign-offer-letter-tidewater-biotech",
        "offer",
        frm=("Tidewater Biotech via DocuSign", "dse_na3@docusign.net"),
        subject="Please DocuSign: Noelani Sakamoto-Pierce - Offer Letter - Tidewater Biotech",
        date=dh("2031-04-11 15:20", "America/Los_Angeles"),
        body="""Priscilla Huang sent you a document to review and sign.

Hi Noelani, congratulations! Please review and sign your offer letter for Senior Process Engineer. Let me know if you have any questions about the compensation package.

REVIEW DOCUMENT

Do Not Share This Email
This email contains a secure link to DocuSign.
""",
        label=note("DocuSign offer envelope.", company="Tidewater Biotech"),
    )
)
add(
    mail(
        BRODY,
        "verbal-offer-follow-up-email-switchback",
        "offer",
        frm=("Kendra Ostrowski", "kendra@switchbackgear.example"),
        subject="Offer - Ops Lead",
        date=dh("2031-03-12 20:05", "America/Denver"),
        body="""Brody,

Great talking earlier. As promised, here's what we discussed in writing: Ops Lead, $78,000 base, 3% profit share, full benefits after 30 days, start date April 7. Formal letter to follow from our payroll provider.

Stoked to have you on board - let me know by Friday.

Kendra
""",
        label=note("Written follow-up of a verbal offer.", company="Switchback Gear"),
    )
)
add(
    ats(
        PUTRI,
        "offering-letter-jakarta-garuda-retail",
        "offer",
        frm=("Garuda Retail Recruitment", "recruitment@garudaretail.example"),
        subject="Offering Letter - Store Operations Management Trainee",
        date=dh("2031-04-24 14:00", "Asia/Jakarta"),
        body="""Dear Putri Wulandari Siregar,

Congratulations! We are pleased to offer you the position of Store Operations Management Trainee with a monthly gross salary of IDR 9.500.000, starting 2 June 2031. Please find the offering letter attached and return it signed by 30 April 2031.

Best regards,
Recruitment Team, Garuda Retail
""",
        label=note("Indonesian-English offering letter.", company="Garuda Retail"),
    )
)
add(
    mail(
        ANAHERA,
        "offer-pending-references-kauri-legal",
        "offer",
        frm=("Hemi Walker", "hemi.walker@kaurilegal.example"),
        to="anahera.mahi@example.net",
        subject="Graduate Solicitor - offer",
        date=dh("2031-04-10 17:30", "Pacific/Auckland"),
        body="""Kia ora Anahera,

Thank you for coming in last week. I'm delighted to offer you the Graduate Solicitor role, starting 2 June on $68,000. The offer is subject to satisfactory reference checks, which we'll start once you accept. Our HR team will send the employment agreement tomorrow.

Ngā mihi,
Hemi Walker
Partner, Kauri Legal
""",
        label=note("Conditional offer (references).", company="Kauri Legal"),
    )
)
add(
    ats(
        DEFNE,
        "offer-via-ats-bosphorus-textil",
        "offer",
        frm=("Bosphorus Tekstil Careers", "no-reply@hire.lever.co"),
        subject="Your offer from Bosphorus Tekstil",
        date=dh("2031-03-11 11:45", "Europe/Istanbul"),
        body="""Hi Defne,

We're excited to extend you an offer for the Sourcing Manager position! Please review your offer details and accept or decline using the link below by March 18.

https://bosphorustextil.example/offer/da-9921

Murat Özdemir
Bosphorus Tekstil
""",
        label=note("Lever offer link.", company="Bosphorus Tekstil"),
    )
)
