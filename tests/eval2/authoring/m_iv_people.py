"""Interviews arranged by people: agencies, recruiters, hiring managers, founders, academia."""

from __future__ import annotations

from .kit import (
    AROHA,
    FATIMA,
    JOAO,
    KOFI,
    MARC,
    SIOBHAN,
    THANDI,
    WEILING,
    XIMENA,
    YUKI,
    Msg,
    dh,
    iso,
    iv,
    mail,
    mid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Agency, Johannesburg, ordinal date, no zone --------------------------------------------
add(
    mail(
        THANDI,
        "agency-bayview-sandton-onsite",
        "interview",
        frm=("Musa Ndlovu", "musa.ndlovu@bayviewtalent.example"),
        subject="Interview confirmed - Mzansi Logistics - Friday",
        date=dh("2026-04-21 16:48:00", "Africa/Johannesburg"),
        body="""Hi Thandi,

Great news! Mzansi Logistics would like to meet you for the Senior Software Engineer (Fleet Platform) role.

I've confirmed Friday 24th April at 9am at their offices: 14 Rivonia Road, Sandton (ask for the 4th floor at security). You'll be meeting Sipho Mahlangu (Head of Engineering) and Anele Zulu (HR Business Partner). Allow about 90 minutes, and they may ask you to sketch an architecture on the whiteboard.

Please give me a call after the interview so we can debrief.

Kind regards,
Musa Ndlovu
Senior Consultant – Technology
Bayview Talent Partners
T: +27 10 555 0116 | M: +27 71 555 0193
www.bayviewtalent.example
""",
        label=iv(
            iso("2026-04-24 09:00", "Africa/Johannesburg"),
            None,
            company="Mzansi Logistics",
            role="Senior Software Engineer (Fleet Platform)",
            interviewers=["Sipho Mahlangu", "Anele Zulu"],
            notes="Agency (the consultant is not an interviewer); 'Friday 24th April at 9am' without zone: the user's SAST.",
        ),
    )
)

# --- Agency, mobile, 'tmrw', Dubai ------------------------------------------------------------
add(
    mail(
        FATIMA,
        "agency-castlegate-mobile-tmrw",
        "interview",
        frm=("Daniel Hartley", "daniel.hartley@castlegate-search.example"),
        subject="Re: Meridian Ports – Financial Controller",
        date=dh("2026-05-06 19:40:00", "Asia/Dubai"),
        in_reply_to=mid("castlegate-thread-1", "castlegate-search.example"),
        body="""Fatima - confirmed for tmrw 2pm Dubai time with Khalid Al Suwaidi, CFO at Meridian Ports. Their office in Jebel Ali, Building 3, reception on ground floor. Dress formal. Call me after!

Daniel

Sent from my iPhone

> On 6 May 2026, at 18:02, Fatima Al-Mansouri <fatima.almansouri@example.org> wrote:
>
> Hi Daniel, any news on the Meridian Ports interview? I can do any time Thursday.
""",
        label=iv(
            iso("2026-05-07 14:00", "Asia/Dubai"),
            "Asia/Dubai",
            company="Meridian Ports",
            role="Financial Controller",
            interviewers=["Khalid Al Suwaidi"],
            notes="Agency mobile reply; 'tmrw 2pm Dubai time' relative to the Date header; the quoted question is the user's.",
        ),
    )
)

# --- Terse recruiter one-liner, US numeric date, MT ----------------------------------------------
add(
    mail(
        KOFI,
        "terse-recruiter-quarry-labs",
        "interview",
        frm=("Tyler Boyd", "tyler@quarrylabs.example"),
        subject="next step",
        date=dh("2026-04-06 15:31:00", "America/Denver"),
        body="""Kofi - locked in: Thu 4/9 @ 11am MT w/ Jenna Marsh (VP Eng). Zoom link to follow.

-Tyler

Tyler Boyd | Talent | Quarry Labs
""",
        label=iv(
            iso("2026-04-09 11:00", "America/Denver"),
            None,
            company="Quarry Labs",
            interviewers=["Jenna Marsh"],
            notes="Terse one-liner: 'Thu 4/9 @ 11am MT w/ ...'; role not stated.",
        ),
    )
)

# --- Reply with quoted history holding other candidate slots, Brazil --------------------------------
add(
    mail(
        JOAO,
        "reply-quoted-slots-banco-ipe",
        "interview",
        frm=("Larissa Fontes", "larissa.fontes@bancoipe.example"),
        subject="Re: Entrevista - Senior Risk Analyst",
        date=dh("2026-04-22 10:05:00", "America/Sao_Paulo"),
        in_reply_to=mid("ipe-joao-1", "example.net"),
        body="""Perfect, let's do Tuesday 28/04 at 15h (Brasília). You'll talk with Rafael Moura, our Head of Credit, by Teams; I'll send the invite today.

Abs,
Larissa

Larissa Fontes | Talent Acquisition | Banco Ipê Digital
+55 11 5555-0134

On Tue, 21 Apr 2026 at 19:12, João Pereira <joao.pereira@example.net> wrote:
> Hi Larissa,
>
> Thanks! I could do Monday 27/04 at 10h or Tuesday 28/04 at 15h.
>
> Best,
> João
>
> On Tue, 21 Apr 2026 at 09:30, Larissa Fontes <larissa.fontes@bancoipe.example> wrote:
>> Hi João, Rafael would like to meet you next week. Which times work for you?
""",
        label=iv(
            iso("2026-04-28 15:00", "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Banco Ipê Digital",
            role="Senior Risk Analyst",
            interviewers=["Rafael Moura"],
            notes="Reply picking one of two slots the user offered (both in the quote); '28/04 at 15h' Brazilian notation.",
        ),
    )
)

# --- Forwarded confirmation, Singapore, GMT+8 --------------------------------------------------------
add(
    mail(
        WEILING,
        "forwarded-straits-health",
        "interview",
        frm=("Melissa Goh", "melissa.goh@straitshealth.example"),
        subject="Fwd: Interview Confirmation - Healthcare Data Engineer",
        date=dh("2026-05-12 09:14:00", "Asia/Singapore"),
        body="""Hi Wei Ling,

Forwarding the confirmation below, as the system did not copy you. Let me know if you have any questions!

Best,
Melissa

---------- Forwarded message ---------
From: Interview Scheduling <scheduling@straitshealth.example>
Date: Mon, 11 May 2026 at 18:02
Subject: Interview Confirmation - Healthcare Data Engineer
To: Melissa Goh <melissa.goh@straitshealth.example>


Candidate: Tan Wei Ling
Position: Healthcare Data Engineer
Date: Tuesday, 19 May 2026
Time: 2:00 PM – 3:00 PM (GMT+8)
Venue: Straits Health Group, 10 Biopolis Way, #05-02, Singapore 138670
Interviewers: Dr. Lim Xiu Mei (Director, Clinical Data), Hafiz Ismail (Lead Data Engineer)
""",
        label=iv(
            iso("2026-05-19 14:00", "Asia/Singapore"),
            None,
            company="Straits Health Group",
            role="Healthcare Data Engineer",
            interviewers=["Lim Xiu Mei", "Hafiz Ismail"],
            notes="Gmail-style forward by the recruiter; inner Date line is not the interview; offset only (GMT+8).",
        ),
    )
)

# --- Coffee chat that IS the first interview, Auckland -------------------------------------------------
add(
    mail(
        AROHA,
        "founder-coffee-chat-interview",
        "interview",
        frm=("Tama Herewini", "tama@pohutukawalabs.example"),
        subject="Coffee on Tuesday? (Growth Marketing Lead)",
        date=dh("2026-04-16 20:41:00", "Pacific/Auckland"),
        body="""Kia ora Aroha,

Thanks for applying for our Growth Marketing Lead role – I loved your write-up on the kererū campaign.

The first stage of our process is an informal chat with me over coffee. I've booked us a table for Tuesday 21 April, 8:30am at Kōkako Café, 246 Ponsonby Road. I'll be the tall one with a Pōhutukawa Labs tote.

If that doesn't suit, just flick me a reply.

Tama Herewini
Co-founder & CEO, Pōhutukawa Labs
027 555 0162
""",
        label=iv(
            iso("2026-04-21 08:30", "Pacific/Auckland"),
            None,
            company="Pōhutukawa Labs",
            role="Growth Marketing Lead",
            interviewers=["Tama Herewini"],
            emails=["tama@pohutukawalabs.example"],
            notes="An 'informal chat over coffee' that is the first interview stage; the founder (sender) interviews; the day after NZ DST ended (+12:00).",
        ),
    )
)

# --- Final round with the CEO, Toronto -------------------------------------------------------------------
add(
    mail(
        MARC,
        "final-round-ceo-tessellate",
        "interview",
        frm=("Noor Rahimi", "noor.rahimi@tessellatehealth.example"),
        subject="Final round – meet our CEO",
        date=dh("2026-10-26 12:20:00", "America/Toronto"),
        body="""Hi Marc-André,

Congratulations on making it to the final step for the Director of Engineering role! The team loved meeting you.

The final round is a 45-minute conversation with our CEO, Ingrid Solberg. It's confirmed for Friday, October 30 at 3:00 PM ET, in person at our office: 200 King St W, Suite 1400, Toronto.

Ingrid likes to talk about how you build teams, so come ready with a story or two.

Best,
Noor Rahimi
Head of People, Tessellate Health
(647) 555-0110
""",
        label=iv(
            iso("2026-10-30 15:00", "America/Toronto"),
            None,
            company="Tessellate Health",
            role="Director of Engineering",
            interviewers=["Ingrid Solberg"],
            notes="Final round with the CEO; 'ET' two days before the fall-back (EDT -04:00).",
        ),
    )
)

# --- Graduate assessment centre, Dublin, no zone ----------------------------------------------------------
add(
    mail(
        SIOBHAN,
        "assessment-centre-liffey-mutual",
        "interview",
        frm=("Graduate Recruitment", "graduates@liffeymutual.example"),
        subject="Invitation to Assessment Centre – 2026 Graduate Programme",
        date=dh("2026-04-27 11:00:00", "Europe/Dublin"),
        body="""Dear Siobhán,

Congratulations! Following your video interview, we are delighted to invite you to the final stage of our 2026 Graduate Programme (Finance & Risk stream): an assessment centre at our Dublin office.

Date: Thursday 7 May 2026
Venue: Liffey Mutual, 1 Grand Canal Square, Dublin 2

Schedule
09:00  Welcome and introductions
09:30  Group exercise
11:00  Competency interview (panel)
12:15  Lunch with recent graduates
13:30  Written case exercise
15:00  Close

Please arrive by 08:45 to sign in. Bring photo ID, and let us know by Friday if you need any reasonable adjustments.

Kind regards,
Graduate Recruitment Team
Liffey Mutual
""",
        label=iv(
            iso("2026-05-07 09:00", "Europe/Dublin"),
            None,
            company="Liffey Mutual",
            role="2026 Graduate Programme (Finance & Risk)",
            interviewers=[],
            notes="Assessment centre: starts at its first scheduled item (09:00), not the 08:45 sign-in; 24-hour schedule rows; no names.",
        ),
    )
)

# --- Case interview, Dubai, HTML from Outlook -------------------------------------------------------------
add(
    mail(
        FATIMA,
        "case-interview-sandstone-vale",
        "interview",
        frm=("Grace Oyelowo", "grace.oyelowo@sandstonevale.example"),
        subject="Sandstone & Vale – case interviews on 13 May",
        date=dh("2026-05-07 13:10:00", "Asia/Dubai"),
        body="""Dear Fatima,

Thank you for your time so far. We are pleased to invite you to the case interview round for the Consultant position in our Dubai office.

Date: Wednesday 13 May 2026
Time: 9:30 AM – 11:30 AM GST
Location: Sandstone & Vale, Al Fattan Currency House, Tower 2, Level 18, DIFC

You will have two back-to-back case interviews of about 50 minutes each, with Nadia Karam (Principal) and Tobias Lindqvist (Engagement Manager). Calculators are not allowed; paper and pens will be provided.

Warm regards,
Grace Oyelowo
Recruiting Coordinator, Middle East
Sandstone & Vale Consulting
""",
        html_auto=True,
        label=iv(
            iso("2026-05-13 09:30", "Asia/Dubai"),
            None,
            company="Sandstone & Vale",
            role="Consultant",
            interviewers=["Nadia Karam", "Tobias Lindqvist"],
            notes="Case interview round; GST; coordinator signs.",
        ),
    )
)

# --- Reschedule in plain text, Brazil ----------------------------------------------------------------------
add(
    mail(
        JOAO,
        "reschedule-cerrado-friday",
        "interview",
        frm=("Beatriz Lopes", "beatriz.lopes@cerradoagro.example"),
        subject="Change of date – second interview, Data Scientist",
        date=dh("2026-05-04 16:50:00", "America/Sao_Paulo"),
        body="""Olá João,

I'm sorry for the change: Thiago Nunes will be travelling on Wednesday, so we need to move your second interview from Wednesday 6 May to Friday 8 May, same time (14:00, Brasília time). The Google Meet link stays the same: https://meet.google.com/cer-rado-tn2

Thiago is our CTO; expect questions about model deployment.

Please confirm that the new date works for you.

Abraços,
Beatriz Lopes
Recursos Humanos | Cerrado Agro Tecnologia
""",
        label=iv(
            iso("2026-05-08 14:00", "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Cerrado Agro Tecnologia",
            role="Data Scientist",
            interviewers=["Thiago Nunes"],
            notes="Reschedule: moved from Wed 6 May to Fri 8 May, 'same time (14:00, Brasília time)'; the new date counts.",
        ),
    )
)

# --- Phone screen, Singapore -------------------------------------------------------------------------------
add(
    mail(
        WEILING,
        "phone-screen-kopi-commerce",
        "interview",
        frm=("Rachel Teo", "rachel.teo@kopicommerce.example"),
        subject="Phone screen confirmed – Product Manager, Payments",
        date=dh("2026-04-23 17:35:00", "Asia/Singapore"),
        body="""Hi Wei Ling,

Thanks for the quick reply! Your phone screen is confirmed for Monday 27 April, 5pm SG time (about 30 minutes).

You'll be speaking with Daniel Koh, our Talent Partner for product roles. He will call you on +65 8555 0147; let me know if you prefer another number.

Cheers,
Rachel Teo
Recruiting Coordinator | Kopi Commerce
""",
        label=iv(
            iso("2026-04-27 17:00", "Asia/Singapore"),
            "Asia/Singapore",
            company="Kopi Commerce",
            role="Product Manager, Payments",
            interviewers=["Daniel Koh"],
            notes="Phone screen: the caller (talent partner) is the interviewer, the coordinator is not; 'SG time'.",
        ),
    )
)

# --- Academic campus visit, Denver, first item is breakfast with the chair ----------------------------------
add(
    mail(
        KOFI,
        "academic-campus-visit-itinerary",
        "interview",
        frm=("Eleanor Whitcombe", "eleanor.whitcombe@front-range-univ.example"),
        subject="Campus visit itinerary – Assistant Professor, Atmospheric Data Science",
        date=dh("2026-02-02 10:30:00", "America/Denver"),
        body="""Dear Dr. Mensah-Boateng,

On behalf of the search committee, I am delighted to invite you to campus for an interview for the tenure-track Assistant Professor position in Atmospheric Data Science. Your visit is confirmed for Tuesday, February 17, 2026. The itinerary is below (all times Mountain Time).

8:30 AM   Breakfast interview with the search committee chair, Prof. Eleanor Whitcombe
10:00 AM  Research seminar (50 minutes + questions), Room 214, Hale Science Building
11:30 AM  Meeting with Prof. Rahul Banerjee and Prof. Chiamaka Eze (committee members)
12:30 PM  Lunch with graduate students
2:00 PM   Meeting with the Dean, Dr. Susan Ostrowski
3:30 PM   Teaching demonstration
5:00 PM   Depart

Our department administrator, Carla Mendes, will arrange your travel and hotel.

Sincerely,
Eleanor Whitcombe
Professor and Chair, Search Committee
Department of Atmospheric Sciences, Front Range University
""",
        label=iv(
            iso("2026-02-17 08:30", "America/Denver"),
            "America/Denver",
            company="Front Range University",
            role="Assistant Professor, Atmospheric Data Science",
            interviewers=[
                "Eleanor Whitcombe",
                "Rahul Banerjee",
                "Chiamaka Eze",
                "Susan Ostrowski",
            ],
            emails=["eleanor.whitcombe@front-range-univ.example"],
            notes="Academic campus visit; the day starts with a breakfast interview at 8:30 MST (-07:00); the administrator is not an interviewer.",
        ),
    )
)

# --- Postdoc interview, Tokyo -------------------------------------------------------------------------------
add(
    mail(
        YUKI,
        "postdoc-interview-kaigan-university",
        "interview",
        frm=("Satoshi Kagawa", "kagawa@marine.kaigan-u.example"),
        subject="Postdoctoral position – interview",
        date=dh("2026-05-29 14:02:00", "Asia/Tokyo"),
        body="""Dear Dr. Tanaka,

Thank you for applying for the postdoctoral researcher position in our coastal ecology group. We would like to interview you on Friday 12 June 2026, 10:00–10:40 (JST), via Zoom:
https://kaigan-u.zoom.us/j/97712003318

The committee will be myself and Dr. Emily Harrington. Please prepare a 15-minute presentation on your doctoral research.

With best regards,
Satoshi Kagawa
Professor, Institute for Marine Ecology
Kaigan University
""",
        label=iv(
            iso("2026-06-12 10:00", "Asia/Tokyo"),
            None,
            company="Kaigan University",
            role="Postdoctoral researcher",
            interviewers=["Satoshi Kagawa", "Emily Harrington"],
            emails=["kagawa@marine.kaigan-u.example"],
            notes="Academic interview; 'myself' is the sender; JST.",
        ),
    )
)

# --- Kitchen interview on a Saturday, Mexico City ------------------------------------------------------------
add(
    mail(
        XIMENA,
        "kitchen-interview-casa-jacaranda",
        "interview",
        frm=("Casa Jacaranda", "cocina@casajacaranda.example"),
        subject="Sous Chef – kitchen interview this Saturday",
        date=dh("2026-05-11 22:15:00", "America/Mexico_City"),
        body="""Hola Ximena,

Thank you for your CV for the Sous Chef position. Chef Emiliano Castañeda would like to meet you for a kitchen interview: Saturday 16 May at 11:00, before lunch service. Please come to the staff entrance on Calle Colima 161, Roma Norte, with your knives and whites; you will cook two dishes from our menu.

Un saludo,
Valeria – Casa Jacaranda
""",
        label=iv(
            iso("2026-05-16 11:00", "America/Mexico_City"),
            None,
            company="Casa Jacaranda",
            role="Sous Chef",
            interviewers=["Emiliano Castañeda"],
            notes="Hospitality: a kitchen trial interview on a Saturday at a restaurant (not a reservation); no zone.",
        ),
    )
)
