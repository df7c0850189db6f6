"""Checks on the twentieth evaluation SET itself (files, labels, internal consistency).

Like the checks of the earlier sets these say nothing about the classifier's quality (that is
``bench/classify_quality.py --set eval20``, reserved as a held-out measure); they keep the set
honest and independent of tests/eval to tests/eval19. The shared checks live in
``tests/evalsets.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.eval20.authoring.kit import WINDOWS
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
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", *(f"eval{i}" for i in range(2, 20))))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "bamboohr.com",
    "cal.com",
    "computrabajo.com",
    "docusign.net",
    "doodle.com",
    "eventbrite.com",
    "gupy.io",
    "homerun.co",
    "hubspot.com",
    "infojobs.it",
    "net-empregos.com",
    "personio.de",
    "proton.me",
    "welcometothejungle.com",
    "xing.com",
    "youcanbook.me",
}
# Share of interviews (confirmations, updates, reminders): about half.
INTERVIEW_SHARE = (0.44, 0.55)
# Subjects written in German, French, Spanish, Italian, Dutch or Portuguese by local senders.
MIN_OTHER_LANGUAGE = 35

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
    year = 2039
    months = (3, 4)
    min_zones = 45

    def test_other_languages(self) -> None:
        """Enough subjects are in another language to test the other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Bewerbungsgespräch|Einladung|Gespräch|Termin|"
            r"Absage|Zusage|Abwesenheit|Angebot|Verschiebung|Stelle|Kennenlernen|Erinnerung|"
            r"Terminbestätigung|Vertragsangebot|Eingangsbestätigung|Gesprächstermin|"
            r"entretien|entrevue|candidature|annulation|proposition|rendez-vous|convocation|"
            r"réponse|absence|disponibilités|offre|poste|recrutement|créneau|report|rappel|"
            r"entrevista|candidatura|oferta|cita|convocatoria|disponibilidad|cancelación|"
            r"postulación|proceso|ausencia|reunión|vacante|selección|empleo|recordatorio|"
            r"colloquio|colloqui|selezione|annullamento|posizione|assenza|proposta|"
            r"conferma|promemoria|visita|gesprek|sollicitatie|sollicitatiegesprek|"
            r"uitnodiging|afwezig|vacature|afspraak|kennismaking|bevestiging|geannuleerd|"
            r"aanbod|entrevista|vaga|processo|seletivo|ausência|convite|cancelamento|"
            r"consulta|vagas)\b",
            re.IGNORECASE,
        )
        assert_other_languages(SET, markers, MIN_OTHER_LANGUAGE)


class TestMessage(MessageChecks, LocalisedMessageChecks):
    """Every message and its label."""

    evalset = SET
