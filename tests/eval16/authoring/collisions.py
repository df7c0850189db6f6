"""Print only the values this set shares with tests/eval to tests/eval15 (nothing else).

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval16.authoring.collisions`` from the project
root. The earlier sets' labels and Message-IDs stay in memory: only their intersection with
this set's own users, user names, addresses, file name stems, companies and Message-IDs is
printed, then how many earlier labelled starts fall in 2035.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.evalsets import load_labels, message_ids, stems

EVAL = Path(__file__).resolve().parent.parent
EARLIER = ["eval", *(f"eval{n}" for n in range(2, 16))]


def keys(labels: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The values of a labels file that must not repeat across sets."""
    return {
        "address": {a for e in labels for a in e["user"]["addresses"]},
        "user name": {e["user"]["name"] for e in labels},
        "file stem": stems(e["file"] for e in labels),
        "company": {e["company"].casefold() for e in labels if e.get("company")},
    }


def main() -> None:
    """Print the collisions per earlier set, then the count of earlier starts in 2035."""
    ours = keys(load_labels(EVAL))
    our_ids = message_ids(EVAL)
    in_2035 = 0
    for name in EARLIER:
        directory = EVAL.parent / name
        if not (directory / "labels.yaml").exists():
            continue
        labels = load_labels(directory)
        theirs = keys(labels)
        for what, values in ours.items():
            if values & theirs[what]:
                print(name, what, sorted(values & theirs[what]))
        if our_ids & message_ids(directory):
            print(name, "message-id", sorted(our_ids & message_ids(directory)))
        in_2035 += sum(1 for e in labels if str(e.get("start", "")).startswith("2035"))
    print("earlier starts in 2035:", in_2035)


if __name__ == "__main__":
    main()
