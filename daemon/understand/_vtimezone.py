"""A calendar's own time zone rules (RFC 5545 3.6.5 VTIMEZONE), read per calendar.

We do not use icalendar's zones for TZIDs it cannot find in the tz database: it caches
the first VTIMEZONE it ever parsed under a TZID for the whole process, so a second
Outlook invitation in "Customized Time Zone" from another continent would be read in
the first one's offsets. Its builder also gives the wrong offset before a zone's first
onset, where RFC 5545 says the TZOFFSETFROM of that onset applies (producers that write
only this year's rules, as many do, make every earlier date fall there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dateutil.rrule import rrule, rrulestr

MAX_ZONES = 20
MAX_OBSERVANCES = 50
MAX_RDATES = 400
# Zone rules repeat yearly (rarely monthly); finer rules could make a lookup walk
# millions of onsets from a DTSTART in 1601, so they are read as their DTSTART alone.
_RULE_FREQS = frozenset({"YEARLY", "MONTHLY"})
_FREQ_RE = re.compile(r"(?:^|;)FREQ=([A-Z]+)", re.IGNORECASE)
_UTC_UNTIL_RE = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)
_MAX_OFFSET = dt.timedelta(hours=26)


@dataclass(frozen=True, slots=True)
class _Observance:
    """One STANDARD or DAYLIGHT block: from ``first`` (local wall time) on, ``offset_to``."""

    first: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    rule: rrule | None
    rdates: tuple[dt.datetime, ...]

    def last_onset(self, wall: dt.datetime) -> dt.datetime | None:
        """The latest onset at or before ``wall``, or None when it starts later."""
        if wall < self.first:
            return None
        best = self.first
        if self.rule is not None:
            found = self.rule.before(wall, inc=True)
            if isinstance(found, dt.datetime) and found > best:
                best = found
        for onset in self.rdates:
            if best < onset <= wall:
                best = onset
        return best


@dataclass(frozen=True, slots=True)
class OwnZone:
    """The offsets one VTIMEZONE defines."""

    tzid: str
    observances: tuple[_Observance, ...]

    def offset_at(self, wall: dt.datetime) -> dt.timedelta:
        """The UTC offset in force at naive local time ``wall``."""
        wall = wall.replace(tzinfo=None)
        latest: tuple[dt.datetime, dt.timedelta] | None = None
        for obs in self.observances:
            onset = obs.last_onset(wall)
            if onset is not None and (latest is None or onset > latest[0]):
                latest = (onset, obs.offset_to)
        if latest is not None:
            return latest[1]
        # Before every onset: the offset the earliest one changes from.
        return min(self.observances, key=lambda o: o.first).offset_from

    def localize(self, wall: dt.datetime) -> dt.datetime:
        """``wall`` as an aware time at this zone's offset."""
        naive = wall.replace(tzinfo=None)
        return naive.replace(tzinfo=dt.timezone(self.offset_at(naive)))


def _wall(value: Any) -> dt.datetime | None:
    """A DTSTART/RDATE value as naive local wall time."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return None


def _offset(component: Any, name: str) -> dt.timedelta | None:
    prop = component.get(name)
    td = getattr(prop, "td", None)
    if isinstance(td, dt.timedelta) and abs(td) < _MAX_OFFSET:
        return td
    return None


def _rule(component: Any, first: dt.datetime, offset_from: dt.timedelta) -> rrule | None:
    prop = component.get("RRULE")
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    text = prop.to_ical().decode("ascii", "replace") if hasattr(prop, "to_ical") else str(prop)
    freq = _FREQ_RE.search(text)
    if freq is None or freq.group(1).upper() not in _RULE_FREQS:
        return None

    # UNTIL is in UTC (RFC 5545 3.3.10) while the onsets are wall times before the change.
    def local_until(m: re.Match[str]) -> str:
        utc = dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%S")
        return "UNTIL=" + (utc + offset_from).strftime("%Y%m%dT%H%M%S")

    try:
        parsed = rrulestr(_UTC_UNTIL_RE.sub(local_until, text), dtstart=first)
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed if isinstance(parsed, rrule) else None


def _rdates(component: Any) -> tuple[dt.datetime, ...]:
    props = component.get("RDATE")
    if props is None:
        return ()
    out: list[dt.datetime] = []
    for prop in props if isinstance(props, list) else [props]:
        for leaf in getattr(prop, "dts", ())[:MAX_RDATES]:
            value = getattr(leaf, "dt", None)
            wall = _wall(value[0] if isinstance(value, tuple) else value)
            if wall is not None:
                out.append(wall)
    return tuple(sorted(out)[:MAX_RDATES])


def _observance(component: Any) -> _Observance | None:
    try:
        first = _wall(component.get("DTSTART").dt)
    except AttributeError:
        return None
    offset_to = _offset(component, "TZOFFSETTO")
    if first is None or offset_to is None:
        return None
    offset_from = _offset(component, "TZOFFSETFROM")
    if offset_from is None:  # not "or": +0000 is a real offset
        offset_from = offset_to
    return _Observance(
        first=first,
        offset_from=offset_from,
        offset_to=offset_to,
        rule=_rule(component, first, offset_from),
        rdates=_rdates(component),
    )


def own_zone(vtimezone: Any) -> OwnZone | None:
    """The zone one parsed VTIMEZONE component defines, or None when it defines none."""
    tzid = str(vtimezone.get("TZID", "")).strip().strip('"')
    observances = []
    for sub in vtimezone.subcomponents[:MAX_OBSERVANCES]:
        if sub.name in ("STANDARD", "DAYLIGHT"):
            obs = _observance(sub)
            if obs is not None:
                observances.append(obs)
    if not tzid or not observances:
        return None
    return OwnZone(tzid=tzid, observances=tuple(observances))


def own_zones(vtimezones: Iterable[Any]) -> Mapping[str, OwnZone]:
    """Each TZID a calendar defines, the first definition winning."""
    zones: dict[str, OwnZone] = {}
    for count, vtz in enumerate(vtimezones):
        if count >= MAX_ZONES:
            break
        try:
            zone = own_zone(vtz)
        except Exception:  # noqa: BLE001, S112 - hostile blocks break in library code
            continue
        if zone is not None:
            zones.setdefault(zone.tzid, zone)
    return zones
