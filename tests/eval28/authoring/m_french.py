"""French, Belgian and Québec mail: CHU, EHPAD, mairie, lycée, boulangerie, CPAS, CIUSSS."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ARMELLE,
    AUTO,
    GHISLAIN,
    IPHONE,
    SOLVEIG,
    fr,
    iv,
    lq,
    mail,
    msgid,
    thread,
)

P = "Europe/Paris"
BX = "Europe/Brussels"
MTL = "America/Toronto"

MESSAGES = [
    iv(
        SOLVEIG,
        "convocation-entretien-chu-ide-bloc",
        frm=(
            "Direction des Ressources Humaines - CHU de Kerbriand",
            "recrutement@chu-kerbriand.example",
        ),
        subject="Convocation à un entretien – Infirmier(ère) de bloc opératoire (IBODE)",
        sent="2047-10-16 11:02",
        start="2047-10-30 09:30",
        zone=P,
        tool=True,
        company="CHU de Kerbriand",
        role="Infirmier(ère) de bloc opératoire (IBODE)",
        who=("Gwenaëlle Le Bihan", "Yannick Morvan"),
        body=f"""Madame,

Suite à votre candidature au poste d'IBODE au bloc central, nous avons le plaisir de vous
convier à un entretien le {fr("2047-10-30 09:30")} à 9h30.

Lieu : Direction des soins, bâtiment Laennec, 3e étage, bureau 312
Jury : Mme Gwenaëlle Le Bihan, cadre supérieure de santé du pôle bloc, et M. Yannick Morvan,
cadre de santé du bloc central.

Merci de vous munir d'une pièce d'identité, de votre diplôme d'État et de votre attestation
d'inscription à l'Ordre national des infirmiers. Le stationnement visiteurs (P4) est gratuit
pendant 2 heures.

Nous vous remercions de bien vouloir confirmer votre présence par retour de mail.

Le service recrutement""",
        notes="30 octobre : après le passage à l'heure d'hiver du 27 (UTC+1).",
    ),
    iv(
        SOLVEIG,
        "reponse-confirmation-chu-iphone",
        frm=(SOLVEIG.name, SOLVEIG.addresses[0]),
        subject="Re: Convocation à un entretien – Infirmier(ère) de bloc opératoire (IBODE)",
        sent="2047-10-16 19:40",
        start="2047-10-30 09:30",
        zone=P,
        company="CHU de Kerbriand",
        role="Infirmier(ère) de bloc opératoire (IBODE)",
        who=("Gwenaëlle Le Bihan", "Yannick Morvan"),
        to="recrutement@chu-kerbriand.example",
        agent=IPHONE,
        in_reply_to=msgid("convocation-entretien-chu-ide-bloc", "chu-kerbriand.example"),
        body=thread(
            """Bonjour,

Je vous confirme ma présence le 30 octobre à 9h30. Merci beaucoup.

Bien cordialement,
Maëlys Kerjean-Diabaté

Envoyé de mon iPhone""",
            lq(
                "Le 16 oct. 2047 à 11:02, DRH CHU de Kerbriand <recrutement@chu-kerbriand.example> a écrit :",
                f"""Madame,
Nous avons le plaisir de vous convier à un entretien le {fr("2047-10-30")} à 9h30.
Jury : Mme Gwenaëlle Le Bihan et M. Yannick Morvan.""",
            ),
        ),
        notes="Réponse de l'utilisatrice qui confirme.",
    ),
    iv(
        SOLVEIG,
        "ehpad-journee-immersion-aide-soignante",
        frm=("Sandrine Guillou", "direction@ehpad-les-tamaris.example"),
        subject="Journée d'immersion – poste d'aide-soignante de nuit",
        sent="2047-11-20 14:18",
        start="2047-11-27 20:45",
        zone=P,
        company="EHPAD Les Tamaris",
        role="Aide-soignante de nuit",
        who=("Sandrine Guillou",),
        body=f"""Bonjour Madame Kerjean-Diabaté,

Comme convenu au téléphone, je vous propose une nuit en immersion avec l'équipe le
{fr("2047-11-27", year=False)}, de 20h45 à 7h00, suivie d'un court entretien avec moi
à 7h15 avant la relève.

Merci d'apporter une tenue (nous fournissons les blouses), des chaussures fermées et une
copie de votre diplôme d'État d'aide-soignant.

Cordialement,
Sandrine Guillou
Directrice, EHPAD Les Tamaris""",
        notes="Immersion (mise en situation) puis entretien; le début labellisé est 20h45.",
    ),
    iv(
        ARMELLE,
        "cpas-epreuve-orale-assistante-sociale",
        frm=(
            "CPAS de Woluwe-sur-Senne - Service du personnel",
            "selection@cpas-woluwe-senne.example",
        ),
        subject="Convocation – épreuve orale – assistant(e) social(e) (m/f/x)",
        sent="2047-11-05 10:00",
        start="2047-11-14 13:30",
        zone=BX,
        tool=True,
        company="CPAS de Woluwe-sur-Senne",
        role="Assistant(e) social(e)",
        who=("Pascale Dewinter", "Karim Benali", "Nathalie Froidmont"),
        body=f"""Madame,

Suite à votre réussite de l'épreuve écrite, nous avons l'honneur de vous convoquer à
l'épreuve orale le {fr("2047-11-14")} à 13h30, salle du Conseil, avenue des Tilleuls 12.

Le jury sera composé de Mme Pascale Dewinter (Présidente du CPAS), M. Karim Benali
(Directeur général) et Mme Nathalie Froidmont (assistante sociale en chef).

Veuillez vous munir de votre carte d'identité. L'épreuve dure environ 30 minutes.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le Service du personnel""",
    ),
    iv(
        GHISLAIN,
        "ciusss-entrevue-prepose-beneficiaires",
        frm=("Dotation - CIUSSS de la Haute-Rivière", "dotation@ciusss-hauteriviere.example"),
        subject="Entrevue – Préposé aux bénéficiaires (CHSLD Saint-Édouard)",
        sent="2047-10-31 13:00",
        start="2047-11-06 10:00",
        zone=MTL,
        tool=True,
        company="CIUSSS de la Haute-Rivière",
        role="Préposé aux bénéficiaires",
        who=("Josée Lapointe",),
        body=f"""Bonjour Monsieur Tremblay-Kaboré,

Nous avons le plaisir de vous convoquer à une entrevue pour le poste de préposé aux
bénéficiaires au CHSLD Saint-Édouard, le {fr("2047-11-06", year=False)} à 10 h, au
2300, boulevard Saint-Joseph, local A-105.

Vous rencontrerez Mme Josée Lapointe, cheffe d'unité. Prévoyez environ 45 minutes, ainsi
que votre carte d'assurance maladie ou une autre pièce d'identité avec photo et votre
attestation d'études (DEP Assistance à la personne en établissement de santé).

Au plaisir de vous rencontrer,
Service de la dotation""",
        notes="Montréal : 6 novembre, après le passage à l'heure normale du 3 (UTC-5).",
    ),
    mail(
        ARMELLE,
        "mairie-refus-apres-jury",
        "rejection",
        frm=("Commune de Jambes-Heuvel - GRH", "grh@jambes-heuvel.example"),
        subject="Suite de votre candidature – employé(e) d'administration (service population)",
        sent="2047-11-27 09:45",
        zone=BX,
        tool=True,
        notes="Refus après l'épreuve orale.",
        body="""Madame,

Nous vous remercions pour votre participation à l'épreuve orale du recrutement d'un(e)
employé(e) d'administration. Nous sommes au regret de vous informer que votre candidature
n'a pas été retenue, le jury ayant classé d'autres candidat(e)s en ordre utile.

Votre nom est toutefois versé dans la réserve de recrutement pour une durée de deux ans.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service GRH""",
    ),
    mail(
        SOLVEIG,
        "promesse-embauche-ehpad",
        "offer",
        frm=("Sandrine Guillou", "direction@ehpad-les-tamaris.example"),
        subject="Promesse d'embauche – aide-soignante de nuit",
        sent="2047-12-04 16:30",
        zone=P,
        notes="Promesse d'embauche, CDI.",
        body="""Bonjour Madame Kerjean-Diabaté,

Suite à votre nuit d'immersion et à notre entretien, j'ai le plaisir de vous proposer un CDI
d'aide-soignante de nuit à temps plein (coefficient 253, CCN 51), à compter du 6 janvier
2048. Vous trouverez la promesse d'embauche en pièce jointe ; merci de me la retourner
signée avant le 13 décembre.

Bien cordialement,
Sandrine Guillou""",
    ),
    mail(
        GHISLAIN,
        "reponse-automatique-dotation-conges",
        "auto_reply",
        frm=("Josée Lapointe", "josee.lapointe@ciusss-hauteriviere.example"),
        subject="Réponse automatique : Entrevue – Préposé aux bénéficiaires",
        sent="2047-11-01 08:02",
        zone=MTL,
        extra=AUTO,
        more={"return_date": "2047-11-04"},
        notes="Absente jusqu'au 4 novembre.",
        body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 4 novembre. Pour toute urgence
concernant l'unité, veuillez communiquer avec l'assistante infirmière-chef de garde.

Josée Lapointe""",
    ),
]
