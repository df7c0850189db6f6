"""Mail written mostly in German, French or Spanish by local senders (every kind)."""

from __future__ import annotations

from .kit import (
    AMANDINE,
    AUTO,
    CATALINA,
    EMILIANO,
    GASPARD,
    LIESL,
    MILAGROS,
    NURIA,
    ORIANA,
    SOLENNE,
    URS,
    Msg,
    ats,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    lab,
    mail,
    mid,
    note,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================== German =========================================================

# --- Personio invitation, Zurich -------------------------------------------------------------
S = "2031-03-05 14:00"
add(
    ats(
        URS,
        "personio-einladung-zuerich-limmatfeld-versicherung",
        "interview",
        frm=("Limmatfeld Versicherung", "noreply@personio.de"),
        reply_to=("Corinne Wyss", "corinne.wyss@limmatfeld.example"),
        subject="Einladung zum Vorstellungsgespräch – Aktuar/in (80–100 %)",
        date=dh("2031-02-26 09:14", "Europe/Zurich"),
        body=f"""Grüezi Herr Kägi-Brändli

Vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Gespräch ein:

Datum: {de(S)}
Zeit: {t24(S)} – 15:15 Uhr
Ort: Limmatfeld Versicherung, Hardstrasse 201, 8005 Zürich (Empfang Haus B)

Gesprächspartner:
– Dr. Beat Zollinger, Leiter Aktuariat
– Corinne Wyss, HR Business Partner

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Freundliche Grüsse
Corinne Wyss
""",
        label=lab(
            S,
            "Europe/Zurich",
            None,
            company="Limmatfeld Versicherung",
            role="Aktuar/in",
            who=["Beat Zollinger", "Corinne Wyss"],
            emails=["corinne.wyss@limmatfeld.example"],
            notes="Personio German invitation; Swiss 'ss'; no zone (CET).",
        ),
    )
)

# --- German Exchange request, Vienna, after the 30 March switch --------------------------------
S = "2031-04-01 10:00"
add(
    exchange(
        LIESL,
        "outlook-de-wann-wien-donaukanal-bau",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Vorstellungsgespräch Projektleitung Hochbau – Frau Pichler-Hofbauer",
        organizer=("Mag. Sabine Hruby", "s.hruby@donaukanalbau.example"),
        attendees=[("DI Florian Koller", "f.koller@donaukanalbau.example")],
        date=dh("2031-03-25 13:20", "Europe/Vienna"),
        lang="de",
        with_teams=False,
        location="Donaukanal Bau GmbH, Obere Donaustraße 21, 1020 Wien",
        text="""Sehr geehrte Frau Pichler-Hofbauer,

wir freuen uns, Sie zum Vorstellungsgespräch für die Position Projektleitung Hochbau einzuladen. Seitens Donaukanal Bau nehmen DI Florian Koller (Bereichsleiter) und ich teil.

Mit freundlichen Grüßen
Mag. Sabine Hruby
Personalentwicklung""",
        label=lab(
            S,
            "Europe/Berlin",
            "Europe/Berlin",
            company="Donaukanal Bau",
            role="Projektleitung Hochbau",
            who=["Florian Koller", "Sabine Hruby"],
            emails=["f.koller@donaukanalbau.example", "s.hruby@donaukanalbau.example"],
            notes="German Exchange 'Wann:'; W. Europe Standard Time (CLDR: Berlin; same offsets as Vienna); CEST after 30 March.",
        ),
    )
)

# --- Swiss hiring manager, ISO-8859-1, '14.30 Uhr', no year --------------------------------------
S = "2031-03-18 14:30"
add(
    mail(
        URS,
        "terminbestaetigung-latin1-basel-rheinknie-pharma",
        "interview",
        frm=("Thomas Imhof", "thomas.imhof@rheinknie-pharma.example"),
        subject="Terminbestätigung Gespräch Statistiker",
        date=dh("2031-03-12 17:02", "Europe/Zurich"),
        charset="ISO-8859-1",
        body=f"""Lieber Herr Kägi

Danke für die rasche Rückmeldung. Ich bestätige Ihnen gerne unser Gespräch am {de(S, year=False)}, um 14.30 Uhr bei uns in Basel (Grenzacherstrasse 90, Bau 12, 3. Stock). Frau Dr. Regula Hänggi aus der Biostatistik wird ebenfalls dabei sein.

Beste Grüsse
Thomas Imhof
Teamleiter Biostatistik
""",
        label=lab(
            S,
            "Europe/Zurich",
            None,
            company="Rheinknie Pharma",
            role="Statistiker",
            who=["Thomas Imhof", "Regula Hänggi"],
            emails=["thomas.imhof@rheinknie-pharma.example"],
            notes="ISO-8859-1 German; date without a year; '14.30 Uhr'.",
        ),
    )
)

# --- German cancellation, Vienna ------------------------------------------------------------------
S = "2031-03-14 09:00"
add(
    mail(
        LIESL,
        "absage-termin-wien-kahlenberg-software",
        "interview_cancelled",
        frm=("Kahlenberg Software Recruiting", "jobs@kahlenbergsoftware.example"),
        subject="Absage Ihres Termins am 14.03. – Bewerbung Scrum Master",
        date=dh("2031-03-11 16:44", "Europe/Vienna"),
        body=f"""Sehr geehrte Frau Pichler-Hofbauer,

leider müssen wir das für {de(S, year=False)}, 09:00 Uhr geplante Gespräch kurzfristig absagen, da die Stelle intern besetzt werden konnte.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Kahlenberg Software GmbH
""",
        label=lab(
            S,
            "Europe/Vienna",
            None,
            company="Kahlenberg Software",
            role="Scrum Master",
            notes="German cancellation of a booked slot (no new time).",
        ),
    )
)

# --- German scheduling request -----------------------------------------------------------------
add(
    mail(
        URS,
        "terminvorschlaege-bern-aareblick-energie",
        "scheduling_request",
        frm=("Nadia Stucki", "nadia.stucki@aareblick.example"),
        subject="Terminvorschläge für ein Kennenlernen",
        date=dh("2031-03-24 10:30", "Europe/Zurich"),
        body="""Grüezi Herr Kägi-Brändli

Gerne würden wir Sie für die Stelle als Energiedatenanalyst kennenlernen. Welche der folgenden Termine passen Ihnen?

– Dienstag, 1. April, 10:00 Uhr
– Mittwoch, 2. April, 15:30 Uhr
– Freitag, 4. April, 08:30 Uhr

Freundliche Grüsse
Nadia Stucki, HR Aareblick Energie
""",
        label=note("Three German options, none chosen.", company="Aareblick Energie"),
    )
)

# --- German rejection -------------------------------------------------------------------------
add(
    mail(
        LIESL,
        "absage-bewerbung-graz-schlossberg-medtech",
        "rejection",
        frm=("Schlossberg Medtech HR", "karriere@schlossbergmedtech.example"),
        subject="Ihre Bewerbung als Produktmanagerin – Rückmeldung",
        date=dh("2031-04-07 11:05", "Europe/Vienna"),
        body="""Sehr geehrte Frau Pichler-Hofbauer,

vielen Dank für Ihr Interesse an Schlossberg Medtech und die Zeit, die Sie in das Gespräch mit uns investiert haben. Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Profil noch besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Schlossberg Medtech GmbH
""",
        label=note("German rejection after an interview.", company="Schlossberg Medtech"),
    )
)

# --- German offer ---------------------------------------------------------------------------------
add(
    mail(
        URS,
        "vertragsangebot-winterthur-toesstal-robotik",
        "offer",
        frm=("Andrea Frischknecht", "andrea.frischknecht@toesstal-robotik.example"),
        subject="Vertragsangebot – Senior Data Engineer",
        date=dh("2031-04-10 15:40", "Europe/Zurich"),
        body="""Lieber Urs

Herzlichen Dank für die guten Gespräche. Wir freuen uns sehr, Ihnen die Stelle als Senior Data Engineer anzubieten: Jahreslohn CHF 138'000 (13 x), Pensum 100 %, Eintritt per 1. Juni 2031. Den Vertrag finden Sie im Anhang.

Wir würden uns über Ihre Zusage bis 18. April freuen.

Herzliche Grüsse
Andrea Frischknecht
Leiterin HR, Tösstal Robotik AG
""",
        label=note("German offer with salary and start date.", company="Tösstal Robotik"),
    )
)

# --- German out-of-office answer -----------------------------------------------------------------
add(
    mail(
        LIESL,
        "abwesend-recruiterin-urlaub-linz-poestlingberg",
        "auto_reply",
        frm=("Katrin Aigner", "k.aigner@poestlingberg-it.example"),
        subject="Abwesend: Ihre Bewerbung – Unterlagen nachgereicht",
        date=dh("2031-02-17 08:02", "Europe/Vienna"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.02.2031 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 24. Februar bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an recruiting@poestlingberg-it.example.

Katrin Aigner
""",
        label=note("German out-of-office reply.", return_date="2031-02-24"),
    )
)

# --- German job alert -----------------------------------------------------------------------------
add(
    mail(
        URS,
        "stepstone-stellenangebote-aktuar-alert",
        "bulk",
        frm=("StepStone Job-Agent", "jobagent@stepstone.de"),
        subject="12 neue Stellenangebote für „Aktuar“ in Zürich",
        date=dh("2031-03-02 07:00", "Europe/Zurich"),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/unsubscribe?id=8812"),
        body="""Hallo Urs,

Ihr Job-Agent hat 12 neue Stellenangebote gefunden:

Aktuar Leben (m/w/d) – Versicherung, Zürich – vor 2 Tagen
Pricing Actuary (m/w/d) – Rückversicherung, Zürich – neu
Risikomanager/in Solvenz – Bank, Zug – vor 3 Tagen

Alle Treffer ansehen: https://www.stepstone.de/jobagent/8812

Job-Agent abbestellen: https://www.stepstone.de/unsubscribe?id=8812
""",
        label=note("German job alert."),
    )
)

# ============================== French =========================================================

# --- Welcome to the Jungle invitation, Paris ------------------------------------------------------
S = "2031-03-12 10:00"
add(
    ats(
        GASPARD,
        "wttj-convocation-paris-marais-fintech",
        "interview",
        frm=("Capucine via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
        reply_to=("Capucine Roussel", "capucine.roussel@lepontneuf-paie.example"),
        subject="Confirmation de votre entretien avec Pont-Neuf Paie",
        date=dh("2031-03-06 18:20", "Europe/Paris"),
        body=f"""Bonjour Gaspard,

Votre entretien pour le poste de Product Owner est confirmé :

📅 {fr(S)}
🕙 {S[11:13]}h{S[14:16]} – 11h00 (heure de Paris)
📍 Pont-Neuf Paie, 18 rue de Turenne, 75004 Paris

Vous rencontrerez Hugo Marchetti (CPO) et Capucine Roussel (Talent Acquisition).

À très vite,
L'équipe Pont-Neuf Paie
""",
        label=lab(
            S,
            "Europe/Paris",
            "Europe/Paris",
            company="Pont-Neuf Paie",
            role="Product Owner",
            who=["Hugo Marchetti", "Capucine Roussel"],
            emails=["capucine.roussel@lepontneuf-paie.example"],
            notes="French, '10h00', 'heure de Paris', emoji bullets.",
        ),
    )
)

# --- French Exchange request, Brussels -------------------------------------------------------------
S = "2031-03-27 14:00"
add(
    exchange(
        AMANDINE,
        "outlook-fr-quand-bruxelles-sablon-avocats",
        "interview",
        start=S,
        zone="Romance Standard Time",
        minutes=60,
        subject="Entretien – Juriste junior (A. Verhaegen)",
        organizer=("Maître Olivier Dechamps", "o.dechamps@sablon-avocats.example"),
        attendees=[("Maître Nathalie Goossens", "n.goossens@sablon-avocats.example")],
        date=dh("2031-03-19 12:10", "Europe/Brussels"),
        lang="fr",
        text="""Chère Madame Verhaegen,

Je vous confirme notre entretien pour le poste de juriste junior. Maître Nathalie Goossens, associée, y participera également. L'entretien se tiendra via Teams.

Bien à vous,
Olivier Dechamps
Sablon Avocats""",
        label=lab(
            S,
            "Europe/Paris",
            "Europe/Paris",
            company="Sablon Avocats",
            role="Juriste junior",
            who=["Olivier Dechamps", "Nathalie Goossens"],
            emails=["o.dechamps@sablon-avocats.example", "n.goossens@sablon-avocats.example"],
            notes="French Exchange 'Quand :'; Romance Standard Time (CLDR: Paris); CET before 30 March.",
        ),
    )
)

# --- Québec recruiter, 'heure de l'Est', 13 h 30 ---------------------------------------------------
S = "2031-03-20 13:30"
add(
    mail(
        SOLENNE,
        "quebec-entretien-heure-de-l-est-fleuve-assurances",
        "interview",
        frm=("Geneviève Tremblay-Côté", "gtremblaycote@fleuveassurances.example"),
        subject="Confirmation d'entretien – Analyste en actuariat",
        date=dh("2031-03-13 09:48", "America/Toronto"),
        body=f"""Bonjour Solenne,

Tel que convenu au téléphone, je vous confirme votre entretien le {fr(S, year=False)} à 13 h 30 (heure de l'Est), par Teams. Vous rencontrerez Jean-Philippe Ouellet, directeur actuariat, et moi-même.

Au plaisir,
Geneviève Tremblay-Côté
Conseillère en acquisition de talents
Fleuve Assurances
""",
        label=lab(
            S,
            "America/Toronto",
            "America/Toronto",
            company="Fleuve Assurances",
            role="Analyste en actuariat",
            who=["Jean-Philippe Ouellet", "Geneviève Tremblay-Côté"],
            emails=["gtremblaycote@fleuveassurances.example"],
            notes="Québec French; '13 h 30 (heure de l'Est)'; EDT after the 9 March switch.",
        ),
    )
)

# --- French cancellation ---------------------------------------------------------------------
S = "2031-04-03 15:00"
add(
    mail(
        GASPARD,
        "annulation-entretien-lyon-croix-rousse-energie",
        "interview_cancelled",
        frm=("Élodie Ferrand", "elodie.ferrand@croixrousse-energie.example"),
        subject="Annulation de notre entretien du 3 avril",
        date=dh("2031-03-31 11:30", "Europe/Paris"),
        body=f"""Bonjour Monsieur Lemaire-Dufresne,

Je suis au regret de devoir annuler notre entretien prévu le {fr(S, year=False)} à 15h. Le recrutement pour le poste de chef de projet est suspendu pour le moment.

Nous reviendrons vers vous si la situation évolue.

Cordialement,
Élodie Ferrand
Responsable RH, Croix-Rousse Énergie
""",
        label=lab(
            S,
            "Europe/Paris",
            None,
            company="Croix-Rousse Énergie",
            role="Chef de projet",
            notes="French cancellation, no new time.",
        ),
    )
)

# --- French scheduling request ----------------------------------------------------------------
add(
    mail(
        AMANDINE,
        "disponibilites-namur-meuse-ingenierie",
        "scheduling_request",
        frm=("Sébastien Lambotte", "s.lambotte@meuse-ingenierie.example"),
        subject="Vos disponibilités pour un entretien ?",
        date=dh("2031-02-24 14:25", "Europe/Brussels"),
        body="""Bonjour Madame Verhaegen,

Votre candidature a retenu notre attention. Pourriez-vous me communiquer vos disponibilités la semaine prochaine pour un premier entretien d'une heure à Namur ?

Cordialement,
Sébastien Lambotte
Meuse Ingénierie
""",
        label=note("Asks for availability in French.", company="Meuse Ingénierie"),
    )
)

# --- French rejection -----------------------------------------------------------------------------
add(
    mail(
        SOLENNE,
        "reponse-candidature-montreal-mont-royal-pharma",
        "rejection",
        frm=("Recrutement Mont-Royal Pharma", "recrutement@montroyalpharma.example"),
        subject="Réponse à votre candidature – Coordonnatrice qualité",
        date=dh("2031-04-11 10:00", "America/Toronto"),
        body="""Bonjour Solenne,

Nous vous remercions de l'intérêt que vous portez à Mont-Royal Pharma. Après analyse de votre dossier, nous ne sommes malheureusement pas en mesure de donner suite à votre candidature pour ce poste.

Nous conserverons votre profil pour de futures opportunités.

L'équipe Recrutement
""",
        label=note("Québec French rejection.", company="Mont-Royal Pharma"),
    )
)

# --- French offer ---------------------------------------------------------------------------------
add(
    mail(
        GASPARD,
        "offre-embauche-nantes-erdre-mobilite",
        "offer",
        frm=("Yannick Le Goff", "yannick.legoff@erdre-mobilite.example"),
        subject="Proposition d'embauche – poste de Lead Developer",
        date=dh("2031-04-14 17:12", "Europe/Paris"),
        body="""Bonjour Gaspard,

Suite à nos échanges, j'ai le plaisir de vous proposer le poste de Lead Developer en CDI, avec une rémunération annuelle brute de 62 000 €, et une prise de poste le 2 juin 2031. Vous trouverez la promesse d'embauche en pièce jointe.

Merci de nous faire part de votre réponse d'ici le 22 avril.

Bien cordialement,
Yannick Le Goff
Directeur technique, Erdre Mobilité
""",
        label=note("French offer (CDI, salary, start date).", company="Erdre Mobilité"),
    )
)

# --- French out-of-office --------------------------------------------------------------------------
add(
    mail(
        AMANDINE,
        "absence-bureau-liege-recruteur-retour",
        "auto_reply",
        frm=("Pauline Delvaux", "p.delvaux@ardennes-rh.example"),
        subject="Réponse automatique : absence du bureau",
        date=dh("2031-03-03 09:00", "Europe/Brussels"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 7 mars inclus. Je prendrai connaissance de votre message à mon retour le lundi 10 mars.

Pour toute urgence : contact@ardennes-rh.example

Pauline Delvaux
""",
        label=note("French out-of-office.", return_date="2031-03-10"),
    )
)

# --- French other: job-centre appointment (not a job interview) -------------------------------------
add(
    mail(
        GASPARD,
        "rendez-vous-conseiller-emploi-paris",
        "other",
        frm=("Agence emploi Paris 11", "ne-pas-repondre@agence-emploi.example"),
        subject="Rendez-vous avec votre conseiller",
        date=dh("2031-02-20 08:15", "Europe/Paris"),
        body="""Bonjour Monsieur Lemaire-Dufresne,

Vous êtes convoqué à un rendez-vous avec votre conseiller, M. Rachid Benali, le jeudi 27 février à 9h30 à l'agence Paris 11, 12 rue Oberkampf.

Motif : point d'étape sur votre projet professionnel.

Merci de vous munir d'une pièce d'identité.
""",
        label=note("Job-centre counselling appointment, not an interview with an employer."),
    )
)

# ============================== Spanish ========================================================

# --- Madrid, 'convocatoria', 24 h, no zone -----------------------------------------------------
S = "2031-03-26 11:30"
add(
    mail(
        NURIA,
        "convocatoria-entrevista-madrid-retiro-seguros",
        "interview",
        frm=("Selección Retiro Seguros", "seleccion@retiroseguros.example"),
        subject="Convocatoria a entrevista – Analista de Riesgos",
        date=dh("2031-03-19 12:40", "Europe/Madrid"),
        body=f"""Estimada Núria:

Nos complace convocarle a una entrevista para el puesto de Analista de Riesgos el próximo {es(S)} a las 11:30 h en nuestras oficinas de la calle Alcalá 95, 4.ª planta.

Le atenderán D.ª Beatriz Olmedo (Directora de Riesgos) y D. Javier Castaño (Responsable de Selección).

Rogamos confirme su asistencia.

Un cordial saludo,
Departamento de Selección
Retiro Seguros
""",
        label=lab(
            S,
            "Europe/Madrid",
            None,
            company="Retiro Seguros",
            role="Analista de Riesgos",
            who=["Beatriz Olmedo", "Javier Castaño"],
            notes="Spanish convocatoria, '11:30 h', no zone (CET before 30 March).",
        ),
    )
)

# --- Spanish Exchange, Santiago, just before Chile's switch ------------------------------------------
S = "2031-04-03 10:00"
add(
    exchange(
        CATALINA,
        "outlook-es-cuando-santiago-cordillera-vinos",
        "interview",
        start=S,
        zone="Pacific SA Standard Time",
        minutes=60,
        subject="Entrevista – Jefa de Exportaciones",
        organizer=("Rodrigo Valdivieso", "rvaldivieso@cordilleravinos.example"),
        attendees=[("Francisca Errázuriz", "ferrazuriz@cordilleravinos.example")],
        date=dh("2031-03-28 16:00", "America/Santiago"),
        lang="es",
        text="""Estimada Catalina:

Te confirmo la entrevista para el cargo de Jefa de Exportaciones. Participará también Francisca Errázuriz, gerente comercial. Nos conectamos por Teams.

Saludos cordiales,
Rodrigo Valdivieso
Gerente de Personas, Cordillera Vinos""",
        label=lab(
            S,
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Vinos",
            role="Jefa de Exportaciones",
            who=["Rodrigo Valdivieso", "Francisca Errázuriz"],
            emails=["rvaldivieso@cordilleravinos.example", "ferrazuriz@cordilleravinos.example"],
            notes="Spanish Exchange; Pacific SA TZID; 3 April is still Chilean summer time (-03:00).",
        ),
    )
)

# --- Mexico, 'hora del centro' -------------------------------------------------------------------
S = "2031-02-20 17:00"
add(
    mail(
        EMILIANO,
        "entrevista-hora-del-centro-monterrey-acero-norte",
        "interview",
        frm=("Karla Garza Treviño", "kgarza@aceronorte.example"),
        subject="Entrevista confirmada – Gerente de Compras",
        date=dh("2031-02-14 13:15", "America/Mexico_City"),
        body=f"""Hola Teodoro, buena tarde.

Te confirmo tu entrevista por videollamada el {es(S)} a las 5:00 p.m. (hora del centro de México) con el Ing. Rogelio Cantú, director de operaciones.

Cualquier cambio me avisas.

Saludos,
Karla Garza Treviño
Reclutamiento, Acero Norte
""",
        label=lab(
            S,
            "America/Mexico_City",
            "America/Mexico_City",
            company="Acero Norte",
            role="Gerente de Compras",
            who=["Rogelio Cantú"],
            notes="Mexican Spanish; '5:00 p.m. (hora del centro de México)'.",
        ),
    )
)

# --- Spanish cancellation, Caracas --------------------------------------------------------------------
S = "2031-03-10 09:00"
add(
    mail(
        ORIANA,
        "cancelacion-entrevista-caracas-avila-digital",
        "interview_cancelled",
        frm=("Gabriela Montilla", "gmontilla@aviladigital.example"),
        subject="Cancelación de entrevista – Community Manager",
        date=dh("2031-03-07 18:10", "America/Caracas"),
        body=f"""Hola Oriana,

Lamentamos informarte que debemos cancelar la entrevista prevista para el {es(S)} a las 9:00 a.m. Por cambios internos la vacante quedó congelada.

Te escribiremos si se reabre el proceso.

Saludos,
Gabriela Montilla
Talento Humano, Ávila Digital
""",
        label=lab(
            S,
            "America/Caracas",
            None,
            company="Ávila Digital",
            role="Community Manager",
            notes="Spanish cancellation without a new time.",
        ),
    )
)

# --- Spanish scheduling request ---------------------------------------------------------------------
add(
    mail(
        NURIA,
        "disponibilidad-entrevista-barcelona-poblenou-labs",
        "scheduling_request",
        frm=("Marc Vidal Soler", "marc.vidal@poblenoulabs.example"),
        subject="Disponibilidad para una primera entrevista",
        date=dh("2031-04-01 10:05", "Europe/Madrid"),
        body="""Hola Núria,

Gracias por tu candidatura para Data Analyst. ¿Qué disponibilidad tienes la semana que viene para una llamada de 30 minutos? Por nuestra parte, cualquier mañana entre las 9 y las 13 h.

Un saludo,
Marc Vidal Soler
People, Poblenou Labs
""",
        label=note("Asks for availability in Spanish.", company="Poblenou Labs"),
    )
)

# --- Spanish rejection ------------------------------------------------------------------------------
add(
    mail(
        EMILIANO,
        "proceso-seleccion-no-continua-guadalajara-tequilana",
        "rejection",
        frm=("Atracción de Talento", "talento@tapatiasoftware.example"),
        subject="Actualización de tu proceso de selección",
        date=dh("2031-03-28 12:00", "America/Mexico_City"),
        body="""Hola Teodoro,

Gracias por el tiempo dedicado a nuestro proceso de selección para Líder de Proyectos. Después de revisar cuidadosamente los perfiles, hemos decidido continuar con otros candidatos cuya experiencia se ajusta más a lo que buscamos en este momento.

Te deseamos mucho éxito.

Equipo de Atracción de Talento
Tapatía Software
""",
        label=note("Spanish rejection.", company="Tapatía Software"),
    )
)

# --- Spanish offer --------------------------------------------------------------------------------
add(
    mail(
        CATALINA,
        "oferta-laboral-valparaiso-puerto-austral",
        "offer",
        frm=("Constanza Bravo", "cbravo@puertoaustral.example"),
        subject="Oferta laboral – Analista de Operaciones Portuarias",
        date=dh("2031-04-15 09:30", "America/Santiago"),
        body="""Hola Catalina:

¡Felicitaciones! Nos alegra ofrecerte el cargo de Analista de Operaciones Portuarias, con un sueldo bruto mensual de $2.100.000, contrato indefinido e ingreso el 5 de mayo. Adjuntamos la carta oferta para tu firma.

Quedamos atentos a tu respuesta antes del 22 de abril.

Saludos,
Constanza Bravo
Jefa de Personas, Puerto Austral
""",
        label=note("Spanish (Chile) offer letter.", company="Puerto Austral"),
    )
)

# --- Spanish out-of-office ----------------------------------------------------------------------------
add(
    mail(
        NURIA,
        "ausencia-vacaciones-recruiter-valencia",
        "auto_reply",
        frm=("Lucía Sanchis", "lsanchis@turiatalento.example"),
        subject="Respuesta automática: Ausencia – RE: candidatura Data Analyst",
        date=dh("2031-04-07 08:40", "Europe/Madrid"),
        extra=AUTO,
        in_reply_to=mid("nuria-turia", "example.org"),
        body="""Hola,

Estaré fuera de la oficina hasta el 21 de abril por vacaciones de Semana Santa, con acceso limitado al correo. Para asuntos urgentes escribe a equipo@turiatalento.example.

Gracias,
Lucía Sanchis
""",
        label=note(
            "Spanish out-of-office; return 'hasta el 21 de abril' is ambiguous (last day or return), so no return date."
        ),
    )
)

# --- Spanish job alert (Computrabajo) --------------------------------------------------------------
add(
    mail(
        MILAGROS,
        "computrabajo-empleos-geologia-lima",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="Nuevos empleos de Geología en Lima",
        date=dh("2031-02-16 06:30", "America/Lima"),
        extra=bulk("<alertas.computrabajo.com>", "https://pe.computrabajo.com/baja?u=7731"),
        body="""Hola Milagros,

Estas ofertas coinciden con tu búsqueda "geólogo":

- Geólogo de exploración – Minera del Sur – Arequipa
- Geólogo junior – Consultora ambiental – Lima
- Asistente de laboratorio geotécnico – Lima

Ver todas: https://pe.computrabajo.com/alertas/7731
Darse de baja: https://pe.computrabajo.com/baja?u=7731
""",
        label=note("Spanish job alert."),
    )
)

# --- Spanish other: parent-teacher meeting --------------------------------------------------------
add(
    mail(
        MILAGROS,
        "reunion-padres-colegio-miraflores",
        "other",
        frm=("Colegio San Martín de Porres", "secretaria@colegiosmp.example"),
        subject="Reunión de padres de familia – 3.er grado",
        date=dh("2031-03-24 15:00", "America/Lima"),
        body="""Estimados padres de familia:

Les recordamos la reunión con la tutora, Miss Rosa Cárdenas, el jueves 27 de marzo a las 6:30 p.m. en el aula de 3.er grado B. Se tratarán los resultados de la primera evaluación.

Atentamente,
La Dirección
""",
        label=note("Parent-teacher meeting, not a job interview."),
    )
)
