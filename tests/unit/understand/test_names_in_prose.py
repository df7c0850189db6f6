"""Interviewers named in the prose of a confirmation, in the four built-in languages.

Written for these tests (session 16) as plain variations on how people introduce who the
candidate will meet, not copied from any evaluation set: each line goes into an otherwise
ordinary confirmation, and the people read must be exactly the ones the line names (plus
the writer where the line says they take part). The second half holds lines that look
alike and name nobody who interviews.
"""

from __future__ import annotations

import pytest

from daemon.understand import understand
from tests.unit.understand.messages import alex_in_new_york, mail, quoted

_TEMPLATES = {
    "en": (
        "Interview confirmation - Data Analyst",
        "Hi Alex,\n\nThanks for getting back to me. Your interview is confirmed for Thursday, "
        "March 5 at 2pm ET at our office, 200 Park Ave, 12th floor. {line}\n\nBest,\n"
        "Jordan Lee\nTalent Partner, Acme\n",
    ),
    "de": (
        "Einladung zum Vorstellungsgespräch - Data Analyst",
        "Hallo Alex,\n\nvielen Dank für Ihre Rückmeldung. Hiermit bestätige ich Ihr "
        "Vorstellungsgespräch am Donnerstag, 5. März um 14 Uhr in unserem Büro. {line}\n\n"
        "Viele Grüße\nJordan Lee\nRecruiting, Acme\n",
    ),
    "fr": (
        "Confirmation d'entretien - Data Analyst",
        "Bonjour Alex,\n\nMerci pour votre retour. Je vous confirme votre entretien le jeudi "
        "5 mars à 14h dans nos bureaux. {line}\n\nBien cordialement,\nJordan Lee\n"
        "Recrutement, Acme\n",
    ),
    "es": (
        "Confirmación de entrevista - Data Analyst",
        "Hola Alex:\n\nGracias por tu respuesta. Te confirmo la entrevista el jueves 5 de "
        "marzo a las 14:00 en nuestra oficina. {line}\n\nSaludos,\nJordan Lee\n"
        "Reclutamiento, Acme\n",
    ),
}
_SENDER = "Jordan Lee <jordan.lee@acme.io>"
_BOTH = ("Priya Shah", "Tom Berg")
_WRITER = "Jordan Lee"

NAMED = [
    ("en", "You'll be meeting Priya Shah (Head of Data) and Tom Berg (Senior Analyst).", _BOTH),
    ("en", "It will be Priya Shah and Tom Berg from our data team.", _BOTH),
    ("en", "Priya Shah and Tom Berg will interview you.", _BOTH),
    ("en", "Priya Shah, our Head of Data, will run the interview.", ("Priya Shah",)),
    ("en", "Your interviewers are Priya Shah and Tom Berg.", _BOTH),
    ("en", "Joining from our side will be Priya Shah and Tom Berg.", _BOTH),
    ("en", "You'll be talking to our Head of Data, Priya Shah.", ("Priya Shah",)),
    ("en", "Priya Shah and I will be interviewing you.", ("Priya Shah", _WRITER)),
    (
        "en",
        "You'll meet Khun Anuwat Rattanakosin (Head of Research Ops).",
        ("Anuwat Rattanakosin",),
    ),
    ("de", "Seitens Acme sind Priya Shah (Head of Data) und Tom Berg dabei.", _BOTH),
    ("de", "Gesprächspartner sind Frau Priya Shah und Herr Tom Berg.", _BOTH),
    ("de", "Am Gespräch nehmen Priya Shah und ich teil.", ("Priya Shah", _WRITER)),
    ("de", "Mit dabei ist auch unsere Teamleiterin Priya Shah.", ("Priya Shah",)),
    ("de", "Ich bringe noch unsere Teamleiterin Priya Shah mit.", ("Priya Shah",)),
    ("de", "Frau Priya Shah wird ebenfalls dabei sein.", ("Priya Shah",)),
    ("de", "Sie lernen dort Priya Shah, unsere Leiterin Data, kennen.", ("Priya Shah",)),
    ("de", "Das Gespräch führen Priya Shah und Tom Berg.", _BOTH),
    ("fr", "Vous rencontrerez Priya Shah (responsable data) et Tom Berg.", _BOTH),
    ("fr", "Le jury sera composé de Mme Priya Shah et de M. Tom Berg.", _BOTH),
    ("fr", "Je vous recevrai avec Priya Shah, notre responsable data.", ("Priya Shah", _WRITER)),
    ("fr", "L'entretien sera mené par Priya Shah et Tom Berg.", _BOTH),
    ("fr", "Vous échangerez avec Priya Shah et moi-même.", ("Priya Shah", _WRITER)),
    # "également": someone else, the writer, is there too.
    ("fr", "Priya Shah, notre responsable data, sera également présente.", ("Priya Shah", _WRITER)),
    ("es", "Te entrevistarán Priya Shah (Head of Data) y Tom Berg.", _BOTH),
    ("es", "Vas a hablar con Priya Shah y Tom Berg.", _BOTH),
    ("es", "La entrevista será con Priya Shah y conmigo.", ("Priya Shah", _WRITER)),
    ("es", "Por nuestra parte estarán Priya Shah y Tom Berg.", _BOTH),
]


def _people(lang: str, line: str) -> list[str]:
    subject, body = _TEMPLATES[lang]
    result = understand(
        mail(sender=_SENDER, subject=subject, body=body.format(line=line)), alex_in_new_york()
    )
    assert result.interview is not None, result.reasons
    return sorted(p.name or "" for p in result.interview.interviewers)


@pytest.mark.parametrize(
    ("lang", "line", "names"), NAMED, ids=[f"{n[0]}-{i}" for i, n in enumerate(NAMED)]
)
def test_the_people_a_line_names_interview(lang: str, line: str, names: tuple[str, ...]) -> None:
    assert _people(lang, line) == sorted(names)


def test_an_interview_with_the_company_names_no_one() -> None:
    """ "Confirmation de votre entretien avec Pont-Neuf Paie": the company, not a person."""
    result = understand(
        mail(
            sender="Jordan Lee <jordan.lee@pontneuf-paie.example>",
            subject="Confirmation de votre entretien avec Pont-Neuf Paie",
            body="Bonjour Alex,\n\nJe vous confirme votre entretien avec Pont-Neuf Paie le jeudi "
            "5 mars à 14h.\n\nBien cordialement,\nL'équipe Pont-Neuf Paie\n",
        ),
        alex_in_new_york(),
    )
    assert result.interview is not None
    assert "Pont-Neuf Paie" not in [p.name for p in result.interview.interviewers]


NOBODY = [
    ("en", "It will be Microsoft Teams, and the link is below."),
    ("en", "It will be Google Meet and we'll send the link."),
    ("en", "It will be Head Office, the building on the left."),
    ("en", "It will be New York time, and we'll send a reminder."),
    ("en", "Our receptionist, Anna Lee, will be there to let you in."),
    ("en", "Anna Lee will be there at reception to greet you."),
    ("en", "On our side: we'll cover your travel costs."),
    ("en", "From our side, there will be no need to prepare slides."),
    ("en", "If you get lost, Anna Lee will be there, just call the front desk."),
    ("en", "Parking: It will be Level B2 and Level B3 for visitors."),
    ("en", "Our CEO, Anna Lee, will be there too for the all-hands afterwards."),
    ("de", "Frau Anna Lee vom Empfang wird Sie begrüßen."),
    ("de", "Frau Anna Lee wird ebenfalls dabei sein und Protokoll führen."),
    ("de", "Ich bringe noch die Unterlagen mit."),
    ("de", "Ich bringe noch Kaffee und Kuchen mit."),
    ("fr", "Anna Lee, notre assistante, sera présente à l'accueil."),
    ("fr", "Je vous recevrai avec plaisir."),
]


@pytest.mark.parametrize(
    ("lang", "line"), NOBODY, ids=[f"{n[0]}-{i}" for i, n in enumerate(NOBODY)]
)
def test_lines_that_name_no_interviewer(lang: str, line: str) -> None:
    """The same confirmation, naming Priya Shah, with a line that adds no one."""
    subject, body = _TEMPLATES[lang]
    body = body.replace("{line}", "{line}\n\nYou will meet Priya Shah.")
    if lang != "en":
        extra = {
            "de": "Sie sprechen mit Priya Shah (Head of Data).",
            "fr": "Vous rencontrerez Priya Shah (Head of Data).",
        }[lang]
        body = _TEMPLATES[lang][1].replace("{line}", "{line}\n\n" + extra)
    result = understand(
        mail(sender=_SENDER, subject=subject, body=body.format(line=line)), alex_in_new_york()
    )
    assert result.interview is not None
    assert [p.name for p in result.interview.interviewers] == ["Priya Shah"]


def test_a_reply_completes_a_given_name_beside_a_full_one() -> None:
    """ "Priya will be joined by Sam Ortiz" under the recruiter's own offer of times, which
    named Priya Shah in full: Priya is Priya Shah."""
    offer = (
        "Hi Alex,\n\nWe'd love to set up a 45-minute interview with Priya Shah, our Head of "
        "Data. Would any of these work?\n\n- Wednesday, March 4 at 10:00 AM ET\n- Thursday, "
        "March 5 at 2:00 PM ET\n\nBest,\nJordan"
    )
    pick = "Hi Jordan,\n\nThursday at 2pm works great for me.\n\nThanks,\nAlex"
    body = (
        "Great, locked in for the 5th at 2. Priya will be joined by Sam Ortiz from our "
        "analytics team.\n\nJordan"
        + quoted("Alex Morgan <alex.morgan@gmail.com>", "Sat, Feb 28, 2026 at 9:15 AM", pick)
        + quoted(_SENDER, "Fri, Feb 27, 2026 at 11:02 AM", offer)
    )
    result = understand(
        mail(sender=_SENDER, subject="Re: Interview - Data Analyst at Acme", body=body),
        alex_in_new_york(),
    )
    assert result.interview is not None
    assert sorted(p.name or "" for p in result.interview.interviewers) == [
        "Priya Shah",
        "Sam Ortiz",
    ]


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        (
            "Your interview with Harbor Lane",
            "Hi Alex,\n\nYour interview with Harbor Lane is confirmed for Thursday, March 5 at "
            "10:00 ET.\n\nSee you soon,\nThe Harbor Lane team\n",
            "Harbor Lane",
        ),
        (
            "Confirmation de votre entretien avec Pont-Neuf Paie",
            "Bonjour Alex,\n\nVotre entretien avec Pont-Neuf Paie est confirmé pour le jeudi 5 "
            "mars à 14h.\n\nÀ très vite,\nL'équipe Pont-Neuf Paie\n",
            "Pont-Neuf Paie",
        ),
        (
            "Ihr Gespräch mit Muster Logistik",
            "Hallo Alex,\n\nIhr Vorstellungsgespräch mit Muster Logistik ist am Donnerstag, 5. "
            "März um 14 Uhr bestätigt.\n\nViele Grüße\nIhr Muster Logistik-Team\n",
            "Muster Logistik",
        ),
        (
            "Tu entrevista con Rambla Datos",
            "Hola Alex:\n\nTu entrevista con Rambla Datos queda confirmada para el jueves 5 de "
            "marzo a las 14:00.\n\nSaludos,\nEl equipo de Rambla Datos\n",
            "Rambla Datos",
        ),
    ],
)
def test_a_team_signature_names_the_company_not_a_person(
    subject: str, body: str, company: str
) -> None:
    """Sent through a hiring system, signed by the company's team: the name after "with" is
    the company's, never an interviewer (nobody would find its address to thank)."""
    result = understand(
        mail(
            sender="Carla via Welcome to the Jungle <no-reply@welcometothejungle.com>",
            subject=subject,
            body=body,
        ),
        alex_in_new_york(),
    )
    assert result.interview is not None
    assert company not in [p.name for p in result.interview.interviewers]
