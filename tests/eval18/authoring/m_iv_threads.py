"""Interviews settled by people: short replies, threads whose newest mail moves the time,
agencies and assistants introducing interviewers in prose, lists, tables and signatures."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    BRYNDIS,
    DECLAN,
    FENELLA,
    HUIMIN,
    INES,
    ISHAAN,
    JARRAH,
    KWABENA,
    MATILDA,
    PEISHAN,
    PRISCILLA,
    QUINN,
    REGGIE,
    SUJATA,
    TORVALD,
    d,
    dh,
    forwarded,
    html_mail,
    lab,
    msgid,
    person,
    quoted,
    raw_mail,
)

_NY = "America/New_York"
MESSAGES = [
    person(
        PRISCILLA,
        "thu-two-thirty-works",
        "interview",
        frm=("Marcus Feldstein", "marcus.feldstein@quillbrook-press.example"),
        subject="Re: Managing Editor role - times for a chat",
        date=dh("2037-03-17 08:41", _NY),
        agent="iPhone Mail (23E246)",
        in_reply_to=msgid("pv-offers-times", "example.net"),
        body="Thursday 2:30 works. I'll call your cell.\n\nSent from my iPhone\n"
        + quoted(
            "2037-03-16 17:12",
            _NY,
            "Priscilla Vantongeren-Bah <priscilla.vantongeren@example.net>",
            "Hi Marcus,\n\nThanks so much for reaching out. I could do Wednesday 3/18 at 11am "
            "or Thursday 3/19 at 2:30pm Eastern, whichever is easier for you.\n\nBest,\n"
            "Priscilla",
            "apple",
        ),
        label=lab(
            "2037-03-19 14:30",
            _NY,
            "America/New_York",
            company="Quillbrook Press",
            role="Managing Editor",
            who=["Marcus Feldstein"],
            emails=["marcus.feldstein@quillbrook-press.example"],
            notes="One-line reply picking the second of two slots offered in the quoted mail "
            "(month-first numerals, 'Eastern'); the writer calls her himself.",
        ),
    ),
    person(
        FENELLA,
        "moved-to-two-same-day",
        "interview",
        frm=("Hamish Oduya-Kerr", "hamish.oduyakerr@brambleworth-analytics.example"),
        subject="RE: Interview - Senior Data Analyst - Tuesday",
        date=dh("2037-03-26 16:05", "Europe/London"),
        agent="Microsoft Outlook 16.0",
        cc="Ravi Subramaniam <ravi.subramaniam@brambleworth-analytics.example>",
        in_reply_to=msgid("fenella-first-slot", "brambleworth-analytics.example"),
        body="Hi Fenella,\n\nQuick change I'm afraid: Ravi is now on the early train back from "
        "Leeds on Tuesday, so we've moved you to 2pm the same day (Tuesday 31st). Same Teams "
        "link as before, nothing else changes. Shout if 2pm is a problem.\n\nThanks,\nHamish\n\n"
        "Hamish Oduya-Kerr\nAnalytics Lead | Brambleworth Analytics\n"
        + quoted(
            "2037-03-23 10:14",
            "Europe/London",
            "Hamish Oduya-Kerr",
            "Hi Fenella,\n\nGreat to hear from you. Let's lock in "
            + d("2037-03-31", "uk")
            + " at 10:00. It'll be me and Ravi Subramaniam, our Head of Data, for about an "
            "hour on Teams.\n\nHamish",
            "outlook",
        ),
        label=lab(
            "2037-03-31 14:00",
            "Europe/London",
            company="Brambleworth Analytics",
            role="Senior Data Analyst",
            who=["Hamish Oduya-Kerr", "Ravi Subramaniam"],
            emails=[
                "hamish.oduyakerr@brambleworth-analytics.example",
                "ravi.subramaniam@brambleworth-analytics.example",
            ],
            notes="Newest mail moves the 10:00 slot of the quoted mail to 2pm the same day; "
            "sent in GMT before the 29 March switch, the interview is in BST.",
        ),
    ),
    person(
        QUINN,
        "speaking-with-mireille",
        "interview",
        frm=("Shauna Petrakis | Cedar & Sound Talent", "shauna@cedarsound-talent.example"),
        subject="Harbourline Games - interview confirmed for Thursday",
        date=dh("2037-03-27 11:20", "America/Vancouver"),
        html=True,
        body="Hi Quinn,\n\nGreat news, Harbourline Games would love to meet you for the "
        "Gameplay Programmer role!\n\nYou'll be speaking with Mireille Okafor, who heads up "
        "their gameplay team, and for the second half one of her senior engineers, Tobias "
        "Lindgren, will take you through a short code review exercise.\n\n"
        + d("2037-04-02", "us")
        + ", 1:00-2:30pm Vancouver time\nHarbourline Games, 3rd floor, 55 Water Street "
        "(Gastown) - buzz #310\n\nBring your laptop in case they want to look at something "
        "from your portfolio. Call me after and let me know how it went!\n\nShauna Petrakis\n"
        "Senior Consultant, Cedar & Sound Talent\n604 555 0142\n",
        label=lab(
            "2037-04-02 13:00",
            "America/Vancouver",
            "America/Vancouver",
            company="Harbourline Games",
            role="Gameplay Programmer",
            who=["Mireille Okafor", "Tobias Lindgren"],
            notes="Agency relay naming the interviewers in prose ('you'll be speaking with', "
            "'for the second half'); the consultant only arranges.",
        ),
    ),
    person(
        TORVALD,
        "panel-list-ymd",
        "interview",
        frm=("Johanna Berglund", "johanna.berglund@fjallvind-energi.example"),
        subject="Interview confirmation - Platform Engineer",
        date=dh("2037-04-01 09:32", "Europe/Stockholm"),
        body="Hi Torvald,\n\nThank you for accepting our invitation. Your interview is "
        "confirmed:\n\nDate: 2037-04-09\nTime: 13:00-14:30 CEST\nPlace: Fjällvind Energi, "
        "Kungsbron 7, Stockholm (ask for me at reception)\n\nThe panel is:\n"
        "- Annika Sjöberg, Head of Platform\n- Mats Lundqvist, Staff Engineer\n"
        "- Elif Karaca, Engineering Manager, Grid Systems\n\nI won't be in the interview "
        "myself but I'll meet you downstairs and walk you up.\n\nKind regards,\nJohanna "
        "Berglund\nTalent Acquisition Partner\n",
        label=lab(
            "2037-04-09 13:00",
            "Europe/Stockholm",
            company="Fjällvind Energi",
            role="Platform Engineer",
            who=["Annika Sjöberg", "Mats Lundqvist", "Elif Karaca"],
            notes="Year-first date on its own line, 'CEST' only; a bulleted panel; the "
            "recruiter says she will not be in the interview.",
        ),
    ),
    person(
        DECLAN,
        "joined-by-priya-monday",
        "interview",
        frm=("Callum Reardon", "callum@tinderbox-freight.example"),
        subject="See you Monday",
        date=dh("2037-04-02 17:48", "Australia/Melbourne"),
        agent="Apple Mail (2.3826)",
        body="Hi Declan,\n\nLooking forward to Monday. Just a heads-up that I'll be joined by "
        "Priya from our product team, so it'll be the two of us. 10.30am at our Collins St "
        "office, level 12 - just give your name at the concierge.\n\nShould take about an "
        "hour.\n\nCheers,\nCal\n\nCallum Reardon\nHead of Operations Technology\nTinderbox "
        "Freight\n",
        label=lab(
            "2037-04-06 10:30",
            "Australia/Melbourne",
            company="Tinderbox Freight",
            who=["Callum Reardon", "Priya"],
            emails=["callum@tinderbox-freight.example"],
            notes="'Monday' resolved against the Date header (Thursday 2 April, AEDT); the "
            "interview falls after the 5 April switch, in AEST. 'Priya' is all the mail "
            "gives of the second interviewer.",
        ),
    ),
    person(
        REGGIE,
        "signature-director-finance",
        "interview",
        frm=("Dana Whitcomb", "dwhitcomb@lakeshore-millworks.example"),
        to="rh.applications@example.net",
        subject="Our conversation on the 24th",
        date=dh("2037-03-18 15:02", "America/Chicago"),
        body="Reginald,\n\nThanks for getting back to me so quickly. Our conversation is set "
        "for "
        + d("2037-03-24", "us")
        + " at 9:00 AM CT at our Wacker Drive office (suite 2100). Please bring a photo ID "
        "for the front desk; parking is validated in the Lake Street garage.\n\nI've asked "
        "our Controller, Luis Abernethy, to sit in for the second half hour.\n\nRegards,\n\n"
        "Dana Whitcomb\nDirector of Finance\nLakeshore Millworks, Inc.\n"
        "dwhitcomb@lakeshore-millworks.example | 312-555-0168\n",
        label=lab(
            "2037-03-24 09:00",
            "America/Chicago",
            company="Lakeshore Millworks",
            who=["Dana Whitcomb", "Luis Abernethy"],
            emails=["dwhitcomb@lakeshore-millworks.example"],
            notes="Sent to the user's second address; 'our conversation' and a signature "
            "with a title, no word 'interview'; 'CT' only.",
        ),
    ),
    person(
        INES,
        "half-past-two-friday",
        "interview",
        frm=("Duarte Figueira", "duarte@azulejo-cloud.example"),
        subject="Re: Backend role at Azulejo",
        date=dh("2037-04-14 12:26", "Europe/Lisbon"),
        html=True,
        in_reply_to=msgid("ines-friday-afternoons", "example.org"),
        body="Half past two on Friday suits us perfectly. See you at the office - Rua da "
        "Prata 88, 3rd floor. Marta from the team will join us for the technical part.\n\n"
        "Duarte\n"
        + quoted(
            "2037-04-13 21:40",
            "Europe/Lisbon",
            "Inês Valadares-Kirk <ines.valadares@example.org>",
            "Hi Duarte,\n\nThanks for getting back to me! Most of this week I'm free on "
            "Thursday or Friday afternoon, any time after 2pm.\n\nBest,\nInês",
        ),
        label=lab(
            "2037-04-17 14:30",
            "Europe/Lisbon",
            company="Azulejo Cloud",
            who=["Duarte Figueira", "Marta"],
            emails=["duarte@azulejo-cloud.example"],
            notes="'Half past two on Friday' against a Tuesday Date header; the quoted mail "
            "only offers afternoons.",
        ),
    ),
    html_mail(
        HUIMIN,
        "agency-table-cfo",
        "interview",
        frm=("Merlion Search Partners", "consultants@merlionsearch.example"),
        subject="Interview Arrangement: Assistant Finance Manager (Hartwell Marine)",
        date=dh("2037-04-08 10:05", "Asia/Singapore"),
        markup="<p>Dear Rachel,</p>\n<p>Further to our call, please find your interview "
        'arrangement with our client below.</p>\n<table border="1" cellpadding="6" '
        'style="border-collapse:collapse">\n<tr><th>Client</th><td>Hartwell Marine Pte '
        "Ltd</td></tr>\n<tr><th>Position</th><td>Assistant Finance Manager</td></tr>\n"
        "<tr><th>Date</th><td>"
        + d("2037-04-15", "uky")
        + "</td></tr>\n<tr><th>Time</th><td>3.00pm - 4.00pm (SGT)</td></tr>\n<tr><th>Venue"
        "</th><td>8 Harbourfront Walk, #11-02, Singapore</td></tr>\n<tr><th>Interviewers"
        "</th><td>Mr Desmond Koh (Chief Financial Officer)<br>Ms Valerie Ang (Financial "
        "Controller)</td></tr>\n</table>\n<p>Kindly arrive 10 minutes early and bring a "
        "copy of your NRIC for registration. Do acknowledge receipt of this email.</p>\n"
        "<p>Best regards,<br>Jolene Teo<br>Principal Consultant | EA Reg. No. R2037116<br>"
        "Merlion Search Partners</p>",
        label=lab(
            "2037-04-15 15:00",
            "Asia/Singapore",
            company="Hartwell Marine",
            role="Assistant Finance Manager",
            who=["Desmond Koh", "Valerie Ang"],
            notes="HTML-only agency mail, interviewers in a table cell with honorifics and "
            "titles; 'SGT' only.",
        ),
    ),
    person(
        ISHAAN,
        "noon-tmrw-founder",
        "interview",
        frm=("Rohan Mehrotra", "rohan@kitepaper-labs.example"),
        subject="Re: Application - Product Designer",
        date=dh("2037-04-20 19:05", "Asia/Kolkata"),
        in_reply_to=msgid("ishaan-two-options", "example.com"),
        body="noon tmrw works. will call you on the number on your CV.\n-R\n"
        + quoted(
            "2037-04-20 11:30",
            "Asia/Kolkata",
            "Ishaan Bhattacharjee-Cole <ishaan.bhattacharjee@example.com>",
            "Hi Rohan,\n\nThank you for the quick reply. I can do Tuesday at noon or "
            "Wednesday at 4pm IST for the call, whichever suits you.\n\nRegards,\nIshaan",
        ),
        label=lab(
            "2037-04-21 12:00",
            "Asia/Kolkata",
            company="Kitepaper Labs",
            role="Product Designer",
            who=["Rohan Mehrotra"],
            emails=["rohan@kitepaper-labs.example"],
            notes="'noon tmrw' against a Monday evening Date header; the founder calls.",
        ),
    ),
    person(
        MATILDA,
        "flight-moves-to-three-thirty",
        "interview",
        frm=("Bec Lattimore", "careers@quandong-legal.example"),
        subject="Updated time - your interview on Thursday 9 April",
        date=dh("2037-04-01 14:10", "Australia/Sydney"),
        html=True,
        body="Hi Matilda,\n\nApologies for the shuffle - Greg's flight back from Perth lands "
        "later than planned, so we've moved your interview to 3:30pm on Thursday 9 April "
        "(Sydney time), same place. Greg Tomasetti and Aroha Kingi will still both be "
        "there.\n\nEverything else in my earlier email stands.\n\nKind regards,\nBec\n"
        "People & Culture Coordinator, Quandong Legal\n\n"
        "-----Original Message-----\nFrom: Bec Lattimore\nSent: Friday, 27 March 2037 "
        "9:02 AM\n\nHi Matilda, confirming your interview on "
        + d("2037-04-09", "uk")
        + " at 11:00am with Greg Tomasetti (Partner) and Aroha Kingi (Senior Associate), "
        "Level 9, 60 Castlereagh St.\n",
        label=lab(
            "2037-04-09 15:30",
            "Australia/Sydney",
            "Australia/Sydney",
            company="Quandong Legal",
            who=["Greg Tomasetti", "Aroha Kingi"],
            notes="The newest text moves the quoted 11:00 to 3:30pm; sent in AEDT, the "
            "interview is after the 5 April switch (AEST). The coordinator only arranges.",
        ),
    ),
    person(
        JARRAH,
        "ea-reminder-coo",
        "interview",
        frm=("Lindy Paech", "lindy.paech@marriridge-resources.example"),
        subject="Tomorrow morning",
        date=dh("2037-05-13 15:47", "Australia/Perth"),
        agent="Microsoft Outlook 16.0",
        body="Hi Jarrah,\n\nJust a reminder that you're meeting with Fiona Castellano, our "
        "Chief Operating Officer, tomorrow at 8.15am in the Hay St boardroom (level 31). "
        "Fiona has a hard stop at 9.\n\nPlease sign in at the ground floor security desk "
        "and they'll send you up.\n\nKind regards,\nLindy\n\nLindy Paech | Executive "
        "Assistant to the COO\nMarri Ridge Resources\n",
        label=lab(
            "2037-05-14 08:15",
            "Australia/Perth",
            company="Marri Ridge Resources",
            who=["Fiona Castellano"],
            notes="An executive assistant's reminder ('tomorrow at 8.15am', dotted time); "
            "she only arranges.",
        ),
    ),
    person(
        KWABENA,
        "below-from-kojo",
        "interview",
        frm=("Abena Sarpong", "abena.sarpong@coastline-hr.example"),
        cc="Kojo Mensah-Bonsu <kojo.mensahbonsu@akwaaba-microfinance.example>",
        subject="FW: Credit Analyst candidate - Kwabena",
        date=dh("2037-05-06 13:12", "Africa/Accra"),
        body="Hi Kwabena,\n\nPlease see below from Kojo - he has confirmed Monday at 10am at "
        "their Airport City office. I've copied him here so you have his details.\n\nAll "
        "the best,\nAbena\nCoastline HR Consulting\n\n"
        + forwarded(
            "2037-05-06 11:58",
            "Africa/Accra",
            "Kojo Mensah-Bonsu <kojo.mensahbonsu@akwaaba-microfinance.example>",
            "Abena Sarpong <abena.sarpong@coastline-hr.example>",
            "RE: Credit Analyst candidate - Kwabena",
            "Abena,\n\nThanks. Happy to meet Kwabena on Monday 11 May at 10am GMT here at "
            "Airport City. Efua Boateng from our credit risk team will join me.\n\nKojo "
            "Mensah-Bonsu\nHead of Credit, Akwaaba Microfinance",
            "outlook",
        ),
        label=lab(
            "2037-05-11 10:00",
            "Africa/Accra",
            company="Akwaaba Microfinance",
            role="Credit Analyst",
            who=["Kojo Mensah-Bonsu", "Efua Boateng"],
            emails=["kojo.mensahbonsu@akwaaba-microfinance.example"],
            notes="Agency forward: the time is in the forwarded Outlook block ('GMT' in "
            "Accra); 'will join me'.",
        ),
    ),
    person(
        PEISHAN,
        "taipei-slash-date",
        "interview",
        frm=("Wu Chia-hui", "hr@jadepeak-semicon.example"),
        subject="[Jadepeak] Second interview arrangement / 第二次面試",
        date=dh("2037-04-28 10:30", "Asia/Taipei"),
        body="Dear Ms. Lin,\n\nThank you for attending the first interview. We are pleased to "
        "invite you to the second interview as follows:\n\nTime: 2037/05/06 (Wed) 14:00-15:30, "
        "Taipei time\nLocation: Jadepeak Semiconductor, 5F, No. 12, Lane 99, Hsinchu Science "
        "Park\nInterviewers: Director Chen Kuan-yu (Process Integration) and Ms. Huang "
        "Yi-ting (HR Manager)\n\nPlease reply to confirm your attendance. For parking, "
        "please show this email at the gate.\n\nBest regards,\nWu Chia-hui\nRecruiting, "
        "Jadepeak Semiconductor\n",
        label=lab(
            "2037-05-06 14:00",
            "Asia/Taipei",
            "Asia/Taipei",
            company="Jadepeak Semiconductor",
            who=["Chen Kuan-yu", "Huang Yi-ting"],
            notes="Year-first slashed date with a weekday in brackets; the HR manager "
            "interviews, the recruiting sender only arranges.",
        ),
    ),
    raw_mail(
        SUJATA,
        "panel-comprises-sunday",
        "interview",
        frm=("Himal Water Trust - HR", "hr@himalwater.example"),
        subject="Interview call letter - Programme Officer (WASH)",
        date=dh("2037-04-13 16:20", "Asia/Kathmandu"),
        body="Dear Ms. Sujata Adhikari-Lamsal,\n\nWith reference to your application, you "
        "have been shortlisted for the interview for the post of Programme Officer (WASH).\n\n"
        "The interview will be held on " + d("2037-04-19", "uky") + " at 11:00 AM (Kathmandu "
        "time, UTC+05:45) at our Lalitpur office, Jhamsikhel.\n\nThe interview panel "
        "comprises Mr. Bishnu Prasad Koirala (Executive Director) and Dr. Anita Gurung "
        "(Programme Lead).\n\nPlease bring the originals of your academic certificates and "
        "citizenship.\n\nHR Section\nHimal Water Trust\n",
        label=lab(
            "2037-04-19 11:00",
            "Asia/Kathmandu",
            "Asia/Kathmandu",
            company="Himal Water Trust",
            role="Programme Officer (WASH)",
            who=["Bishnu Prasad Koirala", "Anita Gurung"],
            notes="A call letter for a Sunday (a working day in Nepal), 'Kathmandu time, "
            "UTC+05:45'; 'the panel comprises' with titles and honorifics.",
        ),
    ),
    person(
        BRYNDIS,
        "perfect-see-you-then",
        "interview",
        frm=("Hrafnhildur Jónsdóttir", "hrafnhildur@geysir-seafood.example"),
        subject="Re: Financial Controller - interview",
        date=dh("2037-05-20 09:14", "Atlantic/Reykjavik"),
        in_reply_to=msgid("bryndis-proposes-wednesday", "example.com"),
        html=True,
        body="Perfect, see you then! I'll send a Teams link the morning before.\n\n"
        "Hrafnhildur\n\nHrafnhildur Jónsdóttir\nHead of Finance | Geysir Seafood hf.\n"
        + quoted(
            "2037-05-19 22:03",
            "Atlantic/Reykjavik",
            "Bryndís Hallsdóttir-Ward <bryndis.hallsdottir@example.com>",
            "Dear Hrafnhildur,\n\nThank you for the invitation to interview. Of the times you "
            "suggested, "
            + d("2037-05-27", "uk")
            + " at 4pm would work best for me (Reykjavik time).\n\nKind regards,\nBryndís",
        ),
        label=lab(
            "2037-05-27 16:00",
            "Atlantic/Reykjavik",
            "Atlantic/Reykjavik",
            company="Geysir Seafood",
            role="Financial Controller",
            who=["Hrafnhildur Jónsdóttir"],
            emails=["hrafnhildur@geysir-seafood.example"],
            notes="'Perfect, see you then!': the day and hour are only in the user's quoted "
            "choice.",
        ),
    ),
]
