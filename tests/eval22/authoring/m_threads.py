"""Interviews settled in threads: short replies on top of quoted history, agencies relaying
the client's slot, forwarded chains, Outlook quote headers, bottom-posting, mobile mail."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    AIGERIM,
    ANDROID,
    HAMZA,
    ILZE,
    IPHONE,
    ISLA,
    KERTU,
    LUKE,
    MITCHELL,
    OUTLOOK_MOBILE,
    OWEN,
    REBECCA,
    SOPHIE,
    TALVI,
    TANVIR,
    THABO,
    WANJIRU,
    Msg,
    aq,
    d,
    dh,
    fw,
    gq,
    lab,
    msgid,
    oq,
    person,
    thread,
)

H = "Europe/Helsinki"
KUURA_SLOTS = f"""Hi Talvi,

Thanks for your time on the phone. The next step is a 60-minute technical interview with
the controls team. Would either of these work?

- {d("2041-10-17", "uk")}, 14:00
- {d("2041-10-18", "uk")}, 09:30

All times Helsinki. The interview is on site at our Ruoholahti office.

Best,
Aino Vartiainen
Talent Partner, Kuura Robotics"""

MESSAGES: list[Msg] = [
    person(
        TALVI,
        "kuura-perfect-booked-thursday",
        "interview",
        frm=("Aino Vartiainen", "aino.vartiainen@kuura-robotics.example"),
        subject="Re: Next step - Controls Engineer",
        date=dh("2041-10-14 16:05", H),
        in_reply_to=msgid("talvi-reply-kuura", "example.com"),
        body=thread(
            """Perfect, booked! Thursday 14:00 it is.

You'll be meeting Juho Rantanen (Head of Controls) and Sanna Lehtikuusi (Senior Robotics
Engineer). Ask for me at the front desk and I'll bring you up.

Aino""",
            gq(
                "2041-10-14 15:40",
                H,
                "Talvi Saarinen-Okafor <talvi.saarinen@example.com>",
                "Hi Aino,\n\nThe Thursday slot suits me best.\n\nThanks,\nTalvi\n"
                + gq(
                    "2041-10-14 10:12",
                    H,
                    "Aino Vartiainen <aino.vartiainen@kuura-robotics.example>",
                    KUURA_SLOTS,
                ),
            ),
        ),
        label=lab(
            "2041-10-17 14:00",
            H,
            "Europe/Helsinki",
            company="Kuura Robotics",
            role="Controls Engineer",
            who=["Juho Rantanen", "Sanna Lehtikuusi"],
            notes="Top reply 'Thursday 14:00 it is' settles the first of two slots in the quoted "
            "offer ('All times Helsinki'); the recruiter only fetches her from the desk.",
        ),
    ),
    person(
        ILZE,
        "agency-client-confirmed-tuesday-riga",
        "interview",
        frm=("Kristaps Bērziņš", "kristaps.berzins@baltic-talent.example"),
        subject="RE: Platform Engineer role - client feedback",
        date=dh("2041-10-16 11:20", "Europe/Riga"),
        agent="Microsoft Outlook 16.0",
        body=thread(
            f"""Hi Ilze,

Great news - the client has confirmed {d("2041-10-22", "uk")} at 10:30 your time for the
first interview. You'll be speaking with Mārtiņš Ozols-Reid, their Engineering Manager, on
Teams; he will send the link himself the day before.

I won't be on the call, but ring me straight after and tell me how it went.

Kind regards,
Kristaps Bērziņš
Senior Consultant | Baltic Talent Partners
+371 2000 0000""",
            oq(
                "2041-10-15 17:02",
                "Europe/Riga",
                "Ilze Kalniņa-Brennan <ilze.kalnina@example.net>",
                "Kristaps Bērziņš <kristaps.berzins@baltic-talent.example>",
                "RE: Platform Engineer role - client feedback",
                "Hi Kristaps, Tuesday or Wednesday morning next week both work for me. Ilze",
            ),
        ),
        label=lab(
            "2041-10-22 10:30",
            "Europe/Riga",
            None,
            role="Platform Engineer",
            who=["Mārtiņš Ozols-Reid"],
            notes="Agency relays the client's slot ('10:30 your time'); the consultant stays "
            "off the call and the client is not named.",
        ),
    ),
    person(
        OWEN,
        "hiring-manager-iphone-thursday-3pm",
        "interview",
        frm=("Marcus Delahunt", "marcus.delahunt@ferrowline.example"),
        subject="Re: Following up - Solutions Architect",
        date=dh("2041-10-21 19:44", "America/New_York"),
        agent="iPhone Mail (22A3354)",
        body=thread(
            f"""Thursday 3pm works, see you then. Come to the 4th floor and ask for me.

Marcus

{IPHONE}""",
            aq(
                "2041-10-21 17:30",
                "America/New_York",
                "Owen Fitzgerald-Mensah <owen.fitzgerald@example.com>",
                f"""Hi Marcus,

Thanks for getting back to me about the Ferrowline role. For the in-person conversation I
could do {d("2041-10-24", "us")}
at 3pm or any time Friday morning. Let me know what suits you.

Best,
Owen""",
            ),
        ),
        label=lab(
            "2041-10-24 15:00",
            "America/New_York",
            None,
            company="Ferrowline",
            role="Solutions Architect",
            who=["Marcus Delahunt"],
            emails=["marcus.delahunt@ferrowline.example"],
            notes="Hiring manager's mobile reply picks the Thursday 3pm offered in the user's "
            "quoted mail; he is the one meeting her.",
        ),
    ),
    person(
        MITCHELL,
        "lets-do-the-1030-slot-perth",
        "interview",
        frm=("Georgia Lim", "georgia.lim@wandoo-health.example"),
        subject="Re: Interview times - Clinical Data Analyst",
        date=dh("2041-10-23 13:15", "Australia/Perth"),
        body=thread(
            """Hi Mitchell,

Let's do the 10:30 slot then. I've sent the Teams invite to Dr Harpreet Sandhu-Kaur (Head of
Clinical Informatics) and Ollie Brennan (Data Lead), who will be interviewing you. I'll be
in the background for the first five minutes only to do introductions.

Georgia""",
            gq(
                "2041-10-23 12:02",
                "Australia/Perth",
                "Mitchell Ng-Carruthers <mitchell.ng@example.net>",
                "Hi Georgia, either works for me, whichever is easier for the panel. Mitchell\n"
                + gq(
                    "2041-10-22 16:40",
                    "Australia/Perth",
                    "Georgia Lim <georgia.lim@wandoo-health.example>",
                    f"Hi Mitchell,\n\nWe could do {d('2041-10-30', 'uk')} at 9:00 or 10:30 (Perth "
                    "time). Which would you prefer?\n\nGeorgia Lim\nPeople & Culture, Wandoo Health",
                ),
            ),
        ),
        label=lab(
            "2041-10-30 10:30",
            "Australia/Perth",
            "Australia/Perth",
            company="Wandoo Health",
            role="Clinical Data Analyst",
            who=["Harpreet Sandhu-Kaur", "Ollie Brennan"],
            notes="'Let's do the 10:30 slot' picks from the quoted offer ('Perth time'); the "
            "coordinator only does introductions.",
        ),
    ),
    person(
        REBECCA,
        "fw-fw-interview-details-monday-et",
        "interview",
        frm=("Dana Whitcombe", "dana.whitcombe@tidewrack-analytics.example"),
        subject="FW: FW: Interview details",
        date=dh("2041-10-30 09:12", "America/New_York"),
        agent="Microsoft Outlook 16.0",
        body=thread(
            """Hi Rebecca,

Please see below - Neil has confirmed Monday. The Zoom link is in his note. Let me know if
anything comes up.

Dana Whitcombe
Recruiting Coordinator | Tidewrack Analytics""",
            "\n"
            + fw(
                "2041-10-29 18:20",
                "America/New_York",
                "Neil Okonkwo-Baxter <neil.okonkwo@tidewrack-analytics.example>",
                "Dana Whitcombe <dana.whitcombe@tidewrack-analytics.example>",
                "FW: Interview details",
                f"""Dana - I can do {d("2041-11-04", "short")} at 1:30pm ET with Rebecca.
I'll bring Priti Raghavan from Data Platform along as second interviewer. Zoom:
https://tidewrack-analytics.zoom.us/j/93310045522

Can you forward her the details?
Neil""",
                "outlook",
            ),
            "\n"
            + fw(
                "2041-10-29 11:05",
                "America/New_York",
                "Dana Whitcombe <dana.whitcombe@tidewrack-analytics.example>",
                "Neil Okonkwo-Baxter <neil.okonkwo@tidewrack-analytics.example>",
                "Interview details",
                "Neil, Rebecca Adeyemi-Schultz is free Monday or Tuesday afternoon next week "
                "for the analytics manager interview. Which works?",
                "outlook",
            ),
        ),
        label=lab(
            "2041-11-04 13:30",
            "America/New_York",
            None,
            company="Tidewrack Analytics",
            role="Analytics Manager",
            who=["Neil Okonkwo-Baxter", "Priti Raghavan"],
            emails=["neil.okonkwo@tidewrack-analytics.example"],
            notes="Forwarded chain: the time is in the hiring manager's forwarded note; the "
            "coordinator only forwards. Monday 4 November is after the US clock change (EST).",
        ),
    ),
    person(
        ISLA,
        "bottom-post-friday-hobart-time",
        "interview",
        frm=("Rhys Penhaligon", "rhys@kelpforest-labs.example"),
        subject="Re: Quick chat about the firmware role?",
        date=dh("2041-10-28 20:10", "Australia/Hobart"),
        agent="Mozilla Thunderbird",
        body=f"""On 28/10/2041 5:47 pm, Isla Petrakis-Burns wrote:
> Hi Rhys, thanks for the note. I'm free most of this week - would Friday suit?

Friday {d("2041-11-01", "uk").split(" ", 1)[1]}, 11am Hobart time it is. I'll call you on the number on your CV; it'll
be me and our co-founder Tamsin Kurrupa, 45 minutes, mostly about your embedded work.

> Isla

Rhys
--
Rhys Penhaligon, CTO, Kelpforest Labs
""",
        label=lab(
            "2041-11-01 11:00",
            "Australia/Hobart",
            "Australia/Hobart",
            company="Kelpforest Labs",
            role="Firmware Engineer",
            who=["Rhys Penhaligon", "Tamsin Kurrupa"],
            emails=["rhys@kelpforest-labs.example"],
            notes="Bottom-posted reply settles the Friday the user proposed; a phone interview "
            "with the CTO and co-founder (AEDT).",
        ),
    ),
    person(
        AIGERIM,
        "confirmed-user-reply-quoted-almaty",
        "interview",
        frm=("Kanat Abenov", "kanat.abenov@dala-logistics.example"),
        subject="Re: Re: Finance Analyst interview",
        date=dh("2041-10-24 09:30", "Asia/Almaty"),
        body=thread(
            """Confirmed! See you on 29 October at 15:00 at our office, Dostyk Ave 5, 4th floor.
Ask for me at reception. The interview will be with me and our CFO, Gulnara Temirova.

Kanat Abenov
Head of FP&A, Dala Logistics""",
            gq(
                "2041-10-23 21:14",
                "Asia/Almaty",
                "Aigerim Seitkali-Blake <aigerim.seitkali@example.net>",
                "Dear Kanat,\n\nThank you, 29 October at 15:00 suits me well. Should I bring "
                "anything?\n\nAigerim",
            ),
        ),
        label=lab(
            "2041-10-29 15:00",
            "Asia/Almaty",
            None,
            company="Dala Logistics",
            role="Finance Analyst",
            who=["Kanat Abenov", "Gulnara Temirova"],
            emails=["kanat.abenov@dala-logistics.example"],
            notes="Company confirms the time the user's quoted reply accepted; the sender "
            "interviews together with the CFO.",
        ),
    ),
    person(
        LUKE,
        "perfect-booked-uk-time-from-malta",
        "interview",
        frm=("Hattie Greenslade", "hattie@northgate-search.example"),
        subject="Re: Availability - Risk Analyst (Valletta)",
        date=dh("2041-10-24 15:50", "Europe/London"),
        body=thread(
            """Perfect, booked - calendar invite to follow from their side.

Hattie""",
            gq(
                "2041-10-24 15:31",
                "Europe/Malta",
                "Luke Camilleri-Wood <luke.camilleri@example.com>",
                "Tuesday at 2pm works best for me.\n\nLuke\n"
                + gq(
                    "2041-10-24 10:02",
                    "Europe/London",
                    "Hattie Greenslade <hattie@northgate-search.example>",
                    f"Hi Luke,\n\nCorvo Insurance would like a video interview with their CRO, "
                    f"Paul Xuereb. Could you do {d('2041-10-29', 'uk')} at 10am or 2pm (UK time)?"
                    "\n\nHattie Greenslade\nNorthgate Search",
                ),
            ),
        ),
        label=lab(
            "2041-10-29 14:00",
            "Europe/London",
            "Europe/London",
            company="Corvo Insurance",
            role="Risk Analyst",
            who=["Paul Xuereb"],
            notes="The settled slot is in the user's quoted reply and the date two quotes down; "
            "times are UK time (GMT after 27 October), 15:00 in Malta. Agency consultant only "
            "arranges.",
        ),
    ),
    person(
        TANVIR,
        "interviewer-reply-all-works-for-me",
        "interview",
        frm=("Gideon Achterberg-Lowe", "gideon.achterberg@brightmesh.example"),
        subject="RE: Technical interview - Tanvir Hossain-Everett",
        date=dh("2041-10-31 14:22", "Asia/Dhaka"),
        cc="Ruth Ellery <ruth.ellery@brightmesh.example>",
        agent="Microsoft Outlook 16.0",
        body=thread(
            f"""Works for me. Looking forward to it, Tanvir - speak Wednesday.

Gideon

{OUTLOOK_MOBILE}""",
            oq(
                "2041-10-31 12:05",
                "Asia/Dhaka",
                "Ruth Ellery <ruth.ellery@brightmesh.example>",
                "Tanvir Hossain-Everett <tanvir.hossain@example.com>; Gideon Achterberg-Lowe "
                "<gideon.achterberg@brightmesh.example>",
                "Technical interview - Tanvir Hossain-Everett",
                f"""Hi Tanvir, hi Gideon,

Proposing {d("2041-11-06", "uk")}, 16:00 Dhaka time (10:00 London) for the technical
interview. Gideon will run it; I've put a Teams link in the calendar hold.

Ruth Ellery
Talent Coordinator""",
            ),
        ),
        label=lab(
            "2041-11-06 16:00",
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Brightmesh",
            who=["Gideon Achterberg-Lowe"],
            emails=["gideon.achterberg@brightmesh.example"],
            notes="Interviewer's reply-all accepts the coordinator's quoted proposal; the "
            "coordinator only schedules.",
        ),
    ),
    person(
        HAMZA,
        "agency-said-yes-on-your-behalf-karachi",
        "interview",
        frm=("Sana Mirza", "sana.mirza@indus-recruit.example"),
        subject="Fwd: Shortlist - Hamza S.",
        date=dh("2041-10-25 18:40", "Asia/Karachi"),
        body=thread(
            """Hamza, client came back - see below. I've said yes on your behalf since you told me
Thursdays are fine. Panel is 45 mins, in person at their Clifton office. Best of luck!

Sana""",
            "\n"
            + fw(
                "2041-10-25 16:55",
                "Asia/Karachi",
                "Bilal Chaudhry <bilal.chaudhry@kestrel-pay.example>",
                "Sana Mirza <sana.mirza@indus-recruit.example>",
                "Shortlist - Hamza S.",
                f"""Hi Sana,

Thanks for the profiles. We'd like to see Hamza on {d("2041-10-31", "us")} at 11:00 PKT
for a panel with Asma Jilani (Head of Risk) and Farrukh Baig (Lead Data Scientist). Please
confirm.

Bilal Chaudhry | Talent Acquisition, Kestrel Pay""",
            ),
        ),
        label=lab(
            "2041-10-31 11:00",
            "Asia/Karachi",
            None,
            company="Kestrel Pay",
            who=["Asma Jilani", "Farrukh Baig"],
            notes="Agency relays and accepts the client's slot (forwarded below); 'PKT' is an "
            "abbreviation, so no zone label. Neither the consultant nor the client's TA sits "
            "on the panel.",
        ),
    ),
    person(
        SOPHIE,
        "booked-you-in-for-the-915",
        "interview",
        frm=("Bec Tran-Hollis", "bec@yarra-vet-group.example"),
        subject="Re: Practice vet position",
        date=dh("2041-11-05 14:03", "Australia/Melbourne"),
        body=thread(
            """Perfect - booked you in for the 9:15. It'll be me and Dr Ari Goldfarb, our clinical
director. Zoom link: https://yarra-vet-group.example/meet/vet-interview

Bec
Practice Manager""",
            gq(
                "2041-11-05 11:48",
                "Australia/Melbourne",
                "Sophie Nguyen-Barrett <sophie.nguyenbarrett@example.org>",
                f"9:15 on {d('2041-11-11', 'uk')} please!\n\nSophie\n"
                + gq(
                    "2041-11-04 17:20",
                    "Australia/Melbourne",
                    "Bec Tran-Hollis <bec@yarra-vet-group.example>",
                    "Hi Sophie, we'd love to chat. Next Monday we have 8:30, 9:15 or 12:00 free. "
                    "Which suits?",
                ),
            ),
        ),
        label=lab(
            "2041-11-11 09:15",
            "Australia/Melbourne",
            None,
            company="Yarra Vet Group",
            role="Practice Vet",
            who=["Bec Tran-Hollis", "Ari Goldfarb"],
            emails=["bec@yarra-vet-group.example"],
            notes="'Booked you in for the 9:15' with the date in the user's quoted reply; the "
            "practice manager says she takes part.",
        ),
    ),
    person(
        THABO,
        "android-yep-tmrw-ill-ring-u",
        "interview",
        frm=("Johan Fourie-Dlamini", "johan@karoo-solar.example"),
        subject="Re: Installer supervisor",
        date=dh("2041-10-16 20:51", "Africa/Johannesburg"),
        body=thread(
            f"""yep 4.30 tmrw is fine, ill ring u on this number. J

{ANDROID}""",
            gq(
                "2041-10-16 19:02",
                "Africa/Johannesburg",
                "Thabo Nkosi-Vermeulen <thabo.nkosi@example.com>",
                f"Hi Johan, could we do the phone interview tomorrow ({d('2041-10-17', 'uk')}) "
                "at 4.30? I finish on site at 4. Thanks, Thabo",
            ),
        ),
        label=lab(
            "2041-10-17 16:30",
            "Africa/Johannesburg",
            None,
            company="Karoo Solar",
            role="Installer Supervisor",
            who=["Johan Fourie-Dlamini"],
            emails=["johan@karoo-solar.example"],
            notes="Terse mobile reply accepts the user's proposed time, date only in the quote.",
        ),
    ),
    person(
        WANJIRU,
        "panel-member-swapped-time-unchanged",
        "interview",
        frm=("Achieng Otieno", "achieng.otieno@savanna-grid.example"),
        subject="Re: Final interview - Grid Planning Lead",
        date=dh("2041-10-22 08:45", "Africa/Nairobi"),
        body=thread(
            """Hi Wanjiru,

Quick update: Oren is travelling, so Lwazi Khumalo (Director, Network Planning) will join
the panel in his place. Time unchanged - Friday at 10:00, boardroom 2.

Achieng""",
            gq(
                "2041-10-18 10:30",
                "Africa/Nairobi",
                "Achieng Otieno <achieng.otieno@savanna-grid.example>",
                f"""Hi Wanjiru,

Your final interview is on {d("2041-10-25", "uk")} at 10:00 at our Upper Hill office. You'll
be meeting Thandiwe Mokoena-Price (VP Product) and Oren Shapiro (CTO).

Regards,
Achieng Otieno
HR Business Partner""",
            ),
        ),
        label=lab(
            "2041-10-25 10:00",
            "Africa/Nairobi",
            None,
            company="Savanna Grid",
            role="Grid Planning Lead",
            who=["Thandiwe Mokoena-Price", "Lwazi Khumalo"],
            notes="Update on top changes the panel (Oren replaced by Lwazi Khumalo), time from "
            "the quoted invitation; the HR partner only schedules.",
        ),
    ),
    person(
        KERTU,
        "counter-proposal-accepted-tallinn",
        "interview",
        frm=("Siim Kask", "siim.kask@rehepapp-games.example"),
        subject="RE: Interview on Monday",
        date=dh("2041-11-07 16:30", "Europe/Tallinn"),
        agent="Microsoft Outlook 16.0",
        body=thread(
            f"""Hi Kertu,

{d("2041-11-12", "uk")} at 09:00 it is - I've moved it in the calendar, same Teams link.
Mari Ilves (Art Director) and I will see you then.

Siim Kask
Lead Gameplay Engineer""",
            oq(
                "2041-11-07 14:12",
                "Europe/Tallinn",
                "Kertu Tamm-Ashworth <kertu.tamm@example.com>",
                "Siim Kask <siim.kask@rehepapp-games.example>",
                "RE: Interview on Monday",
                f"Hi Siim, would 09:00 on {d('2041-11-12', 'uk')} be possible instead of Monday "
                "afternoon? I have a clash. Sorry for the trouble. Kertu",
            ),
        ),
        label=lab(
            "2041-11-12 09:00",
            "Europe/Tallinn",
            None,
            company="Rehepapp Games",
            role=None,
            who=["Siim Kask", "Mari Ilves"],
            emails=["siim.kask@rehepapp-games.example"],
            notes="Company accepts the user's counter-proposal: a reschedule that states the new "
            "time.",
        ),
    ),
]
