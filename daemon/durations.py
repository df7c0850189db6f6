"""Human and ISO 8601 durations as they appear in the configuration and on the command line.

Accepted: ``30s``, ``25m``, ``2h``, ``3d``, ``1w``, combinations like ``1h30m``, and ISO 8601
durations such as ``PT2M``, ``P1D``, ``P1DT2H30M`` (months and years are refused: their length
is not fixed).
"""

from __future__ import annotations

import datetime as dt
import re

_SHORT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>w|d|h|m|min|s|sec)", re.IGNORECASE)
_SHORT_FULL = re.compile(r"^(?:\s*\d+(?:\.\d+)?\s*(?:w|d|h|m|min|s|sec)\s*)+$", re.IGNORECASE)
_ISO = re.compile(
    r"^P(?:(?P<w>\d+(?:\.\d+)?)W)?(?:(?P<d>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "min": 60.0, "s": 1.0}
_UNIT_SECONDS["sec"] = 1.0

DURATION_HELP = "a duration such as 30s, 25m, 2h, 3d, 1h30m or ISO 8601 (PT2M, P1D)"


def parse_duration(text: str | int | float) -> dt.timedelta:
    """Parse a duration; a bare number means seconds. Raises ValueError naming the forms."""
    if isinstance(text, bool):
        raise ValueError(f"expected {DURATION_HELP}, got {text!r}")
    if isinstance(text, int | float):
        if text < 0:
            raise ValueError(f"a duration cannot be negative, got {text!r}")
        return dt.timedelta(seconds=float(text))
    value = text.strip()
    iso = _ISO.match(value)
    if iso and value.upper() not in ("P", "PT") and not value.upper().endswith("T"):
        parts = {k: float(v) for k, v in iso.groupdict().items() if v is not None}
        return dt.timedelta(
            weeks=parts.get("w", 0.0),
            days=parts.get("d", 0.0),
            hours=parts.get("h", 0.0),
            minutes=parts.get("m", 0.0),
            seconds=parts.get("s", 0.0),
        )
    if value and _SHORT_FULL.match(value):
        total = sum(
            float(m.group("n")) * _UNIT_SECONDS[m.group("u").lower()]
            for m in _SHORT.finditer(value)
        )
        return dt.timedelta(seconds=total)
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return dt.timedelta(seconds=float(value))
    raise ValueError(f"expected {DURATION_HELP}, got {text!r}")


def format_duration(delta: dt.timedelta) -> str:
    """A compact human form (``1h30m``) used in logs and status output."""
    seconds = int(delta.total_seconds())
    if seconds == 0:
        return "0s"
    out = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            out.append(f"{n}{unit}")
    return "".join(out)
