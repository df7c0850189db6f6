"""The gated phrase matcher agrees with the plain alternation on every text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand._lexicon import _PHRASE_KEYS, default_lexicon
from daemon.understand._phrase import Phrase, fold, required_literals

FLAGS = re.IGNORECASE | re.MULTILINE


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
