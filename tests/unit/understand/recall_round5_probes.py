"""Probe mail for recall round 5: interview confirmations in the shapes real mailboxes hold.

Written from scratch for these tests (invented people and companies under reserved names),
none copied from an evaluation set. Each probe states what it must be read as: the kind,
the start as wall time in a named zone, and the interviewer names that must be found.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Probe:
    """One message and what it must be read as."""

    key: str
    sender: str
    subject: str
    body: str
    kind: str = "interview"
    start: tuple[int, int, int, int, int, str] | None = None
    """(year, month, day, hour, minute, IANA zone) of the start."""
    names: tuple[str, ...] = ()
    """Interviewer names that must all be found (others may be found too)."""
    user: str = "us"
    """Which user receives it: "us" (New York, mdy), "uk", "de", "fr", "es"."""
    html: str | None = None


NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
PAR = "Europe/Paris"
MAD = "Europe/Madrid"
LA = "America/Los_Angeles"
CHI = "America/Chicago"

INTERVIEWS: tuple[Probe, ...] = (
    # --- ATS confirmations -------------------------------------------------------------
    Probe(
        "greenhouse_confirmation",
        "Talent Team at Brightwell <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Brightwell - Senior Data Engineer",
        "Hi Alex,\n\nThank you for taking the time to speak with us. Your interview for the "
        "Senior Data Engineer position has been confirmed.\n\nInterview details\n"
        "Date: Tuesday, March 10, 2026\nTime: 1:00 PM - 2:00 PM EST\n"
        "Interviewer(s): Maya Lindqvist, Engineering Manager\n"
        "Location: Google Meet - https://meet.google.com/abc-defg-hij\n\n"
        "If you need to reschedule, please reply to this email.\n\nBest,\nBrightwell Recruiting",
        start=(2026, 3, 10, 13, 0, NY),
        names=("Maya Lindqvist",),
    ),
    Probe(
        "lever_scheduled",
        "Orbitline Recruiting <no-reply@hire.lever.co>",
        "Your interview with Orbitline has been scheduled",
        "Hi Alex,\n\nYour interview with Orbitline has been scheduled. Here are the details:\n\n"
        "Wednesday, March 11\n10:30am - 11:15am (America/Los_Angeles)\n\n"
        "Interviewers\nDevon Achebe - Product Lead\nSusan Park - Senior Designer\n\n"
        "Video: https://zoom.us/j/94811223344\n\nWe look forward to speaking with you!",
        start=(2026, 3, 11, 10, 30, LA),
        names=("Devon Achebe", "Susan Park"),
    ),
    Probe(
        "workday_scheduled",
        "Kestrel Health Careers <kestrelhealth@myworkday.com>",
        "Interview Scheduled - Clinical Data Analyst (R-20418)",
        "Dear Alex Morgan,\n\nAn interview has been scheduled for you for the position of "
        "Clinical Data Analyst (R-20418).\n\nInterview Date: 03/12/2026\nStart Time: 09:00 AM "
        "Central Time\nEnd Time: 10:00 AM Central Time\nInterviewer: Raymond Oduya\n"
        "Location: Microsoft Teams (link to follow)\n\nSincerely,\nKestrel Health Talent "
        "Acquisition",
        start=(2026, 3, 12, 9, 0, CHI),
        names=("Raymond Oduya",),
    ),
    Probe(
        "ashby_confirmed",
        "Fennel Labs <no-reply@ashbyhq.com>",
        "Confirmed: Technical Interview with Fennel Labs",
        "Hi Alex,\n\nYour Technical Interview with Fennel Labs is confirmed.\n\n"
        "When: Thursday, March 12, 2026 3:00 PM - 4:00 PM (Eastern Time)\n"
        "Where: https://fennel.zoom.us/j/8812345678\nWith: Ingrid Halvorsen, Tomás Rivera\n\n"
        "Need to make a change? Reply to this email and we'll help.\n\n"
        "Powered by Ashby",
        start=(2026, 3, 12, 15, 0, NY),
        names=("Ingrid Halvorsen", "Tomás Rivera"),
    ),
    Probe(
        "smartrecruiters_invite",
        "Talent Acquisition <no-reply@smartrecruiters.com>",
        "Interview confirmed for Logistics Coordinator",
        "Dear Alex,\n\nThank you for scheduling your interview for the Logistics Coordinator "
        "position at Harbourside Freight.\n\nYour interview is confirmed for Friday, March 13 "
        "at 11:00 AM (GMT-05:00) Eastern Time with Gloria Mensah.\n\nPlease arrive ten "
        "minutes early at 200 Pier Road, Reception B.\n\nKind regards,\nHarbourside Freight",
        start=(2026, 3, 13, 11, 0, NY),
        names=("Gloria Mensah",),
    ),
    Probe(
        "icims_interview",
        "Ridgeway Bank Careers <careers@talent.icims.com>",
        "Ridgeway Bank - Interview Details",
        "Dear Alex,\n\nWe are pleased to invite you to interview for the Branch Operations "
        "Lead position (Req #51872).\n\nDate: Monday, March 16, 2026\nTime: 2:30 PM EST\n"
        "Interview type: Video (Microsoft Teams)\nYou will meet with: Harold Nguyen, Regional "
        "Manager, and Beatrice Cole, HR Business Partner\n\nThank you,\nRidgeway Bank Talent "
        "Acquisition",
        start=(2026, 3, 16, 14, 30, NY),
        names=("Harold Nguyen", "Beatrice Cole"),
    ),
    Probe(
        "jobvite_confirmation",
        "Caldera Games <notification@jobvite.com>",
        "Interview Confirmation - QA Engineer",
        "Hello Alex,\n\nThis email is to confirm your interview for QA Engineer at Caldera "
        "Games.\n\nTue, Mar 17, 2026 at 4:00 PM (EDT)\nDuration: 45 minutes\nInterviewer: "
        "Nikolai Petrov\nPhone: Nikolai will call you at the number on your application.\n\n"
        "Good luck!\nCaldera Games Recruiting",
        start=(2026, 3, 17, 16, 0, NY),
        names=("Nikolai Petrov",),
    ),
    Probe(
        "teamtailor_booked",
        "Nordlys AB <notifications@teamtailor-mail.com>",
        "Interview booked with Nordlys AB",
        "Hi Sam,\n\nThanks for booking a time! Here's a summary of your interview.\n\n"
        "Job: Customer Success Manager\nWhen: Wednesday 18 March 2026, 10:00 - 10:45 (GMT)\n"
        "Where: Teams link in the calendar invite\nWho: Linnea Berg, Head of Customer "
        "Success\n\nSee you soon!\nNordlys AB",
        start=(2026, 3, 18, 10, 0, LON),
        names=("Linnea Berg",),
        user="uk",
    ),
    Probe(
        "personio_de",
        "Bergwerk Software GmbH <jobs@bergwerk.jobs.personio.de>",
        "Einladung zum Vorstellungsgespräch - Backend Entwickler (m/w/d)",
        "Hallo Jonas Weber,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem "
        "Vorstellungsgespräch einzuladen.\n\nTermin: Di., 10.03. um 10:30 Uhr\nOrt: "
        "Bergwerk Software GmbH, Hafenstraße 12, 20457 Hamburg\nGesprächspartner: Frau Dr. "
        "Katrin Vogel (Teamleitung Backend)\n\nMit freundlichen Grüßen\nIhr Bergwerk Team",
        start=(2026, 3, 10, 10, 30, BER),
        names=("Katrin Vogel",),
        user="de",
    ),
    Probe(
        "recruitee_confirmed",
        "Vantage Studio <no-reply@recruitee.com>",
        "Your interview with Vantage Studio is confirmed",
        "Hi Sam,\n\nYour interview for the Motion Designer role is confirmed for Thursday, "
        "19 March 2026 at 14:00 (Europe/London).\n\nYou'll be meeting Oskar Janssen, Creative "
        "Director.\nJoin via Google Meet: https://meet.google.com/xyz-abcd-efg\n\n"
        "Best regards,\nVantage Studio",
        start=(2026, 3, 19, 14, 0, LON),
        names=("Oskar Janssen",),
        user="uk",
    ),
    Probe(
        "bamboohr_interview",
        "Pinecrest Dental <notifications@app.bamboohr.com>",
        "Interview for Office Manager at Pinecrest Dental",
        "Hi Alex,\n\nWe're excited to meet you! Your interview has been set for Friday, "
        "March 20 at 9:30 AM Mountain Time at our Boulder office (4410 Arapahoe Ave).\n"
        "You'll meet with Dr. Helen Marsh and our practice lead, Carlos Ibarra.\n\n"
        "Thanks,\nPinecrest Dental Hiring Team",
        start=(2026, 3, 20, 9, 30, "America/Denver"),
        names=("Helen Marsh", "Carlos Ibarra"),
    ),
    Probe(
        "workable_video",
        "Solace Analytics <noreply@candidates.workablemail.com>",
        "Video interview scheduled - Solace Analytics",
        "Hi Sam,\n\nYour video interview for the Data Scientist role at Solace Analytics has "
        "been scheduled.\n\nDate: 23 March 2026\nTime: 15:30 GMT\nInterviewer: Priya "
        "Raghunathan\n\nYou can join the call at: https://solace.whereby.com/interview\n\n"
        "Regards,\nSolace Analytics",
        start=(2026, 3, 23, 15, 30, LON),
        names=("Priya Raghunathan",),
        user="uk",
    ),
    Probe(
        "pinpoint_confirmed",
        "Holloway Group <notifications@pinpointhq.com>",
        "Interview confirmed: Finance Business Partner",
        "Dear Sam,\n\nThank you for choosing a time. Your first stage interview is confirmed:"
        "\n\nTuesday 24 March 2026\n11:00am - 11:45am BST\nwith Fiona Galloway (Finance "
        "Director)\n\nThe interview will be held on Microsoft Teams; the joining link is in "
        "your calendar invitation.\n\nKind regards,\nHolloway Group Talent Team",
        start=(2026, 3, 24, 11, 0, LON),
        names=("Fiona Galloway",),
        user="uk",
    ),
    Probe(
        "rippling_ats",
        "Quarry Robotics <no-reply@ats.rippling.com>",
        "Quarry Robotics: your onsite interview",
        "Hi Alex,\n\nWe're looking forward to hosting you onsite! Here is your schedule for "
        "Wednesday, March 25, 2026 (Pacific Time):\n\n10:00 AM - 10:45 AM  Hiring Manager - "
        "Elena Sokolova\n10:45 AM - 11:30 AM  Systems Design - Marcus Bell\n11:30 AM - 12:15 "
        "PM  Lunch with the team\n12:15 PM - 1:00 PM  Culture - Aisha Rahman\n\nAddress: 88 "
        "Foundry Lane, Oakland CA\n\nQuarry Robotics Recruiting",
        start=(2026, 3, 25, 10, 0, LA),
        names=("Elena Sokolova", "Marcus Bell", "Aisha Rahman"),
    ),
    Probe(
        "gem_scheduling_confirm",
        "Jordan Blake <jordan.blake@tidewater.example>",
        "Confirmed: Tidewater / Alex Morgan - Recruiter Screen",
        "Hi Alex,\n\nYou're all set! Your recruiter screen with me is confirmed for Monday, "
        "March 9 at 12:30 PM ET. I'll call you at (917) 555-0148.\n\nTalk soon,\nJordan Blake"
        "\nTechnical Recruiter, Tidewater\n\nSent via Gem",
        start=(2026, 3, 9, 12, 30, NY),
        names=("Jordan Blake",),
    ),
    Probe(
        "paradox_olivia",
        "Olivia at FreshMart <olivia@paradox.ai>",
        "Your interview at FreshMart",
        "Hi Alex! This is Olivia, FreshMart's virtual assistant. You're all set for your "
        "interview for Shift Supervisor on Thu 3/12 at 4:30 PM at FreshMart #2214, 90 Main "
        "St. You'll be meeting with Store Manager Denise Walker. Reply R to reschedule.",
        start=(2026, 3, 12, 16, 30, NY),
        names=("Denise Walker",),
    ),
    Probe(
        "hirevue_live",
        "Meridian Insurance <noreply@hirevue.com>",
        "Live Interview Scheduled: Meridian Insurance",
        "Alex Morgan,\n\nYou have been scheduled for a live video interview with Meridian "
        "Insurance.\n\nPosition: Claims Adjuster\nDate/Time: March 11, 2026 1:00 PM Eastern "
        "Standard Time\nInterviewer: Tom Gallagher\n\nTo join, click the link below 5 minutes "
        "before your start time.\nhttps://app.hirevue.com/interviews/live/abc123\n\n"
        "Meridian Insurance",
        start=(2026, 3, 11, 13, 0, NY),
        names=("Tom Gallagher",),
    ),
    # --- scheduling tools --------------------------------------------------------------
    Probe(
        "calendly_new_event",
        "Calendly <notifications@calendly.com>",
        "Confirmed: 30 Minute Interview with Rachel Kim on Tuesday, March 10, 2026",
        "Hi Alex Morgan,\n\nYour 30 Minute Interview with Rachel Kim at 11:00am - 11:30am "
        "(Eastern Time - US & Canada) on Tuesday, March 10, 2026 is scheduled.\n\n"
        "Event Type: 30 Minute Interview\nLocation: This is a Zoom web conference.\n\n"
        "Cancel or reschedule: https://calendly.com/cancellations/abc",
        start=(2026, 3, 10, 11, 0, NY),
        names=("Rachel Kim",),
    ),
    Probe(
        "calcom_booking",
        "Cal.com <hello@cal.com>",
        "Confirmed: Technical Screen between Arjun Mehta and Alex Morgan @ Wed Mar 11, 2026",
        "Your meeting has been booked\n\nWhat\nTechnical Screen between Arjun Mehta and Alex "
        "Morgan\n\nWhen\nWednesday, March 11, 2026 2:00pm - 2:45pm (America/New_York)\n\n"
        "Who\nArjun Mehta - Organizer\nAlex Morgan\n\nWhere\nCal Video\n\nNeed to make a "
        "change? Reschedule or Cancel",
        start=(2026, 3, 11, 14, 0, NY),
        names=("Arjun Mehta",),
    ),
    Probe(
        "ms_bookings",
        "Lakeshore Consulting Bookings <bookings@lakeshore.example>",
        "Your booking is confirmed: Interview - Associate Consultant",
        "Hi Alex Morgan,\n\nThanks for booking with Lakeshore Consulting.\n\nService: "
        "Interview - Associate Consultant\nStaff: Olivia Brennan\nDate and time: 3/12/2026 "
        "10:00 AM (UTC-05:00) Eastern Time (US & Canada)\nDuration: 1 hour\n\nJoin your "
        "appointment: Microsoft Teams meeting\n\nManage your booking",
        start=(2026, 3, 12, 10, 0, NY),
        names=("Olivia Brennan",),
    ),
    Probe(
        "hubspot_meeting",
        "Grant Ellison <grant@sproutly.example>",
        "Meeting booked: Sproutly interview - Alex Morgan",
        "Your meeting is booked.\n\nSproutly interview - Alex Morgan\nThursday, March 12, "
        "2026 3:30 PM - 4:00 PM EDT\nHosted by Grant Ellison, Head of Growth\n\nWe've sent a "
        "calendar invitation to alex.morgan@gmail.com.\n\nPowered by HubSpot",
        start=(2026, 3, 12, 15, 30, NY),
        names=("Grant Ellison",),
    ),
    Probe(
        "goodtime_confirmation",
        "Coordinator at Lumen Pay <scheduling@goodtime.io>",
        "Interview Confirmation | Lumen Pay | Staff Software Engineer",
        "Hi Alex,\n\nYour interviews with Lumen Pay have been scheduled. Please see the "
        "details below.\n\nFriday, March 13, 2026\n\n9:00 AM - 9:45 AM EDT  Coding - Wei Zhang"
        "\n10:00 AM - 10:45 AM EDT  System Design - Laura Becker\n11:00 AM - 11:30 AM EDT  "
        "Hiring Manager - Samuel Osei\n\nAll sessions take place on Zoom: "
        "https://lumenpay.zoom.us/j/5553331234\n\nBest of luck!\nLumen Pay Recruiting",
        start=(2026, 3, 13, 9, 0, NY),
        names=("Wei Zhang", "Laura Becker", "Samuel Osei"),
    ),
    Probe(
        "modernloop_panel",
        "Recruiting Coordination <coordination@modernloop.io>",
        "Your Virtual Onsite with Cobalt Systems",
        "Hi Alex,\n\nHere is your interview schedule for Monday, 3/16 (all times Pacific):\n\n"
        "11:00am - 11:45am | Behavioral | Naomi Fischer\n12:00pm - 12:45pm | Architecture | "
        "Pedro Alvarez\n1:00pm - 1:30pm | Close | Rita Gomez (Director of Engineering)\n\n"
        "Each session has its own Zoom link in the calendar invites.\n\nCobalt Systems "
        "Recruiting",
        start=(2026, 3, 16, 11, 0, LA),
        names=("Naomi Fischer", "Pedro Alvarez", "Rita Gomez"),
    ),
    Probe(
        "zoom_scheduler",
        "Zoom Scheduler <no-reply@zoom.us>",
        "Confirmed: Hiring Manager Interview with Beth Okafor",
        "Your appointment has been scheduled.\n\nHiring Manager Interview\nTue, Mar 17, 2026"
        "\n1:00 PM - 1:45 PM (GMT-4:00) Eastern Time (US and Canada)\nHost: Beth Okafor\n\n"
        "Join Zoom meeting: https://zoom.us/j/81234567890",
        start=(2026, 3, 17, 13, 0, NY),
        names=("Beth Okafor",),
    ),
    Probe(
        "google_appointment",
        "Google Calendar <calendar-notification@google.com>",
        "Appointment booked: Phone interview with Leah Rosen @ Wed Mar 18, 2026 9:30am - "
        "10am (EDT)",
        "Your appointment has been booked\n\nPhone interview with Leah Rosen\nWednesday "
        "March 18, 2026 ⋅ 9:30 – 10:00am\nEastern Time - New York\n\nBooked by Alex Morgan\n"
        "Leah will call you at the number you provided.\n\nInvitation from Google Calendar",
        start=(2026, 3, 18, 9, 30, NY),
        names=("Leah Rosen",),
    ),
    Probe(
        "youcanbookme",
        "YouCanBook.me <notifications@youcanbook.me>",
        "Booking confirmed: Interview with Graham Whitlock",
        "Hi Sam,\n\nThis is confirmation of your booking.\n\nInterview with Graham Whitlock, "
        "Head of Finance, Eastmoor Council\n\nWhen: Thursday 19 March 2026 at 10:15 (Europe/"
        "London)\nWhere: Eastmoor House, Room 3.12\n\nTo cancel or change this booking, use "
        "the link below.",
        start=(2026, 3, 19, 10, 15, LON),
        names=("Graham Whitlock",),
        user="uk",
    ),
    Probe(
        "doodle_booked",
        "Doodle <mailer@doodle.com>",
        "Meeting confirmed: Interview - Junior Architect",
        'Hi Sam,\n\nMargaret Holt has confirmed the final option for "Interview - Junior '
        'Architect".\n\nFriday, 20 March 2026, 14:00 - 15:00 (GMT)\nLocation: Holt & Finch '
        "Architects, 12 Canal Street, Manchester\n\nAdd to calendar",
        start=(2026, 3, 20, 14, 0, LON),
        names=("Margaret Holt",),
        user="uk",
    ),
    # --- staffing agencies -------------------------------------------------------------
    Probe(
        "agency_uk",
        "Tom Rigby <tom.rigby@apexrecruit.example>",
        "Interview confirmation - Fenwick Logistics",
        "Hi Sam,\n\nGreat news - Fenwick Logistics would like to meet you. I've confirmed "
        "your interview for Tuesday 10th March at 2pm at their Leeds office (Unit 4, Aire "
        "Park). You'll be meeting Claire Dunmore, Operations Manager, and Steve Patel from "
        "HR.\n\nGive me a call after to let me know how it went.\n\nTom Rigby\nSenior "
        "Consultant | Apex Recruitment",
        start=(2026, 3, 10, 14, 0, LON),
        names=("Claire Dunmore", "Steve Patel"),
        user="uk",
    ),
    Probe(
        "agency_us_client",
        "Megan Shaw <mshaw@bridgestaff.example>",
        "Confirmed - Interview with Harlow Manufacturing Thursday",
        "Hi Alex,\n\nConfirming your interview with Harlow Manufacturing this Thursday, "
        "March 5th at 10:00 AM. You'll be meeting with Dan Kowalski, the Plant Controller. "
        "Address: 1400 Industrial Pkwy, Building C. Ask for Dan at the front desk.\n\nPlease "
        "text me when you're done!\n\nMegan Shaw\nBridge Staffing",
        start=(2026, 3, 5, 10, 0, NY),
        names=("Dan Kowalski",),
    ),
    Probe(
        "agency_second_stage",
        "Priya Nair <priya.nair@hallmarktalent.example>",
        "2nd stage - Morrow Bank",
        "Hi Sam,\n\nMorrow Bank have come back with positive feedback and would like you in "
        "for a second stage. It's booked for Wednesday 11 March at 11:30am with James "
        "Thornton (Head of Risk) and Aileen Shaw (Senior Risk Manager) at 1 Canada Square. "
        "It will be a competency-based interview lasting an hour.\n\nBest,\nPriya",
        start=(2026, 3, 11, 11, 30, LON),
        names=("James Thornton", "Aileen Shaw"),
        user="uk",
    ),
    # --- in-house recruiters / hiring managers ----------------------------------------
    Probe(
        "recruiter_plain",
        "Hannah Cole <hannah.cole@northwind.example>",
        "Re: Product Manager role",
        "Hi Alex,\n\nThanks for getting back to me so quickly. You're confirmed for Thursday "
        "at 1pm ET with Marco Ruiz, our VP of Product. He'll send a Zoom link shortly.\n\n"
        "Best,\nHannah",
        start=(2026, 3, 5, 13, 0, NY),
        names=("Marco Ruiz",),
    ),
    Probe(
        "hiring_manager_direct",
        "Ben Adler <ben@quietforge.example>",
        "Chat on Friday",
        "Hey Alex,\n\nThanks for applying to the frontend role. I'd love to chat - I've put "
        "us down for Friday 3/6 at 11am PT on Google Meet (invite sent). It'll just be me for "
        "this one, about 30 minutes, mostly about your work at your last company and what "
        "you're looking for.\n\nBen Adler\nCTO, Quietforge",
        start=(2026, 3, 6, 11, 0, LA),
        names=("Ben Adler",),
    ),
    Probe(
        "phone_screen_uk",
        "Lucy Grant <lucy.grant@oakhaven.example>",
        "Phone screen - Oakhaven",
        "Hi Sam,\n\nLovely to hear from you. I'll call you on +44 7700 900123 on Monday "
        "9th March at 10am for a 20-minute phone screen about the Marketing Executive "
        "role.\n\nSpeak then,\nLucy Grant\nTalent Partner, Oakhaven",
        start=(2026, 3, 9, 10, 0, LON),
        names=("Lucy Grant",),
        user="uk",
    ),
    Probe(
        "technical_interview",
        "Sanjay Rao <sanjay.rao@fluxion.example>",
        "Technical interview - Thursday 12 March",
        "Hi Alex,\n\nThanks for completing the recruiter call. Your technical interview is "
        "booked for Thursday 12 March, 16:00-17:30 EST. You'll pair with Greta Holm and "
        "Victor Chen on a small problem in your language of choice (CoderPad link to follow)."
        "\n\nSanjay Rao\nRecruiting, Fluxion",
        start=(2026, 3, 12, 16, 0, NY),
        names=("Greta Holm", "Victor Chen"),
    ),
    Probe(
        "case_presentation",
        "Eleanor Hayes <e.hayes@stratford-partners.example>",
        "Final round: case study presentation",
        "Dear Sam,\n\nI'm pleased to confirm your final round on Monday 16 March at 9:30am at "
        "our London office, 40 Bishopsgate. You will present your case study (20 minutes) to "
        "a panel of Richard Osei (Partner), Helen Liu (Director) and myself, followed by 40 "
        "minutes of questions.\n\nKind regards,\nEleanor Hayes\nRecruitment Manager",
        start=(2026, 3, 16, 9, 30, LON),
        names=("Richard Osei", "Helen Liu"),
        user="uk",
    ),
    Probe(
        "meet_the_team",
        "Chloe Martin <chloe@bluefern.example>",
        "Meet the team - next Wednesday",
        "Hi Alex,\n\nThe team loved your portfolio! As a next step we'd like you to meet the "
        "team: Wednesday March 11, 2-3pm ET at our studio (55 Water St, 3rd floor). You'll "
        "meet Omar Haddad (Design Lead) and Jess Turner (Product).\n\nChloe Martin\nPeople "
        "Ops, Bluefern",
        start=(2026, 3, 11, 14, 0, NY),
        names=("Omar Haddad", "Jess Turner"),
    ),
    Probe(
        "trial_day",
        "Marco Bellini <marco@trattoria-sole.example>",
        "Trial shift Saturday",
        "Hi Sam,\n\nThanks for coming in last week. We'd like you to do a trial shift in the "
        "kitchen this Saturday, 7 March, from 4pm to 10pm. Ask for our head chef, Paolo "
        "Conti, when you arrive. Bring your knives and black trousers.\n\nMarco Bellini\n"
        "Owner, Trattoria Sole",
        start=(2026, 3, 7, 16, 0, LON),
        names=("Paolo Conti",),
        user="uk",
    ),
    Probe(
        "working_interview",
        "Dr. Angela Price <office@brightsmiles.example>",
        "Working interview Tuesday",
        "Hi Alex,\n\nWe'd love to have you in for a working interview on Tuesday, March 10 "
        "from 8:00 AM to 12:00 PM. You'll shadow our lead hygienist, Karen Ross. Please wear "
        "scrubs.\n\nDr. Angela Price, DDS\nBright Smiles Dental",
        start=(2026, 3, 10, 8, 0, NY),
        names=("Karen Ross",),
    ),
    Probe(
        "assessment_centre",
        "Graduate Recruitment <graduates@albionrail.example>",
        "Assessment Centre invitation - Graduate Engineering Scheme",
        "Dear Sam,\n\nCongratulations! We are delighted to invite you to our Assessment "
        "Centre on Thursday 19 March 2026, starting at 09:00 and finishing at approximately "
        "16:00, at Albion Rail, 2 Station Approach, Derby.\n\nThe day will include a group "
        "exercise, a presentation and a competency interview with Mark Davies (Chief "
        "Engineer).\n\nPlease confirm your attendance by replying to this email.\n\n"
        "Graduate Recruitment Team",
        start=(2026, 3, 19, 9, 0, LON),
        names=("Mark Davies",),
        user="uk",
    ),
    # --- video ---------------------------------------------------------------------
    Probe(
        "teams_invite_text",
        "Natalie Ford <natalie.ford@corvus.example>",
        "Interview: Alex Morgan / Corvus - Business Analyst",
        "Hi Alex,\n\nPlease find below the details for your interview on Tuesday, March 10 at "
        "3:00 PM EST with David Kim (Senior BA) and myself.\n\n________________________________"
        "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting\nMeeting ID: 244 125 887 991\nPasscode: aB3cD4\n"
        "________________________________\n\nNatalie Ford\nHR Advisor, Corvus",
        start=(2026, 3, 10, 15, 0, NY),
        names=("David Kim", "Natalie Ford"),
    ),
    Probe(
        "webex",
        "Sophie Laurent <slaurent@atlasmed.example>",
        "Webex interview - Regulatory Affairs Specialist",
        "Dear Alex,\n\nYour interview is scheduled for Wednesday, March 11, 2026 at 10:00 AM "
        "Eastern with Dr. Paul Henning, Director of Regulatory Affairs.\n\nJoin Webex "
        "meeting: https://atlasmed.webex.com/meet/phenning\nMeeting number: 2634 118 5521\n\n"
        "Best regards,\nSophie Laurent\nTalent Acquisition",
        start=(2026, 3, 11, 10, 0, NY),
        names=("Paul Henning",),
    ),
    Probe(
        "whereby",
        "Ines Duarte <ines@smallbatch.example>",
        "Our call Thursday",
        "Hi Sam,\n\nConfirming our interview on Thursday 5 March at 15:00 UK time. Here's the "
        "room: https://whereby.com/smallbatch-hiring\n\nIt'll be me and our co-founder "
        "Rafael Costa.\n\nInes Duarte\nCo-founder, Small Batch",
        start=(2026, 3, 5, 15, 0, LON),
        names=("Rafael Costa", "Ines Duarte"),
        user="uk",
    ),
    # --- reschedules / reminders -------------------------------------------------------
    Probe(
        "reschedule_moved_to",
        "Kevin Liu <kevin.liu@heliograph.example>",
        "Re: Interview - moved to Friday",
        "Hi Alex,\n\nApologies for the change - Anita had a conflict, so your interview with "
        "Anita Desai has been moved to Friday, March 13 at 2:00 PM ET. Same Zoom link as "
        "before.\n\nThanks for your flexibility,\nKevin Liu\nRecruiter, Heliograph",
        start=(2026, 3, 13, 14, 0, NY),
        names=("Anita Desai",),
    ),
    Probe(
        "reschedule_new_time",
        "Rachel Green <rachel.green@ashby-hr.example>",
        "Updated time: your second interview",
        "Hi Alex,\n\nA quick update: your second interview with Victor Alvarez is now on "
        "Monday, March 9 at 11:30 AM EST instead of Friday. Everything else stays the "
        "same.\n\nRachel",
        start=(2026, 3, 9, 11, 30, NY),
        names=("Victor Alvarez",),
    ),
    Probe(
        "reminder_tomorrow",
        "Greenleaf Recruiting <recruiting@greenleaf.example>",
        "Reminder: your interview tomorrow",
        "Hi Alex,\n\nJust a friendly reminder that your interview with Patricia Gomez is "
        "tomorrow, Tuesday March 3, at 10:00 AM ET on Zoom.\n\nGood luck!\nGreenleaf "
        "Recruiting",
        start=(2026, 3, 3, 10, 0, NY),
        names=("Patricia Gomez",),
    ),
    Probe(
        "reminder_today_ats",
        "Interview Reminder <noreply@us.greenhouse-mail.io>",
        "Reminder: Interview with Sterling Bio today at 2:00 PM",
        "Hi Alex,\n\nThis is a reminder of your interview today, Monday, March 2, 2026 at "
        "2:00 PM - 3:00 PM Eastern Time with Joanna Wells.\n\nVideo link: "
        "https://sterlingbio.zoom.us/j/77711122233",
        start=(2026, 3, 2, 14, 0, NY),
        names=("Joanna Wells",),
    ),
    # --- thread replies confirming an offered slot -------------------------------------
    Probe(
        "thread_reply_confirms_slot",
        "Nadia Petrova <nadia@kiteworks.example>",
        "Re: Interview availability",
        "Hi Alex,\n\nPerfect, Wednesday at 3pm works. I've sent you a calendar invite for "
        "Wednesday, March 4 at 3:00 PM ET with Liam O'Connor, our Engineering Manager.\n\n"
        "Nadia\n\n> On Mon, Mar 2, 2026, Alex Morgan wrote:\n> Wednesday at 3pm or Thursday "
        "at 10am both work for me.",
        start=(2026, 3, 4, 15, 0, NY),
        names=("Liam O'Connor",),
    ),
    Probe(
        "thread_reply_short",
        "Omar Farouk <omar.farouk@delphine.example>",
        "RE: Next steps - Delphine",
        "Great - Tuesday 10 March at 10:00 it is. You'll be speaking with Julia Stein, our "
        "Head of Data. I'll send the Teams invite.\n\nOmar\n\n-----Original Message-----\n"
        "From: Sam Taylor\nSent: 02 March 2026 14:11\nSubject: RE: Next steps - Delphine\n\n"
        "Tuesday 10 March at 10:00 or Wednesday at 14:00 both work.",
        start=(2026, 3, 10, 10, 0, LON),
        names=("Julia Stein",),
        user="uk",
    ),
    # --- panel loops / itineraries -----------------------------------------------------
    Probe(
        "panel_itinerary_uk",
        "Recruitment <recruitment@hollybank-nhs.example>",
        "Interview arrangements - Band 6 Physiotherapist",
        "Dear Sam,\n\nFurther to your application, we are pleased to invite you to interview."
        "\n\nDate: Wednesday 18th March 2026\nTime: 13:30\nVenue: Education Centre, Hollybank "
        "Hospital\nPanel: Ruth Adeyemi (Clinical Lead), Graham Hughes (Therapy Manager)\n\n"
        "Please bring photo ID.\n\nRecruitment Team",
        start=(2026, 3, 18, 13, 30, LON),
        names=("Ruth Adeyemi", "Graham Hughes"),
        user="uk",
    ),
    Probe(
        "loop_table",
        "Ava Thompson <ava.thompson@nimbusdata.example>",
        "Nimbus Data - Final Round Schedule",
        "Hi Alex,\n\nHere's the final round schedule for Thursday, March 19 (Eastern):\n\n"
        "9:30 - 10:15    Ethan Brooks, Engineering Manager\n10:15 - 11:00   Mia Chen, Staff "
        "Engineer\n11:15 - 12:00   Lucas Meyer, Principal Engineer\n12:00 - 12:30   Ava "
        "Thompson, Recruiter (wrap-up)\n\nAll on Zoom; links are in the invites.\n\nAva",
        start=(2026, 3, 19, 9, 30, NY),
        names=("Ethan Brooks", "Mia Chen", "Lucas Meyer"),
    ),
    # --- German ------------------------------------------------------------------------
    Probe(
        "de_plain_confirmation",
        "Sabine Krüger <sabine.krueger@nordlicht-energie.example>",
        "Ihr Vorstellungsgespräch am 12.03.",
        "Sehr geehrter Herr Weber,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
        "Donnerstag, 12.03.2026, um 14:00 Uhr in unserer Zentrale in Bremen. Ihre "
        "Gesprächspartner sind Herr Thomas Brandt (Bereichsleiter IT) und ich.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin",
        start=(2026, 3, 12, 14, 0, BER),
        names=("Thomas Brandt",),
        user="de",
    ),
    Probe(
        "de_video_teams",
        "Recruiting Team <recruiting@alpenwerk.example>",
        "Video-Interview - Werkstudent Data Analytics",
        "Hallo Jonas,\n\nwie telefonisch besprochen, findet unser Video-Interview am Mo., "
        "16.03. um 09:30 Uhr über Microsoft Teams statt. Mit dabei ist Lena Hoffmann aus dem "
        "Fachbereich. Den Link erhältst du separat.\n\nViele Grüße\nMarkus Albrecht",
        start=(2026, 3, 16, 9, 30, BER),
        names=("Lena Hoffmann",),
        user="de",
    ),
    Probe(
        "de_second_round",
        "Julia Neumann <j.neumann@hansekontor.example>",
        "Zweites Gespräch - Projektmanager (m/w/d)",
        "Guten Tag Herr Weber,\n\nvielen Dank für das angenehme erste Gespräch. Gerne laden "
        "wir Sie zu einem zweiten Gespräch am Mittwoch, den 18. März 2026 um 10 Uhr ein. "
        "Teilnehmen werden unser Geschäftsführer Herr Dr. Klaus Richter und Frau Anna "
        "Schmitt.\n\nBeste Grüße\nJulia Neumann",
        start=(2026, 3, 18, 10, 0, BER),
        names=("Klaus Richter", "Anna Schmitt"),
        user="de",
    ),
    Probe(
        "de_termin_bestaetigung",
        "Stefan Wolf <stefan.wolf@feinmechanik-wolf.example>",
        "Terminbestätigung",
        "Hallo Herr Weber,\n\nich bestätige Ihnen gerne den Termin für das "
        "Vorstellungsgespräch: Freitag, 13. März, 11:00 Uhr, bei uns in der Werkstraße 5. "
        "Bitte melden Sie sich am Empfang bei Frau Petra Lange.\n\nGruß\nStefan Wolf\n"
        "Werkstattleiter",
        start=(2026, 3, 13, 11, 0, BER),
        names=("Stefan Wolf",),
        user="de",
    ),
    Probe(
        "de_verschoben",
        "Miriam Koch <miriam.koch@bauhaus-digital.example>",
        "Neuer Termin für Ihr Interview",
        "Hallo Herr Weber,\n\nleider müssen wir unser Gespräch verschieben. Der neue Termin "
        "ist Dienstag, 17.03.2026, 15:30 Uhr, wieder per Zoom mit Herrn Florian Berger.\n\n"
        "Viele Grüße\nMiriam Koch",
        start=(2026, 3, 17, 15, 30, BER),
        names=("Florian Berger",),
        user="de",
    ),
    # --- French ------------------------------------------------------------------------
    Probe(
        "fr_entretien_confirmation",
        "Claire Dubois <claire.dubois@atelier-lumiere.example>",
        "Confirmation de votre entretien",
        "Bonjour Camille,\n\nJe vous confirme votre entretien le mardi 10 mars à 10h30 dans "
        "nos locaux, 12 rue de la Paix, Paris 2e. Vous rencontrerez Julien Moreau, "
        "directeur technique.\n\nBien cordialement,\nClaire Dubois\nChargée de recrutement",
        start=(2026, 3, 10, 10, 30, PAR),
        names=("Julien Moreau",),
        user="fr",
    ),
    Probe(
        "fr_visio",
        "Recrutement Oceane <recrutement@oceane-assurances.example>",
        "Entretien en visioconférence - Chargé(e) de clientèle",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous convier à un entretien en "
        "visioconférence le jeudi 12 mars 2026 à 14 h 00 (heure de Paris) avec Mme Sophie "
        "Girard, responsable d'agence. Le lien Teams vous sera envoyé la veille.\n\n"
        "Cordialement,\nL'équipe Recrutement",
        start=(2026, 3, 12, 14, 0, PAR),
        names=("Sophie Girard",),
        user="fr",
    ),
    Probe(
        "fr_second_entretien",
        "Antoine Lefèvre <a.lefevre@groupe-vallon.example>",
        "Deuxième entretien",
        "Bonjour Camille,\n\nSuite à notre échange, je vous propose de rencontrer Nathalie "
        "Roux, notre DRH, pour un deuxième entretien. C'est calé pour le lundi 16 mars à "
        "9h00 à notre siège de Lyon.\n\nÀ bientôt,\nAntoine Lefèvre",
        start=(2026, 3, 16, 9, 0, PAR),
        names=("Nathalie Roux",),
        user="fr",
    ),
    Probe(
        "fr_rappel",
        "Talents Mistral <talents@mistral-conseil.example>",
        "Rappel : votre entretien demain",
        "Bonjour Camille,\n\nPetit rappel : votre entretien avec Marc Fontaine a lieu demain, "
        "mardi 3 mars, à 11h.\n\nBonne chance !\nL'équipe Talents",
        start=(2026, 3, 3, 11, 0, PAR),
        names=("Marc Fontaine",),
        user="fr",
    ),
    # --- Spanish -----------------------------------------------------------------------
    Probe(
        "es_entrevista_confirmada",
        "Lucía Fernández <lucia.fernandez@solmar.example>",
        "Confirmación de entrevista - Analista de Datos",
        "Hola Pablo,\n\nTe confirmo la entrevista el martes 10 de marzo a las 10:30 en "
        "nuestras oficinas de Calle Alcalá 45, Madrid. Estarás con Javier Ortega, responsable "
        "del equipo de datos.\n\nUn saludo,\nLucía Fernández\nTalent Acquisition",
        start=(2026, 3, 10, 10, 30, MAD),
        names=("Javier Ortega",),
        user="es",
    ),
    Probe(
        "es_videollamada",
        "Selección <seleccion@grupo-iberia-tech.example>",
        "Entrevista por videollamada",
        "Estimado Pablo:\n\nNos complace invitarle a una entrevista por videollamada el "
        "jueves 12 de marzo de 2026 a las 16:00 h (hora peninsular). La entrevista la "
        "realizará Marta Gil, directora de RR. HH.\n\nEnlace de Google Meet: "
        "https://meet.google.com/pqr-stuv-wxy\n\nAtentamente,\nDepartamento de Selección",
        start=(2026, 3, 12, 16, 0, MAD),
        names=("Marta Gil",),
        user="es",
    ),
    Probe(
        "es_segunda_entrevista",
        "Diego Navarro <dnavarro@logistica-norte.example>",
        "Segunda entrevista",
        "Hola Pablo,\n\nQueremos verte de nuevo para una segunda entrevista con nuestra "
        "directora de operaciones, Carmen Ruiz. Queda fijada para el lunes 16 de marzo a las "
        "9:30 en la nave de Getafe.\n\nSaludos,\nDiego Navarro",
        start=(2026, 3, 16, 9, 30, MAD),
        names=("Carmen Ruiz",),
        user="es",
    ),
    # --- miscellaneous shapes ----------------------------------------------------------
    Probe(
        "zone_abbrev_cet",
        "Henrik Dahl <henrik@fjordsoft.example>",
        "Interview with Fjordsoft - confirmed",
        "Hi Alex,\n\nThanks for your flexibility across time zones. Your interview is "
        "confirmed for Wednesday 11 March at 16:00 CET (10:00 your time) with Ingrid Solberg, "
        "our CTO.\n\nBest,\nHenrik Dahl\nPeople & Culture",
        start=(2026, 3, 11, 16, 0, "Europe/Oslo"),
        names=("Ingrid Solberg",),
    ),
    Probe(
        "utc_offset",
        "Ravi Kapoor <ravi.kapoor@meshline.example>",
        "Interview scheduled - Site Reliability Engineer",
        "Hi Alex,\n\nYour interview is scheduled for 2026-03-12 at 17:00 UTC with Emily "
        "Carter (SRE Manager). The Google Meet link is in the invite.\n\nRavi Kapoor\n"
        "Recruiting, Meshline",
        start=(2026, 3, 12, 17, 0, "UTC"),
        names=("Emily Carter",),
    ),
    Probe(
        "interviewer_signs_own",
        "Dr. Fiona Walsh <fiona.walsh@harborview-clinic.example>",
        "Interview - Clinical Psychologist post",
        "Dear Alex,\n\nThank you for your application. I'd be pleased to interview you on "
        "Friday 13 March at 10am at the clinic (3rd floor, 22 Harbor Road).\n\nYours "
        "sincerely,\nDr. Fiona Walsh\nClinical Director",
        start=(2026, 3, 13, 10, 0, NY),
        names=("Fiona Walsh",),
    ),
    Probe(
        "onsite_address_list",
        "Maria Lopez <maria.lopez@cascadeair.example>",
        "Onsite interview details - A&P Mechanic",
        "Hi Alex,\n\nHere are the details for your onsite interview:\n\n- Date: Monday, March "
        "23\n- Time: 7:30 AM\n- Location: Hangar 3, 2100 Airport Way\n- Interviewers: Rick "
        "Johansson (Maintenance Supervisor), Tara Quinn (QA Inspector)\n\nBring your A&P "
        "certificate and a photo ID.\n\nMaria Lopez\nHR Coordinator",
        start=(2026, 3, 23, 7, 30, NY),
        names=("Rick Johansson", "Tara Quinn"),
    ),
    Probe(
        "ics_style_text_when",
        "Sarah Ng <sarah.ng@helix-bio.example>",
        "Invitation: Interview - Alex Morgan @ Tue Mar 10, 2026 2pm - 3pm (EDT)",
        "Interview - Alex Morgan\n\nWhen\nTuesday Mar 10, 2026 ⋅ 2pm – 3pm (Eastern Time - "
        "New York)\n\nGuests\nSarah Ng - organizer\nDaniel Brooks\nalex.morgan@gmail.com\n\n"
        "Join with Google Meet\nmeet.google.com/hxy-abcd-efg\n\nInvitation from Google "
        "Calendar",
        start=(2026, 3, 10, 14, 0, NY),
        names=("Daniel Brooks",),
    ),
    Probe(
        "us_date_slash_24h",
        "Karim Haddad <karim@levantine-foods.example>",
        "Interview confirmed 03/17",
        "Hi Alex,\n\nThis confirms your interview for the Production Supervisor position on "
        "03/17/2026 at 14:00 at our Newark plant. You will meet with Joe Martins, Plant "
        "Manager.\n\nKarim Haddad\nHR",
        start=(2026, 3, 17, 14, 0, NY),
        names=("Joe Martins",),
    ),
    Probe(
        "portfolio_review",
        "Imogen Clarke <imogen@paperkite.example>",
        "Portfolio review - Senior Illustrator",
        "Hi Sam,\n\nWe'd love to take you through to the portfolio review stage. It's booked "
        "for Tuesday 17 March, 11:00-12:00, with Harriet Moss (Art Director) and Ollie Grant "
        "(Lead Illustrator), on Google Meet.\n\nImogen Clarke\nStudio Manager",
        start=(2026, 3, 17, 11, 0, LON),
        names=("Harriet Moss", "Ollie Grant"),
        user="uk",
    ),
    Probe(
        "coffee_chat_role",
        "Noah Williams <noah@brightpath-ai.example>",
        "Re: ML Engineer - coffee chat",
        "Hi Alex,\n\nGreat, let's do Thursday, March 5 at 9am at Blue Bottle on Market St. I'll "
        "bring along Zoe Adams from the ML team - we'll tell you more about the ML Engineer "
        "role and hear about your background.\n\nNoah Williams\nHead of AI, Brightpath",
        start=(2026, 3, 5, 9, 0, LA),
        names=("Zoe Adams",),
    ),
    Probe(
        "final_interview_ceo",
        "Amelia Ross <amelia.ross@copperline.example>",
        "Final interview with our CEO",
        "Hi Alex,\n\nCongratulations on making it to the final stage! Your final interview "
        "with our CEO, William Harper, is scheduled for Monday, March 16 at 4:00 pm ET. "
        "Please plan for 45 minutes on Zoom.\n\nBest,\nAmelia Ross\nTalent Lead",
        start=(2026, 3, 16, 16, 0, NY),
        names=("William Harper",),
    ),
)

# A second batch: times and zones written other ways, HTML-only mail, relative days.
MORE_INTERVIEWS: tuple[Probe, ...] = (
    Probe(
        "uk_dot_time",
        "Rosie Bennett <rosie.bennett@kingsgate-homes.example>",
        "Interview - Site Manager",
        "Hi Sam,\n\nThanks for your time on the phone. I can confirm your interview on "
        "Thursday 12th March at 2.30pm at our Reading office with Phil Carter (Construction "
        "Director).\n\nKind regards,\nRosie Bennett\nHR Advisor",
        start=(2026, 3, 12, 14, 30, LON),
        names=("Phil Carter",),
        user="uk",
    ),
    Probe(
        "ist_zone",
        "Ananya Iyer <ananya.iyer@techvista.example>",
        "Interview scheduled - Backend Developer",
        "Hi Alex,\n\nYour technical interview is scheduled on 12-Mar-2026 at 7:30 PM IST "
        "(9:00 AM EST) with Rohit Sharma, Engineering Lead. Meeting link: "
        "https://meet.google.com/abc-defg-hij\n\nRegards,\nAnanya Iyer\nTalent Acquisition",
        start=(2026, 3, 12, 19, 30, "Asia/Kolkata"),
        names=("Rohit Sharma",),
    ),
    Probe(
        "aest_zone",
        "Jack O'Brien <jack.obrien@southerncross.example>",
        "Interview confirmed - Solutions Architect",
        "Hi Alex,\n\nConfirming your interview on Wednesday 11 March at 8:00am AEDT (Tuesday "
        "4:00pm Eastern) with Chloe Nguyen, our Head of Architecture, via Teams.\n\nCheers,\n"
        "Jack O'Brien\nTalent Partner",
        start=(2026, 3, 11, 8, 0, "Australia/Sydney"),
        names=("Chloe Nguyen",),
    ),
    Probe(
        "tomorrow_relative",
        "Tasha Green <tasha.green@brightline.example>",
        "Tomorrow's interview",
        "Hi Alex,\n\nJust confirming your interview tomorrow at 3pm ET with Oliver Grant. "
        "He'll call you on Zoom.\n\nTasha Green\nRecruiting Coordinator",
        start=(2026, 3, 3, 15, 0, NY),
        names=("Oliver Grant",),
    ),
    Probe(
        "next_weekday",
        "Hugo Martins <hugo@brasa-kitchen.example>",
        "Interview next Tuesday",
        "Hi Alex,\n\nThanks for applying for the Sous Chef position. Your interview is set "
        "for next Tuesday (March 10) at 3:30 PM at the restaurant with our Executive Chef, "
        "Luisa Ferreira.\n\nHugo Martins\nGeneral Manager",
        start=(2026, 3, 10, 15, 30, NY),
        names=("Luisa Ferreira",),
    ),
    Probe(
        "outlook_when_line",
        "Priyanka Das <priyanka.das@ardent-consulting.example>",
        "Interview: Alex Morgan - Senior Consultant",
        "Hi Alex,\n\nPlease see the meeting details below for your interview with Thomas "
        "Becker and Lisa Wong.\n\nWhen: Wednesday, March 11, 2026 10:00 AM-11:00 AM (UTC-05:00)"
        " Eastern Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\nPriyanka Das\n"
        "Recruiting Coordinator",
        start=(2026, 3, 11, 10, 0, NY),
        names=("Thomas Becker", "Lisa Wong"),
    ),
    Probe(
        "html_only_ats",
        "Kinetic Careers <careers@kinetic-ats.example>",
        "Your interview is confirmed",
        "Hi Alex, Your interview for Marketing Manager is confirmed. Date: Thursday, March 12, "
        "2026 Time: 11:30 AM - 12:15 PM (EDT) Interviewer: Danielle Fox, VP Marketing "
        "Location: Zoom",
        start=(2026, 3, 12, 11, 30, NY),
        names=("Danielle Fox",),
    ),
    Probe(
        "noon",
        "Walt Hughes <walt@hughes-hvac.example>",
        "HVAC Technician interview",
        "Alex - got your application. Come in Friday March 6 at noon, ask for me at the front "
        "desk. We'll talk about the HVAC Technician job. Walt Hughes, Owner",
        start=(2026, 3, 6, 12, 0, NY),
        names=("Walt Hughes",),
    ),
    Probe(
        "at_symbol",
        "Sophie Turner <sophie.turner@vividads.example>",
        "Interview confirmed: Tue 3/10 @ 4:15pm",
        "Hi Alex,\n\nYou're confirmed for Tue 3/10 @ 4:15pm ET with Marcus Lee (Creative "
        "Director). Zoom link to follow.\n\nSophie Turner\nTalent",
        start=(2026, 3, 10, 16, 15, NY),
        names=("Marcus Lee",),
    ),
    Probe(
        "de_uhr_hour_only",
        "Thomas Meier <t.meier@stadtwerke-nord.example>",
        "Ihr Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nwir bestätigen Ihnen den Termin für Ihr "
        "Vorstellungsgespräch am Montag, den 9. März 2026, um 9 Uhr. Das Gespräch führen Frau "
        "Karin Schulz (Personalleitung) und Herr Jan Peters (Abteilungsleiter Netze).\n\n"
        "Mit freundlichen Grüßen\nThomas Meier",
        start=(2026, 3, 9, 9, 0, BER),
        names=("Karin Schulz", "Jan Peters"),
        user="de",
    ),
    Probe(
        "fr_14h",
        "Élodie Bernard <elodie.bernard@cabinet-rive.example>",
        "Entretien - Assistant(e) juridique (H/F)",
        "Bonjour Camille,\n\nSuite à votre candidature, je vous confirme un entretien le "
        "vendredi 13 mars à 14h avec Maître Pierre Lambert, associé du cabinet.\n\n"
        "Cordialement,\nÉlodie Bernard",
        start=(2026, 3, 13, 14, 0, PAR),
        names=("Pierre Lambert",),
        user="fr",
    ),
    Probe(
        "es_tarde",
        "Andrea Molina <andrea.molina@verdeagro.example>",
        "Entrevista - Técnico de campo",
        "Hola Pablo,\n\nGracias por tu candidatura. Te esperamos el miércoles 11 de marzo a "
        "las 4 de la tarde en nuestra oficina de Valencia para la entrevista con Jorge Vidal, "
        "jefe de producción.\n\nSaludos,\nAndrea Molina",
        start=(2026, 3, 11, 16, 0, MAD),
        names=("Jorge Vidal",),
        user="es",
    ),
    Probe(
        "teams_subject_role",
        "Helen Brooks <helen.brooks@crestview.example>",
        "Alex Morgan - Financial Analyst - 2nd interview",
        "Hi Alex,\n\nThank you for your time last week. Your second interview is confirmed "
        "for Monday, March 16 from 1:00-2:00 PM Central with Greg Simmons (CFO) and Dana Price "
        "(Controller).\n\nHelen Brooks\nHR Generalist",
        start=(2026, 3, 16, 13, 0, CHI),
        names=("Greg Simmons", "Dana Price"),
    ),
    Probe(
        "bullet_emoji_teamtailor",
        "Lumo Oy <notifications@teamtailor-mail.com>",
        "Interview confirmed: Lumo Oy",
        "Hi Sam! 🎉\n\nYour interview is booked:\n\n📅 Tuesday 17 March 2026\n🕒 13:00 - "
        "13:45 (GMT)\n📍 Google Meet\n👥 With Aino Virtanen (Head of Product)\n\nSee you "
        "then!\nLumo Oy",
        start=(2026, 3, 17, 13, 0, LON),
        names=("Aino Virtanen",),
        user="uk",
    ),
    Probe(
        "reschedule_from_to",
        "Nora Kim <nora.kim@pacificwave.example>",
        "Rescheduled: Interview with Pacific Wave",
        "Hi Alex,\n\nYour interview with Eric Tan has been rescheduled from Tuesday, March 10 "
        "at 2:00 PM PT to Thursday, March 12 at 10:00 AM PT. Same Zoom link.\n\nNora Kim\n"
        "Recruiting Coordinator",
        start=(2026, 3, 12, 10, 0, LA),
        names=("Eric Tan",),
    ),
    Probe(
        "on_site_directions",
        "Paula Reyes <paula.reyes@mercyhealth.example>",
        "Interview - Registered Nurse, ICU",
        "Dear Alex,\n\nThank you for applying. Your interview for the ICU Registered Nurse "
        "position is scheduled for Wednesday, March 18 at 9:00 AM with Nurse Manager Linda "
        "Ortiz, RN, MSN. Please check in at the main lobby; parking is free in Lot B.\n\n"
        "Paula Reyes\nNurse Recruiter",
        start=(2026, 3, 18, 9, 0, NY),
        names=("Linda Ortiz",),
    ),
)

# A third batch: Latin American and European clock forms, tables, forwarded agency mail.
THIRD_INTERVIEWS: tuple[Probe, ...] = (
    Probe(
        "es_am_pm_latam",
        "Valeria Castro <valeria.castro@andina-seguros.example>",
        "Entrevista confirmada - Analista Comercial",
        "Hola Pablo,\n\nTe confirmo tu entrevista para el puesto de Analista Comercial el "
        "jueves 12 de marzo a las 10:30 a. m. con Ricardo Peña, gerente comercial, por Microsoft "
        "Teams.\n\nSaludos,\nValeria Castro\nReclutamiento",
        start=(2026, 3, 12, 10, 30, MAD),
        names=("Ricardo Peña",),
        user="es",
    ),
    Probe(
        "es_horas",
        "RR. HH. Grupo Levante <rrhh@grupolevante.example>",
        "Citación a entrevista",
        "Estimado Pablo:\n\nLe citamos a una entrevista el viernes 13 de marzo a las 12:00 "
        "horas en nuestra sede de Alicante. Le atenderá Dña. Rosa Martínez, responsable de "
        "RR. HH.\n\nAtentamente,\nDepartamento de RR. HH.",
        start=(2026, 3, 13, 12, 0, MAD),
        names=("Rosa Martínez",),
        user="es",
    ),
    Probe(
        "de_dot_time",
        "Anja Fischer <anja.fischer@rheinlogistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Herr Weber,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am "
        "Dienstag, 17. März 2026, um 14.30 Uhr ein. Ihre Gesprächspartner: Herr Markus Roth "
        "(Niederlassungsleiter) und Frau Eva Klein (HR).\n\nViele Grüße\nAnja Fischer",
        start=(2026, 3, 17, 14, 30, BER),
        names=("Markus Roth", "Eva Klein"),
        user="de",
    ),
    Probe(
        "fr_10_h_30",
        "Service RH <rh@mutuelle-azur.example>",
        "Convocation à un entretien",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous convoquer à un entretien le "
        "mercredi 18 mars 2026 à 10 h 30 dans nos locaux de Nice. Vous serez reçue par Mme "
        "Isabelle Garnier, responsable du service client.\n\nLe Service RH",
        start=(2026, 3, 18, 10, 30, PAR),
        names=("Isabelle Garnier",),
        user="fr",
    ),
    Probe(
        "workday_table",
        "Summit Retail Careers <summitretail@myworkday.com>",
        "Interview Scheduled",
        "Dear Alex,\n\nYour interview has been scheduled.\n\nInterview Date | Start Time | "
        "End Time | Interviewer\n03/19/2026 | 10:00 AM EDT | 10:45 AM EDT | Monica Reyes\n\n"
        "Summit Retail Talent Acquisition",
        start=(2026, 3, 19, 10, 0, NY),
        names=("Monica Reyes",),
    ),
    Probe(
        "forwarded_agency",
        "Tom Rigby <tom.rigby@apexrecruit.example>",
        "FW: Interview confirmation - Sam Taylor",
        "Hi Sam, see below from the client - all confirmed!\n\nTom\n\n"
        "---------- Forwarded message ---------\nFrom: Claire Dunmore "
        "<claire.dunmore@fenwick.example>\nDate: Mon, 2 Mar 2026 at 11:02\nSubject: Interview "
        "confirmation - Sam Taylor\nTo: Tom Rigby <tom.rigby@apexrecruit.example>\n\nHi Tom,"
        "\n\nHappy to confirm Sam for Tuesday 10th March at 2pm at our Leeds office. Steve "
        "Patel and I will interview.\n\nClaire Dunmore\nOperations Manager",
        start=(2026, 3, 10, 14, 0, LON),
        names=("Steve Patel", "Claire Dunmore"),
        user="uk",
    ),
    Probe(
        "twelve_pm",
        "Derek Olsen <derek.olsen@northpeak.example>",
        "Interview Thursday 12:00 PM",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 19 at 12:00 PM MT with "
        "Jenna Howard (Store Director).\n\nDerek Olsen\nRecruiter",
        start=(2026, 3, 19, 12, 0, "America/Denver"),
        names=("Jenna Howard",),
    ),
    Probe(
        "reminder_24h",
        "Harbor Health Talent <talent@harborhealth.example>",
        "Reminder: Interview in 24 hours",
        "Hi Alex,\n\nThis is a reminder that your interview for Medical Assistant is "
        "tomorrow, March 3, 2026 at 1:30 PM EST with Karen Lopez.\n\nHarbor Health Talent "
        "Acquisition",
        start=(2026, 3, 3, 13, 30, NY),
        names=("Karen Lopez",),
    ),
)

NEAR_MISSES: tuple[Probe, ...] = (
    Probe(
        "nm_propose_times",
        "Hannah Cole <hannah.cole@northwind.example>",
        "Interview availability - Product Manager",
        "Hi Alex,\n\nWe'd like to invite you to interview with Marco Ruiz. Would any of these "
        "times work?\n\n- Tuesday, March 10 at 1pm ET\n- Wednesday, March 11 at 10am ET\n- "
        "Thursday, March 12 at 3pm ET\n\nBest,\nHannah",
        kind="scheduling_request",
    ),
    Probe(
        "nm_calendly_link",
        "Jordan Blake <jordan.blake@tidewater.example>",
        "Next steps - Tidewater",
        "Hi Alex,\n\nThanks for applying! I'd love to set up a 30-minute recruiter screen. "
        "Please grab a time that suits you here: https://calendly.com/jordan-blake/30min\n\n"
        "Jordan Blake\nTechnical Recruiter",
        kind="scheduling_request",
    ),
    Probe(
        "nm_application_received",
        "Brightwell Careers <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightwell",
        "Hi Alex,\n\nThanks for applying for the Senior Data Engineer role. We received your "
        "application on March 2, 2026 at 3:04 PM. Our team will review it and, if there is a "
        "match, reach out to schedule an interview.\n\nBrightwell Recruiting",
        kind="not_interview",
    ),
    Probe(
        "nm_assessment_deadline",
        "Fennel Labs <no-reply@ashbyhq.com>",
        "Your coding assessment for Fennel Labs",
        "Hi Alex,\n\nAs a next step, please complete our online coding assessment on "
        "HackerRank. The assessment takes about 90 minutes and must be completed by Friday, "
        "March 6 at 11:59 PM ET.\n\nStart here: https://hackerrank.com/test/abc\n\nFennel "
        "Labs Recruiting",
        kind="not_interview",
    ),
    Probe(
        "nm_hirevue_ondemand",
        "Meridian Insurance <noreply@hirevue.com>",
        "Complete your HireVue interview",
        "Alex Morgan,\n\nMeridian Insurance has invited you to complete an on-demand video "
        "interview. Please complete it by March 9, 2026 11:59 PM EST. You can record your "
        "answers at any time before then.\n\nhttps://app.hirevue.com/i/xyz",
        kind="not_interview",
    ),
    Probe(
        "nm_de_terminvorschlag",
        "Sabine Krüger <sabine.krueger@nordlicht-energie.example>",
        "Terminvorschläge für ein Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\ngerne möchten wir Sie kennenlernen. Passt Ihnen einer "
        "der folgenden Termine?\n\n- Do., 12.03. um 14:00 Uhr\n- Fr., 13.03. um 10:00 Uhr\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        kind="scheduling_request",
        user="de",
    ),
    Probe(
        "nm_fr_disponibilites",
        "Claire Dubois <claire.dubois@atelier-lumiere.example>",
        "Vos disponibilités pour un entretien",
        "Bonjour Camille,\n\nVotre candidature a retenu notre attention. Pourriez-vous me "
        "donner vos disponibilités pour un entretien la semaine prochaine ? Je propose mardi "
        "10 mars à 10h30 ou jeudi 12 mars à 15h.\n\nBien cordialement,\nClaire Dubois",
        kind="scheduling_request",
        user="fr",
    ),
    Probe(
        "nm_es_disponibilidad",
        "Lucía Fernández <lucia.fernandez@solmar.example>",
        "Disponibilidad para entrevista",
        "Hola Pablo,\n\nNos gustaría conocerte. ¿Qué disponibilidad tienes la semana que "
        "viene? Podríamos el martes 10 de marzo a las 10:30 o el miércoles 11 a las 12:00.\n\n"
        "Un saludo,\nLucía",
        kind="scheduling_request",
        user="es",
    ),
    Probe(
        "nm_work_meeting",
        "Greg Holt <greg.holt@mycompany.example>",
        "Q2 planning sync",
        "Hi Alex,\n\nI've booked us a room for the Q2 planning sync on Tuesday, March 10 at "
        "2:00 PM ET with Dana Fields and Carlos Ortiz. Please bring the roadmap draft.\n\nGreg",
        kind="not_interview",
    ),
    Probe(
        "nm_podcast_interview",
        "Lena Park <lena@devtalks-podcast.example>",
        "Podcast interview confirmed - DevTalks episode 112",
        "Hi Alex,\n\nThanks for agreeing to be a guest on DevTalks! Your podcast interview is "
        "confirmed for Thursday, March 12 at 1:00 PM ET. My co-host Sam Rivera and I will "
        "record on Riverside; the episode goes live in April.\n\nLena Park\nHost, DevTalks",
        kind="not_interview",
    ),
    Probe(
        "nm_research_study",
        "UX Research <research@userpanel.example>",
        "Your research session is confirmed",
        "Hi Alex,\n\nThank you for signing up for our user research study. Your 60-minute "
        "interview session is confirmed for Wednesday, March 11 at 10:00 AM ET with our "
        "researcher Priya Shah. You will receive a $75 gift card for participating.\n\n"
        "UserPanel Research Team",
        kind="not_interview",
    ),
    Probe(
        "nm_visa_appointment",
        "US Visa Info <noreply@usvisa-appointments.example>",
        "Appointment Confirmation - Visa Interview",
        "Dear Applicant,\n\nYour visa interview appointment at the U.S. Embassy London is "
        "confirmed for Monday, 16 March 2026 at 08:15. Please bring your passport, DS-160 "
        "confirmation page and appointment letter.\n\nU.S. Visa Information Service",
        kind="not_interview",
        user="uk",
    ),
    Probe(
        "nm_doctor",
        "Riverside Medical <appointments@riverside-med.example>",
        "Appointment reminder",
        "Hi Alex,\n\nThis is a reminder of your appointment with Dr. Karen Liu on Tuesday, "
        "March 10 at 9:15 AM at Riverside Medical, Suite 300. Reply C to confirm.",
        kind="not_interview",
    ),
    Probe(
        "nm_friend_plans",
        "Jamie <jamie.lee@gmail.com>",
        "Dinner Friday?",
        "Hey! Confirming dinner on Friday, March 6 at 7:30pm at Lucia's with Tom and Priya. "
        "Can't wait to hear about the job hunt - hope the interviews are going well!",
        kind="not_interview",
    ),
    Probe(
        "nm_user_interviews_candidate",
        "Recruiting Ops <recruiting-ops@mycompany.example>",
        "Interview scheduled: Jordan Ellis for Backend Engineer",
        "Hi Alex,\n\nYou've been added as an interviewer for Jordan Ellis (Backend Engineer "
        "candidate) on Thursday, March 12 at 11:00 AM ET. Please submit your scorecard in "
        "Greenhouse within 24 hours.\n\nRecruiting Ops",
        kind="not_interview",
    ),
    Probe(
        "nm_newsletter",
        "The Career Digest <newsletter@careerdigest.example>",
        "5 tips for your next interview",
        "This week: how to nail your next job interview. Join our free webinar on Tuesday, "
        "March 10 at 12 PM ET with career coach Anna Bell. Register now!\n\nUnsubscribe | "
        "View in browser",
        kind="not_interview",
    ),
    Probe(
        "nm_webinar_employer",
        "Sproutly Events <events@sproutly.example>",
        "You're registered: Meet Sproutly - virtual info session",
        "Hi Alex,\n\nYou're registered for our virtual info session on Wednesday, March 11 at "
        "5:00 PM ET. Hear from our CEO Grant Ellison about life at Sproutly and our open "
        "roles. Zoom link: https://zoom.us/j/999\n\nSproutly Talent Team",
        kind="not_interview",
    ),
    Probe(
        "nm_offer_call",
        "Amelia Ross <amelia.ross@copperline.example>",
        "Offer - Copperline",
        "Hi Alex,\n\nI'm delighted to offer you the position of Senior Analyst at Copperline! "
        "The formal offer letter is attached. Could we go over it on a call on Monday, March 9 "
        "at 4:00 pm ET?\n\nAmelia Ross\nTalent Lead",
        kind="not_interview",
    ),
    Probe(
        "nm_rejection_after_interview",
        "Kevin Liu <kevin.liu@heliograph.example>",
        "Your application with Heliograph",
        "Hi Alex,\n\nThank you for interviewing with Anita Desai on Friday, March 13 at 2:00 "
        "PM. Unfortunately we've decided not to move forward with your application.\n\n"
        "Kevin Liu",
        kind="not_interview",
    ),
    Probe(
        "nm_school_parent",
        "Maple Grove Elementary <office@maplegrove-school.example>",
        "Parent-teacher conference confirmed",
        "Dear Alex Morgan,\n\nYour parent-teacher conference with Ms. Rebecca Hart is "
        "confirmed for Thursday, March 12 at 3:40 PM in Room 14.\n\nMaple Grove Elementary",
        kind="not_interview",
    ),
    Probe(
        "nm_assessment_centre_choose",
        "Graduate Recruitment <graduates@albionrail.example>",
        "Choose your Assessment Centre date",
        "Dear Sam,\n\nCongratulations on passing the online tests! Please book a place at "
        "one of our Assessment Centres via the link below. Available dates: 19 March, 24 "
        "March and 2 April 2026. Places are limited.\n\nGraduate Recruitment Team",
        kind="scheduling_request",
        user="uk",
    ),
)
