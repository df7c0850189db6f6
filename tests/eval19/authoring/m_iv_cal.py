"""Interviews in calendar mail: Exchange and Teams, Google, Apple, Zoom, Webex and others."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AIGERIM,
    ANDERS,
    APPLE,
    BOLOR,
    DEVIKA,
    EVOLUTION,
    FARHANA,
    FASTMAIL,
    GOOGLE,
    ILZE,
    JIHO,
    LAYAN,
    MAHA,
    MUKISA,
    NINO,
    PIM,
    PROTON,
    RASHA,
    SOLVEIG,
    TEREZA,
    WANGARI,
    ZOOM,
    cal_mail,
    d,
    dh,
    google,
    lab,
    outlook,
    t12,
)

MESSAGES = [
    outlook(
        ILZE,
        "fle-teams-second-interview",
        "interview",
        start="2038-10-20 11:00",
        zone="FLE Standard Time",
        minutes=60,
        subject="Second interview - Ilze Kalniņa-Boateng / Product Owner",
        organizer=("Mārtiņš Ozols", "martins.ozols@dzintarjuras-tech.example"),
        attendees=[("Santa Liepiņa", "santa.liepina@dzintarjuras-tech.example")],
        date=dh("2038-10-14 15:31", "Europe/Riga"),
        text="""Hi Ilze,

As agreed on the phone, here is the invitation for the second interview. Santa Liepiņa
(Head of Product) and I will join from the office, you from wherever suits you.

Mārtiņš""",
        label=lab(
            "2038-10-20 11:00",
            "FLE Standard Time",
            "Europe/Kyiv",
            company="Dzintarjūras Tech",
            role="Product Owner",
            who=["Mārtiņš Ozols", "Santa Liepiņa"],
            emails=[
                "martins.ozols@dzintarjuras-tech.example",
                "santa.liepina@dzintarjuras-tech.example",
            ],
            notes="Exchange request in FLE Standard Time for a Riga user (001 maps it to Kyiv).",
        ),
    ),
    outlook(
        LAYAN,
        "amman-onsite-exchange-request",
        "interview",
        start="2038-11-14 10:30",
        zone="Jordan Standard Time",
        minutes=90,
        subject="Interview: Layan Haddadin-Whyte (UX Research Lead)",
        organizer=("Rami Khasawneh", "rami.khasawneh@petra-digital.example"),
        attendees=[
            ("Dima Nsour", "dima.nsour@petra-digital.example"),
            ("Omar Tell", "omar.tell@petra-digital.example"),
        ],
        location="Petra Digital, Abdali Boulevard, Tower B, 14th floor",
        teams=False,
        date=dh("2038-11-08 09:14", "Asia/Amman"),
        text="""Dear Layan,

Please find the invitation for your interview at our office. You will meet Dima Nsour
(Design Director) and Omar Tell (Senior Product Manager); I will welcome you at reception.

Best regards,
Rami Khasawneh
People Operations""",
        label=lab(
            "2038-11-14 10:30",
            "Jordan Standard Time",
            "Asia/Amman",
            company="Petra Digital",
            role="UX Research Lead",
            who=["Dima Nsour", "Omar Tell"],
            emails=["dima.nsour@petra-digital.example", "omar.tell@petra-digital.example"],
            notes="On-site Exchange request; the organiser from People Ops only welcomes.",
        ),
    ),
    outlook(
        MAHA,
        "arab-standard-time-panel",
        "interview",
        start="2038-10-31 09:00",
        zone="Arab Standard Time",
        minutes=60,
        subject="Panel Interview - Investment Associate",
        organizer=("Noora Al-Sulaiti", "noora.alsulaiti@pearl-bay-capital.example"),
        attendees=[
            ("Khalid Al-Emadi", "khalid.alemadi@pearl-bay-capital.example"),
            ("Fiona Marchetti", "fiona.marchetti@pearl-bay-capital.example"),
        ],
        date=dh("2038-10-25 13:48", "Asia/Qatar"),
        text="""Dear Maha,

Thank you for your time last week. We are pleased to invite you to a panel interview with
Khalid Al-Emadi (Managing Director) and Fiona Marchetti (Head of Portfolio). The meeting
is on Teams; the link is below.

Kind regards,
Noora Al-Sulaiti
Talent Acquisition""",
        label=lab(
            "2038-10-31 09:00",
            "Arab Standard Time",
            "Asia/Riyadh",
            company="Pearl Bay Capital",
            role="Investment Associate",
            who=["Khalid Al-Emadi", "Fiona Marchetti"],
            emails=[
                "khalid.alemadi@pearl-bay-capital.example",
                "fiona.marchetti@pearl-bay-capital.example",
            ],
            notes="Doha user, 'Arab Standard Time' (001: Riyadh, same offset); a Sunday.",
        ),
    ),
    google(
        WANGARI,
        "google-invite-nairobi-caption",
        "interview",
        start="2038-10-18 14:00",
        zone="Africa/Nairobi",
        minutes=45,
        summary="Wangari / Mbuni Payments - Engineering interview",
        organizer=("Brian Otieno", "brian.otieno@mbuni-payments.example"),
        guests=[("Faith Chepkoech", "faith.chepkoech@mbuni-payments.example")],
        date=dh("2038-10-12 10:20", "Africa/Nairobi"),
        caption="East Africa Time - Nairobi",
        details="45 minutes with Brian (Engineering Manager) and Faith (Staff Engineer): "
        "a short live debugging exercise, then your questions.",
        label=lab(
            "2038-10-18 14:00",
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Mbuni Payments",
            who=["Brian Otieno", "Faith Chepkoech"],
            emails=[
                "brian.otieno@mbuni-payments.example",
                "faith.chepkoech@mbuni-payments.example",
            ],
            notes="Google's later layout with its Nairobi caption.",
        ),
    ),
    cal_mail(
        JIHO,
        "google-export-utc-wr-timezone",
        "interview",
        event={
            "start": "2038-11-11 15:00",
            "zone": None,
            "utc_zone": "Asia/Seoul",
            "wr_timezone": "Asia/Seoul",
            "minutes": 60,
            "summary": "Product interview - Kang Ji-ho",
            "organizer": ("Yoon Seo-yeon", "seoyeon.yoon@seongsu-mobility.example"),
            "attendees": [
                ("Park Min-jae", "minjae.park@seongsu-mobility.example"),
                ("Kang Ji-ho", "jiho.kang.pm@example.org"),
            ],
            "location": "Seongsu Mobility Works, 5F, Teheran-ro 231",
            "prodid": GOOGLE,
            "method": "PUBLISH",
        },
        date=dh("2038-11-04 18:02", "Asia/Seoul"),
        style="google",
        frm=("Yoon Seo-yeon", "seoyeon.yoon@seongsu-mobility.example"),
        subject="Interview details (calendar file attached)",
        body=f"""Hello Ji-ho,

Thank you for applying to Seongsu Mobility Works. Your interview is on {d("2038-11-11", "uk")}
at {t12("2038-11-11 15:00", compact=True)} Seoul time, at our office (5F, Teheran-ro 231).
Park Min-jae, our Product Lead, will interview you together with me.

I attached a calendar file so you can add it to your calendar.

Yoon Seo-yeon
Recruiting Manager""",
        ics_mode="attach",
        ics_name="interview.ics",
        label=lab(
            "2038-11-11 15:00",
            "Asia/Seoul",
            "Asia/Seoul",
            company="Seongsu Mobility Works",
            who=["Park Min-jae", "Yoon Seo-yeon"],
            emails=[
                "minjae.park@seongsu-mobility.example",
                "seoyeon.yoon@seongsu-mobility.example",
            ],
            notes="Google export: METHOD:PUBLISH, UTC times, X-WR-TIMEZONE; ymd user.",
        ),
    ),
    outlook(
        ANDERS,
        "teams-html-only-romance",
        "interview",
        start="2038-11-16 13:00",
        zone="Romance Standard Time",
        minutes=45,
        subject="Samtale / interview - Data Steward",
        organizer=("Mette Kjærgaard", "mette.kjaergaard@oresund-energi.example"),
        attendees=[("Nikolaj Bech", "nikolaj.bech@oresund-energi.example")],
        html_only=True,
        date=dh("2038-11-09 08:55", "Europe/Copenhagen"),
        text="""Hi Anders,

Thanks for applying for the Data Steward role. Nikolaj Bech (Head of Data Governance) and I
would like to talk to you on Teams. The meeting is in English.

Best regards,
Mette Kjærgaard
HR Partner, Øresund Energi""",
        label=lab(
            "2038-11-16 13:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Øresund Energi",
            role="Data Steward",
            who=["Nikolaj Bech", "Mette Kjærgaard"],
            emails=[
                "nikolaj.bech@oresund-energi.example",
                "mette.kjaergaard@oresund-energi.example",
            ],
            notes="HTML-only Exchange request with Teams; Copenhagen on Romance Standard Time.",
        ),
    ),
    cal_mail(
        SOLVEIG,
        "icloud-attachment-no-cn",
        "interview",
        event={
            "start": "2038-10-22 12:30",
            "zone": "Europe/Oslo",
            "minutes": 60,
            "summary": "Lunch interview - Solveig",
            "organizer": ("Ingrid Fossheim", "ingrid.fossheim@fjellbekk-arkitekter.example"),
            "attendees": [
                (None, "solveig.haugland@example.com"),
                (None, "even.rustad@fjellbekk-arkitekter.example"),
            ],
            "location": "Fjellbekk Arkitekter, Tollbugata 17, Oslo",
            "prodid": APPLE,
        },
        date=dh("2038-10-18 21:14", "Europe/Oslo"),
        style="apple",
        frm=("Ingrid Fossheim", "ingrid.fossheim@fjellbekk-arkitekter.example"),
        subject="Invitation: Lunch interview - Solveig",
        body='Ingrid Fossheim has invited you to "Lunch interview - Solveig".\n\n'
        "Even Rustad from the studio will join us.\n\nSent from my iPad\n",
        ics_mode="attach",
        ics_name="invite.ics",
        label=lab(
            "2038-10-22 12:30",
            "Europe/Oslo",
            "Europe/Oslo",
            company="Fjellbekk Arkitekter",
            who=["Ingrid Fossheim", "Even Rustad"],
            emails=[
                "ingrid.fossheim@fjellbekk-arkitekter.example",
                "even.rustad@fjellbekk-arkitekter.example",
            ],
            notes="Apple attachment whose ATTENDEE lines carry no CN.",
        ),
    ),
    outlook(
        TEREZA,
        "updated-time-sequence-two",
        "interview",
        start="2038-11-04 15:30",
        zone="Central Europe Standard Time",
        minutes=60,
        subject="Interview - Tereza Novotná-Quaye - QA Lead",
        organizer=("Jakub Dvořák", "jakub.dvorak@vltava-soft.example"),
        attendees=[("Lenka Horáková", "lenka.horakova@vltava-soft.example")],
        sequence=2,
        date=dh("2038-10-29 10:05", "Europe/Prague"),
        text="""Hi Tereza,

I have moved our interview to the afternoon, as Lenka cannot make the morning. Sorry for
the shuffle. Nothing else changes.

Jakub Dvořák
QA Manager""",
        label=lab(
            "2038-11-04 15:30",
            "Central Europe Standard Time",
            "Europe/Budapest",
            company="Vltava Soft",
            role="QA Lead",
            who=["Jakub Dvořák", "Lenka Horáková"],
            emails=["jakub.dvorak@vltava-soft.example", "lenka.horakova@vltava-soft.example"],
            notes="Updated request (SEQUENCE 2) at the new time; Prague on a Windows zone.",
        ),
    ),
    outlook(
        RASHA,
        "part-two-moved-recurrence-id",
        "interview",
        start="2038-12-02 11:00",
        zone="Arabian Standard Time",
        minutes=60,
        subject="Case interview (part 2 of 2)",
        organizer=("Huda Al-Falasi", "huda.alfalasi@dhow-advisory.example"),
        attendees=[("Conor Whelan", "conor.whelan@dhow-advisory.example")],
        sequence=1,
        extra_lines=["RECURRENCE-ID;TZID=Asia/Dubai:20381201T110000"],
        date=dh("2038-11-25 16:40", "Asia/Dubai"),
        text="""Dear Rasha,

Conor is travelling on the 1st, so part 2 of your case interview moves one day later,
same time. Part 1 stays as it is.

Huda Al-Falasi
Recruitment Lead, Dhow Advisory""",
        label=lab(
            "2038-12-02 11:00",
            "Arabian Standard Time",
            "Asia/Dubai",
            company="Dhow Advisory",
            who=["Conor Whelan"],
            emails=["conor.whelan@dhow-advisory.example"],
            notes="Exception to a two-part series (RECURRENCE-ID); part 2 at its new time.",
        ),
    ),
    cal_mail(
        PIM,
        "zoom-generated-invite-bangkok",
        "interview",
        event={
            "start": "2038-10-26 14:00",
            "zone": "Asia/Bangkok",
            "minutes": 40,
            "summary": "Interview: Pimchanok Srisai-Hendry x Chao Phraya Foods",
            "organizer": ("Kittipong Wattana", "kittipong.w@chaophraya-foods.example"),
            "location": "https://zoom.us/j/98812033467",
            "description": "Kittipong Wattana is inviting you to a scheduled Zoom meeting.\n"
            "Join Zoom Meeting https://zoom.us/j/98812033467",
            "prodid": ZOOM,
        },
        date=dh("2038-10-20 11:11", "Asia/Bangkok"),
        frm=("Kittipong Wattana", "kittipong.w@chaophraya-foods.example"),
        subject="Zoom interview - Brand Manager",
        body="""Hi Pimchanok,

Kittipong Wattana is inviting you to a scheduled Zoom meeting.

Topic: Interview: Pimchanok Srisai-Hendry x Chao Phraya Foods
Time: Oct 26, 2038 02:00 PM Bangkok

Join Zoom Meeting
https://zoom.us/j/98812033467

Meeting ID: 988 1203 3467

I'm the Marketing Director; our Brand Lead Siriporn Chaiyasit will join as well.

Kittipong""",
        ics_mode="attach",
        ics_name="zoom_meeting.ics",
        label=lab(
            "2038-10-26 14:00",
            "Asia/Bangkok",
            "Asia/Bangkok",
            company="Chao Phraya Foods",
            role="Brand Manager",
            who=["Kittipong Wattana", "Siriporn Chaiyasit"],
            emails=["kittipong.w@chaophraya-foods.example"],
            notes="Zoom's invitation text pasted into a mail with its .ics.",
        ),
    ),
    outlook(
        NINO,
        "georgian-time-webex-location",
        "interview",
        start="2038-11-23 12:00",
        zone="Georgian Standard Time",
        minutes=60,
        subject="Interview - Country Finance Manager",
        organizer=("Levan Gelashvili", "levan.gelashvili@mtkvari-agro.example"),
        attendees=[("Tamar Kobakhidze", "tamar.kobakhidze@mtkvari-agro.example")],
        teams=False,
        location="Webex: https://mtkvari.webex.com/meet/levan.gelashvili",
        date=dh("2038-11-17 17:22", "Asia/Tbilisi"),
        text="""Dear Nino,

Thank you for your interest. Our CFO Levan Gelashvili and the Financial Controller Tamar
Kobakhidze will interview you on Webex (link in the location).

Kind regards""",
        label=lab(
            "2038-11-23 12:00",
            "Georgian Standard Time",
            "Asia/Tbilisi",
            company="Mtkvari Agro",
            role="Country Finance Manager",
            who=["Levan Gelashvili", "Tamar Kobakhidze"],
            emails=[
                "levan.gelashvili@mtkvari-agro.example",
                "tamar.kobakhidze@mtkvari-agro.example",
            ],
            notes="Exchange request with a Webex room as location.",
        ),
    ),
    cal_mail(
        BOLOR,
        "evolution-invite-ulaanbaatar",
        "interview",
        event={
            "start": "2038-12-07 10:00",
            "zone": "Asia/Ulaanbaatar",
            "minutes": 60,
            "summary": "Interview - Bolormaa Ganbold (GIS Analyst)",
            "organizer": ("Batbayar Dorj", "batbayar.dorj@steppe-survey.example"),
            "attendees": [
                ("Bolormaa Ganbold", "bolormaa.ganbold@example.net"),
                ("Sarangerel Tsend", "sarangerel.tsend@steppe-survey.example"),
            ],
            "location": "Steppe Survey LLC, Peace Avenue 44, room 302",
            "prodid": EVOLUTION,
        },
        date=dh("2038-12-01 09:40", "Asia/Ulaanbaatar"),
        frm=("Batbayar Dorj", "batbayar.dorj@steppe-survey.example"),
        subject="Meeting request: Interview - Bolormaa Ganbold (GIS Analyst)",
        body="""Dear Bolormaa,

Please accept the attached invitation: 2038-12-07 at 10:00, our office, room 302.
Sarangerel Tsend (Head of GIS) and I will meet you.

Batbayar Dorj
Technical Director""",
        ics_mode="inline",
        label=lab(
            "2038-12-07 10:00",
            "Asia/Ulaanbaatar",
            None,
            company="Steppe Survey",
            role="GIS Analyst",
            who=["Batbayar Dorj", "Sarangerel Tsend"],
            emails=[
                "batbayar.dorj@steppe-survey.example",
                "sarangerel.tsend@steppe-survey.example",
            ],
            notes="Evolution request inline; ISO date in the text, no zone named.",
        ),
    ),
    cal_mail(
        AIGERIM,
        "proton-calendar-invitation",
        "interview",
        event={
            "start": "2038-11-19 16:00",
            "zone": "Asia/Almaty",
            "minutes": 45,
            "summary": "Interview with Tien Shan Labs",
            "organizer": ("Daniyar Abenov", "daniyar@tienshan-labs.example"),
            "attendees": [("Aigerim Seitkali-Moss", "aigerim.seitkali@example.com")],
            "description": "Video call: https://meet.google.com/tsl-qwer-kzt",
            "prodid": PROTON,
        },
        date=dh("2038-11-15 12:33", "Asia/Almaty"),
        frm=("Daniyar Abenov", "daniyar@tienshan-labs.example"),
        subject="Invitation: Interview with Tien Shan Labs",
        body=f"""Daniyar Abenov invited you to "Interview with Tien Shan Labs".

When: {d("2038-11-19", "uk")}, 4:00 PM - 4:45 PM (GMT+5) Almaty
Video call: https://meet.google.com/tsl-qwer-kzt

I'm the CTO; it will be just the two of us.
""",
        ics_mode="both",
        label=lab(
            "2038-11-19 16:00",
            "Asia/Almaty",
            "Asia/Almaty",
            company="Tien Shan Labs",
            who=["Daniyar Abenov"],
            emails=["daniyar@tienshan-labs.example"],
            notes="Proton-style invitation; Kazakhstan's single +05 zone.",
        ),
    ),
    cal_mail(
        FARHANA,
        "fastmail-request-dhaka",
        "interview",
        event={
            "start": "2038-10-27 11:30",
            "zone": "Asia/Dhaka",
            "minutes": 60,
            "summary": "Farhana - interview (Programme Officer)",
            "organizer": ("Rezaul Karim", "rezaul.karim@padma-development.example"),
            "attendees": [
                ("Farhana Akter-Westbrook", "farhana.akter@example.org"),
                ("Shirin Sultana", "shirin.sultana@padma-development.example"),
            ],
            "location": "House 12, Road 7, Dhanmondi",
            "prodid": FASTMAIL,
        },
        date=dh("2038-10-21 14:48", "Asia/Dhaka"),
        frm=("Rezaul Karim", "rezaul.karim@padma-development.example"),
        subject="Interview - Programme Officer",
        body=f"""Dear Farhana,

You are invited for an interview on {d("2038-10-27", "uk")} at 11:30 am (Dhaka time) at
our Dhanmondi office. The board will be me and Shirin Sultana, Programme Director.

Regards,
Rezaul Karim
Country Director, Padma Development Trust""",
        ics_mode="attach",
        label=lab(
            "2038-10-27 11:30",
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Padma Development Trust",
            role="Programme Officer",
            who=["Rezaul Karim", "Shirin Sultana"],
            emails=[
                "rezaul.karim@padma-development.example",
                "shirin.sultana@padma-development.example",
            ],
            notes="Fastmail-written request attached.",
        ),
    ),
    outlook(
        MUKISA,
        "east-africa-teams-hiring-manager",
        "interview",
        start="2038-11-02 15:00",
        zone="E. Africa Standard Time",
        minutes=60,
        subject="Mukisa - interview for Field Operations Lead",
        organizer=("Patience Namutebi", "patience.namutebi@nile-solar.example"),
        attendees=[],
        date=dh("2038-10-28 08:30", "Africa/Kampala"),
        text="""Hello Mukisa,

Following our chat, I'd like to do a proper interview on Teams. Just me this time; if it
goes well you will meet our country manager afterwards.

Patience Namutebi
Head of Field Operations, Nile Solar""",
        label=lab(
            "2038-11-02 15:00",
            "E. Africa Standard Time",
            "Africa/Nairobi",
            company="Nile Solar",
            role="Field Operations Lead",
            who=["Patience Namutebi"],
            emails=["patience.namutebi@nile-solar.example"],
            notes="Hiring manager's own Teams request; Kampala on E. Africa Standard Time.",
        ),
    ),
    google(
        DEVIKA,
        "google-invite-edmonton-caption",
        "interview",
        start="2038-11-08 10:00",
        zone="America/Edmonton",
        minutes=60,
        summary="Interview: Devika Sandhu-Marlow (Reservoir Engineer)",
        organizer=("Brett Lavallee", "brett.lavallee@athabasca-energy.example"),
        guests=[
            ("Lorna McKinnon", "lorna.mckinnon@athabasca-energy.example"),
            ("Sanjeev Mann", "sanjeev.mann@athabasca-energy.example"),
        ],
        date=dh("2038-11-01 13:15", "America/Edmonton"),
        caption="Mountain Time - Edmonton",
        details="Panel: Brett Lavallee (Engineering Manager), Lorna McKinnon (Principal "
        "Reservoir Engineer) and Sanjeev Mann (Talent Acquisition).",
        label=lab(
            "2038-11-08 10:00",
            "America/Edmonton",
            "America/Edmonton",
            company="Athabasca Energy",
            role="Reservoir Engineer",
            who=["Brett Lavallee", "Lorna McKinnon", "Sanjeev Mann"],
            emails=[
                "brett.lavallee@athabasca-energy.example",
                "lorna.mckinnon@athabasca-energy.example",
                "sanjeev.mann@athabasca-energy.example",
            ],
            notes="Google invitation the day after North America's switch back.",
        ),
    ),
]
