"""Phone numbers in text, normalised to E.164 with ``phonenumbers``.

The default region (for numbers written without a country code) comes from the user's
time zone via the tz database's zone.tab, so a London user's "020 7946 0000" is +44.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import phonenumbers

MAX_PHONES = 10
MAX_SCAN_CHARS = 20_000
_ID_BEFORE = re.compile(
    r"(?:\bid|\bpin|passcode|password|code|#|ref(?:erence)?|order|conference|meeting)\W{0,12}$",
    re.IGNORECASE,
)
_DIGITS_ONLY = re.compile(r"[\d\s./-]+")
_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO country code, from tzdata's zone.tab."""
    out: dict[str, str] = {}
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (OSError, ModuleNotFoundError, FileNotFoundError):
        return out
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            out[cols[2]] = cols[0]
    return out


def region_for_zone(zone: str) -> str:
    """The country code for a zone ("Europe/London" -> "GB"); "US" when unknown."""
    return _zone_countries().get(zone, "US")


def find_phones(text: str, region: str) -> tuple[str, ...]:
    """E.164 numbers in ``text`` (meeting ids, PINs and dates skipped), in order, unique."""
    out: list[str] = []
    chunk = text[:MAX_SCAN_CHARS]
    try:
        matcher = phonenumbers.PhoneNumberMatcher(
            chunk, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
        )
        for match in matcher:
            if _ID_BEFORE.search(chunk[max(0, match.start - 30) : match.start]):
                continue
            raw = match.raw_string
            if _DIGITS_ONLY.fullmatch(raw) and _DATE_LIKE.search(raw):
                continue
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in out:
                out.append(e164)
            if len(out) >= MAX_PHONES:
                break
    except Exception:  # noqa: BLE001 - the matcher must never break understanding
        return tuple(out)
    return tuple(out)
