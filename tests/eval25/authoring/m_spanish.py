"""Spanish mail from Spain, Mexico, Colombia, Argentina and Chile: tú, usted and vos."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    ARANTXA,
    AUTO,
    BALTASAR,
    CATALINA,
    DELFINA,
    ESTEBAN,
    FUENSANTA,
    GUMERSINDO,
    HORTENSIA,
    INMACULADA,
    IPHONE,
    JACINTO,
    bulk,
    cal_mail,
    dh,
    es,
    html_mail,
    lab,
    lq,
    note,
    person,
    raw_mail,
    thread,
    vendor,
    wk,
)

MESSAGES = [
    person(
        ARANTXA,
        "convocatoria-entrevista-madrid-chamberi",
        "interview",
        frm=("Begoña Larrañaga Ruiz", "blarranaga@alcarria-renovables.example"),
        subject="Convocatoria de entrevista – Técnica de Prevención de Riesgos",
        date=dh("2044-02-08 12:30", "Europe/Madrid"),
        html=True,
        body=f"""Estimada Sra. Zubizarreta:

Nos complace comunicarle que ha sido seleccionada para la siguiente fase del proceso. Le
convocamos a una entrevista presencial el próximo {es("2044-02-16")} a las 10:30 h en
nuestras oficinas de la calle de Santa Engracia 142, 28003 Madrid.

La entrevista la realizarán D. Ignacio Mendizábal Soto, Director de Operaciones, y
Dña. Pilar Arrieta Gómez, Responsable de Prevención.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Begoña Larrañaga Ruiz
Departamento de Personas – Alcarria Renovables S.L.
""",
        label=lab(
            "2044-02-16 10:30",
            "Europe/Madrid",
            None,
            company="Alcarria Renovables",
            role="Técnica de Prevención de Riesgos",
            who=["Ignacio Mendizábal Soto", "Pilar Arrieta Gómez"],
            notes="Formal usted; 'D.' and 'Dña.' dropped; the HR sender only arranges.",
        ),
    ),
    person(
        BALTASAR,
        "entrevista-confirmada-cdmx-polanco",
        "interview",
        frm=("Lic. Ximena Carrasco Lozano", "xcarrasco@anahuac-logistica.example"),
        subject="Confirmación de entrevista – Jefe de Almacén",
        date=dh("2044-01-20 13:05", "America/Mexico_City"),
        body=f"""Buenas tardes, Baltasar:

Por medio del presente te confirmo tu entrevista para la vacante de Jefe de Almacén el
{es("2044-01-26")} a las 16:30 hrs (hora del centro de México), en Av. Ejército Nacional
843, Polanco.

Te entrevistarán el Ing. Rogelio Zamudio Paredes, Gerente de Operaciones, y un servidor.
Favor de traer identificación oficial y llegar 10 minutos antes.

Saludos cordiales,
Lic. Ximena Carrasco Lozano
Reclutamiento y Selección, Anáhuac Logística
""",
        label=lab(
            "2044-01-26 16:30",
            "America/Mexico_City",
            "America/Mexico_City",
            company="Anáhuac Logística",
            role="Jefe de Almacén",
            who=["Rogelio Zamudio Paredes", "Ximena Carrasco Lozano"],
            emails=["xcarrasco@anahuac-logistica.example"],
            notes="Mexican 'a las 16:30 hrs', 'Favor de'; the sender takes part ('y un "
            "servidor', written in the masculine by a woman signing, a common set phrase). "
            "Mexico has had no DST since 2022.",
        ),
    ),
    raw_mail(
        CATALINA,
        "entrevista-virtual-bogota-chapinero",
        "interview",
        frm=("Juliana Ospina Cárdenas", "juliana.ospina@cafetero-analytics.example"),
        subject="Entrevista virtual – Analista de Datos Sr.",
        date=dh("2044-02-02 09:18", "America/Bogota"),
        cte="base64",
        body=f"""Hola Catalina, ¿cómo estás?

Te escribo para agendar tu entrevista con el equipo de analítica. Quedó programada para el
{es("2044-02-04")} a las 3:00 p. m. (hora de Colombia), por Google Meet:
https://meet.google.com/bhx-qwre-zup

Estarán Andrés Felipe Quintero (líder de analítica) y Manuela Giraldo (científica de
datos). Dura más o menos una hora.

Cualquier cosa me cuentas.
Un abrazo,
Juliana Ospina Cárdenas
Talento Humano – Cafetero Analytics
""",
        label=lab(
            "2044-02-04 15:00",
            "America/Bogota",
            "America/Bogota",
            company="Cafetero Analytics",
            role="Analista de Datos Sr.",
            who=["Andrés Felipe Quintero", "Manuela Giraldo"],
            notes="Colombian '3:00 p. m. (hora de Colombia)'; body in base64.",
        ),
    ),
    person(
        DELFINA,
        "vos-dale-jueves-buenos-aires",
        "interview",
        frm=("Tomás Iriarte", "tomas.iriarte@rioplatense-games.example"),
        subject="Re: Búsqueda QA – coordinamos charla",
        date=dh("2044-03-08 18:40", "America/Argentina/Buenos_Aires"),
        agent="iPhone Mail (21E236)",
        body=thread(
            f"""Dale Delfi, quedamos el jueves 10 a las 16:30 hs en la ofi de Palermo (Gorriti 5120).
Va a estar también Sofía Benítez, que lidera QA. Cualquier cosa avisame.

Abrazo,
Tomás

{IPHONE}
""",
            lq(
                f"El {wk('2044-03-08', 'es')} 8 mar 2044 a las 17:55, Delfina Echeverry Tawiah "
                "<delfina.echeverry@example.com> escribió:",
                """Hola Tomás, ¡gracias! El jueves después de las 16 me queda bien, ¿vos
podés?""",
            ),
            lq(
                "El mar, 8 mar 2044 a las 11:02, Tomás Iriarte <tomas.iriarte@rioplatense-games.example> escribió:",
                """Hola Delfina, ¿te queda bien charlar esta semana? Decime qué día
te sirve.""",
            ),
        ),
        label=lab(
            "2044-03-10 16:30",
            "America/Argentina/Buenos_Aires",
            None,
            company="Rioplatense Games",
            role="QA",
            who=["Tomás Iriarte", "Sofía Benítez"],
            emails=["tomas.iriarte@rioplatense-games.example"],
            notes="Argentine voseo ('avisame', 'vos podés'), '16:30 hs'; 'quedamos el jueves "
            "10' settles it. The sender takes part ('también').",
        ),
    ),
    person(
        ESTEBAN,
        "entrevista-santiago-providencia-horario-verano",
        "interview",
        frm=("Francisca Undurraga Vial", "fundurraga@farellones-mineria.example"),
        subject="Citación a entrevista – Ingeniero de Confiabilidad",
        date=dh("2044-03-18 10:10", "America/Santiago"),
        body=f"""Estimado Esteban:

Junto con saludar, te informo que fuiste seleccionado para una entrevista técnica el
{es("2044-03-23")} a las 11:00 (hora de Chile continental), en Av. Andrés Bello 2711,
piso 19, Las Condes.

Participarán Rodrigo Errázuriz Matte, Gerente de Mantenimiento, y Constanza Ibáñez Lyon,
Jefa de Confiabilidad.

Quedo atenta a tu confirmación.

Saludos cordiales,
Francisca Undurraga Vial
Atracción de Talento, Farellones Minería SpA
""",
        label=lab(
            "2044-03-23 11:00",
            "America/Santiago",
            "America/Santiago",
            company="Farellones Minería",
            role="Ingeniero de Confiabilidad",
            who=["Rodrigo Errázuriz Matte", "Constanza Ibáñez Lyon"],
            notes="Chilean 'Junto con saludar', 'Citación'; in Chile's summer time (UTC-3).",
        ),
    ),
    cal_mail(
        INMACULADA,
        "invitacion-actualizada-valencia-ruzafa",
        "interview",
        date=dh("2044-03-21 17:25", "Europe/Madrid"),
        frm=("Google Calendar", "calendar-notification@google.com"),
        reply_to=("Vicent Ferrandis", "vicent.ferrandis@turia-software.example"),
        subject=(
            "Invitación actualizada: Entrevista técnica – Inmaculada Garrigues @ "
            f"{wk('2044-03-29', 'es')}, 29 mar 2044 9:30 - 10:30 (CEST) "
            "(inmaculada.garrigues@example.org)"
        ),
        body=f"""Se ha modificado este evento.
Cambio: hora

Entrevista técnica – Inmaculada Garrigues

Cuándo
{wk("2044-03-29", "es")}, 29 mar 2044 ⋅ 9:30 – 10:30 (hora de verano de Europa central - Madrid)

Unirse con Google Meet
https://meet.google.com/vte-kpla-wmo

Invitados
Vicent Ferrandis – organizador
Nuria Climent
inmaculada.garrigues@example.org

Invitación de Google Calendar: https://calendar.google.com/calendar/
""",
        event={
            "summary": "Entrevista técnica – Inmaculada Garrigues",
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
            "sequence": 2,
            "organizer": ("Vicent Ferrandis", "vicent.ferrandis@turia-software.example"),
            "attendees": [
                ("Nuria Climent", "nuria.climent@turia-software.example"),
                ("Inmaculada Garrigues Ansah", "inmaculada.garrigues@example.org"),
            ],
            "start": "2044-03-29 09:30",
            "minutes": 60,
            "zone": "Europe/Madrid",
            "location": "https://meet.google.com/vte-kpla-wmo",
        },
        label=lab(
            "2044-03-29 09:30",
            "Europe/Madrid",
            "Europe/Madrid",
            company="Turia Software",
            who=["Vicent Ferrandis", "Nuria Climent"],
            emails=[
                "vicent.ferrandis@turia-software.example",
                "nuria.climent@turia-software.example",
            ],
            notes="Google update in Spanish ('Invitación actualizada'), sent on CET on "
            "21 March for a start after the EU change of 27 March (CEST, UTC+2).",
        ),
    ),
    person(
        FUENSANTA,
        "cancelacion-entrevista-sevilla-triana",
        "interview_cancelled",
        frm=("Rocío Benjumea Lora", "rbenjumea@guadalquivir-hoteles.example"),
        subject="Cancelación entrevista 2 de marzo",
        date=dh("2044-02-29 13:15", "Europe/Madrid"),
        body=f"""Hola Fuensanta:

Lamento comunicarte que tenemos que cancelar la entrevista del {es("2044-03-02")} a las
12:00. El proceso para el puesto de Revenue Manager se ha cerrado porque hemos cubierto la
vacante.

Gracias por tu tiempo y mucha suerte.

Un saludo,
Rocío Benjumea
Guadalquivir Hoteles
""",
        label=lab(
            "2044-03-02 12:00",
            "Europe/Madrid",
            None,
            company="Guadalquivir Hoteles",
            role="Revenue Manager",
            notes="Cancelled because the vacancy is filled: interview_cancelled at the old time.",
        ),
    ),
    person(
        GUMERSINDO,
        "reprogramacion-entrevista-monterrey",
        "interview",
        frm=("Itzel Garza Villarreal", "igarza@sierra-madre-aceros.example"),
        subject="Reprogramación de su entrevista",
        date=dh("2044-02-10 08:50", "America/Monterrey"),
        body=f"""Estimado Ing. Treviño:

Le escribo para reprogramar su entrevista con el Director de Planta, que estaba
agendada para hoy. Por un tema de agenda de él, la movemos al
{es("2044-02-12")} a las 9:00 am, mismo lugar (Planta Apodaca, recepción principal).

Lo atenderá el Ing. Héctor Cantú Salinas, Director de Planta.

Disculpe las molestias y quedo a sus órdenes.

Atentamente,
Itzel Garza Villarreal
Capital Humano, Sierra Madre Aceros
""",
        label=lab(
            "2044-02-12 09:00",
            "America/Monterrey",
            None,
            company="Sierra Madre Aceros",
            who=["Héctor Cantú Salinas"],
            notes="Mexican reschedule stating the new time ('la movemos al viernes 12 de "
            "febrero a las 9:00 am'): interview at the new time.",
        ),
    ),
    html_mail(
        INMACULADA,
        "descartada-proceso-seleccion-barcelona",
        "rejection",
        frm=("Talent Team – Barceloneta Mobility", "talent@barceloneta-mobility.example"),
        subject="Actualización de tu candidatura – Product Owner",
        date=dh("2044-01-29 10:00", "Europe/Madrid"),
        lang="es",
        markup="""<p>Hola Inmaculada,</p>
<p>Queremos agradecerte el tiempo que has dedicado a nuestro proceso de selección para la
posición de <b>Product Owner</b>.</p>
<p>Tras valorar todas las candidaturas, hemos decidido <b>continuar con otros perfiles</b>
que encajan más con lo que buscamos en este momento.</p>
<p>Te animamos a seguir atenta a nuestras ofertas. ¡Mucha suerte!</p>
<p>Un saludo,<br>El equipo de Talento<br>
<img src="https://barceloneta-mobility.example/logo.png" alt="Barceloneta Mobility"></p>""",
        label=note(
            "HTML-only Spanish rejection ('continuar con otros perfiles').",
            company="Barceloneta Mobility",
        ),
    ),
    person(
        HORTENSIA,
        "oferta-laboral-medellin-poblado",
        "offer",
        frm=("Valeria Múnera Ochoa", "vmunera@antioquia-textil.example"),
        subject="Oferta laboral – Coordinadora de Compras",
        date=dh("2044-03-11 15:30", "America/Bogota"),
        body="""Hola Hortensia, muy buenas tardes.

Con mucho gusto te compartimos la oferta laboral para el cargo de Coordinadora de
Compras: contrato a término indefinido, salario de $9.800.000 COP mensuales más
prestaciones de ley, modalidad híbrida en El Poblado.

Te agradecemos nos confirmes tu aceptación a más tardar el viernes 18 de marzo para
iniciar con los exámenes médicos de ingreso.

Cordialmente,
Valeria Múnera Ochoa
Gestión Humana – Antioquia Textil S.A.S.
""",
        label=note(
            "Colombian offer ('oferta laboral', 'término indefinido').", company="Antioquia Textil"
        ),
    ),
    raw_mail(
        ESTEBAN,
        "respuesta-automatica-vacaciones-vina",
        "auto_reply",
        frm=("Macarena Solari", "msolari@pacifico-puertos.example"),
        subject="Respuesta automática: Postulación Ingeniero de Confiabilidad",
        date=dh("2044-02-06 09:44", "America/Santiago"),
        extra=AUTO,
        body="""Hola, gracias por tu correo.

Estaré de vacaciones hasta el viernes 26 de febrero, con acceso limitado al correo. A mi
regreso, el 29 de febrero, responderé tu mensaje.

Si es urgente, escribe a seleccion@pacifico-puertos.example.

Saludos,
Macarena Solari
""",
        label=note(
            "Chilean out-of-office with a return date (in February, the Chilean summer "
            "holiday month).",
            return_date="2044-02-29",
        ),
    ),
    person(
        FUENSANTA,
        "cita-previa-sepe-demanda-empleo",
        "other",
        frm=("Cita previa SEPE", "citaprevia@oficina-empleo-sevilla.example"),
        subject="Confirmación de cita previa – Oficina de Empleo Sevilla-Triana",
        date=dh("2044-01-14 08:02", "Europe/Madrid"),
        body=f"""Estimado/a ciudadano/a:

Su cita previa ha sido confirmada.

Servicio: Renovación de demanda de empleo / entrevista con orientador
Fecha: {es("2044-01-19")}
Hora: 09:40
Oficina: Sevilla-Triana, C/ Pagés del Corro 55

Para anular la cita, acceda a la sede electrónica con su localizador: K7Q-2244.
""",
        label=note(
            "Public employment office appointment ('cita previa', 'entrevista con "
            "orientador'): other, not a job interview; a careful reader might weigh it."
        ),
    ),
    person(
        BALTASAR,
        "cita-medica-recordatorio-clinica",
        "other",
        frm=("Clínica Chapultepec Norte", "citas@clinica-chapultepec-norte.example"),
        subject="Recordatorio de su cita – Dra. Esperanza Vidaurri",
        date=dh("2044-02-22 07:30", "America/Mexico_City"),
        body=f"""Estimado paciente Baltasar Iturbide Quaye:

Le recordamos su cita con la Dra. Esperanza Vidaurri (Medicina Interna) el
{es("2044-02-24")} a las 8:15 hrs. Favor de llegar 15 minutos antes con sus estudios de
laboratorio.

Para cancelar, responda CANCELAR.
""",
        label=note("A doctor's appointment ('cita'), not about a job."),
    ),
    person(
        HORTENSIA,
        "disponibilidad-segunda-entrevista-cali",
        "scheduling_request",
        frm=("Sebastián Caicedo", "scaicedo@valle-del-cauca-salud.example"),
        subject="Segunda entrevista – ¿qué disponibilidad tienes?",
        date=dh("2044-01-27 11:40", "America/Bogota"),
        body="""Hola Hortensia,

Nos gustó mucho la primera conversación. Queremos programar una segunda entrevista con la
gerente de compras la próxima semana. ¿Me puedes enviar dos o tres franjas en las que
estés disponible?

Quedo pendiente.
Sebastián Caicedo
Valle del Cauca Salud
""",
        label=note("Asks for availability; no time set.", company="Valle del Cauca Salud"),
    ),
    vendor(
        JACINTO,
        "computrabajo-alertas-empleo-canarias",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="Jacinto, 8 nuevas ofertas de empleo que te pueden interesar",
        date=dh("2044-02-17 06:00", "Atlantic/Canary"),
        extra=bulk("<alertas.computrabajo.com>", "https://www.computrabajo.com/alertas/baja"),
        body="""Hola Jacinto,

Estas son las nuevas ofertas para tu alerta "Recepcionista hotel – Las Palmas":

Recepcionista nocturno/a – Hotel Faro de Maspalomas
Jefe/a de recepción – Atlántico Resorts, Las Palmas de Gran Canaria
Guest Relations – Dunas Hotels, San Bartolomé de Tirajana

Prepara tu entrevista: 10 preguntas que siempre te harán.

Darte de baja: https://www.computrabajo.com/alertas/baja
""",
        label=note("Job-alert digest in Spanish with list headers."),
    ),
    html_mail(
        ARANTXA,
        "encuesta-experiencia-entrevista-bilbao",
        "other",
        frm=("Experiencia Candidato – Nervión Ingeniería", "encuestas@nervion-ingenieria.example"),
        subject="¿Qué tal fue tu entrevista con nosotros? (2 minutos)",
        date=dh("2044-02-18 18:00", "Europe/Madrid"),
        lang="es",
        markup="""<p>Hola Arantxa,</p>
<p>Hace unos días participaste en una entrevista con <b>Nervión Ingeniería</b>. Nos
encantaría conocer tu opinión sobre el proceso.</p>
<p><a href="https://encuestas.nervion-ingenieria.example/s/9KQ2">Responder la encuesta</a></p>
<p>Tus respuestas son anónimas y no influyen en tu candidatura.</p>""",
        label=note("Candidate-experience survey after an interview: other."),
    ),
]
