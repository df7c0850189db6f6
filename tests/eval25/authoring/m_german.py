"""German mail from Germany, Austria and Switzerland: Sie and du, local dates and times."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    AUTO,
    BENEDIKT,
    FRIDOLIN,
    GIAN,
    HANNELORE,
    IPHONE,
    JOST,
    LEOKADIA,
    MECHTHILD,
    OTTOKAR,
    RAPHAELA,
    ROSWITHA,
    WALBURGA,
    bulk,
    de,
    dh,
    gq,
    lab,
    note,
    outlook,
    person,
    raw_mail,
    thread,
    vendor,
    wk,
)

MESSAGES = [
    person(
        HANNELORE,
        "einladung-vorstellungsgespraech-hamburg-hafencity",
        "interview",
        frm=("Svenja Kolbeck | Elbkai Logistiksysteme", "s.kolbeck@elbkai-logistik.example"),
        subject="Einladung zum Vorstellungsgespräch – Teamleitung Disposition (m/w/d)",
        date=dh("2044-02-05 10:42", "Europe/Berlin"),
        html=True,
        body=f"""Sehr geehrte Frau Quast-Adebayo,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Elbkai Logistiksysteme GmbH.
Ihre Unterlagen haben uns überzeugt, und wir laden Sie herzlich zu einem persönlichen
Vorstellungsgespräch ein:

am {wk("2044-02-16", "de")}, den 16.02.2044, um 14.30 Uhr
Elbkai Logistiksysteme GmbH, Am Sandtorkai 71, 20457 Hamburg, 4. OG (bitte am Empfang melden)

Das Gespräch führen Frau Dr. Henrike Wollgast (Bereichsleitung Transport) und Herr
Jannik Oberbeck (Leitung Disposition). Planen Sie bitte etwa 75 Minuten ein.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen,
finden wir gern eine Alternative.

Mit freundlichen Grüßen

Svenja Kolbeck
Personalreferentin
Elbkai Logistiksysteme GmbH
Am Sandtorkai 71 · 20457 Hamburg
Tel. +49 40 5550 1823
""",
        label=lab(
            "2044-02-16 14:30",
            "Europe/Berlin",
            None,
            company="Elbkai Logistiksysteme",
            role="Teamleitung Disposition",
            who=["Henrike Wollgast", "Jannik Oberbeck"],
            notes="Numeric German date with weekday ('am Dienstag, den 16.02.2044, um 14.30 "
            "Uhr'); the HR sender only arranges. No zone named.",
        ),
    ),
    person(
        BENEDIKT,
        "du-startup-leipzig-passt-donnerstag",
        "interview",
        frm=("Malte Kirschgrund", "malte@sattelzug-apps.example"),
        subject="Re: Bewerbung Frontend – kurzes Kennenlernen?",
        date=dh("2044-01-19 21:07", "Europe/Berlin"),
        agent="iPhone Mail (21E236)",
        body=thread(
            f"""Hey Benedikt,

perfekt, dann machen wir Donnerstag um 10 Uhr. Ich schick dir gleich noch den Jitsi-Link,
Paula aus dem Design ist auch dabei.

Bis Donnerstag!
Malte

{IPHONE}
""",
            gq(
                "2044-01-19 18:30",
                "Europe/Berlin",
                "Benedikt Sauerwein-Ofori <benedikt.sauerwein@example.net>",
                """Hallo Malte,

danke für die schnelle Rückmeldung! Donnerstag ginge bei mir ab 10 Uhr, Freitag
vormittags leider nicht.

Viele Grüße
Benedikt

> Hi Benedikt, hast du diese Woche Zeit für ein lockeres Kennenlernen
> (ca. 45 Min, remote)? Donnerstag oder Freitag vormittag wäre ideal.
""",
            ),
        ),
        label=lab(
            "2044-01-21 10:00",
            "Europe/Berlin",
            None,
            company="Sattelzug Apps",
            role="Frontend",
            who=["Malte", "Paula"],
            notes="Informal du thread from a phone; 'Donnerstag um 10 Uhr' settles the time "
            "(Thursday 21 January after a Tuesday evening mail). Only first names given.",
        ),
    ),
    raw_mail(
        ROSWITHA,
        "terminverschiebung-gespraech-wien-margareten",
        "interview",
        frm=("Mag. Theresia Hofbauer-Lenz", "t.hofbauer@wienzeile-versicherung.example"),
        subject="Terminverschiebung: Ihr Vorstellungsgespräch bei der Wienzeile Versicherung",
        date=dh("2044-01-26 08:55", "Europe/Vienna"),
        charset="ISO-8859-15",
        name_charset="ISO-8859-15",
        body=f"""Sehr geehrte Frau Pichlmayr-Donkor,

leider muss ich unser für Donnerstag, 28. Jänner, 9.00 Uhr vereinbartes Gespräch
verschieben, da Herr Dipl.-Ing. Koloman Strasser kurzfristig verhindert ist.

Neuer Termin: {wk("2044-02-02", "de")}, 2. Februar 2044, 13.30 Uhr, wieder bei uns in der
Schönbrunner Straße 118, 1050 Wien, Besprechungsraum »Naschmarkt«.

Sie treffen Herrn Strasser (Abteilungsleiter Schadenmanagement) und mich.
Ich bitte um kurze Rückmeldung, ob Ihnen der neue Termin passt, und entschuldige mich
für die Umstände.

Mit freundlichen Grüßen
Mag. Theresia Hofbauer-Lenz
Human Resources
Wienzeile Versicherung AG
""",
        label=lab(
            "2044-02-02 13:30",
            "Europe/Vienna",
            None,
            company="Wienzeile Versicherung",
            who=["Koloman Strasser", "Theresia Hofbauer-Lenz"],
            emails=["t.hofbauer@wienzeile-versicherung.example"],
            notes="Austrian 'Jänner' for the old date; the new date is labelled. The HR "
            "sender takes part ('Sie treffen Herrn Strasser ... und mich'). ISO-8859-15, QP.",
        ),
    ),
    person(
        GIAN,
        "gespraech-abgesagt-stelle-besetzt-zuerich",
        "interview_cancelled",
        frm=("Corina Pfister", "corina.pfister@limmatwerk-energie.example"),
        subject="Absage Gespräch vom 10. Februar – Projektingenieur Netze",
        date=dh("2044-02-03 16:20", "Europe/Zurich"),
        body="""Grüezi Herr Caduff-Mensah

Leider muss ich Ihnen mitteilen, dass wir das Gespräch vom Mittwoch, 10. Februar 2044,
um 10.00 Uhr absagen müssen. Die Stelle als Projektingenieur Netze konnte kurzfristig
intern besetzt werden.

Wir bedauern das sehr, zumal Ihr Dossier einen sehr guten Eindruck gemacht hat. Gerne
behalten wir Ihre Unterlagen mit Ihrem Einverständnis für künftige Vakanzen.

Freundliche Grüsse
Corina Pfister
HR Business Partner
Limmatwerk Energie AG, Hardturmstrasse 301, 8005 Zürich
""",
        label=lab(
            "2044-02-10 10:00",
            "Europe/Zurich",
            None,
            company="Limmatwerk Energie",
            role="Projektingenieur Netze",
            notes="Swiss German (no ß, 'Grüezi', 'Dossier'); cancelled because the role was "
            "filled internally: interview_cancelled at the old time.",
        ),
    ),
    outlook(
        LEOKADIA,
        "aktualisiert-zweitgespraech-muenchen",
        "interview",
        start="2044-03-07 11:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Zweitgespräch Leokadia Sturmfels-Agyeman – Senior Controllerin",
        prefix="Aktualisiert: ",
        sequence=2,
        organizer=("Quirin Leitenbauer", "quirin.leitenbauer@isarbogen-pharma.example"),
        attendees=[
            ("Dr. Annegret Vollrath", "annegret.vollrath@isarbogen-pharma.example"),
            ("Quirin Leitenbauer", "quirin.leitenbauer@isarbogen-pharma.example"),
        ],
        date=dh("2044-02-27 15:48", "Europe/Berlin"),
        lang="de",
        text="""Liebe Frau Sturmfels-Agyeman,

wie telefonisch besprochen haben wir das Zweitgespräch auf Montag, 11 Uhr verlegt.
Frau Dr. Vollrath (CFO) und ich freuen uns auf den Austausch.

Viele Grüße
Quirin Leitenbauer
Recruiting, Isarbogen Pharma GmbH""",
        label=lab(
            "2044-03-07 11:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Isarbogen Pharma",
            role="Senior Controllerin",
            who=["Annegret Vollrath", "Quirin Leitenbauer"],
            emails=[
                "annegret.vollrath@isarbogen-pharma.example",
                "quirin.leitenbauer@isarbogen-pharma.example",
            ],
            notes="Exchange update in German ('Aktualisiert:', SEQUENCE 2) with the new time; "
            "the organiser takes part ('Frau Dr. Vollrath und ich').",
        ),
    ),
    outlook(
        OTTOKAR,
        "abgesagt-fachgespraech-frankfurt",
        "interview_cancelled",
        start="2044-02-22 15:00",
        zone="W. Europe Standard Time",
        minutes=45,
        subject="Fachgespräch IT-Security Architect – O. Vielhauer-Badu",
        prefix="Abgesagt: ",
        method="CANCEL",
        sequence=1,
        organizer=("Larissa Eschweiler", "larissa.eschweiler@mainufer-bank.example"),
        attendees=[("Thorsten Wiegandt", "thorsten.wiegandt@mainufer-bank.example")],
        date=dh("2044-02-16 12:05", "Europe/Berlin"),
        lang="de",
        text="""Hallo Herr Vielhauer-Badu,

aufgrund einer internen Umstrukturierung ist die Stelle derzeit auf Eis gelegt. Ich
melde mich, sobald es Neuigkeiten gibt.

Beste Grüße
Larissa Eschweiler""",
        label=lab(
            "2044-02-22 15:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Mainufer Bank",
            role="IT-Security Architect",
            notes="Exchange cancellation in German ('Abgesagt:', METHOD:CANCEL); role on hold.",
        ),
    ),
    person(
        MECHTHILD,
        "absage-bewerbung-sachbearbeitung-koeln",
        "rejection",
        frm=("Personalabteilung Rheinbogen Stadtwerke", "bewerbung@rheinbogen-stadtwerke.example"),
        subject="Ihre Bewerbung als Sachbearbeiterin Kundenservice (Kennziffer 2044-017)",
        date=dh("2044-02-14 09:30", "Europe/Berlin"),
        html=True,
        body="""Sehr geehrte Frau Rauscher-Ampah,

nochmals vielen Dank für Ihr Interesse und das angenehme Gespräch in der vergangenen
Woche.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine
andere Bewerberin entschieden haben, deren Profil noch besser zu den Anforderungen passt.
Diese Entscheidung ist keine Bewertung Ihrer Person.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihre Personalabteilung
Rheinbogen Stadtwerke Köln GmbH
""",
        label=note(
            "German rejection formula after an interview ('müssen wir Ihnen leider mitteilen').",
            company="Rheinbogen Stadtwerke",
        ),
    ),
    person(
        JOST,
        "vertragsangebot-produktmanager-stuttgart",
        "offer",
        frm=("Ilka Brenninkmeyer", "ilka.brenninkmeyer@neckarhalde-robotik.example"),
        subject="Ihr Vertragsangebot – Produktmanager Cobots",
        date=dh("2044-03-08 17:12", "Europe/Berlin"),
        body="""Lieber Herr Brüggemann-Ntim,

wir freuen uns sehr, Ihnen nach den Gesprächen mit unserem Team die Position als
Produktmanager Cobots anbieten zu können!

Eckdaten:
- Eintritt: 1. Mai 2044
- Jahresbruttogehalt: 84.000 EUR plus variable Vergütung bis 10 %
- 30 Tage Urlaub, Jobrad, hybrides Arbeiten (3 Tage vor Ort in Stuttgart-Feuerbach)

Den Arbeitsvertrag senden wir Ihnen per DocuSign, sobald Sie uns Ihre Zusage gegeben
haben. Wir würden uns über eine Rückmeldung bis zum 15. März freuen.

Herzliche Grüße
Ilka Brenninkmeyer
Head of People, Neckarhalde Robotik GmbH
""",
        label=note("German offer with salary and a reply-by date.", company="Neckarhalde Robotik"),
    ),
    raw_mail(
        WALBURGA,
        "abwesenheitsnotiz-graz-personal",
        "auto_reply",
        frm=("Benjamin Kogler", "b.kogler@murinsel-software.example"),
        subject="Abwesenheitsnotiz: AW: Bewerbung Softwaretesterin – Walburga Teichmann-Osei",
        date=dh("2044-02-19 07:01", "Europe/Vienna"),
        extra=AUTO,
        body="""Grüß Gott,

ich bin bis einschließlich 26. Februar 2044 auf Urlaub und habe nur eingeschränkt Zugriff
auf meine E-Mails. Ab 29.02. bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an karriere@murinsel-software.example.

Beste Grüße
Benjamin Kogler
""",
        label=note(
            "Austrian out-of-office ('auf Urlaub', 'Grüß Gott') with RFC 3834 header; back "
            "on Monday 29 February ('Ab 29.02.').",
            return_date="2044-02-29",
        ),
    ),
    person(
        RAPHAELA,
        "arbeitsagentur-einladung-beratungstermin",
        "other",
        frm=("AMS Arbeitsmarktservice Innsbruck", "noreply@arbeitsvermittlung-tirol.example"),
        subject="Einladung zu einem persönlichen Termin – Beratung zur beruflichen Situation",
        date=dh("2044-01-22 06:14", "Europe/Vienna"),
        body=f"""Sehr geehrte Frau Mooslechner-Aidoo,

wir möchten mit Ihnen über Ihre berufliche Situation sprechen. Bitte kommen Sie am
{de("2044-02-01", False)} um 09:20 Uhr in unsere Geschäftsstelle, Zimmer 2.14, zu Frau
Dagmar Rieder (Vermittlung).

Bitte bringen Sie Ihren Lebenslauf und aktuelle Bewerbungsnachweise mit.

Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu dem Termin, kann Ihr
Anspruch auf Leistungen ruhen.

Mit freundlichen Grüßen
Ihre Geschäftsstelle
""",
        label=note(
            "A job-seekers' agency appointment ('Einladung zu einem persönlichen Termin'): "
            "not a job interview with an employer, so other; a careful reader might weigh it "
            "as an interview because it is compulsory and about work."
        ),
    ),
    person(
        FRIDOLIN,
        "elterngespraech-primarschule-basel",
        "other",
        frm=("Seraina Frischknecht", "s.frischknecht@primar-gellert.example"),
        subject="Einladung zum Elterngespräch – Lionel, 3b",
        date=dh("2044-03-01 13:40", "Europe/Zurich"),
        body=f"""Liebe Familie Zumstein-Kwakye

Gerne lade ich Sie zum halbjährlichen Elterngespräch ein. Vorgesehen ist
{de("2044-03-14", False)}, 16.45 Uhr, im Schulzimmer 3b. Das Gespräch dauert rund
20 Minuten. Falls der Termin nicht passt, melden Sie sich bitte bei mir.

Freundliche Grüsse
Seraina Frischknecht, Klassenlehrperson 3b
""",
        label=note("Parent-teacher meeting ('Elterngespräch'), not about a job."),
    ),
    person(
        WALBURGA,
        "terminvorschlaege-zweite-runde-linz",
        "scheduling_request",
        frm=("Verena Stockinger", "verena.stockinger@poestlingberg-it.example"),
        subject="Terminvorschläge für das zweite Gespräch",
        date=dh("2044-02-26 11:25", "Europe/Vienna"),
        body=f"""Liebe Frau Teichmann-Osei,

schön, dass Sie in die zweite Runde kommen! Für das Gespräch mit unserem CTO hätte ich
folgende Termine frei:

- {wk("2044-03-07", "de")}, 7.3., 10:00 Uhr
- {wk("2044-03-08", "de")}, 8.3., 14:00 Uhr
- {wk("2044-03-10", "de")}, 10.3., 9:30 Uhr

Welcher davon passt Ihnen am besten?

Liebe Grüße
Verena Stockinger, Pöstlingberg IT GmbH
""",
        label=note("Three slots offered, none chosen yet.", company="Pöstlingberg IT"),
    ),
    vendor(
        HANNELORE,
        "stepstone-jobagent-disposition",
        "bulk",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="12 neue Jobs für „Disposition Hamburg“ – Ihr Jobagent",
        date=dh("2044-02-09 05:30", "Europe/Berlin"),
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden"),
        body="""Hallo Hannelore,

Ihr Jobagent hat 12 neue Stellen für Sie gefunden:

Disponent (m/w/d) Nahverkehr – Hafenläufer Spedition, Hamburg
Teamleitung Disposition – Kranich Transport, Hamburg-Billbrook
Transportplaner*in – Alsterbogen Logistik, Norderstedt
... und 9 weitere

Jetzt bewerben – ein Vorstellungsgespräch ist oft nur einen Klick entfernt.

Jobagent bearbeiten: https://www.stepstone.de/jobagent
Abmelden: https://www.stepstone.de/jobagent/abmelden
""",
        label=note("Job-alert digest in German with list headers."),
    ),
    raw_mail(
        JOST,
        "telefonisches-erstgespraech-freitag-ulm",
        "interview",
        frm=("Dörte Hasenjäger", "doerte.hasenjaeger@blautopf-medizintechnik.example"),
        subject="Telefonisches Erstgespräch am Freitag",
        date=dh("2044-01-13 14:02", "Europe/Berlin"),
        charset="windows-1252",
        cte="8bit",
        name_charset="windows-1252",
        body="""Hallo Herr Brüggemann-Ntim,

wie eben am Telefon vereinbart, rufe ich Sie am Freitag, den 15. Januar, um 9:00 Uhr
unter der angegebenen Mobilnummer an. Das Erstgespräch dauert ca. 30 Minuten – es geht
um Ihre Erfahrung mit Zulassungsprozessen und Ihre Gehaltsvorstellung.

Schönen Tag noch!
Dörte Hasenjäger
Talent Acquisition, Blautopf Medizintechnik GmbH
""",
        label=lab(
            "2044-01-15 09:00",
            "Europe/Berlin",
            None,
            company="Blautopf Medizintechnik",
            who=["Dörte Hasenjäger"],
            emails=["doerte.hasenjaeger@blautopf-medizintechnik.example"],
            notes="Phone screen by the recruiter herself ('rufe ich Sie ... an'); "
            "windows-1252 in 8bit.",
        ),
    ),
]
