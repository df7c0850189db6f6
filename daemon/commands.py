"""What the user tells the daemon about a case: by replying to a digest, or from the shell.

``done Acme`` (the case is over for you), ``called Acme, waiting`` (you phoned; watch again),
``snooze Acme 2d`` (ask again later). Parsing is pure; :func:`apply` writes the result.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from daemon.cases import CLOSED_STAGES, Stage, normalise_company
from daemon.durations import parse_duration
from daemon.store import CaseRecord, Store

Verb = Literal["done", "called", "snooze"]

_LINE = re.compile(
    r"^\s*[-*•]?\s*(?P<verb>done|closed?|called|phoned|rang|snooze|later|remind)\b"
    r"[\s:,-]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DURATION_AT_END = re.compile(
    r"(?:\bfor\s+|\bin\s+)?(?P<d>\d+\s*[wdhm]\w*|P[0-9TWDHMS.]+)\s*$", re.I
)
_VERBS: dict[str, Verb] = {
    "done": "done",
    "close": "done",
    "closed": "done",
    "called": "called",
    "phoned": "called",
    "rang": "called",
    "snooze": "snooze",
    "later": "snooze",
    "remind": "snooze",
}


MAX_SNOOZE = dt.timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Command:
    """One instruction about one case."""

    verb: Verb
    case_id: int
    delay: dt.timedelta | None = None
    """For snooze: how long."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """Commands understood, and lines that could not be tied to a case."""

    commands: tuple[Command, ...]
    problems: tuple[str, ...]


def _find_case(text: str, cases: Sequence[CaseRecord]) -> list[CaseRecord]:
    number = re.search(r"#\s*(\d+)", text)
    if number:
        return [c for c in cases if c.id == int(number.group(1))]
    key = normalise_company(text) or ""
    if not key:
        return []
    return [
        c for c in cases if (name := normalise_company(c.company)) and (name in key or key in name)
    ]


def parse(text: str, cases: Sequence[CaseRecord], *, default_snooze: dt.timedelta) -> Parsed:
    """Read the user's lines; a verb without a case applies when only one case is meant."""
    commands: list[Command] = []
    problems: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(">"):
            continue
        match = _LINE.match(line)
        if match is None:
            continue
        verb = _VERBS[match.group("verb").lower()]
        rest = match.group("rest")
        delay: dt.timedelta | None = None
        if verb == "snooze":
            found = _DURATION_AT_END.search(rest)
            if found:
                try:
                    delay = parse_duration(
                        re.sub(r"\s+", "", found.group("d")).rstrip("s")
                        if found.group("d")[:1].isdigit()
                        else found.group("d")
                    )
                except (ValueError, OverflowError):
                    delay = None
                rest = rest[: found.start()]
            delay = min(delay or default_snooze, MAX_SNOOZE)
        rest = re.split(r"[,;.]", rest, maxsplit=1)[0]
        targets = _find_case(rest, cases) if rest.strip() else list(cases)
        if len(targets) != 1:
            what = "no case" if not targets else "several cases"
            problems.append(f"{line!r}: matches {what}; name the company or #number")
            continue
        commands.append(Command(verb=verb, case_id=targets[0].id, delay=delay))
    return Parsed(tuple(commands), tuple(problems))


def apply(store: Store, command: Command, now: dt.datetime, *, call_after: dt.timedelta) -> str:
    """Carry out one command; returns what was done, in words."""
    case = store.cases.get(command.case_id)
    name = case.company or f"case #{case.id}"
    if case.stage in CLOSED_STAGES:
        return f"{name}: already {case.stage}; nothing to do"
    if command.verb == "done":
        store.cases.set_stage(case.id, Stage.CLOSED, now)
        store.cases.set_fields(case.id, now, call_flagged_at=None)
        store.cases.event(case.id, now, "closed by you")
        return f"{name}: closed; nothing more will be sent"
    delay = min(
        command.delay if command.verb == "snooze" and command.delay else call_after, MAX_SNOOZE
    )
    until = now + delay
    store.cases.set_fields(case.id, now, snoozed_until=until, call_flagged_at=None)
    store.cases.set_stage(case.id, Stage.WAITING, now)
    what = "called; waiting" if command.verb == "called" else "snoozed"
    store.cases.event(case.id, now, what, f"until {until.isoformat()}")
    return f"{name}: {what}; will check again after {until:%a %d %b %H:%M} UTC"
