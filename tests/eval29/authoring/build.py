"""Write tests/eval29/messages/*.eml and tests/eval29/labels.yaml from the authored specs.

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval29.authoring.build`` from the project root.
The writing itself is ``tests.evalauthoring.build_set``.
"""

from __future__ import annotations

from pathlib import Path

from tests.evalauthoring import build_set

MODULES = [
    "m_us",
    "m_languages",
    "m_world",
    "m_around",
    "m_tools",
]
EVAL_DIR = Path(__file__).resolve().parent.parent
HEAD = (
    "# Labels for the twenty-ninth held-out evaluation set (see README.md for the schema).\n"
    "# One entry per file in messages/; start is the exact start with its UTC offset.\n"
)


def main() -> None:
    """Rewrite messages/ and labels.yaml."""
    build_set(EVAL_DIR, __package__ or "tests.eval29.authoring", MODULES, HEAD)


if __name__ == "__main__":
    main()
