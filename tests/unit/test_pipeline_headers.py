"""The pipeline's reading of identifying headers is unchanged by its shortcuts."""

from __future__ import annotations

import datetime as dt
import functools
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import corpus
from daemon import pipeline
from daemon.mailbox import FetchedMessage
from daemon.understand import Context, understand

TESTS = Path(__file__).resolve().parents[1]


def _decoded_by_the_stdlib(value: str) -> str | None:
    try:
        return str(make_header(decode_header(value))).strip() or None
    except (ValueError, LookupError, UnicodeError):
        return value.strip() or None


@settings(max_examples=1500, deadline=None)
@given(st.text(st.sampled_from([*"ab =?\r\n\t:;\"'(),<>Q_-", "\xe9", "\ufffd", "\xa0", "😀"])))
def test_text_without_encoded_words_decodes_to_itself(value: str) -> None:
    """Without "=?" the RFC 2047 decoder hands the text back: the shortcut agrees."""
    assert pipeline._decoded(value) == _decoded_by_the_stdlib(value)


def test_analysed_messages_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored and generated mail: the same Analysed rows with the quick header reading
    switched off (the stdlib parser and decoder only)."""
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    raws = [p.read_bytes() for p in sorted((TESTS / "corpus").rglob("*.eml"))]
    raws += [g.raw for g in corpus.messages(200, 5, now)]
    analyser = functools.partial(understand, ctx=Context())
    messages = [FetchedMessage(i, raw, len(raw), (), partial=False) for i, raw in enumerate(raws)]
    quick = [pipeline.analyse(m, analyser) for m in messages]
    monkeypatch.setattr(pipeline, "header_section_message", lambda raw: None)
    monkeypatch.setattr(
        pipeline, "_decoded", lambda value: None if value is None else _decoded_by_the_stdlib(value)
    )
    slow = [pipeline.analyse(m, analyser) for m in messages]
    assert quick == slow
