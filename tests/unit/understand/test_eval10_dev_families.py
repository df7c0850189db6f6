"""Families of mail a blind set's dev half showed being misread, and their near misses.

Every message was written for these tests (invented people and companies under .example
names), after these kinds of real-world mail:

- a German invitation "Gerne laden wir Sie zu einem ersten Gespräch ein:" whose day and
  time stand on the next lines, as an English "we'd like to invite you to an interview";
- a Québec recruiter's "J'ai le plaisir de vous confirmer une entrevue le mardi ... à
  13 h 30", signed "Conseillère en acquisition de talents";
- a hiring manager's or founder's reply settling a time at one of their workplaces and
  bringing a colleague ("tmrw 2:30 at the Stuart Park office works. I'll grab Ravi (our
  CTO) too", "Let's do Wednesday at 1pm, our Regina office. I'll have our superintendent,
  Gail Dyck, join us"), under a job's thread;
- a Nordic writer's hour word in English mail ("Wednesday 20/6 kl. 13") in an invitation
  to come in at one named time;
- a zone abbreviation whose region keeps another clock in summer than the default one:
  "10:30 AM AST" to a user in Puerto Rico, "AST (Puerto Rico)".

Each positive sits beside near misses that must keep their current reading.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, _settings, understand
from daemon.understand._classify import _hiring_subject, _titled_for_candidate
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import default_lexicon
from daemon.understand._people import from_text

from .messages import mail, sorted_names, start

ZRH = ZoneInfo("Europe/Zurich")
TOR = ZoneInfo("America/Toronto")
STO = ZoneInfo("Europe/Stockholm")
MAD = ZoneInfo("Europe/Madrid")
PAR = ZoneInfo("Europe/Paris")
DRW = ZoneInfo("Australia/Darwin")
REG = ZoneInfo("America/Regina")


def ctx(zone: str, order: str = "dmy") -> Context:
    """A user named Noa Keller in ``zone``."""
    return Context(
        user_addresses=frozenset({"noa.keller@example.org"}),
        user_name="Noa Keller",
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


TO = "Noa Keller <noa.keller@example.org>"


# --- An invitation whose time stands on the lines below it ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Grüezi Frau Keller\n\nBesten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
            "ersten Gespräch ein:\n\nDonnerstag, 16. April, 10.30 Uhr\nLimmatblick Treuhand AG, "
            "Seestrasse 40, Zürich\n\nFreundliche Grüsse\nMarta Frei\nHR Business Partner",
            id="gerne-laden-wir-sie-ein",
        ),
        pytest.param(
            "Sehr geehrte Frau Keller,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch "
            "ein.\n\nTermin: Donnerstag, 16. April, 10:30 Uhr\nOrt: Seestrasse 40, Zürich\n\n"
            "Mit freundlichen Grüßen\nMarta Frei\nPersonalabteilung",
            id="wir-laden-herzlich-ein",
        ),
        pytest.param(
            "Guten Tag Frau Keller\n\nWir möchten Sie gerne zu einem persönlichen Gespräch am "
            "Donnerstag, 16. April, um 10.30 Uhr einladen.\n\nFreundliche Grüsse\nMarta Frei\n"
            "Leiterin Personal",
            id="moechten-einladen",
        ),
    ],
)
def test_german_invitation_with_its_time(body: str) -> None:
    """A German invitation to a talk, its time on the same or the next lines, is booked."""
    raw = mail(
        sender="Marta Frei <marta.frei@limmatblick.example>",
        to=TO,
        subject="Einladung zum Gespräch – Sachbearbeiter/in Steuern",
        body=body,
        date="Mon, 06 Apr 2026 08:30:00 +0200",
    )
    u = understand(raw, ctx("Europe/Zurich"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 4, 16, 10, 30, tzinfo=ZRH)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Einladung: Webinar Steuerrecht",
            "Sehr geehrte Frau Keller,\n\nwir laden Sie herzlich zu unserem Webinar ein:\n\n"
            "Donnerstag, 16. April, 10.30 Uhr\n\nMit freundlichen Grüßen\nIhr Limmatblick-Team",
            id="webinar",
        ),
        pytest.param(
            "Ihre Elternzeit",
            "Liebe Frau Keller,\n\nwir laden Sie zu einem Gespräch über Ihre Elternzeit ein:\n\n"
            "Donnerstag, 16. April, 10.30 Uhr\n\nViele Grüße\nMarta Frei\nPersonalabteilung",
            id="own-employment",
        ),
        pytest.param(
            "Ihre Bewerbung",
            "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihre Bewerbung. Sobald wir alle "
            "Unterlagen gesichtet haben, laden wir Sie gegebenenfalls zu einem Gespräch ein.\n\n"
            "Freundliche Grüsse\nMarta Frei\nPersonalabteilung",
            id="later-maybe",
        ),
    ],
)
def test_german_invitation_near_misses(subject: str, body: str) -> None:
    """A webinar, a talk about the user's own leave, a maybe-later invitation: no interview."""
    raw = mail(
        sender="Marta Frei <marta.frei@limmatblick.example>",
        to=TO,
        subject=subject,
        body=body,
        date="Mon, 06 Apr 2026 08:30:00 +0200",
    )
    assert understand(raw, ctx("Europe/Zurich")).kind is not Kind.INTERVIEW


# --- A Québec recruiter confirming "une entrevue" ---------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "people"),
    [
        pytest.param(
            "Josée Pelletier <josee.pelletier@boreal-assurance.example>",
            "Bonjour Noa,\n\nMerci pour votre intérêt envers Boréal Assurance. J'ai le plaisir "
            "de vous confirmer une entrevue le jeudi 16 avril à 10 h 30 (heure de l'Est), par "
            "Teams.\n\nVous rencontrerez Mathieu Bergeron, directeur Sinistres.\n\nAu plaisir,\n"
            "Josée Pelletier\nConseillère en acquisition de talents",
            ["Mathieu Bergeron"],
            id="quebec-entrevue",
        ),
        pytest.param(
            "Josée Pelletier <josee.pelletier@boreal-assurance.example>",
            "Bonjour Noa,\n\nJe vous confirme un entretien le jeudi 16 avril à 10 h 30 dans nos "
            "bureaux de Montréal.\n\nVous rencontrerez Mathieu Bergeron, directeur Sinistres.\n\n"
            "Cordialement,\nJosée Pelletier\nConseillère en dotation",
            ["Mathieu Bergeron"],
            id="entretien-dotation",
        ),
    ],
)
def test_quebec_confirmation(sender: str, body: str, people: list[str]) -> None:
    """ "Je vous confirme une entrevue le jeudi ... à 10 h 30" from a staffing adviser."""
    raw = mail(
        sender=sender,
        to=TO,
        subject="Entrevue – Expert en sinistres",
        body=body,
        date="Mon, 06 Apr 2026 09:00:00 -0400",
    )
    u = understand(raw, ctx("America/Toronto", "ymd"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 4, 16, 10, 30, tzinfo=TOR)
    assert set(people) <= set(sorted_names(u))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Votre rendez-vous au garage",
            "Bonjour,\n\nNous vous confirmons un entretien de votre véhicule le jeudi 16 avril à "
            "10 h 30.\n\nGarage Laurentides",
            id="car-servicing",
        ),
        pytest.param(
            "Entrevue – émission du matin",
            "Bonjour Noa,\n\nJe vous confirme une entrevue le jeudi 16 avril à 10 h 30 pour "
            "notre émission du matin, en direct dans nos studios.\n\nMarc Tremblay\n"
            "Recherchiste, Radio Boréale",
            id="radio-guest",
        ),
    ],
)
def test_quebec_confirmation_near_misses(subject: str, body: str) -> None:
    """A car's servicing and a radio show's guest interview are no job interview."""
    raw = mail(
        sender="Marc Tremblay <marc@radio-boreale.example>",
        to=TO,
        subject=subject,
        body=body,
        date="Mon, 06 Apr 2026 09:00:00 -0400",
    )
    assert understand(raw, ctx("America/Toronto", "ymd")).kind is not Kind.INTERVIEW


def test_quebec_staffing_title_is_a_hiring_signature() -> None:
    """ "Conseillère en acquisition de talents" and "Conseiller en dotation" sign hiring mail."""
    lex = default_lexicon()
    for line in ("Conseillère en acquisition de talents", "Conseiller en dotation"):
        assert lex.phrase("hiring_sender").search(f"Josée Pelletier\n{line}"), line
    assert not lex.phrase("hiring_sender").search("Marc Tremblay\nConseiller financier")


# --- A reply settling a time at the writer's workplace, with a colleague ----------------------


def _reply(sender: str, subject: str, own: str, quoted: str, date: str) -> bytes:
    """A short reply over the user's quoted mail."""
    body = f"{own}\n\nOn Mon, Apr 6, 2026 at 9:12 AM Noa Keller <noa.keller@example.org> wrote:\n\n"
    body += "\n".join(f"> {line}" for line in quoted.split("\n"))
    return mail(
        sender=sender,
        to=TO,
        subject=subject,
        body=body,
        date=date,
        headers={"In-Reply-To": "<n1@example.org>", "References": "<n1@example.org>"},
    )


QUOTED_ROLE = (
    "Hi Sam, thanks for getting back to me about the hatchery systems role. I'm free "
    "tomorrow afternoon or Thursday morning if you'd like to meet in person.\n\nNoa"
)
QUOTED_PLAIN = "Hi Sam, I'm free most afternoons next week except Tuesday.\n\nNoa"


@pytest.mark.parametrize(
    ("subject", "own", "quoted", "when", "people"),
    [
        pytest.param(
            "Re: Hatchery systems role",
            "tmrw 2:30 at the Fannie Bay office works. I'll grab Priya (our CTO) too. - S",
            QUOTED_ROLE,
            dt.datetime(2026, 4, 7, 14, 30, tzinfo=DRW),
            {"Sam Whitby"},
            id="tmrw-office-grab",
        ),
        pytest.param(
            "Re: Site Engineer application",
            "Noa,\n\nThat works. Let's do Thursday April 9 at 1:00 pm, our Katherine office "
            "(12 Lindsay St). I'll have our plant manager, Dale Ferris, join us.\n\nSam Whitby\n"
            "Operations Manager",
            QUOTED_PLAIN,
            dt.datetime(2026, 4, 9, 13, 0, tzinfo=DRW),
            {"Sam Whitby", "Dale Ferris"},
            id="lets-do-our-office-have-join",
        ),
        pytest.param(
            "Re: Site Engineer application",
            "Thursday 9 April at 10am suits. Come to the Winnellie depot, gate 2; our "
            "safety lead Jo Marsh will join us too.\n\nSam",
            QUOTED_PLAIN,
            dt.datetime(2026, 4, 9, 10, 0, tzinfo=DRW),
            {"Sam Whitby"},
            id="suits-depot-will-join",
        ),
    ],
)
def test_reply_settling_a_visit(
    subject: str, own: str, quoted: str, when: dt.datetime, people: set[str]
) -> None:
    """A manager's reply settling a time at their workplace, bringing a colleague, is booked."""
    raw = _reply(
        "Sam Whitby <sam@bayfarm-aqua.example>",
        subject,
        own,
        quoted,
        "Mon, 06 Apr 2026 11:47:00 +0930",
    )
    u = understand(raw, ctx("Australia/Darwin"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when
    assert people <= set(sorted_names(u))


@pytest.mark.parametrize(
    ("sender", "subject", "own", "quoted"),
    [
        pytest.param(
            "Sam Whitby <sam.whitby@gmail.com>",
            "Re: Hatchery systems role",
            "tmrw 2:30 at the Fannie Bay office works. I'll grab Priya too. - S",
            QUOTED_ROLE,
            id="friend-on-freemail",
        ),
        pytest.param(
            "Sam Whitby <sam@bayfarm-aqua.example>",
            "Re: Hatchery systems role",
            "tmrw 2:30 at the Fannie Bay office works. I'll grab Priya (our CTO) too. - S",
            "Hi Sam, I'm interviewing candidates for the hatchery systems role this week; "
            "could we go through my shortlist?\n\nNoa",
            id="user-is-hiring",
        ),
        pytest.param(
            "Sam Whitby <sam@bayfarm-aqua.example>",
            "Re: Office move",
            "tmrw 2:30 at the Fannie Bay office works. I'll grab Priya (our CTO) too. - S",
            "Hi Sam, can we look at the new desks together?\n\nNoa",
            id="no-job-thread",
        ),
    ],
)
def test_reply_settling_a_visit_near_misses(
    sender: str, subject: str, own: str, quoted: str
) -> None:
    """A friend's reply, the user hiring, or a thread about no job: not the user's interview."""
    raw = _reply(sender, subject, own, quoted, "Mon, 06 Apr 2026 11:47:00 +0930")
    assert understand(raw, ctx("Australia/Darwin")).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("sender", "subject", "own", "zone", "when"),
    [
        pytest.param(
            "Jonas Pfister <jonas.pfister@aarewerk.example>",
            "AW: Bewerbung als Prozessingenieur",
            "Hallo Frau Keller,\n\nDonnerstag, 9. April, 14 Uhr passt. Kommen Sie in unser Büro "
            "in Olten. Unsere Teamleiterin ist ebenfalls dabei.\n\nJonas Pfister",
            "Europe/Zurich",
            dt.datetime(2026, 4, 9, 14, 0, tzinfo=ZRH),
            id="de",
        ),
        pytest.param(
            "Luc Moreau <luc.moreau@ateliers-rhone.example>",
            "RE: Poste de technicienne méthodes",
            "Bonjour Noa,\n\nJeudi 9 avril à 14 h me convient. Passez à notre atelier de Lyon, "
            "Julie Faure se joindra à nous.\n\nLuc Moreau",
            "Europe/Paris",
            dt.datetime(2026, 4, 9, 14, 0, tzinfo=PAR),
            id="fr",
        ),
    ],
)
def test_reply_settling_a_visit_languages(
    sender: str, subject: str, own: str, zone: str, when: dt.datetime
) -> None:
    """The same settled visit in German and French."""
    quoted = "Guten Tag, ich bin nächste Woche an den meisten Nachmittagen verfügbar.\n\nNoa"
    raw = _reply(sender, subject, own, quoted, "Mon, 06 Apr 2026 11:47:00 +0200")
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


def test_host_brings_wording() -> None:
    """The writer bringing a colleague, in four languages; bringing a thing is not it."""
    lex = default_lexicon()
    for text in (
        "I'll grab Priya (our CTO) too.",
        "I'll have our plant manager, Dale Ferris, join us.",
        "Our safety lead will join us.",
        "Ich bringe unseren Teamleiter mit.",
        "Julie Faure se joindra à nous.",
        "Me traigo a nuestra jefa de planta.",
    ):
        assert lex.phrase("host_brings").search(text), text
    for text in ("I'll grab a coffee first.", "You will join us in May!", "I'll bring the keys."):
        assert not lex.phrase("host_brings").search(text), text


# --- A Nordic hour word in an invitation to come in -------------------------------------------


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("Would you like to come in on Wednesday 8/4 kl. 13?", 13, 0),
        ("Can you come by on Wednesday 8/4 kl 9.30?", 9, 30),
        ("We meet Wednesday 8 April klo 15:00 at the office.", 15, 0),
    ],
)
def test_nordic_hour_word(text: str, hour: int, minute: int) -> None:
    """ "kl. 13", "kl 9.30", "klo 15:00" after a date are that day's clock time."""
    lex = default_lexicon()
    ref = dt.datetime(2026, 4, 1, 9, 0, tzinfo=STO)
    found = find_moments(text, lex, ref, "ymd", "Europe/Stockholm")
    assert [m.start for m in found] == [dt.datetime(2026, 4, 8, hour, minute, tzinfo=STO)]


def test_nordic_hour_word_not_a_count() -> None:
    """A "Kl." that is no hour word ("class 10 pupils") gives no time."""
    lex = default_lexicon()
    ref = dt.datetime(2026, 4, 1, 9, 0, tzinfo=STO)
    assert (
        find_moments("Wednesday 8/4. Kl. 10 pupils visit", lex, ref, "ymd", "Europe/Stockholm")
        == []
    )


def _invite(body: str) -> Kind:
    raw = mail(
        sender="Erik Lindqvist <erik.lindqvist@ostersjo-games.example>",
        to=TO,
        subject="Intervju / interview - Tools Programmer",
        body=body,
        date="Wed, 01 Apr 2026 15:25:00 +0200",
    )
    return understand(raw, ctx("Europe/Stockholm", "ymd")).kind


def test_come_in_at_one_time_is_an_invitation() -> None:
    """ "Would you like to come in on Wednesday 8/4 kl. 13? You'll meet ..." books that time."""
    kind = _invite(
        "Hej Noa,\n\nThanks for the test task. Would you like to come in on Wednesday 8/4 kl. "
        "13? You'll meet me and our lead artist Sara Nyberg, about an hour.\n\nErik Lindqvist\n"
        "Tech Lead"
    )
    assert kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hej Noa,\n\nWould you like to come in on Wednesday 8/4 kl. 13 or Thursday 9/4 kl. 10? "
        "You'll meet me and Sara Nyberg.\n\nErik Lindqvist\nTech Lead",
        "Hej Noa,\n\nThanks for the test task. Would Wednesday 8/4 kl. 13 work for an "
        "interview?\n\nErik Lindqvist\nTech Lead",
    ],
)
def test_come_in_choices_stay_requests(body: str) -> None:
    """Two times to choose from, or "would ... work?", still ask: a scheduling request."""
    assert _invite(body) is Kind.SCHEDULING_REQUEST


# --- A zone abbreviation read by the region that keeps it all year ----------------------------


@pytest.mark.parametrize(
    ("text", "zone", "offset"),
    [
        # The user's own zone keeps the abbreviation's standard time all year.
        ("Wednesday, July 15, 2026 at 10:30 AM AST", "America/Puerto_Rico", -4),
        ("Wednesday, July 15, 2026 at 10:30 AM MST", "America/Phoenix", -7),
        ("Wednesday, July 15, 2026 at 10:30 AM CST", "America/Regina", -6),
        # A place beside it says so for any user.
        ("Wednesday, July 15, 2026 at 10:30 AM AST (Puerto Rico)", "America/New_York", -4),
        # The default region's users, and a user elsewhere, keep the default summer clock.
        ("Wednesday, July 15, 2026 at 10:30 AM AST", "America/Halifax", -3),
        ("Wednesday, July 15, 2026 at 10:30 AM MST", "America/Denver", -6),
        ("Wednesday, July 15, 2026 at 10:30 AM MST", "Europe/London", -6),
        ("Wednesday, July 15, 2026 at 10:30 AM EST", "America/Puerto_Rico", -4),
    ],
)
def test_abbreviation_region(text: str, zone: str, offset: int) -> None:
    """ "AST" to a user in Puerto Rico is their clock (-4), Halifax's summer one (-3) otherwise."""
    lex = default_lexicon()
    ref = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)
    (m,) = find_moments(text, lex, ref, "mdy", zone)
    assert m.start.utcoffset() == dt.timedelta(hours=offset)
    assert (m.start.hour, m.start.minute) == (10, 30)


# --- Subjects that name the user's application ------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "hiring"),
    [
        ("Einladung zum Gespräch – Aktuar/in Leben", True),
        ("Vorstellungsgespräch Entwickler:in Backend", True),
        ("AW: Bewerbung als Prozessingenieur", True),
        ("RE: Candidature au poste de technicienne", True),
        ("RE: Poste de technicienne méthodes", True),
        ("RE: Postulación al puesto de analista", True),
        ("RE: Poste de travail à installer", False),
        ("AW: Bewerbung um die Wohnung in der Seestrasse", False),
        ("Einladung zum Sommerfest", False),
    ],
)
def test_application_subjects(subject: str, hiring: bool) -> None:
    """A German gendered title and "Bewerbung als"-style subjects name a job; others do not."""
    assert _hiring_subject(subject, default_lexicon()) is hiring


# --- Interviewers named in ways the reader missed ---------------------------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body", "zone", "people"),
    [
        pytest.param(
            "Marta Frei <marta.frei@limmatblick.example>",
            "Interview – Data Analyst",
            "Dear Noa,\n\nWe’d be delighted to invite you to a video interview on Thursday 16 "
            "April at 14:00.\n\nYou’ll be speaking with Rowan Tresize (Head of Data) and me.\n\n"
            "Kind regards,\nMarta Frei\nPeople Partner",
            "Europe/London",
            {"Rowan Tresize", "Marta Frei"},
            id="typographic-apostrophe",
        ),
        pytest.param(
            "Marta Frei <marta.frei@limmatblick.example>",
            "Vorstellungsgespräch – Referent Netzplanung (m/w/d)",
            "Hallo Frau Keller,\n\nhiermit lade ich Sie zum Vorstellungsgespräch am Donnerstag, "
            "16. April 2026, um 10:00 Uhr per Teams ein. Seitens der Stadtwerke nehmen Herr "
            "Dr. Jens Albrecht (Abteilungsleiter) und ich teil.\n\nViele Grüße\nMarta Frei\n"
            "Personalreferentin",
            "Europe/Berlin",
            {"Jens Albrecht", "Marta Frei"},
            id="de-nehmen-und-ich-teil",
        ),
        pytest.param(
            "Marta Frei <marta.frei@limmatblick.example>",
            "Ihr Vorstellungsgespräch – Data Engineer",
            "Hallo Noa,\n\nwir bestätigen das Gespräch am Donnerstag, 16. April 2026, 15:30 Uhr."
            "\n\nDabei sind wie besprochen Lars Wendt (Teamlead Data) und Mai Tran (Senior Data "
            "Engineer).\n\nBeste Grüße\nMarta Frei\nTalent Acquisition",
            "Europe/Berlin",
            {"Lars Wendt", "Mai Tran"},
            id="de-dabei-sind",
        ),
        pytest.param(
            "Talento <talento@andes-seguros.example>",
            "Convocatoria a entrevista - Analista de Siniestros",
            "Estimada Noa:\n\nLe convocamos a una entrevista el jueves 16 de abril a las 9:00 "
            "a.m. en nuestra sede.\n\nSerá atendida por la Lcda. Ana Ruiz (Gerente de "
            "Siniestros) y el Sr. Pedro Salas (Recursos Humanos).\n\nAtentamente,\nTalento",
            "America/Caracas",
            {"Ana Ruiz", "Pedro Salas"},
            id="es-sera-atendida-por",
        ),
    ],
)
def test_interviewers_named(
    sender: str, subject: str, body: str, zone: str, people: set[str]
) -> None:
    """ "You’ll be speaking with", "nehmen ... und ich teil", "Dabei sind", "Será atendida por"."""
    raw = mail(
        sender=sender, to=TO, subject=subject, body=body, date="Mon, 06 Apr 2026 09:00:00 +0000"
    )
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert people <= set(sorted_names(u))


@pytest.mark.parametrize(
    "body",
    [
        # "Dabei" as "in doing so": no people after it.
        "Hallo Frau Keller,\n\nwir bestätigen das Gespräch am Donnerstag, 16. April 2026, 15:30 "
        "Uhr. Dabei ist es wichtig, pünktlich zu sein.\n\nBeste Grüße\nMarta Frei\n"
        "Talent Acquisition",
        # A confirmation that names nobody.
        "Hallo Frau Keller,\n\nwir bestätigen das Gespräch am Donnerstag, 16. April 2026, 15:30 "
        "Uhr.\n\nBeste Grüße\nMarta Frei\nTalent Acquisition",
    ],
)
def test_interviewers_not_invented(body: str) -> None:
    """Without people after the intro, nobody is named (and the writer only arranges)."""
    raw = mail(
        sender="Marta Frei <marta.frei@limmatblick.example>",
        to=TO,
        subject="Ihr Vorstellungsgespräch – Data Engineer",
        body=body,
        date="Mon, 06 Apr 2026 09:00:00 +0000",
    )
    u = understand(raw, ctx("Europe/Berlin"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted_names(u) == []


def test_typographic_apostrophe_keeps_positions() -> None:
    """A contraction's curly apostrophe reads as the plain one; a name keeps its own."""
    raw = mail(
        sender="Marta Frei <marta.frei@limmatblick.example>",
        to=TO,
        subject="Interview – Data Analyst",
        body="Dear Noa,\n\nYou’ll meet Declan O’Brien (Head of Data) on Thursday 16 April at "
        "14:00; I’m confirming the room today.\n\nMarta Frei\nPeople Partner",
        date="Mon, 06 Apr 2026 09:00:00 +0000",
    )
    u = understand(raw, ctx("Europe/London"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert "Declan O’Brien" in sorted_names(u)


# --- Outcomes, requests and a cancellation the reader left as "other" -------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Jobs Limmatblick <jobs@limmatblick.example>",
            "Ihre Bewerbung als Sachbearbeiterin – Rückmeldung",
            "Sehr geehrte Frau Keller,\n\nherzlichen Dank für das angenehme Gespräch.\n\nNach "
            "sorgfältiger Abwägung haben wir uns entschieden, das Verfahren mit einem anderen "
            "Bewerber weiterzuführen.\n\nMit freundlichen Grüßen\nMarta Frei\nRecruiting",
            id="de-prozess-mit-anderem-bewerber",
        ),
        pytest.param(
            "Sam Whitby <sam@bayfarm-aqua.example>",
            "Hatchery Technician role",
            "Hi Noa,\n\nThanks for coming in on Tuesday. I'm sorry to say we've decided to fill "
            "the Hatchery Technician position internally.\n\nAll the best,\nSam",
            id="en-fill-titled-position-internally",
        ),
    ],
)
def test_rejections(sender: str, subject: str, body: str) -> None:
    """The process going on with another applicant, a titled post filled internally: no."""
    raw = mail(sender=sender, to=TO, subject=subject, body=body)
    assert understand(raw, ctx("Europe/Berlin")).kind is Kind.REJECTION


def test_rejection_wording_near_misses() -> None:
    """Continuing with the user, or filling a post the user applies to: no rejection."""
    lex = default_lexicon()
    assert not lex.phrase("rejection").search(
        "Wir freuen uns, den Prozess mit Ihnen fortzusetzen, und laden Sie zur zweiten Runde ein."
    )
    assert not lex.phrase("rejection").search(
        "We hope to fill the Hatchery Technician position by June and would love you to apply."
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Reto Zgraggen <reto.zgraggen@urnerbahn.example>",
            "Terminfindung für ein erstes Kennenlernen",
            "Grüezi Frau Keller\n\nVielen Dank für Ihre Bewerbung als Projektleiterin. Wir würden "
            "Sie gerne kennenlernen.\n\nKönnten Sie mir zwei bis drei Termine in der Kalenderwoche "
            "17 nennen, die Ihnen passen?\n\nFreundliche Grüsse\nReto Zgraggen\nPersonalleiter",
            id="de-termine-nennen",
        ),
        pytest.param(
            "Benjamin Hale <benjamin@andes-executive.example>",
            "Client interview - when can you talk?",
            "Hi Noa,\n\nMy client would like to interview you for the Head of Risk role next "
            "week.\n\nCan you send me three windows that work?\n\nBest,\nBenjamin",
            id="en-three-windows",
        ),
    ],
)
def test_scheduling_requests(sender: str, subject: str, body: str) -> None:
    """ "Könnten Sie mir ... Termine nennen", "send me three windows": the user picks times."""
    raw = mail(sender=sender, to=TO, subject=subject, body=body)
    assert understand(raw, ctx("Europe/Zurich")).kind is Kind.SCHEDULING_REQUEST


def test_scheduling_wording_near_misses() -> None:
    """Times offered by the writer, or windows of a house: no request for times."""
    lex = default_lexicon()
    assert not lex.phrase("scheduling_request").search(
        "Können Sie mir bitte die Unterlagen bis Freitag senden?"
    )
    assert not lex.phrase("scheduling_request").search(
        "We can send you three windows for the living room by Friday."
    )


def test_cancelled_event_titled_company_user_role() -> None:
    """A Google cancellation titled "<Company> | <user> | <role>" calls off the interview."""
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        "METHOD:CANCEL\nBEGIN:VEVENT\n"
        "ORGANIZER;CN=Bridget Cole:mailto:bridget.cole@harbourfreight.example\n"
        "ATTENDEE;CN=Oscar Lind:mailto:oscar.lind@harbourfreight.example\n"
        "ATTENDEE;CN=Noa Keller:mailto:noa.keller@example.org\n"
        "UID:cx81@google.com\nSUMMARY:Harbour Freightlines | Noa Keller | Solutions Architect\n"
        "DTSTART:20260415T060000Z\nDTEND:20260415T064500Z\nSTATUS:CANCELLED\nSEQUENCE:1\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    raw = mail(
        sender="Bridget Cole <bridget.cole@harbourfreight.example>",
        to=TO,
        subject="Cancelled event: Harbour Freightlines | Noa Keller | Solutions Architect",
        body="This event has been cancelled and removed from your calendar.",
        ics=ics,
        ics_method="CANCEL",
    )
    u = understand(raw, ctx("Australia/Melbourne"))
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons


def test_titled_event_with_two_people_stays_other() -> None:
    """ "Harbour Freightlines | Noa Keller | Oscar Lind" from a vendor: a second person."""
    s = _settings(ctx("Australia/Melbourne"))
    assert not _titled_for_candidate(
        "Northwind Sales | Noa Keller | Oscar Lind", s, s.lexicon, company="harbourfreight"
    )
    assert _titled_for_candidate(
        "Harbour Freightlines | Noa Keller | Solutions Architect",
        s,
        s.lexicon,
        company="harbourfreight",
    )


# --- The same invitation to come by, in German and Spanish -------------------------------------


@pytest.mark.parametrize(
    ("zone", "subject", "body", "when"),
    [
        pytest.param(
            "Europe/Berlin",
            "Vorstellungsgespräch – Softwareentwickler (m/w/d)",
            "Hallo Noa,\n\ndanke für die Probeaufgabe. Hätten Sie Lust, am Mittwoch, 8. April, "
            "um 13 Uhr bei uns im Büro vorbeizukommen? Sie treffen mich und unsere Teamleiterin "
            "Sara Nyberg.\n\nErik Lind\nTech Lead",
            dt.datetime(2026, 4, 8, 13, 0, tzinfo=ZoneInfo("Europe/Berlin")),
            id="de-haetten-sie-lust",
        ),
        pytest.param(
            "Europe/Madrid",
            "Entrevista – Programador de herramientas",
            "Hola Noa:\n\nGracias por la prueba. ¿Te gustaría venir a la oficina el miércoles 8 "
            "de abril a las 13:00? Conocerás a Sara Nyberg, nuestra directora de arte.\n\n"
            "Erik Lind\nResponsable técnico",
            dt.datetime(2026, 4, 8, 13, 0, tzinfo=MAD),
            id="es-te-gustaria-venir",
        ),
    ],
)
def test_come_by_at_one_time_languages(
    zone: str, subject: str, body: str, when: dt.datetime
) -> None:
    """ "Hätten Sie Lust, am ... vorbeizukommen?", "¿Te gustaría venir ... el ...?" book it."""
    raw = mail(
        sender="Erik Lind <erik.lind@ostersjo.example>",
        to=TO,
        subject=subject,
        body=body,
        date="Wed, 01 Apr 2026 15:25:00 +0200",
    )
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


def test_come_by_with_two_times_stays_a_request() -> None:
    """ "¿Te gustaría venir el miércoles 8 o el jueves 9 ...?" still asks the user to choose."""
    raw = mail(
        sender="Erik Lind <erik.lind@ostersjo.example>",
        to=TO,
        subject="Entrevista – Programador de herramientas",
        body="Hola Noa:\n\n¿Te gustaría venir a la oficina el miércoles 8 de abril a las 13:00 "
        "o el jueves 9 de abril a las 10:00?\n\nErik Lind\nResponsable técnico",
        date="Wed, 01 Apr 2026 15:25:00 +0200",
    )
    assert understand(raw, ctx("Europe/Madrid")).kind is Kind.SCHEDULING_REQUEST


def test_come_by_wording_french() -> None:
    """ "Voulez-vous passer nous voir le mercredi ..." is the same invitation in French."""
    lex = default_lexicon()
    assert lex.phrase("confirmation").search("Voulez-vous passer nous voir le mercredi 8 avril ?")
    assert not lex.phrase("confirmation").search("Voulez-vous que je vous rappelle ?")


# --- A name in Chinese characters beside its romanisation --------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Interviewers: 王志明 (Wang Chih-ming), Test Engineering Manager; Rachel Huang, HR",
            ["Wang Chih-ming", "Rachel Huang"],
        ),
        (
            "Interviewers: Wang Chih-ming (王志明); Rachel Huang, HR",
            ["Wang Chih-ming", "Rachel Huang"],
        ),
        # A bracketed job, not a name: the name stays as written.
        ("Interviewers: 王志明 (CTO); Rachel Huang, HR", ["王志明", "Rachel Huang"]),
    ],
)
def test_romanised_name_in_brackets(line: str, expected: list[str]) -> None:
    """ "王志明 (Wang Chih-ming)" is read as the romanised name the mail is written in."""
    people, _ = from_text(line, default_lexicon(), [])
    assert [p.name for p in people] == expected


# --- Left as it is: the organiser of a Google invitation among its guests -----------------------


@pytest.mark.xfail(
    strict=True,
    reason="the organiser of an invitation is left out of the interviewers whenever other "
    "people are named, since a coordinator often sends it; a hiring manager who sends "
    "their own invitation with no title in it cannot yet be told apart from one",
)
def test_google_organiser_among_guests() -> None:
    """An invitation a hiring manager sends from their own calendar counts them in."""
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\n"
        "ORGANIZER;CN=Tomás Lagos:mailto:tomas.lagos@andina-seguros.example\n"
        "ATTENDEE;CN=Tomás Lagos:mailto:tomas.lagos@andina-seguros.example\n"
        "ATTENDEE;CN=Paula Rojas:mailto:paula.rojas@andina-seguros.example\n"
        "ATTENDEE;CN=Noa Keller:mailto:noa.keller@example.org\n"
        "UID:gx77@google.com\nSUMMARY:Entrevista final – Analista de Riesgo\n"
        "DTSTART:20260415T133000Z\nDTEND:20260415T143000Z\nSEQUENCE:1\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    raw = mail(
        sender="Tomás Lagos <tomas.lagos@andina-seguros.example>",
        to=TO,
        subject="Updated invitation: Entrevista final – Analista de Riesgo @ Wed Apr 15, 2026",
        body="This event has been updated\n\nEntrevista final – Analista de Riesgo\n\nGuests\n"
        "Tomás Lagos - organizer\nPaula Rojas\nnoa.keller@example.org",
        ics=ics,
    )
    u = understand(raw, ctx("America/Santiago"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert {"Tomás Lagos", "Paula Rojas"} <= set(sorted_names(u))
