"""Interviews sent by ATS and scheduling tools other than the earlier sets' favourites:
Pinpoint, Jobvite, SuccessFactors, HireVue (live), Gem, Rippling, Breezy, JazzHR,
Freshteam, Homerun, YouCanBook.me, Zoho Bookings, Doodle and Phenom."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AVERY,
    CAIO,
    DAKOTA,
    DILANI,
    DOODLE,
    ELENI,
    FAISAL,
    GARRICK,
    HIREVUE,
    HOMERUN,
    HUIMIN,
    JOBVITE,
    KRISTINE,
    LERATO,
    NOUR,
    OUTLOOK,
    PINPOINT,
    PRISCILLA,
    QUINN,
    REGGIE,
    ROISIN,
    SUCCESSFACTORS,
    YCBM,
    ZOHO_BOOKINGS,
    ampm,
    d,
    dh,
    html_mail,
    lab,
    mdy,
    plus,
    t12,
    vendor,
    with_cal,
)


def _ev(prodid: str, start: str, zone: str | None, minutes: int, summary: str, **kw: object):
    """The event arguments shared by the tool calendars below."""
    return {
        "prodid": prodid,
        "start": start,
        "zone": zone,
        "minutes": minutes,
        "summary": summary,
        "organizer": kw.pop("organizer", None),
        **kw,
    }


MESSAGES = [
    with_cal(
        ROISIN,
        "pinpoint-dublin-panel",
        "interview",
        event=_ev(
            PINPOINT,
            "2037-04-15 11:00",
            "Europe/Dublin",
            60,
            "Interview: Róisín Mac Giolla Rua-Fofana - QC Analyst",
            organizer=("Glasnevin Biologics Recruitment", "glasnevin-biologics@pinpointhq.com"),
            attendees=[
                ("Orla Brennan", "orla.brennan@glasnevin-bio.example"),
                ("Cathal Moynihan", "cathal.moynihan@glasnevin-bio.example"),
                ("Róisín Mac Giolla Rua-Fofana", "roisin.macgiollarua@example.net"),
            ],
            location="Glasnevin Biologics, Unit 4, Ballycoolin Business Park, Dublin 15",
        ),
        date=dh("2037-04-07 12:31", "Europe/Dublin"),
        style="pinpointhq.com",
        frm=("Glasnevin Biologics", "glasnevin-biologics@pinpointhq.com"),
        reply_to=("Niamh Carty", "niamh.carty@glasnevin-bio.example"),
        subject="Your interview with Glasnevin Biologics is confirmed",
        body="Hi Róisín,\n\nThanks for booking a time. Here are the details of your interview "
        "for QC Analyst.\n\nDate: "
        + d("2037-04-15", "uky")
        + "\nTime: 11:00 - 12:00 (Europe/Dublin)\nLocation: Glasnevin Biologics, Unit 4, "
        "Ballycoolin Business Park, Dublin 15\n\nYou'll meet:\nOrla Brennan - Senior "
        "Scientist\nCathal Moynihan - QC Manager\n\nIf you need to reschedule, reply to this "
        "email and Niamh from our team will help.\n\nPowered by Pinpoint\n",
        ics_mode="attach",
        ics_name="interview.ics",
        label=lab(
            "2037-04-15 11:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Glasnevin Biologics",
            role="QC Analyst",
            who=["Orla Brennan", "Cathal Moynihan"],
            emails=["orla.brennan@glasnevin-bio.example", "cathal.moynihan@glasnevin-bio.example"],
            notes="Pinpoint confirmation after self-booking, IANA zone printed; 'You'll meet' "
            "list with titles.",
        ),
    ),
    with_cal(
        AVERY,
        "jobvite-toronto",
        "interview",
        event=_ev(
            JOBVITE,
            "2037-04-16 14:00",
            "America/Toronto",
            45,
            "Interview - Marketing Coordinator - Avery Chatterton-Musa",
            organizer=("Loonie Bay Outfitters Talent", "scheduling@loonie-bay.example"),
            attendees=[
                ("Janelle Osei-Grant", "janelle.oseigrant@loonie-bay.example"),
                ("Avery Chatterton-Musa", "avery.chatterton@example.net"),
            ],
            location="Microsoft Teams",
        ),
        date=dh("2037-04-09 16:40", "America/Toronto"),
        style="jobvite.com",
        frm=("Loonie Bay Outfitters", "notification@jobvite.com"),
        reply_to=("Loonie Bay Outfitters Talent", "scheduling@loonie-bay.example"),
        subject="Interview Scheduled: Marketing Coordinator",
        body="Hello Avery,\n\nYour interview has been scheduled.\n\nPosition: Marketing "
        "Coordinator (Req #2037-0114)\nWhen: Thu, Apr 16, 2037 2:00 PM - 2:45 PM EDT\n"
        "Meeting with: Janelle Osei-Grant, Brand Marketing Manager\nWhere: Microsoft Teams "
        "(link in the calendar invitation)\n\nPlease add the attached event to your "
        "calendar.\n\nLoonie Bay Outfitters Talent Acquisition\n\nThis message was sent via "
        "Jobvite.\n",
        ics_mode="attach",
        ics_name="Interview.ics",
        label=lab(
            "2037-04-16 14:00",
            "America/Toronto",
            "America/Toronto",
            company="Loonie Bay Outfitters",
            role="Marketing Coordinator",
            who=["Janelle Osei-Grant"],
            emails=["janelle.oseigrant@loonie-bay.example"],
            notes="Jobvite scheduling notice, 'EDT' in text, America/Toronto in the calendar.",
        ),
    ),
    with_cal(
        NOUR,
        "successfactors-cairo-switch",
        "interview",
        event=_ev(
            SUCCESSFACTORS,
            "2037-04-28 10:00",
            "Africa/Cairo",
            60,
            "Interview: Senior Accountant (Req 40117)",
            organizer=("Nile Delta Cement Recruiting", "recruiting@nildelta-cement.example"),
            attendees=[
                ("Hany Soliman", "hany.soliman@nildelta-cement.example"),
                ("Nour El-Din Hegazy Ward", "nour.hegazy@example.com"),
            ],
            location="Nile Delta Cement HQ, 12 Tahrir Sq. Tower B, 7th floor",
        ),
        date=dh("2037-04-20 11:15", "Africa/Cairo"),
        style="successfactors.eu",
        frm=("Nile Delta Cement Careers", "noreply@successfactors.eu"),
        subject="Interview Scheduling: Your interview has been scheduled",
        body="Dear Nour El-Din,\n\nThank you for your interest in the Senior Accountant "
        "position (Requisition 40117).\n\nYour interview has been scheduled as follows:\n\n"
        "Date: 28/04/2037\nTime: 10:00 - 11:00 (GMT+02:00) Cairo\nInterviewer: Hany "
        "Soliman, Finance Manager\nLocation: Nile Delta Cement HQ, 12 Tahrir Sq. Tower B, 7th "
        "floor\n\nBest regards,\nTalent Acquisition Team\n"
        "Nile Delta Cement\n",
        ics_mode="attach",
        ics_name="Interview.ics",
        label=lab(
            "2037-04-28 10:00",
            "Africa/Cairo",
            "Africa/Cairo",
            company="Nile Delta Cement",
            role="Senior Accountant",
            who=["Hany Soliman"],
            emails=["hany.soliman@nildelta-cement.example"],
            notes="SuccessFactors prints the standard '(GMT+02:00) Cairo'; the interview falls "
            "after Egypt's 24 April switch, so it is 10:00 EEST (+03).",
        ),
    ),
    with_cal(
        KRISTINE,
        "hirevue-live-manila",
        "interview",
        event=_ev(
            HIREVUE,
            "2037-05-07 09:00",
            None,
            45,
            "HireVue Live Interview: Customer Success Lead",
            utc_zone="Asia/Manila",
            organizer=("Banaue Cloud Solutions", "noreply@hirevue.com"),
            attendees=[("Kristine Dumalagan-Reyes", "kristine.dumalagan@example.net")],
            description="Interviewer: Rommel Villareal. Join at the link in your email.",
        ),
        date=dh("2037-05-02 13:30", "Asia/Manila"),
        style="hirevue.com",
        frm=("Banaue Cloud Solutions via HireVue", "noreply@hirevue.com"),
        subject="You're invited to a Live Interview with Banaue Cloud Solutions",
        rich='<html><body><table width="600" align="center"><tr><td>'
        "<h2>Live Interview Invitation</h2><p>Hi Kristine,</p><p>Banaue Cloud Solutions has "
        "scheduled a live video interview with you for the <b>Customer Success Lead</b> "
        "position.</p><table><tr><td>Date:</td><td>"
        + mdy("2037-05-07")
        + "</td></tr><tr><td>Time:</td><td>9:00 AM Asia/Manila (GMT+08:00)</td></tr>"
        "<tr><td>Duration:</td><td>45 minutes</td></tr><tr><td>Interviewer:</td>"
        '<td>Rommel Villareal</td></tr></table><p><a href="https://app.hirevue.com/'
        'interviews/live/8QzTn2">Join Interview</a></p><p>Please test your camera and '
        "microphone beforehand.</p></td></tr></table></body></html>",
        ics_mode="attach",
        ics_name="HireVueInterview.ics",
        label=lab(
            "2037-05-07 09:00",
            "Asia/Manila",
            "Asia/Manila",
            company="Banaue Cloud Solutions",
            role="Customer Success Lead",
            who=["Rommel Villareal"],
            notes="HireVue live (not one-way) interview, HTML only, month-first numerals; the "
            "attached calendar is in UTC.",
        ),
    ),
    html_mail(
        LERATO,
        "gem-loop-schedule",
        "interview",
        frm=("Keabetswe Molefe", "keabetswe.molefe@baobab-payments.example"),
        subject="Your interview schedule with Baobab Payments",
        date=dh("2037-04-30 08:52", "Africa/Johannesburg"),
        markup="<p>Hi Lerato,</p><p>You're confirmed for your final round with Baobab "
        "Payments on <b>"
        + d("2037-05-07", "uk")
        + "</b>. All times are South Africa time (SAST).</p><ul>"
        "<li>14:00 - 14:45 &middot; System design &middot; Thabo Nkosi (Engineering "
        "Manager)</li><li>14:45 - 15:30 &middot; Coding &middot; Zanele Mthembu (Staff "
        "Engineer)</li><li>15:40 - 16:10 &middot; Values &middot; Pieter van Wyk "
        "(CTO)</li></ul><p>Each conversation has its own Google Meet link in the "
        "calendar invites you'll receive separately.</p><p>Good luck!<br>Keabetswe<br>"
        'Talent Partner, Baobab Payments</p><p style="color:#999;font-size:11px">Sent '
        "with Gem</p>",
        label=lab(
            "2037-05-07 14:00",
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Baobab Payments",
            who=["Thabo Nkosi", "Zanele Mthembu", "Pieter van Wyk"],
            notes="Gem schedule, HTML bullet list of three sessions (start at the first); "
            "'South Africa time (SAST)'.",
        ),
    ),
    html_mail(
        PRISCILLA,
        "rippling-interview-scheduled",
        "interview",
        frm=("Cobblestone Health via Rippling", "no-reply@rippling.com"),
        subject="Interview scheduled: Content Strategist at Cobblestone Health",
        date=dh("2037-04-22 10:03", "America/New_York"),
        markup='<div style="max-width:560px;margin:auto"><h3>Your interview is '
        "scheduled</h3><p>Hi Priscilla,</p><p>Cobblestone Health scheduled an interview "
        'with you for <b>Content Strategist</b>.</p><div style="border:1px solid #ddd;'
        'padding:12px"><div><b>Mon, Apr 27</b> &middot; 11:00 AM &ndash; 11:45 AM EDT</div>'
        "<div>Interviewer: Sam Whitlock</div><div>Video call: https://zoom.us/j/96612"
        "043817</div></div><p>Need to make a change? Reply to your recruiter, Dara "
        "Fenn.</p></div>",
        label=lab(
            "2037-04-27 11:00",
            "America/New_York",
            company="Cobblestone Health",
            role="Content Strategist",
            who=["Sam Whitlock"],
            notes="Rippling notice in nested divs, no year, 'EDT'.",
        ),
    ),
    vendor(
        FAISAL,
        "breezy-riyadh-sunday",
        "interview",
        frm=("Nakheel Gate Logistics", "notifications@breezy.hr"),
        reply_to=("Reem Al-Qahtani", "reem.alqahtani@nakheelgate.example"),
        subject="Interview scheduled - Fleet Planning Specialist",
        date=dh("2037-04-14 14:20", "Asia/Riyadh"),
        body="Hi Faisal,\n\nThanks for your interest in Nakheel Gate Logistics! An interview "
        "has been scheduled:\n\nPosition: Fleet Planning Specialist\nWhen: Sunday, April 19 "
        "at 10:00 AM (Asia/Riyadh)\nWith: Majed Al-Harbi\nWhere: Nakheel Gate Logistics, "
        "King Fahd Road, Al Olaya, Riyadh\n\nIf you have any questions, just reply to this "
        "email.\n\nReem Al-Qahtani\nNakheel Gate Logistics\n\nPowered by Breezy HR\n",
        label=lab(
            "2037-04-19 10:00",
            "Asia/Riyadh",
            "Asia/Riyadh",
            company="Nakheel Gate Logistics",
            role="Fleet Planning Specialist",
            who=["Majed Al-Harbi"],
            notes="Breezy HR notice for a Sunday (a working day in Saudi Arabia); 'With:'.",
        ),
    ),
    vendor(
        REGGIE,
        "jazzhr-month-first",
        "interview",
        frm=("Prairie Line Distribution", "noreply@applytojob.com"),
        reply_to=("Tonya Briscoe", "tbriscoe@prairieline-dist.example"),
        to="Reginald Haskins-Amadi <reggie.haskins@example.com>",
        subject="Interview Invitation: Operations Supervisor",
        date=dh("2037-03-27 09:15", "America/Chicago"),
        body="Hi Reginald,\n\nYou have been scheduled for an interview for the Operations "
        "Supervisor position on 04/02/2037 at 10:30 AM Central Time.\n\nInterviewer: Tonya "
        "Briscoe, Site Manager\nLocation: 4400 S Kedzie Ave, Chicago, IL (use the visitor "
        "entrance by dock 3)\n\nPlease reply to confirm. We look forward to meeting you!\n\n"
        "Prairie Line Distribution\n",
        label=lab(
            "2037-04-02 10:30",
            "America/Chicago",
            "America/Chicago",
            company="Prairie Line Distribution",
            role="Operations Supervisor",
            who=["Tonya Briscoe"],
            notes="JazzHR (applytojob.com) with a month-first 04/02/2037 and 'Central Time'.",
        ),
    ),
    vendor(
        DILANI,
        "freshteam-colombo-dashes",
        "interview",
        frm=("Ceylon Spice Exports - Hiring Team", "hiring@ceylonspice.freshteam.com"),
        subject="Interview scheduled - Business Analyst",
        date=dh("2037-04-16 11:05", "Asia/Colombo"),
        body="Dear Dilani,\n\nGreetings from Ceylon Spice Exports!\n\nWe are happy to inform "
        "you that your interview for the Business Analyst position has been scheduled.\n\n"
        "Date : 22-04-2037\nTime : 02:30 PM IST(+05:30)\nMode : In person, No. 45, Galle "
        "Road, Colombo 03\nPanel : Chamari Perera (Head of Business Systems), Nuwan "
        "Jayasuriya (Senior BA)\n\nKindly carry a copy of your NIC.\n\nThanks,\nHiring Team\n"
        "Ceylon Spice Exports\n\nSent via Freshteam\n",
        label=lab(
            "2037-04-22 14:30",
            "Asia/Colombo",
            company="Ceylon Spice Exports",
            role="Business Analyst",
            who=["Chamari Perera", "Nuwan Jayasuriya"],
            notes="Freshteam with a dashed day-first date and 'IST(+05:30)' in Sri Lanka.",
        ),
    ),
    with_cal(
        ELENI,
        "homerun-amsterdam-time",
        "interview",
        event=_ev(
            HOMERUN,
            "2037-05-19 10:00",
            "Europe/Amsterdam",
            60,
            "Interview Eleni / Zoutkeet Studio - Senior UX Researcher",
            organizer=("Zoutkeet Studio", "notifications@homerun.co"),
            attendees=[
                ("Sanne de Wit", "sanne@zoutkeet-studio.example"),
                ("Eleni Papadaki-Moorcroft", "eleni.papadaki@example.com"),
            ],
            location="Google Meet",
        ),
        date=dh("2037-05-11 15:00", "Europe/Amsterdam"),
        style="homerun.co",
        frm=("Sanne from Zoutkeet Studio", "notifications@homerun.co"),
        reply_to=("Sanne de Wit", "sanne@zoutkeet-studio.example"),
        subject="Let's meet! Your interview at Zoutkeet Studio",
        body="Hi Eleni,\n\nWe're excited to meet you! You picked "
        + d("2037-05-19", "uk")
        + ", 10:00 Amsterdam time (that's 11:00 for you in Athens). I'll be your "
        "interviewer, together with our Research Lead Joost Verbeek, who might join for "
        "the last 20 minutes.\n\nSee you soon,\nSanne de Wit\nDesign Director, Zoutkeet Studio\n\n"
        "Sent with Homerun\n",
        ics_mode="attach",
        ics_name="zoutkeet-studio-interview.ics",
        label=lab(
            "2037-05-19 10:00",
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Zoutkeet Studio",
            role="Senior UX Researcher",
            who=["Sanne de Wit", "Joost Verbeek"],
            emails=["sanne@zoutkeet-studio.example"],
            notes="Homerun mail for an Athens user giving the company's zone and the "
            "user's (11:00 in Athens).",
        ),
    ),
    with_cal(
        QUINN,
        "youcanbookme-vancouver",
        "interview",
        event=_ev(
            YCBM,
            "2037-04-21 15:30",
            "America/Vancouver",
            30,
            "Interview with Priyanka Deshmukh (Tidewater Studios)",
            organizer=("Priyanka Deshmukh", "priyanka@tidewater-studios.example"),
            attendees=[("Quinn Adebisi-Larch", "quinn.adebisi@example.com")],
        ),
        date=dh("2037-04-16 22:48", "America/Vancouver"),
        style="youcanbook.me",
        frm=("Priyanka Deshmukh", "notifications@youcanbook.me"),
        reply_to=("Priyanka Deshmukh", "priyanka@tidewater-studios.example"),
        subject="Booking confirmed: Interview with Priyanka Deshmukh",
        body="Hi Quinn,\n\nThanks for booking. Here are your details:\n\nInterview with "
        "Priyanka Deshmukh (Tidewater Studios)\n"
        + d("2037-04-21", "usy")
        + " at "
        + ampm("2037-04-21 15:30")
        + " - "
        + ampm(plus("2037-04-21 15:30", 30))
        + " (America/Vancouver)\n\nPriyanka will call you on the number you entered.\n\n"
        "To cancel or change this booking: https://tidewater.youcanbook.me/cancel/9f2b1c\n\n"
        "Powered by YouCanBook.me\n",
        ics_mode="attach",
        ics_name="booking.ics",
        label=lab(
            "2037-04-21 15:30",
            "America/Vancouver",
            "America/Vancouver",
            company="Tidewater Studios",
            who=["Priyanka Deshmukh"],
            emails=["priyanka@tidewater-studios.example"],
            notes="YouCanBook.me booking made late at night by the user; the booked host "
            "interviews.",
        ),
    ),
    with_cal(
        HUIMIN,
        "zoho-bookings-appointment",
        "interview",
        event=_ev(
            ZOHO_BOOKINGS,
            "2037-04-28 11:00",
            "Asia/Singapore",
            45,
            "Interview - Data Engineer with Kelvin Ong",
            organizer=("Kelvin Ong", "kelvin.ong@straitsgrid.example"),
            attendees=[("Tan Hui Min Rachel", "huimin.tan.rachel@example.com")],
            location="Zoom",
        ),
        date=dh("2037-04-22 20:10", "Asia/Singapore"),
        style="zohobookings.com",
        frm=("StraitsGrid Analytics", "noreply@zohobookings.com"),
        subject="Appointment confirmed: Interview - Data Engineer",
        body="Hi Tan Hui Min Rachel,\n\nYour appointment has been confirmed.\n\nService: "
        "Interview - Data Engineer\nStaff: Kelvin Ong\nDate & Time: 28 Apr 2037 | 11:00 AM "
        "- 11:45 AM (Asia/Singapore)\nLocation: Zoom (https://zoom.us/j/93817260544)\n\n"
        "Reschedule | Cancel\n\nStraitsGrid Analytics\n",
        ics_mode="attach",
        ics_name="appointment.ics",
        label=lab(
            "2037-04-28 11:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="StraitsGrid Analytics",
            role="Data Engineer",
            who=["Kelvin Ong"],
            emails=["kelvin.ong@straitsgrid.example"],
            notes="Zoho Bookings calls the interview an 'appointment' with a 'Staff:' line.",
        ),
    ),
    with_cal(
        CAIO,
        "doodle-final-option",
        "interview",
        event=_ev(
            DOODLE,
            "2037-05-06 10:00",
            "America/Sao_Paulo",
            60,
            "Interview: Caio / Product Analyst (final round)",
            organizer=("Renata Falcão", "renata.falcao@jabuticaba-games.example"),
            attendees=[("Caio Menezes-Hartley", "caio.menezes@example.org")],
            description="Final round with Renata Falcão and Otávio Lins.",
        ),
        date=dh("2037-04-29 18:05", "America/Sao_Paulo"),
        style="doodle.com",
        frm=("Doodle", "mailer@doodle.com"),
        subject='Renata Falcão has chosen the final option for "Interview: Caio / Product '
        'Analyst (final round)"',
        body='Hi Caio,\n\nRenata Falcão has closed the poll "Interview: Caio / Product Analyst '
        '(final round)" and chosen the final option:\n\n'
        + d("2037-05-06", "usy")
        + " "
        + t12("2037-05-06 10:00")
        + " - "
        + t12("2037-05-06 11:00")
        + " (America/Sao_Paulo)\n\nDescription: Final round with Renata Falcão and Otávio "
        "Lins.\nLocation: Jabuticaba Games, Av. Paulista 1100, 9º andar\n\nAdd to calendar: "
        "the event is attached.\n\nDoodle\n",
        ics_mode="attach",
        ics_name="doodle.ics",
        label=lab(
            "2037-05-06 10:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Jabuticaba Games",
            role="Product Analyst",
            who=["Renata Falcão", "Otávio Lins"],
            emails=["renata.falcao@jabuticaba-games.example"],
            notes="A Doodle poll closed on a final option; the interviewers are named only in "
            "the poll's description.",
        ),
    ),
    html_mail(
        GARRICK,
        "phenom-eastern-time",
        "interview",
        frm=("Great Lakes Axle Careers", "careers@axle.phenompeople.com"),
        subject="Interview Confirmation - Manufacturing Engineer (R-88214)",
        date=dh("2037-04-24 07:30", "America/Detroit"),
        markup='<table width="100%"><tr><td><img alt="Great Lakes Axle"></td></tr>'
        "<tr><td><p>Dear Garrick,</p><p>Thank you for your continued interest in Great "
        "Lakes Axle. Your interview for <strong>Manufacturing Engineer (R-88214)</strong> "
        "is scheduled on <strong>"
        + d("2037-05-01", "usy")
        + " at 9:00 AM ET</strong> (Eastern Time).</p><p><strong>Interviewer(s):</strong> "
        "Roberta Quintanilla, Plant Engineering Manager; Kwame Boadu, Process Engineer</p>"
        "<p><strong>Location:</strong> Sterling Heights Plant, Building C lobby</p><p>Please "
        "wear closed-toe shoes; safety glasses will be provided for the plant tour.</p>"
        "<p>Talent Acquisition<br>Great Lakes Axle</p></td></tr></table>",
        label=lab(
            "2037-05-01 09:00",
            "America/Detroit",
            "America/New_York",
            company="Great Lakes Axle",
            role="Manufacturing Engineer",
            who=["Roberta Quintanilla", "Kwame Boadu"],
            notes="Phenom template, HTML table layout; 'ET (Eastern Time)' for a Detroit user.",
        ),
    ),
    with_cal(
        FAISAL,
        "ms-bookings-dubai-hour",
        "interview",
        event=_ev(
            OUTLOOK,
            "2037-05-18 10:00",
            "Arabian Standard Time",
            30,
            "First interview - Procurement Lead",
            organizer=("Falaj Holdings Talent", "TalentBookings@falajholdings.example"),
            attendees=[
                ("Sana Malik", "sana.malik@falajholdings.example"),
                ("Faisal Al-Otaibi Grantham", "faisal.alotaibi@example.com"),
            ],
            location="Microsoft Teams Meeting",
        ),
        date=dh("2037-05-12 15:05", "Asia/Riyadh"),
        style="outlook",
        frm=("Falaj Holdings Talent", "TalentBookings@falajholdings.example"),
        subject="Your booking is confirmed: First interview - Procurement Lead",
        rich='<html><body><div style="font-family:Segoe UI"><h2>Booking confirmed</h2>'
        "<p>Hi Faisal Al-Otaibi Grantham,</p><p>Thanks for booking with Falaj Holdings "
        "Talent.</p><table><tr><td>Service</td><td>First interview - Procurement Lead</td>"
        "</tr><tr><td>Staff</td><td>Sana Malik</td></tr><tr><td>Date and time</td><td>"
        "5/18/2037 10:00 AM (UTC+04:00) Abu Dhabi, Muscat</td></tr><tr><td>Location</td>"
        "<td>Microsoft Teams meeting</td></tr></table><p>Manage booking: https://outlook."
        "office365.com/owa/calendar/FalajTalent@falajholdings.example/bookings/</p>"
        "</div></body></html>",
        ics_mode="attach",
        ics_name="invite.ics",
        label=lab(
            "2037-05-18 10:00",
            "Arabian Standard Time",
            "Asia/Dubai",
            company="Falaj Holdings",
            role="Procurement Lead",
            who=["Sana Malik"],
            emails=["sana.malik@falajholdings.example"],
            notes="A Microsoft Bookings confirmation (HTML only) in Dubai time for a Riyadh "
            "user, an hour behind; month-first '5/18/2037'; the 'Staff' line names the "
            "interviewer.",
        ),
    ),
    vendor(
        DAKOTA,
        "paylocity-reminder-tomorrow",
        "interview",
        frm=("Front Range Rail Services", "noreply@paylocity.com"),
        reply_to=("Luz Caballero", "lcaballero@frontrange-rail.example"),
        subject="Reminder: Interview tomorrow - Signal Maintainer Trainee",
        date=dh("2037-05-20 12:00", "America/Denver"),
        body="Hello Dakota,\n\nThis is a reminder of your interview tomorrow.\n\nPosition: "
        "Signal Maintainer Trainee\nDate: 05/21/2037\nTime: 9:30 AM MDT\nInterviewer: Luz "
        "Caballero, Signal Supervisor\nLocation: 5100 E 48th Ave, Denver, CO (yard office, "
        "gate 2)\n\nSteel-toe boots are required for the yard walk.\n\nFront Range Rail "
        "Services\nSent via Paylocity Recruiting\n",
        label=lab(
            "2037-05-21 09:30",
            "America/Denver",
            company="Front Range Rail Services",
            role="Signal Maintainer Trainee",
            who=["Luz Caballero"],
            notes="Paylocity reminder the day before; month-first date, 'MDT' only.",
        ),
    ),
]
