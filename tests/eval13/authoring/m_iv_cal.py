"""Interviews carried by calendar parts: Google, Exchange, iCloud, Yahoo, Zoho, Fastmail,
Outlook.com, Zoom, Webex; updates, all-day holds, recurring series and forwarded invitations."""

from __future__ import annotations

from .kit import (
    APPLE,
    BRODIE,
    CIARAN,
    DAKOTA,
    FASTMAIL,
    FERGUS,
    GOOGLE,
    ICLOUD,
    JARRAH,
    JIHOON,
    JONINA,
    KIRSTEN,
    MARCUS,
    MIKA,
    NOURHAN,
    NUSRAT,
    PRIYANKA,
    RENATA,
    SAOIRSE,
    SHAYLEE,
    TAMSIN,
    THARINDU,
    TUI,
    WANJIRU,
    WEBEX,
    WES,
    YAHOO,
    ZOHO,
    ZOOM,
    ZSOFIA,
    Msg,
    d,
    dh,
    exchange,
    forwarded,
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

# --- Google invitation, Adelaide the Tuesday after Australia's switch (ACDT +10:30) ----------
S = "2032-10-05 10:30"
add(
    gcal(
        BRODIE,
        "google-invite-saltpan-robotics-adelaide",
        "interview",
        start=S,
        zone="Australia/Adelaide",
        minutes=45,
        summary="Brodie / Saltpan Robotics - technical interview",
        organizer=("Hamish Trevorrow", "hamish.trevorrow@saltpanrobotics.example"),
        guests=[
            ("Hamish Trevorrow", "hamish.trevorrow@saltpanrobotics.example"),
            ("Annika Blom", "annika.blom@saltpanrobotics.example"),
        ],
        date=dh("2032-09-29 14:12:00", "Australia/Adelaide"),
        note_text=(
            "Hi Brodie, this is the 45-minute technical chat for the Controls Engineer role. "
            "Annika (Principal Engineer) will run it and I'll sit in for the first ten minutes."
        ),
        label=lab(
            S,
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Saltpan Robotics",
            role="Controls Engineer",
            who=["Annika Blom", "Hamish Trevorrow"],
            emails=[
                "annika.blom@saltpanrobotics.example",
                "hamish.trevorrow@saltpanrobotics.example",
            ],
            notes="Google invitation; first week of ACDT (+10:30) after the 3 October switch.",
        ),
    )
)

# --- Google update with a new time (SEQUENCE 1), Hobart ---------------------------------------
S = "2032-10-14 15:00"
add(
    gcal(
        SAOIRSE,
        "google-update-new-time-kunanyi-health",
        "interview",
        start=S,
        zone="Australia/Hobart",
        minutes=60,
        summary="Panel interview - Clinical Data Lead (Kunanyi Health)",
        organizer=("Meredith Vautin", "m.vautin@kunanyihealth.example"),
        guests=[
            ("Meredith Vautin", "m.vautin@kunanyihealth.example"),
            ("Dr Rohan Pettigrew", "rohan.pettigrew@kunanyihealth.example"),
            ("Lisa Kernaghan", "lisa.kernaghan@kunanyihealth.example"),
        ],
        date=dh("2032-10-08 09:41:00", "Australia/Hobart"),
        updated=f"{d(S, 'short')} {t12(S, compact=True)} (was Wednesday 11am)",
        sequence=1,
        location="Level 3, 40 Liverpool St, Hobart",
        note_text="Panel: Dr Rohan Pettigrew (Director, Clinical Informatics) and Lisa Kernaghan (Data Governance Manager).",
        label=lab(
            S,
            "Australia/Hobart",
            "Australia/Hobart",
            company="Kunanyi Health",
            role="Clinical Data Lead",
            who=["Rohan Pettigrew", "Lisa Kernaghan"],
            emails=[
                "rohan.pettigrew@kunanyihealth.example",
                "lisa.kernaghan@kunanyihealth.example",
            ],
            notes="Google update moving the panel to Thursday 3pm AEDT; the organiser is HR who only arranges.",
        ),
    )
)

# --- Exchange, Chatham Islands user invited in NZ time (Chatham is 45 min ahead) --------------
S = "2032-10-20 11:00"
add(
    exchange(
        TUI,
        "exchange-wellington-for-chatham-rauora",
        "interview",
        start=S,
        zone="New Zealand Standard Time",
        minutes=60,
        subject="Interview: Fisheries Data Analyst - Tūī Whakaruru-Preece",
        organizer=("Ngaire Holloway", "ngaire.holloway@rauorafisheries.example"),
        attendees=[
            ("Callum Ruatapu", "callum.ruatapu@rauorafisheries.example"),
            ("Jessamy Forde", "jessamy.forde@rauorafisheries.example"),
        ],
        date=dh("2032-10-13 16:20:00", "Pacific/Chatham"),
        text="""Kia ora Tūī,

Thanks for your time on the phone. This invite is for your interview with Callum Ruatapu (Science Manager) and Jessamy Forde (Senior Analyst). Times are Wellington time - I know you're 45 minutes ahead on the Chathams, so that's 11:45 your time.

Ngā mihi,
Ngaire Holloway | People & Capability Advisor""",
        label=lab(
            S,
            "New Zealand Standard Time",
            "Pacific/Auckland",
            company="Rauora Fisheries",
            role="Fisheries Data Analyst",
            who=["Callum Ruatapu", "Jessamy Forde"],
            emails=[
                "callum.ruatapu@rauorafisheries.example",
                "jessamy.forde@rauorafisheries.example",
            ],
            notes="Exchange, New Zealand Standard Time (NZDT +13:00); the user is on Chatham time (+13:45).",
        ),
    )
)

# --- iCloud invitation from a founder (attached .ics only), Denver ----------------------------
S = "2032-09-16 08:30"
add(
    invite(
        SHAYLEE,
        "icloud-founder-breakfast-juniper-ridge",
        "interview",
        start=S,
        zone="America/Denver",
        minutes=60,
        summary="Breakfast w/ Shaylee - ops lead chat",
        organizer=("Garrett Halvorsen", "garrett.halvorsen@icloud.com"),
        attendees=[("Shaylee Tsosie-Parrish", "shaylee.tsosie@example.org")],
        prodid=ICLOUD,
        location="Snowline Diner, 1420 Larimer St",
        uid_style="apple",
        frm=("Garrett Halvorsen", "garrett.halvorsen@icloud.com"),
        subject="Invitation: Breakfast w/ Shaylee - ops lead chat",
        date=dh("2032-09-10 21:05:00", "America/Denver"),
        body="""Shaylee -

Sending a calendar hold for Thursday so it doesn't slip. I'm the co-founder at Juniper Ridge Outfitters; Kel (our COO) may join if her flight lands on time. This is the real interview for the Operations Lead role, just over eggs.

Garrett

Sent from my iPhone
""",
        label=lab(
            S,
            "America/Denver",
            "America/Denver",
            company="Juniper Ridge Outfitters",
            role="Operations Lead",
            who=["Garrett Halvorsen"],
            emails=["garrett.halvorsen@icloud.com"],
            notes="iCloud invite from a founder; breakfast is the interview; COO 'may join' (not labelled).",
        ),
    )
)

# --- Yahoo Calendar invite, Anchorage, the day after the US switch -----------------------------
S = "2032-11-08 09:00"
add(
    invite(
        DAKOTA,
        "yahoo-invite-tundra-air-anchorage",
        "interview",
        start=S,
        zone="America/Anchorage",
        minutes=30,
        summary="Phone interview - Dispatch Coordinator (Tundra Air Cargo)",
        organizer=("Rhonda Keplinger", "rhonda.keplinger@yahoo.com"),
        attendees=[("Dakota Swensen-Oyagak", "dakota.swensen@example.net")],
        prodid=YAHOO,
        ics_mode="both",
        uid_style="yahoo.com",
        frm=("Rhonda Keplinger", "rhonda.keplinger@yahoo.com"),
        subject="Invitation: Phone interview - Dispatch Coordinator (Tundra Air Cargo)",
        date=dh("2032-11-03 13:47:00", "America/Anchorage"),
        body=f"""Rhonda Keplinger has invited you to an event.

Phone interview - Dispatch Coordinator (Tundra Air Cargo)
{d(S, "usy")}, {t12(S)} - {t12(plus(S, 30))} AKST
Location: I will call your cell

Note: Hi Dakota, I'm the station manager and I'll call you myself. Clocks go back Sunday so this is 9 AM Alaska time after the change. - Rhonda

Accept | Decline | Tentative
""",
        label=lab(
            S,
            "America/Anchorage",
            "America/Anchorage",
            company="Tundra Air Cargo",
            role="Dispatch Coordinator",
            who=["Rhonda Keplinger"],
            emails=["rhonda.keplinger@yahoo.com"],
            notes="Yahoo calendar; the station manager phones the user; first Monday on AKST after 7 November.",
        ),
    )
)

# --- Zoho Calendar, Dhaka ----------------------------------------------------------------------
S = "2032-09-22 15:00"
add(
    invite(
        NUSRAT,
        "zoho-calendar-meghna-fintech-dhaka",
        "interview",
        start=S,
        zone="Asia/Dhaka",
        minutes=60,
        summary="Second round interview: Product Analyst - Nusrat Jahan Chowdhury",
        organizer=("Tanvir Hasan", "tanvir.hasan@meghnafintech.example"),
        attendees=[
            ("Farhana Rahman", "farhana.rahman@meghnafintech.example"),
            ("Nusrat Jahan Chowdhury", "nusrat.jchowdhury@example.com"),
        ],
        prodid=ZOHO,
        ics_mode="both",
        uid_style="zoho.example",
        location="Meghna Fintech, House 12, Road 7, Gulshan-1",
        frm=("Tanvir Hasan via Zoho Calendar", "tanvir.hasan@meghnafintech.example"),
        subject="Invitation: Second round interview: Product Analyst @ Wed, 22 Sep 2032 03:00 PM",
        date=dh("2032-09-17 11:30:00", "Asia/Dhaka"),
        body=f"""You have been invited to an event by Tanvir Hasan.

Second round interview: Product Analyst - Nusrat Jahan Chowdhury
Date : {local(S, "Asia/Dhaka"):%a, %d %b %Y} 03:00 PM - 04:00 PM (Asia/Dhaka)
Venue: Meghna Fintech, House 12, Road 7, Gulshan-1
Participants: Tanvir Hasan, Farhana Rahman, Nusrat Jahan Chowdhury

Description: You will meet Farhana Rahman (Head of Product) and me (Engineering Manager). Please bring your NID for the building reception.

Going? Yes | No | Maybe
This invitation was sent from Zoho Calendar.
""",
        label=lab(
            S,
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Meghna Fintech",
            role="Product Analyst",
            who=["Farhana Rahman", "Tanvir Hasan"],
            emails=["farhana.rahman@meghnafintech.example", "tanvir.hasan@meghnafintech.example"],
            notes="Zoho Calendar invitation with an IANA zone printed; organiser sits in.",
        ),
    )
)

# --- Fastmail calendar as the whole body, Eucla (+08:45) ---------------------------------------
S = "2032-10-07 13:15"
add(
    invite(
        JARRAH,
        "fastmail-ics-only-nullarbor-rail",
        "interview",
        start=S,
        zone="Australia/Eucla",
        minutes=40,
        summary="Interview - Track Maintenance Planner (Nullarbor Rail)",
        organizer=("Deb Kilpatrick", "deb.kilpatrick@nullarborrail.example"),
        attendees=[("Jarrah Penhaligon", "jarrah.penhaligon@example.com")],
        prodid=FASTMAIL,
        ics_mode="only",
        uid_style="fastmail.example",
        description="Video call with Deb Kilpatrick (Planning Superintendent). Link to follow.",
        frm=("Deb Kilpatrick", "deb.kilpatrick@nullarborrail.example"),
        subject="Interview - Track Maintenance Planner (Nullarbor Rail)",
        date=dh("2032-10-01 10:02:00", "Australia/Eucla"),
        label=lab(
            S,
            "Australia/Eucla",
            "Australia/Eucla",
            company="Nullarbor Rail",
            role="Track Maintenance Planner",
            who=["Deb Kilpatrick"],
            emails=["deb.kilpatrick@nullarborrail.example"],
            notes="The calendar is the whole body; Eucla's +08:45 unofficial zone, no DST.",
        ),
    )
)

# --- Outlook.com personal calendar of a hiring manager, Halifax --------------------------------
S = "2032-09-27 14:00"
add(
    exchange(
        FERGUS,
        "outlookcom-hiring-manager-halifax-tidewater",
        "interview",
        start=S,
        zone="Atlantic Standard Time",
        minutes=45,
        subject="Fergus MacIsaac-Boudreau - Harbour Ops Supervisor interview",
        organizer=("Lorne Pettipas", "lorne.pettipas@outlook.com"),
        attendees=[("Colleen Fougere", "colleen.fougere@tidewaterports.example")],
        date=dh("2032-09-21 19:12:00", "America/Halifax"),
        location="Tidewater Ports, Pier 21 admin building, 2nd floor",
        with_teams=False,
        text="""Fergus, sending this from my personal calendar since IT still hasn't fixed my work one.

You'll meet me and Colleen Fougere, our Terminal Manager. Bring your marine safety tickets.

Lorne Pettipas
Operations Manager, Tidewater Ports
902-555-0184""",
        label=lab(
            S,
            "Atlantic Standard Time",
            "America/Halifax",
            company="Tidewater Ports",
            role="Harbour Ops Supervisor",
            who=["Lorne Pettipas", "Colleen Fougere"],
            emails=["lorne.pettipas@outlook.com", "colleen.fougere@tidewaterports.example"],
            notes="Outlook.com request from a hiring manager's personal address; Atlantic Standard Time (ADT).",
        ),
    )
)

# --- Zoom REQUEST in UTC, Colombo (+05:30) invited by a London host ----------------------------
S = "2032-10-12 14:00"
add(
    invite(
        THARINDU,
        "zoom-utc-colombo-host-london-larkspur",
        "interview",
        start=S,
        zone=None,
        utc_zone="Asia/Colombo",
        minutes=60,
        summary="Larkspur Analytics - Data Engineer interview (Tharindu)",
        organizer=("Philippa Oyelaran", "philippa.oyelaran@larkspuranalytics.example"),
        attendees=[("Tharindu Wickramasinghe", "tharindu.wickrama@example.net")],
        prodid=ZOOM,
        ics_mode="attach",
        ics_name="zoom.ics",
        uid_style="zoom.us",
        location="https://zoom.us/j/93817264501",
        frm=("Philippa Oyelaran", "philippa.oyelaran@larkspuranalytics.example"),
        subject="Larkspur Analytics - Data Engineer interview (Tharindu)",
        date=dh("2032-10-06 09:25:00", "Europe/London"),
        body=f"""Hi Tharindu,

Philippa Oyelaran is inviting you to a scheduled Zoom meeting.

Topic: Larkspur Analytics - Data Engineer interview (Tharindu)
Time: {local(plus(S, -330), "UTC"):%b %d, %Y} {t12(plus(S, -330))} Universal Time UTC

Join Zoom Meeting
https://zoom.us/j/93817264501?pwd=TGFya3NwdXI

Meeting ID: 938 1726 4501
Passcode: 418207

Interviewers: Philippa Oyelaran (Head of Data) and Kofi Brandt-Mensah (Senior Data Engineer).
""",
        label=lab(
            S,
            "Asia/Colombo",
            None,
            company="Larkspur Analytics",
            role="Data Engineer",
            who=["Philippa Oyelaran", "Kofi Brandt-Mensah"],
            emails=["philippa.oyelaran@larkspuranalytics.example"],
            notes="Zoom invite in UTC (08:30 UTC = 14:00 Colombo); no place named, so no zone.",
        ),
    )
)

# --- Webex REQUEST, Nairobi --------------------------------------------------------------------
S = "2032-09-14 10:00"
add(
    invite(
        WANJIRU,
        "webex-invite-savanna-mutual-nairobi",
        "interview",
        start=S,
        zone="Africa/Nairobi",
        minutes=60,
        summary="Savanna Mutual - Actuarial Analyst interview",
        organizer=("Otieno Wafula", "otieno.wafula@savannamutual.example"),
        attendees=[("Wanjiru Gathoni-Ouma", "wanjiru.gathoniouma@example.org")],
        prodid=WEBEX,
        ics_mode="both",
        uid_style="webex.com",
        location="https://savannamutual.webex.com/savannamutual/j.php?MTID=m4be1",
        frm=("Otieno Wafula", "messenger@webex.com"),
        reply_to=("Otieno Wafula", "otieno.wafula@savannamutual.example"),
        subject="Meeting invitation: Savanna Mutual - Actuarial Analyst interview",
        date=dh("2032-09-08 15:40:00", "Africa/Nairobi"),
        body=f"""Otieno Wafula invites you to join this Webex meeting.

Savanna Mutual - Actuarial Analyst interview
{d(S, "usy")} {t12(S)} | 1 hour | (UTC+03:00) Nairobi

Join meeting: https://savannamutual.webex.com/savannamutual/j.php?MTID=m4be1
Meeting number: 2634 118 9047
Password: Sav2032

Panel: Otieno Wafula (Chief Actuary), Grace Njeri-Lang'at (Pricing Lead).
""",
        label=lab(
            S,
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Savanna Mutual",
            role="Actuarial Analyst",
            who=["Otieno Wafula", "Grace Njeri-Lang'at"],
            emails=["otieno.wafula@savannamutual.example"],
            notes="Webex invitation with '(UTC+03:00) Nairobi' and a calendar.",
        ),
    )
)

# --- All-day onsite hold with the real start in the text (Seoul) -------------------------------
S = "2032-10-19 09:30"
add(
    invite(
        JIHOON,
        "allday-hold-onsite-hangang-semicon",
        "interview",
        start=S,
        zone="Asia/Seoul",
        minutes=480,
        all_day="2032-10-19",
        summary="[HOLD] Onsite interview day - Hangang Semiconductor",
        organizer=("Recruiting Hangang", "recruit@hangangsemi.example"),
        attendees=[("Baek Ji-hoon", "jihoon.baek@example.net")],
        prodid=GOOGLE,
        ics_mode="attach",
        uid_style="google",
        frm=("Yoon Seo-yeon", "seoyeon.yoon@hangangsemi.example"),
        subject="[Hangang Semiconductor] Onsite interview day - 2032.10.19",
        date=dh("2032-10-11 17:05:00", "Asia/Seoul"),
        body="""Dear Ji-hoon,

Please keep the whole day of 2032.10.19 (Tue) free; the calendar hold is attached.

09:30  Check-in at Gate 2, Pangyo campus (Seoul time)
09:45  Process integration interview - Dr. Kang Min-jae, Principal Engineer
11:00  Yield analytics case - Lee Ha-eun, Senior Manager
12:00  Lunch with the team
13:30  Executive interview - Choi Dong-wook, VP Fab Engineering

Regards,
Yoon Seo-yeon
Talent Acquisition, Hangang Semiconductor
+82 31-555-0147
""",
        label=lab(
            "2032-10-19 09:45",
            "Asia/Seoul",
            "Asia/Seoul",
            company="Hangang Semiconductor",
            role=None,
            who=["Kang Min-jae", "Lee Ha-eun", "Choi Dong-wook"],
            notes="All-day calendar hold; the day starts at its first interview (09:45, after check-in) 'Seoul time'.",
            calendar_is_not_the_interview=True,
        ),
    )
)

# --- Recurring two-day loop (RRULE COUNT=2), Budapest --------------------------------------------
S = "2032-11-09 09:00"
add(
    exchange(
        ZSOFIA,
        "exchange-two-day-series-danubia-pharma",
        "interview",
        start=S,
        zone="Central Europe Standard Time",
        minutes=180,
        subject="Assessment centre (2 mornings) - Regulatory Affairs Specialist",
        organizer=("Horváth Bence", "bence.horvath@danubiapharma.example"),
        attendees=[
            ("Dr. Szalai Katalin", "katalin.szalai@danubiapharma.example"),
            ("Nagy Péter", "peter.nagy@danubiapharma.example"),
        ],
        date=dh("2032-10-29 10:15:00", "Europe/Budapest"),
        location="Danubia Pharma HQ, Váci út 41, Budapest - room Tisza",
        with_teams=False,
        extra_lines=["RRULE:FREQ=DAILY;COUNT=2"],
        text="""Dear Zsófia,

As discussed, the assessment centre runs on two consecutive mornings (2032.11.09 and 2032.11.10), 09:00-12:00 each day. The series invitation covers both.

Assessors: Dr. Szalai Katalin (Head of Regulatory Affairs) and Nagy Péter (QA Director).

Best regards,
Horváth Bence
HR Business Partner""",
        label=lab(
            S,
            "Central Europe Standard Time",
            "Europe/Budapest",
            company="Danubia Pharma",
            role="Regulatory Affairs Specialist",
            who=["Szalai Katalin", "Nagy Péter"],
            emails=["katalin.szalai@danubiapharma.example", "peter.nagy@danubiapharma.example"],
            notes="Exchange daily series of two mornings; labelled at the first; first week of CET.",
        ),
    )
)

# --- Recurring series: one instance moved (RECURRENCE-ID), Manila -------------------------------
S = "2032-09-23 16:00"
add(
    gcal(
        MIKA,
        "google-recurrence-id-day2-moved-bayani-bpo",
        "interview",
        start=S,
        zone="Asia/Manila",
        minutes=90,
        summary="Bayani BPO - Workforce Analyst final interviews (Day 2)",
        organizer=("Carmina Dizon", "carmina.dizon@bayanibpo.example"),
        guests=[
            ("Carmina Dizon", "carmina.dizon@bayanibpo.example"),
            ("Rafael Tuazon", "rafael.tuazon@bayanibpo.example"),
        ],
        date=dh("2032-09-20 18:30:00", "Asia/Manila"),
        updated="Time (Day 2 only): 4pm - 5:30pm, was 10am",
        sequence=1,
        extra_lines=["RECURRENCE-ID;TZID=Asia/Manila:20320923T100000"],
        note_text="Only Day 2 moves: Rafael Tuazon (VP Operations) is now available in the afternoon. Day 1 stays as is.",
        label=lab(
            S,
            "Asia/Manila",
            "Asia/Manila",
            company="Bayani BPO",
            role="Workforce Analyst",
            who=["Rafael Tuazon"],
            emails=["rafael.tuazon@bayanibpo.example"],
            notes="Google update of one instance (RECURRENCE-ID) of a two-day series: Day 2 moved to 4pm.",
        ),
    )
)

# --- Invitation forwarded by the user from her work address to her own, Warsaw ------------------
S = "2032-10-26 13:00"
_fw_body = f"""When: {local(S, "Europe/Warsaw"):%A, %B} {local(S, "Europe/Warsaw").day}, 2032 1:00 PM-2:00 PM (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb.
Where: Microsoft Teams Meeting

Hello Renata,

Please find the invitation for the technical interview for the Senior QA Automation Engineer role. You will speak with Tomasz Wierzbicki (QA Lead) and Olga Prus (Engineering Manager).

Best regards,
Kinga Lewandowska
Talent Acquisition | Wisła Logistics"""
add(
    mail(
        RENATA,
        "self-forward-teams-wisla-logistics",
        "interview",
        frm=("Renata Szczepańska-Wolff", "renata.szczepanska@example.org"),
        to="renata.szczepanska@example.org",
        subject="Fwd: Technical interview - Senior QA Automation Engineer",
        date=dh("2032-10-18 20:44:00", "Europe/Warsaw"),
        body="note to self - accept from home laptop\n\n"
        + forwarded(
            "2032-10-18 15:02",
            "Europe/Warsaw",
            "Kinga Lewandowska <kinga.lewandowska@wislalogistics.example>",
            "Renata Szczepańska-Wolff",
            "Technical interview - Senior QA Automation Engineer",
            _fw_body,
            style="outlook",
        ),
        label=lab(
            S,
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Wisła Logistics",
            role="Senior QA Automation Engineer",
            who=["Tomasz Wierzbicki", "Olga Prus"],
            notes="The user forwards an Outlook invitation to herself; no calendar part survives; Warsaw on CEST (before 31 Oct).",
        ),
    )
)

# --- Invitation forwarded by a third party (career coach), Cairo after Egypt's switch ----------
S = "2032-11-02 11:00"
_inner = f"""Dear Nourhan,

Thank you for your application. We would like to invite you to an interview for the Supply Chain Analyst position on {d(S, "usy")} at 11:00 AM Cairo time at our Smart Village office, Building B12.

You will meet Eng. Karim Soliman, Supply Chain Manager.

Kind regards,
Dina Habib
Recruitment, Nilewater Beverages"""
add(
    mail(
        NOURHAN,
        "coach-forward-nilewater-cairo",
        "interview",
        frm=("Salma Fathy", "salma.fathy@careerbridge-coaching.example"),
        subject="Fw: Interview invitation - Supply Chain Analyst",
        date=dh("2032-10-27 12:10:00", "Africa/Cairo"),
        body="Hi Nourhan, Dina sent this to the old address you had on the application - forwarding it. Congrats! Let's do a prep session Monday.\n\nSalma\n\n"
        + forwarded(
            "2032-10-27 10:31",
            "Africa/Cairo",
            "Dina Habib <dina.habib@nilewaterbev.example>",
            "nourhan.a@careerbridge-coaching.example",
            "Interview invitation - Supply Chain Analyst",
            _inner,
        ),
        label=lab(
            S,
            "Africa/Cairo",
            "Africa/Cairo",
            company="Nilewater Beverages",
            role="Supply Chain Analyst",
            who=["Karim Soliman"],
            notes="Forwarded by a career coach; Cairo on EET (+02:00) after Egypt's 29 October switch.",
        ),
    )
)

# --- Exchange panel with a table of interviewers, Los Angeles -----------------------------------
S = "2032-10-21 10:00"
add(
    exchange(
        PRIYANKA,
        "exchange-html-panel-table-brightkelp",
        "interview",
        start=S,
        zone="Pacific Standard Time",
        minutes=240,
        subject="Virtual onsite - Staff Product Designer - Priyanka Venkataraman-Cole",
        organizer=("Brightkelp Recruiting", "recruiting@brightkelp.example"),
        attendees=[
            ("Odalys Ferreira", "odalys.ferreira@brightkelp.example"),
            ("Benedikt Roos", "benedikt.roos@brightkelp.example"),
            ("Simone Achebe", "simone.achebe@brightkelp.example"),
            ("Tariq Lindahl", "tariq.lindahl@brightkelp.example"),
        ],
        date=dh("2032-10-14 11:00:00", "America/Los_Angeles"),
        html_only=True,
        text="""Hi Priyanka, here is your virtual onsite agenda (all times Pacific):

| Time | Session | Interviewer |
| 10:00 - 10:45 | Portfolio presentation | Odalys Ferreira, Director of Design |
| 10:50 - 11:35 | Product sense | Benedikt Roos, Group PM |
| 11:40 - 12:25 | Design systems deep dive | Simone Achebe, Staff Designer |
| 13:15 - 14:00 | Cross-functional | Tariq Lindahl, Engineering Manager |

Your coordinator is Jody from Brightkelp Recruiting.""",
        label=lab(
            S,
            "Pacific Standard Time",
            "America/Los_Angeles",
            company="Brightkelp",
            role="Staff Product Designer",
            who=["Odalys Ferreira", "Benedikt Roos", "Simone Achebe", "Tariq Lindahl"],
            emails=[
                "odalys.ferreira@brightkelp.example",
                "benedikt.roos@brightkelp.example",
                "simone.achebe@brightkelp.example",
                "tariq.lindahl@brightkelp.example",
            ],
            notes="HTML-only Exchange request with the agenda as a table.",
        ),
    )
)

# --- Google reminder-style notification without a calendar part, Karachi (+05:00) ---------------
S = "2032-09-30 17:00"
x = local(S, "Asia/Karachi")
add(
    mail(
        MARCUS,
        "google-event-reminder-no-ics-redwillow",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        to="mao.jobsearch@example.org",
        subject=f"Notification: Redwillow Capital - final round w/ Harriet Osgood @ {x:%a %b} {x.day}, 2032 1pm - 2pm (EDT) (mao.jobsearch@example.org)",
        date=dh("2032-09-30 12:30:00", "America/New_York"),
        body=f"""This is a reminder for:

Redwillow Capital - final round w/ Harriet Osgood
{x:%A %b} {x.day}, 2032 ⋅ 1pm – 2pm (Eastern Time - New York)

Location
Redwillow Capital, 300 Hudson St, 14th floor

Guests
Harriet Osgood - organizer
mao.jobsearch@example.org

Invitation from Google Calendar
""",
        html_auto=True,
        msgid_domain="google.com",
        label=lab(
            "2032-09-30 13:00",
            "America/New_York",
            "America/New_York",
            company="Redwillow Capital",
            who=["Harriet Osgood"],
            notes="Google reminder 30 minutes before, to the user's second address; no calendar part.",
        ),
    )
)

# --- Exchange request, London on BST ------------------------------------------------------------
S = "2032-10-04 16:00"
add(
    exchange(
        TAMSIN,
        "exchange-gmt-standard-fenwick-mutual",
        "interview",
        start=S,
        zone="GMT Standard Time",
        minutes=60,
        subject="Interview - Pensions Data Manager",
        organizer=("Gwendolyn Ashdown", "gwendolyn.ashdown@fenwickmutual.example"),
        attendees=[
            ("Ravi Chaudhry", "ravi.chaudhry@fenwickmutual.example"),
        ],
        date=dh("2032-09-28 08:55:00", "Europe/London"),
        text="""Dear Tamsin,

Thank you for your interest in the Pensions Data Manager position. Your interview will be with Ravi Chaudhry (Head of Member Data) and myself, Gwendolyn Ashdown (Chief Data Officer).

The meeting will be on Teams; please join five minutes early.

Kind regards,
Gwendolyn""",
        label=lab(
            S,
            "GMT Standard Time",
            "Europe/London",
            company="Fenwick Mutual",
            role="Pensions Data Manager",
            who=["Ravi Chaudhry", "Gwendolyn Ashdown"],
            emails=[
                "ravi.chaudhry@fenwickmutual.example",
                "gwendolyn.ashdown@fenwickmutual.example",
            ],
            notes="Exchange request, GMT Standard Time (BST in October).",
        ),
    )
)

# --- Exchange, Chicago, interviewer introduced with a LinkedIn link ---------------------------
S = "2032-11-04 15:30"
add(
    exchange(
        WES,
        "exchange-linkedin-intros-prairiegrain",
        "interview",
        start=S,
        zone="Central Standard Time",
        minutes=60,
        subject="Wes Dombrowski-Lund <> PrairieGrain Analytics | Hiring manager interview",
        organizer=("Kelsey Brandvold", "kelsey.brandvold@prairiegrain.example"),
        attendees=[("Amos Whitcombe", "amos.whitcombe@prairiegrain.example")],
        date=dh("2032-10-28 10:20:00", "America/Chicago"),
        text="""Hi Wes,

Joining us will be Amos Whitcombe, VP of Data Platform (https://www.linkedin.com/in/amos-whitcombe-example). Amos leads the team you'd be joining as Senior Analytics Engineer, so expect a conversation about dbt at scale and how you prioritise.

I'll send a short prep doc tomorrow.

Kelsey Brandvold
Technical Recruiter | PrairieGrain Analytics
(312) 555-0166""",
        label=lab(
            S,
            "Central Standard Time",
            "America/Chicago",
            company="PrairieGrain Analytics",
            role="Senior Analytics Engineer",
            who=["Amos Whitcombe"],
            emails=["amos.whitcombe@prairiegrain.example"],
            notes="Exchange request; interviewer introduced with a LinkedIn link; the recruiter only arranges; CDT before 7 Nov.",
        ),
    )
)

# --- Regina (no DST) with an Exchange Canada Central TZID, the week after the US switch -----------
S = "2032-11-10 10:00"
add(
    exchange(
        KIRSTEN,
        "exchange-saskatchewan-prairie-coop",
        "interview",
        start=S,
        zone="Canada Central Standard Time",
        minutes=45,
        subject="Interview - Agronomy Data Coordinator",
        organizer=("Darnell Wiebe", "darnell.wiebe@bigskycoop.example"),
        attendees=[("Marguerite Laplante", "marguerite.laplante@bigskycoop.example")],
        date=dh("2032-11-03 09:12:00", "America/Regina"),
        text="""Hello Kirsten,

Confirming your interview with Marguerite Laplante (Director of Agronomy Services) and me. Saskatchewan time, of course - we don't change our clocks, so ignore any reminder from your phone about the time change.

Darnell Wiebe
HR Generalist, Big Sky Co-operative""",
        label=lab(
            S,
            "Canada Central Standard Time",
            "America/Regina",
            company="Big Sky Co-operative",
            role="Agronomy Data Coordinator",
            who=["Marguerite Laplante", "Darnell Wiebe"],
            emails=["marguerite.laplante@bigskycoop.example", "darnell.wiebe@bigskycoop.example"],
            notes="Exchange with Canada Central Standard Time (Regina, no DST).",
        ),
    )
)

# --- iCloud invitation in Chatham time itself --------------------------------------------------
S = "2032-11-15 09:30"
add(
    invite(
        TUI,
        "icloud-invite-chatham-time-wharekauri",
        "interview",
        start=S,
        zone="Pacific/Chatham",
        minutes=30,
        summary="Chat re Harbourmaster Assistant role",
        organizer=("Moana Tuuta", "moana.tuuta@icloud.com"),
        attendees=[("Tūī Whakaruru-Preece", "tui.whakaruru@example.com")],
        prodid=ICLOUD,
        ics_mode="attach",
        uid_style="apple",
        location="Wharekauri Harbour Board office, Waitangi",
        frm=("Moana Tuuta", "moana.tuuta@icloud.com"),
        subject="Harbourmaster Assistant - interview",
        date=dh("2032-11-09 08:10:00", "Pacific/Chatham"),
        body="""Kia ora Tūī

Invite attached for Monday morning at the office, Chatham time. It'll be me and Dave Preece (no relation I promise!) from the Harbour Board.

Moana
Harbourmaster, Wharekauri Harbour Board
""",
        label=lab(
            S,
            "Pacific/Chatham",
            "Pacific/Chatham",
            company="Wharekauri Harbour Board",
            role="Harbourmaster Assistant",
            who=["Moana Tuuta", "Dave Preece"],
            emails=["moana.tuuta@icloud.com"],
            notes="iCloud invitation in Pacific/Chatham (+13:45).",
        ),
    )
)

# --- Exchange in Sri Lanka Standard Time: phone screen where the company calls -------------------
S = "2032-09-08 10:30"
add(
    exchange(
        THARINDU,
        "exchange-phone-screen-we-call-you-kandyan",
        "interview",
        start=S,
        zone="Sri Lanka Standard Time",
        minutes=30,
        subject="Phone screen: Tharindu Wickramasinghe / Kandyan Tea Exports",
        organizer=("Dilani Jayasuriya", "dilani.jayasuriya@kandyantea.example"),
        attendees=[],
        date=dh("2032-09-03 14:40:00", "Asia/Colombo"),
        location="Phone - we will call +94 77 555 0192",
        with_teams=False,
        text="""Hi Tharindu,

I will call you on +94 77 555 0192 at the time above for a 30-minute screening conversation about the ERP Business Analyst role. No preparation needed.

Dilani Jayasuriya
HR Executive | Kandyan Tea Exports
+94 11 555 0130""",
        label=lab(
            S,
            "Sri Lanka Standard Time",
            "Asia/Colombo",
            company="Kandyan Tea Exports",
            role="ERP Business Analyst",
            who=["Dilani Jayasuriya"],
            emails=["dilani.jayasuriya@kandyantea.example"],
            notes="Exchange request for a phone screen where the HR caller phones the user (caller counts).",
        ),
    )
)

# --- Apple Mail forward by a former colleague, with the macOS .ics still attached, Dublin -------
S = "2032-10-28 15:30"
add(
    invite(
        CIARAN,
        "apple-forward-referrer-ics-corrib-analytics",
        "interview",
        start=S,
        zone="Europe/Dublin",
        minutes=45,
        summary="Ciarán Mac Giolla Bhríde - Corrib Analytics - Data Lead interview",
        organizer=("Bláthnaid Ní Fhlatharta", "blathnaid.nifhlatharta@corribanalytics.example"),
        attendees=[
            ("Seosamh Ó Conghaile", "seosamh.oconghaile@corribanalytics.example"),
            ("Deirdre Kealy", "deirdre.kealy@exmail.example"),
        ],
        prodid=APPLE,
        ics_mode="attach",
        uid_style="apple",
        location="Corrib Analytics, Dock Road, Galway",
        frm=("Deirdre Kealy", "deirdre.kealy@exmail.example"),
        subject="Fwd: Ciarán Mac Giolla Bhríde - Corrib Analytics - Data Lead interview",
        date=dh("2032-10-22 19:40:00", "Europe/Dublin"),
        body="Ciarán - Bláthnaid sent the invite to me by mistake (I referred you), forwarding it on with the calendar file. Best of luck!\n\nDeirdre\n\n"
        + forwarded(
            "2032-10-22 17:05",
            "Europe/Dublin",
            "Bláthnaid Ní Fhlatharta <blathnaid.nifhlatharta@corribanalytics.example>",
            "Deirdre Kealy <deirdre.kealy@exmail.example>",
            "Ciarán Mac Giolla Bhríde - Corrib Analytics - Data Lead interview",
            f"""Hi Ciarán,

Lovely to hear Deirdre's recommendation. You'll meet Seosamh Ó Conghaile, our CTO, in the Galway office on {d(S, "uk")} at half three (Irish time). I'll sit in as hiring manager.

Bláthnaid Ní Fhlatharta
Head of Data, Corrib Analytics""",
            style="apple",
        ),
        label=lab(
            S,
            "Europe/Dublin",
            "Europe/Dublin",
            company="Corrib Analytics",
            role="Data Lead",
            who=["Seosamh Ó Conghaile", "Bláthnaid Ní Fhlatharta"],
            emails=[
                "seosamh.oconghaile@corribanalytics.example",
                "blathnaid.nifhlatharta@corribanalytics.example",
            ],
            notes="A referrer forwards the invitation with the Apple .ics attached; 'half three (Irish time)' = 15:30 IST before the 31 October switch.",
        ),
    )
)

# --- Apple Calendar update (SEQUENCE 1) from a hiring manager, Reykjavík -------------------------
S = "2032-11-04 13:00"
add(
    invite(
        JONINA,
        "apple-calendar-update-new-time-solfar-energy",
        "interview",
        start=S,
        zone="Atlantic/Reykjavik",
        minutes=60,
        summary="Interview: Geothermal Data Analyst (Jónína)",
        organizer=("Gunnar Ólafsson", "gunnar.olafsson@solfar-energy.example"),
        attendees=[("Jónína Hallgrímsdóttir", "jonina.hallgrimsdottir@example.com")],
        prodid=APPLE,
        sequence=1,
        ics_mode="both",
        uid_style="apple",
        location="Sólfar Energy, Borgartún 26",
        frm=("Gunnar Ólafsson", "gunnar.olafsson@solfar-energy.example"),
        subject="Updated: Interview: Geothermal Data Analyst (Jónína)",
        date=dh("2032-10-29 16:20:00", "Atlantic/Reykjavik"),
        body=f"""Hi Jónína,

Small change - I've moved our interview to {d(S, "uk")} at 13:00, since the plant visit ran over into Wednesday. Same place. The updated invitation is attached.

Gunnar Ólafsson
Head of Reservoir Engineering, Sólfar Energy
+354 555 0172
""",
        label=lab(
            S,
            "Atlantic/Reykjavik",
            "Atlantic/Reykjavik",
            company="Sólfar Energy",
            role="Geothermal Data Analyst",
            who=["Gunnar Ólafsson"],
            emails=["gunnar.olafsson@solfar-energy.example"],
            notes="macOS Calendar update with a new time (SEQUENCE 1); Reykjavík (UTC, no DST).",
        ),
    )
)
