"""Checks on the evaluation SET itself (files, labels, internal consistency).

These say nothing about the classifier's quality (that is ``bench/classify_quality.py``);
they keep the held-out set honest: every file is a readable RFC 5322 message, every label
matches a file, and what a label claims is what the message says. The checks are shared
with the other sets (``tests/evalsets.py``); this module names the set's own options.
"""

from __future__ import annotations

from pathlib import Path

from tests.evalsets import VENDOR_DOMAINS, EvalSet, LayoutChecks, MessageChecks

# Windows zone names Exchange writes as TZID, mapped as CLDR's windowsZones does.
WINDOWS_ZONES = {
    "Pacific Standard Time": "America/Los_Angeles",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
}

SET = EvalSet(
    Path(__file__).resolve().parent,
    vendor_domains=VENDOR_DOMAINS,
    windows_zones=WINDOWS_ZONES,
)


class TestLayout(LayoutChecks):
    """The set as a whole."""

    evalset = SET


class TestMessage(MessageChecks):
    """Every message and its label."""

    evalset = SET
