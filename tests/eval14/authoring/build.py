"""Write tests/eval14/messages/*.eml and tests/eval14/labels.yaml from the authored specs.

Run ``PYTHONPATH=. .venv/bin/python -m tests.eval14.authoring.build`` from the project root.
The same logic as the thirteenth set's build, with this set's modules.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import yaml

from .kit import Msg

MODULES = ["m_iv_people", "m_iv_cal", "m_iv_ats", "m_lang", "m_outcomes", "m_noise"]
EVAL_DIR = Path(__file__).resolve().parent.parent


def collect() -> list[Msg]:
    """All authored messages, interleaved round-robin so numbering does not reveal the kind."""
    groups = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError:
            continue
        groups.append(list(module.MESSAGES))
    out: list[Msg] = []
    while any(groups):
        for g in groups:
            if g:
                out.append(g.pop(0))
    return out


def main() -> None:
    """Write the files (replacing the old ones) and the labels."""
    msgs = collect()
    target = EVAL_DIR / "messages"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, Any]] = []
    slugs: set[str] = set()
    for i, m in enumerate(msgs, 1):
        assert m.slug not in slugs, m.slug
        slugs.add(m.slug)
        name = f"{i:03d}-{m.slug}.eml"
        (target / name).write_bytes(m.raw)
        entry: dict[str, Any] = {"file": name, "kind": m.kind}
        entry.update({k: v for k, v in m.label.items() if k != "notes"})
        entry["user"] = m.user.label()
        entry["notes"] = m.label.get("notes", "")
        labels.append(entry)
    head = (
        "# Labels for the fourteenth held-out evaluation set (see README.md for the schema).\n"
        "# One entry per file in messages/; start is the exact start with its UTC offset.\n"
    )
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)
    (EVAL_DIR / "labels.yaml").write_text(head + body, encoding="utf-8")
    print(f"wrote {len(msgs)} messages")


if __name__ == "__main__":
    main()
