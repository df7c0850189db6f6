"""German, French and Spanish mail of every kind, from local senders."""

from __future__ import annotations

from .kit import (
    AUTO,
    AWA,
    BYRON,
    CAMILO,
    FLORENCIA,
    GESA,
    HINANO,
    IBALLA,
    MATS,
    ROMANE,
    XIMENA,
    YASMINA,
    YOKASTA,
    ZOOM,
    Msg,
    bulk,
    de,
    dh,
    es,
    exchange,
    fr,
    html_page,
    invite,
    lab,
    local,
    mail,
    note,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Personio, German invitation, Hamburg -----------------------------------------------------
S = "2030-10-15 10:30"
add(
    mail(
        GESA,
        "personio-einladung-hamburg",
        "interview",
        frm=("Elbkontor Logistik GmbH", "noreply@personio.de"),
        reply_to=("Merle Jansen-Ohlsen", "merle.jansen@elbkontor.example"),
        subject="Einladung zum Vorstellungsgespräch – Teamleitung Disposition",
        date=dh("2030-10-07 09:12:00", "Europe/Berlin"),
        body=f"""Hallo Frau Thormählen,

vielen Dank für Ihre Bewerbung als Teamleitung Disposition. Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich ein:

Termin: {de(S)}, {t24(S)} Uhr
Ort: Elbkontor Logistik GmbH, Am Sandtorkai 41, 20457 Hamburg (Empfang 2. OG)
Gesprächspartner: Hauke Petersen (Leitung Operations) und Merle Jansen-Ohlsen (Personal)

Bitte bestätigen Sie den Termin kurz über den Link in Ihrem Bewerberportal.

Mit freundlichen Grüßen
Merle Jansen-Ohlsen
Personalreferentin
""",
        label=lab(
            S,
            "Europe/Berlin",
            None,
            company="Elbkontor Logistik",
            role="Teamleitung Disposition",
            who=["Hauke Petersen", "Merle Jansen-Ohlsen"],
            notes="Personio, German; 'Dienstag, 15. Oktober 2030, 10:30 Uhr'; HR sits in.",
        ),
    )
)

# --- Exchange in German, Teams ------------------------------------------------------------------
S = "2030-11-05 14:00"
add(
    exchange(
        GESA,
        "exchange-wann-zweites-gespraech",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Zweites Gespräch – Gesa Thormählen – Supply Chain Analystin",
        organizer=("Jonas Riedesel", "jonas.riedesel@hanseporta.example"),
        attendees=[("Birte Lüdemann", "birte.luedemann@hanseporta.example")],
        date=dh("2030-10-29 15:33:00", "Europe/Berlin"),
        lang="de",
        text="""Hallo Frau Thormählen,

wie besprochen hier die Einladung zum zweiten Gespräch mit Birte Lüdemann (Bereichsleitung) und mir. Wir nutzen Microsoft Teams.

Viele Grüße
Jonas Riedesel
Hanseporta AG
""",
        label=lab(
            S,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Hanseporta",
            role="Supply Chain Analystin",
            who=["Jonas Riedesel", "Birte Lüdemann"],
            emails=["jonas.riedesel@hanseporta.example", "birte.luedemann@hanseporta.example"],
            notes="Exchange 'Wann:' line in German; CET after 27 October.",
        ),
    )
)

# --- German rejection --------------------------------------------------------------------------
add(
    mail(
        GESA,
        "absage-nordlicht-hamburg",
        "rejection",
        frm=("Nordlicht Versand Recruiting", "karriere@nordlichtversand.example"),
        subject="Ihre Bewerbung als Einkäuferin (m/w/d) – Rückmeldung",
        date=dh("2030-10-21 11:02:00", "Europe/Berlin"),
        body="""Sehr geehrte Frau Thormählen,

nochmals vielen Dank für Ihr Interesse an Nordlicht Versand und das angenehme Gespräch.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Ihr Recruiting-Team
Nordlicht Versand GmbH
""",
        label=note("German rejection after an interview.", company="Nordlicht Versand"),
    )
)

# --- German scheduling request (Luxembourg) -------------------------------------------------
A, B, C = "2030-10-23 09:00", "2030-10-24 14:00", "2030-10-25 11:00"
add(
    mail(
        MATS,
        "terminvorschlaege-luxembourg",
        "scheduling_request",
        frm=("Claudine Weis", "claudine.weis@moselbank.example"),
        subject="Terminvorschläge für ein Kennenlernen – Risk Analyst",
        date=dh("2030-10-16 14:21:00", "Europe/Luxembourg"),
        body=f"""Guten Tag Herr Hoffmann-Reuter,

gern würden wir Sie zu einem ersten Kennenlernen (ca. 45 Minuten, per Webex) einladen. Folgende Termine könnten wir anbieten:

- {de(A, False)}, {t24(A)} Uhr
- {de(B, False)}, {t24(B)} Uhr
- {de(C, False)}, {t24(C)} Uhr

Bitte teilen Sie mir mit, welcher Termin Ihnen passt; die Einladung folgt dann.

Beste Grüße aus Kirchberg
Claudine Weis
Talent Acquisition, Moselbank S.A.
""",
        label=note(
            "Three options offered, nothing booked yet.",
            company="Moselbank",
            role="Risk Analyst",
        ),
    )
)

# --- German reschedule: new time given --------------------------------------------------------
S = "2030-11-04 14:00"
add(
    mail(
        MATS,
        "verschiebung-neuer-termin-lux",
        "interview",
        frm=("Patrick Kremer", "patrick.kremer@ardennesoft.example"),
        subject="Verschiebung unseres Gesprächs",
        date=dh("2030-10-30 08:47:00", "Europe/Luxembourg"),
        body=f"""Hallo Herr Hoffmann-Reuter,

leider muss ich unser Gespräch am Donnerstag wegen einer Dienstreise verschieben. Neuer Termin: {de(S, False)}, 14 Uhr, wieder bei uns in Esch-sur-Alzette. Meine Kollegin Anouk Reding ist diesmal auch dabei.

Entschuldigen Sie die Umstände.

Viele Grüße
Patrick Kremer
Head of Development, Ardennesoft S.à r.l.
Tel. +352 55 50 21
""",
        label=lab(
            S,
            "Europe/Luxembourg",
            None,
            company="Ardennesoft",
            who=["Patrick Kremer", "Anouk Reding"],
            emails=["patrick.kremer@ardennesoft.example"],
            notes="Moved from Thursday to 'Montag, 4. November, 14 Uhr'; the new time is the label.",
        ),
    )
)

# --- German out-of-office ---------------------------------------------------------------------
add(
    mail(
        GESA,
        "abwesenheit-recruiterin-hamburg",
        "auto_reply",
        frm=("Svenja Drewes", "svenja.drewes@fleetwerk.example"),
        subject="Automatische Antwort: Abwesenheitsnotiz – Bewerbung Gesa Thormählen",
        date=dh("2030-10-18 07:55:00", "Europe/Berlin"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.10.2030 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 28.10.2030 bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an bewerbung@fleetwerk.example.

Svenja Drewes
""",
        label=note(
            "German out-of-office answer to the user's application mail.",
            return_date="2030-10-28",
        ),
    )
)

# --- German offer to the second address -------------------------------------------------------
add(
    mail(
        MATS,
        "vertragsangebot-zweite-adresse",
        "offer",
        frm=("Sabine Thill", "sabine.thill@ardennesoft.example"),
        to="Mats Hoffmann-Reuter <mhr.bewerbungen@example.com>",
        subject="Ihr Vertragsangebot – Senior Backend Developer",
        date=dh("2030-11-15 16:10:00", "Europe/Luxembourg"),
        body="""Sehr geehrter Herr Hoffmann-Reuter,

wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als Senior Backend Developer anbieten zu können. Im Anhang finden Sie unser Vertragsangebot (unbefristet, Eintritt zum 1. Februar 2031, Bruttojahresgehalt 86.000 EUR).

Bitte lassen Sie uns Ihre Rückmeldung bis zum 25. November zukommen.

Herzliche Grüße
Sabine Thill
HR Business Partner, Ardennesoft
""",
        label=note("German offer to the user's second address.", company="Ardennesoft"),
    )
)

# --- Job-centre counselling appointment (not an interview) -----------------------------------
add(
    mail(
        GESA,
        "arbeitsagentur-beratungstermin",
        "other",
        frm=("Jobcenter Hamburg-Mitte", "noreply@jobcenter-hh.example"),
        subject="Ihr Termin: Beratungsgespräch zur beruflichen Orientierung",
        date=dh("2030-10-10 08:00:00", "Europe/Berlin"),
        body=f"""Sehr geehrte Frau Thormählen,

hiermit bestätigen wir Ihren Termin für ein Beratungsgespräch:

{de("2030-10-22 09:15")}, 09:15 Uhr
Raum 3.14, Kurt-Schumacher-Allee 16, Hamburg
Ihre Ansprechpartnerin: Frau Özdemir

Bitte bringen Sie Ihre Bewerbungsunterlagen und Ihren Personalausweis mit.

Ihr Jobcenter
""",
        label=note("Counselling appointment at the job centre; not a job interview."),
    )
)

# --- German cancellation ------------------------------------------------------------------------
S = "2030-10-24 13:00"
add(
    mail(
        GESA,
        "absage-termin-vorstellungsgespraech",
        "interview_cancelled",
        frm=("Till Marquardt", "till.marquardt@alsterkraft.example"),
        subject="Absage des Termins am Donnerstag – Vorstellungsgespräch",
        date=dh("2030-10-21 17:40:00", "Europe/Berlin"),
        body=f"""Liebe Frau Thormählen,

leider müssen wir das Vorstellungsgespräch am {de(S, False)} um 13:00 Uhr absagen: Die Stelle als Projektkauffrau wird intern besetzt. Ein neuer Termin ist daher nicht geplant.

Es tut mir leid, Ihnen keine bessere Nachricht geben zu können.

Viele Grüße
Till Marquardt
Alsterkraft Energie GmbH
""",
        label=lab(
            S,
            "Europe/Berlin",
            None,
            company="Alsterkraft Energie",
            who=["Till Marquardt"],
            emails=["till.marquardt@alsterkraft.example"],
            notes="Cancelled without a new date; the position is filled internally.",
        ),
    )
)

# --- French: Teamtailor, heure de Paris ----------------------------------------------------------
S = "2030-10-17 14:30"
add(
    mail(
        ROMANE,
        "teamtailor-entretien-confirme-paris",
        "interview",
        frm=("Maison Corbière", "no-reply@teamtailor-mail.com"),
        reply_to=("Inès Benali", "ines.benali@maisoncorbiere.example"),
        subject="Votre entretien est confirmé – Cheffe de projet e-commerce",
        date=dh("2030-10-10 10:05:00", "Europe/Paris"),
        body=f"""Bonjour Romane,

Votre entretien est confirmé :

{fr(S)} à 14h30 (heure de Paris)
Durée : 45 minutes
Lieu : Maison Corbière, 18 rue de Paradis, 75010 Paris
Avec : Grégoire Vasseur (directeur e-commerce)

Pour modifier le créneau, utilisez le lien de votre espace candidat.

À bientôt,
L'équipe Maison Corbière
""",
        label=lab(
            S,
            "Europe/Paris",
            "Europe/Paris",
            company="Maison Corbière",
            role="Cheffe de projet e-commerce",
            who=["Grégoire Vasseur"],
            notes="Teamtailor in French, '14h30 (heure de Paris)'.",
        ),
    )
)

# --- French: Dakar convocation, GMT ----------------------------------------------------------
S = "2030-10-22 09:00"
add(
    mail(
        AWA,
        "convocation-dakar-gmt",
        "interview",
        frm=("Direction des Ressources Humaines", "drh@teranga-assur.example"),
        subject="Convocation à un entretien - Poste de Chargée de clientèle",
        date=dh("2030-10-14 12:30:00", "Africa/Dakar"),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
        body=f"""Madame Ndiaye-Sarr,

Suite à l'examen de votre dossier de candidature, nous avons le plaisir de vous convier à un entretien le {fr(S)} à 9h00 GMT, au siège de Teranga Assurances (avenue Léopold Sédar Senghor, Dakar-Plateau).

Le jury sera composé de M. Mamadou Diallo, Directeur commercial, et de Mme Fatou Sow-Mbaye, Responsable du service client.

Veuillez vous munir d'une pièce d'identité.

La Direction des Ressources Humaines
""",
        label=lab(
            S,
            "Africa/Dakar",
            None,
            company="Teranga Assurances",
            role="Chargée de clientèle",
            who=["Mamadou Diallo", "Fatou Sow-Mbaye"],
            notes="ISO-8859-1 French convocation; '9h00 GMT'; honorifics dropped.",
        ),
    )
)

# --- French: Paris time for a Casablanca user --------------------------------------------------
S = "2030-10-23 15:00"
add(
    mail(
        YASMINA,
        "paris-heure-casablanca-soit",
        "interview",
        frm=("Aurélien Maréchal", "aurelien.marechal@quaivoltaire.example"),
        subject="Entretien visio – Contrôleuse de gestion",
        date=dh("2030-10-17 18:12:00", "Europe/Paris"),
        body=f"""Bonjour Yasmina,

Je vous confirme notre entretien en visio le {fr(S, False)} à 15h (heure de Paris), soit 14h à Casablanca. Clémence Dufresne, notre DAF, se joindra à nous.

Lien Teams envoyé séparément.

Bien cordialement,
Aurélien Maréchal
Responsable contrôle de gestion – Quai Voltaire Conseil
+33 1 55 50 02 14
""",
        label=lab(
            S,
            "Europe/Paris",
            "Europe/Paris",
            company="Quai Voltaire Conseil",
            role="Contrôleuse de gestion",
            who=["Aurélien Maréchal", "Clémence Dufresne"],
            emails=["aurelien.marechal@quaivoltaire.example"],
            notes="'15h (heure de Paris), soit 14h à Casablanca' (CEST vs +01).",
        ),
    )
)

# --- French: Tahiti time for a Marquesas user -------------------------------------------------
S = "2030-10-25 08:30"
add(
    mail(
        HINANO,
        "papeete-heure-tahiti-marquises",
        "interview",
        frm=("Teva Maraetaata", "teva.maraetaata@fenua-logistique.example"),
        subject="Entretien pour le poste d'agent de transit",
        date=dh("2030-10-18 16:00:00", "Pacific/Tahiti"),
        body=f"""Ia ora na Hinano,

Merci pour votre candidature. Nous vous proposons un entretien par téléphone le {fr(S, False)} à 8h30 heure de Tahiti (9h00 aux Marquises). Je vous appellerai avec ma collègue Vaiana Tehei.

Māuruuru,
Teva Maraetaata
Responsable d'agence, Fenua Logistique – Papeete
""",
        label=lab(
            S,
            "Pacific/Tahiti",
            "Pacific/Tahiti",
            company="Fenua Logistique",
            role="agent de transit",
            who=["Teva Maraetaata", "Vaiana Tehei"],
            emails=["teva.maraetaata@fenua-logistique.example"],
            notes="'8h30 heure de Tahiti (9h00 aux Marquises)': -10:00 vs -09:30.",
        ),
    )
)

# --- French Exchange request, Luxembourg ------------------------------------------------------
S = "2030-11-08 10:00"
add(
    exchange(
        MATS,
        "exchange-quand-luxembourg-fr",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Entretien – Mats Hoffmann-Reuter – Data Engineer",
        organizer=("Léa Muller", "lea.muller@kirchbergfonds.example"),
        attendees=[
            ("Marc Schroeder", "marc.schroeder@kirchbergfonds.example"),
            ("Yves Bintner", "yves.bintner@kirchbergfonds.example"),
        ],
        date=dh("2030-11-01 09:02:00", "Europe/Luxembourg"),
        lang="fr",
        text="""Bonjour Monsieur Hoffmann-Reuter,

Suite à notre échange téléphonique, voici l'invitation pour l'entretien technique avec Marc Schroeder et Yves Bintner. Je ne participerai pas à l'entretien.

Cordialement,
Léa Muller
Recrutement, Kirchberg Fonds S.A.
""",
        label=lab(
            S,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Kirchberg Fonds",
            role="Data Engineer",
            who=["Marc Schroeder", "Yves Bintner"],
            emails=["marc.schroeder@kirchbergfonds.example", "yves.bintner@kirchbergfonds.example"],
            notes="Exchange 'Quand :' in French; recruiter organises but does not attend; CET.",
        ),
    )
)

# --- French rejection --------------------------------------------------------------------------
add(
    mail(
        ROMANE,
        "refus-candidature-lyon",
        "rejection",
        frm=("Recrutement Rhodanie", "recrutement@rhodanie.example"),
        subject="Réponse à votre candidature – Responsable CRM",
        date=dh("2030-10-28 14:44:00", "Europe/Paris"),
        body="""Bonjour Madame Lefebvre-Caillaux,

Nous vous remercions de l'intérêt que vous portez à Rhodanie et du temps consacré à nos échanges.

Après étude attentive, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Responsable CRM. Votre profil a néanmoins retenu notre attention et nous nous permettrons de revenir vers vous si une opportunité correspondante se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
""",
        label=note("French rejection.", company="Rhodanie", role="Responsable CRM"),
    )
)

# --- French offer, Dakar ---------------------------------------------------------------------
add(
    mail(
        AWA,
        "proposition-embauche-dakar",
        "offer",
        frm=("Mamadou Diallo", "mamadou.diallo@teranga-assur.example"),
        subject="Proposition d'embauche – Chargée de clientèle",
        date=dh("2030-11-05 11:20:00", "Africa/Dakar"),
        body="""Chère Madame Ndiaye-Sarr,

C'est avec plaisir que nous vous proposons de rejoindre Teranga Assurances en qualité de Chargée de clientèle, en CDI, à compter du 2 décembre 2030. Vous trouverez ci-joint la lettre d'offre précisant la rémunération et les avantages.

Merci de nous faire part de votre décision d'ici le 15 novembre.

Bien à vous,
Mamadou Diallo
Directeur commercial
""",
        label=note("French written offer.", company="Teranga Assurances"),
    )
)

# --- French cancellation -----------------------------------------------------------------------
S = "2030-11-07 11:00"
add(
    mail(
        ROMANE,
        "annulation-estuaire-suspendu",
        "interview_cancelled",
        frm=("Pauline Guérin", "pauline.guerin@estuaire-mobilite.example"),
        subject="Annulation de votre entretien du jeudi 7 novembre",
        date=dh("2030-11-04 09:38:00", "Europe/Paris"),
        body="""Bonjour Romane,

Je suis désolée de devoir annuler notre entretien prévu jeudi 7 novembre à 11h. Le recrutement pour le poste de Product Owner est suspendu suite à une réorganisation interne.

Je reviendrai vers vous si le poste est réouvert.

Bien cordialement,
Pauline Guérin
Chargée de recrutement, Estuaire Mobilité
""",
        label=lab(
            S,
            "Europe/Paris",
            None,
            company="Estuaire Mobilité",
            role="Product Owner",
            who=[],
            notes="Cancelled; recruitment suspended. The sender only recruits, no interviewer named.",
        ),
    )
)

# --- French scheduling request, Casablanca ---------------------------------------------------
add(
    mail(
        YASMINA,
        "disponibilites-rabat",
        "scheduling_request",
        frm=("Salma Bennani", "salma.bennani@atlasfibre.example"),
        subject="Vos disponibilités pour un entretien – Analyste financière",
        date=dh("2030-10-29 10:15:00", "Africa/Casablanca"),
        body="""Bonjour Yasmina,

Votre profil a retenu notre attention pour le poste d'Analyste financière. Pourriez-vous m'indiquer vos disponibilités la semaine prochaine pour un premier entretien d'une trentaine de minutes ? Vous pouvez aussi réserver directement un créneau ici : https://calendly.com/salma-bennani-atlasfibre/30min

Cordialement,
Salma Bennani
Talent Acquisition – Atlas Fibre, Rabat
""",
        label=note(
            "Asks for availability or a self-booked slot; nothing booked.",
            company="Atlas Fibre",
            role="Analyste financière",
        ),
    )
)

# --- French out-of-office --------------------------------------------------------------------
add(
    mail(
        ROMANE,
        "reponse-auto-absence-rh",
        "auto_reply",
        frm=("Hugo Lemaire", "hugo.lemaire@canal-saint-martin.example"),
        subject="Réponse automatique : absence du bureau",
        date=dh("2030-10-15 13:01:00", "Europe/Paris"),
        extra=AUTO,
        body="""Bonjour,

Je suis absent jusqu'au vendredi 25 octobre inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour le lundi 28 octobre.

Pour toute urgence concernant le recrutement, contactez rh@canal-saint-martin.example.

Hugo Lemaire
""",
        label=note("French out-of-office from a recruiter.", return_date="2030-10-28"),
    )
)

# --- French webinar about interviews (bulk) -----------------------------------------------
add(
    mail(
        ROMANE,
        "atelier-preparer-entretien-webinaire",
        "bulk",
        frm=("Cadres en Mouvement", "newsletter@cadres-en-mouvement.example"),
        subject="Atelier en ligne : réussir son entretien d'embauche en 2030",
        date=dh("2030-10-08 07:30:00", "Europe/Paris"),
        extra=bulk(
            "<ateliers.cadres-en-mouvement.example>",
            "https://cadres-en-mouvement.example/desinscription?u=r8812",
        ),
        rich=html_page(
            f"""<h1>Réussir son entretien d'embauche</h1>
<p>Webinaire gratuit le {fr("2030-10-16 12:30", False)} à 12h30 : les questions pièges, le pitch de 2 minutes, la négociation salariale.</p>
<p>Animé par Sophie Carrel, coach carrière.</p>
<p><a href="https://cadres-en-mouvement.example/ateliers/entretien">Je m'inscris</a></p>
<p style="font-size:11px">Vous recevez cet e-mail car vous êtes abonné(e) à nos ateliers. <a href="https://cadres-en-mouvement.example/desinscription?u=r8812">Se désinscrire</a></p>""",
            lang="fr",
        ),
        label=note("Newsletter webinar about job interviews; bulk."),
    )
)

# --- Press interview request (not a job interview), French ------------------------------------
add(
    mail(
        AWA,
        "interview-presse-radio-dakar",
        "other",
        frm=("Ousmane Faye", "ousmane.faye@radio-kaddu.example"),
        subject="Demande d'interview – émission Femmes & Entreprises",
        date=dh("2030-10-20 15:25:00", "Africa/Dakar"),
        body=f"""Bonjour Madame Ndiaye-Sarr,

Je prépare l'émission « Femmes & Entreprises » et j'aimerais vous interviewer sur votre parcours dans l'assurance. L'enregistrement aurait lieu le {fr("2030-10-30 10:00", False)} à 10h dans nos studios de Fann.

Merci de me dire si cela vous convient.

Ousmane Faye
Journaliste, Radio Kaddu
""",
        label=note("A radio journalist's interview request; not a job interview."),
    )
)

# --- Spanish: Zoom text, Buenos Aires ----------------------------------------------------------
S = "2030-10-10 15:00"
x = local(S, "America/Argentina/Buenos_Aires")
add(
    invite(
        FLORENCIA,
        "zoom-hora-buenos-aires",
        "interview",
        start=S,
        zone="America/Argentina/Buenos_Aires",
        minutes=45,
        summary="Entrevista - Analista de Pricing - Florencia Ibarguren",
        organizer=("Martín Echeverry", "martin.echeverry@nandueseguros.example"),
        prodid=ZOOM,
        ics_mode="attach",
        ics_name="meeting.ics",
        frm=("Martín Echeverry", "martin.echeverry@nandueseguros.example"),
        subject="Entrevista - Analista de Pricing - Ñandú Seguros",
        date=dh("2030-10-04 12:48:00", "America/Argentina/Buenos_Aires"),
        body=f"""Hola Florencia, ¿cómo estás?

Te paso los datos de la entrevista con Luciana Ferrando (Gerente de Pricing) y conmigo.

Martín Echeverry te está invitando a una reunión de Zoom programada.

Tema: Entrevista - Analista de Pricing - Florencia Ibarguren
Hora: {x.day} oct {x.year} 03:00 p. m. Buenos Aires, Georgetown

Unirse a la reunión Zoom
https://us02web.zoom.us/j/81942207735

Saludos,
Martín
Líder de Talento | Ñandú Seguros
""",
        label=lab(
            S,
            "America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
            company="Ñandú Seguros",
            role="Analista de Pricing",
            who=["Luciana Ferrando", "Martín Echeverry"],
            emails=["martin.echeverry@nandueseguros.example"],
            notes="Spanish Zoom text 'Hora: 10 oct 2030 03:00 p. m. Buenos Aires'.",
        ),
    )
)

# --- Spanish: agency, hora de Bogotá ----------------------------------------------------------
S = "2030-10-24 09:00"
add(
    mail(
        CAMILO,
        "agencia-hora-bogota",
        "interview",
        frm=("Daniela Quintero", "daniela.quintero@andinatalento.example"),
        subject="Entrevista confirmada – Coordinador de Operaciones – Cafetal Andino",
        date=dh("2030-10-18 17:03:00", "America/Bogota"),
        body=f"""Hola Camilo,

¡Buenas noticias! Cafetal Andino quiere conocerte. Quedó confirmada la entrevista:

📅 {es(S).capitalize()}, 9:00 a. m. hora de Bogotá
📍 Calle 93 #11-26, oficina 502
👥 Con Felipe Arango (Gerente de Operaciones) y Valentina Rueda (Jefe de Planta)

Cualquier cosa me escribes por aquí o al WhatsApp.

Daniela Quintero
Consultora Senior | Andina Talento
+57 601 555 0132
""",
        label=lab(
            S,
            "America/Bogota",
            "America/Bogota",
            company="Cafetal Andino",
            role="Coordinador de Operaciones",
            who=["Felipe Arango", "Valentina Rueda"],
            notes="Agency, emoji bullets; 'jueves 24 de octubre, 9:00 a. m. hora de Bogotá'.",
        ),
    )
)

# --- Spanish Exchange, Mexico City --------------------------------------------------------------
S = "2030-11-13 12:00"
add(
    exchange(
        XIMENA,
        "exchange-cuando-cdmx",
        "interview",
        start=S,
        zone="Central Standard Time (Mexico)",
        minutes=60,
        subject="Entrevista panel – Gerente de Marca – Ximena Gaxiola",
        organizer=("Rodrigo Villaseñor", "rodrigo.villasenor@nopalbebidas.example"),
        attendees=[
            ("Itzel Carrasco", "itzel.carrasco@nopalbebidas.example"),
            ("Gabriel Montaño", "gabriel.montano@nopalbebidas.example"),
        ],
        date=dh("2030-11-06 10:22:00", "America/Mexico_City"),
        lang="es",
        text="""Hola Ximena,

Te comparto la invitación para la entrevista panel con Itzel Carrasco (Directora de Marketing), Gabriel Montaño (Trade Marketing) y un servidor.

Saludos,
Rodrigo Villaseñor
Gerente de Atracción de Talento, Nopal Bebidas
""",
        label=lab(
            S,
            "Central Standard Time (Mexico)",
            "America/Mexico_City",
            company="Nopal Bebidas",
            role="Gerente de Marca",
            who=["Itzel Carrasco", "Gabriel Montaño", "Rodrigo Villaseñor"],
            emails=[
                "rodrigo.villasenor@nopalbebidas.example",
                "itzel.carrasco@nopalbebidas.example",
                "gabriel.montano@nopalbebidas.example",
            ],
            notes="Exchange 'Cuándo:' in Spanish; Mexico has no DST since 2022 (-06:00).",
        ),
    )
)

# --- Spanish: Ecuador "10h00" --------------------------------------------------------------
S = "2030-11-05 10:00"
add(
    mail(
        BYRON,
        "convocatoria-10h00-guayaquil",
        "interview",
        frm=("Talento Humano Manglar", "talentohumano@manglarcorp.example"),
        subject="Convocatoria a entrevista – Analista Contable",
        date=dh("2030-10-30 16:50:00", "America/Guayaquil"),
        body=f"""Estimado Byron:

Reciba un cordial saludo. Por medio del presente le convocamos a entrevista para el cargo de Analista Contable, el día {es(S)} a las 10h00, en nuestras oficinas de Av. 9 de Octubre y Malecón, piso 7, Guayaquil.

Le atenderán el Ing. Xavier Mosquera (Jefe Financiero) y la Lcda. Gabriela Palacios (Talento Humano).

Favor confirmar su asistencia respondiendo a este correo.

Atentamente,
Departamento de Talento Humano
Manglar Corp S.A.
""",
        label=lab(
            S,
            "America/Guayaquil",
            None,
            company="Manglar Corp",
            role="Analista Contable",
            who=["Xavier Mosquera", "Gabriela Palacios"],
            notes="'martes 5 de noviembre a las 10h00'; titles Ing./Lcda. dropped; no zone.",
        ),
    )
)

# --- Spanish reschedule, Santo Domingo ----------------------------------------------------------
S = "2030-11-11 15:00"
add(
    mail(
        YOKASTA,
        "reprogramacion-entrevista-santodomingo",
        "interview",
        frm=("Ruth Almánzar", "ruth.almanzar@caribefarma.example"),
        subject="Reprogramación de su entrevista - Caribe Farma",
        date=dh("2030-11-05 09:40:00", "America/Santo_Domingo"),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
        body=f"""Buenos días, Sra. Peralta:

Por motivos de agenda del Director Comercial debemos mover su entrevista del jueves 7 al {es(S)} a las 3:00 p. m., en el mismo lugar (Av. Winston Churchill 1099, Torre Acrópolis, piso 12).

Le entrevistarán el Lic. Ramón Sánchez Tejeda y la Lic. Mildred Castillo.

Quedo atenta a su confirmación.

Ruth Almánzar
Reclutamiento y Selección, Caribe Farma
809-555-0163
""",
        label=lab(
            S,
            "America/Santo_Domingo",
            None,
            company="Caribe Farma",
            who=["Ramón Sánchez Tejeda", "Mildred Castillo"],
            notes="ISO-8859-1; moved from Thursday 7 to 'lunes 11 de noviembre a las 3:00 p. m.'.",
        ),
    )
)

# --- Spanish: peninsular time for a Canary Islands user -------------------------------------
S = "2030-11-13 10:00"
add(
    mail(
        IBALLA,
        "hora-peninsular-canarias",
        "interview",
        frm=("Alberto Ruiz de Lara", "alberto.ruizdelara@meseta-energia.example"),
        subject="Entrevista por videollamada – Técnica de Sostenibilidad",
        date=dh("2030-11-06 12:35:00", "Europe/Madrid"),
        body=f"""Hola Iballa:

Te confirmo la entrevista por Google Meet el {es(S)} a las 10:00 (hora peninsular), es decir, a las 9:00 en Canarias. Estaremos Nuria Calvo, responsable del área, y yo.

Enlace: https://meet.google.com/kwd-ttzu-nsa

Un saludo,
Alberto Ruiz de Lara
Meseta Energía
""",
        label=lab(
            S,
            "Europe/Madrid",
            "Europe/Madrid",
            company="Meseta Energía",
            role="Técnica de Sostenibilidad",
            who=["Nuria Calvo", "Alberto Ruiz de Lara"],
            emails=["alberto.ruizdelara@meseta-energia.example"],
            notes="'10:00 (hora peninsular) ... 9:00 en Canarias'; Madrid CET.",
        ),
    )
)

# --- Spanish rejection, base64 ------------------------------------------------------------
add(
    mail(
        CAMILO,
        "actualizacion-proceso-bogota",
        "rejection",
        frm=("Equipo de Selección Guadua", "seleccion@guaduatech.example"),
        subject="Actualización de tu proceso de selección",
        date=dh("2030-11-02 10:10:00", "America/Bogota"),
        cte="base64",
        body="""Hola Camilo,

Gracias por participar en el proceso para Jefe de Logística en Guadua Tech. Después de evaluar todas las candidaturas, decidimos continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Tus datos quedarán en nuestra base para futuras vacantes.

¡Éxitos!
Equipo de Selección Guadua Tech
""",
        label=note("Spanish rejection, base64 body.", company="Guadua Tech"),
    )
)

# --- Spanish offer ------------------------------------------------------------------------
add(
    mail(
        XIMENA,
        "carta-oferta-cdmx",
        "offer",
        frm=("Rodrigo Villaseñor", "rodrigo.villasenor@nopalbebidas.example"),
        subject="Carta oferta – Gerente de Marca",
        date=dh("2030-11-22 13:05:00", "America/Mexico_City"),
        body="""Hola Ximena,

¡Felicidades! Nos da mucho gusto extenderte la oferta para el puesto de Gerente de Marca. Adjunto la carta oferta con sueldo, prestaciones y fecha de ingreso propuesta (6 de enero de 2031).

¿Nos confirmas tu respuesta a más tardar el viernes?

Saludos,
Rodrigo
""",
        label=note("Spanish offer letter.", company="Nopal Bebidas", role="Gerente de Marca"),
    )
)

# --- Spanish cancellation -----------------------------------------------------------------
S = "2030-10-15 11:00"
add(
    mail(
        FLORENCIA,
        "cancelacion-parana-agro-pausa",
        "interview_cancelled",
        frm=("Agustina Pereyra", "agustina.pereyra@parana-agro.example"),
        subject="Cancelación de entrevista – martes 15/10",
        date=dh("2030-10-11 18:20:00", "America/Argentina/Buenos_Aires"),
        body="""Hola Florencia,

Te escribo para avisarte que tenemos que cancelar la entrevista del martes 15/10 a las 11 h con Germán Olmedo. La búsqueda quedó en pausa por una cuestión de presupuesto.

Perdón por las molestias; si se reactiva te contacto.

Agustina Pereyra
Talent Acquisition | Paraná Agro
""",
        label=lab(
            S,
            "America/Argentina/Buenos_Aires",
            None,
            company="Paraná Agro",
            who=["Germán Olmedo"],
            notes="Spanish cancellation; 'martes 15/10 a las 11 h'; search paused.",
        ),
    )
)

# --- Spanish scheduling request ---------------------------------------------------------------
add(
    mail(
        BYRON,
        "disponibilidad-entrevista-quito",
        "scheduling_request",
        frm=("Paola Jaramillo", "paola.jaramillo@chimborazo-data.example"),
        subject="Disponibilidad para entrevista – Analista de Datos",
        date=dh("2030-11-12 11:45:00", "America/Guayaquil"),
        body=f"""Hola Byron:

Queremos avanzar con tu postulación. ¿Cuál de estos horarios te acomoda para una entrevista virtual de 40 minutos?

• {es("2030-11-18 09:00")}, 9h00
• {es("2030-11-19 15:00")}, 15h00
• {es("2030-11-20 11:30")}, 11h30

Con tu respuesta te envío la invitación.

Paola Jaramillo
Chimborazo Data, Quito
""",
        label=note("Three options offered; nothing booked.", company="Chimborazo Data"),
    )
)

# --- Spanish out-of-office --------------------------------------------------------------------
add(
    mail(
        IBALLA,
        "respuesta-automatica-fuera-oficina",
        "auto_reply",
        frm=("Marta Hernández Quintana", "marta.hernandez@teide-turismo.example"),
        subject="Respuesta automática: Fuera de la oficina",
        date=dh("2030-10-21 08:03:00", "Atlantic/Canary"),
        extra=AUTO,
        body="""Gracias por tu mensaje. Estoy fuera de la oficina hasta el 4 de noviembre sin acceso al correo. A mi vuelta responderé a tu candidatura.

Para asuntos urgentes: rrhh@teide-turismo.example

Marta Hernández Quintana
""",
        label=note("Spanish out-of-office answer.", return_date="2030-11-04"),
    )
)

# --- Spanish job alert (bulk) -----------------------------------------------------------------
add(
    mail(
        XIMENA,
        "infojobs-alerta-vacantes",
        "bulk",
        frm=("InfoJobs", "alertas@infojobs.net"),
        subject="12 nuevas vacantes de Gerente de Marca para ti",
        date=dh("2030-10-27 07:00:00", "America/Mexico_City"),
        extra=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=55190"),
        rich=html_page(
            """<h2>Nuevas ofertas que coinciden con tu alerta</h2>
<ul>
<li><a href="https://www.infojobs.net/oferta/88123">Brand Manager Sr. – Huasteca Alimentos (CDMX)</a> – Entrevistas esta semana</li>
<li><a href="https://www.infojobs.net/oferta/88127">Gerente de Marca – Cervecería Tolteca (Híbrido)</a></li>
<li><a href="https://www.infojobs.net/oferta/88131">Category Manager – Grupo Sotavento</a></li>
</ul>
<p><a href="https://www.infojobs.net/alertas/baja?id=55190">Darme de baja</a></p>""",
            lang="es",
        ),
        label=note("Job alert; 'Entrevistas esta semana' is marketing copy."),
    )
)

# --- Spanish other: passport appointment ---------------------------------------------------
add(
    mail(
        FLORENCIA,
        "turno-pasaporte-renaper",
        "other",
        frm=("Turnos Documentación", "turnos@documentacion-ar.example"),
        subject="Confirmación de turno – Trámite de pasaporte",
        date=dh("2030-10-09 09:00:00", "America/Argentina/Buenos_Aires"),
        body=f"""Hola FLORENCIA IBARGUREN SAÁ,

Tu turno fue confirmado.

Trámite: Pasaporte
Fecha: {es("2030-10-21 08:40")}
Hora: 08:40
Sede: Centro de Documentación Palermo, Av. Santa Fe 4500

Presentate 10 minutos antes con tu DNI.
""",
        label=note("Passport appointment; not an interview."),
    )
)

# --- Spanish other: mock interview at a university careers office --------------------------
add(
    mail(
        YOKASTA,
        "entrevista-simulada-universidad",
        "other",
        frm=("Centro de Carreras UNICARIBE", "carreras@unicaribe-rd.example"),
        subject="Tu entrevista simulada quedó agendada",
        date=dh("2030-10-25 14:14:00", "America/Santo_Domingo"),
        body=f"""Hola Yokasta,

Tu sesión de entrevista simulada con la orientadora Carmen Báez quedó agendada para el {es("2030-10-30 16:00")} a las 4:00 p. m. en el Centro de Carreras (Edificio B, aula 204).

Trae tu currículum impreso y una vacante real que te interese: practicaremos como si fuera la entrevista de verdad.

Centro de Carreras
""",
        label=note("Mock interview practice with a careers adviser; not a job interview."),
    )
)
