"""Checks on the twenty-seventh evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval27``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval26. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval27.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 27))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "greenhouse.io",
    "lever.co",
    "ashbyhq.com",
    "goodtime.io",
    "personio.de",
    "recruitee.com",
    "bamboohr.com",
    "jazz.co",
    "pinpointhq.com",
    "hirevue.com",
    "webex.com",
    "gupy.io",
}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.45, 0.58)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (about two fifths of this set; see README.md for the count).
MIN_OTHER_LANGUAGE = 45

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
    year = 2046
    months = (7, 8, 9)
    min_zones = 40

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Zweitgespräch|Termin|"
            r"Terminbestätigung|Erstgespräch|Absage|Abwesenheitsnotiz|Vertragsangebot|"
            r"Jobagent|Aktualisiert|Eingangsbestätigung|Bestätigung|Interview|Erinnerung|"
            r"entretien|entrevue|candidature|annulation|proposition|convocation|rendez-vous|"
            r"rappel|report|réponse|disponibilités|offres|"
            r"entrevista|candidatura|oferta|ofertas|convocatoria|cancelación|confirmación|"
            r"citación|respuesta|disponibilidad|proceso|"
            r"colloquio|colloqui|selezione|convocazione|annullamento|risposta|"
            r"sollicitatiegesprek|uitnodiging|bevestiging|gesprek|kennismakingsgesprek|"
            r"terugkoppeling|aanbod|antwoord|sollicitatie|"
            r"convite|confirmação|convocatória|reagendamento|cancelamento|retorno|proposta|"
            r"resposta)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
