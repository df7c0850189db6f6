"""German mail by local senders: Hamburg, Dresden, Vienna, Bern and Windhoek."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    AUTO,
    FRANZISKA,
    HAUKE,
    HEIKO,
    SERAINA,
    VALENTIN,
    bulk,
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

S1 = "2039-03-31 10:00"
S2 = "2039-04-04 13:00"
S3 = "2039-04-06 09:30"
S4 = "2039-03-29 14:00"

MESSAGES = [
    vendor(
        HAUKE,
        "personio-einladung-hafenlogistik",
        "interview",
        frm=("Elbkai Hafenlogistik GmbH", "noreply@personio.de"),
        reply_to=("Wiebke Janssen", "wiebke.janssen@elbkai-logistik.example"),
        subject="Einladung zum Vorstellungsgespräch – Disponent Containerverkehr (m/w/d)",
        date=dh("2039-03-21 08:47", "Europe/Berlin"),
        body=f"""Moin Herr Petersen-Adomako,

vielen Dank für Ihre Bewerbung als Disponent Containerverkehr (m/w/d). Wir möchten Sie gern
persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: {de(S1)}, 10:00 Uhr
Ort: Elbkai Hafenlogistik GmbH, Am Sandtorkai 12, 20457 Hamburg, 3. OG

Ihre Gesprächspartner sind Frau Dr. Wiebke Janssen (Leitung Disposition) und
Herr Ole Brodersen (Teamleiter Containerverkehr). Planen Sie bitte etwa 60 Minuten ein.

Bitte bestätigen Sie den Termin kurz über den Link in Ihrem Bewerberportal.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Elbkai Hafenlogistik GmbH
""",
        label=lab(
            S1,
            "Europe/Berlin",
            None,
            company="Elbkai Hafenlogistik",
            role="Disponent Containerverkehr (m/w/d)",
            who=["Wiebke Janssen", "Ole Brodersen"],
            notes="Personio invitation from its no-reply address; 'Gesprächspartner sind'; "
            "titles (Frau Dr., Herr) dropped; no zone named, CEST after 27 March.",
        ),
    ),
    person(
        FRANZISKA,
        "antwort-montag-dreizehn-uhr",
        "interview",
        frm=("Matthias Uhlig", "m.uhlig@elbsandstein-optik.example"),
        subject="AW: Ihre Bewerbung als Qualitätsingenieurin",
        date=dh("2039-03-30 17:05", "Europe/Berlin"),
        in_reply_to=msgid("antwort-montag-dreizehn-uhr-user", "example.net"),
        body="""Hallo Frau Lehmann-Osei,

passt wunderbar, dann sehen wir uns am Montag um 13 Uhr bei uns in der Königsbrücker
Straße. Frau Kretschmer aus der Personalabteilung ist auch dabei.

Viele Grüße
Matthias Uhlig
Leiter Qualitätssicherung
Elbsandstein Optik GmbH, Dresden
"""
        + quoted(
            "2039-03-30 12:18",
            "Europe/Berlin",
            "Franziska Lehmann-Osei <franziska.lehmann@example.net>",
            """Sehr geehrter Herr Uhlig,

vielen Dank für die Einladung. Von Ihren Vorschlägen passt mir Montag, 4. April, 13:00 Uhr
am besten.

Mit freundlichen Grüßen
Franziska Lehmann-Osei""",
        ),
        label=lab(
            S2,
            "Europe/Berlin",
            None,
            company="Elbsandstein Optik",
            role="Qualitätsingenieurin",
            who=["Matthias Uhlig", "Kretschmer"],
            emails=["m.uhlig@elbsandstein-optik.example"],
            notes="Hiring manager's reply settling 'Montag um 13 Uhr'; the date is in the "
            "quoted mail; the HR colleague sits in (surname only).",
        ),
    ),
    outlook(
        VALENTIN,
        "exchange-wien-vorstellungsgespraech",
        "interview",
        start=S3,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Vorstellungsgespräch Valentin Hofbauer-Nwosu – Controller",
        organizer=("Birgit Aigner", "birgit.aigner@praterstern-versicherung.example"),
        attendees=[("Lukas Reisinger", "lukas.reisinger@praterstern-versicherung.example")],
        date=dh("2039-03-28 10:15", "Europe/Vienna"),
        lang="de",
        tag="de-AT",
        location="Praterstern Versicherung, Obere Donaustraße 95, 1020 Wien, Besprechungsraum 4",
        teams=False,
        text="""Sehr geehrter Herr Hofbauer-Nwosu,

wie telefonisch besprochen übermittle ich Ihnen die Einladung zum Vorstellungsgespräch.
Seitens der Praterstern Versicherung nehmen Mag. Lukas Reisinger (Leiter Controlling) und ich
teil.

Mit freundlichen Grüßen
Mag. Birgit Aigner
Human Resources""",
        label=lab(
            S3,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Praterstern Versicherung",
            role="Controller",
            who=["Lukas Reisinger", "Birgit Aigner"],
            emails=[
                "lukas.reisinger@praterstern-versicherung.example",
                "birgit.aigner@praterstern-versicherung.example",
            ],
            notes="Exchange in Austrian German ('Wann:'), W. Europe Standard Time (CLDR "
            "001: Berlin); the HR organiser takes part ('und ich'); 'Mag.' dropped.",
        ),
    ),
    person(
        SERAINA,
        "absage-termin-krankheit-bern",
        "interview_cancelled",
        frm=("Reto Zbinden", "reto.zbinden@gurten-medtech.example"),
        subject="Verschiebung unseres Gesprächs vom Dienstag",
        date=dh("2039-03-27 19:40", "Europe/Zurich"),
        body="""Liebe Frau Caduff-Mwangi

Leider muss ich unser Gespräch vom Dienstag, 29. März, 14.00 Uhr absagen: Ich liege mit
einer Grippe im Bett und bin die ganze Woche ausser Gefecht.

Ich melde mich nächste Woche mit neuen Terminvorschlägen. Entschuldigen Sie die
Umstände.

Freundliche Grüsse
Reto Zbinden
Leiter Entwicklung, Gurten Medtech AG
""",
        label=lab(
            S4,
            "Europe/Zurich",
            None,
            company="Gurten Medtech",
            who=["Reto Zbinden"],
            emails=["reto.zbinden@gurten-medtech.example"],
            notes="Swiss German (no ß): the interviewer cancels because he is ill and only "
            "promises new dates, so it is a cancellation at the old time.",
        ),
    ),
    person(
        HEIKO,
        "absage-nach-gespraech-windhoek",
        "rejection",
        frm=("Personalabteilung Kalahari Brauhaus", "personal@kalahari-brauhaus.example"),
        subject="Ihre Bewerbung als Braumeister - Rückmeldung",
        charset="ISO-8859-1",
        date=dh("2039-04-06 11:30", "Africa/Windhoek"),
        body="""Sehr geehrter Herr Schlettwein-Ndjoze,

nochmals vielen Dank für das angenehme Gespräch vergangene Woche in Windhoek und für die
Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns für einen Mitbewerber entschieden, dessen Profil
noch etwas genauer zu unseren Anforderungen passt. Diese Entscheidung ist uns nicht
leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Anke Hoveka
Personalabteilung, Kalahari Brauhaus (Pty) Ltd
""",
        label=note(
            "German rejection after an interview, from a Namibian brewery.",
            company="Kalahari Brauhaus",
            role="Braumeister",
        ),
    ),
    raw_mail(
        FRANZISKA,
        "abwesenheitsnotiz-recruiterin-ostern",
        "auto_reply",
        frm=("Sandra Pietsch", "s.pietsch@lausitz-energie.example"),
        subject="Automatische Antwort: Ihre Bewerbung – Referenznummer 2039-114",
        date=dh("2039-04-07 09:02", "Europe/Berlin"),
        extra=AUTO,
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 15. April 2039, nicht im Büro und habe keinen Zugriff auf
meine E-Mails. Ab Montag, 18. April 2039, bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an bewerbung@lausitz-energie.example.

Mit freundlichen Grüßen
Sandra Pietsch
Recruiting, Lausitz Energie AG
""",
        label=note(
            "German out-of-office with an explicit return date (Monday 18 April).",
            return_date="2039-04-18",
        ),
    ),
    vendor(
        VALENTIN,
        "terminbestaetigung-meldeservice-wien",
        "other",
        frm=("Stadt Wien – Terminservice", "terminservice@wien-buergerservice.example"),
        subject="Terminbestätigung: Meldeservice – Magistratisches Bezirksamt 2",
        date=dh("2039-03-22 14:12", "Europe/Vienna"),
        body=f"""Sehr geehrter Herr Hofbauer-Nwosu,

Ihr Termin wurde erfolgreich gebucht.

Anliegen: Hauptwohnsitz anmelden
Datum: {de("2039-03-30")}
Uhrzeit: 08:40 Uhr
Ort: Magistratisches Bezirksamt für den 2. Bezirk, Karmelitergasse 9, 1020 Wien

Bitte bringen Sie einen amtlichen Lichtbildausweis und das ausgefüllte Meldeformular mit.

Stornierung: https://termine.wien-buergerservice.example/storno/8c21f
""",
        label=note(
            "Trap: a booked appointment at the Vienna registration office, with date and "
            "time, not an interview."
        ),
    ),
    vendor(
        HAUKE,
        "xing-newsletter-fragen-im-gespraech",
        "bulk",
        frm=("XING Karriere", "newsletter@xing.com"),
        subject="Vorstellungsgespräch: 7 Fragen, die Sie selbst stellen sollten",
        date=dh("2039-03-26 07:15", "Europe/Berlin"),
        extra=bulk(
            "<karriere-newsletter.xing.com>", "https://www.xing.com/settings/newsletter?u=4c1"
        ),
        body="""Hallo Hauke,

am Ende jedes Vorstellungsgesprächs kommt sie: „Haben Sie noch Fragen an uns?" Wir zeigen
Ihnen sieben Fragen, mit denen Sie im Gespräch punkten – von der Einarbeitung bis zur
Teamkultur.

Jetzt lesen: https://www.xing.com/news/karriere/fragen-im-vorstellungsgespraech

Außerdem: 23 neue Stellenangebote für Disponent/in in Hamburg.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden
""",
        label=note("German career newsletter about questions to ask in an interview; mass mail."),
    ),
]
