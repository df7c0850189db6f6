"""German, French and Spanish mail of every kind, as local employers and services write it."""

from __future__ import annotations

from .base import (
    ALEJANDRA,
    ANNALENA,
    AUTO,
    CLAUDINE,
    ESTEBAN,
    JOHANNES,
    LYDIA,
    MARISOL,
    NADIA,
    ROLANDO,
    SKANDER,
    VALERIA,
    YAHAIRA,
    ats,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    human,
    iso,
    iv,
    mail,
    note,
)

MESSAGES = [
    # --- German ------------------------------------------------------------------------
    ats(
        ANNALENA,
        "ill-werkstaetten-personio-einladung",
        "interview",
        frm=("Ill-Werkstätten GmbH", "noreply@personio.de"),
        reply_to=("Verena Nägele", "verena.naegele@ill-werkstaetten.example"),
        subject="Einladung zum Vorstellungsgespräch – Projektleitung Fertigung",
        date=dh("2028-11-06 10:12", "Europe/Vienna"),
        body=(
            "Sehr geehrte Frau Frommelt,\n\nvielen Dank für Ihre Bewerbung als Projektleiterin "
            "Fertigung. Gerne laden wir Sie zu einem persönlichen Gespräch ein:\n\n"
            f"Termin: {de('2028-11-16')}, 10:30 Uhr\n"
            "Ort: Ill-Werkstätten GmbH, Reichenfeldgasse 9, 6800 Feldkirch\n"
            "Gesprächspartner: Frau Mag. Verena Nägele (Personalleitung), Herr DI Lukas "
            "Bischof (Leitung Produktion)\n\n"
            "Bitte bestätigen Sie den Termin über den folgenden Link.\n\n"
            "Mit freundlichen Grüßen\nIhr Ill-Werkstätten Recruiting-Team"
        ),
        label=iv(
            iso("2028-11-16 10:30", "Europe/Vienna"),
            None,
            company="Ill-Werkstätten",
            role="Projektleitung Fertigung",
            interviewers=["Verena Nägele", "Lukas Bischof"],
            notes="Personio invitation, titles Mag. and DI dropped; no zone named.",
        ),
    ),
    exchange(
        JOHANNES,
        "hegau-sensorik-kennenlernen",
        "interview",
        start="2028-12-05 14:00",
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        lang="de",
        subject="Kennenlerngespräch Embedded-Entwickler (m/w/d) – Johannes Zimmerlin",
        organizer=("Sabine Wirth", "sabine.wirth@hegau-sensorik.example"),
        attendees=[("Tobias Maier", "tobias.maier@hegau-sensorik.example")],
        date=dh("2028-11-28 09:05", "Europe/Berlin"),
        text=(
            "Hallo Herr Zimmerlin,\n\nwie telefonisch besprochen sende ich Ihnen die "
            "Einladung zu unserem Kennenlerngespräch. Mit dabei ist Tobias Maier, Teamleiter "
            "Firmware.\n\nViele Grüße\nSabine Wirth\nHR Business Partnerin, Hegau Sensorik GmbH"
        ),
        label=iv(
            iso("2028-12-05 14:00", "Europe/Berlin"),
            "Europe/Berlin",
            company="Hegau Sensorik",
            role="Embedded-Entwickler",
            interviewers=["Sabine Wirth", "Tobias Maier"],
            emails=["sabine.wirth@hegau-sensorik.example", "tobias.maier@hegau-sensorik.example"],
            notes="German Outlook 'Wann:' for a Büsingen user; the HR partner sits in.",
        ),
    ),
    exchange(
        ANNALENA,
        "alpstein-treuhand-abgesagt",
        "interview_cancelled",
        start="2028-11-22 09:00",
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        lang="de",
        prefix="Abgesagt: ",
        cancelled=True,
        subject="Vorstellungsgespräch Controlling – A.-L. Frommelt",
        organizer=("Reto Signer", "reto.signer@alpstein-treuhand.example"),
        attendees=[],
        date=dh("2028-11-17 16:40", "Europe/Zurich"),
        text=(
            "Grüezi Frau Frommelt\n\nLeider müssen wir das Gespräch von nächster Woche "
            "absagen, da die Stelle intern besetzt wurde. Wir bedauern die Umstände.\n\n"
            "Freundliche Grüsse\nReto Signer"
        ),
        label=iv(
            iso("2028-11-22 09:00", "Europe/Zurich"),
            "Europe/Berlin",
            company="Alpstein Treuhand",
            role="Controlling",
            interviewers=["Reto Signer"],
            emails=["reto.signer@alpstein-treuhand.example"],
            notes="Swiss Outlook cancellation (METHOD:CANCEL) in W. Europe Standard Time.",
        ),
    ),
    ats(
        ANNALENA,
        "seerhein-logistik-absage",
        "rejection",
        frm=("Seerhein Logistik Karriere", "karriere@seerhein-logistik.example"),
        subject="Ihre Bewerbung als Teamleiterin Disposition",
        date=dh("2028-12-11 11:30", "Europe/Berlin"),
        body=(
            "Sehr geehrte Frau Frommelt,\n\nnochmals vielen Dank für das angenehme Gespräch "
            "und Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung haben wir uns "
            "für eine andere Kandidatin entschieden, deren Profil noch besser zu den "
            "Anforderungen passt.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\n"
            "Mit freundlichen Grüßen\nSeerhein Logistik GmbH"
        ),
        label=note("German rejection after an interview.", company="Seerhein Logistik"),
    ),
    human(
        JOHANNES,
        "randen-automation-zusage",
        "offer",
        frm=("Katrin Oexle", "katrin.oexle@randen-automation.example"),
        subject="Zusage – Ihr Vertrag als Softwareentwickler",
        date=dh("2028-12-19 15:10", "Europe/Berlin"),
        mailer="outlook",
        body=(
            "Hallo Herr Zimmerlin,\n\nwir freuen uns sehr, Ihnen die Stelle als "
            "Softwareentwickler anbieten zu können! Im Anhang finden Sie den Arbeitsvertrag "
            "(Jahresbruttogehalt 72.000 EUR, Start 1. März 2029). Bitte senden Sie uns ein "
            "unterschriebenes Exemplar bis zum 8. Januar zurück.\n\n"
            "Schöne Feiertage!\nKatrin Oexle\nPersonalleitung, Randen Automation GmbH"
        ),
        label=note("German offer with contract attached.", company="Randen Automation"),
    ),
    mail(
        ANNALENA,
        "buchs-hr-abwesenheitsnotiz",
        "auto_reply",
        frm=("Nadine Vetsch", "nadine.vetsch@werdenberg-medtech.example"),
        subject="Abwesenheitsnotiz: Ihre Bewerbung – Qualitätsingenieurin",
        date=dh("2028-12-22 08:01", "Europe/Zurich"),
        extra=AUTO,
        body=(
            "Guten Tag\n\nVielen Dank für Ihre Nachricht. Ich bin bis und mit 5. Januar 2029 "
            "abwesend und ab dem 8. Januar 2029 wieder im Büro. Ihre E-Mail wird nicht "
            "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@werdenberg-"
            "medtech.example.\n\nFreundliche Grüsse\nNadine Vetsch"
        ),
        label=note("Out-of-office over the holidays with a return date.", return_date="2029-01-08"),
    ),
    mail(
        JOHANNES,
        "exchange-ndr-unzustellbar",
        "auto_reply",
        frm=("Microsoft Outlook", "postmaster@hegau-sensorik.example"),
        subject="Unzustellbar: Vielen Dank für das Gespräch",
        date=dh("2028-12-05 17:31", "Europe/Berlin"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        body=(
            "Ihre Nachricht konnte nicht an folgende Empfänger übermittelt werden:\n\n"
            "tobias.meier@hegau-sensorik.example\n"
            "Die E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse des "
            "Empfängers und versuchen Sie es erneut.\n\n"
            "Diagnoseinformationen für Administratoren:\nGenerierender Server: "
            "MAIL01.hegau-sensorik.example\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n\n"
            "Ursprüngliche Nachricht:\nBetreff: Vielen Dank für das Gespräch\n"
            f"Gesendet: {de('2028-12-05')} 17:30"
        ),
        label=note("German Exchange NDR for the user's thank-you note (mistyped address)."),
    ),
    human(
        ANNALENA,
        "schule-elternsprechtag",
        "other",
        frm=("Sekretariat Primarschule Ebenholz", "sekretariat@ps-ebenholz.example"),
        subject="Elternsprechtag: Ihr Termin mit Frau Keller",
        date=dh("2028-11-08 13:15", "Europe/Vaduz"),
        mailer="outlook",
        body=(
            "Liebe Eltern\n\nGerne bestätigen wir Ihren Termin für das Gespräch mit der "
            f"Klassenlehrerin Frau Keller am {de('2028-11-14')} um 16:20 Uhr (Zimmer 12). "
            "Das Gespräch dauert 15 Minuten.\n\nFreundliche Grüsse\nSekretariat"
        ),
        label=note("Parent-teacher meeting: a 'Gespräch' with a time, not a job interview."),
    ),
    # --- French ------------------------------------------------------------------------
    ats(
        LYDIA,
        "sahel-energie-convocation",
        "interview",
        frm=("Sahel Énergie Services", "noreply@successfactors.eu"),
        subject="Convocation à un entretien – Ingénieure HSE",
        date=dh("2028-11-06 09:30", "Africa/Algiers"),
        body=(
            "Madame,\n\nSuite à votre candidature au poste d'Ingénieure HSE, nous avons le "
            "plaisir de vous convier à un entretien le "
            f"{fr('2028-11-14')} à 10h00 (heure d'Alger), dans nos locaux d'Hydra.\n\n"
            "Vous serez reçue par Mme Samia Benali, Directrice HSE, et M. Karim Ouali, "
            "Responsable des ressources humaines.\n\nVeuillez vous munir d'une pièce "
            "d'identité.\n\nCordialement,\nLe service Recrutement"
        ),
        label=iv(
            iso("2028-11-14 10:00", "Africa/Algiers"),
            "Africa/Algiers",
            company="Sahel Énergie Services",
            role="Ingénieure HSE",
            interviewers=["Samia Benali", "Karim Ouali"],
            notes="SuccessFactors convocation in French, 'heure d'Alger', Mme/M. dropped.",
        ),
    ),
    exchange(
        NADIA,
        "banque-alize-quand-paris",
        "interview",
        start="2028-11-28 09:30",
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        minutes=45,
        lang="fr",
        subject="Entretien – Analyste Risque de Crédit",
        organizer=("Capucine Lemaire", "capucine.lemaire@banque-alize.example"),
        attendees=[("Thibault Roux", "thibault.roux@banque-alize.example")],
        date=dh("2028-11-21 10:45", "Europe/Paris"),
        text=(
            "Bonjour Nadia,\n\nComme convenu, voici l'invitation pour votre entretien avec "
            "Thibault Roux (responsable de l'équipe Risques) et moi-même. Attention : l'heure "
            "indiquée est celle de Paris, soit 12h30 à Port-Louis.\n\nBien à vous,\n"
            "Capucine Lemaire\nChargée de recrutement, Banque Alizé"
        ),
        label=iv(
            iso("2028-11-28 09:30", "Europe/Paris"),
            "Europe/Paris",
            company="Banque Alizé",
            role="Analyste Risque de Crédit",
            interviewers=["Capucine Lemaire", "Thibault Roux"],
            emails=["capucine.lemaire@banque-alize.example", "thibault.roux@banque-alize.example"],
            notes="French Outlook 'Quand :' in Paris time for a Mauritius user (+04:00).",
        ),
    ),
    human(
        CLAUDINE,
        "lac-kivu-ong-annulation",
        "interview_cancelled",
        frm=("Maëlle Verhaegen", "maelle.verhaegen@ong-lackivu.example"),
        subject="Annulation : entretien du vendredi 1er décembre",
        date=dh("2028-11-27 16:20", "Europe/Brussels"),
        body=(
            "Chère Claudine,\n\nJe suis au regret de devoir annuler notre entretien prévu le "
            "vendredi 1er décembre à 10h00 (heure de Bruxelles). Le financement du poste de "
            "chargée de programme vient d'être suspendu par notre bailleur. Je reviendrai "
            "vers vous si la situation évolue.\n\nBien cordialement,\nMaëlle Verhaegen\n"
            "Responsable des programmes, ONG Lac Kivu Solidarité"
        ),
        label=iv(
            iso("2028-12-01 10:00", "Europe/Brussels"),
            "Europe/Brussels",
            company="ONG Lac Kivu Solidarité",
            role="Chargée de programme",
            interviewers=["Maëlle Verhaegen"],
            emails=["maelle.verhaegen@ong-lackivu.example"],
            notes="Cancelled slot in Brussels time for a Kigali user; '1er' ordinal.",
        ),
    ),
    human(
        SKANDER,
        "medina-soft-disponibilites",
        "scheduling_request",
        frm=("Amira Chaabane", "amira.chaabane@medinasoft.example"),
        subject="Vos disponibilités pour un entretien technique",
        date=dh("2028-11-15 11:05", "Africa/Tunis"),
        body=(
            "Bonjour Skander,\n\nVotre profil a retenu notre attention pour le poste de "
            "développeur Java. Pourriez-vous nous indiquer vos disponibilités pour un "
            "entretien technique la semaine prochaine ? Par exemple le mardi ou le jeudi "
            "après-midi.\n\nCordialement,\nAmira Chaabane\nTalent Acquisition, Médina Soft"
        ),
        label=note("Asks for availability; no time fixed.", company="Médina Soft"),
    ),
    ats(
        LYDIA,
        "atlas-conseil-refus",
        "rejection",
        frm=("Atlas Conseil – Recrutement", "recrutement@atlasconseil.example"),
        subject="Votre candidature – réponse",
        date=dh("2028-12-13 14:00", "Africa/Algiers"),
        body=(
            "Madame Bouzid-Amrani,\n\nNous vous remercions de l'intérêt que vous portez à "
            "notre cabinet. Après étude attentive de votre dossier, nous sommes au regret de "
            "vous informer que nous ne pouvons pas donner une suite favorable à votre "
            "candidature.\n\nNous conservons votre CV dans notre vivier.\n\nCordialement,\n"
            "Atlas Conseil"
        ),
        label=note("French rejection before any interview.", company="Atlas Conseil"),
    ),
    mail(
        SKANDER,
        "emploi-tunisie-alerte",
        "bulk",
        frm=("Welcome to the Jungle", "alertes@welcometothejungle.com"),
        subject="Alerte emploi : 9 nouvelles offres Développeur Java à Tunis",
        date=dh("2028-11-20 07:00", "Africa/Tunis"),
        extra=bulk("<alertes.welcometothejungle.com>", "https://www.welcometothejungle.com/u/x"),
        body=(
            "Bonjour Skander,\n\nVoici les nouvelles offres correspondant à votre alerte :\n\n"
            "• Développeur Java confirmé – Carthage Fintech – Tunis – entretien en ligne\n"
            "• Ingénieur backend – Hannibal Cloud – Les Berges du Lac\n"
            "• Lead dev Java – Kerkennah Data – télétravail\n\n"
            "Voir toutes les offres\n\nSe désabonner de cette alerte"
        ),
        html_auto=True,
        label=note("Job alert in French mentioning 'entretien en ligne'."),
    ),
    human(
        SKANDER,
        "garage-entretien-vehicule",
        "other",
        frm=("Garage Ennasr Auto", "rdv@ennasr-auto.example"),
        subject="Confirmation de rendez-vous – entretien de votre véhicule",
        date=dh("2028-11-24 17:45", "Africa/Tunis"),
        mailer="outlook",
        body=(
            "Bonjour M. Ben Romdhane,\n\nNous confirmons votre rendez-vous pour l'entretien "
            f"de votre véhicule (vidange + freins) le {fr('2028-11-30')} à 08h30. Merci de "
            "déposer les clés à l'accueil.\n\nGarage Ennasr Auto"
        ),
        label=note("'Entretien' here is car maintenance with a time: not an interview."),
    ),
    # --- Spanish -----------------------------------------------------------------------
    exchange(
        MARISOL,
        "volcan-agua-seguros-cuando",
        "interview",
        start="2028-11-23 10:00",
        zone="Central America Standard Time",
        when_zone="(UTC-06:00) Centroamérica",
        minutes=60,
        lang="es",
        subject="Entrevista – Analista de Suscripción",
        organizer=("Otto Bran", "otto.bran@volcanagua.example"),
        attendees=[("Rebeca Xicará", "rebeca.xicara@volcanagua.example")],
        date=dh("2028-11-16 12:30", "America/Guatemala"),
        text=(
            "Estimada Marisol:\n\nLe confirmo la entrevista para la plaza de Analista de "
            "Suscripción. Estaremos la Ing. Rebeca Xicará (Gerente Técnica) y yo.\n\n"
            "Saludos cordiales,\nLic. Otto Bran\nJefe de Talento Humano, Volcán de Agua Seguros"
        ),
        label=iv(
            iso("2028-11-23 10:00", "America/Guatemala"),
            "America/Guatemala",
            company="Volcán de Agua Seguros",
            role="Analista de Suscripción",
            interviewers=["Otto Bran", "Rebeca Xicará"],
            emails=["otto.bran@volcanagua.example", "rebeca.xicara@volcanagua.example"],
            notes="Spanish Outlook 'Cuándo:' in Central America Standard Time; Lic./Ing. dropped.",
        ),
    ),
    human(
        VALERIA,
        "illimani-mineria-hora-bolivia",
        "interview",
        frm=("Gonzalo Arce", "gonzalo.arce@illimanimd.example"),
        subject="Entrevista - Analista de Datos Geológicos",
        date=dh("2028-11-27 09:40", "America/La_Paz"),
        body=(
            "Hola Valeria,\n\nGracias por postular. Te confirmo la entrevista para el "
            f"{es('2028-12-04')} a las 15:00 (hora de Bolivia) por Google Meet: "
            "https://meet.google.com/hxr-kqwe-pla\n\nSomos yo y nuestra geóloga jefe, Carla "
            "Quispe Villca.\n\nSaludos,\nGonzalo Arce\nGerente de Datos, Illimani Minería "
            "Digital"
        ),
        label=iv(
            iso("2028-12-04 15:00", "America/La_Paz"),
            "America/La_Paz",
            company="Illimani Minería Digital",
            role="Analista de Datos Geológicos",
            interviewers=["Gonzalo Arce", "Carla Quispe Villca"],
            emails=["gonzalo.arce@illimanimd.example"],
            notes="'hora de Bolivia' names the zone; tuteo.",
        ),
    ),
    human(
        ALEJANDRA,
        "otay-mesa-hora-tijuana",
        "interview",
        frm=("Fernanda Ríos Olvera", "fernanda.rios@otaymesamed.example"),
        subject="Confirmación de entrevista – Ingeniera de Calidad",
        date=dh("2028-11-08 16:15", "America/Tijuana"),
        mailer="outlook",
        body=(
            "Buenas tardes Alejandra:\n\nLe confirmo su entrevista presencial el "
            f"{es('2028-11-15')} a las 11:00 a. m., hora de Tijuana, en nuestra planta de "
            "Otay Mesa (Calle Siete 220). La entrevistaré yo junto con el Ing. Mauricio "
            "Lizárraga, gerente de planta.\n\nSaludos cordiales,\nFernanda Ríos Olvera\n"
            "Reclutamiento, Otay Mesa Dispositivos Médicos"
        ),
        label=iv(
            iso("2028-11-15 11:00", "America/Tijuana"),
            "America/Tijuana",
            company="Otay Mesa Dispositivos Médicos",
            role="Ingeniera de Calidad",
            interviewers=["Fernanda Ríos Olvera", "Mauricio Lizárraga"],
            emails=["fernanda.rios@otaymesamed.example"],
            notes="'11:00 a. m., hora de Tijuana' after the US switch (-08:00).",
        ),
    ),
    ats(
        ROLANDO,
        "canal-logistico-calendly-cancelado",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        subject="Cancelado: Entrevista con Grupo Canal Logístico",
        date=dh("2028-11-17 08:30", "America/Panama"),
        body=(
            "Hola Rolando Quintero Batista,\n\nEl evento siguiente ha sido cancelado.\n\n"
            "Tipo de evento:\nEntrevista inicial (30 min)\n\nAnfitrión:\nIvette Sanjur\n\n"
            f"Fecha:\n10:00 - 10:30, {es('2028-11-21', year=True)} (hora de Panamá)\n\n"
            'Motivo de la cancelación:\n"La vacante quedó en pausa. Disculpa las molestias."'
        ),
        label=iv(
            iso("2028-11-21 10:00", "America/Panama"),
            "America/Panama",
            company="Grupo Canal Logístico",
            interviewers=["Ivette Sanjur"],
            notes="Calendly cancellation in Spanish; the host is the interviewer.",
        ),
    ),
    human(
        ESTEBAN,
        "guayas-fintech-disponibilidad",
        "scheduling_request",
        frm=("María José Cevallos", "mj.cevallos@guayasfintech.example"),
        subject="Disponibilidad para entrevista – Analista de Riesgos",
        date=dh("2028-11-13 10:20", "America/Guayaquil"),
        body=(
            "Estimado Esteban:\n\nNos gustaría conversar contigo. ¿Cuál de estos horarios te "
            f"queda mejor?\n\n• {es('2028-11-16')}, 09:00\n• {es('2028-11-17')}, 15:30\n\n"
            "También puedes elegir en este enlace: https://calendly.com/guayasfintech/"
            "entrevista\n\nSaludos,\nMaría José Cevallos\nGuayas Fintech"
        ),
        label=note("Two slots and a booking link: no confirmed time.", company="Guayas Fintech"),
    ),
    human(
        ESTEBAN,
        "pacifico-andino-oferta",
        "offer",
        frm=("Ramiro Benalcázar", "ramiro.benalcazar@pacificoandino.example"),
        subject="Oferta laboral – Analista de Riesgos Senior",
        date=dh("2028-12-18 17:05", "America/Guayaquil"),
        mailer="outlook",
        body=(
            "Estimado Esteban:\n\nEs un gusto comunicarte que queremos que te unas a Banco "
            "Pacífico Andino como Analista de Riesgos Senior. Adjuntamos la carta oferta con "
            "un salario mensual de USD 2.850 y fecha de ingreso el 15 de enero de 2029.\n\n"
            "Agradeceremos tu respuesta hasta el 22 de diciembre.\n\nSaludos cordiales,\n"
            "Ramiro Benalcázar\nGerente de Talento"
        ),
        label=note("Spanish offer letter with salary.", company="Banco Pacífico Andino"),
    ),
    mail(
        ROLANDO,
        "istmo-respuesta-automatica",
        "auto_reply",
        frm=("Ivonne Castrellón", "ivonne.castrellon@istmoports.example"),
        subject="Respuesta automática: Entrevista del jueves",
        date=dh("2028-12-21 11:46", "America/Panama"),
        extra=AUTO,
        body=(
            "Gracias por su mensaje. Me encuentro de vacaciones y regreso el 2 de enero de "
            "2029. Para temas de reclutamiento, escriba a talento@istmoports.example.\n\n"
            "Ivonne Castrellón"
        ),
        label=note("Spanish out-of-office with a return date.", return_date="2029-01-02"),
    ),
    human(
        YAHAIRA,
        "periodico-entrevista-emprendedoras",
        "other",
        frm=("Luisa Mercedes Abreu", "lmabreu@diario-caribe.example"),
        subject="Solicitud de entrevista para reportaje sobre emprendedoras",
        date=dh("2028-11-10 13:30", "America/Santo_Domingo"),
        body=(
            "Hola Yahaira:\n\nSoy periodista de Diario Caribe. Estamos preparando un "
            "reportaje sobre mujeres emprendedoras en tecnología y nos encantaría "
            f"entrevistarte. ¿Te vendría bien el {es('2028-11-16')} a las 10:00 en nuestra "
            "redacción?\n\nUn saludo,\nLuisa Mercedes Abreu"
        ),
        label=note("A journalist's interview request with a time: not a job interview."),
    ),
]
