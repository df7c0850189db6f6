"""Interviews carried by calendar invitations: Google, Exchange/Teams, Apple, Zoom, Webex,
Microsoft Bookings, Zoom Scheduler, Fastmail."""

from __future__ import annotations

from .base import (
    ANNELIES,
    APPLE,
    AROHA,
    CATALINA,
    CONOR,
    DWAYNE,
    JOLO,
    PRISHA,
    SEOYEON,
    TAYLOR,
    WANJIRU,
    WEBEX,
    ZOOM,
    d,
    dh,
    google,
    invite,
    iso,
    iv,
    outlook,
    t12,
)

MESSAGES = []

# 1. Google invitation, Santiago, the week before Chile leaves summer time.
MESSAGES.append(
    google(
        CATALINA,
        "gcal-santiago-data-platform",
        "interview",
        start="2028-03-29 10:00",
        zone="America/Santiago",
        minutes=60,
        summary="Entrevista técnica – Data Platform Engineer (Cordillera Datos)",
        organizer=("Renata Oyarzún", "renata.oyarzun@cordilleradatos.example"),
        guests=[
            ("Renata Oyarzún", "renata.oyarzun@cordilleradatos.example"),
            ("Ignacio Valdivieso", "ignacio.valdivieso@cordilleradatos.example"),
        ],
        date=dh("2028-03-21 16:12", "America/Santiago"),
        note="Hola Catalina, te envío la invitación para la entrevista técnica con Ignacio "
        "(Staff Engineer) y conmigo. Duración: 60 minutos.",
        meet="xqv-pmkr-tdo",
        label=iv(
            iso("2028-03-29 10:00", "America/Santiago"),
            "America/Santiago",
            company="Cordillera Datos",
            role="Data Platform Engineer",
            interviewers=["Renata Oyarzún", "Ignacio Valdivieso"],
            emails=[
                "renata.oyarzun@cordilleradatos.example",
                "ignacio.valdivieso@cordilleradatos.example",
            ],
            notes="Google invitation in Spanish; Chile still on -03:00 (summer time ends 2 April).",
        ),
    )
)

# 2. Exchange/Teams, Windows TZID Newfoundland (-02:30 after 12 March).
MESSAGES.append(
    outlook(
        CONOR,
        "teams-stjohns-actuarial",
        "interview",
        start="2028-03-16 14:30",
        zone="Newfoundland Standard Time",
        when_zone="(UTC-03:30) Newfoundland",
        minutes=45,
        subject="Interview: Senior Actuarial Analyst - Conor Fitzmaurice",
        organizer=("Gail Pittman", "gail.pittman@narrowsmutual.example"),
        attendees=[
            ("Gail Pittman", "gail.pittman@narrowsmutual.example"),
            ("Desmond Furey", "desmond.furey@narrowsmutual.example"),
        ],
        date=dh("2028-03-09 11:05", "America/St_Johns"),
        text="Hi Conor,\n\nThanks for making time. This is the first-round interview with "
        "Desmond Furey (VP, Pricing) and me (Gail Pittman, Actuarial Manager).\n\nGail",
        label=iv(
            iso("2028-03-16 14:30", "America/St_Johns"),
            "America/St_Johns",
            company="Narrows Mutual",
            role="Senior Actuarial Analyst",
            interviewers=["Gail Pittman", "Desmond Furey"],
            emails=["gail.pittman@narrowsmutual.example", "desmond.furey@narrowsmutual.example"],
            notes="Outlook When: line prints the standard offset (UTC-03:30) though the date "
            "is after the 12 March switch: -02:30.",
        ),
    )
)

# 3. Exchange update, SEQUENCE 2, Windows TZID 'SE Asia Standard Time' for a Manila user.
MESSAGES.append(
    outlook(
        JOLO,
        "teams-update-bangkok-hub",
        "interview",
        start="2028-03-23 15:00",
        zone="SE Asia Standard Time",
        when_zone="(UTC+07:00) Bangkok, Hanoi, Jakarta",
        minutes=60,
        subject="Panel interview - Regional Payments Product Manager",
        prefix="Updated: ",
        sequence=2,
        organizer=("Kanokwan Srisuk", "kanokwan.srisuk@mekongpay.example"),
        attendees=[
            ("Thanawat Chaiyaporn", "thanawat.c@mekongpay.example"),
            ("Hoang Minh Chau", "minhchau.hoang@mekongpay.example"),
        ],
        date=dh("2028-03-17 09:40", "Asia/Bangkok"),
        text="Dear Jose Miguel,\n\nPlease note the panel moved one hour later than the "
        "original 2:00 PM slot (Bangkok time). Panel: Thanawat Chaiyaporn (Head of Product) "
        "and Hoang Minh Chau (Engineering Lead). I will just coordinate.\n\nKanokwan Srisuk\n"
        "Talent Acquisition, MekongPay",
        label=iv(
            iso("2028-03-23 15:00", "Asia/Bangkok"),
            "Asia/Bangkok",
            company="MekongPay",
            role="Regional Payments Product Manager",
            interviewers=["Thanawat Chaiyaporn", "Hoang Minh Chau"],
            emails=["thanawat.c@mekongpay.example", "minhchau.hoang@mekongpay.example"],
            notes="Exchange update, SEQUENCE 2; Manila user (16:00 local); coordinator not an "
            "interviewer; Vietnamese family-name-first name.",
        ),
    )
)

# 4. Apple Calendar invitation from a founder's iCloud-like Mac, Auckland after NZ DST ends.
MESSAGES.append(
    invite(
        AROHA,
        "apple-founder-auckland",
        "interview",
        frm=("Hemi Rāwiri-Tane", "hemi@kumarahealth.example"),
        subject="Invitation: Chat with Hemi – Kūmara Health @ Tue 4 Apr 2028 9:30 am",
        date=dh("2028-03-28 20:02", "Pacific/Auckland"),
        body="Kia ora Aroha,\n\nGreat to connect. Sending an invite for a proper interview for "
        "the Clinical Product Designer role – it'll be me and our CTO Mereana Walsh. Our "
        "office on Karangahape Rd, level 2.\n\nNgā mihi,\nHemi\nFounder, Kūmara Health\n\n"
        "Sent from my Mac",
        label=iv(
            iso("2028-04-04 09:30", "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Kūmara Health",
            role="Clinical Product Designer",
            interviewers=["Hemi Rāwiri-Tane", "Mereana Walsh"],
            emails=["hemi@kumarahealth.example"],
            notes="Apple .ics after NZ summer time ends (2 April): +12:00.",
        ),
        start="2028-04-04 09:30",
        zone="Pacific/Auckland",
        minutes=60,
        summary="Interview – Clinical Product Designer (Kūmara Health)",
        organizer=("Hemi Rāwiri-Tane", "hemi@kumarahealth.example"),
        attendees=[
            ("Aroha Wikitoria Pene", "aroha.pene@example.org"),
            ("Mereana Walsh", "mereana@kumarahealth.example"),
        ],
        location="Kūmara Health, Level 2, 88 Karangahape Road, Auckland",
        prodid=APPLE,
        ics_mode="inline",
        style="iphone",
    )
)

# 5. Zoom invitation (Zoom's own .ics, UTC times), Denver.
MESSAGES.append(
    invite(
        TAYLOR,
        "zoom-denver-geoscience",
        "interview",
        frm=("Zoom", "no-reply@zoom.us"),
        reply_to=("Lorna Bettencourt", "lorna.bettencourt@tailwaterenergy.example"),
        subject="Lorna Bettencourt has invited you to a Zoom meeting",
        date=dh("2028-03-06 13:20", "America/Denver"),
        body="Hi Taylor Brannigan,\n\nLorna Bettencourt is inviting you to a scheduled Zoom "
        "meeting.\n\nTopic: Tailwater Energy – Geoscience Data Analyst interview (Lorna "
        "Bettencourt, Amos Keel)\nTime: Mar 14, 2028 09:00 AM Mountain Time (US and Canada)\n\n"
        "Join Zoom Meeting\nhttps://tailwaterenergy.zoom.us/j/84125570931?pwd=Qm9yZWFsaXM\n\n"
        "Meeting ID: 841 2557 0931\nPasscode: 552190\n\nAdd to calendar: see the attached "
        "file.",
        label=iv(
            iso("2028-03-14 09:00", "America/Denver"),
            "America/Denver",
            company="Tailwater Energy",
            role="Geoscience Data Analyst",
            interviewers=["Lorna Bettencourt", "Amos Keel"],
            emails=["lorna.bettencourt@tailwaterenergy.example"],
            notes="Zoom .ics in UTC; the interview is two days after the US switch (-06:00).",
        ),
        start="2028-03-14 09:00",
        zone=None,
        utc_zone="America/Denver",
        minutes=45,
        summary="Tailwater Energy – Geoscience Data Analyst interview",
        organizer=("Lorna Bettencourt", "lorna.bettencourt@tailwaterenergy.example"),
        prodid=ZOOM,
        ics_name="zoom_84125570931.ics",
        ics_mode="attach",
    )
)

# 6. Webex invitation, Kathmandu (+05:45), host in Bengaluru writes IST.
MESSAGES.append(
    invite(
        PRISHA,
        "webex-kathmandu-qa",
        "interview",
        frm=("Webex", "messenger@webex.com"),
        reply_to=("Shreya Kulkarni", "shreya.kulkarni@himalsoft.example"),
        subject="Meeting invitation: Interview – QA Automation Lead (Prisha Adhikari)",
        date=dh("2028-02-24 12:10", "Asia/Kolkata"),
        body="Shreya Kulkarni invites you to join this Webex meeting.\n\nInterview – QA "
        "Automation Lead (Prisha Adhikari)\nThursday, March 2, 2028 3:00 PM | 1 hour | (UTC+05:30) "
        "Chennai, Kolkata, Mumbai, New Delhi\n\nInterviewers: Shreya Kulkarni (QA Director), "
        "Bikash Shrestha (Engineering Manager, Kathmandu)\n\nJoin meeting\n"
        "https://himalsoft.webex.com/himalsoft/j.php?MTID=m5e1b0\nMeeting number: 2514 330 8876\n"
        "Password: QaLead28",
        label=iv(
            iso("2028-03-02 15:00", "Asia/Kolkata"),
            "Asia/Kolkata",
            company="HimalSoft",
            role="QA Automation Lead",
            interviewers=["Shreya Kulkarni", "Bikash Shrestha"],
            emails=["shreya.kulkarni@himalsoft.example"],
            notes="Webex in India time for a Kathmandu user (15:15 there).",
        ),
        start="2028-03-02 15:00",
        zone="Asia/Kolkata",
        minutes=60,
        summary="Interview – QA Automation Lead (Prisha Adhikari)",
        organizer=("Shreya Kulkarni", "shreya.kulkarni@himalsoft.example"),
        prodid=WEBEX,
        ics_name="WebexMeeting.ics",
    )
)

# 7. Microsoft Bookings confirmation, Nairobi.
MESSAGES.append(
    invite(
        WANJIRU,
        "bookings-nairobi-finance",
        "interview",
        frm=("Savanna Ledger Recruitment", "SavannaLedgerRecruitment@savannaledger.example"),
        subject="Booking confirmed: Finance Business Partner – first interview",
        date=dh("2028-03-03 08:45", "Africa/Nairobi"),
        body="Hello Wanjiru Kamau-Otieno,\n\nYour booking is confirmed.\n\nFinance Business "
        "Partner – first interview\nWednesday, March 8, 2028\n11:00 AM - 11:45 AM (UTC+03:00) "
        "Nairobi\n\nStaff: Achieng Odhiambo\n\nLocation: Microsoft Teams meeting (link in the "
        "calendar invitation)\n\nNeed to make changes? Reschedule or cancel your booking\n\n"
        "Powered by Microsoft Bookings",
        label=iv(
            iso("2028-03-08 11:00", "Africa/Nairobi"),
            "Africa/Nairobi",
            company="Savanna Ledger",
            role="Finance Business Partner",
            interviewers=["Achieng Odhiambo"],
            notes="Microsoft Bookings; the 'Staff' is the interviewer (no address shown).",
        ),
        start="2028-03-08 11:00",
        zone="E. Africa Standard Time",
        minutes=45,
        summary="Finance Business Partner – first interview",
        organizer=("Savanna Ledger Recruitment", "SavannaLedgerRecruitment@savannaledger.example"),
        prodid="Microsoft Exchange Server 2010",
        ics_mode="attach",
        ics_name="invite.ics",
    )
)

# 8. Google invitation forwarded nothing; Seoul, onsite, organiser is the hiring manager.
MESSAGES.append(
    google(
        SEOYEON,
        "gcal-seoul-onsite-mechatronics",
        "interview",
        start="2028-03-10 14:00",
        zone="Asia/Seoul",
        minutes=120,
        summary="[Hanbyeol Mechatronics] 2차 면접 / Onsite interview – ML Engineer",
        organizer=("Yoon Ji-ho", "jiho.yoon@hanbyeolmecha.example"),
        guests=[
            ("Yoon Ji-ho", "jiho.yoon@hanbyeolmecha.example"),
            ("Choi Da-eun", "daeun.choi@hanbyeolmecha.example"),
        ],
        date=dh("2028-03-02 17:30", "Asia/Seoul"),
        note="안녕하세요 서연님, onsite interview with Ji-ho (hiring manager) and Da-eun "
        "(Perception team). 판교 본사 5층 로비에서 뵙겠습니다.",
        meet=None,
        location="Hanbyeol Mechatronics, 5F, Pangyo",
        label=iv(
            iso("2028-03-10 14:00", "Asia/Seoul"),
            "Asia/Seoul",
            company="Hanbyeol Mechatronics",
            role="ML Engineer",
            interviewers=["Yoon Ji-ho", "Choi Da-eun"],
            emails=["jiho.yoon@hanbyeolmecha.example", "daeun.choi@hanbyeolmecha.example"],
            notes="Korean/English Google invitation, family name first, no Meet link.",
        ),
    )
)

# 9. Exchange in Dutch-speaking Belgium? No: English Teams from a Brussels agency, W. Europe.
MESSAGES.append(
    outlook(
        ANNELIES,
        "teams-brussels-policy-lead",
        "interview",
        start="2028-03-27 10:00",
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
        minutes=60,
        subject="Interview Annelies van der Berghe – EU Policy Lead",
        organizer=("Bram De Smedt", "bram.desmedt@scheldtadvisory.example"),
        attendees=[
            ("Bram De Smedt", "bram.desmedt@scheldtadvisory.example"),
            ("Ophélie de Wouters d'Oplinter", "o.dewouters@scheldtadvisory.example"),
        ],
        date=dh("2028-03-20 15:50", "Europe/Brussels"),
        text="Dear Annelies,\n\nAs agreed by phone: interview with Ophélie de Wouters "
        "d'Oplinter (Managing Partner) and myself, Bram De Smedt (Partner, Public Affairs).\n\n"
        "Kind regards,\nBram",
        label=iv(
            iso("2028-03-27 10:00", "Europe/Paris"),
            "Europe/Paris",
            company="Scheldt Advisory",
            role="EU Policy Lead",
            interviewers=["Bram De Smedt", "Ophélie de Wouters d'Oplinter"],
            emails=["bram.desmedt@scheldtadvisory.example", "o.dewouters@scheldtadvisory.example"],
            notes="The day after the EU switch (+02:00); Romance Standard Time maps to Paris; "
            "names with particles.",
        ),
    )
)

# 10. Zoom Scheduler booking (scheduler.zoom.us), Halifax, the candidate booked a slot.
MESSAGES.append(
    invite(
        DWAYNE,
        "zoom-scheduler-halifax",
        "interview",
        frm=("Zoom Scheduler", "no-reply@zoom.us"),
        subject="Confirmed: Phone screen – Marine Operations Coordinator with Fiona MacIsaac",
        date=dh("2028-02-28 19:04", "America/Halifax"),
        body="Your appointment is scheduled\n\nPhone screen – Marine Operations Coordinator\n"
        "with Fiona MacIsaac (Bluenose Shipping Co.)\n\nThursday, March 2, 2028\n"
        f"{t12('2028-03-02 13:30')} - {t12('2028-03-02 14:00')} Atlantic Time (Canada)\n\n"
        "Fiona will call you at the number you provided.\n\nCancel | Reschedule\n\nZoom "
        "Scheduler",
        label=iv(
            iso("2028-03-02 13:30", "America/Halifax"),
            "America/Halifax",
            company="Bluenose Shipping Co.",
            role="Marine Operations Coordinator",
            interviewers=["Fiona MacIsaac"],
            emails=["fiona.macisaac@bluenoseshipping.example"],
            notes="Zoom Scheduler booking with a UTC .ics; phone screen.",
        ),
        start="2028-03-02 13:30",
        zone=None,
        utc_zone="America/Halifax",
        minutes=30,
        summary="Phone screen – Marine Operations Coordinator (Fiona MacIsaac)",
        organizer=("Fiona MacIsaac", "fiona.macisaac@bluenoseshipping.example"),
        prodid=ZOOM,
        ics_name="invite.ics",
    )
)

# 11. Google update (SEQUENCE 1), Phoenix has no DST though the organiser is in Denver.
MESSAGES.append(
    google(
        TAYLOR,
        "gcal-update-phoenix-hm",
        "interview",
        start="2028-03-20 11:00",
        zone="America/Phoenix",
        minutes=45,
        summary="Hiring manager interview: Reservoir Modeling Engineer",
        organizer=("Dustin Okafor", "dustin.okafor@mesaridgeoil.example"),
        guests=[("Dustin Okafor", "dustin.okafor@mesaridgeoil.example")],
        date=dh("2028-03-15 08:10", "America/Phoenix"),
        updated="Time",
        sequence=1,
        meet="wer-tbpo-nxa",
        label=iv(
            iso("2028-03-20 11:00", "America/Phoenix"),
            "America/Phoenix",
            company="Mesa Ridge Oil",
            role="Reservoir Modeling Engineer",
            interviewers=["Dustin Okafor"],
            emails=["dustin.okafor@mesaridgeoil.example"],
            notes="Google update (SEQUENCE 1) in Phoenix time for a Denver user (12:00 there).",
        ),
    )
)

# 12. Apple .ics from a recruiter using Fastmail-like text, Manila; text date mdy.
MESSAGES.append(
    invite(
        JOLO,
        "ics-manila-bpo-ops",
        "interview",
        frm=("Camille Dimaculangan", "camille.d@luzontalent.example"),
        subject="Final interview invite – Operations Manager, Bayanihan Outsourcing",
        date=dh("2028-04-03 10:00", "Asia/Manila"),
        body="Hi Jose Miguel,\n\nGood news – Bayanihan Outsourcing wants to move you to the "
        f"final interview on {d('2028-04-06', 'us')} at 2:00 PM (Manila time) with their COO, "
        "Ramon Sy-Tiongco, and Site Director Maricel Pangilinan. I've attached a calendar "
        "file. I won't be on the call, but call me after!\n\nCamille Dimaculangan\nSenior "
        "Consultant, Luzon Talent Partners",
        label=iv(
            iso("2028-04-06 14:00", "Asia/Manila"),
            "Asia/Manila",
            company="Bayanihan Outsourcing",
            role="Operations Manager",
            interviewers=["Ramon Sy-Tiongco", "Maricel Pangilinan"],
            notes="Agency consultant sends the invite but does not interview.",
        ),
        start="2028-04-06 14:00",
        zone="Asia/Manila",
        minutes=60,
        summary="Final interview – Bayanihan Outsourcing (Ramon Sy-Tiongco, Maricel Pangilinan)",
        organizer=("Camille Dimaculangan", "camille.d@luzontalent.example"),
        prodid="-//Fastmail/2.0//EN",
        ics_name="final-interview.ics",
        style="thunderbird",
    )
)
