"""Cancellations, scheduling requests, rejections and offers in English."""

from __future__ import annotations

from .base import (
    AISHAH,
    BENCE,
    CODY,
    DEWI,
    FLETCHER,
    INGRID,
    IOANA,
    KEISHA,
    MADS,
    MAGGIE,
    NADIA,
    NINO,
    OMAR,
    PIM,
    RANA,
    RUTA,
    SIONE,
    TEREZA,
    TYLER,
    YUTING,
    ZOOM,
    ats,
    d,
    dh,
    gcal,
    human,
    invite,
    iso,
    iv,
    note,
    quoted,
)

MESSAGES = [
    # --- cancellations -----------------------------------------------------------------
    gcal(
        INGRID,
        "skagerrak-shipping-cancelled",
        "interview_cancelled",
        start="2028-11-23 13:00",
        zone="Europe/Oslo",
        minutes=45,
        summary="Interview: Fleet Data Analyst – Ingrid Halvorsen-Bakke",
        organizer=("Siv Aarnes", "siv.aarnes@skagerrakshipping.example"),
        guests=[],
        date=dh("2028-11-20 09:10", "Europe/Oslo"),
        cancelled=True,
        note_text=(
            "Hi Ingrid, I'm sorry, I have to cancel our interview on Thursday: the Fleet Data "
            "Analyst role has been put on hold. - Siv Aarnes, Head of Fleet Analytics"
        ),
        label=iv(
            iso("2028-11-23 13:00", "Europe/Oslo"),
            "Europe/Oslo",
            company="Skagerrak Shipping",
            role="Fleet Data Analyst",
            interviewers=["Siv Aarnes"],
            emails=["siv.aarnes@skagerrakshipping.example"],
            notes="Google cancellation; the cancelled slot is labelled.",
        ),
    ),
    invite(
        NINO,
        "orbitline-zoom-cancel-utc",
        "interview_cancelled",
        start="2028-11-28 10:00",
        zone=None,
        utc_zone="Europe/London",
        minutes=60,
        summary="Orbitline - Data Engineer interview (Nino Beridze)",
        organizer=("Gideon Ashworth", "gideon.ashworth@orbitline.example"),
        attendees=[("Nino Beridze", "nino.beridze@example.net")],
        prodid=ZOOM,
        method="CANCEL",
        style="outlook",
        frm=("Gideon Ashworth", "gideon.ashworth@orbitline.example"),
        subject="Canceled: Orbitline - Data Engineer interview (Nino Beridze)",
        date=dh("2028-11-24 15:00", "Europe/London"),
        body=(
            "Hi Nino,\n\nI'm sorry to say we've paused the Data Engineer hire until Q2, so "
            "I'm cancelling Tuesday's interview (10:00 London time). I'll be in touch if it "
            "reopens.\n\nGideon Ashworth\nHead of Data, Orbitline"
        ),
        label=iv(
            iso("2028-11-28 10:00", "Europe/London"),
            "Europe/London",
            company="Orbitline",
            role="Data Engineer",
            interviewers=["Gideon Ashworth"],
            emails=["gideon.ashworth@orbitline.example"],
            notes="Zoom CANCEL in UTC, London time in the text, Tbilisi user.",
        ),
    ),
    ats(
        KEISHA,
        "circle-city-goodtime-canceled",
        "interview_cancelled",
        frm=("Circle City Health Recruiting", "scheduling@goodtime.io"),
        subject="Interview canceled: Data Analyst II",
        date=dh("2028-12-01 14:12", "America/Indiana/Indianapolis"),
        body=(
            "Hi Keisha,\n\nYour interview below has been canceled. Your recruiter will reach "
            "out with next steps.\n\n"
            f"{d('2028-12-06', 'usy')}\n11:00 AM - 11:45 AM Eastern Time\n"
            "Interviewer: Owen Blackwood, Analytics Manager\n\nPowered by GoodTime"
        ),
        label=iv(
            iso("2028-12-06 11:00", "America/Indiana/Indianapolis"),
            None,
            company="Circle City Health",
            role="Data Analyst II",
            interviewers=["Owen Blackwood"],
            notes="GoodTime cancellation; 'Eastern Time' without a place.",
        ),
    ),
    # --- scheduling requests -----------------------------------------------------------
    ats(
        MADS,
        "oresund-biotech-doodle",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Karen Mølgaard", "karen.molgaard@oresundbio.example"),
        subject="Karen Mølgaard invited you to a Doodle: Panel interview – Mads Østergaard",
        date=dh("2028-11-10 12:00", "Europe/Copenhagen"),
        body=(
            "Karen Mølgaard (Øresund Biotech) asks you to choose the times that suit you for "
            "'Panel interview – Mads Østergaard'.\n\nProposed times (Europe/Copenhagen):\n"
            f"{d('2028-11-20', 'abbr')} 10:00 – 11:30\n{d('2028-11-21', 'abbr')} 13:00 – "
            f"14:30\n{d('2028-11-23', 'abbr')} 09:00 – 10:30\n\nVote now\n\nDoodle"
        ),
        label=note("Doodle poll with three times: nothing confirmed.", company="Øresund Biotech"),
    ),
    ats(
        TEREZA,
        "moravia-games-goodtime-picker",
        "scheduling_request",
        frm=("Moravia Games Recruiting", "scheduling@goodtime.io"),
        subject="Please pick a time for your interview with Moravia Games",
        date=dh("2028-11-14 10:30", "Europe/Prague"),
        body=(
            "Hi Tereza,\n\nThe team would like to schedule a 45-minute technical interview. "
            "Choose any open slot that suits you:\n\nSelect a time: "
            "https://app.goodtime.io/s/moravia-gm-71b\n\nThis link expires in 5 days."
        ),
        label=note("Self-scheduling link.", company="Moravia Games"),
    ),
    ats(
        YUTING,
        "formosa-cloud-greenhouse-availability",
        "scheduling_request",
        frm=("Formosa Cloud", "no-reply@us.greenhouse-mail.io"),
        subject="Formosa Cloud: please share your availability",
        date=dh("2028-12-11 10:00", "Asia/Taipei"),
        body=(
            "Hi Yu-ting,\n\nWe'd like to set up your onsite interviews for the Site "
            "Reliability Engineer role. Please submit your availability for the weeks of "
            "8 and 15 January 2029 using the link below.\n\nSubmit availability\n\nThanks,\n"
            "Formosa Cloud Recruiting"
        ),
        label=note("Greenhouse availability request over the new year.", company="Formosa Cloud"),
    ),
    human(
        OMAR,
        "dead-sea-analytics-linkedin",
        "scheduling_request",
        frm=("Tariq Nabulsi via LinkedIn", "messages-noreply@linkedin.com"),
        subject="Tariq sent you a message",
        date=dh("2028-11-19 13:40", "Asia/Amman"),
        body=(
            "Tariq Nabulsi\nHead of Engineering at Dead Sea Analytics\n\n"
            "Hi Omar, thanks for applying! Would Tuesday or Wednesday afternoon work for a "
            "30-minute intro call? Let me know and I'll send an invite.\n\nReply\n\n"
            "You are receiving LinkedIn notification emails."
        ),
        label=note("Offers two days, no time fixed.", company="Dead Sea Analytics"),
    ),
    human(
        SIONE,
        "pacific-talent-two-slots",
        "scheduling_request",
        frm=("Mereani Tuilagi", "mereani@pacifictalent.example"),
        subject="Interview with Auckland client - two options",
        date=dh("2028-11-27 09:30", "Pacific/Auckland"),
        body=(
            "Kia ora Sione,\n\nMy client Harbourline Freight would like to meet you. Could you "
            f"do either {d('2028-12-04', 'uk')} at 10am NZ time or {d('2028-12-06', 'uk')} "
            "at 3pm? Both are the same clock time for you in Nukuʻalofa.\n\nNgā mihi,\n"
            "Mereani Tuilagi, Pacific Talent Partners"
        ),
        label=note("Agency offering two slots.", company="Harbourline Freight"),
    ),
    human(
        CODY,
        "gem-state-calendly-link",
        "scheduling_request",
        frm=("Brooke Hallstrom", "brooke.hallstrom@gemstatecu.example"),
        subject="Next step: 30-min screen",
        date=dh("2028-12-04 08:45", "America/Boise"),
        body=(
            "Hi Cody,\n\nThanks for applying to Gem State Credit Union. Grab any time that "
            "works for a quick screen with me: https://calendly.com/brooke-gemstate/30min\n\n"
            "Brooke"
        ),
        label=note("Booking link only.", company="Gem State Credit Union"),
    ),
    # --- rejections --------------------------------------------------------------------
    ats(
        BENCE,
        "balaton-mobility-greenhouse-no",
        "rejection",
        frm=("Balaton Mobility", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Balaton Mobility",
        date=dh("2028-11-15 16:20", "Europe/Budapest"),
        body=(
            "Hi Bence,\n\nThank you for taking the time to interview with us for the Data "
            "Engineer position. After careful consideration we have decided to move forward "
            "with other candidates whose experience more closely matches our needs.\n\n"
            "We appreciate your interest and wish you the best.\n\nBalaton Mobility Talent"
        ),
        label=note("Standard Greenhouse rejection after interviews.", company="Balaton Mobility"),
    ),
    ats(
        TYLER,
        "great-lakes-workday-decline",
        "rejection",
        frm=("Great Lakes Auto Group", "greatlakesauto@myworkday.com"),
        subject="Update on your application: Senior Product Manager (R-55120)",
        date=dh("2028-12-12 09:00", "America/Detroit"),
        body=(
            "Dear Tyler,\n\nThank you for your interest in the Senior Product Manager position. "
            "We have reviewed your application and have decided not to proceed at this time. "
            "The position has been filled.\n\nWe encourage you to apply for future openings.\n\n"
            "Great Lakes Auto Group Talent Acquisition"
        ),
        label=note("Workday rejection: position filled.", company="Great Lakes Auto Group"),
    ),
    human(
        FLETCHER,
        "huon-robotics-founder-no",
        "rejection",
        frm=("Ada Kristiansen", "ada@huonrobotics.example"),
        subject="Re: Thanks for Friday",
        date=dh("2028-11-27 19:10", "Australia/Hobart"),
        body=(
            "Hi Fletcher,\n\nI really enjoyed meeting you on Friday, and I'm sorry this isn't "
            "the news you hoped for: we've decided to go with someone with more embedded "
            "experience. Happy to grab a coffee in the new year and give you feedback if "
            "useful - just reply and we'll find a time.\n\nAda\nFounder, Huon Robotics"
        ),
        label=note("Founder's personal rejection offering a coffee.", company="Huon Robotics"),
    ),
    human(
        RUTA,
        "ashdown-agency-feedback-call",
        "rejection",
        frm=("Harriet Pennington", "harriet.pennington@ashdowntalent.example"),
        subject="Greyfriars feedback",
        date=dh("2028-11-03 16:55", "Europe/London"),
        mailer="outlook",
        body=(
            "Hi Rūta,\n\nI've heard back from Greyfriars. Unfortunately they won't be taking "
            "things further - they were impressed with your C++ but want someone with more "
            "exchange connectivity experience. Could we have a quick call on Monday at 11am "
            "UK time so I can give you the full feedback and talk about two other roles?\n\n"
            "Best,\nHarriet"
        ),
        label=note("Agency rejection proposing a call with a time.", company="Greyfriars Quant"),
    ),
    ats(
        DEWI,
        "nusantara-retail-ashby-before",
        "rejection",
        frm=("Nusantara Retail", "no-reply@ashbyhq.com"),
        subject="Update from Nusantara Retail",
        date=dh("2028-10-19 15:30", "Asia/Jakarta"),
        body=(
            "Hi Dewi,\n\nThanks for applying for the Backend Engineer (Payments) role. We "
            "received a high volume of applications and won't be moving forward with an "
            "interview at this time.\n\nWe'll keep your details on file for future roles.\n\n"
            "The Nusantara Retail team"
        ),
        label=note("Rejection before any interview.", company="Nusantara Retail"),
    ),
    human(
        RANA,
        "byblos-insurance-after-final",
        "rejection",
        frm=("Maya Frem", "maya.frem@byblosinsurance.example"),
        subject="Following your final interview",
        date=dh("2028-12-07 12:10", "Asia/Beirut"),
        mailer="outlook",
        body=(
            "Dear Rana,\n\nThank you for meeting the committee last week. It was a very close "
            "decision, but we have offered the role to another candidate. The panel asked me "
            "to share written feedback, which you'll find below.\n\n- Strong modelling "
            "skills\n- Less experience with IFRS 17 reporting than we need\n\nWe hope to "
            "stay in touch.\n\nKind regards,\nMaya Frem\nHR Manager, Byblos Insurance"
        ),
        label=note(
            "Rejection after the final round with written feedback.", company="Byblos Insurance"
        ),
    ),
    ats(
        AISHAH,
        "klang-valley-talent-pool",
        "rejection",
        frm=("Klang Valley Power Careers", "careers@klangvalleypower.example"),
        subject="Your application - Graduate Engineer Programme 2029",
        date=dh("2028-12-15 10:00", "Asia/Kuala_Lumpur"),
        body=(
            "Dear Nur Aishah,\n\nThank you for attending the assessment centre. We regret to "
            "inform you that you have not been selected for the 2029 intake. With your "
            "permission we will add you to our talent pool and contact you if a suitable "
            "vacancy arises.\n\nYours sincerely,\nGraduate Recruitment Team"
        ),
        label=note(
            "Talent-pool rejection after an assessment centre.", company="Klang Valley Power"
        ),
    ),
    # --- offers ------------------------------------------------------------------------
    ats(
        PIM,
        "saengdao-docusign-offer",
        "offer",
        frm=("Saengdao Payments via DocuSign", "dse@docusign.net"),
        subject="Please DocuSign: Offer Letter - Pimchanok Srisuk",
        date=dh("2028-12-08 14:30", "Asia/Bangkok"),
        body=(
            "Saengdao Payments sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
            "Anchalee Wongsa\nanchalee.w@saengdao.example\n\nHi Pimchanok, congratulations! "
            "Please review and sign your offer letter for the Software Engineer role by "
            f"{d('2028-12-15', 'usy')}.\n\nDo Not Share This Email"
        ),
        label=note("DocuSign offer letter.", company="Saengdao Payments"),
    ),
    human(
        MAGGIE,
        "klondike-verbal-offer-recap",
        "offer",
        frm=("Harold Dawe", "harold.dawe@klondikegeo.example"),
        subject="Following up on our call - offer details",
        date=dh("2028-11-24 16:30", "America/Whitehorse"),
        mailer="outlook",
        body=(
            "Hi Maggie,\n\nGreat to speak with you this afternoon! To recap the offer for the "
            "GIS Analyst role: $84,000 salary, northern living allowance, start date January "
            "8, 2029. The formal letter will come from HR on Monday. Let me know if you have "
            "any questions before then.\n\nHarold"
        ),
        label=note("Recap of a verbal offer.", company="Klondike Geomatics"),
    ),
    ats(
        NADIA,
        "coralline-greenhouse-offer",
        "offer",
        frm=("Coralline Reinsurance", "no-reply@us.greenhouse-mail.io"),
        subject="Your offer from Coralline Reinsurance",
        date=dh("2028-12-20 11:00", "Indian/Mauritius"),
        body=(
            "Hi Nadia,\n\nWe're delighted to offer you the position of Actuarial Analyst. "
            "Please review your offer through our secure portal and respond by "
            f"{d('2029-01-05', 'usy')}.\n\nView offer\n\nCoralline Reinsurance"
        ),
        label=note("Greenhouse offer portal.", company="Coralline Reinsurance"),
    ),
    human(
        IOANA,
        "danube-search-agency-offer",
        "offer",
        frm=("Alexandru Ghiță", "alexandru.ghita@danubesearch.example"),
        subject="Offer: Senior ML Engineer at Carpathia Vision",
        date=dh("2028-12-06 18:20", "Europe/Bucharest"),
        body=(
            "Hi Ioana,\n\nFantastic news - Carpathia Vision want to offer you the Senior ML "
            "Engineer role: 21,500 RON gross per month, hybrid, start 1 February. They'd like "
            "an answer by Friday. Can you call me tomorrow morning to talk it through?\n\n"
            "Alexandru\nDanube Search"
            + quoted(
                "2028-12-01 09:00",
                "Europe/Bucharest",
                "Ioana Constantinescu <ioana.constantinescu@example.org>",
                "Thanks Alexandru, the final round went well I think!",
            )
        ),
        label=note("Agency offer with terms proposing a call.", company="Carpathia Vision"),
    ),
]
