"""German, French and Spanish mail by local senders, across kinds."""

from __future__ import annotations

from tests.eval.authoring.common import note
from tests.eval4.authoring.kit import AUTO, bulk, de, es, fr, quoted

from .kit import (
    AAPO,
    CLEMENCE,
    ELODIE,
    FATOU,
    ITZIAR,
    JOAQUIN,
    MALTE,
    MARIANA,
    SOUFIANE,
    TOMAS,
    VERONIKA,
    dh,
    lab,
    outlook,
    person,
    vendor,
)

BER = "Europe/Berlin"
VIE = "Europe/Vienna"

MESSAGES = [
    vendor(
        MALTE,
        "spreebogen-softgarden-einladung",
        "interview",
        frm=("Spreebogen Mobility GmbH", "noreply@softgarden.io"),
        reply_to=("Carina Moldenhauer", "carina.moldenhauer@spreebogen-mobility.example"),
        subject="Einladung zum Vorstellungsgespräch – Backend Developer (m/w/d)",
        date=dh("2034-10-04 10:20", BER),
        body=(
            "Hallo Herr Brösecke-Oyelaran,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse "
            "an Spreebogen Mobility. Wir möchten Sie gerne persönlich kennenlernen und laden "
            f"Sie herzlich zu einem Vorstellungsgespräch am {de('2034-10-12')} um 10:00 Uhr "
            "in unser Büro am Schiffbauerdamm 8, 10117 Berlin ein.\n\n"
            "Ihre Gesprächspartner: Frau Dr. Henrike Albers (Teamleitung Backend) und Herr "
            "Jonas Wiegand (Senior Developer).\n\nBitte bestätigen Sie den Termin kurz über "
            "den Link in Ihrem Bewerberkonto.\n\nMit freundlichen Grüßen\nCarina Moldenhauer\n"
            "People & Culture, Spreebogen Mobility GmbH\n"
        ),
        label=lab(
            "2034-10-12 10:00",
            BER,
            None,
            company="Spreebogen Mobility",
            role="Backend Developer",
            who=["Henrike Albers", "Jonas Wiegand"],
            notes="softgarden invitation in German; titles dropped; no zone named.",
        ),
    ),
    outlook(
        VERONIKA,
        "praterstern-outlook-de-weurope",
        "interview",
        start="2034-10-30 14:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Bewerbungsgespräch Data Analyst – Veronika Haselsteiner-Kos",
        organizer=("Matthias Grünwald", "m.gruenwald@praterstern-analytics.example"),
        attendees=[("Sabine Leitgeb", "s.leitgeb@praterstern-analytics.example")],
        date=dh("2034-10-23 09:10", VIE),
        text="Liebe Frau Haselsteiner-Kos,\n\nwie telefonisch besprochen sende ich Ihnen "
        "hiermit die Einladung für unser Gespräch. Seitens Praterstern Analytics sind Sabine "
        "Leitgeb (Head of Data) und ich dabei.\n\nBeste Grüße\nMatthias Grünwald\n"
        "Recruiting, Praterstern Analytics",
        lang="de",
        label=lab(
            "2034-10-30 14:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Praterstern Analytics",
            role="Data Analyst",
            who=["Sabine Leitgeb", "Matthias Grünwald"],
            emails=[
                "s.leitgeb@praterstern-analytics.example",
                "m.gruenwald@praterstern-analytics.example",
            ],
            notes="German Outlook on the web request, time only in the calendar; 'W. Europe "
            "Standard Time' maps to Berlin for a Vienna user; after the 29 October switch.",
        ),
    ),
    person(
        MALTE,
        "kreuzberg-startup-du-form",
        "interview",
        frm=("Lena Rothfuß", "lena@kiezkompass.example"),
        subject="Re: Kennenlerngespräch bei Kiezkompass",
        date=dh("2034-11-01 18:02", BER),
        body=(
            f"Hey Malte,\n\npasst! Dann sehen wir uns am {de('2034-11-07', year=False)} um "
            "9:30 Uhr bei uns im Büro (Oranienstraße 12, Hinterhaus, 3. OG). Mit dabei ist "
            "auch Yusuf, unser CTO. Plan ruhig 90 Minuten ein, wir zeigen dir danach noch "
            "das Team.\n\nBis dann!\nLena\n"
            + quoted(
                "2034-11-01 12:40",
                BER,
                "Malte Brösecke-Oyelaran <malte.broesecke@example.net>",
                f"Hallo Lena,\n\ndanke für die Rückmeldung! Ich könnte {de('2034-11-06', year=False)} "
                f"nachmittags oder {de('2034-11-07', year=False)} vormittags.\n\nViele Grüße\nMalte",
            )
        ),
        label=lab(
            "2034-11-07 09:30",
            BER,
            None,
            company="Kiezkompass",
            who=["Lena Rothfuß", "Yusuf"],
            emails=["lena@kiezkompass.example"],
            notes="Informal German reply fixes the time from the user's quoted options.",
        ),
        agent="Apple Mail (2.3826)",
    ),
    person(
        VERONIKA,
        "alpenglas-absage-termin",
        "interview_cancelled",
        frm=("Elisabeth Pröll", "e.proell@alpenglas-logistik.example"),
        subject="Absage unseres Termins am Montag",
        date=dh("2034-11-02 15:25", VIE),
        body=(
            "Sehr geehrte Frau Haselsteiner-Kos,\n\nleider müssen wir das für "
            f"{de('2034-11-06')}, 11:00 Uhr geplante Gespräch mit Herrn Brandstätter "
            "kurzfristig absagen, da er krankheitsbedingt ausfällt. Wir melden uns in den "
            "nächsten Tagen mit einem neuen Terminvorschlag.\n\nWir bitten um Ihr Verständnis.\n\n"
            "Mit freundlichen Grüßen\nElisabeth Pröll\nPersonalabteilung, Alpenglas Logistik\n"
        ),
        label=lab(
            "2034-11-06 11:00",
            VIE,
            None,
            company="Alpenglas Logistik",
            who=["Brandstätter"],
            notes="German cancellation; a new time only promised.",
        ),
    ),
    person(
        MALTE,
        "havelland-terminvorschlag",
        "scheduling_request",
        frm=("Dirk Scheffler", "dirk.scheffler@havelland-energie.example"),
        subject="Terminvorschlag für ein erstes Gespräch",
        date=dh("2034-10-13 11:45", BER),
        body=(
            "Guten Tag Herr Brösecke-Oyelaran,\n\nvielen Dank für Ihre Bewerbung als "
            "Softwareentwickler. Gerne würden wir Sie in einem ersten Videogespräch "
            "kennenlernen. Passt Ihnen einer der folgenden Termine?\n\n"
            "- Mi., 18.10., 14:00 Uhr\n- Do., 19.10., 10:00 Uhr\n- Fr., 20.10., 13:30 Uhr\n\n"
            "Alternativ nennen Sie mir gern zwei andere Zeitfenster.\n\n"
            "Freundliche Grüße\nDirk Scheffler\nHavelland Energie\n"
        ),
        charset="ISO-8859-15",
        label=note("Three numeric German options; none chosen yet.", company="Havelland Energie"),
    ),
    person(
        VERONIKA,
        "wienerwald-absage-bewerbung",
        "rejection",
        frm=("Wienerwald Medien Recruiting", "jobs@wienerwald-medien.example"),
        subject="Ihre Bewerbung als Controllerin - Rückmeldung",
        date=dh("2034-09-29 10:00", VIE),
        body=(
            "Sehr geehrte Frau Haselsteiner-Kos,\n\nherzlichen Dank für das angenehme "
            "Gespräch und die Zeit, die Sie sich genommen haben. Nach sorgfältiger Abwägung "
            "haben wir uns für eine andere Kandidatin entschieden, deren Profil noch etwas "
            "besser zu unseren aktuellen Anforderungen passt.\n\nWir wünschen Ihnen für Ihre "
            "berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
            "Wienerwald Medien\n"
        ),
        charset="ISO-8859-1",
        cte="base64",
        label=note("German rejection after an interview.", company="Wienerwald Medien"),
    ),
    person(
        MALTE,
        "spreebogen-vertragsangebot",
        "offer",
        frm=("Carina Moldenhauer", "carina.moldenhauer@spreebogen-mobility.example"),
        subject="Ihr Vertragsangebot – Backend Developer",
        date=dh("2034-10-20 16:10", BER),
        body=(
            "Hallo Herr Brösecke-Oyelaran,\n\nes freut uns sehr, Ihnen mitteilen zu können, "
            "dass wir Sie gerne in unserem Team begrüßen möchten! Anbei erhalten Sie unser "
            "Vertragsangebot (Bruttojahresgehalt 78.000 EUR, Start zum 1. Januar 2035, 30 "
            "Urlaubstage).\n\nBitte geben Sie uns bis zum 27. Oktober Bescheid. Für Fragen "
            "steht Ihnen Frau Albers jederzeit zur Verfügung.\n\nHerzliche Grüße\nCarina "
            "Moldenhauer\n"
        ),
        label=note("German offer with salary and answer deadline.", company="Spreebogen Mobility"),
        html=True,
    ),
    person(
        VERONIKA,
        "abwesenheit-bis-13-november",
        "auto_reply",
        frm=("Gernot Hüttenbrenner", "g.huettenbrenner@donauhafen-it.example"),
        subject="Abwesenheitsnotiz: Ihre Bewerbung als Data Analyst",
        date=dh("2034-11-03 08:01", VIE),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 10.11.2034 nicht im "
            "Büro und ab dem 13.11.2034 wieder erreichbar. Ihre E-Mail wird nicht "
            "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "recruiting@donauhafen-it.example.\n\nMit freundlichen Grüßen\nGernot Hüttenbrenner\n"
        ),
        extra=AUTO,
        label=note(
            "German out-of-office with RFC 3834 header and numeric dates.",
            return_date="2034-11-13",
        ),
    ),
    vendor(
        CLEMENCE,
        "canopee-flatchr-convocation",
        "interview",
        frm=("Canopée Data", "notifications@flatchr.io"),
        reply_to=("Juliette Bernardin", "juliette.bernardin@canopee-data.example"),
        subject="Convocation à un entretien – Data Engineer confirmé(e)",
        date=dh("2034-10-09 14:05", "Europe/Paris"),
        body=(
            "Bonjour Clémence,\n\nNous avons le plaisir de vous convier à un entretien pour le "
            f"poste de Data Engineer confirmé(e), le {fr('2034-10-17')} à 14h30, dans nos "
            "locaux du 42 rue de Paradis, 75010 Paris.\n\nVous rencontrerez Mme Sophie "
            "Marchal-Diallo, directrice technique, ainsi que Loïc Tanguy, lead data.\n\n"
            "Merci de confirmer votre présence en répondant à ce message.\n\n"
            "Bien cordialement,\nJuliette Bernardin\nChargée de recrutement, Canopée Data\n"
        ),
        label=lab(
            "2034-10-17 14:30",
            "Europe/Paris",
            None,
            company="Canopée Data",
            role="Data Engineer confirmé(e)",
            who=["Sophie Marchal-Diallo", "Loïc Tanguy"],
            notes="Flatchr convocation in French; honorific dropped; no zone named.",
        ),
    ),
    person(
        FATOU,
        "goree-atlantique-entretien-dakar",
        "interview",
        frm=("Awa Cissé", "awa.cisse@goree-atlantique.example"),
        subject="Confirmation de votre entretien – Analyste financière",
        date=dh("2034-10-19 11:30", "Africa/Dakar"),
        body=(
            "Bonjour Madame Diagne-Sarr,\n\nSuite à notre échange téléphonique, je vous "
            f"confirme votre entretien le {fr('2034-10-26')} à 10h00 (heure de Dakar) dans nos "
            "locaux du Plateau, avenue Léopold Sédar Senghor.\n\nVous serez reçue par M. "
            "Ousmane Ndour, directeur financier, et moi-même.\n\nCordialement,\nAwa Cissé\n"
            "Responsable RH, Gorée Atlantique Assurances\n"
        ),
        label=lab(
            "2034-10-26 10:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Gorée Atlantique Assurances",
            role="Analyste financière",
            who=["Ousmane Ndour", "Awa Cissé"],
            emails=["awa.cisse@goree-atlantique.example"],
            notes="'et moi-même': the writer interviews too.",
        ),
    ),
    person(
        ELODIE,
        "beaubassin-entrevue-montreal",
        "interview",
        frm=("Maxime Thériault", "maxime.theriault@caisse-beaubassin.example"),
        subject="Confirmation d'entrevue – Analyste BI",
        date=dh("2034-11-03 13:50", "America/Toronto"),
        body=(
            "Bonjour Élodie,\n\nMerci pour votre intérêt envers la Caisse Beaubassin. Tel que "
            f"convenu, votre entrevue aura lieu le {fr('2034-11-13')} à 13 h 30 (heure de "
            "Montréal), par Teams.\n\nVous rencontrerez Annie Lévesque-Roy, directrice "
            "Intelligence d'affaires, et Karim Benali, analyste principal.\n\n"
            "Au plaisir,\nMaxime Thériault\nConseiller en acquisition de talents\n"
        ),
        label=lab(
            "2034-11-13 13:30",
            "America/Toronto",
            "America/Toronto",
            company="Caisse Beaubassin",
            role="Analyste BI",
            who=["Annie Lévesque-Roy", "Karim Benali"],
            notes="Québec French ('entrevue', '13 h 30'); Montreal time after the switch.",
        ),
    ),
    person(
        SOUFIANE,
        "anfa-paiements-ramadan",
        "interview",
        frm=("Kenza Alaoui", "kenza.alaoui@anfa-paiements.example"),
        subject="Entretien – Ingénieur DevOps – Anfa Paiements",
        date=dh("2034-11-06 10:05", "Africa/Casablanca"),
        body=(
            "Bonjour Soufiane,\n\nSuite à notre appel de ce matin, je vous confirme notre "
            f"entretien le {fr('2034-11-14')} à 15h (heure de Casablanca) dans nos bureaux du "
            "boulevard d'Anfa. C'est moi qui mènerai l'entretien, avec notre responsable "
            "infrastructure, Driss Berrada.\n\nN'hésitez pas à me prévenir en cas "
            "d'empêchement.\n\n"
            "Bien à vous,\nKenza Alaoui\nResponsable technique\n"
        ),
        label=lab(
            "2034-11-14 15:00",
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Anfa Paiements",
            role="Ingénieur DevOps",
            who=["Kenza Alaoui", "Driss Berrada"],
            emails=["kenza.alaoui@anfa-paiements.example"],
            notes="Confirmed after a call; the writer leads the interview; Ramadan offset +00.",
        ),
    ),
    outlook(
        CLEMENCE,
        "batignolles-annule-romance",
        "interview_cancelled",
        start="2034-10-27 10:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entretien – Consultante data senior",
        organizer=("Hugo Ferrand", "hugo.ferrand@batignolles-conseil.example"),
        attendees=[("Nadia Bensalem", "nadia.bensalem@batignolles-conseil.example")],
        date=dh("2034-10-24 17:40", "Europe/Paris"),
        text="Bonjour Clémence,\n\nJe suis désolé : Nadia et moi devions vous recevoir "
        "vendredi, mais nous devons annuler cet entretien, le poste vient d'être gelé en "
        "interne. Je reviendrai vers vous dès que possible.\n\n"
        "Hugo Ferrand",
        cancelled=True,
        sequence=1,
        lang="fr",
        teams=False,
        location="Batignolles Conseil, 12 rue Legendre",
        label=lab(
            "2034-10-27 10:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Batignolles Conseil",
            role="Consultante data senior",
            who=["Hugo Ferrand", "Nadia Bensalem"],
            emails=[
                "hugo.ferrand@batignolles-conseil.example",
                "nadia.bensalem@batignolles-conseil.example",
            ],
            notes="French Outlook cancellation (METHOD:CANCEL); CEST before the switch.",
        ),
    ),
    person(
        SOUFIANE,
        "maarif-disponibilites",
        "scheduling_request",
        frm=("Imane Tazi", "imane.tazi@maarif-logistique.example"),
        subject="Vos disponibilités pour un entretien",
        date=dh("2034-10-16 12:10", "Africa/Casablanca"),
        body=(
            "Bonjour Monsieur Aït Lahcen-Berrada,\n\nVotre profil a retenu notre attention "
            "pour le poste de chef de projet SI. Pourriez-vous nous indiquer vos "
            "disponibilités pour un premier entretien téléphonique la semaine prochaine ?\n\n"
            "Cordialement,\nImane Tazi\nChargée RH, Maarif Logistique\n"
        ),
        label=note("Asks for availability in French.", company="Maarif Logistique"),
    ),
    person(
        ELODIE,
        "outaouais-reponse-candidature",
        "rejection",
        frm=("Équipe talents – Groupe Outaouais", "talents@groupe-outaouais.example"),
        subject="Réponse à votre candidature - Analyste de données",
        date=dh("2034-10-11 09:30", "America/Toronto"),
        body=(
            "Bonjour Élodie,\n\nNous vous remercions de l'intérêt que vous portez au Groupe "
            "Outaouais. Après analyse attentive de votre candidature, nous sommes au regret "
            "de vous informer que celle-ci n'a pas été retenue pour la suite du processus.\n\n"
            "Nous conserverons votre dossier pour de futures opportunités.\n\nCordialement,\n"
            "L'équipe talents\n"
        ),
        charset="ISO-8859-1",
        label=note("Québec French rejection without interview.", company="Groupe Outaouais"),
    ),
    person(
        CLEMENCE,
        "emploi-hebdo-offres-et-webinaire",
        "bulk",
        frm=("Emploi Hebdo", "newsletter@emploi-hebdo.example"),
        subject="Vos offres d'emploi de la semaine + webinaire « Réussir son entretien »",
        date=dh("2034-10-18 07:00", "Europe/Paris"),
        body=(
            "Bonjour Clémence,\n\n12 nouvelles offres correspondent à votre alerte « Data "
            "Engineer – Paris » :\n\n- Data Engineer (H/F) – Lutèce Assurances – Paris 9e\n"
            "- Ingénieur(e) données – Seine Mobilités – La Défense\n- Analytics Engineer – "
            "Quai Rive Gauche – Paris 13e\n\nWebinaire gratuit : « Réussir son entretien "
            f"d'embauche », {fr('2034-10-25', year=False)} à 12h30. Inscrivez-vous en un clic.\n\n"
            "Se désinscrire : https://emploi-hebdo.example/desabonnement\n"
        ),
        extra=bulk("<alertes.emploi-hebdo.example>", "https://emploi-hebdo.example/desabonnement"),
        label=note("French job alert with an interview-advice webinar (not an interview)."),
        html=True,
    ),
    person(
        JOAQUIN,
        "cordillera-entrevista-tras-cambio-hora",
        "interview",
        frm=("Catalina Rojas Prieto", "catalina.rojas@cordillera-fintech.example"),
        subject="Confirmación entrevista – Desarrollador Backend Senior",
        date=dh("2034-08-31 16:45", "America/Santiago"),
        body=(
            "Hola Joaquín:\n\nTe confirmo la entrevista técnica para el "
            f"{es('2034-09-05')} a las 10:00 (hora de Chile continental), en nuestras "
            "oficinas de Av. Apoquindo 3400, piso 11. Ojo que este fin de semana se adelanta "
            "la hora.\n\nLa entrevista la haremos Ignacio Fuenzalida, líder técnico, y yo.\n\n"
            "Saludos,\nCatalina Rojas Prieto\nTalent Partner, Cordillera Fintech\n"
        ),
        label=lab(
            "2034-09-05 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Fintech",
            role="Desarrollador Backend Senior",
            who=["Ignacio Fuenzalida", "Catalina Rojas Prieto"],
            emails=["catalina.rojas@cordillera-fintech.example"],
            notes="Sent before Chile's 3 September switch (-04), interview after it (-03).",
        ),
    ),
    vendor(
        MARIANA,
        "guadua-factorial-confirmacion",
        "interview",
        frm=("Guadua Logística", "no-reply@factorialhr.com"),
        subject="Confirmación de tu entrevista en Guadua Logística",
        date=dh("2034-10-12 08:15", "America/Bogota"),
        body=(
            "Hola Mariana,\n\n¡Gracias por tu interés en Guadua Logística! Tu entrevista para "
            "el cargo de Coordinadora de Analítica quedó agendada:\n\n"
            f"Fecha: {es('2034-10-19', year=True)}\nHora: 9:00 a. m. (hora de Colombia)\n"
            "Modalidad: videollamada\nEntrevistadora: Daniela Restrepo Uribe\n\n"
            "Enviado con Factorial\n"
        ),
        label=lab(
            "2034-10-19 09:00",
            "America/Bogota",
            "America/Bogota",
            company="Guadua Logística",
            role="Coordinadora de Analítica",
            who=["Daniela Restrepo Uribe"],
            notes="Factorial confirmation in Spanish.",
        ),
    ),
    person(
        TOMAS,
        "riachuelo-entrevista-prosa",
        "interview",
        frm=("Florencia Aguirre", "florencia@riachuelo-analytics.example"),
        subject="Re: Entrevista en Riachuelo Analytics",
        date=dh("2034-11-01 19:20", "America/Argentina/Buenos_Aires"),
        body=(
            "¡Hola Tomás!\n\nBuenísimo, te confirmo la entrevista para el "
            f"{es('2034-11-08')} a las 15 h (hora de Buenos Aires), en la oficina de Palermo. "
            "Vas a hablar primero con Mercedes, que lidera el equipo de datos, y después con "
            "Julián Costa, nuestro CTO. Yo sólo coordino, así que cualquier cosa escribime.\n\n"
            "Abrazo,\nFlor\n"
            + quoted(
                "2034-11-01 10:03",
                "America/Argentina/Buenos_Aires",
                "Tomás Iturralde Bengolea <tomas.iturralde@example.org>",
                f"Hola Florencia, el {es('2034-11-08')} a la tarde me queda perfecto. Saludos, Tomás",
            )
        ),
        label=lab(
            "2034-11-08 15:00",
            "America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
            company="Riachuelo Analytics",
            who=["Mercedes", "Julián Costa"],
            notes="Rioplatense Spanish; interviewers in prose; the coordinator only arranges.",
        ),
        agent="Mozilla Thunderbird",
    ),
    outlook(
        ITZIAR,
        "txingudi-outlook-es-romance",
        "interview",
        start="2034-10-30 12:00",
        zone="Romance Standard Time",
        minutes=45,
        subject="Entrevista – Ingeniera de Datos (Itziar Goikoetxea)",
        organizer=("Aitor Larrañaga", "aitor.larranaga@txingudi-energia.example"),
        attendees=[("Nerea Etxeberria", "nerea.etxeberria@txingudi-energia.example")],
        date=dh("2034-10-25 13:00", "Europe/Madrid"),
        text="Hola Itziar:\n\nTe envío la convocatoria para la entrevista con Nerea "
        "Etxeberria, responsable de Datos, y conmigo. Será por Teams.\n\nUn saludo,\n"
        "Aitor Larrañaga\nSelección, Txingudi Energía",
        lang="es",
        label=lab(
            "2034-10-30 12:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Txingudi Energía",
            role="Ingeniera de Datos",
            who=["Nerea Etxeberria", "Aitor Larrañaga"],
            emails=[
                "nerea.etxeberria@txingudi-energia.example",
                "aitor.larranaga@txingudi-energia.example",
            ],
            notes="Spanish Outlook on the web request, time only in the calendar; Romance "
            "maps to Paris; the day after the switch (CET).",
        ),
    ),
    person(
        MARIANA,
        "chapinero-cancelacion",
        "interview_cancelled",
        frm=("Valeria Montoya", "valeria.montoya@chapinero-salud.example"),
        subject="Cancelación de la entrevista del martes",
        date=dh("2034-10-20 17:30", "America/Bogota"),
        body=(
            "Hola Mariana,\n\nLamentamos informarte que debemos cancelar la entrevista del "
            f"{es('2034-10-24')} a las 2:00 p. m. (hora de Colombia) con el doctor Esteban "
            "Cárdenas, por un cambio en la agenda de la dirección médica. Apenas tengamos "
            "nueva disponibilidad te escribimos para reprogramarla.\n\nCordialmente,\n"
            "Valeria Montoya\nGestión Humana, Chapinero Salud Digital\n"
        ),
        charset="windows-1252",
        cte="8bit",
        label=lab(
            "2034-10-24 14:00",
            "America/Bogota",
            "America/Bogota",
            company="Chapinero Salud Digital",
            who=["Esteban Cárdenas"],
            notes="Spanish cancellation; rescheduling only promised; 'doctor' dropped.",
        ),
    ),
    person(
        JOAQUIN,
        "maipo-disponibilidad",
        "scheduling_request",
        frm=("Rodrigo Valdivia", "rvaldivia@maipo-agro.example"),
        subject="Disponibilidad para entrevista – Analista de Datos",
        date=dh("2034-09-18 10:40", "America/Santiago"),
        body=(
            "Estimado Joaquín:\n\nJunto con saludar, quisiéramos coordinar una entrevista "
            "para el cargo de Analista de Datos. ¿Podrías indicarnos tu disponibilidad para "
            "la próxima semana, idealmente en la mañana?\n\nQuedo atento.\n\nSaludos cordiales,\n"
            "Rodrigo Valdivia\nJefe de Personas, Maipo Agro\n"
        ),
        label=note("Asks for availability in Spanish.", company="Maipo Agro"),
    ),
    person(
        ITZIAR,
        "txingudi-oferta",
        "offer",
        frm=("Aitor Larrañaga", "aitor.larranaga@txingudi-energia.example"),
        subject="Oferta de empleo – Ingeniera de Datos",
        date=dh("2034-11-10 12:30", "Europe/Madrid"),
        body=(
            "Hola Itziar:\n\n¡Enhorabuena! Nos alegra mucho comunicarte que queremos que te "
            "incorpores a Txingudi Energía como Ingeniera de Datos. Te adjunto la carta de "
            "oferta con las condiciones: 52.000 EUR brutos anuales, modalidad híbrida desde "
            "Irun y fecha de incorporación el 8 de enero de 2035.\n\nTe agradecería una "
            "respuesta antes del viernes 17 de noviembre.\n\nUn abrazo,\nAitor\n"
        ),
        label=note("Spanish offer with terms and a deadline.", company="Txingudi Energía"),
    ),
    person(
        TOMAS,
        "respuesta-automatica-vacaciones",
        "auto_reply",
        frm=("Paula Sarmiento", "paula.sarmiento@delta-tigre.example"),
        subject="Respuesta automática: Postulación Data Engineer",
        date=dh("2034-11-06 09:12", "America/Argentina/Buenos_Aires"),
        body=(
            "Hola, gracias por tu mensaje.\n\nEstoy de vacaciones y sin acceso al correo. "
            "Vuelvo a la oficina el lunes 20 de noviembre. Para temas urgentes de selección "
            "escribí a seleccion@delta-tigre.example.\n\nSaludos,\nPaula Sarmiento\n"
        ),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        label=note(
            "Spanish out-of-office with a return weekday and date.", return_date="2034-11-20"
        ),
    ),
    person(
        AAPO,
        "isarkanal-einladung-zweitsprache",
        "interview",
        frm=("Franziska Oberhuber", "f.oberhuber@isarkanal-systems.example"),
        subject="Einladung zum Gespräch - Senior Platform Engineer",
        date=dh("2034-11-13 16:40", BER),
        body=(
            "Hallo Herr Kettunen-Halme,\n\nvielen Dank für Ihre Bewerbung. Wie in Ihrem "
            "Anschreiben erwähnt, führen wir das Gespräch gerne auf Deutsch. Wir laden Sie "
            f"herzlich zu einem Videogespräch am {de('2034-11-21')} um 15:00 Uhr (Münchner Zeit) "
            "ein. Gesprächspartner ist Herr Korbinian Stadler, Leiter Plattform.\n\n"
            "Den Link zu Microsoft Teams erhalten Sie separat.\n\nViele Grüße aus München\n"
            "Franziska Oberhuber\nHR, Isarkanal Systems GmbH\n"
        ),
        label=lab(
            "2034-11-21 15:00",
            BER,
            "Europe/Berlin",
            company="Isarkanal Systems",
            role="Senior Platform Engineer",
            who=["Korbinian Stadler"],
            notes="German, the Helsinki user's second language; Munich time (CET), 16:00 for "
            "the user.",
        ),
    ),
    person(
        ITZIAR,
        "clinica-dental-confirmacion-cita",
        "other",
        frm=("Clínica Dental Amara", "citas@clinica-amara.example"),
        subject="Confirmación de su cita - Clínica Dental Amara",
        date=dh("2034-11-08 10:00", "Europe/Madrid"),
        body=(
            "Estimada Itziar:\n\nLe confirmamos su cita de revisión y limpieza para el "
            f"{es('2034-11-14')} a las 17:30 con la Dra. Olatz Mendizabal, en la calle "
            "Mayor 21, Hondarribia.\n\nSi no puede acudir, avísenos con 24 horas de "
            "antelación.\n\nUn saludo,\nClínica Dental Amara\n"
        ),
        label=note("A dental appointment ('cita'), not an interview."),
    ),
    person(
        CLEMENCE,
        "prefecture-rendez-vous-titre",
        "other",
        frm=("Préfecture de police - rendez-vous", "ne-pas-repondre@rdv-prefecture.example"),
        subject="Confirmation de votre rendez-vous",
        date=dh("2034-10-02 08:15", "Europe/Paris"),
        body=(
            "Madame,\n\nVotre rendez-vous pour le retrait de votre titre de séjour est "
            f"confirmé le {fr('2034-10-10')} à 9h20, guichet 4.\n\nMerci de vous présenter "
            "muni de cette convocation et de votre passeport.\n\nCeci est un message "
            "automatique, merci de ne pas y répondre.\n"
        ),
        label=note(
            "An administrative appointment ('rendez-vous', 'convocation'), not an interview."
        ),
    ),
    person(
        MALTE,
        "buergeramt-terminbestaetigung",
        "other",
        frm=("Bürgeramt Friedrichshain-Kreuzberg", "noreply@termine-buergeramt.example"),
        subject="Terminbestätigung: Anmeldung einer Wohnung",
        date=dh("2034-09-22 14:03", BER),
        body=(
            "Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir Ihren Termin am "
            f"{de('2034-10-05')} um 08:40 Uhr im Bürgeramt, Frankfurter Allee 35.\n\n"
            "Vorgangsnummer: 7741-2034\nBitte bringen Sie Ihren Personalausweis und die "
            "Wohnungsgeberbestätigung mit.\n"
        ),
        label=note("A registry office appointment ('Termin'), not an interview."),
    ),
    vendor(
        VERONIKA,
        "stepstone-jobangebote",
        "bulk",
        frm=("StepStone", "jobagent@stepstone.de"),
        subject="Neue Jobangebote für Data Analyst in Wien",
        date=dh("2034-10-10 06:45", VIE),
        body=(
            "Hallo Veronika,\n\nwir haben 14 neue Jobs für dich gefunden:\n\n"
            "- Data Analyst (m/w/d) - Donaukanal Versicherung - Wien\n"
            "- BI Analyst - Naschmarkt Retail - Wien\n\nTipp der Woche: So bereitest du "
            "dich auf dein Vorstellungsgespräch vor.\n\nJobagent abbestellen: "
            "https://www.stepstone.de/jobagent/abmelden\n"
        ),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden"),
        label=note("German job alert with interview tips."),
    ),
    person(
        MARIANA,
        "empleos-semana-ofertas",
        "bulk",
        frm=("Empleos Andinos", "alertas@empleos-andinos.example"),
        subject="Nuevas ofertas de empleo para ti: Analista de datos en Bogotá",
        date=dh("2034-10-16 07:00", "America/Bogota"),
        body=(
            "Hola Mariana,\n\nEstas son las vacantes de la semana que coinciden con tu "
            "perfil:\n\n- Analista de datos - Café Montaña S.A.S. - Bogotá\n"
            "- Científica de datos junior - Salitre Seguros - Bogotá\n\n"
            "Consejo: 7 preguntas frecuentes en una entrevista de trabajo.\n\n"
            "Cancelar suscripción: https://empleos-andinos.example/baja\n"
        ),
        extra=bulk("<alertas.empleos-andinos.example>", "https://empleos-andinos.example/baja"),
        label=note("Spanish job alert with interview advice."),
        html_only=True,
    ),
    person(
        CLEMENCE,
        "absence-retour-lundi-6-novembre",
        "auto_reply",
        frm=("Juliette Bernardin", "juliette.bernardin@canopee-data.example"),
        subject="Réponse automatique : absence du 30 octobre au 3 novembre",
        date=dh("2034-10-31 09:12", "Europe/Paris"),
        body=(
            "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 3 novembre inclus, "
            f"sans accès à ma messagerie. Je serai de retour le {fr('2034-11-06')}.\n\n"
            "Pour toute question urgente concernant un recrutement, vous pouvez écrire à "
            "recrutement@canopee-data.example.\n\nBien cordialement,\nJuliette Bernardin\n"
        ),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        label=note("French out-of-office with an explicit return day.", return_date="2034-11-06"),
    ),
    person(
        JOAQUIN,
        "maipo-agradecemos-postulacion",
        "rejection",
        frm=("Rodrigo Valdivia", "rvaldivia@maipo-agro.example"),
        subject="Proceso de selección Analista de Datos - Maipo Agro",
        date=dh("2034-10-13 12:20", "America/Santiago"),
        body=(
            "Estimado Joaquín:\n\nMuchas gracias por participar en nuestro proceso de "
            "selección y por el tiempo dedicado a la entrevista. Luego de evaluar a todos "
            "los postulantes, hemos decidido continuar con otro candidato cuyo perfil se "
            "ajusta más a lo que buscamos en esta etapa.\n\nTe deseamos mucho éxito y "
            "mantendremos tus antecedentes para futuras oportunidades.\n\nSaludos cordiales,\n"
            "Rodrigo Valdivia\nJefe de Personas, Maipo Agro\n"
        ),
        label=note("Spanish rejection after an interview.", company="Maipo Agro"),
    ),
]
