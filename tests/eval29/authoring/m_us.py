"""United States and Canada: interviews agreed between people, over two to six messages."""

from __future__ import annotations

from tests.eval29.authoring.kit import (
    ANDROID,
    ANSELM,
    BRAMWELL,
    CASSIUS,
    EVANDER,
    HONORA,
    IGNATIUS,
    IPHONE,
    JESSAMY,
    LEANDRA,
    LORELEI,
    MAEVE,
    MARGUERITE,
    OSRIC,
    OUTLOOK_MOBILE,
    PERPETUA,
    RAFFERTY,
    ROSALIND,
    SABRINA,
    SEPTIMUS,
    THEODORA,
    TOBIAS,
    WILHELMINA,
    aq,
    d,
    day,
    fw,
    gq,
    iso,
    lab,
    md,
    oq,
    say,
    who,
)

NY, CHI, DEN, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

# 1. A founder and the user settle a time; the founder confirms and names the cofounder.
_S1 = "2048-01-16 11:00"
_DANA = ("Dana Whitcombe", "dana@lanternfish-analytics.example")
_m1 = say(
    MARGUERITE,
    "founder-confirms-thursday-lanternfish",
    "interview",
    other=_DANA,
    subject="Data engineer role at Lanternfish",
    when="2048-01-13 17:48",
    top="""Thursday at 11 it is. I'll send a Google Meet link in the morning. It'll be me and
my cofounder Ilan Marchetti, about 45 minutes, mostly a walk through the pipeline you built
at your last place.

Dana""",
    quotes=(
        gq(
            "2048-01-13 15:02",
            NY,
            who(MARGUERITE.name, MARGUERITE.addresses[0]),
            f"""Hi Dana,

Thanks for getting back to me so quickly! I could do {d(_S1)} at 11am or Friday
afternoon any time after 2.

Best,
Marguerite""",
        ),
        gq(
            "2048-01-12 21:15",
            NY,
            who(*_DANA),
            """Hi Marguerite,

I'm one of the founders of Lanternfish (we're six people, all in Brooklyn). Your note
about the dbt migration caught my eye. Any chance you're free for a call later this week?

Dana Whitcombe
Cofounder, Lanternfish Analytics""",
        ),
    ),
    label=lab(
        _S1,
        NY,
        None,
        company="Lanternfish Analytics",
        role="Data engineer",
        who=["Dana Whitcombe", "Ilan Marchetti"],
        emails=["dana@lanternfish-analytics.example"],
        notes="Founder confirms the slot the user offered; founder and cofounder interview.",
    ),
)

# 2. The user's own two-word confirmation over the quoted proposal.
_S2 = "2048-01-21 10:30"
_JOAN = ("Joan Perkowski", "joan.perkowski@brushwood-logistics.example")
_m2 = say(
    TOBIAS,
    "user-confirmed-see-you-then-brushwood",
    "interview",
    other=_JOAN,
    subject="Next step - Brushwood Logistics",
    when="2048-01-15 08:07",
    mine=True,
    top="Confirmed, see you then!\n\nTobias",
    quotes=(
        gq(
            "2048-01-14 16:55",
            CHI,
            who(*_JOAN),
            f"""Hi Tobias,

Harriet would like to meet you. Does {d(_S2)} at 10:30 AM Central work for a
45-minute video call with our VP of Engineering, Harriet Solberg? I'll send the Teams link
once you confirm.

Thanks,
Joan Perkowski | Talent Acquisition
Brushwood Logistics""",
        ),
    ),
    label=lab(
        _S2,
        CHI,
        None,
        company="Brushwood Logistics",
        who=["Harriet Solberg"],
        notes="The user's own reply; the time stands in the quoted proposal. Joan only arranges.",
    ),
)

# 3. A phone reply from the user over the hiring manager's proposal.
_S3 = "2048-01-27 09:00"
_COLM = ("Colm Ferriter", "colm.ferriter@pikes-assay.example")
_m3 = say(
    ROSALIND,
    "phone-works-for-me-pikes-assay",
    "interview",
    other=_COLM,
    subject="Lab manager opening",
    when="2048-01-22 19:31",
    mine=True,
    agent="iPhone Mail (21A5312)",
    top=f"Works for me. Talk then!\n\n{IPHONE}",
    quotes=(
        aq(
            "2048-01-22 18:02",
            DEN,
            who(*_COLM),
            """Rosalind - how about Monday the 27th at 9am Mountain? I'll call your cell,
should take about half an hour.

Colm Ferriter
Lab Director, Pikes Assay Labs""",
        ),
    ),
    label=lab(
        _S3,
        DEN,
        None,
        company="Pikes Assay Labs",
        role="Lab manager",
        who=["Colm Ferriter"],
        emails=["colm.ferriter@pikes-assay.example"],
        notes="User accepts from a phone; the quoted proposal gives the time.",
    ),
)

# 4. The newest text moves the interview; the quoted confirmation holds the old time.
_OLD4, _S4 = "2048-02-04 13:00", "2048-02-05 15:30"
_FENN = ("Fenna Mulryan", "fenna@breakwater-kinematics.example")
_m4 = say(
    EVANDER,
    "moved-to-wednesday-breakwater",
    "interview",
    other=_FENN,
    subject="Interview confirmed - Breakwater Kinematics",
    when="2048-02-02 11:20",
    top=f"""Hi Evander,

Something came up on Greta's side on Tuesday, so we've moved you to Wednesday {md(_S4)}
at 3:30pm PT. Same Zoom link, same people. If that doesn't work just let me know and
we'll find another slot.

Fenna""",
    quotes=(
        gq(
            "2048-01-29 10:04",
            LA,
            who(*_FENN),
            f"""Hi Evander,

You're confirmed for {d(_OLD4)} at 1:00pm PT with Greta Lindahl-Moore (Controls Lead)
and Sunil Ambati. Zoom: https://zoom.us/j/94417720381

Fenna Mulryan
Recruiting, Breakwater Kinematics""",
        ),
    ),
    label=lab(
        _S4,
        LA,
        None,
        company="Breakwater Kinematics",
        who=["Greta Lindahl-Moore", "Sunil Ambati"],
        notes="Newest text moves Tuesday 1pm to Wednesday 3:30pm; the new time wins.",
    ),
)

# 5. "Running late": the interviewer pushes today's start by twenty minutes.
_S5 = "2048-01-29 14:20"
_WEND = ("Wendell Ashgrove", "wendell.ashgrove@saguaro-credit.example")
_m5 = say(
    PERPETUA,
    "running-late-push-start-saguaro",
    "interview",
    other=_WEND,
    subject="Today's interview",
    when="2048-01-29 13:41",
    agent="Microsoft Outlook for Android",
    top=f"""Hi Perpetua, my 1:00 is running over. Let's push our start to 2:20 instead of 2:00,
same link. Really sorry about that.

Wendell

{OUTLOOK_MOBILE}""",
    quotes=(
        oq(
            "2048-01-24 09:15",
            "America/Phoenix",
            who(*_WEND),
            who(PERPETUA.name, PERPETUA.addresses[0]),
            "Interview - Credit Analyst",
            f"""Perpetua,

Confirming {d(_S5)} at 2:00 PM Arizona time on Teams, with me and Lupe Carrizales from
our underwriting team.

Wendell Ashgrove
Credit Manager | Saguaro Community Credit""",
        ),
    ),
    label=lab(
        _S5,
        "America/Phoenix",
        None,
        company="Saguaro Community Credit",
        role="Credit Analyst",
        who=["Wendell Ashgrove", "Lupe Carrizales"],
        emails=["wendell.ashgrove@saguaro-credit.example"],
        notes="Sent the same afternoon: the start moves from 2:00 to 2:20 (Arizona, no DST).",
    ),
)

# 6. An agency consultant relays the client's confirmation.
_S6 = "2048-02-06 10:00"
_PRI = ("Priyanka Sethi", "priyanka.sethi@northgate-talent.example")
_m6 = say(
    LEANDRA,
    "agency-client-confirmed-ostara",
    "interview",
    other=_PRI,
    subject="Ostara Mutual - Senior Financial Analyst",
    when="2048-01-31 16:12",
    top=f"""Hi Leandra,

Great news, Ostara have come back and confirmed {d(_S6)} at 10:00 AM at their office
(200 Wellington St W, 11th floor, ask for Glen at reception). You'll meet Glen Abernathy,
Director of Finance, and Yvette Moreau from the FP&A team. Allow an hour.

I'll give you a call Wednesday to prep.

Priyanka Sethi
Senior Consultant, Northgate Talent Partners""",
    quotes=(
        gq(
            "2048-01-29 12:40",
            LEANDRA.timezone,
            who(LEANDRA.name, LEANDRA.addresses[0]),
            """Hi Priyanka, Thursday or Friday morning next week are both fine for me.
Thanks! Leandra""",
        ),
        gq(
            "2048-01-29 11:02",
            LEANDRA.timezone,
            who(*_PRI),
            """Hi Leandra, Ostara would like to meet you in person. What does your
availability look like next week?""",
        ),
    ),
    label=lab(
        _S6,
        LEANDRA.timezone,
        None,
        company="Ostara Mutual",
        role="Senior Financial Analyst",
        who=["Glen Abernathy", "Yvette Moreau"],
        notes="Agency consultant only arranges; the client's two people interview.",
    ),
)

# 7. A panel change, time unchanged.
_S7 = "2048-02-07 10:00"
_KIT = ("Kit Mabaso", "kit.mabaso@salishan-games.example")
_m7 = say(
    CASSIUS,
    "panel-change-friday-salishan",
    "interview",
    other=_KIT,
    subject="Your onsite at Salishan Games",
    when="2048-02-05 14:33",
    top=f"""Hi Cassius,

Quick update for Friday: Deepa is out sick, so Hamish Orr will join Mei-Ling Sato on the
panel instead. Time unchanged: {d(_S7)}, 10:00-11:00 AM PT at our Gastown studio.

Kit""",
    quotes=(
        gq(
            "2048-02-03 09:10",
            "America/Vancouver",
            who(*_KIT),
            f"""Hi Cassius, you're booked for {d(_S7)}, 10-11 AM with Deepa Raghavan and
Mei-Ling Sato. See you then! Kit Mabaso, People Ops""",
        ),
    ),
    label=lab(
        _S7,
        "America/Vancouver",
        None,
        end=iso("2048-02-07 11:00", "America/Vancouver"),
        company="Salishan Games",
        who=["Hamish Orr", "Mei-Ling Sato"],
        notes="Newest text replaces Deepa Raghavan with Hamish Orr; the quote is older.",
    ),
)

# 8. A cancellation in the thread: the role is on hold.
_S8 = "2048-02-13 13:00"
_ROB = ("Robena MacInnis", "robena.macinnis@chebucto-marine.example")
_m8 = say(
    WILHELMINA,
    "role-on-hold-cancel-chebucto",
    "interview_cancelled",
    other=_ROB,
    subject="Interview Thursday",
    when="2048-02-10 15:05",
    top="""Hi Wilhelmina,

I'm sorry to do this on short notice, but we need to cancel Thursday's interview. The
position has been put on hold while we wait on next year's budget. I'll reach out if it
reopens; I didn't want you preparing for nothing.

Robena""",
    quotes=(
        oq(
            "2048-02-06 10:22",
            WILHELMINA.timezone,
            who(*_ROB),
            who(WILHELMINA.name, WILHELMINA.addresses[0]),
            "Interview Thursday",
            f"""Confirmed for {d(_S8)} at 1:00 PM Atlantic, at our office on Marginal
Road. You'll meet me and our operations lead, Darcy Penney.

Robena MacInnis | HR Manager | Chebucto Marine Systems""",
        ),
    ),
    label=lab(
        _S8,
        WILHELMINA.timezone,
        None,
        company="Chebucto Marine Systems",
        who=["Robena MacInnis", "Darcy Penney"],
        emails=["robena.macinnis@chebucto-marine.example"],
        notes="Cancels the quoted Thursday interview; role on hold.",
    ),
)

# 9. An inline reply answering the user's questions point by point.
_S9 = "2048-02-11 14:00"
_HAL = ("Halle Gustafson", "halle.gustafson@aspen-parkland.example")
_m9 = say(
    ANSELM,
    "inline-answers-aspen-parkland",
    "interview",
    other=_HAL,
    subject="Financial analyst interview",
    when="2048-02-06 10:48",
    top=f"""Hi Anselm, answers inline below.

Halle

-----Original Message-----
From: {ANSELM.name} <{ANSELM.addresses[0]}>
Sent: {d("2048-02-05", "usy")} 9:02 PM

> Thanks for the note. Could we do the afternoon rather than the morning?

Yes, 2:00 PM MT on {d(_S9)} works.

> Will it be virtual or in person?

In person: 10155 102 St NW, 14th floor. Visitor parking is under the building.

> Who will I be meeting?

Our Controller, Beatriz Almagro, and Ross Tennant from FP&A. Plan on about an hour.

Halle Gustafson | Talent Acquisition | Aspen Parkland Energy""",
    label=lab(
        _S9,
        ANSELM.timezone,
        None,
        company="Aspen Parkland Energy",
        role="Financial analyst",
        who=["Beatriz Almagro", "Ross Tennant"],
        notes="Inline answers settle the afternoon slot; company from the signature line.",
    ),
)

# 10. The hiring manager forwards the coordinator's confirmation with a line on top.
_S10 = "2048-02-12 09:30"
_NOL = ("Nolan Strachwitz", "nolan.strachwitz@redriver-seed.example")
_m10 = say(
    MAEVE,
    "hm-forwards-confirmation-redriver",
    "interview",
    other=_NOL,
    subject="Fwd: Interview confirmation - Agronomy Data Lead",
    when="2048-02-07 12:14",
    reply=False,
    top="""Maeve, see below from Alisha - looking forward to chatting Wednesday. Bring the
yield model if you can share it.

Nolan""",
    quotes=(
        "\n"
        + fw(
            "2048-02-07 11:50",
            MAEVE.timezone,
            who("Alisha Parbhoo", "alisha.parbhoo@redriver-seed.example"),
            who(*_NOL),
            "Interview confirmation - Agronomy Data Lead",
            f"""Hi Nolan,

Maeve's interview with you and Ngozi Eberhardt is confirmed for {d(_S10, "usy")} at
9:30 AM Central in the Assiniboine room. Could you forward this to her? Her address
bounced on my side.

Alisha Parbhoo, Recruiting Coordinator""",
        ),
    ),
    label=lab(
        _S10,
        MAEVE.timezone,
        None,
        company="Red River Seed Co.",
        role="Agronomy Data Lead",
        who=["Nolan Strachwitz", "Ngozi Eberhardt"],
        emails=["nolan.strachwitz@redriver-seed.example"],
        notes="Forwarded by the hiring manager; the coordinator only arranges.",
    ),
)

# 11. The quoted confirmation says 11; the newest text moves it to 4 the same day.
_OLD11, _S11 = "2048-02-20 11:00", "2048-02-20 16:00"
_AMA = ("Amara Osterhout", "amara.osterhout@corktown-mobility.example")
_m11 = say(
    OSRIC,
    "actually-four-not-eleven-corktown",
    "interview",
    other=_AMA,
    subject="Interview Thursday",
    when="2048-02-17 08:26",
    top=f"""Osric - actually, let's do Thursday at 4 instead. I have a board call land on top
of 11. So: {d(_S11)}, 4:00 PM ET, same Teams link. Sorry for the shuffle.

Amara""",
    quotes=(
        gq(
            "2048-02-14 13:37",
            "America/Detroit",
            who(*_AMA),
            """Great, confirmed for Thursday at 11 AM ET. Talk then.

Amara Osterhout
Head of Product, Corktown Mobility""",
        ),
        gq(
            "2048-02-14 12:05",
            "America/Detroit",
            who(OSRIC.name, OSRIC.addresses[0]),
            f"I'm free {d(_OLD11)} any time before 1. Osric",
        ),
    ),
    label=lab(
        _S11,
        "America/Detroit",
        None,
        company="Corktown Mobility",
        who=["Amara Osterhout"],
        emails=["amara.osterhout@corktown-mobility.example"],
        notes="Quoted history says 11 AM; the newest text moves it to 4 PM the same day.",
    ),
)

# 12. A reminder the day before, in person.
_S12 = "2048-02-19 10:00"
_CAR = ("Carla Vinton", "carla.vinton@treasure-valley-ag.example")
_m12 = say(
    JESSAMY,
    "reminder-tomorrow-meridian",
    "interview",
    other=_CAR,
    subject="Tomorrow",
    when="2048-02-18 15:02",
    top="""Hi Jessamy, just a reminder about tomorrow, 10 AM Mountain at our Meridian office
(1840 Ustick Rd). Ask for me at the front desk. Looking forward to it!

Carla Vinton
Operations Manager, Treasure Valley Ag Supply""",
    quotes=(
        gq(
            "2048-02-12 17:20",
            JESSAMY.timezone,
            who(JESSAMY.name, JESSAMY.addresses[0]),
            f"Hi Carla, {d(_S12)} at 10 works great. Thank you! Jessamy",
        ),
    ),
    reply=False,
    label=lab(
        _S12,
        JESSAMY.timezone,
        None,
        company="Treasure Valley Ag Supply",
        who=["Carla Vinton"],
        emails=["carla.vinton@treasure-valley-ag.example"],
        notes="Reminder the day before from the manager who interviews.",
    ),
)

# 13. Remote role: Pacific time for a user in Alaska.
_S13 = "2048-02-24 13:00"
_SHI = ("Shirin Abbasi-Kent", "shirin@fremont-ledger.example")
_m13 = say(
    RAFFERTY,
    "pacific-and-alaska-fremont-ledger",
    "interview",
    other=_SHI,
    subject="Fremont Ledger - backend engineer",
    when="2048-02-19 14:45",
    zone=LA,
    top=f"""Great, 1 PM Pacific / noon your time on {d(_S13)} it is. I'll be the one
interviewing; it's a pairing session, so have an editor ready.

Shirin Abbasi-Kent
Engineering Manager""",
    quotes=(
        gq(
            "2048-02-19 10:12",
            RAFFERTY.timezone,
            who(RAFFERTY.name, RAFFERTY.addresses[0]),
            """Hi Shirin, either of the Monday options works; the 1 PM Pacific one is
easiest with the time difference.""",
        ),
    ),
    label=lab(
        _S13,
        LA,
        None,
        company="Fremont Ledger",
        role="Backend engineer",
        who=["Shirin Abbasi-Kent"],
        emails=["shirin@fremont-ledger.example"],
        notes="1 PM Pacific = noon in Anchorage.",
    ),
)

# 14. Newfoundland half hour: the user answers in local time.
_S14 = "2048-02-21 10:00"
_GRA = ("Gracie Follett", "gracie.follett@narrows-fisheries.example")
_m14 = say(
    LORELEI,
    "half-hour-newfoundland-narrows",
    "interview",
    other=_GRA,
    subject="Quality coordinator interview",
    when="2048-02-17 20:10",
    mine=True,
    top=f"""10:30 my time works, see you {day(_S14)}. Thanks Gracie!

Lorelei

{ANDROID}""",
    quotes=(
        gq(
            "2048-02-17 16:44",
            "America/Halifax",
            who(*_GRA),
            f"""Hi Lorelei, would {d(_S14)} at 10:00 AM Atlantic (10:30 in St. John's) work
for a video call with our plant manager, Desmond Kielley?

Gracie Follett, HR""",
        ),
    ),
    label=lab(
        _S14,
        "America/Halifax",
        None,
        company="Narrows Fisheries",
        role="Quality coordinator",
        who=["Desmond Kielley"],
        notes="The user's phone reply in Newfoundland time; same instant as 10:00 Atlantic.",
    ),
)

# 15. Regina keeps standard time; the company's Eastern time is after 8 March.
_S15 = "2048-03-10 11:00"
_TAL = ("Talia Brozek", "talia.brozek@lakeshore-actuarial.example")
_m15 = say(
    SEPTIMUS,
    "eastern-after-change-regina",
    "interview",
    other=_TAL,
    subject="Actuarial analyst - interview",
    when="2048-03-04 13:30",
    zone="America/Toronto",
    top=f"""Hi Septimus,

Perfect, we'll go with {d(_S15)} at 11:00 AM Eastern. Note the clocks change here on
Sunday, so that's 9:00 AM your time in Regina, not 10. You'll meet Marek Oyelowo and me.

Talia Brozek
Lakeshore Actuarial""",
    quotes=(
        gq(
            "2048-03-03 18:20",
            SEPTIMUS.timezone,
            who(SEPTIMUS.name, SEPTIMUS.addresses[0]),
            "Tuesday the 10th in the morning would be ideal for me.",
        ),
    ),
    label=lab(
        _S15,
        "America/Toronto",
        None,
        company="Lakeshore Actuarial",
        role="Actuarial analyst",
        who=["Marek Oyelowo", "Talia Brozek"],
        emails=["talia.brozek@lakeshore-actuarial.example"],
        notes="After the 8 March change: 11:00 EDT is 9:00 in Regina (no DST).",
    ),
)

# 16. Hawaii: a time given in Hawaii time before the mainland changes.
_S16 = "2048-03-04 08:00"
_MAK = ("Makana Kealoha", "makana@pueo-outdoor.example")
_m16 = say(
    HONORA,
    "hawaii-time-lock-in-pueo",
    "interview",
    other=_MAK,
    subject="Marketing coordinator",
    when="2048-02-27 12:10",
    top=f"""Aloha Honora,

Let's lock in {d(_S16)} at 8:00 AM Hawaii time (10:00 Pacific, our team is split). You'll
talk with me and Brandt Oyama from the Portland office. Google Meet link to follow.

Mahalo,
Makana""",
    quotes=(
        gq(
            "2048-02-26 19:45",
            HONORA.timezone,
            who(HONORA.name, HONORA.addresses[0]),
            "Early mornings are best for me next week, before 10 my time.",
        ),
    ),
    label=lab(
        _S16,
        "Pacific/Honolulu",
        "Pacific/Honolulu",
        company="Pueo Outdoor",
        role="Marketing coordinator",
        who=["Makana Kealoha", "Brandt Oyama"],
        emails=["makana@pueo-outdoor.example"],
        notes="'Hawaii time' names the zone; the start is before the mainland change.",
    ),
)

# 17. Agreed in early March (EST) for a date after the change (EDT).
_S17 = "2048-03-12 14:00"
_BEV = ("Bev Hollingworth", "bev.hollingworth@whitewater-claims.example")
_m17 = say(
    IGNATIUS,
    "agreed-before-change-whitewater",
    "interview",
    other=_BEV,
    subject="Claims adjuster interview",
    when="2048-03-05 09:18",
    mine=True,
    top="""Thursday the 12th at 2 PM Eastern is great. Confirming I'll come to the
Keystone office. Thank you!

Ignatius""",
    quotes=(
        gq(
            "2048-03-04 16:30",
            IGNATIUS.timezone,
            who(*_BEV),
            f"""Hi Ignatius, could you come in on {d(_S17)} at 2:00 PM for a panel with our
claims supervisors, Roland Pettis and Imelda Ocampo? We're at 8900 Keystone Crossing.

Bev Hollingworth, HR Generalist, Whitewater Claims""",
        ),
    ),
    label=lab(
        _S17,
        IGNATIUS.timezone,
        None,
        company="Whitewater Claims",
        role="Claims adjuster",
        who=["Roland Pettis", "Imelda Ocampo"],
        notes="Sent in EST, the interview falls after the 8 March change (EDT, -04:00).",
    ),
)

# 18. A studio owner writes herself: informal, in person.
_S18 = "2048-03-06 09:30"
_RAC = ("Rachel Ostrowski", "rachel@gowanus-print.example")
_m18 = say(
    THEODORA,
    "studio-owner-see-you-friday-gowanus",
    "interview",
    other=_RAC,
    subject="Designer position",
    when="2048-03-03 22:04",
    top="""Great - see you Friday at 9:30. We're at 88 Nevins St, buzz 3. Coffee's on me,
bring the portfolio (printed is nice but a laptop is fine).

Rachel""",
    quotes=(
        gq(
            "2048-03-03 20:15",
            NY,
            who(THEODORA.name, THEODORA.addresses[0]),
            "Hi Rachel, Friday morning works, 9:30 would be perfect. Theodora",
        ),
        gq(
            "2048-03-02 18:40",
            NY,
            who(*_RAC),
            f"""Hi Theodora, it's Rachel from Gowanus Print Co. Sam passed along your
portfolio. Are you free for a portfolio chat {d(_S18)} or early next week?""",
        ),
    ),
    label=lab(
        _S18,
        NY,
        None,
        company="Gowanus Print Co.",
        role="Designer",
        who=["Rachel Ostrowski"],
        emails=["rachel@gowanus-print.example"],
        notes="Owner interviews herself; Friday from the quoted history.",
    ),
)

# 19. A six-message Outlook thread ending in the coordinator's confirmation.
_S19 = "2048-03-16 13:00"
_TRI = ("Trina Halvorsen", "trina.halvorsen@prairie-rail.example")
_m19 = say(
    BRAMWELL,
    "long-outlook-thread-prairie-rail",
    "interview",
    other=_TRI,
    subject="RE: Signal engineer - second interview",
    when="2048-03-09 15:41",
    top=f"""Hi Bramwell,

Thanks for your patience - confirming {d(_S19)} at 1:00 PM CT, onsite at 311 W Jackson,
9th floor. You'll meet Desmond Achebe (Signals Manager) from 1:00 to 2:00, then Lorna Fisk (Safety) from 2:00 to 2:30.

Trina Halvorsen
Talent Coordinator | Prairie Rail Partners
This message may contain confidential information. If you are not the intended
recipient, please delete it.""",
    quotes=(
        oq(
            "2048-03-09 11:03",
            CHI,
            who(BRAMWELL.name, BRAMWELL.addresses[0]),
            who(*_TRI),
            "RE: Signal engineer - second interview",
            "Monday the 16th at 1 would work, yes. Thanks, Bramwell",
        ),
        oq(
            "2048-03-06 17:20",
            CHI,
            who(*_TRI),
            who(BRAMWELL.name, BRAMWELL.addresses[0]),
            "RE: Signal engineer - second interview",
            f"""Desmond is now out that Thursday. Could you do {d(_S19)} at 1:00 PM instead?

Trina Halvorsen | Talent Coordinator
This message may contain confidential information.""",
        ),
        oq(
            "2048-03-05 08:55",
            CHI,
            who(BRAMWELL.name, BRAMWELL.addresses[0]),
            who(*_TRI),
            "RE: Signal engineer - second interview",
            "Thursday the 12th at 10 AM is good for me.",
        ),
    ),
    label=lab(
        _S19,
        CHI,
        None,
        end=iso("2048-03-16 14:30", CHI),
        company="Prairie Rail Partners",
        role="Signal engineer",
        who=["Desmond Achebe", "Lorna Fisk"],
        notes="Thursday the 12th in the quoted history was replaced; Monday 16th stands.",
    ),
)

# 20. Two interviewers back to back, times given as a range.
_S20 = "2048-03-17 10:00"
_NIK = ("Nikhila Rao", "nikhila.rao@arroyo-health.example")
_m20 = say(
    SABRINA,
    "back-to-back-all-set-arroyo",
    "interview",
    other=_NIK,
    subject="Arroyo Health - Product Designer",
    when="2048-03-11 17:05",
    top=f"""Hi Sabrina,

We're all set for {day(_S20)} {md(_S20)}, 10-11:30am PT at our Pasadena office: you'll
meet Jonah Pettibone first (design critique), then Aurélie Descamps (product) at 10:45.
Parking validation at the front desk.

Best,
Nikhila""",
    quotes=(
        gq(
            "2048-03-11 09:32",
            LA,
            who(SABRINA.name, SABRINA.addresses[0]),
            "Tuesday morning next week would be ideal! Sabrina",
        ),
    ),
    label=lab(
        _S20,
        LA,
        None,
        end=iso("2048-03-17 11:30", LA),
        company="Arroyo Health",
        role="Product Designer",
        who=["Jonah Pettibone", "Aurélie Descamps"],
        notes="Recruiter arranges; two interviewers back to back.",
    ),
)

# 21. The user confirms and asks a question in the same reply.
_S21 = "2048-03-19 15:00"
_OWE = ("Owen Tarrant", "owen.tarrant@hudson-mercantile.example")
_m21 = say(
    MARGUERITE,
    "user-confirms-and-asks-hudson",
    "interview",
    other=_OWE,
    subject="Interview with our CTO",
    when="2048-03-13 10:22",
    mine=True,
    top="""Hi Owen,

Thursday at 3:00 works great, confirmed. Should I prepare anything in particular, or is
it a conversation?

Best,
Marguerite""",
    quotes=(
        gq(
            "2048-03-12 17:58",
            NY,
            who(*_OWE),
            f"""Hi Marguerite, can you do {d(_S21)} at 3:00 PM ET with our CTO, Anand Villiers? 45 minutes on Zoom.

Owen Tarrant, Recruiter, Hudson Mercantile""",
        ),
    ),
    label=lab(
        _S21,
        NY,
        None,
        company="Hudson Mercantile",
        who=["Anand Villiers"],
        notes="User confirms over the quoted proposal; the recruiter only arranges.",
    ),
)

# 22. Onsite confirmed by the hiring manager in a short line.
_S22 = "2048-03-23 09:00"
_LIO = ("Lionel Baptiste", "lionel.baptiste@ballona-audio.example")
_m22 = say(
    EVANDER,
    "onsite-confirmed-short-ballona",
    "interview",
    other=_LIO,
    subject="Final round",
    when="2048-03-16 19:12",
    agent="iPhone Mail (21A5312)",
    top=f"""Onsite confirmed: Monday {md(_S22)}, 9:00-1:00 at our Culver City office. Schedule
with names to follow from Tess.

Lionel

{IPHONE}""",
    quotes=(
        aq(
            "2048-03-16 18:30",
            LA,
            who(EVANDER.name, EVANDER.addresses[0]),
            "Monday the 23rd works for the onsite. Thanks Lionel!",
        ),
    ),
    label=lab(
        _S22,
        LA,
        None,
        end=iso("2048-03-23 13:00", LA),
        company="Ballona Audio",
        notes="Onsite confirmed; interviewers not yet named. Company from the domain only.",
    ),
)

# 23. The user cancels: withdrawing from the process.
_S23 = "2048-03-05 11:00"
_PAT = ("Patrice Lindqvist", "patrice.lindqvist@lakeview-freight.example")
_m23 = say(
    TOBIAS,
    "user-withdraws-cancels-lakeview",
    "interview_cancelled",
    other=_PAT,
    subject="Interview on Thursday",
    when="2048-03-02 08:40",
    mine=True,
    top="""Hi Patrice,

Thank you for the time you and the team have given me. I've accepted another offer, so
I'd like to withdraw and cancel Thursday's interview. I hope it's not too much trouble on
your side.

Best regards,
Tobias""",
    quotes=(
        gq(
            "2048-02-26 14:12",
            CHI,
            who(*_PAT),
            f"""Hi Tobias, you're confirmed for {d(_S23)} at 11:00 AM CT with Ruth Adair.

Patrice""",
        ),
    ),
    label=lab(
        _S23,
        CHI,
        None,
        company="Lakeview Freight",
        who=["Ruth Adair"],
        notes="The user cancels the quoted interview himself.",
    ),
)

# 24. The user asks to move; the recruiter agrees.
_S24 = "2048-03-18 11:00"
_ESP = ("Esperanza Quiroga", "esperanza.quiroga@mesa-verde-power.example")
_m24 = say(
    PERPETUA,
    "no-problem-eleven-mesa-verde",
    "interview",
    other=_ESP,
    subject="Interview - Grid Planning Engineer",
    when="2048-03-13 16:20",
    top="""No problem at all - 11:00 it is. I've updated the invite for Dr. Hwang and Jo Castellano.

Esperanza""",
    quotes=(
        gq(
            "2048-03-13 14:02",
            "America/Phoenix",
            who(PERPETUA.name, PERPETUA.addresses[0]),
            f"""Hi Esperanza, would it be possible to move {d(_S24)} from 9:00 to 11:00?
I have a school run I can't shift. Sorry! Perpetua""",
        ),
    ),
    label=lab(
        _S24,
        "America/Phoenix",
        None,
        company="Mesa Verde Power",
        role="Grid Planning Engineer",
        who=["Hwang", "Jo Castellano"],
        notes="User asked to move 9:00 to 11:00; the recruiter agrees. 'Dr. Hwang' as written.",
    ),
)

# 25. The agency consultant relays a move to the following week.
_OLD25, _S25 = "2048-03-19 14:00", "2048-03-24 14:30"
_m25 = say(
    LEANDRA,
    "agency-client-pushes-next-week-ostara",
    "interview",
    other=_PRI,
    subject="Ostara Mutual - final interview",
    when="2048-03-16 09:50",
    top=f"""Hi Leandra,

The client has asked to push Thursday's final to next week: {d(_S25)} at 2:30 PM ET,
same people (Glen and their VP Finance, Corinne Lachapelle), same office. Can you confirm
you're OK with that? I've told them yes provisionally as you said Tuesdays are easy.

Priyanka""",
    quotes=(
        gq(
            "2048-03-10 12:00",
            LEANDRA.timezone,
            who(*_PRI),
            f"Final interview confirmed for {d(_OLD25)} at 2:00 PM with Glen Abernathy and Corinne Lachapelle.",
        ),
    ),
    label=lab(
        _S25,
        LEANDRA.timezone,
        None,
        company="Ostara Mutual",
        who=["Glen Abernathy", "Corinne Lachapelle"],
        notes="Moved by the client; accepted provisionally by the consultant for the user.",
    ),
)

# 26. Reminder from the hiring manager's phone, the evening before.
_S26 = "2048-03-25 08:30"
_m26 = say(
    ROSALIND,
    "evening-before-reminder-pikes",
    "interview",
    other=_COLM,
    subject="Lab manager - second conversation",
    when="2048-03-24 18:55",
    agent="iPhone Mail (21A5312)",
    top=f"""Looking forward to our chat tomorrow at 8:30. I'll meet you in the lobby; Meg Arriaga from QA will join us for the tour.

{IPHONE}""",
    quotes=(
        aq(
            "2048-03-19 12:01",
            DEN,
            who(ROSALIND.name, ROSALIND.addresses[0]),
            f"{d(_S26)} at 8:30 is perfect. See you at the lab.",
        ),
    ),
    label=lab(
        _S26,
        DEN,
        None,
        company="Pikes Assay Labs",
        who=["Colm Ferriter", "Meg Arriaga"],
        emails=["colm.ferriter@pikes-assay.example"],
        notes="Reminder the evening before; tomorrow at 8:30 from the quote's date.",
    ),
)

# 27. The hiring manager cancels and promises to come back with a new time.
_S27 = "2048-03-20 10:00"
_m27 = say(
    CASSIUS,
    "hm-sick-cancel-salishan",
    "interview_cancelled",
    other=("Mei-Ling Sato", "mei-ling.sato@salishan-games.example"),
    subject="Friday's chat",
    when="2048-03-19 07:12",
    top="""Hi Cassius, I've come down with something nasty and need to cancel tomorrow's
call. Kit will be in touch to find a new time next week. Sorry!

Mei-Ling""",
    quotes=(
        gq(
            "2048-03-12 15:40",
            "America/Vancouver",
            who("Mei-Ling Sato", "mei-ling.sato@salishan-games.example"),
            f"Let's talk {d(_S27)} at 10 AM, I'll call you.",
        ),
    ),
    label=lab(
        _S27,
        "America/Vancouver",
        None,
        company="Salishan Games",
        who=["Mei-Ling Sato"],
        emails=["mei-ling.sato@salishan-games.example"],
        notes="Cancelled, no new time yet.",
    ),
)

MESSAGES = [
    _m1,
    _m2,
    _m3,
    _m4,
    _m5,
    _m6,
    _m7,
    _m8,
    _m9,
    _m10,
    _m11,
    _m12,
    _m13,
    _m14,
    _m15,
    _m16,
    _m17,
    _m18,
    _m19,
    _m20,
    _m21,
    _m22,
    _m23,
    _m24,
    _m25,
    _m26,
    _m27,
]
