"""Interviews arranged by people in English: agencies, hiring managers, replies, reminders."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    ALEXIS,
    ANAHIT,
    BRENDAN,
    CALLAN,
    DILNOZA,
    EWAN,
    HAYDEN,
    KWABENA,
    MARCUS,
    PAOLO,
    SHANICE,
    SIMRAN,
    TAMAR,
    TAVITA,
    d,
    dh,
    forwarded,
    lab,
    msgid,
    person,
    quoted,
    t12,
)

S1 = "2039-03-28 10:30"
S2 = "2039-03-17 15:00"
S3 = "2039-03-23 13:30"
S4 = "2039-03-27 10:00"
S5 = "2039-04-05 09:00"
S6 = "2039-03-17 14:00"
S7 = "2039-03-30 10:00"
S8 = "2039-04-08 11:00"
S9 = "2039-04-11 14:00"
S10 = "2039-04-05 09:15"
S11 = "2039-04-01 14:00"
S12 = "2039-04-07 10:00"
S13 = "2039-03-15 10:00"
S14 = "2039-03-29 16:00"

MESSAGES = [
    person(
        EWAN,
        "agency-leith-client-after-clocks-change",
        "interview",
        frm=("Catriona Muir", "catriona.muir@forthbridge-talent.example"),
        subject="Interview confirmed - Analytics Engineer, Leith Quay Analytics",
        date=dh("2039-03-24 16:42", "Europe/London"),
        body=f"""Hi Ewan,

Good news - Leith Quay Analytics would like to meet you. I've confirmed the following with
their team:

{d(S1, "uk")}, {t12(S1)} (UK time - note the clocks go forward this Sunday, so this is
BST)
Leith Quay Analytics, 3rd floor, 40 Commercial Street, Leith, EH6 6JD

You'll be meeting Morag Kincaid (Head of Data) and Euan Baillie (Principal Analytics
Engineer). Expect about an hour: 20 minutes on your background, then a walk-through of a
dbt project they'll send you on Friday.

Give me a ring afterwards and let me know how it went.

Best,
Catriona

Catriona Muir
Senior Consultant | Forthbridge Talent
0131 496 0712
""",
        label=lab(
            S1,
            "Europe/London",
            "Europe/London",
            company="Leith Quay Analytics",
            role="Analytics Engineer",
            who=["Morag Kincaid", "Euan Baillie"],
            notes="Agency confirms for its client; 'UK time' and a reminder that BST starts "
            "that Sunday (27 March). The consultant only arranges.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        ALEXIS,
        "london-manager-eleven-your-time",
        "interview",
        frm=("Jonty Ashworth-Bell", "jonty.ashworth@merrowgate-capital.example"),
        to="Alexis Whitmore-Danso <aw.careers@example.com>",
        subject="Our chat on Thursday",
        date=dh("2039-03-14 13:05", "Europe/London"),
        body=f"""Alexis,

Thanks for sending the writing sample over - it's exactly the sort of thing we want on the
desk. Let's speak properly: {d(S2, "uk")}, 3pm London / 11am New York (our clocks haven't
changed yet, so it's four hours rather than five this week).

I'll ring you on the number on your CV. My colleague Priti Venkatesh, who runs credit
research, will be on the call as well.

Jonty

Jonty Ashworth-Bell
Head of Research, Merrowgate Capital
""",
        label=lab(
            S2,
            "Europe/London",
            "Europe/London",
            company="Merrowgate Capital",
            who=["Jonty Ashworth-Bell", "Priti Venkatesh"],
            emails=["jonty.ashworth@merrowgate-capital.example"],
            notes="Hiring manager in London, both cities named; in the fortnight between the "
            "US and UK switches New York is four hours behind. Sent to the user's second "
            "address.",
        ),
    ),
    person(
        MARCUS,
        "reply-wednesday-one-thirty-works",
        "interview",
        frm=("Leah Brandvold", "leah.brandvold@prairiewind-logistics.example"),
        subject="RE: Operations Analyst - next steps",
        date=dh("2039-03-18 10:12", "America/Chicago"),
        in_reply_to=msgid("reply-wednesday-one-thirty-works-user", "example.org"),
        body="""Wednesday at 1:30 works great - I've put it on Dana's calendar and you'll get a
Zoom link from her assistant this afternoon. You'll be meeting Dana Whitcombe, our VP of
Operations, for about 45 minutes.

Leah
"""
        + quoted(
            "2039-03-17 19:40",
            "America/Chicago",
            "Marcus Oyelowo-Brandt <marcus.oyelowo@example.org>",
            """Hi Leah, thanks! Wednesday 3/23 at 1:30pm CT is best for me, Thursday at 10
would also work.

Marcus""",
        )
        + quoted(
            "2039-03-17 11:02",
            "America/Chicago",
            "Leah Brandvold <leah.brandvold@prairiewind-logistics.example>",
            """Hi Marcus, Dana would like to meet you. Could you do one of these?
- Wednesday 3/23, 1:30pm CT
- Thursday 3/24, 10:00am CT
- Friday 3/25, 3:00pm CT""",
        ),
        label=lab(
            S3,
            "America/Chicago",
            None,
            company="Prairiewind Logistics",
            role="Operations Analyst",
            who=["Dana Whitcombe"],
            notes="Reply settling the first of three offered slots; the date is only in the "
            "quoted mail, the zone only as 'CT'.",
        ),
    ),
    person(
        TAMAR,
        "israel-time-sunday-after-switch",
        "interview",
        frm=("Noa Rubinstein", "noa.r@arava-optics.example"),
        subject="Interview at Arava Optics - Sunday 27.3",
        date=dh("2039-03-22 11:20", "Asia/Jerusalem"),
        body="""Hi Tamar,

Following your conversation with our recruiter, we'd like to invite you to a technical
interview for the Optical Design Engineer position.

Date: Sunday, 27 March 2039
Time: 10:00 Israel time (clocks move forward this Friday, so please double-check your
calendar if you're travelling)
Place: Arava Optics, 14 HaMelacha St., Rosh HaAyin - building B, 2nd floor

The interview will be with Yoav Ben-Ami (R&D manager) and Shira Katz (senior optical
engineer). Please bring an ID for the guard at the gate.

Noa Rubinstein
HR Business Partner
""",
        label=lab(
            S4,
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Arava Optics",
            role="Optical Design Engineer",
            who=["Yoav Ben-Ami", "Shira Katz"],
            notes="Sunday working day in Israel, two days after Israel's Friday 25 March "
            "switch to +03. HR only arranges.",
        ),
    ),
    person(
        HAYDEN,
        "sydney-time-half-hour-island",
        "interview",
        frm=("Bridget Nolan", "bridget.nolan@tasmanreef-ferries.example"),
        subject="Interview - Vessel Scheduling Coordinator",
        date=dh("2039-03-30 15:10", "Australia/Sydney"),
        body=f"""Hi Hayden,

Thanks for applying for the Vessel Scheduling Coordinator role. I'd like to have a video
chat with you on {d(S5, "uk")} at 9:00am Sydney time. Daylight saving finishes on the 3rd,
so from then on you're half an hour ahead of us again - that's 9:30am on the island.

I'll send a Teams link the day before. It'll be me and Craig Dunstan from our fleet team.

Cheers,
Bridget Nolan
Marine Operations Manager, Tasman Reef Ferries
""",
        label=lab(
            S5,
            "Australia/Sydney",
            "Australia/Sydney",
            company="Tasman Reef Ferries",
            role="Vessel Scheduling Coordinator",
            who=["Bridget Nolan", "Craig Dunstan"],
            emails=["bridget.nolan@tasmanreef-ferries.example"],
            notes="Lord Howe user; after 3 April Sydney is +10 and Lord Howe +10:30, so 9:00 "
            "Sydney is 9:30 for the user. Label in Sydney time as stated first.",
        ),
    ),
    person(
        CALLAN,
        "thursday-arvo-west-perth",
        "interview",
        frm=("Lachlan Pryor", "lachlan.pryor@swanbasin-drilling.example"),
        subject="Catch up Thursday?",
        date=dh("2039-03-14 08:05", "Australia/Perth"),
        body="""G'day Callan,

Had a look at your resume, good stuff. Can you come in Thursday arvo, 2pm, at our West Perth
office (Level 6, 88 Colin St)? You'll meet me and our lead engineer Jarrah Collins, should
take about an hour. Ask for me at reception.

Cheers
Lachlan Pryor
Drilling Superintendent | Swan Basin Drilling
""",
        label=lab(
            S6,
            "Australia/Perth",
            None,
            company="Swan Basin Drilling",
            who=["Lachlan Pryor", "Jarrah Collins"],
            emails=["lachlan.pryor@swanbasin-drilling.example"],
            notes="Casual hiring-manager note; 'Thursday arvo, 2pm' resolved against the "
            "Monday Date header; no zone named.",
        ),
        agent="Apple Mail (2.3826)",
    ),
    person(
        SHANICE,
        "formal-letter-kingston-panel",
        "interview",
        frm=("Human Resources - Blue Mahoe Bank", "hr.recruitment@bluemahoe-bank.example"),
        subject="Invitation to Interview - Credit Risk Officer (Ref. CRO/0339)",
        date=dh("2039-03-21 09:30", "America/Jamaica"),
        body=f"""Dear Ms. Campbell-Morrison,

Re: Application for the post of Credit Risk Officer

We are pleased to advise that you have been shortlisted for the above-mentioned position
and are invited to attend an interview on {d(S7, "ord")} 2039 at 10:00 a.m. at our Head
Office, 12 Knutsford Boulevard, Kingston 5.

The interview panel will comprise Mrs. Paulette Grant-Lindo, Senior Manager, Credit Risk,
and Mr. Orville Brown, Manager, Human Resources.

Kindly bring the originals of your academic certificates and a valid photo ID. Please
confirm your attendance by replying to this email no later than Friday, 25th March 2039.

Yours sincerely,

Sharon McKenzie (Miss)
Recruitment Officer
""",
        label=lab(
            S7,
            "America/Jamaica",
            None,
            company="Blue Mahoe Bank",
            role="Credit Risk Officer",
            who=["Paulette Grant-Lindo", "Orville Brown"],
            notes="Formal letter; the HR manager sits on the panel and counts, the "
            "recruitment officer who signs does not. No zone named.",
        ),
        html=True,
    ),
    person(
        KWABENA,
        "founder-osu-office-friday",
        "interview",
        frm=("Efua Mensah-Bonsu", "efua@kente-ledger.example"),
        subject="Re: Backend role at Kente Ledger",
        date=dh("2039-04-04 21:47", "Africa/Accra"),
        in_reply_to=msgid("founder-osu-office-friday-prev", "example.org"),
        body="""Hi Kwabena,

Sorry for the slow reply, crazy week. Let's do Friday 8 April, 11am GMT at our Osu office
(the yellow building behind the Koala supermarket, 2nd floor). Come ready to pair on some
Go code with me and Kojo.

Efua

Sent from my phone
""",
        label=lab(
            S8,
            "Africa/Accra",
            None,
            company="Kente Ledger",
            who=["Efua Mensah-Bonsu", "Kojo"],
            emails=["efua@kente-ledger.example"],
            notes="Founder's short reply; 'GMT' is an abbreviation only; Kojo is given by "
            "first name.",
        ),
    ),
    person(
        ANAHIT,
        "yerevan-time-html-only",
        "interview",
        frm=("Lilit Sargsyan", "lilit.sargsyan@ararat-softworks.example"),
        subject="Technical interview invitation - QA Automation Engineer",
        date=dh("2039-04-05 17:25", "Asia/Yerevan"),
        body=f"""Dear Anahit,

Thank you for completing the home assignment. We would like to invite you to a technical
interview:

{d(S9, "usy")} at 14:00 Yerevan time (12:00 CEST for our colleague in Munich)
Google Meet: meet.google.com/rvx-hqnb-tza

Interviewers: Lusine Hakobyan (QA Lead) and Mark Feldmann (Engineering Manager, Munich).

Kind regards,
Lilit Sargsyan
Talent Acquisition, Ararat Softworks
""",
        label=lab(
            S9,
            "Asia/Yerevan",
            "Asia/Yerevan",
            company="Ararat Softworks",
            role="QA Automation Engineer",
            who=["Lusine Hakobyan", "Mark Feldmann"],
            notes="HTML only; Yerevan (+04, no DST) and Munich (CEST after 27 March) two "
            "hours apart.",
        ),
        html_only=True,
    ),
    person(
        SIMRAN,
        "reminder-tomorrow-tuesday-et",
        "interview",
        frm=("Kiara Bissoondath", "kiara.bissoondath@lakeshore-mutual.example"),
        subject="Reminder: your interview tomorrow",
        date=dh("2039-04-04 15:30", "America/Toronto"),
        body="""Hi Simran,

Just a friendly reminder of your interview tomorrow (Tuesday) at 9:15 am ET at our office,
100 Wellington St W, 22nd floor. Please check in with security in the lobby about ten
minutes early.

Interviewers:
- Gordon Yip, Director, Enterprise Risk
- Amara Osei-Tutu, Senior Risk Analyst

Good luck!
Kiara Bissoondath
Recruitment Coordinator, Lakeshore Mutual
""",
        label=lab(
            S10,
            "America/Toronto",
            None,
            company="Lakeshore Mutual",
            who=["Gordon Yip", "Amara Osei-Tutu"],
            notes="Reminder the day before; 'tomorrow (Tuesday)' against the Monday Date "
            "header; 'ET' only.",
        ),
    ),
    person(
        PAOLO,
        "final-interview-philippine-time",
        "interview",
        frm=(
            "Recruitment Team - Tagaytay Ridge Shared Services",
            "careers@tagaytayridge-shared.example",
        ),
        reply_to=("Jasmine Dela Cruz", "jasmine.delacruz@tagaytayridge-shared.example"),
        subject="Final Interview Schedule - Workforce Analyst",
        date=dh("2039-03-29 17:58", "Asia/Manila"),
        body=f"""Good day Paolo!

Congratulations on passing the initial assessment. Your final interview has been scheduled
as follows:

Date: {d(S11, "usy")}
Time: {t12(S11)} (Philippine time)
Platform: Zoom (link to follow)
Interviewer: Ma. Theresa Santos, Operations Manager

Please be online 10 minutes before your schedule and make sure your camera is working.

Thank you and good luck!

Jasmine Dela Cruz
Talent Acquisition Specialist
""",
        label=lab(
            S11,
            "Asia/Manila",
            "Asia/Manila",
            company="Tagaytay Ridge Shared Services",
            role="Workforce Analyst",
            who=["Ma. Theresa Santos"],
            notes="Philippine English template from a careers address with a recruiter "
            "reply-to; 'Philippine time' names the country.",
        ),
        html=True,
    ),
    person(
        TAVITA,
        "nz-time-eleven-in-apia",
        "interview",
        frm=("Olivia Brash", "olivia.brash@kaimoana-freight.example"),
        subject="Interview for Pacific Trade Liaison",
        date=dh("2039-03-31 12:40", "Pacific/Auckland"),
        body=f"""Kia ora Tavita,

Thanks for your application for the Pacific Trade Liaison role. We'd love to talk with you
over Teams on {d(S12, "uk")} at 10am New Zealand time. Our daylight saving ends on Sunday
3 April, so that will be 11am your time in Apia.

On the call will be Hemi Rangitāne (GM Pacific) and me.

Ngā mihi,
Olivia Brash
People & Culture Partner, Kaimoana Freight
""",
        label=lab(
            S12,
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Kaimoana Freight",
            role="Pacific Trade Liaison",
            who=["Hemi Rangitāne", "Olivia Brash"],
            emails=["olivia.brash@kaimoana-freight.example"],
            notes="Samoa user (+13, no DST); Auckland back to +12 on 3 April, so 10am NZ is "
            "11am Apia. The HR partner takes part.",
        ),
    ),
    person(
        BRENDAN,
        "confirmed-tuesday-newfoundland-time",
        "interview",
        frm=("Colleen Parsons", "colleen.parsons@narrows-marine.example"),
        subject="Re: Marine Electrician interview",
        date=dh("2039-03-10 14:22", "America/St_Johns"),
        in_reply_to=msgid("confirmed-tuesday-newfoundland-time-user", "example.com"),
        body="""Perfect, you're confirmed for Tuesday at 10 Newfoundland time. Ryan Hickey (our
shop foreman) and I will meet you at the Southside Road gate.

Colleen
"""
        + quoted(
            "2039-03-10 13:51",
            "America/St_Johns",
            "Brendan Kavanagh-Oduya <brendan.kavanagh@example.com>",
            """Hi Colleen,

Tuesday the 15th works for me, any time in the morning.

Thanks,
Brendan""",
        ),
        label=lab(
            S13,
            "America/St_Johns",
            "America/St_Johns",
            company="Narrows Marine",
            role="Marine Electrician",
            who=["Colleen Parsons", "Ryan Hickey"],
            emails=["colleen.parsons@narrows-marine.example"],
            notes="Reply settling a time; the date 'Tuesday the 15th' is in the quoted mail; "
            "Newfoundland moves to -02:30 on 13 March, before the interview.",
        ),
    ),
    person(
        DILNOZA,
        "recruiter-forwards-manager-note",
        "interview",
        frm=("Aziza Karimova", "aziza.karimova@silkroute-telecom.example"),
        subject="Fwd: Dilnoza - technical round",
        date=dh("2039-03-24 10:05", "Asia/Tashkent"),
        body="""Dear Dilnoza,

Please see below from Timur - the time suits them, so it is fixed. I will send you the
address of the Chilonzor office separately.

Best regards,
Aziza

"""
        + forwarded(
            "2039-03-23 18:40",
            "Asia/Tashkent",
            "Timur Rakhimov <timur.rakhimov@silkroute-telecom.example>",
            "Aziza Karimova <aziza.karimova@silkroute-telecom.example>",
            "Dilnoza - technical round",
            """Aziza,

Let's see Dilnoza on Tuesday 29 March, 16:00 Tashkent. Gulnora Saidova will join me for the
network design part.

Timur""",
        ),
        label=lab(
            S14,
            "Asia/Tashkent",
            "Asia/Tashkent",
            company="Silkroute Telecom",
            who=["Timur Rakhimov", "Gulnora Saidova"],
            emails=["timur.rakhimov@silkroute-telecom.example"],
            notes="Recruiter forwards the hiring manager's note; date, time and zone only in "
            "the forward. The recruiter only arranges.",
        ),
    ),
    person(
        TAMAR,
        "new-date-after-reserve-duty",
        "interview",
        frm=("Noa Rubinstein", "noa.r@arava-optics.example"),
        subject="Re: Interview at Arava Optics - new date",
        date=dh("2039-03-28 12:40", "Asia/Jerusalem"),
        in_reply_to=msgid("new-date-after-reserve-duty-user", "example.com"),
        body="""Hi Tamar,

Thanks for sending options so quickly. Let's go with Tuesday 5 April at 9:30 Israel time,
same place (building B, 2nd floor). Yoav is back by then, and Shira will join as planned.

Noa
"""
        + quoted(
            "2039-03-27 20:11",
            "Asia/Jerusalem",
            "Tamar Levinson-Achebe <tamar.levinson@example.com>",
            """Hi Noa,

No problem at all. In the week of 3 April I could do Monday or Tuesday morning, or Thursday
after 14:00.

Best,
Tamar""",
        ),
        label=lab(
            "2039-04-05 09:30",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Arava Optics",
            who=["Yoav", "Shira"],
            notes="Rescheduled after an earlier request to move: the new time is the label. "
            "Interviewers only by first name here (full names were in the first mail).",
        ),
    ),
]
