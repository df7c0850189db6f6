"""Calendar data (RFC 5545 iCalendar, RFC 5546 iTIP) from text/calendar parts and .ics files.

Real-world producers are messy: Exchange writes Windows zone names ("W. Europe Standard
Time"), old Outlook writes display names ("Pacific Time (US & Canada), Tijuana"), Google
puts the zone in X-WR-TIMEZONE, some files reference TZIDs without a VTIMEZONE. We map
every zone to IANA where we can and otherwise keep whatever aware time icalendar built.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ._lexicon import Lexicon, per_lexicon
from ._names import given_first
from ._people import is_room_name
from ._vtimezone import OwnZone, own_zones
from .model import Person

MAX_EVENTS = 20
_URL_RE = re.compile(r"https?://[^\s<>\"'\\)\]]{4,2000}", re.IGNORECASE)
_MEETING_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "gotomeeting.com",
    "bluejeans.com",
    "whereby.com",
    "chime.aws",
    "meet.jit.si",
    "around.co",
    "hirevue.com",
    "coderpad.io",
    "hackerrank.com",
    "codesignal.com",
)
_OFFSET_TZID_RE = re.compile(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CalEvent:
    """One VEVENT with the fields an interview needs."""

    method: str | None
    uid: str | None
    sequence: int
    start: dt.datetime | None
    end: dt.datetime | None
    timezone: str | None
    summary: str
    description: str
    location: str
    status: str
    organizer: Person | None
    attendees: tuple[Person, ...]
    recurrence_id: dt.datetime | None
    meeting_url: str | None


def find_meeting_url(text: str) -> str | None:
    """The first video-meeting URL (Zoom, Teams, Meet, ...) in a text."""
    for match in _URL_RE.finditer(text[:100_000]):
        url = match.group(0).rstrip(".,;:>")
        host = url.split("/", 3)[2].lower() if url.count("/") >= 2 else ""
        host = host.split("@")[-1].split(":")[0]
        if any(host == h or host.endswith("." + h) for h in _MEETING_HOSTS):
            return url
    return None


@per_lexicon
def _region_patterns(lex: Lexicon) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each zone region as a whole word, longest first, with its IANA zone."""
    return tuple(
        (re.compile(rf"(?<![a-z]){re.escape(region)}(?![a-z])"), zone)
        for region, zone in sorted(lex.zone_regions.items(), key=lambda kv: -len(kv[0]))
    )


def _zone_from_name(name: str, lex: Lexicon) -> str | None:
    """IANA name for a TZID: IANA itself, a Windows name, or an Outlook display name."""
    name = name.strip().strip('"').replace("\\,", ",")
    if not name or len(name) > 200:
        return None
    candidate = name.strip("/")
    if "/" in candidate or candidate.upper() == "UTC":
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        else:
            return "UTC" if candidate.upper() == "UTC" else candidate
        # Some producers prefix IANA ids ("/mozilla.org/20050126_1/America/New_York").
        parts = candidate.split("/")
        for i in range(len(parts) - 1):
            tail = "/".join(parts[i:])
            try:
                ZoneInfo(tail)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return tail
    if name in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[name]
    low = name.lower()
    # Outlook 2003 display names: "(GMT-08:00) Pacific Time (US & Canada); Tijuana".
    for region_re, zone in _region_patterns(lex):
        if region_re.search(low):
            return zone
    return None


def _fixed_offset(name: str) -> dt.tzinfo | None:
    """A fixed-offset zone from names like "UTC+11" or "GMT +0100 (Standard)"."""
    m = _OFFSET_TZID_RE.search(name)
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if m.group(1) == "-" else delta)


def _resolved(value: dt.datetime) -> bool:
    """Whether icalendar's zone on ``value`` came from the tz database or UTC ("Z"), not
    from its process-wide cache of zones other calendars defined."""
    return isinstance(getattr(value.tzinfo, "key", None), str) or value.tzinfo is dt.UTC


def _as_aware(
    value: Any,
    tzid: str | None,
    default_zone: str | None,
    lex: Lexicon,
    own: Mapping[str, OwnZone],
) -> tuple[dt.datetime | None, str | None]:
    """An aware datetime and its IANA zone from a DTSTART/DTEND value."""
    if not isinstance(value, dt.datetime):
        return None, None
    zone = _zone_from_name(tzid, lex) if tzid else None
    if zone is None and value.tzinfo is not None and _resolved(value):
        key = getattr(value.tzinfo, "key", None)
        zone = key if isinstance(key, str) else None
        if zone is None:
            return value, None
    if zone is not None:
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return None, None
        # Re-read the wall time in the IANA zone: custom VTIMEZONE rules written by
        # old producers are often stale, the IANA database is not.
        return value.replace(tzinfo=tz), zone
    if tzid:
        defined = own.get(tzid.strip().strip('"'))
        if defined is not None:
            return defined.localize(value), None
        fixed = _fixed_offset(tzid)
        if fixed is not None:
            return value.replace(tzinfo=fixed), None
    # Floating time (RFC 5545 3.3.5), or a TZID nobody defined: read in the calendar's
    # X-WR-TIMEZONE if any.
    if default_zone:
        return value.replace(tzinfo=ZoneInfo(default_zone)), default_zone
    return None, None


def _param(prop: Any, name: str) -> str | None:
    """A property parameter as str."""
    params = getattr(prop, "params", None)
    if params is None:
        return None
    value = params.get(name)
    return str(value) if value is not None else None


def _person(prop: Any, lex: Lexicon) -> Person | None:
    """ORGANIZER/ATTENDEE to a Person; rooms and resources (CUTYPE) are skipped."""
    cutype = (_param(prop, "CUTYPE") or "INDIVIDUAL").upper()
    if cutype in ("ROOM", "RESOURCE", "UNKNOWN", "GROUP"):
        # RFC 5545 3.2.3: a GROUP is a team's alias, no one person who interviews.
        return None
    if (_param(prop, "ROLE") or "").upper() == "NON-PARTICIPANT":
        # RFC 5545 3.2.16: "for information purposes only" (Exchange marks rooms so).
        return None
    addr = str(prop).strip()
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]
    addr = addr.strip().lower()
    if "@" not in addr or " " in addr:
        # Apple writes "urn:uuid:..." as the value and the address in EMAIL (RFC 7986 6.9).
        addr = (_param(prop, "EMAIL") or "").strip().strip('"').lower()
        if addr.startswith("mailto:"):
            addr = addr[7:]
        if "@" not in addr or " " in addr:
            addr = ""
    name = (_param(prop, "CN") or "").strip().strip('"').strip()
    if name and "@" in name and name.lower() == addr:
        name = ""
    # Exchange directories write "Family, Given" ("Roe, Jane"); people write "Jane Roe".
    name, title = given_first(name, lex)
    if not addr and not name:
        return None
    if name and is_room_name(name, lex):
        return None
    return Person(name=name or None, email=addr or None, title=title)


def _text(component: Any, name: str) -> str:
    """A text property as str ('' when missing or broken)."""
    try:
        value = component.get(name)
    except Exception:  # noqa: BLE001 - broken properties raise library-specific errors
        return ""
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)[:20_000]


def _dt_prop(component: Any, name: str) -> tuple[Any, str | None]:
    """The decoded value of a date-time property and its TZID parameter."""
    try:
        prop = component.get(name)
        if prop is None:
            return None, None
        return prop.dt, _param(prop, "TZID")
    except Exception:  # noqa: BLE001 - icalendar raises its own errors for broken values
        return None, None


def _event(
    comp: Any,
    method: str | None,
    default_zone: str | None,
    lex: Lexicon,
    own: Mapping[str, OwnZone],
) -> CalEvent:
    """Extract one VEVENT."""
    start_v, start_tz = _dt_prop(comp, "DTSTART")
    end_v, end_tz = _dt_prop(comp, "DTEND")
    start, zone = _as_aware(start_v, start_tz, default_zone, lex, own)
    end, _ = _as_aware(end_v, end_tz or start_tz, default_zone, lex, own)
    if start is not None and end is None:
        try:
            duration = comp.get("DURATION")
            delta = duration.dt if duration is not None else None
        except Exception:  # noqa: BLE001
            delta = None
        if isinstance(delta, dt.timedelta):
            end = start + delta
    if start is not None and end is not None and end < start:
        end = None
    rid_v, rid_tz = _dt_prop(comp, "RECURRENCE-ID")
    rid, _ = _as_aware(rid_v, rid_tz, default_zone, lex, own)
    try:
        seq = int(str(comp.get("SEQUENCE", 0)).strip() or 0)
    except (ValueError, TypeError):
        seq = 0
    organizer = None
    try:
        org = comp.get("ORGANIZER")
        if org is not None:
            organizer = _person(org, lex)
    except Exception:  # noqa: BLE001
        organizer = None
    attendees: list[Person] = []
    try:
        raw_att = comp.get("ATTENDEE")
    except Exception:  # noqa: BLE001
        raw_att = None
    if raw_att is not None:
        for att in (raw_att if isinstance(raw_att, list) else [raw_att])[:50]:
            p = _person(att, lex)
            if p is not None:
                if (
                    not p.name
                    and organizer is not None
                    and organizer.name
                    and p.email
                    and p.email == organizer.email
                ):
                    # Apple lists the organiser again as a guest without CN: the same person.
                    p = Person(name=organizer.name, email=p.email, title=organizer.title)
                attendees.append(p)
    description = _text(comp, "DESCRIPTION")
    location = _text(comp, "LOCATION")
    url = None
    for key in ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "CONFERENCE", "URL"):
        val = _text(comp, key)
        if val:
            url = find_meeting_url(val)
            if url:
                break
    url = url or find_meeting_url(location) or find_meeting_url(description)
    uid = _text(comp, "UID").strip() or None
    return CalEvent(
        method=method,
        uid=uid,
        sequence=max(0, seq),
        start=start if isinstance(start, dt.datetime) else None,
        end=end,
        timezone=zone,
        summary=_text(comp, "SUMMARY").strip(),
        description=description,
        location=location.strip(),
        status=_text(comp, "STATUS").strip().upper(),
        organizer=organizer,
        attendees=tuple(attendees),
        recurrence_id=rid,
        meeting_url=url,
    )


# An unquoted TZID parameter holding a colon, up to the value's date:
# "DTSTART;TZID=(UTC+01:00) Brussels, Copenhagen, Madrid, Paris:20261208T140000".
_BARE_TZID = re.compile(r';TZID=(?!")([^";\r\n]*:[^";\r\n]*):(?=\d{8}(?:T\d{6}Z?)?\r?$)', re.M)
_FOLD = re.compile(r"\r?\n[ \t]")


def _quote_tzids(text: str) -> str:
    """The calendar with Outlook display-name TZIDs quoted as RFC 5545 3.2 requires.

    A parameter value holding ":" must be quoted; some producers write the display name
    ("(UTC+01:00) Brussels, ...") bare, which ends the parameter at its own colon.
    """
    if ";TZID=" not in text or not _BARE_TZID.search(_FOLD.sub("", text)):
        return text
    return _BARE_TZID.sub(r';TZID="\1":', _FOLD.sub("", text))


# Vendor-prefixed TZIDs ("/citadel.org/20250101_1/America/Denver") are mapped by
# _zone_from_name; icalendar's warning that it guessed the same is noise in the journal.
_GUESSED = getattr(icalendar.error, "GloballyUniqueTZIDGuessed", None)
if isinstance(_GUESSED, type) and issubclass(_GUESSED, Warning):
    warnings.filterwarnings("ignore", category=_GUESSED)

# VTIMEZONE blocks are renamed before icalendar parses them: it caches every zone block it
# parses process-wide (see _vtimezone) and a broken one makes the whole calendar fail.
_PRIVATE_VTIMEZONE = "X-FOLLOWUPD-VTIMEZONE"
_VTIMEZONE_LINE = re.compile(r"^(BEGIN|END):VTIMEZONE[ \t]*(?=\r?$)", re.M | re.I)


def parse_calendars(blobs: list[bytes], lex: Lexicon) -> list[CalEvent]:
    """All VEVENTs in the given iCalendar blobs. Never raises; broken data yields fewer events."""
    events: list[CalEvent] = []
    for blob in blobs:
        if len(events) >= MAX_EVENTS:
            break
        try:
            text = blob.decode("utf-8")
        except UnicodeDecodeError:
            text = blob.decode("latin-1")
        text = _quote_tzids(text.replace("\x00", ""))
        text = _VTIMEZONE_LINE.sub(rf"\1:{_PRIVATE_VTIMEZONE}", text)
        try:
            cals = icalendar.Calendar.from_ical(text, multiple=True)
        except Exception:  # noqa: BLE001, S112 - any parse failure means "no usable calendar"
            continue
        for cal in cals[:10]:
            try:
                method = _text(cal, "METHOD").strip().upper() or None
                wr = _text(cal, "X-WR-TIMEZONE").strip()
                default_zone = _zone_from_name(wr, lex) if wr else None
                own = own_zones(cal.walk(_PRIVATE_VTIMEZONE))
                for comp in cal.walk("VEVENT")[:MAX_EVENTS]:
                    events.append(_event(comp, method, default_zone, lex, own))
            except Exception:  # noqa: BLE001, S112 - hostile calendars break in library code
                continue
    return events[:MAX_EVENTS]
