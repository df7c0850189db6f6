"""Interviews arranged by people: agencies, hiring managers, threads, forwards, phones."""

from __future__ import annotations

from .kit import (
    ANAHERA,
    BIBEK,
    DEFNE,
    DESHAWN,
    ELSA,
    EMILIANO,
    HAMISH,
    ISLA,
    JOAQUIM,
    KAVYA,
    KENTARO,
    NOELANI,
    PADRAIG,
    PUTRI,
    SHIRIN,
    SOLENNE,
    THIRI,
    WARRICK,
    XINYI,
    YADIRA,
    YUTING,
    Msg,
    d,
    dh,
    lab,
    mail,
    mid,
    note,
    quoted,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- London agency, 'Thursday 6th March', 'half 2', no zone ----------------------------------
S = "2031-03-06 14:30"
add(
    mail(
        HAMISH,
        "agency-half-two-thursday-ordinal-corrieburn",
        "interview",
        frm=("Gemma Lockhart", "gemma.lockhart@pentlandsearch.example"),
        subject="Corrieburn Distillers - you're in!",
        date=dh("2031-02-28 17:05", "Europe/London"),
        body="""Hi Hamish,

Brilliant news - Corrieburn want to meet you for the Commercial Finance Manager role.

Thursday 6th March at 2.30pm, their Leith office (The Shore, 3rd floor). You'll see Alasdair Munro (FD) and Kirsty Baird (Head of FP&A). Should be about an hour.

Give me a call tomorrow and I'll take you through what they're like.

Gemma Lockhart
Principal Consultant, Pentland Search
07700 900418
""",
        label=lab(
            S,
            "Europe/London",
            None,
            company="Corrieburn Distillers",
            role="Commercial Finance Manager",
            who=["Alasdair Munro", "Kirsty Baird"],
            notes="Agency; ordinal date without a year; '2.30pm'; no zone (GMT).",
        ),
    )
)

# --- Day-first '8/4' from an Auckland hiring manager, 24 h ----------------------------------
S = "2031-04-08 13:00"
add(
    mail(
        ANAHERA,
        "day-first-slash-auckland-pohutukawa-civil",
        "interview",
        frm=("Grant Mahoney", "grant.mahoney@pohutukawacivil.example"),
        subject="Re: Site Engineer application",
        date=dh("2031-04-01 12:48", "Pacific/Auckland"),
        in_reply_to=mid("pohutukawa-application", "example.com"),
        body="""Kia ora Anahera

Thanks for getting back to me. Let's lock in Tues 8/4 at 13:00 at our Penrose yard office, 14 Hugo Johnston Drive. Bring your PPE, we'll do a quick walk of the site after. It'll be me and our project director Tania Rewi.

Cheers
Grant Mahoney
Construction Manager
Pōhutukawa Civil
""",
        label=lab(
            S,
            "Pacific/Auckland",
            None,
            company="Pōhutukawa Civil",
            role="Site Engineer",
            who=["Grant Mahoney", "Tania Rewi"],
            emails=["grant.mahoney@pohutukawacivil.example"],
            notes="'8/4' day-first; after the 6 April switch, NZST (+12:00).",
        ),
    )
)

# --- Month-first '3/12' for a New York user, 'ET' ---------------------------------------------
S = "2031-03-12 16:00"
add(
    mail(
        DESHAWN,
        "month-first-slash-et-gansevoort-reinsurance",
        "interview",
        frm=("Mitchell Abramowitz", "mabramowitz@gansevoortre.example"),
        subject="RE: Pricing Actuary - follow up",
        date=dh("2031-03-07 08:52", "America/New_York"),
        body="""DeShawn -

Confirming Wed 3/12 at 4pm ET in our office (40 Water St, 18th fl). You'll meet with me and then Lorraine Petrakis, our Chief Underwriting Officer, for 30 mins each.

Mitch

Mitchell Abramowitz | SVP, Pricing | Gansevoort Re
""",
        label=lab(
            S,
            "America/New_York",
            None,
            company="Gansevoort Re",
            role="Pricing Actuary",
            who=["Mitchell Abramowitz", "Lorraine Petrakis"],
            emails=["mabramowitz@gansevoortre.example"],
            notes="'3/12' month-first; after the switch (EDT -04:00) though sent before it.",
        ),
    )
)

# --- Thread: recruiter's reply settles the first of two quoted slots, Tehran ------------------
S = "2031-03-02 10:00"
add(
    mail(
        SHIRIN,
        "thread-first-of-two-slots-tehran-zagros-labs",
        "interview",
        frm=("Nasrin Kazemi", "nasrin.kazemi@zagroslabs.example"),
        subject="Re: Interview times - Zagros Labs",
        date=dh("2031-02-24 13:40", "Asia/Tehran"),
        in_reply_to=mid("zagros-candidate-reply", "example.com"),
        body="""Dear Shirin,

Perfect - Sunday at 10 it is. Mr. Arash Niknam (Lab Director) will interview you at our Karaj site. I'll send the address by SMS.

Best,
Nasrin
"""
        + quoted(
            "2031-02-24 11:02",
            "Asia/Tehran",
            "Shirin Ghasemi-Rad <shirin.ghasemirad@example.com>",
            "Hello Nasrin, the first option (Sunday 2 March, 10:00) suits me best. Thank you!\n"
            + quoted(
                "2031-02-23 16:30",
                "Asia/Tehran",
                "Nasrin Kazemi <nasrin.kazemi@zagroslabs.example>",
                "Could you do Sunday 2 March at 10:00 or Monday 3 March at 14:00 (Tehran time)?",
            ),
        ),
        label=lab(
            S,
            "Asia/Tehran",
            "Asia/Tehran",
            company="Zagros Labs",
            who=["Arash Niknam"],
            notes="Reply confirms the first of two quoted options; 'Tehran time' in the quote.",
        ),
    )
)

# --- User forwards a phone-screen confirmation to herself (Gmail forward) --------------------
S = "2031-03-13 09:30"
FWD = f"""---------- Forwarded message ---------
From: Ruth Ogundimu <ruth.ogundimu@lagunaclinics.example>
Date: Mon, Mar 10, 2031 at 4:12 PM
Subject: Phone interview - Patient Access Lead
To: <noelani.spierce@example.com>


Hi Noelani,

Confirming your phone interview for Patient Access Lead on {d(S)} at {t12(S)} PT. I'll call you on the number on your resume. It should take about 30 minutes.

Ruth Ogundimu
Recruiter, Laguna Clinics
"""
add(
    mail(
        NOELANI,
        "self-forward-phone-screen-laguna-clinics",
        "interview",
        frm=("Noelani Sakamoto-Pierce", "noelani.spierce@example.com"),
        to="noelani.spierce@example.com",
        subject="Fwd: Phone interview - Patient Access Lead",
        date=dh("2031-03-10 16:40", "America/Los_Angeles"),
        body="saving this one\n\n" + FWD,
        label=lab(
            S,
            "America/Los_Angeles",
            None,
            company="Laguna Clinics",
            role="Patient Access Lead",
            who=["Ruth Ogundimu"],
            emails=["ruth.ogundimu@lagunaclinics.example"],
            notes="User forwards to herself; the recruiter conducts the phone screen; 'PT'.",
        ),
    )
)

# --- A colleague (career coach) forwards an Outlook confirmation, Outlook 'From:/Sent:' block ---
S = "2031-02-19 14:00"
add(
    mail(
        KAVYA,
        "coach-forwards-outlook-block-peepal-bank",
        "interview",
        frm=("Meenakshi Sundaram", "meenakshi@careerbridge-coaching.example"),
        subject="FW: Interview Schedule - Peepal Bank - Risk Modelling",
        date=dh("2031-02-14 10:20", "Asia/Kolkata"),
        body="""Kavya, the bank sent this to me since I referred you - forwarding. All the best!
Meenakshi

________________________________
From: Talent Acquisition, Peepal Bank <ta@peepalbank.example>
Sent: Friday, February 14, 2031 9:55 AM
To: Meenakshi Sundaram
Subject: Interview Schedule - Peepal Bank - Risk Modelling

Dear Ma'am,

Please inform the candidate Ms. Kavya Raghunathan that her interview is scheduled as below:

Date: 19-Feb-2031 (Wednesday)
Time: 2:00 PM IST
Venue: Peepal Bank, Bandra Kurla Complex, Tower B, 6th floor
Panel: Mr. Vivek Rajadhyaksha (Chief Risk Officer), Ms. Farah Contractor (VP, Model Validation)

Regards,
Talent Acquisition
""",
        label=lab(
            S,
            "Asia/Kolkata",
            None,
            company="Peepal Bank",
            role="Risk Modelling",
            who=["Vivek Rajadhyaksha", "Farah Contractor"],
            notes="Forwarded by a third person; '19-Feb-2031'; 'IST'.",
        ),
    )
)

# --- Mobile, one line, 'tmrw 9' -------------------------------------------------------------------
S = "2031-03-25 09:00"
add(
    mail(
        WARRICK,
        "mobile-tmrw-nine-gulf-barra-charters",
        "interview",
        frm=("Dale Pascoe", "dale@gulfbarra.example"),
        subject="Re: deckhand/skipper job",
        date=dh("2031-03-24 18:31", "Australia/Darwin"),
        in_reply_to=mid("barra-cv", "example.org"),
        body="""Yep all good mate, come down to the Cullen Bay pontoon tmrw 9am and we'll have a yarn about the skipper job. Ask for me or Shaz

Sent from my iPhone
""",
        label=lab(
            S,
            "Australia/Darwin",
            None,
            company=None,
            role="Skipper",
            who=["Dale Pascoe"],
            emails=["dale@gulfbarra.example"],
            notes="Mobile reply; 'tmrw 9am' relative to the Date header; Darwin.",
        ),
    )
)

# --- ISO-8859-1 plain text, Mexico City, in English by a US recruiter ---------------------------
S = "2031-03-19 11:00"
add(
    mail(
        EMILIANO,
        "latin1-cdmx-central-time-obsidiana-motors",
        "interview",
        frm=("Brett Halvorsen", "bhalvorsen@obsidianamotors.example"),
        subject="Interview - Plant Controller (Toluca)",
        date=dh("2031-03-11 10:04", "America/Mexico_City"),
        charset="ISO-8859-1",
        body="""Hi Teodoro,

Thanks again for your time last week. We'd like you to meet our CFO, Ignacio Peñaloza, and our plant director, Héctor Zúñiga, on Wednesday, March 19 at 11:00 a.m. Mexico City time at the Toluca plant. Our team in Texas will be an hour ahead (CDT), so we'll dial in for the last part.

Regards,
Brett Halvorsen
Director, Talent Acquisition - Obsidiana Motors
""",
        label=lab(
            S,
            "America/Mexico_City",
            "America/Mexico_City",
            company="Obsidiana Motors",
            role="Plant Controller",
            who=["Ignacio Peñaloza", "Héctor Zúñiga"],
            notes="ISO-8859-1; 'Mexico City time' (no DST since 2022, -06:00) while Texas is on CDT.",
        ),
    )
)

# --- RFC 2047 B-encoded Chinese name, English body, Shanghai ---------------------------------
S = "2031-02-27 10:00"
add(
    mail(
        XINYI,
        "b-encoded-name-shanghai-lingang-battery",
        "interview",
        frm=("王丽娟 (Wang Lijuan)", "lijuan.wang@lingangbattery.example"),
        name_method="B",
        subject="Interview arrangement - Battery Test Engineer",
        date=dh("2031-02-21 15:18", "Asia/Shanghai"),
        body="""Dear Gu Xinyi,

Your onsite interview is arranged on 2031-02-27 at 10:00 (Beijing time), Lingang Battery, Building 3, 888 Huanhu West Road, Pudong. The interviewers are Zhou Hao (R&D Manager) and myself.

Please bring your ID card.

Wang Lijuan
HR, Lingang Battery
""",
        label=lab(
            S,
            "Asia/Shanghai",
            "Asia/Shanghai",
            company="Lingang Battery",
            role="Battery Test Engineer",
            who=["Zhou Hao", "Wang Lijuan"],
            emails=["lijuan.wang@lingangbattery.example"],
            notes="B-encoded display name; 'Beijing time'; HR sits in ('and myself').",
        ),
    )
)

# --- UTC offset only, Yangon user, Bangkok company ------------------------------------------------
S = "2031-03-11 14:00"
add(
    mail(
        THIRI,
        "utc-offset-bangkok-company-yangon-user-chaophraya",
        "interview",
        frm=("Kanokwan Srisuk", "kanokwan.s@chaophrayatrade.example"),
        subject="Video interview confirmation - Regional Trade Analyst",
        date=dh("2031-03-05 09:15", "Asia/Yangon"),
        body="""Dear Ms. Thiri Aung Myint,

We confirm your video interview on Tuesday, 11 March 2031 at 14:30 (UTC+7), which is 14:00 in Yangon. The interviewer is Mr. Somchai Wattanapong, Head of Trade Analytics.

Microsoft Teams link will be sent separately.

Best regards,
Kanokwan Srisuk
HR Officer, Chao Phraya Trading
""",
        label=lab(
            S,
            "Asia/Yangon",
            "Asia/Yangon",
            company="Chao Phraya Trading",
            role="Regional Trade Analyst",
            who=["Somchai Wattanapong"],
            notes="'14:30 (UTC+7)' = 14:00 Yangon (+06:30); the city is named for the user.",
        ),
    )
)

# --- Founder writes in HTML only, Taipei, no zone ----------------------------------------------------
S = "2031-03-21 10:30"
add(
    mail(
        YUTING,
        "html-only-founder-taipei-formosa-kites",
        "interview",
        frm=("Tsai Ming-hsuan", "minghsuan@formosakites.example"),
        subject="Come meet us Friday - Formosa Kites",
        date=dh("2031-03-17 22:10", "Asia/Taipei"),
        rich="""<html><body><div style="font-family:Helvetica">
<p>Hi Yu-ting,</p>
<p>Loved your portfolio! Can you come to our studio on <b>Friday, March 21 at 10:30</b>? It'll be me and our lead illustrator <b>Hsu Pei-jun</b>. Address: 5F, No. 12, Lane 50, Yongkang St, Da'an District.</p>
<p>Ming-hsuan<br>Founder, Formosa Kites</p>
</div></body></html>
""",
        label=lab(
            S,
            "Asia/Taipei",
            None,
            company="Formosa Kites",
            who=["Tsai Ming-hsuan", "Hsu Pei-jun"],
            emails=["minghsuan@formosakites.example"],
            notes="HTML-only founder mail; no zone.",
        ),
    )
)

# --- Windows-1252 Outlook mail from Istanbul with smart quotes, 24 h, "TRT" ----------------------
S = "2031-04-04 10:00"
add(
    mail(
        DEFNE,
        "cp1254-istanbul-trt-anatolia-logistics",
        "interview",
        frm=("Emre Yalçın", "emre.yalcin@anatolialojistik.example"),
        subject="Interview – Supply Chain Planner",
        date=dh("2031-03-28 16:45", "Europe/Istanbul"),
        charset="windows-1254",
        body="""Dear Defne,

Thank you for your interest. We’d like to invite you to an interview on Friday, 4 April at 10:00 TRT at our Ataşehir office.

You’ll meet our Planning Manager, Burak Şahin, and our COO, Zeynep Karaca.

Best regards,
Emre Yalçın
Talent Acquisition Specialist
Anatolia Lojistik A.Ş.
""",
        label=lab(
            S,
            "Europe/Istanbul",
            None,
            company="Anatolia Lojistik",
            role="Supply Chain Planner",
            who=["Burak Şahin", "Zeynep Karaca"],
            notes="windows-1254 (Turkish) body with smart quotes; 'TRT'.",
        ),
    )
)

# --- Thread reply, Toronto (ymd), time given with 'h' ----------------------------------------------
S = "2031-03-27 14:00"
add(
    mail(
        SOLENNE,
        "thread-reply-toronto-boreal-insight",
        "interview",
        frm=("Marc-André Gagnon", "ma.gagnon@borealinsight.example"),
        subject="Re: Research Manager - second conversation",
        date=dh("2031-03-21 11:26", "America/Toronto"),
        in_reply_to=mid("boreal-solenne", "example.com"),
        body="""Hi Solenne,

Great, Thursday March 27 at 2 pm Eastern works for me and for Priya Anand (our VP Research), who'll join. We'll use the same Teams link.

Marc-André Gagnon
Boreal Insight
"""
        + quoted(
            "2031-03-20 19:02",
            "America/Toronto",
            "Solenne Thibodeau-Roy <solenne.thibodeau@example.com>",
            "Hi Marc-André, I could do Thursday afternoon or Friday morning next week. Solenne",
        ),
        label=lab(
            S,
            "America/Toronto",
            "America/Toronto",
            company="Boreal Insight",
            role="Research Manager",
            who=["Marc-André Gagnon", "Priya Anand"],
            emails=["ma.gagnon@borealinsight.example"],
            notes="'Eastern' after the switch (EDT -04:00).",
        ),
    )
)

# --- Interview where no interviewer is named, Jakarta, 'pukul' style 24 h in English ---------------
S = "2031-04-14 13:00"
add(
    mail(
        PUTRI,
        "no-interviewer-named-jakarta-garuda-retail",
        "interview",
        frm=("Garuda Retail Recruitment", "recruitment@garudaretail.example"),
        subject="Interview Invitation - Store Operations Management Trainee",
        date=dh("2031-04-08 10:00", "Asia/Jakarta"),
        body="""Dear Putri Wulandari Siregar,

Congratulations, you have passed the online assessment. You are invited to the user interview:

Day/Date : Monday, 14 April 2031
Time     : 13.00 WIB
Place    : Garuda Retail Head Office, Jl. Gatot Subroto Kav. 18, Jakarta

Please confirm your attendance by replying to this email.

Recruitment Team
""",
        label=lab(
            S,
            "Asia/Jakarta",
            None,
            company="Garuda Retail",
            role="Store Operations Management Trainee",
            notes="No interviewer named; '13.00 WIB'.",
        ),
    )
)

# --- Agency, Stockholm (ymd), English, 'kl. 09' ---------------------------------------------------
S = "2031-04-02 09:00"
add(
    mail(
        ELSA,
        "agency-stockholm-kl-nine-fjallbacka-energi",
        "interview",
        frm=("Oskar Bergqvist", "oskar.bergqvist@skargardtalent.example"),
        subject="Interview at Fjällbacka Energi confirmed",
        date=dh("2031-03-27 14:10", "Europe/Stockholm"),
        body="""Hi Elsa,

Fjällbacka Energi confirmed: Wednesday 2 April, kl. 09.00, at their office at Hammarby allé 47. You'll meet Maja Lindgren (Head of Grid Planning). It's 75 minutes including a case.

Good luck!
Oskar Bergqvist
Skärgård Talent
""",
        label=lab(
            S,
            "Europe/Stockholm",
            None,
            company="Fjällbacka Energi",
            who=["Maja Lindgren"],
            notes="Agency; 'kl. 09.00'; after the 30 March switch (CEST).",
        ),
    )
)

# --- Kathmandu hiring manager, 'NPT', Devanagari-free English, interview on a Sunday workday ------
S = "2031-03-09 11:00"
add(
    mail(
        BIBEK,
        "sunday-workday-kathmandu-npt-everest-fintech",
        "interview",
        frm=("Roshan Shakya", "roshan.shakya@sagarmathafintech.example"),
        subject="Interview on Sunday - Backend Developer",
        date=dh("2031-03-04 17:35", "Asia/Kathmandu"),
        body="""Dear Bibek ji,

We would like to invite you for the technical interview on Sunday, March 9 at 11 AM NPT at our Jhamsikhel office. The panel: Roshan Shakya (CTO) and Anjali Pradhan (Senior Developer).

Regards,
Roshan Shakya
CTO, Sagarmatha Fintech
""",
        label=lab(
            S,
            "Asia/Kathmandu",
            None,
            company="Sagarmatha Fintech",
            role="Backend Developer",
            who=["Roshan Shakya", "Anjali Pradhan"],
            emails=["roshan.shakya@sagarmathafintech.example"],
            notes="'NPT' (+05:45); Sunday is a working day in Nepal.",
        ),
    )
)

# --- Lord Howe user, Brisbane company says 'Brisbane time' ------------------------------------------
S = "2031-03-20 10:00"
add(
    mail(
        ISLA,
        "brisbane-time-to-lord-howe-moreton-marine",
        "interview",
        frm=("Kylie Tran", "kylie.tran@moretonmarine.example"),
        subject="Video interview - Moreton Marine Science",
        date=dh("2031-03-14 11:55", "Australia/Brisbane"),
        body="""Hi Isla,

Thanks for applying for the Reef Monitoring Officer role. We'd like to interview you by video on Thursday 20 March at 10am Brisbane time (I know you're an hour ahead on the island at the moment!). Panel: Dr Ben Oyelaran and me.

Kylie Tran
Program Manager
""",
        label=lab(
            S,
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Moreton Marine Science",
            role="Reef Monitoring Officer",
            who=["Ben Oyelaran", "Kylie Tran"],
            emails=["kylie.tran@moretonmarine.example"],
            notes="'Brisbane time' (+10:00, no DST); Lord Howe is +11:00 in March.",
        ),
    )
)

# --- Scheduling requests by people -------------------------------------------------------------------
add(
    mail(
        PADRAIG,
        "recruiter-asks-windows-next-week-kittiwake",
        "scheduling_request",
        frm=("Shauna Keough", "shauna.keough@kittiwakeenergy.example"),
        subject="Kittiwake Energy - interview availability?",
        date=dh("2031-02-24 12:00", "America/St_Johns"),
        body="""Hi Padraig,

The hiring team would like to meet you for the Reservoir Engineer role. What does your availability look like next week? Mornings Newfoundland time are easiest for the panel.

Shauna Keough
Talent Acquisition Partner
""",
        label=note("Asks for availability; nothing booked.", company="Kittiwake Energy"),
    )
)
add(
    mail(
        KENTARO,
        "two-options-reply-please-tokyo-sakura-mobility",
        "scheduling_request",
        frm=("Hasegawa Emi", "e.hasegawa@sakuramobility.example"),
        subject="Second interview - please choose a time",
        date=dh("2031-03-03 13:30", "Asia/Tokyo"),
        body="""Morimoto-san,

For the second interview (Embedded Engineer), could you let us know which of these suits you?

(1) 2031/03/10 (Mon) 10:00-11:00
(2) 2031/03/12 (Wed) 16:00-17:00

Hasegawa Emi
Recruiting, Sakura Mobility
""",
        label=note("Two options offered, none chosen.", company="Sakura Mobility"),
    )
)
add(
    mail(
        JOAQUIM,
        "whatsapp-style-when-free-recife-manguezal",
        "scheduling_request",
        frm=("Renata Albuquerque Sá", "renata@manguezalstudio.example"),
        subject="Quick chat about the UX role?",
        date=dh("2031-03-18 19:22", "America/Sao_Paulo"),
        body="""Hi Joaquim! Loved the case study you sent. When are you free for a 30 min video call this week or next? Send me two or three times and I'll pick one.

Renata
Manguezal Studio
""",
        label=note("Asks for times; nothing booked.", company="Manguezal Studio"),
    )
)

# --- Human cancellation: 'we need to cancel' with no new time, Puerto Rico -------------------------
S = "2031-03-24 10:00"
add(
    mail(
        YADIRA,
        "need-to-cancel-no-new-time-flamboyan-bank",
        "interview_cancelled",
        frm=("Ivelisse Rosario", "irosario@flamboyanbank.example"),
        subject="Re: Interview Monday 3/24 - Compliance Officer",
        date=dh("2031-03-21 15:50", "America/Puerto_Rico"),
        in_reply_to=mid("flamboyan-confirm", "flamboyanbank.example"),
        body="""Hi Yadira,

Unfortunately we need to cancel Monday's interview (3/24 at 10:00 AM) - the hiring manager, Luis Matos, has been called away unexpectedly. I'll reach out as soon as we have new dates.

My apologies,
Ivelisse Rosario
HR Generalist, Flamboyán Bank
""",
        label=lab(
            S,
            "America/Puerto_Rico",
            None,
            company="Flamboyán Bank",
            role="Compliance Officer",
            who=["Luis Matos"],
            notes="Cancellation, no new time; '3/24' month-first for an mdy user.",
        ),
    )
)
