"""Print only the values this set shares with tests/eval to tests/eval13 (nothing else).

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval14.authoring.collisions`` from the project
root. Earlier sets' labels and Message-IDs are loaded in memory and never printed: only the
intersection with this set's own users, user names, addresses, file name stems, companies and
Message-IDs is shown, then a count of earlier labelled starts in 2033.
"""

from __future__ import annotations

from pathlib import Path

from tests.evalsets import load_labels, message_ids, stems

EVAL = Path(__file__).resolve().parent.parent
EARLIER = ["eval", *(f"eval{n}" for n in range(2, 14))]


def main() -> None:
    """Print collisions per earlier set, then the count of earlier starts in 2033."""
    ours = load_labels(EVAL)
    our_addr = {a for e in ours for a in e["user"]["addresses"]}
    our_names = {e["user"]["name"] for e in ours}
    our_stems = stems(p.name for p in (EVAL / "messages").glob("*.eml"))
    our_comp = {e["company"].casefold() for e in ours if e.get("company")}
    our_ids = message_ids(EVAL)
    in_2033 = 0
    for name in EARLIER:
        d = EVAL.parent / name
        if not (d / "labels.yaml").exists():
            continue
        theirs = load_labels(d)
        found = {
            "address": our_addr & {a for e in theirs for a in e["user"]["addresses"]},
            "user name": our_names & {e["user"]["name"] for e in theirs},
            "file stem": our_stems & stems(e["file"] for e in theirs),
            "company": our_comp & {e["company"].casefold() for e in theirs if e.get("company")},
            "message-id": our_ids & message_ids(d),
        }
        for what, values in found.items():
            if values:
                print(name, what, sorted(values))
        in_2033 += sum(1 for e in theirs if str(e.get("start", "")).startswith("2033"))
    print("earlier starts in 2033:", in_2033)


if __name__ == "__main__":
    main()
