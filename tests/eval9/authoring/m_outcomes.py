"""Rejections and offers, some of them quoting or naming earlier interview times."""

from __future__ import annotations

from .kit import (
    BRODIE,
    DAKOTA,
    DESHAWN,
    DILINI,
    GRAYSON,
    HARPREET,
    JOLINA,
    KWAME,
    MCKENNA,
    ROHIT,
    SEOYEON,
    TANVIR,
    USMAN,
    WANJIRU,
    ZOFIA,
    Msg,
    d,
    dh,
    html_page,
    mail,
    mid,
    note,
    paras,
    quoted,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================ Rejections ================================================

add(
    mail(
        JOLINA,
        "greenhouse-update-application-bayanihan",
        "rejection",
        frm=("Bayanihan Cloud", "no-reply@us.greenhouse-mail.io"),
        subject="Update on your Bayanihan Cloud application",
        date=dh("2029-03-28 09:12:00", "Asia/Manila"),
        body="""Hi Jolina,

Thank you for your interest in the Technical Support Manager position at Bayanihan Cloud and for taking the time to speak with our team.

We've carefully reviewed your background and, unfortunately, we've decided to move forward with other candidates whose experience more closely matches our current needs.

We appreciate your interest and wish you the best in your search.

Best,
The Bayanihan Cloud Recruiting Team
""",
        html_auto=True,
        label=note(
            "Greenhouse form rejection.",
            company="Bayanihan Cloud",
            role="Technical Support Manager",
        ),
    )
)

add(
    mail(
        HARPREET,
        "warm-no-after-final-round-feedback-call",
        "rejection",
        frm=("Sunita Bhattacharjee", "sunita.b@glacierpointlabs.example"),
        subject="Following up on your final round",
        date=dh("2029-04-26 14:22:00", "America/Vancouver"),
        body="""Hi Harpreet,

Thank you so much for spending most of Tuesday with us - the team really enjoyed meeting you, and your clinical data walkthrough was one of the best we've seen.

This was a genuinely hard decision, but we've decided to extend an offer to another candidate whose experience with FDA submissions was a closer fit for where the team is right now.

If it would be helpful, I'd be glad to set up a 20-minute call to share more detailed feedback - just reply and suggest a time. I really hope our paths cross again.

Warmly,
Sunita Bhattacharjee
Director of Talent, Glacier Point Labs
""",
        label=note(
            "Warm rejection after a final round, with an offer of a feedback call (still a "
            "rejection; no time fixed).",
            company="Glacier Point Labs",
        ),
    )
)

add(
    mail(
        DAKOTA,
        "workday-status-not-selected",
        "rejection",
        frm=("Borealis Energy Careers", "borealisenergy@myworkday.com"),
        subject="Your application status for Field Safety Coordinator (R-3310)",
        date=dh("2029-02-26 06:00:00", "America/Anchorage"),
        to="dakota.jobs.ak@example.com",
        body="""Dear Dakota,

Thank you for applying for the Field Safety Coordinator (R-3310) position at Borealis Energy.

After careful review, we regret to inform you that you have not been selected to move forward in the recruitment process for this position. We encourage you to continue to explore opportunities with us.

Regards,
Borealis Energy Talent Acquisition
""",
        label=note(
            "Workday 'not selected' notice.",
            company="Borealis Energy",
            role="Field Safety Coordinator",
        ),
    )
)

add(
    mail(
        SEOYEON,
        "ashby-html-rejection-nimbusforge",
        "rejection",
        frm=("Nimbusforge", "no-reply@ashbyhq.com"),
        subject="Nimbusforge | Your application",
        date=dh("2029-04-04 02:30:00", "Asia/Seoul"),
        rich=html_page(
            paras(
                """Hi Ha-eun,

Thanks for applying to the Senior ML Engineer role at Nimbusforge and for the time you spent on the technical interview.

After much discussion, we won't be moving forward with your application at this time. We'll keep your profile on file and may reach out about future roles that fit.

All the best,
Nimbusforge Talent"""
            )
        ),
        label=note(
            "Ashby HTML-only rejection after an interview.",
            company="Nimbusforge",
            role="Senior ML Engineer",
        ),
    )
)

add(
    mail(
        MCKENNA,
        "founder-personal-no-ridgeback",
        "rejection",
        frm=("Amos Littlewolf", "amos@ridgebackfab.example"),
        subject="Re: thanks for coming by",
        date=dh("2029-03-24 19:10:00", "America/Denver"),
        in_reply_to=mid("ridgeback-thanks", "mail.gmail.com"),
        body="""McKenna - really appreciated you driving out to the shop Tuesday. I'm going to be straight with you: we're going with someone who's run a CNC cell before, because I can't afford ramp-up time this quarter. You're sharp and I'd hire you in a year when we're bigger. Keep in touch.

Amos
""",
        label=note(
            "Founder's personal rejection after an in-person visit.",
            company="Ridgeback Fabrication",
        ),
    )
)

add(
    mail(
        TANVIR,
        "talent-community-rejection-dhaka",
        "rejection",
        frm=("Meghna Telecom Careers", "careers@meghnatel.example"),
        subject="Regarding your application - Senior Mobile Engineer",
        date=dh("2029-04-18 11:00:00", "Asia/Dhaka"),
        body="""Dear Tanvir Hossain Rafi,

Thank you for applying for the Senior Mobile Engineer position. We received many strong applications and, after careful consideration, we will not be inviting you to the next stage.

We have added your profile to our talent community and will contact you when a suitable role opens. You can update your preferences at any time in the candidate portal.

Sincerely,
Talent Acquisition, Meghna Telecom
""",
        label=note(
            "Rejection before interview, with a talent-community note.", company="Meghna Telecom"
        ),
    )
)

add(
    mail(
        WANJIRU,
        "agency-client-went-internal-nairobi",
        "rejection",
        frm=("Brian Kiprono", "brian.kiprono@acaciatalent.example"),
        subject="Rift Dairy - feedback",
        date=dh("2029-03-16 10:05:00", "Africa/Nairobi"),
        body="""Hi Nyokabi,

I've just had feedback from Rift Dairy. They were impressed with you, but the board has decided to appoint their acting finance lead internally, so they won't be proceeding with external candidates.

I know that's disappointing. I have two other finance roles coming up in April that I think fit you well - let's catch up next week.

Regards,
Brian
""",
        label=note(
            "Agency passes on the client's decision after the interview (internal hire).",
            company="Rift Dairy Cooperative",
        ),
    )
)

S = "2029-03-22 11:00"
add(
    mail(
        KWAME,
        "rejection-quoting-final-interview-accra",
        "rejection",
        frm=("Philippa Hargreaves", "philippa.hargreaves@harrowgatecocoa.example"),
        subject="RE: Kwame Asante-Boakye - Final interview - Harrowgate Cocoa Trading",
        date=dh("2029-04-03 16:40:00", "Europe/London"),
        body="""Dear Kwame,

Thank you again for meeting Nana and Lewis for your final interview. It was a close decision, but we have offered the role to a candidate with more direct experience of forward contracting.

We were impressed by your knowledge of the Ghanaian market and would like to stay in touch.

Kind regards,
Philippa Hargreaves
HR Manager
"""
        + quoted(
            "2029-03-16 15:05",
            "Europe/London",
            "Philippa Hargreaves",
            f"Dear Kwame, your final interview has been moved to {d(S, 'uk')} at 11:00 (London "
            "time). You will meet Nana Ofori-Atta and Lewis Brennan.",
            style="outlook",
        ),
        label=note(
            "Rejection after the final interview, quoting the earlier (past) interview time.",
            company="Harrowgate Cocoa Trading",
        ),
    )
)

add(
    mail(
        ROHIT,
        "lever-application-update-suva",
        "rejection",
        frm=("Pacific Reach Airways", "no-reply@hire.lever.co"),
        subject="Your application to Pacific Reach Airways",
        date=dh("2029-04-11 08:30:00", "Pacific/Fiji"),
        body="""Hi Rohit,

Thank you for your application for Network Planning Manager at Pacific Reach Airways. After reviewing your experience, we have decided not to progress your application further on this occasion.

We wish you every success.

Pacific Reach Airways People Team
""",
        label=note(
            "Lever form rejection.",
            company="Pacific Reach Airways",
            role="Network Planning Manager",
        ),
    )
)

# ============================ Offers =====================================================

add(
    mail(
        GRAYSON,
        "greenhouse-offer-letter-sign",
        "offer",
        frm=("Tidewright Insurance", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Priya Chakraborty", "priya.chakraborty@tidewright.example"),
        subject="Your offer from Tidewright Insurance",
        date=dh("2029-04-20 12:00:00", "America/New_York"),
        body="""Hi Grayson,

Congratulations! We are thrilled to extend you an offer to join Tidewright Insurance as Pricing Actuary.

Please review and sign your offer letter using the secure link below. The offer expires on April 27, 2029.

Review offer: https://app.greenhouse.io/offers/7cd21f0a

Welcome aboard!
Priya Chakraborty
""",
        html_auto=True,
        label=note(
            "Greenhouse offer letter to e-sign, with an expiry.",
            company="Tidewright Insurance",
            role="Pricing Actuary",
        ),
    )
)

add(
    mail(
        ZOFIA,
        "docusign-offer-vistula-bank",
        "offer",
        frm=("Vistula Digital Bank via DocuSign", "dse_na3@docusign.net"),
        subject="Please DocuSign: Offer Letter - Zofia Wiśniewska-Lis - Security Engineer",
        date=dh("2029-04-30 10:44:00", "Europe/Warsaw"),
        body="""Vistula Digital Bank sent you a document to review and sign.

REVIEW DOCUMENT

Anna Górecka
anna.gorecka@vistulabank.example

Dear Zofia, please find your offer letter for the Security Engineer position attached for signature. We are very happy to have you on board!

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""",
        label=note(
            "DocuSign envelope carrying an offer letter.",
            company="Vistula Digital Bank",
            role="Security Engineer",
        ),
    )
)

add(
    mail(
        DESHAWN,
        "verbal-offer-followup-call-time",
        "offer",
        frm=("Gloria Penhallow", "gloria.penhallow@lakeportbank.example"),
        subject="Offer - Commercial Credit Analyst",
        date=dh("2029-04-02 17:30:00", "America/Chicago"),
        body=f"""Hi DeShawn,

Following up on our call this afternoon: I'm delighted to confirm our offer for the Commercial Credit Analyst role - base salary of $86,000, a 10% target bonus, and a start date of April 30.

HR will send the formal letter tomorrow. Let's talk through any questions on {d("2029-04-04", "us")} at {t12("2029-04-04 16:00")} - I'll call your cell.

Congratulations!
Gloria
""",
        label=note(
            "Offer with terms; the follow-up call it names is not an interview.",
            company="Lakeport Community Bank",
            role="Commercial Credit Analyst",
        ),
    )
)

add(
    mail(
        BRODIE,
        "agency-offer-terms-adelaide",
        "offer",
        frm=("Kym Thredgold", "kym.thredgold@gulfstreetrecruit.example"),
        subject="Offer!! Quorn Systems - Solutions Engineer",
        date=dh("2029-04-17 15:05:00", "Australia/Adelaide"),
        body="""Brodie,

Great news mate - Quorn Systems want you. Verbal offer as follows:

- Solutions Engineer, permanent full time
- $142k base + super, $20k on-target commission
- Start date negotiable, they'd love 20 May

Contract will come through from their People team once you say yes. Give me a buzz when you've had a think.

Kym Thredgold
Gulf Street Recruitment
""",
        label=note(
            "Agency passes on a verbal offer with terms.",
            company="Quorn Systems",
            role="Solutions Engineer",
        ),
    )
)

add(
    mail(
        DILINI,
        "conditional-offer-background-check",
        "offer",
        frm=("Lagoon Bay Apparel HR", "hr@lagoonbay.example"),
        subject="Conditional offer of employment - Merchandising Executive",
        date=dh("2029-03-26 14:00:00", "Asia/Colombo"),
        body="""Dear Dilini,

We are pleased to offer you the position of Merchandising Executive, subject to satisfactory reference and background checks. Your monthly salary will be LKR 285,000 with the benefits described in the attached letter.

Kindly sign and return the letter by 2 April 2029 and complete the background verification form.

Yours sincerely,
Ruwan Jayasekara
Merchandising Manager
""",
        label=note(
            "Offer conditional on checks.",
            company="Lagoon Bay Apparel",
            role="Merchandising Executive",
        ),
    )
)

add(
    mail(
        USMAN,
        "rippling-offer-khyber-cloud",
        "offer",
        frm=("Khyber Cloud via Rippling", "no-reply@rippling.com"),
        subject="You have a new offer letter from Khyber Cloud",
        date=dh("2029-04-28 18:30:00", "Asia/Karachi"),
        body="""Hi Usman,

Khyber Cloud has sent you an offer letter for the role of Senior Platform Engineer.

View and sign your offer: https://app.rippling.com/offer/5521ab

This offer expires in 7 days. If you have questions, contact Ayesha Siddiqui-Rana.

The Rippling Team, on behalf of Khyber Cloud
""",
        label=note(
            "Rippling offer-letter notification.",
            company="Khyber Cloud",
            role="Senior Platform Engineer",
        ),
    )
)
