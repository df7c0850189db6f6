"""Checks on the twenty-eighth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval28``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval27. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval28.authoring.kit import WINDOWS
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
# Vendors this set's mail names (public shape of their mail only; all on the first list).
OWN_VENDOR_DOMAINS = {"icims.com", "myworkday.com", "calendly.com", "zoom.us", "indeed.com"}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (about a third of this set; see README.md for the count).
MIN_OTHER_LANGUAGE = 40

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
    year = 2047
    months = (10, 11, 12)
    min_zones = 30

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Verschiebung|Probefahrt|"
            r"Abwesenheitsnotiz|Terminerinnerung|Online-Test|Abgesagt|Hospitation|"
            r"entretien|convocation|immersion|épreuve|candidature|entrevue|promesse|"
            r"réponse|"
            r"entrevista|convocatoria|candidatura|citación|prueba|reprogramación|respuesta|"
            r"oferta|cita|confirmación|"
            r"colloquio|convocazione|annullato|esito|risposta|prova|"
            r"sollicitatiegesprek|uitnodiging|sollicitatie|afspraak|terugkoppeling|aanbod|"
            r"convocação|convite|cancelamento|proposta|resposta|entrevista)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
