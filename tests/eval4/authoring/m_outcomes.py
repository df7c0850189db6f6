"""Outcomes: rejections (before and after interviews, warm, with feedback) and offers
(verbal-offer follow-ups, ATS offers, e-signature mail, conditional offers)."""

from __future__ import annotations

from .kit import (
    BRONWYN,
    CALLUM,
    EVAN,
    HARUTO,
    HINEMOA,
    KIERAN,
    PARVEEN,
    PRABIN,
    RUI,
    SIOBHAN,
    TAMIKA,
    Msg,
    dh,
    html_page,
    mail,
    note,
    paras,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Rejections =================================================================================

add(
    mail(
        EVAN,
        "rejection-after-onsite-warm-driftmark",
        "rejection",
        frm=("Keiko Yamauchi-Ross", "keiko.yr@driftmarklabs.example"),
        subject="Driftmark Labs - update on your application",
        date=dh("2027-03-24 15:12:00", "America/Los_Angeles"),
        body="""Hi Evan,

Thank you so much for spending the better part of two days with us. Everyone you met enjoyed the conversations, and Ingrid specifically mentioned how thoughtful your answers on the on-call culture question were.

This was a really close call, but we've decided to move forward with another candidate whose experience with multi-region databases is a closer match for what the team needs this year.

I know that's disappointing after a full loop. If it would help, I'm happy to set up 20 minutes with Bartholomew to share more specific feedback. And we'd genuinely love to stay in touch - I expect we'll open another senior role in the fall.

Warmly,
Keiko
""",
        label=note(
            "Warm rejection after the final loop, with an offer of a feedback call (still a rejection)."
        ),
    )
)

add(
    mail(
        TAMIKA,
        "lever-rejection-before-interview-cobblestone",
        "rejection",
        frm=("Cobblestone Health", "no-reply@hire.lever.co"),
        subject="Your application to Cobblestone Health",
        date=dh("2027-03-03 18:02:00", "America/New_York"),
        rich=html_page(
            paras("""Hi Tamika,

Thank you for your interest in the Senior Manager, Regulatory Compliance position at Cobblestone Health. We received a large number of applications and, after careful review, we will not be moving forward with your candidacy at this time.

We encourage you to apply for future openings that match your experience.

Best regards,
Cobblestone Health Talent Team""")
        ),
        label=note("Lever rejection before any interview, HTML only."),
    )
)

add(
    mail(
        HARUTO,
        "workday-rejection-kasumi-after-technical",
        "rejection",
        frm=("Kasumi Electronics Recruiting", "kasumi@myworkday.com"),
        subject="Regarding your application for Embedded Software Engineer (R-20417)",
        date=dh("2027-03-26 10:00:00", "Asia/Tokyo"),
        body="""Dear Haruto Sasaki,

Thank you for taking the time to interview with us for the Embedded Software Engineer position.

After careful consideration, we regret to inform you that we have decided to proceed with other candidates whose qualifications more closely match our current needs.

We appreciate your interest in Kasumi Electronics and wish you success in your job search.

Kasumi Electronics Talent Acquisition
This is a system-generated message. Please do not reply.
""",
        label=note("Workday rejection after the technical interview."),
    )
)

add(
    mail(
        CALLUM,
        "agency-rejection-followup-call-brindle",
        "rejection",
        frm=("Amelia Hargreaves", "amelia.hargreaves@brindlesearch.example"),
        subject="Re: Kittiwake Energy - feedback",
        date=dh("2027-04-09 17:45:00", "Europe/London"),
        body="""Hi Callum,

Following on from our call just now - as discussed, Kittiwake have decided not to progress to an offer. The CFO was very positive about your modelling but they've gone with someone who has run a larger FP&A team.

I'm genuinely gutted as I thought you nailed it. I've a couple of other roles in mind that I'll send over on Monday.

Speak soon,
Amelia
""",
        label=note(
            "Agency confirms a rejection by mail after a phone call; mentions future roles."
        ),
    )
)

add(
    mail(
        BRONWYN,
        "founder-warm-no-saltbush",
        "rejection",
        frm=("Declan Moriarty-Finch", "declan.mf@icloud.com"),
        subject="Thank you - and some news",
        date=dh("2027-04-12 19:20:00", "Australia/Sydney"),
        body="""Hi Bronwyn,

I wanted to write personally rather than send something templated. Imogen and I loved meeting you at the roastery last week.

We've agonised over this, but we've decided to offer the Head of Operations role to someone who has scaled a wholesale business before - it's the specific gap we have right now. It's not a reflection on you; you'd be brilliant in a role like this.

If you're ever up for a coffee, the door's open. And if you know anyone for our warehouse lead role, send them our way!

Declan
""",
        label=note(
            "Warm personal rejection from a founder after the final chat, with a coffee offer."
        ),
    )
)

add(
    mail(
        PRABIN,
        "rejection-with-feedback-himalbyte",
        "rejection",
        frm=("Sujata Maharjan", "sujata.maharjan@himalbyte.example"),
        subject="Backend Engineer (Go) - result of second round",
        date=dh("2027-02-22 15:30:00", "Asia/Kathmandu"),
        body="""Dear Prabin,

Thank you for attending the second round interview with Anish.

We regret to inform you that we will not be proceeding further with your application at this time. Feedback from the panel: strong fundamentals and clear communication, but the concurrency part of the exercise (goroutine leaks and context cancellation) needs more depth for this senior role.

You are welcome to apply again after six months.

Best regards,
Sujata Maharjan
HR Officer | HimalByte Technologies
""",
        label=note("Rejection after the second round with written feedback."),
    )
)

add(
    mail(
        SIOBHAN,
        "rejection-filled-internally-capelin",
        "rejection",
        frm=("Gerard Fitzpatrick", "gerard.fitzpatrick@capelinhealth.example"),
        subject="Clinical Informatics Analyst competition - outcome",
        date=dh("2027-03-19 10:15:00", "America/St_Johns"),
        body="""Good morning Siobhan,

Thank you for taking part in the panel interview for the Clinical Informatics Analyst competition (CH-2027-041).

I am writing to let you know that the position has been filled by an internal candidate, in accordance with our collective agreement. Your application was very well received and we will keep it on file for twelve months.

Regards,
Gerard Fitzpatrick
Human Resources Advisor, Capelin Health
""",
        label=note("Rejection: filled internally under a collective agreement."),
    )
)

add(
    mail(
        RUI,
        "smartrecruiters-rejection-html-marebravo",
        "rejection",
        frm=("Mare Bravo Hotels via SmartRecruiters", "noreply@smartrecruiters.com"),
        subject="Update on your application: Revenue Manager",
        date=dh("2027-04-07 09:15:00", "Europe/Lisbon"),
        rich=html_page(
            """<div style="max-width:600px;margin:auto"><p>Dear Rui,</p>
<p>Thank you for your interest in <strong>Mare Bravo Hotels</strong> and for the time you invested in the interview process for the <strong>Revenue Manager</strong> position.</p>
<p>Unfortunately, we have decided to continue with a candidate whose profile more closely aligns with the requirements of the role.</p>
<p>We wish you every success.</p>
<p>Kind regards,<br>Mare Bravo Hotels Talent Team</p></div>"""
        ),
        cte="base64",
        label=note("SmartRecruiters rejection after the interview, HTML only, base64."),
    )
)

add(
    mail(
        KIERAN,
        "rejection-redirect-other-role-redgum",
        "rejection",
        frm=("Shelley Marchbank", "shelley.marchbank@redgumresources.example"),
        subject="Senior Mine Planning Engineer - outcome",
        date=dh("2027-03-12 14:40:00", "Australia/Perth"),
        body="""Hi Kieran,

Thank you for coming in last week. Unfortunately you have not been successful for the Senior Mine Planning Engineer role on this occasion.

Andile did mention that your short-term scheduling experience could be a great fit for the Mine Scheduler role we'll be advertising next month. If you're interested, keep an eye on our careers page and apply when it opens; I'll flag your name.

Kind regards,
Shelley Marchbank | Talent Acquisition Advisor
""",
        label=note("Rejection that points at another future opening (still a rejection)."),
    )
)

add(
    mail(
        HINEMOA,
        "ashby-rejection-after-final-kowhai",
        "rejection",
        frm=("Kowhai Labs", "no-reply@ashbyhq.com"),
        reply_to=("Ruby Tamatea", "ruby@kowhailabs.example"),
        subject="Kowhai Labs - Product Lead",
        date=dh("2027-04-15 16:30:00", "Pacific/Auckland"),
        body="""Kia ora Hinemoa,

Thanks for meeting with Ruby and the team through every stage of the process. After a lot of discussion we've decided not to move forward with your application for the Product Lead role.

We were impressed by your research background; in the end we needed someone with more B2B pricing experience for this stage of the company.

Ngā mihi,
The Kowhai Labs team
""",
        label=note("Ashby rejection after the final interview."),
    )
)

# === Offers =======================================================================================

add(
    mail(
        EVAN,
        "verbal-offer-followup-pinecrest",
        "offer",
        frm=("Ravi Castellano", "ravi@pinecreststudio.example"),
        subject="Following up on our call - offer details",
        date=dh("2027-03-26 17:05:00", "America/Los_Angeles"),
        body="""Hey Evan,

Great talking earlier! As promised, here's the summary of what we discussed so you have it in writing:

- Role: Senior Motion Designer
- Base: $142,000/yr
- Equity: 0.15%, 4-year vest, 1-year cliff
- Start: April 19 (flexible)

The formal offer letter will come from our HR platform tomorrow for e-signature. Take the weekend to think it over and ping me with any questions.

So excited about this!
Ravi
""",
        label=note("Verbal-offer follow-up summarising the terms; letter to follow."),
    )
)

add(
    mail(
        TAMIKA,
        "docusign-offer-letter-bayridge",
        "offer",
        frm=("Lorna Whitaker via Docusign", "dse_na3@docusign.net"),
        reply_to=("Lorna Whitaker", "lwhitaker@bayridgecu.example"),
        subject="Please DocuSign: Offer Letter - Tamika Jefferson - BSA/AML Officer.pdf",
        date=dh("2027-04-05 11:32:00", "America/New_York"),
        rich=html_page(
            """<table width="100%"><tr><td style="background:#1e4ca1;color:#fff;padding:20px">
<p>Lorna Whitaker sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=7c1e2d&amp;etti=24" style="background:#ffc820;color:#000;padding:8px 16px">REVIEW DOCUMENT</a></p>
</td></tr><tr><td style="padding:20px">
<p><b>Lorna Whitaker</b><br>lwhitaker@bayridgecu.example</p>
<p>Dear Tamika, we are delighted to offer you the position of BSA/AML Officer. Please review and sign your offer letter by April 9.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email: This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table>"""
        ),
        label=note("DocuSign envelope carrying an offer letter for e-signature."),
    )
)

add(
    mail(
        PARVEEN,
        "greenhouse-offer-borealis-grid",
        "offer",
        frm=("Borealis Grid", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Tyler Makokis", "tyler.makokis@borealisgrid.example"),
        subject="Your offer from Borealis Grid",
        date=dh("2027-03-30 13:20:00", "America/Edmonton"),
        body="""Hi Parveen,

Congratulations! We're thrilled to offer you the position of Grid Modernization Engineer at Borealis Grid.

Please review your offer letter and accept electronically here:
https://app.greenhouse.io/offers/review/borealisgrid/5521c9

The offer is valid until April 6, 2027. Tyler is happy to walk you through benefits if you have questions.

Welcome aboard (we hope)!
Borealis Grid Talent Team
""",
        label=note("Greenhouse offer with an online acceptance link."),
    )
)

add(
    mail(
        CALLUM,
        "agency-offer-brindle-northmoor",
        "offer",
        frm=("Amelia Hargreaves", "amelia.hargreaves@brindlesearch.example"),
        subject="OFFER - Northmoor Water - Head of Financial Planning",
        date=dh("2027-04-14 16:10:00", "Europe/London"),
        body="""Callum!

Delighted to confirm Northmoor Water have made you an offer for the Head of Financial Planning role:

Base salary £98,000, 15% bonus, 10% pension, 27 days holiday plus bank holidays, hybrid 3 days in Leeds.

They've asked for a decision by Tuesday. The contract will come directly from their HR team once you accept verbally. Give me a ring when you've had a think.

Amelia
""",
        label=note("Agency relays an offer with terms and a decision date."),
    )
)

add(
    mail(
        HINEMOA,
        "conditional-offer-references-harakeke",
        "offer",
        frm=("Tane Whitmore", "tane@harakekedesign.example"),
        subject="Offer of employment - Service Designer (conditional)",
        date=dh("2027-03-31 10:45:00", "Pacific/Auckland"),
        body="""Kia ora Hinemoa,

Thank you for coming in last week. I'm really pleased to offer you the role of Service Designer at Harakeke Design, starting 3 May, at a salary of NZ$112,000.

This offer is conditional on two satisfactory reference checks; please send me the contact details of two referees. The employment agreement is attached - you're welcome to seek independent advice before signing, as is your right.

Ngā mihi nui,
Tane
""",
        label=note("Offer conditional on references, agreement attached (NZ wording)."),
    )
)

add(
    mail(
        HARUTO,
        "naitei-offer-bilingual-hoshizora",
        "offer",
        frm=("Mizuno Aya", "aya.mizuno@hoshizora-pay.example"),
        subject="内定のご連絡 / Offer of employment - Hoshizora Pay",
        date=dh("2027-03-29 18:00:00", "Asia/Tokyo"),
        body="""佐々木 陽翔 様

先日はレビュー面接にご参加いただき、誠にありがとうございました。
厳正なる選考の結果、佐々木様に内定をお出しすることになりましたので、ご連絡いたします。

Dear Haruto, we are pleased to offer you the position of Backend Engineer at Hoshizora Pay. The offer letter (annual salary JPY 11,500,000) is attached; please reply with your decision by 9 April.

水野 彩
""",
        label=note("Bilingual Japanese/English offer (naitei) after the take-home review."),
    )
)

add(
    mail(
        KIERAN,
        "offer-call-proposed-coolabah",
        "offer",
        frm=("Tahlia Ruggiero", "tahlia.ruggiero@coolabahwater.example"),
        subject="Good news - Asset Planning Lead",
        date=dh("2027-03-19 09:30:00", "Australia/Sydney"),
        body="""Hi Kieran,

I have great news: Mehmet would like to offer you the Asset Planning Lead role!

Could we jump on a call on Monday to walk through the package and the relocation support? Let me know a time that suits you (Perth time is fine).

Kind regards,
Tahlia
""",
        label=note(
            "Offer announced with a proposed call to discuss the package: an offer, not a scheduling request."
        ),
    )
)
