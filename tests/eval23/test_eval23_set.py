"""Checks on the twenty-third evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval23``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval22. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval23.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 23))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "personio.de",
    "recruitee.com",
    "bamboohr.com",
    "applytojob.com",
    "jobvite.com",
    "successfactors.eu",
    "taleo.net",
    "oraclecloud.com",
    "pinpointhq.com",
    "homerun.co",
    "breezy.hr",
    "youcanbook.me",
    "cal.com",
}
# Share of interviews (confirmations, updates, reminders, settled replies): about half.
INTERVIEW_SHARE = (0.42, 0.56)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders
# (this set is mostly English; see README.md for the count).
MIN_OTHER_LANGUAGE = 20

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
    year = 2042
    months = (2, 3, 4)
    min_zones = 60

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Abwesenheit|"
            r"Angebot|Stelle|Kennenlernen|Erinnerung|Terminverschiebung|Gesprächstermin|"
            r"entretien|candidature|annulation|proposition|rendez-vous|convocation|absence|"
            r"offre|poste|recrutement|créneau|rappel|report|entrevista|candidatura|oferta|"
            r"convocatoria|disponibilidad|cancelación|postulación|proceso|ausencia|vacante|"
            r"reprogramación|colloquio|selezione|annullamento|posizione|assenza|proposta|"
            r"conferma|promemoria|gesprek|sollicitatie|sollicitatiegesprek|uitnodiging|"
            r"afwezig|vacature|afspraak|kennismaking|bevestiging|vaga|processo|seletivo|"
            r"ausência|convite|cancelamento|agendamento|entrevistas|candidatos)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
