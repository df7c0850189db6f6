"""Outcomes: rejections (before and after interviews) and offers (verbal, conditional, letters)."""

from __future__ import annotations

from .kit import (
    ANGELICA,
    CHINEDU,
    DANA,
    ELODIE,
    FEMKE,
    HARPREET,
    IGNACIO,
    JONAS,
    KEONI,
    LIAM,
    MARCUS,
    MEERA,
    NOA,
    OLIVIA,
    OMAR,
    SOFIA,
    TOMASZ,
    WANJIRU,
    Msg,
    attachment,
    dh,
    html_page,
    mail,
    mid,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

# ================================ rejections ==================================================

add(
    mail(
        OLIVIA,
        "rejection-after-final-barossa-health",
        "rejection",
        frm=("Hamish Sinclair", "hamish.sinclair@barossahealth.example"),
        subject="Health Data Manager - outcome",
        date=dh("2026-11-20 15:40:00", "Australia/Adelaide"),
        body="""Hi Olivia,

Thank you for coming in for the final interview last Thursday and for the effort you put into the presentation - the panel genuinely enjoyed it.

It was an extremely close decision, but we have offered the role to another candidate whose experience with state-wide data migrations was a closer match for where the program is right now. I know this isn't the news you were hoping for.

I'd be very happy to give you detailed feedback over the phone if that would be useful; just reply with a time that suits.

Warm regards,
Hamish Sinclair
Director, Health Informatics
""",
        label=note(
            "Rejection after the final round that offers a feedback call (still a rejection)."
        ),
    )
)

add(
    mail(
        ANGELICA,
        "workday-rejection-before-interview",
        "rejection",
        frm=("Manila Bay Shared Services", "manilabay@myworkday.com"),
        subject="Update on your application - Senior Reporting Analyst",
        date=dh("2026-10-30 14:00:00", "Asia/Manila"),
        body="""Dear Angelica,

Thank you for your interest in the Senior Reporting Analyst position at Manila Bay Shared Services.

After careful review of your application, we regret to inform you that we will not be moving forward with your candidacy at this time. We received many strong applications and had to make difficult decisions.

We encourage you to apply for future openings that match your skills.

Best regards,
Talent Acquisition
Manila Bay Shared Services
""",
        label=note("Form rejection before any interview."),
    )
)

add(
    mail(
        MARCUS,
        "greenhouse-rejection-after-onsite",
        "rejection",
        frm=("Riverline Analytics", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Hannah Brzezinski", "hannah.brzezinski@riverline.example"),
        subject="Your application to Riverline Analytics",
        date=dh("2026-11-18 10:15:00", "America/Chicago"),
        body="""Hi Marcus,

Thank you for taking the time to interview with our team for the Analytics Engineer role. Everyone appreciated meeting you.

After a lot of consideration, we've decided to move forward with other candidates whose background more closely aligns with our needs at this time.

We'll keep your information on file and may reach out about future roles. We wish you the best in your search.

Hannah Brzezinski
Recruiting, Riverline Analytics
""",
        label=note("Greenhouse rejection after interviews."),
    )
)

add(
    mail(
        LIAM,
        "agency-rejection-call-me",
        "rejection",
        frm=("Brodie Kapoor", "brodie.kapoor@moretonbay-recruit.example"),
        subject="Queensland Rail Freight role",
        date=dh("2026-11-12 17:05:00", "Australia/Brisbane"),
        body="""Hey Liam,

Just heard back from Sunline Freight - unfortunately they've decided not to progress to the second interview. Their feedback was positive on the technical side but they went with someone with more SAP exposure.

Happy to jump on a quick call tomorrow to talk through feedback and a couple of other roles I think you'd suit. Give me a bell whenever suits.

Cheers,
Brodie Kapoor
Moreton Bay Recruitment
0412 555 019
""",
        label=note("Agency passes on a rejection and proposes a call (no time set)."),
    )
)

add(
    mail(
        JONAS,
        "absage-nordlicht-versicherung",
        "rejection",
        frm=("Nordlicht Versicherung AG", "karriere@nordlicht-versicherung.example"),
        subject="Ihre Bewerbung als Data Engineer (m/w/d) – Kennziffer 2026-118",
        date=dh("2026-11-16 11:30:00", "Europe/Berlin"),
        body="""Sehr geehrter Herr Weißmüller,

vielen Dank für Ihr Interesse an der Nordlicht Versicherung AG und das freundliche Gespräch mit uns.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordlicht Versicherung AG
""",
        label=note("German rejection (Absage) after an interview."),
    )
)

add(
    mail(
        IGNACIO,
        "lever-rejection-html-atacama",
        "rejection",
        frm=("Atacama Logistics", "no-reply@hire.lever.co"),
        subject="Thank you for your interest in Atacama Logistics",
        date=dh("2026-11-05 12:00:00", "America/Santiago"),
        rich=html_page(
            """<p>Hi Ignacio,</p>
<p>Thank you for applying for the <b>Platform Engineer</b> position and for the time you spent with our team.</p>
<p>We have decided not to move forward with your application. This was a difficult decision given the quality of candidates.</p>
<p>We'd love to stay in touch &mdash; feel free to follow us for future openings.</p>
<p>Best,<br>The Atacama Logistics Team</p>"""
        ),
        cte="base64",
        label=note("HTML-only Lever rejection."),
    )
)

add(
    mail(
        NOA,
        "rejection-warm-after-panel-galil",
        "rejection",
        frm=("Avi Friedman", "avi.friedman@galiltech.example"),
        subject="Re: Thank you",
        date=dh("2026-11-19 13:10:00", "Asia/Jerusalem"),
        in_reply_to=mid("galil-thank-you", "example.net"),
        body="""Hi Noa,

Thanks for the kind note after the panel. I wish I had better news: we decided to go with a candidate who has more production experience with streaming systems. It was close and the panel was impressed with your research background.

If something opens up in the research group next year I'll reach out directly. Let's keep in touch.

Avi
""",
        label=note("Warm human rejection replying to the user's thank-you note."),
    )
)

add(
    mail(
        WANJIRU,
        "rejection-filled-internally-mombasa",
        "rejection",
        frm=("Pwani Shipping Careers", "careers@pwanishipping.example"),
        subject="Your application: Business Intelligence Analyst",
        date=dh("2026-10-28 09:00:00", "Africa/Nairobi"),
        body="""Dear Wanjiru,

Thank you for applying for the Business Intelligence Analyst vacancy. We wish to inform you that the position has been filled internally and your application will therefore not be progressed.

We appreciate your interest in Pwani Shipping and wish you success.

Yours sincerely,
Human Resources Department
Pwani Shipping Ltd, Mombasa
""",
        label=note(
            "Rejection because the post was filled internally; no interview had been booked."
        ),
    )
)

add(
    mail(
        KEONI,
        "rejection-talent-pool-pacific-isles",
        "rejection",
        frm=("Pacific Isles Airlines Careers", "careers-noreply@pacificisles-air.example"),
        subject="Regarding your application for IT Network Engineer II",
        date=dh("2026-11-04 10:00:00", "Pacific/Honolulu"),
        body="""Aloha Keoni,

Thank you for your interest in the IT Network Engineer II position. After reviewing your qualifications, we have selected other candidates for the next step of our process.

With your permission we will keep your profile in our talent pool and notify you of roles that match your experience.

Mahalo,
Pacific Isles Airlines Talent Acquisition
""",
        label=note(
            "Rejection that keeps the profile in a talent pool; sender is a no-reply style address."
        ),
    )
)

add(
    mail(
        TOMASZ,
        "smartrecruiters-rejection-polska-retail",
        "rejection",
        frm=("Mazury Retail Group via SmartRecruiters", "notification@smartrecruiters.com"),
        subject="Mazury Retail Group - Your application for Senior .NET Developer",
        date=dh("2026-11-09 15:20:00", "Europe/Warsaw"),
        body="""Dear Tomasz,

Thank you for your time and interest in the Senior .NET Developer role at Mazury Retail Group.

We regret to let you know that we have decided to pursue other candidates for this position. We appreciate the effort you put into the technical task.

Kind regards,
Mazury Retail Group Recruitment Team
""",
        label=note("SmartRecruiters rejection after a technical task."),
    )
)

# ================================ offers =======================================================

add(
    mail(
        DANA,
        "verbal-offer-follow-up-desert-bloom",
        "offer",
        frm=("Jocelyn Marquez", "jocelyn.marquez@desertbloomhealth.example"),
        subject="Following up on our call - offer details",
        date=dh("2026-11-17 16:45:00", "America/Phoenix"),
        body="""Hi Dana,

It was a pleasure speaking with you this afternoon, and congratulations again! As discussed, we'd like to offer you the position of Senior Business Systems Analyst at a base salary of $104,000 with a 10% annual bonus target and a start date of January 4.

The formal offer letter will come through DocuSign tomorrow morning. In the meantime, let me know if you have any questions.

Warmly,
Jocelyn Marquez
HR Director, Desert Bloom Health
""",
        label=note("Written follow-up to a verbal offer."),
    )
)

add(
    mail(
        MEERA,
        "conditional-offer-bgv-pragati",
        "offer",
        frm=("Pragati Software HR", "offers@pragatisoft.example"),
        subject="Offer of Employment - Product Manager - Conditional upon Background Verification",
        date=dh("2026-11-23 18:10:00", "Asia/Kolkata"),
        body="""Dear Meera,

We are pleased to extend to you an offer for the position of Product Manager at Pragati Software Pvt. Ltd., Bengaluru, with an annual CTC of INR 38,50,000 as detailed in the attached letter.

This offer is conditional upon satisfactory completion of background verification and submission of your relieving letter from your current employer. Please sign and return the letter within five working days to confirm your acceptance.

Congratulations and welcome aboard!

Regards,
Human Resources
Pragati Software Pvt. Ltd.
""",
        attachments=[attachment(PDF, "application/pdf", "Offer_Letter_Meera_Krishnan.pdf")],
        label=note("Conditional offer subject to background verification, with a PDF."),
    )
)

add(
    mail(
        OMAR,
        "hr-letter-offer-html-only-suez",
        "offer",
        frm=("Suez Gateway Human Resources", "hr@suezgateway.example"),
        subject="Offer Letter - Planning Engineer",
        date=dh("2026-11-22 12:00:00", "Africa/Cairo"),
        rich=html_page(
            """<div style="max-width:640px;margin:auto;border-top:6px solid #0a4d8c">
<h2 style="color:#0a4d8c">Offer Letter</h2>
<p>Dear Eng. Omar Farouk Hassan,</p>
<p>Further to your recent interviews, we are pleased to offer you the position of <b>Planning Engineer</b> in our Port Operations division, reporting to the Head of Planning.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Gross monthly salary</td><td>EGP 42,000</td></tr>
<tr><td>Start date</td><td>1 January 2027</td></tr>
<tr><td>Probation</td><td>3 months</td></tr>
</table>
<p>Please confirm your acceptance by replying to this email within one week.</p>
<p>Sincerely,<br>Human Resources Department<br>Suez Gateway Terminals</p>
</div>"""
        ),
        label=note("HR offer letter as HTML only, with a table."),
    )
)

add(
    mail(
        CHINEDU,
        "agency-offer-ibadan-fintech",
        "offer",
        frm=("Temitope Adebayo", "temitope.adebayo@harbourline-talent.example"),
        subject="OFFER!! Zenroute Payments",
        date=dh("2026-11-03 13:20:00", "Africa/Lagos"),
        body="""Chinedu!!

Fantastic news - Zenroute Payments have come back with an offer for the Engineering Manager role: NGN 2.4m/month gross, plus HMO and a 13th month. They'd like you to start on 1 December if possible.

Formal offer letter to follow from their HR. Call me when you can so we can go through it.

Temitope
""",
        label=note("Offer relayed by the agency."),
    )
)

add(
    mail(
        HARPREET,
        "ashby-offer-ready-to-review",
        "offer",
        frm=("Salish Sea Software", "no-reply@ashbyhq.com"),
        reply_to=("Owen Fitzgerald", "owen.fitzgerald@salishsea.example"),
        subject="Your offer from Salish Sea Software is ready",
        date=dh("2026-11-19 11:00:00", "America/Vancouver"),
        body="""Hi Harpreet,

Congratulations! Salish Sea Software has extended you an offer for the role of Senior Planning Analyst.

Review and sign your offer: https://app.ashbyhq.com/offers/c7d2b9a4-7f11

This link expires on December 3, 2026.

Owen Fitzgerald
Head of Talent
""",
        label=note("ATS 'offer ready to review' notification."),
    )
)

add(
    mail(
        FEMKE,
        "offer-propose-call-grachtenlab",
        "offer",
        frm=("Maarten Visser", "maarten.visser@grachtenlab.example"),
        subject="Good news from Grachtenlab",
        date=dh("2026-11-24 10:00:00", "Europe/Amsterdam"),
        body="""Hi Femke,

I'm very happy to tell you that we would like to offer you the Lead Product Designer position! The whole team was enthusiastic after your portfolio session.

Do you have 20 minutes tomorrow or Thursday to go through the package? I'll send the written offer right after we speak.

Hartelijke groet,
Maarten Visser
Head of Design, Grachtenlab
""",
        label=note("Offer that proposes a call to discuss the package (no time fixed)."),
    )
)

add(
    mail(
        ELODIE,
        "promesse-embauche-provence-data",
        "offer",
        frm=("Aurélie Garnier", "aurelie.garnier@provence-data.example"),
        subject="Proposition d'embauche – Responsable reporting extra-financier",
        date=dh("2026-11-25 16:30:00", "Europe/Paris"),
        body="""Bonjour Élodie,

Suite à vos entretiens, j'ai le plaisir de vous proposer le poste de Responsable reporting extra-financier au sein de Provence Data, en CDI, à Marseille.

Rémunération annuelle brute : 58 000 €, avec une prise de poste souhaitée le 4 janvier 2027. Vous trouverez la promesse d'embauche en pièce jointe ; merci de nous la retourner signée d'ici le 2 décembre.

Au plaisir de vous compter parmi nous,
Aurélie Garnier
DRH – Provence Data
""",
        attachments=[attachment(PDF, "application/pdf", "Promesse_embauche_Rousseau.pdf")],
        label=note("French offer (promesse d'embauche) with a PDF."),
    )
)

add(
    mail(
        SOFIA,
        "rejection-after-founders-round",
        "rejection",
        frm=("Rocío Salvatierra", "rocio@quebracho.example"),
        subject="Re: Final round at Quebracho",
        date=dh("2026-11-13 17:00:00", "America/Argentina/Buenos_Aires"),
        in_reply_to=mid("founders-final-quebracho-palermo/eval3", "quebracho.example"),
        body="""Hi Sofía,

Thank you again for spending Friday with us. Martín and I talked it through at length and we've decided to hire someone who has already built a QA function from zero at a company our size. It was a really hard call.

We'd love to keep in touch - if you're ever open to advising, we'd happily take you for a coffee.

Rocío
""",
        label=note("Rejection after the founders' final round that mentions a future coffee."),
    )
)
