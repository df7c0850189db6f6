"""Interviews carried by calendar mail: Exchange, Google, Apple, Zoom, Webex, Bookings."""

from __future__ import annotations

from .base import (
    AISHAH,
    APPLE,
    BENCE,
    DEWI,
    FLETCHER,
    INGRID,
    KEISHA,
    LINNEA,
    MAGGIE,
    NINO,
    OMAR,
    RANA,
    SIONE,
    TYLER,
    WEBEX,
    YUTING,
    ZOOM,
    d,
    dh,
    exchange,
    gcal,
    invite,
    iso,
    iv,
    t12,
    t24,
)

MESSAGES = [
    exchange(
        INGRID,
        "fjordvik-panel-after-switch",
        "interview",
        start="2028-10-31 10:00",
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        minutes=60,
        subject="Interview: Subsea Controls Engineer – Ingrid Halvorsen-Bakke",
        organizer=("Eirik Solbakken", "eirik.solbakken@fjordvik-subsea.example"),
        attendees=[("Maren Tveit", "maren.tveit@fjordvik-subsea.example")],
        date=dh("2028-10-25 15:12", "Europe/Oslo"),
        text=(
            "Hi Ingrid,\n\nThanks for making time. Maren (Lead, Control Systems) and I will "
            "talk you through the ROV tether project and then dig into your PLC experience. "
            "Plan for about an hour.\n\nNote that the clocks go back this Sunday, so "
            "double-check the time in your calendar.\n\nBest,\nEirik Solbakken\n"
            "Engineering Manager, Fjordvik Subsea AS"
        ),
        label=iv(
            iso("2028-10-31 10:00", "Europe/Oslo"),
            "Europe/Berlin",
            company="Fjordvik Subsea",
            role="Subsea Controls Engineer",
            interviewers=["Eirik Solbakken", "Maren Tveit"],
            emails=[
                "eirik.solbakken@fjordvik-subsea.example",
                "maren.tveit@fjordvik-subsea.example",
            ],
            notes="Sent before the EU switch for a slot after it; W. Europe TZID maps to Berlin.",
        ),
    ),
    exchange(
        BENCE,
        "dunakanyar-analytics-teams",
        "interview",
        start="2028-10-26 14:00",
        zone="Central Europe Standard Time",
        when_zone="(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
        minutes=45,
        subject="Second interview - Data Platform Engineer",
        organizer=("Kovács Eszter", "eszter.kovacs@dunakanyar-analytics.example"),
        attendees=[("Tóth Gergely", "gergely.toth@dunakanyar-analytics.example")],
        date=dh("2028-10-20 09:41", "Europe/Budapest"),
        text=(
            "Dear Bence,\n\nfollowing your first conversation with our HR team, I would like "
            "to invite you to the second, technical interview. Gergely Tóth (Principal "
            "Engineer) and I will join; we will mostly talk about streaming pipelines and the "
            "design exercise you sent.\n\nKind regards,\nDr. Kovács Eszter\nHead of Data "
            "Platform | Dunakanyar Analytics Kft."
        ),
        label=iv(
            iso("2028-10-26 14:00", "Europe/Budapest"),
            "Europe/Budapest",
            company="Dunakanyar Analytics",
            role="Data Platform Engineer",
            interviewers=["Kovács Eszter", "Tóth Gergely"],
            emails=[
                "eszter.kovacs@dunakanyar-analytics.example",
                "gergely.toth@dunakanyar-analytics.example",
            ],
            notes=(
                "Still CEST (+02:00) on 26 October although Outlook prints (UTC+01:00); "
                "Hungarian family-name-first names, title Dr. dropped."
            ),
        ),
    ),
    gcal(
        FLETCHER,
        "tasman-ledger-sydney-time",
        "interview",
        start="2028-11-15 11:30",
        zone="Australia/Sydney",
        minutes=45,
        summary="Fletcher Goodall <> Tasman Ledger – Product Designer interview",
        organizer=("Priscilla Nankervis", "priscilla.nankervis@tasmanledger.example"),
        guests=[
            ("Dominic Yeoh", "dominic.yeoh@tasmanledger.example"),
            ("Jess Amberley", "jess.amberley@tasmanledger.example"),
        ],
        date=dh("2028-11-08 16:05", "Australia/Sydney"),
        note_text=(
            "Portfolio walkthrough with Priscilla (Design Director) and Dominic (Senior "
            "Product Designer). Jess from Talent set this up and is on the invite for "
            "visibility only - she won't be joining the call."
        ),
        label=iv(
            iso("2028-11-15 11:30", "Australia/Sydney"),
            "Australia/Sydney",
            company="Tasman Ledger",
            role="Product Designer",
            interviewers=["Priscilla Nankervis", "Dominic Yeoh"],
            emails=[
                "priscilla.nankervis@tasmanledger.example",
                "dominic.yeoh@tasmanledger.example",
            ],
            notes="Hobart user invited in Sydney time (same offset in summer); Jess is a guest only.",
        ),
    ),
    exchange(
        KEISHA,
        "wabash-freightworks-updated",
        "interview",
        start="2028-11-07 13:30",
        zone="US Eastern Standard Time",
        when_zone="(UTC-05:00) Indiana (East)",
        minutes=60,
        subject="Operations Analyst interview - Keisha Marbury",
        prefix="Updated: ",
        sequence=1,
        organizer=("Darlene Pruitt", "darlene.pruitt@wabashfreight.example"),
        attendees=[("Marcus Oyelaran", "marcus.oyelaran@wabashfreight.example")],
        date=dh("2028-11-02 10:18", "America/Indiana/Indianapolis"),
        text=(
            "Keisha - we had to push this from 11:00 AM to 1:30 PM on the same day because "
            "Marcus is flying back from Louisville that morning. Same Teams link. Sorry for "
            "the shuffle!\n\nDarlene Pruitt\nDirector of Operations, Wabash Freightworks"
        ),
        label=iv(
            iso("2028-11-07 13:30", "America/Indiana/Indianapolis"),
            "America/Indianapolis",
            company="Wabash Freightworks",
            role="Operations Analyst",
            interviewers=["Darlene Pruitt", "Marcus Oyelaran"],
            emails=[
                "darlene.pruitt@wabashfreight.example",
                "marcus.oyelaran@wabashfreight.example",
            ],
            notes=(
                "Exchange update (SEQUENCE 1) across the US switch; the text still names the old "
                "11:00 AM; US Eastern Standard Time maps to America/Indianapolis."
            ),
        ),
    ),
    invite(
        NINO,
        "quillfeather-zoom-utc",
        "interview",
        start="2028-11-13 09:00",
        zone=None,
        utc_zone="America/New_York",
        minutes=45,
        summary="Quillfeather Analytics - interview with Nino Beridze",
        organizer=("Brennan Alcott", "brennan.alcott@quillfeather.example"),
        attendees=[("Nino Beridze", "nino.beridze@example.net")],
        prodid=ZOOM,
        location="https://quillfeather.zoom.us/j/84420196733",
        style="outlook",
        frm=("Brennan Alcott", "brennan.alcott@quillfeather.example"),
        subject="Quillfeather Analytics - interview with Nino Beridze",
        date=dh("2028-11-06 21:40", "Asia/Tbilisi"),
        body=(
            "Hi Nino,\n\nGreat speaking with you last week. Here's the invite for the "
            "analytics engineering interview - it's with me.\n\n"
            "Brennan Alcott is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Quillfeather Analytics - interview with Nino Beridze\n"
            "Time: Nov 13, 2028 09:00 AM Eastern Time (US and Canada)\n\n"
            "Join Zoom Meeting\nhttps://quillfeather.zoom.us/j/84420196733?pwd=Qm9hcmRyb29t\n\n"
            "Meeting ID: 844 2019 6733\nPasscode: 517220\n\n"
            "I know that's early evening in Tbilisi - shout if it doesn't work.\n\nBrennan"
        ),
        label=iv(
            iso("2028-11-13 09:00", "America/New_York"),
            "America/New_York",
            company="Quillfeather Analytics",
            role="Analytics Engineer",
            interviewers=["Brennan Alcott"],
            emails=["brennan.alcott@quillfeather.example"],
            notes="Zoom .ics in UTC; the text is in Eastern Time for a Tbilisi user (+04:00).",
        ),
    ),
    invite(
        SIONE,
        "moana-reef-founder-dateline",
        "interview",
        start="2028-11-21 15:00",
        zone="Pacific/Honolulu",
        minutes=60,
        summary="Sione / Kekoa - founding engineer chat",
        organizer=("Kekoa Palakiko", "kekoa.palakiko@icloud.com"),
        attendees=[("Sione Vea", "sione.vea@example.net")],
        prodid=APPLE,
        style="iphone",
        frm=("Kekoa Palakiko", "kekoa.palakiko@icloud.com"),
        subject="Interview - founding engineer at Moana Reef Robotics",
        date=dh("2028-11-15 08:12", "Pacific/Honolulu"),
        body=(
            "Mālō e lelei Sione,\n\nThanks for applying. I'd love to do the first interview "
            "myself: Tuesday 3pm my time (Honolulu), which I think is Wednesday 2pm for you in "
            "Nukuʻalofa - the date line always gets me. Invite attached, FaceTime or Zoom, "
            "your pick.\n\nKekoa\nFounder, Moana Reef Robotics\n\nSent from my iPhone"
        ),
        label=iv(
            iso("2028-11-21 15:00", "Pacific/Honolulu"),
            "Pacific/Honolulu",
            company="Moana Reef Robotics",
            role="Founding Engineer",
            interviewers=["Kekoa Palakiko"],
            emails=["kekoa.palakiko@icloud.com"],
            notes="Across the date line: Tuesday in Honolulu is Wednesday in Tonga (+13:00).",
        ),
    ),
    invite(
        YUTING,
        "lumen-strait-webex",
        "interview",
        start="2028-11-30 10:00",
        zone="Asia/Singapore",
        minutes=60,
        summary="Quant Research Interview - Lin Yu-ting",
        organizer=("Tan Wei Jie", "weijie.tan@lumenstrait.example"),
        attendees=[("Lin Yu-ting", "yuting.lin@example.org")],
        prodid=WEBEX,
        ics_name="WebexMeeting.ics",
        location="https://lumenstrait.webex.com/lumenstrait/j.php?MTID=m5c0a",
        frm=("Tan Wei Jie via Webex", "messenger@webex.com"),
        reply_to=("Tan Wei Jie", "weijie.tan@lumenstrait.example"),
        subject="Webex meeting invitation: Quant Research Interview - Lin Yu-ting",
        date=dh("2028-11-23 17:30", "Asia/Singapore"),
        body=(
            "Tan Wei Jie invites you to join this Webex meeting.\n\n"
            "Quant Research Interview - Lin Yu-ting\n"
            f"{d('2028-11-30', 'usy')} 10:00 AM | 1 hour | (UTC+08:00) Kuala Lumpur, Singapore\n\n"
            "Join meeting\nhttps://lumenstrait.webex.com/lumenstrait/j.php?MTID=m5c0a\n\n"
            "Meeting number (access code): 2514 806 3377\nMeeting password: qR7mLx2\n\n"
            "Message from host: Yu-ting, this is the research interview with me (Head of "
            "Systematic Strategies, Lumen Strait Capital). Expect a probability warm-up and a "
            "discussion of your thesis.\n"
        ),
        label=iv(
            iso("2028-11-30 10:00", "Asia/Singapore"),
            "Asia/Singapore",
            company="Lumen Strait Capital",
            role="Quant Researcher",
            interviewers=["Tan Wei Jie"],
            emails=["weijie.tan@lumenstrait.example"],
            notes="Webex invitation for a Taipei user in Singapore time (same +08:00).",
        ),
    ),
    invite(
        AISHAH,
        "seri-mahkota-bookings",
        "interview",
        start="2028-12-04 09:30",
        zone="Singapore Standard Time",
        minutes=30,
        summary="Graduate Programme Interview",
        organizer=("Seri Mahkota Bank Careers", "careers-bookings@serimahkota.example"),
        attendees=[("Hafiz Roslan", "hafiz.roslan@serimahkota.example")],
        prodid="Microsoft Exchange Server 2010",
        ics_mode="inline",
        frm=("Seri Mahkota Bank Careers", "careers-bookings@serimahkota.example"),
        subject="Your booking with Seri Mahkota Bank Careers is confirmed",
        date=dh("2028-11-27 12:02", "Asia/Kuala_Lumpur"),
        body=(
            "Booking confirmed\n\nHi Nur Aishah Zulkifli,\n\nThank you for booking with Seri "
            "Mahkota Bank Careers.\n\nService: Graduate Programme Interview (30 minutes)\n"
            f"Date and time: {d('2028-12-04', 'usy')} 9:30 AM (UTC+08:00) Kuala Lumpur, "
            "Singapore\nStaff: Hafiz Roslan\nLocation: Microsoft Teams (link in the calendar "
            "invitation)\n\nNeed to make changes? Manage booking\n\nMicrosoft Bookings"
        ),
        label=iv(
            iso("2028-12-04 09:30", "Asia/Singapore"),
            "Asia/Singapore",
            company="Seri Mahkota Bank",
            role="Graduate Programme",
            interviewers=["Hafiz Roslan"],
            emails=["hafiz.roslan@serimahkota.example"],
            notes="Microsoft Bookings: Staff is the interviewer; Singapore Standard Time TZID.",
        ),
    ),
    gcal(
        TYLER,
        "lakeshore-turbine-moved",
        "interview",
        start="2028-12-08 10:00",
        zone="America/Chicago",
        minutes=60,
        summary="Controls Engineer - onsite technical interview",
        organizer=("Rosalind Achterberg", "rosalind.achterberg@lakeshoreturbine.example"),
        guests=[("Quentin Mabry", "quentin.mabry@lakeshoreturbine.example")],
        date=dh("2028-12-04 15:47", "America/Chicago"),
        meet=None,
        location="Lakeshore Turbine Controls, 4400 S Ashland Ave, Chicago (front desk)",
        updated=f"Time - was {d('2028-12-07', 'short')}, 2:00pm",
        sequence=2,
        note_text=(
            "Moved to Friday morning at Tyler's request. Rosalind and Quentin will walk him "
            "through the test bench and then do the technical interview."
        ),
        label=iv(
            iso("2028-12-08 10:00", "America/Chicago"),
            "America/Chicago",
            company="Lakeshore Turbine Controls",
            role="Controls Engineer",
            interviewers=["Rosalind Achterberg", "Quentin Mabry"],
            emails=[
                "rosalind.achterberg@lakeshoreturbine.example",
                "quentin.mabry@lakeshoreturbine.example",
            ],
            notes="Google update (SEQUENCE 2) naming the old slot; Central time for a Detroit user.",
        ),
    ),
    gcal(
        DEWI,
        "kirana-logistik-after-new-year",
        "interview",
        start="2029-01-04 09:00",
        zone="Asia/Jakarta",
        minutes=75,
        summary="Technical interview - Backend Engineer (Kirana Logistik)",
        organizer=("Bambang Setiawan", "bambang.setiawan@kiranalogistik.example"),
        guests=[("Wulan Prasetyo", "wulan.prasetyo@kiranalogistik.example")],
        date=dh("2028-12-20 14:25", "Asia/Jakarta"),
        note_text=(
            "Selamat siang Dewi, as discussed: the technical round right after the holidays. "
            "Bambang (Engineering Lead) and Wulan (Senior Backend Engineer) will pair with you "
            "on a small Go exercise."
        ),
        label=iv(
            iso("2029-01-04 09:00", "Asia/Jakarta"),
            "Asia/Jakarta",
            company="Kirana Logistik",
            role="Backend Engineer",
            interviewers=["Bambang Setiawan", "Wulan Prasetyo"],
            emails=[
                "bambang.setiawan@kiranalogistik.example",
                "wulan.prasetyo@kiranalogistik.example",
            ],
            notes="Sent in December for a slot in January of the next year.",
        ),
    ),
    exchange(
        MAGGIE,
        "klondike-geomatics-zoom-in-outlook",
        "interview",
        start="2028-11-17 10:00",
        zone="Yukon Standard Time",
        when_zone="(UTC-07:00) Yukon",
        minutes=60,
        subject="GIS Analyst interview - Maggie Tremblay-Oakes",
        organizer=("Harold Dawe", "harold.dawe@klondikegeo.example"),
        attendees=[("Sunita Grewal", "sunita.grewal@klondikegeo.example")],
        date=dh("2028-11-13 08:55", "America/Whitehorse"),
        with_teams=False,
        location="https://klondikegeo.zoom.us/j/93310045128",
        text=(
            "Hi Maggie,\n\nLooking forward to Friday. Sunita Grewal (Senior GIS Specialist) "
            "and I will be on the call.\n\nJoin Zoom Meeting\n"
            "https://klondikegeo.zoom.us/j/93310045128\nMeeting ID: 933 1004 5128\n"
            "Passcode: 660142\n\nHarold Dawe\nManager, Spatial Data, Klondike Geomatics"
        ),
        label=iv(
            iso("2028-11-17 10:00", "America/Whitehorse"),
            "America/Whitehorse",
            company="Klondike Geomatics",
            role="GIS Analyst",
            interviewers=["Harold Dawe", "Sunita Grewal"],
            emails=["harold.dawe@klondikegeo.example", "sunita.grewal@klondikegeo.example"],
            notes="Yukon Standard Time (permanent -07:00) with a Zoom block instead of Teams.",
        ),
    ),
    exchange(
        RANA,
        "cedar-ledger-owa-beirut",
        "interview",
        start="2028-10-27 11:00",
        zone="Middle East Standard Time",
        when_zone="(UTC+02:00) Beirut",
        minutes=60,
        subject="Interview - Senior Financial Analyst",
        organizer=("Karim Aoun", "karim.aoun@cedarledger.example"),
        attendees=[("Joëlle Haddad", "joelle.haddad@cedarledger.example")],
        date=dh("2028-10-23 13:30", "Asia/Beirut"),
        location="Cedar Ledger, 6th floor, Saifi Village, Beirut",
        with_teams=False,
        html_only=True,
        text=(
            "Dear Rana,\n\nPlease find below the invitation for your interview with Joëlle "
            "Haddad (CFO) and myself at our office. Please bring a copy of your ID for the "
            "building reception.\n\nRegards,\nKarim Aoun\nFinance Manager"
        ),
        label=iv(
            iso("2028-10-27 11:00", "Asia/Beirut"),
            "Asia/Beirut",
            company="Cedar Ledger",
            role="Senior Financial Analyst",
            interviewers=["Karim Aoun", "Joëlle Haddad"],
            emails=["karim.aoun@cedarledger.example", "joelle.haddad@cedarledger.example"],
            notes="HTML-only Outlook on the web; Beirut still +03:00 two days before its switch.",
        ),
    ),
    gcal(
        LINNEA,
        "vanern-mobility-final-loop",
        "interview",
        start="2028-12-05 09:00",
        zone="Europe/Stockholm",
        minutes=180,
        summary="Final interviews – Linnéa Sjöberg (Backend Engineer)",
        organizer=("Tove Lindgren", "tove.lindgren@vanernmobility.example"),
        guests=[
            ("Axel Nordqvist", "axel.nordqvist@vanernmobility.example"),
            ("Sofia Hägglund", "sofia.hagglund@vanernmobility.example"),
            ("Oskar Wennberg", "oskar.wennberg@vanernmobility.example"),
        ],
        date=dh("2028-11-28 10:20", "Europe/Stockholm"),
        location="Vänern Mobility, Kungsgatan 12, Stockholm",
        meet=None,
        note_text=(
            "Hej Linnéa! Your final round, all on site:\n"
            "09:00-10:00 System design with Axel Nordqvist (Engineering Manager)\n"
            "10:00-11:00 Pair programming with Sofia Hägglund (Staff Engineer)\n"
            "11:00-12:00 Values and fika with Oskar Wennberg (CTO)\n\n"
            "I'm your recruiter and will meet you at reception, but I'm not one of the "
            "interviewers. /Tove"
        ),
        label=iv(
            iso("2028-12-05 09:00", "Europe/Stockholm"),
            "Europe/Stockholm",
            company="Vänern Mobility",
            role="Backend Engineer",
            interviewers=["Axel Nordqvist", "Sofia Hägglund", "Oskar Wennberg"],
            emails=[
                "axel.nordqvist@vanernmobility.example",
                "sofia.hagglund@vanernmobility.example",
                "oskar.wennberg@vanernmobility.example",
            ],
            notes="Onsite loop in one calendar block; the organiser is the recruiter, not an interviewer.",
        ),
    ),
    exchange(
        OMAR,
        "petra-grid-sunday",
        "interview",
        start="2028-11-12 10:00",
        zone="Jordan Standard Time",
        when_zone="(UTC+03:00) Amman",
        minutes=60,
        subject="Interview invitation - Grid Integration Engineer",
        organizer=("Lina Masri", "lina.masri@petragrid.example"),
        attendees=[],
        date=dh("2028-11-08 11:15", "Asia/Amman"),
        text=(
            "Dear Omar,\n\nThank you for your application. I am pleased to invite you to an "
            "interview on Sunday with me and our technical director, Eng. Samer Qudah, who "
            "will dial in from Aqaba.\n\nBest regards,\nLina Masri\nTalent & Engineering "
            "Manager, Petra Grid Solutions"
        ),
        label=iv(
            iso("2028-11-12 10:00", "Asia/Amman"),
            "Asia/Amman",
            company="Petra Grid Solutions",
            role="Grid Integration Engineer",
            interviewers=["Lina Masri", "Samer Qudah"],
            emails=["lina.masri@petragrid.example"],
            notes="A Sunday interview (a working day in Jordan); second interviewer named only in text, Eng. dropped.",
        ),
    ),
]

_ = (t12, t24)
