"""Checks on the tenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval10``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval9. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval10.authoring.kit import WINDOWS as WINDOWS_ZONES
from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LayoutChecks,
    LocalisedMessageChecks,
    MessageChecks,
    SpreadChecks,
    assert_independent,
    assert_other_languages,
)

EVAL = Path(__file__).resolve().parent
EARLIER_SETS = tuple(
    EVAL.parent / n
    for n in ("eval", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8", "eval9")
)
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "cal.com",
    "personio.de",
    "recruitee.com",
    "bamboohr.com",
    "hackerrank.com",
    "stepstone.de",
    "computrabajo.com",
    "welcometothejungle.com",
    "substack.com",
    "eventbrite.com",
    "docusign.net",
    "hubspot.com",
}
# Share of interviews (confirmations, updates, reminders): about 40-44 %.
INTERVIEW_SHARE = (0.38, 0.46)
# Messages written mostly in German, French or Spanish by local senders.
MIN_OTHER_LANGUAGE = 20

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks):
    """The set as a whole."""

    evalset = SET
    min_zones = 30

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_independent_of_earlier_sets(self, earlier: Path) -> None:
        """No Message-ID, user, file name or company is shared with an earlier set."""
        assert_independent(SET, earlier)

    def test_other_languages(self) -> None:
        """Enough subjects are German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Zusage|"
            r"Abwesend|Abwesenheit|Angebot|Verschiebung|Kennenlernen|Rückmeldung|Stelle|"
            r"entretien|candidature|annulation|proposition|rendez-vous|convocation|réponse|"
            r"absence|disponibilités|offre|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión|vacante)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
