"""Checks on the third evaluation SET itself (files, labels, internal consistency).

Like the checks of the first two sets: these say nothing about the classifier's quality
(that is ``bench/classify_quality.py --set eval3``, reserved as a held-out measure); they
keep the set honest: every file is a readable RFC 5322 message, every label matches a file,
what a label claims is what the message says (also for German, French and Spanish dates and
for every VTIMEZONE block), and the set stays independent of tests/eval and tests/eval2.
The checks all sets share live in ``tests/evalsets.py``; this module keeps the set's options
and its own checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval3.authoring.kit import WINDOWS as WINDOWS_ZONES
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
EARLIER_SETS = (EVAL.parent / "eval", EVAL.parent / "eval2")
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "personio.de",
    "bamboohr.com",
    "recruitee.com",
    "applytojob.com",
    "jobvite.com",
    "successfactors.com",
    "paradox.ai",
    "coderpad.io",
    "hirevue.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "seek.com.au",
    "glassdoor.com",
    "meetup.com",
}
# Share of interviews (confirmations, updates, reminders): about 40 %, like the earlier sets.
INTERVIEW_SHARE = (0.35, 0.45)
# Messages written mostly in another language by local recruiters (multi-language design).
MIN_OTHER_LANGUAGE = 8

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks):
    """The set as a whole."""

    evalset = SET
    min_zones = 15

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_independent_of_earlier_sets(self, earlier: Path) -> None:
        """No Message-ID, user, file name or company is shared with tests/eval or tests/eval2."""
        assert_independent(SET, earlier)

    def test_other_languages(self) -> None:
        """Enough messages are written in German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|entretien|embauche|entrevista|Recordatorio)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
