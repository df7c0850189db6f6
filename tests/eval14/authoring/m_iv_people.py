"""Interviews arranged by people: first-person hosts, thread replies, mobile mail, quotes."""

from __future__ import annotations

from .kit import (
    BIBEK,
    CAOIMHE,
    DESHAWN,
    DESPINA,
    GARRETT,
    GENEVIEVE,
    HAMISH,
    JORIS,
    KAWIKA,
    KEELY,
    LEONOR,
    MEERA,
    MYROSLAVA,
    NIZHONI,
    NOAM,
    OSWIN,
    ROWAN,
    TAHLIA,
    THANDEKA,
    THIRI,
    VIGGO,
    WEIJIE,
    XINYI,
    Msg,
    d,
    dh,
    forwarded,
    lab,
    pm,
    quoted,
)

MESSAGES: list[Msg] = [
    pm(
        OSWIN,
        "phone-screen-recruiter-calls-herself",
        "interview",
        frm=("Bryony Catterall", "bryony.catterall@fenwickdrayton.example"),
        subject="Fenwick Drayton - quick call about the Credit Risk Analyst role",
        date=dh("2033-03-07 11:04", "Europe/London"),
        body=f"""Hi Oswin,

Thanks for sending your CV over. You'll be speaking with me for this first step - nothing
formal, about 30 minutes on your background and what you're after, and I'll tell you more
about the Credit Risk Analyst team.

I'll call you on 07700 900412 at 2:30pm on {d("2033-03-10", "uk")}. If that number's
wrong just reply with the right one.

Bryony
""",
        label=lab(
            "2033-03-10 14:30",
            "Europe/London",
            None,
            company="Fenwick Drayton",
            role="Credit Risk Analyst",
            who=["Bryony Catterall"],
            emails=["bryony.catterall@fenwickdrayton.example"],
            notes="The writer is the caller; signed with her first name only.",
        ),
    ),
    pm(
        DESHAWN,
        "tuesday-at-3-works-across-us-switch",
        "interview",
        frm=("Corinne Halvorsen", "corinne@marrowbone-analytics.example"),
        subject="Re: Senior Data Engineer - times for a chat",
        date=dh("2033-03-11 16:42", "America/New_York"),
        body="""Tuesday at 3 works, see you then. I'll send a Zoom link Monday.

Corinne
"""
        + quoted(
            "2033-03-11 09:15",
            "America/New_York",
            "DeShawn Okafor-Whitfield <deshawn.okaforwhitfield@example.com>",
            """Hi Corinne,

Thanks - of those, Tuesday at 3 is best for me, but Monday at 10 would also work.

DeShawn
"""
            + quoted(
                "2033-03-10 17:30",
                "America/New_York",
                "Corinne Halvorsen <corinne@marrowbone-analytics.example>",
                """DeShawn,

I run the data platform group here and I'd like to do the first conversation myself.
Could you do any of these (all Eastern)?

- Monday 10:00 AM
- Tuesday 3:00 PM
- Wednesday 11:30 AM

Best,
Corinne Halvorsen
Head of Data Platform, Marrowbone Analytics
""",
            ),
        ),
        label=lab(
            "2033-03-15 15:00",
            "America/New_York",
            "America/New_York",
            company="Marrowbone Analytics",
            role="Senior Data Engineer",
            who=["Corinne Halvorsen"],
            emails=["corinne@marrowbone-analytics.example"],
            notes="Newest reply settles Tuesday at 3 (Eastern, from the quoted proposal); US "
            "clocks change on the Sunday in between, so the start is EDT.",
        ),
        in_reply_to="<CAFq7pmZ3x0Yk@mail.gmail.com>",
    ),
    pm(
        GARRETT,
        "coffee-shop-first-round-from-iphone",
        "interview",
        frm=("Dale Whitcomb", "dale.whitcomb@ironfeather.example"),
        subject="Re: Platform Engineer opening",
        date=dh("2033-03-21 20:11", "America/Denver"),
        body="""Great. Let's do the first-round conversation Thursday 7:45am at Bluebird Coffee on
Pearl, before the office gets busy. I'll be the tall guy with the green Ironfeather
jacket. Coffee's on me.

Dale

Sent from my iPhone
""",
        label=lab(
            "2033-03-24 07:45",
            "America/Denver",
            None,
            company="Ironfeather",
            role="Platform Engineer",
            who=["Dale Whitcomb"],
            emails=["dale.whitcomb@ironfeather.example"],
            notes="Hiring manager interviews over coffee; 'Thursday' after a Monday evening.",
        ),
    ),
    pm(
        MEERA,
        "outlook-top-posted-confirmation-vancouver",
        "interview",
        frm=("Colleen Ashdown", "colleen.ashdown@tidewrack-games.example"),
        subject="RE: Availability for a Producer interview",
        date=dh("2033-03-17 13:20", "America/Vancouver"),
        body=f"""Hi Meera,

Confirmed - Rajiv Mehta-Lowell will meet you at 10:30 AM Vancouver time on
{d("2033-03-23", "us")}. Ask for him at the 4th floor reception at 1155 Hornby Street;
plan on an hour.

Thanks,
Colleen Ashdown | Talent Coordinator | Tidewrack Games

From: Meera Sundaresan-Price <meera.sundaresan@example.com>
Sent: Thursday, March 17, 2033 9:02 AM
To: Colleen Ashdown <colleen.ashdown@tidewrack-games.example>
Subject: Re: Availability for a Producer interview

Hi Colleen, I could do Tuesday afternoon or Wednesday morning next week.

From: Colleen Ashdown <colleen.ashdown@tidewrack-games.example>
Sent: Wednesday, March 16, 2033 4:40 PM
To: Meera Sundaresan-Price <meera.sundaresan@example.com>
Subject: Availability for a Producer interview

Hi Meera, Rajiv would like to meet you in person for the Producer role. What does next
week look like?
""",
        label=lab(
            "2033-03-23 10:30",
            "America/Vancouver",
            "America/Vancouver",
            company="Tidewrack Games",
            role="Producer",
            who=["Rajiv Mehta-Lowell"],
            notes="Top-posted Outlook reply over two quoted From:/Sent: blocks; coordinator "
            "does not sit in.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    pm(
        HAMISH,
        "ask-for-me-at-reception-after-au-switch",
        "interview",
        frm=("Priscilla Yeung", "priscilla.yeung@saltbush-legal.example"),
        subject="Your interview for Legal Operations Lead",
        date=dh("2033-03-30 15:48", "Australia/Sydney"),
        body=f"""Dear Hamish,

Thank you for your application. I'd like to meet you in person: please come in to our office
at Level 12, 88 Phillip Street on {d("2033-04-04", "uk")} at 9:30am and ask for me at
reception. We'll talk for about an hour; our COO, Desmond Farrugia, will join us for the
second half.

Kind regards,
Priscilla Yeung
General Counsel, Saltbush Legal
""",
        label=lab(
            "2033-04-04 09:30",
            "Australia/Sydney",
            None,
            company="Saltbush Legal",
            role="Legal Operations Lead",
            who=["Priscilla Yeung", "Desmond Farrugia"],
            emails=["priscilla.yeung@saltbush-legal.example"],
            notes="Sent under AEDT, interview the day after Sydney returns to AEST.",
        ),
    ),
    pm(
        THANDEKA,
        "gmail-quote-locks-in-friday",
        "interview",
        frm=("Nomvula Khumalo", "nomvula.khumalo@kestrelridge.example"),
        subject="Re: Kestrel Ridge - Financial Controller next steps",
        date=dh("2033-03-15 08:50", "Africa/Johannesburg"),
        body="""Morning Thandeka

Perfect, I've locked in 11:00 on Friday with Sipho and me, at our Rosebank office (6th floor).
Bring your ID for security.

Nomvula
"""
        + quoted(
            "2033-03-14 19:22",
            "Africa/Johannesburg",
            "Thandeka Mahlangu-Roux <thandeka.mahlangu@example.org>",
            """Hi Nomvula, thanks! I'm free Thursday from 14:00 or Friday from 10:00.""",
        ),
        label=lab(
            "2033-03-18 11:00",
            "Africa/Johannesburg",
            None,
            company="Kestrel Ridge",
            role="Financial Controller",
            who=["Sipho", "Nomvula Khumalo"],
            emails=["nomvula.khumalo@kestrelridge.example"],
            notes="The HR writer sits in ('with Sipho and me'); only the newest reply fixes "
            "the time.",
        ),
    ),
    pm(
        KEELY,
        "agency-hiring-manager-will-call-brisbane",
        "interview",
        frm=("Luke Ferrante", "luke.ferrante@coralcove-recruitment.example"),
        subject="Your call with Paperbark Health - Wednesday",
        date=dh("2033-03-14 10:05", "Australia/Brisbane"),
        body=f"""Hi Keely,

Good news - Paperbark Health would like to move ahead. The hiring manager, Tamsyn Orchard
(Head of Clinical Systems), will call you on your mobile at 1pm {d("2033-03-16", "uk")}
(Brisbane time) for a 45 minute chat about the Clinical Applications Analyst role.

Give me a bell afterwards and let me know how it went.

Luke Ferrante
Senior Consultant | Coral Cove Recruitment
""",
        label=lab(
            "2033-03-16 13:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Paperbark Health",
            role="Clinical Applications Analyst",
            who=["Tamsyn Orchard"],
            notes="Agency consultant arranges; the hiring manager calls.",
        ),
    ),
    pm(
        NIZHONI,
        "denver-time-for-phoenix-user",
        "interview",
        frm=("Abel Yazzie-Trujillo", "abel@sunroot-solar.example"),
        subject="Re: Field Operations Manager",
        date=dh("2033-03-16 14:30", "America/Phoenix"),
        body="""Hi Nizhoni,

I'm based in our Denver office, so let's do it over video: Tuesday the 22nd at 9am Denver
time (that's 8am for you in Phoenix). I'll send the Google Meet link the day before.
It'll be just me for this one.

Abel
VP Operations, Sunroot Solar
""",
        label=lab(
            "2033-03-22 09:00",
            "America/Denver",
            "America/Denver",
            company="Sunroot Solar",
            role="Field Operations Manager",
            who=["Abel Yazzie-Trujillo"],
            emails=["abel@sunroot-solar.example"],
            notes="Denver is on MDT, Phoenix stays on MST: one hour apart after 13 March.",
        ),
    ),
    pm(
        LEONOR,
        "ill-ring-you-tomorrow-tuesday",
        "interview",
        frm=("Inês Carvalhal", "ines.carvalhal@marinhaverde.example"),
        subject="Product Analyst - chat tomorrow",
        date=dh("2033-03-28 18:40", "Europe/Lisbon"),
        body="""Hi Leonor,

Sorry for the late note. I'll ring you at 5pm tomorrow (Tuesday) for the Product Analyst
chat - I'm the one hiring for the role, so it'll be me asking the questions. 30 minutes.

Talk soon,
Inês

Enviado do meu iPhone
""",
        label=lab(
            "2033-03-29 17:00",
            "Europe/Lisbon",
            None,
            company="Marinha Verde",
            role="Product Analyst",
            who=["Inês Carvalhal"],
            emails=["ines.carvalhal@marinhaverde.example"],
            notes="'Tomorrow (Tuesday)' from a Monday; Lisbon on WEST since 27 March.",
        ),
    ),
    pm(
        VIGGO,
        "second-option-deep-thread",
        "interview",
        frm=("Malin Åkerlund", "malin.akerlund@fjallvind.example"),
        subject="Re: Re: Re: Backend Developer interview - Fjällvind",
        date=dh("2033-04-01 09:12", "Europe/Stockholm"),
        body="""Hi Viggo,

Let's go with the second option then. Teams link to follow from our calendar.

/Malin
"""
        + quoted(
            "2033-03-31 21:03",
            "Europe/Stockholm",
            "Viggo Sandström-Ek <viggo.sandstrom@example.org>",
            """Hi Malin, either of the last two would work for me, the second preferably.
Option 1 clashes with a dentist appointment.
"""
            + quoted(
                "2033-03-31 10:30",
                "Europe/Stockholm",
                "Malin Åkerlund <malin.akerlund@fjallvind.example>",
                f"""Hi Viggo,

Our tech lead Oskar Lindgren and I would like to do the technical interview with you.
Options (all CEST):

Option 1: {d("2033-04-05", "uk")}, 10:00
Option 2: {d("2033-04-07", "uk")}, 16:00
Option 3: {d("2033-04-08", "uk")}, 09:00

Malin Åkerlund
Engineering Manager
""",
            ),
        ),
        label=lab(
            "2033-04-07 16:00",
            "Europe/Stockholm",
            None,
            company="Fjällvind",
            role="Backend Developer",
            who=["Oskar Lindgren", "Malin Åkerlund"],
            emails=["malin.akerlund@fjallvind.example"],
            notes="'The second option' refers to Option 2 in the quoted proposal (CEST only).",
        ),
    ),
    pm(
        JORIS,
        "see-you-wednesday-the-6th-signed-femke",
        "interview",
        frm=("Femke de Bruijn-Oort", "femke@lijnbaanstudio.example"),
        subject="Re: UX Researcher",
        date=dh("2033-04-01 16:55", "Europe/Amsterdam"),
        body="""Hoi Joris,

Great - see you Wednesday the 6th at 13:00 at our office on Keizersgracht 212. I'll come
and get you from the lobby; it'll be me and one of our designers, Thijs.

Femke
""",
        label=lab(
            "2033-04-06 13:00",
            "Europe/Amsterdam",
            None,
            company="Lijnbaan Studio",
            role="UX Researcher",
            who=["Femke de Bruijn-Oort", "Thijs"],
            emails=["femke@lijnbaanstudio.example"],
            notes="English with a Dutch greeting; the writer is an interviewer.",
        ),
    ),
    pm(
        DESPINA,
        "moving-us-to-4pm-same-day",
        "interview",
        frm=("Stavros Lemonidis", "s.lemonidis@aigaion-shipping.example"),
        subject="RE: Interview - Chartering Analyst",
        date=dh("2033-03-23 18:02", "Europe/Athens"),
        body="""Despina,

Moving us to 4pm same day - sorry, my board meeting ran over its slot. Same place,
ground floor meeting room.

Stavros

________________________________
From: Stavros Lemonidis
Sent: Monday, March 21, 2033 10:14 AM
To: Despina Karamanlaki
Subject: Interview - Chartering Analyst

Dear Despina,

I would like to meet you on Thursday 24 March at 2pm at our Piraeus office, Akti Miaouli 47.

Best regards,
Stavros Lemonidis
Head of Chartering
""",
        label=lab(
            "2033-03-24 16:00",
            "Europe/Athens",
            None,
            company="Aigaion Shipping",
            role="Chartering Analyst",
            who=["Stavros Lemonidis"],
            emails=["s.lemonidis@aigaion-shipping.example"],
            notes="Moved from 2pm (quoted) to 4pm the same day; Athens still on EET.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    pm(
        CAOIMHE,
        "newfoundland-time-call-day-after-switch",
        "interview",
        frm=("Ruairi Penney", "ruairi.penney@harbourgrace-fisheries.example"),
        subject="Call about the Quality Assurance Coordinator job",
        date=dh("2033-03-10 15:20", "America/St_Johns"),
        body=f"""Hi Caoimhe,

Thanks for applying. I'm the plant manager and I'd like to have a phone interview with you.
I'll call you at 2:30 Newfoundland time on {d("2033-03-14", "us")}. Should take about 40
minutes.

Ruairi Penney
""",
        label=lab(
            "2033-03-14 14:30",
            "America/St_Johns",
            "America/St_Johns",
            company="Harbour Grace Fisheries",
            role="Quality Assurance Coordinator",
            who=["Ruairi Penney"],
            emails=["ruairi.penney@harbourgrace-fisheries.example"],
            notes="Sent under NST (-03:30); the call is the day after the switch to NDT (-02:30).",
        ),
    ),
    pm(
        KAWIKA,
        "hawaii-time-from-mainland-manager",
        "interview",
        frm=("Tessa Lindqvist", "tessa@kelpline.example"),
        subject="Kelpline - Marine Data Scientist interview",
        date=dh("2033-03-11 12:00", "Pacific/Honolulu"),
        body=f"""Aloha Kawika,

I'm the hiring manager for the Marine Data Scientist role and would like to interview you
myself over Zoom on {d("2033-03-16", "us")} at 10am Pacific / 7am Hawaii. I know it's early
for you - thank you for being flexible. Link: https://zoom.us/j/5550193344

Tessa Lindqvist
""",
        label=lab(
            "2033-03-16 07:00",
            "Pacific/Honolulu",
            "Pacific/Honolulu",
            company="Kelpline",
            role="Marine Data Scientist",
            who=["Tessa Lindqvist"],
            emails=["tessa@kelpline.example"],
            notes="Pacific is on PDT after 13 March, Hawaii has no DST: three hours apart.",
        ),
    ),
    pm(
        WEIJIE,
        "you-will-meet-me-and-priyamvada",
        "interview",
        frm=("Goh Siew Ling", "siewling.goh@merlionpay.example"),
        subject="MerlionPay - Risk Engineering interview on 12 April",
        date=dh("2033-04-05 17:45", "Asia/Singapore"),
        body=f"""Hi Wei Jie,

Thanks for your time on the phone. The next round is a panel: you'll meet me and
Priyamvada Raghunathan (Staff Engineer) on {d("2033-04-12", "uk")} from 3pm to 4:30pm over
Teams. I'll send the invite from my calendar shortly.

Regards,
Siew Ling
Engineering Manager, Risk Engineering
""",
        label=lab(
            "2033-04-12 15:00",
            "Asia/Singapore",
            None,
            company="MerlionPay",
            role="Risk Engineering",
            who=["Goh Siew Ling", "Priyamvada Raghunathan"],
            emails=["siewling.goh@merlionpay.example"],
            notes="Role given only as the team's name.",
        ),
    ),
    pm(
        ROWAN,
        "sydney-time-for-lord-howe-user",
        "interview",
        frm=("Bec Kowalczyk", "bec.kowalczyk@islandhop-air.example"),
        subject="Islandhop Air - Ground Operations Supervisor interview",
        date=dh("2033-03-31 11:10", "Australia/Lord_Howe"),
        body=f"""Hi Rowan,

Thanks for applying. I'll be interviewing you by phone on {d("2033-04-08", "uk")} at 10:00am
Sydney time. I know the island's clocks do their own thing, so please double-check after
daylight saving ends this weekend.

Bec Kowalczyk
Ground Operations Manager
""",
        label=lab(
            "2033-04-08 10:00",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Islandhop Air",
            role="Ground Operations Supervisor",
            who=["Bec Kowalczyk"],
            emails=["bec.kowalczyk@islandhop-air.example"],
            notes="Lord Howe moves by half an hour on 3 April; the start is AEST, 10:30 on "
            "the island.",
        ),
    ),
    pm(
        GENEVIEVE,
        "bump-to-1130-same-link",
        "interview",
        frm=("Patrick Oduya", "patrick.oduya@northlark.example"),
        subject="Re: Northlark - interview tomorrow",
        date=dh("2033-04-13 16:25", "America/Toronto"),
        body="""Hi Geneviève,

Could we bump tomorrow to 11:30 instead of 10:00? Same Teams link, same people (me and
Ana Kovač from Finance). Apologies for the shuffle.

Patrick
Director, FP&A
""",
        label=lab(
            "2033-04-14 11:30",
            "America/Toronto",
            None,
            company="Northlark",
            who=["Patrick Oduya", "Ana Kovač"],
            emails=["patrick.oduya@northlark.example"],
            notes="A reschedule that gives the new time is an interview at the new time.",
        ),
    ),
    pm(
        TAHLIA,
        "outlook-android-tomorrow-830-wst",
        "interview",
        frm=("Brent Maguire", "brent.maguire@redgum-mining.example"),
        subject="Tomorrow",
        date=dh("2033-04-18 17:32", "Australia/Perth"),
        body="""Hi Tahlia, confirming 8.30am WST tomorrow at our Subiaco office for the Site
Planner interview. Ask for me at the front desk. Cheers, Brent

Get Outlook for Android
""",
        label=lab(
            "2033-04-19 08:30",
            "Australia/Perth",
            None,
            company="Redgum Mining",
            role="Site Planner",
            who=["Brent Maguire"],
            emails=["brent.maguire@redgum-mining.example"],
            notes="WST is an abbreviation only.",
        ),
    ),
    pm(
        MYROSLAVA,
        "london-time-for-kyiv-candidate",
        "interview",
        frm=("Harriet Swinburne", "harriet@quillmarsh.example"),
        subject="Quillmarsh - Localisation Lead, video interview",
        date=dh("2033-03-16 12:40", "Europe/Kyiv"),
        body=f"""Dear Myroslava,

Thank you for your patience. I'd like to invite you to a video interview with me and our
CTO, Omar Bellweather, on {d("2033-03-22", "uk")} at 15:00 London time (17:00 in Kyiv).
We'll use Google Meet: https://meet.google.com/ykr-dwpa-tqe

Best wishes,
Harriet Swinburne
Head of Content
""",
        label=lab(
            "2033-03-22 15:00",
            "Europe/London",
            "Europe/London",
            company="Quillmarsh",
            role="Localisation Lead",
            who=["Harriet Swinburne", "Omar Bellweather"],
            emails=["harriet@quillmarsh.example"],
            notes="Before Europe's switch: London GMT, Kyiv EET.",
        ),
    ),
    pm(
        XINYI,
        "beijing-time-hr-director-interviews",
        "interview",
        frm=("Wen Jiahui", "jiahui.wen@lanting-bio.example"),
        subject="Lanting Biotech: interview for Regulatory Affairs Specialist",
        date=dh("2033-04-20 09:30", "Asia/Shanghai"),
        body="""Dear Xinyi,

Thank you for applying. I am the HR Director and will hold the first interview with you
myself on 2033-04-26 at 14:00 Beijing time, at our Zhangjiang office (Building 3, Room 402).
Please bring your degree certificates.

Wen Jiahui
""",
        label=lab(
            "2033-04-26 14:00",
            "Asia/Shanghai",
            "Asia/Shanghai",
            company="Lanting Biotech",
            role="Regulatory Affairs Specialist",
            who=["Wen Jiahui"],
            emails=["jiahui.wen@lanting-bio.example"],
            notes="Year-first date; 'Beijing time' resolves to Asia/Shanghai.",
        ),
    ),
    pm(
        NOAM,
        "sunday-israel-time-after-switch",
        "interview",
        frm=("Tamar Elbaz", "tamar.elbaz@negevlight.example"),
        subject="Negev Light - interview on Sunday",
        date=dh("2033-03-22 15:00", "Asia/Jerusalem"),
        body=f"""Hi Noam,

Following our call, I'd like you to meet our VP R&D, Yoav Shalev, on {d("2033-03-27", "uk")}
at 10:00 Israel time in our Be'er Sheva office. I'll be joining too.

Tamar Elbaz
Recruitment, Negev Light
""",
        label=lab(
            "2033-03-27 10:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Negev Light",
            who=["Yoav Shalev", "Tamar Elbaz"],
            emails=["tamar.elbaz@negevlight.example"],
            notes="Israel moved to IDT on Friday 25 March; a Sunday interview.",
        ),
    ),
    pm(
        BIBEK,
        "nepal-time-quarter-hour",
        "interview",
        frm=("Sabina Gurung", "sabina.gurung@himalwave.example"),
        subject="Interview schedule - Network Engineer (Himalwave)",
        date=dh("2033-03-13 11:20", "Asia/Kathmandu"),
        body=f"""Dear Bibek,

You are shortlisted for the Network Engineer position. Please appear for a technical
interview with me on {d("2033-03-17", "us")} at 9:15 AM (Nepal time) at our office in
Jhamsikhel, Lalitpur.

Sabina Gurung
Network Operations Head
""",
        label=lab(
            "2033-03-17 09:15",
            "Asia/Kathmandu",
            "Asia/Kathmandu",
            company="Himalwave",
            role="Network Engineer",
            who=["Sabina Gurung"],
            emails=["sabina.gurung@himalwave.example"],
            notes="+05:45.",
        ),
    ),
    pm(
        THIRI,
        "myanmar-time-forwarded-by-friend",
        "interview",
        frm=("Htet Wai Yan", "htetwaiyan@example.net"),
        subject="Fwd: Interview invitation - Supply Chain Officer",
        date=dh("2033-04-19 20:05", "Asia/Yangon"),
        body="Thiri, this came to my address by mistake, it's for you! Good luck\n\n"
        + forwarded(
            "2033-04-19 14:40",
            "Asia/Yangon",
            "Nilar Win <nilar.win@ayeyarwady-logistics.example>",
            "htetwaiyan@example.net",
            "Interview invitation - Supply Chain Officer",
            f"""Dear Ms Thiri Aung Kyaw,

Thank you for applying for the Supply Chain Officer position. Our Operations Manager,
U Kyaw Zin Htun, and I would like to interview you on {d("2033-04-25", "us")} at 10:30 AM
Myanmar time at our office on Pyay Road, Yangon.

Nilar Win
HR Executive
""",
        ),
        label=lab(
            "2033-04-25 10:30",
            "Asia/Yangon",
            "Asia/Yangon",
            company="Ayeyarwady Logistics",
            role="Supply Chain Officer",
            who=["Kyaw Zin Htun", "Nilar Win"],
            emails=["nilar.win@ayeyarwady-logistics.example"],
            notes="A friend forwards an invitation sent to the wrong address; +06:30.",
        ),
    ),
]
