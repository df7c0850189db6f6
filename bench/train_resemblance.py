"""Train the classifier's learned second opinion (daemon/understand/resemblance.json).

Usage::

    .venv/bin/python -m pip install -e '.[train]'   # scikit-learn, for training only
    .venv/bin/python bench/train_resemblance.py [--out PATH] [--threshold P]
    .venv/bin/python bench/train_resemblance.py --loso      # leave one set out, measured

It learns from the *readable* labelled mail only: tests/eval to tests/eval4 whole, and the
dev halves of tests/eval5 to tests/eval27 (their holdout halves and any set still unread
are the unseen measure and are never read here; docs/quality.md logs which half is which). A
message is positive when its label is ``interview``; every other kind is negative.

``--loso`` answers the question that matters: does the model catch interviews on mail
written by an author it never learned from? For each set from eval5 to eval27 it trains on
every other readable set, runs the whole classifier with that model on the left-out set's
readable half, and prints the counts with and without the model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_quality import _classifier, evaluate, load_labels, split_of  # noqa: E402

from daemon.understand import _resemblance, default_lexicon  # noqa: E402
from daemon.understand._mime import parse  # noqa: E402
from daemon.understand._quotes import own_text  # noqa: E402

WHOLE = ("eval", "eval2", "eval3", "eval4")
DEV_ONLY = tuple(f"eval{n}" for n in range(5, 31))
READABLE = WHOLE + DEV_ONLY
OUT = ROOT / "daemon" / "understand" / _resemblance.MODEL_FILE
THRESHOLD = 0.75
C = 1.0


def _split(name: str) -> str:
    return "all" if name in WHOLE else "dev"


def examples(sets: tuple[str, ...]) -> Iterator[tuple[str, frozenset[str], bool, bytes]]:
    """(set, features, is_interview, raw) for every readable message of ``sets``."""
    lex = default_lexicon()
    for name in sets:
        folder = ROOT / "tests" / name
        for entry in load_labels(folder):
            if name not in WHOLE and split_of(entry["file"]) != "dev":
                continue
            raw = (folder / "messages" / entry["file"]).read_bytes()
            msg = parse(raw)
            own, quoted = _resemblance.parts(msg.text, own_text(msg.text, lex))
            feats = frozenset(_resemblance.features(msg.subject, own, quoted))
            yield name, feats, entry["kind"] == "interview", raw


def data_digest(rows: list[tuple[str, frozenset[str], bool, bytes]]) -> str:
    """SHA-256 over every training message and its label, in order: a shipped model whose
    digest differs was trained on other mail (tests/unit/understand/test_resemblance.py)."""
    digest = hashlib.sha256()
    for _, _, label, raw in rows:
        digest.update(b"1" if label else b"0")
        digest.update(hashlib.sha256(raw).digest())
    return digest.hexdigest()


def train(rows: list[tuple[str, frozenset[str], bool, bytes]], threshold: float) -> dict[str, Any]:
    """Fit the regression; return the model as ``resemblance.json`` holds it."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for _, f, _, _ in rows])
    y = [label for _, _, label, _ in rows]
    # Features seen once say who wrote one message, not what interviews look like.
    seen = (x > 0).sum(axis=0).A1
    keep = [i for i, n in enumerate(seen) if n >= 2]
    x = x[:, keep]
    names = [vec.feature_names_[i] for i in keep]
    clf = LogisticRegression(
        C=C, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=0
    )
    clf.fit(x, y)
    weights = {
        n: round(float(w), 5) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4
    }
    return {
        "about": "logistic regression over binary word features; bench/train_resemblance.py",
        "trained_on": sorted({s for s, _, _, _ in rows}),
        "messages": len(rows),
        "interviews": sum(y),
        "data_sha256": data_digest(rows),
        "threshold": threshold,
        "intercept": round(float(clf.intercept_[0]), 5),
        "weights": dict(sorted(weights.items())),
    }


def loso(rows: list[tuple[str, frozenset[str], bool, bytes]], threshold: float) -> None:
    """Leave each of eval5..eval16 out in turn; print the classifier's counts on it."""
    understand_fn, factory = _classifier()
    off = _resemblance.Model(intercept=-50.0, weights={}, threshold=threshold)
    total = {"with": [0, 0, 0], "without": [0, 0, 0]}
    for name in DEV_ONLY:
        model = _resemblance.load(json.dumps(train([r for r in rows if r[0] != name], threshold)))
        line = [f"{name:7}"]
        for label, chosen in (("without", off), ("with", model)):
            _resemblance.shipped = lambda chosen=chosen: chosen  # type: ignore[assignment]
            figures = evaluate(understand_fn, factory, ROOT / "tests" / name, _split(name))
            c = figures["counts"]
            counts = (c["true_positive"], c["false_positive"], c["false_negative"])
            total[label] = [a + b for a, b in zip(total[label], counts, strict=True)]
            line.append(
                f"{label} {counts[0]}/{counts[1]}/{counts[2]} start {figures['exact_start']}"
            )
        print("  ".join(str(p) for p in line), flush=True)
    print("tp/fp/fn without", total["without"], "with", total["with"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--loso", action="store_true", help="leave one set out and measure")
    args = parser.parse_args(argv)
    rows = list(examples(READABLE))
    if args.loso:
        loso(rows, args.threshold)
        return 0
    model = train(rows, args.threshold)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(model['weights'])} weights from {model['messages']} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
