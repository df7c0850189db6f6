"""Interviews where the people are the hard part: loops, tables, Cc lines, hand-overs,
substitutions, ATTENDEE-only names, signatures, name orders, initials and titles."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    ANWEN,
    BRONWYN,
    CASSIUS,
    FENELLA,
    GARETH,
    GOOGLE,
    HIRAM,
    HYERIN,
    JESSAMY,
    KOFI,
    LIOR,
    MAHALIA,
    MARGUERITE,
    PRUDENCE,
    ROSALIND,
    SEBASTIAN,
    TAMAR,
    TOBIAS,
    VIHAAN,
    WILHELMINA,
    XIAOLING,
    cal_mail,
    d,
    dh,
    google,
    html_mail,
    lab,
    outlook,
    person,
    table,
    wd,
)

S = "2043-09-22 10:00"

MESSAGES = [
    # 1. Onsite loop as a plain-text table, recruiter coordinates only.
    person(
        ROSALIND,
        "onsite-loop-text-table-brooklyn",
        "interview",
        frm=("Keturah Mbeki-Lowry", "keturah.mbeki@harrowgate-labs.example"),
        subject="Your onsite at Harrowgate Labs - schedule for " + d(S, "short"),
        date=dh("2043-09-15 16:40", "America/New_York"),
        body=f"""Hi Rosalind,

Great news - the team would like to bring you in for the final round for the Staff Data
Engineer role. Here is your schedule for {d(S, "usy")} (all times Eastern):

Time            | Interviewer               | Focus
----------------+---------------------------+------------------------------
10:00 - 10:45   | Prakash Iyer-Dalton       | Data modelling
10:45 - 11:30   | Genevieve Oduya           | Pipelines & reliability
11:30 - 12:15   | Lunch with Tomasz Wrobel  | Informal (not assessed)
12:15 - 1:00    | Harriet Okonedo-Stein     | Hiring manager conversation

Address: 41 Pell Street, 6th floor, New York. Ask for me at reception and I'll walk you up.
I'm only coordinating on the day, so I won't be in any of the sessions.

Best,
Keturah Mbeki-Lowry
Recruiting Coordinator, Harrowgate Labs
""",
        label=lab(
            S,
            "America/New_York",
            None,
            company="Harrowgate Labs",
            role="Staff Data Engineer",
            who=[
                "Prakash Iyer-Dalton",
                "Genevieve Oduya",
                "Tomasz Wrobel",
                "Harriet Okonedo-Stein",
            ],
            notes="Loop as a text table; the coordinator says she is not in the sessions. The "
            "lunch host is counted (the user meets him during the loop) though it is not assessed.",
        ),
    ),
    # 2. HTML-only loop table from an ATS-like template, Pacific time.
    html_mail(
        PRUDENCE,
        "html-loop-table-virtual-onsite-oakland",
        "interview",
        frm=("Brackenfold Talent Team", "talent@brackenfold.example"),
        subject="Virtual onsite confirmed: Product Designer II",
        date=dh("2043-10-01 11:05", "America/Los_Angeles"),
        markup=(
            "<p>Hi Prudence,</p><p>Your virtual onsite for <b>Product Designer II</b> is "
            f"confirmed for <b>{d('2043-10-08', 'usy')}</b>. All times are Pacific Time "
            "(Los Angeles).</p>\n"
            + table(
                [
                    ("9:00 AM - 9:45 AM", "Dr. Imelda Santiago-Roux", "Portfolio review"),
                    ("10:00 AM - 10:45 AM", "Bartholomew Ekwueme", "Design exercise"),
                    ("11:00 AM - 11:30 AM", "Yuki Hamasaki", "Cross-functional partner"),
                ],
                ("Time", "Interviewer", "Focus"),
            )
            + "\n<p>Each session has its own Zoom link in the calendar holds we sent "
            "separately.</p><p>Brackenfold Talent Team</p>"
        ),
        label=lab(
            "2043-10-08 09:00",
            "America/Los_Angeles",
            "America/Los_Angeles",
            company="Brackenfold",
            role="Product Designer II",
            who=["Imelda Santiago-Roux", "Bartholomew Ekwueme", "Yuki Hamasaki"],
            notes="HTML-only table; the title 'Dr.' is dropped; the label starts at the first "
            "session.",
        ),
    ),
    # 3. Names only in the ATTENDEE list; body says "the team".
    cal_mail(
        TOBIAS,
        "attendees-only-panel-manchester",
        "interview",
        date=dh("2043-09-09 14:22", "Europe/London"),
        frm=("Bexley Ward", "bexley.ward@cinderpath.example"),
        to=TOBIAS.mailbox,
        subject="Invitation: Cinderpath - second stage (Backend Engineer) @ "
        + d("2043-09-17", "abbr")
        + " 14:00 - 15:00 (BST)",
        body="Hi Tobias, the team are looking forward to speaking with you. Link below. Bexley",
        event={
            "summary": "Cinderpath - second stage (Backend Engineer)",
            "prodid": GOOGLE,
            "organizer": ("Bexley Ward", "bexley.ward@cinderpath.example"),
            "attendees": [
                ("Tobias Wexford-Anim", TOBIAS.addresses[0]),
                ("Marisela Quan", "marisela.quan@cinderpath.example"),
                ("Osric Hallam", "osric.hallam@cinderpath.example"),
            ],
            "start": "2043-09-17 14:00",
            "minutes": 60,
            "zone": "Europe/London",
            "description": "Hi Tobias, the team are looking forward to speaking with you.",
            "location": "https://meet.google.com/tqr-vbxa-pkd",
        },
        label=lab(
            "2043-09-17 14:00",
            "Europe/London",
            "Europe/London",
            company="Cinderpath",
            role="Backend Engineer",
            who=["Marisela Quan", "Osric Hallam"],
            emails=["marisela.quan@cinderpath.example", "osric.hallam@cinderpath.example"],
            notes="The interviewers appear only as ATTENDEEs; the organiser (a recruiter who "
            "sends the invitation) is not listed among them. A careful reader could count her.",
        ),
    ),
    # 4. Interviewers copied and introduced in one line.
    person(
        MARGUERITE,
        "cc-introduced-in-one-line-st-louis",
        "interview",
        frm=("Delphine Arceneaux", "delphine.arceneaux@mossbank-freight.example"),
        cc="Hollis Vandermeer <hollis.vandermeer@mossbank-freight.example>, "
        "Priya Chandrasekar <priya.chandrasekar@mossbank-freight.example>",
        subject="Next conversation - Operations Analyst",
        date=dh("2043-10-05 09:12", "America/Chicago"),
        body=f"""Marguerite,

Copying Hollis and Priya, who'll be your interviewers on {d("2043-10-09", "us")} at 1:30pm
Central. We'll meet at our Chesterfield office, 1800 Ridgeline Drive.

Hollis, Priya - Marguerite is the candidate I mentioned for the analyst seat.

Thanks,
Delphine Arceneaux | Talent Acquisition | Mossbank Freight
""",
        label=lab(
            "2043-10-09 13:30",
            "America/Chicago",
            None,
            company="Mossbank Freight",
            role="Operations Analyst",
            who=["Hollis Vandermeer", "Priya Chandrasekar"],
            emails=[
                "hollis.vandermeer@mossbank-freight.example",
                "priya.chandrasekar@mossbank-freight.example",
            ],
            notes="Interviewers are the two Cc'd people, named by first name in the body and in "
            "full only in the Cc header; 'Central' alone gives no IANA zone.",
        ),
    ),
    # 5. "You'll meet A and B; C from HR will start the day."
    person(
        ANWEN,
        "hr-starts-the-day-cardiff",
        "interview",
        frm=("Rhiannon Bevan-Osei", "rhiannon.bevan@glaslyn-energy.example"),
        subject="Assessment day - Glaslyn Energy, " + d("2043-10-20", "uk"),
        date=dh("2043-10-12 10:30", "Europe/London"),
        body=f"""Dear Anwen,

Thank you for your time on the phone. I'm delighted to confirm your assessment day for the
Grid Planning Engineer position on {d("2043-10-20", "uky")}, starting at 9:30am at our
Cardiff Bay office.

You'll meet Owain Pritchard-Lyle (Head of Network Planning) and Dr Saanvi Mehta-Rhys
(Principal Engineer) for the technical interview. Carys Llwyd from our HR team will start
the day with a short welcome and a walk through the site safety induction.

Please bring photo ID.

Kind regards,
Rhiannon Bevan-Osei
Resourcing Partner
""",
        label=lab(
            "2043-10-20 09:30",
            "Europe/London",
            None,
            company="Glaslyn Energy",
            role="Grid Planning Engineer",
            who=["Owain Pritchard-Lyle", "Saanvi Mehta-Rhys"],
            notes="Carys Llwyd (HR) gives a welcome and an induction, not an interview, so she "
            "is left out; a careful reader might count her since the user meets her.",
        ),
    ),
    # 6. Recruiter hands over; the hiring manager then writes.
    person(
        CASSIUS,
        "recruiter-hands-over-to-manager-boulder",
        "interview",
        frm=("Linnea Harjo", "linnea.harjo@ptarmigan-robotics.example"),
        cc="Ramón Echeverría-Pike <ramon.echeverria@ptarmigan-robotics.example>",
        subject="Re: Controls Engineer - next steps",
        date=dh("2043-10-26 08:47", "America/Denver"),
        body=f"""Hi Cassius,

Thanks - {wd("2043-10-29")} at 10 works on my side. Ramón will send over the video link; I
gave him your availability and I'll leave you in his hands from here on. He runs the
controls team and will do this one himself.

Ramón, over to you!

Linnea Harjo
Recruiter, Ptarmigan Robotics

On {d("2043-10-25", "short")}, 2043 at 7:58 PM Cassius Oduro-Wilkes wrote:
> Hi Linnea, {wd("2043-10-29")} morning works - anytime from 9 to noon Mountain.
> Cassius
""",
        label=lab(
            "2043-10-29 10:00",
            "America/Denver",
            None,
            company="Ptarmigan Robotics",
            role="Controls Engineer",
            who=["Ramón Echeverría-Pike"],
            emails=["ramon.echeverria@ptarmigan-robotics.example"],
            notes="The recruiter hands over and does not take part; the manager (Cc) "
            "interviews. 'Thursday at 10' settles the time against the user's Mountain window.",
        ),
    ),
    # 7. Substitution: Y out sick, Z takes her slot.
    person(
        HIRAM,
        "substitution-out-sick-detroit",
        "interview",
        frm=("Colm Battersby", "colm.battersby@ironvale-auto.example"),
        subject="Small change to your interview tomorrow",
        date=dh("2043-11-09 15:20", "America/Detroit"),
        body=f"""Hi Hiram,

A quick heads-up about tomorrow's interview ({d("2043-11-10", "us")}, 2:00-3:00pm ET):
Fiona Karagiannis is out sick, so Desmond Achterberg-Nuñez will take her slot. Desmond
leads our battery-systems group, so the conversation will be much the same. Beatrice Obuya
is still joining as planned.

Same Teams link as before.

Colm Battersby
Recruiting, Ironvale Automotive
""",
        label=lab(
            "2043-11-10 14:00",
            "America/Detroit",
            None,
            company="Ironvale Automotive",
            who=["Desmond Achterberg-Nuñez", "Beatrice Obuya"],
            notes="Fiona Karagiannis, out sick, is replaced and not labelled; the sender only "
            "coordinates.",
        ),
    ),
    # 8. Hiring manager writes herself, names in her signature.
    person(
        TAMAR,
        "hiring-manager-writes-herself-toronto",
        "interview",
        frm=("Sunniva Abernathy-Oke", "sunniva.abernathy@lakeshore-ledger.example"),
        subject="Let's talk - Senior Accountant",
        date=dh("2043-10-19 19:02", "America/Toronto"),
        body=f"""Hi Tamar,

I'm the Controller at Lakeshore Ledger and I'd like to meet you myself before we go any
further. Could we do {d("2043-10-23", "us")} at 11:30am Toronto time, at our office at
88 Queens Quay West? My colleague Jun-seo Park from the audit side will sit in too.

It'll be an hour, no presentation needed.

Sunniva

--
Sunniva Abernathy-Oke, CPA
Controller | Lakeshore Ledger
sunniva.abernathy@lakeshore-ledger.example
""",
        label=lab(
            "2043-10-23 11:30",
            "America/Toronto",
            "America/Toronto",
            company="Lakeshore Ledger",
            role="Senior Accountant",
            who=["Sunniva Abernathy-Oke", "Jun-seo Park"],
            emails=["sunniva.abernathy@lakeshore-ledger.example"],
            notes="The sender is the interviewer (she says she will meet the user herself); "
            "her full name comes from the signature; 'CPA' dropped. Proposed time stated as "
            "the meeting time, labelled an interview.",
        ),
    ),
    # 9. Two people with the same first name.
    person(
        KOFI,
        "two-abenas-accra",
        "interview",
        frm=("Yaw Darko-Mills", "yaw.darko@osu-castle-bank.example"),
        subject="Panel interview - Credit Risk Officer - " + d("2043-09-24", "ord"),
        date=dh("2043-09-16 11:00", "Africa/Accra"),
        body=f"""Dear Kofi,

Further to your application, you are invited to a panel interview for the post of Credit
Risk Officer on {d("2043-09-24", "ord")} at 10:00 GMT at our head office, Independence
Avenue, Accra.

The panel will be Abena Owusu-Ansah (Head of Credit), Abena Kyeremateng (Risk Analytics)
and Mr. Selorm Agbeko (Compliance). To avoid confusion on the day: the two Abenas sit
on different teams and both will ask questions.

Yours faithfully,
Yaw Darko-Mills
HR Officer
""",
        label=lab(
            "2043-09-24 10:00",
            "Africa/Accra",
            None,
            company="Osu Castle Bank",
            role="Credit Risk Officer",
            who=["Abena Owusu-Ansah", "Abena Kyeremateng", "Selorm Agbeko"],
            notes="Two interviewers share a first name; 'Mr.' dropped. GMT as an abbreviation "
            "is not a place. The company is named only by the sender's domain.",
        ),
    ),
    # 10. Non-Western name order and Japanese user.
    person(
        WILHELMINA,
        "surname-first-panel-shirakawa-tokyo",
        "interview",
        frm=("Morita Keiko", "k.morita@shirakawa-systems.example"),
        subject="Interview schedule: Localisation Lead (2043/10/07)",
        date=dh("2043-09-30 13:15", "Asia/Tokyo"),
        body="""Dear Ms. Croft-Nartey,

Thank you for applying to Shirakawa Systems. We would like to invite you to an online
interview on 2043/10/07 (Wed) from 16:00 to 17:00 JST.

Interviewers:
- SUZUKI Daichi (Director, Localisation)
- Nakagawa Rie (Senior Producer)

I (Morita) will open the meeting and then leave.

Best regards,
Morita Keiko
Recruiting Team, Shirakawa Systems
""",
        label=lab(
            "2043-10-07 16:00",
            "Asia/Tokyo",
            None,
            company="Shirakawa Systems",
            role="Localisation Lead",
            who=["SUZUKI Daichi", "Nakagawa Rie"],
            notes="Family-name-first names kept as written (one with the family name in "
            "capitals); the coordinator opens the call and leaves, so she is not counted.",
        ),
    ),
    # 11. Single names and initials.
    person(
        VIHAAN,
        "single-names-and-initials-pune",
        "interview",
        frm=("Recruitment - Kesari Analytics", "careers@kesari-analytics.example"),
        subject=f"Technical round on {d('2043-10-16', 'abbr')} - Kesari Analytics",
        date=dh("2043-10-10 18:40", "Asia/Kolkata"),
        body=f"""Hi Vihaan,

Your technical round for the ML Engineer role is fixed for {d("2043-10-16", "uk")} at
3:30 PM IST on Google Meet.

Panel: Selvam (Engineering Manager) and K. V. R. Prasad (Principal Scientist).

Regards,
Recruitment Team, Kesari Analytics
""",
        label=lab(
            "2043-10-16 15:30",
            "Asia/Kolkata",
            None,
            company="Kesari Analytics",
            role="ML Engineer",
            who=["Selvam", "K. V. R. Prasad"],
            notes="A single name (usual in Tamil Nadu) and a name given with initials, kept "
            "as written.",
        ),
    ),
    # 12. Exchange invite; body introduces, attendees list has also a room and the coordinator.
    outlook(
        FENELLA,
        "exchange-panel-room-resource-leeds",
        "interview",
        start="2043-10-27 11:00",
        zone="GMT Standard Time",
        minutes=75,
        subject="Interview - Fenella Ruddock-Asamoah - Clinical Data Manager",
        organizer=("Gillian Thwaite", "gillian.thwaite@aireborough-health.example"),
        attendees=[
            ("Prof. Adaeze Nwachukwu", "adaeze.nwachukwu@aireborough-health.example"),
            ("Martin Holroyd", "martin.holroyd@aireborough-health.example"),
            ("LDS-Room 3.14 (8)", "room314@aireborough-health.example"),
        ],
        date=dh("2043-10-21 09:55", "Europe/London"),
        text="""Dear Fenella,

Please find the interview booked in. The panel is Professor Adaeze Nwachukwu and Martin
Holroyd. I've booked room 3.14; come to the main reception at Aire House and I'll collect
you. Please hold the time for 75 minutes.

Gillian Thwaite
Recruitment Administrator""",
        teams=False,
        location="LDS-Room 3.14 (8)",
        label=lab(
            "2043-10-27 11:00",
            "Europe/London",
            "Europe/London",
            company="Aireborough Health",
            role="Clinical Data Manager",
            who=["Adaeze Nwachukwu", "Martin Holroyd"],
            emails=[
                "adaeze.nwachukwu@aireborough-health.example",
                "martin.holroyd@aireborough-health.example",
            ],
            notes="Two days after the UK leaves summer time (GMT Standard Time); the room "
            "resource and the administrator organising are not interviewers; 'Prof.' dropped.",
        ),
    ),
    # 13. Google invitation, guests include a shadow interviewer in training.
    google(
        GARETH,
        "google-guests-with-shadow-hong-kong",
        "interview",
        start="2043-11-05 10:00",
        zone="Asia/Hong_Kong",
        minutes=45,
        summary="Harbourline Capital | Gareth Llewellyn-Bonsu | Quant Developer (R1)",
        organizer=("Cheung Wai-lam", "wailam.cheung@harbourline.example"),
        guests=[
            ("Cheung Wai-lam", "wailam.cheung@harbourline.example"),
            ("Anand Rao-Whitcombe", "anand.rao@harbourline.example"),
            ("Ho Sze-man", "szeman.ho@harbourline.example"),
        ],
        date=dh("2043-10-30 17:20", "Asia/Hong_Kong"),
        caption="Hong Kong Standard Time",
        details="Interviewer: Anand Rao-Whitcombe. Ho Sze-man joins as a shadow "
        "(interviewer training) and will not ask questions.",
        label=lab(
            "2043-11-05 10:00",
            "Asia/Hong_Kong",
            "Asia/Hong_Kong",
            company="Harbourline Capital",
            role="Quant Developer",
            who=["Anand Rao-Whitcombe", "Ho Sze-man"],
            emails=["anand.rao@harbourline.example", "szeman.ho@harbourline.example"],
            notes="The organiser is the recruiter; the shadow interviewer is counted because "
            "the user meets her in the interview, though she will not ask questions. A "
            "careful reader might leave her out.",
        ),
    ),
    # 14. Auckland, week after NZ DST begins.
    person(
        MAHALIA,
        "after-nz-clocks-go-forward-auckland",
        "interview",
        frm=("Tipene Walker-Hughes", "tipene.walker@korimako-digital.example"),
        subject=f"Interview confirmed - {d('2043-09-30', 'uk')}, 2pm",
        date=dh("2043-09-24 12:30", "Pacific/Auckland"),
        body=f"""Kia ora Mahalia,

Confirming your interview for the Content Strategist role on {d("2043-09-30", "uk")} at
2pm NZ time (note the clocks go forward this Sunday, so that's NZDT). You'll meet me and
Aroha-Jane Pōtae, our Head of Brand, at Level 4, 12 Customs Street, Auckland.

Ngā mihi,
Tipene Walker-Hughes
Creative Director, Korimako Digital
""",
        label=lab(
            "2043-09-30 14:00",
            "Pacific/Auckland",
            "Pacific/Auckland",
            company="Korimako Digital",
            role="Content Strategist",
            who=["Tipene Walker-Hughes", "Aroha-Jane Pōtae"],
            notes="The sender takes part ('You'll meet me'); 'NZ time' names a zone; the "
            "interview falls after the New Zealand change of 27 September.",
        ),
    ),
    # 15. Sydney after the October change; signature of a non-participating EA.
    person(
        SEBASTIAN,
        "ea-sends-for-ceo-sydney",
        "interview",
        frm=("Priscilla Nguyen", "priscilla.nguyen@wattle-bay-group.example"),
        subject="Meeting with Oliver Tsang-Wakefield - Chief of Staff role",
        date=dh("2043-09-29 16:45", "Australia/Sydney"),
        body=f"""Hi Sebastian,

Oliver would like to meet you for the Chief of Staff position. I've put
{d("2043-10-06", "uk")} at 8:30am (Sydney time, AEDT) in his diary, at our Barangaroo
office, Level 21. It's a one-on-one with Oliver.

Please let me know if that doesn't suit.

Warm regards,
Priscilla Nguyen
Executive Assistant to Oliver Tsang-Wakefield, CEO
Wattle Bay Group
""",
        label=lab(
            "2043-10-06 08:30",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Wattle Bay Group",
            role="Chief of Staff",
            who=["Oliver Tsang-Wakefield"],
            notes="An executive assistant arranges and signs; the CEO is the interviewer. "
            "Two days after the Australian change of 4 October (AEDT).",
        ),
    ),
    # 16. Interview with honorifics in an HTML+text mail; Brisbane (no DST).
    person(
        BRONWYN,
        "honorifics-dropped-brisbane",
        "interview",
        frm=("Queensland Coastal Authority Recruitment", "recruitment@qcoastal.example"),
        subject="Invitation to interview - Senior Hydrologist (Ref QCA-4471)",
        date=dh("2043-10-02 09:00", "Australia/Brisbane"),
        html=True,
        body=f"""Dear Ms Tregear-Addo,

You are invited to attend an interview for the position of Senior Hydrologist.

Date: {d("2043-10-13", "uky")}
Time: 1:00pm (Brisbane time)
Location: Level 9, 400 George Street, Brisbane

Selection panel:
Dr. Emmanuel Okafor-Reid, Chair
Assoc. Prof. Lillian Braddock
Mrs. Gwen Tuivasa

Please confirm your attendance by reply.

Recruitment Services
""",
        label=lab(
            "2043-10-13 13:00",
            "Australia/Brisbane",
            "Australia/Brisbane",
            company="Queensland Coastal Authority",
            role="Senior Hydrologist",
            who=["Emmanuel Okafor-Reid", "Lillian Braddock", "Gwen Tuivasa"],
            notes="Titles 'Dr.', 'Assoc. Prof.', 'Mrs.' dropped; Brisbane keeps standard time "
            "while Sydney changes.",
        ),
    ),
    # 17. Seoul user, Korean order names and English mail.
    person(
        HYERIN,
        "korean-panel-pangyo",
        "interview",
        frm=("Jang Min-seok", "minseok.jang@hanbit-mobility.example"),
        subject="[Hanbit Mobility] 2nd interview schedule - Product Manager",
        date=dh("2043-11-02 10:10", "Asia/Seoul"),
        body="""Hello Hye-rin,

Your second interview is scheduled on 2043-11-06 (Fri) at 14:00 KST at our Pangyo office.
Interviewers are Director Oh Seung-hyun and Team Lead Yoon Da-eun.

Thank you,
Jang Min-seok, HR
""",
        label=lab(
            "2043-11-06 14:00",
            "Asia/Seoul",
            None,
            company="Hanbit Mobility",
            role="Product Manager",
            who=["Oh Seung-hyun", "Yoon Da-eun"],
            notes="Job titles used as honorific prefixes ('Director', 'Team Lead') dropped; "
            "KST is an abbreviation.",
        ),
    ),
    # 18. Shanghai user; interviewer in Singapore.
    person(
        XIAOLING,
        "interviewer-english-name-shanghai",
        "interview",
        frm=("Vivian Teo", "vivian.teo@merlion-ux.example"),
        subject="UX Research Lead - video interview",
        date=dh("2043-10-12 09:30", "Asia/Singapore"),
        body=f"""Hi Xiaoling,

Thanks for your time last week. Our Head of Research, Dr Ravindran Pillai (Ravi to
everyone), would like to speak with you on {d("2043-10-15", "uk")} at 10:00 Singapore time (also 10:00 in
Shanghai). Zhang Wei (Jerry) from our Beijing studio will join.

Vivian
""",
        label=lab(
            "2043-10-15 10:00",
            "Asia/Singapore",
            "Asia/Singapore",
            company="Merlion UX",
            role="UX Research Lead",
            who=["Ravindran Pillai", "Zhang Wei"],
            notes="A nickname after the name and an English name in brackets are left out; "
            "'Dr' dropped.",
        ),
    ),
    # 19. Halifax user, signature of a sender who does NOT take part but lists colleagues.
    person(
        JESSAMY,
        "signature-only-not-participating-halifax",
        "interview",
        frm=("Aurelio Banfield", "aurelio.banfield@minas-passage.example"),
        subject=f"Interview {d('2043-09-18', 'short')} 10:30 AT",
        date=dh("2043-09-14 13:00", "America/Halifax"),
        body=f"""Jessamy,

Booked: {d("2043-09-18", "us")}, 10:30am Atlantic, at 1 Lower Water St. You'll be
with Thandiwe Nakamura-Grant (engineering lead) and Lucien Boudreau (site manager).

I'm away that day, but the team will look after you.

Aurelio Banfield
Director of People | Minas Passage Energy
""",
        label=lab(
            "2043-09-18 10:30",
            "America/Halifax",
            None,
            company="Minas Passage Energy",
            who=["Thandiwe Nakamura-Grant", "Lucien Boudreau"],
            notes="The sender, a director, says he is away, so only the two named people are "
            "interviewers.",
        ),
    ),
    # 20. Lior: Tel Aviv, interview on the day after Israel's change.
    person(
        LIOR,
        "after-israel-change-tel-aviv",
        "interview",
        frm=("Noa Shapira-Levin", "noa.shapira@tabor-vector.example"),
        subject="Home assignment review - " + d("2043-10-26", "short"),
        date=dh("2043-10-22 14:00", "Asia/Jerusalem"),
        body=f"""Hi Lior,

Let's go over your home assignment on {d("2043-10-26", "us")} at 15:00 Israel time. From
our side it'll be Itamar Golan and Dr. Reut Ben-David. I'll send a Meet link.

Noa
Talent, Tabor Vector
""",
        label=lab(
            "2043-10-26 15:00",
            "Asia/Jerusalem",
            "Asia/Jerusalem",
            company="Tabor Vector",
            who=["Itamar Golan", "Reut Ben-David"],
            notes="The day after Israel returns to standard time (UTC+2).",
        ),
    ),
]
