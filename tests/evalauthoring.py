"""What every evaluation set's authoring kit does the same way: write the set from its
specs, print what it shares with the earlier sets, and give each message the set's own
Message-ID.

A set's ``authoring/build.py`` and ``authoring/collisions.py`` name only their modules, their
labels header, their earlier sets and their year, and call these.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from itertools import zip_longest
from pathlib import Path
from typing import Any

import yaml

from tests.evalsets import load_labels, message_ids, stems

# The Message-ID header of a built message; its domain is kept.
_MESSAGE_ID_RE = re.compile(rb"\r\nMessage-ID: <[^@>]+@([^>]+)>\r\n")


def with_message_id(msg: Any, msgid: Callable[[str, str], str]) -> Any:
    """Give a built message the Message-ID ``msgid(slug, domain)`` (same domain): a set's
    own ids, so no two sets share one."""
    found = _MESSAGE_ID_RE.search(msg.raw)
    assert found, msg.slug
    new = f"\r\nMessage-ID: {msgid(msg.slug, found.group(1).decode())}\r\n"
    msg.raw = msg.raw[: found.start()] + new.encode() + msg.raw[found.end() :]
    return msg


def for_set(
    build: Callable[..., Any], own: Callable[[Any], Any], seed: str = ""
) -> Callable[..., Any]:
    """A shared kit's builder (``k14.pm``, ``k21.outlook``, ...) for one set: the message
    gets the set's Message-ID (``own``); with ``seed``, its calendar UID is seeded with it
    (so no two sets share one) and the slug is kept as written."""

    def build_for_set(user: Any, slug: str, *args: Any, **kw: Any) -> Any:
        msg = build(user, slug + seed, *args, **kw)
        msg.slug = slug
        return own(msg)

    return build_for_set


def build_set(eval_dir: Path, package: str, modules: Sequence[str], head: str) -> None:
    """Rewrite ``eval_dir``'s messages/ and labels.yaml from the specs in ``modules``.

    Specs are interleaved round-robin across modules, so a file's number says nothing of
    its kind; numbering restarts at 001 and names keep their slugs.
    """
    groups = [importlib.import_module(f"{package}.{n}").MESSAGES for n in modules]
    msgs = [m for row in zip_longest(*groups) for m in row if m is not None]
    slugs = [m.slug for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    target = eval_dir / "messages"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.eml"):
        old.unlink()
    labels = []
    for i, msg in enumerate(msgs, 1):
        name = f"{i:03d}-{msg.slug}.eml"
        (target / name).write_bytes(msg.raw)
        labels.append(_entry(name, msg))
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)
    (eval_dir / "labels.yaml").write_text(head + text, encoding="utf-8")
    print(f"wrote {len(msgs)} messages")


def _entry(name: str, msg: Any) -> dict[str, Any]:
    """One labels.yaml entry: file, kind, the label fields, user, notes last."""
    out: dict[str, Any] = {"file": name, "kind": msg.kind}
    out.update({k: v for k, v in msg.label.items() if k != "notes"})
    out["user"] = msg.user.label()
    out["notes"] = msg.label.get("notes", "")
    return out


def _keys(labels: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The values of a labels file that must not repeat across sets."""
    return {
        "address": {a for e in labels for a in e["user"]["addresses"]},
        "user name": {e["user"]["name"] for e in labels},
        "file stem": stems(e["file"] for e in labels),
        "company": {e["company"].casefold() for e in labels if e.get("company")},
    }


def report_collisions(eval_dir: Path, earlier: Sequence[str], year: int) -> None:
    """Print only the values of ``eval_dir``'s set that an earlier set also has, then how
    many earlier labelled starts fall in ``year`` (the earlier values stay in memory)."""
    ours = _keys(load_labels(eval_dir))
    our_ids = message_ids(eval_dir)
    in_year = 0
    for name in earlier:
        directory = eval_dir.parent / name
        if not (directory / "labels.yaml").exists():
            continue
        labels = load_labels(directory)
        theirs = _keys(labels)
        for what, values in ours.items():
            if values & theirs[what]:
                print(name, what, sorted(values & theirs[what]))
        if our_ids & message_ids(directory):
            print(name, "message-id", sorted(our_ids & message_ids(directory)))
        in_year += sum(1 for e in labels if str(e.get("start", "")).startswith(str(year)))
    print(f"earlier starts in {year}:", in_year)
