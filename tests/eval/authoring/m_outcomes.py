"""Rejections and offers."""

from __future__ import annotations

from .common import (
    AARAV,
    CHLOE,
    DEVON,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    SAM,
    Msg,
    build,
    headers,
    html_page,
    mid,
    note,
    paras,
    personal,
)
from .mime import addr, attachment, html, multi, text

MESSAGES: list[Msg] = []

# ======================================= rejections =======================================

_t = """Hi Jordan,

Thank you for taking the time to interview for the Senior Data Engineer role at Acme Robotics. We appreciate the effort you put into the process.

After careful consideration, we will not be moving forward with your candidacy at this time.

We wish you the best in your search.

Dana Whitfield
Acme Robotics
"""
MESSAGES.append(
    Msg(
        "greenhouse-hard-rejection",
        "rejection",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
                reply_to=addr("Dana Whitfield", "dana.whitfield@acme-robotics.example"),
                subject="Your application to Acme Robotics",
                date="Mon, 16 Mar 2026 12:05:00 -0400",
                msgid=mid("ghrej", "us.greenhouse-mail.io"),
                helo="mail-a12.us.greenhouse-mail.io",
                ip="198.51.100.14",
            ),
            multi("alternative", "gh_alt_rej1", text(_t), html(html_page(paras(_t)))),
        ),
        note("Plain ATS rejection after an interview; mentions 'interview'."),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "soft-rejection-keep-on-file",
        "rejection",
        frm=("Fiona MacLeod", "fiona.macleod@harbourline-insurance.example"),
        subject="RE: Pricing Analyst - update",
        date="Wed, 08 Apr 2026 16:40:00 +0100",
        mailer="outlook",
        body="""Dear Priya,

Thank you again for attending the second interview last Thursday and for the thoughtful case study.

It was a very close decision, but on this occasion the panel has decided to offer the role to a candidate whose experience more closely matches our current needs. We were genuinely impressed and would like to keep your CV on file for future Pricing opportunities, if you're happy for us to do so.

If you would like feedback, I'd be glad to arrange a short call.

Kind regards,
Fiona MacLeod
Talent Acquisition Partner, Harbourline Insurance
""",
        label=note(
            "Soft wording ('on this occasion', 'keep your CV on file') plus an offer of a feedback call: a rejection, not a scheduling request."
        ),
    )
)

_h = """<table width="600"><tr><td>
<p>Dear Devon,</p>
<p>Thank you for your interest in the Financial Analyst II (R-0045821) position at Globex Freight.</p>
<p>We have carefully reviewed your background and qualifications. While your experience is impressive, we have decided to pursue other candidates for this position.</p>
<p>We encourage you to visit our career site and apply to future openings that match your interests.</p>
<p>Sincerely,<br>Globex Freight Talent Acquisition</p>
</td></tr></table>"""
MESSAGES.append(
    Msg(
        "workday-status-update-rejection",
        "rejection",
        DEVON,
        build(
            headers(
                DEVON,
                frm=addr("Globex Freight", "globex@myworkday.com"),
                subject="Update on your application - Financial Analyst II",
                date="Tue, 31 Mar 2026 20:14:00 +0000",
                msgid=mid("wdrej", "myworkday.com"),
                helo="smtp3.myworkday.com",
                ip="198.51.100.77",
            ),
            html(html_page(_h)),
            crlf=False,
        ),
        note("Workday HTML-only rejection ('pursue other candidates')."),
    )
)

MESSAGES.append(
    personal(
        JORDAN,
        "rejection-mentions-past-interview-date",
        "rejection",
        frm=("Whitney Castellanos", "whitney.castellanos@granite-mutual.example"),
        subject="Following up on our conversation",
        date="Thu, 19 Mar 2026 09:30:00 -0400",
        body="""Hi Jordan,

Thank you for speaking with me on Tuesday, March 10. I enjoyed our conversation about data contracts.

Unfortunately, we've decided not to proceed with your application for the Data Engineering Lead position. The decision came down to depth of experience managing larger teams.

I wish you every success.

Whitney Castellanos
VP of Data, Granite Mutual
""",
        label=note(
            "Names the date of the past interview: a weekday and date, but in the past and a rejection."
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "agency-rejection-feedback",
        "rejection",
        frm=("Tom Hargreaves", "tom.hargreaves@brightpath-recruitment.example"),
        subject="Fenwick feedback",
        date="Fri, 13 Mar 2026 11:22:00 +0000",
        mailer="outlook",
        body="""Hi Priya,

I've had feedback from Fenwick Capital. They liked you a lot and thought your Python was strong, but they've decided not to progress to the next stage - they're after someone with more hands-on stress testing experience.

Don't be disheartened - I've got two other risk roles I'd like to talk to you about. I'll give you a ring this afternoon.

Best,
Tom
""",
        label=note("Agency passes on a rejection and promises a phone call (no booked time)."),
    )
)

_h = """<p>Hi Mei,</p>
<p>Thank you for your interest in Fernhill Games and for the time you spent with us.</p>
<p>We've reviewed your application carefully, and unfortunately we won't be moving forward at this time. This role attracted many strong applicants and we had to make some tough decisions.</p>
<p>We'd love to stay in touch about future opportunities.</p>
<p>All the best,<br>The Fernhill Games Team</p>"""
MESSAGES.append(
    Msg(
        "lever-rejection-html",
        "rejection",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Fernhill Games", "no-reply@hire.lever.co"),
                subject="Fernhill Games - Senior Gameplay Engineer",
                date="Wed, 15 Apr 2026 10:00:00 -0700",
                msgid=mid("levrej", "hire.lever.co"),
                helo="o1.email.hire.lever.co",
                ip="198.51.100.40",
            ),
            html(html_page(_h), cte="base64"),
        ),
        note("Lever HTML-only rejection, base64."),
    )
)

MESSAGES.append(
    personal(
        AARAV,
        "position-filled",
        "rejection",
        frm=("Kaveri Analytics HR", "careers@kaveri-analytics.example"),
        subject="Status of your application - Data Scientist",
        date="Thu, 02 Apr 2026 15:00:00 +0530",
        body="""Dear Aarav,

Thank you for your interest in Kaveri Analytics and for participating in our interview process.

We wish to inform you that the position has now been filled. We appreciate your time and will retain your profile in our database for suitable openings.

Regards,
HR Team, Kaveri Analytics
""",
        label=note("'The position has been filled' rejection."),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "rejection-with-calendly-for-future",
        "rejection",
        frm=("Matteo Ricci", "matteo.ricci@vento-mobility.example"),
        subject="Re: Today 15:00 – our interview",
        date="Wed, 04 Mar 2026 18:20:00 +0100",
        in_reply_to="<CAF8v1nRzq0pL@mail.gmail.com>",
        body="""Hi Lukas,

thanks again for the conversation last week. I'm sorry to tell you that we decided to go with another candidate for the Staff Engineer role.

That said, I'd genuinely like to stay in touch - we're opening a platform team in the autumn. If you fancy a coffee chat at some point, grab a slot here: https://calendly.com/matteo-ricci-vento/coffee

Ciao,
Matteo
""",
        label=note(
            "Rejection that carries a Calendly link for a future chat: the link must not turn it into a scheduling request."
        ),
    )
)

MESSAGES.append(
    personal(
        CHLOE,
        "smartrecruiters-rejection-latin1",
        "rejection",
        frm=("Maison Verdier", "noreply@smartrecruiters.com"),
        subject="Votre candidature - UX Researcher",
        date="Thu, 02 Apr 2026 09:00:00 +0200",
        charset="ISO-8859-1",
        text_only=True,
        body="""Dear Chloé,

Thank you for the interest you have shown in Maison Verdier and for the time you took to meet Baptiste.

We regret to inform you that we will not be able to proceed with your application. We received many applications of high quality and the decision was difficult.

We wish you every success in your job search.

Best regards,
L'équipe Recrutement - Maison Verdier
""",
        label=note("ISO-8859-1 rejection from an ATS with French sign-off."),
    )
)

# ========================================= offers =========================================

MESSAGES.append(
    personal(
        JORDAN,
        "verbal-offer-follow-up",
        "offer",
        frm=("Kayla Brennan", "kayla.brennan@sterling-harbor.example"),
        subject="Offer - Senior Analytics Manager",
        date="Fri, 20 Mar 2026 17:05:00 -0400",
        body="""Hi Jordan,

Following our call today, I'm delighted to confirm that Sterling Harbor would like to offer you the position of Senior Analytics Manager.

To recap what we discussed:
- Base salary: $168,000
- Annual bonus target: 15%
- Start date: Monday, April 20, 2026 (flexible)

The formal offer letter will follow from our HR system on Monday. Please don't hesitate to call me with any questions.

Congratulations!
Kayla
""",
        label=note(
            "Verbal-offer follow-up; contains a future weekday date (the start date), not an interview."
        ),
    )
)

_pdf = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
    b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
_t = """Dear Priya,

On behalf of Meridian Pharma, I am pleased to offer you the position of Senior Data Analyst. Please find your offer letter and contract attached.

We'd be grateful if you could sign and return the documents by Friday 24 April 2026.

We are all very much looking forward to welcoming you to the team.

Kind regards,
Rachel Booth
Talent Acquisition, Meridian Pharma
"""
MESSAGES.append(
    Msg(
        "offer-letter-pdf-attachment",
        "offer",
        PRIYA,
        build(
            headers(
                PRIYA,
                frm=addr("Rachel Booth", "rachel.booth@meridian-pharma.example"),
                subject="Offer of Employment - Senior Data Analyst",
                date="Thu, 16 Apr 2026 14:20:00 +0100",
                msgid=mid("offerpdf", "meridian-pharma.example"),
                helo="mail.meridian-pharma.example",
                ip="203.0.113.60",
                extra=[("X-MS-Has-Attach", "yes")],
            ),
            multi(
                "mixed",
                "_004_offerletter_",
                multi("alternative", "_000_offerletter_", text(_t), html(html_page(paras(_t)))),
                attachment(_pdf, "application/pdf", "Offer Letter - Priya Raman.pdf"),
            ),
        ),
        note("Formal offer with a PDF attachment and a signing deadline."),
    )
)

_t = """Hi Mei,

Congratulations! Lumen Health has extended you an offer for Staff Frontend Engineer.

Review your offer: https://app.ashbyhq.com/candidate/offers/2c9f0e1b

This offer expires on Tuesday, March 31, 2026.

Kenji Watanabe
Lumen Health
"""
MESSAGES.append(
    Msg(
        "ashby-offer-review-link",
        "offer",
        MEI,
        build(
            headers(
                MEI,
                frm=addr("Lumen Health", "no-reply@ashbyhq.com"),
                reply_to=addr("Kenji Watanabe", "kenji.watanabe@lumenhealth.example"),
                subject="Your offer from Lumen Health",
                date="Tue, 24 Mar 2026 16:00:00 -0700",
                msgid=mid("ashoffer", "ashbyhq.com"),
                helo="mta-04.ashbyhq.com",
                ip="198.51.100.91",
            ),
            multi("alternative", "ashby-offer-1", text(_t), html(html_page(paras(_t)))),
        ),
        note("ATS offer notification with an expiry date."),
    )
)

MESSAGES.append(
    personal(
        DEVON,
        "offer-with-call-time",
        "offer",
        frm=("Beatriz Santos", "beatriz.santos@lakeshore-credit.example"),
        subject="Great news!",
        date="Thu, 02 Apr 2026 11:15:00 -0500",
        body="""Hi Devon,

I'm thrilled to let you know we'd like to make you an offer for the Senior Financial Analyst role!

Can we hop on a call Friday at 11am CT to go through the details (compensation, benefits, start date)? I'll call your cell.

Best,
Beatriz
""",
        label=note(
            "Offer with a proposed call time: the call is about the offer, not an interview."
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "agency-offer-news",
        "offer",
        frm=("Nicola Fairbairn", "nicola@tartan-talent.example"),
        subject="OFFER!! Lothian Water",
        date="Wed, 08 Apr 2026 13:02:00 +0100",
        body="""Priya!!

Fantastic news - Lothian Water want to offer you the Data Services Analyst role at £52,000 plus benefits. Hamish was really impressed.

Have a think and let me know how you feel - I can go back to them on salary if you want to push a little.

Nicola
""",
        label=note("Agency relays an offer, informal style, pound sign in UTF-8."),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "revised-offer",
        "offer",
        frm=("Mitchell Thornton", "mitchell.thornton@coralbay-digital.example"),
        subject="Revised offer - Product Designer",
        date="Mon, 20 Apr 2026 10:10:00 +1000",
        body="""Hi Sam,

Thanks for your candid feedback on Friday. We've gone back to the numbers and I'm pleased to send a revised offer: base salary of AUD 148,000 plus super, and an extra week of leave.

The updated contract is in your inbox from DocuSign. Let me know if you have any questions.

Cheers,
Mitchell
""",
        label=note("Revised offer after negotiation."),
    )
)
