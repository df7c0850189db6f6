"""Names round 9: interviewers introduced the ways blind writers introduced them.

Each source shape was seen in blind-written mail (a sentence, a panel list, an agenda, a
calendar guest list, a signature, "with me and ...", titles before or after a name, names
with particles, accents, hyphens, initials or in surname-first order, German, French and
Spanish wording); each variant below rewords one shape as another writer would, with
invented people and companies under ``.example``. The traps name people who do not
interview (a scheduler, an assistant copied in, a contact for questions, the user, a
referee, a CEO in passing, a no-reply system, another role's manager), who must not be
found. Gaps still open are strict expected failures, so that closing one is noticed.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail
from .names_round7_probes import Probe, att, cal

USERS = {
    "us": ("alex.morgan@gmail.com", "Alex Morgan", "America/New_York", "mdy"),
    "uk": ("sam.taylor@outlook.com", "Sam Taylor", "Europe/London", "dmy"),
    "de": ("jonas.weber@web.de", "Jonas Weber", "Europe/Berlin", "dmy"),
    "fr": ("camille.martin@orange.fr", "Camille Martin", "Europe/Paris", "dmy"),
    "es": ("pablo.garcia@gmail.com", "Pablo García", "Europe/Madrid", "dmy"),
    "kr": ("seoyeon.han@example.net", "Han Seo-yeon", "Asia/Seoul", "ymd"),
}
DATE = "Mon, 09 Mar 2026 09:00:00 -0400"
NY, BER, PAR, MAD, SEL = (
    "America/New_York",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Asia/Seoul",
)

WHEN = {
    "us": "Your interview is confirmed for Tuesday, March 17 at 10:00 AM ET.",
    "uk": "Your interview is confirmed for Tuesday 17 March at 10:00 (UK time).",
    "de": "Ihr Vorstellungsgespräch ist für Dienstag, den 17. März 2026 um 10:00 Uhr bestätigt.",
    "fr": "Votre entretien est confirmé le mardi 17 mars 2026 à 10h00.",
    "es": "Su entrevista queda confirmada para el martes 17 de marzo de 2026 a las 10:00.",
    "kr": "Your interview is confirmed for Tuesday, March 17, 2026 at 10:00 AM KST.",
}
HELLO = {
    "us": "Hi Alex,",
    "uk": "Hi Sam,",
    "de": "Guten Tag Herr Weber,",
    "fr": "Bonjour Camille,",
    "es": "Estimado Pablo:",
    "kr": "Hi Seo-yeon,",
}
WRITER = {
    "us": ("Jordan Blake", "jordan.blake@tallowmere.example", "Talent Partner, Tallowmere"),
    "uk": ("Harriet Vane", "harriet.vane@copperleaf.example", "Hiring Manager, Copperleaf"),
    "de": ("Katrin Sommerfeld", "k.sommerfeld@elbwerk.example", "Personalreferentin, Elbwerk"),
    "fr": ("Élodie Marchand", "e.marchand@quaibleu.example", "Chargée de recrutement, Quai Bleu"),
    "es": ("Lucía Ortega", "lucia.ortega@brisamar.example", "Selección, Brisamar"),
    "kr": ("Kang Min-jun", "minjun.kang@hanriver.example", "Recruiting, Hanriver Labs"),
}


def p(
    key: str,
    text: str,
    names: tuple[str, ...],
    user: str = "us",
    *,
    when: bool = True,
    sign: bool = True,
    sender: str | None = None,
    subject: str = "Interview confirmation",
    html: str | None = None,
    html_only: bool = False,
    ics: str | None = None,
    headers: dict[str, str] | None = None,
    role: str | None = None,
) -> Probe:
    """A confirmation to ``user``: greeting, the date line, ``text``, the writer's sign-off.

    ``role`` replaces the writer's job title (a manager who meets the user, not a recruiter).
    """
    name, address, default_role = WRITER[user]
    role = role or default_role
    parts = [HELLO[user], WHEN[user] if when else "", text]
    if sign:
        parts.append(f"{name}\n{role}")
    body = "\n\n".join(x for x in parts if x)
    return Probe(
        key,
        sender or f"{name} <{address}>",
        subject,
        body,
        names,
        user=user,
        html=html,
        html_only=html_only,
        ics=ics,
        headers=headers or {},
    )


MGR = "Engineering Manager, Tallowmere"
JB, HV, KS, EM, LO = (
    "Jordan Blake",
    "Harriet Vane",
    "Katrin Sommerfeld",
    "Élodie Marchand",
    ("Lucía Ortega"),
)

# --- "with me and our <title>, <Name>": the writer and an introduced colleague -------------
WITH_ME: tuple[Probe, ...] = (
    p(
        "me_and_our_title_comma",
        "It'll be me and our Head of Platform, Wendell Ashgrove.",
        (JB, "Wendell Ashgrove"),
        role=MGR,
    ),
    p(
        "myself_and_our_vp_comma",
        "You're booked in with myself and our VP of Sales, Corinna Flett.",
        (JB, "Corinna Flett"),
        role=MGR,
    ),
    p(
        "have_our_title_join_us",
        "I'll ask our plant manager, Torvald Inkpen, to join us.",
        (JB, "Torvald Inkpen"),
        role=MGR,
    ),
    p(
        "title_will_join_me",
        "Our lab lead, Dr. Imelda Rourke, will join me for the conversation.",
        (JB, "Imelda Rourke"),
        role=MGR,
    ),
    p(
        "bring_my_partner_dash",
        "I'll bring my business partner Henrike Sallow - she runs the "
        "kitchen side and would be your day-to-day.",
        (JB, "Henrike Sallow"),
        role=MGR,
    ),
    p(
        "bring_my_colleague_along",
        "I'll bring my colleague Teo Marsh along too.",
        (JB, "Teo Marsh"),
        role=MGR,
    ),
    p(
        "set_for_day_with_me_and_title",
        "You're booked for Thursday at 2pm with me and our Head of Operations, Wilhelmina Quayle.",
        (JB, "Wilhelmina Quayle"),
        role=MGR,
        when=False,
    ),
    p(
        "all_set_for_day_with_two",
        "You're all set for Wednesday, March 18 at 11am with Dana Rook and Eli Parkhurst.",
        ("Dana Rook", "Eli Parkhurst"),
        when=False,
        subject="Interview - Wednesday",
    ),
    p(
        "cofounder_will_join",
        "My co-founder Bastian Oloffson will join us as well.",
        (JB, "Bastian Oloffson"),
        role=MGR,
    ),
    p(
        "name_title_and_i",
        "Tomasz Wierzbicki (CTO) and I would like to continue with a second interview.",
        (JB, "Tomasz Wierzbicki"),
        role=MGR,
    ),
    p(
        "ms_surname_first_and_i",
        "Ms. Ryu Ha-na (QA Manager) and I will interview you. Please register at the lobby.",
        ("Kang Min-jun", "Ryu Ha-na"),
        "kr",
    ),
    p(
        "walk_myself_and",
        "You'll walk myself and Cormac O'Dwyer (our head of brand) through two "
        "projects, then we'll talk about the role.",
        (JB, "Cormac O'Dwyer"),
        role=MGR,
    ),
    p(
        "present_to_me_and",
        "You'll present to me and Saoirse McGlinchey, our design director, for about 40 minutes.",
        (JB, "Saoirse McGlinchey"),
        role=MGR,
    ),
    p(
        "speak_with_me_and_dr",
        "You'll speak with me and with Dr. Anand Krishnamoorthy, our Head of Field Engineering.",
        (JB, "Anand Krishnamoorthy"),
        role=MGR,
    ),
    p(
        "meet_me_and_from_team",
        "You'll meet me and Ebba Lindqvist from the platform team.",
        (JB, "Ebba Lindqvist"),
        role=MGR,
    ),
)

# --- "Our <title> <Name> wants to meet you" ------------------------------------------------
TITLE_SUBJECT: tuple[Probe, ...] = (
    p(
        "our_title_wants_to_meet",
        "Our head of engineering Priya Castellane would like to meet you in person.",
        ("Priya Castellane",),
    ),
    p(
        "our_title_comma_keen",
        "Our studio lead, Magnus Oyelaran, is keen to meet you.",
        ("Magnus Oyelaran",),
    ),
    p(
        "title_will_call_you",
        "Our Production Manager, Engr. Rafiqul Haque, will call you for the phone interview.",
        ("Rafiqul Haque",),
    ),
    p(
        "from_team_will_phone",
        "Fintan Moloney from our Talent team will phone you on the number you gave us.",
        ("Fintan Moloney",),
    ),
    p(
        "of_team_will_ring",
        "Keziah Obuya of our Finance team will ring you for the screen.",
        ("Keziah Obuya",),
    ),
    p(
        "name_comma_title_will_lead",
        "Odalys Ferreira-Quist, Head of Tax, will run the session.",
        ("Odalys Ferreira-Quist",),
    ),
    p(
        "name_title_will_lead_paren",
        "Hiring manager interview: Ilse Moorcroft (Head of Delivery) will lead.",
        ("Ilse Moorcroft",),
    ),
    p(
        "ceo_final_intro_drop",
        "Final conversation with our COO Temperance Ashby. I'll make the "
        "introductions and then drop off.",
        ("Temperance Ashby",),
    ),
)

# --- "You will meet A (title) and B (title)" sentences -------------------------------------
SENTENCE: tuple[Probe, ...] = (
    p(
        "meet_our_cfo_and_from",
        "You will meet our COO, Ruairí Devlin, and Hana Kowalczyk from Finance.",
        ("Ruairí Devlin", "Hana Kowalczyk"),
    ),
    p(
        "chat_with_from_our_team",
        "You'll chat with Bertram Cole and Yusra Haddad from our platform team.",
        ("Bertram Cole", "Yusra Haddad"),
    ),
    p(
        "round_with_city_titles",
        "Next round is with Ingeborg Lund (Head of Credit, Oslo) and Marcus Oduya (VP, Lagos).",
        ("Ingeborg Lund", "Marcus Oduya"),
    ),
    p(
        "round_is_with_titles_after",
        "Round two is with Ngozi Eze, Director of Risk, and Pieter de Wit, Senior Quant.",
        ("Ngozi Eze", "Pieter de Wit"),
    ),
    p(
        "joined_by_from_hr",
        "You'll meet Desmond Achebe, joined by Priya Raman from HR.",
        ("Desmond Achebe", "Priya Raman"),
    ),
    p(
        "alongside",
        "Our CTO Hal Brennan will interview you alongside Maribel Quispe.",
        ("Hal Brennan", "Maribel Quispe"),
    ),
    p(
        "meeting_she_leads",
        "You'll be meeting Ottilie Brandt - she leads our analytics group - "
        "and Kofi Boateng, who runs platform.",
        ("Ottilie Brandt", "Kofi Boateng"),
    ),
    p(
        "meeting_he_runs_comma",
        "You'll be meeting Ravi Subramaniam; he runs our data engineering team.",
        ("Ravi Subramaniam",),
    ),
    p(
        "a_and_b_from_team_interview",
        "Lorcan Bright and Saanvi Mehta from our Data team will interview you.",
        ("Lorcan Bright", "Saanvi Mehta"),
    ),
    p(
        "title_after_will_interview",
        "Laurent Vachon, Director of Engineering, and Nadia "
        "Sørensen, Staff Engineer, will interview you.",
        ("Laurent Vachon", "Nadia Sørensen"),
    ),
    p(
        "questions_from",
        "You'll present the case study for 30 minutes, followed by questions "
        "from Maeve McAllister and Oluwadamilare Kuti.",
        ("Maeve McAllister", "Oluwadamilare Kuti"),
    ),
    p(
        "q_and_a_with",
        "After your 20-minute presentation there will be Q&A with Florian "
        "Achterberg and Imani Mwangi.",
        ("Florian Achterberg", "Imani Mwangi"),
    ),
    p(
        "walk_a_and_b_through",
        "We'd like you to walk Tunji Bakare-Okoro (Head of Design) and "
        "Kalinda Moss (Senior PM) through one project.",
        ("Tunji Bakare-Okoro", "Kalinda Moss"),
    ),
    p(
        "case_for_and_fit",
        "You will meet Fergal Nic Aodha (Principal) for the case and Adwoa "
        "Mensah (Manager) for a 30-minute fit conversation.",
        ("Fergal Nic Aodha", "Adwoa Mensah"),
    ),
    p(
        "speaking_with_title_send_link",
        "You'll be speaking with Yolanda Brisco (VP Product); "
        "I'll send the Meet link from her calendar.",
        ("Yolanda Brisco",),
    ),
    p(
        "prof_and_dr",
        "You'll meet Prof. Ingrid Halvorsen and Dr. Amadou Diallo.",
        ("Ingrid Halvorsen", "Amadou Diallo"),
    ),
    p(
        "possessive_deputy",
        "You'll meet Rosalind Achebe. Rosalind's deputy, Teodor Varga, will "
        "join for the second half.",
        ("Rosalind Achebe", "Teodor Varga"),
    ),
    p(
        "name_split_over_line",
        "Thanks again for your time last week. For the second round you will meet Cordelia\n"
        "Vance-Whitby (General Counsel) and Amit Ghoshal (Head of Legal Technology).",
        ("Cordelia Vance-Whitby", "Amit Ghoshal"),
    ),
    p(
        "name_split_after_given_name_comma_title",
        "Thanks again for coming in last week. On Tuesday you will be meeting with Ursula\n"
        "Brandvold, our Head of Data, and Teo Marsh from the platform team.",
        ("Ursula Brandvold", "Teo Marsh"),
    ),
    p(
        "meeting_em_dash_aside",
        "You'll meet Piotr Zalewski — he heads our QA group — and Imani Cole from Support.",
        ("Piotr Zalewski", "Imani Cole"),
    ),
    p(
        "two_word_given_name",
        "You'll meet Mary Kate Donnelly and Jean Paul Okonjo.",
        ("Mary Kate Donnelly", "Jean Paul Okonjo"),
    ),
    p(
        "particles_van_der_de_la",
        "You'll meet Joost van der Linde and María de la Cruz.",
        ("Joost van der Linde", "María de la Cruz"),
    ),
    p(
        "confirmed_with_svp_dir",
        "You're confirmed with Howard Brandt-Ley (SVP, Operations) and "
        "Felicia Nwankwo (Director, Vendor Management).",
        ("Howard Brandt-Ley", "Felicia Nwankwo"),
    ),
    p(
        "sentence_title_before_comma_and",
        "You'll meet the Director of Finance, Ambrose "
        "Kettering, and our Controller, Yuki Takamura-Bell.",
        ("Ambrose Kettering", "Yuki Takamura-Bell"),
    ),
    p(
        "you_will_be_interviewed_by_mr_mrs",
        "You'll be interviewed by Mr. Folarin Adeyemi "
        "(Partner) and Mrs. Ngozi Okafor-Eze (Senior Manager).",
        ("Folarin Adeyemi", "Ngozi Okafor-Eze"),
    ),
    p(
        "initials_given",
        "You'll meet J. R. Okonkwo and A. K. Bhattacharya.",
        ("J. R. Okonkwo", "A. K. Bhattacharya"),
    ),
)

# --- Fields and lists ----------------------------------------------------------------------
FIELDS: tuple[Probe, ...] = (
    p(
        "interviewers_semicolon_titles",
        "Interviewers: Róisín Callaghan, Head of Risk; Mary Kate Donnelly, Senior Analyst",
        ("Róisín Callaghan", "Mary Kate Donnelly"),
    ),
    p(
        "interview_panel_dash",
        "Interview panel - Oskar van der Berg (Lead Geologist), Aisling Ní Bhriain (HR Partner)",
        ("Oskar van der Berg", "Aisling Ní Bhriain"),
    ),
    p(
        "the_panel_colon_titles",
        "The panel: Siobhán O'Donoghue (Principal Engineer), Callum McTavish (Asset Manager)",
        ("Siobhán O'Donoghue", "Callum McTavish"),
    ),
    p(
        "on_the_panel_will_be",
        "On the panel will be Dr. Felix Achterberg and Prof. Maren de la Cruz.",
        ("Felix Achterberg", "Maren de la Cruz"),
    ),
    p(
        "panel_is_and_myself",
        "The panel is Graham Pottinger, Lisette Comeau and myself.",
        ("Graham Pottinger", "Lisette Comeau", JB),
    ),
    p(
        "with_colon_two_titles",
        "With: Callum Reddy-Shaw, CTO, and Imogen Sallis, Head of Research",
        ("Callum Reddy-Shaw", "Imogen Sallis"),
    ),
    p(
        "meeting_with_colon",
        "Meeting with: Jess Pannell-Ward, Head of Pre-Sales",
        ("Jess Pannell-Ward",),
    ),
    p("interviewer_dash_title", "Interviewer - Ngaio Paewai, Lead Ranger", ("Ngaio Paewai",)),
    p(
        "youll_meet_colon",
        "You'll meet: Shawna Pavila-Ruiz, Store Manager",
        ("Shawna Pavila-Ruiz",),
    ),
    p("staff_colon", "Staff: Achieng Otieno-Ruto", ("Achieng Otieno-Ruto",)),
    p("hosted_by", "Hosted by Tobiasz Wronski", ("Tobiasz Wronski",)),
    p(
        "committee_titles_before",
        "The committee: Principal Janelle Okafor, Assistant "
        "Superintendent Mark Hollis-Tate, and a staff representative.",
        ("Janelle Okafor", "Mark Hollis-Tate"),
    ),
    p(
        "interviewers_korean_names",
        "Interviewers: Yoon Ji-hoon (Hiring Manager), Choi Da-bin (Perception Team)",
        ("Yoon Ji-hoon", "Choi Da-bin"),
        "kr",
    ),
    p(
        "interviewer_hanzi_and_latin",
        "Interviewers: 李明哲 (Li Ming-che), Test Engineering Manager; Rachel Tsai, HR",
        ("Li Ming-che", "Rachel Tsai"),
        "kr",
    ),
    p(
        "outlook_required_optional",
        "Required: Wendell Ashgrove; Priya Castellane; Alex Morgan\n"
        "Optional: Tallowmere Interview Room 4",
        ("Wendell Ashgrove", "Priya Castellane"),
    ),
    p(
        "outlook_required_attendees",
        "Required Attendees: Ines Carvalho-Dunne; Alex Morgan",
        ("Ines Carvalho-Dunne",),
    ),
)

# --- Agendas and tables --------------------------------------------------------------------
AGENDA: tuple[Probe, ...] = (
    p(
        "agenda_pipe_topic_name",
        "Your schedule on Tuesday, March 17 (ET):\n9:00 AM – 9:45 AM | System design | Kwabena "
        "Asante-Darko\n9:45 AM – 10:30 AM | Values | Lucía de la Vega",
        ("Kwabena Asante-Darko", "Lucía de la Vega"),
        when=False,
    ),
    p(
        "agenda_dash_name_title",
        "Your schedule on Tuesday, March 17 (ET):\n10:00 AM  Audience "
        "analytics - Tobias Engdahl, Director of Data\n10:45 AM  SQL pairing - Maya Villanueva, "
        "Senior Analyst",
        ("Tobias Engdahl", "Maya Villanueva"),
        when=False,
    ),
    p(
        "agenda_with_name",
        "Your schedule on Tuesday, March 17 (ET):\n9:00 - 9:45 AM  Technical "
        "deep dive with Oren Blaustein\n9:45 - 10:30 AM  Data modelling with Priscilla Amankwah",
        ("Oren Blaustein", "Priscilla Amankwah"),
        when=False,
    ),
    p(
        "agenda_name_title_only",
        "Your schedule on Tuesday, March 17 (ET):\n1:00 PM - 1:45 PM  "
        "Dwight Okafor, Director of Supply Chain\n1:45 PM - 2:30 PM  Ruth Abernathy-Cole, Senior "
        "Program Manager",
        ("Dwight Okafor", "Ruth Abernathy-Cole"),
        when=False,
    ),
    p(
        "agenda_lunch_committee",
        "Your visit on Tuesday, March 17 (ET):\n09:30  Meeting with "
        "Prof. Radu Ionescu, Head of Department\n12:00  Lunch with the search committee (Dr Mihaela "
        "Popa, Dr Andrei Dumitru)",
        ("Radu Ionescu", "Mihaela Popa", "Andrei Dumitru"),
        when=False,
    ),
    p(
        "agenda_email_in_parens",
        "Your schedule on Tuesday, March 17 (ET):\n10:15 AM - 11:00 AM  "
        "Modelling exercise - Colm Garrity, Lead Actuary (colm.garrity@kettlebrook.example)",
        ("Colm Garrity",),
        when=False,
    ),
    p(
        "html_table_name_title",
        "",
        ("Garrett Holm", "Simone Achterhof"),
        when=False,
        html="<p>Hi Alex,</p><p>Your interview is confirmed. Here is your schedule:</p><table>"
        "<tr><th>Date</th><th>Time</th><th>Interviewer</th></tr><tr><td>Tuesday, March 17, "
        "2026</td><td>9:00 AM - 9:45 AM ET</td><td>Garrett Holm, Claims Analytics Lead</td></tr>"
        "<tr><td>Tuesday, March 17, 2026</td><td>9:45 AM - 10:15 AM ET</td><td>Simone Achterhof,"
        " Data Engineering</td></tr></table><p>Jordan Blake<br>Talent Partner</p>",
        html_only=True,
    ),
    p(
        "html_table_name_cell_topic",
        "",
        ("Neha Kulkarni", "Bram Verhoeven"),
        when=False,
        html="<p>Hi Alex,</p><p>Your interview on Tuesday, March 17 (ET) is confirmed.</p><table>"
        "<tr><td>10:00 AM</td><td>Neha Kulkarni</td><td>Coding</td></tr><tr><td>11:00 AM</td>"
        "<td>Bram Verhoeven</td><td>System design</td></tr></table><p>Jordan Blake</p>",
        html_only=True,
    ),
)

# --- Signatures: the writer who interviews -------------------------------------------------
SIGNATURE: tuple[Probe, ...] = (
    p(
        "sig_hiring_manager_look_forward",
        "I look forward to speaking with you about the role.",
        ("Beatrix Lund-Hale",),
        sign=False,
        sender="Beatrix Lund-Hale <beatrix@oakmoor.example>",
        subject="Interview - Operations Lead",
    ),
    p(
        "sig_looking_forward_chatting",
        "Looking forward to chatting on Tuesday!\n\nBeatrix Lund-Hale\nHead of Operations, Oakmoor",
        ("Beatrix Lund-Hale",),
        sign=False,
        sender="Beatrix Lund-Hale <beatrix@oakmoor.example>",
    ),
)


# --- Calendars: guests, organisers, Outlook lines -----------------------------------------
def _gcal(
    key: str,
    organizer: tuple[str, str],
    guests: tuple[tuple[str, str], ...],
    names: tuple[str, ...],
    note: str = "",
    title: str = "Tallowmere - Technical interview (Alex Morgan)",
    update: bool = False,
) -> Probe:
    """A Google Calendar invitation sent from the organiser's own address."""
    org_name, org_addr = organizer
    guest_lines = "\n".join(
        [
            f"{org_name} - organizer",
            *(g[0] for g in guests if g[0] != org_name),
            "alex.morgan@gmail.com",
        ]
    )
    head = (
        "This event has been updated\nChanged: Time\n\n"
        if update
        else (f"{org_name} has invited you to the following event.\n\n")
    )
    body = (
        f"{head}{title}\nTuesday Mar 17, 2026 ⋅ 10am – 11am (Eastern Time - New York)\n\n"
        f"Join with Google Meet\nmeet.google.com/abc-defg-hij\n\n{note}\n\nGuests\n"
        f"{guest_lines}\n\nView all guest info\n\nReply for alex.morgan@gmail.com\nYes\nNo\n"
        "Maybe\n\nInvitation from Google Calendar"
    )
    ics = cal(
        summary=title,
        start="20260317T100000",
        end="20260317T110000",
        tzid=NY,
        organizer=f"CN={org_name}:mailto:{org_addr}",
        attendees=(
            *(att(n, a) for n, a in guests),
            att("Alex Morgan", "alex.morgan@gmail.com"),
        ),
        description=note,
    )
    return Probe(
        key,
        f"{org_name} <{org_addr}>",
        ("Updated invitation: " if update else "Invitation: ") + title,
        body,
        names,
        ics=ics,
    )


CALENDAR: tuple[Probe, ...] = (
    Probe(
        "outlook_short_given_name_of_guest",
        "Imogen Tarrant <imogen@saltreach.example>",
        "Case study interview",
        "Hi Alex,\n\nYour case study interview is confirmed for Tuesday, March 17 at 10:00 AM "
        "ET. You'll present for 30 minutes, followed by questions from Femi Okoro-Baptiste "
        "and Gwen Pryor.\n\nBest wishes,\nImogen\nPeople Team",
        ("Oluwafemi Okoro-Baptiste", "Gwen Pryor"),
        ics=cal(
            summary="Case study interview",
            start="20260317T100000",
            end="20260317T110000",
            tzid=NY,
            organizer="CN=Imogen Tarrant:mailto:imogen@saltreach.example",
            attendees=(
                att("Oluwafemi Okoro-Baptiste", "femi.okoro@saltreach.example"),
                att("Gwen Pryor", "gwen.pryor@saltreach.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    _gcal(
        "gcal_organizer_hiring_manager_update",
        ("Leopold Marsh", "leopold@fenwright.example"),
        (("Fenna Brouwer", "fenna@fenwright.example"),),
        ("Leopold Marsh", "Fenna Brouwer"),
        note="Moved an hour later. Live coding in CoderPad.",
        update=True,
    ),
    _gcal(
        "gcal_organizer_also_guest",
        ("Tamsin Qureshi", "tamsin@brackenmoor.example"),
        (
            ("Tamsin Qureshi", "tamsin@brackenmoor.example"),
            ("Oskar Lindahl", "oskar@brackenmoor.example"),
        ),
        ("Tamsin Qureshi", "Oskar Lindahl"),
        title="Entrevista final - Analista de Riesgo",
    ),
    Probe(
        "thunderbird_attendees_line",
        "Yaroslav Hnatyuk <yaroslav@dnisterlingo.example>",
        "Invitation: Localization Lead interview",
        "Yaroslav Hnatyuk has invited you to:\nLocalization Lead interview\n"
        "When: Tuesday, March 17, 2026 10:00 AM - 11:00 AM (America/New_York)\n"
        "Attendees: Solomiya Kravets, Alex Morgan\n\nInterview with Solomiya Kravets (Head of "
        "Delivery) and Yaroslav Hnatyuk.",
        ("Solomiya Kravets", "Yaroslav Hnatyuk"),
        ics=cal(
            summary="Localization Lead interview",
            start="20260317T100000",
            end="20260317T110000",
            tzid=NY,
            organizer="CN=Yaroslav Hnatyuk:mailto:yaroslav@dnisterlingo.example",
            attendees=(
                att("Solomiya Kravets", "solomiya@dnisterlingo.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "zoom_topic_names",
        "Lorna Bettridge <lorna@tailwater.example>",
        "Interview - Geoscience Data Analyst",
        "Lorna Bettridge is inviting you to a scheduled Zoom meeting.\n\nTopic: Tailwater - "
        "Geoscience Data Analyst interview (Lorna Bettridge, Amos Keeling)\nTime: Mar 17, 2026 "
        "10:00 AM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\n"
        "https://tailwater.zoom.us/j/5550001111",
        ("Lorna Bettridge", "Amos Keeling"),
    ),
    Probe(
        "summary_between",
        "Wren Castell <wren@pembrook.example>",
        "Invitation: Hiring manager screen between Wren Castell and Alex Morgan",
        "Wren Castell has invited you to the following event.\n\nHiring manager screen between "
        "Wren Castell and Alex Morgan\nTuesday Mar 17, 2026 ⋅ 10am – 10:30am (Eastern Time - "
        "New York)\n\nGuests\nWren Castell - organizer\nalex.morgan@gmail.com",
        ("Wren Castell",),
    ),
)

# --- German --------------------------------------------------------------------------------
GERMAN: tuple[Probe, ...] = (
    p(
        "de_sie_sprechen_mit_frau_dr_zu",
        "Sie sprechen mit Frau Dr. Anneliese zu Salm (Leiterin Recht) und mir.",
        ("Anneliese zu Salm", KS),
        "de",
    ),
    p(
        "de_gespraechspartner_zu_particle",
        "Gesprächspartner: Dr. Philipp zu Eltz (Bereichsleitung), Frau Maren Holt (Personal)",
        ("Philipp zu Eltz", "Maren Holt"),
        "de",
    ),
    p(
        "de_es_erwarten_sie_van_der",
        "Es erwarten Sie Herr Jörg van der Meulen (Leiter Einkauf) und ich.",
        ("Jörg van der Meulen", KS),
        "de",
    ),
    p(
        "de_neben_mir_dabei",
        "Neben mir ist auch unsere Teamleiterin Svea Hinrichsen dabei.",
        (KS, "Svea Hinrichsen"),
        "de",
    ),
    p(
        "de_ausser_mir_nimmt_teil",
        "Außer mir nimmt unser CTO Malte Oberdiek teil.",
        (KS, "Malte Oberdiek"),
        "de",
    ),
    p(
        "de_gespraechspartnerinnen_prof",
        "Ihre Gesprächspartnerinnen: Prof. Dr. Ilka Behrendt "
        "(Institutsleitung), Wiebke Ostermann-Kühl (Personal)",
        ("Ilka Behrendt", "Wiebke Ostermann-Kühl"),
        "de",
    ),
    p(
        "de_gespraechspartner_herr_frau",
        "Gesprächspartner: Herr Kai-Uwe Brodtmann "
        "(Teamleitung Entwicklung), Frau Henrike Grotjahn (Leitung IT)",
        ("Kai-Uwe Brodtmann", "Henrike Grotjahn"),
        "de",
    ),
    p(
        "de_seitens_nehmen_teil",
        "Seitens der Isarwerke nehmen teil: Dr. Leopold Kranz-Auer (Geschäftsführer) und ich.",
        ("Leopold Kranz-Auer", KS),
        "de",
    ),
    p(
        "de_am_gespraech_neben_mir_frau",
        "Am Gespräch nehmen neben mir auch Frau Mag. Daniela Strohmayr (Partnerin) teil.",
        (KS, "Daniela Strohmayr"),
        "de",
    ),
    p(
        "de_dabei_sind_wie_geplant",
        "Dabei sind wie geplant Ole Brüggen (Teamlead Data) und Anh Tran (Senior Data Engineer).",
        ("Ole Brüggen", "Anh Tran"),
        "de",
    ),
    p(
        "de_mit_herrn_und_mir",
        "Gerne bestätigen wir Ihnen das Gespräch mit Herrn Peter-Paul "
        "Wyssmann (Bereichsleiter) und mir.",
        ("Peter-Paul Wyssmann", KS),
        "de",
    ),
)

# --- French --------------------------------------------------------------------------------
FRENCH: tuple[Probe, ...] = (
    p(
        "fr_accueilli_par_mme_m",
        "Vous serez accueilli par Mme Solène de La Roche, directrice "
        "financière, et M. Yannick Le Goff, contrôleur de gestion.",
        ("Solène de La Roche", "Yannick Le Goff"),
        "fr",
    ),
    p(
        "fr_recue_par_m_mme",
        "Vous serez reçue par M. Serge Kouassi, Directeur des Systèmes "
        "d'Information, et Mme Awa Diallo, Responsable RH.",
        ("Serge Kouassi", "Awa Diallo"),
        "fr",
    ),
    p(
        "fr_echangerez_ainsi_que_moi",
        "Vous échangerez avec Aurélien Dubois-Marchal, responsable Data, ainsi qu'avec moi.",
        ("Aurélien Dubois-Marchal", EM),
        "fr",
    ),
    p(
        "fr_rencontreras_et_moi_meme",
        "Tu rencontreras Marc-Olivier Després, directeur Données, et moi-même.",
        ("Marc-Olivier Després", EM),
        "fr",
    ),
    p(
        "fr_avec_colon_paren",
        "Avec : Grégoire Vasseur-Blin (directeur e-commerce)",
        ("Grégoire Vasseur-Blin",),
        "fr",
    ),
    p(
        "fr_entretien_avec_apostrophe",
        "Je vous confirme l'entretien avec Jean-Baptiste "
        "N'Guessan, directeur juridique, et moi-même.",
        ("Jean-Baptiste N'Guessan", EM),
        "fr",
    ),
    p(
        "fr_vous_rencontrerez_titles_after",
        "Vous rencontrerez Jean-François Gagné, "
        "vice-président Tarification, et Amélie Côté-Roy, directrice Actuariat.",
        ("Jean-François Gagné", "Amélie Côté-Roy"),
        "fr",
    ),
    p(
        "fr_entretien_avec_particle",
        "Votre entretien aura lieu avec Ophélie de Wouters (associée) et moi-même.",
        ("Ophélie de Wouters", EM),
        "fr",
    ),
)

# --- Spanish -------------------------------------------------------------------------------
SPANISH: tuple[Probe, ...] = (
    p(
        "es_le_entrevistaran_de_los",
        "Le entrevistarán Inmaculada de los Santos (directora financiera) y Joseba Arrieta.",
        ("Inmaculada de los Santos", "Joseba Arrieta"),
        "es",
    ),
    p(
        "es_conversar_y_conmigo",
        "Vas a conversar con Agustina Pereyra Iraola (Product Lead) y conmigo.",
        ("Agustina Pereyra Iraola", LO),
        "es",
    ),
    p(
        "es_estaremos_i_catalan",
        "Estaremos Montserrat Vidal i Ferrer (CTO) y yo.",
        ("Montserrat Vidal i Ferrer", LO),
        "es",
    ),
    p(
        "es_lo_atenderan_dra_senor",
        "Lo atenderán la Dra. Daniela Restrepo Uribe, gerente "
        "comercial, y el señor Álvaro Mejía Cárdenas.",
        ("Daniela Restrepo Uribe", "Álvaro Mejía Cárdenas"),
        "es",
    ),
    p(
        "es_sera_atendido_lcda_sr",
        "Será atendido por la Lcda. Mariángel Pérez (Gerente de "
        "Siniestros) y el Sr. Luis Alfonzo (Recursos Humanos).",
        ("Mariángel Pérez", "Luis Alfonzo"),
        "es",
    ),
    p(
        "es_estaremos_ing_y_yo",
        "Estaremos la Ing. Rebeca Xicay (Gerente Técnica) y yo.",
        ("Rebeca Xicay", LO),
        "es",
    ),
    p(
        "es_entrevista_con_titulo_despues",
        "Te confirmo la entrevista con Rodrigo Matte Larraín, gerente de Riesgo.",
        ("Rodrigo Matte Larraín",),
        "es",
    ),
    p(
        "es_charlar_nuestra_lead_y_conmigo",
        "Vas a charlar con Guadalupe Ferrari, nuestra QA Lead, y conmigo.",
        ("Guadalupe Ferrari", LO),
        "es",
    ),
)

INTERVIEWS: tuple[Probe, ...] = (
    *WITH_ME,
    *TITLE_SUBJECT,
    *SENTENCE,
    *FIELDS,
    *AGENDA,
    *SIGNATURE,
    *CALENDAR,
    *GERMAN,
    *FRENCH,
    *SPANISH,
)

# --- Traps: named, but no interviewer ------------------------------------------------------
TRAPS: tuple[Probe, ...] = (
    p(
        "trap_booked_nights_with_hotel",
        "You'll meet Ursula Brandvold. You're booked for two nights with Harbor View Suites "
        "near the office.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_de_zu_beginn",
        "Sie treffen Herrn Ulrich Brand zu Beginn des Gesprächs, danach Frau Nadine Kurz.",
        ("Ulrich Brand", "Nadine Kurz"),
        "de",
    ),
    p(
        "trap_dash_aside_then_team",
        "You'll meet Ursula Brandvold - she leads our data group - and the rest of the "
        "Platform Team over lunch.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_bring_our_report",
        "You'll meet Ursula Brandvold. I'll bring our latest Annual Report so you can look "
        "through it.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_html_table_places_then_sessions",
        "",
        ("Neha Kulkarni", "Bram Verhoeven"),
        when=False,
        html="<p>Hi Alex,</p><p>Your interview on Tuesday, March 17 (ET) is confirmed.</p>"
        "<table><tr><td>9:30 AM</td><td>Main Lobby</td><td>Check-in</td></tr><tr><td>10:00 AM"
        "</td><td>Neha Kulkarni</td><td>Coding interview</td></tr><tr><td>11:00 AM</td><td>"
        "Bram Verhoeven</td><td>System design</td></tr><tr><td>12:00 PM</td><td>"
        "Blue Cafe</td><td>Lunch</td></tr></table><p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "trap_wrapped_line_then_parking",
        "Thanks again. For the second round you'll meet Ursula Brandvold (Head of Data "
        "Platform)\nParking is available behind the building on Elm Street.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_wrapped_line_then_reception",
        "Thanks again. For the second round you'll meet Ursula Brandvold and Teo Marsh on "
        "site\nDana Holt at reception will sign you in when you arrive at the front desk.",
        ("Ursula Brandvold", "Teo Marsh"),
    ),
    p(
        "trap_de_neben_mir_erreichbar",
        "Ihr Gesprächspartner ist Herr Ulrich Brand (Teamleiter). Neben mir ist auch Frau "
        "Nadine Kurz für Rückfragen erreichbar.",
        ("Ulrich Brand",),
        "de",
    ),
    p(
        "trap_fr_accueil_hotesse",
        "À votre arrivée, vous serez accueilli par notre hôtesse, Mme Léa Morel, puis vous "
        "rencontrerez M. Paul Girard, directeur technique.",
        ("Paul Girard",),
        "fr",
    ),
    p(
        "trap_alongside_a_team",
        "You'll meet Ursula Brandvold. In the role you'd work alongside Customer Success every "
        "day.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_call_is_with_a_tool",
        "You'll meet Ursula Brandvold. The call is with Microsoft Teams; the link is below.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_questions_from_a_department",
        "You'll meet Ursula Brandvold. We had some questions from Legal about your notice period.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_required_documents",
        "You'll meet Ursula Brandvold.\nRequired: Photo ID and your portfolio",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_walk_you_through",
        "You'll meet Ursula Brandvold. I'll walk you through the building when you arrive.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_side_call_ring",
        "You'll meet Ursula Brandvold. Hector Quill from our team will ring you the day before "
        "to prepare.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_recruiter_only_schedules",
        "I'm only coordinating the schedule and won't join; you'll meet Ursula Brandvold.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_cc_assistant",
        "You'll meet Ursula Brandvold. I'm cc'ing my assistant, Nora Pike, "
        "who will send the calendar invite.",
        ("Ursula Brandvold",),
        headers={"Cc": "Nora Pike <nora.pike@tallowmere.example>"},
    ),
    p(
        "trap_reach_out_questions",
        "You'll meet Ursula Brandvold. Please reach out to Gwen Tully with any questions.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_who_referred_you",
        "You'll meet Ursula Brandvold. Kiran Dasgupta, who referred you, says hello!",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_ceo_announced",
        "You'll meet Ursula Brandvold. As our CEO Lionel Farraday announced "
        "last week, the team is growing fast.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_other_role_manager",
        "You'll meet Ursula Brandvold. Imogen Tate, who manages the "
        "Analyst opening, won't be part of this one.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_reports_to",
        "You'll meet Ursula Brandvold. The role reports to Hector Quill, our VP of Finance.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_reception_greets",
        "You'll meet Ursula Brandvold. Dana Holt at reception will sign you in.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_reschedule_contact",
        "You'll meet Ursula Brandvold. If you need to reschedule, contact Marisol Vega.",
        ("Ursula Brandvold",),
    ),
    p("trap_user_in_attendees", "Attendees: Ursula Brandvold, Alex Morgan", ("Ursula Brandvold",)),
    p(
        "trap_user_with_me_and",
        "It'll be me and Ursula Brandvold; Alex, bring your laptop.",
        (JB, "Ursula Brandvold"),
    ),
    p(
        "trap_intro_and_drop_off",
        "Final conversation with our CEO Ursula Brandvold. Maya Rios "
        "will make the introductions and drop off.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_coordinating_will_not_join",
        "System design round with Ursula Brandvold (Principal "
        "Engineer) and Teo Marsh (EM). Ayesha Karim is coordinating and will not join.",
        ("Ursula Brandvold", "Teo Marsh"),
    ),
    p(
        "trap_no_reply_system",
        "You'll meet Ursula Brandvold.",
        ("Ursula Brandvold",),
        sign=False,
        sender="Tallowmere Careers <no-reply@careers.tallowmere.example>",
    ),
    p(
        "trap_referral_thanks",
        "You'll meet Ursula Brandvold. Thanks again to Priyanka Bose for the referral.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_replaces_out_sick",
        "Ursula Brandvold will interview you; she is standing in for "
        "Hector Quill, who is out this week.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_de_fragen_an",
        "Ihr Gesprächspartner ist Herr Ulrich Brand (Teamleiter). Bei Fragen "
        "wenden Sie sich gern an Frau Nadine Kurz.",
        ("Ulrich Brand",),
        "de",
    ),
    p(
        "trap_fr_question_contactez",
        "Vous rencontrerez Mme Ursule Bertin, directrice "
        "technique. Pour toute question, contactez Paul Girard.",
        ("Ursule Bertin",),
        "fr",
    ),
    p(
        "trap_es_dudas_escribe",
        "Te entrevistará Úrsula Beltrán (Jefa de Producto). Cualquier duda, escríbele a Marta Gil.",
        ("Úrsula Beltrán",),
        "es",
    ),
    p(
        "trap_fr_assistante_copie",
        "Vous rencontrerez Mme Ursule Bertin. Je mets en copie mon "
        "assistante, Léa Morel, qui vous enverra l'invitation.",
        ("Ursule Bertin",),
        "fr",
    ),
    p(
        "trap_de_assistenz_cc",
        "Sie treffen Herrn Ulrich Brand. Meine Assistenz, Frau Nadine "
        "Kurz, schickt Ihnen die Einladung.",
        ("Ulrich Brand",),
        "de",
    ),
    _gcal(
        "trap_gcal_coordinator_organizer",
        ("Hannah Birk", "hannah.birk@fenwright.example"),
        (
            ("Hannah Birk", "hannah.birk@fenwright.example"),
            ("Tomás Oyarzun", "tomas@fenwright.example"),
        ),
        ("Tomás Oyarzun",),
        note="You'll meet Tomás Oyarzun (Engineering Manager). Please have an editor ready.",
    ),
    _gcal(
        "trap_gcal_interviewer_field",
        ("Sho Nakagawa", "sho@kumoworks.example"),
        (("Sho Nakagawa", "sho@kumoworks.example"), ("Haruka Morita", "haruka@kumoworks.example")),
        ("Haruka Morita",),
        note="Technical interview.\nInterviewer: Haruka Morita (Motion Planning Lead)",
    ),
    _gcal(
        "trap_gcal_drop_off_after_intro",
        ("Mitchell Vargo", "mitchell@tussock.example"),
        (
            ("Mitchell Vargo", "mitchell@tussock.example"),
            ("Pania Rowntree", "pania@tussock.example"),
        ),
        ("Pania Rowntree",),
        note="Portfolio walk-through with Pania Rowntree (Head of Design). Mitchell will drop "
        "off after introductions.",
    ),
    p(
        "trap_ooo_system_signature",
        "You'll meet Ursula Brandvold.\n\n--\nThis mailbox is not "
        "monitored. Sent by Tallowmere Hiring Bot on behalf of the Talent team.",
        ("Ursula Brandvold",),
        sign=False,
        sender="Tallowmere Hiring <noreply@tallowmere.example>",
    ),
    p(
        "trap_linkedin_post",
        "You'll meet Ursula Brandvold. I saw you found the role through "
        "Yusuf Demir's post on LinkedIn.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_hiring_manager_other_team",
        "Ursula Brandvold will interview you. Our hiring "
        "manager for the Design role, Gemma Lowe, sends her regards.",
        ("Ursula Brandvold",),
    ),
    p(
        "trap_founder_story",
        "You'll meet Ursula Brandvold. Fun fact: our founder Elias Marrow "
        "started the company in his garage.",
        ("Ursula Brandvold",),
    ),
)

# Probes still read wrongly; a fix makes its test pass and the strict mark fail.
GAPS: dict[str, str] = {
    "gcal_organizer_also_guest": (
        "an organiser who lists themself among the guests, no words naming anyone, is left "
        "out, as test_panel_names asks (a blind set reads it the other way)"
    ),
    "de_ausser_mir_nimmt_teil": (
        "a recruiter's 'Außer mir nimmt X teil' is read as not taking part, as "
        "test_names_families5 asks of an HR writer's 'außer mir'"
    ),
    "gcal_organizer_hiring_manager_update": (
        "an organiser who is no guest of their own invitation is left out: the labelled "
        "sets read that shape both ways (a recruiter's invitation looks the same)"
    ),
}


def user_context(user: str) -> Context:
    """The receiving user's context (address, name, zone, date order)."""
    address, name, zone, order = USERS[user]
    return Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )


def build(v: Probe) -> bytes:
    """The probe as RFC 5322 bytes sent to its user."""
    address, name, _, _ = USERS[v.user]
    return mail(
        sender=v.sender,
        to=f"{name} <{address}>",
        subject=v.subject,
        date=DATE,
        body="" if v.html_only else v.body,
        html=v.html,
        ics=v.ics,
        headers=v.headers,
    )


def read(v: Probe) -> Understanding:
    """Understand one probe as its user."""
    return understand(build(v), user_context(v.user))


def found(u: Understanding) -> set[str]:
    """The interviewer names found, lower-cased (empty when no interview)."""
    return {(x.name or "").lower() for x in (u.interview.interviewers if u.interview else ())}


def marked(probes: tuple[Probe, ...]) -> list[object]:
    """Probes as parameters, the open gaps marked as expected failures."""
    return [
        pytest.param(v, id=v.key, marks=pytest.mark.xfail(strict=True, reason=GAPS[v.key]))
        if v.key in GAPS
        else pytest.param(v, id=v.key)
        for v in probes
    ]


def test_enough_probes() -> None:
    """At least 100 variants and 25 traps, each key unique."""
    keys = [v.key for v in (*INTERVIEWS, *TRAPS)]
    assert len(INTERVIEWS) >= 100 and len(TRAPS) >= 25
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("probe", marked(INTERVIEWS + TRAPS))
def test_probe_names(probe: Probe) -> None:
    """The probe is an interview and its interviewers are exactly the people named to meet."""
    u = read(probe)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert found(u) == {n.lower() for n in probe.names}
