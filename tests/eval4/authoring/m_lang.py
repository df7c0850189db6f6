"""German, French and Spanish mail written as local recruiters and employers write it:
interviews, cancellations, rejections, offers and scheduling requests."""

from __future__ import annotations

from .kit import (
    ALEJANDRO,
    ANTOINE,
    FLORIAN,
    GOOGLE,
    KATHARINA,
    MARTA,
    MATHILDE,
    MAUDE,
    NADINE,
    OUTLOOK,
    VALENTINA,
    Msg,
    attachment,
    de,
    dh,
    es,
    event,
    fr,
    html_page,
    iso,
    iv,
    mail,
    note,
    paras,
    plus,
    t24,
    teams,
    uid,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === German ======================================================================================

# --- Outlook auf Deutsch, W. Europe Standard Time, nach der Zeitumstellung ------------------------
S = "2027-03-30 14:00"
TXT = f"""Wann: {de(S)} {t24(S)}-{t24(plus(S, 60))} (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Wo: Microsoft Teams-Besprechung

*~*~*~*~*~*~*~*~*~*

Sehr geehrte Frau Vogt,

vielen Dank für Ihre Bewerbung als Teamleiterin Controlling. Wie telefonisch besprochen, lade ich Sie hiermit zu einem Vorstellungsgespräch per Microsoft Teams ein.

Gesprächspartner:
- Herr Dr. Matthias Kühnel, Kaufmännischer Leiter
- Frau Sabine Oberländer, Personalreferentin

Bitte nehmen Sie die Einladung an, damit der Termin in Ihrem Kalender steht.

Mit freundlichen Grüßen
Sabine Oberländer
Personalabteilung
Havelstahl Anlagenbau GmbH
"""
add(
    mail(
        KATHARINA,
        "outlook-de-einladung-havelstahl",
        "interview",
        frm=("Oberländer, Sabine", "s.oberlaender@havelstahl.example"),
        subject="Einladung zum Vorstellungsgespräch – Teamleiterin Controlling (m/w/d)",
        date=dh("2027-03-19 11:40:00", "Europe/Berlin"),
        body=TXT + teams("havelstahl"),
        html_auto=True,
        extra=[("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")],
        ics=event(
            uid=uid("havelstahl", "outlook"),
            start=S,
            zone="W. Europe Standard Time",
            minutes=60,
            summary="Vorstellungsgespräch Katharina Vogt – Teamleiterin Controlling",
            organizer=("Oberländer, Sabine", "s.oberlaender@havelstahl.example"),
            attendees=[
                ("Katharina Vogt", "katharina.vogt@example.net"),
                ("Kühnel, Matthias", "m.kuehnel@havelstahl.example"),
            ],
            location="Microsoft Teams-Besprechung",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "Europe/Berlin"),
            "Europe/Berlin",
            company="Havelstahl Anlagenbau",
            role="Teamleiterin Controlling",
            interviewers=["Matthias Kühnel", "Sabine Oberländer"],
            emails=["m.kuehnel@havelstahl.example", "s.oberlaender@havelstahl.example"],
            notes="German Outlook ('Wann:' with the standard offset) two days after the EU switch (CEST); 'Nachname, Vorname' display names.",
        ),
    )
)

# --- Österreich: Terminbestätigung, ISO-8859-1, kein Kalender -----------------------------------
S = "2027-03-15 09:30"
add(
    mail(
        FLORIAN,
        "terminbestaetigung-latin1-donauwerk-wien",
        "interview",
        frm=("Mag. Elisabeth Pichler-Haas", "e.pichler-haas@donauwerk.example"),
        subject="Terminbestätigung: Ihr Vorstellungsgespräch bei Donauwerk Energie",
        date=dh("2027-03-08 10:05:00", "Europe/Vienna"),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
        body=f"""Sehr geehrter Herr Gruber,

vielen Dank für Ihr Interesse an der Position »Projektleiter Netzausbau«.

Gerne bestätigen wir Ihnen den Termin für das persönliche Gespräch am {de(S)} um 9:30 Uhr in unserer Zentrale, Erdbergstraße 200, 1030 Wien (Empfang im Erdgeschoss).

Ihre Gesprächspartner sind DI Stefan Aigner (Leiter Netzplanung) und ich.

Bitte bringen Sie einen Lichtbildausweis mit. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Mag. Elisabeth Pichler-Haas
Recruiting & Employer Branding
Donauwerk Energie AG
""",
        label=iv(
            iso(S, "Europe/Vienna"),
            None,
            company="Donauwerk Energie",
            role="Projektleiter Netzausbau",
            interviewers=["Stefan Aigner", "Elisabeth Pichler-Haas"],
            emails=["e.pichler-haas@donauwerk.example"],
            notes="Austrian confirmation in ISO-8859-1; academic titles (Mag., DI) before names; no zone (CET).",
        ),
    )
)

# --- Schweiz: Terminabsage (Krankheit), neue Termine folgen ---------------------------------------
S = "2027-03-31 14:00"
add(
    mail(
        NADINE,
        "terminabsage-limmatbank-zuerich",
        "interview_cancelled",
        frm=("Corinne Frei", "corinne.frei@limmatbank.example"),
        subject="Absage Termin Vorstellungsgespräch vom 31. März",
        date=dh("2027-03-29 08:20:00", "Europe/Zurich"),
        body=f"""Liebe Frau Brunner

Leider muss ich Ihnen mitteilen, dass wir unser Gespräch vom {de(S)}, {t24(S, ".")} Uhr, absagen müssen: Herr Baumann ist kurzfristig erkrankt.

Wir bedauern die Umstände sehr. Sobald Herr Baumann wieder zurück ist, melde ich mich mit neuen Terminvorschlägen bei Ihnen.

Freundliche Grüsse
Corinne Frei
HR Business Partner
Limmat Privatbank AG
""",
        label=iv(
            iso(S, "Europe/Zurich"),
            None,
            company="Limmat Privatbank",
            role=None,
            interviewers=[],
            notes="Swiss German (no ß, 'Freundliche Grüsse'); cancelled, new dates to follow; '14.00 Uhr'; CEST.",
        ),
    )
)

# --- Absage nach der finalen Runde ---------------------------------------------------------------
add(
    mail(
        KATHARINA,
        "absage-nach-finalrunde-spreeklang",
        "rejection",
        frm=("Spreeklang Audio GmbH", "jobs@spreeklang.example"),
        reply_to=("Jana Wolters", "jana.wolters@spreeklang.example"),
        subject="Ihre Bewerbung als Head of Finance bei Spreeklang",
        date=dh("2027-04-09 16:30:00", "Europe/Berlin"),
        body="""Liebe Frau Vogt,

vielen Dank für die offenen und angenehmen Gespräche, zuletzt mit unserer Geschäftsführung in der vergangenen Woche.

Die Entscheidung ist uns wirklich nicht leichtgefallen. Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrung im Bereich Konzernabschluss noch etwas besser zu unseren aktuellen Anforderungen passt.

Gerne gebe ich Ihnen in einem kurzen Telefonat ein ausführlicheres Feedback – melden Sie sich einfach bei mir.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Herzliche Grüße
Jana Wolters
People & Culture
""",
        label=note("German rejection after the final round, offering a feedback call."),
    )
)

# --- Vertragsangebot (Angebot mit Vertrag als PDF) ---------------------------------------------
add(
    mail(
        FLORIAN,
        "vertragsangebot-alpenlogik-graz",
        "offer",
        frm=("Thomas Reisinger", "thomas.reisinger@alpenlogik.example"),
        subject="Vertragsangebot – Senior Backend Developer",
        date=dh("2027-04-06 13:15:00", "Europe/Vienna"),
        body="""Lieber Florian,

wie heute telefonisch besprochen, freuen wir uns sehr, Dir die Position als Senior Backend Developer bei AlpenLogik anbieten zu können.

Anbei findest Du den Dienstvertrag (Bruttojahresgehalt EUR 74.000, 14 Gehälter, Eintritt 1. Juni 2027, Homeoffice bis 3 Tage/Woche). Bitte schick uns den unterschriebenen Vertrag bis zum 16. April zurück.

Bei Fragen ruf mich jederzeit an.

Liebe Grüße aus Graz
Thomas Reisinger
CTO, AlpenLogik GmbH
""",
        attachments=[
            attachment(
                b"%PDF-1.4\n% Dienstvertrag (Platzhalter)\n%%EOF\n",
                "application/pdf",
                "Dienstvertrag_Gruber.pdf",
            )
        ],
        label=note(
            "German (Austrian, du-form) offer with the contract attached and a return deadline."
        ),
    )
)

# --- Terminvorschlag per Buchungslink ---------------------------------------------------------
add(
    mail(
        NADINE,
        "terminwahl-link-reusscloud",
        "scheduling_request",
        frm=("Reuss Cloud AG", "noreply@reusscloud.example"),
        reply_to=("Fabienne Roth", "fabienne.roth@reusscloud.example"),
        subject="Ihre Bewerbung: Bitte wählen Sie einen Termin für das Erstgespräch",
        date=dh("2027-03-16 09:05:00", "Europe/Zurich"),
        body="""Guten Tag Frau Brunner

Vielen Dank für Ihre Bewerbung als Cloud Security Architect. Gerne möchten wir Sie in einem ersten Videogespräch (30 Minuten) kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin in den nächsten zwei Wochen:
https://termine.reusscloud.example/erstgespraech/7f3a9

Freundliche Grüsse
Fabienne Roth
Talent Acquisition
""",
        label=note("Swiss German request to pick a slot via a link; nothing booked yet."),
    )
)

# === French ======================================================================================

# --- Welcome to the Jungle: confirmation, Paris, après le changement d'heure ------------------------
S = "2027-04-01 14:30"
add(
    mail(
        MATHILDE,
        "wttj-confirmation-entretien-lumiere-verte",
        "interview",
        frm=("Maison Lumière Verte", "no-reply@welcometothejungle.com"),
        reply_to=("Anaïs Mercier", "anais.mercier@lumiere-verte.example"),
        subject="Confirmation de votre entretien – Cheffe de projet RSE",
        date=dh("2027-03-25 10:12:00", "Europe/Paris"),
        body=f"""Bonjour Mathilde,

Votre entretien pour le poste de Cheffe de projet RSE chez Maison Lumière Verte est confirmé.

📅 {fr(S)} à 14h30 (heure de Paris)
📍 12 rue de la Chaussée-d'Antin, 75009 Paris – 4e étage
👥 Avec Bastien Leroux (Directeur RSE) et Anaïs Mercier (Talent Acquisition)

Merci de vous présenter 10 minutes en avance à l'accueil.

À très vite,
L'équipe Maison Lumière Verte
""",
        html_auto=True,
        label=iv(
            iso(S, "Europe/Paris"),
            "Europe/Paris",
            company="Maison Lumière Verte",
            role="Cheffe de projet RSE",
            interviewers=["Bastien Leroux", "Anaïs Mercier"],
            notes="French ATS mail; '14h30 (heure de Paris)' four days after the EU switch (CEST).",
        ),
    )
)

# --- Google Agenda en français, Bruxelles ------------------------------------------------------
S = "2027-03-16 10:00"
add(
    mail(
        ANTOINE,
        "google-agenda-fr-sablon-conseil",
        "interview",
        frm=("Éloïse Vandenbroucke", "eloise.vandenbroucke@sablonconseil.example"),
        sender="Google Agenda <calendar-notification@google.com>",
        subject="Invitation: Entretien – Antoine Delcourt / Consultant senior @ mar. 16 mars 2027 10:00 - 11:00 (CET) (antoine.delcourt@example.org)",
        date=dh("2027-03-10 15:27:00", "Europe/Brussels"),
        body=f"""Vous avez été invité à l'événement suivant.

Entretien – Antoine Delcourt / Consultant senior
Quand
{fr(S)} ⋅ 10:00 – 11:00 (heure normale d'Europe centrale - Bruxelles)

Participer avec Google Meet
meet.google.com/sbl-cnsl-tqr

Invités
Éloïse Vandenbroucke - organisateur
Pieter-Jan De Smet
antoine.delcourt@example.org

Bonjour Antoine, voici l'invitation pour votre entretien avec Pieter-Jan De Smet (Associé). Au plaisir, Éloïse

Invitation de Google Agenda
""",
        html_auto=True,
        ics=event(
            uid=uid("gcal-fr-sablon"),
            start=S,
            zone="Europe/Brussels",
            minutes=60,
            summary="Entretien – Antoine Delcourt / Consultant senior",
            organizer=("Éloïse Vandenbroucke", "eloise.vandenbroucke@sablonconseil.example"),
            attendees=[
                ("Pieter-Jan De Smet", "pieterjan.desmet@sablonconseil.example"),
                ("Antoine Delcourt", "antoine.delcourt@example.org"),
            ],
            description="Entretien avec Pieter-Jan De Smet (Associé).\nParticiper avec Google Meet : https://meet.google.com/sbl-cnsl-tqr",
            prodid=GOOGLE,
            wr_timezone="Europe/Brussels",
        ),
        label=iv(
            iso(S, "Europe/Brussels"),
            "Europe/Brussels",
            company="Sablon Conseil",
            role="Consultant senior",
            interviewers=["Pieter-Jan De Smet"],
            emails=["pieterjan.desmet@sablonconseil.example"],
            notes="Google Calendar in French ('mar. 16 mars 2027'); CET.",
        ),
    )
)

# --- Québec: entrevue téléphonique, heure de l'Est -----------------------------------------------
S = "2027-03-16 13:30"
add(
    mail(
        MAUDE,
        "entrevue-telephonique-quebec-boreal-assurances",
        "interview",
        frm=("Geneviève Tremblay-Roy", "genevieve.tremblayroy@borealassurances.example"),
        subject="Entrevue téléphonique – Conseillère en conformité",
        date=dh("2027-03-10 11:48:00", "America/Toronto"),
        body=f"""Bonjour Maude,

Merci de l'intérêt que vous portez à Boréal Assurances. Tel que convenu, je vous appellerai le {fr(S, year=False)} à 13 h 30 (heure de l'Est) pour une entrevue téléphonique d'environ 30 minutes.

Si ce moment ne vous convient plus, n'hésitez pas à m'écrire.

Au plaisir,

Geneviève Tremblay-Roy
Conseillère principale, acquisition de talents
Boréal Assurances
""",
        label=iv(
            iso(S, "America/Toronto"),
            "America/Toronto",
            company="Boréal Assurances",
            role="Conseillère en conformité",
            interviewers=["Geneviève Tremblay-Roy"],
            emails=["genevieve.tremblayroy@borealassurances.example"],
            notes="Québec French 'entrevue'; '13 h 30 (heure de l'Est)' (Eastern Time region); EDT after the 14 March switch.",
        ),
    )
)

# --- Annulation d'entretien, Paris -----------------------------------------------------------------
S = "2027-04-02 11:00"
add(
    mail(
        MATHILDE,
        "annulation-entretien-atelier-vauban",
        "interview_cancelled",
        frm=("Clémence Aubry", "clemence.aubry@ateliervauban.example"),
        subject="Annulation de votre entretien du vendredi 2 avril",
        date=dh("2027-03-30 18:05:00", "Europe/Paris"),
        body=f"""Bonjour Mathilde,

Je suis au regret de devoir annuler notre entretien prévu le {fr(S)} à 11h00. Le poste de Responsable développement durable vient d'être gelé suite à une réorganisation interne.

Nous sommes sincèrement désolés pour ce contretemps et nous reviendrons vers vous si le recrutement est relancé.

Bien cordialement,
Clémence Aubry
Responsable RH – Atelier Vauban
""",
        label=iv(
            iso(S, "Europe/Paris"),
            None,
            company="Atelier Vauban",
            role="Responsable développement durable",
            interviewers=[],
            notes="French cancellation (position frozen); 11h00, CEST.",
        ),
    )
)

# --- Refus de candidature, Bruxelles -------------------------------------------------------------
add(
    mail(
        ANTOINE,
        "refus-candidature-meuse-energie",
        "rejection",
        frm=("Meuse Énergie – Recrutement", "recrutement@meuse-energie.example"),
        subject="Votre candidature au poste de Analyste marchés de l'énergie",
        date=dh("2027-03-24 14:44:00", "Europe/Brussels"),
        body="""Monsieur,

Nous vous remercions pour l'intérêt que vous portez à Meuse Énergie ainsi que pour le temps consacré à nos entretiens.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature. Notre choix s'est porté sur un profil dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement
""",
        label=note("Formal Belgian French rejection after interviews."),
    )
)

# --- Offre d'emploi, Québec ---------------------------------------------------------------------------
add(
    mail(
        MAUDE,
        "offre-emploi-quebec-cooperative-laurentides",
        "offer",
        frm=("Isabelle Gagnon", "isabelle.gagnon@coop-laurentides.example"),
        subject="Offre d'emploi – Conseillère en conformité réglementaire",
        date=dh("2027-04-08 15:20:00", "America/Toronto"),
        rich=html_page(
            paras("""Bonjour Maude,

C'est avec grand plaisir que nous vous confirmons notre offre pour le poste de Conseillère en conformité réglementaire au sein de la Coopérative financière des Laurentides, à la suite de notre conversation téléphonique de ce matin.

Vous trouverez ci-joint la lettre d'offre détaillant les conditions : salaire annuel de 92 000 $, quatre semaines de vacances et régime de retraite à prestations déterminées. L'entrée en fonction est prévue le 3 mai 2027.

Nous vous invitons à signer la lettre électroniquement d'ici le 14 avril.

Bienvenue dans l'équipe!

Isabelle Gagnon
Directrice, ressources humaines"""),
            lang="fr",
        ),
        label=note("Québec French written offer following a verbal offer, e-signature deadline."),
    )
)

# === Spanish =========================================================================================

# --- Barcelona: convocatoria a entrevista -------------------------------------------------------
S = "2027-03-18 10:30"
add(
    mail(
        MARTA,
        "convocatoria-entrevista-mediterrania-logistica",
        "interview",
        frm=("Núria Soler Pujol", "nsoler@mediterrania-logistica.example"),
        subject="Convocatoria a entrevista – Responsable de Planificación",
        date=dh("2027-03-11 12:58:00", "Europe/Madrid"),
        body=f"""Hola Marta:

Gracias por tu interés en Mediterrània Logística. Nos gustaría conocerte en persona para el puesto de Responsable de Planificación.

Te confirmamos la entrevista el {es(S)} a las 10:30 h en nuestras oficinas de la Zona Franca (Carrer 60, nº 19, Barcelona). Te atenderán Jordi Casals Vidal (Director de Operaciones) y yo misma.

Si tienes cualquier duda, puedes llamarme al 93 555 01 27.

Un saludo,
Núria Soler Pujol
Talento y Cultura
""",
        label=iv(
            iso(S, "Europe/Madrid"),
            None,
            company="Mediterrània Logística",
            role="Responsable de Planificación",
            interviewers=["Jordi Casals Vidal", "Núria Soler Pujol"],
            emails=["nsoler@mediterrania-logistica.example"],
            notes="Spanish (tú form) confirmation, '10:30 h', no zone (CET, before the EU switch).",
        ),
    )
)

# --- Montevideo: confirmación, hora de Uruguay -------------------------------------------------
S = "2027-03-23 15:00"
add(
    mail(
        VALENTINA,
        "confirmacion-entrevista-ceibo-fintech-mvd",
        "interview",
        frm=("Florencia Techera", "florencia.techera@ceibofintech.example"),
        subject="Confirmación de entrevista – Analista de Producto Sr.",
        date=dh("2027-03-17 10:30:00", "America/Montevideo"),
        body=f"""Hola Valentina, ¿cómo estás?

Te confirmo la entrevista con Martín Rodríguez Ferrando (Head of Product) para el {es(S)} a las 15:00 (hora de Uruguay), por Google Meet: https://meet.google.com/cbo-ftch-mvd

Cualquier cosa me avisás.

Saludos,
Flor
Florencia Techera | People
Ceibo Fintech
""",
        label=iv(
            iso(S, "America/Montevideo"),
            "America/Montevideo",
            company="Ceibo Fintech",
            role="Analista de Producto Sr.",
            interviewers=["Martín Rodríguez Ferrando"],
            notes="Rioplatense voseo ('me avisás'); 'hora de Uruguay' (-03:00, no DST).",
        ),
    )
)

# --- Lima: Teams en español ---------------------------------------------------------------------
S = "2027-03-22 10:00"
TXT = f"""Cuándo: {es(S, year=True)} {t24(S)}-{t24(plus(S, 60))} (UTC-05:00) Bogotá, Lima, Quito, Río Branco.
Dónde: Reunión de Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Estimado Alejandro:

Por medio de la presente te invitamos a la entrevista técnica para el puesto de Ingeniero de Datos Senior. Participarán Rosa Huamán Quispe (Gerente de Analítica) y Diego Paredes (Arquitecto de Datos).

Saludos cordiales,
Carla Benavides
Reclutamiento y Selección – Banco del Pacífico Sur
"""
add(
    mail(
        ALEJANDRO,
        "teams-es-entrevista-banco-pacifico-sur",
        "interview",
        frm=("Carla Benavides", "cbenavides@bancopacificosur.example"),
        subject="Entrevista técnica – Ingeniero de Datos Senior",
        date=dh("2027-03-15 09:50:00", "America/Lima"),
        body=TXT + teams("pacificosur"),
        html_auto=True,
        extra=[("Content-Language", "es-PE")],
        ics=event(
            uid=uid("pacificosur", "outlook"),
            start=S,
            zone="SA Pacific Standard Time",
            minutes=60,
            summary="Entrevista técnica – Ingeniero de Datos Senior",
            organizer=("Carla Benavides", "cbenavides@bancopacificosur.example"),
            attendees=[
                ("Alejandro Castillo Vega", "alejandro.castillo@example.net"),
                ("Rosa Huamán Quispe", "rhuaman@bancopacificosur.example"),
                ("Diego Paredes", "dparedes@bancopacificosur.example"),
            ],
            location="Reunión de Microsoft Teams",
            prodid=OUTLOOK,
        ),
        ics_mode="inline",
        label=iv(
            iso(S, "America/Bogota"),
            "America/Bogota",
            company="Banco del Pacífico Sur",
            role="Ingeniero de Datos Senior",
            interviewers=["Rosa Huamán Quispe", "Diego Paredes"],
            emails=["rhuaman@bancopacificosur.example", "dparedes@bancopacificosur.example"],
            notes="Spanish Outlook 'Cuándo:' line; Windows SA Pacific Standard Time (CLDR Bogota; Lima named), -05:00.",
        ),
    )
)

# --- Barcelona: cancelación --------------------------------------------------------------------
S = "2027-03-23 12:00"
add(
    mail(
        MARTA,
        "cancelacion-entrevista-garraf-retail",
        "interview_cancelled",
        frm=("Selección Garraf Retail", "seleccion@garrafretail.example"),
        subject="Cancelación de la entrevista del martes 23 de marzo",
        date=dh("2027-03-19 13:10:00", "Europe/Madrid"),
        body=f"""Estimada Marta:

Lamentamos comunicarte que debemos cancelar la entrevista prevista para el {es(S)} a las 12:00 h con Albert Ferrer, ya que el proceso de selección para el puesto de Category Manager ha quedado en suspenso.

Te pedimos disculpas por las molestias. Si el proceso se reactiva, nos pondremos en contacto contigo.

Atentamente,
Departamento de Selección
Garraf Retail
""",
        label=iv(
            iso(S, "Europe/Madrid"),
            None,
            company="Garraf Retail",
            role="Category Manager",
            interviewers=[],
            notes="Spanish cancellation; process on hold; CET.",
        ),
    )
)

# --- Montevideo: rechazo ---------------------------------------------------------------------------
add(
    mail(
        VALENTINA,
        "rechazo-proceso-rambla-seguros",
        "rejection",
        frm=("Rambla Seguros – Talento", "talento@ramblaseguros.example"),
        subject="Proceso de selección – Analista de Riesgos",
        date=dh("2027-04-05 17:40:00", "America/Montevideo"),
        body="""Hola Valentina:

Queremos agradecerte el tiempo y la dedicación que pusiste en cada etapa del proceso de selección para la posición de Analista de Riesgos.

Luego de evaluar cuidadosamente todas las candidaturas, decidimos avanzar con otra persona cuyo perfil se ajusta más a las necesidades actuales del equipo.

Nos quedamos con tus datos para futuras búsquedas y te deseamos muchos éxitos.

Saludos cordiales,
Equipo de Talento
Rambla Seguros
""",
        label=note("Spanish (Uruguay) rejection after the process."),
    )
)

# --- Barcelona: propuesta de incorporación -------------------------------------------------------
add(
    mail(
        MARTA,
        "propuesta-incorporacion-mediterrania",
        "offer",
        frm=("Núria Soler Pujol", "nsoler@mediterrania-logistica.example"),
        subject="Propuesta de incorporación – Responsable de Planificación",
        date=dh("2027-04-07 11:25:00", "Europe/Madrid"),
        body="""Hola Marta:

¡Enhorabuena! Tras las entrevistas con Jordi y con dirección general, nos encantaría que te incorporaras a Mediterrània Logística como Responsable de Planificación.

Te adjunto la carta de oferta con las condiciones que comentamos por teléfono: salario bruto anual de 58.000 € más un 10 % de variable, contrato indefinido y jornada flexible. La fecha de incorporación propuesta es el 3 de mayo.

Te agradecería que nos confirmaras tu respuesta antes del viernes 16 de abril.

Un abrazo,
Núria
""",
        attachments=[
            attachment(
                b"%PDF-1.4\n% Carta de oferta (marcador)\n%%EOF\n",
                "application/pdf",
                "Carta_oferta_MPuig.pdf",
            )
        ],
        label=note("Spanish written offer with the offer letter attached and a decision deadline."),
    )
)

# --- Lima: pedido de disponibilidad ------------------------------------------------------------
add(
    mail(
        ALEJANDRO,
        "disponibilidad-proceso-andes-telecom",
        "scheduling_request",
        frm=("Milagros Ríos", "mrios@andestelecom.example"),
        subject="Siguiente etapa del proceso – disponibilidad para entrevista",
        date=dh("2027-03-08 16:20:00", "America/Lima"),
        body="""Hola Alejandro:

¡Felicitaciones! Pasaste a la siguiente etapa del proceso para Analista de Datos Senior.

¿Nos podrías indicar tu disponibilidad para una entrevista de 45 minutos con el equipo la próxima semana? Tenemos espacios el martes o miércoles por la tarde. Envíanos dos o tres opciones y te confirmamos.

Saludos,
Milagros Ríos
Talento Humano – Andes Telecom
""",
        label=note("Spanish request for availability; no time booked."),
    )
)
