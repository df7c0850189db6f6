"""Interviews carried by calendar invitations in English (Exchange, Google, others)."""

from __future__ import annotations

from tests.eval17.authoring.kit import (
    AMANI,
    BILAL,
    FASTMAIL,
    HIKARI,
    IMOGEN,
    KHOA,
    LACHLAN,
    NOTES,
    NUSRAT,
    ONDREJ,
    OUTLOOK_MAC,
    PROTON,
    RHIANNON,
    TAMAR,
    VEERA,
    ZAINAB,
    d,
    dh,
    exchange,
    gcal,
    google,
    invite,
    lab,
    owa,
)

MESSAGES = []
add = MESSAGES.append

# 1. Exchange request from Prague in English; Windows "Central Europe" zone.
add(
    exchange(
        ONDREJ,
        "smichov-cargo-exchange-data-platform",
        "interview",
        start="2036-11-04 10:00",
        zone="Central Europe Standard Time",
        minutes=60,
        subject="Interview - Data Platform Engineer (Ondřej Hrubeš-Asante)",
        organizer=("Klára Nováková", "klara.novakova@smichov-cargo.example"),
        attendees=[
            ("Petr Dvořák", "petr.dvorak@smichov-cargo.example"),
            ("Jana Benešová", "jana.benesova@smichov-cargo.example"),
        ],
        date=dh("2036-10-22 13:18", "Europe/Prague"),
        label=lab(
            "2036-11-04 10:00",
            "Europe/Prague",
            "Europe/Budapest",
            company="Smíchov Cargo",
            role="Data Platform Engineer",
            who=["Petr Dvořák", "Jana Benešová"],
            emails=["petr.dvorak@smichov-cargo.example", "jana.benesova@smichov-cargo.example"],
            notes="Windows 'Central Europe Standard Time' (CLDR 001: Budapest); organiser only arranges",
        ),
        text=(
            "Dear Ondřej,\n\nas discussed on the phone, please find the invitation for your "
            "technical interview with Petr Dvořák (Head of Data) and Jana Benešová (Senior "
            "Data Engineer). The interview will be held in English and takes about one hour.\n\n"
            "Best regards,\nKlára Nováková\nHR Business Partner, Smíchov Cargo a.s."
        ),
    )
)

# 2. Google's later layout, sent in summer time for an interview after Europe's switch.
add(
    google(
        VEERA,
        "pohjola-games-gcal-after-switch",
        "interview",
        start="2036-10-29 13:00",
        zone="Europe/Helsinki",
        minutes=45,
        summary="Veera Lindholm-Achebe <> Pohjola Games | Gameplay Programmer",
        organizer=("Aino Miettinen", "aino.miettinen@pohjolagames.example"),
        guests=[
            ("Aino Miettinen", "aino.miettinen@pohjolagames.example"),
            ("Lauri Kemppainen", "lauri.kemppainen@pohjolagames.example"),
        ],
        date=dh("2036-10-21 10:44", "Europe/Helsinki"),
        caption="Eastern European Time - Helsinki",
        details=(
            "Hi Veera! This is a 45 minute chat with Lauri (Lead Gameplay Programmer) and "
            "me about your portfolio. No coding today :)"
        ),
        label=lab(
            "2036-10-29 13:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Pohjola Games",
            role="Gameplay Programmer",
            who=["Aino Miettinen", "Lauri Kemppainen"],
            emails=["aino.miettinen@pohjolagames.example", "lauri.kemppainen@pohjolagames.example"],
            notes="organiser also interviews ('with Lauri ... and me'); EET after 26 Oct",
        ),
    )
)

# 3. Outlook for Mac .ics attached to a recruiter's own note; UAE working week.
add(
    invite(
        ZAINAB,
        "dhow-capital-outlook-mac-ics",
        "interview",
        start="2036-10-13 11:00",
        zone="Arabian Standard Time",
        minutes=60,
        summary="Interview: Zainab Al-Hashimi Price / Dhow Capital - Risk Analyst",
        organizer=("Rania Haddad", "rania.haddad@dhowcapital.example"),
        attendees=[
            ("Zainab Al-Hashimi Price", "zainab.alhashimi@example.org"),
            ("Omar Siddiqui", "omar.siddiqui@dhowcapital.example"),
        ],
        prodid=OUTLOOK_MAC,
        location="Dhow Capital, Level 14, Gate Village 3, DIFC",
        description="Interview with Omar Siddiqui, Head of Market Risk.",
        ics_name="Interview.ics",
        frm=("Rania Haddad", "rania.haddad@dhowcapital.example"),
        subject="Interview on Monday - calendar invite attached",
        date=dh("2036-10-09 15:27", "Asia/Dubai"),
        body=(
            "Dear Zainab,\n\nThank you for your time on the phone today. As agreed, your "
            f"interview with Omar Siddiqui (Head of Market Risk) is on {d('2036-10-13', 'uk')} "
            "at 11:00 am at our DIFC office. I have attached a calendar invitation.\n\n"
            "Please bring your Emirates ID for building access.\n\n"
            "Warm regards,\nRania Haddad\nTalent Acquisition Lead\nDhow Capital Ltd\n"
        ),
        label=lab(
            "2036-10-13 11:00",
            "Asia/Dubai",
            "Asia/Dubai",
            company="Dhow Capital",
            role="Risk Analyst",
            who=["Omar Siddiqui"],
            emails=["omar.siddiqui@dhowcapital.example"],
            notes="Outlook for Mac attachment with the Windows 'Arabian' zone",
        ),
    )
)

# 4. Google's older layout from Karachi.
add(
    gcal(
        BILAL,
        "indus-pay-gcal-system-design",
        "interview",
        start="2036-10-20 16:00",
        zone="Asia/Karachi",
        minutes=60,
        summary="System Design Interview - Bilal Siddiqui-Raza",
        organizer=("Mahnoor Qazi", "mahnoor.qazi@induspay.example"),
        guests=[
            ("Mahnoor Qazi", "mahnoor.qazi@induspay.example"),
            ("Faraz Akhtar", "faraz.akhtar@induspay.example"),
            ("Sana Irfan", "sana.irfan@induspay.example"),
        ],
        date=dh("2036-10-15 12:06", "Asia/Karachi"),
        note_text=(
            "Interviewers: Faraz Akhtar (Principal Engineer), Sana Irfan (EM Payments).\n"
            "Please keep a whiteboard tool ready (Excalidraw is fine)."
        ),
        meet="xbo-ruqk-jaw",
        label=lab(
            "2036-10-20 16:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="IndusPay",
            who=["Faraz Akhtar", "Sana Irfan"],
            emails=["faraz.akhtar@induspay.example", "sana.irfan@induspay.example"],
            notes="organiser is the recruiter; interviewers listed in the description",
        ),
    )
)

# 5. HCL Notes invitation with UTC times (no VTIMEZONE).
add(
    invite(
        NUSRAT,
        "meghna-bank-notes-invitation-utc",
        "interview",
        start="2036-10-14 11:00",
        zone=None,
        utc_zone="Asia/Dhaka",
        minutes=90,
        summary="Interview Board - Officer (IT Audit)",
        organizer=("Shahidul Alam", "shahidul.alam@meghnabank.example"),
        attendees=[
            ("Nusrat Jahan Mollah", "nusrat.mollah@example.org"),
            ("Dr. Farhana Rahman", "farhana.rahman@meghnabank.example"),
        ],
        prodid=NOTES,
        location="Board Room, 9th Floor, Head Office, Motijheel C/A, Dhaka",
        ics_mode="inline",
        uid_style="meghnabank.example",
        frm=("Shahidul Alam", "shahidul.alam@meghnabank.example"),
        subject="Invitation: Interview Board - Officer (IT Audit) (Oct 14 11:00 AM BDT)",
        date=dh("2036-10-08 14:30", "Asia/Dhaka"),
        body=(
            "Shahidul Alam has invited you to a meeting\n\n"
            "Subject: Interview Board - Officer (IT Audit)\n"
            "Date: Tuesday 14/10/2036\nTime: 11:00 AM - 12:30 PM (GMT+06:00) Dhaka\n"
            "Location: Board Room, 9th Floor, Head Office, Motijheel C/A, Dhaka\n"
            "Chair: Shahidul Alam\nRequired: Nusrat Jahan Mollah; Dr. Farhana Rahman\n\n"
            "Description:\nThe interview board will be chaired by Dr. Farhana Rahman, "
            "Head of Internal Audit. Candidates are requested to bring original "
            "certificates and the admit card.\n"
        ),
        label=lab(
            "2036-10-14 11:00",
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Meghna Bank",
            role="Officer (IT Audit)",
            who=["Farhana Rahman"],
            emails=["farhana.rahman@meghnabank.example"],
            notes="Notes invite in UTC; text names '(GMT+06:00) Dhaka'; HR chair sends only",
        ),
    )
)

# 6. A Proton calendar invitation from a founder.
add(
    invite(
        KHOA,
        "saigon-ledger-proton-founder-invite",
        "interview",
        start="2036-10-09 09:30",
        zone="Asia/Ho_Chi_Minh",
        minutes=60,
        summary="Chat with Saigon Ledger founders",
        organizer=("Nguyễn Thảo Vy", "vy@saigonledger.example"),
        attendees=[
            ("Trần Minh Khoa", "minhkhoa.tran@example.com"),
            ("Đỗ Quang Huy", "huy@saigonledger.example"),
        ],
        prodid=PROTON,
        location="Saigon Ledger, 12 Tôn Thất Đạm, District 1",
        uid_style="proton.me",
        ics_mode="both",
        frm=("Nguyễn Thảo Vy (via Proton Calendar)", "vy@saigonledger.example"),
        name_method="B",
        subject="Invitation: Chat with Saigon Ledger founders",
        date=dh("2036-10-03 20:11", "Asia/Ho_Chi_Minh"),
        body=(
            "Nguyễn Thảo Vy invites you to: Chat with Saigon Ledger founders\n\n"
            f"When: {d('2036-10-09', 'us')}, 9:30 AM - 10:30 AM (GMT+7) Asia/Ho_Chi_Minh\n"
            "Where: Saigon Ledger, 12 Tôn Thất Đạm, District 1\n"
            "Participants: Nguyễn Thảo Vy, Đỗ Quang Huy, Trần Minh Khoa\n\n"
            "Khoa - Huy and I would love to interview you for the senior Flutter role. "
            "Bring your laptop if you want to show something you built.\n"
        ),
        label=lab(
            "2036-10-09 09:30",
            "Asia/Ho_Chi_Minh",
            "Asia/Ho_Chi_Minh",
            company="Saigon Ledger",
            who=["Nguyễn Thảo Vy", "Đỗ Quang Huy"],
            emails=["vy@saigonledger.example", "huy@saigonledger.example"],
            notes="Proton Calendar invitation; both founders interview",
        ),
    )
)

# 7. Fastmail invitation from a Tokyo startup, year-first date in the note.
add(
    invite(
        HIKARI,
        "kumotori-robotics-fastmail-onsite",
        "interview",
        start="2036-10-20 10:00",
        zone="Asia/Tokyo",
        minutes=120,
        summary="Onsite interview - Takeda Hikari (Embedded Engineer)",
        organizer=("Ishikawa Ren", "ren@kumotori-robotics.example"),
        attendees=[
            ("Takeda Hikari", "hikari.takeda@example.com"),
            ("Mori Yuki", "yuki@kumotori-robotics.example"),
        ],
        prodid=FASTMAIL,
        uid_style="fastmail.example",
        ics_mode="attach",
        ics_name="event.ics",
        frm=("Ishikawa Ren", "ren@kumotori-robotics.example"),
        subject="Onsite interview 2036/10/20",
        date=dh("2036-10-14 18:37", "Asia/Tokyo"),
        body=(
            "Takeda-san,\n\nThank you for your time last week. We would like to invite you "
            "to an onsite interview at our Kuramae office:\n\n"
            "2036/10/20 (Mon) 10:00-12:00 JST\nKuramae 2-14-9, Taito-ku, 3F\n\n"
            "You will meet Mori Yuki (firmware lead) and me, Ishikawa Ren (CTO). "
            "Calendar file attached.\n\nBest regards,\nIshikawa\n"
        ),
        label=lab(
            "2036-10-20 10:00",
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Kumotori Robotics",
            role="Embedded Engineer",
            who=["Mori Yuki", "Ishikawa Ren"],
            emails=["yuki@kumotori-robotics.example", "ren@kumotori-robotics.example"],
            notes="ymd date in text; JST; organiser (CTO) interviews too",
        ),
    )
)

# 8. Brisbane has no DST while the Sydney interviewer does; both times given.
add(
    exchange(
        LACHLAN,
        "coralsea-exchange-brisbane-vs-sydney",
        "interview",
        start="2036-10-14 10:00",
        zone="E. Australia Standard Time",
        minutes=45,
        subject="Lachlan Ferrier-Nguyen - Interview - Graduate Quantity Surveyor",
        organizer=("Hayley Brennan", "hayley.brennan@coralsea-construct.example"),
        attendees=[("Dominic Raftery", "dominic.raftery@coralsea-construct.example")],
        date=dh("2036-10-07 08:55", "Australia/Brisbane"),
        label=lab(
            "2036-10-14 10:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Coral Sea Constructions",
            role="Graduate Quantity Surveyor",
            who=["Dominic Raftery"],
            emails=["dominic.raftery@coralsea-construct.example"],
            notes="10am Brisbane = 11am Sydney (AEDT since 5 Oct)",
        ),
        text=(
            "Hi Lachlan,\n\nPlease accept this invitation for your interview with Dominic "
            "Raftery, Commercial Manager. Dominic is based in our Sydney office, so it's "
            "10am Brisbane time (11am in Sydney now that NSW is on daylight saving).\n\n"
            "Regards,\nHayley Brennan\nEarly Careers, Coral Sea Constructions"
        ),
    )
)

# 9. A Google update moves the interview across Tasmania's switch.
add(
    google(
        IMOGEN,
        "derwent-water-gcal-update-new-time",
        "interview",
        start="2036-10-07 14:00",
        zone="Australia/Hobart",
        minutes=60,
        summary="Interview – Imogen Darcy-Kaur (Graduate Hydrologist)",
        organizer=("Callum Jessup", "callum.jessup@derwentwater.example"),
        guests=[
            ("Callum Jessup", "callum.jessup@derwentwater.example"),
            ("Dr Priya Sundaram", "priya.sundaram@derwentwater.example"),
        ],
        date=dh("2036-10-01 16:02", "Australia/Hobart"),
        caption="Eastern Australia Time - Hobart",
        change=f"Date and time changed (was {d('2036-10-03', 'uky')} ⋅ 11am – 12pm)",
        sequence=1,
        details="Panel: Callum Jessup (Team Leader, Catchments) and Dr Priya Sundaram.",
        label=lab(
            "2036-10-07 14:00",
            "Australia/Hobart",
            "Australia/Hobart",
            company="Derwent Water",
            role="Graduate Hydrologist",
            who=["Callum Jessup", "Priya Sundaram"],
            emails=["callum.jessup@derwentwater.example", "priya.sundaram@derwentwater.example"],
            notes="update moves Fri 3 Oct 11am (AEST) to Tue 7 Oct 2pm (AEDT)",
        ),
    )
)

# 10. Exchange from Halifax sent in ADT for an interview in AST.
add(
    exchange(
        RHIANNON,
        "bluenose-exchange-after-fall-back",
        "interview",
        start="2036-11-04 13:30",
        zone="Atlantic Standard Time",
        minutes=60,
        subject="Interview: Marine Operations Coordinator - R. MacIsaac-Dube",
        organizer=("Natasha Cormier", "natasha.cormier@bluenose-marine.example"),
        attendees=[
            ("Duncan MacPhee", "duncan.macphee@bluenose-marine.example"),
            ("Yvette Boudreau", "yvette.boudreau@bluenose-marine.example"),
        ],
        date=dh("2036-10-28 11:20", "America/Halifax"),
        location="Bluenose Marine, 1 Ferry Terminal Rd, Dartmouth - Boardroom B",
        with_teams=False,
        label=lab(
            "2036-11-04 13:30",
            "America/Halifax",
            "America/Halifax",
            company="Bluenose Marine",
            role="Marine Operations Coordinator",
            who=["Duncan MacPhee", "Yvette Boudreau"],
            emails=[
                "duncan.macphee@bluenose-marine.example",
                "yvette.boudreau@bluenose-marine.example",
            ],
            notes="in person; AST after the 2 Nov switch",
        ),
        text=(
            "Hello Rhiannon,\n\nThank you for your interest in the Marine Operations "
            "Coordinator position. This invitation is for your in-person interview with "
            "Duncan MacPhee (Operations Manager) and Yvette Boudreau (HR Advisor).\n\n"
            "Visitor parking is available in front of the terminal building.\n\n"
            "Natasha Cormier\nHuman Resources"
        ),
    )
)

# 11. Google's older layout from Nairobi; the organiser is the interviewer.
add(
    gcal(
        AMANI,
        "savanna-health-gcal-hm-screen",
        "interview",
        start="2036-10-23 10:00",
        zone="Africa/Nairobi",
        minutes=30,
        summary="Amani / Wairimu - Monitoring & Evaluation Lead",
        organizer=("Wairimu Njoroge", "wairimu.njoroge@savannahealth.example"),
        guests=[("Wairimu Njoroge", "wairimu.njoroge@savannahealth.example")],
        date=dh("2036-10-20 09:12", "Africa/Nairobi"),
        note_text=(
            "Hi Amani, looking forward to our conversation about the M&E Lead role. "
            "30 minutes, informal but it is the first interview stage."
        ),
        meet="tqa-mzne-vui",
        label=lab(
            "2036-10-23 10:00",
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Savanna Health",
            role="Monitoring & Evaluation Lead",
            who=["Wairimu Njoroge"],
            emails=["wairimu.njoroge@savannahealth.example"],
            notes="hiring manager is organiser and sole interviewer",
        ),
    )
)

# 12. Outlook on the web, sent in IDT for a Tuesday after Israel's switch.
add(
    owa(
        TAMAR,
        "galil-sensors-owa-after-switch",
        "interview",
        start="2036-10-28 15:00",
        zone="Israel Standard Time",
        minutes=60,
        subject="Galil Sensors | Interview with Tamar Ben-Ami Goldfarb",
        organizer=("Shira Azoulay", "shira.azoulay@galilsensors.example"),
        attendees=[
            ("Yonatan Peretz", "yonatan.peretz@galilsensors.example"),
            ("Michal Haddad", "michal.haddad@galilsensors.example"),
        ],
        date=dh("2036-10-23 11:47", "Asia/Jerusalem"),
        text=(
            "Hi Tamar,\n\nHere is the invite for the professional interview with Yonatan "
            "Peretz (VP R&D) and Michal Haddad (Algorithms Team Lead). Please note the clock "
            "change on Sunday - the time in this invite is already Israel winter time.\n\n"
            "Thanks,\nShira"
        ),
        label=lab(
            "2036-10-28 15:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Galil Sensors",
            who=["Yonatan Peretz", "Michal Haddad"],
            emails=["yonatan.peretz@galilsensors.example", "michal.haddad@galilsensors.example"],
            notes="OWA HTML only; Israel back to +02 on 26 Oct",
        ),
    )
)
