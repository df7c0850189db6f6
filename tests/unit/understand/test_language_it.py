"""Italian mail, recognised from the shipped lexicon files alone.

Every message here was written for these tests (invented companies and people) in the way
recruiting mail in Italy usually reads: recruiters writing "tu" or "Lei", agencies, ATS
notices, Google Calendar and Outlook invitations in Italian. Besides interviews and their
outcomes, it holds precision traps: "colloqui" with teachers, doctors and the centro per
l'impiego, press "interviste", newsletters and job alerts about interviews.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import day_first_user, mail, names, quoted, start, vevent_calendar

DATE = "Mon, 02 Mar 2026 09:15:00 +0100"
USER = "Giulia Ferri <giulia.ferri@libero.example>"


@pytest.fixture
def rome() -> Context:
    """A job seeker in Rome who writes dates day first."""
    return day_first_user("Giulia Ferri", "giulia.ferri@libero.example", "Europe/Rome")


def read(ctx: Context, sender: str, subject: str, body: str, **kw: object) -> Understanding:
    """Understand a message sent to the user in Rome on Monday 2 March 2026."""
    raw = mail(
        sender=sender,
        to=USER,
        subject=subject,
        body=body,
        date=str(kw.pop("date", DATE)),
        **kw,  # type: ignore[arg-type]
    )
    return understand(raw, ctx)


def iso(u: Understanding) -> str:
    """The interview's start as ISO 8601 with its offset."""
    return start(u).isoformat()


class TestConfirmedInterviews:
    """Invitations and confirmations that book a colloquio at a stated time."""

    def test_invitation_with_ore(self, rome: Context) -> None:
        """An invitation to a colloquio "giovedì 12 marzo 2026 alle ore 15:00" starts then."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Invito a colloquio - Data Analyst",
            "Gentile Giulia,\n\ngrazie per la tua candidatura per la posizione di Data "
            "Analyst. Siamo lieti di invitarti a un colloquio conoscitivo giovedì 12 marzo "
            "2026 alle ore 15:00 presso la nostra sede di Roma, Via Ostiense 131.\n\n"
            "Il colloquio sarà con Marco Bianchi, Head of Data.\n\nTi chiedo gentilmente di "
            "confermare la tua presenza rispondendo a questa mail.\n\nCordiali saluti,\n"
            "Chiara Conti\nHR Specialist | VerdeLab S.r.l.\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-12T15:00:00+01:00"
        assert "Marco Bianchi" in names(u)

    def test_formal_lei_with_dotted_clock(self, rome: Context) -> None:
        """A formal convocation "martedì 10 marzo alle 10.30" starts at 10:30."""
        u = read(
            rome,
            "Ufficio Risorse Umane <selezione@ferrovie-nord.example>",
            "Convocazione a colloquio di selezione",
            "Gentile Dott.ssa Ferri,\n\nin riferimento alla Sua candidatura per la posizione "
            "di Project Engineer, La convochiamo per un colloquio di selezione martedì 10 "
            "marzo alle 10.30 presso la nostra sede di Milano, Piazzale Cadorna 14.\n\n"
            "La preghiamo di presentarsi con un documento di identità.\n\nDistinti saluti,\n"
            "Ufficio Risorse Umane\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-10T10:30:00+01:00"

    def test_field_lines(self, rome: Context) -> None:
        """A confirmation with "Data:" and "Orario:" lines starts at the listed time."""
        u = read(
            rome,
            "Sara Galli <sara.galli@nuvola-software.example>",
            "Conferma colloquio tecnico - Backend Developer",
            "Ciao Giulia,\n\nti confermo il colloquio tecnico per la posizione di Backend "
            "Developer:\n\nData: giovedì 19 marzo 2026\nOrario: 09:30 - 10:30\nLuogo: "
            "Google Meet (il link arriverà con l'invito)\n\nParteciperanno Andrea Russo "
            "(Tech Lead) e Paolo Greco (Senior Engineer).\n\nA presto,\nSara Galli\n"
            "Talent Acquisition, Nuvola Software\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-19T09:30:00+01:00"
        assert sorted(names(u)) == ["Andrea Russo", "Paolo Greco"]

    def test_google_calendar_invitation_text(self, rome: Context) -> None:
        """Google Calendar's Italian invitation text gives the start in Rome."""
        body = (
            "Sei stato invitato al seguente evento.\n\n"
            "Colloquio conoscitivo - Giulia Ferri\n"
            "Quando\ngiovedì 12 marzo 2026 ⋅ 15:00 – 16:00 (Ora standard dell'Europa centrale)\n"
            "Partecipa con Google Meet\nmeet.google.com/xrt-abcd-kpq\n\n"
            "Invitati\nElena Marino - organizzatore\nGiulia Ferri\n\n"
            "Invito da Google Calendar\nRicevi questa email perché sei un invitato a "
            "questo evento.\n"
        )
        u = read(
            rome,
            "Elena Marino <elena.marino@brezza-energia.example>",
            "Invito: Colloquio conoscitivo - Giulia Ferri @ gio 12 mar 2026 15:00 - 16:00 (CET)",
            body,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-12T15:00:00+01:00"

    def test_calendar_file_from_outlook(self, rome: Context) -> None:
        """An Outlook invitation with an Italian title and a Rome TZID is an interview."""
        ics = vevent_calendar(
            summary="Colloquio - Giulia Ferri / Product Designer",
            start="20260317T113000",
            end="20260317T123000",
            tzid="Europe/Rome",
            organizer="mailto:federica.rizzi@orsa-design.example",
            organizer_cn="Federica Rizzi",
            attendees=(("Giulia Ferri", "giulia.ferri@libero.example"),),
            location="Microsoft Teams",
        )
        u = read(
            rome,
            "Federica Rizzi <federica.rizzi@orsa-design.example>",
            "Colloquio - Giulia Ferri / Product Designer",
            "Ciao Giulia, come d'accordo ti invio l'invito per il colloquio.\n\n"
            "Partecipa alla riunione di Microsoft Teams\n\nFederica\n",
            ics=ics,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-17T11:30:00+01:00"

    def test_ats_confirmation_range_with_zone(self, rome: Context) -> None:
        """An ATS notice "dalle 11:00 alle 12:00 (ora italiana)" starts at 11:00 in Rome."""
        u = read(
            rome,
            "Lumen Pay Recruiting <no-reply@greenhouse-mail.io>",
            "Il tuo colloquio con Lumen Pay è confermato",
            "Ciao Giulia,\n\nil tuo colloquio per la posizione di Backend Developer è "
            "confermato per mercoledì 18 marzo 2026 dalle 11:00 alle 12:00 (ora italiana).\n\n"
            "Ti intervisterà Davide Colombo, Engineering Manager.\n\nSe hai bisogno di "
            "spostare il colloquio, usa il link qui sotto.\n\nIl team Recruiting di Lumen Pay\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-18T11:00:00+01:00"

    def test_phone_interview_caller(self, rome: Context) -> None:
        """ "Ti chiamerà Luca Moretti lunedì 9 marzo alle 17" names the caller and the hour."""
        u = read(
            rome,
            "Martina Costa <martina.costa@pianeta-retail.example>",
            "Colloquio telefonico - Store Manager",
            "Ciao Giulia,\n\ncome anticipato, il primo step della selezione è un colloquio "
            "telefonico di circa 20 minuti. Luca Moretti, Area Manager, ti chiamerà lunedì "
            "9 marzo alle 17:00 al numero che hai indicato nel CV.\n\nBuona giornata,\n"
            "Martina Costa\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-09T17:00:00+01:00"
        assert "Luca Moretti" in names(u)

    def test_reply_settles_the_slot(self, rome: Context) -> None:
        """A reply "Perfetto, allora ci vediamo venerdì 13 marzo alle 9:30" books the slot."""
        earlier = (
            "Ciao Giulia,\n\nvorremmo conoscerti per la posizione di Junior Accountant. "
            "Saresti disponibile venerdì 13 marzo alle 9:30 o alle 14:00?\n\nRoberta"
        )
        u = read(
            rome,
            "Roberta Fontana <roberta.fontana@studio-fontana.example>",
            "R: Candidatura - Junior Accountant",
            "Perfetto, allora ci vediamo venerdì 13 marzo alle 9:30 nel nostro studio in "
            "Via Nazionale 40, terzo piano.\n\nA presto,\nRoberta Fontana\n"
            + quoted("Roberta Fontana", "lun 2 mar 2026 alle 10:02", earlier),
            headers={"In-Reply-To": "<prev.1@studio-fontana.example>"},
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-13T09:30:00+01:00"

    def test_agency_client_meeting(self, rome: Context) -> None:
        """An agency fixing a colloquio with its client "alle ore 14.30" is an interview."""
        u = read(
            rome,
            "Stefano Ricci <s.ricci@talentia-search.example>",
            "Colloquio con nostro cliente - Controller",
            "Buongiorno Giulia,\n\ncome da accordi telefonici, il nostro cliente, "
            "un'importante azienda del settore farmaceutico, vorrebbe conoscerti. Il "
            "colloquio è fissato per lunedì 16 marzo alle ore 14.30 presso la sede del "
            "cliente a Pomezia; ti invierò l'indirizzo esatto a breve.\n\nCordialmente,\n"
            "Stefano Ricci\nSenior Consultant | Talentia Search\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-16T14:30:00+01:00"

    def test_html_quoted_printable(self, rome: Context) -> None:
        """An HTML confirmation with accented words (sent quoted-printable) is read alike."""
        html = (
            "<html><body><p>Gentile Giulia,</p><p>ti confermo il colloquio di lavoro per "
            "la posizione di <b>Marketing Specialist</b>:</p><ul><li><b>Data:</b> "
            "mercoledì 25 marzo 2026</li><li><b>Ora:</b> 16:00</li><li><b>Dove:</b> "
            "Corso Buenos Aires 77, Milano</li></ul><p>Saluti,<br>Valentina Greco<br>"
            "Responsabile Risorse Umane</p></body></html>"
        )
        u = read(
            rome,
            "Valentina Greco <v.greco@arancio-media.example>",
            "Conferma colloquio di lavoro",
            "Gentile Giulia,\n\nti confermo il colloquio di lavoro per la posizione di "
            "Marketing Specialist:\n\nData: mercoledì 25 marzo 2026\nOra: 16:00\nDove: "
            "Corso Buenos Aires 77, Milano\n\nSaluti,\nValentina Greco\nResponsabile "
            "Risorse Umane\n",
            html=html,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-25T16:00:00+01:00"

    def test_tomorrow_between(self, rome: Context) -> None:
        """ "domani tra le 10:00 e le 11:00" starts tomorrow at 10:00."""
        u = read(
            rome,
            "Alessandro Bruno <alessandro.bruno@gruppo-ardesia.example>",
            "Colloquio conoscitivo domani",
            "Ciao Giulia,\n\nti confermo il colloquio conoscitivo per la posizione di "
            "Buyer: ci sentiamo domani tra le 10:00 e le 11:00 su Teams.\n\nAlessandro "
            "Bruno\nHR Business Partner\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-03T10:00:00+01:00"

    def test_london_clock(self, rome: Context) -> None:
        """ "alle 10:00 ora di Londra" is read on London's clock."""
        u = read(
            rome,
            "Olivia Marchetti <olivia.marchetti@thamesbridge.example>",
            "Secondo colloquio - Risk Analyst",
            "Ciao Giulia,\n\nsiamo lieti di invitarti a un secondo colloquio con il nostro "
            "Head of Risk giovedì 26 marzo alle 10:00 ora di Londra, su Zoom.\n\nA presto,\n"
            "Olivia Marchetti\nTalent Acquisition\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-26T10:00:00+00:00"

    def test_numeric_day_first_date(self, rome: Context) -> None:
        """ "il 17/03/2026 alle 11:00" is 17 March, day first."""
        u = read(
            rome,
            "Selezione Personale <selezione@cooperativa-alba.example>",
            "Convocazione colloquio - Educatrice",
            "Gentile candidata,\n\nLa invitiamo a colloquio il 17/03/2026 alle 11:00 presso "
            "la sede della Cooperativa Alba, Via dei Mille 8, Torino.\n\nIn caso di "
            "impedimento La preghiamo di avvisarci.\n\nUfficio Selezione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-17T11:00:00+01:00"

    def test_summer_time_in_april(self, rome: Context) -> None:
        """An April date is on Rome's summer clock (+02:00)."""
        u = read(
            rome,
            "Giorgio Villa <giorgio.villa@tessiture-villa.example>",
            "Colloquio finale - Responsabile Produzione",
            "Buongiorno Giulia,\n\nla aspettiamo per il colloquio finale con il nostro "
            "amministratore delegato giovedì 9 aprile alle ore 11:00 nello stabilimento di "
            "Biella.\n\nCordiali saluti,\nGiorgio Villa\nDirettore del Personale\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-04-09T11:00:00+02:00"

    def test_public_sector_candidates_summoned(self, rome: Context) -> None:
        """A public body's "convocazione al colloquio" with its day and hour is an interview."""
        u = read(
            rome,
            "Ufficio Personale <personale@comune-collefiorito.example>",
            "Avviso di selezione n. 4/2026 - convocazione al colloquio",
            "Gentile Giulia Ferri,\n\ncon la presente La informiamo che è convocata al "
            "colloquio previsto dall'avviso di selezione per Istruttore Amministrativo, che "
            "si terrà martedì 24 marzo 2026 alle ore 9:30 presso la Sala Consiliare del "
            "Comune.\n\nIl Responsabile del Servizio Personale\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-24T09:30:00+01:00"

    def test_afternoon_in_words(self, rome: Context) -> None:
        """ "alle 3 del pomeriggio" is 15:00."""
        u = read(
            rome,
            "Laura Rinaldi <laura.rinaldi@caffe-rinaldi.example>",
            "Colloquio per il posto di barista",
            "Ciao Giulia,\n\nho letto il tuo curriculum per il posto di barista. Ti "
            "aspettiamo per il colloquio mercoledì 11 marzo alle 3 del pomeriggio al bar.\n\n"
            "Laura Rinaldi\nTitolare\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-11T15:00:00+01:00"

    def test_interviewer_with_honorific(self, rome: Context) -> None:
        """ "Sarai intervistata dall'Ing. Roberto Esposito" drops the honorific from the name."""
        u = read(
            rome,
            "Anna Lombardi <anna.lombardi@idro-sud.example>",
            "Colloquio tecnico - Ingegnere di processo",
            "Ciao Giulia,\n\nti confermo il colloquio tecnico di venerdì 20 marzo alle "
            "ore 10:00 presso la nostra sede di Napoli. Ti intervisterà l'Ing. Roberto "
            "Esposito, Direttore Tecnico.\n\nAnna Lombardi\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-20T10:00:00+01:00"
        assert "Roberto Esposito" in names(u)


class TestCancellationsAndMoves:
    """Called off and moved colloqui."""

    def test_cancelled(self, rome: Context) -> None:
        """ "dobbiamo annullare il colloquio di giovedì" is a cancellation."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Annullamento colloquio del 12 marzo",
            "Gentile Giulia,\n\npurtroppo per un imprevisto dobbiamo annullare il colloquio "
            "di giovedì 12 marzo alle 15:00 per la posizione di Data Analyst. Ti ricontatteremo nei prossimi giorni per "
            "fissare una nuova data.\n\nCi scusiamo per il disagio,\nChiara Conti\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_google_event_cancelled(self, rome: Context) -> None:
        """Google Calendar's Italian "Evento annullato" for a colloquio is a cancellation."""
        u = read(
            rome,
            "Elena Marino <elena.marino@brezza-energia.example>",
            "Evento annullato: Colloquio conoscitivo - Giulia Ferri @ gio 12 mar 2026 "
            "15:00 - 16:00 (CET)",
            "Questo evento è stato annullato e rimosso dal tuo calendario.\n\n"
            "Colloquio conoscitivo - Giulia Ferri\nQuando\ngiovedì 12 marzo 2026 ⋅ "
            "15:00 – 16:00 (Ora standard dell'Europa centrale)\n\nInvito da Google Calendar\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_moved_to_new_day(self, rome: Context) -> None:
        """A colloquio moved "a venerdì 13 marzo alle 11:00" is an interview at the new time."""
        u = read(
            rome,
            "Sara Galli <sara.galli@nuvola-software.example>",
            "Spostamento colloquio tecnico",
            "Ciao Giulia,\n\npurtroppo Andrea ha avuto un imprevisto e dobbiamo spostare il "
            "colloquio tecnico di giovedì 12 marzo. La nuova data è venerdì 13 marzo alle "
            "11:00, sempre su Google Meet. Ti ho già aggiornato l'invito.\n\nScusa il "
            "cambio,\nSara Galli\nTalent Acquisition\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-13T11:00:00+01:00"
        assert u.interview is not None
        assert u.interview.rescheduled


class TestSchedulingRequests:
    """Asked to choose a time; nothing booked yet."""

    def test_availability_asked(self, rome: Context) -> None:
        """Asking for "la tua disponibilità" for a colloquio is a scheduling request."""
        u = read(
            rome,
            "Francesca Leone <francesca.leone@sole-logistica.example>",
            "La tua candidatura - Supply Chain Analyst",
            "Ciao Giulia,\n\ngrazie per la tua candidatura. Il tuo profilo ci ha colpito e "
            "vorremmo invitarti a un primo colloquio conoscitivo. Potresti indicarmi la tua "
            "disponibilità per la prossima settimana?\n\nGrazie,\nFrancesca Leone\n"
            "Recruiter\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_options_offered(self, rome: Context) -> None:
        """Two offered slots and "Quale preferisci?" is a scheduling request."""
        u = read(
            rome,
            "Matteo De Luca <matteo.deluca@pixelforge.example>",
            "Colloquio - Frontend Developer",
            "Ciao Giulia,\n\nper il colloquio tecnico ti propongo queste opzioni:\n\n"
            "- martedì 10 marzo alle 10:00\n- mercoledì 11 marzo alle 15:00\n\nQuale "
            "preferisci?\n\nMatteo De Luca\nEngineering Manager\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_ats_self_scheduling(self, rome: Context) -> None:
        """An ATS asking to pick a slot for the colloquio through a link is a request."""
        u = read(
            rome,
            "Talent Team Corallo <no-reply@teamtailor-mail.com>",
            "Prenota il tuo colloquio con Corallo",
            "Ciao Giulia,\n\ngrazie per esserti candidata alla posizione di Customer "
            "Success Manager. Vorremmo conoscerti meglio: scegli uno slot per il tuo "
            "colloquio conoscitivo dal link qui sotto.\n\nPrenota il colloquio\n\n"
            "Il team di Corallo\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


class TestOutcomes:
    """Rejections and offers."""

    def test_rejection_other_candidates(self, rome: Context) -> None:
        """ "abbiamo deciso di proseguire con altri candidati" is a rejection."""
        u = read(
            rome,
            "Recruiting Nuvola <jobs@nuvola-software.example>",
            "Aggiornamento sulla tua candidatura",
            "Ciao Giulia,\n\nti ringraziamo per il tempo dedicato al nostro processo di "
            "selezione. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri "
            "candidati il cui profilo è più vicino alle esigenze del ruolo.\n\nTi auguriamo "
            "il meglio per il tuo percorso professionale.\n\nIl team Recruiting\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_rejection_not_selected(self, rome: Context) -> None:
        """ "la Sua candidatura non è stata selezionata" is a rejection."""
        u = read(
            rome,
            "Ufficio Risorse Umane <selezione@ferrovie-nord.example>",
            "Esito selezione - Project Engineer",
            "Gentile Dott.ssa Ferri,\n\nLa ringraziamo per l'interesse dimostrato verso la "
            "nostra azienda. Siamo spiacenti di comunicarLe che la Sua candidatura non è "
            "stata selezionata per il proseguimento dell'iter.\n\nDistinti saluti,\n"
            "Ufficio Risorse Umane\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_rejection_better_matching_profiles(self, rome: Context) -> None:
        """ "profili più in linea" with the role after the colloquio is a rejection."""
        u = read(
            rome,
            "Francesca Leone <francesca.leone@sole-logistica.example>",
            "Re: Colloquio Supply Chain Analyst",
            "Ciao Giulia,\n\ngrazie ancora per il colloquio della settimana scorsa. "
            "Purtroppo abbiamo individuato profili più in linea con quanto richiesto e non "
            "procederemo con la tua candidatura.\n\nUn caro saluto,\nFrancesca\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_offer(self, rome: Context) -> None:
        """ "siamo lieti di offrirti la posizione" is an offer."""
        u = read(
            rome,
            "Davide Colombo <davide.colombo@lumenpay.example>",
            "Proposta di assunzione - Backend Developer",
            "Ciao Giulia,\n\na seguito dei colloqui, siamo lieti di offrirti la posizione di "
            "Backend Developer. In allegato trovi la lettera di assunzione con RAL, benefit "
            "e data di inizio.\n\nBenvenuta a bordo!\nDavide Colombo\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_offer_letter_attached(self, rome: Context) -> None:
        """A formal offer "la nostra offerta formale" to sign is an offer."""
        u = read(
            rome,
            "Risorse Umane Arancio <hr@arancio-media.example>",
            "Offerta formale - Marketing Specialist",
            "Gentile Giulia,\n\ncome anticipato telefonicamente, ti inviamo la nostra offerta "
            "formale per il ruolo di Marketing Specialist. Ti chiediamo di firmare il "
            "contratto entro venerdì 20 marzo.\n\nRisorse Umane\nArancio Media\n",
        )
        assert u.kind is Kind.OFFER, u.reasons


class TestAutomatic:
    """Auto-replies, newsletters and job alerts."""

    def test_out_of_office(self, rome: Context) -> None:
        """An Italian out-of-office answer is an auto-reply."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Risposta automatica: Re: Invito a colloquio - Data Analyst",
            "Buongiorno,\n\nsono fuori ufficio fino a lunedì 16 marzo con accesso limitato "
            "alla posta. Per urgenze scrivere a selezione@verdelab.example.\n\nChiara Conti\n",
            headers={"Auto-Submitted": "auto-replied"},
        )
        assert u.kind is Kind.AUTO_REPLY, u.reasons

    def test_out_of_office_without_header(self, rome: Context) -> None:
        """A "Fuori sede" answer without the RFC 3834 header is still an auto-reply."""
        u = read(
            rome,
            "Stefano Ricci <s.ricci@talentia-search.example>",
            "Fuori sede",
            "Sono in ferie fino al 20 marzo e risponderò al mio rientro. Per questioni "
            "urgenti contattare info@talentia-search.example.\n\nStefano Ricci\n",
        )
        assert u.kind is Kind.AUTO_REPLY, u.reasons

    def test_job_alert(self, rome: Context) -> None:
        """A job board's alert with new offers is bulk mail."""
        u = read(
            rome,
            "LavoroOggi <avvisi@lavorooggi.example>",
            "Nuove offerte di lavoro per te: Data Analyst a Roma",
            "Ciao Giulia,\n\nabbiamo trovato 12 nuove offerte di lavoro in linea con il tuo "
            "profilo:\n\n- Data Analyst - Banca Tirrena - Roma\n- Junior Data Scientist - "
            "Oriente Tech - Roma\n\nVedi tutte le offerte\n\nRicevi questa email perché hai "
            "attivato un avviso di lavoro. Gestisci i tuoi avvisi o disiscriviti.\n",
            headers={"List-Unsubscribe": "<https://lavorooggi.example/unsub>"},
        )
        assert u.kind is Kind.BULK, u.reasons

    def test_interview_tips_newsletter(self, rome: Context) -> None:
        """A newsletter of tips for the colloquio di lavoro is bulk, not an interview."""
        u = read(
            rome,
            "Carriere Digitali <newsletter@carrieredigitali.example>",
            "7 errori da evitare al colloquio di lavoro",
            "Ciao Giulia,\n\nin questa newsletter: come prepararti a un colloquio di lavoro, "
            "le domande più frequenti e il nostro webinar gratuito di giovedì 12 marzo alle "
            "18:00.\n\nIscriviti ora!\n\nPer non ricevere più queste email, cancella "
            "l'iscrizione.\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons
        assert u.kind in (Kind.BULK, Kind.OTHER), u.reasons


class TestNotInterviews:
    """Appointments and talks that are no job interview."""

    def test_dentist(self, rome: Context) -> None:
        """A dentist's appointment reminder is not an interview."""
        u = read(
            rome,
            "Studio Dentistico Sorriso <appuntamenti@studio-sorriso.example>",
            "Promemoria appuntamento",
            "Gentile Giulia Ferri,\n\nLe ricordiamo l'appuntamento per l'igiene dentale "
            "giovedì 12 marzo alle ore 17:30 con la Dott.ssa Valeria Serra.\n\nIn caso di "
            "disdetta La preghiamo di avvisarci 24 ore prima.\n\nStudio Dentistico Sorriso\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_bank_branch(self, rome: Context) -> None:
        """A bank's meeting at the branch about a mortgage is not an interview."""
        u = read(
            rome,
            "Banca Tirrena <filiale.roma3@banca-tirrena.example>",
            "Conferma appuntamento in filiale",
            "Gentile cliente,\n\nLe confermiamo l'appuntamento con il Suo consulente per "
            "la pratica di mutuo mercoledì 11 marzo alle ore 11:00 presso la filiale di "
            "Roma Prati.\n\nBanca Tirrena\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_car_service(self, rome: Context) -> None:
        """A garage booking the car's tagliando is not an interview."""
        u = read(
            rome,
            "Officina Autoservice Marconi <officina@autoservice-marconi.example>",
            "Conferma prenotazione tagliando",
            "Buongiorno,\n\nle confermiamo il tagliando della sua vettura venerdì 13 marzo "
            "alle 8:30. La preghiamo di lasciare le chiavi in accettazione.\n\nOfficina "
            "Marconi\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_parent_teacher_colloquio(self, rome: Context) -> None:
        """A school's colloquio with a teacher is not a job interview."""
        u = read(
            rome,
            "Scuola Primaria G. Pascoli <segreteria@ic-pascoli.example>",
            "Colloqui scuola-famiglia - conferma prenotazione",
            "Gentile genitore,\n\nLe confermiamo il colloquio con la maestra Rossi per "
            "l'alunno Tommaso Ferri mercoledì 11 marzo alle ore 16:30 in aula 3.\n\n"
            "La Segreteria\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_journalist_intervista(self, rome: Context) -> None:
        """A journalist's "intervista" for an article is not a job interview."""
        u = read(
            rome,
            "Lorenzo Sala <lorenzo.sala@corriere-del-tevere.example>",
            "Richiesta di intervista",
            "Buongiorno Giulia,\n\nsono un giornalista del Corriere del Tevere e vorrei "
            "intervistarti per un articolo sulle donne nella data science. Ti andrebbe "
            "bene giovedì 12 marzo alle 11:00 al telefono?\n\nGrazie,\nLorenzo Sala\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_colleague_meeting(self, rome: Context) -> None:
        """A colleague's project meeting is not an interview."""
        u = read(
            rome,
            "Paolo Marini <paolo.marini@acquaviva.example>",
            "Riunione di allineamento progetto Orione",
            "Ciao Giulia,\n\nci vediamo giovedì alle 10 in sala riunioni per fare il punto "
            "sul progetto Orione. Porta i numeri aggiornati del trimestre.\n\nPaolo\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_webinar(self, rome: Context) -> None:
        """A webinar about the colloquio di lavoro is not an interview."""
        u = read(
            rome,
            "Academy Talenti <eventi@academy-talenti.example>",
            "Webinar: come affrontare il colloquio di lavoro",
            'Ciao Giulia,\n\ngrazie per esserti iscritta al webinar "Come affrontare il '
            'colloquio di lavoro" di martedì 10 marzo alle 18:30. Riceverai il link il '
            "giorno dell'evento.\n\nAcademy Talenti\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_friend_asks_how_it_went(self, rome: Context) -> None:
        """A friend asking how the colloquio went is not an interview."""
        u = read(
            rome,
            "Marta <marta.ferri88@gmail.com>",
            "allora??",
            "Giuli! Com'è andato il colloquio di ieri? Raccontami tutto stasera alle 20 "
            "a cena da me. In bocca al lupo per la risposta!\n\nMarta\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_application_received(self, rome: Context) -> None:
        """An acknowledgement "abbiamo ricevuto la tua candidatura" is other mail."""
        u = read(
            rome,
            "Careers Oriente Tech <no-reply@oriente-tech.example>",
            "Abbiamo ricevuto la tua candidatura",
            "Ciao Giulia,\n\ngrazie per esserti candidata alla posizione di Junior Data "
            "Scientist. Abbiamo ricevuto la tua candidatura e la valuteremo con attenzione. "
            "Se il tuo profilo sarà in linea, ti contatteremo per fissare un colloquio.\n\n"
            "Il team Talent di Oriente Tech\n",
        )
        assert u.kind is Kind.OTHER, u.reasons

    def test_employment_centre(self, rome: Context) -> None:
        """A centro per l'impiego's colloquio is an obligation, not a job interview."""
        u = read(
            rome,
            "Centro per l'Impiego di Roma Tiburtino <cpi.tiburtino@regione.example>",
            "Convocazione colloquio di orientamento",
            "Gentile Giulia Ferri,\n\nLa invitiamo a presentarsi presso il Centro per "
            "l'Impiego di Roma Tiburtino martedì 10 marzo alle ore 9:00 per il colloquio "
            "previsto dal patto di servizio.\n\nCentro per l'Impiego\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_yearly_review(self, rome: Context) -> None:
        """The yearly colloquio di valutazione with one's own manager is not an interview."""
        u = read(
            rome,
            "Roberto Gentile <roberto.gentile@acquaviva.example>",
            "Colloquio di valutazione annuale",
            "Ciao Giulia,\n\nti confermo il colloquio di valutazione annuale giovedì 19 "
            "marzo alle 14:00 nel mio ufficio. Porta la tua autovalutazione compilata.\n\n"
            "Roberto\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_psychologist(self, rome: Context) -> None:
        """A psychologist's first session is not an interview."""
        u = read(
            rome,
            "Dott.ssa Irene Pace <studio@irenepace-psicologa.example>",
            "Conferma primo colloquio",
            "Gentile Giulia,\n\nLe confermo il primo colloquio presso il mio studio di "
            "psicologa lunedì 9 marzo alle 18:00, Via Cola di Rienzo 12.\n\nCordiali "
            "saluti,\nDott.ssa Irene Pace\nPsicologa e psicoterapeuta\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_hairdresser(self, rome: Context) -> None:
        """A hairdresser's booking is not an interview."""
        u = read(
            rome,
            "Salone Bellezza Marisa <prenotazioni@salone-marisa.example>",
            "Prenotazione confermata",
            "Ciao Giulia, la tua prenotazione dal parrucchiere per taglio e piega è "
            "confermata per sabato 7 marzo alle 10:00. A presto!\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_friends_own_interview(self, rome: Context) -> None:
        """A friend writing about their own colloquio is not the user's interview."""
        u = read(
            rome,
            "Luca <luca.benedetti@gmail.com>",
            "martedì!!",
            "Ciao Giuli, ho un colloquio martedì alle 15 da Lumen Pay per un posto da "
            "sviluppatore, incrocia le dita per me! Poi ti racconto.\n\nLuca\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_exit_interview(self, rome: Context) -> None:
        """An exit interview at the user's own employer is not a job interview."""
        u = read(
            rome,
            "HR Acquaviva <hr@acquaviva.example>",
            "Colloquio di uscita",
            "Ciao Giulia,\n\nin vista del tuo ultimo giorno ti proponiamo il colloquio di "
            "uscita venerdì 27 marzo alle 11:00 con l'ufficio del personale.\n\nHR\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_user_research_study(self, rome: Context) -> None:
        """A paid user-research "intervista" is not a job interview."""
        u = read(
            rome,
            "Ricerca Utenti Pagamo <ricerca@pagamo.example>",
            "Partecipa al nostro studio: 30 minuti, buono Amazon da 25 euro",
            "Ciao Giulia,\n\nstiamo cercando persone per un'intervista di 30 minuti sulla "
            "nostra app. Ti proponiamo giovedì 12 marzo alle 17:00 su Zoom; come "
            "ringraziamento riceverai un buono Amazon.\n\nIl team Ricerca Utenti\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_flat_viewing(self, rome: Context) -> None:
        """A flat viewing booked by an estate agent is not an interview."""
        u = read(
            rome,
            "Immobiliare Colosseo <info@immobiliare-colosseo.example>",
            "Visita appartamento Via Merulana",
            "Buongiorno Giulia,\n\nle confermo la visita dell'appartamento in Via Merulana "
            "giovedì 12 marzo alle 18:30. Ci vediamo davanti al portone.\n\nMassimo\n"
            "Immobiliare Colosseo\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_boiler_service(self, rome: Context) -> None:
        """A technician's visit for the boiler is not an interview."""
        u = read(
            rome,
            "Assistenza Caldaie Termosud <assistenza@termosud.example>",
            "Conferma intervento manutenzione caldaia",
            "Gentile cliente,\n\nle confermiamo l'intervento di manutenzione della caldaia "
            "presso la sua abitazione martedì 10 marzo tra le 14:00 e le 16:00. Il tecnico "
            "la chiamerà mezz'ora prima.\n\nTermosud\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_radio_guest(self, rome: Context) -> None:
        """A radio show booking the user as a guest is not a job interview."""
        u = read(
            rome,
            "Radio Tevere <redazione@radiotevere.example>",
            "Intervista in diretta giovedì",
            "Ciao Giulia,\n\nti confermo l'intervista in diretta nella puntata di giovedì 12 "
            "marzo alle 9:15. Ti chiameremo in studio cinque minuti prima.\n\nLa redazione\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_career_day(self, rome: Context) -> None:
        """A university career day with mock colloqui is not an interview."""
        u = read(
            rome,
            "Ufficio Placement <placement@ateneo-roma.example>",
            "Career Day 2026: prenota il tuo posto",
            "Cara studentessa,\n\nil Career Day si terrà giovedì 19 marzo dalle 9:30 alle "
            "17:00 nell'Aula Magna. Potrai fare simulazioni di colloquio con le aziende "
            "presenti. Prenota il tuo posto entro il 15 marzo.\n\nUfficio Placement\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestPeopleAndCompanies:
    """Who runs the colloquio, and for which company."""

    BODY = (
        "Ciao Giulia,\n\nti confermo il colloquio per la posizione di Data Analyst giovedì 12 "
        "marzo alle 15:00. {people}\n\nChiara Conti\nRecruiter\n"
    )

    def people(self, ctx: Context, sentence: str) -> Understanding:
        """A recruiter's confirmation carrying one sentence about the people."""
        return read(
            ctx,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio Data Analyst",
            self.BODY.format(people=sentence),
        )

    def test_conducted_by(self, rome: Context) -> None:
        """ "Il colloquio sarà condotto da X e Y" names both."""
        u = self.people(rome, "Il colloquio sarà condotto da Marco Bianchi e Sara Neri.")
        assert sorted(names(u)) == ["Marco Bianchi", "Sara Neri"]

    def test_you_will_meet_with_titles(self, rome: Context) -> None:
        """ "Conoscerai X (CTO) e la nostra Head of People, Y" names both."""
        u = self.people(
            rome, "Conoscerai Marco Bianchi (CTO) e la nostra Head of People, Sara Neri."
        )
        assert sorted(names(u)) == ["Marco Bianchi", "Sara Neri"]

    def test_honorifics_dropped(self, rome: Context) -> None:
        """ "Saranno presenti l'Ing. X e la Dott.ssa Y" keeps only the names."""
        u = self.people(rome, "Saranno presenti l'Ing. Marco Bianchi e la Dott.ssa Sara Neri.")
        assert sorted(names(u)) == ["Marco Bianchi", "Sara Neri"]

    def test_writer_among_interviewers(self, rome: Context) -> None:
        """ "Marco Bianchi e io condurremo il colloquio" counts the writer too."""
        u = self.people(rome, "Marco Bianchi e io condurremo il colloquio.")
        assert sorted(names(u)) == ["Chiara Conti", "Marco Bianchi"]

    def test_passive_interviewed_by(self, rome: Context) -> None:
        """ "Sarai intervistata da X e dalla Dott.ssa Y" names both."""
        u = self.people(
            rome, "Sarai intervistata da Marco Bianchi (CTO) e dalla Dott.ssa Sara Neri."
        )
        assert sorted(names(u)) == ["Marco Bianchi", "Sara Neri"]

    def test_agency_names_its_client(self, rome: Context) -> None:
        """An agency writing "per conto del nostro cliente X" gives X as the company."""
        u = read(
            rome,
            "Stefano Ricci <s.ricci@talentia-search.example>",
            "Colloquio - Responsabile Magazzino",
            "Buongiorno Giulia,\n\nti confermo il colloquio per conto del nostro cliente "
            "Orione Logistica per la posizione di Responsabile Magazzino, lunedì 16 marzo "
            "alle ore 14:30.\n\nStefano Ricci\nSenior Consultant\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.company == "Orione Logistica"
        assert u.interview.role == "Responsabile Magazzino"

    def test_team_signature_is_no_person(self, rome: Context) -> None:
        """ "Il team HR di Orione Logistica" signs for a team, never a person met."""
        u = read(
            rome,
            "Sara Neri <sara.neri.hr@gmail.com>",
            "Colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio per la posizione di Responsabile "
            "Magazzino lunedì 16 marzo alle ore 14:30.\n\nCordiali saluti,\nIl team HR di "
            "Orione Logistica\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-16T14:30:00+01:00"
        assert "Orione Logistica" not in names(u)
        assert u.interview is not None
        assert u.interview.role == "Responsabile Magazzino"


class TestMoreForms:
    """Replies, ATS notices and footers as Italian mail writes them."""

    FOOTER = (
        "\n\n--\nVerdeLab S.r.l. - Via Ostiense 131, 00154 Roma - Partita IVA 01234567890\n"
        "Informativa privacy: i Suoi dati sono trattati ai sensi dell'articolo 13 del "
        "Regolamento UE 2016/679. Può chiedere in ogni momento di cancellare i Suoi dati "
        "scrivendo a privacy@verdelab.example.\n"
    )

    def test_reply_takes_the_time(self, rome: Context) -> None:
        """A recruiter's "va benissimo giovedì alle 15. A giovedì!" books it."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Re: Colloquio",
            "Ciao Giulia, va benissimo giovedì alle 15. A giovedì!\n\nChiara\nRecruiter\n"
            + quoted(
                "Giulia Ferri",
                "lun 2 mar 2026",
                "Buongiorno Chiara, per il colloquio giovedì alle 15 andrebbe bene?\nGiulia",
            ),
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T15:00:00+01:00"

    def test_privacy_footer_does_not_cancel(self, rome: Context) -> None:
        """A GDPR footer ("cancellare i Suoi dati", "Partita IVA") leaves the booking."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio conoscitivo",
            "Gentile Giulia,\n\nLa ringrazio per la disponibilità. Le confermo il colloquio "
            "conoscitivo per martedì 17 marzo alle ore 11:00 presso i nostri uffici.\n\n"
            "Cordiali saluti\nChiara Conti\nHR" + self.FOOTER,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-17T11:00:00+01:00"

    def test_personio_dotted_date(self, rome: Context) -> None:
        """An ATS invitation with "Data: 24.03.2026" and "Orario: 14:00 - 15:00 (CET)"."""
        u = read(
            rome,
            "Ardesia Recruiting <noreply@personio.de>",
            "Invito al colloquio - Sviluppatore Java",
            "Ciao Giulia,\n\nsei stata invitata a un colloquio per la posizione di "
            "Sviluppatore Java presso Ardesia.\n\nData: 24.03.2026\nOrario: 14:00 - 15:00 "
            "(CET)\nLuogo: Videochiamata (Google Meet)\n\nCordiali saluti,\nIl team di "
            "Ardesia\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-24T14:00:00+01:00"
        assert u.interview is not None
        assert u.interview.company == "Ardesia"

    def test_day_after_tomorrow(self, rome: Context) -> None:
        """ "dopodomani alle 17:30" is two days after the message."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio per la posizione di Data Analyst per "
            "dopodomani alle 17:30.\n\nChiara\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-04T17:30:00+01:00"

    def test_quarter_past_in_words(self, rome: Context) -> None:
        """ "giovedì alle 10 e un quarto" is 10:15 on the coming Thursday."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio per la posizione di Data Analyst per "
            "giovedì alle 10 e un quarto.\n\nChiara\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T10:15:00+01:00"

    def test_bounce(self, rome: Context) -> None:
        """An Italian delivery report is an automatic answer."""
        u = read(
            rome,
            "Mail Delivery System <mailer-daemon@libero.example>",
            "Notifica di mancato recapito",
            "Il messaggio inviato a chiara.conti@verdelab.example non è stato recapitato: "
            "casella inesistente.\n",
        )
        assert u.kind is Kind.AUTO_REPLY, u.reasons


class TestMoreNegatives:
    """More appointments that only look like a colloquio."""

    def test_vaccine(self, rome: Context) -> None:
        """A pharmacy's vaccine booking is not an interview."""
        u = read(
            rome,
            "Farmacia Centrale <info@farmacia-centrale.example>",
            "Prenotazione vaccino",
            "Gentile Giulia, la sua prenotazione per la vaccinazione è confermata per "
            "giovedì 12 marzo alle 10:20.\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_identity_card(self, rome: Context) -> None:
        """A town hall's identity-card appointment is not an interview."""
        u = read(
            rome,
            "Comune di Roma <noreply@comune.roma.example>",
            "Appuntamento carta d'identità",
            "Gentile cittadina, il suo appuntamento per il rilascio della carta d'identità "
            "elettronica è confermato per martedì 10 marzo alle ore 9:40 presso il "
            "Municipio I.\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_master_admission(self, rome: Context) -> None:
        """A master's admission colloquio is not a job interview."""
        u = read(
            rome,
            "Segreteria Master <master@ateneo-roma.example>",
            "Colloquio di ammissione al Master in Data Science",
            "Gentile candidata,\n\nil colloquio di ammissione al Master in Data Science si "
            "terrà giovedì 12 marzo alle 10:00 su Teams.\n\nLa Segreteria\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_user_sits_on_the_panel(self, rome: Context) -> None:
        """A colleague asking the user to interview a candidate is not her interview."""
        u = read(
            rome,
            "Marco Bianchi <marco.bianchi@acquaviva.example>",
            "Colloqui candidati Data Analyst",
            "Ciao Giulia,\n\nti mando il CV della candidata per il colloquio di giovedì 12 "
            "marzo alle 15: puoi partecipare come intervistatrice insieme a me?\n\nMarco\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_trial_class(self, rome: Context) -> None:
        """A gym's lezione di prova is not a trial day at a job."""
        u = read(
            rome,
            "Palestra FitLife <info@fitlife.example>",
            "Lezione di prova",
            "Ciao Giulia, ti confermiamo la lezione di prova di pilates giovedì 12 marzo "
            "alle 19:00.\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestClockForms:
    """The ways Italian mail writes an interview's hour."""

    def confirm(self, ctx: Context, when: str) -> Understanding:
        """A recruiter's confirmation stating the time as ``when``."""
        return read(
            ctx,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio",
            "Buongiorno Giulia,\n\nil colloquio per la posizione di Data Analyst è fissato "
            f"per {when}.\n\nChiara\nRecruiter\n",
        )

    def test_per_le(self, rome: Context) -> None:
        """ "le 15:00 di giovedì 12 marzo" puts the hour before the day."""
        u = self.confirm(rome, "le 15:00 di giovedì 12 marzo")
        assert iso(u) == "2026-03-12T15:00:00+01:00"

    def test_ore_after_comma(self, rome: Context) -> None:
        """ "giovedì 12 marzo, ore 15" is 15:00."""
        assert iso(self.confirm(rome, "giovedì 12 marzo, ore 15")) == "2026-03-12T15:00:00+01:00"

    def test_short_numeric_date(self, rome: Context) -> None:
        """ "mercoledì 11/03 alle 15" is 11 March, day first."""
        assert iso(self.confirm(rome, "mercoledì 11/03 alle 15")) == "2026-03-11T15:00:00+01:00"

    def test_range_with_ore(self, rome: Context) -> None:
        """ "dalle ore 10.00 alle ore 11.00" starts at 10:00."""
        u = self.confirm(rome, "giovedì 12 marzo dalle ore 10.00 alle ore 11.00")
        assert iso(u) == "2026-03-12T10:00:00+01:00"

    def test_swiss_clock(self, rome: Context) -> None:
        """ "alle 16 ora di Lugano" is read on Zurich's clock."""
        u = self.confirm(rome, "giovedì 12 marzo alle 16 ora di Lugano")
        assert iso(u) == "2026-03-12T16:00:00+01:00"
        assert u.interview is not None
        assert u.interview.timezone == "Europe/Zurich"

    def test_new_york_clock(self, rome: Context) -> None:
        """ "alle 9:00 ora di New York" is New York's (already summer) time."""
        u = self.confirm(rome, "giovedì 12 marzo alle 9:00 ora di New York")
        assert iso(u) == "2026-03-12T09:00:00-04:00"

    def test_zoom_invitation(self, rome: Context) -> None:
        """Zoom's Italian invitation ("Ora: 12 mar 2026 03:00 PM Roma") starts at 15:00."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio su Zoom",
            "Chiara Conti la sta invitando a una riunione Zoom programmata.\n\nArgomento: "
            "Colloquio conoscitivo - Giulia Ferri\nOra: 12 mar 2026 03:00 PM Roma\n\nEntra "
            "nella riunione Zoom\nhttps://zoom.us/j/123456789\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-12T15:00:00+01:00"

    def test_google_updated_invitation(self, rome: Context) -> None:
        """Google Calendar's "Invito aggiornato" gives the new start."""
        u = read(
            rome,
            "Elena Marino <elena.marino@brezza-energia.example>",
            "Invito aggiornato: Colloquio conoscitivo - Giulia Ferri @ ven 13 mar 2026 "
            "11:00 - 12:00 (CET)",
            "Questo evento è stato modificato.\n\nColloquio conoscitivo - Giulia Ferri\n"
            "Quando\nModificato: venerdì 13 marzo 2026 ⋅ 11:00 – 12:00 (Ora standard "
            "dell'Europa centrale)\n\nInvito da Google Calendar\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-13T11:00:00+01:00"


class TestMoreOutcomes:
    """Outcome wordings, and a sentence that only looks like one."""

    def test_rejection_this_time(self, rome: Context) -> None:
        """ "in questa occasione non potremo proseguire" is a rejection."""
        u = read(
            rome,
            "Talent <talent@oriente-tech.example>",
            "La tua candidatura",
            "Ciao Giulia,\n\ngrazie per aver partecipato alla selezione. Purtroppo in questa "
            "occasione non potremo proseguire con la tua candidatura.\n\nTeam Talent\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_rejection_profile_not_matching(self, rome: Context) -> None:
        """ "il tuo profilo non è in linea con i requisiti" is a rejection."""
        u = read(
            rome,
            "Talent <talent@oriente-tech.example>",
            "La tua candidatura",
            "Ciao Giulia,\n\ngrazie per l'interesse. Dopo un'attenta analisi, il tuo profilo "
            "non è in linea con i requisiti della posizione.\n\nTeam Talent\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_offer_glad_to_have_you(self, rome: Context) -> None:
        """ "saremmo felici di averti nel team" after the colloqui is an offer."""
        u = read(
            rome,
            "Marco Bianchi <marco.bianchi@oriente-tech.example>",
            "Ottime notizie",
            "Ciao Giulia,\n\ndopo i colloqui saremmo felici di averti nel team come Data "
            "Scientist! Ti invio a breve la proposta economica.\n\nMarco\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_looking_forward_is_no_rejection(self, rome: Context) -> None:
        """ "non vediamo l'ora di conoscerti in questa occasione" is no rejection."""
        u = read(
            rome,
            "Marco Bianchi <marco.bianchi@oriente-tech.example>",
            "Colloquio",
            "Ciao Giulia,\n\nnon vediamo l'ora di conoscerti in questa occasione: ti confermo "
            "il colloquio per la posizione di Data Scientist giovedì 12 marzo alle 10:00.\n\n"
            "Marco\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-12T10:00:00+01:00"


class TestSendersAndVisits:
    """Company names from Italian sender names; a visit proposed by the hirer."""

    BODY = (
        "Gentile Giulia,\n\nti confermo il colloquio per la posizione di Data Analyst "
        "giovedì 12 marzo alle 15:00.\n\nSaluti\n"
    )

    @pytest.mark.parametrize(
        ("sender", "company"),
        [
            ("Selezione Arancio <hr@x-media.example>", "Arancio"),
            ("Risorse Umane - Arancio Media <hr@x-media.example>", "Arancio Media"),
            ("Arancio Media Selezione <hr@x-media.example>", "Arancio Media"),
            ("Lavora con noi | Arancio <jobs@x-media.example>", "Arancio"),
        ],
    )
    def test_sender_name_gives_company(self, rome: Context, sender: str, company: str) -> None:
        """A hiring mailbox's display name ("Selezione X", "X Selezione") names X."""
        u = read(rome, sender, "Colloquio", self.BODY)
        assert u.interview is not None, u.reasons
        assert u.interview.company == company

    def test_department_name_is_no_company(self, rome: Context) -> None:
        """ "Ufficio Risorse Umane" names a department, not the company."""
        u = read(rome, "Ufficio Risorse Umane <hr@x-media.example>", "Colloquio", self.BODY)
        assert u.interview is not None, u.reasons
        assert u.interview.company != "Ufficio"

    def test_hour_before_place(self, rome: Context) -> None:
        """ "giovedì alle 15 nella nostra sede" keeps 15 as the hour."""
        u = read(
            rome,
            "Marco Neri <marco.neri@acme-italia.example>",
            "Colloquio giovedì",
            "Ciao Giulia,\n\nti aspettiamo giovedì alle 15 nella nostra sede di Via Roma 10 "
            "per il colloquio.\n\nA presto,\nMarco\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T15:00:00+01:00"

    def test_come_by_to_meet(self, rome: Context) -> None:
        """ "ti va di passare in ufficio giovedì alle 15 per conoscerci?" about a CV."""
        u = read(
            rome,
            "Marco Neri <marco.neri@acme-italia.example>",
            "Re: Candidatura spontanea",
            "Ciao Giulia,\n\nabbiamo letto il tuo CV con interesse: ti va di passare in ufficio "
            "giovedì alle 15 per conoscerci?\n\nMarco\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T15:00:00+01:00"


class TestMoves:
    """Moves written as Italian recruiters write them."""

    def test_moved_from_to(self, rome: Context) -> None:
        """ "spostare il colloquio da giovedì alle 15 a venerdì alle 11" starts at the new time."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Spostamento colloquio",
            "Ciao Giulia,\n\ndobbiamo spostare il tuo colloquio da giovedì 12 marzo alle 15:00 "
            "a venerdì 13 marzo alle 11:00. Ti ho già aggiornato l'invito.\n\nChiara\n"
            "Recruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-13T11:00:00+01:00"
        assert u.interview is not None
        assert u.interview.rescheduled

    def test_moved_later_same_day(self, rome: Context) -> None:
        """ "il colloquio di giovedì è spostato alle 16:00" is a move to 16:00 that day."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio",
            "Ciao Giulia,\n\nil colloquio di giovedì con Marco è spostato alle 16:00, stesso "
            "link.\n\nChiara\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T16:00:00+01:00"
        assert u.interview is not None
        assert u.interview.rescheduled

    def test_refused_then_other_slot(self, rome: Context) -> None:
        """A reply refusing one slot and taking "Venerdì 13 alle 10 invece" books the other."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Re: Colloquio",
            "Ciao Giulia,\n\ngiovedì alle 14? Purtroppo quello non ci va bene. Venerdì 13 alle "
            "10 invece va benissimo, ti mando l'invito.\n\nChiara\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-13T10:00:00+01:00"

    def test_hour_before_its_day(self, rome: Context) -> None:
        """ "alle 15 di giovedì 12 marzo" is 15:00 that Thursday."""
        u = read(
            rome,
            "Chiara Conti <chiara.conti@verdelab.example>",
            "Colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio per la posizione di Data Analyst alle "
            "15 di giovedì 12 marzo.\n\nChiara\nRecruiter\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-12T15:00:00+01:00"


class TestLaterRoundsAndContractedPossessives:
    """A later round wrapped over a line, and "del tuo / al Suo colloquio", are interviews."""

    def test_third_round_across_a_line_break(self, rome: Context) -> None:
        """ "proseguire con il\\nterzo colloquio: ti aspettiamo giovedì" books that time."""
        u = read(
            rome,
            "Sara Villa <sara.villa@quadrato.example>",
            "Prossimo passo",
            "Ciao Giulia,\n\ngrazie ancora per la call di venerdì. Siamo contenti di proseguire "
            "con il\nterzo colloquio: ti aspettiamo giovedì 5 marzo alle 11 nella nostra sede "
            "di Padova.\n\nA presto,\nSara Villa\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T11:00:00+01:00"

    def test_formal_date_of_your_interview(self, rome: Context) -> None:
        """ "Le confermiamo la data del Suo colloquio: venerdì 6 marzo alle 9:30" books it."""
        u = read(
            rome,
            "Marta Gallo <marta.gallo@cantieri-sud.example>",
            "Data e ora",
            "Gentile Giulia Ferri,\n\nLe confermiamo la data del Suo colloquio: venerdì 6 "
            "marzo alle ore 9:30 presso gli uffici di Bari.\n\nCordiali saluti,\nMarta Gallo\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-06T09:30:00+01:00"

    def test_friend_wishing_luck_for_the_second_round(self, rome: Context) -> None:
        """A friend's "in bocca al lupo per il secondo colloquio di venerdì" is no booking."""
        u = read(
            rome,
            "Marco <marco.pace88@gmail.com>",
            "forza!",
            "Giuli,\n\nin bocca al lupo per il secondo colloquio di venerdì alle 10! Poi ci "
            "vediamo per una birra?\n\nMarco\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestOfferInOtherWords:
    """The offer said with other adjectives, persons and the written "lettera di offerta"."""

    def test_happy_to_be_able_to_offer_you_the_role(self, rome: Context) -> None:
        """ "Sono felice di poterti offrire il ruolo" with a "lettera d'offerta" is an offer."""
        u = read(
            rome,
            "Paolo Riva <paolo@nodoverde.example>",
            "Buone notizie",
            "Ciao Giulia,\n\ndopo gli incontri di questi giorni sono felice di poterti offrire "
            "il ruolo di Product Designer. Ti allego la lettera d'offerta: dimmi cosa ne pensi "
            "entro giovedì.\n\nPaolo\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_formal_we_offer_you_the_post(self, rome: Context) -> None:
        """The formal "Le offriamo formalmente la posizione di ..." is an offer."""
        u = read(
            rome,
            "Direzione Personale <personale@meccanica-lodi.example>",
            "Esito della selezione",
            "Gentile Dott.ssa Ferri,\n\nal termine del processo di selezione Le offriamo "
            "formalmente la posizione di Controller, con inserimento dal 1° aprile. Troverà "
            "in allegato la lettera di offerta.\n\nCordiali saluti,\nDirezione Personale\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_landlord_happy_to_offer_a_lease(self, rome: Context) -> None:
        """A landlord's "siamo contenti di offrirti un contratto di affitto" is no job offer."""
        u = read(
            rome,
            "Immobiliare Sole <info@immobiliaresole.example>",
            "Appartamento in Via Tiburtina",
            "Ciao Giulia,\n\nsiamo contenti di offrirti un contratto di affitto per "
            "l'appartamento che hai visitato. Facci sapere entro venerdì.\n\nImmobiliare "
            "Sole\n",
        )
        assert u.kind is not Kind.OFFER, u.reasons


class TestRescheduledInterviews:
    """A colloquio moved to another hour: the new hour, whatever the verb and the joiner."""

    def test_brought_forward_from_to(self, rome: Context) -> None:
        """ "è stato anticipato dalle 15 alle 11" starts at 11, the new hour."""
        u = read(
            rome,
            "Luca Serra <luca.serra@ottagono.example>",
            "Cambio orario",
            "Ciao Giulia,\n\nil colloquio di giovedì 5 marzo è stato anticipato dalle 15:00 "
            "alle 11:00, per un impegno del responsabile. Il resto non cambia.\n\nLuca\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-05T11:00:00+01:00"

    def test_new_time_instead_of_the_old(self, rome: Context) -> None:
        """ "nuova data del Suo colloquio: mercoledì ..., anziché martedì ..." is the new time."""
        u = read(
            rome,
            "Anna Dori <anna.dori@vetreria-blu.example>",
            "Nuova data",
            "Gentile Giulia Ferri,\n\nLe comunico la nuova data del Suo colloquio: mercoledì "
            "4 marzo alle 15:00, anziché martedì 3 marzo alle 10:00.\n\nCordiali saluti,\n"
            "Anna Dori\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert iso(u) == "2026-03-04T15:00:00+01:00"

    def test_teachers_talk_moved(self, rome: Context) -> None:
        """A school's "colloquio con i docenti" moved to Thursday is no interview."""
        u = read(
            rome,
            "Scuola Media Leopardi <segreteria@smleopardi.example>",
            "Variazione orario",
            "Gentile genitore,\n\nil colloquio con i docenti di Tommaso è stato spostato a "
            "giovedì 5 marzo alle 17:00.\n\nLa segreteria\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestProposedTimesAndBookingPages:
    """Times proposed for a colloquio, or a page to book one, ask the user to choose."""

    def test_formal_list_of_dates(self, rome: Context) -> None:
        """ "Le proponiamo le seguenti date per un primo colloquio" then a list asks to pick."""
        u = read(
            rome,
            "Elena Bassi <elena.bassi@tessile-como.example>",
            "Colloquio",
            "Gentile Giulia,\n\nLe proponiamo le seguenti date per un primo colloquio:\n"
            "- lunedì 9 marzo alle 10:00\n- martedì 10 marzo alle 14:30\n\nQuale preferisce?"
            "\n\nCordiali saluti,\nElena Bassi\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_pick_on_the_booking_page(self, rome: Context) -> None:
        """ "Prenota il Suo colloquio selezionando l'orario che preferisce" asks to pick."""
        u = read(
            rome,
            "Selezione Orbis <noreply@jobs.orbis.example>",
            "Il prossimo passo",
            "Gentile Giulia,\n\nla Sua candidatura per la posizione di Analista è stata "
            "selezionata. La invitiamo a prenotare il Suo colloquio selezionando l'orario che "
            "preferisce dal calendario: https://jobs.orbis.example/agenda/7781\n\n"
            "Team Selezione Orbis\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_gym_slot_booking(self, rome: Context) -> None:
        """A gym's "prenota il tuo slot scegliendo tra gli orari disponibili" asks nothing."""
        u = read(
            rome,
            "Palestra Fit <info@palestrafit.example>",
            "Prenota la tua lezione",
            "Ciao Giulia,\n\nprenota il tuo slot scegliendo tra gli orari disponibili della "
            "settimana: https://palestrafit.example/prenota\n\nPalestra Fit\n",
        )
        assert u.kind not in (Kind.INTERVIEW, Kind.SCHEDULING_REQUEST), u.reasons


class TestUserRunsTheInterview:
    """A colleague handing the user a candidate's colloquio: the user interviews."""

    def test_you_handle_it_with_the_cv(self, rome: Context) -> None:
        """ "il colloquio con la candidata ... lo gestisci tu, ti giro il suo CV" is not hers."""
        u = read(
            rome,
            "Franco Neri <franco.neri@studioalfa.example>",
            "Colloquio stage",
            "Ciao Giulia,\n\nmercoledì 4 marzo alle 15 c'è il colloquio con la candidata Sara "
            "Lodi per lo stage: lo gestisci tu? Ti giro il suo CV.\n\nFranco\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_formal_you_conduct_it(self, rome: Context) -> None:
        """The formal "lo conduce Lei" over a candidate's interview is not the user's."""
        u = read(
            rome,
            "Direzione HR <hr@fonderia-est.example>",
            "Colloquio di selezione",
            "Gentile Dott.ssa Ferri,\n\nLe confermo il colloquio di selezione di giovedì 5 "
            "marzo alle 10:00 in sala riunioni: lo conduce Lei, con la griglia di valutazione "
            "da compilare alla fine.\n\nDirezione HR\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_recruiter_naming_who_conducts_it(self, rome: Context) -> None:
        """ "Il colloquio lo conduce la Dott.ssa Rossi" to the candidate is still hers."""
        u = read(
            rome,
            "Ufficio Selezione <selezione@fonderia-est.example>",
            "Invito a colloquio",
            "Gentile Giulia,\n\nLa invitiamo a un colloquio di selezione giovedì 5 marzo alle "
            "10:00 presso la nostra sede. Il colloquio lo conduce la Dott.ssa Rossi.\n\n"
            "Ufficio Selezione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons


class TestWhoTheUserMeets:
    """The people of a colloquio, however an Italian letter introduces them."""

    def test_together_with_a_second_person(self, rome: Context) -> None:
        """ "Parlerai con Sara Neri, assieme ad Anna Riva, ..." names both."""
        u = read(
            rome,
            "Luca Serra <luca.serra@ottagono.example>",
            "Invito a colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio conoscitivo giovedì 5 marzo alle 15:00. "
            "Parlerai con Sara Neri, assieme ad Anna Riva, responsabile del team.\n\nLuca\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Sara Neri", "Anna Riva"} <= set(names(u))

    def test_calendar_participants_below_their_label(self, rome: Context) -> None:
        """A calendar text's "Partecipanti" alone on its line lists the people below it."""
        u = read(
            rome,
            "Piero Galli <piero.galli@nodo.example>",
            "Invito: Colloquio tecnico @ gio 5 mar 2026 10:00 - 11:00 (CET)",
            "Colloquio tecnico\nGiovedì 5 marzo 2026 ⋅ 10:00 – 11:00\n\nPartecipanti\n"
            "Piero Galli - organizzatore\nLinda Verdi\ngiulia.ferri@libero.example\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Linda Verdi" in names(u)

    def test_board_to_be_composed_of(self, rome: Context) -> None:
        """ "La commissione sarà composta da:" then role rows lists the board."""
        u = read(
            rome,
            "Università di Lago - Ufficio Concorsi <concorsi@unilago.example>",
            "Convocazione al colloquio",
            "Gentile candidata,\n\nLa convochiamo al colloquio di selezione il giorno "
            "12/03/2026 alle ore 10:00 presso l'Aula Magna.\n\nLa commissione sarà composta "
            "da:\n- Presidente: Prof. Mario Greco\n- Segretario: Dott. Paolo Bini\n\n"
            "Ufficio Concorsi\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Mario Greco", "Paolo Bini"} <= set(names(u))

    def test_writer_and_colleague_will_be_there(self, rome: Context) -> None:
        """ "ci saremo io e il mio collega Paolo Riva" lists the writer and the colleague."""
        u = read(
            rome,
            "Marta Leoni <marta@bottega-web.example>",
            "Re: Candidatura Web Designer",
            "Ciao Giulia,\n\nperfetto, ci vediamo giovedì 5 marzo alle 10 in ufficio per il "
            "colloquio: ci saremo io e il mio collega Paolo Riva.\n\nMarta Leoni\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Marta Leoni", "Paolo Riva"} <= set(names(u))

    def test_meeting_with_a_post_then_the_name(self, rome: Context) -> None:
        """ "un incontro con la nostra Direttrice Commerciale, Laura Fini" names her."""
        u = read(
            rome,
            "Irene Sala <irene.sala@fornaci.example>",
            "Secondo colloquio",
            "Gentile Giulia,\n\nsiamo lieti di invitarLa al secondo colloquio mercoledì 4 "
            "marzo alle 16:00, un incontro con la nostra Direttrice Commerciale, Laura Fini."
            "\n\nCordiali saluti,\nIrene Sala\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Laura Fini" in names(u)

    def test_interview_with_a_full_name(self, rome: Context) -> None:
        """ "il tuo colloquio con Davide Rota" names him as the one the user meets."""
        u = read(
            rome,
            "Giada Monti <giada.monti@levante.example>",
            "Conferma",
            "Ciao Giulia,\n\nti confermo il tuo colloquio con Davide Rota venerdì 6 marzo alle "
            "9:30 su Teams.\n\nGiada\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Davide Rota" in names(u)

    def test_conducted_by_her(self, rome: Context) -> None:
        """ "Il colloquio verrà tenuto dalla Dott.ssa Elisa Poli" names her."""
        u = read(
            rome,
            "Selezione Aurora <selezione@aurora-pharma.example>",
            "Invito a colloquio",
            "Gentile Giulia,\n\nLa invitiamo a un colloquio di selezione martedì 3 marzo alle "
            "11:00. Il colloquio verrà tenuto dalla Dott.ssa Elisa Poli.\n\nUfficio "
            "Selezione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Elisa Poli" in names(u)

    def test_writer_phones_for_the_phone_interview(self, rome: Context) -> None:
        """ "Ti chiamo io al cellulare" on a phone interview lists the writer."""
        u = read(
            rome,
            "Fabio Rizzo <fabio.rizzo@headway-search.example>",
            "Colloquio telefonico",
            "Ciao Giulia,\n\nti confermo il colloquio telefonico per la posizione di Buyer "
            "giovedì 5 marzo alle 12:00. Ti chiamo io al cellulare.\n\nFabio Rizzo\n"
            "Senior Consultant\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Fabio Rizzo" in names(u)

    def test_named_people_await_the_user(self, rome: Context) -> None:
        """ "Anna Bruni e Carlo Pace La attendono ... per il colloquio" names both."""
        u = read(
            rome,
            "Segreteria di Direzione <direzione@cartiera-po.example>",
            "Invito a colloquio",
            "Gentile Giulia,\n\nAnna Bruni e Carlo Pace La attendono giovedì 5 marzo alle "
            "ore 15:00 presso la sede di Cremona per il colloquio di selezione.\n\n"
            "Segreteria di Direzione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Anna Bruni", "Carlo Pace"} <= set(names(u))

    def test_interview_with_a_company_names_no_one(self, rome: Context) -> None:
        """ "il colloquio con Banca Lariana" names a company, not an interviewer."""
        u = read(
            rome,
            "Matteo Sala <m.sala@talenti-selezione.example>",
            "Conferma colloquio",
            "Ciao Giulia,\n\nti confermo il colloquio con Banca Lariana giovedì 5 marzo alle "
            "10:00 nella loro sede.\n\nMatteo Sala\nSenior Consultant\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Banca Lariana" not in names(u)

    def test_friends_awaiting_for_dinner(self, rome: Context) -> None:
        """ "Marco e Lucia ti aspettano sabato alle 20 per la cena" is no interview."""
        u = read(
            rome,
            "Chiara <chiara.rota90@gmail.com>",
            "sabato",
            "Ciao Giuli,\n\nMarco e Lucia ti aspettano sabato alle 20 per la cena, porta il "
            "dolce!\n\nChiara\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestListsAfterElisionsAndArticles:
    """Names behind an elided "e l'" or the article "il" before a title (code: _people)."""

    def test_and_glued_to_an_engineer(self, rome: Context) -> None:
        """ "la Dott.ssa Anna Bellini e l'Ing. Sergio Vitale" names both."""
        u = read(
            rome,
            "Ufficio Selezione <selezione@ponte-sud.example>",
            "Invito a colloquio",
            "Gentile Giulia,\n\nLa invitiamo a un colloquio di selezione venerdì 6 marzo alle "
            "ore 11:00. Incontrerà la Dott.ssa Anna Bellini e l'Ing. Sergio Vitale.\n\n"
            "Cordiali saluti,\nUfficio Selezione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Anna Bellini", "Sergio Vitale"} <= set(names(u))

    def test_and_glued_to_a_lawyer_after_a_bracket(self, rome: Context) -> None:
        """ "il Dott. Piero Sanna (CFO) e l'Avv. Lia Carta (Legal)" names both."""
        u = read(
            rome,
            "Ufficio Selezione <selezione@ponte-sud.example>",
            "Invito a colloquio",
            "Gentile Giulia,\n\nLa invitiamo a un colloquio di selezione venerdì 6 marzo alle "
            "ore 11:00. Incontrerà il Dott. Piero Sanna (CFO) e l'Avv. Lia Carta (Legal)."
            "\n\nCordiali saluti,\nUfficio Selezione\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert {"Piero Sanna", "Lia Carta"} <= set(names(u))

    def test_masculine_article_before_a_title(self, rome: Context) -> None:
        """ "il colloquio con il dott. Franco Mele" names him without the article."""
        u = read(
            rome,
            "Rita Conti <rita.conti@ponte-sud.example>",
            "Colloquio Giulia Ferri - Buyer",
            "Buongiorno Giulia,\n\nLe invio l'invito per il colloquio con il dott. Franco Mele, "
            "giovedì 5 marzo alle 11:00.\n\nRita Conti\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert "Franco Mele" in names(u)
