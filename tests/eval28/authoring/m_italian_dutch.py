"""Italian, Dutch and Flemish mail: ASL, RSA, scuola, magazzino; ziekenhuis, school, DC."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    AUTO,
    GIOSUE,
    IPHONE,
    LORETTA,
    MAARTJE,
    WARD,
    it,
    iv,
    mail,
    nl,
)

R = "Europe/Rome"
A = "Europe/Amsterdam"
BX = "Europe/Brussels"

MESSAGES = [
    iv(
        LORETTA,
        "convocazione-colloquio-oss-rsa",
        frm=("Ufficio Personale RSA Villa dei Glicini", "personale@villaglicini-rsa.example"),
        subject="Convocazione colloquio – Operatore Socio Sanitario (OSS)",
        sent="2047-10-18 10:20",
        start="2047-10-28 15:00",
        zone=R,
        tool=True,
        company="RSA Villa dei Glicini",
        role="Operatore Socio Sanitario (OSS)",
        who=("Marisa Fontanella", "Gabriele Sacchetti"),
        body=f"""Gentile Sig.ra Quagliarella-Oduro,

a seguito della Sua candidatura, La invitiamo a un colloquio conoscitivo {it("2047-10-28")}
alle ore 15:00 presso la nostra struttura, via dei Mille 48, Bergamo (ingresso uffici,
primo piano).

Il colloquio sarà condotto dalla coordinatrice infermieristica, Marisa Fontanella, e dal
direttore sanitario, Gabriele Sacchetti.

La preghiamo di portare un documento d'identità, l'attestato di qualifica OSS e il
certificato vaccinale.

Cordiali saluti,
Ufficio Personale""",
        notes="28 ottobre: dopo il ritorno all'ora solare del 27 (UTC+1).",
    ),
    iv(
        GIOSUE,
        "prova-pratica-magazziniere-mulettista",
        frm=("Davide Corsetti", "d.corsetti@logistica-padana.example"),
        subject="Colloquio e prova pratica muletto",
        sent="2047-11-04 18:05",
        start="2047-11-07 08:00",
        zone=R,
        company="Logistica Padana S.r.l.",
        role="Magazziniere mulettista",
        who=("Davide Corsetti",),
        agent=IPHONE,
        body=f"""Ciao Giosuè, ti confermo {it("2047-11-07")} alle 8 in magazzino a Piacenza
(via Emilia Parmense 201, cancello 3). Facciamo due chiacchiere e poi una prova pratica sul
carrello elevatore. Porta il patentino del muletto, documento e scarpe antinfortunistiche.

Davide Corsetti
Responsabile magazzino

Inviato da iPhone""",
    ),
    iv(
        LORETTA,
        "scuola-paritaria-colloquio-annullato",
        frm=("Segreteria Istituto Santa Chiara", "segreteria@istituto-santachiara.example"),
        subject="Annullato: colloquio docente scuola primaria",
        sent="2047-11-18 12:00",
        start="2047-11-20 14:30",
        zone=R,
        kind="interview_cancelled",
        company="Istituto Santa Chiara",
        role="Docente scuola primaria",
        who=("Suor Agnese Rinaldi",),
        body=f"""Gentile Loretta,

siamo spiacenti di comunicarLe che il colloquio previsto per {it("2047-11-20")} alle 14:30
con la coordinatrice didattica, Suor Agnese Rinaldi, è annullato: la supplenza è stata
coperta con una docente interna.

La ringraziamo per la disponibilità.

Segreteria""",
    ),
    mail(
        GIOSUE,
        "esito-selezione-asl-graduatoria",
        "rejection",
        frm=("ASL Valle del Serio - Ufficio Concorsi", "concorsi@asl-valleserio.example"),
        subject="Esito selezione – Collaboratore amministrativo",
        sent="2047-12-03 11:00",
        zone=R,
        tool=True,
        notes="Esito negativo (non idoneo alla prova orale).",
        body="""Gentile candidato,

si comunica che la Commissione, all'esito della prova orale, non L'ha dichiarata idonea per
l'avviso pubblico di Collaboratore amministrativo professionale. La graduatoria finale è
pubblicata all'Albo online dell'Azienda.

Distinti saluti,
Ufficio Concorsi""",
    ),
    mail(
        LORETTA,
        "risposta-automatica-ufficio-personale",
        "auto_reply",
        frm=("Ufficio Personale RSA Villa dei Glicini", "personale@villaglicini-rsa.example"),
        subject="Risposta automatica: candidatura OSS",
        sent="2047-10-31 09:00",
        zone=R,
        extra=AUTO,
        more={"return_date": "2047-11-04"},
        notes="Ufficio chiuso per il ponte di Ognissanti, riapre il 4 novembre.",
        body="""L'ufficio è chiuso per il ponte di Ognissanti. Riapriremo lunedì 4 novembre.
Per urgenze contattare il centralino della struttura.""",
    ),
    iv(
        MAARTJE,
        "uitnodiging-sollicitatiegesprek-verpleegkundige-ziekenhuis",
        frm=("Werving & Selectie Rijnlanden Ziekenhuis", "werving@rijnlanden-zkh.example"),
        subject="Uitnodiging sollicitatiegesprek – Verpleegkundige Acute Opname Afdeling",
        sent="2047-10-17 14:00",
        start="2047-10-25 13:30",
        zone=A,
        tool=True,
        company="Rijnlanden Ziekenhuis",
        role="Verpleegkundige Acute Opname Afdeling",
        who=("Sanne Overbeek", "Pieter van Dijk"),
        body=f"""Beste Maartje,

Bedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op {nl("2047-10-25")}
om 13.30 uur op locatie Leiden, route 57 (Acute Opname Afdeling), kamer 2.

Je spreekt met Sanne Overbeek (teamleider AOA) en Pieter van Dijk (senior verpleegkundige).
Na het gesprek kun je een uurtje meelopen op de afdeling.

Neem je BIG-registratienummer en een geldig identiteitsbewijs mee. Een VOG vragen we pas
aan als je wordt aangenomen.

Met vriendelijke groet,
Werving & Selectie""",
        notes="25 oktober: nog zomertijd (UTC+2).",
    ),
    iv(
        WARD,
        "sollicitatie-leerkracht-basisschool-gent",
        frm=("Directie Basisschool De Regenboog", "directie@bs-deregenboog.example"),
        subject="Sollicitatiegesprek leerkracht lager onderwijs",
        sent="2047-11-07 16:30",
        start="2047-11-13 15:45",
        zone=BX,
        company="Basisschool De Regenboog",
        role="Leerkracht lager onderwijs",
        who=("Els Vanhoutte",),
        body=f"""Dag Wardje,

Bedankt voor je kandidatuur. Ik nodig je graag uit voor een gesprek op {nl("2047-11-13")} om
15u45, na de schooluren, in mijn bureau (Kerkstraat 14, Gentbrugge). Breng gerust een
voorbeeld van een les mee die je gegeven hebt.

Vriendelijke groeten,
Els Vanhoutte
Directeur""",
    ),
    iv(
        MAARTJE,
        "distributiecentrum-teamleider-verzet",
        frm=("Recruitment Polderhaven Distributie", "recruitment@polderhaven-dc.example"),
        subject="Gewijzigde afspraak: gesprek Teamleider Inbound",
        sent="2047-11-20 09:00",
        start="2047-11-27 10:00",
        zone=A,
        tool=True,
        company="Polderhaven Distributie B.V.",
        role="Teamleider Inbound",
        who=("Ruud Hoogendoorn",),
        body=f"""Beste Maartje,

Helaas moeten we je gesprek van {nl("2047-11-25")} verzetten. De nieuwe afspraak is op
{nl("2047-11-27")} om 10.00 uur bij DC Waddinxveen, Transportweg 8. Meld je bij de
portier; je krijgt een bezoekerspas en veiligheidshesje.

Je spreekt met Ruud Hoogendoorn (Operations Manager). Na het gesprek lopen jullie samen door
het DC.

Met vriendelijke groet,
Recruitment""",
        notes="Verzet: de nieuwe tijd telt.",
    ),
    mail(
        WARD,
        "afwijzing-ocmw-na-gesprek",
        "rejection",
        frm=("OCMW Lochristi-Noord - Personeelsdienst", "personeel@ocmw-lochristinoord.example"),
        subject="Terugkoppeling selectieprocedure maatschappelijk werker",
        sent="2047-11-29 10:00",
        zone=BX,
        tool=True,
        notes="Afwijzing na het mondelinge gedeelte.",
        body="""Beste kandidaat,

Wij danken u voor uw deelname aan de selectieprocedure voor maatschappelijk werker. Helaas
bent u niet geslaagd voor het mondelinge gedeelte. U kunt uw scores en de motivering van de
jury opvragen bij de personeelsdienst.

Met vriendelijke groeten,
Personeelsdienst""",
    ),
    mail(
        MAARTJE,
        "aanbod-arbeidsovereenkomst-ziekenhuis",
        "offer",
        frm=("Sanne Overbeek", "s.overbeek@rijnlanden-zkh.example"),
        subject="Aanbod: Verpleegkundige Acute Opname Afdeling",
        sent="2047-11-06 15:30",
        zone=A,
        notes="Aanbod onder voorbehoud van VOG en referenties.",
        body="""Beste Maartje,

Wat leuk dat je het meelopen ook goed vond! Wij bieden je graag een contract aan voor 28 uur
per week, FWG 50, CAO Ziekenhuizen, voor een jaar met uitzicht op vast. Het aanbod is onder
voorbehoud van een positieve VOG en referenties. HR stuurt je deze week het contract.

Laat je weten of je akkoord gaat?

Groet,
Sanne""",
    ),
]
