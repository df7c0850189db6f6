"""Calendar and scheduling-tool mail: bookings, updates, cancellations, reminders the day
before, in English from tools seen in real inboxes."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    AMARYLLIS,
    ASHBY,
    BARTHOLOMEW,
    CALENDLY,
    CALLIOPE,
    CRONOFY,
    DAMARIS,
    EMRYS,
    FEODORA,
    GEM,
    GIDEON,
    GOODTIME,
    GREENHOUSE,
    HEPZIBAH,
    ISHAAN,
    JUNO,
    KASIMIR,
    LEVER,
    LUCASTA,
    MALACHY,
    MSBOOKINGS,
    QUENTINA,
    RECRUITEE,
    SERAPHINA,
    TARQUIN,
    ULYSSA,
    VERITY,
    WINIFRED,
    WORKABLE,
    XANTHE,
    YORICK,
    ZENOBIA,
    ZOOM,
    ampm,
    booking,
    cal_mail,
    d,
    dh,
    google,
    lab,
    note,
    outlook,
    t12,
    vendor,
)

MESSAGES = [
    booking(
        AMARYLLIS,
        "greenhouse-panel-confirmation-austin",
        "interview",
        prodid=GREENHOUSE,
        start="2044-02-10 13:00",
        zone="America/Chicago",
        minutes=90,
        summary="Onsite Interview: Amaryllis Thornbury-Acheampong – Staff Designer",
        organizer=("Hannah Liebert", "hannah.liebert@pecan-street-labs.example"),
        attendees=[
            ("Marco Espinoza", "marco.espinoza@pecan-street-labs.example"),
            ("Janelle Whitaker", "janelle.whitaker@pecan-street-labs.example"),
        ],
        date=dh("2044-02-03 10:05", "America/Chicago"),
        frm=("Pecan Street Labs", "no-reply@greenhouse.io"),
        subject="Interview confirmation: Staff Designer at Pecan Street Labs",
        location="Pecan Street Labs, 600 Congress Ave, Austin TX",
        body=f"""Hi Amaryllis,

Your interview is confirmed.

{d("2044-02-10", "usy")}
{t12("2044-02-10 13:00")} – {t12("2044-02-10 14:30")} Central Time (US & Canada)

1:00 PM  Marco Espinoza – Design Director (portfolio review)
1:45 PM  Janelle Whitaker – Staff Engineer (collaboration)

Location: 600 Congress Ave, 14th floor, Austin TX

Hannah Liebert will meet you in the lobby.
""",
        label=lab(
            "2044-02-10 13:00",
            "America/Chicago",
            "America/Chicago",
            company="Pecan Street Labs",
            role="Staff Designer",
            who=["Marco Espinoza", "Janelle Whitaker"],
            emails=[
                "marco.espinoza@pecan-street-labs.example",
                "janelle.whitaker@pecan-street-labs.example",
            ],
            notes="Greenhouse schedule with .ics; the coordinator who meets the user in the "
            "lobby is left out.",
        ),
    ),
    booking(
        BARTHOLOMEW,
        "calendly-booked-30min-london",
        "interview",
        prodid=CALENDLY,
        start="2044-01-22 16:00",
        zone="Europe/London",
        minutes=30,
        summary="Intro call: Bartholomew Quist-Ellery and Esme Radcliffe",
        organizer=("Esme Radcliffe", "esme.radcliffe@thameslink-legal.example"),
        attendees=[],
        date=dh("2044-01-19 09:12", "Europe/London"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="New Event: Bartholomew Quist-Ellery - 16:00 Fri, 22 Jan 2044 - Intro call",
        body=f"""Hi Bartholomew,

A new event has been scheduled.

Event Type: Intro call (Legal Operations Manager)
Invitee: Bartholomew Quist-Ellery
Host: Esme Radcliffe, Head of Legal Ops, Thameslink Legal
Event Date/Time: 16:00 - {d("2044-01-22", "uky")} (GMT)
Location: This is a Google Meet web conference. https://meet.google.com/ezq-mwod-tfi

Need to make changes? Cancel or reschedule: https://calendly.com/cancellations/7b21
""",
        label=lab(
            "2044-01-22 16:00",
            "Europe/London",
            "Europe/London",
            company="Thameslink Legal",
            role="Legal Operations Manager",
            who=["Esme Radcliffe"],
            emails=["esme.radcliffe@thameslink-legal.example"],
            notes="Calendly booking with .ics; 'GMT' alone would be null, the .ics TZID gives "
            "Europe/London.",
        ),
    ),
    booking(
        CALLIOPE,
        "calendly-canceled-by-host-philadelphia",
        "interview_cancelled",
        prodid=CALENDLY,
        start="2044-02-24 11:30",
        zone="America/New_York",
        minutes=45,
        summary="Hiring manager interview: Calliope Drummond-Asiedu",
        organizer=("Vikram Oduya", "vikram.oduya@schuylkill-health.example"),
        attendees=[],
        method="CANCEL",
        sequence=1,
        date=dh("2044-02-22 08:40", "America/New_York"),
        frm=("Calendly", "notifications@calendly.com"),
        subject="Canceled: Hiring manager interview between Vikram Oduya and Calliope Drummond-Asiedu",
        body=f"""Hi Calliope,

Vikram Oduya has canceled the event below.

Event: Hiring manager interview (Clinical Data Manager)
Date/Time: {t12("2044-02-24 11:30")} - {d("2044-02-24", "usy")} (Eastern Time - US & Canada)
Cancellation reason: "The position has been filled internally. Apologies."
""",
        label=lab(
            "2044-02-24 11:30",
            "America/New_York",
            "America/New_York",
            company="Schuylkill Health",
            role="Clinical Data Manager",
            notes="Calendly cancellation (METHOD:CANCEL) with a reason; no new time.",
        ),
    ),
    google(
        DAMARIS,
        "google-invite-manila-bgc",
        "interview",
        start="2044-01-26 14:00",
        zone="Asia/Manila",
        minutes=60,
        summary="Interview – Damaris Whitlow-Ofori – Customer Success Lead",
        organizer=("Patricia Villaroman", "patricia.villaroman@bgc-saas.example"),
        guests=[("Joaquin Dela Cruz", "joaquin.delacruz@bgc-saas.example")],
        date=dh("2044-01-21 10:30", "Asia/Manila"),
        caption="Philippine Standard Time - Manila",
        details="Panel: Patricia Villaroman (Head of CS) and Joaquin Dela Cruz (CS Manager).",
        label=lab(
            "2044-01-26 14:00",
            "Asia/Manila",
            "Asia/Manila",
            company="BGC SaaS",
            role="Customer Success Lead",
            who=["Patricia Villaroman", "Joaquin Dela Cruz"],
            emails=[
                "patricia.villaroman@bgc-saas.example",
                "joaquin.delacruz@bgc-saas.example",
            ],
            notes="Google Calendar invitation; the organiser is on the panel.",
        ),
    ),
    google(
        EMRYS,
        "google-updated-after-uk-change-cardiff",
        "interview",
        start="2044-03-28 09:30",
        zone="Europe/London",
        minutes=60,
        summary="Second interview: Emrys Carlyon-Boateng (Policy Adviser)",
        organizer=("Ffion Pritchard", "ffion.pritchard@taff-policy.example"),
        guests=[("Owain Llewelyn", "owain.llewelyn@taff-policy.example")],
        date=dh("2044-03-24 12:00", "Europe/London"),
        caption="British Summer Time - London",
        change="Changed: time",
        sequence=1,
        details="Moved from Friday at Owain's request.",
        label=lab(
            "2044-03-28 09:30",
            "Europe/London",
            "Europe/London",
            company="Taff Policy",
            role="Policy Adviser",
            who=["Ffion Pritchard", "Owain Llewelyn"],
            emails=["ffion.pritchard@taff-policy.example", "owain.llewelyn@taff-policy.example"],
            notes="Google update sent in GMT for a start the day after the UK change (BST).",
        ),
    ),
    google(
        FEODORA,
        "google-cancelled-stockholm",
        "interview_cancelled",
        start="2044-02-18 13:00",
        zone="Europe/Stockholm",
        minutes=45,
        summary="Interview: Feodora Lindqvist-Amoako – Backend Engineer",
        organizer=("Linnea Sjöberg", "linnea.sjoberg@sodermalm-pay.example"),
        guests=[("Axel Bergström", "axel.bergstrom@sodermalm-pay.example")],
        date=dh("2044-02-16 15:10", "Europe/Stockholm"),
        caption="Central European Time - Stockholm",
        change="cancelled",
        label=lab(
            "2044-02-18 13:00",
            "Europe/Stockholm",
            "Europe/Stockholm",
            company="Södermalm Pay",
            role="Backend Engineer",
            notes="Google 'Cancelled event' in English, no reason given.",
        ),
    ),
    outlook(
        GIDEON,
        "teams-updated-pst-seattle",
        "interview",
        start="2044-03-16 10:00",
        zone="Pacific Standard Time",
        minutes=60,
        subject="Interview – Gideon Achterberg-Sowah – Sr. Cloud Engineer",
        prefix="Updated: ",
        sequence=1,
        organizer=("Brianna Castellanos", "brianna.castellanos@puget-compute.example"),
        attendees=[
            ("Hyun-woo Park", "hyunwoo.park@puget-compute.example"),
            ("Eleanor Vasquez", "eleanor.vasquez@puget-compute.example"),
        ],
        date=dh("2044-03-09 14:22", "America/Los_Angeles"),
        text="""Hi Gideon,

We've moved your loop to Wednesday at 10 (Pacific). You'll meet Hyun-woo Park and Eleanor
Vasquez back to back. I'm just coordinating.

Brianna""",
        label=lab(
            "2044-03-16 10:00",
            "Pacific Standard Time",
            "America/Los_Angeles",
            company="Puget Compute",
            role="Sr. Cloud Engineer",
            who=["Hyun-woo Park", "Eleanor Vasquez"],
            emails=["hyunwoo.park@puget-compute.example", "eleanor.vasquez@puget-compute.example"],
            notes="Exchange 'Updated:' (SEQUENCE 1) sent in PST for a start in PDT; the "
            "organiser says she only coordinates.",
        ),
    ),
    outlook(
        HEPZIBAH,
        "teams-cancel-melbourne-aedt",
        "interview_cancelled",
        start="2044-02-09 15:00",
        zone="AUS Eastern Standard Time",
        minutes=45,
        subject="Interview: Hepzibah Marlowe-Quansah – Procurement Lead",
        prefix="Canceled: ",
        method="CANCEL",
        sequence=2,
        organizer=("Tahlia Nguyen", "tahlia.nguyen@yarra-build.example"),
        attendees=[("Declan Moretti", "declan.moretti@yarra-build.example")],
        date=dh("2044-02-05 11:45", "Australia/Melbourne"),
        text="""Hi Hepzibah, unfortunately we need to cancel – the Procurement Lead role is on
hold until the new financial year. Sorry for the late notice. Tahlia""",
        label=lab(
            "2044-02-09 15:00",
            "AUS Eastern Standard Time",
            "Australia/Sydney",
            company="Yarra Build",
            role="Procurement Lead",
            notes="Exchange cancellation; TZID 'AUS Eastern Standard Time' maps to "
            "Australia/Sydney (same offsets as Melbourne, AEDT).",
        ),
    ),
    booking(
        ISHAAN,
        "gem-reschedule-sequence-mumbai",
        "interview",
        prodid=GEM,
        start="2044-02-29 17:30",
        zone="Asia/Kolkata",
        minutes=60,
        summary="Rescheduled: System design – Ishaan Mehrotra-Vale",
        organizer=("Gem Scheduling", "scheduling@konkan-logistics.example"),
        attendees=[("Arjun Bhosale", "arjun.bhosale@konkan-logistics.example")],
        sequence=1,
        date=dh("2044-02-24 13:30", "Asia/Kolkata"),
        frm=("Konkan Logistics Recruiting", "scheduling@konkan-logistics.example"),
        subject="Updated: System design interview – now Mon, Feb 29, 2044 at 5:30 PM IST",
        body=f"""Hi Ishaan,

Your system design interview has been rescheduled.

New time: {d("2044-02-29", "usy")}, 5:30 PM – 6:30 PM (Asia/Kolkata)
Previous time: {d("2044-02-26")}, 4:00 PM
Interviewer: Arjun Bhosale, Principal Engineer

Join: https://zoom.us/j/84213390571
""",
        label=lab(
            "2044-02-29 17:30",
            "Asia/Kolkata",
            "Asia/Kolkata",
            company="Konkan Logistics",
            who=["Arjun Bhosale"],
            emails=["arjun.bhosale@konkan-logistics.example"],
            notes="Gem reschedule (SEQUENCE 1) naming new and previous times; the new one is "
            "labelled. The tool prints the IANA name.",
        ),
    ),
    booking(
        JUNO,
        "workable-reminder-tomorrow-dublin",
        "interview",
        prodid=WORKABLE,
        start="2044-01-29 11:00",
        zone="Europe/Dublin",
        minutes=45,
        summary="Interview with Liffey Games – Community Manager",
        organizer=("Liffey Games", "liffey-games@workablemail.com"),
        attendees=[("Ciarán Mac Giolla", "ciaran.macgiolla@liffey-games.example")],
        date=dh("2044-01-28 11:00", "Europe/Dublin"),
        frm=("Liffey Games", "liffey-games@workablemail.com"),
        subject="Reminder: your interview with Liffey Games is tomorrow",
        body=f"""Hi Juno,

Just a reminder that your interview for Community Manager is tomorrow,
{d("2044-01-29", "uk")} at 11:00 (Dublin).

Interviewer: Ciarán Mac Giolla
Where: Liffey Games, 3 Grand Canal Quay, Dublin 2

Good luck!
""",
        label=lab(
            "2044-01-29 11:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Liffey Games",
            role="Community Manager",
            who=["Ciarán Mac Giolla"],
            emails=["ciaran.macgiolla@liffey-games.example"],
            notes="Workable reminder the day before, with .ics.",
        ),
    ),
    booking(
        KASIMIR,
        "goodtime-self-schedule-booked-calgary",
        "interview",
        prodid=GOODTIME,
        start="2044-03-14 09:00",
        zone="America/Edmonton",
        minutes=60,
        summary="Technical interview – Kasimir Wrenfield-Dogbe",
        organizer=("GoodTime", "scheduling@goodtime.io"),
        attendees=[("Amrit Sandhu", "amrit.sandhu@chinook-energy.example")],
        date=dh("2044-03-08 16:00", "America/Edmonton"),
        frm=("Chinook Energy Talent", "scheduling@goodtime.io"),
        subject="You're booked: Technical interview with Chinook Energy",
        body=f"""Hi Kasimir,

Thanks for picking a time! You're booked for {d("2044-03-14", "usy")} at
{t12("2044-03-14 09:00")} Mountain Time with Amrit Sandhu.

Video link: https://zoom.us/j/97215520184
""",
        label=lab(
            "2044-03-14 09:00",
            "America/Edmonton",
            "America/Edmonton",
            company="Chinook Energy",
            who=["Amrit Sandhu"],
            emails=["amrit.sandhu@chinook-energy.example"],
            notes="GoodTime booking made in MST for the day after the change (MDT); "
            "timezone from the .ics TZID.",
        ),
    ),
    vendor(
        KASIMIR,
        "goodtime-pick-a-time-calgary",
        "scheduling_request",
        frm=("Chinook Energy Talent", "scheduling@goodtime.io"),
        subject="Choose a time for your technical interview with Chinook Energy",
        date=dh("2044-03-04 12:00", "America/Edmonton"),
        body="""Hi Kasimir,

Please choose a time for your 60-minute technical interview:
https://app.goodtime.io/self-schedule/7fQ2

Available slots are shown in your local time zone.
""",
        label=note(
            "Self-scheduling link; the booking follows in another message.",
            company="Chinook Energy",
        ),
    ),
    booking(
        LUCASTA,
        "lever-interview-seoul-kst",
        "interview",
        prodid=LEVER,
        start="2044-02-15 10:00",
        zone="Asia/Seoul",
        minutes=60,
        summary="Interview: Lucasta Penrose-Amponsah – UX Researcher",
        organizer=("Han Ji-woo", "jiwoo.han@seonyudo-mobility.example"),
        attendees=[("Choi Min-seo", "minseo.choi@seonyudo-mobility.example")],
        date=dh("2044-02-10 17:00", "Asia/Seoul"),
        frm=("Seonyudo Mobility", "no-reply@hire.lever.co"),
        subject="Interview confirmed – UX Researcher at Seonyudo Mobility",
        body=f"""Hi Lucasta,

Your interview is confirmed for 2044-02-15 ({d("2044-02-15", "short")}) at 10:00 KST.
You will meet Choi Min-seo (Research Lead). Han Ji-woo from Talent will send a reminder.

Location: Seonyudo Mobility, 12F, 21 Teheran-ro, Gangnam-gu, Seoul
""",
        label=lab(
            "2044-02-15 10:00",
            "Asia/Seoul",
            "Asia/Seoul",
            company="Seonyudo Mobility",
            role="UX Researcher",
            who=["Choi Min-seo"],
            emails=["minseo.choi@seonyudo-mobility.example"],
            notes="Lever with ISO date (ymd user); the organising recruiter only sends "
            "reminders and is left out.",
        ),
    ),
    booking(
        MALACHY,
        "ashby-confirmed-sao-paulo-in-english",
        "interview",
        prodid=ASHBY,
        start="2044-03-02 11:00",
        zone="America/Sao_Paulo",
        minutes=45,
        summary="Hiring Manager Screen – Malachy Fitzwarren-Ansong",
        organizer=("Ashby", "no-reply@ashbyhq.com"),
        attendees=[("Camila Rezende", "camila.rezende@paulista-ledger.example")],
        date=dh("2044-02-26 15:30", "America/Sao_Paulo"),
        frm=("Paulista Ledger", "no-reply@ashbyhq.com"),
        subject="Confirmed: Hiring Manager Screen with Paulista Ledger",
        body=f"""Hi Malachy,

Your Hiring Manager Screen is confirmed.

When: {d("2044-03-02", "usy")}, 11:00 AM - 11:45 AM (BRT)
With: Camila Rezende, Engineering Manager
Where: Google Meet – https://meet.google.com/oaj-wkrs-ube
""",
        label=lab(
            "2044-03-02 11:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Paulista Ledger",
            who=["Camila Rezende"],
            emails=["camila.rezende@paulista-ledger.example"],
            notes="Ashby in English for a São Paulo company; 'BRT' abbreviation, zone from "
            "the .ics.",
        ),
    ),
    booking(
        QUENTINA,
        "zoom-meeting-updated-phoenix-mst",
        "interview",
        prodid=ZOOM,
        start="2044-03-17 13:00",
        zone="America/Phoenix",
        minutes=45,
        summary="Interview: Quentina Ravensworth-Ali / Saguaro Ridge Solar",
        organizer=("Lucas Bradford", "lucas.bradford@saguaro-ridge-solar.example"),
        attendees=[],
        sequence=1,
        date=dh("2044-03-11 08:10", "America/Phoenix"),
        frm=("Zoom", "no-reply@zoom.us"),
        subject="Updated: Interview: Quentina Ravensworth-Ali / Saguaro Ridge Solar",
        body=f"""Lucas Bradford has updated a Zoom meeting.

Topic: Interview: Quentina Ravensworth-Ali / Saguaro Ridge Solar
Time: {d("2044-03-17", "short")}, 2044 {ampm("2044-03-17 13:00")} Arizona

Join Zoom Meeting
https://zoom.us/j/91427735021?pwd=aXk2

Lucas Bradford will be your interviewer (Operations Director).
""",
        label=lab(
            "2044-03-17 13:00",
            "America/Phoenix",
            "America/Phoenix",
            company="Saguaro Ridge Solar",
            who=["Lucas Bradford"],
            emails=["lucas.bradford@saguaro-ridge-solar.example"],
            notes="Zoom update; Arizona keeps MST through the US change.",
        ),
    ),
    booking(
        SERAPHINA,
        "ms-bookings-adelaide-acdt",
        "interview",
        prodid=MSBOOKINGS,
        start="2044-01-18 10:30",
        zone="Australia/Adelaide",
        minutes=30,
        summary="Phone interview – Graduate Winemaker",
        organizer=("Barossa Vintners Bookings", "bookings@barossa-vintners.example"),
        attendees=[("Hamish Kowalski", "hamish.kowalski@barossa-vintners.example")],
        date=dh("2044-01-13 14:00", "Australia/Adelaide"),
        frm=("Barossa Vintners", "bookings@barossa-vintners.example"),
        subject="Your booking with Barossa Vintners is confirmed",
        body=f"""Hi Seraphina,

Your booking is confirmed.

Service: Phone interview – Graduate Winemaker
Date and time: {d("2044-01-18", "uk")}, 10:30 AM (UTC+10:30) Adelaide
Staff: Hamish Kowalski

Manage booking: https://outlook.office365.com/owa/calendar/BarossaVintners/bookings/
""",
        label=lab(
            "2044-01-18 10:30",
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Barossa Vintners",
            role="Graduate Winemaker",
            who=["Hamish Kowalski"],
            emails=["hamish.kowalski@barossa-vintners.example"],
            notes="Microsoft Bookings; Adelaide in ACDT (UTC+10:30).",
        ),
    ),
    cal_mail(
        TARQUIN,
        "inline-text-calendar-only-tokyo",
        "interview",
        date=dh("2044-02-19 09:00", "Asia/Tokyo"),
        frm=("Sakamoto Yui", "yui.sakamoto@oshiage-robotics.example"),
        subject="Invitation: Interview (Oshiage Robotics) 2044/02/24 14:00 JST",
        ics_mode="only",
        event={
            "summary": "Interview (Oshiage Robotics) – Tarquin Westmacott-Aboagye",
            "prodid": "-//Apple Inc.//macOS 15.3//EN",
            "organizer": ("Sakamoto Yui", "yui.sakamoto@oshiage-robotics.example"),
            "attendees": [
                ("Kimura Daisuke", "daisuke.kimura@oshiage-robotics.example"),
                ("Tarquin Westmacott-Aboagye", "tarquin.westmacott@example.net"),
            ],
            "start": "2044-02-24 14:00",
            "minutes": 60,
            "zone": "Asia/Tokyo",
            "location": "Oshiage Robotics, 2-1 Oshiage, Sumida-ku, Tokyo",
            "description": "Interview with Kimura Daisuke (Engineering Manager) and Sakamoto Yui.",
        },
        label=lab(
            "2044-02-24 14:00",
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Oshiage Robotics",
            who=["Kimura Daisuke", "Sakamoto Yui"],
            emails=[
                "daisuke.kimura@oshiage-robotics.example",
                "yui.sakamoto@oshiage-robotics.example",
            ],
            notes="The whole body is a text/calendar part (no text or HTML); names only in "
            "the VEVENT; family-name-first.",
        ),
    ),
    booking(
        ULYSSA,
        "recruitee-interview-halifax-ast",
        "interview",
        prodid=RECRUITEE,
        start="2044-01-21 14:00",
        zone="America/Halifax",
        minutes=45,
        summary="Interview – Marine Biologist – Fundy Shore Institute",
        organizer=("Fundy Shore Institute", "jobs@fundy-shore.example"),
        attendees=[("Dr. Malcolm Roach", "malcolm.roach@fundy-shore.example")],
        date=dh("2044-01-15 10:00", "America/Halifax"),
        frm=("Fundy Shore Institute", "jobs@fundy-shore.example"),
        subject="Interview scheduled – Marine Biologist",
        body=f"""Hello Ulyssa,

An interview has been scheduled for you: {d("2044-01-21", "usy")}, 2:00 PM Atlantic
Time, with Dr. Malcolm Roach.

Please reply if you need to reschedule.
""",
        label=lab(
            "2044-01-21 14:00",
            "America/Halifax",
            "America/Halifax",
            company="Fundy Shore Institute",
            role="Marine Biologist",
            who=["Malcolm Roach"],
            emails=["malcolm.roach@fundy-shore.example"],
            notes="Recruitee-style booking with .ics; 'Dr.' dropped.",
        ),
    ),
    booking(
        VERITY,
        "cronofy-utc-ics-hong-kong",
        "interview",
        prodid=CRONOFY,
        start="2044-03-03 09:30",
        zone=None,
        utc_zone="Asia/Hong_Kong",
        minutes=45,
        summary="Interview: Verity Lockwood-Amankwah x Kowloon Analytics",
        organizer=("Kowloon Analytics", "talent@kowloon-analytics.example"),
        attendees=[("Wong Ka-yan", "kayan.wong@kowloon-analytics.example")],
        date=dh("2044-02-28 20:00", "Asia/Hong_Kong"),
        frm=("Kowloon Analytics Talent", "talent@kowloon-analytics.example"),
        subject="Interview booked – Thu 3 Mar, 09:30 HKT",
        body=f"""Hi Verity,

Your interview is booked for {d("2044-03-03", "uk")} at 09:30 HKT with Wong Ka-yan
(Head of Data). The calendar file uses UTC.
""",
        label=lab(
            "2044-03-03 09:30",
            "Asia/Hong_Kong",
            None,
            company="Kowloon Analytics",
            who=["Wong Ka-yan"],
            emails=["kayan.wong@kowloon-analytics.example"],
            notes="The .ics is in UTC ('Z'); only 'HKT' in the text, timezone null.",
        ),
    ),
    booking(
        WINIFRED,
        "workable-reminder-accra-gmt",
        "interview",
        prodid=WORKABLE,
        start="2044-02-11 10:00",
        zone="Africa/Accra",
        minutes=60,
        summary="Interview with Volta Fin Labs – Finance Officer",
        organizer=("Volta Fin Labs", "volta-fin-labs@workablemail.com"),
        attendees=[("Kwabena Asiedu-Mensah", "kwabena.asiedu@volta-fin-labs.example")],
        date=dh("2044-02-10 10:00", "Africa/Accra"),
        frm=("Volta Fin Labs", "volta-fin-labs@workablemail.com"),
        subject="Reminder: interview tomorrow at 10:00 GMT",
        body=f"""Hi Winifred,

This is a reminder of your interview for Finance Officer tomorrow, {d("2044-02-11", "uk")}
at 10:00 GMT, at Volta Fin Labs, 14 Liberation Road, Accra.

Interviewer: Kwabena Asiedu-Mensah (Finance Manager)
""",
        label=lab(
            "2044-02-11 10:00",
            "Africa/Accra",
            "Africa/Accra",
            company="Volta Fin Labs",
            role="Finance Officer",
            who=["Kwabena Asiedu-Mensah"],
            emails=["kwabena.asiedu@volta-fin-labs.example"],
            notes="Workable reminder the day before; zone from the .ics TZID.",
        ),
    ),
    vendor(
        XANTHE,
        "interview-feedback-survey-vancouver",
        "other",
        frm=("Cascadia Games Talent", "no-reply@greenhouse.io"),
        subject="How was your interview with Cascadia Games?",
        date=dh("2044-02-04 12:00", "America/Vancouver"),
        body="""Hi Xanthe,

Thanks for interviewing with Cascadia Games yesterday. We'd love your feedback on the
experience – it takes 2 minutes and is anonymous:
https://cascadia-games.example/survey/candidate

The Talent Team
""",
        label=note("Candidate survey after an interview: other."),
    ),
    vendor(
        YORICK,
        "ashby-rejection-dubai",
        "rejection",
        frm=("Creekside Proptech", "no-reply@ashbyhq.com"),
        subject="Update on your application to Creekside Proptech",
        date=dh("2044-03-10 11:00", "Asia/Dubai"),
        body="""Hi Yorick,

Thank you for your interest in the Growth Lead role at Creekside Proptech. After careful
consideration, we won't be moving forward with your application at this time.

We'll keep your details on file and wish you the best in your search.

Creekside Proptech Talent Team
""",
        label=note("ATS rejection before any interview.", company="Creekside Proptech"),
    ),
    vendor(
        ZENOBIA,
        "gem-availability-request-brooklyn",
        "scheduling_request",
        frm=("Red Hook Studios Recruiting", "recruiting@redhook-studios.example"),
        subject="Share your availability for the final round",
        date=dh("2044-03-15 10:30", "America/New_York"),
        body="""Hi Zenobia,

Great news – we'd like to move you to the final round (3 x 45 minutes, virtual). Please
share your availability for the next two weeks here:
https://redhook-studios.example/availability/zh-2044

Times are shown in Eastern Time.
""",
        label=note("Availability request; no time set.", company="Red Hook Studios"),
    ),
]
