"""Mail written in German, French and Spanish by local senders, of every kind: interviews,
cancellations, scheduling requests, outcomes, automatic answers, bulk and other mail."""

from __future__ import annotations

from .kit import (
    AURELIEN,
    AUTO,
    BEGONA,
    HENRIKE,
    LAUTARO,
    MAELYS,
    TRINIDAD,
    VALERIA,
    YOUSSEF,
    Msg,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    gcal,
    lab,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === German ======================================================================================

S = "2032-09-22 10:00"
add(
    mail(
        HENRIKE,
        "einladung-vorstellungsgespraech-mueggelwerk-energie",
        "interview",
        frm=("Jana Kowalski-Brandt", "jana.kowalski@mueggelwerk-energie.example"),
        subject="Einladung zum Vorstellungsgespräch – Referentin Netzplanung (m/w/d)",
        date=dh("2032-09-13 09:42:00", "Europe/Berlin"),
        body=f"""Sehr geehrte Frau Ostermann-Feld,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Müggelwerk Energie GmbH. Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: {de(S)}, 10:00 Uhr
Ort: Müggelwerk Energie GmbH, Am Stralauer Platz 33, 10243 Berlin, Empfang Haus B

Gesprächspartner sind Herr Dr. Matthias Lehnert (Bereichsleiter Netzplanung) und Frau Sabine Okafor (Personalreferentin).

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jana Kowalski-Brandt
Recruiting | Müggelwerk Energie GmbH
Tel. +49 30 5555 0193
""",
        label=lab(
            S,
            "Europe/Berlin",
            None,
            company="Müggelwerk Energie",
            role="Referentin Netzplanung",
            who=["Matthias Lehnert", "Sabine Okafor"],
            notes="German invitation with 'Termin:' line; no zone named; Dr. and Herr/Frau dropped.",
        ),
    )
)

S = "2032-10-07 14:30"
add(
    exchange(
        HENRIKE,
        "outlook-wann-zweitgespraech-elbauen-versicherung",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        minutes=60,
        lang="de",
        subject="Zweitgespräch Henrike Ostermann-Feld – Data Governance Lead",
        organizer=("Lorenz Ehrhardt", "lorenz.ehrhardt@elbauen-versicherung.example"),
        attendees=[
            ("Katrin Obermeier", "katrin.obermeier@elbauen-versicherung.example"),
            ("Yusuf Demirci", "yusuf.demirci@elbauen-versicherung.example"),
        ],
        date=dh("2032-09-30 11:25:00", "Europe/Berlin"),
        text="""Liebe Frau Ostermann-Feld,

wie telefonisch besprochen erhalten Sie hiermit die Einladung zum Zweitgespräch. Mit dabei sind Katrin Obermeier (CDO) und Yusuf Demirci (Teamleiter Datenarchitektur).

Viele Grüße
Lorenz Ehrhardt
HR Business Partner, Elbauen Versicherung AG""",
        label=lab(
            S,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Elbauen Versicherung",
            role="Data Governance Lead",
            who=["Katrin Obermeier", "Yusuf Demirci"],
            emails=[
                "katrin.obermeier@elbauen-versicherung.example",
                "yusuf.demirci@elbauen-versicherung.example",
            ],
            notes="German Outlook 'Wann:' line, W. Europe Standard Time.",
        ),
    )
)

S = "2032-11-03 09:00"
add(
    mail(
        HENRIKE,
        "terminverschiebung-neuer-termin-hafenlicht",
        "interview",
        frm=("Personalabteilung Hafenlicht", "bewerbung@hafenlicht-medien.example"),
        subject="Verschiebung Ihres Termins – neuer Vorschlag bestätigt",
        date=dh("2032-10-27 15:10:00", "Europe/Berlin"),
        body=f"""Guten Tag Frau Ostermann-Feld,

leider muss Frau Petersen den ursprünglichen Termin am Freitag absagen. Wie eben telefonisch vereinbart, findet Ihr Gespräch nun am {de(S, year=False)} um 9:00 Uhr statt (per Videocall, den Link senden wir separat).

Ihre Gesprächspartnerin ist weiterhin Frau Wiebke Petersen, Leiterin Redaktion Digital.

Freundliche Grüße
Ihre Personalabteilung
Hafenlicht Medien GmbH
""",
        label=lab(
            S,
            "Europe/Berlin",
            None,
            company="Hafenlicht Medien",
            who=["Wiebke Petersen"],
            notes="German reschedule with the new time (after the EU switch, CET).",
        ),
    )
)

add(
    mail(
        HENRIKE,
        "absage-nach-gespraech-kranichfeld",
        "rejection",
        frm=("Kranichfeld Logistik Recruiting", "jobs@kranichfeld-logistik.example"),
        subject="Ihre Bewerbung als Teamleiterin Disposition – Rückmeldung",
        date=dh("2032-10-15 16:40:00", "Europe/Berlin"),
        body="""Sehr geehrte Frau Ostermann-Feld,

vielen Dank für das angenehme Gespräch in der vergangenen Woche und die Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Profil unseren aktuellen Anforderungen noch etwas näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Kranichfeld Logistik GmbH
""",
        label=note("German rejection after an interview.", company="Kranichfeld Logistik"),
    )
)

add(
    mail(
        HENRIKE,
        "abwesenheitsnotiz-rueckkehr-mueggelwerk",
        "auto_reply",
        frm=("Jana Kowalski-Brandt", "jana.kowalski@mueggelwerk-energie.example"),
        subject="Abwesend: Bestätigung Vorstellungsgespräch",
        date=dh("2032-09-14 07:12:00", "Europe/Berlin"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17.09.2032 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 20.09.2032 bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an recruiting@mueggelwerk-energie.example.

Mit freundlichen Grüßen
Jana Kowalski-Brandt
""",
        label=note(
            "German out-of-office with a return date (20.09.2032).", return_date="2032-09-20"
        ),
    )
)

add(
    mail(
        HENRIKE,
        "stepstone-stellenangebote-datenanalyse",
        "bulk",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="12 neue Stellenangebote für „Data Governance“ in Berlin",
        date=dh("2032-10-04 06:30:00", "Europe/Berlin"),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=7f31"),
        body="""Hallo Henrike,

Ihr Jobagent hat 12 neue Stellenangebote gefunden:

• Data Governance Manager (m/w/d) – Kranich Bank AG, Berlin
• Referent Datenqualität (m/w/d) – Spreestadt Wohnen, Berlin
• Data Steward (m/w/d) – Havelpark Kliniken, Potsdam

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse

Jobagent bearbeiten oder abmelden: https://www.stepstone.de/jobagent/abmelden?id=7f31
""",
        label=note("StepStone job alert (bulk)."),
    )
)

# === French ======================================================================================

S = "2032-09-29 14:00"
add(
    gcal(
        AURELIEN,
        "google-agenda-entretien-vigneaux-paris",
        "interview",
        start=S,
        zone="Europe/Paris",
        minutes=60,
        summary="Entretien – Aurélien Cassagne-Buisson / Vigneaux & Fils",
        organizer=("Capucine Roussel", "capucine.roussel@vigneaux-fils.example"),
        guests=[
            ("Capucine Roussel", "capucine.roussel@vigneaux-fils.example"),
            ("Bertrand Lafarge", "bertrand.lafarge@vigneaux-fils.example"),
        ],
        date=dh("2032-09-23 10:05:00", "Europe/Paris"),
        note_text="Bonjour Aurélien, voici l'invitation pour votre entretien avec Bertrand Lafarge, directeur commercial export. À bientôt, Capucine (RH)",
        label=lab(
            S,
            "Europe/Paris",
            "Europe/Paris",
            company="Vigneaux & Fils",
            who=["Bertrand Lafarge"],
            emails=["bertrand.lafarge@vigneaux-fils.example"],
            notes="Google invitation written in French; HR organiser only arranges.",
        ),
    )
)

S = "2032-10-14 09:30"
add(
    mail(
        AURELIEN,
        "convocation-entretien-metropole-lyon",
        "interview",
        frm=("Service Recrutement", "recrutement@rhone-habitat.example"),
        subject="Convocation à un entretien – poste de chargé d'études urbaines",
        date=dh("2032-10-04 11:20:00", "Europe/Paris"),
        body=f"""Monsieur,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien le {fr(S)} à 9h30, dans nos locaux : Rhône Habitat, 12 quai Perrache, 69002 Lyon (salle Saône, 4e étage).

Le jury sera composé de Mme Hélène Duquesne, directrice de l'aménagement, et de M. Karim Benhadj, responsable du pôle études.

Nous vous remercions de bien vouloir confirmer votre présence par retour de mail.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le service recrutement
""",
        label=lab(
            S,
            "Europe/Paris",
            None,
            company="Rhône Habitat",
            role="chargé d'études urbaines",
            who=["Hélène Duquesne", "Karim Benhadj"],
            notes="Formal French convocation; no zone; Mme/M. dropped.",
        ),
    )
)

S = "2032-10-20 11:00"
add(
    mail(
        YOUSSEF,
        "entretien-casablanca-atlas-telecom",
        "interview",
        frm=("Salma Bennani", "salma.bennani@atlas-telecom.example"),
        subject="Votre entretien chez Atlas Télécom – confirmation",
        date=dh("2032-10-13 16:00:00", "Africa/Casablanca"),
        body=f"""Bonjour Youssef,

Je vous confirme votre entretien pour le poste d'Ingénieur Réseaux le {fr(S, year=False)} à 11h00 (heure de Casablanca), sur notre site de Sidi Maârouf, bâtiment C.

Vous rencontrerez M. Othmane Cherkaoui, directeur technique, ainsi que Mme Leïla Tazi, responsable RH.

Merci de vous munir de votre CIN.

Cordialement,
Salma Bennani
Chargée de recrutement – Atlas Télécom
+212 5 22 55 50 11
""",
        label=lab(
            S,
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Atlas Télécom",
            role="Ingénieur Réseaux",
            who=["Othmane Cherkaoui", "Leïla Tazi"],
            notes="French confirmation from Casablanca ('heure de Casablanca', +01:00).",
        ),
    )
)

S = "2032-11-02 13:30"
add(
    mail(
        MAELYS,
        "entrevue-telephonique-heure-est-pointelevy-assurances",
        "interview",
        frm=("Geneviève Pelletier", "genevieve.pelletier@pointelevy-assurances.example"),
        subject="Entrevue téléphonique – poste d'analyste actuarielle",
        date=dh("2032-10-26 10:30:00", "America/Toronto"),
        body="""Bonjour Maëlys,

Tel que convenu, je vous appellerai le mardi 2 novembre à 13 h 30 (heure de l'Est) pour une entrevue téléphonique d'environ 30 minutes.

Au plaisir,
Geneviève Pelletier
Conseillère en acquisition de talents, Assurances Pointe-Lévy
514 555-0127
""",
        label=lab(
            S,
            "America/Toronto",
            "America/Toronto",
            company="Assurances Pointe-Lévy",
            role="analyste actuarielle",
            who=["Geneviève Pelletier"],
            notes="Québec phone screen, the recruiter calls; 'heure de l'Est'.",
        ),
    )
)

add(
    mail(
        AURELIEN,
        "annulation-entretien-sans-date-calanque",
        "interview_cancelled",
        frm=("Morgane Ferrand", "morgane.ferrand@calanque-digital.example"),
        subject="Annulation de votre entretien du jeudi 21 octobre",
        date=dh("2032-10-18 17:05:00", "Europe/Paris"),
        body="""Bonjour Aurélien,

Je suis au regret de devoir annuler notre entretien prévu le jeudi 21 octobre à 15h. Le poste de Product Owner est gelé suite à une réorganisation interne.

Je reviendrai vers vous dès que le recrutement sera relancé, avec de nouveaux créneaux.

Bien cordialement,
Morgane Ferrand
Talent Acquisition – Calanque Digital
""",
        label=lab(
            "2032-10-21 15:00",
            "Europe/Paris",
            None,
            company="Calanque Digital",
            role="Product Owner",
            notes="French cancellation; new slots only promised; labelled at the old time.",
        ),
    )
)

add(
    mail(
        YOUSSEF,
        "disponibilites-creneaux-maghreb-conseil",
        "scheduling_request",
        frm=("Nadia Alaoui", "nadia.alaoui@maghreb-conseil.example"),
        subject="Vos disponibilités pour un premier échange – poste de consultant SAP",
        date=dh("2032-09-20 12:00:00", "Africa/Casablanca"),
        body="""Bonjour Youssef,

Votre profil a retenu notre attention pour le poste de consultant SAP FI/CO. Pourriez-vous m'indiquer vos disponibilités cette semaine ou la semaine prochaine pour un premier échange de 30 minutes ?

Bien à vous,
Nadia Alaoui
Maghreb Conseil
""",
        label=note("French request for availability; nothing booked.", company="Maghreb Conseil"),
    )
)

add(
    mail(
        AURELIEN,
        "offre-embauche-promesse-ardoise-studio",
        "offer",
        frm=("Thibault Marchetti", "thibault.marchetti@ardoise-studio.example"),
        subject="Proposition d'embauche – Directeur artistique",
        date=dh("2032-11-08 18:20:00", "Europe/Paris"),
        body="""Bonjour Aurélien,

Suite à nos échanges, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste de Directeur artistique en CDI, statut cadre, avec une rémunération annuelle brute de 58 000 € et une prise de poste au 3 janvier 2033.

Vous trouverez la promesse d'embauche en pièce jointe. Nous vous remercions de nous faire part de votre réponse d'ici le 15 novembre.

Bien cordialement,
Thibault Marchetti
Fondateur, Ardoise Studio
""",
        label=note("French written job offer (promesse d'embauche).", company="Ardoise Studio"),
    )
)

add(
    mail(
        MAELYS,
        "reponse-automatique-absence-pointelevy",
        "auto_reply",
        frm=("Geneviève Pelletier", "genevieve.pelletier@pointelevy-assurances.example"),
        subject="Réponse automatique : Entrevue téléphonique – confirmation",
        date=dh("2032-10-26 11:02:00", "America/Toronto"),
        extra=AUTO,
        body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 29 octobre inclusivement, sans accès à mes courriels. Je serai de retour le lundi 1er novembre.

Pour toute urgence, veuillez écrire à talents@pointelevy-assurances.example.

Merci,
Geneviève
""",
        label=note(
            "French (Québec) out-of-office; back Monday 1 November.", return_date="2032-11-01"
        ),
    )
)

add(
    mail(
        AURELIEN,
        "apec-newsletter-recrutement-tendances",
        "bulk",
        frm=("Apec", "newsletter@apec.fr"),
        subject="Recrutement des cadres : les tendances de l'automne",
        date=dh("2032-10-12 08:00:00", "Europe/Paris"),
        extra=bulk("<cadres.newsletter.apec.fr>", "https://www.apec.fr/desinscription?u=a93"),
        body="""La lettre Apec – octobre 2032

• Entretien d'embauche : 5 questions à préparer
• Salaires des cadres : ce qui change en 2033
• Webinaire : réussir sa reconversion

Se désinscrire : https://www.apec.fr/desinscription?u=a93
""",
        label=note("French careers newsletter mentioning job interviews (bulk)."),
    )
)

add(
    mail(
        YOUSSEF,
        "rendez-vous-consulat-visa-casablanca",
        "other",
        frm=("Centre de visas", "rendezvous@visa-centre-casa.example"),
        subject="Confirmation de rendez-vous – dépôt de dossier visa",
        date=dh("2032-10-01 09:14:00", "Africa/Casablanca"),
        body="""Bonjour M. El Amrani-Benali,

Votre rendez-vous pour le dépôt de votre demande de visa est confirmé le jeudi 14 octobre 2032 à 08h45.

Adresse : Centre de visas, Boulevard d'Anfa, Casablanca.
Merci de vous présenter avec votre passeport et les justificatifs demandés.
""",
        label=note("Visa appointment confirmation (not an interview)."),
    )
)

# === Spanish =====================================================================================

S = "2032-09-15 10:00"
add(
    mail(
        BEGONA,
        "convocatoria-entrevista-cantabrico-renovables",
        "interview",
        frm=("Ainhoa Larrañaga", "ainhoa.larranaga@cantabrico-renovables.example"),
        subject="Convocatoria de entrevista – Técnica de Sostenibilidad",
        date=dh("2032-09-08 13:30:00", "Europe/Madrid"),
        body=f"""Hola Begoña:

Te escribo para convocarte a la entrevista para el puesto de Técnica de Sostenibilidad el próximo {es(S)} a las 10:00 h (hora peninsular), en nuestras oficinas de Paseo de la Castellana 95, planta 12, Madrid.

Te entrevistarán Iñigo Altuna, director de Sostenibilidad, y Marta Villalobos, de Personas.

Un saludo,
Ainhoa Larrañaga
Selección – Cantábrico Renovables
""",
        label=lab(
            S,
            "Europe/Madrid",
            "Europe/Madrid",
            company="Cantábrico Renovables",
            role="Técnica de Sostenibilidad",
            who=["Iñigo Altuna", "Marta Villalobos"],
            notes="Spanish convocatoria, 'hora peninsular' (mainland Spain).",
        ),
    )
)

S = "2032-10-06 16:30"
add(
    exchange(
        TRINIDAD,
        "outlook-cuando-santiago-cordillera-mining",
        "interview",
        start=S,
        zone="Pacific SA Standard Time",
        minutes=60,
        lang="es",
        subject="Entrevista técnica – Ingeniera de Procesos (Trinidad Echaurren)",
        organizer=("Felipe Undurraga", "felipe.undurraga@minera-cordillera.example"),
        attendees=[("Constanza Ruiz-Tagle", "constanza.ruiztagle@minera-cordillera.example")],
        date=dh("2032-09-29 12:45:00", "America/Santiago"),
        text="""Estimada Trinidad:

Junto con saludar, te envío la invitación para la entrevista técnica con Constanza Ruiz-Tagle (Gerenta de Procesos) y conmigo.

Saludos cordiales,
Felipe Undurraga
Superintendente de Planta, Minera Cordillera""",
        label=lab(
            S,
            "Pacific SA Standard Time",
            "America/Santiago",
            company="Minera Cordillera",
            role="Ingeniera de Procesos",
            who=["Constanza Ruiz-Tagle", "Felipe Undurraga"],
            emails=[
                "constanza.ruiztagle@minera-cordillera.example",
                "felipe.undurraga@minera-cordillera.example",
            ],
            notes="Spanish Outlook 'Cuándo:' line; Pacific SA Standard Time (Chile on -03 after 5 September).",
        ),
    )
)

S = "2032-10-19 11:00"
add(
    mail(
        LAUTARO,
        "entrevista-voseo-buenos-aires-pampa-fintech",
        "interview",
        frm=("Micaela Ferreyra", "micaela.ferreyra@pampafintech.example"),
        subject="Entrevista con el equipo – Pampa Fintech",
        date=dh("2032-10-14 18:05:00", "America/Argentina/Buenos_Aires"),
        body=f"""¡Hola Lautaro!

Te confirmo la entrevista con el equipo para la búsqueda de Backend Developer Sr. el {es(S)} a las 11 h (hora de Argentina), por Google Meet: https://meet.google.com/pmf-ahtz-qol

Vas a hablar con Gonzalo Pereyra (Tech Lead) y Rocío Benítez (Engineering Manager). Si necesitás cambiar el horario, avisame.

¡Éxitos!
Mica
People & Culture, Pampa Fintech
""",
        label=lab(
            S,
            "America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
            company="Pampa Fintech",
            role="Backend Developer Sr.",
            who=["Gonzalo Pereyra", "Rocío Benítez"],
            notes="Rioplatense voseo; 'hora de Argentina'.",
        ),
    )
)

S = "2032-11-04 08:00"
add(
    mail(
        VALERIA,
        "citacion-entrevista-bogota-tostadora-macarena",
        "interview",
        frm=("Gestión Humana Tostadora La Macarena", "seleccion@tostadoramacarena.example"),
        subject="Citación a entrevista – proceso de selección Analista de Compras",
        date=dh("2032-10-28 15:20:00", "America/Bogota"),
        body=f"""Buenas tardes, Valeria:

Nos permitimos citarla a entrevista dentro del proceso de selección para el cargo de Analista de Compras:

Fecha: {es(S)} de 2032
Hora: 8:00 a. m.
Lugar: Calle 93 #11-26, oficina 502, Bogotá
Entrevistadora: Dra. Luz Marina Cárdenas, Jefe de Abastecimiento

Favor traer hoja de vida impresa y documento de identidad.

Cordialmente,
Gestión Humana – Tostadora La Macarena S.A.S.
""",
        label=lab(
            S,
            "America/Bogota",
            None,
            company="Tostadora La Macarena",
            role="Analista de Compras",
            who=["Luz Marina Cárdenas"],
            notes="Colombian citación with 'a. m.'; no zone; 'Dra.' dropped.",
        ),
    )
)

add(
    mail(
        BEGONA,
        "cancelacion-entrevista-nueva-fecha-pendiente-olivar",
        "interview_cancelled",
        frm=("Lucía Carrasco", "lucia.carrasco@grupo-olivar.example"),
        subject="Cancelación de la entrevista del martes",
        date=dh("2032-10-11 09:30:00", "Europe/Madrid"),
        body=f"""Hola Begoña:

Lamentablemente tenemos que cancelar la entrevista del {es("2032-10-12")} a las 12:30. Nuestro director financiero ha tenido un imprevisto.

En cuanto tenga su agenda te propongo nuevas fechas.

Disculpa las molestias,
Lucía Carrasco
Recursos Humanos, Grupo Olivar
""",
        label=lab(
            "2032-10-12 12:30",
            "Europe/Madrid",
            None,
            company="Grupo Olivar",
            notes="Spanish cancellation; new dates only promised.",
        ),
    )
)

add(
    mail(
        TRINIDAD,
        "disponibilidad-entrevista-andes-salud",
        "scheduling_request",
        frm=("Javiera Mardones", "javiera.mardones@andessalud.example"),
        subject="Disponibilidad para entrevista – Coordinadora de Calidad",
        date=dh("2032-09-09 10:10:00", "America/Santiago"),
        body="""Hola Trinidad:

Gracias por postular a Coordinadora de Calidad en Andes Salud. Nos gustaría agendar una entrevista; ¿me podrías indicar tu disponibilidad para la próxima semana? Tenemos bloques el martes y miércoles en la mañana.

Saludos,
Javiera Mardones
Reclutamiento, Andes Salud
""",
        label=note("Spanish request for availability; nothing booked.", company="Andes Salud"),
    )
)

add(
    mail(
        VALERIA,
        "reagendar-enlace-calendario-magdalena-tech",
        "scheduling_request",
        frm=("Magdalena Tech Reclutamiento", "talento@magdalenatech.example"),
        subject="Agenda tu entrevista – proceso Data Analyst",
        date=dh("2032-10-05 11:00:00", "America/Bogota"),
        body="""Hola Valeria,

¡Avanzaste a la siguiente etapa! Por favor elige el horario que más te convenga para la entrevista con el líder del área en el siguiente enlace:

https://calendly.com/magdalenatech-talento/entrevista-data

El enlace vence en 5 días.

Equipo de Talento – Magdalena Tech
""",
        label=note("Spanish self-scheduling link; nothing booked yet.", company="Magdalena Tech"),
    )
)

add(
    mail(
        LAUTARO,
        "resultado-proceso-no-avanzamos-nandubay",
        "rejection",
        frm=("Ñandubay Software", "talento@nandubay-software.example"),
        subject="Resultado de tu proceso de selección",
        date=dh("2032-11-01 17:30:00", "America/Argentina/Buenos_Aires"),
        body="""Hola Lautaro,

Gracias por el tiempo que dedicaste a las entrevistas con nuestro equipo. Después de analizar todos los perfiles, decidimos avanzar con otra persona cuyo perfil se ajusta más a lo que buscamos en este momento.

Vamos a guardar tu CV para futuras búsquedas.

Saludos,
Equipo de Talento – Ñandubay Software
""",
        label=note("Spanish (Argentina) rejection after interviews.", company="Ñandubay Software"),
    )
)

add(
    mail(
        VALERIA,
        "no-continua-proceso-bancolombiana",
        "rejection",
        frm=("Selección Banco del Sabana", "seleccion@bancodelsabana.example"),
        subject="Información sobre su postulación – vacante 2032-118",
        date=dh("2032-09-27 08:50:00", "America/Bogota"),
        body="""Apreciada Valeria:

Agradecemos su interés en la vacante 2032-118. Le informamos que en esta ocasión su perfil no continúa en el proceso de selección.

Le invitamos a seguir consultando nuestras ofertas.

Cordialmente,
Dirección de Selección – Banco del Sabana
""",
        label=note(
            "Spanish (Colombia) rejection before any interview.", company="Banco del Sabana"
        ),
    )
)

add(
    mail(
        TRINIDAD,
        "carta-oferta-laboral-andes-salud",
        "offer",
        frm=("Javiera Mardones", "javiera.mardones@andessalud.example"),
        subject="Oferta laboral – Coordinadora de Calidad",
        date=dh("2032-11-12 16:00:00", "America/Santiago"),
        body="""Hola Trinidad:

¡Felicitaciones! Nos alegra ofrecerte el cargo de Coordinadora de Calidad en Andes Salud, con contrato indefinido, renta bruta mensual de $2.350.000 e inicio el 3 de enero de 2033.

Adjunto la carta oferta con el detalle de beneficios. ¿Podrías confirmarnos tu aceptación antes del viernes 19?

Un abrazo,
Javiera Mardones
Reclutamiento, Andes Salud
""",
        label=note("Spanish (Chile) written job offer.", company="Andes Salud"),
    )
)

add(
    mail(
        BEGONA,
        "respuesta-automatica-ausencia-cantabrico",
        "auto_reply",
        frm=("Ainhoa Larrañaga", "ainhoa.larranaga@cantabrico-renovables.example"),
        subject="Respuesta automática: Convocatoria de entrevista – Técnica de Sostenibilidad",
        date=dh("2032-09-08 19:00:00", "Europe/Madrid"),
        extra=AUTO,
        body="""Hola,

Estoy fuera de la oficina hasta el 10 de septiembre con acceso limitado al correo. Para temas urgentes de selección escribe a seleccion@cantabrico-renovables.example.

Gracias,
Ainhoa
""",
        label=note(
            "Spanish out-of-office; 'hasta el 10 de septiembre' does not say the return day."
        ),
    )
)

add(
    mail(
        LAUTARO,
        "bumeran-empleos-nuevos-alerta",
        "bulk",
        frm=("Bumeran", "alertas@bumeran.com"),
        subject="Nuevos empleos para vos: Backend Developer en CABA",
        date=dh("2032-10-10 07:00:00", "America/Argentina/Buenos_Aires"),
        extra=bulk("<alertas.bumeran.com>", "https://www.bumeran.com/alertas/baja?t=51ac"),
        body="""Hola Lautaro, encontramos 9 empleos nuevos:

- Backend Developer Sr. (Node) – Lapacho Labs – CABA
- Desarrollador Java – Financiera del Plata – Remoto
- Ingeniero de Software – Ceibo Tech – Híbrido

Ver todos: https://www.bumeran.com/alertas
Darte de baja: https://www.bumeran.com/alertas/baja?t=51ac
""",
        label=note("Job alert (bulk), Argentina."),
    )
)

add(
    mail(
        VALERIA,
        "cita-medica-eps-recordatorio",
        "other",
        frm=("EPS Salud Total Andina", "citas@eps-andina.example"),
        subject="Recordatorio de cita médica",
        date=dh("2032-10-18 07:30:00", "America/Bogota"),
        body="""Señora Valeria Manosalva Triana:

Le recordamos su cita de medicina general el jueves 21 de octubre a las 7:20 a. m. en la sede Chapinero.

Si no puede asistir, cancele con 24 horas de anticipación.
""",
        label=note("Medical appointment reminder (not an interview)."),
    )
)

add(
    mail(
        BEGONA,
        "reunion-comunidad-vecinos-junta",
        "other",
        frm=("Administración Fincas Ribera", "admin@fincasribera.example"),
        subject="Convocatoria junta ordinaria de la comunidad – reunión del jueves",
        date=dh("2032-10-20 12:00:00", "Europe/Madrid"),
        body="""Estimados vecinos:

Se convoca junta ordinaria de propietarios el jueves 28 de octubre a las 19:30 en primera convocatoria y a las 20:00 en segunda, en el portal del edificio.

Orden del día: aprobación de cuentas, derrama del ascensor, ruegos y preguntas.

La administración
""",
        label=note("Residents' meeting convocatoria (not an interview)."),
    )
)
