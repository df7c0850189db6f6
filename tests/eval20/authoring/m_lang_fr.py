"""French mail by local senders: Montréal, La Réunion, Tahiti, Haïti, Tunis and Douala."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    ARMELLE,
    GABRIELLE,
    HINATEA,
    INES,
    LOIC,
    WILNER,
    bulk,
    dh,
    fr,
    lab,
    note,
    outlook,
    pdf,
    person,
    vendor,
)

S1 = "2039-03-22 13:30"
S2 = "2039-03-31 08:30"
S3 = "2039-04-01 09:00"
S4 = "2039-03-16 10:00"

MESSAGES = [
    person(
        GABRIELLE,
        "convocation-entrevue-montreal",
        "interview",
        frm=("Josée Bergeron", "josee.bergeron@capdiamant-assurances.example"),
        subject="Convocation à une entrevue – Analyste en actuariat",
        date=dh("2039-03-15 11:20", "America/Toronto"),
        body=f"""Bonjour Madame Tremblay-Nzeza,

Nous avons le plaisir de vous convoquer à une entrevue pour le poste d'analyste en actuariat.

Date : le {fr(S1)}
Heure : 13 h 30 (heure de Montréal)
Lieu : Cap-Diamant Assurances, 1200, avenue McGill College, 14e étage, Montréal

Vous rencontrerez Mme Geneviève Paradis, directrice Actuariat, et M. Réjean Gagnon,
actuaire principal. Prévoyez environ 75 minutes, dont un court exercice sur Excel.

Veuillez confirmer votre présence en répondant à ce courriel.

Cordialement,

Josée Bergeron
Conseillère en acquisition de talents
""",
        label=lab(
            S1,
            "America/Toronto",
            "America/Toronto",
            company="Cap-Diamant Assurances",
            role="analyste en actuariat",
            who=["Geneviève Paradis", "Réjean Gagnon"],
            notes="Quebec French 'entrevue' and '13 h 30'; 'heure de Montréal' resolves to "
            "America/Toronto; after the 13 March switch. The adviser only arranges.",
        ),
    ),
    person(
        LOIC,
        "entretien-saint-denis-heure-reunion",
        "interview",
        frm=("Nathalie Hoarau", "n.hoarau@volcan-energies.example"),
        subject="Entretien d'embauche – Technicien de maintenance photovoltaïque",
        date=dh("2039-03-24 15:45", "Indian/Reunion"),
        body=f"""Bonjour Monsieur Payet-Hoarau,

Suite à notre échange téléphonique, je vous confirme votre entretien le {fr(S2, year=False)}
à 8h30 (heure de La Réunion) dans nos locaux du Port, 14 rue de la Darse.

Vous serez reçu par M. Jean-Marc Grondin, responsable d'exploitation, accompagné de
Mme Sabrina Técher. Pensez à vous munir de vos habilitations électriques.

Bien cordialement,
Nathalie Hoarau
Assistante RH – Volcan Énergies
""",
        label=lab(
            S2,
            "Indian/Reunion",
            "Indian/Reunion",
            company="Volcan Énergies",
            role="Technicien de maintenance photovoltaïque",
            who=["Jean-Marc Grondin", "Sabrina Técher"],
            notes="'heure de La Réunion' (+04, two hours ahead of Paris after 27 March); "
            "'Vous serez reçu par ... accompagné de'.",
        ),
        cte="8bit",
    ),
    outlook(
        HINATEA,
        "exchange-papeete-hawaii-zone",
        "interview",
        start=S3,
        zone="Hawaiian Standard Time",
        minutes=60,
        subject="Entretien – Chargée de communication",
        organizer=("Teva Mariteragi", "teva.mariteragi@lagon-bleu-tourisme.example"),
        attendees=[("Moana Lehartel", "moana.lehartel@lagon-bleu-tourisme.example")],
        date=dh("2039-03-25 16:10", "Pacific/Tahiti"),
        lang="fr",
        location="Réunion Microsoft Teams",
        text="""Ia ora na Hinatea,

Je vous propose un entretien sur Teams avec Moana Lehartel, notre directrice marketing, et
moi-même. L'heure indiquée est celle de Papeete.

Māuruuru,
Teva Mariteragi
Responsable RH, Lagon Bleu Tourisme""",
        label=lab(
            S3,
            "Hawaiian Standard Time",
            "Pacific/Honolulu",
            company="Lagon Bleu Tourisme",
            role="Chargée de communication",
            who=["Moana Lehartel", "Teva Mariteragi"],
            emails=[
                "moana.lehartel@lagon-bleu-tourisme.example",
                "teva.mariteragi@lagon-bleu-tourisme.example",
            ],
            notes="Exchange in French ('Quand :'); Tahiti (-10) written as 'Hawaiian "
            "Standard Time', which CLDR maps to Honolulu for 001; the HR organiser takes "
            "part ('et moi-même').",
        ),
    ),
    person(
        WILNER,
        "annulation-entretien-port-au-prince",
        "interview_cancelled",
        frm=("Marie-Carmelle Joseph", "mc.joseph@lakay-sante.example"),
        subject="Annulation de l'entretien du mercredi 16 mars",
        date=dh("2039-03-11 14:30", "America/Port-au-Prince"),
        body="""Bonjour Monsieur Pierre-Louis,

En raison de la situation sur la route de Delmas, nous sommes contraints d'annuler
l'entretien prévu le mercredi 16 mars à 10h dans nos bureaux de Pétion-Ville, pour le poste
de coordonnateur logistique.

Nous vous recontacterons dès que possible pour fixer une nouvelle date. Nous vous prions de
nous excuser pour ce contretemps.

Cordialement,
Marie-Carmelle Joseph
Ressources humaines, Lakay Santé
""",
        label=lab(
            S4,
            "America/Port-au-Prince",
            None,
            company="Lakay Santé",
            role="coordonnateur logistique",
            notes="Cancellation with only a promise of a new date, so interview_cancelled at "
            "the old time; Haiti moves to -04 on 13 March, between the mail and the "
            "interview.",
        ),
    ),
    person(
        INES,
        "reponse-candidature-apres-entretien-tunis",
        "rejection",
        frm=("Service Recrutement – Carthage Datacom", "recrutement@carthage-datacom.example"),
        subject="Réponse à votre candidature – Ingénieure DevOps",
        charset="windows-1252",
        date=dh("2039-04-04 10:05", "Africa/Tunis"),
        body="""Madame,

Nous vous remercions pour l'intérêt que vous portez à Carthage Datacom et pour le temps que
vous nous avez accordé lors de votre entretien du 28 mars.

Après examen attentif de l'ensemble des candidatures, nous sommes au regret de vous informer
que nous ne donnerons pas suite à votre candidature pour le poste d'ingénieure DevOps.

Nous conservons votre dossier et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service Recrutement
""",
        label=note(
            "French rejection after an interview (the past interview date is mentioned).",
            company="Carthage Datacom",
            role="Ingénieure DevOps",
        ),
    ),
    person(
        ARMELLE,
        "disponibilites-entretien-douala",
        "scheduling_request",
        frm=("Serge Ekwalla", "serge.ekwalla@wouri-logistique.example"),
        subject="Vos disponibilités pour un entretien",
        date=dh("2039-03-17 09:25", "Africa/Douala"),
        body="""Bonjour Madame Ngo Bassa-Dupuis,

Votre candidature au poste de responsable des achats a retenu notre attention. Nous
souhaiterions vous rencontrer à Douala (Bonapriso) la semaine prochaine.

Pourriez-vous nous indiquer vos disponibilités parmi les créneaux suivants ?
- mardi 22 mars, entre 9h et 12h
- mercredi 23 mars, après 14h
- vendredi 25 mars, matinée

Dans l'attente de votre retour,
Serge Ekwalla
Directeur administratif et financier, Wouri Logistique SA
""",
        label=note(
            "Slots offered in Douala, the candidate has to choose; nothing booked.",
            company="Wouri Logistique",
            role="responsable des achats",
        ),
    ),
    vendor(
        LOIC,
        "rendez-vous-conseiller-emploi-reunion",
        "other",
        frm=("Agence emploi Saint-Pierre", "ne-pas-repondre@emploi-reunion.example"),
        subject="Confirmation de votre rendez-vous avec votre conseiller",
        date=dh("2039-03-29 07:30", "Indian/Reunion"),
        body=f"""Bonjour,

Nous vous confirmons votre rendez-vous avec votre conseiller, M. Fabrice Lauret :

le {fr("2039-04-07")} à 9h15
Agence de Saint-Pierre, 3 rue Archambaud

Objet : point sur votre recherche d'emploi et préparation aux entretiens.

En cas d'empêchement, merci de prévenir l'agence au moins 48 heures à l'avance.

Ceci est un message automatique, merci de ne pas y répondre.
""",
        label=note(
            "Trap: an appointment with a job-centre adviser about the job search (and "
            "preparing for interviews), not a job interview."
        ),
    ),
    vendor(
        INES,
        "newsletter-questions-pieges-entretien",
        "bulk",
        frm=("Welcome to the Jungle", "hello@welcometothejungle.com"),
        subject="Entretien d'embauche : les 5 questions pièges (et comment y répondre)",
        date=dh("2039-03-24 08:00", "Africa/Tunis"),
        extra=bulk(
            "<newsletter.welcometothejungle.com>",
            "https://www.welcometothejungle.com/fr/unsubscribe?t=91c",
        ),
        body="""Bonjour Inès,

« Quel est votre plus grand défaut ? » Cette semaine, nos coachs décryptent les cinq
questions qui déstabilisent le plus en entretien, et vous donnent des réponses qui sonnent
juste.

Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-pieges-entretien

Et aussi : 40 offres d'emploi DevOps qui pourraient vous plaire.

Vous recevez cet e-mail car vous êtes inscrite à notre newsletter. Se désinscrire
""",
        label=note("French career newsletter about interview questions; mass mail."),
    ),
    person(
        GABRIELLE,
        "offre-emploi-analyste-actuariat",
        "offer",
        frm=("Geneviève Paradis", "genevieve.paradis@capdiamant-assurances.example"),
        subject="Offre d'emploi – Analyste en actuariat",
        date=dh("2039-04-01 15:40", "America/Toronto"),
        body="""Bonjour Gabrielle,

À la suite de vos entrevues avec Réjean et moi, j'ai le grand plaisir de vous offrir le poste
d'analyste en actuariat au sein de Cap-Diamant Assurances.

Salaire annuel : 78 500 $, avec régime de retraite, assurances collectives et quatre
semaines de vacances. Entrée en fonction souhaitée : le lundi 2 mai 2039.

Vous trouverez la lettre d'offre détaillée en pièce jointe. Nous aimerions avoir votre
réponse d'ici le vendredi 8 avril.

Au plaisir de vous accueillir dans l'équipe,

Geneviève Paradis
Directrice, Actuariat
""",
        attachments=[pdf("Lettre_offre_Tremblay-Nzeza.pdf")],
        label=note(
            "Quebec French job offer after the interviews (salary, start date, PDF attached).",
            company="Cap-Diamant Assurances",
            role="analyste en actuariat",
        ),
    ),
]
