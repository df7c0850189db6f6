"""Kind families from eval12's dev half: a refusal phrased as "not in a position to" (fr
"pas en mesure de donner suite", es "no estamos en condiciones de", en "not in a
position to move forward"), with an adverb between the verb and its negation.

Every message was written for these tests (invented people and companies under .example
names). Each positive shape sits beside near misses of the same shape.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre candidature – Analyste données",
            "Bonjour Camille,\n\nMerci de l'intérêt porté à Brisevent. Après étude de votre "
            "dossier, nous ne sommes malheureusement pas en mesure de donner suite à votre "
            "candidature.\n\nL'équipe RH",
        ),
        (
            "Candidature chargé de projet",
            "Bonjour,\n\nNous ne pouvons hélas pas donner suite à votre candidature pour ce "
            "poste.\n\nCordialement,\nRecrutement Brisevent",
        ),
        (
            "Tu candidatura",
            "Hola Lucía,\n\nGracias por tu interés. Lamentablemente no estamos en condiciones "
            "de continuar con tu candidatura en este momento.\n\nEquipo de Selección",
        ),
        (
            "Your application",
            "Hi Sam,\n\nThank you for applying. Unfortunately we are not in a position to "
            "move forward with your application at this time.\n\nTalent team",
        ),
    ],
)
def test_not_in_a_position_to_proceed_is_a_rejection(ctx: Context, subject: str, body: str) -> None:
    """ "Not in a position to proceed with your application" (fr, es, en) is a rejection."""
    raw = mail(sender="Recrutement <rh@brisevent.example>", subject=subject, body=body)
    assert understand(raw, ctx).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre candidature",
            "Bonjour Camille,\n\nNous ne sommes pas encore en mesure de vous répondre : "
            "votre dossier est en cours d'étude.\n\nL'équipe RH",
        ),
        (
            "Tu candidatura",
            "Hola Lucía,\n\nTodavía no estamos en condiciones de darte una respuesta; "
            "te escribiremos la próxima semana.\n\nEquipo de Selección",
        ),
        (
            "Your application",
            "Hi Sam,\n\nWe are not yet in a position to share a decision; the panel meets "
            "on Friday.\n\nTalent team",
        ),
    ],
)
def test_not_yet_able_to_answer_is_no_rejection(ctx: Context, subject: str, body: str) -> None:
    """Not yet able to answer (a pending decision) is no rejection."""
    raw = mail(sender="Recrutement <rh@brisevent.example>", subject=subject, body=body)
    assert understand(raw, ctx).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "when"),
    [
        ("Terminbestätigung Gespräch Informatikerin", "am Dienstag, 10. März, um 14.30 Uhr"),
        ("Bestätigung Gespräch Mathematiker", "am Mittwoch, 11. März, um 9 Uhr"),
        ("Terminbestätigung Gespräch Statistikerin", "am Donnerstag, 12. März, um 10.15 Uhr"),
    ],
)
def test_german_profession_noun_subject_gives_a_talk_its_hiring_context(
    ctx: Context, subject: str, when: str
) -> None:
    """A confirmed "Gespräch" under a subject naming a profession ("Informatikerin") is one."""
    raw = mail(
        sender="Jana Roth <jana.roth@lindgrat.example>",
        subject=subject,
        body=f"Lieber Herr Morgan\n\nIch bestätige Ihnen gerne unser Gespräch {when} bei uns "
        "in Bern (Weg 4, 2. Stock).\n\nBeste Grüsse\nJana Roth\nTeamleiterin Analytik",
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    "subject",
    ["Terminbestätigung Gespräch", "Terminbestätigung Gespräch Statistikkurs"],
)
def test_confirmed_talk_without_a_profession_stays_other(ctx: Context, subject: str) -> None:
    """The same confirmed talk under a subject naming no profession is no interview."""
    raw = mail(
        sender="Jana Roth <jana.roth@lindgrat.example>",
        subject=subject,
        body="Lieber Herr Morgan\n\nIch bestätige Ihnen gerne unser Gespräch am Dienstag, "
        "10. März, um 14.30 Uhr bei uns in Bern.\n\nBeste Grüsse\nJana Roth\nTeamleiterin",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW
