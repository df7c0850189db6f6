"""Interviews and cancellations carried by calendar producers (English)."""

from __future__ import annotations

from tests.eval14.authoring.kit import CAPTIONS

from .kit import (
    BRADY,
    DEVIKA,
    DINITHI,
    ELEFTHERIA,
    FEMKE,
    HEMI,
    ICLOUD,
    KEISHA,
    MATILDA,
    NEXTCLOUD,
    PADRAIG,
    PEISHAN,
    RACHEL,
    ROWAN,
    SABINA,
    THUNDERBIRD,
    TOBIAS,
    WEBEX,
    YAEL,
    ZOHO,
    ZOOM,
    d,
    dh,
    exchange,
    gcal,
    google,
    invite,
    lab,
    owa,
    t12,
    zoom_block,
)

MESSAGES = [
    gcal(
        TOBIAS,
        "fenwick-lowther-technical-round-gcal",
        "interview",
        start="2035-03-27 14:00",
        zone="Europe/London",
        minutes=75,
        summary="Fenwick Lowther Analytics – Technical interview (Tobias Ashcombe-Nwosu)",
        organizer=("Harriet Quayle", "harriet.quayle@fenwicklowther.example"),
        guests=[
            ("Harriet Quayle", "harriet.quayle@fenwicklowther.example"),
            ("Dominic Ferrante", "dominic.ferrante@fenwicklowther.example"),
            ("Olu Adebanjo", "olu.adebanjo@fenwicklowther.example"),
        ],
        date=dh("2035-03-19 16:42", "Europe/London"),
        note_text=(
            "Hi Tobias,\n\nAs discussed on the phone, this is the technical round for the "
            "Senior Analytics Engineer role. Dominic and Olu from the data platform team will "
            "run it; Harriet (me) will just open the call and introduce everyone.\n\n"
            "Please have a SQL editor handy. No prep beyond that.\n\nHarriet"
        ),
        meet="fqx-ndtr-kwa",
        label=lab(
            "2035-03-27 14:00",
            "Europe/London",
            "Europe/London",
            company="Fenwick Lowther Analytics",
            role="Senior Analytics Engineer",
            who=["Dominic Ferrante", "Olu Adebanjo"],
            emails=[
                "dominic.ferrante@fenwicklowther.example",
                "olu.adebanjo@fenwicklowther.example",
            ],
            notes="Sent in GMT, interview in BST after the 25 March switch; the organiser only "
            "introduces.",
        ),
    ),
    google(
        MATILDA,
        "bellbird-freight-hiring-manager-invite",
        "interview",
        start="2035-04-03 09:30",
        zone="Australia/Sydney",
        minutes=45,
        summary="Interview: Matilda Greaves-Okoro / Bellbird Freight Systems (Product Manager)",
        organizer=("Saoirse Whelan", "saoirse.whelan@bellbirdfreight.example"),
        guests=[
            ("Saoirse Whelan", "saoirse.whelan@bellbirdfreight.example"),
            ("Kwame Fordjour", "kwame.fordjour@bellbirdfreight.example"),
        ],
        date=dh("2035-03-28 11:05", "Australia/Sydney"),
        caption=CAPTIONS["Australia/Sydney"],
        details=(
            "Hiring manager conversation with Kwame Fordjour (Head of Product). Saoirse from "
            "Talent will sit in for the first five minutes."
        ),
        meet="bvh-qpso-xze",
        label=lab(
            "2035-04-03 09:30",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Bellbird Freight Systems",
            role="Product Manager",
            who=["Kwame Fordjour", "Saoirse Whelan"],
            emails=[
                "kwame.fordjour@bellbirdfreight.example",
                "saoirse.whelan@bellbirdfreight.example",
            ],
            notes="Sent in AEDT, interview in AEST after the 1 April switch.",
        ),
    ),
    google(
        HEMI,
        "kauri-ledger-panel-moved-after-switch",
        "interview",
        start="2035-04-04 10:00",
        zone="Pacific/Auckland",
        minutes=60,
        summary="Kauri Ledger – panel interview, Hemi Tautahi-Reid",
        organizer=("Priyanka Lal", "priyanka.lal@kauriledger.example"),
        guests=[
            ("Priyanka Lal", "priyanka.lal@kauriledger.example"),
            ("Ngaire Whatuira", "ngaire.whatuira@kauriledger.example"),
            ("Bram Vissering", "bram.vissering@kauriledger.example"),
        ],
        date=dh("2035-03-26 15:20", "Pacific/Auckland"),
        caption=CAPTIONS["Pacific/Auckland"],
        change="Changed: Date – Wednesday 4 April 2035 (was Thursday 29 March 2035)",
        sequence=2,
        details="Panel: Ngaire Whatuira (Engineering Lead) and Bram Vissering (Staff Engineer).",
        meet="kpe-xdwa-nro",
        label=lab(
            "2035-04-04 10:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kauri Ledger",
            who=["Ngaire Whatuira", "Bram Vissering"],
            emails=["ngaire.whatuira@kauriledger.example", "bram.vissering@kauriledger.example"],
            notes="Google update moving the panel past New Zealand's 1 April switch (+13 to +12); "
            "the coordinator organises only.",
        ),
    ),
    exchange(
        KEISHA,
        "harrowgate-mutual-final-round-exchange",
        "interview",
        start="2035-03-13 11:00",
        zone="Eastern Standard Time",
        minutes=90,
        subject="Harrowgate Mutual | Final interview – Actuarial Data Lead",
        organizer=("Gwendolyn Marsh", "gmarsh@harrowgatemutual.example"),
        attendees=[
            ("Rafael Okonjo", "rokonjo@harrowgatemutual.example"),
            ("Lisbeth Carrow", "lcarrow@harrowgatemutual.example"),
        ],
        date=dh("2035-03-08 09:12", "America/New_York"),
        text=(
            "Hello Keisha,\n\nThank you for making time for the final round. You will meet "
            "Rafael Okonjo (Chief Actuary) for the first 45 minutes and then Lisbeth Carrow "
            "(VP, Data) for the rest. Please note the clocks change this weekend; the time on "
            "this invitation is Eastern time.\n\nBest regards,\nGwendolyn Marsh\nTalent "
            "Acquisition | Harrowgate Mutual"
        ),
        label=lab(
            "2035-03-13 11:00",
            "Eastern Standard Time",
            "America/New_York",
            company="Harrowgate Mutual",
            role="Actuarial Data Lead",
            who=["Rafael Okonjo", "Lisbeth Carrow"],
            emails=["rokonjo@harrowgatemutual.example", "lcarrow@harrowgatemutual.example"],
            notes="Sent in EST, interview in EDT after the 11 March switch.",
        ),
    ),
    exchange(
        BRADY,
        "switchback-outdoor-onsite-html-only",
        "interview",
        start="2035-03-15 08:30",
        zone="Mountain Standard Time",
        minutes=240,
        subject="Onsite: Brady Halvorsen-Ruiz – Supply Chain Analyst",
        organizer=("Coordinator – Switchback Outdoor", "recruiting@switchbackoutdoor.example"),
        attendees=[
            ("Teodora Vukic", "tvukic@switchbackoutdoor.example"),
            ("Hank Ostrowski", "hostrowski@switchbackoutdoor.example"),
            ("Jun Matsuda", "jmatsuda@switchbackoutdoor.example"),
        ],
        date=dh("2035-03-09 13:47", "America/Denver"),
        text=(
            "Hi Brady,\n\nWe are looking forward to having you at our Golden office. "
            "Schedule:\n8:30 - 9:30 Teodora Vukic, Director of Planning\n9:30 - 10:30 Hank "
            "Ostrowski, Warehouse Operations\n10:30 - 11:30 Jun Matsuda, Analytics\n11:30 - "
            "12:30 Lunch with the team\n\nAsk for the Recruiting team at reception and bring "
            "a photo ID for the visitor badge.\n\nSwitchback Outdoor Recruiting"
        ),
        location="Switchback Outdoor HQ, 400 Tailrace Way, Golden, CO",
        with_teams=False,
        html_only=True,
        label=lab(
            "2035-03-15 08:30",
            "Mountain Standard Time",
            "America/Denver",
            company="Switchback Outdoor",
            role="Supply Chain Analyst",
            who=["Teodora Vukic", "Hank Ostrowski", "Jun Matsuda"],
            emails=[
                "tvukic@switchbackoutdoor.example",
                "hostrowski@switchbackoutdoor.example",
                "jmatsuda@switchbackoutdoor.example",
            ],
            notes="HTML-only Exchange request, sent in MST for an onsite in MDT.",
        ),
    ),
    owa(
        YAEL,
        "carmel-optics-second-interview-owa",
        "interview",
        start="2035-03-26 15:00",
        zone="Israel Standard Time",
        minutes=60,
        subject="Second interview - Yael Mizrahi-Stern (Optical Design Engineer)",
        organizer=("Nitzan Ben-Ami", "nitzan.benami@carmeloptics.example"),
        attendees=[("Avigail Sasson", "avigail.sasson@carmeloptics.example")],
        date=dh("2035-03-20 10:31", "Asia/Jerusalem"),
        text=(
            "Hi Yael,\n\nFollowing your first conversation with me, Avigail Sasson (R&D "
            "Manager) and I would like to continue with a second interview. We'll meet on "
            "Teams. It will be a technical discussion about your lens design work, so feel "
            "free to bring examples.\n\nThanks,\nNitzan"
        ),
        label=lab(
            "2035-03-26 15:00",
            "Israel Standard Time",
            "Asia/Jerusalem",
            company="Carmel Optics",
            role="Optical Design Engineer",
            who=["Avigail Sasson", "Nitzan Ben-Ami"],
            emails=["avigail.sasson@carmeloptics.example", "nitzan.benami@carmeloptics.example"],
            notes="Outlook on the web, HTML only, time only in the calendar; sent in IST, "
            "interview in IDT after Israel's Friday 23 March switch.",
        ),
    ),
    invite(
        DEVIKA,
        "salish-sea-interactive-zoom-ics-from-recruiter",
        "interview",
        start="2035-03-13 10:00",
        zone="America/Vancouver",
        minutes=45,
        summary="Salish Sea Interactive - Devika Sandhu-Morrison - Producer interview",
        organizer=("Corinne Maddox", "corinne.maddox@salishseainteractive.example"),
        prodid=ZOOM,
        method=None,
        ics_name="zoom_meeting.ics",
        frm=("Corinne Maddox", "corinne.maddox@salishseainteractive.example"),
        subject="Zoom interview details - Producer role",
        date=dh("2035-03-07 15:18", "America/Vancouver"),
        body=(
            "Hi Devika,\n\nGreat chatting yesterday. Here are the details for your interview "
            "with Marcus Idowu, our Executive Producer. I've attached the calendar file too.\n\n"
            "Corinne Maddox is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Salish Sea Interactive - Devika Sandhu-Morrison - Producer interview\n"
            "Time: Mar 13, 2035 10:00 AM Pacific Time (US and Canada)\n\n"
            + zoom_block("861 4402 7735", "Rk2bXmQp7aVz1")
            + "\nHeads up that the US and Canada switch to daylight time on the Sunday before, "
            "so it's still 10am your time.\n\nCorinne\n--\nCorinne Maddox | Talent Partner"
        ),
        label=lab(
            "2035-03-13 10:00",
            "America/Vancouver",
            "America/Vancouver",
            company="Salish Sea Interactive",
            role="Producer",
            who=["Marcus Idowu"],
            notes="Zoom's downloadable .ics without METHOD attached to a recruiter's mail; "
            "interviewer only in prose; 'Pacific Time (US and Canada)' resolves to Vancouver "
            "for a Vancouver user.",
        ),
    ),
    invite(
        RACHEL,
        "lumen-kopi-founder-icloud-invite",
        "interview",
        start="2035-02-22 16:00",
        zone="Asia/Singapore",
        minutes=60,
        summary="Chat with Rachel – Lumen Kopi",
        organizer=("Darius Koh", "darius@lumenkopi.example"),
        attendees=[("Rachel Teo Hui Min", "rachel.teohm@example.net")],
        prodid=ICLOUD,
        location="Lumen Kopi roastery, 12 Jalan Pelatina, Singapore",
        ics_name="invite.ics",
        frm=("Darius Koh", "darius@lumenkopi.example"),
        subject="Interview at the roastery next Thursday",
        date=dh("2035-02-15 21:40", "Asia/Singapore"),
        body=(
            "Hi Rachel,\n\nThanks for applying for the operations manager role. I'd love to "
            "meet in person - it'll be me and my co-founder Wen Jun, informal, about an hour. "
            f"{d('2035-02-22', 'uk')} at 4pm at the roastery works for us; invite attached. "
            "If that doesn't suit, just reply with another afternoon.\n\nDarius\n\nSent from "
            "my iPhone"
        ),
        label=lab(
            "2035-02-22 16:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="Lumen Kopi",
            role="operations manager",
            who=["Darius Koh", "Wen Jun"],
            emails=["darius@lumenkopi.example"],
            notes="Founder interviews too ('it'll be me and my co-founder'); the zone only "
            "in the iCloud calendar's TZID.",
        ),
    ),
    invite(
        ELEFTHERIA,
        "aegean-grid-thunderbird-invite",
        "interview",
        start="2035-03-28 12:00",
        zone="Europe/Athens",
        minutes=60,
        summary="Interview – Power Systems Engineer (E. Papadaki-Moss)",
        organizer=("Stavros Lekkas", "s.lekkas@aegeangrid.example"),
        attendees=[
            ("Eleftheria Papadaki-Moss", "eleftheria.papadaki@example.com"),
            ("Ioanna Fragou", "i.fragou@aegeangrid.example"),
        ],
        prodid=THUNDERBIRD,
        ics_mode="attach",
        ics_name="invite.ics",
        frm=("Stavros Lekkas", "s.lekkas@aegeangrid.example"),
        subject="Interview invitation - Power Systems Engineer",
        date=dh("2035-03-21 09:03", "Europe/Athens"),
        body=(
            "Dear Ms Papadaki-Moss,\n\nThank you for your application. Ms Ioanna Fragou "
            "(Head of Grid Planning) and I would like to invite you to an interview at our "
            f"offices in Marousi on {d('2035-03-28', 'uky')} at 12:00 Athens time. Please "
            "find the invitation attached.\n\nKind regards,\nStavros Lekkas\nHR Business "
            "Partner, Aegean Grid S.A."
        ),
        extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.7.1")],
        label=lab(
            "2035-03-28 12:00",
            "Europe/Athens",
            "Europe/Athens",
            company="Aegean Grid",
            role="Power Systems Engineer",
            who=["Ioanna Fragou", "Stavros Lekkas"],
            emails=["i.fragou@aegeangrid.example", "s.lekkas@aegeangrid.example"],
            notes="Thunderbird attachment; sent in EET, interview in EEST after 25 March.",
        ),
    ),
    invite(
        FEMKE,
        "polder-robotics-nextcloud-invitation",
        "interview",
        start="2035-02-20 13:30",
        zone="Europe/Amsterdam",
        minutes=60,
        summary="Sollicitatiegesprek / Interview Femke Oosterbroek-Alami",
        organizer=("Joost Hageman", "joost.hageman@polderrobotics.example"),
        attendees=[
            ("Femke Oosterbroek-Alami", "femke.oosterbroek@example.org"),
            ("Lieke Brouwer", "lieke.brouwer@polderrobotics.example"),
        ],
        prodid=NEXTCLOUD,
        location="Polder Robotics, Kanaalweg 18, Delft",
        ics_mode="both",
        ics_name="event.ics",
        frm=("Joost Hageman", "invitations-noreply@cloud.polderrobotics.example"),
        reply_to=("Joost Hageman", "joost.hageman@polderrobotics.example"),
        subject="Invitation: Sollicitatiegesprek / Interview Femke Oosterbroek-Alami",
        date=dh("2035-02-12 10:14", "Europe/Amsterdam"),
        body=(
            "Hello Femke Oosterbroek-Alami,\n\nJoost Hageman has invited you to "
            "»Sollicitatiegesprek / Interview Femke Oosterbroek-Alami«.\n\n"
            f"When: {d('2035-02-20', 'uky')} 13:30 - 14:30 (Europe/Amsterdam)\n"
            "Location: Polder Robotics, Kanaalweg 18, Delft\n"
            "Description: Interview for the Embedded Software Engineer position with Joost "
            "Hageman and Lieke Brouwer (Firmware Lead).\n"
            "Attendees: Femke Oosterbroek-Alami, Lieke Brouwer\n\n"
            "Accept    Tentative    Decline    More options at the Nextcloud page\n"
        ),
        label=lab(
            "2035-02-20 13:30",
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Polder Robotics",
            role="Embedded Software Engineer",
            who=["Joost Hageman", "Lieke Brouwer"],
            emails=["joost.hageman@polderrobotics.example", "lieke.brouwer@polderrobotics.example"],
            notes="Nextcloud Calendar invitation sent from the company's own cloud.",
        ),
    ),
    invite(
        DINITHI,
        "serendib-tea-zoho-calendar-invite",
        "interview",
        start="2035-03-06 10:30",
        zone="Asia/Colombo",
        minutes=60,
        summary="Interview - Dinithi Wickramasinghe - Finance Analyst",
        organizer=("Ruwan Jayasekara", "ruwan.j@serendibtea.example"),
        attendees=[
            ("Dinithi Wickramasinghe", "dinithi.wick@example.org"),
            ("Shalini Perera", "shalini.p@serendibtea.example"),
        ],
        prodid=ZOHO,
        ics_mode="attach",
        frm=("Zoho Calendar", "calendar-noreply@zohocalendar.example"),
        reply_to=("Ruwan Jayasekara", "ruwan.j@serendibtea.example"),
        subject="Invitation: Interview - Dinithi Wickramasinghe - Finance Analyst",
        date=dh("2035-02-27 14:22", "Asia/Colombo"),
        body=(
            "Ruwan Jayasekara has invited you to an event.\n\n"
            "Interview - Dinithi Wickramasinghe - Finance Analyst\n"
            f"{d('2035-03-06', 'abbr')} 2035, 10:30 AM - 11:30 AM (Asia/Colombo)\n"
            "Location: Serendib Tea Exports, 4th Floor, Union Place, Colombo 02\n"
            "Participants: Ruwan Jayasekara (Organizer), Shalini Perera, Dinithi "
            "Wickramasinghe\n\nNotes: Panel with Shalini Perera (Financial Controller) and "
            "Ruwan (HR). Bring your NIC.\n\nYes | Maybe | No\n"
        ),
        label=lab(
            "2035-03-06 10:30",
            "Asia/Colombo",
            "Asia/Colombo",
            company="Serendib Tea Exports",
            role="Finance Analyst",
            who=["Shalini Perera", "Ruwan Jayasekara"],
            emails=["shalini.p@serendibtea.example", "ruwan.j@serendibtea.example"],
            notes="Zoho Calendar notification; the HR organiser sits on the panel.",
        ),
    ),
    invite(
        SABINA,
        "himal-microfinance-webex-interview",
        "interview",
        start="2035-03-19 15:15",
        zone="Asia/Kathmandu",
        minutes=60,
        summary="Interview: Monitoring & Evaluation Officer",
        organizer=("Anjali Thapa", "anjali.thapa@himalmf.example"),
        attendees=[("Sabina Gurung-Rai", "sabina.gurung@example.net")],
        prodid=WEBEX,
        ics_mode="attach",
        ics_name="meeting.ics",
        frm=("Anjali Thapa via Webex", "messenger@webex.com"),
        reply_to=("Anjali Thapa", "anjali.thapa@himalmf.example"),
        subject="Webex meeting invitation: Interview: Monitoring & Evaluation Officer",
        date=dh("2035-03-12 11:50", "Asia/Kathmandu"),
        body=(
            "Anjali Thapa invites you to join this Webex meeting.\n\n"
            "Interview: Monitoring & Evaluation Officer\n"
            f"{d('2035-03-19', 'usy')} 3:15 PM | 1 hour | (UTC+05:45) Kathmandu\n\n"
            "Join meeting\nhttps://himalmf.webex.com/himalmf/j.php?MTID=m5d0c2e7f19a4b\n\n"
            "Meeting number: 2514 338 9061\nMeeting password: Kx7mRt\n\n"
            "Agenda: Interview with Anjali Thapa (Programme Director) and Dorje Sherpa "
            "(M&E Lead).\n"
        ),
        label=lab(
            "2035-03-19 15:15",
            "Asia/Kathmandu",
            "Asia/Kathmandu",
            company="Himal Microfinance",
            role="Monitoring & Evaluation Officer",
            who=["Anjali Thapa", "Dorje Sherpa"],
            emails=["anjali.thapa@himalmf.example"],
            notes="Webex invitation at +05:45.",
        ),
    ),
    exchange(
        ROWAN,
        "lagoon-research-lord-howe-half-hour",
        "interview",
        start="2035-04-02 09:00",
        zone="Lord Howe Standard Time",
        minutes=60,
        subject="Interview – Field Technician (Rowan Thistlewood)",
        organizer=("Mereana Collins", "mereana.collins@lagoonresearch.example"),
        attendees=[("Ewan Stackpole", "ewan.stackpole@lagoonresearch.example")],
        date=dh("2035-03-26 14:10", "Australia/Lord_Howe"),
        text=(
            "Hi Rowan,\n\nEwan Stackpole (Station Manager) and I will interview you on Teams. "
            "I've set the invitation in Lord Howe time since you're on the island; note that "
            "the island moves back only half an hour on 1 April.\n\nMereana Collins\nPeople "
            "& Culture, Lagoon Research Trust"
        ),
        label=lab(
            "2035-04-02 09:00",
            "Lord Howe Standard Time",
            "Australia/Lord_Howe",
            company="Lagoon Research Trust",
            role="Field Technician",
            who=["Ewan Stackpole", "Mereana Collins"],
            emails=[
                "ewan.stackpole@lagoonresearch.example",
                "mereana.collins@lagoonresearch.example",
            ],
            notes="Sent at +11, interview at +10:30 after Lord Howe's half-hour switch.",
        ),
    ),
    gcal(
        PEISHAN,
        "formosa-chipworks-cancelled-gcal",
        "interview_cancelled",
        start="2035-03-14 14:00",
        zone="Asia/Taipei",
        minutes=60,
        summary="Formosa Chipworks – Interview with Lin Pei-shan",
        organizer=("Chen Yu-hsuan", "yuhsuan.chen@formosachip.example"),
        guests=[
            ("Chen Yu-hsuan", "yuhsuan.chen@formosachip.example"),
            ("Huang Kuan-lin", "kuanlin.huang@formosachip.example"),
        ],
        date=dh("2035-03-12 18:30", "Asia/Taipei"),
        cancelled=True,
        sequence=1,
        note_text="Cancelled: Kuan-lin is travelling. I will send new options by email.",
        meet="ysd-wgmb-pef",
        label=lab(
            "2035-03-14 14:00",
            "Asia/Taipei",
            "Asia/Taipei",
            company="Formosa Chipworks",
            who=["Huang Kuan-lin"],
            emails=["kuanlin.huang@formosachip.example"],
            notes="Google cancellation; new options only promised.",
        ),
    ),
    exchange(
        PADRAIG,
        "cabot-offshore-interview-cancelled",
        "interview_cancelled",
        start="2035-03-16 10:30",
        zone="Newfoundland Standard Time",
        minutes=60,
        subject="Interview: Pádraig Kearsey-Walsh - HSE Coordinator",
        organizer=("Trudy Penney", "tpenney@cabotoffshore.example"),
        attendees=[("Wade Rideout", "wrideout@cabotoffshore.example")],
        date=dh("2035-03-13 16:02", "America/St_Johns"),
        text=(
            "Pádraig, my apologies - Wade has been called offshore at short notice and we "
            "have to cancel Friday's interview. I'll be in touch once he's back to find a "
            "new time.\n\nTrudy"
        ),
        cancelled=True,
        prefix="Canceled: ",
        sequence=1,
        label=lab(
            "2035-03-16 10:30",
            "Newfoundland Standard Time",
            "America/St_Johns",
            company="Cabot Offshore",
            role="HSE Coordinator",
            who=["Wade Rideout"],
            emails=["wrideout@cabotoffshore.example"],
            notes="Exchange cancellation at -02:30 (after the 11 March switch).",
        ),
    ),
]

_ = t12
