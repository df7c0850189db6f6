"""Checks shared by the labelled evaluation sets (tests/eval to tests/eval15).

Each set's test module describes its set once with :class:`EvalSet` (directory, vendor
domains, Windows zone names, interview share) and subclasses :class:`LayoutChecks` and
:class:`MessageChecks` (plus :class:`SpreadChecks` where the set promises many zones) as
``TestLayout`` and ``TestMessage`` (one test per check, looping over the messages); it
keeps only the checks that belong to that set. The base classes carry no ``Test`` prefix,
so pytest collects them only through those subclasses.

These checks say nothing about the classifier's quality (that is
``bench/classify_quality.py``); they keep a set honest: every file is a readable RFC 5322
message, every label matches a file, and what a label claims is what the message says.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email
import email.parser
import email.policy
import email.utils
import functools
import html
import re
from collections.abc import Callable, Iterable, Mapping
from email.message import EmailMessage
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import pytest
import yaml

from daemon.understand._vtimezone import own_zone

KINDS = {
    "interview",
    "interview_cancelled",
    "scheduling_request",
    "rejection",
    "offer",
    "auto_reply",
    "bulk",
    "other",
}
TIMED = {"interview", "interview_cancelled"}
MIN_MESSAGES = 100

# Vendor domains appear only to mirror the public shape of their mail; every person and
# company in a set lives under a reserved name (RFC 2606 / RFC 6761). These are the first
# set's; later sets add their own on top.
VENDOR_DOMAINS = frozenset(
    {
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "myworkday.com",
        "ashbyhq.com",
        "smartrecruiters.com",
        "icims.com",
        "teamtailor-mail.com",
        "teamtailor.com",
        "workablemail.com",
        "workable.com",
        "calendly.com",
        "goodtime.io",
        "modernloop.io",
        "google.com",
        "googlemail.com",
        "gmail.com",
        "zoom.us",
        "microsoft.com",
        "aka.ms",
        "outlook.com",
        "office.com",
        "office365.com",
        "icloud.com",
        "apple.com",
        "me.com",
        "linkedin.com",
        "licdn.com",
        "indeed.com",
    }
)
RESERVED_SUFFIXES = (".example", ".invalid", ".test", ".localhost")
RESERVED_DOMAINS = {"example.com", "example.net", "example.org"}

MONTHS = list(calendar.month_name)[1:]
_WD = r"(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_MON = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
# "Monday, March 9, 2026", "Thu Mar 12, 2026", "Monday 9th March", "Tuesday, 10 March 2026"
DATE_PATTERNS = [
    re.compile(rf"\b{_WD},?\s+{_MON}\s+{_DAY}\b{_YEAR}"),
    re.compile(rf"\b{_WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}{_YEAR}"),
]
_NUMBER_PREFIX = re.compile(r"^\d+-")


@functools.cache
def load_labels(directory: Path) -> list[dict[str, Any]]:
    """The parsed labels file of the set in ``directory`` (read once; do not mutate)."""
    text = (directory / "labels.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert isinstance(data, list)
    return data


def parse_file(path: Path) -> EmailMessage:
    """Parse one file with the stdlib parser (modern policy)."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@functools.cache
def message_ids(directory: Path) -> frozenset[str]:
    """The Message-ID of every message of the set in ``directory`` (headers only: fast)."""
    parser = email.parser.BytesHeaderParser(policy=email.policy.default)
    return frozenset(
        str(parser.parsebytes(path.read_bytes())["Message-ID"])
        for path in (directory / "messages").glob("*.eml")
    )


def stems(names: Iterable[str]) -> set[str]:
    """File names without their number ("001-short-name.eml" -> "short-name.eml")."""
    return {_NUMBER_PREFIX.sub("", name) for name in names}


def decoded_text(msg: EmailMessage) -> str:
    """Every text part, decoded, HTML entities and tags flattened, joined."""
    out: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() not in {"text/plain", "text/html"}:
            continue
        content = part.get_content()
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        out.append(content)
    return "\n".join(out)


def calendars(msg: EmailMessage) -> list[icalendar.Calendar]:
    """Every calendar part (inline or attached), parsed."""
    out = []
    for part in msg.walk():
        ctype = part.get_content_type()
        fname = part.get_filename() or ""
        if ctype in {"text/calendar", "application/ics"} or fname.endswith(".ics"):
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            out.append(icalendar.Calendar.from_ical(payload))
    return out


def searchable(msg: EmailMessage) -> str:
    """Decoded headers, text parts and unfolded calendar text of a message."""
    headers = "\n".join(str(v) for v in msg.values())
    cal_text = "\n".join(
        c.to_ical().decode().replace("\r\n ", "").replace("\\,", ",") for c in calendars(msg)
    )
    return "\n".join([headers, decoded_text(msg), cal_text])


def aware(value: str) -> dt.datetime:
    """Parse an ISO 8601 start and insist on an offset."""
    parsed = dt.datetime.fromisoformat(value)
    assert parsed.utcoffset() is not None, f"{value} has no UTC offset"
    return parsed


class EvalSet:
    """One labelled set on disk, loaded once, and the options its shared checks take."""

    def __init__(
        self,
        directory: Path,
        *,
        vendor_domains: Iterable[str],
        windows_zones: Mapping[str, str],
        interview_share: tuple[float, float] | None = None,
    ) -> None:
        """Load the labels and list the messages of the set in ``directory``.

        ``vendor_domains``: real domains the set may name besides reserved ones.
        ``windows_zones``: Windows TZIDs (as Exchange writes them) mapped to IANA zones.
        ``interview_share``: bounds on the share of interviews, or None for no bound.
        """
        self.directory = directory
        self.messages = directory / "messages"
        self.vendor_domains = frozenset(vendor_domains)
        self.windows_zones = dict(windows_zones)
        self.interview_share = interview_share
        self.labels = load_labels(directory)
        self.by_file = {entry["file"]: entry for entry in self.labels}
        self.files = sorted(p.name for p in self.messages.glob("*.eml"))
        self._parsed: dict[str, EmailMessage] = {}

    def parse(self, name: str) -> EmailMessage:
        """One message of the set by file name, parsed once (every check reads it)."""
        if name not in self._parsed:
            self._parsed[name] = parse_file(self.messages / name)
        return self._parsed[name]

    def dtstart(self, event: icalendar.Event) -> dt.datetime:
        """A VEVENT's DTSTART as an aware datetime, resolving Windows TZIDs to IANA."""
        prop = event["DTSTART"]
        value = prop.dt
        assert isinstance(value, dt.datetime)
        tzid = prop.params.get("TZID")
        if tzid:
            zone = ZoneInfo(self.windows_zones.get(tzid, tzid))
            return value.replace(tzinfo=None).replace(tzinfo=zone)
        assert value.tzinfo is not None, "floating DTSTART in the set"
        return value


class LayoutChecks:
    """The set as a whole (subclassed as ``TestLayout`` with ``evalset`` set)."""

    evalset: ClassVar[EvalSet]

    def test_size(self) -> None:
        """There are at least 100 messages."""
        assert len(self.evalset.files) >= MIN_MESSAGES

    def test_labels_match_files(self) -> None:
        """Every label names a file and every file has exactly one label."""
        names = [entry["file"] for entry in self.evalset.labels]
        assert len(names) == len(set(names)), "duplicate labels"
        assert set(names) == set(self.evalset.files)

    def test_file_names(self) -> None:
        """Files are named NNN-short-name.eml."""
        for name in self.evalset.files:
            assert re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", name), name

    def test_every_kind_present(self) -> None:
        """Every kind occurs, interviews most of all (and within the set's share, if any)."""
        kinds = [entry["kind"] for entry in self.evalset.labels]
        assert set(kinds) == KINDS
        assert kinds.count("interview") == max(kinds.count(k) for k in KINDS)
        if self.evalset.interview_share is not None:
            low, high = self.evalset.interview_share
            assert low <= kinds.count("interview") / len(kinds) <= high


class SpreadChecks:
    """A set that promises many users and zones (mixed into ``TestLayout``)."""

    evalset: ClassVar[EvalSet]
    min_zones: ClassVar[int]

    def test_many_zones_and_users(self) -> None:
        """The set spreads over many users and time zones, not one locale."""
        zones = {e["user"]["timezone"] for e in self.evalset.labels}
        assert len(zones) >= self.min_zones
        assert {e["user"]["date_order"] for e in self.evalset.labels} >= {"dmy", "mdy", "ymd"}


class PerMessage:
    """Runs a check over every message of the set and reports every failing file at once
    (one test per check and set: a parametrised test per message cost minutes of CI)."""

    evalset: ClassVar[EvalSet]

    def _each(self, check: Callable[[str], None]) -> None:
        failures = []
        for name in self.evalset.files:
            try:
                check(name)
            except AssertionError as exc:
                failures.append(f"{name}: {exc}")
        assert not failures, "\n".join(failures)


class MessageChecks(PerMessage):
    """Every message and its label (subclassed as ``TestMessage``)."""

    def _parses(self, name: str) -> None:
        msg = self.evalset.parse(name)
        assert not msg.defects, msg.defects
        for header in ("From", "Date", "Message-ID", "Subject"):
            assert msg[header] is not None, header
        for part in msg.walk():
            assert not part.defects, (part.get_content_type(), part.defects)
            if not part.is_multipart():
                part.get_content()

    def _date_header(self, name: str) -> None:
        msg = self.evalset.parse(name)
        raw = str(msg["Date"])
        when = email.utils.parsedate_to_datetime(raw)
        assert when.tzinfo is not None
        assert raw[:3] == when.strftime("%a"), raw

    def _label_fields(self, name: str) -> None:
        entry = self.evalset.by_file[name]
        assert entry["kind"] in KINDS
        user = entry["user"]
        assert user["addresses"]
        assert user["date_order"] in {"dmy", "mdy", "ymd"}
        ZoneInfo(user["timezone"])
        if entry["kind"] not in TIMED:
            assert "start" not in entry
            return
        start = aware(entry["start"])
        tz = entry["timezone"]
        if tz is not None:
            try:
                zone = ZoneInfo(tz)
            except ZoneInfoNotFoundError:
                raise AssertionError(f"unknown IANA zone {tz}") from None
            assert start.utcoffset() == start.astimezone(zone).utcoffset(), (
                f"{entry['start']} is not a local time in {tz}"
            )
        assert isinstance(entry["interviewers"], list)
        assert isinstance(entry["interviewer_emails"], list)

    def _start_after_date(self, name: str) -> None:
        entry = self.evalset.by_file[name]
        if entry["kind"] not in TIMED:
            return
        sent = email.utils.parsedate_to_datetime(str(self.evalset.parse(name)["Date"]))
        assert aware(entry["start"]) > sent

    def _people_are_in_the_message(self, name: str) -> None:
        entry = self.evalset.by_file[name]
        if entry["kind"] not in TIMED:
            return
        everything = searchable(self.evalset.parse(name)).casefold()
        for person in entry["interviewers"]:
            assert person.casefold() in everything, person
        for address in entry["interviewer_emails"]:
            assert address.casefold() in everything, address

    def _calendar_matches_label(self, name: str) -> None:
        entry = self.evalset.by_file[name]
        cals = calendars(self.evalset.parse(name))
        for cal in cals:
            events = list(cal.walk("VEVENT"))
            assert events, "calendar without a VEVENT"
            if entry["kind"] in TIMED and not entry.get("calendar_is_not_the_interview"):
                starts = {self.evalset.dtstart(e) for e in events}
                assert aware(entry["start"]) in starts, (entry["start"], starts)

    def _weekdays_match_dates(self, name: str) -> None:
        msg = self.evalset.parse(name)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"])).date()
        text = decoded_text(msg) + "\n" + str(msg["Subject"])
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(text):
                month = [m[:3] for m in MONTHS].index(match["mon"][:3]) + 1
                day = int(match["day"])
                if match["year"]:
                    when = dt.date(int(match["year"]), month, day)
                else:
                    # Without a year: the next such date on or after the Date header, or
                    # the previous one when the text refers back (checked both ways).
                    candidates = _dates_in_years(sent.year, (-1, 0, 1), month, day)
                    when = min(candidates, key=lambda c: abs((c - sent).days))
                assert when.strftime("%a") == match["wd"][:3], (match.group(0), when)

    def _domains_are_invented_or_vendors(self, name: str) -> None:
        text = searchable(self.evalset.parse(name))
        found = set(re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", text))
        found |= set(re.findall(r"https?://([A-Za-z0-9.-]+)", text))
        vendors = self.evalset.vendor_domains
        for domain in found:
            d = domain.lower().rstrip(".")
            ok = (
                d.endswith(RESERVED_SUFFIXES)
                or d in RESERVED_DOMAINS
                or any(d == r or d.endswith("." + r) for r in RESERVED_DOMAINS)
                or any(d == v or d.endswith("." + v) for v in vendors)
            )
            assert ok, f"{domain} is neither invented nor a listed vendor"

    def test_parses(self) -> None:
        """The stdlib parser reads it without defects and every part decodes."""
        self._each(self._parses)

    def test_date_header(self) -> None:
        """The Date header is aware and its weekday is right."""
        self._each(self._date_header)

    def test_label_fields(self) -> None:
        """Kind is valid; timed kinds carry an aware start consistent with their zone."""
        self._each(self._label_fields)

    def test_start_after_date(self) -> None:
        """A labelled start lies after the message was sent (interviews are in the future)."""
        self._each(self._start_after_date)

    def test_people_are_in_the_message(self) -> None:
        """Labelled interviewer names and addresses occur in the decoded message."""
        self._each(self._people_are_in_the_message)

    def test_calendar_matches_label(self) -> None:
        """Calendar parts parse, and a timed label's start equals the calendar's DTSTART."""
        self._each(self._calendar_matches_label)

    def test_weekdays_match_dates(self) -> None:
        """Every 'Weekday, Month D' style date in the text names the right weekday."""
        self._each(self._weekdays_match_dates)

    def test_domains_are_invented_or_vendors(self) -> None:
        """Every domain in addresses and links is reserved for examples or a known vendor."""
        self._each(self._domains_are_invented_or_vendors)


# -- checks of the later sets, whose messages are partly German, French or Spanish --------

# "Dienstag, 10. November 2026", "jeudi 29 octobre 2026", "martes 3 de noviembre"
_LOCAL_NAMES = (
    (
        ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        [
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
        ],
    ),
    (
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        [
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
        ],
    ),
    (
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        [
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
        ],
    ),
)
LOCAL_PATTERNS = [
    (re.compile(rf"\b({'|'.join(wd)}),?\s+(\d{{1,2}})\.?\s+(?:de\s+)?({'|'.join(mon)})\b"), wd, mon)
    for wd, mon in _LOCAL_NAMES
]


def shared_with(ours: EvalSet, earlier: Path) -> list[str]:
    """What ``ours`` shares with the set at ``earlier``: the kinds of value, never the values
    (a blind author may read which kind collided, not another set's content)."""
    theirs = load_labels(earlier)
    shared = []
    if {a for e in theirs for a in e["user"]["addresses"]} & {
        a for e in ours.labels for a in e["user"]["addresses"]
    }:
        shared.append("user address")
    if {e["user"]["name"] for e in theirs} & {e["user"]["name"] for e in ours.labels}:
        shared.append("user name")
    if stems(e["file"] for e in theirs) & stems(ours.files):
        shared.append("file name")
    their_companies = {e["company"].casefold() for e in theirs if e.get("company")}
    if their_companies & {e["company"].casefold() for e in ours.labels if e.get("company")}:
        shared.append("company")
    if message_ids(earlier) & {str(ours.parse(n)["Message-ID"]) for n in ours.files}:
        shared.append("Message-ID")
    return shared


def assert_independent(ours: EvalSet, earlier: Path) -> None:
    """No Message-ID, user, file name or company of ``ours`` is shared with ``earlier``."""
    if not (earlier / "labels.yaml").exists():
        pytest.skip(f"{earlier.name} not present")
    assert not shared_with(ours, earlier)


class LaterSetChecks:
    """A set written after ``earlier_sets``: it shares nothing with them, and it alone labels
    starts in its ``year``, all in its ``months``."""

    evalset: ClassVar[EvalSet]
    earlier_sets: ClassVar[tuple[Path, ...]]
    year: ClassVar[int]
    months: ClassVar[tuple[int, ...]]

    def _present(self) -> list[Path]:
        return [p for p in self.earlier_sets if (p / "labels.yaml").exists()]

    def test_independent_of_earlier_sets(self) -> None:
        """No Message-ID, user, file name or company is shared with an earlier set."""
        shared = {p.name: kinds for p in self._present() if (kinds := shared_with(self.evalset, p))}
        assert not shared

    def test_no_earlier_start_in_this_sets_year(self) -> None:
        """No earlier set labels a start in this set's year."""
        year = str(self.year)
        clash = [
            p.name
            for p in self._present()
            if any(str(e.get("start") or "").startswith(year) for e in load_labels(p))
        ]
        assert not clash

    def test_dates_in_this_sets_months(self) -> None:
        """Every labelled start lies in this set's year and months."""
        allowed = {f"{self.year}-{m:02d}" for m in self.months}
        outside = [
            e["file"]
            for e in self.evalset.labels
            if "start" in e and str(e["start"])[:7] not in allowed
        ]
        assert not outside


def assert_other_languages(ours: EvalSet, markers: re.Pattern[str], minimum: int) -> None:
    """At least ``minimum`` subjects carry a German, French or Spanish ``markers`` word."""
    hits = [n for n in ours.files if markers.search(str(ours.parse(n)["Subject"]) or "")]
    assert len(hits) >= minimum, hits


def _dates_in_years(year: int, offsets: tuple[int, ...], month: int, day: int) -> list[dt.date]:
    """The dates of ``day`` ``month`` in the years around ``year`` that have one (29 February
    is only in leap years: a weekday written beside it without a year names a leap year's)."""
    out = []
    for offset in offsets:
        try:
            out.append(dt.date(year + offset, month, day))
        except ValueError:
            continue
    assert out, (year, month, day)
    return out


class LocalisedMessageChecks(PerMessage):
    """Per-message checks of the sets with other languages and Windows zones (subclassed
    with ``MessageChecks`` as ``TestMessage``)."""

    def _localized_weekdays_match_dates(self, name: str) -> None:
        msg = self.evalset.parse(name)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"])).date()
        text = decoded_text(msg) + "\n" + str(msg["Subject"])
        for pattern, wd, mon in LOCAL_PATTERNS:
            for match in pattern.finditer(text):
                month = mon.index(match.group(3)) + 1
                day = int(match.group(2))
                candidates = _dates_in_years(sent.year, (0, 1), month, day)
                when = min((c for c in candidates if c >= sent), default=candidates[0])
                assert wd[when.weekday()] == match.group(1), (match.group(0), when)

    def _vtimezones_agree_with_tz_database(self, name: str) -> None:
        for cal in calendars(self.evalset.parse(name)):
            for vtz in cal.walk("VTIMEZONE"):
                tzid = str(vtz["TZID"])
                zone = ZoneInfo(self.evalset.windows_zones.get(tzid, tzid))
                # The block's own rules, not vtz.to_tz(): icalendar hands back whichever
                # block under this TZID the process parsed first.
                own = own_zone(vtz)
                assert own is not None, tzid
                for ev in cal.walk("VEVENT"):
                    local = ev["DTSTART"].dt.replace(tzinfo=None)
                    assert own.offset_at(local) == local.replace(tzinfo=zone).utcoffset(), tzid

    def _return_dates_only_on_auto_replies(self, name: str) -> None:
        entry = self.evalset.by_file[name]
        if "return_date" in entry:
            assert entry["kind"] == "auto_reply"
            dt.date.fromisoformat(str(entry["return_date"]))

    def test_localized_weekdays_match_dates(self) -> None:
        """German, French and Spanish dates name the right weekday (year from the Date header)."""
        self._each(self._localized_weekdays_match_dates)

    def test_vtimezones_agree_with_tz_database(self) -> None:
        """Every VTIMEZONE gives the tz database's offset at each event's start."""
        self._each(self._vtimezones_agree_with_tz_database)

    def test_return_dates_only_on_auto_replies(self) -> None:
        """A return date is an ISO date and only out-of-office answers carry one."""
        self._each(self._return_dates_only_on_auto_replies)
