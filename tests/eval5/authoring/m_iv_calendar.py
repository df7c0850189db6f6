"""Interviews arriving as calendar invitations: Google, Exchange/Teams and Outlook on the
web, Zoom Scheduler, Webex, iCloud, Apple Calendar, Thunderbird, Zoho; updates, a reminder."""

from __future__ import annotations

from .kit import (
    APPLE,
    AYESHA,
    BRENT,
    DESMOND,
    DILANI,
    ELIF,
    FARHAN,
    HARPER,
    ICLOUD,
    ISLA,
    JARRAH,
    KAYLEE,
    KWAME,
    MIA,
    NEDA,
    OKSANA,
    RANGI,
    SIGRUN,
    THANDAR,
    WEBEX,
    WINGYAN,
    YOUSRA,
    ZOOM,
    Msg,
    d,
    dh,
    event,
    iso,
    iv,
    mail,
    plus,
    t12,
    t24,
    uid,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google, London organiser, Accra candidate, two days after the UK leaves BST ------------
S = "2027-11-02 14:30"
add(
    google(
        KWAME,
        "google-london-recruiter-accra-candidate",
        "interview",
        start=S,
        zone="Europe/London",
        minutes=45,
        summary="Kwame Asante-Darko / Larkspur Freight - Operations Analyst first interview",
        organizer=("Philippa Scrivener", "philippa.scrivener@larkspurfreight.example"),
        guests=[("Oladele Ogunwusi", "oladele.ogunwusi@larkspurfreight.example")],
        date=dh("2027-10-27 09:12:00", "Europe/London"),
        wr_timezone="Europe/London",
        meet="kfw-rzpa-muo",
        note=(
            "First interview for the Operations Analyst (West Africa lanes) role with "
            "Oladele Ogunwusi, Head of Network Planning. 45 minutes, mostly about your "
            "port-handling experience in Tema."
        ),
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Larkspur Freight",
            role="Operations Analyst",
            interviewers=["Oladele Ogunwusi"],
            emails=["oladele.ogunwusi@larkspurfreight.example"],
            notes="Sent during BST for a slot after the UK switch: London equals Accra (GMT) on the day.",
        ),
    )
)

# --- Google, Auckland time for a Chatham Islands user, after NZ summer time began -----------
S = "2027-09-29 10:00"
add(
    google(
        RANGI,
        "google-auckland-time-chatham-user",
        "interview",
        start=S,
        zone="Pacific/Auckland",
        minutes=60,
        summary="Interview: Remote Support Coordinator - Rangimarie Tuuta",
        organizer=("Te Aomihia Reweti", "teaomihia.reweti@kahikateahealth.example"),
        guests=[
            ("Bruce Pemberton-Kaa", "bruce.pembertonkaa@kahikateahealth.example"),
            ("Sina Faleolo", "sina.faleolo@kahikateahealth.example"),
        ],
        date=dh("2027-09-22 15:40:00", "Pacific/Chatham"),
        wr_timezone="Pacific/Auckland",
        meet="pzh-yqkc-brs",
        note=(
            "Kia ora Rangimarie, panel interview with Bruce Pemberton-Kaa (Service Manager) "
            "and Sina Faleolo (Team Lead, Telehealth). The time shown is Auckland time - "
            "remember the Chathams are 45 minutes ahead."
        ),
        label=iv(
            iso(S, "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Kahikatea Health",
            role="Remote Support Coordinator",
            interviewers=["Bruce Pemberton-Kaa", "Sina Faleolo"],
            emails=[
                "bruce.pembertonkaa@kahikateahealth.example",
                "sina.faleolo@kahikateahealth.example",
            ],
            notes="Auckland time (NZDT, +13:00) for a Chatham user (+13:45): 10:45 local; sent before NZ DST began.",
        ),
    )
)

# --- Google update, Melbourne, the day after Australian summer time starts ------------------
S = "2027-10-04 09:30"
OLD = "2027-10-01 15:00"
add(
    google(
        MIA,
        "google-update-moved-melbourne",
        "interview",
        start=S,
        zone="Australia/Melbourne",
        minutes=60,
        summary="Mia Kowalczyk-Grant - Product Designer - Portfolio review",
        organizer=("Declan Ferreira-Hughes", "declan.fh@wattlebirdstudio.example"),
        guests=[
            ("Anjali Dasgupta", "anjali.dasgupta@wattlebirdstudio.example"),
            ("Tom Karalis", "tom.karalis@wattlebirdstudio.example"),
        ],
        date=dh("2027-09-28 17:05:00", "Australia/Melbourne"),
        sequence=1,
        updated=(
            f"Time: {d(S, 'short')} {t12(S, compact=True)} (was {d(OLD, 'short')} "
            f"{t12(OLD, compact=True)})"
        ),
        meet="wbt-gkxe-nvo",
        note="Portfolio review with Anjali (Design Director) and Tom (Senior PM). Moved to Monday morning.",
        label=iv(
            iso(S, "Australia/Melbourne"),
            "Australia/Melbourne",
            company="Wattlebird Studio",
            role="Product Designer",
            interviewers=["Anjali Dasgupta", "Tom Karalis"],
            emails=[
                "anjali.dasgupta@wattlebirdstudio.example",
                "tom.karalis@wattlebirdstudio.example",
            ],
            notes="Google update SEQUENCE 1; new slot is the day after AEDT starts (+11:00); old slot in the text.",
        ),
    )
)

# --- Google, Hong Kong, onsite with no Meet ------------------------------------------------------
S = "2027-10-14 15:00"
add(
    google(
        WINGYAN,
        "google-onsite-hongkong-quarry-bay",
        "interview",
        start=S,
        zone="Asia/Hong_Kong",
        minutes=90,
        summary="Onsite interview - Lau Wing-yan (Risk Data Analyst)",
        organizer=("Cheung Ka-ming", "kaming.cheung@harbourlanternbank.example"),
        guests=[
            ("Priya Ramasubramanian", "priya.rs@harbourlanternbank.example"),
            ("Wong Siu-fung", "siufung.wong@harbourlanternbank.example"),
        ],
        date=dh("2027-10-06 11:20:00", "Asia/Hong_Kong"),
        meet=None,
        location="Harbour Lantern Bank, 22/F Lincoln Tower, 979 King's Road, Quarry Bay",
        note=(
            "Please bring your HKID for building registration at G/F reception. Two back-to-back "
            "conversations: Priya Ramasubramanian (Head of Risk Data) then Wong Siu-fung "
            "(Senior Risk Modeller)."
        ),
        label=iv(
            iso(S, "Asia/Hong_Kong"),
            "Asia/Hong_Kong",
            company="Harbour Lantern Bank",
            role="Risk Data Analyst",
            interviewers=["Priya Ramasubramanian", "Wong Siu-fung"],
            emails=[
                "priya.rs@harbourlanternbank.example",
                "siufung.wong@harbourlanternbank.example",
            ],
            notes="Google invitation without Meet; in-person location.",
        ),
    )
)

# --- Outlook, Iran Standard Time (+03:30, no DST since 2022) ----------------------------------
S = "2027-10-19 11:30"
add(
    outlook(
        NEDA,
        "outlook-tehran-iran-standard-time",
        "interview",
        start=S,
        zone="Iran Standard Time",
        when_zone="(UTC+03:30) Tehran",
        minutes=60,
        subject="Technical Interview - Senior Data Engineer - Neda Karimi-Farahani",
        organizer=("Kaveh Ansari", "kaveh.ansari@zagrosanalytics.example"),
        attendees=[("Shirin Mohammadzadeh", "shirin.mz@zagrosanalytics.example")],
        date=dh("2027-10-12 14:02:00", "Asia/Tehran"),
        text="""Dear Neda,

Thank you for your time on the phone last week. As agreed, here is the technical interview with Shirin Mohammadzadeh (Data Platform Lead) and me. We will go through a pipeline design exercise; no preparation needed.

Best regards,
Kaveh Ansari
Engineering Manager, Zagros Analytics""",
        label=iv(
            iso(S, "Asia/Tehran"),
            "Asia/Tehran",
            company="Zagros Analytics",
            role="Senior Data Engineer",
            interviewers=["Kaveh Ansari", "Shirin Mohammadzadeh"],
            emails=["kaveh.ansari@zagrosanalytics.example", "shirin.mz@zagrosanalytics.example"],
            notes="Iran Standard Time, +03:30 all year since Iran dropped DST.",
        ),
    )
)

# --- Outlook, Singapore time for a Yangon user (+06:30) ----------------------------------------
S = "2027-10-07 14:00"
add(
    outlook(
        THANDAR,
        "outlook-singapore-time-yangon-user",
        "interview",
        start=S,
        zone="Singapore Standard Time",
        when_zone="(UTC+08:00) Kuala Lumpur, Singapore",
        minutes=45,
        subject="Interview: Regional Payroll Specialist (Myanmar desk)",
        organizer=("Nurul Huda Ismail", "nurulhuda.ismail@merlionpayroll.example"),
        attendees=[("Kyaw Zin Htet", "kyawzin.htet@merlionpayroll.example")],
        date=dh("2027-09-30 10:15:00", "Asia/Singapore"),
        text="""Hi Thandar,

Please find the invite for your interview with Kyaw Zin Htet, Payroll Manager for Myanmar and Cambodia. Note the time is Singapore time; in Yangon it is 12:30.

Regards,
Nurul Huda Ismail
Talent Acquisition, Merlion Payroll Services""",
        label=iv(
            iso(S, "Asia/Singapore"),
            "Asia/Singapore",
            company="Merlion Payroll Services",
            role="Regional Payroll Specialist",
            interviewers=["Kyaw Zin Htet"],
            emails=["kyawzin.htet@merlionpayroll.example"],
            notes="Singapore time for a Yangon user (+06:30): 12:30 local.",
        ),
    )
)

# --- Outlook, Sydney time for a Darwin user after AEDT starts ----------------------------------
S = "2027-10-05 10:00"
add(
    outlook(
        JARRAH,
        "outlook-sydney-time-darwin-user",
        "interview",
        start=S,
        zone="AUS Eastern Standard Time",
        when_zone="(UTC+10:00) Canberra, Melbourne, Sydney",
        minutes=60,
        subject="Jarrah Whitlock - Interview - Environmental Compliance Officer",
        organizer=("Georgina Ashcombe", "georgina.ashcombe@ironbarkminerals.example"),
        attendees=[
            ("Rhys Tamblyn", "rhys.tamblyn@ironbarkminerals.example"),
            ("Kirra Anderson", "kirra.anderson@ironbarkminerals.example"),
        ],
        date=dh("2027-09-27 13:30:00", "Australia/Sydney"),
        text="""Hi Jarrah,

Thanks for making time. Panel: Rhys Tamblyn (Environment Superintendent) and Kirra Anderson (Community Relations Lead). I'll join at the start to introduce everyone.

Heads up - NSW moves to daylight saving on Sunday 3 October, so this will be 8:30am in Darwin.

Cheers,
Georgina Ashcombe
People & Culture, Ironbark Minerals""",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Ironbark Minerals",
            role="Environmental Compliance Officer",
            interviewers=["Rhys Tamblyn", "Kirra Anderson"],
            emails=[
                "rhys.tamblyn@ironbarkminerals.example",
                "kirra.anderson@ironbarkminerals.example",
            ],
            notes="AUS Eastern after the 3 Oct switch (+11:00) for Darwin (+09:30, no DST); When: prints +10:00.",
        ),
    )
)

# --- Outlook, Saskatchewan (no DST) ------------------------------------------------------------
S = "2027-11-08 13:00"
add(
    outlook(
        BRENT,
        "outlook-saskatchewan-prairie-coop",
        "interview",
        start=S,
        zone="Canada Central Standard Time",
        when_zone="(UTC-06:00) Saskatchewan",
        minutes=60,
        subject="Interview - Agronomy Data Coordinator",
        organizer=("Dana Wiebe", "dana.wiebe@prairiesedgecoop.example"),
        attendees=[("Harold Kozak", "harold.kozak@prairiesedgecoop.example")],
        date=dh("2027-11-01 08:44:00", "America/Regina"),
        location="Prairie's Edge Co-op, 1900 Albert St, Regina - Room 204",
        with_teams=False,
        text="""Hi Brent,

Confirming your in-person interview with Harold Kozak (Manager, Agronomy Services) and myself. Parking is free behind the building; check in with reception on the main floor.

Dana Wiebe
HR Generalist""",
        label=iv(
            iso(S, "America/Regina"),
            "America/Regina",
            company="Prairie's Edge Co-op",
            role="Agronomy Data Coordinator",
            interviewers=["Harold Kozak", "Dana Wiebe"],
            emails=["harold.kozak@prairiesedgecoop.example", "dana.wiebe@prairiesedgecoop.example"],
            notes="Canada Central Standard Time (Regina, -06:00 all year), the day after the US/Canada switch elsewhere.",
        ),
    )
)

# --- Outlook on the web: HTML only, no When: line, in the week the gap to London is 4 hours -----
S = "2027-11-03 11:00"
add(
    outlook(
        DESMOND,
        "owa-html-only-new-york-london-gap",
        "interview",
        start=S,
        zone="Eastern Standard Time",
        when_zone="(UTC-05:00) Eastern Time (US & Canada)",
        minutes=45,
        subject="Desmond Okonjo-Price | Vantage Quay Capital | Credit Analyst - Round 2",
        organizer=("Harriet Lowther", "harriet.lowther@vantagequay.example"),
        attendees=[
            ("Julian Okonkwo-Reeves", "julian.okonkwo-reeves@vantagequay.example"),
            ("Sophie Anand", "sophie.anand@vantagequay.example"),
        ],
        date=dh("2027-10-28 15:20:00", "Europe/London"),
        when_line=False,
        html_only=True,
        text="""Hi Desmond,

Round 2 is with Julian Okonkwo-Reeves (Head of Credit, London) and Sophie Anand (VP, New York). Julian will join from London, where the clocks will already have gone back, so please go by the calendar entry rather than any time you work out yourself.

Kind regards,
Harriet Lowther
Talent Partner""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Vantage Quay Capital",
            role="Credit Analyst",
            interviewers=["Julian Okonkwo-Reeves", "Sophie Anand"],
            emails=[
                "julian.okonkwo-reeves@vantagequay.example",
                "sophie.anand@vantagequay.example",
            ],
            notes="Outlook on the web: HTML only, no When: line; the time is only in the calendar (EDT, between the EU and US switches).",
        ),
    )
)

# --- Outlook update, SEQUENCE 2, Alaska -----------------------------------------------------
S = "2027-10-21 09:00"
add(
    outlook(
        KAYLEE,
        "outlook-updated-alaska-seq2",
        "interview",
        start=S,
        zone="Alaskan Standard Time",
        when_zone="(UTC-09:00) Alaska",
        minutes=60,
        subject="Interview: Fisheries Data Technician - Kaylee Marchbanks",
        prefix="Updated: ",
        sequence=2,
        organizer=("Lorraine Tsosie-Berg", "lorraine.tsosieberg@kenaitidewater.example"),
        attendees=[("Dmitri Volkov", "dmitri.volkov@kenaitidewater.example")],
        date=dh("2027-10-15 16:10:00", "America/Anchorage"),
        text="""Kaylee - moving us one more time, sorry! Dmitri's boat is back Wednesday night so Thursday morning works for everyone. Same Teams link.

Lorraine""",
        label=iv(
            iso(S, "America/Anchorage"),
            "America/Anchorage",
            company="Kenai Tidewater Research",
            role="Fisheries Data Technician",
            interviewers=["Lorraine Tsosie-Berg", "Dmitri Volkov"],
            emails=[
                "lorraine.tsosieberg@kenaitidewater.example",
                "dmitri.volkov@kenaitidewater.example",
            ],
            notes="Exchange update SEQUENCE 2 with 'Updated:' prefix; Alaska (AKDT, -08:00).",
        ),
    )
)

# --- Outlook with a Zoom block instead of Teams, Pakistan ---------------------------------------
S = "2027-10-26 16:00"
add(
    outlook(
        AYESHA,
        "outlook-zoom-block-karachi",
        "interview",
        start=S,
        zone="Pakistan Standard Time",
        when_zone="(UTC+05:00) Islamabad, Karachi",
        minutes=60,
        subject="Interview - Ayesha Qureshi-Malik - QA Automation Lead",
        organizer=("Bilal Haider", "bilal.haider@indusloop.example"),
        attendees=[("Sana Javed", "sana.javed@indusloop.example")],
        date=dh("2027-10-20 12:25:00", "Asia/Karachi"),
        with_teams=False,
        location="https://indusloop.zoom.us/j/86120457733?pwd=Qk9xT2ZyV1",
        text="""Dear Ayesha,

Your interview with Sana Javed (Director of Engineering) is scheduled as per the invite. It will be 60 minutes including a short test-strategy exercise.

Join Zoom Meeting
https://indusloop.zoom.us/j/86120457733?pwd=Qk9xT2ZyV1

Meeting ID: 861 2045 7733
Passcode: 551903

Regards,
Bilal Haider
Talent Acquisition, IndusLoop""",
        label=iv(
            iso(S, "Asia/Karachi"),
            "Asia/Karachi",
            company="IndusLoop",
            role="QA Automation Lead",
            interviewers=["Sana Javed"],
            emails=["sana.javed@indusloop.example"],
            notes="Outlook request with a pasted Zoom block and Zoom URL as location.",
        ),
    )
)

# --- Zoom Scheduler booking confirmation, .ics in UTC, Pacific -----------------------------------
S = "2027-11-05 10:30"
ics = event(
    uid=uid("zoom-sched-harper", "zoom.us"),
    start=S,
    zone=None,
    utc_zone="America/Los_Angeles",
    minutes=45,
    summary="Technical Screen (Harper Quinlan)",
    organizer=("Owen Castellanos", "owen.castellanos@tidelinerobotics.example"),
    attendees=[("Harper Quinlan", HARPER.addresses[0])],
    description="Join Zoom Meeting: https://tidelinerobotics.zoom.us/j/94417220581",
    location="https://tidelinerobotics.zoom.us/j/94417220581",
    prodid=ZOOM,
    method="REQUEST",
)
add(
    mail(
        HARPER,
        "zoom-scheduler-technical-screen",
        "interview",
        frm=("Zoom Scheduler", "no-reply@zoom.us"),
        reply_to=("Owen Castellanos", "owen.castellanos@tidelinerobotics.example"),
        subject="Confirmed: Technical Screen with Owen Castellanos",
        date=dh("2027-10-29 18:03:00", "America/Los_Angeles"),
        body=f"""Hi Harper Quinlan,

Your appointment has been scheduled.

Technical Screen
{d(S, "usy")}
{t12(S)} - {t12(plus(S, 45))} (GMT-07:00) Pacific Time (US and Canada)

Host: Owen Castellanos (Staff Engineer, Tideline Robotics)

Join Zoom Meeting
https://tidelinerobotics.zoom.us/j/94417220581

Need to make changes? Reschedule or cancel:
https://scheduler.zoom.us/owen-castellanos/technical-screen/manage

Powered by Zoom Scheduler""",
        html_auto=True,
        ics=ics,
        ics_mode="attach",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Tideline Robotics",
            interviewers=["Owen Castellanos"],
            emails=["owen.castellanos@tidelinerobotics.example"],
            notes="Zoom Scheduler booking, .ics in UTC; the Friday before the US switch (PDT).",
        ),
    )
)

# --- Webex invitation through webex.com, Berlin host, Dhaka user --------------------------------
S = "2027-10-26 10:00"
ics = event(
    uid=uid("webex-farhan", "webex.com"),
    start=S,
    zone="Europe/Berlin",
    minutes=60,
    summary="Interview Farhan Chowdhury - Embedded Firmware Engineer",
    organizer=("Sabine Kettler", "sabine.kettler@nordlichtsensorik.example"),
    attendees=[("Farhan Chowdhury", FARHAN.addresses[0])],
    description="Join: https://nordlichtsensorik.webex.com/nordlichtsensorik/j.php?MTID=m5d0c1a",
    location="https://nordlichtsensorik.webex.com/meet/sabine.kettler",
    prodid=WEBEX,
)
add(
    mail(
        FARHAN,
        "webex-berlin-host-dhaka",
        "interview",
        frm=("Sabine Kettler via Webex", "messenger@webex.com"),
        reply_to=("Sabine Kettler", "sabine.kettler@nordlichtsensorik.example"),
        subject="Webex meeting invitation: Interview Farhan Chowdhury - Embedded Firmware Engineer",
        date=dh("2027-10-18 09:41:00", "Europe/Berlin"),
        body=f"""Sabine Kettler invites you to join this Webex meeting.

Interview Farhan Chowdhury - Embedded Firmware Engineer
{d(S, "usy")} {t12(S)} | 1 hour | (UTC+02:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

Join meeting
https://nordlichtsensorik.webex.com/nordlichtsensorik/j.php?MTID=m5d0c1a

More ways to join:
Meeting number (access code): 2637 118 4059
Meeting password: Fw7pQx2

Agenda: 15 min introduction with Sabine Kettler (Engineering Manager), 45 min firmware deep dive with Matthias Brüggemann (Principal Engineer).

When it's time, join the Webex meeting here.""",
        html_auto=True,
        ics=ics,
        ics_mode="attach",
        ics_name="WebexMeeting.ics",
        label=iv(
            iso(S, "Europe/Berlin"),
            "Europe/Berlin",
            company="Nordlicht Sensorik",
            role="Embedded Firmware Engineer",
            interviewers=["Sabine Kettler", "Matthias Brüggemann"],
            emails=["sabine.kettler@nordlichtsensorik.example"],
            notes="Webex mail from messenger@webex.com; Berlin still on CEST (+02:00) the week before the EU switch; 14:00 in Dhaka.",
        ),
    )
)

# --- iCloud invitation from a founder, Colombo ------------------------------------------------
S = "2027-10-13 19:30"
ics = event(
    uid=uid("icloud-dilani", "apple"),
    start=S,
    zone="Asia/Colombo",
    minutes=45,
    summary="Chat with Dilani re: founding engineer",
    organizer=("Ruwan Jayasekera", "ruwan.jayasekera@icloud.com"),
    attendees=[("Dilani Wickramaratne", DILANI.addresses[0])],
    description="Second conversation - this one with my co-founder Ishara Gunawardena too.",
    location="FaceTime",
    prodid=ICLOUD,
)
add(
    mail(
        DILANI,
        "icloud-founder-founding-engineer",
        "interview",
        frm=("Ruwan Jayasekera", "ruwan.jayasekera@icloud.com"),
        subject="Invitation: Chat with Dilani re: founding engineer",
        date=dh("2027-10-09 22:14:00", "Asia/Colombo"),
        body=f"""Ruwan Jayasekera has invited you to "Chat with Dilani re: founding engineer".

{d(S, "usy")}, {t12(S)} to {t12(plus(S, 45))} (Sri Lanka)
FaceTime

Second conversation - this one with my co-founder Ishara Gunawardena too. We're Kithul Labs, still pre-seed.

Accept  Decline  Maybe
https://www.icloud.com/calendar/""",
        html_auto=True,
        ics=ics,
        ics_mode="attach",
        label=iv(
            iso(S, "Asia/Colombo"),
            "Asia/Colombo",
            company="Kithul Labs",
            role="Founding Engineer",
            interviewers=["Ruwan Jayasekera", "Ishara Gunawardena"],
            emails=["ruwan.jayasekera@icloud.com"],
            notes="iCloud invitation from a founder's personal address; an evening 'chat' that is the second interview.",
        ),
    )
)

# --- Apple Calendar .ics attached by a hiring manager in Istanbul ------------------------------
S = "2027-11-11 10:00"
ics = event(
    uid=uid("apple-elif", "apple"),
    start=S,
    zone="Europe/Istanbul",
    minutes=60,
    summary="Elif - görüşme / interview",
    organizer=("Murat Erdem", "murat.erdem@bogazicilojistik.example"),
    attendees=[("Elif Karaosmanoğlu", ELIF.addresses[0])],
    location="Boğaziçi Lojistik, Maslak 1453, A Blok Kat 12",
    prodid=APPLE,
    method="REQUEST",
)
add(
    mail(
        ELIF,
        "apple-ics-istanbul-hiring-manager",
        "interview",
        frm=("Murat Erdem", "murat.erdem@bogazicilojistik.example"),
        subject="Interview next Thursday",
        date=dh("2027-11-03 18:47:00", "Europe/Istanbul"),
        body=f"""Hi Elif,

Great talking earlier. As promised, calendar entry attached for {d(S, "us")} at 10:00 at our Maslak office - you'll meet me and Deniz Aktaş from finance. Ask for me at the A Blok reception.

Murat

Sent from my iPhone""",
        ics=ics,
        ics_mode="attach",
        ics_name="Elif - görüşme.ics",
        extra=[("X-Mailer", "iPhone Mail (22B83)")],
        label=iv(
            iso(S, "Europe/Istanbul"),
            "Europe/Istanbul",
            company="Boğaziçi Lojistik",
            interviewers=["Murat Erdem", "Deniz Aktaş"],
            emails=["murat.erdem@bogazicilojistik.example"],
            notes="Apple .ics with a non-ASCII file name; Istanbul +03:00 without DST.",
        ),
    )
)

# --- Thunderbird (Lightning) invitation, Kyiv, the week before the EU switch ------------------
S = "2027-10-28 15:00"
ics = event(
    uid=uid("tb-oksana", "thunderbird.example"),
    start=S,
    zone="Europe/Kyiv",
    minutes=60,
    summary="Interview: Localization Project Manager (Oksana Hrytsenko)",
    organizer=("Taras Bondarenko", "taras.bondarenko@dniprolingua.example"),
    attendees=[
        ("Oksana Hrytsenko", OKSANA.addresses[0]),
        ("Iryna Savchuk", "iryna.savchuk@dniprolingua.example"),
    ],
    description="Hiring manager interview. Iryna Savchuk (Head of Delivery) will lead.",
    location="Google Meet: meet.google.com/xqe-tmvb-hap",
    prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
)
add(
    mail(
        OKSANA,
        "thunderbird-invite-kyiv-localization",
        "interview",
        frm=("Taras Bondarenko", "taras.bondarenko@dniprolingua.example"),
        subject="Invitation: Interview: Localization Project Manager (Oksana Hrytsenko) @ "
        f"{d(S, 'short')}, 2027 {t24(S)}",
        date=dh("2027-10-21 12:30:00", "Europe/Kyiv"),
        body=f"""Taras Bondarenko has invited you to:

Interview: Localization Project Manager (Oksana Hrytsenko)
When: {d(S, "usy")} {t24(S)} - {t24(plus(S, 60))} (Europe/Kyiv)
Where: Google Meet: meet.google.com/xqe-tmvb-hap
Attendees: Iryna Savchuk, Oksana Hrytsenko

Hiring manager interview. Iryna Savchuk (Head of Delivery) will lead.""",
        ics=ics,
        ics_mode="inline",
        extra=[("User-Agent", "Mozilla Thunderbird")],
        label=iv(
            iso(S, "Europe/Kyiv"),
            "Europe/Kyiv",
            company="Dnipro Lingua",
            role="Localization Project Manager",
            interviewers=["Iryna Savchuk", "Taras Bondarenko"],
            emails=["iryna.savchuk@dniprolingua.example", "taras.bondarenko@dniprolingua.example"],
            notes="Thunderbird/Lightning shape; Kyiv on EEST (+03:00) three days before the switch.",
        ),
    )
)

# --- Zoho Calendar invitation, Reykjavik (UTC all year) ----------------------------------------
S = "2027-10-20 13:00"
ics = event(
    uid=uid("zoho-sigrun", "zoho.com"),
    start=S,
    zone="Atlantic/Reykjavik",
    minutes=60,
    summary="Viðtal / Interview - Sigrún Pálsdóttir - Geothermal Process Engineer",
    organizer=("Einar Guðmundsson", "einar.gudmundsson@hverahitiorka.example"),
    attendees=[
        ("Sigrún Pálsdóttir", SIGRUN.addresses[0]),
        ("Hanna Lísa Björnsdóttir", "hannalisa@hverahitiorka.example"),
    ],
    location="Hverahiti Orka, Grensásvegur 9, Reykjavík",
    prodid="-//Zoho Corporation//Zoho Calendar//EN",
)
add(
    mail(
        SIGRUN,
        "zoho-calendar-reykjavik",
        "interview",
        frm=("Einar Guðmundsson", "einar.gudmundsson@hverahitiorka.example"),
        sender="Zoho Calendar <notification@calendar.zoho.com>",
        subject="Invitation: Viðtal / Interview - Sigrún Pálsdóttir - Geothermal Process Engineer",
        date=dh("2027-10-12 10:05:00", "Atlantic/Reykjavik"),
        body=f"""Einar Guðmundsson has invited you to an event.

Viðtal / Interview - Sigrún Pálsdóttir - Geothermal Process Engineer
Date: {d(S, "abbr")} 2027, {t12(S)} - {t12(plus(S, 60))} GMT
Location: Hverahiti Orka, Grensásvegur 9, Reykjavík
Participants: Hanna Lísa Björnsdóttir, Sigrún Pálsdóttir

Going?  Yes  No  Maybe""",
        html_auto=True,
        ics=ics,
        ics_mode="both",
        subject_method="B",
        label=iv(
            iso(S, "Atlantic/Reykjavik"),
            "Atlantic/Reykjavik",
            company="Hverahiti Orka",
            role="Geothermal Process Engineer",
            interviewers=["Einar Guðmundsson", "Hanna Lísa Björnsdóttir"],
            emails=["einar.gudmundsson@hverahitiorka.example", "hannalisa@hverahitiorka.example"],
            notes="Zoho Calendar shape; RFC 2047 B subject with Icelandic letters; Reykjavik is UTC all year.",
        ),
    )
)

# --- Google reminder notification, Casablanca ----------------------------------------------------
S = "2027-10-12 11:00"
add(
    mail(
        YOUSRA,
        "google-reminder-notification-casablanca",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Notification: Entretien - Chargée de projets RSE @ {d(S, 'short')}, 2027 "
        f"{t12(S, compact=True)} - {t12(plus(S, 60), compact=True)} (GMT+1) ({YOUSRA.addresses[0]})",
        date=dh("2027-10-12 10:30:00", "Africa/Casablanca"),
        body=f"""This is a reminder for the following event.

Entretien - Chargée de projets RSE
{d(S, "short")}, 2027 ⋅ {t12(S, compact=True)} – {t12(plus(S, 60), compact=True)} (Morocco Time - Casablanca)

Join with Google Meet
meet.google.com/tsa-bqwe-kro

Organizer
Salma Berrada

Guests
Salma Berrada - organizer
Youssef Tazi
{YOUSRA.addresses[0]}

Reminder from Google Calendar
You are receiving this email because you set an email notification for this event.""",
        html_auto=True,
        msgid_domain="google.com",
        label=iv(
            iso(S, "Africa/Casablanca"),
            "Africa/Casablanca",
            company=None,
            interviewers=["Salma Berrada", "Youssef Tazi"],
            notes="Google reminder (no calendar part), 30 minutes before; Morocco on +01:00 outside Ramadan; company not named.",
        ),
    )
)

# --- Outlook, Teams, London recruiter, Edinburgh user, 12-hour text in GMT ---------------------
S = "2027-11-09 14:00"
add(
    outlook(
        ISLA,
        "teams-edinburgh-case-interview",
        "interview",
        start=S,
        zone="GMT Standard Time",
        when_zone="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        minutes=90,
        subject="Case interview - Isla Drummond - Associate Consultant",
        organizer=("Rosalind Achterberg", "rosalind.achterberg@thistlegateconsulting.example"),
        attendees=[
            ("Fergus MacInnes", "fergus.macinnes@thistlegateconsulting.example"),
            ("Adaeze Nwosu", "adaeze.nwosu@thistlegateconsulting.example"),
        ],
        date=dh("2027-11-01 09:58:00", "Europe/London"),
        lang="en",
        text="""Dear Isla,

Please find attached the invitation to your case interview. You will meet Fergus MacInnes (Principal) for the case (60 minutes) and Adaeze Nwosu (Manager) for a 30-minute fit conversation.

Have a pen and paper to hand; you will not need Excel.

Kind regards,
Rosalind Achterberg
Recruitment Coordinator""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Thistlegate Consulting",
            role="Associate Consultant",
            interviewers=["Fergus MacInnes", "Adaeze Nwosu"],
            emails=[
                "fergus.macinnes@thistlegateconsulting.example",
                "adaeze.nwosu@thistlegateconsulting.example",
            ],
            notes="Teams request in GMT Standard Time after the UK switch; coordinator not an interviewer.",
        ),
    )
)
