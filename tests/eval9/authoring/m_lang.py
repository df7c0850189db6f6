"""Mail written in German, French and Spanish by local employers, agencies and services."""

from __future__ import annotations

from .kit import (
    AMINATA,
    ARIADNA,
    AUTO,
    CAMILLE,
    CONSTANZA,
    EMILIANO,
    LUCIANA,
    MILAGROS,
    MORITZ,
    SEBASTIAN,
    YOUSSEF,
    ZOFIA,
    Msg,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    html_page,
    iso,
    iv,
    mail,
    mid,
    note,
    paras,
    plus,
    quoted,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================ German =====================================================

S = "2029-03-15 10:00"
add(
    mail(
        MORITZ,
        "personio-einladung-havelwerk-berlin",
        "interview",
        frm=("Havelwerk Energie GmbH", "noreply@personio.de"),
        reply_to=("Svenja Kreutzfeldt", "svenja.kreutzfeldt@havelwerk.example"),
        subject="Einladung zum Vorstellungsgespräch – Werkstudent Data Engineering",
        date=dh("2029-03-07 14:05:00", "Europe/Berlin"),
        body=f"""Hallo Moritz,

vielen Dank für deine Bewerbung als Werkstudent Data Engineering bei der Havelwerk Energie GmbH. Wir möchten dich gerne kennenlernen und laden dich zu einem Vorstellungsgespräch ein:

Termin: {de(S)}, {t24(S)} – {t24(plus(S, 45))} Uhr (MEZ)
Ort: Havelwerk Energie GmbH, Am Spreebord 9, 10589 Berlin, Empfang im Erdgeschoss
Gesprächspartner: Dr. Ansgar Wiedemeyer (Teamleiter Datenplattform) und Svenja Kreutzfeldt (Recruiting)

Bitte bestätige den Termin kurz per Antwort auf diese E-Mail.

Viele Grüße
Dein Havelwerk Recruiting-Team
""",
        html_auto=True,
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Havelwerk Energie GmbH",
            role="Werkstudent Data Engineering",
            interviewers=["Ansgar Wiedemeyer", "Svenja Kreutzfeldt"],
            notes="Personio invitation in German (du-form), 'MEZ' only; title Dr. dropped.",
        ),
    )
)

S = "2029-03-28 09:30"
add(
    exchange(
        MORITZ,
        "outlook-wann-spreeloop-teams",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        subject="Vorstellungsgespräch Moritz Feldkamp – Junior Backend Developer",
        organizer=("Leonie Brandhorst", "leonie.brandhorst@spreeloop.example"),
        attendees=[("Tobias Ahlgrimm", "tobias.ahlgrimm@spreeloop.example")],
        date=dh("2029-03-20 11:10:00", "Europe/Berlin"),
        lang="de",
        text="""Hallo Herr Feldkamp,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch per Teams. Neben mir nimmt unser Engineering Manager Tobias Ahlgrimm teil.

Freundliche Grüße
Leonie Brandhorst
People & Culture, Spreeloop GmbH""",
        label=iv(
            iso(S, "Europe/Berlin"),
            "Europe/Berlin",
            company="Spreeloop GmbH",
            role="Junior Backend Developer",
            interviewers=["Leonie Brandhorst", "Tobias Ahlgrimm"],
            emails=["leonie.brandhorst@spreeloop.example", "tobias.ahlgrimm@spreeloop.example"],
            notes="German Exchange request ('Wann:') in W. Europe Standard Time, three days after "
            "the EU switch (MESZ); Outlook prints (UTC+01:00).",
        ),
    )
)

S = "2029-04-26 14:00"
OLD = "2029-04-24 10:00"
add(
    mail(
        CAMILLE,
        "verschiebung-gespraech-moselbank-lux",
        "interview",
        frm=("Jérôme Kieffer", "jerome.kieffer@moselbank.example"),
        subject="Verschiebung Ihres Vorstellungsgesprächs bei der Moselbank",
        date=dh("2029-04-18 16:30:00", "Europe/Luxembourg"),
        body=f"""Sehr geehrte Frau Wagner-Thill,

leider müssen wir Ihr Vorstellungsgespräch am {de(OLD)} verschieben. Der neue Termin ist {de(S)} um {t24(S)} Uhr, wieder in unserem Haus in der Route d'Esch 41, Luxemburg (Empfang, 2. Etage).

Ihre Gesprächspartner sind unverändert Frau Marie-Paule Hoffmann (Leiterin Compliance) und ich.

Mit freundlichen Grüßen
Jérôme Kieffer
Human Resources, Moselbank S.A.
""",
        label=iv(
            iso(S, "Europe/Luxembourg"),
            None,
            company="Moselbank S.A.",
            role=None,
            interviewers=["Marie-Paule Hoffmann", "Jérôme Kieffer"],
            emails=["jerome.kieffer@moselbank.example"],
            notes="German reschedule: the old date and the new one; the new start is the "
            "interview. Luxembourg, no zone.",
        ),
    )
)

S = "2029-04-05 13:00"
add(
    mail(
        MORITZ,
        "absage-termin-kranich-logistik",
        "interview_cancelled",
        frm=("Beate Sonnleitner", "beate.sonnleitner@kranich-logistik.example"),
        subject="Absage Termin Vorstellungsgespräch am 5. April",
        date=dh("2029-04-03 08:45:00", "Europe/Berlin"),
        to="m.feldkamp.jobs@example.net",
        body=f"""Guten Morgen Herr Feldkamp,

leider müssen wir das Vorstellungsgespräch am {de(S)} um 13 Uhr mit Herrn Falk Rosenmüller absagen, da Herr Rosenmüller kurzfristig auf Dienstreise muss. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Mit freundlichen Grüßen
Beate Sonnleitner
Personalabteilung, Kranich Logistik GmbH
""",
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Kranich Logistik GmbH",
            role=None,
            interviewers=["Falk Rosenmüller"],
            notes="German cancellation of a booked interview (interviewer travelling), a new date "
            "promised; sent to the second address.",
        ),
    )
)

add(
    mail(
        ZOFIA,
        "terminvorschlaege-kennenlernen-oderbruch",
        "scheduling_request",
        frm=("Friederike Lampe", "friederike.lampe@oderbruch-it.example"),
        subject="Terminvorschläge für ein erstes Kennenlernen",
        date=dh("2029-03-02 10:20:00", "Europe/Berlin"),
        body=f"""Hallo Zofia,

danke für deine Bewerbung als Cloud Security Engineer (remote, Polen). Wir würden dich gern in einem 30-minütigen Video-Call kennenlernen. Passt dir einer dieser Termine?

– {de("2029-03-06", year=False)}, 10:00 Uhr
– {de("2029-03-07", year=False)}, 15:30 Uhr
– {de("2029-03-09", year=False)}, 09:00 Uhr

Falls nicht, schick mir gern zwei, drei Alternativen.

Beste Grüße
Friederike Lampe
Talent Acquisition, Oderbruch IT
""",
        label=note(
            "German request to choose one of three slots; nothing booked.", company="Oderbruch IT"
        ),
    )
)

add(
    mail(
        MORITZ,
        "absage-bewerbung-hanseatik-versicherung",
        "rejection",
        frm=("Hanseatik Versicherung AG", "karriere@hanseatik.example"),
        subject="Ihre Bewerbung als Aktuar (m/w/d) – Rückmeldung",
        date=dh("2029-02-21 09:00:00", "Europe/Berlin"),
        body="""Sehr geehrter Herr Feldkamp,

vielen Dank für Ihr Interesse an der Hanseatik Versicherung AG und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatik Versicherung AG
""",
        label=note("German form rejection.", company="Hanseatik Versicherung AG", role="Aktuar"),
    )
)

add(
    mail(
        CAMILLE,
        "abwesend-antwort-recruiterin-trier",
        "auto_reply",
        frm=("Annika Dellwig", "annika.dellwig@saarmosel-personal.example"),
        subject="Automatische Antwort: Abwesend – Re: Bewerbung Compliance Officer",
        date=dh("2029-04-09 10:02:00", "Europe/Berlin"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 13.04.2029 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 16.04.2029 bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an bewerbung@saarmosel-personal.example.

Mit freundlichen Grüßen
Annika Dellwig
""",
        label=note(
            "German out-of-office answer to the user's mail; back on Monday 16 April.",
            return_date="2029-04-16",
        ),
    )
)

add(
    mail(
        CAMILLE,
        "zusage-vertragsangebot-ardennenbau",
        "offer",
        frm=("Gaby Reuter", "gaby.reuter@ardennenbau.example"),
        subject="Zusage und Vertragsangebot – Junior Juristin Baurecht",
        date=dh("2029-05-03 15:12:00", "Europe/Luxembourg"),
        body="""Sehr geehrte Frau Wagner-Thill,

wir freuen uns sehr, Ihnen nach den angenehmen Gesprächen die Position als Junior Juristin Baurecht anbieten zu können. Anbei erhalten Sie Ihr Vertragsangebot (Eintritt 1. Juli 2029, Bruttojahresgehalt 68.000 EUR, 40 Stunden).

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 17. Mai zurück. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Gaby Reuter
Personalleitung, Ardennenbau S.à r.l.
""",
        label=note(
            "German offer with contract terms and a deadline.",
            company="Ardennenbau S.à r.l.",
            role="Junior Juristin Baurecht",
        ),
    )
)

S = "2029-03-22 08:40"
add(
    mail(
        MORITZ,
        "buergeramt-termin-bestaetigung",
        "other",
        frm=(
            "Bürgeramt Charlottenburg-Wilmersdorf",
            "noreply-terminvereinbarung@berlin-service.example",
        ),
        subject="Bestätigung Ihres Termins beim Bürgeramt",
        date=dh("2029-03-10 19:55:00", "Europe/Berlin"),
        body=f"""Sehr geehrte/r Moritz Feldkamp,

Ihr Termin wurde erfolgreich gebucht.

Dienstleistung: Personalausweis beantragen
Termin: {de(S)}, {t24(S)} Uhr
Standort: Bürgeramt Hohenzollerndamm, Hohenzollerndamm 177, 10713 Berlin
Vorgangsnummer: 88314207

Bitte bringen Sie ein biometrisches Passfoto und Ihren alten Ausweis mit.
""",
        label=note("Appointment at the citizens' office for an ID card, not an interview."),
    )
)

# ============================ French =====================================================

S = "2029-03-13 10:00"
add(
    mail(
        AMINATA,
        "convocation-entretien-lagune-abidjan-dakar",
        "interview",
        frm=("Awa Kouassi-Yao", "awa.kouassiyao@lagune-assurances.example"),
        subject="Convocation à un entretien – Chargée de partenariats",
        date=dh("2029-03-06 09:40:00", "Africa/Abidjan"),
        body=f"""Madame Sow Diallo,

Suite à l'examen de votre candidature au poste de Chargée de partenariats, nous avons le plaisir de vous convier à un entretien en visioconférence le {fr(S)} à 10h00 (heure de Dakar, GMT).

Le jury sera composé de M. Serge Kablan (Directeur commercial) et de Mme Fatou Ndiaye-Touré (Responsable des partenariats Sénégal).

Le lien de connexion vous sera transmis la veille.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Awa Kouassi-Yao
Ressources humaines, Lagune Assurances
""",
        label=iv(
            iso(S, "Africa/Dakar"),
            "Africa/Dakar",
            company="Lagune Assurances",
            role="Chargée de partenariats",
            interviewers=["Serge Kablan", "Fatou Ndiaye-Touré"],
            notes="French convocation from Abidjan, 'heure de Dakar, GMT' (both GMT all year).",
        ),
    )
)

S = "2029-04-18 14:00"
add(
    exchange(
        CAMILLE,
        "outlook-quand-cabinet-delorme-paris",
        "interview",
        start=S,
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        minutes=60,
        subject="Entretien – Juriste droit bancaire – Camille Wagner-Thill",
        organizer=("Hélène Marchadier", "helene.marchadier@delorme-avocats.example"),
        attendees=[("Bastien Rocheteau", "bastien.rocheteau@delorme-avocats.example")],
        date=dh("2029-04-10 17:25:00", "Europe/Paris"),
        lang="fr",
        text="""Bonjour Madame Wagner-Thill,

Je vous confirme notre entretien en visioconférence avec Maître Bastien Rocheteau, associé, et moi-même.

Bien cordialement,
Hélène Marchadier
Responsable RH, Cabinet Delorme Avocats""",
        label=iv(
            iso(S, "Europe/Paris"),
            "Europe/Paris",
            company="Cabinet Delorme Avocats",
            role="Juriste droit bancaire",
            interviewers=["Bastien Rocheteau", "Hélène Marchadier"],
            emails=[
                "bastien.rocheteau@delorme-avocats.example",
                "helene.marchadier@delorme-avocats.example",
            ],
            notes="French Exchange request ('Quand') in Romance Standard Time (CEST); 'Maître' "
            "dropped; the HR sender sits in.",
        ),
    )
)

S = "2029-03-22 11:00"
add(
    mail(
        YOUSSEF,
        "annulation-entretien-atlas-ingenierie",
        "interview_cancelled",
        frm=("Nadia Berrada", "nadia.berrada@atlasingenierie.example"),
        subject="Annulation de votre entretien du 22 mars",
        date=dh("2029-03-19 12:05:00", "Africa/Casablanca"),
        body=f"""Bonjour Monsieur Benkirane,

Nous sommes au regret de devoir annuler l'entretien prévu le {fr(S)} à 11h avec M. Adil Chraibi, en raison d'un déplacement imprévu sur chantier. Nous reviendrons vers vous dans les prochains jours pour convenir d'une nouvelle date.

Cordialement,
Nadia Berrada
Chargée de recrutement, Atlas Ingénierie
""",
        label=iv(
            iso(S, "Africa/Casablanca"),
            None,
            company="Atlas Ingénierie",
            role=None,
            interviewers=["Adil Chraibi"],
            notes="French cancellation; Casablanca back on +01:00 after Ramadan; no new date.",
        ),
    )
)

add(
    mail(
        AMINATA,
        "proposition-creneaux-teranga-digital",
        "scheduling_request",
        frm=("Ousmane Faye", "ousmane.faye@teranga-digital.example"),
        subject="Proposition de créneaux pour un entretien",
        date=dh("2029-04-11 18:00:00", "Africa/Dakar"),
        body=f"""Bonjour Aminata,

Merci pour votre candidature au poste de Responsable programmes. Seriez-vous disponible pour un premier échange d'une heure sur l'un des créneaux suivants ?

- {fr("2029-04-17", year=False)} à 9h30
- {fr("2029-04-18", year=False)} à 15h00

Merci de me confirmer celui qui vous convient.

Bien à vous,
Ousmane Faye
Teranga Digital
""",
        label=note("French proposal of two slots; not confirmed.", company="Teranga Digital"),
    )
)

add(
    mail(
        YOUSSEF,
        "reponse-candidature-refus-cap-spartel",
        "rejection",
        frm=("Recrutement Cap Spartel", "recrutement@capspartel.example"),
        subject="Réponse à votre candidature – Ingénieur méthodes",
        date=dh("2029-04-20 10:30:00", "Africa/Casablanca"),
        body="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à Cap Spartel Industries et du temps consacré à nos entretiens.

Après une étude attentive, nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature. Nous conservons néanmoins votre dossier dans notre vivier.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Le service Recrutement
""",
        label=note(
            "French rejection after interviews.",
            company="Cap Spartel Industries",
            role="Ingénieur méthodes",
        ),
    )
)

add(
    mail(
        AMINATA,
        "proposition-embauche-baobab-energie",
        "offer",
        frm=("Mame Diarra Sarr", "mamediarra.sarr@baobab-energie.example"),
        subject="Proposition d'embauche – Chargée de suivi-évaluation",
        date=dh("2029-05-07 11:20:00", "Africa/Dakar"),
        body="""Chère Aminata,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste de Chargée de suivi-évaluation en CDI, à compter du 1er juin 2029. Vous trouverez les conditions (salaire, avantages, période d'essai de trois mois) dans la lettre ci-jointe.

Nous vous remercions de nous faire part de votre décision avant le 15 mai.

Bien cordialement,
Mame Diarra Sarr
Directrice des ressources humaines, Baobab Énergie
""",
        label=note(
            "French job offer with a decision deadline.",
            company="Baobab Énergie",
            role="Chargée de suivi-évaluation",
        ),
    )
)

add(
    mail(
        CAMILLE,
        "reponse-automatique-absence-rh",
        "auto_reply",
        frm=("Sandrine Weis", "sandrine.weis@kirchberg-conseil.example"),
        subject="Réponse automatique : absence du bureau",
        date=dh("2029-03-30 08:01:00", "Europe/Luxembourg"),
        extra=AUTO,
        body=f"""Bonjour,

Je suis absente du bureau jusqu'au {fr("2029-04-06")} inclus, avec un accès limité à mes e-mails. Je vous répondrai dès mon retour le {fr("2029-04-09")}.

Pour toute urgence concernant une candidature, merci d'écrire à recrutement@kirchberg-conseil.example.

Sandrine Weis
""",
        label=note("French out-of-office answer; back on 9 April.", return_date="2029-04-09"),
    )
)

# ============================ Spanish ====================================================

S = "2029-03-06 15:00"
add(
    exchange(
        LUCIANA,
        "outlook-cuando-pampa-seguros",
        "interview",
        start=S,
        zone="Argentina Standard Time",
        when_zone="(UTC-03:00) Ciudad Autónoma de Buenos Aires",
        minutes=60,
        subject="Entrevista – Analista de Riesgos Sr. – Luciana Ferreyra Ocampo",
        organizer=("Gonzalo Etchegaray", "gonzalo.etchegaray@pampaseguros.example"),
        attendees=[("Verónica Iturralde", "veronica.iturralde@pampaseguros.example")],
        date=dh("2029-02-27 12:15:00", "America/Buenos_Aires"),
        lang="es",
        text="""Hola Luciana,

Te confirmo la entrevista por Teams para la posición de Analista de Riesgos Sr. Vas a conversar con Verónica Iturralde, Gerente de Riesgos, y conmigo.

Saludos,
Gonzalo Etchegaray
Selección, Pampa Seguros""",
        label=iv(
            iso(S, "America/Buenos_Aires"),
            "America/Buenos_Aires",
            company="Pampa Seguros",
            role="Analista de Riesgos Sr.",
            interviewers=["Verónica Iturralde", "Gonzalo Etchegaray"],
            emails=[
                "veronica.iturralde@pampaseguros.example",
                "gonzalo.etchegaray@pampaseguros.example",
            ],
            notes="Spanish Exchange request ('Cuándo:') in Argentina Standard Time (voseo).",
        ),
    )
)

S = "2029-03-22 10:00"
add(
    mail(
        EMILIANO,
        "latin1-entrevista-cdmx-hora-centro",
        "interview",
        frm=("Itzel Ramírez Cuevas", "itzel.ramirez@grupoanahuac-log.example"),
        name_charset="ISO-8859-1",
        subject="Confirmación de entrevista - Coordinador de Tráfico",
        date=dh("2029-03-15 13:20:00", "America/Mexico_City"),
        charset="ISO-8859-1",
        body=f"""Estimado Emiliano:

Por medio del presente le confirmamos su entrevista para la vacante de Coordinador de Tráfico:

Fecha: {es(S)} de 2029
Hora: 10:00 h (hora del centro de México)
Lugar: Av. Insurgentes Sur 1602, piso 8, Col. Crédito Constructor, Benito Juárez
Entrevistadores: Lic. Rodrigo Baeza Solís (Gerente de Operaciones) y Mtra. Patricia Olguín (Recursos Humanos)

Favor de traer identificación oficial y CV impreso.

Atentamente,
Itzel Ramírez Cuevas
Reclutamiento y Selección
""",
        label=iv(
            iso(S, "America/Mexico_City"),
            "America/Mexico_City",
            company="Grupo Anáhuac Logística",
            role="Coordinador de Tráfico",
            interviewers=["Rodrigo Baeza Solís", "Patricia Olguín"],
            notes="ISO-8859-1 Spanish confirmation; 'hora del centro de México' (-06:00, no DST "
            "since 2022, though the US has switched). Titles Lic./Mtra. dropped.",
        ),
    )
)

S = "2029-03-26 10:00"
add(
    mail(
        ARIADNA,
        "cancelacion-entrevista-canarias-lunes",
        "interview_cancelled",
        frm=("Yurena Betancort", "yurena.betancort@atlanticoverde.example"),
        subject="Cancelación de la entrevista del lunes",
        date=dh("2029-03-22 18:40:00", "Atlantic/Canary"),
        body=f"""Hola Ariadna:

Lamentamos comunicarte que tenemos que cancelar la entrevista del {es(S)} a las 10:00 (hora canaria) con Aitor Medina, director de operaciones. Hemos paralizado temporalmente el proceso de selección.

Te escribiremos si se reactiva.

Un saludo,
Yurena Betancort
RR. HH., Atlántico Verde Hoteles
""",
        label=iv(
            iso(S, "Atlantic/Canary"),
            "Atlantic/Canary",
            company="Atlántico Verde Hoteles",
            role=None,
            interviewers=["Aitor Medina"],
            notes="Spanish cancellation; 'hora canaria' the day after the EU switch (WEST, +01:00).",
        ),
    )
)

add(
    mail(
        CONSTANZA,
        "disponibilidad-entrevista-cordillera",
        "scheduling_request",
        frm=("Matías Undurraga", "matias.undurraga@cordilleravinos.example"),
        subject="Disponibilidad para entrevista – Jefa de Exportaciones",
        date=dh("2029-04-02 09:15:00", "America/Santiago"),
        body="""Hola Constanza:

Gracias por postular a Viña Cordillera. Nos gustaría avanzar con una entrevista con nuestra gerente comercial. ¿Me podrías indicar tu disponibilidad para la próxima semana? Tenemos espacio en las mañanas de martes a jueves.

Saludos cordiales,
Matías Undurraga
Personas, Viña Cordillera
""",
        label=note("Spanish request for availability; nothing fixed.", company="Viña Cordillera"),
    )
)

add(
    mail(
        SEBASTIAN,
        "oferta-laboral-andina-datos",
        "offer",
        frm=("Paola Restrepo Vélez", "paola.restrepo@andinadatos.example"),
        subject="Oferta laboral – Ingeniero de Datos Senior",
        date=dh("2029-04-25 16:45:00", "America/Bogota"),
        body="""Hola Sebastián,

¡Qué alegría escribirte! Después del proceso, nos complace presentarte la oferta laboral para el cargo de Ingeniero de Datos Senior, con contrato a término indefinido, salario integral de COP 19.500.000 mensuales y fecha de ingreso el 2 de mayo.

Adjuntamos la carta oferta. Te agradecemos confirmarnos tu aceptación antes del viernes.

Un abrazo,
Paola Restrepo Vélez
Gestión Humana, Andina Datos S.A.S.
""",
        label=note(
            "Spanish offer with salary, start date and a deadline.",
            company="Andina Datos S.A.S.",
            role="Ingeniero de Datos Senior",
        ),
    )
)

add(
    mail(
        MILAGROS,
        "respuesta-postulacion-guarani-textil",
        "rejection",
        frm=("Guaraní Textil", "seleccion@guaranitextil.example"),
        subject="Respuesta a tu postulación – Supervisora de Calidad",
        date=dh("2029-03-09 11:00:00", "America/Asuncion"),
        body="""Hola Milagros:

Gracias por participar en nuestro proceso de selección para el cargo de Supervisora de Calidad.

En esta oportunidad hemos decidido continuar con otra candidata cuyo perfil se ajusta más a los requerimientos actuales. Valoramos mucho tu interés y te animamos a postular a futuras vacantes.

Saludos,
Equipo de Selección
Guaraní Textil
""",
        label=note("Spanish rejection.", company="Guaraní Textil", role="Supervisora de Calidad"),
    )
)

add(
    mail(
        MILAGROS,
        "alerta-ofertas-empleo-asuncion",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="12 nuevas ofertas de empleo de Supervisora de calidad en Asunción",
        date=dh("2029-04-14 07:00:00", "America/Asuncion"),
        extra=bulk("<alertas.computrabajo.com>", "https://www.computrabajo.com/unsubscribe?u=8812"),
        body="""Hola Milagros, estas son las nuevas ofertas que coinciden con tu búsqueda:

Supervisora de calidad - Textil del Este S.A. - Ciudad del Este
Jefa de control de calidad - Alimentos Ñandutí - Luque
Analista de calidad - Laboratorio Yvága - Asunción

Ver todas las ofertas: https://py.computrabajo.com/ofertas

Recibes este correo porque creaste una alerta de empleo. Darse de baja: https://www.computrabajo.com/unsubscribe?u=8812
""",
        label=note("Spanish job alert (bulk)."),
    )
)

S = "2029-04-12 17:30"
add(
    mail(
        EMILIANO,
        "cita-dental-confirmacion-cdmx",
        "other",
        frm=("Clínica Dental Sonrisa Roma", "citas@sonrisaroma.example"),
        subject="Confirmación de su cita – Clínica Dental Sonrisa Roma",
        date=dh("2029-04-09 10:00:00", "America/Mexico_City"),
        body=f"""Estimado paciente Emiliano Zárate:

Le recordamos su cita de limpieza dental el {es(S)} a las 17:30 h con la Dra. Mariana Leyva.

Dirección: Colima 212, Col. Roma Norte. Favor de llegar 10 minutos antes.

Para cancelar o reprogramar, responda a este correo.
""",
        label=note("Dentist appointment in Spanish, not an interview."),
    )
)

S = "2029-04-11 09:00"
add(
    mail(
        SEBASTIAN,
        "entrevista-presencial-tostadora-medellin",
        "interview",
        frm=("Andrés Felipe Gaviria", "andres.gaviria@tostadoraelcafetal.example"),
        subject="Re: Entrevista presencial – Jefe de Planta",
        date=dh("2029-04-06 19:20:00", "America/Bogota"),
        in_reply_to=mid("cafetal-sebastian", "mail.gmail.com"),
        body=f"""Listo Sebastián, quedamos entonces el {es(S)} a las 9 a. m. en la planta de Itagüí (Calle 50 # 42-18). Pregunta por mí en portería. Nos acompaña también Luz Marina Ospina, nuestra gerente general.

Saludos,
Andrés Felipe Gaviria
Director de Producción
"""
        + quoted(
            "2029-04-06 17:02",
            "America/Bogota",
            "Sebastián Rengifo Ariza <sebastian.rengifo@example.com>",
            "Buenas tardes Andrés Felipe, el miércoles en la mañana me queda perfecto. Gracias.",
        ),
        label=iv(
            iso(S, "America/Bogota"),
            None,
            company="Tostadora El Cafetal",
            role="Jefe de Planta",
            interviewers=["Andrés Felipe Gaviria", "Luz Marina Ospina"],
            emails=["andres.gaviria@tostadoraelcafetal.example"],
            notes="Spanish reply settling the user's 'miércoles en la mañana'; no zone (Colombia).",
        ),
    )
)

S = "2029-03-14 16:00"
add(
    mail(
        LUCIANA,
        "convocatoria-entrevista-html-rosario",
        "interview",
        frm=("Talento Humano – Litoral Agro", "talento@litoralagro.example"),
        subject="Convocatoria a entrevista – Proceso Analista de Comercio Exterior",
        date=dh("2029-03-08 12:00:00", "America/Buenos_Aires"),
        rich=html_page(
            paras(
                f"""Hola Luciana,

Te convocamos a una entrevista para el proceso de Analista de Comercio Exterior.

Día: {es(S)}
Horario: 16:00 hs (hora de Argentina)
Modalidad: videollamada por Google Meet – el enlace te llegará por separado
Entrevistadoras: Florencia Gattoni (Jefa de Comercio Exterior) y Daiana Peralta (Talento Humano)

Por favor, confirmá tu asistencia respondiendo este correo.

¡Éxitos!
Talento Humano – Litoral Agro"""
            ),
            lang="es",
        ),
        label=iv(
            iso(S, "America/Buenos_Aires"),
            "America/Buenos_Aires",
            company="Litoral Agro",
            role="Analista de Comercio Exterior",
            interviewers=["Florencia Gattoni", "Daiana Peralta"],
            notes="HTML-only Spanish convocatoria, 'hora de Argentina'.",
        ),
    )
)
