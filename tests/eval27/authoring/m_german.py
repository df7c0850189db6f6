"""German mail from German, Austrian and Swiss senders: invitations, a Personio booking, an
Exchange update, a cancellation, a request for dates, an acknowledgement, a rejection, an
offer, an out-of-office reply, a job alert."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AUTO,
    IRMTRAUD,
    KLOTHILDE,
    PERSONIO,
    SEVERIN,
    WENDELIN,
    booking,
    bulk,
    de,
    dh,
    hand,
    lab,
    note,
    outlook,
    plus,
    t24,
    tool,
    wk,
)

B1 = "2046-07-17 10:00"
B2 = "2046-08-08 14:00"
B3 = "2046-09-04 09:30"
B4 = "2046-07-25 13:00"
B5 = "2046-08-29 11:00"
B6 = "2046-09-13 15:00"

MESSAGES = [
    hand(
        WENDELIN,
        "einladung-vorstellungsgespraech-hamburg",
        "interview",
        sent="2046-07-06 11:24",
        zone="Europe/Berlin",
        frm=("Jana Völkers", "j.voelkers@elbdeich-logistik.example"),
        subject="Einladung zum Vorstellungsgespräch – Disponent (m/w/d) Seefracht",
        body=f"""Sehr geehrter Herr Sprengart-Obi,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Wir möchten Sie gern
persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: {de(B1)}, um {t24(B1)} Uhr
Ort: Elbdeich Logistik GmbH, Am Sandtorkai 38, 20457 Hamburg, 3. OG (bitte am Empfang melden)
Gesprächspartner: Herr Malte Harms (Teamleiter Seefracht) und ich

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, melden Sie
sich gern, dann finden wir eine Alternative. Fahrtkosten können wir leider nicht erstatten.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen

Jana Völkers
Personalreferentin

Elbdeich Logistik GmbH · Am Sandtorkai 38 · 20457 Hamburg
Geschäftsführer: Dirk Ahlers · Amtsgericht Hamburg HRB 000000
""",
        label=lab(
            B1,
            "Europe/Berlin",
            company="Elbdeich Logistik",
            role="Disponent (m/w/d) Seefracht",
            who=["Malte Harms", "Jana Völkers"],
            emails=["j.voelkers@elbdeich-logistik.example"],
            notes="'und ich': the HR sender takes part.",
        ),
    ),
    booking(
        KLOTHILDE,
        "personio-interview-bestaetigung",
        "interview",
        prodid=PERSONIO,
        start=B2,
        zone="Europe/Berlin",
        minutes=60,
        summary="Interview: Klothilde Brandhuber-Eze – Buchhalterin (m/w/d)",
        organizer=("Sven Kießling", "sven.kiessling@isarwerk-energie.example"),
        attendees=[("Sven Kießling", "sven.kiessling@isarwerk-energie.example")],
        date=dh("2046-08-01 09:03", "Europe/Berlin"),
        frm=("Isarwerk Energie GmbH", "noreply@personio.de"),
        reply_to=("Sven Kießling", "sven.kiessling@isarwerk-energie.example"),
        subject="Terminbestätigung: Ihr Interview bei der Isarwerk Energie GmbH",
        location="Microsoft Teams",
        body=f"""Hallo Klothilde Brandhuber-Eze,

vielen Dank, Ihr Termin wurde erfolgreich gebucht.

Position: Buchhalterin (m/w/d)
Datum: {wk(B2, "de")}, {B2[8:10]}.{B2[5:7]}.{B2[:4]}
Uhrzeit: {t24(B2)} – {t24(plus(B2, 60))} Uhr (Europe/Berlin)
Gesprächspartner: Sven Kießling, Leiter Finanzbuchhaltung
Ort: Microsoft Teams (der Link folgt per separater Einladung)

Den Termin finden Sie auch im Anhang als Kalenderdatei.

Viele Grüße
Ihr Recruiting-Team der Isarwerk Energie GmbH
""",
        label=lab(
            B2,
            "Europe/Berlin",
            "Europe/Berlin",
            company="Isarwerk Energie",
            role="Buchhalterin (m/w/d)",
            who=["Sven Kießling"],
            emails=["sven.kiessling@isarwerk-energie.example"],
            notes="Personio booking, numeric date with weekday.",
        ),
    ),
    outlook(
        IRMTRAUD,
        "aktualisiert-zweitgespraech-wien",
        "interview",
        start=B3,
        zone="W. Europe Standard Time",
        minutes=90,
        subject="Zweitgespräch Irmtraud Kaltenecker-Ayew – Controlling",
        organizer=("Mag. Barbara Windhager", "b.windhager@donauauen-bau.example"),
        attendees=[("DI Florian Lechner", "f.lechner@donauauen-bau.example")],
        date=dh("2046-08-27 16:12", "Europe/Vienna"),
        prefix="Aktualisiert: ",
        sequence=1,
        lang="de",
        location="Donauauen Bau AG, Wagramer Straße 19, 1220 Wien, Besprechungsraum Lobau",
        teams=False,
        label=lab(
            B3,
            "Europe/Vienna",
            "Europe/Berlin",
            company="Donauauen Bau",
            who=["Barbara Windhager", "Florian Lechner"],
            emails=["b.windhager@donauauen-bau.example", "f.lechner@donauauen-bau.example"],
            notes="Exchange update in German; TZID W. Europe Standard Time (mapped to "
            "Europe/Berlin, same offsets as Vienna). Titles Mag./DI dropped.",
        ),
        text="""Liebe Frau Kaltenecker-Ayew,

wie telefonisch besprochen haben wir das Zweitgespräch auf Dienstag, 9:30 Uhr, verschoben.
Herr DI Lechner ist als CFO dabei. Bitte planen Sie ca. 1,5 Stunden ein.

Liebe Grüße
Barbara Windhager
Leitung Personal""",
    ),
    hand(
        SEVERIN,
        "absage-termin-zuerich-stelle-besetzt",
        "interview_cancelled",
        charset="ISO-8859-1",
        cte="8bit",
        name_charset="ISO-8859-1",
        sent="2046-07-20 14:50",
        zone="Europe/Zurich",
        frm=("Corinne Ammann", "corinne.ammann@limmatblick-versicherung.example"),
        subject="Absage Ihres Gesprächstermins vom Mittwoch",
        body=f"""Grüezi Herr Tschudin-Amadi

Leider müssen wir Ihnen mitteilen, dass wir den für {de(B4, year=False)}, {t24(B4)} Uhr
vereinbarten Gesprächstermin absagen müssen. Die Stelle als Underwriter Sach konnte intern
besetzt werden.

Wir bedauern dies sehr und bedanken uns für Ihr Interesse. Ihr Dossier senden wir Ihnen
gerne zurück bzw. löschen es gemäss Datenschutz nach drei Monaten.

Freundliche Grüsse

Corinne Ammann
HR Business Partner
Limmatblick Versicherung AG, Zürich
""",
        label=lab(
            B4,
            "Europe/Zurich",
            company="Limmatblick Versicherung",
            role="Underwriter Sach",
            notes="Swiss German (ss for ß); cancelled, filled internally. Subject says "
            "'vom Mittwoch': 25 July 2046 is a Wednesday.",
        ),
    ),
    hand(
        WENDELIN,
        "terminvorschlaege-erstgespraech-du",
        "scheduling_request",
        sent="2046-08-15 17:30",
        zone="Europe/Berlin",
        frm=("Lasse Brinkmann", "lasse@kabeljau-labs.example"),
        subject="Erstgespräch – wann passt's dir?",
        body="""Hey Wendelin,

danke für deine Bewerbung als Backend-Dev! Wir würden dich gern auf einen Kaffee (oder Video)
kennenlernen. Schick mir doch 2–3 Zeitfenster für nächste Woche, dann machen wir was fest.

Hier kannst du dir auch direkt was raussuchen, falls dir das lieber ist:
https://calendly.com/kabeljau-labs/erstgespraech

Bis bald
Lasse
Co-Founder, Kabeljau Labs
""",
        label=note("Start-up 'du'; asks for slots or a Calendly booking, nothing fixed."),
    ),
    hand(
        KLOTHILDE,
        "einladung-gespraech-zoom-du-stuttgart",
        "interview",
        sent="2046-08-22 10:02",
        zone="Europe/Berlin",
        frm=("Mira Schwenk", "mira.schwenk@neckarbogen-design.example"),
        subject="Dein Gespräch bei Neckarbogen Design",
        body=f"""Hallo Klothilde,

schön, dass es geklappt hat! Hier nochmal alles zusammengefasst:

📅 {de(B5)}, {t24(B5)} Uhr
💻 Zoom: https://zoom.us/j/96641200375 (Kenncode: 4711)
👥 Mit dabei: Jonas Eberle (Art Director) und ich

Wir würden gern einen kurzen Blick in dein Portfolio werfen – bring also gern 2–3 Projekte
mit, die du uns zeigen magst.

Bis Mittwoch!
Mira

Mira Schwenk | People & Culture
Neckarbogen Design GmbH
""",
        label=lab(
            B5,
            "Europe/Berlin",
            company="Neckarbogen Design",
            who=["Jonas Eberle", "Mira Schwenk"],
            emails=["mira.schwenk@neckarbogen-design.example"],
            notes="'du' register with emoji bullet points; sender takes part.",
        ),
    ),
    hand(
        IRMTRAUD,
        "eingangsbestaetigung-bewerbung-graz",
        "other",
        sent="2046-07-03 08:00",
        zone="Europe/Vienna",
        frm=("Karriere Murtal Stahl", "karriere@murtal-stahl.example"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Referenznummer MS-2046-0712",
        body="""Sehr geehrte Frau Kaltenecker-Ayew,

wir bestätigen den Eingang Ihrer Bewerbung als Kostenrechnerin. Wir prüfen Ihre Unterlagen
sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Bitte beachten Sie, dass es sich um eine automatisch generierte Nachricht handelt.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Murtal Stahl AG
""",
        label=note("Application acknowledgement."),
    ),
    hand(
        SEVERIN,
        "absage-nach-gespraech-basel",
        "rejection",
        sent="2046-08-10 15:20",
        zone="Europe/Zurich",
        frm=("Nadine Gysin", "nadine.gysin@rheinknie-pharma.example"),
        subject="Ihre Bewerbung als Data Steward",
        body="""Sehr geehrter Herr Tschudin-Amadi

Nochmals herzlichen Dank für das angenehme Gespräch vom vergangenen Donnerstag und die Zeit,
die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
fortzusetzen, deren Profil noch etwas besser zu den aktuellen Anforderungen passt. Dieser
Entscheid ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüsse
Nadine Gysin
Talent Acquisition, Rheinknie Pharma AG
""",
        label=note("Rejection after an interview."),
    ),
    hand(
        WENDELIN,
        "vertragsangebot-bremen",
        "offer",
        sent="2046-09-12 13:10",
        zone="Europe/Berlin",
        frm=("Frauke Ahrens", "frauke.ahrens@weserport-systems.example"),
        subject="Vertragsangebot – Senior Disponent",
        body="""Lieber Herr Sprengart-Obi,

wie heute Mittag telefonisch angekündigt, freuen wir uns sehr, Ihnen die Stelle als Senior
Disponent anbieten zu können. Anbei finden Sie unser Vertragsangebot:

- Jahresbruttogehalt: 62.000 € (13 Gehälter)
- Eintritt: 1. November 2046
- 30 Urlaubstage, Deutschlandticket, betriebliche Altersvorsorge

Wir würden uns über Ihre Rückmeldung bis zum 21.09. freuen. Für Rückfragen stehe ich Ihnen
jederzeit zur Verfügung.

Herzliche Grüße
Frauke Ahrens
Leitung Personal, Weserport Systems GmbH
""",
        label=note("Written offer with salary and start date."),
    ),
    tool(
        KLOTHILDE,
        "abwesenheitsnotiz-bis-montag",
        "auto_reply",
        sent="2046-07-23 09:14",
        zone="Europe/Berlin",
        frm=("Henrike Sauer", "henrike.sauer@fuggerstadt-medien.example"),
        subject="Abwesenheitsnotiz: Ihre Bewerbung als Controllerin",
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. August 2046 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ab Montag, 6. August bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an bewerbung@fuggerstadt-medien.example.

Mit freundlichen Grüßen
Henrike Sauer
""",
        label=note("Out-of-office reply.", return_date="2046-08-06"),
    ),
    tool(
        IRMTRAUD,
        "jobagent-neue-stellen-controlling",
        "bulk",
        sent="2046-08-05 07:00",
        zone="Europe/Vienna",
        frm=("karriere-alpen Jobagent", "jobagent@karriere-alpen.example"),
        subject="Jobagent: 14 neue Stellen für „Controlling“ in Wien",
        extra=bulk("<jobagent.karriere-alpen.example>", "https://karriere-alpen.example/abmelden"),
        body="""Hallo Irmtraud,

Ihr Jobagent hat 14 neue Stellen gefunden:

Controller (m/w/d) – Wiener Wasserwerk-Service GmbH – Wien 3. Bezirk
Senior Controllerin – Praterstern Logistik – Wien
Konzerncontrolling – Kahlenberg Holding – Wien / hybrid
... und 11 weitere

Alle Stellen ansehen: https://karriere-alpen.example/jobagent/8812

Jobagent abmelden: https://karriere-alpen.example/abmelden
""",
        label=note("Job-board alert."),
    ),
    hand(
        SEVERIN,
        "bestaetigung-interview-bern-videocall",
        "interview",
        sent="2046-09-07 09:45",
        zone="Europe/Zurich",
        frm=("Urs Zbinden", "urs.zbinden@aarebogen-informatik.example"),
        subject="Bestätigung: Interview Donnerstag, 13.09., 15 Uhr",
        body=f"""Grüezi Herr Tschudin-Amadi

Gerne bestätige ich Ihnen das Interview am {wk(B6, "de")}, 13.09.2046, um 15.00 Uhr per
Microsoft Teams. Teilnehmen werden Frau Seraina Caflisch (Leiterin Applikationsentwicklung)
und ich.

Den Link erhalten Sie separat.

Freundliche Grüsse
Urs Zbinden
Teamleiter Plattform, Aarebogen Informatik AG, Bern
""",
        label=lab(
            B6,
            "Europe/Zurich",
            company="Aarebogen Informatik",
            who=["Seraina Caflisch", "Urs Zbinden"],
            emails=["urs.zbinden@aarebogen-informatik.example"],
            notes="Numeric date; the sender takes part.",
        ),
    ),
    tool(
        IRMTRAUD,
        "erinnerung-vorstellungsgespraech-morgen-linz",
        "interview",
        sent="2046-09-19 10:00",
        zone="Europe/Vienna",
        frm=("Traunsee Kunststofftechnik Recruiting", "noreply@traunsee-kunststoff.example"),
        subject="Erinnerung: Ihr Vorstellungsgespräch morgen um 10:00 Uhr",
        body=f"""Sehr geehrte Frau Kaltenecker-Ayew,

wir möchten Sie an Ihr Vorstellungsgespräch erinnern:

Datum: {de("2046-09-20 10:00")}
Uhrzeit: 10:00 Uhr
Ort: Traunsee Kunststofftechnik GmbH, Industriezeile 12, 4020 Linz, Empfang Gebäude A
Ihre Gesprächspartner: Ing. Gerald Pühringer (Werksleitung), Mag. Sabine Hofer (HR)

Parkplätze für Besucher finden Sie direkt vor dem Eingang.

Sollten Sie den Termin nicht wahrnehmen können, bitten wir um kurze Nachricht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""",
        label=lab(
            "2046-09-20 10:00",
            "Europe/Vienna",
            company="Traunsee Kunststofftechnik",
            who=["Gerald Pühringer", "Sabine Hofer"],
            notes="Automatic reminder the day before from an Austrian employer's tool.",
        ),
    ),
]
