"""Interviews confirmed by ATS and scheduling tools (English)."""

from __future__ import annotations

from .kit import (
    AMA,
    CALCOM,
    CEM,
    DIMAS,
    FAISAL,
    INES,
    JARRAH,
    KEISHA,
    KITTIPAT,
    MARISOL,
    NILOUFAR,
    OMAR,
    OUTLOOK,
    SAVVYCAL,
    SIPHO,
    XINYI,
    YCBM,
    d,
    dh,
    invite,
    lab,
    t12,
    vendor,
)

MESSAGES = [
    vendor(
        KEISHA,
        "brightwater-hotels-olivia-confirmation",
        "interview",
        frm=("Olivia at Brightwater Hotels", "noreply@paradox.ai"),
        to="kdb.applications@example.net",
        subject="You're all set! Interview with Brightwater Hotels",
        date=dh("2035-03-19 18:07", "America/New_York"),
        body=(
            "Hi Keisha! It's Olivia, the recruiting assistant for Brightwater Hotels.\n\n"
            "Your interview is confirmed. Here are the details:\n\n"
            f"Date: {d('2035-03-22', 'usy')}\nTime: 2:00 PM EDT\n"
            "Position: Guest Experience Manager - Harborfront\n"
            "Interviewer: Danielle Price, General Manager\n"
            "Location: Brightwater Harborfront, 77 Pier Street, Baltimore, MD (ask for "
            "Danielle at the front desk)\n\nNeed to reschedule? Just reply to this email or "
            "text RESCHEDULE to the number you applied with.\n\nOlivia\nBrightwater Hotels "
            "Recruiting Assistant\n"
        ),
        html_only=True,
        label=lab(
            "2035-03-22 14:00",
            "America/New_York",
            None,
            company="Brightwater Hotels",
            role="Guest Experience Manager",
            who=["Danielle Price"],
            notes="Paradox (Olivia) confirmation, HTML only, to the user's second address; EDT "
            "abbreviation only.",
        ),
    ),
    vendor(
        MARISOL,
        "ocotillo-health-gem-confirmed",
        "interview",
        frm=("Ocotillo Health Recruiting", "recruiting@ocotillohealth.example"),
        sender="Gem <notifications@gem.com>",
        subject="Confirmed: your interviews with Ocotillo Health",
        date=dh("2035-03-08 12:30", "America/Phoenix"),
        body=(
            "Hi Marisol,\n\nYour interviews for Clinical Data Manager are confirmed. All "
            "times are shown in Arizona time (MST).\n\n"
            f"{d('2035-03-12', 'usy')}\n"
            "10:00 AM - 10:45 AM  Hiring manager: Beatriz Olvera\n"
            "11:00 AM - 11:45 AM  Data team: Colin Ferraro\n\n"
            "Both conversations are on Zoom; links are in the calendar invites you'll receive "
            "from your interviewers. Note that our California office will be on daylight "
            "time by then, but your Arizona times above don't change.\n\n"
            "Ocotillo Health Talent Team\n\nSent via Gem\n"
        ),
        label=lab(
            "2035-03-12 10:00",
            "America/Phoenix",
            "America/Phoenix",
            company="Ocotillo Health",
            role="Clinical Data Manager",
            who=["Beatriz Olvera", "Colin Ferraro"],
            notes="Gem confirmation; Arizona keeps -07 across the 11 March switch.",
        ),
    ),
    invite(
        JARRAH,
        "spinifex-mining-calcom-booking",
        "interview",
        start="2035-03-21 13:00",
        zone="Australia/Perth",
        minutes=30,
        summary="Screening call between Tamsin Rourke and Jarrah Whitlock-Huang",
        organizer=("Tamsin Rourke", "tamsin.rourke@spinifexmining.example"),
        attendees=[("Jarrah Whitlock-Huang", "jarrah.whitlock@example.org")],
        prodid=CALCOM,
        ics_mode="attach",
        ics_name="event.ics",
        frm=("Cal.com", "no-reply@cal.com"),
        reply_to=("Tamsin Rourke", "tamsin.rourke@spinifexmining.example"),
        subject=f"Confirmed: Screening call with Tamsin Rourke at 1:00pm - 1:30pm, "
        f"{d('2035-03-21', 'us')}, 2035",
        date=dh("2035-03-14 08:55", "Australia/Perth"),
        body=(
            "Your event has been scheduled\nWe sent an email with a calendar invitation "
            "with the details to everyone.\n\n"
            "What\nScreening call between Tamsin Rourke and Jarrah Whitlock-Huang\n\n"
            f"When\n{d('2035-03-21', 'usy')}\n1:00pm - 1:30pm (Australia/Perth)\n\n"
            "Who\nTamsin Rourke - Organizer\ntamsin.rourke@spinifexmining.example\n"
            "Jarrah Whitlock-Huang\njarrah.whitlock@example.org\n\n"
            "Where\nPhone call: Tamsin will call +61 8 5550 1427\n\n"
            "Additional notes\nGeotechnical Engineer application - 30 minute screening call "
            "with Talent.\n\nNeed to make a change? Reschedule or Cancel\n"
        ),
        label=lab(
            "2035-03-21 13:00",
            "Australia/Perth",
            "Australia/Perth",
            company="Spinifex Mining",
            role="Geotechnical Engineer",
            who=["Tamsin Rourke"],
            emails=["tamsin.rourke@spinifexmining.example"],
            notes="Cal.com booking the user made on the recruiter's page; a phone screen's "
            "caller counts.",
        ),
    ),
    invite(
        SIPHO,
        "karoo-payments-savvycal-booked",
        "interview",
        start="2035-02-27 15:30",
        zone="Africa/Johannesburg",
        minutes=45,
        summary="Karoo Payments: intro interview (Sipho Dlamini-Hartog)",
        organizer=("Lerato Nkosi", "lerato@karoopayments.example"),
        attendees=[("Sipho Dlamini-Hartog", "sipho.dlamini@example.com")],
        prodid=SAVVYCAL,
        ics_mode="attach",
        frm=("Lerato Nkosi (via SavvyCal)", "notifications@savvycal.com"),
        reply_to=("Lerato Nkosi", "lerato@karoopayments.example"),
        subject="Scheduled: Karoo Payments: intro interview",
        date=dh("2035-02-21 10:02", "Africa/Johannesburg"),
        body=(
            "You're scheduled with Lerato Nkosi.\n\nKaroo Payments: intro interview\n"
            f"{d('2035-02-27', 'uky')}\n3:30pm - 4:15pm\nSouth Africa Standard Time "
            "(Africa/Johannesburg)\n\nLocation: Google Meet (link in the invitation)\n\n"
            "Lerato's note: Looking forward to it, Sipho. I lead the risk engineering team "
            "and will run this first conversation myself.\n\nReschedule  Cancel\n"
            "Powered by SavvyCal\n"
        ),
        label=lab(
            "2035-02-27 15:30",
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Karoo Payments",
            who=["Lerato Nkosi"],
            emails=["lerato@karoopayments.example"],
            notes="SavvyCal confirmation; the team lead runs the interview herself.",
        ),
    ),
    invite(
        AMA,
        "afram-plains-agritech-youcanbookme-confirmed",
        "interview",
        start="2035-03-07 11:00",
        zone="Africa/Accra",
        minutes=40,
        summary="Interview with Afram Plains Agritech",
        organizer=("Afram Plains Agritech Careers", "careers@aframplains.example"),
        attendees=[("Ama Owusu-Ansah Brew", "ama.owusuansah@example.net")],
        prodid=YCBM,
        ics_mode="attach",
        ics_name="booking.ics",
        frm=("Afram Plains Agritech Careers", "careers@aframplains.example"),
        sender="YouCanBookMe <notifications@youcanbook.me>",
        subject=f"Booking confirmed: Interview with Afram Plains Agritech - {d('2035-03-07', 'abbr')} "
        "11:00",
        date=dh("2035-03-01 17:15", "Africa/Accra"),
        body=(
            "Hi Ama,\n\nThank you for booking a slot. Your interview is confirmed for:\n\n"
            f"{d('2035-03-07', 'uky')}, 11:00 - 11:40 (GMT, Accra)\n\n"
            "You will be interviewed by Kofi Asamoah-Danquah (Agronomy Manager) and Efua "
            "Mensah (HR). We will call you on WhatsApp video at the number in your booking.\n\n"
            "To cancel or change your booking, use the link below.\n\nAfram Plains Agritech\n"
        ),
        label=lab(
            "2035-03-07 11:00",
            "Africa/Accra",
            "Africa/Accra",
            company="Afram Plains Agritech",
            who=["Kofi Asamoah-Danquah", "Efua Mensah"],
            notes="YouCanBookMe confirmation; GMT all year in Accra.",
        ),
    ),
    vendor(
        FAISAL,
        "tuwaiq-water-power-taleo-interview-confirmation",
        "interview",
        frm=("Tuwaiq Water & Power Careers", "tuwaiqwp@taleo.net"),
        subject="Interview Confirmation - Requisition 35-0412 Senior Reliability Engineer",
        date=dh("2035-04-08 09:20", "Asia/Riyadh"),
        body=(
            "Dear Faisal Al-Mutairi Grant,\n\n"
            "We are pleased to confirm your interview for the position of Senior Reliability "
            "Engineer (Requisition 35-0412).\n\n"
            "Interview date: 15/04/2035\nInterview time: 10:00 (Riyadh time)\n"
            "Interview type: Face to face\n"
            "Venue: Tuwaiq Water & Power Head Office, King Fahd Road, Tower B, 14th floor\n"
            "Interview panel: Eng. Abdulaziz Al-Harbi, Eng. Mona Al-Qahtani\n\n"
            "Please bring your national ID or Iqama and copies of your certificates.\n\n"
            "Regards,\nTalent Acquisition\nTuwaiq Water & Power\n\n"
            "This is an automatically generated email. Please do not reply.\n"
        ),
        label=lab(
            "2035-04-15 10:00",
            "Asia/Riyadh",
            "Asia/Riyadh",
            company="Tuwaiq Water & Power",
            role="Senior Reliability Engineer",
            who=["Abdulaziz Al-Harbi", "Mona Al-Qahtani"],
            notes="Taleo-style confirmation with a numeric day-first date; Sunday 15 April is "
            "a working day in Riyadh.",
        ),
    ),
    vendor(
        DIMAS,
        "nusantara-logistics-successfactors-booked",
        "interview",
        frm=("Nusantara Logistics Recruitment", "recruitment@nusantaralog.example"),
        sender="SAP SuccessFactors <no-reply@successfactors.com>",
        subject="Interview Scheduling: your interview slot has been booked",
        date=dh("2035-03-02 14:48", "Asia/Jakarta"),
        body=(
            "Dear Dimas,\n\nThank you for selecting an interview slot. Your booking for the "
            "position Warehouse Automation Supervisor (Req. 11873) is confirmed.\n\n"
            f"Date: {d('2035-03-09', 'uky')}\nTime: 09:00 - 10:00 (UTC+07:00) Jakarta\n"
            "Interviewer(s): Rini Hartono; Bayu Santoso\n"
            "Location: Microsoft Teams (link to follow from the interviewer)\n\n"
            "If you can no longer attend, please cancel the slot in the candidate portal so "
            "it can be offered to another candidate.\n\nBest regards,\nNusantara Logistics "
            "Recruitment Team\n"
        ),
        label=lab(
            "2035-03-09 09:00",
            "Asia/Jakarta",
            "Asia/Jakarta",
            company="Nusantara Logistics",
            role="Warehouse Automation Supervisor",
            who=["Rini Hartono", "Bayu Santoso"],
            notes="SuccessFactors interview scheduling confirmation; '(UTC+07:00) Jakarta'.",
        ),
    ),
    vendor(
        KITTIPAT,
        "chao-phraya-design-jazzhr-scheduled",
        "interview",
        frm=("Chao Phraya Design Studio", "notifications@app.jazz.co"),
        reply_to=("Ploy Wongsakul", "ploy@chaophrayadesign.example"),
        subject="Interview scheduled: UX Researcher at Chao Phraya Design Studio",
        date=dh("2035-02-26 16:33", "Asia/Bangkok"),
        body=(
            "Hi Kittipat,\n\nPloy Wongsakul has scheduled an interview with you for the UX "
            "Researcher position.\n\n"
            f"When: {d('2035-03-01', 'short')}, 2035 at {t12('2035-03-01 14:00')} "
            "(GMT+07:00) Bangkok\nWhere: Studio, 3rd floor, 88 Charoen Krung Soi 30\n"
            "With: Ploy Wongsakul, Design Director\n\n"
            "Reply to this email if you have any questions.\n\nPowered by JazzHR\n"
        ),
        label=lab(
            "2035-03-01 14:00",
            "Asia/Bangkok",
            "Asia/Bangkok",
            company="Chao Phraya Design Studio",
            role="UX Researcher",
            who=["Ploy Wongsakul"],
            emails=["ploy@chaophrayadesign.example"],
            notes="JazzHR scheduling notice.",
        ),
    ),
    vendor(
        OMAR,
        "nilegate-software-personio-after-egypt-switch",
        "interview",
        frm=("Nilegate Software GmbH", "no-reply@personio.de"),
        reply_to=("Katrin Wendt", "katrin.wendt@nilegate.example"),
        subject="Your interview at Nilegate Software – Backend Developer (Cairo)",
        date=dh("2035-04-24 11:12", "Africa/Cairo"),
        body=(
            "Dear Omar,\n\nthank you for your application. We would like to invite you to a "
            "video interview.\n\n"
            f"Date: {d('2035-04-30', 'uky')}\nTime: 10:00 - 11:00 Cairo time "
            "(09:00 - 10:00 Berlin time)\n"
            "Participants: Katrin Wendt (Engineering Manager), Hossam Eldin Nasr (Tech Lead, "
            "Cairo office)\nVideo link: will follow separately\n\n"
            "Please note that Egypt switches to summer time on Friday 27 April; the times "
            "above already take that into account.\n\nKind regards\nYour Nilegate recruiting "
            "team\n\nThis message was sent via Personio.\n"
        ),
        label=lab(
            "2035-04-30 10:00",
            "Africa/Cairo",
            "Africa/Cairo",
            company="Nilegate Software",
            role="Backend Developer",
            who=["Katrin Wendt", "Hossam Eldin Nasr"],
            emails=["katrin.wendt@nilegate.example"],
            notes="Personio invitation; sent in EET, interview in EEST after Egypt's Friday "
            "27 April switch (Cairo +03, Berlin +02 on the day).",
        ),
    ),
    invite(
        NILOUFAR,
        "alborz-life-sciences-bookings-confirmation",
        "interview",
        start="2035-03-04 11:30",
        zone="Iran Standard Time",
        minutes=45,
        summary="Candidate interview - Regulatory Affairs Specialist",
        organizer=("Alborz Life Sciences Recruitment", "recruitment-bookings@alborzls.example"),
        attendees=[("Niloufar Ahmadi-Rostami", "niloufar.ahmadi@example.com")],
        prodid=OUTLOOK,
        ics_mode="attach",
        ics_name="Appointment.ics",
        frm=("Alborz Life Sciences Recruitment", "recruitment-bookings@alborzls.example"),
        subject="Your booking is confirmed: Candidate interview - Regulatory Affairs Specialist",
        date=dh("2035-02-25 09:40", "Asia/Tehran"),
        body=(
            "Booking confirmed\n\nHello Niloufar,\n\nThank you for booking with Zagros "
            "Pharma Recruitment.\n\nService: Candidate interview - Regulatory Affairs "
            f"Specialist\nDate and time: {d('2035-03-04', 'usy')} 11:30 AM (UTC+03:30) Tehran\n"
            "Duration: 45 minutes\nStaff: Dr. Parisa Kazemi\n\n"
            "Join your appointment: Microsoft Teams meeting\n\n"
            "Need to make changes? Manage booking\n\nPowered by Microsoft Bookings\n"
        ),
        label=lab(
            "2035-03-04 11:30",
            "Iran Standard Time",
            "Asia/Tehran",
            company="Alborz Life Sciences",
            role="Regulatory Affairs Specialist",
            who=["Parisa Kazemi"],
            notes="Microsoft Bookings confirmation at +03:30 (no DST in Iran).",
        ),
    ),
    vendor(
        INES,
        "atlantico-fintech-homerun-interview",
        "interview",
        frm=("Atlântico Fintech", "atlantico-fintech@mail.homerun.co"),
        reply_to=("Rui Valadares", "rui.valadares@atlanticofintech.example"),
        subject="Let's meet! Interview for Compliance Analyst",
        date=dh("2035-03-20 10:25", "Europe/Lisbon"),
        body=(
            "Hi Inês,\n\nGreat news – we'd love to get to know you better!\n\n"
            "Your interview is planned for:\n"
            f"{d('2035-03-27', 'uky')} · 15:00 – 16:00 (Lisbon time)\n"
            "Atlântico Fintech, Rua do Alecrim 41, 3º, Lisboa\n\n"
            "You'll meet Rui Valadares (Head of Compliance) and Teresa Gouveia (Risk "
            "Officer).\n\nSee you soon!\nThe Atlântico Fintech team\n\nSent with Homerun\n"
        ),
        html_only=True,
        label=lab(
            "2035-03-27 15:00",
            "Europe/Lisbon",
            "Europe/Lisbon",
            company="Atlântico Fintech",
            role="Compliance Analyst",
            who=["Rui Valadares", "Teresa Gouveia"],
            emails=["rui.valadares@atlanticofintech.example"],
            notes="Homerun, HTML only; sent in WET, interview in WEST after 25 March.",
        ),
    ),
    vendor(
        CEM,
        "galata-ride-rippling-interview",
        "interview",
        frm=("Galata Ride Technologies Recruiting", "no-reply@rippling.com"),
        reply_to=("Deniz Aksoy", "deniz.aksoy@galataride.example"),
        subject="Interview confirmed: Senior Android Engineer",
        date=dh("2035-02-14 19:05", "Europe/Istanbul"),
        body=(
            "Hi Cem,\n\nYour interview has been scheduled.\n\n"
            "Role: Senior Android Engineer\n"
            f"Date: {d('2035-02-19', 'usy')}\nTime: 11:00 AM - 12:30 PM Istanbul time (GMT+3)\n"
            "Format: Video call (Google Meet)\n\nInterviewers\nDeniz Aksoy - Mobile Lead\n"
            "Burak Tan - Staff Engineer\n\nThis is a pair-programming session; please have "
            "Android Studio ready.\n\nGalata Ride Technologies via Rippling\n"
        ),
        label=lab(
            "2035-02-19 11:00",
            "Europe/Istanbul",
            "Europe/Istanbul",
            company="Galata Ride Technologies",
            role="Senior Android Engineer",
            who=["Deniz Aksoy", "Burak Tan"],
            emails=["deniz.aksoy@galataride.example"],
            notes="Rippling ATS confirmation.",
        ),
    ),
    vendor(
        XINYI,
        "yangtze-quant-interview-reminder-tomorrow",
        "interview",
        frm=("Yangtze Quant Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Grace Fu", "grace.fu@yangtzequant.example"),
        subject="Reminder: your interview with Yangtze Quant tomorrow",
        date=dh("2035-04-10 17:00", "Asia/Shanghai"),
        body=(
            "Hi Xinyi,\n\nThis is a friendly reminder of your interview tomorrow for the "
            "Quantitative Researcher role.\n\n"
            "2035-04-11, 09:30 - 11:00 China Standard Time (Asia/Shanghai)\n"
            "Interviewers: Grace Fu, Tobias Reinholt\n"
            "Location: 45/F, Lujiazui Finance Tower, Shanghai - please arrive 10 minutes "
            "early.\n\nGood luck!\nYangtze Quant Recruiting\n"
        ),
        label=lab(
            "2035-04-11 09:30",
            "Asia/Shanghai",
            "Asia/Shanghai",
            company="Yangtze Quant",
            role="Quantitative Researcher",
            who=["Grace Fu", "Tobias Reinholt"],
            emails=["grace.fu@yangtzequant.example"],
            notes="Greenhouse-sent reminder with a year-first date.",
        ),
    ),
]
