"""Interviewers and organisers: from calendar attendees and from text.

Text forms: "you'll be meeting with Sarah Connor (Engineering Manager) and Raj Patel, Staff
Engineer", "Interviewers:" lists with one person per line. A name is only given an address
when the message itself pairs them (calendar attendee, From, Reply-To, To/Cc); addresses
are never guessed. The user, no-reply and ATS addresses are never interviewers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from ._lexicon import Lexicon, per_lexicon, words_alt
from ._safety import domain_of, in_domains, is_noreply, local_of
from .model import Person

_NAME_WORD = r"[^\W\d_][\w'’.\-]*"
# Lower-case name particles: Dutch/German/Romance ("van der", "de la"), Arabic and Malay
# patronymics ("bin", "binte", "ibn"), Welsh "ap", and the Catalan "i" that joins a
# person's two surnames ("Vilanova i Puig"; Catalan is not a list language, so "i" never
# splits a list as "and" would), and the Portuguese "e" ("Costa e Silva"; Spanish writes
# "e" for "and" before an i- or hi- word, "Ana Ruiz e Inés Rubio": that one splits, below).
_PARTICLES = (
    r"(?:de|van|von|der|den|da|di|du|le|la|los|las|del|della|dei|bin|binti|binte|bte|ibn|ben|bat|ap"
    r"|al|el|ter|dos|das|zu|af|av|i|e)"
)
# Patterns are compiled once here: per-call re.* lookups go through re's 512-entry cache,
# which per-message patterns (names) used to overflow, so these were recompiled per message.
_PARTICLE_RE = re.compile(_PARTICLES)
# "d'Arcy", "dell'Acqua", "al-Rashid", "el-Amin": a small lower-case particle written onto a
# capitalised name with an apostrophe or a hyphen.
_JOINED_PARTICLE_RE = re.compile(r"[a-z]{1,4}['’\-]")


def _capital(word: str) -> bool:
    """Whether a word opens like a name: a capital, or a letter of a script without case.

    Chinese, Arabic, Korean and Devanagari have no capitals ("张伟", "محمد علي"), so only a
    lower-case letter says a word is no name's.
    """
    return bool(word) and word[0].isalpha() and not word[0].islower()


# Chinese, Japanese and Korean write a full name without a space ("张伟", "김지은").
_UNSPACED_NAME_RE = re.compile(r"[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7A3]{2,4}")


def full_name(name: str | None) -> bool:
    """Whether a name holds a given and a family name: two words, or an unspaced CJK name."""
    text = (name or "").strip()
    return " " in text or _UNSPACED_NAME_RE.fullmatch(text) is not None


def _full_words(words: Sequence[str]) -> bool:
    """Whether two to four words are a full name's, or one word is an unspaced one."""
    return 2 <= len(words) <= 4 or (len(words) == 1 and full_name(words[0]))


def _joined_particle(word: str) -> bool:
    """Whether a lower-case word is a particle joined onto a capital ("d'Arcy", "al-Amin")."""
    m = _JOINED_PARTICLE_RE.match(word)
    return m is not None and word[m.end() : m.end() + 1].isupper()


_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_NAME_WORDS_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_ITEM_PAREN_RE = re.compile(r"^(?P<n>[^(\[]+?)\s*[(\[](?P<t>[^)\]]{2,80})[)\]]")
_ITEM_SEP_RE = re.compile(r"\s*(?:,|\s[-–—|]\s|:)\s*")
# A capital letter alone before a dot is an initial ("A. J. Fitzgerald", "Kwame O. Mensah",
# "A.J. Fitzgerald"), not the end of a sentence.
# "Ma. Cristina Reyes": the Philippines abbreviate the given name María so; its dot ends no
# sentence either (after a comma "Ma." is the state: "our office in Boston, Ma. Tom will").
_INITIAL_DOT = (
    r"(?<![\s(,/.][A-Z\u00C0-\u00DE])(?<!^[A-Z\u00C0-\u00DE])"
    r"(?<![(/.]Ma)(?<!(?<!,)\sMa)(?<!^Ma)\."
)
_CHUNK_END_RE = re.compile(
    rf"(?<=[^A-Z\s][a-z)])[.!?](?:\s|$)|\n\n|(?:{_INITIAL_DOT}|[!?])\s", re.MULTILINE
)
_DASH_ASIDE_RE = re.compile(
    r"[ \t]+[-–—][ \t]+(?:she|he|they|who)\b[^-–—\n]{1,80}?[ \t]+[-–—](?=[ \t]+(?:and|&)\b)",
    re.IGNORECASE,
)
_ROW_SEP_RE = re.compile(r"\s+[|·•]\s+|\s{2,}|\t")
_SIG_TITLE_SEP_RE = re.compile(r"\s*(?:,|\||\s[-–—]\s)\s*")
# "our recruiting coordinator, " right before a name: its job, said first.
_DESCRIBED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:our|my|the|your|their|notre|nos|votre|vos|unser\w*|ihr\w*|nuestr[oa]s?)\s+"
    r"(?P<t>(?:[^\W\d][\w&/-]*\s+){0,3}?[^\W\d][\w&/-]*)\s*,?\s*$",
    re.IGNORECASE,
)
# A person's job noun ("coordinatrice", "coordinadora"), not an activity ("scheduling").
_AGENT_NOUN_RE = re.compile(r"(?:or|eur|rice|ora|in|ant|ante)s?$", re.IGNORECASE)
# "our coordinator and Jane Roe": two people, the job not hers.
_JOINED_WORDS_RE = re.compile(
    r"(?<!\w)(?:and|or|with|plus|und|oder|mit|et|ou|avec|y|o|con)(?!\w)", re.I
)
_DESCRIBED_RE = re.compile(r"\s*(?:[,(|–—-]|\bis (?:our|the|your)\b)\s*(?P<t>[^)\n.;]{2,50})")
# "María José de la Fuente": up to two particles between capitalised words.
_NAME_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_NAME_WORD}){{0,3}})"
)
# A bullet opening a one-word label and its colon ("- Who:", "• With:"), not a bullet before
# a name ("- Jane Roe: Head of Data" is a row of a list).
_LABEL_BULLET_RE = re.compile(r"^[ \t]*[-*•·–][ \t]+(?=[^\W\d_]+[ \t]*:)", re.M)
_BULLET_RE = re.compile(r"^\s*(?:[-*•·–>]|\d{1,2}[.)])\s*")
_EMAIL_RE = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+")
_TIME_LIKE = re.compile(r"\d")
# A panel row's leading time ("1:00 PM – Priyanka Iyer, ...", "09:30-10:15 | Jane Roe").
_LEAD_TIME_RE = re.compile(
    r"^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[-–—]|to)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s*\(?(?-i:[A-Z]{2,5})\)?(?!\w))?\s*(?:[-–—|:·•]\s*|\s(?=\D))",
    re.IGNORECASE,
)
# "Jane Roe – Head of Design, Payments": a dash-separated title may hold commas.
_DASH_TITLE_RE = re.compile(r"^[^,\n]{3,60}?\s[-–—|]\s\S")


@per_lexicon
def _and_me_re(lex: Lexicon) -> re.Pattern[str]:
    """ "... and I will run the session": the writer among the people before an outro."""
    ands, selves = words_alt(sorted(lex.and_words)), words_alt(sorted(lex.self_words))
    # Before the writer's own word a bare "e" is "and" too ("Ana Costa e eu"), as in lists.
    return re.compile(rf"\s+(?:{ands}|e)\s+(?:{selves})\b", re.IGNORECASE)


def _norm(name: str) -> str:
    """Comparable form of a name."""
    return " ".join(name.lower().replace(".", " ").split())


def _squash(name: str) -> str:
    """A name's letters and digits only, lower-cased ("Pacific Wave" -> "pacificwave")."""
    return "".join(c for c in name.lower() if c.isalnum())


def allowed(person: Person, lex: Lexicon, user: frozenset[str]) -> bool:
    """Whether a person may be an interviewer (not the user, a machine, a team or a room)."""
    if person.email:
        if person.email in user or is_noreply(person.email, lex):
            return False
        dom = domain_of(person.email)
        if in_domains(dom, lex.ats_domains) or in_domains(dom, lex.scheduling_domains):
            return False
        if in_domains(dom, lex.resource_domains):
            return False
        if not person.name and is_role_address(person.email, lex):
            # "recruiting@", "room4@" alone (a guest without a name): a shared inbox or a
            # room. With a name beside it ("Jane Roe <careers@...>") a person wrote.
            return False
    return True


def is_role_address(address: str, lex: Lexicon) -> bool:
    """Whether an address is a shared mailbox or a room's ("talent@", "careers@", "room4@")."""
    local = local_of(address)
    return bool(local) and bool(lex.role_local.match(local))


def is_room_name(name: str, lex: Lexicon) -> bool:
    """Whether a name is a meeting room's ("Room Berlin 4.12", "Konferenzraum Spree").

    Rooms booked through a directory are often plain calendar guests without CUTYPE=ROOM,
    and guest lists and sentences name them beside people ("Jane Roe and Sala Madrid").
    """
    low = " ".join(name.lower().split())
    words = _LETTERS_RE.findall(low)
    if words and words[0] in lex.room_leads and len(words) > 1:
        return True
    phrases, singles = _room_words(lex)
    # A room word, or a longer compound ending in one ("Konferenzraum"); endswith with the
    # tuple first, in C, since few words end in any of them.
    for w in words:
        if w in singles[0] or (
            w.endswith(singles[1])
            and any(len(w) > len(r) + 2 and w.endswith(r) for r in singles[1])
        ):
            return True
    return any(phrase.search(low) for phrase in phrases)


@per_lexicon
def _room_words(
    lex: Lexicon,
) -> tuple[tuple[re.Pattern[str], ...], tuple[frozenset[str], tuple[str, ...]]]:
    """The lexicon's room words: patterns of those of several words, and the single ones
    (as a set, and as a tuple for ``str.endswith``)."""
    singles = tuple(room for room in lex.room_words if " " not in room)
    return (
        tuple(re.compile(rf"(?<!\w){re.escape(r)}(?!\w)") for r in lex.room_words if " " in r),
        (frozenset(singles), singles),
    )


def _is_user_name(name: str, user_name: str | None) -> bool:
    """Whether a name is the user's own (full or first name)."""
    if not user_name:
        return False
    a, b = _norm(name), _norm(user_name)
    return a == b or (a == b.split(" ")[0] if b else False)


def _title_word(word: str, lex: Lexicon) -> bool:
    """A job-title word: listed, or a compound ending in a title ("Bereichsleiterin")."""
    low = word.lower()
    return low in lex.title_words or _compound_of(low, lex.title_suffixes)


def _acronym(word: str) -> bool:
    """An abbreviation in capitals ("SVP", "RN", "SHEQ"), not a capitalised word."""
    letters = word.strip(".")
    return len(letters) > 1 and letters.isupper()


def _not_a_name_word(word: str, lex: Lexicon) -> bool:
    """A team, department or address word ("Claims", "Av."), or a credential in capitals.

    "RN" or "MD" after a name is a credential; "Md Rahman" is a person, so only the
    capitalised form of a credential is ruled out.
    """
    low = word.lower().strip(".")
    return (
        low in lex.org_words
        or (_acronym(word) and low in lex.name_suffixes)
        or _compound_of(low, lex.address_suffixes)
    )


def _compound_of(low: str, ends: Sequence[str]) -> bool:
    """Whether a word is a compound ending in one of ``ends`` ("hauptstraße", "manchester")."""
    # Most words end in none of them: one endswith with the tuple (in C) says so.
    return low.endswith(tuple(ends)) and any(
        len(low) > len(end) + 2 and low.endswith(end) for end in ends
    )


def is_place_word(word: str, lex: Lexicon) -> bool:
    """Whether one capitalised word is a town ("Manchester", "Darmstadt"), not a person.

    Town names share endings no given name has ("-chester", "-burgh", "-stadt"); a city the
    lexicon knows for its time zone ("Madrid") counts too. Some of those are also given
    names ("Sydney", "Milan"), so callers keep such a word when the message corroborates it
    as a person.
    """
    low = word.lower().strip(".,")
    return _compound_of(low, lex.place_suffixes) or low in lex.zone_regions


def _looks_like_name(words: Sequence[str], lex: Lexicon) -> bool:
    """Capitalised words that are not common nouns, titles, dates or pronouns."""
    if not words or len(words) > 6:
        return False
    lows = [w.lower().strip(".") for w in words]
    if any(low in lex.not_names for low in lows):
        return False
    # "Unser System ruft Sie an", "Notre Standard": a capitalised possessive leads a noun,
    # not a name (the short ones, "Su", "Tu", "Mi", are also family or given names).
    if len(words) > 1 and len(lows[0]) > 3 and lows[0] in lex.possessives:
        return False
    # One word in capitals is an abbreviation ("SHEQ", "FP"), not a person named once.
    if len(words) == 1 and _acronym(words[0]):
        return False
    # Date words reject a "name" made only of them ("Tuesday March"); with several languages
    # on, month words are also given names ("Nguyễn Thị Mai", "June Adams", "Domingo Ruiz").
    if all(low in lex.months or low in lex.weekdays for low in lows):
        return False
    core = [w for w in words if not _PARTICLE_RE.fullmatch(w)]
    # Capitalised, or a script without case (李华, ईशा): only lower case disqualifies, except
    # a particle elided or joined onto a capitalised family name ("d'Arcy", "al-Rashid").
    if (
        not core
        or len(core) > 4
        or any(not w[0].isalpha() or (w[0].islower() and not _joined_particle(w)) for w in core)
        or all(w[0].islower() for w in core)
    ):
        return False
    if any(_title_word(w, lex) or _not_a_name_word(w, lex) for w in core):
        return False
    # "King St" is a street; "Jane St. Clair" keeps "St." before her family name.
    if len(words) > 1 and lows[-1] in lex.street_ends:
        return False
    # "Manchester", "Darmstadt": a town's ending (a known city is left to the caller).
    if len(core) == 1 and _compound_of(lows[0], lex.place_suffixes):
        return False
    # Initials alone ("A.", "A. J.") are what is left of a name cut short, not a name.
    if all(len(w.strip(".")) == 1 for w in core):
        return False
    # "Besprechungsraum Alster", "Sala Madrid": a room listed beside the people.
    return not is_room_name(" ".join(words), lex)


def reads_as_name(name: str, lex: Lexicon) -> bool:
    """Whether a display name reads as a person's ("Yoon Ji-ho"), not a team's ("Acme Talent")."""
    return _looks_like_name(drop_honorifics(name.split(), lex), lex)


def is_title(text: str, lex: Lexicon) -> bool:
    """Whether text reads like a job title ("Staff Engineer", "Head of Data")."""
    words = _LETTERS_RE.findall(text.lower())
    return (
        bool(words)
        and len(words) <= 8
        and any(
            _title_word(w, lex) or " ".join(words[i : i + 2]) in lex.title_words
            for i, w in enumerate(words)
        )
    )


_DETERMINERS = frozenset({"our", "their", "the", "my", "your", "his", "her"})
# Small words that join a title to its field ("Head of", "Director for"): a title never ends
# with one, so what follows is the field.
_FIELD_JOINERS = frozenset({"of", "for", "and", "&"})


def _drop_determiner(title: str, lex: Lexicon) -> str:
    """ "our Director of Analytics" -> "Director of Analytics" ("notre", "unsere", "nuestra")."""
    first, _, rest = title.partition(" ")
    low = first.lower()
    return rest if (low in _DETERMINERS or low in lex.possessives) and rest else title


_CHIEF = re.compile(r"C[A-Z]{1,3}O")


def _strip_lead_title(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """ "our Head of Data Raj Patel" -> ("Raj Patel", "Head of Data"): title before name.

    The name is taken as the last two capitalised words (with any particles before them),
    the rest after the determiner must read as a title.
    """
    words = text.split()
    if len(words) >= 3 and _title_word(words[0].strip(".,"), lex):
        return _split_title_run(words, lex)
    lead = words[0].lower() if words else ""
    # "o supervisor Márcio Tavares", "el gerente Mario Soto": an article leads as "the" does.
    # (Written in lower case: the English "I" is no Italian article.)
    leads = (
        lead in _DETERMINERS
        or lead in lex.possessives
        or (bool(words) and words[0] in lex.articles)
    )
    if (
        len(words) == 3
        and leads
        and is_title(words[1], lex)
        # A chief's acronym or a word in lower case ("our CTO Piotr", "our founder Mia"): a
        # capitalised title goes on capitalised ("el Director General", "Head Chef"), and a
        # VP's names a field ("the VP Sales").
        and (_CHIEF.fullmatch(words[1]) is not None or words[1].islower())
        and _capital(words[2])
        and not _title_word(words[2].strip(".,"), lex)
        and _looks_like_name(words[2:], lex)
    ):
        # "our CTO Piotr", "notre CTO Piotr": one title word, then a given name alone.
        return words[2], words[1]
    if len(words) < 4 or not leads:
        return _field_title_first(words, lex) or (text, None)
    i = len(words) - 2
    if _PARTICLE_RE.fullmatch(words[i]):
        i -= 1
    while i > 1 and _PARTICLE_RE.fullmatch(words[i - 1]):
        i -= 1
    if i > 1 and _PARTICLE_RE.fullmatch(words[i]):
        i -= 1  # "Jane van der Berg": the given name comes before the particles
    if (
        i > 2
        and _title_word(words[i - 2].strip(".,"), lex)
        and _capital(words[i - 1])
        and not _title_lead(words[i - 1].strip(".,"), lex)
        and _looks_like_name(words[i - 1 :], lex)
    ):
        # "our Engineering Manager Ana Sofía de la Cruz", "our research lead Nguyễn Thị
        # Lan": a capitalised word right after the title's last title word opens the name.
        i -= 1
    title = " ".join(words[1:i])
    if (
        not is_title(title, lex)
        # "the Head of Supply Chain": words after a title's "of" are its field, not a name.
        or words[i - 1].lower() in _FIELD_JOINERS
        or not _looks_like_name(words[i:], lex)
    ):
        return text, None
    return " ".join(words[i:]), title


def _field_title_first(words: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """ "Store Manager Jane Roe" -> ("Jane Roe", "Store Manager"): a field, then a title word.

    The field word ("Store", "Warehouse", "Regional") is not a title word itself, so the
    title is read back from its last title word; the name after it must be two to four
    plain name words.
    """
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    for j in range(1, min(len(words) - 1, 4)):
        if not _title_word(words[j].strip(".,"), lex):
            continue
        name = words[j + 1 :]
        plain = _full_words(name) and not any(_acronym(w) for w in name)
        if plain and _looks_like_name(name, lex) and is_title(" ".join(words[: j + 1]), lex):
            return " ".join(name), " ".join(words[: j + 1])
    return None


def _title_lead(word: str, lex: Lexicon) -> bool:
    """A word of a title written before a name: a title, team word or abbreviation."""
    return _title_word(word, lex) or word.lower() in lex.org_words or _acronym(word)


def _split_title_run(words: list[str], lex: Lexicon) -> tuple[str, str | None]:
    """ "SVP Audience Jane Roe" -> ("Jane Roe", "SVP Audience"): a title written first.

    The title is the run of title words, team words, abbreviations and small lower-case
    joiners ("Head of Data"); what follows must be a name of two words or more.
    """
    i = 0
    while i < len(words):
        w = words[i].strip(".,:")
        if not w:
            break
        if _PARTICLE_RE.fullmatch(w):
            # "Director de Ventas Ana Ruiz": a particle joins title words, or opens a name.
            after = words[i + 1].strip(".,:") if i + 1 < len(words) else ""
            if not after or not _title_lead(after, lex):
                break
        elif not (_title_lead(w, lex) or w.islower()):
            break
        i += 1
    name = words[i:]
    # "Head of Customer Success", "CFO at Meridian Ports", "VP Sales EMEA": a title whose
    # field the lexicon does not know; the name must follow a whole title, in plain letters.
    # A lower-case title word ends a title too ("principal engineer Wiebke Sommer").
    whole = i > 0 and (not words[i - 1].islower() or _title_word(words[i - 1].strip(".,:"), lex))
    # "Superintendente de Planeamiento": a particle and one word end a title, not a name.
    core = [w for w in name if not _PARTICLE_RE.fullmatch(w)]
    if (
        not whole
        or not _full_words(name)
        or not _full_words(core)
        or any(_acronym(w) for w in name)
        or not _looks_like_name(name, lex)
    ):
        return " ".join(words), None
    return " ".join(name), " ".join(words[:i]).strip(" ,:")


_INITIAL_RE = re.compile(r"(?:[A-Z\u00C0-\u00DE]\.)+")
# Two initials or more in capitals, the last dot perhaps dropped: "D.A.", "D.A".
_CAPS_INITIALS_RE = re.compile(r"[A-Z\u00C0-\u00DE](?:\.[A-Z\u00C0-\u00DE])+\.?")


def _initials_ahead(words: Sequence[str], i: int) -> bool:
    """Whether a one-letter title ("M.") opens initials ("M. K. Rahman"), not "M. Dupont".

    French writes "Monsieur" as "M."; an initial followed by another initial is a name's.
    """
    return (
        len(words[i].strip(".")) == 1
        and i + 1 < len(words)
        and _INITIAL_RE.fullmatch(words[i + 1]) is not None
    )


def _initial_not_title(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Whether a one-letter title that is also an initial ("D.") is an initial here.

    Spain's "D." (don) stands before a given name and a surname ("D. Tomás Ibarra"); "D.
    Quinn", "D Srinivasa Rao" (no dot) and "D.A. Pennebaker" are a name's initials.
    Only letters listed as name-like titles are so read: French "M. Dupont" stays a title.
    """
    word = words[i]
    if _CAPS_INITIALS_RE.fullmatch(word):
        return True  # "D.A.": initials in capitals, never the title "D.a" (doña)
    low = word.lower().strip(".")
    if len(low) != 1 or low not in lex.honorific_names:
        return False
    return not word.endswith(".") or len(words) - i < 3


def _abbreviated(words: Sequence[str], i: int) -> bool:
    """Whether a title that is also a given name is written as a title ("Don.", "DI Jan").

    With a dot, or in capitals before a word that is not ("DI Joy", not "Di Joy" or a name
    written all in capitals, "DI STEFANO").
    """
    word = words[i]
    if word.endswith("."):
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return len(word) > 1 and word.isupper() and bool(nxt) and not nxt.isupper()


def drop_honorifics(words: list[str], lex: Lexicon) -> list[str]:
    """ "Dr Anika Shah" -> "Anika Shah", "M. Dupont" -> "Dupont"; "Don Draper" stays.

    A title that is also a given name ("Don") is dropped only before two more name words
    ("Don Juan Pérez"), or when written with a dot; alone it is the name. "M. K. Rahman"
    is initials, not "Monsieur K. Rahman".
    """
    while words and words[0].lower().strip(".") in lex.honorifics:
        if _initials_ahead(words, 0) or _initial_not_title(words, 0, lex):
            break
        title = words[0]
        given = title.lower().strip(".") in lex.honorific_names and not _abbreviated(words, 0)
        if given and len(words) < 3:
            break
        words = words[1:]
    return words


def _drop_plain_titles(text: str, lex: Lexicon) -> str:
    """ "Prof. Dr. Jane Roe" -> "Jane Roe" before a name is matched; "Don Draper" stays.

    A title that is also a given name ("Don", "DI") is dropped only with a dot or before
    another title ("DI Dr. Jan Roe"); the later check on the name's own words decides the rest.
    """
    words = text.split()
    i = 0
    while i < len(words) - 1:
        low = words[i].lower().strip(".")
        if low not in lex.honorifics or _initials_ahead(words, i):
            break
        if _initial_not_title(words, i, lex):
            break
        plain = low not in lex.honorific_names or _abbreviated(words, i)
        if not plain and words[i + 1].lower().strip(".") not in lex.honorifics:
            break
        i += 1
    return " ".join(words[i:]) if i else text


def _drop_article(text: str, lex: Lexicon) -> str:
    """ "la Dra. Ana Roe" -> "Dra. Ana Roe": Romance languages put an article before a title.

    Only a lower-case article ("el", "la", "le", and each language's own, as Italian "il
    Dott. Villa") right before an honorific is dropped, so the name's own words stay
    within the four a name may have.
    """
    words = text.split(maxsplit=2)
    if (
        len(words) == 3
        and words[0].islower()
        and (_PARTICLE_RE.fullmatch(words[0]) or words[0] in lex.articles)
        and words[1].lower().strip(".") in lex.honorifics
    ):
        return text.split(maxsplit=1)[1]
    return text


# Leads that also open a family name when capitalised ("De Wet", "De Smet").
_PARTICLE_LEADS = frozenset({"de"})


def _drop_name_lead(item: str, lex: Lexicon) -> str:
    """ "d'Anaïs Mercier" -> "Anaïs Mercier", "a Lucía Méndez" -> "Lucía Méndez".

    French elides "de" onto a name and Spanish puts "a" before a named object; the small
    word is the sentence's, not the name's. Only dropped before a capitalised word. A list
    may repeat its "with" ("with me and with Dr. Arjun Sethuraman", "mit mir und mit Frau
    Roth"), which is dropped the same way.
    """
    for lead in (*lex.name_leads, *lex.with_words):
        joined = lead.endswith(("'", "’"))
        head = lead if joined else lead + " "
        start = item[: len(head)]
        if start.lower() == head and not (start[:1].isupper() and lead in _PARTICLE_LEADS):
            # A capitalised "De" opens a name ("De Wet Botha", "De Smet Anne"); the "de" a
            # list repeats is lower-case ("y de Juan Pérez").
            rest = item[len(head) :].lstrip() if not joined else item[len(head) :]
            if _capital(rest):
                return rest
    return item


def _before_stop(text: str, lex: Lexicon) -> str:
    """The words of ``text`` before the first word that ends a name ("on", "tomorrow")."""
    words = text.split()
    for i, w in enumerate(words[1:], start=1):
        if w.lower().strip(".,") in lex.name_stop and not _particle_in_name(words, i, lex):
            return " ".join(words[:i])
    return text


def _particle_in_name(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Whether ``words[i]``, a word that would end a name, is a particle inside one.

    "Anneliese zu Salm (Leiterin Recht)": a lower-case particle between a given name and a
    capitalised family name, the last word of the name or followed by its bracket ("Herrn
    Roe zu Beginn des Gesprächs" goes on, so "zu" ends the name there; after a full name,
    "Tim Berg zu Gehalt" is a topic, not a longer name).
    """
    if not _PARTICLE_RE.fullmatch(words[i]) or i + 1 >= len(words):
        return False
    if len(drop_honorifics(list(words[:i]), lex)) != 1:
        return False
    after = words[i + 1].strip(".,;")
    return (
        _capital(words[i - 1])
        and _capital(after)
        and (i + 2 == len(words) or words[i + 2].startswith(("(", "[")))
    )


def _department_after(words: Sequence[str], i: int, kept: Sequence[str], lex: Lexicon) -> bool:
    """Whether ``words[i]`` is a particle after a full name that leads to a department.

    "Yvonne Peters van HR": no family name is an abbreviation in capitals or a team word,
    and "Pieter van den Berg" has one word before its particle, so it keeps its name.
    """
    if not _PARTICLE_RE.fullmatch(words[i]) or i + 1 >= len(words):
        return False
    after = words[i + 1].strip(".,;")
    short = _acronym(after) and len(after) <= 4  # "HR", "ICT", "QHSE" (not "SOUZA")
    department = short or after.lower() in lex.not_names or _not_a_name_word(after, lex)
    named = [w for w in drop_honorifics(list(kept), lex) if _capital(w)]
    return department and len(named) >= 2


def _sentence_verb(word: str, before: Sequence[str], lex: Lexicon) -> bool:
    """Whether a lower-case word after two capitalised name words is no part of the name."""
    if not word[:1].islower() or _PARTICLE_RE.fullmatch(word) or _joined_particle(word):
        return False
    named = [w for w in drop_honorifics(list(before), lex) if _capital(w)]
    return len(named) >= 2


def _caps_family_first(words: list[str], lex: Lexicon) -> list[str]:
    """ "DUPONT Marie" -> "Marie Dupont": French and administrative lists write the family
    name first, in capitals; the given name after it is written as usual.

    Only family words in capitals (two letters or more, none a title, team word or
    credential) followed by one or two capitalised words that are not in capitals.
    """
    n = 0
    while (
        n < len(words)
        and _acronym(words[n])
        and _LETTERS_RE.sub("", words[n]) in ("", "-", "'", "’")
    ):
        n += 1
    given = words[n:]
    # "VAN DER BERG Pieter": particles do not count towards the family name's words.
    core = [w for w in words[:n] if not _PARTICLE_RE.fullmatch(w.lower())]
    if not (1 <= len(core) <= 2 and n <= 4 and 1 <= len(given) <= 2):
        return words
    low = [w.lower() for w in core]
    if any(w in lex.name_suffixes or w in lex.honorifics or _not_a_name_word(w, lex) for w in low):
        return words
    if any(_title_word(w, lex) for w in core):
        return words
    if not all(_capital(w) and not w.isupper() for w in given):
        return words
    if any(_not_a_name_word(w, lex) for w in given):
        # "ACME Conseil", "KPMG Audit": a company in capitals and its trade, not a person.
        return words
    family = [w.lower() if _PARTICLE_RE.fullmatch(w.lower()) else w.title() for w in words[:n]]
    return [*given, *family]


# A bracket after a title that notes where or which pronouns: "(Oslo)", "(New York)",
# "(he/him)"; lower-case words ("(welcome & tour)") note a session.
_PLACE_OR_PRONOUNS_RE = re.compile(
    r"(?:[^\W\d_a-z][\w'’.\-]*(?:[ \t]+[^\W\d_a-z][\w'’.\-]*){0,2}|[a-z]{2,4}/[a-z]{2,5})"
)


def _parse_item(item: str, lex: Lexicon) -> Person | None:
    """One list item: "Name (Title)", "Name, Title", "Name - Title", "Name <email>"."""
    item = _drop_name_lead(_BULLET_RE.sub("", item).strip(" .:,"), lex)
    if not item or len(item) > 160:
        return None
    # "Jane Roe <mailto:jane@x>" (a link in HTML mail): the colon is not a list label.
    item = _MAILTO_RE.sub("", item)
    # "a las 15:00" is a time, not a list label: only a colon outside digits is one.
    label = _LABEL_COLON_RE.search(item)
    head, colon, tail = (
        (item[: label.start()], ":", item[label.end() :]) if label else (item, "", "")
    )
    # "Jane Roe – Head: Credit Risk": a colon inside the title after a name is no label.
    lead = _ITEM_SEP_RE.split(head, maxsplit=1)[0].split()
    named_head = _looks_like_name(drop_honorifics(lead, lex), lex)
    if colon and tail.strip() and not named_head:
        # "a panel of three: Jane Roe" - the list starts after the colon.
        item = tail.strip()
    email = None
    em = _EMAIL_RE.search(item)
    if em:
        email = em.group(0).lower()
        item = (item[: em.start()] + item[em.end() :]).replace("<>", "").replace("()", "")
        item = item.strip(" .:,")
    title = None
    m = _ITEM_PAREN_RE.match(item)
    if m:
        name_part, title = m.group("n"), m.group("t").strip()
        if not _LATIN_RE.search(name_part) and _looks_like_name(_NAME_WORDS_RE.findall(title), lex):
            # "王志明 (Wang Chih-ming)": the name in the script the mail is written in, in
            # brackets beside the one in Chinese characters, is the one its reader uses.
            name_part, title = title, None
        parts = _ITEM_SEP_RE.split(name_part, maxsplit=1)
        if (
            len(parts) > 1
            and title is not None
            and _PLACE_OR_PRONOUNS_RE.fullmatch(title)
            and not is_title(title, lex)
            and is_title(parts[1], lex)
        ):
            # "Jane Roe, Director of Data (Oslo)", "Raj Patel - CTO (he/him)": the title is
            # before the bracket, which notes a place or pronouns ("Talent Acquisition
            # (welcome & tour)" notes a session, and who hosts it arranges the day).
            name_part, title = parts[0], parts[1].strip(" .")
    else:
        parts = _ITEM_SEP_RE.split(item, maxsplit=1)
        name_part = parts[0]
        if len(parts) > 1 and is_title(parts[1], lex):
            title = parts[1].strip(" .")
    name_part = _drop_article(name_part.strip(), lex)
    name_part, lead_title = _strip_lead_title(name_part, lex)
    if lead_title is None:
        # "our Engineering Manager Jane Roe on Tuesday": the sentence goes on after the
        # name; the title is read from the words before the first stop word.
        cut = _before_stop(name_part, lex)
        if cut != name_part:
            short, lead_title = _strip_lead_title(cut, lex)
            name_part = short if lead_title else name_part
    if title:
        title = _drop_determiner(title, lex)
    if lead_title and not title:
        title = lead_title
    # "Prof. Dr. Siobhán Ní Bhriain", "DI Dr. Aleksandr Vasilyevich Sokolov": the titles go
    # first, so that the name's own words are the ones counted.
    name_part = _drop_plain_titles(name_part, lex)
    nm = _NAME_RE.match(name_part)
    if not nm:
        return None
    # Drop trailing words after a stop word ("Sarah Connor on Monday").
    kept: list[str] = []
    name_words = nm.group("name").split()
    for i, w in enumerate(name_words):
        if w.lower() in lex.name_stop and not (i and _particle_in_name(name_words, i, lex)):
            break
        if i >= 2 and w.lower().strip(".,") in lex.weekdays:
            # "Colette Boudreau Wednesday, October 27": a detail line a wrapper joined on.
            break
        if _department_after(name_words, i, kept, lex):
            # "Yvonne Peters van HR", "Tom Mulder van ICT": after a full name, a particle
            # before an abbreviation or a team word says where the person works.
            break
        if _sentence_verb(w, kept, lex):
            # "mit Herrn Jens Kowalczyk findet am Dienstag statt": after a full name, a
            # lower-case word that is no particle is the sentence going on.
            break
        kept.append(w)
    while len(kept) > 2 and _PARTICLE_RE.fullmatch(kept[-1]):
        # "con Marta Soler e iremos juntas": a particle joins a name only to a word after it
        # ("Costa e Silva"); left last, it was the sentence's "and".
        kept.pop()
    kept = _caps_family_first(drop_honorifics(kept, lex), lex)
    if not _looks_like_name(kept, lex):
        return None
    if title and not is_title(title, lex):
        title = None
    return Person(name=" ".join(kept).strip(".,"), email=email, title=title)


_PAREN_RE = re.compile(r"[(\[][^()\[\]\n]{0,120}[)\]]")
# Inside brackets no separator splits: "(People & Culture)", "(Manager, Payments)".
_PROTECT = {",": "\x00", ";": "\x01", "&": "\x02", " ": "\x03"}


# Spanish "and" before a word sounding /i/ ("Ana Ruiz e Inés Rubio", "e Hilario"); before
# any other word "e" is the particle of a Portuguese surname ("Costa e Silva").
# Portuguese also writes "e" for "and" between two full names ("Pedro Alves e Carla Mendes"):
# two capitalised words after it are a second person, one is the surname's end.
_SPANISH_E = r"\s+e\s+(?=(?-i:[IÍ]|H[ií]|[A-Z\u00C0-\u00DE][\w'’-]*[ \t]+[A-Z\u00C0-\u00DE]))"


@per_lexicon
def _split_re(lex: Lexicon) -> re.Pattern[str]:
    """Separators between the names of a list: commas, bullets and every language's "and"."""
    # "as well as", "ainsi que", "ainsi qu'avec": an "and" of several words joins names too.
    # One ending on an elided article is glued to the next word (Italian "e l'Ing. Galli").
    ands = words_alt([w for w in lex.and_words if re.sub(r"[ '’]", "", w).isalpha()] or ["and"])
    # "Jane Roe, our COO, then with Raj Patel": one person after another, each "with".
    thens = words_alt(sorted(lex.then_words) or ["then"])
    withs = words_alt(sorted(lex.with_words) or ["with"])
    selves = words_alt(sorted(lex.self_words) or ["me"])
    # After it too: "il colloquio con me e Rosaria" (one fixed-width look-behind per word).
    after_self = "|".join(
        rf"(?<=\b{re.escape(w)})" for w in sorted(lex.self_words) if w.isalpha() and len(w) > 1
    )
    return re.compile(
        rf"\s*(?:\n|;(?:\s+(?:{ands})(?=\s))?|•|·|\u2022|,?\s+(?:{thens})\s+(?:(?:{withs})\s+)?|(?<=\))\s*,"
        rf"|,\s+(?:(?:{ands})(?:\s+|(?<=['’])))?|\s+(?:{ands})(?:\s+|(?<=['’]))|\s+[&+]\s+|{_SPANISH_E}"
        # "com a Dra. Nadia Osei e comigo": before the writer's own word "e" is "and" too.
        rf"|\s+e\s+(?=(?:{selves})\b)"
        + (rf"|(?:{after_self})\s+ed?\s+(?=\w)" if after_self else "")
        + r")\s*"
    )


# "Halvorsen, Britt": a family name, a comma, a given name (one or two words each).
_FAMILY_GIVEN_RE = re.compile(
    r"(?P<family>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?)"
    r",\s*(?P<given>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*)?)"
)


def _family_first_list(line: str, lex: Lexicon) -> list[str] | None:
    """ "Halvorsen, Britt; Oyelowo, Tunde" -> ["Britt Halvorsen", "Tunde Oyelowo"], else None.

    HR systems (Workday, Oracle) list people as their directory writes them, family name
    first, and separate them with semicolons, since the comma is taken. Every part must
    be so written; a title or degree after the comma ("Jane Roe, CFO") is no given name.
    """
    parts = [p.strip() for p in _BULLET_RE.sub("", line).strip(" .").split(";")]
    if len(parts) < 2:
        return None
    out: list[str] = []
    for part in parts:
        m = _FAMILY_GIVEN_RE.fullmatch(part)
        if m is None:
            return None
        given = m.group("given")
        words = [w.strip(".").lower() for w in given.split()]
        if is_title(given, lex) or any(w in lex.name_suffixes for w in words):
            return None
        out.append(f"{given} {m.group('family')}")
    return out


# "J. P." (or "J. P", its last dot taken as a sentence's): initials, not an acronym ("HR").
_GIVEN_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.\s*)+[^\W\d_]?\.?")


def _one_family_first(chunk: str, lex: Lexicon) -> str:
    """ "Halvorsen, Britt" after a one-person label -> "Britt Halvorsen"; else the chunk.

    Only a line that is the two parts alone: "Jane Roe, CFO" keeps its title.
    """
    first, nl, rest = chunk.partition("\n")
    m = _FAMILY_GIVEN_RE.fullmatch(first.strip(" ."))
    if m is None or (" " in m.group("family").strip() and " " in m.group("given").strip()):
        return chunk
    given = m.group("given")
    words = [w.strip(".").lower() for w in given.split()]
    acronym = given.isupper() and not _GIVEN_INITIALS_RE.fullmatch(given)
    if is_title(given, lex) or any(w in lex.name_suffixes for w in words) or acronym:
        return chunk
    if _GIVEN_INITIALS_RE.fullmatch(given) and given[-1].isalpha():
        given += "."  # the initial's dot was read as the end of the sentence
    return f"{given} {m.group('family')}{nl}{rest}"


def _split_items(chunk: str, lex: Lexicon) -> list[str]:
    """Split a run of names into items, never inside parentheses ("(Manager, Payments)")."""

    def protect(m: re.Match[str]) -> str:
        out = m.group(0)
        for plain, mark in _PROTECT.items():
            out = out.replace(plain, mark)
        return out

    items: list[str] = []
    for line in _PAREN_RE.sub(protect, chunk).split("\n"):
        flipped = _family_first_list(line, lex)
        if flipped is not None:
            items.extend(flipped)
            continue
        bare = _BULLET_RE.sub("", line)
        if _DASH_TITLE_RE.match(bare):
            # One person per line with a dash before the title: commas belong to the title.
            items.append(line)
        else:
            items.extend(_split_re(lex).split(line))
    restored: list[str] = []
    for item in items:
        plain_item = item
        for plain, mark in _PROTECT.items():
            plain_item = plain_item.replace(mark, plain)
        restored.append(plain_item)
    return restored


def _is_self(item: str, lex: Lexicon) -> bool:
    """Whether a list item is the writer ("me", "myself (Jane Roe, CTO)").

    The first-person word must be the whole item, or stand before a bracket or a word that
    ends a list: "I will send the invite shortly, and Joan Roe will interview you" opens a
    clause with "I".
    """
    bare = _BULLET_RE.sub("", item).strip(" .:,")
    # A phrase of several words ("yo misma", "ich selbst") is the writer when it is the
    # whole item, or all of it before a bracket ("yo misma (Talento)").
    if " ".join(bare.split("(")[0].split()).lower() in lex.self_words:
        return True
    words = bare.split(maxsplit=1)
    if not words or words[0].lower().strip(".,") not in lex.self_words:
        return False
    # "... and myself for the Lead position": a stop word ends the list, as for names.
    rest = words[1] if len(words) > 1 else ""
    if rest and f"{words[0]} {rest.split()[0]}".lower() in lex.self_verbs:
        return False
    if not rest or rest.startswith(("(", "[")) or rest.split()[0].lower() in lex.name_stop:
        return True
    # "et moi-même le jeudi 19 mars", "y yo el martes": the day after the pronoun ends the
    # list; an article before it ("le", "el") is not a stop word, since names hold it.
    lead = [w.lower().strip(".,") for w in rest.split()[:2]]
    return any(w in lex.weekdays or w in lex.months or w[:1].isdigit() for w in lead)


def _marked_organizer(item: str, lex: Lexicon) -> bool:
    """ "Jane Roe - organizer": a guest list's mark for who sent the invitation."""
    item = _MAILTO_RE.sub("", item)
    paren = _ITEM_PAREN_RE.match(item)
    parts = _ITEM_SEP_RE.split(item, maxsplit=1)
    tails = [paren.group("t")] if paren else []
    tails += parts[1:]
    mark = lex.phrase("organizer_mark")
    return any(mark.fullmatch(t.strip(" .")) for t in tails)


def listed_organizer(text: str, lex: Lexicon) -> tuple[Person | None, str]:
    """The person a calendar's guest list marks as organiser, and the text without the list.

    Google's "Guests" (and "Who") list writes "Jane Roe - organizer" above the other guests;
    its "Organizer" label may name them again above it. The rest of the text is what says
    who takes part in the meeting, if anything does.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:400]):
        item = _BULLET_RE.sub("", line).strip()
        if not item or len(item) > 120 or not _marked_organizer(item, lex):
            continue
        head = _ITEM_PAREN_RE.match(item)
        name = head.group("n") if head else _ITEM_SEP_RE.split(item, maxsplit=1)[0]
        p = _parse_item(name, lex)
        titled = None
        bare = _EMAIL_RE.fullmatch(name.strip(" <>"))
        if p is None and bare is not None:
            p = Person(email=bare.group(0).lower())
        if p is not None and not p.name and p.email:
            # "kim.haeun@acme.example - organizer" under the title "Interview - Acme (Kim
            # Ha-eun)": a guest list may give the organiser by address alone (no CN, RFC
            # 5545 3.8.4.3); the event's title names them.
            titled = _titled_name(lines[:i], p.email, lex)
            p = Person(name=titled, email=p.email) if titled else p
        if p is None or not p.name or not full_name(p.name):
            return None, text
        top = i
        while top > 0 and lines[top - 1].strip():
            top -= 1
        bottom = i
        while bottom + 1 < len(lines) and lines[bottom + 1].strip():
            bottom += 1
        rest = [*lines[:top], *lines[bottom + 1 :]]
        # Google's "Organizer" label names them again, alone, above the guest list.
        rest = [ln for ln in rest if _norm(ln.strip()) != _norm(p.name)]
        if titled is not None:
            # The title's naming and the bare "Organizer" address are the list's, not words
            # about the organiser.
            first = next(k for k, ln in enumerate(rest) if ln.strip())
            rest[first] = rest[first].replace(titled, "")
            rest = [ln for ln in rest if ln.strip().lower() != p.email]
        return p, "\n".join(rest)
    return None, text


_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _titled_name(lines: Sequence[str], email: str, lex: Lexicon) -> str | None:
    """The name in an event's title (its first line) that spells ``email``'s local part.

    "Interview - Acme (Kim Ha-eun)" over "kim.haeun@": the letters of the name, in
    its order or family name last, are the local part's. Only the title is read, so a
    name written elsewhere keeps saying what it says about that person.
    """
    title = next((ln.strip() for ln in lines if ln.strip()), "")
    local = re.sub(r"[^a-z]", "", _fold(local_of(email)))
    if len(local) < 4:
        return None
    # "blue.harbor@blueharbor.example" under "Interview - Blue Harbor": the organisation's
    # own mailbox, its name spelt again in the domain.
    labels = {re.sub(r"[^a-z]", "", _fold(x)) for x in domain_of(email).split(".")[:-1]}
    found = list(_TITLE_WORD_RE.finditer(title))
    words = [m.group(0) for m in found]
    # Any run of two to four capitalised words in the title.
    for a in range(len(words)):
        for b in range(a + 2, min(a + 4, len(words)) + 1):
            cand = words[a:b]
            if not all(w[0].isupper() for w in cand):
                continue
            for order in (cand, [*cand[1:], cand[0]], [cand[-1], *cand[:-1]]):
                if re.sub(r"[^a-z]", "", _fold("".join(order))) == local:
                    name = " ".join(cand)
                    if local in labels or not reads_as_name(name, lex):
                        return None
                    # "Interview (scheduled by Priya Raman)", "... - coordinator Priya
                    # Raman": the title names who set it up, not who interviews.
                    if _ARRANGED_BY_RE.search(title[: found[a].start()]) or lex.phrase(
                        "arranger"
                    ).search(title):
                        return None
                    return name
    return None


# The title's word before whoever set the meeting up: "booked by", "organisé par", "von".
_ARRANGED_BY_RE = re.compile(r"\b(by|von|par|por)\s*:?\s*$", re.IGNORECASE)


def _credentials(item: str, lex: Lexicon) -> bool:
    """Whether a list item is only degrees or credentials ("RN", "MSN", "PhD")."""
    words = [w.strip(".,").lower() for w in item.split()]
    return bool(words) and all(w in lex.name_suffixes for w in words)


def _drop_credentials(text: str, lex: Lexicon) -> str:
    """ "MSN - Nurse Manager" -> "Nurse Manager": a degree written before a title."""
    words = text.split()
    while len(words) > 1 and words[0].strip(".,-–—").lower() in lex.name_suffixes:
        words = words[1:]
        while len(words) > 1 and not words[0].strip("-–—|:"):
            words = words[1:]
    return " ".join(words)


def _org_only(item: str, lex: Lexicon) -> bool:
    """Whether a list item is only team or department words ("Data Platform")."""
    words = [w.strip(".,") for w in item.split()]
    return bool(words) and all(w.lower() in lex.org_words or _acronym(w) for w in words)


def _names_an_address(item: str, lex: Lexicon) -> bool:
    """Whether a list item holds a street ("Kendal Road", "at Wood St", "Hauptstraße 5")."""
    words = [w.strip(".,;:()").lower() for w in item.split()]
    return any(
        w in lex.address_words or w in lex.street_ends or _compound_of(w, lex.address_suffixes)
        for w in words
    )


def _opens_clause(item: str, following: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name in a list is a new clause's subject: its verb after it or after an aside.

    "Raj Patel will send the invite", or "Raj Patel" then ", who books our rooms," then
    "will send the invite" (the aside a lower-case clause between commas).
    """

    def verb(w: str) -> bool:
        # Lower case and no particle: "Pieter van Wyk" holds the Spanish "van" ("they go").
        return w[:1].islower() and w in lex.subject_verbs and not _PARTICLE_RE.fullmatch(w)

    words = item.split()
    if any(verb(w) and _capital(words[i - 1]) for i, w in enumerate(words[1:], start=1)):
        return True
    if len(following) < 2 or not following[0][:1].islower():
        return False
    return verb((following[1].split() or [""])[0])


# Two capitalised words: another person's name, where a line-wrapped item ran into the next
# sentence ("Teo Marsh on site Dana Holt at reception will sign you in").
_NEXT_NAME_RE = re.compile(r"\b[A-Z][\w'’-]+[ \t]+[A-Z]")


def _door_duty(item: str, name: str, following: Sequence[str], lex: Lexicon) -> bool:
    """Whether a list item, or the lower-case aside after it, gives its person a door duty.

    Only the words after the person's name and before another's count.
    """
    last = name.split()[-1:] or [""]
    at = item.find(last[0])
    rest = item[at + len(last[0]) :] if at >= 0 else item
    cut = _NEXT_NAME_RE.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    elif following and following[0][:1].islower():
        rest = f"{rest} {following[0]}"
    return bool(lex.phrase("door_duty").search(rest))


def _read_items(chunk: str, lex: Lexicon, found: list[Person]) -> bool:
    """Parse a run of list items into ``found``; True when one of them is the writer."""
    writer = False
    previous: Person | None = None
    organizer_line = False
    # The line before was text that is no person ("Interview Room 4", "Projector"): in a
    # two-line guest list the address under it is that room's or resource's.
    other_line = False
    # An item that is no person ran into a place or time ("l'équipe Produit à Station F"):
    # a lone capitalised word after it ("Paris") goes on describing it.
    moved_on = False
    paired = _two_line_guests(chunk, lex)
    lines = {ln.strip() for ln in chunk.split("\n")}
    already = len(found)
    raw_items = _split_items(chunk, lex)[:_MAX_LIST_LINES]
    for at, raw_item in enumerate(raw_items):
        found_here = len(found) > already
        # Bullets and numbering ("1. Jane Roe") and a row's leading time are not the name.
        item = _BULLET_RE.sub("", raw_item)
        item = _LEAD_TIME_RE.sub("", item, count=1) if item[:1].isdigit() else item
        if item and _is_self(item, lex):
            # "and me at 2pm on Thursday", "et moi-même le jeudi 19 mars": the writer, though
            # the time after them would make the item no name.
            writer = True
            previous = None
            continue
        if not item or (_TIME_LIKE.search(item.split("(")[0]) and "@" not in item):
            lead_person = _name_before_time(item, lex)
            if lead_person is not None:
                # "with Owen Park is on Friday 13 March at 11am": the name, then the time;
                # the sentence goes on past the list.
                found.append(lead_person)
                break
            previous, other_line = None, bool(item)
            # "Jane Roe, 14 Wood Street, Kendal": after an address a lone word is its town.
            moved_on = moved_on or _names_an_address(item, lex)
            continue
        if _marked_organizer(item, lex):
            # Like the calendar ORGANIZER: the one who sent the invitation, often the
            # coordinator; the text names them elsewhere when they interview.
            previous = None
            organizer_line = True
            continue
        address = _ADDRESS_ONLY_RE.fullmatch(item.strip(" <>.,;"))
        if address is not None:
            # Calendar guest lists write a guest's address on its own line: under their
            # name (Google's "Guests"), or alone when the guest has no name (an ATTENDEE
            # without CN). The organiser's address is theirs, not another guest's.
            email = _MAILTO_RE.sub("", address.group(0)).lower()
            under_name = paired and previous is not None and found and found[-1] is previous
            if under_name and previous is not None and previous.email is None:
                found[-1] = Person(name=previous.name, email=email, title=previous.title)
            elif not (paired and (organizer_line or other_line)):
                found.append(Person(name=None, email=email))
            previous, organizer_line, other_line = None, False, False
            continue
        organizer_line = other_line = False
        if previous is not None and _credentials(item, lex):
            # "Jane Roe, RN, MSN, Nurse Manager": degrees between a name and its title.
            continue
        lead = (item.split(maxsplit=1) or [""])[0].strip(".,")
        titled_next = previous is not None and previous.title is None and _title_word(lead, lex)
        p = None if titled_next else _parse_item(item, lex)
        if p is not None and moved_on and " " not in (p.name or " "):
            p = None
        if (
            p is None
            and item.rstrip().endswith(",")
            and len(item.split()) <= 3
            and raw_item.strip() in lines
            and item[:1].isupper()
            and not is_title(item.strip(" ,"), lex)
        ):
            # A closing ("Best,", "Kind regards,") ends the list: the name under it signs
            # the mail (HTML lists come out as lines with the sign-off below).
            break
        if p is None and not found_here:
            # "with Anita Desai has been moved to Friday", "avec Marc Fontaine a lieu
            # demain": the list's first item is a full name, then the sentence's verb.
            lead_person = _name_before_time(item, lex)
            if lead_person is not None:
                found.append(lead_person)
                break
        if p is None:
            other_line = True
            moved_on = moved_on or any(w.lower() in lex.name_stop for w in item.split())
        # "Jane Roe at Wood Street, Kendal", "Jane Roe, Kendal Road, Kendal": the list went
        # on to an address, so a lone word after it is the town.
        moved_on = moved_on or _names_an_address(item, lex)
        if p is None and previous is not None and previous.title is None:
            # "Raj Patel, Staff Engineer": the comma split the title from its name; so does
            # "Raj Patel, VP Sales EMEA", which is not a title before a name.
            title = _drop_determiner(_drop_credentials(item, lex).strip(" ."), lex)
            if is_title(title, lex):
                found[-1] = previous = Person(name=previous.name, email=previous.email, title=title)
                continue
            previous = None
            continue
        if p is None and previous is not None and _org_only(item, lex):
            # "Jane Roe, Engineering Manager, Data Platform": the team belongs to the title.
            found[-1] = previous = Person(
                name=previous.name, email=previous.email, title=f"{previous.title}, {item.strip()}"
            )
            continue
        if (
            p is not None
            and found_here
            and _door_duty(item, p.name or "", raw_items[at + 1 : at + 2], lex)
        ):
            # "...; and Dana Cole at the front desk will sign you in", "followed by Dana Cole,
            # who will give you a tour": a greeter or a guide joined to the list, no interviewer.
            previous = None
            continue
        if (
            p is not None
            and found_here
            and _opens_clause(item, raw_items[at + 1 : at + 3], lex)
            # "... and Lee Roberts is scheduled on Monday": the interview's own predicate.
            and not _predicate_follows(item, lex)
        ):
            # "You'll meet Jane Roe; Raj Patel, who books our rooms, will send the invite":
            # the list ended at Jane Roe; Raj Patel is the subject of a sentence of his own
            # (an outro reads him there when that sentence says he interviews).
            break
        if (
            p is not None
            and previous is not None
            and previous.title
            and found
            and found[-1] is previous
            and _title_department(previous, item, lines, lex)
        ):
            # "Graciela Roe, Director, Supply Chain" on a line of its own (HR systems write
            # the rank, then the department): the department is the title's, no person.
            dept = f"{previous.title}, {item.strip(' .')}"
            found[-1] = previous = Person(name=previous.name, email=previous.email, title=dept)
            continue
        if p is not None:
            found.append(p)
            if _sentence_goes_on(item, p):
                # "with Marcus from Acme about the Designer opening at Orchard & Pine": the
                # sentence went on past the name, so what follows is not the list.
                break
        previous = p
    return writer


_MAILTO_RE = re.compile(r"mailto:", re.IGNORECASE)
_LABEL_COLON_RE = re.compile(r"(?<!\d):|:(?!\d)")
# A guest list's line holding only an address ("jane.roe@acme.example", "<mailto:...>").
_ADDRESS_ONLY_RE = re.compile(r"(?:mailto:)?[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+", re.IGNORECASE)


# "Acme Corp", "Northwind Labs": a company's last word, never a person's.
_COMPANY_END_RE = re.compile(
    r"(?:inc|ltd|llc|gmbh|plc|corp|co|labs|technologies|group|ag|sa|bv|limited|partners)\.?",
    re.IGNORECASE,
)


# Ranks written before a department after a comma: "Director, Supply Chain".
_RANK_ACRONYMS = frozenset({"vp", "svp", "evp", "avp"})


def _title_department(previous: Person, item: str, lines: set[str], lex: Lexicon) -> bool:
    """Whether ``item`` is the department after a bare rank on the previous person's line.

    The line must be exactly "name, rank, department" ("Jane Roe, Director, Supply Chain"),
    the rank a title of one or two words with no field ("Director", "Senior Manager", "VP");
    a full title ("Jane Roe, CTO, Raj Patel") leaves the next name a person.
    """
    rank = (previous.title or "").split()
    if not 1 <= len(rank) <= 2 or not all(
        w.lower() in lex.title_words or w.lower() in _RANK_ACRONYMS for w in rank
    ):
        return False
    if any(w.isupper() and len(w) > 2 and w.lower() not in _RANK_ACRONYMS for w in rank):
        return False
    dept = item.strip(" .")
    for line in lines:
        parts = [x.strip(" .") for x in _BULLET_RE.sub("", line).split(",")]
        if (
            len(parts) == 3
            and parts[2] == dept
            and parts[1] == previous.title
            and (previous.name or "") in parts[0]
        ):
            return True
    return False


def _predicate_follows(item: str, lex: Lexicon) -> bool:
    """Whether the interview's predicate (``list_predicate``: "is scheduled") follows the
    item's name and its bracket at once."""
    bare = _PAREN_RE.sub(" ", item)
    m = lex.phrase("list_predicate").search(bare)
    return m is not None and len(bare[: m.start()].split()) <= 4


def _name_before_time(item: str, lex: Lexicon) -> Person | None:
    """A full name opening an item that goes on to a time ("Owen Park is on Friday at 11").

    Only two to four capitalised words (particles between them) followed by a lower-case
    word: "Friday 13 March" or "Room 4" never qualify. A Romance article before a title ("el
    Ing. Rubén Mamani el jueves") is the sentence's.
    """
    # "Lee Roberts (Design Lead) is on 28 October at 10:00": the bracket describes the name.
    words = _drop_article(_PAREN_RE.sub(" ", item), lex).split()
    head: list[str] = []
    for i, word in enumerate(words):
        if word[:1].isupper() and not any(c.isdigit() for c in word):
            head.append(word)
            continue
        # "Joris van der Linden": a run of particles before the capitalised family name.
        after = next((w for w in words[i + 1 :] if not _PARTICLE_RE.fullmatch(w)), "")
        if head and _PARTICLE_RE.fullmatch(word) and after[:1].isupper():
            head.append(word)
            continue
        if not word[:1].isalpha() or len(head) < 2 or len(head) > 4:
            return None
        break
    else:
        return None
    if head[-1].endswith((",", ".", ":")) or _COMPANY_END_RE.fullmatch(head[-1]):
        return None
    p = _parse_item(" ".join(head), lex)
    if p is None or not p.name or len(p.name.split()) < 2:
        return None
    return Person(name=p.name)


def _two_line_guests(chunk: str, lex: Lexicon) -> bool:
    """Whether a list gives every named person a line with their address right under it.

    Then an address line belongs to the name above it (Google's "Guests": name, address).
    In lists where only some lines are addresses ("Sam Whitaker" then the user's address),
    each address line is a guest of its own.
    """
    raw = [ln for ln in chunk.split("\n") if ln.strip()]
    lines = [_BULLET_RE.sub("", ln).strip(" <>.,;") for ln in raw]
    pairs = zip(raw, lines, strict=True)
    if any(_BULLET_RE.match(r) and _ADDRESS_ONLY_RE.fullmatch(ln) for r, ln in pairs):
        # "- ops-lead@acme.example" under "- Jane Roe (CTO)": a bullet opens an entry of its
        # own; a guest's address under their name has none.
        return False
    lines = [ln for ln in lines if ln]
    names = 0
    for i, line in enumerate(lines):
        if _ADDRESS_ONLY_RE.fullmatch(line):
            continue
        if not _marked_organizer(line, lex) and _parse_item(line, lex) is None:
            continue  # "View all guest info": a link, not a guest
        if i + 1 >= len(lines) or not _ADDRESS_ONLY_RE.fullmatch(lines[i + 1]):
            return False
        names += 1
    return names > 0


_LIST_ITEM_WORDS = 6
"""A list item is a name and a few words about it; more means the sentence went on."""

_MAX_LIST_LINES = 16
"""Lines (or items, or one-line paragraphs) read from one list of people. A panel or guest
list names a handful of people, at most two lines each (Google's "Guests": name, then
address), so 16 holds eight guests; a longer run is a pasted directory or a signature
block, and stopping there also bounds the work on long mail."""


def _sentence_goes_on(item: str, p: Person) -> bool:
    """Whether a list item runs on well past its name, with no title or address to explain."""
    if p.title or p.email or "(" in item or not p.name:
        return False
    return len(item.split()) - len(p.name.split()) > _LIST_ITEM_WORDS


_SENTENCE_END = re.compile(rf"(?:(?:{_INITIAL_DOT}|[!?])\s|\n|:\s)", re.MULTILINE)


_SOFT_WRAP_WIDTH = 60
"""A line at least this long that stops mid-sentence was wrapped by the mail client."""
_LABEL_START_RE = re.compile(r"[ \t]*[^\W\d_][\w /&()-]{0,30}:")
"""A detail line ("Interviewer: Jane Roe, Manager, Revenue"): its end is the writer's."""


def _hard_ends(head: str) -> list[re.Match[str]]:
    """The sentence ends in ``head``, less a line break that a client's wrapping put inside
    a name ("... and the Financial Controller Tamar" over "Kobakhidze will interview you").

    Only the last break counts, when one word alone stands between it and the outro and
    the line before it is long prose (no label before a colon) ending in a capitalised
    word: a full name on the outro's own line ("London" over "Priya Shah will ...") is
    the whole name.
    """
    ends = list(_SENTENCE_END.finditer(head))
    if not ends or ends[-1].group(0) != "\n":
        return ends
    last = ends[-1]
    start = head.rfind("\n", 0, last.start()) + 1
    line = head[start : last.start()].rstrip()
    rest = head[last.end() :].strip()
    words = line.split()
    if (
        start > 0
        and len(line) >= _SOFT_WRAP_WIDTH
        and not _LABEL_START_RE.match(line)
        and rest
        and " " not in rest
        and rest[:1].isupper()
        and words
        and words[-1][:1].isupper()
        and words[-1].isalpha()
    ):
        return ends[:-1]
    return ends


def _names_before(text: str, lex: Lexicon, found: list[Person]) -> bool:
    """People named before an outro ("Our CFO, Jane Roe, will join us"); True for "and I"."""
    writer = False
    for m in lex.interviewers_outro.finditer(text[:30_000]):
        head = text[max(0, m.start() - 160) : m.start()]
        ends = _hard_ends(head)
        raw_tail = head[ends[-1].end() :] if ends else head
        # Any line break left inside the sentence is a wrap: one line of prose, not a list.
        sentence = _call_label_off(_last_clause(raw_tail.replace("\n", " "), lex), lex)
        sentence = _drop_opener(sentence, lex)
        # "I've sent the invite to Dr Jane Roe and Raj Patel, who will interview you": the
        # people are the invitation's addressees, after its verb.
        sent = list(lex.phrase("invite_sent_to").finditer(sentence))
        if sent:
            sentence = sentence[sent[-1].end() :]
        if _runs_a_pause(text, m, head, ends, lex):
            continue
        if lex.phrase("arrival").search(sentence):
            # "08:45 Arrival, reception (our secretary, Ana, will meet you)": whoever meets
            # the user on arrival shows them in; they do not interview.
            continue
        # "As agreed, I will interview you": the writer names themself.
        and_me = bool(_and_me_re(lex).match(m.group(0)))
        before = len(found)
        # "... 15.30 Uhr, in Bern vor – Herr Dr. Beat Lüthi und ich freuen uns": a spaced
        # dash may begin the outro's clause; the names after it, when they read as names.
        dashed = _SPACED_DASH.split(sentence)
        listed = len(dashed) > 1 and _read_items(dashed[-1].strip(), lex, found)
        # The whole sentence only when no dash begins the clause, or a name ends before it
        # ("Jane Roe – Head of Design and I ..."): "... 9 Uhr – das ganze Team und ich" is
        # the team's.
        if len(found) == before and (
            len(dashed) == 1 or _looks_like_name(dashed[-2].split()[-2:], lex)
        ):
            listed = _read_items(sentence.strip(), lex, found) or listed
        listed = listed or and_me
        if len(found) == before and "\n" in raw_tail:
            # "... on Market Street in Leeds" over "Sam will interview you": joined, the
            # place and the name read as nobody; the outro's own line alone names Sam.
            line = head[head.rfind("\n") + 1 :]
            listed = (
                _read_items(_call_label_off(_last_clause(line, lex), lex).strip(), lex, found)
                or listed
            )
        named = len(found) > before
        # "The hiring team and I would love to see you": the writer speaks for the company,
        # whether the "and I" is in the sentence or begins the outro itself ("The whole
        # team and I look forward to meeting you"; "My colleague Ahmed Saleh and I" names one).
        team = _names_a_team(sentence, lex) or (and_me and not named and _team_item(sentence, lex))
        writer = (listed and not team) or writer
    for m in lex.interviewers_relative.finditer(text[:30_000]):
        head = text[max(0, m.start() - 160) : m.start()]
        ends = list(_SENTENCE_END.finditer(head))
        p = _titled_antecedent(head[ends[-1].end() :] if ends else head, lex)
        if p is not None:
            found.append(p)
    return writer


_LABEL_DASH_RE = re.compile(r"^(?P<label>[^\W\d_][^\n:–—|-]{0,30}?)\s*(?:\s[-–—|]|:)\s+(?=\S)")


def _drop_opener(sentence: str, lex: Lexicon) -> str:
    """ "Also looping in Hollis and Priya" -> "Hollis and Priya": the sentence's openers."""
    bare = sentence.lstrip()
    for _ in range(3):
        opener = next((o for o in lex.name_openers if bare.lower().startswith(f"{o} ")), None)
        if opener is None:
            break
        bare = bare[len(opener) + 1 :].lstrip()
    return bare if bare != sentence.lstrip() and _capital(bare) else sentence


def _call_label_off(sentence: str, lex: Lexicon) -> str:
    """ "Phone call - Jane Roe" -> "Jane Roe": a label naming the call, before its caller."""
    m = _LABEL_DASH_RE.match(sentence.lstrip())
    if m and lex.phrase("call_label").search(m.group("label")):
        return sentence.lstrip()[m.end() :]
    return sentence


_SPACED_DASH = re.compile(r"\s[–—]\s")


def _last_clause(sentence: str, lex: Lexicon) -> str:
    """ "Raj Patel can't make it, so Jane Roe" -> "Jane Roe": the clause an outro ends."""
    leads = words_alt(sorted(lex.clause_leads, key=len, reverse=True))
    if not leads:
        return sentence
    parts = re.split(rf"[,;]\s+(?:{leads})\s+", sentence, flags=re.IGNORECASE)
    return parts[-1]


def _runs_a_pause(
    text: str, m: re.Match[str], head: str, ends: list[re.Match[str]], lex: Lexicon
) -> bool:
    """Whether the people before an outro run a lunch or a tour, not the interview.

    "Maria Lopez will host the lunch": the outro's object is a pause of the day. "We run an
    open lunch on Friday; Maria Lopez will lead it": "it" is what the words just before
    the names (their sentence, else the sentence before it) speak of; an earlier sentence
    naming the interview too ("Interview at 10, then lunch") leaves "it" the interview.
    """
    pause = lex.phrase("schedule_pause")
    after = re.split(r"[.!?;\n]", text[m.end() : m.end() + 60], maxsplit=1)[0]
    # "Jane Roe will meet you for lunch" still meets the candidate: only the object counts.
    # The outro's own words say whom or what it acts on (lexicon ``outro_you`` and
    # ``outro_it``): "will meet you", "wird es leiten", "la dirigirá".
    if not lex.phrase("outro_you").search(m.group(0)) and pause.search(after):
        return True
    if not lex.phrase("outro_it").search(m.group(0)):
        return False
    sentence = head[ends[-1].end() :] if ends else head
    earlier = head[ends[-2].end() : ends[-1].end()] if len(ends) > 1 else ""
    if pause.search(sentence):
        return True
    return bool(pause.search(earlier)) and not lex.phrase("interview_session").search(earlier)


def _names_a_team(sentence: str, lex: Lexicon) -> bool:
    """Whether the writer pairs themself with a team ("the hiring team and I"), not a person."""
    items = [i for i in _split_items(sentence.strip(), lex) if i.strip()]
    if len(items) < 2 or not _is_self(items[-1], lex):
        return False
    return any(w in lex.not_names for w in _LETTERS_RE.findall(items[-2].lower()))


def _team_item(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence's last item is a team ("The whole team"), before "and I"."""
    items = [i for i in _split_items(sentence.strip(), lex) if i.strip()]
    return bool(items) and any(w in lex.not_names for w in _LETTERS_RE.findall(items[-1].lower()))


def _titled_antecedent(sentence: str, lex: Lexicon) -> Person | None:
    """The person before ", <title>, who will run ...": a full name right before the title.

    "I've sent a hold from Jane Roe, our Head of Data" -> Jane Roe (Head of Data). The title
    between commas is required: without it the words before "who" may be a team or a place.
    """
    items = [i.strip() for i in _split_items(sentence.strip(), lex)]
    if len(items) < 2:
        return None
    title = _drop_determiner(items[-1].strip(" ."), lex)
    if not is_title(title, lex) or lex.phrase("coordinator").search(title):
        # A coordinator "who will meet you at reception" greets; they do not interview.
        return None
    whole = _parse_item(items[-2], lex)
    if whole is not None:
        # The item is the name alone ("Jane Roe, our CTO, who ...").
        ok = full_name(whole.name)
        return Person(name=whole.name, email=whole.email, title=title) if ok else None
    words = items[-2].split()
    run: list[str] = []
    for w in reversed(words):
        if not (_capital(w) or _PARTICLE_RE.fullmatch(w)):
            break
        run.insert(0, w)
    while run and _PARTICLE_RE.fullmatch(run[0]):
        run.pop(0)
    if not _full_words(run) or not _looks_like_name(run, lex):
        return None
    return Person(name=" ".join(run), title=title)


_HONORIFIC_CACHE: dict[int, tuple[Lexicon, re.Pattern[str]]] = {}


def _honorific_dot(lex: Lexicon) -> re.Pattern[str]:
    """ "Dr. " and friends, to drop the dot (compiled once per lexicon; it is unhashable)."""
    hit = _HONORIFIC_CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    # A one-letter title ("M.") is passed over: its dot never ends a sentence here (see
    # _INITIAL_DOT), and it may be an initial ("Rosa M. Ibáñez", "M. K. Rahman").
    titles = [t for t in lex.honorifics if len(t) > 1]
    # "D.A. Roe" is initials in capitals, not the title "D.a" (doña): its dot stays.
    # Portuguese abbreviates with the gender's ordinal sign after the dot ("Eng.ª", "Dr.ª",
    # "Eng.º"): the dot goes and the sign stays ("Engª", a title of the lexicon's too).
    pattern = re.compile(rf"\b(?![A-Z]\.[A-Z]\.)({words_alt(titles)})\.([ºª]?)\s", re.IGNORECASE)
    if len(_HONORIFIC_CACHE) > 8:
        _HONORIFIC_CACHE.clear()
    _HONORIFIC_CACHE[id(lex)] = (lex, pattern)
    return pattern


def _label_continuation(rest: str, lex: Lexicon) -> str:
    """Lines under a labelled first entry that are people with a title or an address."""
    out = ""
    for line in rest.split("\n")[:7]:
        if not line.strip() or ":" in line:
            break
        p = _parse_item(line, lex)
        if p is None or not (p.title or p.email) or not full_name(p.name):
            break
        out += "\n" + line
    return out


def _spaced_entries(rest: str, lex: Lexicon) -> str:
    """Entries of a list written one paragraph each, as HTML <div>s come out as text.

    Google Calendar's "Guests" cell holds one <div> per guest, which reads as lines with
    blank lines between them. Only one-line paragraphs that are a person, an address or
    the organiser's mark continue the list; anything else (a sign-off, a sentence) ends it.
    """
    out = ""
    for para in rest.split("\n\n")[:_MAX_LIST_LINES]:
        line = para.strip()
        if not line or "\n" in line:
            break
        bare = _BULLET_RE.sub("", line)
        if not (
            _ADDRESS_ONLY_RE.fullmatch(bare.strip(" <>.,;"))
            or _marked_organizer(bare, lex)
            or _parse_item(bare, lex) is not None
        ):
            break
        out += "\n" + line
    return out


def _in_table_header(text: str, m: re.Match[str]) -> bool:
    """Whether an introduction is a cell of a table's header row ("Time | Interviewer | ...")."""
    if not m.group(0).rstrip().endswith("|"):
        return False
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    return line.count("|") >= 2 and not _TIME_LIKE.search(line)


def _name_title_pair(para: str, lex: Lexicon) -> bool:
    """Whether a paragraph is a full name over a job title ("Jane Roe" / "Staff Engineer")."""
    lines = [ln.strip() for ln in para.strip().split("\n")]
    if len(lines) != 2 or any(_TIME_LIKE.search(ln) for ln in lines):
        return False
    if any(_BULLET_RE.match(ln) for ln in lines):
        # "- Jane Roe (Staff Engineer)" over "- Raj Patel - CTO": two items of one list, not
        # a person over their title; the paragraphs after it are not more such people.
        return False
    p = _parse_item(lines[0], lex)
    q = _parse_item(lines[1], lex)
    if q is not None and q.title and full_name(q.name):
        # "Jane Roe – VP Marketing" over "Raj Patel – Brand Lead": two people, each titled.
        return False
    return p is not None and full_name(p.name) and is_title(lines[1], lex)


def _spaced_pairs(rest: str, lex: Lexicon) -> str:
    """The paragraphs after a first name-over-title one that are shaped the same way."""
    out = ""
    for para in rest.split("\n\n")[: _MAX_LIST_LINES // 2]:
        if not _name_title_pair(para, lex):
            break
        out += "\n" + para.strip()
    return out


_LINK_RE = re.compile(
    r"[(<][ \t]*(?:https?://|www\.)[^\s()<>]{3,300}[ \t]*[)>]"
    r"|(?<!\S)(?:https?://)?(?:[\w-]+\.)?linkedin\.com/in/[^\s()<>,;]{1,100}",
    re.IGNORECASE,
)


def from_text(
    text: str, lex: Lexicon, corroborators: Sequence[Person] = ()
) -> tuple[list[Person], bool]:
    """People named in text, and whether the writer names themself among them.

    Names follow an introduction phrase ("meeting with ...", "Interviewers:") or precede
    an outro ("... will join us"); "me" in such a list is the writer. ``corroborators``
    (the message's headers and calendar guests, never the user) let an itinerary row name
    a person by one word when one of them has that given name or address.
    """
    found: list[Person] = []
    writer = False
    # "Jane Roe (https://www.linkedin.com/in/janeroe), our CTO", "Jane Roe <https://...>" (a
    # link in HTML mail): a profile link beside a name is no part of the list; blanked to
    # spaces, the offsets into the text still hold.
    text = _LINK_RE.sub(lambda u: " " * len(u.group(0)), text[:30_000])
    # "Estaremos la Ing. Rebeca Xicará y yo", "Dr. Anika Shah will join us": a title's dot
    # ends no sentence, so it must not cut an introduction or outro from its names.
    plain = _honorific_dot(lex).sub(r"\1\2 ", text[:30_000])
    # "- Who: Jane Roe", "• With: Mr Raj Patel (CFO)": a list bullet before a detail line's
    # label leaves it a label line; blanked to spaces, the offsets into ``text`` still hold.
    plain = _LABEL_BULLET_RE.sub(lambda b: " " * len(b.group(0)), plain)
    # "it'll" / "be me and our co-founder Jane Roe": a line the client wrapped mid-sentence
    # goes on below; read as one line (one character for one, so offsets still hold).
    plain = _SOFT_BREAK_RE.sub(" ", plain)
    # "Vous passerez cet entretien avec" / "Awa Koné, ...": a long line that stops on "with"
    # or "and" goes on with the name below, capitalised as names are.
    plain = _joined_after_joiners(plain, lex)
    # "(Head of" / "Clinical Informatics)": a bracket the client wrapped is one aside.
    plain = _BRACKET_BREAK_RE.sub(lambda b: b.group(0).replace("\n", " "), plain)
    for m in lex.interviewers_intro.finditer(plain):
        if m.group(0).endswith("(") and lex.phrase("schedule_pause").search(m.group(0)):
            # "11:00 AM  Team lunch (Blue Bottle)": a pause's brackets name where, not who.
            continue
        if _in_table_header(plain, m):
            # "| Time | Interviewer | Focus |": the cells after a people label are the other
            # columns' labels; the rows below are read by column (``_table_columns``).
            continue
        after = plain[m.end() : m.end() + 400]
        # A list (label then lines) or the rest of the sentence.
        stripped = after.lstrip(" :-")
        fallback = ""  # the first line alone, when a line taken as wrapped names nobody
        if stripped.startswith("\n") or after.startswith((":\n", "\n")):
            # Guest lists may give each person two lines (name, then address).
            body = text[m.end() : m.end() + 1500].lstrip(" :-").lstrip("\n")
            block, _, later = body.partition("\n\n")
            if "\n" not in block.strip():
                block += _spaced_entries(later, lex)
            elif _name_title_pair(block, lex):
                # "Meet your interviewers", then "Jane Roe" over "Staff Engineer", a blank
                # line, and the next person so: one paragraph per person.
                block += _spaced_pairs(later, lex)
            chunk = "\n".join(block.split("\n")[:_MAX_LIST_LINES])
        else:
            chunk = _CHUNK_END_RE.split(stripped, maxsplit=1)[0]
            # "Jane Roe - she leads our data group - and Raj Patel": an aside between dashes
            # describes the person before it; the list goes on after it.
            chunk = _DASH_ASIDE_RE.sub(" ", chunk)
            if lex.phrase("one_person_label").search(m.group(0)):
                chunk = _one_family_first(chunk, lex)
            if "\n" in chunk and not chunk.strip().startswith(("-", "*")):
                first, rest = chunk.split("\n", 1)
                chunk = first
                if after.lstrip(" ").startswith(":") or m.group(0).rstrip().endswith(":"):
                    # "Interviewers: Jane Roe – Head of X" then "Raj Patel – CTO" below it.
                    chunk += _label_continuation(rest, lex)
                elif _wrapped(plain, m.start() + m.group(0).startswith("\n"), first, rest, lex):
                    # A plain-text mail wrapped at its width: "... you will meet Cordelia"
                    # then "Vance-Whitby (General Counsel) and ..." is one sentence.
                    chunk = f"{first} {rest.split(chr(10), 1)[0]}"
                    # "Phone interview with our Director, Colette Boudreau" over "Wednesday,
                    # October 27 at 11:00 AM": a line ending in a name at the wrapping width
                    # may be whole; if the joined text names nobody, the line alone is read.
                    fallback = first
        count = len(found)
        wrote = _read_items(chunk, lex, found)
        if fallback and not wrote and len(found) == count:
            wrote = _read_items(fallback, lex, found)
        writer = wrote or writer
    writer = _names_before(plain, lex, found) or writer
    # An itinerary row's "Eng. Priya" keeps its dot: a title written so makes one word a name.
    _itinerary_rows(text, lex, found, _given_names(corroborators, lex))
    _untimed_sessions(text, lex, found)
    _table_columns(text, lex, found)
    # A session row may also open with an introduction ("Technical interview (Eng. Priya)"):
    # the same person read twice is listed once.
    return list(dict.fromkeys(_given_in_full(found, plain, lex))), writer


# Plain-text mail is wrapped at 72 to 78 columns; a line this long that stops mid-sentence
# goes on below.
_WRAP_WIDTH = 60
_WRAP_NEXT_RE = re.compile(r"[ \t]*[^\W\d_(]")
# "Time: Mar 17, 2026 10:00 AM": a labelled line of its own, not the line above going on.
_LABEL_LINE_RE = re.compile(r"[ \t]*[^\W\d_][\w /&-]{0,25}:")


# A line break inside a sentence a mail client wrapped: the line is long, stops on no
# punctuation, and the next line goes on in lower case.
_SOFT_BREAK_RE = re.compile(r"(?<=[^\n]{60}[\w,'’)])\n(?=[ \t]*[a-z\u00DF-\u00FF])")

# A short bracket with one line break inside: "(Head of\nClinical Informatics)".
_BRACKET_BREAK_RE = re.compile(r"\([^()\n]{1,80}\n[^()\n]{1,80}\)")


@per_lexicon
def _joiner_break_re(lex: Lexicon) -> re.Pattern[str]:
    """A line break after "with" or "and", a capitalised word below."""
    joiners = [w for w in (*lex.with_words, *lex.and_words) if w.isalpha()]
    return re.compile(
        rf"([ \t](?:{words_alt(sorted(joiners) or ['with'])}))\n(?=[ \t]*[A-Z\u00C0-\u00DE])"
    )


def _joined_after_joiners(text: str, lex: Lexicon) -> str:
    """``text`` with the breaks a client wrapped after "with" or "and" made spaces.

    Only a long line (the word at column 40 or later) was wrapped; one character for one,
    so offsets still hold. The column is checked per match, not by a look-behind tried at
    every position of the text (a hot path: every message's people are read).
    """

    def join(m: re.Match[str]) -> str:
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1)
        return f"{m.group(1)} " if column >= 40 else m.group(0)

    return _joiner_break_re(lex).sub(join, text)


def _title_then_comma(first: str, lex: Lexicon) -> bool:
    """Whether ``first`` is a lower-case job title set off by a comma, its name to follow.

    "con el gerente de exploración," then "Rodrigo Valdebenito" on the next line: the
    comma opens the apposition naming the person; a name before it would have ended it.
    """
    body = first.strip()
    if not body.endswith(","):
        return False
    words = _LETTERS_RE.findall(body)
    return is_title(body, lex) and all(w.islower() or _title_word(w, lex) for w in words)


def _wrapped(text: str, at: int, first: str, rest: str, lex: Lexicon) -> bool:
    """Whether the line holding ``text[at]`` is wrapped, its sentence going on in ``rest``.

    The line is near a mail's wrapping width and ends in no stop (or in the comma after a
    title whose name follows); the next line opens with a word (no bullet, number or
    label) and is no blank line.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    nxt = rest.split("\n", 1)[0]
    return (
        len(line.rstrip()) >= _WRAP_WIDTH
        and (
            first.rstrip()[-1:] not in ".:;!?,"
            or _title_then_comma(first, lex)
            # "You'll meet Glen Abernathy," over "Director of Finance, and Yvette Moreau":
            # the name's title goes on below its comma.
            or (first.rstrip().endswith(",") and is_title(nxt.split(",", 1)[0].strip(), lex))
        )
        and bool(nxt.strip())
        and _WRAP_NEXT_RE.match(nxt) is not None
        and not nxt.rstrip().endswith(":")
        and _LABEL_LINE_RE.match(nxt) is None
    )


_FAMILY_AFTER = r"[ \t]+(?-i:[A-Z\u00C0-\u00DE])[\w'’\-]+"


_GIVEN_BEFORE = r"(?-i:[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF][\w'’\-]*)[ \t]+"


def _family_named(word: str, text: str, lex: Lexicon) -> bool:
    """Whether ``word`` ends someone's full name in ``text`` ("Dr. Kohl" beside "Miriam Kohl").

    A family name used alone ("Interview with Dr. Kohl") is not a given name to complete
    from a later "Kohl Hall".
    """
    for m in re.finditer(rf"({_GIVEN_BEFORE}){re.escape(word)}(?![\w\-])", text):
        before = m.group(1).strip()
        if not is_title(before, lex) and reads_as_name(f"{before} {word}", lex):
            return True
    return False


def _given_in_full(found: Sequence[Person], text: str, lex: Lexicon) -> list[Person]:
    """People named by a given name alone, completed where the text names them in full.

    "Our VP of Data, Gordon Tsang, has a board meeting ... you'll still meet Gordon and
    Fatima Rahimi": "Gordon" is Gordon Tsang. Only one full name may start with the given
    name; two ("Gordon Tsang", "Gordon Lee") leave it as written.
    """
    out: list[Person] = []
    for p in found:
        name = (p.name or "").strip()
        if not name or " " in name or not _capital(name) or _family_named(name, text, lex):
            out.append(p)
            continue
        fulls = {
            m.group(0)
            for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}{_FAMILY_AFTER}", text)
            if _looks_like_name(m.group(0).split(), lex)
        }
        full = " ".join(next(iter(fulls)).split()) if len(fulls) == 1 else name
        out.append(Person(name=full, email=p.email, title=p.title) if full != name else p)
    return out


_TABLE_ROWS_READ = 8
"""Rows read under a table's header: an interview table lists a day's few sessions."""


def _cells(line: str) -> list[str]:
    """A table row's cells ("a | b | c", HTML tables flattened with pipes)."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _labels_people(cell: str, lex: Lexicon) -> bool:
    """Whether a header cell is a people label ("Interviewer", "Gesprächspartner")."""
    m = lex.interviewers_intro.match(f"{cell}:")
    return m is not None and m.end() >= len(cell)


def _table_columns(text: str, lex: Lexicon, found: list[Person]) -> None:
    """People in a table's interviewer column: "Date | Start Time | Interviewer" then rows.

    ATS mail (Workday, iCIMS) lays the details out as a table, the label in the header row
    and the name in the same column of the rows below it.
    """
    lines = text[:30_000].split("\n")
    for i, line in enumerate(lines):
        if "|" not in line or _TIME_LIKE.search(line):
            # A header row holds labels: "11:00 | Competency interview (panel)" is a row.
            continue
        header = _cells(line)
        columns = [k for k, c in enumerate(header) if c and _labels_people(c, lex)]
        if not columns:
            continue
        for row in lines[i + 1 : i + 1 + _TABLE_ROWS_READ]:
            if row.strip() and not row.strip(" |-:+=\t"):
                continue  # a rule under the header ("---|---", "-----+-----", "=====")
            cells = _cells(row)
            if len(cells) != len(header):
                break
            for k in columns:
                # "| 11:15 AM | Lunch | - |": a pause in the people column names no one.
                if not _pause_only(cells[k], lex):
                    _read_items(cells[k], lex, found)


# French writes "10h00", "10h30", "10h" (the "h" never opens a word after it).
_ROW_TIME = r"\d{1,2}(?:[:.]\d\d|h\d\d|h(?![^\W\d_]))?\s*(?:[ap]\.?m\.?)?"
# A lone time must look like one ("10:30", "2pm"): "10 Downing Street" is an address.
_ROW_LONE_TIME = r"\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|h\d\d|h(?![^\W\d_])|\s*[ap]\.?m\.?)"
_ROW_RE = re.compile(
    rf"^[ \t]*(?:(?:[-*•·|]|\d{{1,2}}[.)])\s*)?"
    rf"(?:{_ROW_TIME}\s*(?:[-–—]|to)\s*{_ROW_TIME}|{_ROW_LONE_TIME})"
    r"(?:\s*(?-i:\(?[A-Z]{2,5}\)?)(?!\w))?"
    r"[ \t]*[|:–—·•-]?[ \t]*"
    r"(?P<rest>\S[^\n]{2,160})$",
    re.MULTILINE | re.IGNORECASE,
)


@per_lexicon
def _session_with_re(lex: Lexicon) -> re.Pattern[str]:
    """ "System design with Jane Roe": a session, then who runs it (the lexicon's "with")."""
    withs = words_alt(sorted(lex.with_words))
    return re.compile(rf"^(?P<session>.{{2,60}}?)\s+(?:{withs})\s+(?P<people>\S.*)$")


# "Technical interview (Eng. Jane Roe, Raj Patel)": a session, then its people in brackets.
# "System design – Jane Roe (Principal Engineer)": a session, a spaced dash, its people.
_SESSION_DASH_RE = re.compile(r"^(?P<session>[^–—]{2,60}?)\s[-–—]\s(?P<people>\S.*)$")
_SESSION_PAREN_RE = re.compile(r"^(?P<session>[^(\[]{2,60}?)\s*[(\[](?P<people>[^)\]]{3,160})[)\]]")
# "Hiring manager: Jane Roe" (GoodTime and other itineraries): a session, a colon, its people.
_SESSION_COLON_RE = re.compile(r"^(?P<session>[^:–—]{2,60}?):\s+(?P<people>\S.*)$")
# "Director, Actuarial (jane.roe@acme.example)": a title's last part, then an address.
_TRAILING_ADDRESS_RE = re.compile(
    r"^(?P<rest>.*?)\s*[(\[<]\s*(?P<email>[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+)\s*[)\]>]\s*$"
)


def _full_names(chunk: str, lex: Lexicon) -> list[Person]:
    """The people of a session's list, each with at least two name words, or none at all.

    A title after a comma belongs to the person before it ("Jane Roe, Staff Engineer"); a
    description before a name ("the Dean, Dr. Susan Roe") is passed over.
    """
    people: list[Person] = []
    items = _split_items(chunk, lex)[:6]
    for i, item in enumerate(items):
        p = _parse_item(item, lex)
        if p is None and people and people[-1].title is None and is_title(item, lex):
            # "Jane Roe, Staff Engineer": the comma split the title from its name.
            last = people[-1]
            people[-1] = Person(name=last.name, email=last.email, title=item.strip(" ."))
            continue
        tail = _TRAILING_ADDRESS_RE.match(item)
        rest = tail.group("rest") if tail else item
        if p is None and people and people[-1].title is not None and _org_only(rest, lex):
            # "Jane Roe, Director, Actuarial (jane.roe@...)": the team ends the title.
            last = people[-1]
            email = last.email or (tail.group("email").lower() if tail else None)
            people[-1] = Person(name=last.name, email=email, title=f"{last.title}, {rest.strip()}")
            continue
        first = (item.split(maxsplit=1) or [""])[0].lower()
        if p is None and i < len(items) - 1 and first in _DETERMINERS:
            # "with the Dean, Dr. Jane Roe": a described role before the name, not a name.
            continue
        if p is None or not p.name or (not full_name(p.name) and not _honorific_first(item, lex)):
            # One word is a person only with a title before it ("Eng. Priya", "Dr. Aarav").
            return []
        people.append(p)
    return people


def _honorific_first(item: str, lex: Lexicon) -> bool:
    """Whether an item starts with a title that is never a given name ("Dr.", "Eng.")."""
    first = (_BULLET_RE.sub("", item).split(maxsplit=1) or [""])[0].lower().strip(".")
    return first in lex.honorifics and first not in lex.honorific_names


def _session_people(segment: str, lex: Lexicon) -> list[Person]:
    """People a row names after its session: "Design with Jane Roe", "Panel (Jane Roe, Raj Patel)".

    The session part must not itself read as a full name (one word, "Meeting", "Coding",
    is a session). A bracketed list needs two people or one with a title or an address:
    "Office tour (Main Building)" names a place; so does a list after a dash ("Coding –
    Jane Roe (Senior Engineer)"), where "Jane Roe – Head of Design" is a name and a title.
    """
    m = _session_with_re(lex).match(segment)
    if m and not _is_full_name(m.group("session"), lex):
        named = _full_names(m.group("people"), lex)
        if named:
            return named
        # "Lunch with the search committee (Dr Jane Roe, Dr Raj Patel)": a body named after
        # "with", its members in brackets.
    for form in (_SESSION_PAREN_RE, _SESSION_DASH_RE):
        m = form.match(segment)
        if m and _reads_as_session(m.group("session"), lex):
            people = _full_names(m.group("people"), lex)
            if len(people) > 1 or any(p.title or p.email for p in people):
                return people
            # "Coding - Jane Roe", "Deep dive - Dr. Jane Roe": an interview session, or a
            # person's title (Dr., Ing.), says the name after the dash is who runs it.
            session = lex.phrase("interview_session").search(m.group("session"))
            if people and form is _SESSION_DASH_RE and (session or _honorific_led(m, lex)):
                return people
    return []


def _honorific_led(m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a session's people are written after a title ("Dr. Jane Roe", "Ing. Ana Ruiz")."""
    first = (m.group("people").split(maxsplit=1) or [""])[0].lower().strip(".")
    return first in lex.honorifics and first not in lex.honorific_names


def _reads_as_session(text: str, lex: Lexicon) -> bool:
    """Whether a row's first part is a session, not a person ("Jane Roe – Head of Sales").

    Capitalised session names ("System Design", "Case Study") read like a full name; the
    lexicon's session words say they are not one.
    """
    return not _is_full_name(text, lex) or bool(lex.phrase("interview_session").search(text))


def _is_full_name(text: str, lex: Lexicon) -> bool:
    """Whether text reads as a person's name of two words or more."""
    p = _parse_item(text, lex)
    return p is not None and full_name(p.name)


def _given_names(people: Sequence[Person], lex: Lexicon) -> frozenset[str]:
    """Folded given names and address local parts of ``people``, to corroborate one word.

    "Joy Adeyemi" (or the directory's "Adeyemi, Joy") gives "joy"; "joy.adeyemi@" gives
    its local part, whose first word is compared (see ``_corroborated``).
    """
    out: set[str] = set()
    for p in people:
        person = True
        if p.name and "@" not in p.name:
            name = p.name
            if "," in name:
                family, _, given = name.partition(",")
                name = f"{given} {family}"
            words = drop_honorifics(name.split(), lex)
            person = bool(words) and _looks_like_name(words, lex)
            if person:
                out.add(_fold(words[0].strip(".,")))
        # A team's or a shared inbox's address ("Intro Team <intro@>", "careers@") is
        # nobody's given name.
        if p.email and person and not (is_role_address(p.email, lex) or is_noreply(p.email, lex)):
            out.add("@" + _fold(local_of(p.email)))
    return frozenset(out)


# After a given name, an address local part goes on with a separator, digits, or one
# initial ("joy.adeyemi@", "joy2@", "joya@"): more letters make another word ("joyce@").
_LOCAL_REST_RE = re.compile(r"(?:[._\-+\d].*|[^\W\d_])?")


def _corroborated(name: str | None, given: frozenset[str]) -> bool:
    """Whether a one-word name is the given name of a header person or calendar guest."""
    if not name or " " in name.strip() or not given:
        return False
    n = _fold(name.strip(".,"))
    if len(n) < 2:
        return False
    if n in given:
        return True
    return any(
        g.startswith("@" + n) and _LOCAL_REST_RE.fullmatch(g[len(n) + 1 :]) is not None
        for g in given
        if g[:1] == "@"
    )


def _itinerary_rows(
    text: str, lex: Lexicon, found: list[Person], given: frozenset[str] = frozenset()
) -> None:
    """Itinerary rows "10:00 AM - 10:45 AM  Jane Roe, Engineering Manager".

    The text after a row's time (or time range) is often a session name ("System Design"),
    so the first segment is a person only with a title or an address; a later one ("System
    Design · Jane Roe") needs a full name, as do the people after a session ("System design
    with Jane Roe", "Technical interview (Jane Roe, Raj Patel)").
    """
    lone: list[Person] = []
    dash_rows = 0
    # Rows that named someone for sure: a lone name on another row is then a person too.
    named_rows = 0
    text = text[:30_000]
    rows = list(_ROW_RE.finditer(text))
    places = _place_columns([_ROW_SEP_RE.split(m.group("rest"))[:4] for m in rows], lex)
    for m in rows:
        segments = _ROW_SEP_RE.split(m.group("rest"))[:4]
        before = len(found)
        # "1:00 PM | Jane Roe" then "Clinical Lead" on the line below (an HTML cell's <br>).
        below = text[m.end() + 1 : text.find("\n", m.end() + 1) % (len(text) + 1)].strip()
        # "Deep dive · with Jane Roe": a later cell's "with" leads to who runs the session.
        cells = [_lead_with(c, lex) if k > 0 else c for k, c in enumerate(segments)]
        # "11:00 AM | Lunch | Blue Cafe": after a pause, a later cell names where it is held.
        pause = bool(cells) and _pause_only(cells[0], lex)
        # "Wrap-up - Keisha Roe, Recruiter": a pause a coordinator hosts (_without_arrangers).
        hosted_pause = _pause_row(segments[0], lex)
        for i, segment in enumerate(cells):
            p = _parse_item(segment, lex)
            if (
                p is not None
                and p.name
                and full_name(p.name)
                and not (p.title or p.email)
                and not lex.phrase("interview_session").search(segment)
            ):
                # "2:00 PM | Jane Roe | Director of Nursing": the title in the next cell (or
                # on the line below the row's last cell) says the name is a person's.
                after = cells[i + 1] if i + 1 < len(cells) else below
                after = after.strip(" |")
                if after and not _TIME_LIKE.search(after) and is_title(after, lex):
                    found.append(Person(name=p.name, title=after.strip(" .")))
                    continue
            if (
                i == 0
                and p is not None
                and p.name
                and full_name(p.name)
                and not (p.title or p.email)
                and len(cells) > 1
                and not lex.phrase("interview_session").search(segment)
                and not pause
                and lex.phrase("interview_session").search(cells[1])
            ):
                # "10:00 AM | Jane Roe | Coding": the name, then the session they run; a
                # person when other rows name people too.
                lone.append(p)
                dash_rows += 1
                continue
            if i == 0 and p is not None and p.name and full_name(p.name) and not p.title:
                paren = _ITEM_PAREN_RE.match(segment)
                if (
                    paren
                    and not _reads_as_session(paren.group("n"), lex)
                    and _PERSON_NOTE_RE.search(paren.group("t"))
                ):
                    # "9:30 AM (ET): Jane Roe (Group PM)", "Jane Roe (she/her)": a full name
                    # and a note of a role's abbreviation or pronouns the lexicon does not
                    # know as a title; a person when other rows name people too. "Harbour
                    # View (Level 3)" notes a place.
                    lone.append(p)
                    dash_rows += 1
                    continue
            if i == 0 and p is not None and not (p.title or p.email):
                # "Hiring manager: Jane Roe" reads as a label and a name; like "Case study
                # – Jane Roe" it counts only on two such rows or more (below).
                # "System Design – Jane Roe" reads as two names; the session words say which.
                single = _lone_session_person(segment, lex, given)
                dash_rows += bool(single)
                lone.extend(single)
                if single:
                    continue
            if p is None or not p.name or not full_name(p.name):
                people = _session_people(segment, lex)
                if not people and p is not None and (p.title or p.email):
                    # "2:45 PM Joy, Associate General Counsel": one word and a title is a
                    # person when the message's headers or guests have that given name.
                    people = [p] if _corroborated(p.name, given) else []
                found.extend(_without_arrangers(people, hosted_pause, lex))
                single = _lone_session_person(segment, lex, given)
                dash_rows += bool(single)
                if not people:
                    lone.extend(single)
                continue
            if i > 0 and (pause or i in places) and not (p.title or p.email):
                continue
            if p.title or p.email or i > 0:
                # "Coding | Bui Thi Lan, Omar bin Yusuf": a later cell may list several people.
                several = _full_names(segment, lex) if i > 0 else []
                found.extend(
                    _without_arrangers(several if len(several) > 1 else [p], hosted_pause, lex)
                )
        named_rows += len(found) > before
    if lone and dash_rows + named_rows > 1:
        # "15:00 – 15:45  Case study – Jane Roe" on two rows or more (whether or not the
        # session is one the lexicon knows): a schedule's sessions, each with its
        # interviewer. One such row alone may be "Lunch – Main Cafeteria".
        found.extend(lone)


_SESSION_LINE_RE = re.compile(
    r"^[ \t]*(?:[-*•·]\s+|\d{1,2}[.)]\s+)?(?P<line>[^\n]{5,160})$", re.MULTILINE
)


def _untimed_sessions(text: str, lex: Lexicon, found: list[Person]) -> None:
    """A day's sessions listed without times: "Coding - Ioana Stan (Senior Engineer)".

    Each line is an interview session, a dash and a full name with a title or an address;
    a pause ("Lunch - Team", "Q&A - Open floor") names no one. Two such lines or more make
    a schedule; one alone may be anything.
    """
    people: list[Person] = []
    for m in _SESSION_LINE_RE.finditer(text[:30_000]):
        line = m.group("line").strip()
        if _TIME_LIKE.search(line.split(" - ")[0]):
            continue  # a timed row is ``_itinerary_rows``' to read
        dash = _SESSION_DASH_RE.match(line)
        if dash is None or _pause_only(dash.group("session"), lex):
            continue
        session, who = dash.group("session"), dash.group("people")
        # A session is a few words ("System design"), its people one short entry: a
        # sentence with a dash in it ("Thank you for applying for the X – Y role. ...") is
        # neither.
        if len(session.split()) > 5 or len(who) > 80 or re.search(r"[.!?]\s", who):
            continue
        if not lex.phrase("interview_session").search(session):
            continue
        named = _full_names(who, lex)
        if len(named) == 1 and (named[0].title or named[0].email):
            people.append(named[0])
    # The same line twice (an invitation's title in its body and its notes) is one line.
    if len({_norm(p.name or "") for p in people}) > 1:
        found.extend(people)


def _place_columns(rows: Sequence[Sequence[str]], lex: Lexicon) -> frozenset[int]:
    """The later columns of a schedule that name places: two rows' cells there name rooms.

    "11:00 Employer Panel | Hall Beta" between "09:00 Opening Keynote | Grand Ballroom" and
    "12:00 Networking Lunch | Terrace Level": one column is read as one kind, so "Hall
    Beta" is a room as the others are. (One place, "Lunch | Cafeteria", is the pause's.)
    """
    seen = [
        k
        for cells in rows
        for k, cell in enumerate(cells)
        if k > 0
        and _parse_item(cell, lex) is None
        and any(w.lower().strip(".,()") in lex.org_words for w in cell.split())
    ]
    return frozenset(k for k in seen if seen.count(k) > 1)


def _pause_row(segment: str, lex: Lexicon) -> bool:
    """Whether an itinerary row's session is a pause or a welcome ("Wrap-up - Jane Roe")."""
    m = _SESSION_DASH_RE.match(segment) or _SESSION_COLON_RE.match(segment)
    return m is not None and bool(lex.phrase("schedule_pause").search(m.group("session")))


def _without_arrangers(people: Sequence[Person], pause: bool, lex: Lexicon) -> list[Person]:
    """People of a row, less the recruiter or coordinator who hosts a pause in the day.

    "12:30 PM Wrap-up - Keisha Roe, Recruiter": the recruiter closes the day and
    interviews no one; a manager at lunch ("Lunch - Jane Roe, Head of Data") is still met.
    """
    if not pause:
        return list(people)
    coordinator = lex.phrase("coordinator")
    return [p for p in people if not (p.title and coordinator.search(p.title))]


def _pause_only(cell: str, lex: Lexicon) -> bool:
    """Whether a row's first cell is a pause of the day ("Lunch", "Check-in"), no session."""
    return bool(lex.phrase("schedule_pause").search(cell)) and not lex.phrase(
        "interview_session"
    ).search(cell)


# A bracketed note only a person has: a role's abbreviation ("Group PM", "EM") or pronouns
# ("she/her"), and no digit ("Level 3").
_PERSON_NOTE_RE = re.compile(r"^(?!.*\d)(?:.*\b[A-Z]{2,4}\b|\s*[a-z]{2,4}/[a-z]{2,5}\s*$)")


def _lead_with(segment: str, lex: Lexicon) -> str:
    """ "with Jane Roe" -> "Jane Roe": a row's cell naming who runs the session after it."""
    first, _, rest = segment.strip().partition(" ")
    return rest.strip() if rest and first.lower() in lex.with_words else segment


def _lone_session_person(
    segment: str, lex: Lexicon, given: frozenset[str] = frozenset()
) -> list[Person]:
    """The full names after a session and a dash ("Case study – Jane Roe"), if that is all.

    A pause in the day ("Lunch – Harbour View", "Office tour – Glass Atrium") names a place.
    One word ("Data architecture: Joy") is a person only when ``given`` corroborates it.
    """
    m = _SESSION_DASH_RE.match(segment) or _SESSION_COLON_RE.match(segment)
    if (
        m is None
        or not _reads_as_session(m.group("session"), lex)
        or lex.phrase("schedule_pause").search(m.group("session"))
    ):
        return []
    people = _full_names(m.group("people"), lex)
    if not people and given:
        p = _parse_item(m.group("people"), lex)
        people = [p] if p is not None and _corroborated(p.name, given) else []
    # "Technical deep-dive: Jane Roe & Raj Patel": a pair runs a session too.
    return people if 1 <= len(people) <= 3 else []


@lru_cache(maxsize=256)
def _name_line_re(name: str) -> re.Pattern[str]:
    """A line holding only ``name`` (cached: a person's name is looked up several times).

    Signatures may put abbreviated titles before the name ("Mag. Eva Roth", "Dr. Jane Roe",
    "Dipl.-Ing. Jan Roe"): up to two words ending in a dot are passed over.
    """
    return re.compile(
        rf"^[ \t]*(?:[^\W\d_][\w.\-]*\.[ \t]+){{0,2}}{re.escape(name)}[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    )


@lru_cache(maxsize=256)
def _name_re(name: str) -> re.Pattern[str]:
    """``name`` anywhere, any case (cached like ``_name_line_re``)."""
    return re.compile(re.escape(name), re.IGNORECASE)


def signature_title(text: str, name: str | None, lex: Lexicon) -> str | None:
    """The job title on the line under the writer's name in their signature, if any."""
    if not name or len(name) < 3:
        return None
    tail = text[-3000:]
    at = None
    for m in _name_line_re(name).finditer(tail):
        at = m
    if at is None:
        return None
    nxt = tail[at.end() :].lstrip("\n").split("\n", 1)[0]
    title = _SIG_TITLE_SEP_RE.split(nxt.strip(), maxsplit=1)[0].strip()
    if not title or len(title) > 80:
        return None
    # "Talent Acquisition Partner" reads as no title, but it says what the writer does.
    return title if is_title(title, lex) or lex.phrase("coordinator").search(title) else None


def co_signers(
    text: str, name: str | None, lex: Lexicon, known: Sequence[Person] = ()
) -> list[Person]:
    """Who signs beside the writer on one closing line ("Jonah Abernathy & Imogen Tsai").

    Founders and hiring pairs sign a confirmation together; when the writer takes part,
    so does the person whose full name shares their signature line. Given names alone
    ("Rowena and Imogen") pair too when ``known`` (the headers' people) holds exactly one
    person of each given name, the writer's own name first among them.
    """
    if not name or " " not in name.strip():
        return []
    ands = words_alt(sorted(lex.and_words) or ["and"])
    given = name.split()[0]
    n = rf"(?:{re.escape(name.strip())}|{re.escape(given)})" if len(given) > 2 else re.escape(name)
    line = re.compile(
        rf"^[ \t]*(?:{n}[ \t]+(?:{ands})[ \t]+(?P<b>[^\n]{{3,60}}?)"
        rf"|(?P<a>[^\n]{{3,60}}?)[ \t]+(?:{ands})[ \t]+{n})[ \t]*,?[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    )
    out: list[Person] = []
    for m in line.finditer(text[-3000:]):
        other = (m.group("a") or m.group("b") or "").strip()
        p = _parse_item(other, lex)
        if p is None or not _capital(other) or _TIME_LIKE.search(other):
            continue
        if full_name(p.name):
            out.append(Person(name=p.name))
        elif known:
            # "Rowena and Imogen": the one header person called Imogen.
            same = {
                k.email: k
                for k in known
                if k.name and k.email and _norm(k.name).split()[0] == _norm(p.name or "")
            }
            if len(same) == 1 and full_name(next(iter(same.values())).name):
                out.append(next(iter(same.values())))
    return out[:1]


# A team's closing line ("Tom, Anna & Priya"): this many given names, each one word.
_TEAM_SIGNERS = 3
_TEAM_LINE_CHARS = 60


def team_signoff(text: str, lex: Lexicon) -> bool:
    """Whether the text closes with a team's given names on one line ("Tom, Anna & Priya").

    A shop's or a small team's mailbox signs with everyone's given name: "we" and "see you"
    then speak for the team, and none of them is thereby the one the user meets.
    """
    lines = [ln.strip() for ln in text[-600:].split("\n") if ln.strip()]
    for line in lines[-6:]:
        if len(line) > _TEAM_LINE_CHARS:
            continue
        items = [i.strip(" .,!") for i in _split_re(lex).split(line)]
        if len(items) >= _TEAM_SIGNERS and all(
            len(i.split()) == 1 and _capital(i) and _looks_like_name([i], lex) for i in items
        ):
            return True
    return False


def signing_teams(text: str, lex: Lexicon) -> frozenset[str]:
    """The names a team signs with ("The Harbor Lane team", "L'équipe Pont-Neuf Paie"),
    case-folded: the company's, so "your interview with Harbor Lane" names no person."""
    return frozenset(
        " ".join(m.group("company").split()).casefold()
        for pat in lex.team_signatures
        for m in pat.finditer(text)
    )


def signed_by(text: str, candidates: Sequence[Person]) -> Person | None:
    """The one of ``candidates`` who signs ``text``: their full name alone on a line near its end.

    Hiring systems send a person's words from a machine address and put that person in
    Reply-To; the signature says who wrote them ("Talk soon,\nJane Roe\nHR Generalist").
    """
    tail = text[-800:]
    for p in candidates:
        name = (p.name or "").strip()
        if full_name(name) and _name_line_re(name).search(tail):
            return p
    return None


def is_coordinator(person: Person, title: str | None, words: str, lex: Lexicon) -> bool:
    """Whether a person is described as arranging rather than interviewing.

    ``title`` is their stated title (signature or list), ``words`` the text they wrote when
    they are its author ("I'm coordinating", "Recruiting Coordinator", "Talent Acquisition").
    """
    coordinator = lex.phrase("coordinator")
    if title and coordinator.search(title):
        return True
    if person.title and coordinator.search(person.title):
        return True
    if not words or not person.name:
        return False
    sig = signature_title(words, person.name, lex)
    if sig and coordinator.search(sig):
        return True
    # Only their own first-person words describe them; the caller passes the author's text.
    return bool(lex.phrase("sender_coordinates").search(words[:4000]))


def described_coordinators(
    text: str, people: Sequence[Person], lex: Lexicon, key: str = "coordinator"
) -> list[Person]:
    """People the text describes as coordinators ("Jane Roe, Recruiting Coordinator").

    ``key`` is the phrase of the role: "coordinator" (anyone who arranges, recruiters and HR
    included) or "arranger" (one whose job is only arranging: a coordinator, a scheduler).
    """
    out: list[Person] = []
    coordinator = lex.phrase(key)
    arranger = lex.phrase("arranger")
    for p in people:
        if not p.name or len(p.name) < 3:
            continue
        for m in _name_re(p.name).finditer(text):
            tail = text[m.end() : m.end() + 60].split("\n", maxsplit=1)[0]
            head = _DESCRIBED_RE.match(tail)
            if head and coordinator.search(head.group("t")):
                out.append(p)
                break
            # "with me and our recruiting coordinator, Jane Roe": the job said before the
            # name. Only an arranger's (a recruiter may screen: "with our recruiter, Jane").
            before = _DESCRIBED_BEFORE_RE.search(text[max(0, m.start() - 60) : m.start()])
            job = before.group("t") if before else ""
            # The arranging job must end the words ("the scheduling link to Jane" is a link).
            if any(
                (
                    a.end() == len(job)
                    # Or first, as French and Spanish write it ("notre coordinatrice
                    # recrutement").
                    or (a.start() == 0 and _AGENT_NOUN_RE.search(a.group(0)))
                )
                and _hiring_arranger(job, lex)
                for a in arranger.finditer(job)
            ) and not (_JOINED_WORDS_RE.search(job)):
                out.append(p)
                break
    return out


# The noun of an arranging job, inside a compound too ("Recruiting-Koordinatorin").
_ARRANGER_NOUN_RE = re.compile(
    r"co-?ordinat(?:or|ors|ion|eur|rice|eurs|rices)|koordinator(?:in|en|innen)?|"
    r"coordinador(?:a|es|as)?|schedul(?:er|ers|ing)|assistenz|assistente|assistante?",
    re.IGNORECASE,
)


def _hiring_arranger(job: str, lex: Lexicon) -> bool:
    """Whether a job said before a name arranges hiring ("our recruiting coordinator").

    Every word beside the arranging noun must be hiring's ("recruiting", "talent", "RH",
    "de selección") or the arranging job's own ("executive assistant"): a "Clinical
    Coordinator", a "coordinatrice pédagogique" or a "Pflegekoordinatorin" does a job of
    their own and may interview.
    """
    rest = _ARRANGER_NOUN_RE.sub(" ", job)
    qualifier = lex.phrase("arranger_qualifier")
    return all(qualifier.fullmatch(w) for w in re.findall(r"[^\W\d_]+", rest))


def _name_forms(p: Person, people: Sequence[Person]) -> list[str]:
    """How a text may name a person: the full name, or a given name no one else shares."""
    full = (p.name or "").strip()
    forms = [full] if len(full) > 2 else []
    given = full.split()[0] if " " in full else ""
    same = [q for q in people if q.name and q.name.split()[0].lower() == given.lower()]
    if len(given) > 2 and len({_norm(q.name or "") for q in same}) == 1:
        forms.append(given)
    return forms


def observers(text: str, people: Sequence[Person], lex: Lexicon) -> list[Person]:
    """People the text says sit in without interviewing: a shadow, a note-taker.

    "Lena Park will join as a shadow", "Tomasz is shadowing and will not take part",
    "Tomasz Wrobel (shadow)": the words right after the person's name (full or given
    name) say so, before the sentence ends or another of ``people`` is named.
    """
    observer = lex.phrase("observer")
    also = lex.phrase("observer_interviews")
    forms = {id(p): _name_forms(p, people) for p in people}
    others = [f for fs in forms.values() for f in fs]
    out: list[Person] = []
    for p in people:
        hit = False
        for form in forms[id(p)]:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE):
                tail = text[m.end() : m.end() + 120]
                # The words about this person end where another person is named.
                cut = min(
                    (
                        t.start()
                        for f in others
                        if f not in forms[id(p)]
                        for t in [re.search(rf"(?<!\w){re.escape(f)}(?!\w)", tail)]
                        if t
                    ),
                    default=len(tail),
                )
                # "Ana Ruiz (note-taker and co-interviewer)": she takes notes and interviews.
                if observer.search(tail[:cut]) and not also.search(tail[:cut]):
                    hit = True
                    break
            if hit:
                break
        if hit:
            out.append(p)
    return out


@per_lexicon
def _titled_with_re(lex: Lexicon) -> re.Pattern[str]:
    """ "with " and the rest of its sentence (see :func:`titled_only`)."""
    return re.compile(
        rf"(?<!\w)(?:{words_alt(sorted(lex.with_words))})\s+(?P<rest>[^.!?\n]{{3,160}})",
        re.IGNORECASE,
    )


def titled_only(text: str, lex: Lexicon) -> int:
    """How many people a "with ..." phrase describes by their job alone, naming nobody.

    "A conversation with the Head of Supply Chain and our HR Business Partner" describes
    two; "with our Head of Data, Jane Roe" names her (0), as does any capitalised name.
    Each described person is a determiner ("the", "our") and a job title.
    """
    split = re.compile(
        rf"\s*,\s*(?:(?:{words_alt(sorted(lex.and_words))})\s+)?|\s+(?:{words_alt(sorted(lex.and_words))})\s+",
        re.IGNORECASE,
    )
    leads = _DETERMINERS | lex.possessives | lex.articles
    for m in _titled_with_re(lex).finditer(text[:8000]):
        count = 0
        for piece in split.split(m.group("rest")):
            words = piece.split()
            if len(words) < 2 or words[0].lower() not in leads:
                if reads_as_name(" ".join(words[:4]), lex):
                    return 0  # "the Head of Data, Jane Roe": the title's holder is named
                break
            title = " ".join(words[1:])
            if not is_title(title, lex) or _strip_lead_title(piece, lex)[1] is not None:
                return 0  # "the Head of Data Jane Roe": a name after the title
            count += 1
        if count:
            return count
    return 0


def arrangers(
    text: str, writers: Sequence[Person], writer_words: str, named: Sequence[Person], lex: Lexicon
) -> list[Person]:
    """People whose job is arranging the interview: a coordinator, a scheduler, an assistant.

    Unlike a recruiter or an HR partner, who may sit on a panel the text lists, they are
    named only as the contact or because a participants, staff or hosts list includes the
    one who set the meeting up ("Participants: Alex Morgan, Priya Shah"). ``writers`` are
    the sender, organiser and Reply-To (their signature in ``writer_words`` gives the role);
    ``named`` are the people the text names, with a title beside them or after their name
    ("moderated by Jane Roe (Recruiting Coordinator)", "(Jane Roe, Scheduling)").
    """
    arranger = lex.phrase("arranger")
    out = [
        p
        for p in writers
        if p.name and arranger.search(signature_title(writer_words, p.name, lex) or "")
    ]
    out += [p for p in named if p.title and arranger.search(p.title)]
    return out + described_coordinators(text, named, lex, key="arranger")


def _first_name_of(p: Person, q: Person) -> bool:
    """ "Theodora" after "Theodora Papadakis" (or before it): one person, named twice.

    A family name alone ("Interview with Dr. Kohl" beside "Dr. Miriam Kohl") is too.
    """
    a, b = _norm(p.name or "").split(), _norm(q.name or "").split()
    if not a or not b or (len(a) > 1) == (len(b) > 1):
        return False
    short, full = (a, b) if len(a) == 1 else (b, a)
    one_has_email = bool(p.email) != bool(q.email) or not (p.email or q.email)
    return short[0] in (full[0], full[-1]) and one_has_email


def with_earlier(
    now: Sequence[Person], writer: bool, earlier: tuple[list[Person], bool]
) -> tuple[list[Person], bool]:
    """A reply's people and "me", completed from what its sender wrote earlier in the thread.

    A reply settling a time names people briefly ("Mei-Ling will meet you at reception") or
    not at all; the sender's own quoted words offering the times named them in full and said
    whether the sender takes part ("a second round with me and Jane Roe"). With no names now
    the earlier ones stand; a first name takes the one earlier full name it begins. Callers
    pass only the sender's quoted words, never the user's.
    """
    before, before_writer = earlier
    if not now:
        return list(before), writer or before_writer
    out: list[Person] = []
    for p in now:
        full = [q for q in before if " " in (q.name or "") and _first_name_of(p, q)]
        out.append(full[0] if len(full) == 1 else p)
    return out, writer or before_writer


def first_names_only(people: Sequence[Person]) -> bool:
    """Whether every person is named by one word ("Mei-Ling will meet you"), or none at all."""
    return all(len((p.name or "").split()) <= 1 for p in people)


def merge_people(people: Iterable[Person]) -> list[Person]:
    """Deduplicate by email or normalised name, keeping the most complete entry."""
    out: list[Person] = []
    for p in people:
        for i, q in enumerate(out):
            same = (
                (p.email and p.email == q.email)
                or (p.name and q.name and (_norm(p.name) == _norm(q.name)))
                or (p.name and q.name and _first_name_of(p, q))
            )
            if same:
                # "Faith" then "Faith Wanjiru": one person, known by the fuller name.
                name = q.name or p.name
                if p.name and q.name and len(_norm(p.name).split()) > len(_norm(q.name).split()):
                    name = p.name
                out[i] = Person(name=name, email=q.email or p.email, title=q.title or p.title)
                break
        else:
            out.append(p)
    return out


def _first_word(words: list[str]) -> str | None:
    return words[0] if words else None


def _last_of_several(words: list[str]) -> str | None:
    # "with Ji-ho" and the guest "Yoon Ji-ho": East Asian names put the family name first,
    # so the given name a text uses is the last word.
    return words[-1] if len(words) > 1 else None


def _compound_first_part(words: list[str]) -> str | None:
    # "with Noor" and the guest "Noor-ul-Ain Jafri": a compound given name is called by its
    # first part.
    return words[0].split("-")[0] if len(words) > 1 and "-" in words[0] else None


_GIVEN_NAME_READINGS = (_first_word, _last_of_several, _compound_first_part)
"""How one word of a text may name a guest, tried in this order (the first that names
anyone wins)."""


def attach_emails(people: Sequence[Person], known: Sequence[Person]) -> list[Person]:
    """Give a named person the address the message pairs with that name, if any.

    A first name alone ("pair with Tobias") takes the full name and address of the one
    person the message names with that first name (a calendar guest, a header); with two
    such people it stays as written.
    """
    out: list[Person] = []
    for p in people:
        if p.email or not p.name:
            out.append(p)
            continue
        target = _norm(p.name)
        match = next(
            (k for k in known if k.name and k.email and _norm(k.name) == target),
            None,
        )
        if match is None and len(target.split()) == 1:
            same_first: dict[str | None, Person] = {}
            for given in _GIVEN_NAME_READINGS:
                same_first = {
                    k.email: k
                    for k in known
                    if k.name and k.email and given(_norm(k.name).split()) == target
                }
                if same_first:
                    break
            if len(same_first) == 1:
                match = next(iter(same_first.values()))
                out.append(Person(name=match.name, email=match.email, title=p.title))
                continue
        if match is None:
            clipped = _clipped_given(target, known)
            if clipped is not None:
                # "Seun Adebayo-Clarke" is the guest "Oluwaseun Adebayo-Clarke".
                out.append(Person(name=clipped.name, email=clipped.email, title=p.title))
                continue
            match = _by_local_part(target, known)
        out.append(Person(name=p.name, email=match.email, title=p.title) if match else p)
    return out


def _clipped_given(target: str, known: Sequence[Person]) -> Person | None:
    """The one known person whose full name ``target`` writes with a short given name.

    Same family name, and the given name written is the start or the end of theirs
    ("Seun" for "Oluwaseun", "Chris" for "Christopher"), three letters at least.
    """
    words = target.split()
    if len(words) != 2 or len(words[0]) < 3:
        return None
    given, family = words
    hits = {
        k.email: k
        for k in known
        if k.name
        and k.email
        and len(kw := _norm(k.name).split()) == 2
        and kw[1] == family
        and kw[0] != given
        and (kw[0].startswith(given) or kw[0].endswith(given))
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


_LOCAL_SPLIT_RE = re.compile(r"[._\-]+")


def _fold(text: str) -> str:
    """Lower case without accents: "Núria" and "nuria" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _by_local_part(target: str, known: Sequence[Person]) -> Person | None:
    """The one nameless address whose local part spells the full name ("jane.roe@").

    Calendars may list a guest by address only (an ATTENDEE without CN, RFC 5545 3.8.4.1);
    the text names them. Only a full name spelled word for word pairs, or a one-word given
    name that starts the local part (as ``_corroborated`` reads it), and only one address.
    """
    words = [_fold(w) for w in target.replace("-", " ").split()]
    if not words:
        return None
    if len(words) == 1:
        # "Joy, Associate General Counsel" and the nameless guest "joy.k@": the one address
        # whose local part starts with the given name (see ``_corroborated``).
        hits = {
            k.email: k
            for k in known
            if k.email
            and not k.name
            and len(words[0]) > 1
            and _fold(local_of(k.email)).startswith(words[0])
            and _LOCAL_REST_RE.fullmatch(_fold(local_of(k.email))[len(words[0]) :])
        }
        return next(iter(hits.values())) if len(hits) == 1 else None
    hits = {
        k.email: k
        for k in known
        if k.email
        and not k.name
        and _LOCAL_SPLIT_RE.split(_fold(k.email.split("@", 1)[0])) == words
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def _bare_place(p: Person, lex: Lexicon) -> bool:
    """A one-word text name that is a town ("with Sydney") and nothing ties to a person.

    A guest or header with that given name ("Sydney Chen") gave it an address by now.
    """
    name = (p.name or "").strip()
    return bool(name) and " " not in name and not (p.email or p.title) and is_place_word(name, lex)


def team_name(name: str, lex: Lexicon) -> bool:
    """Whether a display name is a team's or a mailbox's, not a person's."""
    return _team_name(name, lex)


def _team_name(name: str, lex: Lexicon) -> bool:
    """Whether a display name is a team's ("Interview Team", "Équipe Tech"), no person's."""
    words = _LETTERS_RE.findall(name.lower())
    return any(w in lex.not_names for w in words) and not reads_as_name(name, lex)


def interviewers(
    text_people: Sequence[Person],
    attendees: Sequence[Person],
    organizer: Person | None,
    known: Sequence[Person],
    lex: Lexicon,
    user: frozenset[str],
    user_name: str | None,
    company: str | None,
    *,
    coordinators: Sequence[Person] = (),
    arranging: Sequence[Person] = (),
) -> tuple[Person, ...]:
    """The interviewers: named in text when the text names them, else calendar attendees.

    People in ``coordinators`` (described as arranging the interview: recruiters, HR) are
    never added from the calendar; they count only when the text lists them among the
    interviewers. People in ``arranging`` (whose job is only arranging, see ``arrangers``)
    count nowhere: a coordinator who takes part says so in their own words ("with me"),
    which the caller reads.
    """

    def among(group: Sequence[Person]) -> Callable[[Person], bool]:
        emails = {p.email for p in group if p.email}
        names = {_norm(p.name) for p in group if p.name}
        return lambda p: bool(
            (p.email and p.email in emails) or (p.name and _norm(p.name) in names)
        )

    arranges, only_arranges = among([*coordinators, *arranging]), among(arranging)
    header_names = {_squash(k.name) for k in known if k.name}
    # The domains the people in the headers write from, each with its address's local part.
    domain_names: dict[str, str] = {}
    for k in known:
        if k.email and "@" in k.email:
            local, _, host = k.email.rpartition("@")
            squashed = _squash(host.split(".")[0])
            if len(squashed) > 3 and squashed not in header_names:
                domain_names[squashed] = _squash(local)

    def named_as_domain(name: str) -> bool:
        # "People & Culture, Bluebush Power" from @bluebush-power.example is the company;
        # Dan Okafor writing as dan@danokafor.example is himself: the address's local
        # part is a piece of his name.
        local = domain_names.get(_squash(name))
        if local is None:
            return False
        pieces = [_squash(w) for w in name.split()]
        return not any(local == piece or (local and piece.startswith(local)) for piece in pieces)

    def ok(p: Person) -> bool:
        if not allowed(p, lex, user):
            return False
        if p.name and _is_user_name(p.name, user_name) and not p.email:
            return False
        if p.name and user_name and _norm(p.name) == _norm(user_name):
            return False
        if (
            p.name
            and user_name
            and " " in user_name.strip()
            and not p.email
            and _norm(p.name).endswith(" " + _norm(user_name))
        ):
            # "Videocall Rin Oda x Coolwater": a title's lead word read onto the user's name.
            return False
        if p.email and p.name and _team_name(p.name, lex):
            # A team alias invited as a guest ("Engineering Hiring <eng-hiring@...>").
            return False
        # "Pacific Wave" is the company a domain calls "Pacificwave".
        if p.name and company and _squash(p.name) == _squash(company):
            return False
        # "People & Culture, Bluebush Power" from @bluebush-power.example: a name written
        # the way the writers' domain spells it is their company (a founder writing from
        # janeroe.example is Jane Roe by the From name, which stays).
        return not (p.name and not p.email and named_as_domain(p.name))

    # "your interview with Calder & Finch", "Tu entrevista con Brisa": one word of the
    # company's name is the company, not a person named once (nor the header's person
    # whose name holds that word, "Talento Brisa").
    company_words = set(_LETTERS_RE.findall(company.lower())) if company else set()
    text_people = [
        p
        for p in text_people
        if not (p.name and " " not in p.name.strip() and p.name.strip().lower() in company_words)
    ]
    org = [organizer] if organizer is not None else []
    named = [
        p
        for p in attach_emails(text_people, [*attendees, *org, *known])
        if ok(p) and not only_arranges(p) and not _bare_place(p, lex)
    ]
    if named:
        # The text's names first; calendar attendees complete them (addresses, titles) and
        # add the guests the text did not mention. The organiser is left out: it is often
        # the coordinator who sent the invitation.
        org_email = organizer.email if organizer else None
        guests = [
            a
            for a in attendees
            if ok(a) and not arranges(a) and not (org_email and a.email == org_email)
        ]
        return tuple(merge_people([*named, *guests[:8]]))
    cal = [a for a in attendees if ok(a) and not arranges(a)]
    if cal:
        return tuple(merge_people(cal))
    if organizer is not None and ok(organizer) and not arranges(organizer) and attendees:
        return (organizer,)
    return ()
