"""Italian, Dutch and Portuguese mail (Milan, Amsterdam, Antwerp, Luanda, Maputo), labelled by
meaning like every other message."""

from __future__ import annotations

from tests.eval19.authoring.kit import (
    AUTO,
    CHIARA,
    EDVANIA,
    FEMKE,
    NELIO,
    WOUT,
    dh,
    it,
    lab,
    nl,
    note,
    person,
    pt,
    raw_mail,
    vendor,
)

MESSAGES = [
    person(
        CHIARA,
        "invito-colloquio-milano",
        "interview",
        frm=("Federica Colombo", "federica.colombo@navigli-moda.example"),
        subject="Invito a colloquio - Merchandise Planner",
        date=dh("2038-11-08 10:30", "Europe/Rome"),
        body=f"""Gentile Chiara,

la ringraziamo per la candidatura. Saremmo lieti di incontrarla per un colloquio
{it("2038-11-16")} alle 11:00, presso la nostra sede di via Tortona 27, Milano.

Al colloquio parteciperanno Giorgio Bellini (Direttore Commerciale) e la sottoscritta.

Cordiali saluti,
Federica Colombo
HR Manager, Navigli Moda S.p.A.""",
        label=lab(
            "2038-11-16 11:00",
            "Europe/Rome",
            None,
            company="Navigli Moda",
            role="Merchandise Planner",
            who=["Giorgio Bellini", "Federica Colombo"],
            emails=["federica.colombo@navigli-moda.example"],
            notes="Italian invitation; 'la sottoscritta' is the sender herself.",
        ),
    ),
    vendor(
        CHIARA,
        "esito-candidatura-negativo",
        "rejection",
        frm=("Selezione del Personale", "selezione@brianza-arredi.example"),
        subject="Esito della sua candidatura",
        date=dh("2038-10-27 15:40", "Europe/Rome"),
        body="""Gentile candidata,

la ringraziamo per l'interesse dimostrato verso Brianza Arredi. Dopo un'attenta
valutazione, abbiamo deciso di proseguire con altri profili più in linea con la posizione.

Le auguriamo ogni successo professionale.

Ufficio Selezione del Personale""",
        label=note("Italian rejection.", company="Brianza Arredi"),
    ),
    person(
        FEMKE,
        "uitnodiging-sollicitatiegesprek",
        "interview",
        frm=("Joost van der Linden", "joost.vanderlinden@grachtenbank.example"),
        subject="Uitnodiging sollicitatiegesprek - Risk Analyst",
        date=dh("2038-11-17 14:05", "Europe/Amsterdam"),
        body=f"""Beste Femke,

Dank voor je sollicitatie. We nodigen je graag uit voor een gesprek op {nl("2038-11-25")}
om 13:30 uur op ons kantoor aan de Herengracht 420. Je spreekt met Sanne Bosman (Head of
Credit Risk) en mij.

Met vriendelijke groet,
Joost van der Linden
Recruiter, Grachtenbank""",
        label=lab(
            "2038-11-25 13:30",
            "Europe/Amsterdam",
            None,
            company="Grachtenbank",
            role="Risk Analyst",
            who=["Sanne Bosman", "Joost van der Linden"],
            emails=["joost.vanderlinden@grachtenbank.example"],
            notes="Dutch invitation, '13:30 uur'.",
        ),
    ),
    person(
        WOUT,
        "verplaatsing-gesprek-antwerpen",
        "interview",
        frm=("Els Vermeulen", "els.vermeulen@schelde-havens.example"),
        subject="Verplaatsing van ons gesprek",
        date=dh("2038-11-29 09:12", "Europe/Brussels"),
        body=f"""Dag Wout,

Door een overlapping in de agenda moeten we ons sollicitatiegesprek van woensdag
verplaatsen. Het gaat nu door op {nl("2038-12-06")} om 10 uur, zelfde plaats: Noorderlaan
147, Antwerpen. Laat gerust iets weten als dat echt niet lukt.
Onze operations manager, Kris Peeters, schuift ook aan.

Groetjes,
Els Vermeulen
HR, Schelde Havens""",
        label=lab(
            "2038-12-06 10:00",
            "Europe/Brussels",
            None,
            company="Schelde Havens",
            who=["Els Vermeulen", "Kris Peeters"],
            emails=["els.vermeulen@schelde-havens.example"],
            notes="Flemish reschedule stating the new time.",
        ),
    ),
    raw_mail(
        FEMKE,
        "automatisch-antwoord-afwezig",
        "auto_reply",
        frm=("Joost van der Linden", "joost.vanderlinden@grachtenbank.example"),
        subject="Automatisch antwoord: Uitnodiging sollicitatiegesprek - Risk Analyst",
        date=dh("2038-11-18 08:01", "Europe/Amsterdam"),
        extra=AUTO,
        body="""Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 19 november en
lees mijn mail vanaf maandag 22 november 2038. Voor dringende zaken kun je terecht bij
recruitment@grachtenbank.example.

Joost van der Linden""",
        label=note("Dutch out-of-office; back on Monday 22 November.", return_date="2038-11-22"),
    ),
    person(
        EDVANIA,
        "convocatoria-entrevista-luanda",
        "interview",
        frm=("Mauro Fernandes", "mauro.fernandes@kwanza-petroleo.example"),
        subject="Convocatória para entrevista - Engenheira de Reservatórios",
        date=dh("2038-11-23 10:00", "Africa/Luanda"),
        body=f"""Cara Edvânia,

Temos o prazer de a convocar para uma entrevista na {pt("2038-12-02")}, às 9h00 (hora de
Luanda), nas nossas instalações da Avenida 4 de Fevereiro, 71.

A entrevista será conduzida pela Eng.ª Luzia Cassoma, Diretora de Reservatórios, e por mim.

Com os melhores cumprimentos,
Mauro Fernandes
Recursos Humanos, Kwanza Petróleo""",
        label=lab(
            "2038-12-02 09:00",
            "Africa/Luanda",
            "Africa/Luanda",
            company="Kwanza Petróleo",
            role="Engenheira de Reservatórios",
            who=["Luzia Cassoma", "Mauro Fernandes"],
            emails=["mauro.fernandes@kwanza-petroleo.example"],
            notes="Angolan Portuguese convocation, 'hora de Luanda'.",
        ),
    ),
    person(
        NELIO,
        "proposta-de-emprego-maputo",
        "offer",
        frm=("Zaida Cossa", "zaida.cossa@limpopo-telecom.example"),
        subject="Proposta de emprego - Analista de Redes",
        date=dh("2038-12-01 16:20", "Africa/Maputo"),
        body="""Caro Nélio,

Na sequência das entrevistas, temos o prazer de lhe apresentar uma proposta de emprego
para a função de Analista de Redes, com início a 3 de janeiro de 2039. Em anexo segue a
carta com as condições.

Agradecemos a sua resposta até ao dia 10 de dezembro.

Cumprimentos,
Zaida Cossa
Diretora de Recursos Humanos""",
        label=note("Portuguese job offer.", company="Limpopo Telecom", role="Analista de Redes"),
    ),
    vendor(
        WOUT,
        "afspraak-tandarts-herinnering",
        "other",
        frm=("Tandartspraktijk Zurenborg", "afspraken@tandarts-zurenborg.example"),
        subject="Herinnering: uw afspraak bij de tandarts",
        date=dh("2038-11-30 18:00", "Europe/Brussels"),
        body=f"""Beste Wout Verbeeck-Sarpong,

Wij herinneren u aan uw afspraak op {nl("2038-12-02")} om 08:40 bij tandarts Dr. Lien
Goossens. Gelieve 24 uur vooraf te verwittigen als u niet kunt komen.

Tandartspraktijk Zurenborg""",
        label=note("Dentist reminder, not a job."),
    ),
]
