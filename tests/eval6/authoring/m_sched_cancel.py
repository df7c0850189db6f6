"""Cancellations (timed: the slot that is cancelled) and requests to schedule."""

from __future__ import annotations

from .base import (
    AINO,
    ALMUDENA,
    ANNELIES,
    AROHA,
    BEATRIZ,
    CORENTIN,
    FACUNDO,
    JUANES,
    MALTE,
    MARISOL,
    NOELANI,
    RASHID,
    SEOYEON,
    TAYLOR,
    URS,
    ats,
    d,
    de,
    dh,
    fr,
    google,
    human,
    invite,
    iso,
    iv,
    note,
    outlook,
)

MESSAGES = []

# --- cancellations ---------------------------------------------------------------------------
MESSAGES.append(
    google(
        AROHA,
        "gcal-cancelled-wellington",
        "interview_cancelled",
        start="2028-03-30 15:00",
        zone="Pacific/Auckland",
        minutes=45,
        summary="Interview: Service Designer – Harbourline Transit",
        organizer=("Tama Ruatapu", "tama.ruatapu@harbourline.example"),
        guests=[("Tama Ruatapu", "tama.ruatapu@harbourline.example")],
        date=dh("2028-03-28 08:50", "Pacific/Auckland"),
        cancelled=True,
        sequence=1,
        meet="hlt-wgtn-srv",
        label=iv(
            iso("2028-03-30 15:00", "Pacific/Auckland"),
            "Pacific/Auckland",
            company="Harbourline Transit",
            role="Service Designer",
            interviewers=["Tama Ruatapu"],
            emails=["tama.ruatapu@harbourline.example"],
            notes="Google cancellation, NZ daylight time (+13:00) still.",
        ),
    )
)

MESSAGES.append(
    outlook(
        RASHID,
        "exchange-canceled-dubai",
        "interview_cancelled",
        start="2028-03-19 10:00",
        zone="Arabian Standard Time",
        when_zone="(UTC+04:00) Abu Dhabi, Muscat",
        minutes=60,
        subject="Interview - Head of Treasury Operations",
        prefix="Canceled: ",
        cancelled=True,
        sequence=1,
        organizer=("Farah Haddadin", "farah.haddadin@gulfcrestbank.example"),
        attendees=[("Farah Haddadin", "farah.haddadin@gulfcrestbank.example")],
        date=dh("2028-03-16 13:05", "Asia/Dubai"),
        text="Dear Rashid,\n\nUnfortunately I need to cancel Sunday's interview as the role is "
        "on hold. I will be in touch if it reopens.\n\nRegards,\nFarah Haddadin\nCFO",
        label=iv(
            iso("2028-03-19 10:00", "Asia/Dubai"),
            "Asia/Dubai",
            company="Gulfcrest Bank",
            role="Head of Treasury Operations",
            interviewers=["Farah Haddadin"],
            emails=["farah.haddadin@gulfcrestbank.example"],
            notes="Exchange CANCEL, Windows 'Arabian Standard Time'; Sunday workday.",
        ),
    )
)

MESSAGES.append(
    ats(
        NOELANI,
        "greenhouse-cancel-honolulu",
        "interview_cancelled",
        frm=("Kalo Systems Recruiting", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Pua Kealoha", "pua.kealoha@kalosystems.example"),
        subject="Interview cancelled: Kalo Systems – Data Engineer",
        date=dh("2028-03-20 08:00", "Pacific/Honolulu"),
        body="Hi Noelani,\n\nYour interview with Kalo Systems on "
        f"{d('2028-03-22', 'usy')} at 1:00 PM HST with Makoa Kanahele has been cancelled. "
        "Our recruiter will reach out to find a new time.\n\nKalo Systems Recruiting",
        label=iv(
            iso("2028-03-22 13:00", "Pacific/Honolulu"),
            None,
            company="Kalo Systems",
            role="Data Engineer",
            interviewers=["Makoa Kanahele"],
            notes="Greenhouse cancellation, to be rescheduled later.",
        ),
    )
)

MESSAGES.append(
    ats(
        URS,
        "personio-absage-termin-bern",
        "interview_cancelled",
        frm=("Aarebank AG", "noreply@personio.de"),
        reply_to=("Nadja Gerber", "nadja.gerber@aarebank.example"),
        subject="Absage Ihres Termins: Gespräch Senior Risk Manager",
        date=dh("2028-03-13 07:55", "Europe/Zurich"),
        body="Grüezi Herr Tschümperlin\n\nLeider müssen wir den Termin vom "
        f"{de('2028-03-15')}, 14:00 Uhr, mit Herrn Thomas Rüfenacht absagen, da er kurzfristig "
        "verhindert ist. Wir melden uns mit neuen Terminvorschlägen.\n\nFreundliche Grüsse\n"
        "Nadja Gerber, HR",
        label=iv(
            iso("2028-03-15 14:00", "Europe/Zurich"),
            None,
            company="Aarebank AG",
            role="Senior Risk Manager",
            interviewers=["Thomas Rüfenacht"],
            notes="Swiss Personio; 'Absage' of the appointment, not a rejection.",
        ),
    )
)

MESSAGES.append(
    human(
        CORENTIN,
        "annulation-entretien-nantes",
        "interview_cancelled",
        frm=("Gwenaëlle Kerhervé", "g.kerherve@estuaire-naval.example"),
        subject="Annulation de notre entretien de jeudi",
        date=dh("2028-03-27 18:10", "Europe/Paris"),
        body="Bonjour Corentin,\n\nJe suis au regret d'annuler notre entretien prévu le "
        f"{fr('2028-03-30')} à 9h30 : le poste de chef de projet naval est gelé jusqu'à "
        "nouvel ordre. Toutes mes excuses.\n\nGwenaëlle Kerhervé\nDirectrice technique",
        mailer="thunderbird",
        label=iv(
            iso("2028-03-30 09:30", "Europe/Paris"),
            None,
            company="Estuaire Naval",
            role="chef de projet naval",
            interviewers=["Gwenaëlle Kerhervé"],
            emails=["g.kerherve@estuaire-naval.example"],
            notes="French cancellation by the interviewer herself.",
        ),
    )
)

MESSAGES.append(
    ats(
        FACUNDO,
        "cancelacion-entrevista-rosario",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        subject="Cancelado: Facundo Lisandro Ibarra - 10:00 vie 17 mar 2028 - Entrevista técnica",
        date=dh("2028-03-15 20:30", "America/Argentina/Cordoba"),
        body="Hola Facundo Lisandro Ibarra:\n\nLautaro Bustamante canceló el evento.\n\n"
        "Tipo de evento: Entrevista técnica – Paraná Agrotech\nFecha/Hora: 10:00 - viernes, 17 "
        "de marzo de 2028 (hora de Argentina)\nMotivo: viaje imprevisto; te escribo para "
        "reprogramar.",
        label=iv(
            iso("2028-03-17 10:00", "America/Argentina/Cordoba"),
            "America/Argentina/Buenos_Aires",
            company="Paraná Agrotech",
            role=None,
            interviewers=["Lautaro Bustamante"],
            notes="Calendly cancellation in Spanish, host cancelled.",
        ),
    )
)

MESSAGES.append(
    invite(
        TAYLOR,
        "zoom-cancel-denver-utc",
        "interview_cancelled",
        frm=("Zoom", "no-reply@zoom.us"),
        subject="Meeting canceled: Front Range Robotics – Controls Engineer interview",
        date=dh("2028-03-09 10:00", "America/Denver"),
        body="Hi Taylor Brannigan,\n\nThe following meeting has been canceled by the host, "
        "Imogen Strand.\n\nTopic: Front Range Robotics – Controls Engineer interview\nTime: "
        "Mar 13, 2028 10:30 AM Mountain Time (US and Canada)",
        label=iv(
            iso("2028-03-13 10:30", "America/Denver"),
            "America/Denver",
            company="Front Range Robotics",
            role="Controls Engineer",
            interviewers=["Imogen Strand"],
            emails=["imogen.strand@frontrangerobotics.example"],
            notes="Zoom CANCEL in UTC, the day after the US switch.",
        ),
        start="2028-03-13 10:30",
        zone=None,
        utc_zone="America/Denver",
        minutes=45,
        summary="Front Range Robotics – Controls Engineer interview",
        organizer=("Imogen Strand", "imogen.strand@frontrangerobotics.example"),
        method="CANCEL",
        prodid="-//zoom.us//iCalendar Event//EN",
        ics_mode="inline",
    )
)

# --- scheduling requests ---------------------------------------------------------------------
MESSAGES.append(
    ats(
        SEOYEON,
        "greenhouse-availability-seoul",
        "scheduling_request",
        frm=("Tidewater Games Recruiting", "no-reply@us.greenhouse-mail.io"),
        subject="Please share your availability – Tidewater Games",
        date=dh("2028-03-03 10:00", "America/Los_Angeles"),
        body="Hi Seo-yeon,\n\nWe'd like to schedule your technical interviews. Please submit "
        "your availability for the next two weeks using the link below (times will be shown "
        "in your local time zone).\n\nSubmit availability: "
        "https://app.greenhouse.io/availability/5f2e9c\n\nThanks,\nTidewater Games Recruiting",
        label=note("Greenhouse availability request.", company="Tidewater Games"),
    )
)

MESSAGES.append(
    ats(
        MARISOL,
        "indeed-schedule-interview",
        "scheduling_request",
        frm=("Indeed", "no-reply@indeed.com"),
        subject="Sonoran Dental Group wants to interview you – choose a time",
        date=dh("2028-03-06 12:00", "America/Phoenix"),
        body="Marisol, good news!\n\nSonoran Dental Group invited you to interview for Front "
        "Office Coordinator.\n\nPick a time that works for you:\nWed, Mar 8 · 9:00 AM\nWed, "
        "Mar 8 · 2:00 PM\nThu, Mar 9 · 10:30 AM\n\nSee more times on Indeed\n\nIndeed "
        "interview scheduling",
        label=note(
            "Indeed interview scheduling with slots to pick; nothing booked.",
            company="Sonoran Dental Group",
        ),
    )
)

MESSAGES.append(
    ats(
        BEATRIZ,
        "pinpoint-self-schedule-porto",
        "scheduling_request",
        frm=("Douro Mobility Careers", "notifications@pinpointhq.com"),
        subject="Book your interview with Douro Mobility",
        date=dh("2028-03-15 09:00", "Europe/Lisbon"),
        body="Hi Beatriz,\n\nThanks for applying for Senior UX Researcher. The next step is a "
        "45-minute video interview with our Research Lead. Please book a slot within 5 "
        "working days:\n\nBook your interview\n\nDouro Mobility Talent Team\nPowered by "
        "Pinpoint",
        label=note("Pinpoint self-scheduling link.", company="Douro Mobility"),
    )
)

MESSAGES.append(
    human(
        MALTE,
        "terminvorschlaege-hamburg",
        "scheduling_request",
        frm=("Friederike Ahlers", "f.ahlers@elbwerft-digital.example"),
        subject="Ihre Bewerbung: Terminvorschläge für ein erstes Gespräch",
        date=dh("2028-03-06 14:30", "Europe/Berlin"),
        body="Hallo Herr Hinrichsen,\n\nvielen Dank für Ihre Bewerbung als Data Engineer. "
        "Wir würden Sie gern kennenlernen. Passt Ihnen einer dieser Termine?\n\n- "
        f"{de('2028-03-09', False)}, 10:00 Uhr\n- {de('2028-03-10', False)}, 15:30 Uhr\n\n"
        "Viele Grüße\nFriederike Ahlers\nPeople & Culture, Elbwerft Digital",
        mailer="outlook",
        label=note(
            "German request with two proposed slots, nothing fixed.", company="Elbwerft Digital"
        ),
    )
)

MESSAGES.append(
    human(
        ANNELIES,
        "disponibilites-namur",
        "scheduling_request",
        frm=("Charlotte Wauthier", "c.wauthier@sambre-energies.example"),
        subject="Votre candidature – vos disponibilités pour un entretien ?",
        date=dh("2028-03-08 11:20", "Europe/Brussels"),
        body="Bonjour Madame van der Berghe,\n\nVotre profil a retenu notre attention. "
        "Pourriez-vous me communiquer vos disponibilités la semaine prochaine pour un premier "
        "entretien téléphonique d'une demi-heure ?\n\nBien à vous,\nCharlotte Wauthier\n"
        "Talent Acquisition, Sambre Énergies",
        label=note("Belgian French availability request.", company="Sambre Énergies"),
    )
)

MESSAGES.append(
    human(
        JUANES,
        "disponibilidad-medellin",
        "scheduling_request",
        frm=("Valentina Ochoa Gaviria", "vochoa@antioquiatech.example"),
        subject="Proceso de selección – disponibilidad para entrevista",
        date=dh("2028-03-27 15:45", "America/Bogota"),
        body="Hola Juan Esteban, ¿cómo vas?\n\nQueremos avanzar en el proceso para Líder de "
        "Analítica. ¿Qué disponibilidad tienes el jueves o el viernes en la tarde para una "
        "entrevista de una hora con el gerente del área?\n\nQuedo atenta,\nValentina Ochoa "
        "Gaviria\nTalento Humano – Antioquia Tech",
        label=note("Colombian request for availability.", company="Antioquia Tech"),
    )
)

MESSAGES.append(
    ats(
        AINO,
        "workday-schedule-self-espoo",
        "scheduling_request",
        frm=("Pohjola Telecom", "pohjolatelecom@myworkday.com"),
        subject="Action required: schedule your interview – Network Architect",
        date=dh("2028-03-24 09:00", "Europe/Helsinki"),
        body="Dear Aino,\n\nYou have been invited to schedule an interview for Network "
        "Architect (R-3381). Sign in to your candidate home to select a time. Available "
        "times will expire in 3 days.\n\nPohjola Telecom Talent Acquisition",
        label=note("Workday self-schedule task.", company="Pohjola Telecom"),
    )
)

MESSAGES.append(
    human(
        ALMUDENA,
        "bookings-link-laspalmas",
        "scheduling_request",
        frm=("Yeray Santana Melián", "yeray.santana@atlanticoazul.example"),
        subject="Entrevista – elige hueco en mi agenda",
        date=dh("2028-03-28 10:40", "Atlantic/Canary"),
        body="Hola Almudena:\n\nGracias por tu candidatura a Coordinadora de Proyectos "
        "Marinos. Para la primera entrevista, reserva el hueco que mejor te venga aquí:\n"
        "https://outlook.office.com/bookwithme/user/atlanticoazul/entrevistas\n\n"
        "(Las horas se muestran en hora canaria.)\n\nUn saludo,\nYeray",
        mailer="outlook",
        label=note("Bookings link, no slot booked yet.", company="Atlántico Azul"),
    )
)
