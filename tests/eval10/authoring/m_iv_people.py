"""Interviews arranged by people: agencies, hiring managers, founders, threads, forwards."""

from __future__ import annotations

from .kit import (
    ALINE,
    BRYNN,
    CALLISTA,
    CHIAHUI,
    EMRE,
    JOSEFINA,
    KAINOA,
    LIAM,
    LINNEA,
    MARISOL,
    NDAPEWA,
    NIKHIL,
    PUTRI,
    REEM,
    SOLVEIG,
    Msg,
    d,
    dh,
    html_page,
    iso,
    iv,
    mail,
    mid,
    note,
    quoted,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Melbourne agency, day-first '12/7', '10.30am', no zone --------------------------------------
S = "2029-07-12 10:30"
add(
    mail(
        NIKHIL,
        "agency-bluestone-talent-melbourne-dayfirst",
        "interview",
        frm=("Ashleigh Brannigan", "ashleigh@bluestone-talent.example"),
        subject="Interview confirmed - Kororoit Water - Integration Lead",
        date=dh("2029-07-06 15:58:00", "Australia/Melbourne"),
        body="""Hi Nikhil,

Good news - Kororoit Water would like to meet you for the Integration Lead contract.

Thurs 12/7 at 10.30am
Level 4, 180 Lonsdale St (ask for the IT reception)
Panel: Michael Zervos (Enterprise Architect) and Lauren Pham (Delivery Manager)

Allow an hour. I'll ring you Wednesday to run through the brief - they'll want to hear about the SAP PI migration.

Cheers,
Ashleigh Brannigan
Principal Consultant | Bluestone Talent
0403 555 286
""",
        label=iv(
            iso(S, "Australia/Melbourne"),
            None,
            company="Kororoit Water",
            role="Integration Lead",
            interviewers=["Michael Zervos", "Lauren Pham"],
            notes="Agency; 'Thurs 12/7' is 12 July for a dmy user; '10.30am'; no zone (AEST).",
        ),
    )
)

# --- Hiring manager, 'Tues 7/17 at 9 HST' ---------------------------------------------------------
S = "2029-07-17 09:00"
add(
    mail(
        KAINOA,
        "hiring-manager-terse-makai-marine-honolulu",
        "interview",
        frm=("Pono Kealoha", "pono.kealoha@makai-marine.example"),
        subject="Re: Vessel maintenance planner",
        date=dh("2029-07-12 17:26:00", "Pacific/Honolulu"),
        in_reply_to=mid("makai-application", "example.org"),
        body="""Kainoa - thanks for the resume. Can you come by the shop Tues 7/17 at 9 HST? Pier 41, ask for me at the gate. My ops manager Leilani Fonoti will sit in. Bring boots.

Pono

Sent from my phone
""",
        label=iv(
            iso(S, "Pacific/Honolulu"),
            None,
            company="Makai Marine",
            role="Vessel Maintenance Planner",
            interviewers=["Pono Kealoha", "Leilani Fonoti"],
            emails=["pono.kealoha@makai-marine.example"],
            notes="Terse hiring-manager reply 'Tues 7/17 at 9 HST' (abbreviation only).",
        ),
    )
)

# --- Founder's one-line reply over quoted history: 'tmrw 2:30' -----------------------------------
S = "2029-08-29 14:30"
ASK = "2029-08-28 09:12"
add(
    mail(
        LIAM,
        "founder-tmrw-reply-barramundi-darwin",
        "interview",
        frm=("Jess Whitlam", "jess@saltwater-aquaculture.example"),
        subject="Re: Farm systems role",
        date=dh("2029-08-28 11:47:00", "Australia/Darwin"),
        in_reply_to=mid("saltwater-liam-ask", "example.org"),
        body="""tmrw 2:30 at the Stuart Park office works. I'll grab Ravi (our CTO) too. - J
"""
        + quoted(
            ASK,
            "Australia/Darwin",
            "Liam Donoghue-Birch <liam.donoghuebirch@example.org>",
            "Hi Jess, thanks for getting back to me about the farm systems role at Saltwater "
            "Aquaculture. I'm free tomorrow afternoon or Friday morning if you'd like to talk in "
            "person.\n\nLiam",
        ),
        label=iv(
            iso(S, "Australia/Darwin"),
            None,
            company="Saltwater Aquaculture",
            role=None,
            interviewers=["Jess Whitlam"],
            emails=["jess@saltwater-aquaculture.example"],
            notes="Founder's one-liner 'tmrw 2:30' over the user's quoted offer; the CTO is named "
            "only as 'Ravi' (no full name, not labelled); ACST.",
        ),
    )
)

# --- User forwards a confirmation from her second address ---------------------------------------
S = "2029-08-22 15:00"
FWD_DATE = dh("2029-08-17 12:06:00", "America/New_York")
add(
    mail(
        MARISOL,
        "forwarded-confirmation-greatlakes-bank-self",
        "interview",
        frm=("Marisol Greenleaf-Ortiz", "mgo.jobsearch@example.com"),
        to="Marisol Greenleaf-Ortiz <marisol.greenleaf@example.net>",
        subject="Fwd: Interview confirmation - Freshwater Federal Bank",
        date=dh("2029-08-17 12:20:00", "America/Detroit"),
        body=f"""putting this on my main calendar

---------- Forwarded message ---------
From: Kendra Oyelowo <kendra.oyelowo@freshwaterfederal.example>
Date: {FWD_DATE}
Subject: Interview confirmation - Freshwater Federal Bank
To: <mgo.jobsearch@example.com>

Hi Marisol,

You're confirmed for {d(S, "us")} at 3:00 PM ET with Howard Brandt (SVP, Operations) and Felicia Nwosu (Director, Vendor Management). We're at 500 Woodward Ave, 19th floor - check in with security.

Kendra Oyelowo
Talent Acquisition, Freshwater Federal Bank
""",
        label=iv(
            iso(S, "America/Detroit"),
            None,
            company="Freshwater Federal Bank",
            role=None,
            interviewers=["Howard Brandt", "Felicia Nwosu"],
            notes="The user forwards a recruiter's confirmation from her job-search address to "
            "her main one; 'ET' only; EDT.",
        ),
    )
)

# --- HTML-only recruiter mail: Kigali ------------------------------------------------------------
S = "2029-06-29 10:00"
add(
    mail(
        ALINE,
        "html-only-akagera-telecom-kigali",
        "interview",
        frm=("Diane Ingabire", "diane.ingabire@akagera-telecom.example"),
        subject="Invitation to interview - Network Planning Engineer",
        date=dh("2029-06-22 16:30:00", "Africa/Kigali"),
        body=None,
        rich=html_page(
            "<p>Dear Aline,</p>\n<p>Further to your application for the position of "
            "<b>Network Planning Engineer</b>, we are pleased to invite you for an oral interview."
            '</p>\n<table border="1" cellpadding="4"><tr><td>Date</td><td>'
            f"{d(S, 'uky')}</td></tr>\n<tr><td>Time</td><td>10:00 am (Kigali time)</td></tr>\n"
            "<tr><td>Venue</td><td>Akagera Telecom HQ, KG 7 Ave, Kigali</td></tr>\n"
            "<tr><td>Panel</td><td>Eric Niyonzima (CTO), Claudine Mukamana (HR Manager)</td></tr>"
            "</table>\n<p>Kindly come with your original certificates.</p>\n"
            "<p>Regards,<br>Diane Ingabire<br>Recruitment Officer</p>"
        ),
        label=iv(
            iso(S, "Africa/Kigali"),
            "Africa/Kigali",
            company="Akagera Telecom",
            role="Network Planning Engineer",
            interviewers=["Eric Niyonzima", "Claudine Mukamana"],
            notes="HTML-only letter with the details in a table; '(Kigali time)'; CAT.",
        ),
    )
)

# --- windows-1252 curly quotes: Reykjavik user, London firm, 'UK time' ----------------------------
S = "2029-07-25 14:00"
add(
    mail(
        SOLVEIG,
        "cp1252-london-north-sea-maps-reykjavik",
        "interview",
        frm=("Imogen Fairclough", "imogen.fairclough@northsea-charts.example"),
        subject="Interview – Geospatial Analyst – Wednesday",
        date=dh("2029-07-19 10:21:00", "Europe/London"),
        charset="windows-1252",
        body=f"""Dear Sólveig,

Thank you for your application – we’d be delighted to invite you to a video interview on {d(S, "uk")} at 14:00 UK time (13:00 in Reykjavík).

You’ll be speaking with Alastair Penhaligon (Head of Hydrography) and me. We’ll send a Teams link the day before.

Kind regards,
Imogen Fairclough
People Partner, North Sea Charting Ltd
""",
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="North Sea Charting Ltd",
            role="Geospatial Analyst",
            interviewers=["Alastair Penhaligon", "Imogen Fairclough"],
            emails=["imogen.fairclough@northsea-charts.example"],
            notes="windows-1252 with curly quotes and en dashes; '14:00 UK time' (BST) to a "
            "Reykjavík user on GMT.",
        ),
    )
)

# --- RFC 2047 B-encoded Chinese sender name, Taipei ----------------------------------------------
S = "2029-08-07 14:00"
add(
    mail(
        CHIAHUI,
        "b-encoded-sender-tamsui-optics-taipei",
        "interview",
        frm=("陳怡君 (Chen Yi-chun)", "yichun.chen@tamsui-optics.example"),
        name_method="B",
        subject="面試邀請 Interview invitation - Optical Test Engineer",
        subject_method="B",
        date=dh("2029-08-01 09:40:00", "Asia/Taipei"),
        body="""Dear Ms. Hsu,

Thank you for applying to Tamsui Optics. We would like to invite you to an on-site interview:

Date: 2029/08/07 (Tue.)
Time: 14:00-15:30, Taipei time
Place: Tamsui Optics, No. 88, Zhongzheng E. Rd., Tamsui District, New Taipei City
Interviewers: 王志明 (Wang Chih-ming), Test Engineering Manager; Rachel Huang, HR

Please reply to confirm.

陳怡君 Chen Yi-chun
Human Resources, Tamsui Optics
""",
        label=iv(
            iso(S, "Asia/Taipei"),
            "Asia/Taipei",
            company="Tamsui Optics",
            role="Optical Test Engineer",
            interviewers=["Wang Chih-ming", "Rachel Huang"],
            notes="B-encoded UTF-8 sender name and subject (Chinese and English); '2029/08/07 "
            "(Tue.)' and 'Taipei time'.",
        ),
    )
)

# --- Cape Town agency to a Windhoek user: 'Mon 06/08 at 09h00' ------------------------------------
S = "2029-08-06 09:00"
add(
    mail(
        NDAPEWA,
        "agency-fynbos-search-capetown-windhoek",
        "interview",
        frm=("Lerato Dlamini", "lerato@fynbos-search.example"),
        subject="Client interview: Skeleton Coast Fisheries - Finance Manager",
        date=dh("2029-07-31 13:12:00", "Africa/Johannesburg"),
        body="""Hi Ndapewa

Confirming your interview with Skeleton Coast Fisheries:

Mon 06/08 at 09h00
Their Walvis Bay office (I'll send the pin), or Teams if the road trip doesn't work - let me know.
Interviewers: Gideon Burger (CFO) and Selma Amupadhi (HR Director)

Good luck! Call me after.

Lerato Dlamini
Fynbos Executive Search
""",
        label=iv(
            iso(S, "Africa/Windhoek"),
            None,
            company="Skeleton Coast Fisheries",
            role="Finance Manager",
            interviewers=["Gideon Burger", "Selma Amupadhi"],
            notes="Cape Town agency 'Mon 06/08 at 09h00' (6 August, day-first); no zone; CAT.",
        ),
    )
)

# --- University panel: Hobart, 'AEST' ------------------------------------------------------------
S = "2029-08-10 10:00"
add(
    mail(
        CALLISTA,
        "university-panel-tasman-institute-hobart",
        "interview",
        frm=("Academic Recruitment", "academic.recruitment@tasman-institute.example"),
        subject="Interview - Lecturer in Marine Policy (Position 48213)",
        date=dh("2029-07-30 14:08:00", "Australia/Hobart"),
        body=f"""Dear Dr Drummond-Vane,

On behalf of the selection committee I am pleased to invite you to interview for the position of Lecturer in Marine Policy.

Date: {d(S, "uky")}
Time: 10:00am - 11:00am AEST, preceded by a 20-minute teaching presentation at 9:30am
Location: Room 2.14, Sandy Bay campus (Zoom available on request)

Committee: Professor Harriet Eldershaw (Chair), Dr Tomasz Wrona, Dr Wiremu Kereama, and an equity representative.

Kind regards,
Academic Recruitment, Tasman Institute
""",
        label=iv(
            iso("2029-08-10 09:30", "Australia/Hobart"),
            None,
            company="Tasman Institute",
            role="Lecturer in Marine Policy",
            interviewers=["Harriet Eldershaw", "Tomasz Wrona", "Wiremu Kereama"],
            notes="Academic panel; the day starts with a 9:30am presentation before the 10:00 "
            "interview; titles dropped; 'AEST' only.",
        ),
    )
)

# --- Reschedule in plain mail: Riyadh -------------------------------------------------------------
S = "2029-07-23 11:00"
add(
    mail(
        REEM,
        "reschedule-plain-qimma-consulting-riyadh",
        "interview",
        frm=("Omar Al-Shehri", "omar.alshehri@qimma-advisory.example"),
        subject="Change of interview time - Qimma Advisory",
        date=dh("2029-07-18 13:30:00", "Asia/Riyadh"),
        body=f"""Dear Reem,

Due to a clash with a client workshop, we need to move your interview from Sunday to {d(S, "uk")}, 11:00 Riyadh time, same place (King Fahd Road, Olaya Towers B, 17th floor).

You will meet Dr. Hessa Al-Mutairi (Partner) and myself.

Apologies for the inconvenience.

Omar Al-Shehri
Senior Manager, Qimma Advisory
""",
        label=iv(
            iso(S, "Asia/Riyadh"),
            "Asia/Riyadh",
            company="Qimma Advisory",
            role=None,
            interviewers=["Hessa Al-Mutairi", "Omar Al-Shehri"],
            emails=["omar.alshehri@qimma-advisory.example"],
            notes="Plain reschedule 'from Sunday to Monday 23 July, 11:00 Riyadh time'.",
        ),
    )
)

# --- Istanbul user, Dubai recruiter: 'Dubai time (GST)' --------------------------------------------
S = "2029-06-21 16:00"
add(
    mail(
        EMRE,
        "recruiter-dubai-time-falcon-retail-istanbul",
        "interview",
        frm=("Aisha Kapoor", "aisha.kapoor@dunecrest-retail.example"),
        subject="Interview - Head of Mobile, Dunecrest Retail",
        date=dh("2029-06-15 12:44:00", "Asia/Dubai"),
        body=f"""Hi Emre,

Thanks for the call yesterday. I've set up your first interview with Karim Nassar, our Chief Digital Officer, on {d(S, "ord")} at 4 pm Dubai time (GST) - 3 pm in Istanbul.

It's a 45-minute Teams call; the invite is coming from Karim's assistant.

Best regards,
Aisha Kapoor
Talent Acquisition Lead, Dunecrest Retail
""",
        label=iv(
            iso(S, "Asia/Dubai"),
            "Asia/Dubai",
            company="Dunecrest Retail",
            role="Head of Mobile",
            interviewers=["Karim Nassar"],
            notes="Recruiter mail 'Thursday 21st June at 4 pm Dubai time (GST) - 3 pm in Istanbul'.",
        ),
    )
)

# --- base64 plain text, Indonesian/English: Jakarta -----------------------------------------------
S = "2029-09-13 09:00"
add(
    mail(
        PUTRI,
        "b64-plain-bahasa-sumatra-coffee-jakarta",
        "interview",
        frm=("HRD Kopi Toba Nusantara", "hrd@kopitoba.example"),
        subject="Undangan Interview - Export Sales Supervisor",
        date=dh("2029-09-07 08:30:00", "Asia/Jakarta"),
        cte="base64",
        body="""Yth. Sdri. Putri Anjani Siregar,

Terima kasih atas lamaran Anda. Kami mengundang Anda untuk interview (user interview) pada:

Hari/Tanggal : Kamis, 13 September 2029
Pukul        : 09.00 WIB
Tempat       : Kantor Kopi Toba Nusantara, Jl. Gatot Subroto No. 12, Jakarta Selatan
Bertemu      : Bapak Monang Simanjuntak (Export Director)

(English: interview on Thursday 13 September 2029 at 09.00 WIB with Monang Simanjuntak, Export Director.)

Mohon konfirmasi kehadiran.

Hormat kami,
HRD Kopi Toba Nusantara
""",
        label=iv(
            iso(S, "Asia/Jakarta"),
            None,
            company="Kopi Toba Nusantara",
            role="Export Sales Supervisor",
            interviewers=["Monang Simanjuntak"],
            notes="Indonesian letter with an English line, base64 plain text; '09.00 WIB' "
            "(abbreviation only).",
        ),
    )
)

# --- Brynn: Outlook 'From:/Sent:' reply with the time in the top message -------------------------
S = "2029-09-05 13:00"
add(
    mail(
        BRYNN,
        "outlook-reply-saskatoon-potash-regina",
        "interview",
        frm=("Trent Makowsky", "trent.makowsky@wascana-potash.example"),
        subject="RE: Reliability Engineer application",
        date=dh("2029-08-30 09:14:00", "America/Regina"),
        extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Reliability Engineer application")],
        body="""Brynn,

That works. Let's do Wednesday Sept 5 at 1:00 pm, our Regina office (2100 Albert St, 6th floor). I'll have our maintenance superintendent, Gail Dyck, join us.

Trent Makowsky
Reliability Manager, Wascana Potash
"""
        + quoted(
            "2029-08-29 16:40",
            "America/Regina",
            "Brynn Olafson",
            "Hi Trent,\n\nThanks for reaching out. I'm available most afternoons next week "
            "except Tuesday.\n\nBrynn",
            style="outlook",
        ),
        label=iv(
            iso(S, "America/Regina"),
            None,
            company="Wascana Potash",
            role="Reliability Engineer",
            interviewers=["Trent Makowsky", "Gail Dyck"],
            emails=["trent.makowsky@wascana-potash.example"],
            notes="Outlook reply over a 'From:/Sent:' quote; 'Wednesday Sept 5 at 1:00 pm', no "
            "zone (CST, Saskatchewan).",
        ),
    )
)

# --- Stockholm: Swedish manager, English mail, 'kl. 13' ---------------------------------------
S = "2029-06-20 13:00"
add(
    mail(
        LINNEA,
        "manager-kl-time-sodermalm-games-stockholm",
        "interview",
        frm=("Johan Wikström", "johan.wikstrom@skargard-games.example"),
        subject="Intervju / interview - Gameplay Programmer",
        date=dh("2029-06-14 15:25:00", "Europe/Stockholm"),
        body="""Hej Linnea,

Thanks for the test project - really nice work. Would you like to come in on Wednesday 20/6 kl. 13? You'll meet me and our lead designer Frida Holmqvist, about an hour. Office is at Götgatan 48, 4 tr.

Ha det bra,
Johan Wikström
Tech Lead, Skärgård Games
""",
        label=iv(
            iso(S, "Europe/Stockholm"),
            None,
            company="Skärgård Games",
            role="Gameplay Programmer",
            interviewers=["Johan Wikström", "Frida Holmqvist"],
            emails=["johan.wikstrom@skargard-games.example"],
            notes="Swedish tech lead in English: 'Wednesday 20/6 kl. 13' (day-first, Swedish hour "
            "marker), though the user's own habit is year-first; CEST.",
        ),
    )
)

# --- Scheduling requests by people ---------------------------------------------------------------
add(
    mail(
        ALINE,
        "recruiter-availability-virunga-bank-kigali",
        "scheduling_request",
        frm=("Patrick Mugabo", "patrick.mugabo@virunga-bank.example"),
        subject="Interview availability - Credit Risk Officer",
        date=dh("2029-07-09 09:20:00", "Africa/Kigali"),
        body="""Dear Aline,

Thank you for applying for the Credit Risk Officer position. You have been shortlisted for an interview.

Could you share two or three times that suit you next week (Monday to Thursday, between 9:00 and 16:00)? The interview will take about one hour at our head office.

Best regards,
Patrick Mugabo
Talent Acquisition, Virunga Commercial Bank
""",
        label=note(
            "Recruiter asks for the user's availability; no time fixed.",
            company="Virunga Commercial Bank",
            role="Credit Risk Officer",
        ),
    )
)

add(
    mail(
        JOSEFINA,
        "agency-availability-english-atacama-santiago",
        "scheduling_request",
        frm=("Benjamin Errázuriz Hale", "benjamin@andes-executive.example"),
        subject="Mining client - when can you talk?",
        date=dh("2029-08-20 11:05:00", "America/Santiago"),
        body="""Hi Josefina,

My client, a copper producer in Antofagasta (name under NDA for now), would like to interview you for the Head of Risk role. They're flexible on the week of 3 September - after the clocks change, so please give me times in the new Chile time.

Can you send me three windows that work?

Best,
Benjamin
Andes Executive Partners
""",
        label=note(
            "Agency asks for windows the week after Chile's switch; nothing fixed.",
            role="Head of Risk",
        ),
    )
)
