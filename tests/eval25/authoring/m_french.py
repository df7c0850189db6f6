"""French mail from France, Belgium, Switzerland, Québec and West Africa: vous and tu."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    ANDROID,
    APOLLINE,
    AUTO,
    BAUDOUIN,
    CLEOPHEE,
    DIEUDONNE,
    EULALIE,
    FLORESTAN,
    GISLAINE,
    HONORINE,
    ISAURE,
    JOACHIM,
    WTTJ,
    booking,
    cal_mail,
    dh,
    fr,
    lab,
    lq,
    note,
    person,
    raw_mail,
    thread,
    wk,
)

MESSAGES = [
    person(
        APOLLINE,
        "convocation-entretien-lyon-part-dieu",
        "interview",
        frm=("Margaux Delorme-Chavanis", "m.delorme@rhodanie-assurances.example"),
        subject="Convocation à un entretien – Chargée de clientèle entreprises",
        date=dh("2044-01-28 11:16", "Europe/Paris"),
        html=True,
        body=f"""Madame,

Suite à votre candidature au poste de Chargée de clientèle entreprises, nous avons le
plaisir de vous convier à un entretien le {fr("2044-02-09", False)} à 14 h 30, dans nos
locaux au 12, boulevard Vivier-Merle, 69003 Lyon (accueil du 6e étage).

Vous serez reçue par M. Anselme Gravier, directeur d'agence, et Mme Léonie Baptistin,
responsable commerciale. L'entretien durera environ une heure.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Margaux Delorme-Chavanis
Chargée de recrutement – Rhodanie Assurances
""",
        label=lab(
            "2044-02-09 14:30",
            "Europe/Paris",
            None,
            company="Rhodanie Assurances",
            role="Chargée de clientèle entreprises",
            who=["Anselme Gravier", "Léonie Baptistin"],
            notes="Formal French 'convocation' with 'à 14 h 30'; the recruiter only arranges.",
        ),
    ),
    person(
        BAUDOUIN,
        "entretien-confirme-bruxelles-ixelles",
        "interview",
        frm=("Noémie Vandercappellen", "noemie.vandercappellen@marolles-conseil.example"),
        subject="Confirmation de votre entretien du 24/02",
        date=dh("2044-02-19 09:05", "Europe/Brussels"),
        body=f"""Bonjour Monsieur Lemmens-Akakpo,

Je vous confirme notre rendez-vous du {wk("2044-02-24", "fr")} 24/02 à 10h00 dans nos bureaux,
avenue Louise 331 à Ixelles (sonnez chez « Marolles Conseil », 3e étage).

Vous rencontrerez Dieter Vanhaelewyn, associé, et moi-même. Comptez une bonne heure.
Si vous venez en voiture, le parking Louise est à deux pas.

Au plaisir de vous rencontrer,

Noémie Vandercappellen
Talent Manager – Marolles Conseil SRL
""",
        label=lab(
            "2044-02-24 10:00",
            "Europe/Brussels",
            None,
            company="Marolles Conseil",
            who=["Dieter Vanhaelewyn", "Noémie Vandercappellen"],
            emails=["noemie.vandercappellen@marolles-conseil.example"],
            notes="Belgian French; 'le mercredi 24/02 à 10h00'; the sender takes part "
            "('et moi-même').",
        ),
    ),
    raw_mail(
        CLEOPHEE,
        "entrevue-analyste-montreal-mile-end",
        "interview",
        frm=("Ghislain Tremblay-Desrosiers", "g.tremblay@boreale-numerique.example"),
        subject="Entrevue - poste d'analyste d'affaires",
        date=dh("2044-03-09 15:40", "America/Toronto"),
        charset="ISO-8859-1",
        cte="8bit",
        name_charset="ISO-8859-1",
        body=f"""Bonjour Cléophée,

Merci pour ta candidature! On aimerait te rencontrer en entrevue le
{fr("2044-03-15", False)} à 13 h (heure de l'Est), à nos bureaux du 5455, avenue de Gaspé,
local 610.

Tu vas rencontrer Mélodie Charbonneau, cheffe d'équipe, et Yannick Gosselin, analyste
principal. Prévois environ 1 h 15.

Peux-tu me confirmer que ça te convient?

Bonne fin de journée!
Ghislain Tremblay-Desrosiers
Conseiller en acquisition de talents, Boréale Numérique
""",
        label=lab(
            "2044-03-15 13:00",
            "America/Toronto",
            None,
            company="Boréale Numérique",
            role="analyste d'affaires",
            who=["Mélodie Charbonneau", "Yannick Gosselin"],
            notes="Québec French ('entrevue', tutoiement, '13 h (heure de l'Est)'), sent on 9 March, "
            "before the North American change of 13 March: the start on 15 March is in EDT. 'heure de l'Est' is a region word, so timezone null. ISO-8859-1, 8bit.",
        ),
    ),
    cal_mail(
        EULALIE,
        "invitation-mise-a-jour-geneve-plainpalais",
        "interview",
        date=dh("2044-02-20 10:12", "Europe/Zurich"),
        frm=("Agenda Google", "calendar-notification@google.com"),
        reply_to=("Laetitia Mabillard", "laetitia.mabillard@lemanique-horlogerie.example"),
        subject=(
            "Invitation mise à jour : Entretien Eulalie Favre-Dossou / Lémanique Horlogerie "
            f"@ {wk('2044-02-29', 'fr')} 29 févr. 2044 15:00 - 16:00 (CET) "
            "(eulalie.favre@example.net)"
        ),
        body=f"""Cet événement a été modifié.
Modifications : l'heure

Entretien Eulalie Favre-Dossou / Lémanique Horlogerie

Quand
{wk("2044-02-29", "fr")} 29 févr. 2044 ⋅ 15:00 – 16:00 (heure normale d'Europe centrale - Zurich)

Lieu
Lémanique Horlogerie, rue de Carouge 98, 1205 Genève

Invités
Laetitia Mabillard – organisateur
Aurèle Duchoud
eulalie.favre@example.net

Invitation de Google Agenda : https://calendar.google.com/calendar/
""",
        event={
            "summary": "Entretien Eulalie Favre-Dossou / Lémanique Horlogerie",
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
            "sequence": 1,
            "organizer": ("Laetitia Mabillard", "laetitia.mabillard@lemanique-horlogerie.example"),
            "attendees": [
                ("Aurèle Duchoud", "aurele.duchoud@lemanique-horlogerie.example"),
                ("Eulalie Favre-Dossou", "eulalie.favre@example.net"),
            ],
            "start": "2044-02-29 15:00",
            "minutes": 60,
            "zone": "Europe/Zurich",
            "location": "Lémanique Horlogerie, rue de Carouge 98, 1205 Genève",
        },
        label=lab(
            "2044-02-29 15:00",
            "Europe/Zurich",
            "Europe/Zurich",
            company="Lémanique Horlogerie",
            who=["Laetitia Mabillard", "Aurèle Duchoud"],
            emails=[
                "laetitia.mabillard@lemanique-horlogerie.example",
                "aurele.duchoud@lemanique-horlogerie.example",
            ],
            notes="Google Calendar update in French ('Invitation mise à jour', SEQUENCE 1) on "
            "29 February (leap year); the organiser is counted as an interviewer, as a "
            "Google guest list does not say who only arranges.",
        ),
    ),
    person(
        GISLAINE,
        "annulation-entretien-dakar-plateau",
        "interview_cancelled",
        frm=("Awa Diagne-Faye", "awa.diagne@teranga-agro.example"),
        subject="Annulation de l'entretien du lundi 18 janvier",
        date=dh("2044-01-16 17:30", "Africa/Dakar"),
        body=f"""Bonjour Madame Ndiaye-Roussel,

Je suis au regret de vous informer que l'entretien prévu le {fr("2044-01-18", False)} à
10 h 00 (heure de Dakar) est annulé : la direction générale a décidé de suspendre le
recrutement pour le poste de responsable qualité jusqu'à nouvel ordre.

Nous ne manquerons pas de revenir vers vous si le processus reprend.

Cordialement,
Awa Diagne-Faye
Ressources humaines – Teranga Agro SA, Dakar
""",
        label=lab(
            "2044-01-18 10:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Teranga Agro",
            role="responsable qualité",
            notes="Cancelled, recruitment suspended; 'heure de Dakar' names the zone.",
        ),
    ),
    person(
        DIEUDONNE,
        "report-entretien-abidjan-plateau",
        "interview",
        frm=("Mariam Coulibaly-Yao", "mariam.coulibaly@ebrie-telecom.example"),
        subject="Report de votre entretien – Ingénieur réseaux",
        date=dh("2044-02-12 08:45", "Africa/Abidjan"),
        body=f"""Bonjour M. Ouédraogo-Marsan,

Pour des raisons d'agenda de notre Directeur technique, nous sommes contraints de reporter
votre entretien initialement prévu ce vendredi. Il est reporté au
{fr("2044-02-18", False)} à 9 h 30, même lieu (Immeuble Lagune, Plateau, 7e étage).

Vous serez reçu par M. Ismaël Kouadio-Brou, Directeur technique, en présence de Mme Adjoua Tanoh,
chef du service réseaux.

Merci de nous confirmer votre disponibilité.

Bien cordialement,
Mariam Coulibaly-Yao
DRH, Ebrié Télécom
""",
        label=lab(
            "2044-02-18 09:30",
            "Africa/Abidjan",
            None,
            company="Ebrié Télécom",
            role="Ingénieur réseaux",
            who=["Ismaël Kouadio-Brou", "Adjoua Tanoh"],
            notes="Ivorian postponement ('reporté au jeudi 18 février à 9 h 30') states the new "
            "time: interview. The old Friday is not dated.",
        ),
    ),
    person(
        FLORESTAN,
        "suite-candidature-refus-nantes",
        "rejection",
        frm=("Recrutement Trentemoult Naval", "recrutement@trentemoult-naval.example"),
        subject="Suite donnée à votre candidature – Réf. TN-2044-031",
        date=dh("2044-03-03 10:20", "Europe/Paris"),
        html=True,
        body="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à Trentemoult Naval et du temps que vous
nous avez consacré lors de nos échanges.

Après examen attentif de votre candidature, nous sommes au regret de vous informer que
nous ne sommes pas en mesure d'y donner une suite favorable. Ce choix ne remet nullement
en cause la qualité de votre parcours.

Nous conservons votre CV dans notre vivier et vous souhaitons pleine réussite dans vos
recherches.

Bien cordialement,
Le service Recrutement
""",
        label=note(
            "French rejection formula ('nous sommes au regret').", company="Trentemoult Naval"
        ),
    ),
    person(
        JOACHIM,
        "proposition-engagement-lausanne-flon",
        "offer",
        frm=("Séverine Chappuis", "severine.chappuis@vaudoise-data.example"),
        subject="Proposition d'engagement – Data Engineer",
        date=dh("2044-03-22 16:05", "Europe/Zurich"),
        body="""Cher Joachim,

C'est avec grand plaisir que nous te proposons le poste de Data Engineer au sein de
Vaudoise Data SA, à 100 %, dès le 1er juin 2044.

Salaire annuel brut : CHF 118'000.–, versé en 13 mensualités. Tu trouveras le contrat en
pièce jointe sur notre portail ; merci de nous faire part de ta décision d'ici le
29 mars.

Toute l'équipe se réjouit de t'accueillir !

Séverine Chappuis
Responsable RH
""",
        label=note(
            "Swiss French offer ('Proposition d'engagement', 'dès le', 'CHF 118'000.–').",
            company="Vaudoise Data",
        ),
    ),
    raw_mail(
        HONORINE,
        "reponse-automatique-absente-toulouse",
        "auto_reply",
        frm=("Capucine Roumagnac", "c.roumagnac@garonne-aero.example"),
        subject="Réponse automatique : Candidature – Ingénieure essais en vol",
        date=dh("2044-02-13 09:00", "Europe/Paris"),
        extra=AUTO,
        body="""Bonjour,

Je suis absente du 12 au 26 février inclus, sans accès à ma messagerie. Je traiterai
votre message à mon retour, le 29/02.

Pour toute urgence, vous pouvez contacter rh@garonne-aero.example.

Cordialement,
Capucine Roumagnac
""",
        label=note("French out-of-office with a return date.", return_date="2044-02-29"),
    ),
    person(
        FLORESTAN,
        "france-travail-rendez-vous-conseiller",
        "other",
        frm=("France Travail – votre agence", "ne-pas-repondre@agence-emploi-nantes.example"),
        subject="Votre rendez-vous avec votre conseiller",
        date=dh("2044-01-25 07:45", "Europe/Paris"),
        html=True,
        body=f"""Bonjour Monsieur Guérin-Kpodo,

Vous êtes convoqué à un entretien avec votre conseiller le {fr("2044-02-01", False)} à
10 h 15, à l'agence de Nantes Beaulieu.

Objet : point sur votre projet professionnel et vos démarches de recherche d'emploi.

En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel.
Cette convocation est obligatoire.

Votre agence France Travail
""",
        label=note(
            "Job-seekers' agency appointment ('entretien avec votre conseiller'): other. A "
            "careful reader might weigh the word 'entretien' and the compulsory time."
        ),
    ),
    person(
        ISAURE,
        "rendez-vous-banque-pret-namur",
        "other",
        frm=("Olivier Stassart – Banque Meuse & Sambre", "o.stassart@meuse-sambre-banque.example"),
        subject="Confirmation de votre rendez-vous – prêt hypothécaire",
        date=dh("2044-02-15 14:22", "Europe/Brussels"),
        body=f"""Chère Madame Dumoulin-Adjaho,

Je vous confirme notre rendez-vous du {fr("2044-02-19", False)} à 11h00 en agence
(rue de Fer 24, Namur) pour faire le point sur votre demande de prêt hypothécaire.
Merci d'apporter vos trois dernières fiches de paie.

Bien à vous,
Olivier Stassart, conseiller crédit
""",
        label=note("A bank appointment ('rendez-vous'), not about a job."),
    ),
    person(
        ISAURE,
        "disponibilites-second-entretien-liege",
        "scheduling_request",
        frm=("Quentin Delvaux", "quentin.delvaux@ardenne-biotech.example"),
        subject="Second entretien – vos disponibilités ?",
        date=dh("2044-03-16 12:10", "Europe/Brussels"),
        body="""Bonjour Isaure,

Merci encore pour le premier échange. Nous aimerions organiser un second entretien avec
notre directrice scientifique, sur site à Liège, d'ici la fin du mois.

Pourriez-vous me communiquer vos disponibilités pour la semaine du 28 mars ? Une demi-
journée serait idéale, car nous vous ferons visiter le laboratoire.

Bien à vous,
Quentin Delvaux
Ardenne Biotech
""",
        label=note("Asks for availability; no time set.", company="Ardenne Biotech"),
    ),
    booking(
        HONORINE,
        "wttj-rappel-entretien-demain-paris",
        "interview",
        prodid=WTTJ,
        start="2044-03-01 11:00",
        zone="Europe/Paris",
        minutes=45,
        summary="Entretien – Product Designer – Canal Saint-Martin Studio",
        organizer=("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
        attendees=[("Bérénice Aubertin", "berenice.aubertin@canal-studio.example")],
        date=dh("2044-02-29 11:00", "Europe/Paris"),
        frm=("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
        subject="Rappel : votre entretien avec Canal Saint-Martin Studio demain à 11h00",
        location="https://meet.google.com/pqx-rnav-kto",
        body=f"""Bonjour Honorine,

Petit rappel : votre entretien pour le poste de Product Designer chez Canal Saint-Martin
Studio a lieu demain, {fr("2044-03-01", False)}, de 11h00 à 11h45 (heure de Paris).

Avec : Bérénice Aubertin, Head of Design
Lien visio : https://meet.google.com/pqx-rnav-kto

Bonne chance !
L'équipe Welcome to the Jungle
""",
        label=lab(
            "2044-03-01 11:00",
            "Europe/Paris",
            "Europe/Paris",
            company="Canal Saint-Martin Studio",
            role="Product Designer",
            who=["Bérénice Aubertin"],
            emails=["berenice.aubertin@canal-studio.example"],
            notes="Tool reminder the day before ('Rappel ... demain à 11h00') with the .ics.",
        ),
    ),
    person(
        GISLAINE,
        "tu-startup-on-se-voit-jeudi-dakar",
        "interview",
        frm=("Cheikh Tidiane Sall", "cheikh@baobab-fintech.example"),
        subject="Re: Candidature dev mobile",
        date=dh("2044-03-22 19:48", "Africa/Dakar"),
        body=thread(
            f"""Top, jeudi 17h00 c'est calé. On se voit au Jokkolabs, 2e étage. Fatou (notre CTO)
sera là aussi.

À jeudi !
Cheikh

{ANDROID}
""",
            lq(
                f"Le {wk('2044-03-22', 'fr')} 22 mars 2044 à 18:02, Gislaine Ndiaye-Roussel "
                "<gislaine.ndiaye@example.com> a écrit :",
                """Bonjour Cheikh,

Merci ! Jeudi en fin d'après-midi m'irait bien, vers 17h00 si possible.

Gislaine""",
            ),
        ),
        label=lab(
            "2044-03-24 17:00",
            "Africa/Dakar",
            None,
            company="Baobab Fintech",
            role="dev mobile",
            who=["Cheikh", "Fatou"],
            emails=["cheikh@baobab-fintech.example"],
            notes="Informal tutoiement from an Android phone; 'jeudi 17h00 c'est calé' "
            "settles the time (Thursday 24 March). The sender takes part.",
        ),
    ),
]
