"""Blind paraphrases, second sample: messages rewritten as another writer would put them.

About forty-five interview messages from the blind-written evaluation sets (German,
French and Spanish from the readable halves, English from the third and fourth sets) and
fifteen that are not interviews, each read right by the classifier, were rewritten by
hand: other sentences and word order, the time said another way (``15.30 Uhr``, ``14h30``,
``a las 2 y media de la tarde``, zone by city, offset or abbreviation or not at all), field
lines, bullets, forwards, quoted replies and HTML-only bodies, with invented people and
companies under reserved names. Nothing is copied from an evaluation message. Each
variant must be read as its kind, with its start and its named interviewers; the shapes
still read wrongly are strict expected failures naming their family.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand.model import DateOrder

from .messages import mail, sorted_names, start

I = Kind.INTERVIEW  # noqa: E741 - a one-letter alias keeps the case table readable
BER, VIE, ZUR, PAR, LUX = (
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/Paris",
    "Europe/Luxembourg",
)
TOR, ALG, ABJ, MAD, BOG = (
    "America/Toronto",
    "Africa/Algiers",
    "Africa/Abidjan",
    "Europe/Madrid",
    "America/Bogota",
)
MVD, COR, SCL, GYE = (
    "America/Montevideo",
    "America/Argentina/Cordoba",
    "America/Santiago",
    "America/Guayaquil",
)
LOS, VAN, MNL, HFX, ROM = (
    "Africa/Lagos",
    "America/Vancouver",
    "Asia/Manila",
    "America/Halifax",
    "Europe/Rome",
)
BA, CHI, SYD, KOL, NY = (
    "America/Argentina/Buenos_Aires",
    "America/Chicago",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/New_York",
)
PER, JHB, AKL, LA = (
    "Australia/Perth",
    "Africa/Johannesburg",
    "Pacific/Auckland",
    "America/Los_Angeles",
)

# The receiving user of each variant: address, name, zone, date order.
USERS: dict[str, tuple[str, str, str, DateOrder]] = {
    "de": ("jonas.lenz@example.com", "Jonas Lenz", BER, "dmy"),
    "at": ("p.wieser@example.net", "Paul Wieser", VIE, "dmy"),
    "ch": ("a.ammann@example.org", "Anna Ammann", ZUR, "dmy"),
    "fr": ("justine.morel@example.com", "Justine Morel", PAR, "dmy"),
    "be": ("c.dethier@example.net", "Claire Dethier", "Europe/Brussels", "dmy"),
    "lu": ("l.hoffmann@example.org", "Luc Hoffmann", LUX, "dmy"),
    "qc": ("frederique.roy@example.com", "Frédérique Roy", TOR, "ymd"),
    "dz": ("s.meziane@example.net", "Sofiane Meziane", ALG, "dmy"),
    "ci": ("k.yao@example.org", "Koffi Yao", ABJ, "dmy"),
    "re": ("anais.payet@example.com", "Anaïs Payet", "Indian/Reunion", "dmy"),
    "es": ("irene.vidal@example.com", "Irene Vidal", MAD, "dmy"),
    "co": ("sebastian.rios@example.org", "Sebastián Ríos", BOG, "dmy"),
    "uy": ("camila.suarez@example.net", "Camila Suárez", MVD, "dmy"),
    "ar": ("tomas.ferreyra@example.com", "Tomás Ferreyra", COR, "dmy"),
    "cl": ("martin.soto@example.org", "Martín Soto", SCL, "dmy"),
    "ec": ("andrea.leon@example.net", "Andrea León", GYE, "dmy"),
    "ng": ("emeka.obi@example.com", "Emeka Nwosu", LOS, "dmy"),
    "van": ("harpreet.gill@example.org", "Harpreet Gill", VAN, "mdy"),
    "mnl": ("angelica.delacruz@example.com", "Angelica Dela Cruz", MNL, "mdy"),
    "hfx": ("colette.arsenault@example.net", "Colette Arsenault", HFX, "mdy"),
    "rome": ("marco.rossi@example.com", "Marco Rossi", ROM, "dmy"),
    "ba": ("valeria.paz@example.org", "Valeria Paz", BA, "dmy"),
    "chi": ("marcus.webb@example.com", "Marcus Webb", CHI, "mdy"),
    "syd": ("jess.nolan@example.net", "Jess Nolan", SYD, "dmy"),
    "kol": ("rohan.joshi@example.com", "Rohan Joshi", KOL, "dmy"),
    "us": ("tamika.jefferson@example.com", "Tamika Jefferson", NY, "mdy"),
    "per": ("declan.hart@example.org", "Declan Hart", PER, "dmy"),
    "jhb": ("thandi.nkosi@example.com", "Thandi Nkosi", JHB, "dmy"),
    "akl": ("aroha.ngata@example.net", "Aroha Ngata", AKL, "dmy"),
    "la": ("sam.ortiz@example.com", "Sam Ortiz", LA, "mdy"),
    "ams": ("joost.bakker@example.org", "Joost Bakker", "Europe/Amsterdam", "dmy"),
}


@dataclass(frozen=True)
class Variant:
    """One rewritten message and what it must be read as."""

    key: str
    user: str
    sender: str
    subject: str
    body: str | None
    date: str
    kind: Kind
    when: tuple[int, int, int, int, int, str] | None = None
    names: list[str] = field(default_factory=list)
    html: str | None = None


def V(
    key: str,
    user: str,
    sender: str,
    subject: str,
    body: str | None,
    date: str,
    kind: Kind,
    when: tuple[int, int, int, int, int, str] | None = None,
    names: list[str] | None = None,
    html: str | None = None,
) -> Variant:
    """A variant; interviewer names sorted as the reader's result is compared."""
    return Variant(key, user, sender, subject, body, date, kind, when, sorted(names or []), html)


DE = [
    V(
        "de_agentur_fields_a",
        "de",
        "Miriam Hollweg <m.hollweg@talentbruecke.example>",
        "Ihr Termin bei der Kestrel Diagnostik GmbH steht",
        """Guten Tag Herr Lennartz,

nach unserem Telefonat heute Vormittag halte ich die Details zu Ihrem Vorstellungsgespräch fest.

Firma: Kestrel Diagnostik GmbH
Stelle: Gruppenleiter Firmware (m/w/d)
Uhrzeit: 15.30 Uhr
Datum: Donnerstag, 12.11.2026
Ort: Kestrel Diagnostik, Prinzregentenstraße 90, 81675 München, Empfang EG
Gesprächspartner: Dr. Ulrich Fassbender (Leitung Entwicklung), Petra Schönleber (HR)

Rechnen Sie bitte mit etwa anderthalb Stunden.

Beste Grüße
Miriam Hollweg
Talentbrücke Personalberatung
""",
        "Tue, 03 Nov 2026 16:40:00 +0100",
        I,
        (2026, 11, 12, 15, 30, BER),
        ["Petra Schönleber", "Ulrich Fassbender"],
    ),
    V(
        "de_agentur_prose_b",
        "de",
        "Miriam Hollweg <m.hollweg@talentbruecke.example>",
        "Bestätigung Vorstellungsgespräch – Gruppenleiter Firmware",
        """Hallo Herr Lennartz,

wie eben am Telefon vereinbart: Kestrel Diagnostik erwartet Sie am 12. November um 15:30 Uhr
zum persönlichen Vorstellungsgespräch in der Prinzregentenstraße 90 in München.
Sie sprechen dort mit Herrn Dr. Ulrich Fassbender, Leiter der Entwicklung, und mit Frau Petra Schönleber aus der Personalabteilung.

Viel Erfolg!
Miriam Hollweg
""",
        "Tue, 03 Nov 2026 16:40:00 +0100",
        I,
        (2026, 11, 12, 15, 30, BER),
        ["Petra Schönleber", "Ulrich Fassbender"],
    ),
    V(
        "de_ats_termin_line_a",
        "de",
        "Nordlicht Analytik GmbH <no-reply@bewerbung.nordlicht.example>",
        "Einladung: erstes Gespräch für die Stelle Data Engineer (m/w/d)",
        """Hallo Jonas,

danke für Deine Bewerbung! Wir möchten Dich gern kennenlernen.

Wann: 06.11.2026, 11:00 bis 12:00 Uhr MEZ
Wie: Google Meet – https://meet.google.com/abc-defg-hij
Mit: Svenja Kortmann (Lead Data) und Bastian Reuter (Talent)

Passt der Termin nicht, antworte einfach auf diese Nachricht.

Viele Grüße
Dein Nordlicht-Team
""",
        "Thu, 29 Oct 2026 09:30:00 +0100",
        I,
        (2026, 11, 6, 11, 0, BER),
        ["Bastian Reuter", "Svenja Kortmann"],
    ),
    V(
        "de_ats_bullets_b",
        "de",
        "Nordlicht Analytik GmbH <no-reply@bewerbung.nordlicht.example>",
        "Vorstellungsgespräch Data Engineer – Deine Einladung",
        """Hallo Jonas,

schön, dass Du Dich beworben hast. Hier die Eckdaten zu Deinem ersten Gespräch:

* Freitag, den 6. November 2026
* 11 Uhr bis 12 Uhr (deutsche Zeit)
* per Videocall (Google Meet, Link folgt)

Seitens Nordlicht sprechen Svenja Kortmann (Lead Data) und Bastian Reuter (Talent) mit Dir.

Bis bald
Bastian Reuter
""",
        "Thu, 29 Oct 2026 09:30:00 +0100",
        I,
        (2026, 11, 6, 11, 0, BER),
        ["Bastian Reuter", "Svenja Kortmann"],
    ),
    V(
        "de_outlook_wann_plain_a",
        "de",
        '"Harms, Dörte" <d.harms@weserguss.example>',
        "Einladung zum Vorstellungsgespräch – Leitung Einkauf (m/w/d)",
        """Sehr geehrte Herr Lenz,

wir danken Ihnen für Ihre Bewerbung und möchten Sie gern persönlich kennenlernen. Das Gespräch findet per Microsoft Teams statt, die Einladung schicke ich separat.

Termin: Mittwoch, 31.03.2027, 13:00 - 14:00 Uhr
Teilnehmende:
- Herr Dr. Jens Overbeck, Geschäftsführer
- Frau Dörte Harms, Personal

Mit freundlichen Grüßen
Dörte Harms
Weserguss GmbH
""",
        "Fri, 19 Mar 2027 11:40:00 +0100",
        I,
        (2027, 3, 31, 13, 0, BER),
        ["Dörte Harms", "Jens Overbeck"],
    ),
    V(
        "de_outlook_wann_fwd_b",
        "de",
        "Dörte Harms <d.harms@weserguss.example>",
        "WG: Vorstellungsgespräch Leitung Einkauf",
        """Hallo Herr Lenz,

unten die Einladung, die ich Ihnen gestern geschickt hatte – offenbar ist sie nicht angekommen.

Gruß
D. Harms

-----Ursprüngliche Nachricht-----
Von: Harms, Dörte <d.harms@weserguss.example>
Gesendet: Montag, 22. März 2027 10:12
An: Lenz, Jonas <jonas.lenz@example.com>
Betreff: Vorstellungsgespräch Leitung Einkauf

Sehr geehrte Herr Lenz,

gern lade ich Sie zum Vorstellungsgespräch am 31. März 2027 um 13 Uhr ein (per Teams).
Gesprächspartner: Dr. Jens Overbeck (Geschäftsführung) und ich.

Mit freundlichen Grüßen
Dörte Harms
""",
        "Tue, 23 Mar 2027 09:10:00 +0100",
        I,
        (2027, 3, 31, 13, 0, BER),
        ["Dörte Harms", "Jens Overbeck"],
    ),
    V(
        "de_at_prose_a",
        "at",
        '"Mag. Ingrid Hofbauer-Lenz" <i.hofbauer-lenz@almwind.example>',
        "Ihr Vorstellungsgespräch bei Almwind Energie – Terminbestätigung",
        """Sehr geehrter Herr Wieser,

danke für Ihre Bewerbung als Projektleiter Umspannwerke. Wir freuen uns, Sie am Dienstag, dem 16. März 2027, um halb zehn in unserer Zentrale in der Wagramer Straße 17, 1220 Wien, zum Gespräch begrüßen zu dürfen.

Das Gespräch führen DI Markus Haider (Leiter Technik) und ich.

Mit besten Grüßen
Mag. Ingrid Hofbauer-Lenz
Personalentwicklung, Almwind Energie AG
""",
        "Mon, 08 Mar 2027 10:05:00 +0100",
        I,
        (2027, 3, 16, 9, 30, VIE),
        ["Ingrid Hofbauer-Lenz", "Markus Haider"],
    ),
    V(
        "de_at_fields_b",
        "at",
        "Almwind Energie AG <karriere@almwind.example>",
        "Terminbestätigung Bewerbungsgespräch",
        """Sehr geehrter Herr Wieser,

hiermit bestätigen wir Ihr Bewerbungsgespräch:

Datum: 16.03.2027
Beginn: 09:30
Adresse: Wagramer Straße 17, 1220 Wien
Gesprächspartner: DI Markus Haider, Mag. Ingrid Hofbauer-Lenz

Bitte Lichtbildausweis mitnehmen.

Freundliche Grüße
Ihr Recruiting-Team
""",
        "Mon, 08 Mar 2027 10:05:00 +0100",
        I,
        (2027, 3, 16, 9, 30, VIE),
        ["Ingrid Hofbauer-Lenz", "Markus Haider"],
    ),
    V(
        "de_stepstone_fields_a",
        "de",
        "Fleetkai Spedition GmbH über StepStone <no-reply@stepstone.example>",
        "Fleetkai Spedition lädt Sie zum Vorstellungsgespräch ein",
        """Guten Tag Herr Petersen,

Fleetkai Spedition GmbH möchte Sie gern kennenlernen.

Uhrzeit: 10 Uhr
Datum: Montag, 03.04.2028
Ort: Am Sandtorkai 40, 20457 Hamburg
Gesprächspartner: Frau Maren Tiedemann-Ohl (IT-Leitung), Herr Sönke Asmus (Anwendungsentwicklung)

Bitte bestätigen Sie den Termin in Ihrem Konto.
""",
        "Wed, 22 Mar 2028 08:05:00 +0100",
        I,
        (2028, 4, 3, 10, 0, BER),
        ["Maren Tiedemann-Ohl", "Sönke Asmus"],
    ),
    V(
        "de_stepstone_html_b",
        "de",
        "Fleetkai Spedition GmbH über StepStone <no-reply@stepstone.example>",
        "Einladung zum Vorstellungsgespräch",
        None,
        "Wed, 22 Mar 2028 08:05:00 +0100",
        I,
        (2028, 4, 3, 10, 0, BER),
        ["Maren Tiedemann-Ohl", "Sönke Asmus"],
        html="""<html><body><p>Guten Tag Herr Petersen,</p>
<p>wir laden Sie herzlich zu einem Vorstellungsgespräch ein.</p>
<table><tr><td><b>Datum</b></td><td>Mo., 3. April 2028</td></tr>
<tr><td><b>Uhrzeit</b></td><td>10:00 Uhr</td></tr>
<tr><td><b>Ort</b></td><td>Am Sandtorkai 40, Hamburg</td></tr>
<tr><td><b>Gesprächspartner</b></td><td>Maren Tiedemann-Ohl, Sönke Asmus</td></tr></table>
<p>Mit freundlichen Grüßen<br>Fleetkai Recruiting</p></body></html>""",
    ),
    V(
        "de_personio_du_a",
        "de",
        "Wattenmeer Solar GmbH <noreply@personio.example>",
        "Einladung zum Vorstellungsgespräch – Werkstudent*in Backend",
        """Hey Malte,

wir würden Dich gern kennenlernen!

Wann? Am Freitag, 16.06.2028 ab 14 Uhr (Berliner Zeit), Dauer ca. 45 Minuten
Wo? Wattenmeer Solar, Köpenicker Str. 8, 10179 Berlin, 2. OG
Wer? Dr. Greta Thamm (Teamlead Backend) und Niklas Ohm (Engineer)

Bestätige den Termin bitte über den Link in Deinem Bewerberkonto.

Liebe Grüße
Frauke Lenz, People Team
""",
        "Thu, 08 Jun 2028 09:12:00 +0200",
        I,
        (2028, 6, 16, 14, 0, BER),
        ["Greta Thamm", "Niklas Ohm"],
    ),
    V(
        "de_personio_du_b",
        "de",
        "Frauke Lenz <frauke.lenz@wattenmeer-solar.example>",
        "Dein Vorstellungsgespräch am Freitag",
        """Hi Malte,

kurz zur Bestätigung: Dein Vorstellungsgespräch ist am Freitag, den 16. Juni, um 14:00. Komm einfach in die Köpenicker Str. 8 (2. OG). Mit Dir sprechen Greta Thamm, unsere Teamlead Backend, und Niklas Ohm aus dem Team.

Bis Freitag!
Frauke
""",
        "Thu, 08 Jun 2028 09:12:00 +0200",
        I,
        (2028, 6, 16, 14, 0, BER),
        ["Greta Thamm", "Niklas Ohm"],
    ),
    V(
        "de_teams_neben_mir_a",
        "de",
        "Wiebke Sander <wiebke.sander@kanalwerk.example>",
        "Vorstellungsgespräch – Junior Frontend Developer",
        """Hallo Herr Lenz,

wie am Telefon besprochen, findet Ihr Vorstellungsgespräch am 29.03.2029 um 10:30 Uhr per Microsoft Teams statt. Den Link bekommen Sie in einer separaten Kalendereinladung.
Außer mir ist unser Head of Engineering Fabian Oltmanns dabei.

Viele Grüße
Wiebke Sander
People Team, Kanalwerk GmbH
""",
        "Tue, 20 Mar 2029 11:10:00 +0100",
        I,
        (2029, 3, 29, 10, 30, BER),
        ["Fabian Oltmanns", "Wiebke Sander"],
    ),
    V(
        "de_teams_reply_b",
        "de",
        "Wiebke Sander <wiebke.sander@kanalwerk.example>",
        "AW: Vorstellungsgespräch – Junior Frontend Developer",
        """Hallo Herr Lenz,

super, dann bleibt es bei Donnerstag 29.3., 10:30 Uhr (MESZ). Fabian Oltmanns und ich freuen uns auf das Gespräch.

Viele Grüße
Wiebke Sander

Am 20.03.2029 um 14:02 schrieb Jonas Lenz <jonas.lenz@example.com>:
> Hallo Frau Sander,
> der 29.03. um 10:30 Uhr passt mir sehr gut.
> Viele Grüße
> Jonas Lenz
""",
        "Tue, 20 Mar 2029 15:10:00 +0100",
        I,
        (2029, 3, 29, 10, 30, BER),
        ["Fabian Oltmanns", "Wiebke Sander"],
    ),
    V(
        "de_ch_prose_a",
        "ch",
        "Seraina Casutt <seraina.casutt@limmatrisk.example>",
        "Einladung zu einem ersten Gespräch – Risk Analyst/in",
        """Grüezi Frau Ammann

Herzlichen Dank für Ihre Bewerbung. Wir würden Sie gerne am Donnerstag, 16. August, um 9.30 Uhr zu einem ersten Gespräch bei uns am Limmatquai 50 in Zürich treffen.

Von unserer Seite nehmen Herr Reto Gisler (Leiter Risk) und ich teil; rechnen Sie mit rund einer Stunde.

Freundliche Grüsse
Seraina Casutt
HR Business Partnerin, Limmat Risk AG
""",
        "Mon, 06 Aug 2029 08:47:00 +0200",
        I,
        (2029, 8, 16, 9, 30, ZUR),
        ["Reto Gisler", "Seraina Casutt"],
    ),
    V(
        "de_ch_fields_b",
        "ch",
        "Seraina Casutt <seraina.casutt@limmatrisk.example>",
        "Ihr Gespräch bei der Limmat Risk AG",
        """Grüezi Frau Ammann

Gerne bestätige ich Ihnen das Gespräch für die Stelle Risk Analyst/in:

Wann: Do, 16.08., 09.30 Uhr
Wo: Limmatquai 50, 8001 Zürich, Empfang 3. Stock
Gesprächspartner: Reto Gisler (Leiter Risk), Seraina Casutt (HR)

Freundliche Grüsse
Seraina Casutt
""",
        "Mon, 06 Aug 2029 08:47:00 +0200",
        I,
        (2029, 8, 16, 9, 30, ZUR),
        ["Reto Gisler", "Seraina Casutt"],
    ),
    V(
        "de_verschiebung_prose_a",
        "de",
        "Hanna Wilke <hanna.wilke@spreebogen-mobility.example>",
        "Neuer Termin für Ihr Vorstellungsgespräch – Data Engineer",
        """Hallo Timo,

unser Teamlead ist in der ursprünglich geplanten Woche leider verreist, deshalb müssen wir Dein Gespräch verlegen. Neuer Termin ist Mittwoch, der 18. Juli 2029, von 16 bis 17 Uhr.

Wie besprochen sind Paul Hegemann (Teamlead Data) und Mai Tran (Senior Data Engineer) dabei. Der Meet-Link bleibt der alte.

Sag mir bitte kurz, ob Dir das passt.

Viele Grüße
Hanna Wilke
Recruiting, Spreebogen Mobility
""",
        "Mon, 09 Jul 2029 16:02:00 +0200",
        I,
        (2029, 7, 18, 16, 0, BER),
        ["Mai Tran", "Paul Hegemann"],
    ),
    V(
        "de_verschiebung_fields_b",
        "de",
        "Hanna Wilke <hanna.wilke@spreebogen-mobility.example>",
        "Vorstellungsgespräch verschoben",
        """Hallo Timo,

wir müssen Dein Vorstellungsgespräch leider verschieben. Der neue Termin:

Datum: Mi., 18.07.2029
Uhrzeit: 16:00–17:00 Uhr MESZ
Gesprächspartner: Paul Hegemann (Teamlead Data), Mai Tran (Senior Data Engineer)

Der bisherige Termin entfällt. Der Meet-Link bleibt gleich.

Beste Grüße
Hanna
""",
        "Mon, 09 Jul 2029 16:02:00 +0200",
        I,
        (2029, 7, 18, 16, 0, BER),
        ["Mai Tran", "Paul Hegemann"],
    ),
    V(
        "de_zweites_gespraech_a",
        "de",
        "Arne Feddersen <arne.feddersen@trave-logistik.example>",
        "Einladung zum zweiten Gespräch – Einkäufer/in",
        """Guten Tag Frau Ohlsen,

gern lade ich Sie zu einer zweiten Gesprächsrunde für die Position Einkäufer/in ein. Wir treffen uns am 7. November 2030 um 15 Uhr über Microsoft Teams; dabei sind Frau Imke Sievers (Bereichsleitung Einkauf) und ich.

Mit freundlichen Grüßen
Arne Feddersen
Trave Logistik AG
""",
        "Tue, 29 Oct 2030 15:33:00 +0100",
        I,
        (2030, 11, 7, 15, 0, BER),
        ["Arne Feddersen", "Imke Sievers"],
    ),
    V(
        "de_zweites_gespraech_b",
        "de",
        "Arne Feddersen <arne.feddersen@trave-logistik.example>",
        "Zweites Gespräch Einkäufer/in – Donnerstag 15 Uhr",
        """Hallo Frau Ohlsen,

danke für das angenehme erste Gespräch. Wie vereinbart kommt hier der Termin für Runde zwei:

Donnerstag, 07.11.2030 | 15:00–16:00 Uhr (MEZ) | Teams

Frau Imke Sievers aus der Bereichsleitung Einkauf wird mit mir zusammen das Gespräch führen.

Viele Grüße
Arne Feddersen
""",
        "Tue, 29 Oct 2030 15:33:00 +0100",
        I,
        (2030, 11, 7, 15, 0, BER),
        ["Arne Feddersen", "Imke Sievers"],
    ),
]
FR = [
    V(
        "fr_confirmation_fields_a",
        "fr",
        "Inès Carpentier <ines.carpentier@saonelia.example>",
        "Votre entretien du jeudi 5 novembre – Chargée d'études ESG",
        """Bonjour Justine,

Comme convenu au téléphone, voici le récapitulatif de votre entretien pour le poste de Chargée d'études ESG.

Heure : 9h45
Date : jeudi 5 novembre 2026
Adresse : Saônelia, 12 cours Charlemagne, 69002 Lyon
Interlocuteurs : Mme Hélène Dumoulin (Directrice ESG) et M. Erwan Kerbrat (Contrôle de gestion)

Pensez à votre pièce d'identité.

Cordialement,
Inès Carpentier
Recrutement – Saônelia
""",
        "Wed, 21 Oct 2026 11:15:00 +0200",
        I,
        (2026, 11, 5, 9, 45, PAR),
        ["Erwan Kerbrat", "Hélène Dumoulin"],
    ),
    V(
        "fr_confirmation_prose_b",
        "fr",
        "Inès Carpentier <ines.carpentier@saonelia.example>",
        "Entretien pour le poste de Chargée d'études ESG",
        """Bonjour Justine,

Je reviens vers vous après notre appel : nous vous attendons le 5 novembre prochain, de 9 h 45 à 11 h, dans nos bureaux du 12 cours Charlemagne à Lyon pour votre entretien. Hélène Dumoulin, notre directrice ESG, et Erwan Kerbrat, contrôleur de gestion, vous recevront.

Belle journée,
Inès Carpentier
""",
        "Wed, 21 Oct 2026 11:15:00 +0200",
        I,
        (2026, 11, 5, 9, 45, PAR),
        ["Erwan Kerbrat", "Hélène Dumoulin"],
    ),
    V(
        "fr_ats_emoji_a",
        "fr",
        "Atelier Sauge <no-reply@jobs-sauge.example>",
        "Entretien confirmé – Responsable RSE",
        """Bonjour Léa,

C'est noté : votre entretien pour le poste de Responsable RSE chez Atelier Sauge est bien confirmé.

🕑 15h – 16h, heure de Paris
📅 mardi 6 avril 2027
📍 8 rue du Faubourg-Poissonnière, 75010 Paris
👥 Vous rencontrerez Thibault Garnier (Directeur RSE) et Sonia Perrin (Recrutement)

À bientôt,
L'équipe Atelier Sauge
""",
        "Thu, 25 Mar 2027 10:12:00 +0100",
        I,
        (2027, 4, 6, 15, 0, PAR),
        ["Sonia Perrin", "Thibault Garnier"],
    ),
    V(
        "fr_ats_html_b",
        "fr",
        "Atelier Sauge <no-reply@jobs-sauge.example>",
        "Votre entretien chez Atelier Sauge",
        None,
        "Thu, 25 Mar 2027 10:12:00 +0100",
        I,
        (2027, 4, 6, 15, 0, PAR),
        ["Sonia Perrin", "Thibault Garnier"],
        html="""<html><body><p>Bonjour Léa,</p>
<p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de Responsable RSE.</p>
<ul><li>Date : mardi 6 avril 2027</li><li>Heure : 15:00 (Paris)</li>
<li>Lieu : 8 rue du Faubourg-Poissonnière, Paris</li>
<li>Avec : Thibault Garnier et Sonia Perrin</li></ul>
<p>À très vite,<br>L'équipe Atelier Sauge</p></body></html>""",
    ),
    V(
        "fr_qc_telephone_a",
        "qc",
        "Marie-Ève Gagnon <marie-eve.gagnon@laurentides-mutuelle.example>",
        "Entrevue téléphonique – Analyste conformité",
        """Bonjour Frédérique,

Merci de votre intérêt pour Laurentides Mutuelle. Comme convenu, je vous téléphonerai jeudi le 18 mars, à 10 h 15, heure de Montréal, pour une première entrevue d'une trentaine de minutes.

Au plaisir de vous parler,

Marie-Ève Gagnon
Conseillère, acquisition de talents
""",
        "Wed, 10 Mar 2027 11:48:00 -0500",
        I,
        (2027, 3, 18, 10, 15, TOR),
        ["Marie-Ève Gagnon"],
    ),
    V(
        "fr_qc_fields_b",
        "qc",
        "Marie-Ève Gagnon <marie-eve.gagnon@laurentides-mutuelle.example>",
        "Confirmation – entrevue téléphonique",
        """Bonjour Frédérique,

Voici les détails de notre entrevue téléphonique pour le poste d'analyste en conformité :

Date : 2027-03-18
Heure : 10 h 15 (HAE)
Durée : 30 minutes
Je vous appellerai au numéro indiqué dans votre candidature.

Marie-Ève Gagnon
Acquisition de talents, Laurentides Mutuelle
""",
        "Wed, 10 Mar 2027 11:48:00 -0500",
        I,
        (2027, 3, 18, 10, 15, TOR),
        ["Marie-Ève Gagnon"],
    ),
    V(
        "fr_teams_text_a",
        "fr",
        "Solène Marchetti <s.marchetti@pontneuf-avocats.example>",
        "Entretien – Juriste conformité",
        """Bonjour Justine,

Je vous confirme notre entretien le mercredi 22 mars 2028 de 11h à 12h par Teams ; le lien vous parviendra dans une invitation séparée. Nous serons deux : Olivier Hamdani, directeur juridique, et moi-même.

Bien cordialement,
Solène Marchetti
Responsable recrutement
""",
        "Fri, 10 Mar 2028 11:30:00 +0100",
        I,
        (2028, 3, 22, 11, 0, PAR),
        ["Olivier Hamdani", "Solène Marchetti"],
    ),
    V(
        "fr_teams_reply_b",
        "fr",
        "Solène Marchetti <s.marchetti@pontneuf-avocats.example>",
        "RE: Entretien – Juriste conformité",
        """Bonjour Justine,

Parfait, c'est donc entendu pour le mercredi 22 mars à 11h (heure de Paris), en visio. Olivier Hamdani se joindra à moi.

Bien à vous,
Solène

De : Justine Morel <justine.morel@example.com>
Envoyé : vendredi 10 mars 2028 10:02
Objet : Entretien – Juriste conformité

Bonjour Madame Marchetti,
Le 22 mars à 11h me convient très bien.
Cordialement,
Justine Morel
""",
        "Fri, 10 Mar 2028 11:30:00 +0100",
        I,
        (2028, 3, 22, 11, 0, PAR),
        ["Olivier Hamdani", "Solène Marchetti"],
    ),
    V(
        "fr_lu_quand_a",
        "lu",
        "Tom Wagner <tom.wagner@gasperich-capital.example>",
        "Invitation : entretien Analyste risques",
        """Quand : mardi 11 juillet 2028 14:30-15:15 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour Monsieur Hoffmann,

Voici l'invitation à votre entretien pour le poste d'Analyste risques. Vous échangerez avec Claudine Reuter, CRO, et moi-même.

Cordialement,
Tom Wagner
Talent Acquisition, Gasperich Capital S.A.
""",
        "Mon, 03 Jul 2028 16:00:00 +0200",
        I,
        (2028, 7, 11, 14, 30, LUX),
        ["Claudine Reuter", "Tom Wagner"],
    ),
    V(
        "fr_lu_prose_b",
        "lu",
        "Tom Wagner <tom.wagner@gasperich-capital.example>",
        "Votre entretien – Analyste risques",
        """Bonjour Monsieur Hoffmann,

À la suite de notre appel, je vous confirme l'entretien à 14h30 le mardi 11/07/2028, par Teams (heure de Luxembourg). Claudine Reuter, notre CRO, y participera avec moi.

Cordialement,
Tom Wagner
Gasperich Capital S.A.
""",
        "Mon, 03 Jul 2028 16:00:00 +0200",
        I,
        (2028, 7, 11, 14, 30, LUX),
        ["Claudine Reuter", "Tom Wagner"],
    ),
    V(
        "fr_dz_convocation_a",
        "dz",
        "Atlas Forage Services <noreply@recrutement-atlasforage.example>",
        "Convocation – entretien pour le poste d'Ingénieur maintenance",
        """Monsieur,

Nous faisons suite à votre candidature au poste d'Ingénieur maintenance et vous convions à un entretien dans nos bureaux de Bab Ezzouar le mercredi 15 novembre 2028, à 9h30 (heure d'Alger).

Le jury sera composé de Mme Nadia Belkacem, Directrice technique, et de M. Yacine Hadjadj, Responsable RH.

Cordialement,
Service Recrutement
""",
        "Mon, 06 Nov 2028 09:30:00 +0100",
        I,
        (2028, 11, 15, 9, 30, ALG),
        ["Nadia Belkacem", "Yacine Hadjadj"],
    ),
    V(
        "fr_dz_fields_b",
        "dz",
        "Atlas Forage Services <noreply@recrutement-atlasforage.example>",
        "Convocation à un entretien",
        """Monsieur,

Suite à votre candidature (Ingénieur maintenance), vous êtes convoqué à un entretien :

- Date : 15/11/2028
- Heure : 09h30
- Lieu : siège d'Atlas Forage, Bab Ezzouar
- Avec : Mme Nadia Belkacem et M. Yacine Hadjadj

Merci de vous présenter muni d'une pièce d'identité.

Service Recrutement
""",
        "Mon, 06 Nov 2028 09:30:00 +0100",
        I,
        (2028, 11, 15, 9, 30, ALG),
        ["Nadia Belkacem", "Yacine Hadjadj"],
    ),
    V(
        "fr_ci_convocation_a",
        "ci",
        "Recrutement Ébène Assurances <recrutement@ebene-assurances.example>",
        "Invitation à un entretien – Contrôleur de gestion",
        """Monsieur Yao,

Votre candidature au poste de Contrôleur de gestion a retenu notre attention. Nous vous invitons à un entretien le vendredi 13 juillet à 11 heures (GMT) à notre siège de Cocody, Rue des Jardins.

Vous serez reçu par Mme Aminata Touré, Directrice financière, et M. Hervé Kouadio, Responsable des ressources humaines.

Cordialement,
Le service Recrutement
""",
        "Wed, 04 Jul 2029 09:30:00 +0000",
        I,
        (2029, 7, 13, 11, 0, ABJ),
        ["Aminata Touré", "Hervé Kouadio"],
    ),
    V(
        "fr_ci_fields_b",
        "ci",
        "Recrutement Ébène Assurances <recrutement@ebene-assurances.example>",
        "Entretien – Contrôleur de gestion",
        """Monsieur Yao,

Nous avons le plaisir de vous convoquer à un entretien :

Date : vendredi 13/07/2029
Heure : 11h00 (heure d'Abidjan)
Lieu : Cocody, Rue des Jardins, 2e étage
Jury : Mme Aminata Touré (DAF), M. Hervé Kouadio (RH)

Cordialement,
Le service Recrutement
""",
        "Wed, 04 Jul 2029 09:30:00 +0000",
        I,
        (2029, 7, 13, 11, 0, ABJ),
        ["Aminata Touré", "Hervé Kouadio"],
    ),
    V(
        "fr_re_visio_a",
        "re",
        "Gaëtan Morel <gaetan.morel@lagon-data.example>",
        "Entretien visio – Data analyst (full remote)",
        """Bonjour Anaïs,

Merci d'avoir postulé. Seriez-vous disponible pour un entretien en visio le lundi 23 juillet à 9h30, heure de Paris (11h30 pour vous à La Réunion) ? Vous échangerez avec Sabrina Lopes, responsable Data, et moi-même.

Bonne journée,
Gaëtan Morel
Talent Manager, Lagon Data
""",
        "Fri, 13 Jul 2029 15:45:00 +0200",
        I,
        (2029, 7, 23, 9, 30, PAR),
        ["Gaëtan Morel", "Sabrina Lopes"],
    ),
    V(
        "fr_re_local_b",
        "re",
        "Gaëtan Morel <gaetan.morel@lagon-data.example>",
        "Votre entretien visio lundi 23 juillet",
        """Bonjour Anaïs,

Je vous confirme votre entretien en visio pour le poste de Data analyst : lundi 23 juillet, 11h30 heure de La Réunion (9h30 à Paris). Sabrina Lopes, responsable Data, sera présente avec moi.

Bonne journée,
Gaëtan Morel
""",
        "Fri, 13 Jul 2029 15:45:00 +0200",
        I,
        (2029, 7, 23, 9, 30, PAR),
        ["Gaëtan Morel", "Sabrina Lopes"],
    ),
    V(
        "fr_teamtailor_a",
        "fr",
        "Comptoir Lebrun <no-reply@teamtailor-mail.example>",
        "C'est confirmé : votre entretien – Chef de projet marketplace",
        """Bonjour Hugo,

Bonne nouvelle, votre entretien est bien réservé.

Créneau : 10h – 10h45 (heure de Paris), le mercredi 23 octobre 2030
Adresse : Comptoir Lebrun, 5 rue d'Hauteville, 75010 Paris
Vous rencontrerez : Aurélie Castaing (directrice marketplace)

Besoin de changer ? Passez par votre espace candidat.

L'équipe Comptoir Lebrun
""",
        "Thu, 10 Oct 2030 10:05:00 +0200",
        I,
        (2030, 10, 23, 10, 0, PAR),
        ["Aurélie Castaing"],
    ),
    V(
        "fr_teamtailor_b",
        "fr",
        "Comptoir Lebrun <no-reply@teamtailor-mail.example>",
        "Votre entretien le 23/10",
        """Bonjour Hugo,

Votre entretien pour le poste de Chef de projet marketplace aura lieu le 23/10/2030 de 10 à 11 h, au 5 rue d'Hauteville à Paris, avec Aurélie Castaing, directrice marketplace.

Pour déplacer le rendez-vous, rendez-vous dans votre espace candidat.

À bientôt,
L'équipe Comptoir Lebrun
""",
        "Thu, 10 Oct 2030 10:05:00 +0200",
        I,
        (2030, 10, 23, 10, 0, PAR),
        ["Aurélie Castaing"],
    ),
]
ES = [
    V(
        "es_madrid_prose_a",
        "es",
        "Rocío Barrientos <rocio.barrientos@retiro-datos.example>",
        "Tu entrevista para Analista de Crédito",
        """Hola Irene:

Tal y como hablamos por teléfono, te espero el jueves 5 de noviembre a las 12 y media en nuestra sede de la calle Serrano 41, 3.ª planta (Madrid) para la entrevista del puesto de Analista de Crédito.

Estarán contigo Álvaro Quintana Ruiz (Director de Crédito) y Elena Cifuentes (Responsable de Scoring). Calcula una hora aproximadamente.

Un abrazo,
Rocío Barrientos
Selección – Retiro Datos
""",
        "Wed, 28 Oct 2026 13:02:00 +0100",
        I,
        (2026, 11, 5, 12, 30, MAD),
        ["Elena Cifuentes", "Álvaro Quintana Ruiz"],
    ),
    V(
        "es_madrid_fields_b",
        "es",
        "Rocío Barrientos <rocio.barrientos@retiro-datos.example>",
        "Confirmación de entrevista – Analista de Crédito",
        """Hola Irene:

Te paso los datos de la entrevista:

Fecha: jueves, 5/11/2026
Hora: 12:30 h (hora peninsular)
Lugar: calle Serrano 41, 3.ª planta, Madrid
Entrevistadores: Álvaro Quintana Ruiz y Elena Cifuentes

Un saludo,
Rocío Barrientos
""",
        "Wed, 28 Oct 2026 13:02:00 +0100",
        I,
        (2026, 11, 5, 12, 30, MAD),
        ["Elena Cifuentes", "Álvaro Quintana Ruiz"],
    ),
    V(
        "es_bogota_meet_a",
        "co",
        "Diana Marcela Rojas <diana.rojas@guadua-labs.example>",
        "Invitación a entrevista técnica – Ingeniero de Datos",
        """Buenas tardes, Sebastián:

Gracias por postularte a Guadua Labs. Te invitamos a una entrevista técnica por Google Meet el miércoles 4 de noviembre, a las 2 y media de la tarde, hora de Bogotá.

Te acompañarán Juan Pablo Restrepo (Líder de Datos) y Carolina Vélez (Ingeniera de ML). La sesión dura una hora.

Cordialmente,
Diana Marcela Rojas
Talento Humano, Guadua Labs
""",
        "Wed, 28 Oct 2026 10:20:00 -0500",
        I,
        (2026, 11, 4, 14, 30, BOG),
        ["Carolina Vélez", "Juan Pablo Restrepo"],
    ),
    V(
        "es_bogota_bullets_b",
        "co",
        "Diana Marcela Rojas <diana.rojas@guadua-labs.example>",
        "Entrevista técnica – Ingeniero de Datos",
        """Hola Sebastián:

Te comparto los detalles de la entrevista técnica:

• Miércoles 04/11/2026
• 2:30 p. m. (COT)
• Google Meet: https://meet.google.com/xyz-abcd-efg
• Entrevistadores: Juan Pablo Restrepo y Carolina Vélez

Quedo atenta.
Diana Marcela Rojas
""",
        "Wed, 28 Oct 2026 10:20:00 -0500",
        I,
        (2026, 11, 4, 14, 30, BOG),
        ["Carolina Vélez", "Juan Pablo Restrepo"],
    ),
    V(
        "es_bcn_prose_a",
        "es",
        "Montse Ribas Ferrer <mribas@portvell-logistica.example>",
        "Entrevista – Responsable de Almacén",
        """Hola Laura:

Muchas gracias por tu candidatura. Queremos conocerte: tienes la entrevista para el puesto de Responsable de Almacén el viernes 19 de marzo a las 9:45 h, en nuestras oficinas del Moll de Barcelona, 14. Te recibiremos Pere Giralt Mas (Director de Operaciones) y yo.

Para cualquier duda, llámame.

Saludos,
Montse Ribas Ferrer
Personas – Port Vell Logística
""",
        "Thu, 11 Mar 2027 12:58:00 +0100",
        I,
        (2027, 3, 19, 9, 45, MAD),
        ["Montse Ribas Ferrer", "Pere Giralt Mas"],
    ),
    V(
        "es_bcn_fields_b",
        "es",
        "Montse Ribas Ferrer <mribas@portvell-logistica.example>",
        "Convocatoria a entrevista – Responsable de Almacén",
        """Hola Laura:

Te convocamos a una entrevista para el puesto de Responsable de Almacén:

Día: viernes 19 de marzo de 2027
Hora: 09:45
Lugar: Moll de Barcelona, 14 (Barcelona)
Con: Pere Giralt Mas (Operaciones) y Montse Ribas Ferrer (Personas)

Saludos,
Montse
""",
        "Thu, 11 Mar 2027 12:58:00 +0100",
        I,
        (2027, 3, 19, 9, 45, MAD),
        ["Montse Ribas Ferrer", "Pere Giralt Mas"],
    ),
    V(
        "es_uy_meet_a",
        "uy",
        "Agustina Pereyra <agustina.pereyra@rambla-pagos.example>",
        "Entrevista – Analista de Datos Sr.",
        """¡Hola Camila!

Te escribo para confirmarte la entrevista con Santiago Olivera (Head of Data). Queda para el jueves 25 de marzo, a las 16 h de Uruguay, por Google Meet.

Cualquier cosa, escribime.

Saludos,
Agus
Agustina Pereyra | People, Rambla Pagos
""",
        "Wed, 17 Mar 2027 10:30:00 -0300",
        I,
        (2027, 3, 25, 16, 0, MVD),
        ["Santiago Olivera"],
    ),
    V(
        "es_uy_reply_b",
        "uy",
        "Agustina Pereyra <agustina.pereyra@rambla-pagos.example>",
        "Re: Entrevista – Analista de Datos Sr.",
        """Buenísimo Camila, entonces te confirmo la entrevista con Santiago Olivera el jueves 25/3 a las 16:00 (UYT). El link de Meet te llega por separado.

Saludos,
Agus

El mié, 17 mar 2027 a las 9:12, Camila Suárez <camila.suarez@example.net> escribió:
> Hola Agustina, el jueves a las 16 me queda perfecto.
""",
        "Wed, 17 Mar 2027 10:30:00 -0300",
        I,
        (2027, 3, 25, 16, 0, MVD),
        ["Santiago Olivera"],
    ),
    V(
        "es_bilbao_prose_a",
        "es",
        "Ane Zubizarreta <ane.zubizarreta@urdaibai-ingenieria.example>",
        "Entrevista presencial – Ingeniera de Calidad",
        """Hola Maite:

Nos gustaría que vinieras a conocernos. Te esperamos para una entrevista el martes 9 de noviembre a las 10 de la mañana en nuestras oficinas del Parque Tecnológico de Zamudio, edificio 612.

Te recibiremos Iñaki Goikoetxea (Director de Calidad) y yo.

Un saludo,
Ane Zubizarreta
Personas – Urdaibai Ingeniería
""",
        "Thu, 28 Oct 2027 13:40:00 +0200",
        I,
        (2027, 11, 9, 10, 0, MAD),
        ["Ane Zubizarreta", "Iñaki Goikoetxea"],
    ),
    V(
        "es_bilbao_html_b",
        "es",
        "Ane Zubizarreta <ane.zubizarreta@urdaibai-ingenieria.example>",
        "Convocatoria a entrevista – Ingeniera de Calidad",
        None,
        "Thu, 28 Oct 2027 13:40:00 +0200",
        I,
        (2027, 11, 9, 10, 0, MAD),
        ["Ane Zubizarreta", "Iñaki Goikoetxea"],
        html="""<html><body><p>Hola Maite:</p>
<p>Te convocamos a una entrevista para el puesto de Ingeniera de Calidad.</p>
<p><b>Fecha:</b> martes, 9 de noviembre de 2027<br><b>Hora:</b> 10:00<br>
<b>Lugar:</b> Parque Tecnológico de Zamudio, edificio 612</p>
<p>Estarán Iñaki Goikoetxea (Director de Calidad) y Ane Zubizarreta (Personas).</p>
<p>Un saludo</p></body></html>""",
    ),
    V(
        "es_ar_voseo_a",
        "ar",
        "Algarrobo Apps <notifications@hire.algarrobo.example>",
        "Tu entrevista con Algarrobo Apps está confirmada",
        """¡Hola Tomás!

Quedó confirmada tu entrevista para Desarrollador Backend Semi Senior: viernes 10 de marzo, 15:30 hs (hora argentina).

Vas a hablar con Rocío Aranda (Tech Lead) y Lautaro Benítez (QA Lead). Si no llegás, avisanos.

¡Abrazo!
Equipo de Talento – Algarrobo Apps
""",
        "Fri, 03 Mar 2028 11:00:00 -0300",
        I,
        (2028, 3, 10, 15, 30, COR),
        ["Lautaro Benítez", "Rocío Aranda"],
    ),
    V(
        "es_ar_fields_b",
        "ar",
        "Algarrobo Apps <notifications@hire.algarrobo.example>",
        "Entrevista confirmada – Desarrollador Backend",
        """Hola Tomás,

Estos son los datos de tu entrevista:

Cuándo: 10/03/2028, 15:30 (GMT-3)
Dónde: videollamada (te llega el link)
Con quién: Rocío Aranda, Lautaro Benítez

Saludos,
Equipo de Talento
""",
        "Fri, 03 Mar 2028 11:00:00 -0300",
        I,
        (2028, 3, 10, 15, 30, COR),
        ["Lautaro Benítez", "Rocío Aranda"],
    ),
    V(
        "es_bcn_reply_a",
        "es",
        "Mireia Casas i Roig <mireia.casas@gracia-apps.example>",
        "Re: Candidatura Product Manager – entrevista",
        """Hola Irene,

Genial, te confirmo la entrevista el jueves 22 de junio a las 18 h en nuestra oficina de Gràcia (Verdi 88). Estaremos Arnau Pons (CPO) y yo.

Fins aviat,
Mireia Casas i Roig
Head of Product – Gràcia Apps

El dom, 18 jun 2028 a las 21:30, Irene Vidal <irene.vidal@example.com> escribió:
> Hola Mireia, el jueves por la tarde me va perfecto.
""",
        "Mon, 19 Jun 2028 09:05:00 +0200",
        I,
        (2028, 6, 22, 18, 0, MAD),
        ["Arnau Pons", "Mireia Casas i Roig"],
    ),
    V(
        "es_bcn_fields_b2",
        "es",
        "Mireia Casas i Roig <mireia.casas@gracia-apps.example>",
        "Entrevista Product Manager – jueves 22/06",
        """Hola Irene:

Resumen de la entrevista:
- Fecha: 22/06/2028
- Hora: 18:00 h
- Dirección: Verdi 88, Barcelona
- Entrevistan: Arnau Pons (CPO) y Mireia Casas i Roig

Nos vemos,
Mireia
""",
        "Mon, 19 Jun 2028 09:05:00 +0200",
        I,
        (2028, 6, 22, 18, 0, MAD),
        ["Arnau Pons", "Mireia Casas i Roig"],
    ),
    V(
        "es_cl_prose_a",
        "cl",
        "Javiera Errázuriz <javiera.errazuriz@andes-seguros.example>",
        "Entrevista – Jefe de Cobranza",
        """Hola Martín:

Quedó agendada tu entrevista con Cristóbal Larraín, gerente comercial, el martes 4 de septiembre a las 11:00, hora de Santiago. Ojo que ese fin de semana se adelanta el reloj.

Nos vemos en Av. Apoquindo 3000, piso 12, Las Condes.

Saludos,
Javiera Errázuriz
Selección, Andes Seguros
""",
        "Wed, 29 Aug 2029 12:15:00 -0400",
        I,
        (2029, 9, 4, 11, 0, SCL),
        ["Cristóbal Larraín"],
    ),
    V(
        "es_cl_fields_b",
        "cl",
        "Javiera Errázuriz <javiera.errazuriz@andes-seguros.example>",
        "Confirmación de entrevista",
        """Hola Martín:

Te confirmo los datos de tu entrevista para Jefe de Cobranza:

Fecha: martes 04-09-2029
Hora: 11:00 hrs. (Chile continental)
Lugar: Av. Apoquindo 3000, piso 12
Entrevistador: Cristóbal Larraín, gerente comercial

Saludos cordiales,
Javiera
""",
        "Wed, 29 Aug 2029 12:15:00 -0400",
        I,
        (2029, 9, 4, 11, 0, SCL),
        ["Cristóbal Larraín"],
    ),
    V(
        "es_ec_convocatoria_a",
        "ec",
        "Talento Humano Cacao Andino <talento@cacaoandino.example>",
        "Invitación a entrevista – Asistente de Tesorería",
        """Estimada Andrea:

Reciba un atento saludo. Le invitamos a una entrevista para el cargo de Asistente de Tesorería el miércoles 6 de noviembre a las 9h30, en nuestras oficinas de Av. Francisco de Orellana, edificio Cacao, piso 4, Guayaquil.

La entrevista estará a cargo del Ing. Rafael Icaza (Gerente Financiero) y la Ec. Paola Coello (Talento Humano).

Agradecemos confirmar su asistencia.

Atentamente,
Talento Humano – Cacao Andino S.A.
""",
        "Wed, 30 Oct 2030 16:50:00 -0500",
        I,
        (2030, 11, 6, 9, 30, GYE),
        ["Paola Coello", "Rafael Icaza"],
    ),
    V(
        "es_ec_fields_b",
        "ec",
        "Talento Humano Cacao Andino <talento@cacaoandino.example>",
        "Entrevista – Asistente de Tesorería",
        """Estimada Andrea:

Por medio de la presente le convocamos a entrevista:

Fecha: 06/11/2030
Hora: 09h30
Lugar: Av. Francisco de Orellana, edificio Cacao, piso 4
Entrevistadores: Rafael Icaza, Paola Coello

Atentamente,
Talento Humano
""",
        "Wed, 30 Oct 2030 16:50:00 -0500",
        I,
        (2030, 11, 6, 9, 30, GYE),
        ["Paola Coello", "Rafael Icaza"],
    ),
]
EN = [
    V(
        "en_agency_lagos_a",
        "ng",
        "Folake Adeyinka <folake.adeyinka@lekkitalent.example>",
        "Confirmed: your interview with Okapi Ledger",
        """Dear Emeka,

Good news - Okapi Ledger want to see you in person for the Head of Engineering role.

Time: 11am (Lagos)
Day: Thursday 29 October
Address: Okapi House, 7 Akin Adesola Street, Victoria Island
Interviewing you: Chiamaka Obi (CTO) and Tunde Bakare (HR Director)

Leave early, the traffic on the island is unpredictable. Ring me once you are done.

Best,
Folake Adeyinka
Lekki Talent
""",
        "Thu, 22 Oct 2026 17:35:00 +0100",
        I,
        (2026, 10, 29, 11, 0, LOS),
        ["Chiamaka Obi", "Tunde Bakare"],
    ),
    V(
        "en_agency_lagos_b",
        "ng",
        "Folake Adeyinka <folake.adeyinka@lekkitalent.example>",
        "Okapi Ledger - Head of Engineering interview",
        """Hi Emeka,

All set: Okapi Ledger have booked your onsite interview for 29/10 at 11:00 WAT at Okapi House on Akin Adesola Street. The panel will be Chiamaka Obi, their CTO, and Tunde Bakare, who heads HR.

Call me after so we can debrief.

Folake
""",
        "Thu, 22 Oct 2026 17:35:00 +0100",
        I,
        (2026, 10, 29, 11, 0, LOS),
        ["Chiamaka Obi", "Tunde Bakare"],
    ),
    V(
        "en_lever_html_a",
        "van",
        "Salish Ferries <no-reply@hire.jobs-salish.example>",
        "Video interview booked - Fleet Planner",
        None,
        "Wed, 28 Oct 2026 11:05:10 -0700",
        I,
        (2026, 11, 4, 9, 0, VAN),
        ["Moira Lindqvist"],
        html="""<html><body><p>Hi Jasleen,</p>
<p>Your video interview for <b>Fleet Planner</b> is booked.</p>
<table><tr><td>Date</td><td>Wed, Nov 4, 2026</td></tr>
<tr><td>Time</td><td>9:00 AM - 9:45 AM Pacific</td></tr>
<tr><td>Interviewer</td><td>Moira Lindqvist, Fleet Operations Manager</td></tr>
<tr><td>Link</td><td>https://meet.google.com/abc-defg-hij</td></tr></table>
<p>The clocks change this weekend, so check your calendar.</p><p>Thanks,<br>Talent team</p></body></html>""",
    ),
    V(
        "en_lever_plain_b",
        "van",
        "Orla Kennedy <orla.kennedy@salishferries.example>",
        "Your interview with Salish Ferries",
        """Hi Jasleen,

You're confirmed for a 45-minute video interview for the Fleet Planner role at 9 AM PST on Wednesday, November 4th. You'll be speaking with Moira Lindqvist, our Fleet Operations Manager. Google Meet link: https://meet.google.com/abc-defg-hij

Cheers,
Orla Kennedy
Talent Partner
""",
        "Wed, 28 Oct 2026 11:05:10 -0700",
        I,
        (2026, 11, 4, 9, 0, VAN),
        ["Moira Lindqvist"],
    ),
    V(
        "en_mobile_reply_manila_a",
        "mnl",
        "Carlo Dimaculangan <carlo.dimaculangan@bayanihan-cx.example>",
        "Re: Operations Supervisor - final interview",
        """Noted po! Tomorrow 10am (Manila) at 8F One Ayala, Makati - just ask for me at reception. Our Site Director Maricel Tolentino will be joining.

Carlo

Sent from my iPhone

> On 4 Nov 2026, at 20:15, Angelica Dela Cruz <angelica.delacruz@example.com> wrote:
>
> Hi Carlo, Thursday morning works for my final interview. Thank you!
""",
        "Wed, 04 Nov 2026 21:47:00 +0800",
        I,
        (2026, 11, 5, 10, 0, MNL),
        ["Maricel Tolentino"],
    ),
    V(
        "en_mobile_reply_manila_b",
        "mnl",
        "Carlo Dimaculangan <carlo.dimaculangan@bayanihan-cx.example>",
        "Re: Operations Supervisor - final interview",
        """Hi Angelica, confirmed for your final interview on Thu Nov 5, 10:00 AM PHT, One Ayala 8F. Maricel Tolentino (Site Director) and I will see you there.

- Carlo
""",
        "Wed, 04 Nov 2026 21:47:00 +0800",
        I,
        (2026, 11, 5, 10, 0, MNL),
        ["Carlo Dimaculangan", "Maricel Tolentino"],
    ),
    V(
        "en_thread_pick_pt_a",
        "van",
        "Nadia Kowalczyk <nadia.kowalczyk@fraserwind.example>",
        "Re: Next steps - Grid Data Analyst",
        """Great, Wednesday 2pm Pacific it is. Our Head of Analytics, Raj Banerjee, will run the case session over Zoom; the invite is on its way.

Nadia

On Sun, Oct 25, 2026 at 7:02 PM Harpreet Gill <harpreet.gill@example.org> wrote:
> Hi Nadia, Wednesday suits me best, thanks.
>
> On Fri, Oct 23, 2026 at 3:30 PM Nadia Kowalczyk <nadia.kowalczyk@fraserwind.example> wrote:
>> Hi Harpreet, would either of these work for the case interview (Pacific time)?
>> - Tuesday, October 27, 10:00am
>> - Wednesday, October 28, 2:00pm
""",
        "Mon, 26 Oct 2026 09:41:00 -0700",
        I,
        (2026, 10, 28, 14, 0, VAN),
        ["Raj Banerjee"],
    ),
    V(
        "en_thread_pick_pt_b",
        "van",
        "Nadia Kowalczyk <nadia.kowalczyk@fraserwind.example>",
        "Re: Next steps - Grid Data Analyst",
        """Thanks Harpreet - booked you for the case interview on Oct 28 at 2 PM PT with Raj Banerjee (Head of Analytics). Zoom details in the calendar invite.

Nadia

> Wednesday works best for me. - Harpreet
""",
        "Mon, 26 Oct 2026 09:41:00 -0700",
        I,
        (2026, 10, 28, 14, 0, VAN),
        ["Raj Banerjee"],
    ),
    V(
        "en_forward_coordinator_a",
        "hfx",
        "Fiona Gillis <fiona.gillis@bluenose-marine.example>",
        "Fwd: Interview booked - Fisheries Data Analyst",
        """Colette, see below from our coordinator - all the details for your interview. See you then!
Fiona

---------- Forwarded message ---------
From: Keith Mombourquette <keith.mombourquette@bluenose-marine.example>
Date: Thu Nov 12, 2026 at 12:48 PM
Subject: Interview booked - Fisheries Data Analyst
To: Fiona Gillis <fiona.gillis@bluenose-marine.example>

Fiona,

Colette Arsenault is booked for her interview:
Time: 2:30 PM Atlantic
Date: Thursday, Nov 19, 2026
Place: Bluenose Marine, 200 Water St, Room 12, Halifax
Panel: Fiona Gillis, Dr. Omar Haddad

Keith Mombourquette
""",
        "Thu, 12 Nov 2026 14:05:00 -0400",
        I,
        (2026, 11, 19, 14, 30, HFX),
        ["Fiona Gillis", "Omar Haddad"],
    ),
    V(
        "en_forward_coordinator_b",
        "hfx",
        "Fiona Gillis <fiona.gillis@bluenose-marine.example>",
        "Fwd: Interview booked - Fisheries Data Analyst",
        """Forwarding so you have it all in one place.

-------- Original Message --------
Subject: Interview booked - Fisheries Data Analyst
Date: 2026-11-12 12:48
From: Keith Mombourquette <keith.mombourquette@bluenose-marine.example>

Hi Fiona, Colette Arsenault's interview is set for 19 November at 14:30 Halifax time in Room 12, 200 Water St. Interviewers: Fiona Gillis and Dr. Omar Haddad.
""",
        "Thu, 12 Nov 2026 14:05:00 -0400",
        I,
        (2026, 11, 19, 14, 30, HFX),
        ["Fiona Gillis", "Omar Haddad"],
    ),
    V(
        "en_case_milan_a",
        "rome",
        "Chiara Ferraresi <recruiting@navigli-advisory.example>",
        "Navigli Advisory - first-round case interviews",
        """Dear Marco,

We are pleased to invite you to first-round case interviews for the Consultant position, on Tuesday 27 October 2026 from 10:15 CET at our office, Corso di Porta Ticinese 60, Milan. There will be two 45-minute cases back to back, with Valentina Greco (Principal) and Luca Bianchi (Project Leader).

Bring a calculator.

Kind regards,
Chiara Ferraresi
Recruiting, Navigli Advisory
""",
        "Tue, 20 Oct 2026 18:00:00 +0200",
        I,
        (2026, 10, 27, 10, 15, ROM),
        ["Luca Bianchi", "Valentina Greco"],
    ),
    V(
        "en_case_milan_b",
        "rome",
        "Chiara Ferraresi <recruiting@navigli-advisory.example>",
        "Case interview confirmed - Consultant",
        """Dear Marco,

Your case interview is confirmed:

- When: 10:15, 27/10/2026
- Where: Corso di Porta Ticinese 60, Milan
- Interviewers: Valentina Greco, Luca Bianchi

Kind regards,
Navigli Advisory Recruiting
""",
        "Tue, 20 Oct 2026 18:00:00 +0200",
        I,
        (2026, 10, 27, 10, 15, ROM),
        ["Luca Bianchi", "Valentina Greco"],
    ),
    V(
        "en_resched_ats_a",
        "ba",
        "Mate Ledger <no-reply@ats.mateledger.example>",
        "Your interview with Mate Ledger has moved",
        """Hi Valeria,

Following our chat, your technical interview for Senior Backend Engineer has a new time:

New: Friday, October 30, 2026, 3:00 PM - 4:00 PM (Buenos Aires time)
Old: Tuesday, October 27, 2026, 11:00 AM - 12:00 PM

Interviewer: Ignacio Bustamante, Backend Lead
Meet: https://meet.google.com/abc-defg-hij

Thanks!
Camila
""",
        "Fri, 23 Oct 2026 18:50:00 -0300",
        I,
        (2026, 10, 30, 15, 0, BA),
        ["Ignacio Bustamante"],
    ),
    V(
        "en_resched_prose_b",
        "ba",
        "Camila Rinaldi <camila.rinaldi@mateledger.example>",
        "Rescheduled: technical interview",
        """Hi Valeria,

As agreed we've pushed your technical interview from Tuesday 27th to Friday 30th October at 15:00 ART. Ignacio Bustamante, our Backend Lead, will be your interviewer.

Thanks for being flexible,
Camila
""",
        "Fri, 23 Oct 2026 18:50:00 -0300",
        I,
        (2026, 10, 30, 15, 0, BA),
        ["Ignacio Bustamante"],
    ),
    V(
        "en_phone_screen_ct_a",
        "chi",
        "Kristin Halvorsen <kristin.halvorsen@prairiemutual.example>",
        "Phone screen on Thursday",
        """Hi Marcus,

Thanks for the quick reply! You're on my calendar for a half-hour phone screen for the Pricing Analyst opening - Thursday, October 22, 3pm Central. I'll ring the number on your resume.

Talk then,
Kristin Halvorsen
Technical Recruiter, Prairie Mutual
""",
        "Mon, 19 Oct 2026 11:07:00 -0500",
        I,
        (2026, 10, 22, 15, 0, CHI),
        ["Kristin Halvorsen"],
    ),
    V(
        "en_phone_screen_ct_b",
        "chi",
        "Kristin Halvorsen <kristin.halvorsen@prairiemutual.example>",
        "Pricing Analyst - phone screen",
        """Marcus - confirming our 30 min phone screen for the Pricing Analyst role:

Thu 10/22, 3:00-3:30 PM CDT
I'll call you.

Kristin Halvorsen | Technical Recruiter | Prairie Mutual
""",
        "Mon, 19 Oct 2026 11:07:00 -0500",
        I,
        (2026, 10, 22, 15, 0, CHI),
        ["Kristin Halvorsen"],
    ),
    V(
        "en_agency_sydney_a",
        "syd",
        "Mia Fitzgerald <mia.fitzgerald@harbourlight-talent.example>",
        "Coolabah Health - interview booked!",
        """Hi Jess,

Great news - Coolabah Health want to meet you for the Head of Patient Services role.

When: Fri 2/4 at 10:30am
Where: Level 12, 1 Bligh St, Sydney
Who: Angus McLeod (COO) and Priya Raman (GM Services)

I'll ring you Thursday arvo to prep.

Cheers,
Mia Fitzgerald
Harbourlight Talent
""",
        "Fri, 26 Mar 2027 16:02:00 +1100",
        I,
        (2027, 4, 2, 10, 30, SYD),
        ["Angus McLeod", "Priya Raman"],
    ),
    V(
        "en_agency_sydney_b",
        "syd",
        "Mia Fitzgerald <mia.fitzgerald@harbourlight-talent.example>",
        "Interview confirmed - Coolabah Health",
        """Hi Jess,

Coolabah Health have locked in your interview for the Head of Patient Services role at 10.30am on Friday 2 April at Level 12, 1 Bligh St. You'll meet Angus McLeod, their COO, and Priya Raman, GM Services.

Cheers,
Mia
""",
        "Fri, 26 Mar 2027 16:02:00 +1100",
        I,
        (2027, 4, 2, 10, 30, SYD),
        ["Angus McLeod", "Priya Raman"],
    ),
    V(
        "en_hm_pune_a",
        "kol",
        "Aditya Kulkarni <aditya.kulkarni@sahyadri-auto.example>",
        "Re: Data Science Lead - next step",
        """Hi Rohan,

Thanks for confirming. Let's meet on Wednesday 3rd March at 11:30 am at our Hinjewadi office (Sahyadri Auto, 5th floor, Phase 1). My colleague Pooja Deshpande from Finance will join us.

Do bring your laptop to walk us through the forecasting work.

Regards,
Aditya Kulkarni
Head - Data Science
""",
        "Fri, 26 Feb 2027 19:48:00 +0530",
        I,
        (2027, 3, 3, 11, 30, KOL),
        ["Aditya Kulkarni", "Pooja Deshpande"],
    ),
    V(
        "en_hm_pune_b",
        "kol",
        "Aditya Kulkarni <aditya.kulkarni@sahyadri-auto.example>",
        "Re: Data Science Lead - next step",
        """Hi Rohan,

Confirmed: interview at 11:30 IST on 03/03/2027, Sahyadri Auto, Hinjewadi Phase 1, 5th floor. Pooja Deshpande (Finance) and I will meet you.

Regards,
Aditya Kulkarni
Head - Data Science
""",
        "Fri, 26 Feb 2027 19:48:00 +0530",
        I,
        (2027, 3, 3, 11, 30, KOL),
        ["Aditya Kulkarni", "Pooja Deshpande"],
    ),
    V(
        "en_slot_pick_et_a",
        "us",
        "Helena Marchetti <helena.marchetti@brackenridge.example>",
        "Re: Brackenridge Capital - second interview scheduling",
        """Hi Tamika,

Wednesday at 3 it is - you're confirmed with Oliver Strand and Priyanka Mehta. Calendar hold on its way; same Zoom link as before.

Helena

On Fri, Mar 12, 2027 at 1:55 PM Tamika Jefferson <tamika.jefferson@example.com> wrote:
> Hi Helena, Wednesday 3/17 at 3pm ET would be best. Thanks!
>
> On Fri, Mar 12, 2027 at 10:14 AM Helena Marchetti <helena.marchetti@brackenridge.example> wrote:
> > Could you do Wed 3/17 at 3pm or Thu 3/18 at 11am ET for the second round?
""",
        "Fri, 12 Mar 2027 14:31:00 -0500",
        I,
        (2027, 3, 17, 15, 0, NY),
        ["Oliver Strand", "Priyanka Mehta"],
    ),
    V(
        "en_slot_pick_et_b",
        "us",
        "Helena Marchetti <helena.marchetti@brackenridge.example>",
        "Re: Brackenridge Capital - second interview scheduling",
        """Tamika - all set for your second interview on Wednesday, March 17 at 3:00 PM Eastern with Oliver Strand and Priyanka Mehta. Same Zoom link as last time.

Helena
""",
        "Fri, 12 Mar 2027 14:31:00 -0500",
        I,
        (2027, 3, 17, 15, 0, NY),
        ["Oliver Strand", "Priyanka Mehta"],
    ),
    V(
        "en_phone_melb_perth_a",
        "per",
        "Hamish Rutherford <hamish.rutherford@yarra-structures.example>",
        "Initial phone call - Senior Structural Engineer",
        """Hi Declan,

Thanks for your application for the Senior Structural Engineer position. I'd like to start with a phone interview.

I'll call you at 1pm Perth time (4pm in Melbourne) on Tuesday 16 March. Please set aside half an hour.

Regards,
Hamish Rutherford
Engineering Manager, Yarra Structures
""",
        "Thu, 11 Mar 2027 10:10:00 +1100",
        I,
        (2027, 3, 16, 13, 0, PER),
        ["Hamish Rutherford"],
    ),
    V(
        "en_phone_melb_perth_b",
        "per",
        "Hamish Rutherford <hamish.rutherford@yarra-structures.example>",
        "Phone interview Tuesday",
        """Hi Declan,

Booked in for our phone interview: Tue 16/3, 4:00pm AEDT (1:00pm AWST). I'll ring your mobile.

Hamish Rutherford
Yarra Structures
""",
        "Thu, 11 Mar 2027 10:10:00 +1100",
        I,
        (2027, 3, 16, 13, 0, PER),
        ["Hamish Rutherford"],
    ),
    V(
        "en_agency_cpt_a",
        "jhb",
        "Lerato Mokoena <lerato@lionshead-recruit.example>",
        "Interview confirmation: Fynbos Capital (Credit Risk Analyst)",
        """Hi Thandi

Confirming your interview with Fynbos Capital:

Time: 14h30
Date: Thu 04/03
Venue: 9 Bree Street, Cape Town (or Teams if you can't fly down)
Interviewers: Pieter de Villiers (Head of Credit), Zanele Dlamini (Risk Manager)

Send me your CV update by Monday please.

Kind regards
Lerato Mokoena
""",
        "Fri, 26 Feb 2027 15:45:00 +0200",
        I,
        (2027, 3, 4, 14, 30, JHB),
        ["Pieter de Villiers", "Zanele Dlamini"],
    ),
    V(
        "en_agency_cpt_b",
        "jhb",
        "Lerato Mokoena <lerato@lionshead-recruit.example>",
        "Fynbos Capital interview",
        """Hi Thandi, your interview at Fynbos Capital is booked for Thursday 4 March at 2.30pm SAST, 9 Bree Street. You'll be seeing Pieter de Villiers and Zanele Dlamini.

Lerato
""",
        "Fri, 26 Feb 2027 15:45:00 +0200",
        I,
        (2027, 3, 4, 14, 30, JHB),
        ["Pieter de Villiers", "Zanele Dlamini"],
    ),
    V(
        "en_founder_akl_a",
        "akl",
        "Wiremu Tane <wiremu@kawakawa-studio.example>",
        "Re: UX Researcher",
        """Kia ora Aroha,

Awesome, thanks for coming back to me. Let's do Wednesday 24 March at 2pm at our Kingsland studio, 12 New North Rd. It'll be me plus our design lead Mere Parata, roughly an hour. Bring a piece of research you're proud of.

Ngā mihi,
Wiremu Tane
Founder, Kawakawa Studio
""",
        "Fri, 19 Mar 2027 08:55:00 +1300",
        I,
        (2027, 3, 24, 14, 0, AKL),
        ["Mere Parata", "Wiremu Tane"],
    ),
    V(
        "en_founder_akl_b",
        "akl",
        "Wiremu Tane <wiremu@kawakawa-studio.example>",
        "Re: UX Researcher",
        """Kia ora Aroha - locked in for 2pm NZDT, Wed 24/3, Kingsland studio. Mere Parata (design lead) will sit in with me for the interview.

Wiremu
""",
        "Fri, 19 Mar 2027 08:55:00 +1300",
        I,
        (2027, 3, 24, 14, 0, AKL),
        ["Mere Parata", "Wiremu Tane"],
    ),
    V(
        "en_terse_la_a",
        "la",
        "Jordan Pike <jordan.pike@kelpforest-bio.example>",
        "Re: next round",
        """Done - Wed 3/31 10a PT, you + me + Sunita Rao (VP Eng), wrap by 11. Zoom link's in the invite.

-J
""",
        "Thu, 25 Mar 2027 12:14:00 -0700",
        I,
        (2027, 3, 31, 10, 0, LA),
        ["Jordan Pike", "Sunita Rao"],
    ),
    V(
        "en_terse_la_b",
        "la",
        "Jordan Pike <jordan.pike@kelpforest-bio.example>",
        "Re: next round",
        """You're booked for the next round on Wednesday 3/31 at 10am Pacific with Sunita Rao, our VP Engineering, and me. Zoom link in the invite.

Jordan
""",
        "Thu, 25 Mar 2027 12:14:00 -0700",
        I,
        (2027, 3, 31, 10, 0, LA),
        ["Jordan Pike", "Sunita Rao"],
    ),
]
NEG = [
    V(
        "neg_de_absage_termin",
        "ch",
        "Martina Keller <martina.keller@rheinfall-privatbank.example>",
        "Ihr Gespräch am Donnerstag, 1. April – leider abgesagt",
        """Guten Tag Frau Lüthi

Ich muss Ihnen leider mitteilen, dass das für Donnerstag, 1. April 2027, 10.30 Uhr geplante Vorstellungsgespräch nicht stattfinden kann, da Herr Vogt unerwartet ausfällt.

Das tut mir sehr leid. Ich melde mich mit neuen Terminvorschlägen, sobald er wieder im Haus ist.

Freundliche Grüsse
Martina Keller
HR, Rheinfall Privatbank AG
""",
        "Mon, 29 Mar 2027 08:20:00 +0200",
        Kind.INTERVIEW_CANCELLED,
    ),
    V(
        "neg_fr_annulation",
        "fr",
        "Delphine Roussel <delphine.roussel@dordogne-conseil.example>",
        "Entretien du 25 novembre annulé",
        """Bonjour Margaux,

Nous devons malheureusement annuler votre entretien du mercredi 25 novembre à 14h avec M. Patrice Lenoir : le poste de Consultante data a finalement été pourvu en interne.

Nous gardons votre dossier et reviendrons vers vous si un poste proche s'ouvre.

Cordialement,
Delphine Roussel
Recrutement – Dordogne Conseil
""",
        "Thu, 19 Nov 2026 10:05:00 +0100",
        Kind.INTERVIEW_CANCELLED,
    ),
    V(
        "neg_es_cancelacion",
        "es",
        "Selección Ebro Moda <seleccion@ebromoda.example>",
        "Anulamos la entrevista del miércoles 24 de marzo",
        """Hola Claudia:

Sentimos decirte que la entrevista que teníamos prevista el miércoles 24 de marzo a las 13:00 h con Jaume Roca queda anulada: hemos congelado el proceso para el puesto de Buyer.

Disculpa las molestias; si se reabre, te escribiremos.

Un saludo,
Selección – Ebro Moda
""",
        "Fri, 19 Mar 2027 13:10:00 +0100",
        Kind.INTERVIEW_CANCELLED,
    ),
    V(
        "neg_de_terminlink",
        "ch",
        "Aare Data AG <noreply@aaredata.example>",
        "Ihre Bewerbung – bitte buchen Sie Ihren Gesprächstermin",
        """Guten Tag Herr Zbinden

Danke für Ihre Bewerbung als Data Platform Engineer. Wir möchten Sie gern in einem kurzen Videocall (30 Min.) kennenlernen.

Suchen Sie sich dafür bitte über diesen Link einen freien Termin in den kommenden zehn Tagen aus:
https://termine.aaredata.example/kennenlernen/9c21

Freundliche Grüsse
Nadine Imhof
Recruiting
""",
        "Tue, 16 Mar 2027 09:05:00 +0100",
        Kind.SCHEDULING_REQUEST,
    ),
    V(
        "neg_de_terminvorschlaege",
        "de",
        "Svea Brandt <s.brandt@fleetkai-digital.example>",
        "Terminvorschläge für unser Kennenlerngespräch",
        """Hallo Herr Lüders,

danke für Ihre Bewerbung als Backend Developer. Wir würden Sie gern kennenlernen – hätten Sie an einem dieser Termine Zeit?

1) Mittwoch, 15.03., um 11 Uhr
2) Donnerstag, 16.03., um 14.30 Uhr

Viele Grüße
Svea Brandt
People, Fleetkai Digital
""",
        "Mon, 06 Mar 2028 14:30:00 +0100",
        Kind.SCHEDULING_REQUEST,
    ),
    V(
        "neg_fr_disponibilites",
        "be",
        "Aurore Lambotte <a.lambotte@meuse-mobilite.example>",
        "Candidature – un premier échange téléphonique ?",
        """Bonjour Monsieur Dethier,

Votre candidature nous intéresse. Quand seriez-vous disponible la semaine prochaine pour un premier entretien par téléphone d'environ trente minutes ?

Bien à vous,
Aurore Lambotte
Recrutement, Meuse Mobilité
""",
        "Wed, 08 Mar 2028 11:20:00 +0100",
        Kind.SCHEDULING_REQUEST,
    ),
    V(
        "neg_es_opciones",
        "cl",
        "Josefa Irarrázaval <j.irarrazaval@atacama-retail.example>",
        "Agendemos tu entrevista – Analista Comercial",
        """Hola Benjamín:

Queremos avanzar contigo a la etapa de entrevista para Analista Comercial. ¿Qué opción te viene mejor? (hora de Chile)

a) martes 13 de junio, 10:00
b) miércoles 14 de junio, 16:30

Saludos,
Josefa Irarrázaval – Selección, Atacama Retail
""",
        "Mon, 12 Jun 2028 10:00:00 -0400",
        Kind.SCHEDULING_REQUEST,
    ),
    V(
        "neg_de_absage",
        "de",
        "Elbdeich Versicherung AG <karriere@elbdeich.example>",
        "Ihre Bewerbung als Aktuar (m/w/d)",
        """Sehr geehrter Herr Brockmann,

danke für Ihre Bewerbung und das angenehme Gespräch in der vergangenen Woche.

Wir haben uns nach reiflicher Überlegung für einen anderen Bewerber entschieden und können Ihnen daher leider keine Zusage geben.

Ihre Daten löschen wir nach Ablauf von sechs Monaten. Alles Gute für Ihren weiteren Weg!

Mit freundlichen Grüßen
Recruiting Elbdeich Versicherung
""",
        "Mon, 16 Nov 2026 11:30:00 +0100",
        Kind.REJECTION,
    ),
    V(
        "neg_fr_refus",
        "be",
        "Escaut Énergie – Recrutement <recrutement@escaut-energie.example>",
        "Suite donnée à votre candidature",
        """Madame,

Merci d'avoir postulé au poste d'analyste trading et du temps accordé à nos entretiens.

Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue ; nous avons choisi un profil plus proche de nos besoins actuels.

Nous gardons vos coordonnées pour de futures opportunités.

Salutations distinguées,
Le service Recrutement
""",
        "Wed, 24 Mar 2027 14:44:00 +0100",
        Kind.REJECTION,
    ),
    V(
        "neg_es_rechazo",
        "uy",
        "Talento – Ciudad Vieja Seguros <talento@ciudadvieja.example>",
        "Tu postulación – Analista Actuarial",
        """Hola Lucía:

Gracias por el tiempo que dedicaste a las distintas instancias del proceso para Analista Actuarial.

Tras revisar todos los perfiles, resolvimos continuar con otra candidata que se ajusta más a lo que el equipo necesita hoy.

Guardamos tus datos para próximas búsquedas. ¡Muchos éxitos!

Equipo de Talento
""",
        "Mon, 05 Apr 2027 17:40:00 -0300",
        Kind.REJECTION,
    ),
    V(
        "neg_de_angebot",
        "at",
        "Lukas Steiner <lukas.steiner@murtal-software.example>",
        "Dein Vertragsangebot – Senior Frontend Developer",
        """Hallo Clemens,

wie vorhin am Telefon gesagt: wir möchten Dich sehr gern als Senior Frontend Developer bei Murtal Software an Bord holen!

Im Anhang der Dienstvertrag (EUR 71.000 brutto im Jahr, Start 1. Juli 2027, bis zu drei Tage Homeoffice). Schick ihn uns bitte unterschrieben bis 20. April zurück.

Liebe Grüße
Lukas Steiner
CTO, Murtal Software GmbH
""",
        "Tue, 06 Apr 2027 13:15:00 +0200",
        Kind.OFFER,
    ),
    V(
        "neg_es_oferta",
        "es",
        "Ainhoa Beltrán <abeltran@turia-logistica.example>",
        "Oferta de incorporación – Jefa de Tráfico",
        """Hola Sara:

¡Felicidades! Después de las entrevistas, queremos que te unas a Turia Logística como Jefa de Tráfico.

Adjunto la carta con lo que hablamos: 52.000 € brutos al año más variable, contrato indefinido y horario flexible. Nos gustaría tener tu respuesta antes del viernes 23 de abril.

Un abrazo,
Ainhoa
""",
        "Wed, 07 Apr 2027 11:25:00 +0200",
        Kind.OFFER,
    ),
    V(
        "neg_en_podcast",
        "ams",
        "Sanne de Wit <sanne@makers-talk.example>",
        "Makers Talk - recording your episode",
        """Hi Joost,

Thanks so much for saying yes to the show! We've booked your interview for Friday 27 November at 15:00 CET and will record it remotely on Riverside.

We'll chat about your open-source mapping tools. Around 40 minutes, lightly edited before release.

Sanne
Host, Makers Talk
""",
        "Wed, 18 Nov 2026 12:30:00 +0100",
        Kind.OTHER,
    ),
    V(
        "neg_en_cancel",
        "us",
        "Grace Whitfield <grace.whitfield@hollowbrook.example>",
        "Cancelling Thursday's interview",
        """Hi Tamika,

I'm sorry to say we need to cancel your interview for the Portfolio Analyst role on Thursday 3/18 at 11am ET - the position has been put on hold.

I'll reach out if it reopens.

Grace Whitfield
Recruiting, Hollowbrook Partners
""",
        "Fri, 12 Mar 2027 14:31:00 -0500",
        Kind.INTERVIEW_CANCELLED,
    ),
    V(
        "neg_en_slots",
        "chi",
        "Kristin Halvorsen <kristin.halvorsen@prairiemutual.example>",
        "Scheduling a phone screen - Pricing Analyst",
        """Hi Marcus,

Thanks for applying to the Pricing Analyst opening! I'd love to set up a 30-minute phone screen. Would any of these work (Central time)?

- Wed 10/21, 10:00am
- Thu 10/22, 3:00pm
- Fri 10/23, 1:30pm

Kristin Halvorsen
Technical Recruiter, Prairie Mutual
""",
        "Mon, 19 Oct 2026 11:07:00 -0500",
        Kind.SCHEDULING_REQUEST,
    ),
]


MORE = [
    V(
        "fr_ci_rappel_a",
        "ci",
        "Baobab Mines <no-reply@recrutement-baobab.example>",
        "Rappel – votre entretien demain",
        """Bonjour Mariam,

Nous vous rappelons que votre entretien pour le poste de Comptable senior se tiendra demain, mercredi 8 août, à 10 heures (heure d'Abidjan), à notre siège du Plateau.

Interlocuteur : Moussa Traoré (Directeur administratif et financier)

À demain,
Awa Koné
Baobab Mines
""",
        "Tue, 07 Aug 2029 15:00:00 +0000",
        I,
        (2029, 8, 8, 10, 0, ABJ),
        ["Moussa Traoré"],
    ),
    V(
        "fr_ci_rappel_b",
        "ci",
        "Awa Koné <awa.kone@baobab-mines.example>",
        "Votre entretien de demain – Comptable senior",
        """Bonjour Mariam,

Un petit rappel pour demain : entretien à 10h00 GMT, au siège du Plateau, pour le poste de Comptable senior. Vous serez reçue par M. Moussa Traoré, DAF.

Cordialement,
Awa Koné
Ressources humaines, Baobab Mines
""",
        "Tue, 07 Aug 2029 15:00:00 +0000",
        I,
        (2029, 8, 8, 10, 0, ABJ),
        ["Moussa Traoré"],
    ),
    V(
        "es_co_agencia_a",
        "co",
        "Natalia Gómez <natalia.gomez@cordillera-talento.example>",
        "¡Confirmada! Entrevista con Panela Viva – Jefe de Logística",
        """Hola Sebastián,

¡Qué buena noticia! Panela Viva te quiere conocer. La entrevista quedó así:

🕘 9 y media de la mañana (hora Colombia)
📅 viernes 25 de octubre
📍 Carrera 7 #71-21, piso 9
👥 Te reciben Mauricio Henao (Gerente de Logística) y Paula Zapata (Jefe de Compras)

Me cuentas cómo te va.

Natalia Gómez
Consultora | Cordillera Talento
""",
        "Fri, 18 Oct 2030 17:03:00 -0500",
        I,
        (2030, 10, 25, 9, 30, BOG),
        ["Mauricio Henao", "Paula Zapata"],
    ),
    V(
        "es_co_agencia_b",
        "co",
        "Natalia Gómez <natalia.gomez@cordillera-talento.example>",
        "Entrevista Panela Viva – confirmada",
        """Sebastián, te confirmo la entrevista con Panela Viva para el viernes 25 de octubre a las 9:30 a. m., en la Carrera 7 #71-21, piso 9. Vas a hablar con Mauricio Henao, gerente de Logística, y con Paula Zapata, jefe de Compras.

Éxitos,
Natalia
""",
        "Fri, 18 Oct 2030 17:03:00 -0500",
        I,
        (2030, 10, 25, 9, 30, BOG),
        ["Mauricio Henao", "Paula Zapata"],
    ),
    V(
        "es_ar_html_a",
        "ba",
        "Talento – Pampa Granos <talento@pampagranos.example>",
        "Entrevista – Analista de Logística",
        None,
        "Thu, 08 Mar 2029 12:00:00 -0300",
        I,
        (2029, 3, 15, 17, 0, BA),
        ["Julieta Ferraro", "Marcos Quiroga"],
        html="""<html><body><p>Hola Lucas,</p>
<p>Te invitamos a una entrevista para la búsqueda de Analista de Logística.</p>
<table><tr><td>Cuándo</td><td>jueves 15 de marzo, 17 hs (hora argentina)</td></tr>
<tr><td>Modalidad</td><td>Google Meet (te enviamos el enlace)</td></tr>
<tr><td>Entrevistadores</td><td>Julieta Ferraro (Jefa de Logística), Marcos Quiroga (Talento)</td></tr></table>
<p>Confirmanos tu asistencia respondiendo este mail.</p><p>¡Saludos!</p></body></html>""",
    ),
    V(
        "es_ar_prose_b",
        "ba",
        "Julieta Ferraro <julieta.ferraro@pampagranos.example>",
        "Entrevista – Analista de Logística",
        """Hola Lucas, ¿cómo andás?

Te escribo para invitarte a la entrevista por la búsqueda de Analista de Logística: el jueves 15 de marzo a las 5 de la tarde, por Meet. La hacemos con Marcos Quiroga, de Talento, y yo.

Confirmame si te queda bien.

Julieta Ferraro
Jefa de Logística – Pampa Granos
""",
        "Thu, 08 Mar 2029 12:00:00 -0300",
        I,
        (2029, 3, 15, 17, 0, BA),
        ["Julieta Ferraro", "Marcos Quiroga"],
    ),
]


INTERVIEWS: tuple[Variant, ...] = (*DE, *FR, *ES, *EN, *MORE)

# Variants still read wrongly, each naming its family; a fix makes the strict mark fail.
GAPS: dict[str, str] = {
    "es_co_agencia_a": "an agency's client read as an interviewer ('entrevista con Panela Viva'); people as sentence subjects ('Te reciben X y Y', family owned elsewhere)",
    "es_co_agencia_b": "an agency's client read as an interviewer ('te confirmo la entrevista con Panela Viva')",
    "es_ar_prose_b": "family owned elsewhere: the writer who will interview ('La hacemos con X y yo')",
    "de_personio_du_a": "family owned elsewhere: interviewers on labelled lines ('Wer?')",
    "en_agency_lagos_a": "family owned elsewhere: interviewers on labelled lines ('Interviewing you:')",
    "de_personio_du_b": "family owned elsewhere: interviewers as sentence subjects ('Mit Dir sprechen X und Y')",
    "fr_confirmation_prose_b": "family owned elsewhere: interviewers as sentence subjects ('X et Y vous recevront')",
    "fr_lu_prose_b": "family owned elsewhere: interviewers as sentence subjects ('X y participera avec moi')",
    "es_bogota_meet_a": "family owned elsewhere: interviewers as sentence subjects ('Te acompañarán X y Y')",
    "fr_teams_text_a": "family owned elsewhere: interviewers as sentence subjects ('Nous serons deux : X et moi-même')",
    "de_teams_neben_mir_a": "family owned elsewhere: German 'X und Y sind dabei'",
    "es_ec_convocatoria_a": "family owned elsewhere: title word before a name ('del Ing. X', 'la Ec. Y')",
    "en_founder_akl_a": "family owned elsewhere: a reply settling one time with words outside the confirmation list ('Let's do Wednesday')",
    "en_terse_la_a": "family owned elsewhere: a reply settling one time with words outside the confirmation list ('Done - Wed 3/31 10a PT')",
    "fr_teams_reply_b": "family owned elsewhere: French/Spanish interview noun without hiring context ('RE: Entretien – Juriste', 'c'est entendu')",
    "fr_re_visio_a": "family owned elsewhere: a single-time ask ('Seriez-vous disponible ... ?')",
    "de_ats_bullets_b": "family owned elsewhere: interviewers as sentence subjects ('Seitens X sprechen Y und Z mit Dir')",
    "es_madrid_prose_a": "family owned elsewhere: interviewers as sentence subjects ('Estarán contigo X y Y')",
    "de_zweites_gespraech_b": "family owned elsewhere: interviewers as sentence subjects ('Frau X ... wird mit mir das Gespräch führen')",
}


def read(v: Variant) -> Understanding:
    """Understand one variant as mail sent to its user."""
    address, name, zone, order = USERS[v.user]
    if v.body is None:
        assert v.html is not None
        raw = _html_only(v, f"{name} <{address}>")
    else:
        raw = mail(
            sender=v.sender, subject=v.subject, body=v.body, to=f"{name} <{address}>", date=v.date
        )
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


def _html_only(v: Variant, to: str) -> bytes:
    """A message whose only body is HTML, as some applicant tracking systems send."""
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Date"] = v.sender, to, v.subject, v.date
    msg["Message-ID"] = "<para2.1@mail.example.net>"
    msg.set_content(v.html or "", subtype="html")
    return msg.as_bytes(policy=SMTP)


def cases(variants: Sequence[Variant]) -> list[object]:
    """Variants as parameters, the open gaps marked as strict expected failures."""
    return [
        pytest.param(v, id=v.key, marks=pytest.mark.xfail(strict=True, reason=GAPS[v.key]))
        if v.key in GAPS
        else pytest.param(v, id=v.key)
        for v in variants
    ]


def test_sample_size() -> None:
    """Ninety-two interview variants (sixty-two in German, French or Spanish), fifteen others."""
    keys = [v.key for v in (*INTERVIEWS, *NEG)]
    assert len(INTERVIEWS) >= 92 and len(NEG) >= 15
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("v", cases(INTERVIEWS))
def test_interview_variant(v: Variant) -> None:
    """A reworded interview is read as one, at its start, with its named interviewers."""
    u = read(v)
    assert v.when is not None
    y, mo, d, h, mi, zone = v.when
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    assert sorted_names(u) == v.names


@pytest.mark.parametrize("v", cases(NEG))
def test_other_variant(v: Variant) -> None:
    """A reworded cancellation, request, rejection, offer or trap keeps its kind."""
    assert read(v).kind is v.kind


# --- The families fixed for these variants, each with neighbours and near misses ---------


def _read(
    user: str, sender: str, subject: str, body: str, date: str = "Mon, 02 Mar 2026 09:00:00 +0100"
) -> Understanding:
    """Understand one plain message sent to a user of the table above."""
    return read(Variant("probe", user, sender, subject, body, date, Kind.OTHER))


ES_HR = "Laia Puig <laia.puig@olivar-datos.example>"
DE_HR = "Katrin Moll <katrin.moll@birkenhain.example>"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Tras revisar todos los perfiles, resolvimos continuar con otra candidata para el puesto de Analista.",
            Kind.REJECTION,
        ),
        (
            "Después de las entrevistas, optamos por avanzar con otro perfil para la vacante de Analista.",
            Kind.REJECTION,
        ),
        (
            "Nos encantaría que te incorporaras a Olivar Datos como Analista de Riesgos. Adjunto la carta.",
            Kind.OFFER,
        ),
        (
            "Tras las entrevistas, queremos que te unas al equipo de Olivar Datos como Jefa de Proyecto.",
            Kind.OFFER,
        ),
        (
            "Queremos avanzar con tu candidatura. ¿Cuál de estas fechas te viene mejor para la entrevista?\n- martes 10 de marzo, 10:00\n- jueves 12 de marzo, 16:00",
            Kind.SCHEDULING_REQUEST,
        ),
        (
            "Gracias por tu candidatura. ¿Qué horario le queda mejor para una entrevista telefónica la semana próxima?",
            Kind.SCHEDULING_REQUEST,
        ),
    ],
)
def test_spanish_outcome_wording(body: str, kind: Kind) -> None:
    """Spanish rejections, offers and option asks in the simple past and other verbs."""
    assert _read("es", ES_HR, "Tu candidatura – Analista", body).kind is kind


@pytest.mark.parametrize(
    "body",
    [
        # Going on with the user's own candidacy is no rejection.
        "Decidimos continuar con tu candidatura: te escribiré para agendar la entrevista.",
        # A talent community is not a job: no role after "como".
        "Queremos que te unas a nuestra comunidad de talento para recibir nuevas vacantes.",
    ],
)
def test_spanish_outcome_near_misses(body: str) -> None:
    """Going on with the user's process or joining a talent pool is no rejection or offer."""
    assert _read("es", ES_HR, "Tu candidatura – Analista", body).kind not in (
        Kind.REJECTION,
        Kind.OFFER,
    )


@pytest.mark.parametrize(
    ("user", "sender", "subject", "body", "when"),
    [
        (
            "de",
            DE_HR,
            "Vorstellungsgespräch – Controller (m/w/d)",
            "Hallo Herr Lenz,\n\nwir treffen uns am Dienstag, 10.03.2026, um 11 Uhr zum Vorstellungsgespräch in unserem Büro.\n\nViele Grüße\nKatrin Moll",
            (2026, 3, 10, 11, 0, BER),
        ),
        (
            "de",
            DE_HR,
            "Ihr Vorstellungsgespräch",
            "Hallo Herr Lenz,\n\nhier die Eckdaten zu Ihrem Vorstellungsgespräch:\n\n* Mittwoch, 11.03.2026\n* 14 Uhr\n\nViele Grüße\nKatrin Moll",
            (2026, 3, 11, 14, 0, BER),
        ),
        (
            "de",
            DE_HR,
            "Zweites Gespräch – Controller (m/w/d)",
            "Hallo Herr Lenz,\n\nwie vereinbart kommt hier der Termin für das zweite Gespräch: Donnerstag, 12.03.2026, 9:30 Uhr.\n\nViele Grüße\nKatrin Moll",
            (2026, 3, 12, 9, 30, BER),
        ),
        (
            "de",
            DE_HR,
            "Ihr Gespräch bei Birkenhain",
            "Guten Tag Herr Lenz,\n\ngerne bestätige ich Ihnen das Gespräch für die Stelle Controller:\n\nWann: Fr, 13.03.2026, 10.00 Uhr\n\nFreundliche Grüsse\nKatrin Moll",
            (2026, 3, 13, 10, 0, BER),
        ),
        (
            "de",
            DE_HR,
            "Einladung – Controller (m/w/d)",
            "Hallo Herr Lenz,\n\ngern lade ich Sie zu einer zweiten Gesprächsrunde am 16.03.2026 um 15 Uhr ein.\n\nViele Grüße\nKatrin Moll",
            (2026, 3, 16, 15, 0, BER),
        ),
        (
            "es",
            ES_HR,
            "Entrevista – Analista",
            "Hola Irene:\n\nTe espero el martes 10 de marzo a las 12:30 en nuestra oficina para la entrevista del puesto de Analista.\n\nUn saludo,\nLaia",
            (2026, 3, 10, 12, 30, MAD),
        ),
        (
            "es",
            ES_HR,
            "Entrevista técnica – Analista",
            "Hola Irene:\n\nTe comparto los detalles de la entrevista técnica:\n\n• Miércoles 11/03/2026\n• 16:00 h\n\nUn saludo,\nLaia",
            (2026, 3, 11, 16, 0, MAD),
        ),
    ],
)
def test_confirmation_wording(
    user: str, sender: str, subject: str, body: str, when: tuple[int, int, int, int, int, str]
) -> None:
    """German and Spanish confirmations said with other verbs read as interviews at their time."""
    u = _read(user, sender, subject, body)
    y, mo, d, h, mi, zone = when
    assert start(u) == dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("user", "sender", "subject", "body"),
    [
        # Meeting again some day is a goodbye, not a booking.
        (
            "de",
            DE_HR,
            "Ihre Bewerbung als Controller",
            "Hallo Herr Lenz,\n\nleider haben wir uns für eine andere Person entschieden. Vielleicht treffen wir uns gerne wieder, wenn eine Stelle frei wird.\n\nViele Grüße",
        ),
        # Times to choose from, not one settled.
        (
            "de",
            DE_HR,
            "Ihre Bewerbung als Controller",
            "Hallo Herr Lenz,\n\nhier die Terminvorschläge für Ihr Vorstellungsgespräch:\n- Di, 10.03., 11 Uhr\n- Mi, 11.03., 14 Uhr\nWelcher Termin passt Ihnen?\n\nViele Grüße",
        ),
        # "An dieser Stelle" is "at this point", and the talk is with a landlord.
        (
            "de",
            "Hausverwaltung Erle <info@hv-erle.example>",
            "Wohnungsübergabe",
            "Hallo Herr Lenz,\n\nan dieser Stelle bestätige ich Ihnen das Gespräch zur Wohnungsübergabe am 10.03.2026 um 10 Uhr.\n\nGrüße",
        ),
    ],
)
def test_confirmation_near_misses(user: str, sender: str, subject: str, body: str) -> None:
    """A goodbye, a choice of times and a landlord's talk are no interview."""
    assert _read(user, sender, subject, body).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("user", "body", "when"),
    [
        (
            "per",
            "I'll call you at 1pm Perth time (4pm in Melbourne) on Tuesday 10 March for the phone interview.",
            (2026, 3, 10, 13, 0, PER),
        ),
        (
            "us",
            "Your interview is confirmed for Tuesday, March 10 at 2pm in London, at our Shoreditch office.",
            (2026, 3, 10, 14, 0, "Europe/London"),
        ),
        (
            "us",
            "Your interview is confirmed for Tuesday, March 10 at 10am in Sydney Park, by the gate.",
            (2026, 3, 10, 10, 0, NY),
        ),
        (
            "co",
            "Te confirmo la entrevista el martes 10 de marzo a las 10:00 en Madrid, en nuestra sede.",
            (2026, 3, 10, 10, 0, MAD),
        ),
    ],
)
def test_place_after_time_names_its_clock(
    user: str, body: str, when: tuple[int, int, int, int, int, str]
) -> None:
    """A known place right after a time gives its clock; a place followed by a name (a park) does not."""
    u = _read(
        user,
        "Jo Hale <jo.hale@tarn-analytics.example>",
        "Interview – Data Analyst",
        body,
        "Mon, 02 Mar 2026 09:00:00 -0500",
    )
    y, mo, d, h, mi, zone = when
    assert start(u) == dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("user", "body", "names"),
    [
        (
            "us",
            "Your interview is booked for Tuesday, March 10 at 2pm ET. You'll be seeing Jane Roe and Raj Patel.",
            ["Jane Roe", "Raj Patel"],
        ),
        (
            "us",
            "We confirm your case interviews on Tuesday, March 10 from 2pm ET, two cases back to back, with Jane Roe (Principal) and Raj Patel (Manager).",
            ["Jane Roe", "Raj Patel"],
        ),
        (
            "fr",
            "Votre entretien aura lieu le 10/03/2026 de 10 à 11 h, au 5 rue Haute à Paris, avec Jeanne Roux, directrice data.",
            ["Jeanne Roux"],
        ),
        # No person after the words: nobody is named.
        (
            "us",
            "Your interview is booked for Tuesday, March 10 at 2pm ET. You'll be seeing Slack invites from us.",
            [],
        ),
        ("us", "Your interview is booked for Tuesday, March 10 at 2pm ET, with Acme Labs.", []),
    ],
)
def test_interviewers_after_seeing_and_a_clause(user: str, body: str, names: list[str]) -> None:
    """People after "you'll be seeing" or after the interview's clause and "with"/"avec" are its interviewers."""
    u = _read(
        user,
        "Jo Hale <jo.hale@tarn-analytics.example>",
        "Interview – Data Analyst",
        body,
        "Mon, 02 Mar 2026 09:00:00 -0500",
    )
    assert sorted_names(u) == names


def test_french_participle_is_not_the_sender_applying() -> None:
    """ "Merci d'avoir postulé" thanks the user for applying; the sender is not the candidate."""
    body = (
        "Bonjour Justine,\n\nMerci d'avoir postulé. Je vous confirme votre entretien le mardi 10 mars à 10h "
        "avec Jeanne Roux, directrice data.\n\nBien cordialement,\nLéa Martin, Recrutement"
    )
    u = _read(
        "fr", "Léa Martin <lea.martin@tarn-analytics.example>", "Entretien – Data analyst", body
    )
    assert start(u) == dt.datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo(PAR))


def test_spanish_applicant_still_applies() -> None:
    """ "Postulé al puesto" from a candidate still says the sender applied (the user hires)."""
    body = (
        "Hola Irene:\n\nPostulé al puesto de Analista y gracias por la invitación a la entrevista "
        "el martes 10 de marzo a las 10:00. Allí estaré.\n\nSaludos,\nBruno Vega"
    )
    u = _read("es", "Bruno Vega <bruno.vega@example.org>", "Re: Entrevista – Analista", body)
    assert u.kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("user", "body", "when"),
    [
        (
            "es",
            "Te confirmo la entrevista:\n\n📅 viernes 13 de marzo\n🕘 9 y media de la mañana\n📍 Calle Mayor 3",
            (2026, 3, 13, 9, 30, MAD),
        ),
        (
            "es",
            "Te confirmo la entrevista el viernes 13 de marzo, 4 y media de la tarde, en la calle Mayor 3.",
            (2026, 3, 13, 16, 30, MAD),
        ),
        (
            "us",
            "Your interview is confirmed for Friday, March 13, half past two in the afternoon ET.",
            (2026, 3, 13, 14, 30, NY),
        ),
    ],
)
def test_word_clock_with_a_part_of_day(
    user: str, body: str, when: tuple[int, int, int, int, int, str]
) -> None:
    """A clock in words followed by a part of the day needs no "at" before it."""
    u = _read(
        user,
        "Jo Hale <jo.hale@tarn-analytics.example>",
        "Interview – Data Analyst",
        body,
        "Mon, 02 Mar 2026 09:00:00 -0500",
    )
    y, mo, d, h, mi, zone = when
    assert start(u) == dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def test_word_clock_needs_a_lead_or_a_part_of_day() -> None:
    """ "2 y media" alone (two and a half of something) is no clock."""
    from daemon.understand._dates import find_times
    from daemon.understand._lexicon import default_lexicon

    assert find_times("Son 2 y media horas de trayecto.", default_lexicon()) == []


@pytest.mark.parametrize(
    ("body", "interview"),
    [
        # A company named "... Viva" is no thesis viva.
        (
            "Te confirmo la entrevista con Mauricio Henao de Panela Viva el viernes 13 de marzo a las 9:30, en la Carrera 7.",
            True,
        ),
        # A viva in lower case still is one.
        (
            "Dear Alex,\n\nYour viva is confirmed for Friday 13 March at 2pm with Prof. Jane Roe and Dr Raj Patel.",
            False,
        ),
        (
            "Dear Alex,\n\nYour PhD Viva is confirmed for Friday 13 March at 2pm with Prof. Jane Roe.",
            False,
        ),
    ],
)
def test_viva_only_as_a_thesis_defence(body: str, interview: bool) -> None:
    """ "Viva" inside a company's name does not make the interview a thesis defence."""
    es = "Te " in body
    subject = "Entrevista – Jefe de Logística" if es else "Your viva"
    u = _read("es" if es else "us", "Jo Hale <jo.hale@tarn-analytics.example>", subject, body)
    assert (u.kind is Kind.INTERVIEW) is interview
