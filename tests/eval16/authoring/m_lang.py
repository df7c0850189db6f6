"""Mail written in German, French and Spanish by local senders (every kind)."""

from __future__ import annotations

from .kit import (
    ANOUK,
    AUTO,
    BENJAMIN,
    CITLALI,
    FLORENCIA,
    FLORENTINA,
    GONZALO,
    HENRIKE,
    LAZARO,
    MARGAUX,
    MAXIME,
    NEREA,
    URS,
    YASSINE,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    lab,
    note,
    owa,
    person,
    quoted,
    raw_mail,
    vendor,
)

# --- German ------------------------------------------------------------------------------
GERMAN = [
    exchange(
        HENRIKE,
        "elbufer-energie-vorstellungsgespraech-teams",
        "interview",
        start="2035-03-27 10:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Vorstellungsgespräch Henrike Paulsen-Adeyemi – Referentin Energiewirtschaft",
        organizer=("Jana Wiechmann", "jana.wiechmann@elbufer-energie.example"),
        attendees=[
            ("Dr. Sönke Harms", "soenke.harms@elbufer-energie.example"),
            ("Mareike Lüders", "mareike.lueders@elbufer-energie.example"),
        ],
        date=dh("2035-03-20 14:36", "Europe/Berlin"),
        text=(
            "Sehr geehrte Frau Paulsen-Adeyemi,\n\nvielen Dank für Ihre Bewerbung. Wie "
            "telefonisch besprochen, laden wir Sie herzlich zu einem Vorstellungsgespräch "
            "per Microsoft Teams ein. Ihre Gesprächspartner sind Dr. Sönke Harms "
            "(Bereichsleiter Energiewirtschaft) und Mareike Lüders (Personalreferentin).\n\n"
            "Bitte beachten Sie, dass am Wochenende die Uhren auf Sommerzeit umgestellt "
            "werden.\n\nMit freundlichen Grüßen\nJana Wiechmann\nRecruiting, Elbufer Energie "
            "GmbH"
        ),
        lang="de",
        label=lab(
            "2035-03-27 10:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Elbufer Energie",
            role="Referentin Energiewirtschaft",
            who=["Sönke Harms", "Mareike Lüders"],
            emails=[
                "soenke.harms@elbufer-energie.example",
                "mareike.lueders@elbufer-energie.example",
            ],
            notes="German Exchange request; sent in CET, interview in CEST; the organiser "
            "only arranges.",
        ),
    ),
    person(
        URS,
        "sihlquai-versicherung-einladung-bewerbungsgespraech",
        "interview",
        frm=("Corinne Egli", "corinne.egli@sihlquai-versicherung.example"),
        subject="Einladung zum Bewerbungsgespräch - Data Engineer (80-100 %)",
        date=dh("2035-02-26 15:20", "Europe/Zurich"),
        body=(
            "Grüezi Herr Zbinden\n\nBesten Dank für Ihre Bewerbung und Ihr Interesse an "
            "der Sihlquai Versicherung. Gerne laden wir Sie zu einem ersten Gespräch ein:\n\n"
            f"Datum: {de('2035-03-06')}\nZeit: 14.00 - 15.00 Uhr\n"
            "Ort: Sihlquai Versicherung, Hardstrasse 201, 8005 Zürich, Empfang Haus B\n"
            "Gesprächspartner: Beat Imhof (Teamleiter Data Platform) und Corinne Egli "
            "(HR Business Partner)\n\n"
            "Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\n"
            "Freundliche Grüsse\nCorinne Egli\nHR Business Partner\n"
        ),
        html=True,
        charset="ISO-8859-1",
        cte="quoted-printable",
        label=lab(
            "2035-03-06 14:00",
            "Europe/Zurich",
            None,
            company="Sihlquai Versicherung",
            role="Data Engineer",
            who=["Beat Imhof", "Corinne Egli"],
            emails=["corinne.egli@sihlquai-versicherung.example"],
            notes="Swiss German (no ß), ISO-8859-1 quoted-printable; HR sits in.",
        ),
    ),
    person(
        FLORENTINA,
        "donaukanal-media-passt-donnerstag",
        "interview",
        frm=("Lukas Haberl", "lukas.haberl@donaukanal-media.example"),
        subject="AW: Gespräch Junior Art Director",
        date=dh("2035-02-19 18:02", "Europe/Vienna"),
        body=(
            "Hallo Florentina,\n\npasst, dann Donnerstag um 10 bei uns im Büro (Obere "
            "Donaustraße 55, 3. Stock, einfach läuten). Ich bring noch unsere Kreativchefin "
            "Sabine Wallner mit.\n\nLG Lukas\n\nVon meinem iPhone gesendet\n"
            + quoted(
                "2035-02-19 12:40",
                "Europe/Vienna",
                "Florentina Moosbrugger <florentina.moosbrugger@example.org>",
                f"Lieber Lukas,\n\ndanke für die Einladung! Ich könnte am {de('2035-02-22')} "
                "um 10 Uhr oder am Freitag ab 14 Uhr.\n\nLiebe Grüße\nFlorentina",
                "apple",
            )
        ),
        label=lab(
            "2035-02-22 10:00",
            "Europe/Vienna",
            None,
            company="Donaukanal Media",
            role="Junior Art Director",
            who=["Lukas Haberl", "Sabine Wallner"],
            emails=["lukas.haberl@donaukanal-media.example"],
            notes="Austrian mobile reply; the date only in the quoted mail.",
        ),
    ),
    owa(
        HENRIKE,
        "hafenwerk-logistik-kennenlerngespraech-owa",
        "interview",
        start="2035-04-12 13:30",
        zone="W. Europe Standard Time",
        minutes=45,
        subject="Kennenlerngespräch Hafenwerk Logistik / Henrike Paulsen-Adeyemi",
        organizer=("Ole Brandt", "ole.brandt@hafenwerk.example"),
        attendees=[("Tanja Ehlers", "tanja.ehlers@hafenwerk.example")],
        date=dh("2035-04-04 09:14", "Europe/Berlin"),
        text=(
            "Hallo Frau Paulsen-Adeyemi,\n\nwie am Telefon besprochen, hier die Einladung zu "
            "unserem Kennenlerngespräch. Dabei sind Tanja Ehlers (Leitung Disposition) und "
            "ich.\n\nViele Grüße\nOle Brandt\nGeschäftsführer"
        ),
        lang="de",
        label=lab(
            "2035-04-12 13:30",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Hafenwerk Logistik",
            who=["Tanja Ehlers", "Ole Brandt"],
            emails=["tanja.ehlers@hafenwerk.example", "ole.brandt@hafenwerk.example"],
            notes="German Outlook on the web, HTML only, time only in the calendar.",
        ),
    ),
    person(
        URS,
        "sihlquai-versicherung-verschiebung-zweitgespraech",
        "interview",
        frm=("Corinne Egli", "corinne.egli@sihlquai-versicherung.example"),
        subject="Verschiebung Zweitgespräch Data Engineer",
        date=dh("2035-03-19 08:47", "Europe/Zurich"),
        body=(
            "Grüezi Herr Zbinden\n\nLeider muss Herr Imhof den für Donnerstag vereinbarten "
            "Termin verschieben. Neu schlagen wir Ihnen folgenden Termin vor, den wir "
            "bereits für Sie reserviert haben:\n\n"
            f"{de('2035-03-28')}, 09.30 – 11.00 Uhr, gleicher Ort\n"
            "Gesprächspartner: Beat Imhof und Andrea Frischknecht (Leiterin IT)\n\n"
            "Sollte dies nicht passen, melden Sie sich bitte bei mir.\n\n"
            "Freundliche Grüsse\nCorinne Egli\n"
        ),
        label=lab(
            "2035-03-28 09:30",
            "Europe/Zurich",
            None,
            company="Sihlquai Versicherung",
            role="Data Engineer",
            who=["Beat Imhof", "Andrea Frischknecht"],
            notes="Reschedule with the new time already reserved (CEST after the switch).",
        ),
    ),
    person(
        FLORENTINA,
        "grabenhof-hotels-terminabsage-krankheit",
        "interview_cancelled",
        frm=("Mag. Birgit Pröll", "birgit.proell@grabenhof-hotels.example"),
        subject="Terminabsage: Gespräch am Freitag",
        date=dh("2035-03-07 16:55", "Europe/Vienna"),
        body=(
            "Sehr geehrte Frau Moosbrugger,\n\nleider muss ich unser für "
            f"{de('2035-03-09')} um 11:00 Uhr geplantes Gespräch krankheitsbedingt absagen. "
            "Ihre Bewerbung ist davon natürlich nicht betroffen – ich melde mich nächste "
            "Woche mit neuen Terminvorschlägen.\n\nBitte entschuldigen Sie die kurzfristige "
            "Absage.\n\nMit freundlichen Grüßen\nBirgit Pröll\nHR Grabenhof Hotels\n"
        ),
        agent="Microsoft Outlook 16.0",
        label=lab(
            "2035-03-09 11:00",
            "Europe/Vienna",
            None,
            company="Grabenhof Hotels",
            who=["Birgit Pröll"],
            notes="'Absage' of the appointment, not of the application: a cancellation with "
            "new dates only promised.",
        ),
    ),
    person(
        HENRIKE,
        "speicherstadt-analytics-terminvorschlag",
        "scheduling_request",
        frm=("Friederike Dallmann", "f.dallmann@speicherstadt-analytics.example"),
        subject="Terminvorschlag für ein erstes Gespräch",
        date=dh("2035-03-05 11:22", "Europe/Berlin"),
        body=(
            "Liebe Frau Paulsen-Adeyemi,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. "
            "Wir würden Sie gern kennenlernen. Hätten Sie an einem der folgenden Termine "
            "Zeit?\n\n"
            f"– {de('2035-03-12')}, 10:00 Uhr\n– {de('2035-03-13')}, 15:30 Uhr\n"
            f"– {de('2035-03-15')}, 09:00 Uhr\n\n"
            "Alternativ können Sie sich auch direkt einen Termin über unseren Kalender "
            "buchen: https://termine.speicherstadt-analytics.example/erstgespraech\n\n"
            "Viele Grüße\nFriederike Dallmann\n"
        ),
        label=note(
            "Three proposed times and a booking link; nothing fixed yet.",
            company="Speicherstadt Analytics",
        ),
    ),
    person(
        URS,
        "aare-medtech-absage-bewerbung",
        "rejection",
        frm=("Aare Medtech AG", "jobs@aare-medtech.example"),
        subject="Ihre Bewerbung als Software Engineer Medizintechnik",
        date=dh("2035-04-10 10:05", "Europe/Zurich"),
        body=(
            "Sehr geehrter Herr Zbinden\n\nWir danken Ihnen für Ihre Bewerbung und das "
            "angenehme Gespräch mit Herrn Moser. Nach sorgfältiger Prüfung aller Unterlagen "
            "haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den "
            "Anforderungen der Stelle passt.\n\nWir bedauern, Ihnen keinen positiven "
            "Bescheid geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles "
            "Gute.\n\nFreundliche Grüsse\nAare Medtech AG\nHuman Resources\n"
        ),
        html=True,
        label=note("Swiss rejection after an interview.", company="Aare Medtech"),
    ),
    person(
        FLORENTINA,
        "donaukanal-media-zusage-vertragsangebot",
        "offer",
        frm=("Lukas Haberl", "lukas.haberl@donaukanal-media.example"),
        subject="Zusage & Vertragsangebot – Junior Art Director",
        date=dh("2035-03-02 17:30", "Europe/Vienna"),
        body=(
            "Liebe Florentina,\n\nwir freuen uns sehr, dir mitteilen zu können, dass wir "
            "dich gerne als Junior Art Director bei uns im Team hätten! Im Anhang findest du "
            "unser Vertragsangebot (38,5 Stunden, Bruttojahresgehalt laut Anhang, Start am "
            "2. Mai 2035).\n\nGib uns bitte bis Ende nächster Woche Bescheid. Bei Fragen ruf "
            "mich jederzeit an.\n\nLG Lukas\n"
        ),
        label=note(
            "Offer with the contract attached (mentioned).",
            company="Donaukanal Media",
            role="Junior Art Director",
        ),
    ),
    raw_mail(
        HENRIKE,
        "nordlicht-consulting-abwesenheitsnotiz-ostern",
        "auto_reply",
        frm=("Kerstin Vollmer", "kerstin.vollmer@nordlicht-consulting.example"),
        subject="Abwesenheitsnotiz: Ihre Bewerbung als Beraterin Energiewende",
        date=dh("2035-03-22 09:01", "Europe/Berlin"),
        body=(
            "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
            "30. März im Osterurlaub und ab Montag, 2. April 2035 wieder im Büro. Ihre "
            "E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "bewerbung@nordlicht-consulting.example.\n\nMit freundlichen Grüßen\n"
            "Kerstin Vollmer\n"
        ),
        extra=AUTO,
        label=note("German out-of-office with a return date.", return_date="2035-04-02"),
    ),
    vendor(
        URS,
        "xing-newsletter-vorstellungsgespraech-tipps",
        "bulk",
        frm=("XING Karriere", "newsletter@mail.xing.com"),
        subject="Vorstellungsgespräch: Diese 5 Fragen sollten Sie immer stellen",
        date=dh("2035-03-14 07:00", "Europe/Zurich"),
        body=(
            "Hallo Urs,\n\ndas Vorstellungsgespräch ist die wichtigste Etappe im "
            "Bewerbungsprozess. Unsere Karriere-Expertin erklärt, welche Fragen Sie am Ende "
            "immer stellen sollten – und welche lieber nicht.\n\nJetzt lesen\n\n"
            "Außerdem: Gehaltsverhandlung in der Schweiz – was ist realistisch?\n\n"
            "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden\n"
        ),
        extra=bulk("<karriere-newsletter.xing.com>", "https://www.xing.com/unsubscribe/k3f9"),
        label=note("Interview-themed newsletter."),
    ),
    exchange(
        URS,
        "aktuelle-stelle-jaehrliches-mitarbeitergespraech",
        "other",
        start="2035-03-20 16:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Jährliches Mitarbeitergespräch 2035 – Urs Zbinden",
        organizer=("Reto Hählen", "reto.haehlen@glatttal-logistik.example"),
        attendees=[],
        date=dh("2035-03-09 11:15", "Europe/Zurich"),
        text=(
            "Hoi Urs\n\nWie jedes Jahr möchte ich mit dir dein Mitarbeitergespräch führen: "
            "Rückblick 2034, Ziele 2035 und deine Weiterbildungswünsche. Bitte füll vorher die "
            "Selbsteinschätzung im HR-Portal aus.\n\nGruss\nReto"
        ),
        lang="de",
        with_teams=False,
        location="Sitzungszimmer Rhein, 2. OG",
        label=note("Annual review with the user's current manager, not a job interview."),
    ),
]

# --- French ------------------------------------------------------------------------------
FRENCH = [
    vendor(
        ANOUK,
        "wttj-entretien-confirme-canopee-bio",
        "interview",
        frm=("Canopée Bio via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
        reply_to=("Hélène Marchal", "helene.marchal@canopee-bio.example"),
        subject="Votre entretien avec Canopée Bio est confirmé",
        date=dh("2035-03-08 10:40", "Europe/Paris"),
        body=(
            "Bonjour Anouk,\n\nVotre entretien pour le poste de Responsable contrôle de "
            "gestion chez Canopée Bio est confirmé.\n\n"
            f"Date : {fr('2035-03-14')}\nHeure : 11h00 – 12h00 (heure de Paris)\n"
            "Format : visioconférence (Google Meet)\n"
            "Avec : Hélène Marchal, Directrice administrative et financière\n\n"
            "Besoin de modifier le créneau ? Répondez directement à Hélène.\n\n"
            "Bonne chance !\nL'équipe Welcome to the Jungle\n"
        ),
        html_only=True,
        label=lab(
            "2035-03-14 11:00",
            "Europe/Paris",
            "Europe/Paris",
            company="Canopée Bio",
            role="Responsable contrôle de gestion",
            who=["Hélène Marchal"],
            emails=["helene.marchal@canopee-bio.example"],
            notes="Welcome to the Jungle confirmation, HTML only.",
        ),
    ),
    person(
        MAXIME,
        "hydro-boreal-convocation-entrevue",
        "interview",
        frm=("Josée Tremblay-Caron", "josee.tremblay@hydroboreal.example"),
        subject="Convocation à une entrevue - Analyste en cybersécurité",
        date=dh("2035-03-07 13:25", "America/Toronto"),
        body=(
            "Bonjour Maxime,\n\nÀ la suite de l'analyse de votre candidature, nous avons le "
            "plaisir de vous convier à une entrevue pour le poste d'analyste en "
            f"cybersécurité, le {fr('2035-03-15')} à 13 h 30 (heure de Montréal), à nos "
            "bureaux du 1200, boulevard René-Lévesque Ouest, 8e étage.\n\n"
            "Le comité sera composé de M. Patrice Gingras, chef de la sécurité de "
            "l'information, et de Mme Nadia Bélanger-Roy, conseillère en acquisition de "
            "talents.\n\nVeuillez confirmer votre présence en répondant à ce courriel.\n\n"
            "Au plaisir,\nJosée Tremblay-Caron\nAcquisition de talents, Hydro Boréal\n"
        ),
        agent="Microsoft Outlook 16.0",
        charset="ISO-8859-1",
        cte="quoted-printable",
        label=lab(
            "2035-03-15 13:30",
            "America/Toronto",
            "America/Toronto",
            company="Hydro Boréal",
            role="Analyste en cybersécurité",
            who=["Patrice Gingras", "Nadia Bélanger-Roy"],
            notes="Québec French 'entrevue'; sent in EST, interview in EDT after 11 March.",
        ),
    ),
    person(
        YASSINE,
        "carthage-telecom-invitation-entretien",
        "interview",
        frm=("Service Recrutement Carthage Télécom", "recrutement@carthage-telecom.example"),
        subject="Invitation à un entretien – Ingénieur Réseaux",
        date=dh("2035-02-20 09:10", "Africa/Tunis"),
        body=(
            "Monsieur Ben Salah-Gharbi,\n\nNous avons le plaisir de vous inviter à un "
            "entretien technique pour le poste d'Ingénieur Réseaux, qui aura lieu le "
            f"{fr('2035-02-27')} à 13h30 (heure de Tunis) à notre siège, Les Berges du Lac 2.\n\n"
            "Vous serez reçu par M. Karim Jaziri, Directeur technique, et Mme Olfa "
            "Trabelsi, Responsable RH. Merci de vous munir de votre CIN et de vos diplômes.\n\n"
            "Cordialement,\nLe Service Recrutement\n"
        ),
        html=True,
        label=lab(
            "2035-02-27 13:30",
            "Africa/Tunis",
            "Africa/Tunis",
            company="Carthage Télécom",
            role="Ingénieur Réseaux",
            who=["Karim Jaziri", "Olfa Trabelsi"],
            notes="Tunisian French invitation.",
        ),
    ),
    exchange(
        MARGAUX,
        "sablon-assurances-entretien-teams",
        "interview",
        start="2035-04-17 14:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entretien – Juriste compliance – Margaux Vandenbroucke",
        organizer=("Sophie Lambotte", "sophie.lambotte@sablon-assurances.example"),
        attendees=[("Maître Thierry Dewael", "thierry.dewael@sablon-assurances.example")],
        date=dh("2035-04-05 16:20", "Europe/Brussels"),
        text=(
            "Bonjour Madame Vandenbroucke,\n\nSuite à notre échange téléphonique, je vous "
            "envoie l'invitation pour l'entretien avec Maître Thierry Dewael, General Counsel. "
            "Je serai également présente.\n\nBien à vous,\nSophie Lambotte\nTalent "
            "Acquisition"
        ),
        lang="fr",
        label=lab(
            "2035-04-17 14:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Sablon Assurances",
            role="Juriste compliance",
            who=["Thierry Dewael", "Sophie Lambotte"],
            emails=[
                "thierry.dewael@sablon-assurances.example",
                "sophie.lambotte@sablon-assurances.example",
            ],
            notes="French Exchange request to a Brussels user (Romance maps to Paris).",
        ),
    ),
    person(
        ANOUK,
        "atelier-ferrand-rendez-vous-confirme",
        "interview",
        frm=("Bastien Ferrand", "bastien@atelier-ferrand.example"),
        subject="Re: Candidature – Cheffe de projet digital",
        date=dh("2035-04-03 18:45", "Europe/Paris"),
        body=(
            "Bonsoir Anouk,\n\nParfait, je vous confirme notre rendez-vous jeudi à 9h30 à "
            "l'atelier (14 rue de la Folie-Méricourt, code 4821B). Vous rencontrerez aussi "
            "Clotilde, notre directrice de création.\n\nÀ jeudi,\nBastien\n"
            + quoted(
                "2035-04-03 12:02",
                "Europe/Paris",
                "Anouk Le Bihan-Traoré <anouk.lebihan@example.net>",
                "Bonjour Bastien,\n\nMerci pour votre retour. Je suis disponible le "
                f"{fr('2035-04-05')} à 9h30 ou le vendredi après-midi.\n\nBien cordialement,\n"
                "Anouk",
            )
        ),
        label=lab(
            "2035-04-05 09:30",
            "Europe/Paris",
            None,
            company="Atelier Ferrand",
            role="Cheffe de projet digital",
            who=["Bastien Ferrand", "Clotilde"],
            emails=["bastien@atelier-ferrand.example"],
            notes="'rendez-vous' for the interview; the date only in the quoted mail.",
        ),
    ),
    person(
        MAXIME,
        "hydro-boreal-annulation-entrevue",
        "interview_cancelled",
        frm=("Josée Tremblay-Caron", "josee.tremblay@hydroboreal.example"),
        subject="Annulation de l'entrevue du 15 mars",
        date=dh("2035-03-13 10:05", "America/Toronto"),
        body=(
            "Bonjour Maxime,\n\nJe suis désolée de devoir annuler l'entrevue prévue le "
            f"{fr('2035-03-15')} à 13 h 30 : M. Gingras doit se rendre d'urgence à notre "
            "centre de Baie-Comeau. Nous vous proposerons de nouvelles dates d'ici la fin "
            "de la semaine prochaine.\n\nMerci de votre compréhension,\nJosée\n"
        ),
        agent="Microsoft Outlook 16.0",
        label=lab(
            "2035-03-15 13:30",
            "America/Toronto",
            None,
            company="Hydro Boréal",
            role="Analyste en cybersécurité",
            who=["Gingras"],
            notes="Cancellation; new dates only promised.",
        ),
    ),
    person(
        YASSINE,
        "kasbah-systemes-vos-disponibilites",
        "scheduling_request",
        frm=("Amel Chaabane", "amel.chaabane@kasbahsystemes.example"),
        subject="Vos disponibilités pour un entretien",
        date=dh("2035-03-21 11:30", "Africa/Tunis"),
        body=(
            "Bonjour Yassine,\n\nVotre profil a retenu notre attention pour le poste "
            "d'Administrateur systèmes Linux. Pourriez-vous m'indiquer vos disponibilités la "
            "semaine prochaine pour un premier entretien d'une trentaine de minutes par "
            "téléphone ?\n\nBien cordialement,\nAmel Chaabane\nChargée de recrutement, "
            "Kasbah Systèmes\n"
        ),
        label=note("Asks for availability; no time yet.", company="Kasbah Systèmes"),
    ),
    person(
        MARGAUX,
        "cinquantenaire-conseil-reponse-candidature",
        "rejection",
        frm=("Cinquantenaire Conseil – Recrutement", "jobs@cinquantenaire-conseil.example"),
        subject="Réponse à votre candidature – Consultante réglementaire",
        date=dh("2035-03-12 15:00", "Europe/Brussels"),
        body=(
            "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Cinquantenaire "
            "Conseil et du temps consacré à nos entretiens. Après mûre réflexion, nous "
            "sommes au regret de vous informer que nous ne donnerons pas suite à votre "
            "candidature pour ce poste.\n\nNous conservons toutefois votre CV et ne "
            "manquerons pas de revenir vers vous si une opportunité correspondant à votre "
            "profil se présentait.\n\nNous vous prions d'agréer, Madame, l'expression de nos "
            "salutations distinguées.\n\nLe service Recrutement\n"
        ),
        html=True,
        label=note(
            "Formal Belgian French rejection after interviews.", company="Cinquantenaire Conseil"
        ),
    ),
    person(
        ANOUK,
        "canopee-bio-proposition-embauche",
        "offer",
        frm=("Hélène Marchal", "helene.marchal@canopee-bio.example"),
        subject="Proposition d'embauche – Responsable contrôle de gestion",
        date=dh("2035-03-23 17:12", "Europe/Paris"),
        body=(
            "Bonjour Anouk,\n\nSuite à nos échanges, j'ai le plaisir de vous confirmer notre "
            "souhait de vous accueillir au poste de Responsable contrôle de gestion, en CDI, "
            "statut cadre, avec une rémunération annuelle brute de 58 000 € sur 12 mois. "
            "Vous trouverez la promesse d'embauche en pièce jointe.\n\nPouvez-vous nous faire "
            "part de votre décision d'ici le 30 mars ?\n\nBien cordialement,\nHélène Marchal\n"
            "DAF, Canopée Bio\n"
        ),
        label=note(
            "Written offer with salary and a deadline.",
            company="Canopée Bio",
            role="Responsable contrôle de gestion",
        ),
    ),
    raw_mail(
        MAXIME,
        "laurentides-bio-reponse-automatique-absence",
        "auto_reply",
        frm=("Geneviève Ouellet-Sirois", "g.ouellet@laurentides-bio.example"),
        subject="Réponse automatique : Candidature – Biostatisticien",
        date=dh("2035-03-29 08:31", "America/Toronto"),
        body=(
            "Bonjour,\n\nJe suis absente du bureau jusqu'au 6 avril inclusivement et serai de "
            "retour le lundi 9 avril. Pour toute question urgente concernant le recrutement, "
            "veuillez écrire à rh@laurentides-bio.example.\n\nMerci,\nGeneviève Ouellet-Sirois\n"
        ),
        extra=AUTO,
        label=note("Québec out-of-office; return Monday 9 April.", return_date="2035-04-09"),
    ),
    vendor(
        YASSINE,
        "emploi-maghreb-offres-semaine",
        "bulk",
        frm=("Emploi Maghreb", "alertes@emploi-maghreb.example"),
        subject="12 nouvelles offres d'emploi pour « ingénieur réseaux » à Tunis",
        date=dh("2035-03-05 06:30", "Africa/Tunis"),
        body=(
            "Bonjour Yassine,\n\nVoici les nouvelles offres correspondant à votre alerte :\n\n"
            "• Ingénieur réseaux et sécurité – Sfax Data Center – Sfax\n"
            "• Ingénieur support N2 – Opérateur télécom – Tunis\n"
            "• Administrateur réseaux – Groupe bancaire – Les Berges du Lac\n\n"
            "Voir les 12 offres\n\nConseil de la semaine : comment préparer un entretien "
            "technique ?\n\nGérer mes alertes | Se désabonner\n"
        ),
        extra=bulk("<alertes.emploi-maghreb.example>", "https://emploi-maghreb.example/u/8842"),
        label=note("Job alert from an invented board."),
    ),
    exchange(
        MARGAUX,
        "poste-actuel-entretien-annuel-evaluation",
        "other",
        start="2035-03-29 10:00",
        zone="Romance Standard Time",
        minutes=90,
        subject="Entretien annuel d'évaluation – Margaux Vandenbroucke",
        organizer=("Pierre-Yves Delvaux", "py.delvaux@meuse-conseil.example"),
        attendees=[],
        date=dh("2035-03-13 09:40", "Europe/Brussels"),
        text=(
            "Bonjour Margaux,\n\nJe te propose ce créneau pour ton entretien annuel "
            "d'évaluation. Merci de compléter ton auto-évaluation dans l'outil RH avant la "
            "réunion.\n\nBonne journée,\nPierre-Yves"
        ),
        lang="fr",
        label=note(
            "Annual appraisal at the user's current employer ('entretien annuel'), "
            "not a job interview."
        ),
    ),
]

# --- Spanish -----------------------------------------------------------------------------
SPANISH = [
    person(
        BENJAMIN,
        "quebrada-alta-entrevista-tras-cambio-hora",
        "interview",
        frm=("Catalina Errázuriz Vial", "catalina.errazuriz@quebradaalta.example"),
        subject="Entrevista – Jefe de Exportaciones",
        date=dh("2035-04-04 12:40", "America/Santiago"),
        body=(
            "Estimado Benjamín:\n\nJunto con saludar, te confirmamos la entrevista para el "
            f"cargo de Jefe de Exportaciones el {es('2035-04-10')} a las 10:00 hrs (hora de "
            "Santiago), en nuestras oficinas de Av. Apoquindo 3650, piso 11.\n\n"
            "Te entrevistarán Rodrigo Larraín, gerente comercial, y Francisca Munita, de "
            "Personas. Te recuerdo que el sábado 7 se atrasa la hora.\n\n"
            "Saludos cordiales,\nCatalina Errázuriz Vial\nSelección, Viña Quebrada Alta\n"
        ),
        html=True,
        label=lab(
            "2035-04-10 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Viña Quebrada Alta",
            role="Jefe de Exportaciones",
            who=["Rodrigo Larraín", "Francisca Munita"],
            notes="Sent at -03, interview at -04 after Chile's switch on the night of 7 to "
            "8 April.",
        ),
    ),
    person(
        CITLALI,
        "xochimilco-fintech-confirmamos-entrevista",
        "interview",
        frm=("Reclutamiento Xochi Fintech", "talento@xochifintech.example"),
        subject="¡Te confirmamos tu entrevista! – Analista de Riesgos",
        date=dh("2035-03-09 19:10", "America/Mexico_City"),
        body=(
            "¡Hola Citlali!\n\nGracias por tu interés en Xochi Fintech. Te confirmamos tu "
            "entrevista por videollamada:\n\n"
            f"📅 {es('2035-03-14', year=True)}\n🕛 12:00 hrs (hora del centro de México)\n"
            "👥 Con: Emiliano Treviño (Head of Risk) y Ximena Lugo (People)\n\n"
            "Te llegará la liga de Google Meet un día antes. ¡Mucho éxito!\n\n"
            "Equipo de Talento\n"
        ),
        html_only=True,
        label=lab(
            "2035-03-14 12:00",
            "America/Mexico_City",
            "America/Mexico_City",
            company="Xochi Fintech",
            role="Analista de Riesgos",
            who=["Emiliano Treviño", "Ximena Lugo"],
            notes="HTML only with emoji; Mexico City has no DST since 2022 (the US switch "
            "falls in between).",
        ),
    ),
    person(
        GONZALO,
        "andina-mineria-entrevista-presencial",
        "interview",
        frm=("Selección Andina Minería", "seleccion@andinamineria.example"),
        subject="Programación de entrevista presencial - Ingeniero de Planeamiento",
        date=dh("2035-02-23 16:45", "America/Lima"),
        body=(
            "Estimado Gonzalo Villanueva:\n\nReciba un cordial saludo. Por medio del "
            "presente le comunicamos que ha sido seleccionado para la etapa de entrevista "
            "presencial, según el siguiente detalle:\n\n"
            f"Fecha: {es('2035-03-01')}\nHora: 9:00 a.m.\nLugar: Av. Javier Prado Este 4200, "
            "Surco - Torre Andina, piso 7\n"
            "Entrevistadores: Ing. Marco Zevallos (Superintendente de Planeamiento) y Lic. "
            "Rosa Tapia (Gestión Humana)\n\nSe le agradece acudir con 15 minutos de "
            "anticipación y portar su DNI.\n\nAtentamente,\nÁrea de Selección\n"
        ),
        charset="ISO-8859-1",
        cte="base64",
        label=lab(
            "2035-03-01 09:00",
            "America/Lima",
            None,
            company="Andina Minería",
            role="Ingeniero de Planeamiento",
            who=["Marco Zevallos", "Rosa Tapia"],
            notes="Peruvian formal usted; ISO-8859-1 base64.",
        ),
    ),
    person(
        FLORENCIA,
        "rambla-software-quedamos-jueves",
        "interview",
        frm=("Martín Ferreira", "martin.ferreira@ramblasoftware.example"),
        subject="Re: Entrevista Desarrolladora Backend",
        date=dh("2035-03-05 20:15", "America/Montevideo"),
        body=(
            "¡Buenísimo, Florencia! Quedamos entonces el jueves a las 15 h en la oficina "
            "(Rambla Gandhi 405, tocá timbre 3). Va a estar también Valentina, que lidera "
            "el equipo de pagos.\n\nAbrazo,\nMartín\n"
            + quoted(
                "2035-03-05 18:02",
                "America/Montevideo",
                "Florencia Sosa <florencia.sosa@example.net>",
                f"Hola Martín, gracias por escribir. El {es('2035-03-08')} a las 15 h me "
                "queda perfecto, si les sirve.\n\nSaludos,\nFlorencia",
            )
        ),
        label=lab(
            "2035-03-08 15:00",
            "America/Montevideo",
            None,
            company="Rambla Software",
            role="Desarrolladora Backend",
            who=["Martín Ferreira", "Valentina"],
            emails=["martin.ferreira@ramblasoftware.example"],
            notes="Uruguayan voseo; the date only in the quoted mail.",
        ),
    ),
    exchange(
        NEREA,
        "urdaibai-renovables-entrevista-teams",
        "interview",
        start="2035-04-19 09:30",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entrevista – Técnica de Sostenibilidad – Nerea Arrizabalaga",
        organizer=("Itziar Urkiola", "iurkiola@urdaibai-renovables.example"),
        attendees=[("Asier Mendizabal", "amendizabal@urdaibai-renovables.example")],
        date=dh("2035-04-11 12:05", "Europe/Madrid"),
        text=(
            "Hola Nerea:\n\nComo hablamos por teléfono, te envío la convocatoria para la "
            "entrevista con Asier Mendizabal, responsable de Sostenibilidad. Durará una "
            "hora aproximadamente.\n\nUn saludo,\nItziar Urkiola\nSelección y Desarrollo"
        ),
        lang="es",
        label=lab(
            "2035-04-19 09:30",
            "Romance Standard Time",
            "Europe/Paris",
            company="Urdaibai Renovables",
            role="Técnica de Sostenibilidad",
            who=["Asier Mendizabal"],
            emails=["amendizabal@urdaibai-renovables.example"],
            notes="Spanish Exchange request; the organiser only arranges.",
        ),
    ),
    person(
        LAZARO,
        "teide-turismo-entrevista-la-habana",
        "interview",
        frm=("Yaiza Hernández Cabrera", "yaiza.hernandez@teideturismo.example"),
        subject="Entrevista por videollamada – Coordinador de Reservas (remoto)",
        date=dh("2035-03-08 11:20", "America/Havana"),
        body=(
            "Hola, Lázaro:\n\nGracias por tu candidatura. Nos gustaría hacerte una entrevista "
            f"por Zoom el {es('2035-03-13')} a las 10:00 hora de La Habana (15:00 en Madrid). "
            "La haremos Aitor Delgado, "
            "director de operaciones, y yo.\n\n"
            "Ten en cuenta que en Cuba adelantáis la hora el domingo 11; la hora indicada ya "
            "es la vuestra después del cambio.\n\nUn abrazo,\nYaiza Hernández\nRR. HH., "
            "Teide Turismo\n"
        ),
        label=lab(
            "2035-03-13 10:00",
            "America/Havana",
            "America/Havana",
            company="Teide Turismo",
            role="Coordinador de Reservas",
            who=["Aitor Delgado", "Yaiza Hernández Cabrera"],
            emails=["yaiza.hernandez@teideturismo.example"],
            notes="The writer interviews too ('La haremos ... y yo'); Havana -05 to -04 on "
            "11 March at midnight.",
        ),
    ),
    person(
        CITLALI,
        "nopal-retail-cancelacion-entrevista",
        "interview_cancelled",
        frm=("Daniela Ortiz", "daniela.ortiz@nopalretail.example"),
        subject="Cancelación de tu entrevista del viernes",
        date=dh("2035-04-04 10:50", "America/Mexico_City"),
        body=(
            "Hola Citlali,\n\nTe escribo para avisarte que tenemos que cancelar la entrevista "
            f"del {es('2035-04-06')} a las 17:00 hrs con el gerente de Operaciones, Raúl "
            "Esparza. Estamos reestructurando el área y la vacante queda en pausa por unas "
            "semanas; en cuanto se reactive te busco para reagendar.\n\nUna disculpa,\n"
            "Daniela\n"
        ),
        label=lab(
            "2035-04-06 17:00",
            "America/Mexico_City",
            None,
            company="Nopal Retail",
            who=["Raúl Esparza"],
            notes="Requisition paused before the interview: a cancellation.",
        ),
    ),
    person(
        GONZALO,
        "pacifico-seguros-disponibilidad-entrevista",
        "scheduling_request",
        frm=("Lucía Bazán", "lucia.bazan@pacificoseguros-pe.example"),
        subject="Disponibilidad para entrevista – Analista Actuarial",
        date=dh("2035-03-12 09:35", "America/Lima"),
        body=(
            "Hola Gonzalo, ¿qué tal?\n\nTe saluda Lucía de Pacífico Seguros. Revisamos tu CV "
            "y queremos coordinar una entrevista con la jefa del área. ¿Me podrías indicar tu "
            "disponibilidad para esta semana o la próxima, de preferencia en las mañanas?\n\n"
            "Saludos,\nLucía Bazán\nAtracción de Talento\n"
        ),
        label=note("Asks for availability.", company="Pacífico Seguros"),
    ),
    person(
        NEREA,
        "bilbo-tech-actualizacion-candidatura",
        "rejection",
        frm=("Equipo de Talento Bilbo Tech", "talento@bilbotech.example"),
        subject="Actualización sobre tu candidatura – Product Analyst",
        date=dh("2035-02-28 13:15", "Europe/Madrid"),
        body=(
            "Hola Nerea:\n\nQueremos agradecerte tu tiempo en las entrevistas. Ha sido un "
            "proceso muy reñido, pero finalmente hemos decidido seguir adelante con otra "
            "persona cuyo perfil encaja algo más con lo que buscamos ahora mismo.\n\n"
            "Nos encantaría mantener el contacto para futuras posiciones.\n\n"
            "Un abrazo,\nEquipo de Talento\n"
        ),
        html=True,
        label=note("Rejection after interviews.", company="Bilbo Tech"),
    ),
    person(
        FLORENCIA,
        "rambla-software-oferta-laboral",
        "offer",
        frm=("Martín Ferreira", "martin.ferreira@ramblasoftware.example"),
        subject="Oferta laboral – Desarrolladora Backend",
        date=dh("2035-03-16 17:40", "America/Montevideo"),
        body=(
            "Hola Florencia:\n\n¡Qué alegría escribirte esto! Queremos que te sumes al equipo "
            "como Desarrolladora Backend. Te adjunto la propuesta con el salario nominal, "
            "los beneficios (seguro médico, 25 días de licencia) y la fecha de ingreso "
            "tentativa, el 2 de abril.\n\nAvisame si querés que lo conversemos por teléfono.\n\n"
            "Abrazo,\nMartín\n"
        ),
        label=note("Written offer.", company="Rambla Software", role="Desarrolladora Backend"),
    ),
    raw_mail(
        BENJAMIN,
        "maule-agro-respuesta-automatica-fuera-oficina",
        "auto_reply",
        frm=("Javiera Sepúlveda", "javiera.sepulveda@mauleagro.example"),
        subject="Respuesta automática: Postulación Jefe de Exportaciones",
        date=dh("2035-03-21 15:02", "America/Santiago"),
        body=(
            "Hola, gracias por tu correo.\n\nEstaré fuera de la oficina hasta el viernes 30 "
            "de marzo, con acceso limitado al correo. Regreso el lunes 2 de abril. Para temas "
            "de selección urgentes, escribe a seleccion@mauleagro.example.\n\nSaludos,\n"
            "Javiera\n"
        ),
        extra=AUTO,
        label=note("Chilean out-of-office; return Monday 2 April.", return_date="2035-04-02"),
    ),
    vendor(
        NEREA,
        "infojobs-nuevas-ofertas-empleo",
        "bulk",
        frm=("InfoJobs", "alertas@infojobs.net"),
        subject="Nerea, tienes 9 nuevas ofertas de empleo de «técnico sostenibilidad»",
        date=dh("2035-03-20 08:00", "Europe/Madrid"),
        body=(
            "Hola Nerea:\n\nEstas son las ofertas nuevas de tu alerta:\n\n"
            "Técnico/a de Sostenibilidad y ESG – Consultora – Bilbao\n"
            "Técnico/a de Medio Ambiente – Industria – Vitoria-Gasteiz\n"
            "Responsable de Sostenibilidad – Energía – Madrid\n\nVer todas las ofertas\n\n"
            "Gestionar alertas · Darse de baja\n"
        ),
        extra=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=5513"),
        label=note("Job alert."),
    ),
    person(
        BENJAMIN,
        "empleo-actual-entrevista-de-salida",
        "other",
        frm=("Personas y Cultura – Austral Seguros", "personas@australseguros.example"),
        subject="Entrevista de salida – Benjamín Contreras",
        date=dh("2035-04-16 09:20", "America/Santiago"),
        body=(
            "Hola Benjamín:\n\nLamentamos tu partida y te agradecemos estos años en Austral "
            f"Seguros. Como parte del proceso de desvinculación, te invitamos a una breve "
            f"entrevista de salida el {es('2035-04-25')} a las 11:00 hrs con Paula Rebolledo, "
            "de Personas y Cultura. Tus comentarios nos ayudan a mejorar.\n\n"
            "Recuerda devolver tu notebook y credencial tu último día.\n\nSaludos,\n"
            "Personas y Cultura\n"
        ),
        html=True,
        label=note("Exit interview at the job the user is leaving, not a job interview."),
    ),
]

MESSAGES = GERMAN + FRENCH + SPANISH
