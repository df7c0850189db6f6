"""Probe mail for names round 8: titles before names, co-writers, agendas, guests, shapes.

Written from scratch for these tests (invented people and companies under reserved names),
none copied from an evaluation set. Each probe is an interview confirmation and states
exactly the people the user meets, titles ("Dr.", "Frau", "M.") dropped, given name first;
an interviewer known only by an address is written as that address (no name is guessed
from it). The families: a job title before the name ("our VP of Engineering Ken Ward",
"unser Teamleiter Herr Jan Vogt"), writers who interview with a colleague ("Mein Kollege
Felix Braun und ich") and co-signed closings, agendas whose cells name no one ("Lunch",
"Mittagessen", "Q&A"), calendar guests who do not interview (coordinator, room, team alias,
the user, a shadow), names with particles, hyphens, apostrophes, non-ASCII letters, MIME
encoded words and "Family, Given" order, address-only interviewers, and forwarded ATS
confirmations. The traps name people who do not interview, who must not be found.
"""

from __future__ import annotations

from .names_round7_probes import NY, Probe, att, cal

BER, PAR, MAD, LON = "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/London"


def fwd(note: str, sender: str, subject: str, body: str, gmail: bool = True) -> str:
    """A forwarder's note above a forwarded message, as Gmail or Outlook writes it."""
    if gmail:
        head = (
            f"---------- Forwarded message ---------\nFrom: {sender}\n"
            f"Date: Mon, Mar 9, 2026 at 8:12 AM\nSubject: {subject}\n"
        )
    else:
        head = (
            f"________________________________\nFrom: {sender}\n"
            f"Sent: Monday, March 9, 2026 8:12 AM\nSubject: {subject}\n"
        )
    return f"{note}\n\n{head}\n{body}"


# --- A job title before the name ----------------------------------------------------------
TITLED: tuple[Probe, ...] = (
    Probe(
        "title_the_director_comma",
        "Talent Team <talent@brightwater-logistics.example>",
        "Interview confirmation - Operations Analyst",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 2:00 PM ET will be with the Director "
        "of Operations, Kenneth Ward, and our Senior Analyst, Mirela Popescu.\n\nBrightwater "
        "Talent Team",
        ("Kenneth Ward", "Mirela Popescu"),
    ),
    Probe(
        "title_our_vp_no_comma",
        "Hiring <hiring@lattice-forge.example>",
        "Your interview with Lattice Forge",
        "Hi Alex,\n\nYou'll be meeting our VP of Engineering Desmond Achebe and Staff Engineer "
        "Lena Fischer on Wednesday, March 18 at 10:00 AM ET. The Zoom link is below.\n\n"
        "https://latticeforge.zoom.us/j/5550002222",
        ("Desmond Achebe", "Lena Fischer"),
    ),
    Probe(
        "title_head_of_will_join",
        "Recruiting <recruiting@northkite.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview is confirmed for Thursday, March 19 at 1:00 PM ET with Omar "
        "Haddad. Head of Data Priya Nair will join for the last 20 minutes.\n\nNorthkite "
        "Recruiting",
        ("Omar Haddad", "Priya Nair"),
    ),
    Probe(
        "title_with_engineering_manager",
        "Carla Benton <carla.benton@tidewell.example>",
        "Technical interview - Friday",
        "Hi Alex,\n\nThis confirms your technical interview with Engineering Manager Tomás Ruiz "
        "on Friday, March 20 at 11:00 AM ET. I coordinate the schedule, so write to me if "
        "anything changes.\n\nCarla Benton\nRecruiting Coordinator",
        ("Tomás Ruiz",),
    ),
    Probe(
        "title_cto_will_interview",
        "People Ops <people@quarrytech.example>",
        "Interview - Platform Engineer",
        "Hi Alex,\n\nChief Technology Officer Hannah Lindqvist will interview you on Monday, March "
        "16 at 4:00 PM ET over Google Meet.\n\nQuarrytech People Ops",
        ("Hannah Lindqvist",),
    ),
    Probe(
        "title_two_commas_will_interview",
        "Careers <careers@meridian-cap.example>",
        "Interview invitation confirmed",
        "Dear Alex,\n\nOur Head of People, Grace Obi, and our CFO, Martin Keane, will interview "
        "you on Tuesday, March 17 at 9:30 AM ET at our Midtown office.\n\nMeridian Capital "
        "Careers",
        ("Grace Obi", "Martin Keane"),
    ),
    Probe(
        "title_the_hiring_manager_comma",
        "Recruiting <jobs@ferrous-labs.example>",
        "Interview details",
        "Hi Alex,\n\nYou'll speak with the hiring manager, Dana Whitfield, on Wednesday, March 18 "
        "at 3:00 PM ET. Expect a 45-minute conversation about your recent projects.",
        ("Dana Whitfield",),
    ),
    Probe(
        "title_pair_will_be_your_interviewers",
        "Recruiting <jobs@sundial-health.example>",
        "Interview scheduled",
        "Hi Alex,\n\nSenior Product Manager Ifeoma Adeyemi and Principal Designer Jonas Ek will "
        "be your interviewers on Thursday, March 19 at 11:00 AM ET.",
        ("Ifeoma Adeyemi", "Jonas Ek"),
    ),
    Probe(
        "title_interviewing_you_will_be",
        "Recruiting <jobs@coppergate.example>",
        "Interview confirmation",
        "Hi Alex,\n\nThank you for confirming. Interviewing you on Friday, March 20 at 10:00 AM "
        "ET will be our Director of Finance, Bolanle Adeyinka.",
        ("Bolanle Adeyinka",),
    ),
    Probe(
        "title_uk_dr_and_our_lab_manager",
        "Research Recruitment <recruitment@fenwick-bio.example>",
        "Interview - Research Scientist",
        "Dear Sam,\n\nI am pleased to confirm your interview on Wednesday 18 March at 14:00. You "
        "will meet Dr Helen Marsh, Head of Research, and our Lab Manager Tom Reilly.\n\nKind "
        "regards,\nFenwick Bio Recruitment",
        ("Helen Marsh", "Tom Reilly"),
        user="uk",
    ),
    Probe(
        "title_de_teamleiter_herr",
        "Personal <personal@nordlicht-werke.example>",
        "Ihr Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nIhr Vorstellungsgespräch am Dienstag, 17. März 2026 um "
        "10:00 Uhr führt unser Teamleiter Herr Jan Vogt gemeinsam mit unserer Personalreferentin "
        "Frau Sabine Krüger.\n\nMit freundlichen Grüßen\nNordlicht Werke Personal",
        ("Jan Vogt", "Sabine Krüger"),
        user="de",
    ),
    Probe(
        "title_de_sie_treffen_bereichsleiterin",
        "Recruiting <recruiting@hafenblick.example>",
        "Einladung zum Gespräch",
        "Hallo Herr Weber,\n\nwir bestätigen Ihr Vorstellungsgespräch am Mittwoch, 18.03.2026, "
        "um 14:30 Uhr. Sie treffen unsere Bereichsleiterin Dr. Miriam Hoffmann und den "
        "Abteilungsleiter IT, Herrn Stefan Kaiser.\n\nViele Grüße\nIhr Recruiting-Team",
        ("Miriam Hoffmann", "Stefan Kaiser"),
        user="de",
    ),
    Probe(
        "title_de_gespraechspartner_ist",
        "Bewerbermanagement <bewerbung@kranich-software.example>",
        "Terminbestätigung Vorstellungsgespräch",
        "Guten Tag Herr Weber,\n\nhiermit bestätigen wir Ihren Termin zum Vorstellungsgespräch am "
        "Donnerstag, 19. März 2026, 11:00 Uhr. Ihr Gesprächspartner ist unser Geschäftsführer "
        "Herr Lukas Brandt.\n\nFreundliche Grüße\nKranich Software GmbH",
        ("Lukas Brandt",),
        user="de",
    ),
    Probe(
        "title_fr_directrice_technique",
        "Recrutement <recrutement@ardoise-numerique.example>",
        "Confirmation de votre entretien",
        "Bonjour Camille,\n\nNous vous confirmons votre entretien le mardi 17 mars à 15h00. Vous "
        "rencontrerez notre directrice technique, Mme Claire Petit, ainsi que notre responsable "
        "RH, M. Olivier Garnier.\n\nL'équipe Recrutement",
        ("Claire Petit", "Olivier Garnier"),
        user="fr",
    ),
    Probe(
        "title_fr_se_deroulera_avec_le_directeur",
        "Recrutement <recrutement@vigneron-distribution.example>",
        "Votre entretien d'embauche",
        "Bonjour Camille,\n\nVotre entretien d'embauche aura lieu le jeudi 19 mars à 10h30 dans "
        "nos locaux de Lyon. L'entretien se déroulera avec le directeur commercial, Julien "
        "Mercier.\n\nCordialement,\nService Recrutement",
        ("Julien Mercier",),
        user="fr",
    ),
    Probe(
        "title_fr_avec_notre_drh",
        "Recrutement <rh@maison-orge.example>",
        "Entretien confirmé",
        "Bonjour Camille,\n\nJe vous confirme votre entretien du mercredi 18 mars à 9h30 avec "
        "notre DRH Sophie Lambert et notre chef de projet Karim Haddad.\n\nBien à vous,\n"
        "Maison Orge",
        ("Sophie Lambert", "Karim Haddad"),
        user="fr",
    ),
    Probe(
        "title_es_jefa_de_producto",
        "Selección <seleccion@brisa-digital.example>",
        "Confirmación de entrevista",
        "Hola Pablo,\n\nTe confirmamos la entrevista el miércoles 18 de marzo a las 16:00. Te "
        "entrevistarán nuestra jefa de producto, Lucía Romero, y el director técnico, Andrés "
        "Molina.\n\nUn saludo,\nEquipo de Selección",
        ("Lucía Romero", "Andrés Molina"),
        user="es",
    ),
    Probe(
        "title_es_sera_con_responsable",
        "RRHH <rrhh@olivar-tech.example>",
        "Entrevista técnica",
        "Hola Pablo,\n\nLa entrevista técnica del jueves 19 de marzo a las 10:30 será con nuestro "
        "responsable de ingeniería Javier Ortega.\n\nSaludos,\nRRHH Olivar",
        ("Javier Ortega",),
        user="es",
    ),
)

# --- Writers who interview, co-writers and co-signed closings ------------------------------
WRITERS: tuple[Probe, ...] = (
    Probe(
        "writer_de_mein_kollege_und_ich",
        "Katrin Schulz <katrin.schulz@elbtal-finanz.example>",
        "Unser Gespräch am Donnerstag",
        "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Controller. Mein Kollege "
        "Felix Braun und ich freuen uns auf das Gespräch mit Ihnen am Donnerstag, 19. März 2026 "
        "um 14:00 Uhr in unserem Büro.\n\nMit freundlichen Grüßen\nKatrin Schulz\n"
        "Teamleiterin Controlling",
        ("Katrin Schulz", "Felix Braun"),
        user="de",
    ),
    Probe(
        "writer_fr_ma_collegue_et_moi",
        "Thomas Girard <thomas.girard@lumen-conseil.example>",
        "Votre entretien mardi",
        "Bonjour Camille,\n\nMa collègue Inès Roux et moi serons ravis de vous rencontrer mardi "
        "17 mars à 15h00 pour votre entretien pour le poste de data analyst.\n\nCordialement,\n"
        "Thomas Girard\nResponsable Data",
        ("Thomas Girard", "Inès Roux"),
        user="fr",
    ),
    Probe(
        "writer_es_mi_companero_y_yo",
        "Elena Vidal <elena.vidal@cobalto-ingenieria.example>",
        "Entrevista el miércoles",
        "Hola Pablo,\n\nGracias por tu interés. Mi compañero Diego Sanz y yo te entrevistaremos el "
        "miércoles 18 de marzo a las 12:00 por videollamada.\n\nUn saludo,\nElena Vidal\n"
        "Jefa de Proyectos",
        ("Elena Vidal", "Diego Sanz"),
        user="es",
    ),
    Probe(
        "writer_cosigned_ampersand",
        "Rowena Blake <rowena@kitewire.example>",
        "Interview on Thursday",
        "Hi Alex,\n\nWe're looking forward to interviewing you on Thursday, March 19 at 3:00 PM "
        "ET over Zoom. We'll both be on the call.\n\nBest,\nRowena Blake & Imogen Tsai\n"
        "Founders, Kitewire",
        ("Rowena Blake", "Imogen Tsai"),
    ),
    Probe(
        "writer_cosigned_given_names_cc",
        "Rowena Blake <rowena@kitewire.example>",
        "Interview on Thursday",
        "Hi Alex,\n\nConfirming your interview on Thursday, March 19 at 3:00 PM ET. The two of us "
        "will interview you together.\n\nCheers,\nRowena and Imogen",
        ("Rowena Blake", "Imogen Tsai"),
        headers={"Cc": "Imogen Tsai <imogen@kitewire.example>"},
    ),
    Probe(
        "writer_cosigned_and_full_names",
        "Marcus Lee <marcus.lee@pinefold.example>",
        "Interview - Backend Engineer",
        "Hi Alex,\n\nPriya and I will interview you on Tuesday, March 17 at 1:00 PM ET. It's a "
        "one-hour technical conversation.\n\nThanks,\nMarcus Lee and Priya Raman",
        ("Marcus Lee", "Priya Raman"),
    ),
    Probe(
        "writer_en_my_colleague_and_i_look_forward",
        "Hana Kobayashi <hana.kobayashi@stillwater-analytics.example>",
        "Interview confirmation",
        "Dear Alex,\n\nThank you for confirming. My colleague Ahmed Saleh and I look forward to "
        "meeting you for your interview on Monday, March 16 at 11:00 AM ET.\n\nKind regards,\n"
        "Hana Kobayashi\nAnalytics Lead",
        ("Hana Kobayashi", "Ahmed Saleh"),
    ),
    Probe(
        "writer_de_gemeinsam_mit_kollegin",
        "Tobias Richter <tobias.richter@mainufer-it.example>",
        "Vorstellungsgespräch am Freitag",
        "Hallo Herr Weber,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Freitag, 20. März "
        "2026 um 9:00 Uhr. Gemeinsam mit meiner Kollegin Hanna Lorenz führe ich das Gespräch.\n\n"
        "Beste Grüße\nTobias Richter\nLeiter Softwareentwicklung",
        ("Tobias Richter", "Hanna Lorenz"),
        user="de",
    ),
    Probe(
        "writer_fr_avec_mon_collegue_nous",
        "Nadia Benali <nadia.benali@atlas-logistique.example>",
        "Entretien jeudi",
        "Bonjour Camille,\n\nJe vous confirme votre entretien le jeudi 19 mars à 11h00. Avec mon "
        "collègue Hugo Lefèvre, nous aurons le plaisir de vous recevoir dans nos locaux.\n\n"
        "Bien cordialement,\nNadia Benali\nResponsable Supply Chain",
        ("Nadia Benali", "Hugo Lefèvre"),
        user="fr",
    ),
    Probe(
        "writer_es_junto_con_mi_companera",
        "Raúl Medina <raul.medina@sierra-datos.example>",
        "Tu entrevista",
        "Hola Pablo,\n\nTe confirmo la entrevista el viernes 20 de marzo a las 9:30. Junto con mi "
        "compañera Carmen Ibáñez, seré quien te entreviste.\n\nSaludos,\nRaúl Medina\n"
        "Director de Datos",
        ("Raúl Medina", "Carmen Ibáñez"),
        user="es",
    ),
    Probe(
        "writer_given_name_and_i_cc",
        "Daniel Okoro <daniel.okoro@ridgeline-ai.example>",
        "Interview Wednesday",
        "Hi Alex,\n\nSofia and I will be interviewing you on Wednesday, March 18 at 2:00 PM ET. "
        "See you then!\n\nDaniel Okoro\nML Lead",
        ("Daniel Okoro", "Sofia Marin"),
        headers={"Cc": "Sofia Marin <sofia.marin@ridgeline-ai.example>"},
    ),
    Probe(
        "writer_de_cosigned_closing",
        "Julia Hartmann <julia.hartmann@isar-robotik.example>",
        "Ihr Gespräch bei Isar Robotik",
        "Hallo Jonas,\n\nwir freuen uns, dich am Dienstag, 17.03.2026, um 16:00 Uhr zum "
        "Vorstellungsgespräch zu treffen. Wir führen das Gespräch zu zweit.\n\nViele Grüße\n"
        "Julia Hartmann und Moritz Engel",
        ("Julia Hartmann", "Moritz Engel"),
        user="de",
    ),
)

# --- Agendas: cells that name no one -------------------------------------------------------
AGENDAS: tuple[Probe, ...] = (
    Probe(
        "agenda_pipe_table_breaks",
        "Recruiting <recruiting@helio-grid.example>",
        "Your onsite agenda",
        "Hi Alex,\n\nHere is your onsite agenda for Tuesday, March 17, 2026 (Eastern Time):\n\n"
        "| Time | Session | With |\n|---|---|---|\n| 10:00 | System design | Arjun Mehta |\n"
        "| 11:00 | Break | - |\n| 11:15 | Coding | Beatrix Holm |\n| 12:15 | Lunch | Team |\n"
        "| 13:00 | Q&A | Hiring panel |\n| 13:30 | Wrap-up | Recruiting |\n",
        ("Arjun Mehta", "Beatrix Holm"),
    ),
    Probe(
        "agenda_dash_list_with",
        "Recruiting <recruiting@quillon.example>",
        "Onsite schedule - Wednesday",
        "Hi Alex,\n\nYour onsite on Wednesday, March 18 (ET):\n\n- 10:00-10:45  Coding with Wen "
        "Zhao\n- 10:45-11:00  Break\n- 11:00-11:45  Architecture with Laszlo Farkas\n"
        "- 11:45-12:30  Lunch\n- 12:30-13:00  Office tour\n- 13:00-13:15  Wrap-up\n",
        ("Wen Zhao", "Laszlo Farkas"),
    ),
    Probe(
        "agenda_de_table_pause",
        "Recruiting <recruiting@spreewerk.example>",
        "Ihr Ablauf am Donnerstag",
        "Hallo Herr Weber,\n\nhier Ihr Ablauf für Donnerstag, 19.03.2026:\n\n"
        "09:30 - 10:15 | Fachgespräch | Jan Köhler\n10:15 - 10:30 | Pause | -\n"
        "10:30 - 11:15 | Fallstudie | Mareike Voss\n11:15 - 12:00 | Mittagessen | Team\n"
        "12:00 - 12:30 | Rundgang | -\n\nViele Grüße\nIhr Recruiting",
        ("Jan Köhler", "Mareike Voss"),
        user="de",
    ),
    Probe(
        "agenda_fr_lines_dejeuner",
        "Recrutement <recrutement@petrel-energie.example>",
        "Programme de votre journée d'entretiens",
        "Bonjour Camille,\n\nVoici le programme de vos entretiens le mardi 17 mars :\n\n"
        "10h00 - 10h45 : Entretien technique avec Lucie Garnier\n10h45 - 11h00 : Pause\n"
        "11h00 - 11h45 : Entretien manager avec Antoine Dubois\n12h00 - 13h00 : Déjeuner\n"
        "13h00 - 13h30 : Visite des locaux\n\nÀ bientôt,\nL'équipe Recrutement",
        ("Lucie Garnier", "Antoine Dubois"),
        user="fr",
    ),
    Probe(
        "agenda_es_lines_almuerzo",
        "Selección <seleccion@faro-sistemas.example>",
        "Agenda de tu jornada de entrevistas",
        "Hola Pablo,\n\nEsta es la agenda de tus entrevistas del jueves 19 de marzo:\n\n"
        "10:00 - 10:45 Entrevista técnica con Sergio Navarro\n10:45 - 11:00 Descanso\n"
        "11:00 - 11:45 Entrevista con Beatriz Lozano\n12:00 - 13:00 Almuerzo\n"
        "13:00 - 13:15 Preguntas y respuestas\n\nUn saludo,\nEquipo de Selección",
        ("Sergio Navarro", "Beatriz Lozano"),
        user="es",
    ),
    Probe(
        "agenda_session_dash_person",
        "Recruiting <recruiting@ochre-systems.example>",
        "Final round - Friday",
        "Hi Alex,\n\nYour final round is on Friday, March 20 starting at 10:00 AM ET:\n\n"
        "Coding - Ioana Stan (Senior Engineer)\nLunch - Team\nQ&A - Open floor\n"
        "System design - Kofi Mensah (Staff Engineer)\nWrap-up - Recruiting team\n",
        ("Ioana Stan", "Kofi Mensah"),
    ),
    Probe(
        "agenda_interviewer_column_lunch",
        "Recruiting <recruiting@emberline.example>",
        "Interview schedule",
        "Hi Alex,\n\nYour interviews on Monday, March 16 (ET):\n\n"
        "| Time | Interviewer | Focus |\n|---|---|---|\n| 9:00 AM | Rosalind Achterberg | "
        "Product sense |\n| 10:00 AM | Break | - |\n| 10:15 AM | Matteo Ricci | Analytics |\n"
        "| 11:15 AM | Lunch | - |\n| 12:00 PM | Team | Q&A |\n",
        ("Rosalind Achterberg", "Matteo Ricci"),
    ),
    Probe(
        "agenda_html_table_office_tour",
        "Recruiting <recruiting@saltmarsh.example>",
        "Your interview day",
        "",
        ("Naledi Dube", "Gunnar Berg"),
        html=(
            "<p>Hi Alex,</p><p>Your interview day is Tuesday, March 17, 2026 (Eastern Time):</p>"
            "<table><tr><th>Time</th><th>Session</th><th>Host</th></tr>"
            "<tr><td>9:30 AM</td><td>Welcome</td><td>Recruiting</td></tr>"
            "<tr><td>10:00 AM</td><td>Technical interview</td><td>Naledi Dube</td></tr>"
            "<tr><td>11:00 AM</td><td>Office tour</td><td>-</td></tr>"
            "<tr><td>11:30 AM</td><td>Manager interview</td><td>Gunnar Berg</td></tr>"
            "<tr><td>12:30 PM</td><td>Lunch</td><td>Team</td></tr></table>"
        ),
        html_only=True,
    ),
    Probe(
        "agenda_numbered_interview_labels",
        "Recruiting <recruiting@bramble-pay.example>",
        "Interview loop - Thursday",
        "Hi Alex,\n\nYour interview loop on Thursday, March 19 starts at 1:00 PM ET:\n\n"
        "Interview 1: Rahul Bose\nBreak\nInterview 2: Clara Nguyen\nQ&A: All\nWrap-up\n",
        ("Rahul Bose", "Clara Nguyen"),
    ),
    Probe(
        "agenda_de_list_kaffeepause",
        "Personal <personal@weserwind.example>",
        "Ablauf Ihres Vorstellungstages",
        "Sehr geehrter Herr Weber,\n\nanbei der Ablauf Ihres Vorstellungstages am Dienstag, "
        "17. März 2026:\n\n10:00 Uhr: Gespräch mit Frau Ulrike Behrens\n10:45 Uhr: Kaffeepause\n"
        "11:00 Uhr: Fachgespräch mit Herrn Dirk Lammers\n12:00 Uhr: Mittagessen mit dem Team\n"
        "13:00 Uhr: Bürorundgang\n\nMit freundlichen Grüßen\nWeserwind Personal",
        ("Ulrike Behrens", "Dirk Lammers"),
        user="de",
    ),
    Probe(
        "agenda_uk_rows_wrapup",
        "Recruitment <recruitment@harrowgate-legal.example>",
        "Assessment day timetable",
        "Dear Sam,\n\nYour assessment day is on Wednesday 18 March. Timetable:\n\n"
        "09:30  Arrival and welcome\n10:00  Partner interview - Dr Aoife Brennan\n"
        "11:00  Break\n11:15  Written exercise\n12:15  Lunch with trainees\n"
        "13:00  Associate interview - Callum Fraser\n14:00  Wrap-up\n\nKind regards,\n"
        "Graduate Recruitment",
        ("Aoife Brennan", "Callum Fraser"),
        user="uk",
    ),
    Probe(
        "agenda_team_interview_labels",
        "Recruiting <recruiting@nimbus-freight.example>",
        "Interview schedule for Friday",
        "Hi Alex,\n\nFriday, March 20 (ET):\n\n11:00 AM - Hiring manager interview: Svetlana "
        "Orlova\n12:00 PM - Team interview: Team\n1:00 PM - Lunch\n2:00 PM - Culture interview: "
        "Emeka Nwosu\n",
        ("Svetlana Orlova", "Emeka Nwosu"),
    ),
)

# --- Calendar guests: who interviews, who does not ----------------------------------------
GUESTS: tuple[Probe, ...] = (
    Probe(
        "guests_coordinator_sender_accepted",
        "Lydia Fairbanks <lydia.fairbanks@corvid-health.example>",
        "Invitation: Interview - Data Engineer @ Tue Mar 17, 2026 1pm - 2pm (EDT)",
        "Hi Alex,\n\nSending over the invitation for your interview. Let me know if you need "
        "anything.\n\nLydia Fairbanks\nRecruiting Coordinator, Corvid Health",
        ("Baptiste Lemaire", "Yara Haddad"),
        ics=cal(
            summary="Interview - Data Engineer",
            start="20260317T130000",
            end="20260317T140000",
            tzid=NY,
            organizer="CN=Lydia Fairbanks:mailto:lydia.fairbanks@corvid-health.example",
            attendees=(
                att(
                    "Lydia Fairbanks", "lydia.fairbanks@corvid-health.example", partstat="ACCEPTED"
                ),
                att("Baptiste Lemaire", "baptiste.lemaire@corvid-health.example"),
                att("Yara Haddad", "yara.haddad@corvid-health.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_team_alias",
        "Scheduling <scheduling@plover-labs.example>",
        "Invitation: Plover Labs - Onsite interview",
        "You have been invited to the following event: Plover Labs - Onsite interview.",
        ("Thandiwe Mokoena", "Piotr Zielinski"),
        ics=cal(
            summary="Plover Labs - Onsite interview",
            start="20260318T100000",
            end="20260318T120000",
            tzid=NY,
            organizer="CN=Plover Scheduling:mailto:scheduling@plover-labs.example",
            attendees=(
                att("Engineering Hiring", "eng-hiring@plover-labs.example", cutype="GROUP"),
                att("Thandiwe Mokoena", "thandiwe.mokoena@plover-labs.example"),
                att("Piotr Zielinski", "piotr.zielinski@plover-labs.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_team_alias_no_cutype",
        "Scheduling <scheduling@plover-labs.example>",
        "Invitation: Plover Labs - Phone screen",
        "You have been invited to the following event: Plover Labs - Phone screen.",
        ("Thandiwe Mokoena",),
        ics=cal(
            summary="Plover Labs - Phone screen",
            start="20260318T150000",
            end="20260318T153000",
            tzid=NY,
            organizer="CN=Plover Scheduling:mailto:scheduling@plover-labs.example",
            attendees=(
                att("Interview Team", "interview-team@plover-labs.example"),
                att("Thandiwe Mokoena", "thandiwe.mokoena@plover-labs.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_user_second_address",
        "Oskar Lindahl <oskar.lindahl@frostbyte.example>",
        "Invitation: Frostbyte interview",
        "Hi Alex, invitation attached for Thursday. I'll interview you with Mei.\n\nOskar",
        ("Oskar Lindahl", "Mei Takahashi"),
        ics=cal(
            summary="Frostbyte interview",
            start="20260319T140000",
            end="20260319T150000",
            tzid=NY,
            organizer="CN=Oskar Lindahl:mailto:oskar.lindahl@frostbyte.example",
            attendees=(
                att("Oskar Lindahl", "oskar.lindahl@frostbyte.example", partstat="ACCEPTED"),
                att("Mei Takahashi", "mei.takahashi@frostbyte.example"),
                att("Alex Morgan", "alex@morgan-dev.example"),
            ),
        ),
    ),
    Probe(
        "guests_shadow_optional",
        "Recruiting <recruiting@wavecrest.example>",
        "Invitation: Wavecrest - Product Manager interview",
        "Hi Alex,\n\nYour interview is with Farida Sultani. Lena Park will join as a shadow to "
        "take notes and won't ask questions.\n\nWavecrest Recruiting",
        ("Farida Sultani",),
        ics=cal(
            summary="Wavecrest - Product Manager interview",
            start="20260317T110000",
            end="20260317T120000",
            tzid=NY,
            organizer="CN=Wavecrest Recruiting:mailto:recruiting@wavecrest.example",
            attendees=(
                att("Farida Sultani", "farida.sultani@wavecrest.example"),
                att("Lena Park", "lena.park@wavecrest.example", role="OPT-PARTICIPANT"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_optional_who_interviews",
        "Recruiting <recruiting@wavecrest.example>",
        "Invitation: Wavecrest - Design interview",
        "Hi Alex,\n\nYour interview is with Farida Sultani; Marco Bellini will also interview "
        "you if his flight lands in time.\n\nWavecrest Recruiting",
        ("Farida Sultani", "Marco Bellini"),
        ics=cal(
            summary="Wavecrest - Design interview",
            start="20260318T110000",
            end="20260318T120000",
            tzid=NY,
            organizer="CN=Wavecrest Recruiting:mailto:recruiting@wavecrest.example",
            attendees=(
                att("Farida Sultani", "farida.sultani@wavecrest.example"),
                att("Marco Bellini", "marco.bellini@wavecrest.example", role="OPT-PARTICIPANT"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_rooms_without_cutype",
        "Gemma Kaur <gemma.kaur@ironbark.example>",
        "Invitation: Ironbark - final interview",
        "Hi Alex, calendar invitation attached.\n\nGemma",
        ("Gemma Kaur", "Lucas Ferreira"),
        ics=cal(
            summary="Ironbark - final interview",
            start="20260320T130000",
            end="20260320T140000",
            tzid=NY,
            organizer="CN=Gemma Kaur:mailto:gemma.kaur@ironbark.example",
            attendees=(
                att("Gemma Kaur", "gemma.kaur@ironbark.example", partstat="ACCEPTED"),
                att("Lucas Ferreira", "lucas.ferreira@ironbark.example"),
                att("Boardroom 3 (10)", "boardroom3@ironbark.example", cutype=None, role=None),
                att("Zoom Room - Kestrel", "zr-kestrel@ironbark.example", cutype=None, role=None),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_de_raum_and_hr_organizer",
        "Personalabteilung <personal@donau-pharma.example>",
        "Einladung: Vorstellungsgespräch Qualitätssicherung",
        "Sehr geehrter Herr Weber,\n\nanbei die Einladung zu Ihrem Vorstellungsgespräch. Ihre "
        "Gesprächspartnerin ist Frau Dr. Annette Gruber.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
        ("Annette Gruber",),
        user="de",
        ics=cal(
            summary="Vorstellungsgespräch Qualitätssicherung",
            start="20260318T100000",
            end="20260318T110000",
            tzid=BER,
            organizer="CN=Personalabteilung:mailto:personal@donau-pharma.example",
            attendees=(
                att("Gruber, Annette", "annette.gruber@donau-pharma.example"),
                att("Besprechungsraum Elbe", "raum-elbe@donau-pharma.example", cutype="ROOM"),
                att("Jonas Weber", "jonas.weber@web.de"),
            ),
        ),
    ),
    Probe(
        "guests_fr_salle_and_alias",
        "Service Recrutement <recrutement@orme-industrie.example>",
        "Invitation : Entretien - Ingénieur méthodes",
        "Bonjour Camille,\n\nVous trouverez ci-joint l'invitation pour votre entretien.\n\n"
        "Service Recrutement",
        ("Mathilde Perrin", "Yannick Le Bris"),
        user="fr",
        ics=cal(
            summary="Entretien - Ingénieur méthodes",
            start="20260319T140000",
            end="20260319T150000",
            tzid=PAR,
            organizer="CN=Service Recrutement:mailto:recrutement@orme-industrie.example",
            attendees=(
                att("Mathilde Perrin", "mathilde.perrin@orme-industrie.example"),
                att("Yannick Le Bris", "yannick.lebris@orme-industrie.example"),
                att("Salle Confluence", "salle.confluence@orme-industrie.example", cutype="ROOM"),
                att("Équipe Tech", "equipe-tech@orme-industrie.example", cutype="GROUP"),
                att("Camille Martin", "camille.martin@orange.fr"),
            ),
        ),
    ),
    Probe(
        "guests_es_sala_and_seleccion",
        "Selección <seleccion@almendro-bank.example>",
        "Invitación: Entrevista - Analista de riesgos",
        "Hola Pablo,\n\nTe enviamos la invitación para tu entrevista.\n\nEquipo de Selección",
        ("Rocío Fernández", "Álvaro Pizarro"),
        user="es",
        ics=cal(
            summary="Entrevista - Analista de riesgos",
            start="20260317T100000",
            end="20260317T110000",
            tzid=MAD,
            organizer="CN=Selección Almendro:mailto:seleccion@almendro-bank.example",
            attendees=(
                att("Rocío Fernández", "rocio.fernandez@almendro-bank.example"),
                att("Álvaro Pizarro", "alvaro.pizarro@almendro-bank.example"),
                att("Sala Goya (6)", "sala.goya@almendro-bank.example", cutype="ROOM"),
                att("Pablo García", "pablo.garcia@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_hiring_manager_organizer_interviews",
        "Ansel Whitaker <ansel.whitaker@sparrowline.example>",
        "Invitation: Sparrowline - Hiring manager interview",
        "Hi Alex,\n\nLooking forward to our conversation on Monday. I've invited Rhea Kapoor "
        "from my team too.\n\nAnsel Whitaker\nHead of Growth",
        ("Ansel Whitaker", "Rhea Kapoor"),
        ics=cal(
            summary="Sparrowline - Hiring manager interview",
            start="20260316T120000",
            end="20260316T130000",
            tzid=NY,
            organizer="CN=Ansel Whitaker:mailto:ansel.whitaker@sparrowline.example",
            attendees=(
                att("Ansel Whitaker", "ansel.whitaker@sparrowline.example", partstat="ACCEPTED"),
                att("Rhea Kapoor", "rhea.kapoor@sparrowline.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "guests_body_list_shadow",
        "Recruiting <recruiting@kelpie-games.example>",
        "Invitation: Kelpie Games - Gameplay Engineer interview @ Wed Mar 18, 2026 2pm - 3pm",
        "Recruiting has invited you to this event.\n\nKelpie Games - Gameplay Engineer interview"
        "\nWednesday Mar 18, 2026 ⋅ 2pm – 3pm (Eastern Time - New York)\n\nGuests\n"
        "Recruiting - organizer\nNiamh Gallagher\nTomasz Wrobel (shadow)\nalex.morgan@gmail.com"
        "\n\nTomasz is shadowing this interview and will not take part.",
        ("Niamh Gallagher",),
        ics=cal(
            summary="Kelpie Games - Gameplay Engineer interview",
            start="20260318T140000",
            end="20260318T150000",
            tzid=NY,
            organizer="CN=Recruiting:mailto:recruiting@kelpie-games.example",
            attendees=(
                att("Niamh Gallagher", "niamh.gallagher@kelpie-games.example"),
                att("Tomasz Wrobel", "tomasz.wrobel@kelpie-games.example", role="OPT-PARTICIPANT"),
                att("alex.morgan@gmail.com", "alex.morgan@gmail.com"),
            ),
        ),
    ),
)

# --- Name shapes ---------------------------------------------------------------------------
SHAPES: tuple[Probe, ...] = (
    Probe(
        "shape_particle_and_apostrophe",
        "Recruiting <recruiting@dykehaven.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 10:00 AM ET is with Pieter van der "
        "Berg and Siobhan O'Neill.",
        ("Pieter van der Berg", "Siobhan O'Neill"),
    ),
    Probe(
        "shape_hyphen_and_trema_list",
        "Recruiting <recruiting@belcourt.example>",
        "Interview details",
        "Hi Alex,\n\nYour interview is on Wednesday, March 18 at 9:00 AM ET.\n\nInterviewers:\n"
        "- Jean-Luc Moreau (Engineering Director)\n- Zoë Hartley (Senior Engineer)\n",
        ("Jean-Luc Moreau", "Zoë Hartley"),
    ),
    Probe(
        "shape_vietnamese_in_sentence",
        "Recruiting <recruiting@lotus-fintech.example>",
        "Interview confirmation",
        "Hi Alex,\n\nYou'll be meeting with Nguyễn Thị Lan and Trần Minh Quân on Thursday, March 19 "
        "at 8:00 PM ET.",
        ("Nguyễn Thị Lan", "Trần Minh Quân"),
    ),
    Probe(
        "shape_nordic_calendar",
        "Ólafur Gunnarsson <olafur@fjordline.example>",
        "Invitation: Fjordline interview",
        "Hi Alex, here is the invitation. Søren and I will interview you.\n\nÓlafur",
        ("Ólafur Gunnarsson", "Søren Kjær"),
        ics=cal(
            summary="Fjordline interview",
            start="20260317T100000",
            end="20260317T110000",
            tzid=NY,
            organizer="CN=Ólafur Gunnarsson:mailto:olafur@fjordline.example",
            attendees=(
                att("Ólafur Gunnarsson", "olafur@fjordline.example", partstat="ACCEPTED"),
                att("Søren Kjær", "soren.kjaer@fjordline.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "shape_encoded_word_sender_writes",
        "=?utf-8?q?S=C3=B8ren_Kj=C3=A6r?= <soren.kjaer@fjordline.example>",
        "Interview on Friday",
        "Hi Alex,\n\nI'll interview you on Friday, March 20 at 10:00 AM ET on Teams.\n\nBest,\n"
        "Søren",
        ("Søren Kjær",),
    ),
    Probe(
        "shape_encoded_latin1_sender",
        "=?iso-8859-1?q?Bj=F6rn_=D6deg=E5rd?= <bjorn@nordkap-data.example>",
        "Interview Tuesday",
        "Hi Alex,\n\nLooking forward to interviewing you on Tuesday, March 17 at 3:00 PM ET.\n\n"
        "Björn",
        ("Björn Ödegård",),
    ),
    Probe(
        "shape_from_family_given_writes",
        '"Kowalczyk, Agnieszka" <agnieszka.kowalczyk@vistula-soft.example>',
        "Interview - Java Developer",
        "Hi Alex,\n\nI will interview you on Wednesday, March 18 at 12:00 PM ET together with "
        "my colleague Marek Nowak.\n\nRegards,\nAgnieszka",
        ("Agnieszka Kowalczyk", "Marek Nowak"),
    ),
    Probe(
        "shape_attendee_family_given",
        "Recruiting <recruiting@tagus-energy.example>",
        "Invitation: Tagus Energy - interview",
        "You have been invited to the following event: Tagus Energy - interview.",
        ("Inês Duarte", "Rui Carvalho"),
        ics=cal(
            summary="Tagus Energy - interview",
            start="20260319T110000",
            end="20260319T120000",
            tzid=NY,
            organizer="CN=Tagus Recruiting:mailto:recruiting@tagus-energy.example",
            attendees=(
                att("Duarte, Inês", "ines.duarte@tagus-energy.example"),
                att("Carvalho, Rui", "rui.carvalho@tagus-energy.example"),
                att("Morgan, Alex", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "shape_fr_caps_family_first",
        "Recrutement <recrutement@lagrange-assurances.example>",
        "Confirmation d'entretien",
        "Bonjour Camille,\n\nVotre entretien est confirmé le lundi 16 mars à 14h00.\n\n"
        "Vos interlocuteurs : DUPONT Marie (Responsable RH) et LEROY Paul (Chef de projet)\n\n"
        "Cordialement,\nService Recrutement",
        ("Marie Dupont", "Paul Leroy"),
        user="fr",
    ),
    Probe(
        "shape_double_hyphen_apostrophe",
        "Recruiting <recruiting@galway-bio.example>",
        "Interview confirmed",
        "Hi Sam,\n\nYour interview on Thursday 19 March at 11:00 is with Mary-Kate O'Brien-Walsh "
        "and Chiamaka Eze-Okafor.",
        ("Mary-Kate O'Brien-Walsh", "Chiamaka Eze-Okafor"),
        user="uk",
    ),
    Probe(
        "shape_es_de_la_compound",
        "Selección <seleccion@cierzo-energia.example>",
        "Entrevista confirmada",
        "Hola Pablo,\n\nTu entrevista del lunes 16 de marzo a las 11:00 será con Ana María de la "
        "Fuente y José Luis Martín-Ayala.",
        ("Ana María de la Fuente", "José Luis Martín-Ayala"),
        user="es",
    ),
    Probe(
        "shape_de_ter_and_double_name",
        "Personal <personal@emsland-agrar.example>",
        "Ihr Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nIhr Gespräch findet am Mittwoch, 18. März 2026, um 13:00 "
        "Uhr statt. Ihre Gesprächspartner sind Frau Dr. Anke ter Horst und Herr Hans-Peter "
        "Schulte-Wermeling.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ("Anke ter Horst", "Hans-Peter Schulte-Wermeling"),
        user="de",
    ),
    Probe(
        "shape_italian_apostrophe_surname",
        "Recruiting <recruiting@vesuvio-foods.example>",
        "Interview details",
        "Hi Alex,\n\nYou'll meet Marco D'Angelo and Giulia dell'Acqua on Friday, March 20 at "
        "2:00 PM ET.",
        ("Marco D'Angelo", "Giulia dell'Acqua"),
    ),
    Probe(
        "shape_attendee_vietnamese_family_first_order",
        "Nguyễn Văn Minh <minh.nguyen@songhong-tech.example>",
        "Invitation: Songhong Tech interview",
        "Hi Alex, please find the invitation attached. Phạm Thu Hà and I will interview you.\n\n"
        "Minh",
        ("Nguyễn Văn Minh", "Phạm Thu Hà"),
        ics=cal(
            summary="Songhong Tech interview",
            start="20260317T200000",
            end="20260317T210000",
            tzid=NY,
            organizer="CN=Nguyễn Văn Minh:mailto:minh.nguyen@songhong-tech.example",
            attendees=(
                att("Nguyễn Văn Minh", "minh.nguyen@songhong-tech.example", partstat="ACCEPTED"),
                att("Phạm Thu Hà", "ha.pham@songhong-tech.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "shape_de_von_der_double",
        "Recruiting <recruiting@alster-bank.example>",
        "Terminbestätigung",
        "Hallo Herr Weber,\n\nwir bestätigen Ihr Vorstellungsgespräch am Freitag, 20.03.2026, um "
        "10:00 Uhr mit Frau Dr. Ursula von der Heyde-Lindner.\n\nViele Grüße\nRecruiting",
        ("Ursula von der Heyde-Lindner",),
        user="de",
    ),
    Probe(
        "shape_interviewer_field_family_given_caps",
        "Recrutement <recrutement@cevennes-bois.example>",
        "Entretien - Technicien bureau d'études",
        "Bonjour Camille,\n\nVotre entretien est programmé.\n\nDate : jeudi 19 mars 2026\n"
        "Heure : 10h00\nInterlocuteur : M. FONTAINE Jacques, Responsable bureau d'études\n",
        ("Jacques Fontaine",),
        user="fr",
    ),
)

# --- Interviewers known only by an address -------------------------------------------------
ADDRESSES: tuple[Probe, ...] = (
    Probe(
        "address_only_sentence",
        "Recruiting <jobs@brightpath.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 17 at 10:00 AM ET. You'll be "
        "interviewed by k.osei@brightpath.example and dmitri.v@brightpath.example.",
        ("k.osei@brightpath.example", "dmitri.v@brightpath.example"),
    ),
    Probe(
        "address_only_field",
        "Recruiting <jobs@brightpath.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview is confirmed.\n\nDate: Wednesday, March 18, 2026\n"
        "Time: 2:00 PM ET\nInterviewer: jane.roe@brightpath.example\n",
        ("jane.roe@brightpath.example",),
    ),
    Probe(
        "address_only_attendees",
        "Scheduling <scheduling@tallgrass.example>",
        "Invitation: Tallgrass interview",
        "You have been invited to the following event: Tallgrass interview.",
        ("hk@tallgrass.example", "r.osei@tallgrass.example"),
        ics=cal(
            summary="Tallgrass interview",
            start="20260319T090000",
            end="20260319T100000",
            tzid=NY,
            organizer="CN=Scheduling:mailto:scheduling@tallgrass.example",
            attendees=(
                att("", "hk@tallgrass.example"),
                att("r.osei@tallgrass.example", "r.osei@tallgrass.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "address_only_de_ansprechpartner",
        "Personal <personal@saale-tech.example>",
        "Vorstellungsgespräch bestätigt",
        "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch ist am Dienstag, 17.03.2026, um 15:00 Uhr "
        "bestätigt.\nGesprächspartner: m.schulz@saale-tech.example\n",
        ("m.schulz@saale-tech.example",),
        user="de",
    ),
    Probe(
        "address_and_name_mixed",
        "Recruiting <jobs@kestrel-ai.example>",
        "Interview schedule",
        "Hi Alex,\n\nYour interview on Thursday, March 19 at 11:00 AM ET:\n\nInterviewers:\n"
        "- Yuki Tanaka (ML Engineer)\n- ops-lead@kestrel-ai.example\n",
        ("Yuki Tanaka", "ops-lead@kestrel-ai.example"),
    ),
    Probe(
        "address_fr_interlocuteur",
        "Recrutement <recrutement@givre-studio.example>",
        "Entretien confirmé",
        "Bonjour Camille,\n\nVotre entretien est confirmé le vendredi 20 mars à 10h00 avec "
        "l.bernard@givre-studio.example.\n",
        ("l.bernard@givre-studio.example",),
        user="fr",
    ),
)

# --- Forwarded ATS confirmations -----------------------------------------------------------
FORWARDS: tuple[Probe, ...] = (
    Probe(
        "fwd_bamboohr_agency",
        "Tom Hughes <tom.hughes@talentbridge-recruit.example>",
        "Fwd: Interview Scheduled - Brightpath",
        fwd(
            "Hi Alex,\n\nSee the confirmation from Brightpath below. Good luck!\n\nTom Hughes\n"
            "Senior Consultant, TalentBridge Recruitment",
            "Brightpath Hiring <notifications@app.bamboohr.com>",
            "Interview Scheduled",
            "Hi Tom,\n\nAn interview has been scheduled for your candidate Alex Morgan.\n\n"
            "Date: Tuesday, March 17, 2026\nTime: 10:00 AM - 11:00 AM Eastern\n"
            "Interviewers: Xiomara Quintero, Bastian Vogel\nLocation: Zoom\n\n"
            "Powered by BambooHR",
        ),
        ("Xiomara Quintero", "Bastian Vogel"),
    ),
    Probe(
        "fwd_workable_who",
        "Priya Raman <priya@hirelane-partners.example>",
        "FW: Interview details",
        fwd(
            "Alex - details for Wednesday below.\n\nPriya Raman\nHirelane Partners",
            "Ostrava Robotics <noreply@workablemail.com>",
            "Interview details",
            "Interview details\n\nCandidate: Alex Morgan\n"
            "When: Wednesday, March 18, 2026, 1:00 PM - 2:00 PM (EDT)\n"
            "Who: Liesel Baumann, Hamza Rahimi\nWhere: Google Meet\n\nSent via Workable",
            gmail=False,
        ),
        ("Liesel Baumann", "Hamza Rahimi"),
    ),
    Probe(
        "fwd_greenhouse_schedule",
        "Nick Adair <nick@apexsearch.example>",
        "Fwd: Your onsite schedule with Harrowfield",
        fwd(
            "Hi Alex,\n\nForwarding your schedule for Thursday. Call me after!\n\nNick",
            "Harrowfield Recruiting <no-reply@greenhouse.io>",
            "Your onsite schedule with Harrowfield",
            "Hi Alex,\n\nHere is your schedule for Thursday, March 19, 2026 (Eastern Time):\n\n"
            "10:00 AM - 10:45 AM  Coding - Tariq Aziz\n11:00 AM - 11:45 AM  Design - Naomi "
            "Fairweather\n12:00 PM - 12:30 PM  Lunch\n\nThanks,\nJodie Crane\nRecruiting "
            "Coordinator",
        ),
        ("Tariq Aziz", "Naomi Fairweather"),
    ),
    Probe(
        "fwd_outlook_your_interviewers_will_be",
        "Fiona Marsh <fiona.marsh@beacon-talent.example>",
        "FW: Interview confirmation - Cobalt Ridge",
        fwd(
            "Hi Alex, confirmation below. Best of luck!\n\nFiona Marsh | Beacon Talent",
            "Cobalt Ridge Talent <talent@cobaltridge.example>",
            "Interview confirmation - Cobalt Ridge",
            "Hello Fiona,\n\nWe're confirming Alex's interview on Friday, March 20 at 9:00 AM ET. "
            "Their interviewers will be Greta Lindholm and Dev Malhotra.\n\nRegards,\n"
            "Cobalt Ridge Talent",
            gmail=False,
        ),
        ("Greta Lindholm", "Dev Malhotra"),
    ),
    Probe(
        "fwd_de_personio",
        "Sandra Köhler <s.koehler@personalwerk-beratung.example>",
        "WG: Einladung zum Vorstellungsgespräch",
        fwd(
            "Hallo Herr Weber,\n\nanbei die Bestätigung des Kunden. Viel Erfolg!\n\n"
            "Sandra Köhler\nPersonalwerk Beratung",
            "Mosel Maschinenbau <jobs@mosel-maschinenbau.jobs.personio.de>",
            "Einladung zum Vorstellungsgespräch",
            "Guten Tag Frau Köhler,\n\nwir bestätigen das Vorstellungsgespräch mit Herrn Weber am "
            "Montag, 16.03.2026, um 10:00 Uhr.\nGesprächspartner: Herr Matthias Lange "
            "(Werkleiter), Frau Eva Brandl (Personal)\n\nMit freundlichen Grüßen\n"
            "Mosel Maschinenbau",
        ),
        ("Matthias Lange", "Eva Brandl"),
        user="de",
    ),
    Probe(
        "fwd_fr_cabinet",
        "Julien Morel <j.morel@cabinet-horizon.example>",
        "TR: Confirmation d'entretien - Sequana",
        fwd(
            "Bonjour Camille,\n\nJe vous transfère la confirmation de Sequana.\n\nJulien Morel\n"
            "Consultant, Cabinet Horizon",
            "Sequana RH <rh@sequana-energie.example>",
            "Confirmation d'entretien",
            "Bonjour Julien,\n\nNous confirmons l'entretien de Mme Martin le mercredi 18 mars à "
            "14h00.\nVos interlocuteurs : Mme Agathe Renaud (Directrice financière) et "
            "M. Bastien Collet (Contrôleur de gestion)\n\nCordialement,\nSequana RH",
            gmail=False,
        ),
        ("Agathe Renaud", "Bastien Collet"),
        user="fr",
    ),
    Probe(
        "fwd_es_consultora",
        "Laura Prieto <laura.prieto@talento-norte.example>",
        "RV: Confirmación de entrevista - Ebro Foods Tech",
        fwd(
            "Hola Pablo,\n\nTe reenvío la confirmación del cliente. ¡Mucha suerte!\n\n"
            "Laura Prieto\nTalento Norte",
            "Ebro Foods Tech <empleo@ebrofoodstech.example>",
            "Confirmación de entrevista",
            "Hola Laura,\n\nConfirmamos la entrevista de Pablo el martes 17 de marzo a las 12:00."
            "\nEntrevistadores: Nerea Etxeberria (Directora de TI) y Gonzalo Ruiz (Arquitecto)\n\n"
            "Saludos,\nEbro Foods Tech",
        ),
        ("Nerea Etxeberria", "Gonzalo Ruiz"),
        user="es",
    ),
    Probe(
        "fwd_lever_panel",
        "Owen Price <owen@northstar-talent.example>",
        "Fwd: Interview confirmed with Quayside",
        fwd(
            "Alex - confirmed! Details below.\n\nOwen Price\nNorthstar Talent",
            "Quayside <no-reply@hire.lever.co>",
            "Interview confirmed with Quayside",
            "Hi Owen,\n\nThe interview with Alex Morgan is confirmed for Monday, March 16, 2026 at "
            "3:00 PM EDT.\n\nPanel:\nMilica Jovanović - Head of Platform\nTheo Grant - Senior SRE\n"
            "\nQuayside Talent",
        ),
        ("Milica Jovanović", "Theo Grant"),
    ),
    Probe(
        "fwd_bamboohr_coordinator_signs",
        "Aisha Bello <aisha@clearpath-staffing.example>",
        "Fwd: Interview Confirmation",
        fwd(
            "Hi Alex,\n\nForwarding the confirmation from Loomis. Let me know if you need prep."
            "\n\nAisha Bello\nClearpath Staffing",
            "Loomis Health <notifications@app.bamboohr.com>",
            "Interview Confirmation",
            "Hi Aisha,\n\nConfirming the interview for Alex Morgan on Wednesday, March 18 at "
            "11:00 AM ET with Dr. Kemal Aydın (Medical Director).\n\nThanks,\nBrenda Quill\n"
            "HR Coordinator, Loomis Health",
        ),
        ("Kemal Aydın",),
    ),
)

INTERVIEWS: tuple[Probe, ...] = (
    *TITLED,
    *WRITERS,
    *AGENDAS,
    *GUESTS,
    *SHAPES,
    *ADDRESSES,
    *FORWARDS,
)

# --- More neighbours ------------------------------------------------------------------------
MORE: tuple[Probe, ...] = (
    Probe(
        "more_title_lowercase_role_before_name",
        "Recruiting <recruiting@glasshouse.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview on Monday, March 16 at 10:00 AM ET will be with our senior "
        "data scientist Olamide Bankole and principal engineer Wiebke Sommer.",
        ("Olamide Bankole", "Wiebke Sommer"),
    ),
    Probe(
        "more_de_leiterin_comma",
        "Recruiting <recruiting@rheinblick.example>",
        "Ihr Gespräch",
        "Hallo Jonas,\n\ndein Gespräch am Mittwoch, 18.03.2026, um 11:00 Uhr führst du mit "
        "unserer Leiterin Produktentwicklung, Svenja Albers.\n\nViele Grüße\nDein Recruiting",
        ("Svenja Albers",),
        user="de",
    ),
    Probe(
        "more_fr_responsable_sans_virgule",
        "Recrutement <recrutement@garonne-data.example>",
        "Votre entretien",
        "Bonjour Camille,\n\nVotre entretien du lundi 16 mars à 11h00 se fera avec notre "
        "responsable data Élise Fournier et notre CTO Romain Gauthier.",
        ("Élise Fournier", "Romain Gauthier"),
        user="fr",
    ),
    Probe(
        "more_es_nuestro_cto_coma",
        "Talento <talento@nube-verde.example>",
        "Entrevista confirmada",
        "Hola Pablo,\n\nTu entrevista del viernes 20 de marzo a las 13:00 será con nuestro CTO, "
        "Martín Aguirre, y con la responsable de personas, Irene Castillo.",
        ("Martín Aguirre", "Irene Castillo"),
        user="es",
    ),
    Probe(
        "more_agenda_es_table",
        "Selección <seleccion@pinar-movilidad.example>",
        "Agenda de entrevistas",
        "Hola Pablo,\n\nAgenda para el martes 17 de marzo:\n\n| Hora | Sesión | Con |\n"
        "|---|---|---|\n| 10:00 | Entrevista técnica | Adrián Fuentes |\n| 11:00 | Almuerzo | "
        "Equipo |\n| 12:00 | Caso práctico | Noelia Campos |\n| 13:00 | Q&A | Todos |\n",
        ("Adrián Fuentes", "Noelia Campos"),
        user="es",
    ),
    Probe(
        "more_agenda_fr_table",
        "Recrutement <recrutement@loire-aero.example>",
        "Votre journée d'entretiens",
        "Bonjour Camille,\n\nVotre journée du jeudi 19 mars :\n\n| Heure | Séance | Avec |\n"
        "|---|---|---|\n| 9h30 | Entretien technique | Gaëlle Morin |\n| 10h30 | Pause | - |\n"
        "| 10h45 | Entretien RH | Samuel Petit |\n| 12h00 | Déjeuner | Équipe |\n",
        ("Gaëlle Morin", "Samuel Petit"),
        user="fr",
    ),
)

INTERVIEWS = (*INTERVIEWS, *MORE)

# --- Traps: people named who do not interview ----------------------------------------------
TRAPS: tuple[Probe, ...] = (
    Probe(
        "trap_title_reports_to",
        "Recruiting <recruiting@brightwater-logistics.example>",
        "Interview confirmation",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 2:00 PM ET is with Mirela Popescu. "
        "The role reports to the Director of Operations, Kenneth Ward.",
        ("Mirela Popescu",),
    ),
    Probe(
        "trap_title_talent_partner_sends_link",
        "Recruiting <recruiting@lattice-forge.example>",
        "Interview confirmation",
        "Hi Alex,\n\nYour interview with Staff Engineer Lena Fischer is on Wednesday, March 18 at "
        "10:00 AM ET. Our Talent Partner Jess Lowe will send you the Zoom link.",
        ("Lena Fischer",),
    ),
    Probe(
        "trap_title_ceo_not_present",
        "Recruiting <recruiting@coppergate.example>",
        "Interview confirmation",
        "Hi Alex,\n\nYou'll meet Engineering Manager Tomás Ruiz on Friday, March 20 at 11:00 AM "
        "ET. Unfortunately our CEO Hugo Brandt won't be able to join this round.",
        ("Tomás Ruiz",),
    ),
    Probe(
        "trap_de_recruiterin_koordiniert",
        "Recruiting <recruiting@nordlicht-werke.example>",
        "Ihr Vorstellungsgespräch",
        "Sehr geehrter Herr Weber,\n\nIhr Vorstellungsgespräch am Dienstag, 17. März 2026 um "
        "10:00 Uhr führt unser Teamleiter Herr Jan Vogt. Unsere Recruiterin Frau Lea Schmitt "
        "koordiniert den Termin und steht für Rückfragen zur Verfügung.",
        ("Jan Vogt",),
        user="de",
    ),
    Probe(
        "trap_fr_chargee_envoie_lien",
        "Recrutement <recrutement@ardoise-numerique.example>",
        "Confirmation de votre entretien",
        "Bonjour Camille,\n\nVotre entretien du mardi 17 mars à 15h00 se déroulera avec notre "
        "directrice technique, Mme Claire Petit. Notre chargée de recrutement, Mme Julie Caron, "
        "vous enverra le lien de connexion.",
        ("Claire Petit",),
        user="fr",
    ),
    Probe(
        "trap_es_tecnica_envia_invitacion",
        "Selección <seleccion@brisa-digital.example>",
        "Confirmación de entrevista",
        "Hola Pablo,\n\nTu entrevista del miércoles 18 de marzo a las 16:00 será con nuestra jefa "
        "de producto, Lucía Romero. Nuestra técnica de selección, Marta Gil, te enviará la "
        "invitación.",
        ("Lucía Romero",),
        user="es",
    ),
    Probe(
        "trap_colleague_sends_laptop",
        "Hana Kobayashi <hana.kobayashi@stillwater-analytics.example>",
        "Interview confirmation",
        "Dear Alex,\n\nI look forward to interviewing you on Monday, March 16 at 11:00 AM ET. My "
        "colleague Ben Hart from IT will email you the video link beforehand.\n\nKind regards,\n"
        "Hana Kobayashi\nAnalytics Lead",
        ("Hana Kobayashi",),
    ),
    Probe(
        "trap_de_kollege_schickt_unterlagen",
        "Katrin Schulz <katrin.schulz@elbtal-finanz.example>",
        "Unser Gespräch am Donnerstag",
        "Sehr geehrter Herr Weber,\n\nich freue mich auf unser Gespräch am Donnerstag, 19. März "
        "2026 um 14:00 Uhr. Mein Kollege aus der Personalabteilung, Herr Max Roth, schickt Ihnen "
        "vorab die Anfahrtsbeschreibung.\n\nMit freundlichen Grüßen\nKatrin Schulz\n"
        "Teamleiterin Controlling",
        ("Katrin Schulz",),
        user="de",
    ),
    Probe(
        "trap_writers_arrange_travel",
        "Ana Li <ana.li@harbourline.example>",
        "Interview travel",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 1:00 PM ET is with Robert Stone, our "
        "Head of Engineering. My colleague Chen Wu and I will take care of your travel and "
        "hotel.\n\nAna Li\nRecruiting Coordinator",
        ("Robert Stone",),
    ),
    Probe(
        "trap_cosigned_talent_team",
        "Talent Team <talent@kitewire.example>",
        "Interview confirmation",
        "Hi Alex,\n\nYour interview with Devon Achterberg (Staff Engineer) is confirmed for "
        "Thursday, March 19 at 3:00 PM ET. We'll send the link the day before.\n\nBest,\n"
        "Jane Roe & Imogen Tsai\nTalent Team",
        ("Devon Achterberg",),
    ),
    Probe(
        "trap_fr_collegue_accueil",
        "Thomas Girard <thomas.girard@lumen-conseil.example>",
        "Votre entretien mardi",
        "Bonjour Camille,\n\nJe serai ravi de vous recevoir mardi 17 mars à 15h00 pour votre "
        "entretien. Ma collègue Inès Roux vous accueillera à l'accueil.\n\nCordialement,\n"
        "Thomas Girard\nResponsable Data",
        ("Thomas Girard",),
        user="fr",
    ),
    Probe(
        "trap_es_companero_recepcion",
        "Elena Vidal <elena.vidal@cobalto-ingenieria.example>",
        "Entrevista el miércoles",
        "Hola Pablo,\n\nTe entrevistaré el miércoles 18 de marzo a las 12:00 en nuestra oficina. "
        "Mi compañero Diego Sanz te recibirá en recepción.\n\nUn saludo,\nElena Vidal\n"
        "Jefa de Proyectos",
        ("Elena Vidal",),
        user="es",
    ),
    Probe(
        "trap_agenda_lunch_buddy_and_tour_guide",
        "Recruiting <recruiting@helio-grid.example>",
        "Your onsite agenda",
        "Hi Alex,\n\nYour onsite on Tuesday, March 17 (ET):\n\n10:00 - 11:00  Technical interview"
        " with Arjun Mehta\n11:00 - 11:30  Office tour\n11:30 - 12:30  Lunch\n"
        "12:30 - 13:30  Manager interview with Beatrix Holm\n13:30 - 13:45  Q&A\n",
        ("Arjun Mehta", "Beatrix Holm"),
    ),
    Probe(
        "trap_agenda_de_pause_team",
        "Recruiting <recruiting@spreewerk.example>",
        "Ihr Ablauf",
        "Hallo Herr Weber,\n\nIhr Ablauf am Donnerstag, 19.03.2026:\n\n"
        "10:00 | Gespräch | Jan Köhler\n11:00 | Mittagessen | Team\n11:45 | Kaffeepause | -\n"
        "12:00 | Q&A | Alle\n",
        ("Jan Köhler",),
        user="de",
    ),
    Probe(
        "trap_agenda_fr_dejeuner_equipe",
        "Recrutement <recrutement@petrel-energie.example>",
        "Programme",
        "Bonjour Camille,\n\nProgramme du mardi 17 mars :\n\n10h00 : Entretien avec Lucie "
        "Garnier\n11h00 : Déjeuner avec l'équipe\n12h00 : Visite du site\n13h00 : Questions\n",
        ("Lucie Garnier",),
        user="fr",
    ),
    Probe(
        "trap_agenda_es_almuerzo_equipo",
        "Selección <seleccion@faro-sistemas.example>",
        "Agenda",
        "Hola Pablo,\n\nAgenda del jueves 19 de marzo:\n\n10:00 - Entrevista con Sergio Navarro\n"
        "11:00 - Almuerzo con el equipo\n12:00 - Visita a la oficina\n12:30 - Preguntas\n",
        ("Sergio Navarro",),
        user="es",
    ),
    Probe(
        "trap_guest_coordinator_text_says_so",
        "Scheduling <scheduling@corvid-health.example>",
        "Invitation: Interview - Data Engineer",
        "Hi Alex,\n\nYour interview is with Baptiste Lemaire. Lydia Fairbanks, our recruiting "
        "coordinator, is on the invite only to help with logistics.\n\nCorvid Health",
        ("Baptiste Lemaire",),
        ics=cal(
            summary="Interview - Data Engineer",
            start="20260317T130000",
            end="20260317T140000",
            tzid=NY,
            organizer="CN=Scheduling:mailto:scheduling@corvid-health.example",
            attendees=(
                att("Lydia Fairbanks", "lydia.fairbanks@corvid-health.example"),
                att("Baptiste Lemaire", "baptiste.lemaire@corvid-health.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "trap_guest_shadow_required_role",
        "Recruiting <recruiting@wavecrest.example>",
        "Invitation: Wavecrest - interview",
        "Hi Alex,\n\nYour interviewer is Farida Sultani. Lena Park is shadowing this "
        "interview as part of her interviewer training and will not ask questions.",
        ("Farida Sultani",),
        ics=cal(
            summary="Wavecrest - interview",
            start="20260317T110000",
            end="20260317T120000",
            tzid=NY,
            organizer="CN=Wavecrest Recruiting:mailto:recruiting@wavecrest.example",
            attendees=(
                att("Farida Sultani", "farida.sultani@wavecrest.example"),
                att("Lena Park", "lena.park@wavecrest.example"),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "trap_guest_user_name_other_address",
        "Scheduling <scheduling@tallgrass.example>",
        "Invitation: Tallgrass interview",
        "You have been invited to the following event: Tallgrass interview.",
        ("Hakim Osei",),
        ics=cal(
            summary="Tallgrass interview",
            start="20260319T090000",
            end="20260319T100000",
            tzid=NY,
            organizer="CN=Scheduling:mailto:scheduling@tallgrass.example",
            attendees=(
                att("Hakim Osei", "hakim.osei@tallgrass.example"),
                att("Morgan, Alex", "alex.morgan@icloud.example"),
            ),
        ),
    ),
    Probe(
        "trap_guest_resource_calendar",
        "Scheduling <scheduling@plover-labs.example>",
        "Invitation: Plover Labs - interview",
        "You have been invited to the following event: Plover Labs - interview.",
        ("Thandiwe Mokoena",),
        ics=cal(
            summary="Plover Labs - interview",
            start="20260318T100000",
            end="20260318T110000",
            tzid=NY,
            organizer="CN=Plover Scheduling:mailto:scheduling@plover-labs.example",
            attendees=(
                att("Thandiwe Mokoena", "thandiwe.mokoena@plover-labs.example"),
                att("HQ-3-Orion", "c_18842orion@resource.calendar.google.com", cutype=None),
                att("Interview Room Vega", "vega@plover-labs.example", cutype=None),
                att("Alex Morgan", "alex.morgan@gmail.com"),
            ),
        ),
    ),
    Probe(
        "trap_address_not_named",
        "Recruiting <jobs@brightpath.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 10:00 AM ET is with "
        "jane.roe@brightpath.example. Questions? Write to careers@brightpath.example.",
        ("jane.roe@brightpath.example",),
    ),
    Probe(
        "trap_fwd_agency_recruiter_not_interviewer",
        "Tom Hughes <tom.hughes@talentbridge-recruit.example>",
        "Fwd: Interview confirmation",
        fwd(
            "Hi Alex, your interview is confirmed - details below. I'll call you afterwards for "
            "feedback.\n\nTom Hughes\nTalentBridge Recruitment",
            "Meadowlark Talent <talent@meadowlark.example>",
            "Interview confirmation",
            "Hi Tom,\n\nConfirming Alex Morgan's interview on Thursday, March 19 at 2:00 PM ET "
            "with Constance Okafor (VP Product).\n\nMeadowlark Talent",
        ),
        ("Constance Okafor",),
    ),
    Probe(
        "trap_fwd_coordinator_signature",
        "Nick Adair <nick@apexsearch.example>",
        "Fwd: Interview confirmed",
        fwd(
            "Alex, see below.\n\nNick Adair\nApex Search",
            "Jodie Crane <jodie.crane@harrowfield.example>",
            "Interview confirmed",
            "Hi Nick,\n\nAlex's interview is confirmed for Monday, March 16 at 10:00 AM ET with "
            "Tariq Aziz.\n\nThanks,\nJodie Crane\nRecruiting Coordinator, Harrowfield",
        ),
        ("Tariq Aziz",),
    ),
    Probe(
        "trap_title_de_sekretariat",
        "Sekretariat <sekretariat@kranich-software.example>",
        "Terminbestätigung",
        "Guten Tag Herr Weber,\n\nIhr Gesprächspartner am Donnerstag, 19. März 2026, 11:00 Uhr ist "
        "unser Geschäftsführer Herr Lukas Brandt. Bitte melden Sie sich bei unserer Assistentin "
        "Frau Petra Lang am Empfang.",
        ("Lukas Brandt",),
        user="de",
    ),
    Probe(
        "trap_title_referee_mentioned",
        "Recruiting <recruiting@sundial-health.example>",
        "Interview scheduled",
        "Hi Alex,\n\nPrincipal Designer Jonas Ek will interview you on Thursday, March 19 at "
        "11:00 AM ET. Thanks for listing your former manager, Director of Design Ruth Alvarez, "
        "as a reference; we'll contact her later.",
        ("Jonas Ek",),
    ),
    Probe(
        "trap_es_directora_aprobara",
        "RRHH <rrhh@olivar-tech.example>",
        "Entrevista técnica",
        "Hola Pablo,\n\nLa entrevista técnica del jueves 19 de marzo a las 10:30 será con Javier "
        "Ortega. Después, nuestra directora general, Carmen Vidal, revisará el resultado.",
        ("Javier Ortega",),
        user="es",
    ),
    Probe(
        "trap_fr_drh_validera",
        "Recrutement <rh@maison-orge.example>",
        "Entretien confirmé",
        "Bonjour Camille,\n\nJe vous confirme votre entretien du mercredi 18 mars à 9h30 avec "
        "notre chef de projet Karim Haddad. Notre DRH, Sophie Lambert, reviendra vers vous "
        "ensuite pour la suite du processus.",
        ("Karim Haddad",),
        user="fr",
    ),
    Probe(
        "trap_shape_particle_city",
        "Recruiting <recruiting@dykehaven.example>",
        "Interview confirmed",
        "Hi Alex,\n\nYour interview on Tuesday, March 17 at 10:00 AM ET is with Pieter van der "
        "Berg at our office on Van Ness Avenue in San Francisco.",
        ("Pieter van der Berg",),
    ),
    Probe(
        "trap_cosigned_given_names_coordinators",
        "Talent <talent@pinefold.example>",
        "Interview - Backend Engineer",
        "Hi Alex,\n\nYour interview with Marcus Lee is on Tuesday, March 17 at 1:00 PM ET. "
        "Reach out to us with any questions.\n\nThanks,\nPriya and Jo\nPinefold Talent Team",
        ("Marcus Lee",),
    ),
    Probe(
        "trap_agenda_html_lunch_host",
        "Recruiting <recruiting@saltmarsh.example>",
        "Your interview day",
        "",
        ("Naledi Dube",),
        html=(
            "<p>Hi Alex,</p><p>Your interview day is Tuesday, March 17, 2026 (Eastern Time):</p>"
            "<table><tr><th>Time</th><th>Session</th><th>Host</th></tr>"
            "<tr><td>10:00 AM</td><td>Technical interview</td><td>Naledi Dube</td></tr>"
            "<tr><td>11:00 AM</td><td>Lunch</td><td>Cafeteria</td></tr>"
            "<tr><td>12:00 PM</td><td>Office tour</td><td>Reception</td></tr></table>"
        ),
        html_only=True,
    ),
)
