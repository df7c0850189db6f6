"""Checks on bench/classify_quality.py with stand-in classifiers (no real classifier needed)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "classify_quality", ROOT / "bench" / "classify_quality.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()
LABELS = {e["file"]: e for e in scorer.load_labels()}


@dataclass
class _Person:
    name: str | None


@dataclass
class _Interview:
    start: dt.datetime
    interviewers: tuple[_Person, ...] = ()


@dataclass
class _Result:
    kind: str
    reasons: tuple[str, ...] = ()
    interview: _Interview | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _oracle(raw: bytes, context: dict[str, Any]) -> _Result:
    """Answers from the labels (the file is found by its bytes)."""
    for name, entry in LABELS.items():
        if (scorer.EVAL_DIR / "messages" / name).read_bytes() == raw:
            interview = None
            if "start" in entry:
                interview = _Interview(
                    dt.datetime.fromisoformat(entry["start"]),
                    tuple(_Person(n.upper()) for n in entry["interviewers"]),
                )
            return _Result(entry["kind"], ("oracle",), interview)
    raise AssertionError("unknown message")


class TestEvaluate:
    """evaluate() figures."""

    def test_oracle_scores_perfectly(self) -> None:
        """A classifier that returns the labels meets every target (names case-insensitive)."""
        fig = scorer.evaluate(_oracle, lambda user: user)
        assert fig["interview_precision"] == 1.0
        assert fig["interview_recall"] == 1.0
        assert fig["exact_start"] == 1.0
        assert fig["interviewer_recall"] == 1.0
        assert fig["misclassified"] == []
        assert fig["targets_met"]

    def test_constant_other_misses_every_interview(self) -> None:
        """Answering 'other' everywhere gives zero recall and no precision figure."""
        fig = scorer.evaluate(lambda raw, ctx: _Result("other"), lambda user: user)
        assert fig["interview_recall"] == 0.0
        assert fig["interview_precision"] is None
        assert not fig["targets_met"]
        assert fig["confusion"]["interview"] == {"other": fig["counts"]["false_negative"]}

    def test_exceptions_are_reported_not_raised(self) -> None:
        """A classifier exception is counted as an 'error' answer with its message."""

        def boom(raw: bytes, ctx: Any) -> _Result:
            raise ValueError("bad input")

        fig = scorer.evaluate(boom, lambda user: user)
        assert fig["accuracy"] == 0.0
        assert fig["misclassified"][0]["reasons"] == ["ValueError: bad input"]

    def test_start_compared_as_instant(self) -> None:
        """A start in another offset but the same instant counts as exact."""

        def shifted(raw: bytes, ctx: Any) -> _Result:
            result = _oracle(raw, ctx)
            if result.interview:
                utc = result.interview.start.astimezone(dt.UTC)
                result.interview = _Interview(utc, result.interview.interviewers)
            return result

        assert scorer.evaluate(shifted, lambda user: user)["exact_start"] == 1.0


def test_missing_classifier_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without daemon.understand the script says so and exits 2."""
    import sys

    monkeypatch.setitem(sys.modules, "daemon.understand", None)
    assert scorer.main([]) == 2
