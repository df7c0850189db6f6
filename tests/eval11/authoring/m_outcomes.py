"""Cancellations, reschedules, scheduling requests, rejections and offers (English)."""

from __future__ import annotations

from .kit import (
    AINO,
    CATHAL,
    CHIDINMA,
    CLARISSA,
    DECLAN,
    DILANI,
    ELENI,
    FARHAD,
    FEMKE,
    JARRAH,
    KAYA,
    MATILDA,
    NOUR,
    ROHAN,
    SEOYEON,
    TAHMID,
    TIAKI,
    WANJIRU,
    WENJIA,
    YOKASTA,
    ZOOM,
    Msg,
    d,
    dh,
    exchange,
    gcal,
    html_page,
    invite,
    lab,
    local,
    mail,
    mid,
    note,
    plus,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================ cancellations ======================================================

S = "2030-10-21 13:00"
add(
    gcal(
        MATILDA,
        "gcal-cancelled-mallee-adelaide",
        "interview_cancelled",
        start=S,
        zone="Australia/Adelaide",
        minutes=45,
        summary="Mallee Grain Co - interview with Matilda",
        organizer=("Shona Brereton", "shona.brereton@malleegrain.example"),
        guests=[
            ("Shona Brereton", "shona.brereton@malleegrain.example"),
            ("Dev Rajapakse", "dev.rajapakse@malleegrain.example"),
        ],
        date=dh("2030-10-17 09:14:00", "Australia/Adelaide"),
        cancelled=True,
        sequence=1,
        label=lab(
            S,
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Mallee Grain Co",
            who=["Shona Brereton", "Dev Rajapakse"],
            emails=["shona.brereton@malleegrain.example", "dev.rajapakse@malleegrain.example"],
            notes="Google cancellation (METHOD:CANCEL); ACDT.",
        ),
    )
)

S = "2030-10-20 10:00"
add(
    exchange(
        FARHAD,
        "exchange-canceled-herat-trading",
        "interview_cancelled",
        start=S,
        zone="Afghanistan Standard Time",
        minutes=60,
        subject="Interview - Import Compliance Officer",
        organizer=("Zahra Noori", "zahra.noori@silkgatetrading.example"),
        attendees=[("Wahid Karimi", "wahid.karimi@silkgatetrading.example")],
        date=dh("2030-10-16 14:20:00", "Asia/Kabul"),
        cancelled=True,
        sequence=1,
        prefix="Canceled: ",
        text="""Dear Farhad,

Unfortunately we have to cancel Sunday's interview: Wahid has been called to Herat for the week. I will write again with new options.

Regards,
Zahra Noori
Silkgate Trading
""",
        label=lab(
            S,
            "Afghanistan Standard Time",
            "Asia/Kabul",
            company="Silkgate Trading",
            role="Import Compliance Officer",
            who=["Wahid Karimi", "Zahra Noori"],
            emails=["wahid.karimi@silkgatetrading.example", "zahra.noori@silkgatetrading.example"],
            notes="Exchange CANCEL, TZID 'Afghanistan Standard Time' (+04:30); new options promised, none given.",
        ),
    )
)

S = "2030-11-18 20:00"
add(
    invite(
        CLARISSA,
        "zoom-cancel-utc-manila",
        "interview_cancelled",
        start=S,
        zone=None,
        utc_zone="Asia/Manila",
        minutes=45,
        summary="Clarissa Dizon - Driftwood Health - Technical Interview",
        organizer=("Marcus Ellery", "marcus.ellery@driftwoodhealth.example"),
        prodid=ZOOM,
        method="CANCEL",
        sequence=1,
        ics_mode="inline",
        frm=("Marcus Ellery", "marcus.ellery@driftwoodhealth.example"),
        subject="Cancelled: Clarissa Dizon - Driftwood Health - Technical Interview",
        date=dh("2030-11-15 06:12:00", "America/Los_Angeles"),
        body=f"""Hi Clarissa,

I'm sorry, I have to cancel our technical interview on {d(S, "us")} ({t12(S)} your time in Manila). The position has been put on hold pending budget approval.

Marcus Ellery
Engineering Manager, Driftwood Health
""",
        label=lab(
            S,
            "Asia/Manila",
            "Asia/Manila",
            company="Driftwood Health",
            who=["Marcus Ellery"],
            emails=["marcus.ellery@driftwoodhealth.example"],
            notes="Zoom CANCEL in UTC; the text gives Manila time (PHT 20:00).",
        ),
    )
)

S = "2030-11-14 10:00"
add(
    mail(
        ELENI,
        "greenhouse-cancelled-role-closed",
        "interview_cancelled",
        frm=("Thalassa Tech Recruiting", "no-reply@greenhouse-mail.io"),
        subject="Interview cancelled: Financial Planning Analyst",
        date=dh("2030-11-08 16:31:00", "Europe/Athens"),
        body=f"""Hi Eleni,

We're writing to let you know that your interview scheduled for {d(S, "usy")} at 10:00 AM EET with Kostas Lianos has been cancelled, as the Financial Planning Analyst position has been closed.

We appreciate your interest in Thalassa Tech and will keep your profile on file.

Thalassa Tech Recruiting
""",
        label=lab(
            S,
            "Europe/Athens",
            None,
            company="Thalassa Tech",
            role="Financial Planning Analyst",
            who=["Kostas Lianos"],
            notes="Greenhouse cancellation; 'EET' abbreviation; role closed.",
        ),
    )
)

S = "2030-10-25 15:00"
add(
    mail(
        WANJIRU,
        "manager-cancel-tomorrow-nairobi",
        "interview_cancelled",
        frm=("Samuel Mwangi", "samuel.mwangi@savannasolar.example"),
        subject="Re: Tomorrow's chat",
        date=dh("2030-10-24 19:05:00", "Africa/Nairobi"),
        in_reply_to=mid("savanna-chat", "savannasolar.example"),
        body="""Hi Mumbua,

Very sorry, but I need to cancel our 3pm tomorrow - I've been pulled into a site visit in Naivasha. I'll come back to you next week with new times.

Samuel
""",
        label=lab(
            S,
            "Africa/Nairobi",
            None,
            company="Savanna Solar",
            who=["Samuel Mwangi"],
            emails=["samuel.mwangi@savannasolar.example"],
            notes="Cancels '3pm tomorrow' (Friday 25 October); no new time.",
        ),
    )
)

S = "2030-11-11 17:00"
x = local(S, "Asia/Dhaka")
add(
    mail(
        TAHMID,
        "calendly-canceled-by-host-dhaka",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        subject=f"Canceled: Technical screen with Arif Hossain @ {x:%a} {x:%b} {x.day}, {x.year} 5pm (BST)",
        date=dh("2030-11-09 12:40:00", "Asia/Dhaka"),
        body=f"""Hi Tahmid Chowdhury,

Arif Hossain has canceled the event below.

Event: Technical screen - Meghna Cloud
Date/Time: 5:00pm - 5:45pm, {x:%A}, {x:%B} {x.day}, {x.year} (Bangladesh Standard Time)
Reason: "Travelling that day, will send a new link."

Schedule another time: https://calendly.com/arif-meghnacloud

Powered by Calendly.com
""",
        label=lab(
            S,
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Meghna Cloud",
            who=["Arif Hossain"],
            notes="Calendly cancellation by the host.",
        ),
    )
)

# ============================ reschedules with a new time =========================================

S = "2030-10-21 15:00"
add(
    exchange(
        CHIDINMA,
        "exchange-updated-seq2-lagos",
        "interview",
        start=S,
        zone="W. Central Africa Standard Time",
        minutes=60,
        subject="Chidinma Okonkwo-Eze - Product Designer - Design review",
        organizer=("Ifeoma Nwachukwu", "ifeoma.nwachukwu@okwuosapay.example"),
        attendees=[
            ("Tunde Adeyemi-Bakare", "tunde.adeyemibakare@okwuosapay.example"),
            ("Kelechi Obi", "kelechi.obi@okwuosapay.example"),
        ],
        date=dh("2030-10-15 12:02:00", "Africa/Lagos"),
        sequence=2,
        prefix="Updated: ",
        text="""Hello Chidinma,

Apologies - Tunde is now travelling on Thursday, so we have moved the design review to Monday afternoon. Same panel, same Teams link.

Ifeoma Nwachukwu
People Operations, OkwuosaPay
""",
        label=lab(
            S,
            "W. Central Africa Standard Time",
            "Africa/Lagos",
            company="OkwuosaPay",
            role="Product Designer",
            who=["Tunde Adeyemi-Bakare", "Kelechi Obi"],
            emails=[
                "tunde.adeyemibakare@okwuosapay.example",
                "kelechi.obi@okwuosapay.example",
            ],
            notes="Exchange update (SEQUENCE 2) moving an earlier request to Monday 15:00 WAT.",
        ),
    )
)

S = "2030-10-14 16:30"
OLD = "2030-10-10 10:00"
add(
    mail(
        TIAKI,
        "ashby-rescheduled-nzdt",
        "interview",
        frm=("Pūriri Haulage", "no-reply@ashbyhq.com"),
        reply_to=("Georgia Brownlee", "georgia.brownlee@puririhaulage.example"),
        subject="Rescheduled: Hiring Manager Interview with Pūriri Haulage",
        date=dh("2030-10-08 15:20:00", "Pacific/Auckland"),
        body=f"""Hi Tiaki,

Your Hiring Manager Interview has been rescheduled.

Previously: {d(OLD, "usy")}, {t12(OLD)} NZDT
Now: {d(S, "usy")}, {t12(S)} - {t12(plus(S, 45))} NZDT

Interviewer: Hemi Tautahi
Video: https://meet.google.com/kxt-yrpo-wqa

Powered by Ashby
""",
        label=lab(
            S,
            "Pacific/Auckland",
            None,
            company="Pūriri Haulage",
            who=["Hemi Tautahi"],
            notes="Ashby reschedule: both old and new times printed; the new one counts.",
        ),
    )
)

S = "2030-11-06 15:30"
add(
    mail(
        KAYA,
        "moved-later-same-day-anchorage",
        "interview",
        frm=("Jo Akhiok-Tran", "jo.akhioktran@aurorapipe.example"),
        to="Kaya Nukwestsa-Brown <kaya.jobhunt@example.net>",
        subject="Small change - interview moved to 3:30",
        date=dh("2030-11-05 17:44:00", "America/Anchorage"),
        body="""Hi Kaya,

Quick heads up: tomorrow's interview with Pete Kashevaroff has been moved to 3:30pm (was 1pm). Everything else is the same - Aurora Pipe office, 4th floor, 3000 C St.

Thanks for being flexible!
Jo Akhiok-Tran
HR Coordinator, Aurora Pipe Services
""",
        label=lab(
            S,
            "America/Anchorage",
            None,
            company="Aurora Pipe Services",
            who=["Pete Kashevaroff"],
            notes="'moved to 3:30pm (was 1pm)' tomorrow; AKST after the switch; coordinator not an interviewer.",
        ),
    )
)

# ============================ scheduling requests =================================================

add(
    mail(
        DECLAN,
        "greenhouse-availability-request-halifax",
        "scheduling_request",
        frm=("Bluenose Analytics", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Tamsin Gould", "tamsin.gould@bluenoseanalytics.example"),
        subject="Bluenose Analytics - Please share your availability",
        date=dh("2030-10-22 10:30:00", "America/Halifax"),
        body="""Hi Declan,

Thanks for your interest in the Data Platform Engineer role! We'd like to schedule a 45-minute technical interview. Please let us know your availability over the next week using the link below:

https://app.greenhouse.io/candidate_availability/4f2c81d0a7

Please make sure the time zone shown matches where you'll be.

Best,
Tamsin Gould
Recruiting Coordinator, Bluenose Analytics
""",
        label=note(
            "Greenhouse availability request; nothing booked.", company="Bluenose Analytics"
        ),
    )
)

add(
    mail(
        WENJIA,
        "goodtime-pick-a-slot-vancouver",
        "scheduling_request",
        frm=("Fraser Quay Robotics", "scheduling@goodtime.io"),
        subject="Action needed: choose a time for your interview with Fraser Quay Robotics",
        date=dh("2030-10-25 09:15:00", "America/Vancouver"),
        rich=html_page(
            """<p>Hi Wen Jia,</p>
<p>Please choose a time for your <b>Hiring Manager Screen</b> (30 minutes) with Fraser Quay Robotics.</p>
<p><a href="https://app.goodtime.io/schedule/fqr/8a1e77">Select a time</a></p>
<p>Available times are shown in your local time zone. This link expires in 5 days.</p>"""
        ),
        label=note("GoodTime self-scheduling link; nothing booked."),
    )
)

A, B = "2030-11-12 10:00", "2030-11-13 14:00"
add(
    mail(
        JARRAH,
        "agency-two-slots-brisbane",
        "scheduling_request",
        frm=("Kristy Oakes", "kristy.oakes@coraltalent.example"),
        subject="Final round - Pandanus Rail - which suits?",
        date=dh("2030-11-06 11:52:00", "Australia/Brisbane"),
        body="""Hey Jarrah,

Great news, they want you for the final round with their GM! Would Tue 12/11 at 10am or Wed 13/11 at 2pm suit? Both at Bowen Hills again.

Let me know and I'll lock it in.

Kristy
""",
        label=note("Two options offered; nothing booked yet.", company="Pandanus Rail"),
    )
)

add(
    mail(
        CATHAL,
        "calendly-link-grab-a-slot-dublin",
        "scheduling_request",
        frm=("Aoife Dunleavy", "aoife@harbourkite.example"),
        subject="Quick chat about the Product Analyst role?",
        date=dh("2030-10-23 14:08:00", "Europe/Dublin"),
        body="""Hi Cathal,

Thanks for applying! I'd love to have a 20-minute intro call. Grab whatever slot suits you here: https://calendly.com/aoife-harbourkite/intro

Aoife
Talent, Harbour Kite
""",
        label=note("Calendly link to self-book; nothing booked.", company="Harbour Kite"),
    )
)

add(
    mail(
        SEOYEON,
        "modernloop-availability-seoul",
        "scheduling_request",
        frm=("Pinecone Vision Recruiting", "notifications@modernloop.io"),
        reply_to=("Nadia Ferrante", "nadia.ferrante@pineconevision.example"),
        subject="Share your availability for your Pinecone Vision onsite",
        date=dh("2030-11-15 02:11:00", "Asia/Seoul"),
        body="""Hi Ha-neul,

Congratulations on moving to the onsite stage! Please share at least three 4-hour windows over the next two weeks when you could do a virtual onsite. We'll schedule around US Pacific hours, so evenings/early mornings in Seoul are fine too.

Share availability: https://app.modernloop.io/availability/pv-5531

Nadia Ferrante
Recruiting Coordinator
""",
        label=note(
            "Availability request for an onsite; nothing booked.", company="Pinecone Vision"
        ),
    )
)

add(
    mail(
        AINO,
        "lever-self-schedule-helsinki",
        "scheduling_request",
        frm=("Kuusi Games", "no-reply@hire.lever.co"),
        subject="Schedule your interview with Kuusi Games",
        date=dh("2030-10-28 10:00:00", "Europe/Helsinki"),
        body="""Hi Aino,

We'd love to move forward with your application for Gameplay Programmer. Please pick a time for a 60-minute technical interview using the link below. Slots are shown in your browser's time zone.

https://jobs.lever.co/kuusigames/schedule/7f1d2a

Kuusi Games Talent Team
""",
        label=note("Lever self-scheduling; nothing booked.", company="Kuusi Games"),
    )
)

add(
    mail(
        FEMKE,
        "workable-availability-amsterdam",
        "scheduling_request",
        frm=("Keizersveld Logistiek via Workable", "noreply@workablemail.com"),
        subject="Keizersveld Logistiek would like to schedule an interview",
        date=dh("2030-11-11 13:37:00", "Europe/Amsterdam"),
        body="""Hi Femke,

Keizersveld Logistiek would like to invite you to an interview for Operations Analyst. Please choose one of the proposed time slots, or suggest other times that work for you:

https://apply.workable.com/keizersveld/interview/select/3da9

Good luck!
""",
        label=note("Workable slot selection; nothing booked.", company="Keizersveld Logistiek"),
    )
)

add(
    mail(
        ROHAN,
        "agency-next-week-availability-dubai",
        "scheduling_request",
        frm=("Sneha Kulkarni-Bhat", "sneha.kb@arabiansea-search.example"),
        subject="Next round - Al Safina Retail - your availability",
        date=dh("2030-11-03 12:30:00", "Asia/Kolkata"),
        body="""Dear Rohan,

Good news - Al Safina Retail would like to meet you for a final round with their COO. Please share 2-3 slots that work for you next week (Mon-Thu, between 10 AM and 4 PM Dubai time), and I will coordinate.

Thanks & Regards,
Sneha
""",
        label=note("Agency asks for availability; nothing booked.", company="Al Safina Retail"),
    )
)

# ============================ rejections ========================================================

add(
    mail(
        CLARISSA,
        "greenhouse-rejection-harborlight",
        "rejection",
        frm=("Harborlight Insurance Recruiting", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Harborlight Insurance",
        date=dh("2030-11-19 14:02:00", "America/New_York"),
        body="""Hi Maria Clarissa,

Thank you for taking the time to interview with us for the Claims Data Analyst position. We enjoyed learning about your background.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

We wish you the best in your search.

Harborlight Insurance Recruiting
""",
        label=note("Greenhouse rejection after interviews.", company="Harborlight Insurance"),
    )
)

add(
    mail(
        YOKASTA,
        "lever-rejection-lumen",
        "rejection",
        frm=("Lumen Parcel", "no-reply@hire.lever.co"),
        subject="Update on your Lumen Parcel application",
        date=dh("2030-10-31 10:45:00", "America/New_York"),
        body="""Hi Yokasta,

Thank you for meeting with Mariela, Desmond and Paulina. It was a close decision, but we won't be moving forward with your candidacy for the Customer Operations Lead role at this time.

We'd be glad to hear from you again for future openings.

Chris Abernathy-Lowe
Talent Partner, Lumen Parcel
""",
        label=note("Lever rejection after the itinerary day.", company="Lumen Parcel"),
    )
)

add(
    mail(
        ROHAN,
        "workday-falconcrest-not-selected",
        "rejection",
        frm=("Falconcrest Hospitality Careers", "falconcrest@myworkday.com"),
        subject="Update on your application: Revenue Manager (R-20817)",
        date=dh("2030-11-10 08:12:00", "Asia/Dubai"),
        body="""Dear Rohan Pereira-Mascarenhas,

Thank you for your interest in the Revenue Manager position. We regret to inform you that you have not been selected to move forward in the process.

Your candidate profile remains active, and you may apply to other positions through our careers site.

Falconcrest Hospitality Talent Acquisition
""",
        label=note("Workday status update: not selected.", company="Falconcrest Hospitality"),
    )
)

add(
    mail(
        SEOYEON,
        "ashby-rejection-after-onsite",
        "rejection",
        frm=("Kelpforge", "no-reply@ashbyhq.com"),
        reply_to=("Dana Whitcombe", "dana.whitcombe@kelpforge.example"),
        subject="Kelpforge - ML Platform role",
        date=dh("2030-11-13 15:31:00", "America/Los_Angeles"),
        body="""Hi Ha-neul,

Thank you for the energy you brought to your virtual onsite with Arjun and Lucía. The team was impressed, but we've decided not to extend an offer for the ML Platform role.

We'd love to stay in touch - we expect to open a research engineering role in Q2.

Dana Whitcombe
Recruiting Coordinator, Kelpforge
""",
        label=note("Ashby rejection after the onsite; future role mentioned.", company="Kelpforge"),
    )
)

add(
    mail(
        MATILDA,
        "personal-rejection-keep-in-touch",
        "rejection",
        frm=("Ewan Trethowan", "ewan.trethowan@saltbushanalytics.example"),
        subject="Following up on the technical interview",
        date=dh("2030-10-16 17:05:00", "Australia/Adelaide"),
        body="""Hi Matilda,

Thanks again for coming through the technical interview with Priyanka and me. I'm sorry to say we've gone with a candidate with more dbt experience for this one.

Honestly, it was close. If a second analyst role opens in the new year, I'd like to interview you again without you needing to go through the screen.

All the best,
Ewan
""",
        label=note(
            "Hiring manager's personal rejection; future interview only hypothetical.",
            company="Saltbush Analytics",
        ),
    )
)

add(
    mail(
        JARRAH,
        "icims-unsuccessful-brisbane",
        "rejection",
        frm=("Moreton Bay Water Careers", "careers-moretonbaywater@icims.com"),
        subject="Asset Planning Engineer (Req 4471) - outcome",
        date=dh("2030-11-08 15:30:00", "Australia/Brisbane"),
        body="""Dear Jarrah,

Thank you for attending an interview for the position of Asset Planning Engineer. We regret to advise that on this occasion your application has been unsuccessful.

We appreciate the time and effort you put into your application.

Talent Acquisition
Moreton Bay Water
""",
        label=note("iCIMS 'unsuccessful' letter after the interview.", company="Moreton Bay Water"),
    )
)

add(
    mail(
        NOUR,
        "recruitee-rejection-cairo",
        "rejection",
        frm=("Delta Loom", "delta-loom@recruitee.com"),
        subject="Your application at Delta Loom",
        date=dh("2030-11-27 11:20:00", "Africa/Cairo"),
        body="""Hi Nour,

Thanks for talking with Youssef last week. We've decided to continue with another candidate for the Finance Manager role.

Wishing you every success,
Delta Loom People Team
""",
        label=note("Recruitee rejection after the interview.", company="Delta Loom"),
    )
)

# ============================ offers ================================================================

add(
    mail(
        WENJIA,
        "docusign-offer-granite-loop",
        "offer",
        frm=("Petra Hollingsworth via DocuSign", "dse_na4@docusign.net"),
        reply_to=("Petra Hollingsworth", "petra.hollingsworth@graniteloop.example"),
        subject="Please DocuSign: Granite Loop - Offer Letter - Wen Jia Thornbury",
        date=dh("2030-11-27 16:44:00", "America/Los_Angeles"),
        body="""Petra Hollingsworth sent you a document to review and sign.

Hi Wen Jia - we're thrilled to offer you the Staff Product Designer role! Your offer letter is attached for signature. Happy to jump on a call to walk through the details.

REVIEW DOCUMENT
https://na4.docusign.net/Signing/EmailStart.aspx?a=7c31e0f2

Do Not Share This Email
""",
        label=note("Offer letter for signature via DocuSign.", company="Granite Loop"),
    )
)

add(
    mail(
        KAYA,
        "verbal-offer-followup-anchorage",
        "offer",
        frm=("Denise Kvasnikoff", "dkvasnikoff@kenaiclinic.example"),
        subject="Offer - Practice Manager",
        date=dh("2030-11-08 11:30:00", "America/Anchorage"),
        body="""Kaya,

As I said on the phone this morning, we'd love for you to join Kenai Family Clinic as Practice Manager. Formal letter attached: $78,000/yr, full benefits, start date December 2nd.

Let me know by next Friday if you can.

Denise
""",
        label=note("Written follow-up of a verbal offer.", company="Kenai Family Clinic"),
    )
)

add(
    mail(
        DILANI,
        "taleo-offer-colombo",
        "offer",
        frm=("Serendib Mutual Careers", "serendibmutual@taleo.net"),
        subject="Offer of Employment - Actuarial Analyst",
        date=dh("2030-11-06 15:05:00", "Asia/Colombo"),
        body="""Dear Dilani Wickramasinghe,

We are pleased to offer you the position of Actuarial Analyst at Serendib Mutual. Please log in to the candidate portal to view and accept your offer letter within 7 days.

Human Resources Division
Serendib Mutual
""",
        label=note("Taleo offer notification.", company="Serendib Mutual"),
    )
)

add(
    mail(
        TIAKI,
        "offer-contract-attached-rekohu",
        "offer",
        frm=("Mereana Hapeta", "mereana.hapeta@rekohuenergy.example"),
        subject="Offer of employment - Site Coordinator",
        date=dh("2030-10-24 15:10:00", "Pacific/Auckland"),
        body="""Kia ora Tiaki,

Tane and Lydia really enjoyed meeting you, and I'm delighted to offer you the Site Coordinator role on the Wharf Upgrade project. Your individual employment agreement is attached - please have a read and let me know if you'd like to talk anything through.

Ngā mihi,
Mereana
""",
        label=note("Offer with the employment agreement attached.", company="Rēkohu Energy"),
    )
)

add(
    mail(
        AINO,
        "offer-revontuli-helsinki",
        "offer",
        frm=("Ville Koskimies", "ville.koskimies@revontuli.example"),
        subject="Offer: Senior Controls Engineer at Revontuli Robotics",
        date=dh("2030-11-20 13:13:00", "Europe/Helsinki"),
        body="""Hi Aino,

Great news: we would like to offer you the Senior Controls Engineer position. Monthly salary 6 400 EUR, start 1.2.2031 or as agreed. The full offer is attached.

Could you let me know by Wednesday next week?

Ville
""",
        label=note("Offer after the final round.", company="Revontuli Robotics"),
    )
)
