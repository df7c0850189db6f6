"""Mail in German, French, Spanish, Italian, Dutch and Portuguese, written by local senders:
interviews, a cancellation, requests, outcomes, automatic answers, mass mail and traps."""

from __future__ import annotations

from .kit import (
    APOLLINE,
    AUTO,
    CAETANO,
    CELESTINO,
    FELIX,
    FLORENCIA,
    GIADA,
    HOTU,
    ILARIA,
    ITZEL,
    JUSSARA,
    KARLA,
    KORBINIAN,
    LENJA,
    MAHE,
    MAIWENN,
    MATHIAS,
    NOOR,
    PILAR,
    QUINCY,
    RICARDO,
    STERRE,
    URSINA,
    VITO,
    WESSEL,
    ZAINA,
    bulk,
    de,
    dh,
    es,
    fr,
    it,
    itd,
    lab,
    nl,
    note,
    outlook,
    pdf,
    person,
    pt,
    quoted,
    raw_mail,
    vendor,
)

BER = "Europe/Berlin"
ROM = "Europe/Rome"

GERMAN = [
    person(
        LENJA,
        "einladung-vorstellungsgespraech-bremen",
        "interview",
        frm=("Kerstin Lüdemann", "k.luedemann@weserhafen-logistik.example"),
        subject="Einladung zum Vorstellungsgespräch - Systemadministrator (m/w/d)",
        date=dh("2040-07-03 10:25", BER),
        body=(
            "Sehr geehrte Frau Brockmöller-Asamoah,\n\n"
            "vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich kennenlernen und "
            f"laden Sie zu einem Vorstellungsgespräch am {de('2040-07-10')} um 10:00 Uhr "
            "in unsere Zentrale (Am Speicher XI 4, 28217 Bremen) ein.\n\n"
            "Ihre Gesprächspartner sind Frau Dr. Insa Meyerdierks (Leiterin IT) und Herr Jörn "
            "Klatte (Teamleiter Infrastruktur). Planen Sie bitte etwa eine Stunde ein.\n\n"
            "Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\n"
            "Mit freundlichen Grüßen\nKerstin Lüdemann\nPersonalabteilung\n"
            "Weserhafen Logistik GmbH"
        ),
        label=lab(
            "2040-07-10 10:00",
            BER,
            company="Weserhafen Logistik",
            role="Systemadministrator",
            who=["Insa Meyerdierks", "Jörn Klatte"],
            notes="Invitation with a set time (confirmation asked); ISO-8859-1.",
        ),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
    ),
    outlook(
        KORBINIAN,
        "teams-einladung-embedded-muenchen",
        "interview",
        start="2040-07-18 14:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Einladung: Gespräch Embedded-Entwickler (Korbinian Stadler-Eze)",
        organizer=("Veronika Huber", "veronika.huber@isarsensorik.example"),
        attendees=[("Florian Wimmer", "florian.wimmer@isarsensorik.example")],
        date=dh("2040-07-11 09:40", BER),
        lang="de",
        location="Microsoft Teams-Besprechung",
        label=lab(
            "2040-07-18 14:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Isar Sensorik",
            role="Embedded-Entwickler",
            who=["Florian Wimmer", "Veronika Huber"],
            emails=["florian.wimmer@isarsensorik.example", "veronika.huber@isarsensorik.example"],
            notes="Exchange request in German; 'Ihre Gesprächspartner sind Herr ... und ich'.",
        ),
        text=(
            "Hallo Herr Stadler-Eze,\n\nwie telefonisch besprochen hier die Einladung für "
            "unser Gespräch per Teams. Ihre Gesprächspartner sind Herr Florian Wimmer "
            "(Teamleiter Firmware) und ich.\n\nViele Grüße\nVeronika Huber\nHR, Isar Sensorik"
        ),
    ),
    person(
        URSINA,
        "terminbestaetigung-gespraech-chur",
        "interview",
        frm=("Gian Casutt", "gian.casutt@raetische-treuhand.example"),
        subject="AW: Terminbestätigung Gespräch",
        date=dh("2040-06-29 16:05", "Europe/Zurich"),
        body=(
            "Grüezi Frau Gadient-Ofori\n\n"
            f"Gerne bestätige ich Ihnen den Termin am {de('2040-07-05')} um 14.00 Uhr bei "
            "uns an der Bahnhofstrasse 12 in Chur. Sie treffen mich und unsere "
            "Mandatsleiterin Frau Seraina Capaul.\n\n"
            "Freundliche Grüsse\nGian Casutt\nLeiter Finanzen, Rhätische Treuhand AG"
            + quoted(
                "2040-06-29 11:30",
                "Europe/Zurich",
                "Ursina Gadient-Ofori <ursina.gadient@example.org>",
                "Grüezi Herr Casutt\n\nDonnerstagnachmittag um 14 Uhr würde mir sehr gut "
                "passen.\n\nFreundliche Grüsse\nUrsina Gadient-Ofori",
            )
        ),
        label=lab(
            "2040-07-05 14:00",
            "Europe/Zurich",
            company="Rhätische Treuhand",
            who=["Gian Casutt", "Seraina Capaul"],
            emails=["gian.casutt@raetische-treuhand.example"],
            notes="Swiss German reply confirming the time the user proposed.",
        ),
    ),
    person(
        MATHIAS,
        "absage-termin-linz-erkrankung",
        "interview_cancelled",
        frm=("Birgit Leitner", "birgit.leitner@donaulaende-mb.example"),
        subject="Absage Termin Vorstellungsgespräch",
        date=dh("2040-07-16 08:20", "Europe/Vienna"),
        body=(
            "Sehr geehrter Herr Auinger-Oduya,\n\n"
            f"leider müssen wir den Termin am {de('2040-07-18')} um 9:30 Uhr kurzfristig "
            "absagen, da unser Werksleiter erkrankt ist. Wir melden uns in den nächsten Tagen "
            "mit einem neuen Terminvorschlag.\n\n"
            "Wir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nBirgit Leitner\n"
            "Donaulände Maschinenbau GmbH, Linz"
        ),
        label=lab(
            "2040-07-18 09:30",
            "Europe/Vienna",
            company="Donaulände Maschinenbau",
            notes="Cancelled by a person; a new date is only promised.",
        ),
    ),
    raw_mail(
        LENJA,
        "abwesenheitsnotiz-personalabteilung-bremen",
        "auto_reply",
        frm=("Kerstin Lüdemann", "k.luedemann@weserhafen-logistik.example"),
        subject="Abwesenheitsnotiz: Re: Einladung zum Vorstellungsgespräch",
        date=dh("2040-07-12 13:02", BER),
        body=(
            "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub und ab "
            f"{de('2040-07-23')} wieder erreichbar. In dringenden Fällen wenden Sie sich "
            "bitte an personal@weserhafen-logistik.example.\n\nKerstin Lüdemann"
        ),
        extra=AUTO,
        label=note("German out-of-office with a return date.", return_date="2040-07-23"),
    ),
]

FRENCH = [
    person(
        MAIWENN,
        "convocation-entretien-brest-chantiers",
        "interview",
        frm=("Gwenola Tanguy", "gwenola.tanguy@chantiers-iroise.example"),
        subject="Convocation à un entretien – Technicienne de maintenance navale",
        date=dh("2040-07-09 11:12", "Europe/Paris"),
        body=(
            "Madame,\n\n"
            "Suite à votre candidature, nous avons le plaisir de vous convier à un entretien le "
            f"{fr('2040-07-17')} à 10 h 00, dans nos locaux du port de commerce de Brest "
            "(quai de la Douane).\n\n"
            "Vous serez reçue par M. Yann Le Goff, responsable technique, et Mme Soizic "
            "Kerhervé, chargée de ressources humaines.\n\n"
            "Merci de vous munir d'une pièce d'identité.\n\n"
            "Bien cordialement,\nGwenola Tanguy\nAssistante RH, Chantiers de l'Iroise"
        ),
        label=lab(
            "2040-07-17 10:00",
            "Europe/Paris",
            company="Chantiers de l'Iroise",
            role="Technicienne de maintenance navale",
            who=["Yann Le Goff", "Soizic Kerhervé"],
            notes="'Vous serez reçue par M. ... et Mme ...'; the sender only arranges.",
        ),
        html=True,
    ),
    outlook(
        FELIX,
        "invitation-teams-saint-pierre-port",
        "interview",
        start="2040-08-07 10:00",
        zone="Saint Pierre Standard Time",
        minutes=45,
        subject="Entretien – Félix Detcheverry-Okou – Agent d'exploitation portuaire",
        organizer=("Sandrine Briand", "sandrine.briand@port-spm.example"),
        attendees=[("Marc Girardin", "marc.girardin@port-spm.example")],
        date=dh("2040-08-01 14:10", "America/Miquelon"),
        lang="fr",
        location="Réunion Microsoft Teams",
        label=lab(
            "2040-08-07 10:00",
            "Saint Pierre Standard Time",
            "America/Miquelon",
            company="Port de Saint-Pierre",
            role="Agent d'exploitation portuaire",
            who=["Marc Girardin", "Sandrine Briand"],
            emails=["marc.girardin@port-spm.example", "sandrine.briand@port-spm.example"],
            notes="Exchange request in French, Saint Pierre Standard Time (-02 in summer).",
        ),
        text=(
            "Bonjour Monsieur,\n\nVeuillez trouver ci-dessous l'invitation pour votre "
            "entretien en visioconférence avec M. Marc Girardin, chef d'exploitation, et "
            "moi-même.\n\nCordialement,\nSandrine Briand\nRessources humaines"
        ),
    ),
    person(
        APOLLINE,
        "reponse-candidature-larvotto",
        "rejection",
        frm=("Service Recrutement", "recrutement@jardins-larvotto.example"),
        subject="Réponse à votre candidature – Assistante de direction",
        date=dh("2040-06-20 09:30", "Europe/Monaco"),
        body=(
            "Madame,\n\n"
            "Nous vous remercions de l'intérêt que vous portez à la Société des Jardins du "
            "Larvotto et du temps consacré à nos entretiens.\n\n"
            "Après étude approfondie, nous sommes au regret de vous informer que nous ne "
            "donnerons pas une suite favorable à votre candidature.\n\n"
            "Nous vous prions d'agréer, Madame, l'expression de nos salutations "
            "distinguées.\n\nLe Service Recrutement"
        ),
        label=note("French rejection after interviews.", company="Société des Jardins du Larvotto"),
    ),
    vendor(
        MAHE,
        "conseils-reussir-entretien-ouaga",
        "bulk",
        frm=("Emploi Sahel Hebdo", "lettre@emploi-sahel.example"),
        subject="Nos conseils pour réussir votre entretien d'embauche",
        date=dh("2040-07-04 07:00", "Africa/Ouagadougou"),
        body=(
            "Chère abonnée, cher abonné,\n\n"
            "Cette semaine : comment préparer un entretien en visioconférence, les dix "
            "questions les plus fréquentes et les offres du moment à Ouagadougou et "
            "Bobo-Dioulasso.\n\n"
            "Lire la lettre : https://emploi-sahel.example/lettre/2040-27\n\n"
            "Se désabonner : https://emploi-sahel.example/desabonnement"
        ),
        extra=bulk("<lettre.emploi-sahel.example>", "https://emploi-sahel.example/desabonnement"),
        charset="windows-1252",
        label=note("French newsletter about interviews; windows-1252."),
    ),
    person(
        ZAINA,
        "rendez-vous-prefecture-mamoudzou",
        "other",
        frm=("Préfecture de Mayotte", "rdv@prefecture-mayotte.example"),
        subject="Confirmation de votre rendez-vous – titre de séjour",
        date=dh("2040-06-25 08:00", "Indian/Mayotte"),
        body=(
            "Madame Soilihi-Marchal,\n\n"
            f"Votre rendez-vous est confirmé le {fr('2040-07-03')} à 8 h 30 au guichet "
            "étrangers, Mamoudzou.\n\nMerci de vous présenter avec les pièces justificatives "
            "demandées et la présente convocation."
        ),
        label=note("Administrative appointment (convocation), not an interview."),
        name_method="B",
    ),
]

SPANISH = [
    person(
        ITZEL,
        "confirmacion-entrevista-merida-datos",
        "interview",
        frm=("Rocío Chan", "rocio.chan@henequen-datos.example"),
        subject="Confirmación de entrevista – Analista de Datos",
        date=dh("2040-07-06 12:40", "America/Merida"),
        body=(
            "Hola Itzel:\n\n"
            f"Te confirmo tu entrevista para el puesto de Analista de Datos el {es('2040-07-12')} "
            "a las 11:00 hrs (hora de Mérida), en nuestras oficinas de Paseo de Montejo.\n\n"
            "Te entrevistarán la Ing. Mariana Couoh, gerente de analítica, y el Lic. Raúl "
            "Pech, de Recursos Humanos.\n\n"
            "Saludos cordiales,\nRocío Chan\nReclutamiento, Henequén Datos"
        ),
        label=lab(
            "2040-07-12 11:00",
            "America/Merida",
            "America/Merida",
            company="Henequén Datos",
            role="Analista de Datos",
            who=["Mariana Couoh", "Raúl Pech"],
            notes="Spanish confirmation; base64 body.",
        ),
        cte="base64",
        html=True,
    ),
    outlook(
        HOTU,
        "invitacion-entrevista-hanga-roa",
        "interview",
        start="2040-07-24 09:00",
        zone="Easter Island Standard Time",
        minutes=60,
        subject="Entrevista: Hotu Pakarati Tuki – Guía de turismo",
        organizer=("Carolina Edmunds", "carolina.edmunds@rapanui-expediciones.example"),
        attendees=[("Petero Tepano", "petero.tepano@rapanui-expediciones.example")],
        date=dh("2040-07-18 10:15", "Pacific/Easter"),
        lang="es",
        teams=False,
        location="Oficina Hanga Roa, Av. Atamu Tekena s/n",
        label=lab(
            "2040-07-24 09:00",
            "Easter Island Standard Time",
            "Pacific/Easter",
            company="Rapa Nui Expediciones",
            role="Guía de turismo",
            who=["Petero Tepano", "Carolina Edmunds"],
            emails=[
                "petero.tepano@rapanui-expediciones.example",
                "carolina.edmunds@rapanui-expediciones.example",
            ],
            notes="Exchange request in Spanish, Easter Island Standard Time (-06).",
        ),
        text=(
            "Hola Hotu:\n\nTe envío la invitación para la entrevista presencial. "
            "Participaremos Petero Tepano, jefe de guías, y yo.\n\nSaludos,\nCarolina Edmunds"
        ),
    ),
    person(
        FLORENCIA,
        "disponibilidad-entrevista-montevideo",
        "scheduling_request",
        frm=("Martín Olivera", "martin.olivera@pocitos-software.example"),
        subject="Entrevista – disponibilidad",
        date=dh("2040-08-13 15:30", "America/Montevideo"),
        body=(
            "Hola Florencia, ¿cómo estás?\n\n"
            "Nos gustó mucho tu perfil para la posición de QA Automation. ¿Tenés "
            "disponibilidad esta semana para una entrevista de 45 minutos por Meet? Pasame dos "
            "o tres horarios que te queden cómodos y lo coordinamos.\n\n"
            "Abrazo,\nMartín\nPocitos Software"
        ),
        label=note("Asks for availability; nothing booked.", company="Pocitos Software"),
    ),
    person(
        KARLA,
        "oferta-laboral-coordinadora-proyectos",
        "offer",
        frm=("Gabriela Alvarenga", "galvarenga@volcan-consultores.example"),
        subject="Oferta laboral – Coordinadora de Proyectos",
        date=dh("2040-08-17 11:00", "America/El_Salvador"),
        body=(
            "Estimada Karla:\n\n"
            "Es un gusto comunicarle que Volcán Consultores desea ofrecerle el puesto de "
            "Coordinadora de Proyectos. Adjuntamos la carta oferta con el salario, las "
            "prestaciones y la fecha de inicio propuesta.\n\n"
            "Le agradeceremos su respuesta a más tardar el viernes.\n\n"
            "Atentamente,\nGabriela Alvarenga\nGerente de Talento Humano"
        ),
        label=note("Spanish offer with a PDF.", company="Volcán Consultores"),
        attachments=[pdf("Carta_Oferta_Karla_Menjivar.pdf")],
    ),
    raw_mail(
        PILAR,
        "recordatorio-cita-medica-malabo",
        "other",
        frm=("Clínica Bioko Norte", "citas@clinica-bioko.example"),
        subject="Recordatorio de su cita médica",
        date=dh("2040-07-02 09:00", "Africa/Malabo"),
        body=(
            "Estimada Sra. Obama Nsue:\n\n"
            f"Le recordamos su cita con la Dra. Mbengono el {es('2040-07-05')} a las 10:30. "
            "Por favor, llegue 15 minutos antes con su tarjeta sanitaria.\n\n"
            "Clínica Bioko Norte, Malabo"
        ),
        label=note("Medical appointment reminder."),
        charset="ISO-8859-1",
    ),
]

ITALIAN = [
    person(
        ILARIA,
        "conferma-colloquio-genova-lanterna",
        "interview",
        frm=("Paolo Repetto", "paolo.repetto@lanterna-software.example"),
        subject="Conferma colloquio – Sviluppatrice Frontend",
        date=dh("2040-07-24 17:20", ROM),
        body=(
            "Gentile Ilaria,\n\n"
            f"le confermo il colloquio per {itd('2040-07-31')} alle ore 15:00 presso la "
            "nostra sede di Via XX Settembre 40, Genova (citofono Lanterna, terzo piano).\n\n"
            "Il colloquio sarà condotto da me e dalla dott.ssa Chiara Odone, responsabile "
            "del personale.\n\n"
            "Cordiali saluti,\ning. Paolo Repetto\nCTO, Lanterna Software"
        ),
        label=lab(
            "2040-07-31 15:00",
            ROM,
            company="Lanterna Software",
            role="Sviluppatrice Frontend",
            who=["Paolo Repetto", "Chiara Odone"],
            emails=["paolo.repetto@lanterna-software.example"],
            notes="Italian confirmation; 8bit body.",
        ),
        cte="8bit",
    ),
    outlook(
        VITO,
        "invito-colloquio-teams-bari",
        "interview",
        start="2040-06-19 11:30",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Colloquio tecnico – Vito Lorusso-Agyeman – Sviluppatore Java",
        organizer=("Angela Loiacono", "angela.loiacono@murgia-tech.example"),
        attendees=[("Nicola Tatulli", "nicola.tatulli@murgia-tech.example")],
        date=dh("2040-06-13 10:05", ROM),
        lang="it",
        location="Riunione di Microsoft Teams",
        label=lab(
            "2040-06-19 11:30",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Murgia Tech",
            role="Sviluppatore Java",
            who=["Nicola Tatulli"],
            emails=["nicola.tatulli@murgia-tech.example"],
            notes="Exchange request in Italian; the organiser says she will not take part.",
        ),
        text=(
            "Gentile Vito,\n\nle invio l'invito per il colloquio tecnico con l'ing. Nicola "
            "Tatulli, team leader backend. Io non parteciperò.\n\nCordiali saluti,\n"
            "Angela Loiacono\nHR, Murgia Tech"
        ),
    ),
    person(
        GIADA,
        "annullamento-colloquio-cagliari",
        "interview_cancelled",
        frm=("Efisio Pinna", "efisio.pinna@poetto-energia.example"),
        subject="Annullamento colloquio di lunedì",
        date=dh("2040-08-02 12:50", ROM),
        body=(
            "Gentile Giada,\n\n"
            f"purtroppo devo annullare il colloquio previsto per {it('2040-08-06')} alle "
            "10:00: la posizione è stata sospesa per una riorganizzazione interna. Le farò "
            "sapere se la ricerca riprenderà.\n\nCordiali saluti,\nEfisio Pinna\nPoetto Energia"
        ),
        label=lab(
            "2040-08-06 10:00",
            ROM,
            company="Poetto Energia",
            who=["Efisio Pinna"],
            emails=["efisio.pinna@poetto-energia.example"],
            notes="Cancelled; the position is suspended. The sender was to interview.",
        ),
    ),
    person(
        VITO,
        "esito-selezione-sviluppatore-bari",
        "rejection",
        frm=("Angela Loiacono", "angela.loiacono@murgia-tech.example"),
        subject="Esito selezione – Sviluppatore Java",
        date=dh("2040-07-03 09:15", ROM),
        body=(
            "Gentile Vito,\n\n"
            "la ringraziamo per il tempo dedicato al colloquio con il nostro team. Dopo "
            "un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui "
            "profilo è più vicino alle esigenze attuali.\n\n"
            "Le auguriamo il meglio per il suo percorso professionale.\n\nAngela Loiacono"
        ),
        label=note("Italian rejection after the interview.", company="Murgia Tech"),
    ),
]

DUTCH = [
    person(
        WESSEL,
        "uitnodiging-sollicitatiegesprek-leeuwarden",
        "interview",
        frm=("Jelmer Zijlstra", "jelmer.zijlstra@waadrand-zuivel.example"),
        subject="Uitnodiging sollicitatiegesprek – Procesoperator",
        date=dh("2040-08-02 14:25", "Europe/Amsterdam"),
        body=(
            "Hoi Wessel,\n\n"
            "Bedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op "
            f"{nl('2040-08-09')} om 13.30 uur op onze locatie aan de Snekertrekweg in "
            "Leeuwarden.\n\n"
            "Je spreekt met Sietske de Vries (teamleider productie) en mij.\n\n"
            "Groet,\nJelmer Zijlstra\nRecruiter, Waadrand Zuivel"
        ),
        label=lab(
            "2040-08-09 13:30",
            "Europe/Amsterdam",
            company="Waadrand Zuivel",
            role="Procesoperator",
            who=["Sietske de Vries", "Jelmer Zijlstra"],
            emails=["jelmer.zijlstra@waadrand-zuivel.example"],
            notes="'Je spreekt met ... en mij'.",
        ),
        html=True,
    ),
    person(
        NOOR,
        "bevestiging-gesprek-antwerpen-rederij",
        "interview",
        frm=("Lotte Van Dyck", "lotte.vandyck@scheldepoort.example"),
        subject="Bevestiging gesprek woensdag",
        date=dh("2040-06-22 16:40", "Europe/Brussels"),
        body=(
            "Dag Noor,\n\n"
            f"Hierbij bevestig ik je gesprek op {nl('2040-06-27')} om 14u in ons kantoor aan "
            "het Kattendijkdok. Koen Peeters (operationeel directeur) en ikzelf zullen je "
            "ontvangen.\n\nTot dan!\nLotte Van Dyck\nHR, Scheldepoort Rederij"
        ),
        label=lab(
            "2040-06-27 14:00",
            "Europe/Brussels",
            company="Scheldepoort Rederij",
            who=["Koen Peeters", "Lotte Van Dyck"],
            emails=["lotte.vandyck@scheldepoort.example"],
            notes="Flemish confirmation, '14u'.",
        ),
    ),
    raw_mail(
        QUINCY,
        "afwezigheidsmelding-oranjestad",
        "auto_reply",
        frm=("Ryan Werleman", "ryan.werleman@arubabank-careers.example"),
        subject="Afwezig: Re: Vacature Business Analist",
        date=dh("2040-07-05 08:14", "America/Aruba"),
        body=(
            "Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 13 juli en vanaf "
            f"{nl('2040-07-16')} weer op kantoor. Voor dringende zaken kun je mailen naar "
            "hr@arubabank-careers.example.\n\nRyan Werleman"
        ),
        extra=AUTO,
        label=note("Dutch out-of-office with a return date.", return_date="2040-07-16"),
    ),
    person(
        STERRE,
        "bevestiging-afspraak-hypotheekadviseur",
        "other",
        frm=("Waalkade Hypotheken", "afspraken@waalkade-hypotheken.example"),
        subject="Bevestiging afspraak: gesprek met je hypotheekadviseur",
        date=dh("2040-07-10 09:00", "Europe/Amsterdam"),
        body=(
            "Beste Sterre,\n\n"
            f"Je afspraak voor een oriënterend gesprek met je hypotheekadviseur Mark Jansen is "
            f"bevestigd: {nl('2040-07-17')} om 19.00 uur, online.\n\n"
            "Neem je loonstrook en je ID mee.\n\nWaalkade Hypotheken, Nijmegen"
        ),
        label=note("Mortgage advice appointment ('gesprek'), not an interview."),
    ),
]

PORTUGUESE = [
    person(
        CAETANO,
        "convite-entrevista-fortaleza-sistemas",
        "interview",
        frm=("Rafael Bezerra", "rafael.bezerra@mucuripe-tec.example"),
        subject="Convite para entrevista – Analista de Sistemas",
        date=dh("2040-06-08 10:30", "America/Fortaleza"),
        body=(
            "Olá, Caetano!\n\n"
            "Gostamos muito do seu perfil e queremos convidá-lo para uma entrevista na "
            f"{pt('2040-06-14')}, às 10h (horário de Fortaleza), por Google Meet: "
            "https://meet.google.com/mct-bzqw-fza\n\n"
            "A entrevista será conduzida pela gerente de TI, Larissa Holanda, e por mim.\n\n"
            "Abraço,\nRafael Bezerra\nTalentos, Mucuripe Tecnologia"
        ),
        label=lab(
            "2040-06-14 10:00",
            "America/Fortaleza",
            "America/Fortaleza",
            company="Mucuripe Tecnologia",
            role="Analista de Sistemas",
            who=["Larissa Holanda", "Rafael Bezerra"],
            emails=["rafael.bezerra@mucuripe-tec.example"],
            notes="Brazilian Portuguese invitation with a set time and 'horário de Fortaleza'.",
        ),
        html=True,
    ),
    outlook(
        RICARDO,
        "convite-entrevista-ponta-delgada",
        "interview",
        start="2040-07-05 15:00",
        zone="Azores Standard Time",
        minutes=60,
        subject="Entrevista – Ricardo Vaz Furtado – Técnico de Turismo",
        organizer=("Marta Medeiros", "marta.medeiros@acores-turismo.example"),
        attendees=[("João Pacheco", "joao.pacheco@acores-turismo.example")],
        date=dh("2040-06-29 11:05", "Atlantic/Azores"),
        lang="pt",
        teams=False,
        location="Rua Ernesto do Canto 20, Ponta Delgada",
        label=lab(
            "2040-07-05 15:00",
            "Azores Standard Time",
            "Atlantic/Azores",
            company="Açores Turismo Ativo",
            role="Técnico de Turismo",
            who=["João Pacheco", "Marta Medeiros"],
            emails=["joao.pacheco@acores-turismo.example", "marta.medeiros@acores-turismo.example"],
            notes="Exchange request in European Portuguese, Azores Standard Time (+00 in summer).",
        ),
        text=(
            "Caro Ricardo,\n\nSegue o convite para a entrevista presencial, que será conduzida "
            "pelo Eng. João Pacheco, diretor de operações, e por mim.\n\nCom os melhores "
            "cumprimentos,\nMarta Medeiros\nRecursos Humanos"
        ),
    ),
    vendor(
        JUSSARA,
        "agendamento-entrevista-belem-horario",
        "scheduling_request",
        frm=("Guajará Logística", "recrutamento@guajara-log.example"),
        subject="Agendamento de entrevista – escolha um horário",
        date=dh("2040-07-20 09:45", "America/Belem"),
        body=(
            "Olá, Jussara!\n\n"
            "Você avançou para a etapa de entrevista da vaga de Analista de Compras. Escolha "
            "o melhor horário para você no link abaixo (horários de Belém):\n\n"
            "https://guajara-log.example/agenda/entrevista/5521\n\n"
            "Equipe de Recrutamento\nGuajará Logística"
        ),
        label=note("Self-scheduling link; nothing booked.", company="Guajará Logística"),
    ),
    vendor(
        CELESTINO,
        "vagas-da-semana-bissau",
        "bulk",
        frm=("Emprego Guiné", "alertas@emprego-guine.example"),
        subject="Vagas da semana: 12 novas oportunidades em Bissau",
        date=dh("2040-07-09 07:30", "Africa/Bissau"),
        body=(
            "Olá Celestino,\n\nAs vagas desta semana:\n- Contabilista, Bissau\n"
            "- Técnico de Redes, Bissau\n- Assistente Administrativo, Bafatá\n\n"
            "Ver todas: https://emprego-guine.example/vagas\n\n"
            "Cancelar subscrição: https://emprego-guine.example/cancelar"
        ),
        extra=bulk("<alertas.emprego-guine.example>", "https://emprego-guine.example/cancelar"),
        label=note("Portuguese job alert."),
    ),
]

MESSAGES = GERMAN + FRENCH + SPANISH + ITALIAN + DUTCH + PORTUGUESE
