"""Write tests/eval16/messages/*.eml and tests/eval16/labels.yaml from the authored specs.

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval16.authoring.build`` from the project root.
Specs are interleaved round-robin across modules so a file's number says nothing of its kind.
"""

from __future__ import annotations

import importlib
from itertools import zip_longest
from pathlib import Path
from typing import Any

import yaml

from .kit import Msg

MODULES = ["m_iv_threads", "m_iv_cal", "m_iv_tools", "m_lang", "m_outcomes", "m_noise"]
EVAL_DIR = Path(__file__).resolve().parent.parent
HEAD = (
    "# Labels for the sixteenth held-out evaluation set (see README.md for the schema).\n"
    "# One entry per file in messages/; start is the exact start with its UTC offset.\n"
)


def ordered() -> list[Msg]:
    """Every authored message, taking one from each module in turn."""
    groups = [importlib.import_module(f"{__package__}.{n}").MESSAGES for n in MODULES]
    return [m for row in zip_longest(*groups) for m in row if m is not None]


def entry(name: str, msg: Msg) -> dict[str, Any]:
    """One labels.yaml entry: file, kind, the label fields, user, notes last."""
    out: dict[str, Any] = {"file": name, "kind": msg.kind}
    out.update({k: v for k, v in msg.label.items() if k != "notes"})
    out["user"] = msg.user.label()
    out["notes"] = msg.label.get("notes", "")
    return out


def main() -> None:
    """Rewrite messages/ and labels.yaml."""
    msgs = ordered()
    slugs = [m.slug for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    target = EVAL_DIR / "messages"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.eml"):
        old.unlink()
    labels = []
    for i, msg in enumerate(msgs, 1):
        name = f"{i:03d}-{msg.slug}.eml"
        (target / name).write_bytes(msg.raw)
        labels.append(entry(name, msg))
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)
    (EVAL_DIR / "labels.yaml").write_text(HEAD + text, encoding="utf-8")
    print(f"wrote {len(msgs)} messages")


if __name__ == "__main__":
    main()
