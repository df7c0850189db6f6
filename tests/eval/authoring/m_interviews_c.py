"""Interviews, part C: plain recruiter, agency and hiring-manager mail, reminders, reschedules."""

from __future__ import annotations

from .common import (
    AARAV,
    CHLOE,
    DEVON,
    JORDAN,
    LUKAS,
    MEI,
    PRIYA,
    SAM,
    Msg,
    build,
    headers,
    iv,
    mid,
    personal,
    vcal,
    vevent,
    vtz_iana,
)
from .mime import addr, attachment, cal, enc_word, html, multi, text

MESSAGES: list[Msg] = []

MESSAGES.append(
    personal(
        PRIYA,
        "agency-monday-9th-march",
        "interview",
        frm=("Tom Hargreaves", "tom.hargreaves@brightpath-recruitment.example"),
        subject="Interview confirmed - Fenwick Capital - Quant Risk Analyst",
        date="Wed, 04 Mar 2026 17:48:02 +0000",
        mailer="outlook",
        body="""Hi Priya,

Great news - I've confirmed your first interview with Fenwick Capital for Monday 9th March at 14:30.

It'll be at their offices: 5th floor, 20 Gresham Street, London EC2V 7JE. Ask for Oliver at reception.

You'll be meeting:
Oliver Grant - Head of Market Risk
Aisha Bello - Senior Quant Analyst

Expect about an hour: 30 mins on your CV and 30 mins of technical questions (VaR, stress testing, a bit of Python).

Give me a call after so we can debrief - 07700 900461.

Best regards,

Tom Hargreaves
Senior Consultant | Financial Services
Brightpath Recruitment Ltd
""",
        label=iv(
            "2026-03-09T14:30:00+00:00",
            None,
            company="Fenwick Capital",
            role="Quant Risk Analyst",
            interviewers=["Oliver Grant", "Aisha Bello"],
            notes="Agency mail; 'Monday 9th March' with no year and no zone: the user's zone (London, GMT) applies.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "agency-slash-date-day-first",
        "interview",
        frm=("Nicola Fairbairn", "nicola@tartan-talent.example"),
        subject="Re: Lothian Water - next steps",
        date="Thu, 26 Mar 2026 12:05:19 +0000",
        in_reply_to="<CAJ7x2pQ0r-nF3kW@mail.gmail.com>",
        body="""Hi Priya

Lothian Water have come back and would like to see you on Friday 3/4 at 11am for a video call with Hamish Campbell (Data Services Manager). I've said yes on your behalf as you mentioned Fridays are fine - shout if not!

Teams link to follow from their side.

Nicola

Nicola Fairbairn | Tartan Talent | Edinburgh
""",
        label=iv(
            "2026-04-03T11:00:00+01:00",
            None,
            company="Lothian Water",
            interviewers=["Hamish Campbell"],
            notes="UK agency writes 3/4 day-first (3 April, a Friday; 4 March would be a Wednesday); BST applies on 3 April.",
        ),
    )
)

MESSAGES.append(
    personal(
        JORDAN,
        "us-recruiter-slash-date",
        "interview",
        frm=("Kayla Brennan", "kayla.brennan@sterling-harbor.example"),
        subject="Confirmed: Monday 3/9 with Eduardo",
        date="Wed, 04 Mar 2026 16:10:44 -0500",
        body="""Hi Jordan,

You're all set for Monday 3/9 at 4pm ET with Eduardo Villanueva, our Director of Analytics. He'll call you on the number on your resume, (917) 555-0148.

It's a 30-minute conversation, mostly about your experience with experimentation platforms.

Best,
Kayla

Kayla Brennan
Talent Acquisition | Sterling Harbor
""",
        label=iv(
            "2026-03-09T16:00:00-04:00",
            "America/New_York",
            company="Sterling Harbor",
            interviewers=["Eduardo Villanueva"],
            notes="US numeric M/D without a year; 'ET' after the DST switch (EDT).",
        ),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "german-company-dotted-date-cet",
        "interview",
        frm=("Sabine Köhler", "s.koehler@rheinwerk-software.example"),
        subject="Einladung zum Gespräch / Interview invitation - Senior Java Developer",
        date="Wed, 11 Mar 2026 09:40:12 +0100",
        charset="ISO-8859-1",
        text_only=True,
        mailer="thunderbird",
        body="""Dear Mr Becker,

thank you for your application. We would be glad to get to know you and invite you to a personal interview on Tuesday, 17.03. at 10:30 CET at our office in Köln (Rheinauhafen, Am Zollhafen 7).

You will meet Jürgen Weiß (Head of Development) and myself.

Please confirm the appointment briefly.

Mit freundlichen Grüßen / Kind regards

Sabine Köhler
Personal / HR
Rheinwerk Software GmbH
""",
        label=iv(
            "2026-03-17T10:30:00+01:00",
            None,
            company="Rheinwerk Software GmbH",
            role="Senior Java Developer",
            interviewers=["Jürgen Weiß", "Sabine Köhler"],
            notes="ISO-8859-1 QP; European dotted date without year (17.03.); CET abbreviation; 'myself' is the sender, named in the signature.",
        ),
    )
)

MESSAGES.append(
    personal(
        AARAV,
        "india-ist-ordinal-date",
        "interview",
        frm=("Sandeep Rao", "sandeep.rao@kaveri-analytics.example"),
        subject="Interview scheduled - Data Scientist - Kaveri Analytics",
        date="Thu, 19 Mar 2026 18:22:07 +0530",
        text_only=True,
        cte="base64",
        body="""Dear Aarav,

Greetings from Kaveri Analytics!

Further to our discussion, your technical interview is scheduled for 25th March 2026 at 3:30 PM IST.

Interviewer: Sandeep Rao, Lead Data Scientist
Mode: Google Meet - https://meet.google.com/hkt-ovsz-aqe
Duration: 60 minutes

Kindly keep your updated resume and a government ID handy.

Thanks & Regards,
Sandeep Rao
Kaveri Analytics Pvt. Ltd., Bengaluru
+91 80 4718 2290
""",
        label=iv(
            "2026-03-25T15:30:00+05:30",
            "Asia/Kolkata",
            company="Kaveri Analytics",
            role="Data Scientist",
            interviewers=["Sandeep Rao"],
            notes="base64 text only; ordinal date with year; IST means India here (user in Kolkata); the sender is the interviewer.",
        ),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "sydney-aest-april",
        "interview",
        frm=("Jess Whitlam", "jess.whitlam@wattle-health.example"),
        subject="Interview - Senior Business Analyst - Thursday",
        date="Fri, 10 Apr 2026 11:31:00 +1000",
        body="""Hi Sam,

Thanks for chatting earlier. As promised, confirming your interview for the Senior Business Analyst role on Thursday 16 April, 9:30am AEST, at our Parramatta office (Level 9, 10 Smith Street).

You'll meet Rajesh Gupta (Delivery Lead) and Kylie Nguyen (Product Owner).

Thanks,
Jess Whitlam
People & Culture | Wattle Health
""",
        label=iv(
            "2026-04-16T09:30:00+10:00",
            "Australia/Sydney",
            company="Wattle Health",
            role="Senior Business Analyst",
            interviewers=["Rajesh Gupta", "Kylie Nguyen"],
            notes="AEST after Sydney DST ended on 5 April.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "sydney-aedt-for-london-user",
        "interview",
        frm=("Ben Castellano", "ben.castellano@southerly-systems.example"),
        subject="Video interview - Solutions Architect (remote, EMEA)",
        date="Tue, 17 Mar 2026 07:50:33 +1100",
        body="""Hi Priya,

Lovely to hear from you. Let's lock in the video interview for Tuesday 24 March at 8:00am AEDT (Sydney time) - I know that's the evening before for you in London, so thank you for being flexible.

It will be me (Ben Castellano, CTO) and Ruby Fitzgerald (Principal Architect). Zoom link: https://southerly.zoom.us/j/95510422871

Cheers,
Ben
""",
        label=iv(
            "2026-03-24T08:00:00+11:00",
            "Australia/Sydney",
            company="Southerly Systems",
            role="Solutions Architect",
            interviewers=["Ben Castellano", "Ruby Fitzgerald"],
            notes="Time in AEDT for a London user; 8am Sydney is 21:00 the day before in London; the Date header is in +1100.",
        ),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "explicit-utc-offset-athens",
        "interview",
        frm=("Eleni Georgiou", "eleni.georgiou@aegean-robotics.example"),
        subject="Interview for Embedded Software Engineer",
        date="Thu, 12 Mar 2026 10:02:50 +0200",
        body="""Dear Lukas,

We would like to invite you to a video interview on 18 March 2026, 16:00 (UTC+02:00), with me and our CTO Nikos Antoniadis.

Meeting link: https://meet.google.com/ays-ttnr-owm

Please confirm that the time suits you.

Best regards,
Eleni Georgiou
Engineering Manager, Aegean Robotics
""",
        label=iv(
            "2026-03-18T16:00:00+02:00",
            None,
            company="Aegean Robotics",
            role="Embedded Software Engineer",
            interviewers=["Eleni Georgiou", "Nikos Antoniadis"],
            notes="Explicit UTC offset that differs from the user's zone (Berlin +01:00).",
        ),
    )
)

MESSAGES.append(
    personal(
        MEI,
        "html-only-phone-screen-pt",
        "interview",
        frm=("Rosalind Achebe", "rosalind.achebe@fernhill-games.example"),
        subject="Phone screen confirmed",
        date="Fri, 03 Apr 2026 15:37:19 -0700",
        html_only=True,
        body="""Hi Mei,

Thanks for the quick reply! Your phone screen for the Senior Gameplay Engineer role is confirmed for Thursday, April 9 at 1 PM PT.

I'll call you at (415) 555-0134. Plan for about 30 minutes.

Talk soon,
Rosalind Achebe
Technical Recruiter, Fernhill Games
""",
        label=iv(
            "2026-04-09T13:00:00-07:00",
            "America/Los_Angeles",
            company="Fernhill Games",
            role="Senior Gameplay Engineer",
            interviewers=["Rosalind Achebe"],
            notes="HTML only; recruiter phone screen, the caller is the interviewer; 'PT'.",
        ),
    )
)

# --- Panel with non-ASCII names, base64 HTML, RFC 2047 Cc -------------------------------------
_h = """<div dir="ltr"><p>Dear Chloé,</p>
<p>Thank you for accepting our invitation. Your panel interview for <b>Service Designer</b> at Nordlys Maritime is on <b>Wednesday 8 April 2026, 13:00–14:30 CEST</b> (Oslo time), on Microsoft Teams.</p>
<p>The panel:</p>
<ol>
<li>Zoë Nakamura-Lindqvist – Head of Design</li>
<li>Bjørn Ødegård – Chief Digital Officer</li>
<li>Nguyễn Thị Lan – Senior UX Researcher</li>
<li>José Álvarez – Product Manager, Vessel Operations</li>
</ol>
<p>Zoë is copied on this email.</p>
<p>Med vennlig hilsen,<br>Ingrid Haugen<br>HR Advisor, Nordlys Maritime AS</p></div>"""
MESSAGES.append(
    Msg(
        "panel-non-ascii-names",
        "interview",
        CHLOE,
        build(
            headers(
                CHLOE,
                frm=addr("Ingrid Haugen", "ingrid.haugen@nordlys-maritime.example"),
                cc=f"{enc_word('Zoë Nakamura-Lindqvist')} <zoe.nakamura-lindqvist@nordlys-maritime.example>",
                subject="Panel interview – Service Designer – 8 April",
                date="Tue, 31 Mar 2026 09:15:42 +0200",
                msgid=mid("nordlys", "nordlys-maritime.example"),
                helo="mail.nordlys-maritime.example",
                ip="203.0.113.88",
            ),
            html(_h, cte="base64"),
        ),
        iv(
            "2026-04-08T13:00:00+02:00",
            "Europe/Oslo",
            company="Nordlys Maritime",
            role="Service Designer",
            interviewers=[
                "Zoë Nakamura-Lindqvist",
                "Bjørn Ødegård",
                "Nguyễn Thị Lan",
                "José Álvarez",
            ],
            emails=["zoe.nakamura-lindqvist@nordlys-maritime.example"],
            notes="Base64 HTML only; RFC 2047 Cc; Vietnamese, Norwegian and Spanish names; the sender (HR) is not on the panel.",
        ),
    )
)

_q = "<CAH4kLq9mT2v_reply1@mail.gmail.com>"
MESSAGES.append(
    personal(
        JORDAN,
        "human-reply-confirms-thursday",
        "interview",
        frm=("Nadia Farouk", "nadia.farouk@bluegate-logistics.example"),
        subject="Re: Availability for a call",
        date="Mon, 16 Mar 2026 09:12:30 -0400",
        in_reply_to=_q,
        body="""Great, Thursday at 2pm works. I'll send a Teams invite shortly. Speak then!

Nadia

Nadia Farouk
Director of Data Science | Bluegate Logistics

On Sun, Mar 15, 2026 at 8:41 PM Jordan Lee <jordan.lee@example.net> wrote:
> Hi Nadia,
>
> Thanks for reaching out! I could do Wednesday 3/18 at 10am or Thursday 3/19 at 2pm ET.
> Tuesday is also possible after 3pm.
>
> Best,
> Jordan
>
> On Fri, Mar 13, 2026 at 4:02 PM Nadia Farouk <nadia.farouk@bluegate-logistics.example> wrote:
>> Hi Jordan, could you share a couple of times for a 45 minute interview next week?
""",
        label=iv(
            "2026-03-19T14:00:00-04:00",
            "America/New_York",
            company="Bluegate Logistics",
            interviewers=["Nadia Farouk"],
            emails=["nadia.farouk@bluegate-logistics.example"],
            notes="Human confirmation of one of the user's proposed slots; the quoted text offers other times; 'Thursday' resolves against the Date header.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "plain-reschedule-london-time",
        "interview",
        frm=("Alys Morgan", "alys.morgan@kingfisher-retail.example"),
        subject="Change to your interview time",
        date="Mon, 09 Mar 2026 10:27:03 +0000",
        mailer="outlook",
        body="""Hi Priya,

As discussed on the phone just now, Jonathan Pryce can no longer make Tuesday, so your interview has been moved to Thursday 12 March at 3pm (London time). You'll now meet Harriet Lowe, Senior Category Manager, instead. Same Teams link as before.

Apologies for the shuffle and thanks for being so accommodating.

Kind regards,
Alys Morgan
Resourcing Partner, Kingfisher Retail Group
""",
        label=iv(
            "2026-03-12T15:00:00+00:00",
            "Europe/London",
            company="Kingfisher Retail Group",
            interviewers=["Harriet Lowe"],
            notes="Reschedule in plain text; a named person who no longer interviews; no ICS.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "reminder-tomorrow-no-zone",
        "interview",
        frm=("Gareth Pugh", "gareth.pugh@dragonfly-media.example"),
        subject="Reminder: your interview tomorrow at 10am",
        date="Wed, 25 Mar 2026 16:02:18 +0000",
        body="""Hi Priya,

Just a quick reminder that we're seeing you tomorrow at 10am at our Cardiff office (2 Bute Crescent). Buzz "Dragonfly" at the door and I'll come down.

See you then,
Gareth Pugh
Creative Director, Dragonfly Media
""",
        label=iv(
            "2026-03-26T10:00:00+00:00",
            None,
            company="Dragonfly Media",
            interviewers=["Gareth Pugh"],
            notes="Relative date ('tomorrow') resolved against the Date header; no zone so the user's (GMT on 26 March).",
        ),
    )
)

_t = """Hi Jordan,

This is a friendly reminder that your interview with Pinecrest Labs is tomorrow.

Position: Machine Learning Engineer
When: Friday, April 10, 2026 at 11:00 AM EDT
Interviewer: Lydia Okonkwo, ML Platform Lead
Where: https://pinecrestlabs.zoom.us/j/86620145519

Good luck!
Pinecrest Labs Recruiting
"""
MESSAGES.append(
    Msg(
        "greenhouse-reminder-tomorrow",
        "interview",
        JORDAN,
        build(
            headers(
                JORDAN,
                frm=addr("Pinecrest Labs", "no-reply@greenhouse.io"),
                reply_to=addr("Omar Haddad", "omar.haddad@pinecrest-labs.example"),
                subject="Reminder: Your interview with Pinecrest Labs is tomorrow",
                date="Thu, 09 Apr 2026 11:00:03 -0400",
                msgid=mid("ghrem", "greenhouse.io"),
                helo="mail-b4.greenhouse.io",
                ip="198.51.100.16",
            ),
            multi(
                "alternative", "gh_alt_b6e2", text(_t), html(f"<p>{_t}</p>".replace("\n", "<br>\n"))
            ),
        ),
        iv(
            "2026-04-10T11:00:00-04:00",
            "America/New_York",
            company="Pinecrest Labs",
            role="Machine Learning Engineer",
            interviewers=["Lydia Okonkwo"],
            notes="ATS reminder; explicit date so 'tomorrow' agrees.",
        ),
    )
)

MESSAGES.append(
    personal(
        LUKAS,
        "reminder-today-24h",
        "interview",
        frm=("Matteo Ricci", "matteo.ricci@vento-mobility.example"),
        subject="Today 15:00 – our interview",
        date="Thu, 26 Feb 2026 13:58:11 +0100",
        body="""Hi Lukas,

quick reminder for our call today at 15:00 CET. I'll dial in a couple of minutes early: https://meet.google.com/dxz-hmwq-ped

Ciao,
Matteo Ricci
Head of Engineering, Vento Mobility
""",
        label=iv(
            "2026-02-26T15:00:00+01:00",
            None,
            company="Vento Mobility",
            interviewers=["Matteo Ricci"],
            notes="Same-day reminder with 24-hour time; 'today' from the Date header.",
        ),
    )
)

MESSAGES.append(
    personal(
        PRIYA,
        "final-round-onsite-manchester",
        "interview",
        frm=("Rachel Booth", "rachel.booth@meridian-pharma.example"),
        subject="Final stage assessment - Friday 10 April",
        date="Thu, 02 Apr 2026 14:11:47 +0100",
        mailer="outlook",
        cc="Liam Shaw <liam.shaw@meridian-pharma.example>",
        body="""Dear Priya,

I'm delighted to invite you to the final stage for the Senior Data Analyst position.

Date: Friday 10 April 2026
Time: 09:00 - 13:00
Venue: Meridian Pharma, 1 Canal Street, Manchester M1 3HE

Schedule:
09:00 Welcome and office tour
09:30 Case study presentation to Liam Shaw (Analytics Director) and Grace Adeyemi (Principal Statistician)
11:00 Competency interview with Daniel Wu (HR Business Partner)
12:00 Lunch with the team

Please bring photo ID. Travel expenses can be claimed back.

Kind regards,
Rachel Booth
Talent Acquisition, Meridian Pharma
""",
        label=iv(
            "2026-04-10T09:00:00+01:00",
            None,
            company="Meridian Pharma",
            role="Senior Data Analyst",
            interviewers=["Liam Shaw", "Grace Adeyemi", "Daniel Wu"],
            emails=["liam.shaw@meridian-pharma.example"],
            notes="Assessment day: the start is 09:00 (welcome), not the first interview slot; no zone (BST in April).",
        ),
    )
)

MESSAGES.append(
    personal(
        CHLOE,
        "french-company-paris-time-after-dst",
        "interview",
        frm=("Hélène Lefèvre", "helene.lefevre@bresson-assurances.example"),
        subject="Entretien - Product Owner - lundi 30 mars",
        date="Wed, 25 Mar 2026 18:05:00 +0100",
        charset="ISO-8859-1",
        text_only=True,
        body="""Bonjour Chloé,

Suite à notre échange, je vous confirme votre entretien pour le poste de Product Owner :

Monday 30 March at 10:00 (Paris time) - in English with our Head of Product, Étienne Marchand, and myself.
Adresse : Bresson Assurances, 41 boulevard Haussmann, 75009 Paris, 4e étage.

Bien cordialement,

Hélène Lefèvre
Chargée de recrutement
Bresson Assurances
""",
        label=iv(
            "2026-03-30T10:00:00+02:00",
            "Europe/Paris",
            company="Bresson Assurances",
            role="Product Owner",
            interviewers=["Étienne Marchand", "Hélène Lefèvre"],
            notes="ISO-8859-1; mixed French/English; the day after the EU DST change (CEST +02:00).",
        ),
    )
)

MESSAGES.append(
    personal(
        JORDAN,
        "forwarded-outlook-invite-central",
        "interview",
        frm=("Priscilla Tan", "priscilla.tan@harlow-search.example"),
        subject="Fwd: Interview - Jordan Lee - Head of Data",
        date="Fri, 27 Mar 2026 10:40:12 -0400",
        body="""Hi Jordan - forwarding the invite from Harold so you have the details. Note it's in Central time!

Priscilla Tan | Partner | Harlow Search

---------- Forwarded message ---------
From: Harold Jespersen <harold.jespersen@prairie-mutual.example>
Date: Fri, Mar 27, 2026 at 9:12 AM
Subject: Interview - Jordan Lee - Head of Data
To: Priscilla Tan <priscilla.tan@harlow-search.example>

When: Thursday, April 2, 2026 10:00 AM-10:45 AM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Priscilla - please pass this on to Jordan. Looking forward to it.
Harold Jespersen
Chief Data Officer, Prairie Mutual
""",
        label=iv(
            "2026-04-02T10:00:00-05:00",
            "America/Chicago",
            company="Prairie Mutual",
            role="Head of Data",
            interviewers=["Harold Jespersen"],
            emails=["harold.jespersen@prairie-mutual.example"],
            notes="Agency forward of an Outlook 'When' line in Central time (CDT) for an Eastern user.",
        ),
    )
)

MESSAGES.append(
    personal(
        DEVON,
        "noon-edge-central",
        "interview",
        frm=("Beatriz Santos", "beatriz.santos@lakeshore-credit.example"),
        subject="Lunch interview Tuesday",
        date="Thu, 26 Mar 2026 16:30:00 -0500",
        body="""Hi Devon,

Confirming our lunch interview on Tuesday, March 31 at 12:00 noon CT at Avec Bistro, 615 W Randolph St. I've booked under Lakeshore Credit. Our CFO, Gordon Achterberg, will join us at 12:30pm.

Best,
Beatriz Santos
VP Finance, Lakeshore Credit Union
""",
        label=iv(
            "2026-03-31T12:00:00-05:00",
            "America/Chicago",
            company="Lakeshore Credit Union",
            interviewers=["Beatriz Santos", "Gordon Achterberg"],
            notes="'12:00 noon' (not midnight); a second time in the text is a late joiner, not the start.",
        ),
    )
)

MESSAGES.append(
    personal(
        SAM,
        "numeric-dmy-24h-no-zone",
        "interview",
        frm=("Liam Papadopoulos", "liam.p@harbourview-legal.example"),
        subject="Interview details",
        date="Wed, 01 Apr 2026 09:03:27 +1100",
        text_only=True,
        cte="7bit",
        charset="us-ascii",
        body="""Hi Sam,

Interview: 07/04/2026 14:00
Location: Harbourview Legal, Level 21, 1 Farrer Place, Sydney
With: Liam Papadopoulos (Practice Manager) and Anjali Desai (IT Manager)

Please bring a copy of your certifications.

Regards,
Liam
""",
        label=iv(
            "2026-04-07T14:00:00+10:00",
            None,
            company="Harbourview Legal",
            interviewers=["Liam Papadopoulos", "Anjali Desai"],
            notes="Numeric DD/MM/YYYY read day-first; sent during AEDT (+1100) but the interview falls after DST ends (AEST +10:00).",
        ),
    )
)

MESSAGES.append(
    personal(
        JORDAN,
        "agency-est-winter",
        "interview",
        frm=("Reggie Coleman", "reggie@stackhouse-talent.example"),
        subject="Confirmed: Corvid Security interview Thursday",
        date="Mon, 23 Feb 2026 13:44:09 -0500",
        body="""Jordan,

Confirmed for Thursday, February 26th at 11:00 AM EST with Cornelius Vandermeer (CTO) at Corvid Security. Video - he'll send the link.

Remember: they care a lot about incident response stories. Call me after.

Reggie Coleman
Stackhouse Talent | Cybersecurity Recruiting
(212) 555-0199
""",
        label=iv(
            "2026-02-26T11:00:00-05:00",
            "America/New_York",
            company="Corvid Security",
            interviewers=["Cornelius Vandermeer"],
            notes="Agency; EST in February is correct standard time; ordinal 'February 26th'.",
        ),
    )
)

_ics = vcal(
    "-//zoom.us//iCalendar Event//EN",
    None,
    [
        vevent(
            "DTSTAMP:20260316T230512Z",
            "DTSTART;TZID=Australia/Sydney:20260320T110000",
            "DTEND;TZID=Australia/Sydney:20260320T114500",
            "SUMMARY:Interview: Sam O'Brien – UX Lead",
            "UID:20260316T230512Z-88214670251@fe80:0:0:0:0:0:0:1ens5",
            "DESCRIPTION:Georgia Lambert is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\nhttps://kookaburra-labs.zoom.us/j/88214670251?pwd=Qm5kZlR3\\n\\nMeeting ID: 882 1467 0251\\nPasscode: 551904",
            "LOCATION:https://kookaburra-labs.zoom.us/j/88214670251?pwd=Qm5kZlR3",
            "BEGIN:VALARM",
            "TRIGGER:-PT10M",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "END:VALARM",
        )
    ],
    tz=[vtz_iana("Australia/Sydney")],
)
_t = """Hi Sam,

Here's the Zoom invite for Friday – calendar file attached. It will be me and Declan Murphy (Head of Product).

Georgia Lambert
Design Manager, Kookaburra Labs
"""
MESSAGES.append(
    Msg(
        "zoom-ics-attachment-aedt",
        "interview",
        SAM,
        build(
            headers(
                SAM,
                frm=addr("Georgia Lambert", "georgia.lambert@kookaburra-labs.example"),
                subject="Zoom: Interview – UX Lead – Friday 20 March",
                date="Tue, 17 Mar 2026 10:05:12 +1100",
                msgid=mid("zoomics", "kookaburra-labs.example"),
                helo="mail.kookaburra-labs.example",
                ip="203.0.113.140",
            ),
            multi(
                "mixed",
                "----=_NextPart_000_0031_01DCB5A2.7F3E1C20",
                text(_t),
                attachment(cal(_ics, method=None).body, "text/calendar", "zoom_0.ics"),
            ),
        ),
        iv(
            "2026-03-20T11:00:00+11:00",
            "Australia/Sydney",
            company="Kookaburra Labs",
            role="UX Lead",
            interviewers=["Georgia Lambert", "Declan Murphy"],
            emails=["georgia.lambert@kookaburra-labs.example"],
            notes="Zoom .ics attachment without METHOD (a file download, not iTIP); AEDT (+11:00).",
        ),
    )
)

MESSAGES.append(
    personal(
        AARAV,
        "campus-slot-no-interviewer",
        "interview",
        frm=("Indus Paints Campus Hiring", "campus.hiring@indus-paints.example"),
        subject="Your interview slot: Saturday 28 March, 10:00 AM",
        date="Mon, 23 Mar 2026 11:15:00 +0530",
        text_only=True,
        cte="base64",
        body="""Dear Aarav Sharma,

Congratulations on clearing the online assessment for Graduate Engineer Trainee 2026.

Your face-to-face interview slot is on Saturday 28 March, 10:00 AM IST at Indus Paints, Plot 14, MIDC Andheri East, Mumbai. Please report 30 minutes early with your college ID and two copies of your resume.

Regards,
Campus Hiring Team
Indus Paints Ltd.
""",
        label=iv(
            "2026-03-28T10:00:00+05:30",
            "Asia/Kolkata",
            company="Indus Paints",
            role="Graduate Engineer Trainee",
            interviewers=[],
            notes="No interviewer named (label is []); 'report 30 minutes early' must not shift the start.",
        ),
    )
)
