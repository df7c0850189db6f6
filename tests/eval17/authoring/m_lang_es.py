"""Spanish mail from Buenos Aires, the Canaries, Seville, Bogotá, Asunción, Caracas, San José
and Guatemala City (every kind)."""

from __future__ import annotations

from tests.eval17.authoring.kit import (
    ANALU,
    AUTO,
    DANIELA,
    JOSEMA,
    LUCIA,
    MARTIN,
    ROCIO,
    VALERIA,
    YERAY,
    bulk,
    dh,
    es,
    exchange,
    lab,
    note,
    person,
    raw_mail,
    vendor,
)

MESSAGES = []
add = MESSAGES.append

# 1. Rioplatense voseo, "hora de Buenos Aires".
add(
    person(
        MARTIN,
        "mate-labs-te-confirmo-la-entrevista",
        "interview",
        frm=("Agustina Ferreyra", "agustina.ferreyra@matelabs.example"),
        subject="Entrevista confirmada - Tech Lead Mobile",
        date=dh("2036-10-10 18:03", "America/Argentina/Buenos_Aires"),
        body=(
            "¡Hola Martín! ¿Cómo va?\n\n"
            f"Te confirmo la entrevista para el {es('2036-10-16')} a las 15 h (hora de "
            "Buenos Aires). La hacemos por Meet con Nicolás Bianchi, nuestro CTO, y yo. "
            "Calculá una hora más o menos.\n\n"
            "Link: https://meet.google.com/pkd-wuxn-cte\n\n"
            "Cualquier cosa avisame.\n¡Abrazo!\nAgustina\nPeople, Mate Labs\n"
        ),
        label=lab(
            "2036-10-16 15:00",
            "America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
            company="Mate Labs",
            role="Tech Lead Mobile",
            who=["Nicolás Bianchi", "Agustina Ferreyra"],
            emails=["agustina.ferreyra@matelabs.example"],
            notes="voseo; the writer interviews too ('y yo')",
        ),
    )
)

# 2. Madrid company, Canary user: peninsular and Canary times both given, after 26 Oct.
add(
    person(
        YERAY,
        "atlantico-seguros-hora-peninsular-canaria",
        "interview",
        frm=("Marta Olmedo", "marta.olmedo@atlantico-seguros.example"),
        subject="Convocatoria entrevista - Analista de Riesgos",
        date=dh("2036-10-21 12:30", "Atlantic/Canary"),
        html=True,
        body=(
            "Hola Yeray:\n\n"
            "Te escribo para convocarte a la entrevista con el equipo de Riesgos el "
            f"{es('2036-10-28')} a las 10:00 hora peninsular (9:00 hora canaria), por Teams.\n\n"
            "Estarán Rodrigo Peñalver (director de Riesgos) y Belén Sastre (responsable de "
            "Modelos). Recuerda que el domingo 26 cambia la hora.\n\n"
            "Un saludo,\nMarta Olmedo\nSelección, Atlántico Seguros\n"
        ),
        label=lab(
            "2036-10-28 09:00",
            "Atlantic/Canary",
            "Atlantic/Canary",
            company="Atlántico Seguros",
            role="Analista de Riesgos",
            who=["Rodrigo Peñalver", "Belén Sastre"],
            notes="10:00 peninsular = 9:00 Canarias (both back on 26 Oct)",
        ),
    )
)

# 3. Spanish Exchange request to a Seville user (Romance), summer to winter time.
add(
    exchange(
        LUCIA,
        "giralda-energia-exchange-cuando",
        "interview",
        start="2036-10-30 12:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entrevista - Lucía Jiménez Tenorio - Técnico de Sostenibilidad",
        organizer=("Rocío Valverde", "rocio.valverde@giralda-energia.example"),
        attendees=[
            ("Fernando Lobato", "fernando.lobato@giralda-energia.example"),
            ("Inmaculada Reyes", "inmaculada.reyes@giralda-energia.example"),
        ],
        date=dh("2036-10-20 09:41", "Europe/Madrid"),
        lang="es",
        label=lab(
            "2036-10-30 12:00",
            "Europe/Madrid",
            "Europe/Paris",
            company="Giralda Energía",
            role="Técnico de Sostenibilidad",
            who=["Fernando Lobato", "Inmaculada Reyes"],
            emails=[
                "fernando.lobato@giralda-energia.example",
                "inmaculada.reyes@giralda-energia.example",
            ],
            notes="Spanish Exchange 'Cuándo:'; Romance (Paris) for a Seville user; CET",
        ),
        text=(
            "Buenos días, Lucía:\n\nTe envío la convocatoria para la entrevista con Fernando "
            "Lobato (Director de Sostenibilidad) e Inmaculada Reyes (HRBP).\n\n"
            "Un saludo,\nRocío Valverde"
        ),
    )
)

# 4. Colombian formal citation with a.m. time.
add(
    vendor(
        VALERIA,
        "andina-cafe-citacion-entrevista",
        "interview",
        frm=("Gestión Humana - Andina de Cafés", "gestionhumana@andinacafes.example"),
        subject="Citación a entrevista - Analista de Comercio Exterior",
        date=dh("2036-10-09 15:20", "America/Bogota"),
        html_only=True,
        charset="windows-1252",
        cte="base64",
        body=(
            "Cordial saludo, Valeria:\n\n"
            "Nos permitimos citarla a entrevista presencial para el cargo de Analista de "
            f"Comercio Exterior el día {es('2036-10-15', year=True)} a las 8:00 a.m. en "
            "nuestras oficinas de la Calle 93 # 11-26, piso 7, Bogotá.\n\n"
            "La entrevista estará a cargo de la Dra. Marcela Otálora, Gerente de Operaciones "
            "Internacionales.\n\nFavor traer hoja de vida impresa y documento de identidad.\n\n"
            "Atentamente,\nGestión Humana\nAndina de Cafés S.A.S.\n"
        ),
        label=lab(
            "2036-10-15 08:00",
            "America/Bogota",
            company="Andina de Cafés",
            role="Analista de Comercio Exterior",
            who=["Marcela Otálora"],
            notes="Colombian formal register",
        ),
    )
)

# 5. Paraguay, "9 hs", informal.
add(
    person(
        ROCIO,
        "guarania-retail-te-esperamos-lunes",
        "interview",
        frm=("Lorena Cabañas", "lorena.cabanas@guarania-retail.example"),
        subject="Entrevista lunes 20 - Jefa de Tienda",
        date=dh("2036-10-15 17:40", "America/Asuncion"),
        body=(
            "Hola Rocío, buenas tardes.\n\n"
            f"Te esperamos el {es('2036-10-20')} a las 9 hs en nuestra oficina central "
            "(Av. Mariscal López 3420, Asunción) para la entrevista con la gerente regional, "
            "Lic. Graciela Benítez Ayala.\n\n"
            "Traé tu cédula por favor.\n\nSaludos cordiales,\nLorena Cabañas\n"
            "RRHH Guarania Retail\n"
        ),
        label=lab(
            "2036-10-20 09:00",
            "America/Asuncion",
            company="Guarania Retail",
            role="Jefa de Tienda",
            who=["Graciela Benítez Ayala"],
            notes="Paraguay on permanent -03",
        ),
    )
)

# 6. Costa Rica reminder the day before.
add(
    person(
        JOSEMA,
        "pura-vida-tech-recordatorio-manana",
        "interview",
        frm=("Karla Vindas", "karla.vindas@puravidatech.example"),
        subject="Recordatorio: entrevista mañana 2:00 p.m.",
        date=dh("2036-11-05 10:15", "America/Costa_Rica"),
        body=(
            "Buenos días don José Manuel,\n\n"
            f"Le recordamos su entrevista de mañana {es('2036-11-06')} a las 2:00 p.m. "
            "(hora de Costa Rica) con el Ing. Esteban Mora Quesada, líder del equipo de QA.\n\n"
            "Será en nuestras oficinas en Escazú, Edificio Sigma, 4.º piso.\n\n"
            "Saludos,\nKarla Vindas\nTalento Humano, Pura Vida Tech\n"
        ),
        label=lab(
            "2036-11-06 14:00",
            "America/Costa_Rica",
            "America/Costa_Rica",
            company="Pura Vida Tech",
            who=["Esteban Mora Quesada"],
            notes="reminder with the date",
        ),
    )
)

# 7. Caracas: interview cancelled, process paused.
add(
    person(
        DANIELA,
        "avila-farma-cancelacion-entrevista",
        "interview_cancelled",
        frm=("Yelitza Rondón", "yelitza.rondon@avilafarma.example"),
        subject="Cancelación de entrevista - Coordinadora de Calidad",
        date=dh("2036-10-22 16:05", "America/Caracas"),
        body=(
            "Buenas tardes, Daniela:\n\n"
            "Lamentamos informarle que la entrevista pautada para el "
            f"{es('2036-10-24')} a las 10:00 am con el Lic. Ramón Guevara queda cancelada, ya "
            "que el proceso de selección se encuentra en pausa por reestructuración interna. "
            "Le escribiremos si se reactiva la vacante.\n\n"
            "Disculpe las molestias.\nYelitza Rondón\nRecursos Humanos, Ávila Farma\n"
        ),
        label=lab(
            "2036-10-24 10:00",
            "America/Caracas",
            company="Ávila Farma",
            role="Coordinadora de Calidad",
            who=["Ramón Guevara"],
            notes="vacancy paused before the interview: cancellation",
        ),
    )
)

# 8. Guatemalan voseo asking for availability.
add(
    person(
        ANALU,
        "quetzal-logistica-disponibilidad",
        "scheduling_request",
        frm=("Rodrigo Monzón", "rodrigo.monzon@quetzal-logistica.example"),
        subject="Disponibilidad para entrevista",
        date=dh("2036-10-13 11:11", "America/Guatemala"),
        body=(
            "Hola Ana Lucía, qué tal.\n\n"
            "Nos gustó mucho tu perfil para la plaza de Analista de Compras. ¿Qué días "
            "tenés disponibles la otra semana para una entrevista virtual? Nosotros podemos "
            "en la mañana.\n\nSaludos,\nRodrigo Monzón\nQuetzal Logística\n"
        ),
        label=note("asks for days; nothing booked", company="Quetzal Logística"),
    )
)

# 9. Bogotá rejection after the interview.
add(
    vendor(
        VALERIA,
        "andina-cafe-proceso-seleccion",
        "rejection",
        frm=("Gestión Humana - Andina de Cafés", "gestionhumana@andinacafes.example"),
        subject="Resultado proceso de selección - Analista de Comercio Exterior",
        date=dh("2036-10-29 14:00", "America/Bogota"),
        body=(
            "Cordial saludo, Valeria:\n\n"
            "Agradecemos su participación en nuestro proceso de selección. Luego de evaluar "
            "los perfiles, le informamos que en esta ocasión no continuará en el proceso.\n\n"
            "Su hoja de vida quedará en nuestra base de datos para futuras vacantes.\n\n"
            "Atentamente,\nGestión Humana\n"
        ),
        label=note("rejection after the interview", company="Andina de Cafés"),
    )
)

# 10. Buenos Aires offer.
add(
    person(
        MARTIN,
        "mate-labs-oferta",
        "offer",
        frm=("Agustina Ferreyra", "agustina.ferreyra@matelabs.example"),
        subject="¡Oferta! Tech Lead Mobile en Mate Labs",
        date=dh("2036-10-27 19:10", "America/Argentina/Buenos_Aires"),
        body=(
            "¡Martín! Te tengo buenas noticias: queremos que te sumes como Tech Lead Mobile. "
            "Te adjunto la propuesta formal con el paquete (sueldo en dólares, prepaga y "
            "semana de trabajo 4x1 presencial). Fijate y decime si querés charlarla con "
            "Nico.\n\n¡Abrazo!\nAgustina\n"
        ),
        label=note("written offer", company="Mate Labs"),
    )
)

# 11. Seville out-of-office.
add(
    raw_mail(
        LUCIA,
        "guadalquivir-fuera-de-oficina",
        "auto_reply",
        frm=("Pilar Cuevas", "pilar.cuevas@guadalquivir-agro.example"),
        subject="Respuesta automática: Candidatura Técnico Ambiental",
        date=dh("2036-10-31 08:00", "Europe/Madrid"),
        extra=AUTO,
        body=(
            "Hola,\n\nEstoy fuera de la oficina hasta el lunes 3 de noviembre, que me "
            "reincorporo. Durante mi ausencia no tendré acceso al correo.\n\n"
            "Un saludo,\nPilar Cuevas\n"
        ),
        label=note("OOO; back Monday 3 Nov", return_date="2036-11-03"),
    )
)

# 12. Computrabajo alert in Guatemala.
add(
    vendor(
        ANALU,
        "computrabajo-alerta-empleos",
        "bulk",
        frm=("Computrabajo", "alertas@computrabajo.com"),
        subject="12 nuevas ofertas de empleo de Analista de Compras en Guatemala",
        date=dh("2036-10-20 06:30", "America/Guatemala"),
        extra=bulk("<alertas.gt.computrabajo.com>", "https://gt.computrabajo.com/baja/a7"),
        body=(
            "Hola Ana Lucía,\n\nEstas son las ofertas nuevas de tu alerta:\n\n"
            "- Analista de Compras Jr. - Distribuidora Volcán - Ciudad de Guatemala\n"
            "- Comprador Regional - Grupo Ixchel - Mixco (entrevistas inmediatas)\n"
            "- Asistente de Abastecimiento - Café Atitlán - Antigua Guatemala\n\n"
            "Ver todas: https://gt.computrabajo.com/ofertas-de-trabajo/\n\n"
            "Darse de baja de esta alerta\n"
        ),
        label=note("job alert mentioning immediate interviews"),
    )
)

# 13. A university magazine interviews the user (not hiring).
add(
    person(
        YERAY,
        "revista-egresados-entrevista-exalumnos",
        "other",
        frm=("Nayra Hernández", "nayra.hernandez@revista-egresados.example"),
        subject="Entrevista para la revista de egresados",
        date=dh("2036-10-06 13:25", "Atlantic/Canary"),
        body=(
            "Hola Yeray:\n\n"
            "Desde la revista de egresados de la Facultad de Economía nos encantaría hacerte "
            "una entrevista breve sobre tu trayectoria en el sector asegurador para el número "
            "de diciembre. Serían 20 minutos por teléfono; dime qué día te viene bien.\n\n"
            "Un abrazo,\nNayra Hernández\n"
        ),
        label=note("alumni magazine interview of the user"),
    )
)
