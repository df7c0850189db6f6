"""Part 1 of 3: gated phrase and interviewer matchers agree with their full regex on real text."""

from __future__ import annotations

import pytest

from tests.unit.understand.phrase_corpus import check, check_gated_patterns, part


@pytest.mark.parametrize(("name", "shard", "shards"), part(0))
def test_gate_agrees_with_full_alternation_on_corpus(name: str, shard: int, shards: int) -> None:
    """For each matcher and corpus text, the gated matches equal the full regex's."""
    check(name, shard, shards)


def test_gated_patterns_agree_with_their_regex_on_corpus() -> None:
    """Role, company and location patterns find the same match gated as ungated."""
    check_gated_patterns()
