"""Spanish mail by local senders: Mexico City, Tijuana, Santiago, Punta Arenas, Quito,
Panama, Santo Domingo and Madrid."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    AINHOA,
    APPLE,
    AUTO,
    CITLALI,
    ESTEBAN,
    FRANCISCA,
    IGNACIO,
    RODRIGO,
    WILKIN,
    YARITZA,
    bulk,
    cal_mail,
    dh,
    es,
    lab,
    note,
    outlook,
    person,
    raw_mail,
    vendor,
)

S1 = "2039-03-23 11:00"
S2 = "2039-03-17 10:00"
S3 = "2039-04-04 10:00"
S4 = "2039-04-05 09:00"
S5 = "2039-03-24 14:30"

MESSAGES = [
    person(
        CITLALI,
        "confirmacion-entrevista-cdmx-houston",
        "interview",
        frm=("Mariana Zúñiga", "mariana.zuniga@anahuac-cargo.example"),
        subject="Confirmación de entrevista – Coordinadora de Comercio Exterior",
        cte="base64",
        name_method="B",
        date=dh("2039-03-16 18:02", "America/Mexico_City"),
        body=f"""Hola Citlali, buenas tardes.

Te confirmo tu entrevista para la vacante de Coordinadora de Comercio Exterior:

Día: {es(S1)}
Hora: 11:00 a. m. hora del centro de México (12:00 p. m. en Houston, ya que allá cambiaron
al horario de verano)
Modalidad: videollamada por Teams

Te entrevistarán el Lic. Arturo Velasco, gerente de operaciones, y Karen Whitfield, directora
regional desde nuestra oficina de Houston.

Saludos cordiales,
Mariana Zúñiga
Atracción de Talento, Anáhuac Cargo
""",
        label=lab(
            S1,
            "America/Mexico_City",
            "America/Mexico_City",
            company="Anáhuac Cargo",
            role="Coordinadora de Comercio Exterior",
            who=["Arturo Velasco", "Karen Whitfield"],
            notes="Mexico City keeps -06 all year since 2022, Houston moved to -05 on 13 "
            "March (one hour apart); 'Lic.' dropped.",
        ),
    ),
    outlook(
        RODRIGO,
        "exchange-tijuana-baja-california",
        "interview",
        start=S2,
        zone="Pacific Standard Time (Mexico)",
        minutes=45,
        subject="Entrevista: Ingeniero de Manufactura – Rodrigo Valenzuela Ochoa",
        organizer=("Lorena Castañeda", "lorena.castaneda@otay-medical.example"),
        attendees=[("Héctor Ibarra", "hector.ibarra@otay-medical.example")],
        date=dh("2039-03-11 09:40", "America/Tijuana"),
        lang="es",
        tag="es-MX",
        location="Otay Medical Devices, Blvd. Insurgentes 1800, Planta 2, Tijuana",
        teams=False,
        text="""Buen día Rodrigo,

Te envío la invitación para tu entrevista en planta con el Ing. Héctor Ibarra, gerente de
manufactura. Recuerda que este domingo cambiamos al horario de verano.

Saludos,
Lorena Castañeda
Recursos Humanos""",
        label=lab(
            S2,
            "Pacific Standard Time (Mexico)",
            "America/Tijuana",
            company="Otay Medical Devices",
            role="Ingeniero de Manufactura",
            who=["Héctor Ibarra"],
            emails=["hector.ibarra@otay-medical.example"],
            notes="Exchange in Spanish with 'Pacific Standard Time (Mexico)' (CLDR 001: "
            "Tijuana), which follows the US switch on 13 March; sent on -08, interview on "
            "-07. The HR organiser only arranges.",
        ),
    ),
    person(
        FRANCISCA,
        "entrevista-santiago-cambio-de-hora",
        "interview",
        frm=("Catalina Muñoz", "catalina.munoz@cordillera-mineria.example"),
        subject="Entrevista presencial – Analista de Sostenibilidad",
        date=dh("2039-03-30 12:15", "America/Santiago"),
        body=f"""Estimada Francisca:

Junto con saludar, te confirmo la entrevista presencial para el cargo de Analista de
Sostenibilidad el {es(S3)} a las 10:00 hrs. (hora de Chile continental; recuerda que el
sábado 2 de abril se atrasa el reloj una hora).

Dirección: Av. Apoquindo 4500, piso 11, Las Condes.
Te recibirán Rodrigo Fuenzalida (gerente de Medio Ambiente) y Javiera Lagos (jefa de
Reportabilidad).

Saludos cordiales,
Catalina Muñoz
Selección y Desarrollo
""",
        label=lab(
            S3,
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Minería",
            role="Analista de Sostenibilidad",
            who=["Rodrigo Fuenzalida", "Javiera Lagos"],
            notes="Chilean Spanish; Santiago goes back to -04 in the night of 2 April, the "
            "interview is after it (the mail was sent on -03).",
        ),
    ),
    person(
        IGNACIO,
        "entrevista-hora-santiago-magallanes",
        "interview",
        frm=("Felipe Riquelme", "felipe.riquelme@austral-salmones.example"),
        subject="Entrevista por videollamada – Jefe de Centro de Cultivo",
        date=dh("2039-03-31 16:40", "America/Punta_Arenas"),
        body=f"""Hola Ignacio:

Te escribo para confirmar la entrevista por Meet el {es(S4)} a las 9:00 hora de Santiago
(en Magallanes serán las 10:00, porque allá no cambian la hora).

Participaremos Constanza Vidal, gerenta de Producción, y yo.

Saludos,
Felipe Riquelme
Jefe de Personas, Austral Salmones
""",
        label=lab(
            S4,
            "America/Santiago",
            "America/Santiago",
            company="Austral Salmones",
            role="Jefe de Centro de Cultivo",
            who=["Constanza Vidal", "Felipe Riquelme"],
            emails=["felipe.riquelme@austral-salmones.example"],
            notes="Punta Arenas keeps -03 all year; after 2 April Santiago is -04, so 9:00 "
            "Santiago is 10:00 for the user. The HR head takes part ('y yo').",
        ),
    ),
    person(
        ESTEBAN,
        "proceso-de-seleccion-no-continua-quito",
        "rejection",
        frm=("Talento Humano – Pichincha Textiles", "talento@pichincha-textiles.example"),
        subject="Proceso de selección – Jefe de Planta",
        date=dh("2039-04-01 16:20", "America/Guayaquil"),
        body="""Estimado Esteban:

Agradecemos sinceramente tu participación en el proceso de selección para el cargo de Jefe
de Planta y el tiempo que dedicaste a las entrevistas con nuestro equipo.

Luego de una cuidadosa evaluación, te informamos que en esta oportunidad hemos decidido
continuar con otro candidato cuyo perfil se ajusta más a los requerimientos actuales.

Tu hoja de vida quedará en nuestra base de datos para futuras vacantes.

Atentamente,
Talento Humano
Pichincha Textiles S.A.
""",
        label=note(
            "Ecuadorian Spanish rejection after interviews.",
            company="Pichincha Textiles",
            role="Jefe de Planta",
        ),
    ),
    vendor(
        YARITZA,
        "cita-entrevista-consular-visa",
        "other",
        frm=("Servicio de Citas Consulares", "no-responder@citas-visas.example"),
        subject="Confirmación de cita: entrevista consular de visa",
        date=dh("2039-03-18 08:00", "America/Panama"),
        body=f"""Estimada YARITZA GONZÁLEZ HIM:

Su cita para la entrevista consular ha sido confirmada.

Fecha: {es("2039-04-12", year=True)}
Hora: 07:45 a. m.
Lugar: Sección Consular, Edificio 783, Demetrio Basilio Lakas Ave., Clayton, Panamá

Presente esta confirmación impresa, su pasaporte vigente y la hoja de confirmación del
formulario. No se permiten dispositivos electrónicos.

Número de confirmación: PAN-39-77120
""",
        label=note("Trap: a consular visa 'entrevista' with date and time; not a job interview."),
    ),
    person(
        WILKIN,
        "invitacion-entrevista-latin1-santo-domingo",
        "interview",
        frm=("Rosanna Almánzar", "ralmanzar@ozama-bebidas.example"),
        subject="Invitación a entrevista - Supervisor de Almacén",
        date=dh("2039-03-18 10:55", "America/Santo_Domingo"),
        body=f"""Saludos Sr. Peña Almonte,

Por medio de la presente le invitamos a una entrevista para la posición de Supervisor de
Almacén, el próximo {es(S5)} a las 2:30 p. m. en nuestras oficinas de la Av. John F.
Kennedy, Santo Domingo.

Será entrevistado por el Sr. Ramón Tejada, gerente de logística, y la
Licda. Yokasta Méndez, de Gestión Humana.

Favor traer copia de su cédula y de su certificado de buena conducta.

Atentamente,
Rosanna Almánzar
Reclutamiento
""",
        charset="ISO-8859-1",
        html=True,
        label=lab(
            S5,
            "America/Santo_Domingo",
            None,
            company="Ozama Bebidas",
            role="Supervisor de Almacén",
            who=["Ramón Tejada", "Yokasta Méndez"],
            notes="Dominican Spanish in ISO-8859-1 (text and HTML); 'Sr.' and 'Licda.' "
            "dropped; no zone named.",
        ),
    ),
    raw_mail(
        AINHOA,
        "respuesta-automatica-ausencia-bilbao",
        "auto_reply",
        frm=("Iker Zubizarreta", "iker.zubizarreta@nervion-ingenieria.example"),
        subject="Respuesta automática: Candidatura Ingeniera de Procesos",
        date=dh("2039-03-25 12:31", "Europe/Madrid"),
        extra=AUTO,
        body="""Gracias por tu mensaje.

Estaré fuera de la oficina por vacaciones de Semana Santa y volveré el lunes 11 de abril.
Para cualquier asunto urgente relacionado con procesos de selección, escribe a
seleccion@nervion-ingenieria.example.

Un saludo,
Iker Zubizarreta
""",
        label=note(
            "Spanish out-of-office with a return date (lunes 11 de abril).",
            return_date="2039-04-11",
        ),
    ),
    vendor(
        CITLALI,
        "alerta-empleo-entrevistando-esta-semana",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="8 vacantes de Comercio Exterior: empresas entrevistando esta semana",
        date=dh("2039-03-21 06:45", "America/Mexico_City"),
        extra=bulk("<alertas.computrabajo.com>", "https://mx.computrabajo.com/alertas/baja?id=5e2"),
        body="""Hola Citlali,

Estas empresas están entrevistando esta semana para puestos como el que buscas:

Analista de Comercio Exterior – Logística Tláloc – Ciudad de México
Entrevistas inmediatas · Sueldo: $28,000 mensuales

Ejecutiva de Tráfico Internacional – Grupo Portuario del Golfo – Veracruz
Contratación inmediata

Ver las 8 vacantes: https://mx.computrabajo.com/empleos-de-comercio-exterior

Recibes este correo porque creaste una alerta de empleo. Darte de baja
""",
        label=note("Spanish job alert whose listings mention interviews; mass mail."),
    ),
    cal_mail(
        YARITZA,
        "cancelado-iphone-entrevista-panama",
        "interview_cancelled",
        event={
            "summary": "Entrevista – Analista de Riesgos (Yaritza González)",
            "prodid": APPLE,
            "method": "CANCEL",
            "sequence": 1,
            "organizer": ("Eduardo Quintero", "eduardo.quintero@istmo-seguros.example"),
            "attendees": [("Yaritza González Him", "yaritza.gonzalez@example.com")],
            "start": "2039-04-06 10:00",
            "minutes": 60,
            "zone": "America/Panama",
            "location": "Istmo Seguros, Torre Global, piso 22, Calle 50, Panamá",
        },
        date=dh("2039-04-04 19:22", "America/Panama"),
        style="apple",
        frm=("Eduardo Quintero", "eduardo.quintero@istmo-seguros.example"),
        subject="Cancelado: Entrevista – Analista de Riesgos (Yaritza González)",
        body=f"""Eduardo Quintero ha cancelado el evento "Entrevista – Analista de Riesgos (Yaritza González)".

{es("2039-04-06", year=True)}, 10:00 – 11:00
Istmo Seguros, Torre Global, piso 22, Calle 50, Panamá

Yaritza, disculpa: surgió una junta de directiva que no puedo mover. Te escribo mañana para
buscar otra fecha.

Enviado desde mi iPhone
""",
        ics_mode="attach",
        label=lab(
            "2039-04-06 10:00",
            "America/Panama",
            "America/Panama",
            company="Istmo Seguros",
            role="Analista de Riesgos",
            who=["Eduardo Quintero"],
            emails=["eduardo.quintero@istmo-seguros.example"],
            notes="iPhone calendar cancellation (METHOD:CANCEL, TZID America/Panama) with a "
            "short note promising another date: interview_cancelled at the old time.",
        ),
    ),
]
