"""Checks on the twelfth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval12``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval11. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval12.authoring.kit import WINDOWS as WINDOWS_ZONES
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
    )
)
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "personio.de",
    "recruitee.com",
    "bamboohr.com",
    "pinpointhq.com",
    "rippling.com",
    "hibob.com",
    "cronofy.com",
    "youcanbook.me",
    "hubspot.com",
    "cal.com",
    "bookings.microsoft.com",
    "glassdoor.com",
    "stepstone.de",
    "xing.com",
    "welcometothejungle.com",
    "infojobs.net",
    "computrabajo.com",
    "eventbrite.com",
    "docusign.net",
    "hackerrank.com",
    "meetup.com",
    "substack.com",
    "proton.me",
}
# Share of interviews (confirmations, updates, reminders): about 40-46 %.
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
    year = 2031
    months = (2, 3, 4)
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
