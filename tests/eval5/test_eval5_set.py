"""Checks on the fifth evaluation SET itself (files, labels, internal consistency).

Like the checks of the first two sets: these say nothing about the classifier's quality
(that is ``bench/classify_quality.py --set eval5``, reserved as a held-out measure); they
keep the set honest: every file is a readable RFC 5322 message, every label matches a file,
what a label claims is what the message says (also for German, French and Spanish dates and
for every VTIMEZONE block), and the set stays independent of tests/eval, tests/eval2, tests/eval3 and tests/eval4.
The checks all sets share live in ``tests/evalsets.py``; this module keeps the set's options
and its own checks.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.eval5.authoring.kit import WINDOWS as WINDOWS_ZONES
from tests.evalsets import (
    VENDOR_DOMAINS,
    EvalSet,
    LayoutChecks,
    MessageChecks,
    SpreadChecks,
    calendars,
    decoded_text,
    load_labels,
    message_ids,
    stems,
)

EVAL = Path(__file__).resolve().parent
EARLIER_SETS = tuple(EVAL.parent / n for n in ("eval", "eval2", "eval3", "eval4"))
# Vendors this set adds to the first set's list (public shape of their mail only).
OWN_VENDOR_DOMAINS = {
    "webex.com",
    "zoho.com",
    "personio.de",
    "personio.com",
    "bamboohr.com",
    "recruitee.com",
    "rippling.com",
    "gem.com",
    "prelude.co",
    "cal.com",
    "paradox.ai",
    "hirevue.com",
    "docusign.net",
    "adobesign.com",
    "echosign.com",
    "hellosign.com",
    "xing.com",
    "welcometothejungle.com",
    "jobs.ch",
    "karriere.at",
    "occ.com.mx",
    "computrabajo.com",
    "jobboom.com",
    "glassdoor.com",
    "eventbrite.com",
    "mailchimp.com",
    "mcsv.net",
    "googlegroups.com",
}
# Share of interviews (confirmations, invitations, updates, reminders): about 45 %.
INTERVIEW_SHARE = (0.40, 0.50)
# Messages written mostly in another language by local recruiters (multi-language design).
MIN_OTHER_LANGUAGE = 25

# "Dienstag, 10. November 2026", "jeudi 29 octobre 2026", "martes 3 de noviembre"
_DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_MON = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_MON = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
LOCAL_PATTERNS = [
    (re.compile(rf"\b({'|'.join(wd)}),?\s+(\d{{1,2}})\.?\s+(?:de\s+)?({'|'.join(mon)})\b"), wd, mon)
    for wd, mon in ((_DE_WD, _DE_MON), (_FR_WD, _FR_MON), (_ES_WD, _ES_MON))
]

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
        if not (earlier / "labels.yaml").exists():
            pytest.skip(f"{earlier.name} not present")
        theirs = load_labels(earlier)
        their_users = {a for e in theirs for a in e["user"]["addresses"]}
        ours = {a for e in SET.labels for a in e["user"]["addresses"]}
        assert not their_users & ours
        assert not {e["user"]["name"] for e in theirs} & {e["user"]["name"] for e in SET.labels}
        assert not stems(e["file"] for e in theirs) & stems(SET.files)
        their_companies = {e["company"].casefold() for e in theirs if e.get("company")}
        our_companies = {e["company"].casefold() for e in SET.labels if e.get("company")}
        assert not their_companies & our_companies
        assert not message_ids(earlier) & {str(SET.parse(n)["Message-ID"]) for n in SET.files}

    def test_other_languages(self) -> None:
        """Enough messages are written in German, French or Spanish to test other lexicons."""
        markers = re.compile(
            r"\b(Vorstellungsgespräch|Bewerbung|Einladung|Gespräch|Termin|Absage|Angebot|Vertragsangebot|"
            r"entretien|entrevue|candidature|embauche|offre|rendez-vous|proposition|"
            r"entrevista|candidatura|oferta|propuesta|Recordatorio|proceso)\b",
            re.IGNORECASE,
        )
        hits = [n for n in SET.files if markers.search(str(SET.parse(n)["Subject"]) or "")]
        assert len(hits) >= MIN_OTHER_LANGUAGE, hits


@pytest.mark.parametrize("name", SET.files)
class TestMessage(MessageChecks):
    """One message and its label."""

    evalset = SET

    def test_localized_weekdays_match_dates(self, name: str) -> None:
        """German, French and Spanish dates name the right weekday (year from the Date header)."""
        msg = SET.parse(name)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"])).date()
        text = decoded_text(msg) + "\n" + str(msg["Subject"])
        for pattern, wd, mon in LOCAL_PATTERNS:
            for match in pattern.finditer(text):
                month = mon.index(match.group(3)) + 1
                day = int(match.group(2))
                candidates = [dt.date(sent.year + d, month, day) for d in (0, 1)]
                when = min((c for c in candidates if c >= sent), default=candidates[0])
                assert wd[when.weekday()] == match.group(1), (match.group(0), when)

    def test_vtimezones_agree_with_tz_database(self, name: str) -> None:
        """Every VTIMEZONE gives the tz database's offset at each event's start."""
        for cal in calendars(SET.parse(name)):
            for vtz in cal.walk("VTIMEZONE"):
                tzid = str(vtz["TZID"])
                zone = ZoneInfo(WINDOWS_ZONES.get(tzid, tzid))
                own = vtz.to_tz()
                for ev in cal.walk("VEVENT"):
                    local = ev["DTSTART"].dt.replace(tzinfo=None)
                    assert own.utcoffset(local) == local.replace(tzinfo=zone).utcoffset(), tzid

    def test_return_dates_only_on_auto_replies(self, name: str) -> None:
        """A return date is an ISO date and only out-of-office answers carry one."""
        entry = SET.by_file[name]
        if "return_date" in entry:
            assert entry["kind"] == "auto_reply"
            dt.date.fromisoformat(str(entry["return_date"]))
