"""Session 14's speed changes match exactly what the plain forms matched."""

from __future__ import annotations

import re
import threading
from email import message_from_string
from email.policy import compat32

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand._lexicon import _by_first_letter, _words_alt, default_lexicon
from daemon.understand._mime import _clean_line, _columns, _filename
from daemon.understand._phrase import (
    _facts,
    _Vocabulary,
    fold,
    required_literal_sets,
    required_literals,
)

# Letters whose case-insensitive matches cross ASCII and non-ASCII (the Kelvin sign, long
# s, dotted and dotless i), German sharp s, Greek sigmas, accented letters and punctuation.
_ALPHABET = "aAbBkKsSiIdDeE -.1ßẞſİıéÉÄäΣσς\u212a"
_WORD = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)
_FLAGS = (0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE, re.IGNORECASE | re.ASCII)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=14), st.text(alphabet=_ALPHABET, max_size=30))
def test_grouped_words_match_like_the_plain_alternation(words: list[str], text: str) -> None:
    """Grouping words by first letter finds the same matches as the plain alternation."""
    grouped, plain = _words_alt(words), _plain(words)
    for flags in _FLAGS:
        for template in ("(?:{0})", r"\b(?:{0})(?!K)", "(?:{0})(?:{0})"):
            a = re.compile(template.format(plain), flags)
            b = re.compile(template.format(grouped), flags)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
            for pos in range(len(text) + 1):
                x, y = a.search(text, pos), b.search(text, pos)
                assert (x and x.span()) == (y and y.span())


def test_shipped_word_lists_are_grouped() -> None:
    """The weekday and month lists of the shipped languages are written grouped."""
    lex = default_lexicon()
    assert _by_first_letter(sorted(set(lex.weekdays), key=len, reverse=True)) is not None
    assert _by_first_letter(sorted(set(lex.months), key=len, reverse=True)) is not None


def test_kelvin_sign_keeps_the_plain_alternation() -> None:
    """A first letter that matches an ASCII one case-insensitively is not grouped."""
    words = ["\u212aelvin", "kilo", "mega", "giga", "tera", "peta"]
    assert _by_first_letter(words) is None
    assert re.fullmatch(f"(?:{_words_alt(words)})", "kelvin", re.IGNORECASE)


def test_longest_word_still_wins() -> None:
    """The longest word at a position is still the one matched ("sept" before "sep")."""
    words = ["sep", "sept", "september", "mon", "monday", "tue", "tuesday"]
    found = re.search(f"(?:{_words_alt(words)})", "x September", re.IGNORECASE)
    assert found is not None and found.group(0) == "September"


def test_fold_memo_is_per_thread() -> None:
    """Threads fold the same texts without sharing one memo."""
    texts = [f"Interview on Tuesday {i}" for i in range(40)]
    seen: list[list[str]] = []

    def work() -> None:
        seen.append([fold(t) for t in texts * 3])

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert seen == [[t.casefold() for t in texts * 3]] * 3


def test_vocabulary_finds_pending_and_built_words_alike() -> None:
    """Words waiting for the automaton's rebuild are found as the automaton finds them."""
    vocabulary = _Vocabulary()
    text = "your interview is confirmed for tuesday; see the calendar invite"
    batches = [["interview", "xyz"], ["confirmed", "calendar invite"], ["tuesday", "nothing"]]
    added: set[str] = set()
    for batch in batches:
        vocabulary.add(batch)
        added |= set(batch)
        assert vocabulary.present(text)[1] == {w for w in added if w in text}
    for _ in range(300):  # quiet lookups: the pending words go into the automaton
        vocabulary.present(text)
    built = vocabulary._built
    assert built is not None and not built[3]
    assert vocabulary.present(text)[1] == {w for w in added if w in text}


def test_one_parse_gives_the_same_literal_facts() -> None:
    """The single-parse analysis agrees with the public literal functions."""
    for pattern in (r"look(ing)? forward to (speaking|meeting)", "(a|\\w+)", "x*", "("):
        needs, sets, _width = _facts(pattern, re.IGNORECASE)
        assert needs == required_literals(pattern, re.IGNORECASE)
        assert sets == required_literal_sets(pattern, re.IGNORECASE)


def test_plain_line_skips_the_column_and_blank_rules() -> None:
    """A line without a tab or a double space comes out as the full rules give it."""
    for line in ("  Jane Roe, Engineer ", "10:00 Jane Roe", "a\x1c\x1cb", "x\u2003\u2003y"):
        full = re.sub(r"[ \t\r\f\v]+", " ", _columns(line.strip()))
        assert _clean_line(line) == full
    assert _clean_line("10:00    Jane Roe    Coding") == "10:00 | Jane Roe | Coding"


def test_filename_shortcut_agrees_with_get_filename() -> None:
    """A part's file name reads the same with the shortcut as through get_filename."""
    heads = [
        "Content-Type: text/plain; charset=utf-8",
        'Content-Type: application/pdf; name="cv.pdf"',
        "Content-Type: application/pdf; NAME*=utf-8''r%C3%A9sum%C3%A9.pdf",
        "Content-Type: application/pdf; name*0=cv; name*1=.pdf",
        'Content-Type: text/calendar; method=REQUEST\nContent-Disposition: attachment; filename="invite.ics"',
        "Content-Disposition: inline",
        "Subject: no type at all",
    ]
    for head in heads:
        part = message_from_string(head + "\n\nbody\n", policy=compat32)
        assert _filename(part) == (part.get_filename() or "")
