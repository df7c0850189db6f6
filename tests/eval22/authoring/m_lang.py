"""Mail in German, French, Spanish, Italian, Dutch and Portuguese by local senders: threads
settled in a short reply, invitations with panels, cancellations, requests, outcomes."""

from __future__ import annotations

from tests.eval22.authoring.kit import (
    AUTO,
    AWA,
    CHIARA,
    CLEMENCE,
    DAAN,
    ELISA,
    ETIENNE,
    FRIEDERIKE,
    INES,
    IPHONE,
    JANNIK,
    LIEN,
    LOIC,
    LUCIA,
    NZINGA,
    RAJESH,
    RODRIGO,
    SALVATORE,
    SELINA,
    SHELTON,
    THAIS,
    TOMASF,
    VALERIA,
    VERONIKA,
    Msg,
    bulk,
    de,
    dh,
    es,
    fr,
    it,
    lab,
    lq,
    nl,
    note,
    outlook,
    pdf,
    person,
    pt,
    raw_mail,
    thread,
    vendor,
)

HH = "Europe/Berlin"

MESSAGES: list[Msg] = [
    person(
        JANNIK,
        "aw-terminvorschlag-passt-hamburg",
        "interview",
        frm=("Svenja Rohwedder-Kaya", "s.rohwedder@elbkai-logistik.example"),
        subject="AW: Vorstellungsgespräch - Terminvorschlag",
        date=dh("2041-10-17 11:05", HH),
        charset="iso-8859-1",
        body=thread(
            f"""Hallo Herr Petersen-Owusu,

{de("2041-10-24", False)} um 14 Uhr passt uns sehr gut - dann sehen wir uns bei uns am
Kehrwieder 6, 3. OG. Ihre Gesprächspartner sind Herr Dr. Malte Hinrichsen (Leiter
Disposition) und ich.

Viele Grüße
Svenja Rohwedder-Kaya
Personalreferentin, Elbkai Logistik GmbH""",
            lq(
                "Am Mi., 16. Okt. 2041 um 19:30 Uhr schrieb Jannik Petersen-Owusu "
                "<jannik.petersen@example.com>:",
                "Sehr geehrte Frau Rohwedder-Kaya,\n\nvielen Dank für die Einladung. Am "
                "Donnerstag könnte ich um 14 Uhr, alternativ Freitag vormittags.\n\nBeste "
                "Grüße\nJannik Petersen-Owusu",
            ),
        ),
        label=lab(
            "2041-10-24 14:00",
            HH,
            None,
            company="Elbkai Logistik",
            who=["Malte Hinrichsen", "Svenja Rohwedder-Kaya"],
            emails=["s.rohwedder@elbkai-logistik.example"],
            notes="German reply accepting the user's proposed Thursday 14 Uhr; the sender takes "
            "part ('und ich'). ISO-8859-1.",
        ),
    ),
    outlook(
        FRIEDERIKE,
        "einladung-teams-dresden",
        "interview",
        start="2041-11-06 10:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Einladung: Vorstellungsgespräch Friederike Lindner-Abara",
        organizer=("Katrin Fiebig", "katrin.fiebig@weisseritz-optik.example"),
        attendees=[
            ("Uwe Schreiber-Nakamura", "uwe.schreiber@weisseritz-optik.example"),
            ("Dr. Anja von Bülow", "anja.vonbuelow@weisseritz-optik.example"),
        ],
        date=dh("2041-10-29 13:15", "Europe/Berlin"),
        lang="de",
        text="""Liebe Frau Lindner-Abara,

anbei die Einladung zum Vorstellungsgespräch für die Stelle als Optikingenieurin. Sie
sprechen mit Uwe Schreiber-Nakamura (Teamleiter Entwicklung) und Dr. Anja von Bülow
(Bereichsleiterin). Ich habe den Termin nur organisiert und bin nicht dabei.

Freundliche Grüße
Katrin Fiebig
HR, Weißeritz Optik""",
        label=lab(
            "2041-11-06 10:00",
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Weißeritz Optik",
            role="Optikingenieurin",
            who=["Uwe Schreiber-Nakamura", "Anja von Bülow"],
            emails=[
                "uwe.schreiber@weisseritz-optik.example",
                "anja.vonbuelow@weisseritz-optik.example",
            ],
            notes="German Exchange request; the organiser only arranged it; particle 'von'.",
        ),
    ),
    person(
        VERONIKA,
        "absage-nach-gespraech-graz",
        "rejection",
        frm=("Bernhard Url", "bernhard.url@schoeckl-energie.example"),
        subject="Absage - Ihre Bewerbung als Energieberaterin",
        date=dh("2041-11-12 09:45", "Europe/Vienna"),
        body="""Sehr geehrte Frau Strobl-Adu,

vielen Dank für das angenehme Gespräch in der vergangenen Woche. Leider müssen wir Ihnen
mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Bernhard Url
Schöckl Energie GmbH""",
        label=note("German rejection after an interview.", company="Schöckl Energie"),
    ),
    raw_mail(
        SELINA,
        "abwesenheit-personalabteilung-vaduz",
        "auto_reply",
        frm=("Doris Büchel", "doris.buechel@rheintal-treuhand.example"),
        subject="Automatische Antwort: Abwesenheit bis 4. November",
        date=dh("2041-10-28 08:12", "Europe/Vaduz"),
        extra=AUTO,
        body="""Guten Tag

Ich bin bis und mit 3. November 2041 abwesend und ab dem 4. November wieder im Büro. Ihre
Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
personal@rheintal-treuhand.example.

Freundliche Grüsse
Doris Büchel""",
        label=note(
            "German out-of-office answer (Liechtenstein spelling).", return_date="2041-11-04"
        ),
    ),
    person(
        CLEMENCE,
        "parfait-c-est-note-mardi-lyon",
        "interview",
        frm=("Hélène Da Silva-Roux", "helene.dasilva@confluence-habitat.example"),
        subject="Re: Entretien - poste de chargée de projet",
        date=dh("2041-10-30 17:40", "Europe/Paris"),
        charset="windows-1252",
        body=thread(
            f"""Bonjour Clémence,

Parfait, c'est noté pour {fr("2041-11-05", False)} à 10 h 30. Vous serez reçue par
M. Bertrand de La Roche, directeur du développement, et moi-même, au 12 quai Perrache.

Bien cordialement,
Hélène Da Silva-Roux
Responsable RH, Confluence Habitat""",
            lq(
                "Le mer. 30 oct. 2041 à 15:02, Clémence Baudry-Nguema "
                "<clemence.baudry@example.net> a écrit :",
                "Bonjour Madame, le mardi à 10 h 30 me convient parfaitement. Bien à vous, "
                "Clémence Baudry-Nguema",
            ),
        ),
        label=lab(
            "2041-11-05 10:30",
            "Europe/Paris",
            None,
            company="Confluence Habitat",
            role="Chargée de projet",
            who=["Bertrand de La Roche", "Hélène Da Silva-Roux"],
            emails=["helene.dasilva@confluence-habitat.example"],
            notes="French reply settling the slot; the sender takes part ('et moi-même'). "
            "windows-1252.",
        ),
    ),
    outlook(
        ETIENNE,
        "invitation-entretien-montreal",
        "interview",
        start="2041-11-07 13:30",
        zone="Eastern Standard Time",
        minutes=60,
        subject="Entretien - Analyste en cybersécurité",
        organizer=("Geneviève Côté-Ahmadi", "genevieve.cote@mont-royal-securite.example"),
        attendees=[("Jean-François Bélanger", "jf.belanger@mont-royal-securite.example")],
        date=dh("2041-10-31 10:20", "America/Toronto"),
        lang="fr",
        text="""Bonjour Étienne,

Voici l'invitation pour votre entretien. Jean-François Bélanger (chef d'équipe SOC) et
moi-même serons présents.

Geneviève Côté-Ahmadi
Conseillère en acquisition de talents, Mont-Royal Sécurité""",
        label=lab(
            "2041-11-07 13:30",
            "Eastern Standard Time",
            "America/New_York",
            company="Mont-Royal Sécurité",
            role="Analyste en cybersécurité",
            who=["Jean-François Bélanger", "Geneviève Côté-Ahmadi"],
            emails=[
                "jf.belanger@mont-royal-securite.example",
                "genevieve.cote@mont-royal-securite.example",
            ],
            notes="French Exchange request from Montreal; 'Eastern Standard Time' maps to New "
            "York for territory 001 (same offset); EST after 3 November.",
        ),
    ),
    person(
        AWA,
        "annulation-entretien-dakar",
        "interview_cancelled",
        frm=("Moustapha Sarr", "moustapha.sarr@baobab-connect.example"),
        subject="Annulation de votre entretien",
        date=dh("2041-10-28 16:00", "Africa/Dakar"),
        body=f"""Bonjour Madame Ndiaye-Lefèvre,

Nous sommes au regret d'annuler votre entretien du {fr("2041-10-31", False)} à 11 h avec
Mme Aminata Diop-Faye, le recrutement étant suspendu jusqu'à nouvel ordre.

Nous vous prions d'agréer nos salutations distinguées.

Moustapha Sarr
Service recrutement, Baobab Connect Télécom""",
        label=lab(
            "2041-10-31 11:00",
            "Africa/Dakar",
            None,
            company="Baobab Connect Télécom",
            who=["Aminata Diop-Faye"],
            notes="French cancellation: recruitment suspended.",
        ),
    ),
    person(
        LOIC,
        "proposition-de-creneaux-reunion",
        "scheduling_request",
        frm=("Sandrine Grondin", "sandrine.grondin@ocean-indien-bio.example"),
        subject="Proposition de créneaux - entretien technicien de laboratoire",
        date=dh("2041-10-22 09:00", "Indian/Reunion"),
        body=f"""Bonjour Loïc,

Suite à votre candidature, nous souhaitons vous rencontrer. Seriez-vous disponible
{fr("2041-10-29", False)} à 9 h ou {fr("2041-10-30", False)} à 14 h ? Merci de me dire
quel créneau vous convient.

Cordialement,
Sandrine Grondin
Océan Indien Bio""",
        label=note(
            "French request offering two slots; nothing chosen.",
            company="Océan Indien Bio",
        ),
    ),
    person(
        VALERIA,
        "confirmacion-entrevista-bogota",
        "interview",
        frm=("Laura Camargo", "laura.camargo@cafe-andino.example"),
        subject="Confirmación de entrevista - Analista de Datos",
        date=dh("2041-10-23 15:30", "America/Bogota"),
        cte="base64",
        body=f"""Hola Valeria:

Te confirmamos la entrevista para el cargo de Analista de Datos el {es("2041-10-29")} a las
9:00 a. m. (hora de Bogotá), en la sede de la calle 93.

Te entrevistarán la Dra. Catalina Restrepo Uribe (directora de analítica)
y el Ing. Andrés Felipe Gómez. Yo solo coordino la agenda.

Saludos,
Laura Camargo
Coordinadora de Selección, Café Andino""",
        label=lab(
            "2041-10-29 09:00",
            "America/Bogota",
            "America/Bogota",
            company="Café Andino",
            role="Analista de Datos",
            who=["Catalina Restrepo Uribe", "Andrés Felipe Gómez"],
            notes="Spanish, base64; titles dropped; the coordinator only schedules.",
        ),
    ),
    person(
        TOMASF,
        "perfecto-quedamos-el-jueves-santiago",
        "interview",
        frm=("Francisca Undurraga", "francisca.undurraga@cordillera-mining.example"),
        subject="RE: Entrevista ingeniero de procesos",
        date=dh("2041-11-08 12:10", "America/Santiago"),
        body=thread(
            f"""Perfecto, quedamos el {es("2041-11-14")} a las 16:00. Te recibimos
Rodrigo Pizarro (gerente de planta) y yo en la oficina de Apoquindo.

Saludos,
Francisca

{IPHONE}""",
            lq(
                "El 8 nov 2041, a las 10:45, Tomás Fuenzalida Rojas "
                "<tomas.fuenzalida@example.com> escribió:",
                "Hola Francisca, el jueves a las 16:00 me acomoda muy bien. Saludos, Tomás",
            ),
        ),
        label=lab(
            "2041-11-14 16:00",
            "America/Santiago",
            None,
            company="Cordillera Mining",
            role="Ingeniero de procesos",
            who=["Rodrigo Pizarro", "Francisca Undurraga"],
            emails=["francisca.undurraga@cordillera-mining.example"],
            notes="Spanish mobile reply; Chile on summer time (-03) in November.",
        ),
    ),
    raw_mail(
        LUCIA,
        "oferta-carta-valencia",
        "offer",
        frm=("Jordi Ballester", "jordi.ballester@turia-renovables.example"),
        subject="Oferta de empleo - Técnica de Proyectos",
        date=dh("2041-11-15 13:00", "Europe/Madrid"),
        body="""Hola Lucía:

Tras las entrevistas, nos alegra ofrecerte el puesto de Técnica de Proyectos. Adjuntamos la
carta oferta con las condiciones (salario, incorporación el 7 de enero y teletrabajo dos
días por semana). Te agradeceríamos una respuesta antes del 22 de noviembre.

Un saludo,
Jordi Ballester
Recursos Humanos, Turia Renovables""",
        attachments=[pdf("Carta_oferta_Ferrer_Climent.pdf")],
        label=note("Spanish written offer with a PDF.", company="Turia Renovables"),
    ),
    vendor(
        RODRIGO,
        "feria-de-empleo-panama",
        "bulk",
        frm=("Portal Empleo Istmo", "boletin@empleo-istmo.example"),
        subject="Feria de empleo: entrevistas en el sitio el sábado",
        date=dh("2041-10-21 07:00", "America/Panama"),
        extra=bulk("<boletin.empleo-istmo.example>", "https://empleo-istmo.example/baja"),
        body=f"""Boletín semanal

FERIA DE EMPLEO ISTMO 2041
{es("2041-10-26").capitalize()}, de 9:00 a 15:00, Centro de Convenciones
Más de 40 empresas realizarán entrevistas en el sitio. ¡Trae tu hoja de vida!

Vacantes destacadas: logística, banca, turismo.

Darse de baja: https://empleo-istmo.example/baja""",
        label=note("Spanish job-board newsletter announcing on-site interviews at a fair."),
    ),
    person(
        CHIARA,
        "conferma-colloquio-torino",
        "interview",
        frm=("Federica Rinaldi", "federica.rinaldi@mole-automotive.example"),
        subject="Conferma colloquio - Ingegnere di processo",
        date=dh("2041-10-31 10:00", "Europe/Rome"),
        cte="8bit",
        body=f"""Gentile Chiara,

le confermo il colloquio di {it("2041-11-06")} alle ore 11:00 presso la nostra sede di
corso Francia 110, Torino. Sarà condotto dall'ing. Paolo Ferraris e dalla
dott.ssa Giulia Cavallo-Nwosu; io mi occupo solo dell'organizzazione.

Cordiali saluti,
Federica Rinaldi
Ufficio Personale, Mole Automotive""",
        label=lab(
            "2041-11-06 11:00",
            "Europe/Rome",
            None,
            company="Mole Automotive",
            role="Ingegnere di processo",
            who=["Paolo Ferraris", "Giulia Cavallo-Nwosu"],
            notes="Italian, 8bit; titles dropped; the sender only organises.",
        ),
    ),
    person(
        SALVATORE,
        "va-benissimo-giovedi-palermo",
        "interview",
        frm=("Giuseppe Lo Cascio", "giuseppe.locascio@conca-doro-food.example"),
        subject="Re: colloquio responsabile qualità",
        date=dh("2041-11-18 18:20", "Europe/Rome"),
        body=thread(
            """Va benissimo giovedì alle 15:30, a presto. La aspetto in stabilimento.

Giuseppe Lo Cascio
Direttore di stabilimento""",
            lq(
                "Il giorno lun 18 nov 2041 alle ore 16:05 Salvatore Lo Bianco-Eze "
                "<salvatore.lobianco@example.net> ha scritto:",
                f"Buongiorno, per il colloquio potrei {it('2041-11-21')} alle 15:30. Cordiali "
                "saluti, Salvatore Lo Bianco-Eze",
            ),
        ),
        label=lab(
            "2041-11-21 15:30",
            "Europe/Rome",
            None,
            company="Conca d'Oro Food",
            role="Responsabile qualità",
            who=["Giuseppe Lo Cascio"],
            emails=["giuseppe.locascio@conca-doro-food.example"],
            notes="Italian short reply accepting the date in the user's quoted mail; the plant "
            "director will meet him.",
        ),
    ),
    person(
        ELISA,
        "esito-selezione-san-marino",
        "rejection",
        frm=("Ufficio Risorse Umane", "hr@titano-bank.example"),
        subject="Esito selezione - Analista compliance",
        date=dh("2041-10-25 12:00", "Europe/San_Marino"),
        body="""Gentile dott.ssa Gasperoni-Mba,

la ringraziamo per aver partecipato alla selezione per la posizione di Analista compliance.
Dopo attenta valutazione, abbiamo deciso di proseguire con altri candidati.

Cordiali saluti,
Ufficio Risorse Umane
Banca del Titano""",
        label=note("Italian rejection.", company="Banca del Titano"),
    ),
    vendor(
        CHIARA,
        "promemoria-appuntamento-dentista",
        "other",
        frm=("Studio Dentistico Valentino", "promemoria@studio-valentino.example"),
        subject="Promemoria appuntamento",
        date=dh("2041-11-11 09:00", "Europe/Rome"),
        body=f"""Gentile Chiara Bertola-Asare,

le ricordiamo l'appuntamento di {it("2041-11-13")} alle ore 17:30 con il dott. Enrico Musso
per la visita di controllo.

Per disdire risponda a questo messaggio.

Studio Dentistico Valentino""",
        label=note("Italian dentist reminder; not an interview."),
    ),
    person(
        DAAN,
        "uitnodiging-sollicitatiegesprek-utrecht",
        "interview",
        frm=("Femke Jansen", "femke.jansen@domstad-zorg.example"),
        subject="Uitnodiging sollicitatiegesprek - beleidsmedewerker",
        date=dh("2041-11-04 11:20", "Europe/Amsterdam"),
        body=f"""Beste Daan,

Graag nodigen we je uit voor een sollicitatiegesprek op {nl("2041-11-12")} om 13.30 uur op
ons kantoor aan de Catharijnesingel 50. Je spreekt met Sanne de Wit-Ouedraogo (manager
beleid) en Pieter van den Heuvel (senior adviseur).

Met vriendelijke groet,
Femke Jansen
Recruiter, Domstad Zorg""",
        label=lab(
            "2041-11-12 13:30",
            "Europe/Amsterdam",
            None,
            company="Domstad Zorg",
            role="Beleidsmedewerker",
            who=["Sanne de Wit-Ouedraogo", "Pieter van den Heuvel"],
            notes="Dutch invitation; names with particles; the recruiter only invites.",
        ),
    ),
    person(
        LIEN,
        "top-vrijdag-om-10u-gent",
        "interview",
        frm=("Wouter Vandenbroucke", "wouter@leie-design.example"),
        subject="Re: sollicitatie grafisch ontwerper - afspraak",
        date=dh("2041-10-16 20:05", "Europe/Brussels"),
        body=thread(
            """Top, dan zien we elkaar vrijdag om 10u in de studio (Sint-Pietersnieuwstraat 12).
Ik ben er samen met Elke Desmet-Amrani, onze art director.

Wouter""",
            lq(
                "Op wo 16 okt 2041 om 18:31 schreef Lien De Smet-Okoro <lien.desmet@example.net>:",
                f"Dag Wouter, {nl('2041-10-18')} om 10u past mij perfect. Groetjes, Lien",
            ),
        ),
        label=lab(
            "2041-10-18 10:00",
            "Europe/Brussels",
            None,
            company="Leie Design",
            role="Grafisch ontwerper",
            who=["Wouter Vandenbroucke", "Elke Desmet-Amrani"],
            emails=["wouter@leie-design.example"],
            notes="Flemish reply settling the time from the user's quoted mail.",
        ),
    ),
    person(
        RAJESH,
        "annulering-gesprek-paramaribo",
        "interview_cancelled",
        frm=("Ingrid Wongsodikromo", "ingrid.w@suriname-rivierbank.example"),
        subject="Annulering gesprek woensdag",
        date=dh("2041-11-11 14:00", "America/Paramaribo"),
        body=f"""Beste heer Ramsaran-Kromo,

Helaas moeten wij het gesprek van {nl("2041-11-13")} om 10.00 uur met de heer
Kenneth Pinas annuleren, omdat de vacature voorlopig is ingetrokken. Onze excuses voor het ongemak.

Met vriendelijke groet,
Ingrid Wongsodikromo
Afdeling HR, Rivierbank""",
        label=lab(
            "2041-11-13 10:00",
            "America/Paramaribo",
            None,
            company="Rivierbank",
            who=["Kenneth Pinas"],
            notes="Dutch cancellation from Suriname; vacancy withdrawn.",
        ),
    ),
    person(
        INES,
        "convite-entrevista-lisboa",
        "interview",
        frm=("Rita Figueiredo", "rita.figueiredo@alfama-seguros.example"),
        subject="Convite para entrevista - Atuário Júnior",
        date=dh("2041-10-24 10:30", "Europe/Lisbon"),
        body=f"""Cara Inês,

Temos o prazer de a convidar para uma entrevista na {pt("2041-10-31")}, às 10h00, nas nossas
instalações na Avenida da Liberdade, 190. A entrevista será conduzida pela
Eng.ª Marta Sousa Tavares e pelo Dr. João Pedro de Almeida.

Com os melhores cumprimentos,
Rita Figueiredo
Recursos Humanos, Alfama Seguros""",
        label=lab(
            "2041-10-31 10:00",
            "Europe/Lisbon",
            None,
            company="Alfama Seguros",
            role="Atuário Júnior",
            who=["Marta Sousa Tavares", "João Pedro de Almeida"],
            notes="Portuguese invitation after the 27 October change (WET, +00).",
        ),
    ),
    person(
        THAIS,
        "combinado-terca-as-14h-sao-paulo",
        "interview",
        frm=("Bruno Kawamura", "bruno.kawamura@paulista-pay.example"),
        subject="Re: Entrevista - Product Designer",
        date=dh("2041-11-07 18:30", "America/Sao_Paulo"),
        body=thread(
            """Combinado! Terça às 14h então. Vou eu e a Camila Nogueira-Sato (head de design), pelo
Google Meet - mando o link amanhã.

Abs,
Bruno""",
            lq(
                "Em qui., 7 de nov. de 2041 às 16:12, Thaís Menezes Duarte "
                "<thais.menezes@example.net> escreveu:",
                f"Oi Bruno, tudo bem? Posso na {pt('2041-11-12')} às 14h. Abraços, Thaís",
            ),
        ),
        label=lab(
            "2041-11-12 14:00",
            "America/Sao_Paulo",
            None,
            company="Paulista Pay",
            role="Product Designer",
            who=["Bruno Kawamura", "Camila Nogueira-Sato"],
            emails=["bruno.kawamura@paulista-pay.example"],
            notes="Brazilian Portuguese reply settling the date from the user's quote.",
        ),
    ),
    person(
        NZINGA,
        "proposta-de-emprego-luanda",
        "offer",
        frm=("Edmilson Quissanga", "edmilson.q@kwanza-energia.example"),
        subject="Proposta de emprego - Engenheira de Manutenção",
        date=dh("2041-11-13 11:00", "Africa/Luanda"),
        body="""Prezada Nzinga,

Na sequência das entrevistas, temos o prazer de lhe apresentar uma proposta para o cargo de
Engenheira de Manutenção, com início a 5 de janeiro de 2042. As condições seguem em anexo.

Com os melhores cumprimentos,
Edmilson Quissanga
Direção de Recursos Humanos, Kwanza Energia""",
        label=note("Portuguese offer.", company="Kwanza Energia"),
    ),
    vendor(
        SHELTON,
        "vagas-da-semana-maputo",
        "bulk",
        frm=("Emprego Moçambique", "newsletter@emprego-mz.example"),
        subject="Vagas da semana e dicas para a sua entrevista",
        date=dh("2041-10-19 08:00", "Africa/Maputo"),
        extra=bulk("<newsletter.emprego-mz.example>", "https://emprego-mz.example/cancelar"),
        body="""Vagas da semana

- Técnico de Logística - Beira
- Contabilista Sénior - Maputo
- Engenheiro Civil - Nampula

Dica: chegue 10 minutos antes da entrevista e leve cópias do seu CV.

Cancelar subscrição: https://emprego-mz.example/cancelar""",
        label=note("Portuguese job newsletter with interview tips."),
    ),
]
