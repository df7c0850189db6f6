"""German mail: Munich, Cologne, Leipzig, Luxembourg, Liechtenstein, South Tyrol, Graz, Basel."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AUTO,
    DOMINIK,
    GMX,
    JANNIK,
    LEONIE,
    LIVIA,
    MAGDALENA,
    MARLENE,
    STEFAN,
    TESSY,
    bulk,
    cal_mail,
    de,
    dh,
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
        LEONIE,
        "einladung-teamleiterin-muenchen",
        "interview",
        frm=("Veronika Staudacher", "v.staudacher@isarwerk-medtech.example"),
        subject="Einladung zum Vorstellungsgespräch - Qualitätsingenieurin (m/w/d)",
        date=dh("2038-10-13 11:25", "Europe/Berlin"),
        body=f"""Liebe Frau Wacker-Osagie,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden
Sie herzlich zu einem Vorstellungsgespräch ein, am {de("2038-10-21", year=False)}, von 14:00
bis 15:00 Uhr, bei uns in der Landsberger Straße 302, 80687 München (Empfang, 2. OG).

Seitens Isarwerk Medtech nehmen neben mir auch Herr Korbinian Anzinger (Leiter
Qualitätsmanagement) teil.

Bitte bringen Sie einen Lichtbildausweis mit.

Mit freundlichen Grüßen
Veronika Staudacher
Teamleiterin Qualitätssicherung
Isarwerk Medtech GmbH""",
        label=lab(
            "2038-10-21 14:00",
            "Europe/Berlin",
            None,
            company="Isarwerk Medtech",
            role="Qualitätsingenieurin",
            who=["Veronika Staudacher", "Korbinian Anzinger"],
            emails=["v.staudacher@isarwerk-medtech.example"],
            notes="'von 14:00 bis 15:00 Uhr'; no zone named.",
        ),
    ),
    outlook(
        JANNIK,
        "teams-besprechung-wann-zeile",
        "interview",
        start="2038-11-09 09:30",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Bewerbungsgespräch Jannik Hövelmann-Addo - Controller",
        organizer=("Svenja Brückner", "svenja.brueckner@rheinbogen-versicherung.example"),
        attendees=[
            ("Thorsten Klefisch", "thorsten.klefisch@rheinbogen-versicherung.example"),
        ],
        location="Microsoft Teams-Besprechung",
        lang="de",
        date=dh("2038-11-02 16:05", "Europe/Berlin"),
        text="""Hallo Herr Hövelmann-Addo,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch über
Teams. Teilnehmen werden Herr Thorsten Klefisch (Leiter Controlling) und ich.

Viele Grüße
Svenja Brückner
Personalreferentin""",
        label=lab(
            "2038-11-09 09:30",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Rheinbogen Versicherung",
            role="Controller",
            who=["Thorsten Klefisch", "Svenja Brückner"],
            emails=[
                "thorsten.klefisch@rheinbogen-versicherung.example",
                "svenja.brueckner@rheinbogen-versicherung.example",
            ],
            notes="German Exchange request ('Wann:'), Teams.",
        ),
    ),
    person(
        MARLENE,
        "terminverschiebung-neuer-montag",
        "interview",
        frm=("Konrad Pietzsch", "k.pietzsch@saxonia-logistik.example"),
        subject="Terminverschiebung: Ihr Vorstellungsgespräch",
        date=dh("2038-10-29 14:50", "Europe/Berlin"),
        body=f"""Sehr geehrte Frau Fiedler-Kariuki,

leider muss ich unser für Dienstag geplantes Gespräch verschieben, da ich an diesem Tag
kurzfristig auf Dienstreise bin. Neuer Termin: {de("2038-11-08", year=False)} um 10:30 Uhr,
wie gehabt bei uns am Standort Leipzig-Radefeld, Gebäude C.

Ich hoffe, das passt Ihnen. Geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Konrad Pietzsch
Niederlassungsleiter, Saxonia Logistik""",
        label=lab(
            "2038-11-08 10:30",
            "Europe/Berlin",
            None,
            company="Saxonia Logistik",
            who=["Konrad Pietzsch"],
            emails=["k.pietzsch@saxonia-logistik.example"],
            notes="Reschedule giving the new time.",
        ),
    ),
    person(
        TESSY,
        "gespraechstermin-bank-latin1",
        "interview",
        frm=("Sandra Hoffmann-Reiser", "sandra.hoffmann@banque-moselle.example"),
        subject="Gesprächstermin - Compliance Officer (w/m)",
        date=dh("2038-11-05 10:02", "Europe/Luxembourg"),
        charset="ISO-8859-1",
        body=f"""Sehr geehrte Frau Reuter-Mbemba,

wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen:

Datum: {de("2038-11-17")}
Uhrzeit: 9.00 Uhr
Ort: Banque Moselle S.A., 14, boulevard Royal, L-2449 Luxemburg

Gesprächspartner sind Herr Marc Weber (Abteilungsleiter Compliance) und ich selbst.

Mit freundlichen Grüßen
Sandra Hoffmann-Reiser
Personalabteilung""",
        label=lab(
            "2038-11-17 09:00",
            "Europe/Luxembourg",
            None,
            company="Banque Moselle",
            role="Compliance Officer",
            who=["Marc Weber", "Sandra Hoffmann-Reiser"],
            emails=["sandra.hoffmann@banque-moselle.example"],
            notes="ISO-8859-1, '9.00 Uhr'; the HR sender sits in.",
        ),
    ),
    person(
        DOMINIK,
        "kennenlernen-beim-kunden-freitag",
        "interview",
        frm=("Reto Gasser", "reto.gasser@rheintal-personal.example"),
        subject="Kennenlernen beim Kunden am Freitag",
        date=dh("2038-11-08 17:35", "Europe/Vaduz"),
        body=f"""Hoi Dominik

Super Neuigkeiten: Die Alpstein Präzision AG möchte dich kennenlernen. Termin ist am
{de("2038-11-12", year=False)}, um 16 Uhr in Schaan, Industriestrasse 21.

Vor Ort sind Urs Kindle (Produktionsleiter) und Nadja Büchel (HR). Ich bin nicht dabei,
ruf mich aber gerne vorher nochmals an.

Liebe Grüsse
Reto Gasser
Rheintal Personal AG""",
        label=lab(
            "2038-11-12 16:00",
            "Europe/Vaduz",
            None,
            company="Alpstein Präzision",
            who=["Urs Kindle", "Nadja Büchel"],
            emails=[],
            notes="Liechtenstein agency, Swiss spelling, du-form; the consultant only arranges.",
        ),
    ),
    person(
        MAGDALENA,
        "passt-dienstag-elf-uhr-suedtirol",
        "interview",
        frm=("Lukas Kofler", "lukas.kofler@dolomiten-holz.example"),
        subject="AW: Bewerbung Projektleiterin Holzbau",
        date=dh("2038-11-22 08:14", "Europe/Rome"),
        in_reply_to=msgid("magdalena-bewerbung", "example.net"),
        body="""Guten Morgen Frau Pichler-Oberhofer,

Dienstag um 11 passt uns gut. Wir treffen uns in unserem Büro in Bozen (Schlachthofstraße
30). Mit dabei ist unsere Geschäftsführerin, Frau Irene Gasser.

Bis dann, schöne Grüße
Lukas Kofler
Technischer Leiter"""
        + quoted(
            "2038-11-21 19:40",
            "Europe/Rome",
            "Magdalena Pichler-Oberhofer <magdalena.pichler@example.net>",
            f"""Sehr geehrter Herr Kofler,

danke für die Rückmeldung. Ich könnte am {de("2038-11-30", year=False)} um 11 Uhr oder
am Donnerstag danach am Nachmittag.

Freundliche Grüße
Magdalena Pichler-Oberhofer""",
        ),
        label=lab(
            "2038-11-30 11:00",
            "Europe/Rome",
            None,
            company="Dolomiten Holz",
            role="Projektleiterin Holzbau",
            who=["Lukas Kofler", "Irene Gasser"],
            emails=["lukas.kofler@dolomiten-holz.example"],
            notes="South Tyrol; 'Dienstag um 11' settled from the quoted proposal.",
        ),
    ),
    cal_mail(
        STEFAN,
        "gmx-einladung-graz",
        "interview",
        event={
            "start": "2038-11-25 13:00",
            "zone": "Europe/Vienna",
            "minutes": 60,
            "summary": "Vorstellungsgespräch Stefan Kniewasser-Dodoo",
            "organizer": ("Mag. Birgit Url", "birgit.url@murtal-energie.example"),
            "attendees": [
                ("Stefan Kniewasser-Dodoo", "stefan.kniewasser@example.org"),
                ("DI Herwig Pölzl", "herwig.poelzl@murtal-energie.example"),
            ],
            "location": "Murtal Energie, Lendplatz 9, 8020 Graz",
            "prodid": GMX,
        },
        date=dh("2038-11-18 12:12", "Europe/Vienna"),
        frm=("Birgit Url", "birgit.url@murtal-energie.example"),
        subject="Einladung: Vorstellungsgespräch am 25.11.",
        body=f"""Sehr geehrter Herr Kniewasser-Dodoo,

anbei die Einladung für unser Gespräch am {de("2038-11-25", year=False)} um 13 Uhr.
DI Herwig Pölzl (Leitung Netzplanung) und ich freuen uns auf Sie.

Mit besten Grüßen
Mag. Birgit Url
Human Resources, Murtal Energie""",
        ics_mode="attach",
        ics_name="einladung.ics",
        label=lab(
            "2038-11-25 13:00",
            "Europe/Vienna",
            None,
            company="Murtal Energie",
            who=["Herwig Pölzl", "Birgit Url"],
            emails=["herwig.poelzl@murtal-energie.example", "birgit.url@murtal-energie.example"],
            notes="GMX-written calendar attachment; Austrian titles (Mag., DI).",
        ),
    ),
    person(
        LIVIA,
        "termin-muss-abgesagt-werden",
        "interview_cancelled",
        frm=("Beat Wüthrich", "beat.wuethrich@birsig-chemie.example"),
        subject="Absage unseres Termins vom Donnerstag",
        date=dh("2038-11-02 07:58", "Europe/Zurich"),
        body=f"""Guten Tag Frau Brändli-Okeke

Leider muss ich unser Gespräch vom {de("2038-11-04", year=False)}, 10:00 Uhr, absagen, da
unser Laborleiter krankheitshalber ausfällt. Wir melden uns nächste Woche mit neuen
Terminvorschlägen.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Beat Wüthrich
HR Business Partner, Birsig Chemie AG""",
        label=lab(
            "2038-11-04 10:00",
            "Europe/Zurich",
            None,
            company="Birsig Chemie",
            who=[],
            emails=[],
            notes="Cancelled for illness; new times only promised.",
        ),
    ),
    person(
        JANNIK,
        "terminvorschlag-zeitfenster",
        "scheduling_request",
        frm=("Anja Schwarzkopf", "anja.schwarzkopf@domblick-media.example"),
        subject="Terminvorschlag für ein erstes Kennenlernen",
        date=dh("2038-10-20 13:40", "Europe/Berlin"),
        body=f"""Hallo Jannik,

danke für deine Bewerbung als Projektmanager Digital! Wir würden gerne ein erstes
Kennenlernen (ca. 30 Minuten, per Video) vereinbaren. Passt dir eines dieser Zeitfenster?

- {de("2038-10-26", year=False)}, zwischen 10 und 12 Uhr
- {de("2038-10-27", year=False)}, ab 15 Uhr
- {de("2038-10-28", year=False)}, ganztägig

Sag mir einfach, was dir passt, dann schicke ich die Einladung.

Viele Grüße
Anja Schwarzkopf
People & Culture, Domblick Media""",
        label=note(
            "Windows offered; nothing booked.",
            company="Domblick Media",
            role="Projektmanager Digital",
        ),
    ),
    person(
        MARLENE,
        "absage-nach-gespraech",
        "rejection",
        frm=("Personalabteilung Elsterland Stadtwerke", "bewerbung@elsterland-stadtwerke.example"),
        subject="Ihre Bewerbung als Referentin Energiewirtschaft",
        date=dh("2038-11-24 15:20", "Europe/Berlin"),
        body="""Sehr geehrte Frau Fiedler-Kariuki,

nochmals vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Unternehmen.
Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren
Profil noch etwas besser zu den Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung
Elsterland Stadtwerke GmbH""",
        label=note(
            "Rejection after an interview.",
            company="Elsterland Stadtwerke",
            role="Referentin Energiewirtschaft",
        ),
    ),
    person(
        LEONIE,
        "vertragsangebot-mit-anlage",
        "offer",
        frm=("Veronika Staudacher", "v.staudacher@isarwerk-medtech.example"),
        subject="Vertragsangebot Qualitätsingenieurin",
        date=dh("2038-11-05 16:45", "Europe/Berlin"),
        body="""Liebe Frau Wacker-Osagie,

es freut mich sehr, Ihnen nach den Gesprächen mitteilen zu können, dass wir Sie gerne in
unserem Team begrüßen würden. Im Anhang finden Sie unser Vertragsangebot (Jahresgehalt
68.000 EUR brutto, Eintritt zum 1. Februar 2039).

Bitte geben Sie uns bis zum 15. November Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Veronika Staudacher""",
        label=note(
            "Written offer with salary and start date.",
            company="Isarwerk Medtech",
            role="Qualitätsingenieurin",
        ),
    ),
    raw_mail(
        STEFAN,
        "abwesenheitsnotiz-personal-graz",
        "auto_reply",
        frm=("Mag. Birgit Url", "birgit.url@murtal-energie.example"),
        subject="Abwesenheitsnotiz: AW: Einladung: Vorstellungsgespräch am 25.11.",
        date=dh("2038-11-18 12:40", "Europe/Vienna"),
        extra=AUTO,
        body=f"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag außer Haus und ab {de("2038-11-22", year=True)} wieder
erreichbar. In dringenden Fällen wenden Sie sich bitte an personal@murtal-energie.example.

Mit freundlichen Grüßen
Birgit Url""",
        label=note(
            "Out-of-office answer to the user's reply; the interview itself is elsewhere.",
            return_date="2038-11-22",
        ),
    ),
    vendor(
        TESSY,
        "werkstatt-terminbestaetigung",
        "other",
        frm=("Autohaus Kirchberg Service", "service@autohaus-kirchberg.example"),
        subject="Terminbestätigung Werkstatt: Winterreifen & Inspektion",
        date=dh("2038-10-25 09:10", "Europe/Luxembourg"),
        body=f"""Guten Tag Frau Reuter-Mbemba,

hiermit bestätigen wir Ihren Werkstatttermin:

{de("2038-11-03")}, 07:30 Uhr
Leistung: Inspektion, Wechsel auf Winterreifen
Ihr Serviceberater: Herr Jeff Schmit

Bitte geben Sie das Fahrzeug bis 08:00 Uhr an der Annahme ab.

Ihr Autohaus Kirchberg""",
        label=note("Car service appointment, not a job."),
    ),
    vendor(
        DOMINIK,
        "stepstone-newsletter-fragen",
        "bulk",
        frm=("StepStone", "newsletter@stepstone.de"),
        subject="Die 10 häufigsten Fragen im Vorstellungsgespräch - und wie Sie antworten",
        date=dh("2038-11-10 06:30", "Europe/Berlin"),
        extra=bulk("<karriere-tipps.stepstone.de>", "https://www.stepstone.de/abmelden?u=9f3"),
        body="""Karriere-Tipps der Woche

Die 10 häufigsten Fragen im Vorstellungsgespräch
Von "Erzählen Sie etwas über sich" bis "Wo sehen Sie sich in fünf Jahren": So bereiten
Sie sich vor.

Gehaltsverhandlung: Diese Fehler sollten Sie vermeiden

Neue Jobs für Sie: 14 passende Stellenangebote in Ihrer Region

Newsletter abbestellen: https://www.stepstone.de/abmelden?u=9f3""",
        label=note("Job board newsletter about interviews."),
    ),
]
