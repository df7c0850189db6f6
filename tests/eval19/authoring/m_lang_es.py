"""Spanish mail: Bogotá, Buenos Aires, Caracas, La Paz, Asunción, San José, Guatemala, Havana,
Barcelona and the Canaries."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    ANDRES,
    AUTO,
    DANIELA,
    FATIMA,
    JORDI,
    LAUTARO,
    LUCIA,
    MATEO,
    NAYRA,
    VALERIA,
    YAIMA,
    bulk,
    dh,
    es,
    html_mail,
    lab,
    msgid,
    note,
    outlook,
    person,
    quoted,
    raw_mail,
    vendor,
)

MESSAGES = [
    person(
        VALERIA,
        "citacion-entrevista-hora-colombia",
        "interview",
        frm=("Juliana Ospina", "juliana.ospina@cafetal-digital.example"),
        subject="Citación a entrevista - Analista de Datos Senior",
        date=dh("2038-11-08 16:12", "America/Bogota"),
        body=f"""Buenas tardes, Valeria:

Nos complace citarla a entrevista para el cargo de Analista de Datos Senior el
{es("2038-11-16")} a las 9:00 a. m. (hora de Colombia), en nuestras oficinas de la
Calle 93 #11-27, piso 6, Bogotá.

La entrevista estará a cargo de Andrés Felipe Rincón, Gerente de Analítica, y de quien le
escribe.

Cordialmente,
Juliana Ospina
Líder de Talento Humano, Cafetal Digital""",
        label=lab(
            "2038-11-16 09:00",
            "America/Bogota",
            "America/Bogota",
            company="Cafetal Digital",
            role="Analista de Datos Senior",
            who=["Andrés Felipe Rincón", "Juliana Ospina"],
            emails=["juliana.ospina@cafetal-digital.example"],
            notes="Colombian 'citación'; '9:00 a. m. (hora de Colombia)'.",
        ),
    ),
    person(
        LAUTARO,
        "dale-quedamos-el-jueves-voseo",
        "interview",
        frm=("Martina Olazábal", "martina@pampa-labs.example"),
        subject="Re: Entrevista técnica",
        date=dh("2038-10-22 19:40", "America/Argentina/Buenos_Aires"),
        in_reply_to=msgid("lautaro-propuesta", "example.com"),
        body="""Dale, quedamos el jueves a las 15 hs. Te paso el link de Meet el mismo día.
Se suma Nicolás Ferraro, que lidera el equipo de backend.

Abrazo,
Martina
"""
        + quoted(
            "2038-10-22 11:02",
            "America/Argentina/Buenos_Aires",
            "Lautaro Etchegaray Bruno <lautaro.etchegaray@example.com>",
            f"""Hola Martina, ¿cómo andás?

Podría el {es("2038-10-28")} a las 15 o el viernes a la mañana. Decime qué te
queda mejor.

Saludos,
Lautaro""",
        ),
        label=lab(
            "2038-10-28 15:00",
            "America/Argentina/Buenos_Aires",
            None,
            company="Pampa Labs",
            who=["Martina Olazábal", "Nicolás Ferraro"],
            emails=["martina@pampa-labs.example"],
            notes="Rioplatense voseo; the reply settles the first option quoted.",
        ),
    ),
    outlook(
        DANIELA,
        "solicitud-reunion-cuando-caracas",
        "interview",
        start="2038-11-05 10:00",
        zone="Venezuela Standard Time",
        minutes=60,
        subject="Entrevista - Contadora Senior - Daniela Urdaneta",
        organizer=("Gustavo Mendoza", "gustavo.mendoza@orinoco-alimentos.example"),
        attendees=[("Carolina Pérez Silva", "carolina.perez@orinoco-alimentos.example")],
        location="Reunión de Microsoft Teams",
        lang="es",
        date=dh("2038-10-29 14:20", "America/Caracas"),
        text="""Buenas tardes, Daniela:

Le envío la invitación para la entrevista con la Lic. Carolina Pérez Silva, Gerente de
Contraloría, y conmigo.

Saludos cordiales,
Gustavo Mendoza
Coordinador de Talento""",
        label=lab(
            "2038-11-05 10:00",
            "Venezuela Standard Time",
            "America/Caracas",
            company="Orinoco Alimentos",
            role="Contadora Senior",
            who=["Carolina Pérez Silva", "Gustavo Mendoza"],
            emails=[
                "carolina.perez@orinoco-alimentos.example",
                "gustavo.mendoza@orinoco-alimentos.example",
            ],
            notes="Spanish Exchange request ('Cuándo:') in Venezuela Standard Time.",
        ),
    ),
    person(
        MATEO,
        "consultora-entrevista-cliente-bolivia",
        "interview",
        frm=("Paola Gutiérrez", "paola.gutierrez@illimani-consultores.example"),
        subject="Entrevista con nuestro cliente - Jefe de Mantenimiento",
        date=dh("2038-10-29 11:30", "America/La_Paz"),
        body=f"""Estimado Mateo:

Nuestro cliente, Minera Altiplano S.A., desea entrevistarlo el {es("2038-11-05")} a las
10:00 (hora de Bolivia), en sus oficinas de la avenida Arce 2519, La Paz.

Lo entrevistarán el Ing. Rodrigo Mamani Choque, Superintendente de Planta, y la
Lic. Verónica Salinas, de Recursos Humanos.

Quedo atenta a su confirmación.

Paola Gutiérrez
Illimani Consultores""",
        label=lab(
            "2038-11-05 10:00",
            "America/La_Paz",
            "America/La_Paz",
            company="Minera Altiplano",
            role="Jefe de Mantenimiento",
            who=["Rodrigo Mamani Choque", "Verónica Salinas"],
            emails=[],
            notes="Consultancy relays the client's interview; 'hora de Bolivia'.",
        ),
    ),
    person(
        FATIMA,
        "reprogramacion-lunes-asuncion",
        "interview",
        frm=("Diego Riquelme", "diego.riquelme@guarani-agro.example"),
        subject="Reprogramación de su entrevista",
        date=dh("2038-11-15 08:45", "America/Asuncion"),
        body=f"""Buen día, Fátima:

Por un viaje imprevisto del gerente, debemos reprogramar la entrevista del miércoles. La
nueva fecha es el {es("2038-11-22")} a las 8:30, en nuestra oficina de Mariscal López 3794.

La entrevista será con el gerente comercial, Osvaldo Benítez.

Disculpe las molestias.
Diego Riquelme
Recursos Humanos, Guaraní Agro""",
        label=lab(
            "2038-11-22 08:30",
            "America/Asuncion",
            None,
            company="Guaraní Agro",
            who=["Osvaldo Benítez"],
            emails=[],
            notes="Rescheduled with the new time; Paraguay on permanent -03.",
        ),
    ),
    outlook(
        ANDRES,
        "teams-central-america-costa-rica",
        "interview",
        start="2038-11-03 14:00",
        zone="Central America Standard Time",
        minutes=45,
        subject="Entrevista Andrés Solano - Desarrollador .NET",
        organizer=("Mariela Chaves", "mariela.chaves@pura-vida-software.example"),
        attendees=[("Esteban Rojas Mora", "esteban.rojas@pura-vida-software.example")],
        location="Reunión de Microsoft Teams",
        lang="es",
        date=dh("2038-10-28 10:10", "America/Costa_Rica"),
        text="""Hola Andrés:

Te comparto la invitación para la entrevista técnica con Esteban Rojas Mora, nuestro
arquitecto de software. Yo me conecto solo al inicio para presentarlos.

Saludos,
Mariela Chaves
Reclutamiento, Pura Vida Software""",
        label=lab(
            "2038-11-03 14:00",
            "Central America Standard Time",
            "America/Guatemala",
            company="Pura Vida Software",
            role="Desarrollador .NET",
            who=["Esteban Rojas Mora"],
            emails=["esteban.rojas@pura-vida-software.example"],
            notes="Costa Rica on Central America Standard Time (001: Guatemala, same offset).",
        ),
    ),
    html_mail(
        LUCIA,
        "convocatoria-panel-tabla-guatemala",
        "interview",
        frm=("Selección de Personal - Quetzal Cooperativa", "seleccion@quetzal-coop.example"),
        subject="Convocatoria a entrevista - Oficial de Crédito",
        date=dh("2038-11-18 09:00", "America/Guatemala"),
        markup=f"""<p>Estimada Lucía:</p>
<p>Por este medio la convocamos a entrevista para la plaza de <b>Oficial de Crédito</b>.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td>Fecha</td><td>{es("2038-11-26")}</td></tr>
<tr><td>Hora</td><td>de 14:00 a 15:00</td></tr>
<tr><td>Lugar</td><td>Agencia Central, 6a avenida 12-40, zona 1</td></tr>
</table>
<p>Integran la terna entrevistadora:</p>
<ul>
<li>Licda. Ana Lucía Coyoy, Gerente de Créditos</li>
<li>Lic. Byron Xicará, Jefe de Agencia</li>
</ul>
<p>Favor presentarse con DPI.</p>
<p>Atentamente,<br>Selección de Personal</p>""",
        label=lab(
            "2038-11-26 14:00",
            "America/Guatemala",
            None,
            company="Quetzal Cooperativa",
            role="Oficial de Crédito",
            who=["Ana Lucía Coyoy", "Byron Xicará"],
            emails=[],
            notes="HTML table and list of the panel ('terna'); 'de 14:00 a 15:00'.",
        ),
    ),
    person(
        YAIMA,
        "entrevista-remota-hora-habana",
        "interview",
        frm=("Alejandro Vidal", "alejandro.vidal@malecon-traducciones.example"),
        subject="Entrevista por videollamada",
        date=dh("2038-10-27 17:25", "America/Havana"),
        body=f"""Hola, Yaima:

Te confirmo la entrevista por videollamada el {es("2038-11-03")} a las 10:00 a. m., hora
de La Habana. Te escribo desde Madrid, así que para mí serán las 15:00.

Estaremos mi socia Elena Quintana y yo.

Un saludo,
Alejandro Vidal
Malecón Traducciones""",
        label=lab(
            "2038-11-03 10:00",
            "America/Havana",
            "America/Havana",
            company="Malecón Traducciones",
            who=["Alejandro Vidal", "Elena Quintana"],
            emails=["alejandro.vidal@malecon-traducciones.example"],
            notes="Havana still on daylight time (until 7 November), Madrid already not.",
        ),
    ),
    outlook(
        JORDI,
        "cancelado-entrevista-barcelona",
        "interview_cancelled",
        start="2038-11-17 12:00",
        zone="Romance Standard Time",
        minutes=60,
        subject="Entrevista - Jordi Puigvert - Product Designer",
        organizer=("Laia Ferrer", "laia.ferrer@ramblas-studio.example"),
        attendees=[("Marc Soler", "marc.soler@ramblas-studio.example")],
        location="Reunión de Microsoft Teams",
        lang="es",
        method="CANCEL",
        prefix="Cancelado: ",
        sequence=1,
        date=dh("2038-11-12 18:30", "Europe/Madrid"),
        text="""Hola Jordi:

Lamentablemente tenemos que cancelar la entrevista: Marc estará de baja esa semana.
Te propondremos una nueva fecha en cuanto sepamos cuándo vuelve. Disculpa las molestias.

Laia""",
        label=lab(
            "2038-11-17 12:00",
            "Romance Standard Time",
            "Europe/Paris",
            company="Ramblas Studio",
            role="Product Designer",
            who=["Marc Soler"],
            emails=["marc.soler@ramblas-studio.example"],
            notes="Outlook cancellation (METHOD:CANCEL) in Spanish; a new date only promised.",
        ),
    ),
    person(
        NAYRA,
        "hora-peninsular-y-canarias",
        "interview",
        frm=("Sergio Llorente", "sergio.llorente@alcarria-energia.example"),
        subject="Entrevista por Teams - Técnica de Sostenibilidad",
        date=dh("2038-11-04 13:05", "Europe/Madrid"),
        body=f"""Hola, Nayra:

Te confirmo la entrevista el {es("2038-11-11")} a las 12:00 hora peninsular (las 11:00 en
Canarias), por Teams. Estará también Rocío Almagro, directora de Sostenibilidad.

Un saludo,
Sergio Llorente
Selección, Alcarria Energía""",
        label=lab(
            "2038-11-11 12:00",
            "Europe/Madrid",
            "Europe/Madrid",
            company="Alcarria Energía",
            role="Técnica de Sostenibilidad",
            who=["Sergio Llorente", "Rocío Almagro"],
            emails=["sergio.llorente@alcarria-energia.example"],
            notes="'hora peninsular' with the Canary equivalent one hour earlier.",
        ),
    ),
    vendor(
        VALERIA,
        "resultado-proceso-seleccion",
        "rejection",
        frm=("Talento Humano Andes Seguros", "talento@andes-seguros.example"),
        subject="Resultado del proceso de selección",
        date=dh("2038-10-26 15:00", "America/Bogota"),
        body="""Apreciada Valeria:

Agradecemos su participación en el proceso de selección para el cargo de Analista de
Riesgos. Después de evaluar las entrevistas, le informamos que en esta oportunidad no
continuará en el proceso.

Sus datos quedarán en nuestra base para futuras vacantes.

Cordialmente,
Talento Humano""",
        label=note(
            "Rejection after interviews.",
            company="Andes Seguros",
            role="Analista de Riesgos",
        ),
    ),
    person(
        LAUTARO,
        "propuesta-laboral-pampa",
        "offer",
        frm=("Martina Olazábal", "martina@pampa-labs.example"),
        subject="Propuesta laboral - Backend Developer",
        date=dh("2038-11-09 12:10", "America/Argentina/Buenos_Aires"),
        body="""Hola Lautaro,

¡Qué alegría! Después de las entrevistas queremos sumarte al equipo. Te adjunto la
propuesta formal: relación de dependencia, salario bruto mensual y beneficios, con
fecha de ingreso el 3 de enero.

Si tenés dudas, lo charlamos. Necesitaríamos tu respuesta antes del viernes.

Abrazo,
Martina""",
        label=note("Job offer with attached proposal.", company="Pampa Labs"),
    ),
    raw_mail(
        DANIELA,
        "fuera-oficina-hasta-el-lunes",
        "auto_reply",
        frm=("Gustavo Mendoza", "gustavo.mendoza@orinoco-alimentos.example"),
        subject="Respuesta automática: Entrevista - Contadora Senior - Daniela Urdaneta",
        date=dh("2038-10-29 16:02", "America/Caracas"),
        extra=AUTO,
        body="""Gracias por su mensaje. Me encuentro fuera de la oficina y estaré de vuelta el lunes
1 de noviembre de 2038. Hasta entonces, mi acceso al correo es limitado. Para asuntos urgentes escriba a
talento@orinoco-alimentos.example.

Gustavo Mendoza""",
        label=note(
            "Out-of-office reply to the user's acceptance; back on 1 November.",
            return_date="2038-11-01",
        ),
    ),
    vendor(
        MATEO,
        "recordatorio-cita-medica",
        "other",
        frm=("Clínica Sopocachi", "citas@clinica-sopocachi.example"),
        subject="Recordatorio de su cita médica",
        date=dh("2038-11-08 07:30", "America/La_Paz"),
        body=f"""Estimado(a) Mateo Quisbert Mamani:

Le recordamos su cita con la Dra. Gabriela Torrico (Medicina Interna) el {es("2038-11-10")}
a las 16:30. Por favor llegue 15 minutos antes con su carnet de identidad.

Clínica Sopocachi""",
        label=note("Doctor's appointment reminder, not a job."),
    ),
    person(
        FATIMA,
        "cual-es-tu-disponibilidad",
        "scheduling_request",
        frm=("Camila Rojas", "camila.rojas@terere-logistica.example"),
        subject="¿Cuál es tu disponibilidad para una entrevista?",
        date=dh("2038-10-21 10:05", "America/Asuncion"),
        body="""Hola Fátima, ¿qué tal?

Vimos tu postulación para Analista de Compras y nos gustaría conversar. ¿Qué días y
horarios tenés disponibles la semana que viene? Podemos hacerlo por videollamada o en
nuestra oficina de San Lorenzo.

Saludos,
Camila Rojas
Tereré Logística""",
        label=note(
            "Asks for availability; nothing booked.",
            company="Tereré Logística",
            role="Analista de Compras",
        ),
    ),
    vendor(
        ANDRES,
        "webinar-como-destacar-entrevista",
        "bulk",
        frm=("Empleos Tico", "eventos@empleos-tico.example"),
        subject="Webinar gratuito: cómo destacar en tu próxima entrevista",
        date=dh("2038-11-01 08:00", "America/Costa_Rica"),
        extra=bulk("<webinars.empleos-tico.example>", "https://empleos-tico.example/baja"),
        body=f"""¡Inscribite gratis!

Webinar: cómo destacar en tu próxima entrevista de trabajo
{es("2038-11-10")}, 7:00 p. m. (hora de Costa Rica)
Con especialistas en reclutamiento de las principales empresas del país.

Reservá tu lugar: https://empleos-tico.example/webinar-entrevista

Darse de baja: https://empleos-tico.example/baja""",
        label=note("Job board webinar about interviews."),
    ),
    vendor(
        YAIMA,
        "hemos-recibido-tu-postulacion",
        "other",
        frm=("Caribe Remoto Empleos", "no-reply@caribe-remoto.example"),
        subject="Hemos recibido tu postulación",
        date=dh("2038-10-18 12:00", "America/Havana"),
        body="""Hola Yaima:

Gracias por postularte a la vacante de Traductora Inglés-Español. Hemos recibido tu
candidatura y nuestro equipo la revisará en los próximos días. Si tu perfil se ajusta, te
contactaremos para coordinar una entrevista.

Equipo de Caribe Remoto""",
        label=note(
            "Application acknowledgement promising a possible interview.",
            company="Caribe Remoto",
        ),
    ),
]
