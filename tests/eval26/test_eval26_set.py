"""Checks on the twenty-sixth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval26``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval25. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval26.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 26))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {"lever.co", "ashbyhq.com", "goodtime.io", "teams.microsoft.com"}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (about a quarter of this set; see README.md for the count).
MIN_OTHER_LANGUAGE = 30

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
    year = 2045
    months = (4, 5, 6)
    min_zones = 45

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Zweitgespräch|Termin|"
            r"Absage|Abwesenheitsnotiz|Jobagent|Abgesagt|Bewerbungsgespräch|"
            r"entretien|entrevue|candidature|convocation|report|réponse|"
            r"entrevista|convocatoria|confirmación|cancelación|disponibilidad|oferta|"
            r"colloquio|convocazione|annullamento|proposta|colloqui|"
            r"sollicitatiegesprek|uitnodiging|terugkoppeling|afspraak|gesprek|antwoord|"
            r"convite|confirmação|entrevista|cancelamento|retorno|agendamento)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
