"""Interviews booked or confirmed by ATS and scheduling tools (English): Calendly, Chili
Piper, ModernLoop, Gem, Paradox, HireVue, Jobvite, Recruitee, Breezy HR, iCIMS,
SuccessFactors, Taleo, Lever, Zoho Recruit."""

from __future__ import annotations

from .kit import (
    ALINE,
    BREEZY,
    CALENDLY,
    CHEYENNE,
    CHILIPIPER,
    DAKOTA,
    DALAL,
    DAWSON,
    DEANDRA,
    GEM,
    HAZWANI,
    JOBVITE,
    KAGISO,
    KAIMANA,
    MARISOL,
    MIO,
    ROWAN,
    SERENA,
    SHANELLE,
    SONAM,
    SUCCESSFACTORS,
    ZOHO,
    booking,
    d,
    dh,
    html_mail,
    lab,
    vendor,
)

MESSAGES = [
    booking(
        SERENA,
        "calendly-confirmed-thirty-minute",
        "interview",
        prodid=CALENDLY,
        start="2040-07-03 10:30",
        zone="America/Los_Angeles",
        minutes=30,
        summary="30 Minute Interview between Owen Pak and Serena Castillo-Meyers",
        organizer=("Owen Pak", "owen.pak@torreypinesbio.example"),
        attendees=[],
        date=dh("2040-06-28 15:08", "America/Los_Angeles"),
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Owen Pak", "owen.pak@torreypinesbio.example"),
        subject="Confirmed: 30 Minute Interview with Owen Pak on Tuesday, July 3, 2040",
        body=(
            "Hi Serena Castillo-Meyers,\n\n"
            "Your 30 Minute Interview with Owen Pak at 10:30am (Pacific Time - US & Canada) "
            f"on {d('2040-07-03', 'usy')} is scheduled.\n\n"
            "Location:\nThis is a Zoom web conference. https://us02web.zoom.us/j/81740029316\n\n"
            "Questions: Role you are interviewing for?\nLab Automation Engineer\n\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/5e0f4d2a-77b1\n"
            "Reschedule: https://calendly.com/reschedulings/5e0f4d2a-77b1\n\n"
            "Powered by Calendly.com"
        ),
        label=lab(
            "2040-07-03 10:30",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Torrey Pines Bio",
            role="Lab Automation Engineer",
            who=["Owen Pak"],
            emails=["owen.pak@torreypinesbio.example"],
            notes="Calendly confirmation for the invitee; Calendly's zone name is IANA-based.",
        ),
        style="calendly.com",
    ),
    booking(
        DAKOTA,
        "chili-piper-meeting-booked",
        "interview",
        prodid=CHILIPIPER,
        start="2040-08-08 13:00",
        zone="America/Kentucky/Louisville",
        minutes=45,
        summary="Interview: Dakota Mercer-Lang / Ohio Valley Distilling - Supply Planner",
        organizer=("Whitney Hale", "whitney.hale@ohiovalleydistilling.example"),
        attendees=[("Rob Tennant", "rob.tennant@ohiovalleydistilling.example")],
        date=dh("2040-08-03 09:44", "America/Kentucky/Louisville"),
        frm=("Ohio Valley Distilling via Chili Piper", "no-reply@chilipiper.com"),
        subject="Meeting booked: Interview with Ohio Valley Distilling",
        body=(
            "Your meeting is booked!\n\n"
            "Interview: Supply Planner\n"
            f"{d('2040-08-08', 'usy')}, 1:00 PM - 1:45 PM (America/Kentucky/Louisville)\n\n"
            "Host: Whitney Hale\nAlso attending: Rob Tennant (Supply Chain Director)\n\n"
            "Video call: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ovd5521%40thread.v2/0\n\n"
            "Need to reschedule? https://ohiovalleydistilling.chilipiper.com/reschedule/a81f"
        ),
        label=lab(
            "2040-08-08 13:00",
            "America/Kentucky/Louisville",
            "America/Kentucky/Louisville",
            company="Ohio Valley Distilling",
            role="Supply Planner",
            who=["Whitney Hale", "Rob Tennant"],
            emails=[
                "whitney.hale@ohiovalleydistilling.example",
                "rob.tennant@ohiovalleydistilling.example",
            ],
            notes="Chili Piper booking; the host is listed first, an extra attendee after.",
        ),
        style="chilipiper.com",
    ),
    html_mail(
        MARISOL,
        "modernloop-onsite-itinerary",
        "interview",
        frm=("Brightwater Lending Recruiting", "scheduling@modernloop.io"),
        reply_to=("Tasha Green", "tasha.green@brightwaterlending.example"),
        subject="Your onsite interview itinerary - Brightwater Lending",
        date=dh("2040-07-19 17:25", "America/New_York"),
        markup=(
            "<p>Hi Marisol,</p>\n<p>Here is your itinerary for your onsite interview for "
            "<b>Senior Product Designer</b>. All times are in Eastern Time (America/New_York)."
            "</p>\n<p><b>"
            + d("2040-07-24", "usy")
            + '</b></p>\n<table border="1" cellpadding="6">\n'
            "<tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>\n"
            "<tr><td>10:00 AM - 10:45 AM</td><td>Portfolio review</td>"
            "<td>Camila Reyes, Design Director</td></tr>\n"
            "<tr><td>10:50 AM - 11:35 AM</td><td>Product collaboration</td>"
            "<td>Dev Banerjee, Group Product Manager</td></tr>\n"
            "<tr><td>11:40 AM - 12:25 PM</td><td>Design exercise</td>"
            "<td>Hannah Stoltz, Staff Designer</td></tr>\n</table>\n"
            "<p>Location: 1200 Brickell Example Ave, 9th floor, Miami. Please arrive 10 "
            "minutes early and check in with reception.</p>\n"
            "<p>Questions? Reply to this email to reach Tasha Green, your recruiter.</p>\n"
            '<p style="color:#888">Scheduled with ModernLoop</p>'
        ),
        label=lab(
            "2040-07-24 10:00",
            "America/New_York",
            "America/New_York",
            company="Brightwater Lending",
            role="Senior Product Designer",
            who=["Camila Reyes", "Dev Banerjee", "Hannah Stoltz"],
            notes="HTML-only ModernLoop itinerary; three sessions in a table, start is the "
            "first; the recruiter only arranges.",
        ),
    ),
    booking(
        CHEYENNE,
        "gem-interview-confirmed-calgary",
        "interview",
        prodid=GEM,
        start="2040-06-20 15:00",
        zone="America/Edmonton",
        minutes=60,
        summary="Interview with Foothills Geodata (Cheyenne Runningwater-Park)",
        organizer=("Priyanka Shah", "priyanka.shah@foothillsgeodata.example"),
        attendees=[
            ("Owen McLeod", "owen.mcleod@foothillsgeodata.example"),
            ("Aiyana Crowchild", "aiyana.crowchild@foothillsgeodata.example"),
        ],
        date=dh("2040-06-15 12:01", "America/Edmonton"),
        frm=("Priyanka Shah", "priyanka.shah@foothillsgeodata.example"),
        sender="Gem <scheduling@gem.com>",
        subject="Confirmed: Interview with Foothills Geodata on Wed, Jun 20",
        body=(
            "Hi Cheyenne,\n\nThanks for picking a time! Your interview is confirmed:\n\n"
            f"{d('2040-06-20')} · 3:00pm - 4:00pm MDT\n"
            "Google Meet: https://meet.google.com/fgd-rtqa-wxm\n\n"
            "You'll be meeting with:\n"
            "Owen McLeod - Head of Remote Sensing\n"
            "Aiyana Crowchild - Senior GIS Analyst\n\n"
            "A calendar invitation is attached.\n\nPriyanka Shah\nTalent Partner"
        ),
        label=lab(
            "2040-06-20 15:00",
            "America/Edmonton",
            "America/Edmonton",
            company="Foothills Geodata",
            who=["Owen McLeod", "Aiyana Crowchild"],
            emails=[
                "owen.mcleod@foothillsgeodata.example",
                "aiyana.crowchild@foothillsgeodata.example",
            ],
            notes="Gem confirmation after self-scheduling; 'MDT' in the text, "
            "America/Edmonton in the attached calendar; the talent partner only schedules.",
        ),
        style="gem.com",
    ),
    vendor(
        DAWSON,
        "paradox-olivia-all-set",
        "interview",
        frm=("Olivia at Red River Logistics", "olivia@paradox.ai"),
        subject="You're all set for your interview!",
        date=dh("2040-07-09 18:32", "America/Winnipeg"),
        body=(
            "Hi Dawson, it's Olivia, the virtual assistant for Red River Logistics! You're all "
            "set. Here are the details:\n\n"
            "Interview: Warehouse Shift Supervisor\n"
            "When: Fri, Jul 13 at 2:30 PM CDT\n"
            "Where: Red River Logistics, 1550 Example Road, Winnipeg (use the visitor entrance)\n"
            "Who: Marcel Gagnon, Site Manager\n\n"
            "Need to reschedule? Just reply to this email or text me.\n\n"
            "Olivia\nRed River Logistics Recruiting"
        ),
        label=lab(
            "2040-07-13 14:30",
            "America/Winnipeg",
            company="Red River Logistics",
            role="Warehouse Shift Supervisor",
            who=["Marcel Gagnon"],
            notes="Conversational assistant (Paradox) confirmation; 'CDT' only.",
        ),
    ),
    vendor(
        ROWAN,
        "hirevue-live-interview-scheduled",
        "interview",
        frm=("Seven Mile Reinsurance", "noreply@hirevue.com"),
        subject="Live Interview Scheduled: Seven Mile Reinsurance",
        date=dh("2040-07-24 10:10", "America/Cayman"),
        body=(
            "Dear Rowan,\n\n"
            "Your live video interview for the position of Claims Analyst has been scheduled.\n\n"
            f"Date: {d('2040-07-31', 'usy')}\n"
            "Time: 09:00 AM (GMT-05:00) Cayman Islands\n"
            "Interviewers: Gillian Bodden, Claims Manager; Nigel Rivers, Senior Underwriter\n\n"
            "Join your interview: https://app.hirevue.com/interviews/live/7wqQ2bK\n\n"
            "Please test your device before the interview using the link above.\n\n"
            "Thank you,\nSeven Mile Reinsurance Talent Acquisition"
        ),
        label=lab(
            "2040-07-31 09:00",
            "America/Cayman",
            "America/Cayman",
            company="Seven Mile Reinsurance",
            role="Claims Analyst",
            who=["Gillian Bodden", "Nigel Rivers"],
            notes="HireVue live (not on-demand) interview; zone printed as Cayman Islands.",
        ),
    ),
    booking(
        DEANDRA,
        "jobvite-interview-confirmation-nassau",
        "interview",
        prodid=JOBVITE,
        start="2040-06-14 10:00",
        zone="America/Nassau",
        minutes=60,
        summary="Interview - Guest Experience Manager",
        organizer=("Paradise Cove Hotels Recruiting", "recruiting@paradisecovehotels.example"),
        attendees=[
            ("Leon Knowles", "leon.knowles@paradisecovehotels.example"),
            ("Tamara Cartwright", "tamara.cartwright@paradisecovehotels.example"),
        ],
        date=dh("2040-06-08 13:40", "America/Nassau"),
        frm=("Paradise Cove Hotels", "notifications@jobvite.com"),
        reply_to=("Paradise Cove Hotels Recruiting", "recruiting@paradisecovehotels.example"),
        subject="Interview Confirmation - Guest Experience Manager",
        body=(
            "Dear Deandra,\n\n"
            "Thank you for confirming your interview for Guest Experience Manager.\n\n"
            f"Date: {d('2040-06-14', 'usy')}\nTime: 10:00 AM - 11:00 AM Eastern Time\n"
            "Location: Paradise Cove Hotels, Executive Offices, West Bay Street, Nassau\n"
            "Interview team: Leon Knowles (General Manager), Tamara Cartwright (Director of "
            "Rooms)\n\n"
            "Please bring a government-issued photo ID.\n\n"
            "Regards,\nParadise Cove Hotels Recruiting\n\n"
            "Sent via Jobvite | https://jobs.jobvite.com/paradisecovehotels"
        ),
        label=lab(
            "2040-06-14 10:00",
            "America/Nassau",
            "America/Nassau",
            company="Paradise Cove Hotels",
            role="Guest Experience Manager",
            who=["Leon Knowles", "Tamara Cartwright"],
            emails=[
                "leon.knowles@paradisecovehotels.example",
                "tamara.cartwright@paradisecovehotels.example",
            ],
            notes="Jobvite confirmation; 'Eastern Time' in the text, America/Nassau in the "
            "attached calendar.",
        ),
        style="jobvite.com",
    ),
    html_mail(
        HAZWANI,
        "recruitee-interview-invite-html",
        "interview",
        frm=("Kampong Ayer Digital", "kampongayerdigital@recruitee.com"),
        reply_to=("Aqilah Yusof", "aqilah.yusof@kampongayerdigital.example"),
        subject="Interview invitation: Mobile Developer at Kampong Ayer Digital",
        date=dh("2040-08-13 09:15", "Asia/Brunei"),
        markup=(
            "<p>Dear Nur Hazwani,</p>\n"
            "<p>We are happy to invite you for an interview for the <strong>Mobile Developer"
            "</strong> position.</p>\n"
            '<table style="border:1px solid #ddd" cellpadding="8">\n'
            "<tr><td><b>Date</b></td><td>" + d("2040-08-20", "uky") + "</td></tr>\n"
            "<tr><td><b>Time</b></td><td>14:00 - 15:00 (Asia/Brunei)</td></tr>\n"
            "<tr><td><b>Location</b></td><td>Video call - "
            '<a href="https://meet.google.com/kad-fwmq-zpr">join link</a></td></tr>\n'
            "<tr><td><b>Interviewers</b></td><td>Aqilah Yusof (CTO)<br>Daniel Lim (Lead "
            "Android Engineer)</td></tr>\n</table>\n"
            "<p>Kind regards,<br>Kampong Ayer Digital</p>\n"
            '<p style="font-size:11px;color:#999">Sent with Recruitee</p>'
        ),
        label=lab(
            "2040-08-20 14:00",
            "Asia/Brunei",
            "Asia/Brunei",
            company="Kampong Ayer Digital",
            role="Mobile Developer",
            who=["Aqilah Yusof", "Daniel Lim"],
            emails=["aqilah.yusof@kampongayerdigital.example"],
            notes="HTML-only Recruitee invitation in a table; the Reply-To is the CTO.",
        ),
    ),
    booking(
        SHANELLE,
        "breezy-interview-scheduled-belize",
        "interview",
        prodid=BREEZY,
        start="2040-06-26 11:00",
        zone="America/Belize",
        minutes=45,
        summary="Interview with Barrier Reef Adventures",
        organizer=("Marisa Young", "marisa@barrierreefadv.example"),
        attendees=[("Marisa Young", "marisa@barrierreefadv.example")],
        date=dh("2040-06-21 16:05", "America/Belize"),
        frm=("Barrier Reef Adventures", "noreply@breezy.hr"),
        reply_to=("Marisa Young", "marisa@barrierreefadv.example"),
        subject="Interview Scheduled: Dive Operations Coordinator",
        body=(
            "Hi Rowan,\n\n"
            "Your interview for Dive Operations Coordinator has been scheduled for "
            f"{d('2040-06-26')} at 11:00am (America/Belize).\n\n"
            "Interviewer: Marisa Young, Operations Manager\n"
            "Phone: Marisa will call you on WhatsApp.\n\n"
            "Add to calendar: see the attached invite.\n\n"
            "Barrier Reef Adventures\nPowered by Breezy HR"
        ),
        label=lab(
            "2040-06-26 11:00",
            "America/Belize",
            "America/Belize",
            company="Barrier Reef Adventures",
            role="Dive Operations Coordinator",
            who=["Marisa Young"],
            emails=["marisa@barrierreefadv.example"],
            notes="Breezy HR scheduling notice with .ics.",
        ),
        style="breezy.hr",
    ),
    vendor(
        KAIMANA,
        "icims-reminder-tomorrow-honolulu",
        "interview",
        frm=("Aloha Grid Cooperative", "aloha-grid@talent.icims.com"),
        subject="Reminder: Your interview tomorrow with Aloha Grid Cooperative",
        date=dh("2040-06-27 12:00", "Pacific/Honolulu"),
        body=(
            "Aloha Kaimana,\n\n"
            "This is a friendly reminder of your interview tomorrow, "
            f"{d('2040-06-28')}, at 9:00 AM HST for the position of Grid Reliability "
            "Engineer.\n\n"
            "Interviewers: Keoni Kahananui (Engineering Manager) and Leilani Fukuda (Principal "
            "Engineer)\n"
            "Location: 900 Example Street, Honolulu, 4th floor conference room\n\n"
            "Mahalo,\nAloha Grid Cooperative Talent Acquisition\n\n"
            "This message was sent from iCIMS on behalf of Aloha Grid Cooperative."
        ),
        label=lab(
            "2040-06-28 09:00",
            "Pacific/Honolulu",
            company="Aloha Grid Cooperative",
            role="Grid Reliability Engineer",
            who=["Keoni Kahananui", "Leilani Fukuda"],
            notes="iCIMS reminder the day before; 'HST'.",
        ),
    ),
    booking(
        KAGISO,
        "successfactors-interview-invitation",
        "interview",
        prodid=SUCCESSFACTORS,
        start="2040-07-18 10:00",
        zone="Africa/Gaborone",
        minutes=60,
        summary="Interview - Mining Planning Engineer (Req 40217)",
        organizer=("Kalahari Diamonds Careers", "careers@kalaharidiamonds.example"),
        attendees=[
            ("Onalenna Seretse", "onalenna.seretse@kalaharidiamonds.example"),
            ("Pieter du Plessis", "pieter.duplessis@kalaharidiamonds.example"),
        ],
        date=dh("2040-07-10 08:05", "Africa/Gaborone"),
        frm=("Kalahari Diamonds Careers", "careers@successfactors.com"),
        reply_to=("Kalahari Diamonds Careers", "careers@kalaharidiamonds.example"),
        subject="Interview Invitation: Mining Planning Engineer (Req 40217)",
        body=(
            "Dear Kagiso Molefe-Abbott,\n\n"
            "We are pleased to invite you to an interview for the position Mining Planning "
            "Engineer (Requisition 40217).\n\n"
            f"Interview date: {d('2040-07-18', 'uky')}\n"
            "Start time: 10:00 (GMT+02:00) Africa/Gaborone\n"
            "Duration: 60 minutes\n"
            "Venue: Kalahari Diamonds House, Plot 64, Central Business District, Gaborone\n\n"
            "Interview panel:\nOnalenna Seretse - Mine Planning Superintendent\n"
            "Pieter du Plessis - Principal Mining Engineer\n\n"
            "Please accept the attached calendar invitation.\n\nKalahari Diamonds Talent "
            "Acquisition"
        ),
        label=lab(
            "2040-07-18 10:00",
            "Africa/Gaborone",
            "Africa/Gaborone",
            company="Kalahari Diamonds",
            role="Mining Planning Engineer",
            who=["Onalenna Seretse", "Pieter du Plessis"],
            emails=[
                "onalenna.seretse@kalaharidiamonds.example",
                "pieter.duplessis@kalaharidiamonds.example",
            ],
            notes="SAP SuccessFactors invitation with .ics; IANA name printed by the tool.",
        ),
        style="successfactors.com",
    ),
    html_mail(
        ALINE,
        "taleo-interview-schedule-html-only",
        "interview",
        frm=("Thousand Hills Bank Careers", "thousandhillsbank@taleo.net"),
        subject="Interview Schedule - Credit Risk Analyst (Requisition 2040-118)",
        date=dh("2040-08-06 11:30", "Africa/Kigali"),
        markup=(
            "<p>Dear Aline Uwase-Cartwright,</p>\n"
            "<p>Thank you for your interest in Thousand Hills Bank. Please find your interview "
            "schedule below.</p>\n"
            '<table width="600" border="0" cellspacing="0" cellpadding="4">\n'
            "<tr><td>Position:</td><td>Credit Risk Analyst</td></tr>\n"
            "<tr><td>Date:</td><td>" + d("2040-08-09", "uky") + "</td></tr>\n"
            "<tr><td>Time:</td><td>09:30 CAT (Kigali)</td></tr>\n"
            "<tr><td>Venue:</td><td>Head Office, KN 4 Avenue, Kigali - 6th floor</td></tr>\n"
            "<tr><td>Panel:</td><td>Mr. Eric Habimana, Chief Risk Officer; Mrs. Clarisse "
            "Mukamana, Head of Credit</td></tr>\n</table>\n"
            "<p>Please arrive 15 minutes early with your national ID and academic "
            "certificates.</p>\n<p>Human Resources Department</p>\n"
            '<p style="font-size:10px">This is an automated message. Please do not reply.</p>'
        ),
        label=lab(
            "2040-08-09 09:30",
            "Africa/Kigali",
            "Africa/Kigali",
            company="Thousand Hills Bank",
            role="Credit Risk Analyst",
            who=["Eric Habimana", "Clarisse Mukamana"],
            notes="HTML-only Taleo schedule table; 'CAT (Kigali)'.",
        ),
    ),
    vendor(
        MIO,
        "lever-interview-confirmation-tokyo",
        "interview",
        frm=("Sumida Robotics", "no-reply@hire.lever.co"),
        reply_to=("Haruka Endo", "haruka.endo@sumidarobotics.example"),
        subject="Interview confirmation: Sumida Robotics - Embedded Software Engineer",
        date=dh("2040-06-29 17:45", "Asia/Tokyo"),
        body=(
            "Hi Mio,\n\n"
            "Your interview with Sumida Robotics is confirmed.\n\n"
            "2040-07-04 (Wed) 14:00 - 15:30 (Asia/Tokyo)\n\n"
            "Schedule:\n"
            "14:00 - 14:45  Technical interview - Kenji Watanabe, Firmware Lead\n"
            "14:45 - 15:30  Hiring manager interview - Sarah Whitlock, VP Engineering\n\n"
            "Location: Sumida Robotics, 3-2-1 Example, Sumida-ku, Tokyo, 7F reception\n\n"
            "If you need to reschedule, reply to Haruka Endo (Recruiter).\n\n"
            "Sumida Robotics via Lever"
        ),
        label=lab(
            "2040-07-04 14:00",
            "Asia/Tokyo",
            "Asia/Tokyo",
            company="Sumida Robotics",
            role="Embedded Software Engineer",
            who=["Kenji Watanabe", "Sarah Whitlock"],
            notes="Lever confirmation with a year-first date and two back-to-back sessions.",
        ),
    ),
    booking(
        SONAM,
        "zoho-recruit-interview-thimphu",
        "interview",
        prodid=ZOHO,
        start="2040-07-27 11:00",
        zone="Asia/Thimphu",
        minutes=60,
        summary="Interview: Hydropower Project Analyst",
        organizer=("Druk Green Ventures HR", "hr@drukgreen.example"),
        attendees=[("Karma Tshering", "karma.tshering@drukgreen.example")],
        date=dh("2040-07-20 15:15", "Asia/Thimphu"),
        frm=("Druk Green Ventures", "notification@zohorecruit.com"),
        reply_to=("Druk Green Ventures HR", "hr@drukgreen.example"),
        subject="Interview scheduled - Hydropower Project Analyst",
        body=(
            "Dear Sonam Wangmo,\n\n"
            "An interview has been scheduled for you.\n\n"
            "Interview name: Hydropower Project Analyst - Round 2\n"
            f"From: {d('2040-07-27', 'abbr')} 2040 11:00 AM\nTo: 12:00 PM\n"
            "Time zone: Bhutan Time (Asia/Thimphu)\n"
            "Interviewer(s): Karma Tshering\n"
            "Venue: Druk Green Ventures, Norzin Lam, Thimphu\n\n"
            "Regards,\nHR Team, Druk Green Ventures"
        ),
        label=lab(
            "2040-07-27 11:00",
            "Asia/Thimphu",
            "Asia/Thimphu",
            company="Druk Green Ventures",
            role="Hydropower Project Analyst",
            who=["Karma Tshering"],
            emails=["karma.tshering@drukgreen.example"],
            notes="Zoho Recruit notice with .ics; 'Fri, 27 Jul 2040'.",
        ),
        style="zohorecruit.com",
    ),
    booking(
        DALAL,
        "calendly-reminder-starts-tomorrow",
        "interview",
        prodid=CALENDLY,
        start="2040-07-09 13:00",
        zone="Asia/Kuwait",
        minutes=45,
        summary="Final interview between Faisal Al-Mutairi and Dalal Al-Sabah Keane",
        organizer=("Faisal Al-Mutairi", "faisal.almutairi@gulfshorepharma.example"),
        attendees=[],
        date=dh("2040-07-08 13:00", "Asia/Kuwait"),
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Faisal Al-Mutairi", "faisal.almutairi@gulfshorepharma.example"),
        subject="Reminder: Final interview with Faisal Al-Mutairi starts in 24 hours",
        body=(
            "Hi Dalal Al-Sabah Keane,\n\n"
            "This is a friendly reminder that your Final interview with Faisal Al-Mutairi "
            "is at 1:00pm (Arabian Time), "
            + d("2040-07-09", "usy")
            + ".\n\nLocation: Gulfshore Pharma, Sharq, Al-Hamra Tower Example, 31st floor\n\n"
            "Reschedule: https://calendly.com/reschedulings/c19e-4a2f\n\nPowered by Calendly.com"
        ),
        label=lab(
            "2040-07-09 13:00",
            "Asia/Kuwait",
            "Asia/Kuwait",
            company="Gulfshore Pharma",
            who=["Faisal Al-Mutairi"],
            emails=["faisal.almutairi@gulfshorepharma.example"],
            notes="Calendly reminder the day before; the text says only 'Arabian Time', the "
            "attached calendar's TZID is Asia/Kuwait.",
        ),
        style="calendly.com",
    ),
]
