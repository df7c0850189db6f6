"""Checks on the twenty-fourth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval24``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval23. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval24.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 24))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "zohorecruit.com",
    "rippling.com",
    "paradox.ai",
    "hirevue.com",
    "avature.net",
    "prelude.co",
    "doodle.com",
    "manatal.com",
    "comeet.com",
    "join.com",
    "softgarden.io",
    "dvinci.de",
    "welcometothejungle.com",
    "flatchr.io",
    "infojobs.net",
    "personio.de",
    "teamtailor-mail.com",
    "ashbyhq.com",
}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (this set is mostly English; see README.md for the count).
MIN_OTHER_LANGUAGE = 28

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
    year = 2043
    months = (9, 10, 11)
    min_zones = 55

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Abwesenheit|"
            r"Abwesenheitsnotiz|Bestätigung|Kennenlerngespräch|Terminverschiebung|"
            r"entretien|entrevue|candidature|annulation|proposition|convocation|"
            r"entrevista|entrevistas|candidatura|oferta|convocatoria|cancelación|confirmación|"
            r"colloquio|selezione|annullamento|conferma|sollicitatie|sollicitatiegesprek|"
            r"uitnodiging|bevestiging|afspraak|vaga|convite|agendamento|proposta|"
            r"ausência|resposta)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
