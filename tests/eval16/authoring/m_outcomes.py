"""Cancellations, scheduling requests, rejections and offers (English)."""

from __future__ import annotations

from tests.eval.authoring.mime import attachment

from .kit import (
    AMA,
    BRADY,
    CEM,
    DEVIKA,
    DIMAS,
    DINITHI,
    ELEFTHERIA,
    FEMKE,
    HEMI,
    INES,
    JARRAH,
    KEISHA,
    KITTIPAT,
    MARISOL,
    OMAR,
    PEISHAN,
    RACHEL,
    SIPHO,
    TOBIAS,
    XINYI,
    d,
    dh,
    lab,
    note,
    owa,
    person,
    quoted,
    vendor,
)

CANCELLED = [
    owa(
        DINITHI,
        "lanka-insure-final-interview-canceled-owa",
        "interview_cancelled",
        start="2035-03-22 14:00",
        zone="Sri Lanka Standard Time",
        minutes=60,
        subject="Final interview - Dinithi Wickramasinghe",
        organizer=("Harsha Gunawardena", "harsha.g@lankainsure.example"),
        attendees=[("Malini Fernando", "malini.f@lankainsure.example")],
        date=dh("2035-03-20 17:45", "Asia/Colombo"),
        text=(
            "Dear Dinithi,\n\nWe regret that we need to cancel Thursday's final interview as "
            "Ms Fernando will be overseas. We will contact you shortly with alternative "
            "dates.\n\nRegards,\nHarsha Gunawardena\nHR Executive"
        ),
        cancelled=True,
        sequence=1,
        label=lab(
            "2035-03-22 14:00",
            "Sri Lanka Standard Time",
            "Asia/Colombo",
            company="Lanka Insure",
            who=["Malini Fernando"],
            emails=["malini.f@lankainsure.example"],
            notes="Outlook on the web cancellation, HTML only; new dates only promised.",
        ),
    ),
    vendor(
        TOBIAS,
        "wyvern-robotics-ashby-interview-cancelled",
        "interview_cancelled",
        frm=("Wyvern Robotics", "no-reply@ashbyhq.com"),
        reply_to=("Nell Pargeter", "nell.pargeter@wyvernrobotics.example"),
        subject="Your interview with Wyvern Robotics has been cancelled",
        date=dh("2035-04-09 15:26", "Europe/London"),
        body=(
            "Hi Tobias,\n\nUnfortunately your upcoming interview has been cancelled:\n\n"
            f"Technical deep-dive with Arjun Mehra\n{d('2035-04-12', 'uk')}, 11:00 - 12:00 BST\n\n"
            "The Analytics Engineer role has been put on hold while we finalise our plans "
            "for next quarter. Nell from our team will reach out if it reopens.\n\n"
            "Wyvern Robotics Recruiting\n\nPowered by Ashby\n"
        ),
        label=lab(
            "2035-04-12 11:00",
            "Europe/London",
            None,
            company="Wyvern Robotics",
            role="Analytics Engineer",
            who=["Arjun Mehra"],
            notes="Ashby cancellation, requisition on hold; BST abbreviation only.",
        ),
    ),
    person(
        MARISOL,
        "mesa-verde-bank-cancel-tomorrow-phone",
        "interview_cancelled",
        frm=("Dana Whitehorse", "dana.whitehorse@mesaverdebank.example"),
        subject="Re: Tomorrow's interview",
        date=dh("2035-04-02 18:20", "America/Phoenix"),
        body=(
            "Marisol, so sorry - I have to cancel our 3pm tomorrow, family emergency. I'll "
            "send you new times as soon as I'm back next week. Apologies again.\n\nDana\n\n"
            "Sent from my iPhone\n"
            + quoted(
                "2035-03-29 10:12",
                "America/Phoenix",
                "Dana Whitehorse <dana.whitehorse@mesaverdebank.example>",
                f"Hi Marisol, confirming your interview with me on {d('2035-04-03', 'us')} at "
                "3:00 PM at our Tempe branch.\n\nDana Whitehorse\nBranch Operations Manager",
                "apple",
            )
        ),
        label=lab(
            "2035-04-03 15:00",
            "America/Phoenix",
            None,
            company="Mesa Verde Bank",
            who=["Dana Whitehorse"],
            emails=["dana.whitehorse@mesaverdebank.example"],
            notes="Phone cancellation the evening before; date only in the quoted confirmation.",
        ),
    ),
]

SCHEDULING = [
    vendor(
        INES,
        "tagus-biotech-doodle-poll",
        "scheduling_request",
        frm=("Doodle", "mailer@doodle.com"),
        reply_to=("Marta Cordeiro", "marta.cordeiro@tagusbiotech.example"),
        subject="Marta Cordeiro invites you to a Doodle: Interview - Lab Data Scientist",
        date=dh("2035-04-02 09:15", "Europe/Lisbon"),
        body=(
            'Marta Cordeiro invited you to the Doodle "Interview - Lab Data Scientist".\n\n'
            '"Hi Inês, please tick all the slots that work for you for a one-hour interview '
            'with our team. Times are Lisbon time."\n\n'
            "8 options between Mon 9 Apr and Fri 13 Apr\n\nView and vote\n\n"
            "Doodle - scheduling made simple\n"
        ),
        label=note("Doodle poll for interview times.", company="Tagus Biotech"),
    ),
    person(
        PEISHAN,
        "formosa-chipworks-new-options",
        "scheduling_request",
        frm=("Chen Yu-hsuan", "yuhsuan.chen@formosachip.example"),
        subject="New interview options - Formosa Chipworks",
        date=dh("2035-03-15 10:20", "Asia/Taipei"),
        body=(
            "Hi Pei-shan,\n\nSorry again about Wednesday. Kuan-lin is back next week. Could "
            "you let me know which of these suit you (Taipei time)?\n\n"
            f"- {d('2035-03-19', 'short')} 10:00\n- {d('2035-03-20', 'short')} 15:00\n"
            f"- {d('2035-03-22', 'short')} 11:00\n\nBest,\nYu-hsuan\n"
        ),
        label=note("New options after a cancellation; none chosen.", company="Formosa Chipworks"),
    ),
    vendor(
        DEVIKA,
        "northshore-audio-gem-availability",
        "scheduling_request",
        frm=("Northshore Audio Recruiting", "recruiting@northshoreaudio.example"),
        sender="Gem <notifications@gem.com>",
        subject="Share your availability for your onsite with Northshore Audio",
        date=dh("2035-03-21 12:02", "America/Vancouver"),
        body=(
            "Hi Devika,\n\nWe're excited to move you forward to the onsite for the Senior "
            "Producer role! Please share your availability for the next two weeks using the "
            "link below so we can coordinate four interviewers.\n\n"
            "Share availability\n\nThe onsite takes about 3.5 hours. Let us know if you need "
            "any accommodations.\n\nNorthshore Audio Recruiting\n"
        ),
        label=note("Gem availability request.", company="Northshore Audio"),
    ),
    person(
        OMAR,
        "delta-talent-client-interview-availability",
        "scheduling_request",
        frm=("Mariam Samy", "mariam.samy@deltatalent.example"),
        subject="Client interview - your availability next week?",
        date=dh("2035-04-15 13:40", "Africa/Cairo"),
        body=(
            "Hi Omar,\n\nThe client (a logistics platform in New Cairo) liked your CV for the "
            "Senior Backend role and wants to interview you next week. Could you send me "
            "two or three slots that work for you between Sunday and Thursday? Afternoons "
            "are best for them.\n\nThanks,\nMariam Samy\nSenior Consultant, Delta Talent\n"
        ),
        label=note("Agency asks for availability for an unnamed client."),
    ),
    vendor(
        ELEFTHERIA,
        "kyma-shipping-goodtime-select-times",
        "scheduling_request",
        frm=("Kyma Shipping Talent", "scheduling@goodtime.io"),
        reply_to=("Kyma Shipping Talent", "talent@kymashipping.example"),
        subject="Action required: select times for your Kyma Shipping interviews",
        date=dh("2035-04-06 11:30", "Europe/Athens"),
        body=(
            "Hello Eleftheria,\n\nThank you for your interest in Kyma Shipping. Please select "
            "all times you are available for a 2-hour interview block with our Fleet "
            "Performance team. Times will be shown in your local time zone.\n\n"
            "Select your availability\n\nThis link expires in 72 hours.\n\n"
            "Kyma Shipping Talent Team\n"
        ),
        label=note("GoodTime availability request.", company="Kyma Shipping"),
    ),
    person(
        XINYI,
        "jade-river-final-round-form",
        "scheduling_request",
        frm=("Wendy Sun", "wendy.sun@jaderivercap.example"),
        subject="Final round scheduling - Quant Developer",
        date=dh("2035-04-13 16:25", "Asia/Shanghai"),
        body=(
            "Dear Xinyi,\n\nCongratulations on passing the technical round. The final round "
            "consists of three 45-minute interviews with our partners in Hong Kong and "
            "Singapore. Please fill in your availability for 2035-04-23 to 2035-04-27 in the "
            "form below by Tuesday:\n\nhttps://forms.jaderivercap.example/final-round\n\n"
            "Kind regards,\nWendy Sun\nHR, Jade River Capital\n"
        ),
        label=note("Availability form for a final round.", company="Jade River Capital"),
    ),
    person(
        BRADY,
        "aspen-ridge-second-round-two-options",
        "scheduling_request",
        frm=("Nadia Rahimi", "nrahimi@aspenridgelabs.example"),
        subject="Next round at Aspen Ridge",
        date=dh("2035-03-20 09:05", "America/Denver"),
        body=(
            "Hi Brady,\n\nThanks for the conversation yesterday - Felix and I would like you "
            "to meet two more people on the team. Would "
            f"{d('2035-03-26', 'us')} at 10am or {d('2035-03-27', 'us')} at 2pm (Mountain) "
            "work better for you? Each slot is 90 minutes.\n\nNadia\n"
        ),
        label=note("Two options offered; the user has not picked.", company="Aspen Ridge Labs"),
    ),
]

REJECTIONS = [
    vendor(
        KITTIPAT,
        "siam-cloud-greenhouse-rejection",
        "rejection",
        frm=("Siam Cloud Careers", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Siam Cloud",
        date=dh("2035-03-16 10:00", "Asia/Bangkok"),
        body=(
            "Hi Kittipat,\n\nThank you for your interest in the Senior UX Researcher position "
            "at Siam Cloud and for the time you invested in our process.\n\nAfter careful "
            "consideration, we have decided to move forward with other candidates whose "
            "experience more closely matches our current needs.\n\nWe wish you all the best "
            "in your search.\n\nThe Siam Cloud Talent Team\n"
        ),
        label=note("Templated ATS rejection.", company="Siam Cloud"),
    ),
    person(
        SIPHO,
        "karoo-payments-personal-rejection",
        "rejection",
        frm=("Lerato Nkosi", "lerato@karoopayments.example"),
        subject="Karoo Payments - update",
        date=dh("2035-03-09 16:10", "Africa/Johannesburg"),
        body=(
            "Hi Sipho,\n\nI wanted to let you know personally rather than through our "
            "system: we've decided not to move forward with your application for the risk "
            "engineering role. It was genuinely close - the panel liked your modelling work "
            "but felt the role needs more production ML experience right now.\n\n"
            "I'd be glad to stay in touch; we'll be hiring again in the second half of the "
            "year.\n\nWarm regards,\nLerato\n"
        ),
        label=note("Personal rejection after the interviews.", company="Karoo Payments"),
    ),
    person(
        FEMKE,
        "waddenzee-water-position-filled",
        "rejection",
        frm=("Recruitment Waddenzee Water", "recruitment@waddenzeewater.example"),
        subject="Your interview for Control Systems Engineer",
        date=dh("2035-02-16 11:30", "Europe/Amsterdam"),
        body=(
            "Dear Femke,\n\nWe had planned to meet you next Thursday for the Control Systems "
            "Engineer position. Unfortunately, we have to let you know that the position has "
            "meanwhile been filled by an internal candidate, so the interview will not take "
            "place.\n\nWe apologise for the inconvenience and thank you for your interest in "
            "Waddenzee Water.\n\nKind regards,\nRecruitment Team\n"
        ),
        html=True,
        label=note("Position filled before the interview: a rejection.", company="Waddenzee Water"),
    ),
    person(
        HEMI,
        "kauri-ledger-rejection-with-feedback",
        "rejection",
        frm=("Priyanka Lal", "priyanka.lal@kauriledger.example"),
        subject="Kauri Ledger - your application",
        date=dh("2035-04-11 14:05", "Pacific/Auckland"),
        body=(
            "Kia ora Hemi,\n\nThanks so much for meeting Ngaire and Bram last week. I'm "
            "sorry to say we won't be progressing your application this time.\n\nSome "
            "feedback from the panel, in case it's useful: they enjoyed your systems design "
            "discussion, but wanted to see more depth in distributed data consistency.\n\n"
            "All the best,\nPriyanka\n"
        ),
        label=note("Rejection with feedback after the panel.", company="Kauri Ledger"),
    ),
    vendor(
        DIMAS,
        "garuda-games-assessment-outcome",
        "rejection",
        frm=("Garuda Games Hiring", "hiring@garudagames.example"),
        subject="Update on your Garuda Games application",
        date=dh("2035-03-23 18:00", "Asia/Jakarta"),
        body=(
            "Hi Dimas,\n\nThank you for completing the coding assessment for the Gameplay "
            "Engineer role. After reviewing your submission, we will not be moving forward "
            "to the interview stage at this time.\n\nYou're welcome to apply again in six "
            "months.\n\nGaruda Games Hiring Team\n"
        ),
        label=note("Rejection before any interview.", company="Garuda Games"),
    ),
    person(
        DEVIKA,
        "salish-sea-interactive-rejection-keep-in-touch",
        "rejection",
        frm=("Corinne Maddox", "corinne.maddox@salishseainteractive.example"),
        subject="Producer role - update",
        date=dh("2035-03-22 11:45", "America/Vancouver"),
        body=(
            "Hi Devika,\n\nThanks again for your time with Marcus last week. We've decided to "
            "go with a candidate who has shipped a live-service title, so we won't be moving "
            "forward for this role.\n\nThat said, Marcus would love to interview you for our "
            "next production hire later this year, and I'll reach out when it opens.\n\n"
            "Best,\nCorinne\n"
        ),
        label=note(
            "Rejection that mentions a possible future interview (no time).",
            company="Salish Sea Interactive",
        ),
    ),
    person(
        JARRAH,
        "ironbark-recruitment-client-declined",
        "rejection",
        frm=("Shane Pollard", "shane.pollard@ironbarkrecruit.example"),
        subject="Feedback from Pilbara Iron",
        date=dh("2035-02-28 15:35", "Australia/Perth"),
        body=(
            "Hi Jarrah,\n\nJust got off the phone with Pilbara Iron. Unfortunately they've "
            "decided to go with another candidate for the senior geotech role - they wanted "
            "someone with more underground experience. Sorry mate, I know you were keen.\n\n"
            "I've got a couple of other roles coming up I think you'd suit, will call you "
            "Monday.\n\nShane\n"
        ),
        label=note("Agency relays the client's rejection.", company="Pilbara Iron"),
    ),
]

OFFERS = [
    vendor(
        KEISHA,
        "harrowgate-mutual-docusign-offer-letter",
        "offer",
        frm=("Gwendolyn Marsh via Docusign", "dse_na4@docusign.net"),
        reply_to=("Gwendolyn Marsh", "gmarsh@harrowgatemutual.example"),
        subject="Please DocuSign: Harrowgate Mutual - Offer Letter - Keisha Delacroix-Burns",
        date=dh("2035-03-21 16:30", "America/New_York"),
        body=(
            "Gwendolyn Marsh sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
            "Gwendolyn Marsh\ngmarsh@harrowgatemutual.example\n\nKeisha, congratulations! "
            "Please review and sign your offer letter for the Actuarial Data Lead position. "
            "The offer is valid until March 28.\n\nDo Not Share This Email\nThis email "
            "contains a secure link to Docusign. Please do not share this email, link, or "
            "access code with others.\n"
        ),
        label=note(
            "Offer letter sent for e-signature.",
            company="Harrowgate Mutual",
            role="Actuarial Data Lead",
        ),
    ),
    person(
        RACHEL,
        "lumen-kopi-verbal-offer-call",
        "offer",
        frm=("Darius Koh", "darius@lumenkopi.example"),
        subject="Good news!",
        date=dh("2035-02-26 20:15", "Asia/Singapore"),
        body=(
            "Hi Rachel,\n\nWen Jun and I really enjoyed meeting you on Thursday and we'd love "
            "you to join us as operations manager. I'll put the details in writing this week "
            "but wanted to tell you straight away. Can I give you a ring tomorrow to talk "
            "through salary and start date?\n\nDarius\n\nSent from my iPhone\n"
        ),
        label=note(
            "Verbal offer; a call proposed, no written offer yet.",
            company="Lumen Kopi",
            role="operations manager",
        ),
    ),
    vendor(
        CEM,
        "galata-ride-rippling-offer",
        "offer",
        frm=("Galata Ride Technologies", "no-reply@rippling.com"),
        subject="Your offer from Galata Ride Technologies is ready",
        date=dh("2035-03-02 12:00", "Europe/Istanbul"),
        body=(
            "Hi Cem,\n\nCongratulations! Galata Ride Technologies has sent you an offer for the "
            "Senior Android Engineer position.\n\nReview and accept your offer\n\nOnce you "
            "accept, you'll be able to complete your onboarding paperwork in Rippling before "
            "your first day.\n\nThe Galata Ride Technologies team\n"
        ),
        label=note(
            "Rippling offer notification.",
            company="Galata Ride Technologies",
            role="Senior Android Engineer",
        ),
    ),
    person(
        BRADY,
        "switchback-outdoor-contingent-offer",
        "offer",
        frm=("Teodora Vukic", "tvukic@switchbackoutdoor.example"),
        subject="Offer - Supply Chain Analyst",
        date=dh("2035-03-22 15:50", "America/Denver"),
        body=(
            "Hi Brady,\n\nOn behalf of Switchback Outdoor, I'm delighted to offer you the "
            "Supply Chain Analyst position at an annual salary of $78,500, with a start date "
            "of April 16. This offer is contingent on a successful background check; our "
            "vendor will email you the consent form separately.\n\nThe formal offer letter is "
            "attached. Please let me know your decision by March 29.\n\nTeodora Vukic\n"
            "Director of Planning\n"
        ),
        attachments=[
            attachment(
                b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n",
                "application/pdf",
                "Switchback_Offer_Halvorsen-Ruiz.pdf",
            )
        ],
        label=note(
            "Contingent offer with a PDF letter.",
            company="Switchback Outdoor",
            role="Supply Chain Analyst",
        ),
    ),
    person(
        TOBIAS,
        "pennine-search-aireborough-offer",
        "offer",
        frm=("Jodie Marchbank", "jodie.marchbank@penninesearch.example"),
        subject="Aireborough - offer!",
        date=dh("2035-04-06 16:05", "Europe/London"),
        body=(
            "Tobias - fantastic news, Aireborough want to offer you the Financial Controller "
            "job! £72k base, 10% bonus, 27 days holiday plus bank holidays. Fiona was really "
            "impressed.\n\nCan you give me a call when you get a minute so we can talk it "
            "through before I confirm back to them?\n\nJodie\n"
        ),
        agent="Microsoft Outlook 16.0",
        label=note(
            "Offer relayed by the agency.", company="Aireborough Foods", role="Financial Controller"
        ),
    ),
    vendor(
        AMA,
        "afram-plains-agritech-offer-letter",
        "offer",
        frm=("Efua Mensah", "efua.mensah@aframplains.example"),
        subject="Offer of Employment - Field Data Officer",
        date=dh("2035-03-14 10:20", "Africa/Accra"),
        body=(
            "Dear Ama,\n\nFurther to your interview on 7 March, we are pleased to offer you "
            "the position of Field Data Officer at Afram Plains Agritech, based in Ho, on the terms "
            "in the attached letter. Please sign and return a copy by 21 March 2035.\n\n"
            "Yours sincerely,\nEfua Mensah\nHuman Resources\n"
        ),
        label=note(
            "Formal offer letter.", company="Afram Plains Agritech", role="Field Data Officer"
        ),
    ),
]

MESSAGES = CANCELLED + SCHEDULING + REJECTIONS + OFFERS
