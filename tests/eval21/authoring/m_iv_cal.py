"""Interviews as calendar invitations: Exchange, Google, iCloud, Apple, Zoom, Webex,
Thunderbird, a forwarded invitation and an update with a new time (English)."""

from __future__ import annotations

from .kit import (
    APPLE,
    AROHA,
    AYLA,
    BODHI,
    BRIDIE,
    DEVIKA,
    ELLISON,
    FATEMA,
    FERGUS,
    HALLUR,
    HEMI,
    ICLOUD,
    LEYLA,
    MELE,
    NORA,
    PETRA,
    TEBWAI,
    TEINA,
    THUNDERBIRD,
    WEBEX_SITE,
    ZOOM,
    booking,
    d,
    dh,
    forwarded,
    google,
    lab,
    outlook,
    t12,
)

MESSAGES = [
    outlook(
        NORA,
        "teams-panel-anchorage-sitka",
        "interview",
        start="2040-07-19 10:00",
        zone="Alaskan Standard Time",
        minutes=60,
        subject="Interview: Nora Dundas-Kahklen - Fisheries Data Analyst",
        organizer=("Kendra Olanna", "kendra.olanna@chugachmarine.example"),
        attendees=[
            ("Wyatt Brennan", "wyatt.brennan@chugachmarine.example"),
            ("Sasha Ivanoff", "sasha.ivanoff@chugachmarine.example"),
        ],
        date=dh("2040-07-13 15:22", "America/Anchorage"),
        label=lab(
            "2040-07-19 10:00",
            "Alaskan Standard Time",
            "America/Anchorage",
            company="Chugach Marine Institute",
            role="Fisheries Data Analyst",
            who=["Wyatt Brennan", "Sasha Ivanoff"],
            emails=["wyatt.brennan@chugachmarine.example", "sasha.ivanoff@chugachmarine.example"],
            notes="Exchange request, Alaskan Standard Time; the coordinator does not interview.",
        ),
        text=(
            "Hi Nora,\n\nThis invitation is for your panel interview with Wyatt Brennan "
            "(Lead Biometrician) and Sasha Ivanoff (Data Manager). I've set it up as a Teams "
            "call; I'll just start the call and then leave you to it.\n\n"
            "Kendra Olanna\nHR Generalist, Chugach Marine Institute"
        ),
    ),
    outlook(
        PETRA,
        "teams-update-adak-new-time",
        "interview",
        start="2040-08-07 09:30",
        zone="Aleutian Standard Time",
        minutes=45,
        subject="Phone interview - Harbor Operations Clerk",
        organizer=("Gordon Prokopeuff", "gordon.p@kuluksakport.example"),
        attendees=[],
        date=dh("2040-08-02 13:05", "America/Adak"),
        sequence=1,
        location="Phone: Gordon will call your cell",
        teams=False,
        label=lab(
            "2040-08-07 09:30",
            "Aleutian Standard Time",
            "America/Adak",
            company="Kuluk Sakhta Port Authority",
            role="Harbor Operations Clerk",
            who=["Gordon Prokopeuff"],
            emails=["gordon.p@kuluksakport.example"],
            notes="Updated request (SEQUENCE 1) with the new time; Aleutian zone, HDT.",
        ),
        text=(
            "Petra - moving our call to Tuesday morning instead, the barge schedule changed. "
            "I'll call your cell at 9:30.\n\nGordon Prokopeuff\nHarbormaster"
        ),
        prefix="Updated: ",
    ),
    google(
        AROHA,
        "google-invite-wellington-ux",
        "interview",
        start="2040-06-19 14:00",
        zone="Pacific/Auckland",
        minutes=60,
        summary="Aroha Ngata-Fielding <> Te Whanganui Digital: UX interview",
        organizer=("Rawiri Henare", "rawiri.henare@tewhanganuidigital.example"),
        guests=[
            ("Rawiri Henare", "rawiri.henare@tewhanganuidigital.example"),
            ("Claire Opie", "claire.opie@tewhanganuidigital.example"),
        ],
        date=dh("2040-06-13 10:41", "Pacific/Auckland"),
        caption="New Zealand Time",
        details=(
            "Kia ora Aroha, this is your interview with Rawiri (Design Director) and Claire "
            "(Senior UX Researcher). We'll spend half the time on your portfolio."
        ),
        meet="wht-pzqo-hre",
        label=lab(
            "2040-06-19 14:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Te Whanganui Digital",
            who=["Rawiri Henare", "Claire Opie"],
            emails=[
                "rawiri.henare@tewhanganuidigital.example",
                "claire.opie@tewhanganuidigital.example",
            ],
            notes="Google invitation; the organiser is one of the interviewers.",
        ),
    ),
    google(
        HEMI,
        "google-invite-chatham-from-auckland",
        "interview",
        start="2040-07-05 11:00",
        zone="Pacific/Auckland",
        minutes=45,
        summary="Interview - Renewable Energy Technician",
        organizer=("Lisa Tawhiri", "lisa.tawhiri@kaimoanaenergy.example"),
        guests=[("Grant Solomon", "grant.solomon@kaimoanaenergy.example")],
        date=dh("2040-06-29 16:20", "Pacific/Auckland"),
        caption="New Zealand Time",
        details=(
            "Hi Hemi, video interview with Grant Solomon (Operations Manager). Note the time "
            "is Auckland time - 11:45am on the Chathams."
        ),
        meet="kmo-tffr-hdn",
        label=lab(
            "2040-07-05 11:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kaimoana Energy",
            role="Renewable Energy Technician",
            who=["Grant Solomon"],
            emails=["grant.solomon@kaimoanaenergy.example"],
            notes="Given in Auckland time with the Chatham time (+45 min) in the details.",
        ),
    ),
    booking(
        TEINA,
        "icloud-invite-rarotonga-resort",
        "interview",
        prodid=ICLOUD,
        start="2040-07-09 09:00",
        zone="Pacific/Rarotonga",
        minutes=60,
        summary="Interview – Guest Services Supervisor (Teina)",
        organizer=("Mōana Tangitoru", "moana.t@muriilagoon.example"),
        attendees=[("Jack Heather", "jack.heather@muriilagoon.example")],
        date=dh("2040-07-03 18:12", "Pacific/Rarotonga"),
        frm=("Mōana Tangitoru", "moana.t@muriilagoon.example"),
        subject="Invitation: Interview – Guest Services Supervisor (Teina) @ Mon 9 Jul 2040 9:00am",
        body=(
            "Kia orana Teina,\n\n"
            f"Here's the invite for {d('2040-07-09', 'uk')} at 9am at the Muri Lagoon "
            "Resort main office. You'll meet me and Jack Heather, our Resort Manager.\n\n"
            "Meitaki,\nMōana\nHR Manager"
        ),
        location="Muri Lagoon Resort, main office, Muri Beach",
        label=lab(
            "2040-07-09 09:00",
            "Pacific/Rarotonga",
            "Pacific/Rarotonga",
            company="Muri Lagoon Resort",
            role="Guest Services Supervisor",
            who=["Mōana Tangitoru", "Jack Heather"],
            emails=["moana.t@muriilagoon.example", "jack.heather@muriilagoon.example"],
            notes="iCloud invitation with .ics; 'You'll meet me and' names both.",
        ),
        name_method="B",
        style="apple",
    ),
    booking(
        AYLA,
        "zoom-invite-alaska-juneau",
        "interview",
        prodid=ZOOM,
        start="2040-07-25 09:00",
        zone="America/Anchorage",
        minutes=60,
        summary="Technical Interview - Ayla Kuzmin-Brooks",
        organizer=("Derek Lund", "derek.lund@tongassforestry.example"),
        attendees=[("Derek Lund", "derek.lund@tongassforestry.example")],
        date=dh("2040-07-20 12:15", "America/Juneau"),
        frm=("Derek Lund", "derek.lund@tongassforestry.example"),
        subject="Technical Interview - Ayla Kuzmin-Brooks",
        body=(
            "Derek Lund is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Technical Interview - Ayla Kuzmin-Brooks\n"
            "Time: Jul 25, 2040 09:00 AM Alaska\n\n"
            "Join Zoom Meeting\nhttps://us02web.zoom.us/j/86311092458?pwd=cVZ3Tk9y\n\n"
            "Meeting ID: 863 1109 2458\nPasscode: 771204\n\n"
            "---\n\nAyla, this is the GIS technical round with me (GIS Lead). See you then. "
            "- Derek"
        ),
        label=lab(
            "2040-07-25 09:00",
            "America/Anchorage",
            "America/Anchorage",
            company="Tongass Forestry Services",
            who=["Derek Lund"],
            emails=["derek.lund@tongassforestry.example"],
            notes="Zoom's generated text ('Alaska'); calendar in America/Anchorage.",
        ),
        style="zoom.us",
    ),
    booking(
        FATEMA,
        "webex-invite-manama-riyadh-zone",
        "interview",
        prodid=WEBEX_SITE,
        start="2040-07-05 11:00",
        zone="Arab Standard Time",
        minutes=60,
        summary="Interview: Treasury Analyst - Fatema Al-Aali Hurst",
        organizer=("Hamad Al-Khalifa Rowe", "hamad.rowe@dilmunbank.example"),
        attendees=[("Noora Janahi", "noora.janahi@dilmunbank.example")],
        date=dh("2040-07-01 09:34", "Asia/Bahrain"),
        frm=("Hamad Al-Khalifa Rowe via Webex", "messenger@webex.com"),
        subject="Webex meeting invitation: Interview: Treasury Analyst - Fatema Al-Aali Hurst",
        body=(
            "Hamad Al-Khalifa Rowe invites you to join this Webex meeting.\n\n"
            f"{d('2040-07-05', 'usy')} 11:00 AM | 1 hour | (UTC+03:00) Kuwait, Riyadh\n\n"
            "Join meeting: https://dilmunbank.webex.com/dilmunbank/j.php?MTID=m5c1e0f\n"
            "Meeting number (access code): 2641 558 3091\nMeeting password: Tr3asury\n\n"
            "Dear Fatema, you will be interviewed by me (Head of Treasury) and Noora Janahi "
            "(Treasury Manager)."
        ),
        label=lab(
            "2040-07-05 11:00",
            "Arab Standard Time",
            "Asia/Riyadh",
            company="Dilmun Bank",
            role="Treasury Analyst",
            who=["Hamad Al-Khalifa Rowe", "Noora Janahi"],
            emails=["hamad.rowe@dilmunbank.example", "noora.janahi@dilmunbank.example"],
            notes="Webex notification; Windows TZID Arab Standard Time (Riyadh, same offset "
            "as Bahrain).",
        ),
        reply_to=("Hamad Al-Khalifa Rowe", "hamad.rowe@dilmunbank.example"),
        ics_mode="inline",
        style="webex.com",
    ),
    outlook(
        LEYLA,
        "teams-invite-baku-panel",
        "interview",
        start="2040-06-26 15:00",
        zone="Azerbaijan Standard Time",
        minutes=60,
        subject="Interview - Leyla Mammadova-Price / Senior Geologist",
        organizer=("Rashad Aliyev", "rashad.aliyev@absheronenergy.example"),
        attendees=[
            ("Gunel Huseynova", "gunel.huseynova@absheronenergy.example"),
            ("Peter Strand", "peter.strand@absheronenergy.example"),
        ],
        date=dh("2040-06-20 11:48", "Asia/Baku"),
        label=lab(
            "2040-06-26 15:00",
            "Azerbaijan Standard Time",
            "Asia/Baku",
            company="Absheron Energy",
            role="Senior Geologist",
            who=["Rashad Aliyev", "Gunel Huseynova", "Peter Strand"],
            emails=[
                "rashad.aliyev@absheronenergy.example",
                "gunel.huseynova@absheronenergy.example",
                "peter.strand@absheronenergy.example",
            ],
            notes="Exchange request, Azerbaijan Standard Time; organiser chairs the panel.",
        ),
        text=(
            "Dear Leyla,\n\nPlease find below the invitation to your interview. The panel: "
            "myself (Exploration Manager), Gunel Huseynova (HR Business Partner) and Peter "
            "Strand (Chief Geologist, joining from Stavanger).\n\nBest regards,\nRashad Aliyev"
        ),
    ),
    outlook(
        MELE,
        "outlook-web-tonga-html",
        "interview",
        start="2040-07-11 10:00",
        zone="Tonga Standard Time",
        minutes=45,
        subject="Interview for Finance Officer",
        organizer=("Sione Taufa", "sione.taufa@nukualofatelecom.example"),
        attendees=[("Ana Vaipulu", "ana.vaipulu@nukualofatelecom.example")],
        date=dh("2040-07-06 14:30", "Pacific/Tongatapu"),
        location="Head Office, Taufa'ahau Road, Nuku'alofa - Meeting Room 2",
        teams=False,
        html_only=True,
        label=lab(
            "2040-07-11 10:00",
            "Tonga Standard Time",
            "Pacific/Tongatapu",
            company="Nuku'alofa Telecom",
            role="Finance Officer",
            who=["Sione Taufa", "Ana Vaipulu"],
            emails=["sione.taufa@nukualofatelecom.example", "ana.vaipulu@nukualofatelecom.example"],
            notes="Exchange request, HTML only, in person.",
        ),
        text=(
            "Mālō e lelei Mele,\n\nThank you for your application. Your interview will be "
            "with me (Finance Manager) and Ana Vaipulu (Chief Accountant) at our head "
            "office.\n\nSione Taufa"
        ),
    ),
    booking(
        HALLUR,
        "thunderbird-invite-torshavn",
        "interview",
        prodid=THUNDERBIRD,
        start="2040-08-15 13:00",
        zone="Atlantic/Faroe",
        minutes=60,
        summary="Interview: Hallur Joensen-Reid (Aquaculture Engineer)",
        organizer=("Birita Poulsen", "birita@vagarsalmon.example"),
        attendees=[("Jógvan Hansen", "jogvan@vagarsalmon.example")],
        date=dh("2040-08-08 10:17", "Atlantic/Faroe"),
        frm=("Birita Poulsen", "birita@vagarsalmon.example"),
        subject="Invitation: Interview: Hallur Joensen-Reid (Aquaculture Engineer)",
        body=(
            "You have been invited to a meeting.\n\n"
            "What: Interview: Hallur Joensen-Reid (Aquaculture Engineer)\n"
            f"When: {d('2040-08-15', 'usy')} 1:00 PM - 2:00 PM Atlantic/Faroe\n"
            "Where: Vágar Salmon office, Sørvágur\n\n"
            "Organizer: Birita Poulsen <birita@vagarsalmon.example>\n"
            "Attendees: Jógvan Hansen <jogvan@vagarsalmon.example>, "
            "Hallur Joensen-Reid <hallur.joensen@example.org>\n\n"
            "Hallur, Jógvan (Site Manager) and I will interview you at the office."
        ),
        location="Vágar Salmon office, Sørvágur",
        label=lab(
            "2040-08-15 13:00",
            "Atlantic/Faroe",
            "Atlantic/Faroe",
            company="Vágar Salmon",
            role="Aquaculture Engineer",
            who=["Birita Poulsen", "Jógvan Hansen"],
            emails=["birita@vagarsalmon.example", "jogvan@vagarsalmon.example"],
            notes="Thunderbird What/When/Where layout with an IANA zone.",
        ),
        ics_mode="inline",
    ),
    booking(
        DEVIKA,
        "recruiter-forwards-teams-invite-georgetown",
        "interview",
        prodid="Microsoft Exchange Server 2010",
        start="2040-07-16 09:00",
        zone="SA Western Standard Time",
        minutes=60,
        summary="Interview - Devika Persaud-Lyle (Environmental Officer)",
        organizer=("Tremaine Bascom", "tremaine.bascom@demeraraminerals.example"),
        attendees=[("Karen Fung-A-Fat", "karen.fungafat@demeraraminerals.example")],
        date=dh("2040-07-12 08:22", "America/Guyana"),
        frm=("Latoya Persaud", "latoya@essequibotalent.example"),
        subject="Fw: Interview - Devika Persaud-Lyle (Environmental Officer)",
        body=(
            "Hi Devika,\n\nForwarding the client's invitation for Monday so you have the "
            "Teams link. Accept it from the attachment so it lands in your calendar.\n\n"
            "Latoya\nEssequibo Talent\n\n"
            + forwarded(
                "2040-07-11 17:40",
                "America/Guyana",
                "Tremaine Bascom <tremaine.bascom@demeraraminerals.example>",
                "Latoya Persaud <latoya@essequibotalent.example>",
                "Interview - Devika Persaud-Lyle (Environmental Officer)",
                f"When: {d('2040-07-16', 'usy')} 9:00 AM-10:00 AM. (UTC-04:00) Georgetown, "
                "La Paz, Manaus, San Juan\nWhere: Microsoft Teams Meeting\n\n"
                "Interviewers: Tremaine Bascom (HSE Manager), Karen Fung-A-Fat (Environmental "
                "Lead)",
                style="outlook",
            )
        ),
        label=lab(
            "2040-07-16 09:00",
            "SA Western Standard Time",
            "America/La_Paz",
            company="Demerara Minerals",
            role="Environmental Officer",
            who=["Tremaine Bascom", "Karen Fung-A-Fat"],
            emails=[
                "tremaine.bascom@demeraraminerals.example",
                "karen.fungafat@demeraraminerals.example",
            ],
            notes="Agency forwards the client's Exchange invitation with its .ics; Windows "
            "TZID SA Western (La Paz, same offset as Georgetown).",
        ),
        style="outlook",
    ),
    google(
        FERGUS,
        "google-update-later-start-cape-breton",
        "interview",
        start="2040-06-28 14:30",
        zone="America/Halifax",
        minutes=60,
        summary="Interview: Fergus MacNeil-Doucette - Port Logistics Coordinator",
        organizer=("Ainsley Burke", "ainsley.burke@sydneyharbourports.example"),
        guests=[("Malcolm Gillis", "malcolm.gillis@sydneyharbourports.example")],
        date=dh("2040-06-25 10:02", "America/Glace_Bay"),
        caption="Atlantic Time - Halifax",
        change="Changed: time (was 1:00pm)",
        sequence=1,
        details="Interview with Malcolm Gillis (Operations Director) and Ainsley Burke (HR).",
        meet="sgh-qopl-bvr",
        label=lab(
            "2040-06-28 14:30",
            "America/Halifax",
            "America/Halifax",
            company="Sydney Harbour Ports",
            role="Port Logistics Coordinator",
            who=["Malcolm Gillis", "Ainsley Burke"],
            emails=[
                "malcolm.gillis@sydneyharbourports.example",
                "ainsley.burke@sydneyharbourports.example",
            ],
            notes="Google update: the start moved later; the new time is the interview.",
        ),
    ),
    outlook(
        TEBWAI,
        "teams-invite-kiritimati-plus-fourteen",
        "interview",
        start="2040-07-03 08:00",
        zone="Line Islands Standard Time",
        minutes=60,
        subject="Interview - Tebwai Teiti-Ross - Fisheries Licensing Officer",
        organizer=("Rosie Kaiea", "rosie.kaiea@lineislandsfisheries.example"),
        attendees=[("Baraniko Tekee", "baraniko.tekee@lineislandsfisheries.example")],
        date=dh("2040-06-28 09:00", "Pacific/Kiritimati"),
        label=lab(
            "2040-07-03 08:00",
            "Line Islands Standard Time",
            "Pacific/Kiritimati",
            company="Line Islands Fisheries Authority",
            role="Fisheries Licensing Officer",
            who=["Baraniko Tekee"],
            emails=["baraniko.tekee@lineislandsfisheries.example"],
            notes="Exchange request at UTC+14 (Line Islands Standard Time).",
        ),
        text=(
            "Mauri Tebwai,\n\nYour interview will be with Baraniko Tekee, Deputy Director. "
            "I have only set up the meeting.\n\nRosie Kaiea\nAdministration"
        ),
    ),
    outlook(
        ELLISON,
        "outlook-invite-honiara-inperson",
        "interview",
        start="2040-08-21 10:30",
        zone="Central Pacific Standard Time",
        minutes=60,
        subject="Interview: Procurement Officer",
        organizer=("Joy Ramofafia", "joy.ramofafia@honiarawater.example"),
        attendees=[
            ("Patrick Kwaiga", "patrick.kwaiga@honiarawater.example"),
            ("Lina Sade", "lina.sade@honiarawater.example"),
        ],
        date=dh("2040-08-14 15:40", "Pacific/Guadalcanal"),
        location="Honiara Water Authority, Mendana Avenue, Board Room",
        teams=False,
        label=lab(
            "2040-08-21 10:30",
            "Central Pacific Standard Time",
            "Pacific/Guadalcanal",
            company="Honiara Water Authority",
            role="Procurement Officer",
            who=["Patrick Kwaiga", "Lina Sade"],
            emails=["patrick.kwaiga@honiarawater.example", "lina.sade@honiarawater.example"],
            notes="Exchange request, Central Pacific Standard Time, in person.",
        ),
        text=(
            "Dear Ellison,\n\nYou are invited to an interview with Mr Patrick Kwaiga (General "
            "Manager) and Ms Lina Sade (Finance Manager). Please bring your certificates.\n\n"
            "Joy Ramofafia\nHR Assistant"
        ),
    ),
    booking(
        BODHI,
        "appointment-page-booking-recruiter-screen",
        "interview",
        prodid="-//Google Inc//Google Calendar 70.9054//EN",
        start="2040-07-10 11:15",
        zone="America/Denver",
        minutes=30,
        summary="Recruiter screen (Wasatch Peak Software) - Bodhi Lindqvist-Ray",
        organizer=("Carly Jensen", "carly.jensen@wasatchpeak.example"),
        attendees=[("Carly Jensen", "carly.jensen@wasatchpeak.example")],
        date=dh("2040-07-06 20:51", "America/Denver"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=(
            "Booking confirmed: Recruiter screen (Wasatch Peak Software) @ Tue Jul 10, 2040 "
            "11:15am - 11:45am (MDT)"
        ),
        body=(
            "Booking confirmed\n\n"
            "Recruiter screen (Wasatch Peak Software)\n"
            f"Tuesday {d('2040-07-10', 'short')[4:]}, 2040 ⋅ 11:15am – 11:45am "
            "(Mountain Time - Denver)\n\n"
            "Booked with\nCarly Jensen\n\n"
            "Join with Google Meet\nhttps://meet.google.com/wpk-xqhe-sjd\n\n"
            "Carly will call to talk through the Platform Engineer role.\n\n"
            "You booked this appointment through an appointment schedule in Google Calendar."
        ),
        label=lab(
            "2040-07-10 11:15",
            "America/Denver",
            "America/Denver",
            company="Wasatch Peak Software",
            role="Platform Engineer",
            who=["Carly Jensen"],
            emails=["carly.jensen@wasatchpeak.example"],
            notes="Google Calendar appointment-schedule booking made by the user.",
        ),
        ics_mode="both",
        style="google",
        reply_to=("Carly Jensen", "carly.jensen@wasatchpeak.example"),
    ),
    booking(
        BRIDIE,
        "apple-calendar-invite-norfolk",
        "interview",
        prodid=APPLE,
        start="2040-06-18 13:30",
        zone="Pacific/Norfolk",
        minutes=45,
        summary="Chat re: Tourism Coordinator role",
        organizer=("Hettie Christian", "hettie@burntpinetours.example"),
        attendees=[("Mark Buffett", "mark@burntpinetours.example")],
        date=dh("2040-06-12 19:05", "Pacific/Norfolk"),
        frm=("Hettie Christian", "hettie@burntpinetours.example"),
        subject="Invitation: Chat re: Tourism Coordinator role",
        body=(
            "Hi Bridie,\n\nAs discussed on the phone, invite attached for our interview "
            f"chat on {d('2040-06-18', 'uk')} at {t12('2040-06-18 13:30', compact=True)} at "
            "the Burnt Pine office. Mark will sit in as well.\n\nHettie\nOwner, Burnt Pine Tours"
        ),
        location="Burnt Pine Tours office, Taylors Road",
        label=lab(
            "2040-06-18 13:30",
            "Pacific/Norfolk",
            "Pacific/Norfolk",
            company="Burnt Pine Tours",
            role="Tourism Coordinator",
            who=["Hettie Christian", "Mark Buffett"],
            emails=["hettie@burntpinetours.example", "mark@burntpinetours.example"],
            notes="macOS Calendar invitation attached; 'interview chat'.",
        ),
        style="apple",
    ),
]
