"""Spanish mail by local senders: Santiago, Mexico City, Madrid, Lima, Montevideo, Panama,
Guayaquil, Santo Domingo."""

from __future__ import annotations

from tests.eval18.authoring.kit import (
    AUTO,
    BENJAMIN,
    FLORENCIA,
    GABRIELA,
    ITZEL,
    NEREA,
    RODRIGO,
    SEBASTIAN,
    YOKASTA,
    ZOOM,
    bulk,
    dh,
    es,
    invite,
    lab,
    msgid,
    note,
    owa,
    person,
    quoted,
    raw_mail,
    vendor,
)

MESSAGES = [
    person(
        BENJAMIN,
        "chile-cambio-hora",
        "interview",
        frm=("Constanza Vial", "constanza.vial@cordillera-ingenieria.example"),
        subject="Confirmación entrevista - Ingeniero de Proyectos",
        date=dh("2037-04-01 12:40", "America/Santiago"),
        html=True,
        body="Hola Benjamín:\n\nTe confirmamos la entrevista para el "
        + es("2037-04-07")
        + " a las 10:00 hrs (hora de Chile continental), en nuestras oficinas de Av. Apoquindo "
        "3500, piso 12, Las Condes.\n\nTe van a entrevistar Francisca Undurraga (Jefa de "
        "Proyectos) y Cristóbal Echeñique (Gerente de Ingeniería).\n\nOjo: este fin de "
        "semana cambia la hora, así que revisa que tu celular se haya ajustado.\n\n"
        "Saludos cordiales,\nConstanza Vial\nSelección de Personas, Cordillera Ingeniería\n",
        label=lab(
            "2037-04-07 10:00",
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Ingeniería",
            role="Ingeniero de Proyectos",
            who=["Francisca Undurraga", "Cristóbal Echeñique"],
            notes="Chilean mail sent in -03 for an interview after the 4-5 April switch "
            "back to -04; '10:00 hrs (hora de Chile continental)'.",
        ),
    ),
    owa(
        ITZEL,
        "teams-cdmx-entrevista",
        "interview",
        start="2037-04-22 12:00",
        zone="Central Standard Time (Mexico)",
        minutes=60,
        subject="Entrevista - Analista de Riesgos - Itzel Carrasco",
        organizer=("Mariana Luévano", "mariana.luevano@banco-ajolote.example"),
        attendees=[
            ("Héctor Villaseñor", "hector.villasenor@banco-ajolote.example"),
            ("Mariana Luévano", "mariana.luevano@banco-ajolote.example"),
        ],
        date=dh("2037-04-16 18:02", "America/Mexico_City"),
        lang="es",
        text="Hola Itzel:\n\nTe comparto la liga de Teams para tu entrevista con Héctor "
        "Villaseñor (Director de Riesgos) y conmigo. Cualquier cosa me avisas.\n\nSaludos,\n"
        "Mariana Luévano\nGerente de Riesgo de Crédito",
        label=lab(
            "2037-04-22 12:00",
            "Central Standard Time (Mexico)",
            "America/Mexico_City",
            company="Banco Ajolote",
            role="Analista de Riesgos",
            who=["Héctor Villaseñor", "Mariana Luévano"],
            emails=[
                "hector.villasenor@banco-ajolote.example",
                "mariana.luevano@banco-ajolote.example",
            ],
            notes="Outlook on the web in Spanish, Windows 'Central Standard Time (Mexico)' "
            "(no DST since 2022); 'y conmigo'.",
        ),
    ),
    person(
        NEREA,
        "quedamos-el-jueves",
        "interview",
        frm=("Íñigo Larrañaga", "inigo.larranaga@txoko-energia.example"),
        subject="Re: Candidatura Técnica de Sostenibilidad",
        date=dh("2037-05-11 19:48", "Europe/Madrid"),
        agent="Android Gmail",
        in_reply_to=msgid("nerea-huecos", "example.com"),
        body="Genial, pues quedamos el jueves a las 10 en la oficina de Castellana. "
        "Pregunta por mí en recepción. Estará también Begoña, nuestra directora de ESG.\n\n"
        "Un saludo,\nÍñigo\n\nEnviado desde mi móvil\n"
        + quoted(
            "2037-05-11 13:02",
            "Europe/Madrid",
            "Nerea Azkarate Villalba <nerea.azkarate@example.com>",
            "Hola Íñigo:\n\nGracias por escribirme. Esta semana me viene bien el miércoles por "
            "la tarde o el jueves por la mañana.\n\nUn saludo,\nNerea",
        ),
        label=lab(
            "2037-05-14 10:00",
            "Europe/Madrid",
            company="Txoko Energía",
            role="Técnica de Sostenibilidad",
            who=["Íñigo Larrañaga", "Begoña"],
            emails=["inigo.larranaga@txoko-energia.example"],
            notes="Phone reply 'quedamos el jueves a las 10' against a Monday Date header.",
        ),
    ),
    person(
        RODRIGO,
        "lima-citacion",
        "interview",
        frm=("Selección de Personal - Minera Huascarán", "seleccion@minera-huascaran.example"),
        subject="Citación a entrevista - Supervisor de Planta",
        date=dh("2037-04-15 09:20", "America/Lima"),
        body="Estimado Rodrigo:\n\nPor medio del presente, le comunicamos que ha sido "
        "seleccionado para la etapa de entrevistas del proceso Supervisor de Planta.\n\n"
        "Fecha: " + es("2037-04-22") + "\nHora: 3:00 p. m.\nLugar: Av. Javier Prado Este "
        "4200, San Borja (presentarse en recepción con DNI)\n\nLo entrevistarán el Ing. "
        "Jorge Salazar Ríos, Gerente de Operaciones, y la Lic. Milagros Quispe Tito, Jefa "
        "de Recursos Humanos.\n\nAgradeceremos confirmar su asistencia.\n\nAtentamente,\n"
        "Área de Selección\n",
        label=lab(
            "2037-04-22 15:00",
            "America/Lima",
            company="Minera Huascarán",
            role="Supervisor de Planta",
            who=["Jorge Salazar Ríos", "Milagros Quispe Tito"],
            notes="Peruvian citación with '3:00 p. m.' and titles 'Ing.', 'Lic.'.",
        ),
    ),
    person(
        FLORENCIA,
        "montevideo-voseo-agencia",
        "interview",
        frm=("Lucía Ferreira - Rambla Talentos", "lucia@rambla-talentos.example"),
        subject="¡Te quieren conocer! Entrevista con Cerro Verde Alimentos",
        date=dh("2037-05-05 16:10", "America/Montevideo"),
        html=True,
        body="Hola Flor, ¿cómo estás?\n\nTe cuento que Cerro Verde Alimentos quedó muy "
        "conforme con tu perfil y te quiere conocer. La entrevista es el "
        + es("2037-05-11")
        + " a las 14.30 en su planta de Camino Carrasco 5600.\n\nVas a hablar con Martina "
        "Olivera (gerenta de marketing) y capaz que se suma Diego Sosa, del área comercial."
        "\n\nAvisame si te queda bien así le confirmo.\n\nBesos,\nLucía\nRambla Talentos\n",
        label=lab(
            "2037-05-11 14:30",
            "America/Montevideo",
            company="Cerro Verde Alimentos",
            who=["Martina Olivera", "Diego Sosa"],
            notes="Uruguayan voseo from an agency; '14.30'; a second interviewer who 'may "
            "join' ('capaz que se suma').",
        ),
    ),
    invite(
        GABRIELA,
        "zoom-panama",
        "interview",
        start="2037-05-05 09:00",
        zone="America/Panama",
        minutes=45,
        summary="Entrevista - Coordinadora de Logística",
        organizer=("Ricardo Vallarino", "rvallarino@istmo-shipping.example"),
        attendees=[("Gabriela Arosemena Icaza", "gabriela.arosemena@example.org")],
        prodid=ZOOM,
        uid_style="zoom.us",
        ics_mode="attach",
        ics_name="zoom.ics",
        frm=("Ricardo Vallarino", "rvallarino@istmo-shipping.example"),
        subject="Entrevista - Coordinadora de Logística (Zoom)",
        date=dh("2037-04-29 15:30", "America/Panama"),
        body="Buenas tardes, Gabriela:\n\nLe envío los datos de la reunión para su "
        "entrevista.\n\nRicardo Vallarino le está invitando a una reunión de Zoom "
        "programada.\n\nTema: Entrevista - Coordinadora de Logística\nHora: 5 may 2037 "
        "09:00 a. m. Panamá\n\nUnirse a la reunión Zoom\nhttps://zoom.us/j/84120937765?"
        "pwd=Rk2bX\n\nID de reunión: 841 2093 7765\nCódigo de acceso: 502733\n\nSaludos,\n"
        "Ricardo Vallarino\nGerente de Operaciones, Istmo Shipping\n",
        label=lab(
            "2037-05-05 09:00",
            "America/Panama",
            "America/Panama",
            company="Istmo Shipping",
            role="Coordinadora de Logística",
            who=["Ricardo Vallarino"],
            emails=["rvallarino@istmo-shipping.example"],
            notes="Zoom invitation text in Spanish ('5 may 2037 09:00 a. m. Panamá') from "
            "the operations manager, who interviews.",
        ),
    ),
    person(
        SEBASTIAN,
        "cancelacion-entrevista-guayaquil",
        "interview_cancelled",
        frm=("Talento Humano - Manglar Exportadora", "talentohumano@manglar-export.example"),
        subject="Cancelación de entrevista programada",
        date=dh("2037-04-15 16:35", "America/Guayaquil"),
        body="Estimado Sebastián:\n\nPor motivos de fuerza mayor nos vemos en la necesidad "
        "de cancelar la entrevista programada para el "
        + es("2037-04-17")
        + " a las 11h00 con el Ing. Xavier Murillo.\n\nNos comunicaremos con usted en los "
        "próximos días para reprogramarla.\n\nDisculpe las molestias.\n\nAtentamente,\n"
        "Departamento de Talento Humano\n",
        label=lab(
            "2037-04-17 11:00",
            "America/Guayaquil",
            company="Manglar Exportadora",
            who=["Xavier Murillo"],
            notes="Ecuadorian cancellation ('11h00') promising to reschedule later.",
        ),
    ),
    person(
        YOKASTA,
        "disponibilidad-entrevista",
        "scheduling_request",
        frm=("Yudelka Batista", "ybatista@caribe-salud.example"),
        subject="Disponibilidad para entrevista - Enfermera Coordinadora",
        date=dh("2037-04-27 10:12", "America/Santo_Domingo"),
        body="Buenos días Yokasta,\n\nGracias por postularte. Nos gustaría coordinar una "
        "entrevista presencial con la Dra. Altagracia Mejía. ¿Qué días y horarios tienes "
        "disponibles la próxima semana? Preferiblemente en horario de la mañana.\n\n"
        "Saludos,\nYudelka Batista\nGestión Humana, Caribe Salud\n",
        label=note("Asks for the user's availability; the interview is not fixed."),
    ),
    vendor(
        ITZEL,
        "seguimiento-postulacion-negativa",
        "rejection",
        frm=("Reclutamiento Tlaloc Retail", "reclutamiento@tlaloc-retail.example"),
        subject="Seguimiento a tu postulación - Analista de Precios",
        date=dh("2037-05-08 13:00", "America/Mexico_City"),
        body="Hola Itzel,\n\nTe agradecemos tu interés en formar parte de Tlaloc Retail y el "
        "tiempo que dedicaste a las entrevistas.\n\nEn esta ocasión decidimos continuar con "
        "otros candidatos cuyo perfil se ajusta más a lo que buscamos para la vacante. "
        "Guardaremos tus datos para futuras oportunidades.\n\n¡Mucho éxito!\nEquipo de "
        "Reclutamiento\n",
        label=note("Mexican rejection after interviews.", company="Tlaloc Retail"),
    ),
    person(
        NEREA,
        "oferta-tecnica-sostenibilidad",
        "offer",
        frm=("Íñigo Larrañaga", "inigo.larranaga@txoko-energia.example"),
        subject="Oferta de empleo - Técnica de Sostenibilidad",
        date=dh("2037-05-22 12:15", "Europe/Madrid"),
        body="Hola Nerea:\n\nComo te adelanté por teléfono, nos encantaría que te unieras al "
        "equipo. Te adjunto la carta de oferta: contrato indefinido, 42.000 € brutos "
        "anuales en 14 pagas, teletrabajo dos días a la semana e incorporación el 1 de "
        "julio.\n\n¿Nos puedes confirmar antes del viernes 29?\n\nUn abrazo,\nÍñigo\n",
        label=note("Spanish job offer with salary and start date.", company="Txoko Energía"),
    ),
    raw_mail(
        RODRIGO,
        "fuera-de-oficina-regreso-lunes",
        "auto_reply",
        frm=("Milagros Quispe Tito", "mquispe@minera-huascaran.example"),
        subject="Respuesta automática: Fuera de la oficina",
        date=dh("2037-04-23 08:00", "America/Lima"),
        extra=AUTO,
        body="Gracias por su mensaje. Me encuentro de vacaciones hasta el 30 de abril; "
        "regreso a la oficina el " + es("2037-05-04") + ". Para temas de selección, "
        "escriba a seleccion@minera-huascaran.example.\n\nSaludos,\nMilagros Quispe Tito\n",
        label=note("Spanish out-of-office with a return date.", return_date="2037-05-04"),
    ),
    raw_mail(
        BENJAMIN,
        "alerta-ofertas-empleo",
        "bulk",
        frm=("Empleos Andes", "alertas@empleos-andes.example"),
        subject="10 nuevas ofertas de empleo para Ingeniero de Proyectos",
        date=dh("2037-04-19 08:00", "America/Santiago"),
        extra=bulk(
            "<alertas.empleos-andes.example>",
            "https://empleos-andes.example/alertas/baja?u=bo1107",
        ),
        body="Hola Benjamín, estas son las ofertas de empleo de hoy según tu alerta:\n\n"
        "Ingeniero de Proyectos - Constructora Biobío - Santiago\nJefe de Proyectos Mineros - "
        "Atacama Cobre - Antofagasta (entrevistas esta semana)\nIngeniero de Planificación - "
        "Valparaíso Puertos - Valparaíso\n\nVer las 10 ofertas: https://empleos-andes.example/"
        "alertas/bo1107\n\nDarte de baja: https://empleos-andes.example/alertas/baja?u=bo1107\n",
        label=note("Job alert; 'entrevistas esta semana' is an ad's promise."),
    ),
    person(
        YOKASTA,
        "panel-entrevistas-ella-entrevista",
        "other",
        frm=("Carmen Rosario", "crosario@hospital-ozama.example"),
        subject="Entrevistas a candidatas del jueves - tu agenda",
        date=dh("2037-05-18 17:30", "America/Santo_Domingo"),
        body="Yokasta, buenas tardes:\n\nComo parte del comité, te toca entrevistar el "
        + es("2037-05-21")
        + " a las tres candidatas para auxiliar de enfermería: 9:00, 10:00 y 11:00 en la "
        "sala de juntas del 2do piso. Te dejo los CV en la carpeta compartida.\n\nGracias,\n"
        "Carmen Rosario\nSupervisora de Enfermería\n",
        label=note("The user interviews candidates at her current job: not her own interview."),
    ),
]
