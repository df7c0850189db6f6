"""Spanish, Colombian, Argentine and Mexican mail: hospital, colegio, logística, ayuntamiento."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    ANDROID,
    AUTO,
    LEANDRO,
    REMEDIOS,
    ROCIO,
    XIOMARA,
    es,
    iv,
    lq,
    mail,
    msgid,
    thread,
)

MAD = "Europe/Madrid"
BOG = "America/Bogota"
BA = "America/Argentina/Buenos_Aires"
MEX = "America/Mexico_City"

MESSAGES = [
    iv(
        REMEDIOS,
        "convocatoria-entrevista-enfermera-uci-urola",
        frm=("Selección de Personal - Hospital Comarcal del Urola", "seleccion@hcurola.example"),
        subject="Convocatoria a entrevista – Enfermera/o UCI (bolsa de contratación)",
        sent="2047-10-17 12:30",
        start="2047-10-25 10:00",
        zone=MAD,
        tool=True,
        company="Hospital Comarcal del Urola",
        role="Enfermera/o UCI",
        who=("Itziar Etxeberria", "Josu Larrañaga"),
        body=f"""Estimada Sra. Arrizabalaga:

Nos ponemos en contacto con usted para convocarle a una entrevista personal para el puesto
de Enfermera/o de UCI el próximo {es("2047-10-25")} a las 10:00 h, en la Dirección de
Enfermería (planta baja, edificio de consultas externas).

La entrevista la realizarán Dña. Itziar Etxeberria, supervisora de la UCI, y D. Josu Larrañaga,
subdirector de Enfermería.

Le rogamos traiga el DNI, el título de Grado en Enfermería y el certificado de colegiación.

Un saludo,
Unidad de Selección de Personal""",
        notes="25 de octubre: antes del cambio de hora del 27 (UTC+2).",
    ),
    iv(
        REMEDIOS,
        "respuesta-whatsapp-estilo-colegio-madrid",
        frm=("Begoña Sarasola", "direccion@colegio-santa-ines.example"),
        subject="Re: Candidatura maestra de Educación Infantil",
        sent="2047-11-06 20:15",
        start="2047-11-12 16:30",
        zone=MAD,
        company="Colegio Santa Inés",
        role="Maestra de Educación Infantil",
        who=("Begoña Sarasola",),
        agent=ANDROID,
        in_reply_to=msgid("candidatura-maestra-infantil", "example.com"),
        body=thread(
            f"""Hola Remedios, perfecto entonces: te espero el {es("2047-11-12")} a las 16:30,
cuando salen los niños. Prepárate una actividad corta de cuentacuentos (10 min) para
contármela. Entra por la puerta de la calle Ibiza y pregunta por mí en portería.

Un abrazo,
Begoña

Enviado desde mi Android""",
            lq(
                "El mié, 6 nov 2047 a las 18:02, Remedios Arrizabalaga Nkansah <remedios.arrizabalaga@example.com> escribió:",
                """Buenas tardes, Begoña:
El martes por la tarde a partir de las 16:00 me viene muy bien. Muchas gracias.
Remedios""",
            ),
        ),
        notes="Hilo: la directora fija la hora que propuso la usuaria.",
    ),
    iv(
        XIOMARA,
        "entrevista-jefe-bodega-logistica-bogota",
        frm=("Talento Humano - Andina Logística Integral", "seleccion@andinalogistica.example"),
        subject="Citación a entrevista: Jefe de Bodega - Centro de Distribución Funza",
        sent="2047-11-15 09:30",
        start="2047-11-20 14:00",
        zone=BOG,
        tool=True,
        company="Andina Logística Integral S.A.S.",
        role="Jefe de Bodega",
        who=("Hernán Sepúlveda", "Luz Dary Cárdenas"),
        tz="America/Bogota",
        body=f"""Buenos días Xiomara,

Reciba un cordial saludo. Nos permitimos citarla a entrevista para el cargo de Jefe de Bodega
el {es("2047-11-20")} a las 2:00 p. m. (hora de Colombia) en el Centro de Distribución Funza,
Parque Industrial San Diego, Bodega 14.

La entrevista estará a cargo de Hernán Sepúlveda (Gerente de Operaciones) y Luz Dary Cárdenas
(Analista de Talento Humano). Debe presentarse con cédula, hoja de vida impresa y botas de
seguridad para el recorrido por la bodega.

Cordialmente,
Talento Humano""",
    ),
    iv(
        LEANDRO,
        "entrevista-mozo-encargado-restaurante-palermo",
        frm=("Facundo Arrieta", "facu@parrilla-el-ombu.example"),
        subject="Prueba en salón - encargado de turno",
        sent="2047-11-22 17:50",
        start="2047-11-27 18:00",
        zone=BA,
        company="Parrilla El Ombú",
        role="Encargado de turno",
        who=("Facundo Arrieta",),
        body=f"""Hola Leandro, ¿cómo va?

Te escribo por lo del puesto de encargado de turno. Venite el {es("2047-11-27")} a las 18 hs
al local de Palermo (Honduras 5120) y hacés una prueba en el salón durante el servicio de
la noche, así ves cómo trabajamos. Antes charlamos un rato vos y yo.

Traé camisa negra y el DNI.

Abrazo,
Facu
Parrilla El Ombú""",
        notes="Prueba de trabajo con charla previa con el dueño.",
    ),
    iv(
        ROCIO,
        "reprogramacion-entrevista-farmacia-cdmx",
        frm=("Reclutamiento Farmacias del Ahuehuete", "reclutamiento@farmacias-ahuehuete.example"),
        subject="Reprogramación de entrevista – Gerente de sucursal (Coyoacán)",
        sent="2047-11-25 11:00",
        start="2047-12-03 11:30",
        zone=MEX,
        tool=True,
        company="Farmacias del Ahuehuete",
        role="Gerente de sucursal",
        who=("Ernesto Villaseñor",),
        body=f"""Estimada Rocío:

Por motivos de agenda del gerente regional, su entrevista programada para el
{es("2047-11-28")} se reprograma para el {es("2047-12-03")} a las 11:30 hrs (hora del centro
de México), en nuestras oficinas de Av. Universidad 1820, piso 3.

La entrevista será con el Lic. Ernesto Villaseñor, Gerente Regional Sur. Favor de presentarse
con INE, comprobante de domicilio y CURP.

Atentamente,
Reclutamiento y Selección""",
        tz="America/Mexico_City",
        notes="Reprogramación; se etiqueta la nueva fecha.",
    ),
    mail(
        XIOMARA,
        "respuesta-negativa-proceso-seleccion",
        "rejection",
        frm=("Talento Humano - Clínica Los Nogales", "talento@clinica-nogales.example"),
        subject="Respuesta a su proceso de selección",
        sent="2047-11-28 16:00",
        zone=BOG,
        tool=True,
        notes="Rechazo con plantilla.",
        body="""Apreciada Xiomara:

Agradecemos su interés en formar parte de Clínica Los Nogales y el tiempo dedicado al proceso
de selección para el cargo de Coordinadora de Admisiones. Le informamos que en esta ocasión
su perfil no fue seleccionado para continuar en el proceso.

Su hoja de vida quedará en nuestra base de datos para futuras vacantes.

Cordialmente,
Gestión Humana""",
    ),
    mail(
        REMEDIOS,
        "oferta-contrato-interinidad-colegio",
        "offer",
        frm=("Begoña Sarasola", "direccion@colegio-santa-ines.example"),
        subject="Oferta: sustitución Educación Infantil",
        sent="2047-11-14 13:10",
        zone=MAD,
        notes="Oferta de contrato de sustitución.",
        body="""Hola Remedios:

Me alegra decirte que queremos contar contigo para la sustitución en 4 años B, desde el 25 de
noviembre hasta el final del curso, a jornada completa, según el convenio de enseñanza
concertada. Necesitaré tu certificado negativo del Registro Central de Delincuentes Sexuales
antes del primer día.

¿Me confirmas si aceptas?

Un abrazo,
Begoña Sarasola, directora""",
    ),
    mail(
        ROCIO,
        "cita-medica-imss-no-entrevista",
        "other",
        frm=("Citas UMF 28", "citas-umf28@salud-cdmx.example"),
        subject="Confirmación de cita – Medicina Familiar",
        sent="2047-11-10 08:00",
        zone=MEX,
        tool=True,
        notes="Cita médica, no una entrevista.",
        body=f"""Su cita ha sido registrada:
Fecha: {es("2047-11-14")}
Hora: 08:20 hrs
Consultorio 6, turno matutino
Presentarse 20 minutos antes con su carnet.""",
    ),
    mail(
        LEANDRO,
        "respuesta-automatica-vacaciones-rrhh",
        "auto_reply",
        frm=("Mariela Quiroga", "rrhh@hotel-plaza-rivadavia.example"),
        subject="Respuesta automática: Postulación recepcionista",
        sent="2047-12-02 10:00",
        zone=BA,
        extra=AUTO,
        more={"return_date": "2047-12-16"},
        notes="Vuelve el 16 de diciembre.",
        body="""Hola, estoy de vacaciones hasta el 13/12. Vuelvo el lunes 16 de diciembre.
Para temas urgentes escribí a recepcion@hotel-plaza-rivadavia.example.

Mariela""",
    ),
]
