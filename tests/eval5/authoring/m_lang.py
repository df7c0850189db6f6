"""Mail in German (Germany, Austria, Switzerland), French (France, Belgium, Switzerland,
Québec, Morocco) and Spanish (Mexico, Argentina, Paraguay, Costa Rica, Spain) as local
recruiters, employers and services write it: every kind, including appointments and
automatic answers."""

from __future__ import annotations

from .kit import (
    ANDRES,
    APOLLINE,
    AUTO,
    GENEVIEVE,
    HELENE,
    JONAS,
    LOIC,
    LUCIA,
    MARTIN,
    NEREA,
    RETO,
    STEFANIE,
    XIMENA,
    YOUSRA,
    Msg,
    ats,
    bulk,
    de,
    dh,
    es,
    fr,
    human,
    iso,
    iv,
    mail,
    note,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

# ============================== German ==============================================

S = "2027-11-04 10:00"
add(
    outlook(
        JONAS,
        "de-outlook-wann-hamburg",
        "interview",
        start=S,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        subject="Vorstellungsgespräch Jonas Albrecht-Lindemann – Referent Controlling (m/w/d)",
        organizer=("Kerstin Vahldiek", "kerstin.vahldiek@elbufer-reederei.example"),
        attendees=[
            ("Dr. Henning Brodersen", "henning.brodersen@elbufer-reederei.example"),
            ("Merle Thiessen", "merle.thiessen@elbufer-reederei.example"),
        ],
        date=dh("2027-10-26 09:14:00", "Europe/Berlin"),
        lang="de",
        text="""Sehr geehrter Herr Albrecht-Lindemann,

vielen Dank für Ihre Bewerbung. Wie telefonisch besprochen, lade ich Sie hiermit zum Vorstellungsgespräch per Teams ein. Ihre Gesprächspartner sind Dr. Henning Brodersen (Leiter Finanzen) und Merle Thiessen (Teamleiterin Controlling).

Mit freundlichen Grüßen
Kerstin Vahldiek
Personalreferentin, Elbufer Reederei GmbH""",
        label=iv(
            iso(S, "Europe/Berlin"),
            "Europe/Berlin",
            company="Elbufer Reederei",
            role="Referent Controlling",
            interviewers=["Henning Brodersen", "Merle Thiessen"],
            emails=[
                "henning.brodersen@elbufer-reederei.example",
                "merle.thiessen@elbufer-reederei.example",
            ],
            notes="German Outlook 'Wann:'; first Thursday after the EU switch (CET).",
        ),
    )
)

S = "2027-11-09 14:00"
add(
    ats(
        RETO,
        "de-ch-personio-bern",
        "interview",
        frm=("Aareblick Versicherungen AG", "noreply@personio.de"),
        reply_to=("Corinne Stettler", "corinne.stettler@aareblick.example"),
        subject="Einladung zum Vorstellungsgespräch – Data Analyst (80–100 %)",
        date=dh("2027-10-29 11:20:00", "Europe/Zurich"),
        body=f"""Grüezi Herr Zwahlen

Besten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Gespräch ein:

Datum: {de(S)}
Zeit: 14.00 Uhr bis ca. 15.15 Uhr
Ort: Aareblick Versicherungen AG, Laupenstrasse 18, 3008 Bern (Empfang im Erdgeschoss)
Gesprächspartner: Beat Hürlimann (Leiter Analytics) und Corinne Stettler (HR Business Partnerin)

Bitte bestätigen Sie den Termin kurz über Ihr Kandidatenportal.

Freundliche Grüsse
Corinne Stettler""",
        label=iv(
            iso(S, "Europe/Zurich"),
            None,
            company="Aareblick Versicherungen",
            role="Data Analyst",
            interviewers=["Beat Hürlimann", "Corinne Stettler"],
            emails=["corinne.stettler@aareblick.example"],
            notes="Swiss German via Personio: 'Grüezi', 'Grüsse' without ß, '14.00 Uhr'; no zone named.",
        ),
    )
)

S = "2027-10-20 09:30"
add(
    human(
        STEFANIE,
        "de-at-latin1-bewerbungsgespraech",
        "interview",
        frm=("Mag. Wolfgang Pölzl", "w.poelzl@donaukanal-stb.example"),
        subject="Einladung zum Bewerbungsgespräch - Bilanzbuchhalterin",
        date=dh("2027-10-12 16:30:00", "Europe/Vienna"),
        mailer="outlook",
        charset="iso-8859-1",
        body=f"""Sehr geehrte Frau Hofbauer,

wir bedanken uns für Ihre Bewerbung und dürfen Sie zu einem Bewerbungsgespräch am {de(S)} um 9:30 Uhr in unsere Kanzlei (Obere Donaustraße 47, 1020 Wien, 3. Stock) einladen.

Am Gespräch nehmen neben mir auch Frau MMag. Daniela Strohmaier (Partnerin) teil.

Mit freundlichen Grüßen
Mag. Wolfgang Pölzl
Steuerberater, Donaukanal Steuerberatung GmbH""",
        label=iv(
            iso(S, "Europe/Vienna"),
            None,
            company="Donaukanal Steuerberatung",
            role="Bilanzbuchhalterin",
            interviewers=["Wolfgang Pölzl", "Daniela Strohmaier"],
            emails=["w.poelzl@donaukanal-stb.example"],
            notes="Austrian, ISO-8859-1, academic titles (Mag., MMag.) dropped.",
        ),
    )
)

S = "2027-11-04 10:00"
add(
    human(
        JONAS,
        "de-terminabsage-hamburg",
        "interview_cancelled",
        frm=("Lasse Övermann", "lasse.oevermann@hafenkraft-energie.example"),
        subject="Absage des Termins am Donnerstag – Projektingenieur Offshore",
        date=dh("2027-11-01 08:50:00", "Europe/Berlin"),
        body=f"""Hallo Herr Albrecht-Lindemann,

leider muss ich unser Gespräch am {de(S, year=False)} um 10:00 Uhr absagen, da ich kurzfristig auf die Baustelle nach Cuxhaven muss. Ich melde mich in den nächsten Tagen mit neuen Terminvorschlägen.

Entschuldigen Sie die Umstände.

Viele Grüße
Lasse Övermann
Teamleiter Offshore, Hafenkraft Energie""",
        label=iv(
            iso(S, "Europe/Berlin"),
            None,
            company="Hafenkraft Energie",
            role="Projektingenieur Offshore",
            interviewers=["Lasse Övermann"],
            emails=["lasse.oevermann@hafenkraft-energie.example"],
            notes="German cancellation by the interviewer, new slots to follow (not yet a scheduling request).",
        ),
    )
)

add(
    ats(
        STEFANIE,
        "de-at-absage-nach-gespraech",
        "rejection",
        frm=("Leithagebirge Weingut Recruiting", "karriere@leithagebirge-wein.example"),
        subject="Ihre Bewerbung als Assistentin der Geschäftsführung",
        date=dh("2027-11-15 14:00:00", "Europe/Vienna"),
        body="""Sehr geehrte Frau Hofbauer,

vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Haus. Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den Anforderungen passt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Weingut Leithagebirge – Personalabteilung""",
        label=note(
            "Austrian rejection after the interview, polite formulaic.",
            company="Weingut Leithagebirge",
        ),
    )
)

add(
    human(
        RETO,
        "de-ch-stellenangebot",
        "offer",
        frm=("Beat Hürlimann", "beat.huerlimann@aareblick.example"),
        subject="Stellenangebot Data Analyst – Aareblick Versicherungen",
        date=dh("2027-11-19 17:05:00", "Europe/Zurich"),
        mailer="outlook",
        body="""Lieber Reto

Herzlichen Dank für die guten Gespräche. Wir freuen uns sehr, dir die Stelle als Data Analyst (100 %) anzubieten: Jahreslohn CHF 118'000 (13 Monatslöhne), Eintritt per 1. Februar 2028 oder nach Vereinbarung.

Der Arbeitsvertrag kommt in den nächsten Tagen per Post. Gib mir doch bis Ende nächster Woche Bescheid, ob du annimmst.

Beste Grüsse
Beat""",
        label=note(
            "Swiss German offer with salary in CHF 118'000 (apostrophe thousands).",
            company="Aareblick Versicherungen",
        ),
    )
)

add(
    human(
        JONAS,
        "de-zahnarzt-terminbestaetigung",
        "other",
        frm=("Zahnarztpraxis am Eppendorfer Baum", "praxis@zahnarzt-eppendorf.example"),
        subject="Terminbestätigung Prophylaxe",
        date=dh("2027-10-27 12:00:00", "Europe/Berlin"),
        mailer="outlook",
        body="""Sehr geehrter Herr Albrecht-Lindemann,

hiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung am Donnerstag, 11. November 2027 um 08:15 Uhr bei Frau Dr. Sievers.

Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte spätestens 24 Stunden vorher.

Ihr Praxisteam""",
        label=note("Dentist appointment in German: a confirmed time, not an interview."),
    )
)

add(
    mail(
        STEFANIE,
        "de-abwesenheitsnotiz-recruiterin",
        "auto_reply",
        frm=("Sandra Kogler", "sandra.kogler@murtalbahn.example"),
        subject="Automatische Antwort: Unterlagen Bewerbung Hofbauer",
        date=dh("2027-10-29 10:02:00", "Europe/Vienna"),
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 5. November 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 8. November bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an recruiting@murtalbahn.example.

Mit freundlichen Grüßen
Sandra Kogler""",
        extra=AUTO,
        label=note("German out-of-office with a return date.", return_date="2027-11-08"),
    )
)

add(
    mail(
        STEFANIE,
        "de-at-karriere-jobalarm",
        "bulk",
        frm=("karriere.at Jobalarm", "jobalarm@karriere.at"),
        subject="12 neue Jobs für „Bilanzbuchhaltung“ in Wien",
        date=dh("2027-10-18 06:30:00", "Europe/Vienna"),
        body="""Hallo Stefanie,

hier sind die neuesten Jobs zu deinem Jobalarm „Bilanzbuchhaltung, Wien“:

Bilanzbuchhalter:in (Vollzeit) – Praterstern Immobilien – Wien 2., Leopoldstadt
Lohnverrechner:in – Kahlenberg Logistik – Wien 19.
Assistenz Rechnungswesen – Simmeringer Haide Bau – Wien 11.

Alle Jobs ansehen: https://www.karriere.at/jobs/bilanzbuchhaltung/wien

Jobalarm abbestellen: https://www.karriere.at/jobalarm/abmelden""",
        extra=bulk("<jobalarm.karriere.at>", "https://www.karriere.at/jobalarm/abmelden"),
        label=note("Austrian job alert in German."),
    )
)

add(
    human(
        RETO,
        "de-ch-terminvorschlaege",
        "scheduling_request",
        frm=("Nadja Imboden", "nadja.imboden@gurtenlabs.example"),
        subject="Kennenlernen – Terminvorschläge",
        date=dh("2027-10-14 09:40:00", "Europe/Zurich"),
        body="""Hoi Reto

Danke für deine Bewerbung als BI Engineer. Wir würden dich gerne kennenlernen (ca. 45 Minuten, per Teams). Passt dir einer dieser Termine?

- Dienstag, 19. Oktober, 10.00 Uhr
- Mittwoch, 20. Oktober, 15.30 Uhr
- Freitag, 22. Oktober, 08.30 Uhr

Liebe Grüsse
Nadja Imboden, People & Culture, Gurten Labs""",
        label=note("Swiss German: three proposed slots, none confirmed.", company="Gurten Labs"),
    )
)

# ============================== French ==============================================

S = "2027-10-21 10:30"
add(
    outlook(
        HELENE,
        "fr-be-outlook-quand-bruxelles",
        "interview",
        start=S,
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        minutes=60,
        subject="Entretien – Hélène Vanderlinden – Juriste en droit social",
        organizer=("Quentin Dewaele", "quentin.dewaele@sonianmutualite.example"),
        attendees=[("Maître Anne-Sophie Lambotte", "as.lambotte@sonianmutualite.example")],
        date=dh("2027-10-13 15:05:00", "Europe/Brussels"),
        lang="fr",
        text="""Madame Vanderlinden,

Suite à notre échange téléphonique, je vous confirme votre entretien avec Maître Anne-Sophie Lambotte (Directrice du service juridique) et moi-même, via Teams.

Bien cordialement,
Quentin Dewaele
Talent Acquisition – Sonian Mutualité""",
        label=iv(
            iso(S, "Europe/Paris"),
            "Europe/Paris",
            company="Sonian Mutualité",
            role="Juriste en droit social",
            interviewers=["Anne-Sophie Lambotte", "Quentin Dewaele"],
            emails=[
                "as.lambotte@sonianmutualite.example",
                "quentin.dewaele@sonianmutualite.example",
            ],
            notes="French Outlook 'Quand :' with Romance Standard Time (CLDR: Paris) for a Brussels user; CEST before the switch.",
        ),
    )
)

S = "2027-10-19 14:00"
add(
    human(
        LOIC,
        "fr-ch-convocation-geneve",
        "interview",
        frm=("Séverine Bugnon", "severine.bugnon@lemanhorlogerie.example"),
        subject="Convocation à un entretien – Ingénieur qualité",
        date=dh("2027-10-08 11:45:00", "Europe/Zurich"),
        mailer="outlook",
        body=f"""Monsieur Perrenoud,

Nous avons le plaisir de vous convier à un entretien le {fr(S)} à 14h00 dans nos locaux, route des Acacias 43, 1227 Carouge (GE).

Vous rencontrerez M. Olivier Jaquier, responsable qualité, ainsi que moi-même. Merci de vous présenter à la réception dix minutes avant l'heure.

Meilleures salutations,
Séverine Bugnon
Ressources humaines, Léman Horlogerie SA""",
        label=iv(
            iso(S, "Europe/Zurich"),
            None,
            company="Léman Horlogerie",
            role="Ingénieur qualité",
            interviewers=["Olivier Jaquier", "Séverine Bugnon"],
            emails=["severine.bugnon@lemanhorlogerie.example"],
            notes="Swiss French ('Meilleures salutations'), '14h00', arrive ten minutes early.",
        ),
    )
)

S = "2027-10-27 13:30"
add(
    human(
        GENEVIEVE,
        "fr-qc-entrevue-heure-est",
        "interview",
        frm=("Marc-Antoine Gauthier", "ma.gauthier@laurentidesenergie.example"),
        subject="Entrevue – Analyste en approvisionnement",
        date=dh("2027-10-20 10:12:00", "America/Toronto"),
        mailer="outlook",
        body="""Bonjour Geneviève,

Merci pour ton intérêt! Je te confirme ton entrevue le 2027-10-27 à 13 h 30 (heure de l'Est), sur Teams. Tu rencontreras Nathalie Bergeron, directrice Approvisionnement, et Kevin Tremblay-Dubé, acheteur principal.

Au plaisir,
Marc-Antoine Gauthier
Conseiller en acquisition de talents
Laurentides Énergie""",
        label=iv(
            iso(S, "America/Toronto"),
            "America/Toronto",
            company="Laurentides Énergie",
            role="Analyste en approvisionnement",
            interviewers=["Nathalie Bergeron", "Kevin Tremblay-Dubé"],
            notes="Québec French: ISO date 2027-10-27, '13 h 30', '(heure de l'Est)'.",
        ),
    )
)

S = "2027-11-03 15:00"
add(
    google(
        YOUSRA,
        "fr-ma-google-entretien-casablanca",
        "interview",
        start=S,
        zone="Africa/Casablanca",
        minutes=45,
        summary="Entretien RH – Yousra El Amrani – Chargée de communication",
        organizer=("Ghita Bennani", "ghita.bennani@atlasciments.example"),
        guests=[("Hamza Alaoui", "hamza.alaoui@atlasciments.example")],
        date=dh("2027-10-27 12:30:00", "Africa/Casablanca"),
        meet="atc-rhjm-wqp",
        note=(
            "Bonjour Yousra, entretien avec Hamza Alaoui (Directeur communication). "
            "L'heure indiquée est l'heure de Casablanca."
        ),
        label=iv(
            iso(S, "Africa/Casablanca"),
            "Africa/Casablanca",
            company="Atlas Ciments",
            role="Chargée de communication",
            interviewers=["Hamza Alaoui"],
            emails=["hamza.alaoui@atlasciments.example"],
            notes="Google invitation (English frame) with a French note; Morocco +01:00; after the EU switch Casablanca and Paris share +01:00.",
        ),
    )
)

S = "2027-11-04 10:30"
add(
    ats(
        APOLLINE,
        "fr-annulation-entretien-lyon",
        "interview_cancelled",
        frm=("Recrutement Rhône-Saône Mobilités", "recrutement@rhonesaone-mobilites.example"),
        subject="Annulation de votre entretien du jeudi 4 novembre",
        date=dh("2027-10-29 17:45:00", "Europe/Paris"),
        body=f"""Bonjour Apolline,

Nous sommes au regret de devoir annuler votre entretien prévu le {fr(S, year=False)} à 10h30 avec Mme Clémence Faure, le poste de Cheffe de projet billettique ayant été suspendu.

Nous reviendrons vers vous si le recrutement reprend.

Cordialement,
L'équipe Recrutement""",
        label=iv(
            iso(S, "Europe/Paris"),
            None,
            company="Rhône-Saône Mobilités",
            role="Cheffe de projet billettique",
            interviewers=["Clémence Faure"],
            notes="French cancellation; the position is on hold.",
        ),
    )
)

add(
    human(
        HELENE,
        "fr-be-refus-candidature",
        "rejection",
        frm=("Service du personnel – Brabant Logistique", "emplois@brabantlogistique.example"),
        subject="Votre candidature – Responsable conformité",
        date=dh("2027-11-10 09:00:00", "Europe/Brussels"),
        mailer="outlook",
        body="""Madame,

Nous vous remercions de l'intérêt que vous portez à notre entreprise. Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable.

Nous conservons vos coordonnées et ne manquerons pas de vous recontacter si un poste correspondant à votre profil se libérait.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le service du personnel""",
        label=note(
            "Formal Belgian French rejection, before any interview.", company="Brabant Logistique"
        ),
    )
)

add(
    ats(
        GENEVIEVE,
        "fr-qc-offre-portail",
        "offer",
        frm=("Laurentides Énergie – Carrières", "carrieres@laurentidesenergie.example"),
        subject="Votre offre d'emploi est disponible",
        date=dh("2027-11-12 14:20:00", "America/Toronto"),
        body="""Bonjour Geneviève,

Félicitations! Une offre d'emploi pour le poste d'Analyste en approvisionnement vous attend dans votre espace candidat.

Consultez-la et signez-la électroniquement d'ici le 2027-11-19 : https://carrieres.laurentidesenergie.example/offre/QC-2291

Pour toute question, écris à Marc-Antoine Gauthier.

L'équipe Acquisition de talents""",
        label=note(
            "Québec offer portal notification; ISO deadline date.", company="Laurentides Énergie"
        ),
    )
)

add(
    human(
        APOLLINE,
        "fr-rdv-medecin-confirmation",
        "other",
        frm=("Cabinet médical Saint-Just", "secretariat@cabinet-saintjust.example"),
        subject="Confirmation de votre rendez-vous",
        date=dh("2027-10-25 08:10:00", "Europe/Paris"),
        mailer="outlook",
        body="""Madame Marchetti,

Nous vous confirmons votre rendez-vous avec le Dr Benoît Lacombe le mardi 2 novembre 2027 à 17h15, 12 rue des Farges, 69005 Lyon.

Merci de vous munir de votre carte Vitale. En cas d'empêchement, prévenez-nous au moins 48 heures à l'avance.

Le secrétariat""",
        label=note("Doctor's appointment in French (rendez-vous), not an interview."),
    )
)

add(
    mail(
        LOIC,
        "fr-ch-reponse-automatique",
        "auto_reply",
        frm=("Anouk Rochat", "anouk.rochat@jurapendulerie.example"),
        subject="Réponse automatique : Candidature – Loïc Perrenoud",
        date=dh("2027-10-18 08:01:00", "Europe/Zurich"),
        body="""Bonjour,

Je suis absente jusqu'au lundi 25 octobre inclus, sans accès à ma messagerie. Pour toute question urgente concernant le recrutement, merci de contacter rh@jurapendulerie.example.

Meilleures salutations,
Anouk Rochat""",
        extra=AUTO,
        label=note(
            "French out-of-office; 'jusqu'au lundi 25 octobre inclus' means back the next day.",
            return_date="2027-10-26",
        ),
    )
)

add(
    mail(
        APOLLINE,
        "fr-welcome-to-the-jungle-nouvelles-offres",
        "bulk",
        frm=("Welcome to the Jungle", "hello@welcometothejungle.com"),
        subject="Apolline, 8 nouvelles offres pourraient vous plaire",
        date=dh("2027-10-21 07:45:00", "Europe/Paris"),
        body="""Bonjour Apolline,

Voici les offres publiées cette semaine qui correspondent à votre recherche « Chef de projet – Lyon » :

• Cheffe de projet mobilité – Fourvière Transports – Lyon
• Product Owner billettique – Croix-Rousse Digital – Lyon (hybride)
• Chargée de projet PMO – Confluence Conseil – Villeurbanne

Et aussi : 5 conseils pour réussir votre entretien en visio.

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs

Se désabonner : https://www.welcometothejungle.com/fr/unsubscribe""",
        extra=bulk(
            "<offres.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe"
        ),
        label=note("Welcome to the Jungle job digest mentioning interviews (bulk)."),
    )
)

add(
    human(
        YOUSRA,
        "fr-ma-disponibilites",
        "scheduling_request",
        frm=("Kenza Chraibi", "kenza.chraibi@oasisretail.example"),
        subject="Votre candidature – Responsable marketing digital",
        date=dh("2027-10-19 10:30:00", "Africa/Casablanca"),
        body="""Bonjour Mme El Amrani,

Votre profil a retenu notre attention. Pourriez-vous me communiquer vos disponibilités pour un premier échange téléphonique de 30 minutes la semaine prochaine ?

Bien à vous,
Kenza Chraibi
Chargée de recrutement, Oasis Retail Maroc""",
        label=note("French request for availability, no time.", company="Oasis Retail Maroc"),
    )
)

# ============================== Spanish =============================================

S = "2027-10-26 12:00"
add(
    outlook(
        XIMENA,
        "es-mx-outlook-cuando-cdmx",
        "interview",
        start=S,
        zone="Central Standard Time (Mexico)",
        when_zone="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey",
        minutes=60,
        subject="Entrevista – Ximena Ortega Ruiz – Gerente de Producto",
        organizer=("Rodrigo Bastida", "rodrigo.bastida@nopalpagos.example"),
        attendees=[("Paulina Cervantes Lugo", "paulina.cervantes@nopalpagos.example")],
        date=dh("2027-10-19 13:22:00", "America/Mexico_City"),
        lang="es",
        text="""Hola Ximena:

Te comparto la invitación para tu entrevista con Paulina Cervantes Lugo (Directora de Producto). Será por Teams y dura una hora.

Saludos,
Rodrigo Bastida
Atracción de Talento, Nopal Pagos""",
        label=iv(
            iso(S, "America/Mexico_City"),
            "America/Mexico_City",
            company="Nopal Pagos",
            role="Gerente de Producto",
            interviewers=["Paulina Cervantes Lugo"],
            emails=["paulina.cervantes@nopalpagos.example"],
            notes="Spanish Outlook 'Cuándo:'; Mexico City -06:00 all year since 2022.",
        ),
    )
)

S = "2027-10-21 15:00"
add(
    human(
        MARTIN,
        "es-ar-entrevista-voseo",
        "interview",
        frm=("Florencia Iturralde", "florencia.iturralde@pampasoft.example"),
        subject="Entrevista técnica - Pampasoft",
        date=dh("2027-10-15 18:30:00", "America/Argentina/Buenos_Aires"),
        body=f"""Hola Martín, ¿cómo estás?

Te confirmo la entrevista técnica para el {es(S)} a las 15 hs por Meet. Vas a charlar con Lautaro Ferreyra (Tech Lead) y Agustina Paz (Senior Backend). Cualquier cosa avisame.

Abrazo,
Flor
Talent Acquisition - Pampasoft""",
        label=iv(
            iso(S, "America/Argentina/Buenos_Aires"),
            None,
            company="Pampasoft",
            interviewers=["Lautaro Ferreyra", "Agustina Paz"],
            emails=[],
            notes="Argentine voseo, '15 hs', no zone.",
        ),
    )
)

S = "2027-11-05 09:00"
add(
    human(
        LUCIA,
        "es-py-hora-paraguay",
        "interview",
        frm=("Osvaldo Cáceres", "osvaldo.caceres@yerbalesdelsur.example"),
        subject="Confirmación de entrevista - Analista de Créditos",
        date=dh("2027-10-29 16:00:00", "America/Asuncion"),
        mailer="outlook",
        body=f"""Estimada Lucía:

Le confirmamos su entrevista para el cargo de Analista de Créditos el {es(S)}, a las 09:00 (hora de Paraguay), en nuestra casa matriz de Avda. Mariscal López 3120, Asunción.

La entrevistarán la Lic. Mirtha Giménez (Gerente de Riesgos) y el Ing. Hugo Benítez Ocampo.

Atentamente,
Osvaldo Cáceres
Recursos Humanos – Financiera Yerbales del Sur""",
        label=iv(
            iso(S, "America/Asuncion"),
            "America/Asuncion",
            company="Financiera Yerbales del Sur",
            role="Analista de Créditos",
            interviewers=["Mirtha Giménez", "Hugo Benítez Ocampo"],
            notes="'hora de Paraguay': -03:00 since Paraguay dropped DST in 2024 (older data would say -04/-03).",
        ),
    )
)

S = "2027-10-14 08:00"
add(
    google(
        ANDRES,
        "es-cr-google-entrevista-san-jose",
        "interview",
        start=S,
        zone="America/Costa_Rica",
        minutes=60,
        summary="Entrevista Andrés Villalobos - Ingeniero de Datos",
        organizer=("María José Quesada", "mariajose.quesada@guanacastetech.example"),
        guests=[("Esteban Solís Arias", "esteban.solis@guanacastetech.example")],
        date=dh("2027-10-08 14:05:00", "America/Costa_Rica"),
        meet="gcx-pqrt-lmn",
        wr_timezone="America/Costa_Rica",
        note="Hola Andrés, entrevista técnica con Esteban Solís Arias (Líder de Datos).",
        label=iv(
            iso(S, "America/Costa_Rica"),
            "America/Costa_Rica",
            company="Guanacaste Tech",
            role="Ingeniero de Datos",
            interviewers=["Esteban Solís Arias"],
            emails=["esteban.solis@guanacastetech.example"],
            notes="Google invitation, Costa Rica -06:00 without DST.",
        ),
    )
)

S = "2027-11-08 11:30"
add(
    human(
        NEREA,
        "es-convocatoria-bilbao",
        "interview",
        frm=("Itziar Arregi", "itziar.arregi@nerbioiingenieria.example"),
        subject="Convocatoria a entrevista - Ingeniera de Procesos",
        date=dh("2027-10-28 13:40:00", "Europe/Madrid"),
        mailer="outlook",
        body=f"""Hola Nerea:

Nos gustaría conocerte en persona. Te convocamos a una entrevista el {es(S)} a las 11:30 h en nuestras oficinas de Zamudio (Parque Tecnológico, edificio 204).

Estarán Gorka Etxeberria (Director de Operaciones) y yo misma.

Un saludo,
Itziar Arregi
Personas y Cultura – Nerbioi Ingeniería""",
        label=iv(
            iso(S, "Europe/Madrid"),
            None,
            company="Nerbioi Ingeniería",
            role="Ingeniera de Procesos",
            interviewers=["Gorka Etxeberria", "Itziar Arregi"],
            emails=["itziar.arregi@nerbioiingenieria.example"],
            notes="Spanish convocatoria after the EU switch (CET); '11:30 h'.",
        ),
    )
)

S = "2027-10-28 17:00"
add(
    human(
        XIMENA,
        "es-mx-cancelacion-entrevista",
        "interview_cancelled",
        frm=("Daniela Huerta", "daniela.huerta@xochiseguros.example"),
        subject="Cancelación de entrevista - jueves 28 de octubre",
        date=dh("2027-10-26 09:15:00", "America/Mexico_City"),
        body=f"""Hola Ximena,

Lamentamos informarte que la entrevista del {es(S)} a las 17:00 con Ignacio Valdés queda cancelada, ya que la vacante de Coordinadora de Analítica se cerró internamente.

Gracias por tu tiempo.

Daniela Huerta
Reclutamiento, Xochi Seguros""",
        label=iv(
            iso(S, "America/Mexico_City"),
            None,
            company="Xochi Seguros",
            role="Coordinadora de Analítica",
            interviewers=["Ignacio Valdés"],
            notes="Spanish cancellation (position filled internally).",
        ),
    )
)

add(
    ats(
        LUCIA,
        "es-py-no-seleccionada",
        "rejection",
        frm=("Talento Humano – Chaco Agro", "talento@chacoagro.example"),
        subject="Proceso de selección – Analista Contable",
        date=dh("2027-11-11 11:00:00", "America/Asuncion"),
        body="""Estimada Lucía Benítez Ayala:

Agradecemos sinceramente su participación en nuestro proceso de selección. En esta oportunidad hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Le deseamos mucho éxito en su búsqueda laboral.

Cordialmente,
Talento Humano – Chaco Agro S.A.""",
        label=note("Spanish rejection from Paraguay.", company="Chaco Agro"),
    )
)

add(
    ats(
        NEREA,
        "es-adobe-sign-carta-oferta",
        "offer",
        frm=("Nerbioi Ingeniería vía Adobe Acrobat Sign", "adobesign@adobesign.com"),
        subject="Se ha solicitado su firma en: Carta oferta – Nerea Goikoetxea",
        date=dh("2027-11-22 10:05:00", "Europe/Madrid"),
        body="""Itziar Arregi le ha enviado «Carta oferta – Nerea Goikoetxea» para firmar.

Mensaje de Itziar: ¡Enhorabuena, Nerea! Te adjuntamos la carta oferta para el puesto de Ingeniera de Procesos. Revisa las condiciones y fírmala cuando puedas.

Revisar y firmar: https://secure.eu1.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhA

Powered by Adobe Acrobat Sign""",
        label=note(
            "Offer letter for e-signature (Adobe Acrobat Sign) in Spanish.",
            company="Nerbioi Ingeniería",
        ),
    )
)

add(
    human(
        MARTIN,
        "es-ar-turno-banco",
        "other",
        frm=("Banco del Río de la Plata", "turnos@bancorioplata.example"),
        subject="Confirmación de turno - Sucursal Palermo",
        date=dh("2027-10-20 10:00:00", "America/Argentina/Buenos_Aires"),
        mailer="outlook",
        body="""Hola Martín Ezequiel:

Tu turno quedó confirmado.

Trámite: Apertura de cuenta sueldo
Fecha: martes 26 de octubre de 2027
Hora: 11:15 hs
Sucursal: Palermo – Av. Santa Fe 3401, CABA

Presentate con tu DNI. Podés cancelarlo desde la app.

Banco del Río de la Plata""",
        label=note("Bank appointment (turno) in Argentine Spanish, not an interview."),
    )
)

add(
    mail(
        ANDRES,
        "es-respuesta-automatica-reclutador",
        "auto_reply",
        frm=("Valeria Monge", "valeria.monge@pacificoverde.example"),
        subject="Respuesta automática: Postulación Ingeniero de Datos",
        date=dh("2027-10-12 07:31:00", "America/Costa_Rica"),
        body="""Gracias por su correo. Me encuentro de vacaciones hasta el 18 de octubre y a mi regreso le responderé. Para temas urgentes de reclutamiento escriba a talento@pacificoverde.example.

Saludos,
Valeria Monge""",
        extra=AUTO,
        label=note(
            "Spanish out-of-office; 'de vacaciones hasta el 18 de octubre' - back that day.",
            return_date="2027-10-18",
        ),
    )
)

add(
    mail(
        XIMENA,
        "es-mx-occ-vacantes",
        "bulk",
        frm=("OCC Mundial", "alertas@occ.com.mx"),
        subject="Ximena, hay 15 vacantes nuevas de Gerente de Producto",
        date=dh("2027-10-22 06:00:00", "America/Mexico_City"),
        body="""Hola Ximena:

Estas son las vacantes más recientes para tu búsqueda «Gerente de Producto – CDMX»:

Gerente de Producto Digital – Ajolote Bank – Ciudad de México
Product Manager Pagos – Tlaloc Fintech – Remoto
Líder de Producto – Mercado Coyoacán – Ciudad de México

Consejo de la semana: cómo preparar tu próxima entrevista.

Ver todas: https://www.occ.com.mx/empleos/gerente-de-producto
Darte de baja: https://www.occ.com.mx/alertas/baja""",
        extra=bulk("<alertas.occ.com.mx>", "https://www.occ.com.mx/alertas/baja"),
        label=note("Mexican job alert in Spanish."),
    )
)

add(
    human(
        NEREA,
        "es-cita-taller-coche",
        "other",
        frm=("Talleres Deusto Motor", "citas@deustomotor.example"),
        subject="Cita confirmada: revisión de su vehículo",
        date=dh("2027-10-29 18:00:00", "Europe/Madrid"),
        mailer="outlook",
        body="""Estimada Nerea:

Le confirmamos su cita para la revisión de los 60.000 km el miércoles 3 de noviembre a las 8:30 en Talleres Deusto Motor (Calle Lehendakari Aguirre 88, Bilbao).

Matrícula: 4821 LKT. Tiempo estimado: 3 horas.

Un saludo,
Recepción de taller""",
        label=note("Car service appointment in Spanish."),
    )
)

add(
    human(
        MARTIN,
        "es-ar-disponibilidad-entrevista",
        "scheduling_request",
        frm=("Camila Otero", "camila.otero@tangodata.example"),
        subject="Tu postulación en Tango Data",
        date=dh("2027-10-13 12:10:00", "America/Argentina/Buenos_Aires"),
        body="""Hola Martín!

Gracias por postularte a Data Engineer. Nos gustaría coordinar una primera entrevista. ¿Me pasás tu disponibilidad para la semana que viene? Podés elegir también un horario acá: https://calendly.com/camila-otero-tango/30min

Saludos!
Camila""",
        label=note(
            "Argentine Spanish availability request with a booking link.", company="Tango Data"
        ),
    )
)
