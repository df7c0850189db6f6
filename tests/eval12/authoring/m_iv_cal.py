"""Interviews and cancellations carried by calendar invitations (Google, Exchange, Zoom, ...)."""

from __future__ import annotations

from .kit import (
    APPLE,
    BRODY,
    DEFNE,
    FASTMAIL,
    HAMISH,
    ICLOUD,
    ISLA,
    KAVYA,
    KENTARO,
    KEOLA,
    MARISOL,
    NOELANI,
    PADRAIG,
    PROTON,
    SHIRIN,
    THANDEKA,
    THIRI,
    WARRICK,
    WEBEX,
    XINYI,
    YUTING,
    ZOOM,
    Msg,
    dh,
    exchange,
    gcal,
    invite,
    lab,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google invite from a Sydney firm to a Lord Howe user, just after the 6 April switch ----
S = "2031-04-08 09:30"
add(
    gcal(
        ISLA,
        "gcal-sydney-to-lord-howe-tallowwood",
        "interview",
        start=S,
        zone="Australia/Sydney",
        minutes=45,
        summary="Tallowwood Freight - Marine Ops Coordinator interview (Isla)",
        organizer=("Bec Ramsbottom", "bec.ramsbottom@tallowwoodfreight.example"),
        guests=[
            ("Bec Ramsbottom", "bec.ramsbottom@tallowwoodfreight.example"),
            ("Corey Nguyen-Blake", "corey.nguyenblake@tallowwoodfreight.example"),
        ],
        date=dh("2031-04-01 15:12", "Australia/Sydney"),
        note_text="Hi Isla - Corey (Head of Marine Ops) and I will chat with you about the coordinator role. Should take 45 mins.",
        label=lab(
            S,
            "Australia/Sydney",
            "Australia/Sydney",
            company="Tallowwood Freight",
            role="Marine Ops Coordinator",
            who=["Bec Ramsbottom", "Corey Nguyen-Blake"],
            emails=[
                "bec.ramsbottom@tallowwoodfreight.example",
                "corey.nguyenblake@tallowwoodfreight.example",
            ],
            notes="Sydney event after the 6 April switch (AEST +10:00); the user is on Lord Howe (+10:30).",
        ),
    )
)

# --- Exchange request in Outlook's own 'Customized Time Zone 3' (Lord Howe summer time) ----
S = "2031-04-03 14:00"
add(
    exchange(
        ISLA,
        "outlook-customized-zone-island-board",
        "interview",
        start=S,
        zone="Customized Time Zone 3",
        minutes=60,
        subject="Interview - Visitor Services Lead (I. Tregarthen-Moss)",
        organizer=("Marguerite Ashdown", "m.ashdown@lhi-visitorboard.example"),
        attendees=[("Russell Quill", "r.quill@lhi-visitorboard.example")],
        date=dh("2031-03-27 10:41", "Australia/Lord_Howe"),
        with_teams=False,
        location="Board office, Ned's Beach Road",
        text="""Dear Isla,

Thank you for applying for the Visitor Services Lead position. Russell Quill (Chair) and I would like to meet you at the Board office. Please bring two referees' details.

Kind regards,
Marguerite Ashdown
Executive Officer, Lord Howe Island Visitor Board""",
        label=lab(
            S,
            "Australia/Lord_Howe",
            "Australia/Lord_Howe",
            company="Lord Howe Island Visitor Board",
            role="Visitor Services Lead",
            who=["Marguerite Ashdown", "Russell Quill"],
            emails=["m.ashdown@lhi-visitorboard.example", "r.quill@lhi-visitorboard.example"],
            notes="Outlook custom zone for Lord Howe (+11:00 until 6 April 02:00); in person.",
        ),
    )
)

# --- Exchange request for St. John's, first week after the 9 March switch (-02:30) ----------
S = "2031-03-12 10:30"
add(
    exchange(
        PADRAIG,
        "outlook-newfoundland-after-switch-capelinbank",
        "interview",
        start=S,
        zone="Newfoundland Standard Time",
        minutes=60,
        subject="Interview: Credit Analyst II - Padraig Furlong-Tobin",
        organizer=("Trudy Slaney", "trudy.slaney@capelinbank.example"),
        attendees=[
            ("Gerard Whelan", "gerard.whelan@capelinbank.example"),
            ("Aisling Pardy", "aisling.pardy@capelinbank.example"),
        ],
        date=dh("2031-03-05 16:20", "America/St_Johns"),
        text="""Hi Padraig,

Please accept this invitation for your interview for the Credit Analyst II position. You will meet with Gerard Whelan (Manager, Commercial Credit) and Aisling Pardy (Senior Analyst). The interview will be held on Teams.

Thanks,
Trudy Slaney
Talent Acquisition, Capelin Bank""",
        label=lab(
            S,
            "America/St_Johns",
            "America/St_Johns",
            company="Capelin Bank",
            role="Credit Analyst II",
            who=["Gerard Whelan", "Aisling Pardy"],
            emails=["gerard.whelan@capelinbank.example", "aisling.pardy@capelinbank.example"],
            notes="Newfoundland TZID; 12 March is after the 9 March switch (NDT -02:30).",
        ),
    )
)

# --- Exchange request from Tehran (Iran Standard Time, +03:30, no DST since 2022) -----------
S = "2031-02-18 11:00"
add(
    exchange(
        SHIRIN,
        "outlook-tehran-darya-pharma",
        "interview",
        start=S,
        zone="Iran Standard Time",
        minutes=90,
        subject="Technical interview - QA Pharmacist",
        organizer=("Kamran Farahani", "k.farahani@daryapharma.example"),
        attendees=[
            ("Dr. Leila Mostowfi", "l.mostowfi@daryapharma.example"),
            ("Babak Sotoudeh", "b.sotoudeh@daryapharma.example"),
        ],
        date=dh("2031-02-11 09:05", "Asia/Tehran"),
        with_teams=False,
        location="Darya Pharma HQ, 4th floor meeting room",
        text="""Dear Ms. Ghasemi-Rad,

Following your application for the QA Pharmacist position, we are pleased to invite you to a technical interview with Dr. Leila Mostowfi (Head of Quality Assurance) and Babak Sotoudeh (Production Manager).

Please bring your pharmacy licence and ID card for the reception.

Best regards,
Kamran Farahani
HR Department, Darya Pharma""",
        label=lab(
            S,
            "Asia/Tehran",
            "Asia/Tehran",
            company="Darya Pharma",
            role="QA Pharmacist",
            who=["Leila Mostowfi", "Babak Sotoudeh"],
            emails=["l.mostowfi@daryapharma.example", "b.sotoudeh@daryapharma.example"],
            notes="Iran Standard Time (+03:30); HR organiser does not sit in.",
        ),
    )
)

# --- Exchange request in Myanmar Standard Time (+06:30) --------------------------------------
S = "2031-03-04 15:00"
add(
    exchange(
        THIRI,
        "outlook-yangon-irrawaddy-logistics",
        "interview",
        start=S,
        zone="Myanmar Standard Time",
        minutes=45,
        subject="Interview invitation - Finance Officer",
        organizer=("Htet Naing Oo", "htet.naingoo@irrawaddylogistics.example"),
        attendees=[("Daw Khin Sandar", "khin.sandar@irrawaddylogistics.example")],
        date=dh("2031-02-25 11:30", "Asia/Yangon"),
        text="""Dear Thiri,

We would like to invite you for an online interview for the Finance Officer role. The panel will be Daw Khin Sandar (Finance Director) and myself.

Regards,
Htet Naing Oo
Senior HR Executive""",
        label=lab(
            S,
            "Asia/Yangon",
            "Asia/Yangon",
            company="Irrawaddy Logistics",
            role="Finance Officer",
            who=["Khin Sandar", "Htet Naing Oo"],
            emails=[
                "khin.sandar@irrawaddylogistics.example",
                "htet.naingoo@irrawaddylogistics.example",
            ],
            notes="Myanmar Standard Time (+06:30); the HR organiser sits on the panel ('and myself').",
        ),
    )
)

# --- HTML-only Exchange request in Hawaiian Standard Time ------------------------------------
S = "2031-03-19 08:00"
add(
    exchange(
        KEOLA,
        "outlook-html-only-honolulu-makanihale",
        "interview",
        start=S,
        zone="Hawaiian Standard Time",
        minutes=60,
        subject="Panel Interview - Facilities Project Manager",
        organizer=("Leilani Furtado", "lfurtado@makanihale.example"),
        attendees=[
            ("Dennis Yamashiro", "dyamashiro@makanihale.example"),
            ("Pua Kealoha", "pkealoha@makanihale.example"),
        ],
        date=dh("2031-03-11 13:47", "Pacific/Honolulu"),
        html_only=True,
        text="""Aloha Keola,

You're scheduled for a panel interview for the Facilities Project Manager opening. Panel: Dennis Yamashiro (VP Operations) and Pua Kealoha (Capital Projects). Please join via Teams a few minutes early.

Mahalo,
Leilani Furtado | People Team | Makani Hale Resorts""",
        label=lab(
            S,
            "Pacific/Honolulu",
            "Pacific/Honolulu",
            company="Makani Hale Resorts",
            role="Facilities Project Manager",
            who=["Dennis Yamashiro", "Pua Kealoha"],
            emails=["dyamashiro@makanihale.example", "pkealoha@makanihale.example"],
            notes="HTML-only Exchange; Hawaii has no DST (-10:00).",
        ),
    )
)

# --- Exchange, Darwin (+09:30, no DST) ----------------------------------------------------------
S = "2031-04-10 13:30"
add(
    exchange(
        WARRICK,
        "outlook-darwin-top-end-water",
        "interview",
        start=S,
        zone="AUS Central Standard Time",
        minutes=45,
        subject="Interview - Senior Field Hydrologist",
        organizer=("Shannon Crerar", "shannon.crerar@topendwater.example"),
        attendees=[("Mick Tambling", "mick.tambling@topendwater.example")],
        date=dh("2031-04-02 08:58", "Australia/Darwin"),
        text="""G'day Warrick,

Confirming your interview for Senior Field Hydrologist with Mick Tambling (Manager, Water Resources) and me. We'll do it over Teams as Mick is out at Katherine that week.

Cheers
Shannon Crerar
Recruitment Advisor""",
        label=lab(
            S,
            "Australia/Darwin",
            "Australia/Darwin",
            company="Top End Water",
            role="Senior Field Hydrologist",
            who=["Mick Tambling", "Shannon Crerar"],
            emails=["mick.tambling@topendwater.example", "shannon.crerar@topendwater.example"],
            notes="Darwin (+09:30, no DST) just after the southern switch, which Darwin does not keep.",
        ),
    )
)

# --- Zoom REQUEST in UTC, Los Angeles user, the day after the US switch --------------------
S = "2031-03-10 10:00"
add(
    invite(
        NOELANI,
        "zoom-utc-request-kelp-robotics",
        "interview",
        start=S,
        zone=None,
        utc_zone="America/Los_Angeles",
        minutes=50,
        summary="Kelpwise Robotics | Noelani Sakamoto-Pierce | Controls Engineer Interview",
        organizer=("Arjun Mehra-Watts", "arjun@kelpwise.example"),
        attendees=[("Noelani Sakamoto-Pierce", "noelani.spierce@example.com")],
        prodid=ZOOM,
        ics_mode="attach",
        uid_style="zoom.us",
        location="https://zoom.us/j/93155020417?pwd=UnTQq3",
        frm=("Arjun Mehra-Watts", "arjun@kelpwise.example"),
        subject="Kelpwise Robotics | Controls Engineer Interview",
        date=dh("2031-03-06 17:02", "America/Los_Angeles"),
        body="""Hi Noelani,

Arjun Mehra-Watts is inviting you to a scheduled Zoom meeting.

Topic: Kelpwise Robotics | Noelani Sakamoto-Pierce | Controls Engineer Interview
Time: Mar 10, 2031 10:00 AM Pacific Time (US and Canada)

Join Zoom Meeting
https://zoom.us/j/93155020417?pwd=UnTQq3

Meeting ID: 931 5502 0417
Passcode: 661204
""",
        label=lab(
            S,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Kelpwise Robotics",
            role="Controls Engineer",
            who=["Arjun Mehra-Watts"],
            emails=["arjun@kelpwise.example"],
            notes="Zoom .ics in UTC; Monday after the 9 March switch, so PDT (-07:00).",
        ),
    )
)

# --- Webex invitation, Istanbul (+03:00 all year) ----------------------------------------
S = "2031-02-26 16:00"
add(
    invite(
        DEFNE,
        "webex-istanbul-bogazici-textiles",
        "interview",
        start=S,
        zone="Europe/Istanbul",
        minutes=60,
        summary="Interview: Defne Arslan-Kaya / Sourcing Manager",
        organizer=("Murat Özdemir", "murat.ozdemir@bosphorustextil.example"),
        attendees=[
            ("Selin Aydoğan", "selin.aydogan@bosphorustextil.example"),
            ("Defne Arslan-Kaya", "defne.arslankaya@example.com"),
        ],
        prodid=WEBEX,
        uid_style="webex.com",
        ics_mode="inline",
        location="https://bosphorustextil.webex.com/meet/murat.ozdemir",
        frm=("Cisco Webex", "messenger@webex.com"),
        reply_to=("Murat Özdemir", "murat.ozdemir@bosphorustextil.example"),
        subject="Meeting invitation: Interview: Defne Arslan-Kaya / Sourcing Manager",
        date=dh("2031-02-20 12:15", "Europe/Istanbul"),
        body="""Murat Özdemir invites you to join this Webex meeting.

Interview: Defne Arslan-Kaya / Sourcing Manager
Wednesday, February 26, 2031
4:00 PM  |  (UTC+03:00) Istanbul  |  1 hr

Join meeting: https://bosphorustextil.webex.com/meet/murat.ozdemir

Other attendees: Selin Aydoğan (Procurement Director, Bosphorus Tekstil)
""",
        label=lab(
            S,
            "Europe/Istanbul",
            "Europe/Istanbul",
            company="Bosphorus Tekstil",
            role="Sourcing Manager",
            who=["Murat Özdemir", "Selin Aydoğan"],
            emails=[
                "murat.ozdemir@bosphorustextil.example",
                "selin.aydogan@bosphorustextil.example",
            ],
            notes="Webex host is the hiring manager; Istanbul is +03:00 all year.",
        ),
    )
)

# --- iCloud invitation from a founder, Denver, before and after nothing: plain MST ------------
S = "2031-03-06 13:00"
add(
    invite(
        BRODY,
        "icloud-founder-coffee-interview-switchback",
        "interview",
        start=S,
        zone="America/Denver",
        minutes=60,
        summary="Brody / Switchback Gear - interview",
        organizer=("Kendra Ostrowski", "kendra@switchbackgear.example"),
        attendees=[("Brody Kessinger", "brody.kessinger@example.net")],
        prodid=ICLOUD,
        uid_style="apple",
        ics_mode="attach",
        location="Switchback Gear, 2900 Walnut St, Denver",
        frm=("Kendra Ostrowski", "kendra@switchbackgear.example"),
        subject="Invitation: Brody / Switchback Gear - interview",
        date=dh("2031-02-28 19:44", "America/Denver"),
        body="""Kendra Ostrowski has invited you to "Brody / Switchback Gear - interview".

Thursday, March 6, 2031, 1 PM – 2 PM (MST)
Switchback Gear, 2900 Walnut St, Denver

Brody - come by the shop, we'll walk the warehouse and talk about the ops lead job. Kendra (founder)
""",
        label=lab(
            S,
            "America/Denver",
            "America/Denver",
            company="Switchback Gear",
            role="Ops Lead",
            who=["Kendra Ostrowski"],
            emails=["kendra@switchbackgear.example"],
            notes="iCloud invitation from the founder; before the US switch (MST -07:00).",
        ),
    )
)

# --- Exchange in Mountain Time to a Chicago user ------------------------------------------------
S = "2031-03-18 09:00"
add(
    exchange(
        MARISOL,
        "outlook-mountain-to-chicago-granite-peak",
        "interview",
        start=S,
        zone="Mountain Standard Time",
        minutes=60,
        subject="Marisol Vélez Archuleta - Hiring Manager Interview (Clinical Data Lead)",
        organizer=("Tyler Brandvold", "tbrandvold@granitepeakhealth.example"),
        attendees=[("Renata Sokol", "rsokol@granitepeakhealth.example")],
        date=dh("2031-03-12 15:33", "America/Chicago"),
        text="""Hi Marisol,

Looking forward to talking on Tuesday. Renata Sokol (Director, Clinical Informatics) will join me for the first half hour. Note the invite is in Mountain time - 9:00 MT is 10:00 for you in Chicago.

Tyler Brandvold
Manager, Clinical Data, Granite Peak Health""",
        label=lab(
            S,
            "America/Denver",
            "America/Denver",
            company="Granite Peak Health",
            role="Clinical Data Lead",
            who=["Tyler Brandvold", "Renata Sokol"],
            emails=["tbrandvold@granitepeakhealth.example", "rsokol@granitepeakhealth.example"],
            notes="Mountain Standard Time TZID to a Chicago user; after the switch (MDT -06:00).",
        ),
    )
)

# --- Google update (SEQUENCE 1): moved later on the same day, Kolkata --------------------------
S = "2031-02-20 16:30"
add(
    gcal(
        KAVYA,
        "gcal-updated-time-sandalwood-analytics",
        "interview",
        start=S,
        zone="Asia/Kolkata",
        minutes=60,
        summary="Round 2: Data Engineer - Kavya Raghunathan",
        organizer=("Pranav Hegde", "pranav.hegde@sandalwoodanalytics.example"),
        guests=[
            ("Pranav Hegde", "pranav.hegde@sandalwoodanalytics.example"),
            ("Sunitha Iyengar", "sunitha.iyengar@sandalwoodanalytics.example"),
        ],
        date=dh("2031-02-17 12:09", "Asia/Kolkata"),
        updated="Time",
        sequence=1,
        note_text="Sandalwood Analytics - moved to 4:30 as Sunitha is in a client call until 4. Round 2 is system design with Sunitha (Principal Engineer) and me.",
        label=lab(
            S,
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Sandalwood Analytics",
            role="Data Engineer",
            who=["Pranav Hegde", "Sunitha Iyengar"],
            emails=[
                "pranav.hegde@sandalwoodanalytics.example",
                "sunitha.iyengar@sandalwoodanalytics.example",
            ],
            notes="Google update with SEQUENCE 1 at the new time.",
        ),
    )
)

# --- Google invite in Pacific time for a Shanghai user (next morning locally) ------------------
S = "2031-03-24 17:00"
add(
    gcal(
        XINYI,
        "gcal-pacific-evening-shanghai-morning-fogline",
        "interview",
        start=S,
        zone="America/Los_Angeles",
        minutes=45,
        summary="Fogline AI x Xinyi - ML Platform interview",
        organizer=("Dana Whitcombe", "dana@foglineai.example"),
        guests=[
            ("Dana Whitcombe", "dana@foglineai.example"),
            ("Ravi Chandrasekhar", "ravi@foglineai.example"),
        ],
        date=dh("2031-03-20 10:30", "Asia/Shanghai"),
        note_text="This is 8am Tuesday in Shanghai for you - thanks for taking an early call! Ravi leads ML Platform.",
        label=lab(
            S,
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Fogline AI",
            role=None,
            who=["Dana Whitcombe", "Ravi Chandrasekhar"],
            emails=["dana@foglineai.example", "ravi@foglineai.example"],
            notes="Monday 17:00 PDT is Tuesday 08:00 in Shanghai.",
        ),
    )
)

# --- Fastmail: the whole body is text/calendar -------------------------------------------------
S = "2031-02-13 14:15"
add(
    invite(
        HAMISH,
        "fastmail-bare-calendar-body-thistlebank",
        "interview",
        start=S,
        zone="Europe/London",
        minutes=45,
        summary="Interview: Hamish Strachan-Boyd (Payroll Systems Analyst)",
        organizer=("Fiona Cargill", "fiona@thistlebank.example"),
        attendees=[
            ("Hamish Strachan-Boyd", "hamish.strachanboyd@example.com"),
            ("Euan MacPhail", "euan@thistlebank.example"),
        ],
        prodid=FASTMAIL,
        ics_mode="only",
        uid_style="fastmail.example",
        description="Payroll Systems Analyst - first interview with Fiona Cargill and Euan MacPhail (Head of Payroll).",
        location="Thistlebank, 14 Melville Street, Edinburgh",
        frm=("Fiona Cargill", "fiona@thistlebank.example"),
        subject="Invitation: Interview: Hamish Strachan-Boyd (Payroll Systems Analyst)",
        date=dh("2031-02-07 11:00", "Europe/London"),
        label=lab(
            S,
            "Europe/London",
            "Europe/London",
            company="Thistlebank",
            role="Payroll Systems Analyst",
            who=["Fiona Cargill", "Euan MacPhail"],
            emails=["fiona@thistlebank.example", "euan@thistlebank.example"],
            notes="No text part at all: the message body is the calendar.",
        ),
    )
)

# --- Proton calendar, Johannesburg (+02:00) -------------------------------------------------------
S = "2031-03-27 10:00"
add(
    invite(
        THANDEKA,
        "proton-invite-johannesburg-umoya-energy",
        "interview",
        start=S,
        zone="Africa/Johannesburg",
        minutes=60,
        summary="Umoya Energy - Regulatory Specialist interview",
        organizer=("Sipho Dlamini-Kerr", "sipho.dk@umoyaenergy.example"),
        attendees=[
            ("Thandeka Mahlangu-Ross", "thandeka.mross@example.org"),
            ("Lerato Moagi", "lerato.moagi@umoyaenergy.example"),
        ],
        prodid=PROTON,
        ics_mode="attach",
        uid_style="proton.me",
        description="Regulatory Specialist - interview with Sipho (Head of Regulatory) and Lerato (Legal Counsel).",
        location="Umoya Energy, 3 Sturdee Ave, Rosebank",
        frm=("Sipho Dlamini-Kerr", "sipho.dk@umoyaenergy.example"),
        subject="Umoya Energy - Regulatory Specialist interview",
        date=dh("2031-03-21 14:49", "Africa/Johannesburg"),
        body=f"""Hi Thandeka,

As discussed, please find the invitation attached: Thursday 27 March, {t12(S, compact=True)} at our Rosebank office. Lerato Moagi (Legal Counsel) will join me.

Sipho Dlamini-Kerr
Head of Regulatory Affairs
""",
        label=lab(
            S,
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Umoya Energy",
            role="Regulatory Specialist",
            who=["Sipho Dlamini-Kerr", "Lerato Moagi"],
            emails=["sipho.dk@umoyaenergy.example", "lerato.moagi@umoyaenergy.example"],
            notes="Proton calendar attachment; SAST +02:00.",
        ),
    )
)

# --- Apple Calendar reminder-style re-send from a Tokyo hiring manager (ymd user) -------------
S = "2031-04-15 15:00"
add(
    invite(
        KENTARO,
        "apple-calendar-tokyo-kurogane-final",
        "interview",
        start=S,
        zone="Asia/Tokyo",
        minutes=60,
        summary="最終面接 / Final interview - Morimoto Kentaro",
        organizer=("Ishikawa Naoko", "n.ishikawa@kuroganeworks.example"),
        attendees=[
            ("Morimoto Kentaro", "kentaro.morimoto@example.net"),
            ("Fujita Ryo", "r.fujita@kuroganeworks.example"),
        ],
        prodid=APPLE,
        uid_style="apple",
        ics_mode="attach",
        location="Kurogane Works, Shinagawa, 12F",
        frm=("Ishikawa Naoko", "n.ishikawa@kuroganeworks.example"),
        subject="Final interview 2031/04/15 15:00 JST",
        date=dh("2031-04-09 18:20", "Asia/Tokyo"),
        body="""Morimoto-san,

Thank you for your time in the first round. The final interview is fixed for 2031/04/15 (Tue) 15:00-16:00 JST at our Shinagawa office, 12F. Fujita Ryo (CTO) and I will attend.

Ishikawa Naoko
Engineering Manager, Kurogane Works
""",
        label=lab(
            S,
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Kurogane Works",
            role=None,
            who=["Ishikawa Naoko", "Fujita Ryo"],
            emails=["n.ishikawa@kuroganeworks.example", "r.fujita@kuroganeworks.example"],
            notes="Year-month-day date in text and subject; Apple .ics.",
        ),
    )
)

# --- Google cancellation, Taipei ------------------------------------------------------------------
S = "2031-03-13 14:00"
add(
    gcal(
        YUTING,
        "gcal-cancelled-taipei-jadeite-semis",
        "interview_cancelled",
        start=S,
        zone="Asia/Taipei",
        minutes=60,
        summary="Jadeite Semiconductor - Yield Engineer interview",
        organizer=("Chen Po-han", "pohan.chen@jadeitesemi.example"),
        guests=[("Chen Po-han", "pohan.chen@jadeitesemi.example")],
        date=dh("2031-03-11 09:12", "Asia/Taipei"),
        cancelled=True,
        label=lab(
            S,
            "Asia/Taipei",
            "Asia/Taipei",
            company="Jadeite Semiconductor",
            role="Yield Engineer",
            who=["Chen Po-han"],
            emails=["pohan.chen@jadeitesemi.example"],
            notes="Google cancellation (METHOD:CANCEL) without a new time.",
        ),
    )
)

# --- Exchange CANCEL, Newfoundland ----------------------------------------------------------------
S = "2031-03-26 13:00"
add(
    exchange(
        PADRAIG,
        "outlook-cancel-st-johns-harbourline",
        "interview_cancelled",
        start=S,
        zone="Newfoundland Standard Time",
        minutes=45,
        subject="Interview - Port Operations Planner",
        prefix="Canceled: ",
        organizer=("Colleen Hynes", "colleen.hynes@harbourline.example"),
        attendees=[("Brent Oldford", "brent.oldford@harbourline.example")],
        date=dh("2031-03-20 09:40", "America/St_Johns"),
        cancelled=True,
        sequence=1,
        text="""Hi Padraig, apologies - the Port Operations Planner posting has been put on hold by our executive team, so we need to cancel this interview. I'll be in touch if it reopens.

Colleen Hynes, Harbourline""",
        label=lab(
            S,
            "America/St_Johns",
            "America/St_Johns",
            company="Harbourline",
            role="Port Operations Planner",
            who=["Brent Oldford"],
            emails=["brent.oldford@harbourline.example"],
            notes="Exchange CANCEL; NDT -02:30.",
        ),
    )
)

# --- Zoom cancellation in UTC, Honolulu ----------------------------------------------------------
S = "2031-04-02 07:30"
add(
    invite(
        KEOLA,
        "zoom-cancel-utc-lanai-seafoods",
        "interview_cancelled",
        start=S,
        zone=None,
        utc_zone="Pacific/Honolulu",
        minutes=30,
        summary="Screening call - Keola Kahananui-Reyes",
        organizer=("Greg Lindahl", "greg.lindahl@lanaiseafoods.example"),
        attendees=[("Keola Kahananui-Reyes", "keola.kreyes@example.com")],
        prodid=ZOOM,
        method="CANCEL",
        uid_style="zoom.us",
        ics_mode="attach",
        frm=("Zoom", "no-reply@zoom.us"),
        reply_to=("Greg Lindahl", "greg.lindahl@lanaiseafoods.example"),
        subject="Meeting Canceled: Screening call - Keola Kahananui-Reyes",
        date=dh("2031-03-31 16:05", "Pacific/Honolulu"),
        body="""Hi Keola Kahananui-Reyes,

The following meeting has been canceled by the host.

Topic: Screening call - Keola Kahananui-Reyes
Time: Apr 2, 2031 07:30 AM Hawaii

Host: Greg Lindahl (Lanai Seafoods)
""",
        label=lab(
            S,
            "Pacific/Honolulu",
            "Pacific/Honolulu",
            company="Lanai Seafoods",
            who=["Greg Lindahl"],
            emails=["greg.lindahl@lanaiseafoods.example"],
            notes="Zoom cancellation notice with a UTC calendar; 'Hawaii' time.",
        ),
    )
)
