"""Fast matching of a lexicon phrase: one alternation, gated by the words it needs.

A phrase key (``confirmation``, ``rejection``...) is an alternation of dozens of regular
expressions. Python's ``re`` tries every alternative at every position of the text, so a
1 KB message costs about a millisecond per key, and most mail contains none of the words.
Each alternative here carries the literal text that any match of it must contain (found by
reading the parsed regex, e.g. "forward to" for ``look(ing)? forward to (...)``). Before
matching, the alternatives whose literals are absent from the case-folded text are dropped;
the rest are compiled into one alternation (cached per combination).

Dropping an alternative that cannot match anywhere changes no result: at each position an
alternation returns its first alternative that matches, and a dropped one never would.
Match objects differ only in group numbering, which callers of phrases do not use (they
read ``group(0)`` and spans).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_NEVER = re.compile(r"(?!x)x")

# ``re`` with IGNORECASE treats dotted and dotless i as "i"; str.casefold does not (it
# turns "İ" into "i" plus a combining dot), so they are mapped first.
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i"})

# A bound on cached combinations per phrase; a scan of 50,000 messages meets far fewer.
_MAX_COMBINATIONS = 256

# The last few texts and their folded forms. Callers test one text against many phrases;
# the tuple in the one slot is replaced whole, so threads never see half an update.
_recent: list[tuple[tuple[str, str], ...]] = [()]


def fold(text: str) -> str:
    """``text`` case-folded the way the gate compares it (cached for the last few texts)."""
    recent = _recent[0]
    for seen, folded in recent:
        if seen is text:
            return folded
    folded = text.translate(_FOLD_FIXES).casefold()
    _recent[0] = ((text, folded), *recent[:3])
    return folded


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains, or None.

    The strings are folded like :func:`fold`. None means no such set was found (the
    alternative is then always tried). The result is conservative: it may ask for less
    than the regex needs, never more.
    """
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    try:
        needs = _needs(list(parsed))
    except RecursionError:
        return None
    if needs is None:
        return None
    folded = frozenset(s.translate(_FOLD_FIXES).casefold() for s in needs)
    return None if "" in folded else folded


def _needs(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective required-literal set of a parsed sequence (see above)."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            choices.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if op is sre_constants.AT:
            # Anchors and word boundaries take no characters: the run stays contiguous.
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is sre_constants.SUBPATTERN:
            found = _needs(list(av[-1]))
        elif op is sre_constants.BRANCH:
            branches = [_needs(list(b)) for b in av[1]]
            if branches and all(b is not None for b in branches):
                found = frozenset().union(*(b for b in branches if b is not None))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) or (
            str(op) == "POSSESSIVE_REPEAT"
        ):
            low, _high, body = av
            if low >= 1:
                found = _needs(list(body))
        if found:
            choices.append(found)
    close_run()
    if not choices:
        return None
    # Prefer the set whose shortest literal is longest (rarest), then the smallest set.
    return max(choices, key=lambda s: (min(len(x) for x in s), -len(s)))


class Phrase:
    """A phrase key's compiled alternation with the ``re.Pattern`` methods callers use."""

    __slots__ = ("_cache", "_flags", "_items", "_needs", "full")

    def __init__(self, items: Sequence[str], flags: int) -> None:
        self._items = tuple(items)
        self._flags = flags
        self.full = re.compile(alternation(self._items), flags) if self._items else _NEVER
        """The whole alternation (what the gate must agree with)."""
        self._needs = tuple(required_literals(item, flags) for item in self._items)
        self._cache: dict[tuple[int, ...], re.Pattern[str]] = {}

    @property
    def pattern(self) -> str:
        """The source of the whole alternation."""
        return self.full.pattern

    def for_text(self, text: str) -> re.Pattern[str]:
        """The alternation of the alternatives that can match somewhere in ``text``."""
        if len(text) < 64:
            # Short texts (subjects, labels) are quick to scan in full.
            return self.full
        low = fold(text)
        active = tuple(
            i
            for i, needs in enumerate(self._needs)
            if needs is None or any(word in low for word in needs)
        )
        if len(active) == len(self._items):
            return self.full
        if not active:
            return _NEVER
        hit = self._cache.get(active)
        if hit is None:
            if len(self._cache) >= _MAX_COMBINATIONS:
                self._cache.clear()
            hit = re.compile(alternation([self._items[i] for i in active]), self._flags)
            self._cache[active] = hit
        return hit

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.search``."""
        return self.for_text(text).search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.match``."""
        return self.for_text(text).match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch``."""
        return self.for_text(text).fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        return self.for_text(text).finditer(text)

    def count(self, text: str) -> int:
        """How many non-overlapping matches ``text`` holds."""
        return sum(1 for _ in self.finditer(text))

    def __repr__(self) -> str:
        return f"Phrase({len(self._items)} alternatives)"


def alternation(items: Sequence[str]) -> str:
    """Join regex fragments into one non-capturing alternation (never matches when empty)."""
    if not items:
        return r"(?!x)x"
    return "|".join(f"(?:{item})" for item in items)
