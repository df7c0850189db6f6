"""Print only the values this set shares with tests/eval to tests/eval29 (nothing else).

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval30.authoring.collisions`` from the project
root. The earlier sets' labels and Message-IDs stay in memory: only their intersection with
this set's own users, user names, addresses, file name stems, companies and Message-IDs is
printed, then how many earlier labelled starts fall in 2049
(``tests.evalauthoring.report_collisions``).
"""

from __future__ import annotations

from pathlib import Path

from tests.evalauthoring import report_collisions

EVAL = Path(__file__).resolve().parent.parent
EARLIER = ["eval", *(f"eval{n}" for n in range(2, 30))]


def main() -> None:
    """Print the collisions per earlier set, then the count of earlier starts in 2049."""
    report_collisions(EVAL, EARLIER, 2049)


if __name__ == "__main__":
    main()
