"""Display names as directories write them: "Roe, Jane" is Jane Roe, "Jane Roe, PhD" is not.

Exchange and other directories write a person's common name "Family, Given"; people write
"Given Family". The same comma also ends a name before its degree, suffix or job title
("Jane Roe, PhD", "Sam Lee, Jr.", "Sam Lee, Hiring Manager"), and flipping those would
greet "PhD" or "Hiring". One implementation serves calendar attendees and the notes.
"""

from __future__ import annotations

import re
import unicodedata

from ._lexicon import Lexicon
from ._people import drop_honorifics, is_title, reads_as_name

_CN_WORDS = r"[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){0,2}"
_FAMILY_FIRST_RE = re.compile(rf"(?P<family>{_CN_WORDS}),\s*(?P<given>{_CN_WORDS})")
# A generation ("Sam Lee, III"): language-neutral, so not a lexicon list.
_ROMAN_RE = re.compile(r"(?i:[ivx]{1,4})")
# Initials after the comma ("Okafor, J. P."): a given name, though written in capitals.
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.\s*)+")


def _after_name(part: str, lex: Lexicon) -> bool:
    """Whether the words after a comma are a degree, suffix or job title, not a given name."""
    words = [w.strip(".,").lower() for w in part.split()]
    if words and all(w in lex.name_suffixes or _ROMAN_RE.fullmatch(w) for w in words):
        return True
    return is_title(part, lex)


def given_first(name: str, lex: Lexicon) -> tuple[str, str | None]:
    """A display name given name first, and the job title written after it, if any.

    "Roe, Jane" -> ("Jane Roe", None); "Jane Roe, PhD" -> ("Jane Roe", None); "Sam Lee,
    Hiring Manager" -> ("Sam Lee", "Hiring Manager"). An all-capitals part after the comma
    ("Acme, HR") is left as written: it is an abbreviation more often than a given name;
    initials with dots ("Okafor, J. P.") are a given name.
    A directory's trailing note ("Roe, Jane (External)", "Jane Roe | Acme") is dropped; a
    note that is a job title is returned as the title.
    """
    latin = latin_form(name, lex)
    if latin is not None:
        return without_honorifics(latin, lex), None
    text, note = _drop_directory_note(" ".join(name.split()))
    text = without_honorifics(text, lex)
    noted = note if note and is_title(note, lex) else None
    m = _FAMILY_FIRST_RE.fullmatch(text)
    if m is None:
        return text, noted
    family, given = m.group("family"), m.group("given")
    if _after_name(given, lex):
        title = given.strip(" .") if is_title(given, lex) else None
        return family, title
    if given.isupper() and not _INITIALS_RE.fullmatch(given):
        return text, noted
    return f"{given} {family}", noted


# "Roe, Jane (KE-BER)", "Jane Roe (External)", "Jane Roe [Acme]", "Jane Roe | Acme": directories
# and Teams append a site, company, status or pronouns; no name holds brackets or a bar.
_NOTE_RE = re.compile(r"\s*(?:[(\[](?P<note>[^()\[\]]{1,60})[)\]]|\s\|\s(?P<bar>[^|]{1,60}))\s*$")


def _latin(text: str) -> bool | None:
    """Whether a text's letters are all Latin script (None when it has no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    return all("LATIN" in unicodedata.name(c, "") for c in letters)


def latin_form(name: str, lex: Lexicon) -> str | None:
    """The Latin-script form of a name written in two scripts, if the display name has one.

    "李明 (Li Ming)" and "Ivan Petrov (Иван Петров)": people whose name is written in
    another script often add its romanisation, and sign their mail with it. Only a note of
    two to four capitalised words beside a part in another script is taken, and only when
    it reads as a person's name ("採用 (Talent Acquisition)" is a team).
    """
    m = _NOTE_RE.search(" ".join(name.split()))
    if m is None or not m.group("note") or m.start() == 0:
        return None
    head, note = " ".join(name.split())[: m.start()].strip(), m.group("note").strip()
    head_latin, note_latin = _latin(head), _latin(note)
    if head_latin is None or note_latin is None or head_latin == note_latin:
        return None
    latin = note if note_latin else head
    words = latin.split()
    if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
        return None
    return latin if reads_as_name(latin, lex) else None


def _drop_directory_note(text: str) -> tuple[str, str | None]:
    """A display name without the note a directory appends, and that note."""
    m = _NOTE_RE.search(text)
    if m is None or m.start() == 0:
        return text, None
    return text[: m.start()].strip(), (m.group("note") or m.group("bar") or "").strip()


def without_honorifics(name: str, lex: Lexicon) -> str:
    """ "Mag. Jane Roe" -> "Jane Roe", "Dr. Roe" -> "Roe": a display name's leading titles.

    Directories and mail clients put academic and courtesy titles in the display name
    ("Dr. Jane Roe", "Mag. Olumide"); the person is the name, and a name is compared,
    merged and greeted without them (notes drop them too). A title alone stays as written.
    """
    words = name.split()
    kept = drop_honorifics(words, lex)
    return " ".join(kept) if kept and kept != words else name
