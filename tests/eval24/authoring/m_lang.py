"""Mail in German, French, Spanish, Italian, Dutch and Portuguese from local senders, with
the tools of those markets (JOIN, softgarden, d.vinci, Welcome to the Jungle, Flatchr,
InfoJobs) and a spread of kinds."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    AINHOA,
    ANTONIA,
    AUTO,
    COSTANZA,
    DVINCI,
    ELIOTT,
    FRIEDERIKE,
    GIOELE,
    GONCALO,
    IGNACIA,
    ISADORA,
    JOIN,
    JORIS,
    MARIEKE,
    MAXENCE,
    PERSONIO,
    RODRIGO,
    SOLENNE,
    TEAMTAILOR,
    TOMASA,
    URS,
    WENDELIN,
    WTTJ,
    booking,
    bulk,
    de,
    dh,
    es,
    fr,
    gq,
    hm,
    html_mail,
    it,
    itd,
    lab,
    lq,
    nl,
    note,
    person,
    pt,
    ptd,
    thread,
    vendor,
)

MESSAGES = [
    # --- German ---------------------------------------------------------------------------
    # 1. Vienna, ISO-8859-15, panel with titles (Mag., DI) dropped.
    person(
        WENDELIN,
        "einladung-vorstellungsgespraech-wien-titel",
        "interview",
        frm=("Mag. Johanna Pfeifhofer", "j.pfeifhofer@donaukanal-versicherung.example"),
        subject="Einladung zum Vorstellungsgespräch - Aktuar (m/w/d)",
        date=dh("2043-10-19 10:15", "Europe/Vienna"),
        charset="ISO-8859-15",
        name_charset="ISO-8859-15",
        body=f"""Sehr geehrter Herr Hochreiter-Asiamah,

vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem persönlichen Gespräch am
{de("2043-10-28")} um 10:00 Uhr in unsere Zentrale am Schottenring 12, 1010 Wien, ein.

Gesprächspartner:
DI Dr. Markus Leitgeb (Bereichsleiter Aktuariat)
Mag.a Theresa Wimmer-Osei (Personalentwicklung)

Ich selbst kümmere mich nur um die Organisation und bin beim Gespräch nicht dabei.

Mit freundlichen Grüßen
Mag. Johanna Pfeifhofer
Recruiting, Donaukanal Versicherung AG
""",
        label=lab(
            "2043-10-28 10:00",
            "Europe/Vienna",
            None,
            company="Donaukanal Versicherung AG",
            role="Aktuar (m/w/d)",
            who=["Markus Leitgeb", "Theresa Wimmer-Osei"],
            notes="Austrian titles (DI, Dr., Mag.a) dropped; the organiser says she is not "
            "present. Three days after the EU change (CET). ISO-8859-15 quoted-printable.",
        ),
    ),
    # 2. JOIN: interview invitation with .ics.
    booking(
        FRIEDERIKE,
        "join-einladung-gespraech-berlin",
        "interview",
        prodid=JOIN,
        start="2043-09-16 14:30",
        zone="Europe/Berlin",
        minutes=45,
        summary="Kennenlerngespräch: Friederike Lanz-Owusu / Müggelsee Mobility",
        organizer=("Konstantin Rüdiger", "konstantin.ruediger@mueggelsee-mobility.example"),
        attendees=[("Leyla Demirtaş", "leyla.demirtas@mueggelsee-mobility.example")],
        date=dh("2043-09-10 11:20", "Europe/Berlin"),
        frm=("Müggelsee Mobility über JOIN", "noreply@join.com"),
        subject="Einladung zum Kennenlerngespräch - Werkstudentin Data Analytics",
        body=f"""Hallo Friederike,

Müggelsee Mobility möchte dich gern kennenlernen!

Termin: {de("2043-09-16")}, 14:30-15:15 Uhr (Europe/Berlin)
Gesprächspartner: Konstantin Rüdiger und Leyla Demirtaş
Ort: Video-Call (Link in der Kalendereinladung)

Viel Erfolg!
Dein JOIN-Team
""",
        label=lab(
            "2043-09-16 14:30",
            "Europe/Berlin",
            "Europe/Berlin",
            company="Müggelsee Mobility",
            role="Werkstudentin Data Analytics",
            who=["Konstantin Rüdiger", "Leyla Demirtaş"],
            emails=[
                "konstantin.ruediger@mueggelsee-mobility.example",
                "leyla.demirtas@mueggelsee-mobility.example",
            ],
            notes="JOIN invitation with .ics; the organiser is named as a Gesprächspartner.",
        ),
    ),
    # 3. softgarden: rejection.
    vendor(
        FRIEDERIKE,
        "softgarden-absage-nach-gespraech",
        "rejection",
        frm=("Isarwerk Energie GmbH", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Junior Controllerin - Absage",
        date=dh("2043-10-07 16:00", "Europe/Berlin"),
        body="""Sehr geehrte Frau Lanz-Owusu,

vielen Dank für das angenehme Gespräch und Ihr Interesse an Isarwerk Energie. Nach
sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben.

Wir wünschen Ihnen für Ihre weitere Zukunft alles Gute.

Ihr Recruiting-Team der Isarwerk Energie GmbH
""",
        label=note("softgarden rejection after an interview.", company="Isarwerk Energie GmbH"),
    ),
    # 4. d.vinci: Terminbuchung confirmation (Zurich user, Swiss German spelling ss).
    booking(
        URS,
        "dvinci-terminbestaetigung-zuerich",
        "interview",
        prodid=DVINCI,
        start="2043-11-04 09:00",
        zone="Europe/Zurich",
        minutes=60,
        summary="Vorstellungsgespräch Urs Bächtold-Nkansah",
        organizer=("Sihlquai Privatbank Recruiting", "recruiting@sihlquai-privatbank.example"),
        attendees=[
            ("Corinne Vuilleumier", "corinne.vuilleumier@sihlquai-privatbank.example"),
            ("Beat Zürcher", "beat.zuercher@sihlquai-privatbank.example"),
        ],
        date=dh("2043-10-29 13:40", "Europe/Zurich"),
        frm=("Sihlquai Privatbank", "noreply@dvinci.de"),
        subject="Bestätigung Ihres Gesprächstermins - Compliance Officer",
        body=f"""Grüezi Herr Bächtold-Nkansah

Besten Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihr Vorstellungsgespräch:

Datum: {de("2043-11-04")}
Zeit: 09:00 Uhr
Ort: Sihlquai Privatbank, Bahnhofstrasse 71, 8001 Zürich
Gesprächspartner: Corinne Vuilleumier (Head Compliance), Beat Zürcher (HR)

Freundliche Grüsse
Sihlquai Privatbank AG
""",
        label=lab(
            "2043-11-04 09:00",
            "Europe/Zurich",
            "Europe/Zurich",
            company="Sihlquai Privatbank",
            role="Compliance Officer",
            who=["Corinne Vuilleumier", "Beat Zürcher"],
            emails=[
                "corinne.vuilleumier@sihlquai-privatbank.example",
                "beat.zuercher@sihlquai-privatbank.example",
            ],
            notes="d.vinci booking; the HR person is named a Gesprächspartner, so counted.",
        ),
    ),
    # 5. German Terminverschiebung with new time (after EU change).
    person(
        URS,
        "terminverschiebung-neuer-termin-bern",
        "interview",
        frm=("Simone Aebischer", "simone.aebischer@liebefeld-orthotech.example"),
        subject="Terminverschiebung: Ihr Gespräch bei Liebefeld Orthotech",
        date=dh("2043-10-21 08:30", "Europe/Zurich"),
        body=f"""Guten Tag Herr Bächtold-Nkansah

Leider muss unser Leiter Qualität, Herr Dr. Reto Ammann, den Termin vom Donnerstag
absagen. Wir schlagen neu {de("2043-10-27")} um 15:30 Uhr vor - Herr Ammann und ich freuen
uns auf Sie am Standort Bern-Liebefeld. Sollte das nicht passen, melden Sie sich bitte.

Freundliche Grüsse
Simone Aebischer, HR Business Partner
""",
        label=lab(
            "2043-10-27 15:30",
            "Europe/Zurich",
            None,
            company="Liebefeld Orthotech",
            who=["Reto Ammann", "Simone Aebischer"],
            emails=["simone.aebischer@liebefeld-orthotech.example"],
            notes="A move to a stated new time ('schlagen neu ... vor') with an opt-out: "
            "labelled an interview at the new time; the sender takes part ('Herr Ammann und "
            "ich'). Two days after the change, CET.",
        ),
    ),
    # 6. German out-of-office (RFC 3834), with return date.
    person(
        WENDELIN,
        "abwesenheitsnotiz-rueckkehr-datum",
        "auto_reply",
        frm=("Mag. Johanna Pfeifhofer", "j.pfeifhofer@donaukanal-versicherung.example"),
        subject="Abwesenheitsnotiz: Re: Einladung zum Vorstellungsgespräch",
        date=dh("2043-10-20 09:01", "Europe/Vienna"),
        extra=AUTO,
        body=f"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {de("2043-10-23")}
nicht im Büro und ab {de("2043-10-26", year=False)} wieder erreichbar. In dringenden
Fällen wenden Sie sich bitte an recruiting@donaukanal-versicherung.example.
""",
        label=note("German out-of-office with RFC 3834 headers.", return_date="2043-10-26"),
    ),
    # --- French ---------------------------------------------------------------------------
    # 7. Welcome to the Jungle: entretien confirmé.
    booking(
        SOLENNE,
        "wttj-entretien-confirme-paris",
        "interview",
        prodid=WTTJ,
        start="2043-10-13 11:00",
        zone="Europe/Paris",
        minutes=45,
        summary="Entretien - Solenne Garnier-Adjovi - Cheffe de projet CRM",
        organizer=("Atelier Canopée", "recrutement@atelier-canopee.example"),
        attendees=[("Bérénice Lamarque", "berenice.lamarque@atelier-canopee.example")],
        date=dh("2043-10-07 17:20", "Europe/Paris"),
        frm=("Atelier Canopée via Welcome to the Jungle", "noreply@welcometothejungle.com"),
        subject="Votre entretien avec Atelier Canopée est confirmé",
        body=f"""Bonjour Solenne,

Votre entretien pour le poste de Cheffe de projet CRM est confirmé.

Date : {fr("2043-10-13")}
Heure : 11h00 - 11h45 (heure de Paris)
Avec : Bérénice Lamarque, directrice marketing
Lieu : 18 rue Oberkampf, 75011 Paris

Bonne chance !
L'équipe Welcome to the Jungle
""",
        label=lab(
            "2043-10-13 11:00",
            "Europe/Paris",
            "Europe/Paris",
            company="Atelier Canopée",
            role="Cheffe de projet CRM",
            who=["Bérénice Lamarque"],
            emails=["berenice.lamarque@atelier-canopee.example"],
            notes="Welcome to the Jungle confirmation with .ics; 'heure de Paris' names the zone.",
        ),
    ),
    # 8. Flatchr: annulation.
    vendor(
        SOLENNE,
        "flatchr-annulation-entretien",
        "interview_cancelled",
        frm=("Maison Verlaine Recrutement", "no-reply@flatchr.io"),
        subject="Annulation de votre entretien - Responsable e-commerce",
        date=dh("2043-10-23 09:00", "Europe/Paris"),
        charset="windows-1252",
        cte="quoted-printable",
        body=f"""Bonjour Solenne,

Nous sommes au regret de vous informer que l'entretien prévu le {fr("2043-10-29")} à 14h30
avec Thibault Marchetti est annulé : le poste de Responsable e-commerce est suspendu
jusqu'à nouvel ordre.

Nous reviendrons vers vous si le recrutement reprend.

Cordialement,
L'équipe recrutement de Maison Verlaine
""",
        label=lab(
            "2043-10-29 14:30",
            "Europe/Paris",
            None,
            company="Maison Verlaine",
            role="Responsable e-commerce",
            who=["Thibault Marchetti"],
            notes="Flatchr cancellation, the role suspended; the time is after the EU change "
            "(CET). windows-1252.",
        ),
    ),
    # 9. Montreal, ISO-8859-1 8bit, relance (scheduling request).
    person(
        ELIOTT,
        "disponibilites-entrevue-montreal",
        "scheduling_request",
        frm=("Marie-Ève Beaulieu", "marie-eve.beaulieu@fleuve-techno.example"),
        subject="Vos disponibilités pour une entrevue - Analyste BI",
        date=dh("2043-10-26 10:00", "America/Toronto"),
        charset="ISO-8859-1",
        cte="8bit",
        name_charset="ISO-8859-1",
        body="""Bonjour Éliott,

Merci pour votre candidature au poste d'analyste BI. Nous aimerions vous rencontrer en
entrevue. Pourriez-vous me faire part de vos disponibilités pour la semaine du 2 novembre ?
Veuillez noter que nous serons alors à l'heure normale de l'Est.

Au plaisir,
Marie-Ève Beaulieu
Conseillère en acquisition de talents, Fleuve Techno
""",
        label=note("A request for availability (Quebec French, 8bit ISO-8859-1)."),
    ),
    # 10. Montreal: confirmation after the NA change, time in 'heure de l'Est'.
    person(
        ELIOTT,
        "confirmation-entrevue-heure-est-montreal",
        "interview",
        frm=("Marie-Ève Beaulieu", "marie-eve.beaulieu@fleuve-techno.example"),
        subject="Confirmation de votre entrevue - Analyste BI",
        date=dh("2043-10-29 14:00", "America/Toronto"),
        charset="ISO-8859-1",
        cte="8bit",
        name_charset="ISO-8859-1",
        body=thread(
            f"""Bonjour Éliott,

Parfait, c'est noté : {fr("2043-11-03")} à 13 h 30 (heure de l'Est), au 1250 boulevard
René-Lévesque Ouest. Vous rencontrerez Jean-Philippe Gagnon, directeur des données, et
moi-même.

Marie-Ève""",
            lq(
                "Le 28 oct. 2043 à 21:04, Éliott Marchand-Sow <eliott.marchand@example.org> "
                "a écrit :",
                "Le mardi 3 novembre en après-midi me conviendrait très bien.",
            ),
        ),
        label=lab(
            "2043-11-03 13:30",
            "America/Toronto",
            None,
            company="Fleuve Techno",
            who=["Jean-Philippe Gagnon", "Marie-Ève Beaulieu"],
            emails=["marie-eve.beaulieu@fleuve-techno.example"],
            notes="Two days after the North American change (EST); 'heure de l'Est' is a "
            "region word; the sender takes part ('et moi-même').",
        ),
    ),
    # 11. Dakar: French offer.
    person(
        MAXENCE,
        "proposition-embauche-ingenieur-reseau-goree",
        "offer",
        frm=("Awa Ndiaye-Fall", "awa.ndiaye@goree-connect.example"),
        subject="Proposition d'embauche - Ingénieur réseau",
        date=dh("2043-11-12 10:00", "Africa/Dakar"),
        body="""Bonjour Maxence,

Suite à nos entretiens, j'ai le plaisir de vous adresser une proposition d'embauche pour le
poste d'Ingénieur réseau, en CDI, avec une prise de fonction au 4 janvier 2044. Vous
trouverez le détail de la rémunération dans le courrier joint à venir.

Bien cordialement,
Awa Ndiaye-Fall
DRH, Gorée Connect
""",
        label=note("A French offer.", company="Gorée Connect"),
    ),
    # 12. Dakar: convocation entretien.
    person(
        MAXENCE,
        "convocation-entretien-dakar",
        "interview",
        frm=("Awa Ndiaye-Fall", "awa.ndiaye@goree-connect.example"),
        subject="Convocation à un entretien - Ingénieur réseau",
        date=dh("2043-10-22 09:00", "Africa/Dakar"),
        body=f"""Bonjour Maxence,

Nous avons le plaisir de vous convier à un entretien le {fr("2043-10-27")} à 10h00 (heure
de Dakar), dans nos locaux de la Route des Almadies. Le jury sera composé de
M. Ousmane Diouf, directeur technique, de Mme Fatou Sarr-Gueye, cheffe du service réseau,
et de moi-même.

Bien cordialement,
Awa Ndiaye-Fall
DRH, Gorée Connect
""",
        label=lab(
            "2043-10-27 10:00",
            "Africa/Dakar",
            "Africa/Dakar",
            company="Gorée Connect",
            role="Ingénieur réseau",
            who=["Ousmane Diouf", "Fatou Sarr-Gueye", "Awa Ndiaye-Fall"],
            emails=["awa.ndiaye@goree-connect.example"],
            notes="'M.' and 'Mme' dropped; the sender sits on the jury; Dakar has no DST.",
        ),
    ),
    # --- Spanish --------------------------------------------------------------------------
    # 13. InfoJobs: proceso update (bulk-like? no - a status notice: rejection).
    vendor(
        AINHOA,
        "infojobs-candidatura-descartada",
        "rejection",
        frm=("InfoJobs", "noreply@infojobs.net"),
        subject="Tu candidatura para Técnica de Selección ha sido descartada",
        date=dh("2043-09-14 12:00", "Europe/Madrid"),
        body="""Hola Ainhoa,

La empresa Cantábrico Servicios ha actualizado el estado de tu candidatura para la oferta
"Técnica de Selección": Descartada.

No te desanimes: tienes 14 ofertas nuevas que encajan con tu perfil.
https://www.infojobs.net/candidate/applications

El equipo de InfoJobs
""",
        label=note(
            "InfoJobs status change to 'Descartada': a rejection.", company="Cantábrico Servicios"
        ),
    ),
    # 14. Madrid: entrevista with panel and Basque names.
    person(
        AINHOA,
        "convocatoria-entrevista-bilbao",
        "interview",
        frm=("Itziar Goikoetxea", "itziar.goikoetxea@nervion-ingenieria.example"),
        subject="Convocatoria de entrevista - Ingeniera de Procesos",
        date=dh("2043-10-01 10:30", "Europe/Madrid"),
        body=f"""Hola Ainhoa:

Te confirmo la entrevista para el puesto de Ingeniera de Procesos el {es("2043-10-06")} a
las 12:00 h (hora peninsular), en nuestras oficinas de Abandoibarra, Bilbao. Te
entrevistarán Koldo Arrieta Zubiaurre (Director de Planta) y Dña. Maite Elorza.

Un saludo,
Itziar Goikoetxea
Selección, Nervión Ingeniería
""",
        label=lab(
            "2043-10-06 12:00",
            "Europe/Madrid",
            "Europe/Madrid",
            company="Nervión Ingeniería",
            role="Ingeniera de Procesos",
            who=["Koldo Arrieta Zubiaurre", "Maite Elorza"],
            notes="'Dña.' dropped; 'hora peninsular' read as Europe/Madrid (a careful reader "
            "might leave it null as a region word).",
        ),
    ),
    # 15. Bogotá, base64, entrevista.
    person(
        TOMASA,
        "entrevista-virtual-bogota-base64",
        "interview",
        frm=("Laura Manrique Ospina", "laura.manrique@guadua-digital.example"),
        subject="Entrevista virtual - Analista de Datos Sr.",
        date=dh("2043-09-21 08:45", "America/Bogota"),
        cte="base64",
        body=f"""Hola Tomasa, buenos días.

Quedó agendada tu entrevista virtual para el cargo de Analista de Datos Sr. el
{es("2043-09-24")} a las 3:00 p. m. (hora de Colombia). Te atenderán Andrés Felipe Rincón y
Valeria Cuéllar, del equipo de analítica. Yo solo envío la invitación.

Cordialmente,
Laura Manrique Ospina
Talento Humano, Guadua Digital
""",
        label=lab(
            "2043-09-24 15:00",
            "America/Bogota",
            "America/Bogota",
            company="Guadua Digital",
            role="Analista de Datos Sr.",
            who=["Andrés Felipe Rincón", "Valeria Cuéllar"],
            notes="Base64 body; 'hora de Colombia' names the zone; the sender only invites.",
        ),
    ),
    # 16. Santiago: cancelación.
    person(
        IGNACIA,
        "cancelacion-entrevista-santiago",
        "interview_cancelled",
        frm=("Francisca Errázuriz", "francisca.errazuriz@cordillera-retail.example"),
        subject="Cancelación de entrevista - Jefa de Producto",
        date=dh("2043-09-04 17:00", "America/Santiago"),
        body=f"""Estimada Ignacia:

Lamentamos informarle que la entrevista del {es("2043-09-08")} a las 10:00 (hora de Chile
continental) con Rodrigo Vial queda cancelada, ya que el proceso de selección se cerró con
una candidata interna.

Atentamente,
Francisca Errázuriz
""",
        label=lab(
            "2043-09-08 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Retail",
            role="Jefa de Producto",
            who=["Rodrigo Vial"],
            notes="Cancelled, process closed; the cancelled time falls after Chile's change "
            "of 6 September (UTC-3) while the mail was sent on UTC-4.",
        ),
    ),
    # 17. Santiago: interview reply thread in Spanish.
    person(
        IGNACIA,
        "re-jueves-confirmado-santiago",
        "interview",
        frm=("Tomás Larraín Vial", "tomas.larrain@pacifico-logistica.example"),
        subject="RE: Entrevista jueves",
        date=dh("2043-09-28 12:00", "America/Santiago"),
        body=thread(
            """Perfecto Ignacia, queda el jueves a las 9:30 en Av. Apoquindo 3000, piso 12.
Estaremos Constanza Peña y yo.

Saludos,
Tomás Larraín Vial
Gerente de Operaciones, Pacífico Logística""",
            gq(
                "2043-09-28 10:40",
                "America/Santiago",
                "Ignacia Larraín Fuentes <ignacia.fuentes.l@example.com>",
                "Hola Tomás, el jueves 1 de octubre a las 9:30 me acomoda. Saludos, Ignacia",
            ),
        ),
        label=lab(
            "2043-10-01 09:30",
            "America/Santiago",
            None,
            company="Pacífico Logística",
            who=["Constanza Peña", "Tomás Larraín Vial"],
            emails=["tomas.larrain@pacifico-logistica.example"],
            notes="The date comes from the quoted user's message; the sender takes part. "
            "The user shares the surname Larraín with the interviewer (not the same person).",
        ),
    ),
    # 18. Mexico City: job fair mailing (bulk).
    html_mail(
        RODRIGO,
        "feria-empleo-cdmx-boletin",
        "bulk",
        frm=("Bolsa de Trabajo Anáhuac Norte", "boletin@anahuac-empleo.example"),
        subject="Feria de empleo: más de 40 empresas y entrevistas en sitio",
        date=dh("2043-10-05 09:00", "America/Mexico_City"),
        lang="es",
        extra=bulk("<boletin.anahuac-empleo.example>", "https://anahuac-empleo.example/baja"),
        markup=f"""<h2>Feria de Empleo Otoño 2043</h2>
<p>El {es("2043-10-15")} de 9:00 a 17:00 h en el Centro de Convenciones. Más de 40
empresas realizarán entrevistas en sitio. ¡Trae tu CV impreso!</p>
<p><a href="https://anahuac-empleo.example/feria">Regístrate</a> ·
<a href="https://anahuac-empleo.example/baja">Darse de baja</a></p>""",
        label=note("A job-fair mailing with on-the-spot interviews: bulk."),
    ),
    # 19. Mexico City: entrevista with 'Lic.' and 'Ing.' titles.
    person(
        RODRIGO,
        "entrevista-lic-ing-cdmx",
        "interview",
        frm=("Lic. Mariana Sotomayor", "mariana.sotomayor@grupo-tepeyac.example"),
        subject="Confirmación de entrevista - Gerente de Compras",
        date=dh("2043-10-26 11:00", "America/Mexico_City"),
        body=f"""Estimado Rodrigo:

Por medio del presente le confirmamos su entrevista para la vacante de Gerente de Compras el
{es("2043-10-30")} a las 10:00 hrs (hora del centro de México), en Paseo de la Reforma 505,
piso 31. Lo entrevistarán el Ing. Héctor Villaseñor y la C.P. Rocío Anaya.

Saludos cordiales,
Lic. Mariana Sotomayor
Reclutamiento y Selección, Grupo Tepeyac
""",
        label=lab(
            "2043-10-30 10:00",
            "America/Mexico_City",
            "America/Mexico_City",
            company="Grupo Tepeyac",
            role="Gerente de Compras",
            who=["Héctor Villaseñor", "Rocío Anaya"],
            notes="Mexican titles (Lic., Ing., C.P.) dropped; Mexico City has no DST.",
        ),
    ),
    # --- Italian --------------------------------------------------------------------------
    # 20. Milan: colloquio, 8bit UTF-8, "dott.ssa".
    person(
        COSTANZA,
        "invito-colloquio-milano-dottssa",
        "interview",
        frm=("Federica Lombardini", "federica.lombardini@tortona-forma.example"),
        subject="Invito a colloquio - Product Designer",
        date=dh("2043-11-02 10:00", "Europe/Rome"),
        cte="8bit",
        body=f"""Gentile Costanza,

la ringraziamo per la candidatura. Saremmo lieti di incontrarla per un colloquio
{itd("2043-11-09")} alle ore 11.30 presso la nostra sede di via Tortona 27, Milano.
Incontrerà la dott.ssa Chiara Bellotti (Head of Design) e l'arch. Paolo Cremonesi.

Cordiali saluti,
Federica Lombardini
Ufficio Selezione, Tortona Forma
""",
        label=lab(
            "2043-11-09 11:30",
            "Europe/Rome",
            None,
            company="Tortona Forma",
            role="Product Designer",
            who=["Chiara Bellotti", "Paolo Cremonesi"],
            notes="Italian titles (dott.ssa, arch.) dropped; 8bit UTF-8.",
        ),
    ),
    # 21. Rome: annullamento colloquio.
    person(
        GIOELE,
        "annullamento-colloquio-roma",
        "interview_cancelled",
        frm=("Ufficio Selezione Tevere Assicurazioni", "selezione@tevere-assicurazioni.example"),
        subject="Annullamento colloquio del " + it("2043-10-15"),
        date=dh("2043-10-12 15:00", "Europe/Rome"),
        body=f"""Gentile Gioele,

con la presente la informiamo che il colloquio previsto per {it("2043-10-15")} alle ore
9.30 con il dott. Luigi Ferraresi è annullato, in quanto la posizione di Attuario Junior è
stata sospesa. Sarà nostra cura ricontattarla.

Distinti saluti,
Ufficio Selezione
""",
        label=lab(
            "2043-10-15 09:30",
            "Europe/Rome",
            None,
            company="Tevere Assicurazioni",
            role="Attuario Junior",
            who=["Luigi Ferraresi"],
            notes="Cancellation, position suspended; 'dott.' dropped.",
        ),
    ),
    # 22. Rome: selezione, esito negativo.
    person(
        GIOELE,
        "esito-selezione-negativo-roma",
        "rejection",
        frm=("Ufficio Risorse Umane", "hr@colosseo-analytics.example"),
        subject="Esito della selezione - Data Engineer",
        date=dh("2043-11-05 12:00", "Europe/Rome"),
        body="""Gentile Gioele,

la ringraziamo per aver partecipato al processo di selezione per la posizione di Data
Engineer. Dopo un'attenta valutazione, le comunichiamo che abbiamo scelto di proseguire con
altri candidati.

Cordiali saluti,
Risorse Umane, Colosseo Analytics
""",
        label=note("An Italian rejection.", company="Colosseo Analytics"),
    ),
    # 23. Italian Personio invitation (Bolzano company, Italian).
    booking(
        COSTANZA,
        "personio-conferma-colloquio-bolzano",
        "interview",
        prodid=PERSONIO,
        start="2043-10-21 14:00",
        zone="Europe/Rome",
        minutes=60,
        summary="Colloquio - Costanza Bellandi-Ofosu",
        organizer=("Dolomiti Outdoor Recruiting", "jobs@dolomiti-outdoor.example"),
        attendees=[("Lukas Oberhofer", "lukas.oberhofer@dolomiti-outdoor.example")],
        date=dh("2043-10-15 09:00", "Europe/Rome"),
        frm=("Dolomiti Outdoor", "noreply@personio.de"),
        subject="Conferma del colloquio - UX Designer",
        body=f"""Gentile Costanza,

confermiamo il suo colloquio per la posizione di UX Designer:

{itd("2043-10-21")}, ore 14:00-15:00 (ora di Roma)
Con: Lukas Oberhofer, Creative Lead
Videochiamata: il link è nell'invito allegato.

Cordiali saluti,
Dolomiti Outdoor
""",
        label=lab(
            "2043-10-21 14:00",
            "Europe/Rome",
            "Europe/Rome",
            company="Dolomiti Outdoor",
            role="UX Designer",
            who=["Lukas Oberhofer"],
            emails=["lukas.oberhofer@dolomiti-outdoor.example"],
            notes="Personio in Italian with .ics; 'ora di Roma' names the zone.",
        ),
    ),
    # --- Dutch ----------------------------------------------------------------------------
    # 24. Amsterdam: uitnodiging sollicitatiegesprek (Teamtailor).
    booking(
        MARIEKE,
        "teamtailor-uitnodiging-gesprek-amsterdam",
        "interview",
        prodid=TEAMTAILOR,
        start="2043-10-20 13:00",
        zone="Europe/Amsterdam",
        minutes=60,
        summary="Sollicitatiegesprek Marieke Verhoeven-Boateng",
        organizer=("Grachtengordel Games", "jobs@grachtengordel-games.example"),
        attendees=[
            ("Sjoerd van der Meulen", "sjoerd.vandermeulen@grachtengordel-games.example"),
            ("Naima El Khatib", "naima.elkhatib@grachtengordel-games.example"),
        ],
        date=dh("2043-10-14 10:00", "Europe/Amsterdam"),
        frm=("Grachtengordel Games", "no-reply@teamtailor-mail.com"),
        subject="Uitnodiging sollicitatiegesprek - Game Producer",
        body=f"""Hoi Marieke,

Leuk dat je hebt gesolliciteerd! We nodigen je uit voor een gesprek op {nl("2043-10-20")}
om 13.00 uur op ons kantoor aan de Herengracht 420, Amsterdam.

Je spreekt met Sjoerd van der Meulen (Studio Director) en Naima El Khatib (Lead Producer).

Tot dan!
Team Grachtengordel Games
""",
        label=lab(
            "2043-10-20 13:00",
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Grachtengordel Games",
            role="Game Producer",
            who=["Sjoerd van der Meulen", "Naima El Khatib"],
            emails=[
                "sjoerd.vandermeulen@grachtengordel-games.example",
                "naima.elkhatib@grachtengordel-games.example",
            ],
            notes="Teamtailor in Dutch with .ics; particles kept ('van der').",
        ),
    ),
    # 25. Ghent: afwijzing.
    person(
        JORIS,
        "afwijzing-sollicitatie-gent",
        "rejection",
        frm=("Lieve Vandenbroucke", "lieve.vandenbroucke@schelde-bouw.example"),
        subject="Uw sollicitatie als projectleider",
        date=dh("2043-09-30 14:00", "Europe/Brussels"),
        body="""Beste Joris,

Hartelijk dank voor uw sollicitatie en het fijne gesprek van vorige week. Na rijp beraad
hebben wij besloten om niet verder te gaan met uw kandidatuur voor de vacature van
projectleider.

Met vriendelijke groeten,
Lieve Vandenbroucke
HR, Schelde Bouw
""",
        label=note("A Flemish rejection after an interview.", company="Schelde Bouw"),
    ),
    # 26. Ghent: afspraak bevestiging with "ir." title; Brussels zone.
    person(
        JORIS,
        "bevestiging-afspraak-antwerpen",
        "interview",
        frm=("Sofie Claeys", "sofie.claeys@antwerp-portlogic.example"),
        subject="Bevestiging afspraak - sollicitatiegesprek Data Engineer",
        date=dh("2043-11-03 09:15", "Europe/Brussels"),
        body=f"""Beste Joris,

Hierbij bevestig ik je gesprek op {nl("2043-11-10")} om 10.00 uur in ons kantoor aan de
Londenstraat in Antwerpen. Je maakt kennis met ir. Pieter-Jan De Wilde en met
Yasmina Bouzid. Ik ontvang je aan het onthaal, maar neem zelf niet deel aan het gesprek.

Groetjes,
Sofie Claeys
Talent Acquisition, Antwerp Portlogic
""",
        label=lab(
            "2043-11-10 10:00",
            "Europe/Brussels",
            None,
            company="Antwerp Portlogic",
            role="Data Engineer",
            who=["Pieter-Jan De Wilde", "Yasmina Bouzid"],
            notes="'ir.' dropped; the sender receives the user but does not take part.",
        ),
    ),
    # --- Portuguese -----------------------------------------------------------------------
    # 27. São Paulo: entrevista confirmed, B-encoded subject.
    person(
        ISADORA,
        "convite-entrevista-riscos-paulista",
        "interview",
        frm=("Juliana Prado Bastos", "juliana.bastos@paulista-fintech.example"),
        subject="Convite para entrevista - Analista de Riscos Sênior",
        subject_method="B",
        date=dh("2043-10-08 10:00", "America/Sao_Paulo"),
        body=f"""Olá, Isadora!

Tudo bem? Gostaríamos de convidá-la para uma entrevista na {ptd("2043-10-14")}, às 14h
(horário de Brasília), no nosso escritório da Av. Paulista, 1500. Você vai conversar com o
Rafael Okamoto (gerente de riscos) e com a Dra. Helena Souza Lima.

Abraços,
Juliana Prado Bastos
Recrutamento, Paulista Fintech
""",
        label=lab(
            "2043-10-14 14:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Paulista Fintech",
            role="Analista de Riscos Sênior",
            who=["Rafael Okamoto", "Helena Souza Lima"],
            notes="'Dra.' dropped; 'horário de Brasília' names America/Sao_Paulo; B-encoded "
            "subject.",
        ),
    ),
    # 28. Lisbon: processo seletivo, ausência (auto-reply without headers)
    person(
        GONCALO,
        "resposta-automatica-ausencia-lisboa",
        "auto_reply",
        frm=("Catarina Meireles", "catarina.meireles@tejo-energia.example"),
        subject="Resposta automática: ausência",
        date=dh("2043-10-12 08:00", "Europe/Lisbon"),
        body="""Obrigada pela sua mensagem. Estou ausente do escritório e regresso a 20 de outubro,
com acesso limitado ao email até lá. Para questões sobre processos de recrutamento, contacte
recrutamento@tejo-energia.example.

Catarina Meireles
""",
        label=note(
            "Portuguese out-of-office without RFC 3834 headers, with a return date.",
            return_date="2043-10-20",
        ),
    ),
    # 29. Lisbon: entrevista, Outlook-like reply with Portuguese attribution.
    person(
        GONCALO,
        "agendamento-entrevista-lisboa",
        "interview",
        frm=("Catarina Meireles", "catarina.meireles@tejo-energia.example"),
        subject="RE: Agendamento de entrevista - Engenheiro de Dados",
        date=dh("2043-10-21 16:30", "Europe/Lisbon"),
        body=thread(
            f"""Olá Gonçalo,

Fica então confirmado: {ptd("2043-10-27")}, às {hm("2043-10-27 09:30", "h")}, na nossa
sede no Parque das Nações. Estarão presentes o Eng. Duarte Valadares e a Inês Cordeiro.

Cumprimentos,
Catarina Meireles""",
            lq(
                "Em qua., 21/10/2043 às 11:02, Gonçalo Arruda Pires "
                "<goncalo.arruda@example.net> escreveu:",
                "Bom dia Catarina, terça dia 27 de manhã seria ótimo para mim.",
            ),
        ),
        label=lab(
            "2043-10-27 09:30",
            "Europe/Lisbon",
            None,
            company="Tejo Energia",
            role="Engenheiro de Dados",
            who=["Duarte Valadares", "Inês Cordeiro"],
            notes="Two days after Portugal leaves summer time (WET); 'Eng.' dropped.",
        ),
    ),
    # 30. Fortaleza: processo seletivo - proposta (offer)
    person(
        ANTONIA,
        "proposta-de-emprego-fortaleza",
        "offer",
        frm=("Raimundo Nonato Freire", "raimundo.freire@jangada-software.example"),
        subject="Proposta de emprego - Desenvolvedora Back-end",
        date=dh("2043-11-11 10:00", "America/Fortaleza"),
        body="""Oi Antônia,

Depois das entrevistas, ficamos muito felizes em fazer uma proposta para a vaga de
Desenvolvedora Back-end: salário de R$ 14.500 (CLT), vale-refeição e plano de saúde, com
início em 4 de janeiro. Podemos conversar sobre os detalhes quando for melhor para você.

Abraço,
Raimundo Nonato Freire
CTO, Jangada Software
""",
        label=note("A Brazilian offer in the body.", company="Jangada Software"),
    ),
    # 31. Fortaleza: convite entrevista remota (no DST).
    person(
        ANTONIA,
        "entrevista-tecnica-remota-fortaleza",
        "interview",
        frm=("Raimundo Nonato Freire", "raimundo.freire@jangada-software.example"),
        subject="Entrevista técnica - Desenvolvedora Back-end",
        date=dh("2043-10-28 09:00", "America/Fortaleza"),
        body=f"""Oi Antônia,

Que tal {pt("2043-11-03")}, às 10h (horário de Fortaleza)? Eu e a Luana Bezerra, nossa
tech lead, vamos fazer a entrevista técnica pelo Meet. Já mandei o convite.

Abraço,
Raimundo
""",
        label=lab(
            "2043-11-03 10:00",
            "America/Fortaleza",
            "America/Fortaleza",
            company="Jangada Software",
            who=["Raimundo Nonato Freire", "Luana Bezerra"],
            emails=["raimundo.freire@jangada-software.example"],
            notes="Proposed with the invitation already sent: labelled an interview. The "
            "sender takes part ('Eu e a Luana') and signs with his first name only; his full "
            "name is in the From header.",
        ),
    ),
]
