"""The gated matchers against their full regexes on real text, split into three test modules.

Running a full alternation (thousands of alternatives) over 20 kB texts is the slowest check
in the suite. The test runner hands out whole modules (``--dist loadfile``), so one module
holding every key would be the run's longest path; ``part(i)`` gives each of the three
``test_phrase_corpus_*`` modules every third piece of the same work.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from daemon.understand._lexicon import _PHRASE_KEYS, default_lexicon

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PARTS = 3
# A full alternation costs about its length per text position, so each matcher's texts are
# split into one shard per this many characters of pattern: every test stays far from the
# timeout on a loaded machine.
_CHARS_PER_SHARD = 2_500
_INTERVIEWER_PATTERNS = ("interviewers_intro", "interviewers_outro", "interviewers_relative")


# What the matchers never see: the classifier runs them over decoded text with its markup
# removed, never over a base64 body line or an HTML tag. Left out of the corpus texts, they
# cost a third of this check's time (a full alternation costs its length per position).
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]{60,}\r?$\n?", re.MULTILINE)
_STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{1,400}>")


@functools.cache
def texts() -> list[str]:
    """Real and hiring-rich text: the corpus files and the first two evaluation sets."""
    roots = [CORPUS, CORPUS.parent / "eval" / "messages", CORPUS.parent / "eval2" / "messages"]
    out = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".eml", ".ics", ".txt", ""}:
                text = path.read_bytes()[:20_000].decode("utf-8", "replace")
                text = _BASE64_LINE.sub("", text)
                out.append(_TAG.sub(" ", _STYLE_OR_SCRIPT.sub(" ", text)))
    return out


def _work() -> list[tuple[str, int, int]]:
    """(matcher, shard, shards) for every phrase key and interviewer pattern."""
    lex = default_lexicon()
    sizes = {key: len(lex.phrase(key).pattern) for key in sorted(_PHRASE_KEYS)}
    sizes |= {name: len(getattr(lex, name).pattern) for name in _INTERVIEWER_PATTERNS}
    out = []
    for name, size in sizes.items():
        shards = max(1, -(-size // _CHARS_PER_SHARD))
        out += [(name, shard, shards) for shard in range(shards)]
    return out


def part(index: int) -> list[tuple[str, int, int]]:
    """Every ``PARTS``-th piece of the work, starting at ``index``."""
    return _work()[index::PARTS]


def check(name: str, shard: int, shards: int) -> None:
    """The gated matches of one phrase key or interviewer pattern equal its full regex's."""
    lex = default_lexicon()
    matcher = getattr(lex, name) if name in _INTERVIEWER_PATTERNS else lex.phrase(name)
    for text in texts()[shard::shards]:
        gated = [m.span() for m in matcher.finditer(text)]
        full = [m.span() for m in matcher.full.finditer(text)]
        assert gated == full


def check_gated_patterns() -> None:
    """Role, company and location patterns find the same match gated as ungated."""
    lex = default_lexicon()
    patterns = (*lex.role_patterns, *lex.company_patterns, *lex.location_patterns)
    for text in texts():
        for gated in patterns:
            hit, full = gated.search(text), gated.regex.search(text)
            assert (hit.span() if hit else None) == (full.span() if full else None)
