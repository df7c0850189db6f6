"""Interviews arriving as calendar invitations: Google, Exchange/Teams, Zoom, Webex, Apple,
Fastmail, Proton, Yahoo; updates and a Google reminder."""

from __future__ import annotations

from .kit import (
    ALEJANDRO,
    BRONWYN,
    CALLUM,
    COLTON,
    EVAN,
    FASTMAIL,
    HARUTO,
    HINEMOA,
    ICLOUD,
    KIERAN,
    NADINE,
    NALEDI,
    OUTLOOK,
    PARVEEN,
    PRABIN,
    PROTON,
    SIDDHARTH,
    SIOBHAN,
    TAMIKA,
    THIAGO,
    WEBEX,
    YAHOO,
    ZHANG,
    ZOOM,
    Msg,
    conv,
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

# --- Google, New York organiser, Lima candidate, the week after the US switch -------------------
S = "2027-03-16 11:00"
add(
    google(
        ALEJANDRO,
        "google-invite-brightwater-lima",
        "interview",
        start=S,
        zone="America/New_York",
        minutes=45,
        summary="Alejandro Castillo Vega <> Brightwater Ledger | Hiring Manager Interview",
        organizer=("Shauna Whitcombe", "shauna.whitcombe@brightwaterledger.example"),
        guests=[("Devika Rao-Henley", "devika.raohenley@brightwaterledger.example")],
        date=dh("2027-03-10 16:41:00", "America/New_York"),
        wr_timezone="America/New_York",
        meet="vqd-jxno-wte",
        note=(
            "Hiring manager interview with Devika Rao-Henley (Director, LATAM Finance "
            "Operations) for the Senior FP&A Analyst role.\n\nNote: New York moves its "
            "clocks forward on March 14, so this is 10am in Lima."
        ),
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Brightwater Ledger",
            role="Senior FP&A Analyst",
            interviewers=["Devika Rao-Henley"],
            emails=["devika.raohenley@brightwaterledger.example"],
            notes="Google invitation with X-WR-TIMEZONE New York; after the US switch (EDT), 10am in Lima.",
        ),
    )
)

# --- Outlook 'Customized Time Zone' for Brasília (no DST since 2019) ----------------------------
S = "2027-02-24 14:00"
add(
    outlook(
        THIAGO,
        "outlook-custom-tz-jatoba-saopaulo",
        "interview",
        start=S,
        zone="Customized Time Zone",
        when_zone="(UTC-03:00) Brasilia",
        minutes=60,
        subject="Entrevista técnica / Technical interview – Thiago Albuquerque (Data Platform)",
        organizer=("Renata Figueiredo Lins", "renata.lins@jatobaseguros.example"),
        attendees=[
            ("Gustavo Henrique Pacheco", "gustavo.pacheco@jatobaseguros.example"),
            ("Priscila Tanaka", "priscila.tanaka@jatobaseguros.example"),
        ],
        date=dh("2027-02-18 11:05:00", "America/Sao_Paulo"),
        text=f"""Hi Thiago,

As discussed on the phone, here is the invitation for the technical interview for the Data Platform Engineer position.

Interviewers: Gustavo Henrique Pacheco (Data Platform Tech Lead) and Priscila Tanaka (Staff Engineer). Expect a 40-minute system design conversation about streaming ingestion, then questions from you.

Please accept so it lands in your calendar. If {d(S, "usy")} no longer works, reply and I'll find another slot.

Renata Figueiredo Lins
Talent Acquisition | Jatobá Seguros""",
        label=iv(
            iso(S, "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Jatobá Seguros",
            role="Data Platform Engineer",
            interviewers=["Gustavo Henrique Pacheco", "Priscila Tanaka"],
            emails=[
                "gustavo.pacheco@jatobaseguros.example",
                "priscila.tanaka@jatobaseguros.example",
            ],
            notes="Exchange TZID 'Customized Time Zone' (fixed -03:00); the When: line names Brasilia.",
        ),
    )
)

# --- Outlook, Newfoundland Standard Time (-03:30) -----------------------------------------------
S = "2027-03-04 10:30"
add(
    outlook(
        SIOBHAN,
        "outlook-newfoundland-capelin-health",
        "interview",
        start=S,
        zone="Newfoundland Standard Time",
        when_zone="(UTC-03:30) Newfoundland",
        minutes=60,
        subject="Interview - Clinical Informatics Analyst - Siobhan Power",
        organizer=("Gerard Fitzpatrick", "gerard.fitzpatrick@capelinhealth.example"),
        attendees=[
            ("Oluwaseun Bakare", "oluwaseun.bakare@capelinhealth.example"),
            ("Mary-Catherine Hynes", "mc.hynes@capelinhealth.example"),
        ],
        date=dh("2027-02-25 14:12:00", "America/St_Johns"),
        location="Capelin Health, 4th floor boardroom, 20 Water Street, St. John's / Teams",
        text="""Good afternoon Siobhan,

Thank you for your interest in the Clinical Informatics Analyst position. You are invited to a panel interview with Oluwaseun Bakare (Manager, Clinical Systems), Mary-Catherine Hynes (Nurse Informaticist) and myself.

You can attend in person at our Water Street office or join on Teams from the link below - just let me know which you prefer.

Regards,
Gerard Fitzpatrick
Human Resources Advisor, Capelin Health""",
        label=iv(
            iso(S, "America/St_Johns"),
            "America/St_Johns",
            company="Capelin Health",
            role="Clinical Informatics Analyst",
            interviewers=["Gerard Fitzpatrick", "Oluwaseun Bakare", "Mary-Catherine Hynes"],
            emails=[
                "gerard.fitzpatrick@capelinhealth.example",
                "oluwaseun.bakare@capelinhealth.example",
                "mc.hynes@capelinhealth.example",
            ],
            notes="Newfoundland half-hour zone in standard time (-03:30); the HR advisor sits on the panel.",
        ),
    )
)

# --- Outlook, Nepal Standard Time (+05:45) ------------------------------------------------------
S = "2027-02-16 11:15"
add(
    outlook(
        PRABIN,
        "outlook-nepal-himalbyte",
        "interview",
        start=S,
        zone="Nepal Standard Time",
        when_zone="(UTC+05:45) Kathmandu",
        minutes=45,
        subject="Second round interview: Backend Engineer (Go) - Prabin Shrestha",
        organizer=("Sujata Maharjan", "sujata.maharjan@himalbyte.example"),
        attendees=[("Anish Tamrakar", "anish.tamrakar@himalbyte.example")],
        date=dh("2027-02-12 16:48:00", "Asia/Kathmandu"),
        location="Microsoft Teams Meeting",
        text="""Dear Prabin,

Congratulations on clearing the first round. Your second round will be a live coding and code review session with Anish Tamrakar, Engineering Lead.

Please keep your camera on and have Go 1.22 installed locally.

Best regards,
Sujata Maharjan
HR Officer | HimalByte Technologies Pvt. Ltd.
Jhamsikhel, Lalitpur""",
        label=iv(
            iso(S, "Asia/Kathmandu"),
            "Asia/Kathmandu",
            company="HimalByte Technologies",
            role="Backend Engineer (Go)",
            interviewers=["Anish Tamrakar"],
            emails=["anish.tamrakar@himalbyte.example"],
            notes="Nepal's +05:45 offset in a Windows VTIMEZONE.",
        ),
    )
)

# --- Zoom PUBLISH in UTC, US host, Tokyo candidate, before the US switch --------------------------
S = "2027-03-11 09:00"
US = conv(S, "Asia/Tokyo", "America/Los_Angeles")
add(
    mail(
        HARUTO,
        "zoom-kestrelridge-tokyo",
        "interview",
        frm=("Marisol Etxeberria", "marisol.e@kestrelridgegames.example"),
        subject="Kestrel Ridge Games - Interview with Lead Gameplay Engineer (Zoom)",
        date=dh("2027-03-04 18:20:00", "America/Los_Angeles"),
        body=f"""Hi Haruto,

Thanks for making time across the Pacific! Here's the Zoom for your interview with Wes Abernathy-Cho (Lead Gameplay Engineer). I've set it for your morning, {d(S, "usy")} at 9:00 AM Japan time (that's {t12(US)} on {d(US, "us")} for us in California).

Marisol Etxeberria is inviting you to a scheduled Zoom meeting.

Topic: Haruto Sasaki / Kestrel Ridge - Gameplay Engineer interview
Time: Mar 11, 2027 09:00 AM Osaka, Sapporo, Tokyo

Join Zoom Meeting
https://kestrelridge.zoom.us/j/84120375519?pwd=bG9yZW1pcHN1bWRvbG9y

Meeting ID: 841 2037 5519
Passcode: 604218

The .ics is attached if your calendar doesn't pick it up.

Marisol
Recruiting Coordinator, Kestrel Ridge Games
""",
        ics=event(
            uid="zoom-84120375519-20270311@zoom.us",
            start=S,
            zone=None,
            utc_zone="Asia/Tokyo",
            minutes=60,
            summary="Haruto Sasaki / Kestrel Ridge - Gameplay Engineer interview",
            organizer=("Marisol Etxeberria", "marisol.e@kestrelridgegames.example"),
            description="Join Zoom Meeting\nhttps://kestrelridge.zoom.us/j/84120375519?pwd=bG9yZW1pcHN1bWRvbG9y\nMeeting ID: 841 2037 5519",
            location="https://kestrelridge.zoom.us/j/84120375519?pwd=bG9yZW1pcHN1bWRvbG9y",
            method="PUBLISH",
            prodid=ZOOM,
        ),
        ics_mode="attach",
        ics_method="PUBLISH",
        ics_name="zoom_meeting.ics",
        label=iv(
            iso(S, "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Kestrel Ridge Games",
            role="Gameplay Engineer",
            interviewers=["Wes Abernathy-Cho"],
            notes="Zoom PUBLISH in UTC (the previous day in UTC and in California); text names Tokyo.",
        ),
    )
)

# --- Webex, Johannesburg ----------------------------------------------------------------------
S = "2027-03-04 14:00"
add(
    mail(
        NALEDI,
        "webex-umthombo-mining-jhb",
        "interview",
        frm=("Webex", "messenger@webex.com"),
        reply_to=("Lerato Dlamini-Pillay", "lerato.dlaminipillay@umthombominerals.example"),
        subject="Webex meeting invitation: Interview - Naledi Mokoena - Environmental Compliance Officer",
        date=dh("2027-02-26 09:31:00", "Africa/Johannesburg"),
        body=f"""Lerato Dlamini-Pillay invites you to join this Webex meeting.

Interview - Naledi Mokoena - Environmental Compliance Officer
Hosted by Lerato Dlamini-Pillay

{d(S, "usy")} {t12(S)} | (UTC+02:00) Harare, Pretoria | 1 hr 30 mins

Join meeting
https://umthombominerals.webex.com/umthombominerals/j.php?MTID=m3f0b7a9e1c2d4e5f60718293a4b5c6d7

More ways to join:
Meeting number (access code): 2654 118 9902
Meeting password: Umth2027!

Message from host:
Dear Naledi, your panel: Dr Sipho Ngcobo (Head: SHEQ) and Annelize van Rensburg (Environmental Manager, Mpumalanga operations). Please prepare a 10-minute presentation on water-use licence compliance.
""",
        ics=event(
            uid=uid("webex-umthombo", "webex.com"),
            start=S,
            zone="Africa/Johannesburg",
            minutes=90,
            summary="Interview - Naledi Mokoena - Environmental Compliance Officer",
            organizer=("Lerato Dlamini-Pillay", "lerato.dlaminipillay@umthombominerals.example"),
            attendees=[("Naledi Mokoena", "naledi.mokoena@example.org")],
            location="https://umthombominerals.webex.com/umthombominerals/j.php?MTID=m3f0b7a9e1c2d4e5f60718293a4b5c6d7",
            prodid=WEBEX,
        ),
        ics_mode="attach",
        ics_name="WebexMeeting.ics",
        label=iv(
            iso(S, "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Umthombo Minerals",
            role="Environmental Compliance Officer",
            interviewers=["Sipho Ngcobo", "Annelize van Rensburg"],
            notes="Webex host sends through webex.com; Windows display name '(UTC+02:00) Harare, Pretoria'; 'Dr' title dropped from the name.",
        ),
    )
)

# --- iCloud from a founder, Sydney, two days after AEDT ends ------------------------------------
S = "2027-04-06 16:00"
add(
    mail(
        BRONWYN,
        "icloud-founder-saltbush-sydney",
        "interview",
        frm=("Declan Moriarty-Finch", "declan.mf@icloud.com"),
        subject="Invitation: Saltbush final chat – Head of Operations @ Tue 6 Apr 2027 4:00 pm",
        date=dh("2027-04-01 21:14:00", "Australia/Sydney"),
        body=f"""Declan Moriarty-Finch has invited you to "Saltbush final chat – Head of Operations".

{d(S, "uky")}, 4:00 pm – 5:00 pm (AEST)
Saltbush Provisions, 12 Wattle Lane, Marrickville NSW

Hey Bronwyn, last step! You'll meet me and my co-founder Imogen Tsai over a coffee at the roastery. Not a grilling, promise. — D

Accept  Decline  Maybe
""",
        ics=event(
            uid=uid("icloud-saltbush", "apple"),
            start=S,
            zone="Australia/Sydney",
            minutes=60,
            summary="Saltbush final chat – Head of Operations",
            organizer=("Declan Moriarty-Finch", "declan.mf@icloud.com"),
            attendees=[
                ("Imogen Tsai", "imogen@saltbushprovisions.example"),
                ("Bronwyn McAllister", "bronwyn.mcallister@example.net"),
            ],
            location="Saltbush Provisions, 12 Wattle Lane, Marrickville NSW",
            description="Final interview for Head of Operations with Declan and Imogen.",
            prodid=ICLOUD,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Saltbush Provisions",
            role="Head of Operations",
            interviewers=["Declan Moriarty-Finch", "Imogen Tsai"],
            emails=["declan.mf@icloud.com", "imogen@saltbushprovisions.example"],
            notes="iCloud invitation from a founder's personal address; Sydney on standard time (+10:00) after 4 April.",
        ),
    )
)

# --- Fastmail, Amsterdam organiser, London user, after BST starts ------------------------------
S = "2027-03-30 11:00"
LON = conv(S, "Europe/Amsterdam", "Europe/London")
add(
    mail(
        CALLUM,
        "fastmail-invite-grachtvorm-london",
        "interview",
        frm=("Sanne Oosterhuis", "sanne@grachtvorm.example"),
        subject=f"Invitation: Interview Callum Fraser – Product Designer @ {d(S, 'abbr')} {t24(S)} CEST",
        date=dh("2027-03-24 15:02:00", "Europe/Amsterdam"),
        body=f"""Sanne Oosterhuis has invited you to an event:

Interview Callum Fraser – Product Designer
When: {d(S, "uky")} {t24(S)} – {t24(plus(S, 60))} (Europe/Amsterdam)
Where: https://whereby.example/grachtvorm-design
Organiser: Sanne Oosterhuis <sanne@grachtvorm.example>
Attendees: Joost van Leeuwen, Callum Fraser

Hi Callum, this is the portfolio review with Joost (Design Lead) and me. {t24(LON)} your time. Cheers, Sanne
""",
        ics=event(
            uid=uid("fastmail-grachtvorm", "fastmail"),
            start=S,
            zone="Europe/Amsterdam",
            minutes=60,
            summary="Interview Callum Fraser – Product Designer",
            organizer=("Sanne Oosterhuis", "sanne@grachtvorm.example"),
            attendees=[
                ("Joost van Leeuwen", "joost@grachtvorm.example"),
                ("Callum Fraser", "callum.fraser@example.com"),
            ],
            location="https://whereby.example/grachtvorm-design",
            prodid=FASTMAIL,
        ),
        ics_mode="attach",
        ics_name="event.ics",
        extra=[("X-Mailer", "MessagingEngine.com Webmail Interface")],
        label=iv(
            iso(S, "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Grachtvorm",
            role="Product Designer",
            interviewers=["Joost van Leeuwen", "Sanne Oosterhuis"],
            emails=["joost@grachtvorm.example", "sanne@grachtvorm.example"],
            notes="Fastmail invitation in CEST two days after both EU and UK switched; 10:00 BST for the user.",
        ),
    )
)

# --- Proton Calendar, Zurich, just before the EU switch -----------------------------------------
S = "2027-03-25 15:00"
add(
    mail(
        NADINE,
        "proton-invite-glarnersec-zurich",
        "interview",
        frm=("Reto Zimmermann", "reto.zimmermann@glarnersec.example"),
        subject="Invitation: Security Engineer – technical interview (Nadine Brunner)",
        date=dh("2027-03-18 10:44:00", "Europe/Zurich"),
        body=f"""Hello Nadine,

as promised, the invitation for the technical interview. We use Proton Calendar, so the invite is attached as an .ics file. English is fine for the interview.

{d(S, "uky")}, {t24(S)}–{t24(plus(S, 75))} (Zurich time)
Glarner Security AG, Hardturmstrasse 161, 8005 Zürich (3rd floor, ring "Glarner")

You'll meet Reto Zimmermann (Head of Offensive Security) and Svenja Aebischer (Senior Pentester).

Best regards,
Reto
""",
        ics=event(
            uid=uid("proton-glarner", "proton.me"),
            start=S,
            zone="Europe/Zurich",
            minutes=75,
            summary="Security Engineer – technical interview (Nadine Brunner)",
            organizer=("Reto Zimmermann", "reto.zimmermann@glarnersec.example"),
            attendees=[
                ("Svenja Aebischer", "svenja.aebischer@glarnersec.example"),
                ("Nadine Brunner", "nadine.brunner@example.com"),
            ],
            location="Glarner Security AG, Hardturmstrasse 161, 8005 Zürich",
            prodid=PROTON,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Europe/Zurich"),
            "Europe/Zurich",
            company="Glarner Security",
            role="Security Engineer",
            interviewers=["Reto Zimmermann", "Svenja Aebischer"],
            emails=["reto.zimmermann@glarnersec.example", "svenja.aebischer@glarnersec.example"],
            notes="Proton calendar; the Thursday before the EU switch (CET, +01:00).",
        ),
    )
)

# --- Yahoo Calendar, Phoenix, owner of a small business -----------------------------------------
S = "2027-03-17 07:30"
add(
    mail(
        COLTON,
        "yahoo-invite-saguaro-hvac",
        "interview",
        frm=("Doug Fairweather", "dfairweather.saguarohvac@yahoo.com"),
        subject="Interview - Service Manager position",
        date=dh("2027-03-12 19:55:00", "America/Phoenix"),
        body=f"""Colton,

Good talking with you today. Sending a calendar invite for the in-person interview at the shop, {d(S, "us")} at {t12(S, compact=True)}. We start early around here. Ask for me or Rosa Quintero (our office manager, she'll sit in).

2150 W Broadway Rd, Tempe. Park around back.

Doug Fairweather
Owner, Saguaro Comfort HVAC
(480) 555-0164

Sent from Yahoo Mail for iPhone
""",
        ics=event(
            uid=uid("yahoo-saguaro", "yahoo.com"),
            start=S,
            zone="America/Phoenix",
            minutes=60,
            summary="Interview - Colton Yazzie - Service Manager",
            organizer=("Doug Fairweather", "dfairweather.saguarohvac@yahoo.com"),
            attendees=[("Colton Yazzie", "colton.yazzie@example.org")],
            location="Saguaro Comfort HVAC, 2150 W Broadway Rd, Tempe AZ",
            prodid=YAHOO,
        ),
        ics_mode="attach",
        ics_name="invite.ics",
        label=iv(
            iso(S, "America/Phoenix"),
            "America/Phoenix",
            company="Saguaro Comfort HVAC",
            role="Service Manager",
            interviewers=["Doug Fairweather", "Rosa Quintero"],
            emails=["dfairweather.saguarohvac@yahoo.com"],
            notes="Yahoo calendar from an owner's personal address; Arizona stays on MST after the 14 March switch.",
        ),
    )
)

# --- Google update, SEQUENCE 2, moved across the US switch ------------------------------------
S = "2027-03-15 13:00"
add(
    google(
        EVAN,
        "google-update-driftmark-seq2",
        "interview",
        start=S,
        zone="America/Los_Angeles",
        minutes=60,
        summary="Driftmark Labs – Onsite Loop Part 2 (Evan Lindqvist)",
        organizer=("Keiko Yamauchi-Ross", "keiko.yr@driftmarklabs.example"),
        guests=[
            ("Bartholomew Osei", "bart.osei@driftmarklabs.example"),
            ("Ingrid Solheim", "ingrid.solheim@driftmarklabs.example"),
        ],
        date=dh("2027-03-11 10:26:00", "America/Los_Angeles"),
        sequence=2,
        updated="time",
        meet="hkp-wrst-omy",
        note="Part 2 of your loop: systems design (Bartholomew Osei) and values interview (Ingrid Solheim). Moved from Friday at your request.",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Driftmark Labs",
            role=None,
            interviewers=["Bartholomew Osei", "Ingrid Solheim"],
            emails=["bart.osei@driftmarklabs.example", "ingrid.solheim@driftmarklabs.example"],
            notes="Google update with SEQUENCE 2; the new day is the Monday after US DST begins (PDT).",
        ),
    )
)

# --- Outlook, New York organiser, London user, fortnight between the switches ----------------
S = "2027-03-22 10:00"
add(
    outlook(
        CALLUM,
        "outlook-eastern-halyard-capital",
        "interview",
        start=S,
        zone="Eastern Standard Time",
        when_zone="(UTC-05:00) Eastern Time (US & Canada)",
        minutes=45,
        subject="Halyard Capital | Callum Fraser | Quant Developer - 1st round",
        organizer=("Priyanka Venkataraman", "pvenkataraman@halyardcapital.example"),
        attendees=[("Nathaniel Osterberg", "nosterberg@halyardcapital.example")],
        date=dh("2027-03-17 12:40:00", "America/New_York"),
        text="""Hi Callum,

Please find your first round for the Quant Developer (London desk) role with Nathaniel Osterberg, Head of Rates Technology. He sits in New York; this is 2pm for you in London, as the US clocks have already changed.

Best,
Priyanka Venkataraman
Campus & Experienced Hire Recruiting""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Halyard Capital",
            role="Quant Developer",
            interviewers=["Nathaniel Osterberg"],
            emails=["nosterberg@halyardcapital.example"],
            notes="When: prints (UTC-05:00) but New York is on EDT (-04:00) from 14 March; London still on GMT.",
        ),
    )
)

# --- Outlook update, SEQUENCE 1, interviewer added ----------------------------------------------
S = "2027-03-09 15:00"
add(
    outlook(
        TAMIKA,
        "outlook-update-palisade-mutual",
        "interview",
        start=S,
        zone="Eastern Standard Time",
        when_zone="(UTC-05:00) Eastern Time (US & Canada)",
        minutes=60,
        subject="Interview: Tamika Jefferson - Compliance Program Manager",
        prefix="Updated: ",
        organizer=("Holly Brannigan", "hbrannigan@palisademutual.example"),
        attendees=[
            ("Reginald Okoro", "rokoro@palisademutual.example"),
            ("Sunita Varghese", "svarghese@palisademutual.example"),
        ],
        date=dh("2027-03-04 09:15:00", "America/New_York"),
        sequence=1,
        location="Palisade Mutual, 1 Liberty Plaza, 22nd Fl, Conf Rm Hudson",
        with_teams=False,
        text="""Hi Tamika - updating the invite: Sunita Varghese (Chief Compliance Officer) will join Reginald Okoro for the full hour. Same time, same room. Please bring a photo ID for the lobby.

Holly Brannigan
Talent Acquisition Partner""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Palisade Mutual",
            role="Compliance Program Manager",
            interviewers=["Reginald Okoro", "Sunita Varghese"],
            emails=["rokoro@palisademutual.example", "svarghese@palisademutual.example"],
            notes="Exchange update (SEQUENCE 1), subject prefixed 'Updated:'; the week before the US switch (EST).",
        ),
    )
)

# --- Google event notification (reminder, no calendar part), Edmonton -------------------------
S = "2027-03-10 09:00"
add(
    mail(
        PARVEEN,
        "google-notification-borealis-grid",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject=f"Notification: Interview: Parveen Sandhu - Grid Modernization Engineer @ {d(S, 'short')}, 2027 9am - 10:30am (MST) (parveen.sandhu@example.org)",
        date=dh("2027-03-10 08:30:00", "America/Edmonton"),
        body=f"""Interview: Parveen Sandhu - Grid Modernization Engineer
{d(S, "short").replace(" ", " ", 1)}, 2027 ⋅ 9am – 10:30am (Mountain Time - Edmonton)

Location
Borealis Grid Corp, 10180 101 St NW, Edmonton AB - Room 14B

Guests
Tyler Makokis - organizer
Agnieszka Wrobel-Dunn
parveen.sandhu@example.org

View all guest info

Reminder from Google Calendar

You are receiving this email because you set an email notification for this event.
""",
        html_auto=True,
        label=iv(
            iso(S, "America/Edmonton"),
            "America/Edmonton",
            company="Borealis Grid",
            role="Grid Modernization Engineer",
            interviewers=["Tyler Makokis", "Agnieszka Wrobel-Dunn"],
            notes="Google's own reminder half an hour before; no calendar part. Organizer's role not stated, counted as he sits in.",
        ),
    )
)

# --- Outlook/Teams, India Standard Time, panel of three ----------------------------------------
S = "2027-02-18 15:30"
add(
    outlook(
        SIDDHARTH,
        "teams-panel-vaayu-analytics-pune",
        "interview",
        start=S,
        zone="India Standard Time",
        when_zone="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
        minutes=90,
        subject="Panel Interview | Siddharth Kulkarni | Lead Data Scientist",
        organizer=("Ritika Bhattacharya", "ritika.b@vaayuanalytics.example"),
        attendees=[
            ("Venkatesh Iyer", "venkatesh.iyer@vaayuanalytics.example"),
            ("Farah Siddiqui", "farah.siddiqui@vaayuanalytics.example"),
            ("Rohan Mehrotra", "rohan.mehrotra@vaayuanalytics.example"),
        ],
        date=dh("2027-02-11 12:03:00", "Asia/Kolkata"),
        text="""Dear Siddharth,

Greetings from Vaayu Analytics!

Your panel interview for the Lead Data Scientist role is scheduled as per the details in this invite. The panel:
- Venkatesh Iyer, VP Data Science
- Farah Siddiqui, Principal ML Engineer
- Rohan Mehrotra, Director, Product Analytics

Kindly join 5 minutes early and keep a valid ID proof handy.

Thanks & Regards,
Ritika Bhattacharya
Talent Acquisition""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            "Asia/Kolkata",
            company="Vaayu Analytics",
            role="Lead Data Scientist",
            interviewers=["Venkatesh Iyer", "Farah Siddiqui", "Rohan Mehrotra"],
            emails=[
                "venkatesh.iyer@vaayuanalytics.example",
                "farah.siddiqui@vaayuanalytics.example",
                "rohan.mehrotra@vaayuanalytics.example",
            ],
            notes="Three named panellists with titles; coordinator not an interviewer.",
        ),
    )
)

# --- Google, Sydney organiser, Auckland candidate, both still on summer time -------------------
S = "2027-04-01 10:00"
add(
    google(
        HINEMOA,
        "google-invite-ironbark-auckland",
        "interview",
        start=S,
        zone="Australia/Sydney",
        minutes=60,
        summary="Ironbark Insurance | Hinemoa Parata | Claims Transformation Lead - Interview",
        organizer=("Fiona Gallagher", "fiona.gallagher@ironbarkinsurance.example"),
        guests=[("Matiu Kereama", "matiu.kereama@ironbarkinsurance.example")],
        date=dh("2027-03-25 14:50:00", "Australia/Sydney"),
        meet="tzr-bnae-qpw",
        note="Interview with Matiu Kereama, GM Claims (NZ). 12pm NZDT for you, Hinemoa.",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Ironbark Insurance",
            role="Claims Transformation Lead",
            interviewers=["Matiu Kereama"],
            emails=["matiu.kereama@ironbarkinsurance.example"],
            notes="Sydney organiser (AEDT) for an Auckland user (NZDT); three days before both end summer time.",
        ),
    )
)

# --- Outlook, W. Australia Standard Time, onsite in Perth --------------------------------------
S = "2027-03-03 09:00"
add(
    outlook(
        KIERAN,
        "outlook-perth-redgum-resources",
        "interview",
        start=S,
        zone="W. Australia Standard Time",
        when_zone="(UTC+08:00) Perth",
        minutes=120,
        subject="Interview - Senior Mine Planning Engineer - Kieran Walsh",
        organizer=("Shelley Marchbank", "shelley.marchbank@redgumresources.example"),
        attendees=[
            ("Andile Mthembu", "andile.mthembu@redgumresources.example"),
            ("Greg Pemberton-Hale", "greg.pembertonhale@redgumresources.example"),
        ],
        date=dh("2027-02-24 13:30:00", "Australia/Perth"),
        location="Redgum Resources, Level 18, 240 St Georges Terrace, Perth",
        with_teams=False,
        text="""Hi Kieran,

Thanks for confirming. Your interview will be face to face at our St Georges Tce office with Andile Mthembu (Mine Planning Superintendent) and Greg Pemberton-Hale (GM Technical Services). Allow two hours; the second hour is a Deswik exercise.

Please sign in at reception on level 18.

Kind regards,
Shelley Marchbank | Talent Acquisition Advisor""",
        lang="en-AU",
        label=iv(
            iso(S, "Australia/Perth"),
            "Australia/Perth",
            company="Redgum Resources",
            role="Senior Mine Planning Engineer",
            interviewers=["Andile Mthembu", "Greg Pemberton-Hale"],
            emails=[
                "andile.mthembu@redgumresources.example",
                "greg.pembertonhale@redgumresources.example",
            ],
            notes="Perth has no DST (+08:00).",
        ),
    )
)

# --- Outlook, Sydney time, for a Perth user ---------------------------------------------------
S = "2027-03-10 13:00"
add(
    outlook(
        KIERAN,
        "teams-aus-eastern-coolabah-water",
        "interview",
        start=S,
        zone="AUS Eastern Standard Time",
        when_zone="(UTC+10:00) Canberra, Melbourne, Sydney",
        minutes=45,
        subject="Video interview: Kieran Walsh / Coolabah Water - Asset Planning Lead",
        organizer=("Tahlia Ruggiero", "tahlia.ruggiero@coolabahwater.example"),
        attendees=[("Mehmet Yilmaz-Crane", "mehmet.yc@coolabahwater.example")],
        date=dh("2027-03-05 11:05:00", "Australia/Sydney"),
        text="""Hi Kieran,

Thanks for your time on the phone. As discussed, here is the Teams invite for the video interview with Mehmet Yilmaz-Crane (Head of Asset Strategy). The invite is in Sydney time - it should show as 10am in Perth.

Kind regards,
Tahlia""",
        lang="en-AU",
        label=iv(
            iso(S, "Australia/Sydney"),
            "Australia/Sydney",
            company="Coolabah Water",
            role="Asset Planning Lead",
            interviewers=["Mehmet Yilmaz-Crane"],
            emails=["mehmet.yc@coolabahwater.example"],
            notes="When: prints (UTC+10:00) during AEDT (+11:00); 10am for the Perth user.",
        ),
    )
)

# --- Google, London organiser, Shanghai user, the first working days of BST ------------------------
S = "2027-03-31 09:00"
add(
    google(
        ZHANG,
        "google-invite-fenwick-trade-shanghai",
        "interview",
        start=S,
        zone="Europe/London",
        minutes=60,
        summary="Zhang Yiming - Supply Chain Analyst (APAC) - interview",
        organizer=("Harriet Okonkwo-Blake", "harriet.ob@fenwicktrade.example"),
        guests=[("Oliver Quennell", "oliver.quennell@fenwicktrade.example")],
        date=dh("2027-03-25 17:20:00", "Europe/London"),
        meet="ecm-ywfa-rdk",
        note="Interview with Oliver Quennell (APAC Sourcing Director). UK clocks changed on 28 March: 9am BST is 4pm Shanghai.",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Fenwick Trade",
            role="Supply Chain Analyst (APAC)",
            interviewers=["Oliver Quennell"],
            emails=["oliver.quennell@fenwicktrade.example"],
            notes="London organiser in the first week of BST (+01:00); sent while still on GMT.",
        ),
    )
)

# --- Outlook/Teams, E. South America Standard Time (proper Windows name) ------------------------
S = "2027-03-02 10:00"
add(
    outlook(
        THIAGO,
        "teams-e-south-america-cerrado-agro",
        "interview",
        start=S,
        zone="E. South America Standard Time",
        when_zone="(UTC-03:00) Brasilia",
        minutes=60,
        subject="Interview | Analytics Engineer | Thiago Albuquerque",
        organizer=("Mariana Bittencourt", "mariana.bittencourt@cerradoagro.example"),
        attendees=[("Felipe Drummond", "felipe.drummond@cerradoagro.example")],
        date=dh("2027-02-25 15:47:00", "America/Sao_Paulo"),
        text="""Hi Thiago,

Following our conversation, I'm sending the invite for your interview with Felipe Drummond (Head of Data) for the Analytics Engineer role. The conversation will be in English for the first half, as the team is distributed.

Regards,
Mariana Bittencourt
People & Culture, Cerrado Agro""",
        label=iv(
            iso(S, "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Cerrado Agro",
            role="Analytics Engineer",
            interviewers=["Felipe Drummond"],
            emails=["felipe.drummond@cerradoagro.example"],
            notes="Windows TZID 'E. South America Standard Time' with no DST rules (Brazil dropped DST).",
        ),
    )
)

# --- Apple Calendar (.ics only body) from an Outlook-less startup, Edmonton -------------------
S = "2027-03-15 16:30"
add(
    mail(
        PARVEEN,
        "ics-only-body-chinook-robotics",
        "interview",
        frm=("Brandon Whitfield", "brandon@chinookrobotics.example"),
        subject="Chinook Robotics - controls interview",
        date=dh("2027-03-12 18:02:00", "America/Edmonton"),
        ics=event(
            uid=uid("apple-chinook", "apple"),
            start=S,
            zone="America/Edmonton",
            minutes=60,
            summary="Chinook Robotics - controls interview w/ Parveen",
            organizer=("Brandon Whitfield", "brandon@chinookrobotics.example"),
            attendees=[
                ("Parveen Sandhu", "parveen.sandhu@example.org"),
                ("Lucas Ferreira-Ng", "lucas@chinookrobotics.example"),
            ],
            description="Controls engineering interview with Brandon Whitfield (CTO) and Lucas Ferreira-Ng. Bring questions!",
            location="Chinook Robotics, 3803 Calgary Trail NW, Edmonton",
            prodid=OUTLOOK.replace(
                "Microsoft Exchange Server 2010", "-//Apple Inc.//macOS 15.3//EN"
            ),
        ),
        ics_mode="only",
        label=iv(
            iso(S, "America/Edmonton"),
            "America/Edmonton",
            company="Chinook Robotics",
            role=None,
            interviewers=["Brandon Whitfield", "Lucas Ferreira-Ng"],
            emails=["brandon@chinookrobotics.example", "lucas@chinookrobotics.example"],
            notes="The whole body is one text/calendar part; first Monday after the Canadian switch (MDT).",
        ),
    )
)
