"""Italian mail, and Dutch mail from the Netherlands and Flanders (u and jij)."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    ALBERICO,
    AUTO,
    BEATRICE,
    CORRADO,
    DONATELLA,
    EMMEKE,
    FOKKE,
    GEERTRUI,
    HIDDE,
    dh,
    gq,
    it,
    lab,
    nl,
    note,
    outlook,
    person,
    raw_mail,
    thread,
    wk,
)

MESSAGES = [
    person(
        ALBERICO,
        "colloquio-conoscitivo-milano-isola",
        "interview",
        frm=("dott.ssa Ludovica Brambilla", "l.brambilla@navigliopiccolo-consulting.example"),
        subject="Convocazione a colloquio – Senior Business Analyst",
        date=dh("2044-02-01 10:35", "Europe/Rome"),
        html=True,
        body=f"""Gentile dott. Vismara-Opoku,

a seguito della Sua candidatura, abbiamo il piacere di invitarLa a un colloquio
conoscitivo {it("2044-02-04")} alle ore 15, presso la nostra sede di via Confalonieri 29,
Milano (citofono "NP Consulting", 4° piano).

Il colloquio sarà condotto dall'ing. Edoardo Cattaneo Ripamonti, Partner, e dalla
sottoscritta.

La preghiamo di confermare la Sua presenza.

Cordiali saluti,
dott.ssa Ludovica Brambilla
HR Manager – Navigliopiccolo Consulting S.r.l.
""",
        label=lab(
            "2044-02-04 15:00",
            "Europe/Rome",
            None,
            company="Navigliopiccolo Consulting",
            role="Senior Business Analyst",
            who=["Edoardo Cattaneo Ripamonti", "Ludovica Brambilla"],
            emails=["l.brambilla@navigliopiccolo-consulting.example"],
            notes="Italian Lei form, 'alle ore 15'; the sender takes part ('e dalla "
            "sottoscritta'); 'ing.' and 'dott.ssa' dropped.",
        ),
    ),
    person(
        BEATRICE,
        "conferma-colloquio-torino-risposta",
        "interview",
        frm=("Matteo Bertolotti", "matteo.bertolotti@crocetta-automotive.example"),
        subject="R: Disponibilità colloquio tecnico",
        date=dh("2044-02-23 12:48", "Europe/Rome"),
        body=thread(
            f"""Ciao Beatrice,

perfetto, confermo {wk("2044-02-25", "it")} alle 9:30 in sede (corso Vittorio Emanuele II
74). Ci saremo io e Chiara Manfredi, responsabile del team firmware.

A giovedì,
Matteo
""",
            gq(
                "2044-02-23 09:14",
                "Europe/Rome",
                "Beatrice Scaramuzza-Adomako <beatrice.scaramuzza@example.net>",
                """Buongiorno Matteo,

grazie per il riscontro. Giovedì mattina sarei libera, anche presto.

Beatrice""",
            ),
        ),
        label=lab(
            "2044-02-25 09:30",
            "Europe/Rome",
            None,
            company="Crocetta Automotive",
            who=["Matteo Bertolotti", "Chiara Manfredi"],
            emails=["matteo.bertolotti@crocetta-automotive.example"],
            notes="Italian 'R:' reply settling Thursday 25 February at 9:30; the sender takes "
            "part ('Ci saremo io e Chiara').",
        ),
    ),
    outlook(
        CORRADO,
        "annullato-colloquio-roma-eur",
        "interview_cancelled",
        start="2044-03-17 10:00",
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Colloquio Corrado Lupattelli-Ampofo – Cloud Architect",
        prefix="Annullato: ",
        method="CANCEL",
        sequence=1,
        organizer=("Giorgia Santarelli", "giorgia.santarelli@tevere-cloud.example"),
        attendees=[("Fabrizio Mastrangelo", "fabrizio.mastrangelo@tevere-cloud.example")],
        date=dh("2044-03-14 09:12", "Europe/Rome"),
        lang="it",
        text="""Gentile Corrado,

purtroppo la posizione è stata momentaneamente sospesa per una revisione del budget.
Annulliamo quindi il colloquio di giovedì; La ricontatteremo appena possibile.

Cordiali saluti,
Giorgia Santarelli""",
        label=lab(
            "2044-03-17 10:00",
            "W. Europe Standard Time",
            "Europe/Rome",
            company="Tevere Cloud",
            role="Cloud Architect",
            notes="Exchange cancellation in Italian ('Annullato:', METHOD:CANCEL); role suspended.",
        ),
    ),
    person(
        DONATELLA,
        "esito-selezione-bologna-negativo",
        "rejection",
        frm=(
            "Ufficio Selezione – Bentivoglio Packaging",
            "selezione@bentivoglio-packaging.example",
        ),
        subject="Esito selezione – Addetta controllo qualità",
        date=dh("2044-03-04 11:00", "Europe/Rome"),
        body="""Gentile Donatella,

La ringraziamo per aver partecipato al nostro processo di selezione e per il tempo
dedicatoci durante il colloquio.

Ci dispiace comunicarLe che abbiamo deciso di proseguire con un altro candidato, il cui
profilo risulta più in linea con le esigenze attuali.

Conserveremo il Suo curriculum per eventuali future opportunità.

Cordiali saluti,
Ufficio Selezione
""",
        label=note(
            "Italian rejection formula ('Ci dispiace comunicarLe').",
            company="Bentivoglio Packaging",
        ),
    ),
    raw_mail(
        ALBERICO,
        "risposta-automatica-fuori-ufficio-firenze",
        "auto_reply",
        frm=("Niccolò Guicciardini", "n.guicciardini@arno-design.example"),
        subject="Risposta automatica: Candidatura UX Lead",
        date=dh("2044-03-25 08:30", "Europe/Rome"),
        cte="8bit",
        extra=AUTO,
        body="""Buongiorno,

sono fuori ufficio fino a lunedì 4 aprile compreso, con accesso limitato alla posta.
Rientrerò martedì 5 aprile. Per urgenze scrivete a talenti@arno-design.example.

Grazie,
Niccolò Guicciardini
""",
        label=note(
            "Italian out-of-office in 8bit UTF-8; back Tuesday 5 April (the day after the "
            "'fino a' date).",
            return_date="2044-04-05",
        ),
    ),
    person(
        CORRADO,
        "proposta-assunzione-napoli-centro-direzionale",
        "offer",
        frm=("Annamaria Esposito", "a.esposito@vesuvio-energia.example"),
        subject="Proposta di assunzione – DevOps Engineer",
        date=dh("2044-03-29 16:40", "Europe/Rome"),
        body="""Gentile Corrado,

siamo lieti di formularLe una proposta di assunzione a tempo indeterminato per il ruolo di
DevOps Engineer, CCNL Commercio, livello I, RAL di 46.000 euro, con inizio previsto il
2 maggio 2044.

In allegato trova la lettera di proposta; Le chiediamo cortesemente di restituirla
firmata entro venerdì 8 aprile.

Un cordiale saluto,
Annamaria Esposito
Responsabile Risorse Umane, Vesuvio Energia S.p.A.
""",
        label=note(
            "Italian offer ('proposta di assunzione', RAL, CCNL).", company="Vesuvio Energia"
        ),
    ),
    person(
        DONATELLA,
        "colloqui-genitori-docenti-scuola-media",
        "other",
        frm=("Segreteria I.C. Saragozza", "segreteria@ic-saragozza-bo.example"),
        subject="Colloqui generali genitori-docenti – prenotazione",
        date=dh("2044-01-18 13:00", "Europe/Rome"),
        body=f"""Gentili famiglie,

si comunica che i colloqui generali con i docenti si terranno {it("2044-01-27")} dalle ore
16.30 alle 19.00. Il colloquio con la prof.ssa Renata Bonfiglioli (classe 2B) è fissato
alle ore 17.10.

La Segreteria
""",
        label=note("Parent-teacher meeting ('colloqui genitori-docenti'), not about a job."),
    ),
    person(
        EMMEKE,
        "uitnodiging-sollicitatiegesprek-utrecht-half-drie",
        "interview",
        frm=("Marloes Terpstra", "m.terpstra@domstad-zorgautomatisering.example"),
        subject="Uitnodiging sollicitatiegesprek – Functioneel beheerder",
        date=dh("2044-01-21 16:05", "Europe/Amsterdam"),
        html=True,
        body=f"""Beste Emmeke,

Bedankt voor je sollicitatie! We nodigen je graag uit voor een eerste gesprek op
{nl("2044-01-28")} om half drie op ons kantoor aan de Catharijnesingel 56 in Utrecht.

Je spreekt met Pieter-Jan Hoogendoorn (teamlead applicatiebeheer) en Fenna Dijkstra
(HR-adviseur). Het gesprek duurt ongeveer een uur.

Laat je even weten of dit schikt?

Hartelijke groet,
Marloes Terpstra
Recruiter – Domstad Zorgautomatisering
""",
        label=lab(
            "2044-01-28 14:30",
            "Europe/Amsterdam",
            None,
            company="Domstad Zorgautomatisering",
            role="Functioneel beheerder",
            who=["Pieter-Jan Hoogendoorn", "Fenna Dijkstra"],
            notes="Dutch 'om half drie' is 14:30 (half before three); informal je.",
        ),
    ),
    person(
        GEERTRUI,
        "bevestiging-gesprek-gent-zuid",
        "interview",
        frm=("Wannes Verstraete", "wannes.verstraete@leiedal-bouw.example"),
        subject="Bevestiging afspraak – sollicitatie projectleider",
        date=dh("2044-02-25 10:30", "Europe/Brussels"),
        body=f"""Dag mevrouw Vanoverbeke,

Hierbij bevestig ik graag ons gesprek op {nl("2044-03-03")} om 10u00 op ons kantoor in de
Kortrijksesteenweg 1144, Gent. U wordt ontvangen door ir. Jolien De Clercq,
zaakvoerder, en mezelf.

Mocht u verhinderd zijn, laat het mij dan tijdig weten.

Met vriendelijke groeten,
Wannes Verstraete
HR – Leiedal Bouw NV
""",
        label=lab(
            "2044-03-03 10:00",
            "Europe/Brussels",
            None,
            company="Leiedal Bouw",
            role="projectleider",
            who=["Jolien De Clercq", "Wannes Verstraete"],
            emails=["wannes.verstraete@leiedal-bouw.example"],
            notes="Flemish '10u00', 'Dag mevrouw', u-form; the sender takes part ('en "
            "mezelf'); 'ir.' dropped.",
        ),
    ),
    person(
        FOKKE,
        "gesprek-verplaatst-rotterdam-kop-van-zuid",
        "interview",
        frm=("Sanne Brouwer", "sanne.brouwer@maasvlakte-data.example"),
        subject="Ons gesprek verplaatst naar vrijdag",
        date=dh("2044-03-21 17:50", "Europe/Amsterdam"),
        body=f"""Hoi Fokke,

Helaas moet ik ons gesprek van woensdag verzetten, onze CTO zit dan onverwacht in
Singapore. Nieuw voorstel: {nl("2044-04-01")} is te laat voor ons, dus laten we het op
{nl("2044-03-25")} om 11.00 uur houden, zelfde plek (Wilhelminakade 91).

Je spreekt dan met Thijs van der Meulen (CTO) en mij.

Groetjes,
Sanne
""",
        label=lab(
            "2044-03-25 11:00",
            "Europe/Amsterdam",
            None,
            company="Maasvlakte Data",
            who=["Thijs van der Meulen", "Sanne Brouwer"],
            emails=["sanne.brouwer@maasvlakte-data.example"],
            notes="Dutch reschedule stating the new time ('vrijdag 25 maart om 11.00 uur'), "
            "two days before the EU change (still CET). A date it rules out is also named.",
        ),
    ),
    person(
        HIDDE,
        "afwijzing-sollicitatie-eindhoven-strijp",
        "rejection",
        frm=("Recruitment Kempen Photonics", "werkenbij@kempen-photonics.example"),
        subject="Terugkoppeling sollicitatie Optical Engineer",
        date=dh("2044-02-11 15:15", "Europe/Amsterdam"),
        body="""Beste Hidde,

Hartelijk dank voor je sollicitatie en het prettige gesprek van vorige week.

Helaas moeten we je laten weten dat we niet met je verder gaan in de procedure. We
hebben gekozen voor een kandidaat met meer ervaring in freeform-optiek.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Team Recruitment
""",
        label=note("Dutch rejection ('niet met je verder gaan').", company="Kempen Photonics"),
    ),
    raw_mail(
        GEERTRUI,
        "afwezigheidsmelding-antwerpen-eilandje",
        "auto_reply",
        frm=("Lotte Peeters", "lotte.peeters@schelde-havenlogistiek.example"),
        subject="Automatisch antwoord: sollicitatie projectleider",
        date=dh("2044-02-09 11:20", "Europe/Brussels"),
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Goeiedag,

Ik ben met krokusverlof tot en met vrijdag 12 februari. Vanaf maandag 15 februari
beantwoord ik uw bericht zo snel mogelijk.

Voor dringende zaken: jobs@schelde-havenlogistiek.example.

Met vriendelijke groeten,
Lotte Peeters
""",
        label=note(
            "Flemish out-of-office ('krokusverlof'), back on Monday 15 February.",
            return_date="2044-02-15",
        ),
    ),
    person(
        HIDDE,
        "uwv-afspraak-werkcoach",
        "other",
        frm=("Werkcoach – UWV", "noreply@werkcoach-regio-eindhoven.example"),
        subject="Uitnodiging gesprek met uw werkcoach",
        date=dh("2044-01-12 08:00", "Europe/Amsterdam"),
        body=f"""Geachte heer Schoonderwoerd-Agyei,

U bent uitgenodigd voor een gesprek met uw werkcoach op {nl("2044-01-19")} om 13.15 uur
bij UWV Eindhoven, Vestdijk 9. We bespreken uw sollicitatieactiviteiten en de vacatures
waarop u heeft gereageerd.

Neem uw legitimatiebewijs mee. U bent verplicht te verschijnen.

Met vriendelijke groet,
UWV WERKbedrijf
""",
        label=note(
            "Benefits-agency meeting with a work coach: other; a careful reader might weigh "
            "'gesprek' and 'sollicitatie' in it."
        ),
    ),
    person(
        FOKKE,
        "beschikbaarheid-tweede-gesprek-den-haag",
        "scheduling_request",
        frm=("Ilse Kamphuis", "ilse.kamphuis@hofvijver-advies.example"),
        subject="Tweede gesprek – wanneer schikt het je?",
        date=dh("2044-02-03 10:05", "Europe/Amsterdam"),
        body="""Hoi Fokke,

Leuk dat je door bent naar de tweede ronde! Kun je via onderstaande link een moment
kiezen voor het gesprek met onze directeur? Alle tijden staan in Nederlandse tijd.

https://calendly.com/hofvijver-advies/tweede-gesprek

Groet,
Ilse Kamphuis, Hofvijver Advies
""",
        label=note("A booking link; no time set.", company="Hofvijver Advies"),
    ),
]
