"""Interviews booked through ATS and scheduling tools, and requests to pick a time (English)."""

from __future__ import annotations

from tests.eval.authoring.common import html_page, paras
from tests.eval17.authoring.kit import (
    ANDREEA,
    CALENDLY,
    CHUNHEI,
    CIARAN,
    ELLIOT,
    HARRIET,
    IMOGEN,
    JAMAL,
    KARAT,
    LACHLAN,
    LEVER,
    MARCUS,
    MIKKEL,
    NUSRAT,
    ONDREJ,
    RECRUITEE,
    RHIANNON,
    SIGRID,
    SMARTR,
    TATUM,
    TEAMTAILOR,
    TEMI,
    TIDYCAL,
    VEERA,
    ZOHO_RECRUIT,
    ampm,
    d,
    dh,
    lab,
    note,
    person,
    t12,
    vendor,
    with_cal,
)

MESSAGES = []
add = MESSAGES.append


def rich(body: str) -> str:
    """The HTML rendering a tool sends beside its text part."""
    return html_page(paras(body))


# 1. Calendly's invitee confirmation with a UTC calendar file.
_body = (
    "Hi Sigrid Vatnedal-Boakye,\n\n"
    "A new event has been scheduled.\n\n"
    "Event Type:\nInterview - Product Analyst (45 min)\n\n"
    "Invitee:\nSigrid Vatnedal-Boakye\n\n"
    f"Event Date/Time:\n{ampm('2036-10-14 10:00')} - {d('2036-10-14', 'usy')} "
    "(Central European Time)\n\n"
    "Location:\nThis is a Google Meet web conference.\nhttps://meet.google.com/fow-pcnd-rxa\n\n"
    "Host:\nEirik Solberg\n\n"
    "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/8e1f2c55\n"
    "Reschedule: https://calendly.com/reschedulings/8e1f2c55\n\n"
    "Powered by Calendly.com\n"
)
add(
    with_cal(
        SIGRID,
        "fjordlys-calendly-invitee-confirmed",
        "interview",
        event={
            "start": "2036-10-14 10:00",
            "zone": None,
            "utc_zone": "Europe/Oslo",
            "minutes": 45,
            "summary": "Interview - Product Analyst between Eirik Solberg and Sigrid Vatnedal-Boakye",
            "organizer": ("Eirik Solberg", "eirik.solberg@fjordlys-energi.example"),
            "attendees": [("Sigrid Vatnedal-Boakye", "sigrid.vatnedal@example.org")],
            "prodid": CALENDLY,
            "location": "https://meet.google.com/fow-pcnd-rxa",
            "method": "REQUEST",
        },
        date=dh("2036-10-08 12:03", "Europe/Oslo"),
        style="calendly.com",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Eirik Solberg", "eirik.solberg@fjordlys-energi.example"),
        subject=(
            f"Confirmed: Interview - Product Analyst with Eirik Solberg on {d('2036-10-14', 'usy')}"
        ),
        body=_body,
        rich=rich(_body),
        ics_mode="attach",
        label=lab(
            "2036-10-14 10:00",
            "Europe/Oslo",
            company="Fjordlys Energi",
            role="Product Analyst",
            who=["Eirik Solberg"],
            emails=["eirik.solberg@fjordlys-energi.example"],
            notes="Calendly booking; 'Central European Time' is no single place, UTC calendar",
        ),
    )
)

# 2. Lever's confirmation with a schedule table and a UTC calendar.
_body = (
    "Hi Andreea,\n\nYour interview with Ardeal Cloud has been scheduled. Here are the details:\n\n"
    f"{d('2036-10-28', 'usy')}\n11:00 AM - 12:30 PM EET (Europe/Bucharest)\n\n"
    "11:00 AM - 11:45 AM  Technical interview - Radu Ionescu, Staff SRE\n"
    "11:45 AM - 12:30 PM  Team fit - Ioana Stoica, Engineering Manager\n\n"
    "Location: Microsoft Teams (link in the calendar invitation)\n\n"
    "If you need to reschedule, reply to this email.\n\nBest,\nAlexandra Pop\nArdeal Cloud "
    "Recruiting\n\nSent via Lever\n"
)
add(
    with_cal(
        ANDREEA,
        "ardeal-cloud-lever-schedule",
        "interview",
        event={
            "start": "2036-10-28 11:00",
            "zone": None,
            "utc_zone": "Europe/Bucharest",
            "minutes": 90,
            "summary": "Interview: Andreea Mocanu-Whitley - Site Reliability Engineer",
            "organizer": ("Alexandra Pop", "alexandra.pop@ardealcloud.example"),
            "attendees": [
                ("Andreea Mocanu-Whitley", "andreea.mocanu@example.com"),
                ("Radu Ionescu", "radu.ionescu@ardealcloud.example"),
                ("Ioana Stoica", "ioana.stoica@ardealcloud.example"),
            ],
            "prodid": LEVER,
            "method": "REQUEST",
        },
        date=dh("2036-10-22 16:40", "Europe/Bucharest"),
        style="hire.lever.co",
        frm=("Alexandra Pop", "no-reply@hire.lever.co"),
        reply_to=("Alexandra Pop", "alexandra.pop@ardealcloud.example"),
        subject="Interview confirmation: Ardeal Cloud - Site Reliability Engineer",
        body=_body,
        rich=rich(_body),
        ics_mode="both",
        label=lab(
            "2036-10-28 11:00",
            "Europe/Bucharest",
            "Europe/Bucharest",
            company="Ardeal Cloud",
            role="Site Reliability Engineer",
            who=["Radu Ionescu", "Ioana Stoica"],
            emails=["radu.ionescu@ardealcloud.example", "ioana.stoica@ardealcloud.example"],
            notes="Lever; EET (after 26 Oct) with the IANA name printed",
        ),
    )
)

# 3. SmartRecruiters interview invitation, HTML only, with an ICS.
_body = (
    "Dear Harriet,\n\nThank you for your interest in the Senior UX Researcher position at "
    "Thamesmead Housing Group. We are pleased to invite you to an interview.\n\n"
    "Interview type: Video interview (Microsoft Teams)\n"
    f"Date: {d('2036-11-05', 'uky')}\nTime: 14:00 - 15:00 (Europe/London)\n"
    "Interviewers: Adaeze Nwankwo, Research Operations Lead; Tom Pemberton, Head of Digital\n\n"
    "Please confirm your attendance using the button below.\n\n[ Accept ]   [ Decline ]\n\n"
    "Kind regards,\nThamesmead Housing Group Talent Team\n\n"
    "Powered by SmartRecruiters\n"
)
add(
    with_cal(
        HARRIET,
        "thamesmead-smartrecruiters-invite",
        "interview",
        event={
            "start": "2036-11-05 14:00",
            "zone": "Europe/London",
            "minutes": 60,
            "summary": "Interview - Senior UX Researcher - Thamesmead Housing Group",
            "organizer": ("Thamesmead Housing Group", "noreply@smartrecruiters.com"),
            "attendees": [
                ("Harriet Penhaligon-Obi", "harriet.penhaligon@example.net"),
                ("Adaeze Nwankwo", "adaeze.nwankwo@thamesmead-housing.example"),
                ("Tom Pemberton", "tom.pemberton@thamesmead-housing.example"),
            ],
            "prodid": SMARTR,
            "location": "Microsoft Teams",
            "method": "REQUEST",
        },
        date=dh("2036-10-30 09:15", "Europe/London"),
        style="smartrecruiters.com",
        frm=("Thamesmead Housing Group", "noreply@smartrecruiters.com"),
        subject="Interview invitation: Senior UX Researcher",
        rich=rich(_body),
        ics_mode="attach",
        ics_name="interview.ics",
        label=lab(
            "2036-11-05 14:00",
            "Europe/London",
            "Europe/London",
            company="Thamesmead Housing Group",
            role="Senior UX Researcher",
            who=["Adaeze Nwankwo", "Tom Pemberton"],
            emails=[
                "adaeze.nwankwo@thamesmead-housing.example",
                "tom.pemberton@thamesmead-housing.example",
            ],
            notes="SmartRecruiters, HTML only; accept buttons do not make it a request",
        ),
    )
)

# 4. Teamtailor's booked-meeting mail.
_body = (
    "Hi Mikkel,\n\nYou have booked an interview with Nordlys Fintech.\n\n"
    f"{d('2036-10-16', 'uky')}\n09:30 - 10:15 (Copenhagen)\n\n"
    "Participants: Signe Dalsgaard, Rasmus Krogh\n"
    "Video link: https://nordlysfintech.teamtailor.com/meetings/v/4c1d2b\n\n"
    "Need to change the time? Use the link above to reschedule.\n\n"
    "Best regards\nNordlys Fintech\n"
)
add(
    with_cal(
        MIKKEL,
        "nordlys-teamtailor-booked",
        "interview",
        event={
            "start": "2036-10-16 09:30",
            "zone": "Europe/Copenhagen",
            "minutes": 45,
            "summary": "Interview: Mikkel Skovgaard-Ilunga / Nordlys Fintech",
            "organizer": ("Signe Dalsgaard", "signe.dalsgaard@nordlysfintech.example"),
            "attendees": [
                ("Mikkel Skovgaard-Ilunga", "mikkel.skovgaard@example.com"),
                ("Rasmus Krogh", "rasmus.krogh@nordlysfintech.example"),
            ],
            "prodid": TEAMTAILOR,
            "location": "https://nordlysfintech.teamtailor.com/meetings/v/4c1d2b",
            "method": "REQUEST",
        },
        date=dh("2036-10-09 21:14", "Europe/Copenhagen"),
        style="teamtailor.com",
        frm=("Nordlys Fintech", "no-reply@teamtailor-mail.com"),
        reply_to=("Signe Dalsgaard", "signe.dalsgaard@nordlysfintech.example"),
        subject="Interview booked with Nordlys Fintech",
        body=_body,
        rich=rich(_body),
        ics_mode="attach",
        label=lab(
            "2036-10-16 09:30",
            "Europe/Copenhagen",
            "Europe/Copenhagen",
            company="Nordlys Fintech",
            who=["Signe Dalsgaard", "Rasmus Krogh"],
            emails=[
                "signe.dalsgaard@nordlysfintech.example",
                "rasmus.krogh@nordlysfintech.example",
            ],
            notes="Teamtailor self-booking confirmation",
        ),
    )
)

# 5. Workable: a recruiter-set interview, plain text and HTML.
add(
    vendor(
        ELLIOT,
        "sierra-tide-workable-interview",
        "interview",
        frm=("Sierra Tide Games", "noreply@workablemail.com"),
        reply_to=("Maya Hollister", "maya.hollister@sierratide.example"),
        subject="Interview with Sierra Tide Games",
        date=dh("2036-10-13 15:48", "America/Los_Angeles"),
        body=(
            "Hi Elliot,\n\nMaya Hollister from Sierra Tide Games has scheduled an interview "
            "with you for the Technical Artist position.\n\n"
            f"When: {d('2036-10-21', 'usy')}, {t12('2036-10-21 11:00')} - "
            f"{t12('2036-10-21 12:00')} (America/Los_Angeles)\n"
            "Where: Video call - https://meet.google.com/hwe-ozkd-pbt\n"
            "With: Maya Hollister, Art Director; Kenji Albright, Lead Technical Artist\n\n"
            "Please let us know if you can make it by replying to this email.\n\n"
            "Sent with Workable\n"
        ),
        label=lab(
            "2036-10-21 11:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Sierra Tide Games",
            role="Technical Artist",
            who=["Maya Hollister", "Kenji Albright"],
            notes="Workable; the scheduler also interviews",
        ),
    )
)

# 6. iCIMS interview confirmation, HTML only.
add(
    vendor(
        JAMAL,
        "lakeview-health-icims-confirmation",
        "interview",
        frm=("Lakeview Health System Careers", "careers-lakeviewhealth@icims.com"),
        subject="Interview Confirmation - Req 2036-11873 Revenue Cycle Analyst",
        date=dh("2036-10-17 10:31", "America/Chicago"),
        html_only=True,
        body=(
            "Dear Jamal,\n\nThis email confirms your interview for Revenue Cycle Analyst "
            "(Req 2036-11873).\n\n"
            f"Date: {d('2036-10-23', 'usy')}\nTime: 1:00 PM Central Time\n"
            "Interview Type: Phone\nInterviewer: Denise Kowalczyk, Manager, Revenue Integrity\n"
            "Denise will call you at the phone number in your candidate profile.\n\n"
            "To update your profile, log in to the Lakeview Health Careers Portal at "
            "https://careers-lakeviewhealth.icims.com\n\n"
            "Lakeview Health System is an Equal Opportunity Employer.\n"
        ),
        label=lab(
            "2036-10-23 13:00",
            "America/Chicago",
            "America/Chicago",
            company="Lakeview Health System",
            role="Revenue Cycle Analyst",
            who=["Denise Kowalczyk"],
            notes="iCIMS; phone interview; Central Time",
        ),
    )
)

# 7. ModernLoop schedule: interviewers in Seattle, the user in Alaska.
add(
    vendor(
        TATUM,
        "cascadia-outdoor-modernloop-loop-schedule",
        "interview",
        frm=("Cascadia Outdoor Co. Recruiting", "scheduling@modernloop.io"),
        reply_to=("Priya Raman-Ellis", "priya.ramanellis@cascadia-outdoor.example"),
        subject="Your interview schedule with Cascadia Outdoor Co.",
        date=dh("2036-11-04 08:30", "America/Anchorage"),
        body=(
            "Hi Tatum,\n\nHere is your interview schedule for the Senior Supply Planner role. "
            "Times are shown in your time zone (Alaska Time - Anchorage).\n\n"
            f"{d('2036-11-07', 'usy')}\n"
            "9:00 AM - 9:45 AM  Supply planning deep dive with Travis Oyelaran\n"
            "9:45 AM - 10:30 AM  Cross-functional partners with Ming Halvorsen\n"
            "10:30 AM - 11:00 AM  Hiring manager wrap-up with Dolores Achterberg\n\n"
            "Each session has its own Zoom link in the calendar invitations you'll receive.\n\n"
            "Scheduled with ModernLoop\n"
        ),
        label=lab(
            "2036-11-07 09:00",
            "America/Anchorage",
            "America/Anchorage",
            company="Cascadia Outdoor Co.",
            role="Senior Supply Planner",
            who=["Travis Oyelaran", "Ming Halvorsen", "Dolores Achterberg"],
            notes="ModernLoop loop; times in Alaska time (AKST after 2 Nov)",
        ),
        html_extra="",
    )
)

# 8. Karat: an outsourced technical interview for a client company.
add(
    with_cal(
        MARCUS,
        "karat-interview-for-client-confirmed",
        "interview",
        event={
            "start": "2036-10-30 19:00",
            "zone": None,
            "utc_zone": "America/New_York",
            "minutes": 60,
            "summary": "Karat Interview for Brightwell Bank",
            "organizer": ("Karat", "scheduling@karat.io"),
            "attendees": [("Marcus Abernathy-Lindqvist", "marcus.abernathy@example.org")],
            "prodid": KARAT,
            "method": "REQUEST",
        },
        date=dh("2036-10-24 13:02", "America/New_York"),
        style="karat.io",
        frm=("Karat", "scheduling@karat.io"),
        subject="Your Karat interview for Brightwell Bank is confirmed",
        body=(
            "Hi Marcus,\n\nYour technical interview for Brightwell Bank is confirmed for "
            f"{d('2036-10-30', 'usy')} at 7:00 PM EDT.\n\n"
            "A Karat Interview Engineer will conduct this 60-minute interview on behalf of "
            "Brightwell Bank. Join from https://app.karat.io/interview/r/4d8e1 five minutes "
            "early to test your camera and microphone.\n\nGood luck!\nThe Karat Team\n"
        ),
        ics_mode="attach",
        label=lab(
            "2036-10-30 19:00",
            "America/New_York",
            company="Brightwell Bank",
            notes="Karat conducts on the client's behalf; interviewer not named; EDT only",
        ),
    )
)

# 9. Recruitee: the user booked a slot; calendar in the company's zone.
_body = (
    "Hi Ondřej,\n\nThanks for picking a time! Your interview with Brnoworks is booked:\n\n"
    f"{d('2036-10-10', 'uky')}, 15:00 - 15:30 (Europe/Prague)\n"
    "Interviewer: Tereza Šimková\n"
    "Location: Google Meet, https://meet.google.com/cny-ekwb-tlu\n\n"
    "See you soon,\nBrnoworks team\n\nSent with Recruitee\n"
)
add(
    with_cal(
        ONDREJ,
        "brnoworks-recruitee-slot-booked",
        "interview",
        event={
            "start": "2036-10-10 15:00",
            "zone": "Europe/Prague",
            "minutes": 30,
            "summary": "Interview Brnoworks - Ondřej Hrubeš-Asante",
            "organizer": ("Tereza Šimková", "tereza.simkova@brnoworks.example"),
            "attendees": [("Ondřej Hrubeš-Asante", "ondrej.hrubes@example.net")],
            "prodid": RECRUITEE,
            "location": "https://meet.google.com/cny-ekwb-tlu",
            "method": "REQUEST",
        },
        date=dh("2036-10-06 11:19", "Europe/Prague"),
        style="recruitee.com",
        frm=("Brnoworks", "noreply@recruitee.com"),
        reply_to=("Tereza Šimková", "tereza.simkova@brnoworks.example"),
        subject="Your interview with Brnoworks is booked",
        body=_body,
        rich=rich(_body),
        ics_mode="attach",
        label=lab(
            "2036-10-10 15:00",
            "Europe/Prague",
            "Europe/Prague",
            company="Brnoworks",
            who=["Tereza Šimková"],
            emails=["tereza.simkova@brnoworks.example"],
            notes="Recruitee self-booking",
        ),
    )
)

# 10. BambooHR mail sent from the company's own subdomain.
add(
    vendor(
        LACHLAN,
        "mangrove-bamboohr-interview-scheduled",
        "interview",
        frm=("Mangrove Solar Hiring", "notifications@mangrovesolar.bamboohr.com"),
        reply_to=("Tegan O'Loughlin", "tegan.oloughlin@mangrovesolar.example"),
        subject="Interview scheduled - Solar Design Engineer",
        date=dh("2036-10-27 14:14", "Australia/Brisbane"),
        body=(
            "Hi Lachlan,\n\nThanks for applying for Solar Design Engineer at Mangrove Solar. "
            "We'd love to meet you!\n\n"
            f"Interview: {d('2036-10-30', 'uk')}, 2:30pm AEST (Brisbane time)\n"
            "Location: Level 3, 88 Boundary St, West End\n"
            "You'll be meeting Tegan O'Loughlin (Engineering Lead) and Sam Whitford "
            "(Project Manager).\n\n"
            "Cheers,\nTegan\n\nPowered by BambooHR\n"
        ),
        label=lab(
            "2036-10-30 14:30",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Mangrove Solar",
            role="Solar Design Engineer",
            who=["Tegan O'Loughlin", "Sam Whitford"],
            notes="BambooHR; Brisbane time",
        ),
    )
)

# 11. TidyCal booking confirmation with a calendar in Lagos time.
_body = (
    "Booking confirmed\n\nHi Temitope, your booking with Kunle Fashola is confirmed.\n\n"
    "Booking type: Interview - Growth Marketing Lead (40 min)\n"
    f"Date: {d('2036-10-22', 'usy')}\nTime: {ampm('2036-10-22 16:00')} West Africa Time - Lagos\n"
    "Location: Zoom (link below)\nhttps://us02web.zoom.us/j/84412093357\n\n"
    "Add to calendar: the invite is attached.\n\nTidyCal\n"
)
add(
    with_cal(
        TEMI,
        "ikoyi-brands-tidycal-booking",
        "interview",
        event={
            "start": "2036-10-22 16:00",
            "zone": "Africa/Lagos",
            "minutes": 40,
            "summary": "Interview - Growth Marketing Lead (Kunle Fashola)",
            "organizer": ("Kunle Fashola", "kunle@ikoyibrands.example"),
            "attendees": [("Temitope Adebayo-Quartey", "temitope.adebayo@example.com")],
            "prodid": TIDYCAL,
            "location": "https://us02web.zoom.us/j/84412093357",
            "method": "REQUEST",
        },
        date=dh("2036-10-18 09:51", "Africa/Lagos"),
        style="tidycal.com",
        frm=("TidyCal", "bookings@tidycal.com"),
        reply_to=("Kunle Fashola", "kunle@ikoyibrands.example"),
        subject="Booking confirmed: Interview - Growth Marketing Lead with Kunle Fashola",
        body=_body,
        rich=rich(_body),
        ics_mode="attach",
        label=lab(
            "2036-10-22 16:00",
            "Africa/Lagos",
            "Africa/Lagos",
            company="Ikoyi Brands",
            role="Growth Marketing Lead",
            who=["Kunle Fashola"],
            emails=["kunle@ikoyibrands.example"],
            notes="TidyCal booking",
        ),
    )
)

# --- Scheduling requests: asked to pick a time, nothing booked --------------------------------

# 12. Greenhouse availability request.
add(
    vendor(
        IMOGEN,
        "tasman-ports-greenhouse-availability",
        "scheduling_request",
        frm=("Tasman Ports Recruiting", "no-reply@greenhouse.io"),
        reply_to=("Bridget Harkness", "bridget.harkness@tasmanports.example"),
        subject="Please share your availability - Tasman Ports",
        date=dh("2036-10-14 11:05", "Australia/Hobart"),
        body=(
            "Hi Imogen,\n\nThanks for your interest in the Asset Planner role at Tasman "
            "Ports! We'd like to set up a 45 minute video interview with our Asset "
            "Management team.\n\nPlease let us know when you're available over the next two "
            "weeks using the link below:\n\n"
            "https://app.greenhouse.io/availability/7a3e92/submit\n\n"
            "Thanks,\nBridget Harkness\nRecruitment Partner\n"
        ),
        label=note("Greenhouse availability request; nothing booked", company="Tasman Ports"),
    )
)

# 13. Lever self-scheduling link.
add(
    vendor(
        SIGRID,
        "havbruk-lever-self-schedule",
        "scheduling_request",
        frm=("Kari Nygaard", "no-reply@hire.lever.co"),
        reply_to=("Kari Nygaard", "kari.nygaard@havbruk-data.example"),
        subject="Schedule your interview with Havbruk Data",
        date=dh("2036-10-20 13:37", "Europe/Oslo"),
        body=(
            "Hi Sigrid,\n\nWe'd love to move you forward to a first interview for the Data "
            "Scientist role. Please pick a time that works for you here:\n\n"
            "https://hire.lever.co/interview-scheduling/b2a17c9e\n\n"
            "Slots are 45 minutes, over Google Meet.\n\nKari Nygaard\nTalent Partner, Havbruk Data\n"
        ),
        label=note("Lever self-scheduling link; no time chosen", company="Havbruk Data"),
    )
)

# 14. A recruiter proposes three slots.
add(
    person(
        RHIANNON,
        "fundy-tidal-three-slots",
        "scheduling_request",
        frm=("Marc-André Thibodeau", "ma.thibodeau@fundytidal.example"),
        subject="Interview times - Environmental Compliance Officer",
        date=dh("2036-10-08 15:02", "America/Halifax"),
        body=(
            "Hi Rhiannon,\n\nThe panel would like to meet you! Could you let me know which of "
            "these works (all Atlantic time)?\n\n"
            f"- {d('2036-10-14', 'us')}, 10:00 AM\n- {d('2036-10-15', 'us')}, 2:30 PM\n"
            f"- {d('2036-10-17', 'us')}, 9:00 AM\n\n"
            "Interviews are about an hour, at our Saint John office or by Teams.\n\n"
            "Thanks,\nMarc-André\n"
        ),
        label=note("three options offered, none chosen", company="Fundy Tidal"),
    )
)

# 15. A hiring manager's Calendly link.
add(
    person(
        JAMAL,
        "midway-freight-hm-calendly-link",
        "scheduling_request",
        frm=("Rosa Delgado-Kim", "rosa.delgadokim@midwayfreight.example"),
        subject="Quick intro call?",
        date=dh("2036-10-03 08:14", "America/Chicago"),
        body=(
            "Hi Jamal,\n\nYour application for the Network Analyst role came across my desk "
            "and I'd love to chat. Grab any 30 min slot that works for you next week:\n"
            "https://calendly.com/rosa-delgadokim/30min\n\nRosa\nDirector of Network Strategy\n"
        ),
        label=note("link to book; nothing booked yet", company="Midway Freight"),
    )
)

# 16. ModernLoop asks for availability.
add(
    vendor(
        MARCUS,
        "greyline-modernloop-availability",
        "scheduling_request",
        frm=("Greyline Analytics Recruiting", "scheduling@modernloop.io"),
        reply_to=("Jordan Feldstein", "jordan.feldstein@greyline.example"),
        subject="Action needed: share your availability for your Greyline Analytics interviews",
        date=dh("2036-11-06 10:02", "America/New_York"),
        body=(
            "Hi Marcus,\n\nCongrats on moving to the final round! Please share your "
            "availability for a 3-hour virtual onsite within the next 10 business days.\n\n"
            "Share availability: https://app.modernloop.io/candidate/availability/f0e1\n\n"
            "Jordan Feldstein, Recruiting Coordinator\n\nScheduled with ModernLoop\n"
        ),
        label=note("availability request for an onsite", company="Greyline Analytics"),
    )
)

# 17. An agency asks about next week.
add(
    person(
        CHUNHEI,
        "peakline-agency-next-week-windows",
        "scheduling_request",
        frm=("Vanessa Cheung", "vanessa.cheung@peakline-search.example"),
        subject="Kowloon Bay logistics client - first interview availability",
        date=dh("2036-10-07 12:45", "Asia/Hong_Kong"),
        body=(
            "Hi Chun-hei,\n\nAnother one for you: a logistics tech client in Kowloon Bay "
            "(Harbourlink Systems) liked your CV for their Product Owner role. Could you send "
            "me 3-4 windows next week when you can do a 45 min video interview? Mornings "
            "preferred on their side.\n\nThanks!\nVanessa\n"
        ),
        label=note("agency asks for windows; nothing booked", company="Harbourlink Systems"),
    )
)

# 18. A LinkedIn InMail notification from a hiring manager.
add(
    vendor(
        TEMI,
        "linkedin-inmail-hm-chat-next-week",
        "scheduling_request",
        frm=("Tobi Akinwande via LinkedIn", "inmail-hit-reply@linkedin.com"),
        subject="Tobi Akinwande sent you a new message",
        date=dh("2036-10-28 07:52", "Africa/Lagos"),
        body=(
            "Tobi Akinwande\nHead of Growth at Ebute Logistics\n\n"
            "Hi Temitope, I saw your application for our Growth Analytics Lead role and would "
            "love to set up a first interview. Are you free any time Tue-Thu next week? "
            "Happy to work around your schedule.\n\n"
            "Reply: https://www.linkedin.com/messaging/thread/2-NDc1YjAx/\n\n"
            "You are receiving InMail notification emails. Unsubscribe\n"
            "© 2036 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n"
        ),
        label=note("InMail asking for availability", company="Ebute Logistics"),
    )
)

# 19. Zoho Recruit: a published (not requested) calendar event with the interview.
_body = (
    "Dear Veera,\n\nGreetings from Saimaa Paper Oy!\n\n"
    "We are happy to let you know that your interview for the position of Process "
    "Engineer has been scheduled.\n\n"
    f"Interview Name: Second interview\nFrom: {d('2036-11-11', 'uky')} 10:00 AM\n"
    f"To: {d('2036-11-11', 'uky')} 11:30 AM\nTime zone: (GMT+02:00) Eastern European "
    "Time (Europe/Helsinki)\nVenue: Saimaa Paper Oy, Tehtaankatu 4, Lappeenranta\n"
    "Interviewer(s): Heikki Rautiainen, Marjut Saarela\n\n"
    "Please use the attachment to add the interview to your calendar.\n\n"
    "Regards,\nSaimaa Paper Oy HR\n"
)
add(
    with_cal(
        VEERA,
        "saimaa-paper-zoho-recruit-publish",
        "interview",
        event={
            "start": "2036-11-11 10:00",
            "zone": "Europe/Helsinki",
            "minutes": 90,
            "summary": "Second interview - Process Engineer - Veera Lindholm-Achebe",
            "organizer": ("Saimaa Paper Oy HR", "hr@saimaapaper.example"),
            "prodid": ZOHO_RECRUIT,
            "location": "Saimaa Paper Oy, Tehtaankatu 4, Lappeenranta",
            "method": "PUBLISH",
        },
        date=dh("2036-11-03 13:26", "Europe/Helsinki"),
        style="zohorecruit.com",
        frm=("Saimaa Paper Oy HR", "notification@zohorecruit.com"),
        reply_to=("Saimaa Paper Oy HR", "hr@saimaapaper.example"),
        subject="Interview scheduled: Process Engineer - Saimaa Paper Oy",
        body=_body,
        rich=rich(_body),
        ics_mode="attach",
        ics_name="Interview.ics",
        label=lab(
            "2036-11-11 10:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Saimaa Paper",
            role="Process Engineer",
            who=["Heikki Rautiainen", "Marjut Saarela"],
            notes="Zoho Recruit; METHOD:PUBLISH attachment",
        ),
    )
)

# 20. Ashby's reminder the day before, with a GMT offset only.
add(
    vendor(
        CIARAN,
        "poolbeg-robotics-ashby-reminder-tomorrow",
        "interview",
        frm=("Poolbeg Robotics", "no-reply@ashbyhq.com"),
        reply_to=("Sinéad Kavanagh", "sinead@poolbegrobotics.example"),
        subject="Reminder: your interview with Poolbeg Robotics is tomorrow",
        date=dh("2036-11-04 09:00", "Europe/Dublin"),
        body=(
            "Hi Ciarán,\n\nJust a reminder that your interview for Senior Perception Engineer "
            "is tomorrow.\n\n"
            f"{d('2036-11-05', 'uky')}\n14:00 - 15:00 (GMT+0)\n\n"
            "Interviewers: Darragh Cullinane (Perception Lead), Ayesha Mwangi (Staff Engineer)\n"
            "Join: https://meet.google.com/qzr-hbvn-aep\n\n"
            "Need to reschedule? Reply to this email.\n\nPoolbeg Robotics Recruiting\n"
        ),
        label=lab(
            "2036-11-05 14:00",
            "Europe/Dublin",
            company="Poolbeg Robotics",
            role="Senior Perception Engineer",
            who=["Darragh Cullinane", "Ayesha Mwangi"],
            notes="Ashby reminder; offset only",
        ),
    )
)

# 21. A Microsoft Bookings page link: pick a slot yourself.
add(
    person(
        NUSRAT,
        "jamuna-telecom-bookings-page-link",
        "scheduling_request",
        frm=("Tahmina Akter", "tahmina.akter@jamuna-telecom.example"),
        subject="Next step: book your interview slot",
        date=dh("2036-10-26 12:40", "Asia/Dhaka"),
        html=True,
        body=(
            "Dear Nusrat,\n\nThank you for your application for Data Governance Analyst. You "
            "have been shortlisted for the first interview. Please book a convenient 30 "
            "minute slot between 2 and 6 November using our booking page:\n\n"
            "https://outlook.office.com/book/TalentAcquisition@jamuna-telecom.example/\n\n"
            "Regards,\nTahmina Akter\nTalent Acquisition, Jamuna Telecom\n"
        ),
        label=note("Bookings page link; nothing booked", company="Jamuna Telecom"),
    )
)
