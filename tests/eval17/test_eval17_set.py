"""Checks on the seventeenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval17``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval16. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval17.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 17))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "bamboohr.com",
    "checkr.com",
    "computrabajo.com",
    "hellowork.com",
    "join.com",
    "proton.me",
    "softgarden.io",
    "stepstone.de",
    "coderpad.io",
    "zohorecruit.com",
    "karat.io",
    "recruitee.com",
    "tidycal.com",
}
# Share of interviews (confirmations, updates, reminders): about 44 %.
INTERVIEW_SHARE = (0.38, 0.50)
# Messages written mostly in German, French or Spanish by local senders.
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
    year = 2036
    months = (9, 10, 11)
    min_zones = 35

    def test_other_languages(self) -> None:
        """Enough subjects are German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Zusage|"
            r"Abwesenheit|Angebot|Verschiebung|Rückmeldung|Stelle|Terminvorschlag|Terminbestätigung|"
            r"Vertragsangebot|Bewerbungsgespräch|Kennenlerngespräch|Jobangebote|"
            r"entretien|entrevue|candidature|annulation|proposition|rendez-vous|convocation|réponse|"
            r"absence|disponibilités|offre|poste|recrutement|créneau|report|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión|vacante|selección|empleo|empleos|horario)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
