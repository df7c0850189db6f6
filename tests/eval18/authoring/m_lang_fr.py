"""French mail by local senders: Paris, Brussels, Montréal, Tunis, La Réunion, Douala."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    ARNAUD,
    AUTO,
    FELIX,
    LOANE,
    MARGAUX,
    NESRINE,
    QUENTIN,
    bulk,
    dh,
    fr,
    google,
    lab,
    msgid,
    note,
    person,
    quoted,
    raw_mail,
    vendor,
)

_P = "Europe/Paris"
MESSAGES = [
    vendor(
        MARGAUX,
        "wttj-convocation",
        "interview",
        frm=("Papillon Énergie via Welcome to the Jungle", "noreply@welcometothejungle.com"),
        reply_to=("Inès Carré", "ines.carre@papillon-energie.example"),
        subject="Convocation à un entretien - Product Owner chez Papillon Énergie",
        date=dh("2037-04-01 09:40", _P),
        body="Bonjour Margaux,\n\nMerci pour votre candidature au poste de Product Owner ! "
        "Nous avons le plaisir de vous proposer un entretien le "
        + fr("2037-04-09")
        + " à 14h30, dans nos locaux du 12 rue du Faubourg-Poissonnière (Paris 10e).\n\n"
        "Vous rencontrerez Claire Dubosc, notre Head of Product, ainsi que Yanis Belkacem, "
        "lead dev de l'équipe pilotage.\n\nMerci de nous confirmer votre présence en "
        "répondant à ce message.\n\nÀ très vite,\nInès Carré\nTalent Acquisition, Papillon "
        "Énergie\n\nEnvoyé depuis Welcome to the Jungle\n",
        label=lab(
            "2037-04-09 14:30",
            _P,
            company="Papillon Énergie",
            role="Product Owner",
            who=["Claire Dubosc", "Yanis Belkacem"],
            notes="Welcome to the Jungle message, '14h30'; 'Vous rencontrerez ... ainsi que'.",
        ),
    ),
    person(
        QUENTIN,
        "mardi-onze-heures-bruxelles",
        "interview",
        frm=("Benoît Vandenbroucke", "benoit.vandenbroucke@atomium-conseil.example"),
        subject="Re: Candidature consultant junior",
        date=dh("2037-04-16 18:22", "Europe/Brussels"),
        in_reply_to=msgid("quentin-dispos", "example.net"),
        body="Parfait, on dit mardi à 11h au bureau, rue de la Loi 42 (sonnez à Atomium "
        "Conseil, 4e étage). Ma collègue Sophie Lambotte, associée, sera aussi présente.\n\n"
        "Bonne soirée,\nBenoît\n"
        + quoted(
            "2037-04-16 12:05",
            "Europe/Brussels",
            "Quentin Dewulf-Mbala <quentin.dewulf@example.net>",
            "Bonjour Monsieur Vandenbroucke,\n\nMerci pour votre retour. Je suis disponible "
            "lundi après-midi ou mardi en matinée la semaine prochaine.\n\nBien à vous,\n"
            "Quentin Dewulf-Mbala",
        ),
        label=lab(
            "2037-04-21 11:00",
            "Europe/Brussels",
            company="Atomium Conseil",
            who=["Benoît Vandenbroucke", "Sophie Lambotte"],
            emails=["benoit.vandenbroucke@atomium-conseil.example"],
            notes="Belgian reply settling 'mardi à 11h' (the following Tuesday; the quoted "
            "mail offers next week) with the Date header a Thursday.",
        ),
    ),
    person(
        FELIX,
        "entrevue-quebec-ymd",
        "interview",
        frm=("Josée Tremblay", "josee.tremblay@saguenay-mutuelle.example"),
        subject="Entrevue - Analyste TI (poste 2037-118)",
        date=dh("2037-04-07 13:15", "America/Toronto"),
        html=True,
        body="Salut Félix-Antoine,\n\nMerci encore pour ta candidature. Comme convenu au "
        "téléphone, ton entrevue est confirmée pour le 2037-04-14 à 13 h 30 (heure de "
        "l'Est), à nos bureaux du 1200, boul. René-Lévesque Ouest, 14e étage.\n\nTu vas "
        "rencontrer moi-même (directrice TI) pis Marc-André Lévesque, architecte de "
        "solutions. Prévois environ une heure.\n\nÀ mardi!\nJosée Tremblay\nDirectrice, "
        "Technologies de l'information\nSaguenay Mutuelle\n",
        label=lab(
            "2037-04-14 13:30",
            "America/Toronto",
            "America/Toronto",
            company="Saguenay Mutuelle",
            role="Analyste TI",
            who=["Josée Tremblay", "Marc-André Lévesque"],
            emails=["josee.tremblay@saguenay-mutuelle.example"],
            notes="Québec register (tutoiement, 'pis', 'entrevue'), year-first date, '13 h "
            "30 (heure de l'Est)'; 'moi-même' makes the writer an interviewer.",
        ),
    ),
    person(
        NESRINE,
        "tunis-convie-entretien",
        "interview",
        frm=("Direction des Ressources Humaines", "drh@byrsa-telecom.example"),
        subject="Convocation à un entretien de recrutement - Ingénieure réseaux",
        date=dh("2037-04-20 10:05", "Africa/Tunis"),
        body="Madame Ben Salah-Marchal,\n\nSuite à l'étude de votre dossier de candidature, "
        "nous avons le plaisir de vous convier à un entretien le "
        + fr("2037-04-27")
        + " à 10h00 (heure de Tunis), au siège de Byrsa Télécom, Les Berges du Lac 2, "
        "Tunis.\n\nL'entretien se déroulera en présence de M. Slim Ben Ammar, Directeur "
        "Technique, et de Mme Amel Trabelsi, Responsable Recrutement.\n\nMerci de vous "
        "munir de votre carte d'identité nationale et d'une copie de vos diplômes.\n\n"
        "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nLa "
        "Direction des Ressources Humaines\n",
        label=lab(
            "2037-04-27 10:00",
            "Africa/Tunis",
            "Africa/Tunis",
            company="Byrsa Télécom",
            role="Ingénieure réseaux",
            who=["Slim Ben Ammar", "Amel Trabelsi"],
            notes="Formal Tunisian convocation, 'heure de Tunis'; the recruiting lead sits "
            "in, so she counts.",
        ),
    ),
    google(
        LOANE,
        "google-reunion-entretien",
        "interview",
        start="2037-05-05 09:00",
        zone="Indian/Reunion",
        minutes=45,
        summary="Entretien - Chargée de communication (Loane Payet-Hoarau)",
        organizer=("Gaëlle Fontaine", "gaelle.fontaine@volcan-tourisme.example"),
        guests=[("Jean-Marc Grondin", "jeanmarc.grondin@volcan-tourisme.example")],
        date=dh("2037-04-28 15:30", "Indian/Reunion"),
        caption="Réunion Time",
        details="Bonjour Loane, entretien en visio avec Jean-Marc Grondin (directeur) et "
        "moi-même. À bientôt ! Gaëlle",
        label=lab(
            "2037-05-05 09:00",
            "Indian/Reunion",
            "Indian/Reunion",
            company="Volcan Tourisme",
            role="Chargée de communication",
            who=["Gaëlle Fontaine", "Jean-Marc Grondin"],
            emails=[
                "gaelle.fontaine@volcan-tourisme.example",
                "jeanmarc.grondin@volcan-tourisme.example",
            ],
            notes="Google invitation (English interface) in Réunion time (+04) with French details; 'et moi-même'.",
        ),
    ),
    person(
        ARNAUD,
        "douala-cabinet-relais",
        "interview",
        frm=("Cabinet Wouri Talents", "contact@wouri-talents.example"),
        subject="Entretien avec la Direction Générale - poste de Contrôleur de gestion",
        date=dh("2037-05-06 16:45", "Africa/Douala"),
        body="Bonjour Monsieur Mbarga Ekotto,\n\nNous avons le plaisir de vous informer que "
        "votre candidature a retenu l'attention de notre client, Sanaga Agro-Industries.\n\n"
        "Votre entretien avec la Direction est fixé au "
        + fr("2037-05-13")
        + " à 9h30 (heure de Douala), au siège de Bonanjo, immeuble Les Palmiers, 3e étage."
        "\n\nVous serez reçu par M. Jean-Paul Essomba, Directeur Administratif et "
        "Financier, accompagné de Mme Christelle Ngo Bikoï, DRH.\n\nMerci de vous présenter "
        "15 minutes avant l'heure.\n\nCordialement,\nHervé Tchuente\nConsultant, Cabinet "
        "Wouri Talents\n",
        label=lab(
            "2037-05-13 09:30",
            "Africa/Douala",
            "Africa/Douala",
            company="Sanaga Agro-Industries",
            role="Contrôleur de gestion",
            who=["Jean-Paul Essomba", "Christelle Ngo Bikoï"],
            notes="Cameroonian agency relay: 'Vous serez reçu par ... accompagné de'; the "
            "consultant only arranges.",
        ),
    ),
    person(
        MARGAUX,
        "annulation-entretien-vendredi",
        "interview_cancelled",
        frm=("Hélène Marchetti", "recrutement@lumiere-cosmetiques.example"),
        subject="Annulation de notre entretien du vendredi 24 avril",
        date=dh("2037-04-22 17:10", _P),
        body="Bonjour Margaux,\n\nJe suis au regret de devoir annuler notre entretien prévu "
        "le " + fr("2037-04-24", year=False) + " à 10h avec Thomas Girardin : une "
        "réorganisation interne nous oblige à revoir le calendrier du recrutement.\n\nNous "
        "reviendrons vers vous d'ici deux semaines pour fixer une nouvelle date, le poste "
        "reste ouvert.\n\nToutes nos excuses pour ce contretemps.\n\nHélène Marchetti\n"
        "Chargée de recrutement, Lumière Cosmétiques\n",
        label=lab(
            "2037-04-24 10:00",
            _P,
            company="Lumière Cosmétiques",
            who=["Thomas Girardin"],
            notes="Cancellation promising a new date later: cancelled at the old time.",
        ),
    ),
    person(
        QUENTIN,
        "vos-disponibilites",
        "scheduling_request",
        frm=("Amélie Deprez", "amelie.deprez@meuse-digital.example"),
        subject="Vos disponibilités pour un premier entretien ?",
        date=dh("2037-05-04 11:25", "Europe/Brussels"),
        body="Bonjour Quentin,\n\nVotre profil a retenu notre attention pour le poste de "
        "Data Analyst. Pourriez-vous m'indiquer vos disponibilités la semaine du 11 mai "
        "pour un premier entretien d'une trentaine de minutes en visio ?\n\nBien à vous,\n"
        "Amélie Deprez\nRecrutement, Meuse Digital\n",
        label=note("Asks for availability for a first interview; no time fixed."),
    ),
    person(
        NESRINE,
        "reponse-candidature-negative",
        "rejection",
        frm=("Recrutement Jasmin Software", "jobs@jasmin-software.example"),
        subject="Réponse à votre candidature - Chef de projet technique",
        date=dh("2037-05-12 14:30", "Africa/Tunis"),
        body="Madame,\n\nNous vous remercions de l'intérêt que vous portez à Jasmin Software "
        "et du temps consacré à nos entretiens.\n\nAprès examen attentif, nous sommes au "
        "regret de vous informer que nous ne pouvons donner une suite favorable à votre "
        "candidature. Nous conservons néanmoins votre dossier dans notre vivier pour de "
        "futures opportunités.\n\nNous vous souhaitons une pleine réussite.\n\nL'équipe "
        "Recrutement\n",
        label=note("Formal French rejection after interviews.", company="Jasmin Software"),
    ),
    person(
        FELIX,
        "offre-emploi-quebec",
        "offer",
        frm=("Josée Tremblay", "josee.tremblay@saguenay-mutuelle.example"),
        subject="Offre d'emploi - Analyste TI",
        date=dh("2037-04-24 15:50", "America/Toronto"),
        body="Bonjour Félix-Antoine,\n\nC'est avec grand plaisir que je te confirme que "
        "nous aimerions t'offrir le poste d'Analyste TI chez Saguenay Mutuelle.\n\n"
        "Tu trouveras en pièce jointe la lettre d'offre : salaire annuel de 78 500 $, "
        "quatre semaines de vacances et entrée en fonction le 2037-05-25. Peux-tu nous "
        "revenir d'ici vendredi prochain?\n\nAu plaisir,\nJosée\n",
        label=note("Québec job offer with salary and start date.", company="Saguenay Mutuelle"),
    ),
    raw_mail(
        LOANE,
        "reponse-automatique-absence",
        "auto_reply",
        frm=("Stéphane Hoarau", "stephane.hoarau@lagon-distribution.example"),
        subject="Réponse automatique : absence du bureau",
        date=dh("2037-04-21 08:03", "Indian/Reunion"),
        extra=AUTO,
        body="Bonjour,\n\nJe suis absent du bureau jusqu'au vendredi 1er mai inclus, de "
        "retour le " + fr("2037-05-04") + ". Pour toute question relative aux "
        "recrutements en cours, merci de contacter rh@lagon-distribution.example.\n\n"
        "Cordialement,\nStéphane Hoarau\n",
        label=note("French out-of-office with a return date.", return_date="2037-05-04"),
    ),
    raw_mail(
        ARNAUD,
        "newsletter-entretien-pieges",
        "bulk",
        frm=("Emploi Afrique Centrale", "lettre@emploi-afriquecentrale.example"),
        subject="Entretien d'embauche : 7 questions pièges et comment y répondre",
        date=dh("2037-04-25 06:30", "Africa/Douala"),
        extra=bulk(
            "<lettre-hebdo.emploi-afriquecentrale.example>",
            "https://emploi-afriquecentrale.example/desinscription?id=am881",
        ),
        rich="<html><body><h2>La lettre emploi de la semaine</h2><p><b>Entretien "
        "d'embauche : 7 questions pièges et comment y répondre</b><br>« Parlez-moi de "
        "vous », « Quel est votre plus grand défaut ? »... nos conseils.</p><p><b>128 "
        'nouvelles offres</b> à Douala et Yaoundé cette semaine.</p><p><a href="https://'
        'emploi-afriquecentrale.example/desinscription?id=am881">Se désinscrire</a></p>'
        "</body></html>",
        label=note("Job board newsletter about interview questions (HTML only)."),
    ),
    person(
        MARGAUX,
        "convocation-agence-emploi",
        "other",
        frm=("Votre conseillère - Agence emploi Paris 11", "ne-pas-repondre@agence-emploi.example"),
        subject="Convocation à un entretien de suivi avec votre conseillère",
        date=dh("2037-04-28 08:15", _P),
        body="Madame Lefranc-Traoré,\n\nVous êtes convoquée à un entretien de suivi de "
        "votre recherche d'emploi le " + fr("2037-05-07") + " à 9h15, à l'agence de Paris "
        "11e (12 rue de la Roquette).\n\nMerci de vous munir de votre CV à jour. En cas "
        "d'empêchement, prévenez votre conseillère depuis votre espace personnel.\n\nCeci "
        "est un message automatique, merci de ne pas y répondre.\n",
        label=note("A job centre's follow-up appointment for the job seeker: not a job interview."),
    ),
]
