"""A last handful of every kind, written after the others to round the set off."""

from __future__ import annotations

from .kit import (
    CAMILO,
    FARHAD,
    FEMKE,
    GESA,
    GURLEEN,
    HINANO,
    ROMANE,
    Msg,
    dh,
    exchange,
    fr,
    gcal,
    html_page,
    lab,
    mail,
    note,
)

MESSAGES: list[Msg] = []
add = MESSAGES.append

# --- Personio self-booking link (German), nothing booked ---------------------------------------
add(
    mail(
        GESA,
        "personio-terminwahl-selbst-buchen",
        "scheduling_request",
        frm=("Speicherhafen Handel GmbH", "noreply@personio.de"),
        reply_to=("Kai Brodersen", "kai.brodersen@speicherhafen.example"),
        subject="Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch",
        date=dh("2030-11-04 13:20:00", "Europe/Berlin"),
        body="""Hallo Frau Thormählen,

wir freuen uns, Sie kennenzulernen! Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 30-minütiges Video-Interview mit unserem Einkaufsleiter:

https://speicherhafen.jobs.personio.de/interview-booking/a81f2c

Die angezeigten Zeiten entsprechen deutscher Zeit.

Viele Grüße
Kai Brodersen
Personal, Speicherhafen Handel GmbH
""",
        label=note("German self-booking link; nothing booked.", company="Speicherhafen Handel"),
    )
)

# --- HTML-only rejection after an interview ----------------------------------------------------
add(
    mail(
        FARHAD,
        "qasr-html-regret-after-panel",
        "rejection",
        frm=("Qasr Logistics Talent Acquisition", "careers@qasrlogistics.example"),
        subject="Procurement Lead - Qasr Logistics",
        date=dh("2030-10-27 11:40:00", "Asia/Dubai"),
        rich=html_page(
            """<p>Dear Farhad,</p>
<p>Thank you for meeting Sultan and Deepa for the Procurement Lead role. We have now completed the interviews and, after careful deliberation, we regret that we will not be progressing your application further.</p>
<p>We will retain your details for twelve months and may contact you about suitable roles.</p>
<p>Kind regards,<br>Mira Haddad<br>Talent Acquisition | Qasr Logistics</p>"""
        ),
        label=note("HTML-only rejection after the panel interview.", company="Qasr Logistics"),
    )
)

# --- Google invitation for a performance review at the current job -----------------------------
S = "2030-11-15 11:00"
add(
    gcal(
        FEMKE,
        "gcal-quarterly-review-current-job",
        "other",
        start=S,
        zone="Europe/Amsterdam",
        minutes=60,
        summary="Q4 performance review - Femke",
        organizer=("Wouter Smeets", "wouter.smeets@amstelkade.example"),
        guests=[("Wouter Smeets", "wouter.smeets@amstelkade.example")],
        date=dh("2030-11-08 16:55:00", "Europe/Amsterdam"),
        note_text="Please fill in the self-assessment in the HR tool before we meet.",
        label=note("Performance review with her current manager; not a job interview."),
    )
)

# --- JazzHR cancellation of an earlier confirmed phone interview --------------------------------
S = "2030-11-14 13:30"
add(
    mail(
        GURLEEN,
        "jazzhr-interview-cancelled-redriver",
        "interview_cancelled",
        frm=("Redriver Seed Co", "notifications@app.jazzhr.com"),
        reply_to=("Holly Penner", "holly.penner@redriverseed.example"),
        subject="Interview Cancelled - Redriver Seed Co",
        date=dh("2030-11-12 09:05:00", "America/Winnipeg"),
        body="""Hello Gurleen,

Your phone interview scheduled for 11/14/2030 at 1:30 PM Central Time for the Logistics Coordinator position has been cancelled. Curtis Wiebe is unexpectedly away this week; we will reach out with a new time.

Thank you,
Holly Penner
HR Generalist
Redriver Seed Co
""",
        label=lab(
            S,
            "America/Winnipeg",
            "America/Chicago",
            company="Redriver Seed Co",
            role="Logistics Coordinator",
            who=["Curtis Wiebe"],
            notes="JazzHR cancellation of the earlier confirmation; a new time is only promised.",
        ),
    )
)

# --- Spanish Exchange request, Bogotá -----------------------------------------------------------
S = "2030-11-06 08:30"
add(
    exchange(
        CAMILO,
        "exchange-segunda-entrevista-bogota",
        "interview",
        start=S,
        zone="SA Pacific Standard Time",
        minutes=60,
        subject="Segunda entrevista – Coordinador de Operaciones – Camilo Restrepo",
        organizer=("Felipe Arango", "felipe.arango@cafetalandino.example"),
        attendees=[("Lorena Cifuentes", "lorena.cifuentes@cafetalandino.example")],
        date=dh("2030-10-30 17:12:00", "America/Bogota"),
        lang="es",
        text="""Hola Camilo,

Gracias por la primera conversación. Te envío la invitación para la segunda entrevista, esta vez con Lorena Cifuentes, nuestra Gerente General, y conmigo.

Saludos,
Felipe Arango
Gerente de Operaciones, Cafetal Andino
""",
        label=lab(
            S,
            "SA Pacific Standard Time",
            "America/Bogota",
            company="Cafetal Andino",
            role="Coordinador de Operaciones",
            who=["Felipe Arango", "Lorena Cifuentes"],
            emails=[
                "felipe.arango@cafetalandino.example",
                "lorena.cifuentes@cafetalandino.example",
            ],
            notes="Exchange 'Cuándo:' in Spanish with 'SA Pacific Standard Time' (Bogotá, -05:00).",
        ),
    )
)

# --- French bank appointment (not an interview) -------------------------------------------------
add(
    mail(
        ROMANE,
        "rendez-vous-conseiller-banque",
        "other",
        frm=("Banque Sequana", "ne-pas-repondre@banque-sequana.example"),
        subject="Confirmation de votre rendez-vous avec votre conseiller",
        date=dh("2030-10-11 08:15:00", "Europe/Paris"),
        body=f"""Bonjour Madame Lefebvre-Caillaux,

Nous vous confirmons votre rendez-vous le {fr("2030-10-18 17:30", False)} à 17h30 avec Monsieur Julien Perrot, votre conseiller, en agence (Paris Bastille).

Objet : ouverture d'un plan d'épargne.

Banque Sequana
""",
        label=note("Bank appointment; not an interview."),
    )
)

# --- French Exchange request in Outlook's Hawaii zone from Papeete --------------------------
S = "2030-11-05 09:00"
add(
    exchange(
        HINANO,
        "exchange-quand-hawaii-papeete",
        "interview",
        start=S,
        zone="Hawaiian Standard Time",
        minutes=45,
        subject="Entretien – Hinano Teriierooiterai – Chargée de communication",
        organizer=("Moana Lehartel", "moana.lehartel@tiare-tourisme.example"),
        attendees=[("Heimana Bonno", "heimana.bonno@tiare-tourisme.example")],
        date=dh("2030-10-29 15:00:00", "Pacific/Tahiti"),
        lang="fr",
        text="""Ia ora na Hinano,

Voici l'invitation Teams pour votre entretien avec Heimana Bonno (directeur marketing) et moi-même. Notre Outlook affiche le fuseau d'Hawaï, qui correspond à l'heure de Tahiti ; pour vous aux Marquises ce sera 9h30.

Moana Lehartel
Ressources humaines, Tiare Tourisme
""",
        label=lab(
            S,
            "Hawaiian Standard Time",
            "Pacific/Honolulu",
            company="Tiare Tourisme",
            role="Chargée de communication",
            who=["Heimana Bonno", "Moana Lehartel"],
            emails=[
                "moana.lehartel@tiare-tourisme.example",
                "heimana.bonno@tiare-tourisme.example",
            ],
            notes="French Exchange request with TZID 'Hawaiian Standard Time' (= Tahiti, -10:00); Marquesas user.",
        ),
    )
)
