"""Outcomes and automatic mail in English: rejections, offers, cancellations, a bounce and
a mailing."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    ANWEN,
    BRONWYN,
    DOMINIC,
    EVERETT,
    FENELLA,
    GARETH,
    HIRAM,
    IKAIKA,
    INES,
    JESSAMY,
    NIKHIL,
    ODETTE,
    OUTLOOK,
    ROSALIND,
    TAMAR,
    ZEPHYR,
    bounce,
    bulk,
    cal_mail,
    d,
    dh,
    gq,
    html_mail,
    lab,
    note,
    pdf,
    person,
    thread,
    vendor,
)

MESSAGES = [
    # 1. Rejection after the loop, warm, from the hiring manager.
    person(
        ROSALIND,
        "rejection-after-loop-from-manager",
        "rejection",
        frm=("Harriet Okonedo-Stein", "harriet.okonedo@harrowgate-labs.example"),
        subject="Staff Data Engineer - thank you",
        date=dh("2043-09-29 17:30", "America/New_York"),
        body="""Hi Rosalind,

Thank you for spending the day with us last week. The panel enjoyed meeting you, and this
was a close decision, but we've decided to offer the role to another candidate whose
background in streaming systems is a closer match for what we need right now.

I'd genuinely like to stay in touch.

Harriet
""",
        label=note("A personal rejection after the onsite loop.", company="Harrowgate Labs"),
    ),
    # 2. Rejection buried in a thank-you thread reply.
    person(
        TAMAR,
        "rejection-reply-to-thank-you-note",
        "rejection",
        frm=("Sunniva Abernathy-Oke", "sunniva.abernathy@lakeshore-ledger.example"),
        subject="Re: Thank you",
        date=dh("2043-10-28 12:40", "America/Toronto"),
        body=thread(
            """Tamar, thank you for the kind note. I'm sorry to say that we've decided not to
move forward - we need someone with more IFRS 17 experience. It was a pleasure to meet
you, and I hope our paths cross again.

Sunniva""",
            gq(
                "2043-10-23 14:10",
                "America/Toronto",
                "Tamar Goldfarb-Asiedu <tamar.goldfarb@example.net>",
                "Dear Sunniva, thank you for today's conversation - I enjoyed it very much.",
            ),
        ),
        label=note(
            "A rejection written as a reply to the user's thank-you note.",
            company="Lakeshore Ledger",
        ),
    ),
    # 3. Rejection before interview, ATS.
    vendor(
        JESSAMY,
        "application-not-progressing-before-interview",
        "rejection",
        frm=("Bluenose Shipping Careers", "careers@bluenose-shipping.example"),
        subject="Update on your application - Marine Logistics Coordinator",
        date=dh("2043-09-22 10:00", "America/Halifax"),
        body="""Dear Jessamy,

Thank you for your interest in the Marine Logistics Coordinator position. We received a
high number of applications, and after reviewing yours we will not be progressing it to
the interview stage on this occasion.

Kind regards,
Bluenose Shipping Talent Team
""",
        label=note("A rejection before any interview.", company="Bluenose Shipping"),
    ),
    # 4. Rejection that also asks for feedback survey - still rejection.
    vendor(
        ODETTE,
        "rejection-with-survey-link",
        "rejection",
        frm=("Savannah Grid Recruitment", "recruitment@savannah-grid.example"),
        subject="Procurement Lead - outcome of your interview",
        date=dh("2043-09-30 16:00", "Africa/Nairobi"),
        body="""Dear Odette,

Thank you for attending the interview for the Procurement Lead position. We regret to
inform you that you were not successful on this occasion.

We would value your feedback on our recruitment process (3 minutes):
https://savannah-grid.example/survey/candidate

Regards,
Savannah Grid Recruitment
""",
        label=note("Rejection after interview with a survey link.", company="Savannah Grid"),
    ),
    # 5. Offer with PDF attached.
    person(
        FENELLA,
        "offer-letter-pdf-aireborough",
        "offer",
        frm=("Gillian Thwaite", "gillian.thwaite@aireborough-health.example"),
        subject="Conditional offer of employment - Clinical Data Manager",
        date=dh("2043-11-04 15:00", "Europe/London"),
        body="""Dear Fenella,

Following your interview, I am delighted to offer you the post of Clinical Data Manager,
subject to satisfactory references and an occupational health check. Your offer letter and
contract are attached. Please sign and return them by 18 November.

Kind regards,
Gillian Thwaite
Recruitment Administrator, Aireborough Health
""",
        attachments=[pdf("Offer_Letter_Ruddock-Asamoah.pdf")],
        label=note("A conditional offer with a PDF.", company="Aireborough Health"),
    ),
    # 6. Verbal offer follow-up with a call to discuss (offer, not interview).
    person(
        GARETH,
        "offer-call-to-discuss-package",
        "offer",
        frm=("Cheung Wai-lam", "wailam.cheung@harbourline.example"),
        subject="Great news - Quant Developer",
        date=dh("2043-11-18 18:05", "Asia/Hong_Kong"),
        body=f"""Hi Gareth,

I'm very happy to tell you the team would like to make you an offer for the Quant
Developer role! Could we speak on {d("2043-11-20", "uk")} at 12:30 to walk you through the
package? The written offer will follow the call.

Wai-lam
""",
        label=note(
            "An offer announcement; the proposed call discusses the package, it is not an "
            "interview, so no start is labelled.",
            company="Harbourline Capital",
        ),
    ),
    # 7. Interview cancelled by Exchange CANCEL.
    cal_mail(
        HIRAM,
        "exchange-canceled-interview-ironvale",
        "interview_cancelled",
        date=dh("2043-11-13 08:00", "America/Detroit"),
        frm=("Colm Battersby", "colm.battersby@ironvale-auto.example"),
        to=HIRAM.mailbox,
        subject="Canceled: Final interview - Hiram Lockhart-Dzane",
        body="The hiring manager has left the company and the role is being re-scoped. "
        "We'll be in touch if it reopens. Colm",
        style="outlook",
        event={
            "summary": "Final interview - Hiram Lockhart-Dzane",
            "prodid": OUTLOOK,
            "method": "CANCEL",
            "sequence": 1,
            "organizer": ("Colm Battersby", "colm.battersby@ironvale-auto.example"),
            "attendees": [
                ("Hiram Lockhart-Dzane", HIRAM.addresses[0]),
                ("Beatrice Obuya", "beatrice.obuya@ironvale-auto.example"),
            ],
            "start": "2043-11-18 10:00",
            "minutes": 60,
            "zone": "Eastern Standard Time",
            "description": "The hiring manager has left the company.",
            "location": "Microsoft Teams Meeting",
        },
        label=lab(
            "2043-11-18 10:00",
            "America/Detroit",
            "America/New_York",
            company="Ironvale Automotive",
            who=["Beatrice Obuya"],
            emails=["beatrice.obuya@ironvale-auto.example"],
            notes="Exchange cancellation (METHOD:CANCEL) for a final round; the TZID "
            "'Eastern Standard Time' maps to America/New_York.",
        ),
    ),
    # 8. Cancellation: interviewer ill, will reschedule later (no new time).
    person(
        BRONWYN,
        "cancelled-panel-chair-unwell-brisbane",
        "interview_cancelled",
        frm=("Queensland Coastal Authority Recruitment", "recruitment@qcoastal.example"),
        subject="Interview postponed - Senior Hydrologist (Ref QCA-4471)",
        date=dh("2043-10-12 16:30", "Australia/Brisbane"),
        body=f"""Dear Ms Tregear-Addo,

Unfortunately the chair of the selection panel, Dr. Emmanuel Okafor-Reid, is unwell, and
your interview scheduled for {d("2043-10-13", "uky")} at 1:00pm has been postponed. We will
contact you with a new date as soon as possible.

Recruitment Services
""",
        label=lab(
            "2043-10-13 13:00",
            "Australia/Brisbane",
            None,
            company="Queensland Coastal Authority",
            role="Senior Hydrologist",
            who=["Emmanuel Okafor-Reid"],
            notes="Postponed without a new time: a cancellation at the old time.",
        ),
    ),
    # 9. Postfix bounce (multipart/report).
    bounce(
        NIKHIL,
        "postfix-bounce-thank-you-straits-logix",
        reporter="MAILER-DAEMON@mx2.example.org",
        date=dh("2043-09-25 18:02", "Asia/Singapore"),
        text="""This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<meenakshi.raghavan@straits-logix.example>: host
    mx.straits-logix.example[203.0.113.25] said: 550 5.1.1 User unknown
""",
        status="""Reporting-MTA: dns; mx2.example.org
Arrival-Date: Fri, 25 Sep 2043 18:01:58 +0800

Final-Recipient: rfc822; meenakshi.raghavan@straits-logix.example
Original-Recipient: rfc822;meenakshi.raghavan@straits-logix.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.straits-logix.example
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
        original="""From: Nikhil Subramaniam-Kerr <nikhil.subramaniam@example.org>
To: meenakshi.raghavan@straits-logix.example
Subject: Thank you for today's interview
Date: Fri, 25 Sep 2043 18:01:40 +0800
""",
        label=note("A Postfix bounce of the user's thank-you note (guessed address)."),
    ),
    # 10. Bulk: careers newsletter from a company she interviewed with.
    html_mail(
        ZEPHYR,
        "talent-newsletter-salal-apps",
        "bulk",
        frm=("Salal Apps Careers", "careers-news@salal-apps.example"),
        subject="Life at Salal: October roles and our interview tips",
        date=dh("2043-10-09 09:00", "America/Vancouver"),
        extra=bulk("<talent.salal-apps.example>", "https://salal-apps.example/unsubscribe"),
        markup="""<h2>Life at Salal - October</h2>
<p>12 new roles in Vancouver and Victoria. Plus: what to expect in your interview with our
mobile team, from the people who run it.</p>
<p><a href="https://salal-apps.example/careers">See open roles</a> ·
<a href="https://salal-apps.example/unsubscribe">Unsubscribe</a></p>""",
        label=note("A talent-community newsletter: bulk."),
    ),
    # 11. Rejection, agency relays client decision.
    person(
        INES,
        "agency-relays-client-no-perth",
        "rejection",
        frm=("Courtney Baird", "courtney.baird@swan-river-search.example"),
        subject="Feedback from Bellwether",
        date=dh("2043-11-16 09:30", "Australia/Perth"),
        body="""Hi Ines,

I've just heard back from Bellwether Re. They were impressed with your modelling, but have
decided to go with a candidate who is based in London. I know that's disappointing - I'll
keep you front of mind for the reinsurance roles we have coming up here in Perth.

Courtney
""",
        label=note("An agency relays the client's rejection.", company="Bellwether Re"),
    ),
    # 12. Offer in body with salary, from a small company founder.
    person(
        EVERETT,
        "offer-in-body-salary-phoenix",
        "offer",
        frm=("Guadalupe Reyes-Whitfield", "lupe.reyes@sonoran-solar.example"),
        subject="Offer - Field Operations Lead",
        date=dh("2043-11-09 17:00", "America/Phoenix"),
        body="""Hi Everett,

We'd love you to join Sonoran Solar as Field Operations Lead. Base salary $104,000, a 10%
annual bonus target, and a start date of December 1. The formal letter will come through
DocuSign tomorrow; let me know if you have any questions.

Lupe
""",
        label=note("An offer stated in the body.", company="Sonoran Solar"),
    ),
    # 13. Cancellation because the position was filled, from recruiter with quote.
    person(
        DOMINIC,
        "cancelled-position-filled-adelaide",
        "interview_cancelled",
        frm=("Wendy Hallett", "wendy.hallett@port-adelaide-freight.example"),
        subject="Re: Interview Tuesday",
        date=dh("2043-10-16 12:00", "Australia/Adelaide"),
        body=thread(
            """Hi Dominic, I'm sorry to do this at short notice, but the Logistics Analyst
position has been filled by an internal candidate, so we need to cancel Tuesday's interview.
Thank you for your interest.

Wendy""",
            gq(
                "2043-10-14 09:00",
                "Australia/Adelaide",
                "Wendy Hallett <wendy.hallett@port-adelaide-freight.example>",
                f"""Confirming {d("2043-10-20", "uk")} at 2pm with Marco Bianchi-Ellis.""",
            ),
        ),
        label=lab(
            "2043-10-20 14:00",
            "Australia/Adelaide",
            None,
            company="Port Adelaide Freight",
            role="Logistics Analyst",
            who=["Marco Bianchi-Ellis"],
            notes="Role filled internally; the cancelled time comes from the quote.",
        ),
    ),
    # 14. Rejection Honolulu.
    person(
        IKAIKA,
        "rejection-after-phone-screen-honolulu",
        "rejection",
        frm=("Marcy Delacroix", "marcy.delacroix@fernridge-bio.example"),
        subject="Lab Operations Manager - update",
        date=dh("2043-11-06 10:00", "America/Los_Angeles"),
        body="""Hi Ikaika,

Thanks again for speaking with Hiroshi. We've decided to prioritise candidates who can be
on site in South San Francisco four days a week, so we won't be moving forward with your
application. I'm sorry this isn't better news.

Marcy
""",
        label=note("A rejection after an interview.", company="Fernridge Bio"),
    ),
    # 15. Anwen: an offer of a different, junior position - still offer.
    person(
        ANWEN,
        "offer-alternative-role-cardiff",
        "offer",
        frm=("Rhiannon Bevan-Osei", "rhiannon.bevan@glaslyn-energy.example"),
        subject="Your assessment day - outcome",
        date=dh("2043-10-27 11:00", "Europe/London"),
        body="""Dear Anwen,

Thank you for attending the assessment day. While the panel have decided not to appoint to
the Grid Planning Engineer post at this time, they were very impressed and would like to
offer you the role of Network Planning Engineer (Grade 6) instead, starting in January.
Details of the package are attached to our portal; please let me know by 3 November.

Kind regards,
Rhiannon Bevan-Osei
""",
        label=note(
            "Declines the applied-for post but offers another: labelled 'offer'. A careful "
            "reader might weigh the rejection sentence first.",
            company="Glaslyn Energy",
        ),
    ),
]
