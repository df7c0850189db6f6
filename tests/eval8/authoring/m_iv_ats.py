"""Interviews announced by applicant-tracking and scheduling tools."""

from __future__ import annotations

from .base import (
    ALEJANDRA,
    CLAUDINE,
    CODY,
    HENDRIK,
    KEISHA,
    MADS,
    NADIA,
    NINO,
    PIM,
    RUTA,
    TEREZA,
    YAHAIRA,
    ats,
    d,
    dh,
    invite,
    iso,
    iv,
)

MESSAGES = [
    ats(
        TEREZA,
        "vltava-robotics-greenhouse",
        "interview",
        frm=("Vltava Robotics", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Klára Benešová", "klara.benesova@vltavarobotics.example"),
        subject="Interview Confirmation: Tereza Dvořáková for Embedded Software Engineer",
        date=dh("2028-11-02 16:44", "Europe/Prague"),
        body=(
            "Hi Tereza,\n\nThank you for your interest in Vltava Robotics! Your interview for "
            "the Embedded Software Engineer role is confirmed.\n\n"
            f"Date: {d('2028-11-09', 'usy')}\nTime: 1:00 PM - 2:00 PM CET\n"
            "Location: Google Meet (link below)\n\n"
            "Interviewers:\nJakub Horák - Engineering Manager\nPetra Novotná - Senior Firmware "
            "Engineer\n\nJoin: https://meet.google.com/ksv-pmqe-tdd\n\n"
            "If you need to reschedule, reply to this email and Klára Benešová (Recruiting "
            "Coordinator) will help.\n\nPowered by Greenhouse"
        ),
        label=iv(
            iso("2028-11-09 13:00", "Europe/Prague"),
            None,
            company="Vltava Robotics",
            role="Embedded Software Engineer",
            interviewers=["Jakub Horák", "Petra Novotná"],
            notes="CET abbreviation only; the coordinator in Reply-To is not an interviewer.",
        ),
    ),
    ats(
        MADS,
        "nordlys-energi-lever-html",
        "interview",
        frm=("Nordlys Energi", "no-reply@hire.lever.co"),
        subject="Interview confirmed: Mads Østergaard / Nordlys Energi",
        date=dh("2028-11-07 10:03", "Europe/Copenhagen"),
        html_only=True,
        body=(
            "Hi Mads,\n\nYour interview with Nordlys Energi is confirmed. Here are the "
            "details:\n\nRole: Energy Trading Analyst\n"
            f"When: {d('2028-11-14', 'uky')}, 13:30 – 14:15 (Central European Time - "
            "Copenhagen)\nWho: Signe Kjærgaard, Head of Short-Term Trading\n"
            "Where: Microsoft Teams - the invitation follows from Signe's calendar\n\n"
            "Good luck!\nThe Nordlys Energi Talent Team"
        ),
        label=iv(
            iso("2028-11-14 13:30", "Europe/Copenhagen"),
            "Europe/Copenhagen",
            company="Nordlys Energi",
            role="Energy Trading Analyst",
            interviewers=["Signe Kjærgaard"],
            notes="Lever HTML only, day-month order with a Copenhagen caption.",
        ),
    ),
    ats(
        CODY,
        "sawtooth-mutual-workday-internal",
        "interview",
        frm=("Sawtooth Mutual Insurance", "sawtoothmutual@myworkday.com"),
        subject="Internal Candidate Interview Scheduled - Claims Data Lead (R-20871)",
        date=dh("2028-11-21 07:58", "America/Boise"),
        body=(
            "Hello Cody,\n\nAs an internal candidate for Claims Data Lead (R-20871), you have "
            "been scheduled for the following interview.\n\n"
            "Interview Date: 11/29/2028\nStart Time: 2:00 PM\nEnd Time: 3:00 PM\n"
            "Time Zone: (GMT-07:00) Mountain Time (US & Canada)\n"
            "Interviewer(s): Lorna Fairweather\nLocation: Boise HQ, Room 3B (Owyhee)\n\n"
            "Please let your current manager know you will be away from your desk. You can "
            "view this interview in your Workday inbox.\n\nThis is a system-generated message."
        ),
        label=iv(
            iso("2028-11-29 14:00", "America/Denver"),
            "America/Denver",
            company="Sawtooth Mutual Insurance",
            role="Claims Data Lead",
            interviewers=["Lorna Fairweather"],
            notes="Workday internal-mobility interview at the user's own employer.",
        ),
    ),
    invite(
        PIM,
        "saengdao-ashby-utc",
        "interview",
        start="2028-11-22 16:00",
        zone=None,
        utc_zone="Asia/Bangkok",
        minutes=60,
        summary="Interview: Pimchanok Srisuk <> Saengdao Payments",
        organizer=("Saengdao Payments Recruiting", "recruiting@saengdao.example"),
        attendees=[
            ("Natthapong Charoenrat", "natthapong.c@saengdao.example"),
            ("Pimchanok Srisuk", "pimchanok.srisuk@example.org"),
        ],
        prodid="-//Ashby//Ashby Calendar//EN",
        frm=("Saengdao Payments", "no-reply@ashbyhq.com"),
        subject="Your interview with Saengdao Payments is confirmed",
        date=dh("2028-11-16 11:20", "Asia/Bangkok"),
        body=(
            "Hi Pimchanok,\n\nYour interview has been scheduled.\n\n"
            f"{d('2028-11-22', 'usy')} at 4:00 PM ICT (GMT+7)\n"
            "Technical interview (60 min) with Natthapong Charoenrat, Staff Engineer\n\n"
            "Video link: https://meet.google.com/ypo-nbqz-sta\n\n"
            "A calendar invitation is attached. Need to change the time? Reply to this email."
        ),
        label=iv(
            iso("2028-11-22 16:00", "Asia/Bangkok"),
            None,
            company="Saengdao Payments",
            role="Software Engineer",
            interviewers=["Natthapong Charoenrat"],
            emails=["natthapong.c@saengdao.example"],
            notes="Ashby with a UTC .ics; ICT (GMT+7) is an abbreviation and an offset only.",
        ),
    ),
    ats(
        CLAUDINE,
        "akagera-health-smartrecruiters",
        "interview",
        frm=("Akagera Health Partners", "noreply@smartrecruiters.com"),
        subject="Interview invitation: Monitoring & Evaluation Officer",
        date=dh("2028-11-28 09:15", "Africa/Kigali"),
        body=(
            "Dear Claudine,\n\nWe are pleased to invite you to a panel interview for the "
            "position of Monitoring & Evaluation Officer.\n\n"
            "Date: 06/12/2028\nTime: 10:00 (GMT+02:00) Kigali\n"
            "Format: in person, Akagera Health Partners, KG 7 Ave, Kigali\n"
            "Panel: Jean-Bosco Habimana (Programme Director), Aline Mukamana (M&E Lead)\n\n"
            "Please confirm your attendance using the button below.\n\nConfirm attendance\n\n"
            "Kind regards,\nAkagera Health Partners Recruitment"
        ),
        label=iv(
            iso("2028-12-06 10:00", "Africa/Kigali"),
            "Africa/Kigali",
            company="Akagera Health Partners",
            role="Monitoring & Evaluation Officer",
            interviewers=["Jean-Bosco Habimana", "Aline Mukamana"],
            notes="Day-first numeric date 06/12/2028 (6 December).",
        ),
    ),
    ats(
        HENDRIK,
        "namib-lithium-icims-phone",
        "interview",
        frm=("Namib Lithium Careers", "careers-noreply@icims.com"),
        subject="Phone Interview Confirmation - Process Engineer (Req 4471)",
        date=dh("2028-11-14 13:05", "Africa/Windhoek"),
        body=(
            "Dear Hendrik Swartbooi,\n\nThank you for applying to Namib Lithium. This confirms "
            f"your phone interview on {d('2028-11-20', 'uky')} at 08:30 (CAT).\n\n"
            "Riaan Steenkamp from our Talent Acquisition team will call you on the number in "
            "your profile. The call takes about 30 minutes.\n\n"
            "Please do not reply to this message; this mailbox is not monitored."
        ),
        label=iv(
            iso("2028-11-20 08:30", "Africa/Windhoek"),
            None,
            company="Namib Lithium",
            role="Process Engineer",
            interviewers=["Riaan Steenkamp"],
            notes="Phone screen: the caller is the interviewer; not-monitored footer; CAT only.",
        ),
    ),
    ats(
        RUTA,
        "baltic-loom-teamtailor",
        "interview",
        frm=("Baltic Loom Games", "no-reply@teamtailor-mail.com"),
        reply_to=("Vaida Petrauskienė", "vaida.petrauskiene@balticloom.example"),
        subject="Interview booked – Senior Gameplay Programmer",
        date=dh("2028-11-09 15:30", "Europe/Vilnius"),
        body=(
            "Hi Rūta!\n\nYou booked an interview with Baltic Loom Games.\n\n"
            "2028-11-16 15:00 - 15:45 (Europe/Vilnius)\n"
            "Interviewer: Vaida Petrauskienė, Lead Gameplay Programmer\n"
            "Video meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BLG8830\n\n"
            "Add to calendar · Reschedule · Cancel\n\nSent with Teamtailor"
        ),
        label=iv(
            iso("2028-11-16 15:00", "Europe/Vilnius"),
            "Europe/Vilnius",
            company="Baltic Loom Games",
            role="Senior Gameplay Programmer",
            interviewers=["Vaida Petrauskienė"],
            emails=["vaida.petrauskiene@balticloom.example"],
            notes="Year-first date for a ymd user, IANA zone in brackets.",
        ),
    ),
    ats(
        ALEJANDRA,
        "cabrillo-biologics-goodtime",
        "interview",
        frm=("Cabrillo Biologics Recruiting", "scheduling@goodtime.io"),
        reply_to=("Dana Whitlow", "dana.whitlow@cabrillobio.example"),
        subject="Your interview schedule with Cabrillo Biologics",
        date=dh("2028-11-20 12:10", "America/Tijuana"),
        html_only=True,
        body=(
            "Hi Alejandra,\n\nHere is your interview schedule for the QA Validation "
            "Specialist role. All times are shown in Pacific Time (US & Canada).\n\n"
            f"{d('2028-11-27', 'usy')}\n"
            "9:00 AM - 9:45 AM | Validation deep-dive | Deborah Finch, QA Director\n"
            "9:45 AM - 10:00 AM | Break\n"
            "10:00 AM - 10:45 AM | Lab walkthrough | Raymundo Ochoa, Validation Manager\n\n"
            "Location: 10975 Torreyana Rd, San Diego - please bring your passport for the "
            "border crossing back.\n\nYour coordinator: Dana Whitlow\n\nPowered by GoodTime"
        ),
        label=iv(
            iso("2028-11-27 09:00", "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Cabrillo Biologics",
            role="QA Validation Specialist",
            interviewers=["Deborah Finch", "Raymundo Ochoa"],
            notes="GoodTime HTML itinerary with a break; Tijuana user, San Diego onsite.",
        ),
    ),
    ats(
        KEISHA,
        "hoosier-clinical-calendly-rescheduled",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        to="Keisha Marbury <kmarbury.jobs@example.net>",
        reply_to=("Terrence Gaither", "terrence.gaither@hoosierlabs.example"),
        subject="Updated: Keisha Marbury and Terrence Gaither on Thursday, November 16, 2028",
        date=dh("2028-11-10 17:02", "America/Indiana/Indianapolis"),
        body=(
            "Hi Keisha Marbury,\n\nYour event has been rescheduled.\n\n"
            "Event Type:\nLab Informatics Interview (30 min)\n\n"
            "Host:\nTerrence Gaither (Hoosier Clinical Labs)\n\n"
            "Former:\n2:00pm - 2:30pm, Tuesday, November 14, 2028\n\n"
            "Updated:\n10:30am - 11:00am, Thursday, November 16, 2028 (Eastern Time - US & "
            "Canada)\n\nLocation:\nTerrence will call you.\n\nCancel or reschedule"
        ),
        label=iv(
            iso("2028-11-16 10:30", "America/New_York"),
            "America/New_York",
            company="Hoosier Clinical Labs",
            role="Lab Informatics",
            interviewers=["Terrence Gaither"],
            emails=["terrence.gaither@hoosierlabs.example"],
            notes="Calendly reschedule with Former/Updated; sent to the user's second address.",
        ),
    ),
    ats(
        NADIA,
        "coralline-hirevue-live",
        "interview",
        frm=("Coralline Reinsurance via HireVue", "noreply@hirevue.com"),
        subject="HireVue Live Interview scheduled - Actuarial Analyst",
        date=dh("2028-12-05 10:40", "Indian/Mauritius"),
        body=(
            "Dear Nadia,\n\nCoralline Reinsurance has scheduled a live video interview with "
            "you. This is a live conversation, not a recorded assessment.\n\n"
            f"Date: {d('2028-12-12', 'usy')}\nTime: 11:00 AM (GMT+04:00) Port Louis\n"
            "Interviewer: Gavin Teeluck\n\nJoin from this link at the scheduled time: "
            "https://app.hirevue.com/live/4f2c81\n\nTest your device before the interview."
        ),
        label=iv(
            iso("2028-12-12 11:00", "Indian/Mauritius"),
            "Indian/Mauritius",
            company="Coralline Reinsurance",
            role="Actuarial Analyst",
            interviewers=["Gavin Teeluck"],
            notes="HireVue *live* interview (not on-demand); Port Louis names the zone.",
        ),
    ),
    ats(
        YAHAIRA,
        "brickell-sound-bamboohr",
        "interview",
        frm=("Brickell Sound Media", "notifications@app.bamboohr.com"),
        reply_to=("Colleen Abernathy", "colleen.abernathy@brickellsound.example"),
        subject="Interview scheduled - Customer Success Manager",
        date=dh("2029-01-03 09:25", "America/New_York"),
        body=(
            "Hi Yahaira,\n\nHappy new year! Thanks for your interest in the Customer Success "
            "Manager position at Brickell Sound Media. Your interview is set:\n\n"
            f"When: {d('2029-01-10', 'usy')} at 2:00 PM EST\n"
            "With: Colleen Abernathy, VP Customer Success\nWhere: Zoom "
            "https://brickellsound.zoom.us/j/71823300194\n\nSee you then,\nColleen"
        ),
        label=iv(
            iso("2029-01-10 14:00", "America/New_York"),
            None,
            company="Brickell Sound Media",
            role="Customer Success Manager",
            interviewers=["Colleen Abernathy"],
            emails=["colleen.abernathy@brickellsound.example"],
            notes="EST for a Santo Domingo user (-04:00): 14:00 EST is 15:00 in her zone.",
        ),
    ),
    ats(
        NINO,
        "kura-cloudworks-jobvite",
        "interview",
        frm=("Kura Cloudworks Recruiting", "notification@jobvite.com"),
        subject="Interview Request Confirmed: Site Reliability Engineer",
        date=dh("2028-12-08 12:00", "Asia/Tbilisi"),
        body=(
            "Dear Nino,\n\nThank you for confirming. Your interview is scheduled for:\n\n"
            f"{d('2028-12-15', 'usy')} at 16:00 (GMT+04:00) Tbilisi\n"
            "Duration: 60 minutes\nInterviewer: Giorgi Lomidze, Platform Lead\n\n"
            "We will send the video link one day before.\n\nKura Cloudworks Talent Team"
        ),
        label=iv(
            iso("2028-12-15 16:00", "Asia/Tbilisi"),
            "Asia/Tbilisi",
            company="Kura Cloudworks",
            role="Site Reliability Engineer",
            interviewers=["Giorgi Lomidze"],
            notes="Jobvite confirmation with the video link to follow.",
        ),
    ),
]
