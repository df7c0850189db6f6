"""German, Austrian and Swiss mail: Klinikum, Kita, Spedition, Stadt, Bäckerei, Apotheke."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ANNEGRET,
    AUTO,
    BURKHARD,
    URS,
    WIEBKE,
    de,
    iv,
    mail,
    t24,
    wk,
)

B = "Europe/Berlin"
W = "Europe/Vienna"
Z = "Europe/Zurich"

MESSAGES = [
    iv(
        WIEBKE,
        "klinikum-einladung-pflegefachkraft-station",
        frm=("Personalabteilung Klinikum Marschenland", "bewerbung@klinikum-marschenland.example"),
        subject="Einladung zum Vorstellungsgespräch – Pflegefachkraft (m/w/d) Station 4 Unfallchirurgie",
        sent="2047-10-14 13:26",
        start="2047-10-24 14:00",
        zone=B,
        tool=True,
        company="Klinikum Marschenland",
        role="Pflegefachkraft (m/w/d) Station 4 Unfallchirurgie",
        who=("Heike Dethlefsen", "Jörg Albers"),
        body=f"""Sehr geehrte Frau Hinrichsen-Okoro,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserem Haus.
Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: {de("2047-10-24 14:00")}, um {t24("2047-10-24 14:00")} Uhr
Ort: Klinikum Marschenland, Haus B, 2. OG, Besprechungsraum Pflegedirektion,
Deichstraße 40, Husum-Süd

Am Gespräch nehmen Frau Heike Dethlefsen (Stationsleitung Station 4) und Herr Jörg Albers
(Pflegedienstleitung) teil. Im Anschluss besteht die Möglichkeit zur Hospitation auf Station.

Bitte bringen Sie Ihre Examensurkunde, den Nachweis über den Masernschutz und einen
Personalausweis mit. Parkplätze finden Sie im Parkhaus P2 (Ausfahrtticket an der Pforte).

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Svenja Paulsen
Personalabteilung""",
        notes="Sachbearbeiterin lädt nur ein; Gespräch mit Stationsleitung und PDL.",
    ),
    iv(
        BURKHARD,
        "spedition-probefahrt-berufskraftfahrer",
        frm=("Ralf Kötter", "disposition@koetter-logistik.example"),
        subject="Ihre Bewerbung als Berufskraftfahrer CE – Termin Probefahrt",
        sent="2047-11-04 17:48",
        start="2047-11-08 07:00",
        zone=B,
        company="Kötter Logistik GmbH & Co. KG",
        role="Berufskraftfahrer CE (Nahverkehr)",
        who=("Ralf Kötter",),
        body=f"""Hallo Herr Lüdemann-Asante,

wie telefonisch besprochen: kommen Sie am {de("2047-11-08 07:00", year=False)} um 7 Uhr
auf unseren Hof, Gewerbering 12 in Bremen-Hemelingen. Wir machen zuerst eine kurze
Probefahrt mit dem Sattelzug (ca. 1 Stunde), danach setzen wir uns zusammen und sprechen über
Touren, Lohn und Arbeitszeiten.

Bitte mitbringen: Führerschein, Fahrerkarte, Schlüsselzahl 95 / Fahrerqualifizierungsnachweis,
Sicherheitsschuhe.

Gruß
Ralf Kötter
Fuhrparkleitung""",
    ),
    iv(
        ANNEGRET,
        "kita-hospitation-elementarpaedagogin-graz",
        frm=("Kinderbildungseinrichtungen Stadt Graz-Nord", "personal@kibe-grazer-nord.example"),
        subject="Einladung zu Gespräch und Hospitation – Elementarpädagogin Kindergarten Lendplatz",
        sent="2047-11-12 10:15",
        start="2047-11-21 08:30",
        zone=W,
        tool=True,
        company="Kinderbildungseinrichtungen Graz-Nord",
        role="Elementarpädagogin",
        who=("Brigitte Schmölzer",),
        body=f"""Sehr geehrte Frau Zeilinger-Boadu,

wir freuen uns, Sie am {wk("2047-11-21", "de")}, den 21.11.2047, um 8:30 Uhr zu einer
Hospitation (ca. zwei Stunden) mit anschließendem Gespräch im Kindergarten Lendplatz,
Lendplatz 7, einladen zu dürfen. Das Gespräch führt die Leiterin, Frau Brigitte Schmölzer.

Bitte bringen Sie Hausschuhe, Ihr Diplom (BAfEP) und eine aktuelle Strafregisterbescheinigung
Kinder- und Jugendfürsorge mit.

Mit freundlichen Grüßen
Personalverwaltung""",
    ),
    iv(
        URS,
        "stadt-winterthal-auswahlverfahren-verschoben",
        frm=("Personaldienst Stadt Winterthal", "personaldienst@winterthal-stadt.example"),
        subject="Verschiebung Vorstellungsgespräch – Fachmann Betriebsunterhalt Schulanlagen",
        sent="2047-11-22 09:40",
        start="2047-12-04 15:30",
        zone=Z,
        tool=True,
        company="Stadt Winterthal",
        role="Fachmann Betriebsunterhalt Schulanlagen",
        who=("Reto Gubler", "Monika Wälchli"),
        body=f"""Grüezi Herr Tschannen-Oppong

Leider müssen wir das vereinbarte Gespräch vom {de("2047-12-02", year=False)} verschieben.
Neu findet es am {de("2047-12-04", year=False)} um 15.30 Uhr statt, im Schulhaus Talacker,
Büro Hauswartung (Eingang Turnhalle).

Sie lernen dabei Herrn Reto Gubler (Leiter Hauswartung) und Frau Monika Wälchli (HR) kennen.
Bitte nehmen Sie einen aktuellen Strafregisterauszug mit.

Freundliche Grüsse
Personaldienst Stadt Winterthal""",
        notes="Verschoben: der neue Termin gilt.",
    ),
    mail(
        WIEBKE,
        "apotheke-absage-pta",
        "rejection",
        frm=("Dr. Katrin Ohlsen", "inhaberin@loewen-apotheke-nord.example"),
        subject="Ihre Bewerbung als PTA",
        sent="2047-11-03 12:10",
        zone=B,
        notes="Absage vor einem Gespräch, handgeschrieben.",
        body="""Liebe Frau Hinrichsen-Okoro,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserer Apotheke. Wir haben uns
inzwischen für eine Kollegin entschieden, die bereits Erfahrung in der Heimversorgung
mitbringt, und können Ihnen die Stelle daher leider nicht anbieten.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Herzliche Grüße
Katrin Ohlsen
Löwen-Apotheke am Hafen""",
    ),
    mail(
        BURKHARD,
        "versicherung-online-assessment-frist",
        "other",
        frm=("Hanseatische Feuerkasse Talent Acquisition", "noreply@hfk-karriere.example"),
        subject="Ihre Bewerbung: Online-Test bis 15.11. abschließen",
        sent="2047-11-06 08:00",
        zone=B,
        tool=True,
        notes="Ein Online-Test mit Frist, kein Gespräch.",
        body="""Guten Tag Herr Lüdemann-Asante,

vielen Dank für Ihre Bewerbung als Schadenregulierer Kfz (m/w/d). Als nächsten Schritt bitten
wir Sie, unseren Online-Test (Zahlenverständnis und Situational Judgement, ca. 40 Minuten)
bis zum 15.11.2047, 23:59 Uhr abzuschließen:

https://assessment.hfk-karriere.example/start/a8d1

Viel Erfolg!
Ihr Recruiting-Team""",
    ),
    mail(
        ANNEGRET,
        "abwesenheitsnotiz-kindergarten-leitung",
        "auto_reply",
        frm=("Brigitte Schmölzer", "leitung.lendplatz@kibe-grazer-nord.example"),
        subject="Abwesenheitsnotiz: Bewerbung Elementarpädagogin",
        sent="2047-11-14 07:31",
        zone=W,
        extra=AUTO,
        more={"return_date": "2047-11-18"},
        notes="Abwesend bis einschließlich 15.11.; ab Montag 18.11. zurück.",
        body="""Ich bin bis einschließlich 15.11. auf Fortbildung und ab Montag, 18.11. wieder
erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Stellvertreterin,
Frau Pichler (Gruppe Sonnenblumen).

Brigitte Schmölzer, Leitung Kindergarten Lendplatz""",
    ),
    mail(
        URS,
        "zahnarzt-termin-erinnerung",
        "other",
        frm=("Zahnarztpraxis am Rosenberg", "praxis@zahnarzt-rosenberg.example"),
        subject="Terminerinnerung Dentalhygiene",
        sent="2047-11-25 10:00",
        zone=Z,
        tool=True,
        notes="Zahnarzttermin, kein Vorstellungsgespräch.",
        body=f"""Grüezi Herr Tschannen-Oppong

Wir erinnern Sie an Ihren Termin bei der Dentalhygiene am {de("2047-11-28", year=False)}
um 10.20 Uhr. Bitte melden Sie sich mindestens 24 Stunden vorher ab, falls Sie verhindert sind.

Zahnarztpraxis am Rosenberg""",
    ),
]
