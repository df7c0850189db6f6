"""Human mail in threads: scheduling asks, forwards to oneself, reminders and terse replies.

Every message was written for these tests (invented people and companies under .example
names). The hiring context of such mail often lives only in the thread: the subject, the
quoted earlier message, the forwarded block or a signature. Each positive shape sits beside
traps of the same shape that are not the user's interview.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail, start

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
EU_TO = "Lena Brandt <lena.brandt@posteo.example>"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def names(u: Understanding) -> set[str]:
    """The interviewers' names."""
    assert u.interview is not None, u.reasons
    return {p.name or "" for p in u.interview.interviewers}


USER_APPLIED = (
    "\n\nOn Fri, Feb 27, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Ines,\n>\n> I came across the Product Designer opening at Fernleaf and have applied\n"
    "> through your careers page. I'd love to talk about the role.\n>\n> Best,\n> Alex\n"
)


class TestSchedulingInThreads:
    """Asking for availability where only the thread says it is about a job."""

    def test_manager_reply_to_candidate_thread(self, ctx: Context) -> None:
        """A manager asking "would Tuesday or Wednesday work for a chat?" under the user's application is a request."""
        raw = mail(
            sender="Ines Calloway <ines@fernleaf.example>",
            subject="Re: Product Designer application",
            body="Hi Alex,\n\nThanks for reaching out, your portfolio is lovely. Would Tuesday "
            "or Wednesday afternoon work for a chat?\n\nInes" + USER_APPLIED,
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_slots_under_neutral_subject(self, ctx: Context) -> None:
        """ "Send me a few slots" answering the user's "I have applied" is a request."""
        raw = mail(
            sender="Ines Calloway <ines@fernleaf.example>",
            subject="Re: Hello from Alex",
            body="Hi Alex,\n\nThanks for reaching out. Could you send me a few slots next week "
            "that suit you?\n\nInes" + USER_APPLIED,
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_agency_asks_for_availability(self, ctx: Context) -> None:
        """An agency consultant's "send me your availability" under a role subject is a request."""
        raw = mail(
            sender="Priya Nand <priya.nand@harbourtalent.example>",
            subject="Re: Senior Data Engineer - Kestrel Bank",
            body="Hi Alex,\n\nGood news, Kestrel want to take things further. Send me your "
            "availability for next week and I'll set it up.\n\nThanks,\nPriya Nand\n"
            "Senior Consultant | Harbour Talent Recruitment\n",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_what_does_your_diary_look_like(self, ctx: Context) -> None:
        """A recruitment consultant's "what does your diary look like Thursday?" is a request."""
        raw = mail(
            sender="Tom Beale <tom.beale@northgate-search.example>",
            subject="Re: Finance Manager role",
            body="Morning Alex,\n\nWhat does your diary look like Thursday? The FD would like "
            "to meet you.\n\nTom Beale\nRecruitment Consultant\nNorthgate Search\n",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_let_me_know_a_few_slots(self, ctx: Context) -> None:
        """ "Let me know a few slots" after "the hiring manager liked your CV" is a request."""
        raw = mail(
            sender="Tom Beale <tom.beale@northgate-search.example>",
            subject="Re: your CV",
            body="Hi Alex,\n\nThe hiring manager liked your CV. Let me know a few slots that "
            "work next week.\n\nTom\n",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_spanish_que_disponibilidad(self, eu_ctx: Context) -> None:
        """ "¿Qué disponibilidad tienes?" about the user's candidatura is a request."""
        raw = mail(
            sender="Lucía Ferrer <lucia.ferrer@grupoalba.example>",
            to=EU_TO,
            subject="Re: Candidatura - Analista de datos",
            body="Hola Lena,\n\nGracias por tu interés en el puesto. ¿Qué disponibilidad "
            "tienes la próxima semana para una llamada?\n\nUn saludo,\nLucía Ferrer\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_french_vos_disponibilites(self, eu_ctx: Context) -> None:
        """ "Quelles sont vos disponibilités ?" after "merci pour votre candidature" is a request."""
        raw = mail(
            sender="Claire Dubois <c.dubois@atelier-vernier.example>",
            to=EU_TO,
            subject="Re: Candidature - Chef de projet digital",
            body="Bonjour Lena,\n\nMerci pour votre candidature. Quelles sont vos disponibilités "
            "la semaine prochaine ?\n\nCordialement,\nClaire Dubois\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_german_wann_haetten_sie_zeit(self, eu_ctx: Context) -> None:
        """ "Wann hätten Sie Zeit?" after "vielen Dank für Ihre Bewerbung" is a request."""
        raw = mail(
            sender="Jonas Keller <j.keller@brandhoff.example>",
            to=EU_TO,
            subject="AW: Bewerbung als Data Analyst",
            body="Hallo Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Wann hätten Sie Zeit für "
            "ein kurzes Telefonat?\n\nViele Grüße\nJonas Keller\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_trap_friend_asks_for_availability(self, ctx: Context) -> None:
        """A friend's "send me your availability" for drinks is not hiring mail."""
        raw = mail(
            sender="Sam Ortiz <sam.ortiz@gmail.com>",
            subject="drinks?",
            body="Hey! Are you free next week? Send me your availability and I'll book "
            "somewhere.\n\nSam",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_dentist_asks_for_availability(self, ctx: Context) -> None:
        """A dental practice asking for availability is not hiring mail."""
        raw = mail(
            sender="Brightsmile Dental <frontdesk@brightsmile.example>",
            subject="Your checkup",
            body="Hi Alex, it's time for your six-month checkup. Please let us know your "
            "availability for next week.\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_sales_rep_new_role(self, ctx: Context) -> None:
        """A sales rep congratulating on "your new role" and asking for 15 minutes is not hiring mail."""
        raw = mail(
            sender="Kyle Ames <kyle@pipelinely.example>",
            subject="Re: quick question",
            body="Hi Alex,\n\nCongrats on the new role at Ledgerloop! Do you have 15 minutes "
            "next week? Would Tuesday or Wednesday work for a quick demo?\n\nKyle Ames\n"
            "Account Executive\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_recruiting_software_sales(self, ctx: Context) -> None:
        """A recruiting-software vendor asking hiring teams for slots is not the user's candidacy."""
        raw = mail(
            sender="Nora Vance <nora@hirestack.example>",
            subject="Helping your hiring team",
            body="Hi Alex,\n\nHirestack helps hiring managers cut time-to-hire in half. Could "
            "you send me a few slots next week for a 20-minute walkthrough?\n\nNora Vance\n"
            "Account Executive, Hirestack\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_landlord_application(self, ctx: Context) -> None:
        """A landlord asking when to view a flat after "your application" is not hiring mail."""
        raw = mail(
            sender="Marge Quill <marge.quill@yahoo.com>",
            subject="Re: Apartment 4B",
            body="Hi Alex,\n\nThanks for your application for the apartment. What times work "
            "for you for a viewing on Saturday?\n\nMarge",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_colleague_meeting(self, ctx: Context) -> None:
        """A colleague asking which afternoon works for a roadmap chat is not hiring mail."""
        raw = mail(
            sender="Ben Cho <ben.cho@ledgerloop.example>",
            subject="Re: Q3 roadmap",
            body="Would Tuesday or Wednesday afternoon work for a chat about the roadmap?\n\nBen",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_candidate_writes_to_user_who_hires(self, ctx: Context) -> None:
        """A candidate asking the user (who hires) for times is not the user's interview."""
        raw = mail(
            sender="Jordan Blake <jordan.blake@gmail.com>",
            subject="Re: Product Designer application",
            body="Hi Alex,\n\nThanks so much for considering my application! Would Tuesday or "
            "Wednesday afternoon work for a chat?\n\nJordan\n\n"
            "On Fri, Feb 27, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Jordan, thanks for your application, I'd like to talk.\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER


FORWARDED = (
    "Hi Alex,\n\nThis confirms your interview for the Backend Engineer role on Thursday, "
    "March 12 at 2:00 PM ET with Felix Grant, our Engineering Manager.\n\nBest,\n"
    "Nadia Okafor\nRecruiting Coordinator, Quillworks\n"
)
MARCH_12_2PM = dt.datetime(2026, 3, 12, 14, 0, tzinfo=NY)


class TestForwardsToSelf:
    """The user forwarding a confirmation to themself: the forwarded block is the substance."""

    def test_gmail_forward_without_a_note(self, ctx: Context) -> None:
        """A Gmail forward with no note is the interview at its stated time, not the forward's date."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="Alex Morgan <alex.m.personal@proton.example>",
            subject="Fwd: Interview confirmation - Backend Engineer",
            body="---------- Forwarded message ---------\nFrom: Nadia Okafor "
            "<nadia.okafor@quillworks.example>\nDate: Mon, Mar 2, 2026 at 11:20 AM\nSubject: "
            "Interview confirmation - Backend Engineer\nTo: Alex Morgan <alex.morgan@gmail.com>"
            "\n\n" + FORWARDED,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == MARCH_12_2PM
        assert "Felix Grant" in names(u)

    def test_outlook_forward_block(self, ctx: Context) -> None:
        """An Outlook "FW:" with a From/Sent/To/Subject block is read as a forward."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="alex.morgan@gmail.com",
            subject="FW: Interview confirmation - Backend Engineer",
            body="Sent from Outlook\n\n________________________________\nFrom: Nadia Okafor "
            "<nadia.okafor@quillworks.example>\nSent: Monday, March 2, 2026 11:20 AM\nTo: Alex "
            "Morgan <alex.morgan@gmail.com>\nSubject: Interview confirmation - Backend Engineer"
            "\n\n" + FORWARDED,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == MARCH_12_2PM

    def test_outlook_original_message_forward(self, ctx: Context) -> None:
        """An Outlook "FW:" with "-----Original Message-----" and no note is read as a forward."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="alex.morgan@gmail.com",
            subject="FW: Interview confirmation - Backend Engineer",
            body="-----Original Message-----\nFrom: Nadia Okafor <nadia.okafor@quillworks.example>"
            "\nSent: Monday, March 2, 2026 11:20 AM\nTo: alex.morgan@gmail.com\nSubject: "
            "Interview confirmation - Backend Engineer\n\n" + FORWARDED,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == MARCH_12_2PM

    def test_spanish_forward(self, eu_ctx: Context) -> None:
        """A "Mensaje reenviado" block to a personal address is the interview it carries."""
        raw = mail(
            sender="Lena Brandt <lena.brandt@posteo.example>",
            to="lena.b@web.example",
            subject="Fwd: Entrevista - Analista de datos",
            body="---------- Mensaje reenviado ---------\nDe: Lucía Ferrer "
            "<lucia.ferrer@grupoalba.example>\nDate: lun, 2 mar 2026 a las 11:20\nSubject: "
            "Entrevista - Analista de datos\nTo: Lena Brandt <lena.brandt@posteo.example>\n\n"
            "Hola Lena,\n\nTe confirmo la entrevista para el puesto de Analista de datos el "
            "jueves 12 de marzo a las 10:00.\n\nUn saludo,\nLucía\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 10, 0, tzinfo=BER)

    def test_french_forward(self, eu_ctx: Context) -> None:
        """A Thunderbird "Message transféré" block is the interview it carries."""
        raw = mail(
            sender="Lena Brandt <lena.brandt@posteo.example>",
            to="lena.b@web.example",
            subject="Tr: Confirmation de votre entretien",
            body="-------- Message transféré --------\nSujet : Confirmation de votre entretien\n"
            "Date : Mon, 2 Mar 2026 11:20:00 +0100\nDe : Claire Dubois "
            "<c.dubois@atelier-vernier.example>\nPour : Lena Brandt <lena.brandt@posteo.example>"
            "\n\nBonjour Lena,\n\nJe vous confirme votre entretien pour le poste de Chef de "
            "projet le jeudi 12 mars à 14h00.\n\nCordialement,\nClaire Dubois\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 14, 0, tzinfo=BER)

    def test_german_forward_addressed_by_surname(self, eu_ctx: Context) -> None:
        """A "Weitergeleitete Nachricht" sent to the user ("Frau Brandt") is the interview it carries."""
        raw = mail(
            sender="Lena Brandt <lena.brandt@posteo.example>",
            to="lena.b@web.example",
            subject="WG: Ihr Vorstellungsgespräch",
            body="---------- Weitergeleitete Nachricht ----------\nVon: Jonas Keller "
            "<j.keller@brandhoff.example>\nDatum: Mo., 2. März 2026 um 11:20 Uhr\nBetreff: Ihr "
            "Vorstellungsgespräch\nAn: Lena Brandt <lena.brandt@posteo.example>\n\nSehr geehrte "
            "Frau Brandt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, "
            "12. März 2026 um 10:00 Uhr.\n\nMit freundlichen Grüßen\nJonas Keller\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 12, 10, 0, tzinfo=BER)

    def test_trap_forwarded_dental_appointment(self, ctx: Context) -> None:
        """A forwarded dental appointment is not an interview."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="alex.morgan@gmail.com",
            subject="Fwd: Appointment confirmation",
            body="---------- Forwarded message ---------\nFrom: Brightsmile Dental "
            "<frontdesk@brightsmile.example>\nDate: Mon, Mar 2, 2026 at 11:20 AM\nSubject: "
            "Appointment confirmation\nTo: Alex Morgan <alex.morgan@gmail.com>\n\nHi Alex,\n\n"
            "This confirms your cleaning appointment on Thursday, March 12 at 2:00 PM.\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_forwarded_panel_invitation(self, ctx: Context) -> None:
        """A forwarded note adding the user as an interviewer is not their interview."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="alex.morgan@gmail.com",
            subject="Fwd: Interview panel - Jordan Blake",
            body="---------- Forwarded message ---------\nFrom: Ravi Shah "
            "<ravi.shah@ledgerloop.example>\nDate: Mon, Mar 2, 2026 at 11:20 AM\nSubject: "
            "Interview panel - Jordan Blake\nTo: Alex Morgan <alex.morgan@ledgerloop.example>\n\n"
            "Hi Alex,\n\nYou've been added as an interviewer for Jordan Blake's onsite on "
            "Thursday, March 12 at 2:00 PM. Please submit your scorecard afterwards.\n\nRavi\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_forwarded_friends_news(self, ctx: Context) -> None:
        """A friend's "I got an interview on Thursday" forwarded on is not the user's interview."""
        raw = mail(
            sender="Alex Morgan <alex.morgan@gmail.com>",
            to="alex.morgan@gmail.com",
            subject="Fwd: guess what",
            body="---------- Forwarded message ---------\nFrom: Mia Park <mia.park@gmail.com>\n"
            "Date: Mon, Mar 2, 2026 at 11:20 AM\nSubject: guess what\nTo: Alex Morgan "
            "<alex.morgan@gmail.com>\n\nAlex!! I got an interview at Quillworks on Thursday "
            "March 12 at 2pm, wish me luck\n\nMia\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_outlook_reply_is_no_forward(self, ctx: Context) -> None:
        """An Outlook reply quoting the user's offer of times does not become the user's words."""
        raw = mail(
            sender="Ben Cho <ben.cho@ledgerloop.example>",
            subject="RE: Q3 planning",
            body="Sounds good.\n\n________________________________\nFrom: Alex Morgan "
            "<alex.morgan@gmail.com>\nSent: Monday, March 2, 2026 11:20 AM\nTo: Ben Cho "
            "<ben.cho@ledgerloop.example>\nSubject: Q3 planning\n\nBen, I have an interview "
            "Thursday March 12 at 2pm so let's meet Friday instead.\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestRemindersAndTerseReplies:
    """Reminders in other languages and short replies settling a time."""

    def test_spanish_recordatorio(self, eu_ctx: Context) -> None:
        """ "Recordatorio: tu entrevista mañana a las 10:00" is an interview tomorrow at 10."""
        raw = mail(
            sender="Lucía Ferrer <lucia.ferrer@grupoalba.example>",
            to=EU_TO,
            subject="Recordatorio: tu entrevista mañana a las 10:00",
            body="Hola Lena,\n\nTe recuerdo que mañana a las 10:00 tienes la entrevista con "
            "Marta Ruiz en nuestras oficinas.\n\nUn saludo,\nLucía Ferrer\nRecursos Humanos\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER)

    def test_french_rappel(self, eu_ctx: Context) -> None:
        """ "Rappel : votre entretien avec <name> a lieu demain à 14h" is an interview."""
        raw = mail(
            sender="Claire Dubois <c.dubois@atelier-vernier.example>",
            to=EU_TO,
            subject="Rappel : votre entretien demain à 14h",
            body="Bonjour Lena,\n\nPetit rappel : votre entretien avec Paul Mercier a lieu "
            "demain à 14h dans nos locaux, 12 rue des Tanneurs.\n\nCordialement,\nClaire Dubois\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 3, 14, 0, tzinfo=BER)

    def test_german_erinnerung(self, eu_ctx: Context) -> None:
        """ "Erinnerung: Ihr Gespräch morgen um 10 Uhr" from the Personalabteilung is an interview."""
        raw = mail(
            sender="Jonas Keller <j.keller@brandhoff.example>",
            to=EU_TO,
            subject="Erinnerung: Ihr Gespräch morgen um 10 Uhr",
            body="Sehr geehrte Frau Brandt,\n\nwir möchten Sie an Ihr Gespräch morgen um 10 Uhr "
            "mit Herrn Weber erinnern. Bitte melden Sie sich am Empfang.\n\nMit freundlichen "
            "Grüßen\nJonas Keller\nPersonalabteilung\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 3, 10, 0, tzinfo=BER)

    def test_founder_terse_reply_in_hiring_thread(self, ctx: Context) -> None:
        """A founder's "Thursday 3pm works, see you then" under a thread about a role is an interview."""
        raw = mail(
            sender="Theo Lindqvist <theo@orbitly.example>",
            subject="Re: 🚀 chat Thursday?",
            body="Thursday 3pm works, see you then\n\nTheo\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Theo, thanks for the note about the founding engineer role. Happy to chat,\n"
            "> I'm free Thursday afternoon.\n>\n"
            "> On Sun, Mar 1, 2026 Theo Lindqvist <theo@orbitly.example> wrote:\n"
            ">> Hey Alex - saw your open source work. We're hiring a founding engineer, chat "
            "Thursday?\n",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 5, 15, 0, tzinfo=NY)

    def test_confirms_users_proposed_date(self, ctx: Context) -> None:
        """ "Tuesday 2pm is perfect" under the user's "Tuesday 3/10 at 2pm" keeps the proposed date."""
        raw = mail(
            sender="Priya Raman <priya.raman@tallowmere.example>",
            subject="Re: Data Analyst interview",
            body="Tuesday 2pm is perfect, talk then.\n\nPriya\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Priya,\n>\n> Thanks for the invitation to interview for the Data Analyst "
            "role. Would\n> Tuesday 3/10 at 2pm work for you?\n>\n> Best,\n> Alex\n",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, 0, tzinfo=NY)

    def test_confirms_users_proposal_neutral_subject(self, ctx: Context) -> None:
        """A reply settling the time the user proposed for their interview is an interview."""
        raw = mail(
            sender="Priya Raman <priya.raman@tallowmere.example>",
            subject="Re: Next week",
            body="Hi Alex, Tuesday at 2pm is perfect - talk then!\n\nPriya\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Priya,\n>\n> Thanks for the invitation to interview for the Data Analyst "
            "role. Would\n> Tuesday 3/10 at 2pm work for you?\n>\n> Best,\n> Alex\n",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 14, 0, tzinfo=NY)

    def test_german_confirms_users_proposal(self, eu_ctx: Context) -> None:
        """ "Dienstag um 11 Uhr passt mir gut" under the user's proposed date keeps that date."""
        raw = mail(
            sender="Jonas Keller <j.keller@brandhoff.example>",
            to=EU_TO,
            subject="AW: Vorstellungsgespräch",
            body="Hallo Frau Brandt,\n\nDienstag um 11 Uhr passt mir gut. Bis dann!\n\nJonas "
            "Keller\n\nAm Mo., 2. März 2026 um 10:02 schrieb Lena Brandt "
            "<lena.brandt@posteo.example>:\n> Hallo Herr Keller,\n> vielen Dank für die "
            "Einladung zum Vorstellungsgespräch. Würde Ihnen Dienstag,\n> der 10. März um 11 "
            "Uhr passen?\n> Lena Brandt\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 10, 11, 0, tzinfo=BER)

    def test_trap_dentist_recordatorio(self, eu_ctx: Context) -> None:
        """A dental clinic's "Recordatorio: tu cita" is not an interview."""
        raw = mail(
            sender="Clínica Dental Sonrisa <citas@sonrisa.example>",
            to=EU_TO,
            subject="Recordatorio: tu cita mañana a las 10:00",
            body="Hola Lena,\n\nTe recordamos tu cita con la Dra. Gómez mañana a las 10:00.\n\n"
            "Clínica Dental Sonrisa\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.OTHER

    def test_trap_garage_rappel(self, eu_ctx: Context) -> None:
        """A garage's "Rappel : votre rendez-vous" for a service is not an interview."""
        raw = mail(
            sender="Garage Martin <contact@garage-martin.example>",
            to=EU_TO,
            subject="Rappel : votre entretien demain à 14h",
            body="Bonjour,\n\nRappel : l'entretien de votre véhicule a lieu demain à 14h avec "
            "notre technicien.\n\nGarage Martin\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.OTHER

    def test_trap_bank_beratungsgespraech(self, eu_ctx: Context) -> None:
        """A bank's reminder of an "Beratungsgespräch mit Herrn Vogt" is not an interview."""
        raw = mail(
            sender="Nordbank Beratung <beratung@nordbank.example>",
            to=EU_TO,
            subject="Erinnerung: Ihr Gespräch morgen um 10 Uhr",
            body="Sehr geehrte Frau Brandt,\n\nwir erinnern Sie an Ihr Beratungsgespräch morgen "
            "um 10 Uhr mit Herrn Vogt.\n\nIhre Nordbank\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.OTHER

    def test_trap_friend_thursday_works(self, ctx: Context) -> None:
        """A friend's "Thursday 3pm works" about drinks is not an interview."""
        raw = mail(
            sender="Maya Holt <maya.holt@gmail.com>",
            subject="Re: 🍻 Thursday?",
            body="Thursday 3pm works, see you then\n\nM\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Maya, drinks this week? Thursday? I finally quit the old job.\n",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_user_runs_the_interviews(self, ctx: Context) -> None:
        """A colleague settling a sync the user proposed about candidates they interview is no interview."""
        raw = mail(
            sender="Priya Raman <priya.raman@tallowmere.example>",
            subject="Re: next week",
            body="Tuesday 2pm is perfect, talk then.\n\nPriya\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Priya, I'm interviewing candidates for the Data Analyst role next week -\n"
            "> would Tuesday 3/10 at 2pm work for a sync on your interview questions?\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_podcast_interview_proposal(self, ctx: Context) -> None:
        """Settling a time the user proposed for a podcast interview is not a job interview."""
        raw = mail(
            sender="Priya Raman <priya.raman@tallowmere.example>",
            subject="Re: podcast",
            body="Tuesday 2pm is perfect, talk then.\n\nPriya\n\n"
            "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Priya, would Tuesday 3/10 at 2pm work for the podcast interview?\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestGermanMorgen:
    """ "morgen" is tomorrow; "Morgen" after a greeting, an article or a day name is morning."""

    def _start(self, eu_ctx: Context, body: str) -> dt.datetime:
        raw = mail(
            sender="Jonas Keller <j.keller@brandhoff.example>",
            to=EU_TO,
            subject="Ihr Vorstellungsgespräch",
            body=body + "\n\nMit freundlichen Grüßen\nJonas Keller\nPersonalabteilung\n",
            date="Mon, 02 Mar 2026 12:00:00 +0100",
        )
        return start(understand(raw, eu_ctx))

    def test_greeting_is_not_tomorrow(self, eu_ctx: Context) -> None:
        """ "Guten Morgen" does not make the interview tomorrow."""
        got = self._start(
            eu_ctx,
            "Guten Morgen Frau Brandt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
            "Donnerstag um 10 Uhr.",
        )
        assert got == dt.datetime(2026, 3, 5, 10, 0, tzinfo=BER)

    def test_day_name_morning(self, eu_ctx: Context) -> None:
        """ "Donnerstag Morgen um 9 Uhr" is Thursday morning, not tomorrow."""
        got = self._start(
            eu_ctx,
            "Sehr geehrte Frau Brandt,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am "
            "Donnerstag Morgen um 9 Uhr.",
        )
        assert got == dt.datetime(2026, 3, 5, 9, 0, tzinfo=BER)


def test_trap_friend_settles_drinks_after_users_application(ctx: Context) -> None:
    """A friend's "Friday 7pm works" under the user's "I applied for ..." news is not an interview."""
    raw = mail(
        sender="Maya Holt <maya.holt@gmail.com>",
        subject="Re: news",
        body="Friday 7pm works, see you then!\n\nM\n\n"
        "On Mon, Mar 2, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> I've just applied for the Product Designer role at Fernleaf! Drinks Friday to "
        "celebrate?\n",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW
