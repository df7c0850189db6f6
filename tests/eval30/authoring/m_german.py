"""German, Austrian and Swiss mail to job seekers in Berlin, Vienna and Zurich."""

from __future__ import annotations

from tests.eval30.authoring.kit import (
    AUTO,
    HAGEN,
    SERAINA,
    THILO,
    WIEBKE,
    bulk,
    day,
    dh,
    lab,
    lq,
    mk,
    note,
    outlook,
    short,
    thread,
)

B, V, Z = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"

MESSAGES = [
    mk(
        WIEBKE,
        "personio-einladung-telefoninterview-kreuzberg",
        "interview",
        ("Lindwurm Logistik GmbH", "jobs@lindwurm-logistik.jobs.personio.de"),
        "Einladung zum Telefoninterview – Werkstudent (m/w/d) Controlling",
        "2049-04-20 09:12",
        "Hallo Wiebke,\n\nvielen Dank für Deine Bewerbung als Werkstudent (m/w/d) Controlling. "
        f"Wir möchten Dich gern näher kennenlernen und laden Dich zu einem kurzen Telefoninterview ein:\n\n"
        f"Termin: {short('2049-04-27 10:00')}, 10:00 – 10:30 Uhr\nGesprächspartnerin: Svenja Kallweit (Teamlead Controlling)\n\n"
        "Svenja ruft Dich unter der in Deiner Bewerbung angegebenen Nummer an.\n\n"
        "Viele Grüße\nDein Recruiting-Team der Lindwurm Logistik GmbH\n\n--\nDiese E-Mail wurde über Personio versendet.",
        lab(
            "2049-04-27 10:00",
            B,
            None,
            company="Lindwurm Logistik",
            role="Werkstudent (m/w/d) Controlling",
            who=["Svenja Kallweit"],
            notes="Personio, du-Form, short date 'Di., 27.04.' style, no zone named.",
        ),
        system=True,
    ),
    mk(
        WIEBKE,
        "fachgespraech-bestaetigung-teams-sie",
        "interview",
        ("Dr. Ansgar Wipperfürth", "a.wipperfuerth@harzer-messtechnik.example"),
        "AW: Fachgespräch Data Engineer (w/m/d)",
        "2049-05-03 16:40",
        thread(
            f"Sehr geehrte Frau Holtkamp-Dzidzor,\n\nvielen Dank für Ihre Rückmeldung. Dann bestätige ich Ihnen gern den {day('2049-05-11 14:00', 'de')}, um 14:00 Uhr. "
            "Das Fachgespräch findet per Microsoft Teams statt und dauert etwa 60 Minuten; neben mir nimmt Herr Ole Brakebusch aus dem Plattform-Team teil.\n\n"
            "Den Link erhalten Sie separat.\n\nMit freundlichen Grüßen\nAnsgar Wipperfürth\nLeitung Data & Analytics\nHarzer Messtechnik AG",
            lq(
                "Am 02.05.2049 um 21:17 schrieb Wiebke Holtkamp-Dzidzor <wiebke.holtkamp@example.com>:",
                "Sehr geehrter Herr Dr. Wipperfürth,\n\nder zweite Vorschlag (Dienstag, 14 Uhr) passt mir sehr gut.\n\nMit freundlichen Grüßen\nWiebke Holtkamp-Dzidzor",
            ),
        ),
        lab(
            "2049-05-11 14:00",
            B,
            None,
            company="Harzer Messtechnik",
            role="Data Engineer (w/m/d)",
            who=["Ansgar Wipperfürth", "Ole Brakebusch"],
            emails=["a.wipperfuerth@harzer-messtechnik.example"],
            notes="Sie-Form, settled from a choice in the quoted reply.",
        ),
    ),
    outlook(
        WIEBKE,
        "outlook-wann-zweitgespraech-hamburg",
        "interview",
        start="2049-05-19 09:30",
        zone="W. Europe Standard Time",
        minutes=90,
        subject="Zweitgespräch Produktmanagerin (m/w/d) – Wiebke Holtkamp-Dzidzor",
        organizer=("Henrike Osterloh", "henrike.osterloh@elbdeich-versicherung.example"),
        attendees=[("Bastian Rühmkorf", "bastian.ruehmkorf@elbdeich-versicherung.example")],
        date=dh("2049-05-12 11:05", B),
        label=lab(
            "2049-05-19 09:30",
            B,
            "Europe/Berlin",
            company="Elbdeich Versicherung",
            role="Produktmanagerin (m/w/d)",
            who=["Henrike Osterloh", "Bastian Rühmkorf"],
            emails=[
                "henrike.osterloh@elbdeich-versicherung.example",
                "bastian.ruehmkorf@elbdeich-versicherung.example",
            ],
            notes="Exchange request with a German 'Wann:' line and W. Europe Standard Time.",
        ),
        text="Liebe Frau Holtkamp-Dzidzor,\n\nwie telefonisch besprochen lade ich Sie zum Zweitgespräch mit Herrn Rühmkorf (Bereichsleitung) und mir ein. "
        "Bitte planen Sie 90 Minuten ein, davon ca. 20 Minuten für Ihre Präsentation der Fallstudie.\n\nBeste Grüße\nHenrike Osterloh\nHR Business Partnerin",
        lang="de",
    ),
    mk(
        HAGEN,
        "softgarden-eingangsbestaetigung-leipzig",
        "other",
        ("Sachsenglas Karriere", "noreply@sachsenglas.softgarden.io"),
        "Eingangsbestätigung Ihrer Bewerbung: Elektroniker für Betriebstechnik (m/w/d)",
        "2049-04-14 08:02",
        "Sehr geehrter Herr Liebscher-Kobina,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Sachsenglas GmbH. "
        "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns in ca. zwei bis drei Wochen bei Ihnen.\n\n"
        "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen: https://sachsenglas.softgarden.io/de/login\n\n"
        "Mit freundlichen Grüßen\nIhr Personalteam\n\nSachsenglas GmbH · Sitz Leipzig · Amtsgericht Leipzig HRB 00000",
        note("Application acknowledgement (Softgarden).", company="Sachsenglas"),
        system=True,
    ),
    mk(
        HAGEN,
        "dvinci-absage-nach-interview-dresden",
        "rejection",
        ("Elbsandstein Energie – Personalabteilung", "bewerbung@elbsandstein-energie.example"),
        "Ihre Bewerbung als Projektingenieur (m/w/d) – Ref. 2049-117",
        "2049-05-06 15:30",
        "Sehr geehrter Herr Liebscher-Kobina,\n\nnochmals vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben.\n\n"
        "Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch etwas besser auf die Anforderungen passt. "
        "Diese Entscheidung ist uns nicht leichtgefallen.\n\nGern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talent-Pool behalten; Sie können dem jederzeit widersprechen.\n\n"
        "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nElbsandstein Energie GmbH\nPersonalabteilung\n\n(versendet über d.vinci)",
        note("Absage after an interview.", company="Elbsandstein Energie"),
        system=True,
    ),
    mk(
        HAGEN,
        "du-form-terminbestaetigung-startup-handy",
        "interview",
        ("Malte | Kiezkraft", "malte@kiezkraft.example"),
        "Re: Kennenlernen",
        "2049-04-29 19:48",
        thread(
            "Top, dann Montag 11 Uhr bei uns im Büro, Oranienstr. 0 (Hinterhof, 2. OG). Jule aus dem Tech-Team ist auch dabei. Bis dann!\n\nMalte\n\nVon meinem iPhone gesendet",
            lq(
                "Am 29.04.2049 um 18:02 schrieb Hagen Liebscher-Kobina <hagen.liebscher@example.com>:",
                "Hi Malte,\n\nMontag (3.5.) Vormittag würde bei mir gehen, ab 10 Uhr.\n\nGruß\nHagen",
            ),
            lq(
                "Am 29.04.2049 um 12:15 schrieb Malte | Kiezkraft <malte@kiezkraft.example>:",
                "Hey Hagen,\n\ndanke für deine Bewerbung als Backend-Dev! Hast du nächste Woche Lust auf ein Kennenlernen bei uns in Kreuzberg? Sag mir einfach, wann es dir passt.\n\nLG Malte",
            ),
        ),
        lab(
            "2049-05-03 11:00",
            B,
            None,
            company="Kiezkraft",
            role="Backend-Dev",
            who=["Malte", "Jule"],
            emails=["malte@kiezkraft.example"],
            notes="Informal du-thread from a phone; Monday 3 May settled in the quoted reply.",
        ),
        agent="iPhone Mail (21A000)",
    ),
    mk(
        THILO,
        "ams-beratungstermin-wien-favoriten",
        "other",
        ("AMS Wien", "noreply@ams-wien.example"),
        "Einladung zu einem Beratungsgespräch",
        "2049-04-22 07:30",
        "Sehr geehrter Herr Brandstätter-Fiifi,\n\nwir laden Sie zu einem Beratungsgespräch in Ihre regionale Geschäftsstelle ein:\n\n"
        f"{day('2049-05-05 08:45', 'de')} 2049, 08:45 Uhr\nAMS Wien Favoriten, Zimmer 0.14\n\n"
        "Bitte bringen Sie einen Lichtbildausweis mit. Ist Ihnen der Termin nicht möglich, melden Sie sich bitte über Ihr eAMS-Konto.\n\nMit freundlichen Grüßen\nIhr AMS",
        note("Compulsory job-centre appointment, not a job interview."),
        system=True,
    ),
    mk(
        THILO,
        "oesterreich-vorstellungsgespraech-graz-jaenner",
        "interview",
        ("Mag. Veronika Hütter", "v.huetter@murtal-holzbau.example"),
        "Einladung zum Vorstellungsgespräch – Kalkulant (m/w/d)",
        "2049-05-07 10:20",
        f"Sehr geehrter Herr Brandstätter-Fiifi,\n\nherzlichen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie am {day('2049-05-14 13:30', 'de')} um 13:30 Uhr "
        "zu einem Vorstellungsgespräch in unser Büro nach Graz (Lendplatz 0) ein. Seitens Murtal Holzbau nehmen Herr Ing. Florian Pöltl (Geschäftsführung) und ich teil.\n\n"
        "Um eine kurze Bestätigung des Termins wird gebeten.\n\nMit freundlichen Grüßen\nVeronika Hütter\nPersonalentwicklung\n\nMurtal Holzbau GmbH · FN 000000x · Landesgericht für ZRS Graz\n"
        "Gemäß Kollektivvertrag beträgt das Mindestgehalt EUR 3.100,- brutto/Monat; Bereitschaft zur Überzahlung je nach Qualifikation.",
        lab(
            "2049-05-14 13:30",
            V,
            None,
            company="Murtal Holzbau",
            role="Kalkulant (m/w/d)",
            who=["Veronika Hütter", "Florian Pöltl"],
            emails=["v.huetter@murtal-holzbau.example"],
            notes="Austrian invitation with the KV salary note; Graz, Vienna user, same zone.",
        ),
    ),
    mk(
        THILO,
        "abwesenheitsnotiz-wien-pfingsten",
        "auto_reply",
        ("Katharina Strobl-Weninger", "k.strobl@donauauen-consulting.example"),
        "Abwesenheitsnotiz: Re: Bewerbung Junior Consultant",
        "2049-05-21 09:03",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 31.05.2049 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. "
        "In dringenden Fällen wenden Sie sich bitte an recruiting@donauauen-consulting.example.\n\nMit freundlichen Grüßen\nKatharina Strobl-Weninger",
        note("Out of office until 31 May.", return_date="2049-06-01"),
        extra=AUTO,
    ),
    mk(
        SERAINA,
        "schweiz-einladung-gespraech-zuerich-oerlikon",
        "interview",
        ("Reto Bünzli-Gasser", "reto.buenzli@limmat-treuhand.example"),
        "Einladung zum Gespräch – Sachbearbeiterin Lohnbuchhaltung 80–100 %",
        "2049-04-28 14:10",
        f"Grüezi Frau Casutt-Ekow\n\nBesten Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Gerne lernen wir Sie persönlich kennen und laden Sie auf {day('2049-05-06 09:00', 'de')}, 09.00 Uhr, "
        "zu einem ersten Gespräch an der Schaffhauserstrasse 0 in Zürich-Oerlikon ein. Am Gespräch nehmen Frau Corinne Schnyder (Leiterin Personaladministration) und der Unterzeichnende teil.\n\n"
        "Bitte melden Sie sich am Empfang im Erdgeschoss. Für Ihre kurze Bestätigung danken wir Ihnen bestens.\n\nFreundliche Grüsse\nReto Bünzli-Gasser\nLimmat Treuhand AG",
        lab(
            "2049-05-06 09:00",
            Z,
            None,
            company="Limmat Treuhand",
            role="Sachbearbeiterin Lohnbuchhaltung 80–100 %",
            who=["Corinne Schnyder", "Reto Bünzli-Gasser"],
            emails=["reto.buenzli@limmat-treuhand.example"],
            notes="Swiss German (Grüezi, ss for ß, '09.00 Uhr').",
        ),
    ),
    mk(
        SERAINA,
        "schweiz-terminverschiebung-bern",
        "interview",
        ("Nadja Aebischer", "nadja.aebischer@buempliz-medtech.example"),
        "Terminverschiebung: Interview Regulatory Affairs Specialist",
        "2049-05-06 08:15",
        f"Liebe Frau Casutt-Ekow\n\nLeider muss ich unser Gespräch von morgen Freitag verschieben, da Herr Dr. Lüthi kurzfristig verhindert ist. "
        f"Neu schlagen wir Ihnen {day('2049-05-17 15:30', 'de')}, 15.30 Uhr, in Bern vor – Herr Dr. Beat Lüthi und ich freuen uns. Sollte das nicht passen, geben Sie mir bitte Bescheid.\n\n"
        "Entschuldigen Sie die Umstände.\n\nHerzliche Grüsse\nNadja Aebischer\nHR Business Partner, Bümpliz Medtech AG",
        lab(
            "2049-05-17 15:30",
            Z,
            None,
            company="Bümpliz Medtech",
            role="Regulatory Affairs Specialist",
            who=["Beat Lüthi", "Nadja Aebischer"],
            emails=["nadja.aebischer@buempliz-medtech.example"],
            notes="Reschedule with the new time and an opt-out; the new time is labelled.",
        ),
    ),
    mk(
        SERAINA,
        "schweiz-zusage-vertragsangebot-basel",
        "offer",
        ("Simone Vögtli", "simone.voegtli@dreilaendereck-pharma.example"),
        "Vertragsangebot – Qualitätssicherung",
        "2049-06-02 17:05",
        "Liebe Frau Casutt-Ekow\n\nEs freut uns sehr, Ihnen nach den Gesprächen mitteilen zu dürfen, dass wir Sie gerne in unserem Team begrüssen möchten. "
        "Im Anhang finden Sie unser Vertragsangebot: Jahreslohn CHF 98'500.– (13 Monatslöhne), Pensum 100 %, Eintritt per 1. August 2049.\n\n"
        "Wir bitten um Ihre Rückmeldung bis Freitag in einer Woche.\n\nFreundliche Grüsse\nSimone Vögtli\nPeople & Culture, Dreiländereck Pharma AG",
        note("Zusage with salary and start date.", company="Dreiländereck Pharma"),
    ),
    mk(
        WIEBKE,
        "stepstone-jobagent-controlling-spree",
        "bulk",
        ("StepStone Jobagent", "jobagent@stepstone.de"),
        "Ihr Jobagent: 14 neue Jobs für „Controlling“ in Berlin",
        "2049-04-25 06:30",
        "Guten Morgen,\n\nIhr Jobagent hat 14 neue passende Stellenangebote gefunden:\n\n"
        "• Controller (m/w/d) – Spreebogen Immobilien – Berlin – Teilweise Homeoffice\n• Junior Financial Analyst (w/m/d) – Havelland Foods – Potsdam\n"
        "• Werkstudent Finance (m/w/d) – Tegeler Technik – Berlin\n\nAlle Jobs ansehen: https://www.stepstone.de/jobagent\n\n"
        "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: https://www.stepstone.de/abmelden",
        note("Job alert."),
        system=True,
        extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/abmelden"),
    ),
    mk(
        HAGEN,
        "elternabend-kita-nicht-interview",
        "other",
        ("Kita Sonnenblume – Leitung", "leitung@kita-sonnenblume.example"),
        "Einladung zum Elternabend",
        "2049-04-30 13:00",
        f"Liebe Eltern,\n\nwir laden Sie herzlich zum Elternabend am {day('2049-05-12 19:30', 'de')} um 19:30 Uhr in den Gruppenraum der Raupen ein. "
        "Themen: Sommerfest, Schließzeiten, Wahl der Elternvertretung.\n\nHerzliche Grüße\nIhr Kita-Team",
        note("Parents' evening with a time: not an interview."),
    ),
    mk(
        WIEBKE,
        "besichtigung-wohnung-friedrichshain",
        "other",
        ("Immobilien Spreewinkel", "vermietung@spreewinkel-immobilien.example"),
        "Besichtigungstermin: 2-Zimmer-Wohnung, Boxhagener Str.",
        "2049-04-23 12:44",
        f"Hallo Frau Holtkamp-Dzidzor,\n\nvielen Dank für Ihre Anfrage. Gerne laden wir Sie zur Besichtigung am {short('2049-04-28 17:15')} um 17:15 Uhr ein. "
        "Treffpunkt vor dem Haus. Bitte bringen Sie eine Mieterselbstauskunft und eine SCHUFA-Auskunft mit.\n\nMit freundlichen Grüßen\nSpreewinkel Immobilien",
        note("Flat viewing: not an interview."),
    ),
    mk(
        HAGEN,
        "join-absage-vor-interview",
        "rejection",
        ("Brandenburger Backstube via JOIN", "noreply@join.com"),
        "Update zu deiner Bewerbung als Schichtleiter (m/w/d)",
        "2049-04-26 10:10",
        "Hallo Hagen,\n\ndanke, dass du dich bei der Brandenburger Backstube beworben hast. Wir haben uns alle Bewerbungen genau angeschaut und uns entschieden, "
        "mit anderen Kandidat:innen weiterzumachen.\n\nWir wünschen dir viel Erfolg bei deiner weiteren Suche!\n\nDein Team der Brandenburger Backstube\n\nPowered by JOIN",
        note("Absage before any interview, du-Form.", company="Brandenburger Backstube"),
        system=True,
    ),
    mk(
        THILO,
        "xing-terminvorschlaege-linz",
        "scheduling_request",
        ("Bernadette Aigner (XING)", "mailrobot@xing.com"),
        "Bernadette Aigner hat Ihnen eine Nachricht geschickt",
        "2049-05-02 11:11",
        "Bernadette Aigner, Talent Acquisition bei Traunsee Automation, hat Ihnen eine Nachricht geschickt:\n\n"
        "„Hallo Herr Brandstätter-Fiifi, Ihr Profil passt sehr gut zu unserer offenen Position als SPS-Programmierer. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat? "
        "Mögliche Zeiten: Dienstag oder Donnerstag zwischen 9 und 12 Uhr. LG, Bernadette“\n\nAuf XING antworten: https://www.xing.com/chats",
        note("Recruiter asks for a time on XING.", company="Traunsee Automation"),
        system=True,
    ),
    mk(
        SERAINA,
        "betriebsrat-hinweis-einladung-muenchen",
        "interview",
        ("Isar Kabelwerke – Recruiting", "karriere@isar-kabelwerke.rexx-systems.example"),
        "Einladung zum Vorstellungsgespräch – Referentin Personalentwicklung (m/w/d)",
        "2049-05-20 09:00",
        f"Sehr geehrte Frau Casutt-Ekow,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:\n\nDatum: {day('2049-06-03 10:00', 'de')} 2049\nUhrzeit: 10:00 – 11:30 Uhr (MESZ)\n"
        "Ort: Isar Kabelwerke, Werk München-Freimann, Gebäude C\nIhre Gesprächspartner: Frau Dagmar Hundhammer (Leiterin Personal), Herr Quirin Moosrainer (Betriebsrat)\n\n"
        "Gemäß Betriebsverfassungsgesetz nimmt ein Mitglied des Betriebsrats am Gespräch teil. Reisekosten erstatten wir nach unserer Reisekostenrichtlinie.\n\n"
        "Mit freundlichen Grüßen\nIsar Kabelwerke GmbH\n\n(Dieses Schreiben wurde mit rexx systems erstellt.)",
        lab(
            "2049-06-03 10:00",
            B,
            None,
            company="Isar Kabelwerke",
            role="Referentin Personalentwicklung (m/w/d)",
            who=["Dagmar Hundhammer", "Quirin Moosrainer"],
            notes="Zurich user invited to Munich; 'MESZ' is an abbreviation (timezone null); works-council member takes part.",
        ),
        system=True,
    ),
    outlook(
        WIEBKE,
        "outlook-abgesagt-fachgespraech-koeln",
        "interview_cancelled",
        start="2049-05-22 13:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Fachgespräch Business Analyst (m/w/d)",
        organizer=("Jörn Sievekind", "joern.sievekind@rheinauhafen-bank.example"),
        attendees=[],
        date=dh("2049-05-18 08:50", B),
        method="CANCEL",
        sequence=1,
        prefix="Abgesagt: ",
        label=lab(
            "2049-05-22 13:00",
            B,
            "Europe/Berlin",
            company="Rheinauhafen Bank",
            role="Business Analyst (m/w/d)",
            who=["Jörn Sievekind"],
            emails=["joern.sievekind@rheinauhafen-bank.example"],
            notes="Exchange cancellation, 'Abgesagt:' prefix.",
        ),
        text="Liebe Frau Holtkamp-Dzidzor,\n\nleider müssen wir das Gespräch absagen, da die Stelle intern besetzt wurde. Es tut mir sehr leid.\n\nViele Grüße\nJörn Sievekind",
        lang="de",
    ),
    mk(
        HAGEN,
        "steuerberater-termin-nicht-interview",
        "other",
        ("Kanzlei Pfeiffenberger", "sekretariat@kanzlei-pfeiffenberger.example"),
        "Ihr Termin zur Einkommensteuererklärung 2048",
        "2049-05-04 09:30",
        f"Sehr geehrter Herr Liebscher-Kobina,\n\nhiermit bestätigen wir Ihren Termin bei Herrn Pfeiffenberger am {day('2049-05-18 16:00', 'de')} um 16:00 Uhr. "
        "Bitte bringen Sie Ihre Lohnsteuerbescheinigung und Belege mit.\n\nMit freundlichen Grüßen\nKanzlei Pfeiffenberger, Steuerberatung",
        note("Tax adviser appointment: not an interview."),
    ),
    mk(
        THILO,
        "erinnerung-gespraech-morgen-salzburg",
        "interview",
        ("Salzachtal Seilbahnen – HR", "hr@salzachtal-seilbahnen.example"),
        "Erinnerung: Ihr Gespräch morgen um 9 Uhr",
        "2049-05-25 14:00",
        f"Sehr geehrter Herr Brandstätter-Fiifi,\n\nwir möchten Sie an Ihr Gespräch morgen, {day('2049-05-26 09:00', 'de')}, um 9 Uhr erinnern. "
        "Treffpunkt ist die Talstation, Verwaltungsgebäude, 1. Stock. Sie sprechen mit Herrn Wolfgang Eibl (Technischer Leiter).\n\nWir freuen uns auf Sie!\nIhr HR-Team",
        lab(
            "2049-05-26 09:00",
            V,
            None,
            company="Salzachtal Seilbahnen",
            who=["Wolfgang Eibl"],
            notes="Reminder the day before.",
        ),
        system=True,
    ),
]
