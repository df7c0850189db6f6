"""Measure the classifier on a labelled evaluation set (tests/eval to tests/eval10).

Usage::

    .venv/bin/python bench/classify_quality.py [--set eval|eval2|...|eval10]
                                               [--split dev|holdout|all]
                                               [--json PATH] [--eval-dir DIR] [--quiet]

``--set`` picks the labelled set (``eval``, the default, is tests/eval; ``evalN`` is
tests/evalN); ``--eval-dir`` overrides it with any folder laid out the same way. Which sets
were tuned on, and which halves are still unread, is logged in docs/quality.md.

Reports interview precision and recall (``interview_cancelled`` is its own class), exact
start accuracy (start equal as an instant, over labelled interviews recognised as
interviews), interviewer name recall (case-insensitive full names, over the same set),
a per-kind confusion table, messages per second, and every misclassified file with the
classifier's reasons. Exit status: 0 when every target is met, 1 when one is missed, 2 when
the classifier cannot be imported or the set cannot be read.

The set is split in two stable halves so that work on the classifier can look at one half
(``dev``) while the other (``holdout``) stays unread and only its aggregate figures are
checked, to see whether a fix generalises. A file's half is fixed by a SHA-1 of its name
without the ``NNN-`` number prefix (the authoring tool renumbers files; names stay), so both
halves mix every kind. The summary always shows the three splits side by side; the per-file
details (misclassified, wrong starts, missed names) are listed only for ``--split``
(default ``all``), and the exit status refers to that split.

Importable: ``evaluate(understand_fn, context_factory)`` returns the same figures as a dict.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "eval"
# Named labelled sets for --set; "eval" stays the default.
SETS = {
    "eval": EVAL_DIR,
    "eval2": ROOT / "tests" / "eval2",
    "eval3": ROOT / "tests" / "eval3",
    "eval4": ROOT / "tests" / "eval4",
    "eval5": ROOT / "tests" / "eval5",
    "eval6": ROOT / "tests" / "eval6",
    "eval7": ROOT / "tests" / "eval7",
    "eval8": ROOT / "tests" / "eval8",
    "eval9": ROOT / "tests" / "eval9",
    "eval10": ROOT / "tests" / "eval10",
    "eval11": ROOT / "tests" / "eval11",
    "eval12": ROOT / "tests" / "eval12",
    "eval13": ROOT / "tests" / "eval13",
    "eval14": ROOT / "tests" / "eval14",
    "eval15": ROOT / "tests" / "eval15",
    "eval16": ROOT / "tests" / "eval16",
    "eval17": ROOT / "tests" / "eval17",
    "eval18": ROOT / "tests" / "eval18",
    "eval19": ROOT / "tests" / "eval19",
    "eval20": ROOT / "tests" / "eval20",
    "eval21": ROOT / "tests" / "eval21",
    "eval22": ROOT / "tests" / "eval22",
    "eval23": ROOT / "tests" / "eval23",
    "eval24": ROOT / "tests" / "eval24",
    "eval25": ROOT / "tests" / "eval25",
    "eval26": ROOT / "tests" / "eval26",
    "eval27": ROOT / "tests" / "eval27",
    "eval28": ROOT / "tests" / "eval28",
    "eval29": ROOT / "tests" / "eval29",
    "eval30": ROOT / "tests" / "eval30",
}
KINDS = (
    "interview",
    "interview_cancelled",
    "scheduling_request",
    "rejection",
    "offer",
    "auto_reply",
    "bulk",
    "other",
)
TARGETS = {
    "interview_precision": 0.99,
    "interview_recall": 0.95,
    "exact_start": 0.98,
    "interviewer_recall": 0.95,
}

SPLITS = ("dev", "holdout", "all")
_NUMBER_PREFIX = re.compile(r"^\d+-")

UnderstandFn = Callable[[bytes, Any], Any]
ContextFactory = Callable[[dict[str, Any]], Any]


def load_labels(eval_dir: Path = EVAL_DIR) -> list[dict[str, Any]]:
    """The labels, in file order."""
    data = yaml.safe_load((eval_dir / "labels.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("labels.yaml must be a list of entries")
    return data


def split_of(file_name: str) -> str:
    """``dev`` or ``holdout``: the parity of a SHA-1 of the name without its number prefix."""
    stable = _NUMBER_PREFIX.sub("", file_name)
    digest = hashlib.sha1(stable.encode("utf-8"), usedforsecurity=False).digest()
    return "dev" if digest[-1] % 2 == 0 else "holdout"


def in_split(file_name: str, split: str) -> bool:
    """Whether ``file_name`` belongs to ``split`` (``all`` holds every file)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return split == "all" or split_of(file_name) == split


def _kind(result: Any) -> str:
    kind = getattr(result, "kind", None)
    return str(getattr(kind, "value", kind))


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def evaluate(
    understand_fn: UnderstandFn,
    context_factory: ContextFactory,
    eval_dir: Path = EVAL_DIR,
    split: str = "all",
) -> dict[str, Any]:
    """Run ``understand_fn(raw, context_factory(user_label))`` over the set; return figures.

    ``user_label`` is the label's ``user`` block (name, addresses, timezone, date_order).
    Only files in ``split`` (``dev``, ``holdout`` or ``all``) are read and counted.
    A classifier exception counts as a wrong answer for that file and is reported.
    """
    labels = [e for e in load_labels(eval_dir) if in_split(e["file"], split)]
    confusion: Counter[tuple[str, str]] = Counter()
    misclassified: list[dict[str, Any]] = []
    start_wrong: list[dict[str, Any]] = []
    names_missed: list[dict[str, Any]] = []
    tp = fp = fn = 0
    start_ok = start_total = 0
    names_found = names_total = 0
    elapsed = 0.0

    for entry in labels:
        raw = (eval_dir / "messages" / entry["file"]).read_bytes()
        context = context_factory(entry["user"])
        began = time.perf_counter()
        try:
            result = understand_fn(raw, context)
            error = None
        except Exception as exc:  # noqa: BLE001 - an exception is a result to report
            result, error = None, f"{type(exc).__name__}: {exc}"
        elapsed += time.perf_counter() - began

        expected = entry["kind"]
        got = _kind(result) if result is not None else "error"
        confusion[(expected, got)] += 1
        reasons = list(getattr(result, "reasons", ()) or ())
        if got != expected:
            misclassified.append(
                {
                    "file": entry["file"],
                    "expected": expected,
                    "got": got,
                    "reasons": [error] if error else reasons,
                    "notes": entry.get("notes", ""),
                }
            )
        if expected == "interview" and got == "interview":
            tp += 1
        elif expected == "interview":
            fn += 1
        elif got == "interview":
            fp += 1

        if expected != "interview" or got != "interview":
            continue
        interview = getattr(result, "interview", None)
        want = dt.datetime.fromisoformat(entry["start"])
        have = getattr(interview, "start", None)
        start_total += 1
        if isinstance(have, dt.datetime) and have.tzinfo is not None and have == want:
            start_ok += 1
        else:
            start_wrong.append(
                {
                    "file": entry["file"],
                    "expected": entry["start"],
                    "got": have.isoformat() if isinstance(have, dt.datetime) else None,
                }
            )
        found = {
            (p.name or "").casefold().strip() for p in getattr(interview, "interviewers", ()) or ()
        }
        for person in entry.get("interviewers", []):
            names_total += 1
            if person.casefold().strip() in found:
                names_found += 1
            else:
                names_missed.append({"file": entry["file"], "name": person})

    count = len(labels)
    figures: dict[str, Any] = {
        "split": split,
        "messages": count,
        "interview_precision": _ratio(tp, tp + fp),
        "interview_recall": _ratio(tp, tp + fn),
        "exact_start": _ratio(start_ok, start_total),
        "interviewer_recall": _ratio(names_found, names_total),
        "counts": {
            "true_positive": tp,
            "false_positive": fp,
            "false_negative": fn,
            "start_checked": start_total,
            "start_exact": start_ok,
            "names_labelled": names_total,
            "names_found": names_found,
        },
        "accuracy": _ratio(sum(v for (e, g), v in confusion.items() if e == g), count),
        "messages_per_second": count / elapsed if elapsed > 0 else None,
        "confusion": {
            e: {g: confusion[(e, g)] for g in (*KINDS, "error") if confusion[(e, g)]} for e in KINDS
        },
        "misclassified": misclassified,
        "start_wrong": start_wrong,
        "interviewer_names_missed": names_missed,
        "targets": TARGETS,
    }
    figures["targets_met"] = all(
        figures[k] is not None and figures[k] >= v for k, v in TARGETS.items()
    )
    return figures


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


_ROWS = (
    ("interview precision", "interview_precision"),
    ("interview recall", "interview_recall"),
    ("exact start", "exact_start"),
    ("interviewer names", "interviewer_recall"),
)


def render_splits(by_split: dict[str, dict[str, Any]]) -> str:
    """The headline figures of several splits side by side (no per-file details)."""
    names = list(by_split)
    lines = [
        " " * 24 + "".join(f"{n:>10}" for n in names) + "    target",
        f"  {'messages':<22}" + "".join(f"{by_split[n]['messages']:>10}" for n in names),
    ]
    for title, key in _ROWS:
        cells = "".join(f"{_fmt(by_split[n][key]):>10}" for n in names)
        lines.append(f"  {title:<22}{cells}    >= {TARGETS[key]:.2f}")
    cells = "".join(f"{_fmt(by_split[n]['accuracy']):>10}" for n in names)
    lines.append(f"  {'overall accuracy':<22}{cells}")
    counts = "".join(
        f"{'{true_positive}/{false_positive}/{false_negative}'.format(**by_split[n]['counts']):>10}"
        for n in names
    )
    lines.append(f"  {'interview tp/fp/fn':<22}{counts}")
    return "\n".join(lines)


def render(fig: dict[str, Any]) -> str:
    """A human-readable report of one split, with its per-file details."""
    split = fig.get("split", "all")
    lines = [f"Evaluation set ({split}): {fig['messages']} messages", ""]
    for title, key in _ROWS:
        value, target = fig[key], TARGETS[key]
        mark = "ok  " if value is not None and value >= target else "MISS"
        lines.append(f"  {title:<22} {_fmt(value)}   target >= {target:.2f}   {mark}")
    lines.append(f"  {'overall accuracy':<22} {_fmt(fig['accuracy'])}")
    mps = fig["messages_per_second"]
    lines.append(f"  {'messages/second':<22} {mps:.1f}" if mps else "  messages/second   n/a")
    lines += ["", "Confusion (rows: labelled, columns: predicted)"]
    cols = [*KINDS, "error"]
    short = {
        k: k.replace("interview_cancelled", "cancel")
        .replace("scheduling_request", "sched")
        .replace("auto_reply", "auto")[:9]
        for k in cols
    }
    lines.append(" " * 20 + "".join(f"{short[c]:>10}" for c in cols))
    for expected in KINDS:
        row = fig["confusion"].get(expected, {})
        lines.append(f"  {expected:<18}" + "".join(f"{row.get(c, 0) or '.':>10}" for c in cols))
    if fig["misclassified"]:
        lines += ["", "Misclassified:"]
        for m in fig["misclassified"]:
            lines.append(f"  {m['file']}: expected {m['expected']}, got {m['got']}")
            for reason in m["reasons"][:4]:
                lines.append(f"      - {reason}")
    if fig["start_wrong"]:
        lines += ["", "Wrong start:"]
        lines += [
            f"  {s['file']}: expected {s['expected']}, got {s['got']}" for s in fig["start_wrong"]
        ]
    if fig["interviewer_names_missed"]:
        lines += ["", "Interviewer names missed:"]
        lines += [f"  {n['file']}: {n['name']}" for n in fig["interviewer_names_missed"]]
    lines += ["", "All targets met." if fig["targets_met"] else "Some targets missed."]
    return "\n".join(lines)


def _classifier() -> tuple[UnderstandFn, ContextFactory]:
    """Import the classifier lazily so a missing one is a clear message, not a traceback."""
    sys.path.insert(0, str(ROOT))
    from daemon.understand import Context, understand

    def factory(user: dict[str, Any]) -> Any:
        return Context(
            user_addresses=frozenset(a.lower() for a in user.get("addresses", [])),
            user_name=user.get("name"),
            timezone=user.get("timezone", "UTC"),
            date_order=user.get("date_order", "mdy"),
        )

    return understand, factory


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this path")
    parser.add_argument(
        "--set",
        dest="eval_set",
        choices=sorted(SETS),
        default="eval",
        help="which labelled set to score (tests/<set>; default eval)",
    )
    parser.add_argument(
        "--eval-dir", type=Path, default=None, help="evaluation set folder (overrides --set)"
    )
    parser.add_argument("--quiet", action="store_true", help="print only the summary figures")
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="which half to judge: dev (scores only that half), holdout or all (default)",
    )
    args = parser.parse_args(argv)
    eval_dir: Path = args.eval_dir if args.eval_dir is not None else SETS[args.eval_set]
    try:
        understand_fn, factory = _classifier()
    except ImportError as exc:
        print(
            f"classifier not available: cannot import daemon.understand ({exc}).", file=sys.stderr
        )
        print("Nothing to measure yet; write daemon/understand first.", file=sys.stderr)
        return 2
    try:
        # Tuning reads the dev half only: then the holdout half is not even scored, so its
        # figures cannot leak into the work they are meant to judge.
        wanted = ("dev",) if args.split == "dev" else SPLITS
        by_split = {s: evaluate(understand_fn, factory, eval_dir, s) for s in wanted}
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"cannot read the evaluation set in {eval_dir}: {exc}", file=sys.stderr)
        return 2
    figures = by_split[args.split]
    report = render(figures)
    if args.quiet:
        report = "\n".join(report.split("\n\nConfusion")[0:1])
    print(render_splits(by_split))
    print()
    print(report)
    if args.json:
        # Only the requested split carries per-file details; the others give headline figures.
        figures = {
            **figures,
            "splits": {
                s: {k: f[k] for k in ("messages", "counts", "accuracy", *TARGETS)}
                for s, f in by_split.items()
            },
        }
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")
    return 0 if figures["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
