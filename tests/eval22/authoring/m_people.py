"""Interviews whose people are named in many ways: panels in tables, titles before and after
names, particles, hyphens, family-name-first names, signatures, coordinators who only
schedule."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    ASHWIN,
    CHIAMAKA,
    CIARAN,
    DECLAN,
    HANA,
    HARUKA,
    HUIMIN,
    KEERTHANA,
    LIAM,
    NOUF,
    PAOLO,
    PRIYAB,
    SEOYEON,
    TEREZA,
    TRANG,
    YAEL,
    YOUSSEF,
    Msg,
    d,
    dh,
    html_mail,
    lab,
    person,
    t12,
    vendor,
)

PRG = "Europe/Prague"

MESSAGES: list[Msg] = [
    html_mail(
        TEREZA,
        "onsite-schedule-table-prague",
        "interview",
        frm=("Vltava Mobility via Greenhouse", "no-reply@greenhouse.io"),
        reply_to=("Petra Holubová", "petra.holubova@vltava-mobility.example"),
        subject="Your onsite interview schedule - Vltava Mobility",
        date=dh("2041-10-30 15:20", PRG),
        markup=f"""<p>Hi Tereza,</p>
<p>We're looking forward to welcoming you for your onsite interview for <b>Senior Backend
Engineer</b> on <b>{d("2041-11-05", "uky")}</b>. Here is your schedule (times shown in
(GMT+01:00) Europe/Prague):</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>
<tr><td>10:00 - 10:45</td><td>Jan van der Berg<br><i>Engineering Manager</i></td>
<td>Experience and motivation</td></tr>
<tr><td>10:45 - 11:30</td><td>Ludmila Nováková-Reyes, PhD<br><i>Principal Engineer</i></td>
<td>System design</td></tr>
<tr><td>11:30 - 12:15</td><td>María José de la Fuente<br><i>Staff Engineer</i></td>
<td>Coding</td></tr>
</table>
<p>Address: Karlínské náměstí 9, Prague 8. Please bring an ID for the visitor badge.</p>
<p>I'll meet you at reception but won't be part of the interviews; reply to this email if
anything changes.</p>
<p>Petra Holubová<br>Recruiting Coordinator, Vltava Mobility</p>""",
        label=lab(
            "2041-11-05 10:00",
            PRG,
            "Europe/Prague",
            company="Vltava Mobility",
            role="Senior Backend Engineer",
            who=["Jan van der Berg", "Ludmila Nováková-Reyes", "María José de la Fuente"],
            notes="HTML-only schedule table, first session at 10:00; names with particles; the "
            "coordinator says she is not part of the interviews.",
        ),
    ),
    person(
        CHIAMAKA,
        "lecturer-interview-professor-and-ms",
        "interview",
        frm=("Registry, Lagoon City University", "registry@lagoon-city-university.example"),
        subject="Invitation to Interview: Lecturer II, Department of Microbiology",
        date=dh("2041-11-01 10:15", "Africa/Lagos"),
        body=f"""Dear Ms Eze-Pemberton,

Following the shortlisting exercise, you are invited to an interview for the post of
Lecturer II in the Department of Microbiology on {d("2041-11-14", "ord")} at 10:00 a.m. in
the Senate Chamber.

You'll be meeting Professor Adebayo Ogunleye-Smith (Dean, Faculty of Science) and
Ms. Ngozi Chukwu (Deputy Registrar, Establishments), with a representative of the
department.

Kindly bring originals of your credentials.

Yours faithfully,
Funmilayo Adeyinka (Mrs)
for: Registrar""",
        label=lab(
            "2041-11-14 10:00",
            "Africa/Lagos",
            None,
            company="Lagoon City University",
            role="Lecturer II",
            who=["Adebayo Ogunleye-Smith", "Ngozi Chukwu"],
            notes="Formal invitation; titles before names dropped; the unnamed department "
            "representative is not labelled and the sender signs for the registrar.",
        ),
    ),
    person(
        YOUSSEF,
        "coordinator-not-in-the-room-cairo",
        "interview",
        frm=("Mona Sherif", "mona.sherif@nilewave-systems.example"),
        subject="Interview confirmation - Backend Engineer (Cairo)",
        date=dh("2041-10-24 13:40", "Africa/Cairo"),
        body=f"""Hi Youssef,

Confirming your interview on {d("2041-10-30", "uk")} at 11:00 Cairo time at our Smart
Village office (Building B7).

I'm coordinating, so I won't be in the room. Your interviewers are:
  Ahmed El-Sayed, Director of Engineering
  Layla Abdel-Rahman, Staff Engineer

Please arrive 15 minutes early.

Mona Sherif
Talent Acquisition Coordinator, NileWave Systems""",
        label=lab(
            "2041-10-30 11:00",
            "Africa/Cairo",
            "Africa/Cairo",
            company="NileWave Systems",
            role="Backend Engineer",
            who=["Ahmed El-Sayed", "Layla Abdel-Rahman"],
            notes="Coordinator who says she won't be in the room; names with titles after; "
            "Cairo still on summer time (+03) on 30 October per the tz database.",
        ),
    ),
    person(
        HARUKA,
        "family-name-first-panel-tokyo",
        "interview",
        frm=("Mori Aya", "aya.mori@kumogata-pay.example"),
        subject="[Kumogata Pay] Second interview confirmed / 二次面接のご案内",
        subject_method="B",
        date=dh("2041-11-06 17:05", "Asia/Tokyo"),
        body="""Fujita-san,

Thank you for your time last week. Your second interview is confirmed:

Date: 2041/11/13 (Wed) 14:00-15:00 JST
Place: Kumogata Pay, 12F, Shibuya Stream (reception on 2F)
Interviewers: Sato Kenji (Engineering Manager), Watanabe Yui (Senior iOS Engineer)

I will guide you from reception but will not join the interview itself.

Best regards,
Mori Aya
Recruiting, Kumogata Pay""",
        label=lab(
            "2041-11-13 14:00",
            "Asia/Tokyo",
            None,
            company="Kumogata Pay",
            role=None,
            who=["Sato Kenji", "Watanabe Yui"],
            notes="Year-first date with JST (an abbreviation: no zone label); family-name-first "
            "interviewers; the recruiter only guides.",
        ),
    ),
    person(
        SEOYEON,
        "kim-and-lee-product-interview-seoul",
        "interview",
        frm=("Choi Min-ji", "minji.choi@dalbit-commerce.example"),
        subject="Interview schedule - Product Manager (Growth)",
        date=dh("2041-10-22 11:30", "Asia/Seoul"),
        body="""Dear Seo-yeon,

Your interview with Kim Do-hyun (Head of Product) and Lee Ji-eun (Design Lead) is scheduled
on 2041-10-28 (Mon) 10:00 KST at our Pangyo office, 7F meeting room "Haneul".

Please let me know if you need parking.

Choi Min-ji | Talent Acquisition | Dalbit Commerce""",
        label=lab(
            "2041-10-28 10:00",
            "Asia/Seoul",
            None,
            company="Dalbit Commerce",
            role="Product Manager",
            who=["Kim Do-hyun", "Lee Ji-eun"],
            notes="Year-first date; KST is an abbreviation; the sender only schedules.",
        ),
    ),
    person(
        KEERTHANA,
        "signature-only-interviewer-bengaluru",
        "interview",
        frm=("Dr. Ananya Chatterjee-Iyer", "ananya.ci@tamarind-bio.example"),
        subject="Re: Research Associate - meeting",
        date=dh("2041-11-12 18:20", "Asia/Kolkata"),
        body=f"""Dear Keerthana,

Thank you for sending the slides. Looking forward to meeting you on {d("2041-11-20", "uk")}
at 10am as agreed - please come to Building 2, Level 3, and the guard will call me up.

We'll go through your presentation and then the practical questions.

Warm regards,

Dr. Ananya Chatterjee-Iyer
Principal Scientist, Assay Development
Tamarind Biosciences, Bengaluru""",
        label=lab(
            "2041-11-20 10:00",
            "Asia/Kolkata",
            None,
            company="Tamarind Biosciences",
            role="Research Associate",
            who=["Ananya Chatterjee-Iyer"],
            emails=["ananya.ci@tamarind-bio.example"],
            notes="The interviewer is named only by the signature of the mail she sends "
            "('looking forward to meeting you ... as agreed').",
        ),
    ),
    person(
        CIARAN,
        "irish-names-newfoundland-time",
        "interview",
        frm=("Brendan Hickey", "brendan.hickey@capespear-marine.example"),
        subject="Interview - Marine Systems Technician",
        date=dh("2041-10-23 09:05", "America/St_Johns"),
        body=f"""Hi Ciarán,

You're all set for {d("2041-10-29", "us")} at 1:30 p.m. Newfoundland time, at our Water
Street office. Siobhán Ní Bhriain (Operations Manager) and Pádraig Mac Giolla Phádraig
(Chief Engineer) will interview you; I've just set it up and won't be joining.

Brendan Hickey
HR Generalist, Capespear Marine""",
        label=lab(
            "2041-10-29 13:30",
            "America/St_Johns",
            "America/St_Johns",
            company="Capespear Marine",
            role="Marine Systems Technician",
            who=["Siobhán Ní Bhriain", "Pádraig Mac Giolla Phádraig"],
            notes="'Newfoundland time' (NDT, -02:30, before the 3 November change); Irish "
            "names with particles; the HR sender only set it up.",
        ),
    ),
    vendor(
        PRIYAB,
        "workday-interview-scheduled-toronto",
        "interview",
        frm=("Maplecrest Financial", "maplecrest@myworkday.com"),
        subject="Interview Scheduled: Senior Credit Risk Analyst (R-20418)",
        date=dh("2041-10-31 10:02", "America/Toronto"),
        body=f"""Hello Priya,

Your interview for Senior Credit Risk Analyst (R-20418) has been scheduled.

Date: {d("2041-11-06", "usy")}
Time: 11:00 AM - 12:00 PM Eastern Time
Location: Microsoft Teams (link to follow from the hiring team)

Interviewer: Graham Oyelaran-Fox, Director, Credit Risk
Interviewer: Shu-fen Castellanos, Manager, Model Validation

To view details, sign in to the candidate home page:
https://maplecrest.wd3.myworkday.com/maplecrest/d/home.htmld

This is an automated message from Maplecrest Financial. Please do not reply.""",
        label=lab(
            "2041-11-06 11:00",
            "America/Toronto",
            None,
            company="Maplecrest Financial",
            role="Senior Credit Risk Analyst",
            who=["Graham Oyelaran-Fox", "Shu-fen Castellanos"],
            notes="Workday notification, one 'Interviewer:' line per person; 'Eastern Time' "
            "alone gets no zone label; EST after the 3 November change.",
        ),
    ),
    vendor(
        HUIMIN,
        "ashby-interview-confirmed-singapore",
        "interview",
        frm=("Marina Tallyworks Recruiting", "no-reply@ashbyhq.com"),
        reply_to=("Shanice Koh", "shanice.koh@marina-tallyworks.example"),
        subject="Interview confirmed: Finance Business Partner at Marina Tallyworks",
        date=dh("2041-11-14 09:40", "Asia/Singapore"),
        body=f"""Hi Rachel,

Your interview is confirmed.

Finance Business Partner - Final round
{d("2041-11-21", "usy")}, 3:00 PM - 4:00 PM (GMT+08:00) Singapore
Location: 12 Marina View, #21-01

Interviewers
Rachel Goh, CFO
Daniel Ong, Financial Controller

Need to reschedule? Reply to this email and Shanice Koh (Recruiting Coordinator) will help.

Powered by Ashby""",
        label=lab(
            "2041-11-21 15:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="Marina Tallyworks",
            role="Finance Business Partner",
            who=["Rachel Goh", "Daniel Ong"],
            notes="Ashby confirmation with titles after names; the user (Rachel as her English "
            "name) shares a first name with the CFO; coordinator only reschedules.",
        ),
    ),
    person(
        PAOLO,
        "with-me-and-country-manager-manila",
        "interview",
        frm=("Jericho Bautista", "jericho.bautista@pandan-outsourcing.example"),
        subject="Final Interview - Operations Team Lead",
        date=dh("2041-11-04 16:10", "Asia/Manila"),
        body=f"""Hi Paolo,

Good news! We'd like to invite you to the final interview on {d("2041-11-08", "us")} at
{t12("2041-11-08 14:00")} at our BGC office, 28th floor.

The interview will be with me and our Country Manager, Ma. Cristina dela Cruz-Yap.

See you!

Jericho Bautista
HR Manager, Pandan Outsourcing Inc.""",
        label=lab(
            "2041-11-08 14:00",
            "Asia/Manila",
            None,
            company="Pandan Outsourcing",
            role="Operations Team Lead",
            who=["Jericho Bautista", "Ma. Cristina dela Cruz-Yap"],
            emails=["jericho.bautista@pandan-outsourcing.example"],
            notes="HR manager takes part ('with me and'); 'Ma.' (Maria) is part of the name "
            "as written, not a title; particle 'dela'.",
        ),
    ),
    person(
        NOUF,
        "eng-and-dr-panel-riyadh-sunday",
        "interview",
        frm=("Abdulrahman Al-Harbi", "a.alharbi@najd-water.example"),
        subject="Interview Invitation - Process Engineer",
        date=dh("2041-11-05 12:00", "Asia/Riyadh"),
        body=f"""Dear Nouf,

We are pleased to invite you to an interview on {d("2041-11-10", "us")} at 10:00 AM
(Riyadh time) at our head office on King Fahd Road.

You will meet Eng. Faisal Al-Otaibi (Plant Manager) and Dr. Hessa Al-Mutairi (Head of Water
Quality).

Best regards,
Abdulrahman Al-Harbi
Recruitment Officer, Najd Water Company""",
        label=lab(
            "2041-11-10 10:00",
            "Asia/Riyadh",
            "Asia/Riyadh",
            company="Najd Water Company",
            role="Process Engineer",
            who=["Faisal Al-Otaibi", "Hessa Al-Mutairi"],
            notes="Sunday interview (Saudi working week); 'Eng.' and 'Dr.' dropped.",
        ),
    ),
    person(
        TRANG,
        "mr-and-ms-vietnamese-names",
        "interview",
        frm=("Pham Quynh Nhu", "nhu.pham@lotus-fintech.example"),
        subject="Interview invitation - QA Engineer",
        date=dh("2041-10-23 15:45", "Asia/Ho_Chi_Minh"),
        body=f"""Dear Ms. Trang,

Lotus Fintech is pleased to invite you to a face-to-face interview:

- Time: 9:00, {d("2041-10-29", "uk")}
- Place: 5th floor, 81 Cach Mang Thang Tam, District 3
- Interviewers: Mr. Nguyen Van Hai (CTO) and Ms. Tran Thi Mai Anh (HR Director)

Please confirm by replying to this email.

Pham Quynh Nhu
Recruitment Executive""",
        label=lab(
            "2041-10-29 09:00",
            "Asia/Ho_Chi_Minh",
            None,
            company="Lotus Fintech",
            role="QA Engineer",
            who=["Nguyen Van Hai", "Tran Thi Mai Anh"],
            notes="Family-name-first Vietnamese names with Mr./Ms.; the HR director is on the "
            "panel, the sender only invites.",
        ),
    ),
    person(
        LIAM,
        "professor-with-assistant-brisbane",
        "interview",
        frm=("Joanna Pike", "j.pike@moreton-bay-university.example"),
        subject="Interview arrangements - Research Fellow (Coastal Ecology)",
        date=dh("2041-11-08 11:00", "Australia/Brisbane"),
        body=f"""Dear Liam,

Professor Marlene Yunupingu-Scott would like to interview you for the Research Fellow
position on {d("2041-11-18", "uk")} at 2pm Brisbane time, in her office (Goddard Building,
room 8-214).

I'm her executive assistant and will meet you in the foyer, then leave you with the
Professor and Dr Tevita Halaholo, who will also sit on the panel.

Kind regards,
Joanna Pike
Executive Assistant to the Head of School""",
        label=lab(
            "2041-11-18 14:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Moreton Bay University",
            role="Research Fellow",
            who=["Marlene Yunupingu-Scott", "Tevita Halaholo"],
            notes="The assistant who writes only arranges; Brisbane has no summer time (+10).",
        ),
    ),
    person(
        ASHWIN,
        "particles-de-robillard-port-louis",
        "interview",
        frm=("Nadia Jhugroo", "nadia.jhugroo@lagon-bleu-capital.example"),
        subject="Interview - Fund Accountant",
        date=dh("2041-11-07 09:30", "Indian/Mauritius"),
        body=f"""Dear Ashwin,

Further to your application, please find below the details of your interview:

Date: {d("2041-11-13", "uky")}
Time: 10:00 (Mauritius time)
Venue: Lagon Bleu Capital, 4th Floor, Ebène Tower, Ebène
Panel: Jean-Luc de Robillard (Head of Fund Services) and Anoushka Ramgoolam-Seetohul
(Senior Manager)

Kind regards,
Nadia Jhugroo
HR Officer""",
        label=lab(
            "2041-11-13 10:00",
            "Indian/Mauritius",
            "Indian/Mauritius",
            company="Lagon Bleu Capital",
            role="Fund Accountant",
            who=["Jean-Luc de Robillard", "Anoushka Ramgoolam-Seetohul"],
            notes="Panel line; 'Mauritius time'.",
        ),
    ),
    vendor(
        HANA,
        "goodtime-itinerary-seattle",
        "interview",
        frm=("Cascadia Robotics Recruiting", "scheduling@goodtime.io"),
        reply_to=("Megan Tuttle", "megan.tuttle@cascadia-robotics.example"),
        subject="Your interview itinerary with Cascadia Robotics",
        date=dh("2041-11-05 13:12", "America/Los_Angeles"),
        body=f"""Hi Hana,

Here is your itinerary for {d("2041-11-12", "usy")}. Times are shown in (GMT-08:00)
America/Los_Angeles.

9:00 AM - 9:45 AM   Alicia Moreno-Park, Engineering Manager
9:45 AM - 10:30 AM  Devraj Singh, Senior Perception Engineer
10:45 AM - 11:30 AM Colm Ó Ceallaigh, Staff Engineer

Location: 1200 Westlake Ave N, Seattle. Please check in at the lobby kiosk.

Questions? Reply to this email to reach your coordinator, Megan Tuttle.

Sent by GoodTime on behalf of Cascadia Robotics""",
        label=lab(
            "2041-11-12 09:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Cascadia Robotics",
            who=["Alicia Moreno-Park", "Devraj Singh", "Colm Ó Ceallaigh"],
            notes="GoodTime itinerary, three sessions from 9:00; the coordinator only answers "
            "questions.",
        ),
    ),
    vendor(
        YAEL,
        "smartrecruiters-invite-jerusalem",
        "interview",
        frm=("Carmel Vision Talent Team", "noreply@smartrecruiters.com"),
        subject="Interview scheduled - Data Engineer at Carmel Vision",
        date=dh("2041-10-29 10:20", "Asia/Jerusalem"),
        body=f"""Hi Yael,

Your interview for Data Engineer at Carmel Vision is scheduled.

When: {d("2041-11-04", "us")}, 2041, 13:00 - 14:00 (Asia/Jerusalem)
Where: Video call - https://carmel-vision.example/meet/data-eng
Interviewers: Noa Ben-David, Eitan Levi-Shapiro

Good luck!
The Carmel Vision Talent Team""",
        label=lab(
            "2041-11-04 13:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Carmel Vision",
            role="Data Engineer",
            who=["Noa Ben-David", "Eitan Levi-Shapiro"],
            notes="SmartRecruiters notification with the IANA zone printed; Israel back on "
            "standard time (+02) since 27 October.",
        ),
    ),
    vendor(
        DECLAN,
        "lever-interview-confirmation-vancouver",
        "interview",
        frm=("Salal Games", "no-reply@hire.lever.co"),
        reply_to=("Priyanka Dhillon", "priyanka.dhillon@salal-games.example"),
        subject="Interview confirmation: Gameplay Programmer",
        date=dh("2041-10-14 12:30", "America/Vancouver"),
        body=f"""Hi Declan,

Thanks for confirming! Here are the details for your interview with Salal Games.

{d("2041-10-18", "us")} at 10:00am PDT
Video call: https://salal-games.example/v/gameplay-loop
You'll be speaking with Kalani Akana (Lead Programmer) and Mateo Quispe-Ruiz (Technical
Designer).

Priyanka Dhillon
Talent Coordinator, Salal Games""",
        label=lab(
            "2041-10-18 10:00",
            "America/Vancouver",
            None,
            company="Salal Games",
            role="Gameplay Programmer",
            who=["Kalani Akana", "Mateo Quispe-Ruiz"],
            notes="Lever confirmation, 'PDT' abbreviation only; coordinator signs.",
        ),
    ),
]
