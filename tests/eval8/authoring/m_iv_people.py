"""Interviews written by people: agencies, hiring managers, founders, phone mail, threads."""

from __future__ import annotations

from .base import (
    ANNALENA,
    CLAUDINE,
    FLETCHER,
    HENDRIK,
    IOANA,
    LINNEA,
    MAGGIE,
    PIM,
    RUTA,
    TYLER,
    YUTING,
    d,
    dh,
    human,
    iso,
    iv,
    quoted,
)

MESSAGES = [
    human(
        RUTA,
        "greyfriars-quant-agency-uk-time",
        "interview",
        frm=("Harriet Pennington", "harriet.pennington@ashdowntalent.example"),
        subject="Confirmed: Greyfriars Quant - first interview Monday",
        date=dh("2028-10-26 17:35", "Europe/London"),
        mailer="outlook",
        body=(
            "Hi Rūta,\n\nGreat news - Greyfriars have confirmed your first interview for the "
            "Quant Developer role:\n\n"
            f"{d('2028-10-30', 'uk')}, 2:00pm UK time (please note the clocks go back here "
            "this weekend, so that's 4pm for you in Vilnius)\n"
            "With: Callum Reddy, CTO, and Imogen Sallis, Head of Execution Research\n"
            "Teams link to follow from their side.\n\n"
            "I'll give you a ring on Friday to prep. I won't be on the call itself.\n\n"
            "Best,\nHarriet\nHarriet Pennington | Senior Consultant | Ashdown Talent"
        ),
        label=iv(
            iso("2028-10-30 14:00", "Europe/London"),
            "Europe/London",
            company="Greyfriars Quant",
            role="Quant Developer",
            interviewers=["Callum Reddy", "Imogen Sallis"],
            notes="Agency mail sent before the UK switch for a slot after it; consultant not an interviewer.",
        ),
    ),
    human(
        HENDRIK,
        "karoo-cell-founder-tmrw",
        "interview",
        frm=("Wian du Toit", "wian@karoocell.example"),
        subject="Re: Process engineer role",
        date=dh("2028-11-22 18:48", "Africa/Johannesburg"),
        mailer="android",
        body=(
            "Hi Hendrik - tmrw 08:45 SA time suits, I'll ring you on your cell. Should take "
            "half an hour.\n\nWian\nKaroo Cell Technologies\n\nSent from Outlook for Android"
        ),
        label=iv(
            iso("2028-11-23 08:45", "Africa/Johannesburg"),
            "Africa/Johannesburg",
            company="Karoo Cell Technologies",
            role="Process Engineer",
            interviewers=["Wian du Toit"],
            emails=["wian@karoocell.example"],
            notes="Phone one-liner: 'tmrw' resolves against the Date header; full name only in From.",
        ),
    ),
    human(
        TYLER,
        "riverbend-civic-option-three",
        "interview",
        frm=("Shonda Ellery", "shonda.ellery@riverbendcivic.example"),
        subject="Re: Interview times - Product Manager, Permits",
        date=dh("2028-11-09 11:02", "America/Detroit"),
        body=(
            "Great - Wednesday 11/15 at 4pm ET it is. You'll be speaking with Yvette Caldwell "
            "(VP Product); I'll send the Meet link from her calendar shortly.\n\nShonda"
            + quoted(
                "2028-11-09 10:41",
                "America/Detroit",
                "Tyler Wisniewski <tyler.wisniewski@example.org>",
                "Option 3 works best for me, thanks!"
                + quoted(
                    "2028-11-08 16:20",
                    "America/Detroit",
                    "Shonda Ellery <shonda.ellery@riverbendcivic.example>",
                    "Hi Tyler, could you pick one of these for your call with Yvette?\n"
                    "1) Mon 11/13 at 10am ET\n2) Tue 11/14 at 1:30pm ET\n"
                    "3) Wed 11/15 at 4pm ET",
                ),
            )
        ),
        label=iv(
            iso("2028-11-15 16:00", "America/Detroit"),
            None,
            company="Riverbend Civic Software",
            role="Product Manager, Permits",
            interviewers=["Yvette Caldwell"],
            notes="Confirms option 3 of a nested quoted list; ET abbreviation; Shonda is the recruiter.",
        ),
    ),
    human(
        ANNALENA,
        "rheintal-precision-self-forward",
        "interview",
        frm=("Anna-Lena Frommelt", "al.frommelt.bewerbung@example.org"),
        to="Anna-Lena Frommelt <annalena.frommelt@example.net>",
        subject="Fwd: Interview - Thursday 7 December, 15:00",
        date=dh("2028-11-30 20:14", "Europe/Vaduz"),
        body=(
            "zur Sicherheit auch hier\n\n---------- Forwarded message ---------\n"
            "From: Urs Gächter <urs.gaechter@rheintalprecision.example>\n"
            f"Date: {d('2028-11-30', 'abbr')} 2028 at 16:02\n"
            "Subject: Interview - Thursday 7 December, 15:00\n"
            "To: <al.frommelt.bewerbung@example.org>\n\n"
            "Dear Ms Frommelt,\n\nThank you for your application for the Quality Engineer "
            "position. I am pleased to confirm your interview on "
            f"{d('2028-12-07', 'uk')} at 15:00 CET at our plant in Buchs SG. Our head of "
            "production, Beatrice Eggenberger, will join me.\n\nKind regards\nUrs Gächter\n"
            "Head of Quality, Rheintal Precision AG"
        ),
        label=iv(
            iso("2028-12-07 15:00", "Europe/Vaduz"),
            None,
            company="Rheintal Precision",
            role="Quality Engineer",
            interviewers=["Urs Gächter", "Beatrice Eggenberger"],
            emails=["urs.gaechter@rheintalprecision.example"],
            notes="Forward between the user's two addresses with a German note; CET only.",
        ),
    ),
    human(
        IOANA,
        "transilvania-campus-visit",
        "interview",
        frm=("Mihaela Popa", "mihaela.popa@tids.example"),
        subject="Campus visit itinerary - Lecturer in Machine Learning",
        date=dh("2028-11-13 12:30", "Europe/Bucharest"),
        mailer="thunderbird",
        body=(
            "Dear Dr Constantinescu,\n\nWe look forward to your visit on "
            f"{d('2028-11-21', 'uk')}. The programme:\n\n"
            "08:45  Arrival, Building C reception (our secretary, Doina, will meet you)\n"
            "09:30  Meeting with Prof. Radu Ionescu, Head of Department\n"
            "10:30  Research talk (45 min + questions)\n"
            "12:00  Lunch with the search committee (Dr Mihaela Popa, Dr Andrei Dumitrescu)\n"
            "14:00  Teaching demonstration\n"
            "15:30  Interview with the search committee\n\n"
            "Best wishes,\nMihaela Popa\nChair, Search Committee\n"
            "Transilvania Institute for Data Science"
        ),
        label=iv(
            iso("2028-11-21 09:30", "Europe/Bucharest"),
            None,
            company="Transilvania Institute for Data Science",
            role="Lecturer in Machine Learning",
            interviewers=["Radu Ionescu", "Mihaela Popa", "Andrei Dumitrescu"],
            emails=["mihaela.popa@tids.example"],
            notes="Academic visit: starts at the first meeting, not the arrival; secretary excluded.",
        ),
    ),
    human(
        PIM,
        "marina-quay-agency-sgt",
        "interview",
        frm=("Rachel Goh", "rachel.goh@straitsearch.example"),
        subject="Interview confirmed - Marina Quay Insurance",
        date=dh("2028-11-29 09:12", "Asia/Singapore"),
        mailer="outlook",
        body=(
            "Dear Pimchanok,\n\nMarina Quay Insurance would like to meet you for the Regional "
            "Pricing Analyst role. Confirmed for Tues 5/12 at 3pm SGT (2pm Bangkok) via "
            "Teams, with Mr Desmond Lau, Head of Pricing APAC.\n\n"
            "I'll send you some notes on the team beforehand.\n\nBest regards,\nRachel Goh\n"
            "Principal Consultant, Strait Search Partners"
        ),
        label=iv(
            iso("2028-12-05 15:00", "Asia/Singapore"),
            None,
            company="Marina Quay Insurance",
            role="Regional Pricing Analyst",
            interviewers=["Desmond Lau"],
            notes="Day-first 'Tues 5/12' (5 December), SGT abbreviation with a Bangkok conversion.",
        ),
    ),
    human(
        FLETCHER,
        "derwent-hydro-before-christmas",
        "interview",
        frm=("Bronwyn Tilley", "bronwyn.tilley@derwenthydro.example"),
        subject="Second-stage conversation before Christmas?",
        date=dh("2028-12-14 10:05", "Australia/Hobart"),
        mailer="outlook",
        body=(
            "Hi Fletcher,\n\nThanks again for last week. As promised, let's lock in the "
            f"second-stage conversation for {d('2028-12-21', 'uk')}, 2:00pm AEDT, here at "
            "our New Town office. Ewan Castellari (Asset Strategy Lead) will join me. It will "
            "be informal, but it is the interview.\n\nCheers,\nBronwyn Tilley\n"
            "General Manager, Assets, Derwent Valley Hydro"
        ),
        label=iv(
            iso("2028-12-21 14:00", "Australia/Hobart"),
            None,
            company="Derwent Valley Hydro",
            role="Asset Strategy",
            interviewers=["Bronwyn Tilley", "Ewan Castellari"],
            emails=["bronwyn.tilley@derwenthydro.example"],
            notes="AEDT abbreviation only (Hobart is on AEDT too).",
        ),
    ),
    human(
        MAGGIE,
        "tagish-lake-noon-boardroom",
        "interview",
        frm=("Dana Sidney", "dana.sidney@tagishlakedc.example"),
        subject="Interview Monday",
        date=dh("2028-11-29 15:22", "America/Whitehorse"),
        body=(
            "Hi Maggie,\n\nThanks for applying for the Lands Coordinator job. Can you come in "
            "Monday at noon? We'll meet in our boardroom on Main Street. It'll be me and Ruth "
            "Dickson from our board. About an hour.\n\nMahsi',\nDana Sidney\n"
            "Chief Operating Officer, Tagish Lake Development Corporation"
        ),
        label=iv(
            iso("2028-12-04 12:00", "America/Whitehorse"),
            None,
            company="Tagish Lake Development Corporation",
            role="Lands Coordinator",
            interviewers=["Dana Sidney", "Ruth Dickson"],
            emails=["dana.sidney@tagishlakedc.example"],
            notes="'Monday at noon' resolves against the Wednesday Date header.",
        ),
    ),
    human(
        LINNEA,
        "sjostad-energy-moved-thursday",
        "interview",
        frm=("Henrik Ahlström", "henrik.ahlstrom@sjostadenergy.example"),
        subject="Re: Interview next week - moved to Thursday",
        date=dh("2028-12-06 08:40", "Europe/Stockholm"),
        body=(
            "Hi Linnéa,\n\nNo problem at all. We've moved your interview from Tuesday to "
            f"{d('2028-12-14', 'uk')} at 13:00, same place (Hammarby Allé 44, 3rd floor). "
            "You'll meet me and Elsa Rundqvist from the platform team.\n\n"
            "Vänliga hälsningar,\nHenrik Ahlström\nCTO, Sjöstad Energy"
        ),
        label=iv(
            iso("2028-12-14 13:00", "Europe/Stockholm"),
            None,
            company="Sjöstad Energy",
            role="Backend Engineer",
            interviewers=["Henrik Ahlström", "Elsa Rundqvist"],
            emails=["henrik.ahlstrom@sjostadenergy.example"],
            notes="A reschedule by mail: the new time counts, 'Tuesday' is the old one.",
        ),
    ),
    human(
        YUTING,
        "tamsui-semiconductor-thread",
        "interview",
        frm=("Chen Kuan-hung", "kuanhung.chen@tamsuisemi.example"),
        subject="RE: Interview arrangement - Design Verification Engineer",
        date=dh("2028-11-30 18:05", "Asia/Taipei"),
        mailer="outlook",
        body=(
            "Dear Yu-ting,\n\nConfirmed: 2028/12/07 (Thu) 14:00 Taipei time, meeting room B, "
            "8F. Ms. Huang Shu-fen (DV Manager) and I will interview you. Please register at "
            "the lobby with your ID.\n\nBest regards,\nChen Kuan-hung\nSenior Engineer, "
            "Tamsui Semiconductor Design"
            + quoted(
                "2028-11-30 11:20",
                "Asia/Taipei",
                "Lin Yu-ting",
                "Dear Mr. Chen,\nThursday afternoon next week would suit me. Is 14:00 possible?",
                style="outlook",
            )
        ),
        label=iv(
            iso("2028-12-07 14:00", "Asia/Taipei"),
            "Asia/Taipei",
            company="Tamsui Semiconductor Design",
            role="Design Verification Engineer",
            interviewers=["Chen Kuan-hung", "Huang Shu-fen"],
            emails=["kuanhung.chen@tamsuisemi.example"],
            notes="Year-first slash date, Taipei time, Outlook quote header below.",
        ),
    ),
    human(
        CLAUDINE,
        "virunga-water-kigali-time",
        "interview",
        frm=("Emmanuel Nshimiyimana", "e.nshimiyimana@virungawater.example"),
        subject="Invitation to interview - WASH Programme Officer",
        date=dh("2028-11-23 14:50", "Africa/Kigali"),
        body=(
            "Dear Claudine,\n\nThank you for your application. We would like to invite you to "
            "a video interview on Thursday 30th November at 2.30pm Kigali time (CAT). The "
            "panel will be myself and Grace Uwase (Finance & Grants). Please confirm by "
            "reply.\n\nKind regards,\nDr. Emmanuel Nshimiyimana\nCountry Director, Virunga "
            "Water Trust"
        ),
        label=iv(
            iso("2028-11-30 14:30", "Africa/Kigali"),
            "Africa/Kigali",
            company="Virunga Water Trust",
            role="WASH Programme Officer",
            interviewers=["Emmanuel Nshimiyimana", "Grace Uwase"],
            emails=["e.nshimiyimana@virungawater.example"],
            notes="Ordinal date and '2.30pm' with a dot; Kigali names the zone.",
        ),
    ),
]
