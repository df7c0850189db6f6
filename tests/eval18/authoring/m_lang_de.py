"""German mail by local senders: Berlin, Hamburg, Vienna, Zurich (Personio, Exchange, people)."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AUTO,
    FRIEDERIKE,
    HENRIK,
    MATTHIAS,
    OUTLOOK,
    PERSONIO,
    SERAINA,
    bulk,
    de,
    dh,
    exchange,
    invite,
    lab,
    msgid,
    note,
    person,
    raw_mail,
    vendor,
    with_cal,
)

_B = "Europe/Berlin"
MESSAGES = [
    with_cal(
        FRIEDERIKE,
        "personio-einladung",
        "interview",
        event={
            "prodid": PERSONIO,
            "summary": "Vorstellungsgespräch Friederike Thalmann-Asare - Backend-Entwicklerin",
            "start": "2037-04-14 14:30",
            "zone": _B,
            "minutes": 60,
            "organizer": ("Landwehr Mobility Recruiting", "jobs@landwehr-mobility.example"),
            "attendees": [
                ("Jan Albrecht", "jan.albrecht@landwehr-mobility.example"),
                ("Svenja Kröger", "svenja.kroeger@landwehr-mobility.example"),
                ("Friederike Thalmann-Asare", "friederike.thalmann@example.com"),
            ],
            "location": "Landwehr Mobility, Schlesische Str. 28, 10997 Berlin",
        },
        date=dh("2037-04-02 10:12", _B),
        style="personio.de",
        frm=("Landwehr Mobility GmbH", "no-reply@mail.personio.de"),
        reply_to=("Lea Hartung", "jobs@landwehr-mobility.example"),
        subject="Einladung zum Vorstellungsgespräch - Backend-Entwickler:in (m/w/d)",
        body="Hallo Friederike,\n\nvielen Dank für Deine Bewerbung und Dein Interesse an "
        "Landwehr Mobility! Wir möchten Dich gerne kennenlernen und laden Dich zu einem "
        "persönlichen Gespräch ein:\n\nWann: "
        + de("2037-04-14")
        + ", 14.30 - 15.30 Uhr\nWo: Schlesische Str. 28, 10997 Berlin (2. Hinterhof, "
        "3. OG)\n\nDeine Gesprächspartner:innen sind Dr. Jan Albrecht (CTO) und Svenja "
        "Kröger (Teamlead Backend).\n\nEine Kalendereinladung findest Du im Anhang. Falls "
        "der Termin nicht passt, antworte einfach auf diese E-Mail.\n\nViele Grüße\nLea "
        "Hartung\nPeople & Culture\n\nVersendet mit Personio\n",
        ics_mode="attach",
        ics_name="einladung.ics",
        label=lab(
            "2037-04-14 14:30",
            _B,
            "Europe/Berlin",
            company="Landwehr Mobility",
            role="Backend-Entwickler:in",
            who=["Jan Albrecht", "Svenja Kröger"],
            emails=[
                "jan.albrecht@landwehr-mobility.example",
                "svenja.kroeger@landwehr-mobility.example",
            ],
            notes="Personio invitation (duzen), '14.30 Uhr', calendar attached; the "
            "recruiter only arranges.",
        ),
    ),
    person(
        HENRIK,
        "halb-zehn-montag",
        "interview",
        frm=("Jörg Wendland", "j.wendland@kehrwieder-logistik.example"),
        subject="AW: Ihre Bewerbung als Disponent - Gesprächstermin",
        date=dh("2037-04-23 17:36", _B),
        agent="Microsoft Outlook 16.0",
        in_reply_to=msgid("henrik-termine", "example.org"),
        body="Moin Herr Claußen,\n\ndann sehen wir uns am Montag um halb zehn bei uns im "
        "Büro am Sandtorkai. Melden Sie sich einfach am Empfang, ich hole Sie dort ab. "
        "Unser Niederlassungsleiter, Herr Carstensen, ist auch dabei.\n\nBeste Grüße\nJörg "
        "Wendland\nLeitung Disposition | Kehrwieder Logistik GmbH\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Henrik Claußen-Diop "
        "<henrik.claussen@example.org>\nGesendet: Donnerstag, 23. April 2037 09:14\n\n"
        "Sehr geehrter Herr Wendland,\n\nvielen Dank für die Einladung. Am Montag oder "
        "Dienstag vormittags kann ich jederzeit.\n\nMit freundlichen Grüßen\nHenrik "
        "Claußen-Diop\n",
        label=lab(
            "2037-04-27 09:30",
            _B,
            company="Kehrwieder Logistik",
            role="Disponent",
            who=["Jörg Wendland", "Carstensen"],
            emails=["j.wendland@kehrwieder-logistik.example"],
            notes="'am Montag um halb zehn' (09:30, not 10:30) against a Thursday Date "
            "header; the branch manager is named by surname only.",
        ),
    ),
    person(
        MATTHIAS,
        "wien-persoenliches-gespraech",
        "interview",
        frm=("Sabine Riegler", "bewerbung@donaukanal-versicherung.example"),
        subject="Einladung zu einem persönlichen Gespräch - Controller (m/w/d)",
        date=dh("2037-04-15 11:08", "Europe/Vienna"),
        html=True,
        body="Sehr geehrter Herr Oberleitner-Kamau,\n\nherzlichen Dank für Ihre Bewerbung. "
        "Wir freuen uns, Sie am Donnerstag, den 23. April 2037, um 10:00 Uhr zu einem "
        "persönlichen Gespräch in unserer Zentrale (Praterstraße 40, 1020 Wien, 5. Stock) "
        "begrüßen zu dürfen.\n\nSeitens unseres Unternehmens werden Herr Mag. Bernhard "
        "Pichler (Bereichsleiter Controlling) sowie Frau Ing. Karin Hofbauer (Teamleiterin "
        "Reporting) anwesend sein.\n\nWir bitten um kurze Bestätigung des Termins.\n\nMit "
        "freundlichen Grüßen\nSabine Riegler\nPersonalabteilung\nDonaukanal Versicherung AG\n",
        label=lab(
            "2037-04-23 10:00",
            "Europe/Vienna",
            company="Donaukanal Versicherung",
            role="Controller",
            who=["Bernhard Pichler", "Karin Hofbauer"],
            notes="Austrian register ('Donnerstag, den 23. April', academic titles 'Mag.', "
            "'Ing.'); the HR sender only arranges.",
        ),
    ),
    raw_mail(
        SERAINA,
        "zuerich-bestaetigung-latin1",
        "interview",
        frm=("Corinne Zurbriggen", "corinne.zurbriggen@limmatbank.example"),
        subject="Bestätigung Vorstellungsgespräch - Spezialistin Rechnungswesen",
        date=dh("2037-04-29 08:47", "Europe/Zurich"),
        charset="iso-8859-1",
        body="Grüezi Frau Caviezel\n\nGerne bestätige ich Ihnen das Vorstellungsgespräch "
        "vom " + de("2037-05-06") + ", 14.00 Uhr, an der Bahnhofstrasse 61 in Zürich "
        "(Eingang Pelikanstrasse, 4. Stock).\n\nAnwesend sind:\n- Beat Imboden, Leiter "
        "Finanzen\n- Corinne Zurbriggen, HR Business Partnerin (ich)\n\nDas Gespräch "
        "dauert ca. 75 Minuten. Bitte nehmen Sie Ihre Diplome und Arbeitszeugnisse mit.\n\n"
        "Freundliche Grüsse\nCorinne Zurbriggen\nHR Business Partnerin\nLimmatbank AG\n",
        label=lab(
            "2037-05-06 14:00",
            "Europe/Zurich",
            company="Limmatbank",
            who=["Beat Imboden", "Corinne Zurbriggen"],
            emails=["corinne.zurbriggen@limmatbank.example"],
            notes="Swiss German (no ß, 'Grüezi'), ISO-8859-1; the HR partner lists herself "
            "among those present, so she counts.",
        ),
    ),
    exchange(
        FRIEDERIKE,
        "verschiebung-zweitgespraech",
        "interview",
        start="2037-05-08 11:00",
        zone="W. Europe Standard Time",
        minutes=90,
        subject="Zweitgespräch Friederike Thalmann-Asare - neuer Termin",
        prefix="Verschiebung: ",
        organizer=("Tobias Ehrentraut", "tobias.ehrentraut@havelstrom.example"),
        attendees=[("Miriam Oyelowo-Brandt", "miriam.oyelowo@havelstrom.example")],
        date=dh("2037-04-30 15:20", _B),
        lang="de",
        sequence=1,
        text="Liebe Frau Thalmann-Asare,\n\nwie telefonisch besprochen verschieben wir das "
        "Zweitgespräch vom 5. Mai auf Freitag, den 8. Mai, 11:00 Uhr. Frau Oyelowo-Brandt "
        "(Geschäftsführerin) und ich bleiben Ihre Gesprächspartner.\n\nViele Grüße\nTobias "
        "Ehrentraut\nLeiter Softwareentwicklung, Havelstrom GmbH",
        label=lab(
            "2037-05-08 11:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Havelstrom",
            who=["Miriam Oyelowo-Brandt", "Tobias Ehrentraut"],
            emails=[
                "miriam.oyelowo@havelstrom.example",
                "tobias.ehrentraut@havelstrom.example",
            ],
            notes="German Exchange update (SEQUENCE 1) moving the second interview; the old "
            "date is named in the text, the new one in Wann: and the calendar.",
        ),
    ),
    person(
        HENRIK,
        "absage-termin-krank",
        "interview_cancelled",
        frm=("Anke Petersen", "anke.petersen@fleetwerft.example"),
        subject="Absage unseres Termins am Freitag",
        date=dh("2037-05-06 07:58", _B),
        body="Hallo Herr Claußen-Diop,\n\nleider muss ich unser Gespräch am "
        + de("2037-05-08", year=False)
        + " um 11 Uhr kurzfristig absagen - ich bin seit gestern krankgeschrieben und "
        "möchte den Termin nicht an jemand anderen abgeben.\n\nIch melde mich Anfang "
        "nächster Woche mit neuen Terminvorschlägen bei Ihnen. Entschuldigen Sie bitte "
        "die Umstände.\n\nViele Grüße\nAnke Petersen\nTeamleitung Einkauf, Fleetwerft "
        "Hamburg\n",
        label=lab(
            "2037-05-08 11:00",
            _B,
            company="Fleetwerft Hamburg",
            who=["Anke Petersen"],
            emails=["anke.petersen@fleetwerft.example"],
            notes="The interviewer cancels (ill) and only promises new dates: a cancellation "
            "at the old time.",
        ),
    ),
    vendor(
        MATTHIAS,
        "terminvorschlag-auswahl",
        "scheduling_request",
        frm=("Alpenglas Recruiting", "recruiting@alpenglas.example"),
        subject="Terminvorschlag für ein Kennenlerngespräch - bitte wählen Sie einen Termin",
        date=dh("2037-04-08 13:30", "Europe/Vienna"),
        body="Sehr geehrter Herr Oberleitner-Kamau,\n\nvielen Dank für Ihre Bewerbung als "
        "Finanzanalyst. Gerne würden wir Sie in einem ersten Videogespräch (ca. 30 Minuten) "
        "kennenlernen.\n\nBitte wählen Sie über folgenden Link einen passenden Termin in "
        "den nächsten zwei Wochen aus:\nhttps://termine.alpenglas.example/kennenlernen/"
        "mo-4471\n\nSollte kein Termin passen, teilen Sie uns bitte Ihre Verfügbarkeit "
        "mit.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nAlpenglas GmbH\n",
        label=note("Asks the user to pick a slot through a booking link; nothing is fixed."),
    ),
    person(
        FRIEDERIKE,
        "absage-bewerbung",
        "rejection",
        frm=("Personalabteilung Kranichsfeld Verlag", "karriere@kranichsfeld-verlag.example"),
        subject="Ihre Bewerbung als Lektorin (m/w/d) - Rückmeldung",
        date=dh("2037-04-20 16:02", _B),
        body="Sehr geehrte Frau Thalmann-Asare,\n\nnochmals vielen Dank für das angenehme "
        "Gespräch in der vergangenen Woche und Ihr Interesse an unserem Verlag.\n\nNach "
        "sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil "
        "noch etwas besser zu den Anforderungen der Stelle passt. Diese Entscheidung ist "
        "uns nicht leichtgefallen.\n\nWir wünschen Ihnen für Ihren weiteren Berufsweg alles "
        "Gute.\n\nMit freundlichen Grüßen\nKathrin Vogelsang\nPersonalabteilung\n",
        label=note("Formal German rejection after an interview.", company="Kranichsfeld Verlag"),
    ),
    person(
        SERAINA,
        "zusage-arbeitsvertrag",
        "offer",
        frm=("Beat Imboden", "beat.imboden@limmatbank.example"),
        subject="Zusage - Ihr Arbeitsvertrag als Spezialistin Rechnungswesen",
        date=dh("2037-05-15 10:40", "Europe/Zurich"),
        body="Liebe Frau Caviezel\n\nes freut mich sehr, Ihnen mitteilen zu dürfen, dass wir "
        "Sie gerne als Spezialistin Rechnungswesen bei der Limmatbank anstellen möchten.\n\n"
        "Im Anhang finden Sie den Arbeitsvertrag (Pensum 90 %, Jahreslohn CHF 112'000 "
        "brutto, 13 Monatslöhne, Eintritt per 1. August 2037). Wir bitten Sie, uns den "
        "unterzeichneten Vertrag bis zum 29. Mai zurückzusenden.\n\nFür Fragen stehe ich "
        "Ihnen jederzeit zur Verfügung.\n\nFreundliche Grüsse\nBeat Imboden\nLeiter "
        "Finanzen\n",
        label=note("Swiss offer with contract, salary and start date.", company="Limmatbank"),
    ),
    raw_mail(
        HENRIK,
        "abwesenheitsnotiz-bis",
        "auto_reply",
        frm=("Maren Thielsen", "maren.thielsen@nordlicht-reederei.example"),
        subject="Abwesenheitsnotiz: AW: Bewerbung Henrik Claußen-Diop",
        date=dh("2037-04-09 14:02", _B),
        extra=AUTO,
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 17.04.2037 "
        "nicht im Büro und ab dem 20.04.2037 wieder erreichbar. Ihre E-Mail wird nicht "
        "weitergeleitet. In dringenden Personalangelegenheiten wenden Sie sich bitte an "
        "personal@nordlicht-reederei.example.\n\nMit freundlichen Grüßen\nMaren Thielsen\n",
        label=note(
            "German out-of-office with a numeric return date.",
            return_date="2037-04-20",
        ),
    ),
    raw_mail(
        MATTHIAS,
        "newsletter-bewerbungsgespraech",
        "bulk",
        frm=("Karriereportal Alpen", "newsletter@karriereportal-alpen.example"),
        subject="Bewerbungsgespräch: So überzeugen Sie in den ersten 5 Minuten",
        date=dh("2037-04-18 07:00", "Europe/Vienna"),
        extra=bulk(
            "<karrieretipps.karriereportal-alpen.example>",
            "https://karriereportal-alpen.example/abmelden?u=mo4471",
        ),
        body="Karrieretipps der Woche\n\nBewerbungsgespräch: So überzeugen Sie in den ersten "
        "5 Minuten\nDer erste Eindruck zählt - mit diesen Tipps starten Sie souverän in "
        "jedes Vorstellungsgespräch.\n\nGehaltsverhandlung in Österreich: Was ist realistisch?"
        "\n\nNeue Jobangebote in Wien: 1.284 Stellen in Finanzen & Controlling\n\n"
        "Sie erhalten diesen Newsletter, weil Sie sich bei Karriereportal Alpen registriert "
        "haben. Abmelden: https://karriereportal-alpen.example/abmelden?u=mo4471\n",
        label=note("Job board newsletter about job interviews."),
    ),
    invite(
        FRIEDERIKE,
        "jahresgespraech-aktueller-chef",
        "other",
        start="2037-05-13 10:00",
        zone="W. Europe Standard Time",
        minutes=60,
        summary="Jahresgespräch 2037 - Friederike / Ralf",
        organizer=("Ralf Mühlhaus", "ralf.muehlhaus@tegelwerke.example"),
        attendees=[("Friederike Thalmann-Asare", "friederike.thalmann@example.com")],
        prodid=OUTLOOK,
        uid_style="outlook",
        ics_mode="inline",
        frm=("Ralf Mühlhaus", "ralf.muehlhaus@tegelwerke.example"),
        subject="Einladung: Jahresgespräch 2037",
        date=dh("2037-04-27 09:15", _B),
        body="Hallo Friederike,\n\nwie jedes Jahr möchte ich mit Dir über Deine Ziele, "
        "Weiterbildung und das vergangene Jahr sprechen. Bitte bring den ausgefüllten "
        "Gesprächsbogen mit.\n\nRalf\n",
        label=note(
            "Annual review with the user's current manager, with a calendar: not an interview."
        ),
    ),
    vendor(
        HENRIK,
        "personio-eingangsbestaetigung",
        "other",
        frm=("Möwenblick Hotels", "no-reply@mail.personio.de"),
        subject="Deine Bewerbung bei Möwenblick Hotels ist eingegangen",
        date=dh("2037-04-03 22:41", _B),
        body="Hallo Henrik,\n\nvielen Dank für Deine Bewerbung als Revenue Manager (m/w/d)! "
        "Wir haben Deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei "
        "Dir. Wenn Dein Profil passt, laden wir Dich zu einem ersten Telefoninterview "
        "ein.\n\nViele Grüße\nDein Möwenblick-Team\n\nVersendet mit Personio\n",
        label=note("Application acknowledgement that only mentions a possible phone interview."),
    ),
]
