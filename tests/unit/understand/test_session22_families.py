"""Families of session 22: threads, short replies, hand-overs, tables and titles.

Opened from the readable dev halves and written from scratch for these tests (no evaluation
message is copied): a day asked in one sentence and its clock in the next, a reply that
takes the clock, calendar titles naming the company, a stage and a role, availability
passed on, forwards inside forwards, replies closing on "... then.", the invitation
already sent under a courtesy question, the writer and a colleague waiting for the user,
registrations, postponements and cancellations said in the passive or by the day alone,
an offer's terms, text tables under a "+" rule, people copied in by first name, Malaysian
titles; and traps that must keep their reading.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import alex_in_new_york, day_first_user, mail
from tests.unit.understand.messages import kind_and_people as _read

ALEX = alex_in_new_york()
ANA = day_first_user("Ana Souza", "ana.souza@example.com", "America/Sao_Paulo")
SOFIA = day_first_user("Sofía Herrera", "sofia.herrera@example.com", "America/Santiago")
LUCA = day_first_user("Luca Marini", "luca.marini@example.com", "Europe/Rome")
JULIE = day_first_user("Julie Martin", "julie.martin@example.com", "Europe/Paris")
MEI = day_first_user("Mei Tan", "mei.tan@example.com", "Asia/Kuala_Lumpur")
OMAR = day_first_user("Omar Nasser", "omar.nasser@example.com", "Africa/Cairo")

EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"
SA_DATE = "Mon, 02 Mar 2026 10:00:00 -0300"
EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
KL_DATE = "Mon, 02 Mar 2026 10:00:00 +0800"
EG_DATE = "Mon, 02 Mar 2026 10:00:00 +0200"

# A thread: the company asked a day in one sentence and gave two clocks in the next; the
# user asked for the later one; the company takes it.
_THREAD = (
    "Works for us - 3:30 it is. Nadia from the platform team will join me.\n\nRuth\n\n"
    "On Tue, Mar 3, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
    "> Hi Ruth, Wednesday is good. Could we make it 3:30 instead of 11?\n> Alex\n\n"
    "On Mon, Mar 2, 2026 at 4:40 PM Ruth Okoye <ruth.okoye@larchmont-data.example> wrote:\n\n"
    "> Hi Alex, are you around Wednesday, March 11 for the technical screen for the\n"
    "> Analytics Engineer role? 11am or 3:30pm ET both suit the panel.\n> Ruth\n"
)

# (id, user, sender, subject, body, date, kind)
KINDS = [
    (
        "en-a-reply-takes-the-clock-of-the-next-sentence",
        ALEX,
        "Ruth Okoye <ruth.okoye@larchmont-data.example>",
        "Re: Wednesday",
        _THREAD,
        "Tue, 03 Mar 2026 10:02:00 -0500",
        Kind.INTERVIEW,
    ),
    (
        "en-availability-passed-on-then-settled",
        ALEX,
        "Tess Ward <tess.ward@quillon-robotics.example>",
        "Re: Firmware Engineer - next steps",
        "Hi Alex,\n\nGreat - Tuesday at 2 works on our end. I've passed your availability on to"
        " Bram, who leads firmware and will run this round himself; he'll send the link.\n\n"
        "Tess Ward\nRecruiter, Quillon Robotics\n\nOn Mon, Mar 2, 2026 at 8:01 PM Alex Morgan"
        " <alex.morgan@gmail.com> wrote:\n> Hi Tess, Tuesday afternoon is free for me, any time"
        " after 1.\n",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-noted-then-under-a-role-subject",
        OMAR,
        "Karim Saleh <karim.saleh@delta-mills.example>",
        "Re: Quality engineer role",
        "Dear Omar,\n\nNoted, Sunday 8 March at 12:30 Cairo time then. Our plant manager and I"
        " will be waiting for you at the main gate.\n\nKarim Saleh\n\nOn Mon, 2 Mar 2026 at"
        " 09:10, Omar Nasser <omar.nasser@example.com> wrote:\n> Dear Karim, Sunday at 12:30"
        " would suit me best.\n",
        EG_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-the-invitation-already-sent",
        ALEX,
        "Priya Menon <priya.menon@harbor-ledger.example>",
        "Product Analyst - final interview",
        "Hi Alex,\n\nHow about Thursday, March 12 at 10am ET for the final interview? I've"
        " already sent the invite, so just decline it if that doesn't suit.\n\nPriya\n",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "pt-the-invitation-already-sent",
        ANA,
        "Pedro Lima <pedro.lima@vetorial-dados.example>",
        "Entrevista técnica - Analista de Dados",
        "Olá Ana,\n\nQue tal quinta-feira, 12 de março, às 14h? Eu e o Rui Costa, nosso"
        " arquiteto de dados, vamos fazer a entrevista técnica. Já te mandei o convite.\n\n"
        "Abraço,\nPedro\n",
        SA_DATE,
        Kind.INTERVIEW,
    ),
    (
        "es-the-invitation-already-sent",
        SOFIA,
        "Javiera Soto <javiera.soto@andes-logistica.example>",
        "Entrevista - Analista de Operaciones",
        "Hola Sofía:\n\n¿Qué tal el jueves 12 de marzo a las 11:00? Ya te mandé la invitación"
        " con el enlace de Teams.\n\nSaludos,\nJaviera Soto\n",
        SA_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-a-hiring-manager-asks-one-time-on-a-wrapped-line",
        ALEX,
        "Dana Whitlow <dana.whitlow@fairhaven-foods.example>",
        "Let's meet - Finance Manager",
        "Hi Alex,\n\nI head up finance at Fairhaven Foods and would like to meet you in person."
        " Could we do\nThursday, March 12 at 9:30am at our office on 14 Mercer Street? Our"
        " controller Ben Ito will\nsit in as well.\n\nDana\n",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-a-forward-of-a-forward",
        ALEX,
        "Alex Morgan <alex.jobs@example.net>",
        "Fwd: Fwd: Interview confirmed - Site Surveyor",
        "for my calendar\n\n---------- Forwarded message ---------\nFrom: Gemma Hart"
        " <gemma.hart@northgate-recruit.example>\nDate: Mon, Mar 2, 2026 at 1:10 PM\nSubject:"
        " Fwd: Interview confirmed - Site Surveyor\nTo: Alex Morgan <alex.jobs@example.net>\n\n"
        "Alex - the client has confirmed, see below. Good luck!\nGemma\n\n"
        "---------- Forwarded message ---------\nFrom: Owen Pryce <owen.pryce@harbour-survey"
        ".example>\nDate: Mon, Mar 2, 2026 at 11:58 AM\nSubject: Interview confirmed - Site"
        " Surveyor\nTo: Gemma Hart <gemma.hart@northgate-recruit.example>\n\nGemma, we will see"
        " Alex on Friday 13 March at 10am at the yard. He'll be interviewed by our lead"
        " surveyor, Iwan Jones, and myself.\nOwen Pryce, Operations Manager\n",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-a-registration-with-a-prize-interview",
        ALEX,
        "Harbor Hack <team@harborhack.example>",
        "You're in! Harbor Hack 2026",
        "Hi Alex,\n\nYour team registration for Harbor Hack 2026 is confirmed. Doors open"
        " Saturday, March 14 at 9:00am at Pier 17. The winning team gets a fast-track interview"
        " with our sponsors.\n\nSee you there!\n",
        EN_DATE,
        Kind.OTHER,
    ),
    (
        "en-postponed-in-the-passive-new-date-to-come",
        ALEX,
        "City Water Recruitment <recruitment@citywater.example>",
        "Interview postponed - Water Quality Scientist",
        "Dear Alex Morgan,\n\nThe panel chair is unwell, and your interview scheduled for"
        " Tuesday, March 10 at 2:00pm has been postponed. We will contact you with a new date"
        " as soon as we can.\n\nRecruitment Services\n",
        EN_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-an-offer-by-its-terms",
        ALEX,
        "Maya Ruiz <maya.ruiz@copperline-solar.example>",
        "Offer - Site Operations Lead",
        "Hi Alex,\n\nWe'd love you to join Copperline Solar as Site Operations Lead. The base"
        " salary is $96,000 with a 10% bonus target, starting April 6. The paperwork comes"
        " through DocuSign tomorrow.\n\nMaya\n",
        EN_DATE,
        Kind.OFFER,
    ),
    (
        "es-cancelled-in-the-passive-across-a-wrap",
        SOFIA,
        "Francisca Rojas <francisca.rojas@pacifico-retail.example>",
        "Cancelación de entrevista - Jefa de Producto",
        "Estimada Sofía:\n\nLamentamos informarle que la entrevista del martes 10 de marzo a las"
        " 10:00 (hora de\nChile continental) con Tomás Vidal queda cancelada, ya que el proceso de"
        " selección\nse cerró con una candidata interna.\n\nAtentamente,\nFrancisca Rojas\n",
        SA_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-cancelled-in-the-passive-with-a-zone-between",
        ALEX,
        "Hana Berg <hana.berg@nordlys-energy.example>",
        "Interview cancelled",
        "Dear Alex,\n\nI'm sorry to tell you that your interview on Tuesday, March 10 at 10:00am"
        " (Eastern Time, US & Canada) with Lars Eide has been cancelled: the role has been"
        " filled internally.\n\nHana Berg\n",
        EN_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-the-role-frozen-so-the-day-is-cancelled",
        ALEX,
        "Tom Reyes <tom.reyes@lumen-post.example>",
        "Re: Thursday",
        "Hi Alex - really sorry, but we've just had the colourist role frozen by finance, so"
        " we'll have to cancel Thursday. I'll be in touch if it reopens.\n\nTom\n\nOn Mon, Mar 2,"
        " 2026 at 1:00 PM Tom Reyes <tom.reyes@lumen-post.example> wrote:\n> Looking forward to"
        " our interview on Thursday, March 5 at 4pm at the studio. Tom\n",
        EN_DATE,
        Kind.INTERVIEW_CANCELLED,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS],
    ids=[k[0] for k in KINDS],
)
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Replies taking a clock or closing on "... then", availability passed on, the invite
    already sent, forwards in forwards, a wrapped question, registrations, postponements and
    cancellations in the passive or by the day, and an offer by its terms."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


def test_the_clock_taken_from_the_sentence_after_the_day() -> None:
    """The reply takes 3:30pm on the day the company named a sentence earlier."""
    raw = mail(
        sender="Ruth Okoye <ruth.okoye@larchmont-data.example>",
        subject="Re: Wednesday",
        body=_THREAD,
        date="Tue, 03 Mar 2026 10:02:00 -0500",
    )
    result = understand(raw, ALEX)
    assert result.interview is not None
    assert result.interview.start is not None
    assert result.interview.start.isoformat() == "2026-03-11T15:30:00-04:00"


# (id, user, sender, subject, body, date, the people read)
PEOPLE = [
    (
        "en-the-writer-and-a-colleague-wait-for-the-user",
        OMAR,
        "Karim Saleh <karim.saleh@delta-mills.example>",
        "Interview - Quality Engineer",
        "Dear Omar,\n\nConfirming your interview on Sunday 8 March at 12:30 Cairo time. Our"
        " Plant Manager, Eng. Laila Fahmy, and I will be waiting for you in our Giza office.\n\n"
        "Karim Saleh\nHR, Delta Mills\n",
        EG_DATE,
        ["Karim Saleh", "Laila Fahmy"],
    ),
    (
        "pt-a-colleague-presented-between-commas",
        ANA,
        "Pedro Lima <pedro.lima@vetorial-dados.example>",
        "Entrevista confirmada - Analista de Dados",
        "Olá Ana,\n\nConfirmado para quinta-feira, 12 de março, às 14h. Eu e a Marta Reis,"
        " nossa gerente de dados, vamos fazer a entrevista pelo Meet.\n\nAbraço,\nPedro Lima\n",
        SA_DATE,
        ["Marta Reis", "Pedro Lima"],
    ),
    (
        "en-a-loop-table-under-a-plus-rule",
        ALEX,
        "Lena Ortiz <lena.ortiz@brightfold.example>",
        "Your onsite at Brightfold - Tuesday",
        "Hi Alex,\n\nHere is your onsite schedule for Tuesday, March 10, 2026 (Eastern):\n\n"
        "Time          | Interviewer          | Topic\n"
        "--------------+----------------------+---------------------\n"
        "9:30 - 10:15  | Sam Whitaker         | Architecture\n"
        "10:15 - 11:00 | Joanna Reyes-Hart    | Coding\n"
        "11:00 - 11:45 | Kofi Mensah          | Hiring manager chat\n\n"
        "I'm coordinating only, so you won't see me in the sessions.\n\nLena Ortiz\n"
        "Recruiting Coordinator, Brightfold\n",
        EN_DATE,
        ["Joanna Reyes-Hart", "Kofi Mensah", "Sam Whitaker"],
    ),
    (
        "en-a-malaysian-title-dropped",
        MEI,
        "Kenanga Talent <talent@kenanga-talent.example>",
        "Interview invitation - Treasury Manager",
        "Dear Mei,\n\nYour interview with our client is confirmed for Wednesday 11 March 2026"
        " at 2:30 PM (Kuala Lumpur).\nInterviewer: Datuk Ahmad Zaki, Group CFO\nVenue:"
        " Menara Kenanga, Jalan Tun Razak\n\nKenanga Talent\n",
        KL_DATE,
        ["Ahmad Zaki"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [p[1:] for p in PEOPLE],
    ids=[p[0] for p in PEOPLE],
)
def test_the_people_of_the_interview_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """The writer waiting with a colleague, a colleague between commas in Portuguese, a loop
    table under a "+" rule, and a Malaysian title of honour."""
    kind, found = _read(ctx, sender, subject, body, date)
    assert kind is Kind.INTERVIEW
    assert found == people


def test_people_copied_in_by_first_name() -> None:
    """ "Copying Hollis and Priya, who'll be your interviewers": the copied addresses give
    their full names, and "Copying" is no part of one."""
    raw = mail(
        sender="Delia Marsh <delia.marsh@ridgeway-freight.example>",
        subject="Next conversation - Operations Analyst",
        body="Alex,\n\nCopying Hollis and Priya, who'll be your interviewers on Friday, March 13"
        " at 1:30pm Eastern. We'll meet at our Newark office.\n\nDelia Marsh | Talent"
        " Acquisition\n",
        headers={
            "Cc": "Hollis Vane <hollis.vane@ridgeway-freight.example>, Priya Rao"
            " <priya.rao@ridgeway-freight.example>"
        },
    )
    result = understand(raw, ALEX)
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert sorted(p.name or "" for p in result.interview.interviewers) == [
        "Hollis Vane",
        "Priya Rao",
    ]


def _calendar(summary: str, description: str) -> bytes:
    """A Google-style invitation from a coordinator with two colleagues and the user."""
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nUID:s22-title@example.net\n"
        "DTSTART:20260312T150000Z\nDTEND:20260312T160000Z\nDTSTAMP:20260302T120000Z\n"
        f"SUMMARY:{summary}\nDESCRIPTION:{description}\n"
        "ORGANIZER;CN=Ruby Hale:mailto:ruby.hale@tallowmere.example\n"
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com\n"
        "ATTENDEE;CN=Ivo Brandt:mailto:ivo.brandt@tallowmere.example\n"
        "ATTENDEE;CN=Sara Quint:mailto:sara.quint@tallowmere.example\n"
        "SEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    return mail(
        sender="Ruby Hale <ruby.hale@tallowmere.example>",
        subject=f"Invitation: {summary} @ Thu Mar 12, 2026 11am - 12pm (EDT)",
        body=f"{description}\n",
        ics=ics,
    )


def test_a_calendar_title_of_company_stage_and_role() -> None:
    """ "Tallowmere - second stage (Backend Engineer)": the company, a hiring stage and a
    role make the invitation an interview, with its guests as the interviewers."""
    result = understand(
        _calendar("Tallowmere - second stage (Backend Engineer)", "Looking forward to it."),
        ALEX,
    )
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert sorted(p.name or "" for p in result.interview.interviewers) == [
        "Ivo Brandt",
        "Sara Quint",
    ]


class TestTrapsKeepTheirReading:
    def test_a_stage_of_a_funding_round_is_no_role(self) -> None:
        """ "Tallowmere - second stage (Series B)": the bracket names no job."""
        result = understand(
            _calendar("Tallowmere - second stage (Series B)", "Agenda to follow."), ALEX
        )
        assert result.kind is not Kind.INTERVIEW

    def test_a_stage_and_a_meeting_name(self) -> None:
        """ "Tallowmere - Round 2 (Quarterly Planning)": a planning meeting's round."""
        result = understand(
            _calendar("Tallowmere - Round 2 (Quarterly Planning)", "Agenda to follow."), ALEX
        )
        assert result.kind is not Kind.INTERVIEW

    def test_a_time_then_asked_back(self) -> None:
        """ "Tuesday at 3 then?" asks again; nothing is settled."""
        kind, _ = _read(
            ALEX,
            "Karim Saleh <karim.saleh@delta-mills.example>",
            "Re: Quality engineer role",
            "Hi Alex,\n\nMonday is full for us, sorry. Tuesday, March 10 at 3pm then?\n\nKarim\n\n"
            "On Mon, Mar 2, 2026 at 9:10 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n> Hi"
            " Karim, could we meet Monday?\n",
            EN_DATE,
        )
        assert kind is not Kind.INTERVIEW

    def test_the_invite_promised_for_later(self) -> None:
        """ "I'll send the invite once you confirm" books nothing yet."""
        kind, _ = _read(
            ALEX,
            "Priya Menon <priya.menon@harbor-ledger.example>",
            "Product Analyst - final interview",
            "Hi Alex,\n\nHow about Thursday, March 12 at 10am ET for the final interview? I'll"
            " send the invite once you confirm.\n\nPriya\n",
            EN_DATE,
        )
        assert kind is Kind.SCHEDULING_REQUEST

    def test_join_us_for_lunch_is_no_offer(self) -> None:
        """ "We'd love you to join us for lunch" names no place and no terms."""
        kind, _ = _read(
            ALEX,
            "Maya Ruiz <maya.ruiz@copperline-solar.example>",
            "Lunch on Friday",
            "Hi Alex,\n\nWe'd love you to join us for lunch on Friday as our guest. The team is"
            " keen to hear about your trip.\n\nMaya\n",
            EN_DATE,
        )
        assert kind is not Kind.OFFER

    def test_friday_drinks_called_off(self) -> None:
        """ "We'll have to cancel Friday drinks" calls off no interview."""
        kind, _ = _read(
            ALEX,
            "Tom Reyes <tom.reyes@lumen-post.example>",
            "Re: Friday",
            "Hi Alex - sorry, we'll have to cancel Friday drinks, half the team is off sick.\n\n"
            "Tom\n\nOn Mon, Mar 2, 2026 at 1:00 PM Tom Reyes <tom.reyes@lumen-post.example>"
            " wrote:\n> Drinks on Friday, March 6 at 6pm at the Crown? Tom\n",
            EN_DATE,
        )
        assert kind is not Kind.INTERVIEW_CANCELLED

    def test_a_given_name_that_is_also_a_title(self) -> None:
        """ "Seri Wong" is a person named Seri, not a title before a name."""
        kind, found = _read(
            MEI,
            "Kenanga Talent <talent@kenanga-talent.example>",
            "Interview invitation - Treasury Analyst",
            "Dear Mei,\n\nYour interview with our client is confirmed for Wednesday 11 March 2026"
            " at 2:30 PM (Kuala Lumpur).\nInterviewer: Seri Wong, Treasury Manager\n\nKenanga"
            " Talent\n",
            KL_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == ["Seri Wong"]

    def test_a_ticket_for_the_interview_is_no_registration(self) -> None:
        """ "Your place for the interview day is confirmed" is the user's interview."""
        kind, _ = _read(
            ALEX,
            "Graduate Recruitment <graduates@kestrel-bank.example>",
            "Assessment day - Graduate Analyst",
            "Dear Alex,\n\nYour place for the interview day on Thursday, March 12 at 9:00am is"
            " confirmed. Please bring photo ID to reception at 1 Kestrel Square.\n\nGraduate"
            " Recruitment, Kestrel Bank\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW


JULIEN = day_first_user("Julien Morel", "julien.morel@example.com", "Europe/Paris")
LENA = day_first_user("Lena Vogt", "lena.vogt@example.com", "Europe/Berlin")
UK = day_first_user("Imogen Reid", "imogen.reid@example.org", "Europe/London")
GMT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"

# (id, user, sender, subject, body, date, kind): eval25's dev half read, families of it.
KINDS_25 = [
    (
        "en-lock-in-an-option-over-an-outlook-thread",
        UK,
        "Gareth Rhys <gareth.rhys@severn-composites.example>",
        "RE: Composites engineer - availability",
        "Hi Imogen,\n\nGreat - let's lock in option 1 then. It'll be me and our Head of Test,"
        " Carys Powell.\n\nGareth\n\n________________________________\nFrom: Imogen Reid"
        " <imogen.reid@example.org>\nSent: Monday, March 2, 2026 9:20 AM\nTo: Gareth Rhys"
        " <gareth.rhys@severn-composites.example>\nSubject: RE: Composites engineer -"
        " availability\n\nHi Gareth, option 1 suits me best. Imogen\n\n"
        "________________________________\nFrom: Gareth Rhys"
        " <gareth.rhys@severn-composites.example>\nSent: Friday, February 27, 2026 4:02 PM\nTo:"
        " Imogen Reid <imogen.reid@example.org>\nSubject: Composites engineer - availability\n\n"
        "Hi Imogen, could you do one of these at our Bristol site?\n1) Wednesday 11 March,"
        " 10:00\n2) Thursday 12 March, 14:00\n",
        GMT_DATE,
        Kind.INTERVIEW,
    ),
    (
        "pt-a-clinic-hires-signed-by-its-people-team",
        ANA,
        "Tânia Lopes <tania.lopes@boa-vista-saude.example>",
        "Reagendamento da sua entrevista",
        "Oi, Ana!\n\nPrecisamos remarcar sua entrevista de quarta. A nova data é sexta-feira, 13"
        " de março, às 10h, aqui na clínica da Rua do Sol, 120.\n\nQuem vai conversar com você é"
        " a Dra. Helena Prado, coordenadora de enfermagem.\n\nAbraço,\nTânia\nRH Boa Vista"
        " Saúde\n",
        SA_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-to-postpone-is-no-reporter",
        JULIEN,
        "Claire Benoît <claire.benoit@lagune-reseaux.example>",
        "Report de votre entretien – Technicien réseaux",
        "Bonjour M. Morel,\n\nNous sommes contraints de reporter votre entretien prévu ce"
        " vendredi. Il aura lieu le jeudi 12 mars à 9 h 30, même lieu.\n\nVous serez reçu par"
        " M. Paul Girard, directeur technique.\n\nBien cordialement,\nClaire Benoît\nDRH,"
        " Lagune Réseaux\n",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-an-offer-in-tu-with-its-start-date",
        JULIEN,
        "Sophie Rochat <sophie.rochat@leman-data.example>",
        "Proposition d'engagement – Analyste",
        "Cher Julien,\n\nNous te proposons le poste d'Analyste au sein de Léman Data SA, à 80 %,"
        " dès le 1er mai.\n\nSalaire annuel brut : CHF 96'000.–. Le contrat suit par courrier."
        "\n\nSophie Rochat\nResponsable RH\n",
        EU_DATE,
        Kind.OFFER,
    ),
    (
        "pt-a-rejection-with-other-candidate-people",
        ANA,
        "Horizonte Agro via Gupy <naoresponda@gupy.io>",
        "Retorno sobre sua candidatura – Analista Agrícola",
        "Olá, Ana!\n\nAgradecemos sua participação no processo seletivo para a vaga de Analista"
        " Agrícola. Após análise cuidadosa, optamos por seguir com outras pessoas candidatas"
        " nesta etapa.\n\nTime de Gente & Gestão\n",
        SA_DATE,
        Kind.REJECTION,
    ),
    (
        "en-slots-then-which-suits",
        UK,
        "Tom Pike – Harrier Search <tom.pike@harrier-search.example>",
        "Moorland Foods – 1st stage slots",
        "Hi Imogen,\n\nMoorland Foods would like to meet you for the Buyer role. Their slots for a"
        " first stage at their York office:\n\n- Tuesday 10 March, 10:00\n- Wednesday 11 March,"
        " 14:30\n\nWhich suits? I'll confirm with them straight away.\n\nTom\n",
        GMT_DATE,
        Kind.SCHEDULING_REQUEST,
    ),
    (
        "en-a-reporter-is-still-a-reporter",
        UK,
        "Dan Hale <dan.hale@northern-gazette.example>",
        "Interview request - Northern Gazette",
        "Hi Imogen,\n\nI'm a reporter at the Northern Gazette writing a piece on how people"
        " find work in the region. Could I interview you on Thursday 12 March at 11:00 for it?"
        "\n\nDan Hale\n",
        GMT_DATE,
        Kind.OTHER,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "kind"),
    [k[1:] for k in KINDS_25],
    ids=[k[0] for k in KINDS_25],
)
def test_more_kinds_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """An option locked in over an Outlook thread, a clinic's people team, the French verb
    to postpone, a Swiss offer in "tu", a rejection naming other candidates, a list of
    slots asked "Which suits?", and a reporter who stays one."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


def test_the_people_of_more_interviews() -> None:
    """ "Quem vai conversar com você é a Dra. ...", "Vous serez reçu par M. ...", and "Frau Dr.
    Anna Vollrath (CFO) und ich freuen uns auf den Austausch" name who the user meets."""
    cases = [
        (KINDS_25[1], ["Helena Prado"]),
        (KINDS_25[2], ["Paul Girard"]),
    ]
    for case, people in cases:
        kind, found = _read(*case[1:6])
        assert kind is Kind.INTERVIEW
        assert found == people
    kind, found = _read(
        LENA,
        "Jonas Brandt <jonas.brandt@isar-pharma.example>",
        "Ihr Zweitgespräch – Senior Controllerin",
        "Liebe Frau Vogt,\n\nwie besprochen findet das Zweitgespräch am Montag, 9. März 2026 um"
        " 11 Uhr in München statt. Frau Dr. Anna Vollrath (CFO) und ich freuen uns auf den"
        " Austausch.\n\nViele Grüße\nJonas Brandt\n",
        EU_DATE,
    )
    assert kind is Kind.INTERVIEW
    assert "Anna Vollrath" in found


def _named_invitation(summary: str, user: Context, address: str) -> bytes:
    """A calendar update from Lémanique Horlogerie's organiser to ``user``."""
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nUID:s22-entretien@example.net\n"
        "DTSTART;TZID=Europe/Zurich:20260312T150000\nDTEND;TZID=Europe/Zurich:20260312T160000\n"
        f"DTSTAMP:20260302T120000Z\nSUMMARY:{summary}\n"
        "ORGANIZER;CN=Léa Mabille:mailto:lea.mabille@lemanique-horlogerie.example\n"
        "ATTENDEE;CN=Aurèle Duc:mailto:aurele.duc@lemanique-horlogerie.example\n"
        f"ATTENDEE;CN={user.user_name}:mailto:{address}\n"
        "SEQUENCE:1\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    return mail(
        sender="Agenda Google <calendar-notification@google.com>",
        subject=f"Invitation mise à jour : {summary} @ jeu. 12 mars 2026 15:00 - 16:00 (CET)",
        body=f"Cet événement a été modifié.\n\n{summary}\n",
        to=address,
        date=EU_DATE,
        ics=ics,
    )


def test_an_interview_noun_before_the_users_name_and_the_company() -> None:
    """ "Entretien Julien Morel / Lémanique Horlogerie" from that company's organiser is the
    user's interview (accents folded to match the company's domain); a servicing naming
    its object ("Entretien chaudière ...") is not."""
    user = JULIEN
    address = "julien.morel@example.com"
    result = understand(
        _named_invitation("Entretien Julien Morel / Lémanique Horlogerie", user, address), user
    )
    assert result.kind is Kind.INTERVIEW
    result = understand(
        _named_invitation("Entretien chaudière Julien Morel / Lémanique Horlogerie", user, address),
        user,
    )
    assert result.kind is not Kind.INTERVIEW
