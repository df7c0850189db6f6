"""Interviews carried by calendar invitations from many producers (English)."""

from __future__ import annotations

from tests.eval4.authoring.kit import d

from .kit import (
    AAPO,
    ANIRUDH,
    AOIFE,
    APPLE,
    DARNELL,
    ELODIE,
    EMCLIENT,
    FASTMAIL,
    FATOU,
    GOODTIME,
    GREENHOUSE,
    HAEUN,
    LINNEA,
    LUANA,
    MAKENNA,
    OPENXCHANGE,
    RAMI,
    SOUFIANE,
    TAMATI,
    TOMAS,
    WANJIRU,
    WEBEX,
    YAHOO,
    YASMINE,
    ZIMBRA,
    ZOFIA,
    ZOOM,
    dh,
    google,
    lab,
    outlook,
    person,
    with_cal,
)

MESSAGES = [
    google(
        ZOFIA,
        "vistula-google-new-layout",
        "interview",
        start="2034-10-26 14:00",
        zone="Europe/Warsaw",
        minutes=60,
        summary="Vistula Quant Systems – technical interview (Zofia Wierzbicka-Onu)",
        organizer=("Bartosz Kędzierski", "bartosz.kedzierski@vistulaquant.example"),
        guests=[
            ("Bartosz Kędzierski", "bartosz.kedzierski@vistulaquant.example"),
            ("Agnieszka Drozd", "agnieszka.drozd@vistulaquant.example"),
        ],
        date=dh("2034-10-20 11:02", "Europe/Warsaw"),
        caption="Central European Time - Warsaw",
        details="Live problem solving in Python plus a discussion of your thesis on order "
        "book models. Bartosz and Agnieszka from the execution research team.",
        label=lab(
            "2034-10-26 14:00",
            "Europe/Warsaw",
            "Europe/Warsaw",
            company="Vistula Quant Systems",
            who=["Bartosz Kędzierski", "Agnieszka Drozd"],
            emails=[
                "bartosz.kedzierski@vistulaquant.example",
                "agnieszka.drozd@vistulaquant.example",
            ],
            notes="Google's later 'has invited you' layout; CEST, three days before the switch.",
        ),
    ),
    google(
        TAMATI,
        "kowhai-google-updated-after-nz-switch",
        "interview",
        start="2034-09-26 10:00",
        zone="Pacific/Auckland",
        minutes=45,
        summary="Interview: Tamati Rāwiri-Oakes / Kōwhai Freight Software",
        organizer=("Mereana Tapsell", "mereana@kowhaifreight.example"),
        guests=[("Callum Ngata-Bryce", "callum.nb@kowhaifreight.example")],
        date=dh("2034-09-21 15:30", "Pacific/Auckland"),
        caption="New Zealand Time",
        change="Changed: date",
        sequence=1,
        details="Moved from Friday as Callum is away. Same format: Callum (Engineering Lead) "
        "will run a 45-minute systems design chat. Mereana will sit in.",
        label=lab(
            "2034-09-26 10:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kōwhai Freight Software",
            who=["Callum Ngata-Bryce", "Mereana Tapsell"],
            emails=["callum.nb@kowhaifreight.example", "mereana@kowhaifreight.example"],
            notes="Google update (SEQUENCE 1); new date is after NZ's 24 September switch "
            "(NZDT, +13).",
        ),
    ),
    google(
        LUANA,
        "araucaria-google-brasilia",
        "interview",
        start="2034-11-07 15:00",
        zone="America/Sao_Paulo",
        minutes=60,
        summary="Final round – Product Designer (Araucária Payments)",
        organizer=("Vinícius Tavares", "vinicius.tavares@araucariapay.example"),
        guests=[("Helena Okamura", "helena.okamura@araucariapay.example")],
        date=dh("2034-11-01 09:45", "America/Sao_Paulo"),
        caption="Brasilia Standard Time",
        details="Portfolio presentation (20 min) followed by Q&A with Helena, VP Design, and me.",
        label=lab(
            "2034-11-07 15:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Araucária Payments",
            role="Product Designer",
            who=["Vinícius Tavares", "Helena Okamura"],
            emails=["vinicius.tavares@araucariapay.example", "helena.okamura@araucariapay.example"],
            notes="Google invitation; the caption names no place, the calendar's TZID does.",
        ),
    ),
    outlook(
        ANIRUDH,
        "kaveri-owa-india-tzid",
        "interview",
        start="2034-10-09 15:00",
        zone="India Standard Time",
        minutes=60,
        subject="Interview - Anirudh Venkataraman-Iyer - Staff SRE",
        organizer=("Deepika Raghunathan", "deepika.r@kaveri-cloud.example"),
        attendees=[
            ("Suresh Balakrishnan", "suresh.b@kaveri-cloud.example"),
            ("Tanya Kohli", "tanya.kohli@kaveri-cloud.example"),
        ],
        date=dh("2034-10-04 18:10", "Asia/Kolkata"),
        text="Hi Anirudh,\n\nPlease find the invite for your interview with Suresh "
        "Balakrishnan (Director, Infrastructure) and Tanya Kohli (Principal SRE). The "
        "conversation will focus on incident management and capacity planning.\n\nRegards,\n"
        "Deepika\nTalent Acquisition, Kaveri Cloudworks",
        label=lab(
            "2034-10-09 15:00",
            "India Standard Time",
            "Asia/Kolkata",
            company="Kaveri Cloudworks",
            role="Staff SRE",
            who=["Suresh Balakrishnan", "Tanya Kohli"],
            emails=["suresh.b@kaveri-cloud.example", "tanya.kohli@kaveri-cloud.example"],
            notes="Outlook on the web: HTML only, no When line; the time is in the calendar "
            "only (Windows TZID).",
        ),
    ),
    outlook(
        RAMI,
        "qadisha-owa-beirut-after-switch",
        "interview",
        start="2034-10-30 10:00",
        zone="Middle East Standard Time",
        minutes=45,
        subject="Qadisha Data | Interview for Analytics Engineer",
        organizer=("Nour Abi Saab", "nour.abisaab@qadishadata.example"),
        attendees=[("Karim Tannous", "karim.tannous@qadishadata.example")],
        date=dh("2034-10-24 12:00", "Asia/Beirut"),
        text="Dear Rami,\n\nAs discussed on the phone, here is the invitation for your "
        f"interview on {d('2034-10-30', 'uk')} at 10:00 Beirut time with Karim Tannous, our "
        "Data Platform Lead, and myself. Note that clocks go back on the night of Saturday "
        "28 October.\n\nBest,\nNour Abi Saab\nHR Manager",
        label=lab(
            "2034-10-30 10:00",
            "Middle East Standard Time",
            "Asia/Beirut",
            company="Qadisha Data",
            role="Analytics Engineer",
            who=["Karim Tannous", "Nour Abi Saab"],
            emails=["karim.tannous@qadishadata.example", "nour.abisaab@qadishadata.example"],
            notes="Lebanon's 28 October switch lies between sending (+03) and the interview (+02).",
        ),
    ),
    outlook(
        AAPO,
        "saimaa-owa-fle-tzid",
        "interview",
        start="2034-11-01 09:00",
        zone="FLE Standard Time",
        minutes=60,
        subject="Haastattelu / Interview: Platform Engineer",
        organizer=("Jenni Outinen", "jenni.outinen@saimaa-analytics.example"),
        attendees=[("Olli Vähäsarja", "olli.vahasarja@saimaa-analytics.example")],
        date=dh("2034-10-25 14:30", "Europe/Helsinki"),
        text="Hi Aapo,\n\nThank you for applying! Here's an invite for a first interview "
        "with Olli Vähäsarja (Head of Platform). Olli will ask about your background and "
        "walk you through our Kubernetes migration. Teams link below.\n\nBr,\nJenni Outinen\nRecruitment "
        "Specialist, Saimaa Analytics",
        label=lab(
            "2034-11-01 09:00",
            "FLE Standard Time",
            "Europe/Kyiv",
            company="Saimaa Analytics",
            role="Platform Engineer",
            who=["Olli Vähäsarja"],
            emails=["olli.vahasarja@saimaa-analytics.example"],
            notes="'FLE Standard Time' maps to Europe/Kyiv for territory 001 (same offsets "
            "as Helsinki); time only in the calendar.",
        ),
    ),
    outlook(
        TOMAS,
        "pampa-owa-argentina-tzid",
        "interview",
        start="2034-11-15 11:00",
        zone="Argentina Standard Time",
        minutes=50,
        subject="Interview: Senior Data Engineer (LatAm remote)",
        organizer=("Whitney Caldera", "whitney.caldera@pampaledger.example"),
        attendees=[("Federico Lanusse", "federico.lanusse@pampaledger.example")],
        date=dh("2034-11-09 16:20", "America/Argentina/Buenos_Aires"),
        text="Hi Tomás,\n\nLooking forward to speaking with you. I've set this up at 11am "
        "your time; Federico Lanusse, our engineering manager for the Buenos Aires hub, will "
        "join me.\n\nWhitney Caldera\nTechnical Recruiter, Pampa Ledger Inc.",
        label=lab(
            "2034-11-15 11:00",
            "Argentina Standard Time",
            "America/Argentina/Buenos_Aires",
            company="Pampa Ledger Inc.",
            role="Senior Data Engineer",
            who=["Whitney Caldera", "Federico Lanusse"],
            emails=["whitney.caldera@pampaledger.example", "federico.lanusse@pampaledger.example"],
            notes="US recruiter writes in English to a Buenos Aires user; 'your time' and the "
            "Windows TZID.",
        ),
    ),
    with_cal(
        YASMINE,
        "nilecrest-zimbra-after-egypt-switch",
        "interview",
        frm=("Omar Zaki", "omar.zaki@nilecrest.example"),
        subject="Invitation: Interview - Business Intelligence Analyst",
        date=dh("2034-10-22 13:15", "Africa/Cairo"),
        body=(
            "Omar Zaki has invited you to a meeting.\n\nSubject: Interview - Business "
            'Intelligence Analyst\nOrganizer: "Omar Zaki" <omar.zaki@nilecrest.example>\n\n'
            f"Time: {d('2034-10-29', 'uky')}, 11:00:00 AM - 12:00:00 PM GMT +02:00 Cairo\n\n"
            "Invitees: yasmine.elsherbiny@example.com; dina.fahmy@nilecrest.example\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Dear Yasmine, please come to our Zamalek office, 5th floor. You will meet Dina "
            "Fahmy (BI Manager) and me.\nOmar"
        ),
        event={
            "start": "2034-10-29 11:00",
            "zone": "Africa/Cairo",
            "minutes": 60,
            "summary": "Interview - Business Intelligence Analyst",
            "organizer": ("Omar Zaki", "omar.zaki@nilecrest.example"),
            "attendees": [
                ("Yasmine El-Sherbiny Fawzy", "yasmine.elsherbiny@example.com"),
                ("Dina Fahmy", "dina.fahmy@nilecrest.example"),
            ],
            "location": "Nilecrest, 14 Abu El Feda St, Zamalek, 5th floor",
            "description": "Dear Yasmine, please come to our Zamalek office, 5th floor.",
            "prodid": ZIMBRA,
        },
        ics_mode="inline",
        style="nilecrest.example",
        extra=[("X-Mailer", "Zimbra 10.1.2_GA_4518 (ZimbraWebClient - FF131)")],
        label=lab(
            "2034-10-29 11:00",
            "Africa/Cairo",
            "Africa/Cairo",
            company="Nilecrest",
            role="Business Intelligence Analyst",
            who=["Dina Fahmy", "Omar Zaki"],
            emails=["dina.fahmy@nilecrest.example", "omar.zaki@nilecrest.example"],
            notes="Zimbra invitation; Sunday after Egypt's Thursday 26 October switch (+02).",
        ),
    ),
    with_cal(
        LINNEA,
        "fjallvind-openxchange-invite",
        "interview",
        frm=("Henrik Lövgren", "henrik.lovgren@fjallvind.example"),
        subject="Appointment invitation: Interview Linnea Björkqvist-Haile",
        date=dh("2034-10-23 08:40", "Europe/Stockholm"),
        body=(
            'Henrik Lövgren has invited you to the appointment "Interview Linnea '
            'Björkqvist-Haile".\n\n'
            f"Date: {d('2034-10-31', 'uky')}\nTime: 09:30 - 10:30 (Europe/Stockholm)\n"
            "Location: Fjällvind Energy, Kungsgatan 44, floor 6\n\nParticipants:\n"
            "Henrik Lövgren (organizer)\nMaja Strand\nLinnea Björkqvist-Haile\n\n"
            "Comment: Technical interview for the grid forecasting role, with Maja Strand "
            "from the modelling team and me.\n\nYou can accept or decline this appointment in your "
            "calendar.\n"
        ),
        event={
            "start": "2034-10-31 09:30",
            "zone": "Europe/Stockholm",
            "minutes": 60,
            "summary": "Interview Linnea Björkqvist-Haile",
            "organizer": ("Henrik Lövgren", "henrik.lovgren@fjallvind.example"),
            "attendees": [
                ("Maja Strand", "maja.strand@fjallvind.example"),
                ("Linnea Björkqvist-Haile", "linnea.bjorkqvist@example.com"),
            ],
            "location": "Fjällvind Energy, Kungsgatan 44, floor 6",
            "description": "Technical interview for the grid forecasting role.",
            "prodid": OPENXCHANGE,
        },
        ics_mode="attach",
        style="fjallvind.example",
        label=lab(
            "2034-10-31 09:30",
            "Europe/Stockholm",
            "Europe/Stockholm",
            company="Fjällvind Energy",
            role=None,
            who=["Henrik Lövgren", "Maja Strand"],
            emails=["henrik.lovgren@fjallvind.example", "maja.strand@fjallvind.example"],
            notes="Open-Xchange appointment invitation; two days after Europe's switch (CET).",
        ),
    ),
    with_cal(
        SOUFIANE,
        "oukaimeden-emclient-ramadan-offset",
        "interview",
        frm=("Yassir Benjelloun", "yassir@oukaimeden-labs.example"),
        subject="Interview with Oukaimeden Labs - Wednesday",
        date=dh("2034-11-01 17:30", "Africa/Casablanca"),
        body=(
            "Hi Soufiane,\n\nGreat talking earlier. Sending you an invite for "
            f"{d('2034-11-08', 'us')} at 10:00 Casablanca time, at our office in Maarif. "
            "Mind that the clocks go back an hour on Sunday for Ramadan, so it's 10:00 on the "
            "new time. You'll meet me and Salma Idrissi, our lead ML engineer.\n\n"
            "Yassir\n--\nYassir Benjelloun, CTO, Oukaimeden Labs\n"
        ),
        event={
            "start": "2034-11-08 10:00",
            "zone": "Africa/Casablanca",
            "minutes": 60,
            "summary": "Interview Soufiane / Oukaimeden Labs",
            "organizer": ("Yassir Benjelloun", "yassir@oukaimeden-labs.example"),
            "attendees": [
                ("Salma Idrissi", "salma.idrissi@oukaimeden-labs.example"),
                ("Soufiane Aït Lahcen-Berrada", "soufiane.aitlahcen@example.net"),
            ],
            "location": "Oukaimeden Labs, Maarif, Casablanca",
            "prodid": EMCLIENT,
        },
        ics_mode="attach",
        style="emclient",
        extra=[("X-Mailer", "eM Client 10.1.4588.0")],
        label=lab(
            "2034-11-08 10:00",
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Oukaimeden Labs",
            who=["Yassir Benjelloun", "Salma Idrissi"],
            emails=["yassir@oukaimeden-labs.example", "salma.idrissi@oukaimeden-labs.example"],
            notes="eM Client invitation; Morocco's Ramadan change to +00 on 5 November lies "
            "between sending (+01) and the interview (+00).",
        ),
    ),
    with_cal(
        FATOU,
        "baobab-fastmail-founder",
        "interview",
        frm=("Ibrahima Faye", "ibrahima@baobab-ledger.example"),
        subject="Interview invite: Baobab Ledger, Tuesday 16:00",
        date=dh("2034-09-14 21:10", "Africa/Dakar"),
        body=(
            "Hi Fatou,\n\nAs promised, a calendar invite for our interview on "
            f"{d('2034-09-19', 'uk')} at 16:00 (Dakar time). I'll be joined by Aminata, who "
            "runs our mobile team. We'll use the video link in the invite.\n\nIbrahima\n"
        ),
        event={
            "start": "2034-09-19 16:00",
            "zone": "Africa/Dakar",
            "minutes": 60,
            "summary": "Baobab Ledger <> Fatou Diagne-Sarr",
            "organizer": ("Ibrahima Faye", "ibrahima@baobab-ledger.example"),
            "attendees": [
                ("Aminata Sow", "aminata.sow@baobab-ledger.example"),
                ("Fatou Diagne-Sarr", "fatou.diagnesarr@example.org"),
            ],
            "location": "https://meet.baobab-ledger.example/fatou",
            "prodid": FASTMAIL,
        },
        ics_mode="attach",
        style="fastmail",
        extra=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1002")],
        label=lab(
            "2034-09-19 16:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Baobab Ledger",
            who=["Ibrahima Faye", "Aminata Sow"],
            emails=["ibrahima@baobab-ledger.example", "aminata.sow@baobab-ledger.example"],
            notes="Founder's Fastmail invitation; English to a Dakar user.",
        ),
    ),
    with_cal(
        WANJIRU,
        "amani-yahoo-calendar",
        "interview",
        frm=("Grace Wambui", "gracewambui.amani@yahoo.com"),
        subject="Invitation: Programme Officer interview",
        date=dh("2034-09-28 18:02", "Africa/Nairobi"),
        body=(
            "Grace Wambui has invited you to the following event.\n\n"
            f"Programme Officer interview\n{d('2034-10-05', 'usy')}, 2:00 PM - 3:00 PM "
            "East Africa Time\nLocation: Amani Water Trust, Kilimani\n\n"
            "Notes: Interview panel - Grace Wambui (Director), Samuel Kiprono (Finance)\n\n"
            "Accept   Decline   Tentative\n\nYahoo Calendar\n"
        ),
        event={
            "start": "2034-10-05 14:00",
            "zone": "Africa/Nairobi",
            "minutes": 60,
            "summary": "Programme Officer interview",
            "organizer": ("Grace Wambui", "gracewambui.amani@yahoo.com"),
            "attendees": [
                ("Samuel Kiprono", "s.kiprono@amaniwater.example"),
                ("Wanjiru Gathoni-Mbugua", "wanjiru.gathoni@example.net"),
            ],
            "location": "Amani Water Trust, Kilimani",
            "description": "Interview panel - Grace Wambui (Director), Samuel Kiprono (Finance)",
            "prodid": YAHOO,
        },
        ics_mode="both",
        style="yahoo.com",
        label=lab(
            "2034-10-05 14:00",
            "Africa/Nairobi",
            "Africa/Nairobi",
            company="Amani Water Trust",
            role="Programme Officer",
            who=["Grace Wambui", "Samuel Kiprono"],
            emails=["gracewambui.amani@yahoo.com", "s.kiprono@amaniwater.example"],
            notes="Yahoo Calendar invitation from a director's personal address.",
        ),
    ),
    with_cal(
        MAKENNA,
        "manzanita-zoom-ics-before-switch",
        "interview",
        frm=("Beatriz Solano", "beatriz.solano@manzanitahealth.example"),
        subject="Zoom interview - Manzanita Health (Fri 11/3)",
        date=dh("2034-10-30 10:15", "America/Los_Angeles"),
        body=(
            "Hi Makenna,\n\nBeatriz from Manzanita Health here. Attached is the Zoom calendar "
            "file for your hiring manager interview with Owen Castellano-Fritz on "
            f"{d('2034-11-03', 'us')} at 1:00 PM Pacific.\n\nJoin Zoom Meeting\n"
            "https://zoom.us/j/97712004583?pwd=TWFuemFuaXRh\nMeeting ID: 977 1200 4583\n\n"
            "Best,\nBeatriz Solano\nRecruiting Coordinator\n"
        ),
        event={
            "start": "2034-11-03 13:00",
            "zone": "America/Los_Angeles",
            "minutes": 45,
            "summary": "Makenna Albrecht-Yoon <> Owen Castellano-Fritz (Manzanita Health)",
            "organizer": ("Beatriz Solano", "beatriz.solano@manzanitahealth.example"),
            "location": "https://zoom.us/j/97712004583?pwd=TWFuemFuaXRh",
            "description": "Join Zoom Meeting https://zoom.us/j/97712004583",
            "prodid": ZOOM,
            "method": None,
        },
        ics_mode="attach",
        ics_name="zoom_0.ics",
        style="zoom.us",
        label=lab(
            "2034-11-03 13:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Manzanita Health",
            who=["Owen Castellano-Fritz"],
            notes="Zoom's downloadable .ics (no METHOD) with the calendar's TZID; 'Pacific' "
            "alone in the text; the Friday before the US switch (PDT).",
        ),
    ),
    with_cal(
        ELODIE,
        "laurentide-webex-invite",
        "interview",
        frm=("Webex", "messenger@webex.com"),
        reply_to=("Gabriel Fortin", "gabriel.fortin@laurentide-mutual.example"),
        subject="Meeting invitation: Interview - Actuarial Analyst (Élodie Lapointe-Ouimet)",
        date=dh("2034-10-31 12:00", "America/Toronto"),
        body=(
            "Gabriel Fortin invites you to join this Webex meeting.\n\n"
            "Interview - Actuarial Analyst (Élodie Lapointe-Ouimet)\n"
            f"{d('2034-11-06', 'usy')} 10:00 AM | 1 hour | (UTC-05:00) Eastern Time (US & "
            "Canada)\n\nJoin meeting: https://laurentide.webex.com/laurentide/j.php?MTID=m4e02\n"
            "Meeting number: 2631 448 9075\nPassword: Actu2034\n\n"
            "Your interviewers: Gabriel Fortin and Shauna Little-Boucher\n"
        ),
        event={
            "start": "2034-11-06 10:00",
            "zone": "America/Toronto",
            "minutes": 60,
            "summary": "Interview - Actuarial Analyst (Élodie Lapointe-Ouimet)",
            "organizer": ("Gabriel Fortin", "gabriel.fortin@laurentide-mutual.example"),
            "attendees": [("Élodie Lapointe-Ouimet", "elodie.lapointe@example.com")],
            "location": "https://laurentide.webex.com/laurentide/j.php?MTID=m4e02",
            "prodid": WEBEX,
        },
        ics_mode="attach",
        ics_name="WebexMeeting.ics",
        style="webex.com",
        label=lab(
            "2034-11-06 10:00",
            "America/Toronto",
            "America/Toronto",
            company="Laurentide Mutual",
            role="Actuarial Analyst",
            who=["Gabriel Fortin", "Shauna Little-Boucher"],
            emails=["gabriel.fortin@laurentide-mutual.example"],
            notes="Webex invitation (calendar TZID America/Toronto); the day after the switch.",
        ),
    ),
    with_cal(
        DARNELL,
        "halyard-goodtime-utc",
        "interview",
        frm=("Halyard Commerce Recruiting", "scheduling@halyardcommerce.example"),
        sender="GoodTime <notifications@goodtime.io>",
        subject="Interview Confirmation: Halyard Commerce - Staff Engineer",
        date=dh("2034-11-07 09:20", "America/Chicago"),
        body=(
            "Hi Darnell,\n\nYour interviews with Halyard Commerce are confirmed.\n\n"
            f"{d('2034-11-13', 'usy')}\n"
            "1:00 PM - 1:45 PM  Coding - Lucía Ferreyra-Hoang\n"
            "1:45 PM - 2:30 PM  System design - Marcus Oyelowo\n"
            "All times shown in Central Time (US & Canada).\n\n"
            "Video link: https://meet.halyardcommerce.example/loop-5521\n\n"
            "Need to reschedule? Reply to this email.\n\nPowered by GoodTime\n"
        ),
        event={
            "start": "2034-11-13 13:00",
            "zone": None,
            "utc_zone": "America/Chicago",
            "minutes": 90,
            "summary": "Halyard Commerce Interview - Darnell Okonkwo-Briggs",
            "organizer": ("Halyard Commerce Recruiting", "scheduling@halyardcommerce.example"),
            "attendees": [("Darnell Okonkwo-Briggs", "darnell.okonkwo@example.org")],
            "location": "https://meet.halyardcommerce.example/loop-5521",
            "prodid": GOODTIME,
        },
        ics_mode="attach",
        style="goodtime.io",
        label=lab(
            "2034-11-13 13:00",
            "America/Chicago",
            "America/Chicago",
            company="Halyard Commerce",
            role="Staff Engineer",
            who=["Lucía Ferreyra-Hoang", "Marcus Oyelowo"],
            notes="GoodTime confirmation: calendar in UTC, text in 'Central Time (US & "
            "Canada)'; two back-to-back sessions.",
        ),
    ),
    with_cal(
        HAEUN,
        "soyo-greenhouse-confirmed",
        "interview",
        frm=("Soyo Robotics", "no-reply@greenhouse.io"),
        reply_to=("Park Min-seo", "minseo.park@soyo-robotics.example"),
        subject="Interview Confirmation - Soyo Robotics",
        date=dh("2034-10-12 16:05", "Asia/Seoul"),
        body=(
            "Hi Ha-eun,\n\nThank you for your reply. Your 1st round interview is confirmed:\n\n"
            "2034-10-18 (Wed) 14:00 - 15:00 Korea Standard Time\n"
            "Interviewers: Lee Do-hyun (Firmware Lead), Choi Yerin (Senior Engineer)\n"
            "Location: Google Meet (link in the calendar invite)\n\nBest regards,\n"
            "Park Min-seo\nSoyo Robotics\n"
        ),
        event={
            "start": "2034-10-18 14:00",
            "zone": "Asia/Seoul",
            "minutes": 60,
            "summary": "Interview: Jeong Ha-eun - Embedded Software Engineer",
            "organizer": ("Park Min-seo", "minseo.park@soyo-robotics.example"),
            "attendees": [("Jeong Ha-eun", "haeun.jeong@example.net")],
            "prodid": GREENHOUSE,
        },
        ics_mode="attach",
        style="greenhouse.io",
        label=lab(
            "2034-10-18 14:00",
            "Asia/Seoul",
            "Asia/Seoul",
            company="Soyo Robotics",
            role="Embedded Software Engineer",
            who=["Lee Do-hyun", "Choi Yerin"],
            notes="Greenhouse confirmation of the second of three proposed slots; year-first date.",
        ),
    ),
    person(
        AOIFE,
        "corrib-google-notification",
        "interview",
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject="Notification: Interview – Corrib Ledger @ Tue 31 Oct 2034 11am - 12pm "
        "(Ireland Time) (aoife.nibhraonain@example.com)",
        date=dh("2034-10-31 10:30", "Europe/Dublin"),
        body=(
            "This is a reminder for:\n\nInterview – Corrib Ledger\n"
            f"{d('2034-10-31', 'uky')} ⋅ 11am – 12pm (Ireland Time)\n\n"
            "Location\nCorrib Ledger, 3 Dock Road, Galway\n\n"
            "Description\nSecond interview for Compliance Analyst with Niamh Ó Conghaile and "
            "Fergal Moran.\n\nGoing? Yes - Maybe - No\n\n"
            "Reminder from Google Calendar. You are receiving this email because you set a "
            "notification for this event.\n"
        ),
        label=lab(
            "2034-10-31 11:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Corrib Ledger",
            role="Compliance Analyst",
            who=["Niamh Ó Conghaile", "Fergal Moran"],
            notes="Google's own event notification (no calendar part) half an hour before; "
            "Irish winter time (GMT) two days after the switch.",
        ),
        html=True,
    ),
    with_cal(
        LINNEA,
        "fjallvind-apple-calendar-only",
        "interview",
        frm=("Henrik Lövgren", "henrik.lovgren@fjallvind.example"),
        subject="Invitation: Fjällvind – final interview (Linnea)",
        date=dh("2034-11-03 19:25", "Europe/Stockholm"),
        body=None,
        event={
            "start": "2034-11-09 13:00",
            "zone": "Europe/Stockholm",
            "minutes": 75,
            "summary": "Fjällvind – final interview (Linnea)",
            "organizer": ("Henrik Lövgren", "henrik.lovgren@fjallvind.example"),
            "attendees": [
                ("Sigrid Holmberg", "sigrid.holmberg@fjallvind.example"),
                ("Linnea Björkqvist-Haile", "linnea.bjorkqvist@example.com"),
            ],
            "location": "Fjällvind Energy, Kungsgatan 44, floor 6",
            "description": "Final round with Sigrid (CEO) and me. Lunch afterwards.",
            "prodid": APPLE,
        },
        ics_mode="only",
        style="apple",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
        label=lab(
            "2034-11-09 13:00",
            "Europe/Stockholm",
            "Europe/Stockholm",
            company="Fjällvind Energy",
            who=["Sigrid Holmberg", "Henrik Lövgren"],
            emails=["sigrid.holmberg@fjallvind.example", "henrik.lovgren@fjallvind.example"],
            notes="The whole body is a text/calendar REQUEST from Apple Calendar; no text part.",
        ),
    ),
]
