"""Interviews written in German, French and Spanish (regional variants), via local tools."""

from __future__ import annotations

from .base import (
    ALMUDENA,
    ANNELIES,
    CATALINA,
    CORENTIN,
    FACUNDO,
    ITZEL,
    JUANES,
    MALTE,
    MAXIME,
    URS,
    VERENA,
    ats,
    de,
    dh,
    es,
    fr,
    google,
    human,
    iso,
    iv,
    outlook,
)

MESSAGES = []

# Swiss German, Outlook 'Wann:' in W. Europe Standard Time, Zurich user.
MESSAGES.append(
    outlook(
        URS,
        "wann-zurich-versicherung",
        "interview",
        start="2028-03-29 08:30",
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=75,
        subject="Vorstellungsgespräch Urs Tschümperlin – Leiter Schadenmanagement",
        organizer=("Corinne Bürgi-Stalder", "corinne.buergi@limmatversicherung.example"),
        attendees=[
            ("Corinne Bürgi-Stalder", "corinne.buergi@limmatversicherung.example"),
            ("Peter-Andreas Wyss", "peterandreas.wyss@limmatversicherung.example"),
        ],
        date=dh("2028-03-20 10:12", "Europe/Zurich"),
        text="Grüezi Herr Tschümperlin\n\nGerne bestätigen wir Ihnen das Vorstellungsgespräch "
        "mit Herrn Peter-Andreas Wyss (Bereichsleiter Schaden) und mir. Bitte melden Sie sich "
        "am Empfang an der Hardstrasse 201.\n\nFreundliche Grüsse\nCorinne Bürgi-Stalder\nHR "
        "Business Partnerin",
        location="Limmat Versicherung, Hardstrasse 201, Zürich, Sitzungszimmer Uetliberg",
        with_teams=False,
        lang="de",
        label=iv(
            iso("2028-03-29 08:30", "Europe/Berlin"),
            "Europe/Berlin",
            company="Limmat Versicherung",
            role="Leiter Schadenmanagement",
            interviewers=["Corinne Bürgi-Stalder", "Peter-Andreas Wyss"],
            emails=[
                "corinne.buergi@limmatversicherung.example",
                "peterandreas.wyss@limmatversicherung.example",
            ],
            notes="Swiss 'Grüezi', no ß; W. Europe Standard Time maps to Berlin; after the EU "
            "switch (+02:00); the HR partner sits in.",
        ),
    )
)

# Austrian ISO-8859-1 letter-style invitation with academic titles.
MESSAGES.append(
    human(
        VERENA,
        "einladung-wien-latin1",
        "interview",
        frm=("Mag. Theresia Hödlmoser", "t.hoedlmoser@donauwerke.example"),
        subject="Einladung zum Bewerbungsgespräch - Controllerin (m/w/d)",
        date=dh("2028-03-01 09:20", "Europe/Vienna"),
        body="Sehr geehrte Frau Pichlmayr,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie "
        f"herzlich zu einem persönlichen Gespräch am {de('2028-03-09')} um 10:00 Uhr in unsere "
        "Zentrale, Wiedner Hauptstraße 120, 1050 Wien, ein.\n\nSeitens der Donauwerke nehmen "
        "teil: DI Dr. Leopold Kranzl-Auer (kaufmännischer Geschäftsführer) und ich.\n\nMit "
        "freundlichen Grüßen\nMag. Theresia Hödlmoser\nLeitung Personal",
        charset="ISO-8859-1",
        mailer="outlook",
        label=iv(
            iso("2028-03-09 10:00", "Europe/Vienna"),
            None,
            company="Donauwerke",
            role="Controllerin (m/w/d)",
            interviewers=["Leopold Kranzl-Auer", "Theresia Hödlmoser"],
            emails=["t.hoedlmoser@donauwerke.example"],
            notes="Austrian, ISO-8859-1; DI Dr. and Mag. dropped; no zone named.",
        ),
    )
)

# Join.com, Berlin startup.
MESSAGES.append(
    ats(
        MALTE,
        "join-berlin-startup",
        "interview",
        frm=("Spreewerk Energy via JOIN", "noreply@join.com"),
        reply_to=("Lena Hagedorn", "lena.hagedorn@spreewerk.example"),
        subject="Terminbestätigung: Interview für Backend Engineer (Go)",
        date=dh("2028-03-08 16:40", "Europe/Berlin"),
        body="Hallo Malte,\n\ndein Termin steht: Dienstag, 14. März 2028, 11:30–12:15 Uhr "
        "(MEZ), per Google Meet.\n\nDu sprichst mit Lena Hagedorn (Engineering Lead) und "
        "Okan Yıldırım (Senior Backend Engineer).\n\nViele Grüße\nDein Spreewerk-Team\n\n"
        "Gesendet über JOIN",
        label=iv(
            iso("2028-03-14 11:30", "Europe/Berlin"),
            None,
            company="Spreewerk Energy",
            role="Backend Engineer (Go)",
            interviewers=["Lena Hagedorn", "Okan Yıldırım"],
            emails=["lena.hagedorn@spreewerk.example"],
            notes="Join.com, informal 'du'; MEZ only.",
        ),
    )
)

# StepStone-hosted invitation, Hamburg-style company, 'Uhrzeit: 9 Uhr'.
MESSAGES.append(
    ats(
        MALTE,
        "stepstone-einladung-hamburg",
        "interview",
        frm=("Alsterkontor Logistik GmbH über StepStone", "no-reply@stepstone.de"),
        subject="Einladung zum Vorstellungsgespräch bei Alsterkontor Logistik GmbH",
        date=dh("2028-03-22 08:05", "Europe/Berlin"),
        body="Sehr geehrter Herr Hinrichsen,\n\nwir freuen uns, Sie zu einem "
        "Vorstellungsgespräch einzuladen.\n\nDatum: 31.03.2028\nUhrzeit: 9 Uhr\nOrt: "
        "Alsterkontor Logistik GmbH, Ballindamm 17, 20095 Hamburg\nGesprächspartner: Frau "
        "Henrike Grotefend-Asmussen (Leitung IT), Herr Kai-Uwe Brodersen (Teamleitung "
        "Anwendungsentwicklung)\n\nBitte bestätigen Sie den Termin über Ihr "
        "StepStone-Konto.\n\nMit freundlichen Grüßen\nIhr Alsterkontor Recruiting",
        label=iv(
            iso("2028-03-31 09:00", "Europe/Berlin"),
            None,
            company="Alsterkontor Logistik GmbH",
            role=None,
            interviewers=["Henrike Grotefend-Asmussen", "Kai-Uwe Brodersen"],
            notes="StepStone; numeric 31.03.2028 and '9 Uhr'; after the EU switch (+02:00).",
        ),
    )
)

# French Outlook 'Quand :' from Paris, Teams in French; ISO-8859-15.
MESSAGES.append(
    outlook(
        CORENTIN,
        "quand-paris-entretien-teams",
        "interview",
        start="2028-03-17 14:00",
        zone="Romance Standard Time",
        when_zone="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        minutes=60,
        subject="Entretien - Responsable conformité - Corentin Le Goff",
        organizer=("Laure-Hélène Brossard", "lh.brossard@quaidesorfevres.example"),
        attendees=[
            ("Laure-Hélène Brossard", "lh.brossard@quaidesorfevres.example"),
            ("Jean-Baptiste N'Diaye", "jb.ndiaye@quaidesorfevres.example"),
        ],
        date=dh("2028-03-10 11:30", "Europe/Paris"),
        text="Bonjour Corentin,\n\nJe vous confirme notre entretien avec Jean-Baptiste "
        "N'Diaye, directeur juridique, et moi-même.\n\nBien cordialement,\nLaure-Hélène "
        "Brossard\nResponsable recrutement",
        lang="fr",
        charset="ISO-8859-15",
        label=iv(
            iso("2028-03-17 14:00", "Europe/Paris"),
            "Europe/Paris",
            company="Quai des Orfèvres Finance",
            role="Responsable conformité",
            interviewers=["Laure-Hélène Brossard", "Jean-Baptiste N'Diaye"],
            emails=["lh.brossard@quaidesorfevres.example", "jb.ndiaye@quaidesorfevres.example"],
            notes="French Outlook, ISO-8859-15; the recruiter sits in.",
        ),
    )
)

# Belgian French, Homerun, '14h30' and 'septante'.
MESSAGES.append(
    ats(
        ANNELIES,
        "homerun-liege-entretien",
        "interview",
        frm=("Meuse Studio", "noreply@homerun.co"),
        reply_to=("Quentin Delvaux", "quentin@meusestudio.example"),
        subject="Votre entretien chez Meuse Studio est confirmé",
        date=dh("2028-03-02 13:00", "Europe/Brussels"),
        body="Bonjour Annelies,\n\nMerci pour ta candidature ! Ton entretien est confirmé le "
        f"{fr('2028-03-07')} à 14h30, à l'atelier (rue Hors-Château septante-deux, Liège).\n\n"
        "Tu rencontreras Quentin Delvaux (directeur artistique) et Maëlle Lejeune "
        "(productrice).\n\nÀ bientôt !\nL'équipe Meuse Studio\n\nEnvoyé avec Homerun",
        label=iv(
            iso("2028-03-07 14:30", "Europe/Brussels"),
            None,
            company="Meuse Studio",
            role=None,
            interviewers=["Quentin Delvaux", "Maëlle Lejeune"],
            emails=["quentin@meusestudio.example"],
            notes="Belgian French ('septante'), Homerun; no zone named.",
        ),
    )
)

# Québec 'entrevue', ymd, 'heure de l'Est', after the switch.
MESSAGES.append(
    human(
        MAXIME,
        "entrevue-quebec-heure-est",
        "interview",
        frm=("Sophie-Anne Tremblay", "satremblay@caissedufleuve.example"),
        subject="Confirmation d'entrevue – Analyste principal, données",
        date=dh("2028-03-13 09:05", "America/Toronto"),
        body="Bonjour Maxime,\n\nTel que convenu au téléphone, je te confirme ton entrevue le "
        "2028-03-20 à 10 h 30 (heure de l'Est), en vidéoconférence Teams.\n\nTu rencontreras "
        "Marc-Olivier Desrosiers, directeur Données, et moi-même.\n\nBonne journée!\n"
        "Sophie-Anne Tremblay\nConseillère principale, acquisition de talents\nCaisse du "
        "Fleuve",
        mailer="outlook",
        label=iv(
            iso("2028-03-20 10:30", "America/Toronto"),
            "America/Toronto",
            company="Caisse du Fleuve",
            role="Analyste principal, données",
            interviewers=["Marc-Olivier Desrosiers", "Sophie-Anne Tremblay"],
            notes="Québec 'entrevue' with ISO date and '10 h 30'; after the 12 March switch "
            "(-04:00).",
        ),
    )
)

# Mexican Spanish, Outlook 'Cuándo:' Central Standard Time (Mexico), Monterrey user.
MESSAGES.append(
    outlook(
        ITZEL,
        "cuando-monterrey-entrevista",
        "interview",
        start="2028-03-15 12:00",
        zone="Central Standard Time (Mexico)",
        when_zone="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey",
        minutes=60,
        subject="Entrevista – Gerente de Cadena de Suministro",
        organizer=("Lic. Rocío Garza Treviño", "rocio.garza@cerrodelasilla.example"),
        attendees=[("Ing. Héctor Villarreal Leal", "hector.villarreal@cerrodelasilla.example")],
        date=dh("2028-03-08 17:20", "America/Monterrey"),
        text="Estimada Itzel:\n\nPor este medio te confirmo la entrevista con el Ing. Héctor "
        "Villarreal Leal, Director de Operaciones. Yo solo coordino la agenda.\n\nSaludos "
        "cordiales,\nLic. Rocío Garza Treviño\nAtracción de Talento",
        lang="es",
        label=iv(
            iso("2028-03-15 12:00", "America/Mexico_City"),
            "America/Mexico_City",
            company="Cerro de la Silla Alimentos",
            role="Gerente de Cadena de Suministro",
            interviewers=["Héctor Villarreal Leal"],
            emails=["hector.villarreal@cerrodelasilla.example"],
            notes="Mexican Outlook; the coordinating Lic. is not an interviewer; no DST.",
        ),
    )
)

# Argentine voseo, Breezy HR, '16 hs' hora de Argentina, Córdoba user.
MESSAGES.append(
    ats(
        FACUNDO,
        "breezy-cordoba-voseo",
        "interview",
        frm=("Quebracho Software", "notifications@breezy.hr"),
        reply_to=("Milagros Echenique", "milagros@quebrachosoft.example"),
        subject="Entrevista con Quebracho Software – confirmada",
        date=dh("2028-03-03 11:00", "America/Argentina/Cordoba"),
        body="¡Hola Facundo!\n\nTe confirmamos la entrevista para el puesto de Desarrollador "
        f"Mobile Semi Senior el {es('2028-03-09')} a las 16 hs (hora de Argentina).\n\nVas a "
        "charlar con Milagros Echenique (Tech Lead) y Nahuel Ñancucheo (Líder de QA). Si no "
        "podés, avisanos con tiempo.\n\n¡Saludos!\nEquipo de Talento – Quebracho Software",
        label=iv(
            iso("2028-03-09 16:00", "America/Argentina/Cordoba"),
            "America/Argentina/Buenos_Aires",
            company="Quebracho Software",
            role="Desarrollador Mobile Semi Senior",
            interviewers=["Milagros Echenique", "Nahuel Ñancucheo"],
            emails=["milagros@quebrachosoft.example"],
            notes="Breezy HR; voseo; '16 hs'; 'hora de Argentina'.",
        ),
    )
)

# Colombian Spanish, JazzHR (applytojob), '3:00 p. m.' hora Colombia, windows-1252.
MESSAGES.append(
    ats(
        JUANES,
        "jazzhr-bogota-entrevista",
        "interview",
        frm=("Café Andino Exportaciones", "noreply@applytojob.com"),
        reply_to=("Daniela Restrepo Uribe", "drestrepo@cafeandino.example"),
        subject="Invitación a entrevista – Analista de Comercio Exterior",
        date=dh("2028-03-21 10:15", "America/Bogota"),
        body="Buen día, Juan Esteban:\n\nCon gusto lo invitamos a una entrevista presencial "
        f"el {es('2028-03-24')} a las 3:00 p. m. (hora Colombia) en la Calle 93 # 11-26, "
        "oficina 402, Bogotá.\n\nLo atenderán la Dra. Daniela Restrepo Uribe, gerente "
        "comercial, y el señor Álvaro Mejía Cárdenas.\n\nCordialmente,\nGestión Humana",
        charset="windows-1252",
        label=iv(
            iso("2028-03-24 15:00", "America/Bogota"),
            "America/Bogota",
            company="Café Andino Exportaciones",
            role="Analista de Comercio Exterior",
            interviewers=["Daniela Restrepo Uribe", "Álvaro Mejía Cárdenas"],
            emails=["drestrepo@cafeandino.example"],
            notes="JazzHR, windows-1252; 'p. m.'; 'usted' register.",
        ),
    )
)

# Chilean Google invitation in Spanish (after Chile leaves DST on 2 April).
MESSAGES.append(
    google(
        CATALINA,
        "gcal-chile-after-switch",
        "interview",
        start="2028-04-05 09:30",
        zone="America/Santiago",
        minutes=45,
        summary="Entrevista final – Jefa de Proyectos (Viña Lontué)",
        organizer=("Pía Errázuriz", "pia.errazuriz@vinalontue.example"),
        guests=[
            ("Pía Errázuriz", "pia.errazuriz@vinalontue.example"),
            ("Cristóbal Montt", "cristobal.montt@vinalontue.example"),
        ],
        date=dh("2028-03-30 18:00", "America/Santiago"),
        note="Catalina, nos juntamos por Meet con Cristóbal (gerente general) y yo.",
        meet="vln-tuef-wpz",
        label=iv(
            iso("2028-04-05 09:30", "America/Santiago"),
            "America/Santiago",
            company="Viña Lontué",
            role="Jefa de Proyectos",
            interviewers=["Pía Errázuriz", "Cristóbal Montt"],
            emails=["pia.errazuriz@vinalontue.example", "cristobal.montt@vinalontue.example"],
            notes="Chile after DST ends (2 April): -04:00, though sent at -03:00.",
        ),
    )
)

# Canary Islands: Spanish recruiter in Madrid writes 'hora peninsular' with the Canary hour.
MESSAGES.append(
    human(
        ALMUDENA,
        "canarias-hora-peninsular",
        "interview",
        frm=("Iñaki Zubizarreta", "inaki.zubizarreta@mareanorte.example"),
        subject="Entrevista online – Técnica de Sostenibilidad",
        date=dh("2028-03-06 12:30", "Europe/Madrid"),
        body="Hola Almudena:\n\nTe confirmo la entrevista el "
        f"{es('2028-03-10')} a las 11:00 hora peninsular (las 10:00 en Canarias) por Teams, "
        "con Arantxa Goñi Etxeberria, directora de Sostenibilidad.\n\nUn saludo,\nIñaki "
        "Zubizarreta\nSelección – Marea Norte",
        mailer="outlook",
        label=iv(
            iso("2028-03-10 11:00", "Europe/Madrid"),
            "Europe/Madrid",
            company="Marea Norte",
            role="Técnica de Sostenibilidad",
            interviewers=["Arantxa Goñi Etxeberria"],
            notes="'hora peninsular' = Madrid; the Canary user is an hour behind.",
        ),
    )
)
