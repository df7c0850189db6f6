"""Interviews that arrive as calendar invitations: Google, Exchange, Zoom, Webex, Apple, Proton."""

from __future__ import annotations

from .kit import (
    AINO,
    APPLE,
    CATHAL,
    CHIDINMA,
    DECLAN,
    DILANI,
    FARHAD,
    FASTMAIL,
    FEMKE,
    GURLEEN,
    ICLOUD,
    JARRAH,
    KAYA,
    MATILDA,
    NOUR,
    PROTON,
    SEOYEON,
    TAHMID,
    WANJIRU,
    WEBEX,
    WENJIA,
    ZOFIA,
    ZOOM,
    Msg,
    dh,
    exchange,
    gcal,
    invite,
    lab,
    local,
    mail,
    plus,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google invitation just after Adelaide's switch to +10:30 --------------------------------
S = "2030-10-08 10:00"
add(
    gcal(
        MATILDA,
        "gcal-saltbush-adelaide-after-switch",
        "interview",
        start=S,
        zone="Australia/Adelaide",
        minutes=60,
        summary="Matilda Kowalczyk-Reid <> Saltbush Analytics: technical interview",
        organizer=("Ewan Trethowan", "ewan.trethowan@saltbushanalytics.example"),
        guests=[
            ("Ewan Trethowan", "ewan.trethowan@saltbushanalytics.example"),
            ("Priyanka Velu", "priyanka.velu@saltbushanalytics.example"),
        ],
        date=dh("2030-10-02 15:41:00", "Australia/Adelaide"),
        note_text="Hi Matilda - 60 min with Priyanka and me. We'll look at a small SQL exercise together, no prep needed.",
        label=lab(
            S,
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Saltbush Analytics",
            who=["Ewan Trethowan", "Priyanka Velu"],
            emails=[
                "ewan.trethowan@saltbushanalytics.example",
                "priyanka.velu@saltbushanalytics.example",
            ],
            notes="Sent on ACST (+09:30) for a day after the 6 October switch: ACDT +10:30.",
        ),
    )
)

# --- Exchange request from Dubai for a Kabul user ---------------------------------------------
S = "2030-10-14 11:00"
add(
    exchange(
        FARHAD,
        "exchange-dubai-qasr-logistics",
        "interview",
        start=S,
        zone="Arabian Standard Time",
        minutes=45,
        subject="Interview - Procurement Lead - Farhad Rahimi-Sultani",
        organizer=("Mira Haddad", "mira.haddad@qasrlogistics.example"),
        attendees=[
            ("Sultan Al Marri", "sultan.almarri@qasrlogistics.example"),
            ("Deepa Nair-Kurian", "deepa.nairkurian@qasrlogistics.example"),
        ],
        date=dh("2030-10-07 09:12:00", "Asia/Dubai"),
        text="""Dear Farhad,

Please accept this invitation for your first interview for the Procurement Lead role at Qasr Logistics. You will meet Sultan Al Marri (Head of Procurement) and Deepa Nair-Kurian (Finance Business Partner).

I am coordinating only and will not join the call. The time shown is Gulf time.

Kind regards,
Mira Haddad
Talent Acquisition | Qasr Logistics
+971 4 555 0192
""",
        label=lab(
            S,
            "Arabian Standard Time",
            "Asia/Dubai",
            company="Qasr Logistics",
            role="Procurement Lead",
            who=["Sultan Al Marri", "Deepa Nair-Kurian"],
            emails=[
                "sultan.almarri@qasrlogistics.example",
                "deepa.nairkurian@qasrlogistics.example",
            ],
            notes="Exchange 'Arabian Standard Time' (Dubai, +04:00) for a Kabul (+04:30) user; coordinator not an interviewer.",
        ),
    )
)

# --- Zoom PUBLISH in UTC, text in London time, Colombo user -----------------------------------
S = "2030-10-15 10:00"
x = local(S, "Europe/London")
add(
    invite(
        DILANI,
        "zoom-ics-utc-ferngrove-london",
        "interview",
        start=S,
        zone=None,
        utc_zone="Europe/London",
        minutes=45,
        summary="Ferngrove Health - Data Engineer interview (Dilani)",
        organizer=("Hattie Lomax", "hattie.lomax@ferngrovehealth.example"),
        prodid=ZOOM,
        method="PUBLISH",
        ics_mode="attach",
        ics_name="zoom_meeting.ics",
        location="https://us06web.zoom.us/j/84412097753?pwd=Tr3vYk",
        frm=("Hattie Lomax", "hattie.lomax@ferngrovehealth.example"),
        subject="Zoom details - Data Engineer interview",
        date=dh("2030-10-09 16:20:00", "Europe/London"),
        body=f"""Hi Dilani,

As promised, the Zoom details are below and the .ics is attached. You'll be speaking with Orla Fitzgibbon (Engineering Manager) and me.

Hattie Lomax is inviting you to a scheduled Zoom meeting.

Topic: Ferngrove Health - Data Engineer interview (Dilani)
Time: {x:%b} {x.day}, {x.year} {x:%I:%M %p} London

Join Zoom Meeting
https://us06web.zoom.us/j/84412097753?pwd=Tr3vYk

Meeting ID: 844 1209 7753
Passcode: 551904

Best,
Hattie
Hattie Lomax | Senior Data Lead | Ferngrove Health
""",
        label=lab(
            S,
            "Europe/London",
            "Europe/London",
            company="Ferngrove Health",
            role="Data Engineer",
            who=["Orla Fitzgibbon", "Hattie Lomax"],
            emails=["hattie.lomax@ferngrovehealth.example"],
            notes="Zoom 'Time: ... London' (BST); .ics in UTC; 14:30 in Colombo.",
        ),
    )
)

# --- Exchange in Egypt's new winter time ---------------------------------------------------
S = "2030-11-04 12:30"
add(
    exchange(
        NOUR,
        "exchange-cairo-after-egypt-switch",
        "interview",
        start=S,
        zone="Egypt Standard Time",
        minutes=60,
        subject="Nour El-Sayed Hamdy | Second interview | Treasury Analyst",
        organizer=("Karim Abdelnour", "karim.abdelnour@nilemarkcapital.example"),
        attendees=[("Heba Soliman", "heba.soliman@nilemarkcapital.example")],
        date=dh("2030-10-28 14:05:00", "Africa/Cairo"),
        text="""Dear Nour,

Thank you for the first conversation. Heba Soliman (CFO) and I would like to continue with a second interview at our Zamalek office, 4th floor. Please bring your national ID for reception.

Best regards,
Karim Abdelnour
Treasury Manager, Nilemark Capital
""",
        with_teams=False,
        location="Nilemark Capital, 12 Shagaret El Dor St, Zamalek",
        label=lab(
            S,
            "Egypt Standard Time",
            "Africa/Cairo",
            company="Nilemark Capital",
            role="Treasury Analyst",
            who=["Karim Abdelnour", "Heba Soliman"],
            emails=[
                "karim.abdelnour@nilemarkcapital.example",
                "heba.soliman@nilemarkcapital.example",
            ],
            notes="Sent in EEST, interview after Egypt's 31 October switch back to +02:00.",
        ),
    )
)

# --- Webex invitation, Warsaw, after Europe's switch -------------------------------------------
S = "2030-10-30 14:00"
x = local(S, "Europe/Warsaw")
add(
    invite(
        ZOFIA,
        "webex-warsaw-lindqvist-orr",
        "interview",
        start=S,
        zone="Europe/Warsaw",
        minutes=60,
        summary="Interview: QA Automation Engineer",
        organizer=("Tobiasz Wrona", "tobiasz.wrona@orrsystems.example"),
        attendees=[("Zofia Krawczyk-Nowicka", "zofia.krawczyk@example.net")],
        prodid=WEBEX,
        ics_mode="inline",
        location="https://orrsystems.webex.com/orrsystems/j.php?MTID=m5a1c0e9",
        frm=("Tobiasz Wrona via Webex", "messenger@webex.com"),
        reply_to=("Tobiasz Wrona", "tobiasz.wrona@orrsystems.example"),
        subject="Meeting invitation: Interview: QA Automation Engineer",
        date=dh("2030-10-23 10:44:00", "Europe/Warsaw"),
        body=f"""Tobiasz Wrona invites you to join this Webex meeting.

Interview: QA Automation Engineer
Hosted by Tobiasz Wrona

{x:%A}, {x:%B} {x.day}, {x.year} {t12(S)} | 1 hour | (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb

Join meeting
https://orrsystems.webex.com/orrsystems/j.php?MTID=m5a1c0e9

Meeting number: 2741 556 0912
Password: QaOrr30

Join by phone
+48-22-555-0147 Poland Toll
Access code: 274 155 60912
""",
        label=lab(
            S,
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Orr Systems",
            role="QA Automation Engineer",
            who=["Tobiasz Wrona"],
            emails=["tobiasz.wrona@orrsystems.example"],
            notes="Webex host is the interviewer; CET (+01:00) after the 27 October switch.",
        ),
    )
)

# --- Google update: moved to a later day, Dublin -----------------------------------------------
S = "2030-11-04 15:00"
add(
    gcal(
        CATHAL,
        "gcal-update-moved-brackenfield-dublin",
        "interview",
        start=S,
        zone="Europe/Dublin",
        minutes=45,
        summary="Brackenfield Games | Cathal Ó Briain | Producer loop",
        organizer=("Saoirse Kavanagh", "saoirse.kavanagh@brackenfieldgames.example"),
        guests=[
            ("Saoirse Kavanagh", "saoirse.kavanagh@brackenfieldgames.example"),
            ("Rúben Tavares", "ruben.tavares@brackenfieldgames.example"),
        ],
        date=dh("2030-10-29 11:02:00", "Europe/Dublin"),
        updated="Time",
        sequence=1,
        note_text="Moved to Monday as Rúben is travelling on Friday. Sorry for the shuffle!",
        label=lab(
            S,
            "Europe/Dublin",
            "Europe/Dublin",
            company="Brackenfield Games",
            role="Producer",
            who=["Saoirse Kavanagh", "Rúben Tavares"],
            emails=[
                "saoirse.kavanagh@brackenfieldgames.example",
                "ruben.tavares@brackenfieldgames.example",
            ],
            notes="Google update (SEQUENCE 1) to the new time; GMT after Ireland's switch.",
        ),
    )
)

# --- iCloud invitation from a Sydney founder for a Brisbane user --------------------------------
S = "2030-10-22 09:30"
add(
    invite(
        JARRAH,
        "icloud-founder-sydney-time-brisbane",
        "interview",
        start=S,
        zone="Australia/Sydney",
        minutes=30,
        summary="Chat w/ Jarrah (Tidewell)",
        organizer=("Bec Lindgren", "bec@tidewell.example"),
        attendees=[("Jarrah Whitlock-Evans", "jarrah.whitlockevans@example.net")],
        prodid=ICLOUD,
        uid_style="apple",
        ics_mode="attach",
        frm=("Bec Lindgren", "bec@tidewell.example"),
        subject="Invitation: Chat w/ Jarrah (Tidewell)",
        date=dh("2030-10-17 21:13:00", "Australia/Sydney"),
        body="""Bec Lindgren has invited you to "Chat w/ Jarrah (Tidewell)".

Hey Jarrah, locking in the chat we talked about. I'm in Sydney so the invite's in my time - it should show up as 8:30 your end since you Queenslanders don't do daylight saving. Just me, 30 mins, casual.

Bec
Sent from my iPhone
""",
        label=lab(
            S,
            "Australia/Sydney",
            "Australia/Sydney",
            company="Tidewell",
            who=["Bec Lindgren"],
            emails=["bec@tidewell.example"],
            notes="Founder's iCloud invite in Sydney time (AEDT +11:00) for a Brisbane user (+10:00).",
        ),
    )
)

# --- Outlook HTML-only request after North America's switch, Halifax ----------------------------
S = "2030-11-05 13:00"
add(
    exchange(
        DECLAN,
        "outlook-html-only-halifax-ast",
        "interview",
        start=S,
        zone="Atlantic Standard Time",
        minutes=60,
        subject="Panel interview - Marine Systems Technologist",
        organizer=("Andrea Boudreau", "andrea.boudreau@sableislandmarine.example"),
        attendees=[
            ("Graham Pottie", "graham.pottie@sableislandmarine.example"),
            ("Lisette Comeau", "lisette.comeau@sableislandmarine.example"),
        ],
        date=dh("2030-10-31 16:27:00", "America/Halifax"),
        text="""Hi Declan,

Thanks again for your time on the phone. Please find the panel interview invitation for the Marine Systems Technologist position. The panel is Graham Pottie, Lisette Comeau and myself.

We're at 80 Akerley Blvd, Dartmouth - parking is at the back.

Andrea Boudreau
Operations Manager
Sable Island Marine
902-555-0134
""",
        with_teams=False,
        location="Sable Island Marine, 80 Akerley Blvd, Dartmouth",
        html_only=True,
        label=lab(
            S,
            "Atlantic Standard Time",
            "America/Halifax",
            company="Sable Island Marine",
            role="Marine Systems Technologist",
            who=["Graham Pottie", "Lisette Comeau", "Andrea Boudreau"],
            emails=[
                "andrea.boudreau@sableislandmarine.example",
                "graham.pottie@sableislandmarine.example",
                "lisette.comeau@sableislandmarine.example",
            ],
            notes="HTML-only Exchange request; AST (-04:00) after the 3 November switch.",
        ),
    )
)

# --- Microsoft Bookings confirmation with a calendar, Vancouver --------------------------------
S = "2030-11-06 13:00"
x = local(S, "Pacific Standard Time")
add(
    invite(
        WENJIA,
        "ms-bookings-cedarline-vancouver",
        "interview",
        start=S,
        zone="Pacific Standard Time",
        minutes=30,
        summary="Phone screen - Cedarline Credit Union",
        organizer=("Cedarline Careers", "CedarlineCareers@cedarline.example"),
        attendees=[
            ("Wen Jia Thornbury", "wenjia.thornbury@example.net"),
            ("Oksana Friesen", "oksana.friesen@cedarline.example"),
        ],
        prodid="Microsoft Exchange Server 2010",
        uid_style="outlook",
        ics_mode="attach",
        ics_name="invite.ics",
        frm=("Cedarline Careers", "CedarlineCareers@cedarline.example"),
        subject=f"Booking confirmed: Phone screen - Cedarline Credit Union on {x:%m/%d/%Y}",
        date=dh("2030-10-30 08:51:00", "America/Vancouver"),
        body=f"""Your booking has been confirmed

Phone screen - Cedarline Credit Union
{x:%A}, {x:%B} {x.day}, {x.year} {t12(S)} (UTC-08:00) Pacific Time (US & Canada)
30 minutes

Staff: Oksana Friesen
We will call you on the number you provided.

Need to make changes? Manage booking
https://outlook.office365.com/owa/calendar/CedarlineCareers@cedarline.example/bookings/

Powered by Microsoft Bookings
""",
        label=lab(
            S,
            "Pacific Standard Time",
            "America/Los_Angeles",
            company="Cedarline Credit Union",
            who=["Oksana Friesen"],
            emails=["oksana.friesen@cedarline.example"],
            notes="Bookings confirmation; calendar TZID 'Pacific Standard Time'; PST after 3 November.",
        ),
    )
)

# --- Zoom REQUEST sent to the user's second address, Alaska -----------------------------------
S = "2030-11-12 10:00"
x = local(S, "America/Anchorage")
add(
    invite(
        KAYA,
        "zoom-request-second-address-anchorage",
        "interview",
        start=S,
        zone="America/Anchorage",
        minutes=60,
        summary="Kaya N-B / Tundra Ridge Air - Dispatch Supervisor",
        organizer=("Rowan Sheakley", "rowan.sheakley@tundraridgeair.example"),
        attendees=[("Kaya Nukwestsa-Brown", "kaya.jobhunt@example.net")],
        prodid=ZOOM,
        ics_mode="inline",
        frm=("Rowan Sheakley", "rowan.sheakley@tundraridgeair.example"),
        to="Kaya Nukwestsa-Brown <kaya.jobhunt@example.net>",
        subject="Tundra Ridge Air - Dispatch Supervisor interview",
        date=dh("2030-11-04 13:37:00", "America/Anchorage"),
        body=f"""Hi Kaya,

You're set for next Tuesday with me and our Director of Flight Ops, Marcy Oyoumick.

Topic: Kaya N-B / Tundra Ridge Air - Dispatch Supervisor
Time: {x:%b} {x.day}, {x.year} {x:%I:%M %p} Alaska

Join Zoom Meeting
https://zoom.us/j/93310428861

Rowan Sheakley
Chief Dispatcher
907-555-0176
""",
        label=lab(
            S,
            "America/Anchorage",
            "America/Anchorage",
            company="Tundra Ridge Air",
            role="Dispatch Supervisor",
            who=["Rowan Sheakley", "Marcy Oyoumick"],
            emails=["rowan.sheakley@tundraridgeair.example"],
            notes="Zoom 'Alaska' (AKST after 3 November); delivered to the user's second address.",
        ),
    )
)

# --- Fastmail invitation attached only, Amsterdam ---------------------------------------------
S = "2030-10-24 15:30"
add(
    invite(
        FEMKE,
        "fastmail-ics-only-attach-dijkstroom",
        "interview",
        start=S,
        zone="Europe/Amsterdam",
        minutes=90,
        summary="Case interview Femke - Dijkstroom Energie",
        organizer=("Jeroen Hartsuiker", "jeroen@dijkstroom.example"),
        attendees=[
            ("Femke van der Linde-Bos", "femke.vdlinde@example.net"),
            ("Annelot Brink", "annelot@dijkstroom.example"),
        ],
        prodid=FASTMAIL,
        ics_mode="attach",
        ics_name="event.ics",
        location="Dijkstroom, Keizersgracht 318, Amsterdam",
        frm=("Jeroen Hartsuiker", "jeroen@dijkstroom.example"),
        subject="Invitation: Case interview Femke - Dijkstroom Energie",
        date=dh("2030-10-18 12:03:00", "Europe/Amsterdam"),
        body="See attached invitation.\n\n-- \nJeroen Hartsuiker\nDijkstroom Energie\n",
        label=lab(
            S,
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Dijkstroom Energie",
            who=["Jeroen Hartsuiker", "Annelot Brink"],
            emails=["jeroen@dijkstroom.example", "annelot@dijkstroom.example"],
            notes="Body says almost nothing; only the attached Fastmail .ics has the time (CEST).",
        ),
    )
)

# --- Google invitation from a US team in Pacific time for a Seoul user (next day locally) -------
S = "2030-11-06 16:00"
add(
    gcal(
        SEOYEON,
        "gcal-pacific-for-seoul-nextday",
        "interview",
        start=S,
        zone="America/Los_Angeles",
        minutes=60,
        summary="Onsite (virtual) - ML Platform - Ha-neul Yoon",
        organizer=("Dana Whitcombe", "dana.whitcombe@kelpforge.example"),
        guests=[
            ("Arjun Bhatnagar", "arjun.bhatnagar@kelpforge.example"),
            ("Lucía Ferreyra", "lucia.ferreyra@kelpforge.example"),
        ],
        date=dh("2030-10-31 10:15:00", "America/Los_Angeles"),
        note_text="Recruiting coordinator: Dana Whitcombe (not attending). Interviewers: Arjun Bhatnagar, Lucía Ferreyra. This lands Thursday morning in Seoul.",
        label=lab(
            S,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Kelpforge",
            role="ML Platform",
            who=["Arjun Bhatnagar", "Lucía Ferreyra"],
            emails=["arjun.bhatnagar@kelpforge.example", "lucia.ferreyra@kelpforge.example"],
            notes="Google invite in PST (Wednesday 4pm) = Thursday 09:00 KST; organizer is a coordinator.",
        ),
    )
)

# --- Exchange from Lagos, Teams ----------------------------------------------------------------
S = "2030-10-17 10:00"
add(
    exchange(
        CHIDINMA,
        "exchange-teams-lagos-okwuosa",
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
        date=dh("2030-10-10 17:48:00", "Africa/Lagos"),
        text="""Hello Chidinma,

Following your portfolio submission, we'd like you to walk Tunde Adeyemi-Bakare (Head of Design) and Kelechi Obi (Senior PM) through one project for about 30 minutes, then Q&A.

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
            notes="Teams request in 'W. Central Africa Standard Time' (WAT); People Ops organiser not on the panel.",
        ),
    )
)

# --- Proton calendar, Helsinki, three interviewers -------------------------------------------
S = "2030-11-13 09:00"
add(
    invite(
        AINO,
        "proton-helsinki-panel-revontuli",
        "interview",
        start=S,
        zone="Europe/Helsinki",
        minutes=120,
        summary="Aino Lehtinen-Kallio - final round (Revontuli Robotics)",
        organizer=("Ville Koskimies", "ville.koskimies@revontuli.example"),
        attendees=[
            ("Aino Lehtinen-Kallio", "aino.lehtinen@example.com"),
            ("Sanna Partanen", "sanna.partanen@revontuli.example"),
            ("Miro Heiskanen-Lutz", "miro.hlutz@revontuli.example"),
        ],
        prodid=PROTON,
        ics_mode="both",
        location="Revontuli Robotics, Tekniikantie 14, Espoo",
        frm=("Ville Koskimies", "ville.koskimies@revontuli.example"),
        subject="Invitation: Aino Lehtinen-Kallio - final round (Revontuli Robotics)",
        date=dh("2030-11-06 14:30:00", "Europe/Helsinki"),
        body="""Hi Aino,

Invitation attached for the final round. Two hours: 45 min system design with Sanna Partanen, 45 min with Miro Heiskanen-Lutz on controls, and 30 min with me at the end.

Coffee is on us.
Ville
""",
        label=lab(
            S,
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Revontuli Robotics",
            who=["Sanna Partanen", "Miro Heiskanen-Lutz", "Ville Koskimies"],
            emails=[
                "ville.koskimies@revontuli.example",
                "sanna.partanen@revontuli.example",
                "miro.hlutz@revontuli.example",
            ],
            notes="Proton calendar invite, EET; three back-to-back sessions start at 09:00.",
        ),
    )
)

# --- Whole-body calendar (text/calendar only), Dhaka --------------------------------------------
S = "2030-10-27 16:00"
add(
    invite(
        TAHMID,
        "whole-body-ics-dhaka-padmabyte",
        "interview",
        start=S,
        zone="Asia/Dhaka",
        minutes=45,
        summary="Padmabyte | Backend Engineer | Interview with Tahmid",
        organizer=("Nusrat Jahan Mim", "nusrat@padmabyte.example"),
        attendees=[
            ("Tahmid Chowdhury", "tahmid.chowdhury@example.net"),
            ("Shafiqul Alam Ratul", "ratul@padmabyte.example"),
        ],
        prodid=APPLE,
        uid_style="apple",
        ics_mode="only",
        description="Technical round with Shafiqul Alam Ratul and Nusrat Jahan Mim. Google Meet link to follow.",
        frm=("Nusrat Jahan Mim", "nusrat@padmabyte.example"),
        subject="Padmabyte | Backend Engineer | Interview with Tahmid",
        date=dh("2030-10-21 19:02:00", "Asia/Dhaka"),
        label=lab(
            S,
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Padmabyte",
            role="Backend Engineer",
            who=["Shafiqul Alam Ratul", "Nusrat Jahan Mim"],
            emails=["ratul@padmabyte.example", "nusrat@padmabyte.example"],
            notes="The whole body is a macOS text/calendar part; Sunday is a working day in Bangladesh.",
        ),
    )
)

# --- Google Calendar e-mail notification (no .ics), Nairobi -----------------------------------
S = "2030-10-23 14:00"
x = local(S, "Africa/Nairobi")
add(
    mail(
        WANJIRU,
        "gcal-notification-nairobi-msitu",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=(
            f"Notification: Msitu Agritech interview - Mumbua @ {x:%a} {x:%b} {x.day}, {x.year} "
            f"2pm - 3pm (EAT) ({WANJIRU.addresses[0]})"
        ),
        date=dh("2030-10-23 13:30:00", "Africa/Nairobi"),
        body=f"""This is a reminder for the following event.

Msitu Agritech interview - Mumbua
{x:%A} {x:%b} {x.day}, {x.year} ⋅ 2pm – 3pm (East Africa Time - Nairobi)

Join with Google Meet
meet.google.com/wxk-abrd-tyu

Organizer
Otieno Wafula

Guests
Otieno Wafula - organizer
Achieng Mboya
{WANJIRU.addresses[0]}

Reminder from Google Calendar
""",
        html_auto=True,
        extra=[("Auto-Submitted", "auto-generated")],
        label=lab(
            S,
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Msitu Agritech",
            who=["Otieno Wafula", "Achieng Mboya"],
            notes="Google e-mail reminder half an hour before; no calendar part.",
        ),
    )
)

# --- Forwarded Outlook meeting text (no calendar part), Winnipeg --------------------------------
S = "2030-11-07 10:00"
x = local(S, "America/Winnipeg")
add(
    mail(
        GURLEEN,
        "forwarded-when-line-no-ics-winnipeg",
        "interview",
        frm=("Gurleen Dhaliwal", "g.dhaliwal@prairiefrost.example"),
        subject="Fw: Interview - Supply Chain Analyst II",
        date=dh("2030-11-01 12:19:00", "America/Winnipeg"),
        body=f"""sending to my personal email so I don't lose it

________________________________
From: Brent Kowalchuk <brent.kowalchuk@assiniboinefoods.example>
Sent: {x - __import__("datetime").timedelta(days=7):%A, %B} {(x - __import__("datetime").timedelta(days=7)).day}, {x.year} 3:02 PM
To: Gurleen Dhaliwal <g.dhaliwal@prairiefrost.example>
Subject: Interview - Supply Chain Analyst II

When: {x:%A}, {x:%B} {x.day}, {x.year} {t12(S)}-{t12(plus(S, 60))} (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Gurleen,
Looking forward to chatting. Joining me will be Tamsin Reimer from Demand Planning.
Brent Kowalchuk
Manager, Supply Chain Analytics | Assiniboine Foods
""",
        to="gurleen.dhaliwal@example.org",
        label=lab(
            S,
            "America/Winnipeg",
            "America/Chicago",
            company="Assiniboine Foods",
            role="Supply Chain Analyst II",
            who=["Brent Kowalchuk", "Tamsin Reimer"],
            emails=["brent.kowalchuk@assiniboinefoods.example"],
            notes="User forwards from her work address; Outlook 'When:' text only, Central Time (CST after 3 November).",
        ),
    )
)
