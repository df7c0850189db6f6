"""Interviewer-name recall before and after renaming the interviewers (metamorphic test).

Usage::

    .venv/bin/python bench/metamorph_names.py [--pool tune|held|tune2|third|all]
                                              [--seeds 1 2 3] [--set eval ...] [--misses]
                                              [--split-tags] [--json PATH]

Every readable labelled interview (tests/support/metamorph_names.py says which halves) is
scored as written, after a parse-and-write round trip (the control), and once per seed
with its labelled interviewers renamed from the name pool. Per set it prints name recall
on the original and on the renamed messages, the messages skipped (a name not found to
rewrite, or an old one left), and how often the rename changed the kind or the start
(it never should). Then recall per name shape (particle, apostrophe, diacritics, single,
three+, script, word, ...) and, with ``--misses``, each missed name with its file. The
"third" pool is held out: its misses are never listed or written, only its figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.understand import Context, Kind, understand  # noqa: E402
from tests.support.metamorph_names import (  # noqa: E402
    POOL,
    READABLE_SETS,
    Skipped,
    choose,
    readable_interviews,
    rename,
    round_trip,
)


def _context(user: dict[str, Any]) -> Context:
    return Context(
        user_addresses=frozenset(a.lower() for a in user.get("addresses", [])),
        user_name=user.get("name"),
        timezone=user.get("timezone", "UTC"),
        date_order=user.get("date_order", "mdy"),
    )


def _outcome(raw: bytes, ctx: Context) -> tuple[str, dt.datetime | None, set[str]]:
    u = understand(raw, ctx)
    iv = u.interview
    names = {(p.name or "").casefold().strip() for p in (iv.interviewers if iv else ())}
    return str(u.kind.value), (iv.start if iv else None), names


def measure(
    pool_name: str, seeds: list[int], sets: tuple[str, ...], *, split_tags: bool = False
) -> dict[str, Any]:
    """Recall on original, round-tripped and renamed messages, per set and per name shape.

    ``split_tags`` writes the new names in HTML parts with inline tags between their words.
    """
    pool = POOL["tune"] + POOL["held"] if pool_name == "all" else POOL[pool_name]
    per_set: dict[str, Counter[str]] = {}
    shapes: dict[str, Counter[str]] = {}
    misses: list[dict[str, str]] = []
    skips: Counter[str] = Counter()
    for item in readable_interviews(sets):
        c = per_set.setdefault(item.set_name, Counter())
        raw = item.raw
        ctx = _context(item.entry["user"])
        kind, start, found = _outcome(raw, ctx)
        if kind != Kind.INTERVIEW.value:
            c["not_interview"] += 1
            continue
        labelled = [str(n) for n in item.entry["interviewers"]]
        c["messages"] += 1
        c["orig_total"] += len(labelled)
        c["orig_found"] += sum(n.casefold().strip() in found for n in labelled)
        k2, s2, f2 = _outcome(round_trip(raw), ctx)
        c["trip_found"] += sum(n.casefold().strip() in f2 for n in labelled)
        c["trip_changed"] += (k2, s2) != (kind, start)
        for seed in seeds:
            try:
                mapping = choose(item.entry, pool, seed, item.set_name)
                renamed = rename(raw, item.entry, mapping, split_tags=split_tags)
            except Skipped as exc:
                c["skipped"] += 1
                skips[str(exc).split(":")[0]] += 1
                continue
            c["renamed"] += 1
            # Recall before the rename, over the same messages, for a like-for-like figure.
            c["kept_orig_total"] += len(labelled)
            c["kept_orig_found"] += sum(n.casefold().strip() in found for n in labelled)
            k3, s3, f3 = _outcome(renamed.raw, ctx)
            c["kind_changed"] += k3 != kind
            c["start_changed"] += k3 == kind and s3 != start
            for old, want in zip(labelled, renamed.expected, strict=True):
                was_found = old.casefold().strip() in found
                hit = want.casefold().strip() in f3
                c["new_total"] += 1
                c["new_found"] += hit
                for shape in renamed.names[old].shapes:
                    sc = shapes.setdefault(shape, Counter())
                    sc["total"] += 1
                    sc["found"] += hit
                if not hit:
                    misses.append(
                        {
                            "set": item.set_name,
                            "file": item.entry["file"],
                            "old": old,
                            "new": want,
                            "old_found": str(was_found),
                            "got": "; ".join(sorted(f3)) if k3 == kind else f"kind {k3}",
                            "seed": str(seed),
                        }
                    )
    return {"per_set": per_set, "shapes": shapes, "misses": misses, "skips": skips}


def _r(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  n/a"


def render(fig: dict[str, Any], show_misses: bool) -> str:
    """The figures as a table."""
    lines = [
        f"{'set':<8}{'msgs':>6}{'orig':>8}{'trip':>8}{'kept':>8}{'renamed':>9}"
        f"{'skip':>6}{'kind!':>7}{'start!':>7}"
    ]
    total: Counter[str] = Counter()
    for name, c in fig["per_set"].items():
        total.update(c)
        lines.append(_row(name, c))
    lines.append(_row("all", total))
    lines += ["", "orig/trip: recall as written and after a round trip; kept: as written,"]
    lines += ["over the renamed messages; renamed: recall of the new names.", ""]
    lines.append(f"{'shape':<16}{'names':>7}{'recall':>8}")
    for shape, sc in sorted(fig["shapes"].items()):
        lines.append(f"{shape:<16}{sc['total']:>7}{_r(sc['found'], sc['total']):>8}")
    if fig["skips"]:
        lines += ["", "skipped: " + ", ".join(f"{k} {v}" for k, v in fig["skips"].items())]
    if show_misses and fig["misses"]:
        lines += ["", "Missed:"]
        lines += [
            f"  {m['set']}/{m['file']} [{m['seed']}]: {m['old']} -> {m['new']}"
            f" (orig found {m['old_found']}); got: {m['got']}"
            for m in fig["misses"]
        ]
    return "\n".join(lines)


def _row(name: str, c: Counter[str]) -> str:
    return (
        f"{name:<8}{c['messages']:>6}{_r(c['orig_found'], c['orig_total']):>8}"
        f"{_r(c['trip_found'], c['orig_total']):>8}"
        f"{_r(c['kept_orig_found'], c['kept_orig_total']):>8}"
        f"{_r(c['new_found'], c['new_total']):>9}{c['skipped']:>6}"
        f"{c['kind_changed']:>7}{c['start_changed']:>7}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", choices=(*POOL, "all"), default="tune")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--set", dest="sets", nargs="+", choices=READABLE_SETS, default=None)
    parser.add_argument("--misses", action="store_true", help="list every missed name")
    parser.add_argument(
        "--split-tags", action="store_true", help="write HTML names with tags between words"
    )
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this path")
    args = parser.parse_args(argv)
    sets = tuple(args.sets) if args.sets else READABLE_SETS
    if args.misses and args.pool == "third":
        parser.error("the third pool is held out: its misses are never listed")
    fig = measure(args.pool, args.seeds, sets, split_tags=args.split_tags)
    if args.pool == "third":
        fig["misses"] = []
    print(f"pool {args.pool}, seeds {' '.join(map(str, args.seeds))}")
    print(render(fig, args.misses and args.pool != "third"))
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
