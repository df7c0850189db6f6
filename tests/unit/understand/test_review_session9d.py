"""Adversarial review of the fifth paraphrase round (review 9d).

Each case sits near one of the round's rules: numbered field lines beside a German date
("13. Mai: 10 Uhr"), French "vous rencontrer en entretien" from a bank, a town hall or a
school, "hop on a call" from a cold recruiter or a colleague whose candidate the user
interviews, the user's quoted words coming to someone else's, a practice or a show's
interview, listed slots under a choice ("Which of these works?", "¿Cuál te viene mejor?"),
lower-case weekdays in a rota or opening hours, Spanish "nos encantaría conocerte" at an
event and "la empresa quiere entrevistarte" for a blog. Beside each near miss stands a
neighbour the rule was written for. Invented people and companies under ``.example`` names.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import default_lexicon

from .messages import mail

USERS = {
    "us": ("alex.morgan@gmail.com", "Alex Morgan", "America/New_York", "mdy"),
    "de": ("jonas.weber@web.de", "Jonas Weber", "Europe/Berlin", "dmy"),
    "fr": ("camille.martin@orange.fr", "Camille Martin", "Europe/Paris", "dmy"),
    "es": ("noa.keller@example.org", "Noa Keller", "Europe/Madrid", "dmy"),
}
RECRUITER = "Priya Shah <priya.shah@northwind.example>"
IV, SR, OT = Kind.INTERVIEW, Kind.SCHEDULING_REQUEST, Kind.OTHER
NOT_BOOKED = {Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED}
QUOTE_EN = "\n\nOn Sun, Mar 8, 2026 at 6:00 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n> "
QUOTE_FR = (
    "\n\nLe dim. 8 mars 2026 à 18:00, Camille Martin <camille.martin@orange.fr> a écrit :\n> "
)
QUOTE_ES = "\n\nEl dom, 8 mar 2026 a las 18:00, Noa Keller <noa.keller@example.org> escribió:\n> "


def _read(
    user: str,
    body: str,
    *,
    sender: str = RECRUITER,
    subject: str = "Your application",
    date: str = "Mon, 09 Mar 2026 09:00:00 -0400",
) -> Understanding:
    """Understand one message sent to ``user``."""
    address, name, zone, order = USERS[user]
    raw = mail(sender=sender, to=f"{name} <{address}>", subject=subject, date=date, body=body)
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


def _start(u: Understanding) -> tuple[int, int, int]:
    """The interview's start as (month, day, hour)."""
    assert u.interview is not None and u.interview.start is not None
    return u.interview.start.month, u.interview.start.day, u.interview.start.hour


# --- A numbered list's marker is no day; a German date before a colon still is ----------

BER = "Europe/Berlin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Termin:\n13. Mai: 10 Uhr", (5, 13, 10), id="de-mai-colon"),
        pytest.param("3. Oktober: 10:00 Uhr, Raum 2", (10, 3, 10), id="de-oktober-colon"),
        pytest.param("12. März: 14 Uhr", (3, 12, 14), id="de-maerz-colon"),
        pytest.param("1. Termin: 13.05.2026\n2. Uhrzeit: 10 Uhr", (5, 13, 10), id="list-kept"),
        pytest.param("1) Mai: 13.05.2026, 10 Uhr", (5, 13, 10), id="paren-is-a-list"),
    ],
)
def test_day_before_a_month_and_colon_is_a_date(text: str, expected: tuple[int, int, int]) -> None:
    """ "13. Mai: 10 Uhr" is a German date, not a list marker; "1. Termin:" is a marker."""
    ref = dt.datetime(2026, 3, 9, 9, 0, tzinfo=ZoneInfo(BER))
    moments = find_moments(text, default_lexicon(), ref, "dmy", BER)
    assert [(m.start.month, m.start.day, m.start.hour) for m in moments] == [expected]


def test_german_invitation_with_a_date_before_a_colon() -> None:
    """A German invitation giving "13. Mai: 10 Uhr" under "Termin:" starts on 13 May."""
    body = (
        "Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
        "Vorstellungsgespräch ein.\n\nTermin:\n13. Mai: 10 Uhr\n\nViele Grüße\nPriya Shah"
    )
    u = _read("de", body, subject="Ihre Bewerbung")
    assert u.kind is IV, u.reasons
    assert _start(u) == (5, 13, 10)


# --- "vous rencontrer en entretien": a bank's, a town hall's or a school's meeting ----


@pytest.mark.parametrize(
    ("sentence", "sender", "subject"),
    [
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien afin de faire le point sur vos "
            "placements.",
            "Banque <conseiller@banque.example>",
            "Votre épargne",
            id="bank-faire-le-point",
        ),
        pytest.param(
            "Le service urbanisme souhaite vous rencontrer en entretien au sujet de votre "
            "permis de construire.",
            "Mairie <urbanisme@mairie.example>",
            "Permis de construire",
            id="town-hall-au-sujet",
        ),
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien concernant votre demande de logement.",
            "Mairie <logement@mairie.example>",
            "Votre demande",
            id="housing-concernant",
        ),
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien pour discuter du dossier "
            "d'inscription de votre fils.",
            "Collège <secretariat@college.example>",
            "Inscription",
            id="school-discuter",
        ),
    ],
)
def test_french_meeting_for_another_matter_is_no_interview(
    sentence: str, sender: str, subject: str
) -> None:
    """ "vous rencontrer en entretien" about savings, a permit or a child's school is no hiring."""
    body = f"Bonjour,\n\n{sentence} Merci de nous indiquer vos disponibilités.\n\nCordialement"
    u = _read("fr", body, sender=sender, subject=subject)
    assert u.kind not in {IV, SR}, u.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Nous souhaitons vous rencontrer en entretien.", id="bare"),
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien au sujet de votre candidature.",
            id="au-sujet-candidature",
        ),
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien pour discuter du poste.",
            id="discuter-du-poste",
        ),
        pytest.param(
            "Nous souhaitons vous rencontrer en entretien pour échanger sur votre parcours.",
            id="echanger-parcours",
        ),
    ],
)
def test_french_meeting_about_the_job_asks_for_times(sentence: str) -> None:
    """ "vous rencontrer en entretien" about the candidacy or the job asks for the user's times."""
    body = (
        f"Bonjour Camille,\n\n{sentence} Pourriez-vous m'indiquer vos disponibilités la "
        "semaine prochaine ?\n\nPriya Shah"
    )
    assert _read("fr", body, subject="Entretien").kind is SR


# --- "hop on a call": booked only once the user applied --------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "kind"),
    [
        pytest.param(
            "Hi Alex,\n\nI'm a recruiter at Staffing Co and I have a Senior Data Analyst "
            "opportunity I'd love to tell you about. Can you jump on a quick call Thursday at "
            "1pm?\n\nBest,\nTina",
            "Senior Data Analyst opportunity",
            SR,
            id="cold-recruiter",
        ),
        pytest.param(
            "Hi Alex,\n\nWe have a candidate for the backend role. Can you hop on a Zoom on "
            "Thursday at 1pm to interview them with me?\n\nDana",
            "Candidate interview",
            None,
            id="colleague-interviewer",
        ),
        pytest.param(
            "Hi Alex,\n\nCan you hop on a quick call on Thursday at 1pm to see how we can cut "
            "your cloud bill?\n\nJake",
            "Quick question",
            OT,
            id="salesperson",
        ),
        pytest.param(
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. Can you hop on a Zoom "
            "with me on Thursday at 1pm for a first interview?\n\nPriya",
            "Your application",
            IV,
            id="applied-neighbour",
        ),
    ],
)
def test_hop_on_a_call_books_only_the_users_application(
    body: str, subject: str, kind: Kind | None
) -> None:
    """A cold recruiter's or a colleague's "hop on a call at 1pm" books nothing; after applying it does."""
    u = _read("us", body, subject=subject, sender="Tina Park <tina@staffing.example>")
    if kind is None:
        assert u.kind not in NOT_BOOKED, u.reasons
    else:
        assert u.kind is kind, u.reasons
    if kind is IV:
        assert _start(u) == (3, 12, 13)


# --- The user's quoted words coming to someone else's or a practice interview ----------


@pytest.mark.parametrize(
    ("user", "body", "subject"),
    [
        pytest.param(
            "us",
            "Thursday 2pm works!\n\nSam" + QUOTE_EN + "Hi Sam, could I come by for your "
            "interview on Thursday at 2pm? I'd love to watch the stream.",
            "Re: stream",
            id="en-your-interview",
        ),
        pytest.param(
            "us",
            "yes thu 2pm works\n\nSam" + QUOTE_EN + "Hey Sam, could I come over for the mock "
            "interview on Thursday at 2pm?",
            "Re: practice",
            id="en-mock",
        ),
        pytest.param(
            "us",
            "Perfect, thursday at 2pm works.\n\nJen" + QUOTE_EN + "Hi Jen, I can come in for "
            "the podcast interview on Thursday at 2pm.",
            "Re: Podcast",
            id="en-podcast",
        ),
        pytest.param(
            "us",
            "sure, thu 2pm works, see you there\n\nDana" + QUOTE_EN + "Hi Dana, could I come "
            "in for the interview on Thursday at 2pm to sit on the panel?",
            "Re: Backend hire",
            id="en-panel",
        ),
        pytest.param(
            "us",
            "Yes, Thursday 2pm works.\n\nDana" + QUOTE_EN + "Hi Dana, I can come in for the "
            "interview with the candidate on Thursday at 2pm.",
            "Re: Backend candidate",
            id="en-with-the-candidate",
        ),
        pytest.param(
            "fr",
            "Parfait, jeudi 8h30 ça marche.\n\nPaul" + QUOTE_FR + "Bonjour Paul, je suis "
            "disponible jeudi à 8h30 pour l'entretien en tant que jury.",
            "Re: Recrutement",
            id="fr-jury",
        ),
        pytest.param(
            "fr",
            "Parfait, jeudi 8h30 ça marche.\n\nPaul" + QUOTE_FR + "Bonjour Paul, je suis "
            "disponible jeudi à 8h30 pour l'entretien annuel.",
            "Re: point",
            id="fr-annual-review",
        ),
        pytest.param(
            "es",
            "Perfecto, el viernes a las 11 entonces.\n\nAna" + QUOTE_ES + "Hola Ana, el "
            "viernes a las 11 puedo ir a tu entrevista, ¡qué nervios!",
            "Re: mañana",
            id="es-tu-entrevista",
        ),
    ],
)
def test_coming_to_someone_elses_interview_settles_nothing(
    user: str, body: str, subject: str
) -> None:
    """A reply under the user coming to a friend's, a practice, a show's or a panel's interview books none."""
    u = _read(user, body, subject=subject, sender="Sam Lee <sam.lee@friends.example>")
    assert u.kind is not IV, u.reasons


def test_coming_to_the_interview_settled_on_a_phone() -> None:
    """ "c ya wed 7am" under the user's "could I come in for the interview" books wed 7am."""
    body = (
        "c ya wed 7am at the yard, ask for kris\n\nKris" + QUOTE_EN + "Hi Kris, thanks for "
        "getting back to me about the laborer job! Could I come in for the interview on wed "
        "at 7am?"
    )
    u = _read("us", body, subject="Re: laborer job", sender="Kris <kris@buildco.example>")
    assert u.kind is IV, u.reasons
    assert _start(u) == (3, 11, 7)


# --- Listed slots under a choice stay a request ---------------------------------------


@pytest.mark.parametrize(
    ("user", "body"),
    [
        pytest.param(
            "us",
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. We'd love to interview "
            "you. Which of these works?\n\n- Date: Thursday, March 12, 2:00 PM ET\n- Date: "
            "Friday, March 13, 10:00 AM ET\n\nPriya",
            id="en-which-of-these",
        ),
        pytest.param(
            "us",
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. We'd love to interview "
            "you. Available slots:\n\n- Time: Thursday 2:00 PM ET\n- Time: Friday 10:00 AM "
            "ET\n\nLet me know.\nPriya",
            id="en-available-slots",
        ),
        pytest.param(
            "us",
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. Which one suits you "
            "best?\n\n1. Date: Thursday, March 12, 2:00 PM ET\n2. Date: Friday, March 13, "
            "10:00 AM ET\n\nPriya",
            id="en-which-one-numbered",
        ),
        pytest.param(
            "us",
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. Which of these "
            "works?\n\nDate: Thursday, March 12, 2:00 PM ET\nDate: Friday, March 13, 10:00 AM "
            "ET\n\nPriya",
            id="en-bare-lines",
        ),
        pytest.param(
            "es",
            "Hola Noa,\n\nGracias por tu candidatura. Nos gustaría hacerte una entrevista. "
            "¿Cuál te viene mejor?\n\n- Fecha: jueves 12 de marzo, 10:00\n- Fecha: viernes 13 "
            "de marzo, 12:00\n\nPriya",
            id="es-cual-mejor",
        ),
    ],
)
def test_listed_slots_under_a_choice_are_a_request(user: str, body: str) -> None:
    """Two listed "Date:" or "Time:" slots under "Which of these works?" offer, not confirm."""
    u = _read(user, body, subject="Interview scheduling")
    assert u.kind is SR, u.reasons


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Alex,\n\nThanks for applying for the Data Analyst role. Your interview is "
            "booked:\n\n- Date: Thursday, March 12\n- Time: 2:00 PM ET\n- Format: Zoom or in "
            "person, which of these works best for you?\n\nPriya",
            id="one-time-format-choice",
        ),
        pytest.param(
            "Hi Alex,\n\nThanks for applying to the Data Analyst role. We'd like to invite you "
            "to an interview.\n\n- Date: Thursday, March 12\n- Time: 2:00 PM ET\n- Location: "
            "Zoom\n\nPriya",
            id="listed-one-time",
        ),
    ],
)
def test_one_listed_time_stays_booked(body: str) -> None:
    """One listed date and time stays the interview, even beside a question about its format."""
    u = _read("us", body, subject="Interview - Data Analyst")
    assert u.kind is IV, u.reasons
    assert _start(u) == (3, 12, 14)


@pytest.mark.xfail(
    strict=True,
    reason="a yearless field-line date a week before the message rolls into next year, so the "
    "past interview's listed details read as a booking (already so for unlisted 'Date:' lines "
    "before round 5; fixing it means changing how yearless past dates resolve)",
)
@pytest.mark.parametrize("marker", ["", "- ", "1. "])
def test_past_interview_details_listed_book_nothing(marker: str) -> None:
    """Last week's interview date and time, listed in a follow-up, are no new interview."""
    second = "2. " if marker == "1. " else marker  # "" : unlisted lines, as before round 5
    body = (
        "Hi Alex,\n\nThanks again for interviewing with us last week. For our records:\n\n"
        f"{marker}Date: March 3\n{second}Time: 2:00 PM\n\nWe'll be in touch with next steps "
        "soon.\n\nPriya"
    )
    assert _read("us", body, subject="Following up").kind is not IV


# --- Lower-case weekdays in a rota or opening hours -----------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param("if hired, shifts are mon 6am, wed 6am, fri 2pm.", id="rota"),
        pytest.param("our office is open mon-fri 9:00-17:00.", id="opening-hours"),
        pytest.param("the front desk is staffed mon to fri 8am-5pm.", id="mon-to-fri"),
    ],
)
def test_typed_weekdays_in_a_rota_leave_the_interview(extra: str) -> None:
    """ "shifts are mon 6am, wed 6am, fri 2pm", "mon-fri 9:00": no days beside the interview's."""
    body = (
        "hey alex, thanks for applying to the barista job! interview is tmrw at 3pm. "
        f"{extra}\n\npriya"
    )
    u = _read("us", body, subject="barista job")
    assert u.kind is IV, u.reasons
    assert _start(u) == (3, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("shifts: mon 6am, wed 6am, fri 2pm", [], id="rota-line"),
        pytest.param("open mon-fri 9:00-17:00", [], id="range"),
        pytest.param("thu 2pm or fri 10am?", [(3, 12, 14), (3, 13, 10)], id="choice"),
        pytest.param("thu 2pm works", [(3, 12, 14)], id="one-day"),
    ],
)
def test_typed_weekdays_in_lists(text: str, expected: list[tuple[int, int, int]]) -> None:
    """A rota's or a range's lower-case weekdays give no date; a choice of two or one day does."""
    ny = "America/New_York"
    ref = dt.datetime(2026, 3, 9, 9, 0, tzinfo=ZoneInfo(ny))
    moments = find_moments(text, default_lexicon(), ref, "mdy", ny)
    assert [(m.start.month, m.start.day, m.start.hour) for m in moments] == expected


# --- Spanish hiring wordings outside hiring -------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param(
            "Hola Noa,\n\nGracias por tu candidatura. Nos encantaría conocerte en nuestro "
            "evento de networking el jueves 12 de marzo a las 19:00.\n\nEquipo",
            None,
            id="encantaria-evento",
        ),
        pytest.param(
            "Hola Noa,\n\nLa empresa quiere entrevistarte para el blog corporativo sobre tu "
            "experiencia como clienta. ¿Cuándo te viene bien?\n\nMarketing",
            None,
            id="empresa-blog",
        ),
        pytest.param(
            "Hola Noa,\n\nEl equipo quiere entrevistarte para nuestro trabajo de fin de grado. "
            "¿Tienes 20 minutos esta semana?\n\nLucía",
            None,
            id="equipo-tfg",
        ),
        pytest.param(
            "Hola Noa,\n\nEl cliente quiere entrevistarte para el puesto de analista. ¿Qué día "
            "te viene bien?\n\nLorena\nConsultora RRHH",
            SR,
            id="cliente-puesto",
        ),
        pytest.param(
            "Hola Noa,\n\nGracias por tu candidatura. Nos encantaría conocerte. ¿Qué día te "
            "viene bien esta semana?\n\nLorena",
            SR,
            id="encantaria-candidatura",
        ),
    ],
)
def test_spanish_hiring_words_need_the_job(body: str, kind: Kind | None) -> None:
    """ "Nos encantaría conocerte" at an event, "quiere entrevistarte" for a blog arrange no interview."""
    u = _read("es", body, subject="Hola", sender="Lorena Gil <lorena@rrhh.example>")
    if kind is None:
        assert u.kind not in {IV, SR}, u.reasons
    else:
        assert u.kind is kind, u.reasons


# --- "see u wed 7am" between friends --------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        pytest.param("see u wed 7am at the gym!", None, id="gym"),
        pytest.param("c ya wed 7am at the pub", None, id="pub"),
        pytest.param("see u wed 7am for a run", None, id="for-a-run"),
        pytest.param("see u wed 7am at the office, ask for kris", IV, id="office-neighbour"),
    ],
)
def test_see_u_at_a_friends_place(reply: str, kind: Kind | None) -> None:
    """ "see u wed 7am at the gym" under a mail naming the user's interview books nothing."""
    body = (
        f"{reply}\n\nKris" + QUOTE_EN + "Hi Kris, thanks for getting back to me about the "
        "laborer job! Could I come in for the interview on wed at 7am?"
    )
    u = _read("us", body, subject="Re: laborer job", sender="Kris <kris@buildco.example>")
    if kind is None:
        assert u.kind is not IV, u.reasons
    else:
        assert u.kind is IV, u.reasons
        assert _start(u) == (3, 11, 7)


def test_friend_seeing_the_user_before_the_interview() -> None:
    """A friend's "see u wed 7am at the gym" in a thread about the user's interview is none."""
    body = (
        "see u wed 7am at the gym!\n\nSam" + QUOTE_EN + "Sam, gym wed morning? need to "
        "destress before my interview"
    )
    u = _read("us", body, subject="Re: interview stress", sender="Sam Lee <sam@friends.example>")
    assert u.kind is not IV, u.reasons


# --- Spanish summons without an article to a course's selection interview -------------


@pytest.mark.xfail(
    strict=True,
    reason="a training course's selection interview ('te convocamos a (una) entrevista de "
    "evaluación del curso de formación') reads as a job interview, already so with the article "
    "before round 5; ruling courses out needs an other-purpose rule weighed against hiring mail "
    "that names a new hire's training course",
)
@pytest.mark.parametrize("article", ["", "una "])
def test_summons_to_a_course_interview(article: str) -> None:
    """A course's selection interview, summoned with or without an article, is no job interview."""
    body = (
        f"Hola Noa,\n\nTe convocamos a {article}entrevista de evaluación del curso de "
        "formación el jueves 12 de marzo a las 10:00.\n\nAcademia"
    )
    u = _read("es", body, subject="Curso", sender="Academia <info@academia.example>")
    assert u.kind is not IV, u.reasons


def test_summons_without_article_to_a_job_interview() -> None:
    """ "Le convocamos a entrevista personal" for an application is the interview, at its time."""
    body = (
        "Hola Noa,\n\nGracias por tu candidatura al puesto de analista. Le convocamos a "
        "entrevista personal el jueves 12 de marzo a las 10:00 en nuestras oficinas.\n\nPriya"
    )
    u = _read("es", body, subject="Tu candidatura")
    assert u.kind is IV, u.reasons
    assert _start(u) == (3, 12, 10)
