"""When things are due: thank-yous, notes prompts, call-needed checks, digests.

Pure functions over aware datetimes; the clock is always passed in, never read.

Rules of thumb that run through the module:

- Every result is an aware datetime in UTC; callers store and schedule in UTC.
- Wall-clock times ("09:30") belong to a zone (the interview's, or the user's for
  digests) and are resolved per day, so DST changes move the UTC instant, not the
  wall time.
- A wall time that does not exist (spring-forward gap) is shifted forward by the
  length of the gap (02:30 on a day that jumps 02:00 → 03:00 becomes 03:30); a wall
  time that happens twice (autumn fold) means its first occurrence. This is PEP 495's
  ``fold=0`` reading.
- Business days skip the configured weekend and, when a country is configured, the
  public holidays the ``holidays`` package knows for it (observed days included).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo

import holidays

__all__ = [
    "DEFAULT_CALL_WAIT_BUSINESS_DAYS",
    "DEFAULT_GRACE",
    "DEFAULT_NOTES_DELAY",
    "DEFAULT_SEND_TIME",
    "BusinessCalendar",
    "SendRule",
    "call_needed_due",
    "digest_time",
    "local_datetime",
    "notes_prompt_due",
    "parse_duration",
    "parse_iso_duration",
    "parse_local_time",
    "thank_you_due",
    "within_grace",
]

DEFAULT_SEND_TIME: Final = dt.time(9, 30)
"""Local send time of a ``next_business_day`` thank-you."""
DEFAULT_NOTES_DELAY: Final = dt.timedelta(minutes=30)
"""How long after an interview ends the notes prompt goes out."""
DEFAULT_CALL_WAIT_BUSINESS_DAYS: Final = 3
"""Business days of silence before a phone call is suggested."""
DEFAULT_GRACE: Final = dt.timedelta(hours=24)
"""How late a missed send may still go out on its own after a restart."""

_UTC: Final = dt.UTC
# A calendar with a business day at least every few weeks; the bound keeps every loop
# finite even for a pathological holiday set.
_MAX_SCAN_DAYS: Final = 400

# ---------------------------------------------------------------------------- durations

_ISO_NUMBER = r"\d+(?:[.,]\d+)?"
_ISO_DURATION_RE: Final = re.compile(
    rf"""
    P
    (?:(?P<years>{_ISO_NUMBER})Y)?
    (?:(?P<months>{_ISO_NUMBER})M)?
    (?:(?P<weeks>{_ISO_NUMBER})W)?
    (?:(?P<days>{_ISO_NUMBER})D)?
    (?:T
        (?:(?P<hours>{_ISO_NUMBER})H)?
        (?:(?P<minutes>{_ISO_NUMBER})M)?
        (?:(?P<seconds>{_ISO_NUMBER})S)?
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SHORT_DURATION_RE: Final = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)", re.IGNORECASE)
_SHORT_UNITS: Final = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def parse_iso_duration(text: str) -> dt.timedelta:
    """Parse an ISO 8601 duration such as ``PT2M``, ``P1D`` or ``PT2H30M``.

    Weeks, days, hours, minutes and seconds are accepted (a decimal fraction only on the
    last component, as ISO 8601 requires). Years and months are refused: their length
    depends on the calendar, and a follow-up delay should not.
    """
    raw = text.strip()
    match = _ISO_DURATION_RE.fullmatch(raw)
    if match is None or raw.upper() in {"P", "PT"} or raw.upper().endswith("T"):
        raise ValueError(f"not an ISO 8601 duration: {text!r} (examples: PT2M, P1D, PT2H30M)")
    parts = match.groupdict()
    if parts["years"] is not None or parts["months"] is not None:
        raise ValueError(
            f"years and months are not allowed in a duration: {text!r} "
            "(use days or weeks, e.g. P30D)"
        )
    present = [(name, value) for name, value in parts.items() if value is not None]
    if not present:
        raise ValueError(f"not an ISO 8601 duration: {text!r} (examples: PT2M, P1D, PT2H30M)")
    for name, value in present[:-1]:
        if not value.isdigit():
            raise ValueError(f"only the last component may have a fraction: {text!r} ({name})")
    kwargs = {name: float(value.replace(",", ".")) for name, value in present}
    return dt.timedelta(**kwargs)


def parse_duration(text: str) -> dt.timedelta:
    """Parse a human duration (``2d``, ``36h``, ``1d12h``, ``90m``, ``1w``) or ISO 8601.

    Used for ``snooze`` and for duration settings; units are w, d, h, m (minutes), s.
    """
    raw = text.strip()
    if raw[:1] in {"P", "p"}:
        return parse_iso_duration(raw)
    pieces = _SHORT_DURATION_RE.findall(raw)
    if not pieces or "".join(f"{n}{u}" for n, u in pieces) != re.sub(r"\s+", "", raw):
        raise ValueError(
            f"not a duration: {text!r} (examples: 2d, 36h, 1d12h, 90m, PT2M)",
        )
    total = dt.timedelta()
    for number, unit in pieces:
        total += dt.timedelta(**{_SHORT_UNITS[unit.lower()]: float(number)})
    return total


def parse_local_time(text: str) -> dt.time:
    """Parse a 24-hour wall time ``HH:MM`` (``09:30``, ``9:30``, ``17:05``)."""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text.strip())
    if match is None:
        raise ValueError(f"not a local time: {text!r} (use 24-hour HH:MM, e.g. 09:30)")
    return dt.time(int(match.group(1)), int(match.group(2)))


# ------------------------------------------------------------------------ wall times


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")


def local_datetime(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The instant (UTC) when the wall clock in `zone` shows `at` on `day`.

    Nonexistent times (DST gap) are shifted forward by the gap; ambiguous times (DST
    fold) resolve to their first occurrence (see module docstring).
    """
    # fold=0 takes the offset in force *before* a transition (PEP 495). For a gap
    # that yields the later instant (shift forward), for a fold the earlier one.
    naive = dt.datetime.combine(day, at.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=zone).astimezone(_UTC)


# --------------------------------------------------------------------- business days


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Which days count as business days: not weekend, not a public holiday.

    `country` is an ISO 3166 code the ``holidays`` package supports (``"US"``, ``"GB"``,
    ``"DE"``), `subdivision` its optional region (``"ENG"``, ``"CA"``, ``"BY"``). With no
    country only the weekend is skipped. `weekend` holds ``date.weekday()`` numbers
    (Monday = 0); the default is Saturday and Sunday.
    """

    country: str | None = None
    subdivision: str | None = None
    weekend: tuple[int, ...] = (5, 6)
    _holidays: Any = field(init=False, repr=False, compare=False, hash=False, default=None)

    def __post_init__(self) -> None:
        if any(day not in range(7) for day in self.weekend):
            raise ValueError(f"weekend days must be 0 (Monday) .. 6 (Sunday), got {self.weekend}")
        if len(set(self.weekend)) >= 7:
            raise ValueError("weekend covers every day of the week: no business day left")
        if self.subdivision is not None and self.country is None:
            raise ValueError("subdivision needs a country (e.g. country: GB, subdivision: ENG)")
        table: Any = None
        if self.country is not None:
            try:
                table = holidays.country_holidays(self.country, subdiv=self.subdivision)
            except NotImplementedError as exc:
                raise ValueError(
                    f"unknown holiday calendar country={self.country!r} "
                    f"subdivision={self.subdivision!r}: {exc} "
                    "(see holidays.list_supported_countries())"
                ) from exc
        object.__setattr__(self, "_holidays", table)

    def holiday_name(self, day: dt.date) -> str | None:
        """The public holiday's name on `day`, or None."""
        if self._holidays is None:
            return None
        name = self._holidays.get(day)
        return None if name is None else str(name)

    def is_business_day(self, day: dt.date) -> bool:
        """True when `day` is neither a weekend day nor a public holiday."""
        if day.weekday() in self.weekend:
            return False
        return self.holiday_name(day) is None

    def next_business_day(self, day: dt.date) -> dt.date:
        """The first business day strictly after `day`."""
        return self.add_business_days(day, 1)

    def add_business_days(self, day: dt.date, n: int) -> dt.date:
        """The date `n` business days after `day` (before it when `n` is negative).

        `day` itself is not counted, so Friday + 1 is Monday and Saturday + 1 is Monday
        too. ``n == 0`` returns `day` unchanged.
        """
        step = dt.timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        current = day
        scanned = 0
        while remaining:
            current += step
            scanned += 1
            if scanned > _MAX_SCAN_DAYS * (abs(n) + 1):
                raise ValueError(f"no business day found near {day} (calendar {self!r})")
            if self.is_business_day(current):
                remaining -= 1
        return current

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` when it is a business day, else the next one."""
        return day if self.is_business_day(day) else self.next_business_day(day)


# ------------------------------------------------------------------------- send rules

SendKind = Literal["next_business_day", "same_day_after", "after"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SendRule:
    """When a thank-you goes out, relative to the interview's end.

    - ``next_business_day``: the next business day at `local_time` (default 09:30) in
      the interview's zone.
    - ``same_day_after``: `delay` after the end when that is still the same local day;
      otherwise it falls back to the next business day at `local_time` (no thank-you
      at 1 a.m.).
    - ``after``: exactly `delay` after the end (ISO 8601 in config, e.g. ``PT2M``,
      which tests and demos use); no calendar rules apply.

    Config strings (see :meth:`parse`): ``"next_business_day"``,
    ``"next_business_day 10:15"``, ``"same_day_after 3h"`` (or ``3`` hours, or
    ``PT3H``), and any ISO 8601 duration such as ``"PT2M"`` or ``"P1D"``.
    """

    kind: SendKind = "next_business_day"
    local_time: dt.time = DEFAULT_SEND_TIME
    delay: dt.timedelta = dt.timedelta(0)

    def __post_init__(self) -> None:
        if self.kind not in ("next_business_day", "same_day_after", "after"):
            raise ValueError(
                f"unknown send rule {self.kind!r} "
                "(choose next_business_day, same_day_after or an ISO 8601 duration)"
            )
        if self.local_time.tzinfo is not None:
            raise ValueError("local_time is a wall time: give it without a zone")
        if self.delay < dt.timedelta(0):
            raise ValueError(f"delay must not be negative, got {self.delay}")
        if self.kind == "same_day_after" and self.delay <= dt.timedelta(0):
            raise ValueError("same_day_after needs a positive number of hours")

    @classmethod
    def parse(cls, text: str) -> SendRule:
        """Build a rule from its config string (forms listed in the class docstring)."""
        raw = " ".join(text.replace("@", " ").split())
        if not raw:
            raise ValueError("empty send rule (e.g. next_business_day, same_day_after 3h, PT2M)")
        head, _, rest = raw.partition(" ")
        rest = rest.removeprefix("at ").strip()
        if head == "next_business_day":
            at = parse_local_time(rest) if rest else DEFAULT_SEND_TIME
            return cls(kind="next_business_day", local_time=at)
        if head == "same_day_after":
            if not rest:
                raise ValueError("same_day_after needs hours, e.g. 'same_day_after 3h'")
            try:
                delay = dt.timedelta(hours=float(rest))
            except ValueError:
                delay = parse_duration(rest)
            return cls(kind="same_day_after", delay=delay)
        if head[:1] in {"P", "p"} and not rest:
            return cls(kind="after", delay=parse_iso_duration(head))
        raise ValueError(
            f"unknown send rule {text!r} (choose 'next_business_day [HH:MM]', "
            "'same_day_after <hours>' or an ISO 8601 duration such as PT2M)"
        )


def thank_you_due(
    end: dt.datetime,
    zone: ZoneInfo,
    rule: SendRule,
    calendar: BusinessCalendar,
) -> dt.datetime:
    """When the thank-you for an interview ending at `end` is due (aware, UTC).

    The result is never before `end`.
    """
    _require_aware(end, "end")
    end_utc = end.astimezone(_UTC)
    if rule.kind == "after":
        return end_utc + rule.delay
    end_local_day = end.astimezone(zone).date()
    if rule.kind == "same_day_after":
        due = end_utc + rule.delay
        if due.astimezone(zone).date() == end_local_day:
            return due
    target = calendar.next_business_day(end_local_day)
    return max(local_datetime(target, rule.local_time, zone), end_utc)


# ------------------------------------------------------------------ other due times


def notes_prompt_due(end: dt.datetime, delay: dt.timedelta = DEFAULT_NOTES_DELAY) -> dt.datetime:
    """When to ask the user for notes: `delay` after the interview ends (aware, UTC)."""
    _require_aware(end, "end")
    if delay < dt.timedelta(0):
        raise ValueError(f"delay must not be negative, got {delay}")
    return end.astimezone(_UTC) + delay


def call_needed_due(
    since: dt.datetime,
    zone: ZoneInfo,
    wait: int | dt.timedelta = DEFAULT_CALL_WAIT_BUSINESS_DAYS,
    calendar: BusinessCalendar | None = None,
    *,
    deadline: dt.date | None = None,
    return_date: dt.date | None = None,
    at: dt.time = dt.time(9, 0),
) -> dt.datetime:
    """When silence since `since` (thank-you sent, or interview end) calls for a phone call.

    - `wait` as an int: that many business days after `since`, at the same local wall
      time; as a timedelta: exactly that long after `since` (tests).
    - With the company's own `deadline` ("we'll let you know by Friday") the wait is
      replaced by the business day after the deadline, at local time `at`.
    - With an out-of-office `return_date`, never before the business day after the
      return date (at `at`).
    - Never before `since`. Result aware, UTC.
    """
    _require_aware(since, "since")
    cal = calendar if calendar is not None else BusinessCalendar()
    since_utc = since.astimezone(_UTC)
    if deadline is not None:
        due = local_datetime(cal.next_business_day(deadline), at, zone)
    elif isinstance(wait, dt.timedelta):
        if wait < dt.timedelta(0):
            raise ValueError(f"wait must not be negative, got {wait}")
        due = since_utc + wait
    else:
        if wait < 1:
            raise ValueError(f"wait must be at least 1 business day, got {wait}")
        local = since.astimezone(zone)
        target = cal.add_business_days(local.date(), wait)
        due = local_datetime(target, local.time(), zone)
    if return_date is not None:
        due = max(due, local_datetime(cal.next_business_day(return_date), at, zone))
    return max(due, since_utc)


def digest_time(now: dt.datetime, zone: ZoneInfo, local_time: dt.time) -> dt.datetime:
    """The next instant strictly after `now` when the clock in `zone` shows `local_time`."""
    _require_aware(now, "now")
    now_utc = now.astimezone(_UTC)
    day = now.astimezone(zone).date() - dt.timedelta(days=1)
    # Yesterday's slot can still lie ahead when a fold or an offset change moved it;
    # three candidates always include the answer.
    for offset in range(4):
        candidate = local_datetime(day + dt.timedelta(days=offset), local_time, zone)
        if candidate > now_utc:
            return candidate
    raise AssertionError("unreachable: a wall time recurs at least every 48 hours")


def within_grace(due: dt.datetime, now: dt.datetime, grace: dt.timedelta = DEFAULT_GRACE) -> bool:
    """Whether something due at `due` may still happen on its own at `now`.

    True when it is not yet due or at most `grace` late; False when the daemon missed
    it by more (then the user is asked instead).
    """
    _require_aware(due, "due")
    _require_aware(now, "now")
    return now - due <= grace
