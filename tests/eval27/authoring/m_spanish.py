"""Spanish mail from Spain, Argentina, Chile, Mexico, Colombia and Peru: citaciones, a
Workable-style booking, an Outlook request in Spanish, a cancellation, a request for
availability, a rejection, an offer, an out-of-office reply and a job alert."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AUTO,
    BEGONA,
    FABIOLA,
    LUCIA,
    NICOLAS,
    RODRIGO,
    VALENTINA,
    bulk,
    dh,
    es,
    hand,
    lab,
    note,
    outlook,
    t24,
    tool,
)

E1 = "2046-07-16 10:00"
E2 = "2046-08-09 16:30"
E3 = "2046-08-31 11:00"
E4 = "2046-09-12 09:00"
E5 = "2046-07-26 15:00"
E6 = "2046-09-06 12:00"

MESSAGES = [
    hand(
        BEGONA,
        "citacion-entrevista-bilbao-abando",
        "interview",
        sent="2046-07-10 12:35",
        zone="Europe/Madrid",
        frm=("Itziar Goikoetxea", "itziar.goikoetxea@zorrotza-ingenieria.example"),
        subject="Citación para entrevista – Ingeniera de Procesos",
        body=f"""Buenos días, Begoña:

Nos ponemos en contacto contigo en relación con tu candidatura al puesto de Ingeniera de
Procesos. Nos gustaría conocerte en persona, por lo que te citamos el próximo {es(E1)} a las
{t24(E1)} h en nuestras oficinas de Alameda de Recalde 36, 4.ª planta, Bilbao.

Te entrevistarán Aitor Urrutia (Director de Operaciones) y Maite Zabala (Responsable de
Calidad). Trae, por favor, tu DNI para acceder al edificio.

Quedamos a la espera de tu confirmación.

Un saludo,
Itziar Goikoetxea
Técnica de Selección – Zorrotza Ingeniería
""",
        label=lab(
            E1,
            "Europe/Madrid",
            company="Zorrotza Ingeniería",
            role="Ingeniera de Procesos",
            who=["Aitor Urrutia", "Maite Zabala"],
        ),
    ),
    hand(
        NICOLAS,
        "entrevista-confirmada-palermo-vos",
        "interview",
        sent="2046-08-03 18:20",
        zone="America/Argentina/Buenos_Aires",
        frm=("Flor Iturraspe", "florencia.iturraspe@mate-cocido-tech.example"),
        subject="Entrevista confirmada – jueves 9/8 16:30 hs",
        body=f"""Hola Nico, ¿cómo andás?

Te confirmo la entrevista para el puesto de Tech Lead: {es(E2)} a las 16:30 hs en la oficina
de Palermo (Honduras 5550, 2.º piso, tocá timbre "Mate Cocido").
Vas a charlar con Santiago Cafiero, nuestro CTO, y con Lucía Peralta, que lidera el equipo de plataforma.

Cualquier cosa avisame.

¡Abrazo!
Flor
Talent, Mate Cocido Tech
""",
        label=lab(
            E2,
            "America/Argentina/Buenos_Aires",
            company="Mate Cocido Tech",
            role="Tech Lead",
            who=["Santiago Cafiero", "Lucía Peralta"],
            notes="Argentine voseo, '16:30 hs', numeric date in the subject.",
        ),
    ),
    hand(
        VALENTINA,
        "entrevista-santiago-tras-cambio-de-hora",
        "interview",
        sent="2046-08-27 10:10",
        zone="America/Santiago",
        frm=("Francisca Undurraga", "fundurraga@cordillera-salmones.example"),
        subject="Confirmación entrevista – Analista de Planificación",
        body=f"""Estimada Valentina:

Junto con saludar, te confirmamos tu entrevista para el cargo de Analista de Planificación el
{es(E3)} a las 11:00 hrs (hora de Chile continental), vía Teams.

Participarán Rodrigo Valdés, Gerente de Operaciones, y quien suscribe.

Te recordamos que el primer domingo de septiembre se adelanta la hora en Chile continental.

Saludos cordiales,
Francisca Undurraga
Jefa de Selección – Cordillera Salmones S.A.
""",
        label=lab(
            E3,
            "America/Santiago",
            "America/Santiago",
            company="Cordillera Salmones",
            role="Analista de Planificación",
            who=["Rodrigo Valdés", "Francisca Undurraga"],
            emails=["fundurraga@cordillera-salmones.example"],
            notes="Friday 31 August, before Chile's change of 2 September: -04:00. "
            "'quien suscribe' = the sender takes part.",
        ),
    ),
    outlook(
        RODRIGO,
        "solicitud-reunion-teams-cdmx",
        "interview",
        start=E4,
        zone="Central Standard Time (Mexico)",
        minutes=60,
        subject="Entrevista – Rodrigo Quiñónez Villalba – Gerente de Compras",
        organizer=("Lic. Mariana Sandoval", "mariana.sandoval@grupo-ajusco.example"),
        attendees=[("Ing. Héctor Galván", "hector.galvan@grupo-ajusco.example")],
        date=dh("2046-09-05 13:40", "America/Mexico_City"),
        lang="es",
        label=lab(
            E4,
            "America/Mexico_City",
            "America/Mexico_City",
            company="Grupo Ajusco Industrial",
            role="Gerente de Compras",
            who=["Mariana Sandoval", "Héctor Galván"],
            emails=[
                "mariana.sandoval@grupo-ajusco.example",
                "hector.galvan@grupo-ajusco.example",
            ],
            notes="Exchange request in Spanish, TZID Central Standard Time (Mexico); "
            "no DST in Mexico.",
        ),
        text="""Estimado Rodrigo:

Por medio del presente le envío la invitación para su entrevista con el Ing. Héctor Galván,
Director de Cadena de Suministro, y una servidora.

Saludos cordiales,
Lic. Mariana Sandoval
Atracción de Talento, Grupo Ajusco Industrial""",
    ),
    hand(
        LUCIA,
        "cancelacion-entrevista-medellin",
        "interview_cancelled",
        sent="2046-07-24 08:05",
        zone="America/Bogota",
        frm=("Juliana Restrepo", "juliana.restrepo@envigado-textil.example"),
        subject="Cancelación de entrevista – jueves 26 de julio",
        body=f"""Buenos días, Lucía:

Lamentamos informarle que debemos cancelar la entrevista programada para el {es(E5)} a las
3:00 p. m. El proceso de selección para el cargo de Coordinadora de Mercadeo ha sido
suspendido temporalmente.

Le agradecemos su tiempo e interés. Si el proceso se reactiva, nos comunicaremos con usted.

Cordialmente,
Juliana Restrepo
Gestión Humana – Envigado Textil S.A.S.
""",
        label=lab(
            E5,
            "America/Bogota",
            company="Envigado Textil",
            role="Coordinadora de Mercadeo",
            notes="Cancelled; process suspended.",
        ),
    ),
    hand(
        FABIOLA,
        "convocatoria-entrevista-lima-miraflores",
        "interview",
        cte="base64",
        sent="2046-08-31 17:00",
        zone="America/Lima",
        frm=("Selección – Pacífico Alimentos", "seleccion@pacifico-alimentos.example"),
        subject="Convocatoria a entrevista final – Jefa de Calidad",
        body=f"""Estimada Fabiola:

Por medio del presente, la convocamos a la entrevista final para el puesto de Jefa de Calidad,
que se realizará el {es(E6)} a las 12:00 m. en nuestras oficinas (Av. José Larco 1301, piso 8,
Miraflores).

La entrevista estará a cargo del Sr. Álvaro Chirinos, Gerente General. Le pedimos llegar con
15 minutos de anticipación y portar su DNI.

Atentamente,
Área de Selección
Pacífico Alimentos S.A.C.
""",
        label=lab(
            E6,
            "America/Lima",
            company="Pacífico Alimentos",
            role="Jefa de Calidad",
            who=["Álvaro Chirinos"],
            notes="Peru, no DST; '12:00 m.' = noon.",
        ),
    ),
    hand(
        BEGONA,
        "disponibilidad-primera-llamada-madrid",
        "scheduling_request",
        sent="2046-09-03 09:50",
        zone="Europe/Madrid",
        frm=("Álvaro Montesinos", "alvaro.montesinos@castellana-talento.example"),
        subject="Oportunidad Jefa de Planta – ¿disponibilidad para una llamada?",
        body="""Hola Begoña,

Soy Álvaro, consultor de Castellana Talento. Estoy llevando un proceso de Jefa de Planta para
un cliente del sector alimentario en Vitoria y creo que tu perfil encaja muy bien.

¿Tendrías 20 minutos esta semana o la próxima para una primera llamada? Dime qué franjas te
vienen bien y me adapto.

Un saludo,
Álvaro Montesinos
Senior Consultant – Castellana Talento
""",
        label=note("Agency asks for availability; nothing fixed."),
    ),
    hand(
        NICOLAS,
        "respuesta-proceso-no-avanzamos",
        "rejection",
        sent="2046-08-17 12:10",
        zone="America/Argentina/Buenos_Aires",
        frm=("Flor Iturraspe", "florencia.iturraspe@mate-cocido-tech.example"),
        subject="Respuesta sobre el proceso de Tech Lead",
        body="""Hola Nico,

Primero que nada, gracias por el tiempo y la buena onda en la entrevista. Lamentablemente
decidimos avanzar con otro candidato que tiene más experiencia liderando equipos grandes.

Nos encantó conocerte y nos gustaría mantener el contacto para futuras búsquedas.

Abrazo,
Flor
""",
        label=note("Rejection after the interview."),
    ),
    hand(
        RODRIGO,
        "oferta-laboral-monterrey",
        "offer",
        sent="2046-09-20 18:00",
        zone="America/Monterrey",
        frm=("Lic. Patricio Garza", "patricio.garza@acero-regio.example"),
        subject="Oferta laboral – Gerente de Compras",
        body="""Estimado Rodrigo:

Es un gusto para nosotros hacerle llegar la oferta formal para ocupar la posición de Gerente
de Compras en Acero Regio:

- Sueldo mensual bruto: $95,000 MXN
- Aguinaldo de 30 días, vales de despensa y seguro de gastos médicos mayores
- Fecha de ingreso propuesta: 15 de octubre de 2046

Le agradeceremos nos confirme su aceptación a más tardar el 26 de septiembre.

Saludos cordiales,
Lic. Patricio Garza
Director de Recursos Humanos
""",
        label=note("Offer with salary."),
    ),
    tool(
        VALENTINA,
        "respuesta-automatica-vacaciones-chile",
        "auto_reply",
        sent="2046-07-30 09:02",
        zone="America/Santiago",
        frm=("Consuelo Errázuriz", "cerrazuriz@valle-central-vinos.example"),
        subject="Respuesta automática: Postulación Analista Comercial",
        extra=AUTO,
        body="""Gracias por su correo.

Me encuentro de vacaciones hasta el viernes 10 de agosto, con acceso limitado al correo.
Retomaré sus mensajes a partir del lunes 13 de agosto.

Para temas urgentes, escribir a personas@valle-central-vinos.example.

Saludos,
Consuelo Errázuriz
""",
        label=note("Out-of-office reply.", return_date="2046-08-13"),
    ),
    tool(
        LUCIA,
        "alerta-empleo-ofertas-bogota",
        "bulk",
        sent="2046-08-21 06:30",
        zone="America/Bogota",
        frm=("EmpleosAndinos", "alertas@empleosandinos.example"),
        subject="Nuevas ofertas de empleo: Coordinadora de Mercadeo en Bogotá",
        extra=bulk("<alertas.empleosandinos.example>", "https://empleosandinos.example/baja"),
        body="""Hola Lucía,

Estas son las ofertas nuevas que coinciden con tu búsqueda:

Coordinadora de Mercadeo – Cafetera del Quindío – Bogotá, Chapinero
Analista de Marca – Lácteos Sabana – Bogotá (híbrido)
Jefe de Trade Marketing – Bebidas Macondo – Bogotá

Ver todas: https://empleosandinos.example/alertas/5521

Darte de baja: https://empleosandinos.example/baja
""",
        label=note("Job alert."),
    ),
    tool(
        BEGONA,
        "prueba-tecnica-plazo-proceso",
        "other",
        sent="2046-07-26 09:00",
        zone="Europe/Madrid",
        frm=("Selección Txingudi Automoción", "seleccion@txingudi-automocion.example"),
        subject="Siguiente paso en el proceso: prueba técnica online",
        body="""Hola, Begoña:

¡Enhorabuena! Has superado la primera fase del proceso de selección para Ingeniera de
Calidad de Proveedores. El siguiente paso es una prueba técnica online (aprox. 60 minutos)
que puedes realizar cuando quieras antes del 2 de agosto a las 23:59.

Acceder a la prueba: https://txingudi-automocion.example/prueba/9f3k

Un saludo,
Equipo de Selección – Txingudi Automoción
""",
        label=note("Online test with a deadline; not an interview."),
    ),
]
