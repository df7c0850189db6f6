"""English beyond North America: the UK and Ireland, Australia and New Zealand, India,
Singapore, Africa, the Gulf and East Asia; interviews settled between people."""

from __future__ import annotations

from tests.eval29.authoring.kit import (
    ANDROID,
    ARIA,
    BRAXTON,
    CATHAL,
    HARUKI,
    IPHONE,
    JOVELYN,
    KIRRA,
    KOFI,
    LOCHLAN,
    NURUL,
    ODETTE,
    OLUWASEUN,
    PERCIVAL,
    RASHA,
    ROWENA,
    SIDDHANT,
    TAMSIN,
    THANDEKA,
    VAISHNAVI,
    WAMBUI,
    WEIJIE,
    aq,
    d,
    day,
    gq,
    lab,
    note,
    oq,
    say,
    who,
)

LON = "Europe/London"


def _me(user: object) -> str:
    """The user as a quote attribution."""
    return who(user.name, user.addresses[0])  # type: ignore[attr-defined]


# 1. UK agency: the consultant relays the client's confirmation.
_S1 = "2048-01-14 14:00"
_m1 = say(
    PERCIVAL,
    "agency-brilliant-news-kestrel-yard",
    "interview",
    other=("Hattie Brennan", "hattie.brennan@hartwell-crane.example"),
    subject="Kestrel Yard Insurance - Claims Team Leader",
    when="2048-01-09 16:47",
    top=f"""Hi Percival,

Brilliant news - Kestrel Yard have confirmed {d(_S1, "ord")} at 2pm at their offices
(40 Minories, EC3). You'll be meeting Siobhan Latimer (Head of Claims) and Ade Okonkwo
(Ops Director). It's a competency-based interview, about an hour. I'll ring you Monday to
run through it.

Kind regards,
Hattie Brennan
Senior Consultant | Hartwell & Crane Recruitment""",
    quotes=(
        gq(
            "2048-01-08 12:30",
            LON,
            _me(PERCIVAL),
            "Hi Hattie, any afternoon next week apart from Thursday is fine. Cheers, Percival",
        ),
    ),
    label=lab(
        _S1,
        LON,
        None,
        company="Kestrel Yard Insurance",
        role="Claims Team Leader",
        who=["Siobhan Latimer", "Ade Okonkwo"],
        notes="Agency consultant only arranges.",
    ),
)

# 2. UK: the user accepts from Apple Mail.
_S2 = "2048-01-22 10:00"
_TOM = ("Tom Fairbairn", "tom.fairbairn@saltmarsh-studio.example")
_m2 = say(
    ROWENA,
    "that-is-perfect-wednesday-saltmarsh",
    "interview",
    other=_TOM,
    subject="Junior architect role",
    when="2048-01-16 08:12",
    mine=True,
    agent="Apple Mail (2.3826)",
    top="""That's perfect, thank you - see you on Wednesday 22nd at 10.

Rowena""",
    quotes=(
        aq(
            "2048-01-15 18:40",
            LON,
            who(*_TOM),
            f"""Dear Rowena,

Thank you for your application. Would {d(_S2, "uk")} at 10am suit for an interview at
the studio (Unit 4, Cobb Yard, Bristol)? It'll be me and my partner Nell Ashdown.

Best wishes,
Tom Fairbairn
Director, Saltmarsh Studio""",
        ),
    ),
    label=lab(
        _S2,
        LON,
        None,
        company="Saltmarsh Studio",
        role="Junior architect",
        who=["Tom Fairbairn", "Nell Ashdown"],
        emails=["tom.fairbairn@saltmarsh-studio.example"],
        notes="User accepts; the quoted proposal gives the date.",
    ),
)

# 3. UK: moved across the change to summer time.
_OLD3, _S3 = "2048-03-27 11:00", "2048-03-30 11:00"
_m3 = say(
    PERCIVAL,
    "moved-into-bst-kestrel-yard",
    "interview",
    other=("Hattie Brennan", "hattie.brennan@hartwell-crane.example"),
    subject="Kestrel Yard - final stage",
    when="2048-03-20 15:05",
    top=f"""Hi Percival,

Siobhan's been called away on the Friday, so Kestrel Yard have moved your final to
{d(_S3, "uk")} at 11am, same place. Thanks for being flexible - I've said yes as you told
me Mondays are fine.

Hattie""",
    quotes=(
        gq(
            "2048-03-16 10:10",
            LON,
            "Hattie Brennan <hattie.brennan@hartwell-crane.example>",
            f"Final stage confirmed for {d(_OLD3, 'uk')} at 11am with Siobhan Latimer and the MD, Gareth Penhallow.",
        ),
    ),
    label=lab(
        _S3,
        LON,
        None,
        company="Kestrel Yard Insurance",
        who=["Siobhan Latimer", "Gareth Penhallow"],
        notes="Moved from Friday 27 March (GMT) to Monday 30 March (BST, +01:00).",
    ),
)

# 4. Ireland: a founder, "half two".
_S4 = "2048-02-06 14:30"
_m4 = say(
    CATHAL,
    "grand-half-two-thursday-ormond",
    "interview",
    other=("Orla Kinsella", "orla@ormond-quay-labs.example"),
    subject="Chat about the support engineer job",
    when="2048-02-03 21:02",
    top="""Grand so, Thursday at half two it is. We're on the third floor of 12 Ormond Quay,
just press the buzzer for Ormond Quay Labs. It'll be me and Fiachra, our CTO. Nothing to
prepare, we'll just talk through what you've been working on.

Orla""",
    quotes=(
        gq(
            "2048-02-03 19:44",
            "Europe/Dublin",
            _me(CATHAL),
            f"Hi Orla, {d(_S4, 'uk')} after lunch suits me well. Cathal",
        ),
    ),
    label=lab(
        _S4,
        "Europe/Dublin",
        None,
        company="Ormond Quay Labs",
        role="Support engineer",
        who=["Orla Kinsella", "Fiachra"],
        emails=["orla@ormond-quay-labs.example"],
        notes="'Half two' is 14:30; the CTO is named by first name only.",
    ),
)

# 5. Sydney, in summer time.
_S5 = "2048-02-11 09:30"
_m5 = say(
    TAMSIN,
    "locked-in-aedt-bellbird",
    "interview",
    other=("Georgie Lam", "georgie.lam@bellbird-super.example"),
    subject="Bellbird Super - Senior BA",
    when="2048-02-05 13:10",
    top=f"""Hi Tamsin,

Locked in: {d(_S5, "abbr")}, 9:30am AEDT, video call with Bronwyn Halloway (Head of
Member Services) and Raj Chaudhry. Link coming from Bronwyn's calendar.

Cheers,
Georgie""",
    quotes=(
        gq(
            "2048-02-05 11:20",
            TAMSIN.timezone,
            _me(TAMSIN),
            "Tuesday morning next week is best for me, anytime before 11.",
        ),
    ),
    label=lab(
        _S5,
        TAMSIN.timezone,
        None,
        company="Bellbird Super",
        role="Senior BA",
        who=["Bronwyn Halloway", "Raj Chaudhry"],
        notes="AEDT (abbreviation only, no zone label).",
    ),
)

# 6. Melbourne: the user's phone reply, Australian register.
_S6 = "2048-02-13 15:00"
_m6 = say(
    LOCHLAN,
    "yep-three-thursday-cheers-yarra",
    "interview",
    other=("Nadia Petrakis", "nadia.petrakis@yarra-cold-chain.example"),
    subject="Warehouse supervisor",
    when="2048-02-10 12:48",
    mine=True,
    top=f"Yep 3pm Thursday is good. Cheers\n\n{ANDROID}",
    quotes=(
        gq(
            "2048-02-10 11:05",
            LOCHLAN.timezone,
            who("Nadia Petrakis", "nadia.petrakis@yarra-cold-chain.example"),
            f"""Hi Lochlan, could you do {d(_S6, "uk")} at 3pm at our Dandenong site? You'd
meet me and the site manager, Trev Kowalczyk. Nadia Petrakis, Ops Manager, Yarra Cold Chain""",
        ),
    ),
    label=lab(
        _S6,
        LOCHLAN.timezone,
        None,
        company="Yarra Cold Chain",
        role="Warehouse supervisor",
        who=["Nadia Petrakis", "Trev Kowalczyk"],
        emails=["nadia.petrakis@yarra-cold-chain.example"],
        notes="User's short phone reply accepts the quoted time.",
    ),
)

# 7. Brisbane user, Sydney time named.
_S7 = "2048-02-19 10:00"
_m7 = say(
    ODETTE,
    "sydney-time-not-brisbane-harbourline",
    "interview",
    other=("Callum Reyes", "callum.reyes@harbourline-legal.example"),
    subject="Paralegal interview",
    when="2048-02-14 16:30",
    zone="Australia/Sydney",
    top=f"""Hi Odette,

Confirming {d(_S7, "uk")} at 10am Sydney time (9am for you in Brisbane) on Teams, with
our practice manager, Helena Voss.

Regards,
Callum Reyes
Harbourline Legal""",
    quotes=(
        gq(
            "2048-02-14 14:12",
            ODETTE.timezone,
            _me(ODETTE),
            "Wednesday works, morning please. Thanks Callum",
        ),
    ),
    label=lab(
        _S7,
        "Australia/Sydney",
        "Australia/Sydney",
        company="Harbourline Legal",
        role="Paralegal",
        who=["Helena Voss"],
        notes="Sydney in summer time (+11) and Brisbane without DST (+10).",
    ),
)

# 8. Perth: the manager is running ten minutes late.
_S8 = "2048-02-20 13:40"
_m8 = say(
    BRAXTON,
    "ten-minutes-late-swan-valley",
    "interview",
    other=("Shane Mulholland", "shane.mulholland@swan-valley-mining.example"),
    subject="Interview today",
    when="2048-02-20 13:18",
    agent="iPhone Mail (21A5312)",
    top=f"""Braxton, running about 10 min late out of a site meeting. Can we start at 1:40
instead of 1:30? Same room, reception will sit you down.

Shane

{IPHONE}""",
    quotes=(
        aq(
            "2048-02-17 09:00",
            BRAXTON.timezone,
            who("Shane Mulholland", "shane.mulholland@swan-valley-mining.example"),
            f"Confirmed for {d(_S8, 'uk')} at 1:30pm at our Belmont office. Shane Mulholland, Maintenance Superintendent",
        ),
    ),
    label=lab(
        _S8,
        BRAXTON.timezone,
        None,
        company="Swan Valley Mining",
        who=["Shane Mulholland"],
        emails=["shane.mulholland@swan-valley-mining.example"],
        notes="Same-day push from 1:30 to 1:40, asked as a question but clearly going ahead.",
    ),
)

# 9. Auckland: a panel change.
_S9 = "2048-02-27 11:00"
_m9 = say(
    ARIA,
    "heads-up-panel-swap-kauri",
    "interview",
    other=("Jess Whitford", "jess.whitford@kauri-ridge.example"),
    subject="Thursday's interview - Kauri Ridge Council",
    when="2048-02-24 09:40",
    top=f"""Kia ora Aria,

Heads up that Mere Paewai will replace Hugh Tasker on Thursday's panel; Sione Latu is
still on it. Still 11am {d(_S9, "uk")}, Level 2, 35 Graham Street.

Ngā mihi,
Jess Whitford, People & Capability""",
    quotes=(
        gq(
            "2048-02-19 14:00",
            ARIA.timezone,
            who("Jess Whitford", "jess.whitford@kauri-ridge.example"),
            "Your panel: Hugh Tasker and Sione Latu. Thursday 27 Feb at 11am.",
        ),
    ),
    label=lab(
        _S9,
        ARIA.timezone,
        None,
        company="Kauri Ridge Council",
        who=["Mere Paewai", "Sione Latu"],
        notes="Newest text swaps Hugh Tasker for Mere Paewai.",
    ),
)

# 10. Adelaide: the position is withdrawn, interview cancelled.
_S10 = "2048-03-02 10:00"
_m10 = say(
    KIRRA,
    "position-withdrawn-cancel-sturt-creek",
    "interview_cancelled",
    other=("Belinda Starr", "belinda.starr@sturt-creek-water.example"),
    subject="Interview Monday 2 March",
    when="2048-02-26 16:22",
    top="""Hi Kirra,

I'm very sorry, but we've had to withdraw the Asset Planner position following a
restructure, so Monday's interview won't go ahead. It's no reflection on your
application.

Kind regards,
Belinda Starr
Talent Partner, Sturt Creek Water""",
    quotes=(
        gq(
            "2048-02-20 10:05",
            KIRRA.timezone,
            who("Belinda Starr", "belinda.starr@sturt-creek-water.example"),
            f"Confirmed: {d(_S10, 'uk')}, 10am ACDT, with Phil Gorecki.",
        ),
    ),
    label=lab(
        _S10,
        KIRRA.timezone,
        None,
        company="Sturt Creek Water",
        role="Asset Planner",
        who=["Phil Gorecki"],
        notes="Cancelled, position withdrawn (Adelaide, +10:30 in summer time).",
    ),
)

# 11. India: HR confirms after a phone call.
_S11 = "2048-01-15 11:30"
_m11 = say(
    VAISHNAVI,
    "as-discussed-over-phone-koramangala",
    "interview",
    other=("Deepthi Hegde", "deepthi.hegde@nandi-fintech.example"),
    subject="Interview Schedule - Senior QA Engineer",
    when="2048-01-10 17:25",
    reply=False,
    top="""Dear Vaishnavi,

As discussed over phone, your technical interview is scheduled on 15-Jan-2048
(Wednesday) at 11:30 AM IST with Mr. Karthik Subramaniam, QA Architect. The interview
will be on Google Meet; link will be shared one hour prior.

Kindly confirm your availability by return mail.

Regards,
Deepthi Hegde
HR Executive | Nandi Fintech Pvt. Ltd. | Koramangala, Bengaluru""",
    label=lab(
        _S11,
        VAISHNAVI.timezone,
        None,
        company="Nandi Fintech",
        role="Senior QA Engineer",
        who=["Karthik Subramaniam"],
        notes="Scheduled after a call; 'kindly confirm' does not make it a request.",
    ),
)

# 12. India: the user confirms formally.
_S12 = "2048-01-24 16:00"
_m12 = say(
    SIDDHANT,
    "i-confirm-my-availability-sahyadri",
    "interview",
    other=("Revathi Nair", "revathi.nair@sahyadri-pharma.example"),
    subject="Interview for Regulatory Affairs Associate",
    when="2048-01-20 10:14",
    mine=True,
    top=f"""Dear Ma'am,

Thank you for the opportunity. I confirm my availability for the interview on
{d(_S12, "uk")} at 4 PM.

Thanks and regards,
Siddhant Banerjee""",
    quotes=(
        gq(
            "2048-01-19 18:02",
            SIDDHANT.timezone,
            who("Revathi Nair", "revathi.nair@sahyadri-pharma.example"),
            f"""Dear Siddhant,

You are shortlisted for a virtual interview with our Regulatory Head, Dr. Anupama Joshi, on {d(_S12, "uk")} at 4:00 PM IST. Please confirm.

Revathi Nair, HR, Sahyadri Pharma""",
        ),
    ),
    label=lab(
        _S12,
        SIDDHANT.timezone,
        None,
        company="Sahyadri Pharma",
        role="Regulatory Affairs Associate",
        who=["Anupama Joshi"],
        notes="User's confirmation; the HR writer only arranges.",
    ),
)

# 13. Singapore: a move agreed in the thread.
_OLD13, _S13 = "2048-01-29 10:00", "2048-01-30 15:00"
_m13 = say(
    WEIJIE,
    "noted-updated-invite-thursday-merlion",
    "interview",
    other=("Rachel Koh", "rachel.koh@merlion-payments.example"),
    subject="Interview - Risk Analyst",
    when="2048-01-27 11:35",
    top=f"""Hi Wei Jie,

Noted with thanks. I've updated the invite: {d(_S13, "abbr")}, 3pm SGT, with Gerald Ong
and Priscilla Teo. Same Zoom link.

Rachel""",
    quotes=(
        gq(
            "2048-01-27 10:02",
            WEIJIE.timezone,
            _me(WEIJIE),
            """Hi Rachel, thanks for checking. Thursday 3pm is fine with me.""",
        ),
        gq(
            "2048-01-26 17:40",
            WEIJIE.timezone,
            who("Rachel Koh", "rachel.koh@merlion-payments.example"),
            f"""Hi Wei Jie, Gerald has a clash on {d(_OLD13, "abbr")}. Can we shift to
Thursday 3pm instead? Apologies for the change.""",
        ),
    ),
    label=lab(
        _S13,
        WEIJIE.timezone,
        None,
        company="Merlion Payments",
        role="Risk Analyst",
        who=["Gerald Ong", "Priscilla Teo"],
        notes="Wednesday 10am moved to Thursday 3pm.",
    ),
)

# 14. Johannesburg agency.
_S14 = "2048-02-04 10:00"
_m14 = say(
    THANDEKA,
    "client-confirmed-sandton-agency",
    "interview",
    other=("Kagiso Mahlangu", "kagiso.mahlangu@jacaranda-search.example"),
    subject="Interview - Group Reporting Manager",
    when="2048-01-30 14:18",
    top=f"""Hi Thandeka

The client has confirmed: {d(_S14, "uk")} at 10h00 at their Sandton offices (Rivonia
Road). Panel: Lerato Dlamini (CFO) and Pieter van Wyk (Head of Reporting). Please bring
your ID and certified copies of your qualifications.

Regards
Kagiso Mahlangu
Jacaranda Executive Search""",
    quotes=(
        gq(
            "2048-01-29 09:30",
            THANDEKA.timezone,
            _me(THANDEKA),
            "Morning Kagiso, Tuesday or Wednesday next week both work.",
        ),
    ),
    label=lab(
        _S14,
        THANDEKA.timezone,
        None,
        role="Group Reporting Manager",
        who=["Lerato Dlamini", "Pieter van Wyk"],
        notes="The client company is not named; the agency only arranges.",
    ),
)

# 15. Lagos: formal HR confirmation after a phone call.
_S15 = "2048-02-10 10:00"
_m15 = say(
    OLUWASEUN,
    "following-telephone-conversation-lagoon",
    "interview",
    other=("Funmilayo Ajayi", "funmilayo.ajayi@lagoon-breweries.example"),
    subject="Invitation for Interview: Brand Manager",
    when="2048-02-05 12:02",
    reply=False,
    top=f"""Dear Oluwaseun,

Following our telephone conversation this morning, this is to confirm your interview on
{d(_S15, "ord")} 2048 by 10:00am at our head office, Plot 7, Ajose Crescent, Victoria
Island, Lagos. The panel will be chaired by Mr. Chukwudi Okafor, Marketing Director.

Kindly come with your credentials and a valid means of identification.

Yours faithfully,
Funmilayo Ajayi (Mrs.)
Human Resources, Lagoon Breweries Plc""",
    label=lab(
        _S15,
        OLUWASEUN.timezone,
        None,
        company="Lagoon Breweries",
        role="Brand Manager",
        who=["Chukwudi Okafor"],
        notes="'By 10:00am' is the start; HR writes, the director interviews.",
    ),
)

# 16. Nairobi: the recruiter agrees to the user's suggested time.
_S16 = "2048-02-12 14:00"
_m16 = say(
    WAMBUI,
    "sawa-wednesday-two-westlands",
    "interview",
    other=("Brian Otieno", "brian.otieno@savanna-insure.example"),
    subject="Interview - Actuarial Analyst",
    when="2048-02-08 10:12",
    top="""Hi Wambui,

Sawa, Wednesday at 2pm EAT then. See you at our Westlands office, 5th floor. You'll
meet Achieng Ouma and Daniel Kiprono.

Best,
Brian Otieno
Talent Partner, Savanna Insurance""",
    quotes=(
        gq(
            "2048-02-07 19:55",
            WAMBUI.timezone,
            _me(WAMBUI),
            f"Hi Brian, would {d(_S16, 'uk')} at 2pm be possible instead of the Tuesday morning?",
        ),
    ),
    label=lab(
        _S16,
        WAMBUI.timezone,
        None,
        company="Savanna Insurance",
        role="Actuarial Analyst",
        who=["Achieng Ouma", "Daniel Kiprono"],
        notes="User proposed the Wednesday; the recruiter agrees.",
    ),
)

# 17. Accra: moved by the company.
_S17 = "2048-02-14 15:30"
_m17 = say(
    KOFI,
    "moved-to-three-thirty-akosombo",
    "interview",
    other=("Akosua Boateng", "akosua.boateng@akosombo-agritech.example"),
    subject="Your interview on Friday",
    when="2048-02-11 09:20",
    top=f"""Hi Kofi,

We've moved the call to 3:30pm GMT on {d(_S17, "uk")} because Efe Oghene is travelling
in the morning. Nana Adjei will still join. Same Google Meet link.

Akosua
Akosombo Agritech""",
    quotes=(
        gq(
            "2048-02-06 15:00",
            KOFI.timezone,
            who("Akosua Boateng", "akosua.boateng@akosombo-agritech.example"),
            "Confirmed for Friday 14 Feb at 10am with Efe Oghene and Nana Adjei.",
        ),
    ),
    label=lab(
        _S17,
        KOFI.timezone,
        None,
        company="Akosombo Agritech",
        who=["Efe Oghene", "Nana Adjei"],
        notes="Morning moved to 3:30pm the same day.",
    ),
)

# 18. Dubai: the hiring manager's short reply.
_S18 = "2048-02-18 10:00"
_m18 = say(
    RASHA,
    "tuesday-ten-difc-short",
    "interview",
    other=("Karim Haddad", "karim.haddad@alnoor-capital.example"),
    subject="Associate role",
    when="2048-02-15 20:40",
    top=f"""{day(_S18)} works. 10am at our DIFC office, Gate Village 4. Ask for me at
reception.

Karim Haddad
Partner, Al Noor Capital""",
    quotes=(
        gq(
            "2048-02-15 18:03",
            RASHA.timezone,
            _me(RASHA),
            f"Dear Mr Haddad, I could meet on {d(_S18, 'uk')} or Wednesday, any time in the morning.",
        ),
    ),
    label=lab(
        _S18,
        RASHA.timezone,
        None,
        company="Al Noor Capital",
        who=["Karim Haddad"],
        emails=["karim.haddad@alnoor-capital.example"],
        notes="Partner interviews himself.",
    ),
)

# 19. Manila: final interview, US date order.
_S19 = "2048-03-02 09:00"
_m19 = say(
    JOVELYN,
    "see-you-monday-final-ortigas",
    "interview",
    other=("Mylene Dizon", "mylene.dizon@ortigas-shared-services.example"),
    subject="Final Interview - Team Lead, Customer Care",
    when="2048-02-26 15:40",
    top="""Hi Jovelyn,

Good news! See you on Monday, 3/2 at 9 AM for your final interview with Ms. Corazon Villaruel, our Site Director. Please proceed to the 18th floor reception, Tektite Tower,
and bring one valid ID.

Thank you!
Mylene
Recruitment, Ortigas Shared Services""",
    quotes=(
        gq(
            "2048-02-26 13:10",
            JOVELYN.timezone,
            _me(JOVELYN),
            "Hi Ma'am Mylene, Monday morning is okay with me po. Thank you!",
        ),
    ),
    label=lab(
        _S19,
        JOVELYN.timezone,
        None,
        company="Ortigas Shared Services",
        role="Team Lead, Customer Care",
        who=["Corazon Villaruel"],
        notes="'3/2' is 2 March (US order in the Philippines).",
    ),
)

# 20. Kuala Lumpur: the user's confirmation, Outlook quote below.
_S20 = "2048-03-11 10:00"
_m20 = say(
    NURUL,
    "confirmed-wednesday-myt-klang",
    "interview",
    other=("Farid Roslan", "farid.roslan@klang-logistics.example"),
    subject="RE: Interview invitation - Procurement Executive",
    when="2048-03-06 09:15",
    mine=True,
    top="""Dear Encik Farid,

Noted and confirmed, I will attend on Wednesday at 10am. Thank you.

Regards,
Nurul Izzah""",
    quotes=(
        oq(
            "2048-03-05 17:22",
            NURUL.timezone,
            who("Farid Roslan", "farid.roslan@klang-logistics.example"),
            _me(NURUL),
            "Interview invitation - Procurement Executive",
            f"""Dear Nurul Izzah,

We would like to invite you for an interview on {d(_S20, "uk")} at 10.00am (MYT) at
Level 12, Menara Klang, with our Procurement Manager, Puan Hafizah Rahim.

Farid Roslan
HR Executive, Klang Logistics Sdn Bhd""",
        ),
    ),
    label=lab(
        _S20,
        NURUL.timezone,
        None,
        company="Klang Logistics",
        role="Procurement Executive",
        who=["Hafizah Rahim"],
        notes="User's confirmation over an Outlook-quoted invitation.",
    ),
)

# 21. Tokyo: English mail from an international office, year-first dates.
_S21 = "2048-03-17 14:00"
_m21 = say(
    HARUKI,
    "jst-ymd-confirmation-shinagawa",
    "interview",
    other=("Emily Sato-Grant", "emily.satogrant@shinagawa-devices.example"),
    subject="Second interview - Firmware Engineer",
    when="2048-03-10 18:20",
    top="""Dear Ishikawa-san,

Thank you for your reply. Your second interview is confirmed:

Date: 2048/03/17 (Tue)
Time: 14:00-15:00 JST
Place: Shinagawa office, 9F (or Teams if you prefer, just tell me)
Interviewers: Kenji Moriyama (Engineering Director), Laura Pietsch (Platform Lead)

Best regards,
Emily Sato-Grant
Talent Acquisition, Shinagawa Devices K.K.""",
    quotes=(
        gq(
            "2048-03-10 12:01",
            HARUKI.timezone,
            _me(HARUKI),
            "Dear Ms. Sato-Grant, Tuesday afternoon would be most convenient for me.",
        ),
    ),
    label=lab(
        _S21,
        HARUKI.timezone,
        None,
        company="Shinagawa Devices",
        role="Firmware Engineer",
        who=["Kenji Moriyama", "Laura Pietsch"],
        notes="Year-first date (2048/03/17).",
    ),
)

# 22. India: cancelled, position filled internally.
_S22 = "2048-02-20 15:00"
_m22 = say(
    VAISHNAVI,
    "filled-internally-cancel-hosur",
    "interview_cancelled",
    other=("Meghana Rao", "meghana.rao@hosur-motors.example"),
    subject="Interview on 20th Feb",
    when="2048-02-17 11:45",
    top="""Dear Vaishnavi,

We regret to inform you that the position has been filled internally, and hence the
interview scheduled on 20th February at 3 PM stands cancelled. We will keep your profile
for future openings.

Regards,
Meghana Rao
Talent Acquisition, Hosur Motors""",
    quotes=(
        gq(
            "2048-02-12 10:00",
            VAISHNAVI.timezone,
            _me(VAISHNAVI),
            "Dear Meghana, I confirm the interview on 20th Feb at 3 PM with Mr. Prakash Iyer. Thanks.",
        ),
    ),
    label=lab(
        _S22,
        VAISHNAVI.timezone,
        None,
        company="Hosur Motors",
        who=["Prakash Iyer"],
        notes="Cancelled: filled internally.",
    ),
)


# 23. Adelaide: a Gmail reply sent as text and HTML.
_S23 = "2048-03-10 11:30"
_m23 = say(
    KIRRA,
    "gmail-html-reply-see-you-tuesday-glenelg",
    "interview",
    other=("Hamid Rostami", "hamid.rostami@glenelg-biotech.example"),
    subject="Lab operations coordinator",
    when="2048-03-05 14:05",
    html=True,
    top=f"""Hi Kirra,

Lovely, see you {d(_S23, "uk")} at 11:30am at our Thebarton lab. I'll meet you at
reception with our QA lead, Bec Marchant.

Hamid Rostami
Lab Manager, Glenelg Biotech""",
    quotes=(
        gq(
            "2048-03-05 12:40",
            KIRRA.timezone,
            _me(KIRRA),
            "Hi Hamid, Tuesday late morning would suit me best. Thanks, Kirra",
        ),
    ),
    label=lab(
        _S23,
        KIRRA.timezone,
        None,
        company="Glenelg Biotech",
        who=["Hamid Rostami", "Bec Marchant"],
        emails=["hamid.rostami@glenelg-biotech.example"],
        notes="Text plus HTML reply; Adelaide summer time (+10:30).",
    ),
)

# 24. Johannesburg: the user picks option 2 from a quoted list.
_S24 = "2048-03-12 14:00"
_m24 = say(
    THANDEKA,
    "option-two-please-highveld",
    "interview",
    other=("Zanele Khumalo", "zanele.khumalo@highveld-packaging.example"),
    subject="Interview - Finance Manager",
    when="2048-03-06 07:50",
    mine=True,
    top="""Morning Zanele

Option 2 please, Thursday at 14:00. Thank you!

Thandeka""",
    quotes=(
        gq(
            "2048-03-05 16:30",
            THANDEKA.timezone,
            who("Zanele Khumalo", "zanele.khumalo@highveld-packaging.example"),
            f"""Hi Thandeka

Thank you for your application. Sipho Mthembu (Financial Director) would like to meet
you. Which of these suits you?

1) {d("2048-03-11", "uk")} at 09:00
2) {d(_S24, "uk")} at 14:00
3) {d("2048-03-13", "uk")} at 10:00

Regards
Zanele Khumalo
HR Officer, Highveld Packaging""",
        ),
    ),
    label=lab(
        _S24,
        THANDEKA.timezone,
        None,
        company="Highveld Packaging",
        role="Finance Manager",
        who=["Sipho Mthembu"],
        notes="'Option 2' points into the quoted list.",
    ),
)

# 25. Nairobi: hiring paused, no time given.
_m25 = say(
    WAMBUI,
    "hiring-paused-will-come-back-karura",
    "other",
    other=("Esther Wairimu", "esther.wairimu@karura-microfinance.example"),
    subject="Credit risk analyst - scheduling",
    when="2048-03-09 16:40",
    top="""Hi Wambui,

Apologies for the silence. We have paused all hiring until our board meets at the end
of the month, so I can't schedule your interview just yet. I will come back to you as
soon as I have an answer; your application remains active.

Regards,
Esther Wairimu
HR, Karura Microfinance""",
    quotes=(
        gq(
            "2048-03-02 09:15",
            WAMBUI.timezone,
            _me(WAMBUI),
            "Hi Esther, just following up on the interview dates you mentioned. Thanks!",
        ),
    ),
    label=note("Process on hold before any time was set; nothing to cancel or book."),
)

# 26. Brisbane: the agency forwards the client's Outlook confirmation with its footer.
_S26 = "2048-03-23 13:00"
_m26 = say(
    ODETTE,
    "agency-forwards-client-outlook-moreton-bay",
    "interview",
    other=("Shannon Leary", "shannon.leary@coral-coast-recruit.example"),
    subject="FW: Interview - Odette Kingscote-Mensa",
    when="2048-03-16 09:25",
    reply=False,
    top="""Hi Odette, please see below from the client - all confirmed! Parking is on
Lytton Rd. Give me a buzz after.

Shannon Leary | Coral Coast Recruitment""",
    quotes=(
        oq(
            "2048-03-16 08:58",
            ODETTE.timezone,
            who("Lachie Pearce", "lachie.pearce@moreton-bay-freight.example"),
            who("Shannon Leary", "shannon.leary@coral-coast-recruit.example"),
            "Interview - Odette Kingscote-Mensa",
            f"""Hi Shannon,

Happy to confirm Odette for {d(_S26, "uk")} at 1pm AEST at our Hemmant depot.
Anh Nguyen (Customer Service Manager) and I will interview.

Lachie Pearce
General Manager, Moreton Bay Freight

This email and any attachments are confidential and may be legally privileged. If you
have received it in error, please notify the sender and delete it.""",
        ),
    ),
    label=lab(
        _S26,
        ODETTE.timezone,
        None,
        company="Moreton Bay Freight",
        who=["Lachie Pearce", "Anh Nguyen"],
        emails=["lachie.pearce@moreton-bay-freight.example"],
        notes="Agency forwards the client's confirmation; legal footer inside the quote.",
    ),
)

# 27. Auckland user, Sydney company: both in summer time.
_S27 = "2048-03-19 12:00"
_m27 = say(
    ARIA,
    "aedt-and-nzdt-two-pm-pyrmont",
    "interview",
    other=("Bianca Ferris", "bianca.ferris@pyrmont-games.example"),
    subject="Pyrmont Games - Narrative Designer",
    when="2048-03-13 15:10",
    zone="Australia/Sydney",
    top=f"""Hi Aria,

Confirmed for {d(_S27, "uk")} at 12pm AEDT, which is 2pm for you in Auckland. You'll
chat with our creative director, Marcus Yeo, on Zoom.

Bianca Ferris
Pyrmont Games""",
    quotes=(
        gq(
            "2048-03-13 13:00",
            ARIA.timezone,
            _me(ARIA),
            "Hi Bianca, Thursday afternoon my time works well.",
        ),
    ),
    label=lab(
        _S27,
        "Australia/Sydney",
        None,
        company="Pyrmont Games",
        role="Narrative Designer",
        who=["Marcus Yeo"],
        notes="Sydney +11 and Auckland +13, both before their April change.",
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
