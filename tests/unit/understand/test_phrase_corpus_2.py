"""Part 2 of 3: gated phrase and interviewer matchers agree with their full regex on real text."""

from __future__ import annotations

import pytest

from tests.unit.understand.phrase_corpus import check, part


@pytest.mark.parametrize(("name", "shard", "shards"), part(1))
def test_gate_agrees_with_full_alternation_on_corpus(name: str, shard: int, shards: int) -> None:
    """For each matcher and corpus text, the gated matches equal the full regex's."""
    check(name, shard, shards)
