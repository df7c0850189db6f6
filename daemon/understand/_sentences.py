"""Sentence-level readings shared by the classifier and the reply reader.

Where a sentence begins and ends, whether a condition governs it ("If shortlisted, ..."),
whether it confirms something, and whether a time in it is asked about rather than stated.
"""

from __future__ import annotations

import re

from ._dates import Moment
from ._lexicon import Lexicon

_SENTENCE_ENDS = ".!?\n"
_CLAUSE_END = ";"


def sentence(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding text[start:end]."""
    first = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    after = start if end is None else end
    ends = [i for i in (text.find(c, after) for c in _SENTENCE_ENDS) if i >= 0]
    return first, min(ends) if ends else len(text)


def hypothetical(text: str, start: int, end: int, at: int, lex: Lexicon) -> bool:
    """Whether the sentence ``text[start:end]`` makes what is said at ``at`` a condition.

    "If shortlisted, ..." conditions the whole sentence; "shortlisted candidates" only the
    clause it is in (up to a semicolon).
    """
    if lex.phrase("conditional").search(text[start:end]):
        return True
    left = text.rfind(_CLAUSE_END, start, at)
    right = text.find(_CLAUSE_END, at, end)
    clause = text[left + 1 if left >= 0 else start : right if right >= 0 else end]
    return bool(lex.phrase("conditional_group").search(clause))


_WRAP = re.compile(r"(?<=[^\W_]|,)\n(?=[^\W\d_A-ZÀ-Þ])")
"""A line break between two words of one sentence (a hard wrap): the next line goes on in
lower case (a capital may open a new line of its own: a greeting, a subject above)."""


def unwrapped(text: str) -> str:
    """``text`` with the hard wraps inside its sentences made spaces: same length, same
    positions ("I look forward to\nmeeting Dominic", "Can we start at 1:40\ninstead ...")."""
    return _WRAP.sub(" ", text) if "\n" in text else text


def confirmation(text: str, lex: Lexicon) -> re.Match[str] | None:
    """The first confirmation wording whose sentence is not a condition.

    "If shortlisted, your interview will take place on ..." confirms nothing yet, nor does
    a question that checks what the writer believes ("..., right?").
    """
    # A hard wrap inside a sentence ("I look forward to\nmeeting Dominic") breaks no wording:
    # matched on the text with such line breaks as spaces, same length, same positions.
    flat = unwrapped(text)
    for m in lex.phrase("confirmation").finditer(flat):
        start, end = sentence(text, m.start(), m.end())
        if hypothetical(text, start, end, m.start(), lex):
            continue
        if text[end : end + 1] == "?" and lex.phrase("tag_question").search(text[start:end]):
            # "Your interview is on Thursday at 2pm, right?" checks, it does not confirm.
            continue
        return m
    return None


def reply_accepts(text: str, lex: Lexicon) -> re.Match[str] | None:
    """Confirmation wording, or a reply's booking of the quoted pick ("Perfect, booked").

    A short reply settles a time in either words; the booking alone names no time.
    """
    return confirmation(text, lex) or lex.phrase("booked_reply").search(text)


def proposed(moment: Moment, text: str, lex: Lexicon) -> bool:
    """Whether the time sits in a question ("Would Tuesday at 3pm work?"), not a statement."""
    start, end = sentence(text, moment.pos, moment.end_pos)
    if end >= len(text) or text[end] != "?":
        return False
    return not lex.phrase("confirmation").search(text[start:end])
