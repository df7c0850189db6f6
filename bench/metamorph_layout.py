"""Metamorphic layout bench: does the recogniser's answer survive a change of presentation?

Usage::

    .venv/bin/python bench/metamorph_layout.py [--set eval ...] [--transform NAME ...]
                                               [--details] [--json PATH]

Over the READABLE labelled messages (all of tests/eval to tests/eval4, the dev halves of
eval5 to eval27: a holdout file is never opened), every transform of
``tests/support/metamorph_layout.py`` rewrites each message in a way that keeps its meaning
(encoding, charset, wrapping, MIME layout, signature/disclaimer/footer, a quoted older
message, calendar placement, header order, RFC 2047). For each set and transform it prints

- ``n``: messages the transform applies to,
- ``agree``: the share whose result equals the original's (same kind, same start instant,
  same set of interviewer names),
- ``kind``/``start``/``names``: which of the three broke,
- ``label``: the share of variants whose result matches the label (kind, and for labelled
  interviews the start and every labelled name), next to ``orig``, the same for the
  originals the transform applied to.

``--details`` lists each disagreeing file with both results (only readable files are run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_quality import SETS, load_labels, split_of  # noqa: E402

from tests.support.metamorph_layout import TRANSFORMS, Sample, Transform  # noqa: E402

# Sets whose holdout half must stay unread: only their dev half is run.
HALVED = frozenset(f"eval{n}" for n in range(5, 31))
# The only sets this bench reads (docs/dev/helpers.md); a newer blind set is never opened.
READABLE_SETS = ("eval", "eval2", "eval3", "eval4", *sorted(HALVED, key=lambda s: int(s[4:])))


@dataclass(frozen=True, slots=True)
class Outcome:
    """The parts of a result the invariant compares."""

    kind: str
    start: str | None
    names: frozenset[str]

    def differs(self, other: Outcome) -> tuple[bool, bool, bool]:
        """(kind, start, names) differences."""
        return (self.kind != other.kind, self.start != other.start, self.names != other.names)


def outcome(result: Any) -> Outcome:
    """The comparable part of an :class:`Understanding` (start as a UTC instant)."""
    kind = str(getattr(result.kind, "value", result.kind))
    interview = result.interview
    start = None
    names: frozenset[str] = frozenset()
    if interview is not None:
        if interview.start is not None:
            start = interview.start.astimezone(dt.UTC).isoformat()
        names = frozenset((p.name or "").casefold().strip() for p in interview.interviewers)
    return Outcome(kind, start, names)


def matches_label(out: Outcome, entry: dict[str, Any]) -> bool:
    """Whether ``out`` is what the label says (kind; start and names for interviews)."""

    if out.kind != entry["kind"]:
        return False
    if entry["kind"] != "interview":
        return True
    want = dt.datetime.fromisoformat(entry["start"]).astimezone(dt.UTC).isoformat()
    if out.start != want:
        return False
    return all(p.casefold().strip() in out.names for p in entry.get("interviewers", []))


def readable(set_name: str) -> list[dict[str, Any]]:
    """The readable labelled entries of a set (its dev half for eval5-9).

    A set not named readable (a newer blind set) is refused, never opened.
    """
    if set_name not in READABLE_SETS:
        raise SystemExit(f"{set_name} is not readable here (docs/dev/helpers.md)")
    entries = load_labels(SETS[set_name])
    if set_name in HALVED:
        entries = [e for e in entries if split_of(e["file"]) == "dev"]
    return entries


def context(user: dict[str, Any]) -> Any:
    """The recogniser's context for a label's user block."""
    from daemon.understand import Context

    return Context(
        user_addresses=frozenset(a.lower() for a in user.get("addresses", [])),
        user_name=user.get("name"),
        timezone=user.get("timezone", "UTC"),
        date_order=user.get("date_order", "mdy"),
    )


def sample_of(entry: dict[str, Any]) -> Sample:
    """What the transforms may know about a message (its user and labelled kind)."""
    user = entry["user"]
    addresses = user.get("addresses") or ["alex.morgan@example.net"]
    return Sample(
        user_name=user.get("name") or "Alex Morgan",
        user_address=addresses[0],
        kind=entry["kind"],
    )


def run(
    set_names: list[str], transforms: list[Transform], *, details: bool
) -> dict[str, dict[str, dict[str, int]]]:
    """Counts per set and transform; prints details when asked."""
    from daemon.understand import understand

    table: dict[str, dict[str, dict[str, int]]] = {}
    for set_name in set_names:
        per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for entry in readable(set_name):
            raw = (SETS[set_name] / "messages" / entry["file"]).read_bytes()
            ctx = context(entry["user"])
            original = outcome(understand(raw, ctx))
            orig_ok = matches_label(original, entry)
            sample = sample_of(entry)
            for t in transforms:
                variant = t.apply(raw, sample)
                if variant is None:
                    continue
                got = outcome(understand(variant, ctx))
                row = per[t.name]
                row["n"] += 1
                kind, start, names = got.differs(original)
                row["agree"] += not (kind or start or names)
                row["kind"] += kind
                row["start"] += start and not kind
                row["names"] += names and not kind
                row["label"] += matches_label(got, entry)
                row["orig"] += orig_ok
                if details and (kind or start or names):
                    print(
                        f"  [{t.name}] {set_name}/{entry['file']}: "
                        f"{original.kind} {original.start} {sorted(original.names)} -> "
                        f"{got.kind} {got.start} {sorted(got.names)}"
                    )
        table[set_name] = {k: dict(v) for k, v in per.items()}
    return table


def render(table: dict[str, dict[str, dict[str, int]]], transforms: list[Transform]) -> str:
    """Per-transform agreement, one block per set and one over all sets."""
    total: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rows in table.values():
        for name, row in rows.items():
            for k, v in row.items():
                total[name][k] += v
    blocks = [*table.items(), ("all readable", {k: dict(v) for k, v in total.items()})]
    lines: list[str] = []
    for set_name, rows in blocks:
        lines.append(f"== {set_name}")
        lines.append(
            f"  {'transform':<18}{'n':>5}{'agree':>8}{'kind':>6}{'start':>6}{'names':>6}"
            f"{'label':>8}{'orig':>8}"
        )
        for t in transforms:
            row = rows.get(t.name)
            if not row:
                continue
            n = row["n"]
            lines.append(
                f"  {t.name:<18}{n:>5}{row['agree'] / n:>8.3f}{row['kind']:>6}"
                f"{row['start']:>6}{row['names']:>6}{row['label'] / n:>8.3f}"
                f"{row['orig'] / n:>8.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", dest="sets", action="append", choices=READABLE_SETS, help="set(s) to run"
    )
    parser.add_argument("--transform", dest="transforms", action="append", help="transform(s)")
    parser.add_argument("--details", action="store_true", help="list each disagreeing file")
    parser.add_argument("--json", type=Path, help="write the counts as JSON to this path")
    args = parser.parse_args(argv)
    set_names = args.sets or list(READABLE_SETS)
    chosen = [t for t in TRANSFORMS if not args.transforms or t.name in args.transforms]
    began = time.perf_counter()
    table = run(set_names, chosen, details=args.details)
    print(render(table, chosen))
    print(f"\n{time.perf_counter() - began:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
