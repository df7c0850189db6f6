"""Interviews that arrive as calendar invitations in English: Google, Exchange with Windows
zone names, Outlook on the web, Zoom, iCloud, Proton, Thunderbird, Nextcloud and Zoho."""

from __future__ import annotations

from tests.eval15.authoring import kit as k15
from tests.eval20.authoring.kit import (
    ANA,
    ANDREAS,
    AVIAJA,
    ICLOUD,
    ISHAAN,
    JOLENE,
    KAYLEE,
    MEREANA,
    NEXTCLOUD,
    NURUL,
    PRIYANKA,
    PROTON,
    PUTRI,
    RAMON,
    RUBY,
    SIGRUN,
    TEGAN,
    THUNDERBIRD,
    ZOHO,
    ZOOM,
    cal_mail,
    d,
    dh,
    google,
    lab,
    outlook,
    own,
    plus,
    t12,
    t24,
)

S1 = "2039-04-04 10:00"
S2 = "2039-03-29 11:00"
S3 = "2039-03-28 13:00"
S4 = "2039-03-24 10:30"
S5 = "2039-03-16 15:00"
S6 = "2039-03-22 09:00"
S7 = "2039-04-06 11:00"
S8 = "2039-03-24 14:00"
S9 = "2039-04-05 10:00"
S10 = "2039-03-21 15:00"
S11 = "2039-03-30 13:30"
S12 = "2039-04-12 16:00"
S13 = "2039-03-31 11:30"
S14 = "2039-04-14 09:00"

MESSAGES = [
    google(
        MEREANA,
        "google-auckland-after-daylight-ends",
        "interview",
        start=S1,
        zone="Pacific/Auckland",
        minutes=60,
        summary="Interview: Mereana Tipene-Walsh / Senior UX Researcher",
        organizer=("Aroha Whaanga", "aroha.whaanga@ponga-digital.example"),
        guests=[
            ("Aroha Whaanga", "aroha.whaanga@ponga-digital.example"),
            ("Tom Hilliard", "tom.hilliard@ponga-digital.example"),
        ],
        date=dh("2039-03-29 09:12", "Pacific/Auckland"),
        caption="New Zealand Time",
        details="Kia ora Mereana - this is the research deep-dive with Tom and me. Bring one "
        "study you're proud of; we'll ask about the messy bits.",
        label=lab(
            S1,
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Ponga Digital",
            role="Senior UX Researcher",
            who=["Aroha Whaanga", "Tom Hilliard"],
            emails=["aroha.whaanga@ponga-digital.example", "tom.hilliard@ponga-digital.example"],
            notes="Google's 'has invited you' layout; the day after New Zealand's switch back "
            "to +12 (sent while still on +13).",
        ),
    ),
    outlook(
        ANA,
        "exchange-chisinau-e-europe-zone",
        "interview",
        start=S2,
        zone="E. Europe Standard Time",
        minutes=60,
        subject="Interview - Ana Rusu-Pemberton - Localisation Project Manager",
        organizer=("Cristina Ceban", "cristina.ceban@nistru-language.example"),
        attendees=[
            ("Victor Munteanu", "victor.munteanu@nistru-language.example"),
            ("Elena Popa", "elena.popa@nistru-language.example"),
        ],
        date=dh("2039-03-22 12:03", "Europe/Chisinau"),
        text="""Dear Ana,

As discussed, please find the invitation for your interview for the Localisation Project
Manager role. You will meet Victor Munteanu (Head of Delivery) and Elena Popa (Senior PM).
I will not join the call myself, but I'm available for any questions before.

Kind regards,
Cristina Ceban
HR Specialist, Nistru Language Services""",
        label=lab(
            S2,
            "E. Europe Standard Time",
            "Europe/Chisinau",
            company="Nistru Language Services",
            role="Localisation Project Manager",
            who=["Victor Munteanu", "Elena Popa"],
            emails=[
                "victor.munteanu@nistru-language.example",
                "elena.popa@nistru-language.example",
            ],
            notes="Exchange with 'E. Europe Standard Time' (CLDR 001: Chisinau); two days "
            "after Moldova's 27 March switch to +03. The organiser does not take part.",
        ),
    ),
    outlook(
        AVIAJA,
        "exchange-nuuk-greenland-zone",
        "interview",
        start=S3,
        zone="Greenland Standard Time",
        minutes=45,
        subject="Samtale / interview - Harbour Logistics Officer",
        organizer=("Malik Kleist", "malik.kleist@sermeq-shipping.example"),
        attendees=[("Naja Petersen", "naja.petersen@sermeq-shipping.example")],
        date=dh("2039-03-21 10:40", "America/Nuuk"),
        text="""Hi Aviaja,

Thank you for your application. Naja Petersen (Port Manager) and I would like to meet you at
our office at the harbour, Aqqusinersuaq 7. Please note that Greenland changes to summer
time the weekend before.

Best regards
Malik Kleist
Operations Director, Sermeq Shipping""",
        location="Sermeq Shipping, Aqqusinersuaq 7, Nuuk",
        teams=False,
        label=lab(
            S3,
            "Greenland Standard Time",
            "America/Nuuk",
            company="Sermeq Shipping",
            role="Harbour Logistics Officer",
            who=["Malik Kleist", "Naja Petersen"],
            emails=[
                "malik.kleist@sermeq-shipping.example",
                "naja.petersen@sermeq-shipping.example",
            ],
            notes="Exchange with 'Greenland Standard Time' (Nuuk, -02 standard since 2023); "
            "the day after Nuuk moves to -01. In person, no Teams.",
        ),
    ),
    outlook(
        PRIYANKA,
        "exchange-port-louis-html-only",
        "interview",
        start=S4,
        zone="Mauritius Standard Time",
        minutes=60,
        subject="Interview - Fund Accountant (Ebene)",
        organizer=("Kevin Ah-Kong", "kevin.ahkong@lagon-fundservices.example"),
        attendees=[
            ("Nandini Boodhoo", "nandini.boodhoo@lagon-fundservices.example"),
            ("Kevin Ah-Kong", "kevin.ahkong@lagon-fundservices.example"),
        ],
        date=dh("2039-03-17 14:55", "Indian/Mauritius"),
        text="""Dear Priyanka,

Further to your application, Nandini Boodhoo (Fund Accounting Manager) and I would be
pleased to meet you for an interview on Teams. Please accept this invitation to confirm.

Regards,
Kevin Ah-Kong
Senior HR Officer, Lagon Fund Services Ltd""",
        html_only=True,
        label=lab(
            S4,
            "Mauritius Standard Time",
            "Indian/Mauritius",
            company="Lagon Fund Services",
            role="Fund Accountant",
            who=["Nandini Boodhoo", "Kevin Ah-Kong"],
            emails=[
                "nandini.boodhoo@lagon-fundservices.example",
                "kevin.ahkong@lagon-fundservices.example",
            ],
            notes="Exchange request, HTML only, 'Mauritius Standard Time'; the HR officer "
            "takes part ('Nandini and I').",
        ),
    ),
    outlook(
        KAYLEE,
        "exchange-update-moved-to-wednesday",
        "interview",
        start=S5,
        zone="Mountain Standard Time",
        minutes=60,
        subject="Interview: Kaylee Redcloud-Hansen - Water Resources Engineer",
        organizer=("Brett Lindqvist", "brett.lindqvist@frontrange-hydro.example"),
        attendees=[
            ("Monica Tsosie", "monica.tsosie@frontrange-hydro.example"),
            ("Brett Lindqvist", "brett.lindqvist@frontrange-hydro.example"),
        ],
        date=dh("2039-03-11 16:20", "America/Denver"),
        text="""Hi Kaylee,

Monica had a conflict on Tuesday, so I've moved us to Wednesday afternoon - same format, an
hour with Monica Tsosie (Principal Engineer) and me. Sorry for the shuffle!

Brett Lindqvist
Engineering Manager, Front Range Hydro""",
        location="Front Range Hydro, 1550 Wynkoop St, Denver - Room Bear Creek",
        teams=False,
        sequence=1,
        prefix="Updated: ",
        label=lab(
            S5,
            "Mountain Standard Time",
            "America/Denver",
            company="Front Range Hydro",
            role="Water Resources Engineer",
            who=["Monica Tsosie", "Brett Lindqvist"],
            emails=[
                "monica.tsosie@frontrange-hydro.example",
                "brett.lindqvist@frontrange-hydro.example",
            ],
            notes="Exchange update (SEQUENCE 1) moving the interview; the new time is the "
            "label. Sent on MST, interview after the 13 March switch (MDT).",
        ),
    ),
    cal_mail(
        RAMON,
        "zoom-invitation-arizona",
        "interview",
        event={
            "summary": "Ramón Lucero-Whitaker - Interview (Solar Field Technician)",
            "prodid": ZOOM,
            "organizer": ("Dale Ketchum", "dale.ketchum@sonoran-solarworks.example"),
            "attendees": [("Ramón Lucero-Whitaker", "ramon.lucero@example.net")],
            "start": S6,
            "minutes": 45,
            "zone": "America/Phoenix",
            "location": "https://zoom.us/j/93418827710?pwd=cUtXb2lBRm1Vd3l1",
            "description": "Dale Ketchum is inviting you to a scheduled Zoom meeting.",
        },
        date=dh("2039-03-15 07:45", "America/Phoenix"),
        style="zoom.us",
        frm=("Dale Ketchum", "dale.ketchum@sonoran-solarworks.example"),
        subject="Interview - Solar Field Technician (Zoom)",
        body=f"""Hi Ramón,

Looking forward to talking with you. Details below - it'll just be me.

Dale Ketchum
Site Supervisor, Sonoran Solarworks

Dale Ketchum is inviting you to a scheduled Zoom meeting.

Topic: Ramón Lucero-Whitaker - Interview (Solar Field Technician)
Time: Mar {S6[8:10]}, 2039 09:00 AM Arizona

Join Zoom Meeting
https://zoom.us/j/93418827710?pwd=cUtXb2lBRm1Vd3l1

Meeting ID: 934 1882 7710
Passcode: 518204
""",
        ics_mode="attach",
        ics_name="zoom.ics",
        label=lab(
            S6,
            "America/Phoenix",
            "America/Phoenix",
            company="Sonoran Solarworks",
            role="Solar Field Technician",
            who=["Dale Ketchum"],
            emails=["dale.ketchum@sonoran-solarworks.example"],
            notes="Zoom's generated text ('Arizona') and its .ics; Phoenix stays on -07 "
            "while Denver moved.",
        ),
    ),
    cal_mail(
        TEGAN,
        "icloud-invite-hobart-aest",
        "interview",
        event={
            "summary": "Interview – Tegan Blackwood-Ngata",
            "prodid": ICLOUD,
            "organizer": ("Gavin Pearce", "gavin.pearce@derwent-aquaculture.example"),
            "attendees": [
                ("Gavin Pearce", "gavin.pearce@derwent-aquaculture.example"),
                ("Tegan Blackwood-Ngata", "tegan.blackwood@example.com"),
            ],
            "start": S7,
            "minutes": 60,
            "zone": "Australia/Hobart",
            "location": "Derwent Aquaculture, 12 Salamanca Pl, Hobart",
        },
        date=dh("2039-03-31 18:02", "Australia/Hobart"),
        style="apple",
        frm=("Gavin Pearce", "gavin.pearce@derwent-aquaculture.example"),
        subject="Invitation: Interview – Tegan Blackwood-Ngata @ Wed 6 Apr 2039 11:00 am (AEST)",
        body=f"""Gavin Pearce has invited you to "Interview – Tegan Blackwood-Ngata".

{d(S7, "uky")} 11:00 am – 12:00 pm (AEST)
Derwent Aquaculture, 12 Salamanca Pl, Hobart

Accept  Decline  Maybe

Sent from iCloud
""",
        ics_mode="attach",
        label=lab(
            S7,
            "Australia/Hobart",
            "Australia/Hobart",
            company="Derwent Aquaculture",
            who=["Gavin Pearce"],
            emails=["gavin.pearce@derwent-aquaculture.example"],
            notes="iCloud invitation; the subject says AEST because Tasmania left daylight "
            "time on 3 April (sent on AEDT). Company from the location.",
        ),
    ),
    cal_mail(
        SIGRUN,
        "proton-reykjavik-interview",
        "interview",
        event={
            "summary": "Interview with Sigrún (Geothermal Data Scientist)",
            "prodid": PROTON,
            "organizer": ("Einar Þórsson", "einar@hekla-energy.example"),
            "attendees": [
                ("Sigrún Halldórsdóttir-Pratt", "sigrun.halldors@example.net"),
                ("Katrín Jónsdóttir", "katrin@hekla-energy.example"),
            ],
            "start": S8,
            "minutes": 60,
            "zone": "Atlantic/Reykjavik",
            "description": "Einar and Katrín from Hekla Energy. Video link: "
            "https://meet.hekla-energy.example/geo-interview",
        },
        date=dh("2039-03-18 16:31", "Atlantic/Reykjavik"),
        style="proton.me",
        frm=("Einar Þórsson", "einar@hekla-energy.example"),
        subject="Invitation for an event starting on Thursday, March 24, 2039 at 2:00 PM (GMT+0)",
        body="""Einar Þórsson invited you to an event.

Interview with Sigrún (Geothermal Data Scientist)
When: Thursday, March 24, 2039 at 2:00 PM – 3:00 PM (GMT+0) Atlantic/Reykjavik
Organizer: Einar Þórsson
Participants: Sigrún Halldórsdóttir-Pratt, Katrín Jónsdóttir

Einar and Katrín from Hekla Energy. Video link: https://meet.hekla-energy.example/geo-interview
""",
        ics_mode="attach",
        label=lab(
            S8,
            "Atlantic/Reykjavik",
            "Atlantic/Reykjavik",
            company="Hekla Energy",
            role="Geothermal Data Scientist",
            who=["Einar Þórsson", "Katrín Jónsdóttir"],
            emails=["einar@hekla-energy.example", "katrin@hekla-energy.example"],
            notes="Proton Calendar's invitation mail with the IANA name in the text.",
        ),
    ),
    cal_mail(
        ANDREAS,
        "thunderbird-nicosia-invitation",
        "interview",
        event={
            "summary": "Interview: Andreas Christodoulou-Bain (Maritime Insurance Underwriter)",
            "prodid": THUNDERBIRD,
            "organizer": ("Eleni Georgiou", "eleni.georgiou@kyrenia-marine.example"),
            "attendees": [
                ("Eleni Georgiou", "eleni.georgiou@kyrenia-marine.example"),
                ("Michalis Demetriou", "michalis.demetriou@kyrenia-marine.example"),
                ("Andreas Christodoulou-Bain", "andreas.christodoulou@example.com"),
            ],
            "start": S9,
            "minutes": 60,
            "zone": "Asia/Nicosia",
            "location": "Kyrenia Marine Underwriters, 25 Griva Digeni Ave, Nicosia",
        },
        date=dh("2039-03-25 11:15", "Asia/Nicosia"),
        style="kyrenia-marine.example",
        frm=("Eleni Georgiou", "eleni.georgiou@kyrenia-marine.example"),
        subject="Invitation: Interview: Andreas Christodoulou-Bain (Maritime Insurance Underwriter)",
        body=f"""You have been invited to a meeting

What: Interview: Andreas Christodoulou-Bain (Maritime Insurance Underwriter)
When: {d(S9, "uky")} {t24(S9)} - {t24(plus(S9, 60))} (Asia/Nicosia)
Where: Kyrenia Marine Underwriters, 25 Griva Digeni Ave, Nicosia
Organizer: Eleni Georgiou <eleni.georgiou@kyrenia-marine.example>
Attendees:
Eleni Georgiou <eleni.georgiou@kyrenia-marine.example>
Michalis Demetriou <michalis.demetriou@kyrenia-marine.example>
Andreas Christodoulou-Bain <andreas.christodoulou@example.com>
""",
        ics_mode="both",
        extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Thunderbird/128.9.0")],
        label=lab(
            S9,
            "Asia/Nicosia",
            "Asia/Nicosia",
            company="Kyrenia Marine Underwriters",
            role="Maritime Insurance Underwriter",
            who=["Eleni Georgiou", "Michalis Demetriou"],
            emails=[
                "eleni.georgiou@kyrenia-marine.example",
                "michalis.demetriou@kyrenia-marine.example",
            ],
            notes="Thunderbird's invitation text (What/When/Where) and calendar; Cyprus on "
            "+03 after 27 March.",
        ),
    ),
    cal_mail(
        NURUL,
        "nextcloud-kuala-lumpur-invite",
        "interview",
        event={
            "summary": "Interview - Sustainability Reporting Analyst",
            "prodid": NEXTCLOUD,
            "organizer": ("Farid Iskandar", "farid.iskandar@titiwangsa-green.example"),
            "attendees": [
                ("Nurul Aisyah Rahmat", "nurulaisyah.rahmat@example.com"),
                ("Farid Iskandar", "farid.iskandar@titiwangsa-green.example"),
                ("Mei Ling Tan", "meiling.tan@titiwangsa-green.example"),
            ],
            "start": S10,
            "minutes": 60,
            "zone": "Asia/Kuala_Lumpur",
            "location": "Level 9, Menara Titiwangsa, Jalan Tun Razak, Kuala Lumpur",
        },
        date=dh("2039-03-14 10:10", "Asia/Kuala_Lumpur"),
        style="titiwangsa-green.example",
        frm=("Farid Iskandar via Nextcloud", "cloud-noreply@titiwangsa-green.example"),
        reply_to=("Farid Iskandar", "farid.iskandar@titiwangsa-green.example"),
        subject="Invitation: Interview - Sustainability Reporting Analyst",
        body=f"""Farid Iskandar has invited you to "Interview - Sustainability Reporting Analyst"

Title: Interview - Sustainability Reporting Analyst
Date: {d(S10, "uky")} {t12(S10, compact=True)} - {t12(plus(S10, 60), compact=True)} (Asia/Kuala_Lumpur)
Location: Level 9, Menara Titiwangsa, Jalan Tun Razak, Kuala Lumpur
Attendees: Nurul Aisyah Rahmat, Farid Iskandar, Mei Ling Tan

Accept  Tentative  Decline
""",
        ics_mode="attach",
        label=lab(
            S10,
            "Asia/Kuala_Lumpur",
            "Asia/Kuala_Lumpur",
            company="Titiwangsa Green",
            role="Sustainability Reporting Analyst",
            who=["Farid Iskandar", "Mei Ling Tan"],
            emails=[
                "farid.iskandar@titiwangsa-green.example",
                "meiling.tan@titiwangsa-green.example",
            ],
            notes="Nextcloud Calendar's invitation from its no-reply sender with the "
            "organiser as Reply-To; attendees read as the interviewers.",
        ),
    ),
    own(
        k15.outlook(
            PUTRI,
            "owa-jakarta-teams-no-when",
            "interview",
            start=S11,
            zone="SE Asia Standard Time",
            minutes=60,
            subject="Interview Putri Anggraini-Kusuma - Supply Chain Planner",
            organizer=("Bambang Wicaksono", "bambang.wicaksono@nusantara-fmcg.example"),
            attendees=[("Rina Halim", "rina.halim@nusantara-fmcg.example")],
            date=dh("2039-03-23 16:48", "Asia/Jakarta"),
            text="""Dear Putri,

Thank you for your interest in joining Nusantara FMCG. Rina Halim (Head of Planning) and I
would like to invite you to an interview on Wednesday, 30 March 2039 at 13:30 WIB via
Microsoft Teams.

Best regards,
Bambang Wicaksono
Talent Acquisition Lead""",
            label=lab(
                S11,
                "SE Asia Standard Time",
                "Asia/Bangkok",
                company="Nusantara FMCG",
                role="Supply Chain Planner",
                who=["Rina Halim", "Bambang Wicaksono"],
                emails=[
                    "rina.halim@nusantara-fmcg.example",
                    "bambang.wicaksono@nusantara-fmcg.example",
                ],
                notes="Outlook on the web: HTML only, no When block; the calendar's 'SE Asia "
                "Standard Time' maps to Bangkok (CLDR 001), same offset as Jakarta. The "
                "organiser takes part ('Rina and I').",
            ),
        )
    ),
    google(
        RUBY,
        "google-updated-melbourne-new-time",
        "interview",
        start=S12,
        zone="Australia/Melbourne",
        minutes=45,
        summary="Ruby Castellanos-Tait <> Yarra Ledger - Product Designer",
        organizer=("Sophie Varga", "sophie.varga@yarra-ledger.example"),
        guests=[
            ("Sophie Varga", "sophie.varga@yarra-ledger.example"),
            ("Dylan Okonjo", "dylan.okonjo@yarra-ledger.example"),
        ],
        date=dh("2039-04-07 11:25", "Australia/Melbourne"),
        caption="Australian Eastern Standard Time - Melbourne",
        change="Changed: time",
        sequence=2,
        details="Moved to 4pm so Dylan can join after his standup. Portfolio walkthrough.",
        label=lab(
            S12,
            "Australia/Melbourne",
            "Australia/Melbourne",
            company="Yarra Ledger",
            role="Product Designer",
            who=["Sophie Varga", "Dylan Okonjo"],
            emails=["sophie.varga@yarra-ledger.example", "dylan.okonjo@yarra-ledger.example"],
            notes="Google 'has updated this event' (time changed, SEQUENCE 2): the new time "
            "is the label; Melbourne on AEST since 3 April.",
        ),
    ),
    cal_mail(
        ISHAAN,
        "zoho-calendar-bengaluru-panel",
        "interview",
        event={
            "summary": "Technical Panel - Ishaan Mehrotra-Bose - Data Platform Engineer",
            "prodid": ZOHO,
            "organizer": ("Deepa Raghunathan", "deepa.r@hebbal-cloudworks.example"),
            "attendees": [
                ("Ishaan Mehrotra-Bose", "ishaan.mehrotra@example.net"),
                ("Suresh Nambiar", "suresh.nambiar@hebbal-cloudworks.example"),
                ("Anjali Deshpande", "anjali.deshpande@hebbal-cloudworks.example"),
            ],
            "start": S13,
            "minutes": 90,
            "zone": "Asia/Kolkata",
            "location": "Hebbal Lakeside Cloudworks, Outer Ring Road, Bellandur, Bengaluru",
        },
        date=dh("2039-03-25 19:20", "Asia/Kolkata"),
        style="zoho.example",
        frm=("Deepa Raghunathan", "deepa.r@hebbal-cloudworks.example"),
        subject="Invitation: Technical Panel - Ishaan Mehrotra-Bose - Data Platform Engineer",
        body=f"""Hi Ishaan,

Your technical panel is confirmed for {d(S13, "uky")}, 11:30 AM to 1:00 PM IST at our
Bellandur office. Panel: Suresh Nambiar (Engineering Manager) and Anjali Deshpande (Staff
Engineer). I'll meet you at reception but won't be on the panel.

Regards,
Deepa Raghunathan
HR, Hebbal Lakeside Cloudworks

Invitation from Zoho Calendar
""",
        html_auto=True,
        ics_mode="both",
        label=lab(
            S13,
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Hebbal Lakeside Cloudworks",
            role="Data Platform Engineer",
            who=["Suresh Nambiar", "Anjali Deshpande"],
            emails=[
                "suresh.nambiar@hebbal-cloudworks.example",
                "anjali.deshpande@hebbal-cloudworks.example",
            ],
            notes="Zoho Calendar invitation; 'IST' in the text, Asia/Kolkata in the "
            "calendar. The HR organiser is explicitly not on the panel.",
        ),
    ),
    outlook(
        JOLENE,
        "exchange-guam-west-pacific",
        "interview",
        start=S14,
        zone="West Pacific Standard Time",
        minutes=60,
        subject="Interview - Airport Operations Supervisor",
        organizer=("Vincent Aguon", "vincent.aguon@marianas-airside.example"),
        attendees=[("Lourdes Perez", "lourdes.perez@marianas-airside.example")],
        date=dh("2039-04-08 13:30", "Pacific/Guam"),
        text="""Hafa adai Jolene,

Lourdes Perez (Station Manager) and I would like to meet with you at the terminal admin
offices, 2nd floor. Please bring your airport ID application if you have it.

Vincent Aguon
HR Manager, Marianas Airside Services""",
        location="Terminal Admin Offices, 2nd floor, Tamuning",
        teams=False,
        label=lab(
            S14,
            "West Pacific Standard Time",
            "Pacific/Port_Moresby",
            company="Marianas Airside Services",
            role="Airport Operations Supervisor",
            who=["Lourdes Perez", "Vincent Aguon"],
            emails=[
                "lourdes.perez@marianas-airside.example",
                "vincent.aguon@marianas-airside.example",
            ],
            notes="Exchange with 'West Pacific Standard Time' (CLDR 001: Port Moresby, "
            "+10 like Guam).",
        ),
    ),
]
