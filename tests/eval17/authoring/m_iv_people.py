"""Interviews settled by people in English: terse replies, relays, itineraries, threads."""

from __future__ import annotations

from tests.eval17.authoring.kit import (
    ANGELICA,
    CHUNHEI,
    CIARAN,
    ELLIOT,
    GIULIA,
    HARRIET,
    JAMAL,
    KAVYA,
    LEILANI,
    MANAIA,
    MARCUS,
    MIKKEL,
    SASKIA,
    SEOYEON,
    TAMAR,
    TATUM,
    TEMI,
    d,
    dh,
    forwarded,
    lab,
    person,
    quoted,
    t12,
)

MESSAGES = []
add = MESSAGES.append

# 1. A one-line phone reply; the day is only in the user's quoted message.
add(
    person(
        HARRIET,
        "quarrybank-hm-tmrw-3-works",
        "interview",
        frm=("Rosalind Achterberg", "r.achterberg@quarrybank-analytics.example"),
        subject="Re: Analytics Engineer - next step",
        date=dh("2036-10-15 18:42", "Europe/London"),
        in_reply_to="<CAF7q2x9Lmw+harriet.penhaligon@mail.example.net>",
        agent="Outlook-iOS/2.0",
        body=(
            "tmrw 3 works. I'll grab a room and send a Teams link in the morning\n\n"
            "R\n\nGet Outlook for iOS\n"
            + quoted(
                "2036-10-15 17:05",
                "Europe/London",
                "Harriet Penhaligon-Obi <harriet.penhaligon@example.net>",
                "Hi Rosalind,\n\nThanks for getting back to me so quickly. I could do "
                "tomorrow (Thursday) at 3pm or Friday before 11 - whichever suits you "
                "best.\n\nBest,\nHarriet",
                "outlook",
            )
        ),
        label=lab(
            "2036-10-16 15:00",
            "Europe/London",
            company="Quarrybank Analytics",
            role="Analytics Engineer",
            who=["Rosalind Achterberg"],
            emails=["r.achterberg@quarrybank-analytics.example"],
            notes="hiring manager picks the user's first offer: tomorrow (Thu 16 Oct) 3pm",
        ),
    )
)

# 2. An agency confirmation for the Monday after North America's switch.
add(
    person(
        MARCUS,
        "lanternfish-agency-confirmed-monday-eastern",
        "interview",
        frm=("Gabriel Okonedo | Halyard Talent", "gabriel@halyardtalent.example"),
        subject="CONFIRMED: Lanternfish Capital - 1st round Monday",
        date=dh("2036-10-29 16:20", "America/New_York"),
        html=True,
        body=(
            "Marcus,\n\nGreat news - Lanternfish came straight back and you're confirmed:\n\n"
            "Date: Monday 11/3\nTime: 10:30am Eastern (clocks go back on Sunday, "
            "so double-check your calendar)\n"
            "Format: video, they'll send a Zoom link from their side\n"
            "You'll meet: Dana Whitlock, VP Engineering, and Sunil Varghese (Staff Engineer)\n\n"
            "Dana likes to go deep on the distributed ledger work on your resume, so have "
            "numbers ready. Give me a call Friday and we'll prep.\n\n"
            "Gabriel Okonedo\nSenior Consultant, Halyard Talent Partners\n"
            "m. 212-555-0148\n"
        ),
        label=lab(
            "2036-11-03 10:30",
            "America/New_York",
            "America/New_York",
            company="Lanternfish Capital",
            who=["Dana Whitlock", "Sunil Varghese"],
            notes="agency relay; Monday 11/3 10:30 Eastern is EST (after the 2 Nov switch)",
        ),
    )
)

# 3. The newest mail of an Outlook thread settles the time; older proposals are quoted.
_ciaran_old = (
    "From: Orla Brennan <orla.brennan@harbourgate.example>\n"
    f"Sent: {d('2036-10-20', 'uky').replace(' ', ', ', 1)} 09:14\n"
    "To: Ciarán Ó Dálaigh-Mensah\nSubject: RE: Panel interview - Senior Data Analyst\n\n"
    "Hi Ciarán,\n\nWould Monday 27th at 10:00 work instead? Feargal is travelling on the 28th.\n"
)
add(
    person(
        CIARAN,
        "harbourgate-thread-locked-in-tuesday",
        "interview",
        frm=("Orla Brennan", "orla.brennan@harbourgate.example"),
        subject="RE: Panel interview - Senior Data Analyst",
        date=dh("2036-10-21 15:37", "Europe/Dublin"),
        html=True,
        extra=[("Thread-Topic", "Panel interview - Senior Data Analyst")],
        body=(
            "Hi Ciarán,\n\nApologies for all the back and forth! Feargal has now moved his "
            "trip, so we're locked in for the original slot after all:\n\n"
            f"{d('2036-10-28', 'uky')}, 11:00 (Irish time), 2nd floor, Harbourgate House, "
            "Sir John Rogerson's Quay\n\n"
            "Panel: Niamh Cosgrave (Head of Analytics) and Feargal Tierney (Finance Director). "
            "Please bring photo ID for reception.\n\n"
            "Kind regards,\nOrla Brennan\nTalent Acquisition Coordinator | Harbourgate Insurance DAC\n\n"
            "________________________________\n" + _ciaran_old + "\n"
            "________________________________\n"
            "From: Ciarán Ó Dálaigh-Mensah <ciaran.odalaigh@example.com>\n"
            "Sent: Monday, 20 October 2036 08:51\nSubject: RE: Panel interview\n\n"
            "Hi Orla, Tuesday 28th at 11 suits me well. Thanks, Ciarán\n"
        ),
        label=lab(
            "2036-10-28 11:00",
            "Europe/Dublin",
            "Europe/Dublin",
            company="Harbourgate Insurance",
            role="Senior Data Analyst",
            who=["Niamh Cosgrave", "Feargal Tierney"],
            notes="newest reply restores the original Tue 28 Oct 11:00 slot (now GMT, after 26 Oct)",
        ),
    )
)

# 4. A founder who interviews himself, no zone named.
add(
    person(
        ELLIOT,
        "kelpworks-founder-office-visit",
        "interview",
        frm=("Theo Vasquez-Lindgren", "theo@kelpworks.example"),
        subject="Come by the office?",
        date=dh("2036-10-06 21:03", "America/Los_Angeles"),
        agent="Superhuman",
        body=(
            "Hey Elliot -\n\nLoved your take on the battery telemetry problem. Rather than "
            "another video call, want to come by the shop in Richmond? "
            f"{d('2036-10-09', 'short')} at {t12('2036-10-09 16:30', compact=True)} is "
            "locked on my calendar for you - you'll meet me and our CTO Priyanka Deshpande, "
            "and we'll walk you through the rig. Expect about 90 min.\n\n"
            "Address: 1200 Marina Way S, Unit 4 (the door with the kelp mural)\n\n"
            "Theo\nFounder, Kelpworks\n"
        ),
        label=lab(
            "2036-10-09 16:30",
            "America/Los_Angeles",
            company="Kelpworks",
            who=["Theo Vasquez-Lindgren", "Priyanka Deshpande"],
            emails=["theo@kelpworks.example"],
            notes="founder sets Thu Oct 9 4:30pm and interviews himself with the CTO",
        ),
    )
)

# 5. An executive assistant writes for the chief executive (Lagos time named).
add(
    person(
        TEMI,
        "okeogun-ea-meeting-with-ceo",
        "interview",
        frm=("Office of the CEO - Okeogun Holdings", "ceo.office@okeogun-holdings.example"),
        subject="Meeting with the Group CEO - Head of Treasury role",
        date=dh("2036-10-13 11:26", "Africa/Lagos"),
        html_only=True,
        body=(
            "Dear Ms. Adebayo-Quartey,\n\n"
            "Further to your discussions with our Human Capital team, the Group Chief "
            "Executive Officer, Mr. Chukwuemeka Okonjo-Bright, would like to meet with you "
            f"on {d('2036-10-17', 'uk')} at 2:00 p.m. (Lagos time) at our head office, "
            "14 Idejo Street, Victoria Island.\n\n"
            "The meeting will last about one hour. Kindly acknowledge receipt of this "
            "mail.\n\nYours faithfully,\n\nFunmilayo Aderinto\nExecutive Assistant to the GCEO\n"
        ),
        label=lab(
            "2036-10-17 14:00",
            "Africa/Lagos",
            "Africa/Lagos",
            company="Okeogun Holdings",
            role="Head of Treasury",
            who=["Chukwuemeka Okonjo-Bright"],
            notes="EA arranges only; the CEO is the interviewer",
        ),
    )
)

# 6. An onsite itinerary to the user's second address; the day opens with check-in.
_jamal_sched = (
    "8:45 - 9:15  Arrival, badge pickup, coffee with Kendra (recruiting)\n"
    "9:15 - 10:00  Hiring manager: Owen Pietrowski, Director of Network Planning\n"
    "10:00 - 10:45  Technical deep dive: Rachel Oyelaran-Fisk, Principal Engineer\n"
    "10:45 - 11:30  Case exercise: Benedikt Sauer, Senior Planner\n"
    "11:30 - 12:15  Lunch with the team (not evaluated!)\n"
)
add(
    person(
        JAMAL,
        "prairieline-onsite-itinerary",
        "interview",
        frm=("Kendra Mulligan", "kendra.mulligan@prairieline.example"),
        to="jw.jobsearch@example.net",
        subject="Your onsite itinerary - Wednesday",
        date=dh("2036-10-31 14:10", "America/Chicago"),
        html=True,
        body=(
            "Hi Jamal,\n\nWe're all set for your onsite on "
            f"{d('2036-11-05', 'us')}! Here is the plan (all times Central):\n\n"
            + _jamal_sched
            + "\nPark in the visitor lot off W. Fulton and check in at the front desk "
            "on 3. Text me at 312-555-0177 if anything comes up.\n\n"
            "Kendra Mulligan\nRecruiting Coordinator, Prairieline Logistics\n"
        ),
        label=lab(
            "2036-11-05 09:15",
            "America/Chicago",
            "America/Chicago",
            company="Prairieline Logistics",
            who=["Owen Pietrowski", "Rachel Oyelaran-Fisk", "Benedikt Sauer"],
            notes="multi-session day starts at the first interview (9:15), not the 8:45 arrival; CST after 2 Nov",
        ),
    )
)

# 7. Indian corporate HR, numeric month-name date, IST abbreviation only.
add(
    person(
        KAVYA,
        "vanamala-tech-round-2-meet",
        "interview",
        frm=("HR Team - Vanamala Software", "talent@vanamala-software.example"),
        subject="Interview Schedule: Technical Round-2 | Backend Developer | Kavya R",
        date=dh("2036-10-10 17:48", "Asia/Kolkata"),
        html=True,
        body=(
            "Dear Kavya,\n\nGreetings from Vanamala Software!\n\n"
            "We are pleased to inform you that you have cleared Technical Round-1. "
            "Your Technical Round-2 has been scheduled as per the below details:\n\n"
            "Date: 14-Oct-2036 (Tuesday)\nTime: 11:30 AM IST\n"
            "Mode: Google Meet (link will be shared 30 minutes before)\n"
            "Panel: Mr. Raghavendra Bhat, Engineering Manager\n\n"
            "Kindly keep your laptop charged, ensure stable internet and keep a government "
            "ID proof handy.\n\nAll the best!\n\nRegards,\nSowmya K\nHR - Talent Acquisition\n"
        ),
        label=lab(
            "2036-10-14 11:30",
            "Asia/Kolkata",
            company="Vanamala Software",
            role="Backend Developer",
            who=["Raghavendra Bhat"],
            notes="IST abbreviation only",
        ),
    )
)

# 8. Manila BPO: final interview, mdy date with weekday in brackets.
add(
    person(
        ANGELICA,
        "bluefin-bpo-final-interview-account-manager",
        "interview",
        frm=("Bluefin Contact Solutions Recruitment", "recruitment@bluefin-cs.example"),
        subject="Final Interview Invitation - Team Leader (Healthcare Account)",
        date=dh("2036-10-16 10:05", "Asia/Manila"),
        html_only=True,
        body=(
            "Hi Angelica,\n\nCongratulations on passing the operations interview! You are "
            "invited to your FINAL INTERVIEW with our Account Manager, Ms. Joy Villareal.\n\n"
            "When: October 21, 2036 (Tuesday), 2:00 PM\n"
            "Where: 27/F Bluefin Tower, 5th Avenue cor. 28th St., BGC, Taguig\n"
            "Look for: Ms. Trixie at the 27th floor reception\n\n"
            "Please wear business attire and bring 2 valid IDs. Reply CONFIRM to this email.\n\n"
            "Thank you!\nBluefin Recruitment Team\n"
        ),
        label=lab(
            "2036-10-21 14:00",
            "Asia/Manila",
            company="Bluefin Contact Solutions",
            role="Team Leader",
            who=["Joy Villareal"],
            notes="receptionist Trixie only receives the user",
        ),
    )
)

# 9. A reschedule that gives the new day just after South Australia's switch.
add(
    person(
        SASKIA,
        "bluebush-reschedule-to-wednesday",
        "interview",
        frm=("Brendan Kowalski", "brendan.k@bluebush-power.example"),
        subject="Change of day for your interview with Bluebush",
        date=dh("2036-10-02 16:55", "Australia/Adelaide"),
        body=(
            "Hi Saskia,\n\nSorry to do this - Meg has been pulled into a board meeting on "
            "Tuesday, so we need to move your interview. Could we do "
            f"{d('2036-10-08', 'uk')} at 10am instead (Adelaide time, which will be daylight "
            "saving by then)? Same place, same panel: Meg Trevorrow and myself.\n\n"
            "I've moved the invite; if Wednesday is a problem just let me know.\n\n"
            "Cheers,\nBrendan Kowalski\nPeople & Culture, Bluebush Power\n"
        ),
        label=lab(
            "2036-10-08 10:00",
            "Australia/Adelaide",
            "Australia/Adelaide",
            company="Bluebush Power",
            who=["Meg Trevorrow", "Brendan Kowalski"],
            emails=["brendan.k@bluebush-power.example"],
            notes="company moves the interview and gives the new time; ACDT +10:30 after 5 Oct",
        ),
    )
)

# 10. iPhone reply "see you Tues at 9"; the date is only in the quoted text.
add(
    person(
        MANAIA,
        "karaka-hm-see-you-tues-at-9",
        "interview",
        frm=("Wiremu Kerehoma", "wiremu@karaka-digital.example"),
        subject="Re: Product Designer role - times",
        date=dh("2036-09-26 19:31", "Pacific/Auckland"),
        agent="iPhone Mail (22A3354)",
        in_reply_to="<6E1B0C2A-41D7-4F0B-9A55-manaia@example.org>",
        body=(
            "Sweet as, see you Tues at 9 then. I'll meet you downstairs at reception.\n\n"
            "Sent from my iPhone\n"
            + quoted(
                "2036-09-26 14:12",
                "Pacific/Auckland",
                "Manaia Toleafoa-Hughes <manaia.toleafoa@example.org>",
                "Kia ora Wiremu,\n\nThanks for the invite to meet in person. I'm free "
                f"{d('2036-09-30', 'uk')} in the morning - 9am or 11am would both be great.\n\n"
                "Ngā mihi,\nManaia",
                "apple",
            )
        ),
        label=lab(
            "2036-09-30 09:00",
            "Pacific/Auckland",
            company="Karaka Digital",
            role="Product Designer",
            who=["Wiremu Kerehoma"],
            emails=["wiremu@karaka-digital.example"],
            notes="sent in NZST, the interview falls in NZDT (switch 28 Sep)",
        ),
    )
)

# 11. A recruiter phone screen; the caller counts as interviewer.
add(
    person(
        TATUM,
        "chugach-air-phone-screen-alaska-time",
        "interview",
        frm=("Courtney Blaylock", "cblaylock@chugach-air.example"),
        subject="Phone screen - Dispatch Systems Analyst",
        date=dh("2036-10-24 12:02", "America/Anchorage"),
        body=(
            "Hi Tatum,\n\nThanks for picking a time. Just confirming I'll call you at the "
            "number on your application (907-555-0133) on Thursday 10/30 at 1pm Alaska "
            "time. Plan on about 30 minutes - it's mostly about your background and "
            "schedule availability.\n\nTalk soon,\nCourtney Blaylock\nTalent Acquisition, "
            "Chugach Air Freight\n"
        ),
        label=lab(
            "2036-10-30 13:00",
            "America/Anchorage",
            "America/Anchorage",
            company="Chugach Air Freight",
            role="Dispatch Systems Analyst",
            who=["Courtney Blaylock"],
            emails=["cblaylock@chugach-air.example"],
            notes="recruiter's phone screen; caller counts as interviewer",
        ),
    )
)

# 12. Hong Kong agency relay with HKT abbreviation.
add(
    person(
        CHUNHEI,
        "jadeharbour-agency-second-round-quarry-bay",
        "interview",
        frm=("Vanessa Cheung", "vanessa.cheung@peakline-search.example"),
        subject="2nd round with client confirmed - Thu 23 Oct",
        date=dh("2036-10-20 18:15", "Asia/Hong_Kong"),
        html=True,
        body=(
            "Hi Chun-hei,\n\nGood news, Jade Harbour Insurance would like to see you for a "
            "second round. Details below:\n\n"
            f"Date/time: {d('2036-10-23', 'abbr')}, 15:00 HKT\n"
            "Venue: 22/F, Taikoo Place, 979 King's Road, Quarry Bay (register at the lobby)\n"
            "Interviewers: Ms. Winnie Lau (Head of Product) and Mr. Desmond Yip (Product "
            "Director, Life)\n\n"
            "Winnie tends to ask about stakeholder management, prepare an example or two. "
            "Call me after!\n\nVanessa Cheung\nPrincipal Consultant | Peakline Search\n"
        ),
        label=lab(
            "2036-10-23 15:00",
            "Asia/Hong_Kong",
            company="Jade Harbour Insurance",
            who=["Winnie Lau", "Desmond Yip"],
            notes="agency relay; HKT abbreviation only",
        ),
    )
)

# 13. Pacific and Hawaii times side by side, the week the mainland falls back.
add(
    person(
        LEILANI,
        "mahina-hm-pacific-and-hawaii-times",
        "interview",
        frm=("Grant Espinoza-Wu", "grant@mahina-robotics.example"),
        subject="Re: Interview - Field Robotics Technician",
        date=dh("2036-10-28 09:40", "Pacific/Honolulu"),
        in_reply_to="<CAGt3lU0Xk=leilani.kahananui@mail.example.com>",
        body=(
            "Hi Leilani,\n\nMonday works! Let's lock in Mon Nov 3, 1pm Pacific / 11am "
            "Hawaii (note the mainland changes clocks that weekend, so it's a 2-hour gap, "
            "not 3). I'll send a Zoom invite. Joining from our side: me and Hyun-woo Baek "
            "from the field ops team.\n\nThanks,\nGrant\n"
        ),
        label=lab(
            "2036-11-03 11:00",
            "Pacific/Honolulu",
            "Pacific/Honolulu",
            company="Mahina Robotics",
            role="Field Robotics Technician",
            who=["Grant Espinoza-Wu", "Hyun-woo Baek"],
            emails=["grant@mahina-robotics.example"],
            notes="1pm PST = 11am HST after the 2 Nov switch",
        ),
    )
)

# 14. Year-first date and KST; CoderPad link.
add(
    person(
        SEOYEON,
        "namsan-labs-coding-interview-coderpad",
        "interview",
        frm=("Namsan Labs Recruiting", "recruit@namsanlabs.example"),
        subject="[Namsan Labs] Coding interview confirmed",
        date=dh("2036-10-10 16:22", "Asia/Seoul"),
        html=True,
        body=(
            "Hello Ha-rin,\n\nYour live coding interview is confirmed.\n\n"
            "- Date: 2036-10-16 (Thu)\n- Time: 14:00-15:00 KST\n"
            "- Interviewer: Kim Dong-hyun (Backend Lead)\n"
            "- Pad: https://app.coderpad.io/k7Q2XW9M\n\n"
            "You can use Python, Go or Kotlin. Please join 5 minutes early to test audio.\n\n"
            "Namsan Labs Talent Team\n"
        ),
        label=lab(
            "2036-10-16 14:00",
            "Asia/Seoul",
            company="Namsan Labs",
            who=["Kim Dong-hyun"],
            notes="ymd date, KST abbreviation only",
        ),
    )
)

# 15. A former colleague, now hiring manager, makes it official.
add(
    person(
        MIKKEL,
        "vindelev-former-colleague-makes-it-official",
        "interview",
        frm=("Frederik Holmgaard", "frederik.holmgaard@vindelev-marine.example"),
        subject="Let's make it official :)",
        date=dh("2036-10-27 08:12", "Europe/Copenhagen"),
        body=(
            "Hej Mikkel,\n\nGreat to catch up at the meetup. As promised I talked to HR and "
            "we'd like to do a proper interview for the platform lead role: "
            f"{d('2036-10-31', 'uk')} at 13:00 at our office in Nordhavn (Sandkaj 29, 4th "
            "floor). It'll be me and Astrid from the platform team. Nothing to prepare, "
            "bring your curiosity.\n\nVi ses,\nFrederik\n"
        ),
        label=lab(
            "2036-10-31 13:00",
            "Europe/Copenhagen",
            company="Vindelev Marine",
            who=["Frederik Holmgaard", "Astrid"],
            emails=["frederik.holmgaard@vindelev-marine.example"],
            notes="interviewer named only by first name (Astrid)",
        ),
    )
)

# 16. A forwarded confirmation: the user forwards to herself with a note.
add(
    person(
        GIULIA,
        "fwd-lucerna-second-interview-to-self",
        "interview",
        frm=("Giulia Sartorelli-Banda", "giulia.sartorelli@example.org"),
        to="giulia.sartorelli@example.org",
        subject="Fwd: Second interview - Lucerna Design",
        date=dh("2036-10-22 22:04", "Europe/Rome"),
        body=(
            "promemoria!! portare portfolio stampato\n\n"
            + forwarded(
                "2036-10-22 17:31",
                "Europe/Rome",
                "Chiara Bellandi <c.bellandi@lucerna-design.example>",
                "Giulia Sartorelli-Banda <giulia.sartorelli@example.org>",
                "Second interview - Lucerna Design",
                "Dear Giulia,\n\nFollowing your first interview we are happy to confirm your "
                f"second interview on {d('2036-10-27', 'ord')} at 14.30 CET, at our studio "
                "in Via Tortona 31, Milan. You will meet our creative director Matteo "
                "Guidotti and the senior designer Elena Ruspoli.\n\nBest regards,\n"
                "Chiara Bellandi\nOffice Manager, Lucerna Design",
            )
        ),
        label=lab(
            "2036-10-27 14:30",
            "Europe/Rome",
            company="Lucerna Design",
            who=["Matteo Guidotti", "Elena Ruspoli"],
            notes="user forwards the confirmation to herself; CET is right after 26 Oct",
        ),
    )
)

# 17. An agency recruiter forwards the client's confirmation from Apple Mail.
add(
    person(
        TAMAR,
        "carmel-search-apple-fwd-client-confirmation",
        "interview",
        frm=("Noa Friedman", "noa@carmel-search.example"),
        subject="Fwd: Candidate interview - Tamar Ben-Ami Goldfarb",
        date=dh("2036-11-02 10:05", "Asia/Jerusalem"),
        agent="Apple Mail (2.3826.600.51.1.1)",
        body=(
            "Tamar - see below, you're confirmed! Ping me after.\n\nNoa\n\n"
            + forwarded(
                "2036-11-02 09:41",
                "Asia/Jerusalem",
                "Eyal Shapira <eyal.shapira@negevwater.example>",
                "Noa Friedman <noa@carmel-search.example>",
                "Candidate interview - Tamar Ben-Ami Goldfarb",
                "Hi Noa,\n\nThanks, we'd be happy to meet Tamar on Wednesday 5.11 at 10:30 "
                "(Israel time) at our Be'er Sheva site, building C. I'll interview her together "
                "with Dr. Rivka Almog from the desalination group.\n\nBest,\nEyal Shapira\n"
                "Director of Process Engineering, Negev Water Technologies",
                "apple",
            )
        ),
        label=lab(
            "2036-11-05 10:30",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Negev Water Technologies",
            who=["Eyal Shapira", "Rivka Almog"],
            emails=["eyal.shapira@negevwater.example"],
            notes="agency forward (Apple Mail); day-first '5.11'",
        ),
    )
)
