"""The gated phrase matcher agrees with the plain alternation on every text."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand._lexicon import _PHRASE_KEYS, default_lexicon
from daemon.understand._phrase import Phrase, fold, required_literals

FLAGS = re.IGNORECASE | re.MULTILINE
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("calendar invit(e|ation)", {"calendar invit"}),
        (r"look(ing)? forward to (speaking|meeting)", {" forward to "}),
        (r"\bconfirmed\b", {"confirmed"}),
        (r"^([\w-]+ ){0,2}(booked|confirmed)\b", {"booked", "confirmed"}),
        (r"(now )?scheduled", {"scheduled"}),
        (r"[^.]{1,40}", None),
        (r"(a|\w+)x", {"x"}),
        (r"(a|\w+)", None),
        ("İnterview", {"interview"}),
    ],
)
def test_required_literals(pattern: str, needs: set[str] | None) -> None:
    """The literal text every match must contain is read from the regex itself."""
    got = required_literals(pattern, FLAGS)
    assert (set(got) if got is not None else None) == needs


def test_dotted_capital_i_still_matches() -> None:
    """Case folding in the gate agrees with re's IGNORECASE for the Turkish i forms."""
    phrase = Phrase(["interview", "ınvite"], FLAGS)
    text = "x" * 80 + " İNTERVIEW and INVITE"
    assert [m.group(0) for m in phrase.finditer(text)] == ["İNTERVIEW", "INVITE"]
    assert fold("İı") == "ii"


@functools.cache
def _texts() -> list[str]:
    """Real and hiring-rich text: the corpus files and the first two evaluation sets."""
    roots = [CORPUS, CORPUS.parent / "eval" / "messages", CORPUS.parent / "eval2" / "messages"]
    out = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".eml", ".ics", ".txt", ""}:
                out.append(path.read_bytes()[:20_000].decode("utf-8", "replace"))
    return out


def _key_shards() -> list[tuple[str, int, int]]:
    """(key, shard, shards): the longest alternations (over a minute in full on a loaded
    machine) are split so that each part stays far from the timeout."""
    lex = default_lexicon()
    out = []
    for key in sorted(_PHRASE_KEYS):
        shards = 4 if len(lex.phrase(key).pattern) > 8_000 else 1
        out += [(key, shard, shards) for shard in range(shards)]
    return out


@pytest.mark.parametrize(("key", "shard", "shards"), _key_shards())
def test_gate_agrees_with_full_alternation_on_corpus(key: str, shard: int, shards: int) -> None:
    """For every phrase key and corpus text, the gated matches equal the full regex's."""
    phrase = default_lexicon().phrase(key)
    for text in _texts()[shard::shards]:
        gated = [m.span() for m in phrase.finditer(text)]
        full = [m.span() for m in phrase.full.finditer(text)]
        assert gated == full


_WORDS = st.sampled_from(
    [
        "interview",
        "Interview",
        "confirmed",
        "has been scheduled",
        "looking forward to speaking",
        "unfortunately",
        "we have decided",
        "offer",
        "out of office",
        "works for me.",
        "İ",
        "ß",
        "\n",
        ". ",
        "Tuesday at 3pm",
        "calendar invitation",
        "reschedule",
        "cancelled",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=40))
def test_gate_agrees_with_full_alternation_on_random_text(parts: list[str]) -> None:
    """Random mixes of phrase words and noise give the same matches gated and in full."""
    text = " ".join(parts)
    lex = default_lexicon()
    for key in ("confirmation", "rejection", "offer", "scheduling_request", "cancel"):
        phrase = lex.phrase(key)
        assert [m.span() for m in phrase.finditer(text)] == [
            m.span() for m in phrase.full.finditer(text)
        ]
        for gated_fn, full_fn in (
            (phrase.search, phrase.full.search),
            (phrase.match, phrase.full.match),
            (phrase.fullmatch, phrase.full.fullmatch),
        ):
            hit, full = gated_fn(text), full_fn(text)
            assert (hit.span() if hit else None) == (full.span() if full else None)
        middle = len(text) // 2
        hit, full = phrase.search(text, middle), phrase.full.search(text, middle)
        assert (hit.span() if hit else None) == (full.span() if full else None)


def test_gated_patterns_agree_with_their_regex_on_corpus() -> None:
    """Role, company and location patterns find the same match gated as ungated."""
    lex = default_lexicon()
    patterns = (*lex.role_patterns, *lex.company_patterns, *lex.location_patterns)
    for text in _texts():
        for gated in patterns:
            hit, full = gated.search(text), gated.regex.search(text)
            assert (hit.span() if hit else None) == (full.span() if full else None)


# The full alternations are slow over 20 kB texts (tens of seconds for the intro patterns),
# so the texts are split into shards that xdist can spread and each stays far from the timeout.
_SHARDS = 6


@pytest.mark.parametrize("shard", range(_SHARDS))
@pytest.mark.parametrize(
    "name", ["interviewers_intro", "interviewers_outro", "interviewers_relative"]
)
def test_interviewer_patterns_agree_with_their_alternation_on_corpus(name: str, shard: int) -> None:
    """The interviewer intro/outro patterns, gated like phrases, match as their full regex."""
    phrase = getattr(default_lexicon(), name)
    for text in _texts()[shard::_SHARDS]:
        assert [m.span() for m in phrase.finditer(text)] == [
            m.span() for m in phrase.full.finditer(text)
        ]


@pytest.mark.parametrize(
    "name", ["interviewers_intro", "interviewers_outro", "interviewers_relative"]
)
def test_shipped_interviewer_patterns_stay_gated(name: str) -> None:
    """No shipped interviewer pattern can match emptily (that would turn its gate off)."""
    assert getattr(default_lexicon(), name).gated


@pytest.mark.parametrize("key", sorted(_PHRASE_KEYS))
def test_shipped_phrases_stay_gated(key: str) -> None:
    """No shipped phrase alternative can match emptily (that would turn its gate off)."""
    assert default_lexicon().phrase(key).gated
