"""Interviews carried by calendars: Exchange, Google, Apple, Thunderbird, Nextcloud, Zimbra,
Webex, Yahoo and others, across the spring 2037 switches, with and without CN."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AISYAH,
    APPLE,
    APPLE_IOS,
    AYU,
    BARTOSZ,
    BRYNDIS,
    CAIO,
    CRONOFY,
    DAKOTA,
    DENIZ,
    ELENI,
    GARRICK,
    KARIM,
    NEXTCLOUD,
    NGAIO,
    NIAMH,
    REN,
    SHUYI,
    TESS,
    THUNDERBIRD,
    WEBEX,
    YAHOO,
    ZIMBRA,
    d,
    dh,
    exchange,
    gcal,
    google,
    invite,
    lab,
    owa,
    with_cal,
)

MESSAGES = [
    exchange(
        GARRICK,
        "exchange-eastern-detroit",
        "interview",
        start="2037-03-12 13:00",
        zone="Eastern Standard Time",
        minutes=60,
        subject="Interview: Garrick Onwuachi-Stroud / Quality Engineer II",
        organizer=("Shelby Kowalczyk", "shelby.kowalczyk@rivergate-automotive.example"),
        attendees=[
            ("Terrence Malloy", "terrence.malloy@rivergate-automotive.example"),
            ("Anneliese Vukovich", "anneliese.vukovich@rivergate-automotive.example"),
        ],
        date=dh("2037-03-09 08:55", "America/Detroit"),
        text="Hi Garrick,\n\nPlease accept this invitation for your interview with Terrence "
        "Malloy (Quality Manager) and Anneliese Vukovich (Senior Supplier Quality Engineer). "
        "The interview will be conducted over Teams; please join a few minutes early to test "
        "your audio.\n\nThank you,\nShelby Kowalczyk\nHR Generalist, Rivergate Automotive",
        label=lab(
            "2037-03-12 13:00",
            "Eastern Standard Time",
            "America/New_York",
            company="Rivergate Automotive",
            role="Quality Engineer II",
            who=["Terrence Malloy", "Anneliese Vukovich"],
            emails=[
                "terrence.malloy@rivergate-automotive.example",
                "anneliese.vukovich@rivergate-automotive.example",
            ],
            notes="Exchange request to a Detroit user four days after the 8 March switch; "
            "the When: line shows the standard offset '(UTC-05:00)' while the interview is "
            "in EDT. The HR organiser only arranges.",
        ),
    ),
    google(
        NGAIO,
        "google-nz-after-switch",
        "interview",
        start="2037-04-07 09:30",
        zone="Pacific/Auckland",
        minutes=45,
        summary="Ngaio / Kererū Health - Clinical Data Manager interview",
        organizer=("Whetu Rangihau", "whetu.rangihau@kereru-health.example"),
        guests=[("Sione Fifita", "sione.fifita@kereru-health.example")],
        date=dh("2037-03-31 16:12", "Pacific/Auckland"),
        caption="New Zealand Time",
        details="Kia ora Ngaio, looking forward to talking with you. Sione (our Data "
        "Governance Lead) and I will be on the call.\n\nWhetu Rangihau\nHead of Clinical "
        "Informatics",
        label=lab(
            "2037-04-07 09:30",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kererū Health",
            role="Clinical Data Manager",
            who=["Whetu Rangihau", "Sione Fifita"],
            emails=["whetu.rangihau@kereru-health.example", "sione.fifita@kereru-health.example"],
            notes="Google's later layout, sent in NZDT for an interview after the 5 April "
            "switch (NZST, +12).",
        ),
    ),
    invite(
        CAIO,
        "iphone-invite-no-cn",
        "interview",
        start="2037-04-23 16:00",
        zone="America/Sao_Paulo",
        minutes=30,
        summary="Caio <> Lúcia (Mandacaru Pay)",
        organizer=("Lúcia Bragança", "lucia.braganca@mandacarupay.example"),
        attendees=[
            (None, "caio.menezes@example.org"),
            (None, "lucia.braganca@mandacarupay.example"),
        ],
        prodid=APPLE_IOS,
        uid_style="apple",
        frm=("Lúcia Bragança", "lucia.braganca@mandacarupay.example"),
        subject="Invitation: Caio <> Lúcia (Mandacaru Pay)",
        date=dh("2037-04-20 21:14", "America/Sao_Paulo"),
        body="Hi Caio - sending an invite for Thursday so it's in both our calendars. It's "
        "the hiring manager chat for the Android role, 30 min, I'll send a Meet link in the "
        "morning.\n\nLúcia\n\nSent from my iPhone\n",
        ics_mode="attach",
        ics_name="invite.ics",
        label=lab(
            "2037-04-23 16:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Mandacaru Pay",
            who=["Lúcia Bragança"],
            emails=["lucia.braganca@mandacarupay.example"],
            notes="An iPhone calendar attachment whose ATTENDEE lines carry no CN; the "
            "organiser is the hiring manager. Body says only 'Thursday'.",
        ),
    ),
    invite(
        BARTOSZ,
        "thunderbird-across-switch",
        "interview",
        start="2037-04-02 15:00",
        zone="Europe/Warsaw",
        minutes=60,
        summary="Technical interview - Bartosz Zieliński-Hart",
        organizer=("Kamil Wróblewski", "kamil.wroblewski@bursztyn-soft.example"),
        attendees=[
            ("Bartosz Zieliński-Hart", "bartosz.zielinski@example.org"),
            ("Agnieszka Kubiak", "agnieszka.kubiak@bursztyn-soft.example"),
        ],
        prodid=THUNDERBIRD,
        location="https://meet.bursztyn-soft.example/tech-bzh",
        description="Technical interview (60 min): system design + a short code review. "
        "Interviewers: Kamil Wróblewski, Agnieszka Kubiak.",
        ics_mode="inline",
        frm=("Kamil Wróblewski", "kamil.wroblewski@bursztyn-soft.example"),
        subject="Invitation: Technical interview - Bartosz Zieliński-Hart",
        date=dh("2037-03-26 11:40", "Europe/Warsaw"),
        extra=[("User-Agent", "Mozilla/5.0 Thunderbird/140.2.0")],
        body="Hi Bartosz,\n\nas promised, the invitation for our technical interview "
        "next Thursday at 15:00 (Warsaw time). Agnieszka from the backend team will join "
        "me. The link is in the invitation.\n\nBest regards,\nKamil Wróblewski\nCTO, "
        "Bursztyn Soft\n",
        label=lab(
            "2037-04-02 15:00",
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Bursztyn Soft",
            who=["Kamil Wróblewski", "Agnieszka Kubiak"],
            emails=[
                "kamil.wroblewski@bursztyn-soft.example",
                "agnieszka.kubiak@bursztyn-soft.example",
            ],
            notes="Thunderbird iMIP sent in CET for an interview after the 29 March switch "
            "(CEST); 'next Thursday' from a Thursday.",
        ),
    ),
    with_cal(
        ELENI,
        "nextcloud-invitation",
        "interview",
        event={
            "summary": "Interview: UX Researcher (Eleni Papadaki-Moorcroft)",
            "prodid": NEXTCLOUD,
            "start": "2037-04-16 12:00",
            "zone": "Europe/Athens",
            "minutes": 60,
            "organizer": ("Stavros Kalogeropoulos", "stavros@elaia-digital.example"),
            "attendees": [
                ("Eleni Papadaki-Moorcroft", "eleni.papadaki@example.com"),
                ("Myrto Anagnostou", "myrto@elaia-digital.example"),
            ],
            "location": "Elaia Digital, Ermou 54, Athens",
            "description": "Portfolio walk-through and a conversation with the design team.",
        },
        date=dh("2037-04-09 10:18", "Europe/Athens"),
        style="nextcloud",
        frm=(
            "Stavros Kalogeropoulos via Nextcloud",
            "invitations-noreply@cloud.elaia-digital.example",
        ),
        reply_to=("Stavros Kalogeropoulos", "stavros@elaia-digital.example"),
        subject="Invitation: Interview: UX Researcher (Eleni Papadaki-Moorcroft)",
        body='Stavros Kalogeropoulos has invited you to "Interview: UX Researcher (Eleni '
        'Papadaki-Moorcroft)"\n\nWhen: '
        + d("2037-04-16", "usy")
        + " 12:00 - 13:00 (Europe/Athens)\nLocation: Elaia Digital, Ermou 54, Athens\n"
        "Description: Portfolio walk-through and a conversation with the design team.\n"
        "Organizer: Stavros Kalogeropoulos\nAttendees: Eleni Papadaki-Moorcroft, Myrto "
        "Anagnostou\n\nAccept | Tentative | Decline\n\nThis invitation was sent from "
        "cloud.elaia-digital.example (Nextcloud).\n",
        ics_mode="both",
        label=lab(
            "2037-04-16 12:00",
            "Europe/Athens",
            "Europe/Athens",
            company="Elaia Digital",
            role="UX Researcher",
            who=["Stavros Kalogeropoulos", "Myrto Anagnostou"],
            emails=["stavros@elaia-digital.example", "myrto@elaia-digital.example"],
            notes="Nextcloud iMIP from the server's no-reply address on behalf of the "
            "organiser (who interviews).",
        ),
    ),
    with_cal(
        DENIZ,
        "zimbra-istanbul",
        "interview",
        event={
            "summary": "Mülakat / Interview - Deniz Aksoy-Carrington",
            "prodid": ZIMBRA,
            "start": "2037-04-21 11:00",
            "zone": "Europe/Istanbul",
            "minutes": 60,
            "organizer": ("Selin Ertürk", "selin.erturk@bogazlojistik.example"),
            "attendees": [
                ("Deniz Aksoy-Carrington", "deniz.aksoy@example.net"),
                ("Okan Yıldırım", "okan.yildirim@bogazlojistik.example"),
            ],
            "location": "Boğaz Lojistik, Maslak ofis, kat 14",
        },
        date=dh("2037-04-15 09:02", "Europe/Istanbul"),
        style="zimbra.bogazlojistik.example",
        frm=("Selin Ertürk", "selin.erturk@bogazlojistik.example"),
        subject="Mülakat / Interview - Deniz Aksoy-Carrington",
        body="The following is a new meeting request:\n\nSubject: Mülakat / Interview - Deniz "
        'Aksoy-Carrington\nOrganizer: "Selin Ertürk" <selin.erturk@bogazlojistik.example>\n\n'
        "Location: Boğaz Lojistik, Maslak ofis, kat 14\nTime: "
        + d("2037-04-21", "usy")
        + ", 11:00:00 AM - 12:00:00 PM GMT +03:00 Istanbul\n\nInvitees: "
        "deniz.aksoy@example.net; okan.yildirim@bogazlojistik.example\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        "Hello Deniz, Okan (Operations Director) and I look forward to meeting you.\nSelin "
        "Ertürk, Finance Manager\n",
        ics_mode="inline",
        label=lab(
            "2037-04-21 11:00",
            "Europe/Istanbul",
            "Europe/Istanbul",
            company="Boğaz Lojistik",
            who=["Selin Ertürk", "Okan Yıldırım"],
            emails=["selin.erturk@bogazlojistik.example", "okan.yildirim@bogazlojistik.example"],
            notes="Zimbra's plain 'new meeting request' layout with 'GMT +03:00 Istanbul'.",
        ),
    ),
    with_cal(
        KARIM,
        "webex-beirut-switch",
        "interview",
        event={
            "summary": "Interview - Regional Sales Lead (Karim Nassar-Gillespie)",
            "prodid": WEBEX,
            "start": "2037-03-31 10:00",
            "zone": "Asia/Beirut",
            "minutes": 60,
            "organizer": ("Rania Haddad", "rania.haddad@cedrus-pharma.example"),
            "attendees": [("Karim Nassar-Gillespie", "karim.nassar@example.org")],
            "location": "https://cedrus-pharma.webex.com/meet/rania.haddad",
        },
        date=dh("2037-03-25 14:30", "Asia/Beirut"),
        style="webex.com",
        frm=("Rania Haddad", "messenger@webex.com"),
        reply_to=("Rania Haddad", "rania.haddad@cedrus-pharma.example"),
        subject="Webex meeting invitation: Interview - Regional Sales Lead (Karim "
        "Nassar-Gillespie)",
        body="Rania Haddad invites you to join this Webex meeting.\n\nInterview - Regional "
        "Sales Lead (Karim Nassar-Gillespie)\nHost: Rania Haddad\n\n"
        + d("2037-03-31", "usy")
        + " 10:00 AM | 1 hour | (UTC+03:00) Beirut\n\nJoin meeting\n"
        "https://cedrus-pharma.webex.com/meet/rania.haddad\n\nMeeting number: 2653 118 904\n"
        "Meeting password: Xw7qPt\n\nJoin by phone: +961 1 555 0199 Lebanon toll\n",
        ics_mode="attach",
        ics_name="WebexMeeting.ics",
        label=lab(
            "2037-03-31 10:00",
            "Asia/Beirut",
            "Asia/Beirut",
            company="Cedrus Pharma",
            role="Regional Sales Lead",
            who=["Rania Haddad"],
            emails=["rania.haddad@cedrus-pharma.example"],
            notes="Webex invitation sent in EET for an interview after Lebanon's 29 March "
            "switch, '(UTC+03:00) Beirut'; the host interviews.",
        ),
    ),
    exchange(
        DAKOTA,
        "goto-mountain",
        "interview",
        start="2037-05-05 14:00",
        zone="Mountain Standard Time",
        minutes=45,
        subject="Phone/GoTo interview - Dakota Merriweather-Sol - GIS Analyst",
        organizer=("Wendell Yazzie-Park", "wyazziepark@highplains-survey.example"),
        attendees=[("Corinne Baptiste", "cbaptiste@highplains-survey.example")],
        date=dh("2037-04-29 10:11", "America/Denver"),
        with_teams=False,
        location="GoTo Meeting",
        text="Dakota,\n\nThis is your 45-minute interview with me and Corinne Baptiste (GIS "
        "Program Manager).\n\nJoin my meeting from your computer, tablet or smartphone.\n"
        "https://meet.goto.com/482913605\n\nYou can also dial in using your phone.\n"
        "United States: +1 (571) 555-0188\nAccess Code: 482-913-605\n\nWendell Yazzie-Park\n"
        "Senior GIS Analyst, High Plains Survey",
        label=lab(
            "2037-05-05 14:00",
            "Mountain Standard Time",
            "America/Denver",
            company="High Plains Survey",
            role="GIS Analyst",
            who=["Wendell Yazzie-Park", "Corinne Baptiste"],
            emails=["wyazziepark@highplains-survey.example", "cbaptiste@highplains-survey.example"],
            notes="Outlook request with a GoTo Meeting block instead of Teams.",
        ),
    ),
    gcal(
        BRYNDIS,
        "gcal-whereby-reykjavik",
        "interview",
        start="2037-05-12 10:00",
        zone="Atlantic/Reykjavik",
        minutes=40,
        summary="Bryndís x Norðurljós Labs - first chat",
        organizer=("Einar Sigurðsson", "einar@nordurljos-labs.example"),
        guests=[],
        date=dh("2037-05-07 13:44", "Atlantic/Reykjavik"),
        meet=None,
        location="https://whereby.com/nordurljos-einar",
        note_text="Hi Bryndís! We use Whereby, no install needed - just open the link. I'll "
        "tell you about the team and the embedded Rust work, then questions both ways.",
        label=lab(
            "2037-05-12 10:00",
            "Atlantic/Reykjavik",
            "Atlantic/Reykjavik",
            company="Norðurljós Labs",
            who=["Einar Sigurðsson"],
            emails=["einar@nordurljos-labs.example"],
            notes="Google's older layout with a Whereby room as the location, no Meet link; "
            "'first chat' and no word 'interview' in the summary.",
        ),
    ),
    invite(
        TESS,
        "yahoo-pacific-equals-arizona",
        "interview",
        start="2037-04-15 10:00",
        zone="America/Los_Angeles",
        minutes=60,
        summary="Interview w/ Tess Okonjo-Baca (Dental Office Manager)",
        organizer=("Dr. Maribel Sandoval", "drsandoval.smiles@sunstone-dental.example"),
        attendees=[("Tess Okonjo-Baca", "tess.okonjo@example.org")],
        prodid=YAHOO,
        ics_mode="both",
        uid_style="yahoo.example",
        frm=("Dr. Maribel Sandoval", "drsandoval.smiles@sunstone-dental.example"),
        subject="Invitation: Interview w/ Tess Okonjo-Baca (Dental Office Manager)",
        date=dh("2037-04-10 19:20", "America/Phoenix"),
        body="Hi Tess,\n\nI'm at our San Diego practice that week so we'll do this by video. "
        "The invite is for 10:00 AM Pacific, which I believe is 10:00 your time in Arizona "
        "too right now. I'll send a video link the day before.\n\nMaribel Sandoval, DDS\n"
        "Sunstone Dental Group\n",
        label=lab(
            "2037-04-15 10:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Sunstone Dental Group",
            role="Dental Office Manager",
            who=["Maribel Sandoval"],
            emails=["drsandoval.smiles@sunstone-dental.example"],
            notes="Yahoo Calendar invitation in Pacific time to a Phoenix user: in summer "
            "PDT and Arizona's MST are both -07.",
        ),
    ),
    exchange(
        NIAMH,
        "exchange-newfoundland",
        "interview",
        start="2037-03-20 11:30",
        zone="Newfoundland Standard Time",
        minutes=60,
        subject="Interview - Fisheries Policy Analyst - N. Keough-Barrett",
        organizer=("Gerard Kavanagh", "gerard.kavanagh@capespear-institute.example"),
        attendees=[
            ("Oonagh Pittman", "oonagh.pittman@capespear-institute.example"),
            ("Dr. Siddiq Rahman", "siddiq.rahman@capespear-institute.example"),
        ],
        date=dh("2037-03-13 15:30", "America/St_Johns"),
        location="Boardroom B, 2 Water St, St. John's",
        with_teams=False,
        text="Good afternoon Niamh,\n\nConfirming your interview for the Fisheries Policy "
        "Analyst competition. The board will be Oonagh Pittman (Director, Policy), Dr. "
        "Siddiq Rahman (Senior Economist) and me.\n\nGerard Kavanagh\nManager, Research "
        "Operations",
        label=lab(
            "2037-03-20 11:30",
            "Newfoundland Standard Time",
            "America/St_Johns",
            company="Capespear Institute",
            role="Fisheries Policy Analyst",
            who=["Oonagh Pittman", "Siddiq Rahman", "Gerard Kavanagh"],
            emails=[
                "oonagh.pittman@capespear-institute.example",
                "siddiq.rahman@capespear-institute.example",
                "gerard.kavanagh@capespear-institute.example",
            ],
            notes="Exchange with '(UTC-03:30) Newfoundland' on the When: line, interview in "
            "NDT (-02:30) after 8 March; 'and me' makes the organiser an interviewer.",
        ),
    ),
    with_cal(
        AYU,
        "cronofy-utc-jakarta",
        "interview",
        event={
            "summary": "Interview: Ayu Pratiwi Santoso - Supply Chain Analyst",
            "prodid": CRONOFY,
            "start": "2037-05-12 09:00",
            "zone": None,
            "utc_zone": "Asia/Jakarta",
            "minutes": 45,
            "organizer": ("Kenanga Retail Talent Team", "scheduling@kenanga-retail.example"),
            "attendees": [
                ("Ayu Pratiwi Santoso", "ayu.pratiwi@example.org"),
                ("Bagus Wicaksono", "bagus.wicaksono@kenanga-retail.example"),
            ],
            "location": "Google Meet (link in description)",
            "description": "Interviewer: Bagus Wicaksono, Supply Chain Manager\n"
            "Join: https://meet.google.com/kwr-hnbe-tyd",
        },
        date=dh("2037-05-08 15:25", "Asia/Jakarta"),
        style="cronofy.example",
        frm=("Kenanga Retail Talent Team", "scheduling@kenanga-retail.example"),
        subject="Confirmed: your interview on Tuesday 12 May",
        body="Hi Ayu,\n\nYour interview is booked.\n\n"
        + d("2037-05-12", "uky")
        + "\n09:00 - 09:45 WIB (Jakarta)\nInterviewer: Bagus Wicaksono, Supply Chain Manager\n"
        "Google Meet: https://meet.google.com/kwr-hnbe-tyd\n\nNeed to change it? Use the "
        "link in your original scheduling email.\n\nScheduling powered by Cronofy\n",
        ics_mode="attach",
        ics_name="interview.ics",
        label=lab(
            "2037-05-12 09:00",
            "Asia/Jakarta",
            "Asia/Jakarta",
            company="Kenanga Retail",
            role="Supply Chain Analyst",
            who=["Bagus Wicaksono"],
            emails=["bagus.wicaksono@kenanga-retail.example"],
            notes="Booking made through a Cronofy-powered page: the attached calendar is in "
            "UTC, the text says 'WIB (Jakarta)'.",
        ),
    ),
    exchange(
        AISYAH,
        "exchange-kl-singapore-zone",
        "interview",
        start="2037-04-28 10:00",
        zone="Singapore Standard Time",
        minutes=60,
        subject="Interview - Nurul Aisyah Rahim-Lowe - Treasury Executive",
        organizer=("Farah Iskandar", "farah.iskandar@selatan-holdings.example"),
        attendees=[
            ("Lim Chee Keong", "cheekeong.lim@selatan-holdings.example"),
            ("Haslinda Othman", "haslinda.othman@selatan-holdings.example"),
        ],
        date=dh("2037-04-21 17:05", "Asia/Kuala_Lumpur"),
        text="Dear Aisyah,\n\nAs discussed, please find the Teams invitation for your "
        "interview. The interview panel consists of Mr. Lim Chee Keong (Head of Treasury) "
        "and Pn. Haslinda Othman (Finance Director).\n\nRegards,\nFarah Iskandar\nTalent "
        "Acquisition, Selatan Holdings Berhad",
        label=lab(
            "2037-04-28 10:00",
            "Singapore Standard Time",
            "Asia/Singapore",
            company="Selatan Holdings",
            role="Treasury Executive",
            who=["Lim Chee Keong", "Haslinda Othman"],
            emails=[
                "cheekeong.lim@selatan-holdings.example",
                "haslinda.othman@selatan-holdings.example",
            ],
            notes="Kuala Lumpur user, Windows 'Singapore Standard Time' ('(UTC+08:00) Kuala "
            "Lumpur, Singapore'), mapped to Asia/Singapore; Malay honorific 'Pn.'.",
        ),
    ),
    invite(
        REN,
        "macos-calendar-tokyo",
        "interview",
        start="2037-05-20 17:00",
        zone="Asia/Tokyo",
        minutes=60,
        summary="Casual interview - Morita Ren",
        organizer=("Hayashi Daichi", "daichi.hayashi@shiokaze-robotics.example"),
        attendees=[
            ("Morita Ren", "ren.morita@example.org"),
            ("Ogawa Mika", "mika.ogawa@shiokaze-robotics.example"),
        ],
        prodid=APPLE,
        uid_style="apple",
        location="Shiokaze Robotics, 3-14-2 Shibaura, Minato-ku",
        ics_mode="attach",
        frm=("Hayashi Daichi", "daichi.hayashi@shiokaze-robotics.example"),
        subject="Casual interview next Wednesday",
        date=dh("2037-05-14 18:22", "Asia/Tokyo"),
        extra=[("X-Mailer", "Apple Mail (2.3826)")],
        body="Morita-san,\n\nThank you for your interest in Shiokaze Robotics. As mentioned "
        "on LinkedIn, I'm attaching an invite for a casual interview (kajual mendan) next "
        "Wednesday, 2037/05/20 from 17:00 JST at our Shibaura office. Ogawa-san, our "
        "engineering manager, will also join.\n\nHayashi Daichi\nCTO\n",
        label=lab(
            "2037-05-20 17:00",
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Shiokaze Robotics",
            who=["Hayashi Daichi", "Ogawa Mika"],
            emails=[
                "daichi.hayashi@shiokaze-robotics.example",
                "mika.ogawa@shiokaze-robotics.example",
            ],
            notes="A Japanese 'casual interview' from the CTO with a macOS Calendar "
            "attachment; the text names Ogawa only with '-san', the ATTENDEE CN gives her "
            "full name.",
        ),
    ),
    owa(
        SHUYI,
        "owa-catch-up-summary",
        "interview",
        start="2037-04-24 15:00",
        zone="China Standard Time",
        minutes=45,
        subject="Catch up - Gao Shuyi",
        organizer=("Vivian Zhou", "vivian.zhou@tianhe-medtech.example"),
        attendees=[("Patrick Leung", "patrick.leung@tianhe-medtech.example")],
        date=dh("2037-04-20 09:48", "Asia/Shanghai"),
        text="Hi Shuyi,\n\nAs discussed on WeChat, here is a Teams slot for your interview "
        "for the Regulatory Affairs Specialist role with me and Patrick Leung (RA Director). "
        "The calendar title just says 'catch up' as my calendar is shared with the whole "
        "department.\n\nVivian Zhou\nRegulatory Affairs Manager",
        label=lab(
            "2037-04-24 15:00",
            "China Standard Time",
            "Asia/Shanghai",
            company="Tianhe Medtech",
            role="Regulatory Affairs Specialist",
            who=["Vivian Zhou", "Patrick Leung"],
            emails=["vivian.zhou@tianhe-medtech.example", "patrick.leung@tianhe-medtech.example"],
            notes="Outlook on the web, HTML only, with a deliberately bland 'Catch up' "
            "subject; only the text says interview.",
        ),
    ),
]
