"""Interviews arranged by people: agencies, managers, founders, threads, forwards, phones."""

from __future__ import annotations

from .kit import (
    CHIDERA,
    CONSTANZA,
    DAKOTA,
    DESHAWN,
    GIULIA,
    HARPREET,
    KWAME,
    MANAIA,
    MARIAM,
    MCKENNA,
    MILAGROS,
    ROHIT,
    TANVIR,
    TAYLA,
    THAO,
    WANJIRU,
    YOUSSEF,
    Msg,
    conv,
    d,
    dh,
    html_page,
    iso,
    iv,
    local,
    mail,
    mid,
    note,
    paras,
    quoted,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Nairobi agency, ordinal date, no zone ----------------------------------------------------
S = "2029-03-08 14:30"
add(
    mail(
        WANJIRU,
        "agency-ordinal-acaciahr-nairobi",
        "interview",
        frm=("Brian Kiprono", "brian.kiprono@acaciatalent.example"),
        subject="Interview confirmed - Finance Manager, Rift Dairy Cooperative",
        date=dh("2029-03-05 16:20:00", "Africa/Nairobi"),
        body=f"""Hi Nyokabi,

Good news - Rift Dairy Cooperative would like to meet you for the Finance Manager role.

Date: {d(S, "ord")} at 2.30pm
Venue: Rift Dairy offices, Kilimani Business Centre, Argwings Kodhek Road, 3rd floor
Panel: Mr. Peter Langat (General Manager) and Mrs. Esther Cherono (Board Treasurer)

Please carry copies of your certificates and your KRA PIN. I will call you on Wednesday to prepare.

Regards,
Brian Kiprono
Senior Consultant, Acacia Talent
""",
        label=iv(
            iso(S, "Africa/Nairobi"),
            None,
            company="Rift Dairy Cooperative",
            role="Finance Manager",
            interviewers=["Peter Langat", "Esther Cherono"],
            notes="Agency confirmation, 'Thursday 8th March at 2.30pm', no zone (EAT); the "
            "consultant does not interview.",
        ),
    )
)

# --- Founder's terse reply above quoted history, Denver ------------------------------------
S = "2029-03-15 10:00"
add(
    mail(
        MCKENNA,
        "founder-terse-reply-tallgrass",
        "interview",
        frm=("Raj Venkataraman", "raj@tallgrassrobotics.example"),
        subject="Re: Controls engineer - intro",
        date=dh("2029-03-12 21:47:00", "America/Denver"),
        in_reply_to=mid("tallgrass-user-reply", "mail.gmail.com"),
        body="Works. See you Thu 3/15 @ 10a MT at the shop - 4410 Brighton Blvd, ring the bell. "
        "My cofounder Lise Aabye will join.\n\n-R\n\nSent from my iPhone\n"
        + quoted(
            "2029-03-12 20:15",
            "America/Denver",
            "McKenna Oyelaran <mckenna.oyelaran@example.com>",
            "Hi Raj, thanks for reaching out! I'd love to come by Tallgrass Robotics and see the "
            "shop. Thursday morning or Friday after 2 both work for me.",
        ),
        label=iv(
            iso(S, "America/Denver"),
            None,
            company="Tallgrass Robotics",
            role="Controls Engineer",
            interviewers=["Raj Venkataraman", "Lise Aabye"],
            emails=["raj@tallgrassrobotics.example"],
            notes="Founder's one-line mobile reply 'Thu 3/15 @ 10a MT' over the user's quoted "
            "availability; MDT (after the switch); 'MT' only.",
        ),
    )
)

# --- Thread: manager in Berlin settles a Dhaka-time slot the user offered -------------------
S = "2029-03-06 18:00"
add(
    mail(
        TANVIR,
        "thread-dhaka-slot-settled-lindgrun",
        "interview",
        frm=("Henrike Ostwald", "henrike.ostwald@lindgruen.example"),
        subject="Re: Lindgrün Mobility - Flutter Developer interview",
        date=dh("2029-03-02 10:31:00", "Europe/Berlin"),
        in_reply_to=mid("lindgruen-user-slots", "mail.gmail.com"),
        body="""Hi Tanvir,

Tuesday at 18:00 your time is perfect (that's lunchtime for us). I'll send a Teams invite; my colleague Jonas Vierling from the mobile team will join me.

Best
Henrike
"""
        + quoted(
            "2029-03-01 22:05",
            "Asia/Dhaka",
            "Tanvir Hossain Rafi <tanvir.rafi@example.org>",
            f"Dear Henrike,\n\nThank you for the invitation. I could do {d('2029-03-06', 'uk')} at "
            f"18:00 or {d('2029-03-07', 'uk')} at 19:00 (Dhaka time, GMT+6).\n\nBest regards,\nTanvir",
        ),
        label=iv(
            iso(S, "Asia/Dhaka"),
            "Asia/Dhaka",
            company="Lindgrün Mobility",
            role="Flutter Developer",
            interviewers=["Henrike Ostwald", "Jonas Vierling"],
            emails=["henrike.ostwald@lindgruen.example"],
            notes="Manager picks the first of two slots the user quoted in Dhaka time "
            "('Tuesday at 18:00 your time').",
        ),
    )
)

# --- The user forwards a school district's confirmation to her other address ----------------
S = "2029-04-17 15:30"
FWD = local("2029-04-11 08:12", "America/Anchorage")
add(
    mail(
        DAKOTA,
        "forward-to-self-matsu-schools",
        "interview",
        frm=("Dakota Ahnaughtok", "dakota.jobs.ak@example.com"),
        to="dakota.ahn@example.org",
        subject="Fwd: Interview - School Counselor, Knik Valley School District",
        date=dh("2029-04-11 12:40:00", "America/Anchorage"),
        body=f"""putting this on my main calendar

---------- Forwarded message ---------
From: Knik Valley SD Human Resources <hr@knikvalleysd.example>
Date: {FWD:%a}, {FWD:%b} {FWD.day}, {FWD.year} at 8:12 AM
Subject: Interview - School Counselor, Knik Valley School District
To: <dakota.jobs.ak@example.com>

Dear Dakota Ahnaughtok,

You are invited to interview for the School Counselor position at Snowshoe Elementary.

Date: {d(S, "usy")}
Time: 3:30 p.m.
Place: District Office, 501 N Gulkana St, Palmer, Board Room

The committee: Principal Janelle Chythlook, Assistant Superintendent Mark Hollingsworth-Tate, and a counseling staff representative.

Please confirm by reply.

Human Resources
Knik Valley School District
""",
        label=iv(
            iso(S, "America/Anchorage"),
            None,
            company="Knik Valley School District",
            role="School Counselor",
            interviewers=["Janelle Chythlook", "Mark Hollingsworth-Tate"],
            notes="The user forwards a confirmation from her job-hunt address to her main one; "
            "the sender is the user herself. Third committee member unnamed.",
        ),
    )
)

# --- HTML-only from a London manager to a Rome user, UK time -------------------------------
S = "2029-04-04 15:00"
add(
    mail(
        GIULIA,
        "html-only-london-manager-rome",
        "interview",
        frm=("Oliver Brackenbury", "oliver.brackenbury@kestrelmarkets.example"),
        subject="Kestrel Markets - interview Wednesday",
        date=dh("2029-03-30 11:18:00", "Europe/London"),
        rich=html_page(
            paras(
                f"""Dear Giulia,

Many thanks for your time on the phone yesterday. I am pleased to confirm a second interview for the Energy Trading Analyst role on {d(S, "uky")} at 15:00 UK time (16:00 in Rome).

It will be a video call with myself and Anjali Rathore-Smythe, our Head of Power Trading. We'll send a Teams link the day before.

Kind regards,
Oliver Brackenbury
Desk Head, Kestrel Markets"""
            )
        ),
        label=iv(
            iso(S, "Europe/London"),
            "Europe/London",
            company="Kestrel Markets",
            role="Energy Trading Analyst",
            interviewers=["Oliver Brackenbury", "Anjali Rathore-Smythe"],
            emails=["oliver.brackenbury@kestrelmarkets.example"],
            notes="HTML-only; 'UK time (16:00 in Rome)', both on summer time.",
        ),
    )
)

# --- windows-1252, curly quotes, Lagos audit firm -----------------------------------------
S = "2029-03-19 10:00"
add(
    mail(
        CHIDERA,
        "cp1252-audit-firm-lagos",
        "interview",
        frm=("Adaeze Nnamdi-Cole", "adaeze.nnamdicole@osunbridge.example"),
        subject="Invitation to Interview – Senior Associate, Assurance",
        date=dh("2029-03-12 13:55:00", "Africa/Lagos"),
        charset="windows-1252",
        body=f"""Dear Chidera,

Following the review of your application, you are invited for an interview for the position of Senior Associate – Assurance at Osunbridge & Partners.

Date: {d(S, "ord")} {S[:4]}
Time: 10:00am (prompt)
Venue: 14 Idowu Taylor Street, Victoria Island, Lagos – 6th floor

You’ll be interviewed by Mr. Folarin Adesanya (Partner) and Mrs. Ngozi Ibekwe (Senior Manager). Kindly come along with a valid ID and your “original” certificates.

Yours faithfully,
Adaeze Nnamdi-Cole
Human Capital
""",
        label=iv(
            iso(S, "Africa/Lagos"),
            None,
            company="Osunbridge & Partners",
            role="Senior Associate, Assurance",
            interviewers=["Folarin Adesanya", "Ngozi Ibekwe"],
            notes="windows-1252 text with curly quotes and en dashes; no zone (WAT).",
        ),
    )
)

# --- Vietnamese HR sender name in RFC 2047 base64, numeric day-first date -----------------------
S = "2029-03-13 09:30"
add(
    mail(
        THAO,
        "rfc2047-name-numeric-date-saigon",
        "interview",
        frm=("Đặng Quốc Bảo", "bao.dang@mekongfintech.example"),
        name_method="B",
        subject="Mekong Fintech - Interview schedule (Business Analyst)",
        date=dh("2029-03-07 16:02:00", "Asia/Ho_Chi_Minh"),
        body="""Dear Khuê,

Thank you for applying to Mekong Fintech. We would like to invite you to an interview for the Business Analyst position:

Time: 09:30, 13/03/2029 (Vietnam time)
Location: 12th floor, Saigon Centre Tower 2, 67 Le Loi, District 1
Interviewers: Ms. Lâm Thị Hồng Nhung (Head of Product) and Mr. Đặng Quốc Bảo (HR)

Please confirm your attendance by replying to this email.

Best regards,
Đặng Quốc Bảo
Talent Acquisition
""",
        label=iv(
            iso(S, "Asia/Ho_Chi_Minh"),
            "Asia/Ho_Chi_Minh",
            company="Mekong Fintech",
            role="Business Analyst",
            interviewers=["Lâm Thị Hồng Nhung", "Đặng Quốc Bảo"],
            emails=["bao.dang@mekongfintech.example"],
            notes="Sender name RFC 2047 B-encoded; numeric day-first '13/03/2029'; the HR sender "
            "is on the panel.",
        ),
    )
)

# --- Hiring manager's mobile reply, Chicago ---------------------------------------------------
S = "2029-03-23 08:30"
add(
    mail(
        DESHAWN,
        "mobile-reply-hiring-manager-fulton",
        "interview",
        frm=("Ray Kowalczyk", "ray.kowalczyk@fultonmarketcold.example"),
        subject="RE: Warehouse Operations Supervisor",
        date=dh("2029-03-20 17:03:00", "America/Chicago"),
        in_reply_to=mid("fulton-user-thanks", "mail.gmail.com"),
        body=f"""Yes - {d(S, "short")} at 8:30am works. Come to the Fulton Market dock office (1201 W Lake), ask for me at the window. Steel toes if you have them, we'll walk the floor.

Ray Kowalczyk
Operations Manager, Fulton Market Cold Storage

Sent from Outlook for iOS
""",
        label=iv(
            iso(S, "America/Chicago"),
            None,
            company="Fulton Market Cold Storage",
            role="Warehouse Operations Supervisor",
            interviewers=["Ray Kowalczyk"],
            emails=["ray.kowalczyk@fultonmarketcold.example"],
            notes="Terse mobile reply 'Fri Mar 23 at 8:30am', no zone (CDT). Company from the "
            "sender domain and the place.",
        ),
    )
)

# --- Recruiter moves an interview to a new day, Pacific ------------------------------------
S = "2029-04-20 13:30"
add(
    mail(
        HARPREET,
        "moved-to-friday-sitka-health",
        "interview",
        frm=("Camila Ortega-Reyes", "camila.ortega@sitkahealthdata.example"),
        subject="Change of date: your interview with Sitka Health Data",
        date=dh("2029-04-16 10:10:00", "America/Vancouver"),
        body=f"""Hi Harpreet,

Our VP of Data, Gordon Tsang, has a board meeting land on Thursday, so we need to move your interview. It has been moved to {d(S, "us")} at 1:30pm PT, same Zoom link as before. Nothing else changes - you'll still meet Gordon and Fatima Rahimi.

Sorry for the shuffle, and let me know if the new time doesn't work.

Camila
Talent Partner, Sitka Health Data
""",
        label=iv(
            iso(S, "America/Vancouver"),
            None,
            company="Sitka Health Data",
            role=None,
            interviewers=["Gordon Tsang", "Fatima Rahimi"],
            notes="Reschedule by a recruiter ('moved to Friday, April 20 at 1:30pm PT'); the old "
            "day is named but not the time. PT only.",
        ),
    )
)

# --- University panel for a Chatham Islands user, NZ time --------------------------------
S = "2029-04-05 10:00"
add(
    mail(
        MANAIA,
        "university-panel-chatham-nz-time",
        "interview",
        frm=("Kirsty Heremaia", "kirsty.heremaia@harbourcapital-uni.example"),
        subject="Interview invitation: Postdoctoral Fellow in Marine Ecology",
        date=dh("2029-03-27 13:40:00", "Pacific/Auckland"),
        body=f"""Kia ora Manaia,

On behalf of the selection committee I'm pleased to invite you to interview for the Postdoctoral Fellow in Marine Ecology (fixed term, 3 years).

When: {d(S, "uky")}, 10:00am NZ time - we realise that's 10:45am on Wharekauri/Chatham
How: Zoom (link to follow)
Panel: Professor Huia Tawhiri (chair), Dr Samuel Brightwell-Ngata, and Associate Professor Lena Koskinen

You'll be asked to give a 10-minute talk on your proposed research, followed by 35 minutes of questions.

Ngā mihi nui,
Kirsty Heremaia
School of Biological Sciences Administrator
Harbour Capital University
""",
        label=iv(
            iso(S, "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Harbour Capital University",
            role="Postdoctoral Fellow in Marine Ecology",
            interviewers=["Huia Tawhiri", "Samuel Brightwell-Ngata", "Lena Koskinen"],
            notes="'NZ time' four days after New Zealand leaves summer time (NZST, +12:00); "
            "10:45 in the Chatham Islands (+12:45). Titles dropped.",
        ),
    )
)

# --- Outlook reply with From/Sent block, Asunción user, Eastern time --------------------------
S = "2029-03-27 09:00"
add(
    mail(
        MILAGROS,
        "outlook-reply-eastern-asuncion",
        "interview",
        frm=("Brett Halvorsen", "brett.halvorsen@ridgewaterbpo.example"),
        subject="RE: Bilingual Team Lead - availability",
        date=dh("2029-03-21 15:22:00", "America/New_York"),
        in_reply_to=mid("ridgewater-milagros", "mail.gmail.com"),
        body=f"""Hi Milagros,

Confirmed for {d(S, "us")} at 9:00 AM Eastern (10:00 AM in Asunción). You will meet with our Director of Operations, Kendra Mabuza, and me. We'll use the Teams link below.

Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RWbpo77%40thread.v2/0

Thanks,
Brett Halvorsen
Talent Acquisition Manager | Ridgewater BPO
"""
        + quoted(
            "2029-03-21 13:02",
            "America/Asuncion",
            "Milagros Benítez Aquino <milagros.benitez@example.net>",
            "Hello Brett, thank you. Next Tuesday or Wednesday morning work best for me. "
            "Kind regards, Milagros",
            style="outlook",
        ),
        label=iv(
            iso(S, "America/New_York"),
            "America/New_York",
            company="Ridgewater BPO",
            role="Bilingual Team Lead",
            interviewers=["Kendra Mabuza", "Brett Halvorsen"],
            emails=["brett.halvorsen@ridgewaterbpo.example"],
            notes="Outlook reply (From/Sent block quoted); Eastern after the US switch = "
            "Asunción +1 (Paraguay on permanent -03:00).",
        ),
    )
)

# --- Founder, Saturday in Santiago, the day Chile leaves summer time ----------------------
S = "2029-04-07 11:00"
add(
    mail(
        CONSTANZA,
        "founder-saturday-santiago-dst",
        "interview",
        frm=("Nate Oduya", "nate@pisco-ai.example"),
        subject="Coffee + interview this Saturday?",
        date=dh("2029-04-03 20:10:00", "America/New_York"),
        body=f"""Hi Constanza,

I'll be in Santiago this week for a customer visit, so let's do your founder interview in person instead of Zoom: {d(S, "us")}, 11am Santiago time, at Café Altura in Providencia (Av. Nueva Providencia 2155). My cofounder Valeria Sotomayor will dial in for the last 20 minutes.

It's the interview for the Head of Growth role - plan for an hour.

Nate
CEO, Pisco AI
""",
        label=iv(
            iso(S, "America/Santiago"),
            "America/Santiago",
            company="Pisco AI",
            role="Head of Growth",
            interviewers=["Nate Oduya", "Valeria Sotomayor"],
            emails=["nate@pisco-ai.example"],
            notes="Saturday interview in a café; Chile changes to -04:00 only at midnight that "
            "night, so 11:00 is still -03:00. Sender writes from New York.",
        ),
    )
)

# --- Agency, Casablanca during Ramadan time (+00:00) ----------------------------------------
S = "2029-02-15 14:00"
add(
    mail(
        YOUSSEF,
        "agency-casablanca-ramadan-hour",
        "interview",
        frm=("Mirjam de Waal", "mirjam.dewaal@tulpentalent.example"),
        subject="Interview with Scheldt Offshore - confirmed",
        date=dh("2029-02-09 10:15:00", "Europe/Amsterdam"),
        body=f"""Dear Youssef,

I'm happy to confirm your video interview with Scheldt Offshore for the Project Controls Engineer position:

{d(S, "uky")}, 14:00 Casablanca time (15:00 in Rotterdam)
Interviewers: Pieter Verhulst (Project Director) and Samira El Idrissi (Planning Lead)

They know it is Ramadan and have kept it to 45 minutes. I'll send the Teams link on Monday.

Kind regards,
Mirjam de Waal
Tulpen Talent
""",
        label=iv(
            iso(S, "Africa/Casablanca"),
            "Africa/Casablanca",
            company="Scheldt Offshore",
            role="Project Controls Engineer",
            interviewers=["Pieter Verhulst", "Samira El Idrissi"],
            notes="Casablanca during Ramadan is on +00:00 (not its usual +01:00); 15:00 in "
            "Rotterdam (CET). Agency consultant does not interview.",
        ),
    )
)

# --- Cairo after Egypt's summer time starts ---------------------------------------------------
S = "2029-04-29 11:00"
add(
    mail(
        MARIAM,
        "cairo-sunday-after-dst-nilepath",
        "interview",
        frm=("Karim Soliman", "karim.soliman@nilepathpharma.example"),
        subject="Interview - Regulatory Affairs Specialist",
        date=dh("2029-04-23 12:30:00", "Africa/Cairo"),
        body=f"""Dear Mariam,

Thank you for your interest in Nile Path Pharma. We would like to invite you to an interview on {d(S, "us")} at 11:00 AM Cairo time at our offices in the Smart Village (Building B112). Please note Egypt moves to summer time on Friday.

You will meet Dr. Hala Abdelrahman (Regulatory Affairs Director) and myself.

Best regards,
Karim Soliman
HR Business Partner
""",
        label=iv(
            iso(S, "Africa/Cairo"),
            "Africa/Cairo",
            company="Nile Path Pharma",
            role="Regulatory Affairs Specialist",
            interviewers=["Hala Abdelrahman", "Karim Soliman"],
            emails=["karim.soliman@nilepathpharma.example"],
            notes="Sunday interview two days after Egypt's switch (EEST, +03:00); sender joins.",
        ),
    )
)

# --- Cancellations by people -----------------------------------------------------------------
S = "2029-03-13 10:00"
add(
    mail(
        ROHIT,
        "cancel-position-on-hold-suva",
        "interview_cancelled",
        frm=("Litia Vakacegu", "litia.vakacegu@coralcoastresorts.example"),
        subject="Re: Interview - Revenue Manager",
        date=dh("2029-03-09 15:45:00", "Pacific/Fiji"),
        in_reply_to=mid("coralcoast-confirm", "coralcoastresorts.example"),
        body=f"""Bula Rohit,

I'm sorry to let you know that we have to cancel your interview on {d(S, "uk")} at 10am with our General Manager, Mr. Josaia Rabukawaqa. Head office has put the Revenue Manager position on hold while the group reviews its structure.

We will keep your application on file and contact you if the role reopens.

Vinaka,
Litia Vakacegu
HR Officer, Coral Coast Resorts
""",
        label=iv(
            iso(S, "Pacific/Fiji"),
            None,
            company="Coral Coast Resorts",
            role="Revenue Manager",
            interviewers=["Josaia Rabukawaqa"],
            notes="Cancellation because the role is on hold; not a rejection, nothing rebooked.",
        ),
    )
)
S = "2029-04-24 15:00"
add(
    mail(
        TAYLA,
        "cancel-interviewer-sick-brisbane",
        "interview_cancelled",
        frm=("Sophie Latham", "sophie.latham@reefline.example"),
        subject="Cancelled - Tuesday's interview",
        date=dh("2029-04-23 17:50:00", "Australia/Brisbane"),
        body=f"""Hi Tayla,

Sorry for the late notice - Daniel Cordeiro is unwell, so we'll need to cancel tomorrow's interview ({d(S, "abbr")}, 3pm). I'll come back to you with a couple of new times once he's back.

Cheers,
Sophie Latham
Reefline Tourism
""",
        label=iv(
            iso(S, "Australia/Brisbane"),
            None,
            company="Reefline Tourism",
            role=None,
            interviewers=["Daniel Cordeiro"],
            notes="Person-written cancellation ('Tue, 24 Apr, 3pm'); Brisbane, no zone needed.",
        ),
    )
)

# --- Scheduling requests by people -----------------------------------------------------------
add(
    mail(
        KWAME,
        "manager-asks-times-next-week-accra",
        "scheduling_request",
        frm=("Abena Owusu-Ansah", "abena.owusuansah@volta-agritech.example"),
        subject="Volta Agritech - Supply Chain Lead",
        date=dh("2029-04-12 09:30:00", "Africa/Accra"),
        body="""Hello Kwame,

I enjoyed reading your application for the Supply Chain Lead position. Could you send me two or three times next week when you'd be free for a one-hour conversation with me and our COO? Mornings are easier for us.

Best,
Abena Owusu-Ansah
Head of Operations, Volta Agritech
""",
        label=note(
            "Hiring manager asks for availability; nothing fixed.", company="Volta Agritech"
        ),
    )
)
add(
    mail(
        YOUSSEF,
        "agency-offers-two-afternoons-casablanca",
        "scheduling_request",
        frm=("Hicham Tazi", "hicham.tazi@atlasrecrutement.example"),
        subject="Next step with our client - are you free Tue or Wed?",
        date=dh("2029-04-02 11:00:00", "Africa/Casablanca"),
        body=f"""Hi Youssef,

Our client (an engineering consultancy in Tangier) would like a first call. Are you available on {d("2029-04-10", "us")} after 15:00 or on {d("2029-04-11", "us")} after 14:00? Let me know and I'll lock it in with their technical director.

Best regards,
Hicham Tazi
Atlas Recrutement
""",
        label=note("Agency proposes two afternoons; nothing booked."),
    )
)

assert conv("2029-04-05 10:00", "Pacific/Auckland", "Pacific/Chatham") == "2029-04-05 10:45"
assert conv("2029-02-15 14:00", "Africa/Casablanca", "Europe/Amsterdam") == "2029-02-15 15:00"
assert conv("2029-03-27 09:00", "America/New_York", "America/Asuncion") == "2029-03-27 10:00"
assert conv("2029-04-04 15:00", "Europe/London", "Europe/Rome") == "2029-04-04 16:00"
assert conv("2029-03-06 18:00", "Asia/Dhaka", "Europe/Berlin") == "2029-03-06 13:00"
assert t12("2029-03-23 08:30") == "8:30 AM"
