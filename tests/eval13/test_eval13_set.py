"""Checks on the thirteenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval13``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval12. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval13.authoring.kit import WINDOWS as WINDOWS_ZONES
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
    )
)
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "apec.fr",
    "applytojob.com",
    "bamboohr.com",
    "breezy.hr",
    "bumeran.com",
    "cal.com",
    "codility.com",
    "cronofy.com",
    "docusign.net",
    "gem.com",
    "glassdoor.com",
    "hirevue.com",
    "jobvite.com",
    "list-manage.com",
    "oraclecloud.com",
    "paradox.ai",
    "pinpointhq.com",
    "recruitee.com",
    "seek.com.au",
    "stepstone.de",
    "substack.com",
    "surveymonkey.com",
    "webex.com",
    "yahoo.com",
    "youcanbook.me",
    "zohorecruit.com",
}
# Share of interviews (confirmations, updates, reminders): about 44 %.
INTERVIEW_SHARE = (0.38, 0.48)
# Messages written mostly in German, French or Spanish by local senders.
MIN_OTHER_LANGUAGE = 25

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks, LaterSetChecks):
    """The set as a whole."""

    evalset = SET
    earlier_sets = EARLIER_SETS
    year = 2032
    months = (9, 10, 11)
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
