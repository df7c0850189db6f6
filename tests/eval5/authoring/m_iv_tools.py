"""Interviews announced by applicant-tracking and scheduling tools: Greenhouse, Lever,
Workday, Ashby, SmartRecruiters, iCIMS, Teamtailor, Recruitee, Workable, BambooHR, Rippling,
Gem, Calendly, GoodTime, ModernLoop, Prelude, Cal.com, Paradox, HireVue (live)."""

from __future__ import annotations

from .kit import (
    AYESHA,
    BRENT,
    CALCOM,
    DESMOND,
    DILANI,
    ELIF,
    FARHAN,
    HARPER,
    ISLA,
    JARRAH,
    KAYLEE,
    KWAME,
    MIA,
    OKSANA,
    RANGI,
    SIGRUN,
    THANDAR,
    Msg,
    ats,
    d,
    dh,
    event,
    iso,
    iv,
    plus,
    t12,
    t24,
    uid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append


def utc_ics(
    seed: str,
    start: str,
    zone: str,
    minutes: int,
    summary: str,
    org: tuple[str, str],
    who: list[tuple[str, str]],
    prodid: str,
    location: str = "",
) -> str:
    """A calendar in UTC as most ATS write it."""
    return event(
        uid=uid(seed, seed.split("-", maxsplit=1)[0] + ".example"),
        start=start,
        zone=None,
        utc_zone=zone,
        minutes=minutes,
        summary=summary,
        organizer=org,
        attendees=who,
        location=location,
        prodid=prodid,
    )


# --- Greenhouse: onsite panel list with titles, New York, after the US switch -------------------
S = "2027-11-15 09:30"
add(
    ats(
        DESMOND,
        "greenhouse-onsite-panel-titles",
        "interview",
        frm=("Marisol Penhallow", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Marisol Penhallow", "marisol.penhallow@copperkettleinsure.example"),
        subject="Interview Confirmation: Desmond Okonjo-Price for Senior Actuarial Analyst",
        date=dh("2027-11-05 11:02:00", "America/New_York"),
        body=f"""Hi Desmond,

Thanks for confirming your availability. Here is your onsite schedule at Copperkettle Insurance.

Date: {d(S, "usy")}
Location: 120 Broad Street, 31st Floor, New York, NY 10004
All times Eastern Time (US & Canada)

{t12(S)} - {t12(plus(S, 45))}  Valuation deep dive - Priyamvada Sethi, Director, Actuarial (priyamvada.sethi@copperkettleinsure.example)
{t12(plus(S, 45))} - {t12(plus(S, 90))}  Modelling exercise - Colm Garrity, Lead Actuary (colm.garrity@copperkettleinsure.example)
{t12(plus(S, 90))} - {t12(plus(S, 135))}  Values & collaboration - Renée Faulkner-Iwu, VP Finance

Please bring a government-issued photo ID for the lobby.

Best,
Marisol Penhallow
Recruiting Coordinator""",
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Copperkettle Insurance",
            role="Senior Actuarial Analyst",
            interviewers=["Priyamvada Sethi", "Colm Garrity", "Renée Faulkner-Iwu"],
            emails=[
                "priyamvada.sethi@copperkettleinsure.example",
                "colm.garrity@copperkettleinsure.example",
            ],
            notes="Greenhouse relay + Reply-To; three sessions with titles and two addresses; EST after 7 Nov.",
        ),
    )
)

# --- Lever: HTML only, Pakistan ---------------------------------------------------------------
S = "2027-10-29 15:00"
add(
    ats(
        AYESHA,
        "lever-html-only-karachi",
        "interview",
        frm=("Fenwick Analytics", "no-reply@hire.lever.co"),
        reply_to=("Talia Brennan", "talia.brennan@fenwickanalytics.example"),
        subject="Your interview with Fenwick Analytics is scheduled",
        date=dh("2027-10-22 07:30:00", "America/Chicago"),
        html_only=True,
        body=f"""Hi Ayesha,

Your interview for Test Engineering Manager has been scheduled.

{d(S, "usy")}
{t12(S)} - {t12(plus(S, 60))} PKT (Asia/Karachi)

Interviewers: Noel Abernathy (VP Engineering), Grace Liang (QA Director)

Join: https://fenwickanalytics.zoom.us/j/83300219467

If you need to reschedule, reply to this email.

Fenwick Analytics Recruiting""",
        label=iv(
            iso(S, "Asia/Karachi"),
            "Asia/Karachi",
            company="Fenwick Analytics",
            role="Test Engineering Manager",
            interviewers=["Noel Abernathy", "Grace Liang"],
            notes="Lever HTML only; time converted to the candidate's zone with the IANA name.",
        ),
    )
)

# --- Workday: numeric US date, Pacific Standard Time named in full ---------------------------
S = "2027-11-16 09:00"
add(
    ats(
        HARPER,
        "workday-numeric-date-pacific",
        "interview",
        frm=("Saltmarsh Health Careers", "saltmarshhealth@myworkday.com"),
        subject="Interview Scheduled: Clinical Data Scientist (R-044817)",
        date=dh("2027-11-08 13:15:00", "America/Los_Angeles"),
        body=f"""Dear Harper,

An interview has been scheduled for the Clinical Data Scientist (R-044817) position.

Interview Date: {S[5:7]}/{S[8:10]}/{S[:4]}
Start Time: {t12(S)} Pacific Standard Time
Duration: 60 minutes
Interviewer(s): Dr. Anneliese Okoro; Ravi Subramaniam
Location: Microsoft Teams (link to follow from the interviewer)

To view details, sign in to your candidate home account.

Saltmarsh Health Talent Acquisition""",
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Saltmarsh Health",
            role="Clinical Data Scientist",
            interviewers=["Anneliese Okoro", "Ravi Subramaniam"],
            notes="Workday: numeric mm/dd/yyyy date; 'Pacific Standard Time' spelled out; title 'Dr.' dropped.",
        ),
    )
)

# --- Ashby: .ics in UTC, Darwin user invited by a Brisbane startup --------------------------
S = "2027-10-11 11:00"
add(
    ats(
        JARRAH,
        "ashby-utc-ics-darwin",
        "interview",
        frm=("Saltbush Energy", "no-reply@ashbyhq.com"),
        reply_to=("Noah Pirrie", "noah.pirrie@saltbushenergy.example"),
        subject="Interview confirmed: Saltbush Energy - Grid Integration Analyst",
        date=dh("2027-10-04 16:20:00", "Australia/Brisbane"),
        body=f"""Hi Jarrah,

You're confirmed for your interview with Saltbush Energy.

{d(S, "uky")}
{t12(S)} - {t12(plus(S, 45))} ACST (Darwin)

With: Mereana Holt, Head of Grid Integration

A calendar invite is attached. Video link: https://meet.google.com/rqd-ohtx-ykn

Thanks,
Noah (Saltbush Energy Talent)""",
        ics=utc_ics(
            "ashby-jarrah",
            S,
            "Australia/Darwin",
            45,
            "Saltbush Energy - Interview with Mereana Holt",
            ("Saltbush Energy", "no-reply@ashbyhq.com"),
            [
                ("Jarrah Whitlock", JARRAH.addresses[0]),
                ("Mereana Holt", "mereana.holt@saltbushenergy.example"),
            ],
            "-//Ashby//Ashby Scheduling//EN",
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Australia/Darwin"),
            "Australia/Darwin",
            company="Saltbush Energy",
            role="Grid Integration Analyst",
            interviewers=["Mereana Holt"],
            emails=["mereana.holt@saltbushenergy.example"],
            notes="Ashby confirmation, UTC .ics; Darwin +09:30 (text 'ACST (Darwin)').",
        ),
    )
)

# --- SmartRecruiters: day-first numeric date, GMT, Accra ----------------------------------
S = "2027-10-19 10:00"
add(
    ats(
        KWAME,
        "smartrecruiters-accra-dmy",
        "interview",
        frm=("Volta Basin Breweries", "noreply@smartrecruiters.com"),
        reply_to=("Abena Owusu-Ansah", "abena.owusuansah@voltabasin.example"),
        subject="Interview invitation - Supply Chain Planner",
        date=dh("2027-10-11 08:05:00", "Africa/Accra"),
        body=f"""Dear Kwame,

Thank you for your application to Volta Basin Breweries. We are pleased to invite you to an interview.

Position: Supply Chain Planner
Date: {S[8:10]}/{S[5:7]}/{S[:4]}
Time: {t24(S)} GMT
Venue: Volta Basin Breweries, Spintex Road, Accra - Admin Block, Conference Room 2
Interview panel: Kofi Mensah-Bonsu (Supply Chain Manager), Efua Quaye (Planning Lead)

Kindly come with your original certificates and a valid national ID (Ghana Card).

Regards,
Abena Owusu-Ansah
HR Business Partner""",
        label=iv(
            iso(S, "Africa/Accra"),
            None,
            company="Volta Basin Breweries",
            role="Supply Chain Planner",
            interviewers=["Kofi Mensah-Bonsu", "Efua Quaye"],
            notes="SmartRecruiters, day-first numeric date '19/10/2027', 24-hour time, 'GMT' only.",
        ),
    )
)

# --- iCIMS: Alaska, phone interview ---------------------------------------------------------
S = "2027-10-13 14:00"
add(
    ats(
        KAYLEE,
        "icims-phone-interview-alaska",
        "interview",
        frm=("Northstar Borough Utilities", "careers-northstarutilities@icims.com"),
        subject="Phone Interview Confirmation - GIS Technician II",
        date=dh("2027-10-07 10:40:00", "America/Anchorage"),
        body=f"""Hello Kaylee,

This message confirms your phone interview for GIS Technician II (Req #2027-1184).

When: {d(S, "usy")}, {t12(S)} Alaska Time
Interviewer: Marcy Lindqvist-Ahmaogak, GIS Supervisor
Marcy will call you at the number on your application.

Please do not reply to this message; this mailbox is not monitored. Questions: northstar.hr@northstarutilities.example

Northstar Borough Utilities Human Resources""",
        label=iv(
            iso(S, "America/Anchorage"),
            "America/Anchorage",
            company="Northstar Borough Utilities",
            role="GIS Technician II",
            interviewers=["Marcy Lindqvist-Ahmaogak"],
            notes="iCIMS phone interview with a not-monitored footer (still an interview, not an auto-reply); 'Alaska Time'.",
        ),
    )
)

# --- Teamtailor: Reykjavik -----------------------------------------------------------------
S = "2027-11-04 09:30"
add(
    ats(
        SIGRUN,
        "teamtailor-reykjavik-video",
        "interview",
        frm=("Norðurljós Software", "no-reply@teamtailor-mail.com"),
        reply_to=("Kristín Ólafsdóttir", "kristin.olafsdottir@nordurljossoftware.example"),
        subject="Interview booked: Backend Developer at Norðurljós Software",
        date=dh("2027-10-28 14:10:00", "Atlantic/Reykjavik"),
        body=f"""Hi Sigrún!

Your interview is booked.

{d(S, "uky")}, {t24(S)}-{t24(plus(S, 60))} (Atlantic/Reykjavik)
Video meeting: https://app.teamtailor.com/video/nls-4471
Interviewers: Kristín Ólafsdóttir, Arnar Þór Sigurðsson

See you then!
Norðurljós Software""",
        label=iv(
            iso(S, "Atlantic/Reykjavik"),
            "Atlantic/Reykjavik",
            company="Norðurljós Software",
            role="Backend Developer",
            interviewers=["Kristín Ólafsdóttir", "Arnar Þór Sigurðsson"],
            emails=["kristin.olafsdottir@nordurljossoftware.example"],
            notes="Teamtailor booking; recruiter who sends the invite also interviews.",
        ),
    )
)

# --- Recruitee: Kyiv, 24-hour, after the EU switch (EET) --------------------------------------
S = "2027-11-02 11:00"
add(
    ats(
        OKSANA,
        "recruitee-kyiv-after-switch",
        "interview",
        frm=("Amberglass Games", "no-reply@recruitee.com"),
        reply_to=("Hanna Tkachuk", "hanna.tkachuk@amberglassgames.example"),
        subject="Interview with Amberglass Games confirmed",
        date=dh("2027-10-25 17:00:00", "Europe/Kyiv"),
        body=f"""Hi Oksana,

Your interview for Live Ops Producer is confirmed:

{d(S, "uky")} at {t24(S)} (Kyiv time)
Duration: 1 hour
Meet: Yurii Lysenko (Head of Live Ops) and Hanna Tkachuk (Recruiter)
Link: https://meet.google.com/ame-bnvy-qtd

Good luck!""",
        label=iv(
            iso(S, "Europe/Kyiv"),
            "Europe/Kyiv",
            company="Amberglass Games",
            role="Live Ops Producer",
            interviewers=["Yurii Lysenko", "Hanna Tkachuk"],
            emails=["hanna.tkachuk@amberglassgames.example"],
            notes="Recruitee; 'Kyiv time' after the EU switch (EET, +02:00).",
        ),
    )
)

# --- Workable: Istanbul ---------------------------------------------------------------------
S = "2027-10-20 14:30"
add(
    ats(
        ELIF,
        "workable-istanbul-marketing",
        "interview",
        frm=("Lalezar Cosmetics", "noreply@workablemail.com"),
        reply_to=("Zeynep Aydın", "zeynep.aydin@lalezarcosmetics.example"),
        subject="Lalezar Cosmetics: Interview for Performance Marketing Specialist",
        date=dh("2027-10-14 11:11:00", "Europe/Istanbul"),
        body=f"""Hi Elif,

We'd like to confirm your interview for the Performance Marketing Specialist role.

Date & time: {d(S, "abbr")} 2027, {t24(S)} (GMT+03:00) Istanbul
Type: Video call (Google Meet link in the calendar invite)
Interviewers: Zeynep Aydın, Can Öztürk

Best regards,
Lalezar Cosmetics Hiring Team
Powered by Workable""",
        label=iv(
            iso(S, "Europe/Istanbul"),
            "Europe/Istanbul",
            company="Lalezar Cosmetics",
            role="Performance Marketing Specialist",
            interviewers=["Zeynep Aydın", "Can Öztürk"],
            emails=["zeynep.aydin@lalezarcosmetics.example"],
            notes="Workable; '(GMT+03:00) Istanbul'.",
        ),
    )
)

# --- BambooHR: phone screen, Regina ------------------------------------------------------------
S = "2027-10-18 10:15"
add(
    ats(
        BRENT,
        "bamboohr-phone-screen-regina",
        "interview",
        frm=("Wheatland Ag Tech", "notifications@app.bamboohr.com"),
        reply_to=("Colleen Harasym", "colleen.harasym@wheatlandagtech.example"),
        subject="Phone screen scheduled - Field Sales Representative",
        date=dh("2027-10-13 15:45:00", "America/Regina"),
        body=f"""Hi Brent,

Thanks for applying to Wheatland Ag Tech! Your phone screen is set for {d(S, "us")} at {t12(S)} CST (Saskatchewan time). Colleen Harasym from our People team will call you on the number you provided; plan for about 20 minutes.

Talk soon,
Wheatland Ag Tech""",
        label=iv(
            iso(S, "America/Regina"),
            "America/Regina",
            company="Wheatland Ag Tech",
            role="Field Sales Representative",
            interviewers=["Colleen Harasym"],
            emails=["colleen.harasym@wheatlandagtech.example"],
            notes="BambooHR phone screen; 'CST (Saskatchewan time)' without year.",
        ),
    )
)

# --- Rippling: Melbourne ----------------------------------------------------------------------
S = "2027-10-27 13:00"
add(
    ats(
        MIA,
        "rippling-melbourne-design-lead",
        "interview",
        frm=("Potoroo Health via Rippling", "no-reply@rippling.com"),
        reply_to=("Sienna Marchetti-Boyd", "sienna.mb@potoroohealth.example"),
        subject="You're scheduled: Design Lead interview at Potoroo Health",
        date=dh("2027-10-20 09:05:00", "Australia/Melbourne"),
        body=f"""Hi Mia,

Your interview has been scheduled.

Interview: Design Lead - Final round
When: {d(S, "uky")}, {t12(S)} - {t12(plus(S, 90))} AEDT
Where: Potoroo Health, Level 4, 55 Flinders Lane, Melbourne
Panel: Ewan Caldicott (Chief Product Officer), Sienna Marchetti-Boyd (People Partner)

Reply to this email if anything changes.""",
        label=iv(
            iso(S, "Australia/Melbourne"),
            None,
            company="Potoroo Health",
            role="Design Lead",
            interviewers=["Ewan Caldicott", "Sienna Marchetti-Boyd"],
            emails=["sienna.mb@potoroohealth.example"],
            notes="Rippling ATS; 'AEDT' only (abbreviation, so null zone).",
        ),
    )
)

# --- Gem: scheduling confirmation sent from the recruiter's own address ----------------------
S = "2027-11-10 13:30"
add(
    ats(
        HARPER,
        "gem-scheduling-confirmation",
        "interview",
        frm=("Caleb Yoshimura", "caleb.yoshimura@inkwhistle.example"),
        subject="Confirmed: Inkwhistle interview - Wed 11/10, 1:30pm PT",
        date=dh("2027-11-03 16:52:00", "America/Los_Angeles"),
        body=f"""Hi Harper,

You're all set! Here's your interview with Inkwhistle:

{d(S, "us")}, {t12(S, compact=True)} - {t12(plus(S, 60), compact=True)} Pacific Time
Hiring manager interview with Bettina Adeyemi-Shaw (Engineering Manager, Payments)
Zoom: https://inkwhistle.zoom.us/j/92211746630

Need to change something? https://scheduling.gem.com/e/inkwhistle/k7h2x

Caleb
Sent with Gem""",
        extra=[("X-Gem-Sequence", "scheduling-confirmation")],
        label=iv(
            iso(S, "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Inkwhistle",
            interviewers=["Bettina Adeyemi-Shaw"],
            notes="Gem confirmation from the recruiter's address; 'Wed 11/10' in the subject; PST after the switch.",
        ),
    )
)

# --- Calendly: Dhaka display zone -----------------------------------------------------------
S = "2027-10-21 20:00"
add(
    ats(
        FARHAN,
        "calendly-dhaka-evening",
        "interview",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Hollis Vandermeer", "hollis.vandermeer@brackenridgeiot.example"),
        subject="New Event: Hollis Vandermeer - 20:00 Thu, 21 Oct 2027 - Firmware interview (30 min)",
        date=dh("2027-10-15 03:12:00", "America/Denver"),
        body=f"""Hi Farhan Chowdhury,

Your event has been scheduled.

Event Type: Firmware interview (30 min)
Invitee: Farhan Chowdhury
Event Date/Time: {t24(S)} - {d(S, "abbr")} 2027 (Bangladesh Standard Time)
Host: Hollis Vandermeer, Brackenridge IoT
Location: https://brackenridgeiot.zoom.us/j/81176603254

Cancel or reschedule: https://calendly.com/cancellations/4f0d2e61

Powered by Calendly.com""",
        label=iv(
            iso(S, "Asia/Dhaka"),
            "Asia/Dhaka",
            company="Brackenridge IoT",
            interviewers=["Hollis Vandermeer"],
            notes="Calendly booking shown in Bangladesh Standard Time; sent at night US time.",
        ),
    )
)

# --- GoodTime: multi-session itinerary, Edinburgh ----------------------------------------------
S = "2027-11-18 10:00"
add(
    ats(
        ISLA,
        "goodtime-itinerary-edinburgh",
        "interview",
        frm=("Heatherbloom Bank Recruiting", "scheduling@goodtime.io"),
        reply_to=("Ailsa Cromarty", "ailsa.cromarty@heatherbloombank.example"),
        subject="Your interview itinerary with Heatherbloom Bank",
        date=dh("2027-11-10 12:00:00", "Europe/London"),
        html_only=True,
        body=f"""Hi Isla,

Your virtual interview loop for Data Governance Manager is confirmed for {d(S, "uky")}. All times are in Europe/London.

{t24(S)} - {t24(plus(S, 45))}  Hiring manager: Callum Rennie-Shaw
{t24(plus(S, 45))} - {t24(plus(S, 60))}  Break
{t24(plus(S, 60))} - {t24(plus(S, 105))}  Data architecture: Nadia Esposito
{t24(plus(S, 105))} - {t24(plus(S, 150))}  Stakeholder scenario: Grant Urquhart

Each session has its own Teams link in the calendar invitation.

Scheduled via GoodTime""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Heatherbloom Bank",
            role="Data Governance Manager",
            interviewers=["Callum Rennie-Shaw", "Nadia Esposito", "Grant Urquhart"],
            notes="GoodTime HTML-only itinerary with a break; starts at the first session.",
        ),
    )
)

# --- ModernLoop: onsite agenda with arrival time, New York, the day before the US switch ------
S = "2027-11-05 10:00"
add(
    ats(
        DESMOND,
        "modernloop-onsite-arrival",
        "interview",
        frm=("Gildermoor Media", "notifications@modernloop.io"),
        reply_to=("Keisha Lamontagne", "keisha.lamontagne@gildermoor.example"),
        subject="Onsite interview schedule - Gildermoor Media",
        date=dh("2027-10-29 14:00:00", "America/New_York"),
        body=f"""Hi Desmond,

Here is your onsite agenda for {d(S, "usy")} (all times ET):

{t12(plus(S, -15))}  Arrive at 55 Water St, check in at security
{t12(S)}  Audience analytics - Tobias Engström, Director of Data
{t12(plus(S, 45))}  SQL pairing - Maya Villanueva-Ortiz, Senior Analyst
{t12(plus(S, 90))}  Lunch with the team
{t12(plus(S, 150))}  Wrap-up - Keisha Lamontagne, Recruiter

Sent via ModernLoop""",
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Gildermoor Media",
            interviewers=["Tobias Engström", "Maya Villanueva-Ortiz"],
            notes="ModernLoop agenda: arrival 9:45 is not the start; 'ET' only; EDT on the Friday before the switch. Recruiter wrap-up is not an interview.",
        ),
    )
)

# --- Prelude: Colombo, invited in Singapore-based company's candidate zone ----------------------
S = "2027-10-25 16:30"
add(
    ats(
        DILANI,
        "prelude-colombo-data-analyst",
        "interview",
        frm=("Kestrelpoint Scheduling", "scheduling@prelude.co"),
        reply_to=("Amara Jayawardena", "amara.j@kestrelpoint.example"),
        subject="Interview scheduled: Kestrelpoint <> Dilani Wickramaratne",
        date=dh("2027-10-18 12:00:00", "Asia/Colombo"),
        body=f"""Hi Dilani,

Your interview with Kestrelpoint has been scheduled.

{d(S, "usy")}
{t12(S)} - {t12(plus(S, 60))} (GMT+05:30) Colombo
Interviewers: Thilina Ekanayake, Sophie Hartigan
Google Meet: https://meet.google.com/kpd-frwa-oei

This invitation was sent via Prelude on behalf of Kestrelpoint.""",
        label=iv(
            iso(S, "Asia/Colombo"),
            "Asia/Colombo",
            company="Kestrelpoint",
            interviewers=["Thilina Ekanayake", "Sophie Hartigan"],
            notes="Prelude; '(GMT+05:30) Colombo'.",
        ),
    )
)

# --- Cal.com: Chatham Islands time ----------------------------------------------------------
S = "2027-10-06 09:45"
add(
    ats(
        RANGI,
        "calcom-chatham-time",
        "interview",
        frm=("Cal.com", "no-reply@cal.com"),
        reply_to=("Hamish Tawhiri", "hamish.tawhiri@moanatrust.example"),
        subject="Confirmed: Interview - Community Navigator between Hamish Tawhiri and Rangimarie Tuuta",
        date=dh("2027-10-01 12:30:00", "Pacific/Chatham"),
        body=f"""Your event has been scheduled

What: Interview - Community Navigator between Hamish Tawhiri and Rangimarie Tuuta
When: {d(S, "us")}, 2027 {t12(S, compact=True)} - {t12(plus(S, 30), compact=True)} (Pacific/Chatham)
Who: Hamish Tawhiri - Organizer (hamish.tawhiri@moanatrust.example); Rangimarie Tuuta
Where: Cal Video

Need to make a change? Reschedule or Cancel""",
        ics=event(
            uid=uid("calcom-rangi", "cal.com"),
            start=S,
            zone=None,
            utc_zone="Pacific/Chatham",
            minutes=30,
            summary="Interview - Community Navigator between Hamish Tawhiri and Rangimarie Tuuta",
            organizer=("Hamish Tawhiri", "hamish.tawhiri@moanatrust.example"),
            attendees=[("Rangimarie Tuuta", RANGI.addresses[0])],
            prodid=CALCOM,
        ),
        ics_mode="attach",
        label=iv(
            iso(S, "Pacific/Chatham"),
            "Pacific/Chatham",
            company="Moana Trust",
            role="Community Navigator",
            interviewers=["Hamish Tawhiri"],
            emails=["hamish.tawhiri@moanatrust.example"],
            notes="Cal.com in Chatham time (+13:45 after 26 Sep); .ics in UTC.",
        ),
    )
)

# --- Paradox (Olivia): hourly retail role, Anchorage -------------------------------------------
S = "2027-10-16 11:30"
add(
    ats(
        KAYLEE,
        "paradox-olivia-store-interview",
        "interview",
        frm=("Olivia at Tundra Outfitters", "olivia@paradox.ai"),
        subject="Your interview is confirmed!",
        date=dh("2027-10-14 19:02:00", "America/Anchorage"),
        body=f"""Hi Kaylee! It's Olivia, the virtual assistant for Tundra Outfitters.

You're confirmed for an in-person interview:
{d(S, "short")} at {t12(S)}
Tundra Outfitters - Dimond Center store, 800 E Dimond Blvd, Anchorage
You'll meet: Shawna Pavila, Store Manager

Reply R to reschedule or C to cancel.""",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Tundra Outfitters",
            interviewers=["Shawna Pavila"],
            notes="Paradox-style assistant, Saturday in-store interview, no zone (user's zone).",
        ),
    )
)

# --- HireVue live interview (not on-demand), Yangon ------------------------------------------
S = "2027-10-20 15:00"
add(
    ats(
        THANDAR,
        "hirevue-live-interview-yangon",
        "interview",
        frm=("Straits Meridian Bank", "noreply@hirevue.com"),
        subject="Live Interview scheduled - Straits Meridian Bank",
        date=dh("2027-10-13 09:00:00", "Asia/Yangon"),
        body=f"""Dear Thandar,

You have been scheduled for a Live Interview with Straits Meridian Bank.

Position: Operations Risk Associate
Date: {d(S, "uky")}
Time: {t12(S)} (GMT+06:30) Yangon (Rangoon)
Interviewer: Lim Jia Hui

Join your Live Interview: https://app.hirevue.com/live/smb/7c21e9

Please test your device before the interview: https://app.hirevue.com/check""",
        label=iv(
            iso(S, "Asia/Yangon"),
            "Asia/Yangon",
            company="Straits Meridian Bank",
            role="Operations Risk Associate",
            interviewers=["Lim Jia Hui"],
            notes="HireVue LIVE interview with a person at a set time (unlike an on-demand video).",
        ),
    )
)
