"""Outcomes in English: rejections (before and after interviews, warm, templated, with
feedback) and offers (verbal-offer follow-ups, ATS offer links, e-signature, agency terms)."""

from __future__ import annotations

from .kit import (
    BRODIE,
    CIARAN,
    DAKOTA,
    EERO,
    FERGUS,
    JIHOON,
    MARCUS,
    MIKA,
    NOURHAN,
    PRIYANKA,
    SAOIRSE,
    SEUN,
    TAMSIN,
    THARINDU,
    Msg,
    ats,
    dh,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Rejections ==================================================================================

add(
    mail(
        PRIYANKA,
        "rejection-after-onsite-warm-brightkelp",
        "rejection",
        frm=("Jody Fairbanks", "jody.fairbanks@brightkelp.example"),
        subject="Brightkelp - following up on your onsite",
        date=dh("2032-10-27 16:45:00", "America/Los_Angeles"),
        body="""Hi Priyanka,

Thank you again for spending most of last Thursday with us. The panel really enjoyed your portfolio talk - Odalys called it one of the clearest she's seen this year.

After a lot of discussion, we've decided not to move forward with an offer for the Staff Product Designer role. The deciding factor was depth in design-systems governance at the scale we're at right now.

I know that's hard to hear after a full day. If you'd like, I can share more detailed feedback on a short call. We'd love to stay in touch for future roles.

Warmly,
Jody
Recruiting, Brightkelp
""",
        label=note(
            "Warm rejection after the virtual onsite, offering a feedback call.",
            company="Brightkelp",
        ),
    )
)

add(
    ats(
        EERO,
        "greenhouse-templated-no-interview-pohjola-bank",
        "rejection",
        frm=("Pohjoistuuli Bank", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Pohjoistuuli Bank",
        date=dh("2032-09-20 18:02:00", "Europe/Helsinki"),
        html_only=True,
        body="""Hi Eero,

Thank you for applying for the Cloud Security Engineer position at Pohjoistuuli Bank. We've reviewed your application carefully and unfortunately will not be moving forward at this time.

We'll keep your details on file and may reach out if a suitable role opens up.

Best regards,
Pohjoistuuli Bank Talent Acquisition""",
        label=note(
            "Greenhouse templated rejection before any interview, HTML only.",
            company="Pohjoistuuli Bank",
        ),
    )
)

add(
    mail(
        SEUN,
        "rejection-with-written-feedback-okpara",
        "rejection",
        frm=("Chidinma Eze", "chidinma.eze@okparaenergy.example"),
        subject="Reservoir Engineer - outcome of your interview",
        date=dh("2032-10-12 14:00:00", "Africa/Lagos"),
        body="""Dear Oluwaseun,

Thank you for your time on the phone interview and the technical panel last week.

We regret to inform you that you were not successful on this occasion. The panel's feedback was that your simulation experience is strong, but the role requires more hands-on waterflood surveillance than your profile shows.

We encourage you to apply for future openings.

Kind regards,
Chidinma Eze
HR Business Partner, Okpara Energy
""",
        label=note("Rejection after interviews with written feedback.", company="Okpara Energy"),
    )
)

add(
    mail(
        TAMSIN,
        "agency-rejection-by-phone-then-mail-harrowgate",
        "rejection",
        frm=("Ollie Braithwaite", "ollie.braithwaite@harrowgatesearch.example"),
        subject="Lyndhurst - feedback",
        date=dh("2032-10-19 18:10:00", "Europe/London"),
        body="""Hi Tamsin,

As per our chat earlier - sorry again. Lyndhurst have gone with the internal candidate in the end; Giles said your presentation was genuinely the best of the external shortlist, which is small comfort I know.

I've got two other insight roles I want to run past you - free Thursday for a quick call?

Ollie
""",
        label=note(
            "Agency passes on a rejection after the second stage; proposes an unrelated call."
        ),
    )
)

add(
    mail(
        JIHOON,
        "workday-status-not-selected-hangang",
        "rejection",
        frm=("Hangang Semiconductor Careers", "hangangsemi@myworkday.com"),
        subject="Application status update - R-30918 Process Integration Engineer",
        date=dh("2032-11-02 10:00:00", "Asia/Seoul"),
        body="""Dear Baek Ji-hoon,

Thank you for your interest in Hangang Semiconductor and for the time you invested in our interview process.

After careful review, we have decided not to proceed with your candidacy for R-30918 Process Integration Engineer. This decision was difficult given the strength of the candidate pool.

Hangang Semiconductor Talent Acquisition
This is an automated message. Please do not reply.
""",
        label=note("Workday status rejection after the onsite.", company="Hangang Semiconductor"),
    )
)

add(
    mail(
        DAKOTA,
        "position-filled-before-interview-kenai",
        "rejection",
        frm=("Bjorn Halverson", "bjorn.halverson@kenaimarine.example"),
        subject="Re: Marine Electrician",
        date=dh("2032-09-08 07:15:00", "America/Anchorage"),
        body="""Dakota,

I'm sorry to do this on short notice, but we filled the electrician spot yesterday with a guy who worked for us last season, so there's no need to come in Thursday. I'll keep your resume on the wall for spring.

Bjorn
""",
        label=note(
            "The position is filled, so the interview no longer happens; a rejection, not a cancellation to be rebooked.",
            company="Kenai Marine Services",
        ),
    )
)

add(
    ats(
        MIKA,
        "smartrecruiters-rejection-after-panel-kalayaan",
        "rejection",
        frm=("Kalayaan Telco via SmartRecruiters", "noreply@smartrecruiters.com"),
        subject="Update on your application: Network Planning Engineer",
        date=dh("2032-10-15 17:30:00", "Asia/Manila"),
        body="""Hi Mika,

Thank you for meeting our panel. We appreciate the effort you put into the process.

We have decided to move forward with other candidates whose experience more closely matches the requirements of this role. We wish you the best in your career.

Kalayaan Telco Talent Acquisition""",
        label=note("SmartRecruiters rejection after the panel.", company="Kalayaan Telco"),
    )
)

add(
    mail(
        NOURHAN,
        "rejection-future-opening-nilewater",
        "rejection",
        frm=("Dina Habib", "dina.habib@nilewaterbev.example"),
        subject="Supply Chain Analyst - update",
        date=dh("2032-11-09 13:00:00", "Africa/Cairo"),
        body="""Dear Nourhan,

Thank you for meeting Eng. Karim last week. While the team was impressed, we have decided to proceed with a candidate with more experience in cold-chain planning.

We are opening a Demand Planning Analyst role in January and would like to consider you for it; I will contact you when it is published.

Kind regards,
Dina Habib
Recruitment, Nilewater Beverages
""",
        label=note(
            "Rejection pointing at a future opening (no interview booked).",
            company="Nilewater Beverages",
        ),
    )
)

# === Offers ======================================================================================

add(
    mail(
        FERGUS,
        "verbal-offer-follow-up-tidewater",
        "offer",
        frm=("Lorne Pettipas", "lorne.pettipas@tidewaterports.example"),
        subject="Offer - Harbour Ops Supervisor",
        date=dh("2032-10-06 17:20:00", "America/Halifax"),
        body="""Fergus,

Following up on our call this afternoon - I'm delighted to confirm our offer for the Harbour Ops Supervisor position: $84,500 base, shift premium as discussed, four weeks' vacation, start date Monday, November 1.

HR will send the formal letter tomorrow. Let me know by Friday if you have any questions.

Lorne Pettipas
Operations Manager, Tidewater Ports
""",
        label=note("Offer confirmed by mail after a verbal offer.", company="Tidewater Ports"),
    )
)

add(
    ats(
        SAOIRSE,
        "greenhouse-offer-letter-link-kunanyi",
        "offer",
        frm=("Kunanyi Health", "no-reply@greenhouse.io"),
        subject="Your offer from Kunanyi Health",
        date=dh("2032-10-22 12:00:00", "Australia/Hobart"),
        body="""Hi Saoirse,

Congratulations! Kunanyi Health has sent you an offer for the Clinical Data Lead position.

Review and sign your offer: https://app.greenhouse.io/offers/8c1e0f2a/review

This link expires in 7 days.
""",
        label=note("Greenhouse offer-letter link.", company="Kunanyi Health"),
    )
)

add(
    mail(
        THARINDU,
        "docusign-offer-envelope-larkspur",
        "offer",
        frm=("Philippa Oyelaran via DocuSign", "dse@docusign.net"),
        subject="Please DocuSign: Larkspur Analytics - Offer of Employment - T. Wickramasinghe",
        date=dh("2032-10-25 15:10:00", "Asia/Colombo"),
        rich="""<html><body>
<p>Philippa Oyelaran sent you a document to review and sign.</p>
<p><a href="https://www.docusign.net/Signing/EmailStart.aspx?a=4d1f">REVIEW DOCUMENT</a></p>
<p>Hi Tharindu, as discussed, here is your offer for the Data Engineer role (remote from Colombo, employed via our Sri Lankan partner). Please sign by 1 November. - Philippa</p>
<p>Do Not Share This Email</p>
</body></html>
""",
        label=note(
            "DocuSign envelope carrying the offer letter, HTML only.", company="Larkspur Analytics"
        ),
    )
)

add(
    mail(
        BRODIE,
        "agency-offer-terms-saltpan",
        "offer",
        frm=("Renee Kastellorizos", "renee.k@southgulfrecruit.example"),
        subject="OFFER!! Saltpan Robotics - Controls Engineer",
        date=dh("2032-10-13 16:40:00", "Australia/Adelaide"),
        body="""Brodie!!

Saltpan have come back with an offer - $128k + super, 10% bonus target, hybrid (3 days at Lonsdale). Start negotiable, they'd love 15 Nov.

Give me a ring when you've digested it - I think there's room on the base if you want to push.

Renee
South Gulf Recruitment
0412 555 207
""",
        label=note("Agency passes on an offer with terms.", company="Saltpan Robotics"),
    )
)

add(
    mail(
        CIARAN,
        "offer-conditional-references-tessellate",
        "offer",
        frm=("Aoife Brannigan", "aoife.brannigan@tessellate.example"),
        subject="Tessellate - offer (subject to references)",
        date=dh("2032-11-03 11:30:00", "Europe/Dublin"),
        body="""Hi Ciarán,

Great news: we'd like to offer you the Senior Backend Engineer role at €96,000 plus equity, conditional on two satisfactory references. The offer pack is attached.

Could you send me contact details for two referees this week?

Aoife Brannigan
Head of Talent, Tessellate
""",
        label=note("Offer conditional on references.", company="Tessellate"),
    )
)

add(
    mail(
        MARCUS,
        "offer-call-proposed-redwillow",
        "offer",
        frm=("Harriet Osgood", "harriet.osgood@redwillowcap.example"),
        to="mao.jobsearch@example.org",
        subject="Redwillow - we'd like to make you an offer",
        date=dh("2032-10-05 09:05:00", "America/New_York"),
        body="""Marcus,

The team was unanimous - we'd like to offer you the Associate, Portfolio Analytics role. I'd love to walk you through the package on a call; does tomorrow afternoon work? Written offer to follow.

Harriet Osgood
Managing Director, Redwillow Capital
""",
        label=note(
            "Offer announced, with a call proposed to discuss the package.",
            company="Redwillow Capital",
        ),
    )
)
