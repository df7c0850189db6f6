"""Checks on the fourteenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval14``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval13. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval14.authoring.kit import ALIASES
from tests.eval14.authoring.kit import WINDOWS as WINDOWS_ZONES
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
EARLIER_SETS = tuple(
    EVAL.parent / n
    for n in (
        "eval",
        "eval2",
        "eval3",
        "eval4",
        "eval5",
        "eval6",
        "eval7",
        "eval8",
        "eval9",
        "eval10",
        "eval11",
        "eval12",
        "eval13",
    )
)
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "beehiiv.com",
    "builtin.com",
    "cal.com",
    "coderpad.io",
    "codility.com",
    "comeet-notifications.com",
    "doodle.com",
    "dover.com",
    "fountain.com",
    "freshteam.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "hirevue.com",
    "homerun.co",
    "jobs.ch",
    "joinhandshake.com",
    "jora.com",
    "laborum.cl",
    "list-manage.com",
    "manatal.com",
    "modernhire.com",
    "paradox.ai",
    "personio.com",
    "personio.de",
    "reed.co.uk",
    "rippling.com",
    "successfactors.eu",
    "taleo.net",
    "welcometothejungle.com",
    "wellfound.com",
}
# Share of interviews (confirmations, updates, reminders): about 46 %.
INTERVIEW_SHARE = (0.38, 0.48)
# Messages written mostly in German, French or Spanish by local senders.
MIN_OTHER_LANGUAGE = 28

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones={**WINDOWS_ZONES, **ALIASES},
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks, LaterSetChecks):
    """The set as a whole."""

    evalset = SET
    earlier_sets = EARLIER_SETS
    year = 2033
    months = (3, 4, 5)
    min_zones = 30

    def test_other_languages(self) -> None:
        """Enough subjects are German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Zusage|"
            r"Abwesend|Abwesenheit|Angebot|Verschiebung|Kennenlernen|Rückmeldung|Stelle|"
            r"Terminvorschläge|Vertragsangebot|Terminbestätigung|Stellenangebote|Webinar|"
            r"entretien|candidature|annulation|proposition|rendez-vous|convocation|réponse|"
            r"absence|disponibilités|offre|poste|recrutement|créneau|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión|vacante|selección|empleos)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
