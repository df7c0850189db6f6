"""German, French, Spanish, Italian, Dutch and Portuguese mail by local senders, in their
own idioms: invitations, replies settling a time, cancellations, outcomes and traps."""

from __future__ import annotations

from tests.eval26.authoring.kit import (
    ANDROID,
    AUTO,
    EUGENIA,
    FENNA,
    GONCALO,
    IRACEMA,
    KUNIGUNDE,
    LUDOVICA,
    MAGALI,
    PIERLUIGI,
    REMEDIOS,
    ROSANGELA,
    SEVERINE,
    TEAMS,
    THIBAUT,
    ULISES,
    VALENTIN,
    WOUTER,
    XIOMARA,
    booking,
    de,
    dh,
    es,
    fr,
    google,
    it,
    lab,
    lq,
    nl,
    note,
    outlook,
    person,
    pt,
    raw_mail,
    vendor,
    wk,
)

MESSAGES = []
add = MESSAGES.append

# --- German -----------------------------------------------------------------------------------
Z = KUNIGUNDE.timezone
add(
    person(
        KUNIGUNDE,
        "einladung-gespraech-sandtorkai-disposition",
        "interview",
        frm=("Jana Böttcher", "jana.boettcher@sandtorkai-umschlag.example"),
        subject="Einladung zum Vorstellungsgespräch – Teamleitung Disposition",
        date=dh("2045-04-17 10:12", Z),
        body=f"""Sehr geehrte Frau Haberstroh-Eke,

vielen Dank für Ihre Bewerbung und das Interesse an Sandtorkai Umschlag. Gerne möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: {de("2045-04-26 10:00")}, 10:00 Uhr
Ort: Sandtorkai Umschlag GmbH, Am Sandtorkai 12, 20457 Hamburg (3. OG, Empfang)
Gesprächspartner: Herr Malte Sievers (Bereichsleiter Transport) und Frau Derya Yıldız
(HR Business Partnerin)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten können leider nicht
erstattet werden.

Mit freundlichen Grüßen
Jana Böttcher
Recruiting | Sandtorkai Umschlag GmbH""",
        label=lab(
            "2045-04-26 10:00",
            Z,
            None,
            company="Sandtorkai Umschlag",
            role="Teamleitung Disposition",
            who=["Malte Sievers", "Derya Yıldız"],
            notes="Gesprächspartner named with roles; the sender only arranges.",
        ),
    )
)
add(
    person(
        KUNIGUNDE,
        "kurze-antwort-passt-donnerstag-14-uhr",
        "interview",
        frm=("Tobias Reinholz", "t.reinholz@spreewerk-software.example"),
        subject="AW: Zweitgespräch Product Owner",
        date=dh("2045-05-08 16:40", Z),
        body=f"""Hallo Frau Haberstroh-Eke,

passt, dann Donnerstag um 14 Uhr bei uns im Büro. Ich bringe noch Lena aus dem UX-Team mit.

Viele Grüße
Tobias Reinholz
Head of Product, Spreewerk Software

{ANDROID}
"""
        + lq(
            f"Am {wk('2045-05-08 12:00', 'de')}, 8. Mai 2045 um 12:03 schrieb Kunigunde "
            "Haberstroh-Eke <kunigunde.haberstroh@example.com>:",
            """Hallo Herr Reinholz,

vielen Dank für die Einladung zum Zweitgespräch. Am Donnerstag, 11.05., ab 14 Uhr hätte
ich Zeit, alternativ am Freitagvormittag.

Beste Grüße
Kunigunde Haberstroh-Eke""",
        ),
        label=lab(
            "2045-05-11 14:00",
            Z,
            None,
            company="Spreewerk Software",
            role="Product Owner",
            who=["Tobias Reinholz", "Lena"],
            emails=["t.reinholz@spreewerk-software.example"],
            notes='"passt" settles the user\'s proposal (Thursday 11.05. 14 Uhr) in the quote.',
        ),
    )
)
Z = VALENTIN.timezone
add(
    outlook(
        VALENTIN,
        "abgesagt-teams-termin-wien",
        "interview_cancelled",
        start="2045-05-15 09:30",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Bewerbungsgespräch Controller (m/w/d) – Valentin Obermoser-Nduka",
        organizer=("Sabine Wurzer", "sabine.wurzer@donauhafen-energie.example"),
        attendees=[("Mag. Gernot Haslinger", "gernot.haslinger@donauhafen-energie.example")],
        date=dh("2045-05-10 13:20", Z),
        method="CANCEL",
        sequence=1,
        prefix="Abgesagt: ",
        lang="de",
        text="""Sehr geehrter Herr Obermoser-Nduka,

leider müssen wir den Termin krankheitsbedingt absagen. Wir melden uns in den nächsten Tagen
mit einem Ersatztermin.

Freundliche Grüße
Sabine Wurzer
Personalabteilung, Donauhafen Energie""",
        label=lab(
            "2045-05-15 09:30",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Donauhafen Energie",
            role="Controller",
            who=["Gernot Haslinger"],
            emails=["gernot.haslinger@donauhafen-energie.example"],
            notes="Exchange cancellation in German; W. Europe Standard Time maps to "
            'Europe/Berlin (same offsets as the Vienna user). Title "Mag." dropped.',
        ),
    )
)
add(
    person(
        VALENTIN,
        "absage-nach-vorstellungsgespraech-murtal",
        "rejection",
        frm=("Personalabteilung Murtal Bau", "bewerbung@murtal-bau.example"),
        subject="Ihre Bewerbung als Projektleiter Hochbau",
        date=dh("2045-04-28 11:00", Z),
        body="""Sehr geehrter Herr Obermoser-Nduka,

nochmals herzlichen Dank für das angenehme Gespräch. Nach sorgfältiger Abwägung haben wir
uns leider für eine andere Kandidatin entschieden, deren Profil unseren Anforderungen noch
etwas näher kommt.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Freundliche Grüße
Mag. Birgit Stangl
Personalabteilung, Murtal Bau GmbH""",
        charset="ISO-8859-1",
        cte="8bit",
        name_charset="ISO-8859-1",
        label=note("Absage after the interview."),
    )
)
add(
    raw_mail(
        VALENTIN,
        "abwesenheitsnotiz-recruiterin-urlaub",
        "auto_reply",
        frm=("Sabine Wurzer", "sabine.wurzer@donauhafen-energie.example"),
        subject="Abwesenheitsnotiz: AW: Ersatztermin Bewerbungsgespräch",
        date=dh("2045-05-19 08:00", Z),
        body="""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 26.05.2045 auf Urlaub. Ab Montag, 29.05., bin ich wieder
erreichbar. In dringenden Fällen (z. B. Terminabstimmungen für Vorstellungsgespräche)
wenden Sie sich bitte an personal@donauhafen-energie.example.

Freundliche Grüße
Sabine Wurzer""",
        extra=AUTO,
        label=note("Out-of-office in Austrian German.", return_date="2045-05-29"),
    )
)
Z = KUNIGUNDE.timezone
add(
    vendor(
        KUNIGUNDE,
        "jobagent-neue-stellen-einladung-recruiting-day",
        "bulk",
        frm=("Jobagent Hansejobs", "jobagent@hansejobs.example"),
        subject="Ihr Jobagent: 9 neue Stellen – Recruiting Day am Samstag mit Vorstellungsgesprächen",
        date=dh("2045-05-02 06:30", Z),
        body="""Guten Morgen,

Ihr Jobagent „Logistik Hamburg“ hat 9 neue Stellen gefunden:

- Disponent (m/w/d) – Nordlicht Spedition – Recruiting Day am Samstag, 6. Mai, 10–15 Uhr,
  Gespräche direkt vor Ort
- Teamleitung Lager (m/w/d) – Alsterfracht – Hamburg-Billbrook
- Supply Chain Analyst (m/w/d) – Harburg

Jobagent verwalten: https://hansejobs.example/jobagent

Abmelden: https://hansejobs.example/abmelden""",
        extra=[
            ("List-Id", "<jobagent.hansejobs.example>"),
            ("List-Unsubscribe", "<https://hansejobs.example/abmelden>"),
            ("Precedence", "bulk"),
        ],
        label=note("A job-alert digest with an open recruiting day."),
    )
)

# --- French -----------------------------------------------------------------------------------
Z = SEVERINE.timezone
add(
    person(
        SEVERINE,
        "convocation-entretien-vivier-merle",
        "interview",
        frm=("Aurélie Chassagne", "aurelie.chassagne@rhone-mobilites.example"),
        subject="Convocation à un entretien – Cheffe de projet SI",
        date=dh("2045-04-19 14:25", Z),
        body=f"""Madame,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien pour
le poste de Cheffe de projet SI le {fr("2045-04-27 10:00")} à 14h30, dans nos locaux au
12 boulevard Vivier-Merle, Lyon 3e.

Vous serez reçue par M. Étienne Roux, DSI, et Mme Nadia Benali, responsable des études.

Je vous remercie de bien vouloir me confirmer votre présence.

Bien cordialement,
Aurélie Chassagne
Chargée de recrutement – Rhône Mobilités""",
        label=lab(
            "2045-04-27 14:30",
            Z,
            None,
            company="Rhône Mobilités",
            role="Cheffe de projet SI",
            who=["Étienne Roux", "Nadia Benali"],
        ),
    )
)
add(
    person(
        SEVERINE,
        "reponse-ca-marche-pour-mardi-paris",
        "interview",
        frm=("Hugo Lemaire", "hugo.lemaire@quai-jemmapes-studio.example"),
        subject="Re: Entretien – Product Designer",
        date=dh("2045-05-05 18:02", Z),
        body="""Parfait, ça marche pour mardi 10h. À mardi !

Hugo

Envoyé de mon iPhone
"""
        + lq(
            "Le 5 mai 2045 à 16:47, Séverine Lacombe-Ekwensi <severine.lacombe@example.org> "
            "a écrit :",
            """Bonjour Hugo,

Merci pour votre retour. Mardi 9 mai à 10h me conviendrait très bien.

Bien à vous,
Séverine""",
        ),
        label=lab(
            "2045-05-09 10:00",
            Z,
            None,
            company="Quai de Jemmapes Studio",
            role="Product Designer",
            who=["Hugo Lemaire"],
            emails=["hugo.lemaire@quai-jemmapes-studio.example"],
            notes="The one-liner settles the quoted proposal (mardi 9 mai, 10h).",
        ),
    )
)
Z = THIBAUT.timezone
add(
    person(
        THIBAUT,
        "report-entretien-bruxelles-nouvel-horaire",
        "interview",
        frm=("Delphine Wauters", "delphine.wauters@tenbosch-assurances.example"),
        subject="Report de votre entretien – Actuaire",
        date=dh("2045-05-22 09:10", Z),
        body=f"""Bonjour Monsieur Vandenberghe-Oke,

En raison d'un imprévu, M. Lambert ne pourra pas vous recevoir jeudi. Nous vous proposons
de reporter l'entretien au {fr("2045-05-30 10:00", False)} à 10h00, toujours à notre
siège (avenue Louise 231, 1050 Bruxelles). Sauf avis contraire de votre part, nous
considérons ce nouveau rendez-vous comme confirmé.

Bien à vous,
Delphine Wauters
Talent Acquisition – Tenbosch Assurances""",
        label=lab(
            "2045-05-30 10:00",
            Z,
            None,
            company="Tenbosch Assurances",
            role="Actuaire",
            who=["Lambert"],
            notes='New time stated with an opt-out; the interviewer is named only as "M. Lambert".',
        ),
    )
)
add(
    person(
        THIBAUT,
        "refus-candidature-liege",
        "rejection",
        frm=("Recrutement Meuse Chimie", "recrutement@meuse-chimie.example"),
        subject="Votre candidature – Ingénieur procédés",
        date=dh("2045-04-20 11:30", Z),
        body="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à Meuse Chimie. Après examen attentif de
votre candidature, nous sommes au regret de vous informer que nous ne pouvons y donner une
suite favorable.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement""",
        label=note("Refus before interview."),
    )
)
Z = MAGALI.timezone
add(
    google(
        MAGALI,
        "invitation-google-entrevue-montreal",
        "interview",
        start="2045-06-07 13:30",
        zone=Z,
        minutes=45,
        summary="Entrevue – Conseillère en communication (Magali Thériault-Uzor)",
        organizer=("Mathieu Bouchard", "mathieu.bouchard@fleuve-coop.example"),
        guests=[
            ("Mathieu Bouchard", "mathieu.bouchard@fleuve-coop.example"),
            ("Josée Lapointe", "josee.lapointe@fleuve-coop.example"),
        ],
        date=dh("2045-06-01 15:05", Z),
        caption="Eastern Time - Toronto",
        details="Salut Magali, on a bien hâte de te rencontrer! Josée se joint à nous.",
        label=lab(
            "2045-06-07 13:30",
            Z,
            "America/Toronto",
            company="Coopérative du Fleuve",
            role="Conseillère en communication",
            who=["Mathieu Bouchard", "Josée Lapointe"],
            emails=["mathieu.bouchard@fleuve-coop.example", "josee.lapointe@fleuve-coop.example"],
            notes="Google invitation (English layout) with a Québec tutoiement note; the "
            "caption names Toronto.",
        ),
    )
)
add(
    raw_mail(
        MAGALI,
        "reponse-automatique-absence-quebec",
        "auto_reply",
        frm=("Mathieu Bouchard", "mathieu.bouchard@fleuve-coop.example"),
        subject="Réponse automatique : Entrevue – Conseillère en communication",
        date=dh("2045-06-02 09:00", Z),
        body="""Bonjour,

Je suis présentement en congé et serai de retour le lundi 5 juin. Pour toute question
concernant une entrevue, veuillez écrire à rh@fleuve-coop.example.

Merci!
Mathieu""",
        extra=AUTO,
        label=note("Out-of-office in Québec French.", return_date="2045-06-05"),
    )
)

# --- Spanish ----------------------------------------------------------------------------------
Z = REMEDIOS.timezone
add(
    person(
        REMEDIOS,
        "convocatoria-entrevista-santa-engracia",
        "interview",
        frm=("Lucía Sanz Ortega", "lucia.sanz@meseta-consultores.example"),
        subject="Convocatoria entrevista – Analista Financiero/a",
        date=dh("2045-04-20 12:40", Z),
        body=f"""Buenos días, Remedios:

Le escribo de Meseta Consultores para convocarle a una entrevista para el puesto de
Analista Financiero/a el próximo {es("2045-04-26 10:00")} a las 11:30 h en nuestras
oficinas de la calle Santa Engracia, 104 (Madrid).

Le atenderán D. Álvaro Montes, director financiero, y Dña. Pilar Rueda, de Personas.

Le ruego que me confirme su asistencia.

Un saludo cordial,
Lucía Sanz Ortega
Selección – Meseta Consultores""",
        label=lab(
            "2045-04-26 11:30",
            Z,
            None,
            company="Meseta Consultores",
            role="Analista Financiero/a",
            who=["Álvaro Montes", "Pilar Rueda"],
            notes="Honorifics D./Dña. dropped.",
        ),
    )
)
Z = ULISES.timezone
add(
    person(
        ULISES,
        "entrevista-cdmx-reforma-hora-centro",
        "interview",
        frm=("Ana Karen Villalobos", "anakaren.villalobos@altiplano-seguros.example"),
        subject="Confirmación de entrevista – Gerente de Operaciones",
        date=dh("2045-05-10 17:15", Z),
        body=f"""Estimado Ulises, buenas tardes:

Por medio del presente le confirmo su entrevista para la vacante de Gerente de Operaciones:

Fecha: {es("2045-05-16 10:00")}
Hora: 10:00 hrs (hora del centro de México)
Lugar: Paseo de la Reforma 250, piso 14, Col. Juárez
Entrevistadores: Lic. Fernando Garza (Director de Operaciones) y Mtra. Claudia Ibarra
(Gerente de Talento)

Favor de presentarse 15 minutos antes con identificación oficial.

Quedo a sus órdenes.

Saludos cordiales,
Ana Karen Villalobos
Reclutamiento, Altiplano Seguros""",
        label=lab(
            "2045-05-16 10:00",
            Z,
            "America/Mexico_City",
            company="Altiplano Seguros",
            role="Gerente de Operaciones",
            who=["Fernando Garza", "Claudia Ibarra"],
            notes='"hora del centro de México" names the zone (no DST since 2022).',
        ),
    )
)
Z = XIOMARA.timezone
add(
    person(
        XIOMARA,
        "respuesta-dale-quedamos-jueves-bogota",
        "interview",
        frm=("Camilo Restrepo", "camilo.restrepo@andina-fintech.example"),
        subject="RE: Entrevista técnica – Desarrolladora Backend",
        date=dh("2045-05-23 19:30", Z),
        body="""Listo Xiomara, quedamos el jueves a las 3:00 p. m. Te llega la invitación de Meet
con Valentina, nuestra líder técnica.

Saludos,
Camilo
"""
        + lq(
            "El mar, 23 may 2045 a las 18:02, Xiomara Benavides Eze "
            "<xiomara.benavides@example.net> escribió:",
            """Hola Camilo, ¿te parece el jueves 25 a las 3 de la tarde? Mil gracias.""",
        ),
        label=lab(
            "2045-05-25 15:00",
            Z,
            None,
            company="Andina Fintech",
            role="Desarrolladora Backend",
            who=["Valentina"],
            notes='Camilo arranges; Valentina is the technical interviewer. Colombian "3:00 p. m."',
        ),
    )
)
add(
    person(
        XIOMARA,
        "solicitud-disponibilidad-medellin",
        "scheduling_request",
        frm=("Talento Humano – Paisa Retail", "talento@paisa-retail.example"),
        subject="Disponibilidad para entrevista – Analista de Datos",
        date=dh("2045-05-15 09:45", Z),
        body="""Buenos días Xiomara,

Cordial saludo. Nos interesa continuar con su proceso para el cargo de Analista de Datos.
¿Nos podría indicar su disponibilidad esta semana o la próxima para una entrevista virtual
de 45 minutos?

Quedamos atentos.

Talento Humano
Paisa Retail S.A.S.""",
        label=note("Asks for availability."),
    )
)
Z = EUGENIA.timezone
add(
    person(
        EUGENIA,
        "cancelacion-entrevista-santiago-cargo-cerrado",
        "interview_cancelled",
        frm=("Francisca Undurraga", "francisca.undurraga@maipo-alto-vinos.example"),
        subject="Cancelación de entrevista – Jefa de Exportaciones",
        date=dh("2045-06-05 10:20", Z),
        body=f"""Estimada Eugenia:

Junto con saludar, lamento informarle que debemos cancelar la entrevista agendada para el
{es("2045-06-08 10:00")} a las 10:00 hrs, ya que el cargo de Jefa de Exportaciones fue
cubierto internamente.

Le agradecemos sinceramente su interés y disposición.

Saludos cordiales,
Francisca Undurraga
Gestión de Personas – Maipo Alto Vinos""",
        label=lab(
            "2045-06-08 10:00",
            Z,
            None,
            company="Maipo Alto Vinos",
            role="Jefa de Exportaciones",
            notes="Chile in winter (-04:00) since 2 April.",
        ),
    )
)
add(
    person(
        EUGENIA,
        "oferta-laboral-valparaiso",
        "offer",
        frm=("Rodrigo Pizarro", "rodrigo.pizarro@puerto-pacifico.example"),
        subject="Oferta laboral – Coordinadora de Operaciones",
        date=dh("2045-06-14 16:00", Z),
        body="""Estimada Eugenia:

Junto con saludar, tengo el agrado de ofrecerle el cargo de Coordinadora de Operaciones en
Puerto Pacífico, con una renta bruta mensual de $2.900.000, contrato indefinido y fecha de
ingreso el 3 de julio.

Adjunto la carta oferta. Quedo atento a su respuesta.

Saludos cordiales,
Rodrigo Pizarro
Gerente de Operaciones""",
        label=note("Offer in Chilean Spanish."),
    )
)

# --- Italian ----------------------------------------------------------------------------------
Z = LUDOVICA.timezone
add(
    person(
        LUDOVICA,
        "convocazione-colloquio-milano-porta-nuova",
        "interview",
        frm=("Chiara Fumagalli", "chiara.fumagalli@navigli-digital.example"),
        subject="Convocazione colloquio – Data Analyst",
        date=dh("2045-04-21 11:05", Z),
        body=f"""Gentile Dott.ssa Brambilla-Okon,

a seguito della Sua candidatura, siamo lieti di invitarLa a un colloquio conoscitivo per la
posizione di Data Analyst, che si terrà {it("2045-05-02 10:00")} alle ore 15:00 presso la
nostra sede di Milano, Piazza Gae Aulenti 8.

Incontrerà l'Ing. Davide Colombo (Head of Data) e la sottoscritta.

La preghiamo di confermare la Sua presenza.

Cordiali saluti,
Chiara Fumagalli
HR Specialist – Navigli Digital""",
        label=lab(
            "2045-05-02 15:00",
            Z,
            None,
            company="Navigli Digital",
            role="Data Analyst",
            who=["Davide Colombo", "Chiara Fumagalli"],
            emails=["chiara.fumagalli@navigli-digital.example"],
            notes='"e la sottoscritta": the sender takes part. Titles dropped.',
        ),
    )
)
add(
    person(
        LUDOVICA,
        "risposta-perfetto-ci-vediamo-giovedi",
        "interview",
        frm=("Marco Bellini", "marco.bellini@brera-pagamenti.example"),
        subject="R: Secondo colloquio",
        date=dh("2045-05-16 18:20", Z),
        body="""Perfetto, ci vediamo giovedì alle 11. Buona serata!

Marco

Inviato da iPhone
"""
        + lq(
            "Il giorno 16 mag 2045, alle ore 17:55, Ludovica Brambilla-Okon "
            "<ludovica.brambilla@example.com> ha scritto:",
            f"""Buonasera Marco,

grazie per la disponibilità. {it("2045-05-18 11:00").capitalize()} alle 11 andrebbe benissimo per me.

Cordiali saluti,
Ludovica""",
        ),
        label=lab(
            "2045-05-18 11:00",
            Z,
            None,
            company="Brera Pagamenti",
            who=["Marco Bellini"],
            emails=["marco.bellini@brera-pagamenti.example"],
            notes="One-line confirmation of the quoted proposal.",
        ),
    )
)
Z = PIERLUIGI.timezone
add(
    person(
        PIERLUIGI,
        "annullamento-colloquio-direttore-cantiere",
        "interview_cancelled",
        frm=("Ufficio Personale – Tevere Costruzioni", "personale@tevere-costruzioni.example"),
        subject="Annullamento colloquio del 12 maggio",
        date=dh("2045-05-09 12:00", Z),
        body=f"""Gentile Sig. Santarelli-Aba,

Le comunichiamo che il colloquio previsto per {it("2045-05-12 09:30")} alle ore 9:30 è
annullato, in quanto la selezione per il ruolo di Direttore di Cantiere è stata sospesa.

Ci scusiamo per il disagio.

Distinti saluti,
Ufficio Personale""",
        label=lab(
            "2045-05-12 09:30",
            Z,
            None,
            company="Tevere Costruzioni",
            role="Direttore di Cantiere",
            notes="Selection suspended.",
        ),
    )
)
add(
    person(
        PIERLUIGI,
        "proposta-assunzione-bologna",
        "offer",
        frm=("Elena Rinaldi", "elena.rinaldi@felsina-ingegneria.example"),
        subject="Proposta di assunzione – Project Engineer",
        date=dh("2045-06-09 15:00", Z),
        body="""Gentile Pierluigi,

a seguito dei colloqui, siamo lieti di proporLe l'assunzione a tempo indeterminato come
Project Engineer, CCNL Metalmeccanico, livello 6, con una RAL di 48.000 euro e inizio il
3 luglio.

In allegato trova la lettera di proposta. Restiamo in attesa di un Suo riscontro entro
venerdì.

Cordiali saluti,
Elena Rinaldi
HR Manager""",
        label=note("Offer with RAL."),
    )
)
add(
    person(
        PIERLUIGI,
        "colloqui-genitori-docenti-scuola",
        "other",
        frm=("Segreteria IC Monteverde", "segreteria@ic-monteverde.example"),
        subject="Colloqui genitori-docenti – prenotazione confermata",
        date=dh("2045-05-03 13:00", Z),
        body=f"""Gentile genitore,

si conferma la prenotazione del colloquio con la Prof.ssa Gabriella Marini (Matematica) per
{it("2045-05-11 17:00")} alle ore 17:20, in modalità a distanza.

La Segreteria""",
        label=note("Parent-teacher meeting."),
    )
)

# --- Dutch ------------------------------------------------------------------------------------
Z = FENNA.timezone
add(
    person(
        FENNA,
        "uitnodiging-eerste-gesprek-catharijnesingel",
        "interview",
        frm=("Sanne de Groot", "sanne.degroot@vredenburg-zorg.example"),
        subject="Uitnodiging sollicitatiegesprek – Beleidsadviseur",
        date=dh("2045-04-24 10:30", Z),
        body=f"""Beste Fenna,

Dank je wel voor je sollicitatie op de functie van Beleidsadviseur. We nodigen je graag uit
voor een eerste gesprek op {nl("2045-05-02 14:30")} om half drie op ons kantoor aan de
Catharijnesingel 55 in Utrecht.

Je spreekt met Pieter Hoekstra (manager Beleid) en Yasmina el Idrissi (adviseur).

Wil je laten weten of dit schikt?

Met vriendelijke groet,
Sanne de Groot
Recruiter – Vredenburg Zorg""",
        label=lab(
            "2045-05-02 14:30",
            Z,
            None,
            company="Vredenburg Zorg",
            role="Beleidsadviseur",
            who=["Pieter Hoekstra", "Yasmina el Idrissi"],
            notes='"om half drie" is 14:30.',
        ),
    )
)
add(
    person(
        FENNA,
        "afwijzing-na-gesprek-amersfoort",
        "rejection",
        frm=("Sanne de Groot", "sanne.degroot@vredenburg-zorg.example"),
        subject="Terugkoppeling sollicitatie Beleidsadviseur",
        date=dh("2045-05-12 14:00", Z),
        body="""Beste Fenna,

Nogmaals bedankt voor het prettige gesprek. We hebben helaas besloten om niet met je verder
te gaan in de procedure; een andere kandidaat sloot net iets beter aan bij het profiel.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Sanne de Groot""",
        label=note("Afwijzing after interview."),
    )
)
Z = WOUTER.timezone
add(
    booking(
        WOUTER,
        "teams-uitnodiging-gesprek-gent",
        "interview",
        prodid=TEAMS,
        start="2045-05-24 10:00",
        zone=Z,
        minutes=60,
        summary="Gesprek Wouter Claeysens-Ade – Data Engineer",
        organizer=("Lien Verstraete", "lien.verstraete@leie-data.example"),
        attendees=[("Jens Maes", "jens.maes@leie-data.example")],
        date=dh("2045-05-17 15:15", Z),
        frm=("Lien Verstraete", "lien.verstraete@leie-data.example"),
        subject="Uitnodiging: gesprek Data Engineer",
        body=f"""Dag Wouter,

Zoals telefonisch besproken: {nl("2045-05-24 10:00")} om 10u00 via Teams, met Jens Maes
(teamlead Data). De link staat in de uitnodiging.

Groetjes,
Lien Verstraete
HR – Leie Data""",
        label=lab(
            "2045-05-24 10:00",
            Z,
            None,
            company="Leie Data",
            role="Data Engineer",
            who=["Jens Maes"],
            emails=["jens.maes@leie-data.example"],
            notes='Flemish "10u00".',
        ),
    )
)
add(
    person(
        WOUTER,
        "verzoek-andere-tijden-antwerpen",
        "scheduling_request",
        frm=("Kobe Janssens", "kobe.janssens@schelde-havens.example"),
        subject="RE: afspraak sollicitatiegesprek",
        date=dh("2045-05-29 11:05", Z),
        body="""Dag Wouter,

Dinsdag lukt helaas niet meer voor onze directeur. Kan je mij twee of drie andere momenten
doorgeven voor volgende week?

Met vriendelijke groeten,
Kobe Janssens
HR Business Partner – Schelde Havens""",
        label=note("Asks for other times."),
    )
)
add(
    raw_mail(
        WOUTER,
        "automatisch-antwoord-afwezig-tot",
        "auto_reply",
        frm=("Kobe Janssens", "kobe.janssens@schelde-havens.example"),
        subject="Automatisch antwoord: afspraak sollicitatiegesprek",
        date=dh("2045-06-01 09:00", Z),
        body="""Beste,

Ik ben afwezig tot en met vrijdag 9 juni en lees mijn mails niet. Voor dringende vragen over
sollicitaties kan je terecht bij jobs@schelde-havens.example.

Kobe""",
        extra=AUTO,
        label=note("Afwezigheid; back on Monday 12 June.", return_date="2045-06-12"),
    )
)

# --- Portuguese -------------------------------------------------------------------------------
Z = IRACEMA.timezone
add(
    person(
        IRACEMA,
        "convite-entrevista-sao-paulo-faria-lima",
        "interview",
        frm=("Patrícia Nogueira", "patricia.nogueira@tiete-pagamentos.example"),
        subject="Convite para entrevista – Analista de Riscos Sr.",
        date=dh("2045-04-25 14:50", Z),
        body=f"""Oi Iracema, tudo bem?

Que bom falar com você! Conforme combinamos, segue a confirmação da sua entrevista com o
Rafael Tavares (gerente de Riscos) e a Juliana Okada (coordenadora):

{pt("2045-05-03 10:00").capitalize()}, às 10h (horário de Brasília)
Av. Brigadeiro Faria Lima, 3500 – 9º andar

Qualquer coisa, me chama!

Abraços,
Patrícia Nogueira
Tech Recruiter – Tietê Pagamentos""",
        label=lab(
            "2045-05-03 10:00",
            Z,
            "America/Sao_Paulo",
            company="Tietê Pagamentos",
            role="Analista de Riscos Sr.",
            who=["Rafael Tavares", "Juliana Okada"],
            notes='"horário de Brasília" names the zone.',
        ),
    )
)
Z = ROSANGELA.timezone
add(
    person(
        ROSANGELA,
        "confirmacao-entrevista-manaus-horario-local",
        "interview",
        frm=("Everton Lima", "everton.lima@polo-amazonas.example"),
        subject="Confirmação de entrevista – Supervisora de Produção",
        date=dh("2045-05-11 09:30", Z),
        body=f"""Bom dia, Rosângela!

Confirmamos sua entrevista para a vaga de Supervisora de Produção na {pt("2045-05-17 09:00")},
às 14h (horário de Manaus), no Distrito Industrial, Av. Buriti, 1850. Você será entrevistada
pelo engenheiro Sérgio Bentes, gerente da planta.

Favor trazer documento com foto.

Atenciosamente,
Everton Lima
RH – Polo Amazonas Eletrônicos""",
        label=lab(
            "2045-05-17 14:00",
            Z,
            "America/Manaus",
            company="Polo Amazonas Eletrônicos",
            role="Supervisora de Produção",
            who=["Sérgio Bentes"],
            notes="Manaus is one hour behind Brasília (-04:00).",
        ),
    )
)
Z = GONCALO.timezone
add(
    person(
        GONCALO,
        "resposta-combinado-quarta-lisboa",
        "interview",
        frm=("Mariana Cardoso", "mariana.cardoso@alfama-software.example"),
        subject="RE: Entrevista – Engenheiro de Software",
        date=dh("2045-06-05 17:40", Z),
        body="""Combinado, Gonçalo. Quarta-feira às 15h00 então, com o Tiago Rebelo (CTO).
Envio o convite do Teams.

Cumprimentos,
Mariana
"""
        + lq(
            "A 5/06/2045, às 16:58, Gonçalo Meireles Ubah <goncalo.meireles@example.org> escreveu:",
            f"""Boa tarde Mariana,

Obrigado pelo contacto. Na {pt("2045-06-07 15:00")} às 15h00 estou disponível.

Com os melhores cumprimentos,
Gonçalo""",
        ),
        label=lab(
            "2045-06-07 15:00",
            Z,
            None,
            company="Alfama Software",
            role="Engenheiro de Software",
            who=["Tiago Rebelo"],
            notes="European Portuguese reply settles the quoted proposal.",
        ),
    )
)
add(
    person(
        GONCALO,
        "cancelamento-entrevista-porto",
        "interview_cancelled",
        frm=("Recursos Humanos – Douro Têxtil", "rh@douro-textil.example"),
        subject="Cancelamento da entrevista – Técnico de Qualidade",
        date=dh("2045-05-19 10:00", Z),
        body=f"""Exmo. Senhor Gonçalo Meireles Ubah,

Vimos por este meio informar que a entrevista agendada para {pt("2045-05-23 10:00")}, pelas
10h00, foi cancelada, dado que o processo de recrutamento para Técnico de Qualidade foi
suspenso.

Com os melhores cumprimentos,
Recursos Humanos – Douro Têxtil""",
        label=lab(
            "2045-05-23 10:00",
            Z,
            None,
            company="Douro Têxtil",
            role="Técnico de Qualidade",
            notes="Process suspended.",
        ),
        cte="base64",
    )
)
Z = IRACEMA.timezone
add(
    vendor(
        IRACEMA,
        "retorno-processo-seletivo-nao-selecionada",
        "rejection",
        frm=("Tietê Pagamentos", "vagas@tiete-pagamentos.example"),
        subject="Retorno do processo seletivo – Analista de Riscos Sr.",
        date=dh("2045-05-15 11:00", Z),
        body="""Olá, Iracema!

Agradecemos muito sua participação no nosso processo seletivo. Após uma análise cuidadosa,
decidimos seguir com outro perfil neste momento.

Seu currículo continuará em nosso banco de talentos.

Um abraço,
Time de Talentos – Tietê Pagamentos""",
        label=note("Rejection after interview."),
    )
)
add(
    person(
        IRACEMA,
        "agendamento-consulta-dermatologista",
        "other",
        frm=("Clínica Pinheiros", "agendamento@clinica-pinheiros.example"),
        subject="Agendamento confirmado – consulta",
        date=dh("2045-05-22 08:00", Z),
        body=f"""Olá Iracema,

Sua consulta com a Dra. Beatriz Sato está confirmada para {pt("2045-05-26 10:00")}, às
9h30. Responda SIM para confirmar ou NÃO para cancelar.

Clínica Pinheiros

""",
        label=note("A doctor's appointment."),
    )
)

# --- More: an Exchange update in German, a Mexican Teams invitation, an Italian request for
# availability, a Dutch mailing.
Z = KUNIGUNDE.timezone
add(
    outlook(
        KUNIGUNDE,
        "aktualisiert-zweitgespraech-spreewerk-spaeter",
        "interview",
        start="2045-05-11 15:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Zweitgespräch Product Owner – Kunigunde Haberstroh-Eke",
        organizer=("Tobias Reinholz", "t.reinholz@spreewerk-software.example"),
        attendees=[("Lena Kowalczyk", "lena.kowalczyk@spreewerk-software.example")],
        date=dh("2045-05-09 09:15", Z),
        sequence=1,
        prefix="Aktualisiert: ",
        lang="de",
        teams=False,
        location="Spreewerk Software, Holzmarktstraße 25, Berlin",
        text="""Hallo Frau Haberstroh-Eke,

kleine Änderung: Wir starten eine Stunde später, um 15 Uhr. Lena Kowalczyk (UX) ist dabei.

Viele Grüße
Tobias Reinholz""",
        label=lab(
            "2045-05-11 15:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Spreewerk Software",
            role="Product Owner",
            who=["Tobias Reinholz", "Lena Kowalczyk"],
            emails=[
                "t.reinholz@spreewerk-software.example",
                "lena.kowalczyk@spreewerk-software.example",
            ],
            notes="Exchange update (SEQUENCE 1) moving the settled 14 Uhr to 15 Uhr.",
        ),
    )
)
Z = ULISES.timezone
add(
    outlook(
        ULISES,
        "invitacion-teams-entrevista-final-monterrey",
        "interview",
        start="2045-05-24 17:00",
        zone="Central Standard Time (Mexico)",
        minutes=45,
        subject="Entrevista final – Gerente de Operaciones – Ulises Cervantes Nnadi",
        organizer=("Ana Karen Villalobos", "anakaren.villalobos@altiplano-seguros.example"),
        attendees=[("Rogelio Cantú", "rogelio.cantu@altiplano-seguros.example")],
        date=dh("2045-05-19 12:30", Z),
        lang="es",
        text="""Estimado Ulises:

Le comparto la liga de Teams para su entrevista final con el Ing. Rogelio Cantú, Director
General, quien se conectará desde Monterrey.

Saludos cordiales,
Ana Karen Villalobos""",
        label=lab(
            "2045-05-24 17:00",
            "Central Standard Time (Mexico)",
            "America/Mexico_City",
            company="Altiplano Seguros",
            role="Gerente de Operaciones",
            who=["Rogelio Cantú"],
            emails=["rogelio.cantu@altiplano-seguros.example"],
            notes="Windows TZID Central Standard Time (Mexico) maps to America/Mexico_City.",
        ),
    )
)
Z = LUDOVICA.timezone
add(
    person(
        LUDOVICA,
        "richiesta-disponibilita-colloquio-torino",
        "scheduling_request",
        frm=("Selezione Lingotto Mobility", "selezione@lingotto-mobility.example"),
        subject="Richiesta disponibilità per colloquio – Business Analyst",
        date=dh("2045-05-26 10:40", Z),
        body="""Gentile Ludovica,

La ringraziamo per la candidatura. Saremmo lieti di conoscerLa con un colloquio in
videochiamata di circa 45 minuti. Potrebbe indicarci due o tre fasce orarie in cui è
disponibile nella settimana dal 5 al 9 giugno?

Cordiali saluti,
Ufficio Selezione – Lingotto Mobility""",
        label=note("Asks for availability."),
    )
)
Z = FENNA.timezone
add(
    raw_mail(
        FENNA,
        "nieuwsbrief-webinar-sollicitatiegesprek-tips",
        "bulk",
        frm=("Werkwijzer", "nieuwsbrief@werkwijzer.example"),
        subject="Webinar donderdag 20.00 uur: zo bereid je je sollicitatiegesprek voor",
        date=dh("2045-05-29 07:00", Z),
        body="""Hoi Fenna,

Donderdagavond om 20.00 uur geeft loopbaancoach Marloes Veenstra een gratis webinar over
het voorbereiden van je sollicitatiegesprek: de STAR-methode, lastige vragen en wat je zelf
kunt vragen.

Aanmelden: https://werkwijzer.example/webinar

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op werkwijzer.example.
Uitschrijven: https://werkwijzer.example/uitschrijven""",
        extra=[
            ("List-Id", "<nieuwsbrief.werkwijzer.example>"),
            ("List-Unsubscribe", "<https://werkwijzer.example/uitschrijven>"),
            ("Precedence", "bulk"),
        ],
        label=note("A newsletter webinar about job interviews."),
    )
)
