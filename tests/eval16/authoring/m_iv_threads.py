"""Interviews settled by people: threads, replies, relays and agencies (English)."""

from __future__ import annotations

from .kit import (
    AVIAJA,
    BRADY,
    DEVIKA,
    HEMI,
    JARRAH,
    KEISHA,
    KITTIPAT,
    MARISOL,
    MATILDA,
    PADRAIG,
    RACHEL,
    SIPHO,
    TOBIAS,
    YAEL,
    d,
    dh,
    forwarded,
    gcal,
    lab,
    msgid,
    person,
    quoted,
)

MESSAGES = [
    person(
        TOBIAS,
        "pennine-search-client-interview-leeds",
        "interview",
        frm=("Jodie Marchbank", "jodie.marchbank@penninesearch.example"),
        subject="RE: Financial Controller - Aireborough Foods - interview confirmed",
        date=dh("2035-03-26 12:14", "Europe/London"),
        body=(
            "Hi Tobias,\n\nGreat news - Aireborough have come back and would like to meet "
            f"you on {d('2035-04-03', 'uk')} at 10.30am at their head office in Leeds "
            "(Kirkstall Road, park in the visitor bays). You'll be seeing Fiona Brackenridge, "
            "their Finance Director, and Gareth Lomax from the group finance team. Allow "
            "about an hour and a half; there's a short Excel exercise at the end.\n\n"
            "Give me a ring before if you want to run through anything.\n\n"
            "Kind regards,\nJodie\n\nJodie Marchbank | Senior Consultant, Accountancy & "
            "Finance\nPennine Search Partners\n"
            + quoted(
                "2035-03-23 17:50",
                "Europe/London",
                "Tobias Ashcombe-Nwosu <tobias.ashcombe@example.com>",
                "Hi Jodie, any news from Aireborough? I'm free most of the week after next "
                "apart from the Monday.\n\nThanks, Tobias",
                "outlook",
            )
        ),
        agent="Microsoft Outlook 16.0",
        html=True,
        label=lab(
            "2035-04-03 10:30",
            "Europe/London",
            None,
            company="Aireborough Foods",
            role="Financial Controller",
            who=["Fiona Brackenridge", "Gareth Lomax"],
            notes="Agency consultant relays the client's interview; the consultant is not an "
            "interviewer.",
        ),
    ),
    person(
        MATILDA,
        "wattlestreet-hm-confirms-quoted-slot",
        "interview",
        frm=("Callum Reyes", "callum.reyes@wattlestreet.example"),
        subject="Re: Next steps - Senior Product Designer",
        date=dh("2035-04-05 19:22", "Australia/Sydney"),
        body=(
            "Thursday works - see you at 2. I'll send a Teams link in the morning.\n\n"
            "Callum\n\nSent from my iPhone\n"
            + quoted(
                "2035-04-05 16:03",
                "Australia/Sydney",
                "Matilda Greaves-Okoro <matilda.greaves@example.com>",
                "Hi Callum,\n\nThanks for getting back to me so quickly. I could do "
                f"{d('2035-04-12', 'uk')} at 2pm, or {d('2035-04-13', 'uk')} at 11am if that's "
                "easier.\n\nBest,\nMatilda",
                "apple",
            )
            + quoted(
                "2035-04-05 11:40",
                "Australia/Sydney",
                "Callum Reyes <callum.reyes@wattlestreet.example>",
                "Hi Matilda, loved your portfolio. Could you send me a couple of times next "
                "week for a 45 minute chat with me? I run the design team.\n\nCallum",
                "apple",
            )
        ),
        in_reply_to=msgid("wattlestreet-user-proposes", "example.com"),
        label=lab(
            "2035-04-12 14:00",
            "Australia/Sydney",
            None,
            company="Wattle Street Studio",
            role="Senior Product Designer",
            who=["Callum Reyes"],
            emails=["callum.reyes@wattlestreet.example"],
            notes="The date is only in the quoted mail: 'Thursday ... at 2' picks the user's "
            "first option.",
        ),
    ),
    person(
        AVIAJA,
        "qajaq-seafood-interview-nuuk-switch",
        "interview",
        frm=("Malik Berthelsen", "malik.berthelsen@qajaqseafood.example"),
        subject="Interview for the Quality Coordinator position",
        date=dh("2035-03-21 13:05", "America/Nuuk"),
        body=(
            "Dear Aviaja,\n\nThank you for your application for the Quality Coordinator "
            "position. We would like to invite you to an interview at our office on the "
            f"harbour on {d('2035-03-29', 'uky')} at 10:00 Nuuk time.\n\n"
            "You will meet me and our production manager, Pilunnguaq Heilmann. Please note "
            "that Greenland moves to summer time this weekend, the time above is the local "
            "time on the day.\n\nPlease confirm that the time suits you.\n\n"
            "Best regards\nMalik Berthelsen\nHR, Qajaq Seafood A/S\n"
        ),
        label=lab(
            "2035-03-29 10:00",
            "America/Nuuk",
            "America/Nuuk",
            company="Qajaq Seafood",
            role="Quality Coordinator",
            who=["Malik Berthelsen", "Pilunnguaq Heilmann"],
            emails=["malik.berthelsen@qajaqseafood.example"],
            notes="Sent at -02, interview at -01 after Greenland's switch on the night of "
            "24 to 25 March; a fixed time with a request to confirm.",
        ),
    ),
    person(
        BRADY,
        "aspen-ridge-referral-forwards-hm-note",
        "interview",
        frm=("Luis Carbajal", "lcarbajal.home@example.net"),
        subject="Fwd: Brady H-R / platform role",
        date=dh("2035-03-14 20:41", "America/Denver"),
        body=(
            "Hey Brady - Nadia asked me to pass this along since she didn't have your "
            "personal email yet. Good luck man, they're a great bunch.\n\nLuis\n\n"
            + forwarded(
                "2035-03-14 16:12",
                "America/Denver",
                "Nadia Rahimi <nrahimi@aspenridgelabs.example>",
                "Luis Carbajal <lcarbajal@aspenridgelabs.example>",
                "Brady H-R / platform role",
                "Thanks for the referral, Luis. I've put Brady down for "
                f"{d('2035-03-19', 'us')} at 1pm Mountain with me and Felix Abernathy "
                "(platform lead). Zoom: https://aspenridgelabs.zoom.us/j/84402216650 . If the "
                "time doesn't work he can email me directly.\n\nNadia Rahimi\nEngineering "
                "Manager, Aspen Ridge Labs",
            )
        ),
        label=lab(
            "2035-03-19 13:00",
            "America/Denver",
            "America/Denver",
            company="Aspen Ridge Labs",
            who=["Nadia Rahimi", "Felix Abernathy"],
            emails=["nrahimi@aspenridgelabs.example"],
            notes="A referrer relays the hiring manager's note from his personal address; "
            "'Mountain' names the zone.",
        ),
    ),
    person(
        SIPHO,
        "karoo-payments-moved-to-thursday",
        "interview",
        frm=("Lerato Nkosi", "lerato@karoopayments.example"),
        subject="Re: Karoo Payments: intro interview",
        date=dh("2035-02-26 08:15", "Africa/Johannesburg"),
        body=(
            "Morning Sipho,\n\nSorry to do this - I've been pulled into a board prep session "
            "tomorrow afternoon. Could we move our chat to Thursday 1 March, same time? I've "
            "already moved the booking on my side so you should get an updated invite.\n\n"
            "Thanks for being flexible,\nLerato\n"
            + quoted(
                "2035-02-21 10:02",
                "Africa/Johannesburg",
                "SavvyCal <notifications@savvycal.com>",
                "You're scheduled with Lerato Nkosi.\n\nKaroo Payments: intro interview\n"
                f"{d('2035-02-27', 'uky')}\n3:30pm - 4:15pm\nSouth Africa Standard Time",
            )
        ),
        label=lab(
            "2035-03-01 15:30",
            "Africa/Johannesburg",
            "Africa/Johannesburg",
            company="Karoo Payments",
            who=["Lerato Nkosi"],
            emails=["lerato@karoopayments.example"],
            notes="Reschedule that moves only the day ('same time'); the time and zone are "
            "only in the quoted booking.",
        ),
    ),
    person(
        RACHEL,
        "quillwork-uk-time-to-singapore",
        "interview",
        frm=("Imogen Castellane", "imogen@quillwork.example"),
        subject="Quillwork Labs - call with Anand and Bea",
        date=dh("2035-03-01 10:48", "Europe/London"),
        body=(
            "Hi Rachel,\n\nThanks again for the great first chat. The next step is a video "
            "call with Anand, our CTO, and Bea, who heads up design. They've blocked out "
            f"{d('2035-03-07', 'uk')} at 9am UK time (5pm for you in Singapore), for about "
            "an hour. I'll send the Google Meet link the day before.\n\nBest,\nImogen "
            "Castellane\nPeople Lead, Quillwork Labs\n"
        ),
        html=True,
        label=lab(
            "2035-03-07 09:00",
            "Europe/London",
            "Europe/London",
            company="Quillwork Labs",
            who=["Anand", "Bea"],
            notes="Time in the sender's zone with the user's local time beside it; "
            "interviewers only by first name in prose.",
        ),
    ),
    person(
        DEVIKA,
        "fraser-river-credit-three-message-thread",
        "interview",
        frm=("Jasmeet Grewal", "jgrewal@fraserrivercredit.example"),
        subject="RE: Senior Risk Analyst - interview availability",
        date=dh("2035-03-09 14:02", "America/Vancouver"),
        body=(
            "Hi Devika,\n\nLet's lock in Thursday at 11:30 then. It will be with Owen "
            "Lachance (Director, Credit Risk) and me, at our Burnaby branch, 2nd floor. "
            "Parking is free behind the building.\n\nJasmeet Grewal\nHR Advisor, Fraser "
            "River Credit Union\n"
            + quoted(
                "2035-03-08 21:30",
                "America/Vancouver",
                "Devika Sandhu-Morrison",
                "Hi Jasmeet,\n\nThursday at 11:30 would be best for me, but Wednesday at 2 "
                "also works if that's easier.\n\nThanks,\nDevika",
                "outlook",
            )
            + quoted(
                "2035-03-08 09:15",
                "America/Vancouver",
                "Jasmeet Grewal",
                "Hi Devika,\n\nWe'd like to invite you to an in-person interview next week. "
                f"Would any of these work: {d('2035-03-13', 'us')} at 9:00, "
                f"{d('2035-03-14', 'us')} at 2:00 or {d('2035-03-15', 'us')} at 11:30?\n\n"
                "Jasmeet",
                "outlook",
            )
        ),
        agent="Microsoft Outlook 16.0",
        label=lab(
            "2035-03-15 11:30",
            "America/Vancouver",
            None,
            company="Fraser River Credit Union",
            role="Senior Risk Analyst",
            who=["Owen Lachance", "Jasmeet Grewal"],
            emails=["jgrewal@fraserrivercredit.example"],
            notes="Three-message thread: only the newest reply settles Thursday; the date is "
            "in the oldest quoted mail; PDT after the 11 March switch.",
        ),
    ),
    person(
        KEISHA,
        "hollis-wren-outlook-ios-confirmed",
        "interview",
        frm=("Marcus Hollis", "mhollis@holliswren.example"),
        subject="Re: Availability for a conversation",
        date=dh("2035-03-27 07:58", "America/New_York"),
        body=(
            "Confirmed for Friday at 9:30. I'll call your cell.\n\nMarcus\n\n"
            "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
            + quoted(
                "2035-03-26 22:10",
                "America/New_York",
                "Keisha Delacroix-Burns",
                "Hi Marcus,\n\nThank you for reaching out about the operations director role. "
                f"I'm available {d('2035-03-30', 'us')} at 9:30 or 1:00 (Eastern).\n\nBest,\n"
                "Keisha",
                "outlook",
            )
        ),
        label=lab(
            "2035-03-30 09:30",
            "America/New_York",
            "America/New_York",
            company="Hollis & Wren",
            role="operations director",
            who=["Marcus Hollis"],
            emails=["mhollis@holliswren.example"],
            notes="Phone reply confirming one of the user's quoted times; 'Eastern' only in "
            "the quote.",
        ),
    ),
    person(
        PADRAIG,
        "cabot-offshore-rebooked-interview",
        "interview",
        frm=("Trudy Penney", "tpenney@cabotoffshore.example"),
        subject="HSE Coordinator interview - new date",
        date=dh("2035-03-22 11:37", "America/St_Johns"),
        body=(
            "Hi Pádraig,\n\nWade is back onshore, so we've rebooked your interview for "
            f"{d('2035-03-27', 'usy')} at 10:30 a.m. Newfoundland time, same Teams link as "
            "before. It will be Wade Rideout and Sheila Foley from our operations team.\n\n"
            "Thanks for your patience,\nTrudy Penney\nHuman Resources, Cabot Offshore\n"
        ),
        agent="Microsoft Outlook 16.0",
        label=lab(
            "2035-03-27 10:30",
            "America/St_Johns",
            "America/St_Johns",
            company="Cabot Offshore",
            role="HSE Coordinator",
            who=["Wade Rideout", "Sheila Foley"],
            emails=[],
            notes="Follow-up to a cancellation, giving the new time.",
        ),
    ),
    person(
        HEMI,
        "aotearoa-rail-graduate-assessment-day",
        "interview",
        frm=("Aotearoa Rail Graduate Team", "graduates@aotearoarail.example"),
        subject="Invitation: Graduate Engineering Assessment Centre",
        date=dh("2035-04-02 12:00", "Pacific/Auckland"),
        body=(
            "Kia ora Hemi,\n\nCongratulations on progressing to the final stage of our 2036 "
            "Graduate Engineering Programme. We'd like to invite you to our Assessment "
            f"Centre in Wellington on {d('2035-04-18', 'uky')}.\n\n"
            "Programme (NZ time)\n8:30am Arrival and welcome\n9:00am Interview with two of "
            "our engineering managers\n10:15am Group exercise\n12:30pm Lunch and depot "
            "tour\n\nTravel from Auckland is covered; our travel team will be in touch "
            "to book flights.\n\nNgā mihi,\nAotearoa Rail Graduate Team\n"
        ),
        html=True,
        label=lab(
            "2035-04-18 09:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Aotearoa Rail",
            role="Graduate Engineering Programme",
            notes="Assessment centre: the interview at 9:00 opens the assessed day (arrival "
            "at 8:30 is not it); interviewers unnamed.",
        ),
    ),
    person(
        JARRAH,
        "spinifex-mining-site-visit-phone-reply",
        "interview",
        frm=("Bruce Talbot", "bruce.talbot@spinifexmining.example"),
        subject="Re: Geotech role - second interview",
        date=dh("2035-03-27 06:12", "Australia/Perth"),
        body=(
            "Yep Mon 9am at the West Perth office is fine, I'll have Kylie from the pit "
            "team join us. Ask for me at reception.\n\nBruce\n\nSent from my Galaxy\n"
            + quoted(
                "2035-03-26 20:45",
                "Australia/Perth",
                "Jarrah Whitlock-Huang <jarrah.whitlock@example.org>",
                f"Hi Bruce, thanks for the call today. For the second interview I could do "
                f"{d('2035-04-02', 'uk')} at 9am or {d('2035-04-03', 'uk')} any time after "
                "1pm.\n\nCheers,\nJarrah",
            )
        ),
        label=lab(
            "2035-04-02 09:00",
            "Australia/Perth",
            None,
            company="Spinifex Mining",
            role="Geotechnical Engineer",
            who=["Bruce Talbot", "Kylie"],
            emails=["bruce.talbot@spinifexmining.example"],
            notes="Android reply; date only in the quoted options ('Mon 9am').",
        ),
    ),
    person(
        YAEL,
        "carmel-optics-third-round-sunday",
        "interview",
        frm=("Nitzan Ben-Ami", "nitzan.benami@carmeloptics.example"),
        subject="RE: Second interview - Yael Mizrahi-Stern (Optical Design Engineer)",
        date=dh("2035-03-27 17:20", "Asia/Jerusalem"),
        body=(
            "Hi Yael,\n\nThank you for yesterday, Avigail was very positive. The last step "
            "is a meeting with our VP R&D, Eitan Golan, at our Yokneam office on Sunday "
            "1 April at 10:00. He prefers to meet in person; I'll be there to welcome you.\n\n"
            "Nitzan\n"
        ),
        agent="Microsoft Outlook 16.0",
        html=True,
        label=lab(
            "2035-04-01 10:00",
            "Asia/Jerusalem",
            None,
            company="Carmel Optics",
            role="Optical Design Engineer",
            who=["Eitan Golan"],
            notes="Sunday is a working day in Israel; the coordinator only welcomes.",
        ),
    ),
    gcal(
        MARISOL,
        "copperline-prep-call-invite-interview-in-text",
        "interview",
        start="2035-04-16 16:00",
        zone="America/Phoenix",
        minutes=30,
        summary="Prep call: Marisol / Copperline Talent (Desert Sky Solar)",
        organizer=("Trent Vasquez", "trent@copperlinetalent.example"),
        guests=[("Trent Vasquez", "trent@copperlinetalent.example")],
        date=dh("2035-04-12 14:18", "America/Phoenix"),
        note_text=(
            "Hi Marisol - your interview with Desert Sky Solar is confirmed for "
            f"{d('2035-04-18', 'us')} at 9:00 AM Arizona time, onsite at their Chandler "
            "office, with Rhett Calloway (VP Engineering) and Lorna Pike (Project Controls "
            "Manager). This invite is just for our 30-minute prep call on Monday so we can "
            "go over their process.\n\nTrent Vasquez\nCopperline Talent"
        ),
        meet="ctr-hjvq-ouy",
        label=lab(
            "2035-04-18 09:00",
            "America/Phoenix",
            "America/Phoenix",
            company="Desert Sky Solar",
            who=["Rhett Calloway", "Lorna Pike"],
            calendar_is_not_the_interview=True,
            notes="The calendar is the agency's prep call; the interview is only in the "
            "description.",
        ),
    ),
    person(
        KITTIPAT,
        "siam-cloud-time-only-in-subject",
        "interview",
        frm=("Nattaya Chaiyaporn", "nattaya.c@siamcloud.example"),
        subject=f"Siam Cloud interview - {d('2035-03-06', 'abbr')}, 10:00 (Bangkok time)",
        date=dh("2035-03-01 18:22", "Asia/Bangkok"),
        body=(
            "Hi Kittipat,\n\nAs per the subject. You'll meet Khun Anuwat Rattanakosin (Head "
            "of Research Ops) at our office, 21st floor, Sathorn Square. Please register "
            "with building security in the lobby.\n\nThank you ka,\nNattaya\n"
        ),
        label=lab(
            "2035-03-06 10:00",
            "Asia/Bangkok",
            "Asia/Bangkok",
            company="Siam Cloud",
            who=["Anuwat Rattanakosin"],
            notes="Date and time only in the subject ('As per the subject').",
        ),
    ),
]
