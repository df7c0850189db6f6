"""Threads and short replies: a time settled over two to five messages, each file one
message with its quoted history (Gmail, Apple and Outlook quote styles)."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    ANDROID,
    ANUSHREE,
    BRONWYN,
    CALLUM,
    CHIDINMA,
    DEVON,
    DILSHAN,
    GENEVRA,
    HARPREET,
    HARRIET,
    IPHONE,
    ISHITA,
    JOSEMARI,
    KARTHIK,
    KWAME,
    LACHIE,
    MATILDA,
    NIAMH,
    OUTLOOK_MOBILE,
    PIETER,
    PRIYA_V,
    RHYS,
    SIENNA,
    SURESH,
    TAMATI,
    TAMSIN,
    WANJIKU,
    WEILING,
    ZOHAIB,
    aq,
    d,
    dh,
    gq,
    lab,
    msgid,
    note,
    oq,
    person,
    thread,
)

MESSAGES = []
add = MESSAGES.append

# 1. Bengaluru: recruiter offers slots, the user picks, recruiter confirms with a panel.
Z = ANUSHREE.timezone
_r = ("Deepika Ramaswamy", "deepika.ramaswamy@tungabhadra-analytics.example")
_s1 = """Hi Anushree,

Greetings from Tungabhadra Analytics!

Thank you for your interest in the Senior Data Engineer role. Your profile has been
shortlisted for the technical round. Kindly share your availability for any of the below
slots:

1. Wednesday, 12th April - 3:00 PM to 4:00 PM IST
2. Thursday, 13th April - 11:30 AM to 12:30 PM IST
3. Friday, 14th April - 5:00 PM to 6:00 PM IST

Regards,
Deepika Ramaswamy
Talent Acquisition | Tungabhadra Analytics Pvt. Ltd.
+91 80 5550 1187"""
_s2 = """Hi Deepika,

Thank you for the update. Option 2 (Thursday 11:30 AM) works best for me.

Best regards,
Anushree"""
add(
    person(
        ANUSHREE,
        "tungabhadra-panel-confirmed-thursday-ist",
        "interview",
        frm=_r,
        subject="RE: Shortlisted - Senior Data Engineer | Technical Round",
        date=dh("2045-04-10 16:42", Z),
        body=thread(
            """Hi Anushree,

Thanks for confirming. I have blocked Thursday, 13th April, 11:30 AM - 12:30 PM IST for
your technical round. You will be meeting Sandeep Kulkarni (Engineering Manager, Data
Platform) and Meghna Iyer (Staff Engineer). A Teams link will follow from Sandeep's
calendar.

Please keep your laptop charged and a stable connection handy.

Regards,
Deepika""",
            gq(
                "2045-04-10 12:05",
                Z,
                "Anushree Kothandaraman-Bell <anushree.kothandaraman@example.com>",
                _s2,
            ),
            gq("2045-04-07 10:18", Z, f"{_r[0]} <{_r[1]}>", _s1),
        ),
        in_reply_to=msgid("tungabhadra-reply-pick", "example.com"),
        label=lab(
            "2045-04-13 11:30",
            Z,
            None,
            company="Tungabhadra Analytics",
            role="Senior Data Engineer",
            who=["Sandeep Kulkarni", "Meghna Iyer"],
            notes="Third message of a thread; IST alone (abbreviation), so timezone null.",
        ),
    )
)

# 2. The user's own one-line confirmation from a phone (Sydney, after the April change).
Z = MATILDA.timezone
_h = """Hi Matilda,

Lovely to chat earlier. As discussed, Hamish would like to meet you for the Product Lead
role. Would Tuesday 18/4 at half past two suit? It'll be at our Surry Hills office, level 3,
ask for me at reception.

Cheers,
Georgie Pemberton
People & Culture | Wattlebird Software
0400 555 218"""
add(
    person(
        MATILDA,
        "wattlebird-user-confirms-half-past-two",
        "interview",
        frm=(MATILDA.name, MATILDA.addresses[0]),
        to="Georgie Pemberton <georgie.pemberton@wattlebird-software.example>",
        subject="Re: Product Lead - next step",
        date=dh("2045-04-11 17:20", Z),
        body=thread(
            "Perfect, 2:30 Tuesday it is. See you both then!\n\nMatilda\n\n" + IPHONE,
            aq(
                "2045-04-11 15:02",
                Z,
                "Georgie Pemberton <georgie.pemberton@wattlebird-software.example>",
                _h,
            ),
        ),
        agent="iPhone Mail (22A345)",
        label=lab(
            "2045-04-18 14:30",
            Z,
            None,
            company="Wattlebird Software",
            role="Product Lead",
            who=["Hamish"],
            notes="Sent by the user: her one-liner settles the time the recruiter proposed "
            '("half past two" on Tues 18/4). Georgie arranges and meets her at reception; '
            'only Hamish is named as the interviewer. "See you both" left as is.',
        ),
    )
)

# 3. UK: agency consultant moves the time in a short reply; confirmation only in the quote.
Z = TAMSIN.timezone
_q1 = f"""Hi Tamsin,

Great news - Harrowgate Lettings would like to see you for the Office Manager role on
{d("2045-04-20 10:00", "ord")} at 10am at their Leeds office (14 Park Row). You'll meet
Gillian Ashby (Operations Director).

Can you confirm you're ok with that?

Kind regards,
Lewis Tranter
Senior Consultant, Pennine Office Recruitment"""
_q2 = """Hi Lewis, yes 10am Thursday is fine, thanks!
Tamsin"""
add(
    person(
        TAMSIN,
        "pennine-agency-moves-to-half-ten",
        "interview",
        frm=("Lewis Tranter", "lewis.tranter@pennine-office.example"),
        subject="RE: Interview - Office Manager - Harrowgate Lettings",
        date=dh("2045-04-18 11:47", Z),
        body=thread(
            """Hi Tamsin,

Small change I'm afraid - Gillian's got a clash first thing, could we make it 10.30am
instead? Same day, same place. Shout if that's a problem.

Lewis""",
            oq(
                "2045-04-17 16:20",
                Z,
                "Tamsin Polglase-Udeh <tamsin.polglase@example.com>",
                "Lewis Tranter <lewis.tranter@pennine-office.example>",
                "RE: Interview - Office Manager - Harrowgate Lettings",
                _q2,
            ),
            oq(
                "2045-04-17 09:05",
                Z,
                "Lewis Tranter <lewis.tranter@pennine-office.example>",
                "Tamsin Polglase-Udeh <tamsin.polglase@example.com>",
                "Interview - Office Manager - Harrowgate Lettings",
                _q1,
            ),
        ),
        label=lab(
            "2045-04-20 10:30",
            Z,
            None,
            company="Harrowgate Lettings",
            role="Office Manager",
            who=["Gillian Ashby"],
            notes="The top moves the confirmed 10am to 10.30am the same day; the agency "
            "consultant only arranges.",
        ),
    )
)

# 4. Dublin: "works for me, sending the invite now" (interviewer's own short reply).
Z = NIAMH.timezone
_q = """Hi Conor,

Thanks for getting back to me. Friday the 21st at 2pm would suit me well, or Monday the 24th
any time after 11.

Kind regards,
Niamh"""
_q0 = """Hi Niamh,

Aoife passed on your CV - I'd love a chat about the Customer Success Lead role. Can you send
me a couple of times that suit next week or the week after?

Conor Mac Giolla Rua
Head of Customer Success, Liffeyside Payments"""
add(
    person(
        NIAMH,
        "liffeyside-works-for-me-sending-invite",
        "interview",
        frm=("Conor Mac Giolla Rua", "conor.macgiollarua@liffeyside-payments.example"),
        subject="Re: Customer Success Lead - chat",
        date=dh("2045-04-13 18:09", Z),
        body=thread(
            "Friday at 2 works for me, sending the invite now.\n\nConor\n\n" + IPHONE,
            gq("2045-04-13 14:31", Z, "Niamh Ó Dálaigh-Okoro <niamh.odalaigh@example.org>", _q),
            gq(
                "2045-04-12 09:58",
                Z,
                "Conor Mac Giolla Rua <conor.macgiollarua@liffeyside-payments.example>",
                _q0,
            ),
        ),
        label=lab(
            "2045-04-21 14:00",
            Z,
            None,
            company="Liffeyside Payments",
            role="Customer Success Lead",
            who=["Conor Mac Giolla Rua"],
            emails=["conor.macgiollarua@liffeyside-payments.example"],
            notes="Friday the 21st (April) at 2pm, picked from the user's two options.",
        ),
    )
)

# 5. Lagos: recruiter asks for other options (scheduling request).
Z = CHIDINMA.timezone
add(
    person(
        CHIDINMA,
        "ikoyi-bank-asks-for-other-options",
        "scheduling_request",
        frm=("Olumide Bankole", "olumide.bankole@ikoyi-trust.example"),
        subject="Re: Interview availability - Compliance Analyst",
        date=dh("2045-04-19 09:14", Z),
        body=thread(
            """Good morning Chidinma,

Thank you for your swift response. Unfortunately the panel is not available on the
Wednesday you proposed as they will be at the regulator's workshop all day.

Kindly send two or three alternative windows for next week (Monday to Thursday), and I
will revert with a confirmed slot.

Warm regards,
Olumide Bankole
HR Business Partner, Ikoyi Trust Bank""",
            gq(
                "2045-04-18 20:11",
                Z,
                "Chidinma Okafor-Whitley <chidinma.okafor.w@example.com>",
                """Dear Olumide,

Thank you for the invitation. I am available on Wednesday, 26th April from 10am.

Best regards,
Chidinma""",
            ),
        ),
        label=note("Asks for new windows after the user's proposal failed; nothing settled."),
    )
)

# 6. Toronto: three options; user picks; coordinator confirms in Outlook quoting.
Z = DEVON.timezone
_o = f"""Hi Devon,

Thanks for your time on the phone today. The hiring team would like to move you forward to
a 45-minute virtual interview for the Senior Accountant position. Please let me know which
of the following works (all Eastern Time):

- {d("2045-05-02 10:00")} at 10:00 AM
- {d("2045-05-03 10:00")} at 1:30 PM
- {d("2045-05-04 10:00")} at 3:00 PM

Best,
Amrita Dhaliwal
Talent Acquisition Partner, Humber Ridge Logistics"""
add(
    person(
        DEVON,
        "humber-ridge-option-two-confirmed",
        "interview",
        frm=("Amrita Dhaliwal", "amrita.dhaliwal@humberridge.example"),
        subject="RE: Next steps - Senior Accountant",
        date=dh("2045-04-27 15:40", Z),
        body=thread(
            """Hi Devon,

Perfect - you're confirmed for Wednesday at 1:30 PM ET with Kevin Mahabir (Controller)
and Lise Gagnon (Director, FP&A). Calendar invite to follow shortly.

Best,
Amrita""",
            oq(
                "2045-04-27 13:12",
                Z,
                "Devon Okoye-Lafrenière <devon.okoye.l@example.org>",
                "Amrita Dhaliwal <amrita.dhaliwal@humberridge.example>",
                "RE: Next steps - Senior Accountant",
                "Hi Amrita,\n\nThe second option works well for me.\n\nThanks,\nDevon",
            ),
            oq(
                "2045-04-26 16:55",
                Z,
                "Amrita Dhaliwal <amrita.dhaliwal@humberridge.example>",
                "Devon Okoye-Lafrenière <devon.okoye.l@example.org>",
                "Next steps - Senior Accountant",
                _o,
            ),
        ),
        label=lab(
            "2045-05-03 13:30",
            Z,
            None,
            company="Humber Ridge Logistics",
            role="Senior Accountant",
            who=["Kevin Mahabir", "Lise Gagnon"],
            notes="ET alone (abbreviation). 45 minutes stated.",
        ),
    )
)

# 7. Singapore: confirmation sits only in the quoted part; the top is about documents.
Z = WEILING.timezone
_q = f"""Dear Wei Ling,

This is to confirm your second interview for the position of Compliance Manager:

Date: {d("2045-05-09 10:00", "uky")}
Time: 10.00am - 11.00am (SGT)
Venue: Marina Straits Insurance, 8 Raffles Quay #21-03
Interviewers: Mr Goh Kian Wee (Chief Risk Officer), Ms Farah Ismail (Head of Legal)

Please bring along your NRIC and original certificates.

Thank you.

Best regards,
Jasmine Ong
HR Executive"""
add(
    person(
        WEILING,
        "marina-straits-reply-about-documents",
        "interview",
        frm=("Jasmine Ong", "jasmine.ong@marinastraits.example"),
        subject="RE: Second Interview - Compliance Manager",
        date=dh("2045-05-05 11:26", Z),
        body=thread(
            """Dear Wei Ling,

Noted with thanks. Copies of the certificates are fine, no need for the originals.

Best regards,
Jasmine""",
            oq(
                "2045-05-05 09:48",
                Z,
                "Tan Wei Ling Clarissa <weiling.tan.c@example.org>",
                "Jasmine Ong <jasmine.ong@marinastraits.example>",
                "RE: Second Interview - Compliance Manager",
                "Dear Jasmine,\n\nThank you, I will be there. May I bring certified copies of my "
                "certificates instead of the originals?\n\nRegards,\nWei Ling",
            ),
            oq(
                "2045-05-04 17:30",
                Z,
                "Jasmine Ong <jasmine.ong@marinastraits.example>",
                "Tan Wei Ling Clarissa <weiling.tan.c@example.org>",
                "Second Interview - Compliance Manager",
                _q,
            ),
        ),
        label=lab(
            "2045-05-09 10:00",
            Z,
            None,
            company="Marina Straits Insurance",
            role="Compliance Manager",
            who=["Goh Kian Wee", "Farah Ismail"],
            notes="The time and panel sit only in the quoted first message; the top line is "
            "about documents. SGT is an abbreviation.",
        ),
    )
)

# 8. Nairobi: user declines (withdraws) in reply - other.
Z = WANJIKU.timezone
add(
    person(
        WANJIKU,
        "user-withdraws-before-panel-nairobi",
        "other",
        frm=(WANJIKU.name, WANJIKU.addresses[0]),
        to="Njeri Mwangi <njeri.mwangi@savannah-agritech.example>",
        subject="Re: Panel interview - Supply Chain Analyst",
        date=dh("2045-05-02 08:03", Z),
        body=thread(
            """Dear Njeri,

Thank you very much for the invitation and for your patience throughout the process.
After careful thought I have accepted another offer, so I would like to withdraw my
application and will not attend Friday's panel.

I wish you and the team all the best.

Kind regards,
Wanjiku""",
            gq(
                "2045-04-28 14:40",
                Z,
                "Njeri Mwangi <njeri.mwangi@savannah-agritech.example>",
                f"""Dear Wanjiku,

We are pleased to invite you to a panel interview on {d("2045-05-05 10:00", "uky")} at
10:00 am EAT at our Westlands office.

Regards,
Njeri Mwangi
HR Officer, Savannah Agritech""",
            ),
        ),
        label=note("The user withdraws and will not attend; the invitation is only quoted."),
    )
)

# 9. Vancouver: the user proposes a new time after a clash - reschedule asked, not settled.
Z = PRIYA_V.timezone
add(
    person(
        PRIYA_V,
        "user-asks-to-move-vancouver-onsite",
        "scheduling_request",
        frm=(PRIYA_V.name, PRIYA_V.addresses[0]),
        to="Jordan Whitcombe <jordan.whitcombe@fraserlight.example>",
        subject="Re: Onsite - UX Researcher",
        date=dh("2045-05-08 07:55", Z),
        body=thread(
            """Hi Jordan,

I'm so sorry to do this, but I've been called for jury duty on Thursday. Would it be
possible to move the onsite to early the following week? Monday or Tuesday morning would be
ideal, but I can make most times work.

Apologies again,
Priya""",
            gq(
                "2045-05-04 12:30",
                Z,
                "Jordan Whitcombe <jordan.whitcombe@fraserlight.example>",
                f"""Hi Priya,

You're all set for your onsite on {d("2045-05-11 09:30")} from 9:30 to 12:30 PT at our
Gastown office. Agenda to follow.

Jordan""",
            ),
        ),
        label=note(
            "The user asks to move a booked onsite; no new time is agreed yet. A careful reader "
            "might call it a pending interview, but the quoted time is being given up."
        ),
    )
)

# 10. Perth-style "Confirmed - speak then" from a hiring manager (Android), Brisbane user.
Z = BRONWYN.timezone
add(
    person(
        BRONWYN,
        "confirmed-speak-then-brisbane",
        "interview",
        frm=("Darren Lockyer-Haines", "darren.lh@redcliffe-civil.example"),
        subject="Re: Site Engineer - phone chat",
        date=dh("2045-04-21 19:02", Z),
        body=thread(
            "Confirmed - speak then.\n\nDarren\n\n" + ANDROID,
            gq(
                "2045-04-21 16:44",
                Z,
                "Bronwyn Tregenza-Ahiable <bronwyn.tregenza@example.org>",
                """Hi Darren,

Thanks for the call back. Monday 24th at 8am Brisbane time suits me - I'll call you on
the mobile number below.

Bronwyn
0412 555 903""",
            ),
        ),
        label=lab(
            "2045-04-24 08:00",
            Z,
            "Australia/Brisbane",
            company="Redcliffe Civil",
            role="Site Engineer",
            who=["Darren Lockyer-Haines"],
            emails=["darren.lh@redcliffe-civil.example"],
            notes="The hiring manager's two words confirm the user's quoted proposal.",
        ),
    )
)

# 11. Karachi: four-message thread, time in 1430hrs, PKT.
Z = ZOHAIB.timezone
add(
    person(
        ZOHAIB,
        "indus-textiles-1430hrs-confirmed",
        "interview",
        frm=("Faisal Mahmood", "faisal.mahmood@indus-textiles.example"),
        subject="RE: Interview Schedule - Plant Maintenance Engineer",
        date=dh("2045-05-15 12:10", Z),
        body=thread(
            """Dear Zohaib,

Noted. Your interview is confirmed for Wednesday 17-May-2045 at 1430hrs at our Korangi
plant. Please report to the security gate 15 minutes early with your CNIC. The panel will
be Engr. Tariq Butt (Plant Head) and Ms. Hina Rauf (HR Manager).

Regards,
Faisal Mahmood
Assistant Manager HR""",
            oq(
                "2045-05-15 10:41",
                Z,
                "Zohaib Qureshi-Lambert <zohaib.qureshi.l@example.net>",
                "Faisal Mahmood <faisal.mahmood@indus-textiles.example>",
                "RE: Interview Schedule - Plant Maintenance Engineer",
                "Dear Faisal Sahib,\n\nWednesday afternoon would be better for me if possible.\n\n"
                "Regards,\nZohaib",
            ),
            oq(
                "2045-05-13 09:20",
                Z,
                "Faisal Mahmood <faisal.mahmood@indus-textiles.example>",
                "Zohaib Qureshi-Lambert <zohaib.qureshi.l@example.net>",
                "Interview Schedule - Plant Maintenance Engineer",
                "Dear Zohaib,\n\nYou are shortlisted. Please confirm availability for Tuesday "
                "or Wednesday next week.\n\nRegards,\nFaisal Mahmood",
            ),
        ),
        label=lab(
            "2045-05-17 14:30",
            Z,
            None,
            company="Indus Textiles",
            role="Plant Maintenance Engineer",
            who=["Tariq Butt", "Hina Rauf"],
            notes="1430hrs; the HR manager sits on the panel, the sender only arranges.",
        ),
    )
)

# 12. London: hand-over - "I'm off from Friday, my colleague will look after you".
Z = CALLUM.timezone
add(
    person(
        CALLUM,
        "handover-colleague-looks-after-you",
        "interview",
        frm=("Sophie Kettering", "sophie.kettering@thamesgate-talent.example"),
        cc="Ravi Chaudhry <ravi.chaudhry@thamesgate-talent.example>",
        subject="Re: Final stage - Head of Analytics, Bramblecote Foods",
        date=dh("2045-05-17 17:35", Z),
        body=thread(
            f"""Hi Callum,

Brilliant, that's locked in: {d("2045-05-24 14:00", "uk")} at 2pm at Bramblecote's
offices in Farringdon, with Eleanor Whitfield (CFO) and Marcus Oyelowo (Chief Data
Officer). About 90 minutes including a short case presentation.

Just a heads-up that I'm off from Friday for two weeks - my colleague Ravi (cc'd) will look
after you in the meantime and will call you for a debrief afterwards.

Good luck!
Sophie

Sophie Kettering | Principal Consultant | Thamesgate Talent""",
            gq(
                "2045-05-17 15:02",
                Z,
                "Callum Strathdee-Eze <callum.strathdee@example.net>",
                "Hi Sophie, Wednesday afternoon is best - 2pm ideally. Cheers, Callum",
            ),
        ),
        label=lab(
            "2045-05-24 14:00",
            Z,
            None,
            company="Bramblecote Foods",
            role="Head of Analytics",
            who=["Eleanor Whitfield", "Marcus Oyelowo"],
            notes='Agency consultants (Sophie, then Ravi) only arrange. "About 90 minutes" '
            "taken as the stated end.",
        ),
    )
)

# 13. Auckland: interviewer moves the time in reply, NZ time.
Z = TAMATI.timezone
add(
    person(
        TAMATI,
        "kauri-point-push-to-eleven-nz",
        "interview",
        frm=("Mereana Tipene", "mereana.tipene@kauripoint.example"),
        subject="Re: Kōrero about the Kaiwhakahaere Hapori role",
        date=dh("2045-05-19 13:15", Z),
        body=thread(
            """Kia ora Tamati,

Could we push Tuesday back to 11am NZ time? My morning hui has been moved. Same Zoom link.

Ngā mihi,
Mereana Tipene
Pou Ārahi | Community Lead, Kauri Point Trust""",
            gq(
                "2045-05-16 10:03",
                Z,
                "Mereana Tipene <mereana.tipene@kauripoint.example>",
                f"""Kia ora Tamati,

Thanks for applying for the Community Engagement Coordinator role. I'd love to have a kōrero
- how does {d("2045-05-23 10:00", "uk")} at 9.30am sound?

Ngā mihi,
Mereana""",
            ),
        ),
        label=lab(
            "2045-05-23 11:00",
            Z,
            "Pacific/Auckland",
            company="Kauri Point Trust",
            role="Community Engagement Coordinator",
            who=["Mereana Tipene"],
            emails=["mereana.tipene@kauripoint.example"],
            notes="Asked as a question, but it moves a settled time on the interviewer's side; "
            "labelled at the new time.",
        ),
    )
)

# 14. Johannesburg: user confirms, Outlook mobile.
Z = PIETER.timezone
add(
    person(
        PIETER,
        "user-confirms-sandton-eight-thirty",
        "interview",
        frm=(PIETER.name, PIETER.addresses[0]),
        to="Lerato Mokoena <lerato.mokoena@highveld-mining.example>",
        subject="RE: Interview invitation: Mine Planning Engineer",
        date=dh("2045-05-22 06:48", Z),
        body=thread(
            "Morning Lerato, confirmed for Thursday 08:30. Thanks.\nPieter\n\n" + OUTLOOK_MOBILE,
            oq(
                "2045-05-19 15:25",
                Z,
                "Lerato Mokoena <lerato.mokoena@highveld-mining.example>",
                "Pieter Oosthuizen-Dlamini <pieter.oosthuizen@example.org>",
                "Interview invitation: Mine Planning Engineer",
                f"""Good afternoon Pieter

We would like to invite you for a face-to-face interview on {d("2045-05-25 08:30", "uky")}
at 08:30 at our Sandton head office (4th floor, 22 Rivonia Road).
You will meet Mr Johan van Wyk (Head of Mine Planning) and Ms Nomvula Zulu (Senior Planner).

Kindly confirm your attendance.

Kind regards
Lerato Mokoena
Talent Specialist, Highveld Mining""",
            ),
        ),
        label=lab(
            "2045-05-25 08:30",
            Z,
            None,
            company="Highveld Mining",
            role="Mine Planning Engineer",
            who=["Johan van Wyk", "Nomvula Zulu"],
            notes="Sent by the user: confirms the quoted invitation.",
        ),
    )
)

# 15. Manila: "Kindly advise" - recruiter gives two options; nothing settled.
Z = JOSEMARI.timezone
add(
    person(
        JOSEMARI,
        "bgc-bpo-two-options-kindly-advise",
        "scheduling_request",
        frm=("Ma. Cristina Dela Peña", "cristina.delapena@lagunabay-cx.example"),
        subject="Final Interview Schedule - Workforce Analyst",
        date=dh("2045-05-22 10:33", Z),
        body=f"""Hi Jose Mari,

Good day!

Congratulations on passing the assessment. We would like to schedule your final interview
with our Operations Director. Kindly advise which of the following schedules you prefer:

a) {d("2045-05-25 14:00", "short")} 2:00 PM
b) {d("2045-05-26 10:00", "short")} 10:00 AM

Venue: 28th Floor, One Bonifacio Place, BGC, Taguig

Thank you and God bless!

Cristina Dela Peña
Recruitment Specialist, Laguna Bay CX Solutions""",
        label=note("Two options offered; the user has not chosen yet."),
    )
)

# 16. Manila follow-up: the user picks by thread; recruiter confirms.
add(
    person(
        JOSEMARI,
        "bgc-bpo-see-you-thursday",
        "interview",
        frm=("Ma. Cristina Dela Peña", "cristina.delapena@lagunabay-cx.example"),
        subject="RE: Final Interview Schedule - Workforce Analyst",
        date=dh("2045-05-23 09:12", Z),
        body=thread(
            """Hi Jose Mari,

Noted on this. See you on Thursday, 2:00 PM. Just look for me at the lobby and I'll
bring you up to meet Sir Ramon.

Thanks!
Cristina""",
            gq(
                "2045-05-22 21:40",
                Z,
                "Jose Mari Dimagiba-Yap <josemari.dimagiba@example.org>",
                "Hi Ma'am Cristina, option A please. Thank you po!",
            ),
        ),
        label=lab(
            "2045-05-25 14:00",
            Z,
            None,
            company="Laguna Bay CX Solutions",
            role="Workforce Analyst",
            who=["Ramon"],
            notes="Option A (Thu 2:00 PM) from the earlier message, not quoted here; the "
            'Operations Director is named only as "Sir Ramon".',
        ),
    )
)

# 17. Halifax: Apple quote, user answer "That works", Atlantic time.
Z = GENEVRA.timezone
add(
    person(
        GENEVRA,
        "bluenose-ferries-that-works-atlantic",
        "interview",
        frm=("Colin Fougere", "colin.fougere@bluenose-ferries.example"),
        subject="Re: Marine Operations Supervisor",
        date=dh("2045-05-29 16:20", Z),
        body=thread(
            """Great, I've booked the boardroom. Nadine from HR will join us for the second
half hour.

Colin""",
            aq(
                "2045-05-29 14:01",
                Z,
                "Genevra MacInnis-Osagie <genevra.macinnis@example.net>",
                "That works - see you Thursday at 10 Atlantic.\n\nGenevra",
            ),
            aq(
                "2045-05-29 11:35",
                Z,
                "Colin Fougere <colin.fougere@bluenose-ferries.example>",
                f"""Hi Genevra,

Would {d("2045-06-01 10:00")} at 10 AM Atlantic work for an in-person interview at the
terminal office?

Colin Fougere
Director, Marine Operations""",
            ),
        ),
        label=lab(
            "2045-06-01 10:00",
            Z,
            None,
            company="Bluenose Ferries",
            role="Marine Operations Supervisor",
            who=["Colin Fougere", "Nadine"],
            emails=["colin.fougere@bluenose-ferries.example"],
            notes='"Atlantic" alone is a region word (timezone null). Nadine from HR joins '
            "the interview for half of it, so she is counted.",
        ),
    )
)

# 18. Colombo: the interviewer's reply only asks to change the format, time unchanged.
Z = DILSHAN.timezone
add(
    person(
        DILSHAN,
        "colombo-switch-to-online-same-time",
        "interview",
        frm=("Nirosha Fernando", "nirosha.fernando@ceylon-tealogix.example"),
        subject="Re: Interview on Friday - Logistics Planner",
        date=dh("2045-06-06 13:50", Z),
        body=thread(
            """Dear Dilshan,

Due to the traffic plan for the weekend event, we will hold Friday's interview online
instead. The time remains 10.00 a.m. Sri Lanka time. Mr. Pradeep Gunawardena will send
you a Google Meet link.

Best regards,
Nirosha""",
            gq(
                "2045-06-02 11:15",
                Z,
                "Nirosha Fernando <nirosha.fernando@ceylon-tealogix.example>",
                f"""Dear Dilshan,

Further to your application we invite you for an interview on {d("2045-06-09 10:00", "uky")}
at 10.00 a.m. at our office in Colombo 03 with Mr. Pradeep Gunawardena (Head of
Logistics).

Best regards,
Nirosha Fernando
HR Executive, Ceylon Tealogix""",
            ),
        ),
        label=lab(
            "2045-06-09 10:00",
            Z,
            "Asia/Colombo",
            company="Ceylon Tealogix",
            role="Logistics Planner",
            who=["Pradeep Gunawardena"],
            notes='Format changes to online, time kept; "Sri Lanka time" names the zone.',
        ),
    )
)

# 19. Accra: the user's reply picks a slot, not yet confirmed by the company.
Z = KWAME.timezone
add(
    person(
        KWAME,
        "user-picks-slot-not-yet-confirmed-accra",
        "scheduling_request",
        frm=(KWAME.name, KWAME.addresses[0]),
        to="Akosua Frimpong <akosua.frimpong@volta-fintech.example>",
        subject="Re: Availability - Backend Engineer",
        date=dh("2045-06-06 21:05", Z),
        body=thread(
            """Hi Akosua,

Thanks for reaching out. Of the three, Thursday at 3pm or Friday at 11am would work. Happy
to go with whichever suits Kojo better.

Best,
Kwame""",
            gq(
                "2045-06-06 10:12",
                Z,
                "Akosua Frimpong <akosua.frimpong@volta-fintech.example>",
                """Hi Kwame,

Kojo (our CTO) would like to meet you. Could you do Wednesday 10am, Thursday 3pm or Friday
11am next week?

Akosua""",
            ),
        ),
        label=note("The user offers two of three slots; the company has not picked one."),
    )
)

# 20. Melbourne: time confirmed across the 2 April change, sent in March (AEDT -> AEST).
Z = LACHIE.timezone
add(
    person(
        LACHIE,
        "yarra-freight-confirmed-after-clock-change",
        "interview",
        frm=("Bec Nguyen", "bec.nguyen@yarra-freight.example"),
        subject="RE: Interview - Fleet Analyst",
        date=dh("2045-03-30 16:22", Z),
        body=thread(
            f"""Hi Lachie,

Locked in for {d("2045-04-04 10:00", "uk")} at 10am (Melbourne time - remember the clocks go
back on Sunday!). You'll be chatting with Stavros Papadakis, our Fleet Manager, and me.

Cheers,
Bec Nguyen
Senior Recruiter, Yarra Freight Co.""",
            oq(
                "2045-03-30 11:02",
                Z,
                "Lachie Fairweather-Nnamdi <lachie.fairweather@example.net>",
                "Bec Nguyen <bec.nguyen@yarra-freight.example>",
                "RE: Interview - Fleet Analyst",
                "Hi Bec, Tuesday morning next week would be great. Thanks, Lachie",
            ),
        ),
        label=lab(
            "2045-04-04 10:00",
            Z,
            "Australia/Melbourne",
            company="Yarra Freight",
            role="Fleet Analyst",
            who=["Stavros Papadakis", "Bec Nguyen"],
            emails=["bec.nguyen@yarra-freight.example"],
            notes="Sent in AEDT (+11:00), start after the 2 April change (+10:00). The "
            'recruiter says she joins ("chatting with ... and me"), so she counts.',
        ),
    )
)

# 21. Chennai: the user's own address proposes; a one-liner "ok noted" from HR settles.
Z = KARTHIK.timezone
add(
    person(
        KARTHIK,
        "hr-ok-noted-chennai-saturday-walk-in",
        "interview",
        frm=("Revathi S", "revathi.s@kaveriyar-motors.example"),
        subject="Re: F2F interview - Quality Engineer",
        date=dh("2045-04-14 10:40", Z),
        body=thread(
            "Ok noted. Come by 10 AM sharp. Ask for Mr. Senthil at the reception.\n\nRegards,\n"
            "Revathi S\nHR - Kaveriyar Motors\n\nSent from my Redmi",
            gq(
                "2045-04-14 09:15",
                Z,
                "Karthikeyan Somasundaram-Hale <karthik.somasundaram@example.com>",
                """Dear Madam,

As discussed over phone, I will come for the face to face interview on Saturday (15th
April) at 10 AM at your Oragadam plant. Please confirm.

Thanks & Regards,
Karthikeyan""",
            ),
        ),
        label=lab(
            "2045-04-15 10:00",
            Z,
            None,
            company="Kaveriyar Motors",
            role="Quality Engineer",
            who=["Senthil"],
            notes="Indian Saturday interview; Mr. Senthil is who the user asks for and "
            "presumably interviews (a careful reader might leave him out).",
        ),
    )
)

# 22. Kolkata: recruiter forwards calendar hold in prose, five-message thread, Gmail.
Z = ISHITA.timezone
add(
    person(
        ISHITA,
        "ganga-edtech-fifth-message-settles",
        "interview",
        frm=("Arnab Sengupta", "arnab.sengupta@ganga-edtech.example"),
        subject="Re: Re: Re: Content Strategy Lead - discussion",
        date=dh("2045-04-25 19:22", Z),
        body=thread(
            """Great - 6:30 PM IST on Thursday then. I'll send a Meet link.

Arnab""",
            gq(
                "2045-04-25 18:50",
                Z,
                "Ishita Bhattacharjee-Ross <ishita.bhattacharjee@example.net>",
                "Thursday evening is better, 6:30 onwards.",
            ),
            gq(
                "2045-04-25 12:04",
                Z,
                "Arnab Sengupta <arnab.sengupta@ganga-edtech.example>",
                "Would Wednesday or Thursday evening work instead?",
            ),
            gq(
                "2045-04-24 22:17",
                Z,
                "Ishita Bhattacharjee-Ross <ishita.bhattacharjee@example.net>",
                "Hi Arnab, sorry, I'm travelling on Tuesday - could we look at later in the week?",
            ),
            gq(
                "2045-04-24 11:30",
                Z,
                "Arnab Sengupta <arnab.sengupta@ganga-edtech.example>",
                """Hi Ishita,

I head content at Ganga EdTech and would love to talk about our Content Strategy Lead
opening. Would Tuesday at 4 PM IST work for a 30 minute call?

Arnab Sengupta
VP Content, Ganga EdTech""",
            ),
        ),
        label=lab(
            "2045-04-27 18:30",
            Z,
            None,
            company="Ganga EdTech",
            role="Content Strategy Lead",
            who=["Arnab Sengupta"],
            emails=["arnab.sengupta@ganga-edtech.example"],
            notes="Fifth message of the thread; Tuesday 4 PM in the quote was given up.",
        ),
    )
)

# 23. Winnipeg: interviewer replies "can't do Thursday anymore - can you do Friday same time?"
Z = HARPREET.timezone
add(
    person(
        HARPREET,
        "prairie-grain-can-you-do-friday-instead",
        "scheduling_request",
        frm=("Dale Kowalchuk", "dale.kowalchuk@prairie-grain.example"),
        subject="Re: Interview Thursday",
        date=dh("2045-05-30 08:14", Z),
        body=thread(
            """Harpreet - something's come up with harvest planning and I can't do Thursday
anymore. Any chance you can do Friday, same time? Or Monday afternoon? Let me know what
works and I'll rebook.

Dale""",
            gq(
                "2045-05-26 15:30",
                Z,
                "Dale Kowalchuk <dale.kowalchuk@prairie-grain.example>",
                f"Harpreet - see you {d('2045-06-01 13:00')} at 1 PM at the St. Boniface "
                "office.\n\nDale Kowalchuk\nOperations Manager, Prairie Grain Co-op",
            ),
        ),
        label=note(
            "The booked Thursday is given up and two alternatives are asked for; nothing new is "
            "settled, so not an interview at either time."
        ),
    )
)

# 24. Adelaide: Outlook-quoted three messages, user last says "See you Monday".
Z = SIENNA.timezone
add(
    person(
        SIENNA,
        "user-see-you-monday-adelaide-acst",
        "interview",
        frm=(SIENNA.name, SIENNA.addresses[0]),
        to="Kym Schirripa <kym.schirripa@torrens-health.example>",
        subject="RE: Clinical Systems Analyst - interview",
        date=dh("2045-06-02 12:15", Z),
        body=thread(
            "Thanks Kym, see you Monday at 1pm. Sienna",
            oq(
                "2045-06-02 11:50",
                Z,
                "Kym Schirripa <kym.schirripa@torrens-health.example>",
                "Sienna Marchbank-Obi <sienna.marchbank@example.net>",
                "RE: Clinical Systems Analyst - interview",
                """Hi Sienna,

Great, Monday 5 June at 1pm is booked. Panel is Dr Anh Tran (CIO), Peta McLaren (Nursing
Informatics) and myself. We're on level 2, 55 King William St.

Kym Schirripa
Recruitment Officer, Torrens Health Network""",
            ),
        ),
        label=lab(
            "2045-06-05 13:00",
            Z,
            None,
            company="Torrens Health Network",
            role="Clinical Systems Analyst",
            who=["Anh Tran", "Peta McLaren", "Kym Schirripa"],
            emails=["kym.schirripa@torrens-health.example"],
            notes='Sent by the user. The recruiter is on the panel ("and myself"). Adelaide '
            "(+09:30) in winter.",
        ),
    )
)

# 25. Bengaluru Singapore cross-zone: SG company asks Indian... user in Singapore.
Z = SURESH.timezone
add(
    person(
        SURESH,
        "hiring-manager-moves-to-four-sgt",
        "interview",
        frm=("Vanessa Lim", "vanessa.lim@kallang-robotics.example"),
        subject="Re: [Kallang Robotics] Principal Engineer - onsite",
        date=dh("2045-06-12 09:05", Z),
        body=thread(
            """Hi Suresh,

Sorry for the back and forth! Can we shift to 4pm instead of 2pm on Wed? Ming Hui is
stuck in a board meeting until 3.30. Everything else stays the same.

Thanks,
Vanessa""",
            gq(
                "2045-06-09 17:48",
                Z,
                "Vanessa Lim <vanessa.lim@kallang-robotics.example>",
                f"""Hi Suresh,

Confirming your onsite on {d("2045-06-14 14:00", "uk")}, 2pm-5pm at 1 Kallang Way. You'll
meet Lee Ming Hui (VP Engineering), Arjun Nair (Principal Engineer) and Siti Rahmat
(Head of Hardware).

Vanessa Lim
Talent Partner""",
            ),
        ),
        label=lab(
            "2045-06-14 16:00",
            Z,
            None,
            company="Kallang Robotics",
            role="Principal Engineer",
            who=["Lee Ming Hui", "Arjun Nair", "Siti Rahmat"],
            notes="Moves the start from 2pm to 4pm the same Wednesday; the new end is not stated.",
        ),
    )
)

# 26. Cardiff: the user declines the slot and asks for other options (scheduling_request).
Z = RHYS.timezone
add(
    person(
        RHYS,
        "user-cant-do-tuesday-cardiff",
        "scheduling_request",
        frm=(RHYS.name, RHYS.addresses[0]),
        to="Carys Pritchard <carys.pritchard@taff-valley-energy.example>",
        subject="Re: Interview invitation - Grid Analyst",
        date=dh("2045-06-13 20:30", Z),
        body=thread(
            """Hi Carys,

Thanks ever so much for the invite. Unfortunately I can't do Tuesday 20th as I'm
away on a course all day. Would any time on the Wednesday or Thursday work instead?

Diolch,
Rhys""",
            gq(
                "2045-06-13 14:22",
                Z,
                "Carys Pritchard <carys.pritchard@taff-valley-energy.example>",
                f"""Hi Rhys,

We'd like to invite you to interview on {d("2045-06-20 11:00", "uk")} at 11am at our
Cardiff Bay office.

Carys Pritchard
HR Advisor, Taff Valley Energy""",
            ),
        ),
        label=note("The user cannot make the offered slot and asks for others."),
    )
)

# 27. Greater London: interviewer cc'd; settled by the user's own address, with Cc.
Z = HARRIET.timezone
add(
    person(
        HARRIET,
        "user-confirms-with-cc-interviewers",
        "interview",
        frm=(HARRIET.name, HARRIET.addresses[0]),
        to="Olivia Brandt <olivia.brandt@kingfisher-press.example>",
        cc="Dominic Reyes <dominic.reyes@kingfisher-press.example>, "
        "Abena Mensah <abena.mensah@kingfisher-press.example>",
        subject="Re: Commissioning Editor - interview",
        date=dh("2045-06-15 08:55", Z),
        body=thread(
            """Dear Olivia,

Thank you - Friday 23rd June at 11am at Kingfisher House is perfect. I look forward to
meeting Dominic and Abena.

With best wishes,
Harriet Wadsworth-Ibe""",
            gq(
                "2045-06-14 16:10",
                Z,
                "Olivia Brandt <olivia.brandt@kingfisher-press.example>",
                """Dear Harriet,

Dominic Reyes (Publisher) and Abena Mensah (Editorial Director), copied, would like to
invite you to interview for the Commissioning Editor post. Would Friday 23rd June at 11am
suit you?

Kind regards,
Olivia Brandt
Editorial Assistant to the Publisher""",
            ),
        ),
        label=lab(
            "2045-06-23 11:00",
            Z,
            None,
            company="Kingfisher Press",
            role="Commissioning Editor",
            who=["Dominic Reyes", "Abena Mensah"],
            emails=[
                "dominic.reyes@kingfisher-press.example",
                "abena.mensah@kingfisher-press.example",
            ],
            notes="Sent by the user, accepting the proposed time; the interviewers are in Cc.",
        ),
    )
)
