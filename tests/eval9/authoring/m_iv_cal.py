"""Interviews (and a few cancellations) that arrive as calendar mail of every writer."""

from __future__ import annotations

from .kit import (
    AMINATA,
    APPLE,
    BRODIE,
    CALCOM,
    DESHAWN,
    EERO,
    FARIDA,
    FASTMAIL,
    GRAYSON,
    HARPREET,
    ICLOUD,
    KWAME,
    MCKENNA,
    OUTLOOK,
    PROTON,
    ROHIT,
    ROISIN,
    SEOYEON,
    TAYLA,
    THAO,
    USMAN,
    WEBEX,
    ZOFIA,
    ZOOM,
    Msg,
    conv,
    d,
    dh,
    exchange,
    gcal,
    invite,
    iso,
    iv,
    local,
    plus,
    t12,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Google invitation, Dubai, organiser is the hiring manager ------------------------------
S = "2029-02-13 10:00"
add(
    gcal(
        FARIDA,
        "gcal-saffrondhow-logistics-dubai",
        "interview",
        start=S,
        zone="Asia/Dubai",
        minutes=45,
        summary="Farida Al-Mansoori <> Saffron Dhow Logistics | Procurement Lead interview",
        organizer=("Hamdan Al-Suwaidi", "hamdan.suwaidi@saffrondhow.example"),
        guests=[("Leena Mathai", "leena.mathai@saffrondhow.example")],
        date=dh("2029-02-08 16:20:00", "Asia/Dubai"),
        note_text="First-round conversation with the Head of Supply Chain and our HR Business "
        "Partner. Please have your CV and notice period details to hand.",
        label=iv(
            iso(S, "Asia/Dubai"),
            "Asia/Dubai",
            company="Saffron Dhow Logistics",
            role="Procurement Lead",
            interviewers=["Hamdan Al-Suwaidi", "Leena Mathai"],
            emails=["hamdan.suwaidi@saffrondhow.example", "leena.mathai@saffrondhow.example"],
            notes="Google invitation in Gulf Standard Time; HR partner sits in the interview.",
        ),
    )
)

# --- Google update (SEQUENCE 1), Seoul user invited in Pacific time after the US switch ------
S = "2029-03-13 17:00"
add(
    gcal(
        SEOYEON,
        "gcal-update-kelpwire-seoul-pacific",
        "interview",
        start=S,
        zone="America/Los_Angeles",
        minutes=60,
        summary="Kelpwire – Technical interview (Yoon Ha-eun)",
        organizer=("Brandon Oyelowo", "brandon.oyelowo@kelpwire.example"),
        guests=[("Shreya Valluri", "shreya.valluri@kelpwire.example")],
        date=dh("2029-03-09 11:05:00", "Asia/Seoul"),
        updated="Time",
        sequence=1,
        note_text="Moved one hour later so it is 9am on Wednesday in Seoul. Live coding in "
        "CoderPad; the link will be in the chat.",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Kelpwire",
            role=None,
            interviewers=["Brandon Oyelowo", "Shreya Valluri"],
            emails=["brandon.oyelowo@kelpwire.example", "shreya.valluri@kelpwire.example"],
            notes="Google 'Updated invitation' (SEQUENCE 1) in Pacific time two days after the "
            "US switch (PDT); 09:00 Wednesday in Seoul.",
        ),
    )
)

# --- Exchange request, Pakistan Standard Time ----------------------------------------------
S = "2029-02-20 15:00"
add(
    exchange(
        USMAN,
        "exchange-indusbrook-karachi-panel",
        "interview",
        start=S,
        zone="Pakistan Standard Time",
        when_zone="(UTC+05:00) Islamabad, Karachi",
        minutes=60,
        subject="Interview: Treasury Analyst - Usman Qureshi-Baig",
        organizer=("Sana Ghazanfar", "sana.ghazanfar@indusbrook.example"),
        attendees=[
            ("Imtiaz Rehmani", "imtiaz.rehmani@indusbrook.example"),
            ("Faraz Alvi", "faraz.alvi@indusbrook.example"),
        ],
        date=dh("2029-02-14 12:41:00", "Asia/Karachi"),
        text="""Dear Usman,

Further to our call, please find the invitation for your panel interview for the Treasury Analyst position. The panel will be Mr. Imtiaz Rehmani (Group Treasurer) and Mr. Faraz Alvi (Manager Risk).

Kindly join five minutes early and keep your CNIC at hand for verification.

Regards,
Sana Ghazanfar
Talent Acquisition, Indusbrook Holdings""",
        label=iv(
            iso(S, "Asia/Karachi"),
            "Asia/Karachi",
            company="Indusbrook Holdings",
            role="Treasury Analyst",
            interviewers=["Imtiaz Rehmani", "Faraz Alvi"],
            emails=["imtiaz.rehmani@indusbrook.example", "faraz.alvi@indusbrook.example"],
            notes="Exchange request with the Windows TZID 'Pakistan Standard Time'; the "
            "coordinator who sends it is not on the panel.",
        ),
    )
)

# --- Exchange from a Chicago host to a Halifax user, the day after the switch ---------------
S = "2029-03-12 09:00"
add(
    exchange(
        GRAYSON,
        "exchange-prairiewind-central-halifax",
        "interview",
        start=S,
        zone="Central Standard Time",
        when_zone="(UTC-06:00) Central Time (US & Canada)",
        minutes=45,
        subject="Grayson Whitcombe / Prairiewind Mutual - Hiring Manager Interview",
        organizer=("Kristin Albrecht-Moy", "kristin.albrechtmoy@prairiewind.example"),
        attendees=[("Dwayne Castellanos", "dwayne.castellanos@prairiewind.example")],
        date=dh("2029-03-06 14:12:00", "America/Chicago"),
        text="""Hi Grayson,

As discussed, here is the invite for your conversation with Dwayne Castellanos, Director of Actuarial Services. I'll open the meeting and introduce you, then drop off.

Note the time is Central; please double-check your calendar since the clocks change this weekend.

Kristin""",
        label=iv(
            iso(S, "America/Chicago"),
            "America/Chicago",
            company="Prairiewind Mutual",
            role=None,
            interviewers=["Dwayne Castellanos"],
            emails=["dwayne.castellanos@prairiewind.example"],
            notes="Exchange in Central Standard Time the Monday after the US switch (CDT); "
            "the organiser introduces and leaves, so only the director interviews.",
        ),
    )
)

# --- Exchange, London host, Dublin user, the Tuesday after the EU switch --------------------
S = "2029-03-27 14:00"
add(
    exchange(
        ROISIN,
        "exchange-saltmarsh-analytics-dublin",
        "interview",
        start=S,
        zone="GMT Standard Time",
        when_zone="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        minutes=90,
        subject="Saltmarsh Analytics - Case study interview (Data Scientist)",
        organizer=("Imogen Featherstone", "imogen.featherstone@saltmarsh.example"),
        attendees=[
            ("Oluwaseun Adebayo-Clarke", "seun.adebayoclarke@saltmarsh.example"),
            ("Gareth Pryce", "gareth.pryce@saltmarsh.example"),
        ],
        date=dh("2029-03-21 10:30:00", "Europe/London"),
        text="""Hi Róisín,

Thanks for sending your availability. You'll present the case study for 30 minutes, followed by questions from Seun Adebayo-Clarke and Gareth Pryce.

Best wishes,
Imogen
People Team, Saltmarsh Analytics""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Saltmarsh Analytics",
            role="Data Scientist",
            interviewers=["Oluwaseun Adebayo-Clarke", "Gareth Pryce"],
            emails=["seun.adebayoclarke@saltmarsh.example", "gareth.pryce@saltmarsh.example"],
            notes="Outlook prints (UTC+00:00) though London and Dublin are on summer time "
            "(+01:00) after 25 March; text calls him Seun, the invite gives the full name.",
        ),
    )
)

# --- Zoom PUBLISH in UTC, Adelaide user, host in Singapore, the day after DST ends ----------
S = "2029-04-02 08:00"
ZONE = "Asia/Singapore"
x = local(S, ZONE)
add(
    invite(
        BRODIE,
        "zoom-utc-tidegate-singapore-adelaide",
        "interview",
        start=S,
        zone=None,
        utc_zone=ZONE,
        minutes=60,
        summary="Tidegate Robotics - Interview with Brodie Maclachlan",
        organizer=("Wei Lin Teo", "weilin.teo@tidegate.example"),
        prodid=ZOOM,
        method="PUBLISH",
        location="https://zoom.us/j/84150237716?pwd=TdgR0bQ",
        ics_mode="attach",
        ics_name="zoom.ics",
        frm=("Wei Lin Teo", "weilin.teo@tidegate.example"),
        subject="Zoom interview - Tidegate Robotics (Field Robotics Engineer)",
        date=dh("2029-03-28 17:44:00", ZONE),
        body=f"""Hi Brodie,

Wei Lin Teo is inviting you to a scheduled Zoom meeting.

Topic: Tidegate Robotics - Interview with Brodie Maclachlan
Time: {x:%b} {x.day}, {x.year} {t12(S).zfill(8)} Singapore

Join Zoom Meeting
https://zoom.us/j/84150237716?pwd=TdgR0bQ

Meeting ID: 841 5023 7716
Passcode: 552190

You'll speak with me and with Dr. Arjun Sethuraman, our Head of Field Engineering. I think that works out to 9:30 in the morning for you in Adelaide, but please check as your clocks go back this weekend.

Wei Lin
""",
        label=iv(
            iso(S, ZONE),
            ZONE,
            company="Tidegate Robotics",
            role="Field Robotics Engineer",
            interviewers=["Wei Lin Teo", "Arjun Sethuraman"],
            emails=["weilin.teo@tidegate.example"],
            notes="Zoom text in Singapore time, attached .ics in UTC (PUBLISH); the day after "
            "Adelaide leaves summer time (09:30 ACST).",
        ),
    )
)

# --- Exchange in Adelaide time to a Brisbane user, last days of ACDT ------------------------
S = "2029-03-29 13:00"
add(
    exchange(
        TAYLA,
        "exchange-adelaide-host-brisbane-user",
        "interview",
        start=S,
        zone="Cen. Australia Standard Time",
        when_zone="(UTC+09:30) Adelaide",
        minutes=60,
        subject="Interview - Senior Grants Officer (Tayla Henriksen)",
        organizer=("Rebecca Illingworth", "rebecca.illingworth@southgulfwater.example"),
        attendees=[
            ("Malcolm Trezise", "malcolm.trezise@southgulfwater.example"),
            ("Anh Dao", "anh.dao@southgulfwater.example"),
        ],
        date=dh("2029-03-22 09:15:00", "Australia/Adelaide"),
        text="""Good morning Tayla,

Thank you for your application for the Senior Grants Officer role with South Gulf Water. Please accept this invitation to a 60 minute interview via Teams with the panel: Malcolm Trezise (Manager, Funding Programs), Anh Dao (Senior Policy Advisor) and myself.

Please note the time shown is Adelaide time.

Kind regards,
Rebecca Illingworth
Recruitment Coordinator""",
        label=iv(
            iso(S, "Australia/Adelaide"),
            "Australia/Adelaide",
            company="South Gulf Water",
            role="Senior Grants Officer",
            interviewers=["Malcolm Trezise", "Anh Dao", "Rebecca Illingworth"],
            emails=[
                "malcolm.trezise@southgulfwater.example",
                "anh.dao@southgulfwater.example",
                "rebecca.illingworth@southgulfwater.example",
            ],
            notes="Cen. Australia Standard Time while Adelaide is still on ACDT (+10:30); "
            "12:30 in Brisbane. The coordinator says she sits on the panel ('and myself').",
        ),
    )
)

# --- iCloud invitation from a founder in Auckland to a Fiji user ---------------------------
S = "2029-03-28 15:00"
add(
    invite(
        ROHIT,
        "icloud-founder-auckland-fiji",
        "interview",
        start=S,
        zone="Pacific/Auckland",
        minutes=45,
        summary="Chat w/ Rohit – Kōwhai Freight",
        organizer=("Tama Whaanga", "tama.whaanga@kowhaifreight.example"),
        attendees=[("Rohit Chandra Prasad", "rohit.cprasad@example.com")],
        prodid=ICLOUD,
        location="FaceTime",
        frm=("Tama Whaanga", "tama.whaanga@kowhaifreight.example"),
        subject="Kōwhai Freight - ops manager role",
        date=dh("2029-03-24 20:02:00", "Pacific/Auckland"),
        body="""Kia ora Rohit,

Loved your application. Keen to have a proper chat about the ops manager role before we go further - invite attached for Wednesday, NZ time (I think that's 2pm for you in Suva). Just me this time, my co-founder will join a second round if we get there.

Ngā mihi,
Tama
Founder, Kōwhai Freight

Sent from my iPhone
""",
        label=iv(
            iso(S, "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Kōwhai Freight",
            role="Operations Manager",
            interviewers=["Tama Whaanga"],
            emails=["tama.whaanga@kowhaifreight.example"],
            notes="Founder's iCloud invite in NZDT (last weekend before NZ leaves summer time); "
            "informal 'chat' that is a first interview.",
        ),
    )
)

# --- Webex invitation, Geneva NGO, Dakar user ----------------------------------------------
S = "2029-03-20 10:00"
x = local(S, "Europe/Zurich")
add(
    invite(
        AMINATA,
        "webex-lakeshore-alliance-dakar",
        "interview",
        start=S,
        zone="Europe/Zurich",
        minutes=60,
        summary="Interview: Programme Officer, West Africa (A. Sow Diallo)",
        organizer=("Lakeshore Health Alliance Recruitment", "recruitment@lakeshorehealth.example"),
        attendees=[
            ("Beatrix Oppliger", "beatrix.oppliger@lakeshorehealth.example"),
            ("Moussa Kanté", "moussa.kante@lakeshorehealth.example"),
        ],
        prodid=WEBEX,
        ics_mode="both",
        location="https://lakeshorehealth.webex.com/meet/recruitment",
        frm=("Lakeshore Health Alliance Recruitment", "recruitment@lakeshorehealth.example"),
        sender="Webex <messenger@webex.com>",
        subject="Webex meeting invitation: Interview: Programme Officer, West Africa",
        date=dh("2029-03-12 08:50:00", "Europe/Zurich"),
        body=f"""Lakeshore Health Alliance Recruitment invites you to join this Webex meeting.

Interview: Programme Officer, West Africa (A. Sow Diallo)
{x:%A}, {x:%B} {x.day}, {x.year}
{t12(S)} | 1 hour | (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

Join meeting
https://lakeshorehealth.webex.com/meet/recruitment

Panel: Beatrix Oppliger (Head of Programmes) and Moussa Kanté (Regional Director, Dakar office).

Meeting number (access code): 2641 338 9021
Meeting password: Lha2029
""",
        label=iv(
            iso(S, "Europe/Zurich"),
            "Europe/Zurich",
            company="Lakeshore Health Alliance",
            role="Programme Officer, West Africa",
            interviewers=["Beatrix Oppliger", "Moussa Kanté"],
            emails=[
                "beatrix.oppliger@lakeshorehealth.example",
                "moussa.kante@lakeshorehealth.example",
            ],
            notes="Webex invitation in Bern time (CET, before the EU switch); 09:00 in Dakar.",
        ),
    )
)

# --- Fastmail invitation, Helsinki, the day after the EU switch ----------------------------
S = "2029-03-26 10:00"
add(
    invite(
        EERO,
        "fastmail-invite-pakkasmarja-helsinki",
        "interview",
        start=S,
        zone="Europe/Helsinki",
        minutes=60,
        summary="Interview: Eero Halonen / Pakkasmarja Games",
        organizer=("Saara Kivelä", "saara@pakkasmarja.example"),
        attendees=[
            ("Saara Kivelä", "saara@pakkasmarja.example"),
            ("Ville-Pekka Rantanen", "vp@pakkasmarja.example"),
        ],
        prodid=FASTMAIL,
        location="Pakkasmarja office, Tallberginkatu 1 C, Helsinki",
        ics_mode="both",
        frm=("Saara Kivelä", "saara@pakkasmarja.example"),
        subject="Invitation: Interview: Eero Halonen / Pakkasmarja Games",
        date=dh("2029-03-19 13:27:00", "Europe/Helsinki"),
        body=f"""Hi Eero,

Invitation for the on-site interview for the Gameplay Programmer position: {d(S, "uky")} at {t24(S)} at our office in Ruoholahti. You'll meet me and our tech lead Ville-Pekka Rantanen. Coffee is on us.

Saara Kivelä
Producer, Pakkasmarja Games
""",
        label=iv(
            iso(S, "Europe/Helsinki"),
            "Europe/Helsinki",
            company="Pakkasmarja Games",
            role="Gameplay Programmer",
            interviewers=["Saara Kivelä", "Ville-Pekka Rantanen"],
            emails=["saara@pakkasmarja.example", "vp@pakkasmarja.example"],
            notes="Fastmail calendar REQUEST; the Monday after the EU switch (EEST, +03:00).",
        ),
    )
)

# --- Proton invitation, Warsaw ---------------------------------------------------------------
S = "2029-02-22 11:00"
add(
    invite(
        ZOFIA,
        "proton-invite-wislanka-warsaw",
        "interview",
        start=S,
        zone="Europe/Warsaw",
        minutes=60,
        summary="Interview – Security Engineer",
        organizer=("Tomasz Grabczyk", "tomasz.grabczyk@wislankasec.example"),
        attendees=[("Tomasz Grabczyk", "tomasz.grabczyk@wislankasec.example")],
        prodid=PROTON,
        location="https://meet.wislankasec.example/security-interview",
        frm=("Tomasz Grabczyk", "tomasz.grabczyk@wislankasec.example"),
        subject="Invitation: Interview – Security Engineer",
        date=dh("2029-02-16 18:10:00", "Europe/Warsaw"),
        body="""Hi Zofia,

As agreed on the phone - the technical interview is in the attached invitation. We will use our own Jitsi instance (link inside). It's me and possibly one more engineer from the red team, to be confirmed.

Tomasz Grabczyk
CTO, Wislanka Security
""",
        label=iv(
            iso(S, "Europe/Warsaw"),
            "Europe/Warsaw",
            company="Wislanka Security",
            role="Security Engineer",
            interviewers=["Tomasz Grabczyk"],
            emails=["tomasz.grabczyk@wislankasec.example"],
            notes="Proton calendar invitation (.ics only attached); a second "
            "engineer is unnamed and unconfirmed.",
        ),
    )
)

# --- Google cancellation, Chicago -----------------------------------------------------------
S = "2029-03-08 14:00"
add(
    gcal(
        DESHAWN,
        "gcal-cancel-lockhaven-chicago",
        "interview_cancelled",
        start=S,
        zone="America/Chicago",
        minutes=30,
        summary="Lockhaven Freight: Phone screen w/ DeShawn Pettiford",
        organizer=("Allison Marchetti", "allison.marchetti@lockhavenfreight.example"),
        guests=[],
        meet=None,
        location="Phone - Allison will call 312-555-0143",
        date=dh("2029-03-06 09:31:00", "America/Chicago"),
        cancelled=True,
        label=iv(
            iso(S, "America/Chicago"),
            "America/Chicago",
            company="Lockhaven Freight",
            role=None,
            interviewers=["Allison Marchetti"],
            emails=["allison.marchetti@lockhavenfreight.example"],
            notes="Google 'Cancelled event' (METHOD:CANCEL) for a phone screen, no reason given.",
        ),
    )
)

# --- Exchange CANCEL, Vancouver -------------------------------------------------------------
S = "2029-03-14 10:30"
add(
    exchange(
        HARPREET,
        "exchange-cancel-cedarline-vancouver",
        "interview_cancelled",
        start=S,
        zone="Pacific Standard Time",
        when_zone="(UTC-08:00) Pacific Time (US & Canada)",
        minutes=60,
        subject="Harpreet Kaur Dhillon - Interview (Clinical Data Manager)",
        prefix="Canceled: ",
        organizer=("Jenna Koenigsberg", "jenna.koenigsberg@cedarlinehealth.example"),
        attendees=[("Dr. Malik Osei-Tutu", "malik.oseitutu@cedarlinehealth.example")],
        date=dh("2029-03-12 16:48:00", "America/Vancouver"),
        cancelled=True,
        sequence=1,
        text="""Hi Harpreet,

Unfortunately Dr. Osei-Tutu has been called into an urgent study review, so we need to cancel Wednesday's interview. I will reach out tomorrow with new options - apologies for the short notice.

Jenna""",
        label=iv(
            iso(S, "America/Vancouver"),
            "America/Los_Angeles",
            company="Cedarline Health",
            role="Clinical Data Manager",
            interviewers=["Malik Osei-Tutu"],
            emails=["malik.oseitutu@cedarlinehealth.example"],
            notes="Exchange METHOD:CANCEL; new times promised but none given. Pacific Standard "
            "Time maps to Los_Angeles; PDT after 11 March.",
        ),
    )
)

# --- Exchange update SEQUENCE 2: moved, London host, Accra user before the EU switch ---------
S = "2029-03-22 11:00"
OLD = "2029-03-21 15:00"
add(
    exchange(
        KWAME,
        "exchange-moved-harrowgate-accra",
        "interview",
        start=S,
        zone="GMT Standard Time",
        when_zone="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        minutes=60,
        subject="Kwame Asante-Boakye - Final interview - Harrowgate Cocoa Trading",
        prefix="Updated: ",
        organizer=("Philippa Hargreaves", "philippa.hargreaves@harrowgatecocoa.example"),
        attendees=[
            ("Nana Ofori-Atta", "nana.oforiatta@harrowgatecocoa.example"),
            ("Lewis Brennan", "lewis.brennan@harrowgatecocoa.example"),
        ],
        date=dh("2029-03-16 15:05:00", "Europe/London"),
        sequence=2,
        text=f"""Dear Kwame,

Apologies for moving this again: your final interview has been moved to {d(S, "uk")} at {t24(S)} (London time, which is the same as Accra until our clocks change on the 25th). It was previously {d(OLD, "uk")} at {t24(OLD)}.

You will meet Nana Ofori-Atta (Managing Director, West Africa) and Lewis Brennan (CFO).

Kind regards,
Philippa Hargreaves
HR Manager""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Harrowgate Cocoa Trading",
            role=None,
            interviewers=["Nana Ofori-Atta", "Lewis Brennan"],
            emails=[
                "nana.oforiatta@harrowgatecocoa.example",
                "lewis.brennan@harrowgatecocoa.example",
            ],
            notes="Exchange update (SEQUENCE 2) 'moved to', the old time also in the text; GMT, "
            "same as Accra before the EU switch.",
        ),
    )
)

# --- Cal.com booking, Denver, before the US switch ------------------------------------------
S = "2029-03-09 13:00"
x = local(S, "America/Denver")
add(
    invite(
        MCKENNA,
        "calcom-booking-switchback-denver",
        "interview",
        start=S,
        zone="America/Denver",
        minutes=30,
        summary="Intro interview between Nikhil Ramaswamy and McKenna Oyelaran",
        organizer=("Nikhil Ramaswamy", "nikhil@switchbackbio.example"),
        attendees=[("McKenna Oyelaran", "mckenna.oyelaran@example.com")],
        prodid=CALCOM,
        location="Google Meet",
        frm=("Cal.com", "hello@cal.com"),
        reply_to=("Nikhil Ramaswamy", "nikhil@switchbackbio.example"),
        subject=f"Confirmed: Intro interview between Nikhil Ramaswamy and McKenna Oyelaran @ {x:%a} {x:%b} {x.day}, {x.year} {t12(S, compact=True)} - {t12(plus(S, 30), compact=True)} (America/Denver)",
        date=dh("2029-03-02 22:14:00", "America/Denver"),
        body=f"""Your event has been scheduled
We sent an email with a calendar invitation with the details to everyone.

What:
Intro interview between Nikhil Ramaswamy and McKenna Oyelaran

When:
{x:%A}, {x:%B} {x.day}, {x.year} | {t12(S, compact=True)} - {t12(plus(S, 30), compact=True)} (America/Denver)

Who:
Nikhil Ramaswamy - Organizer
nikhil@switchbackbio.example
McKenna Oyelaran
mckenna.oyelaran@example.com

Where:
Google Meet

Description:
30 minute intro for the Lab Automation Engineer opening at Switchback Bio.

Need to make a change? Reschedule or Cancel
""",
        label=iv(
            iso(S, "America/Denver"),
            "America/Denver",
            company="Switchback Bio",
            role="Lab Automation Engineer",
            interviewers=["Nikhil Ramaswamy"],
            emails=["nikhil@switchbackbio.example"],
            notes="Cal.com booking confirmation booked by the user; MST (the Friday before the switch).",
        ),
    )
)

# --- Microsoft Bookings in Singapore time, Ho Chi Minh City user ----------------------------
S = "2029-04-10 10:00"
x = local(S, "Singapore Standard Time")
add(
    invite(
        THAO,
        "bookings-halcyon-talent-saigon",
        "interview",
        start=S,
        zone="Singapore Standard Time",
        minutes=45,
        summary="Interview - Regional Payroll Specialist",
        organizer=("Halcyon Talent Partners", "bookings@halcyontalent.example"),
        attendees=[("Desmond Quek", "desmond.quek@halcyontalent.example")],
        prodid=OUTLOOK,
        ics_mode="attach",
        location="Microsoft Teams meeting",
        frm=("Halcyon Talent Partners", "bookings@halcyontalent.example"),
        subject="Your booking with Halcyon Talent Partners is confirmed",
        date=dh("2029-04-04 21:33:00", "Asia/Ho_Chi_Minh"),
        body=f"""Hi Trần Minh Khuê,

Thank you for booking with us. Your booking is confirmed.

Interview - Regional Payroll Specialist
{x:%A}, {x:%B} {x.day}, {x.year} {t12(S)} (UTC+08:00) Kuala Lumpur, Singapore
Staff: Desmond Quek

Join your appointment online
Join Microsoft Teams meeting

Add to calendar   Manage booking

Halcyon Talent Partners
bookings@halcyontalent.example
""",
        label=iv(
            iso(S, "Asia/Singapore"),
            "Asia/Singapore",
            company=None,
            role="Regional Payroll Specialist",
            interviewers=["Desmond Quek"],
            emails=["desmond.quek@halcyontalent.example"],
            notes="Microsoft Bookings confirmation (agency) in Singapore Standard Time; 09:00 in "
            "Ho Chi Minh City. The client company is not named.",
        ),
    )
)

# --- Apple Calendar REQUEST from a hiring manager's Mac, Irish summer time -----------------
S = "2029-04-05 09:30"
add(
    invite(
        ROISIN,
        "apple-invite-cnoc-studio-dublin",
        "interview",
        start=S,
        zone="Europe/Dublin",
        minutes=60,
        summary="Róisín – portfolio review",
        organizer=("Declan Ó Súilleabháin", "declan@cnocstudio.example"),
        attendees=[
            ("Declan Ó Súilleabháin", "declan@cnocstudio.example"),
            ("Aoife Carragher", "aoife@cnocstudio.example"),
        ],
        prodid=APPLE,
        location="Cnoc Studio, 14 Pearse Street, Dublin 2",
        frm=("Declan Ó Súilleabháin", "declan@cnocstudio.example"),
        subject="Portfolio review at Cnoc",
        date=dh("2029-03-30 17:55:00", "Europe/Dublin"),
        body=f"""Hi Róisín,

Thanks for getting back so fast. Sending an invite for {d(S, "uk")} at half nine - you'll walk myself and Aoife Carragher (our design director) through two or three projects, then we'll talk about the senior designer role. Buzz the second floor when you arrive.

Declan
""",
        label=iv(
            iso(S, "Europe/Dublin"),
            "Europe/Dublin",
            company="Cnoc Studio",
            role="Senior Designer",
            interviewers=["Declan Ó Súilleabháin", "Aoife Carragher"],
            emails=["declan@cnocstudio.example", "aoife@cnocstudio.example"],
            notes="Apple Calendar .ics in Europe/Dublin (IST, +01:00); 'half nine' in the text; "
            "a portfolio review that is the interview.",
        ),
    )
)

# --- Google invitation in Karachi for a Dhaka user (organiser's zone) ---------------------
S = "2029-04-17 16:00"
add(
    gcal(
        USMAN,
        "gcal-second-round-khyber-cloud",
        "interview",
        start=S,
        zone="Asia/Karachi",
        minutes=60,
        summary="Second round: System design – Usman / Khyber Cloud",
        organizer=("Ayesha Siddiqui-Rana", "ayesha.srana@khybercloud.example"),
        guests=[
            ("Bilal Chaudhry", "bilal.chaudhry@khybercloud.example"),
            ("Noor-ul-Ain Jafri", "noor.jafri@khybercloud.example"),
        ],
        date=dh("2029-04-11 10:02:00", "Asia/Karachi"),
        note_text="System design round with Bilal (Principal Engineer) and Noor (EM, Platform). "
        "Ayesha is coordinating and will not join.",
        label=iv(
            iso(S, "Asia/Karachi"),
            "Asia/Karachi",
            company="Khyber Cloud",
            role=None,
            interviewers=["Bilal Chaudhry", "Noor-ul-Ain Jafri"],
            emails=["bilal.chaudhry@khybercloud.example", "noor.jafri@khybercloud.example"],
            notes="Google invitation; the organiser says she will not join, so only the two "
            "guests interview.",
        ),
    )
)

# --- Conversions used in notes only (kept for the reader of this file) ----------------------
assert conv("2029-04-02 08:00", "Asia/Singapore", "Australia/Adelaide") == "2029-04-02 09:30"
assert conv("2029-03-29 13:00", "Australia/Adelaide", "Australia/Brisbane") == "2029-03-29 12:30"
assert conv("2029-03-13 17:00", "America/Los_Angeles", "Asia/Seoul") == "2029-03-14 09:00"
assert conv("2029-03-28 15:00", "Pacific/Auckland", "Pacific/Fiji") == "2029-03-28 14:00"
assert conv("2029-04-10 10:00", "Asia/Singapore", "Asia/Ho_Chi_Minh") == "2029-04-10 09:00"
