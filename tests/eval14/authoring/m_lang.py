"""German, French and Spanish mail by local senders, many written by the host in the first person."""

from __future__ import annotations

from .kit import (
    ACORAN,
    AMANDINE,
    AUTO,
    FACUNDO,
    GENEVIEVE,
    HAJAR,
    IGNACIA,
    LORENZ,
    REGULA,
    RENZO,
    SOLENE,
    XIMENA,
    ats,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    ics,
    lab,
    mail,
    note,
    pm,
    uid,
)

LIGHTNING = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
_VIENNA = "/freeassociation.sourceforge.net/Europe/Vienna"


def _lightning_vienna() -> str:
    text = ics(
        uid=uid("de-lightning-vienna", "cal.example"),
        start="2033-03-25 10:00",
        zone="Europe/Vienna",
        minutes=60,
        summary="Vorstellungsgespräch Lorenz Pichlmayr",
        organizer=("Dr. Ursula Haberfellner", "u.haberfellner@donaukanal-software.example"),
        attendees=[("Lorenz Pichlmayr", "lorenz.pichlmayr@example.net")],
        location="Donaukanal Software, Obere Donaustraße 95, 1020 Wien",
        prodid=LIGHTNING,
    )
    return text.replace("TZID:Europe/Vienna", f"TZID:{_VIENNA}").replace(
        "TZID=Europe/Vienna:", f"TZID={_VIENNA}:"
    )


MESSAGES = [
    # --- German ----------------------------------------------------------------------------
    mail(
        LORENZ,
        "de-lightning-odd-tzid-vienna",
        "interview",
        frm=("Dr. Ursula Haberfellner", "u.haberfellner@donaukanal-software.example"),
        subject="Einladung zum Vorstellungsgespräch - Softwareentwickler Java (m/w/d)",
        date=dh("2033-03-18 14:20", "Europe/Vienna"),
        body=f"""Sehr geehrter Herr Pichlmayr,

vielen Dank für Ihre Bewerbung. Ich freue mich, Sie persönlich kennenzulernen, und lade Sie
zu einem Vorstellungsgespräch am {de("2033-03-25")} um 10:00 Uhr in unser Büro in der
Oberen Donaustraße 95 ein. Das Gespräch führe ich selbst gemeinsam mit unserem Teamleiter
Backend, Herrn Stefan Wögerbauer.

Eine Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen
Dr. Ursula Haberfellner
Geschäftsführerin, Donaukanal Software GmbH
""",
        ics=_lightning_vienna(),
        ics_mode="attach",
        ics_name="invite.ics",
        charset="iso-8859-1",
        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird")],
        label=lab(
            "2033-03-25 10:00",
            "Europe/Vienna",
            "Europe/Vienna",
            company="Donaukanal Software",
            role="Softwareentwickler Java",
            who=["Ursula Haberfellner", "Stefan Wögerbauer"],
            emails=["u.haberfellner@donaukanal-software.example"],
            notes="ISO-8859-1 text; Lightning's old TZID path for Vienna; CET before 27 March.",
        ),
    ),
    pm(
        REGULA,
        "de-du-form-ich-ruf-dich-an",
        "interview",
        frm=("Reto Gisler", "reto@bergbach-robotics.example"),
        subject="Kurzes Gespräch am Donnerstag?",
        date=dh("2033-03-28 08:45", "Europe/Zurich"),
        body="""Hoi Regula

Danke für deine Bewerbung als Product Owner. Ich leite das Team und würde gerne direkt mit
dir sprechen: Ich ruf dich am Donnerstag um 14 Uhr auf deinem Handy an, ca. 30 Minuten.
Falls das nicht passt, melde dich einfach.

Liebe Grüsse
Reto

Von meinem iPhone gesendet
""",
        label=lab(
            "2033-03-31 14:00",
            "Europe/Zurich",
            None,
            company="Bergbach Robotics",
            role="Product Owner",
            who=["Reto Gisler"],
            emails=["reto@bergbach-robotics.example"],
            notes="Swiss German spelling, du-form; the hiring manager calls himself.",
        ),
    ),
    ats(
        REGULA,
        "de-personio-bewerbung-eingegangen",
        "other",
        frm=("Alpenfirn Versicherungen", "noreply@alpenfirn.jobs.personio.de"),
        subject="Ihre Bewerbung als Business Analyst (w/m/d) ist bei uns eingegangen",
        date=dh("2033-03-09 11:02", "Europe/Zurich"),
        body="""Guten Tag Frau Tschudin-Amstad

Vielen Dank für Ihre Bewerbung und Ihr Interesse an Alpenfirn Versicherungen. Wir prüfen Ihre
Unterlagen sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr Recruiting-Team
""",
        label=note(
            "Acknowledgement of an application.",
            company="Alpenfirn Versicherungen",
            role="Business Analyst",
        ),
        extra=AUTO,
    ),
    pm(
        LORENZ,
        "de-absage-mit-lob",
        "rejection",
        frm=("Mag. Katrin Zehetner", "k.zehetner@semmering-bau.example"),
        subject="Ihre Bewerbung als Projektleiter Digitalisierung - Rückmeldung",
        date=dh("2033-04-14 16:30", "Europe/Vienna"),
        body="""Sehr geehrter Herr Pichlmayr,

herzlichen Dank für die offenen und angenehmen Gespräche. Ihr Profil hat uns fachlich sehr
überzeugt, und die Entscheidung ist uns nicht leichtgefallen. Wir haben uns letztlich für
einen Kandidaten entschieden, der mehr Erfahrung im Baugewerbe mitbringt.

Gerne würden wir Ihre Unterlagen für künftige Positionen in Evidenz halten.

Mit besten Grüßen
Katrin Zehetner
Personalleitung, Semmering Bau AG
""",
        label=note(
            "Warm rejection after interviews.",
            company="Semmering Bau",
            role="Projektleiter Digitalisierung",
        ),
        charset="iso-8859-1",
    ),
    pm(
        REGULA,
        "de-outlook-verschiebung-neuer-termin",
        "interview",
        frm=("Nadja Brügger", "nadja.bruegger@bergbach-robotics.example"),
        subject="AW: Zweites Gespräch Product Owner - Verschiebung",
        date=dh("2033-04-12 10:05", "Europe/Zurich"),
        body=f"""Liebe Regula

Leider muss Reto den Termin am Donnerstag verschieben. Neuer Vorschlag, bereits mit allen
abgestimmt: {de("2033-04-19")}, 09:30 Uhr, bei uns im Büro in Winterthur. Es bleiben Reto
und ich als Gesprächspartner.

Beste Grüsse
Nadja Brügger
HR Business Partner

Von: Nadja Brügger
Gesendet: 06.04.2033 15:12
An: Regula Tschudin-Amstad
Betreff: Zweites Gespräch Product Owner

Liebe Regula, wir freuen uns, dich am {de("2033-04-14")} um 15:00 Uhr zum zweiten
Gespräch bei uns zu begrüssen.
""",
        label=lab(
            "2033-04-19 09:30",
            "Europe/Zurich",
            None,
            company="Bergbach Robotics",
            role="Product Owner",
            who=["Reto", "Nadja Brügger"],
            emails=["nadja.bruegger@bergbach-robotics.example"],
            notes="Top-posted German Outlook reply; the quoted old time no longer holds. "
            "Only the first name of the hiring manager (Reto) is in this message.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    mail(
        LORENZ,
        "de-abwesenheit-rueckkehr-datum",
        "auto_reply",
        frm=("Mag. Katrin Zehetner", "k.zehetner@semmering-bau.example"),
        subject="Automatische Antwort: Termin für Rückfrage",
        date=dh("2033-03-30 09:12", "Europe/Vienna"),
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. April 2033 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ab Montag, 11. April 2033 bin ich wieder erreichbar. In dringenden Fällen wenden
Sie sich bitte an personal@semmering-bau.example.

Mit freundlichen Grüßen
Katrin Zehetner
""",
        extra=AUTO,
        label=note("German out-of-office answer.", return_date="2033-04-11"),
    ),
    pm(
        REGULA,
        "de-vertragsangebot-naechste-schritte",
        "offer",
        frm=("Nadja Brügger", "nadja.bruegger@bergbach-robotics.example"),
        subject="Vertragsangebot Product Owner - nächste Schritte",
        date=dh("2033-04-26 17:10", "Europe/Zurich"),
        body="""Liebe Regula

Wie Reto dir heute Nachmittag schon telefonisch mitgeteilt hat, möchten wir dich sehr gerne
als Product Owner bei Bergbach Robotics anstellen. Im Anhang findest du den Arbeitsvertrag
(Jahreslohn CHF 128'000, Start nach Vereinbarung).

Nächste Schritte: Bitte unterschreibe den Vertrag bis zum 6. Mai und schick uns eine Kopie
deiner ID sowie deine AHV-Nummer für die Lohnbuchhaltung.

Herzliche Grüsse
Nadja
""",
        label=note(
            "Written offer with paperwork.", company="Bergbach Robotics", role="Product Owner"
        ),
    ),
    pm(
        LORENZ,
        "de-terminvorschlaege-drei-slots",
        "scheduling_request",
        frm=("Michaela Strohmayer", "m.strohmayer@donaukanal-software.example"),
        subject="Terminvorschläge für das Fachgespräch",
        date=dh("2033-03-28 13:40", "Europe/Vienna"),
        body=f"""Sehr geehrter Herr Pichlmayr,

nach dem ersten Gespräch möchten wir Sie gerne zu einem Fachgespräch einladen. Bitte teilen
Sie mir mit, welcher der folgenden Termine Ihnen passt:

- {de("2033-04-04")}, 09:00 Uhr
- {de("2033-04-05")}, 14:00 Uhr
- {de("2033-04-07")}, 11:00 Uhr

Mit freundlichen Grüßen
Michaela Strohmayer
Assistenz der Geschäftsführung
""",
        label=note(
            "Three slots offered, none chosen.",
            company="Donaukanal Software",
            role="Softwareentwickler Java",
        ),
    ),
    ats(
        REGULA,
        "de-jobs-ch-stellenangebote-alert",
        "bulk",
        frm=("jobs.ch Jobmail", "jobmail@jobs.ch"),
        subject="12 neue Stellenangebote für «Product Owner» in Zürich",
        date=dh("2033-04-02 06:00", "Europe/Zurich"),
        body="""Guten Morgen

Hier sind die neuesten Stellen zu Ihrem Suchabo «Product Owner» in Zürich:

Product Owner Mobile (80-100%) - Limmatwerk AG
Senior Product Owner - Uetliberg Digital
Product Owner Data Platform - Seefeld Insurance

Alle 12 Stellen ansehen: https://www.jobs.ch/de/stellenangebote/?term=product-owner

Suchabo verwalten | Abmelden
""",
        label=note("Job alert."),
        extra=bulk("<jobmail.jobs.ch>", "https://www.jobs.ch/de/abmelden/x7"),
    ),
    pm(
        LORENZ,
        "de-termin-entfaellt-neue-vorschlaege-folgen",
        "interview_cancelled",
        frm=("Michaela Strohmayer", "m.strohmayer@donaukanal-software.example"),
        subject="Ihr Termin am Dienstag entfällt",
        date=dh("2033-04-04 08:10", "Europe/Vienna"),
        body=f"""Sehr geehrter Herr Pichlmayr,

leider muss das Fachgespräch am {de("2033-04-05")} um 14:00 Uhr mit Frau Dr. Haberfellner
krankheitsbedingt entfallen. Ich melde mich in den nächsten Tagen mit neuen
Terminvorschlägen.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Michaela Strohmayer
""",
        label=lab(
            "2033-04-05 14:00",
            "Europe/Vienna",
            None,
            company="Donaukanal Software",
            role="Softwareentwickler Java",
            who=["Haberfellner"],
            notes="Cancelled, new times only promised; the old start is labelled.",
        ),
    ),
    # --- French ----------------------------------------------------------------------------
    pm(
        SOLENE,
        "fr-convocation-demandez-moi-a-laccueil",
        "interview",
        frm=("Hervé Le Bihan", "herve.lebihan@iroise-conseil.example"),
        subject="Convocation à un entretien - Consultante SI",
        date=dh("2033-03-16 17:30", "Europe/Paris"),
        body=f"""Bonjour Solène,

Suite à notre échange téléphonique, je vous propose de nous rencontrer le {fr("2033-03-24")}
à 14h30 dans nos locaux, 18 rue de la Pépinière, Paris 8e. Je vous recevrai moi-même avec
Claire Montfort, directrice du pôle SI. Présentez-vous à l'accueil et demandez-moi.

Bien cordialement,
Hervé Le Bihan
Associé, Iroise Conseil
""",
        label=lab(
            "2033-03-24 14:30",
            "Europe/Paris",
            None,
            company="Iroise Conseil",
            role="Consultante SI",
            who=["Hervé Le Bihan", "Claire Montfort"],
            emails=["herve.lebihan@iroise-conseil.example"],
        ),
        charset="windows-1252",
    ),
    pm(
        AMANDINE,
        "fr-gmail-reply-mardi-15h-parfait",
        "interview",
        frm=("Benoît Delvaux", "benoit.delvaux@sablon-media.example"),
        subject="Re: Entretien - Chargée de communication",
        date=dh("2033-03-14 16:02", "Europe/Brussels"),
        body="""Bonjour Amandine,

Mardi 15h, c'est parfait. À mardi ! Je vous attends au 3e étage, rue Ernest Allard 12.

Benoît

Le lun. 14 mars 2033 à 10:12, Amandine Verhaegen-Lux <amandine.vlux@example.org> a écrit :
> Bonjour Benoît,
> Merci pour votre message. Je suis disponible mardi 15 mars à 15h ou mercredi 16 mars
> à 10h.
> Bien à vous,
> Amandine
>
> Le ven. 11 mars 2033 à 18:40, Benoît Delvaux <benoit.delvaux@sablon-media.example> a écrit :
>> Bonjour Amandine, je dirige le service communication et j'aimerais vous rencontrer
>> pour le poste de chargée de communication. Quelles sont vos disponibilités la semaine
>> prochaine ?
""",
        label=lab(
            "2033-03-15 15:00",
            "Europe/Brussels",
            None,
            company="Sablon Media",
            role="Chargée de communication",
            who=["Benoît Delvaux"],
            emails=["benoit.delvaux@sablon-media.example"],
            notes="The newest reply settles the first of two quoted slots.",
        ),
        html=True,
    ),
    pm(
        HAJAR,
        "fr-entretien-heure-de-casablanca",
        "interview",
        frm=("Youssef Alaoui", "y.alaoui@atlas-energies.example"),
        subject="Entretien pour le poste d'ingénieure réseaux",
        date=dh("2033-04-06 12:15", "Africa/Casablanca"),
        body=f"""Bonjour Mme Bennani-Slaoui,

Suite à l'étude de votre candidature, j'ai le plaisir de vous convier à un entretien avec
moi-même et M. Karim Tazi, responsable infrastructure, le {fr("2033-04-13")} à 11h00
(heure de Casablanca) par visioconférence Teams.

Cordialement,
Youssef Alaoui
Directeur technique, Atlas Énergies
""",
        label=lab(
            "2033-04-13 11:00",
            "Africa/Casablanca",
            "Africa/Casablanca",
            company="Atlas Énergies",
            role="Ingénieure réseaux",
            who=["Youssef Alaoui", "Karim Tazi"],
            emails=["y.alaoui@atlas-energies.example"],
        ),
    ),
    exchange(
        GENEVIEVE,
        "fr-exchange-entrevue-quebec-eastern",
        "interview",
        start="2033-03-10 13:30",
        zone="Eastern Standard Time",
        minutes=60,
        subject="Entrevue pour le poste d'analyste financière",
        organizer=("Mathieu Boisvert", "mathieu.boisvert@caisse-laurentides.example"),
        attendees=[("Julie Ouimet", "julie.ouimet@caisse-laurentides.example")],
        date=dh("2033-03-03 10:40", "America/Toronto"),
        lang="fr",
        label=lab(
            "2033-03-10 13:30",
            "Eastern Standard Time",
            "America/New_York",
            company="Caisse des Laurentides",
            role="Analyste financière",
            who=["Mathieu Boisvert", "Julie Ouimet"],
            emails=[
                "mathieu.boisvert@caisse-laurentides.example",
                "julie.ouimet@caisse-laurentides.example",
            ],
            notes="Québec French Exchange request; the Eastern Windows TZID maps to New York "
            "(same offsets as Toronto); EST before 13 March.",
        ),
        text="""Bonjour Geneviève,

Julie Ouimet et moi aimerions vous rencontrer en entrevue virtuelle pour le poste
d'analyste financière. Merci d'accepter l'invitation.

Mathieu Boisvert
Directeur, Finances
""",
    ),
    pm(
        SOLENE,
        "fr-refus-candidature-apres-entretien",
        "rejection",
        frm=("Claire Montfort", "claire.montfort@iroise-conseil.example"),
        subject="Votre candidature au poste de Consultante SI",
        date=dh("2033-04-08 18:05", "Europe/Paris"),
        body="""Bonjour Solène,

Merci encore pour le temps que vous nous avez consacré. Nous avons beaucoup apprécié la
qualité de nos échanges et votre connaissance du secteur public. Après réflexion, nous avons
retenu un profil plus expérimenté en pilotage de projets SAP.

Nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil
se présente.

Bien cordialement,
Claire Montfort
""",
        label=note("Rejection after interview.", company="Iroise Conseil", role="Consultante SI"),
        charset="windows-1252",
    ),
    pm(
        AMANDINE,
        "fr-proposition-embauche-documents",
        "offer",
        frm=("Sophie Lambotte", "sophie.lambotte@sablon-media.example"),
        subject="Proposition d'embauche - Chargée de communication",
        date=dh("2033-04-01 11:20", "Europe/Brussels"),
        body="""Bonjour Amandine,

Nous avons le plaisir de vous proposer le poste de chargée de communication au sein de
Sablon Media, en CDI, à partir du 2 mai 2033. Vous trouverez en pièce jointe notre
proposition détaillée (rémunération, chèques-repas, voiture de société).

Prochaines étapes : merci de nous retourner la proposition signée d'ici le 8 avril, ainsi
qu'une copie de votre carte d'identité et votre numéro de compte pour le secrétariat social.

Bien à vous,
Sophie Lambotte
RH, Sablon Media
""",
        label=note(
            "Offer with paperwork as the next steps.",
            company="Sablon Media",
            role="Chargée de communication",
        ),
    ),
    mail(
        HAJAR,
        "fr-reponse-automatique-absence",
        "auto_reply",
        frm=("Youssef Alaoui", "y.alaoui@atlas-energies.example"),
        subject="Réponse automatique : absence du bureau",
        date=dh("2033-04-08 09:00", "Africa/Casablanca"),
        body=f"""Bonjour,

Je suis en déplacement jusqu'au vendredi 15 avril inclus, avec un accès limité à ma
messagerie. Je serai de retour le {fr("2033-04-18")}. Pour toute urgence, merci de contacter
rh@atlas-energies.example.

Cordialement,
Youssef Alaoui
""",
        extra=AUTO,
        label=note("French out-of-office answer.", return_date="2033-04-18"),
    ),
    ats(
        SOLENE,
        "fr-newsletter-offres-de-la-semaine",
        "bulk",
        frm=("Welcome to the Jungle", "hello@welcometothejungle.com"),
        subject="Nouvelle offre d'emploi : Consultante Transformation (et 7 autres)",
        date=dh("2033-03-21 07:30", "Europe/Paris"),
        body="""Bonjour Solène,

Voici notre sélection de la semaine, rien que pour vous :

Consultante Transformation - Marais Partners (Paris)
Cheffe de projet SI - Grand Est Mutuelle (Paris / télétravail)
Consultant Data Gouvernance - Lutèce Advisory (Paris)

Et aussi : nos conseils pour réussir un entretien en visio.

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs

Se désabonner
""",
        label=note("Job newsletter."),
        extra=bulk(
            "<weekly.welcometothejungle.com>", "https://www.welcometothejungle.com/unsub/s3"
        ),
    ),
    pm(
        AMANDINE,
        "fr-annulation-entretien-jeudi",
        "interview_cancelled",
        frm=("Delphine Maes", "delphine.maes@cantillon-assurances.example"),
        subject="Annulation de notre entretien de jeudi",
        date=dh("2033-03-22 09:45", "Europe/Brussels"),
        body=f"""Bonjour Madame Verhaegen,

Je suis au regret de devoir annuler notre entretien du {fr("2033-03-24")} à 10h00 : le
recrutement pour le poste de responsable communication interne est suspendu pour quelques
semaines. Je reviendrai vers vous dès que possible avec une nouvelle date.

Avec mes excuses,
Delphine Maes
Responsable RH, Cantillon Assurances
""",
        label=lab(
            "2033-03-24 10:00",
            "Europe/Brussels",
            None,
            company="Cantillon Assurances",
            role="Responsable communication interne",
            who=["Delphine Maes"],
            emails=["delphine.maes@cantillon-assurances.example"],
            notes="Suspended, a new date only promised: cancelled at the old time. The "
            "writer is the interviewer ('notre entretien').",
        ),
    ),
    pm(
        GENEVIEVE,
        "fr-vos-disponibilites-trois-creneaux",
        "scheduling_request",
        frm=("Isabelle Gagné", "isabelle.gagne@batiscan-assurances.example"),
        subject="Vos disponibilités pour un entretien - Analyste risques",
        date=dh("2033-04-18 14:00", "America/Toronto"),
        body=f"""Bonjour Geneviève,

Votre candidature a retenu notre attention. Pourriez-vous m'indiquer lequel de ces créneaux
vous conviendrait pour une première entrevue téléphonique (heure de l'Est) ?

- {fr("2033-04-21")}, 10 h
- {fr("2033-04-22")}, 13 h 30
- {fr("2033-04-25")}, 9 h

Merci,
Isabelle Gagné
Conseillère en acquisition de talents
""",
        label=note(
            "Three slots offered, none chosen.",
            company="Assurances Batiscan",
            role="Analyste risques",
        ),
    ),
    # --- Spanish ---------------------------------------------------------------------------
    pm(
        XIMENA,
        "es-te-entrevisto-yo-desde-iphone",
        "interview",
        frm=("Emiliano Cárdenas", "emiliano@tlacuache-labs.example"),
        subject="Entrevista el jueves",
        date=dh("2033-03-14 21:30", "America/Mexico_City"),
        body="""Hola Ximena, gracias por tu interés en la vacante de Diseñadora UX. La entrevista te
la hago yo: el jueves a las 5 de la tarde en la oficina de la Roma (Colima 214, piso 2).
Pregunta por mí en recepción.

Saludos,
Emiliano

Enviado desde mi iPhone
""",
        label=lab(
            "2033-03-17 17:00",
            "America/Mexico_City",
            None,
            company="Tlacuache Labs",
            role="Diseñadora UX",
            who=["Emiliano Cárdenas"],
            emails=["emiliano@tlacuache-labs.example"],
            notes="Mexico City has no DST (-06) while the US switched on 13 March.",
        ),
    ),
    pm(
        IGNACIA,
        "es-citacion-hora-de-chile-tras-cambio",
        "interview",
        frm=("Francisca Ossandón", "fossandon@cordillera-minerals.example"),
        subject="Citación a entrevista - Geóloga de exploración",
        date=dh("2033-03-31 10:00", "America/Santiago"),
        body=f"""Estimada Ignacia:

Junto con saludar, te cito a una entrevista conmigo y con el gerente de exploración,
Rodrigo Valdebenito, el {es("2033-04-06")} a las 9:30 (hora de Chile continental) en nuestras
oficinas de Av. Apoquindo 3000, piso 14.

Recuerda que este fin de semana termina el horario de verano.

Saludos cordiales,
Francisca Ossandón
Jefa de Personas, Cordillera Minerals
""",
        label=lab(
            "2033-04-06 09:30",
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Minerals",
            role="Geóloga de exploración",
            who=["Francisca Ossandón", "Rodrigo Valdebenito"],
            emails=["fossandon@cordillera-minerals.example"],
            notes="Chile returns to -04 on the night of 2 April; the interview is after it.",
        ),
    ),
    ats(
        RENZO,
        "es-convocatoria-hora-de-lima-agencia",
        "interview",
        frm=("Selecta Perú", "convocatorias@selecta-peru.example"),
        subject="Convocatoria a entrevista - Analista de Créditos",
        date=dh("2033-04-20 11:00", "America/Lima"),
        body=f"""Estimado Renzo:

Por encargo de nuestro cliente Banco Rímac del Sur, te convocamos a una entrevista para el
puesto de Analista de Créditos:

Fecha: {es("2033-04-27", year=True)}
Hora: 16:00 (hora de Lima)
Entrevistadora: Carmen Rosa Huamán, Jefa de Riesgos
Lugar: Av. Javier Prado Este 4200, San Isidro

Por favor, confirma tu asistencia respondiendo este correo.

Equipo de Selección
""",
        label=lab(
            "2033-04-27 16:00",
            "America/Lima",
            "America/Lima",
            company="Banco Rímac del Sur",
            role="Analista de Créditos",
            who=["Carmen Rosa Huamán"],
            notes="Agency writes for its client; the client's manager interviews.",
        ),
        charset="UTF-8",
        cte="base64",
    ),
    pm(
        FACUNDO,
        "es-resultado-proceso-seleccion",
        "rejection",
        frm=("Valentina Arismendi", "varismendi@ceibo-software.example"),
        subject="Resultado del proceso de selección - Desarrollador Backend",
        date=dh("2033-04-22 15:40", "America/Montevideo"),
        body="""Hola Facundo:

Muchas gracias por participar en nuestro proceso de selección y por la dedicación en la
prueba técnica, que nos gustó mucho. En esta oportunidad decidimos avanzar con otra persona
cuyo perfil se ajusta mejor a lo que el equipo necesita hoy.

Te deseamos muchos éxitos y esperamos volver a cruzarnos.

Un abrazo,
Valentina Arismendi
Talento, Ceibo Software
""",
        label=note(
            "Rejection that praises.", company="Ceibo Software", role="Desarrollador Backend"
        ),
    ),
    pm(
        ACORAN,
        "es-entrevista-presencial-hora-canaria",
        "interview",
        frm=("Nayra Cabrera", "nayra.cabrera@tindaya-renovables.example"),
        subject="Entrevista presencial - Técnico de mantenimiento eólico",
        date=dh("2033-04-18 13:10", "Atlantic/Canary"),
        body=f"""Hola Acorán:

Soy la responsable de operaciones y me encargo yo misma de la entrevista. Te espero el
{es("2033-04-22")} a las 10:00 hora canaria (11:00 en la península) en nuestra nave del
polígono de Arinaga. Pregunta por mí en la entrada.

Un saludo,
Nayra Cabrera
""",
        label=lab(
            "2033-04-22 10:00",
            "Atlantic/Canary",
            "Atlantic/Canary",
            company="Tindaya Renovables",
            role="Técnico de mantenimiento eólico",
            who=["Nayra Cabrera"],
            emails=["nayra.cabrera@tindaya-renovables.example"],
            notes="Canary time, one hour behind the peninsula.",
        ),
    ),
    pm(
        XIMENA,
        "es-oferta-laboral-documentos",
        "offer",
        frm=("Paola Medina", "paola.medina@tlacuache-labs.example"),
        subject="Oferta laboral - Diseñadora UX",
        date=dh("2033-03-29 12:30", "America/Mexico_City"),
        body="""Hola Ximena:

¡Nos da muchísimo gusto hacerte una oferta para unirte a Tlacuache Labs como Diseñadora UX!
Adjuntamos la carta oferta con sueldo, prestaciones y fecha de ingreso propuesta.

Siguientes pasos: firmar la carta y enviarnos tu RFC, CURP, comprobante de domicilio y
constancia de situación fiscal para el alta en nómina.

Saludos,
Paola Medina
Recursos Humanos
""",
        label=note("Offer with paperwork.", company="Tlacuache Labs", role="Diseñadora UX"),
    ),
    mail(
        RENZO,
        "es-respuesta-automatica-fuera-de-oficina",
        "auto_reply",
        frm=("Carmen Rosa Huamán", "chuaman@rimacdelsur.example"),
        subject="Respuesta automática: ausencia por vacaciones",
        date=dh("2033-04-25 08:00", "America/Lima"),
        body=f"""Gracias por su correo. Me encuentro de vacaciones y regreso el {es("2033-05-02")}.
Para temas urgentes, escriba a riesgos@rimacdelsur.example.

Carmen Rosa Huamán
""",
        extra=AUTO,
        label=note("Spanish out-of-office answer.", return_date="2033-05-02"),
    ),
    ats(
        IGNACIA,
        "es-laborum-nuevas-ofertas-empleos",
        "bulk",
        frm=("Laborum", "alertas@laborum.cl"),
        subject="Nuevas ofertas de empleos para Geóloga en Santiago",
        date=dh("2033-03-23 08:00", "America/Santiago"),
        body="""Hola Ignacia, encontramos 9 avisos que coinciden con tu búsqueda:

Geóloga de Proyectos - Minera Quebrada Alta
Geóloga Junior - Consultora Atacama Rocas
Especialista en Geología - Cobre Andino

Ver todos: https://www.laborum.cl/empleos-busqueda-geologa.html

Administrar alertas | Darse de baja
""",
        label=note("Job alert."),
        extra=bulk("<alertas.laborum.cl>", "https://www.laborum.cl/baja/ig7"),
    ),
    pm(
        FACUNDO,
        "es-cancelacion-entrevista-martes",
        "interview_cancelled",
        frm=("Valentina Arismendi", "varismendi@ceibo-software.example"),
        subject="Cancelación de la entrevista del martes",
        date=dh("2033-03-28 09:30", "America/Montevideo"),
        body=f"""Hola Facundo:

Te escribo para cancelar la entrevista técnica del {es("2033-03-29")} a las 15:00
con Martín Sosa. Martín tuvo un imprevisto familiar; en cuanto sepamos su disponibilidad te propongo
nuevas fechas.

Disculpá las molestias,
Valentina
""",
        label=lab(
            "2033-03-29 15:00",
            "America/Montevideo",
            None,
            company="Ceibo Software",
            who=["Martín Sosa"],
            notes="Cancelled; new dates only promised.",
        ),
    ),
    pm(
        ACORAN,
        "es-disponibilidad-para-entrevista",
        "scheduling_request",
        frm=("Raquel Domínguez", "raquel.dominguez@guanche-digital.example"),
        subject="Disponibilidad para entrevista - Desarrollador Android",
        date=dh("2033-04-04 10:15", "Atlantic/Canary"),
        body=f"""Hola Acorán:

Nos gustaría conocerte. ¿Cuál de estas opciones te viene mejor para una videollamada de 45
minutos con nuestro CTO (hora canaria)?

a) {es("2033-04-07")} a las 9:00
b) {es("2033-04-08")} a las 12:30
c) {es("2033-04-11")} a las 16:00

Gracias,
Raquel Domínguez
People, Guanche Digital
""",
        label=note(
            "Three slots offered, none chosen.",
            company="Guanche Digital",
            role="Desarrollador Android",
        ),
    ),
]
