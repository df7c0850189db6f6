"""Interviews arranged by people: recruiters, agencies, hiring managers, forwards, reminders."""

from __future__ import annotations

from .base import (
    BEATRIZ,
    CALLUM,
    CONOR,
    DWAYNE,
    GWEN,
    LIESL,
    MAXIME,
    NOELANI,
    PAWEL,
    PRISHA,
    WANJIRU,
    d,
    dh,
    human,
    iso,
    iv,
    mail,
    quoted,
)

MESSAGES = []

# Hiring manager's terse reply in a thread: "Tue 3/21 2pm MT works, see you then".
_q = (
    "Hi Dwayne, could you do Tuesday 3/21 at 2pm Mountain, or Wednesday 3/22 at 10am "
    "Mountain? It'd be a 45-minute conversation with me about the Field Service Lead role.\n\n"
    "Hank Oyelowo-Reyes\nDirector of Field Operations, Prairie Turbine Services"
)
MESSAGES.append(
    human(
        DWAYNE,
        "hm-terse-reply-halifax",
        "interview",
        frm=("Hank Oyelowo-Reyes", "hank.oyelowo@prairieturbine.example"),
        subject="Re: Field Service Lead – next step",
        date=dh("2028-03-16 17:41", "America/Denver"),
        body="Tuesday it is. I'll call your cell.\n\nH.\n\nSent from my iPhone\n"
        + quoted(
            "2028-03-16 18:02",
            "America/Halifax",
            "Dwayne Ellsworth <dwayne.ellsworth@example.org>",
            "Hi Hank, Tuesday at 2pm Mountain works for me (5pm here).\n\nDwayne"
            + quoted(
                "2028-03-16 13:30",
                "America/Denver",
                "Hank Oyelowo-Reyes <hank.oyelowo@prairieturbine.example>",
                _q,
            ),
        ),
        mailer="iphone",
        in_reply_to="<c1f2.prairie@example.org>",
        label=iv(
            iso("2028-03-21 14:00", "America/Denver"),
            "America/Denver",
            company="Prairie Turbine Services",
            role="Field Service Lead",
            interviewers=["Hank Oyelowo-Reyes"],
            emails=["hank.oyelowo@prairieturbine.example"],
            notes="The slot is chosen in the quoted thread ('Tuesday it is'); 'Mountain' time "
            "for a Halifax user.",
        ),
    )
)

# Agency consultant (does not interview), Warsaw, UTF-8 base64.
MESSAGES.append(
    human(
        PAWEL,
        "agency-warsaw-client-interview",
        "interview",
        frm=("Kinga Wróblewska", "kinga.wroblewska@vistulatalent.example"),
        subject="Interview with Odra Logistics confirmed – 30/03 at 11:00",
        date=dh("2028-03-24 14:05", "Europe/Warsaw"),
        body="Hi Paweł,\n\nGreat news – Odra Logistics confirmed the interview for the Head of "
        "Data Engineering role on 30/03 at 11:00 (Warsaw time), at their office on ul. "
        "Grzybowska 62, 7th floor.\n\nYou will meet:\n- Zbigniew Kaczmarczyk-Nowak, CTO\n"
        "- Agnieszka Ptak, VP People\n\nI will call you the day before to prepare.\n\nBest,\n"
        "Kinga Wróblewska\nSenior Consultant | Vistula Talent",
        cte="base64",
        mailer="outlook",
        label=iv(
            iso("2028-03-30 11:00", "Europe/Warsaw"),
            "Europe/Warsaw",
            company="Odra Logistics",
            role="Head of Data Engineering",
            interviewers=["Zbigniew Kaczmarczyk-Nowak", "Agnieszka Ptak"],
            notes="Agency consultant excluded; 30/03 is after the EU switch (+02:00); base64.",
        ),
    )
)

# Forward between the user's two addresses (Québec), original from the employer.
MESSAGES.append(
    human(
        MAXIME,
        "fwd-own-address-montreal",
        "interview",
        frm=("Maxime Thibodeau-Gagnon", "mtg.emplois@example.org"),
        to="maxime.thibodeau@example.net",
        subject="Fwd: Interview – Localization Producer – Friday",
        date=dh("2028-03-06 21:14", "America/Toronto"),
        body="---------- Forwarded message ---------\nFrom: Priscilla Haddad "
        "<priscilla.haddad@boreal-interactive.example>\nDate: Mon, Mar 6, 2028 at 4:02 PM\n"
        "Subject: Interview – Localization Producer – Friday\nTo: <mtg.emplois@example.org>\n\n"
        "Hi Maxime,\n\nConfirming Friday March 10 at 1:00 p.m. Eastern at our Mile End studio "
        "(5445 avenue de Gaspé, suite 900). You'll meet Priscilla Haddad (Localization "
        "Director, that's me) and Étienne Bélanger-Roy (Senior Producer).\n\nSee you Friday,\n"
        "Priscilla",
        label=iv(
            iso("2028-03-10 13:00", "America/Toronto"),
            "America/Toronto",
            company="Boreal Interactive",
            role="Localization Producer",
            interviewers=["Priscilla Haddad", "Étienne Bélanger-Roy"],
            emails=["priscilla.haddad@boreal-interactive.example"],
            notes="Self-forward between the user's addresses; before the US/Canada switch "
            "(-05:00).",
        ),
    )
)

# Reminder, day before, from a recruiter; Lisbon user; WET.
MESSAGES.append(
    human(
        BEATRIZ,
        "reminder-lisbon-tomorrow",
        "interview",
        frm=("Duarte Mendonça", "duarte.mendonca@tejoventures.example"),
        subject="Reminder: your interview tomorrow at 15h00",
        date=dh("2028-03-13 10:30", "Europe/Lisbon"),
        body="Hi Beatriz,\n\nJust a quick reminder of your interview tomorrow, "
        f"{d('2028-03-14', 'uk')}, at 15h00 Lisbon time, with our Head of Design, Inês "
        "Vasconcelos de Albuquerque. The Meet link is unchanged.\n\nBoa sorte!\nDuarte\nTalent "
        "Partner, Tejo Ventures",
        label=iv(
            iso("2028-03-14 15:00", "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Tejo Ventures",
            role=None,
            interviewers=["Inês Vasconcelos de Albuquerque"],
            notes="Reminder; talent partner only arranges; compound Portuguese surname.",
        ),
    )
)

# Reschedule from a recruiter, old slot in text; Nairobi user, London company.
MESSAGES.append(
    human(
        WANJIRU,
        "reschedule-nairobi-from-london",
        "interview",
        frm=("Oliver Penhaligon", "oliver.penhaligon@fernleyassurance.example"),
        subject="RE: Interview rescheduled – Treasury Analyst",
        date=dh("2028-03-22 09:10", "Europe/London"),
        body="Hello Wanjiru,\n\nApologies again for moving this. Instead of Thursday 23 March "
        "at 10:00 UK time, Harjit can now do Monday 3 April at 09:30 UK time (11:30 Nairobi "
        "time). Same Teams link.\n\nHarjit Bains-Molloy, Group Treasurer, will lead it.\n\n"
        "Best,\nOliver",
        mailer="outlook",
        label=iv(
            iso("2028-04-03 09:30", "Europe/London"),
            "Europe/London",
            company="Fernley Assurance",
            role="Treasury Analyst",
            interviewers=["Harjit Bains-Molloy"],
            notes="Reschedule: new time after the UK switch (BST, +01:00); old slot in text.",
        ),
    )
)

# Hiring manager in Gmail, Kathmandu, NPT written explicitly.
MESSAGES.append(
    human(
        PRISHA,
        "hm-kathmandu-npt",
        "interview",
        frm=("Sujan Maharjan", "sujan@annapurnacloud.example"),
        subject="Tech interview on Sunday",
        date=dh("2028-03-15 18:45", "Asia/Kathmandu"),
        body="Namaste Prisha ji,\n\nThank you for the call today. Let's do the technical "
        "interview this Sunday (19 March) at 11:00 AM NPT in our Jhamsikhel office. Roshani "
        "Tamang from our DevOps team will join me.\n\nRegards,\nSujan Maharjan\nCTO, "
        "Annapurna Cloud",
        label=iv(
            iso("2028-03-19 11:00", "Asia/Kathmandu"),
            None,
            company="Annapurna Cloud",
            role=None,
            interviewers=["Sujan Maharjan", "Roshani Tamang"],
            emails=["sujan@annapurnacloud.example"],
            notes="Sunday is a working day in Nepal; NPT abbreviation only.",
        ),
    )
)

# Windows-1252 Outlook mail with curly quotes; St. John's user; agency with NST/NDT trap.
MESSAGES.append(
    mail(
        CONOR,
        "agency-stjohns-cp1252",
        "interview",
        frm=("Bridget Kielley", "bridget@signalhillstaffing.example"),
        subject="Interview – Offshore Safety Coordinator – Tues. March 28",
        date=dh("2028-03-23 16:20", "America/St_Johns"),
        body="Hi Conor,\n\nYou\u2019re confirmed with Grand Banks Offshore for Tues., March 28 "
        "at 9:30 a.m. Newfoundland time. They\u2019ve asked you to come to their Water Street "
        "office.\n\nYou\u2019ll be meeting Wade Skanes (Operations Superintendent) and Cheryl "
        "Abbott-Pike (HSE Manager). I won\u2019t be there but I\u2019ll ring you after.\n\n"
        "Cheers,\nBridget Kielley\nSignal Hill Staffing",
        charset="windows-1252",
        label=iv(
            iso("2028-03-28 09:30", "America/St_Johns"),
            "America/St_Johns",
            company="Grand Banks Offshore",
            role="Offshore Safety Coordinator",
            interviewers=["Wade Skanes", "Cheryl Abbott-Pike"],
            notes="windows-1252 quoted-printable with curly apostrophes; -02:30 (NDT).",
        ),
    )
)

# Hawaiian user, mainland recruiter writes PT with explicit HST conversion (base64 HTML).
MESSAGES.append(
    human(
        NOELANI,
        "recruiter-hst-conversion-html",
        "interview",
        frm=("Corinne Stavros", "corinne.stavros@lanternbio.example"),
        subject="Your interview with Lantern Bio – 3/24",
        date=dh("2028-03-17 15:00", "America/Los_Angeles"),
        body="Hi Noelani,\n\nYou're all set for Friday 3/24: 12:00–1:00 PM Pacific, which is "
        "9:00–10:00 AM HST for you. You'll speak with Dr. Anjali Perera-Lindqvist (Director, "
        "Assay Development).\n\nBest,\nCorinne Stavros | Talent Acquisition | Lantern Bio",
        cte="base64",
        html_only=True,
        mailer="outlook",
        label=iv(
            iso("2028-03-24 12:00", "America/Los_Angeles"),
            "America/Los_Angeles",
            company="Lantern Bio",
            role=None,
            interviewers=["Anjali Perera-Lindqvist"],
            notes="HTML only, base64; Pacific time with an HST conversion (Hawaii 3 hours "
            "behind after the US switch).",
        ),
    )
)

# Johannesburg: recruiter writes 24h with 'h' and 'SA time'.
MESSAGES.append(
    human(
        LIESL,
        "recruiter-joburg-second-round",
        "interview",
        frm=("Thandeka Mokoena", "thandeka.mokoena@highveldbank.example"),
        subject="Second round interview – Credit Risk Modeller",
        date=dh("2028-03-28 08:15", "Africa/Johannesburg"),
        body="Morning Liesl\n\nThe panel would like to see you for a second round on Monday 3 "
        "April at 14h00 (SA time) at 1 Fredman Drive, Sandton.\n\nPanel:\nMr Johan du Plessis "
        "– Head: Credit Risk\nMs Nomvula Sithole-Khumalo – Senior Quant\n\nPlease confirm.\n\n"
        "Kind regards\nThandeka Mokoena\nTalent Acquisition Specialist",
        mailer="outlook",
        label=iv(
            iso("2028-04-03 14:00", "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Highveld Bank",
            role="Credit Risk Modeller",
            interviewers=["Johan du Plessis", "Nomvula Sithole-Khumalo"],
            notes="'SA time' = South Africa; 14h00; titles dropped.",
        ),
    )
)

# London user: Welsh-language greeting with English details; phone screen by the founder.
MESSAGES.append(
    human(
        GWEN,
        "founder-cardiff-phone-screen",
        "interview",
        frm=("Rhodri ap Iorwerth", "rhodri@tafodlabs.example"),
        subject="Galwad / call on Wednesday",
        date=dh("2028-03-31 17:05", "Europe/London"),
        body="Shwmae Gwenllian,\n\nDiolch am y cais! Let's do a 30-minute call on Wednesday 5 "
        "April at half past ten (UK time). I'll ring you on the number on your CV.\n\nHwyl,\n"
        "Rhodri ap Iorwerth\nSylfaenydd / Founder, Tafod Labs",
        label=iv(
            iso("2028-04-05 10:30", "Europe/London"),
            "Europe/London",
            company="Tafod Labs",
            role=None,
            interviewers=["Rhodri ap Iorwerth"],
            emails=["rhodri@tafodlabs.example"],
            notes="Welsh/English; 'half past ten' in words; phone screen by the founder.",
        ),
    )
)

# Reply choosing the second of two quoted options, Adelaide.
_opts = (
    "Hi Callum, two options for the chat with our Engineering Manager Wei-Ling Foo:\n"
    "1) Thu 30 March, 4pm ACDT\n2) Mon 3 April, 9:30am ACST\n\nJess Carmody, People Ops"
)
MESSAGES.append(
    human(
        CALLUM,
        "second-option-adelaide",
        "interview",
        frm=("Jess Carmody", "jess.carmody@torrensrobotics.example"),
        subject="Re: Interview with Torrens Robotics",
        date=dh("2028-03-27 12:40", "Australia/Adelaide"),
        body="Perfect – option 2 it is, invite coming from Wei-Ling shortly.\n\nJess\n"
        + quoted(
            "2028-03-27 11:58",
            "Australia/Adelaide",
            "Callum Baird-Nicholls <callum.bnicholls@example.net>",
            "Hi Jess, the second option suits me best.\n\nCallum"
            + quoted(
                "2028-03-24 15:00",
                "Australia/Adelaide",
                "Jess Carmody <jess.carmody@torrensrobotics.example>",
                _opts,
            ),
        ),
        label=iv(
            iso("2028-04-03 09:30", "Australia/Adelaide"),
            "Australia/Adelaide",
            company="Torrens Robotics",
            role=None,
            interviewers=["Wei-Ling Foo"],
            notes="Option 2 from the quoted list; after Adelaide leaves daylight time (ACST, "
            "+09:30).",
        ),
    )
)
