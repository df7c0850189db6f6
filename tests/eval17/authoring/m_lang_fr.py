"""French mail from Lyon, Luxembourg, Casablanca, Dakar, Abidjan and Montréal (every kind)."""

from __future__ import annotations

from tests.eval17.authoring.kit import (
    AUTO,
    AWA,
    CAPUCINE,
    KOFFI,
    LAURENCE,
    LOIC,
    YOUSSEF,
    bulk,
    dh,
    exchange,
    fr,
    lab,
    note,
    person,
    raw_mail,
    vendor,
)

MESSAGES = []
add = MESSAGES.append

# 1. A convocation from a Lyon firm (vouvoiement, HTML beside text).
add(
    person(
        CAPUCINE,
        "confluence-ingenierie-convocation-lyon",
        "interview",
        frm=("Hélène Verdier", "h.verdier@confluence-ingenierie.example"),
        subject="Convocation à un entretien – Chargée d'études hydrauliques",
        date=dh("2036-10-24 11:36", "Europe/Paris"),
        html=True,
        body=(
            "Madame,\n\n"
            "Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre "
            f"entretien le {fr('2036-11-04')} à 10h30, dans nos locaux du 12 quai Perrache, "
            "69002 Lyon.\n\n"
            "Vous serez reçue par M. Bastien Lacroix, directeur du pôle Eau, et moi-même.\n\n"
            "Merci de vous présenter à l'accueil au 3e étage. En cas d'empêchement, je vous "
            "remercie de me prévenir au 04 72 00 00 00.\n\n"
            "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
            "Hélène Verdier\nResponsable des ressources humaines\nConfluence Ingénierie\n"
        ),
        label=lab(
            "2036-11-04 10:30",
            "Europe/Paris",
            company="Confluence Ingénierie",
            role="Chargée d'études hydrauliques",
            who=["Bastien Lacroix", "Hélène Verdier"],
            emails=["h.verdier@confluence-ingenierie.example"],
            notes="HR writer sits in ('et moi-même')",
        ),
    )
)

# 2. A French Exchange request to a Luxembourg user (W. Europe zone), summer time.
add(
    exchange(
        LOIC,
        "pfaffenthal-fonds-exchange-quand",
        "interview",
        start="2036-10-24 14:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Entretien – Analyste conformité – Loïc Weber-Schmit",
        organizer=("Anne Hoffmann", "anne.hoffmann@pfaffenthal-fonds.example"),
        attendees=[("Pascal Reuter", "pascal.reuter@pfaffenthal-fonds.example")],
        date=dh("2036-10-16 17:02", "Europe/Luxembourg"),
        lang="fr",
        location="Pfaffenthal Fonds S.A., 15 avenue J.F. Kennedy, salle Mosel",
        with_teams=False,
        label=lab(
            "2036-10-24 14:00",
            "Europe/Luxembourg",
            "Europe/Berlin",
            company="Pfaffenthal Fonds",
            role="Analyste conformité",
            who=["Pascal Reuter"],
            emails=["pascal.reuter@pfaffenthal-fonds.example"],
            notes="French Exchange 'Quand :'; W. Europe (Berlin); CEST",
        ),
        text=(
            "Bonjour Monsieur Weber-Schmit,\n\n"
            "Comme convenu, voici l'invitation pour votre entretien avec M. Pascal Reuter, "
            "Head of Compliance. Merci de vous munir d'une pièce d'identité.\n\n"
            "Bien cordialement,\nAnne Hoffmann\nTalent Acquisition"
        ),
    )
)

# 3. Casablanca during Ramadan time (+00): "heure de Casablanca".
add(
    person(
        YOUSSEF,
        "anfa-digital-entretien-heure-casablanca",
        "interview",
        frm=("Salma Bennis", "salma.bennis@anfa-digital.example"),
        subject="Confirmation de votre entretien – Développeur Full Stack",
        date=dh("2036-10-15 16:10", "Africa/Casablanca"),
        body=(
            "Bonjour Youssef,\n\n"
            "Je vous confirme votre entretien technique le "
            f"{fr('2036-10-22', year=False)} à 11h00 (heure de Casablanca) dans nos locaux "
            "du Technopark, bureau 214, route de Nouaceur.\n\n"
            "Vous rencontrerez Mehdi Alaoui (lead développeur) et Kenza Tazi (CTO). "
            "Prévoyez environ 1h30.\n\n"
            "Bien à vous,\nSalma Bennis\nChargée de recrutement, Anfa Digital\n"
        ),
        label=lab(
            "2036-10-22 11:00",
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Anfa Digital",
            role="Développeur Full Stack",
            who=["Mehdi Alaoui", "Kenza Tazi"],
            notes="Morocco at +00 for Ramadan from 19 Oct (sent at +01)",
        ),
    )
)

# 4. A Dakar cabinet relays a client's interview.
add(
    person(
        AWA,
        "teranga-rh-entretien-client-dakar",
        "interview",
        frm=("Cabinet Teranga RH", "contact@teranga-rh.example"),
        subject="Entretien avec notre client – poste de Responsable administrative et financière",
        date=dh("2036-10-09 18:25", "Africa/Dakar"),
        html_only=True,
        body=(
            "Bonsoir Madame Sy Diouf,\n\n"
            "Nous avons le plaisir de vous informer que notre client, la société Ndar "
            "Agro-Industries, souhaite vous rencontrer.\n\n"
            f"Date : {fr('2036-10-16')}\nHeure : 9h00 (heure de Dakar)\n"
            "Lieu : Immeuble Kébé, 3e étage, avenue Léopold Sédar Senghor, Dakar-Plateau\n"
            "Interlocuteurs : M. Ousmane Faye, directeur général, et Mme Aminata Ba, DAF groupe\n\n"
            "Merci de nous confirmer votre présence.\n\nCordialement,\n"
            "Mame Diarra Ndoye\nConsultante, Cabinet Teranga RH\n"
        ),
        label=lab(
            "2036-10-16 09:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Ndar Agro-Industries",
            who=["Ousmane Faye", "Aminata Ba"],
            notes="agency relay; consultant is not an interviewer",
        ),
    )
)

# 5. An Abidjan reply "C'est noté pour lundi 10h"; the date is in the quoted mail.
add(
    person(
        KOFFI,
        "ebrie-telecom-note-pour-lundi-10h",
        "interview",
        frm=("Adjoua Koné", "adjoua.kone@ebrie-telecom.example"),
        subject="RE: Disponibilités pour un entretien",
        charset="ISO-8859-15",
        cte="8bit",
        date=dh("2036-10-09 15:58", "Africa/Abidjan"),
        body=(
            "Bonjour M. Kouassi-Brou,\n\nC'est noté pour lundi 10h. Vous serez reçu par "
            "M. Serge Gnagne, chef du département Réseaux. Présentez-vous à l'accueil du "
            "siège au Plateau.\n\nCordialement,\nAdjoua Koné\nService RH, Ébrié Télécom\n\n"
            "-----Message d'origine-----\n"
            "De : Koffi Yao Kouassi-Brou <koffi.kouassi@example.org>\n"
            "Envoyé : jeudi 9 octobre 2036 11:20\n"
            "Objet : RE: Disponibilités pour un entretien\n\n"
            "Bonjour Madame Koné,\n\nMerci pour votre retour. Je suis disponible le "
            f"{fr('2036-10-13', year=False)} à 10h ou le {fr('2036-10-14', year=False)} "
            "après-midi.\n\nBien cordialement,\nKoffi Yao Kouassi-Brou\n"
        ),
        label=lab(
            "2036-10-13 10:00",
            "Africa/Abidjan",
            company="Ébrié Télécom",
            who=["Serge Gnagne"],
            notes="reply picks 'lundi 10h' from the quoted availability",
        ),
    )
)

# 6. A Québec confirmation in "heure de Montréal", after the switch.
add(
    person(
        LAURENCE,
        "saint-laurent-assurances-confirmation-entrevue",
        "interview",
        frm=("Jessica Tremblay-Roy", "jessica.tremblayroy@stlaurent-assurances.example"),
        subject="Confirmation d'entrevue – Analyste actuarielle",
        date=dh("2036-10-30 14:44", "America/Toronto"),
        html=True,
        body=(
            "Bonjour Laurence,\n\nMerci de ta disponibilité! Je te confirme ton entrevue le "
            f"{fr('2036-11-06', year=False)} à 13 h 30 (heure de Montréal), en "
            "vidéoconférence Teams.\n\n"
            "Tu rencontreras Mathieu Côté, directeur Actuariat, et Sophie Lavallée, "
            "actuaire principale.\n\nBonne préparation!\n\nJessica Tremblay-Roy\n"
            "Conseillère en acquisition de talents\nSaint-Laurent Assurances\n"
        ),
        label=lab(
            "2036-11-06 13:30",
            "America/Toronto",
            "America/Toronto",
            company="Saint-Laurent Assurances",
            role="Analyste actuarielle",
            who=["Mathieu Côté", "Sophie Lavallée"],
            notes="Québec tutoiement; EST after 2 Nov",
        ),
    )
)

# 7. Cancellation from Lyon, new dates promised.
add(
    person(
        CAPUCINE,
        "rhone-bioprod-annulation-entretien",
        "interview_cancelled",
        frm=("Julie Marchand", "julie.marchand@rhone-bioprod.example"),
        subject="Annulation de votre entretien du jeudi 23 octobre",
        date=dh("2036-10-21 09:47", "Europe/Paris"),
        body=(
            "Bonjour Madame Roussel-Diallo,\n\n"
            "Je suis au regret de devoir annuler votre entretien prévu le "
            f"{fr('2036-10-23', year=False)} à 15h avec M. Thierry Garnier, ce dernier étant "
            "retenu sur un audit client. Votre candidature reste bien entendu d'actualité : "
            "je reviens vers vous très vite avec de nouveaux créneaux.\n\n"
            "Avec toutes nos excuses,\nJulie Marchand\nRH, Rhône BioProd\n"
        ),
        label=lab(
            "2036-10-23 15:00",
            "Europe/Paris",
            company="Rhône BioProd",
            who=["Thierry Garnier"],
            notes="cancelled; new slots promised",
        ),
    )
)

# 8. Luxembourg: asked for availability.
add(
    person(
        LOIC,
        "moselle-data-vos-disponibilites",
        "scheduling_request",
        frm=("Claire Schmitz", "claire.schmitz@moselle-data.example"),
        subject="Vos disponibilités pour un premier entretien",
        date=dh("2036-10-06 10:12", "Europe/Luxembourg"),
        body=(
            "Bonjour Loïc,\n\nVotre profil a retenu toute notre attention pour le poste "
            "d'ingénieur data. Pourriez-vous m'indiquer vos disponibilités la semaine "
            "prochaine pour un premier entretien d'une trentaine de minutes en visio ?\n\n"
            "Belle journée,\nClaire Schmitz\nMoselle Data S.à r.l.\n"
        ),
        label=note("asks for availability", company="Moselle Data"),
    )
)

# 9. Rejection relayed by the Dakar cabinet.
add(
    person(
        AWA,
        "teranga-rh-suite-candidature",
        "rejection",
        frm=("Cabinet Teranga RH", "contact@teranga-rh.example"),
        subject="Suite à votre candidature – Responsable administrative et financière",
        date=dh("2036-10-30 12:05", "Africa/Dakar"),
        body=(
            "Madame Sy Diouf,\n\n"
            "Nous vous remercions pour votre participation au processus de recrutement. "
            "Après délibération, notre client a décidé de poursuivre avec une autre "
            "candidature. Nous conservons votre dossier pour de futures opportunités.\n\n"
            "Cordialement,\nMame Diarra Ndoye\n"
        ),
        label=note("rejection after the interview, relayed", company="Ndar Agro-Industries"),
    )
)

# 10. Offer from Casablanca.
add(
    person(
        YOUSSEF,
        "anfa-digital-proposition-embauche",
        "offer",
        frm=("Kenza Tazi", "kenza.tazi@anfa-digital.example"),
        subject="Proposition d'embauche – Développeur Full Stack",
        date=dh("2036-11-10 17:30", "Africa/Casablanca"),
        html=True,
        body=(
            "Bonjour Youssef,\n\n"
            "Suite à nos échanges, nous avons le plaisir de vous faire une offre pour le "
            "poste de Développeur Full Stack en CDI, avec un salaire annuel brut de "
            "264 000 MAD et une prise de poste le 5 janvier 2037.\n\n"
            "Vous trouverez la lettre d'offre en pièce jointe ; merci de nous faire part de "
            "votre réponse d'ici le 17 novembre.\n\nAu plaisir de vous compter parmi nous,\n"
            "Kenza Tazi\nCTO, Anfa Digital\n"
        ),
        label=note("written offer", company="Anfa Digital"),
    )
)

# 11. Out-of-office from Abidjan.
add(
    raw_mail(
        KOFFI,
        "cocody-invest-reponse-automatique",
        "auto_reply",
        frm=("Bertrand Aka", "b.aka@cocody-invest.example"),
        subject="Réponse automatique : Candidature – Analyste crédit",
        date=dh("2036-10-24 08:30", "Africa/Abidjan"),
        extra=AUTO,
        body=(
            "Bonjour,\n\nJe suis en congé et serai de retour au bureau le lundi 3 novembre "
            "2036. Pour toute urgence, merci de contacter rh@cocody-invest.example.\n\n"
            "Cordialement,\nBertrand Aka\n"
        ),
        label=note("absence, back Monday 3 Nov", return_date="2036-11-03"),
    )
)

# 12. HelloWork newsletter on interview advice.
add(
    vendor(
        CAPUCINE,
        "hellowork-conseils-entretien",
        "bulk",
        frm=("HelloWork", "newsletter@hellowork.com"),
        subject="Entretien d'embauche : 7 erreurs à éviter cette semaine",
        date=dh("2036-10-14 07:30", "Europe/Paris"),
        extra=bulk("<conseils.hellowork.com>", "https://www.hellowork.com/fr-fr/desabonnement"),
        body=(
            "Bonjour Capucine,\n\n"
            "Arriver en retard, ne pas connaître l'entreprise, parler salaire trop tôt... "
            "Découvrez les 7 erreurs qui coûtent le plus cher en entretien, et nos modèles de "
            "questions à poser au recruteur.\n\n"
            "Lire l'article : https://www.hellowork.com/fr-fr/medias/erreurs-entretien.html\n\n"
            "+ 24 nouvelles offres à Lyon correspondent à votre alerte.\n\n"
            "Se désabonner\n"
        ),
        label=note("newsletter: interview tips"),
    )
)

# 13. "Entretien" of a boiler: a maintenance visit.
add(
    vendor(
        LOIC,
        "chauffage-entretien-chaudiere-rdv",
        "other",
        frm=("Thermo Lux Services", "rdv@thermolux-services.example"),
        subject="Confirmation de rendez-vous : entretien annuel de votre chaudière",
        date=dh("2036-10-17 14:00", "Europe/Luxembourg"),
        body=(
            "Bonjour Monsieur Weber-Schmit,\n\n"
            "Nous vous confirmons le passage de notre technicien pour l'entretien annuel de "
            f"votre chaudière gaz le {fr('2036-11-04', year=False)} entre 8h et 12h, au "
            "27 rue de Hollerich.\n\n"
            "Merci de libérer l'accès à la chaudière. Pour modifier le rendez-vous, appelez "
            "le 40 00 00.\n\nThermo Lux Services\n"
        ),
        label=note("boiler maintenance ('entretien') appointment"),
    )
)

# 14. A Québec podcast wants to interview the user (not a job interview).
add(
    person(
        LAURENCE,
        "balado-actuariat-entrevue-invitee",
        "other",
        frm=("Félix Gingras", "felix@balado-chiffres.example"),
        subject="Invitation à une entrevue pour notre balado",
        date=dh("2036-10-08 20:15", "America/Toronto"),
        body=(
            "Salut Laurence!\n\n"
            "J'anime « Les chiffres parlent », un balado sur les métiers de la donnée. "
            "J'aimerais beaucoup t'avoir comme invitée pour une entrevue de 40 minutes sur ton "
            "parcours en actuariat. Aurais-tu un moment en novembre pour l'enregistrement?\n\n"
            "Merci!\nFélix Gingras\n"
        ),
        label=note("podcast interview of the user, not hiring"),
    )
)
