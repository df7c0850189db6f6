"""French mail from France, Belgium, Québec and Senegal: convocations, a Teamtailor booking, a
reminder, a report, a cancellation, a request for availability, a rejection, an offer, an
out-of-office reply and a France Travail appointment."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AURELIEN,
    AUTO,
    AWA,
    MAXENCE,
    ROSALIE,
    SOLENE,
    TEAMTAILOR,
    booking,
    bulk,
    dh,
    fr,
    google,
    hand,
    lab,
    note,
    plus,
    t24,
    tool,
)

F1 = "2046-07-11 10:00"
F2 = "2046-09-05 14:30"
F3 = "2046-08-28 09:30"
F4 = "2046-07-20 11:00"
F5 = "2046-09-18 13:30"
F6 = "2046-08-21 10:00"
F7 = "2046-09-27 15:00"

MESSAGES = [
    hand(
        AURELIEN,
        "convocation-entretien-lyon-incity",
        "interview",
        charset="windows-1252",
        sent="2046-07-04 15:12",
        zone="Europe/Paris",
        frm=("Claire Bonnefoy", "claire.bonnefoy@rhodanienne-assurances.example"),
        subject="Convocation à un entretien – Chargé d'études actuarielles (H/F)",
        body=f"""Bonjour Monsieur Castagnède-Diop,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien pour le
poste de Chargé d'études actuarielles (H/F) le {fr(F1)} à {t24(F1, "h")}.

Adresse : Rhodanienne Assurances, Tour Incity, 116 cours Lafayette, 69003 Lyon – 21e étage.
Merci de vous présenter à l'accueil muni d'une pièce d'identité.

Vous rencontrerez M. Julien Vautrin, responsable du pôle Tarification, ainsi que
Mme Sandrine Kerbrat, actuaire senior. L'entretien durera environ une heure.

Je reste à votre disposition pour toute question.

Bien cordialement,

Claire Bonnefoy
Chargée de recrutement
Rhodanienne Assurances – 04 72 00 00 00
""",
        label=lab(
            F1,
            "Europe/Paris",
            company="Rhodanienne Assurances",
            role="Chargé d'études actuarielles (H/F)",
            who=["Julien Vautrin", "Sandrine Kerbrat"],
        ),
    ),
    booking(
        SOLENE,
        "teamtailor-entretien-reserve",
        "interview",
        prodid=TEAMTAILOR,
        start=F2,
        zone="Europe/Paris",
        minutes=45,
        summary="Entretien Solène Marchadier-Koné – Product Owner",
        organizer=("Hugo Levasseur", "hugo.levasseur@brioche-data.example"),
        attendees=[("Hugo Levasseur", "hugo.levasseur@brioche-data.example")],
        date=dh("2046-08-30 18:02", "Europe/Paris"),
        frm=("Brioche Data", "no-reply@teamtailor-mail.com"),
        reply_to=("Hugo Levasseur", "hugo.levasseur@brioche-data.example"),
        subject="Votre entretien avec Brioche Data est confirmé",
        location="Google Meet",
        body=f"""Bonjour Solène,

Votre entretien pour le poste de Product Owner est confirmé.

Date : {fr(F2)}
Heure : {t24(F2)} – {t24(plus(F2, 45))} (heure de Paris)
Avec : Hugo Levasseur, Head of Product
Lien : https://meet.google.com/bdx-rmqa-kpn

Vous pouvez ajouter l'événement à votre agenda grâce à la pièce jointe.

À très vite,
L'équipe Brioche Data
""",
        label=lab(
            F2,
            "Europe/Paris",
            "Europe/Paris",
            company="Brioche Data",
            role="Product Owner",
            who=["Hugo Levasseur"],
            emails=["hugo.levasseur@brioche-data.example"],
            notes="Teamtailor booking in French.",
        ),
    ),
    hand(
        MAXENCE,
        "rappel-entretien-demain-bruxelles",
        "interview",
        sent="2046-08-27 16:40",
        zone="Europe/Brussels",
        frm=("Nathalie Dewulf", "nathalie.dewulf@sablon-energie.example"),
        subject="Rappel : votre entretien de demain à 9h30",
        body="""Bonjour Maxence,

Petit rappel pour votre entretien de demain à 9h30 dans nos bureaux, avenue Louise 231 à
Ixelles (5e étage). Le parking le plus proche est Interparking Stéphanie ; sinon, tram 94
arrêt Defacqz.

Vous verrez Olivier Degrelle (directeur technique) et moi-même. Prévoyez environ 1h15.

Au plaisir,
Nathalie Dewulf
Talent Acquisition – Sablon Énergie
""",
        label=lab(
            F3,
            "Europe/Brussels",
            company="Sablon Énergie",
            who=["Olivier Degrelle", "Nathalie Dewulf"],
            emails=["nathalie.dewulf@sablon-energie.example"],
            notes="Belgian reminder the day before ('demain' = 28 August); the sender takes "
            "part ('et moi-même').",
        ),
    ),
    hand(
        ROSALIE,
        "entrevue-reportee-montreal",
        "interview",
        sent="2046-07-12 13:05",
        zone="America/Toronto",
        frm=("Geneviève Tremblay", "gtremblay@fleuve-ludique.example"),
        subject="Report de ton entrevue – nouvelle heure",
        body=f"""Salut Rosalie,

Petit changement de dernière minute : notre directeur artistique est coincé en réunion
jeudi matin. Est-ce qu'on peut déplacer ton entrevue au {fr(F4, year=False)} à
{t24(F4, " h ")} (heure de Montréal)? J'ai déjà réservé la salle et bloqué l'agenda de
Mathieu Gagnon de mon côté, alors si ça te convient pas, fais-moi signe.

Au 5445 av. de Gaspé, 3e étage, comme prévu.

Merci et à bientôt!
Geneviève
Conseillère RH, Fleuve Ludique
""",
        label=lab(
            F4,
            "America/Toronto",
            "America/Toronto",
            company="Fleuve Ludique",
            who=["Mathieu Gagnon"],
            notes="Québec 'entrevue', tutoiement; moved to the new time with an opt-out. "
            "'heure de Montréal' mapped to America/Toronto (Montreal is a link to it).",
        ),
    ),
    hand(
        AWA,
        "convocation-entretien-dakar-plateau",
        "interview",
        sent="2046-09-11 10:30",
        zone="Africa/Dakar",
        frm=("Direction des Ressources Humaines", "drh@ngor-telecom.example"),
        subject="Convocation entretien – Poste de Chef de projet Réseaux",
        body=f"""Madame,

Nous avons l'honneur de vous convier à un entretien de sélection pour le poste de Chef de
projet Réseaux, le {fr(F5)} à {t24(F5, "h")} GMT, au siège de Ngor Télécom, Immeuble
Kébé, avenue Léopold Sédar Senghor, Dakar-Plateau.

Le jury sera composé de M. Ousmane Ndiaye, Directeur Technique, et de Mme Fatou Diallo,
Responsable RH.

Veuillez vous munir de votre carte nationale d'identité et des originaux de vos diplômes.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
""",
        label=lab(
            F5,
            "Africa/Dakar",
            company="Ngor Télécom",
            role="Chef de projet Réseaux",
            who=["Ousmane Ndiaye", "Fatou Diallo"],
            notes="Formal Senegalese convocation; GMT is Dakar's time.",
        ),
    ),
    google(
        AURELIEN,
        "invitation-agenda-entretien-technique",
        "interview",
        start=F6,
        zone="Europe/Paris",
        minutes=60,
        summary="Entretien technique – Aurélien / Garonne Robotique",
        organizer=("Baptiste Carrère", "baptiste.carrere@garonne-robotique.example"),
        guests=[("Inès Lacombe", "ines.lacombe@garonne-robotique.example")],
        date=dh("2046-08-14 11:40", "Europe/Paris"),
        label=lab(
            F6,
            "Europe/Paris",
            "Europe/Paris",
            company="Garonne Robotique",
            who=["Baptiste Carrère", "Inès Lacombe"],
            emails=[
                "baptiste.carrere@garonne-robotique.example",
                "ines.lacombe@garonne-robotique.example",
            ],
            notes="Google invitation (English layout) from a Toulouse engineering lead.",
        ),
        caption="Central European Time - Paris",
        details="Entretien technique (C++/ROS). Baptiste et Inès seront présents.",
    ),
    hand(
        SOLENE,
        "annulation-entretien-poste-gele",
        "interview_cancelled",
        sent="2046-09-24 09:10",
        zone="Europe/Paris",
        frm=("Marion Le Goff", "marion.legoff@armor-agro.example"),
        subject="Annulation de votre entretien du jeudi 27 septembre",
        body=f"""Bonjour Madame Marchadier-Koné,

Je suis au regret de vous informer que nous devons annuler l'entretien prévu le
{fr(F7)} à {t24(F7, "h")}. Le recrutement pour le poste de Responsable qualité est gelé
jusqu'à nouvel ordre suite à une réorganisation interne.

Nous ne manquerons pas de revenir vers vous si le poste venait à être rouvert.

Cordialement,
Marion Le Goff
Responsable RH – Armor Agro
""",
        label=lab(
            F7,
            "Europe/Paris",
            company="Armor Agro",
            role="Responsable qualité",
            notes="Cancelled: hiring frozen.",
        ),
    ),
    hand(
        MAXENCE,
        "disponibilites-premier-entretien-liege",
        "scheduling_request",
        sent="2046-07-09 14:22",
        zone="Europe/Brussels",
        frm=("Pauline Renard", "pauline.renard@meuse-pharma.example"),
        subject="Votre candidature – vos disponibilités pour un premier entretien",
        body="""Bonjour Monsieur Delvigne-Tshibanda,

Votre candidature au poste d'ingénieur validation a retenu toute notre attention. Pourriez-vous
me communiquer vos disponibilités pour un premier entretien téléphonique de 30 minutes, la
semaine prochaine ? Je suis joignable du lundi au jeudi, entre 9h00 et 17h00.

Bien à vous,
Pauline Renard
Recrutement – Meuse Pharma, Liège
""",
        label=note("Asks for availability."),
    ),
    hand(
        ROSALIE,
        "reponse-candidature-refus-quebec",
        "rejection",
        sent="2046-08-16 15:00",
        zone="America/Toronto",
        frm=("Dotation – Érablière Numérique", "dotation@erabliere-numerique.example"),
        subject="Réponse à votre candidature – Analyste d'affaires",
        body="""Bonjour Rosalie,

Nous vous remercions de l'intérêt que vous portez à Érablière Numérique et du temps consacré
à votre candidature pour le poste d'analyste d'affaires.

Après analyse attentive de votre dossier, nous avons retenu des candidatures dont le profil
correspond davantage à nos besoins actuels. Nous conserverons toutefois votre dossier dans
notre banque de candidatures pour une période de six mois.

Nous vous souhaitons bon succès dans vos démarches.

L'équipe de dotation
""",
        label=note("Rejection before interview."),
    ),
    hand(
        AURELIEN,
        "proposition-embauche-bordeaux",
        "offer",
        sent="2046-09-19 17:45",
        zone="Europe/Paris",
        frm=("Élodie Sarrazin", "elodie.sarrazin@chartrons-conseil.example"),
        subject="Proposition d'embauche – Consultant data senior",
        body="""Bonjour Aurélien,

Suite à nos échanges et à votre dernier entretien avec Philippe, nous avons le plaisir de vous
proposer le poste de Consultant data senior en CDI.

Vous trouverez ci-dessous les principaux éléments :
- Rémunération annuelle brute : 58 000 € + variable jusqu'à 10 %
- Statut cadre, forfait jours, 12 RTT
- Date de prise de poste souhaitée : 5 novembre 2046

La promesse d'embauche vous sera adressée par courrier recommandé. Nous vous serions
reconnaissants de nous faire part de votre décision d'ici le 28 septembre.

Bien cordialement,
Élodie Sarrazin
DRH – Chartrons Conseil
""",
        label=note("Offer with salary."),
    ),
    tool(
        SOLENE,
        "reponse-automatique-conges-presquile",
        "auto_reply",
        sent="2046-08-06 10:31",
        zone="Europe/Paris",
        frm=("Camille Vernet", "camille.vernet@presquile-conseil.example"),
        subject="Réponse automatique : Candidature – Chargée de projet",
        extra=AUTO,
        body="""Bonjour,

Je suis actuellement en congés et n'aurai pas accès à mes e-mails. Je serai de retour le
lundi 27 août 2046.

Pour toute demande urgente, merci de contacter recrutement@presquile-conseil.example.

Cordialement,
Camille Vernet
""",
        label=note("Out-of-office reply.", return_date="2046-08-27"),
    ),
    hand(
        AURELIEN,
        "france-travail-convocation-agence-lyon",
        "other",
        sent="2046-07-23 08:15",
        zone="Europe/Paris",
        frm=("France Travail", "ne-pas-repondre@francetravail-notifications.example"),
        subject="Convocation à un rendez-vous avec votre conseiller",
        body=f"""Bonjour Monsieur CASTAGNEDE-DIOP,

Vous êtes convoqué(e) à un entretien avec votre conseiller, M. Rachid Benali, le
{fr("2046-07-31 10:15")} à 10h15, à l'agence France Travail Lyon Part-Dieu.

Ce rendez-vous est obligatoire. En cas d'empêchement, prévenez votre conseiller depuis
votre espace personnel.

Votre conseiller France Travail
""",
        label=note(
            "Compulsory appointment with the job-seekers' agency, not an employer interview "
            "(though the text says 'entretien')."
        ),
    ),
    tool(
        AWA,
        "alerte-offres-emploi-dakar",
        "bulk",
        sent="2046-08-20 07:00",
        zone="Africa/Dakar",
        frm=("EmploiSahel", "alertes@emploisahel.example"),
        subject="Vos nouvelles offres : Chef de projet télécom – Dakar",
        extra=bulk("<alertes.emploisahel.example>", "https://emploisahel.example/desabonnement"),
        body="""Bonjour Awa,

Voici les nouvelles offres correspondant à votre alerte :

Chef de projet déploiement fibre – Almadies Réseaux – Dakar
Ingénieure radio 5G – Gorée Connect – Dakar / Thiès
Responsable maintenance réseau – Saloum Télécom Services – Kaolack

Voir toutes les offres : https://emploisahel.example/alertes/2291

Se désabonner : https://emploisahel.example/desabonnement
""",
        label=note("Job alert."),
    ),
]
