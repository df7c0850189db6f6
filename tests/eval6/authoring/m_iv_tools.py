"""Interviews booked through applicant-tracking systems and schedulers."""

from __future__ import annotations

from .base import (
    AINO,
    CALLUM,
    GWEN,
    LIESL,
    MARISOL,
    NOELANI,
    RASHID,
    SANNE,
    TUNDE,
    ats,
    d,
    dh,
    invite,
    iso,
    iv,
    t12,
)

MESSAGES = []

# Greenhouse: onsite with an agenda table, Honolulu user, LA company, UTC-less text.
MESSAGES.append(
    ats(
        NOELANI,
        "greenhouse-honolulu-agenda",
        "interview",
        frm=("Pikake Labs Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Kimi Nakasone", "kimi.nakasone@pikakelabs.example"),
        subject="Your virtual onsite with Pikake Labs – Staff Frontend Engineer",
        date=dh("2028-03-08 09:15", "America/Los_Angeles"),
        body="Hi Noelani,\n\nHere is the itinerary for your virtual onsite on "
        f"{d('2028-03-16', 'usy')}. All times are shown in Hawaii-Aleutian Standard Time.\n\n"
        "Time | Session | Interviewer\n"
        "9:00 AM – 9:45 AM | Frontend architecture | Keoni Alapa'i\n"
        "9:45 AM – 10:30 AM | Pair programming | Rhiannon O'Sullivan-Park\n"
        "10:45 AM – 11:15 AM | Values | Beatrix Lund\n\n"
        "Each session has its own Zoom link in the calendar invitation. I'm your point of "
        "contact for anything logistical.\n\nKimi Nakasone\nRecruiting Coordinator",
        label=iv(
            iso("2028-03-16 09:00", "Pacific/Honolulu"),
            "Pacific/Honolulu",
            company="Pikake Labs",
            role="Staff Frontend Engineer",
            interviewers=["Keoni Alapa'i", "Rhiannon O'Sullivan-Park", "Beatrix Lund"],
            notes="Greenhouse itinerary table in Hawaii time (no DST: 3 hours behind LA after "
            "12 March); coordinator excluded.",
        ),
    )
)

# Lever: HTML only, Johannesburg, ymd user, date written 2028/03/14.
MESSAGES.append(
    ats(
        LIESL,
        "lever-joburg-htmlonly",
        "interview",
        frm=("Karoo Analytics", "no-reply@hire.lever.co"),
        reply_to=("Sipho Ndlovu", "sipho.ndlovu@karooanalytics.example"),
        subject="Interview confirmed: Analytics Engineer at Karoo Analytics",
        date=dh("2028-03-07 10:30", "Africa/Johannesburg"),
        body="Hi Liesl,\n\nYour interview is confirmed.\n\nWhen: 2028/03/14, 10:30 – 11:30 "
        "SAST\nWith: Sipho Ndlovu (Head of Data), Marthinus van Rensburg (Senior Analytics "
        "Engineer)\nWhere: Google Meet – meet.google.com/kro-anly-tcs\n\nThanks,\nKaroo "
        "Analytics Talent Team",
        html_only=True,
        label=iv(
            iso("2028-03-14 10:30", "Africa/Johannesburg"),
            None,
            company="Karoo Analytics",
            role="Analytics Engineer",
            interviewers=["Sipho Ndlovu", "Marthinus van Rensburg"],
            emails=["sipho.ndlovu@karooanalytics.example"],
            notes="Lever, HTML only; ISO-like slashed date; 'SAST' only.",
        ),
    )
)

# Workday: Adelaide (+10:30 daylight, ends 2 April), Perth-based company writes AWST.
MESSAGES.append(
    ats(
        CALLUM,
        "workday-adelaide-awst",
        "interview",
        frm=("Nullarbor Mining Careers", "nullarbormining@myworkday.com"),
        subject="Interview Scheduled - Senior Geotechnical Engineer (R-20417)",
        date=dh("2028-03-01 14:00", "Australia/Perth"),
        body="Dear Callum Baird-Nicholls,\n\nAn interview has been scheduled for the Senior "
        "Geotechnical Engineer (R-20417) position.\n\nDate: 09/03/2028\nTime: 10:00 AM - "
        "11:00 AM (GMT+08:00) Australia/Perth\nInterviewers: Graham Tuckwell; Dr Priyanka "
        "Raghunathan\nLocation: Microsoft Teams\n\nPlease note the time is Perth time.\n\n"
        "Nullarbor Mining Talent Acquisition",
        label=iv(
            iso("2028-03-09 10:00", "Australia/Perth"),
            "Australia/Perth",
            company="Nullarbor Mining",
            role="Senior Geotechnical Engineer",
            interviewers=["Graham Tuckwell", "Priyanka Raghunathan"],
            notes="Workday dd/mm date in Perth time; the Adelaide user is 2.5 hours ahead.",
        ),
    )
)

# Ashby with an .ics in UTC; Helsinki user, interview right after the EU switch.
MESSAGES.append(
    invite(
        AINO,
        "ashby-helsinki-utc",
        "interview",
        frm=("Revontuli Games", "no-reply@ashbyhq.com"),
        reply_to=("Tuomas Lehtinen", "tuomas.lehtinen@revontuli.example"),
        subject="Interview confirmation: Game Economy Designer at Revontuli Games",
        date=dh("2028-03-22 12:00", "Europe/Helsinki"),
        body="Hi Aino,\n\nYour interview with Revontuli Games is confirmed.\n\nGame Economy "
        f"Designer – Design deep-dive\n{d('2028-03-28', 'usy')}, 13:00 – 14:30 (Eastern European "
        "Summer Time - Helsinki)\n\nInterviewers\nTuomas Lehtinen – Lead Designer\nSaara "
        "Häkkinen-Aho – Producer\n\nJoin: the Google Meet link is in the calendar event.",
        label=iv(
            iso("2028-03-28 13:00", "Europe/Helsinki"),
            "Europe/Helsinki",
            company="Revontuli Games",
            role="Game Economy Designer",
            interviewers=["Tuomas Lehtinen", "Saara Häkkinen-Aho"],
            emails=["tuomas.lehtinen@revontuli.example"],
            notes="Ashby .ics in UTC; two days after the EU switch (+03:00).",
        ),
        start="2028-03-28 13:00",
        zone=None,
        utc_zone="Europe/Helsinki",
        minutes=90,
        summary="Revontuli Games – Game Economy Designer – Design deep-dive",
        organizer=("Revontuli Games", "no-reply@ashbyhq.com"),
        attendees=[("Tuomas Lehtinen", "tuomas.lehtinen@revontuli.example")],
        prodid="-//Ashby//Ashby Scheduling//EN",
        ics_name="interview.ics",
    )
)

# SmartRecruiters, Lagos: 'WAT' and a 24h time.
MESSAGES.append(
    ats(
        TUNDE,
        "smartrecruiters-lagos-wat",
        "interview",
        frm=("Eko Freight via SmartRecruiters", "ekofreight@smartrecruiters.com"),
        subject="Interview invitation: Logistics Systems Analyst",
        date=dh("2028-03-13 09:00", "Africa/Lagos"),
        body="Dear Babatunde,\n\nThank you for your interest in Eko Freight. We would like to "
        "invite you to an interview for the Logistics Systems Analyst position.\n\nDate: "
        "Friday, 17 March 2028\nTime: 14:00 WAT\nInterviewer: Mrs. Folasade Adeyemi-Bakare, "
        "Head of IT\nVenue: 12 Creek Road, Apapa, Lagos (please bring a valid ID)\n\nKind "
        "regards,\nEko Freight Recruitment",
        label=iv(
            iso("2028-03-17 14:00", "Africa/Lagos"),
            None,
            company="Eko Freight",
            role="Logistics Systems Analyst",
            interviewers=["Folasade Adeyemi-Bakare"],
            notes="In-person; 'WAT' abbreviation only; Mrs. dropped.",
        ),
    )
)

# iCIMS: Phoenix (MST all year), text says 'Arizona time'.
MESSAGES.append(
    ats(
        MARISOL,
        "icims-phoenix-arizona-time",
        "interview",
        frm=("Saguaro Health Careers", "saguarohealth@talent.icims.com"),
        subject="Interview scheduled: Clinical Informatics Specialist (Req 58213)",
        date=dh("2028-03-10 15:30", "America/Phoenix"),
        body="Hello Marisol,\n\nYour video interview for Clinical Informatics Specialist "
        f"(Req 58213) is scheduled for {d('2028-03-15', 'us')} at {t12('2028-03-15 08:30')} "
        "Arizona time.\n\nYou will meet with Dana Whitehorse, Director of Clinical "
        "Informatics.\n\nThis mailbox is not monitored. Please do not reply.",
        label=iv(
            iso("2028-03-15 08:30", "America/Phoenix"),
            "America/Phoenix",
            company="Saguaro Health",
            role="Clinical Informatics Specialist",
            interviewers=["Dana Whitehorse"],
            notes="'Arizona time' = Phoenix, no DST (-07:00 after the US switch).",
        ),
    )
)

# Calendly with the display zone Gulf time; Dubai user.
MESSAGES.append(
    invite(
        RASHID,
        "calendly-dubai-hm",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Hessa Al-Marri", "hessa.almarri@dunefintech.example"),
        subject="New Event: Rashid Al-Mansoori - 11:00 Wed, 8 Mar 2028 - Interview: Risk Lead",
        date=dh("2028-03-04 18:22", "Asia/Dubai"),
        body="Hi Rashid Al-Mansoori,\n\nA new event has been scheduled.\n\nEvent Type:\n"
        "Interview: Risk Lead (Dune Fintech)\n\nInvitee:\nRashid Al-Mansoori\n\nEvent "
        "Date/Time:\n11:00 - Wednesday, 8 March 2028 (Gulf Standard Time)\n\nHost:\nHessa "
        "Al-Marri, Chief Risk Officer\n\nLocation:\nThis is a Zoom web conference.\n\n"
        "Cancel | Reschedule",
        label=iv(
            iso("2028-03-08 11:00", "Asia/Dubai"),
            "Asia/Dubai",
            company="Dune Fintech",
            role="Risk Lead",
            interviewers=["Hessa Al-Marri"],
            emails=["hessa.almarri@dunefintech.example"],
            notes="Calendly; host is the interviewer.",
        ),
        start="2028-03-08 11:00",
        zone="Asia/Dubai",
        minutes=45,
        summary="Interview: Risk Lead (Dune Fintech) between Hessa Al-Marri and Rashid Al-Mansoori",
        organizer=("Hessa Al-Marri", "hessa.almarri@dunefintech.example"),
        prodid="-//Calendly//EN",
        ics_name="invite.ics",
    )
)

# GoodTime: London user, NY company, the week NY is 4 hours behind.
MESSAGES.append(
    ats(
        GWEN,
        "goodtime-london-ny-gap",
        "interview",
        frm=("Hudson Quay Capital Recruiting", "scheduling@goodtime.io"),
        reply_to=("Marcy Velez", "marcy.velez@hudsonquay.example"),
        subject="Confirmed: Your interviews with Hudson Quay Capital",
        date=dh("2028-03-14 12:00", "America/New_York"),
        body="Hi Gwenllian,\n\nYour interviews are confirmed. Times are in your time zone "
        "(Europe/London).\n\nThursday, March 23, 2028\n"
        "15:00 – 15:45  Credit modelling – Ezra Baptiste\n"
        "15:45 – 16:30  Case study – Yolanda Griffiths-Obi\n\n"
        "Please join 5 minutes early. Questions? Reply to this email.\n\nGoodTime on behalf "
        "of Hudson Quay Capital",
        label=iv(
            iso("2028-03-23 15:00", "Europe/London"),
            "Europe/London",
            company="Hudson Quay Capital",
            role=None,
            interviewers=["Ezra Baptiste", "Yolanda Griffiths-Obi"],
            notes="GoodTime itinerary in the candidate's zone (London, still GMT); 11:00 in NY.",
        ),
    )
)

# HubSpot Meetings booking: Amsterdam.
MESSAGES.append(
    invite(
        SANNE,
        "hubspot-meetings-amsterdam",
        "interview",
        frm=("Joost Kramer", "joost.kramer@grachtenlabs.example"),
        sender="HubSpot Meetings <meetings@hubspot.com>",
        subject="Gesprek bevestigd: Joost Kramer / Sanne Verhoeven – Interview Head of Growth",
        date=dh("2028-03-24 11:03", "Europe/Amsterdam"),
        body="Hi Sanne,\n\nYour meeting is booked: Interview Head of Growth – Grachten Labs\n"
        "Monday, March 27, 2028 16:00 - 16:45 (CEST)\n\nJoost Kramer (CEO) will call you via "
        "the Google Meet link in the invite.\n\nBooked with HubSpot Meetings",
        label=iv(
            iso("2028-03-27 16:00", "Europe/Amsterdam"),
            "Europe/Amsterdam",
            company="Grachten Labs",
            role="Head of Growth",
            interviewers=["Joost Kramer"],
            emails=["joost.kramer@grachtenlabs.example"],
            notes="HubSpot Meetings; Dutch subject; the day after the EU switch (CEST).",
        ),
        start="2028-03-27 16:00",
        zone="Europe/Amsterdam",
        minutes=45,
        summary="Interview Head of Growth – Grachten Labs",
        organizer=("Joost Kramer", "joost.kramer@grachtenlabs.example"),
        attendees=[("Sanne Verhoeven", "sanne.verhoeven@example.com")],
        prodid="-//HubSpot//Meetings//EN",
        ics_name="meeting.ics",
    )
)

# Jobvite: Nairobi user, interview in London time with an explicit conversion.
MESSAGES.append(
    ats(
        TUNDE,
        "jobvite-lagos-london-panel",
        "interview",
        frm=("Thamesbridge Insurance", "notification@jobvite.com"),
        reply_to=("Priyanka Sood", "careers@thamesbridge.example"),
        subject="Interview Confirmation - Actuarial Data Scientist",
        date=dh("2028-03-20 16:00", "Europe/London"),
        body="Dear Babatunde Oyelaran,\n\nWe are pleased to confirm your panel interview:\n\n"
        "Date: Tuesday 28 March 2028\nTime: 11:00 – 12:00 UK time (BST)\nPanel: Harriet "
        "Okonkwo-Blythe (Chief Actuary), Samuel Pruett (Data Science Manager)\nFormat: "
        "Microsoft Teams\n\nKind regards,\nPriyanka Sood\nTalent Acquisition",
        label=iv(
            iso("2028-03-28 11:00", "Europe/London"),
            "Europe/London",
            company="Thamesbridge Insurance",
            role="Actuarial Data Scientist",
            interviewers=["Harriet Okonkwo-Blythe", "Samuel Pruett"],
            notes="After the UK switch: BST, same clock as Lagos (+01:00).",
        ),
    )
)

# Taleo: old-fashioned text, mdy numeric.
MESSAGES.append(
    ats(
        MARISOL,
        "taleo-phoenix-utility",
        "interview",
        frm=("Copper State Utilities", "copperstate@taleo.net"),
        subject="Copper State Utilities - Interview Scheduled - Req 28-0193 GIS Analyst II",
        date=dh("2028-03-27 07:45", "America/Phoenix"),
        body="Marisol Yazzie,\n\nYou have been scheduled for an interview for the following "
        "position: GIS Analyst II (28-0193)\n\nInterview Date: 04/04/2028\nInterview Time: "
        "1:30 PM MST\nInterview Location: 4400 N. Central Ave., Phoenix, AZ, Room 3B\n"
        "Interview Panel: R. Castañeda; L. Begay; T. Whitfield\n\nPlease arrive 15 minutes "
        "early.\n\nThis is an automated message.",
        label=iv(
            iso("2028-04-04 13:30", "America/Phoenix"),
            None,
            company="Copper State Utilities",
            role="GIS Analyst II",
            interviewers=["R. Castañeda", "L. Begay", "T. Whitfield"],
            notes="Taleo; panel given as initials; MST is right in Arizona.",
        ),
    )
)

# SAP SuccessFactors, Helsinki: 'EET' in the subject style of SAP.
MESSAGES.append(
    ats(
        AINO,
        "successfactors-helsinki-plant",
        "interview",
        frm=("Saimaa Paper Oyj", "noreply@successfactors.eu"),
        subject="Interview invitation – Process Engineer (Job Req ID 4471)",
        date=dh("2028-03-02 13:00", "Europe/Helsinki"),
        body="Dear Aino Kettunen,\n\nThank you for applying. We invite you to an interview:"
        f"\n\nDate and time: {d('2028-03-09', 'uky')}, 10:00 (EET)\nInterviewers: Jari "
        "Mononen (Production Manager), Elina Sundqvist (HR Business Partner)\nPlace: Saimaa "
        "Paper mill, gate 2, Imatra\n\nBest regards,\nSaimaa Paper Recruiting",
        label=iv(
            iso("2028-03-09 10:00", "Europe/Helsinki"),
            None,
            company="Saimaa Paper Oyj",
            role="Process Engineer",
            interviewers=["Jari Mononen", "Elina Sundqvist"],
            notes="SuccessFactors; HR partner sits in the interview, so counts.",
        ),
    )
)
