"""Checks on the second evaluation SET itself (files, labels, internal consistency).

Like ``tests/eval/test_eval_set.py`` for the first set: these say nothing about the
classifier's quality (that is ``bench/classify_quality.py --set eval2``); they keep the set
honest: every file is a readable RFC 5322 message, every label matches a file, what a label
claims is what the message says, and the set stays independent of the first one. The checks
all sets share live in ``tests/evalsets.py``; this module keeps the set's options and its
own checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LayoutChecks,
    MessageChecks,
    SpreadChecks,
    load_labels,
    message_ids,
    stems,
)

EVAL = Path(__file__).resolve().parent
FIRST_SET = EVAL.parent / "eval"
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "personio.de",
    "bamboohr.com",
    "recruitee.com",
    "applytojob.com",
}
# Windows zone names Exchange writes as TZID, mapped as CLDR's windowsZones does.
WINDOWS_ZONES = {
    "South Africa Standard Time": "Africa/Johannesburg",
    "Tokyo Standard Time": "Asia/Tokyo",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Arabian Standard Time": "Asia/Dubai",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "GMT Standard Time": "Europe/London",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Singapore Standard Time": "Asia/Singapore",
    "Eastern Standard Time": "America/New_York",
    "Mountain Standard Time": "America/Denver",
    "W. Europe Standard Time": "Europe/Berlin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
}
# Share of interviews (confirmations, updates, reminders): roughly like the first set.
INTERVIEW_SHARE = (0.35, 0.50)

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks):
    """The set as a whole."""

    evalset = SET
    min_zones = 8

    def test_independent_of_the_first_set(self) -> None:
        """No Message-ID, user or file name is shared with tests/eval (written apart)."""
        if not (FIRST_SET / "labels.yaml").exists():
            pytest.skip("first set not present")
        first = load_labels(FIRST_SET)
        first_users = {a for e in first for a in e["user"]["addresses"]}
        ours = {a for e in SET.labels for a in e["user"]["addresses"]}
        assert not first_users & ours
        assert not stems(e["file"] for e in first) & stems(SET.files)
        assert not message_ids(FIRST_SET) & {str(SET.parse(n)["Message-ID"]) for n in SET.files}


class TestMessage(MessageChecks):
    """Every message and its label."""

    evalset = SET
