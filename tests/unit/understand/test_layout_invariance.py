"""Metamorphic regression check: a fixed sample of readable labelled messages, rewritten by
every layout transform of ``tests/support/metamorph_layout.py``, keeps its kind, start and
interviewer names (compared with the recogniser's answer on the original message).

The sample is drawn from the fully readable sets (tests/eval to tests/eval4) and covers
plain, multipart and HTML mail, calendars inline and attached, several languages and kinds.
``bench/metamorph_layout.py`` runs the same invariant over every readable message.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from daemon.understand import Context, Understanding, understand
from tests.support.metamorph_layout import TRANSFORMS, Sample, Transform

ROOT = Path(__file__).resolve().parents[3]

SAMPLE = (
    ("eval", "001-greenhouse-confirmation.eml"),
    ("eval", "003-agency-monday-9th-march.eml"),
    ("eval", "004-outlook-canceled-meeting.eml"),
    ("eval", "005-greenhouse-hard-rejection.eml"),
    ("eval", "029-agency-rejection-feedback.eml"),
    ("eval", "031-smartrecruiters-invite-cest.eml"),
    ("eval", "061-goodtime-onsite-panel.eml"),
    ("eval", "075-two-slots-offered-not-booked.eml"),
    ("eval", "089-french-company-paris-time-after-dst.eml"),
    ("eval2", "022-goodtime-cancelled-lumen.eml"),
    ("eval2", "038-webex-health-innovation-board.eml"),
    ("eval3", "094-entrevista-confirmada-madrid-castellana.eml"),
    ("eval3", "080-agentur-isarwerk-muenchen-vor-ort.eml"),
    ("eval4", "041-webex-umthombo-mining-jhb.eml"),
    ("eval4", "100-convocatoria-entrevista-mediterrania-logistica.eml"),
)

# (transform, file) pairs that still break, each a known open problem: strict, so a fix
# shows up as an unexpected pass and the entry is removed.
KNOWN_BREAKS: dict[tuple[str, str], str] = {}


@cache
def _labels(set_name: str) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((ROOT / "tests" / set_name / "labels.yaml").read_text("utf-8"))
    return {e["file"]: e for e in data}


def _context(user: dict[str, Any]) -> Context:
    return Context(
        user_addresses=frozenset(a.lower() for a in user.get("addresses", [])),
        user_name=user.get("name"),
        timezone=user.get("timezone", "UTC"),
        date_order=user.get("date_order", "mdy"),
    )


def _key(u: Understanding) -> tuple[str, dt.datetime | None, frozenset[str]]:
    iv = u.interview
    start = iv.start.astimezone(dt.UTC) if iv is not None and iv.start is not None else None
    names = frozenset((p.name or "").casefold() for p in iv.interviewers) if iv else frozenset()
    return u.kind.value, start, names


def _cases() -> list[Any]:
    out = []
    for t in TRANSFORMS:
        for set_name, file in SAMPLE:
            marks = []
            if (t.name, file) in KNOWN_BREAKS:
                marks.append(pytest.mark.xfail(reason=KNOWN_BREAKS[t.name, file], strict=True))
            out.append(
                pytest.param(t, set_name, file, id=f"{t.name}-{set_name}/{file}", marks=marks)
            )
    return out


@pytest.mark.parametrize(("transform", "set_name", "file"), _cases())
def test_layout_keeps_meaning(transform: Transform, set_name: str, file: str) -> None:
    """The rewritten message gives the original's kind, start and interviewer names."""
    entry = _labels(set_name)[file]
    raw = (ROOT / "tests" / set_name / "messages" / file).read_bytes()
    user = entry["user"]
    sample = Sample(
        user_name=user.get("name") or "Alex Morgan",
        user_address=(user.get("addresses") or ["alex.morgan@example.net"])[0],
        kind=entry["kind"],
    )
    variant = transform.apply(raw, sample)
    if variant is None:
        pytest.skip(f"{transform.name} does not apply to {file}")
    ctx = _context(user)
    assert _key(understand(variant, ctx)) == _key(understand(raw, ctx))


def test_rebuild_is_faithful() -> None:
    """The harness's own rewrite (no change) keeps every sampled message's text and parts."""
    from daemon.understand._mime import parse

    for set_name, file in SAMPLE:
        raw = (ROOT / "tests" / set_name / "messages" / file).read_bytes()
        rebuilt = TRANSFORMS[0].apply(raw, Sample())
        assert rebuilt is not None
        a, b = parse(raw), parse(rebuilt)
        assert (a.text, a.subject, len(a.calendars)) == (b.text, b.subject, len(b.calendars))
