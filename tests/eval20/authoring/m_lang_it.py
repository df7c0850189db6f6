"""Italian mail by local senders: Turin, Naples, Palermo, Lugano, San Marino, Bologna and
Trieste."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    AUTO,
    ELISA,
    GENNARO,
    IRENE,
    MARTINA,
    NICOLA,
    ROSALIA,
    TOMMASO,
    bulk,
    dh,
    it,
    itd,
    lab,
    msgid,
    note,
    outlook,
    pdf,
    person,
    quoted,
    raw_mail,
    vendor,
)

S1 = "2039-03-24 10:30"
S2 = "2039-03-30 15:00"
S3 = "2039-04-04 15:00"
S4 = "2039-03-29 09:00"
S5 = "2039-04-07 11:00"

MESSAGES = [
    person(
        MARTINA,
        "convocazione-colloquio-torino",
        "interview",
        frm=("Ufficio Risorse Umane – Dora Meccanica", "selezione@dora-meccanica.example"),
        subject="Convocazione a colloquio – Progettista meccanico junior",
        date=dh("2039-03-17 11:40", "Europe/Rome"),
        body=f"""Gentile Martina Rinaldi-Achterberg,

a seguito della Sua candidatura per la posizione di Progettista meccanico junior, siamo lieti
di invitarLa a un colloquio conoscitivo che si terrà {itd(S1)} alle ore 10:30 presso la
nostra sede di Corso Francia 210, Torino (citofono "Dora Meccanica", 2° piano).

Il colloquio sarà condotto dalla dott.ssa Chiara Bellandi (HR Manager) e
dall'ing. Paolo Ferrero (Responsabile Ufficio Tecnico). La preghiamo di portare con sé una copia del CV e un
documento d'identità.

Le chiediamo cortesemente di confermare la Sua presenza rispondendo a questa e-mail.

Cordiali saluti,
Ufficio Risorse Umane
Dora Meccanica S.p.A.
""",
        label=lab(
            S1,
            "Europe/Rome",
            None,
            company="Dora Meccanica",
            role="Progettista meccanico junior",
            who=["Chiara Bellandi", "Paolo Ferrero"],
            notes="Formal Italian ('La', 'Sua'); 'condotto dalla dott.ssa ... e dall'ing.'; "
            "the HR manager conducts and counts; titles dropped; no zone named.",
        ),
        html=True,
    ),
    outlook(
        GENNARO,
        "exchange-napoli-colloquio-tecnico",
        "interview",
        start=S2,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Colloquio tecnico – Gennaro Esposito-Baah – Sviluppatore Java",
        organizer=("Valeria Capuano", "valeria.capuano@vesuvio-sistemi.example"),
        attendees=[
            ("Antonio De Luca", "antonio.deluca@vesuvio-sistemi.example"),
            ("Francesca Russo", "francesca.russo@vesuvio-sistemi.example"),
        ],
        date=dh("2039-03-25 09:05", "Europe/Rome"),
        lang="it",
        location="Riunione di Microsoft Teams",
        text="""Buongiorno Gennaro,

come anticipato al telefono, Le invio l'invito per il colloquio tecnico. Saranno presenti
Antonio De Luca (Tech Lead) e Francesca Russo (Senior Developer). Io non parteciperò, ma
resto a disposizione per qualsiasi domanda.

Cordiali saluti,
Valeria Capuano
Talent Acquisition, Vesuvio Sistemi""",
        label=lab(
            S2,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Vesuvio Sistemi",
            role="Sviluppatore Java",
            who=["Antonio De Luca", "Francesca Russo"],
            emails=[
                "antonio.deluca@vesuvio-sistemi.example",
                "francesca.russo@vesuvio-sistemi.example",
            ],
            notes="Exchange in Italian ('Quando:' with Outlook's Italian caption), W. Europe "
            "Standard Time (CLDR 001: Berlin); after 27 March. The organiser does not take "
            "part.",
        ),
    ),
    person(
        ROSALIA,
        "risposta-va-bene-lunedi-palermo",
        "interview",
        frm=("Salvatore Gambino", "s.gambino@conca-doro-alimentari.example"),
        subject="Re: Candidatura Responsabile Qualità",
        date=dh("2039-03-31 18:22", "Europe/Rome"),
        in_reply_to=msgid("risposta-va-bene-lunedi-palermo-user", "example.com"),
        body="""Gentile Rosalia,

perfetto, allora ci vediamo lunedì alle 15 nel nostro stabilimento di Carini. Ci sarà anche
la collega Giusi Maniscalco del laboratorio.

A presto,
Salvatore Gambino
Direttore di Stabilimento, Conca d'Oro Alimentari
"""
        + quoted(
            "2039-03-31 12:05",
            "Europe/Rome",
            "Rosalia Lo Bue <rosalia.lobue@example.com>",
            f"""Gentile dott. Gambino,

La ringrazio per la proposta. Tra le date indicate preferirei {it(S3)} alle 15:00.

Cordiali saluti,
Rosalia Lo Bue""",
        ),
        label=lab(
            S3,
            "Europe/Rome",
            None,
            company="Conca d'Oro Alimentari",
            role="Responsabile Qualità",
            who=["Salvatore Gambino", "Giusi Maniscalco"],
            emails=["s.gambino@conca-doro-alimentari.example"],
            notes="Reply settling 'lunedì alle 15'; the date is only in the quoted mail; a "
            "lab colleague joins ('Ci sarà anche la collega').",
        ),
    ),
    person(
        NICOLA,
        "promemoria-colloquio-domani-lugano",
        "interview",
        frm=("Sara Bernasconi", "sara.bernasconi@ceresio-fiduciaria.example"),
        subject="Promemoria: colloquio di domani",
        date=dh("2039-03-28 16:30", "Europe/Zurich"),
        body="""Buongiorno signor Pedrazzini-Oduro,

Le ricordo il colloquio di domani (martedì) alle 9.00 presso i nostri uffici in Via Nassa 5,
Lugano. La accoglieranno il signor Fabio Rezzonico, direttore, e la signora Monica Cattaneo,
responsabile contabilità.

Cordiali saluti,
Sara Bernasconi
Assistente di direzione, Ceresio Fiduciaria SA
""",
        label=lab(
            S4,
            "Europe/Zurich",
            None,
            company="Ceresio Fiduciaria",
            who=["Fabio Rezzonico", "Monica Cattaneo"],
            notes="Ticino Italian reminder: 'domani (martedì) alle 9.00' against the Monday "
            "Date header; the assistant only arranges.",
        ),
    ),
    person(
        ELISA,
        "annullamento-colloquio-san-marino",
        "interview_cancelled",
        frm=("Marco Guidi", "marco.guidi@titano-servizi.example"),
        subject="Annullamento colloquio del 7 aprile",
        date=dh("2039-04-04 10:10", "Europe/San_Marino"),
        body=f"""Gentile Elisa,

purtroppo devo annullare il colloquio previsto per {it(S5)} alle 11:00: la posizione di
Addetta paghe e contributi è stata momentaneamente sospesa per una riorganizzazione interna.

Se la ricerca dovesse riaprirsi, sarà mia cura ricontattarLa per primo.

Mi scuso per il disagio.

Marco Guidi
Responsabile Amministrazione, Titano Servizi
""",
        label=lab(
            S5,
            "Europe/San_Marino",
            None,
            company="Titano Servizi",
            role="Addetta paghe e contributi",
            who=["Marco Guidi"],
            emails=["marco.guidi@titano-servizi.example"],
            notes="Cancelled because the vacancy is suspended (paused, not filled): "
            "interview_cancelled at the old time.",
        ),
    ),
    person(
        TOMMASO,
        "esito-selezione-bologna",
        "rejection",
        frm=("Selezione Personale – Felsina Packaging", "hr@felsina-packaging.example"),
        subject="Esito della selezione – Buyer Senior",
        date=dh("2039-04-05 14:45", "Europe/Rome"),
        body="""Gentile Tommaso,

La ringraziamo per aver partecipato al nostro processo di selezione per la posizione di
Buyer Senior e per il tempo dedicato ai colloqui.

Dopo un'attenta valutazione, Le comunichiamo che abbiamo deciso di proseguire con altri
candidati il cui profilo risulta più in linea con le esigenze attuali.

Conserveremo il Suo CV per eventuali future opportunità.

Cordiali saluti,
Selezione Personale
Felsina Packaging S.r.l.
""",
        label=note(
            "Italian rejection after interviews.",
            company="Felsina Packaging",
            role="Buyer Senior",
        ),
    ),
    vendor(
        IRENE,
        "conferma-prenotazione-visita-trieste",
        "other",
        frm=("CUP – Prenotazioni", "noreply@cup-giuliano.example"),
        subject="Conferma prenotazione visita specialistica",
        date=dh("2039-03-21 08:15", "Europe/Rome"),
        body=f"""Gentile IRENE SOSSI-TANAKA,

confermiamo la prenotazione della seguente prestazione:

Visita oculistica
Data: {itd("2039-04-13")}
Ora: 10:40
Sede: Poliambulatorio di Via Stock 2, Trieste – piano terra, ambulatorio 6

Si presenti 15 minuti prima con la tessera sanitaria e l'impegnativa. In caso di disdetta,
La preghiamo di avvisare almeno 3 giorni prima.
""",
        label=note(
            "Trap: a medical appointment booked through the regional booking centre, with "
            "date and time; not an interview."
        ),
    ),
    person(
        MARTINA,
        "proposta-di-assunzione-torino",
        "offer",
        frm=("Chiara Bellandi", "chiara.bellandi@dora-meccanica.example"),
        subject="Proposta di assunzione – Progettista meccanico junior",
        date=dh("2039-04-08 12:00", "Europe/Rome"),
        body="""Gentile Martina,

a seguito dei colloqui sostenuti, siamo lieti di sottoporLe la nostra proposta di assunzione
per la posizione di Progettista meccanico junior, con contratto a tempo indeterminato (CCNL
Metalmeccanico, livello C3) e una RAL di 32.000 euro.

In allegato trova la lettera di proposta con tutti i dettagli. Le saremmo grate se potesse
farci sapere la Sua decisione entro venerdì 15 aprile.

Cordiali saluti,
Chiara Bellandi
HR Manager, Dora Meccanica S.p.A.
""",
        attachments=[pdf("Proposta_assunzione_Rinaldi.pdf")],
        label=note(
            "Italian job offer after the interviews (permanent contract, salary stated).",
            company="Dora Meccanica",
            role="Progettista meccanico junior",
        ),
    ),
    raw_mail(
        GENNARO,
        "risposta-automatica-fuori-sede-napoli",
        "auto_reply",
        frm=("Valeria Capuano", "valeria.capuano@vesuvio-sistemi.example"),
        subject="Risposta automatica: Colloquio tecnico – documenti",
        date=dh("2039-04-01 17:31", "Europe/Rome"),
        extra=AUTO,
        body="""Grazie per il Suo messaggio.

Sarò fuori sede fino al 6 aprile compreso, con accesso limitato alla posta. Rientrerò in
ufficio giovedì 7 aprile.

Per urgenze può scrivere a recruiting@vesuvio-sistemi.example.

Valeria Capuano
""",
        label=note(
            "Italian out-of-office of the recruiter, return on Thursday 7 April.",
            return_date="2039-04-07",
        ),
    ),
    vendor(
        ROSALIA,
        "newsletter-colloquio-consigli",
        "bulk",
        frm=("InfoJobs", "newsletter@infojobs.it"),
        subject="Colloquio di lavoro: le 10 domande che ti faranno (e come rispondere)",
        date=dh("2039-03-22 07:00", "Europe/Rome"),
        extra=bulk(
            "<consigli.infojobs.it>", "https://www.infojobs.it/newsletter/disiscriviti?u=77a1"
        ),
        body="""Ciao Rosalia,

hai un colloquio in vista? Ecco le 10 domande più frequenti e come prepararti:

1. "Mi parli di Lei" – la presentazione in due minuti
2. "Perché vuole lavorare con noi?"
3. "Dove si vede tra cinque anni?"
...

Leggi l'articolo completo: https://www.infojobs.it/consigli/colloquio-10-domande

Nuove offerte per te: 12 annunci per "Responsabile Qualità" a Palermo.

Non vuoi più ricevere queste e-mail? Disiscriviti.
""",
        label=note("Italian job-board newsletter about interview questions."),
    ),
]
