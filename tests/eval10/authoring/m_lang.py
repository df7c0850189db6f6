"""Mail in German, French and Spanish: interviews, cancellations, requests, outcomes, answers."""

from __future__ import annotations

from .kit import (
    ANDRES,
    AUTO,
    AYA,
    ETIENNE,
    GOOGLE,
    JANNIK,
    JOSEFINA,
    LEONIE,
    MAELYS,
    MARIELA,
    NEREA,
    SEVERIN,
    SOLENE,
    VALERIA,
    YASSINE,
    Msg,
    de,
    dh,
    es,
    exchange,
    fr,
    html_page,
    invite,
    iso,
    iv,
    local,
    mail,
    mid,
    note,
    paras,
    t24,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ================================ German =========================================================

# --- Exchange 'Wann:' in German: Berlin ---------------------------------------------------------
S = "2029-06-26 10:00"
add(
    exchange(
        JANNIK,
        "exchange-de-wann-spreewerk-energie-berlin",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        lang="de",
        subject="Vorstellungsgespräch Jannik Oberdörfer – Referent Netzplanung (m/w/d)",
        organizer=("Kathrin Wendeborn", "kathrin.wendeborn@spreewerk-energie.example"),
        attendees=[
            ("Dr. Ulf Rademacher", "ulf.rademacher@spreewerk-energie.example"),
            ("Kathrin Wendeborn", "kathrin.wendeborn@spreewerk-energie.example"),
        ],
        date=dh("2029-06-18 14:33:00", "Europe/Berlin"),
        text="""Hallo Herr Oberdörfer,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch per Teams. Seitens Spreewerk Energie nehmen Herr Dr. Ulf Rademacher (Abteilungsleiter Netzplanung) und ich teil.

Viele Grüße
Kathrin Wendeborn
Personalreferentin""",
        label=iv(
            iso(S, "W. Europe Standard Time"),
            "Europe/Berlin",
            company="Spreewerk Energie",
            role="Referent Netzplanung (m/w/d)",
            interviewers=["Ulf Rademacher", "Kathrin Wendeborn"],
            emails=[
                "ulf.rademacher@spreewerk-energie.example",
                "kathrin.wendeborn@spreewerk-energie.example",
            ],
            notes="German Outlook 'Wann:' with the standard-offset caption in CEST; title Dr. "
            "dropped; the HR officer takes part.",
        ),
    )
)

# --- Personio invitation: Vienna ----------------------------------------------------------------
S = "2029-07-11 10:00"
add(
    mail(
        LEONIE,
        "personio-einladung-donaukanal-design-wien",
        "interview",
        frm=("Kanalwerk Studio GmbH", "noreply@personio.de"),
        reply_to=("Magdalena Pichler", "magdalena.pichler@kanalwerk-studio.example"),
        subject="Einladung zum Vorstellungsgespräch – UX Researcher (w/m/d)",
        date=dh("2029-07-02 11:12:00", "Europe/Vienna"),
        body=f"""Liebe Leonie,

vielen Dank für Ihre Bewerbung als UX Researcher (w/m/d) bei Kanalwerk Studio. Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Gespräch ein:

Termin: {de(S)}, um {t24(S)} Uhr
Dauer: ca. 60 Minuten
Ort: Kanalwerk Studio, Obere Donaustraße 63, 1020 Wien
Gesprächspartner:innen: Mag. Florian Strasser (Head of Design), Magdalena Pichler (People & Culture)

Bitte bestätigen Sie den Termin über den folgenden Link:
https://kanalwerk-studio.jobs.personio.de/confirm/2f81c

Liebe Grüße
Magdalena Pichler
""",
        label=iv(
            iso(S, "Europe/Vienna"),
            None,
            company="Kanalwerk Studio",
            role="UX Researcher (w/m/d)",
            interviewers=["Florian Strasser", "Magdalena Pichler"],
            notes="Personio invitation in Austrian German; 'Mittwoch, 11. Juli 2029, um 10:00 Uhr', "
            "no zone (MESZ); Mag. dropped.",
        ),
    )
)

# --- Swiss recruiter, 'Dienstag, 14. August, 14.00 Uhr' -------------------------------------------
S = "2029-08-14 14:00"
add(
    mail(
        SEVERIN,
        "swiss-gespraech-aarehang-versicherung-zuerich",
        "interview",
        frm=("Corinne Bühlmann", "corinne.buehlmann@aarehang.example"),
        subject="Einladung zum Gespräch – Aktuar/in Leben",
        date=dh("2029-08-06 08:47:00", "Europe/Zurich"),
        body=f"""Grüezi Herr Imhof

Besten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch ein:

{de(S, year=False)}, 14.00 Uhr
Aarehang Versicherungen AG, Bahnhofplatz 9, 3011 Bern, Empfang 2. Stock

Sie treffen Herrn Lukas Gerber (Leiter Aktuariat Leben) und mich. Das Gespräch dauert rund eine Stunde.

Freundliche Grüsse
Corinne Bühlmann
HR Business Partner
""",
        label=iv(
            iso(S, "Europe/Zurich"),
            None,
            company="Aarehang Versicherungen",
            role="Aktuar/in Leben",
            interviewers=["Lukas Gerber", "Corinne Bühlmann"],
            emails=["corinne.buehlmann@aarehang.example"],
            notes="Swiss German (no ß, 'Grüezi'); '14.00 Uhr' without a year or zone; Bern is on "
            "Zurich time.",
        ),
    )
)

# --- Terminverschiebung to the second address: Berlin -----------------------------------------
S = "2029-07-17 15:30"
add(
    mail(
        JANNIK,
        "verschiebung-zweitadresse-havelkiez-mobil-berlin",
        "interview",
        frm=("Sina Koczorek", "sina.koczorek@havelkiez-mobil.example"),
        to="Jannik Oberdörfer <j.oberdoerfer.bewerbung@example.org>",
        subject="Verschiebung Ihres Vorstellungsgesprächs – Data Engineer",
        date=dh("2029-07-09 16:02:00", "Europe/Berlin"),
        body=f"""Hallo Jannik,

leider muss unser Teamlead kurzfristig auf eine Dienstreise. Wir würden das Gespräch daher gern verschieben auf:

{de(S)}, {t24(S)}–{t24("2029-07-17 16:30")} Uhr (MESZ)

Dabei sind wie geplant Ole Brüggemann (Teamlead Data) und Anh Nguyen (Senior Data Engineer). Der Google-Meet-Link bleibt gleich.

Gib mir kurz Bescheid, ob das passt.

Beste Grüße
Sina Koczorek
Talent Acquisition, Havelkiez Mobil
""",
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Havelkiez Mobil",
            role="Data Engineer",
            interviewers=["Ole Brüggemann", "Anh Nguyen"],
            notes="German reschedule ('Verschiebung') to the user's application address; new "
            "time with 'MESZ' (abbreviation only).",
        ),
    )
)

# --- German cancellation: Vienna ------------------------------------------------------------------
S = "2029-07-24 09:30"
add(
    mail(
        LEONIE,
        "terminabsage-gruenberg-versand-wien",
        "interview_cancelled",
        frm=("Stefan Hirschböck", "stefan.hirschboeck@gruenberg-versand.example"),
        subject="Absage des Termins am 24. Juli",
        date=dh("2029-07-20 13:10:00", "Europe/Vienna"),
        body=f"""Sehr geehrte Frau Gschwandtner,

leider müssen wir unser für {de(S, year=False)}, {t24(S)} Uhr vereinbartes Gespräch absagen, da die Position intern nachbesetzt wird. Wir bedauern die Umstände sehr.

Ihre Unterlagen behalten wir gerne – mit Ihrem Einverständnis – für künftige Stellen in Evidenz.

Mit freundlichen Grüßen
Stefan Hirschböck
Leitung Personal, Grünberg Versand GmbH
""",
        label=iv(
            iso(S, "Europe/Vienna"),
            None,
            company="Grünberg Versand",
            interviewers=["Stefan Hirschböck"],
            emails=["stefan.hirschboeck@gruenberg-versand.example"],
            notes="Austrian cancellation of an agreed interview (filled internally); the "
            "signatory was to conduct it.",
        ),
    )
)

# --- German rejection ----------------------------------------------------------------------------
add(
    mail(
        LEONIE,
        "absage-nach-gespraech-alpenfaden-wien",
        "rejection",
        frm=("Alpenfaden Textil – Recruiting", "jobs@alpenfaden.example"),
        subject="Ihre Bewerbung als Service Designerin – Rückmeldung",
        date=dh("2029-08-02 10:40:00", "Europe/Vienna"),
        body="""Sehr geehrte Frau Gschwandtner,

herzlichen Dank für das angenehme Gespräch und das Interesse an unserem Unternehmen.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen, deren Erfahrung im Retail-Umfeld unseren aktuellen Anforderungen noch etwas näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Verena Obermair
Recruiting
""",
        label=note("German rejection after an interview; no date of a next step."),
    )
)

# --- German offer: Zurich -------------------------------------------------------------------------
add(
    mail(
        SEVERIN,
        "zusage-vertragsangebot-limmat-robotics-zuerich",
        "offer",
        frm=("Nadja Frischknecht", "nadja.frischknecht@sihltal-robotik.example"),
        subject="Zusage – Ihr Vertragsangebot als Senior Embedded Engineer",
        date=dh("2029-08-28 17:05:00", "Europe/Zurich"),
        body="""Lieber Severin

Ich freue mich sehr, Ihnen im Namen von Sihltal Robotik AG die Stelle als Senior Embedded Engineer anbieten zu dürfen!

Eckdaten:
- Pensum: 100 %, Start per 1. November 2029 oder nach Vereinbarung
- Jahreslohn: CHF 138'000 brutto (13 Monatslöhne)
- 25 Ferientage

Den Arbeitsvertrag finden Sie im Anhang. Wir bitten um Rückmeldung bis Freitag in einer Woche. Für Fragen stehe ich jederzeit zur Verfügung.

Freundliche Grüsse
Nadja Frischknecht
Head of People
""",
        label=note("Swiss offer with salary and start date; contract attached (mentioned)."),
    )
)

# --- German out-of-office with return date ---------------------------------------------------------
add(
    mail(
        JANNIK,
        "abwesenheitsnotiz-recruiterin-rueckkehr",
        "auto_reply",
        frm=("Friederike Haselhorst", "friederike.haselhorst@elbtunnel-logistik.example"),
        subject="Automatische Antwort: Rückfrage zur Stelle Supply Chain Analyst",
        date=dh("2029-08-06 09:01:00", "Europe/Berlin"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. August 2029 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab dem 20. August bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an bewerbung@elbtunnel-logistik.example.

Mit freundlichen Grüßen
Friederike Haselhorst
""",
        label=note(
            "German automatic reply; away up to and including 17 August, back on Monday 20 August.",
            return_date="2029-08-20",
        ),
    )
)

# --- German scheduling request ---------------------------------------------------------------------
add(
    mail(
        SEVERIN,
        "terminvorschlaege-gotthard-bahntechnik",
        "scheduling_request",
        frm=("Reto Zgraggen", "reto.zgraggen@gotthard-bahntechnik.example"),
        subject="Terminfindung für ein erstes Kennenlernen",
        date=dh("2029-07-03 10:18:00", "Europe/Zurich"),
        body="""Grüezi Herr Imhof

Vielen Dank für Ihre Bewerbung als Projektleiter Signaltechnik. Wir würden Sie gerne kennenlernen.

Könnten Sie mir zwei bis drei Termine in den Kalenderwochen 28 oder 29 nennen, die Ihnen passen? Das Gespräch würde in Altdorf stattfinden und etwa 90 Minuten dauern.

Freundliche Grüsse
Reto Zgraggen
Personalleiter, Gotthard Bahntechnik AG
""",
        label=note(
            "Swiss request for dates in calendar weeks 28/29; nothing fixed.",
            company="Gotthard Bahntechnik",
            role="Projektleiter Signaltechnik",
        ),
    )
)

# ================================ French =========================================================

# --- Exchange 'Quand :' in French: Paris --------------------------------------------------------
S = "2029-07-05 14:30"
add(
    exchange(
        SOLENE,
        "exchange-fr-quand-marne-assurances-paris",
        "interview",
        start=S,
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        minutes=60,
        lang="fr",
        subject="Entretien – Chargée d'études actuarielles – Solène Marchetti",
        organizer=("Héloïse Carpentier", "heloise.carpentier@bords-de-marne.example"),
        attendees=[
            ("Yannick Le Goff", "yannick.legoff@bords-de-marne.example"),
        ],
        date=dh("2029-06-28 11:54:00", "Europe/Paris"),
        text="""Bonjour Solène,

Suite à notre échange téléphonique, je vous confirme votre entretien avec Yannick Le Goff, responsable du pôle études actuarielles, et moi-même.

Bien cordialement,
Héloïse Carpentier
Chargée de recrutement, Bords de Marne Assurances""",
        label=iv(
            iso(S, "Romance Standard Time"),
            "Europe/Paris",
            company="Bords de Marne Assurances",
            role="Chargée d'études actuarielles",
            interviewers=["Yannick Le Goff", "Héloïse Carpentier"],
            emails=[
                "yannick.legoff@bords-de-marne.example",
                "heloise.carpentier@bords-de-marne.example",
            ],
            notes="French Outlook 'Quand :' line with Romance Standard Time; CEST.",
        ),
    )
)

# --- Abidjan: 'heure d'Abidjan' --------------------------------------------------------------------
S = "2029-07-12 10:00"
add(
    mail(
        AYA,
        "convocation-entretien-lagune-telecom-abidjan",
        "interview",
        frm=("Recrutement Lagune Télécom", "recrutement@lagune-telecom.example"),
        subject="Convocation à un entretien – Analyste BI",
        date=dh("2029-07-04 09:30:00", "Africa/Abidjan"),
        body=f"""Madame Kouassi-N'Guessan,

Nous avons le plaisir de vous convier à un entretien pour le poste d'Analyste BI, le {fr(S, year=False)} à 10h00 (heure d'Abidjan), dans nos locaux du Plateau (Immeuble Alpha 2000, 8e étage).

Vous serez reçue par M. Serge Konan, Directeur des Systèmes d'Information, et Mme Awa Diabaté, Responsable RH.

Merci de vous munir d'une pièce d'identité et de vos diplômes.

Cordialement,
Le service Recrutement
""",
        label=iv(
            iso(S, "Africa/Abidjan"),
            "Africa/Abidjan",
            company="Lagune Télécom",
            role="Analyste BI",
            interviewers=["Serge Konan", "Awa Diabaté"],
            notes="French 'convocation' with 'jeudi 12 juillet à 10h00 (heure d'Abidjan)'; GMT.",
        ),
    )
)

# --- Québec 'entrevue', heure de l'Est, ymd user --------------------------------------------------
S = "2029-08-21 13:30"
add(
    mail(
        ETIENNE,
        "entrevue-quebec-heure-est-fleuve-assurance",
        "interview",
        frm=("Marie-Ève Tremblay", "marie-eve.tremblay@riviere-mutuelle.example"),
        subject="Entrevue – Conseiller principal, tarification",
        date=dh("2029-08-14 10:20:00", "America/Toronto"),
        body=f"""Bonjour Étienne,

Merci pour votre intérêt envers Rivière Mutuelle. J'ai le plaisir de vous confirmer une entrevue le {fr(S, year=False)} à 13 h 30 (heure de l'Est), par Teams.

Vous rencontrerez Jean-François Gagnon, vice-président Tarification, et Amélie Côté, directrice Actuariat.

Au plaisir,
Marie-Ève Tremblay
Conseillère en acquisition de talents
""",
        label=iv(
            iso(S, "America/Toronto"),
            "America/Toronto",
            company="Rivière Mutuelle",
            role="Conseiller principal, tarification",
            interviewers=["Jean-François Gagnon", "Amélie Côté"],
            notes="Québec French 'entrevue' 'mardi 21 août à 13 h 30 (heure de l'Est)'; EDT.",
        ),
    )
)

# --- Réunion user, Paris company: 'heure de Paris' -------------------------------------------------
S = "2029-07-20 10:00"
add(
    mail(
        MAELYS,
        "visio-heure-paris-oceane-conseil-reunion",
        "interview",
        frm=("Baptiste Lemaire", "baptiste.lemaire@oceane-conseil.example"),
        subject="Entretien en visio – Consultante data (télétravail)",
        date=dh("2029-07-13 15:45:00", "Europe/Paris"),
        body=f"""Bonjour Maëlys,

Merci pour votre candidature. Je vous propose un entretien en visio le {fr(S, year=False)} à 10h (heure de Paris), soit 12h à La Réunion.

Vous échangerez avec Clémence Aubry, directrice de la practice Data, et moi-même. Le lien Teams suit.

Bonne journée,
Baptiste Lemaire
Talent Manager, Océane Conseil
""",
        label=iv(
            iso(S, "Europe/Paris"),
            "Europe/Paris",
            company="Océane Conseil",
            role="Consultante data",
            interviewers=["Clémence Aubry", "Baptiste Lemaire"],
            emails=["baptiste.lemaire@oceane-conseil.example"],
            notes="'vendredi 20 juillet à 10h (heure de Paris), soit 12h à La Réunion' (+04).",
        ),
    )
)

# --- French cancellation, ISO-8859-15: Tunis ------------------------------------------------------
S = "2029-07-09 11:00"
add(
    mail(
        YASSINE,
        "annulation-entretien-carthage-soft-tunis",
        "interview_cancelled",
        frm=("Amel Ben Salah", "amel.bensalah@carthage-logiciels.example"),
        subject="Annulation de votre entretien du 9 juillet",
        date=dh("2029-07-06 17:20:00", "Africa/Tunis"),
        charset="iso-8859-15",
        body=f"""Bonjour M. Trabelsi,

Nous sommes au regret de devoir annuler l'entretien prévu le {fr(S, year=False)} à 11h00 avec M. Karim Jaziri, le recrutement pour le poste de Développeur Full-Stack étant suspendu.

Nous reviendrons vers vous dès que le poste sera réouvert.

Cordialement,
Amel Ben Salah
Ressources Humaines, Carthage Logiciels
""",
        label=iv(
            iso(S, "Africa/Tunis"),
            None,
            company="Carthage Logiciels",
            role="Développeur Full-Stack",
            interviewers=["Karim Jaziri"],
            notes="French cancellation in ISO-8859-15 ('lundi 9 juillet à 11h00'); hiring "
            "suspended; no zone (CET, Tunisia has no DST).",
        ),
    )
)

# --- French rejection ------------------------------------------------------------------------------
add(
    mail(
        SOLENE,
        "reponse-candidature-refus-lyonnaise-data",
        "rejection",
        frm=("Équipe Recrutement – Soierie Analytics", "recrutement@soierie-analytics.example"),
        subject="Réponse à votre candidature – Data Analyst Senior",
        date=dh("2029-06-15 09:12:00", "Europe/Paris"),
        body="""Bonjour Solène,

Nous vous remercions pour l'intérêt que vous portez à Soierie Analytics et pour le temps consacré à votre candidature.

Après étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature pour le poste de Data Analyst Senior.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
""",
        label=note("French application-stage rejection."),
    )
)

# --- French (Québec) offer -----------------------------------------------------------------------
add(
    mail(
        ETIENNE,
        "offre-emploi-quebec-riviere-mutuelle",
        "offer",
        frm=("Marie-Ève Tremblay", "marie-eve.tremblay@riviere-mutuelle.example"),
        subject="Offre d'emploi – Conseiller principal, tarification",
        date=dh("2029-09-04 16:30:00", "America/Toronto"),
        body="""Bonjour Étienne,

C'est avec grand plaisir que nous vous présentons une offre d'emploi pour le poste de Conseiller principal, tarification.

- Salaire annuel : 128 500 $
- Prime cible : 12 %
- Entrée en fonction : 2029-10-15
- Régime hybride (2 jours au bureau de Québec)

Vous trouverez la lettre d'offre détaillée en pièce jointe. Nous apprécierions une réponse d'ici le 2029-09-11.

Au plaisir de vous compter parmi nous,
Marie-Ève Tremblay
""",
        label=note("Québec offer with salary and ISO dates (ymd user)."),
    )
)

# --- French out-of-office: Réunion ------------------------------------------------------------------
add(
    mail(
        MAELYS,
        "reponse-automatique-absence-conges",
        "auto_reply",
        frm=("Gaëlle Fontaine", "gaelle.fontaine@lagon-bleu-hotels.example"),
        subject="Réponse automatique : Candidature Responsable Revenue Management",
        date=dh("2029-08-09 08:05:00", "Indian/Reunion"),
        extra=AUTO,
        body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 24 août inclus, avec un accès limité à mes e-mails. Je traiterai votre message à mon retour le lundi 27 août.

Pour toute urgence, merci de contacter rh@lagon-bleu-hotels.example.

Cordialement,
Gaëlle Fontaine
""",
        label=note(
            "French out-of-office answer, back on lundi 27 août.",
            return_date="2029-08-27",
        ),
    )
)

# --- French scheduling request: Tunis --------------------------------------------------------------
add(
    mail(
        YASSINE,
        "disponibilites-entretien-medina-fintech",
        "scheduling_request",
        frm=("Nour El Houda Gharbi", "nour.gharbi@medina-paiements.example"),
        subject="Vos disponibilités pour un entretien",
        date=dh("2029-08-20 10:10:00", "Africa/Tunis"),
        body="""Bonjour Yassine,

Votre profil a retenu notre attention pour le poste d'Ingénieur DevOps. Pourriez-vous nous communiquer vos disponibilités pour un entretien en visioconférence d'environ 45 minutes la semaine prochaine ?

Merci d'indiquer deux ou trois créneaux.

Bien à vous,
Nour El Houda Gharbi
Talent Acquisition, Médina Paiements
""",
        label=note(
            "French request for the user's availability; nothing fixed.",
            company="Médina Paiements",
            role="Ingénieur DevOps",
        ),
    )
)

# ================================ Spanish =========================================================

# --- Exchange 'Cuándo:' in Spanish: Madrid -------------------------------------------------------
S = "2029-06-19 12:00"
add(
    exchange(
        NEREA,
        "exchange-es-cuando-castellana-renovables-madrid",
        "interview",
        start=S,
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruselas, Copenhague, Madrid, París",
        minutes=60,
        lang="es",
        subject="Entrevista – Ingeniera de Proyectos Eólicos – Nerea Etxeberria",
        organizer=("Lucía Manzanares", "lucia.manzanares@meseta-renovables.example"),
        attendees=[("Iñaki Zubizarreta", "inaki.zubizarreta@meseta-renovables.example")],
        date=dh("2029-06-12 13:40:00", "Europe/Madrid"),
        text="""Hola Nerea:

Te envío la convocatoria para la entrevista técnica con Iñaki Zubizarreta, director de Ingeniería Eólica. Yo no estaré en la llamada, pero quedo a tu disposición para cualquier duda.

Un saludo,
Lucía Manzanares
Talento, Meseta Renovables""",
        label=iv(
            iso(S, "Romance Standard Time"),
            "Europe/Paris",
            company="Meseta Renovables",
            role="Ingeniera de Proyectos Eólicos",
            interviewers=["Iñaki Zubizarreta"],
            emails=["inaki.zubizarreta@meseta-renovables.example"],
            notes="Spanish Outlook 'Cuándo:' with TZID Romance Standard Time (CLDR 001 is Paris; "
            "Madrid has the same offset); the organiser is not on the call.",
        ),
    )
)

# --- Santiago: 'hora de Chile', the Monday after the switch ------------------------------------------
S = "2029-09-03 10:00"
add(
    mail(
        JOSEFINA,
        "entrevista-hora-chile-tras-cambio-maipo-retail",
        "interview",
        frm=("Francisca Undurraga", "francisca.undurraga@maipo-retail.example"),
        subject="Confirmación de entrevista – Subgerente de Riesgo de Crédito",
        date=dh("2029-08-29 12:15:00", "America/Santiago"),
        body=f"""Hola Josefina:

Te confirmo la entrevista con Rodrigo Matte, gerente de Riesgo, para el {es(S)} a las 10:00 (hora de Chile). Recuerda que ese fin de semana cambia la hora: será el nuevo horario de verano.

Dirección: Av. Providencia 1760, piso 9, Providencia.

Saludos cordiales,
Francisca Undurraga
Selección, Maipo Retail
""",
        label=iv(
            iso(S, "America/Santiago"),
            "America/Santiago",
            company="Maipo Retail",
            role="Subgerente de Riesgo de Crédito",
            interviewers=["Rodrigo Matte"],
            notes="'lunes 3 de septiembre a las 10:00 (hora de Chile)', the day after the switch to "
            "-03; sent on -04.",
        ),
    )
)

# --- Caracas, ISO-8859-1: 'hora de Caracas' ---------------------------------------------------------
S = "2029-06-14 09:00"
add(
    mail(
        ANDRES,
        "convocatoria-latin1-orinoco-seguros-caracas",
        "interview",
        frm=("Gestión de Talento - Ávila Seguros", "talento@avila-seguros.example"),
        subject="Convocatoria a entrevista - Analista de Siniestros",
        date=dh("2029-06-08 10:05:00", "America/Caracas"),
        charset="iso-8859-1",
        body=f"""Estimado Andrés:

Por medio de la presente le convocamos a una entrevista para el cargo de Analista de Siniestros, el día {es(S)} a las 9:00 a.m. (hora de Caracas), en nuestra sede de Chacao, Torre Ávila, piso 6.

Será atendido por la Lcda. Mariángel Pérez (Gerente de Siniestros) y el Sr. Luis Alfonzo (Recursos Humanos).

Favor traer copia de su cédula y de sus títulos.

Atentamente,
Gestión de Talento
""",
        label=iv(
            iso(S, "America/Caracas"),
            "America/Caracas",
            company="Ávila Seguros",
            role="Analista de Siniestros",
            interviewers=["Mariángel Pérez", "Luis Alfonzo"],
            notes="ISO-8859-1 convocatoria 'jueves 14 de junio a las 9:00 a.m. (hora de Caracas)'; "
            "titles Lcda./Sr. dropped.",
        ),
    )
)

# --- La Paz user, Buenos Aires company: 'hora Argentina' --------------------------------------------
S = "2029-07-25 15:00"
add(
    mail(
        VALERIA,
        "entrevista-hora-argentina-palermo-pagos-lapaz",
        "interview",
        frm=("Tomás Echeverría", "tomas.echeverria@palermo-pagos.example"),
        subject="Entrevista técnica – QA Automation (remoto)",
        date=dh("2029-07-19 18:20:00", "America/Buenos_Aires"),
        body=f"""Hola Valeria, ¿cómo va?

Te escribo para confirmar la entrevista técnica del {es(S)} a las 15:00 hora Argentina (14:00 en La Paz). Vas a charlar con Guadalupe Ferrari, nuestra QA Lead, y conmigo.

El link de Meet te llega por invitación.

¡Abrazo!
Tomás Echeverría
People, Palermo Pagos
""",
        label=iv(
            iso(S, "America/Buenos_Aires"),
            "America/Buenos_Aires",
            company="Palermo Pagos",
            role="QA Automation",
            interviewers=["Guadalupe Ferrari", "Tomás Echeverría"],
            emails=["tomas.echeverria@palermo-pagos.example"],
            notes="Rioplatense Spanish 'miércoles 25 de julio a las 15:00 hora Argentina (14:00 en "
            "La Paz)'.",
        ),
    )
)

# --- Spanish cancellation: Costa Rica ---------------------------------------------------------------
S = "2029-06-22 08:00"
add(
    mail(
        MARIELA,
        "cancelacion-entrevista-guanacaste-dispositivos",
        "interview_cancelled",
        frm=("Karla Jiménez Mora", "karla.jimenez@heredia-medtech.example"),
        subject="Cancelación de entrevista – Ingeniera de Calidad",
        date=dh("2029-06-19 14:50:00", "America/Costa_Rica"),
        body=f"""Hola Mariela:

Lamentamos informarle que la entrevista programada para el {es(S)} a las 8:00 a.m. con el Ing. Mauricio Salas queda cancelada, ya que la vacante fue congelada por la casa matriz.

Le escribiremos si se reabre el proceso. Muchas gracias por su comprensión.

Saludos,
Karla Jiménez Mora
Reclutamiento, Heredia MedTech
""",
        label=iv(
            iso(S, "America/Costa_Rica"),
            None,
            company="Heredia MedTech",
            role="Ingeniera de Calidad",
            interviewers=["Mauricio Salas"],
            notes="Spanish cancellation 'viernes 22 de junio a las 8:00 a.m.'; vacancy frozen; no "
            "zone (-06:00).",
        ),
    )
)

# --- Spanish rejection: Caracas --------------------------------------------------------------------
add(
    mail(
        ANDRES,
        "respuesta-proceso-descartado-cumana-banco",
        "rejection",
        frm=("Reclutamiento Banco Guaraira", "reclutamiento@banco-guaraira.example"),
        subject="Resultado del proceso de selección – Analista de Riesgo Operacional",
        date=dh("2029-07-03 11:30:00", "America/Caracas"),
        body="""Estimado Andrés:

Agradecemos su participación en el proceso de selección para el cargo de Analista de Riesgo Operacional y el tiempo dedicado a las entrevistas.

Luego de evaluar cuidadosamente todas las candidaturas, le informamos que en esta oportunidad hemos decidido continuar con otro candidato cuyo perfil se ajusta más a los requerimientos del cargo.

Le deseamos éxito en sus próximos retos profesionales.

Atentamente,
Reclutamiento y Selección
""",
        label=note("Spanish rejection after interviews."),
    )
)

# --- Spanish offer: La Paz ------------------------------------------------------------------------
add(
    mail(
        VALERIA,
        "oferta-laboral-palermo-pagos-remoto",
        "offer",
        frm=("Tomás Echeverría", "tomas.echeverria@palermo-pagos.example"),
        subject="¡Oferta laboral! QA Automation – Palermo Pagos",
        date=dh("2029-08-08 17:10:00", "America/Buenos_Aires"),
        body="""¡Hola Valeria!

Tengo el gusto de compartirte la oferta formal para sumarte como QA Automation en modalidad remota:

- Contratación como contractor, USD 3.200 mensuales
- Inicio: 1 de septiembre
- 20 días hábiles de vacaciones

Te adjunto la propuesta en PDF. Si te parece bien, la firmamos por DocuSign esta semana.

¡Esperamos tu respuesta!
Tomás
""",
        label=note("Spanish offer from the team that interviewed her."),
    )
)

# --- Spanish out-of-office: Madrid ---------------------------------------------------------------
add(
    mail(
        NEREA,
        "respuesta-automatica-ausencia-vacaciones-agosto",
        "auto_reply",
        frm=("Álvaro Cifuentes", "alvaro.cifuentes@meseta-renovables.example"),
        subject="Respuesta automática: Ausencia – Re: Entrevista",
        date=dh("2029-08-01 07:55:00", "Europe/Madrid"),
        extra=AUTO,
        body="""Gracias por su correo.

Estaré de vacaciones hasta el 31 de agosto, sin acceso al correo. A partir del lunes 3 de septiembre responderé a su mensaje.

Para asuntos urgentes, escriba a seleccion@meseta-renovables.example.

Un saludo,
Álvaro Cifuentes
""",
        label=note(
            "Spanish out-of-office answer; back on lunes 3 de septiembre.",
            return_date="2029-09-03",
        ),
    )
)

# --- Spanish scheduling request: Costa Rica ---------------------------------------------------------
add(
    mail(
        MARIELA,
        "disponibilidad-entrevista-cartago-software",
        "scheduling_request",
        frm=("Esteban Quesada", "esteban.quesada@irazu-software.example"),
        subject="Disponibilidad para entrevista – Scrum Master",
        date=dh("2029-07-16 09:40:00", "America/Costa_Rica"),
        body="""Hola Mariela, ¡pura vida!

Queremos avanzar con tu proceso para Scrum Master. ¿Me indicas tu disponibilidad para una entrevista de una hora esta semana o la próxima? Puede ser presencial en Cartago o por Teams.

Saludos,
Esteban Quesada
Talento Humano, Irazú Software
""",
        label=note(
            "Spanish request for availability; nothing fixed.",
            company="Irazú Software",
            role="Scrum Master",
        ),
    )
)

# --- Spanish 'other': a medical appointment with an .ics -----------------------------------------
S = "2029-07-30 08:30"
add(
    invite(
        JOSEFINA,
        "cita-medica-clinica-ics-santiago",
        "other",
        start=S,
        zone="America/Santiago",
        minutes=30,
        summary="Cita: Control oftalmológico – Dra. Verónica Schmidt",
        organizer=("Clínica Los Almendros", "citas@clinica-almendros.example"),
        attendees=[("Josefina Larraín Vial", "josefina.larrain@example.net")],
        prodid="-//Clinica Los Almendros//Agenda Web//ES",
        ics_mode="attach",
        ics_name="cita.ics",
        frm=("Clínica Los Almendros", "citas@clinica-almendros.example"),
        subject="Confirmación de cita – Oftalmología",
        date=dh("2029-07-24 12:00:00", "America/Santiago"),
        body=f"""Estimada Josefina Larraín Vial:

Su cita ha sido agendada.

Especialidad: Oftalmología
Profesional: Dra. Verónica Schmidt
Fecha: {es(S)} a las {t24(S)} hrs.
Lugar: Clínica Los Almendros, Av. Las Condes 11000, torre B, piso 3

Recuerde llegar 15 minutos antes con su cédula de identidad.

Para anular o cambiar su cita responda a este correo.
""",
        label=note("Medical appointment confirmation with an .ics: not an interview."),
    )
)

# --- Spanish bulk-ish: a friend asking about an interview (other) -----------------------------------
add(
    mail(
        NEREA,
        "amiga-pregunta-entrevista-cena",
        "other",
        frm=("Maite Arrizabalaga", "maite.arrizabalaga@example.org"),
        subject="¿Qué tal la entrevista? + cena del viernes",
        date=dh("2029-06-20 21:14:00", "Europe/Madrid"),
        body="""¡Nerea!

¿Qué tal fue ayer la entrevista con la de renovables? Cuéntame todo 😄

Por cierto, lo del viernes sigue en pie: cena en casa de Jon a las 21:30. Lleva vino si puedes.

Besos,
Maite
""",
        label=note("A friend asks how an interview went and confirms a dinner: not an interview."),
    )
)

# --- German 'other': Bürgeramt appointment ------------------------------------------------------
S = "2029-06-29 08:40"
add(
    mail(
        JANNIK,
        "buergeramt-termin-bestaetigung-berlin",
        "other",
        frm=("Berlin Service Terminbuchung", "noreply@service-berlin.example"),
        subject="Terminbestätigung – Anmeldung einer Wohnung",
        date=dh("2029-06-21 10:01:00", "Europe/Berlin"),
        body=f"""Sehr geehrter Herr Oberdörfer,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: Anmeldung einer Wohnung
Termin: {de(S)}, {t24(S)} Uhr
Standort: Bürgeramt Friedrichshain-Kreuzberg, Frankfurter Allee 35/37
Vorgangsnummer: 48217736

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.

Ihr Bürgeramt
""",
        label=note("Citizens' office appointment confirmation: not an interview."),
    )
)

# --- French 'other': journalist asking for an interview (press) -----------------------------------
add(
    mail(
        SOLENE,
        "journaliste-demande-interview-presse",
        "other",
        frm=("Lou Perrier", "lou.perrier@la-gazette-numerique.example"),
        subject="Demande d'interview pour un article sur les actuaires",
        date=dh("2029-07-09 11:30:00", "Europe/Paris"),
        body="""Bonjour Solène,

Je prépare pour La Gazette numérique un article sur les nouveaux métiers de l'assurance et votre billet sur les modèles de mortalité m'a beaucoup plu. Accepteriez-vous une interview de 20 minutes par téléphone la semaine prochaine ?

Je m'adapte à vos horaires.

Bien cordialement,
Lou Perrier
Journaliste
""",
        label=note("A journalist asks for a press interview: not a job interview."),
    )
)

# --- Spanish 'bulk': job alert from Computrabajo (La Paz) --------------------------------------------
add(
    mail(
        VALERIA,
        "alerta-empleo-computrabajo-qa",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="5 nuevas ofertas de QA para ti en La Paz",
        date=dh("2029-07-07 07:00:00", "America/La_Paz"),
        extra=[
            ("List-Unsubscribe", "<https://bo.computrabajo.com/unsubscribe?u=5f2e81>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        body=None,
        rich=html_page(
            paras(
                """Hola Valeria,

Estas son las nuevas ofertas que coinciden con tu alerta «QA Tester»:

QA Analyst Semi Senior – Illimani Soft – La Paz – Postular
Tester Manual – Banco Andino – El Alto – Postular
QA Automation Engineer (remoto) – empresa confidencial – Postular
Analista de Calidad de Software – Sajama Tech – Cochabamba – Postular
Tester Funcional – Consultora Yungas – La Paz – Postular

Ver todas las ofertas

Recibes este correo porque creaste una alerta de empleo. Darte de baja"""
            ),
            lang="es",
        ),
        label=note("Computrabajo job alert (HTML only)."),
    )
)

# --- German 'bulk': StepStone job alert --------------------------------------------------------------
add(
    mail(
        LEONIE,
        "stepstone-jobagent-ux-wien",
        "bulk",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="Ihr Jobagent: 7 neue Stellen für „UX Research“ in Wien",
        date=dh("2029-07-16 06:30:00", "Europe/Vienna"),
        extra=[
            ("List-Unsubscribe", "<https://www.stepstone.de/jobagent/abmelden?id=88a1>"),
            ("Precedence", "bulk"),
        ],
        body="""Hallo Leonie,

Ihr Jobagent hat 7 neue Stellen gefunden, die zu Ihrer Suche „UX Research“ in Wien passen:

UX Researcher (m/w/d) – Donauinsel Digital GmbH – Wien – vor 1 Tag
Senior User Researcher – Praterstern Mobility – Wien – vor 2 Tagen
Service Designer:in – Stadtwerke Ost – Wien – vor 2 Tagen
... und 4 weitere Stellen

Alle Stellen ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=88a1

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abmelden.
""",
        label=note("StepStone job alert in German."),
    )
)

# --- French 'bulk': Welcome to the Jungle newsletter about interviews ----------------------------
add(
    mail(
        MAELYS,
        "newsletter-wttj-preparer-entretien",
        "bulk",
        frm=("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
        subject="5 questions pièges en entretien (et comment y répondre)",
        date=dh("2029-08-23 08:00:00", "Europe/Paris"),
        extra=[
            ("List-Id", "Les Jungle News <news.welcometothejungle.com>"),
            ("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/unsubscribe?t=c71e>"),
            ("Precedence", "bulk"),
        ],
        body=None,
        rich=html_page(
            paras(
                """Les Jungle News – édition du jeudi

« Quel est votre plus grand défaut ? » : 5 questions pièges en entretien d'embauche et nos conseils pour y répondre avec sincérité.

Aussi cette semaine : négocier son salaire en visio, et 120 offres en télétravail.

Lire l'article

Vous recevez cet e-mail car vous êtes inscrite aux Jungle News. Se désinscrire"""
            ),
            lang="fr",
        ),
        label=note("Newsletter about job interviews: bulk, not an interview."),
    )
)

# --- Keep 'mid' in use for a thread reply: Abidjan rejection after interview ---------------------
add(
    mail(
        AYA,
        "refus-apres-entretien-lagune-telecom",
        "rejection",
        frm=("Awa Diabaté", "awa.diabate@lagune-telecom.example"),
        subject="Re: Convocation à un entretien – Analyste BI",
        date=dh("2029-07-20 15:05:00", "Africa/Abidjan"),
        in_reply_to=mid("convocation-entretien-lagune-telecom-abidjan", "lagune-telecom.example"),
        body="""Madame Kouassi-N'Guessan,

Nous vous remercions d'être venue à l'entretien du 12 juillet et pour la qualité de nos échanges.

Après délibération, nous avons retenu une autre candidature pour le poste d'Analyste BI. Nous ne manquerons pas de vous recontacter pour de futurs postes en lien avec votre profil.

Bien cordialement,
Awa Diabaté
Responsable RH, Lagune Télécom
""",
        label=note("French rejection in reply to the earlier invitation, quoting its date."),
    )
)


# ================================ Added shapes ===================================================

# --- Google Kalender invitation in German: Vienna ---------------------------------------------------
S = "2029-07-19 14:00"
_x = local(S, "Europe/Vienna")
add(
    invite(
        LEONIE,
        "google-kalender-einladung-naschmarkt-labs-wien",
        "interview",
        start=S,
        zone="Europe/Vienna",
        minutes=60,
        summary="Zweitgespräch Product Researcher – Leonie Gschwandtner",
        organizer=("Theresa Wimmer", "theresa.wimmer@naschmarkt-labs.example"),
        attendees=[
            ("Theresa Wimmer", "theresa.wimmer@naschmarkt-labs.example"),
            ("Raphael Kogler", "raphael.kogler@naschmarkt-labs.example"),
            ("Leonie Gschwandtner", "leonie.gschwandtner@example.net"),
        ],
        prodid=GOOGLE,
        ics_mode="attach",
        description="Zweitgespräch mit Raphael (CPO) und Theresa (Research Lead).",
        frm=("Theresa Wimmer", "theresa.wimmer@naschmarkt-labs.example"),
        sender="Google Kalender <calendar-notification@google.com>",
        subject="Einladung: Zweitgespräch Product Researcher – Leonie Gschwandtner @ "
        f"Do. {_x.day}. Juli {_x.year} 14:00 - 15:00 (MESZ) (leonie.gschwandtner@example.net)",
        date=dh("2029-07-12 09:18:00", "Europe/Vienna"),
        msgid_domain="google.com",
        body=f"""Zweitgespräch Product Researcher – Leonie Gschwandtner
{de(S)} ⋅ 14:00–15:00 (Mitteleuropäische Zeit - Wien)

An Google Meet-Videokonferenz teilnehmen
meet.google.com/rbn-kowq-pze

Zweitgespräch mit Raphael Kogler (CPO) und Theresa Wimmer (Research Lead).

Gäste
Theresa Wimmer – Organisator
Raphael Kogler
leonie.gschwandtner@example.net

Antworten für leonie.gschwandtner@example.net
Ja
Nein
Vielleicht
Weitere Optionen

Einladung von Google Kalender
""",
        label=iv(
            iso(S, "Europe/Vienna"),
            "Europe/Vienna",
            company="Naschmarkt Labs",
            role="Product Researcher",
            interviewers=["Raphael Kogler", "Theresa Wimmer"],
            emails=[
                "raphael.kogler@naschmarkt-labs.example",
                "theresa.wimmer@naschmarkt-labs.example",
            ],
            notes="Google Calendar invitation in German ('Einladung:', 'Mitteleuropäische Zeit - "
            "Wien'); the organiser interviews.",
        ),
    )
)

# --- Zoom invitation in Spanish: Costa Rica user, Mexico City company ------------------------------
S = "2029-07-12 10:00"
add(
    mail(
        MARIELA,
        "zoom-es-reunion-ciudad-de-mexico-costa-rica",
        "interview",
        frm=("Ximena Garduño", "ximena.garduno@chapultepec-datos.example"),
        subject="Invitación: Entrevista – Analista de Datos Sr. – Mariela Solís",
        date=dh("2029-07-06 13:25:00", "America/Mexico_City"),
        body="""Hola Mariela:

Te comparto la liga para tu entrevista con Emilio Castañeda, líder de Analítica.

Ximena Garduño le está invitando a una reunión de Zoom programada.

Tema: Entrevista – Analista de Datos Sr. – Mariela Solís
Hora: 12 jul 2029 10:00 a. m. Ciudad de México

Unirse a la reunión Zoom
https://us02web.zoom.us/j/84417702391?pwd=Y2hhcHVsdGVwZWM

ID de reunión: 844 1770 2391
Código de acceso: 583016

Saludos,
Ximena Garduño
Atracción de Talento, Grupo Chapultepec Datos
""",
        label=iv(
            iso(S, "America/Mexico_City"),
            "America/Mexico_City",
            company="Grupo Chapultepec Datos",
            role="Analista de Datos Sr.",
            interviewers=["Emilio Castañeda"],
            notes="Zoom invitation text in Spanish 'Hora: 12 jul 2029 10:00 a. m. Ciudad de México' "
            "pasted into a recruiter's mail; Costa Rica has the same offset (-06:00).",
        ),
    )
)

# --- French reminder the day before: Abidjan -----------------------------------------------------
S = "2029-08-07 15:00"
add(
    mail(
        AYA,
        "rappel-entretien-demain-savane-energie-abidjan",
        "interview",
        frm=("Savane Énergie", "no-reply@teamtailor-mail.com"),
        reply_to=("Fatou Bamba", "fatou.bamba@savane-energie.example"),
        subject="Rappel : votre entretien de demain avec Savane Énergie",
        date=dh("2029-08-06 15:00:00", "Africa/Abidjan"),
        body=f"""Bonjour Aya,

Petit rappel : votre entretien pour le poste de Contrôleuse de gestion a lieu demain, {fr(S, year=False)}, à 15h00 (GMT).

Lieu : Savane Énergie, Cocody Riviera 3, Abidjan
Avec : Ibrahim Ouattara (Directeur financier)

À demain !
Fatou Bamba
Savane Énergie
""",
        label=iv(
            iso(S, "Africa/Abidjan"),
            None,
            company="Savane Énergie",
            role="Contrôleuse de gestion",
            interviewers=["Ibrahim Ouattara"],
            notes="Teamtailor reminder in French the day before, '15h00 (GMT)' (abbreviation only).",
        ),
    )
)

# --- French 'other': mortgage appointment --------------------------------------------------------
S = "2029-08-16 12:15"
add(
    mail(
        ETIENNE,
        "rendez-vous-conseiller-hypothecaire",
        "other",
        frm=("Caisse populaire du Plateau", "rendezvous@caisse-plateau.example"),
        subject="Confirmation de votre rendez-vous avec votre conseiller",
        date=dh("2029-08-09 08:30:00", "America/Toronto"),
        body=f"""Bonjour Étienne Lapointe-Roy,

Votre rendez-vous est confirmé :

Objet : Prêt hypothécaire – préqualification
Date : {fr(S, year=False)}, 12 h 15
Conseiller : Mathieu Gendron
Lieu : 1250, avenue du Mont-Royal Est, Montréal

Apportez vos deux derniers relevés de paie et un avis de cotisation.

Caisse populaire du Plateau
""",
        label=note("Bank (mortgage) appointment confirmation in French: not an interview."),
    )
)
