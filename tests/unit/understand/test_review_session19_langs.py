"""Blind probes for session 19's Italian, Dutch and Portuguese readings.

Written from scratch by a reviewer who read no lexicon, no classifier code, no evaluation
set and no other test module (only ``model.py``, the package's entry points and the mail
builders), and who never ran the classifier while writing them: every expected kind,
start and name is a careful human's reading of the message. Companies, people and
addresses are invented. Per language: interviews with a fixed time in varied date, time
and name forms (in-house, agencies, ATS notices, calendar invitation text, public-sector
convocations), cancellations, reschedules (the new time), scheduling requests, outcomes,
automatic replies, bulk mail, and traps that name a time, an appointment or the word for
interview without being a job interview for the user.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from textwrap import dedent

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from tests.unit.understand.messages import day_first_user, mail

USERS: dict[str, tuple[str, str, str]] = {
    "rome": ("Giulia Ferrari", "giulia.ferrari@libero.example", "Europe/Rome"),
    "amsterdam": ("Sanne de Vries", "sanne.devries@ziggo.example", "Europe/Amsterdam"),
    "brussels": ("Jens Wouters", "jens.wouters@telenet.example", "Europe/Brussels"),
    "saopaulo": ("Rafael Souza", "rafael.souza@uol.example", "America/Sao_Paulo"),
    "lisbon": ("Inês Carvalho", "ines.carvalho@sapo.example", "Europe/Lisbon"),
}
"""Each user's name, own address and zone (all write dates day first)."""


def context(user: str) -> Context:
    """The Context of one user living in their country."""
    return day_first_user(*USERS[user])


@dataclass(frozen=True, kw_only=True)
class Probe:
    """One composed message and a careful human's verdict on it."""

    slug: str
    user: str
    sender: str
    subject: str
    date: str
    body: str
    kind: Kind | None
    """The exact kind expected; None for a trap that must only not be an interview."""
    start: str | None = None
    """ISO start with offset, for interviews (a reschedule's NEW time)."""
    names: tuple[str, ...] = ()
    """Interviewers a reader finds in the message (a subset of what must be listed)."""
    headers: tuple[tuple[str, str], ...] = ()


def _t(text: str) -> str:
    """A message body written indented in this file, as the mail carries it."""
    return dedent(text).lstrip("\n")


# --- Italian (user in Rome) -------------------------------------------------------------

ITALIAN: list[Probe] = [
    Probe(
        slug="it-inhouse-dottssa-ing",
        user="rome",
        sender="Francesca Romano <francesca.romano@lumenia.example>",
        subject="Invito a colloquio - Data Analyst",
        date="Mon, 02 Mar 2026 10:05:00 +0100",
        body=_t("""
            Gentile Dott.ssa Ferrari,

            La ringraziamo per l'interesse dimostrato verso Lumenia S.p.A. e siamo lieti di
            invitarLa a un colloquio conoscitivo per la posizione di Data Analyst.

            Il colloquio si terrà mercoledì 11 marzo alle ore 10:30 presso la nostra sede di
            Via Larga 12, Milano. Incontrerà la Dott.ssa Chiara Bianchi (HR Business Partner)
            e l'Ing. Marco Galli (Responsabile Data Platform).

            La preghiamo di confermare la Sua presenza rispondendo a questa e-mail.

            Cordiali saluti,
            Francesca Romano
            Talent Acquisition Specialist
            Lumenia S.p.A.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-11T10:30:00+01:00",
        names=("Chiara Bianchi", "Marco Galli"),
    ),
    Probe(
        slug="it-numeric-date-dotted-time",
        user="rome",
        sender="Ufficio Selezione <selezione@ferrovie-alpine.example>",
        subject="Conferma colloquio - Rif. 2026/014 Project Engineer",
        date="Tue, 03 Mar 2026 14:40:00 +0100",
        body=_t("""
            Buongiorno Giulia,

            a seguito della Sua candidatura per il ruolo di Project Engineer (Rif. 2026/014),
            Le confermiamo il colloquio in data 10/03/2026 ore 14.30, in videochiamata su
            Microsoft Teams (il link Le arriverà il giorno prima).

            Al colloquio parteciperanno Roberto Marini, Direttore Tecnico, e Silvia De Luca
            dell'Ufficio Personale.

            Distinti saluti
            Ufficio Selezione del Personale
            Ferrovie Alpine S.r.l.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T14:30:00+01:00",
        names=("Roberto Marini", "Silvia De Luca"),
    ),
    Probe(
        slug="it-agency-domani-alle-15",
        user="rome",
        sender="Matteo Fontana <m.fontana@talentiaselezione.example>",
        subject="Conferma colloquio domani con il cliente",
        date="Tue, 03 Mar 2026 17:20:00 +0100",
        body=_t("""
            Ciao Giulia,

            come anticipato al telefono, ti confermo il colloquio con il nostro cliente
            (azienda del settore logistico con sede a Bergamo) per la posizione di Supply
            Chain Analyst: domani alle 15 in video, ti mando il link Zoom in mattinata.

            Incontrerai Luca Marchetti, Responsabile Pianificazione, insieme alla HR Manager
            Paola Rinaldi.

            In bocca al lupo e fammi sapere com'è andata!
            Matteo Fontana
            Senior Consultant | Talentia Selezione
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-04T15:00:00+01:00",
        names=("Luca Marchetti", "Paola Rinaldi"),
    ),
    Probe(
        slug="it-google-calendar-text",
        user="rome",
        sender="Marco Rossi <marco.rossi@nuvolaverde.example>",
        subject=(
            "Invito: Colloquio tecnico - Backend Developer (Giulia Ferrari) @ gio 12 mar 2026 "
            "09:30 - 10:30 (CET) (giulia.ferrari@libero.example)"
        ),
        date="Wed, 04 Mar 2026 13:12:44 +0000",
        body=_t("""
            Colloquio tecnico - Backend Developer (Giulia Ferrari)
            Giovedì 12 marzo 2026 ⋅ 09:30 – 10:30
            Ora dell'Europa centrale - Roma

            Partecipa con Google Meet
            meet.google.com/xqe-pobd-rtw

            Invitati
            Marco Rossi - organizzatore
            Alessia Greco
            giulia.ferrari@libero.example

            Visualizza tutte le informazioni sull'invitato

            Rispondi per giulia.ferrari@libero.example
            Sì   No   Forse   Altre opzioni

            Invito da Google Calendar

            Ricevi questa email perché sei un invitato all'evento. Per non ricevere più
            aggiornamenti su questo evento, rifiuta l'evento.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T09:30:00+01:00",
        names=("Alessia Greco",),
    ),
    Probe(
        slug="it-outlook-quando-writer-too",
        user="rome",
        sender="Andrea Colombo <andrea.colombo@banca-lariana.example>",
        subject="Colloquio Giulia Ferrari - Risk Analyst",
        date="Wed, 04 Mar 2026 11:02:00 +0100",
        body=_t("""
            Quando: venerdì 13 marzo 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
            Dove: Riunione di Microsoft Teams

            *~*~*~*~*~*~*~*~*~*

            Buongiorno Giulia,

            come concordato, Le invio l'invito per il colloquio con il dott. Giorgio Villa
            (Head of Risk Management) e con me.

            Cordiali saluti
            Andrea Colombo
            HR Specialist - Banca Lariana

            ________________________________________________________________________________
            Riunione di Microsoft Teams
            Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della stanza
            Fai clic qui per partecipare alla riunione
            ID riunione: 371 992 104 55
            Passcode: Xb7QpL
            ________________________________________________________________________________
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-13T11:00:00+01:00",
        names=("Giorgio Villa", "Andrea Colombo"),
    ),
    Probe(
        slug="it-comune-convocazione-commissione",
        user="rome",
        sender="Comune di Roccalba - Servizio Personale <personale@comune-roccalba.example>",
        subject="Convocazione al colloquio - Selezione pubblica Istruttore Informatico cat. C",
        date="Mon, 02 Mar 2026 12:30:00 +0100",
        body=_t("""
            Gentile candidata,

            con la presente si comunica che la S.V. è ammessa al colloquio della selezione
            pubblica per titoli e colloquio per n. 1 posto di Istruttore Informatico (cat. C)
            ed è convocata per il giorno 16/03/2026 alle ore 9:00 presso la Sala Consiliare
            del Comune, Piazza Garibaldi 1.

            La commissione esaminatrice è così composta:
            - Presidente: Dott. Alberto Ferri
            - Componente: Dott.ssa Elena Conti
            - Componente: Ing. Roberto Sala

            La candidata dovrà presentarsi munita di documento di riconoscimento in corso di
            validità. La mancata presentazione sarà considerata rinuncia alla selezione.

            Il Responsabile del Servizio Personale
            Dott.ssa Laura Pellegrini
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T09:00:00+01:00",
        names=("Alberto Ferri", "Elena Conti", "Roberto Sala"),
    ),
    Probe(
        slug="it-ats-colloquio-programmato",
        user="rome",
        sender="Nexora Careers <no-reply@careers.nexora.example>",
        subject="Il tuo colloquio è stato programmato",
        date="Mon, 02 Mar 2026 08:47:00 +0100",
        body=_t("""
            Ciao Giulia,

            il tuo colloquio per la posizione di UX Designer presso Nexora è stato
            programmato.

            Data: martedì 10 marzo 2026
            Ora: 16:00 - 16:45 (CET)
            Modalità: videocolloquio (il link è nell'invito allegato)
            Intervistatori: Sara Colombo, Davide Ricci

            Se hai bisogno di modificare l'appuntamento, usa il link qui sotto almeno 24 ore
            prima del colloquio.
            https://careers.nexora.example/candidati/colloqui/88213

            Il team Talent di Nexora
            Questa è un'email automatica, ti preghiamo di non rispondere.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T16:00:00+01:00",
        names=("Sara Colombo", "Davide Ricci"),
    ),
    Probe(
        slug="it-cto-io-e-la-collega",
        user="rome",
        sender="Stefano Lombardi <stefano@pixelfarm.example>",
        subject="Re: Candidatura Frontend Developer",
        date="Wed, 04 Mar 2026 19:15:00 +0100",
        body=_t("""
            Ciao Giulia,

            grazie per la disponibilità! Allora ci vediamo lunedì 9 marzo alle 11 nel nostro
            ufficio di Bologna (Via del Pratello 40, secondo piano, citofono PixelFarm). Al
            colloquio ci saremo io e la mia collega Federica Moretti, che guida il team
            frontend.

            Se hai problemi a trovarci chiamami pure al 347 123 4567.

            A lunedì,
            Stefano Lombardi
            CTO, PixelFarm
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-09T11:00:00+01:00",
        names=("Stefano Lombardi", "Federica Moretti"),
    ),
    Probe(
        slug="it-martedi-prossimo-alle-17",
        user="rome",
        sender="Elisa Barbieri <elisa.barbieri@orologeria-digitale.example>",
        subject="Secondo colloquio",
        date="Wed, 04 Mar 2026 16:30:00 +0100",
        body=_t("""
            Buonasera Giulia,

            grazie ancora per la chiacchierata di ieri. Siamo felici di proseguire con un
            secondo colloquio: ti aspettiamo martedì prossimo alle 17 nella nostra sede di
            Firenze per un incontro con il nostro Amministratore Delegato, Massimo Testa.

            A presto,
            Elisa Barbieri
            People & Culture - Orologeria Digitale
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T17:00:00+01:00",
        names=("Massimo Testa",),
    ),
    Probe(
        slug="it-il-19-marzo-condotto-da-ing",
        user="rome",
        sender="Risorse Umane Arcadia <recruiting@arcadia-energia.example>",
        subject="Colloquio per la posizione di Energy Analyst",
        date="Thu, 05 Mar 2026 09:00:00 +0100",
        body=_t("""
            Gentile Giulia Ferrari,

            siamo lieti di confermarLe il colloquio il 19 marzo alle 14:00 presso la nostra
            sede di Roma, Viale Europa 190. Il colloquio sarà condotto dall'Ing. Tommaso
            Leone, Responsabile Analisi di Mercato.

            Si prega di portare con sé un documento d'identità.

            Cordiali saluti
            Ufficio Risorse Umane - Arcadia Energia
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-19T14:00:00+01:00",
        names=("Tommaso Leone",),
    ),
    Probe(
        slug="it-teams-giovedi-ore-18",
        user="rome",
        sender="Irene Caruso <irene.caruso@vela-software.example>",
        subject="Colloquio conoscitivo - giovedì ore 18",
        date="Tue, 03 Mar 2026 12:10:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti confermo il colloquio conoscitivo per la posizione di QA Engineer giovedì 5
            marzo, ore 18, su Microsoft Teams (link in calce). Parlerai con me e con Nicola
            Fabbri, il nostro QA Lead. Durata prevista: 45 minuti circa.

            Un saluto,
            Irene Caruso
            Talent Acquisition, Vela Software

            Partecipa alla riunione: https://teams.example/l/meetup-join/19%3ameeting_vela
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-05T18:00:00+01:00",
        names=("Irene Caruso", "Nicola Fabbri"),
    ),
    Probe(
        slug="it-headhunter-telefonico",
        user="rome",
        sender="Gabriele Mancini <gabriele.mancini@hunter-partners.example>",
        subject="Colloquio telefonico - posizione Controller",
        date="Mon, 02 Mar 2026 18:05:00 +0100",
        body=_t("""
            Buonasera Dott.ssa Ferrari,

            come da accordi Le confermo il primo colloquio telefonico per la posizione di
            Controller presso un nostro cliente multinazionale: venerdì 6 marzo alle 9.45.
            La chiamerò io al numero che ci ha indicato.

            Cordialmente,
            Gabriele Mancini
            Partner - Hunter & Partners Executive Search
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-06T09:45:00+01:00",
        names=("Gabriele Mancini",),
    ),
    Probe(
        slug="it-names-then-verb",
        user="rome",
        sender="Chiara Ferraro <c.ferraro@alpiflow.example>",
        subject="Invito a colloquio presso AlpiFlow - Torino",
        date="Thu, 05 Mar 2026 10:20:00 +0100",
        body=_t("""
            Buongiorno Giulia,

            Giorgio Esposito e Valentina Gallo ti aspettano mercoledì 18 marzo alle 10:00
            nella nostra sede di Torino (Corso Vittorio Emanuele II 84) per un colloquio per
            la posizione di Process Engineer. Giorgio è il responsabile di stabilimento,
            Valentina si occupa della selezione.

            Ti chiedo gentilmente di confermare la tua presenza.

            Grazie e a presto,
            Chiara Ferraro
            Assistente di Direzione
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-18T10:00:00+01:00",
        names=("Giorgio Esposito", "Valentina Gallo"),
    ),
    Probe(
        slug="it-ora-di-londra",
        user="rome",
        sender="Martina Greco <martina.greco@thamesbridge.example>",
        subject="Colloquio con Thamesbridge Capital - Analyst (Milano)",
        date="Tue, 03 Mar 2026 09:40:00 +0000",
        body=_t("""
            Ciao Giulia,

            ti scrivo dal team recruiting di Londra. Ti confermo il colloquio video per la
            posizione di Analyst del nostro ufficio di Milano mercoledì 11 marzo alle 10:00
            ora di Londra (le 11:00 ora italiana). Parlerai con Oliver Bennett e Francesco
            Serra, entrambi Director nel team Credit.

            Il link Zoom arriverà a breve.

            Buona giornata,
            Martina Greco
            Recruiting - Thamesbridge Capital, London
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-11T11:00:00+01:00",
        names=("Oliver Bennett", "Francesco Serra"),
    ),
    Probe(
        slug="it-aprile-ora-legale",
        user="rome",
        sender="Davide Costa <davide.costa@marelli-robotica.example>",
        subject="Colloquio finale - Robotics Engineer",
        date="Wed, 01 Apr 2026 15:00:00 +0200",
        body=_t("""
            Gentile Giulia,

            a seguito dei colloqui tecnici, siamo lieti di invitarti al colloquio finale con
            il nostro Direttore Generale, l'Ing. Fabio Marino, martedì 7 aprile 2026 alle
            ore 10:00 presso la sede di Modena, Via Emilia Est 1020.

            Cordiali saluti,
            Davide Costa
            HR Manager, Marelli Robotica
            """),
        kind=Kind.INTERVIEW,
        start="2026-04-07T10:00:00+02:00",
        names=("Fabio Marino",),
    ),
    # Cancellations.
    Probe(
        slug="it-cancel-impedimento",
        user="rome",
        sender="Francesca Romano <francesca.romano@lumenia.example>",
        subject="Annullamento colloquio dell'11 marzo",
        date="Mon, 09 Mar 2026 08:50:00 +0100",
        body=_t("""
            Gentile Dott.ssa Ferrari,

            purtroppo siamo costretti ad annullare il colloquio previsto per mercoledì 11
            marzo alle ore 10:30, a causa di un impedimento improvviso della Dott.ssa
            Bianchi. La ricontatteremo al più presto per fissare una nuova data.

            Ci scusiamo per il disagio.

            Cordiali saluti,
            Francesca Romano
            Talent Acquisition Specialist - Lumenia S.p.A.
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="it-cancel-ricerca-sospesa",
        user="rome",
        sender="Irene Caruso <irene.caruso@vela-software.example>",
        subject="Colloquio di giovedì - annullato",
        date="Wed, 04 Mar 2026 09:30:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti scrivo per comunicarti che il colloquio di giovedì 5 marzo alle 18 è annullato:
            la ricerca per la posizione di QA Engineer è stata sospesa per una
            riorganizzazione interna. Mi dispiace molto per il poco preavviso; se la
            posizione verrà riaperta ti ricontatterò io.

            Un saluto,
            Irene Caruso
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="it-cancel-ats-cancellato",
        user="rome",
        sender="Nexora Careers <no-reply@careers.nexora.example>",
        subject="Colloquio cancellato: UX Designer",
        date="Fri, 06 Mar 2026 16:02:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti informiamo che il colloquio previsto per martedì 10 marzo 2026 alle 16:00 per
            la posizione di UX Designer è stato cancellato. Sara Colombo ti contatterà a
            breve per concordare un nuovo appuntamento.

            Il team Talent di Nexora
            Questa è un'email automatica, ti preghiamo di non rispondere.
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    # Reschedules: an interview at the new time.
    Probe(
        slug="it-resched-spostato-a-lunedi",
        user="rome",
        sender="Andrea Colombo <andrea.colombo@banca-lariana.example>",
        subject="R: Colloquio Giulia Ferrari - Risk Analyst - nuovo orario",
        date="Tue, 10 Mar 2026 10:15:00 +0100",
        body=_t("""
            Buongiorno Giulia,

            per un sopraggiunto impegno del dott. Villa, il colloquio di venerdì 13 marzo è
            stato spostato a lunedì 16 marzo alle 15:30, sempre su Teams. Le invio a breve
            l'invito aggiornato.

            Mi scuso per il cambio di programma.

            Andrea Colombo
            HR Specialist - Banca Lariana
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T15:30:00+01:00",
    ),
    Probe(
        slug="it-resched-nuovo-orario-anziche",
        user="rome",
        sender="Laura Bassi <laura.bassi@tortona-design.example>",
        subject="Nuovo orario del tuo colloquio",
        date="Mon, 09 Mar 2026 11:45:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti confermo il nuovo orario del tuo colloquio: giovedì 12 marzo alle 9:00,
            anziché mercoledì 11 marzo alle 14:00 come inizialmente previsto. Resta tutto
            invariato: sede di Via Tortona 27, incontrerai Pietro Gatti.

            Grazie per la flessibilità!
            Laura Bassi
            Office & HR - Tortona Design
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T09:00:00+01:00",
    ),
    Probe(
        slug="it-resched-posticipato-dalle-alle",
        user="rome",
        sender="Elisa Barbieri <elisa.barbieri@orologeria-digitale.example>",
        subject="Colloquio di domani: cambio orario",
        date="Mon, 09 Mar 2026 17:50:00 +0100",
        body=_t("""
            Buonasera Giulia,

            ti avviso che il colloquio di domani con Massimo Testa è stato posticipato dalle
            17:00 alle 18:30, per un suo impegno che si è allungato. Il luogo resta lo
            stesso.

            Scusa per il disagio e a domani,
            Elisa Barbieri
            People & Culture - Orologeria Digitale
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T18:30:00+01:00",
    ),
    # Scheduling requests: nothing fixed.
    Probe(
        slug="it-sched-indichi-disponibilita",
        user="rome",
        sender="Serena Fiore <serena.fiore@officine-lumen.example>",
        subject="Candidatura Product Manager - disponibilità per un colloquio",
        date="Mon, 02 Mar 2026 09:30:00 +0100",
        body=_t("""
            Gentile Giulia,

            abbiamo letto con interesse il Suo curriculum e vorremmo invitarLa a un primo
            colloquio conoscitivo. Potrebbe indicarci la Sua disponibilità per la prossima
            settimana, preferibilmente di mattina?

            Resto in attesa di un Suo riscontro.

            Cordiali saluti,
            Serena Fiore
            HR Officer - Officine Lumen
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="it-sched-tre-orari",
        user="rome",
        sender="Pietro Gatti <pietro.gatti@tortona-design.example>",
        subject="Colloquio - quale orario preferisci?",
        date="Thu, 05 Mar 2026 15:20:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti propongo tre possibili orari per il colloquio:
            - martedì 10 marzo alle 10:00
            - mercoledì 11 marzo alle 15:00
            - giovedì 12 marzo alle 11:30

            Fammi sapere quale preferisci e ti mando subito l'invito.

            Pietro
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="it-sched-prenota-slot",
        user="rome",
        sender="Recruiting Solvia <noreply@jobs.solvia.example>",
        subject="Prenota il tuo colloquio con Solvia",
        date="Tue, 03 Mar 2026 07:58:00 +0100",
        body=_t("""
            Ciao Giulia,

            complimenti, la tua candidatura per la posizione di Customer Success Specialist
            è passata alla fase successiva! Ti chiediamo di prenotare il tuo colloquio
            scegliendo uno degli slot disponibili nei prossimi giorni:

            https://jobs.solvia.example/prenota/4f9a21

            Il link resterà attivo per 5 giorni.

            Il team Recruiting di Solvia
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    # Outcomes.
    Probe(
        slug="it-rejection-altri-candidati",
        user="rome",
        sender="Francesca Romano <francesca.romano@lumenia.example>",
        subject="Esito colloquio - Data Analyst",
        date="Mon, 23 Mar 2026 14:10:00 +0100",
        body=_t("""
            Gentile Dott.ssa Ferrari,

            La ringraziamo per il tempo dedicatoci durante il colloquio. Dopo un'attenta
            valutazione, abbiamo deciso di proseguire con altri candidati il cui profilo è
            più in linea con le esigenze attuali della posizione.

            Le auguriamo il meglio per il Suo percorso professionale.

            Cordiali saluti,
            Francesca Romano
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="it-rejection-non-selezionata",
        user="rome",
        sender="Careers Ferrovie Alpine <careers@ferrovie-alpine.example>",
        subject="Aggiornamento sulla tua candidatura",
        date="Fri, 20 Mar 2026 10:00:00 +0100",
        body=_t("""
            Gentile Giulia,

            La informiamo che la Sua candidatura per la posizione di Project Engineer non è
            stata selezionata per le fasi successive del processo di selezione.

            Conserveremo il Suo curriculum nel nostro database per eventuali future
            opportunità.

            Ufficio Selezione del Personale
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="it-offer-lettera-ral",
        user="rome",
        sender="Stefano Lombardi <stefano@pixelfarm.example>",
        subject="Proposta per te!",
        date="Mon, 16 Mar 2026 18:30:00 +0100",
        body=_t("""
            Ciao Giulia,

            dopo i colloqui della settimana scorsa siamo davvero contenti di offrirti la
            posizione di Frontend Developer in PixelFarm! In allegato trovi la lettera di
            offerta con una RAL di 42.000 euro, contratto a tempo indeterminato e inizio
            previsto il 4 maggio.

            Facci sapere cosa ne pensi entro venerdì.

            Stefano
            """),
        kind=Kind.OFFER,
    ),
    Probe(
        slug="it-offer-proposta-di-assunzione",
        user="rome",
        sender="Direzione Risorse Umane <hr@arcadia-energia.example>",
        subject="Proposta di assunzione",
        date="Wed, 25 Mar 2026 11:20:00 +0100",
        body=_t("""
            Gentile Dott.ssa Ferrari,

            a seguito dell'esito positivo del percorso di selezione, siamo lieti di
            trasmetterLe la nostra proposta di assunzione a tempo indeterminato per il ruolo
            di Energy Analyst, livello 2 del CCNL Commercio.

            La preghiamo di restituirci copia firmata della proposta entro il 3 aprile.

            Cordiali saluti,
            Direzione Risorse Umane - Arcadia Energia
            """),
        kind=Kind.OFFER,
    ),
    # Automatic replies.
    Probe(
        slug="it-auto-fuori-ufficio",
        user="rome",
        sender="Serena Fiore <serena.fiore@officine-lumen.example>",
        subject="Risposta automatica: Re: Candidatura Product Manager",
        date="Tue, 03 Mar 2026 10:02:00 +0100",
        body=_t("""
            Buongiorno,

            sono fuori ufficio fino a lunedì 9 marzo con accesso limitato alla posta
            elettronica. Per urgenze può scrivere a selezione@officine-lumen.example.

            Cordiali saluti,
            Serena Fiore
            """),
        kind=Kind.AUTO_REPLY,
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Probe(
        slug="it-auto-assente-senza-intestazioni",
        user="rome",
        sender="Pietro Gatti <pietro.gatti@tortona-design.example>",
        subject="Fuori sede: Re: Colloquio - quale orario preferisci?",
        date="Fri, 06 Mar 2026 08:00:00 +0100",
        body=_t("""
            Grazie per il messaggio.

            Sarò assente dall'ufficio da venerdì 6 a martedì 10 marzo compresi e non avrò
            accesso alla posta. Risponderò al mio rientro. Per questioni urgenti contattare
            Laura Bassi (laura.bassi@tortona-design.example).

            Questo è un messaggio generato automaticamente.
            """),
        kind=Kind.AUTO_REPLY,
    ),
    # Bulk.
    Probe(
        slug="it-bulk-newsletter-domande-colloquio",
        user="rome",
        sender="CarrieraFacile <newsletter@carrierafacile.example>",
        subject="Le 5 domande che ti faranno al prossimo colloquio (e come rispondere)",
        date="Thu, 05 Mar 2026 07:00:00 +0100",
        body=_t("""
            Ciao Giulia,

            il colloquio di lavoro ti mette ansia? In questo numero della newsletter:
            - "Mi parli di lei": come presentarti in 2 minuti
            - La domanda sui punti deboli
            - Cosa chiedere al selezionatore alla fine del colloquio

            Vuoi allenarti dal vivo? Partecipa al nostro webinar gratuito giovedì 12 marzo
            alle 18:30 con la coach Roberta Villa.

            Non vuoi più ricevere queste email? Annulla l'iscrizione:
            https://carrierafacile.example/disiscriviti?u=8812
            """),
        kind=Kind.BULK,
        headers=(
            ("List-Unsubscribe", "<https://carrierafacile.example/disiscriviti?u=8812>"),
            ("Precedence", "bulk"),
        ),
    ),
    Probe(
        slug="it-bulk-job-alert",
        user="rome",
        sender="LavoroOggi Avvisi <avvisi@lavorooggi.example>",
        subject="12 nuove offerte per: Data Analyst - Milano",
        date="Sat, 07 Mar 2026 06:30:00 +0100",
        body=_t("""
            Nuove offerte di lavoro in linea con la tua ricerca "Data Analyst - Milano"

            Data Analyst Junior - Gruppo Nordico S.p.A. - Milano
            Colloqui a partire dalla prossima settimana. Candidati ora >

            Business Data Analyst - Fintech in forte crescita - Milano (ibrido)
            Candidati ora >

            Vedi tutte le 12 offerte >

            Ricevi questo avviso perché ti sei iscritta agli avvisi di LavoroOggi.
            Gestisci i tuoi avvisi o disiscriviti: https://lavorooggi.example/avvisi
            """),
        kind=Kind.BULK,
        headers=(("List-Unsubscribe", "<https://lavorooggi.example/avvisi/off?id=31>"),),
    ),
    # Traps: never an interview.
    Probe(
        slug="it-trap-dentista",
        user="rome",
        sender="Studio Dentistico Dott. Sartori <appuntamenti@studiosartori.example>",
        subject="Promemoria appuntamento",
        date="Mon, 09 Mar 2026 09:00:00 +0100",
        body=_t("""
            Gentile Giulia Ferrari,

            Le ricordiamo l'appuntamento per la seduta di igiene dentale con il Dott. Bruno
            Sartori giovedì 12 marzo alle ore 15:30 presso lo studio di Via Mazzini 8.

            In caso di impossibilità La preghiamo di avvisarci con almeno 24 ore di anticipo.

            Studio Dentistico Dott. Sartori
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-visita-cup",
        user="rome",
        sender="CUP Regionale <noreply@cup-regione.example>",
        subject="Conferma prenotazione visita specialistica",
        date="Tue, 03 Mar 2026 12:00:00 +0100",
        body=_t("""
            Gentile assistita,

            confermiamo la prenotazione della seguente prestazione:
            Visita dermatologica - Dott.ssa Carla Neri
            Data: 17/03/2026 ore 08:40
            Sede: Poliambulatorio Roma Est, Via Prenestina 310, piano 2

            Presentarsi 15 minuti prima con la tessera sanitaria e l'impegnativa.
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-banca-consulente",
        user="rome",
        sender="Banca del Tevere <filiale.roma4@bancadeltevere.example>",
        subject="Conferma appuntamento con il Suo consulente",
        date="Wed, 04 Mar 2026 16:40:00 +0100",
        body=_t("""
            Gentile Cliente,

            Le confermiamo l'appuntamento in filiale con il Suo consulente Dott. Riccardo
            Neri martedì 10 marzo alle ore 11:00 per la consulenza sul mutuo prima casa.

            Filiale Roma 4 - Via Nomentana 221
            Banca del Tevere
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-tagliando-officina",
        user="rome",
        sender="Autofficina Moretti <info@autofficinamoretti.example>",
        subject="Tagliando confermato",
        date="Thu, 05 Mar 2026 18:00:00 +0100",
        body=_t("""
            Buonasera,

            Le confermiamo il tagliando della Sua Fiat Panda (targa GF 123 ZX) per lunedì 9
            marzo alle 8:30. Il ritiro dell'auto sarà possibile dalle 17:00.

            Autofficina Moretti
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-rogito-notaio",
        user="rome",
        sender="Studio Notarile Avv. Leoni <segreteria@notaioleoni.example>",
        subject="Appuntamento per il rogito",
        date="Fri, 06 Mar 2026 10:30:00 +0100",
        body=_t("""
            Gentile Sig.ra Ferrari,

            Le confermiamo l'appuntamento per la stipula dell'atto di compravendita (rogito)
            venerdì 20 marzo alle ore 17:00 presso lo studio del Notaio Paolo Leoni, Via
            Cola di Rienzo 15.

            La preghiamo di portare un documento d'identità e il codice fiscale.

            La segreteria
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-giornalista-intervista",
        user="rome",
        sender="Marta Esposito <m.esposito@ilgazzettinoromano.example>",
        subject="Richiesta intervista per Il Gazzettino Romano",
        date="Mon, 02 Mar 2026 13:20:00 +0100",
        body=_t("""
            Buongiorno Giulia,

            sono una giornalista del Gazzettino Romano: stiamo preparando un articolo sulle
            app di quartiere e il suo progetto ci ha colpito molto. Sarebbe disponibile per
            una breve intervista telefonica giovedì 5 marzo alle 11? Bastano 20 minuti.

            Grazie e buon lavoro,
            Marta Esposito
            Redazione Cronaca - Il Gazzettino Romano
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-colloquio-genitori",
        user="rome",
        sender="IC Montessori - Registro elettronico <noreply@registro-scuola.example>",
        subject="Prenotazione colloquio confermata",
        date="Mon, 09 Mar 2026 20:10:00 +0100",
        body=_t("""
            Gentile genitore,

            la prenotazione del colloquio con la Prof.ssa Marta Riva (Matematica) per
            l'alunno Ferrari Tommaso, classe 2B, è confermata:

            Mercoledì 11 marzo 2026, ore 16:20 - 16:30, in presenza (aula 12).

            Istituto Comprensivo Montessori
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-webinar-colloquio-in-inglese",
        user="rome",
        sender="Academy Talenti <eventi@academytalenti.example>",
        subject="Iscrizione confermata: webinar 'Il colloquio di lavoro in inglese'",
        date="Wed, 04 Mar 2026 12:00:00 +0100",
        body=_t("""
            Ciao Giulia,

            la tua iscrizione al webinar "Il colloquio di lavoro in inglese: le frasi che
            fanno la differenza" è confermata.

            Quando: martedì 10 marzo 2026, 18:00 - 19:00
            Relatrice: Anna Marini, career coach
            Link di accesso: https://academytalenti.example/live/colloquio-inglese

            A presto!
            Il team di Academy Talenti
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-riunione-di-team",
        user="rome",
        sender="Luca De Santis <luca.desantis@studioarchimede.example>",
        subject="Riunione di team giovedì",
        date="Tue, 03 Mar 2026 11:00:00 +0100",
        body=_t("""
            Ciao a tutti,

            vi ricordo la riunione di team di giovedì 5 marzo alle 14:30 in sala Verdi.
            Ordine del giorno: sprint review, ferie di aprile, nuovo cliente Bertoni.

            Luca
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-amica-com-e-andato",
        user="rome",
        sender="Valeria <valeria.conti88@gmail.example>",
        subject="allora??",
        date="Thu, 12 Mar 2026 21:05:00 +0100",
        body=_t("""
            Giuliaaa,

            com'è andato il colloquio di stamattina con quelli di Nuvolaverde? Ti hanno
            fatto tante domande tecniche? Raccontami tutto sabato, ci vediamo alle 20 da
            Gino per la pizza?

            Baci
            Vale
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="it-trap-candidatura-ricevuta",
        user="rome",
        sender="Lumenia Careers <careers@lumenia.example>",
        subject="Abbiamo ricevuto la tua candidatura",
        date="Sun, 22 Feb 2026 22:14:00 +0100",
        body=_t("""
            Ciao Giulia,

            grazie per esserti candidata alla posizione di Data Analyst presso Lumenia.
            Abbiamo ricevuto la tua candidatura: il nostro team la valuterà con attenzione e,
            se il tuo profilo sarà in linea con quanto cerchiamo, ti contatteremo per un
            colloquio.

            Il team Talent Acquisition di Lumenia
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="it-trap-grazie-per-il-colloquio",
        user="rome",
        sender="Marco Rossi <marco.rossi@nuvolaverde.example>",
        subject="Grazie per il colloquio",
        date="Thu, 12 Mar 2026 17:40:00 +0100",
        body=_t("""
            Ciao Giulia,

            grazie per il tempo che ci hai dedicato stamattina durante il colloquio tecnico,
            è stato un piacere conoscerti. Stiamo completando gli incontri con gli altri
            candidati e ti faremo sapere l'esito entro la fine della prossima settimana.

            Un saluto,
            Marco Rossi
            Engineering Manager - Nuvolaverde
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="it-trap-lei-conduce-il-colloquio",
        user="rome",
        sender="Davide Sorrentino <davide.sorrentino@studioarchimede.example>",
        subject="Colloquio candidato stagista - lo conduci tu",
        date="Mon, 09 Mar 2026 09:25:00 +0100",
        body=_t("""
            Ciao Giulia,

            ti ho fissato in agenda il colloquio con il candidato Luca Neri per lo stage in
            progettazione: giovedì 12 marzo alle 14:00 in sala Verdi. Lo conduci tu, io mi
            collego per l'ultima mezz'ora. In allegato trovi il suo CV e la griglia di
            valutazione da compilare alla fine.

            Grazie!
            Davide
            Responsabile Risorse Umane - Studio Archimede
            """),
        kind=None,
    ),
    Probe(
        slug="it-trap-agenzia-entrate-colloquio",
        user="rome",
        sender="Agenzia delle Entrate - Ufficio Territoriale <ut.roma2@agenziaentrate.example>",
        subject="Invito al contraddittorio - dichiarazione dei redditi 2023",
        date="Tue, 03 Mar 2026 10:10:00 +0100",
        body=_t("""
            Gentile contribuente,

            ai sensi della normativa vigente, La invitiamo a presentarsi presso l'Ufficio
            Territoriale di Roma 2, Via Ippolito Nievo 36, il giorno 18/03/2026 alle ore
            10:00 per un colloquio con il funzionario incaricato in merito alle spese
            detratte nella dichiarazione dei redditi 2023.

            Potrà farsi assistere da un professionista munito di delega.

            Il Capo Ufficio
            """),
        kind=None,
    ),
]

# --- Dutch (users in Amsterdam and, for Flemish mail, Brussels) ---------------------------

DUTCH: list[Probe] = [
    Probe(
        slug="nl-inhouse-dhr-mevr",
        user="amsterdam",
        sender="Iris Vermeer <iris.vermeer@dijkstra-logistiek.example>",
        subject="Uitnodiging sollicitatiegesprek Data Analist",
        date="Mon, 02 Mar 2026 10:12:00 +0100",
        body=_t("""
            Beste mevrouw De Vries,

            Hartelijk dank voor uw sollicitatie naar de functie van Data Analist. Wij nodigen
            u graag uit voor een eerste gesprek op woensdag 11 maart om 10.30 uur op ons
            kantoor aan de Westerkade 14 in Rotterdam.

            U spreekt met dhr. Pieter van den Berg (teamleider Data) en mevr. Anouk Visser
            (HR-adviseur).

            Wilt u de afspraak per mail bevestigen?

            Met vriendelijke groet,
            Iris Vermeer
            Recruiter | Dijkstra Logistiek B.V.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-11T10:30:00+01:00",
        names=("Pieter van den Berg", "Anouk Visser"),
    ),
    Probe(
        slug="nl-agency-morgen-om-14",
        user="amsterdam",
        sender="Kevin Wijnands <kevin.wijnands@talentwerk-detachering.example>",
        subject="Bevestiging gesprek morgen bij de opdrachtgever",
        date="Tue, 03 Mar 2026 16:05:00 +0100",
        body=_t("""
            Hoi Sanne,

            Zoals telefonisch besproken: je gesprek bij onze opdrachtgever (een
            energiebedrijf in Arnhem) voor de rol van BI-specialist staat vast voor morgen
            om 14:00 uur. Je spreekt met Mark de Jong, IT-manager, en Yvonne Peters van HR.

            Meld je bij de receptie, Utrechtseweg 120. Succes!

            Groet,
            Kevin Wijnands
            Consultant | Talentwerk Detachering
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-04T14:00:00+01:00",
        names=("Mark de Jong", "Yvonne Peters"),
    ),
    Probe(
        slug="nl-numeric-date-gevoerd-door",
        user="amsterdam",
        sender="HR Zorggroep Amstelland <werkenbij@zorggroep-amstelland.example>",
        subject="Uitnodiging gesprek - vacature Beleidsadviseur (ref. ZA-0312)",
        date="Wed, 04 Mar 2026 09:05:00 +0100",
        body=_t("""
            Beste Sanne de Vries,

            Naar aanleiding van je sollicitatie nodigen wij je uit voor een gesprek op
            12-03-2026 om 15:00 uur, locatie Amstelveenseweg 600, Amsterdam (gebouw B, 3e
            verdieping).

            Het gesprek wordt gevoerd door Femke Jansen (manager Beleid) en Ruud Koster
            (bestuurssecretaris).

            Met vriendelijke groet,
            Afdeling HR
            Zorggroep Amstelland
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T15:00:00+01:00",
        names=("Femke Jansen", "Ruud Koster"),
    ),
    Probe(
        slug="nl-ats-gesprek-ingepland",
        user="amsterdam",
        sender="Fietsfabriek Careers <no-reply@fietsfabriek.recruiting.example>",
        subject="Je gesprek is ingepland: Frontend Developer",
        date="Mon, 02 Mar 2026 08:20:00 +0100",
        body=_t("""
            Hoi Sanne,

            Goed nieuws: je gesprek voor de vacature Frontend Developer bij De Fietsfabriek
            is ingepland.

            Datum: dinsdag 10 maart 2026
            Tijd: 09:30 - 10:30 (CET)
            Locatie: online via Google Meet (link volgt in de agenda-uitnodiging)
            Interviewers: Daan Bos, Eva Kok

            Lukt het toch niet? Verzet je afspraak via je kandidatenportaal.

            Team Recruitment De Fietsfabriek
            Dit bericht is automatisch verstuurd, je kunt er niet op antwoorden.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T09:30:00+01:00",
        names=("Daan Bos", "Eva Kok"),
    ),
    Probe(
        slug="nl-google-agenda-text",
        user="amsterdam",
        sender="Thijs Dekker <thijs.dekker@polderpay.example>",
        subject=(
            "Uitnodiging: Sollicitatiegesprek Product Owner (Sanne de Vries) @ do 12 mrt 2026 "
            "13:00 - 14:00 (CET) (sanne.devries@ziggo.example)"
        ),
        date="Thu, 05 Mar 2026 14:31:07 +0000",
        body=_t("""
            Sollicitatiegesprek Product Owner (Sanne de Vries)
            Donderdag 12 maart 2026 ⋅ 13:00 – 14:00
            Midden-Europese standaardtijd - Amsterdam

            Deelnemen met Google Meet
            meet.google.com/ktr-wqzn-aho

            Gasten
            Thijs Dekker - organisator
            Noor Willems
            sanne.devries@ziggo.example

            Alle gastgegevens bekijken

            Antwoorden voor sanne.devries@ziggo.example
            Ja   Nee   Misschien   Meer opties

            Uitnodiging van Google Agenda

            Je ontvangt deze e-mail omdat je bent uitgenodigd voor dit evenement.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T13:00:00+01:00",
        names=("Noor Willems",),
    ),
    Probe(
        slug="nl-outlook-wanneer-cfo",
        user="amsterdam",
        sender="Marloes Kuipers <marloes.kuipers@hanzebouw.example>",
        subject="Tweede gesprek Controller - Sanne de Vries",
        date="Thu, 05 Mar 2026 11:40:00 +0100",
        body=_t("""
            Wanneer: vrijdag 13 maart 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            Waar: Microsoft Teams-vergadering

            *~*~*~*~*~*~*~*~*~*

            Beste Sanne,

            Hierbij de uitnodiging voor het tweede gesprek met onze CFO, Hans Vermeulen.
            Ik sluit zelf ook aan.

            Met vriendelijke groet,
            Marloes Kuipers
            HR Business Partner | Hanzebouw

            ________________________________________________________________________________
            Microsoft Teams-vergadering
            Deelnemen op uw computer, mobiele app of ruimteapparaat
            Klik hier om deel te nemen aan de vergadering
            Vergadering-id: 318 554 902 71
            Wachtwoordcode: fP3kQz
            ________________________________________________________________________________
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-13T14:00:00+01:00",
        names=("Hans Vermeulen", "Marloes Kuipers"),
    ),
    Probe(
        slug="nl-be-14u30-mevrouw-de-heer",
        user="brussels",
        sender="Sofie Claes <sofie.claes@vlaamse-waterwerken.example>",
        subject="Uitnodiging selectiegesprek - Projectingenieur",
        date="Tue, 03 Mar 2026 09:50:00 +0100",
        body=_t("""
            Beste Jens,

            Bedankt voor je kandidatuur voor de functie van projectingenieur. Graag nodigen
            we je uit voor een selectiegesprek op maandag 9 maart om 14u30 in ons kantoor
            in Mechelen (Battelsesteenweg 455).

            Je maakt er kennis met mevrouw Els Peeters (HR) en de heer Koen Janssens
            (diensthoofd Infrastructuur).

            Met vriendelijke groeten,
            Sofie Claes
            Talent Acquisition - Vlaamse Waterwerken
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-09T14:30:00+01:00",
        names=("Els Peeters", "Koen Janssens"),
    ),
    Probe(
        slug="nl-agency-range-van-tot",
        user="amsterdam",
        sender="Naomi Postma <naomi.postma@finance-people.example>",
        subject="Gesprek bij Kroonbank bevestigd",
        date="Wed, 11 Mar 2026 12:15:00 +0100",
        body=_t("""
            Hoi Sanne,

            Top, het gesprek bij Kroonbank is bevestigd! Maandag 16 maart van 11.00 tot 12.00
            uur, op hun kantoor aan de Zuidas (Gustav Mahlerlaan 300). Je spreekt met Lisa
            Meijer, hoofd Financial Control.

            Ik bel je na afloop even om te horen hoe het ging.

            Groetjes,
            Naomi Postma
            Finance People - werving & selectie
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T11:00:00+01:00",
        names=("Lisa Meijer",),
    ),
    Probe(
        slug="nl-gemeente-selectiecommissie",
        user="amsterdam",
        sender="Gemeente Oosterwaarde <werving@oosterwaarde.example>",
        subject="Uitnodiging sollicitatiegesprek - Adviseur Informatiebeheer",
        date="Mon, 09 Mar 2026 15:30:00 +0100",
        body=_t("""
            Geachte mevrouw De Vries,

            Naar aanleiding van uw sollicitatie naar de functie Adviseur Informatiebeheer
            nodigen wij u uit voor een sollicitatiegesprek op woensdag 18 maart 2026 om
            13.15 uur in het stadhuis, Marktplein 1 in Oosterwaarde. Meldt u zich bij de
            balie in de hal.

            De selectiecommissie bestaat uit:
            - mw. drs. Ingrid Hoekstra, afdelingshoofd Bedrijfsvoering
            - dhr. ing. Wouter Schouten, teamleider Informatievoorziening
            - mw. Fatima El Amrani, HR-adviseur

            Wij verzoeken u een geldig identiteitsbewijs mee te nemen.

            Met vriendelijke groet,
            namens het college van burgemeester en wethouders,
            team Personeel & Organisatie
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-18T13:15:00+01:00",
        names=("Ingrid Hoekstra", "Wouter Schouten", "Fatima El Amrani"),
    ),
    Probe(
        slug="nl-writer-ik-en-collega",
        user="amsterdam",
        sender="Lotte Smit <lotte@bitbrouwerij.example>",
        subject="Re: Sollicitatie Backend Developer",
        date="Mon, 02 Mar 2026 20:45:00 +0100",
        body=_t("""
            Hoi Sanne,

            Leuk dat je tijd hebt! Ik zie je graag donderdag 5 maart om 16:00 uur op ons
            kantoor in Utrecht (Oudegracht 210, bel bij BitBrouwerij). Bij het gesprek zijn
            ik en mijn collega Jeroen Bakker aanwezig; Jeroen is lead developer.

            Tot donderdag!
            Lotte Smit
            Head of Engineering | BitBrouwerij
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-05T16:00:00+01:00",
        names=("Lotte Smit", "Jeroen Bakker"),
    ),
    Probe(
        slug="nl-names-then-verb-half-drie",
        user="amsterdam",
        sender="Wendy Prins <wendy.prins@groenhuys.example>",
        subject="Uitnodiging kennismakingsgesprek",
        date="Tue, 03 Mar 2026 10:00:00 +0100",
        body=_t("""
            Beste Sanne,

            Sanne Mulder en Bram Hendriks voeren graag een kennismakingsgesprek met je op
            vrijdag 6 maart om half drie 's middags, bij ons op kantoor in Haarlem
            (Spaarne 41). Sanne is manager Marketing, Bram is onze marketingstrateeg.

            Laat je even weten of dit schikt?

            Hartelijke groet,
            Wendy Prins
            Office manager - Groenhuys
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-06T14:30:00+01:00",
        names=("Sanne Mulder", "Bram Hendriks"),
    ),
    Probe(
        slug="nl-volgende-week-dinsdag-11-uur",
        user="amsterdam",
        sender="Rik van Leeuwen <rik.vanleeuwen@deltadata.example>",
        subject="Vervolggesprek",
        date="Thu, 05 Mar 2026 17:10:00 +0100",
        body=_t("""
            Hoi Sanne,

            Bedankt voor het fijne eerste gesprek. We willen graag verder met je en nodigen
            je uit voor een vervolggesprek volgende week dinsdag om 11 uur, met onze
            directeur Martijn Koopman.

            Groet,
            Rik van Leeuwen
            Recruiter | DeltaData
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T11:00:00+01:00",
        names=("Martijn Koopman",),
    ),
    Probe(
        slug="nl-op-17-maart-zonder-weekdag",
        user="amsterdam",
        sender="Recruitment Noordzee Offshore <recruitment@noordzee-offshore.example>",
        subject="Uitnodiging voor een gesprek",
        date="Fri, 06 Mar 2026 09:35:00 +0100",
        body=_t("""
            Beste Sanne,

            Graag nodigen wij je uit voor een gesprek op 17 maart om 13.00 uur op ons
            kantoor in Den Helder. Je gesprekspartner is ir. Joost Willemsen, manager
            Operations.

            Neem een geldig legitimatiebewijs mee voor de toegang tot het terrein.

            Met vriendelijke groet,
            Recruitment Noordzee Offshore
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-17T13:00:00+01:00",
        names=("Joost Willemsen",),
    ),
    Probe(
        slug="nl-teams-nederlandse-tijd",
        user="amsterdam",
        sender="Chloé Martin <chloe.martin@lumencloud.example>",
        subject="Je online gesprek met LumenCloud",
        date="Mon, 16 Mar 2026 08:55:00 +0000",
        body=_t("""
            Hoi Sanne,

            Hierbij bevestig ik je online gesprek voor de functie Cloud Engineer op maandag
            23 maart, 10:00-11:00 uur (Nederlandse tijd), via Microsoft Teams. Je spreekt
            met Sophie Brouwer en Youssef Amrani van het platformteam.

            De Teams-link staat in de agenda-uitnodiging die je apart ontvangt.

            Groeten,
            Chloé Martin
            Talent Partner Benelux - LumenCloud
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-23T10:00:00+01:00",
        names=("Sophie Brouwer", "Youssef Amrani"),
    ),
    Probe(
        slug="nl-be-april-zomertijd-10u",
        user="brussels",
        sender="Ann Maes <ann.maes@brugse-bouwgroep.example>",
        subject="Uitnodiging tweede gesprek",
        date="Thu, 02 Apr 2026 11:20:00 +0200",
        body=_t("""
            Dag Jens,

            Na je eerste gesprek willen we je graag beter leren kennen. Je bent welkom voor
            een tweede gesprek op dinsdag 7 april om 10u op onze zetel in Brugge, met onze
            CEO mevr. An De Smet.

            Vriendelijke groeten,
            Ann Maes
            HR-verantwoordelijke - Brugse Bouwgroep
            """),
        kind=Kind.INTERVIEW,
        start="2026-04-07T10:00:00+02:00",
        names=("An De Smet",),
    ),
    # Cancellations.
    Probe(
        slug="nl-cancel-wegens-ziekte",
        user="amsterdam",
        sender="Iris Vermeer <iris.vermeer@dijkstra-logistiek.example>",
        subject="Gesprek woensdag 11 maart geannuleerd",
        date="Tue, 10 Mar 2026 08:30:00 +0100",
        body=_t("""
            Beste mevrouw De Vries,

            Helaas moeten wij het sollicitatiegesprek van woensdag 11 maart om 10.30 uur
            annuleren wegens ziekte van dhr. Van den Berg. Wij nemen zo snel mogelijk
            contact met u op om een nieuwe afspraak te maken.

            Excuses voor het ongemak.

            Met vriendelijke groet,
            Iris Vermeer
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="nl-be-cancel-gaat-niet-door",
        user="brussels",
        sender="Sofie Claes <sofie.claes@vlaamse-waterwerken.example>",
        subject="Selectiegesprek maandag gaat niet door",
        date="Fri, 06 Mar 2026 15:10:00 +0100",
        body=_t("""
            Beste Jens,

            Helaas moet ik je laten weten dat het selectiegesprek van maandag 9 maart om
            14u30 niet kan doorgaan: de heer Janssens is onverwacht in het buitenland. We
            contacteren je volgende week om een nieuwe datum te zoeken.

            Met vriendelijke groeten,
            Sofie Claes
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="nl-cancel-ats-geannuleerd",
        user="amsterdam",
        sender="PolderPay Recruitment <no-reply@polderpay.recruiting.example>",
        subject="Je gesprek is geannuleerd",
        date="Tue, 10 Mar 2026 17:45:00 +0100",
        body=_t("""
            Hoi Sanne,

            Je gesprek voor de vacature Product Owner op donderdag 12 maart 2026 om 13:00 is
            geannuleerd door Thijs Dekker. Je ontvangt binnenkort een bericht over de
            vervolgstappen.

            Team Recruitment PolderPay
            Dit is een automatisch bericht.
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    # Reschedules: an interview at the new time.
    Probe(
        slug="nl-resched-verplaatst-naar",
        user="amsterdam",
        sender="Marloes Kuipers <marloes.kuipers@hanzebouw.example>",
        subject="Gewijzigd: Tweede gesprek Controller",
        date="Tue, 10 Mar 2026 13:20:00 +0100",
        body=_t("""
            Beste Sanne,

            Vanwege een aandeelhoudersvergadering is het gesprek met Hans Vermeulen van
            vrijdag 13 maart verplaatst naar maandag 16 maart om 15.30 uur, opnieuw via
            Teams. Je ontvangt een aangepaste uitnodiging.

            Met vriendelijke groet,
            Marloes Kuipers
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T15:30:00+01:00",
    ),
    Probe(
        slug="nl-resched-nieuwe-tijd-in-plaats-van",
        user="amsterdam",
        sender="Femke Jansen <femke.jansen@zorggroep-amstelland.example>",
        subject="Nieuwe tijd voor je gesprek",
        date="Mon, 09 Mar 2026 10:40:00 +0100",
        body=_t("""
            Beste Sanne,

            Graag bevestig ik de nieuwe tijd voor je gesprek: vrijdag 13 maart om 9.00 uur,
            in plaats van donderdag 12 maart om 15.00 uur. De locatie blijft hetzelfde.

            Tot vrijdag,
            Femke Jansen
            Manager Beleid - Zorggroep Amstelland
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-13T09:00:00+01:00",
    ),
    Probe(
        slug="nl-resched-uur-later",
        user="amsterdam",
        sender="Lotte Smit <lotte@bitbrouwerij.example>",
        subject="Morgen een uur later",
        date="Wed, 04 Mar 2026 18:05:00 +0100",
        body=_t("""
            Hoi Sanne,

            Door een uitgelopen release schuift ons gesprek van morgen een uur op: we
            beginnen om 17:00 in plaats van 16:00. Verder blijft alles hetzelfde.

            Sorry voor de late wijziging!
            Lotte
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-05T17:00:00+01:00",
    ),
    # Scheduling requests: nothing fixed.
    Probe(
        slug="nl-sched-wanneer-beschikbaar",
        user="amsterdam",
        sender="Esther de Groot <esther.degroot@vanwijk-advocaten.example>",
        subject="Uw sollicitatie - kennismakingsgesprek",
        date="Mon, 02 Mar 2026 11:00:00 +0100",
        body=_t("""
            Beste mevrouw De Vries,

            Wij hebben uw sollicitatie met interesse gelezen en willen u graag uitnodigen
            voor een kennismakingsgesprek. Wilt u mij laten weten wanneer u de komende week
            beschikbaar bent?

            Met vriendelijke groet,
            Esther de Groot
            Office manager - Van Wijk Advocaten
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="nl-sched-drie-momenten",
        user="amsterdam",
        sender="Rik van Leeuwen <rik.vanleeuwen@deltadata.example>",
        subject="Eerste gesprek - welk moment past jou?",
        date="Tue, 03 Mar 2026 14:25:00 +0100",
        body=_t("""
            Hoi Sanne,

            Ik kan je de volgende momenten aanbieden voor een eerste gesprek:
            - dinsdag 10 maart om 10:00
            - woensdag 11 maart om 15:00
            - donderdag 12 maart om 11:30

            Welk moment past jou het best? Dan stuur ik je direct een uitnodiging.

            Groet,
            Rik
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="nl-sched-plan-zelf-in",
        user="amsterdam",
        sender="Werken bij Stroomlijn <jobs@stroomlijn.example>",
        subject="Plan je eerste gesprek in",
        date="Wed, 04 Mar 2026 07:45:00 +0100",
        body=_t("""
            Hoi Sanne,

            Leuk nieuws: we willen graag kennismaken! Plan via onderstaande link zelf een
            moment in voor het eerste (online) gesprek van 30 minuten. Je kunt kiezen uit de
            beschikbare tijdsloten van de komende twee weken.

            https://stroomlijn.example/plannen/eerste-gesprek/77c1

            Tot snel,
            Team Talent Stroomlijn
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    # Outcomes.
    Probe(
        slug="nl-rejection-andere-kandidaat",
        user="amsterdam",
        sender="Femke Jansen <femke.jansen@zorggroep-amstelland.example>",
        subject="Uitslag sollicitatieprocedure Beleidsadviseur",
        date="Fri, 20 Mar 2026 16:00:00 +0100",
        body=_t("""
            Beste Sanne,

            Nogmaals bedankt voor je komst en het open gesprek. Helaas moeten wij je laten
            weten dat we hebben gekozen voor een andere kandidaat, die nog beter aansluit
            bij het profiel. We wensen je veel succes met je verdere zoektocht.

            Met vriendelijke groet,
            Femke Jansen
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="nl-be-rejection-niet-weerhouden",
        user="brussels",
        sender="HR Vlaamse Waterwerken <jobs@vlaamse-waterwerken.example>",
        subject="Je kandidatuur voor projectingenieur",
        date="Mon, 23 Mar 2026 10:30:00 +0100",
        body=_t("""
            Beste Jens,

            Na zorgvuldige overweging hebben we beslist om je kandidatuur niet verder te
            weerhouden voor deze functie. We bewaren je cv graag in onze databank voor
            toekomstige vacatures.

            Met vriendelijke groeten,
            Team HR - Vlaamse Waterwerken
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="nl-offer-arbeidsvoorwaardenvoorstel",
        user="amsterdam",
        sender="Lotte Smit <lotte@bitbrouwerij.example>",
        subject="Aanbod Backend Developer",
        date="Wed, 11 Mar 2026 17:30:00 +0100",
        body=_t("""
            Hoi Sanne,

            Met veel plezier bieden we je de functie van Backend Developer bij BitBrouwerij
            aan! In de bijlage vind je ons arbeidsvoorwaardenvoorstel: een contract voor
            onbepaalde tijd, bruto € 4.600 per maand bij 36 uur, startdatum 1 mei.

            Laat je ons uiterlijk vrijdag weten of je akkoord bent?

            Lotte
            """),
        kind=Kind.OFFER,
    ),
    Probe(
        slug="nl-be-offer-contractvoorstel",
        user="brussels",
        sender="Ann Maes <ann.maes@brugse-bouwgroep.example>",
        subject="Contractvoorstel",
        date="Tue, 14 Apr 2026 09:10:00 +0200",
        body=_t("""
            Dag Jens,

            Goed nieuws: we willen je graag aanwerven als werfleider! Als bijlage vind je
            ons contractvoorstel (bediende, contract van onbepaalde duur) met bedrijfswagen
            en maaltijdcheques. Mag ik je antwoord tegen eind volgende week?

            Vriendelijke groeten,
            Ann Maes
            """),
        kind=Kind.OFFER,
    ),
    # Automatic replies.
    Probe(
        slug="nl-auto-afwezig",
        user="amsterdam",
        sender="Esther de Groot <esther.degroot@vanwijk-advocaten.example>",
        subject="Automatisch antwoord: Uw sollicitatie - kennismakingsgesprek",
        date="Tue, 03 Mar 2026 09:01:00 +0100",
        body=_t("""
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 9 maart en heb beperkt
            toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met
            secretariaat@vanwijk-advocaten.example.

            Met vriendelijke groet,
            Esther de Groot
            """),
        kind=Kind.AUTO_REPLY,
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Probe(
        slug="nl-be-auto-verlof-zonder-headers",
        user="brussels",
        sender="Sofie Claes <sofie.claes@vlaamse-waterwerken.example>",
        subject="Afwezig: Re: Uitnodiging selectiegesprek - Projectingenieur",
        date="Wed, 04 Mar 2026 07:30:00 +0100",
        body=_t("""
            Bedankt voor je bericht.

            Ik ben met verlof tot en met 16 maart en lees mijn mails niet. Voor dringende
            vragen kan je terecht bij jobs@vlaamse-waterwerken.example.

            Dit is een automatisch antwoord.
            """),
        kind=Kind.AUTO_REPLY,
    ),
    # Bulk.
    Probe(
        slug="nl-bulk-nieuwsbrief-sollicitatievragen",
        user="amsterdam",
        sender="Carrièrekompas <nieuwsbrief@carrierekompas.example>",
        subject="10 vragen die je zeker krijgt tijdens je sollicitatiegesprek",
        date="Thu, 05 Mar 2026 06:00:00 +0100",
        body=_t("""
            Hoi Sanne,

            Binnenkort op gesprek? In deze nieuwsbrief:
            - "Vertel eens iets over jezelf": zo pak je het aan
            - Wat zijn je zwakke punten?
            - Welke vragen stel jij aan het einde van het sollicitatiegesprek?

            Live oefenen? Doe mee met ons gratis webinar op dinsdag 10 maart om 19:30 uur.

            Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op carrierekompas.example.
            Afmelden: https://carrierekompas.example/afmelden?id=5521
            """),
        kind=Kind.BULK,
        headers=(
            ("List-Unsubscribe", "<https://carrierekompas.example/afmelden?id=5521>"),
            ("Precedence", "bulk"),
        ),
    ),
    Probe(
        slug="nl-bulk-vacaturealert",
        user="amsterdam",
        sender="Banenplein <alerts@banenplein.example>",
        subject="8 nieuwe vacatures voor Data Analist in Amsterdam",
        date="Sat, 07 Mar 2026 07:15:00 +0100",
        body=_t("""
            Nieuwe vacatures die passen bij je zoekopdracht "Data Analist - Amsterdam"

            Junior Data Analist - Grachtenbank - Amsterdam
            Sollicitatiegesprekken vinden plaats in week 12. Solliciteer direct >

            Data Analist Marketing - Webwinkel Noord - Amsterdam (hybride)
            Solliciteer direct >

            Bekijk alle 8 vacatures >

            Je ontvangt deze vacaturealert omdat je die hebt ingesteld op Banenplein.
            Alert wijzigen of stopzetten: https://banenplein.example/alerts
            """),
        kind=Kind.BULK,
        headers=(("List-Unsubscribe", "<https://banenplein.example/alerts/stop?id=904>"),),
    ),
    # Traps: never an interview.
    Probe(
        slug="nl-trap-tandarts",
        user="amsterdam",
        sender="Tandartspraktijk Van Dijk <afspraken@tandarts-vandijk.example>",
        subject="Herinnering: uw afspraak bij de tandarts",
        date="Mon, 09 Mar 2026 09:00:00 +0100",
        body=_t("""
            Beste mevrouw De Vries,

            Dit is een herinnering aan uw afspraak voor periodieke controle bij tandarts
            J. van Dijk op dinsdag 10 maart om 08:45 uur.

            Kunt u niet komen? Zeg uw afspraak dan minimaal 24 uur van tevoren af.

            Tandartspraktijk Van Dijk
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-polikliniek",
        user="amsterdam",
        sender="Amstel Ziekenhuis <afspraken@amstelziekenhuis.example>",
        subject="Afspraakbevestiging polikliniek Dermatologie",
        date="Tue, 03 Mar 2026 13:00:00 +0100",
        body=_t("""
            Geachte mevrouw De Vries,

            Hierbij bevestigen wij uw afspraak:
            Polikliniek Dermatologie, dr. M. Smits
            Datum: 17-03-2026 om 09:20 uur
            Locatie: route 42, begane grond

            Neem uw verzekeringspas en een geldig legitimatiebewijs mee.
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-hypotheekadviesgesprek",
        user="amsterdam",
        sender="Grachtenbank <afspraken@grachtenbank.example>",
        subject="Bevestiging van uw afspraak",
        date="Wed, 04 Mar 2026 15:15:00 +0100",
        body=_t("""
            Geachte mevrouw De Vries,

            Wij bevestigen uw hypotheekadviesgesprek op donderdag 12 maart om 16.00 uur met
            uw adviseur Erik Vos, op ons kantoor aan het Rokin 55.

            Neem uw laatste drie loonstroken en een werkgeversverklaring mee.

            Met vriendelijke groet,
            Grachtenbank
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-apk-garage",
        user="amsterdam",
        sender="Autobedrijf Hoogland <werkplaats@autohoogland.example>",
        subject="Afspraak APK en onderhoudsbeurt",
        date="Thu, 05 Mar 2026 17:20:00 +0100",
        body=_t("""
            Beste klant,

            Uw afspraak voor de APK en de kleine onderhoudsbeurt van uw Volkswagen Polo
            (kenteken K-123-AB) staat gepland op maandag 9 maart om 08.00 uur. U kunt de
            auto vanaf 16.30 uur weer ophalen.

            Autobedrijf Hoogland
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-notaris-passeren",
        user="amsterdam",
        sender="Notariskantoor De Graaf <secretariaat@notaris-degraaf.example>",
        subject="Afspraak passeren akte van levering",
        date="Fri, 06 Mar 2026 11:05:00 +0100",
        body=_t("""
            Geachte mevrouw De Vries,

            Hierbij bevestigen wij de afspraak voor het passeren van de akte van levering en
            de hypotheekakte bij mr. J. de Graaf op vrijdag 20 maart om 11.00 uur, Keizersgracht
            302 te Amsterdam.

            Met vriendelijke groet,
            Notariskantoor De Graaf
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-journalist-interview",
        user="amsterdam",
        sender="Bas Hoekman <b.hoekman@hetstadsblad.example>",
        subject="Interviewverzoek Het Stadsblad",
        date="Mon, 02 Mar 2026 12:40:00 +0100",
        body=_t("""
            Hallo Sanne,

            Ik ben journalist bij Het Stadsblad en schrijf een stuk over buurtapps in
            Amsterdam-Oost. Zou je donderdag 5 maart om 11 uur tijd hebben voor een kort
            telefonisch interview? Het duurt hooguit twintig minuten.

            Groet,
            Bas Hoekman
            Redactie Het Stadsblad
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-oudergesprek",
        user="amsterdam",
        sender="Basisschool De Regenboog <administratie@bs-regenboog.example>",
        subject="Uitnodiging oudergesprek groep 5",
        date="Tue, 03 Mar 2026 16:45:00 +0100",
        body=_t("""
            Beste ouder/verzorger van Lieke,

            Hierbij nodigen wij u uit voor het tienminutengesprek met juf Marieke Dijkman
            (groep 5) op dinsdag 10 maart van 19.20 tot 19.30 uur in lokaal 5.

            Met vriendelijke groet,
            Basisschool De Regenboog
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-webinar-sollicitatiegesprek",
        user="amsterdam",
        sender="Loopbaanacademie <events@loopbaanacademie.example>",
        subject="Je aanmelding voor het webinar 'Zo slaag je voor je sollicitatiegesprek'",
        date="Wed, 04 Mar 2026 12:00:00 +0100",
        body=_t("""
            Hoi Sanne,

            Bedankt voor je aanmelding voor het webinar "Zo slaag je voor je
            sollicitatiegesprek".

            Wanneer: dinsdag 10 maart 2026, 19:30 - 20:30 uur
            Spreker: loopbaancoach Hanneke Vos
            Deelnemen: https://loopbaanacademie.example/live/sollicitatiegesprek

            Tot dan!
            Team Loopbaanacademie
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-teamoverleg",
        user="amsterdam",
        sender="Gert Hofman <gert.hofman@bureau-kade.example>",
        subject="Teamoverleg donderdag",
        date="Tue, 03 Mar 2026 11:10:00 +0100",
        body=_t("""
            Hoi allemaal,

            Reminder: donderdag 5 maart om 14.00 uur teamoverleg in vergaderruimte De Dam.
            Agenda: planning Q2, de nieuwe klant Brinkman en het vakantierooster.

            Gert
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-vriendin-hoe-ging-het",
        user="amsterdam",
        sender="Joyce <joyce.vd.meer@gmail.example>",
        subject="en???",
        date="Fri, 06 Mar 2026 20:30:00 +0100",
        body=_t("""
            Hee Sanne!

            Hoe ging je sollicitatiegesprek vanmiddag bij Groenhuys? Vroegen ze veel over je
            vorige baan? Vertel het me zaterdag, borrel om 8 uur bij Café de Sluis?

            Xx Joyce
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="nl-trap-sollicitatie-ontvangen",
        user="amsterdam",
        sender="Werken bij Dijkstra <werkenbij@dijkstra-logistiek.example>",
        subject="Bedankt voor je sollicitatie!",
        date="Sun, 22 Feb 2026 21:40:00 +0100",
        body=_t("""
            Hoi Sanne,

            Bedankt voor je sollicitatie op de functie van Data Analist. We hebben je
            sollicitatie in goede orde ontvangen. Binnen twee weken laten we je weten of we
            je uitnodigen voor een gesprek.

            Team Recruitment Dijkstra Logistiek
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="nl-trap-bedankt-voor-het-gesprek",
        user="amsterdam",
        sender="Thijs Dekker <thijs.dekker@polderpay.example>",
        subject="Bedankt voor het gesprek",
        date="Thu, 19 Mar 2026 16:20:00 +0100",
        body=_t("""
            Hoi Sanne,

            Bedankt voor het prettige gesprek van vanochtend. We spreken deze week nog twee
            kandidaten en laten je uiterlijk vrijdag 27 maart weten hoe we verder gaan.

            Groet,
            Thijs Dekker
            Product Lead - PolderPay
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="nl-trap-zij-voert-het-gesprek",
        user="amsterdam",
        sender="Mirjam Bosman <mirjam.bosman@bureau-kade.example>",
        subject="Wil jij morgen het gesprek met Tim Verbeek doen?",
        date="Mon, 09 Mar 2026 14:10:00 +0100",
        body=_t("""
            Hoi Sanne,

            Ik heb je ingepland als interviewer voor het sollicitatiegesprek met kandidaat
            Tim Verbeek (junior ontwerper), morgen om 10.00 uur in vergaderruimte De Dam. Zijn
            cv en de vragenlijst staan in het recruitmentsysteem. Wil jij het gesprek
            leiden? Ik schuif het laatste halfuur aan.

            Dank je!
            Mirjam
            HR - Bureau Kade
            """),
        kind=None,
    ),
    Probe(
        slug="nl-trap-belastingdienst-gesprek",
        user="amsterdam",
        sender="Belastingdienst <noreply@belastingdienst-post.example>",
        subject="Uitnodiging voor een gesprek over uw aangifte",
        date="Tue, 03 Mar 2026 10:00:00 +0100",
        body=_t("""
            Geachte mevrouw De Vries,

            Wij hebben vragen over uw aangifte inkomstenbelasting 2024. Daarom nodigen wij
            u uit voor een gesprek op woensdag 18 maart om 10.30 uur op ons kantoor,
            Laan van Puntenburg 2 in Utrecht. Neemt u de bewijsstukken van uw aftrekposten
            mee.

            Met vriendelijke groet,
            Belastingdienst
            """),
        kind=None,
    ),
]

# --- Portuguese (a user in São Paulo, a user in Lisbon) ----------------------------------

PORTUGUESE: list[Probe] = [
    Probe(
        slug="pt-br-ats-entrevista-agendada",
        user="saopaulo",
        sender="Vagas Cajueiro <naoresponda@vagas.cajueiro.example>",
        subject="Sua entrevista foi agendada - Analista de Dados Pleno",
        date="Mon, 02 Mar 2026 09:10:00 -0300",
        body=_t("""
            Olá, Rafael!

            Sua entrevista para a vaga de Analista de Dados Pleno na Cajueiro Pagamentos foi
            agendada.

            Data: 10/03/2026
            Horário: 14h00 (horário de Brasília)
            Formato: online, pelo Google Meet (o link está no convite da agenda)
            Entrevistadores: Camila Ribeiro, Thiago Mendes

            Precisa remarcar? Acesse a página da vaga com até 24 horas de antecedência.

            Equipe de Recrutamento Cajueiro
            Este é um e-mail automático, por favor não responda.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T14:00:00-03:00",
        names=("Camila Ribeiro", "Thiago Mendes"),
    ),
    Probe(
        slug="pt-br-consultoria-amanha-as-14h",
        user="saopaulo",
        sender="Priscila Duarte <priscila.duarte@horizonte-talentos.example>",
        subject="Confirmação: entrevista amanhã no cliente",
        date="Tue, 03 Mar 2026 16:20:00 -0300",
        body=_t("""
            Oi Rafael, tudo bem?

            Conforme combinamos por telefone, está confirmada a sua entrevista no nosso
            cliente (uma rede de varejo com sede em Campinas) para a vaga de Coordenador de
            BI: amanhã às 14h, presencial, na Av. Orosimbo Maia, 1500. Você vai conversar
            com o Leonardo Araújo, gerente de TI.

            Boa sorte e me conta depois como foi!
            Priscila Duarte
            Consultora | Horizonte Talentos
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-04T14:00:00-03:00",
        names=("Leonardo Araújo",),
    ),
    Probe(
        slug="pt-br-sra-e-sr",
        user="saopaulo",
        sender="Aline Monteiro <aline.monteiro@grupo-ipe.example>",
        subject="Convite para entrevista - Controller",
        date="Mon, 02 Mar 2026 11:30:00 -0300",
        body=_t("""
            Prezado Rafael,

            Agradecemos o seu interesse em fazer parte do Grupo Ipê. Gostaríamos de
            convidá-lo para uma entrevista presencial na quarta-feira, 11 de março, às
            10h30, em nosso escritório na Av. Brigadeiro Faria Lima, 3400 - 12º andar.

            A entrevista será conduzida pela Sra. Fernanda Lima (Gerente de RH) e pelo Sr.
            Carlos Andrade (Diretor Financeiro).

            Por gentileza, confirme sua presença respondendo este e-mail.

            Atenciosamente,
            Aline Monteiro
            Analista de Recrutamento e Seleção - Grupo Ipê
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-11T10:30:00-03:00",
        names=("Fernanda Lima", "Carlos Andrade"),
    ),
    Probe(
        slug="pt-br-google-agenda-text",
        user="saopaulo",
        sender="Patrícia Moura <patricia.moura@nuvemtech.example>",
        subject=(
            "Convite: Entrevista técnica - Desenvolvedor Backend (Rafael Souza) @ qui 12 de mar "
            "de 2026 15:00 - 16:00 (BRT) (rafael.souza@uol.example)"
        ),
        date="Thu, 05 Mar 2026 17:02:11 +0000",
        body=_t("""
            Entrevista técnica - Desenvolvedor Backend (Rafael Souza)
            quinta-feira, 12 de março de 2026⋅15:00 – 16:00
            Horário Padrão de Brasília - São Paulo

            Participar com o Google Meet
            meet.google.com/bvc-trqx-maz

            Convidados
            Patrícia Moura - organizador
            Gustavo Nunes
            rafael.souza@uol.example

            Ver todas as informações do convidado

            Responder para rafael.souza@uol.example
            Sim   Não   Talvez   Mais opções

            Convite do Google Agenda

            Você está recebendo este e-mail porque é um convidado do evento.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T15:00:00-03:00",
        names=("Gustavo Nunes",),
    ),
    Probe(
        slug="pt-br-range-das-as-dra",
        user="saopaulo",
        sender="Recrutamento Campos & Vidal <rh@camposvidal-adv.example>",
        subject="Entrevista - Analista Jurídico",
        date="Tue, 03 Mar 2026 10:05:00 -0300",
        body=_t("""
            Prezado Rafael Souza,

            Confirmamos sua entrevista para a vaga de Analista Jurídico na sexta-feira
            (13/03), das 15h às 16h, em nosso escritório na Rua Augusta, 2100. Você será
            entrevistado pela Dra. Renata Campos, sócia da área tributária.

            Atenciosamente,
            Recursos Humanos - Campos & Vidal Advogados
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-13T15:00:00-03:00",
        names=("Renata Campos",),
    ),
    Probe(
        slug="pt-br-prefeitura-convocacao-banca",
        user="saopaulo",
        sender="Prefeitura de Serra Alta - RH <selecao@serraalta.sp.example>",
        subject="Convocação para entrevista - Processo Seletivo Simplificado nº 02/2026",
        date="Mon, 02 Mar 2026 14:00:00 -0300",
        body=_t("""
            Prezado(a) candidato(a),

            A Prefeitura Municipal de Serra Alta, por meio da Secretaria de Administração,
            CONVOCA o(a) candidato(a) RAFAEL SOUZA, classificado(a) na primeira etapa do
            Processo Seletivo Simplificado nº 02/2026 para o cargo de Analista de Sistemas,
            para a etapa de entrevista, a realizar-se no dia 16/03/2026, às 8h30, na sala de
            reuniões da Secretaria de Administração (Rua XV de Novembro, 200).

            A banca examinadora será composta por Maria Aparecida Santos, José Carlos
            Pereira e Luana Ferreira.

            O(a) candidato(a) deverá comparecer com 30 minutos de antecedência, portando
            documento oficial com foto. O não comparecimento implicará a eliminação do
            processo.

            Secretaria Municipal de Administração
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T08:30:00-03:00",
        names=("Maria Aparecida Santos", "José Carlos Pereira", "Luana Ferreira"),
    ),
    Probe(
        slug="pt-br-names-then-verb",
        user="saopaulo",
        sender="Larissa Costa <larissa.costa@verdemar-alimentos.example>",
        subject="Entrevista com a Verdemar - sexta-feira",
        date="Mon, 02 Mar 2026 15:45:00 -0300",
        body=_t("""
            Olá Rafael,

            Juliana Rocha e Bruno Tavares vão conduzir a sua entrevista na sexta, 06/03, às
            9h, por videochamada no Teams. A Juliana é gerente de Supply Chain e o Bruno é
            nosso coordenador de planejamento.

            Qualquer dúvida estou à disposição.

            Abraços,
            Larissa Costa
            Talent Acquisition - Verdemar Alimentos
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-06T09:00:00-03:00",
        names=("Juliana Rocha", "Bruno Tavares"),
    ),
    Probe(
        slug="pt-br-ceo-eu-e-o-cto",
        user="saopaulo",
        sender="Marina Castro <marina@lumi-saude.example>",
        subject="Re: Vaga de Desenvolvedor Mobile",
        date="Thu, 05 Mar 2026 19:20:00 -0300",
        body=_t("""
            Oi Rafael,

            Adorei seu portfólio! Eu e o Diego Farias (nosso CTO) vamos te entrevistar na
            segunda, dia 9, às 17h, por Zoom. Te mando o link amanhã.

            Até segunda!
            Marina Castro
            CEO & cofundadora - Lumi Saúde
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-09T17:00:00-03:00",
        names=("Marina Castro", "Diego Farias"),
    ),
    Probe(
        slug="pt-br-hora-de-lisboa",
        user="saopaulo",
        sender="Carla Vieira <carla.vieira@atlantico-software.example>",
        subject="Entrevista - Engenheiro de Software (remoto Brasil)",
        date="Wed, 04 Mar 2026 12:00:00 +0000",
        body=_t("""
            Olá Rafael,

            Sou recrutadora na Atlântico Software, em Lisboa. Confirmo a sua entrevista por
            videochamada na terça-feira, 17 de março, às 14h (hora de Lisboa), ou seja, às
            11h no horário de Brasília. Vai falar com o Eng. Nuno Ferreira, líder da equipa
            de plataforma.

            Cumprimentos,
            Carla Vieira
            Talent Acquisition - Atlântico Software
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-17T11:00:00-03:00",
        names=("Nuno Ferreira",),
    ),
    Probe(
        slug="pt-pt-dra-e-eng",
        user="lisbon",
        sender="Filipa Antunes <filipa.antunes@tejoceramica.example>",
        subject="Convite para entrevista - Técnica de Qualidade",
        date="Mon, 02 Mar 2026 10:30:00 +0000",
        body=_t("""
            Exma. Senhora Inês Carvalho,

            Agradecemos a sua candidatura. Temos o prazer de a convidar para uma entrevista
            presencial no dia 12 de março, às 15h00, nas nossas instalações em Alverca do
            Ribatejo (Rua da Fábrica, 8).

            Será recebida pela Dra. Ana Rodrigues (Diretora de Recursos Humanos) e pelo Eng.
            Pedro Costa (Diretor de Produção).

            Agradecemos que confirme a sua presença.

            Com os melhores cumprimentos,
            Filipa Antunes
            Recursos Humanos - Tejo Cerâmica, S.A.
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T15:00:00+00:00",
        names=("Ana Rodrigues", "Pedro Costa"),
    ),
    Probe(
        slug="pt-pt-outlook-quando",
        user="lisbon",
        sender="Marta Lopes <marta.lopes@oceano-seguros.example>",
        subject="Entrevista Inês Carvalho - Analista de Risco",
        date="Wed, 04 Mar 2026 09:15:00 +0000",
        body=_t("""
            Quando: terça-feira, 10 de março de 2026 14:00-15:00 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres.
            Onde: Reunião do Microsoft Teams

            *~*~*~*~*~*~*~*~*~*

            Olá Inês,

            Conforme combinado, envio o convite para a entrevista com o nosso Diretor
            Financeiro, Dr. Rui Almeida.

            Cumprimentos,
            Marta Lopes
            Recursos Humanos - Oceano Seguros

            ________________________________________________________________________________
            Reunião do Microsoft Teams
            Participe através do seu computador, aplicação móvel ou dispositivo de sala
            Clique aqui para participar na reunião
            ID da Reunião: 392 117 508 63
            Código de acesso: Qw4pZt
            ________________________________________________________________________________
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-10T14:00:00+00:00",
        names=("Rui Almeida",),
    ),
    Probe(
        slug="pt-pt-concursal-pelas-juri",
        user="lisbon",
        sender="Câmara Municipal de Vila Serena <recursoshumanos@cm-vilaserena.example>",
        subject="Convocatória - Entrevista Profissional de Seleção - Proc. 14/2026",
        date="Tue, 03 Mar 2026 11:00:00 +0000",
        body=_t("""
            Exma. Senhora,

            Nos termos da Portaria aplicável, fica V. Exa. convocada para a realização da
            Entrevista Profissional de Seleção, no âmbito do procedimento concursal comum
            para a carreira de Técnico Superior (Informática), Proc. 14/2026, no dia 17 de
            março de 2026, pelas 10h00, no Salão Nobre dos Paços do Concelho.

            O júri é constituído por:
            Presidente: Dr. Manuel Sousa
            Vogais efetivos: Dra. Teresa Marques e Eng.ª Sofia Pinto

            Deverá fazer-se acompanhar do Cartão de Cidadão.

            A Presidente do Júri (por delegação)
            Divisão de Recursos Humanos
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-17T10:00:00+00:00",
        names=("Manuel Sousa", "Teresa Marques", "Sofia Pinto"),
    ),
    Probe(
        slug="pt-pt-amanha-as-11h30",
        user="lisbon",
        sender="Rita Henriques <rita.henriques@norteforte-rh.example>",
        subject="Entrevista amanhã - confirmação",
        date="Wed, 04 Mar 2026 17:40:00 +0000",
        body=_t("""
            Olá Inês,

            Tal como falámos, fica confirmada a tua entrevista amanhã, às 11h30, no nosso
            cliente no Parque das Nações (Av. D. João II, 44, piso 3). Vais falar com o
            Tiago Lopes, responsável da equipa de Customer Success.

            Boa sorte!
            Rita Henriques
            Consultora Sénior | NorteForte RH
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-05T11:30:00+00:00",
        names=("Tiago Lopes",),
    ),
    Probe(
        slug="pt-pt-abril-hora-de-verao",
        user="lisbon",
        sender="Sandra Pires <sandra.pires@alfama-digital.example>",
        subject="Segunda entrevista - Product Designer",
        date="Thu, 02 Apr 2026 10:00:00 +0100",
        body=_t("""
            Olá Inês,

            Obrigada pela primeira conversa! Gostávamos de a convidar para uma segunda
            entrevista na terça-feira, 7 de abril, às 10h, no nosso escritório do Cais do
            Sodré, com o nosso Diretor de Produto, Sr. Ricardo Gomes.

            Cumprimentos,
            Sandra Pires
            People Partner - Alfama Digital
            """),
        kind=Kind.INTERVIEW,
        start="2026-04-07T10:00:00+01:00",
        names=("Ricardo Gomes",),
    ),
    Probe(
        slug="pt-pt-agencia-segunda-dia-9",
        user="lisbon",
        sender="Hugo Barros <hugo.barros@executiva-search.example>",
        subject="Entrevista com o cliente - Marketing Manager",
        date="Wed, 04 Mar 2026 10:00:00 +0000",
        body=_t("""
            Cara Inês,

            Tenho o prazer de confirmar a entrevista com o nosso cliente (grupo hoteleiro
            em Lisboa) para a função de Marketing Manager: segunda-feira, dia 9, às 16h30,
            na sede do cliente na Avenida da Liberdade. Será entrevistada pela diretora de
            marketing, Joana Figueiredo.

            Cumprimentos,
            Hugo Barros
            Senior Consultant - Executiva Search
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-09T16:30:00+00:00",
        names=("Joana Figueiredo",),
    ),
    # Cancellations.
    Probe(
        slug="pt-br-cancel-precisaremos-cancelar",
        user="saopaulo",
        sender="Aline Monteiro <aline.monteiro@grupo-ipe.example>",
        subject="Cancelamento da entrevista de 11/03",
        date="Mon, 09 Mar 2026 18:00:00 -0300",
        body=_t("""
            Prezado Rafael,

            Infelizmente precisaremos cancelar a entrevista agendada para quarta-feira,
            11/03, às 10h30, devido a um imprevisto na agenda do Sr. Carlos Andrade. Assim
            que possível entraremos em contato para marcar uma nova data.

            Pedimos desculpas pelo transtorno.

            Atenciosamente,
            Aline Monteiro
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="pt-pt-cancel-desmarcada",
        user="lisbon",
        sender="Filipa Antunes <filipa.antunes@tejoceramica.example>",
        subject="Entrevista de quinta-feira desmarcada",
        date="Tue, 10 Mar 2026 12:20:00 +0000",
        body=_t("""
            Cara Inês,

            Lamentamos informar que a entrevista de quinta-feira, dia 12, às 15h00, foi
            desmarcada por motivo de doença do Eng. Pedro Costa. Voltaremos a contactá-la
            com a maior brevidade para agendar nova data.

            Com os melhores cumprimentos,
            Filipa Antunes
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    Probe(
        slug="pt-br-cancel-ats-cancelada",
        user="saopaulo",
        sender="Vagas Cajueiro <naoresponda@vagas.cajueiro.example>",
        subject="Sua entrevista foi cancelada",
        date="Fri, 06 Mar 2026 15:30:00 -0300",
        body=_t("""
            Olá, Rafael.

            A sua entrevista para a vaga de Analista de Dados Pleno, marcada para
            10/03/2026 às 14h00, foi cancelada pela empresa. Em breve você receberá novas
            informações sobre o processo.

            Equipe de Recrutamento Cajueiro
            Este é um e-mail automático, por favor não responda.
            """),
        kind=Kind.INTERVIEW_CANCELLED,
    ),
    # Reschedules: an interview at the new time.
    Probe(
        slug="pt-br-resched-remarcada-para",
        user="saopaulo",
        sender="Larissa Costa <larissa.costa@verdemar-alimentos.example>",
        subject="Entrevista remarcada",
        date="Wed, 04 Mar 2026 11:10:00 -0300",
        body=_t("""
            Olá Rafael,

            Por conta de uma viagem da Juliana, a sua entrevista de sexta, 06/03, às 9h foi
            remarcada para segunda-feira, 09/03, às 16h. O link do Teams continua o mesmo.

            Obrigada pela compreensão!
            Larissa Costa
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-09T16:00:00-03:00",
    ),
    Probe(
        slug="pt-pt-resched-passa-a-ser-em-vez-de",
        user="lisbon",
        sender="Marta Lopes <marta.lopes@oceano-seguros.example>",
        subject="Alteração da data da entrevista",
        date="Fri, 06 Mar 2026 16:00:00 +0000",
        body=_t("""
            Olá Inês,

            Por indisponibilidade do Dr. Rui Almeida, reagendámos a sua entrevista: passa a
            ser na segunda-feira, 16 de março, às 9h30, em vez de terça-feira, 10 de março,
            às 14h00. Segue novo convite do Teams.

            Cumprimentos,
            Marta Lopes
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-16T09:30:00+00:00",
    ),
    Probe(
        slug="pt-br-resched-adiada-das-para-as",
        user="saopaulo",
        sender="Patrícia Moura <patricia.moura@nuvemtech.example>",
        subject="Mudança de horário - entrevista de amanhã",
        date="Wed, 11 Mar 2026 17:30:00 -0300",
        body=_t("""
            Oi Rafael,

            Tivemos um conflito de agenda: a sua entrevista técnica de amanhã foi adiada
            das 15h para as 16h30. O link do Meet continua o mesmo.

            Desculpe pelo aviso em cima da hora!
            Patrícia Moura
            Tech Recruiter - NuvemTech
            """),
        kind=Kind.INTERVIEW,
        start="2026-03-12T16:30:00-03:00",
    ),
    # Scheduling requests: nothing fixed.
    Probe(
        slug="pt-br-sched-disponibilidade",
        user="saopaulo",
        sender="Renan Batista <renan.batista@solar-energia.example>",
        subject="Processo seletivo - Analista Financeiro",
        date="Mon, 02 Mar 2026 10:40:00 -0300",
        body=_t("""
            Olá Rafael, tudo bem?

            Gostamos muito do seu perfil e gostaríamos de agendar uma entrevista com você.
            Poderia me informar sua disponibilidade de horários para esta semana ou a
            próxima?

            Fico no aguardo.
            Renan Batista
            Recrutamento - Solar Energia
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="pt-pt-sched-tres-horarios",
        user="lisbon",
        sender="Rita Henriques <rita.henriques@norteforte-rh.example>",
        subject="Entrevista - qual o horário que prefere?",
        date="Tue, 03 Mar 2026 14:50:00 +0000",
        body=_t("""
            Olá Inês,

            O cliente tem disponibilidade nos seguintes horários para a entrevista:
            - terça-feira, 10/03, às 10h
            - quarta-feira, 11/03, às 15h
            - quinta-feira, 12/03, às 11h30

            Qual prefere? Assim que me disser, envio a confirmação.

            Rita
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    Probe(
        slug="pt-br-sched-link-agende",
        user="saopaulo",
        sender="Talentos Aurora <vagas@aurora-varejo.example>",
        subject="Agende sua entrevista - Aurora Varejo",
        date="Wed, 04 Mar 2026 08:00:00 -0300",
        body=_t("""
            Olá, Rafael!

            Parabéns, você avançou para a etapa de entrevistas do processo seletivo para
            Analista de E-commerce. Agende a sua entrevista escolhendo o melhor horário no
            link abaixo:

            https://aurora-varejo.example/agendar/entrevista/c81f

            Os horários disponíveis são para os próximos 7 dias.

            Time de Talentos Aurora
            """),
        kind=Kind.SCHEDULING_REQUEST,
    ),
    # Outcomes.
    Probe(
        slug="pt-br-rejection-outros-candidatos",
        user="saopaulo",
        sender="Aline Monteiro <aline.monteiro@grupo-ipe.example>",
        subject="Retorno - processo seletivo Controller",
        date="Mon, 23 Mar 2026 15:00:00 -0300",
        body=_t("""
            Prezado Rafael,

            Agradecemos sua participação em nosso processo seletivo e o tempo dedicado às
            entrevistas. Infelizmente, optamos por seguir com outros candidatos cujo perfil
            está mais alinhado às necessidades da vaga neste momento.

            Desejamos sucesso em sua trajetória.

            Atenciosamente,
            Aline Monteiro
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="pt-pt-rejection-nao-selecionada",
        user="lisbon",
        sender="Recrutamento Oceano Seguros <recrutamento@oceano-seguros.example>",
        subject="A sua candidatura - Analista de Risco",
        date="Fri, 20 Mar 2026 10:00:00 +0000",
        body=_t("""
            Cara Inês Carvalho,

            Agradecemos o interesse demonstrado na Oceano Seguros. Lamentamos informar que a
            sua candidatura não foi selecionada para a fase seguinte do processo de
            recrutamento.

            Guardaremos o seu currículo para futuras oportunidades.

            Com os melhores cumprimentos,
            Equipa de Recrutamento
            """),
        kind=Kind.REJECTION,
    ),
    Probe(
        slug="pt-br-offer-carta-oferta",
        user="saopaulo",
        sender="Marina Castro <marina@lumi-saude.example>",
        subject="Proposta - Desenvolvedor Mobile",
        date="Mon, 16 Mar 2026 18:00:00 -0300",
        body=_t("""
            Oi Rafael,

            Foi ótimo conversar com você! Temos o prazer de te fazer uma proposta para a vaga
            de Desenvolvedor Mobile Sênior: segue em anexo a carta-oferta, com salário de R$
            12.500 (CLT), vale-refeição, plano de saúde e início previsto para 6 de abril.

            Aguardamos seu retorno até sexta-feira.

            Abraço,
            Marina
            """),
        kind=Kind.OFFER,
    ),
    Probe(
        slug="pt-pt-offer-proposta-de-emprego",
        user="lisbon",
        sender="Sandra Pires <sandra.pires@alfama-digital.example>",
        subject="Proposta de emprego - Product Designer",
        date="Tue, 14 Apr 2026 15:20:00 +0100",
        body=_t("""
            Olá Inês,

            Na sequência das entrevistas, temos o prazer de lhe apresentar a nossa proposta
            de emprego para a função de Product Designer: contrato sem termo, vencimento base
            de 2.100 € (14 meses), subsídio de alimentação e seguro de saúde. Segue em anexo
            a proposta detalhada.

            Ficamos a aguardar a sua resposta.

            Cumprimentos,
            Sandra Pires
            """),
        kind=Kind.OFFER,
    ),
    # Automatic replies.
    Probe(
        slug="pt-br-auto-fora-do-escritorio",
        user="saopaulo",
        sender="Renan Batista <renan.batista@solar-energia.example>",
        subject="Resposta automática: Re: Processo seletivo - Analista Financeiro",
        date="Tue, 03 Mar 2026 09:00:00 -0300",
        body=_t("""
            Olá,

            Estou fora do escritório até 09/03, com acesso limitado ao e-mail. Em caso de
            urgência, entre em contato com recrutamento@solar-energia.example.

            Obrigado,
            Renan Batista
            """),
        kind=Kind.AUTO_REPLY,
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Probe(
        slug="pt-pt-auto-ausencia-ferias",
        user="lisbon",
        sender="Hugo Barros <hugo.barros@executiva-search.example>",
        subject="Ausência: Re: Entrevista com o cliente - Marketing Manager",
        date="Thu, 05 Mar 2026 08:00:00 +0000",
        body=_t("""
            Obrigado pela sua mensagem.

            Estarei ausente, de férias, até 16 de março, sem acesso ao correio eletrónico.
            Para assuntos urgentes, contacte geral@executiva-search.example.

            Esta é uma resposta automática.
            """),
        kind=Kind.AUTO_REPLY,
    ),
    # Bulk.
    Probe(
        slug="pt-br-bulk-newsletter-perguntas",
        user="saopaulo",
        sender="Carreira em Foco <newsletter@carreiraemfoco.example>",
        subject="7 perguntas que sempre aparecem na entrevista de emprego",
        date="Thu, 05 Mar 2026 07:00:00 -0300",
        body=_t("""
            Olá, Rafael!

            Tem entrevista de emprego chegando? Nesta edição:
            - "Fale sobre você": como se apresentar em 2 minutos
            - Como responder sobre pontos fracos
            - O que perguntar ao recrutador no final da entrevista

            Quer treinar ao vivo? Participe do nosso webinar gratuito na terça, 10/03, às
            19h.

            Não quer mais receber nossos e-mails? Descadastre-se:
            https://carreiraemfoco.example/descadastrar?u=7731
            """),
        kind=Kind.BULK,
        headers=(
            ("List-Unsubscribe", "<https://carreiraemfoco.example/descadastrar?u=7731>"),
            ("Precedence", "bulk"),
        ),
    ),
    Probe(
        slug="pt-pt-bulk-alerta-de-emprego",
        user="lisbon",
        sender="EmpregoJá Alertas <alertas@empregoja.example>",
        subject="Novas ofertas para: Analista de Dados - Lisboa",
        date="Sat, 07 Mar 2026 07:30:00 +0000",
        body=_t("""
            Novas ofertas de emprego de acordo com a sua pesquisa "Analista de Dados -
            Lisboa"

            Analista de Dados Júnior - Banco Atlântida - Lisboa
            Entrevistas a decorrer durante o mês de março. Candidatar-me >

            Data Analyst (m/f) - Startup de mobilidade - Lisboa (híbrido)
            Candidatar-me >

            Ver as 9 ofertas >

            Recebe este alerta porque o criou no EmpregoJá.
            Gerir ou cancelar alertas: https://empregoja.example/alertas
            """),
        kind=Kind.BULK,
        headers=(("List-Unsubscribe", "<https://empregoja.example/alertas/cancelar?id=77>"),),
    ),
    # Traps: never an interview.
    Probe(
        slug="pt-br-trap-dentista-consulta",
        user="saopaulo",
        sender="Clínica Sorriso Vivo <agenda@sorrisovivo.example>",
        subject="Confirmação de consulta",
        date="Mon, 09 Mar 2026 09:00:00 -0300",
        body=_t("""
            Olá, Rafael!

            Sua consulta com o Dr. Paulo Henrique (limpeza e avaliação) está confirmada
            para quinta-feira, 12/03, às 15h30.

            Endereço: Rua Teodoro Sampaio, 900 - cj. 42. Em caso de desistência, avise com
            24 horas de antecedência.

            Clínica Sorriso Vivo
            """),
        kind=None,
    ),
    Probe(
        slug="pt-pt-trap-consulta-centro-de-saude",
        user="lisbon",
        sender="SNS - Centro de Saúde de Arroios <nao-responder@sns-arroios.example>",
        subject="Consulta agendada",
        date="Tue, 03 Mar 2026 13:00:00 +0000",
        body=_t("""
            Exma. Utente,

            Informamos que tem uma consulta de Medicina Geral e Familiar agendada:
            Médica: Dra. Helena Matos
            Data: 17/03/2026 às 09h20
            Local: Centro de Saúde de Arroios, piso 1

            Deve apresentar-se 15 minutos antes com o Cartão de Cidadão.
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-banco-gerente",
        user="saopaulo",
        sender="Banco Paulistano <atendimento@bancopaulistano.example>",
        subject="Atendimento agendado com seu gerente",
        date="Wed, 04 Mar 2026 16:30:00 -0300",
        body=_t("""
            Olá, Rafael.

            Seu atendimento presencial com o gerente Sr. Marcos Vieira está agendado para
            terça-feira, 10/03, às 11h, na agência Paulista (Av. Paulista, 1100), para tratar
            do financiamento imobiliário.

            Banco Paulistano
            """),
        kind=None,
    ),
    Probe(
        slug="pt-pt-trap-revisao-automovel",
        user="lisbon",
        sender="Oficina Auto Lumiar <marcacoes@autolumiar.example>",
        subject="Marcação de revisão confirmada",
        date="Thu, 05 Mar 2026 17:00:00 +0000",
        body=_t("""
            Cara cliente,

            Confirmamos a revisão do seu Renault Clio (matrícula AA-12-BC) para segunda-feira,
            9 de março, às 8h30. A viatura estará pronta a partir das 17h00.

            Oficina Auto Lumiar
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-cartorio-escritura",
        user="saopaulo",
        sender="5º Tabelionato de Notas <agendamento@5tabelionato.example>",
        subject="Agendamento - assinatura de escritura",
        date="Fri, 06 Mar 2026 11:00:00 -0300",
        body=_t("""
            Prezado Sr. Rafael Souza,

            Confirmamos o agendamento para a assinatura da escritura de compra e venda na
            sexta-feira, 20/03/2026, às 17h, com o escrevente Dr. Fábio Rezende.

            Compareça com RG, CPF e certidão de casamento.

            5º Tabelionato de Notas
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-jornalista-entrevista",
        user="saopaulo",
        sender="Beatriz Lacerda <beatriz.lacerda@jornaldobairro.example>",
        subject="Pedido de entrevista - Jornal do Bairro",
        date="Mon, 02 Mar 2026 13:10:00 -0300",
        body=_t("""
            Olá Rafael,

            Sou repórter do Jornal do Bairro e estou preparando uma matéria sobre
            aplicativos de bairro em São Paulo. Você teria disponibilidade para uma
            entrevista por telefone na quinta-feira, 05/03, às 11h? Leva uns 20 minutos.

            Obrigada!
            Beatriz Lacerda
            Repórter - Jornal do Bairro
            """),
        kind=None,
    ),
    Probe(
        slug="pt-pt-trap-diretora-de-turma",
        user="lisbon",
        sender="Agrupamento de Escolas do Areeiro <secretaria@ae-areeiro.example>",
        subject="Atendimento ao Encarregado de Educação - 6.º B",
        date="Mon, 09 Mar 2026 18:00:00 +0000",
        body=_t("""
            Exma. Encarregada de Educação,

            Informamos que a Diretora de Turma do 6.º B, professora Cláudia Reis, a recebe
            para o atendimento individual na quarta-feira, 11 de março, às 17h30, na sala 14.

            A Direção
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-webinar-entrevista",
        user="saopaulo",
        sender="Escola de Carreiras <eventos@escoladecarreiras.example>",
        subject="Inscrição confirmada: Como se sair bem na entrevista de emprego",
        date="Wed, 04 Mar 2026 12:00:00 -0300",
        body=_t("""
            Olá, Rafael!

            Sua inscrição no webinar "Como se sair bem na entrevista de emprego" está
            confirmada.

            Quando: terça-feira, 10/03/2026, das 19h às 20h
            Palestrante: Vanessa Prado, mentora de carreira
            Link: https://escoladecarreiras.example/ao-vivo/entrevista

            Até lá!
            Equipe Escola de Carreiras
            """),
        kind=None,
    ),
    Probe(
        slug="pt-pt-trap-reuniao-de-equipa",
        user="lisbon",
        sender="Duarte Saraiva <duarte.saraiva@gabinete-estrela.example>",
        subject="Reunião de equipa quinta-feira",
        date="Tue, 03 Mar 2026 11:00:00 +0000",
        body=_t("""
            Olá a todos,

            Lembro a reunião de equipa de quinta-feira, 5 de março, às 14h30, na sala Tejo.
            Ordem de trabalhos: revisão do sprint, férias da Páscoa e o novo cliente Matos.

            Duarte
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-amigo-como-foi",
        user="saopaulo",
        sender="Felipe <felipe.andrade92@gmail.example>",
        subject="e aí??",
        date="Tue, 10 Mar 2026 21:00:00 -0300",
        body=_t("""
            Fala Rafa!

            E aí, como foi a entrevista hoje na Cajueiro? Perguntaram muita coisa técnica?
            Me conta tudo no sábado, churrasco lá em casa às 13h, beleza?

            Abraço,
            Felipe
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="pt-pt-trap-candidatura-recebida",
        user="lisbon",
        sender="Oceano Seguros Carreiras <carreiras@oceano-seguros.example>",
        subject="Recebemos a sua candidatura",
        date="Sun, 22 Feb 2026 20:30:00 +0000",
        body=_t("""
            Olá Inês,

            Obrigado pela sua candidatura à função de Analista de Risco. Recebemos a sua
            candidatura e a nossa equipa irá analisá-la com atenção. Caso o seu perfil se
            enquadre, entraremos em contacto para agendar uma entrevista.

            Equipa de Recrutamento - Oceano Seguros
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="pt-br-trap-obrigado-pela-entrevista",
        user="saopaulo",
        sender="Gustavo Nunes <gustavo.nunes@nuvemtech.example>",
        subject="Obrigado pela entrevista",
        date="Thu, 12 Mar 2026 18:10:00 -0300",
        body=_t("""
            Oi Rafael,

            Obrigado pela entrevista de hoje, foi muito bom conversar com você. Ainda temos
            mais alguns candidatos nesta etapa e devemos te dar um retorno até sexta-feira,
            dia 20.

            Abraço,
            Gustavo Nunes
            Engineering Manager - NuvemTech
            """),
        kind=Kind.OTHER,
    ),
    Probe(
        slug="pt-br-trap-voce-conduz-a-entrevista",
        user="saopaulo",
        sender="Tatiane Moreira <tatiane.moreira@estudio-paineira.example>",
        subject="Entrevista do candidato Lucas Martins - você conduz",
        date="Mon, 09 Mar 2026 10:00:00 -0300",
        body=_t("""
            Oi Rafael,

            Agendei a entrevista do candidato Lucas Martins (estágio em desenvolvimento)
            para quinta-feira, 12/03, às 14h, na sala Ipê. Você conduz a parte técnica e eu
            entro nos últimos 15 minutos. O currículo dele e o roteiro de perguntas estão
            em anexo.

            Valeu!
            Tatiane
            RH - Estúdio Paineira
            """),
        kind=None,
    ),
    Probe(
        slug="pt-br-trap-receita-federal",
        user="saopaulo",
        sender="Receita Federal - Atendimento <atendimento@receita-agenda.example>",
        subject="Atendimento presencial agendado",
        date="Tue, 03 Mar 2026 10:00:00 -0300",
        body=_t("""
            Prezado contribuinte,

            Seu atendimento presencial foi agendado para 18/03/2026 às 10h, na Delegacia da
            Receita Federal em São Paulo (Av. Prestes Maia, 733), para esclarecimentos sobre
            a Declaração de Imposto de Renda Pessoa Física 2025.

            Compareça com documento de identificação e os comprovantes de despesas médicas.
            """),
        kind=None,
    ),
]

# --- The checks -------------------------------------------------------------------------

PROBES: list[Probe] = ITALIAN + DUTCH + PORTUGUESE


@functools.cache
def _read(probe: Probe) -> Understanding:
    """The classifier's reading of one probe, sent to its user (read once: four checks ask)."""
    name, address, _ = USERS[probe.user]
    raw = mail(
        sender=probe.sender,
        to=f"{name} <{address}>",
        subject=probe.subject,
        body=probe.body,
        date=probe.date,
        headers=dict(probe.headers) or None,
    )
    return understand(raw, context(probe.user))


def _norm(text: str) -> str:
    """Case and spacing folded, for comparing names."""
    return " ".join(text.casefold().split())


# Checks the merged languages do not pass yet, as "check:slug": strict expected failures,
# so a reading that starts passing is noticed and the entry removed. The lead fills this
# from a run after each merge; the expectations above stay the reviewer's.
GAPS: frozenset[str] = frozenset(
    {
        "kind:nl-resched-nieuwe-tijd-in-plaats-van",
        "kind:nl-resched-uur-later",
        "names:it-outlook-quando-writer-too",
        "start:nl-resched-nieuwe-tijd-in-plaats-van",
        "start:nl-resched-uur-later",
    }
)


def _cases(probes: list[Probe], check: str) -> list[object]:
    """Probes as pytest parameters named by their slugs; known gaps are strict xfails."""
    return [
        pytest.param(
            p,
            id=p.slug,
            marks=[pytest.mark.xfail(strict=True, reason="gap")]
            if f"{check}:{p.slug}" in GAPS
            else [],
        )
        for p in probes
    ]


def test_slugs_are_unique() -> None:
    """Every probe has its own slug."""
    slugs = [p.slug for p in PROBES]
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("probe", _cases([p for p in PROBES if p.kind is not None], "kind"))
def test_kind(probe: Probe) -> None:
    """The message is read as the kind a careful human gives it."""
    result = _read(probe)
    assert result.kind is probe.kind, result.reasons


@pytest.mark.parametrize("probe", _cases([p for p in PROBES if p.kind is None], "trap"))
def test_trap_is_not_an_interview(probe: Probe) -> None:
    """An appointment, a press interview or someone else's interview is not the user's."""
    result = _read(probe)
    assert result.kind is not Kind.INTERVIEW, result.reasons


@pytest.mark.parametrize("probe", _cases([p for p in PROBES if p.start is not None], "start"))
def test_start(probe: Probe) -> None:
    """The interview starts at the stated time, in the stated zone or else the user's."""
    result = _read(probe)
    assert result.interview is not None, (result.kind, result.reasons)
    assert probe.start is not None
    got = result.interview.start
    assert got.utcoffset() is not None
    assert got == dt.datetime.fromisoformat(probe.start), got.isoformat()


@pytest.mark.parametrize("probe", _cases([p for p in PROBES if p.names], "names"))
def test_names(probe: Probe) -> None:
    """Every interviewer a reader finds in the message is among those listed."""
    result = _read(probe)
    assert result.interview is not None, (result.kind, result.reasons)
    found = [_norm(p.name or "") for p in result.interview.interviewers]
    missing = [n for n in probe.names if not any(_norm(n) in f for f in found)]
    assert not missing, found


@pytest.mark.parametrize("probe", _cases([p for p in PROBES if p.kind is Kind.INTERVIEW], "user"))
def test_user_is_never_an_interviewer(probe: Probe) -> None:
    """The user, by name or address, is never listed among the interviewers."""
    result = _read(probe)
    if result.interview is None:
        pytest.skip("not read as an interview (test_kind reports it)")
    name, address, _ = USERS[probe.user]
    for person in result.interview.interviewers:
        assert person.email != address, person
        who = _norm(person.name or "")
        assert not who or (who not in _norm(name) and _norm(name) not in who), person
