"""Free-text dates and times: "Monday 9th March at 2pm EST", "3/9 10:00-10:45", "When: ...".

Hand-written regular expressions built from the lexicon's month/weekday/zone words, so a
language is data. Dates without a year are resolved against the message's Date (the next
occurrence on or after it); a stated weekday must agree with the date and is used to repair
the year or a swapped day/month. Times without a zone are read in a fallback zone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._lexicon import Lexicon, per_lexicon, words_alt
from .model import DateOrder


@dataclass(frozen=True, slots=True)
class DateHit:
    """A calendar date found in text."""

    pos: int
    end: int
    date: dt.date
    weekday_stated: bool
    weekday_ok: bool
    year_stated: bool
    weekday_only: bool = False
    """A weekday alone ("Tuesday"), read as the next such day."""
    rel_days: int | None = None
    """Days after the message's date ("tomorrow": 1), when the date is counted from it."""
    rel_weekday: int | None = None
    """The weekday of a weekday alone, counted from the message's date."""
    rel_week: bool = False
    """That weekday is in next week ("Wednesday next week"), not merely the next one."""
    week_on: bool = False
    """That weekday a week after its next date ("Thursday week", "a week on Thursday")."""


@dataclass(frozen=True, slots=True)
class TimeHit:
    """A clock time (optionally a range and a zone) found in text."""

    pos: int
    end: int
    start: dt.time
    until: dt.time | None
    zone: dt.tzinfo | None
    zone_name: str | None
    by_abbreviation: bool = False
    """The zone is an abbreviation alone ("AEST"), which several regions' clocks share."""
    abbreviation: str | None = None
    """That abbreviation, upper case ("IST")."""
    reader: bool = False
    """No zone, but words saying the time is on the reader's clock ("10am your time")."""
    moved: bool = False
    """The end of a range after a move's "from" ("moved from 1pm to 3:30pm"): the new time."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A date paired with a time: a candidate interview start."""

    pos: int
    end_pos: int
    start: dt.datetime
    end: dt.datetime | None
    timezone: str | None
    zone_stated: bool
    weekday_ok: bool
    moved: bool = False
    """Its time is the new end of a moved range ("moved from 1pm to 3:30pm"), not the old one
    its "from" points at."""


def clock_on_day(hit: TimeHit, day: Moment, offset: int = 0) -> Moment:
    """A clock set on a known moment's day: the new hour of a time moved within its day.

    The clock's own zone wins; without one it keeps the day's. Positions are the clock's,
    shifted by ``offset`` (where the text it was found in starts).
    """
    tz = hit.zone or day.start.tzinfo
    start = dt.datetime.combine(day.start.date(), hit.start, tzinfo=tz)
    until = dt.datetime.combine(day.start.date(), hit.until, tzinfo=tz) if hit.until else None
    return Moment(
        pos=offset + hit.pos,
        end_pos=offset + hit.end,
        start=start,
        end=until if until is not None and until > start else None,
        timezone=hit.zone_name or day.timezone,
        zone_stated=hit.zone is not None or day.zone_stated,
        weekday_ok=day.weekday_ok,
    )


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Regexes compiled for one lexicon."""

    date: re.Pattern[str]
    time: re.Pattern[str]
    duration: re.Pattern[str]
    duration_phrase: re.Pattern[str]
    zone_abbr: re.Pattern[str]
    zone_region: re.Pattern[str]
    zone_clock: re.Pattern[str]
    """A region that is a zone only right after a clock time ("2pm Mountain")."""
    offset: re.Pattern[str]
    am: frozenset[str]
    pm: frozenset[str]
    at_end: re.Pattern[str]
    """An at-word ending the text before a time ("à 14 heures", "a las 10")."""
    range_end: re.Pattern[str]
    """A range's lead ending the text before a time: only a range follows it as a clock
    ("de 10 a 11 horas"); one number after it is a length ("una jornada de 8 horas")."""
    clock_end: re.Pattern[str]
    """A word naming the hour ending the text before a bare number ("a las 10")."""
    follower: re.Pattern[str]
    """A small word after a bare hour that leaves it an hour ("tomorrow at 10 for ...")."""
    morning: re.Pattern[str]
    """Words right after an hour that make it a morning hour ("at 6 in the morning")."""
    day_follow: re.Pattern[str]
    """What may follow a day and its month as a date: a clause break, an at-word, a range's
    lead before an hour, or a clock time ("le 13 mai à 10h30", "13 mai, 10h")."""
    lead_end: re.Pattern[str]
    """A duration word ending the text before a number ("takes 8 hrs")."""
    article_end: re.Pattern[str]
    """An article ending the text before a relative day ("por la mañana")."""
    loose_suffixes: frozenset[str]
    """Hour words that also measure time ("h", "hrs", "heures"): a clock only in clock forms."""
    zone_filler: re.Pattern[str]
    reader_clock: re.Pattern[str]
    """Words right after a time putting it on the reader's clock: "10am (your time)"."""
    zone_place: re.Pattern[str]
    evening: re.Pattern[str]
    """Words right after an hour that make it an afternoon or evening hour ("at 7 in the
    evening", "a las 8 de la noche")."""
    dated_at: re.Pattern[str]
    """A date and an at-word ending the text before a bare hour ("June 3 at 10", "the 3rd
    at 10", "am 3. Juni um 10"): the number is the hour."""
    """Words between a time and its zone: "10am our time (CET)", "14 Uhr Ortszeit (MESZ)"."""


_CACHE: dict[int, tuple[Lexicon, _Patterns]] = {}


def _words_next(words: Sequence[str], end: str) -> re.Pattern[str]:
    """One of ``words`` right after an hour ("at 10 *for*"); never matching when there are none."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[ \t]*(?:{words_alt(list(words))}){end}", re.IGNORECASE)


def _wrappable(alternation: str) -> str:
    """``alternation`` (escaped words) with each space also matching one line break."""
    return alternation.replace("\\ ", r"(?:[ \t]+|[ \t]*\n[ \t]*)")


def _region_key(found: str) -> str:
    """The lexicon's key for a region as the text wrote it (case and line breaks aside)."""
    return " ".join(found.lower().split())


def _patterns(lex: Lexicon) -> _Patterns:
    """Compile (once per lexicon) the date/time regexes from its words."""
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    wd = words_alt(list(lex.weekdays))
    mon = words_alt(list(lex.months))
    ordn = words_alt(list(lex.ordinals))
    nxt = words_alt(list(lex.next_words))
    rel = words_alt(list(lex.relative_days))
    ampm = words_alt([*lex.am, *lex.pm])
    join = words_alt(list(lex.range_joiners))
    noon = words_alt([*lex.noon, *lex.midnight])
    part = words_alt(list(lex.date_particles))
    day_art = words_alt(list(lex.day_articles))
    # "14 Uhr", "14 h 30": an hour word; a list that is empty never matches.
    suf = words_alt(list(lex.hour_suffixes))
    at = words_alt(list(lex.at_words))
    leads = words_alt(list(lex.range_leads))
    at_only = [w for w in lex.at_words if w not in lex.range_leads]
    b = r"(?<![\w])"
    e = r"(?![\w])"
    # What may follow a day of the month written without its month: a clause break, an
    # at-word, a range's lead before an hour, or a clock time ("the 10th, 2pm", "el martes
    # 10 a las 10", "le mardi 10 de 10h à 11h"). Not a noun ("the 10th floor", "Tuesday 10
    # candidates") and not the rest of a time ("Tuesday 10:30", "Tuesday 10am").
    day_time = rf"(?:{at})(?!\w)|(?:{leads})[ \t]+\d|\d{{1,2}}(?:[:.h]\d\d|[ \t]?(?:{ampm}))(?!\w)"
    day_end = rf"[ \t]*(?:[,;)]|\r?\n|\Z|{day_time})"
    date = (
        rf"{b}(?:"
        # ISO 2026-03-09 / 2026/03/09
        rf"(?P<iy>(?:19|20)\d\d)[-/.](?P<im>[01]?\d)[-/.](?P<id>[0-3]?\d)(?![\d])"
        # [weekday,] [the] 9[th] [of] March[,] [2026]; the small words are the lexicon's
        # ("Dienstag, den 3. März 2026", "martes 3 de marzo de 2026").
        rf"|(?:(?P<wa>{wd})\.?,?\s+(?:(?:{part})\s+)?)?(?P<da>[0-3]?\d)(?:{ordn}|\.)?"
        # Zoom's German invitations glue the parts with dots: "19.März.2026 10:00 AM".
        rf"(?:\s+(?:{part}))?(?:\s+|-|(?<=\d\.))"
        rf"(?P<ma>{mon})\.?(?:(?:,?\s+(?:(?:{part})\s+)?|-|(?<=\.))(?P<ya>(?:19|20)\d\d)(?![\d:]))?{e}"
        # [weekday,] March 9[th][,] [2026]
        rf"|(?:(?P<wb>{wd})\.?,?\s+)?(?P<mb>{mon})\.?\s+(?P<db>[0-3]?\d)(?:{ordn})?(?![\d:])"
        rf"(?:,?\s+(?P<yb>(?:19|20)\d\d)(?![\d:]))?{e}"
        # [weekday] 3/9[/2026]  or 09.03.2026
        rf"|(?:(?P<wc>{wd})\.?,?\s+)?(?<![\d/.])(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})"
        rf"(?:/(?P<nc>\d{{4}}|\d\d))?(?![\d/])"
        # 03-06-2026, with its year: without one, "10-11" is a range of hours.
        rf"|(?:(?P<wd>{wd})\.?,?\s+)?(?<![\d/.\-])(?P<ha>\d{{1,2}})-(?P<hb>\d{{1,2}})"
        rf"-(?P<hc>(?:19|20)\d\d)(?![\d\-])"
        # 17.03.2026, and German-style 17.03. without a year (the final dot is required)
        # ("Dienstag, 10.03.26": a two-digit year, but not inside a version "1.2.34.5").
        rf"|(?:(?P<wp>{wd})\.?,?\s+)?(?<![\d.,$€£])(?P<pa>\d{{1,2}})\.(?P<pb>\d{{1,2}})\."
        rf"(?:(?P<pc>\d{{4}}|\d\d)(?!\d|\.\d)|(?![\d]))"
        # A day of the month without its month, fixed by a weekday or an article:
        # "Tuesday the 10th", "el martes 10", "Dienstag, den 10.", "on the 10th", "le 10 à".
        rf"|(?P<wm>{wd})\.?,?\s+(?:(?:{part})\s+)?(?P<dm>[0-3]?\d)(?!\d)(?:{ordn}|\.(?!\d))?"
        rf"(?={day_end})"
        # One line only: "10:00 AM" then "2. 1:00 PM" on the next is no German "am 2.".
        # With its ordinal the day may end the sentence: "Let's meet, 2:00 on the 8th?".
        rf"|(?:{day_art})[ \t]+(?P<dn>[0-3]?\d)(?!\d)"
        # A comma may stand before an at-word and its hour ("no dia 9, às 17h", "el día 9, a
        # las 17:00"), never before the word alone ("of the 3, at least").
        rf"(?:(?:{ordn})(?={day_end}|[.?!](?:\s|\Z))|\.?(?=[ \t]*(?:{day_time}))"
        rf"|,(?=[ \t]*(?:{at})[ \t]+\d))"
        # today / tomorrow
        rf"|(?P<rel>{rel})"
        # [next] Monday
        rf"|(?:(?P<nx>{nxt})\s+)?(?P<wo>{wd}){e}"
        rf")"
    )
    time = (
        rf"(?<![\w:./])(?:"
        # Terse mail glues a bare "a" or "p" to the hour ("9a PT", "3:30p"): never spaced,
        # where "3 a week" would be read as a time.
        rf"(?P<h1>[0-2]?\d)(?:(?P<s1>[:.]|[ \t]?[hu][ \t]?)(?P<m1>[0-5]\d)(?::[0-5]\d(?!\d))?)?"
        rf"(?:\s*(?P<ap1>{ampm})|(?P<g1>[ap])(?![\w]))?"
        rf"(?:[ \t]*(?P<suf1>{suf}))?(?![\w])"
        rf"(?:\s*(?:{join})\s*(?P<h2>[0-2]?\d)(?:(?P<s2>[:.]|[ \t]?[hu][ \t]?)(?P<m2>[0-5]\d))?"
        rf"(?:\s*(?P<ap2>{ampm})|(?P<g2>[ap])(?![\w]))?(?:[ \t]*(?P<suf2>{suf}))?(?![\w:/]))?"
        # "midi" but not "après-midi" (afternoon); "12-noon" is noon.
        rf"|(?<![^\W\d_]-)(?P<noon>{noon})(?![\w])"
        rf")"
    )
    units = words_alt(list(lex.duration_units))
    abbrs = words_alt(list(lex.zone_abbreviations))
    regions = words_alt(list(lex.zone_regions))
    suffixes = words_alt(list(lex.region_suffixes))
    pats = _Patterns(
        date=re.compile(date, re.IGNORECASE),
        time=re.compile(time, re.IGNORECASE),
        day_follow=re.compile(day_end, re.IGNORECASE),
        duration=re.compile(rf"(?<![\w.])(?P<n>\d{{1,3}})\s*-?\s*(?P<u>{units}){e}", re.I),
        duration_phrase=re.compile(
            rf"{b}(?P<p>{words_alt(list(lex.duration_phrases))}){e}", re.IGNORECASE
        ),
        zone_abbr=re.compile(rf"^[\s(\[,.]{{0,4}}(?P<z>{abbrs})(?![\w+-])"),
        # A region of several words may be wrapped at a line's end ("hora de" / "Lisboa").
        zone_region=re.compile(
            rf"^[\s(\[,.-]{{0,4}}(?P<z>{_wrappable(regions)})(?:\s+(?:{suffixes}))?(?![\w])",
            re.IGNORECASE,
        ),
        zone_clock=re.compile(
            rf"^[\s(\[,.-]{{0,4}}(?P<z>{_wrappable(words_alt(list(lex.zone_clock_regions)))})"
            rf"(?:\s+(?:{suffixes}))?(?![\w])",
            re.IGNORECASE,
        ),
        offset=re.compile(
            r"^[\s(\[,.]{0,4}(?:(?:UTC|GMT)\s*(?P<s>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?"
            r"|(?P<s2>[+\-])(?P<h2>\d\d):?(?P<m2>\d\d)(?!\d)|(?P<bare>UTC|GMT)(?![+\-\w]))"
            r"\)?",
            re.IGNORECASE,
        ),
        am=frozenset(lex.am),
        pm=frozenset(lex.pm),
        at_end=re.compile(
            rf"{b}(?:{words_alt([*lex.at_words, *lex.clock_leads])})\s*\Z", re.IGNORECASE
        ),
        range_end=re.compile(rf"{b}(?:{words_alt(list(lex.range_leads))})\s*\Z", re.IGNORECASE),
        clock_end=re.compile(rf"{b}(?:{words_alt(list(lex.clock_leads))})\s*\Z", re.IGNORECASE),
        follower=_words_next(lex.clock_followers, r"\b"),
        morning=_words_next(lex.morning_markers, r"\b"),
        lead_end=re.compile(
            rf"{b}(?:{words_alt(list(lex.duration_leads))})\.?\s*\Z", re.IGNORECASE
        ),
        article_end=re.compile(
            rf"{b}(?:{words_alt(list(lex.relative_day_articles))})\s+\Z", re.IGNORECASE
        ),
        loose_suffixes=frozenset(
            s for s in lex.hour_suffixes if len(s) == 1 or s in lex.duration_units
        ),
        evening=_words_next(lex.afternoon_markers, r"(?!\w)"),
        dated_at=re.compile(
            rf"(?:(?:{mon})\.?[ \t]+\d{{1,2}}(?:{ordn})?|\d{{1,2}}(?:{ordn})"
            rf"|\d{{1,2}}\.?[ \t]+(?:of[ \t]+)?(?:{mon})\.?"
            rf"|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?\.?|(?:19|20)\d\d)"
            rf"[ \t]*,?[ \t]*(?:{words_alt(at_only)})[ \t]*\Z",
            re.IGNORECASE,
        ),
        zone_filler=re.compile(
            # "15 Uhr (Ortszeit München)": the filler may open a bracket.
            rf"[ \t,]*\(?[ \t]*(?:{words_alt(list(lex.zone_fillers))})(?!\w)"
            if lex.zone_fillers
            else r"(?!)",
            re.IGNORECASE,
        ),
        reader_clock=re.compile(
            rf"[ \t,]*\(?[ \t]*(?:{words_alt(list(lex.reader_clocks))})(?!\w)"
            if lex.reader_clocks
            else r"(?!)",
            re.IGNORECASE,
        ),
        # "4pm in Melbourne", "9h30 à Paris": a place's own clock, named after a locative word.
        zone_place=re.compile(
            rf"[ \t]+(?:{words_alt(list(lex.zone_place_leads))})[ \t]+(?=[^\W\d_])"
            if lex.zone_place_leads
            else r"(?!)",
            re.IGNORECASE,
        ),
    )
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(lex)] = (lex, pats)
    return pats


def _zone(name: str) -> dt.tzinfo | None:
    """ZoneInfo or None."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_at(text: str, lex: Lexicon) -> tuple[dt.tzinfo | None, str | None, int]:
    """A zone written at the start of ``text``: (tzinfo, IANA name or None, chars used)."""
    pats = _patterns(lex)
    m = pats.offset.match(text)
    if m:
        if m.group("bare"):
            used = m.end()
            # "(GMT) London" / "GMT+00:00 Dublin" - a region after the offset is more precise.
            r = pats.zone_region.match(text[used:].lstrip(" )"))
            if r:
                name = lex.zone_regions[_region_key(r.group("z"))]
                return _zone(name), name, used
            return dt.UTC, "UTC", used
        if m.group("h") and _clock_not_offset(text, m.start("h"), pats):
            # "10:00 UTC - 11:00 UTC", "10am GMT - 11am GMT": the dash joins a range; the
            # digits after it are its end, a clock with its own zone or am/pm, no offset.
            bare = _BARE_ZONE.match(text)
            return (dt.UTC, "UTC", bare.end()) if bare else (None, None, 0)
        sign = m.group("s") or m.group("s2")
        hours = int(m.group("h") or m.group("h2"))
        minutes = int(m.group("m") or m.group("m2") or 0)
        if hours > 14 or minutes >= 60:
            return None, None, 0
        delta = dt.timedelta(hours=hours, minutes=minutes)
        fixed = dt.timezone(-delta if sign in "-−" else delta)
        used = m.end()
        # Outlook: "(UTC-05:00) Eastern Time (US & Canada)", "(UTC+01:00) Belgrade,
        # Bratislava, Budapest, Ljubljana, Prague". Outlook prints the zone's *standard*
        # offset even in summer, so a known place in the list (whose offset agrees) gives
        # the IANA zone and the real offset on the day.
        rest = text[used : used + 100].lstrip(" )").split("\n", 1)[0]
        # "(GMT+08:00) Asia/Manila": an ATS prints the zone's own name after its offset.
        iana = _IANA_NAME.match(rest)
        tz = _zone(iana.group("z")) if iana else None
        if iana and tz is not None and _offset_plausible(tz, -delta if sign in "-−" else delta):
            return tz, iana.group("z"), used
        for place in _PLACE_SEP.split(rest)[:8]:
            r = pats.zone_region.match(place)
            if not r:
                continue
            name = lex.zone_regions[_region_key(r.group("z"))]
            tz = _zone(name)
            if tz is not None and _offset_plausible(tz, delta if sign not in "-−" else -delta):
                return tz, name, used
        return fixed, None, used
    m = pats.zone_abbr.match(text)
    if (
        m
        and m.group("z") in _WORDLIKE_ABBR
        and _ACRONYM_NOUN.match(text, m.end())
        and not pats.zone_region.match(text[m.end() :])
    ):
        # "2pm, ICT Suite", "at 10:00 PET scan": an acronym the clock's abbreviation
        # spells, followed by the word it qualifies, is no zone.
        m = None
    if m:
        name = lex.zone_abbreviations[m.group("z").upper()]
        tz = _zone(name)
        # "CST (Mexico City)", "IST - Dublin": the place beside an abbreviation says which
        # region's clock is meant (Mexico keeps standard time all year since 2022).
        r = _BESIDE.match(text[m.end() : m.end() + 60])
        if r:
            words = r.group(1) or r.group(2)
            place = pats.zone_region.match(words)
            rest = words[place.end() :] if place else ""
            if place and (r.group(1) or _PLACE_END.match(rest)):
                near = lex.zone_regions[_region_key(place.group("z"))]
                near_tz = _zone(near)
                if near_tz is not None:
                    used = m.end() + (r.end() if r.group(1) else r.start(2) + place.end())
                    return near_tz, near, used
        return tz, name, m.end()
    m = _IANA_NAME.match(text)
    if m:
        # "10:30am (America/Los_Angeles)": booking tools and ATS print the zone's own name.
        tz = _zone(m.group("z"))
        if tz is not None:
            return tz, m.group("z"), m.end()
    m = pats.zone_region.match(text)
    if m and not _PERSON_NEXT.match(text[m.end() :]) and not _COMPOUND_NEXT.match(text, m.end()):
        name = lex.zone_regions[_region_key(m.group("z"))]
        return _zone(name), name, m.end()
    m = pats.zone_clock.match(text)
    if m and not _PERSON_NEXT.match(text[m.end() :]):
        # "2pm Mountain", "10am Central": US writers drop "Time"; "Central London" and
        # "Mountain View" are places, told apart by the capitalised word after them.
        name = lex.zone_clock_regions[_region_key(m.group("z"))]
        return _zone(name), name, m.end()
    return None, None, 0


def _place_zone(
    text: str, pats: _Patterns, lex: Lexicon
) -> tuple[dt.tzinfo | None, str | None, int]:
    """A known place's zone at the start of ``text`` ("Melbourne", "La Réunion"), or none.

    Not a place followed by a capitalised word ("in Sydney Park", "à Paris Saclay"): that
    names a site, which need not keep the city's clock.
    """
    m = pats.zone_region.match(text)
    if (
        m is None
        or m.start("z") != 0
        or _PERSON_NEXT.match(text[m.end() :])
        or _COMPOUND_NEXT.match(text, m.end())
    ):
        return None, None, 0
    if not _PLACE_CLAUSE_END.match(text, m.end()) or _room_after(text[m.end() :], lex):
        # "2pm in Tokyo (3rd floor)", "in Singapore - the room by the kitchen", "in Dubai,
        # 5th floor": a meeting room named after a city keeps the office's clock.
        return None, None, 0
    name = lex.zone_regions[_region_key(m.group("z"))]
    tz = _zone(name)
    return (tz, name, m.end()) if tz is not None else (None, None, 0)


_PLACE_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;)]|$)", re.MULTILINE)
_FLOOR_WORDS = r"floor|level|suite|étage|etage|stock|stockwerk|obergeschoss|planta|piso"


def _room_after(text: str, lex: Lexicon) -> bool:
    """Whether the clause after a place name is about a room or a floor ("Sydney, 5th floor")."""
    clause = re.split(r"[.;\n]", text[:60], maxsplit=1)[0].lower()
    rooms = [*lex.room_words, *lex.room_leads]
    alt = "|".join([re.escape(w) for w in rooms] + [_FLOOR_WORDS])
    return re.search(rf"\b(?:{alt})\b", clause) is not None


_WORDLIKE_ABBR = frozenset({"CAT", "ICT", "PET", "VET", "COT", "ART", "BOT"})
"""Zone abbreviations that are also common acronyms ("ICT Suite", "PET scan", "VET course")."""
_SENTENCE_GOES_ON = (
    # English, then the Spanish, French and German small words a clause goes on with
    # ("10:00 ART if that works", "10:00 ART hora de Buenos Aires", "10:00 ART por Zoom").
    r"on|via|by|at|in|for|and|or|with|to|sharp|time|please|if|the|a|an|we|you|i|he|she"
    r"|they|your|our|is|are|will|would|works|should|can|could|then|when|so|as|that|this"
    r"|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|standard|summer|daylight|zone|hora|horas|de|del|el|la|los|las|por|en|y|o|para|con"
    r"|heure|heures|le|du|des|par|sur|et|ou|avec|uhr|um|und|oder|per|bitte|mit"
)
_ACRONYM_NOUN = re.compile(rf"[ \t]+(?!(?:{_SENTENCE_GOES_ON})\b)[A-Za-z]", re.IGNORECASE)
"""A word right after an abbreviation, other than the small words a sentence goes on with
(or a place: "10:00 ART Buenos Aires" is the zone, captioned)."""

_IANA_NAME = re.compile(
    r"[\s(\[,.]{0,4}(?P<z>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian"
    r"|Pacific|US|Canada)(?:/[A-Z][A-Za-z_\-]+){1,2})\)?(?![\w/])"
)
"""An IANA zone name ("America/Los_Angeles", "Europe/London"), checked against tzdata; the
old "US/Central" and "Canada/Atlantic" links tzdata keeps are read as well."""

_BESIDE = re.compile(
    r"[ \t]*(?:[(\[][ \t]*([^()\[\]\n]{2,40}?)[ \t]*[)\]]|[,/–-][ \t]*(\S[^\n]{1,40}))"
)
"""A place in brackets or after a dash beside a zone abbreviation: "CST (Mexico City)"."""

_PERSON_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
"""After a place name, a capitalised word means a person ("10:00 Sydney Park"), not a zone."""
_COMPOUND_NEXT = re.compile(r"-[a-z]")
"""A place in a compound adjective ("Tehran-born", "Lima-based") describes, not a clock."""
_PLACE_SEP = re.compile(r"\s*[,;:]\s*")
_PLACE_END = re.compile(r"[ \t]*(?:[.,;)]|$)")


def _offset_plausible(tz: dt.tzinfo, offset: dt.timedelta) -> bool:
    """Whether ``tz`` has ``offset`` in winter or summer (so a label's city fits its offset)."""
    for month in (1, 7):
        probe = dt.datetime(2026, month, 15, 12, tzinfo=tz).utcoffset()
        if probe is not None and abs(probe - offset) <= dt.timedelta(hours=1):
            return True
    return False


def _hour(h: int, ap: str | None, pats: _Patterns) -> int | None:
    """24-hour value for an hour with an optional am/pm marker."""
    if ap is None:
        return h if 0 <= h <= 23 else None
    if not 1 <= h <= 12:
        return None
    ap = ap.lower()
    if ap in pats.pm:
        return 12 if h == 12 else h + 12
    return 0 if h == 12 else h


_WORD_NEXT = re.compile(r"[ \t]*[^\W\d_]")
"""A word right after a number: "10 personas" counts, "10 hs" would be an hour word."""

_DAY_MONTH_DOT = re.compile(r"[0-3]?\d\.(?:0?[1-9]|1[0-2])\.")
"""A German day and month ("ab 10.03."): a date, not a dotted time, after an at-word."""

_OFFSET_BEFORE = re.compile(r"(?:(?:UTC|GMT)[ \t]?[+\-−]|[(\[][+\-−])[ \t]?\Z")
"""The sign of a zone offset right before digits: "(GMT+08:00)", "UTC-03:00", "(+05:30)"."""

_RANGE_END_ZONE = re.compile(r"[ \t]*\(?(?:UTC|GMT)(?![ \t]?[+\-−][ \t]?\d)", re.IGNORECASE)
"""A bare UTC or GMT after a clock: "11:00 UTC" ends "10:00 UTC - 11:00 UTC"."""

_BARE_ZONE = re.compile(r"^[\s(\[,.]{0,4}(?:UTC|GMT)", re.IGNORECASE)
"""The bare UTC or GMT that opens a zone label."""


def _clock_not_offset(text: str, pos: int, pats: _Patterns) -> bool:
    """Whether the digits at ``pos``, after "UTC -", are a clock time and no offset.

    A range's end with am/pm ("10am GMT - 11am GMT") or its own bare zone ("10:00 UTC -
    11:00 UTC"); an offset never carries either.
    """
    t = pats.time.match(text, pos)
    if t is None or not t.group("h1"):
        return False
    return bool(t.group("ap1")) or _RANGE_END_ZONE.match(text, t.end()) is not None


_OFFSET_LEAD = re.compile(
    r"(?<![\w+\-−])(\(?(?:UTC|GMT)[ \t]?[+\-−][ \t]?\d{1,2}(?::?\d\d)?\)?)[ \t]*\Z"
)
"""A zone offset right before a time: "(GMT+08:00) 9:00 AM", "UTC+1 10:00"."""

_MONEY_NEXT = re.compile(r"\s*(?:[€$£¥%]|(?:eur|euros?|usd|gbp|chf|mxn|ars|cop|clp)\b)", re.I)
"""A currency or a percent after a number: "at 14.30 EUR" is a price, not a clock."""


# A bare letter glued to an hour, as the English markers the lexicon always holds.
_GLUED = {"a": "am", "p": "pm"}


_LAST_TOKEN = re.compile(r"(\S+)\s*\Z")


def _glued_ok(text: str, at: int, lex: Lexicon) -> bool:
    """Whether an hour with a glued "a"/"p" follows what a time follows.

    A date, "@", "at", a weekday or "tmrw" comes before "9a"; a word such as "Suite" or
    "Room" makes "3a" a unit's name.
    """
    m = _LAST_TOKEN.search(text[max(0, at - 30) : at])
    if m is None:
        return True
    token = m.group(1).strip(",.;:()").lower()
    if not token or not any(c.isalpha() for c in token):
        return True
    return (
        token in lex.at_words
        or token in lex.weekdays
        or token in lex.relative_days
        or token in lex.months
    )


def _retrying(pattern: re.Pattern[str], text: str, out: list[TimeHit]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern``; after one the caller turned down, look again one char on.

    The caller appends to ``out`` what it keeps. A longer reading turned down ("10 à 14:30"
    is no range when "10" is a day) must not hide the time inside it ("14:30").
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        kept = len(out)
        yield m
        pos = m.end() if len(out) > kept else m.start() + 1


_SUFFIX_MINUTES = re.compile(r"[ \t]+([0-5]\d)(?![\d:./,]|[ \t]*(?:min|%|€|\$))", re.I)
"""Minutes after an hour word ("15 heures 30"), not a count of minutes or money after it."""


def find_times(text: str, lex: Lexicon) -> list[TimeHit]:
    """Clock times with optional ranges and zones."""
    pats = _patterns(lex)
    iso = _iso_times(text, lex) + _word_times(text, lex)
    out: list[TimeHit] = []
    for m in _retrying(pats.time, text, out):
        if out and m.start() < out[-1].end:
            continue  # inside the previous time's zone label: "(UTC+01:00)"
        if _OFFSET_BEFORE.search(text, max(0, m.start() - 6), m.start()) and not _clock_not_offset(
            text, m.start(), pats
        ):
            # "(GMT+08:00) Asia/Manila", "GMT-0400": an offset's digits are no clock time,
            # wherever the label stands (a heading line, a subject, an agenda row).
            continue
        if any(t.pos <= m.start() < t.end for t in iso):
            # The offset of "2026-06-03T10:00:00+02:00" is no clock of its own, nor is the
            # hour of "a las 10 y media".
            continue
        if m.group("noon"):
            word = m.group("noon").lower()
            start = dt.time(0, 0) if word in lex.midnight else dt.time(12, 0)
            until = None
        else:
            if (m.group("g1") or m.group("g2")) and not _glued_ok(text, m.start(), lex):
                continue  # "Suite 3a", "Flat 2p": a unit's letter, not a clock
            ap1 = m.group("ap1") or _GLUED.get((m.group("g1") or "").lower())
            ap2 = m.group("ap2") or _GLUED.get((m.group("g2") or "").lower())
            # Flemish writes "14u30" as French writes "14h30" ("u" for "uur"): the same clock.
            s1 = (m.group("s1") or "").strip().replace("u", "h").replace("U", "h")
            s2 = (m.group("s2") or "").strip().replace("u", "h").replace("U", "h")
            h2 = m.group("h2")
            # An hour word ("14 Uhr", "10:00 - 11:00 Uhr") makes both ends 24-hour times.
            suffix = bool(m.group("suf1") or m.group("suf2"))
            before = text[max(0, m.start() - 30) : m.start()]
            # "at 14.30", "um 9.15", "a las 10": after an at-word a dotted number is a
            # clock, and after "a las" a bare one is; a price or a share never follows.
            led = bool(
                pats.at_end.search(before) or (h2 is not None and pats.range_end.search(before))
            ) and not _MONEY_NEXT.match(text, m.end())
            marked = bool(pats.morning.match(text, m.end()) or pats.evening.match(text, m.end()))
            bare = (
                not s1
                and led
                and bool(
                    pats.clock_end.search(before)
                    or (h2 is None and (marked or pats.dated_at.search(before)))
                )
            )
            if (
                bare
                and _WORD_NEXT.match(text, m.end())
                and not pats.follower.match(text, m.end())
                and not zone_at(text[m.end() : m.end() + 120], lex)[2]
            ):
                # "a las 10 personas": a count after "a las", not the hour.
                bare = False
            if (
                not s1
                and not bare
                and led
                and h2 is None
                and not (ap1 or m.group("suf1"))
                and zone_at(text[m.end() : m.end() + 120], lex)[2]
            ):
                # "Wednesday at 3 (Eastern)", "at 10 CET": a zone makes the bare hour a clock.
                bare = True
            dotted = s1 == "." and led and not _DAY_MONTH_DOT.match(text, m.start())
            if (
                s1 == "."
                and s2 == "."
                and int(m.group("m1") or 1) in _QUARTERS
                and int(m.group("m2") or 1) in _QUARTERS
                and int(m.group("h1")) < int(h2 or 0) <= int(m.group("h1")) + 4
                and not _MONEY_NEXT.match(text, m.end())
            ):
                # "10.00-11.00 (UK time)": two dotted quarter hours a short span apart are
                # a meeting's range, not versions ("2.10-2.12") or prices.
                dotted = True
            is_24h = (s1 in (":", "h") and m.group("m1") is not None) or suffix or dotted or bare
            if not (ap1 or ap2 or is_24h):
                continue
            if s1 == "." and not (ap1 or ap2 or suffix or dotted):
                continue
            if (s1 == "h" or suffix) and not (ap1 or ap2) and int(m.group("h1")) < 6:
                # "1h30", "2 h": a duration, not a 24-hour clock time in the small hours.
                continue
            if suffix and not (ap1 or ap2) and m.group("m1") is None:
                if pats.lead_end.search(before):
                    continue  # "takes 8 hrs", "about 12 h", "pendant 10 heures"
                which = "suf1" if m.group("suf1") else "suf2"
                word = m.group(which).lower()
                glued = len(word) == 1 and text[m.start(which) - 1].isdigit()
                if word in pats.loose_suffixes and not glued and not led:
                    # "8 hrs on site", "12 h with travel": a length of time. Clock forms
                    # are "14h", "14h30", "14 h 30" and "à 14 heures".
                    continue
            if h2 is not None and not (
                ap2 or ap1 or s2 in (":", "h") or suffix or (dotted and s2 == ".")
            ):
                # "10:00-5" is not a range we trust; keep the start only.
                h2 = None
            h1 = _hour(int(m.group("h1")), ap1 or (ap2 if h2 else None), pats)
            if h1 is None:
                continue
            if (
                not (ap1 or ap2)
                and 1 <= h1 <= 6
                and not m.group("h1").startswith("0")
                and (s1 in (":", ".") or bare)
                and not pats.morning.match(text, m.end())
            ):
                # "2:00", "2.30", "a las 4" with no am/pm are afternoons: nobody books a
                # 2 a.m. interview, and 24-hour writers put a leading zero or use 14:00.
                # "at 6 in the morning" says otherwise, in words.
                h1 += 12
            if not (ap1 or ap2) and h1 < 12 and pats.evening.match(text, m.end()):
                h1 += 12  # "at 7 in the evening", "a las 8 de la noche"
            start = dt.time(h1, int(m.group("m1") or 0))
            until = None
            if h2 is not None:
                hh2 = _hour(int(h2), ap2 or ap1, pats)
                if (
                    hh2 is not None
                    and not (ap1 or ap2)
                    and 1 <= hh2 <= 6
                    and not h2.startswith("0")
                    and dt.time(hh2) < start
                ):
                    hh2 += 12  # "11:30-1:00", "2:00-3:00": the end is in the afternoon too
                if hh2 is not None:
                    until = dt.time(hh2, int(m.group("m2") or 0))
                    if ap1 is None and ap2 is not None and until < start:
                        # "11-1pm": the start is before noon.
                        alt = _hour(
                            int(m.group("h1")), "am" if ap2.lower() in pats.pm else "pm", pats
                        )
                        if alt is not None:
                            start = dt.time(alt, start.minute)
            if m.group("h2") is not None and until is None and not (ap1 or is_24h):
                continue
        end = m.end()
        if (
            m.group("suf1")
            and m.group("m1") is None
            and until is None
            and (trail := _SUFFIX_MINUTES.match(text, end))
        ):
            # "à 15 heures 30", "um 14 Uhr 30": the minutes written after the hour word.
            start = start.replace(minute=int(trail.group(1)))
            end = trail.end()
        tz, name, used = zone_at(text[end : end + 120], lex)
        last = "suf2" if m.group("suf2") else "suf1"
        if not used and m.group(last) and m.group("m2" if last == "suf2" else "m1"):
            # "14h30 heure de Montréal": the hour word read after the minutes begins the
            # zone's name; the minutes already made it a clock.
            tz, name, used = zone_at(text[m.start(last) : m.start(last) + 120], lex)
            end = m.start(last) if used else end
        for lead_at in (end, m.start(last)) if m.group(last) else (end,):
            # "10am our time (CET)": the zone follows the words naming whose clock it is
            # ("15h00 heure locale de Lyon": the hour word may begin those words).
            if used or not (filler := pats.zone_filler.match(text, lead_at)):
                continue
            tz, name, used = zone_at(text[filler.end() : filler.end() + 120], lex)
            end = filler.end() if used else end
        if not used and (place := pats.zone_place.match(text, end)):
            # "1pm Perth time (4pm in Melbourne)": only a place's name, never an abbreviation
            # or offset after the word ("in PT" is rare, "à 10h en GMT" rarer still).
            tz, name, used = _place_zone(text[place.end() : place.end() + 120], pats, lex)
            end = place.end() if used else end
        if not used and (lead := _OFFSET_LEAD.search(text, max(0, m.start() - 24), m.start())):
            # "(GMT+08:00) 9:00 AM - 9:45 AM": an ATS row's zone printed before its time.
            tz, name, lead_used = zone_at(lead.group(1), lex)
            tz, name = (tz, name) if lead_used else (None, None)
        after = text[end : end + 120]
        abbr = pats.zone_abbr.match(after)
        alone = bool(abbr and abbr.end() == used)
        word = abbr.group("z").upper() if abbr and alone else None
        # "10am your time" with no zone after it: the reader's clock, whatever the message
        # states for all its other times.
        reader = not used and bool(pats.reader_clock.match(text, end))
        out.append(TimeHit(m.start(), end + used, start, until, tz, name, alone, word, reader))
    military = _military_times(text, lex, [*out, *iso])
    if military or iso:
        out = sorted([*out, *military, *iso], key=lambda t: t.pos)
    return _academic_quarter(text, _restated(text, _spans(text, out, lex), lex))


def _shift(t: dt.time, minutes: int) -> dt.time:
    """A clock time moved by some minutes (within the day)."""
    return (dt.datetime.combine(dt.date(2000, 1, 1), t) + dt.timedelta(minutes=minutes)).time()


_CUM_TEMPORE = re.compile(r"[ \t]*(?:Uhr[ \t]*)?\(?(?:c\.[ \t]?t\.|cum tempore)(?!\w)", re.I)


def _academic_quarter(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """A time "c.t." (cum tempore: German universities' academic quarter) starts 15 min later.

    "10 Uhr c.t." begins at 10:15; "s.t." (sine tempore) is the hour itself.
    """
    out: list[TimeHit] = []
    for h in hits:
        if not (_CUM_TEMPORE.match(text, h.end) and h.start.minute == 0):
            out.append(h)
            continue
        # A range keeps the quarter at both ends: "10-12 Uhr c.t." is 10:15 to 11:45.
        until = h.until
        if until is not None and until.minute == 0:
            until = _shift(until, -15)
        out.append(dataclasses.replace(h, start=_shift(h.start, 15), until=until))
    return out


_RESTATE_GAP = re.compile(r"[ \t]*\(?[ \t]*")
_CLOSE = re.compile(r"[ \t]*\)")


def _restated(text: str, hits: list[TimeHit], lex: Lexicon) -> list[TimeHit]:
    """Fold a time said twice side by side into one ("midday (12:00) UK time", "12:00 noon
    CET"): the zone written after either, or after the bracket closing the second, is the
    time's."""
    out: list[TimeHit] = []
    for t in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.start == t.start
            and prev.until is None
            and (prev.zone is None or t.zone is None)
            and _RESTATE_GAP.fullmatch(text, prev.end, t.pos)
        ):
            zone, name = (t.zone, t.zone_name) if prev.zone is None else (prev.zone, prev.zone_name)
            tail = t.end
            close = _CLOSE.match(text, t.end)
            if zone is None and close:
                zone, name, used = zone_at(text[close.end() : close.end() + 120], lex)
                tail = close.end() + used if used else tail
            if prev.zone is not None:
                tail = max(prev.end, t.end)
            out[-1] = dataclasses.replace(
                prev,
                end=tail,
                until=t.until,
                zone=zone,
                zone_name=name,
                by_abbreviation=t.by_abbreviation if prev.zone is None else prev.by_abbreviation,
                abbreviation=t.abbreviation if prev.zone is None else prev.abbreviation,
            )
            continue
        out.append(t)
    return out


@per_lexicon
def _span_parts(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The lead before and the joiner between the two times of "between 2pm and 3pm", and
    the same span's bare first hour right before its second time ("between 2 *and* 3pm")."""
    lead = words_alt(list(lex.span_leads))
    joiner = words_alt(list(lex.span_joiners))
    return (
        re.compile(rf"(?<!\w)(?:{lead})[ \t]+\Z", re.IGNORECASE),
        re.compile(rf"[ \t]+(?:{joiner})[ \t]+", re.IGNORECASE),
        re.compile(
            rf"(?<!\w)(?:{lead})[ \t]+(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?"
            rf"[ \t]+(?:{joiner})[ \t]+\Z",
            re.IGNORECASE,
        ),
    )


_SPAN_MAX = dt.timedelta(hours=8)
"""The longest span a bare first hour may open ("between 10 and 2pm" is four hours)."""


def _bare_span_start(text: str, t: TimeHit, bare: re.Pattern[str]) -> tuple[int, dt.time] | None:
    """Where "between 2 and 3pm" begins, and its first hour, read on the second's clock.

    The bare hour takes the latest reading before the second time: "between 11 and 1pm"
    starts at 11:00, "zwischen 14 und 15 Uhr" at 14:00, "between 9 and 10am" at 9:00.
    """
    if t.until is not None or not text[t.pos : t.pos + 1].isdigit():
        return None
    found = bare.search(text, max(0, t.pos - 40), t.pos)
    if found is None:
        return None
    hour, minute = int(found.group("h")), int(found.group("m") or 0)
    second = dt.datetime.combine(dt.date.min, t.start)
    best: dt.time | None = None
    for h in (hour, hour + 12) if hour < 12 else (hour,):
        first = dt.datetime.combine(dt.date.min, dt.time(h, minute))
        if first < second and second - first <= _SPAN_MAX:
            best = first.time()
    if best is None:
        return None
    return found.start("h"), best


def _spans(text: str, hits: list[TimeHit], lex: Lexicon) -> list[TimeHit]:
    """Join "between 2pm and 3pm" ("zwischen 14 und 15 Uhr") into one time with its end.

    "and" alone joins two options ("2pm and 4pm both work"); after "between" it is a range.
    """
    lead, joiner, bare = _span_parts(lex)
    out: list[TimeHit] = []
    skip = -1
    for i, t in enumerate(hits):
        if i == skip:
            continue
        opened = _bare_span_start(text, t, bare)
        if opened is not None and not (out and out[-1].end > opened[0]):
            out.append(dataclasses.replace(t, pos=opened[0], start=opened[1], until=t.start))
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and t.until is None
            and nxt.until is None
            and lead.search(text, max(0, t.pos - 20), t.pos)
            and joiner.fullmatch(text, t.end, nxt.pos)
            and nxt.start > t.start
        ):
            zone = t.zone or nxt.zone
            name = t.zone_name or nxt.zone_name
            out.append(
                dataclasses.replace(t, end=nxt.end, until=nxt.start, zone=zone, zone_name=name)
            )
            skip = i + 1
            continue
        out.append(t)
    return out


# ISO 8601 / RFC 3339 date-times as ATS exports and JSON-minded tools print them: the time
# right after a date's "T", with its seconds and its offset ("2026-06-03T10:00:00+02:00").
_ISO_TIME = re.compile(
    r"(?<=\d)T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?"
    r"(?:(?P<z>Z)|(?P<s>[+\-])(?P<oh>[01]\d):?(?P<om>[0-5]\d))?(?![\w:])"
)


@per_lexicon
def _word_clock(lex: Lexicon) -> re.Pattern[str]:
    """A clock told in words: "half past two", "quarter to ten", "halb drei", "a las diez y
    media", "à deux heures et demie"."""
    hours = rf"\d{{1,2}}|{words_alt(list(lex.hour_words))}"
    suf = words_alt(list(lex.hour_suffixes))
    ampm = words_alt([*lex.am, *lex.pm])
    before = words_alt(list(lex.clock_fractions))
    after = words_alt(list(lex.clock_fractions_after))
    return re.compile(
        rf"(?<![\w:.])(?:(?P<f>{before})[ \t]+(?P<h>{hours})"
        rf"|(?P<h2>{hours})(?:[ \t]*(?:{suf}))?[ \t]+(?P<f2>{after}))"
        rf"(?![\w:])(?:[ \t]*(?P<ap>{ampm})(?!\w))?",
        re.IGNORECASE,
    )


@per_lexicon
def _day_after_clock(lex: Lexicon) -> re.Pattern[str]:
    """A day named right after a clock: "half past two *on Friday*", "halb drei *am Montag*"."""
    leads = words_alt([*lex.day_leads, *lex.day_articles, *lex.next_words])
    days = words_alt([*lex.weekdays, *lex.relative_days])
    return re.compile(rf"[ \t]+(?:(?:{leads})[ \t]+)?(?:{days})(?!\w)", re.IGNORECASE)


def _word_times(text: str, lex: Lexicon) -> list[TimeHit]:
    """Clocks told in words, after an at-word ("at half past two", "um halb drei") or
    before the day they fall on ("Half past two on Friday suits us").

    With no am/pm, 1 to 6 are afternoon hours, as for "at 2:30".
    """
    pats = _patterns(lex)
    out: list[TimeHit] = []
    for m in _word_clock(lex).finditer(text):
        # Without an at-word, a part of the day after it makes it a clock too: "🕘 9 y media
        # de la mañana" on a line of its own, "half past two in the afternoon".
        fraction = m.group("f") or m.group("f2")
        if not (
            pats.at_end.search(text[max(0, m.start() - 30) : m.start()])
            # Dutch "om half drie" (2:30): the at-word is part of the fraction, which keeps
            # the English "half three" (3:30) from reading it.
            or (m.group("f") and pats.at_end.search(fraction.rsplit(None, 1)[0]))
            or _day_after_clock(lex).match(text, m.end())
            or pats.morning.match(text, m.end("h") if m.group("f") else m.end("f2"))
            or pats.evening.match(text, m.end("h") if m.group("f") else m.end("f2"))
            or (m.group("ap") and not _WORD_NEXT.match(text, m.end()))
        ):
            continue
        word = (m.group("h") or m.group("h2")).lower()
        hour = int(word) if word.isdigit() else lex.hour_words.get(word)
        shift = (lex.clock_fractions if m.group("f") else lex.clock_fractions_after).get(
            " ".join(fraction.lower().split())
        )
        if hour is None or shift is None or not 1 <= hour <= 23:
            continue
        ap = m.group("ap")
        end = m.end()
        if ap and _WORD_NEXT.match(text, end) and not zone_at(text[end : end + 120], lex)[2]:
            # "um halb drei am Nachmittag": German "am" begins a phrase; no meridiem.
            ap, end = None, m.start("ap")
        h24 = _hour(hour, ap, pats) if ap else hour
        if h24 is None:
            continue
        if not ap and 1 <= hour <= 6 and not pats.morning.match(text, end):
            h24 += 12
        elif not ap and h24 < 12 and pats.evening.match(text, end):
            h24 += 12  # "at half past seven in the evening"
        minutes = (h24 * 60 + shift) % (24 * 60)
        tz, name, used = zone_at(text[end : end + 120], lex)
        start = dt.time(minutes // 60, minutes % 60)
        out.append(TimeHit(m.start(), end + used, start, None, tz, name))
    return out


def _iso_times(text: str, lex: Lexicon) -> list[TimeHit]:
    """The times of ISO 8601 date-times, in the offset they state (RFC 3339 5.6)."""
    out: list[TimeHit] = []
    for m in _ISO_TIME.finditer(text):
        start = dt.time(int(m.group("h")), int(m.group("m")))
        tz: dt.tzinfo | None = None
        name: str | None = None
        if m.group("z"):
            tz, name = dt.UTC, "UTC"
        elif m.group("s"):
            delta = dt.timedelta(hours=int(m.group("oh")), minutes=int(m.group("om")))
            tz = dt.timezone(-delta if m.group("s") == "-" else delta)
        used = 0
        if tz is None:
            tz, name, used = zone_at(text[m.end() : m.end() + 120], lex)
        out.append(TimeHit(m.start(), m.end() + used, start, None, tz, name))
    return out


# "0800", "1430", "0800-0900": four-digit 24-hour clocks, as forces, hospitals and public
# services write them. Not after a sign, a unit mark or a separator ("#1430", "$1500",
# "555-0800", "v2.1430") and not running into more digits ("0800 123 4567").
_MILITARY = re.compile(
    r"(?<![\w:./#$€£+\-])([01]\d|2[0-3])([0-5]\d)"
    r"(?:[ \t]*[-–][ \t]*([01]\d|2[0-3])([0-5]\d))?"
    r"(?:(?=h(?:rs?|ours?)?\b)|(?![\w:/]|[.,]\d|[ \t]*\d))"
)
_QUARTERS = frozenset({0, 15, 30, 45})
_MILITARY_NEXT = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\r?\n|\Z)|[ \t]+[^\W\d_A-Z]{1,3}(?!\w)")
_MILITARY_SPAN = dt.timedelta(hours=4)
"""The longest range read from two bare four-digit numbers ("0800-0900")."""


@per_lexicon
def _military_lead(lex: Lexicon) -> re.Pattern[str]:
    """An at-word right before a clock ("at 0800"); not a range's lead ("from 2019")."""
    leads = [w for w in lex.at_words if w not in lex.range_leads]
    return re.compile(rf"(?<![\w])(?:{words_alt(leads)})[ \t]*\Z", re.IGNORECASE)


def _military_times(text: str, lex: Lexicon, taken: list[TimeHit]) -> list[TimeHit]:
    """Four-digit 24-hour clocks in a time context: "at 0800", "0800-0900", "1430 hrs".

    A year ("in 2026", "from 2019"), a room ("Room 1430"), an order or phone number is no
    clock: the number needs an at-word before it, a second such number as its range, or a
    24-hour suffix after it (lexicon ``clock_24h_suffix``); without the suffix its minutes
    are a quarter hour, it starts before 19:00 (so no year 1900-2099 passes), and a
    clause end, a short word or a zone follows it ("at 1430 Main Street" is an address).
    """
    out: list[TimeHit] = []
    for m in _MILITARY.finditer(text):
        if any(t.pos < m.end() and m.start() < t.end for t in taken):
            continue
        h1, m1 = int(m.group(1)), int(m.group(2))
        if text[m.end() : m.end() + 1].lower() == "h" and m1 not in _QUARTERS:
            continue  # "1000hrs" is a clock; "2026hr" is a year or a count
        start = dt.time(h1, m1)
        until = None
        end = m.end()
        suffix = lex.phrase("clock_24h_suffix").match(text, end)
        led = bool(_military_lead(lex).search(text, max(0, m.start() - 30), m.start()))
        if m.group(3) is not None:
            h2, m2 = int(m.group(3)), int(m.group(4))
            until = dt.time(h2, m2)
            span = dt.datetime.combine(dt.date.min, until) - dt.datetime.combine(dt.date.min, start)
            if not (dt.timedelta(0) < span <= _MILITARY_SPAN) or m2 not in _QUARTERS:
                continue
        elif not (led or suffix):
            continue
        if suffix:
            end = suffix.end()
        elif h1 >= 19 or m1 not in _QUARTERS:
            continue
        tz, name, used = zone_at(text[end : end + 120], lex)
        if not (suffix or used or _MILITARY_NEXT.match(text, end)):
            continue
        out.append(TimeHit(m.start(), end + used, start, until, tz, name))
    return out


_REPAIR_SPAN = dt.timedelta(days=190)
"""How far ahead a stated weekday may move a date without a year to another year."""


def _year_for(month: int, day: int, ref: dt.date | None, weekday: int | None) -> dt.date | None:
    """Resolve a date without a year: next occurrence on or after ``ref``, weekday-checked."""
    years: list[int] = []
    if ref is not None:
        years = [ref.year, ref.year + 1, ref.year - 1]
    candidates: list[dt.date] = []
    for y in years:
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        assert ref is not None
        # The weekday repairs the year near New Year ("Tuesday 5 January" sent on 28
        # December); a year away it only shows the weekday is a slip ("Thursday 3 June"
        # when the 3rd is a Wednesday), and the next 3 June is meant.
        upcoming = [c for c in matching if ref - dt.timedelta(days=1) <= c <= ref + _REPAIR_SPAN]
        if upcoming:
            return min(upcoming)
        # "Following your interview on Friday 2/27" in March: the weekday names the recent
        # past date, not next year's 2/27 (a Saturday then).
        recent = [c for c in matching if ref - dt.timedelta(days=60) <= c < ref]
        if recent:
            return max(recent)
    assert ref is not None
    future = [c for c in candidates if c >= ref - dt.timedelta(days=1)]
    return min(future) if future else candidates[0]


def _day_of_month(day: int, ref: dt.date, weekday: int | None) -> dt.date | None:
    """The next ``day`` of a month on or after ``ref`` ("the 10th", "el martes 10").

    With a weekday, the first of the next few months where that day falls on it; when none
    does, the next occurrence (its weekday then disagrees and the caller sees it).
    """
    found: list[dt.date] = []
    for ahead in range(4):
        y, mo = divmod(ref.month - 1 + ahead, 12)
        d = _mkdate(ref.year + y, mo + 1, day)
        if d is not None and d >= ref - dt.timedelta(days=1):
            found.append(d)
    if weekday is not None:
        for d in found:
            if d.weekday() == weekday:
                return d
    return found[0] if found else None


_SEASON_DAYS = 120
"""How far ahead a date written without a year is taken to lie, at most, when another
reading of its numbers would lie further out."""


def _mkdate(y: int, m: int, d: int) -> dt.date | None:
    """A date or None when out of range."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _full_year(y: int) -> int:
    """Two-digit years are 20xx."""
    return 2000 + y if y < 100 else y


def find_dates(text: str, lex: Lexicon, ref: dt.date | None, order: DateOrder) -> list[DateHit]:
    """Calendar dates in text, resolved against ``ref`` (the message's date)."""
    pats = _patterns(lex)
    out: list[DateHit] = []
    pos = 0
    while (m := pats.date.search(text, pos)) is not None:
        hit = _date_hit(m, text, lex, ref, order)
        if hit is None:
            # A reading turned down ("mar 10" is no month in "mar. 10 mars", "sun" is no
            # weekday) must not hide a date that starts inside it: look again one char on.
            pos = m.start() + 1
            continue
        out.append(hit)
        pos = m.end()
    return _merge_beside(text, _drop_weekday_spans(text, _same_days(text, out, lex), lex))


@per_lexicon
def same_day_re(lex: Lexicon) -> re.Pattern[str]:
    """ "the same day", "am selben Tag", "le même jour", "el mismo día"."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.same_day))})(?!\w)", re.IGNORECASE)


def says_same_day(text: str, lex: Lexicon) -> bool:
    """Whether text keeps a day written elsewhere ("4pm the same day", "am selben Tag")."""
    return bool(lex.same_day) and same_day_re(lex).search(text) is not None


@per_lexicon
def _same_time_re(lex: Lexicon) -> re.Pattern[str]:
    """ "the same time", "zur selben Uhrzeit", "à la même heure", "a la misma hora"."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.same_time))})(?!\w)", re.IGNORECASE)


def same_time_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where text keeps the clock time written elsewhere ("Wednesday instead, same time")."""
    if not lex.same_time:
        return []
    return [m.span() for m in _same_time_re(lex).finditer(text)]


def _same_days(text: str, hits: list[DateHit], lex: Lexicon) -> list[DateHit]:
    """Add "the same day" as the date written before it, within the next 300 characters.

    "We have moved it to 11:30am the same day": the time keeps the day it had.
    """
    if not hits or not lex.same_day:
        return hits
    added: list[DateHit] = []
    for m in same_day_re(lex).finditer(text):
        prev = [h for h in hits if h.end <= m.start()]
        if not prev or m.start() - prev[-1].end > 300:
            continue
        added.append(
            dataclasses.replace(
                prev[-1], pos=m.start(), end=m.end(), rel_days=None, rel_weekday=None
            )
        )
    return sorted([*hits, *added], key=lambda h: h.pos) if added else hits


@per_lexicon
def _weekday_span_gap(lex: Lexicon) -> re.Pattern[str]:
    """What joins two weekdays into a span of days ("Mon-Thu", "Monday to Friday", "du lundi
    au vendredi"): a range's joiner, or French "au" (à + le)."""
    joiners = words_alt([*lex.range_joiners, "au", "thru"])
    return re.compile(rf"\.?[ \t]*(?:{joiners})[ \t]*", re.IGNORECASE)


def _drop_weekday_spans(text: str, hits: list[DateHit], lex: Lexicon) -> list[DateHit]:
    """Drop weekdays that name a span of days ("open Monday to Friday, 9-5", "Mo-Fr").

    Office and support hours are written so; neither end is the day of a meeting.
    """
    gap = _weekday_span_gap(lex)
    moved = lex.phrase("moved_range_from")
    drop: set[int] = set()
    for a, b in itertools.pairwise(hits):
        if a.weekday_only and b.weekday_only and gap.fullmatch(text, a.end, b.pos):
            if moved.search(text[max(0, a.pos - 60) : a.pos]):
                # "move your interview from Wednesday to Thursday": the old day and the
                # new one, no span of days.
                continue
            drop.update((a.pos, b.pos))
    return [h for h in hits if h.pos not in drop] if drop else hits


_BESIDE_GAP = re.compile(r"[\s,(\[\])]{0,4}")


def _merge_beside(text: str, hits: list[DateHit]) -> list[DateHit]:
    """Fold a lone weekday into the date written beside it in brackets.

    "Tuesday (3/10) at 2pm", "3/10 (Tuesday)", "tomorrow (Tuesday)": the weekday names that
    date's day; read alone it would be the next such weekday, a second and wrong moment.
    """
    out: list[DateHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.weekday_only != hit.weekday_only
            and "(" in text[prev.end : hit.pos] + text[hit.end : hit.end + 1]
            and _BESIDE_GAP.fullmatch(text[prev.end : hit.pos])
        ):
            lone, full = (prev, hit) if prev.weekday_only else (hit, prev)
            stated = lone.date.weekday()
            ok = full.weekday_ok if full.weekday_stated else full.date.weekday() == stated
            out[-1] = dataclasses.replace(
                full,
                pos=prev.pos,
                end=hit.end,
                weekday_stated=True,
                weekday_ok=ok,
            )
            continue
        out.append(hit)
    return out


def _date_hit(
    m: re.Match[str], text: str, lex: Lexicon, ref: dt.date | None, order: DateOrder
) -> DateHit | None:
    """The date one match of the date pattern means, or None when it is no date."""
    pats = _patterns(lex)
    g = m.group
    rel_days: int | None = None
    rel_weekday: int | None = None
    rel_week = week_on = False
    end = m.end()
    wd_word = g("wa") or g("wb") or g("wc") or g("wd") or g("wp")
    weekday = lex.weekdays.get(wd_word.lower().rstrip(".")) if wd_word else None
    year_stated = False
    date: dt.date | None = None
    if g("iy"):
        date = _mkdate(int(g("iy")), int(g("im")), int(g("id")))
        year_stated = True
    elif g("ma") or g("mb"):
        mword = g("ma") or g("mb")
        # Short words like "may"/"mar"/"sun" are ordinary words unless capitalised, or
        # between a day and a year ("jue 19 mar 2026", as Spanish and French calendars
        # write the abbreviation in lower case), where no ordinary word stands.
        # A full month name is that short too (French "mai"): after a day and followed by a
        # clause break or the hour ("le 13 mai à 10h30", "mardi 13 mai, de 10h à 11h"), the
        # word is the month ("13 may be" is not).
        if (
            len(mword) <= 3
            and not mword[0].isupper()
            and not (g("da") and g("ya"))
            and not (g("da") and pats.day_follow.match(text, m.end()))
        ):
            return None
        month = lex.months[mword.lower()]
        day = int(g("da") or g("db"))
        ys = g("ya") or g("yb")
        if ys:
            date = _mkdate(int(ys), month, day)
            year_stated = True
        elif 1 <= day <= 31:
            date = _year_for(month, day, ref, weekday)
    elif g("na") or g("ha"):
        a, b_ = int(g("na") or g("ha")), int(g("nb") or g("hb"))
        pairs = [(b_, a), (a, b_)] if order == "dmy" else [(a, b_), (b_, a)]
        ys = g("nc") or g("hc")
        first: dt.date | None = None
        for month, day in pairs:
            if ys:
                date = _mkdate(_full_year(int(ys)), month, day)
                year_stated = True
            elif 1 <= month <= 12 and 1 <= day <= 31:
                date = _year_for(month, day, ref, weekday)
            # The configured order wins; the swapped reading only repairs a
            # date that is impossible or contradicts its stated weekday.
            if date is not None and (weekday is None or date.weekday() == weekday):
                break
            if weekday is None and date is not None:
                break  # an impossible date ("23/06" read month first) tries the swap
            first = first or date
            date = None
        # Neither reading agrees with the weekday: the configured order's stands.
        date = date or first
        if date is not None and weekday is not None and not ys and ref is not None:
            # "Wednesday 8/4" to a year-first user: 8 April is a Wednesday this spring, 4
            # August only next year. A weekday that fits the configured order a season or
            # more away fits the swapped one soon: a writer of the other habit.
            month, day = pairs[1]
            other = _year_for(month, day, ref, weekday) if 1 <= month <= 12 else None
            if (
                other is not None
                and other.weekday() == weekday
                and (date - ref).days > _SEASON_DAYS >= (other - ref).days
            ):
                date = other
    elif g("pa"):
        a, b_ = int(g("pa")), int(g("pb"))
        # Dotted numeric dates are day-first wherever they are used.
        if g("pc"):
            date = _mkdate(_full_year(int(g("pc"))), b_, a)
            year_stated = True
        elif 1 <= b_ <= 12 and 1 <= a <= 31:
            date = _year_for(b_, a, ref, weekday)
    elif g("dm") or g("dn"):
        if ref is None:
            return None
        word = g("wm")
        if word is not None:
            if len(word) <= 4 and not word[0].isupper():
                return None  # "sun 10", "wed 3": ordinary words
            if _capitalised_name(text, m.start("wm"), m.end("wm"), word, lex):
                return None  # "con Domingo 10 minutos": a first name
            weekday = lex.weekdays[word.lower().rstrip(".")]
        date = _day_of_month(int(g("dm") or g("dn")), ref, weekday)
    elif g("rel"):
        if ref is None or pats.article_end.search(text[max(0, m.start() - 12) : m.start()]):
            return None  # "por la mañana" is in the morning, not tomorrow
        if g("rel")[0].isupper() and g("rel").lower() in lex.lowercase_relative_days:
            return None  # "Morgen" is the morning; "morgen" is tomorrow
        rel_days = lex.relative_days[g("rel").lower()]
        date = ref + dt.timedelta(days=rel_days)
    elif g("wo"):
        word = g("wo")
        if (
            len(word) <= 4
            and not word[0].isupper()
            and not _typed_weekday(text, m.start(), m.end(), word)
        ):
            # "sun 10", "wed 3": ordinary words; "thu 2pm", "wed 7am" typed on a phone are
            # weekdays, a clock time right after them (the weekend's "sat", "sun" stay words).
            return None
        if _capitalised_name(text, m.start("wo"), m.end("wo"), word, lex):
            return None  # "with Domingo at 3pm": Spanish and French write weekdays in lower case
        if ref is None:
            return None
        target = lex.weekdays[word.lower().rstrip(".")]
        date = _next_weekday(ref, target)
        weekday = target
        rel_weekday = target
        after = _next_week_after(lex).match(text, m.end())
        if after or _next_week_before(lex).search(text, max(0, m.start() - 40), m.start()):
            # "Wednesday next week", "nächste Woche Mittwoch": the Wednesday of next week,
            # which is not the next Wednesday when said on a Monday or Tuesday.
            date = _in_next_week(ref, target)
            rel_week = True
            end = after.end() if after else end
        else:
            later = _week_on_after(lex).match(text, m.end())
            if later or _week_on_before(lex).search(text, max(0, m.start() - 30), m.start()):
                # "Thursday week", "a week on Thursday", "jeudi en huit": seven days after
                # the next Thursday.
                date += dt.timedelta(days=7)
                week_on = True
                end = later.end() if later else end
    if date is None:
        return None
    return DateHit(
        pos=m.start(),
        end=end,
        date=date,
        weekday_stated=weekday is not None,
        weekday_ok=weekday is None or date.weekday() == weekday,
        year_stated=year_stated,
        weekday_only=bool(g("wo")),
        rel_days=rel_days,
        rel_weekday=rel_weekday,
        rel_week=rel_week,
        week_on=week_on,
    )


@per_lexicon
def _next_week_after(lex: Lexicon) -> re.Pattern[str]:
    """ "next week" right after a weekday ("Wednesday next week", "mercredi de la semaine
    prochaine")."""
    return re.compile(rf"[ \t]*,?[ \t]*(?:{words_alt(list(lex.next_week))})(?!\w)", re.IGNORECASE)


@per_lexicon
def _week_on_after(lex: Lexicon) -> re.Pattern[str]:
    """Words right after a weekday that put it a week after its next date ("Thursday
    week")."""
    # ("Thursday Week 3 of the programme" numbers a week; it moves nothing.)
    return re.compile(
        rf"[ \t]+(?:{words_alt(list(lex.week_on_after))})(?!\w)(?![ \t]*(?:\d|one\b|two\b))",
        re.IGNORECASE,
    )


@per_lexicon
def _week_on_before(lex: Lexicon) -> re.Pattern[str]:
    """Words right before a weekday that put it a week after its next date ("a week on
    Thursday")."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.week_on_before))})[ \t]+\Z", re.IGNORECASE)


@per_lexicon
def _next_week_before(lex: Lexicon) -> re.Pattern[str]:
    """ "next week" right before a weekday ("next week on Wednesday", "nächste Woche
    Mittwoch")."""
    on = words_alt(["on", "am", "el", "le"])
    return re.compile(
        rf"(?<!\w)(?:{words_alt(list(lex.next_week))})[ \t]*,?[ \t]*(?:(?:{on})[ \t]+)?\Z",
        re.IGNORECASE,
    )


def _in_next_week(ref: dt.date, target: int) -> dt.date:
    """The ``target`` weekday of the week (Monday to Sunday) after ``ref``'s."""
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 + target)


def _next_weekday(ref: dt.date, target: int) -> dt.date:
    """The next ``target`` weekday after ``ref`` ("Tuesday" said on a Tuesday is a week on)."""
    ahead = (target - ref.weekday()) % 7
    return ref + dt.timedelta(days=ahead or 7)


def _counted_from(hit: DateHit, day: dt.date) -> dt.date:
    """A relative date ("tomorrow", "Thursday") counted from ``day`` instead."""
    if hit.rel_days is not None:
        return day + dt.timedelta(days=hit.rel_days)
    if hit.rel_weekday is not None:
        if hit.rel_week:
            return _in_next_week(day, hit.rel_weekday)
        later = dt.timedelta(days=7 if hit.week_on else 0)
        return _next_weekday(day, hit.rel_weekday) + later
    return hit.date


@per_lexicon
def _joiner_gap(lex: Lexicon) -> re.Pattern[str]:
    """A joiner word ("or", "oder", "ou") between a date and a time: two moments, not one."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.gap_joiners))})(?!\w)", re.IGNORECASE)


_GAP_BAD = re.compile(r"[.!?;]\s|\n\s*\n|[.!?;]$")


def _zone_gap(gap: str, lex: Lexicon) -> tuple[str, dt.tzinfo | None, str | None]:
    """``gap`` without a zone offset label in it, and that label's zone.

    "Thursday, March 12 (GMT+08:00) Asia/Manila, starting 9:00 AM", "Date: ...\nTime zone:
    GMT+08:00 Asia/Manila\nTime: 9:00 AM": the label (with the zone's name after it, or its
    own labelled line) stands between a date and its time; the gap without it is judged.
    """
    m = _GAP_OFFSET.search(gap)
    if m is None:
        return gap, None, None
    tz, name, used = zone_at(gap[m.start() :], lex)
    if not used:
        return gap, None, None
    start, end = m.start(), m.start() + used
    line_end = gap.find("\n", end)
    line_end = len(gap) if line_end < 0 else line_end
    tail = gap[end:line_end]
    iana = _IANA_NAME.match(tail)
    if iana:
        end += iana.end()
    elif _place_list(tail.strip(" \t")):
        end = line_end
    line_start = gap.rfind("\n", 0, start) + 1
    if (
        line_start > 0
        and line_end < len(gap)
        and _DATE_LABEL.fullmatch(gap[line_start:start])
        and not gap[end:line_end].strip()
    ):
        # "Time zone: GMT+08:00 Asia/Manila" on a line of its own: the whole line goes.
        start, end = line_start, line_end + 1
    return gap[:start] + gap[end:], tz, name


_GAP_OFFSET = re.compile(r"\(?(?:UTC|GMT)[ \t]?[+\-−][ \t]?\d{1,2}(?::?\d\d)?")
"""A zone offset label between a date and a time ("(GMT+08:00)", "UTC-3")."""


def _lead_undotted(gap: str, lead: re.Pattern[str]) -> str:
    """``gap`` with the dots of a clock lead ending it blanked, its length kept.

    "Wednesday 20/6 kl. 13": an abbreviated hour word's dot ends no sentence.
    """
    m = lead.search(gap)
    if m is None or "." not in m.group(0):
        return gap
    return gap[: m.start()] + m.group(0).replace(".", " ")


def _date_between(dates: list[DateHit], start: int, end: int) -> bool:
    """Whether a whole date is written between ``start`` and ``end``."""
    return any(start <= o.pos and o.end <= end for o in dates)


def _gap_ok(gap: str) -> bool:
    """Whether a date and a time separated by ``gap`` belong together."""
    return len(gap) <= 28 and not _GAP_BAD.search(gap) and gap.count("\n") <= 1


def _heading(text: str, d: DateHit, lex: Lexicon) -> tuple[bool, dt.tzinfo | None, str | None]:
    """Whether a date stands alone on its line (an itinerary's day heading), and its zone.

    "Thursday 7 May" alone, under a label ("Date: Thursday 7 May 2026"), or followed only
    by the zone its rows are in ("Thursday, 11 June 2026 (Singapore Time, GMT+8)").
    """
    start = text.rfind("\n", 0, d.pos) + 1
    end = text.find("\n", d.end)
    end = len(text) if end < 0 else end
    before, after = text[start : d.pos], text[d.end : end]
    if any(c.isalnum() for c in before) and not _DATE_LABEL.fullmatch(before):
        # "Here is your schedule for Wednesday, March 25 (Pacific Time):" is no heading,
        # but the bracket that ends its line is the zone of the times that follow.
        bracket = _ZONE_BRACKET.fullmatch(after)
        tz, name, used = zone_at(bracket.group(1), lex) if bracket else (None, None, 0)
        return False, (tz if used else None), (name if used else None)
    if not after.strip(" \t.,:"):
        # "Thursday, November 16" over "(GMT+08:00) Asia/Manila": the zone's own line.
        tz, name = _zone_line(text, end, lex)
        return True, tz, name
    bracket = _ZONE_BRACKET.fullmatch(after)
    tail = bracket.group(1) if bracket else after.lstrip(" \t,–—-")
    tz, name, used = zone_at(tail, lex)
    if used and (bracket or not tail[used:].strip(" \t.,:)")):
        return True, tz, name
    return False, None, None


def _zone_line(text: str, pos: int, lex: Lexicon) -> tuple[dt.tzinfo | None, str | None]:
    """The zone when the line after ``pos`` holds a zone label and nothing else.

    "(GMT+08:00) Asia/Manila", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome": an ATS or Outlook
    writes the zone of a day's rows on its own line under the day. Only places may follow
    the label (no digits, no sentence), and no clock time sits on the line.
    """
    if not text.startswith("\n", pos):
        return None, None
    end = text.find("\n", pos + 1)
    line = text[pos + 1 : len(text) if end < 0 else end].strip()
    if not line or len(line) > 120:
        return None, None
    tz, name, used = zone_at(line, lex)
    if not used:
        return None, None
    pats = _patterns(lex)
    # A label: an offset, an abbreviation, a zone's own name, or words naming a clock
    # ("Pacific Time"). A place alone ("London", "Sydney") is a site or a person's name,
    # and the message may state its clock elsewhere ("all times Pacific").
    label = bool(
        pats.offset.match(line) or pats.zone_abbr.match(line) or _IANA_NAME.match(line)
    ) or _clock_word(line, lex)
    rest = line[used:].lstrip(" \t)")
    if rest and (iana := _IANA_NAME.match(rest)) and iana.group("z") == name:
        rest = rest[iana.end() :].lstrip(" \t)")
    if rest and not _place_list(rest) and (more := zone_at(rest, lex)[2]):
        # "Asia/Manila (GMT+08:00)", "(UTC-05:00) Eastern Time (US & Canada)"
        rest, label = rest[more:], True
    if label and (not rest or _QUALIFIER.fullmatch(rest) or _place_list(rest)):
        return tz, name
    return None, None


@per_lexicon
def _clock_word_re(lex: Lexicon) -> re.Pattern[str]:
    """Any word naming a clock ("time", "Zeit", "heure", "hora")."""
    return re.compile(rf"(?<!\w)(?:{words_alt(list(lex.clock_words))})(?!\w)", re.IGNORECASE)


def _clock_word(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` holds a word naming a clock ("Pacific Time", "heure belge")."""
    return bool(lex.clock_words) and _clock_word_re(lex).search(text) is not None


def _place_list(rest: str) -> bool:
    """Whether ``rest`` is Outlook's list of a zone's places: "Amsterdam, Berlin, Bern, Rome".

    Two to ten names, each capitalised, without digits ("team sync, then the panel" is
    a sentence).
    """
    items = [item.strip() for item in rest.split(",")]
    return 2 <= len(items) <= 10 and all(_PLACE_ITEM.fullmatch(item) for item in items)


_PLACE_ITEM = re.compile(r"(?:[A-ZÀ-Þ][\w'’.&()-]{0,20}[ \t]?){1,4}")
"""One place of Outlook's list: capitalised words ("New Delhi", "St. Petersburg")."""

_QUALIFIER = re.compile(r"[ \t]*\)?[ \t]*(?:\([^\W\d_][\w .&-]{0,24}\))?[ \t]*")
"""What may close a zone's name: its bracket, or a region in brackets ("(US & Canada)")."""


_ZONE_BRACKET = re.compile(r"[ \t,–—-]*\(([^()\n]{2,60})\)[ \t.:]*")
"""A bracket after a day heading: "(Singapore Time, GMT+8)", "(all times CET)"."""


_DATE_LABEL = re.compile(r"[ \t*]*[^\W\d_][\w/& ]{0,20}:[ \t*]*")
_ROW_START = re.compile(r"\n[ \t]*(?:(?:[-*•·|]|\d{1,2}[.)])[ \t]*)?$")
"""A time that begins a line: an itinerary row ("09:00  Welcome"), also as a table's first
cell ("| 09:00 | Jane Roe |") or a numbered item ("1. 10:00 AM - Coding with Jane Roe")."""


def _row_after_heading(
    text: str, d: DateHit, times: list[TimeHit], dates: list[DateHit], lex: Lexicon
) -> TimeHit | None:
    """The first itinerary row under a day heading, a few lines below it.

    "Date: Thursday 7 May" then "Venue: ..." then "Schedule" then "09:00  Welcome": the day
    starts at its first row. No other date may come between them.
    """
    rows = _rows_after(text, d, times, dates, lex)
    return rows[0] if rows else None


def _rows_after(
    text: str,
    d: DateHit,
    times: list[TimeHit],
    dates: list[DateHit],
    lex: Lexicon,
) -> list[TimeHit]:
    """The itinerary rows (times that begin a line) a few lines below a date, in order.

    The rows stop at the next date; the first must start within 400 characters and eight
    lines of the date.
    """
    nxt = min((o.pos for o in dates if o.pos > d.end), default=len(text))
    rows: list[TimeHit] = []
    for t in times:
        if t.pos <= d.end:
            continue
        if t.pos >= nxt or (not rows and t.pos >= d.end + 400):
            break
        if not rows and text[d.end : t.pos].count("\n") > 8:
            continue
        if _ROW_START.search(text[: t.pos][-40:]):
            rows.append(t)
        elif (cell := _CELL_START.search(text[: t.pos][-80:])) and not lex.phrase(
            "schedule_pause"
        ).search(cell.group(0)):
            # (Not "Reception - Lobby | 7:30 AM - 7:00 PM": a pause's or a place's hours.)
            rows.append(t)
    return rows


_CELL_START = re.compile(r"\n[ \t]*[^\W\d_][^\n|]{0,60}\|[ \t]*$")
"""A time that opens a table's second cell: "Round 1 - Technical | 10:00 - 11:00 AM | ..."
(a round or stage named first, its time next, as an HTML table's rows read as text)."""

_ROW_TEXT = re.compile(r"[ \t]*[|:–—·•-]?[ \t]*[^\W\d_]")
"""A row that goes on with words after its time ("8:30 AM   Breakfast with the chair")."""


def _agenda_after(
    text: str, d: DateHit, times: list[TimeHit], dates: list[DateHit], lex: Lexicon
) -> TimeHit | None:
    """The first row of an agenda that follows a date stated in a sentence.

    "Your visit is confirmed for Tuesday, February 17. The itinerary is below." then
    "8:30 AM  Breakfast ...", "10:00 AM  Seminar ...": the day starts at its first row. At
    least two rows, each with words after its time, so a bare list of offered slots
    ("- 9:00", "- 11:00") is not read as a day that is booked.
    """
    rows = _rows_after(text, d, times, dates, lex)
    described = [t for t in rows if _ROW_TEXT.match(text, t.end)]
    if len(described) < 2 or described[0] is not rows[0]:
        return _name_first_rows(text, d, times, dates)
    return rows[0]


_NAME_ROW_HEAD = re.compile(
    r"\n[ \t]*(?:[A-ZÀ-Þ][\w'’-]+[ \t]+){1,3}[A-ZÀ-Þ][\w'’-]+,[^\n]{1,60}?[ \t][-–—|][ \t]*$"
)
"""A row's head: a person's capitalised name, a comma and their title, then a dash."""
_NAME_ROW_TAIL = re.compile(r"[ \t]*(\(?[^\W\d_]{2,5}\)?)?[ \t]*(\n|$)")


def _name_first_rows(
    text: str, d: DateHit, times: list[TimeHit], dates: list[DateHit]
) -> TimeHit | None:
    """The first row of an agenda whose rows name the person first and end with the time.

    "Your interviews are confirmed for Monday, April 19." then "Jane Roe, Head of Risk -
    1:30 PM to 2:15 PM" and "Raj Patel, Analyst - 2:30 PM to 3:15 PM": each row is words,
    a dash, then its time (a zone at most after it). At least two such rows, the first
    within 400 characters and eight lines of the date, none past the next date.
    """
    nxt = min((o.pos for o in dates if o.pos > d.end), default=len(text))
    rows: list[TimeHit] = []
    for t in times:
        if t.pos <= d.end:
            continue
        if t.pos >= nxt or (not rows and t.pos >= d.end + 400):
            break
        if not rows and text[d.end : t.pos].count("\n") > 8:
            continue
        if _NAME_ROW_HEAD.search(text[max(0, t.pos - 100) : t.pos]) and _NAME_ROW_TAIL.match(
            text, t.end
        ):
            rows.append(t)
    return rows[0] if len(rows) >= 2 else None


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_NEXT_SENTENCE_GAP = 160
"""Characters between a date and a time in the next sentence: one short paragraph."""


def _next_sentence_time(
    text: str,
    d: DateHit,
    times: list[TimeHit],
    dates: list[DateHit],
    used: set[int],
    lex: Lexicon,
) -> TimeHit | None:
    """The time of the sentence right after a date's, when either sentence names the stage.

    "... your campus visit on Monday, March 16. Your job talk is at 2:00 p.m.": the date's
    sentence ends soon after the date, and the next one, in the same paragraph and before
    any other date, states the time of a hiring stage. "Are you free Thursday, October 15
    for the second conversation? 10am or 2:30pm ET both work": the date's sentence names
    the stage and the next opens with its clock (not one said taken or refused). A time
    past a blank line, in a later sentence, or where neither sentence names a stage ("We
    close at 5pm") is not that day's.
    """
    nxt = min((o.pos for o in dates if o.pos > d.end), default=len(text))
    t = next((t for t in times if t.pos >= d.end), None)
    if t is None or t.pos in used or t.pos >= nxt:
        return None
    gap = text[d.end : t.pos]
    if len(gap) > _NEXT_SENTENCE_GAP or _PARAGRAPH_BREAK.search(gap) or gap.count("\n") > 1:
        return None
    stops = list(_SENTENCE_STOP.finditer(gap))
    if len(stops) != 1 or stops[0].start() > 60:
        return None
    rest = text[t.end : t.end + 200]
    close = _SENTENCE_STOP.search(rest)
    sentence_end = t.end + (close.start() if close else len(rest))
    if nxt < sentence_end:
        return None  # "... call me at 3pm today": the time has its own date
    opens = d.end + stops[0].end()
    if _names_stage(text[opens:sentence_end], lex):
        return t
    lead = text[opens : t.pos]
    if (lead.strip() and not _time_label(lead, lex)) or any(
        lex.phrase(key).search(text[opens:sentence_end])
        for key in ("slot_taken", "time_refused", "declined_slot")
    ):
        # (Not "11am and 4pm are already taken": the clocks the day no longer has.)
        return None
    # "Are you free this Thursday, October 15 for the second conversation about the role?
    # 10am or 2:30pm ET both work for me.": the day's sentence names the stage, and the
    # next one opens with its clock.
    before = text[max(0, d.pos - _NEXT_SENTENCE_GAP) : d.pos]
    cuts = [m.end() for r in (_SENTENCE_STOP, _PARAGRAPH_BREAK) for m in r.finditer(before)]
    begin = d.pos - len(before) + max(cuts, default=0)
    day_sentence = text[begin : d.end + stops[0].end()]
    # "Tuesday works. 10am at our DIFC office": a short yes to the day, its clock next.
    taken = len(day_sentence.strip()) <= _DAY_TAKEN_MAX and bool(
        lex.phrase("confirmation").search(day_sentence)
    )
    return t if taken or _names_stage(day_sentence, lex) else None


# The longest sentence read as a bare yes to a day ("Thursday the 12th suits us fine.").
_DAY_TAKEN_MAX = 40


def _time_label(lead: str, lex: Lexicon) -> bool:
    """Whether the words before a clock only label it ("The time remains", "Time:")."""
    return len(lead) <= 40 and lex.phrase("time_label").search(lead) is not None


def _names_stage(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence names a hiring stage (an interview, a screen, a round...)."""
    return bool(
        lex.phrase("interview_strong").search(sentence)
        or lex.phrase("interview_noun").search(sentence)
        or lex.phrase("interview_session").search(sentence)
    )


_OWNED_DAY_REACH = 160
"""Characters from a day named on the meeting to the time later in its sentence."""
_OWNED_DAY_BEFORE = 40
_SENTENCE_GAP_BAD = re.compile(r"[.!?;](?:\s|$)|\n[ \t]*\n")


def _owned_day_time(
    text: str,
    d: DateHit,
    times: list[TimeHit],
    dates: list[DateHit],
    used: set[int],
    lex: Lexicon,
) -> TimeHit | None:
    """The time later in the sentence of a day named on the meeting itself.

    "Tomorrow's interview with Pete has been moved to 3:30pm (was 1pm)", "Friday's call
    with the team is now at 4pm", "l'entretien de demain avec Claire est décalé à 15h": the
    day owns the meeting, and the meeting's time comes at the end of the sentence, too far
    for a date and its time side by side. A time marked as the old one ("(was 1pm)",
    "instead of 1pm") is passed over for the new one.
    """
    owned = lex.phrase("day_meeting_after").match(text, d.end) or lex.phrase(
        "day_meeting_before"
    ).search(text[max(0, d.pos - _OWNED_DAY_BEFORE) : d.pos])
    if owned is None:
        return None
    nxt = min((o.pos for o in dates if o.pos > d.end), default=len(text))
    old = lex.phrase("reschedule_old_marker")
    new = lex.phrase("reschedule_new_marker")
    found: list[TimeHit] = []
    end = d.end
    for t in times:
        if t.pos < d.end or t.pos in used:
            continue
        gap = text[d.end : t.pos]
        if t.pos >= nxt or len(gap) > _OWNED_DAY_REACH or _SENTENCE_GAP_BAD.search(gap):
            break
        end = t.pos
        before = text[max(d.end, t.pos - 40) : t.pos]
        if new.search(before):
            return t
        if not old.search(before):
            found.append(t)
        elif moved := _moved_range(text, t, lex):
            # "has moved from 1pm to 3:30pm": the range's start is the old time, its end
            # the new one.
            found.append(moved)
    # Only a move reaches that far: "Today's interview went well and the panel will debrief
    # at 4pm", "tomorrow's interview will run until 3pm" name no start of the meeting.
    stop = _SENTENCE_GAP_BAD.search(text, end)
    sentence = text[d.pos : stop.start() if stop else len(text)]
    if not (new.search(sentence) or lex.phrase("reschedule").search(sentence)):
        return None
    return found[0] if found else None


def _moved_range(text: str, t: TimeHit, lex: Lexicon) -> TimeHit | None:
    """The new time of a range right after a move's "from": its end ("moved from 1pm to 3pm").

    "Tomorrow's interview has moved from 1pm to 3:30pm" names the old time and the new one,
    not a span of the day; "it runs from 1pm to 3pm" moves nothing and stays a range.
    """
    if t.until is None:
        return None
    if not lex.phrase("moved_range_from").search(text[max(0, t.pos - 60) : t.pos]):
        return None
    return dataclasses.replace(t, start=t.until, until=None, moved=True)


_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[.!?;]\s|\n")
_ROW_HEAD = re.compile(r"[ \t]*[|:–—·•-]?[ \t]*")


def _is_arrival(text: str, t: TimeHit, lex: Lexicon) -> bool:
    """Whether a time is when to arrive or register, not when the interview begins.

    "Reporting time: 9:00", "please arrive by 08:30" (the words just before it in its
    clause), "08:30  Arrival and registration" (a row's words right after it).
    """
    arrival = lex.phrase("arrival")
    head = text[max(0, t.pos - 60) : t.pos]
    ends = list(_CLAUSE_END.finditer(head))
    clause = head[ends[-1].end() :] if ends else head
    hits = list(arrival.finditer(clause))
    if hits and len(clause) - hits[-1].end() <= 20 and not _DIGIT.search(clause, hits[-1].end()):
        # "arrival 8:45 for a 9:00 start": the word is the nearer time's, not this one's.
        return True
    line_end = text.find("\n", t.end)
    row = text[t.end : line_end if line_end >= 0 else len(text)]
    lead = _ROW_HEAD.match(row)
    return bool(arrival.match(row, lead.end() if lead else 0))


def _after_arrival(
    text: str, arrive: TimeHit, times: list[TimeHit], dates: list[DateHit], lex: Lexicon
) -> TimeHit | None:
    """The first time after an arrival time, in the same block and before another date.

    "Arrive 08:30, start 09:00" and an agenda's "08:30 Registration / 09:00 Welcome": the
    interview day begins at the next time that is not itself an arrival.
    """
    nxt = min((o.pos for o in dates if o.pos > arrive.end), default=len(text))
    for t in times:
        if t.pos <= arrive.pos:
            continue
        gap = text[arrive.end : t.pos]
        if t.pos >= nxt or len(gap) > 300 or gap.count("\n") > 6 or "\n\n\n" in gap:
            return None
        if not _is_arrival(text, t, lex):
            return t
    return None


@per_lexicon
def _region_anywhere(lex: Lexicon) -> re.Pattern[str]:
    """Any zone region (a place) as whole words, anywhere in a text."""
    regions = words_alt(list(lex.zone_regions))
    return re.compile(rf"(?<![\w])(?P<z>{regions})(?![\w])", re.IGNORECASE)


def _standard_offset(tz: dt.tzinfo) -> dt.timedelta | None:
    """A zone's standard (smaller, non-summer) UTC offset."""
    probes = [dt.datetime(2026, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7)]
    known = [o for o in probes if o is not None]
    return min(known) if known else None


def _places_named(text: str, lex: Lexicon) -> Iterator[str]:
    """The zones of the places a message names ("Brisbane"), skipping surnames ("Mr Perth")."""
    for m in _region_anywhere(lex).finditer(text[:20_000]):
        if not _PERSON_NEXT.match(text, m.end()):
            yield lex.zone_regions[_region_key(m.group("z"))]


def place_zone(
    text: str, lex: Lexicon, zone: str, day: dt.date, home: str | None = None
) -> str | None:
    """The region a zone abbreviation means in this message, when its places say so.

    "AEST" is Sydney's clock by default, but Queensland keeps AEST all summer while Sydney
    moves to AEDT; "MST" is Denver's, but Arizona has no summer time. When the message
    names places whose zone shares the abbreviation's standard offset (same continent)
    but keeps a different clock on the day, and no place keeping the default clock, the
    places decide. With no place named, the user's own zone (``home``) decides the same
    way: "10:30 AM AST" to a user in Puerto Rico is their clock, not Halifax's summer one.
    ``None`` keeps the default.
    """
    default = _zone(zone)
    if default is None:
        return None
    area, std = zone.split("/", 1)[0], _standard_offset(default)
    noon = dt.datetime.combine(day, dt.time(12))
    on_day = noon.replace(tzinfo=default).utcoffset()
    chosen: set[str] = set()
    for name in _places_named(text, lex):
        tz = _zone(name)
        if tz is None or name.split("/", 1)[0] != area or _standard_offset(tz) != std:
            continue
        if noon.replace(tzinfo=tz).utcoffset() == on_day:
            return None  # a place on the default clock: nothing to correct
        chosen.add(name)
    if not chosen and home is not None and home != zone:
        tz = _zone(home)
        if (
            tz is not None
            and home.split("/", 1)[0] == area
            and _standard_offset(tz) == std
            and noon.replace(tzinfo=tz).utcoffset() != on_day
        ):
            return home
    return next(iter(chosen)) if len(chosen) == 1 else None


def shared_zone(
    text: str, lex: Lexicon, abbreviation: str | None, home: str, day: dt.date
) -> str | None:
    """The other region an abbreviation means here ("IST" in Dublin), or None for its default.

    Places named in the message decide first: one of the other regions and none on the
    default's clock. Without places, the user's own zone when it is one of those regions
    (an Irish reader's "11:00 IST" is Irish Standard Time).
    """
    others = lex.zone_shared.get(abbreviation or "", ())
    default = _zone(lex.zone_abbreviations.get(abbreviation or "", ""))
    if not others or default is None:
        return None
    noon = dt.datetime.combine(day, dt.time(12))
    on_day = noon.replace(tzinfo=default).utcoffset()
    seen: set[str] = set()
    for name in _places_named(text, lex):
        tz = _zone(name)
        if name in others:
            seen.add(name)
        elif tz is not None and noon.replace(tzinfo=tz).utcoffset() == on_day:
            return None  # "Bengaluru": a place on the default's clock
    if len(seen) == 1:
        return next(iter(seen))
    return home if not seen and home in others else None


def _heading_gap_ok(gap: str) -> bool:
    """A day heading, one blank line, then the first session's time (ATS itineraries)."""
    return not gap.strip(" \t\n:") and gap.count("\n") <= 2


def global_zone(text: str, lex: Lexicon) -> tuple[dt.tzinfo | None, str | None]:
    """A zone stated for the whole message ("All times are in Pacific Time")."""
    for m in lex.phrase("zone_statement").finditer(text[:20_000]):
        tz, name, used = zone_at(text[m.end() : m.end() + 80], lex)
        if used:
            return tz, name
    return None, None


# A numbered list's marker before a field label ("2. Time:", "3) Fecha:"); "13. Mai 2027,
# 10:00" is a German date, its words no label before a colon.
_LIST_NUMBER = re.compile(
    r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t]+([^\W\d_]+)(?:[ /&-][^\W\d_]+){0,3}[ \t]*:)"
)


def _blank_list_numbers(text: str, lex: Lexicon) -> str:
    """Blank numbered list markers before a label; "13. Mai: 10 Uhr" keeps its day."""

    def blank(m: re.Match[str]) -> str:
        if m.group()[-1] == "." and m.group(1).lower().rstrip(".") in lex.months:
            return m.group()  # "3. Oktober:" is a German date before its time, no list
        return " " * len(m.group())

    return _LIST_NUMBER.sub(blank, text)


# Weekday abbreviations a phone user types in lower case before a clock time ("thu 2pm").
_TYPED_WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"})
_TYPED_DAY = re.compile(r"(?<![\w-])(?:mon|tues?|wed|thu|thurs?|fri)(?!\w)")
# The end of a range of days: "mon-fri 9:00", "mon to fri 8am".
_TYPED_RANGE_END = re.compile(
    r"(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\s*(?:-|–|to|thru|through)\s*$", re.IGNORECASE
)
_TYPED_CHOICE = re.compile(r"\bor\b|\?")
_TYPED_CLOCK = re.compile(
    r"[ \t]+(?:@[ \t]*|at[ \t]+)?\d{1,2}(?::[0-5]\d)?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|[ \t]+(?:@[ \t]*|at[ \t]+)?[0-2]?\d:[0-5]\d(?!\d)",
    re.IGNORECASE,
)


# What may stand before the first word of a sentence or a line: its end, a bullet, a quote
# mark, an opening bracket or Spanish's opening marks.
_SENTENCE_OPEN = re.compile(r"(?:\A|[\n.!?:;¡¿(\[\"“«•*>–—-])[ \t]*\Z")


@per_lexicon
def _weekday_next(lex: Lexicon) -> re.Pattern[str]:
    """What follows a weekday that opens a sentence ("Jeudi à 14h", "Miércoles a las 10:00",
    "Mardi 10 mars"), not a name's verb ("Domingo te llamará"): a figure, a dash or slash,
    or one of the lexicon's ``weekday_followers``."""
    words = words_alt(list(lex.weekday_followers)) if lex.weekday_followers else "(?!)"
    return re.compile(rf"\.?,?[ \t]*(?:\d|[-–/]|(?:{words})(?!\w))", re.IGNORECASE)


def _capitalised_name(text: str, start: int, end: int, word: str, lex: Lexicon) -> bool:
    """Whether a capitalised Spanish or French weekday is a first name ("con Domingo a las
    3", "Domingo te llamará"): those languages write weekdays in lower case, except where a
    sentence or a line begins with the day and its date or time ("Jeudi à 14h me convient",
    "Miércoles a las 10:00").
    """
    if not (word[0].isupper() and word.lower() in lex.lowercase_weekdays):
        return False
    opens = _SENTENCE_OPEN.search(text, max(0, start - 8), start) is not None
    return not (opens and _weekday_next(lex).match(text, end))


def _typed_weekday(text: str, start: int, end: int, word: str) -> bool:
    """Whether a lower-case "thu", "wed" before a clock time is the one day a phone user means.

    Not a range's end ("mon-fri 9:00-17:00" opening hours) nor one day of a rota listing
    several ("shifts are mon 6am, wed 6am, fri 2pm"), which plan no meeting.
    """
    if word.lower() not in _TYPED_WEEKDAYS or not _TYPED_CLOCK.match(text, end):
        return False
    if _TYPED_RANGE_END.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    days = [d for d in _TYPED_DAY.finditer(line) if _TYPED_CLOCK.match(line, d.end())]
    # Several typed days on one line without a choice ("thu 2pm or fri 10am?") list a rota.
    return len(days) < 2 or bool(_TYPED_CHOICE.search(line))


def find_moments(
    text: str,
    lex: Lexicon,
    ref: dt.datetime | None,
    order: DateOrder,
    fallback_zone: str,
    *,
    alternatives: bool = False,
) -> list[Moment]:
    """Date+time pairs in text, aware, in document order.

    ``alternatives``: a second time offered for the same day ("Tuesday at 10am or 2pm") is
    a moment of its own too. Read so in a thread's quoted offers, which a reply answers (its
    day alone then no longer tells them apart, its clock does); a message's own words keep
    one moment per day, as before.
    """
    # "1. Date: 13-05-2027\n2. Time: 3:00 PM": a numbered list's markers are no day of the
    # month between a date and its time; blanked (same length, positions kept).
    text = _blank_list_numbers(text, lex)
    ref_local = ref.astimezone(_zone(fallback_zone) or dt.UTC) if ref else None
    ref_date = ref_local.date() if ref_local else None
    dates = find_dates(text, lex, ref_date, order)
    if not dates:
        return []
    times = find_times(text, lex)
    # "le mardi 10 à 14h": the date's day is no start of a range "10 à 14h". A time that
    # begins inside a date and runs past it is read again with that date blanked out.
    clash = [d for d in dates if any(d.pos <= t.pos < d.end < t.end for t in times)]
    if clash:
        masked = text
        for d in clash:
            masked = masked[: d.pos] + " " * (d.end - d.pos) + masked[d.end :]
        times = find_times(masked, lex)
    if not times:
        return []
    # A date word inside a time ("10:00 de la mañana": "mañana" is also "tomorrow") is the
    # time's, not a date.
    dates = [d for d in dates if not any(t.pos <= d.pos and d.end <= t.end for t in times)]
    g_tz, g_name = global_zone(text, lex)
    # "Your hotel is booked for Tuesday night": a night's stay heads no agenda, and the
    # rows below still belong to the visit's day named before it.
    stays = [d for d in dates if not lex.phrase("overnight_stay").match(text, d.end)]
    fb_tz = _zone(fallback_zone) or dt.UTC
    joiner = _joiner_gap(lex)
    clock_lead = _patterns(lex).clock_end
    moments: list[Moment] = []
    used_times: set[int] = set()
    for d in dates:
        heading, h_tz, h_name = _heading(text, d, lex)
        best: TimeHit | None = None
        best_gap = 10_000
        for t in times:
            if t.pos >= d.end:
                gap = text[d.end : t.pos]
                ok = _gap_ok(_lead_undotted(gap, clock_lead)) or (heading and _heading_gap_ok(gap))
                if not ok and (bare := _zone_gap(gap, lex)[0]) != gap:
                    # A zone label between the date and the time is neither's words.
                    gap = bare
                    ok = _gap_ok(_lead_undotted(gap, clock_lead))
                if ok and not joiner.search(gap) and _date_between(dates, d.end, t.pos):
                    # "das Gespräch am Dienstag auf Donnerstag, 16.10., 11 Uhr verschieben",
                    # "décaler l'entretien de mardi à jeudi 16 à 11h": the time is the
                    # nearer day's; the first day, the old one, has none of its own. ("Tuesday
                    # or Wednesday at 10" joins the days: each keeps the time.)
                    ok = False
            elif t.end <= d.pos:
                gap = text[t.end : d.pos]
                ok = _gap_ok(gap)
            else:
                continue
            # "from Wed at 2pm to Fri at 3:30pm": a joiner word in the gap marks a boundary
            # between two moments, so the time on the far side of it belongs elsewhere.
            cost = len(gap) + (40 if joiner.search(gap) else 0)
            if t.pos in used_times:
                # A list of slots ("- Tue 10 March at 10:00\n- Wed 11 March at 14:30"): the
                # time just before a date may end the row above, already that row's time.
                cost += 100
            if ok and cost < best_gap:
                best, best_gap = t, cost
        if best is None and heading:
            best = _row_after_heading(text, d, times, dates, lex)
        elif best is None:
            best = _agenda_after(text, d, times, stays, lex) if d in stays else None
            best = best or _next_sentence_time(text, d, times, dates, used_times, lex)
            best = best or _owned_day_time(text, d, times, dates, used_times, lex)
        if best is None:
            continue
        best = _moved_range(text, best, lex) or best
        if best.zone is None and h_tz is not None and not best.reader:
            # The heading's zone is its rows' zone.
            best = dataclasses.replace(best, zone=h_tz, zone_name=h_name)
        if best.zone is None and best.pos >= d.end and not best.reader:
            # "Thursday, March 12 (GMT+08:00) Asia/Manila, starting 9:00 AM": the label
            # between the date and the time is the time's zone.
            bare, g_label_tz, g_label_name = _zone_gap(text[d.end : best.pos], lex)
            if g_label_tz is not None and (_gap_ok(bare) or _heading_gap_ok(bare)):
                best = dataclasses.replace(best, zone=g_label_tz, zone_name=g_label_name)
        if best.zone is None and best.end <= d.pos and not best.reader:
            # Calendly, Google Calendar: "2:00pm - 2:30pm, Tuesday, March 10, 2026 (Eastern
            # Time - US & Canada)": a time written before its date has its zone after it.
            tail = text[d.end : d.end + 120]
            bracket = _ZONE_BRACKET.match(tail)
            z_tz, z_name, z_used = zone_at(bracket.group(1) if bracket else tail, lex)
            if z_used:
                best = dataclasses.replace(best, zone=z_tz, zone_name=z_name)
        if _is_arrival(text, best, lex):
            start_hit = _after_arrival(text, best, times, dates, lex)
            if start_hit is not None and start_hit.zone is None and not start_hit.reader:
                # "Day 1 - Tuesday, March 17 (Pacific)" over "8:30 AM Arrive" and "9:00 AM
                # Panel": the zone read for the arrival (its own or its heading's) is the
                # same day's clock for the start that follows it.
                start_hit = dataclasses.replace(
                    start_hit,
                    zone=best.zone,
                    zone_name=best.zone_name,
                    by_abbreviation=best.by_abbreviation,
                    abbreviation=best.abbreviation,
                )
            best = start_hit or best
        used_times.add(best.pos)
        # "Tuesday 29 October at 10am or 2pm (UK time)": a second time offered for the same
        # day is a moment of its own, and a zone written once after both is both times'.
        alt = _alternative_time(text, best, times, used_times, lex) if alternatives else None
        if alt is not None:
            used_times.add(alt.pos)
            if best.zone is None and alt.zone is not None and not best.reader:
                best = dataclasses.replace(
                    best,
                    zone=alt.zone,
                    zone_name=alt.zone_name,
                    by_abbreviation=alt.by_abbreviation,
                    abbreviation=alt.abbreviation,
                )
        tz, name, stated = best.zone, best.zone_name, best.zone is not None
        if best.by_abbreviation and name is not None:
            local = place_zone(text, lex, name, d.date, fallback_zone) or shared_zone(
                text, lex, best.abbreviation, fallback_zone, d.date
            )
            if local is not None:
                tz, name = _zone(local), local
        if tz is None and g_tz is not None and not best.reader:
            tz, name, stated = g_tz, g_name, True
        if tz is None:
            tz, name = fb_tz, fallback_zone
        day = d.date
        if ref is not None and (d.rel_days is not None or d.rel_weekday is not None):
            # "Tomorrow" is the writer's: counted in the Date header's own offset (RFC 5322
            # 3.3, the sender's local time), or, when that is +0000 (servers, Exchange), in
            # the zone the time states; the reader's zone only when neither says more.
            own = ref.utcoffset()
            clock = ref.tzinfo if own else (tz if stated else fb_tz)
            day = _counted_from(d, ref.astimezone(clock).date())
        start = dt.datetime.combine(day, best.start, tzinfo=tz)
        end = None
        if best.until is not None:
            end = dt.datetime.combine(day, best.until, tzinfo=tz)
            if end <= start:
                end = end + dt.timedelta(days=1) if best.until < dt.time(6) else None
        moments.append(
            Moment(
                pos=min(d.pos, best.pos),
                end_pos=max(d.end, best.end),
                start=start,
                end=end,
                timezone=name,
                zone_stated=stated,
                weekday_ok=d.weekday_ok,
                moved=best.moved,
            )
        )
        if alt is not None:
            a_tz, a_name = (alt.zone, alt.zone_name) if alt.zone is not None else (tz, name)
            a_start = dt.datetime.combine(day, alt.start, tzinfo=a_tz)
            a_end = None
            if alt.until is not None:
                a_end = dt.datetime.combine(day, alt.until, tzinfo=a_tz)
                a_end = a_end if a_end > a_start else None
            moments.append(
                Moment(
                    pos=alt.pos,
                    end_pos=alt.end,
                    start=a_start,
                    end=a_end,
                    timezone=a_name,
                    zone_stated=stated or alt.zone is not None,
                    weekday_ok=d.weekday_ok,
                    moved=alt.moved,
                )
            )
    return moments


def _alternative_time(
    text: str, best: TimeHit, times: Sequence[TimeHit], used: set[int], lex: Lexicon
) -> TimeHit | None:
    """The time offered right after ``best`` as its alternative ("10am *or* 2pm", "9:00 *ou*
    à 10h30"), with nothing but a choice word (and an at-word) between them, on the same
    clock."""
    if not lex.choice_joiners:
        return None
    gap = _alternative_gap(lex)
    for t in times:
        if t.pos < best.end or t.pos in used:
            continue
        if t.pos - best.end > 16 or not gap.fullmatch(text[best.end : t.pos]):
            return None
        # "10:00 CET or 09:00 UK time", "10am ET or 4pm your time": one time restated on
        # another clock, not a second time offered.
        if (
            t.reader
            or best.reader
            or (best.zone is not None and t.zone is not None and best.zone_name != t.zone_name)
        ):
            return None
        return t
    return None


@per_lexicon
def _alternative_gap(lex: Lexicon) -> re.Pattern[str]:
    """The words between a time and its alternative: ", or at", " oder um"."""
    ors = words_alt(list(lex.choice_joiners))
    ats = words_alt(list(lex.at_words)) if lex.at_words else "(?!x)x"
    return re.compile(rf"[ \t]*,?[ \t]+(?:{ors})[ \t]+(?:(?:{ats})[ \t]+)?", re.IGNORECASE)


def find_duration(text: str, lex: Lexicon) -> dt.timedelta | None:
    """The first stated duration ("45 minutes", "1 hour", "half an hour")."""
    pats = _patterns(lex)
    best: tuple[int, int] | None = None
    m = pats.duration.search(text)
    if m:
        minutes = int(m.group("n")) * lex.duration_units[m.group("u").lower()]
        if 5 <= minutes <= 8 * 60:
            best = (m.start(), minutes)
    p = pats.duration_phrase.search(text)
    if p and (best is None or p.start() < best[0]):
        best = (p.start(), lex.duration_phrases[p.group("p").lower()])
    return dt.timedelta(minutes=best[1]) if best else None


@per_lexicon
def _period_re(lex: Lexicon) -> re.Pattern[str]:
    """ "in 3 days", "two weeks": a count then a period word."""
    nums = words_alt(list(lex.numbers))
    units = words_alt(list(lex.period_days))
    return re.compile(rf"(?<!\w)(\d{{1,2}}|{nums})\s+({units})(?!\w)")


def date_after(
    text: str,
    pos: int,
    lex: Lexicon,
    ref: dt.date | None,
    order: DateOrder,
    *,
    window: int = 60,
) -> dt.date | None:
    """The first date written within ``window`` chars after ``pos`` (for "back on ...")."""
    chunk = text[pos : pos + window]
    hits = find_dates(chunk, lex, ref, order)
    if hits:
        return hits[0].date
    if ref is None:
        return None
    low = chunk.lower()
    for phrase, (weeks, weekday) in sorted(lex.relative_weeks.items(), key=lambda kv: -len(kv[0])):
        if phrase in low:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks)
            return monday + dt.timedelta(days=weekday)
    m = _period_re(lex).search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else lex.numbers[m.group(1)]
        unit = lex.period_days[m.group(2)]
        if 0 < n <= 60:
            return ref + dt.timedelta(days=n * unit)
    return None
