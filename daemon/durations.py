"""Durations as they appear in the configuration and on the command line.

One parser for the whole daemon (:func:`daemon.timing.parse_duration`): ``30s``, ``25m``,
``2h``, ``3d``, ``1w``, combinations such as ``1h30m``, and ISO 8601 durations such as
``PT2M`` or ``P1DT2H30M``. The configuration also accepts a bare number of seconds.
"""

from __future__ import annotations

import datetime as dt
import re

from daemon.timing import parse_duration as _parse_text

DURATION_HELP = "a duration such as 30s, 25m, 2h, 3d, 1h30m or ISO 8601 (PT2M, P1D)"


def parse_duration(text: str | int | float) -> dt.timedelta:
    """Parse a duration; a bare number means seconds. Raises ValueError naming the forms."""
    if isinstance(text, bool):
        raise ValueError(f"expected {DURATION_HELP}, got {text!r}")
    if isinstance(text, int | float):
        if text < 0:
            raise ValueError(f"a duration cannot be negative, got {text!r}")
        return dt.timedelta(seconds=float(text))
    if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", text):
        return dt.timedelta(seconds=float(text))
    try:
        return _parse_text(text)
    except ValueError:
        raise ValueError(f"expected {DURATION_HELP}, got {text!r}") from None


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
