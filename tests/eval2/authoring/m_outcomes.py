"""Rejections and offers."""

from __future__ import annotations

from .kit import (
    AROHA,
    FATIMA,
    JOAO,
    KOFI,
    MARC,
    SIOBHAN,
    THANDI,
    WEILING,
    XIMENA,
    YUKI,
    Msg,
    attachment,
    dh,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ==================================== rejections ========================================
add(
    mail(
        AROHA,
        "workday-rejection-te-awa",
        "rejection",
        frm=("Te Awa Regional Health", "teawahealth@myworkday.com"),
        subject="Update on your application: Clinical Data Analyst (R-10482)",
        date=dh("2026-05-15 16:10:00", "Pacific/Auckland"),
        body="""Kia ora Aroha,

Thank you for taking the time to interview with us for the Clinical Data Analyst role. The panel was impressed with your experience; however, we have decided to proceed with another candidate whose background more closely matches our current needs.

We encourage you to apply for future roles at Te Awa Regional Health.

Ngā mihi,
Talent Acquisition
""",
        label=note("Workday rejection after an interview."),
    )
)

add(
    mail(
        MARC,
        "greenhouse-rejection-after-final",
        "rejection",
        frm=("Ferrovia AI", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Camille Beaulieu", "camille.beaulieu@ferrovia-ai.example"),
        subject="Your application to Ferrovia AI",
        date=dh("2026-11-10 14:30:00", "America/Toronto"),
        body="""Hi Marc-André,

Thank you for the time you invested in our interview process for the Machine Learning Engineer role, and for the thoughtful conversation with Geneviève and Seun.

After careful consideration, we've decided not to move forward with your candidacy at this time. This was a difficult decision given the strength of the candidates we met.

We'd be glad to stay in touch for future opportunities.

All the best,
Camille Beaulieu
Ferrovia AI
""",
        label=note("Greenhouse rejection naming past interviewers."),
    )
)

add(
    mail(
        THANDI,
        "agency-rejection-kubernetes-feedback",
        "rejection",
        frm=("Musa Ndlovu", "musa.ndlovu@bayviewtalent.example"),
        subject="Mzansi Logistics feedback",
        date=dh("2026-04-29 12:05:00", "Africa/Johannesburg"),
        body="""Hi Thandi,

I've had feedback from Sipho at Mzansi Logistics. They really liked your system design thinking, but they have decided to go with a candidate with more hands-on Kubernetes experience, so unfortunately it's a no this time.

I have two other roles in mind for you – are you free for a quick call on Thursday to discuss?

Kind regards,
Musa
Bayview Talent Partners
""",
        label=note(
            "Agency passes on a rejection and proposes a call about other roles (not an interview)."
        ),
    )
)

add(
    mail(
        YUKI,
        "formal-rejection-japanese-style",
        "rejection",
        frm=("Shirakaba Securities Human Resources", "saiyo@shirakaba-sec.example"),
        subject="選考結果のご連絡 / Result of your application",
        date=dh("2026-06-02 10:00:00", "Asia/Tokyo"),
        body="""田中 由紀 様

Dear Ms. Tanaka,

Thank you very much for taking the time to attend our interview for the Quantitative Analyst position.

After careful deliberation, we regret to inform you that we are unable to offer you a position on this occasion. We sincerely appreciate your interest in Shirakaba Securities and wish you every success in your future endeavours.

Please note that we are unable to provide individual feedback on the selection.

Yours sincerely,
Human Resources Department
Shirakaba Securities Co., Ltd.
""",
        label=note("Formal bilingual rejection with a Japanese subject."),
    )
)

add(
    mail(
        SIOBHAN,
        "personio-rejection",
        "rejection",
        frm=("Kranich Mobility GmbH", "noreply@personio.de"),
        subject="Your application as Customer Success Lead (Ireland)",
        date=dh("2026-04-24 09:15:00", "Europe/Berlin"),
        body="""Dear Siobhán,

thank you again for the interview and your interest in Kranich Mobility.

We have now completed our selection process and have decided in favour of another candidate. This decision was not easy for us.

With your consent, we will keep your documents in our talent pool for 6 months. You can withdraw this consent at any time.

Best regards
Jana Wojciechowska
""",
        label=note("Personio rejection with a talent-pool note."),
    )
)

add(
    mail(
        KOFI,
        "academic-search-concluded",
        "rejection",
        frm=("Faculty Search Committee", "atmos-search@front-range-univ.example"),
        subject="Assistant Professor search – update",
        date=dh("2026-03-30 11:00:00", "America/Denver"),
        body="""Dear Dr. Mensah-Boateng,

Thank you for your interest in the Assistant Professor position in Atmospheric Data Science and for visiting our campus. I am writing to let you know that the search has concluded and the position has been filled.

The committee appreciated your seminar and wishes you success in your career.

Sincerely,
Eleanor Whitcombe
Chair, Search Committee
""",
        label=note("Academic search concluded: a rejection without the word 'unfortunately'."),
    )
)

add(
    mail(
        JOAO,
        "rejection-with-coffee-offer",
        "rejection",
        frm=("Beatriz Lopes", "beatriz.lopes@cerradoagro.example"),
        subject="Data Scientist – feedback",
        date=dh("2026-05-15 17:30:00", "America/Sao_Paulo"),
        body="""Olá João,

Thank you for the interviews with Camila and Thiago. We have decided not to move forward with your application for the Data Scientist position; the team chose a candidate with more experience in crop modelling.

Thiago suggested that he would be happy to have a coffee with you if you are ever in Goiânia, to talk about the field – just let me know.

Abraços,
Beatriz
""",
        label=note("Rejection with an optional future coffee: still a rejection."),
    )
)

add(
    mail(
        WEILING,
        "smartrecruiters-rejection",
        "rejection",
        frm=("Merlion Ledger", "notification@smartrecruiters.com"),
        subject="Compliance Analyst at Merlion Ledger",
        date=dh("2026-05-20 18:00:00", "Asia/Singapore"),
        body="""Dear Wei Ling,

Thank you for applying to the Compliance Analyst position at Merlion Ledger and for speaking with our team.

We have reviewed your application carefully and, unfortunately, we will not be moving forward at this stage.

We wish you the best of luck in your job search.

Merlion Ledger Talent Team

This message was sent using SmartRecruiters.
""",
        label=note("ATS rejection."),
    )
)

# ====================================== offers ==========================================
_pdf = b"%PDF-1.4\n% invented placeholder offer letter\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
add(
    mail(
        XIMENA,
        "offer-letter-fondo-colibri",
        "offer",
        frm=("Luis Arriaga", "luis.arriaga@fondocolibri.example"),
        subject="Carta oferta / Offer letter – Investment Operations Associate",
        date=dh("2026-06-19 12:00:00", "America/Mexico_City"),
        body="""Hola Ximena,

On behalf of Fondo Colibrí, I am delighted to offer you the position of Investment Operations Associate, reporting to Ana Sofía Treviño Garza.

Start date: Wednesday, July 1, 2026
Gross monthly salary: MXN 68,000, plus a 30-day aguinaldo and major medical insurance

The attached letter sets out the full terms. Please sign and return it by Friday, June 26, 2026.

Felicidades!
Luis Arriaga
Fondo Colibrí
""",
        attachments=[attachment(_pdf, "application/pdf", "Carta_Oferta_XHernandez.pdf")],
        label=note("Formal offer with a start date and a PDF attachment."),
    )
)

add(
    mail(
        FATIMA,
        "agency-offer-call-proposed",
        "offer",
        frm=("Daniel Hartley", "daniel.hartley@castlegate-search.example"),
        subject="OFFER – Meridian Ports",
        date=dh("2026-05-25 13:20:00", "Asia/Dubai"),
        body="""Fatima,

Delighted to tell you Meridian Ports want to offer you the Financial Controller role! Package is AED 48,000 per month plus housing allowance and annual flights.

Can we speak at 5pm today to go through the details before they send the written offer?

Daniel Hartley
Partner | Castlegate Executive Search
+971 4 555 0181
""",
        label=note("Agency offer that proposes a call: an offer, not an interview."),
    )
)

add(
    mail(
        MARC,
        "verbal-offer-followup",
        "offer",
        frm=("Noor Rahimi", "noor.rahimi@tessellatehealth.example"),
        subject="Following up on our call",
        date=dh("2026-11-04 16:45:00", "America/Toronto"),
        body="""Hi Marc-André,

It was great to speak earlier! As promised, here's a summary of the verbal offer for the Director of Engineering role:

- Base salary: CAD 215,000
- Target bonus: 15%
- Equity: 40,000 stock options, 4-year vesting
- Start date: Monday, January 4, 2027

The formal offer letter will come via DocuSign tomorrow. Ingrid is thrilled.

Best,
Noor
""",
        label=note("Verbal offer summary."),
    )
)

add(
    mail(
        KOFI,
        "workday-offer-ready",
        "offer",
        frm=("Solstice Grid Energy", "solsticegrid@myworkday.com"),
        subject="Action Required: Your offer from Solstice Grid Energy",
        date=dh("2026-05-19 09:00:00", "America/Denver"),
        body="""Hi Kofi,

Congratulations! We are pleased to extend an offer for the position of Grid Software Engineer II.

Please sign in to your candidate home account to review and accept your offer letter by May 26, 2026:
https://solsticegrid.wd5.myworkday.com/solsticegrid/d/home.htmld

Solstice Grid Energy Talent Acquisition
""",
        label=note("Workday offer notification."),
    )
)

add(
    mail(
        SIOBHAN,
        "conditional-offer-references",
        "offer",
        frm=("Recruitment Unit", "recruitment@healthinnovation.gov.example"),
        subject="Provisional offer – Senior Business Analyst (Grade VII)",
        date=dh("2026-05-29 14:00:00", "Europe/Dublin"),
        body="""A Chara,

I am pleased to inform you that, following the interview on 14 May, you have been placed first on the panel for Senior Business Analyst (Grade VII), and we wish to make you a provisional offer of appointment.

The offer is subject to satisfactory references, Garda vetting and a pre-employment health assessment. Please complete the attached clearance forms and return them within ten working days.

Is mise le meas,
Recruitment Unit
Health Innovation Office
""",
        label=note("Public-sector provisional offer, conditional on references and vetting."),
    )
)

add(
    mail(
        YUKI,
        "academic-postdoc-offer",
        "offer",
        frm=("Satoshi Kagawa", "kagawa@marine.kaigan-u.example"),
        subject="Postdoctoral position – offer",
        date=dh("2026-06-22 11:20:00", "Asia/Tokyo"),
        body="""Dear Dr. Tanaka,

Thank you for the interview on 12 June. I am very happy to offer you the postdoctoral researcher position in our group, for two years starting 1 October 2026, with an annual salary of JPY 5,400,000.

Please let me know by 6 July whether you accept, and the administration office will send the formal documents.

With best regards,
Satoshi Kagawa
""",
        label=note("Academic offer from the professor."),
    )
)
