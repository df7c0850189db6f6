"""Interviews carried by calendar invitations: Exchange requests with Windows zone names
(across the autumn clock changes), Google Calendar, Calendly, iCIMS, Greenhouse, Zoom."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    BENCE,
    BOLORMAA,
    BRYNN,
    CALENDLY,
    DINITHI,
    ELLA,
    GREENHOUSE,
    ICIMS,
    IOANA,
    KAYA,
    LOSANA,
    MARISA,
    MEAGHAN,
    NINO,
    RIZKY,
    SELAM,
    SINA,
    ZOOM,
    Msg,
    booking,
    d,
    dh,
    google,
    lab,
    outlook,
)

MESSAGES: list[Msg] = [
    outlook(
        IOANA,
        "teams-interview-gtb-bucharest",
        "interview",
        start="2041-10-17 11:00",
        zone="GTB Standard Time",
        minutes=60,
        subject="Interview: Ioana Popescu-Harland - QA Lead",
        organizer=("Radu Ionescu-Baker", "radu.ionescu@carpatica-soft.example"),
        attendees=[("Elena Dobre", "elena.dobre@carpatica-soft.example")],
        date=dh("2041-10-11 14:30", "Europe/Bucharest"),
        text="""Hi Ioana,

As discussed, this is our interview for the QA Lead role. Elena Dobre (Test Architect) and I
will be on the call. Expect some questions on test strategy and a short live exercise.

Radu Ionescu-Baker
Engineering Manager, Carpatica Software""",
        label=lab(
            "2041-10-17 11:00",
            "GTB Standard Time",
            "Europe/Bucharest",
            company="Carpatica Software",
            role="QA Lead",
            who=["Radu Ionescu-Baker", "Elena Dobre"],
            emails=["radu.ionescu@carpatica-soft.example", "elena.dobre@carpatica-soft.example"],
            notes="Exchange request from the hiring manager, who interviews with a colleague.",
        ),
    ),
    outlook(
        NINO,
        "teams-interview-georgian-coordinator-opens",
        "interview",
        start="2041-10-22 15:00",
        zone="Georgian Standard Time",
        minutes=45,
        subject="Technical interview - Nino Beridze-Castle",
        organizer=("Tamar Gelashvili", "tamar.gelashvili@mtatsminda-tech.example"),
        attendees=[("Levan Chkheidze", "levan.chkheidze@mtatsminda-tech.example")],
        date=dh("2041-10-16 10:05", "Asia/Tbilisi"),
        text="""Dear Nino,

Please find the invitation for your technical interview with Levan Chkheidze, our Head of
Data. I'll open the meeting and drop off once you are both connected.

Best,
Tamar Gelashvili
HR Coordinator, Mtatsminda Tech""",
        label=lab(
            "2041-10-22 15:00",
            "Georgian Standard Time",
            "Asia/Tbilisi",
            company="Mtatsminda Tech",
            who=["Levan Chkheidze"],
            emails=["levan.chkheidze@mtatsminda-tech.example"],
            notes="The organiser only opens the meeting; the interviewer is an attendee.",
        ),
    ),
    outlook(
        BENCE,
        "teams-interview-after-eu-change-budapest",
        "interview",
        start="2041-10-28 09:30",
        zone="Central Europe Standard Time",
        minutes=60,
        subject="Interjú / Interview - Senior Data Engineer",
        organizer=("Zsófia Nagy-Whitmore", "zsofia.nagy@duna-analytics.example"),
        attendees=[
            ("Gergely Farkas", "gergely.farkas@duna-analytics.example"),
            ("Réka Tóth", "reka.toth@duna-analytics.example"),
        ],
        date=dh("2041-10-24 16:40", "Europe/Budapest"),
        text="""Hi Bence,

Here's the invite for Monday morning. You'll meet Gergely Farkas (Data Platform Lead) and
Réka Tóth (Senior Data Engineer). I'm the recruiter and will not attend.

Zsófia""",
        label=lab(
            "2041-10-28 09:30",
            "Central Europe Standard Time",
            "Europe/Budapest",
            company="Duna Analytics",
            role="Senior Data Engineer",
            who=["Gergely Farkas", "Réka Tóth"],
            emails=["gergely.farkas@duna-analytics.example", "reka.toth@duna-analytics.example"],
            notes="Sent on summer time, interview the day after the EU change (CET, +01); "
            "the organiser says she will not attend.",
        ),
    ),
    google(
        DINITHI,
        "google-invite-colombo",
        "interview",
        start="2041-11-07 14:00",
        zone="Asia/Colombo",
        minutes=60,
        summary="Interview: Dinithi Jayasuriya-Pike / Product Designer",
        organizer=("Harsha Wickramasinghe", "harsha@lanka-leaf.example"),
        guests=[("Harsha Wickramasinghe", "harsha@lanka-leaf.example")],
        date=dh("2041-11-01 11:15", "Asia/Colombo"),
        caption="India Standard Time - Colombo",
        details="Portfolio review and a design critique with Harsha (Design Director).",
        label=lab(
            "2041-11-07 14:00",
            "Asia/Colombo",
            "Asia/Colombo",
            company="Lanka Leaf",
            role="Product Designer",
            who=["Harsha Wickramasinghe"],
            emails=["harsha@lanka-leaf.example"],
            notes="Google Calendar invitation from the design director who interviews.",
        ),
    ),
    google(
        KAYA,
        "google-invite-anchorage-after-us-change",
        "interview",
        start="2041-11-05 10:00",
        zone="America/Anchorage",
        minutes=45,
        summary="Kaya / Tuk - hiring conversation (Field Biologist)",
        organizer=("Tuk Nusbaum-Ivanoff", "tuk@chugach-ecology.example"),
        guests=[("Tuk Nusbaum-Ivanoff", "tuk@chugach-ecology.example")],
        date=dh("2041-10-30 15:20", "America/Anchorage"),
        caption="Alaska Time",
        details="Interview for the Field Biologist opening. I'll call you via Meet.",
        label=lab(
            "2041-11-05 10:00",
            "America/Anchorage",
            "America/Anchorage",
            company="Chugach Ecology",
            role="Field Biologist",
            who=["Tuk Nusbaum-Ivanoff"],
            emails=["tuk@chugach-ecology.example"],
            notes="Sent before the 3 November change, interview after it (AKST, -09).",
        ),
    ),
    booking(
        MEAGHAN,
        "calendly-phone-screen-halifax",
        "interview",
        prodid=CALENDLY,
        start="2041-10-31 14:00",
        zone="America/Halifax",
        minutes=30,
        summary="Phone Screen between Ramona Leblanc and Meaghan Boudreau-Nash",
        organizer=("Ramona Leblanc", "ramona.leblanc@fundy-tidal.example"),
        attendees=[("Ramona Leblanc", "ramona.leblanc@fundy-tidal.example")],
        date=dh("2041-10-25 08:51", "America/Halifax"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="Confirmed: Phone Screen with Ramona Leblanc on Thursday, October 31, 2041",
        body=f"""Hi Meaghan Boudreau-Nash,

Your phone screen with Ramona Leblanc at Fundy Tidal Energy is scheduled.

Event Type: Phone Screen - Environmental Planner
Invitee: Meaghan Boudreau-Nash
Event Date/Time: 2:00pm - 2:30pm, {d("2041-10-31", "usy")} (Atlantic Time - Canada)
Location: Ramona will call you at the number you provided.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4f2a9e0c
Reschedule: https://calendly.com/reschedulings/4f2a9e0c

Powered by Calendly.com""",
        label=lab(
            "2041-10-31 14:00",
            "America/Halifax",
            "America/Halifax",
            company="Fundy Tidal Energy",
            role="Environmental Planner",
            who=["Ramona Leblanc"],
            emails=["ramona.leblanc@fundy-tidal.example"],
            notes="Calendly booking confirmation with attached .ics; ADT (-03).",
        ),
    ),
    booking(
        BRYNN,
        "icims-interview-regina",
        "interview",
        prodid=ICIMS,
        start="2041-11-15 10:00",
        zone="America/Regina",
        minutes=60,
        summary="Interview - Agronomy Data Specialist",
        organizer=("Prairie Grain Co-op Careers", "careers@prairie-grain.example"),
        attendees=[
            ("Wes Kowalchuk", "wes.kowalchuk@prairie-grain.example"),
            ("Amrit Dhaliwal", "amrit.dhaliwal@prairie-grain.example"),
        ],
        date=dh("2041-11-06 09:14", "America/Regina"),
        frm=("Prairie Grain Co-op", "careers@prairie-grain.example"),
        subject="Interview Scheduled - Agronomy Data Specialist (Req 7731)",
        body=f"""Dear Brynn,

An interview has been scheduled for you:

Position: Agronomy Data Specialist (Req 7731)
Date: {d("2041-11-15", "usy")}
Time: 10:00 AM - 11:00 AM (Saskatchewan time)
Location: 2900 Albert St, Regina, 3rd floor
Interview team: Wes Kowalchuk, Amrit Dhaliwal

An .ics file is attached for your calendar.

Sent via iCIMS on behalf of Prairie Grain Co-op. https://careers-prairiegrain.icims.com""",
        label=lab(
            "2041-11-15 10:00",
            "America/Regina",
            "America/Regina",
            company="Prairie Grain Co-op",
            role="Agronomy Data Specialist",
            who=["Wes Kowalchuk", "Amrit Dhaliwal"],
            emails=["wes.kowalchuk@prairie-grain.example", "amrit.dhaliwal@prairie-grain.example"],
            notes="iCIMS notification; 'Saskatchewan time' (CST all year) as America/Regina.",
        ),
    ),
    booking(
        MARISA,
        "zoom-invite-from-interviewer-phoenix",
        "interview",
        prodid=ZOOM,
        start="2041-11-07 13:00",
        zone="America/Phoenix",
        minutes=45,
        summary="Interview - Marisa Begaye-Holt / Sonoran Water Lab",
        organizer=("Dr. Ruben Ochoa-Tsosie", "rochoa@sonoran-water-lab.example"),
        attendees=[],
        date=dh("2041-11-01 16:02", "America/Phoenix"),
        frm=("Ruben Ochoa-Tsosie", "rochoa@sonoran-water-lab.example"),
        subject="Interview - Marisa Begaye-Holt / Sonoran Water Lab",
        body="""Ruben Ochoa-Tsosie is inviting you to a scheduled Zoom meeting.

Topic: Interview - Marisa Begaye-Holt / Sonoran Water Lab
Time: Nov 7, 2041 01:00 PM Arizona

Join Zoom Meeting
https://sonoran-water-lab.zoom.us/j/84410027763?pwd=Qm9vU0xhYlBhc3M

Meeting ID: 844 1002 7763
Passcode: 552210

Marisa - it'll be just me for this first conversation. Ruben""",
        label=lab(
            "2041-11-07 13:00",
            "America/Phoenix",
            "America/Phoenix",
            company="Sonoran Water Lab",
            who=["Ruben Ochoa-Tsosie"],
            emails=["rochoa@sonoran-water-lab.example"],
            notes="Zoom's generated invitation text ('Arizona'), sent by the interviewer.",
        ),
    ),
    outlook(
        ELLA,
        "teams-interview-html-only-adelaide",
        "interview",
        start="2041-11-13 10:30",
        zone="Cen. Australia Standard Time",
        minutes=60,
        subject="Panel interview - Graduate Mining Engineer",
        organizer=("Shaun Wirrpanda", "shaun.wirrpanda@gawler-minerals.example"),
        attendees=[
            ("Kylie Nguyen-Harris", "kylie.nguyenharris@gawler-minerals.example"),
            ("Dr Pieter van Aswegen", "pieter.vanaswegen@gawler-minerals.example"),
        ],
        date=dh("2041-11-04 12:10", "Australia/Adelaide"),
        html_only=True,
        text="""Hi Ella,

Your panel interview is with Kylie Nguyen-Harris (Mine Manager), Dr Pieter van Aswegen
(Principal Geotechnical Engineer) and me. We'll use Teams.

Shaun Wirrpanda
Graduate Program Lead, Gawler Minerals""",
        label=lab(
            "2041-11-13 10:30",
            "Cen. Australia Standard Time",
            "Australia/Adelaide",
            company="Gawler Minerals",
            role="Graduate Mining Engineer",
            who=["Kylie Nguyen-Harris", "Pieter van Aswegen", "Shaun Wirrpanda"],
            emails=[
                "kylie.nguyenharris@gawler-minerals.example",
                "pieter.vanaswegen@gawler-minerals.example",
                "shaun.wirrpanda@gawler-minerals.example",
            ],
            notes="HTML-only Exchange request; ACDT (+10:30) in November; the organiser sits "
            "on the panel ('and me').",
        ),
    ),
    outlook(
        SELAM,
        "updated-teams-interview-new-day-addis",
        "interview",
        start="2041-10-30 14:00",
        zone="E. Africa Standard Time",
        minutes=60,
        subject="Interview - Monitoring & Evaluation Officer",
        prefix="Updated: ",
        sequence=1,
        organizer=("Hirut Bekele", "hirut.bekele@entoto-health.example"),
        attendees=[("Dawit Alemu-Sorensen", "dawit.alemu@entoto-health.example")],
        date=dh("2041-10-25 09:20", "Africa/Addis_Ababa"),
        text="""Dear Selam,

Apologies - we have had to move your interview from Tuesday to Wednesday at the same time of
day. Dawit Alemu-Sorensen (M&E Manager) and I will interview you.

Hirut Bekele
HR Officer, Entoto Health Initiative""",
        label=lab(
            "2041-10-30 14:00",
            "E. Africa Standard Time",
            "Africa/Nairobi",
            company="Entoto Health Initiative",
            role="Monitoring & Evaluation Officer",
            who=["Dawit Alemu-Sorensen", "Hirut Bekele"],
            emails=["dawit.alemu@entoto-health.example", "hirut.bekele@entoto-health.example"],
            notes="Updated request (SEQUENCE 1) with the new time; 'E. Africa Standard Time' "
            "maps to Nairobi for territory 001 (same offset as Addis Ababa).",
        ),
    ),
    booking(
        RIZKY,
        "greenhouse-scheduler-jakarta",
        "interview",
        prodid=GREENHOUSE,
        start="2041-11-14 13:00",
        zone="Asia/Jakarta",
        minutes=90,
        summary="Onsite interview - Rizky Pratama-Holloway (Mobile Engineer)",
        organizer=("Kopi Kita Careers", "no-reply@greenhouse.io"),
        attendees=[
            ("Dimas Saputra", "dimas.saputra@kopi-kita.example"),
            ("Wulan Hartono-Sitorus", "wulan.hartono@kopi-kita.example"),
        ],
        date=dh("2041-11-08 10:40", "Asia/Jakarta"),
        frm=("Kopi Kita", "no-reply@greenhouse.io"),
        subject="Interview confirmed: Mobile Engineer at Kopi Kita",
        body=f"""Hi Rizky,

Your interview with Kopi Kita has been confirmed.

{d("2041-11-14", "us")}, 1:00 PM - 2:30 PM WIB (Asia/Jakarta)
Kopi Kita HQ, Jl. Senopati 40, Jakarta Selatan

Interviewers: Dimas Saputra (Mobile Lead), Wulan Hartono-Sitorus (Product Manager)

A calendar file is attached.

Sent by Greenhouse on behalf of Kopi Kita""",
        label=lab(
            "2041-11-14 13:00",
            "Asia/Jakarta",
            "Asia/Jakarta",
            company="Kopi Kita",
            role="Mobile Engineer",
            who=["Dimas Saputra", "Wulan Hartono-Sitorus"],
            emails=["dimas.saputra@kopi-kita.example", "wulan.hartono@kopi-kita.example"],
            notes="Greenhouse confirmation with .ics attachment.",
        ),
    ),
    outlook(
        SINA,
        "teams-interview-samoa",
        "interview",
        start="2041-11-08 09:00",
        zone="Samoa Standard Time",
        minutes=60,
        subject="Interview - Tourism Marketing Coordinator",
        organizer=("Falaniko Tuilagi-Moore", "falaniko@upolu-tourism-board.example"),
        attendees=[("Leilani Schuster", "leilani.schuster@upolu-tourism-board.example")],
        date=dh("2041-10-31 15:30", "Pacific/Apia"),
        location="Conference Room, Level 2, Beach Road",
        teams=False,
        text="""Talofa Sina,

Leilani Schuster (Marketing Manager) and I look forward to meeting you in person.

Falaniko Tuilagi-Moore
Chief Executive""",
        label=lab(
            "2041-11-08 09:00",
            "Samoa Standard Time",
            "Pacific/Apia",
            company="Upolu Tourism Board",
            role="Tourism Marketing Coordinator",
            who=["Falaniko Tuilagi-Moore", "Leilani Schuster"],
            emails=[
                "falaniko@upolu-tourism-board.example",
                "leilani.schuster@upolu-tourism-board.example",
            ],
            notes="In-person Exchange request (no Teams block); Samoa +13 all year.",
        ),
    ),
    outlook(
        LOSANA,
        "teams-interview-fiji",
        "interview",
        start="2041-11-19 10:00",
        zone="Fiji Standard Time",
        minutes=45,
        subject="Interview: Losana Vuniwaqa-Hart",
        organizer=("Ratu Josefa Naivalu", "josefa.naivalu@bula-freight.example"),
        attendees=[("Anjali Prasad-Kumar", "anjali.prasad@bula-freight.example")],
        date=dh("2041-11-12 08:15", "Pacific/Fiji"),
        text="""Bula Losana,

Sending through the Teams invite for your interview for the Customs Compliance Officer role.
It will be Anjali Prasad-Kumar (Compliance Manager) interviewing you; I've only set up the
meeting on her behalf.

Josefa Naivalu
Office Administrator""",
        label=lab(
            "2041-11-19 10:00",
            "Fiji Standard Time",
            "Pacific/Fiji",
            company="Bula Freight",
            role="Customs Compliance Officer",
            who=["Anjali Prasad-Kumar"],
            emails=["anjali.prasad@bula-freight.example"],
            notes="The organiser only set up the meeting; the interviewer is the attendee.",
        ),
    ),
    outlook(
        BOLORMAA,
        "teams-interview-ulaanbaatar",
        "interview",
        start="2041-10-21 16:00",
        zone="Ulaanbaatar Standard Time",
        minutes=60,
        subject="Interview / Ярилцлага - Mining Data Analyst",
        organizer=("Enkhtuya Dashdorj", "enkhtuya.d@gobi-ore.example"),
        attendees=[("Batbold Tserendorj", "batbold.t@gobi-ore.example")],
        date=dh("2041-10-15 11:00", "Asia/Ulaanbaatar"),
        text="""Dear Bolormaa,

Batbold Tserendorj (Head of Analytics) and I will interview you for the Mining Data Analyst
position.

Enkhtuya Dashdorj
HR Manager, Gobi Ore LLC""",
        label=lab(
            "2041-10-21 16:00",
            "Ulaanbaatar Standard Time",
            "Asia/Ulaanbaatar",
            company="Gobi Ore",
            role="Mining Data Analyst",
            who=["Batbold Tserendorj", "Enkhtuya Dashdorj"],
            emails=["batbold.t@gobi-ore.example", "enkhtuya.d@gobi-ore.example"],
            notes="Exchange request; the HR manager says she interviews too.",
        ),
    ),
]
