"""German, French, Spanish (and Portuguese-flavoured) mail of every kind (hand-written)."""

from __future__ import annotations

from .base import (
    FRIEDA,
    GABO,
    ILDA,
    INES,
    JULES,
    KASIA,
    MIREILLE,
    ORIOL,
    ROCIO,
    TOMAS,
    YANET,
    ats,
    de,
    dh,
    es,
    exchange,
    fr,
    gcal,
    human,
    invite,
    iso,
    iv,
    note,
    quoted,
)

MESSAGES = []
add = MESSAGES.append

# 1 Personio Einladung, Berlin, with Du
s = "2028-06-14 10:00"
add(
    ats(
        FRIEDA,
        "personio-einladung-berlin-du",
        "interview",
        frm=("Kranichfeld Energie GmbH", "noreply@personio.de"),
        subject="Einladung zum Vorstellungsgespräch – Werkstudentin Data Engineering",
        date=dh("2028-06-08 09:12", "Europe/Berlin"),
        body=f"""Hallo Frieda,

wir freuen uns, dich zum Vorstellungsgespräch einzuladen!

Termin: {de(s)}, 10:00–11:00 Uhr (MESZ, Berlin)
Ort: Kranichfeld Energie, Schlesische Str. 12, 10997 Berlin, 3. OG
Gesprächspartner: Dr. Henrike von Bülow (Teamlead Data) und Ole Petersen-Kahl (Senior Engineer)

Bitte bestätige den Termin kurz über den Link in Personio.

Viele Grüße
Janina Roth
People & Culture""",
        label=iv(
            iso(s, "Europe/Berlin"),
            "Europe/Berlin",
            company="Kranichfeld Energie GmbH",
            role="Werkstudentin Data Engineering",
            interviewers=["Henrike von Bülow", "Ole Petersen-Kahl"],
            notes="Title Dr. dropped; Janina Roth signs and does not interview.",
        ),
    )
)

# 2 Outlook Wann: in Central European Standard Time, Warsaw, English company mail in Polish branch
s = "2028-07-05 13:30"
add(
    exchange(
        KASIA,
        "outlook-warsaw-rozmowa",
        "interview",
        start=s,
        zone="Central European Standard Time",
        when_zone="(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
        minutes=60,
        subject="Rozmowa rekrutacyjna / Interview – Senior QA Engineer",
        organizer=("Agnieszka Dąbrowska-Nowak", "a.dabrowska@wislasoft.example"),
        attendees=[("Michał Szczepański", "m.szczepanski@wislasoft.example")],
        date=dh("2028-06-29 11:40", "Europe/Warsaw"),
        text="""Dzień dobry Pani Katarzyno,

zapraszam na rozmowę rekrutacyjną (Senior QA Engineer). Będę ja i Michał Szczepański (QA Manager).

(EN) Interview with Agnieszka Dąbrowska-Nowak and Michał Szczepański, 60 min, Teams.

Pozdrawiam,
Agnieszka Dąbrowska-Nowak
HR Business Partner, Wisłasoft""",
        label=iv(
            iso(s, "Europe/Warsaw"),
            "Europe/Warsaw",
            company="Wisłasoft",
            role="Senior QA Engineer",
            interviewers=["Agnieszka Dąbrowska-Nowak", "Michał Szczepański"],
            emails=["a.dabrowska@wislasoft.example", "m.szczepanski@wislasoft.example"],
            notes="Polish with an English line; HR partner interviews too.",
        ),
    )
)

# 3 Swiss French entretien, Lausanne company, Zurich zone
s = "2028-08-22 14:15"
add(
    human(
        JULES,
        "entretien-suisse-romande",
        "interview",
        frm=("Sévane Rochat", "sevane.rochat@leman-horlogerie.example"),
        subject="Entretien – Ingénieur méthodes – confirmation",
        date=dh("2028-08-14 08:50", "Europe/Zurich"),
        body=f"""Bonjour Monsieur Vuilleumier,

Je vous confirme votre entretien pour le poste d'Ingénieur méthodes le {fr(s)} à 14h15, dans nos locaux du Sentier (Vallée de Joux). Vous rencontrerez M. Lucien Aubert-Piguet, responsable de production, ainsi que moi-même.

Septante minutes sont prévues, visite de l'atelier comprise.

Meilleures salutations,
Sévane Rochat
Responsable RH – Léman Horlogerie SA
+41 21 555 01 74""",
        mailer="outlook",
        label=iv(
            iso(s, "Europe/Zurich"),
            None,
            company="Léman Horlogerie SA",
            role="Ingénieur méthodes",
            interviewers=["Lucien Aubert-Piguet", "Sévane Rochat"],
            emails=["sevane.rochat@leman-horlogerie.example"],
            notes="Swiss French (septante); place named is a village, no zone stated.",
        ),
    )
)

# 4 Luxembourg, French Teams invite
s = "2028-07-10 09:30"
add(
    exchange(
        MIREILLE,
        "luxembourg-entretien-teams",
        "interview",
        start=s,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne",
        minutes=45,
        subject="Entretien – Analyste conformité – Mireille Kremer",
        organizer=("Pol Schmit", "pol.schmit@kirchberg-fonds.example"),
        attendees=[("Anne-Marie Weber", "am.weber@kirchberg-fonds.example")],
        date=dh("2028-07-03 16:00", "Europe/Luxembourg"),
        lang="fr",
        text="""Bonjour Madame Kremer,

Suite à notre échange, voici l'invitation pour votre entretien (poste : Analyste conformité) avec Anne-Marie Weber, Head of Compliance, et moi-même.

Moien a bis geschwënn!
Pol Schmit
Talent Acquisition, Kirchberg Fonds S.A.""",
        label=iv(
            iso(s, "Europe/Luxembourg"),
            "Europe/Berlin",
            company="Kirchberg Fonds S.A.",
            role="Analyste conformité",
            interviewers=["Anne-Marie Weber", "Pol Schmit"],
            emails=["am.weber@kirchberg-fonds.example", "pol.schmit@kirchberg-fonds.example"],
            notes="W. Europe Standard Time maps to Berlin; Luxembourgish sign-off.",
        ),
    )
)

# 5 Spanish Lima, Workable entrevista
s = "2028-06-16 11:00"
add(
    ats(
        ROCIO,
        "workable-entrevista-lima",
        "interview",
        frm=("Andina Foods", "noreply@workablemail.com"),
        subject="Entrevista confirmada – Jefa de Calidad – Andina Foods",
        date=dh("2028-06-10 18:30", "America/Lima"),
        body=f"""Hola Rocío:

Tu entrevista para el puesto de Jefa de Calidad quedó confirmada:

📅 {es(s)} de 2028
🕚 11:00 a. m. (hora de Lima)
📍 Av. Javier Prado Este 4200, Surco – piso 6
👥 Entrevistan: Ing. Renzo Villacorta (Gerente de Planta) y Milagros Ñahui (Jefa de RR. HH.)

¡Éxitos!
Equipo de Talento – Andina Foods""",
        label=iv(
            iso(s, "America/Lima"),
            "America/Lima",
            company="Andina Foods",
            role="Jefa de Calidad",
            interviewers=["Renzo Villacorta", "Milagros Ñahui"],
            notes="Emoji bullets; Ing. title dropped.",
        ),
    )
)

# 6 Santiago winter, Google invite in Spanish-speaking firm
s = "2028-07-27 16:30"
add(
    gcal(
        TOMAS,
        "google-santiago-invierno",
        "interview",
        start=s,
        zone="America/Santiago",
        minutes=60,
        summary="Entrevista técnica – Tomás Irarrázaval / Cordillera Pagos",
        organizer=("Javiera Undurraga", "javiera.u@cordillerapagos.example"),
        guests=[
            ("Javiera Undurraga", "javiera.u@cordillerapagos.example"),
            ("Benjamín Echeñique", "benjamin.e@cordillerapagos.example"),
        ],
        date=dh("2028-07-20 12:15", "America/Santiago"),
        note_text="Entrevista técnica para Ingeniero de Datos Senior. Live coding en Python.",
        label=iv(
            iso(s, "America/Santiago"),
            "America/Santiago",
            company="Cordillera Pagos",
            role="Ingeniero de Datos Senior",
            interviewers=["Javiera Undurraga", "Benjamín Echeñique"],
            emails=["javiera.u@cordillerapagos.example", "benjamin.e@cordillerapagos.example"],
            notes="Chile in winter (-04:00).",
        ),
    )
)

# 7 Catalan-flavoured Spanish, Barcelona, reply top of thread
s = "2028-06-21 17:00"
add(
    human(
        ORIOL,
        "barcelona-entrevista-bon-dia",
        "interview",
        frm=("Núria Vilanova i Puig", "nuria.vilanova@mercatdigital.example"),
        subject="Re: Candidatura Product Owner – entrevista",
        date=dh("2028-06-19 09:05", "Europe/Madrid"),
        body=f"""Bon dia Oriol,

Perfecto, queda cerrada la entrevista el {es(s)} a las 17:00 h en la oficina del 22@ (Pujades 101). Estaremos Jordi Ferrer-Solà (CPO) y yo.

Una abraçada,
Núria Vilanova i Puig
Head of Product – Mercat Digital
"""
        + quoted(
            "2028-06-18 21:30",
            "Europe/Madrid",
            "Oriol Puigdomènech <oriol.puigdomenech@example.net>",
            "Hola Núria, el miércoles por la tarde me va genial. Gràcies!",
        ),
        label=iv(
            iso(s, "Europe/Madrid"),
            None,
            company="Mercat Digital",
            role="Product Owner",
            interviewers=["Jordi Ferrer-Solà", "Núria Vilanova i Puig"],
            emails=["nuria.vilanova@mercatdigital.example"],
            notes="Catalan greetings in Spanish mail; the sender interviews too.",
        ),
    )
)

# 8 Portuguese company writing in English, Lisbon, Recruitee
s = "2028-07-12 15:00"
add(
    ats(
        INES,
        "recruitee-lisbon-english",
        "interview",
        frm=("Tejo Mobility", "noreply@recruitee.com"),
        subject="Interview confirmation – Tejo Mobility – Data Product Manager",
        date=dh("2028-07-06 10:20", "Europe/Lisbon"),
        body="""Olá Inês,

Thanks for picking a slot! Your interview is on Wednesday, 12 July 2028 at 15:00 Lisbon time (WEST).

You'll talk with João Pedro Sá da Bandeira (VP Product) and Marta Figueiredo (Data Lead). Google Meet link: https://meet.google.com/tjm-kpqr-lxw

Até já,
Tejo Mobility People Team""",
        label=iv(
            iso(s, "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Tejo Mobility",
            role="Data Product Manager",
            interviewers=["João Pedro Sá da Bandeira", "Marta Figueiredo"],
            notes="Portuguese company writing in English.",
        ),
    )
)

# 9 Azores user, Lisbon time interview (zone differs by an hour)
s = "2028-08-03 10:00"
add(
    human(
        ILDA,
        "azores-entrevista-hora-lisboa",
        "interview",
        frm=("Rui Tavares Quental", "rui.quental@atlanticogreen.example"),
        subject="Entrevista – Técnica de Ambiente – 3 de agosto",
        date=dh("2028-07-28 14:00", "Atlantic/Azores"),
        body="""Olá Ilda,

Confirmo a entrevista por videochamada na quinta-feira, 3 de agosto, às 10h00 hora de Lisboa (09h00 nos Açores). Estarei eu e a Eng.ª Beatriz Cordeiro.

Cumprimentos,
Rui Tavares Quental
Diretor de Operações, Atlântico Green""",
        mailer="outlook",
        label=iv(
            iso(s, "Europe/Lisbon"),
            "Europe/Lisbon",
            company="Atlântico Green",
            role="Técnica de Ambiente",
            interviewers=["Rui Tavares Quental", "Beatriz Cordeiro"],
            emails=["rui.quental@atlanticogreen.example"],
            notes="Portuguese; stated in Lisbon time with the Azores conversion.",
        ),
    )
)

# 10 Caracas, Spanish phone reply, Zoom
s = "2028-06-23 15:00"
add(
    human(
        GABO,
        "caracas-zoom-celular",
        "interview",
        frm=("Mariángel Briceño", "mbriceno@orinocotech.example"),
        subject="Re: Entrevista Desarrollador Android",
        date=dh("2028-06-20 20:10", "America/Caracas"),
        body=f"""Listo Gabriel, quedamos el {es(s)} a las 3 pm hora de Venezuela por Zoom: https://zoom.us/j/81234500917
Te entrevista Andrés di Marco (líder técnico) conmigo.

Enviado desde mi celular""",
        mailer="android",
        label=iv(
            iso(s, "America/Caracas"),
            "America/Caracas",
            company="Orinoco Tech",
            role="Desarrollador Android",
            interviewers=["Andrés di Marco", "Mariángel Briceño"],
            emails=["mbriceno@orinocotech.example"],
        ),
    )
)

# 11 Havana, Spanish, Apple invite from a recruiter at a foreign company (Madrid time!)
s = "2028-07-31 16:00"
add(
    invite(
        YANET,
        "havana-apple-hora-madrid",
        "interview",
        style="thunderbird",
        frm=("Lucía Bermejo", "lucia.bermejo@solmarhoteles.example"),
        subject="Invitación: Entrevista Revenue Manager (hora de Madrid)",
        date=dh("2028-07-24 09:00", "America/Havana"),
        body=f"""Estimada Yanet:

Le envío la invitación para la entrevista del {es(s)} a las 16:00 hora de Madrid (10:00 en La Habana). Le entrevistarán Carlos de la Fuente (director comercial) y Ainhoa Etxeberria (revenue).

Un saludo,
Lucía Bermejo – Selección, Solmar Hoteles""",
        start=s,
        zone="Europe/Madrid",
        minutes=60,
        summary="Entrevista Revenue Manager – Yanet Castellanos",
        organizer=("Lucía Bermejo", "lucia.bermejo@solmarhoteles.example"),
        attendees=[
            ("Carlos de la Fuente", "c.delafuente@solmarhoteles.example"),
            ("Ainhoa Etxeberria", "a.etxeberria@solmarhoteles.example"),
        ],
        label=iv(
            iso(s, "Europe/Madrid"),
            "Europe/Madrid",
            company="Solmar Hoteles",
            role="Revenue Manager",
            interviewers=["Carlos de la Fuente", "Ainhoa Etxeberria"],
            emails=["c.delafuente@solmarhoteles.example", "a.etxeberria@solmarhoteles.example"],
            notes="Recruiter organises, does not interview; Madrid time for a Havana user.",
        ),
    )
)

# 12 German Absage (cancellation) of an interview, Outlook CANCEL
s = "2028-06-28 14:00"
add(
    exchange(
        FRIEDA,
        "abgesagt-gespraech-outlook",
        "interview_cancelled",
        start=s,
        zone="W. Europe Standard Time",
        when_zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        minutes=60,
        subject="Vorstellungsgespräch Junior Controllerin",
        prefix="Abgesagt: ",
        organizer=("Bernd Kühnhold", "b.kuehnhold@elbtal-versand.example"),
        attendees=[],
        date=dh("2028-06-23 08:15", "Europe/Berlin"),
        lang="de",
        cancelled=True,
        text="""Liebe Frau Obermüller,

leider muss ich unser Gespräch am Mittwoch krankheitsbedingt absagen. Ich melde mich nächste Woche mit einem neuen Terminvorschlag.

Beste Grüße
Bernd Kühnhold, Leiter Controlling""",
        label=iv(
            iso(s, "Europe/Berlin"),
            "Europe/Berlin",
            company="Elbtal Versand",
            role="Junior Controllerin",
            interviewers=["Bernd Kühnhold"],
            emails=["b.kuehnhold@elbtal-versand.example"],
        ),
    )
)

# 13 French annulation, Luxembourg
s = "2028-07-17 10:00"
add(
    human(
        MIREILLE,
        "annulation-entretien-luxembourg",
        "interview_cancelled",
        frm=("Céline Hoffmann", "c.hoffmann@moselle-assurances.example"),
        subject="Annulation de votre entretien du 17 juillet",
        date=dh("2028-07-11 11:00", "Europe/Luxembourg"),
        body=f"""Madame,

Nous sommes au regret d'annuler l'entretien prévu le {fr(s)} à 10h00 (poste : Actuaire junior) avec M. Raphaël Da Silva Wagner. Le poste a été pourvu en interne.

Nous conservons votre candidature.

Céline Hoffmann
Ressources humaines – Moselle Assurances""",
        mailer="outlook",
        label=iv(
            iso(s, "Europe/Luxembourg"),
            None,
            company="Moselle Assurances",
            role="Actuaire junior",
            interviewers=["Raphaël Da Silva Wagner"],
            notes="Cancellation (position filled internally), not a plain rejection.",
        ),
    )
)

# 14 Spanish scheduling request with options, Santiago
add(
    human(
        TOMAS,
        "disponibilidad-santiago-opciones",
        "scheduling_request",
        frm=("Constanza Ossandón", "c.ossandon@patagoniaretail.example"),
        subject="Coordinemos entrevista – Analista de Pricing",
        date=dh("2028-06-12 10:00", "America/Santiago"),
        body="""Hola Tomás, ¿cómo estás?

Nos gustaría avanzar con una entrevista para Analista de Pricing. ¿Cuál de estas opciones te acomoda?
– jueves 15 de junio, 9:30
– viernes 16 de junio, 12:00
– lunes 19 de junio, 15:00
(hora de Chile continental)

Saludos,
Constanza Ossandón – Reclutamiento, Patagonia Retail""",
        label=note(
            "Asks the candidate to choose; nothing fixed yet.",
            company="Patagonia Retail",
            role="Analista de Pricing",
        ),
    )
)

# 15 German Terminvorschlag via Personio-style link
add(
    ats(
        FRIEDA,
        "terminbuchung-link-hamburg",
        "scheduling_request",
        frm=("Nordhafen Reederei Recruiting", "noreply@personio.de"),
        subject="Terminbuchung für Ihr Bewerbungsgespräch – Nordhafen Reederei",
        date=dh("2028-07-03 14:30", "Europe/Berlin"),
        body="""Sehr geehrte Frau Obermüller,

vielen Dank für Ihre Bewerbung als Disponentin. Bitte wählen Sie über den folgenden Link einen passenden Termin für ein erstes Telefoninterview (30 Min.) in den nächsten zwei Wochen:

https://nordhafen.jobs.personio.de/booking/8f3k2

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        label=note(
            "Booking link, no time chosen.", company="Nordhafen Reederei", role="Disponentin"
        ),
    )
)

# 16 French rejection, Swiss
add(
    ats(
        JULES,
        "refus-candidature-geneve",
        "rejection",
        frm=("Rhône Instruments SA", "noreply@smartrecruiters.com"),
        subject="Votre candidature – Ingénieur qualité",
        date=dh("2028-07-07 16:40", "Europe/Zurich"),
        body="""Bonjour Jules,

Nous vous remercions de l'intérêt que vous portez à Rhône Instruments. Après examen attentif, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste d'Ingénieur qualité.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent""",
        label=note(
            "Standard French rejection.", company="Rhône Instruments SA", role="Ingénieur qualité"
        ),
    )
)

# 17 Spanish rejection after interview, Lima
add(
    human(
        ROCIO,
        "lima-lamentamos-tras-entrevista",
        "rejection",
        frm=("Milagros Ñahui", "mnahui@andinafoods.example"),
        subject="Proceso de selección – Jefa de Calidad",
        date=dh("2028-06-30 17:20", "America/Lima"),
        body="""Hola Rocío:

Gracias por tu tiempo en la entrevista del viernes 16. Lamentamos comunicarte que hemos decidido continuar con otra candidata cuyo perfil se ajusta más a lo que buscamos en este momento.

Te deseamos muchos éxitos.
Milagros""",
        label=note(
            "Rejection after an interview; mentions a past interview date.",
            company="Andina Foods",
            role="Jefa de Calidad",
        ),
    )
)

# 18 German offer (Zusage / Angebot)
add(
    human(
        FRIEDA,
        "angebot-werkstudentin-berlin",
        "offer",
        frm=("Janina Roth", "janina.roth@kranichfeld-energie.example"),
        subject="Dein Vertragsangebot – Werkstudentin Data Engineering 🎉",
        date=dh("2028-06-20 15:05", "Europe/Berlin"),
        body="""Hallo Frieda,

wir freuen uns sehr: Henrike und Ole waren begeistert, und wir möchten dir die Stelle als Werkstudentin Data Engineering anbieten! 20 Std./Woche, 18 €/Std., Start 1. August.

Den Vertrag schicke ich dir morgen per DocuSign. Gib mir bis Freitag Bescheid, ob du annimmst.

Liebe Grüße
Janina""",
        label=note(
            "Offer with terms.",
            company="Kranichfeld Energie GmbH",
            role="Werkstudentin Data Engineering",
        ),
    )
)

# 19 Spanish offer, Caracas
add(
    human(
        GABO,
        "oferta-laboral-caracas",
        "offer",
        frm=("Mariángel Briceño", "mbriceno@orinocotech.example"),
        subject="Oferta laboral – Desarrollador Android – Orinoco Tech",
        date=dh("2028-07-03 11:30", "America/Caracas"),
        body="""Gabriel, ¡buenas noticias!

Nos complace hacerte una oferta formal para el cargo de Desarrollador Android. Adjunto la carta oferta con salario, beneficios y fecha de inicio (17 de julio). Por favor confírmanos antes del 7 de julio.

Saludos,
Mariángel Briceño
Talento Humano""",
        label=note("Formal offer.", company="Orinoco Tech", role="Desarrollador Android"),
    )
)

# 20 German auto reply (Abwesenheitsnotiz)
add(
    human(
        KASIA,
        "abwesenheit-recruiterin-wien",
        "auto_reply",
        frm=("Theresa Gruber-Lindner", "t.gruber@donaupark-consult.example"),
        subject="Automatische Antwort: Bewerbung Senior QA Engineer – Katarzyna Wróblewska",
        date=dh("2028-07-14 09:01", "Europe/Warsaw"),
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. August 2028 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ab Montag, 7. August bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an recruiting@donaupark-consult.example.

Thank you for your message. I am on leave until 4 August 2028.""",
        mailer="outlook",
        extra=[("Auto-Submitted", "auto-replied")],
        label=note("Out of office, back 7 August.", return_date="2028-08-07"),
    )
)

# 21 French job alert (bulk)
add(
    ats(
        MIREILLE,
        "alerte-emploi-luxembourg",
        "bulk",
        frm=("Alertes Emploi Lux", "alertes@emploilux.example"),
        subject="12 nouvelles offres : Compliance – Luxembourg",
        date=dh("2028-07-09 07:00", "Europe/Luxembourg"),
        body="""Bonjour Mireille,

Voici les nouvelles offres correspondant à votre alerte « Compliance » :

• Analyste KYC – Banque du Plateau – Luxembourg-Ville
• Compliance Officer – Fonds Alzette – Strassen
• Juriste conformité – Groupe Sûre – Esch-sur-Alzette

Entretien garanti ? Non, mais postulez vite !

Se désabonner : https://emploilux.example/unsub""",
        extra=[
            ("List-Id", "<alertes.emploilux.example>"),
            ("List-Unsubscribe", "<https://emploilux.example/unsub>"),
            ("Precedence", "bulk"),
        ],
        label=note("Job alert with the word entretien."),
    )
)

# 22 Spanish bank cita (other, trap)
add(
    ats(
        ORIOL,
        "cita-banco-confirmada",
        "other",
        frm=("Banc Tramuntana", "citas@banctramuntana.example"),
        subject="Confirmación de su cita en oficina – Banc Tramuntana",
        date=dh("2028-06-15 12:00", "Europe/Madrid"),
        body=f"""Estimado cliente:

Le confirmamos su cita con su gestor, Sr. Pere Casals, el {es("2028-06-20 10:30")} a las 10:30 h en la oficina de Gràcia.

Motivo: hipoteca

Banc Tramuntana""",
        label=note("Bank appointment confirmation, not an interview."),
    )
)

# 23 German Besichtigung (tenancy viewing, trap)
add(
    human(
        FRIEDA,
        "wohnungsbesichtigung-termin",
        "other",
        frm=("Hausverwaltung Spreebogen", "vermietung@spreebogen-hv.example"),
        subject="Termin Wohnungsbesichtigung – Gespräch vor Ort",
        date=dh("2028-07-05 17:30", "Europe/Berlin"),
        body=f"""Sehr geehrte Frau Obermüller,

gerne bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der Kopenhagener Str. 9 am {de("2028-07-08 11:00")} um 11:00 Uhr. Im Anschluss kurzes Gespräch mit der Eigentümerin. Bitte Selbstauskunft und Gehaltsnachweise mitbringen.

Mit freundlichen Grüßen
Hausverwaltung Spreebogen""",
        mailer="outlook",
        label=note("Tenancy viewing with a 'Gespräch': not a job interview."),
    )
)

# 24 Spanish visa interview at consulate (trap)
add(
    ats(
        GABO,
        "cita-consular-visado",
        "other",
        frm=("Consulado General (citas)", "citas-visados@consulado.example"),
        subject="Cita confirmada: entrevista consular – visado de trabajo",
        date=dh("2028-06-26 08:00", "America/Caracas"),
        body=f"""Solicitante: URDANETA, GABRIEL
Trámite: Visado nacional de trabajo – entrevista personal
Fecha: {es("2028-07-06 08:30")} de 2028, 08:30
Lugar: Sección consular, Av. Francisco de Miranda

Presentarse 15 minutos antes con pasaporte y carta de la empresa.""",
        label=note("Visa interview at a consulate: not a job interview."),
    )
)
