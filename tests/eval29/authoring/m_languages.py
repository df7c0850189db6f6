"""German, French, Spanish, Italian, Dutch and Portuguese threads by local senders."""

from __future__ import annotations

from tests.eval29.authoring.kit import (
    AMANDINE,
    AUTO,
    EUSEBIO,
    GIOVANNA,
    IPHONE,
    JORIS,
    KONSTANTIN,
    LEONOR,
    LUDOVIC,
    MAGALIE,
    MARIEKE,
    OTTAVIO,
    PALOMA,
    REMEDIOS,
    SIBYLLE,
    TEODORO,
    ULRIKE,
    XIMENA,
    bulk,
    de,
    dh,
    es,
    fr,
    it,
    lab,
    lq,
    nl,
    note,
    person,
    pt,
    say,
    vendor,
)


def _head(lang: str, local: str, name: str) -> str:
    """A localised attribution line with a numeric date (as Apple Mail and Outlook write)."""
    day, time = local.split(" ")
    y, m, dd = day.split("-")
    if lang == "de":
        return f"Am {dd}.{m}.{y} um {time} schrieb {name}:"
    if lang == "fr":
        return f"Le {dd}/{m}/{y} à {time}, {name} a écrit :"
    if lang == "es":
        return f"El {dd}/{m}/{y} a las {time}, {name} escribió:"
    if lang == "it":
        return f"Il giorno {dd}/{m}/{y} alle ore {time} {name} ha scritto:"
    if lang == "nl":
        return f"Op {dd}-{m}-{y} om {time} schreef {name}:"
    return f"Em {dd}/{m}/{y}, às {time}, {name} escreveu:"


BER, VIE, ZRH = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"
PAR, BRU = "Europe/Paris", "Europe/Brussels"

# --- German ------------------------------------------------------------------------------
_S_G1 = "2048-01-23 15:00"
_g1 = say(
    ULRIKE,
    "passt-donnerstag-kreuzberg-du",
    "interview",
    other=("Jannik Oberländer", "jannik@landwehrkanal-mobility.example"),
    subject="Kennenlernen bei Landwehrkanal Mobility",
    when="2048-01-20 18:12",
    top="""Hi Ulrike,

passt! Dann Donnerstag um 15 Uhr bei uns im Büro (Skalitzer Str. 85, 3. OG, einfach
klingeln). Mit dabei sind ich und unsere Head of Engineering, Merle Kaminski. Plan mal so
eine Stunde ein.

Bis Donnerstag!
Jannik
Gründer, Landwehrkanal Mobility""",
    quotes=(
        lq(
            _head(
                "de", "2048-01-20 16:40", "Ulrike Fahrenholz-Ansah <ulrike.fahrenholz@example.com>"
            ),
            f"""Hallo Jannik,

danke für die schnelle Antwort! Am {de(_S_G1, False)} hätte ich ab 14 Uhr Zeit.

Viele Grüße
Ulrike""",
        ),
    ),
    label=lab(
        _S_G1,
        BER,
        None,
        company="Landwehrkanal Mobility",
        who=["Jannik", "Merle Kaminski"],
        emails=["jannik@landwehrkanal-mobility.example"],
        notes="Start-up founder in du-form; the founder (first name only) and his engineering head.",
    ),
)

_S_G2 = "2048-03-03 10:00"
_g2 = say(
    KONSTANTIN,
    "bestaetige-termin-dienstag-wien",
    "interview",
    other=("Mag. Brigitte Haselsteiner", "b.haselsteiner@donaustadt-energie.example"),
    subject="AW: Einladung zum Vorstellungsgespräch - Controller (m/w/d)",
    when="2048-02-25 08:20",
    mine=True,
    top=f"""Sehr geehrte Frau Mag. Haselsteiner,

vielen Dank für die Einladung. Hiermit bestätige ich gerne den Termin am
{de(_S_G2)} um 10:00 Uhr in der Wagramer Straße.

Mit freundlichen Grüßen
Konstantin Wöhrle""",
    quotes=(
        lq(
            _head(
                "de",
                "2048-02-24 15:02",
                "Brigitte Haselsteiner <b.haselsteiner@donaustadt-energie.example>",
            ),
            f"""Sehr geehrter Herr Wöhrle,

wir laden Sie herzlich zu einem Vorstellungsgespräch am {de(_S_G2)} um 10:00 Uhr
ein. Das Gespräch führen Herr DI Florian Ebner (Leitung Controlling) und ich.

Mit freundlichen Grüßen
Brigitte Haselsteiner, Personalabteilung
Donaustadt Energie GmbH""",
        ),
    ),
    label=lab(
        _S_G2,
        VIE,
        None,
        company="Donaustadt Energie",
        role="Controller",
        who=["Florian Ebner", "Brigitte Haselsteiner"],
        emails=["b.haselsteiner@donaustadt-energie.example"],
        notes="The user's confirmation; the HR writer says she conducts the interview too.",
    ),
)

_OLD_G3, _S_G3 = "2048-03-12 09:00", "2048-03-18 14:00"
_g3 = say(
    SIBYLLE,
    "terminverschiebung-gespraech-zuerich",
    "interview",
    other=("Reto Bachmann", "reto.bachmann@wipkingen-versicherung.example"),
    subject="Terminverschiebung Gespräch vom 12.03.",
    when="2048-03-06 11:45",
    reply=False,
    top=f"""Grüezi Frau Zwahlen

Leider müssen wir das Gespräch vom 12.03. verschieben, da Frau Gisler an diesem Tag
kurzfristig verhindert ist. Neuer Termin: {de(_S_G3, False)}, 14.00 Uhr, bei uns an der
Löwenstrasse 12, 4. Stock. Teilnehmen werden Frau Andrea Gisler (Leiterin Schaden) und
ich.

Freundliche Grüsse
Reto Bachmann
HR Business Partner, Wipkingen Versicherung AG""",
    label=lab(
        _S_G3,
        ZRH,
        None,
        company="Wipkingen Versicherung",
        who=["Andrea Gisler", "Reto Bachmann"],
        emails=["reto.bachmann@wipkingen-versicherung.example"],
        notes="Moved from 12.03. 09:00 to 18.03. 14:00; Swiss spelling without ß.",
    ),
)

_S_G4 = "2048-02-13 11:00"
_g4 = say(
    ULRIKE,
    "termin-entfaellt-geschaeftsfuehrer-krank",
    "interview_cancelled",
    other=("Katrin Voß", "k.voss@havelblick-verlag.example"),
    subject="Ihr Vorstellungsgespräch am Donnerstag",
    when="2048-02-11 09:30",
    top="""Liebe Frau Fahrenholz-Ansah,

leider entfällt der Termin am Donnerstag um 11 Uhr, da unser Geschäftsführer Herr Lindner
erkrankt ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Entschuldigen Sie die Umstände!

Herzliche Grüße
Katrin Voß
Havelblick Verlag""",
    quotes=(
        lq(
            _head("de", "2048-02-05 10:00", "Katrin Voß <k.voss@havelblick-verlag.example>"),
            "Wir bestätigen Ihr Gespräch mit Herrn Lindner am 13.02. um 11:00 Uhr.",
        ),
    ),
    label=lab(
        _S_G4,
        BER,
        None,
        company="Havelblick Verlag",
        who=["Lindner"],
        notes="Cancelled (illness), new time to follow.",
    ),
)

_g4b = person(
    KONSTANTIN,
    "abwesenheitsnotiz-urlaub-wien",
    "auto_reply",
    frm=("Brigitte Haselsteiner", "b.haselsteiner@donaustadt-energie.example"),
    subject="Abwesenheitsnotiz: AW: Einladung zum Vorstellungsgespräch - Controller (m/w/d)",
    date=dh("2048-02-25 08:21", VIE),
    body="""Danke für Ihre Nachricht. Ich bin bis einschließlich 27.02. auf Urlaub und ab
2. März wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an
personal@donaustadt-energie.example.

Mit freundlichen Grüßen
Brigitte Haselsteiner""",
    extra=AUTO,
    label=note(
        "Austrian out-of-office answering the user's confirmation.", return_date="2048-03-02"
    ),
)

# --- French ------------------------------------------------------------------------------
_S_F1 = "2048-01-23 14:30"
_f1 = say(
    AMANDINE,
    "c-est-note-jeudi-rue-de-paradis",
    "interview",
    other=("Clémence Aubertin", "clemence.aubertin@paradis-communication.example"),
    subject="RE: Entretien - Chargée de communication",
    when="2048-01-17 17:05",
    top=f"""Bonjour Amandine,

C'est noté pour le {fr(_S_F1, False)} à 14h30, dans nos locaux au 32 rue de Paradis
(digicode 4719B, 2e étage). Vous rencontrerez notre directrice de clientèle, Hélène Marchais, et moi-même.

Bien à vous,
Clémence Aubertin
Responsable RH - Paradis Communication""",
    quotes=(
        lq(
            _head(
                "fr",
                "2048-01-17 12:10",
                "Amandine Rouquette-Zinsou <amandine.rouquette@example.com>",
            ),
            "Bonjour Madame Aubertin, je suis disponible jeudi après-midi. Bien cordialement, Amandine",
        ),
    ),
    label=lab(
        _S_F1,
        PAR,
        None,
        company="Paradis Communication",
        role="Chargée de communication",
        who=["Hélène Marchais", "Clémence Aubertin"],
        emails=["clemence.aubertin@paradis-communication.example"],
        notes="The HR writer takes part ('et moi-même').",
    ),
)

_S_F2 = "2048-02-18 13:30"
_f2 = say(
    MAGALIE,
    "entrevue-mardi-montreal-ymd",
    "interview",
    other=("Jean-Sébastien Gagnon", "js.gagnon@outremont-assurances.example"),
    subject="Entrevue - analyste en actuariat",
    when="2048-02-12 10:05",
    top="""Bonjour Magalie,

Parfait, on se voit le mardi 2048-02-18 à 13 h 30 à nos bureaux de la rue
Sherbrooke. Tu rencontreras Josée Pelletier et moi. Apporte une pièce d'identité pour
l'accueil.

Au plaisir,
Jean-Sébastien Gagnon
Conseiller en acquisition de talents, Outremont Assurances""",
    quotes=(
        lq(
            _head(
                "fr", "2048-02-11 19:40", "Magalie Tremblay-Houngbo <magalie.tremblay@example.org>"
            ),
            "Bonjour, mardi prochain en après-midi me conviendrait très bien. Merci!",
        ),
    ),
    label=lab(
        _S_F2,
        "America/Montreal",
        None,
        company="Outremont Assurances",
        who=["Josée Pelletier", "Jean-Sébastien Gagnon"],
        emails=["js.gagnon@outremont-assurances.example"],
        notes="Québec 'entrevue', year-first date, tutoiement; the sender takes part.",
    ),
)

_f3 = say(
    LUDOVIC,
    "mes-disponibilites-bruxelles",
    "scheduling_request",
    other=("Nathalie Dewandre", "n.dewandre@sablon-logistique.example"),
    subject="Vos disponibilités pour un entretien",
    when="2048-02-04 21:15",
    mine=True,
    top=f"""Bonjour Madame Dewandre,

Merci pour votre message. Je suis disponible le {fr("2048-02-10", False)} toute la
journée, ainsi que le mercredi matin jusqu'à 11h00.

Bien cordialement,
Ludovic Stévenart""",
    quotes=(
        lq(
            _head(
                "fr", "2048-02-04 14:20", "Nathalie Dewandre <n.dewandre@sablon-logistique.example>"
            ),
            "Pourriez-vous nous communiquer vos disponibilités pour un entretien la semaine prochaine ?",
        ),
    ),
    label=note("The user's own answer with availability; nothing agreed."),
)

_f4 = say(
    AMANDINE,
    "suite-a-notre-entretien-pas-favorable",
    "rejection",
    other=("Clémence Aubertin", "clemence.aubertin@paradis-communication.example"),
    subject="Suite à votre candidature",
    when="2048-01-31 16:40",
    reply=False,
    top="""Bonjour Amandine,

Nous vous remercions pour le temps que vous nous avez accordé lors de notre entretien.
Après réflexion, nous ne sommes malheureusement pas en mesure de donner une suite
favorable à votre candidature : nous avons retenu un profil plus expérimenté en relations
presse.

Nous vous souhaitons pleine réussite dans vos recherches.

Clémence Aubertin""",
    label=note("Rejection after the interview."),
)

_OLD_F5, _S_F5 = "2048-03-12 10:00", "2048-03-16 10:00"
_f5 = say(
    LUDOVIC,
    "report-entretien-lundi-dix-heures",
    "interview",
    other=("Nathalie Dewandre", "n.dewandre@sablon-logistique.example"),
    subject="Report de votre entretien",
    when="2048-03-09 12:15",
    reply=False,
    top=f"""Bonjour Monsieur Stévenart,

Suite à un imprévu, nous devons reporter votre entretien du jeudi 12 mars. Nous vous
proposons le {fr(_S_F5, False)} à 10h00, à la même adresse (avenue Louise 54). Sauf
contre-indication de votre part, nous considérons ce nouveau rendez-vous comme confirmé.
Vous serez reçu par Monsieur Olivier Vandenbroucke, directeur des opérations.

Cordialement,
Nathalie Dewandre
Sablon Logistique""",
    label=lab(
        _S_F5,
        BRU,
        None,
        company="Sablon Logistique",
        who=["Olivier Vandenbroucke"],
        notes="Moved to Monday 16 March, confirmed unless the user objects.",
    ),
)

# --- Spanish -----------------------------------------------------------------------------
_S_S1 = "2048-02-04 10:00"
_s1 = say(
    REMEDIOS,
    "te-esperamos-martes-chamberi",
    "interview",
    other=("Lucía Bermejo", "lucia.bermejo@chamberi-data.example"),
    subject="Re: Entrevista para el puesto de analista",
    when="2048-01-29 13:30",
    top=f"""¡Hola Remedios!

Perfecto, te esperamos el {es(_S_S1)} a las 10:00 en la oficina de Chamberí (calle
Santa Engracia 60, 2.º). Estaréis tú, yo y Álvaro Nieto, nuestro responsable de
analítica. Cualquier cosa me dices.

Un abrazo,
Lucía
Chamberí Data""",
    quotes=(
        lq(
            _head(
                "es",
                "2048-01-29 11:02",
                "Remedios Alcántara Frimpong <remedios.alcantara@example.com>",
            ),
            "Hola Lucía, el martes por la mañana me viene genial. ¡Gracias!",
        ),
    ),
    label=lab(
        _S_S1,
        "Europe/Madrid",
        None,
        company="Chamberí Data",
        role="Analista",
        who=["Lucía Bermejo", "Álvaro Nieto"],
        emails=["lucia.bermejo@chamberi-data.example"],
        notes="Tuteo; the sender takes part.",
    ),
)

_S_S2 = "2048-02-13 17:00"
_s2 = say(
    EUSEBIO,
    "quedamos-jueves-hora-del-centro",
    "interview",
    other=("Lic. Mariana Ochoa", "mariana.ochoa@grupo-ajusco.example"),
    subject="Confirmación de entrevista - Gerente de Compras",
    when="2048-02-10 12:40",
    top=f"""Estimado Eusebio:

Con gusto, quedamos el {es(_S_S2)} a las 17:00 hrs (hora del centro de México) en
nuestras oficinas de Insurgentes Sur 1602, piso 9. Lo atenderán el Ing. Rodrigo Salcedo,
Director de Operaciones, y una servidora.

Favor de traer identificación oficial.

Saludos cordiales,
Lic. Mariana Ochoa
Atracción de Talento, Grupo Ajusco""",
    quotes=(
        lq(
            _head(
                "es", "2048-02-09 20:15", "Eusebio Landázuri Mensah <eusebio.landazuri@example.net>"
            ),
            "Buenas noches, Lic. Ochoa. El jueves por la tarde me acomoda perfecto.",
        ),
    ),
    label=lab(
        _S_S2,
        "America/Mexico_City",
        "America/Mexico_City",
        company="Grupo Ajusco",
        role="Gerente de Compras",
        who=["Rodrigo Salcedo", "Mariana Ochoa"],
        emails=["mariana.ochoa@grupo-ajusco.example"],
        notes="'Una servidora' counts the sender; 'hora del centro de México' names the zone.",
    ),
)

_s3 = say(
    XIMENA,
    "oferta-jefa-proyectos-santiago",
    "offer",
    other=("Cristóbal Errázuriz", "cerrazuriz@andes-ingenieria.example"),
    subject="Oferta - Jefa de Proyectos",
    when="2048-03-05 18:10",
    reply=False,
    top="""Estimada Ximena:

Junto con saludar, y tal como conversamos por teléfono, tenemos el agrado de ofrecerte
el cargo de Jefa de Proyectos en Andes Ingeniería, con una renta bruta mensual de
$3.400.000, contrato indefinido y fecha de ingreso a convenir. Adjunto la carta oferta.

Quedo atento a tus comentarios.

Cristóbal Errázuriz
Gerente de Personas""",
    label=note("Chilean offer after a phone call."),
)

_s4 = say(
    PALOMA,
    "disponibilidad-entrevista-bogota",
    "scheduling_request",
    other=("Andrés Felipe Rojas", "andres.rojas@sabana-salud.example"),
    subject="Disponibilidad para entrevista - Coordinadora de Calidad",
    when="2048-02-17 09:20",
    reply=False,
    top="""Buenos días, Paloma:

Su hoja de vida avanzó en nuestro proceso. ¿Nos podría indicar su disponibilidad para
una entrevista virtual esta semana o la próxima, en horario de 8:00 a. m. a 5:00 p. m.?

Quedamos atentos.

Andrés Felipe Rojas
Gestión Humana, Sabana Salud IPS""",
    label=note("Asks for availability."),
)

_s5 = vendor(
    REMEDIOS,
    "recordatorio-cita-dentista-madrid",
    "other",
    frm=("Clínica Dental Ríos Rosas", "citas@clinica-riosrosas.example"),
    subject="Recordatorio de su cita",
    date=dh("2048-03-09 10:00", "Europe/Madrid"),
    body=f"""Hola Remedios:

Le recordamos su cita el {es("2048-03-11")} a las 18:30 con la Dra. Serrano (revisión e
higiene). Si no puede acudir, responda a este correo o llame al 910 000 000.

Clínica Dental Ríos Rosas""",
    label=note("Dentist appointment reminder."),
)

# --- Italian -----------------------------------------------------------------------------
_S_I1 = "2048-03-09 11:00"
_i1 = say(
    GIOVANNA,
    "conferma-colloquio-come-da-accordi",
    "interview",
    other=("Dott.ssa Elisabetta Rinaldi", "e.rinaldi@navigli-consulting.example"),
    subject="Conferma colloquio - Junior Controller",
    when="2048-03-03 15:20",
    reply=False,
    top=f"""Gentile Giovanna,

come da accordi telefonici, Le confermo il colloquio per {it(_S_I1)} alle ore 11:00
presso la nostra sede di Via Vigevano 18, Milano. Il colloquio sarà tenuto dal dott.
Matteo Ferraris, CFO, alla presenza della sottoscritta.

Cordiali saluti,
Elisabetta Rinaldi
HR Manager, Navigli Consulting S.r.l.""",
    label=lab(
        _S_I1,
        "Europe/Rome",
        None,
        company="Navigli Consulting",
        role="Junior Controller",
        who=["Matteo Ferraris", "Elisabetta Rinaldi"],
        emails=["e.rinaldi@navigli-consulting.example"],
        notes="Confirmed after a phone call; 'la sottoscritta' takes part.",
    ),
)

_S_I2 = "2048-02-20 15:00"
_i2 = say(
    OTTAVIO,
    "colloquio-annullato-posizione-sospesa",
    "interview_cancelled",
    other=("Federica Lombardi", "federica.lombardi@tevere-software.example"),
    subject="Colloquio annullato - posizione sospesa",
    when="2048-02-17 10:10",
    reply=False,
    top=f"""Gentile Ottavio,

purtroppo devo comunicarLe che il colloquio previsto per {it(_S_I2)} alle 15:00 con
l'ing. Davide Mancuso è annullato: la posizione è stata sospesa per una riorganizzazione
interna. La ricontatteremo se dovesse riaprirsi.

Cordiali saluti,
Federica Lombardi
Tevere Software""",
    label=lab(
        _S_I2,
        "Europe/Rome",
        None,
        company="Tevere Software",
        who=["Davide Mancuso"],
        notes="Cancelled; position suspended.",
    ),
)

_S_I3 = "2048-01-30 15:00"
_i3 = say(
    OTTAVIO,
    "va-benissimo-giovedi-alle-quindici",
    "interview",
    other=("Simone Castellucci", "simone@aventino-studio.example"),
    subject="Re: Colloquio conoscitivo",
    when="2048-01-27 21:40",
    mine=True,
    agent="iPhone Mail (21A5312)",
    top=f"""Va benissimo giovedì alle 15, a giovedì!

Ottavio

{IPHONE}""",
    quotes=(
        lq(
            _head("it", "2048-01-27 19:05", "Simone Castellucci <simone@aventino-studio.example>"),
            f"""Ciao Ottavio, ti andrebbe di passare in studio {it(_S_I3)} alle 15 per
un colloquio conoscitivo? Ci saremo io e Chiara Deodato.

Simone - Aventino Studio""",
        ),
    ),
    label=lab(
        _S_I3,
        "Europe/Rome",
        None,
        company="Aventino Studio",
        who=["Simone Castellucci", "Chiara Deodato"],
        emails=["simone@aventino-studio.example"],
        notes="The user's phone reply accepts the quoted proposal.",
    ),
)

_i4 = person(
    GIOVANNA,
    "risposta-automatica-fuori-ufficio",
    "auto_reply",
    frm=("Elisabetta Rinaldi", "e.rinaldi@navigli-consulting.example"),
    subject="Risposta automatica: Conferma colloquio - Junior Controller",
    date=dh("2048-03-04 08:05", "Europe/Rome"),
    body="""Buongiorno, sono fuori ufficio fino a venerdì 6 marzo compreso, con accesso
limitato alla posta. Rientrerò lunedì 9 marzo. Per urgenze: hr@navigli-consulting.example.

Elisabetta Rinaldi""",
    extra=AUTO,
    label=note("Italian out-of-office.", return_date="2048-03-09"),
)

# --- Dutch -------------------------------------------------------------------------------
_S_N1 = "2048-02-11 10:30"
_n1 = say(
    MARIEKE,
    "top-dinsdag-half-elf-amsterdam",
    "interview",
    other=("Thijs van Rossum", "thijs@kadijkwerk.example"),
    subject="Re: Sollicitatiegesprek Data-analist",
    when="2048-02-06 16:55",
    top="""Hoi Marieke,

Top, dan zien we je dinsdag om half elf op kantoor (Prinsengracht 410, bel maar aan bij
Kadijkwerk). Je spreekt mij en onze teamlead data, Sanne Hoogeveen. Reken op een uur.

Groet,
Thijs van Rossum
Kadijkwerk""",
    quotes=(
        lq(
            _head(
                "nl", "2048-02-06 14:30", "Marieke Doesburg-Ankrah <marieke.doesburg@example.com>"
            ),
            f"Hoi Thijs, {nl(_S_N1)} in de ochtend komt mij goed uit. Groetjes, Marieke",
        ),
    ),
    label=lab(
        _S_N1,
        "Europe/Amsterdam",
        None,
        company="Kadijkwerk",
        role="Data-analist",
        who=["Thijs van Rossum", "Sanne Hoogeveen"],
        emails=["thijs@kadijkwerk.example"],
        notes="'Half elf' is 10:30.",
    ),
)

_S_N2 = "2048-03-19 14:00"
_n2 = say(
    JORIS,
    "bevestiging-gesprek-donderdag-14u",
    "interview",
    other=("Els Verhaegen", "els.verhaegen@kattendijk-havenlogistiek.example"),
    subject="Uw sollicitatie - bevestiging gesprek",
    when="2048-03-12 11:20",
    reply=False,
    top=f"""Beste Joris,

Graag bevestig ik uw gesprek op {nl(_S_N2)} om 14u00 in ons kantoor aan de Noorderlaan
133 in Antwerpen. U maakt er kennis met Koen De Smet, operationeel directeur, en met mij.

Met vriendelijke groeten,
Els Verhaegen
HR, Kattendijk Havenlogistiek""",
    label=lab(
        _S_N2,
        "Europe/Brussels",
        None,
        company="Kattendijk Havenlogistiek",
        who=["Koen De Smet", "Els Verhaegen"],
        emails=["els.verhaegen@kattendijk-havenlogistiek.example"],
        notes="Flemish '14u00'; the HR writer takes part.",
    ),
)

_n3 = say(
    MARIEKE,
    "terugkoppeling-sollicitatie-helaas",
    "rejection",
    other=("Thijs van Rossum", "thijs@kadijkwerk.example"),
    subject="Terugkoppeling sollicitatie Data-analist",
    when="2048-02-18 14:10",
    reply=False,
    top="""Hoi Marieke,

Dank je wel voor het fijne gesprek van vorige week. Helaas hebben we besloten om met een
andere kandidaat verder te gaan; het was een lastige keuze. Veel succes met je zoektocht!

Groet,
Thijs""",
    label=note("Dutch rejection after the interview."),
)

_n4 = vendor(
    JORIS,
    "nieuwe-vacatures-voor-jou",
    "bulk",
    frm=("Vacaturemelder", "melding@vacaturemelder.example"),
    subject="12 nieuwe vacatures voor jou in Antwerpen",
    date=dh("2048-03-02 07:00", "Europe/Brussels"),
    body="""Nieuwe vacatures die bij je zoekopdracht 'supply chain' passen:

Supply Chain Planner - Kempen Chemie - Geel
Logistiek Coördinator - Waasland Distributie - Sint-Niklaas
Customs Specialist - Zandvliet Terminals - Antwerpen

Bekijk alle vacatures: https://vacaturemelder.example/zoek/9812
Uitschrijven: https://vacaturemelder.example/uit""",
    extra=bulk("<melding.vacaturemelder.example>", "https://vacaturemelder.example/uit"),
    label=note("Dutch job alert."),
)

# --- Portuguese --------------------------------------------------------------------------
_S_P1 = "2048-02-27 15:00"
_p1 = say(
    TEODORO,
    "combinado-quinta-google-meet",
    "interview",
    other=("Fernanda Quintão", "fernanda.quintao@anhangabau-pagamentos.example"),
    subject="Re: Entrevista - Analista de Dados",
    when="2048-02-21 11:30",
    top="""Oi Teodoro, tudo bem?

Combinado então: quinta-feira às 15h (horário de Brasília), pelo Google Meet, comigo e
com o Rodrigo Bastos, nosso coordenador de dados. Te mando o link um dia antes.

Abraço,
Fernanda Quintão
Tech Recruiter, Anhangabaú Pagamentos""",
    quotes=(
        lq(
            _head(
                "pt", "2048-02-21 09:40", "Teodoro Saramago Bonsu <teodoro.saramago@example.org>"
            ),
            f"Oi Fernanda! Pode ser na {pt(_S_P1)} à tarde? Obrigado!",
        ),
    ),
    label=lab(
        _S_P1,
        "America/Sao_Paulo",
        "America/Sao_Paulo",
        company="Anhangabaú Pagamentos",
        role="Analista de Dados",
        who=["Fernanda Quintão", "Rodrigo Bastos"],
        emails=["fernanda.quintao@anhangabau-pagamentos.example"],
        notes="'Horário de Brasília' names the zone; the recruiter takes part ('comigo').",
    ),
)

_S_P2 = "2048-03-31 10:00"
_p2 = say(
    LEONOR,
    "convite-entrevista-lisboa-hora-de-verao",
    "interview",
    other=("Dr. Nuno Carvalhal", "nuno.carvalhal@arroios-seguros.example"),
    subject="Convite para entrevista - Técnica de Sinistros",
    when="2048-03-20 16:00",
    reply=False,
    top="""Exma. Senhora Dra. Leonor Vasconcelos,

Na sequência da nossa conversa telefónica, confirmamos a entrevista para o dia 31 de
março, às 10h00, nas nossas instalações da Avenida da Liberdade, 190. Será recebida pela
Dra. Inês Figueiredo, Diretora de Sinistros.

Com os melhores cumprimentos,
Nuno Carvalhal
Recursos Humanos, Arroios Seguros""",
    label=lab(
        _S_P2,
        "Europe/Lisbon",
        None,
        company="Arroios Seguros",
        role="Técnica de Sinistros",
        who=["Inês Figueiredo"],
        notes="After the 29 March change: Lisbon is on +01:00.",
    ),
)

_p3 = say(
    TEODORO,
    "disponibilidade-entrevista-segunda-etapa",
    "scheduling_request",
    other=("Fernanda Quintão", "fernanda.quintao@anhangabau-pagamentos.example"),
    subject="Disponibilidade para entrevista - segunda etapa",
    when="2048-03-04 10:15",
    reply=False,
    top="""Oi Teodoro!

Boa notícia: você passou para a segunda etapa. Pode me mandar sua disponibilidade para a
próxima semana? A entrevista é com a diretora, Patrícia Lobo, e dura uns 45 minutos.

Abraço,
Fernanda""",
    label=note("Asks for availability for the next round."),
)

_p4 = say(
    LEONOR,
    "proposta-de-trabalho-belem-logistica",
    "offer",
    other=("Marta Sequeira", "marta.sequeira@belem-logistica.example"),
    subject="Proposta de trabalho - Coordenadora de Operações",
    when="2048-02-10 12:00",
    reply=False,
    top="""Cara Leonor,

Na sequência das entrevistas, temos o prazer de lhe apresentar uma proposta para a função
de Coordenadora de Operações: vencimento base de 2.450 EUR x 14 meses, subsídio de
refeição e seguro de saúde. Segue em anexo a proposta detalhada; agradecemos resposta
até ao final da próxima semana.

Com os melhores cumprimentos,
Marta Sequeira
Recursos Humanos, Belém Logística""",
    label=note("Portuguese written offer."),
)

_p5 = vendor(
    TEODORO,
    "agendamento-confirmado-agencia-bancaria",
    "other",
    frm=("Banco Ipiranga", "agendamento@banco-ipiranga.example"),
    subject="Agendamento confirmado - atendimento na agência",
    date=dh("2048-02-13 09:00", "America/Sao_Paulo"),
    body=f"""Olá, Teodoro.

Seu agendamento está confirmado: {pt("2048-02-18")}, às 10h30, agência Vila Mariana
(Rua Domingos de Morais, 1200). Assunto: abertura de conta salário.

Banco Ipiranga""",
    label=note("Bank appointment."),
)

MESSAGES = [
    _g1,
    _f1,
    _s1,
    _i1,
    _n1,
    _p1,
    _g2,
    _f2,
    _s2,
    _i2,
    _n2,
    _p2,
    _g3,
    _f3,
    _s3,
    _i3,
    _n3,
    _p3,
    _g4,
    _f4,
    _s4,
    _i4,
    _n4,
    _p4,
    _g4b,
    _f5,
    _s5,
    _p5,
]
