"""Interviews arranged by people: agencies, hiring managers, founders, threads, phones."""

from __future__ import annotations

from .kit import (
    ALEJANDRO,
    BRONWYN,
    EVAN,
    HARUTO,
    HINEMOA,
    KIERAN,
    NALEDI,
    PRABIN,
    RUI,
    SIDDHARTH,
    TAMIKA,
    Msg,
    conv,
    d,
    dh,
    iso,
    iv,
    mail,
    mid,
    plus,
    quoted,
    t12,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Sydney agency, day-first '1/4', no zone ------------------------------------------------
S = "2027-04-01 14:00"
add(
    mail(
        BRONWYN,
        "agency-meridian-hale-wattlebrook",
        "interview",
        frm=("Josh Kerrigan", "josh.kerrigan@meridianhale.example"),
        subject="Wattlebrook Super - interview locked in!",
        date=dh("2027-03-26 16:02:00", "Australia/Sydney"),
        body="""Hi Bronwyn,

Great news - Wattlebrook Super loved your CV and want to meet you for the Head of Member Operations role.

Thurs 1/4 at 2pm
Level 9, 60 Margaret St, Sydney
You'll meet Priya Natarajan (Chief Operating Officer) and Tom Eadie (GM Member Services).

Dress is business. I'll give you a call Wednesday arvo to prep - they'll want to hear about the contact centre migration.

Cheers,
Josh Kerrigan
Senior Consultant | Meridian & Hale Talent
0412 555 019
""",
        label=iv(
            iso(S, "Australia/Sydney"),
            None,
            company="Wattlebrook Super",
            role="Head of Member Operations",
            interviewers=["Priya Natarajan", "Tom Eadie"],
            notes="Agency; day-first '1/4' is 1 April for a dmy user; no zone, AEDT (still summer time).",
        ),
    )
)

# --- Hiring manager, plain text, Pune, ordinal date -----------------------------------------
S = "2027-03-02 16:00"
add(
    mail(
        SIDDHARTH,
        "hiring-manager-plain-tarangini-pune",
        "interview",
        frm=("Mandar Gokhale", "mandar.gokhale@taranginimotors.example"),
        subject="Re: Analytics Manager - next step",
        date=dh("2027-02-26 19:48:00", "Asia/Kolkata"),
        in_reply_to=mid("tarangini-earlier", "example.com"),
        body=f"""Hi Siddharth,

Thanks for your quick response. Confirming our meeting on {d(S, "ord")} at 4 pm at our Baner office (Tarangini Motors, 3rd floor, Pan Card Club Road). I will be joined by Neha Karandikar from our Finance team.

Please carry your laptop if you want to show the dashboard work you mentioned.

Regards,
Mandar Gokhale
Head - Business Analytics
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            None,
            company="Tarangini Motors",
            role="Analytics Manager",
            interviewers=["Mandar Gokhale", "Neha Karandikar"],
            emails=["mandar.gokhale@taranginimotors.example"],
            notes="Hiring manager writing plainly: 'Tuesday 2nd March at 4 pm', no zone (IST).",
        ),
    )
)

# --- Thread reply picking one of two slots quoted below ---------------------------------------
S = "2027-03-18 11:00"
OTHER = "2027-03-17 15:00"
ASKED = "2027-03-12 10:14"
add(
    mail(
        TAMIKA,
        "thread-reply-slot-pick-greyfield",
        "interview",
        frm=("Corinne Abernethy", "corinne.abernethy@greyfieldpartners.example"),
        subject="Re: Greyfield Partners - scheduling your second interview",
        date=dh("2027-03-12 14:31:00", "America/New_York"),
        in_reply_to=mid("greyfield-slots", "example.com"),
        body="""Hi Tamika,

Thursday at 11 works - you're confirmed with Marcus Delacroix-Hwang and Yvette Osei. I've sent a calendar hold. Same Zoom link as last time.

Corinne
"""
        + quoted(
            "2027-03-12 13:55",
            "America/New_York",
            "Tamika Jefferson <tamika.jefferson@example.com>",
            "Hi Corinne, Thursday 3/18 at 11am ET would be best for me. Thanks!\n"
            + quoted(
                ASKED,
                "America/New_York",
                "Corinne Abernethy <corinne.abernethy@greyfieldpartners.example>",
                f"Hi Tamika, for the second round could you do Wed 3/17 at {t12(OTHER, compact=True)} "
                "or Thu 3/18 at 11am ET? Each slot is 60 minutes with two partners.",
            ),
        ),
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Greyfield Partners",
            role=None,
            interviewers=["Marcus Delacroix-Hwang", "Yvette Osei"],
            notes="Reply settles the second of two quoted slots ('Thursday at 11'); 'ET' only; EDT.",
        ),
    )
)

# --- Mobile one-liner, 'tmrw' ------------------------------------------------------------------
S = "2027-03-23 15:30"
add(
    mail(
        EVAN,
        "mobile-tmrw-pinecrest-studio",
        "interview",
        frm=("Ravi Castellano", "ravi@pinecreststudio.example"),
        subject="Re: Motion designer role",
        date=dh("2027-03-22 18:47:00", "America/Los_Angeles"),
        in_reply_to=mid("pinecrest-thread", "example.net"),
        body="""perfect, see you tmrw at 3:30 then! ask for me at the front desk, 2nd floor. bring the reel on a laptop if you can

Sent from my iPhone
""",
        label=iv(
            iso(S, "America/Los_Angeles"),
            None,
            company="Pinecrest Studio",
            role="Motion designer",
            interviewers=["Ravi Castellano"],
            emails=["ravi@pinecreststudio.example"],
            notes="Mobile reply; 'tmrw at 3:30' resolves against the Date header in the user's zone.",
        ),
    )
)

# --- Phone screen from a Melbourne recruiter to a Perth user ------------------------------------
S = "2027-03-15 14:30"
PERTH = conv(S, "Australia/Melbourne", "Australia/Perth")
add(
    mail(
        KIERAN,
        "phone-screen-melbourne-for-perth",
        "interview",
        frm=("Lachlan Dunstan", "lachlan.dunstan@boronia-engineering.example"),
        subject="Phone chat - Principal Geotechnical Engineer",
        date=dh("2027-03-11 10:10:00", "Australia/Melbourne"),
        body=f"""Hi Kieran,

Thanks for applying for the Principal Geotechnical Engineer role. I'd like to have an initial phone conversation.

I'll call you on {d(S, "uk")} at {t12(S, compact=True)} Melbourne time ({t12(PERTH, compact=True)} your time in Perth) on 0438 555 072. Allow 30 minutes.

Regards,
Lachlan Dunstan
Engineering Manager, Boronia Engineering
""",
        label=iv(
            iso(S, "Australia/Melbourne"),
            "Australia/Melbourne",
            company="Boronia Engineering",
            role="Principal Geotechnical Engineer",
            interviewers=["Lachlan Dunstan"],
            emails=["lachlan.dunstan@boronia-engineering.example"],
            notes="Phone screen; Melbourne AEDT (+11:00) with the Perth equivalent (+08:00) in brackets.",
        ),
    )
)

# --- Take-home review, ISO-2022-JP, Japanese date -------------------------------------------
S = "2027-03-19 10:00"
add(
    mail(
        HARUTO,
        "takehome-review-iso2022jp-hoshizora",
        "interview",
        frm=("Mizuno Aya", "aya.mizuno@hoshizora-pay.example"),
        subject="Take-home review session / 課題レビュー面接のご案内",
        date=dh("2027-03-15 17:25:00", "Asia/Tokyo"),
        charset="ISO-2022-JP",
        cte="7bit",
        subject_method="B",
        body="""佐々木 陽翔 様

お世話になっております。ほしぞらペイ採用担当の水野です。
課題のご提出ありがとうございました。下記の日程でレビュー面接を実施いたします。

日時：2027年3月19日(金) 10:00〜11:00
形式：オンライン（Google Meet）
面接官：田村 健一（バックエンドリード）、Priya Sundaram（シニアエンジニア）

Hi Haruto, thank you for the take-home. We'll walk through your submission together on Friday 19 March at 10:00 JST with Tamura Kenichi (Backend Lead) and Priya Sundaram (Senior Engineer). Meet link: https://meet.google.com/hsz-pqrm-vbt

よろしくお願いいたします。
水野 彩
""",
        label=iv(
            iso(S, "Asia/Tokyo"),
            None,
            company="Hoshizora Pay",
            role=None,
            interviewers=["Tamura Kenichi", "Priya Sundaram"],
            notes="ISO-2022-JP bilingual mail; take-home review is an interview; JST only.",
        ),
    )
)

# --- Panel with emails and titles, windows-1252, Lisbon after the switch -------------------------
S = "2027-03-30 10:00"
add(
    mail(
        RUI,
        "panel-cp1252-atlantica-seguros",
        "interview",
        frm=("João Lourenço", "joao.lourenco@atlanticaseguros.example"),
        subject="Interview panel - Head of Customer Operations",
        date=dh("2027-03-22 09:12:00", "Europe/Lisbon"),
        charset="windows-1252",
        name_charset="ISO-8859-1",
        cc="Beatriz Simões <beatriz.simoes@atlanticaseguros.example>",
        body=f"""Dear Rui,

Thank you for your availability. Your panel interview is confirmed for {d(S, "uk")} at 10:00 (Lisbon time), at our offices in Avenida da Liberdade 190, 5.º andar.

The panel:
- João Lourenço, Chief Operating Officer (joao.lourenco@atlanticaseguros.example)
- Beatriz Simões, Head of People (beatriz.simoes@atlanticaseguros.example)
- Conceição Barros, Director of Claims

Each panel member will have about 20 minutes. There is parking at the Marquês de Pombal garage.

Best regards,
João Lourenço
""",
        label=iv(
            iso(S, "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Atlântica Seguros",
            role="Head of Customer Operations",
            interviewers=["João Lourenço", "Beatriz Simões", "Conceição Barros"],
            emails=[
                "joao.lourenco@atlanticaseguros.example",
                "beatriz.simoes@atlanticaseguros.example",
            ],
            notes="windows-1252 body, ISO-8859-1 encoded-word name; WEST (+01:00) two days after the switch.",
        ),
    )
)

# --- Cape Town agency, '03/03' day-first, 10h00 ----------------------------------------------
S = "2027-03-03 10:00"
add(
    mail(
        NALEDI,
        "agency-capetown-0303-protea-bank",
        "interview",
        frm=("Candice Jacobs", "candice@tablebaytalent.example"),
        subject="Interview confirmation: Protea Mutual Bank (ESG Risk Analyst)",
        date=dh("2027-02-26 15:45:00", "Africa/Johannesburg"),
        body="""Hi Naledi

Hope you're well! Just confirming your interview with Protea Mutual Bank:

Date: Wed 03/03
Time: 10h00
Venue: Protea Mutual, 22 Riebeek Street, Cape Town - or on Teams if you're still in Joburg (let me know by Monday)
Interviewers: Riaan Steenkamp (Head of ESG Risk), Nomvula Sithole (Senior Credit Manager)

Please send me your updated CV with the project list by tomorrow so I can forward it.

Kind regards
Candice Jacobs
Table Bay Talent
""",
        label=iv(
            iso(S, "Africa/Johannesburg"),
            None,
            company="Protea Mutual Bank",
            role="ESG Risk Analyst",
            interviewers=["Riaan Steenkamp", "Nomvula Sithole"],
            notes="Agency; 'Wed 03/03' day-first, '10h00'; no zone (SAST).",
        ),
    )
)

# --- Hiring manager, Auckland, plain -------------------------------------------------------------
S = "2027-03-25 13:00"
add(
    mail(
        HINEMOA,
        "hiring-manager-ponsonby-harakeke-design",
        "interview",
        frm=("Tane Whitmore", "tane@harakekedesign.example"),
        subject="Re: Service Designer",
        date=dh("2027-03-19 08:55:00", "Pacific/Auckland"),
        in_reply_to=mid("harakeke-thread", "example.com"),
        body=f"""Kia ora Hinemoa,

Great to hear back. Let's lock in {d(S, "uk")}, 1pm, at our Ponsonby studio (41 Richmond Road). It'll be me and our research lead Anahera Rāwiri, about an hour. Bring a case study you're proud of.

Ngā mihi,
Tane Whitmore
Founder, Harakeke Design
""",
        label=iv(
            iso(S, "Pacific/Auckland"),
            None,
            company="Harakeke Design",
            role="Service Designer",
            interviewers=["Tane Whitmore", "Anahera Rāwiri"],
            emails=["tane@harakekedesign.example"],
            notes="Founder confirms plainly; NZDT (+13:00), before summer time ends.",
        ),
    )
)

# --- User's own forward of a confirmation to herself ---------------------------------------------
S = "2027-03-29 09:30"
add(
    mail(
        TAMIKA,
        "self-forward-confirmation-bayridge-credit",
        "interview",
        frm=("Tamika Jefferson", "tj.careers@example.net"),
        to="Tamika Jefferson <tamika.jefferson@example.com>",
        subject="Fwd: Interview confirmation - Bayridge Credit Union",
        date=dh("2027-03-24 21:12:00", "America/New_York"),
        body=f"""putting this in my main inbox

---------- Forwarded message ---------
From: Lorna Whitaker <lwhitaker@bayridgecu.example>
Date: {d("2027-03-24", "short")}, 2027 at 4:02 PM
Subject: Interview confirmation - Bayridge Credit Union
To: <tj.careers@example.net>

Dear Ms. Jefferson,

This confirms your interview for the position of BSA/AML Officer on {d(S, "usy")} at 9:30 a.m. at our main office, 8800 Fourth Avenue, Brooklyn. You will meet with Desmond Achterberg, Chief Risk Officer, and me.

Sincerely,
Lorna Whitaker
Human Resources Director
""",
        label=iv(
            iso(S, "America/New_York"),
            None,
            company="Bayridge Credit Union",
            role="BSA/AML Officer",
            interviewers=["Desmond Achterberg", "Lorna Whitaker"],
            emails=["lwhitaker@bayridgecu.example"],
            notes="The user forwards a confirmation from her second address to her first; the interview is the forwarded one.",
        ),
    )
)

# --- Onsite day with an agenda, Lima, 24-hour times ----------------------------------------
S = "2027-03-23 09:00"
agenda = [
    ("08:45", "Llegada y registro de seguridad / Arrival and security induction"),
    (
        "09:00",
        "Technical interview - Ing. Rodrigo Salazar Paredes (Superintendente de Planeamiento)",
    ),
    ("10:15", "Case exercise - Claire Whitfield-Ramos (Head of Mine Planning, Americas)"),
    ("11:30", "HR interview - Lucía Chávez (HR Business Partner)"),
    ("12:30", "Lunch"),
]
add(
    mail(
        ALEJANDRO,
        "onsite-agenda-quillay-mining-lima",
        "interview",
        frm=("Lucía Chávez", "lucia.chavez@quillaymining.example"),
        subject="Onsite interview agenda - Senior Mine Planning Engineer",
        date=dh("2027-03-17 17:05:00", "America/Lima"),
        body=f"""Dear Alejandro,

Please find below your agenda for {d(S, "usy")} at our Lima office (Av. Javier Prado Este 4200, Santiago de Surco). All times are Lima time.

"""
        + "\n".join(f"{t}  {what}" for t, what in agenda)
        + """

Bring your DNI for building access.

Kind regards,
Lucía Chávez
HR Business Partner, Quillay Mining
""",
        label=iv(
            iso(S, "America/Lima"),
            "America/Lima",
            company="Quillay Mining",
            role="Senior Mine Planning Engineer",
            interviewers=["Rodrigo Salazar Paredes", "Claire Whitfield-Ramos", "Lucía Chávez"],
            emails=["lucia.chavez@quillaymining.example"],
            notes="Onsite agenda starts at the first interview (09:00), not at arrival; bilingual lines.",
        ),
    )
)

# --- Founder, base64 emoji subject, Pune ---------------------------------------------------------
S = "2027-03-06 11:30"
add(
    mail(
        SIDDHARTH,
        "founder-emoji-subject-chakra-ai",
        "interview",
        frm=("Ishaan Malhotra", "ishaan@chakra-ai.example"),
        subject="🚀 Chakra AI × Siddharth — founders' round on Saturday",
        subject_method="B",
        date=dh("2027-03-03 23:10:00", "Asia/Kolkata"),
        body="""Hey Siddharth!

Loved the conversation with Tanvi last week. Nandini (my co-founder) and I would like to meet you this Saturday, 6 March, 11:30 AM IST at our Koregaon Park office. Yes a Saturday - startup life :)

It's the last round for the Founding ML Engineer role. We'll talk about how you'd build the eval pipeline.

Cheers,
Ishaan Malhotra
Co-founder & CEO, Chakra AI
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            None,
            company="Chakra AI",
            role="Founding ML Engineer",
            interviewers=["Ishaan Malhotra", "Nandini"],
            emails=["ishaan@chakra-ai.example"],
            notes="Base64 RFC 2047 subject with emoji; Saturday interview; the earlier interviewer (Tanvi) is not in this one; co-founder named by first name only.",
        ),
    )
)

# --- University interview, '9/3' day-first, NPT -------------------------------------------------
S = "2027-03-09 14:00"
add(
    mail(
        PRABIN,
        "university-9-3-npt-kathmandu",
        "interview",
        frm=("Bagmati Institute of Technology HR", "hr@bagmati-tech.example"),
        subject="Interview call letter - Lecturer (Computer Engineering)",
        date=dh("2027-03-01 12:00:00", "Asia/Kathmandu"),
        body="""Dear Mr. Prabin Shrestha,

With reference to your application for the post of Lecturer (Computer Engineering), you are hereby called for an interview on 9/3/2027 at 2:00 PM NPT at the Board Room, Administrative Block, Bagmati Institute of Technology, Lalitpur.

The interview board will be chaired by Prof. Dr. Sarita Adhikari (Dean, Faculty of Engineering). You will be required to deliver a 15-minute demonstration lecture.

Please bring your original academic certificates and citizenship certificate.

Administration Section
Bagmati Institute of Technology
""",
        label=iv(
            iso(S, "Asia/Kathmandu"),
            None,
            company="Bagmati Institute of Technology",
            role="Lecturer (Computer Engineering)",
            interviewers=["Sarita Adhikari"],
            notes="Day-first '9/3/2027' is 9 March; 'NPT' abbreviation only; board chair is the named interviewer.",
        ),
    )
)

# --- Terse US one-liner, '3/30 @ 9a' -------------------------------------------------------
S = "2027-03-30 09:00"
add(
    mail(
        EVAN,
        "terse-one-liner-330-tidepool-bio",
        "interview",
        frm=("Dana Whitlock", "dana.whitlock@tidepoolbio.example"),
        subject="Re: next round",
        date=dh("2027-03-25 12:14:00", "America/Los_Angeles"),
        in_reply_to=mid("tidepool-next-round", "example.net"),
        body=f"""Booked: Tues 3/30 @ 9a PT w/ me + Miguel Santangelo (our Head of Eng), {t12(plus(S, 60), compact=True)} done. Zoom in the invite.

-D
""",
        label=iv(
            iso(S, "America/Los_Angeles"),
            None,
            company="Tidepool Bio",
            role=None,
            interviewers=["Dana Whitlock", "Miguel Santangelo"],
            emails=["dana.whitlock@tidepoolbio.example"],
            notes="Terse '3/30 @ 9a PT' (month-first); PDT.",
        ),
    )
)
