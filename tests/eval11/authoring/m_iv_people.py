"""Interviews arranged by people: agencies, hiring managers, founders, threads, signatures."""

from __future__ import annotations

from .kit import (
    AINO,
    CATHAL,
    CHIDINMA,
    CLARISSA,
    DECLAN,
    ELENI,
    FARHAD,
    FEMKE,
    JARRAH,
    KAYA,
    MATILDA,
    ROHAN,
    SEOYEON,
    TIAKI,
    WANJIRU,
    Msg,
    d,
    dh,
    lab,
    mail,
    mid,
    quoted,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Adelaide agency, day-first with a dot in the time, no zone ---------------------------------
S = "2030-10-15 11:30"
add(
    mail(
        MATILDA,
        "agency-torrens-people-adelaide",
        "interview",
        frm=("Brodie Kaminski", "brodie@torrenspeople.example"),
        subject="Locked in - Quandong Wines interview",
        date=dh("2030-10-09 17:22:00", "Australia/Adelaide"),
        body="""Hi Matilda,

Quandong Wines have come back and would love to meet you for the Commercial Analyst role!

Tues 15/10 at 11.30am
Their office: 22 Pirie St, Adelaide (ground floor reception)
You'll be meeting Gemma Trebilcock (CFO) and Angus Liew (Commercial Manager).

I'll ring you Monday to run through it. Smart casual is fine.

Cheers,
Brodie Kaminski
Senior Consultant | Torrens People
0431 555 208
""",
        label=lab(
            S,
            "Australia/Adelaide",
            None,
            company="Quandong Wines",
            role="Commercial Analyst",
            who=["Gemma Trebilcock", "Angus Liew"],
            notes="Agency; 'Tues 15/10 at 11.30am', no zone; ACDT (+10:30) since 6 October.",
        ),
    )
)

# --- Hiring manager top-posts above the thread, Dubai time for a Kabul user ---------------------
S = "2030-10-17 15:30"
add(
    mail(
        FARHAD,
        "top-post-dubai-time-kabul",
        "interview",
        frm=("Imran Sheikh", "imran.sheikh@zarafshanfreight.example"),
        subject="RE: Fleet Planning Manager - next conversation",
        date=dh("2030-10-13 10:48:00", "Asia/Dubai"),
        in_reply_to=mid("zarafshan-first", "zarafshanfreight.example"),
        body="""Thursday works for me. Let's do 3:30pm Dubai time (4pm for you in Kabul). I'll send a Teams link, and Olga Vasquez-Rahman from our network team will join for the second half.

Imran

-----Original Message-----
From: Farhad Rahimi-Sultani <farhad.rsultani@example.com>
Sent: Saturday, October 12, 2030 8:15 PM
To: Imran Sheikh <imran.sheikh@zarafshanfreight.example>
Subject: RE: Fleet Planning Manager - next conversation

Dear Imran,
Thank you. I am available Wednesday or Thursday afternoon, any time after 3pm my time.
Best regards,
Farhad

-----Original Message-----
From: Imran Sheikh
Sent: Saturday, October 12, 2030 1:02 PM
Subject: Fleet Planning Manager - next conversation

Hi Farhad, enjoyed our call. Can we do a deeper session next week? Which days suit?
""",
        label=lab(
            S,
            "Asia/Dubai",
            "Asia/Dubai",
            company="Zarafshan Freight",
            role="Fleet Planning Manager",
            who=["Imran Sheikh", "Olga Vasquez-Rahman"],
            emails=["imran.sheikh@zarafshanfreight.example"],
            notes="Top-posted Outlook thread; 'Thursday' resolved from the send date; Dubai time, Kabul +04:30 named too.",
        ),
    )
)

# --- Singapore agency, SGT for a Manila user ---------------------------------------------------
S = "2030-10-28 14:00"
add(
    mail(
        CLARISSA,
        "agency-singapore-sgt-manila",
        "interview",
        frm=("Jolene Tan", "jolene.tan@straitsbridge.example"),
        subject="Interview arranged - Tembusu Analytics (Regional BI Lead)",
        date=dh("2030-10-22 16:40:00", "Asia/Singapore"),
        body="""Hi Clarissa,

Good news, Tembusu Analytics would like to interview you for the Regional BI Lead role.

Date/time: Mon 28 Oct, 2.00pm SGT (same as Manila time)
Format: MS Teams, 45 min
Interviewers: Mr Harith Osman (Head of Data) and Ms Caroline Yeo (HR Business Partner)

Do let me know once you've accepted the calendar invite from them.

Best regards
Jolene Tan | Principal Consultant | Straitsbridge Search
M: +65 8555 0173
""",
        label=lab(
            S,
            "Asia/Singapore",
            None,
            company="Tembusu Analytics",
            role="Regional BI Lead",
            who=["Harith Osman", "Caroline Yeo"],
            notes="Agency; 'Mon 28 Oct, 2.00pm SGT'; an abbreviation, same offset as Manila; HR partner interviews.",
        ),
    )
)

# --- Nairobi hiring manager with an ordinal date and a phone signature ---------------------------
S = "2030-11-01 10:00"
add(
    mail(
        WANJIRU,
        "manager-ordinal-eat-nairobi",
        "interview",
        frm=("Kipchoge Rotich", "k.rotich@baobabgrid.example"),
        subject="Meeting on Friday - Baobab Grid",
        date=dh("2030-10-28 08:05:00", "Africa/Nairobi"),
        body="""Dear Mumbua,

Thank you for your application for the Grid Analytics Officer post. I would like to invite you for an interview on Friday 1st November at 10am EAT at our offices on Ngong Road (Baobab Grid House, 3rd floor). My colleague Faith Njeri-Mutua will also sit in.

Kindly confirm.

Regards,
Eng. Kipchoge Rotich
Head of Analytics, Baobab Grid Ltd
+254 20 555 0192 | +254 722 555 014
""",
        label=lab(
            S,
            "Africa/Nairobi",
            None,
            company="Baobab Grid",
            role="Grid Analytics Officer",
            who=["Kipchoge Rotich", "Faith Njeri-Mutua"],
            emails=["k.rotich@baobabgrid.example"],
            notes="'Friday 1st November at 10am EAT'; 'Eng.' title dropped.",
        ),
    )
)

# --- Lagos: "tomorrow (Wednesday)" -------------------------------------------------------------
S = "2030-10-30 11:00"
add(
    mail(
        CHIDINMA,
        "tomorrow-wednesday-lekki",
        "interview",
        frm=("Adaeze Umeh", "adaeze.umeh@lagoonstudio.example"),
        subject="Re: Application - UI Designer",
        date=dh("2030-10-29 18:31:00", "Africa/Lagos"),
        in_reply_to=mid("lagoon-cv", "example.net"),
        body="""Hi Chidinma,

Can you come in tomorrow (Wednesday) by 11am? Our creative director Segun Balogun wants to meet you in person before he travels.

Address: Lagoon Studio, 14 Admiralty Way, Lekki Phase 1. Ask for me at the front desk.

Thanks,
Adaeze
Sent from my Android
""",
        label=lab(
            S,
            "Africa/Lagos",
            None,
            company="Lagoon Studio",
            role="UI Designer",
            who=["Segun Balogun"],
            notes="Relative 'tomorrow (Wednesday) by 11am'; the sender arranges only.",
        ),
    )
)

# --- Athens: reply picks the second of two quoted options ---------------------------------------
S = "2030-11-06 16:00"
FIRST = "2030-11-05 10:00"
add(
    mail(
        ELENI,
        "thread-second-option-athens",
        "interview",
        frm=("Nikos Vlachos", "nikos.vlachos@kyklosfreight.example"),
        subject="Re: Interview slots - Kyklos Freight",
        date=dh("2030-10-31 12:14:00", "Europe/Athens"),
        in_reply_to=mid("kyklos-slots-reply", "example.org"),
        body="""Great, let's go with the second option then. Myrto Karagianni (our controller) and I will see you at the office.

Nikos
"""
        + quoted(
            "2030-10-31 11:02",
            "Europe/Athens",
            "Eleni Papadaki-Moraiti <eleni.papadaki@example.org>",
            "Dear Nikos, thank you. The second option suits me better.\n"
            + quoted(
                "2030-10-30 17:40",
                "Europe/Athens",
                "Nikos Vlachos <nikos.vlachos@kyklosfreight.example>",
                f"Hi Eleni, could you do {d(FIRST, 'uk')} at 10:00 or {d(S, 'uk')} at 16:00, "
                "Athens time? Kyklos Freight, 3 Akti Miaouli, Piraeus.",
            ),
        ),
        label=lab(
            S,
            "Europe/Athens",
            "Europe/Athens",
            company="Kyklos Freight",
            who=["Nikos Vlachos", "Myrto Karagianni"],
            emails=["nikos.vlachos@kyklosfreight.example"],
            notes="Reply settles the second quoted option, Wednesday 16:00 Athens time (EET).",
        ),
    )
)

# --- UK recruiter: UK time, Amsterdam user -------------------------------------------------------
S = "2030-11-07 14:00"
add(
    mail(
        FEMKE,
        "uk-time-for-amsterdam",
        "interview",
        frm=("Harriet Pemberton-Shaw", "harriet@fenwickhale.example"),
        subject="Interview confirmation - Senior Pricing Analyst, Mallory Rail",
        date=dh("2030-10-31 09:20:00", "Europe/London"),
        body=f"""Hi Femke,

Just confirming your first interview with Mallory Rail:

{d(S, "ord")}, 2pm UK time (3pm for you in Amsterdam)
Teams - invite coming from their side
Interviewers: Dominic Yarrow (Pricing Director) and Leah Okafor-Grant (Senior Analyst)

Any questions, just shout.

Harriet Pemberton-Shaw
Fenwick Hale Recruitment | 020 7946 0381
""",
        label=lab(
            S,
            "Europe/London",
            "Europe/London",
            company="Mallory Rail",
            role="Senior Pricing Analyst",
            who=["Dominic Yarrow", "Leah Okafor-Grant"],
            notes="'Thursday 7th November, 2pm UK time (3pm ... Amsterdam)'; GMT/CET after the switch.",
        ),
    )
)

# --- Anchorage: month-first short date before the switch ---------------------------------------
S = "2030-10-29 14:00"
add(
    mail(
        KAYA,
        "call-confirm-anchorage-akdt",
        "interview",
        frm=("Denise Kvasnikoff", "dkvasnikoff@kenaiclinic.example"),
        subject="Confirming our call",
        date=dh("2030-10-24 15:58:00", "America/Anchorage"),
        body="""Kaya,

Confirming our call on Tues 10/29 at 2 pm (Anchorage time) about the Practice Manager opening. I'll call your cell. Dr. Hollis Beaudry may hop on for the last 15 minutes.

Denise Kvasnikoff
Clinic Administrator
Kenai Family Clinic
(907) 555-0148
""",
        label=lab(
            S,
            "America/Anchorage",
            "America/Anchorage",
            company="Kenai Family Clinic",
            role="Practice Manager",
            who=["Denise Kvasnikoff", "Hollis Beaudry"],
            emails=["dkvasnikoff@kenaiclinic.example"],
            notes="'Tues 10/29 at 2 pm (Anchorage time)'; AKDT (-08:00) before 3 November.",
        ),
    )
)

# --- Chatham time named for a Chatham user -----------------------------------------------------
S = "2030-10-16 13:30"
add(
    mail(
        TIAKI,
        "wellington-recruiter-chatham-time",
        "interview",
        frm=("Mereana Hapeta", "mereana.hapeta@rekohuenergy.example"),
        subject="Interview - Site Coordinator (Wharf Upgrade)",
        date=dh("2030-10-11 10:12:00", "Pacific/Auckland"),
        body="""Kia ora Tiaki,

Thanks for applying for the Site Coordinator role. We'd like to interview you by video on Wednesday 16 October at 1.30pm Chatham time (12.45pm for us in Wellington).

Panel: Tane Horomona (Project Director) and Lydia Farquhar (H&S Lead).

Ngā mihi,
Mereana Hapeta
People & Culture Advisor | Rēkohu Energy
""",
        label=lab(
            S,
            "Pacific/Chatham",
            "Pacific/Chatham",
            company="Rēkohu Energy",
            role="Site Coordinator",
            who=["Tane Horomona", "Lydia Farquhar"],
            notes="'1.30pm Chatham time (12.45pm ... Wellington)'; +13:45 in October.",
        ),
    )
)

# --- Dublin: "half nine", Outlook top-post with signature -------------------------------------
S = "2030-11-12 09:30"
add(
    mail(
        CATHAL,
        "half-nine-dublin-outlook",
        "interview",
        frm=("Fionnuala Brennan", "fbrennan@liffeyworks.example"),
        subject="RE: Service Designer - meeting",
        date=dh("2030-11-06 16:47:00", "Europe/Dublin"),
        in_reply_to=mid("liffey-thread", "liffeyworks.example"),
        body="""Hi Cathal,

Perfect - Tuesday the 12th at half nine it is. Come to our Dublin office (Liffey Works, 3 Hanover Quay) and Conor Mac Giolla will join me for the chat.

Thanks,
Fionnuala

Fionnuala Brennan | Head of Service Design | Liffey Works
T: +353 1 555 0162
"""
        + quoted(
            "2030-11-06 15:30",
            "Europe/Dublin",
            "Cathal Ó Briain",
            "Hi Fionnuala, any morning next week suits, Tuesday ideally.",
            style="outlook",
        ),
        label=lab(
            S,
            "Europe/Dublin",
            None,
            company="Liffey Works",
            role="Service Designer",
            who=["Fionnuala Brennan", "Conor Mac Giolla"],
            emails=["fbrennan@liffeyworks.example"],
            notes="'Tuesday the 12th at half nine' (09:30); no zone; GMT.",
        ),
    )
)

# --- Helsinki: ISO-8859-1, Nordic dotted date --------------------------------------------------
S = "2030-11-28 13:00"
add(
    mail(
        AINO,
        "latin1-dotted-date-helsinki",
        "interview",
        frm=("Björn Sjöholm", "bjorn.sjoholm@skargardsoft.example"),
        subject="Interview Thursday 28.11. - Skärgård Soft",
        date=dh("2030-11-20 10:31:00", "Europe/Helsinki"),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
        body="""Hi Aino,

Thank you for your application. We would like to meet you on Thursday 28.11. at 13.00 at our office in Turku (Linnankatu 9). Present will be me and our CTO Päivi Äijälä.

The interview takes about 1,5 hours.

Best regards,
Björn Sjöholm
Engineering Manager, Skärgård Soft Oy
+358 2 555 0147
""",
        label=lab(
            S,
            "Europe/Helsinki",
            None,
            company="Skärgård Soft",
            who=["Björn Sjöholm", "Päivi Äijälä"],
            emails=["bjorn.sjoholm@skargardsoft.example"],
            notes="ISO-8859-1; 'Thursday 28.11. at 13.00' (dotted Nordic date, no zone); EET.",
        ),
    )
)

# --- Brisbane agency, wrapped plain text, day-first 4/11 ---------------------------------------
S = "2030-11-04 15:00"
add(
    mail(
        JARRAH,
        "agency-wrapped-brisbane-4-11",
        "interview",
        frm=("Kristy Oakes", "kristy.oakes@coraltalent.example"),
        subject="Fwd: 2nd interview - Pandanus Rail",
        date=dh("2030-10-30 14:05:00", "Australia/Brisbane"),
        body="""Hey Jarrah,

Pandanus Rail want you back for a 2nd interview, see below from the hiring
manager. Mon 4/11 at 3pm at their Bowen Hills office, with Lachlan
Freudenberg and Ngaire Whitby. Bring the rail safety ticket if you've got
it on you.

Talk soon,
Kristy

---------- Forwarded message ---------
From: Lachlan Freudenberg <lachlan.f@pandanusrail.example>
Subject: 2nd interview - Pandanus Rail

Kristy - happy to see Jarrah again. Monday arvo at 3 works, Ngaire will
join me. Cheers, Lachlan
""",
        label=lab(
            S,
            "Australia/Brisbane",
            None,
            company="Pandanus Rail",
            who=["Lachlan Freudenberg", "Ngaire Whitby"],
            emails=["lachlan.f@pandanusrail.example"],
            notes="Agency forward, hard-wrapped; day-first 'Mon 4/11 at 3pm' is 4 November; AEST (no DST).",
        ),
    )
)

# --- Seoul: B-encoded Korean sender, Korean and English date -------------------------------------
S = "2030-11-14 15:00"
add(
    mail(
        SEOYEON,
        "korean-bilingual-recruiter-seoul",
        "interview",
        frm=("최민준", "minjun.choi@bukhanbio.example"),
        name_method="B",
        subject="[Bukhan Bio] 면접 안내 / Interview invitation - Data Scientist",
        date=dh("2030-11-07 09:30:00", "Asia/Seoul"),
        body="""윤하늘님 안녕하세요,

북한산바이오 데이터 사이언티스트 포지션 1차 면접 일정을 안내드립니다.

일시: 2030년 11월 14일 (목) 오후 3시
장소: 서울 종로구 율곡로 88, 8층
면접관: 한지우 팀장, 오세린 책임

(English) Your first interview is on Thursday, Nov 14 at 3 PM KST at our Jongno office with Han Ji-woo and Oh Se-rin.

최민준 드림
Choi Min-jun, Talent Acquisition, Bukhan Bio
""",
        label=lab(
            S,
            "Asia/Seoul",
            None,
            company="Bukhan Bio",
            role="Data Scientist",
            who=["Han Ji-woo", "Oh Se-rin"],
            notes="B-encoded Korean sender; Korean '2030년 11월 14일 (목) 오후 3시' and English 'KST'.",
        ),
    )
)

# --- Halifax: only "the 8th" ------------------------------------------------------------------
S = "2030-11-08 14:00"
add(
    mail(
        DECLAN,
        "day-of-month-only-halifax-cafe",
        "interview",
        frm=("Percy Oulton", "percy@saltmarshcoffee.example"),
        subject="coffee + chat about the ops role",
        date=dh("2030-11-02 11:17:00", "America/Halifax"),
        body="""Hey Declan,

Thanks for sending your resume over. Let's meet at the Central Library cafe on Spring Garden, 2:00 on the 8th? I'll bring my business partner Yvonne Lanteigne - she runs the roastery side and would be your day-to-day.

Percy Oulton
Saltmarsh Coffee Co. | 902-555-0119
""",
        label=lab(
            S,
            "America/Halifax",
            None,
            company="Saltmarsh Coffee",
            who=["Percy Oulton", "Yvonne Lanteigne"],
            emails=["percy@saltmarshcoffee.example"],
            notes="Only 'the 8th' (Friday 8 November) and '2:00'; informal but a job interview; AST after the switch.",
        ),
    )
)

# --- Mumbai agency for a Dubai job: IST and Dubai time both given ------------------------------
S = "2030-10-31 10:00"
add(
    mail(
        ROHAN,
        "agency-mumbai-ist-and-dubai",
        "interview",
        frm=("Sneha Kulkarni-Bhat", "sneha.kb@arabiansea-search.example"),
        subject="Interview fixed - Al Safina Retail - Category Manager",
        date=dh("2030-10-26 13:10:00", "Asia/Kolkata"),
        body="""Dear Rohan,

Greetings!

As discussed, your interview with Al Safina Retail is fixed on 31/10/2030 at 11:30 AM IST, i.e. 10:00 AM Dubai time. It will be a face-to-face meeting at their Al Quoz head office with Mr. Faisal Al Ketbi (Head of Category) and Ms. Anjali Menon (HRBP).

Kindly carry 2 copies of your updated CV.

Thanks & Regards,
Sneha Kulkarni-Bhat
Arabian Sea Search Pvt Ltd
+91 22 5550 1934
""",
        label=lab(
            S,
            "Asia/Dubai",
            "Asia/Dubai",
            company="Al Safina Retail",
            role="Category Manager",
            who=["Faisal Al Ketbi", "Anjali Menon"],
            notes="Agency in Mumbai gives IST and Dubai time; 10:00 +04:00 = 11:30 +05:30.",
        ),
    )
)
