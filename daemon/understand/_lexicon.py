"""The lexicon: every language-specific keyword, phrase and sender pattern, loaded from YAML.

Code never holds English words; it asks the lexicon. A language is one YAML file with the
keys of ``lexicon/en.yaml``; loading several files merges them (lists concatenate, mappings
update), so adding German is data, not code. Everything is validated and compiled once at
load time into a frozen :class:`Lexicon`.

The shipped languages are the files in ``lexicon/`` (``en.yaml``, ``de.yaml``, ...). All of
them are on by default: a user in Berlin gets English and German mail alike, and a word of
one language rarely means something else in another. English is always loaded first, since
it also holds the language-neutral data (ATS and freemail domains, zone abbreviations).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from ._phrase import Gated, Phrase
from ._phrase import alternation as _alternation

_DIR = Path(__file__).parent / "lexicon"
BASE_LANGUAGE = "en"
"""Always loaded: besides English words it holds the language-neutral sender and zone data."""


@lru_cache(maxsize=1)
def shipped_languages() -> tuple[str, ...]:
    """The language codes shipped as ``lexicon/<code>.yaml``, English first."""
    others = sorted(p.stem for p in _DIR.glob("*.yaml") if p.stem != BASE_LANGUAGE)
    return (BASE_LANGUAGE, *others)


_PHRASE_KEYS = frozenset(
    {
        "one_person_label",
        "bounce_subject",
        "auto_reply_subject",
        "auto_reply_body",
        "away_notice",
        "interview_on_hold",
        "booked_reply",
        "invite_changed",
        "application_subject",
        "return_date",
        "bulk_body",
        "calendar_footer",
        "greeting",
        "group_greeting",
        "mass_content",
        "mass_subject",
        "hiring_blast",
        "bulk_subject",
        "interview_strong",
        "call_label",
        "interview_session",
        "outcome_other_subject",
        "well_wishing",
        "friend_part",
        "stated_interview_at",
        "tag_question",
        "third_party_interviewer",
        "sender_leaves",
        "outro_it",
        "outro_you",
        "clock_24h_suffix",
        "schedule_pause",
        "interview_weak",
        "interview_medium",
        "interview_noun",
        "interview_contextual",
        "you_meet_with",
        "arranger_qualifier",
        "hiring_sender",
        "own_employment",
        "hiring_subject",
        "title_next_stage",
        "candidacy",
        "not_interview",
        "confirmation",
        "scheduling_request",
        "later_scheduling",
        "unsettled",
        "social_plan",
        "past_meeting",
        "reference_check",
        "due_before",
        "hour_limit",
        "invite_question",
        "availability_given",
        "slot_taken",
        "reschedule",
        "moves_time",
        "time_label",
        "talk_then",
        "booking_stands",
        "reschedule_old_marker",
        "reschedule_new_marker",
        "cancel",
        "cancel_offer",
        "declined_slot",
        "time_refused",
        "clause_turn",
        "refers_back",
        "conditional",
        "conditional_group",
        "outcome_condition",
        "search_paused",
        "other_application",
        "media_appearance",
        "leaving_job",
        "other_purpose",
        "other_pursuit",
        "paid_job_words",
        "job_words",
        "choice_named",
        "cancel_interview",
        "booked_by_day",
        "list_predicate",
        "auto_answer",
        "request_received",
        "reply_subject",
        "relayed_message",
        "passed_over",
        "met_user",
        "leader_signature",
        "other_selection",
        "forward_details",
        "rejection",
        "offer",
        "deadline",
        "agency",
        "quote_start",
        "device_signature",
        "forward_start",
        "forward_author",
        "forward_subject",
        "forward_recipient",
        "forward_subject_mark",
        "applicant_you",
        "papers_praised",
        "follow_up_on_you",
        "applicant_me",
        "coming_to_interview",
        "sender_applies",
        "hirer_words",
        "attribution",
        "zone_statement",
        "sender_meets",
        "sender_sees",
        "sender_hosts",
        "ask_for_lead",
        "sender_joins",
        "sender_interviews",
        "sender_coordinates",
        "coordinator",
        "arranger",
        "observer",
        "observer_interviews",
        "signers_interview",
        "organizer_mark",
        "arrival",
        "recruiter_meeting",
        "audience_event",
        "event_venue",
        "booking_updated",
        "own_interview",
        "practice_session",
        "career_guidance",
        "advice_meeting",
        "vacancy_named",
        "referee_for_user",
        "referral_made",
        "users_interview",
        "candidate_field",
        "loose_candidacy",
        "stage_meeting",
        "interviewer_side",
        "sender_is_candidate",
        "deadline_marker",
        "opening_hours",
        "past_marker",
        "past_day",
        "travel_marker",
        "travel_booking",
        "travel_arrival",
        "journey_event",
        "option_choice",
        "scheduling_page",
        "held_slot_title",
        "time_poll",
        "sales_meeting",
        "not_own_offer",
        "search_resumes",
        "shared_interview",
        "interview_anchor",
        "hosts_visitor",
        "door_duty",
        "visit_directions",
        "calls_user",
        "host_brings",
        "team_lead_named",
        "invite_sent_to",
        "guest_joins",
        "overnight_stay",
        "day_meeting_after",
        "day_meeting_before",
        "moved_range_from",
        "title_stage",
        "title_activity",
        "trade_role",
        "trade_visit",
        "trade_label",
        "title_round",
        "title_stage_word",
        "calendar_reminder",
        "candidate_label",
    }
)
_SENDER_KEYS = frozenset(
    {
        "ats_domains",
        "scheduling_domains",
        "freemail_domains",
        "agency_domains",
        "noreply_locals",
        "system_locals",
        "relay_domains",
        "relay_locals",
        "role_locals",
        "hiring_locals",
        "personnel_locals",
        "service_locals",
        "resource_domains",
    }
)
_PATTERN_KEYS = frozenset(
    {
        "role",
        "company",
        "sender_company",
        "team_signature",
        "interviewers_intro",
        "interviewers_outro",
        "interviewers_relative",
        "name_stop",
        "location",
    }
)
_WORD_LIST_KEYS = frozenset(
    {
        "and",
        "then",
        "self_verbs",
        "clause_leads",
        "name_openers",
        "subject_verbs",
        "not_names",
        "org_words",
        "address_words",
        "address_suffixes",
        "street_ends",
        "place_suffixes",
        "title_words",
        "title_suffixes",
        "next_words",
        "noon",
        "midnight",
        "am",
        "pm",
        "range_joiners",
        "at_words",
        "ordinals",
        "date_particles",
        "hour_suffixes",
        "gap_joiners",
        "choice_joiners",
        "meet_leads",
        "self_words",
        "honorifics",
        "duration_leads",
        "lowercase_weekdays",
        "weekday_followers",
        "lowercase_relative_days",
        "relative_day_articles",
        "range_leads",
        "day_articles",
        "clock_leads",
        "clock_followers",
        "morning_markers",
        "zone_fillers",
        "reader_clocks",
        "zone_place_leads",
        "afternoon_markers",
        "span_leads",
        "same_day",
        "day_leads",
        "same_time",
        "span_joiners",
        "next_week",
        "week_on_after",
        "week_on_before",
        "honorific_names",
        "name_suffixes",
        "with",
        "name_leads",
        "room_words",
        "title_field_joiners",
        "room_leads",
        "possessives",
        "articles",
        "vacancy_words",
        "application_words",
    }
)
_WORD_MAP_KEYS = frozenset(
    {
        "months",
        "weekdays",
        "relative_days",
        "duration_units",
        "duration_phrases",
        "numbers",
        "period_days",
        "relative_weeks",
        "option_ordinals",
        "hour_words",
        "clock_fractions",
        "clock_fractions_after",
    }
)
_ZONE_MAP_KEYS = frozenset({"abbreviations", "regions", "clock_regions", "shared_abbreviations"})
_ZONE_LIST_KEYS = frozenset({"region_suffixes", "clock_words"})
_SECTIONS: Mapping[str, frozenset[str]] = {
    "senders": _SENDER_KEYS,
    "phrases": _PHRASE_KEYS,
    "patterns": _PATTERN_KEYS,
    "words": _WORD_LIST_KEYS | _WORD_MAP_KEYS,
    "zones": _ZONE_MAP_KEYS | _ZONE_LIST_KEYS,
}


class LexiconError(ValueError):
    """A lexicon file is missing, unreadable, or holds data of the wrong shape."""


def _words_alt(words: Sequence[str]) -> str:
    """An alternation of literal words, longest first so "sept" wins over "sep".

    Written grouped by first letter when that is exact (see :func:`_by_first_letter`).
    Some callers build their pattern per message: the text is kept for recent word lists.
    """
    return _words_alt_of(tuple(words))


@lru_cache(maxsize=256)
def _words_alt_of(words: tuple[str, ...]) -> str:
    """:func:`_words_alt` of a tuple (hashable, so its result is cached)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return "(?!x)x"
    return _by_first_letter(ordered) or "|".join(re.escape(w) for w in ordered)


_GROUPED_MIN = 6
"""Fewer words than this stay a plain alternation (grouping them gains nothing)."""


def _by_first_letter(ordered: Sequence[str]) -> str | None:
    """``ordered``'s alternation grouped by first letter, matching exactly as the plain one.

    ``re`` tries every alternative at every position of a text, and a case-insensitive
    word's first letter gives it no quick way to skip one: the weekday and month lists of
    four languages made the date pattern cost ~1 ms per message. An alternative that opens
    with a case-sensitive character set is skipped at once when the text's character is
    not in it (``re``'s BRANCH checks a leading LITERAL or IN before trying it). So words
    are grouped by their ASCII first letter, lower-cased; each group opens with a set of
    both cases plus every non-ASCII character (a superset of the characters any flags let
    the letter match), and each word then checks its own first letter again with a
    one-character look-behind under the pattern's own flags.

    Exact: at one position, only words whose first letter matches the text's character can
    match, and those all fall in one group (a non-ASCII first letter that matches an ASCII
    character under IGNORECASE, such as the Kelvin sign, makes this return None); within a
    group, and among the non-ASCII ones left at the end, the order is kept. So the same
    words are tried in the same order, and the same one wins.
    """
    if len(ordered) < _GROUPED_MIN or "" in ordered:
        return None
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for word in ordered:
        first = word[0]
        if first.isascii():
            groups.setdefault(first.lower(), []).append(word)
        elif _matches_ascii(first):
            return None
        else:
            others.append(word)
    parts = []
    for key, group in groups.items():
        rest = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in group)
        parts.append(f"(?-i:{_but_other_ascii(key)})(?:{rest})")
    parts.extend(re.escape(w) for w in others)
    return "|".join(parts)


@cache
def _but_other_ascii(key: str) -> str:
    """A character set of ``key`` in both cases and every non-ASCII character.

    Written as the ASCII characters it leaves out: ``re`` compiles ``[dD\\x80-\\U0010ffff]``
    by walking the range's code points one by one (milliseconds per set).
    """
    keep = {ord(key.lower()), ord(key.upper())}
    out: list[str] = []
    start: int | None = None
    for code in range(129):
        if code < 128 and code not in keep:
            start = code if start is None else start
        elif start is not None:
            out.append(f"\\x{start:02x}-\\x{code - 1:02x}")
            start = None
    return f"[^{''.join(out)}]"


@cache
def _matches_ascii(char: str) -> bool:
    """Whether ``char`` matches an ASCII character case-insensitively (K, the Kelvin sign)."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return any(pattern.fullmatch(chr(code)) for code in range(128))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Validated, compiled keywords for one or more languages (see ``lexicon/en.yaml``)."""

    languages: tuple[str, ...]
    ats_domains: frozenset[str]
    scheduling_domains: frozenset[str]
    freemail_domains: frozenset[str]
    agency_domains: frozenset[str]
    noreply_local: re.Pattern[str]
    system_local: re.Pattern[str]
    relay_domains: frozenset[str]
    """Hosts that only relay mail for application systems (``*.x``: subdomains of x only)."""
    relay_local: re.Pattern[str]
    """Local parts only a relay has (``reply+<token>``), at any domain."""
    role_local: re.Pattern[str]
    """Local parts of shared mailboxes (``recruiting@``, ``careers@``, ``room4@``): an
    address so named, with no person's name beside it, is a team or a room, never an
    interviewer."""
    hiring_local: re.Pattern[str]
    """Local parts of a company's hiring mailbox (``careers@``, ``talent@``, ``recrutement@``):
    its sender hires, as a recruiter's signature says, so "votre entretien" from one is a
    job interview."""
    personnel_local: re.Pattern[str]
    """Local parts of a company's personnel office (``hr@``, ``rh@``, ``rrhh@``): it serves
    the company's staff and hires, so its mail is about hiring only to someone outside the
    company."""
    service_local: re.Pattern[str]
    """Local parts of a company's customer-facing mailboxes (``orders@``, ``billing@``,
    ``support@``): mail from one is the company serving a customer, never its hiring side
    answering a candidate."""
    resource_domains: frozenset[str]
    """Hosts of calendar resources (rooms, equipment): never a person's address."""
    phrases: Mapping[str, Phrase]
    """One compiled alternation per phrase key (case-insensitive, multiline)."""
    role_patterns: tuple[Gated, ...]
    company_patterns: tuple[Gated, ...]
    sender_company_patterns: tuple[re.Pattern[str], ...]
    team_signatures: tuple[re.Pattern[str], ...]
    """A line signed by the company's team ("The Acme team", "L'équipe Acme"): its name."""
    location_patterns: tuple[Gated, ...]
    interviewers_intro: Phrase
    interviewers_outro: Phrase
    """Text right after names ("... will join us", "... and I will run the session")."""
    interviewers_relative: Phrase
    """A relative clause after a titled name (", our CTO, who will run the session")."""
    self_words: frozenset[str]
    """First-person words in a list of people ("me", "myself"): the sender."""
    honorifics: frozenset[str]
    """Courtesy titles before a name ("Dr", "Ms"), dropped from it."""
    honorific_names: frozenset[str]
    """Courtesy titles that are also given names ("Don"): kept before a lone family name."""
    name_suffixes: frozenset[str]
    """Degrees and suffixes after a name and a comma ("Jane Roe, PhD"): not a given name."""
    with_words: frozenset[str]
    """Words joining a session to who runs it ("System design *with* Jane Roe")."""
    name_leads: frozenset[str]
    """Small words a sentence puts before a listed name ("et *d'*Anaïs", "y *a* Lucía")."""
    possessives: frozenset[str]
    """Possessives before a title after a name ("Ana Ruiz, *nuestra* directora"): not the title."""
    articles: frozenset[str]
    """Definite articles before a job that stands for its holder ("with *the* Head of Sales")."""
    vacancy_words: frozenset[str]
    """Nouns naming a vacancy after its title ("Motion designer *role*"): a subject so
    shaped is the thread of a candidacy."""
    application_words: frozenset[str]
    """Those of ``vacancy_words`` that name an application rather than a vacancy: only a
    job's title before them makes the subject a candidacy's ("Stall *application*" is not)."""
    room_words: tuple[str, ...]
    title_field_joiners: frozenset[str]
    """Words joining a job's head noun to its field in languages that name the job first
    ("Analista *de* datos", "Chef *de* projet"): a subject so written is a job title."""
    """Meeting-room words ("conference room", "Besprechungs*raum*"): a calendar guest so
    named is a room booked without CUTYPE=ROOM, not a person. A word ending in one counts."""
    room_leads: frozenset[str]
    """Words that open a room's name ("*Sala* Madrid", "*Salle* Everest") and are family
    names only after a given name: a name they begin is a room's."""
    name_stop: frozenset[str]
    and_words: frozenset[str]
    then_words: frozenset[str]
    self_verbs: frozenset[str]
    clause_leads: frozenset[str]
    name_openers: frozenset[str]
    """Words that open a sentence before its names ("Copying Hollis and Priya, who ...")."""
    subject_verbs: frozenset[str]
    """Verbs a sentence's subject takes ("Jane Roe *will* send the invite"): after a name in
    a list, the list has ended and a new clause begun."""
    """Words opening a sentence's last clause (", *so* Jane Roe will interview you"): the
    people before an outro are named after them, not in the clause before."""
    """A first-person word and its verb ("*I am* writing"): the writer's own sentence, not
    the writer listed among people ("Jane Roe und *mir am* Dienstag")."""
    """Words going on from one person to the next in turn ("..., *then* with Jane Roe",
    "*puis* avec", "*danach* mit"): before a "with" word they separate two names."""
    not_names: frozenset[str]
    org_words: frozenset[str]
    """Teams, departments, kinds of organisation and address words ("Claims", "Health",
    "Av."): never part of a person's name; after a title they belong to it ("GM Claims")."""
    address_words: frozenset[str]
    """Street words ("Street", "Rd", "rue", "Calle"): a list item so named is an address and
    moves the list on to a place. Every one is also in ``org_words``."""
    address_suffixes: tuple[str, ...]
    """Endings of compound street names ("Haupt*straße*", "Goethe*platz*"): such a word is
    an address, never a name word."""
    street_ends: frozenset[str]
    """Abbreviations ending a street's name ("King *St*"): a name ending in one is an
    address; before a family name the same word is "Saint" ("St. Clair")."""
    place_suffixes: tuple[str, ...]
    """Endings of town names ("Man*chester*", "Edin*burgh*", "Darm*stadt*"): one word so
    ending is a place, not a person named once."""
    title_words: frozenset[str]
    title_suffixes: tuple[str, ...]
    """Endings of compound job titles ("Bereichs*leiterin*"): such a word is a title."""
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    next_words: tuple[str, ...]
    noon: tuple[str, ...]
    midnight: tuple[str, ...]
    am: tuple[str, ...]
    pm: tuple[str, ...]
    range_joiners: tuple[str, ...]
    duration_units: Mapping[str, int]
    at_words: tuple[str, ...]
    ordinals: tuple[str, ...]
    date_particles: tuple[str, ...]
    """Small words inside a written date ("9th *of* March", "3 *de* marzo *de* 2026")."""
    hour_suffixes: tuple[str, ...]
    """Words after a 24-hour clock time ("14 *Uhr*", "14 *h* 30"): the number is an hour."""
    gap_joiners: tuple[str, ...]
    """Words between a date and a time that separate two moments ("or", "oder", "ou")."""
    choice_joiners: tuple[str, ...]
    """Words joining alternatives in a question ("Monday at 10 *or* Tuesday at 2?")."""
    meet_leads: tuple[str, ...]
    """Words before the person one meets ("Appointment *with* counselor", "Gespräch *mit*
    der Schulleiterin"): a title word after them is that person, not a vacancy."""
    duration_leads: tuple[str, ...]
    """Words before a length of time ("takes 8 hrs", "about 12 h"): no clock time follows."""
    lowercase_weekdays: frozenset[str]
    """Weekdays that languages write in lower case ("domingo"); capitalised, a name."""
    weekday_followers: tuple[str, ...]
    """Words after a capitalised weekday opening a sentence that make it the day ("Jeudi
    *à* 14h", "Miércoles *a las* 10"), not a first name and its verb ("Domingo te llamará")."""
    lowercase_relative_days: frozenset[str]
    """Relative days that are also a capitalised noun ("morgen" tomorrow, "der Morgen")."""
    relative_day_articles: tuple[str, ...]
    """Words that make a relative day a noun ("por la mañana" is in the morning)."""
    range_leads: tuple[str, ...]
    """Words before the first hour of a range ("*from* 10 to 11", "*de* 10 h à 11 h")."""
    day_articles: tuple[str, ...]
    """Articles before a day of the month written alone ("on *the* 10th", "*le* 10 à 14h")."""
    clock_leads: tuple[str, ...]
    """Words after which a bare number is an hour ("a las 10"): they name the hour itself."""
    clock_followers: tuple[str, ...]
    """Words after such a bare hour that leave it an hour ("at 10 for", "a las 10 para")."""
    morning_markers: tuple[str, ...]
    """Words right after an hour that put it before noon ("at 6 in the morning")."""
    zone_fillers: tuple[str, ...]
    """Words between a time and its zone ("10am *our time* (CET)"): skipped to reach it."""
    reader_clocks: tuple[str, ...]
    """Words right after a time that put it on the reader's own clock ("10am *your time*")."""
    zone_place_leads: tuple[str, ...]
    """Words between a time and a place whose clock it is ("4pm *in* Melbourne")."""
    afternoon_markers: tuple[str, ...]
    """Words right after an hour that put it after noon ("at 7 in the evening")."""
    same_day: tuple[str, ...]
    """Words naming the day of the date written before them ("the same day", "that day")."""
    day_leads: tuple[str, ...]
    """Words before a day named after a clock ("half past two *on* Friday")."""
    same_time: tuple[str, ...]
    """Words keeping the clock time of a booking quoted below ("same time", "à la même
    heure"): a reply moving the interview to another day names only the day."""
    span_leads: tuple[str, ...]
    span_joiners: tuple[str, ...]
    """ "between" and "and": two times so joined are one range ("between 2pm and 3pm")."""
    next_week: tuple[str, ...]
    """Words beside a weekday that put it in next week ("Wednesday next week")."""
    week_on_after: tuple[str, ...]
    week_on_before: tuple[str, ...]
    """Words after ("Thursday week") or before ("a week on Thursday") a weekday that put it
    seven days after its next date."""
    hour_words: Mapping[str, int]
    """Hours written as words, 1 to 12 ("two", "drei", "dix", "una")."""
    clock_fractions: Mapping[str, int]
    """Minutes a word before an hour adds to it ("half past": 30, "quarter to": -15, German
    "halb": -30, since "halb drei" is 2:30)."""
    clock_fractions_after: Mapping[str, int]
    """Minutes a word after an hour adds to it ("et demie": 30, "menos cuarto": -15)."""
    """Words between a time and its zone ("10am *our time* (CET)", "14 Uhr *Ortszeit* MESZ")."""
    duration_phrases: Mapping[str, int]
    numbers: Mapping[str, int]
    option_ordinals: Mapping[str, int]
    """Ordinal word -> position, for a reply choosing "the second option" of listed times."""
    period_days: Mapping[str, int]
    relative_weeks: Mapping[str, tuple[int, int]]
    """Phrase -> (weeks ahead, weekday) for "early next week" style deadlines."""
    zone_abbreviations: Mapping[str, str]
    """Upper-case abbreviation -> IANA zone."""
    zone_regions: Mapping[str, str]
    """Lower-case region or city name -> IANA zone."""
    zone_clock_regions: Mapping[str, str]
    zone_shared: Mapping[str, tuple[str, ...]]
    """Abbreviations other regions also use, with those regions ("IST": Dublin, Jerusalem)."""
    """Lower-case region names that mean a zone only right after a clock time ("2pm
    Mountain"); elsewhere they are ordinary words ("the Central line", Outlook's "(UTC-06:00)
    Central America"), so calendar zone names and place lookups never read them."""
    region_suffixes: tuple[str, ...]
    clock_words: tuple[str, ...] = ()
    """Words naming a clock ("time", "Zeit", "heure", "hora"): a zone's name holds one, a
    place's name does not ("Pacific Time" is a zone label; "London" alone is a place)."""

    def phrase(self, key: str) -> Phrase:
        """The compiled alternation for a phrase key."""
        return self.phrases[key]


# libyaml's loader (in PyYAML's wheels) reads the shipped lexicons about ten times faster
# than the pure-Python one, which was a third of the daemon's start; same results (tested).
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> dict[str, Any]:
    """Read one YAML file into a mapping, translating every failure into LexiconError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon file {path}: {exc}") from exc
    try:
        data = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {path} is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon file {path}: top level must be a mapping")
    return data


def _merge(into: dict[str, Any], data: Mapping[str, Any], source: Path) -> None:
    """Merge one file's data into the accumulated data, validating its shape."""
    for section, body in data.items():
        if section == "language":
            if not isinstance(body, str):
                raise LexiconError(f"{source}: 'language' must be a string")
            into.setdefault("language", []).append(body)
            continue
        if section not in _SECTIONS:
            valid = ", ".join(sorted([*_SECTIONS, "language"]))
            raise LexiconError(f"{source}: unknown section {section!r} (valid: {valid})")
        if body is None:
            continue
        if not isinstance(body, dict):
            raise LexiconError(f"{source}: section {section!r} must be a mapping")
        target = into.setdefault(section, {})
        for key, value in body.items():
            if key not in _SECTIONS[section]:
                valid = ", ".join(sorted(_SECTIONS[section]))
                raise LexiconError(f"{source}: unknown key {section}.{key!r} (valid: {valid})")
            where = f"{source}: {section}.{key}"
            is_map = key in _WORD_MAP_KEYS or key in _ZONE_MAP_KEYS
            if is_map:
                if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                    raise LexiconError(f"{where} must be a mapping of words")
                target.setdefault(key, {}).update(value)
            else:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise LexiconError(f"{where} must be a list of strings")
                target.setdefault(key, []).extend(value)


_PHRASE_FLAGS = re.IGNORECASE | re.MULTILINE


def _compile(pattern: str, where: str, flags: int = _PHRASE_FLAGS) -> re.Pattern[str]:
    """Compile a regex from data, naming the field on failure."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{where}: invalid regular expression {pattern!r}: {exc}") from exc


def _build(data: Mapping[str, Any], *, trusted: bool = False) -> Lexicon:
    """Validate merged data and compile it into a Lexicon.

    ``trusted`` data (the shipped files alone, whose every pattern the tests compile) skips
    compiling each phrase up front: the phrases compile on first use, which takes most of
    a restart's second off the time until the daemon is ready.
    """
    senders: Mapping[str, list[str]] = data.get("senders", {})
    phrases: Mapping[str, list[str]] = data.get("phrases", {})
    patterns: Mapping[str, list[str]] = data.get("patterns", {})
    words: Mapping[str, Any] = data.get("words", {})
    zones: Mapping[str, Any] = data.get("zones", {})

    def ints(key: str) -> dict[str, int]:
        raw: Mapping[str, Any] = words.get(key, {})
        out: dict[str, int] = {}
        for name, value in raw.items():
            if not isinstance(value, int) or isinstance(value, bool):
                raise LexiconError(f"words.{key}.{name}: must be an integer, got {value!r}")
            out[name.lower()] = value
        return out

    months = ints("months")
    if any(not 1 <= v <= 12 for v in months.values()):
        raise LexiconError("words.months: values must be month numbers 1..12")
    weekdays = ints("weekdays")
    if any(not 0 <= v <= 6 for v in weekdays.values()):
        raise LexiconError("words.weekdays: values must be 0 (Monday) .. 6 (Sunday)")

    def zone_map(key: str, *, upper: bool) -> dict[str, str]:
        raw: Mapping[str, Any] = zones.get(key, {})
        out: dict[str, str] = {}
        for name, value in raw.items():
            if not isinstance(value, str):
                raise LexiconError(f"zones.{key}.{name}: must be an IANA zone name")
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise LexiconError(f"zones.{key}.{name}: unknown IANA zone {value!r}") from exc
            out[name.upper() if upper else name.lower()] = value
        return out

    def shared_map() -> dict[str, tuple[str, ...]]:
        raw: Mapping[str, Any] = zones.get("shared_abbreviations", {})
        out: dict[str, tuple[str, ...]] = {}
        for name, values in raw.items():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise LexiconError(f"zones.shared_abbreviations.{name}: must list IANA zones")
            for value in values:
                try:
                    ZoneInfo(value)
                except (ZoneInfoNotFoundError, ValueError) as exc:
                    raise LexiconError(
                        f"zones.shared_abbreviations.{name}: unknown IANA zone {value!r}"
                    ) from exc
            out[name.upper()] = (*out.get(name.upper(), ()), *values)
        return out

    def checked(items: list[str], where: str) -> list[str]:
        if not trusted:
            for item in items:
                _compile(item, where)
            _compile(_alternation(items), where)
        return items

    compiled = {
        key: Phrase(checked(phrases.get(key, []), f"phrases.{key}"), _PHRASE_FLAGS, lazy=trusted)
        for key in _PHRASE_KEYS
    }

    def plist(key: str, flags: int) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(p, f"patterns.{key}", flags) for p in patterns.get(key, []))

    def pattern_phrase(key: str) -> Phrase:
        items = checked(patterns.get(key, []), f"patterns.{key}")
        return Phrase(items, _PHRASE_FLAGS, lazy=trusted)

    def wl(key: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in words.get(key, []))

    lang = data.get("language", [])
    return Lexicon(
        languages=tuple(lang),
        ats_domains=frozenset(d.lower() for d in senders.get("ats_domains", [])),
        scheduling_domains=frozenset(d.lower() for d in senders.get("scheduling_domains", [])),
        freemail_domains=frozenset(d.lower() for d in senders.get("freemail_domains", [])),
        agency_domains=frozenset(d.lower() for d in senders.get("agency_domains", [])),
        noreply_local=_compile(
            f"(?:{_alternation(senders.get('noreply_locals', []))})\\Z", "senders.noreply_locals"
        ),
        system_local=_compile(
            f"(?:{_alternation(senders.get('system_locals', []))})\\Z", "senders.system_locals"
        ),
        relay_domains=frozenset(d.lower() for d in senders.get("relay_domains", [])),
        relay_local=_compile(
            f"(?:{_alternation(senders.get('relay_locals', []))})\\Z", "senders.relay_locals"
        ),
        role_local=_compile(
            f"(?:{_alternation(senders.get('role_locals', []))})\\Z", "senders.role_locals"
        ),
        hiring_local=_compile(
            f"(?:{_alternation(senders.get('hiring_locals', []))})\\Z", "senders.hiring_locals"
        ),
        personnel_local=_compile(
            f"(?:{_alternation(senders.get('personnel_locals', []))})\\Z",
            "senders.personnel_locals",
        ),
        service_local=_compile(
            f"(?:{_alternation(senders.get('service_locals', []))})\\Z", "senders.service_locals"
        ),
        resource_domains=frozenset(d.lower() for d in senders.get("resource_domains", [])),
        phrases=compiled,
        # Role and company patterns rely on capital letters, so they are case-sensitive
        # apart from their own (?i) groups.
        role_patterns=tuple(map(Gated, plist("role", re.MULTILINE))),
        company_patterns=tuple(map(Gated, plist("company", re.MULTILINE))),
        sender_company_patterns=plist("sender_company", re.IGNORECASE),
        team_signatures=plist("team_signature", re.MULTILINE),
        location_patterns=tuple(map(Gated, plist("location", re.MULTILINE))),
        # Names follow or precede these in 30,000 characters of body: gated like phrases.
        interviewers_intro=pattern_phrase("interviewers_intro"),
        interviewers_outro=pattern_phrase("interviewers_outro"),
        interviewers_relative=pattern_phrase("interviewers_relative"),
        self_words=frozenset(wl("self_words")),
        honorifics=frozenset(wl("honorifics")),
        honorific_names=frozenset(wl("honorific_names")),
        name_suffixes=frozenset(w.strip(".") for w in wl("name_suffixes")),
        with_words=frozenset(wl("with")),
        name_leads=frozenset(wl("name_leads")),
        room_words=wl("room_words"),
        title_field_joiners=frozenset(wl("title_field_joiners")),
        room_leads=frozenset(w.lower() for w in wl("room_leads")),
        possessives=frozenset(wl("possessives")),
        articles=frozenset(wl("articles")),
        vacancy_words=frozenset(wl("vacancy_words")),
        application_words=frozenset(wl("application_words")),
        name_stop=frozenset(w.lower() for w in patterns.get("name_stop", [])),
        and_words=frozenset(wl("and")),
        then_words=frozenset(wl("then")),
        self_verbs=frozenset(wl("self_verbs")),
        clause_leads=frozenset(wl("clause_leads")),
        name_openers=frozenset(w.lower() for w in wl("name_openers")),
        subject_verbs=frozenset(w.lower() for w in wl("subject_verbs")),
        not_names=frozenset(wl("not_names")),
        org_words=frozenset(w.strip(".") for w in (*wl("org_words"), *wl("address_words"))),
        address_words=frozenset(w.strip(".") for w in wl("address_words")),
        address_suffixes=wl("address_suffixes"),
        street_ends=frozenset(w.strip(".") for w in wl("street_ends")),
        place_suffixes=wl("place_suffixes"),
        title_words=frozenset(wl("title_words")),
        title_suffixes=wl("title_suffixes"),
        months=months,
        weekdays=weekdays,
        relative_days=ints("relative_days"),
        next_words=wl("next_words"),
        noon=wl("noon"),
        midnight=wl("midnight"),
        am=wl("am"),
        pm=wl("pm"),
        range_joiners=wl("range_joiners"),
        duration_units=ints("duration_units"),
        at_words=wl("at_words"),
        ordinals=wl("ordinals"),
        date_particles=wl("date_particles"),
        hour_suffixes=wl("hour_suffixes"),
        gap_joiners=wl("gap_joiners"),
        choice_joiners=wl("choice_joiners"),
        meet_leads=wl("meet_leads"),
        duration_leads=wl("duration_leads"),
        lowercase_weekdays=frozenset(wl("lowercase_weekdays")),
        weekday_followers=wl("weekday_followers"),
        lowercase_relative_days=frozenset(wl("lowercase_relative_days")),
        relative_day_articles=wl("relative_day_articles"),
        range_leads=wl("range_leads"),
        clock_leads=wl("clock_leads"),
        clock_followers=wl("clock_followers"),
        morning_markers=wl("morning_markers"),
        zone_fillers=wl("zone_fillers"),
        reader_clocks=wl("reader_clocks"),
        zone_place_leads=wl("zone_place_leads"),
        afternoon_markers=wl("afternoon_markers"),
        span_leads=wl("span_leads"),
        same_day=wl("same_day"),
        day_leads=wl("day_leads"),
        same_time=wl("same_time"),
        span_joiners=wl("span_joiners"),
        next_week=wl("next_week"),
        week_on_after=wl("week_on_after"),
        week_on_before=wl("week_on_before"),
        hour_words=ints("hour_words"),
        clock_fractions=ints("clock_fractions"),
        clock_fractions_after=ints("clock_fractions_after"),
        day_articles=wl("day_articles"),
        duration_phrases=ints("duration_phrases"),
        numbers=ints("numbers"),
        option_ordinals=ints("option_ordinals"),
        period_days=ints("period_days"),
        relative_weeks=_weeks(words.get("relative_weeks", {})),
        zone_abbreviations=zone_map("abbreviations", upper=True),
        zone_regions=zone_map("regions", upper=False),
        zone_clock_regions=zone_map("clock_regions", upper=False),
        zone_shared=shared_map(),
        region_suffixes=tuple(w.lower() for w in zones.get("region_suffixes", [])),
        clock_words=tuple(w.lower() for w in zones.get("clock_words", [])),
    )


def _weeks(raw: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """Validate ``words.relative_weeks``: phrase -> [weeks ahead, weekday]."""
    out: dict[str, tuple[int, int]] = {}
    for name, value in raw.items():
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 <= value[0] <= 8
            and 0 <= value[1] <= 6
        )
        if not ok:
            raise LexiconError(
                f"words.relative_weeks.{name}: must be [weeks ahead 0..8, weekday 0..6]"
            )
        out[name.lower()] = (value[0], value[1])
    return out


def resolve_languages(languages: Sequence[str] | None) -> tuple[str, ...]:
    """The shipped languages to load, English first; LexiconError for an unknown code.

    The one check of language codes: configuration validation calls it too.
    """
    shipped = shipped_languages()
    if languages is None:
        return shipped
    unknown = [code for code in languages if code not in shipped]
    if unknown:
        raise LexiconError(
            f"unknown language {unknown[0]!r}; choose from {', '.join(sorted(shipped))}"
        )
    return (BASE_LANGUAGE, *dict.fromkeys(c for c in languages if c != BASE_LANGUAGE))


def load_lexicon(paths: Sequence[Path] = (), languages: Sequence[str] | None = None) -> Lexicon:
    """The shipped languages (all by default, English always) merged with the given files.

    ``paths`` are merged last, in order, so a user's file extends or overrides the shipped
    words. Raises :class:`LexiconError` naming the file and field when data is malformed,
    or naming the language when ``languages`` holds one that is not shipped.
    """
    codes = resolve_languages(languages)
    if not paths:
        return _shipped(codes)
    merged: dict[str, Any] = {}
    for path in (*(_DIR / f"{code}.yaml" for code in codes), *paths):
        _merge(merged, _read(Path(path)), Path(path))
    return _build(merged)


@lru_cache(maxsize=8)
def _shipped(codes: tuple[str, ...]) -> Lexicon:
    """The shipped files for ``codes`` merged and compiled, once per process."""
    merged: dict[str, Any] = {}
    for code in codes:
        path = _DIR / f"{code}.yaml"
        _merge(merged, _read(path), path)
    return _build(merged, trusted=True)


def default_lexicon() -> Lexicon:
    """Every shipped language, compiled once per process."""
    return _shipped(shipped_languages())


def words_alt(words: Sequence[str]) -> str:
    """Public helper for other modules: literal words as a regex alternation."""
    return _words_alt(words)


_T = TypeVar("_T")


def per_lexicon(build: Callable[[Lexicon], _T]) -> Callable[[Lexicon], _T]:
    """Decorator: compute ``build(lex)`` (regexes built from its words) once per lexicon.

    A Lexicon holds dicts, so it is unhashable and ``lru_cache`` cannot key on it; the
    cache keys on its id and keeps the object, so a reused id never returns stale data.
    """
    cache: dict[int, tuple[Lexicon, _T]] = {}

    @wraps(build)
    def get(lex: Lexicon) -> _T:
        hit = cache.get(id(lex))
        if hit is not None and hit[0] is lex:
            return hit[1]
        value = build(lex)
        if len(cache) > 8:
            cache.clear()
        cache[id(lex)] = (lex, value)
        return value

    return get
