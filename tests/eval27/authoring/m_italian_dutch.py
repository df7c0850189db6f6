"""Italian and Dutch (Netherlands and Flanders) mail: colloqui and sollicitatiegesprekken,
an Exchange request in Italian, a Recruitee booking in Dutch, a move to a new time, a
cancellation, a request for availability, rejections, an offer, out-of-office replies."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AUTO,
    JORIS,
    LUDOVICA,
    RECRUITEE,
    SIETSKE,
    TOMMASO,
    booking,
    dh,
    hand,
    it,
    itd,
    lab,
    nl,
    note,
    outlook,
    plus,
    t24,
    tool,
)

I1 = "2046-07-18 10:30"
I2 = "2046-09-11 15:00"
I3 = "2046-08-30 11:00"
N1 = "2046-07-12 14:30"
N2 = "2046-08-23 10:00"
N3 = "2046-09-19 13:00"

MESSAGES = [
    hand(
        LUDOVICA,
        "convocazione-colloquio-gae-aulenti",
        "interview",
        sent="2046-07-11 12:15",
        zone="Europe/Rome",
        frm=("Chiara Bonfanti", "chiara.bonfanti@darsena-moda.example"),
        subject="Convocazione colloquio – Merchandise Planner",
        body=f"""Gentile Dott.ssa Brambilla Sesay,

a seguito della Sua candidatura per la posizione di Merchandise Planner, siamo lieti di
invitarLa a un colloquio conoscitivo che si terrà {itd(I1)} alle ore {t24(I1, ".")} presso la
nostra sede di Piazza Gae Aulenti 4, Milano (7° piano, reception Darsena Moda).

Incontrerà la dott.ssa Francesca Ruggeri, Head of Planning, e il sig. Matteo Colombo,
Senior Buyer.

La preghiamo di presentarsi con un documento d'identità valido e di confermare la Sua
presenza rispondendo a questa e-mail.

Cordiali saluti,
Chiara Bonfanti
HR Specialist – Darsena Moda S.p.A.

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail sono
riservate e destinate esclusivamente al destinatario.
""",
        label=lab(
            I1,
            "Europe/Rome",
            company="Darsena Moda",
            role="Merchandise Planner",
            who=["Francesca Ruggeri", "Matteo Colombo"],
            notes="Formal Lei; GDPR footer.",
        ),
    ),
    outlook(
        TOMMASO,
        "richiesta-riunione-teams-torino",
        "interview",
        start=I2,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Colloquio tecnico – Tommaso Frascaroli Ndiaye – Ingegnere Software Embedded",
        organizer=("Elisa Gribaudo", "elisa.gribaudo@dora-motori.example"),
        attendees=[("Luca Ferrero", "luca.ferrero@dora-motori.example")],
        date=dh("2046-09-04 09:30", "Europe/Rome"),
        lang="it",
        label=lab(
            I2,
            "Europe/Rome",
            "Europe/Berlin",
            company="Dora Motori",
            role="Ingegnere Software Embedded",
            who=["Elisa Gribaudo", "Luca Ferrero"],
            emails=["elisa.gribaudo@dora-motori.example", "luca.ferrero@dora-motori.example"],
            notes="Exchange request in Italian; TZID W. Europe Standard Time.",
        ),
        text="""Ciao Tommaso,

ti mando l'invito per il colloquio tecnico con me e Luca Ferrero (Team Leader Firmware).
Parleremo di RTOS, CAN e del progetto della tua tesi.

A presto,
Elisa Gribaudo
Engineering Manager, Dora Motori""",
    ),
    hand(
        LUDOVICA,
        "colloquio-annullato-posizione-chiusa",
        "interview_cancelled",
        sent="2046-08-27 14:40",
        zone="Europe/Rome",
        frm=("Giorgia Pellegrini", "giorgia.pellegrini@lagunare-hotels.example"),
        subject="Annullamento colloquio di giovedì 30 agosto",
        body=f"""Gentile Ludovica,

ci scusiamo per il disagio, ma siamo costretti ad annullare il colloquio previsto per
{it(I3)} alle ore {t24(I3)}: la posizione di Revenue Manager è stata chiusa per una
riorganizzazione interna.

Sarà nostra cura ricontattarLa qualora si aprissero nuove opportunità in linea con il Suo
profilo.

Cordiali saluti,
Giorgia Pellegrini
Ufficio Risorse Umane – Lagunare Hotels
""",
        label=lab(
            I3,
            "Europe/Rome",
            company="Lagunare Hotels",
            role="Revenue Manager",
            notes="Cancelled: position closed.",
        ),
    ),
    hand(
        TOMMASO,
        "esito-selezione-negativo",
        "rejection",
        sent="2046-07-27 11:00",
        zone="Europe/Rome",
        frm=("Selezione Personale", "selezione@appennino-gas.example"),
        subject="Esito della selezione – Ingegnere di Processo",
        body="""Gentile Candidato,

La ringraziamo per l'interesse dimostrato nei confronti della nostra azienda. Dopo un'attenta
valutazione, Le comunichiamo che il Suo profilo non è stato selezionato per il prosieguo
dell'iter.

Conserveremo il Suo CV nel nostro database per eventuali future opportunità.

Cordiali saluti,
Ufficio Selezione – Appennino Gas S.r.l.
""",
        label=note("Template rejection."),
    ),
    tool(
        TOMMASO,
        "risposta-automatica-ferie-agosto",
        "auto_reply",
        sent="2046-08-08 10:12",
        zone="Europe/Rome",
        frm=("Silvia Mancinelli", "silvia.mancinelli@tevere-consulting.example"),
        subject="Risposta automatica: Candidatura Ingegnere Software",
        extra=AUTO,
        body="""Buongiorno,

sono in ferie fino al 24 agosto compreso, con accesso limitato alla posta. Rientrerò in
ufficio lunedì 27 agosto.

Per urgenze potete scrivere a hr@tevere-consulting.example.

Cordiali saluti,
Silvia Mancinelli
""",
        label=note("Out-of-office reply.", return_date="2046-08-27"),
    ),
    hand(
        SIETSKE,
        "uitnodiging-gesprek-beleidsadviseur-catharijnesingel",
        "interview",
        sent="2046-07-05 15:50",
        zone="Europe/Amsterdam",
        frm=("Marloes de Groot", "marloes.degroot@lunetten-zorggroep.example"),
        subject="Uitnodiging sollicitatiegesprek Beleidsadviseur",
        body=f"""Beste Sietske,

Dank voor je sollicitatie op de functie van Beleidsadviseur. We nodigen je graag uit voor een
eerste gesprek op {nl(N1)} om {t24(N1)} uur op ons kantoor aan de Catharijnesingel 47 in
Utrecht (5e verdieping, meld je bij de receptie).

Je spreekt met Bart Hoekstra (manager Beleid) en Yasmina El Idrissi (senior adviseur). Het
gesprek duurt ongeveer een uur. Parkeren kan in garage Hoog Catharijne; het kantoor is op
vijf minuten lopen van Utrecht Centraal.

Wil je laten weten of dit schikt?

Met vriendelijke groet,
Marloes de Groot
Recruiter – Lunetten Zorggroep
""",
        label=lab(
            N1,
            "Europe/Amsterdam",
            company="Lunetten Zorggroep",
            role="Beleidsadviseur",
            who=["Bart Hoekstra", "Yasmina El Idrissi"],
        ),
    ),
    booking(
        SIETSKE,
        "recruitee-gesprek-ingepland",
        "interview",
        prodid=RECRUITEE,
        start=N2,
        zone="Europe/Amsterdam",
        minutes=45,
        summary="Gesprek Sietske van Dongen-Mwangi – Product Analist",
        organizer=("Koen Verbeek", "koen.verbeek@grachtlicht.example"),
        attendees=[("Koen Verbeek", "koen.verbeek@grachtlicht.example")],
        date=dh("2046-08-16 10:05", "Europe/Amsterdam"),
        frm=("Grachtlicht Software", "notifications@recruitee.com"),
        reply_to=("Koen Verbeek", "koen.verbeek@grachtlicht.example"),
        subject="Bevestiging: je gesprek bij Grachtlicht Software",
        location="Grachtlicht Software, Herengracht 420, Amsterdam",
        body=f"""Hoi Sietske,

Je gesprek voor de functie Product Analist is ingepland.

Datum: {nl(N2)} {N2[:4]}
Tijd: {t24(N2)} – {t24(plus(N2, 45))} (Amsterdam)
Met: Koen Verbeek, Head of Product
Locatie: Grachtlicht Software, Herengracht 420, Amsterdam – bel aan bij de groene deur

Tot dan!
Team Grachtlicht Software
""",
        label=lab(
            N2,
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Grachtlicht Software",
            role="Product Analist",
            who=["Koen Verbeek"],
            emails=["koen.verbeek@grachtlicht.example"],
            notes="Recruitee booking in Dutch.",
        ),
    ),
    hand(
        JORIS,
        "gesprek-verplaatst-antwerpen",
        "interview",
        sent="2046-09-14 11:25",
        zone="Europe/Brussels",
        frm=("Elke Peeters", "elke.peeters@schelde-havenlogistiek.example"),
        subject="Gesprek verplaatst naar woensdag 19/09 om 13u",
        body=f"""Dag Joris,

Door een ziekte in het team moeten we je gesprek van maandag helaas verplaatsen. Nieuw
voorstel: {nl(N3)} om 13u00, zelfde plaats (Noorderlaan 147, Antwerpen, gebouw B).
Jan Wouters (operationeel directeur) schuift ook aan.

Laat je iets weten als dat niet lukt?

Vriendelijke groeten,
Elke Peeters
HR-verantwoordelijke – Schelde Havenlogistiek
""",
        label=lab(
            N3,
            "Europe/Brussels",
            company="Schelde Havenlogistiek",
            who=["Jan Wouters"],
            notes="Flemish '13u00'; moved to a new time with an opt-out.",
        ),
    ),
    hand(
        JORIS,
        "beschikbaarheid-eerste-kennismaking-gent",
        "scheduling_request",
        sent="2046-07-18 09:40",
        zone="Europe/Brussels",
        frm=("Sofie Maes", "sofie.maes@leiestreek-bouw.example"),
        subject="Kennismakingsgesprek – wanneer past het?",
        body="""Dag Joris,

Bedankt voor je sollicitatie als werfleider. We willen graag kennismaken. Kan je me enkele
momenten doorgeven waarop je volgende week beschikbaar bent? Na het bouwverlof (vanaf 13
augustus) kan uiteraard ook.

Groeten,
Sofie Maes
Leiestreek Bouw
""",
        label=note("Asks for availability; mentions the Belgian construction holiday."),
    ),
    hand(
        SIETSKE,
        "terugkoppeling-afwijzing-na-gesprek",
        "rejection",
        sent="2046-07-20 16:10",
        zone="Europe/Amsterdam",
        frm=("Marloes de Groot", "marloes.degroot@lunetten-zorggroep.example"),
        subject="Terugkoppeling sollicitatie Beleidsadviseur",
        body="""Beste Sietske,

Nogmaals bedankt voor het prettige gesprek van vorige week. We hebben inmiddels alle
kandidaten gesproken en helaas hebben we besloten niet met jou verder te gaan. Een andere
kandidaat sloot net iets beter aan bij de ervaring die we zoeken in de zorgsector.

Wil je een toelichting? Bel me gerust.

Met vriendelijke groet,
Marloes de Groot
""",
        label=note("Rejection after an interview."),
    ),
    hand(
        JORIS,
        "aanbod-arbeidsovereenkomst-werfleider",
        "offer",
        sent="2046-09-26 15:00",
        zone="Europe/Brussels",
        frm=("Elke Peeters", "elke.peeters@schelde-havenlogistiek.example"),
        subject="Ons aanbod – Planner Havenoperaties",
        body="""Dag Joris,

Fijn dat je vorige week woensdag langs kwam! We bieden je graag de functie van Planner Havenoperaties
aan, met een bruto maandloon van € 4.150, maaltijdcheques, een bedrijfswagen en
hospitalisatieverzekering. Startdatum in overleg, bij voorkeur 1 november.

Je ontvangt het contract morgen via e-mail ter ondertekening.

Vriendelijke groeten,
Elke Peeters
""",
        label=note("Offer after the interview."),
    ),
    hand(
        LUDOVICA,
        "conferma-colloquio-bologna-meet-tu",
        "interview",
        cte="8bit",
        sent="2046-09-03 19:05",
        zone="Europe/Rome",
        frm=("Davide Righi", "davide@tortellino-labs.example"),
        subject="Conferma colloquio di venerdì",
        body=f"""Ciao Ludovica,

ti confermo il colloquio per {it("2046-09-07 11:00")} alle 11:00, su Google Meet:
https://meet.google.com/hvo-qtra-mzk

Ci saremo io e Sara Guidotti, che segue tutta la parte di pianificazione. Niente di formale,
ci racconti un po' di te e noi ti raccontiamo cosa facciamo a Bologna.

A venerdì!
Davide
CEO, Tortellino Labs
""",
        label=lab(
            "2046-09-07 11:00",
            "Europe/Rome",
            company="Tortellino Labs",
            who=["Davide Righi", "Sara Guidotti"],
            emails=["davide@tortellino-labs.example"],
            notes="Start-up 'tu'; the CEO takes part.",
        ),
    ),
    tool(
        SIETSKE,
        "automatisch-antwoord-vakantie-recruiter",
        "auto_reply",
        sent="2046-07-24 13:40",
        zone="Europe/Amsterdam",
        frm=("Anouk Visser", "anouk.visser@polderkracht.example"),
        subject="Automatisch antwoord: Sollicitatie Beleidsmedewerker Energie",
        extra=AUTO,
        body="""Bedankt voor je bericht.

Ik ben met vakantie tot en met vrijdag 10 augustus en lees mijn e-mail niet. Vanaf maandag
13 augustus ben ik weer bereikbaar.

Voor vragen over vacatures kun je terecht bij werkenbij@polderkracht.example.

Groet,
Anouk Visser
""",
        label=note("Out-of-office reply.", return_date="2046-08-13"),
    ),
]
