"""Cancellations, scheduling requests, rejections and offers (English)."""

from __future__ import annotations

from .kit import (
    ANDI,
    CALENDLY,
    CHIKONDI,
    ENKHJIN,
    FIONA,
    GWILYM,
    IBRAHIM,
    INNES,
    JACINTA,
    JARRAH,
    KILA,
    LAMIN,
    MARIAMA,
    MINJAE,
    MUSA,
    NEEMA,
    RHONA,
    SAID,
    SERENA,
    TRISTAN,
    WENQIAN,
    booking,
    d,
    dh,
    google,
    html_mail,
    lab,
    note,
    outlook,
    pdf,
    person,
    vendor,
)

LDN = "Europe/London"

CANCELLED = [
    outlook(
        SAID,
        "canceled-teams-interview-muscat",
        "interview_cancelled",
        start="2040-07-08 10:00",
        zone="Arabian Standard Time",
        minutes=60,
        subject="Interview - Said Al-Harthy Monroe - Port Planning Lead",
        organizer=("Maryam Al-Balushi", "maryam.albalushi@sohargateway.example"),
        attendees=[("Khalid Al-Rawahi", "khalid.alrawahi@sohargateway.example")],
        date=dh("2040-07-04 13:12", "Asia/Muscat"),
        method="CANCEL",
        sequence=2,
        prefix="Canceled: ",
        label=lab(
            "2040-07-08 10:00",
            "Arabian Standard Time",
            "Asia/Dubai",
            company="Sohar Gateway Terminals",
            role="Port Planning Lead",
            who=["Khalid Al-Rawahi"],
            emails=["khalid.alrawahi@sohargateway.example"],
            notes="Exchange METHOD:CANCEL; Arabian Standard Time (Dubai, same offset as Muscat).",
        ),
        text=(
            "Dear Said,\n\nApologies, we need to cancel this interview as Mr Al-Rawahi has "
            "been called away. I will come back to you with new dates.\n\nMaryam Al-Balushi"
        ),
    ),
    google(
        JARRAH,
        "google-cancelled-broken-hill-interview",
        "interview_cancelled",
        start="2040-08-02 10:30",
        zone="Australia/Broken_Hill",
        minutes=45,
        summary="Interview: Jarrah Kennedy-Wills (Mine Surveyor)",
        organizer=("Kirsty Pollard", "kirsty.pollard@silvercityminerals.example"),
        guests=[("Dean Rasheed", "dean.rasheed@silvercityminerals.example")],
        date=dh("2040-07-30 08:50", "Australia/Broken_Hill"),
        caption="Central Australia Time - Broken Hill",
        change="cancelled",
        meet=None,
        details="Interview with Dean Rasheed (Chief Surveyor), on site at the Argent Street "
        "office.",
        label=lab(
            "2040-08-02 10:30",
            "Australia/Broken_Hill",
            "Australia/Broken_Hill",
            company="Silver City Minerals",
            role="Mine Surveyor",
            who=["Dean Rasheed"],
            emails=["dean.rasheed@silvercityminerals.example"],
            notes="Google cancellation of an in-person interview (Broken Hill, +09:30).",
        ),
    ),
    person(
        IBRAHIM,
        "interviewer-unwell-will-send-new-times",
        "interview_cancelled",
        frm=("Amna Osman", "amna.osman@niletextiles.example"),
        subject="Interview on Sunday - cancelled",
        date=dh("2040-07-12 16:45", "Africa/Khartoum"),
        body=(
            "Dear Ibrahim,\n\n"
            f"I am sorry to tell you that we have to cancel your interview on {d('2040-07-15', 'uk')} "
            "at 11:00. Our production director is unwell this week. I will send you new times "
            "as soon as I can.\n\nWith apologies,\nAmna Osman\nHR, Nile Textiles"
        ),
        label=lab(
            "2040-07-15 11:00",
            "Africa/Khartoum",
            company="Nile Textiles",
            notes="Cancelled by a person; only promises new times.",
        ),
    ),
    booking(
        INNES,
        "calendly-canceled-by-host",
        "interview_cancelled",
        prodid=CALENDLY,
        start="2040-07-05 15:00",
        zone="America/Goose_Bay",
        minutes=30,
        summary="Intro interview between Paul Winsor and Innes Rumbolt-Kean",
        organizer=("Paul Winsor", "paul.winsor@labradortrail.example"),
        attendees=[],
        date=dh("2040-07-03 11:27", "America/Goose_Bay"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="Canceled: Intro interview with Paul Winsor",
        body=(
            "Hi Innes Rumbolt-Kean,\n\n"
            "Paul Winsor canceled the event below.\n\n"
            "Event: Intro interview\n"
            f"Date/Time: 3:00pm - 3:30pm (Atlantic Time - Canada), {d('2040-07-05', 'usy')}\n"
            "Reason for canceling: \"Sorry Innes, the role has been paused. I'll be in touch "
            'if it reopens."\n\n'
            "Powered by Calendly.com"
        ),
        method="CANCEL",
        sequence=1,
        label=lab(
            "2040-07-05 15:00",
            "America/Goose_Bay",
            "America/Goose_Bay",
            company="Labrador Trail Outfitters",
            who=["Paul Winsor"],
            emails=["paul.winsor@labradortrail.example"],
            notes="Calendly cancellation with METHOD:CANCEL; the role is paused.",
        ),
        style="calendly.com",
    ),
    person(
        LAMIN,
        "agency-client-put-role-on-hold",
        "interview_cancelled",
        frm=("Fatou Ceesay", "fatou.ceesay@smilingcoastrecruit.example"),
        subject="Thursday's interview - role on hold",
        date=dh("2040-07-16 12:03", "Africa/Banjul"),
        body=(
            "Hi Lamin,\n\n"
            "Unfortunately the client has put the Logistics Supervisor role on hold, so "
            f"Thursday's interview ({d('2040-07-19', 'uk')}, 10am at their Serrekunda office) "
            "won't go ahead. I'm really sorry, I know you'd prepared.\n\n"
            "I'll keep you in mind for anything similar.\n\nFatou\nSmiling Coast Recruitment"
        ),
        label=lab(
            "2040-07-19 10:00",
            "Africa/Banjul",
            role="Logistics Supervisor",
            notes="Agency cancels because the role is on hold; the client is not named.",
        ),
    ),
    booking(
        KILA,
        "iphone-cancel-port-moresby",
        "interview_cancelled",
        prodid="-//Apple Inc.//iPhone OS 21.2//EN",
        start="2040-06-21 14:00",
        zone="Pacific/Port_Moresby",
        minutes=60,
        summary="Interview - Kila (Community Liaison)",
        organizer=("Grace Vagi", "grace.vagi@coralseapower.example"),
        attendees=[],
        date=dh("2040-06-20 07:44", "Pacific/Port_Moresby"),
        frm=("Grace Vagi", "grace.vagi@coralseapower.example"),
        subject="Canceled Event: Interview - Kila (Community Liaison)",
        body="Grace Vagi has canceled this event.\n\nSent from my iPhone",
        method="CANCEL",
        sequence=1,
        label=lab(
            "2040-06-21 14:00",
            "Pacific/Port_Moresby",
            "Pacific/Port_Moresby",
            role="Community Liaison",
            notes="Bare iPhone cancellation; only the calendar says when. Who would have "
            "interviewed is not stated (the organiser may only have arranged it).",
        ),
        style="apple",
    ),
]

REQUESTS = [
    vendor(
        MARIAMA,
        "workable-choose-interview-slot",
        "scheduling_request",
        frm=("Lumley Beach Hospitality", "noreply@workablemail.com"),
        reply_to=("Abdul Sesay", "abdul.sesay@lumleybeach.example"),
        subject="Schedule your interview with Lumley Beach Hospitality",
        date=dh("2040-07-02 10:00", "Africa/Freetown"),
        body=(
            "Hi Mariama,\n\n"
            "Abdul Sesay from Lumley Beach Hospitality would like to interview you for the "
            "Front Office Manager position.\n\n"
            "Please choose a time that suits you from the available slots:\n"
            "https://apply.workable.com/lumley-beach/schedule/9f2ak\n\n"
            "The interview will take about 45 minutes by video call.\n\nGood luck!\nWorkable "
            "on behalf of Lumley Beach Hospitality"
        ),
        label=note("Pick-a-slot link; nothing booked.", company="Lumley Beach Hospitality"),
    ),
    person(
        RHONA,
        "can-you-do-thursday-at-two-portree",
        "scheduling_request",
        frm=("Callum Nicolson", "callum@cuillinoutdoor.example"),
        subject="Next step - Store Manager",
        date=dh("2040-06-25 09:31", LDN),
        body=(
            "Hi Rhona,\n\n"
            "Thanks for sending your CV over, we'd love to meet. Can you do Thursday at 2? If "
            "not, Friday morning is wide open. Let me know what suits and I'll book it in.\n\n"
            "Callum\nCuillin Outdoor, Portree"
        ),
        label=note(
            "Proposes a time and an alternative; nothing is booked yet.",
            company="Cuillin Outdoor",
        ),
    ),
    person(
        MUSA,
        "grab-a-slot-on-my-calendly",
        "scheduling_request",
        frm=("Joseph Tubman", "joseph.tubman@mesuradlogistics.example"),
        subject="Quick chat about the Fleet Analyst role?",
        date=dh("2040-07-23 15:12", "Africa/Monrovia"),
        body=(
            "Hello Musa,\n\n"
            "Thanks for applying to Mesurado Logistics. I'd like to do a 30-minute first "
            "interview this week or next. Please grab a slot on my Calendly that works for "
            "you: https://calendly.com/joseph-tubman-mesurado/30min\n\n"
            "Best,\nJoseph Tubman\nOperations Manager"
        ),
        label=note("Booking link only.", company="Mesurado Logistics"),
    ),
    person(
        TRISTAN,
        "send-availability-for-panel-guernsey",
        "scheduling_request",
        frm=("Louise Ozanne", "louise.ozanne@sarniafund.example"),
        subject="Panel interview - availability please",
        date=dh("2040-08-10 10:22", "Europe/Guernsey"),
        body=(
            "Dear Tristan,\n\n"
            "Thank you for your time on the phone on Wednesday. We would now like to invite you "
            "to a panel interview with our Head of Fund Administration and two directors.\n\n"
            "Could you please send me your availability for the week commencing 20 August? "
            "The panel will need about 90 minutes.\n\n"
            "Kind regards,\nLouise Ozanne\nHR Manager, Sarnia Fund Services"
        ),
        label=note(
            "Asks for availability for a panel; no time set.", company="Sarnia Fund Services"
        ),
    ),
    person(
        JACINTA,
        "could-we-move-wednesday-new-options-soon",
        "scheduling_request",
        frm=("Tomás Belo", "tomas.belo@timorcoffee.example"),
        subject="Re: Interview Wednesday",
        date=dh("2040-07-30 08:05", "Asia/Dili"),
        body=(
            "Dear Jacinta,\n\n"
            "I'm very sorry, but could we move your interview from Wednesday? Our export "
            "manager has to travel to Baucau. I will send you two or three new options "
            "tomorrow.\n\nBest regards,\nTomás Belo\nTimor Coffee Exporters"
        ),
        label=note(
            "Asks to move an interview without a new time (no old date or time stated).",
            company="Timor Coffee Exporters",
        ),
    ),
    vendor(
        ANDI,
        "gem-self-schedule-makassar",
        "scheduling_request",
        frm=("Sulawesi Seaweed Co. Recruiting", "scheduling@gem.com"),
        reply_to=("Rina Wulandari", "rina.wulandari@sulawesiseaweed.example"),
        subject="Pick a time for your interview with Sulawesi Seaweed Co.",
        date=dh("2040-06-18 13:20", "Asia/Makassar"),
        body=(
            "Hi Andi,\n\n"
            "Please pick a time for your 45-minute interview with our Head of Operations. "
            "The times below are shown in your local time zone (WITA):\n\n"
            f"{d('2040-06-21', 'short')} · 9:00am, 10:00am, 2:00pm\n"
            f"{d('2040-06-22', 'short')} · 9:30am, 1:00pm\n\n"
            "Choose a time: https://gem.com/schedule/sulawesi-seaweed/7HqPz\n\n"
            "Rina Wulandari, Talent Acquisition"
        ),
        label=note("Offered slots to choose from; nothing booked.", company="Sulawesi Seaweed Co."),
    ),
    vendor(
        ENKHJIN,
        "dover-choose-a-time-to-chat",
        "scheduling_request",
        frm=("Steppe Robotics via Dover", "notifications@dover.com"),
        reply_to=("Bilguun Tseren", "bilguun@stepperobotics.example"),
        subject="Steppe Robotics would like to chat",
        date=dh("2040-08-01 11:00", "Asia/Hovd"),
        body=(
            "Hi Enkhjin,\n\n"
            "Bilguun Tseren, CTO at Steppe Robotics, reviewed your profile and would like to "
            "set up a 30-minute interview for the Computer Vision Engineer role.\n\n"
            "Choose a time: https://app.dover.com/schedule/steppe-robotics/cv-eng\n\n"
            "Dover, on behalf of Steppe Robotics"
        ),
        label=note("Scheduling link from a recruiting platform.", company="Steppe Robotics"),
    ),
]

OUTCOMES = [
    person(
        SERENA,
        "after-onsite-decided-not-to-proceed",
        "rejection",
        frm=("Owen Pak", "owen.pak@torreypinesbio.example"),
        subject="Following up - Lab Automation Engineer",
        date=dh("2040-07-20 16:02", "America/Los_Angeles"),
        body=(
            "Hi Serena,\n\n"
            "Thank you for spending so much time with the team last week. It was a close "
            "decision, but we've decided to move forward with another candidate whose "
            "experience with our liquid-handling platform is a closer match right now.\n\n"
            "I'd genuinely like to stay in touch; you'd be a strong fit for roles we expect "
            "to open next year.\n\nAll the best,\nOwen"
        ),
        label=note("Rejection after the interviews.", company="Torrey Pines Bio"),
    ),
    vendor(
        MINJAE,
        "jazzhr-application-update-not-selected",
        "rejection",
        frm=("Hangang Fintech", "no-reply@applytojob.com"),
        subject="Your application to Hangang Fintech",
        date=dh("2040-06-14 10:30", "Asia/Seoul"),
        body=(
            "Dear Min-jae,\n\n"
            "Thank you for applying for the Backend Engineer (Payments) position at Hangang "
            "Fintech. After careful review, we have decided not to move forward with your "
            "application at this time.\n\n"
            "We appreciate your interest and encourage you to apply for future openings.\n\n"
            "Regards,\nHangang Fintech Hiring Team"
        ),
        label=note("JazzHR rejection before any interview.", company="Hangang Fintech"),
    ),
    html_mail(
        NEEMA,
        "taleo-status-update-unsuccessful",
        "rejection",
        frm=("Kilimanjaro Breweries Careers", "kilimanjarobreweries@taleo.net"),
        subject="Status of your application - Quality Assurance Officer",
        date=dh("2040-08-16 09:00", "Africa/Dar_es_Salaam"),
        markup=(
            "<p>Dear Neema Mwakyusa-Holt,</p>\n"
            "<p>Thank you for attending the interview for the position of <b>Quality "
            "Assurance Officer</b>. We regret to inform you that you have not been selected "
            "to proceed further in the recruitment process.</p>\n"
            "<p>Your profile will remain in our talent pool.</p>\n"
            "<p>Yours sincerely,<br>Talent Acquisition<br>Kilimanjaro Breweries</p>"
        ),
        label=note("HTML-only rejection after an interview.", company="Kilimanjaro Breweries"),
    ),
    person(
        GWILYM,
        "cantref-went-with-internal-candidate",
        "rejection",
        frm=("Bethan Rowlands", "bethan.rowlands@dyfedtalent.example"),
        subject="Cantref feedback",
        date=dh("2040-07-17 12:40", LDN),
        body=(
            "Hi Gwilym,\n\n"
            "I've had feedback from Rhiannon. They really liked you, but they've decided to "
            "go with an internal candidate for this one. Gutted for you, honestly.\n\n"
            "She said your pipeline design answers were the best they'd heard, so I'll be "
            "putting you forward for two other data roles this week if you're happy for me "
            "to.\n\nBethan"
        ),
        label=note(
            "Agency relays the client's decision after the interview.", company="Cantref Analytics"
        ),
    ),
    vendor(
        FIONA,
        "pinpoint-unsuccessful-stanley",
        "rejection",
        frm=("Falklands Fisheries Board", "no-reply@pinpointhq.com"),
        reply_to=("Recruitment", "recruitment@falklandsfisheries.example"),
        subject="Fisheries Observer - application update",
        date=dh("2040-06-22 14:00", "Atlantic/Stanley"),
        body=(
            "Dear Fiona,\n\n"
            "Thank you for interviewing for the Fisheries Observer role. We have now completed "
            "all interviews and I'm sorry to say that on this occasion we will not be offering "
            "you the position.\n\n"
            "Thank you for your time and interest.\n\nFalklands Fisheries Board\n"
            "Sent via Pinpoint"
        ),
        label=note("Pinpoint rejection after interview.", company="Falklands Fisheries Board"),
    ),
    person(
        RHONA,
        "offer-letter-attached-store-manager",
        "offer",
        frm=("Callum Nicolson", "callum@cuillinoutdoor.example"),
        subject="Offer - Store Manager, Cuillin Outdoor",
        date=dh("2040-07-13 17:10", LDN),
        body=(
            "Hi Rhona,\n\n"
            "Following our chat yesterday I'm delighted to offer you the Store Manager role. "
            "Your offer letter with salary, start date and terms is attached.\n\n"
            "Have a read and let me know if you've any questions; we'd love an answer by the "
            "end of next week.\n\nCallum"
        ),
        label=note("Written offer with a PDF.", company="Cuillin Outdoor"),
        attachments=[pdf("Offer_Letter_Rhona_MacAskill-Otieno.pdf")],
    ),
    vendor(
        WENQIAN,
        "rippling-offer-ready-to-sign",
        "offer",
        frm=("Huangpu Analytics", "no-reply@rippling.com"),
        subject="Your offer from Huangpu Analytics is ready to review",
        date=dh("2040-08-20 10:05", "Asia/Shanghai"),
        body=(
            "Hi Wenqian,\n\n"
            "Congratulations! Huangpu Analytics has sent you an offer for the position of "
            "Senior Data Scientist.\n\n"
            "Review and sign your offer letter: https://app.rippling.com/offer/7f21a0\n\n"
            "This offer expires on 2040-08-27.\n\nRippling, on behalf of Huangpu Analytics"
        ),
        label=note("Offer to sign electronically.", company="Huangpu Analytics"),
    ),
    person(
        CHIKONDI,
        "verbal-offer-follow-up-blantyre",
        "offer",
        frm=("Thoko Phiri", "thoko.phiri@shirehighlands.example"),
        subject="Following our call - offer of employment",
        date=dh("2040-07-27 15:30", "Africa/Blantyre"),
        body=(
            "Dear Chikondi,\n\n"
            "Further to our telephone conversation this afternoon, I am pleased to confirm "
            "that Shire Highlands Tea Estates would like to offer you the position of Estate "
            "Accountant, starting 1 October 2040.\n\n"
            "The formal contract will follow from our HR office by Wednesday. Please confirm "
            "your acceptance by reply.\n\nWarm regards,\nThoko Phiri\nFinance Director"
        ),
        label=note(
            "Offer confirmed in writing after a call.", company="Shire Highlands Tea Estates"
        ),
    ),
    vendor(
        MINJAE,
        "wellfound-offer-from-startup",
        "offer",
        frm=("Wellfound", "notifications@wellfound.com"),
        subject="You received an offer from Nodeul Labs",
        date=dh("2040-08-24 09:12", "Asia/Seoul"),
        body=(
            "Hi Min-jae,\n\n"
            "Nodeul Labs sent you an offer for Founding Backend Engineer.\n\n"
            "Salary: ₩96M - ₩110M · Equity: 0.4% - 0.6%\n\n"
            "View offer: https://wellfound.com/offers/nodeul-labs/2218\n\n"
            "The Wellfound team"
        ),
        label=note("Platform notice of an offer.", company="Nodeul Labs"),
    ),
]

MESSAGES = CANCELLED + REQUESTS + OUTCOMES
