"""Checks on the fifteenth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval15``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval14. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.eval15.authoring.kit import WINDOWS
from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LayoutChecks,
    LocalisedMessageChecks,
    MessageChecks,
    SpreadChecks,
    assert_independent,
    assert_other_languages,
    load_labels,
)

EVAL = Path(__file__).resolve().parent
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 15))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "bamboohr.com",
    "breezy.hr",
    "factorialhr.com",
    "flatchr.io",
    "jobadder.com",
    "jobvite.com",
    "pinpointhq.com",
    "recruitee.com",
    "softgarden.io",
    "stepstone.de",
    "webex.com",
    "yahoo.com",
}
# Share of interviews (confirmations, updates, reminders): about 43 %.
INTERVIEW_SHARE = (0.38, 0.50)
# Messages written mostly in German, French or Spanish by local senders.
MIN_OTHER_LANGUAGE = 30

SET = EvalSet(
    EVAL,
    vendor_domains=VENDOR_DOMAINS | OWN_VENDOR_DOMAINS,
    windows_zones=WINDOWS,
    interview_share=INTERVIEW_SHARE,
)


class TestLayout(LayoutChecks, SpreadChecks):
    """The set as a whole."""

    evalset = SET
    min_zones = 28

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_independent_of_earlier_sets(self, earlier: Path) -> None:
        """No Message-ID, user, file name or company is shared with an earlier set."""
        assert_independent(SET, earlier)

    @pytest.mark.parametrize("earlier", EARLIER_SETS, ids=lambda p: p.name)
    def test_no_earlier_start_in_this_sets_year(self, earlier: Path) -> None:
        """No earlier set labels a start in 2034, the only year this set uses."""
        if not (earlier / "labels.yaml").exists():
            pytest.skip(f"{earlier.name} not present")
        starts = [str(e["start"]) for e in load_labels(earlier) if e.get("start")]
        assert not [s for s in starts if s.startswith("2034")]

    def test_dates_in_2034(self) -> None:
        """Every labelled start lies between September and November 2034."""
        for entry in SET.labels:
            if "start" in entry:
                assert str(entry["start"])[:7] in {"2034-09", "2034-10", "2034-11"}, entry["file"]

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


@pytest.mark.parametrize("name", SET.files)
class TestMessage(MessageChecks, LocalisedMessageChecks):
    """One message and its label."""

    evalset = SET
