"""Calendar invitations and tool mail: Google, Outlook/Teams with Windows zone names, Zoom,
Calendly, Greenhouse, Lever, Workday, Ashby, SmartRecruiters, iCIMS, GoodTime and tools
seldom seen; updates (SEQUENCE), cancellations and reminders."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    ASHBY,
    CALENDLY,
    CALLUM,
    CHIDINMA,
    DEVON,
    DILSHAN,
    GENEVRA,
    GOODTIME,
    GREENHOUSE,
    HIREBRIDGE,
    ICIMS,
    ISHITA,
    JOSEMARI,
    KARTHIK,
    LACHIE,
    MATILDA,
    MSBOOKINGS,
    NIAMH,
    OTIENO,
    PIETER,
    PRIYA_V,
    SAVVYCAL,
    SMARTRECRUITERS,
    SURESH,
    TAMATI,
    TAMSIN,
    THANDIWE,
    WANJIKU,
    WEILING,
    WORKDAY,
    ZOHO_RECRUIT,
    ZOOM,
    booking,
    bounce,
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

MESSAGES = []
add = MESSAGES.append

# Exchange request, AUS Eastern Standard Time, sent before the change, start after it.
Z = MATILDA.timezone
add(
    outlook(
        MATILDA,
        "teams-invite-aus-eastern-after-change",
        "interview",
        start="2045-04-03 11:00",
        zone="AUS Eastern Standard Time",
        minutes=45,
        subject="Interview: Matilda Cuthbertson-Oduya - Senior BA (Payments)",
        organizer=("Renee Costa", "renee.costa@harbourbridge-bank.example"),
        attendees=[("Anthony Vo", "anthony.vo@harbourbridge-bank.example")],
        date=dh("2045-03-28 14:10", Z),
        text="""Hi Matilda,

Please find the Teams invite for your interview with Anthony Vo (Head of Payments Change).

Kind regards,
Renee Costa
Talent Acquisition, Harbour Bridge Bank""",
        label=lab(
            "2045-04-03 11:00",
            "AUS Eastern Standard Time",
            "Australia/Sydney",
            company="Harbour Bridge Bank",
            role="Senior BA (Payments)",
            who=["Anthony Vo"],
            emails=["anthony.vo@harbourbridge-bank.example"],
            notes="Windows TZID mapped to Australia/Sydney; sent in AEDT, starts in AEST. The "
            "organiser only arranges (the text says whom she meets).",
        ),
    )
)

# Exchange update (SEQUENCE 1), GMT Standard Time, London.
Z = TAMSIN.timezone
add(
    outlook(
        TAMSIN,
        "exchange-updated-gmt-standard-later-start",
        "interview",
        start="2045-05-11 15:30",
        zone="GMT Standard Time",
        minutes=60,
        subject="Second interview - Facilities Coordinator",
        organizer=("Priti Shah", "priti.shah@calder-estates.example"),
        attendees=[
            ("Graham Lister", "graham.lister@calder-estates.example"),
            ("Yvonne Birch", "yvonne.birch@calder-estates.example"),
        ],
        date=dh("2045-05-08 10:05", Z),
        sequence=1,
        prefix="Updated: ",
        teams=False,
        location="Calder Estates, 9 Wellington Place, Leeds",
        text="""Hi Tamsin,

We've moved this by half an hour to 3.30pm - apologies for the change. Graham and Yvonne
look forward to seeing you.

Priti Shah
HR Coordinator""",
        label=lab(
            "2045-05-11 15:30",
            "GMT Standard Time",
            "Europe/London",
            company="Calder Estates",
            role="Facilities Coordinator",
            who=["Graham Lister", "Yvonne Birch"],
            emails=["graham.lister@calder-estates.example", "yvonne.birch@calder-estates.example"],
            notes="Exchange update (SEQUENCE 1) with the new time; GMT Standard Time maps to "
            "Europe/London (BST in May).",
        ),
    )
)

# Exchange cancellation, Singapore Standard Time.
Z = WEILING.timezone
add(
    outlook(
        WEILING,
        "exchange-canceled-singapore-standard",
        "interview_cancelled",
        start="2045-05-16 15:00",
        zone="Singapore Standard Time",
        minutes=60,
        subject="Interview - Compliance Manager (Round 3)",
        organizer=("Jasmine Ong", "jasmine.ong@marinastraits.example"),
        attendees=[("Goh Kian Wee", "goh.kianwee@marinastraits.example")],
        date=dh("2045-05-12 18:40", Z),
        method="CANCEL",
        sequence=2,
        prefix="Canceled: ",
        text="""Dear Wei Ling,

Mr Goh has to travel unexpectedly, so we are cancelling this session. I will send new
options next week.

Best regards,
Jasmine""",
        label=lab(
            "2045-05-16 15:00",
            "Singapore Standard Time",
            "Asia/Singapore",
            company="Marina Straits Insurance",
            role="Compliance Manager",
            who=["Goh Kian Wee"],
            emails=["goh.kianwee@marinastraits.example"],
            notes="Exchange cancellation (METHOD:CANCEL).",
        ),
    )
)

# Google Calendar invitation, India Standard Time caption.
Z = ISHITA.timezone
add(
    google(
        ISHITA,
        "google-invite-ganga-edtech-meet",
        "interview",
        start="2045-04-27 18:30",
        zone=Z,
        minutes=30,
        summary="Ishita <> Arnab | Content Strategy Lead",
        organizer=("Arnab Sengupta", "arnab.sengupta@ganga-edtech.example"),
        guests=[("Arnab Sengupta", "arnab.sengupta@ganga-edtech.example")],
        date=dh("2045-04-25 19:30", Z),
        caption="India Standard Time - Kolkata",
        details="Looking forward to our chat about the Content Strategy Lead role at Ganga EdTech.",
        label=lab(
            "2045-04-27 18:30",
            Z,
            "Asia/Kolkata",
            company="Ganga EdTech",
            role="Content Strategy Lead",
            who=["Arnab Sengupta"],
            emails=["arnab.sengupta@ganga-edtech.example"],
            notes="Google's caption names Kolkata.",
        ),
    )
)

# Google update: time changed, Johannesburg.
Z = PIETER.timezone
add(
    google(
        PIETER,
        "google-updated-highveld-site-visit",
        "interview",
        start="2045-06-01 13:00",
        zone=Z,
        minutes=90,
        summary="Highveld Mining - Site visit & technical interview (Pieter O-D)",
        organizer=("Johan van Wyk", "johan.vanwyk@highveld-mining.example"),
        guests=[
            ("Johan van Wyk", "johan.vanwyk@highveld-mining.example"),
            ("Sipho Ndlovu", "sipho.ndlovu@highveld-mining.example"),
        ],
        date=dh("2045-05-29 09:02", Z),
        caption="South Africa Standard Time",
        change="Changed: time (was 10:00 - 11:30)",
        sequence=1,
        meet=None,
        details="Meet at the Witbank shaft gate. PPE will be provided.",
        label=lab(
            "2045-06-01 13:00",
            Z,
            None,
            company="Highveld Mining",
            who=["Johan van Wyk", "Sipho Ndlovu"],
            emails=["johan.vanwyk@highveld-mining.example", "sipho.ndlovu@highveld-mining.example"],
            notes="Google update with the new time; the organiser is the interviewer. "
            '"South Africa Standard Time" is a zone name but not a place; null.',
        ),
    )
)

# Google cancellation, Dublin.
Z = NIAMH.timezone
add(
    google(
        NIAMH,
        "google-cancelled-liffeyside-second-round",
        "interview_cancelled",
        start="2045-05-03 11:00",
        zone=Z,
        minutes=60,
        summary="Liffeyside Payments - 2nd round (Niamh)",
        organizer=("Conor Mac Giolla Rua", "conor.macgiollarua@liffeyside-payments.example"),
        guests=[("Síle Ní Bhriain", "sile.nibhriain@liffeyside-payments.example")],
        date=dh("2045-04-28 12:15", Z),
        caption="Irish Standard Time - Dublin",
        change="cancelled",
        label=lab(
            "2045-05-03 11:00",
            Z,
            "Europe/Dublin",
            company="Liffeyside Payments",
            who=["Conor Mac Giolla Rua", "Síle Ní Bhriain"],
            emails=[
                "conor.macgiollarua@liffeyside-payments.example",
                "sile.nibhriain@liffeyside-payments.example",
            ],
            notes="Google cancellation; the guest list is all we know of the panel.",
        ),
    )
)

# Zoom invitation by e-mail, NZ, Zoom's own calendar file.
Z = TAMATI.timezone
add(
    booking(
        TAMATI,
        "zoom-meeting-kauri-point-nzst",
        "interview",
        prodid=ZOOM,
        start="2045-05-23 11:00",
        zone=Z,
        minutes=45,
        summary="Kauri Point Trust - interview with Tamati",
        organizer=("Mereana Tipene", "mereana.tipene@kauripoint.example"),
        attendees=[],
        date=dh("2045-05-19 13:40", Z),
        frm=("Mereana Tipene", "no-reply@zoom.us"),
        subject="Mereana Tipene is inviting you to a scheduled Zoom meeting",
        body=f"""Mereana Tipene is inviting you to a scheduled Zoom meeting.

Topic: Kauri Point Trust - interview with Tamati
Time: {d("2045-05-23 11:00", "short")}, 2045 11:00 AM Auckland, Wellington

Join Zoom Meeting
https://zoom.us/j/5550927713?pwd=kP3vQ

Meeting ID: 555 092 7713
Passcode: 418207""",
        label=lab(
            "2045-05-23 11:00",
            Z,
            "Pacific/Auckland",
            company="Kauri Point Trust",
            who=["Mereana Tipene"],
            emails=["mereana.tipene@kauripoint.example"],
            notes='Zoom\'s caption "Auckland, Wellington" names the zone.',
        ),
    )
)

# Calendly booking, Toronto invitee.
Z = DEVON.timezone
add(
    booking(
        DEVON,
        "calendly-booked-hiring-manager-toronto",
        "interview",
        prodid=CALENDLY,
        start="2045-05-10 09:30",
        zone=Z,
        minutes=30,
        summary="Intro call: Devon Okoye-Lafrenière and Farrah Qadir",
        organizer=("Farrah Qadir", "farrah.qadir@don-valley-fintech.example"),
        attendees=[],
        date=dh("2045-05-05 21:13", Z),
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Farrah Qadir", "farrah.qadir@don-valley-fintech.example"),
        subject=f"Confirmed: Intro call with Farrah Qadir on {d('2045-05-10 09:30', 'usy')}",
        body=f"""Hi Devon Okoye-Lafrenière,

Your Intro call with Farrah Qadir at {t12("2045-05-10 09:30")} (Eastern Time - US & Canada) on
{d("2045-05-10 09:30", "usy")} is scheduled.

Event Type: Intro call - Finance Manager role (30 min)
Invitee questions: Which role are you interested in? - Finance Manager

Location: This is a Google Meet web conference.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5550c0ffee
Reschedule: https://calendly.com/reschedulings/5550c0ffee

Powered by Calendly.com""",
        label=lab(
            "2045-05-10 09:30",
            Z,
            None,
            company="Don Valley Fintech",
            role="Finance Manager",
            who=["Farrah Qadir"],
            emails=["farrah.qadir@don-valley-fintech.example"],
            notes='Calendly\'s caption is a region ("Eastern Time - US & Canada"), null.',
        ),
    )
)

# Greenhouse confirmation, UK, interviewers listed.
Z = CALLUM.timezone
add(
    booking(
        CALLUM,
        "greenhouse-panel-bramblecote-case",
        "interview",
        prodid=GREENHOUSE,
        start="2045-05-24 14:00",
        zone=Z,
        minutes=90,
        summary="Final interview: Callum Strathdee-Eze (Head of Analytics)",
        organizer=("Bramblecote Foods Recruiting", "no-reply@greenhouse.io"),
        attendees=[
            ("Eleanor Whitfield", "eleanor.whitfield@bramblecote.example"),
            ("Marcus Oyelowo", "marcus.oyelowo@bramblecote.example"),
        ],
        date=dh("2045-05-18 10:20", Z),
        frm=("Bramblecote Foods", "no-reply@greenhouse.io"),
        subject="Interview Confirmation: Head of Analytics at Bramblecote Foods",
        body=f"""Hi Callum,

Thank you for your interest in Bramblecote Foods! Your interview has been confirmed:

{d("2045-05-24 14:00", "usy")}
2:00 PM - 3:30 PM BST

Eleanor Whitfield - Chief Financial Officer
Marcus Oyelowo - Chief Data Officer

Location: Bramblecote Foods, 60 Farringdon Road, London EC1R 3GA

If you need to reschedule, please contact Sophie Kettering at Thamesgate Talent.""",
        label=lab(
            "2045-05-24 14:00",
            Z,
            None,
            company="Bramblecote Foods",
            role="Head of Analytics",
            who=["Eleanor Whitfield", "Marcus Oyelowo"],
            emails=["eleanor.whitfield@bramblecote.example", "marcus.oyelowo@bramblecote.example"],
            notes="BST here is British Summer Time (abbreviation). Same interview as the "
            "agency's thread in another file.",
        ),
    )
)

# Lever: scheduling request with a self-schedule link (no time).
Z = LACHIE.timezone
add(
    vendor(
        LACHIE,
        "lever-pick-a-time-yarra-second",
        "scheduling_request",
        frm=("Yarra Freight Co.", "no-reply@hire.lever.co"),
        subject="Schedule your next interview with Yarra Freight Co.",
        date=dh("2045-04-06 12:00", Z),
        body="""Hi Lachie,

Thanks for speaking with Stavros! The team would like to invite you to a 60 minute case
study interview for the Fleet Analyst role.

Please choose a time that suits you using the link below. Times are shown in your local
time zone.

https://hire.lever.co/interviews/yarra-freight/5550a1b2/schedule

Cheers,
Bec Nguyen""",
        label=note("Self-scheduling link; no time chosen."),
    )
)

# GoodTime: booked confirmation, Nairobi, multi-interviewer.
Z = WANJIKU.timezone
add(
    booking(
        WANJIKU,
        "goodtime-booked-panel-nairobi-eat",
        "interview",
        prodid=GOODTIME,
        start="2045-04-20 14:00",
        zone=Z,
        minutes=60,
        summary="Interview: Wanjiku Kamau-Pelham - Data Analyst",
        organizer=("Kilimo Pay Recruiting", "scheduling@goodtime.io"),
        attendees=[
            ("Otieno Odhiambo", "otieno.odhiambo@kilimo-pay.example"),
            ("Aisha Mohamed", "aisha.mohamed@kilimo-pay.example"),
        ],
        date=dh("2045-04-14 10:02", Z),
        frm=("Kilimo Pay Recruiting", "scheduling@goodtime.io"),
        subject="Your interview with Kilimo Pay is confirmed",
        body=f"""Hi Wanjiku,

Your interview for Data Analyst has been scheduled.

Date: {d("2045-04-20 14:00", "usy")}
Time: 2:00 PM - 3:00 PM (GMT+03:00) East Africa Time - Nairobi

Interviewers:
Otieno Odhiambo, Analytics Lead
Aisha Mohamed, Senior Data Scientist

Join: https://meet.google.com/xqa-pwmb-rtk

Need to reschedule? Reply to this email.""",
        label=lab(
            "2045-04-20 14:00",
            Z,
            "Africa/Nairobi",
            company="Kilimo Pay",
            role="Data Analyst",
            who=["Otieno Odhiambo", "Aisha Mohamed"],
            emails=["otieno.odhiambo@kilimo-pay.example", "aisha.mohamed@kilimo-pay.example"],
            notes="Caption names Nairobi.",
        ),
    )
)

# Ashby reminder the day before, Singapore.
Z = SURESH.timezone
add(
    booking(
        SURESH,
        "ashby-reminder-tomorrow-kallang",
        "interview",
        prodid=ASHBY,
        start="2045-06-14 16:00",
        zone=Z,
        minutes=180,
        summary="Onsite: Suresh Rajaratnam-Lee (Principal Engineer)",
        organizer=("Kallang Robotics Recruiting", "no-reply@ashbyhq.com"),
        attendees=[
            ("Lee Ming Hui", "minghui.lee@kallang-robotics.example"),
            ("Arjun Nair", "arjun.nair@kallang-robotics.example"),
            ("Siti Rahmat", "siti.rahmat@kallang-robotics.example"),
        ],
        date=dh("2045-06-13 10:00", Z),
        frm=("Kallang Robotics", "no-reply@ashbyhq.com"),
        subject="Reminder: your onsite with Kallang Robotics is tomorrow",
        body="""Hi Suresh,

Just a reminder that your onsite interview is tomorrow, Wednesday 14 June, from 4:00 PM to
7:00 PM (Singapore Standard Time).

Your interviewers:
- Lee Ming Hui, VP Engineering
- Arjun Nair, Principal Engineer
- Siti Rahmat, Head of Hardware

Address: 1 Kallang Way, #05-01. Please bring photo ID for the visitor pass.""",
        label=lab(
            "2045-06-14 16:00",
            Z,
            None,
            company="Kallang Robotics",
            role="Principal Engineer",
            who=["Lee Ming Hui", "Arjun Nair", "Siti Rahmat"],
            emails=[
                "minghui.lee@kallang-robotics.example",
                "arjun.nair@kallang-robotics.example",
                "siti.rahmat@kallang-robotics.example",
            ],
            notes="Reminder with the moved time (4 PM).",
        ),
    )
)

# Workday: interview scheduled, Lagos, with .ics in UTC.
Z = CHIDINMA.timezone
add(
    booking(
        CHIDINMA,
        "workday-interview-scheduled-utc-ics-lagos",
        "interview",
        prodid=WORKDAY,
        start="2045-05-03 11:00",
        zone=None,
        utc_zone=Z,
        minutes=60,
        summary="Interview - Compliance Analyst - Ikoyi Trust Bank",
        organizer=("Ikoyi Trust Bank Careers", "ikoyitrust@myworkday.com"),
        attendees=[("Olumide Bankole", "olumide.bankole@ikoyi-trust.example")],
        date=dh("2045-04-26 09:10", Z),
        frm=("Ikoyi Trust Bank Careers", "ikoyitrust@myworkday.com"),
        subject="Interview Scheduled: Compliance Analyst (R-55012)",
        body=f"""Dear Chidinma Okafor-Whitley,

An interview has been scheduled for the Compliance Analyst (R-55012) position.

Date: {d("2045-05-03 11:00", "uky")}
Time: 11:00 AM WAT
Location: 14 Glover Road, Ikoyi, Lagos

Interview Panel: Adaeze Nwosu (Head, Compliance); Olumide Bankole (HR Business Partner)

To view the details, sign in to your candidate home page:
https://ikoyitrust.wd3.myworkday.com/careers""",
        label=lab(
            "2045-05-03 11:00",
            Z,
            None,
            company="Ikoyi Trust Bank",
            role="Compliance Analyst",
            who=["Adaeze Nwosu", "Olumide Bankole"],
            emails=["olumide.bankole@ikoyi-trust.example"],
            notes="The .ics is in UTC (10:00Z). The HR business partner is listed on the "
            "panel, so counted.",
        ),
    )
)

# SmartRecruiters: cancellation, Johannesburg.
Z = THANDIWE.timezone
add(
    booking(
        THANDIWE,
        "smartrecruiters-interview-cancelled-durban",
        "interview_cancelled",
        prodid=SMARTRECRUITERS,
        start="2045-05-19 09:00",
        zone=Z,
        minutes=60,
        summary="Interview: Buyer - Umhlanga Homeware",
        organizer=("Umhlanga Homeware", "noreply@smartrecruiters.com"),
        attendees=[("Ayesha Moosa", "ayesha.moosa@umhlanga-homeware.example")],
        date=dh("2045-05-15 16:45", Z),
        frm=("Umhlanga Homeware", "noreply@smartrecruiters.com"),
        subject="Interview cancelled: Buyer",
        method="CANCEL",
        sequence=1,
        body=f"""Hi Thandiwe,

Your interview for the Buyer position scheduled on {d("2045-05-19 09:00", "uky")} at
09:00 (SAST) has been cancelled by Ayesha Moosa. You may receive a new invitation shortly.

Kind regards,
Umhlanga Homeware Talent Team""",
        label=lab(
            "2045-05-19 09:00",
            Z,
            None,
            company="Umhlanga Homeware",
            role="Buyer",
            who=["Ayesha Moosa"],
            emails=["ayesha.moosa@umhlanga-homeware.example"],
            notes="SmartRecruiters cancellation with METHOD:CANCEL.",
        ),
    )
)

# iCIMS: reminder, Halifax, AST (ADT).
Z = GENEVRA.timezone
add(
    booking(
        GENEVRA,
        "icims-reminder-halifax-ports",
        "interview",
        prodid=ICIMS,
        start="2045-06-08 14:00",
        zone=Z,
        minutes=60,
        summary="Interview - Port Logistics Analyst",
        organizer=("Chebucto Ports Authority", "donotreply@icims.com"),
        attendees=[("Wendell Boutilier", "wendell.boutilier@chebucto-ports.example")],
        date=dh("2045-06-06 08:00", Z),
        frm=("Chebucto Ports Authority", "donotreply@icims.com"),
        subject="Reminder: Interview for Port Logistics Analyst",
        body=f"""Dear Genevra,

This is a reminder of your upcoming interview:

Position: Port Logistics Analyst (Req 5512)
Date/Time: {d("2045-06-08 14:00", "usy")} 2:00 PM ADT
Interviewer: Wendell Boutilier
Location: 1215 Marginal Road, Halifax

Sincerely,
Chebucto Ports Authority Talent Acquisition""",
        label=lab(
            "2045-06-08 14:00",
            Z,
            None,
            company="Chebucto Ports Authority",
            role="Port Logistics Analyst",
            who=["Wendell Boutilier"],
            emails=["wendell.boutilier@chebucto-ports.example"],
            notes="ADT is an abbreviation.",
        ),
    )
)

# Microsoft Bookings: Philippines mdy.
Z = JOSEMARI.timezone
add(
    booking(
        JOSEMARI,
        "msbookings-hr-interview-makati",
        "interview",
        prodid=MSBOOKINGS,
        start="2045-06-02 15:00",
        zone="Singapore Standard Time",
        minutes=30,
        summary="HR Interview - Jose Mari Dimagiba-Yap",
        organizer=("Ayala Triangle Insurance Careers", "careers@ayala-triangle-ins.example"),
        attendees=[("Patricia Soriano", "patricia.soriano@ayala-triangle-ins.example")],
        date=dh("2045-05-30 11:30", Z),
        frm=("Ayala Triangle Insurance Careers", "careers@ayala-triangle-ins.example"),
        subject="Your booking is confirmed: HR Interview",
        body=f"""Hi Jose Mari,

Your booking with Ayala Triangle Insurance Careers is confirmed.

HR Interview (30 minutes)
{d("2045-06-02 15:00", "usy")} 3:00 PM (UTC+08:00) Kuala Lumpur, Singapore
Staff: Patricia Soriano

Join Microsoft Teams meeting
https://teams.microsoft.com/l/meetup-join/19%3ameeting_5550

Cancel or reschedule: https://outlook.office365.com/owa/calendar/bookings""",
        label=lab(
            "2045-06-02 15:00",
            "Singapore Standard Time",
            None,
            company="Ayala Triangle Insurance",
            who=["Patricia Soriano"],
            emails=["patricia.soriano@ayala-triangle-ins.example"],
            notes='A Manila user booked in Bookings\' "Kuala Lumpur, Singapore" zone (same '
            "+08:00); the caption names other cities than the user's, so null.",
        ),
    )
)

# SavvyCal (seldom seen): booked, Bengaluru, IST.
Z = KARTHIK.timezone
add(
    booking(
        KARTHIK,
        "savvycal-booked-founder-chat-ist",
        "interview",
        prodid=SAVVYCAL,
        start="2045-04-20 19:00",
        zone=Z,
        minutes=30,
        summary="Karthikeyan <> Nandini (Vaigai EV)",
        organizer=("Nandini Subramanian", "nandini@vaigai-ev.example"),
        attendees=[],
        date=dh("2045-04-17 22:41", Z),
        frm=("SavvyCal", "notifications@savvycal-mail.example"),
        subject="Scheduled: Karthikeyan <> Nandini (Vaigai EV)",
        body=f"""You're scheduled with Nandini Subramanian.

When: {d("2045-04-20 19:00", "uk")}, 7:00pm - 7:30pm (India Standard Time)
Where: https://meet.google.com/vai-gaie-vqx

Nandini's note: Founder chat for the Quality Lead role - informal, bring questions!""",
        label=lab(
            "2045-04-20 19:00",
            Z,
            None,
            company="Vaigai EV",
            role="Quality Lead",
            who=["Nandini Subramanian"],
            emails=["nandini@vaigai-ev.example"],
            notes="A tool seldom seen; the sender domain is invented as the vendor's is not "
            "on the list.",
        ),
    )
)

# Hirebridge (seldom seen), inline ics, Colombo, updated with a new date.
Z = DILSHAN.timezone
add(
    booking(
        DILSHAN,
        "hirebridge-updated-new-date-colombo",
        "interview",
        prodid=HIREBRIDGE,
        start="2045-06-16 14:00",
        zone=Z,
        minutes=60,
        summary="Second interview - Logistics Planner",
        organizer=("Ceylon Tealogix HR", "hr@ceylon-tealogix.example"),
        attendees=[("Pradeep Gunawardena", "pradeep.g@ceylon-tealogix.example")],
        date=dh("2045-06-12 09:30", Z),
        frm=("Ceylon Tealogix HR", "hr@ceylon-tealogix.example"),
        subject="Updated: Second interview - Logistics Planner",
        sequence=2,
        ics_mode="inline",
        body=f"""Dear Dilshan,

Your second interview has been moved to {d("2045-06-16 14:00", "uky")} at 2.00 p.m.
(Colombo). The interviewer remains Mr. Pradeep Gunawardena, joined by our General Manager,
Ms. Shalini Perera.

Ceylon Tealogix HR""",
        label=lab(
            "2045-06-16 14:00",
            Z,
            "Asia/Colombo",
            company="Ceylon Tealogix",
            role="Logistics Planner",
            who=["Pradeep Gunawardena", "Shalini Perera"],
            emails=["pradeep.g@ceylon-tealogix.example"],
            notes='Update with SEQUENCE 2; "(Colombo)" names the zone.',
        ),
    )
)

# Zoho Recruit: reminder with .ics, Nairobi.
Z = OTIENO.timezone
add(
    booking(
        OTIENO,
        "zoho-recruit-reminder-meet-nairobi",
        "interview",
        prodid=ZOHO_RECRUIT,
        start="2045-05-17 11:30",
        zone=Z,
        minutes=45,
        summary="Interview - M&E Officer - Brian Otieno-Ashworth",
        organizer=("Rift Valley Relief", "grace.achieng@rift-valley-relief.example"),
        attendees=[
            ("Peter Kariuki", "peter.kariuki@rift-valley-relief.example"),
            ("Faith Wambui", "faith.wambui@rift-valley-relief.example"),
        ],
        date=dh("2045-05-16 09:00", Z),
        frm=("Rift Valley Relief", "grace.achieng@rift-valley-relief.example"),
        subject="Interview reminder: M&E Officer - tomorrow 11:30 AM",
        body="""Hello Brian,

This is a gentle reminder of your interview tomorrow at 11:30 AM (East Africa Time) on
Google Meet: https://meet.google.com/rvr-mande-obr

Interviewers: Peter Kariuki, Faith Wambui

Regards,
Grace""",
        label=lab(
            "2045-05-17 11:30",
            Z,
            None,
            company="Rift Valley Relief",
            role="M&E Officer",
            who=["Peter Kariuki", "Faith Wambui"],
            emails=[
                "peter.kariuki@rift-valley-relief.example",
                "faith.wambui@rift-valley-relief.example",
            ],
            notes='"East Africa Time" is a region name, null.',
        ),
    )
)

# The interviewer accepts the invitation the user sent from her own calendar (METHOD:REPLY).
Z = PRIYA_V.timezone
add(
    cal_mail(
        PRIYA_V,
        "accepted-reply-from-interviewer-vancouver",
        "interview",
        event={
            "summary": "Portfolio review - Priya Venkataraman-Boyd / Fraserlight",
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
            "method": "REPLY",
            "organizer": (PRIYA_V.name, PRIYA_V.addresses[0]),
            "attendees": [("Jordan Whitcombe", "jordan.whitcombe@fraserlight.example")],
            "start": "2045-05-16 10:00",
            "minutes": 60,
            "zone": Z,
        },
        date=dh("2045-05-09 14:22", Z),
        style="google",
        frm=("Jordan Whitcombe", "jordan.whitcombe@fraserlight.example"),
        subject="Accepted: Portfolio review - Priya Venkataraman-Boyd / Fraserlight @ "
        f"{d('2045-05-16 10:00', 'short')}, 2045 10am - 11am (PDT)",
        body="Jordan Whitcombe has accepted this invitation.\n\n"
        "Portfolio review - Priya Venkataraman-Boyd / Fraserlight\n"
        f"When: {d('2045-05-16 10:00', 'usy')} 10am - 11am Pacific Time - Vancouver\n",
        ics_mode="inline",
        label=lab(
            "2045-05-16 10:00",
            Z,
            "America/Vancouver",
            company="Fraserlight",
            who=["Jordan Whitcombe"],
            emails=["jordan.whitcombe@fraserlight.example"],
            notes="The user sent the invite (the rebooked onsite, as a portfolio review) and "
            "the company's recruiter accepted: a time settled by both sides. Jordan is "
            "treated as the interviewer since no one else is named.",
        ),
    )
)

# GoodTime pick-a-time (scheduling request) for Chennai.
Z = KARTHIK.timezone
add(
    vendor(
        KARTHIK,
        "goodtime-choose-availability-chennai",
        "scheduling_request",
        frm=("Vaigai EV Talent", "scheduling@goodtime.io"),
        subject="Action required: share your availability for Vaigai EV interviews",
        date=dh("2045-04-22 11:03", Z),
        body="""Hi Karthikeyan,

Vaigai EV would like to schedule your next interviews for Quality Lead (3 x 45 minutes).

Please select all the times you're available over the next 10 business days:
https://app.goodtime.io/availability/5550-vaigai-q

Your time zone has been detected as India Standard Time (GMT+05:30).

Thanks,
Vaigai EV Talent Team""",
        label=note("Availability request from a scheduling tool; no time set."),
    )
)

# A bounce of an interview invitation the user sent (the company address was wrong).
Z = TAMSIN.timezone
add(
    bounce(
        TAMSIN,
        "bounce-of-user-confirmation-to-agency",
        reporter="MAILER-DAEMON@mx1.example.com",
        date=dh("2045-04-17 16:21", Z),
        text="""This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lewis.tranter@pennine-offce.example>: Host or domain name not found. Name service error
    for name=pennine-offce.example type=A: Host not found""",
        status="""Reporting-MTA: dns; mx1.example.com
X-Postfix-Queue-ID: 4Vq5550HxZz1
Arrival-Date: Mon, 17 Apr 2045 16:20:11 +0100 (BST)

Final-Recipient: rfc822; lewis.tranter@pennine-offce.example
Original-Recipient: rfc822;lewis.tranter@pennine-offce.example
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
    name=pennine-offce.example type=A: Host not found
""",
        original="""From: Tamsin Polglase-Udeh <tamsin.polglase@example.com>
To: Lewis Tranter <lewis.tranter@pennine-offce.example>
Subject: RE: Interview - Office Manager - Harrowgate Lettings
Date: Mon, 17 Apr 2045 16:20:11 +0100
Message-ID: <5550BOUNCE.z26@example.com>
""",
        label=note(
            "A non-delivery report of the user's own reply accepting an interview (typo in "
            "the domain): automatic mail, labelled auto_reply as the shared kit's bounce "
            "writer does; the interview subject is not an interview."
        ),
    )
)

# Teams (cal_mail) - Lagos W. Central Africa Standard Time via outlook().
Z = CHIDINMA.timezone
add(
    outlook(
        CHIDINMA,
        "teams-invite-w-central-africa-lagos",
        "interview",
        start="2045-05-04 15:00",
        zone="W. Central Africa Standard Time",
        minutes=45,
        subject="Virtual interview - Treasury Analyst - Chidinma Okafor-Whitley",
        organizer=("Yewande Alabi", "yewande.alabi@lekki-capital.example"),
        attendees=[
            ("Emeka Obi", "emeka.obi@lekki-capital.example"),
            ("Funmilayo Adebayo", "funmilayo.adebayo@lekki-capital.example"),
        ],
        date=dh("2045-04-28 11:50", Z),
        text="""Dear Chidinma,

Kindly find below the Teams link for your interview with Emeka Obi (Treasurer) and
Funmilayo Adebayo (Head, ALM).

Best regards,
Yewande Alabi
Talent Management, Lekki Capital""",
        label=lab(
            "2045-05-04 15:00",
            "W. Central Africa Standard Time",
            "Africa/Lagos",
            company="Lekki Capital",
            role="Treasury Analyst",
            who=["Emeka Obi", "Funmilayo Adebayo"],
            emails=["emeka.obi@lekki-capital.example", "funmilayo.adebayo@lekki-capital.example"],
            notes="Windows TZID mapped as CLDR's windowsZones does for territory 001.",
        ),
    )
)
