"""Fast matching of a lexicon phrase: one alternation, gated by the words it needs.

A phrase key (``confirmation``, ``rejection``...) is an alternation of dozens of regular
expressions. Python's ``re`` tries every alternative at every position of the text, so a
1 KB message costs about a millisecond per key, and most mail contains none of the words.
Each alternative here carries the literal text that any match of it must contain (found by
reading the parsed regex, e.g. "forward to" for ``look(ing)? forward to (...)``). Before
matching, the alternatives whose literals are absent from the case-folded text are dropped,
and the rest are run one by one (each compiled once, so ``re`` can use its literal-prefix
search) and their matches merged the way an alternation picks them.

This changes no result: an alternation returns the leftmost position where any alternative
matches, and at that position the first alternative (in order) that does; an alternative
that cannot match anywhere never takes part. Match objects differ only in which pattern
made them and in group numbering, which callers of phrases do not use (they read
``group(0)`` and spans).

Which literals a text holds is found in one pass: every literal any gate has asked for goes
into one Aho-Corasick automaton (``pyahocorasick``, a C extension), which reports all of
them that occur in the folded text, overlapping ones included. A plain ``in`` test per
literal cost about a millisecond per message across the thousand-odd literals of four
languages. Literals of one or two characters stay ``in`` tests (they would match at nearly
every position).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_NEVER = re.compile(r"(?!x)x")

# ``re`` with IGNORECASE treats dotted and dotless i as "i"; str.casefold does not (it
# turns "İ" into "i" plus a combining dot), so they are mapped first.
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i"})

# The texts read lately and their folded forms, keyed by content: one message's texts (its
# subject, body, lines, paragraphs) are gated by many phrases each, often as equal strings
# built afresh, and more than four of them are in use at once. Per thread, so that the
# watcher's threads never share one.
_Memo = dict[object, Any]
_RECENT = 16
"""How many texts each thread remembers (the oldest is forgotten first)."""
_local = threading.local()


def fold(text: str) -> str:
    """``text`` case-folded the way the gate compares it (cached for the last few texts)."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, _Memo]:
    """``text`` case-folded, with its memo (last few texts): which literals it holds, and
    each phrase's alternatives that can match in it.

    One message's text is gated by dozens of phrases whose alternatives share literals
    ("interview", "your "), and by some phrases more than once: each literal is looked for
    once, each phrase's alternatives are picked once.
    """
    try:
        recent: dict[str, tuple[str, _Memo]] = _local.recent
    except AttributeError:
        recent = _local.recent = {}
    seen = recent.get(text)
    if seen is not None:
        return seen
    if len(recent) >= _RECENT:
        del recent[next(iter(recent))]
    seen = recent[text] = (text.translate(_FOLD_FIXES).casefold(), {})
    return seen


_SHORT = 2
"""Literals this long or shorter are looked for with ``in`` (see the module docstring)."""


class _Vocabulary:
    """Every literal the gates have asked for, and an automaton that finds them all.

    Grows as phrases build their gates (lazily, see :class:`Phrase`), which happens only
    while the first messages are read. Rebuilding the automaton for each phrase's new
    literals cost ~0.5 s over the first hundred messages (a hundred rebuilds of ~7,000
    words), so words added since the last build wait in a small pending set, looked for
    with ``in``; the automaton is rebuilt once that set grows past :data:`_PENDING` words,
    or once no word has been added for :data:`_QUIET` lookups (the gates are then built).
    Either way every literal of the vocabulary that occurs is found. The state is replaced
    whole under a lock, so a thread sees an old or a new one, never a half-built one.
    """

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self.version = 0
        self._built: tuple[int, Any, frozenset[str], frozenset[str]] | None = None
        """(version, automaton or None, the words it holds, the pending words)."""
        self._quiet = 0
        """Lookups since the last word was added (approximate under threads: a hint)."""
        self._lock = threading.Lock()

    def add(self, words: Iterable[str]) -> None:
        long = {w for w in words if len(w) > _SHORT}
        if long <= self.words:
            return
        with self._lock:
            self.words = self.words | long
            self.version += 1
            self._quiet = 0

    def present(self, low: str) -> tuple[int, frozenset[str]]:
        """The version, and the vocabulary's literals that occur in the folded ``low``."""
        built = self._built
        if built is None or built[0] != self.version:
            built = self._catch_up()
        version, automaton, _held, pending = built
        found = frozenset(map(_WORD, automaton.iter(low))) if automaton is not None else _NONE
        if pending:
            found = found.union([word for word in pending if word in low])
            self._quiet += 1
            if self._quiet > _QUIET:
                self._catch_up(rebuild=True)
        return version, found

    def _catch_up(
        self, *, rebuild: bool = False
    ) -> tuple[int, Any, frozenset[str], frozenset[str]]:
        """The state for the current words: pending ones added, or a new automaton."""
        with self._lock:
            built = self._built
            words = self.words
            if built is not None and built[0] == self.version and not (rebuild and built[3]):
                return built
            held = built[2] if built is not None else frozenset()
            pending = words - held
            if built is not None and not rebuild and len(pending) <= _PENDING:
                self._built = built = (self.version, built[1], held, pending)
                return built
            automaton = None
            if words:
                automaton = ahocorasick.Automaton()
                for word in words:
                    automaton.add_word(word, word)
                automaton.make_automaton()
            self._built = built = (self.version, automaton, words, frozenset())
            return built


_PENDING = 400
"""Words added since the automaton was built that are looked for with ``in`` meanwhile."""
_QUIET = 200
"""Lookups without a new word after which pending words go into the automaton."""
_NONE: frozenset[str] = frozenset()


_WORD = itemgetter(1)
"""An automaton hit ``(end, word)``'s word."""


_VOCABULARY = _Vocabulary()
_PRESENT = object()
"""The memo key under which a text's present literals are kept."""


def _split(words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """``words`` as (literals the automaton finds, short ones tested with ``in``)."""
    _VOCABULARY.add(words)
    return (
        frozenset(w for w in words if len(w) > _SHORT),
        tuple(w for w in words if len(w) <= _SHORT),
    )


def _present(text: str) -> frozenset[str]:
    """The vocabulary's literals the folded ``text`` holds (found once per text)."""
    low, memo = _folded(text)
    seen = memo.get(_PRESENT)
    if not isinstance(seen, tuple) or seen[0] != _VOCABULARY.version:
        seen = memo[_PRESENT] = _VOCABULARY.present(low)
    present: frozenset[str] = seen[1]
    return present


def _holds_any(text: str, words: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Whether the folded ``text`` holds one of ``words`` (as split by :func:`_split`)."""
    long, short = words
    if long and not long.isdisjoint(_present(text)):
        return True
    if not short:
        return False
    low, memo = _folded(text)
    for word in short:
        found = memo.get(word)
        if found is None:
            found = memo[word] = word in low
        if found:
            return True
    return False


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains, or None.

    The strings are folded like :func:`fold`. None means no such set was found (the
    alternative is then always tried). The result is conservative: it may ask for less
    than the regex needs, never more.
    """
    return _facts(pattern, flags)[0]


def required_literal_sets(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Every literal set of ``pattern``'s top-level sequence that each match must meet.

    "(call|chat) about (the|your) role" gives {call, chat}, {about}, {the, your} and
    {role}: a match holds one literal of each set. Folded like :func:`fold`; sets holding
    an empty string are left out; empty when none is known. Conservative like
    :func:`required_literals`.
    """
    return _facts(pattern, flags)[1]


def _facts(
    pattern: str, flags: int
) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...], int]:
    """:func:`required_literals`, :func:`required_literal_sets` and the fewest characters
    a match of ``pattern`` can have (0 when unknown), read from one parse: ``re``'s parser
    is most of the cost of building a gate."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None, (), 0
    try:
        width = int(parsed.getwidth()[0])
    except RecursionError:
        width = 0
    try:
        choices = _choices(list(parsed))
    except RecursionError:
        return None, (), width
    sets = tuple(
        folded
        for needs in choices
        if "" not in (folded := frozenset(s.translate(_FOLD_FIXES).casefold() for s in needs))
    )
    if not choices:
        return None, sets, width
    # The most selective set (see _needs).
    needs = max(choices, key=_selectivity)
    folded = frozenset(s.translate(_FOLD_FIXES).casefold() for s in needs)
    return (None if "" in folded else folded), sets, width


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    """Prefer the set whose shortest literal is longest (rarest), then the smallest set."""
    return min(len(x) for x in literals), -len(literals)


def _needs(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective required-literal set of a parsed sequence (see above)."""
    choices = _choices(items)
    if not choices:
        return None
    return max(choices, key=_selectivity)


def _choices(items: Sequence[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The required-literal sets of a parsed sequence, one per item that must match."""
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
    return choices


class Phrase:
    """A phrase key's alternation with the ``re.Pattern`` methods callers use, gated."""

    __slots__ = (
        "_also",
        "_alts",
        "_checked",
        "_flags",
        "_full",
        "_gated",
        "_index",
        "_index_words",
        "_items",
        "_needs",
    )

    def __init__(self, items: Sequence[str], flags: int, *, lazy: bool = False) -> None:
        # Compiled now, so that a bad pattern in the user's lexicon is an error at start;
        # ``lazy`` is for patterns already known to compile (the shipped lexicon, checked by
        # its tests), where compiling waits for first use so that a restart is ready at once.
        self._full: re.Pattern[str] | None = None
        if not items:
            self._full = _NEVER
        elif not lazy:
            self._full = re.compile(alternation(items), flags)
        self._items = tuple(items)
        self._flags = flags
        # The gate (each alternative compiled and parsed for its literals) is built on first
        # use: most phrases are never needed before the first message, and a restart
        # should be ready at once.
        self._alts: tuple[re.Pattern[str], ...] | None = None
        self._needs: tuple[tuple[frozenset[str], tuple[str, ...]] | None, ...] = ()
        self._index: dict[str, tuple[int, ...]] = {}
        """Literal -> the alternatives that may match where it occurs."""
        self._index_words: frozenset[str] = frozenset()
        """The keys of ``_index``: a set, so intersecting walks the smaller side."""
        self._checked: tuple[int, ...] = ()
        """Alternatives gated one by one: no literal found, or a short one among them."""
        self._also: dict[int, tuple[frozenset[str], ...]] = {}
        """Alternative -> further literal sets it needs, each met by one literal."""
        self._gated = False

    def _build(self) -> tuple[re.Pattern[str], ...]:
        items, flags = self._items, self._flags
        facts = [_facts(item, flags) for item in items]
        self._needs = tuple(None if f[0] is None else _split(f[0]) for f in facts)
        index: dict[str, list[int]] = {}
        checked: list[int] = []
        for i, need in enumerate(self._needs):
            if need is None or need[1]:
                checked.append(i)
                continue
            for word in need[0]:
                index.setdefault(word, []).append(i)
        self._index = {word: tuple(alts) for word, alts in index.items()}
        self._index_words = frozenset(index)
        self._checked = tuple(checked)
        # The other sets a match needs ("about" in "(call|chat) about"), where all their
        # literals are long enough for the automaton: a live alternative must meet them too.
        also: dict[int, tuple[frozenset[str], ...]] = {}
        for i, (fact, need) in enumerate(zip(facts, self._needs, strict=True)):
            if need is None:
                continue
            primary = need[0].union(need[1])
            extra = tuple(n for n in fact[1] if n != primary and all(len(w) > _SHORT for w in n))
            if extra:
                for n in extra:
                    _VOCABULARY.add(n)
                also[i] = extra
        self._also = also
        # Merging the alternatives' own matches is exact only when none matches emptily
        # (an empty match would change where the next one may start).
        self._gated = bool(items) and all(f[2] > 0 for f in facts)
        self._alts = alts = tuple(re.compile(item, flags) for item in items)
        return alts

    @property
    def full(self) -> re.Pattern[str]:
        """The whole alternation (what the gated matching must agree with)."""
        if self._full is None:
            self._full = re.compile(alternation(self._items), self._flags)
        return self._full

    @property
    def pattern(self) -> str:
        """The source of the whole alternation."""
        return alternation(self._items) if self._items else _NEVER.pattern

    @property
    def gated(self) -> bool:
        """Whether texts are matched through the literal gate (no alternative is empty).

        One alternative that can match emptily sends every text through the whole
        alternation, several times slower for a large phrase list.
        """
        if self._alts is None:
            self._build()
        return self._gated

    def _active(self, text: str) -> tuple[re.Pattern[str], ...] | None:
        """The alternatives that can match in ``text``, or None to use the whole alternation."""
        alts = self._alts if self._alts is not None else self._build()
        if not self._gated:
            return None
        # Short texts (subjects, labels) are gated too: the whole alternation of a large
        # phrase tries each of its ~100 alternatives at every position (0.36 ms for a
        # 60-character subject), where the gate costs a few microseconds.
        memo = _folded(text)[1]
        picked = memo.get(self)
        if isinstance(picked, tuple):
            return picked
        # One set intersection with the text's literals finds most live alternatives; the
        # order of the alternatives is kept (at one position the first one wins).
        index, also = self._index, self._also
        present = _present(text)
        live: set[int] = set()
        # Set & set walks the smaller set (the text's literals); with a dict it walks the
        # dict's hundreds of keys.
        for word in present & self._index_words:
            live.update(index[word])
        for i in self._checked:
            needs = self._needs[i]
            if needs is None or _holds_any(text, needs):
                live.add(i)
        memo[self] = result = tuple(
            alts[i]
            for i in sorted(live)
            if i not in also or not any(n.isdisjoint(present) for n in also[i])
        )
        return result

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.search``: the leftmost match, the first alternative at it."""
        active = self._active(text)
        if active is None:
            return self.full.search(text, pos)
        best: re.Match[str] | None = None
        for alt in active:
            found = alt.search(text, pos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.match``: the first alternative that matches at ``pos``."""
        active = self._active(text)
        if active is None:
            return self.full.match(text, pos)
        return next((m for m in (alt.match(text, pos) for alt in active) if m), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch``."""
        active = self._active(text)
        if active is None:
            return self.full.fullmatch(text)
        return next((m for m in (alt.fullmatch(text) for alt in active) if m), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``: successive leftmost matches, never overlapping."""
        active = self._active(text)
        if active is None:
            yield from self.full.finditer(text)
            return
        if len(active) <= 1:
            # One live alternative: its own successive matches are the alternation's (no
            # alternative matches emptily, see _build).
            if active:
                yield from active[0].finditer(text)
            return
        ahead = [alt.search(text) for alt in active]
        pos = 0
        while True:
            best = -1
            for i, cached in enumerate(ahead):
                found = cached
                if found is not None and found.start() < pos:
                    # It overlaps the match just taken: its next match starts after it.
                    found = ahead[i] = active[i].search(text, pos)
                if found is not None and (best < 0 or found.start() < _start(ahead[best])):
                    best = i
            if best < 0:
                return
            taken = ahead[best]
            assert taken is not None
            yield taken
            pos = taken.end()

    def count(self, text: str) -> int:
        """How many non-overlapping matches ``text`` holds."""
        return sum(1 for _ in self.finditer(text))

    def __repr__(self) -> str:
        return f"Phrase({len(self._items)} alternatives)"


def _start(found: re.Match[str] | None) -> int:
    return found.start() if found is not None else -1


class Gated:
    """One compiled pattern, searched only when a text holds a literal every match needs.

    Role and company patterns open with a case-insensitive alternation of words, which
    ``re`` tries at every position of an 8,000-character body; most bodies lack the words.
    """

    __slots__ = ("_needs", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        needs = required_literals(regex.pattern, regex.flags)
        self._needs = None if needs is None else _split(needs)

    @property
    def pattern(self) -> str:
        """The source of the pattern."""
        return self.regex.pattern

    def search(self, text: str) -> re.Match[str] | None:
        """Like ``re.Pattern.search``; None at once when a needed literal is absent."""
        if self._needs is not None and len(text) >= 64 and not _holds_any(text, self._needs):
            return None
        return self.regex.search(text)

    def __repr__(self) -> str:
        return f"Gated({self.regex.pattern[:40]!r})"


def alternation(items: Sequence[str]) -> str:
    """Join regex fragments into one non-capturing alternation (never matches when empty)."""
    if not items:
        return r"(?!x)x"
    return "|".join(f"(?:{item})" for item in items)
