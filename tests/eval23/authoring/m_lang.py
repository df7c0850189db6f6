"""Mail in German, French, Spanish, Italian, Dutch and Portuguese from local senders, in
and beyond Europe (Austria, Switzerland, Quebec, Belgium, Côte d'Ivoire, Mexico,
Argentina, Peru, Ticino, Flanders, Suriname, Brazil, Mozambique, Cape Verde)."""

from __future__ import annotations

from tests.eval23.authoring import kit
from tests.eval23.authoring.kit import (
    AISSATOU,
    ANNIKA,
    ARNAUD,
    AUTO,
    BEATRIZ,
    DJENIFER,
    EDSON,
    FLORIAN,
    GAELLE,
    JOAQUINA,
    LORENZO,
    LUANA,
    MARGAUX,
    MICOL,
    NURIA,
    QUISPE,
    RETO,
    SABINE,
    SANNE,
    SOERIAN,
    WARD,
    XOCHITL,
    booking,
    bulk,
    de,
    dh,
    es,
    fr,
    html_mail,
    it,
    itd,
    lab,
    lq,
    nl,
    note,
    outlook,
    pdf,
    person,
    pt,
    ptd,
    raw_mail,
    t24,
    thread,
    vendor,
)

MESSAGES = [
    person(
        FLORIAN,
        "einladung-vorstellungsgespraech-graz",
        "interview",
        frm=("Mag. Ingrid Pölzl", "ingrid.poelzl@schlossberg-mechatronik.example"),
        name_charset="iso-8859-15",
        subject="Einladung zum Vorstellungsgespräch - Projektleiter Automatisierung",
        date=dh("2042-02-12 10:40", "Europe/Vienna"),
        body=f"""
Sehr geehrter Herr Wurzer-Agyei,

vielen Dank für Ihre Bewerbung als Projektleiter Automatisierung. Wir freuen uns, Sie
zu einem persönlichen Gespräch einzuladen:

Termin: {de("2042-02-19")}, {t24("2042-02-19 14:30", ".")} Uhr
Ort: Schlossberg Mechatronik GmbH, Lendkai 42, 8020 Graz

Ihre Gesprächspartner sind Herr DI Matthias Reinprecht (Leiter Engineering) und
Frau Dr. Sabine Kogler-Nwosu (Personalleitung).

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Mag. Ingrid Pölzl
Recruiting, Schlossberg Mechatronik GmbH
Tel. +43 316 555 0147
""",
        label=lab(
            "2042-02-19 14:30",
            "Europe/Vienna",
            None,
            company="Schlossberg Mechatronik",
            role="Projektleiter Automatisierung",
            who=["Matthias Reinprecht", "Sabine Kogler-Nwosu"],
            notes="Austrian German, '14.30 Uhr'; titles (DI, Dr.) dropped; the recruiter "
            "who writes does not take part. ISO-8859-15, quoted-printable.",
        ),
        charset="iso-8859-15",
    ),
    booking(
        RETO,
        "personio-einladung-gespraech-zuerich",
        "interview",
        prodid=kit.PERSONIO,
        start="2042-03-31 09:00",
        zone="Europe/Zurich",
        minutes=60,
        summary="Gespräch Reto Caflisch-Mensah – Data Engineer",
        organizer=("Seraina Bühler", "seraina.buehler@limmat-data.example"),
        attendees=[
            ("Seraina Bühler", "seraina.buehler@limmat-data.example"),
            ("Gian-Andrea Casutt", "gian-andrea.casutt@limmat-data.example"),
        ],
        date=dh("2042-03-24 15:05", "Europe/Zurich"),
        frm=("Limmat Data AG", "noreply@personio.de"),
        subject="Einladung zum Gespräch: Data Engineer bei Limmat Data AG",
        location="Limmat Data AG, Hardturmstrasse 161, 8005 Zürich",
        body=f"""
Hallo Reto

Wir möchten dich gerne zu einem Gespräch für die Stelle Data Engineer einladen.

Datum: {de("2042-03-31")}
Uhrzeit: {t24("2042-03-31 09:00")} – {t24("2042-03-31 10:00")} (Europe/Zurich)
Ort: Limmat Data AG, Hardturmstrasse 161, 8005 Zürich

Teilnehmende: Seraina Bühler (Head of Data), Gian-Andrea Casutt (Senior Data Engineer)

Bitte bestätige oder lehne den Termin hier ab:
https://limmat-data.jobs.personio.de/appointment/91ad2

Freundliche Grüsse
Dein Recruiting-Team der Limmat Data AG
""",
        label=lab(
            "2042-03-31 09:00",
            "Europe/Zurich",
            "Europe/Zurich",
            company="Limmat Data",
            role="Data Engineer",
            who=["Seraina Bühler", "Gian-Andrea Casutt"],
            emails=[
                "seraina.buehler@limmat-data.example",
                "gian-andrea.casutt@limmat-data.example",
            ],
            notes="Swiss German Personio invitation, the day after the EU change (CEST).",
        ),
    ),
    person(
        ANNIKA,
        "absage-nach-gespraech-berlin",
        "rejection",
        frm=("Jonas Ehrenfeld", "jonas.ehrenfeld@spreeblick-health.example"),
        subject="Ihre Bewerbung als UX Designerin",
        date=dh("2042-03-05 11:20", "Europe/Berlin"),
        body="""
Liebe Frau Pfeiffer-Osei,

vielen Dank für das angenehme Gespräch in der letzten Woche und Ihr Interesse an
Spreeblick Health.

Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, deren
Erfahrung im Gesundheitsbereich besser zu unseren aktuellen Anforderungen passt. Diese
Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Viele Grüße
Jonas Ehrenfeld
People & Culture
""",
        label=note(
            "German rejection after the interview.",
            company="Spreeblick Health",
            role="UX Designerin",
        ),
    ),
    person(
        ANNIKA,
        "terminverschiebung-neuer-termin-berlin",
        "interview",
        frm=("Katrin Oyelaran-Voß", "katrin.voss@havelblau-energie.example"),
        subject="Terminverschiebung: unser Gespräch am Freitag",
        date=dh("2042-03-25 17:05", "Europe/Berlin"),
        body=thread(
            f"""
Liebe Annika,

leider muss ich unser Gespräch am Freitag verschieben – ich bin kurzfristig auf
Dienstreise. Neuer Termin: {de("2042-04-02", year=False)}, {t24("2042-04-02 10:00")} Uhr,
wieder per Teams. Am Gespräch nimmt zusätzlich mein Kollege Malte Brinkhaus teil.

Ich hoffe, das passt dir. Der alte Termin ist damit hinfällig.

Viele Grüße
Katrin Oyelaran-Voß
Teamleitung Produktdesign, Havelblau Energie
""",
            lq(
                "Am Di., 18. März 2042 um 09:12 Uhr schrieb Katrin Oyelaran-Voß "
                "<katrin.voss@havelblau-energie.example>:",
                "Liebe Annika, ich freue mich auf unser Gespräch am Freitag, 28. März, "
                "um 14:00 Uhr. Viele Grüße, Katrin",
            ),
        ),
        label=lab(
            "2042-04-02 10:00",
            "Europe/Berlin",
            None,
            company="Havelblau Energie",
            who=["Katrin Oyelaran-Voß", "Malte Brinkhaus"],
            notes="A German reschedule: the old Friday 28 March (CET) is dropped; the new "
            "time is after the EU change (CEST, +02).",
        ),
    ),
    raw_mail(
        RETO,
        "abwesenheit-recruiterin-bern",
        "auto_reply",
        frm=("Corinne Zaugg", "corinne.zaugg@aare-versicherung.example"),
        subject="Abwesenheit: Re: Ihre Bewerbung als Aktuar",
        date=dh("2042-02-16 07:44", "Europe/Zurich"),
        extra=AUTO,
        body="""
Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 21. Februar 2042 abwesend und
habe keinen Zugriff auf meine E-Mails. Ab Montag, 24. Februar, bin ich wieder im Büro.

In dringenden Fällen wenden Sie sich bitte an jobs@aare-versicherung.example.

Freundliche Grüsse
Corinne Zaugg
""",
        label=note(
            "Swiss German out-of-office; back in the office on Monday 24 February.",
            return_date="2042-02-24",
        ),
    ),
    person(
        GAELLE,
        "convocation-entrevue-quebec",
        "interview",
        frm=("Mélanie Gagnon-Traoré", "mgagnon@riviere-rouge-techno.example"),
        subject="Convocation à une entrevue - Analyste d'affaires",
        date=dh("2042-03-10 13:30", "America/Toronto"),
        body=f"""
Bonjour Gaëlle,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à
une entrevue pour le poste d'analyste d'affaires, le {fr("2042-03-17")} à 13 h 30
(heure de l'Est), dans nos bureaux du 1250, boulevard René-Lévesque Ouest, Montréal.

Vous rencontrerez M. Jean-Philippe Bérubé, directeur des TI, et Mme Nadège Pierre-Louis,
conseillère principale.

Merci de confirmer votre présence en répondant à ce courriel.

Au plaisir,
Mélanie Gagnon-Traoré
Conseillère en acquisition de talents
Rivière Rouge Techno
""",
        charset="iso-8859-1",
        cte="8bit",
        label=lab(
            "2042-03-17 13:30",
            "America/Toronto",
            None,
            company="Rivière Rouge Techno",
            role="Analyste d'affaires",
            who=["Jean-Philippe Bérubé", "Nadège Pierre-Louis"],
            notes="Quebec French ('entrevue', '13 h 30', 'heure de l'Est', a region word); "
            "after the North American change (EDT).",
        ),
    ),
    vendor(
        ARNAUD,
        "recruitee-annulation-entretien-bruxelles",
        "interview_cancelled",
        frm=("Coudenberg Conseil", "no-reply@mail.recruitee.com"),
        subject="Annulation de votre entretien avec Coudenberg Conseil",
        date=dh("2042-03-20 16:12", "Europe/Brussels"),
        body=f"""
Bonjour Arnaud,

Votre entretien pour le poste de Consultant Senior prévu le {fr("2042-03-24")} à
{t24("2042-03-24 10:00")} (Europe/Brussels) avec Delphine Wouters a été annulé.

Message de l'équipe : « Nous devons malheureusement suspendre ce recrutement. Nous
reviendrons vers vous si le poste est rouvert. »

Coudenberg Conseil
Envoyé avec Recruitee
""",
        label=lab(
            "2042-03-24 10:00",
            "Europe/Brussels",
            "Europe/Brussels",
            company="Coudenberg Conseil",
            role="Consultant Senior",
            who=["Delphine Wouters"],
            notes="Belgian French Recruitee cancellation; the recruitment is suspended.",
        ),
    ),
    person(
        AISSATOU,
        "proposition-creneaux-abidjan",
        "scheduling_request",
        frm=("Serge Kouassi", "serge.kouassi@ebrie-connect.example"),
        subject="Proposition de créneaux pour un entretien",
        date=dh("2042-02-23 09:15", "Africa/Abidjan"),
        body=f"""
Bonjour Madame Konaté-Leroy,

Suite à votre candidature au poste de chef de projet réseau, nous souhaiterions vous
rencontrer. Pourriez-vous nous indiquer lequel des créneaux suivants vous convient ?

- {fr("2042-03-02", year=False)} à 9 h
- {fr("2042-03-03", year=False)} à 15 h
- {fr("2042-03-05", year=False)} à 11 h

L'entretien aura lieu à notre siège du Plateau, avenue Chardy.

Cordialement,
Serge Kouassi
Direction des ressources humaines, Ébrié Connect Télécom
""",
        label=note(
            "Three slots offered in Abidjan; none chosen yet.",
            company="Ébrié Connect Télécom",
            role="Chef de projet réseau",
        ),
    ),
    outlook(
        MARGAUX,
        "entretien-outlook-romance-paris",
        "interview",
        start="2042-03-26 14:30",
        zone="Romance Standard Time",
        minutes=60,
        lang="fr",
        subject="Entretien – Cheffe de projet data – Margaux Péricard-Owusu",
        organizer=("Bertrand Lefebvre-Diallo", "bertrand.lefebvre@canal-saint-martin.example"),
        attendees=[("Hélène Marchal", "helene.marchal@canal-saint-martin.example")],
        date=dh("2042-03-19 11:02", "Europe/Paris"),
        text="""
Bonjour Margaux,

Comme convenu au téléphone, je vous envoie l'invitation pour notre entretien à 14h30.
Hélène Marchal, directrice data, se joindra à moi.

Bien cordialement,
Bertrand Lefebvre-Diallo
Responsable recrutement, Canal Saint-Martin Assurances
""",
        label=lab(
            "2042-03-26 14:30",
            "Romance Standard Time",
            "Europe/Paris",
            company="Canal Saint-Martin Assurances",
            role="Cheffe de projet data",
            who=["Bertrand Lefebvre-Diallo", "Hélène Marchal"],
            emails=[
                "bertrand.lefebvre@canal-saint-martin.example",
                "helene.marchal@canal-saint-martin.example",
            ],
            notes="Exchange request in French (Romance Standard Time, CET before 30 "
            "March); the organiser says Hélène 'se joindra à moi', so both interview.",
        ),
    ),
    person(
        MARGAUX,
        "proposition-embauche-paris",
        "offer",
        frm=("Bertrand Lefebvre-Diallo", "bertrand.lefebvre@canal-saint-martin.example"),
        subject="Proposition d'embauche – poste de Cheffe de projet data",
        date=dh("2042-04-09 18:10", "Europe/Paris"),
        body="""
Bonjour Margaux,

Suite à nos échanges, j'ai le plaisir de vous faire part de notre proposition
d'embauche pour le poste de cheffe de projet data, en CDI, avec une rémunération
annuelle brute de 62 000 € et une prise de poste souhaitée le 1er juin.

Vous trouverez la lettre de proposition en pièce jointe. Nous vous remercions de nous
faire part de votre réponse d'ici le 16 avril.

Bien cordialement,
Bertrand Lefebvre-Diallo
""",
        label=note(
            "French offer letter (windows-1252).",
            company="Canal Saint-Martin Assurances",
            role="Cheffe de projet data",
        ),
        charset="windows-1252",
        attachments=[pdf("Proposition_embauche_Pericard-Owusu.pdf")],
    ),
    person(
        XOCHITL,
        "confirmacion-entrevista-cdmx",
        "interview",
        frm=("Lic. Adriana Solís Bautista", "adriana.solis@grupo-ahuehuete.example"),
        subject="Confirmación de entrevista – Analista de Riesgos",
        date=dh("2042-03-04 12:20", "America/Mexico_City"),
        body=f"""
Estimada Xóchitl:

Por medio del presente le confirmamos su entrevista para la vacante de Analista de
Riesgos el próximo {es("2042-03-11")} a las 11:00 hrs (hora del centro de México), en
nuestras oficinas de Av. Paseo de la Reforma 505, piso 18, Col. Cuauhtémoc.

Será entrevistada por el Ing. Rodrigo Tlacuilo Méndez, gerente de riesgos, y la
Mtra. Paola Ixtlahuac Ruiz.

Favor de presentarse con identificación oficial 15 minutos antes.

Saludos cordiales,
Lic. Adriana Solís Bautista
Reclutamiento y Selección, Grupo Ahuehuete
""",
        label=lab(
            "2042-03-11 11:00",
            "America/Mexico_City",
            "America/Mexico_City",
            company="Grupo Ahuehuete",
            role="Analista de Riesgos",
            who=["Rodrigo Tlacuilo Méndez", "Paola Ixtlahuac Ruiz"],
            notes="Mexican Spanish; 'hora del centro de México' (Mexico has had no DST since "
            "2022); titles Ing. and Mtra. dropped.",
        ),
    ),
    person(
        JOAQUINA,
        "entrevista-proceso-seleccion-buenos-aires",
        "interview",
        frm=("Florencia Bidegain", "fbidegain@pampa-agrotech.example"),
        subject="Entrevista – proceso de selección Analista de Datos",
        date=dh("2042-02-18 10:05", "America/Argentina/Buenos_Aires"),
        body=f"""
Hola Joaquina, ¿cómo estás?

Te escribo para confirmarte la entrevista del {es("2042-02-24")} a las 16 h (hora
argentina) por Google Meet: https://meet.google.com/paq-xtrm-vbo

Vas a conversar con Martín Ezcurra, líder del equipo de datos, y con Sofía D'Agostino,
de Recursos Humanos.

¡Cualquier cosa me avisás!

Saludos,
Flor Bidegain
Talent Acquisition, Pampa Agrotech
""",
        label=lab(
            "2042-02-24 16:00",
            "America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
            company="Pampa Agrotech",
            role="Analista de Datos",
            who=["Martín Ezcurra", "Sofía D'Agostino"],
            notes="Rioplatense Spanish ('16 h (hora argentina)'); the HR person is named as "
            "part of the conversation, so counted. Base64.",
        ),
        cte="base64",
    ),
    vendor(
        QUISPE,
        "resultado-postulacion-lima",
        "rejection",
        frm=("Andes Minera – Selección", "seleccion@andes-minera.example"),
        subject="Resultado de tu postulación – Ingeniero de Planeamiento",
        date=dh("2042-03-13 17:45", "America/Lima"),
        body="""
Hola Renzo:

Gracias por tu interés en formar parte de Andes Minera y por el tiempo dedicado a las
entrevistas del proceso de Ingeniero de Planeamiento.

Luego de evaluar a todos los candidatos, te informamos que en esta oportunidad no
continuarás en el proceso. Tu perfil quedará en nuestra base de datos para futuras
convocatorias.

Te deseamos muchos éxitos.

Equipo de Selección
Andes Minera
""",
        label=note(
            "Peruvian Spanish rejection after interviews.",
            company="Andes Minera",
            role="Ingeniero de Planeamiento",
        ),
    ),
    person(
        NURIA,
        "disponibilidad-entrevista-barcelona",
        "scheduling_request",
        frm=("Jordi Casals Puig", "jordi.casals@mediterrania-robotics.example"),
        subject="Disponibilidad para entrevista – Ingeniera de Software",
        date=dh("2042-03-16 12:30", "Europe/Madrid"),
        body="""
Hola Núria:

Gracias por tu candidatura. Nos gustaría tener una primera entrevista contigo la semana
que viene por videollamada (unos 45 minutos).

¿Nos puedes indicar tu disponibilidad entre el lunes y el jueves? Por las mañanas nos
va mejor.

Un saludo,
Jordi Casals Puig
People, Mediterrània Robotics
""",
        label=note(
            "A request for availability in Spanish; no time set.",
            company="Mediterrània Robotics",
            role="Ingeniera de Software",
        ),
    ),
    html_mail(
        NURIA,
        "feria-empleo-entrevistas-en-el-acto",
        "bulk",
        lang="es",
        frm=("Empleo Barcelona", "boletin@empleo-bcn.example"),
        subject="Feria de empleo: entrevistas en el acto con 40 empresas",
        date=dh("2042-03-02 08:00", "Europe/Madrid"),
        extra=bulk("<boletin.empleo-bcn.example>", "https://empleo-bcn.example/baja?u=7731"),
        markup=f"""<h1>Feria de Empleo Tecnológico 2042</h1>
<p>El <b>{es("2042-03-19")}</b>, de 10:00 a 18:00, en el recinto de Montjuïc.</p>
<p>Más de 40 empresas harán <b>entrevistas en el acto</b>. Trae tu CV impreso y
prepara tu presentación de un minuto.</p>
<p><a href="https://empleo-bcn.example/feria">Inscríbete gratis</a></p>
<p style="font-size:11px">Recibes este boletín porque te suscribiste en
empleo-bcn.example. <a href="https://empleo-bcn.example/baja?u=7731">Darse de
baja</a></p>""",
        label=note("A Spanish job-fair mailing with on-the-spot interviews."),
    ),
    person(
        LORENZO,
        "conferma-colloquio-roma",
        "interview",
        frm=("Francesca Dell'Aquila", "f.dellaquila@tevere-consulting.example"),
        subject="Conferma colloquio – Business Analyst",
        date=dh("2042-02-20 15:40", "Europe/Rome"),
        body=f"""
Gentile Lorenzo,

le confermiamo il colloquio per la posizione di Business Analyst per {itd("2042-02-27")}
alle ore 15:00, presso la nostra sede di Via Nazionale 184, Roma (citofono Tevere
Consulting, 3° piano).

Il colloquio sarà condotto dal dott. Alessandro Di Benedetto, Partner, e dall'ing.
Chiara Santoro-Mensah, Senior Manager.

Cordiali saluti,
Francesca Dell'Aquila
Ufficio Risorse Umane
""",
        label=lab(
            "2042-02-27 15:00",
            "Europe/Rome",
            None,
            company="Tevere Consulting",
            role="Business Analyst",
            who=["Alessandro Di Benedetto", "Chiara Santoro-Mensah"],
            notes="Italian confirmation, 8bit UTF-8; titles dott. and ing. dropped.",
        ),
        cte="8bit",
    ),
    person(
        MICOL,
        "invito-colloquio-lugano",
        "interview",
        frm=("Nicola Bernasconi-Ruiz", "nicola.br@ceresio-pharma.example"),
        name_method="B",
        subject="Invito a colloquio – Specialista Qualità",
        date=dh("2042-03-25 09:30", "Europe/Zurich"),
        body=f"""
Buongiorno signora Bernasconi-Oti,

a seguito della sua candidatura, abbiamo il piacere di invitarla a un colloquio
conoscitivo {it("2042-04-01")} alle 10.00 presso la nostra sede di Lugano-Pazzallo.

Incontrerà la signora Ilaria Pedrazzini, responsabile Qualità, e il sottoscritto.

Distinti saluti
Nicola Bernasconi-Ruiz
Risorse umane, Ceresio Pharma SA
""",
        label=lab(
            "2042-04-01 10:00",
            "Europe/Zurich",
            None,
            company="Ceresio Pharma",
            role="Specialista Qualità",
            who=["Ilaria Pedrazzini", "Nicola Bernasconi-Ruiz"],
            notes="Swiss Italian (Ticino), '10.00' after the 30 March change; 'il "
            "sottoscritto' makes the HR sender an interviewer.",
        ),
    ),
    person(
        LORENZO,
        "annullamento-colloquio-milano",
        "interview_cancelled",
        frm=("Marta Colombo", "marta.colombo@navigli-design.example"),
        subject="Annullamento colloquio del 5 marzo",
        date=dh("2042-03-03 18:20", "Europe/Rome"),
        body=f"""
Gentile Lorenzo,

siamo spiacenti di comunicarle che il colloquio previsto per {it("2042-03-05")} alle
11:30 è annullato: la posizione di Product Owner è stata coperta internamente.

La ringraziamo per l'interesse e terremo il suo profilo per future opportunità.

Cordiali saluti,
Marta Colombo
HR, Navigli Design
""",
        label=lab(
            "2042-03-05 11:30",
            "Europe/Rome",
            None,
            company="Navigli Design",
            role="Product Owner",
            notes="Italian cancellation: the role was filled internally.",
        ),
    ),
    person(
        SANNE,
        "uitnodiging-sollicitatiegesprek-domstad-utrecht",
        "interview",
        frm=("Pieter de Graaf-Mensah", "pieter.degraaf@domstad-energie.example"),
        subject="Uitnodiging sollicitatiegesprek – Energieanalist",
        date=dh("2042-03-26 10:15", "Europe/Amsterdam"),
        body=f"""
Beste Sanne,

Bedankt voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek op
{nl("2042-04-02")} om 13.30 uur op ons kantoor aan de Catharijnesingel 52 in Utrecht.

Je spreekt met Wouter van 't Hof (teamleider Analyse) en Ayşe Yılmaz-Bakker
(senior analist).

Let op: vanaf zondag geldt de zomertijd.

Met vriendelijke groet,
Pieter de Graaf-Mensah
Recruiter, Domstad Energie
""",
        label=lab(
            "2042-04-02 13:30",
            "Europe/Amsterdam",
            None,
            company="Domstad Energie",
            role="Energieanalist",
            who=["Wouter van 't Hof", "Ayşe Yılmaz-Bakker"],
            notes="Dutch invitation ('13.30 uur') after the EU change; a name with an "
            "apostrophe particle; UTF-8 in 8bit.",
        ),
        cte="8bit",
    ),
    booking(
        WARD,
        "recruitee-bevestiging-afspraak-gent",
        "interview",
        prodid=kit.RECRUITEE,
        start="2042-03-18 14:00",
        zone="Europe/Brussels",
        minutes=45,
        summary="Kennismakingsgesprek Ward Peeters-Nkemelu – Schelde Logistics",
        organizer=("Lotte Vandamme", "lotte.vandamme@schelde-logistics.example"),
        attendees=[("Lotte Vandamme", "lotte.vandamme@schelde-logistics.example")],
        date=dh("2042-03-11 20:02", "Europe/Brussels"),
        frm=("Schelde Logistics", "no-reply@mail.recruitee.com"),
        subject="Bevestiging van je afspraak met Schelde Logistics",
        body=f"""
Hallo Ward,

Je gesprek is ingepland.

Kennismakingsgesprek – Planner Transport
{nl("2042-03-18")} 2042
{t24("2042-03-18 14:00")} – {t24("2042-03-18 14:45")} (Europe/Brussels)
Met: Lotte Vandamme
Locatie: Schelde Logistics, Port Arthurlaan 15, Gent

Voeg de afspraak toe aan je agenda met het bijgevoegde bestand.

Schelde Logistics
Verstuurd met Recruitee
""",
        label=lab(
            "2042-03-18 14:00",
            "Europe/Brussels",
            "Europe/Brussels",
            company="Schelde Logistics",
            role="Planner Transport",
            who=["Lotte Vandamme"],
            emails=["lotte.vandamme@schelde-logistics.example"],
            notes="Flemish Dutch Recruitee confirmation with an .ics.",
        ),
    ),
    person(
        SOERIAN,
        "sollicitatie-afgewezen-paramaribo",
        "rejection",
        frm=("Personeelszaken Surinaamse Watervoorziening", "pz@sur-water.example"),
        subject="Uw sollicitatie naar de functie van Projectingenieur",
        date=dh("2042-03-02 11:00", "America/Paramaribo"),
        body="""
Geachte heer Kartosen-Lie,

Hartelijk dank voor uw sollicitatie en het gesprek van vorige week. Na zorgvuldige
afweging hebben wij besloten de procedure met een andere kandidaat voort te zetten.

Wij wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,
Afdeling Personeelszaken
Surinaamse Watervoorziening N.V.
""",
        label=note(
            "Surinamese Dutch rejection after an interview.",
            company="Surinaamse Watervoorziening",
            role="Projectingenieur",
        ),
    ),
    person(
        LUANA,
        "convite-entrevista-sao-paulo",
        "interview",
        frm=("Camila Nogueira", "camila.nogueira@ipe-roxo-fintech.example"),
        subject="Convite para entrevista – Analista de Produto",
        date=dh("2042-02-26 14:10", "America/Sao_Paulo"),
        body=f"""
Olá, Luana! Tudo bem?

Gostaríamos de convidar você para uma entrevista para a vaga de Analista de Produto na
{ptd("2042-03-04")}, às 10h30 (horário de Brasília), pelo Google Meet:
https://meet.google.com/ipr-wqkz-mna

Você vai conversar com o Thiago Albuquerque, gerente de produto, e com a
Renata Sant'Anna, designer sênior.

Qualquer dúvida, é só responder este e-mail.

Abraços,
Camila Nogueira
Tech Recruiter, Ipê Roxo Fintech
""",
        label=lab(
            "2042-03-04 10:30",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Ipê Roxo Fintech",
            role="Analista de Produto",
            who=["Thiago Albuquerque", "Renata Sant'Anna"],
            notes="Brazilian Portuguese, '10h30 (horário de Brasília)'.",
        ),
    ),
    person(
        EDSON,
        "agendamento-entrevista-maputo",
        "interview",
        frm=("Anabela Cossa", "anabela.cossa@indico-seguros.example"),
        subject="Agendamento de entrevista – Actuário Júnior",
        date=dh("2042-02-10 09:30", "Africa/Maputo"),
        body=f"""
Caro Edson Muianga,

Na sequência da sua candidatura, temos o prazer de informar que foi seleccionado para a
fase de entrevistas. A entrevista terá lugar na {ptd("2042-02-17")}, pelas 09h00, nas
instalações da Índico Seguros, Av. Julius Nyerere, 1230, Maputo.

O júri será composto pelo Dr. Hélder Machava, Director Técnico, e pela
Dra. Yolanda Chissano-Ferreira, Actuária Sénior.

Com os melhores cumprimentos,
Anabela Cossa
Recursos Humanos
""",
        label=lab(
            "2042-02-17 09:00",
            "Africa/Maputo",
            None,
            company="Índico Seguros",
            role="Actuário Júnior",
            who=["Hélder Machava", "Yolanda Chissano-Ferreira"],
            notes="Mozambican Portuguese; titles dropped.",
        ),
    ),
    person(
        DJENIFER,
        "cancelamento-entrevista-praia",
        "interview_cancelled",
        frm=("Nilton Tavares", "nilton.tavares@morabeza-energia.example"),
        subject="Cancelamento da entrevista de quinta-feira",
        date=dh("2042-03-17 15:00", "Atlantic/Cape_Verde"),
        body=f"""
Cara Djenifer,

Lamentamos informar que a entrevista marcada para {pt("2042-03-20")}, às 14h00, com o
Eng. Hélio Fortes, foi cancelada devido a uma alteração na estrutura da equipa.

Entraremos em contacto logo que tenhamos novidades sobre o processo.

Cumprimentos,
Nilton Tavares
Recursos Humanos, Morabeza Energia
""",
        label=lab(
            "2042-03-20 14:00",
            "Atlantic/Cape_Verde",
            None,
            company="Morabeza Energia",
            who=["Hélio Fortes"],
            notes="Cape Verdean Portuguese cancellation at the old time (-01, no DST).",
        ),
    ),
    person(
        BEATRIZ,
        "proposta-emprego-lisboa",
        "offer",
        frm=("Rui Espírito Santo", "rui.es@tejo-analytics.example"),
        subject="Proposta de emprego – Engenheira de Dados",
        date=dh("2042-04-14 17:25", "Europe/Lisbon"),
        body="""
Olá Beatriz,

Foi um prazer conhecê-la nas entrevistas. Temos o gosto de lhe apresentar a nossa
proposta para a função de Engenheira de Dados: vencimento bruto anual de 48 000 €,
pago em 14 meses, seguro de saúde e regime híbrido.

Segue em anexo a proposta formal. Agradecemos a sua resposta até 21 de abril.

Cumprimentos,
Rui Espírito Santo
Head of Engineering, Tejo Analytics
""",
        label=note(
            "Portuguese offer with a PDF.",
            company="Tejo Analytics",
            role="Engenheira de Dados",
        ),
        attachments=[pdf("Proposta_Tejo_Analytics_BSampaio.pdf")],
    ),
    html_mail(
        LUANA,
        "vagas-da-semana-processo-seletivo",
        "bulk",
        lang="pt",
        frm=("Vagas Tech Brasil", "newsletter@vagastech-br.example"),
        subject="Vagas da semana: processo seletivo aberto em 25 empresas",
        date=dh("2042-03-09 07:00", "America/Sao_Paulo"),
        extra=bulk(
            "<semanal.vagastech-br.example>", "https://vagastech-br.example/descadastrar?u=51"
        ),
        markup="""<h1>Vagas da semana</h1>
<ul><li><b>Analista de Produto Pleno</b> – fintech em São Paulo – entrevistas já na
próxima semana</li>
<li><b>Engenheira de Dados</b> – varejo – processo seletivo em 3 etapas</li>
<li><b>UX Designer</b> – saúde – entrevista com a liderança às quintas, 15h</li></ul>
<p>Dica da semana: como se preparar para a entrevista técnica.</p>
<p style="font-size:11px"><a href="https://vagastech-br.example/descadastrar?u=51">
Descadastrar</a></p>""",
        label=note("A Brazilian job newsletter full of interview words."),
    ),
    person(
        SABINE,
        "entrevista-hora-de-chile-tras-cambio",
        "interview",
        frm=("Catalina Urrutia Besoain", "catalina.urrutia@cordillera-litio.example"),
        subject="Entrevista – Analista de Operaciones",
        date=dh("2042-03-31 11:45", "America/Santiago"),
        body=f"""
Hola Sabine:

Te confirmo la entrevista para el cargo de Analista de Operaciones el {es("2042-04-08")}
a las 10:00 (hora de Chile continental), en nuestras oficinas de Av. Apoquindo 3000,
piso 9, Las Condes.

Te entrevistaremos Ignacio Lagos Errázuriz, gerente de operaciones, y yo.

Ojo: la noche del {es("2042-04-05")} se atrasa la hora, así que revisa que tu
calendario muestre las 10:00.

Saludos,
Catalina Urrutia Besoain
Jefa de Personas, Cordillera Litio
+56 2 2555 0147
""",
        label=lab(
            "2042-04-08 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Litio",
            role="Analista de Operaciones",
            who=["Ignacio Lagos Errázuriz", "Catalina Urrutia Besoain"],
            notes="Chilean Spanish; after Chile's change on the night of 5 April (-04). "
            "'hora de Chile continental' names the zone; 'y yo' makes the sender an "
            "interviewer.",
        ),
    ),
]
