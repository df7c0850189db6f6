"""More of the same inbox: requests for availability in five languages, local alerts and
fairs, a parents' evening, Google updates and cancellations, an Indian Teams request."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ARMELLE,
    BURKHARD,
    GOOGLE,
    HYACINTH,
    IRACEMA,
    LEVI,
    LORETTA,
    NALEDI,
    RASHID,
    ROCIO,
    SOLVEIG,
    WARD,
    booking,
    bulk,
    d,
    dh,
    es,
    fr,
    iv,
    lab,
    mail,
    nl,
    outlook,
)

MESSAGES = [
    mail(
        BURKHARD,
        "ambulanter-pflegedienst-terminvorschlaege",
        "scheduling_request",
        frm=("Sabine Wendt", "s.wendt@pflegedienst-weserblick.example"),
        subject="Ihre Bewerbung als Pflegehelfer – Terminvorschläge für ein Gespräch",
        sent="2047-11-11 13:30",
        zone="Europe/Berlin",
        notes="Terminvorschläge, noch nichts vereinbart.",
        body="""Hallo Herr Lüdemann-Asante,

vielen Dank für Ihre Bewerbung. Gerne würde ich Sie kennenlernen. Passt Ihnen einer dieser
Termine?

- Dienstag, 19. November, 10:00 Uhr
- Mittwoch, 20. November, 14:30 Uhr
- Freitag, 22. November, 9:00 Uhr

Geben Sie mir einfach kurz Bescheid, dann schicke ich Ihnen die Adresse unseres Büros.

Viele Grüße
Sabine Wendt
Pflegedienstleitung, Pflegedienst Weserblick""",
    ),
    mail(
        SOLVEIG,
        "lycee-proviseur-vos-disponibilites",
        "scheduling_request",
        frm=(
            "Proviseur adjoint - Lycée professionnel Pierre-Loti",
            "ce.lp-loti@ac-kerbriand.example",
        ),
        subject="Candidature AED – vos disponibilités pour un entretien",
        sent="2047-11-14 11:10",
        zone="Europe/Paris",
        notes="Demande de disponibilités.",
        body=f"""Madame,

Votre candidature au poste d'assistante d'éducation a retenu notre attention. Pourriez-vous
m'indiquer vos disponibilités pour un entretien au lycée la semaine prochaine, de préférence
le {fr("2047-11-19", year=False)} ou le {fr("2047-11-21", year=False)} après-midi ?

Cordialement,
Le proviseur adjoint""",
    ),
    iv(
        ROCIO,
        "cancelacion-entrevista-ayuntamiento-guardia",
        frm=("Recursos Humanos Alcaldía Benito Ixtlahuac", "rh@alcaldia-ixtlahuac.example"),
        subject="Cancelación de entrevista – Auxiliar administrativo (Protección Civil)",
        sent="2047-11-26 10:00",
        start="2047-11-29 09:00",
        zone="America/Mexico_City",
        tool=True,
        kind="interview_cancelled",
        company="Alcaldía Benito Ixtlahuac",
        role="Auxiliar administrativo (Protección Civil)",
        who=("Guadalupe Rendón",),
        body=f"""Estimada C. Rocío Tlacuilo Marfo:

Por este medio se le informa que la entrevista programada para el {es("2047-11-29")} a las
09:00 hrs con la Mtra. Guadalupe Rendón, Coordinadora de Protección Civil, queda cancelada
debido a la suspensión del proceso por ajuste presupuestal.

Sin otro particular, reciba un cordial saludo.

Dirección de Recursos Humanos""",
        notes="Cancelada sin nueva fecha.",
    ),
    mail(
        LORETTA,
        "farmacia-disponibilita-colloquio",
        "scheduling_request",
        frm=("Dott.ssa Elena Maccagnani", "titolare@farmacia-sanrocco.example"),
        subject="Disponibilità per un colloquio – commessa di farmacia",
        sent="2047-11-21 13:00",
        zone="Europe/Rome",
        notes="Chiede disponibilità; nessun orario fissato.",
        body="""Buongiorno Loretta,

ho ricevuto il Suo curriculum per il posto di commessa (reparto parafarmacia e cosmesi).
Mi farebbe sapere quando sarebbe disponibile per un colloquio la prossima settimana? Io sono
in farmacia tutte le mattine dalle 9 alle 12.

Cordiali saluti,
Elena Maccagnani""",
    ),
    mail(
        WARD,
        "uitnodiging-oudercontact-school-zoon",
        "other",
        frm=("Secretariaat Sint-Jozefscollege", "secretariaat@sjc-gentbrugge.example"),
        subject="Uitnodiging oudercontact 1ste trimester",
        sent="2047-12-05 15:00",
        zone="Europe/Brussels",
        tool=True,
        notes="Oudercontact voor het kind van de gebruiker: geen sollicitatie.",
        body=f"""Beste ouder,

U bent uitgenodigd voor het oudercontact op {nl("2047-12-17")}. Uw gesprek met de
klastitularis van 3B is gepland om 18u20 in lokaal B105.

Met vriendelijke groeten,
Het secretariaat""",
    ),
    mail(
        IRACEMA,
        "agendamento-entrevista-link-escola",
        "scheduling_request",
        frm=("Seleção Colégio Vértice", "selecao@colegio-vertice.example"),
        subject="Agendamento de entrevista – Auxiliar de Classe (Educação Infantil)",
        sent="2047-11-27 10:30",
        zone="America/Sao_Paulo",
        tool=True,
        notes="Link para escolher um horário.",
        body="""Olá, Iracema!

Parabéns, você avançou para a etapa de entrevista para Auxiliar de Classe. Escolha o melhor
horário para você no link abaixo (horários disponíveis de 2 a 6 de dezembro):

https://agenda.colegio-vertice.example/entrevista/ax-2291

Equipe de Seleção""",
    ),
    mail(
        ARMELLE,
        "job-dating-sante-salon-emploi",
        "bulk",
        frm=("Actiris Santé Emploi", "newsletter@emploi-sante-bxl.example"),
        subject="Job dating santé : rencontrez 30 employeurs le 10 décembre",
        sent="2047-11-25 08:00",
        zone="Europe/Brussels",
        tool=True,
        extra=bulk(
            "<news.emploi-sante-bxl.example>", "https://emploi-sante-bxl.example/desinscription/55"
        ),
        notes="Invitation de masse à un salon ; pas d'entretien réservé.",
        body=f"""Le {fr("2047-12-10")}, de 9h30 à 16h, rencontrez hôpitaux, maisons de repos et services
de soins à domicile lors de notre job dating santé (Tour & Taxis). Apportez plusieurs CV !

Inscription gratuite : https://emploi-sante-bxl.example/jobdating""",
    ),
    mail(
        BURKHARD,
        "jobagent-logistik-neue-stellen",
        "bulk",
        frm=("Jobbörse Nordwest", "jobagent@jobboerse-nordwest.example"),
        subject="Ihr Jobagent: 9 neue Stellen für „Berufskraftfahrer CE“",
        sent="2047-11-17 06:00",
        zone="Europe/Berlin",
        tool=True,
        extra=bulk(
            "<jobagent.jobboerse-nordwest.example>",
            "https://jobboerse-nordwest.example/abmelden/k91",
        ),
        notes="Jobagent.",
        body="""Berufskraftfahrer CE Fernverkehr – Spedition Harms – Delmenhorst
Kraftfahrer CE Tankwagen – Ostfriesen Mineralöl – Leer
Fahrer Nahverkehr (Wechselbrücke) – Kötter Logistik – Bremen

Alle Stellen ansehen: https://jobboerse-nordwest.example/suche/berufskraftfahrer""",
    ),
    booking(
        HYACINTH,
        "google-updated-invitation-housekeeping-supervisor",
        "interview",
        prodid=GOOGLE,
        start="2047-12-05 10:30",
        zone="America/Jamaica",
        minutes=45,
        sequence=1,
        summary="Interview - Housekeeping Supervisor (Hyacinth)",
        organizer=("Delroy Campbell", "delroy.campbell@portroyal-resort.example"),
        attendees=[],
        date=dh("2047-11-28 09:15", "America/Jamaica"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject="Updated invitation: Interview - Housekeeping Supervisor (Hyacinth) @ Thu Dec 5, 2047 10:30am - 11:15am (EST) (hyacinth.pennycooke@example.com)",
        location="Port Royal Bay Resort, HR Office",
        body=f"""This event has been changed.

Interview - Housekeeping Supervisor (Hyacinth)
When: CHANGED {d("2047-12-05", "us")}, 2047 10:30am - 11:15am (EST) Jamaica
Where: Port Royal Bay Resort, HR Office
Who:
Delroy Campbell - organizer
hyacinth.pennycooke@example.com

Moved from Wednesday afternoon. Interview with Delroy Campbell, Executive Housekeeper.""",
        label=lab(
            "2047-12-05 10:30",
            "America/Jamaica",
            "America/Jamaica",
            company="Port Royal Bay Resort",
            role="Housekeeping Supervisor",
            who=["Delroy Campbell"],
            emails=["delroy.campbell@portroyal-resort.example"],
            notes="Google update (SEQUENCE 1); Jamaica keeps EST all year.",
        ),
    ),
    booking(
        LEVI,
        "google-canceled-event-school-board-ea",
        "interview_cancelled",
        prodid=GOOGLE,
        method="CANCEL",
        start="2047-12-12 16:00",
        zone="America/Toronto",
        minutes=30,
        summary="EA interview - Levi Abernathy-Nnamdi",
        organizer=("Marcy Delorme", "marcy.delorme@humbervalley-dsb.example"),
        attendees=[],
        date=dh("2047-12-09 11:00", "America/Toronto"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        subject="Canceled event with note: EA interview - Levi Abernathy-Nnamdi @ Thu Dec 12, 2047 4pm - 4:30pm (EST) (levi.abernathy@example.org)",
        location="Humber Valley DSB, Education Centre, Room 214",
        body=f"""Marcy Delorme has canceled this event and left a note:
"Hi Levi, the Educational Assistant posting has been withdrawn pending budget approval.
Sorry for the short notice. - Marcy"

EA interview - Levi Abernathy-Nnamdi
When: {d("2047-12-12", "us")}, 2047 4pm - 4:30pm (EST) Toronto
Where: Humber Valley DSB, Education Centre, Room 214""",
        label=lab(
            "2047-12-12 16:00",
            "America/Toronto",
            "America/Toronto",
            company="Humber Valley District School Board",
            role="Educational Assistant",
            who=["Marcy Delorme"],
            emails=["marcy.delorme@humbervalley-dsb.example"],
            notes="Google cancellation; organiser is the interviewing principal.",
        ),
    ),
    outlook(
        RASHID,
        "teams-insurance-claims-manager-gulf",
        "interview",
        start="2047-12-06 15:00",
        zone="Arabian Standard Time",
        minutes=45,
        subject="Interview: Manager - Medical Claims | Rashid Al-Mansoori Pyke",
        organizer=("Kavitha Ramesh", "kavitha.ramesh@creek-shield.example"),
        attendees=[("Omar Haddad", "omar.haddad@creek-shield.example")],
        date=dh("2047-11-29 12:00", "Arabian Standard Time"),
        label=lab(
            "2047-12-06 15:00",
            "Arabian Standard Time",
            "Asia/Dubai",
            company="Creek Shield Takaful Insurance",
            role="Manager - Medical Claims",
            who=["Omar Haddad"],
            emails=["omar.haddad@creek-shield.example"],
            notes="Teams request with Arabian Standard Time; the HR organiser only arranges.",
        ),
        text="""Dear Rashid,

Please find the Teams invite for your interview with Mr. Omar Haddad, Head of Medical Claims.
Kindly join 5 minutes early and keep your TPA and DHA claims experience details handy.

Regards,
Kavitha Ramesh
Talent Acquisition""",
    ),
    mail(
        NALEDI,
        "school-induction-day-not-interview",
        "other",
        frm=("Sunnyridge Preparatory School", "bursar@sunnyridge-prep.example"),
        subject="Staff induction day - 13 January",
        sent="2047-12-10 09:00",
        zone="Africa/Johannesburg",
        notes="Induction day for new staff: a meeting with a time, not an interview.",
        body="""Dear Naledi

All new staff are asked to attend the induction day on 13 January 2048 from 08:00 to 14:00 in
the staff room (child protection training, IT accounts, first aid refresher). Lunch is
provided.

Regards
Mrs H. van Wyk, Bursar""",
    ),
]
