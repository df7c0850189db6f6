"""Checks on the eighteenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval18``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval17. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval18.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 18))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "breezy.hr",
    "cronofy.com",
    "doodle.com",
    "freshteam.com",
    "glassdoor.com",
    "goto.com",
    "hirevue.com",
    "homerun.co",
    "jobvite.com",
    "personio.de",
    "paylocity.com",
    "pinpointhq.com",
    "rippling.com",
    "successfactors.eu",
    "taleo.net",
    "webex.com",
    "welcometothejungle.com",
    "whereby.com",
    "youcanbook.me",
    "zohobookings.com",
    "applytojob.com",
    "phenompeople.com",
}
# Share of interviews (confirmations, updates, reminders): about 48 %.
INTERVIEW_SHARE = (0.42, 0.52)
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
    year = 2037
    months = (3, 4, 5)
    min_zones = 40

    def test_other_languages(self) -> None:
        """Enough subjects are German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Zusage|"
            r"Abwesenheit|Angebot|Verschiebung|Rückmeldung|Stelle|Terminvorschlag|"
            r"Terminbestätigung|Vertragsangebot|Bewerbungsgespräch|Kennenlerngespräch|"
            r"Jobangebote|Erinnerung|Abwesenheitsnotiz|Vorstellung|"
            r"entretien|entrevue|candidature|annulation|proposition|rendez-vous|convocation|"
            r"réponse|absence|disponibilités|offre|poste|recrutement|créneau|report|rappel|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión|vacante|selección|empleo|empleos|horario|"
            r"recordatorio)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
