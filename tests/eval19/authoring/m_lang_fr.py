"""French mail: Geneva, Lyon, Dakar, Abidjan, Casablanca, Algiers, Martinique, Nouméa, Kinshasa."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AMINATA,
    AUTO,
    BAPTISTE,
    GOOGLE,
    GRACE,
    KOUADIO,
    MAELYS,
    OCEANE,
    THEO,
    WALID,
    YASMINA,
    bulk,
    cal_mail,
    dh,
    fr,
    lab,
    msgid,
    note,
    outlook,
    person,
    quoted,
    raw_mail,
    vendor,
)

MESSAGES = [
    person(
        OCEANE,
        "convocation-ong-geneve",
        "interview",
        frm=("Claire Vuilleumier", "claire.vuilleumier@leman-solidarite.example"),
        subject="Convocation à un entretien - Chargée de programmes",
        date=dh("2038-11-01 10:40", "Europe/Zurich"),
        body=f"""Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien le
{fr("2038-11-09", year=False)} à 14h30, dans nos locaux de la rue de Lausanne 64, 1202 Genève.

Vous serez reçue par moi-même, responsable des programmes, et par M. Samuel Oberson,
directeur financier. L'entretien durera environ une heure.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Claire Vuilleumier
Léman Solidarité""",
        label=lab(
            "2038-11-09 14:30",
            "Europe/Zurich",
            None,
            company="Léman Solidarité",
            role="Chargée de programmes",
            who=["Claire Vuilleumier", "Samuel Oberson"],
            emails=["claire.vuilleumier@leman-solidarite.example"],
            notes="Formal Swiss French convocation; 'moi-même'.",
        ),
    ),
    outlook(
        BAPTISTE,
        "demande-reunion-quand-lyon",
        "interview",
        start="2038-10-28 15:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entretien - Chef de projet BIM - Baptiste Rochefort-Diallo",
        organizer=("Aurélie Ganivet", "aurelie.ganivet@fourviere-ingenierie.example"),
        attendees=[("Pierre-Yves Chabert", "py.chabert@fourviere-ingenierie.example")],
        location="Réunion Microsoft Teams",
        lang="fr",
        date=dh("2038-10-22 09:15", "Europe/Paris"),
        text="""Bonjour Baptiste,

Comme convenu par téléphone, voici l'invitation pour l'entretien avec Pierre-Yves Chabert,
directeur technique, et moi-même.

Bien cordialement,
Aurélie Ganivet
Chargée de recrutement""",
        label=lab(
            "2038-10-28 15:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Fourvière Ingénierie",
            role="Chef de projet BIM",
            who=["Pierre-Yves Chabert", "Aurélie Ganivet"],
            emails=[
                "py.chabert@fourviere-ingenierie.example",
                "aurelie.ganivet@fourviere-ingenierie.example",
            ],
            notes="French Exchange request ('Quand :').",
        ),
    ),
    person(
        AMINATA,
        "note-pour-jeudi-heure-de-dakar",
        "interview",
        frm=("Moustapha Faye", "m.faye@teranga-telecom.example"),
        subject="RE: Candidature - Analyste réseau",
        date=dh("2038-10-25 18:02", "Africa/Dakar"),
        in_reply_to=msgid("aminata-dispos", "example.net"),
        body="""Bonsoir Aminata,

C'est noté pour jeudi à 10h, heure de Dakar, à notre siège des Almadies. Je serai avec
Fatou Kiné Sarr, notre responsable des opérations réseau.

Cordialement,
Moustapha Faye
Directeur technique, Teranga Télécom
"""
        + quoted(
            "2038-10-25 12:31",
            "Africa/Dakar",
            "Aminata Ndiaye-Fontaine <aminata.ndiaye@example.net>",
            f"""Bonjour M. Faye,

Merci pour votre retour. Je suis disponible le {fr("2038-10-28", year=False)} à 10h ou
le vendredi matin.

Bien à vous,
Aminata""",
        ),
        label=lab(
            "2038-10-28 10:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Teranga Télécom",
            role="Analyste réseau",
            who=["Moustapha Faye", "Fatou Kiné Sarr"],
            emails=["m.faye@teranga-telecom.example"],
            notes="'C'est noté pour jeudi à 10h' settles the quoted proposal.",
        ),
    ),
    person(
        KOUADIO,
        "cabinet-convocation-client-abidjan",
        "interview",
        frm=("Cabinet Lagune RH", "recrutement@lagune-rh.example"),
        subject="Convocation entretien - Responsable Achats (client confidentiel)",
        date=dh("2038-11-08 11:00", "Africa/Abidjan"),
        body=f"""Bonjour Monsieur Yao-Bernier,

Nous avons le plaisir de vous informer que votre candidature a été retenue par notre
client, la société Cacao Ivoire Négoce. Vous êtes convoqué à un entretien le
{fr("2038-11-15", year=False)} à 9h GMT, au siège du client, Plateau, avenue Chardy.

Vous serez reçu par M. Ibrahim Koné, Directeur Général, accompagné de
Mme Adjoua N'Guessan, DRH.

Merci de confirmer votre présence par retour de mail.

Cabinet Lagune RH""",
        label=lab(
            "2038-11-15 09:00",
            "Africa/Abidjan",
            None,
            company="Cacao Ivoire Négoce",
            role="Responsable Achats",
            who=["Ibrahim Koné", "Adjoua N'Guessan"],
            emails=[],
            notes="Recruitment firm's convocation; 'GMT' only.",
        ),
    ),
    person(
        YASMINA,
        "entretien-heure-casablanca-ramadan",
        "interview",
        frm=("Soukaina Bennis", "s.bennis@atlas-assurances.example"),
        subject="Entretien - Actuaire junior",
        date=dh("2038-10-20 15:30", "Africa/Casablanca"),
        body=f"""Bonjour Mme Alaoui-Perrin,

Nous vous confirmons votre entretien le {fr("2038-10-27", year=False)} à 11h00 (heure de
Casablanca), au 7e étage de notre siège, boulevard d'Anfa. Vous rencontrerez
M. Hamza Tazi, directeur actuariat.

Bien cordialement,
Soukaina Bennis
Ressources humaines, Atlas Assurances""",
        label=lab(
            "2038-10-27 11:00",
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Atlas Assurances",
            role="Actuaire junior",
            who=["Hamza Tazi"],
            emails=[],
            notes="Morocco on +00 for Ramadan until 31 October.",
        ),
    ),
    person(
        WALID,
        "report-entretien-dimanche",
        "interview",
        frm=("Nabila Hamidi", "nabila.hamidi@sahel-btp.example"),
        subject="Report de votre entretien",
        date=dh("2038-11-08 09:20", "Africa/Algiers"),
        body=f"""Bonjour M. Benali-Courtois,

Pour des raisons d'agenda, nous sommes contraints de reporter votre entretien prévu mardi.
Il aura lieu le {fr("2038-11-14", year=False)} à 10h, à notre direction régionale de
Bab Ezzouar. Vous serez reçu par M. Karim Boudiaf, directeur des travaux.

Merci de votre compréhension.

Nabila Hamidi
Service du personnel, Sahel BTP""",
        label=lab(
            "2038-11-14 10:00",
            "Africa/Algiers",
            None,
            company="Sahel BTP",
            who=["Karim Boudiaf"],
            emails=[],
            notes="Postponement with the new time (a Sunday, a working day in Algeria).",
        ),
    ),
    cal_mail(
        MAELYS,
        "invitation-google-martinique",
        "interview",
        event={
            "start": "2038-11-18 09:00",
            "zone": "America/Martinique",
            "minutes": 60,
            "summary": "Entretien Maëlys Rosemond-Ovide - Responsable communication",
            "organizer": ("Joëlle Larcher", "joelle.larcher@madinina-tourisme.example"),
            "attendees": [
                ("Frantz Césaire-Lubin", "frantz.cesaire@madinina-tourisme.example"),
                ("Maëlys Rosemond-Ovide", "maelys.rosemond@example.org"),
            ],
            "description": "Rejoindre avec Google Meet : https://meet.google.com/mdt-roov-972",
            "prodid": GOOGLE,
        },
        date=dh("2038-11-10 13:05", "America/Martinique"),
        style="google",
        frm=("Joëlle Larcher (Google Agenda)", "calendar-notification@google.com"),
        reply_to=("Joëlle Larcher", "joelle.larcher@madinina-tourisme.example"),
        subject="Invitation: Entretien Maëlys Rosemond-Ovide - Responsable communication "
        "@ jeu. 18 nov. 2038 09:00 - 10:00 (heure de la Martinique)",
        body=f"""Joëlle Larcher vous a invité(e) à un événement

Entretien Maëlys Rosemond-Ovide - Responsable communication
Quand : {fr("2038-11-18")} ⋅ 09:00 – 10:00 (heure de la Martinique)

Rejoindre avec Google Meet
https://meet.google.com/mdt-roov-972

Invités
Joëlle Larcher – organisateur
Frantz Césaire-Lubin
maelys.rosemond@example.org

Invitation de Google Agenda""",
        ics_mode="both",
        label=lab(
            "2038-11-18 09:00",
            "America/Martinique",
            "America/Martinique",
            company="Madinina Tourisme",
            role="Responsable communication",
            who=["Joëlle Larcher", "Frantz Césaire-Lubin"],
            emails=[
                "joelle.larcher@madinina-tourisme.example",
                "frantz.cesaire@madinina-tourisme.example",
            ],
            notes="Google Agenda in French; 'heure de la Martinique'.",
        ),
    ),
    person(
        THEO,
        "visio-noumea-et-paris",
        "interview",
        frm=("Hélène Dumoutier", "helene.dumoutier@lagon-nickel.example"),
        subject="Entretien en visio - Ingénieur procédés",
        date=dh("2038-11-24 20:10", "Pacific/Noumea"),
        body=f"""Bonjour Théo,

Je vous confirme notre entretien en visioconférence le {fr("2038-12-03", year=False)} à 8h
(heure de Nouméa), soit le {fr("2038-12-02", year=False)} à 22h pour mon collègue
Olivier Gaudin qui sera connecté depuis Paris.

Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_lagon1203%40thread.v2/0

Bien à vous,
Hélène Dumoutier
Responsable RH, Lagon Nickel""",
        label=lab(
            "2038-12-03 08:00",
            "Pacific/Noumea",
            "Pacific/Noumea",
            company="Lagon Nickel",
            role="Ingénieur procédés",
            who=["Olivier Gaudin", "Hélène Dumoutier"],
            emails=["helene.dumoutier@lagon-nickel.example"],
            notes="Two local dates for one instant (Nouméa and Paris, a day apart).",
        ),
    ),
    person(
        GRACE,
        "annulation-gel-recrutement",
        "interview_cancelled",
        frm=("Patrick Ilunga Mwamba", "p.ilunga@congo-riverbank.example"),
        subject="Annulation de votre entretien du mercredi 10 novembre",
        date=dh("2038-11-05 14:25", "Africa/Kinshasa"),
        body=f"""Madame Mbuyi-Lambert,

Nous sommes au regret de vous informer que l'entretien prévu le
{fr("2038-11-10", year=False)} à 11h est annulé : la direction a décidé de geler le
recrutement pour ce poste jusqu'à nouvel ordre.

Nous conservons votre dossier et reviendrons vers vous si le poste est rouvert.

Cordialement,
Patrick Ilunga Mwamba
Direction des ressources humaines, Congo Riverbank""",
        label=lab(
            "2038-11-10 11:00",
            "Africa/Kinshasa",
            None,
            company="Congo Riverbank",
            who=[],
            emails=[],
            notes="Vacancy frozen before the interview: a cancellation.",
        ),
    ),
    person(
        OCEANE,
        "proposition-engagement-geneve",
        "offer",
        frm=("Claire Vuilleumier", "claire.vuilleumier@leman-solidarite.example"),
        subject="Proposition d'engagement",
        date=dh("2038-11-23 16:00", "Europe/Zurich"),
        body="""Chère Madame Berthoud-Mensah,

Suite à nos entretiens, j'ai le plaisir de vous proposer le poste de chargée de programmes
à 80 %, avec entrée en fonction le 1er février 2039. Vous trouverez en pièce jointe le
projet de contrat et les conditions salariales.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 3 décembre.

Avec mes meilleures salutations,
Claire Vuilleumier""",
        label=note(
            "Offer ('proposition d'engagement') with start date.",
            company="Léman Solidarité",
            role="Chargée de programmes",
        ),
    ),
    vendor(
        BAPTISTE,
        "suite-candidature-refus",
        "rejection",
        frm=("Recrutement Rhône Numérique", "recrutement@rhone-numerique.example"),
        subject="Suite à votre candidature - Développeur full stack",
        date=dh("2038-10-19 17:45", "Europe/Paris"),
        body="""Bonjour Baptiste,

Nous vous remercions de l'intérêt que vous portez à Rhône Numérique. Après étude attentive
de votre candidature, nous sommes au regret de ne pas pouvoir y donner une suite favorable,
d'autres profils correspondant davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement""",
        label=note(
            "Rejection of an application.",
            company="Rhône Numérique",
            role="Développeur full stack",
        ),
    ),
    raw_mail(
        YASMINA,
        "absence-bureau-retour-lundi-25",
        "auto_reply",
        frm=("Soukaina Bennis", "s.bennis@atlas-assurances.example"),
        subject="Réponse automatique : absence - RE: Entretien - Actuaire junior",
        date=dh("2038-10-21 08:02", "Africa/Casablanca"),
        extra=AUTO,
        body="""Bonjour,

Je suis actuellement absente du bureau et serai de retour le lundi 25 octobre 2038.
Pour toute urgence, merci de contacter rh@atlas-assurances.example.

Cordialement,
Soukaina Bennis""",
        label=note("Out-of-office answer to the user's reply.", return_date="2038-10-25"),
    ),
    vendor(
        KOUADIO,
        "confirmation-rendez-vous-banque",
        "other",
        frm=("Banque Éburnéenne", "agence.plateau@banque-eburneenne.example"),
        subject="Confirmation de votre rendez-vous en agence",
        date=dh("2038-11-02 10:15", "Africa/Abidjan"),
        body=f"""Cher client,

Nous vous confirmons votre rendez-vous avec votre conseiller, M. Serge Aka, le
{fr("2038-11-09", year=False)} à 15h00 à l'agence du Plateau, pour l'ouverture de votre
plan épargne.

Pour modifier ce rendez-vous, contactez votre agence.

Banque Éburnéenne""",
        label=note("Bank appointment, not a job."),
    ),
    person(
        AMINATA,
        "vos-disponibilites-semaine-prochaine",
        "scheduling_request",
        frm=("Rokhaya Diop", "rokhaya.diop@baobab-microfinance.example"),
        subject="Entretien - vos disponibilités",
        date=dh("2038-11-11 09:50", "Africa/Dakar"),
        body=f"""Bonjour Aminata,

Votre profil a retenu notre attention pour le poste de chargée de crédit. Pourriez-vous
nous indiquer vos disponibilités pour un entretien parmi les créneaux suivants ?

- {fr("2038-11-16", year=False)}, 9h ou 11h
- {fr("2038-11-18", year=False)}, 15h
- {fr("2038-11-19", year=False)}, toute la matinée

Bien cordialement,
Rokhaya Diop
Baobab Microfinance""",
        label=note(
            "Slots offered; nothing booked.",
            company="Baobab Microfinance",
            role="Chargée de crédit",
        ),
    ),
    vendor(
        WALID,
        "alerte-offres-emploi-alger",
        "bulk",
        frm=("Emploi Maghreb Alertes", "alertes@emploi-maghreb.example"),
        subject="12 nouvelles offres d'emploi pour « ingénieur génie civil »",
        date=dh("2038-11-12 07:00", "Africa/Algiers"),
        extra=bulk("<alertes.emploi-maghreb.example>", "https://emploi-maghreb.example/desabo"),
        body="""Vos nouvelles offres du jour

Ingénieur génie civil H/F - Oran - entretiens dès la semaine prochaine
Conducteur de travaux - Alger - CDI
Chef de chantier - Constantine

Conseil de la semaine : comment préparer un entretien technique

Se désabonner : https://emploi-maghreb.example/desabo""",
        label=note("Job alert mentioning interviews."),
    ),
]
