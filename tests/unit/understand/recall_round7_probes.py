"""Probe mail for recall round 7: interview confirmations in shapes that are easy to miss.

Written from scratch for these tests (invented people and companies under reserved
names), none copied from an evaluation set, none repeating round 5's shapes: terse replies
in a thread, times only in the subject, calendar invitations titled without the word
"interview", hiring-manager chats, final conversations, case and take-home sessions,
assessment centres, live video platforms, booking tools, reminders, moves, forwards from
the user's own other account, agencies confirming with their client, founders writing
from a personal address, HTML-only bodies with tables, German, French and Spanish.

Every message is dated Monday 2 March 2026 unless it says otherwise, so "Tuesday" is
3 March and a date without a year is in 2026.

Live video platforms: a *live* session on HireVue, Spark Hire or similar has a time and a
person on the other end, so it is an interview; a *one-way* recorded session only has a
deadline and nobody to meet, so it is not (see the near misses).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ics:
    """A calendar invitation carried by the message (iTIP REQUEST)."""

    summary: str
    start: str
    """DTSTART value: UTC (``...Z``) or local with ``tzid``."""
    end: str
    tzid: str | None = None
    description: str = ""
    location: str = ""


@dataclass(frozen=True, slots=True)
class Probe:
    """One message and what it must be read as."""

    key: str
    sender: str
    subject: str
    body: str
    kind: str = "interview"
    start: tuple[int, int, int, int, int, str] | None = None
    """(year, month, day, hour, minute, IANA zone) of the start."""
    names: tuple[str, ...] = ()
    """Interviewer names that must all be found (others may be found too)."""
    user: str = "us"
    """Which user receives it: "us" (New York, mdy), "uk", "de", "fr", "es"."""
    html: str | None = None
    """An HTML body; with an empty ``body`` the message is HTML only."""
    ics: Ics | None = None


NY = "America/New_York"
LON = "Europe/London"
BER = "Europe/Berlin"
PAR = "Europe/Paris"
MAD = "Europe/Madrid"
LA = "America/Los_Angeles"
CHI = "America/Chicago"


def _table(rows: tuple[tuple[str, str], ...]) -> str:
    """An HTML two-column table as ATS mail templates lay it out."""
    cells = "".join(
        f'<tr><td style="padding:4px;font-weight:bold">{k}</td>'
        f'<td style="padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    return f'<table role="presentation" cellpadding="0" cellspacing="0">{cells}</table>'


def _page(before: str, rows: tuple[tuple[str, str], ...], after: str) -> str:
    """An HTML-only mail: a greeting, a details table, a closing."""
    return (
        '<html><body><div style="font-family:Arial">'
        f"<p>{before}</p>{_table(rows)}<p>{after}</p></div></body></html>"
    )


# --- English: terse replies in a thread ----------------------------------------------------
THREADS: tuple[Probe, ...] = (
    Probe(
        "reply_it_is",
        "Dana Whitfield <dana@lanternworks.example>",
        "Re: Product Designer role - next steps",
        "Perfect, Tuesday 10:30 it is. Talk then.\n\nDana\n\n"
        "On Mon, Mar 2, 2026 at 11:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> Hi Dana, thanks for the invitation to interview. Tuesday at 10:30 or Wednesday\n"
        "> after 2pm both work for me.\n> Best, Alex",
        start=(2026, 3, 3, 10, 30, NY),
    ),
    Probe(
        "reply_your_time",
        "Raj Subramanian <raj.s@quillstack.example>",
        "Re: Backend Engineer - chat with the hiring manager",
        "Confirmed for Thu 3pm your time. I'll send a Zoom link shortly.\n\n--\nRaj\n"
        "Engineering Manager, Quillstack\n\n"
        "> On Mar 2, 2026, at 9:40 AM, Alex Morgan wrote:\n> Thursday afternoon is best "
        "for me, anytime after 1pm Eastern.",
        start=(2026, 3, 5, 15, 0, NY),
    ),
    Probe(
        "reply_works_call_cell",
        "Marta Kowalski <marta.kowalski@brightfern.example>",
        "RE: Phone screen - Support Engineer",
        "Works for me! Friday at 9:15 ET then, I'll call your cell.\n\nMarta\n\n"
        "From: Alex Morgan <alex.morgan@gmail.com>\nSent: Monday, March 2, 2026 10:12 AM\n"
        "To: Marta Kowalski\nSubject: RE: Phone screen - Support Engineer\n\n"
        "Hi Marta, Friday morning would be great for the phone screen, 9:15 if possible.",
        start=(2026, 3, 6, 9, 15, NY),
        names=("Marta Kowalski",),
    ),
    Probe(
        "reply_booked_invite_incoming",
        "Theo Ramsey <theo@parcelgrid.example>",
        "Re: Quick call about the Staff Engineer opening",
        "Sounds good, I've booked us for Wednesday 3/11 at 4:30pm ET. Invite incoming.\n\n"
        "Theo\n\nOn Mon, Mar 2, 2026 Alex Morgan wrote:\n> Next week is easier for me, "
        "any afternoon except Monday.",
        start=(2026, 3, 11, 16, 30, NY),
    ),
    Probe(
        "reply_locked_in_uk",
        "Harriet Vale <harriet.vale@copperkettle.example>",
        "Re: Second round",
        "Great, you're locked in for Monday 9 March, 11:00 GMT with Priya Anand and me.\n\n"
        "Harriet\n\nOn 2 Mar 2026, at 12:20, Sam Taylor wrote:\n> Monday 9th at 11 works "
        "well for me, thank you.",
        start=(2026, 3, 9, 11, 0, LON),
        names=("Priya Anand",),
        user="uk",
    ),
    Probe(
        "reply_see_you_then_subject_time",
        "Lena Fischer <lena.fischer@tallbirch.example>",
        "Interview confirmed - Thu 3/12 2:00pm ET",
        "Hi Alex, see you then! Meeting link below.\n\nhttps://tallbirch.zoom.us/j/8844001122"
        "\n\nThanks,\nLena",
        start=(2026, 3, 12, 14, 0, NY),
    ),
    Probe(
        "reply_in_the_diary_subject_time",
        "Tom Hewitt <tom.hewitt@saltmarsh.example>",
        "Re: Interview - Weds 11 March @ 14:30",
        "Perfect, that's in the diary. Speak then.\n\nTom",
        start=(2026, 3, 11, 14, 30, LON),
        user="uk",
    ),
    Probe(
        "subject_call_hiring_team",
        "Grace Liu <grace.liu@harborlight.example>",
        "Call w/ Harborlight hiring team - Fri 2pm PT",
        "Confirmed. Zoom link: https://harborlight.zoom.us/j/7712003344\n\nGrace\n"
        "Talent Partner, Harborlight",
        start=(2026, 3, 6, 14, 0, LA),
    ),
    Probe(
        "reply_done_booked_room",
        "Owen Price <owen.price@redfern-labs.example>",
        "Re: On-site with the team",
        "Done - I've booked a room for 10am on Tuesday 10 March. Ask for me at reception "
        "(3rd floor). Looking forward to meeting you in person.\n\nOwen\n\n"
        "> Tuesday the 10th works for the on-site, any time in the morning.",
        start=(2026, 3, 10, 10, 0, LON),
        user="uk",
    ),
    Probe(
        "reply_great_first_name_tomorrow",
        "Kiran Shah <kiran@mosslight.example>",
        "Re: Mosslight - Data Analyst",
        "Great, tomorrow at 1pm Eastern works. Jules Moreau from our analytics team will "
        "join too.\n\nKiran\n\n> Could we do tomorrow, Tuesday, at 1pm instead? Apologies "
        "for the short notice.",
        start=(2026, 3, 3, 13, 0, NY),
        names=("Jules Moreau",),
    ),
)

# --- English: calendar invitations titled without "interview" -----------------------------
INVITES: tuple[Probe, ...] = (
    Probe(
        "ics_double_angle",
        "Nadia Ortiz <nadia.ortiz@northwind-robotics.example>",
        "Invitation: Alex Morgan <> Northwind Robotics @ Tue Mar 10, 2026 1pm - 1:45pm (EDT)",
        "Alex Morgan <> Northwind Robotics\nTuesday Mar 10, 2026 1pm - 1:45pm (EDT)\n"
        "Conversation with Nadia Ortiz (VP Product) about the Senior Product Manager role.",
        ics=Ics(
            "Alex Morgan <> Northwind Robotics",
            "20260310T170000Z",
            "20260310T174500Z",
            description="Conversation with Nadia Ortiz (VP Product) about the Senior "
            "Product Manager role.",
        ),
        start=(2026, 3, 10, 13, 0, NY),
        names=("Nadia Ortiz",),
    ),
    Probe(
        "ics_pipe_chat_with",
        "Bella Kim <bella.kim@fernhill.example>",
        "Invitation: Fernhill | Chat with Alex Morgan @ Wed Mar 4, 2026 11am - 11:30am (EST)",
        "Fernhill | Chat with Alex Morgan\nWednesday Mar 4, 2026 11am - 11:30am (EST)\n\n"
        "Hi Alex, looking forward to talking about the Data Analyst opening.\n"
        "Join with Google Meet: meet.google.com/qra-bnmx-pte",
        ics=Ics(
            "Fernhill | Chat with Alex Morgan",
            "20260304T160000Z",
            "20260304T163000Z",
            description="Hi Alex, looking forward to talking about the Data Analyst opening.",
        ),
        start=(2026, 3, 4, 11, 0, NY),
    ),
    Probe(
        "ics_technical_deep_dive",
        "Recruiting Coordination <coordination@helixdata.example>",
        "Invitation: Technical deep dive - A. Morgan @ Thu Mar 12, 2026 2pm - 3:30pm (EDT)",
        "Technical deep dive - A. Morgan\nThursday Mar 12, 2026 2pm - 3:30pm (EDT)\n"
        "Candidate: Alex Morgan (Senior Platform Engineer)\nInterviewers: Rosa Delgado, "
        "Victor Huang",
        ics=Ics(
            "Technical deep dive - A. Morgan",
            "20260312T180000Z",
            "20260312T193000Z",
            description="Candidate: Alex Morgan (Senior Platform Engineer)\nInterviewers: "
            "Rosa Delgado, Victor Huang",
        ),
        start=(2026, 3, 12, 14, 0, NY),
        names=("Rosa Delgado", "Victor Huang"),
    ),
    Probe(
        "ics_onsite_loop",
        "Hannah Cole <hannah.cole@arcadia-bio.example>",
        "Invitation: Onsite loop - Alex Morgan @ Tue Mar 17, 2026 9am - 2pm (PDT)",
        "Onsite loop - Alex Morgan\nTuesday Mar 17, 2026 9am - 2pm (PDT)\n"
        "Arcadia Bio, 1200 Harbor Blvd, South San Francisco",
        ics=Ics(
            "Onsite loop - Alex Morgan",
            "20260317T090000",
            "20260317T140000",
            tzid=LA,
            location="Arcadia Bio, 1200 Harbor Blvd, South San Francisco",
        ),
        start=(2026, 3, 17, 9, 0, LA),
    ),
    Probe(
        "ics_final_conversation",
        "Elliot Marsh <elliot.marsh@hollisfinch.example>",
        "Invitation: Final conversation: Alex Morgan / Hollis & Finch @ Fri Mar 13, 2026",
        "Final conversation: Alex Morgan / Hollis & Finch\nFriday Mar 13, 2026 10am - 11am "
        "(EDT)\nWith our CEO, Margot Ellis.",
        ics=Ics(
            "Final conversation: Alex Morgan / Hollis & Finch",
            "20260313T140000Z",
            "20260313T150000Z",
            description="With our CEO, Margot Ellis.",
        ),
        start=(2026, 3, 13, 10, 0, NY),
        names=("Margot Ellis",),
    ),
    Probe(
        "ics_case_presentation",
        "Talent Team <talent@meridian-advisory.example>",
        "Invitation: Case study presentation - Sam Taylor @ Wed 18 Mar 2026 10:00 - 11:30 (GMT)",
        "Case study presentation - Sam Taylor\nWednesday 18 Mar 2026 10:00 - 11:30 (GMT)\n"
        "Panel: Oliver Grant, Fatima Rahman",
        ics=Ics(
            "Case study presentation - Sam Taylor",
            "20260318T100000Z",
            "20260318T113000Z",
            description="Panel: Oliver Grant, Fatima Rahman",
        ),
        start=(2026, 3, 18, 10, 0, LON),
        names=("Oliver Grant", "Fatima Rahman"),
        user="uk",
    ),
    Probe(
        "ics_takehome_debrief",
        "Jordan Blake <jordan.blake@stackhaven.example>",
        "Invitation: Take-home debrief (Alex Morgan) @ Mon Mar 16, 2026 3pm - 4pm (PDT)",
        "Take-home debrief (Alex Morgan)\nMonday Mar 16, 2026 3pm - 4pm (PDT)\n"
        "We'll walk through your submission together.",
        ics=Ics(
            "Take-home debrief (Alex Morgan)",
            "20260316T220000Z",
            "20260316T230000Z",
            description="We'll walk through your submission together.",
        ),
        start=(2026, 3, 16, 15, 0, LA),
    ),
    Probe(
        "ics_hiring_manager_names",
        "Sophie Laurent <sophie.laurent@opaline.example>",
        "Invitation: Alex / Sophie (hiring manager) @ Thu Mar 5, 2026 4pm - 4:30pm (EST)",
        "Alex / Sophie (hiring manager)\nThursday Mar 5, 2026 4pm - 4:30pm (EST)\n"
        "Join Zoom Meeting https://opaline.zoom.us/j/9911223344",
        ics=Ics(
            "Alex / Sophie (hiring manager)",
            "20260305T210000Z",
            "20260305T213000Z",
        ),
        start=(2026, 3, 5, 16, 0, NY),
    ),
    Probe(
        "ics_panel_round",
        "Cobalt Talent <talent@cobaltmesh.example>",
        "Updated invitation: Panel - Sam Taylor (Finance Manager) @ Tue 24 Mar 2026 14:00",
        "Panel - Sam Taylor (Finance Manager)\nTuesday 24 Mar 2026 14:00 - 15:00 (GMT)",
        ics=Ics(
            "Panel - Sam Taylor (Finance Manager)",
            "20260324T140000Z",
            "20260324T150000Z",
        ),
        start=(2026, 3, 24, 14, 0, LON),
        user="uk",
    ),
    Probe(
        "ics_culture_add",
        "People Team <people@driftwood.example>",
        "Invitation: Culture add conversation | Alex Morgan @ Wed Mar 18, 2026 12pm (EDT)",
        "Culture add conversation | Alex Morgan\nWednesday Mar 18, 2026 12pm - 12:45pm (EDT)"
        "\nFor the Customer Success Lead position.",
        ics=Ics(
            "Culture add conversation | Alex Morgan",
            "20260318T160000Z",
            "20260318T164500Z",
            description="For the Customer Success Lead position.",
        ),
        start=(2026, 3, 18, 12, 0, NY),
    ),
)

# --- English: stages, platforms, tools ------------------------------------------------------
STAGES: tuple[Probe, ...] = (
    Probe(
        "hm_chat_cv_number",
        "Carla Benton <carla.benton@tideglass.example>",
        "Growth Marketing Manager - chat on Tuesday",
        "Hi Alex,\n\nI'm the hiring manager for the Growth Marketing Manager role. Looking "
        "forward to our chat on Tuesday, March 10 at 1pm ET. I'll call you on the number from "
        "your CV.\n\nCarla Benton\nHead of Growth, Tideglass",
        start=(2026, 3, 10, 13, 0, NY),
        names=("Carla Benton",),
    ),
    Probe(
        "final_conversation_ceo",
        "Ines Walker <ines.walker@lumoscape.example>",
        "Lumoscape - final conversation",
        "Hi Sam,\n\nThank you for making time for a final conversation with our CEO, Rafael "
        "Mendes, on Thursday 12 March at 16:00 CET. It will be on Google Meet; the link is in "
        "the invite.\n\nBest,\nInes\nPeople Partner",
        start=(2026, 3, 12, 16, 0, BER),
        names=("Rafael Mendes",),
        user="uk",
    ),
    Probe(
        "case_present_panel",
        "Meera Joshi <meera.joshi@alderbank.example>",
        "Your case study presentation",
        "Dear Sam,\n\nThank you for submitting your case study. You'll present it to the "
        "panel on Wednesday 18 March, 10:00-11:30 GMT, at our Manchester office. The panel "
        "will be Gareth Lloyd and Yasmin Ali.\n\nKind regards,\nMeera Joshi\nTalent "
        "Acquisition, Alder Bank",
        start=(2026, 3, 18, 10, 0, LON),
        names=("Gareth Lloyd", "Yasmin Ali"),
        user="uk",
    ),
    Probe(
        "takehome_walkthrough",
        "Peter Vance <peter@cindergate.example>",
        "Take-home walkthrough",
        "Hi Alex,\n\nThanks for the take-home, nice work. We'd like to walk through it with "
        "you: I've booked Monday March 16th, 3:00-4:00 PM PT. Our CTO, Amira Haddad, will "
        "join me.\n\nPeter Vance\nEngineering Lead, Cindergate",
        start=(2026, 3, 16, 15, 0, LA),
        names=("Amira Haddad",),
    ),
    Probe(
        "assessment_centre_place",
        "Graduate Recruitment <graduates@whitmore-group.example>",
        "Assessment centre - your place is confirmed",
        "Dear Sam,\n\nYour assessment centre place is confirmed: Thursday 26 March 2026, "
        "09:00-16:00, at our Leeds office (1 Wellington Place). The day includes a group "
        "exercise, a presentation and a partner interview.\n\nGraduate Recruitment Team",
        start=(2026, 3, 26, 9, 0, LON),
        user="uk",
    ),
    Probe(
        "sparkhire_live",
        "Spark Hire <notifications@sparkhire.com>",
        "Live Interview Invitation from Cedar Valley Health",
        "Hello Alex,\n\nCedar Valley Health has scheduled a live interview with you.\n\n"
        "When: Fri, Mar 20, 2026 at 2:30 PM CDT\nWith: Megan Holt\n\nJoin from your browser "
        "at the time above: https://app.sparkhire.com/live/7h3k2\n\nSpark Hire",
        start=(2026, 3, 20, 14, 30, CHI),
        names=("Megan Holt",),
    ),
    Probe(
        "vidcruiter_live",
        "Harbor City Transit <no-reply@vidcruiter.com>",
        "Your live video interview - Transit Planner",
        "Dear Alex Morgan,\n\nThis is to confirm your live video interview for Transit "
        "Planner.\n\nDate: 03/19/2026\nTime: 10:00 AM Eastern\nPanel: Ruth Adeyemi, "
        "Carl Jansen\n\nPlease test your camera beforehand.\n\nHarbor City Transit HR",
        start=(2026, 3, 19, 10, 0, NY),
        names=("Ruth Adeyemi", "Carl Jansen"),
    ),
    Probe(
        "calendly_phone_screen_invitee",
        "Calendly <no-reply@calendly.com>",
        "Confirmed: Phone Screen - Brightline Energy",
        "Hi Alex,\n\nA new event has been scheduled.\n\nEvent Type: Phone Screen - Brightline "
        "Energy\nHost: Jenna Wu\nEvent Date/Time: 10:00am - Wednesday, March 4, 2026 "
        "(Eastern Time - US & Canada)\nLocation: Jenna will call you at +1 212-555-0143\n\n"
        "View event in Calendly",
        start=(2026, 3, 4, 10, 0, NY),
        names=("Jenna Wu",),
    ),
    Probe(
        "calcom_intro_founding",
        "Cal.com <no-reply@cal.com>",
        "Confirmed: Intro call - Founding Engineer with Ben Roth",
        "Your booking has been confirmed\n\nWhat: Intro call - Founding Engineer\n"
        "When: Thursday, March 5, 2026 1:00pm - 1:30pm (America/New_York)\n"
        "Who: Ben Roth (organizer), Alex Morgan\nWhere: Google Meet\n\n"
        "Need to reschedule or cancel?",
        start=(2026, 3, 5, 13, 0, NY),
        names=("Ben Roth",),
    ),
    Probe(
        "goodtime_conversations",
        "Wavecrest Scheduling <scheduling@goodtime.io>",
        "Your upcoming conversations with Wavecrest",
        "Hi Alex,\n\nHere's what's coming up.\n\nWednesday, March 25\n"
        "1:00 PM - 1:45 PM ET - Product sense with Hugo Laine\n"
        "2:00 PM - 2:45 PM ET - Execution with Anna Sato\n\n"
        "Links are in the calendar invitations.\n\nWavecrest",
        start=(2026, 3, 25, 13, 0, NY),
        names=("Hugo Laine", "Anna Sato"),
    ),
    Probe(
        "modernloop_scheduled",
        "Tessellate Recruiting <scheduling@modernloop.io>",
        "You're scheduled: Hiring Manager Screen with Tessellate",
        "Hi Alex,\n\nYou're scheduled!\n\nStage: Hiring Manager Screen\nDate: Tue, Mar 10\n"
        "Time: 12:00 PM - 12:30 PM (Central Time)\nHiring manager: Doug Ferris\n"
        "Video: https://tessellate.zoom.us/j/5566778899",
        start=(2026, 3, 10, 12, 0, CHI),
        names=("Doug Ferris",),
    ),
    Probe(
        "paradox_text_style",
        "Quickmart Careers <quickmart@paradox.ai>",
        "You're booked!",
        "You're booked, Alex! In-person interview - Assistant Store Manager\n"
        "Sat 3/7, 10:00 AM\nQuickmart #118, 455 Elm Ave, Springfield\n"
        "Ask for: Tanya Brooks\nNeed to change it? Reply CHANGE.",
        start=(2026, 3, 7, 10, 0, NY),
        names=("Tanya Brooks",),
    ),
    Probe(
        "reminder_meeting_names_tomorrow",
        "Ashgrove Recruiting <recruiting@ashgrove.example>",
        "Reminder: your interview tomorrow",
        "Hi Alex,\n\nJust a heads-up that you're meeting Hannah Lee and Luis Ortega tomorrow "
        "(Tuesday) at 10am Eastern. Please bring a photo ID for the front desk.\n\n"
        "Ashgrove Recruiting",
        start=(2026, 3, 3, 10, 0, NY),
        names=("Hannah Lee", "Luis Ortega"),
    ),
    Probe(
        "reminder_starting_soon",
        "Corvid Analytics via GoodTime <noreply@goodtime.io>",
        "Starting in 1 hour: Phone screen with Corvid Analytics",
        "Your phone screen with Corvid Analytics starts soon.\n\nToday, 4:00 PM - 4:30 PM "
        "EST\nInterviewer: Will Carver\nDial-in: the interviewer will call you.",
        start=(2026, 3, 2, 16, 0, NY),
        names=("Will Carver",),
    ),
    Probe(
        "moved_same_link",
        "Lucy Park <lucy.park@glasswing.example>",
        "Change of time - Glasswing",
        "Hi Alex,\n\nQuick heads-up: Ravi had a conflict, so we've moved your chat with him "
        "to Thursday at 11:30am ET, same Zoom link. Sorry for the shuffle!\n\nLucy\n"
        "Recruiting Coordinator, Glasswing",
        start=(2026, 3, 5, 11, 30, NY),
    ),
    Probe(
        "pushed_back_hour",
        "Victor Alston <victor.alston@brassbell.example>",
        "Re: Interview on Wednesday",
        "Hi Alex, would you mind if we pushed back an hour? I've updated the invite to "
        "Wednesday March 4, 3:00 PM ET. Same dial-in.\n\nVictor",
        start=(2026, 3, 4, 15, 0, NY),
    ),
    Probe(
        "forward_own_account",
        "Alex Morgan <amorgan@alumni.statecollege.example>",
        "Fwd: Interview confirmed - Solventa",
        "\n\n---------- Forwarded message ---------\nFrom: Solventa Talent "
        "<talent@solventa.example>\nDate: Mon, Mar 2, 2026 at 9:14 AM\nSubject: Interview "
        "confirmed - Solventa\nTo: <amorgan@alumni.statecollege.example>\n\nHi Alex,\n\n"
        "Your interview is confirmed for Tuesday, March 10 at 2:00 PM ET with Ivy Chen, "
        "Director of Analytics. We'll send a Teams link the day before.\n\nSolventa Talent",
        start=(2026, 3, 10, 14, 0, NY),
        names=("Ivy Chen",),
    ),
    Probe(
        "forward_own_account_note",
        "Alex Morgan <alex@morgan-consulting.example>",
        "Fwd: Your call with Pellucid",
        "fwd to personal so I don't lose it\n\nBegin forwarded message:\n\nFrom: Rosa "
        "Tanaka <rosa@pellucid.example>\nSubject: Your call with Pellucid\nDate: March 2, "
        "2026 at 10:41:07 AM EST\nTo: Alex Morgan <alex@morgan-consulting.example>\n\n"
        "Hi Alex, confirming your interview with our COO Derek Bain on Friday 3/13 at 11am "
        "ET. He'll dial you.\n\nRosa",
        start=(2026, 3, 13, 11, 0, NY),
        names=("Derek Bain",),
    ),
    Probe(
        "agency_client_confirmed_uk",
        "Becky Marsh <becky.marsh@northstar-talent.example>",
        "Hollis Partners - you're confirmed!",
        "Hi Sam,\n\nGreat news - Hollis Partners have confirmed your interview for Thursday "
        "12th March at 10am. You'll be meeting Claire Dunn (Head of Finance) at their Canary "
        "Wharf office. I'll call you beforehand to prep.\n\nBecky Marsh\nSenior Consultant, "
        "Northstar Talent",
        start=(2026, 3, 12, 10, 0, LON),
        names=("Claire Dunn",),
        user="uk",
    ),
    Probe(
        "agency_client_confirmed_us",
        "Mike Dolan <mdolan@summit-staffing.example>",
        "Client confirmed!",
        "Alex - client confirmed! Tuesday 3/17 at 1:30 CT, onsite at their Plano office with "
        "the Director of Ops, Ken Ward. Dress is business casual. Call me after.\n\nMike "
        "Dolan | Summit Staffing",
        start=(2026, 3, 17, 13, 30, CHI),
        names=("Ken Ward",),
    ),
    Probe(
        "founder_gmail",
        "Sam Okafor <sam.okafor.tidepool@gmail.com>",
        "Tidepool - founding engineer",
        "Hey Alex - Sam here (founder at Tidepool). Thanks for grabbing time to talk about "
        "the founding engineer role. Locked in Thursday 3/5 at 10am PT on Google Meet: "
        "meet.google.com/tdp-wxyz-abc. Looking forward!\n\nSam\n\nSent from my iPhone",
        start=(2026, 3, 5, 10, 0, LA),
    ),
    Probe(
        "html_itinerary_table",
        "Brookline Careers <careers@brookline-insure.example>",
        "Your interview itinerary",
        "",
        html=_page(
            "Hi Alex,<br>Thank you for your interest in Brookline. Your itinerary is below.",
            (
                ("Position", "Actuarial Analyst II"),
                ("Date", "Wednesday, March 11, 2026"),
                ("Time", "1:00 PM &ndash; 3:00 PM (Eastern)"),
                ("Interviewers", "Dana Ruiz; Paul Ng"),
                ("Location", "200 State St, 8th floor, Boston"),
            ),
            "Brookline Talent Acquisition",
        ),
        start=(2026, 3, 11, 13, 0, NY),
        names=("Dana Ruiz", "Paul Ng"),
    ),
    Probe(
        "html_schedule_columns",
        "Orchard Lane Recruiting <recruiting@orchardlane.example>",
        "Schedule for Friday",
        "",
        html="<html><body><p>Hi Alex,</p><p>Here is your schedule for Friday, March 6 "
        "(Pacific time):</p><table><tr><th>Time</th><th>Session</th><th>With</th></tr>"
        "<tr><td>9:30 AM</td><td>Coding</td><td>Ethan Moss</td></tr><tr><td>10:30 AM</td>"
        "<td>Design</td><td>Lila Quinn</td></tr></table><p>Orchard Lane</p></body></html>",
        start=(2026, 3, 6, 9, 30, LA),
        names=("Ethan Moss", "Lila Quinn"),
    ),
    Probe(
        "iso_offset",
        "Kestrel Talent <talent@kestrel-ai.example>",
        "Technical interview - slot confirmed",
        "Hi Sam,\n\nSlot confirmed: 2026-03-18 09:30 (UTC+01:00) with Jonas Aalto.\n"
        "Link: https://meet.kestrel-ai.example/jonas\n\nKestrel Talent",
        start=(2026, 3, 18, 8, 30, LON),
        names=("Jonas Aalto",),
        user="uk",
    ),
    Probe(
        "berlin_time_us_user",
        "Anke Vogt <anke.vogt@fjordbyte.example>",
        "Fjordbyte - interview with our CTO",
        "Hi Alex,\n\nConfirming your interview with our CTO, Lars Henning, on Tuesday 10 "
        "March at 17:00 Berlin time (12:00 New York). Teams link to follow.\n\nAnke",
        start=(2026, 3, 10, 17, 0, BER),
        names=("Lars Henning",),
    ),
    Probe(
        "uk_ordinal_half_past",
        "Rachel Doyle <rachel.doyle@blackthorn.example>",
        "Blackthorn - interview",
        "Hi Sam,\n\nThanks for confirming. So that's Thursday the 12th at 2.30pm at our "
        "Bristol office with Nigel Harte and myself.\n\nRachel Doyle\nHR Manager",
        start=(2026, 3, 12, 14, 30, LON),
        names=("Nigel Harte",),
        user="uk",
    ),
    Probe(
        "pacific_word_zone",
        "Hollowell Recruiting <recruiting@hollowell.example>",
        "Confirmation: conversation with Hollowell",
        "Hi Alex,\n\nYou're confirmed to speak with Irene Castillo, Director of Design, on "
        "Monday, March 23 from 11:00 to 11:45 Pacific.\n\nHollowell Recruiting",
        start=(2026, 3, 23, 11, 0, LA),
        names=("Irene Castillo",),
    ),
    Probe(
        "portfolio_walkthrough_monday",
        "Nico Ferrante <nico@inkwell-studio.example>",
        "Portfolio walkthrough Monday",
        "Hi Alex, confirming your portfolio walkthrough with our design team on Monday 3/9 "
        "at 2:00 PM ET. Plan for about 20 minutes of presenting and 25 of questions.\n\nNico"
        "\nDesign Director, Inkwell Studio",
        start=(2026, 3, 9, 14, 0, NY),
    ),
    Probe(
        "pairing_session",
        "Eva Lindgren <eva.lindgren@quartzline.example>",
        "Pairing session - Thursday",
        "Hi Alex,\n\nNext step for the Senior Backend role is a pairing session with Marcus "
        "Obi. I've scheduled it for Thursday, March 12, 11:00-12:30 ET. Bring your laptop "
        "set up with Python 3.\n\nEva\nRecruiting, Quartzline",
        start=(2026, 3, 12, 11, 0, NY),
        names=("Marcus Obi",),
    ),
    Probe(
        "meet_and_greet_store",
        "Jill Carter <jill.carter@tiltonhome.example>",
        "Meet and greet Saturday",
        "Hi Alex,\n\nThanks for applying for the Sales Associate position. We'd love to have "
        "you in for a meet and greet with our store manager on Saturday, March 7 at 11am at "
        "the Riverside store.\n\nJill\nTilton Home",
        start=(2026, 3, 7, 11, 0, NY),
    ),
)

# --- German --------------------------------------------------------------------------------
GERMAN: tuple[Probe, ...] = (
    Probe(
        "de_kennenlernen_teams",
        "Miriam Hoffmann <m.hoffmann@lindenwerk.example>",
        "Unser Kennenlernen am Mittwoch",
        "Hallo Jonas,\n\ndanke für das nette Telefonat. Wie besprochen bestätige ich unser "
        "Kennenlernen am Mittwoch, 11.03., um 16 Uhr per Teams. Mit dabei ist unser "
        "Teamleiter Jan Becker.\n\nViele Grüße\nMiriam Hoffmann\nRecruiting, Lindenwerk",
        start=(2026, 3, 11, 16, 0, BER),
        names=("Jan Becker",),
        user="de",
    ),
    Probe(
        "de_fachgespraech",
        "Personalabteilung Kraemer AG <bewerbung@kraemer-ag.example>",
        "Ihre Bewerbung als Elektroingenieur (m/w/d) - Fachgespräch",
        "Sehr geehrter Herr Weber,\n\nwir freuen uns, Ihnen das Fachgespräch mit unserem "
        "Bereichsleiter Herrn Thomas Brandt am 17.03.2026 um 10:00 Uhr zu bestätigen. Das "
        "Gespräch findet in unserem Werk in Augsburg statt.\n\nMit freundlichen Grüßen\n"
        "Kraemer AG",
        start=(2026, 3, 17, 10, 0, BER),
        names=("Thomas Brandt",),
        user="de",
    ),
    Probe(
        "de_zweites_vor_ort",
        "Sabine Roth <sabine.roth@nordlicht-it.example>",
        "Zweites Gespräch vor Ort",
        "Hallo Herr Weber,\n\nwie telefonisch besprochen laden wir Sie zu einem zweiten "
        "Gespräch vor Ort ein: Donnerstag, 19. März, 13:30 Uhr, Nordlicht IT, Speicherstadt 4"
        ", Hamburg. Sie treffen Herrn Olaf Petersen und Frau Ina Krüger.\n\nBeste Grüße\n"
        "Sabine Roth",
        start=(2026, 3, 19, 13, 30, BER),
        names=("Olaf Petersen", "Ina Krüger"),
        user="de",
    ),
    Probe(
        "de_reply_passt",
        "Felix Braun <felix.braun@quellwerk.example>",
        "AW: Vorstellungsgespräch Junior Controller",
        "Passt, dann Donnerstag um 14:30. Bis dann!\n\nFelix\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Jonas Weber\nGesendet: Montag, 2. März "
        "2026 10:05\nBetreff: AW: Vorstellungsgespräch Junior Controller\n\n"
        "Donnerstag ab 14 Uhr wäre ideal für mich.",
        start=(2026, 3, 5, 14, 30, BER),
        user="de",
    ),
    Probe(
        "de_probearbeiten",
        "Bäckerei Sommer <info@baeckerei-sommer.example>",
        "Probearbeiten am Montag",
        "Hallo Jonas,\n\nwie besprochen: Probearbeiten am Montag, 16. März, ab 9 Uhr in der "
        "Filiale Lindenallee. Bitte bequeme Schuhe mitbringen. Ansprechpartnerin ist Frau "
        "Petra Sommer.\n\nBis Montag!",
        start=(2026, 3, 16, 9, 0, BER),
        names=("Petra Sommer",),
        user="de",
    ),
    Probe(
        "de_assessment_center",
        "Trainee-Programm Hanse Versicherung <trainee@hanse-vers.example>",
        "Einladung zum Assessment-Center",
        "Sehr geehrter Herr Weber,\n\nwir laden Sie herzlich zu unserem Assessment-Center am "
        "24.03.2026 von 9:00 bis 15:00 Uhr in Bremen ein. Bitte bestätigen Sie Ihre "
        "Teilnahme kurz per Mail.\n\nIhr Trainee-Team",
        start=(2026, 3, 24, 9, 0, BER),
        user="de",
    ),
    Probe(
        "de_fallstudie",
        "Lea Schubert <lea.schubert@bergblick-consulting.example>",
        "Präsentation Ihrer Fallstudie",
        "Hallo Herr Weber,\n\nhiermit bestätigen wir den Termin für die Präsentation Ihrer "
        "Fallstudie: Freitag, 20.03., 11:00 - 12:00 Uhr, per Zoom. Anwesend sind Dr. Markus "
        "Lenz und ich.\n\nFreundliche Grüße\nLea Schubert\nHR Business Partner",
        start=(2026, 3, 20, 11, 0, BER),
        names=("Markus Lenz",),
        user="de",
    ),
    Probe(
        "de_ics_kennenlernen",
        "Carina Wolf <carina.wolf@bergmann-gmbh.example>",
        "Einladung: Jonas Weber / Bergmann GmbH - Kennenlernen @ Di. 10. März 2026 10:00",
        "Jonas Weber / Bergmann GmbH - Kennenlernen\nDienstag, 10. März 2026 10:00 - 10:45 "
        "(MEZ)\nRolle: Produktmanager (m/w/d)",
        ics=Ics(
            "Jonas Weber / Bergmann GmbH - Kennenlernen",
            "20260310T100000",
            "20260310T104500",
            tzid=BER,
            description="Rolle: Produktmanager (m/w/d)",
        ),
        start=(2026, 3, 10, 10, 0, BER),
        user="de",
    ),
    Probe(
        "de_erinnerung_morgen",
        "Recruiting Team Solvia <recruiting@solvia.example>",
        "Erinnerung: Ihr Termin morgen um 10:00 Uhr",
        "Guten Tag Herr Weber,\n\nzur Erinnerung an Ihr Vorstellungsgespräch morgen, "
        "Dienstag, um 10:00 Uhr. Ihre Gesprächspartnerin ist Frau Anja Keller.\n\n"
        "Freundliche Grüße\nIhr Solvia Recruiting Team",
        start=(2026, 3, 3, 10, 0, BER),
        names=("Anja Keller",),
        user="de",
    ),
    Probe(
        "de_agentur_kunde",
        "Tobias Lang <t.lang@personalwerk-partner.example>",
        "Termin beim Kunden bestätigt",
        "Hallo Herr Weber,\n\nder Kunde hat den Termin bestätigt: Freitag, 06.03., 11:00 Uhr, "
        "Gesprächspartner Herr Albers (Bereichsleiter Logistik). Adresse schicke ich Ihnen "
        "separat.\n\nBeste Grüße\nTobias Lang\nPersonalwerk Partner",
        start=(2026, 3, 6, 11, 0, BER),
        user="de",
    ),
    Probe(
        "de_betreff_zeit",
        "Gerd Nowak <gerd.nowak@feldmann-bau.example>",
        "Bestätigung: Gespräch am 19.03. um 15:30 Uhr",
        "Hallo Herr Weber,\n\nhiermit bestätige ich den Termin. Bitte melden Sie sich am "
        "Empfang.\n\nViele Grüße\nGerd Nowak\nGeschäftsführer",
        start=(2026, 3, 19, 15, 30, BER),
        user="de",
    ),
    Probe(
        "de_html_tabelle",
        "Karriere Rheinwerk <karriere@rheinwerk-energie.example>",
        "Ihr Interviewtermin",
        "",
        html=_page(
            "Sehr geehrter Herr Weber,<br>anbei die Details zu Ihrem Interview:",
            (
                ("Datum", "Mittwoch, 25.03.2026"),
                ("Uhrzeit", "09:30 - 10:30 Uhr"),
                ("Ort", "Microsoft Teams"),
                ("Gesprächspartner", "Heike Brunner, Stefan Otto"),
            ),
            "Mit freundlichen Grüßen<br>Rheinwerk Energie",
        ),
        start=(2026, 3, 25, 9, 30, BER),
        names=("Heike Brunner", "Stefan Otto"),
        user="de",
    ),
    Probe(
        "de_telefoninterview",
        "Julia Meier <julia.meier@sonnfeld.example>",
        "Telefoninterview",
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung! Ich rufe dich wie vereinbart am "
        "Dienstag, den 10. März 2026, um 13:00 Uhr für unser Telefoninterview an.\n\n"
        "Liebe Grüße\nJulia",
        start=(2026, 3, 10, 13, 0, BER),
        user="de",
    ),
    Probe(
        "de_neuer_termin",
        "Personal Stadtwerke Lenzburg <personal@sw-lenzburg.example>",
        "Neuer Termin für Ihr Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nleider müssen wir Ihr Vorstellungsgespräch verlegen. "
        "Der neue Termin ist Montag, der 23. März 2026, 14:00 Uhr. Ort und Gesprächspartner "
        "bleiben unverändert.\n\nMit freundlichen Grüßen",
        start=(2026, 3, 23, 14, 0, BER),
        user="de",
    ),
    Probe(
        "de_video_call_du",
        "Nils Eckert <nils@wolkenpilot.example>",
        "Videocall Donnerstag",
        "Hey Jonas,\n\ncool, dass es klappt! Dann sprechen wir Donnerstag, 12.3., um 17:30 "
        "per Google Meet über die Frontend-Stelle. Link: meet.google.com/wkp-abcd-efg\n\n"
        "Nils (Gründer, Wolkenpilot)",
        start=(2026, 3, 12, 17, 30, BER),
        user="de",
    ),
)

# --- French --------------------------------------------------------------------------------
FRENCH: tuple[Probe, ...] = (
    Probe(
        "fr_echange_cto",
        "Claire Dubois <claire.dubois@atelier-nova.example>",
        "Notre échange de jeudi",
        "Bonjour Camille,\n\nJe vous confirme notre échange jeudi 5 mars à 11h avec Julien "
        "Marchand, notre CTO, au sujet du poste de développeuse backend.\n\nBien à vous,\n"
        "Claire Dubois\nChargée de recrutement",
        start=(2026, 3, 5, 11, 0, PAR),
        names=("Julien Marchand",),
        user="fr",
    ),
    Probe(
        "fr_rdv_cabinet",
        "Cabinet Lefort Conseil <contact@lefort-conseil.example>",
        "Confirmation de votre rendez-vous",
        "Madame,\n\nVotre rendez-vous avec le cabinet pour le poste de Responsable "
        "administrative et financière est confirmé : mardi 10 mars 2026 à 14h30, 12 rue de "
        "la Paix, 75002 Paris. Vous serez reçue par Mme Hélène Moreau.\n\nCordialement,\n"
        "Cabinet Lefort Conseil",
        start=(2026, 3, 10, 14, 30, PAR),
        names=("Hélène Moreau",),
        user="fr",
    ),
    Probe(
        "fr_reply_note",
        "Antoine Roux <antoine.roux@ciel-bleu.example>",
        "RE: Entretien - Chef de projet",
        "Parfait, c'est noté pour mercredi 15h. À mercredi !\n\nAntoine\n\n"
        "De : Camille Martin\nEnvoyé : lundi 2 mars 2026 10:30\nObjet : RE: Entretien - Chef "
        "de projet\n\nMercredi après-midi me conviendrait, à partir de 15h.",
        start=(2026, 3, 4, 15, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_objet_seul",
        "Sophie Garnier <sophie.garnier@maison-vert.example>",
        "Entretien - lundi 9 mars 10h00",
        "Bonjour Camille,\n\nC'est noté, à lundi.\n\nSophie",
        start=(2026, 3, 9, 10, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_client_valide",
        "Marc Petit <marc.petit@talentis-rh.example>",
        "Le client a validé",
        "Bonjour Camille,\n\nBonne nouvelle : le client a validé, entretien le vendredi 13/03 "
        "à 9h30 dans leurs locaux à La Défense, avec le directeur financier, M. Paul "
        "Girard.\n\nJe vous appelle demain pour préparer.\n\nMarc Petit\nTalentis RH",
        start=(2026, 3, 13, 9, 30, PAR),
        names=("Paul Girard",),
        user="fr",
    ),
    Probe(
        "fr_etude_de_cas",
        "Recrutement Orélia <recrutement@orelia.example>",
        "Présentation de votre étude de cas",
        "Bonjour Madame Martin,\n\nNous avons bien reçu votre étude de cas. Nous vous "
        "proposons de la présenter au comité le mercredi 18 mars de 14h à 15h en "
        "visioconférence ; l'invitation Teams suit.\n\nL'équipe Recrutement",
        start=(2026, 3, 18, 14, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_ics_echange",
        "Léa Fontaine <lea.fontaine@lumen-data.example>",
        "Invitation: Échange Camille Martin / Lumen Data @ jeu. 12 mars 2026 10:00",
        "Échange Camille Martin / Lumen Data\njeudi 12 mars 2026 10:00 - 10:45 (CET)\n"
        "Poste : Data Engineer",
        ics=Ics(
            "Échange Camille Martin / Lumen Data",
            "20260312T100000",
            "20260312T104500",
            tzid=PAR,
            description="Poste : Data Engineer",
        ),
        start=(2026, 3, 12, 10, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_rappel_demain",
        "Service RH Batinord <rh@batinord.example>",
        "Rappel : votre entretien de demain",
        "Bonjour Camille,\n\nPetit rappel : nous vous attendons demain, mardi, à 9h45 à "
        "l'accueil du siège pour votre entretien avec M. Lucas Benoît.\n\nService RH",
        start=(2026, 3, 3, 9, 45, PAR),
        names=("Lucas Benoît",),
        user="fr",
    ),
    Probe(
        "fr_deplace",
        "Nathalie Perrin <nathalie.perrin@vignoble-rh.example>",
        "Changement d'horaire",
        "Bonjour Camille,\n\nVotre entretien est déplacé au jeudi 19 mars à 16h, même lien "
        "Teams. Désolée pour ce changement.\n\nNathalie Perrin",
        start=(2026, 3, 19, 16, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_html_tableau",
        "Carrières Groupe Alpin <carrieres@groupe-alpin.example>",
        "Votre entretien",
        "",
        html=_page(
            "Bonjour Camille,<br>Voici les informations de votre entretien :",
            (
                ("Date", "mardi 24 mars 2026"),
                ("Heure", "11h00 - 12h00"),
                ("Lieu", "Visioconférence (Teams)"),
                ("Interlocuteurs", "Émilie Caron, Hugo Lambert"),
            ),
            "Cordialement,<br>Groupe Alpin",
        ),
        start=(2026, 3, 24, 11, 0, PAR),
        names=("Émilie Caron", "Hugo Lambert"),
        user="fr",
    ),
    Probe(
        "fr_telephonique",
        "Julie Mercier <julie.mercier@oceane-assur.example>",
        "Entretien téléphonique",
        "Bonjour Camille,\n\nComme convenu, je vous appellerai le lundi 16 mars à 10h30 pour "
        "un entretien téléphonique d'une vingtaine de minutes.\n\nBelle journée,\nJulie "
        "Mercier",
        start=(2026, 3, 16, 10, 30, PAR),
        user="fr",
    ),
    Probe(
        "fr_heure_de_paris",
        "Talent Team Northgate <talent@northgate.example>",
        "Votre échange avec Northgate",
        "Bonjour Camille,\n\nVotre échange avec Daniel Weiss (Head of Sales EMEA) est fixé au "
        "vendredi 20 mars, 17h heure de Paris.\n\nÀ bientôt,\nTalent Team",
        start=(2026, 3, 20, 17, 0, PAR),
        names=("Daniel Weiss",),
        user="fr",
    ),
    Probe(
        "fr_journee_evaluation",
        "Recrutement Ferrovia <recrutement@ferrovia.example>",
        "Convocation - journée d'évaluation",
        "Madame,\n\nNous avons le plaisir de vous convier à notre journée d'évaluation le "
        "jeudi 26 mars 2026 de 9h00 à 17h00 à Lyon (tests, mise en situation et entretien "
        "individuel).\n\nRecrutement Ferrovia",
        start=(2026, 3, 26, 9, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_dernier_entretien",
        "Hugo Blanchard <hugo@pixelune.example>",
        "Dernier échange avec nos fondateurs",
        "Hello Camille,\n\nTop ! On se retrouve donc mardi 17/03 à 18h30 dans nos bureaux "
        "(8 rue Oberkampf) pour le dernier échange avec Inès et Karim, nos cofondateurs.\n\n"
        "Hugo",
        start=(2026, 3, 17, 18, 30, PAR),
        user="fr",
    ),
    Probe(
        "fr_visio_manager",
        "Élodie Masson <elodie.masson@verdure.example>",
        "Visio avec votre futur manager",
        "Bonjour Camille,\n\nJe vous confirme la visio avec Thomas Renaud, manager de "
        "l'équipe, le mercredi 11 mars à 9h. Lien : https://meet.google.com/vrd-abcd-efg\n\n"
        "Élodie",
        start=(2026, 3, 11, 9, 0, PAR),
        names=("Thomas Renaud",),
        user="fr",
    ),
)

# --- Spanish -------------------------------------------------------------------------------
SPANISH: tuple[Probe, ...] = (
    Probe(
        "es_charla_directora",
        "Marina Ortega <marina.ortega@brisa-tech.example>",
        "Charla con Lucía el jueves",
        "Hola Pablo,\n\nTe confirmo la charla con Lucía Herrera, nuestra directora de "
        "producto, el jueves 5 de marzo a las 12:00 (hora de Madrid).\n\nUn saludo,\nMarina",
        start=(2026, 3, 5, 12, 0, MAD),
        names=("Lucía Herrera",),
        user="es",
    ),
    Probe(
        "es_reunion_equipo",
        "Recursos Humanos Altamar <rrhh@altamar.example>",
        "Reunión con el equipo",
        "Estimado Pablo:\n\nTras revisar su candidatura para el puesto de analista, le "
        "confirmamos la reunión con el equipo el martes 10/03 a las 17:30 en nuestras "
        "oficinas de la calle Serrano 41.\n\nAtentamente,\nRRHH Altamar",
        start=(2026, 3, 10, 17, 30, MAD),
        user="es",
    ),
    Probe(
        "es_reply_perfecto",
        "Jorge Vidal <jorge.vidal@nubeverde.example>",
        "RE: Entrevista - Desarrollador/a Frontend",
        "Perfecto, entonces el miércoles a las 10. ¡Hasta entonces!\n\nJorge\n\n"
        "De: Pablo García\nEnviado: lunes, 2 de marzo de 2026 9:50\nAsunto: RE: Entrevista "
        "- Desarrollador/a Frontend\n\nEl miércoles por la mañana me viene bien.",
        start=(2026, 3, 4, 10, 0, MAD),
        user="es",
    ),
    Probe(
        "es_asunto_hora",
        "Elena Ruiz <elena.ruiz@olivar-group.example>",
        "Entrevista - viernes 13 de marzo, 9:30h",
        "Hola Pablo,\n\nQueda confirmada. Te esperamos en recepción.\n\nElena",
        start=(2026, 3, 13, 9, 30, MAD),
        user="es",
    ),
    Probe(
        "es_agencia_cliente",
        "Carmen Soto <carmen.soto@talento-iberia.example>",
        "Entrevista confirmada con el cliente",
        "Hola Pablo,\n\nEl cliente ha confirmado la entrevista para el lunes 9 de marzo a las "
        "11:00 en sus oficinas de Barcelona. Te entrevistará Ramón Castro, director de "
        "operaciones.\n\nMucha suerte,\nCarmen Soto\nTalento Iberia",
        start=(2026, 3, 9, 11, 0, MAD),
        names=("Ramón Castro",),
        user="es",
    ),
    Probe(
        "es_recordatorio_manana",
        "Selección Grupo Duero <seleccion@grupoduero.example>",
        "Recordatorio: tu entrevista de mañana",
        "Hola Pablo,\n\nTe recordamos que mañana martes a las 16:00 tienes la entrevista con "
        "Silvia Navarro por Teams.\n\nUn saludo,\nEquipo de Selección",
        start=(2026, 3, 3, 16, 0, MAD),
        names=("Silvia Navarro",),
        user="es",
    ),
    Probe(
        "es_cambio_hora",
        "Raquel Molina <raquel.molina@estela-soft.example>",
        "Cambio en tu entrevista",
        "Hola Pablo,\n\nHemos tenido que cambiar tu entrevista: pasa al lunes 16 de marzo a "
        "las 11:00, mismo enlace de Meet. Disculpa las molestias.\n\nRaquel",
        start=(2026, 3, 16, 11, 0, MAD),
        user="es",
    ),
    Probe(
        "es_ics_doble_angulo",
        "Andrés Pardo <andres.pardo@lumbre.example>",
        "Invitación: Pablo García <> Lumbre @ mié 11 mar 2026 18:00 - 18:45 (CET)",
        "Pablo García <> Lumbre\nmiércoles, 11 de marzo de 2026 18:00 - 18:45 (CET)\n"
        "Conversación sobre el puesto de Product Designer.",
        ics=Ics(
            "Pablo García <> Lumbre",
            "20260311T180000",
            "20260311T184500",
            tzid=MAD,
            description="Conversación sobre el puesto de Product Designer.",
        ),
        start=(2026, 3, 11, 18, 0, MAD),
        user="es",
    ),
    Probe(
        "es_caso_practico",
        "Beatriz Lozano <beatriz.lozano@consultora-arce.example>",
        "Presentación del caso práctico",
        "Hola Pablo,\n\nGracias por enviar el caso práctico. Te confirmo la presentación ante "
        "el comité el jueves 19 de marzo de 10:00 a 11:00 por videollamada.\n\nSaludos,\n"
        "Beatriz Lozano\nTalent Acquisition",
        start=(2026, 3, 19, 10, 0, MAD),
        user="es",
    ),
    Probe(
        "es_videoentrevista_directo",
        "Hospital San Telmo <empleo@santelmo.example>",
        "Videoentrevista en directo",
        "Estimado Pablo García:\n\nLe confirmamos la videoentrevista en directo para el "
        "puesto de Técnico de Laboratorio el día 17/03/2026 a las 12:30. Le atenderá la "
        "Dra. Mercedes Gil.\n\nDepartamento de Personas",
        start=(2026, 3, 17, 12, 30, MAD),
        names=("Mercedes Gil",),
        user="es",
    ),
    Probe(
        "es_html_tabla",
        "Empleo Marítima Sur <empleo@maritimasur.example>",
        "Detalles de tu entrevista",
        "",
        html=_page(
            "Hola Pablo,<br>Estos son los detalles de tu entrevista:",
            (
                ("Fecha", "miércoles, 25 de marzo de 2026"),
                ("Hora", "13:00 - 13:45"),
                ("Lugar", "Google Meet"),
                ("Entrevistador", "Alberto Campos"),
            ),
            "Un saludo,<br>Marítima Sur",
        ),
        start=(2026, 3, 25, 13, 0, MAD),
        names=("Alberto Campos",),
        user="es",
    ),
    Probe(
        "es_final_ceo",
        "Noelia Serrano <noelia@cactuslabs.example>",
        "Última entrevista con nuestro CEO",
        "¡Hola Pablo!\n\nQueda cerrada tu última entrevista con nuestro CEO, Diego Fuentes: "
        "viernes 20 de marzo a las 9:00, en nuestra oficina de Valencia.\n\nNoelia",
        start=(2026, 3, 20, 9, 0, MAD),
        names=("Diego Fuentes",),
        user="es",
    ),
    Probe(
        "es_llamada_telefonica",
        "Lorena Prieto <lorena.prieto@azahar.example>",
        "Llamada telefónica",
        "Hola Pablo,\n\nComo hablamos, te llamo el martes 10 a las 13:15 para una primera "
        "llamada sobre la vacante de contable.\n\nUn saludo,\nLorena",
        start=(2026, 3, 10, 13, 15, MAD),
        user="es",
    ),
    Probe(
        "es_dinamica_grupo",
        "Selección Supermercados Sol <seleccion@super-sol.example>",
        "Convocatoria: dinámica de grupo",
        "Hola Pablo,\n\nTe convocamos a la dinámica de grupo para el puesto de encargado de "
        "tienda el jueves 12 de marzo a las 10:00 en el Centro Empresarial Norte, sala 3.\n\n"
        "Equipo de Selección",
        start=(2026, 3, 12, 10, 0, MAD),
        user="es",
    ),
    Probe(
        "es_cafe_fundador",
        "Iván Rojas <ivan.rojas.dev@gmail.com>",
        "Café el lunes",
        "Hola Pablo, soy Iván, fundador de Tramoya. Te confirmo el café del lunes 9 a las "
        "9:30 en Federal Café (Plaza Comendadoras) para hablar del puesto de backend.\n\n"
        "Iván",
        start=(2026, 3, 9, 9, 30, MAD),
        user="es",
    ),
)

INTERVIEWS: tuple[Probe, ...] = THREADS + INVITES + STAGES + GERMAN + FRENCH + SPANISH

# --- Near misses: the same shapes with no interview --------------------------------------
NEAR_MISSES: tuple[Probe, ...] = (
    Probe(
        "nm_friend_it_is",
        "Dana Whitfield <dana.whitfield@gmail.com>",
        "Re: dinner?",
        "Perfect, Tuesday 7:30 it is. See you at Lupa!\n\nD\n\n> Tuesday or Wednesday evening "
        "work for me.",
        kind="not_interview",
    ),
    Probe(
        "nm_own_job_client_call",
        "Raj Subramanian <raj.s@quillstack.example>",
        "Re: Q2 roadmap review",
        "Confirmed for Thu 3pm your time. I'll bring the updated deck.\n\nRaj",
        kind="not_interview",
    ),
    Probe(
        "nm_sales_double_angle",
        "Kyle Benson <kyle.benson@salesbolt.example>",
        "Invitation: Alex Morgan <> SalesBolt @ Tue Mar 10, 2026 1pm - 1:30pm (EDT)",
        "Alex Morgan <> SalesBolt\nTuesday Mar 10, 2026 1pm - 1:30pm (EDT)\n"
        "Product demo of SalesBolt's pipeline analytics for your team.",
        ics=Ics(
            "Alex Morgan <> SalesBolt",
            "20260310T170000Z",
            "20260310T173000Z",
            description="Product demo of SalesBolt's pipeline analytics for your team.",
        ),
        kind="not_interview",
    ),
    Probe(
        "nm_webinar_deep_dive",
        "Helix Data Events <events@helixdata.example>",
        "Technical deep dive: streaming at scale - Thu Mar 12, 2pm ET",
        "You're registered! Join our engineers for a technical deep dive into streaming at "
        "scale on Thursday, March 12 at 2:00 PM ET. Add to calendar. Unsubscribe.",
        kind="not_interview",
    ),
    Probe(
        "nm_oneway_sparkhire",
        "Spark Hire <notifications@sparkhire.com>",
        "One-way video interview from Cedar Valley Health",
        "Hello Alex,\n\nCedar Valley Health has invited you to a one-way video interview. "
        "Record your answers to 5 questions any time before Fri, Mar 20, 2026 at 11:59 PM "
        "CDT.\n\nStart here: https://app.sparkhire.com/oneway/7h3k2",
        kind="not_interview",
    ),
    Probe(
        "nm_reminder_dentist",
        "Bright Smiles Dental <reminders@brightsmiles.example>",
        "Reminder: your appointment tomorrow",
        "Hi Alex, this is a reminder of your appointment tomorrow (Tuesday) at 10am with "
        "Dr. Hannah Lee. Reply C to confirm.",
        kind="not_interview",
    ),
    Probe(
        "nm_moved_book_club",
        "Lucy Park <lucy.park@gmail.com>",
        "Book club moved",
        "Hi all, quick heads-up: we've moved book club to Thursday at 7:30pm, same place. "
        "Bring snacks!\n\nLucy",
        kind="not_interview",
    ),
    Probe(
        "nm_forward_own_flight",
        "Alex Morgan <amorgan@alumni.statecollege.example>",
        "Fwd: Your flight is confirmed",
        "\n\n---------- Forwarded message ---------\nFrom: SkyJet <noreply@skyjet.example>\n"
        "Subject: Your flight is confirmed\n\nFlight SJ 442 on Tuesday, March 10 at 2:00 PM "
        "ET from JFK to ORD is confirmed.",
        kind="not_interview",
    ),
    Probe(
        "nm_calendly_sales_call",
        "Calendly <no-reply@calendly.com>",
        "Confirmed: Discovery Call - Brightline Energy",
        "Hi Alex,\n\nA new event has been scheduled.\n\nEvent Type: Discovery Call - Solar "
        "quote\nHost: Jenna Wu\nEvent Date/Time: 10:00am - Wednesday, March 4, 2026 (Eastern "
        "Time - US & Canada)\n\nView event in Calendly",
        kind="not_interview",
    ),
    Probe(
        "nm_user_runs_loop",
        "Recruiting Coordination <coordination@helixdata.example>",
        "Invitation: Onsite loop - Priya Raman @ Tue Mar 17, 2026 9am - 2pm (PDT)",
        "Onsite loop - Priya Raman\nYou are on the panel for this candidate: System design "
        "(10:00-10:45). Please submit feedback in Greenhouse within 24 hours.",
        ics=Ics(
            "Onsite loop - Priya Raman",
            "20260317T170000Z",
            "20260317T174500Z",
            description="You are on the panel for this candidate: System design "
            "(10:00-10:45). Please submit feedback in Greenhouse within 24 hours.",
        ),
        kind="not_interview",
    ),
    Probe(
        "nm_de_kennenlernen_verein",
        "Sportverein Grünwald <info@sv-gruenwald.example>",
        "Kennenlernen neuer Mitglieder",
        "Hallo Jonas,\n\nwir laden alle neuen Mitglieder zum Kennenlernen am Mittwoch, 11.03., "
        "um 19 Uhr ins Vereinsheim ein. Getränke gehen aufs Haus!\n\nDein SV Grünwald",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_de_passt_freund",
        "Felix Braun <felix.braun@gmx.example>",
        "AW: Kletterhalle",
        "Passt, dann Donnerstag um 18:30 an der Halle. Bis dann!\n\nFelix\n\n> Donnerstag ab 18 "
        "Uhr könnte ich.",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_de_termin_arzt",
        "Praxis Dr. Keller <termine@praxis-keller.example>",
        "Bestätigung: Termin am 19.03. um 15:30 Uhr",
        "Guten Tag Herr Weber,\n\nhiermit bestätigen wir Ihren Termin in unserer Praxis. "
        "Bitte bringen Sie Ihre Versichertenkarte mit.\n\nIhr Praxisteam",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_echange_banque",
        "Votre conseiller BNP <conseiller@banque-exemple.example>",
        "Notre échange de jeudi",
        "Bonjour Camille,\n\nJe vous confirme notre échange jeudi 5 mars à 11h au sujet de "
        "votre projet immobilier.\n\nVotre conseiller",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_fr_note_amie",
        "Manon Leroy <manon.leroy@free.example>",
        "RE: ciné ?",
        "Parfait, c'est noté pour mercredi 20h. À mercredi !\n\nManon\n\n> Mercredi soir ça me va.",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_fr_rdv_garage",
        "Garage Dupont <atelier@garage-dupont.example>",
        "Confirmation de votre rendez-vous",
        "Madame,\n\nVotre rendez-vous pour la révision de votre véhicule est confirmé : mardi "
        "10 mars 2026 à 14h30.\n\nGarage Dupont",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_charla_evento",
        "Comunidad Python Madrid <hola@pymad.example>",
        "Charla del jueves",
        "¡Hola Pablo! Te confirmamos tu plaza para la charla del jueves 5 de marzo a las "
        "19:00 sobre asyncio. Nos vemos en el Campus.",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_es_reunion_vecinos",
        "Comunidad de Propietarios <admin@fincas-luna.example>",
        "Reunión de vecinos",
        "Estimado Pablo:\n\nLe confirmamos la reunión de la comunidad el martes 10/03 a las "
        "17:30 en el portal.\n\nAdministración",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_es_perfecto_amigo",
        "Jorge Vidal <jorgevidal88@gmail.com>",
        "RE: pádel",
        "Perfecto, entonces el miércoles a las 10. ¡Hasta entonces!\n\nJorge\n\n> El miércoles "
        "por la mañana me viene bien.",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_own_job_standup_moved",
        "Victor Alston <victor.alston@brassbell.example>",
        "Re: Sprint review on Wednesday",
        "Hi Alex, would you mind if we pushed back an hour? I've updated the invite to "
        "Wednesday March 4, 3:00 PM ET. Same dial-in.\n\nVictor",
        kind="not_interview",
    ),
    Probe(
        "nm_scheduling_request_pairing",
        "Eva Lindgren <eva.lindgren@quartzline.example>",
        "Pairing session - next step",
        "Hi Alex,\n\nNext step for the Senior Backend role is a pairing session with Marcus "
        "Obi. Could you send me three slots next week that work for you?\n\nEva",
        kind="scheduling_request",
    ),
)
