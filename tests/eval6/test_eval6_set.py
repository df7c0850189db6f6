"""Checks on the sixth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets: these say nothing about the classifier's quality
(that is ``bench/classify_quality.py --set eval6``, reserved as a held-out measure); they
keep the set honest: every file is a readable RFC 5322 message, every label matches a file,
what a label claims is what the message says (also for German, French and Spanish dates and
for every VTIMEZONE block), and the set stays independent of tests/eval to tests/eval5.
The checks all sets share live in ``tests/evalsets.py``; this module keeps the set's options
and its own checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval6.authoring.base import WINDOWS as WINDOWS_ZONES
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", "eval2", "eval3", "eval4", "eval5"))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "personio.de",
    "docusign.net",
    "mcsv.net",
    "hubspot.com",
    "jobvite.com",
    "taleo.net",
    "successfactors.eu",
    "pinpointhq.com",
    "breezy.hr",
    "applytojob.com",
    "homerun.co",
    "join.com",
    "stepstone.de",
    "computrabajo.com",
}
# Share of interviews (confirmations, invitations, updates, reminders): about 45 %.
INTERVIEW_SHARE = (0.40, 0.50)
# Subjects carrying a German, French or Spanish marker word.
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
    min_zones = 25

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_independent_of_earlier_sets(self, earlier: Path) -> None:
        """No Message-ID, user, file name or company is shared with an earlier set."""
        assert_independent(SET, earlier)

    def test_other_languages(self) -> None:
        """Enough messages are written in German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Bewerbungsgespräch|Einladung|Gespräch|Termin|"
            r"Terminbestätigung|Terminbuchung|Absage|Angebot|"
            r"entretien|entrevue|candidature|offre|rendez-vous|annulation|"
            r"entrevista|candidatura|oferta|propuesta|proceso|cita|postulación)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
