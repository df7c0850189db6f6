"""Checks on the twenty-ninth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval29``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval27. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval29.authoring.kit import WINDOWS
from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LaterSetChecks,
    LayoutChecks,
    LocalisedMessageChecks,
    MessageChecks,
    SpreadChecks,
    assert_other_languages,
)

EVAL = Path(__file__).resolve().parent
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 28))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "goodtime.io",
    "modernloop.io",
    "lever.co",
    "ashbyhq.com",
    "myworkday.com",
}
# Share of interviews (confirmations, moves, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (about a fifth of this set; see README.md for the count).
MIN_OTHER_LANGUAGE = 24

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks, LaterSetChecks):
    """The set as a whole."""

    evalset = SET
    earlier_sets = EARLIER_SETS
    year = 2048
    months = (1, 2, 3)
    min_zones = 45

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Zweitgespräch|Termin|"
            r"Terminverschiebung|Absage|Abwesenheitsnotiz|Kennenlernen|Kennenlerngespräch|"
            r"entretien|entrevue|candidature|annulation|proposition|rendez-vous|disponibilités|"
            r"entrevista|candidatura|oferta|cita|reunión|disponibilidad|"
            r"colloquio|selezione|annullato|risposta|disponibilità|"
            r"sollicitatie|sollicitatiegesprek|gesprek|kennismakingsgesprek|afspraak|"
            r"vacatures|convite|agendamento|disponibilidade|proposta|resposta)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
