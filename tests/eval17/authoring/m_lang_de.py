"""German mail from Cologne, Berlin, Graz, Vienna and Basel (every kind)."""

from __future__ import annotations

from tests.eval17.authoring.kit import (
    AUTO,
    JONAS,
    RETO,
    THERESA,
    bulk,
    de,
    dh,
    exchange,
    lab,
    note,
    person,
    quoted,
    raw_mail,
    vendor,
)

MESSAGES = []
add = MESSAGES.append

# 1. softgarden invitation from a Cologne insurer (Sie-Form, HTML only).
add(
    vendor(
        JONAS,
        "rheinauen-softgarden-einladung",
        "interview",
        frm=("Rheinauen Versicherung AG", "noreply@softgarden.io"),
        reply_to=("Melanie Kürten", "melanie.kuerten@rheinauen-versicherung.example"),
        subject="Einladung zum Vorstellungsgespräch – Referent Controlling (m/w/d)",
        date=dh("2036-10-28 10:17", "Europe/Berlin"),
        html_only=True,
        body=(
            "Sehr geehrter Herr Wiedemann-Osei,\n\n"
            "vielen Dank für Ihre Bewerbung und Ihr Interesse an der Rheinauen Versicherung AG. "
            "Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich "
            "kennenlernen.\n\n"
            f"Termin: {de('2036-11-06')} um 10:00 Uhr\n"
            "Ort: Rheinauen Versicherung AG, Agrippinawerft 12, 50678 Köln, Empfang Haus B\n"
            "Gesprächspartner: Frau Dr. Anke Böhmer (Bereichsleitung Controlling) und "
            "Herr Timo Kersting (Personalreferent)\n\n"
            "Bitte bestätigen Sie den Termin über den folgenden Link: "
            "https://rheinauen.softgarden.io/de/interview/confirm/93814\n\n"
            "Mit freundlichen Grüßen\nMelanie Kürten\nRecruiting\n"
        ),
        label=lab(
            "2036-11-06 10:00",
            "Europe/Berlin",
            company="Rheinauen Versicherung",
            role="Referent Controlling",
            who=["Anke Böhmer", "Timo Kersting"],
            notes="softgarden; an HR officer who sits in counts",
        ),
    )
)

# 2. A German Exchange request to a Vienna user; sent in summer time, held in winter time.
add(
    exchange(
        THERESA,
        "murtal-pharma-exchange-wann",
        "interview",
        start="2036-10-27 09:30",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Vorstellungsgespräch Theresa Hinterberger-Lutz – QA Specialist",
        organizer=("Sabine Pölzl", "sabine.poelzl@murtal-pharma.example"),
        attendees=[
            ("Mag. Gernot Url", "gernot.url@murtal-pharma.example"),
            ("DI Verena Kainz", "verena.kainz@murtal-pharma.example"),
        ],
        date=dh("2036-10-20 14:05", "Europe/Vienna"),
        lang="de",
        label=lab(
            "2036-10-27 09:30",
            "Europe/Vienna",
            "Europe/Berlin",
            company="Murtal Pharma",
            role="QA Specialist",
            who=["Gernot Url", "Verena Kainz"],
            emails=["gernot.url@murtal-pharma.example", "verena.kainz@murtal-pharma.example"],
            notes="German Exchange 'Wann:'; W. Europe (CLDR 001 Berlin); CET after 26 Oct",
        ),
        text=(
            "Sehr geehrte Frau Hinterberger-Lutz,\n\n"
            "wie telefonisch besprochen, sende ich Ihnen die Einladung zum Gespräch mit Herrn "
            "Mag. Gernot Url (Leitung Qualitätssicherung) und Frau DI Verena Kainz. Das "
            "Gespräch findet per Teams statt.\n\nMit freundlichen Grüßen\nSabine Pölzl\n"
            "Personalabteilung, Murtal Pharma GmbH, Graz"
        ),
    )
)

# 3. Swiss confirmation from Basel (no ß, ISO-8859-1).
add(
    person(
        RETO,
        "rheinknie-logistik-termin-basel",
        "interview",
        frm=("Corinne Brändli", "corinne.braendli@rheinknie-logistik.example"),
        subject="Bestätigung Vorstellungsgespräch vom Dienstag",
        date=dh("2036-10-29 16:41", "Europe/Zurich"),
        charset="ISO-8859-1",
        body=(
            "Grüezi Herr Gisler\n\n"
            "Gerne bestätige ich Ihnen den Termin für das Vorstellungsgespräch am "
            f"{de('2036-11-04')}, um 14.00 Uhr bei uns an der Hochbergerstrasse 60 in Basel. "
            "Am Gespräch nehmen Herr Beat Stöckli (Leiter Disposition) und ich teil.\n\n"
            "Bitte melden Sie sich beim Empfang im Erdgeschoss.\n\n"
            "Freundliche Grüsse\nCorinne Brändli\nHR Business Partner\nRheinknie Logistik AG\n"
        ),
        label=lab(
            "2036-11-04 14:00",
            "Europe/Zurich",
            company="Rheinknie Logistik",
            who=["Beat Stöckli", "Corinne Brändli"],
            emails=["corinne.braendli@rheinknie-logistik.example"],
            notes="Swiss German, ISO-8859-1; the HR writer takes part ('und ich')",
        ),
    )
)

# 4. JOIN confirmation from a Berlin startup (du-Form, HTML only).
add(
    vendor(
        JONAS,
        "spreewerk-join-interview-bestaetigt",
        "interview",
        frm=("Spreewerk Mobility via JOIN", "noreply@join.com"),
        reply_to=("Lina Okafor-Brandt", "lina@spreewerk.example"),
        subject="Dein Interview bei Spreewerk Mobility ist bestätigt",
        date=dh("2036-10-09 19:02", "Europe/Berlin"),
        html_only=True,
        body=(
            "Hi Jonas,\n\ncool, dass es klappt! Dein Video-Interview für die Stelle "
            '"Data Engineer" ist bestätigt:\n\n'
            f"{de('2036-10-14', year=False)}, 16:30–17:15 Uhr (Berlin)\n"
            "Mit: Lina Okafor-Brandt (Head of Data) und Paul Westphal (Backend)\n"
            "Link: https://meet.google.com/rvh-tnqe-oaz\n\n"
            "Bis bald!\nDein Spreewerk-Team\n\nGesendet über JOIN\n"
        ),
        label=lab(
            "2036-10-14 16:30",
            "Europe/Berlin",
            "Europe/Berlin",
            company="Spreewerk Mobility",
            role="Data Engineer",
            who=["Lina Okafor-Brandt", "Paul Westphal"],
            notes="JOIN, du-Form",
        ),
    )
)

# 5. Austrian one-liner; the day is only in the quoted options.
add(
    person(
        THERESA,
        "donaublick-passt-donnerstag-um-11",
        "interview",
        frm=("Katharina Mayrhofer", "k.mayrhofer@donaublick-medien.example"),
        subject="AW: Termin Kennenlerngespräch",
        date=dh("2036-11-07 08:03", "Europe/Vienna"),
        agent="Outlook-Android/2.0",
        body=(
            "Passt, dann Donnerstag um 11 bei uns im Büro (Praterstraße 38, 3. Stock). "
            "LG Katharina\n"
            + quoted(
                "2036-11-06 18:20",
                "Europe/Vienna",
                "Theresa Hinterberger-Lutz <theresa.hinterberger@example.org>",
                "Liebe Frau Mayrhofer,\n\nvielen Dank für die Einladung! Ich könnte am "
                f"{de('2036-11-12', year=False)} ab 14 Uhr oder am "
                f"{de('2036-11-13', year=False)} vormittags (9 oder 11 Uhr).\n\n"
                "Liebe Grüße\nTheresa Hinterberger-Lutz",
                "outlook",
            )
        ),
        label=lab(
            "2036-11-13 11:00",
            "Europe/Vienna",
            company="Donaublick Medien",
            who=["Katharina Mayrhofer"],
            emails=["k.mayrhofer@donaublick-medien.example"],
            notes="terse Austrian reply picks Thursday 11 from the quoted options",
        ),
    )
)

# 6. Cancellation from Basel that promises new dates (not a rejection).
add(
    person(
        RETO,
        "aeschen-bank-termin-abgesagt",
        "interview_cancelled",
        frm=("Nadja Hürlimann", "nadja.huerlimann@aeschenbank.example"),
        subject="Absage Termin Vorstellungsgespräch – neue Terminvorschläge folgen",
        date=dh("2036-10-15 11:22", "Europe/Zurich"),
        body=(
            "Sehr geehrter Herr Gisler\n\n"
            "Leider müssen wir den Termin für Ihr Vorstellungsgespräch am "
            f"{de('2036-10-17')} um 9.30 Uhr kurzfristig absagen, da Herr Vögeli krankheitsbedingt "
            "ausfällt. Ihre Bewerbung bleibt selbstverständlich im Prozess – ich melde mich "
            "in den nächsten Tagen mit neuen Terminvorschlägen.\n\n"
            "Wir bitten um Ihr Verständnis.\n\nFreundliche Grüsse\nNadja Hürlimann\n"
            "Personalgewinnung, Aeschen Privatbank AG\n"
        ),
        label=lab(
            "2036-10-17 09:30",
            "Europe/Zurich",
            company="Aeschen Privatbank",
            who=["Vögeli"],
            notes="cancelled, new dates promised; the old time is the label",
        ),
    )
)

# 7. Three proposed slots from a Cologne agency (nothing booked).
add(
    person(
        JONAS,
        "domblick-terminvorschlaege",
        "scheduling_request",
        frm=("Svenja Hollmann", "s.hollmann@domblick-consulting.example"),
        subject="Terminvorschläge für ein erstes Gespräch",
        date=dh("2036-10-02 12:48", "Europe/Berlin"),
        body=(
            "Hallo Herr Wiedemann-Osei,\n\n"
            "vielen Dank für Ihre Bewerbung als Data Analyst. Gerne würden wir Sie in einem "
            "ersten Gespräch (ca. 30 Minuten, per Teams) kennenlernen. Folgende Termine "
            "könnte ich Ihnen anbieten:\n\n"
            f"- {de('2036-10-07', year=False)}, 10:00 Uhr\n"
            f"- {de('2036-10-08', year=False)}, 15:30 Uhr\n"
            f"- {de('2036-10-10', year=False)}, 09:00 Uhr\n\n"
            "Welcher Termin passt Ihnen am besten?\n\nViele Grüße\nSvenja Hollmann\n"
            "Domblick Consulting GmbH\n"
        ),
        label=note("three slots offered, none chosen", company="Domblick Consulting"),
    )
)

# 8. A templated rejection from Vienna.
add(
    vendor(
        THERESA,
        "wienfluss-absage-bewerbung",
        "rejection",
        frm=("Wienfluss Energie Karriere", "karriere@wienfluss-energie.example"),
        subject="Ihre Bewerbung als Projektleiterin Netzausbau",
        date=dh("2036-10-10 09:00", "Europe/Vienna"),
        body=(
            "Sehr geehrte Frau Hinterberger-Lutz,\n\n"
            "vielen Dank für Ihr Interesse an Wienfluss Energie und die Zeit, die Sie in Ihre "
            "Bewerbung investiert haben.\n\n"
            "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für "
            "andere Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser "
            "zu den Anforderungen passt.\n\n"
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Wienfluss Energie GmbH\n"
        ),
        label=note("templated rejection before any interview", company="Wienfluss Energie"),
    )
)

# 9. A contract offer from Cologne after interviews.
add(
    person(
        JONAS,
        "rheinauen-vertragsangebot",
        "offer",
        frm=("Dr. Anke Böhmer", "anke.boehmer@rheinauen-versicherung.example"),
        subject="Ihr Vertragsangebot – Referent Controlling",
        date=dh("2036-11-14 15:30", "Europe/Berlin"),
        html=True,
        body=(
            "Sehr geehrter Herr Wiedemann-Osei,\n\n"
            "herzlichen Dank für die guten Gespräche. Wir freuen uns sehr, Ihnen die Position "
            "als Referent Controlling anbieten zu können! Anbei finden Sie unser "
            "Vertragsangebot (Jahresbruttogehalt 68.500 EUR, Start zum 1. Februar 2037).\n\n"
            "Wir würden uns über Ihre Rückmeldung bis zum 24. November freuen.\n\n"
            "Mit freundlichen Grüßen\nDr. Anke Böhmer\nBereichsleitung Controlling\n"
        ),
        label=note("contract offer", company="Rheinauen Versicherung"),
    )
)

# 10. Swiss out-of-office ("bis und mit").
add(
    raw_mail(
        RETO,
        "birsfelden-abwesenheit-bis-und-mit",
        "auto_reply",
        frm=("Andrea Zumsteg", "andrea.zumsteg@birsfelden-chemie.example"),
        subject="Automatische Antwort: Bewerbung Reto Gisler-Imhof – Supply Chain Planner",
        date=dh("2036-10-20 08:01", "Europe/Zurich"),
        extra=AUTO,
        body=(
            "Guten Tag\n\nIch bin bis und mit Freitag, 24. Oktober 2036 abwesend und ab "
            "Montag, 27. Oktober wieder im Büro. Ihre Nachricht wird nicht weitergeleitet. In "
            "dringenden Fällen wenden Sie sich bitte an hr@birsfelden-chemie.example.\n\n"
            "Freundliche Grüsse\nAndrea Zumsteg\n"
        ),
        label=note("OOO; back Monday 27 Oct", return_date="2036-10-27"),
    )
)

# 11. StepStone magazine mail about interview questions.
add(
    vendor(
        JONAS,
        "stepstone-ratgeber-fragen-im-gespraech",
        "bulk",
        frm=("StepStone Karriere-Ratgeber", "newsletter@stepstone.de"),
        subject="Die 12 häufigsten Fragen im Vorstellungsgespräch – und wie Sie punkten",
        date=dh("2036-10-16 07:00", "Europe/Berlin"),
        extra=bulk("<karriere-ratgeber.stepstone.de>", "https://www.stepstone.de/unsubscribe/k8"),
        body=(
            "Hallo Jonas,\n\n"
            '"Wo sehen Sie sich in fünf Jahren?" – kennen Sie? In unserem neuen Ratgeber '
            "zeigen wir, wie Sie die Klassiker im Vorstellungsgespräch souverän beantworten.\n\n"
            "Außerdem: Gehaltsverhandlung im Online-Interview und 5 neue Jobs, die zu Ihnen "
            "passen.\n\nJetzt lesen: https://www.stepstone.de/magazin/vorstellungsgespraech-fragen\n\n"
            "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden\n"
        ),
        label=note("newsletter on interview questions"),
    )
)

# 12. A passport appointment at the Graz city office (Terminbestätigung, not an interview).
add(
    vendor(
        THERESA,
        "graz-buergerservice-terminbestaetigung",
        "other",
        frm=("Bürger:innenservice Stadt Graz", "termine@buergerservice-graz.example"),
        subject="Terminbestätigung: Reisepass-Antrag",
        date=dh("2036-10-21 13:12", "Europe/Vienna"),
        body=(
            "Sehr geehrte Frau Hinterberger-Lutz,\n\n"
            "Ihr Termin wurde erfolgreich gebucht:\n\n"
            f"Anliegen: Reisepass – Neuausstellung\nDatum: {de('2036-11-03')}\nUhrzeit: 08:40 Uhr\n"
            "Ort: Servicestelle Schmiedgasse 26, Schalter 4\n\n"
            "Bitte bringen Sie Ihren alten Reisepass und ein aktuelles Passfoto mit.\n\n"
            "Stadt Graz\n"
        ),
        label=note("city office appointment, not an interview"),
    )
)
