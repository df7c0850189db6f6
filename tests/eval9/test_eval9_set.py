"""Checks on the ninth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval9``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval8. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval9.authoring.kit import WINDOWS as WINDOWS_ZONES
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
    EVAL.parent / n for n in ("eval", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8")
)
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "proton.me",
    "fastmail.com",
    "personio.de",
    "recruitee.com",
    "bamboohr.com",
    "jobvite.com",
    "pinpointhq.com",
    "rippling.com",
    "gem.com",
    "paradox.ai",
    "cal.com",
    "hubspot.com",
    "doodle.com",
    "docusign.net",
    "hackerrank.com",
    "stepstone.de",
    "welcometothejungle.com",
    "computrabajo.com",
    "substack.com",
    "eventbrite.com",
}
# Share of interviews (confirmations, updates, reminders): about 42-45 %.
INTERVIEW_SHARE = (0.40, 0.47)
# Messages written mostly in German, French or Spanish by local senders.
MIN_OTHER_LANGUAGE = 15

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks):
    """The set as a whole."""

    evalset = SET
    min_zones = 28

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_independent_of_earlier_sets(self, earlier: Path) -> None:
        """No Message-ID, user, file name or company is shared with an earlier set."""
        assert_independent(SET, earlier)

    def test_other_languages(self) -> None:
        """Enough subjects are German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Zusage|"
            r"Abwesend|Angebot|Verschiebung|Kennenlernen|Rückmeldung|"
            r"entretien|candidature|annulation|proposition|rendez-vous|convocation|réponse|"
            r"absence|visite|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
