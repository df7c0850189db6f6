"""Outcomes: rejections and offers in the courtesy formulas of each market."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    AMIRAH,
    ANUSHREE,
    CALLUM,
    GENEVRA,
    JARROD,
    KARTHIK,
    MATILDA,
    NAKATO,
    NIAMH,
    OTIENO,
    PIETER,
    SADIA,
    TAMATI,
    TAMSIN,
    WEILING,
    dh,
    html_mail,
    note,
    person,
    vendor,
)

MESSAGES = []
add = MESSAGES.append

# UK rejection after interview, agency.
Z = TAMSIN.timezone
add(
    person(
        TAMSIN,
        "agency-feedback-unsuccessful-leeds",
        "rejection",
        frm=("Lewis Tranter", "lewis.tranter@pennine-office.example"),
        subject="Harrowgate Lettings - feedback",
        date=dh("2045-04-25 12:10", Z),
        body="""Hi Tamsin,

Thanks again for going along on Thursday. I've had feedback from Gillian and I'm afraid
they've decided to go with another candidate who had more experience with their property
software. She said you came across really well and were a very close second.

Don't be disheartened - I've got a couple of other roles I think you'd be great for, I'll
give you a bell this afternoon.

Lewis""",
        label=note("Rejection after interview, through the agency."),
    )
)

# Indian rejection, formal.
Z = ANUSHREE.timezone
add(
    person(
        ANUSHREE,
        "tungabhadra-not-shortlisted-next-round",
        "rejection",
        frm=("Deepika Ramaswamy", "deepika.ramaswamy@tungabhadra-analytics.example"),
        subject="Update on your application - Senior Data Engineer",
        date=dh("2045-04-18 18:30", Z),
        body="""Dear Anushree,

Thank you for taking the time to attend the technical discussion with our team.

After careful consideration, we regret to inform you that we will not be moving forward
with your candidature at this point in time. We will retain your profile in our database
for future opportunities that match your skill set.

We wish you all the very best in your job search.

Regards,
Deepika Ramaswamy
Talent Acquisition | Tungabhadra Analytics Pvt. Ltd.""",
        label=note("Rejection after the technical round."),
    )
)

# Australian rejection before interview, HTML ATS.
Z = MATILDA.timezone
add(
    html_mail(
        MATILDA,
        "pageup-style-unsuccessful-before-interview",
        "rejection",
        frm=("Harbour Bridge Bank Careers", "careers@harbourbridge-bank.example"),
        subject="Your application for Product Owner - Lending (Job 55231)",
        date=dh("2045-04-12 16:00", Z),
        markup="""<p>Dear Matilda,</p>
<p>Thank you for your interest in the Product Owner - Lending position at Harbour Bridge
Bank.</p>
<p>We received a high number of applications and on this occasion your application has not
been progressed to the interview stage.</p>
<p>We encourage you to keep an eye on our careers site for future roles.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Harbour Bridge Bank</p>""",
        label=note("Rejection before interview (HTML only)."),
    )
)

# NZ rejection after interview by phone follow-up.
Z = TAMATI.timezone
add(
    person(
        TAMATI,
        "kauri-point-unsuccessful-nga-mihi",
        "rejection",
        frm=("Mereana Tipene", "mereana.tipene@kauripoint.example"),
        subject="Community Engagement Coordinator - outcome",
        date=dh("2045-06-02 15:20", Z),
        body="""Kia ora Tamati,

Thank you so much for your time last week and for the kōrero. It was a really tough
decision, but we have offered the role to another candidate whose experience with rangatahi
programmes was a closer fit.

I'd love to keep in touch - there may be a fixed-term project coming up later in the year.

Ngā mihi nui,
Mereana""",
        label=note("Rejection after interview."),
    )
)

# Singapore rejection, terse.
Z = WEILING.timezone
add(
    vendor(
        WEILING,
        "marina-straits-regret-to-inform",
        "rejection",
        frm=("Marina Straits Insurance HR", "hr.recruit@marinastraits.example"),
        subject="Application for Compliance Manager",
        date=dh("2045-06-05 17:00", Z),
        body="""Dear Ms Tan,

We refer to your application and interview for the position of Compliance Manager.

We regret to inform you that your application has been unsuccessful. We thank you for your
interest in Marina Straits Insurance and wish you every success in your career.

Yours sincerely,
Human Resources""",
        label=note("Rejection after the interviews."),
    )
)

# Kampala: rejection ("we regret").
Z = NAKATO.timezone
add(
    person(
        NAKATO,
        "kampala-cooperative-regret",
        "rejection",
        frm=("Recruitment Committee", "jobs@lakevictoria-cooperative.example"),
        subject="RE: ORAL INTERVIEW - FINANCE OFFICER - RESULTS",
        date=dh("2045-06-01 10:00", Z),
        body="""Dear Nakato,

Thank you for attending the oral interview for the position of Finance Officer. We regret
to inform you that you were not successful. We appreciate your interest in working with
Lake Victoria Farmers' Cooperative.

Sarah Namutebi
Secretary, Recruitment Committee""",
        label=note("Rejection after interview."),
    )
)

# Offer: India, CTC in LPA.
Z = KARTHIK.timezone
add(
    person(
        KARTHIK,
        "vaigai-ev-offer-ctc-lpa",
        "offer",
        frm=("Nandini Subramanian", "nandini@vaigai-ev.example"),
        subject="Offer - Quality Lead - Vaigai EV",
        date=dh("2045-05-10 20:15", Z),
        body="""Hi Karthikeyan,

It was a pleasure having you through the process. I'm delighted to offer you the role of
Quality Lead at Vaigai EV.

- Fixed CTC: INR 32,00,000 per annum
- Variable: up to 10% of fixed
- ESOPs: 2,400 options vesting over 4 years
- Joining: on or before 1st July 2045, Hosur plant

The formal offer letter is attached via our HR portal. Please confirm your acceptance by
Monday, and do let me know if you'd like to discuss anything.

Warm regards,
Nandini Subramanian
Co-founder & CEO, Vaigai EV""",
        label=note("Offer with CTC."),
    )
)

# Offer: South Africa.
Z = PIETER.timezone
add(
    person(
        PIETER,
        "highveld-conditional-offer-zar",
        "offer",
        frm=("Lerato Mokoena", "lerato.mokoena@highveld-mining.example"),
        subject="Conditional offer of employment - Mine Planning Engineer",
        date=dh("2045-06-07 14:30", Z),
        body="""Good afternoon Pieter

We are pleased to extend a conditional offer of employment for the position of Mine
Planning Engineer, subject to satisfactory reference, criminal and medical checks.

Total cost to company: R1 150 000 per annum, plus an annual performance bonus of up to 15%.
Start date: 1 August 2045.

Please find the offer letter attached and return a signed copy by Wednesday 14 June.

Kind regards
Lerato Mokoena
Talent Specialist, Highveld Mining""",
        label=note("Conditional offer."),
    )
)

# Offer: Ireland, verbal offer follow-up.
Z = NIAMH.timezone
add(
    person(
        NIAMH,
        "liffeyside-verbal-offer-follow-up",
        "offer",
        frm=("Conor Mac Giolla Rua", "conor.macgiollarua@liffeyside-payments.example"),
        subject="Following up on our call - offer",
        date=dh("2045-05-12 17:45", Z),
        body="""Hi Niamh,

Great to speak earlier - delighted you're interested! As promised, here's a summary of the
offer for the Customer Success Lead role:

Base salary: EUR 78,000
Bonus: 10% on-target
Holidays: 25 days plus bank holidays
Hybrid: 2 days a week in Grand Canal Dock

HR will send the contract on Monday. Have a think over the weekend and give me a shout with
any questions.

Conor""",
        label=note("Written summary of a verbal offer."),
    )
)

# Offer: Canada, HTML.
Z = GENEVRA.timezone
add(
    html_mail(
        GENEVRA,
        "bluenose-offer-letter-html",
        "offer",
        frm=("Bluenose Ferries HR", "hr@bluenose-ferries.example"),
        subject="Offer of Employment - Marine Operations Supervisor",
        date=dh("2045-06-12 11:00", Z),
        markup="""<p>Dear Genevra,</p>
<p>On behalf of Bluenose Ferries, we are pleased to offer you the position of <b>Marine
Operations Supervisor</b>, reporting to Colin Fougere.</p>
<ul><li>Annual salary: $86,500 CAD</li><li>Start date: July 10, 2045</li>
<li>Benefits: health and dental from day one, 4 weeks' vacation</li></ul>
<p>Please sign and return the attached letter by June 19.</p>
<p>Sincerely,<br>Nadine Comeau<br>HR Manager</p>""",
        label=note("Offer (HTML only)."),
    )
)

# Offer: Australia (Perth).
Z = JARROD.timezone
add(
    person(
        JARROD,
        "hamersley-ridge-offer-via-agency",
        "offer",
        frm=("Shaun O'Driscoll", "shaun.odriscoll@swanriver-resourcing.example"),
        subject="Offer!! Maintenance Planner - Hamersley Ridge Iron",
        date=dh("2045-05-05 15:40", Z),
        body="""Mate,

Great news - Hamersley Ridge Iron want to offer you the role! $165k base plus super, 8/6 roster,
flights from Perth. Contract's coming through from their HR today. Give me a buzz when you
get a sec and we'll go through it.

Cheers,
Shaun""",
        label=note("Offer through the agency."),
    )
)

# Rejection: Malaysia after final.
Z = AMIRAH.timezone
add(
    person(
        AMIRAH,
        "kl-bank-unsuccessful-after-second",
        "rejection",
        frm=("Farhana Zulkifli", "farhana.zulkifli@klang-valley-bank.example"),
        subject="Re: Invitation to Second Interview - Risk Analyst",
        date=dh("2045-05-19 11:00", Z),
        body="""Dear Cik Nur Amirah,

Thank you for attending the second interview. We regret to inform you that we have decided
to proceed with another candidate for the Risk Analyst position. We will keep your resume
for future vacancies.

Thank you and all the best.

Farhana Zulkifli""",
        label=note("Rejection after the second interview."),
    )
)

# Bangladesh: an offer "appointment letter".
Z = SADIA.timezone
add(
    person(
        SADIA,
        "dhaka-appointment-letter-offer",
        "offer",
        frm=("HR Department - Buriganga Apparels", "hr@buriganga-apparels.example"),
        subject="Appointment Letter - Merchandiser",
        date=dh("2045-06-06 13:00", Z),
        body="""Dear Sadia Chowdhury-Barnes,

We are pleased to offer you the post of Merchandiser at a gross monthly salary of BDT
85,000 with two festival bonuses per year. Please collect your appointment letter from our
Banani office and join by 1 July 2045.

Regards,
Md. Rafiqul Islam
Manager, HR & Compliance""",
        label=note("Offer (appointment letter)."),
    )
)

# Nairobi: ATS status "moved forward" without time - other.
Z = OTIENO.timezone
add(
    vendor(
        OTIENO,
        "ats-status-moved-to-final-no-time",
        "other",
        frm=("Rift Valley Relief Careers", "careers@rift-valley-relief.example"),
        subject="Your application status has changed",
        date=dh("2045-05-24 08:00", Z),
        body="""Hello Brian,

The status of your application for M&E Officer has changed to: Final Stage.

Our team will contact you with next steps. Log in to view your application:
https://careers.rift-valley-relief.example/me""",
        label=note("Status change with no time and no decision."),
    )
)

# London: rejection but keep in touch, after final.
Z = CALLUM.timezone
add(
    person(
        CALLUM,
        "bramblecote-outcome-close-call",
        "rejection",
        frm=("Ravi Chaudhry", "ravi.chaudhry@thamesgate-talent.example"),
        subject="Bramblecote - outcome",
        date=dh("2045-05-30 16:45", Z),
        body="""Hi Callum,

Sophie's asked me to pick this up while she's away. I'm sorry to say Bramblecote have gone
with an internal candidate for the Head of Analytics role. Eleanor was full of praise for
your case presentation and asked if we could keep you in mind for a Director role that may
open in the autumn.

Happy to jump on a call to go through the feedback.

Best,
Ravi""",
        label=note("Rejection after the final interview."),
    )
)
