"""Plain human mail: recruiters, agency consultants, hiring managers and founders writing
times and people in running text (English)."""

from __future__ import annotations

from typing import Any

from tests.eval23.authoring.kit import (
    ANSEL,
    BEATRIX,
    BODIL,
    CALLUM,
    CORMAC,
    DELPHINE,
    EZRA,
    FARAH,
    GRIFFIN,
    HAMISH,
    HARPER,
    IMANI,
    IPHONE,
    JUNO,
    KIRRA,
    LEANDER,
    MAEVE,
    OLUWASEUN,
    OSKAR,
    OUTLOOK_MOBILE,
    PRIYANKA,
    ROHAN,
    SUNNY,
    TALIA,
    WREN,
    ZARA,
    Msg,
    User,
    aq,
    dh,
    fw,
    gq,
    lab,
    msgid,
    note,
    oq,
    person,
    thread,
)


def _p(user: User, slug: str, kind: str, sent: str, zone: str, **kw: Any) -> Msg:
    """A typed message sent at local ``sent`` in ``zone``."""
    return person(user, slug, kind, date=dh(sent, zone), **kw)


MESSAGES = [
    _p(
        WREN,
        "half-past-two-next-tuesday-eastern",
        "interview",
        "2042-02-26 11:14",
        "America/New_York",
        frm=("Giselle Amoako-Brandt", "giselle.amoako@lanternfish-bio.example"),
        subject="Re: Quality Systems Lead - next steps",
        body=thread(
            """
Hi Wren,

Thanks for getting back to me so quickly. Next Tuesday, March 4th, at half past two
Eastern works for our side. You'll be speaking with Priscilla Vantongeren, who leads
Quality Assurance, and she'll be joined by Marcus Holyfield from Regulatory Affairs for
the second half. I'm just coordinating, so I won't be on the call myself.

Plan for about 45 minutes. Priscilla will send a Teams link from her own calendar
later today.

Best,
Giselle

Giselle Amoako-Brandt
Talent Partner | Lanternfish Bio
+1 (617) 555-0143
""",
            gq(
                "2042-02-25 19:02",
                "America/New_York",
                "Wren Castellano-Obuya <wren.castellano@example.com>",
                "Hi Giselle, Tuesday or Wednesday afternoon next week would suit me best.\n"
                "Thanks, Wren",
            ),
        ),
        label=lab(
            "2042-03-04 14:30",
            "America/New_York",
            None,
            company="Lanternfish Bio",
            role="Quality Systems Lead",
            who=["Priscilla Vantongeren", "Marcus Holyfield"],
            notes="'half past two Eastern' (a bare region word, so no zone); the coordinator "
            "says she will not be on the call.",
        ),
        in_reply_to=msgid("half-past-two-user", "example.com"),
    ),
    _p(
        OSKAR,
        "tomorrow-at-nine-founder-stockholm",
        "interview",
        "2042-02-17 17:40",
        "Europe/Stockholm",
        frm=("Henrik Sjöberg-Mwangi", "henrik@fjallrav-robotics.example"),
        subject="Re: Embedded role",
        body=thread(
            """
Oskar – tomorrow at 9 works. I'll ring you on the number in your CV, should take
30-40 min. Just me this time, my co-founder will meet you in round two.

/Henrik
""",
            aq(
                "2042-02-17 16:55",
                "Europe/Stockholm",
                "Oskar Lindahl-Amankwah",
                "Hi Henrik,\n\nI'm free any morning this week if that suits you.\n\nOskar",
            ),
        ),
        label=lab(
            "2042-02-18 09:00",
            "Europe/Stockholm",
            None,
            company="Fjallrav Robotics",
            who=["Henrik Sjöberg-Mwangi"],
            notes="'tomorrow at 9' resolved against the Date header (Monday 17 February); a "
            "phone call with the founder.",
        ),
    ),
    _p(
        MAEVE,
        "agency-tuesday-the-4th-two-to-quarter-to-three",
        "interview",
        "2042-02-27 15:20",
        "Europe/Dublin",
        frm=("Ronan Keaveney", "ronan.keaveney@brightwater-search.example"),
        subject="Kestrel Ledger - interview confirmed",
        body="""
Hi Maeve,

Great news - Kestrel Ledger would like to meet you for the Platform Engineer role.

I've confirmed Tuesday the 4th of March, 2-2:45pm, at their office on Sir John
Rogerson's Quay (3rd floor, ask for the Kestrel reception).

You'll meet Donnchadh Mac an tSaoir (Head of Platform) and Róisín Uí Bhriain (Senior
Engineer). Expect a walk through your recent projects and a whiteboard chat about
deployment pipelines - nothing tricky.

Give me a ring after and let me know how it went.

Ronan Keaveney
Senior Consultant, Technology
Brightwater Search
M: +353 87 555 0192
""",
        label=lab(
            "2042-03-04 14:00",
            "Europe/Dublin",
            None,
            company="Kestrel Ledger",
            role="Platform Engineer",
            who=["Donnchadh Mac an tSaoir", "Róisín Uí Bhriain"],
            notes="Agency consultant relays a client interview; '2-2:45pm' on 'Tuesday the "
            "4th of March'; the consultant does not attend.",
        ),
    ),
    _p(
        JUNO,
        "four-three-month-first-ten-until-eleven-central",
        "interview",
        "2042-03-27 09:12",
        "America/Chicago",
        frm=("Tessa Brightwell", "tessa.brightwell@prairieforge.example"),
        subject="Thursday's conversation",
        body="""
Hi Juno,

Confirming we're set for 4/3 from 10 until 11 Central, here at Prairie Forge (2nd floor,
the big room by the kitchen). My colleague Desmond Achterberg from the data team will
join us for the last half hour to talk through the warehouse migration.

Parking is free in the lot behind the building.

Tessa Brightwell
Director of Analytics, Prairie Forge
Office 312-555-0176 | Cell 312-555-0119
""",
        label=lab(
            "2042-04-03 10:00",
            "America/Chicago",
            None,
            company="Prairie Forge",
            who=["Tessa Brightwell", "Desmond Achterberg"],
            notes="'4/3' month first for a US user: Thursday 3 April. 'Central' is a bare "
            "region word. The sender interviews and her colleague joins.",
        ),
    ),
    _p(
        BEATRIX,
        "four-three-day-first-quarter-past-eleven",
        "interview",
        "2042-02-24 13:41",
        "Europe/London",
        frm=("Imelda Ferreira-Stott", "imelda@corvid-press.example"),
        subject="Re: Editorial Assistant application",
        body=thread(
            """
Lovely - 4/3 at 11.15 it is. We're at 14 Cowcross Street, buzz Corvid Press.

It'll be me and our managing editor, Jonathan Okoro-Fyfe. Bring a couple of pieces
you've edited if you can.

Imelda
""",
            gq(
                "2042-02-24 12:03",
                "Europe/London",
                "Beatrix Halloran-Nwosu <beatrix.halloran@example.org>",
                "Dear Imelda,\n\nThank you! The 4th of March in the morning would be ideal.\n\n"
                "Best wishes,\nBeatrix",
            ),
        ),
        label=lab(
            "2042-03-04 11:15",
            "Europe/London",
            None,
            company="Corvid Press",
            role="Editorial Assistant",
            who=["Imelda Ferreira-Stott", "Jonathan Okoro-Fyfe"],
            notes="'4/3' day first for a UK user (4 March, also named in the quote); '11.15'.",
        ),
    ),
    _p(
        EZRA,
        "two-sams-east-coast-time-only",
        "interview",
        "2042-03-10 12:30",
        "America/New_York",
        frm=("Nkechi Harrowgate", "nkechi@bluefin-systems.example"),
        subject="Your technical interview at Bluefin Systems",
        body="""
Hi Ezra,

You're all set for your technical interview on Monday, March 17 at 1:00pm ET.

You'll meet two Sams, so don't worry if it gets confusing:
- Sam Okafor, Engineering Manager, Payments
- Sam Delacroix-Pinto, Staff Engineer

They'll start with a short intro and then pair with you on a small exercise in
CoderPad. Zoom link: https://bluefin-systems.zoom.us/j/93811204457

Nkechi Harrowgate
Recruiting Coordinator
""",
        label=lab(
            "2042-03-17 13:00",
            "America/New_York",
            None,
            company="Bluefin Systems",
            who=["Sam Okafor", "Sam Delacroix-Pinto"],
            notes="Time only in the interviewer's zone (ET, an abbreviation) for a user in "
            "Los Angeles; two interviewers share a first name; the coordinator does not "
            "interview.",
        ),
    ),
    _p(
        FARAH,
        "sydney-time-from-dubai",
        "interview",
        "2042-03-05 10:02",
        "Australia/Sydney",
        frm=("Bronwyn O'Loughlin", "bronwyn.oloughlin@wattle-analytics.example"),
        subject="Interview - Senior Data Engineer",
        body="""
Hi Farah,

Thanks for your patience. We'd like to lock in Wednesday 12 March at 4pm Sydney time -
by my maths that should be 9am for you in Dubai.

I'll be on the call along with Thanh-Huong Le, our lead data engineer. We'll send a
Google Meet link the day before.

Cheers,
Bronwyn O'Loughlin
Head of Data | Wattle Analytics
+61 2 5550 1847
""",
        label=lab(
            "2042-03-12 16:00",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Wattle Analytics",
            role="Senior Data Engineer",
            who=["Bronwyn O'Loughlin", "Thanh-Huong Le"],
            notes="'4pm Sydney time' (AEDT, +11) for a user in Dubai; the converted 9am is "
            "the same instant.",
        ),
    ),
    _p(
        CORMAC,
        "new-york-time-in-the-gap-week-dublin",
        "interview",
        "2042-03-18 16:47",
        "America/New_York",
        frm=("Marguerite D'Souza-Whelan", "marguerite@hollowtree-capital.example"),
        subject="Hollowtree Capital / second conversation",
        body="""
Dear Cormac,

Thanks for confirming - so it's Monday 24 March at 10am New York time, 2pm in Dublin: our
clocks went forward last week but yours don't change until the 29th/30th, so the gap is
only four hours until then.

I'll take the first half; Abe Lindstrom-Okafor, our CIO, will join for the second.

Kind regards,
Marguerite D'Souza-Whelan
Managing Director
Hollowtree Capital
""",
        label=lab(
            "2042-03-24 10:00",
            "America/New_York",
            "America/New_York",
            company="Hollowtree Capital",
            who=["Marguerite D'Souza-Whelan", "Abe Lindstrom-Okafor"],
            notes="In the week between the US (9 March) and EU (30 March) changes: 10:00 EDT "
            "is 14:00 in Dublin (GMT). The time was settled by the user's earlier reply.",
        ),
    ),
    _p(
        TALIA,
        "uk-time-after-both-changes-tel-aviv",
        "interview",
        "2042-03-26 14:10",
        "Europe/London",
        frm=("Hugo Stanhope-Achebe", "hugo@quillmark-legal.example"),
        subject="Interview confirmation - Legal Engineer",
        body="""
Hi Talia,

Confirming your interview for Monday 31 March at 9:30 UK time, which I make 11:30 in
Tel Aviv once both our clocks have gone forward this weekend.

Panel: Ottilie Grayson-Mbeki (General Counsel) and myself.

Hugo Stanhope-Achebe
Legal Engineering Lead, Quillmark
""",
        label=lab(
            "2042-03-31 09:30",
            "Europe/London",
            "Europe/London",
            company="Quillmark",
            role="Legal Engineer",
            who=["Ottilie Grayson-Mbeki", "Hugo Stanhope-Achebe"],
            notes="After the UK (30 March) and Israeli (28 March) changes: 09:30 BST is "
            "11:30 IDT. 'Panel: ... and myself' makes the sender an interviewer.",
        ),
    ),
    _p(
        ROHAN,
        "sat-ten-thirty-mobile-reply-bengaluru",
        "interview",
        "2042-02-11 21:05",
        "Asia/Kolkata",
        frm=("Vivek Raghavan", "vivek.r@tamarind-logistics.example"),
        subject="Re: Backend role - quick chat?",
        body=thread(
            f"""
Sat 10:30 IST works. Will call on the number in your CV.

Vivek

{IPHONE}
""",
            gq(
                "2042-02-11 19:40",
                "Asia/Kolkata",
                "Rohan Deshpande-Kirby <rohan.deshpande@example.net>",
                "Hi Vivek,\n\nThanks for reaching out. I could do Saturday 15 February in the "
                "morning, any time after 10.\n\nRegards,\nRohan",
            ),
        ),
        label=lab(
            "2042-02-15 10:30",
            "Asia/Kolkata",
            None,
            company="Tamarind Logistics",
            who=["Vivek Raghavan"],
            notes="A short mobile reply; the date comes from the quoted offer; IST is an "
            "abbreviation.",
        ),
    ),
    _p(
        KIRRA,
        "bullet-panel-after-autumn-change-sydney",
        "interview",
        "2042-04-01 15:22",
        "Australia/Sydney",
        frm=("Georgia Pham-Kennard", "georgia.pham@saltbrush-insurance.example"),
        subject="Interview details: Analytics Manager",
        body="""
Hi Kirra,

Thanks for your time on the phone earlier. As discussed, your panel interview is on
Monday 7 April, 10:00-11:00am Sydney time, at Level 12, 88 Phillip Street.

Your panel:
  * Meredith Van der Westhuizen - Director of Analytics
  * Jai Krishnamurthy - Principal Data Scientist
  * Georgia Pham-Kennard - Talent Acquisition (me; I'll just look after the welcome
    and won't be assessing)

Note the clocks go back this Sunday, so double-check your calendar shows 10am.

Kind regards,
Georgia
""",
        label=lab(
            "2042-04-07 10:00",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Saltbrush Insurance",
            role="Analytics Manager",
            who=["Meredith Van der Westhuizen", "Jai Krishnamurthy"],
            notes="After the Australian change of 6 April (AEST, +10). The sender lists "
            "herself but says she won't be assessing.",
        ),
    ),
    _p(
        HAMISH,
        "noon-thursday-wellington-office",
        "interview",
        "2042-04-02 08:55",
        "Pacific/Auckland",
        frm=("Ngaire Te Whata-Russell", "ngaire@harakeke-labs.example"),
        subject="Catch up next week?",
        body="""
Kia ora Hamish,

Loved your portfolio. Let's say noon on Wednesday 9 April at our Wellington office
(Level 3, 40 Taranaki St). I'll bring along Mere Paewai, who runs our design team, and
we'll shout you lunch after.

Ngā mihi,
Ngaire Te Whata-Russell
Founder, Harakeke Labs
021 555 0188
""",
        label=lab(
            "2042-04-09 12:00",
            "Pacific/Auckland",
            None,
            company="Harakeke Labs",
            who=["Ngaire Te Whata-Russell", "Mere Paewai"],
            notes="'noon' after the New Zealand change of 6 April (NZST, +12). Informal "
            "subject, but the founder sets an interview with her design lead.",
        ),
    ),
    _p(
        SUNNY,
        "family-name-first-hong-kong-time",
        "interview",
        "2042-02-13 18:20",
        "Asia/Hong_Kong",
        frm=("Ho Wing-sze Vivian", "vivian.ho@junk-bay-securities.example"),
        subject="Interview arrangement - Compliance Officer",
        body="""
Dear Sunny,

Thank you for your interest in Junk Bay Securities. Your first-round interview is
arranged for Thursday 20 February at 3:00pm Hong Kong time, at 23/F, 8 Connaught Road
Central.

You will meet Leung Ka-wai (Head of Compliance) and Tsang Pui-yan (Senior Manager,
Surveillance).

Best regards,
Vivian Ho
HR Officer
""",
        label=lab(
            "2042-02-20 15:00",
            "Asia/Hong_Kong",
            "Asia/Hong_Kong",
            company="Junk Bay Securities",
            role="Compliance Officer",
            who=["Leung Ka-wai", "Tsang Pui-yan"],
            notes="Family-name-first names; the HR officer only arranges.",
        ),
    ),
    _p(
        DELPHINE,
        "signature-block-interviewer-london-from-toronto",
        "interview",
        "2042-03-11 09:05",
        "Europe/London",
        frm=("Harriet Quartey-Mensah", "harriet@ossicle-audio.example"),
        subject="Our chat on the 17th",
        body="""
Hi Delphine,

Just confirming I've got us down for Monday 17 March, 3pm London time - 11am for you
in Toronto now that your clocks have changed. I'll interview you myself; it's a
conversation more than a test.

Video link: https://meet.google.com/xhv-qtro-kpa

Speak soon,

--
Harriet Quartey-Mensah
VP Product | Ossicle Audio
+44 20 7946 0321
""",
        label=lab(
            "2042-03-17 15:00",
            "Europe/London",
            "Europe/London",
            company="Ossicle Audio",
            who=["Harriet Quartey-Mensah"],
            notes="The interviewer is known from her signature ('I'll interview you myself'); "
            "between the North American and European changes, GMT 15:00 is 11:00 EDT.",
        ),
    ),
    _p(
        GRIFFIN,
        "monday-after-the-clocks-change-denver",
        "interview",
        "2042-03-06 14:18",
        "America/Denver",
        frm=("Beau Hendrickson-Tso", "beau@gearloft-outfitters.example"),
        subject="Monday 9am",
        body="""
Griffin,

Locked in for Monday at 9am Mountain. Heads up that the clocks spring forward Sunday
morning, so it's 9am after the switch. Come to the shop on Walnut St and ask for me.

Tilly from merchandising will sit in too.

Beau Hendrickson-Tso
Ops Manager, Gearloft Outfitters
(303) 555-0164
""",
        label=lab(
            "2042-03-10 09:00",
            "America/Denver",
            None,
            company="Gearloft Outfitters",
            who=["Beau Hendrickson-Tso", "Tilly"],
            notes="'Monday' is 10 March, the day after the US change (MDT, -06). 'Mountain' is "
            "a bare region word. 'Tilly' is known by first name only.",
        ),
    ),
    _p(
        ANSEL,
        "pacific-equals-arizona-after-switch",
        "interview",
        "2042-03-04 16:40",
        "America/Los_Angeles",
        frm=("Marisela Ochoa-Pratt", "marisela@redwood-kinetics.example"),
        subject="Re: Hardware Test Engineer interview",
        body=thread(
            """
Hi Ansel,

Tuesday March 11 at 10am Pacific is booked. I think that's 10am for you in Arizona as
well, since we'll have sprung forward by then - but go by Pacific if in doubt.

It'll be me plus Dmitri Vasquez-Kahale from the test lab.

Marisela
""",
            oq(
                "2042-03-04 15:58",
                "America/Phoenix",
                "Ansel Vikström-Dube",
                "Marisela Ochoa-Pratt",
                "Re: Hardware Test Engineer interview",
                "Hi Marisela, any morning in the week of the 10th works for me. Ansel",
            ),
        ),
        label=lab(
            "2042-03-11 10:00",
            "America/Los_Angeles",
            None,
            company="Redwood Kinetics",
            role="Hardware Test Engineer",
            who=["Marisela Ochoa-Pratt", "Dmitri Vasquez-Kahale"],
            notes="'10am Pacific' (bare region word) after the US change: PDT -07, the same "
            "as Phoenix.",
        ),
    ),
    _p(
        PRIYANKA,
        "agency-availability-next-week-singapore",
        "scheduling_request",
        "2042-02-19 11:25",
        "Asia/Singapore",
        frm=("Chloe Tan", "chloe.tan@straits-talent.example"),
        subject="Merbau Analytics - availability for 1st round",
        body="""
Hi Priyanka,

Good news, Merbau Analytics would like to move you forward for the Product Analyst role.

Could you send me your availability for next week? They prefer mornings (SGT) and the
first round is 45 minutes over Teams with the hiring manager. Two or three slots is
perfect and I'll confirm one with them.

Thanks!
Chloe Tan
Consultant, Straits Talent
+65 6555 0174
""",
        label=note(
            "An agency asks for availability; no time is set.",
            company="Merbau Analytics",
            role="Product Analyst",
        ),
    ),
    _p(
        LEANDER,
        "two-slots-month-first-atlantic",
        "scheduling_request",
        "2042-03-04 10:10",
        "America/Halifax",
        frm=("Colm Fitzpatrick-Nwachukwu", "colm@seaspray-marine.example"),
        subject="Interview times",
        body="""
Hi Leander,

Thanks for applying to the Marine Electrician posting. I can offer either Tue 3/11 at 2
or Thu 3/13 at 11 (Atlantic). Which works better? If neither, send me a couple of times
that do.

Colm Fitzpatrick-Nwachukwu
Service Manager, Seaspray Marine
902-555-0137
""",
        label=note(
            "Two slots offered, none chosen yet.",
            company="Seaspray Marine",
            role="Marine Electrician",
        ),
    ),
    _p(
        OLUWASEUN,
        "second-slot-it-is-lagos",
        "interview",
        "2042-02-12 13:02",
        "Africa/Lagos",
        frm=("Ifeoma Chukwuma", "ifeoma.c@iroko-credit.example"),
        subject="RE: Interview slots - Credit Analyst",
        body=thread(
            """
Dear Oluwaseun,

Let's go with the second one - Thursday 20 February, 1pm WAT. You will be interviewed by
Adaeze Okonkwo-Bello, joined by Tunde Bakare-Ige from the credit team.

Venue: 12 Adeola Odeku Street, Victoria Island. Please come 15 minutes early.

Regards,
Ifeoma
""",
            oq(
                "2042-02-12 10:44",
                "Africa/Lagos",
                "Oluwaseun Adebisi-Crane",
                "Ifeoma Chukwuma",
                "RE: Interview slots - Credit Analyst",
                "Dear Ifeoma,\n\nThank you. Either Wednesday 19 February at 10am or Thursday "
                "20 February at 1pm would work for me.\n\nKind regards,\nOluwaseun",
            ),
        ),
        label=lab(
            "2042-02-20 13:00",
            "Africa/Lagos",
            None,
            company="Iroko Credit",
            role="Credit Analyst",
            who=["Adaeze Okonkwo-Bello", "Tunde Bakare-Ige"],
            notes="'the second one' points into the quoted reply; WAT is an abbreviation.",
        ),
    ),
    _p(
        CALLUM,
        "initials-only-panel-london",
        "interview",
        "2042-02-05 10:30",
        "Europe/London",
        frm=("Priya Lakhani-Dunn", "people@ferrule-engineering.example"),
        subject="Interview invitation - Structural Engineer",
        body="""
Dear Callum,

We're delighted to invite you to interview for the Structural Engineer position on
Wednesday 12 February at 4pm, at our Clerkenwell studio.

You'll meet J. R. Okafor-Hayes, Associate Director, and our CTO, M. Villeneuve.
The session is about an hour and includes a short design review.

Best regards,
Priya Lakhani-Dunn
People Team, Ferrule Engineering
""",
        label=lab(
            "2042-02-12 16:00",
            "Europe/London",
            None,
            company="Ferrule Engineering",
            role="Structural Engineer",
            who=["J. R. Okafor-Hayes", "M. Villeneuve"],
            notes="Interviewers given with initials only.",
        ),
    ),
    _p(
        ZARA,
        "agency-finnish-time-diacritics",
        "interview",
        "2042-02-20 12:15",
        "Europe/London",
        frm=("Oliver Pennock", "oliver.pennock@northlight-recruitment.example"),
        subject="Interview with Routa Games confirmed",
        body="""
Hi Zara,

Routa Games have confirmed Friday 28 February at 13.00 Finnish time for the Lead
Producer interview. It's on-site at their Tampere studio.

You'll be meeting Joonas Mäkelä-Brooks (Studio Head) and Eeva-Liisa Kärkkäinen
(Executive Producer).

Good luck - call me afterwards!

Oliver Pennock
Northlight Recruitment | Games & Interactive
+44 161 555 0103
""",
        label=lab(
            "2042-02-28 13:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Routa Games",
            role="Lead Producer",
            who=["Joonas Mäkelä-Brooks", "Eeva-Liisa Kärkkäinen"],
            notes="A UK agency writes '13.00 Finnish time' (Finland has one zone).",
        ),
    ),
    _p(
        IMANI,
        "tomorrow-at-noon-ceo-new-york",
        "interview",
        "2042-02-18 16:05",
        "America/New_York",
        frm=("Octavia Barnes-Whitlow", "octavia@kettle-and-ledger.example"),
        subject="Re: tomorrow?",
        body=thread(
            f"""
Great - tomorrow at noon it is. I'll call you; it's just me.

O.

{OUTLOOK_MOBILE}
""",
            gq(
                "2042-02-18 15:31",
                "America/New_York",
                "Imani Whitlock-Njoroge <imani.whitlock@example.net>",
                "Hi Octavia, yes, I'm free tomorrow around lunchtime. Imani",
            ),
            gq(
                "2042-02-18 14:50",
                "America/New_York",
                "Octavia Barnes-Whitlow <octavia@kettle-and-ledger.example>",
                "Hi Imani, any chance you're free tomorrow for a quick 30 with me? I'm the "
                "CEO here and would love to talk about the Finance Lead role.",
            ),
        ),
        label=lab(
            "2042-02-19 12:00",
            "America/New_York",
            None,
            company="Kettle & Ledger",
            role="Finance Lead",
            who=["Octavia Barnes-Whitlow"],
            notes="'tomorrow at noon' from the Date header (18 February); the CEO signs 'O.' "
            "and her name is in the quoted From line.",
        ),
    ),
    _p(
        BODIL,
        "danish-time-reykjavik-user",
        "interview",
        "2042-03-03 09:40",
        "Europe/Copenhagen",
        frm=("Søren Kjærgaard-Holm", "soren.kh@havblik-energy.example"),
        subject="Interview, Offshore Analyst",
        body="""
Dear Bodil,

Thank you for your application. We would like to invite you to a video interview on
Tuesday 11 March at 14:00 Danish time (13:00 in Reykjavík).

From our side: myself and Maja Ravnsbæk, team lead for offshore analytics.

Best regards
Søren Kjærgaard-Holm
Head of Market Analysis
Havblik Energy A/S
""",
        label=lab(
            "2042-03-11 14:00",
            "Europe/Copenhagen",
            "Europe/Copenhagen",
            company="Havblik Energy",
            role="Offshore Analyst",
            who=["Søren Kjærgaard-Holm", "Maja Ravnsbæk"],
            notes="'Danish time' (Denmark proper has one zone) for a user in Reykjavík.",
        ),
    ),
    _p(
        HARPER,
        "forwarded-to-self-thursday-ten-new-york",
        "interview",
        "2042-03-20 21:18",
        "America/New_York",
        frm=("Harper Okonkwo-Lindley", "harper.jobhunt@example.com"),
        to="Harper Okonkwo-Lindley <harper.okonkwo@example.org>",
        subject="Fwd: Interview confirmation - Thursday 10am",
        body="""
saving this to my main inbox

"""
        + fw(
            "2042-03-20 16:02",
            "America/New_York",
            "Caspian Oduya-Fenwick <caspian@bellwether-tile.example>",
            "Harper Okonkwo-Lindley <harper.jobhunt@example.com>",
            "Interview confirmation - Thursday 10am",
            """
Hi Harper,

Confirming Thursday, March 27 at 10am ET at our Long Island City showroom (31-10
Thomson Ave, 4th floor). I'll meet you myself, and our head of operations,
Bettina Szabo-Reyes, will join for the second half hour.

Caspian Oduya-Fenwick
Founder, Bellwether Tile
718-555-0122
""",
        ),
        label=lab(
            "2042-03-27 10:00",
            "America/New_York",
            None,
            company="Bellwether Tile",
            who=["Caspian Oduya-Fenwick", "Bettina Szabo-Reyes"],
            notes="The user forwards a confirmation from her job-search address to her main "
            "one (Gmail forward); the time is in the forwarded message; ET is an "
            "abbreviation.",
        ),
    ),
    _p(
        LEANDER,
        "agency-outlook-forward-client-slot-halifax",
        "interview",
        "2042-03-26 15:40",
        "America/Halifax",
        frm=("Shauna MacIsaac", "shauna@fundy-talent.example"),
        subject="FW: Leander Fox-Achterberg - interview",
        body="""
Hi Leander,

Good news - see below from Dorothy at Annapolis Tidal Power. You're confirmed for the
time she mentions. Wear safety boots if you have them, they'll walk you through the
plant.

Shauna MacIsaac
Fundy Talent | 902-555-0163

"""
        + fw(
            "2042-03-26 14:55",
            "America/Halifax",
            "Dorothy Oyelaran-Boyd <dorothy.ob@annapolis-tidal.example>",
            "Shauna MacIsaac <shauna@fundy-talent.example>",
            "RE: Leander Fox-Achterberg - interview",
            """
Hi Shauna,

Happy to see Leander on Tuesday 1 April at 2pm Atlantic. I'll bring our plant manager,
Réjean Comeau. Reception at the main gate will have his name.

Dorothy Oyelaran-Boyd
Maintenance Superintendent, Annapolis Tidal Power
""",
            "outlook",
        ),
        label=lab(
            "2042-04-01 14:00",
            "America/Halifax",
            None,
            company="Annapolis Tidal Power",
            who=["Dorothy Oyelaran-Boyd", "Réjean Comeau"],
            notes="An agency forwards the client's Outlook reply; the consultant does not "
            "attend. 'Atlantic' is a bare region word.",
        ),
    ),
]
