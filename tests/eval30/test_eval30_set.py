"""Checks on the thirtieth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval30``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval29. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval30.authoring.kit import WINDOWS
from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LaterSetChecks,
    LayoutChecks,
    LocalisedMessageChecks,
    MessageChecks,
    assert_other_languages,
)

EVAL = Path(__file__).resolve().parent
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 30))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "welcometothejungle.com",
    "stepstone.de",
    "softgarden.io",
    "personio.de",
    "join.com",
    "xing.com",
    "flatchr.io",
    "infojobs.net",
    "recruitee.com",
    "homerun.co",
    "net-empregos.com",
}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders.
MIN_OTHER_LANGUAGE = 40

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, LaterSetChecks):
    """The set as a whole (one region by design: no many-zones spread check)."""

    evalset = SET
    earlier_sets = EARLIER_SETS
    year = 2049
    months = (4, 5, 6)

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Fachgespräch|Zweitgespräch|"
            r"Telefoninterview|Termin|Terminverschiebung|Absage|Abwesenheitsnotiz|Abgesagt|"
            r"Vertragsangebot|Jobagent|Eingangsbestätigung|Erinnerung|Besichtigungstermin|"
            r"Elternabend|Beratungsgespräch|Kennenlernen|"
            r"entretien|candidature|annulation|promesse|convocation|rendez-vous|rappel|"
            r"réponse|report|créneau|accusé|offres|invitation|"
            r"entrevista|candidatura|oferta|ofertas|convocatoria|cancelación|confirmación|"
            r"cita|recordatorio|respuesta|disponibilidad|propuesta|"
            r"colloquio|selezione|convocazione|annullato|risposta|proposta|spostamento|"
            r"promemoria|offerte|"
            r"sollicitatie|sollicitatiegesprek|uitnodiging|bevestiging|gesprek|herinnering|"
            r"ontvangstbevestiging|aanbod|beschikbaarheid|oudercontact|antwoord|"
            r"convocatória|reagendamento|cancelamento|resposta|proposta|lembrete|consulta|"
            r"disponibilidade)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
