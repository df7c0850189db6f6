"""Other mail, mostly hard traps: appointments, webinars, press and podcast interviews, the
user interviewing others, acknowledgements, assessments, sales demos, work meetings."""

from __future__ import annotations

from .base import (
    ALMUDENA,
    AROHA,
    CATALINA,
    CONOR,
    CORENTIN,
    JOLO,
    MALTE,
    MARISOL,
    SANNE,
    SEOYEON,
    TAYLOR,
    TUNDE,
    VERENA,
    WANJIRU,
    ats,
    de,
    dh,
    es,
    fr,
    human,
    invite,
    note,
    outlook,
)

MESSAGES = []

MESSAGES.append(
    invite(
        VERENA,
        "zahnarzt-termin-wien",
        "other",
        frm=("Zahnarztpraxis Dr. Heidegger-Moosbrugger", "ordination@zahnarzt-mariahilf.example"),
        subject="Terminbestätigung Kontrolle und Mundhygiene",
        date=dh("2028-03-06 12:00", "Europe/Vienna"),
        body="Sehr geehrte Frau Pichlmayr,\n\nwir bestätigen Ihren Termin am "
        f"{de('2028-03-14')} um 08:15 Uhr (Kontrolle und Mundhygiene, ca. 60 Minuten).\n\n"
        "Bitte bringen Sie Ihre e-card mit. Absagen bitte mindestens 24 Stunden vorher.\n\n"
        "Ihr Praxisteam",
        label=note("Dentist appointment with a REQUEST .ics."),
        start="2028-03-14 08:15",
        zone="Europe/Vienna",
        minutes=60,
        summary="Zahnarzt: Kontrolle und Mundhygiene",
        organizer=("Zahnarztpraxis Mariahilf", "ordination@zahnarzt-mariahilf.example"),
        attendees=[("Verena Pichlmayr", "verena.pichlmayr@example.net")],
        prodid="-//Praxis-Termin//DE",
        ics_name="termin.ics",
    )
)

MESSAGES.append(
    human(
        CATALINA,
        "cita-banco-santiago",
        "other",
        frm=("Banco del Maipo", "notificaciones@bancodelmaipo.example"),
        subject="Confirmación de tu cita con tu ejecutiva",
        date=dh("2028-03-20 10:00", "America/Santiago"),
        body="Hola Catalina:\n\nTu cita con tu ejecutiva de cuenta, Francisca Larraín, quedó "
        f"agendada para el {es('2028-03-23')} a las 12:00 en la sucursal Providencia.\n\n"
        "Motivo: crédito hipotecario.\n\nBanco del Maipo",
        label=note("Bank appointment ('cita', 'ejecutiva')."),
    )
)

MESSAGES.append(
    human(
        CORENTIN,
        "garage-rendezvous-revision",
        "other",
        frm=("Garage du Canal", "atelier@garageducanal.example"),
        subject="Confirmation de votre rendez-vous atelier",
        date=dh("2028-03-15 17:00", "Europe/Paris"),
        body="Bonjour M. Le Goff,\n\nVotre rendez-vous pour la révision des 60 000 km de "
        f"votre véhicule est confirmé le {fr('2028-03-21')} à 8h00. Durée estimée : une "
        "demi-journée. Un véhicule de courtoisie est à votre disposition.\n\nGarage du Canal",
        label=note("Car service appointment in French."),
    )
)

MESSAGES.append(
    ats(
        MALTE,
        "buergeramt-termin-berlin",
        "other",
        frm=("Service-Portal Berlin", "noreply@service.berlin.example"),
        subject="Ihre Terminbuchung beim Bürgeramt",
        date=dh("2028-03-03 22:10", "Europe/Berlin"),
        body="Sehr geehrte/r Malte Hinrichsen,\n\nhiermit bestätigen wir Ihre Terminbuchung:\n"
        "Dienstleistung: Personalausweis beantragen\nStandort: Bürgeramt Friedrichshain\n"
        "Datum: 16.03.2028\nUhrzeit: 09:40 Uhr\nVorgangsnummer: 41778203\n\nBitte bringen Sie "
        "ein biometrisches Passfoto mit.",
        label=note("Government appointment ('Termin', 'Bürgeramt')."),
    )
)

MESSAGES.append(
    invite(
        CONOR,
        "webinar-ace-your-interview",
        "other",
        frm=("Atlantic Careers Network", "events@atlanticcareers.example"),
        subject="You're registered: Ace Your Next Interview (live webinar)",
        date=dh("2028-03-07 12:00", "America/Halifax"),
        body="Hi Conor,\n\nThanks for registering for Ace Your Next Interview with career coach "
        "Loretta Gushue.\n\nDate: March 15, 2028\nTime: 7:00 PM Atlantic / 7:30 PM "
        "Newfoundland\n\nJoin the webinar: https://atlanticcareers.example/live/ace\n\nAdd to "
        "calendar (attached).",
        label=note("Webinar about interviews with a PUBLISH .ics."),
        start="2028-03-15 19:00",
        zone="America/Halifax",
        minutes=60,
        summary="Webinar: Ace Your Next Interview",
        organizer=("Atlantic Careers Network", "events@atlanticcareers.example"),
        method="PUBLISH",
        prodid="-//Atlantic Careers//Events//EN",
        ics_name="webinar.ics",
    )
)

MESSAGES.append(
    human(
        TAYLOR,
        "podcast-guest-interview",
        "other",
        frm=("Reggie Nakamura-Flint", "reggie@subsurfacepod.example"),
        subject="Podcast interview – recording on Thursday 3/23",
        date=dh("2028-03-13 14:00", "America/Denver"),
        body="Hey Taylor,\n\nStoked you agreed to be a guest on The Subsurface Podcast! We'll "
        "record the interview on Thursday 3/23 at 1pm MT over Riverside. About 50 minutes, "
        "I'll ask about your thesis work on induced seismicity.\n\nReggie",
        label=note("The user is a podcast guest: an interview, but not a job interview."),
    )
)

MESSAGES.append(
    human(
        ALMUDENA,
        "entrevista-prensa-periodico",
        "other",
        frm=("Nayra Hernández Déniz", "nayra.hernandez@diariodelatlantico.example"),
        subject="Solicitud de entrevista para reportaje sobre energía marina",
        date=dh("2028-03-14 11:00", "Atlantic/Canary"),
        body="Hola Almudena:\n\nSoy periodista del Diario del Atlántico. Estoy preparando un "
        "reportaje sobre energía undimotriz en Canarias y me encantaría entrevistarte. "
        f"¿Te vendría bien el {es('2028-03-17')} a las 10:00 por teléfono?\n\nGracias,\nNayra",
        label=note("Press interview request to the user."),
    )
)

MESSAGES.append(
    ats(
        SANNE,
        "greenhouse-user-on-panel",
        "other",
        frm=("Grachten Labs Recruiting", "no-reply@us.greenhouse-mail.io"),
        subject="You're interviewing Kofi Mensah-Bakker for Growth Marketer",
        date=dh("2028-04-18 09:00", "Europe/Amsterdam"),
        body="Hi Sanne,\n\nYou have been added to the interview panel for Kofi Mensah-Bakker "
        "(Growth Marketer).\n\nWednesday, April 19, 2028, 14:00 – 14:45 CEST\nFocus area: "
        "Channel strategy\n\nPlease submit your scorecard within 24 hours of the interview.\n\n"
        "Greenhouse",
        label=note("The user is the interviewer (after joining the company)."),
    )
)

MESSAGES.append(
    ats(
        CORENTIN,
        "accuse-reception-candidature",
        "other",
        frm=("Armor Cyber", "noreply@smartrecruiters.com"),
        subject="Nous avons bien reçu votre candidature",
        date=dh("2028-03-01 10:05", "Europe/Paris"),
        body="Bonjour Corentin,\n\nMerci pour votre candidature au poste d'Analyste SOC. "
        "Notre équipe l'étudie attentivement ; si votre profil correspond, nous vous "
        "contacterons pour fixer un entretien.\n\nL'équipe Talent d'Armor Cyber",
        label=note("Application acknowledgement in French, mentions a future 'entretien'."),
    )
)

MESSAGES.append(
    ats(
        TUNDE,
        "assessment-deadline-lagos",
        "other",
        frm=("Eko Freight Talent", "assessments@ekofreight.example"),
        subject="Action required: complete your online assessment by 10 March",
        date=dh("2028-03-06 09:00", "Africa/Lagos"),
        body="Dear Babatunde,\n\nAs the next step, please complete the SQL and logic "
        "assessment (90 minutes, timed) by Friday 10 March 2028, 23:59 WAT.\n\nStart "
        "assessment: https://assess.ekofreight.example/t/5521\n\nGood luck!",
        label=note("Timed assessment with a deadline, not an interview."),
    )
)

MESSAGES.append(
    invite(
        SEOYEON,
        "hubspot-sales-demo-seoul",
        "other",
        frm=("Mirae Dahl", "mirae.dahl@cloudkimchi.example"),
        sender="HubSpot Meetings <meetings@hubspot.com>",
        subject="Meeting booked: Product demo – CloudKimchi Analytics",
        date=dh("2028-03-08 15:00", "Asia/Seoul"),
        body="Hi Seo-yeon,\n\nThanks for booking a product demo with CloudKimchi. Mirae Dahl, "
        "Account Executive, will walk your team through the analytics suite.\n\n"
        "Friday, March 10, 2028 10:00 - 10:30 (KST)\n\nBooked with HubSpot Meetings",
        label=note("Sales demo booked through the same tool as interviews."),
        start="2028-03-10 10:00",
        zone="Asia/Seoul",
        minutes=30,
        summary="Product demo – CloudKimchi Analytics",
        organizer=("Mirae Dahl", "mirae.dahl@cloudkimchi.example"),
        attendees=[("Park Seo-yeon", "seoyeon.park@example.net")],
        prodid="-//HubSpot//Meetings//EN",
        ics_name="meeting.ics",
    )
)

MESSAGES.append(
    outlook(
        WANJIRU,
        "teams-vendor-qbr-nairobi",
        "other",
        start="2028-03-15 11:00",
        zone="E. Africa Standard Time",
        when_zone="(UTC+03:00) Nairobi",
        minutes=60,
        subject="Quarterly business review – Savannah Cloud / Rift Valley Tea",
        organizer=("Mwangi Kiprotich", "mwangi.kiprotich@savannahcloud.example"),
        attendees=[("Joy Wairimu", "joy.wairimu@savannahcloud.example")],
        date=dh("2028-03-08 10:00", "Africa/Nairobi"),
        text="Hi Wanjiru,\n\nSending the invite for our Q1 business review of your "
        "subscription. Agenda: usage, renewal, roadmap.\n\nMwangi\nAccount Manager",
        label=note("A work meeting with a vendor, Teams invitation."),
    )
)

MESSAGES.append(
    human(
        JOLO,
        "careers-office-mock-interview",
        "other",
        frm=("UP Diliman Career Office", "careers@updiliman-alumni.example"),
        subject="Your mock interview session is booked",
        date=dh("2028-03-09 13:00", "Asia/Manila"),
        body="Hi Jose Miguel,\n\nYour practice (mock) interview with alumni volunteer Ma. "
        "Teresa Lacson is booked for March 14 at 6:00 PM via Zoom. This is a practice session "
        "only; bring the job ad you are preparing for.\n\nAlumni Career Office",
        label=note("Mock interview practice session, not a real interview."),
    )
)

MESSAGES.append(
    human(
        MARISOL,
        "referee-call-phoenix",
        "other",
        frm=("Dana Whitehorse", "dana.whitehorse@saguarohealth.example"),
        subject="Reference for Ben Tsosie",
        date=dh("2028-03-28 09:30", "America/Phoenix"),
        body="Hi Marisol,\n\nBen Tsosie listed you as a reference. Could I call you Thursday "
        "3/30 at 10:00 AM Arizona time for 15 minutes?\n\nThanks,\nDana Whitehorse",
        label=note("The user is a referee for someone else's application."),
    )
)

MESSAGES.append(
    human(
        AROHA,
        "gp-appointment-reminder",
        "other",
        frm=("Ponsonby Medical Centre", "noreply@ponsonbymedical.example"),
        subject="Appointment reminder – Dr Kowhai, Mon 3 Apr 8:45am",
        date=dh("2028-03-31 09:00", "Pacific/Auckland"),
        body="Kia ora Aroha, this is a reminder of your appointment with Dr Anahera Kowhai on "
        "Mon 3 Apr at 8:45am. Reply C to cancel. Ponsonby Medical Centre",
        label=note("GP appointment reminder."),
    )
)
