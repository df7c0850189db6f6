"""Interviews settled by people: recruiters, agencies, hiring managers, founders (English)."""

from __future__ import annotations

from .kit import (
    AMARI,
    ANJALI,
    COLETTE,
    EILIDH,
    GWILYM,
    HARLAN,
    IMOGEN,
    JUAN,
    KAMAN,
    KEISHA,
    KEMAR,
    LACHLAN,
    MADDOX,
    NIAMH,
    ORLAGH,
    SHAY,
    TENDAI,
    d,
    dh,
    forwarded,
    lab,
    person,
    quoted,
)

LDN = "Europe/London"

MESSAGES = [
    person(
        GWILYM,
        "locked-in-thursday-cardiff-bay",
        "interview",
        frm=("Bethan Rowlands", "bethan.rowlands@dyfedtalent.example"),
        subject="RE: Cantref Analytics - Senior Data Engineer",
        date=dh("2040-07-09 10:14", LDN),
        body=(
            "Hi Gwilym,\n\n"
            "Brilliant, thanks for getting back to me so quickly. You're locked in for "
            f"{d('2040-07-12', 'uk')} at 2pm with Rhiannon Beddoe (Head of Data) at Cantref "
            "Analytics.\n\n"
            "It's at their Cardiff Bay office: Unit 4, Porth Teigr Way, 3rd floor. Ask for "
            "Rhiannon at reception and they'll bring you up. Allow about an hour; it's a "
            "conversational interview with a short whiteboard bit on pipeline design, nothing "
            "you need to prepare code for.\n\n"
            "Give me a ring afterwards and let me know how you got on.\n\n"
            "Diolch,\nBethan\n\n"
            "Bethan Rowlands | Principal Consultant | Dyfed Talent Partners\n"
            "07700 900 418"
            + quoted(
                "2040-07-09 09:02",
                LDN,
                "Gwilym Pritchard-Okoye <gwilym.pritchard@example.com>",
                "Hi Bethan, yes Thursday at 2 is fine for me. Cheers, Gwilym",
            )
            + quoted(
                "2040-07-06 16:40",
                LDN,
                "Bethan Rowlands <bethan.rowlands@dyfedtalent.example>",
                "Hi Gwilym, Cantref would like to meet you. Can you do Thursday at 2? "
                "If not they have Friday morning. Bethan",
            )
        ),
        label=lab(
            "2040-07-12 14:00",
            LDN,
            company="Cantref Analytics",
            role="Senior Data Engineer",
            who=["Rhiannon Beddoe"],
            notes="Agency confirms the time the user accepted; onsite; no zone named.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        ORLAGH,
        "phone-reply-see-you-monday-at-ten",
        "interview",
        frm=("Conor Faloon", "conor.faloon@laganquay.example"),
        subject="Re: Robotics technician role",
        date=dh("2040-07-11 19:52", LDN),
        body=(
            "Perfect, see you Monday at 10. Just ask for me at the front desk.\n\n"
            "Conor\n\nSent from my iPhone"
            + quoted(
                "2040-07-11 18:30",
                LDN,
                "Orlagh McCusker-Adeyemi <orlagh.mccusker@example.net>",
                "Hi Conor,\n\nThanks for this. 10am on the Monday suits me best.\n\nOrlagh",
            )
            + quoted(
                "2040-07-10 12:05",
                LDN,
                "Conor Faloon <conor.faloon@laganquay.example>",
                "Hi Orlagh,\n\nThanks for applying. Could you come in to meet me on "
                f"{d('2040-07-16', 'uk')}? I'm free any time between 10 and 12.\n\n"
                "We're at 9 Lagan Quay, Belfast BT1 3AA, second floor.\n\n"
                "Conor Faloon\nWorkshop Manager, Lagan Quay Robotics",
            )
        ),
        label=lab(
            "2040-07-16 10:00",
            LDN,
            company="Lagan Quay Robotics",
            role="Robotics technician",
            who=["Conor Faloon"],
            emails=["conor.faloon@laganquay.example"],
            notes="Mobile reply settles the time; the date is only in the quoted mail.",
        ),
        agent="iPhone Mail (21F90)",
    ),
    person(
        IMOGEN,
        "confirmed-wednesday-after-three-emails",
        "interview",
        frm=("Ruth Falle", "ruth.falle@havredespas.example"),
        subject="RE: Interview - Trust Manager",
        date=dh("2040-07-26 11:37", "Europe/Jersey"),
        body=(
            "Dear Imogen,\n\n"
            f"Thank you. {d('2040-08-01', 'uk')} at 3.30pm is confirmed. You will meet "
            "Marcus Vibert (Chief Financial Officer) and Hélène Le Sueur (Head of Fiduciary "
            "Audit) at our offices, 14 Esplanade, St Helier. The interview will last around "
            "an hour.\n\n"
            "Kind regards,\nRuth\n\n"
            "Ruth Falle\nHR Officer\nHavre des Pas Trust Services Limited"
            + quoted(
                "2040-07-25 20:11",
                "Europe/Jersey",
                "Imogen Le Brocq-Asante <imogen.lebrocq@example.com>",
                "Dear Ruth,\n\nThe Wednesday afternoon would suit me better, if that is "
                "still available.\n\nBest wishes,\nImogen",
                style="apple",
            )
            + quoted(
                "2040-07-25 09:15",
                "Europe/Jersey",
                "Ruth Falle <ruth.falle@havredespas.example>",
                "Dear Imogen,\n\nWe would like to invite you to an interview. Could you let "
                f"me know whether {d('2040-07-31', 'uk')} at 10am or {d('2040-08-01', 'uk')} "
                "at 3.30pm suits you?\n\nKind regards,\nRuth",
            )
        ),
        label=lab(
            "2040-08-01 15:30",
            "Europe/Jersey",
            company="Havre des Pas Trust Services",
            role="Trust Manager",
            who=["Marcus Vibert", "Hélène Le Sueur"],
            notes="Newest reply confirms one of two offered slots; titles in brackets.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        JUAN,
        "pencilled-in-phone-screen-douglas",
        "interview",
        frm=("Fenella Quayle", "fenella.quayle@snaefellgaming.example"),
        subject="Phone screen - QA Analyst",
        date=dh("2040-07-02 15:20", "Europe/Isle_of_Man"),
        body=(
            "Hi Juan,\n\n"
            "Thanks for your application for the QA Analyst role. I've pencilled you in for a "
            f"phone screen on {d('2040-07-06', 'uk')} at 11am. I'll call you on the mobile "
            "number on your CV; it'll take about 20 to 25 minutes.\n\n"
            "If that doesn't suit, just reply and we'll find another time.\n\n"
            "Thanks,\nFenella Quayle\nTalent Lead, Snaefell Gaming\nDouglas, Isle of Man"
        ),
        label=lab(
            "2040-07-06 11:00",
            "Europe/Isle_of_Man",
            company="Snaefell Gaming",
            role="QA Analyst",
            who=["Fenella Quayle"],
            emails=["fenella.quayle@snaefellgaming.example"],
            notes="Phone screen booked ('pencilled in'); the sender will call.",
        ),
        html=True,
    ),
    person(
        SHAY,
        "panel-bullet-list-europort",
        "interview",
        frm=("Sophie Cruz", "sophie.cruz@rockbaypay.example"),
        subject="Your interview with Rock Bay Payments - Tuesday 24 July",
        date=dh("2040-07-17 09:48", "Europe/Gibraltar"),
        body=(
            "Dear Shay,\n\n"
            f"We've got you down for {d('2040-07-24', 'uk')} at 9:30am at our office, "
            "Suite 7, Europort Building 7, Gibraltar. Please bring photo ID for the building "
            "security desk.\n\n"
            "Your interview panel will be:\n"
            "• Dylan Sacarello – Chief Risk Officer\n"
            "• Maria Guerrero – Compliance Manager\n"
            "• Kevin Bossino – Head of Payments Operations\n\n"
            "I'll meet you in reception but won't be joining the panel myself.\n\n"
            "Best regards,\nSophie Cruz\nPeople Coordinator"
        ),
        label=lab(
            "2040-07-24 09:30",
            "Europe/Gibraltar",
            company="Rock Bay Payments",
            who=["Dylan Sacarello", "Maria Guerrero", "Kevin Bossino"],
            notes="Panel as a bullet list; coordinator says she is not on the panel.",
        ),
        html=True,
    ),
    person(
        MADDOX,
        "founder-case-round-zoom",
        "interview",
        frm=("Tobias Wren", "tobias@wrenandfinch.example"),
        subject="Case round",
        date=dh("2040-06-22 17:03", "America/Los_Angeles"),
        body=(
            "Hey Maddox,\n\n"
            "Great chatting earlier. Let's do the case round Wed 6/27 at 1:30pm PT. You'll "
            "present to me and our CTO, Priya Dasgupta (priya@wrenandfinch.example). Plan on "
            "15 minutes of you walking us through the pricing case and 30 of questions.\n\n"
            "Zoom: https://us06web.zoom.us/j/84120937715?pwd=Wf3kRt\n\n"
            "Tobias\nCo-founder, Wren & Finch"
        ),
        label=lab(
            "2040-06-27 13:30",
            "America/Los_Angeles",
            company="Wren & Finch",
            who=["Tobias Wren", "Priya Dasgupta"],
            emails=["tobias@wrenandfinch.example", "priya@wrenandfinch.example"],
            notes="Numeric US date; 'PT' only; the founder is one of the two interviewers.",
        ),
        to="maddox.jobs@example.com",
        agent="Superhuman",
    ),
    person(
        HARLAN,
        "agency-second-stage-lakeshore",
        "interview",
        frm=("Gina Marchetti", "gina.marchetti@prairielinkstaffing.example"),
        subject="Confirmed: 2nd stage w/ Lakeshore Freight Systems",
        date=dh("2040-07-12 14:26", "America/Chicago"),
        body=(
            "Hi Harlan,\n\n"
            "Great news - you're confirmed for the second stage with Lakeshore Freight Systems "
            f"on {d('2040-07-17')} at 9:00 AM CT.\n\n"
            "It's onsite: 401 N. Wacker Example Plaza, 12th floor (check in with security in "
            "the lobby). You'll meet:\n\n"
            "Dana Kowalczyk, VP Engineering\n"
            "Luis Ortega, Staff Engineer\n\n"
            "Expect a system design conversation with Luis and a culture/leadership chat "
            "with Dana, roughly 90 minutes total. Business casual is fine.\n\n"
            "Call me after!\n\nGina Marchetti\nSenior Technical Recruiter | PrairieLink "
            "Staffing\n(312) 555-0147"
        ),
        label=lab(
            "2040-07-17 09:00",
            "America/Chicago",
            company="Lakeshore Freight Systems",
            who=["Dana Kowalczyk", "Luis Ortega"],
            notes="Agency confirms for the client; 'CT' only; interviewers one per line.",
        ),
        html=True,
    ),
    person(
        ANJALI,
        "fwd-hiring-manager-all-set-friday",
        "interview",
        frm=("Beth Ansari", "beth.ansari@hudsonmeridian.example"),
        subject="Fwd: Anjali - interview Friday",
        date=dh("2040-07-31 16:12", "America/New_York"),
        body=(
            "Hi Anjali - see below from Marcus, he's all set for Friday. He'll send the Teams "
            "link directly. Let me know if anything comes up!\n\nBeth\n\n"
            + forwarded(
                "2040-07-31 15:47",
                "America/New_York",
                "Marcus Feld <marcus.feld@hudsonmeridian.example>",
                "Beth Ansari <beth.ansari@hudsonmeridian.example>",
                "Re: Anjali Ravindran-Coyle",
                f"Hi Beth,\n\nHappy to meet Anjali on {d('2040-08-03')} at 11:30 ET. "
                "I'll send a Teams link.\n\nMarcus Feld\nDirector, Clinical Data Programs",
            )
        ),
        label=lab(
            "2040-08-03 11:30",
            "America/New_York",
            company="Hudson Meridian Health",
            who=["Marcus Feld"],
            emails=["marcus.feld@hudsonmeridian.example"],
            notes="The time is only in the forwarded note; 'ET' only.",
        ),
    ),
    person(
        NIAMH,
        "ten-on-the-tuesday-it-is",
        "interview",
        frm=("Deirdre Concannon", "deirdre.concannon@corribmed.example"),
        subject="RE: Quality Engineer interview",
        date=dh("2040-07-04 14:51", "Europe/Dublin"),
        body=(
            "Thanks Niamh, 10:00 on the Tuesday it is. You'll be speaking with Siobhán "
            "Tierney, our Engineering Manager; I'll send the Teams link separately.\n\n"
            "Deirdre\n"
            "________________________________\n"
            "From: Niamh Breathnach-Ogun <niamh.breathnach@example.org>\n"
            f"Sent: {d('2040-07-04', 'usy')} 1:20 PM\n"
            "To: Deirdre Concannon <deirdre.concannon@corribmed.example>\n"
            "Subject: Re: Quality Engineer interview\n\n"
            "Hi Deirdre,\n\nEither Monday 9th or Tuesday 10th July works, mornings preferably.\n\n"
            "Niamh\n"
            "________________________________\n"
            "From: Deirdre Concannon <deirdre.concannon@corribmed.example>\n"
            f"Sent: {d('2040-07-03', 'usy')} 4:02 PM\n"
            "Subject: Quality Engineer interview\n\n"
            "Hi Niamh,\n\nWe'd like to invite you to a first interview for the Quality "
            "Engineer role at Corrib Medical Devices. Could you send me a couple of times "
            "that suit you next week?\n\nDeirdre Concannon\nTalent Acquisition, Galway"
        ),
        label=lab(
            "2040-07-10 10:00",
            "Europe/Dublin",
            company="Corrib Medical Devices",
            role="Quality Engineer",
            who=["Siobhán Tierney"],
            notes="Outlook thread; 'the Tuesday' refers to Tuesday 10th July in the user's "
            "quoted reply.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        LACHLAN,
        "pairing-session-booked-sydney",
        "interview",
        frm=("Mei Lin Abernethy", "meilin@harbourbyte.example"),
        subject="Pairing session booked",
        date=dh("2040-07-18 16:40", "Australia/Sydney"),
        body=(
            "Hi Lachlan,\n\n"
            f"Your pairing session is booked for {d('2040-07-23', 'uk')}, 10:00am Sydney "
            "time. You'll pair with me and Tom Kruger (tom.kruger@harbourbyte.example) on a "
            "small refactoring exercise in TypeScript; no prep needed, bring your usual "
            "editor setup.\n\n"
            "Google Meet: https://meet.google.com/rzv-hqpt-ksa\n\n"
            "Cheers,\nMei Lin\nEngineering Lead, Harbourbyte"
        ),
        label=lab(
            "2040-07-23 10:00",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Harbourbyte",
            who=["Mei Lin Abernethy", "Tom Kruger"],
            emails=["meilin@harbourbyte.example", "tom.kruger@harbourbyte.example"],
            notes="Technical pairing round; 'Sydney time'.",
        ),
        html=True,
    ),
    person(
        EILIDH,
        "assessment-centre-aberdeen",
        "interview",
        frm=("Graduate Recruitment", "graduates@northseasubsea.example"),
        subject="Invitation to Assessment Centre - 2041 Graduate Engineering Scheme",
        date=dh("2040-07-05 08:30", LDN),
        body=(
            "Dear Eilidh,\n\n"
            "Congratulations on reaching the final stage of our 2041 Graduate Engineering "
            "Scheme. You are invited to attend our Assessment Centre on "
            f"{d('2040-07-18', 'uky')}, 08:45 to 16:30, at Granite City House, 310 Union "
            "Street, Aberdeen.\n\n"
            "The day includes a group exercise, a ten-minute presentation on a topic we will "
            "send you a week before, a technical case and a competency interview with two of "
            "our senior engineers. Lunch is provided.\n\n"
            "Please confirm your attendance by replying to this email.\n\n"
            "Yours sincerely,\nGraduate Recruitment Team\nNorth Sea Subsea Engineering"
        ),
        label=lab(
            "2040-07-18 08:45",
            LDN,
            company="North Sea Subsea Engineering",
            role="Graduate Engineering Scheme",
            notes="Assessment centre day with an interview; interviewers not named.",
        ),
        html=True,
    ),
    person(
        KEMAR,
        "final-round-ceo-cfo-bridgetown",
        "interview",
        frm=("Andrea Worrell", "andrea.worrell@carlislebayins.example"),
        subject="Final Interview - Actuarial Analyst",
        date=dh("2040-07-20 10:05", "America/Barbados"),
        body=(
            "Dear Mr. Thorne-Alleyne,\n\n"
            "Further to your interview last week, I am pleased to invite you to a final "
            "interview with our Chief Executive Officer, Mrs. Antoinette Greaves, and our "
            "Chief Financial Officer, Mr. Desmond Holder.\n\n"
            f"Date: {d('2040-07-26', 'uky')}\nTime: 2:00 p.m.\n"
            "Venue: Carlisle Bay Insurance, Boardroom, 5th Floor, Bay Street, Bridgetown\n\n"
            "Kindly confirm your availability at your earliest convenience.\n\n"
            "Yours faithfully,\n\nAndrea Worrell (Ms.)\nHuman Resources Manager"
        ),
        label=lab(
            "2040-07-26 14:00",
            "America/Barbados",
            company="Carlisle Bay Insurance",
            role="Actuarial Analyst",
            who=["Antoinette Greaves", "Desmond Holder"],
            notes="Formal letter; executives with honorifics; asks to confirm but the time is set.",
        ),
        html=True,
    ),
    person(
        TENDAI,
        "hr-will-call-you-harare",
        "interview",
        frm=("Nyasha Moyo", "nyasha.moyo@msasaagritech.example"),
        subject="Telephone interview - Field Data Officer",
        date=dh("2040-06-27 11:20", "Africa/Harare"),
        body=(
            "Good day Tendai,\n\n"
            "Thank you for your application for the Field Data Officer position. I will call "
            f"you on {d('2040-07-02')} at 15:00 (Harare time) for a telephone interview of "
            "about 30 minutes. My colleague Farai Mutasa from the agronomy team will be on "
            "the call as well.\n\n"
            "Please make sure you are somewhere quiet with good signal.\n\n"
            "Regards,\nNyasha Moyo\nHR Officer, Msasa Agritech"
        ),
        label=lab(
            "2040-07-02 15:00",
            "Africa/Harare",
            "Africa/Harare",
            company="Msasa Agritech",
            role="Field Data Officer",
            who=["Nyasha Moyo", "Farai Mutasa"],
            emails=["nyasha.moyo@msasaagritech.example"],
            notes="'I will call you'; the HR officer conducts the call with a colleague.",
        ),
    ),
    person(
        KEISHA,
        "sounds-good-see-you-tuesday",
        "interview",
        frm=("Jordan Pietrowski", "jpietrowski@bayouenergyanalytics.example"),
        subject="Re: Follow-up conversation",
        date=dh("2040-08-09 21:14", "America/Chicago"),
        body=(
            "Sounds good! See you Tuesday at 4:30.\n\n-Jordan\n\nSent from my phone"
            + quoted(
                "2040-08-09 20:02",
                "America/Chicago",
                "Keisha Toussaint-Webb <keisha.toussaint@example.org>",
                f"Hi Jordan,\n\n{d('2040-08-14')} at 4:30 works for me. Should I come to "
                "the Westchase office?\n\nThanks,\nKeisha",
            )
            + quoted(
                "2040-08-09 11:15",
                "America/Chicago",
                "Jordan Pietrowski <jpietrowski@bayouenergyanalytics.example>",
                "Hi Keisha,\n\nI'd like to continue our conversation in person. I have "
                f"{d('2040-08-14')} after 4 or Wednesday morning. Yes, Westchase office.\n\n"
                "Jordan Pietrowski\nHiring Manager, Market Analytics\nBayou Energy Analytics",
            )
        ),
        label=lab(
            "2040-08-14 16:30",
            "America/Chicago",
            company="Bayou Energy Analytics",
            who=["Jordan Pietrowski"],
            emails=["jpietrowski@bayouenergyanalytics.example"],
            notes="Two-line reply settles the time proposed in the user's quoted mail.",
        ),
    ),
    person(
        COLETTE,
        "presentation-round-atlantic-time",
        "interview",
        frm=("Natalie Poirier", "npoirier@petitcodiacfoods.example"),
        subject="Presentation round confirmed",
        date=dh("2040-06-15 13:33", "America/Moncton"),
        body=(
            "Hi Colette,\n\n"
            f"Your presentation round is confirmed for {d('2040-06-21')} at 1:00 p.m. "
            "Atlantic time, at our head office (88 Main Street, Moncton).\n\n"
            "You'll give a 20-minute presentation on the launch plan we discussed to Réjean "
            "Cormier (General Manager) and Tanya LeBlanc (Marketing Director), followed by "
            "about 30 minutes of questions. A projector and HDMI cable will be in the room.\n\n"
            "Best,\nNatalie Poirier\nPeople & Culture, Petitcodiac Foods"
        ),
        label=lab(
            "2040-06-21 13:00",
            "America/Moncton",
            "America/Halifax",
            company="Petitcodiac Foods",
            who=["Réjean Cormier", "Tanya LeBlanc"],
            notes="'Atlantic time' read as the Atlantic region (America/Halifax, same offset "
            "as Moncton).",
        ),
        html=True,
    ),
    person(
        AMARI,
        "moved-to-monday-same-link",
        "interview",
        frm=("Renee Castellano", "rcastellano@greatlakesgenomics.example"),
        subject="Updated time: your interview with Great Lakes Genomics",
        date=dh("2040-07-25 09:10", "America/Detroit"),
        body=(
            "Hi Amari,\n\n"
            "Apologies for moving things around. Dr. Okafor had a conflict come up, so we've "
            f"moved your interview to {d('2040-07-30')} at 10:00 AM Eastern. Same Teams "
            "link as before.\n\n"
            "Your interviewers are still Dr. Nnamdi Okafor (Director of Bioinformatics) and "
            "Jill Barnaby (Senior Scientist).\n\n"
            "Thanks for your flexibility,\nRenee Castellano\nRecruiting Coordinator"
        ),
        label=lab(
            "2040-07-30 10:00",
            "America/Detroit",
            company="Great Lakes Genomics",
            who=["Nnamdi Okafor", "Jill Barnaby"],
            notes="Reschedule carrying the new time; 'Eastern' only.",
        ),
        html=True,
    ),
    person(
        KAMAN,
        "parking-directions-time-settled-earlier",
        "interview",
        frm=("Winnie Lao", "winnie.lao@coloanehospitality.example"),
        subject="RE: RE: RE: Revenue Analyst interview",
        date=dh("2040-08-20 17:55", "Asia/Macau"),
        body=(
            "Hi Ka-man,\n\nAttaching the parking map and visitor pass for Thursday. Take the "
            "lift to the 18th floor and call me from the lobby.\n\nSee you then!\nWinnie"
            + quoted(
                "2040-08-20 12:10",
                "Asia/Macau",
                "Leong Ka-man <kaman.leong@example.com>",
                "Thanks Winnie, that's perfect. Is there visitor parking?\n\nKa-man",
            )
            + quoted(
                "2040-08-20 10:02",
                "Asia/Macau",
                "Winnie Lao <winnie.lao@coloanehospitality.example>",
                "Hi Ka-man,\n\nGood news: you're confirmed for "
                + d("2040-08-23")
                + " at 10:30am at our Cotai office with Alvin Ho (Director of Revenue) and "
                "Patricia Sousa (Finance Controller).\n\nWinnie Lao\nTalent Acquisition, "
                "Coloane Hospitality Group",
            )
        ),
        label=lab(
            "2040-08-23 10:30",
            "Asia/Macau",
            company="Coloane Hospitality Group",
            role="Revenue Analyst",
            who=["Alvin Ho", "Patricia Sousa"],
            notes="The newest reply only says 'Thursday'; the time is two quotes down.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
]
