"""Write tests/eval30/messages/*.eml and tests/eval30/labels.yaml from the authored specs.

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval30.authoring.build`` from the project root.
The writing itself is ``tests.evalauthoring.build_set``.
"""

from __future__ import annotations

from pathlib import Path

from tests.evalauthoring import build_set

MODULES = [
    "m_german",
    "m_english",
    "m_french",
    "m_spanish",
    "m_italian_dutch",
    "m_portuguese",
    "m_more",
    "m_english_more",
]
EVAL_DIR = Path(__file__).resolve().parent.parent
HEAD = (
    "# Labels for the thirtieth held-out evaluation set (see README.md for the schema).\n"
    "# One entry per file in messages/; start is the exact start with its UTC offset.\n"
)


def main() -> None:
    """Rewrite messages/ and labels.yaml."""
    build_set(EVAL_DIR, __package__ or "tests.eval30.authoring", MODULES, HEAD)


if __name__ == "__main__":
    main()
