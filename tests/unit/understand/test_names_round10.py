"""Names round 10: interviewers laid out in tables, lists, labels, signatures and calendars.

Each source shape was seen in blind-written mail (a panel itinerary as a plain-text or HTML
table, a bulleted loop with times and titles, "Name (she/her), Title", the writer who
interviews named only by their signature, "Joining us will be", "Your interviewers are",
ATS field labels such as "Interviewer(s):" and "Panel:", LinkedIn links beside names, names
with particles, accents, hyphens, initials or a family name in capitals, German, French and
Spanish introductions, calendar guest lists with rooms, lists and bare addresses); each
variant below rewords one shape as another writer would, with invented people and
companies under ``.example``. The traps name people who do not interview (a coordinator who
signs, a recruiter copied in, the user, a founder or previous hire in passing, a
receptionist, a room or product named after someone, an assistant, an agency consultant, a
contact who "will be in touch"), who must not be found. Gaps still open are strict expected
failures, so that closing one is noticed.
"""

from __future__ import annotations

import pytest

from daemon.understand import Kind

from .names_round7_probes import Probe, att, cal
from .test_names_round9 import NY, found, p, read

DAY = "Tuesday, March 17 (Eastern Time)"


def ats(
    key: str,
    sender: str,
    subject: str,
    body: str,
    names: tuple[str, ...],
    user: str = "us",
    html: str | None = None,
    html_only: bool = False,
) -> Probe:
    """A text notice from a scheduling tool's no-reply address."""
    return Probe(key, sender, subject, body, names, user=user, html=html, html_only=html_only)


# --- Itineraries as plain-text tables -------------------------------------------------------
TABLES: tuple[Probe, ...] = (
    p(
        "plain_table_columns_spaces",
        "Your schedule:\n\nTime           Interviewer              Focus\n"
        "10:00-10:45    Mireille Okonkwo-Berg    Coding\n"
        "11:00-11:45    Tobias van der Linden    System design",
        ("Mireille Okonkwo-Berg", "Tobias van der Linden"),
    ),
    p(
        "pipe_table_name_comma_title",
        "| Time  | Interviewer                      | Topic   |\n"
        "|-------|----------------------------------|---------|\n"
        "| 10:00 | Ingrid Solheim, Staff Engineer   | Coding  |\n"
        "| 11:00 | Dario Mancuso, Engineering Lead  | Design  |",
        ("Ingrid Solheim", "Dario Mancuso"),
    ),
    p(
        "tab_table_time_name_title",
        "Itinerary\n10:00\tFarida Haidari\tHead of Analytics\n"
        "10:45\tGrégoire Lemoine\tSenior Data Scientist\n11:30\tBreak",
        ("Farida Haidari", "Grégoire Lemoine"),
    ),
    p(
        "dash_rows_time_dash_name_paren",
        "The loop:\n10:00 - 10:45 - Ottoline Brandreth (Principal Engineer)\n"
        "11:00 - 11:45 - Kwame Asante-Mensah (Product Director)",
        ("Ottoline Brandreth", "Kwame Asante-Mensah"),
    ),
    p(
        "rows_topic_dash_name",
        "Schedule (all times ET)\n10:00 - 10:45  Pairing exercise - Henrik Aaltonen\n"
        "10:45 - 11:30  Architecture - Soraya Benali\n11:30 - 12:00  Meet the manager - "
        "Lachlan Fitzroy",
        ("Henrik Aaltonen", "Soraya Benali", "Lachlan Fitzroy"),
    ),
    p(
        "rows_with_interviewer_name",
        "Agenda\n10:00 AM  Technical screen with Imogen Blackwood\n"
        "11:00 AM  Product sense with Rafael Quintanilla\n12:00 PM  Lunch",
        ("Imogen Blackwood", "Rafael Quintanilla"),
    ),
    p(
        "session_numbered_rows",
        "Session 1 (10:00) Coding: Beatriz Navarro, Senior Engineer\n"
        "Session 2 (11:00) Behavioural: Clement Osei, Engineering Manager",
        ("Beatriz Navarro", "Clement Osei"),
    ),
    p(
        "table_family_name_capitals",
        "Time     Interviewer\n10:00    TANAKA Yuki (Engineering Manager)\n"
        "11:00    PARK Ji-hoon (Staff Engineer)",
        ("Yuki Tanaka", "Ji-hoon Park"),
    ),
    p(
        "uk_table_24h_name_role",
        "Programme for the day\n09:30  Arrival and welcome\n10:00  Gwendolyn Ashby-Clarke, "
        "Finance Director\n11:00  Rhodri Pugh, Head of Audit",
        ("Gwendolyn Ashby-Clarke", "Rhodri Pugh"),
        "uk",
    ),
)

# --- HTML tables ----------------------------------------------------------------------------
HTML: tuple[Probe, ...] = (
    p(
        "html_td_time_name_comma_title",
        "",
        ("Saskia Dijkstra", "Marcel Aubertin"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your interview on {DAY} is confirmed.</p><table>"
        "<tr><td>10:00</td><td>Saskia Dijkstra, Engineering Manager</td></tr>"
        "<tr><td>11:00</td><td>Marcel Aubertin, Staff Engineer</td></tr></table>"
        "<p>Jordan Blake<br>Talent Partner</p>",
        html_only=True,
    ),
    p(
        "html_header_row_interviewer",
        "",
        ("Nnamdi Okafor", "Ylva Sundqvist"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Here is your schedule for {DAY}.</p><table><tr><th>Time</th>"
        "<th>Interviewer</th><th>Topic</th></tr><tr><td>10:00 AM</td><td>Nnamdi Okafor</td>"
        "<td>Coding</td></tr><tr><td>11:00 AM</td><td>Ylva Sundqvist</td><td>Design</td></tr>"
        "</table><p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "html_name_br_title_cell",
        "",
        ("Paloma Etxeberria", "Gunnar Halvorsen"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your interview on {DAY} is confirmed.</p><table><tr>"
        "<td>10:00 AM</td><td><b>Paloma Etxeberria</b><br>Head of Product</td></tr><tr>"
        "<td>11:00 AM</td><td><b>Gunnar Halvorsen</b><br>Principal Engineer</td></tr></table>"
        "<p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "html_linkedin_links",
        "",
        ("Aurelia Montague", "Kenji Watanabe-Holt"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your interview on {DAY} at 10:00 AM is confirmed. You will "
        'meet <a href="https://www.linkedin.com/in/aurelia-montague">Aurelia Montague</a> '
        '(VP Engineering) and <a href="https://www.linkedin.com/in/kenjiwh">Kenji '
        "Watanabe-Holt</a> (Staff Engineer).</p><p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "html_table_name_title_columns",
        "",
        ("Leontine Verbeek", "Amadou Diallo"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your panel on {DAY} is confirmed.</p><table><tr><td>10:00"
        "</td><td>Leontine Verbeek</td><td>Director, Data</td></tr><tr><td>10:45</td><td>"
        "Amadou Diallo</td><td>Senior Analyst</td></tr></table><p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "html_list_items_pronouns",
        "",
        ("Rosalind Achterberg", "Tomás Ibarra"),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your interview on {DAY} at 10:00 AM is confirmed. Your "
        "interviewers:</p><ul><li>Rosalind Achterberg (she/her), Design Lead</li><li>Tomás "
        "Ibarra (he/him), Product Manager</li></ul><p>Jordan Blake</p>",
        html_only=True,
    ),
)

# --- Bullet lists with times and titles ----------------------------------------------------
BULLETS: tuple[Probe, ...] = (
    p(
        "bullet_dot_time_name_title",
        "• 10:00 – Cressida Holloway, Senior Engineer\n• 10:45 – Bartholomew Nkemelu, "
        "Engineering Manager",
        ("Cressida Holloway", "Bartholomew Nkemelu"),
    ),
    p(
        "bullet_dash_time_pronoun_title",
        "- 10:00am: Marisol Vega (she/her), Staff Data Scientist\n- 11:00am: Dev Raghunathan "
        "(he/him), Analytics Manager",
        ("Marisol Vega", "Dev Raghunathan"),
    ),
    p(
        "bullet_star_name_dash_title",
        "You'll meet:\n* Anneke Vos (they/them) – Research Lead\n* Obinna Chukwu (he/him) – "
        "Principal Designer",
        ("Anneke Vos", "Obinna Chukwu"),
    ),
    p(
        "numbered_time_name_emdash_title",
        "1. 10:00 Hyacinth Mbeki — Head of Customer Success\n2. 10:45 Florian Wegener — "
        "Support Operations Lead",
        ("Hyacinth Mbeki", "Florian Wegener"),
    ),
    p(
        "bullet_initial_names",
        "Panel for the day:\n- J. Alvarez (Engineering Director)\n- Mary-Kate O'Neil "
        "(Senior Engineer)",
        ("J. Alvarez", "Mary-Kate O'Neil"),
    ),
    p(
        "bullet_title_colon_name",
        "Who you'll meet\n- Hiring manager: Valentin Roussel\n- Peer interview: Akosua Frimpong",
        ("Valentin Roussel", "Akosua Frimpong"),
    ),
    p(
        "bullet_linkedin_after_name",
        "Your interviewers:\n- Cosima Falk, Head of Platform (linkedin.com/in/cosimafalk)\n"
        "- Idris Bello, Staff SRE (https://www.linkedin.com/in/idris-bello)",
        ("Cosima Falk", "Idris Bello"),
    ),
)

# --- Sentences and labels that introduce the panel -----------------------------------------
INTRO: tuple[Probe, ...] = (
    p(
        "joining_us_will_be",
        "Joining us will be Theodora Papadakis, our Head of Data, and Niall Brennan from "
        "Analytics.",
        ("Theodora Papadakis", "Niall Brennan"),
    ),
    p(
        "joining_us_pronouns",
        "Joining us will be Wren Halloway (they/them), Staff Designer, and Caspian Reyes "
        "(he/him), Product Manager.",
        ("Wren Halloway", "Caspian Reyes"),
    ),
    p(
        "youll_be_speaking_with",
        "You'll be speaking with Philippa Oyelowo and Henrique Bastos.",
        ("Philippa Oyelowo", "Henrique Bastos"),
    ),
    p(
        "youll_be_speaking_with_pronoun_title",
        "You'll be speaking with Astrid Kjeldsen (she/her), Head of Product.",
        ("Astrid Kjeldsen",),
    ),
    p(
        "your_interviewers_are",
        "Your interviewers are Magnus Eriksen (Director of Engineering) and Zainab Oduya "
        "(Senior Engineer).",
        ("Magnus Eriksen", "Zainab Oduya"),
    ),
    p(
        "your_interviewer_will_be",
        "Your interviewer will be Rosamund Achebe, Principal Product Manager.",
        ("Rosamund Achebe",),
    ),
    p(
        "panel_label_commas",
        "Panel: Ignatius Okoro, Leocadia Brandt, Fumiko Sato",
        ("Ignatius Okoro", "Leocadia Brandt", "Fumiko Sato"),
    ),
    p(
        "host_label",
        "Format: video call\nHost: Evander Castellano (Engineering Manager)",
        ("Evander Castellano",),
    ),
    p(
        "interviewers_label_semicolons",
        "Interviewers: Solveig Lindgren; Kofi Mensah-Bonsu",
        ("Solveig Lindgren", "Kofi Mensah-Bonsu"),
    ),
    p(
        "interviewer_s_label",
        "Interviewer(s): Bettina Kraus, Ruben Oyarzún",
        ("Bettina Kraus", "Ruben Oyarzún"),
    ),
    p(
        "joining_from_our_side",
        "From our side, Harland Whitcombe (CFO) and Yasmin Haddad (Controller) will join.",
        ("Harland Whitcombe", "Yasmin Haddad"),
    ),
    p(
        "youll_sit_down_with",
        "You'll sit down with Cordelia Ashdown, who leads the audit practice.",
        ("Cordelia Ashdown",),
    ),
    p(
        "interview_will_be_conducted_by",
        "The interview will be conducted by Leopoldo Ferri and Anouk de Jong.",
        ("Leopoldo Ferri", "Anouk de Jong"),
    ),
    p(
        "meet_two_word_given_name",
        "You'll be meeting Mary Ellen Whitfield, our Head of Nursing.",
        ("Mary Ellen Whitfield",),
    ),
    p(
        "meet_particle_de_la",
        "You'll be meeting María de la Cruz Olmedo (Head of Legal) and Pieter van der Berg "
        "(Compliance Lead).",
        ("María de la Cruz Olmedo", "Pieter van der Berg"),
    ),
    p(
        "meet_bin_and_al",
        "You'll be meeting Ahmad bin Rashid (Operations Director) and Khalid al-Mansouri "
        "(Finance Manager).",
        ("Ahmad bin Rashid", "Khalid al-Mansouri"),
    ),
    p(
        "meet_diacritics",
        "You'll be meeting Søren Østergaard and Nguyễn Thị Lan from the platform team.",
        ("Søren Østergaard", "Nguyễn Thị Lan"),
    ),
    p(
        "meet_capital_family_name_first",
        "You will be interviewed by SATO Haruki (Plant Manager) and KIM Min-seo (QA Lead).",
        ("Haruki Sato", "Min-seo Kim"),
    ),
    p(
        "meet_initial_and_hyphen",
        "You'll speak with J. Alvarez, our engineering director, and Mary-Kate O'Neil.",
        ("J. Alvarez", "Mary-Kate O'Neil"),
    ),
    p(
        "the_panel_will_be",
        "The panel will be Horatio Blenkinsop, Ama Owusu and Lindiwe Dube.",
        ("Horatio Blenkinsop", "Ama Owusu", "Lindiwe Dube"),
    ),
    p(
        "linkedin_in_parens_sentence",
        "You'll meet Benedikt Hauser (https://www.linkedin.com/in/benedikthauser), our CTO.",
        ("Benedikt Hauser",),
    ),
    p(
        "uk_youll_be_seen_by",
        "You'll be seen by Fenella Morgan-Price (Practice Manager) and Dr Idris Lewis.",
        ("Fenella Morgan-Price", "Idris Lewis"),
        "uk",
    ),
)

# --- The writer who interviews, named only by their signature ------------------------------
SIGNED: tuple[Probe, ...] = (
    p(
        "sig_interviewing_you_myself",
        "I'll be interviewing you myself.\n\nBest,\nSeraphina Holt\nHead of Engineering, "
        "Tallowmere",
        ("Seraphina Holt",),
        sign=False,
        sender="Seraphina Holt <seraphina@tallowmere.example>",
    ),
    p(
        "sig_conducting_personally_dashes",
        "I'll be conducting the interview personally.\n\nBest regards,\n--\nCasimir Wójcik\n"
        "Director of Finance | Tallowmere\nlinkedin.com/in/casimirwojcik",
        ("Casimir Wójcik",),
        sign=False,
        sender="Casimir Wójcik <casimir@tallowmere.example>",
    ),
    p(
        "sig_just_the_two_of_us",
        "It'll just be the two of us, so no need to prepare slides.\n\nCheers,\nRuairi Flynn\n"
        "Founder, Tallowmere",
        ("Ruairi Flynn",),
        sign=False,
        sender="Ruairi Flynn <ruairi@tallowmere.example>",
    ),
    p(
        "sig_you_will_meet_with_me",
        "You'll be meeting with me.\n\nWarm regards,\nAdaeze Nwosu-Carter\nVP Operations",
        ("Adaeze Nwosu-Carter",),
        sign=False,
        sender="Adaeze Nwosu-Carter <adaeze@tallowmere.example>",
    ),
    p(
        "de_sig_fuehre_selbst",
        "Das Gespräch führe ich selbst.\n\nMit freundlichen Grüßen\nDr. Konstantin Vollrath\n"
        "Leiter Entwicklung, Elbwerk",
        ("Konstantin Vollrath",),
        "de",
        sign=False,
        sender="Konstantin Vollrath <k.vollrath@elbwerk.example>",
    ),
    p(
        "fr_sig_menerai_moi_meme",
        "Je mènerai l'entretien moi-même.\n\nBien cordialement,\nAurore Delacroix-Vidal\n"
        "Directrice technique, Quai Bleu",
        ("Aurore Delacroix-Vidal",),
        "fr",
        sign=False,
        sender="Aurore Delacroix-Vidal <a.delacroix@quaibleu.example>",
    ),
    p(
        "es_sig_hare_yo_mismo",
        "La entrevista la haré yo mismo.\n\nUn saludo,\nGonzalo Ibáñez de la Rosa\n"
        "Director de Operaciones, Brisamar",
        ("Gonzalo Ibáñez de la Rosa",),
        "es",
        sign=False,
        sender="Gonzalo Ibáñez de la Rosa <gonzalo.ibanez@brisamar.example>",
    ),
    p(
        "sig_pronoun_line",
        "Looking forward to our conversation - I'll be your interviewer.\n\nThanks,\n"
        "Marguerite Osei (she/her)\nHead of People Analytics",
        ("Marguerite Osei",),
        sign=False,
        sender="Marguerite Osei <marguerite@tallowmere.example>",
    ),
)

# --- ATS and scheduling-tool notices (text only) -------------------------------------------
NOTICES: tuple[Probe, ...] = (
    ats(
        "greenhouse_interviewer_s_field",
        "Tallowmere Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Data Engineer at Tallowmere",
        "Hi Alex,\n\nYour interview has been scheduled.\n\nInterview Details\nDate: Tuesday, "
        "March 17, 2026\nTime: 10:00 AM - 11:00 AM Eastern Time\nInterviewer(s): Octavia "
        "Lindqvist, Barnaby Oyelaran\nLocation: Zoom (link to follow)\n\nGood luck!",
        ("Octavia Lindqvist", "Barnaby Oyelaran"),
    ),
    ats(
        "lever_scheduled_to_meet_with",
        "Tallowmere <no-reply@hire.lever.co>",
        "Your interview with Tallowmere",
        "Hi Alex,\n\nYou're scheduled to meet with Henrietta Vance and Oluwatobi Adeyemi on "
        "Tuesday, March 17, 2026 at 10:00 AM EDT.\n\nThe Tallowmere team",
        ("Henrietta Vance", "Oluwatobi Adeyemi"),
    ),
    ats(
        "ashby_interviewers_block",
        "Tallowmere <no-reply@ashbyhq.com>",
        "Interview confirmed: Product Designer",
        "Hi Alex,\n\nYour interview is confirmed.\n\nWhen: Tuesday, March 17, 2026, 10:00 - "
        "11:00 AM EDT\nWhere: Google Meet\n\nInterviewers\nCalliope Raines - Design Director\n"
        "Jasper Okonjo - Senior Product Designer\n\nPowered by Ashby",
        ("Calliope Raines", "Jasper Okonjo"),
    ),
    ats(
        "goodtime_rows_dot_separated",
        "Tallowmere Recruiting <scheduling@goodtime.io>",
        "Your interview schedule: Tallowmere - Backend Engineer",
        "Hi Alex,\n\nYour interviews are confirmed. All times are Eastern Time.\n\nTuesday, "
        "March 17, 2026\n10:00 - 10:45 · Leocadio Ferrer · Pairing exercise\n10:45 - 11:30 · "
        "Winifred Acheampong · System design\n\nGoodTime on behalf of Tallowmere",
        ("Leocadio Ferrer", "Winifred Acheampong"),
    ),
    ats(
        "workday_interview_panel_field",
        "Tallowmere <tallowmere@myworkday.com>",
        "Interview Scheduled - Financial Analyst",
        "Dear Alex Morgan,\n\nAn interview has been scheduled for the Financial Analyst "
        "position.\n\nInterview Date: 03/17/2026\nStart Time: 10:00 AM EDT\nInterview Panel: "
        "Reginald Ashworth (Finance Director); Ifeoma Okeke (Senior Analyst)\nInterview Type: "
        "Video\n\nThis is a system-generated message.",
        ("Reginald Ashworth", "Ifeoma Okeke"),
    ),
    ats(
        "goodtime_host_field",
        "Tallowmere Recruiting <scheduling@goodtime.io>",
        "Interview confirmed: Tallowmere",
        "Hi Alex,\n\nYour phone screen is confirmed.\n\nDate: Tuesday, March 17, 2026\n"
        "Time: 10:00 - 10:30 AM ET\nHost: Perpetua Okafor, Hiring Manager\nDial-in: we'll call "
        "you\n\nGoodTime on behalf of Tallowmere",
        ("Perpetua Okafor",),
    ),
    ats(
        "ashby_meeting_with_title",
        "Tallowmere <no-reply@ashbyhq.com>",
        "Interview scheduled",
        "Hi Alex,\n\nTuesday, March 17, 2026 · 10:00 AM - 10:45 AM EDT\nMeeting with "
        "Gideon Thorne (Engineering Manager)\nVideo: Zoom\n\nPowered by Ashby",
        ("Gideon Thorne",),
    ),
    ats(
        "greenhouse_linkedin_beside_names",
        "Tallowmere Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Data Analyst at Tallowmere",
        "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 17, 2026 at 10:00 AM ET.\n\n"
        "You'll meet:\nArabella Quist - https://www.linkedin.com/in/arabellaquist\n"
        "Desmond Oyeleke - https://www.linkedin.com/in/desmond-oyeleke\n\nGood luck!",
        ("Arabella Quist", "Desmond Oyeleke"),
    ),
    ats(
        "lever_interviewers_colon_lines",
        "Tallowmere <no-reply@hire.lever.co>",
        "Interview confirmed: Tallowmere",
        "Hi Alex,\n\nYour onsite interview is confirmed.\n\nDate: Tuesday, March 17, 2026\n"
        "Time: 10:00 AM - 12:00 PM (ET)\nInterviewers:\n  Evangeline Moss, Head of Sales\n"
        "  Tadeusz Nowak, Sales Manager\nAddress: 200 Pine St, 4th floor",
        ("Evangeline Moss", "Tadeusz Nowak"),
    ),
    ats(
        "workday_de_gespraechspartner_field",
        "Elbwerk <elbwerk@myworkday.com>",
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag Herr Weber,\n\nIhr Vorstellungsgespräch wurde geplant.\n\nDatum: 17.03.2026"
        "\nUhrzeit: 10:00 Uhr\nGesprächspartner: Frau Henrike Sauerbrey, Herr Bülent Aydın\n"
        "Ort: Elbwerk, Am Sandtorkai 5, Hamburg",
        ("Henrike Sauerbrey", "Bülent Aydın"),
        "de",
    ),
)

# --- German, French, Spanish introductions -------------------------------------------------
GERMAN: tuple[Probe, ...] = (
    p(
        "de_ihre_gespraechspartner_sind",
        "Ihre Gesprächspartner sind Frau Dr. Annika Vollmer (Leiterin Controlling) und Herr "
        "Mehmet Yıldız (Teamleiter).",
        ("Annika Vollmer", "Mehmet Yıldız"),
        "de",
    ),
    p(
        "de_ihr_gespraechspartner_ist_comma",
        "Ihr Gesprächspartner ist Herr Jan-Hendrik Lohse, Bereichsleiter Einkauf.",
        ("Jan-Hendrik Lohse",),
        "de",
    ),
    p(
        "de_am_gespraech_nehmen_teil",
        "Am Gespräch nehmen teil: Frau Charlotte von Bredow (Personalleitung) und Herr Lars "
        "Oltmanns (Abteilungsleiter).",
        ("Charlotte von Bredow", "Lars Oltmanns"),
        "de",
    ),
    p(
        "de_sie_lernen_kennen",
        "Sie lernen Frau Svenja Kreutzer (Teamleitung) und Herrn Aleksandar Petrović kennen.",
        ("Svenja Kreutzer", "Aleksandar Petrović"),
        "de",
    ),
    p(
        "de_mit_dabei_sind",
        "Mit dabei sind Herr Friedrich Ahlers und Frau Yvonne Kessler aus dem Fachbereich.",
        ("Friedrich Ahlers", "Yvonne Kessler"),
        "de",
    ),
    p(
        "de_gespraechspartnerinnen_list",
        "Gesprächspartner/innen:\n- Frau Dr. Ulrike Heinemann, Leiterin IT\n- Herr Timo "
        "Brauckmann, Teamleiter Infrastruktur",
        ("Ulrike Heinemann", "Timo Brauckmann"),
        "de",
    ),
    p(
        "de_tabelle_uhrzeit",
        "Ablauf:\n10:00 Uhr  Frau Margarethe Lindemann (Geschäftsführung)\n"
        "10:45 Uhr  Herr Emre Doğan (Produktion)",
        ("Margarethe Lindemann", "Emre Doğan"),
        "de",
    ),
)

FRENCH: tuple[Probe, ...] = (
    p(
        "fr_vous_rencontrerez_mme_m",
        "Vous rencontrerez Mme Sidonie Lacroix, directrice financière, et M. Thibault "
        "Garnier, responsable comptable.",
        ("Sidonie Lacroix", "Thibault Garnier"),
        "fr",
    ),
    p(
        "fr_vos_interlocuteurs_seront",
        "Vos interlocuteurs seront Bérénice Fontaine (DRH) et Jean-Baptiste Lefèvre "
        "(directeur technique).",
        ("Bérénice Fontaine", "Jean-Baptiste Lefèvre"),
        "fr",
    ),
    p(
        "fr_entretien_mene_par",
        "L'entretien sera mené par Ghislaine Moreau, responsable du pôle data.",
        ("Ghislaine Moreau",),
        "fr",
    ),
    p(
        "fr_vous_echangerez_avec",
        "Vous échangerez avec Anaïs Rousseau et Mathéo Girard de l'équipe produit.",
        ("Anaïs Rousseau", "Mathéo Girard"),
        "fr",
    ),
    p(
        "fr_participants_label",
        "Participants : Hortense Duval (CTO), Karim Benslimane (lead développeur)",
        ("Hortense Duval", "Karim Benslimane"),
        "fr",
    ),
    p(
        "fr_jury_compose_de",
        "Le jury sera composé de Mme Clémentine Aubert et de M. Yannick Le Goff.",
        ("Clémentine Aubert", "Yannick Le Goff"),
        "fr",
    ),
)

SPANISH: tuple[Probe, ...] = (
    p(
        "es_te_entrevistaran",
        "Te entrevistarán Itziar Goikoetxea (Jefa de Producto) y Rodrigo Saavedra (CTO).",
        ("Itziar Goikoetxea", "Rodrigo Saavedra"),
        "es",
    ),
    p(
        "es_con_la_participacion_de",
        "La entrevista contará con la participación de Marta Villanueva, directora "
        "financiera, y de Joaquín Ruiz-Tagle.",
        ("Marta Villanueva", "Joaquín Ruiz-Tagle"),
        "es",
    ),
    p(
        "es_estaran_presentes",
        "Estarán presentes Consuelo Aranda y Álvaro Pizarro, del equipo de datos.",
        ("Consuelo Aranda", "Álvaro Pizarro"),
        "es",
    ),
    p(
        "es_entrevistadores_label",
        "Entrevistadores: Nerea Urquiza, Fernando de la Vega",
        ("Nerea Urquiza", "Fernando de la Vega"),
        "es",
    ),
    p(
        "es_hablaras_con_nuestra",
        "Hablarás con Lucía Benavides, nuestra responsable de analítica.",
        ("Lucía Benavides",),
        "es",
    ),
    p(
        "es_te_recibira_jefe",
        "Te recibirá Emilio Zubizarreta, jefe de planta.",
        ("Emilio Zubizarreta",),
        "es",
    ),
    p(
        "es_tabla_horas",
        "Agenda:\n10:00 - Paula Etcheverry, Gerente de Riesgos\n10:45 - Ignacio Larraín, "
        "Analista Senior",
        ("Paula Etcheverry", "Ignacio Larraín"),
        "es",
    ),
)


# --- Calendars: guest lists with bare addresses, coordinators, rooms and lists -------------
def _ics(
    organizer: str,
    attendees: tuple[str, ...],
    description: str = "",
    summary: str = "Interview: Alex Morgan - Data Engineer",
    location: str = "",
) -> str:
    """A REQUEST at 10:00 New York time on 17 March 2026."""
    return cal(
        summary=summary,
        start="20260317T100000",
        end="20260317T110000",
        tzid=NY,
        organizer=organizer,
        attendees=(*attendees, att("Alex Morgan", "alex.morgan@gmail.com")),
        description=description,
        location=location,
    )


def _invite(
    key: str, sender: str, body: str, ics: str, names: tuple[str, ...], subject: str = ""
) -> Probe:
    """An invitation mail carrying ``ics``."""
    return Probe(
        key,
        sender,
        subject or "Invitation: Interview: Alex Morgan - Data Engineer",
        body,
        names,
        ics=ics,
    )


COORD = "Priya Ramaswamy <priya.r@tallowmere.example>"
CALENDAR: tuple[Probe, ...] = (
    _invite(
        "ics_bare_address_attendees_description_names",
        COORD,
        "Hi Alex, your interview with Thaddeus Crane and Leonie Abara is booked. - Priya "
        "(Recruiting Coordinator)",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att("thaddeus.crane@tallowmere.example", "thaddeus.crane@tallowmere.example"),
                "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:leonie.abara@tallowmere.example",
            ),
            "Interview with Thaddeus Crane and Leonie Abara.\nScheduled by Priya Ramaswamy, "
            "Recruiting Coordinator.",
        ),
        ("Thaddeus Crane", "Leonie Abara"),
    ),
    _invite(
        "ics_coordinator_organiser_named_guests",
        COORD,
        "Priya Ramaswamy has invited you to an event.\n\nInterview: Alex Morgan - Data "
        "Engineer\nTuesday Mar 17, 2026 10am - 11am (Eastern Time - New York)",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att("Maximilian Oduro", "max.oduro@tallowmere.example"),
                att("Esperanza Villalobos", "esperanza.v@tallowmere.example"),
            ),
            "Your interviewers: Maximilian Oduro (Engineering Manager), Esperanza Villalobos "
            "(Staff Engineer). Coordinator: Priya Ramaswamy.",
        ),
        ("Maximilian Oduro", "Esperanza Villalobos"),
    ),
    _invite(
        "ics_room_resource_attendee",
        COORD,
        "Hi Alex, your onsite interview is booked - see the invitation. Priya, Recruiting "
        "Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att("Cornelius Aberdeen", "cornelius@tallowmere.example"),
                att(
                    "NYC-12-Boardroom (12)",
                    "nyc-12-boardroom@resource.calendar.google.com",
                    role="NON-PARTICIPANT",
                    cutype="ROOM",
                ),
            ),
            "Onsite interview with Cornelius Aberdeen, Head of Data.",
            location="NYC-12-Boardroom (12)",
        ),
        ("Cornelius Aberdeen",),
    ),
    _invite(
        "ics_distribution_list_attendee",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att("Marisela Quintero", "marisela@tallowmere.example"),
                att("eng-interviewers", "eng-interviewers@tallowmere.example", cutype="GROUP"),
            ),
            "Technical interview with Marisela Quintero (Staff Engineer).",
        ),
        ("Marisela Quintero",),
    ),
    _invite(
        "ics_room_without_cutype",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att("Benedetta Rinaldi", "benedetta@tallowmere.example"),
                att("Hopper Conference Room", "hopper-room@tallowmere.example"),
            ),
            "Interview with Benedetta Rinaldi, Analytics Director.",
        ),
        ("Benedetta Rinaldi",),
    ),
    _invite(
        "ics_no_names_anywhere_but_description",
        "Tallowmere Recruiting <recruiting@tallowmere.example>",
        "Please find the invitation attached.",
        _ics(
            "mailto:recruiting@tallowmere.example",
            (
                "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:gwilym.rees@tallowmere.example",
                "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:anjali.kapoor@tallowmere.example",
            ),
            "Interviewers: Gwilym Rees (Engineering Manager), Anjali Kapoor (Senior Engineer)",
        ),
        ("Gwilym Rees", "Anjali Kapoor"),
    ),
    _invite(
        "ics_hiring_manager_organiser_only",
        "Ottilie Vance <ottilie@tallowmere.example>",
        "Hi Alex, here's the invite for our chat on Tuesday - I'll be interviewing you. Ottilie",
        _ics(
            "CN=Ottilie Vance:mailto:ottilie@tallowmere.example",
            (),
            "Hiring manager interview with Ottilie Vance.",
        ),
        ("Ottilie Vance",),
    ),
)


# --- Neighbours of the families fixed this round ---------------------------------------------
NEIGHBOURS: tuple[Probe, ...] = (
    p(
        "tab_rows_no_header_three_columns",
        "10:00\tHalvard Rustad\tCase study\n11:00\tMinerva Oyelaran\tCase study",
        ("Halvard Rustad", "Minerva Oyelaran"),
    ),
    p(
        "spaced_rows_name_then_title_column",
        "09:30    Arrival\n10:00    Ottavia Bruni       Head of Research\n"
        "11:00    Lemuel Achterberg   Principal Scientist",
        ("Ottavia Bruni", "Lemuel Achterberg"),
    ),
    p(
        "pipe_rows_wrapped_width_not_joined",
        "| 10:00-10:45 | Gudrun Eikeland, Director of Data Platform Engineering, Oslo |\n"
        "| 11:00-11:45 | Cyprian Nwachukwu, Principal Engineer, Data Infrastructure |",
        ("Gudrun Eikeland", "Cyprian Nwachukwu"),
    ),
    p(
        "pipe_row_title_then_city_bracket",
        "| 10:00-10:45 | Gudrun Eikeland, Director of Data Platform Engineering (Oslo) |\n"
        "| 11:00-11:45 | Cyprian Nwachukwu, Principal Engineer, Data Infrastructure |",
        ("Gudrun Eikeland", "Cyprian Nwachukwu"),
    ),
    p(
        "double_spaced_prose_still_a_sentence",
        "Thanks for your patience.  You'll be speaking with Evadne Marsh and Cassius Rowe.  "
        "Please bring a photo ID.",
        ("Evadne Marsh", "Cassius Rowe"),
    ),
    p(
        "dash_bullets_name_paren_title",
        "Your panel:\n- Ingeborg Solberg (Design Lead)\n- Teodor Varga (Senior Designer)",
        ("Ingeborg Solberg", "Teodor Varga"),
    ),
    p(
        "linkedin_angle_after_name",
        "You'll meet Sunniva Dahl <https://www.linkedin.com/in/sunnivadahl> and Rashid Okoye.",
        ("Sunniva Dahl", "Rashid Okoye"),
    ),
    p(
        "youll_sit_down_with_two",
        "You'll first sit down with Perpetua Lamb and then with Osric Vane.",
        ("Perpetua Lamb", "Osric Vane"),
    ),
    p(
        "interview_with_title_line",
        "Here is your booking.\n\nTuesday, March 17, 2026, 10:00 AM ET\nInterview with Ximena "
        "Salcedo (Head of Finance)",
        ("Ximena Salcedo",),
        when=False,
    ),
    p(
        "sig_just_you_and_me",
        "It will be just you and me on the call.\n\nThanks,\nBronagh Kealy\nCo-founder",
        ("Bronagh Kealy",),
        sign=False,
        sender="Bronagh Kealy <bronagh@tallowmere.example>",
    ),
    p(
        "de_sig_interview_uebernehme_ich",
        "Ihr Interview übernehme ich persönlich.\n\nViele Grüße\nMareike Thönnissen\n"
        "Teamleiterin Vertrieb",
        ("Mareike Thönnissen",),
        "de",
        sign=False,
        sender="Mareike Thönnissen <m.thoennissen@elbwerk.example>",
    ),
    p(
        "fr_sig_cest_moi_qui",
        "C'est moi qui conduirai l'entretien.\n\nCordialement,\nGaspard Lemaire-Roy\n"
        "Directeur des opérations",
        ("Gaspard Lemaire-Roy",),
        "fr",
        sign=False,
        sender="Gaspard Lemaire-Roy <g.lemaire@quaibleu.example>",
    ),
    p(
        "es_sig_realizare_personalmente",
        "Realizaré personalmente la entrevista.\n\nSaludos,\nRocío Manzanares\nGerente de Planta",
        ("Rocío Manzanares",),
        "es",
        sign=False,
        sender="Rocío Manzanares <rocio.manzanares@brisamar.example>",
    ),
    p(
        "de_gespraechspartner_stern_innen",
        "Gesprächspartner*innen: Frau Wiebke Harms (Leitung Einkauf), Herr Can Öztürk (Einkäufer)",
        ("Wiebke Harms", "Can Öztürk"),
        "de",
    ),
    p(
        "de_lernen_sie_kennen",
        "Bei Ihrem Besuch lernen Sie Herrn Bastian Wöhler und Frau Ines Pfaff kennen.",
        ("Bastian Wöhler", "Ines Pfaff"),
        "de",
    ),
    p(
        "es_participacion_de_nuestra",
        "La reunión contará con la participación de nuestra gerente, Abril Montiel.",
        ("Abril Montiel",),
        "es",
    ),
    p(
        "fr_compose_de_sans_civilite",
        "Le jury sera composé de Clarisse Vidal et de Noé Bertin.",
        ("Clarisse Vidal", "Noé Bertin"),
        "fr",
    ),
    p(
        "es_entrevistadores_de_la_particle",
        "Entrevistadores: Inés de la Fuente y Tomás de Castro",
        ("Inés de la Fuente", "Tomás de Castro"),
        "es",
    ),
    ats(
        "goodtime_two_rows_on_behalf_coordinator",
        "Tallowmere Recruiting <scheduling@goodtime.io>",
        "Your interview schedule: Tallowmere",
        "Hi Alex,\n\nYour interviews are confirmed.\n\nTuesday, March 17, 2026\n10:00 - 10:45 "
        "ET · Ursula Brandvold · Technical interview\n10:45 - 11:30 ET · Teo Marsh · Hiring "
        "manager\n\nScheduled by Wilma Ostrander on behalf of Tallowmere",
        ("Ursula Brandvold", "Teo Marsh"),
    ),
)

# --- A second sample: more labels, orders and guest lists ------------------------------------
SECOND: tuple[Probe, ...] = (
    p(
        "label_pronouns_ampersand",
        "Interviewers: Rhiannon Pryce (she/her) & Evander Quist (he/him)",
        ("Rhiannon Pryce", "Evander Quist"),
    ),
    p(
        "your_host_for_the_day_is",
        "Your host for the day is Leopold Ashcombe, our Head of Engineering.",
        ("Leopold Ashcombe",),
    ),
    p(
        "will_be_on_the_panel",
        "Isolde Brannigan, Ferris Oduya and Wilhelmina Ng will be on the panel.",
        ("Isolde Brannigan", "Ferris Oduya", "Wilhelmina Ng"),
    ),
    p(
        "on_the_panel_label",
        "On the panel: Cosmo Feltham (CFO), Adaeze Obi (Head of FP&A)",
        ("Cosmo Feltham", "Adaeze Obi"),
    ),
    p(
        "meeting_with_colon_dash_lines",
        "You'll be meeting with:\nHortensia Blake – VP Marketing\nDamian Kovač – Brand Lead",
        ("Hortensia Blake", "Damian Kovač"),
    ),
    p(
        "repeated_interviewer_label_per_session",
        "Session 1: Coding (10:00 - 10:45)\nInterviewer: Fintan Albright\n\nSession 2: System "
        "design (11:00 - 11:45)\nInterviewer: Priyanka Deshpande",
        ("Fintan Albright", "Priyanka Deshpande"),
    ),
    p(
        "panelists_label",
        "Panelists: Sigrun Halvorsen, Obadiah Mensah",
        ("Sigrun Halvorsen", "Obadiah Mensah"),
    ),
    p(
        "conversation_led_by",
        "The conversation will be led by Marguerite Fontaine, Director of Strategy.",
        ("Marguerite Fontaine",),
    ),
    p(
        "square_bracket_pronouns",
        "You'll be speaking with Tamsin Oyelaran [she/her] and Bram de Vries [he/him].",
        ("Tamsin Oyelaran", "Bram de Vries"),
    ),
    p(
        "initials_given_names",
        "You'll meet A. J. Mensah (Plant Director) and R. K. Narayan (QA Manager).",
        ("A. J. Mensah", "R. K. Narayan"),
    ),
    p(
        "family_comma_given_list",
        "Interviewers: O'Neil-Brady, Mary-Kate; Alvarez, Jorge",
        ("Mary-Kate O'Neil-Brady", "Jorge Alvarez"),
    ),
    p(
        "profile_line_below_name",
        "Your interviewer:\nCelestine Moreau, Head of Growth\nProfile: "
        "https://www.linkedin.com/in/celestinemoreau",
        ("Celestine Moreau",),
    ),
    p(
        "es_tus_entrevistadores_seran",
        "Tus entrevistadores serán Begoña Arrieta y Mateo Olaizola.",
        ("Begoña Arrieta", "Mateo Olaizola"),
        "es",
    ),
    p(
        "es_participaran",
        "Participarán en la entrevista Ximena Cortés (CTO) y Diego Barrientos (Tech Lead).",
        ("Ximena Cortés", "Diego Barrientos"),
        "es",
    ),
    p(
        "fr_vous_serez_recu_par",
        "Vous serez reçu(e) par Maëlle Guérin et Bastien Roux.",
        ("Maëlle Guérin", "Bastien Roux"),
        "fr",
    ),
    p(
        "fr_en_presence_de",
        "L'entretien se déroulera en présence de Mme Solange Carpentier, directrice juridique.",
        ("Solange Carpentier",),
        "fr",
    ),
    p(
        "de_seitens_nehmen_teil",
        "Seitens Elbwerk nehmen Herr Joachim Brinkmann und Frau Leyla Demir teil.",
        ("Joachim Brinkmann", "Leyla Demir"),
        "de",
    ),
    p(
        "de_teilnehmende_label",
        "Teilnehmende: Frau Dr. Hedwig Paulsen, Herr Nils Ohlendorf",
        ("Hedwig Paulsen", "Nils Ohlendorf"),
        "de",
    ),
    p(
        "de_dr_med_title",
        "Ihr Gesprächspartner ist Herr Dr. med. Falk Rosenthal, Chefarzt der Kardiologie.",
        ("Falk Rosenthal",),
        "de",
    ),
    p(
        "two_word_given_dash_title",
        "You'll be speaking with Anna Maria Castellucci – Head of Quality.",
        ("Anna Maria Castellucci",),
    ),
    _invite(
        "ics_outlook_family_comma_given_cn",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (att("Alvarez\\, Jorge", "jorge.alvarez@tallowmere.example"),),
            "Technical interview with Jorge Alvarez (Staff Engineer).",
        ),
        ("Jorge Alvarez",),
    ),
    _invite(
        "ics_local_part_cn_named_in_description",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (att("seraphine.oduya", "seraphine.oduya@tallowmere.example"),),
            "Interview with Seraphine Oduya, Product Director.",
        ),
        ("Seraphine Oduya",),
    ),
    ats(
        "ashby_interviewers_pronouns_lines",
        "Tallowmere <no-reply@ashbyhq.com>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview is confirmed.\n\nWhen: Tuesday, March 17, 2026, 10:00 - "
        "11:00 AM EDT\n\nInterviewers\nNoor Haddad (she/her) - Staff Engineer\nIvo Petrov "
        "(he/him) - Engineering Manager\n\nPowered by Ashby",
        ("Noor Haddad", "Ivo Petrov"),
    ),
    ats(
        "workday_interviewers_semicolon_titles",
        "Tallowmere <tallowmere@myworkday.com>",
        "Interview Scheduled",
        "Dear Alex Morgan,\n\nInterview Date: 03/17/2026\nStart Time: 10:00 AM EDT\n"
        "Interviewer(s): Hollis Grant, Director; Marisol Ybarra, Manager\n\nThis is a "
        "system-generated message.",
        ("Hollis Grant", "Marisol Ybarra"),
    ),
    p(
        "de_oberaerztin_title_after_name",
        "Ihre Gesprächspartnerin ist Frau Dr. Ilse Kramer, Oberärztin der Neurologie.",
        ("Ilse Kramer",),
        "de",
    ),
    p(
        "rows_title_then_city_and_pronouns",
        "10:00 | Solveig Brekke - Head of Risk (Bergen)\n11:00 | Tarquin Howe, CFO (he/him)",
        ("Solveig Brekke", "Tarquin Howe"),
    ),
    p(
        "interview_numbered_name_then_time",
        "Interview 1: Rosalind Achebe (10:00)\nInterview 2: Caspar Lindholm (11:00)",
        ("Rosalind Achebe", "Caspar Lindholm"),
    ),
)

INTERVIEWS: tuple[Probe, ...] = (
    *TABLES,
    *HTML,
    *BULLETS,
    *INTRO,
    *SIGNED,
    *NOTICES,
    *GERMAN,
    *FRENCH,
    *SPANISH,
    *CALENDAR,
    *NEIGHBOURS,
    *SECOND,
)

# --- Traps: named, but no interviewer -------------------------------------------------------
U = "Ursula Brandvold"
TRAPS: tuple[Probe, ...] = (
    p(
        "trap_coordinator_signs_table",
        "Your schedule:\n10:00  Ursula Brandvold (Head of Data)\n\nI'm coordinating the day, "
        "so reach out to me with any questions.",
        (U,),
        role="Recruiting Coordinator, Tallowmere",
    ),
    p(
        "trap_cc_recruiter_arranges",
        "You'll meet Ursula Brandvold. I've copied Greta Holm, who arranged the travel.",
        (U,),
    ),
    p(
        "trap_user_full_name_greeting",
        "Alex Morgan - you'll be speaking with Ursula Brandvold.",
        (U,),
    ),
    p(
        "trap_founded_by",
        "You'll meet Ursula Brandvold. Tallowmere was founded by Lionel Marchbank in 2009.",
        (U,),
    ),
    p(
        "trap_previous_candidate",
        "You'll meet Ursula Brandvold. The last person in this role, Devon Ashcroft, moved to "
        "our Paris office.",
        (U,),
    ),
    p(
        "trap_ask_for_at_reception",
        "You'll meet Ursula Brandvold. When you arrive, ask for Tilda Moreno at reception.",
        (U,),
    ),
    p(
        "trap_room_named_after_person",
        "You'll meet Ursula Brandvold in the Ada Lovelace room on the 3rd floor.",
        (U,),
    ),
    p(
        "trap_product_name",
        "You'll meet Ursula Brandvold, who will also demo Penny Ledger, our bookkeeping app.",
        (U,),
    ),
    p(
        "trap_senders_assistant",
        "You'll meet Ursula Brandvold. My assistant, Harriet Cole, will send the calendar "
        "invitation.",
        (U,),
    ),
    p(
        "trap_agency_consultant_signs",
        "I'm pleased to confirm your interview with my client. You'll meet Ursula Brandvold, "
        "their Head of Data. I'll call you beforehand to prepare.",
        (U,),
        role="Senior Consultant, Northgate Recruitment",
    ),
    p(
        "trap_will_be_in_touch",
        "You'll meet Ursula Brandvold. Afterwards, Lorcan Doyle will be in touch about next steps.",
        (U,),
    ),
    p(
        "trap_html_table_checkin_lunch",
        "",
        (U,),
        when=False,
        html=f"<p>Hi Alex,</p><p>Your interview on {DAY} is confirmed.</p><table><tr><td>9:45"
        "</td><td>Check-in at reception</td></tr><tr><td>10:00</td><td>Ursula Brandvold, Head "
        "of Data</td></tr><tr><td>11:00</td><td>Lunch in the Grace Hopper Cafe</td></tr>"
        "</table><p>Jordan Blake</p>",
        html_only=True,
    ),
    p(
        "trap_bullet_break_wrapup",
        "• 10:00 – Ursula Brandvold, Head of Data\n• 10:45 – Break\n• 11:00 – Wrap-up with "
        "Recruiting",
        (U,),
    ),
    p(
        "trap_building_named",
        "You'll meet Ursula Brandvold at the Ada Lovelace Building, 5 King Street.",
        (U,),
    ),
    p(
        "trap_marie_curie_room_table",
        "10:00  Ursula Brandvold (Head of Data)\nLocation: Marie Curie meeting room",
        (U,),
    ),
    p(
        "trap_coordinator_pronouns_signs",
        "Your interviewer will be Ursula Brandvold (she/her), Head of Data.",
        (U,),
        role="(she/her) Recruiting Coordinator",
    ),
    p(
        "trap_panel_label_then_contact",
        "Panel: Ursula Brandvold\nContact: Nadia Ferris (Recruiting Coordinator)",
        (U,),
    ),
    p(
        "trap_referrer_thanks",
        "You'll meet Ursula Brandvold. Thanks again to Maren Ekdahl for referring you.",
        (U,),
    ),
    p(
        "trap_ceo_recent_talk",
        "You'll meet Ursula Brandvold. Our CEO, Bartholomew Kane, spoke about this team at "
        "last week's all-hands.",
        (U,),
    ),
    p(
        "trap_linkedin_company_page",
        "You'll meet Ursula Brandvold. Learn more about us at linkedin.com/company/tallowmere.",
        (U,),
    ),
    p(
        "trap_interviewers_label_then_host_team",
        "Interviewers: Ursula Brandvold\nHost: Tallowmere Recruiting Team",
        (U,),
    ),
    p(
        "trap_de_empfang_fragen",
        "Ihre Gesprächspartnerin ist Frau Ursula Brandvold. Bitte melden Sie sich bei Frau "
        "Petra Lange am Empfang.",
        (U,),
        "de",
    ),
    p(
        "trap_de_bei_fragen",
        "Ihre Gesprächspartnerin ist Frau Ursula Brandvold. Bei Fragen wenden Sie sich gerne "
        "an Herrn Malte Krüger.",
        (U,),
        "de",
    ),
    p(
        "trap_fr_accueil_demandez",
        "Vous rencontrerez Ursula Brandvold. À l'accueil, demandez Mme Solène Perrin.",
        (U,),
        "fr",
    ),
    p(
        "trap_fr_question_contactez",
        "Vous rencontrerez Ursula Brandvold. Pour toute question, contactez Mme Aurélie Bonnet.",
        (U,),
        "fr",
    ),
    p(
        "trap_es_pregunta_recepcion",
        "Te entrevistará Ursula Brandvold. Pregunta por Inés Calvo en recepción.",
        (U,),
        "es",
    ),
    p(
        "trap_es_dudas_escribe",
        "Te entrevistará Ursula Brandvold. Cualquier duda, escribe a Raquel Soto (RR. HH.).",
        (U,),
        "es",
    ),
    p(
        "trap_es_fundada_por",
        "Te entrevistará Ursula Brandvold. La empresa fue fundada por Ernesto Salinas en 1998.",
        (U,),
        "es",
    ),
    ats(
        "trap_goodtime_on_behalf_coordinator",
        "Tallowmere Recruiting <scheduling@goodtime.io>",
        "Your interview schedule: Tallowmere",
        "Hi Alex,\n\nYour interview is confirmed.\n\nTuesday, March 17, 2026\n10:00 - 10:45 "
        "ET · Ursula Brandvold · Technical interview\n\nScheduled by Wilma Ostrander on behalf "
        "of Tallowmere",
        (U,),
    ),
    ats(
        "trap_workday_recruiter_field",
        "Tallowmere <tallowmere@myworkday.com>",
        "Interview Scheduled",
        "Dear Alex Morgan,\n\nInterview Date: 03/17/2026\nStart Time: 10:00 AM EDT\nInterviewer:"
        " Ursula Brandvold\nRecruiter: Ferdinand Oakes\n\nThis is a system-generated message.",
        (U,),
    ),
    _invite(
        "trap_ics_coordinator_organiser_not_in_description",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (att(U, "ursula@tallowmere.example"),),
            "Interview with Ursula Brandvold (Head of Data). Coordinator: Priya Ramaswamy.",
        ),
        (U,),
    ),
    _invite(
        "trap_ics_room_and_list_only_extra",
        COORD,
        "Hi Alex, invitation attached. Priya, Recruiting Coordinator",
        _ics(
            "CN=Priya Ramaswamy:mailto:priya.r@tallowmere.example",
            (
                att(U, "ursula@tallowmere.example"),
                att("Turing Room", "turing@resource.tallowmere.example", cutype="ROOM"),
                att("Interview Panel DL", "panel-dl@tallowmere.example", cutype="GROUP"),
            ),
            "Interview with Ursula Brandvold.",
        ),
        (U,),
    ),
    p(
        "trap_named_after_turing_room",
        "Your interviewer will be Ursula Brandvold. We'll be in Turing, the room named after "
        "Alan Turing, on level 2.",
        (U,),
    ),
    p(
        "trap_sig_coordinator_interviewing_you",
        "Ursula Brandvold will be interviewing you.\n\nBest,\nRosalie Dunmore\nRecruiting "
        "Coordinator",
        (U,),
        sign=False,
        sender="Rosalie Dunmore <rosalie@tallowmere.example>",
    ),
    p(
        "trap_agency_sig_client_panel",
        "Your interviewers are Ursula Brandvold and Teo Marsh at my client.\n\nKind regards,\n"
        "Gavin Pryce\nPrincipal Consultant, Harbourline Search",
        (U, "Teo Marsh"),
        sign=False,
        sender="Gavin Pryce <gavin@harbourlinesearch.example>",
    ),
    p(
        "trap_previous_interview_with",
        "Thanks for your time with Conrad Bell last week. For the next round, your interviewer "
        "will be Ursula Brandvold.",
        (U,),
    ),
    p(
        "trap_security_desk_badge",
        "Your interviewer will be Ursula Brandvold. Security (Tom Reyes) will print your badge.",
        (U,),
    ),
    p(
        "trap_assistant_to_interviewer",
        "Your interviewer will be Ursula Brandvold. Her assistant, Imelda Cruz, may call to "
        "confirm.",
        (U,),
    ),
    p(
        "trap_panel_table_with_user",
        "Time     Who\n10:00    Ursula Brandvold (Head of Data)\n11:00    Alex Morgan - "
        "presentation",
        (U,),
    ),
    p(
        "trap_fr_fondee_par",
        "Vous rencontrerez Ursula Brandvold. Quai Bleu a été fondée par Armand Texier.",
        (U,),
        "fr",
    ),
    p(
        "trap_double_space_gaps_in_sentence",
        "You'll meet Ursula Brandvold  and  Teo Marsh.  Ask for Dana Holt  at  reception.",
        (U, "Teo Marsh"),
    ),
    p(
        "trap_wrapped_prose_double_spaces",
        "Thanks again for your time last week.  The team enjoyed it and would like to see\n"
        "you again.  For the second round you'll meet Ursula Brandvold and Teo Marsh on\n"
        "site.  Dana Holt at reception will sign you in when you arrive.",
        (U, "Teo Marsh"),
    ),
    p(
        "trap_time_row_place_only",
        "You'll meet Ursula Brandvold.\n\n09:45    Main Lobby\n10:00    Interview\n"
        "11:00    Blue Cafe",
        (U,),
    ),
    p(
        "trap_bullets_then_coordinator_signature",
        "Your interviewers:\n- Ursula Brandvold (Head of Data)\n- Teo Marsh (Staff Engineer)"
        "\n\nNadia Ferris\nRecruiting Coordinator",
        (U, "Teo Marsh"),
        sign=False,
        sender="Nadia Ferris <nadia@tallowmere.example>",
    ),
    p(
        "trap_seen_by_lowercase_role",
        "You'll meet Ursula Brandvold. On arrival you'll be seen by our receptionist.",
        (U,),
    ),
    p(
        "trap_es_participacion_del_equipo",
        "Te entrevistará Ursula Brandvold, con la participación del equipo de datos.",
        (U,),
        "es",
    ),
    p(
        "trap_de_lernen_team_kennen",
        "Ihre Gesprächspartnerin ist Frau Ursula Brandvold. Danach lernen Sie das Team kennen.",
        (U,),
        "de",
    ),
    p(
        "trap_linkedin_of_recruiter",
        "You'll meet Ursula Brandvold. I'm Nadia Ferris (linkedin.com/in/nadiaferris), your "
        "recruiting coordinator.",
        (U,),
    ),
    p(
        "trap_host_is_coordinator_then_meet",
        "Your host for the day is our recruiting coordinator, Nadia Ferris. You'll meet "
        "Ursula Brandvold at 10:00.",
        (U,),
    ),
    p(
        "trap_session_label_with_time_then_team",
        "Session 1: Welcome (9:30 - 10:00)\nSession 2: Interview with Ursula Brandvold",
        (U,),
    ),
    p(
        "trap_de_chefarzt_of_other_ward",
        "Ihre Gesprächspartnerin ist Frau Ursula Brandvold. Der Chefarzt der Kardiologie, "
        "Herr Prof. Lutz Wegner, lässt herzlich grüßen.",
        (U,),
        "de",
    ),
    p(
        "trap_aligned_signature_columns",
        "Your interviewer will be Ursula Brandvold (Head of Data).\n\nNadia Ferris    "
        "Recruiting Coordinator    +1 555 0100\nTallowmere    200 Pine St    New York",
        (U,),
        sign=False,
        sender="Nadia Ferris <nadia@tallowmere.example>",
    ),
    p(
        "trap_time_row_ask_for_receptionist",
        "You'll meet Ursula Brandvold.\n\n09:45    Arrival at reception    Ask for Dana Holt\n"
        "10:00    Interview    Ursula Brandvold",
        (U,),
    ),
    p(
        "trap_time_led_prose_double_space",
        "You'll meet Ursula Brandvold.\n\n10:00  is when we start; Dana Holt at the front desk "
        "will greet you.",
        (U,),
    ),
    p(
        "trap_single_row_place_then_interview",
        "You'll meet Ursula Brandvold.\n\n10:00 - 10:45 · Harbour View · Technical interview",
        (U,),
    ),
    p(
        "trap_single_row_room_then_interview",
        "You'll meet Ursula Brandvold.\n\n10:00 - 10:45 · Meeting Room 3 · Technical interview",
        (U,),
    ),
    p(
        "trap_single_row_lobby_then_interview",
        "You'll meet Ursula Brandvold.\n\n10:00 - 10:45 · Main Lobby · Interview",
        (U,),
    ),
    p(
        "trap_rows_place_comma_floor_city",
        "You'll meet Ursula Brandvold.\n\n09:45 | Reception, Ground Floor (Oslo)\n"
        "10:00 | Harbour View, Level 3 (Oslo)",
        (U,),
    ),
    p(
        "trap_rows_recruiter_hosts_welcome_note",
        "Schedule\n9:00 AM   Nadia Ferris, Talent Acquisition (welcome & tour)\n9:30 AM   "
        "Ursula Brandvold, VP Digital\n10:30 AM  Teo Marsh, Director of Merchandising",
        (U, "Teo Marsh"),
    ),
)

# Probes still read wrongly; a fix makes its test pass and the strict mark fail.
GAPS: dict[str, str] = {
    "trap_goodtime_on_behalf_coordinator": (
        "one itinerary row 'time · Jane Roe · Technical interview' alone: a lone full name in a"
        " row counts only on two rows or more; tried and not landed, since one row may be"
        " 'time · Harbour View · Technical interview' (a place that reads as a name)"
    ),
    "session_numbered_rows": (
        "'Session 1 (10:00) Coding: Jane Roe, Title' rows: a row read only when a time opens it"
        " or it is a session and its person; a numbered label with a bracketed time is neither"
    ),
}


def marked(probes: tuple[Probe, ...]) -> list[object]:
    """Probes as parameters, the open gaps marked as expected failures."""
    return [
        pytest.param(v, id=v.key, marks=pytest.mark.xfail(strict=True, reason=GAPS[v.key]))
        if v.key in GAPS
        else pytest.param(v, id=v.key)
        for v in probes
    ]


def test_enough_probes() -> None:
    """At least 100 variants and 40 traps, each key unique."""
    keys = [v.key for v in (*INTERVIEWS, *TRAPS)]
    assert len(INTERVIEWS) >= 100 and len(TRAPS) >= 40
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("probe", marked(INTERVIEWS + TRAPS))
def test_probe_names(probe: Probe) -> None:
    """The probe is an interview and its interviewers are exactly the people named to meet."""
    u = read(probe)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert found(u) == {n.lower() for n in probe.names}
