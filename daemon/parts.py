"""Reading a large message part by part: which sections to fetch, and the message they make.

A message of several megabytes is almost always a short text with big attachments (a CV,
photos, a signed offer letter). Fetching it whole costs bandwidth and, worse, parsing time
spent on base64 nobody reads; fetching only its first megabytes may cut off a calendar part
that comes after the attachment. The server has already parsed the MIME tree
(BODYSTRUCTURE, RFC 3501 §7.4.2), so the watcher fetches every part's MIME header, the
bodies of the parts the classifier reads (text, calendars, embedded messages and reports),
and rebuilds the message with the other bodies left empty. The classifier sees the same
tree, the same part headers (attachment names included) and the same text.

Pure functions over imapclient's parsed BODYSTRUCTURE; the FETCH lives in
:mod:`daemon.mailbox`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PART_LIMIT = 1024 * 1024
"""At most this many bytes of one part's body are fetched (text beyond is never read)."""

_MAX_NODES = 200
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})


@dataclass(frozen=True, slots=True)
class Node:
    """One part of the MIME tree: its IMAP section number and what to fetch of it."""

    section: str
    """IMAP section ("1", "2.1"); "" for the message itself."""
    boundary: bytes | None = None
    """The boundary of a multipart (None for a leaf)."""
    children: tuple[Node, ...] = ()
    read: bool = False
    """Whether the classifier reads this leaf's body (so it is fetched)."""


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return value if isinstance(value, str) else ""


def _params(value: object) -> dict[str, str]:
    """A BODYSTRUCTURE parameter list ("name", "value", ...) as a lower-case-keyed dict."""
    if not isinstance(value, tuple | list):
        return {}
    items = [_text(v) for v in value]
    return {items[i].lower(): items[i + 1] for i in range(0, len(items) - 1, 2)}


def _filename(leaf: Sequence[Any]) -> str:
    """The attachment name of a leaf part, from its disposition or its type's parameters."""
    names = [_params(leaf[2]).get("name", "")]
    # The disposition sits after the basic fields: text/* and message/* carry more of them.
    for item in leaf[7:]:
        if isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], bytes):
            names.append(_params(item[1]).get("filename", ""))
    return next((n for n in names if n), "")


def _is_read(leaf: Sequence[Any]) -> bool:
    """Whether the classifier reads this leaf: text, calendars, messages and reports."""
    ctype = f"{_text(leaf[0])}/{_text(leaf[1])}".lower()
    if ctype.startswith(("text/", "message/")) or ctype in _CALENDAR_TYPES:
        return True
    return _filename(leaf).lower().endswith((".ics", ".vcs"))


def plan(structure: object) -> Node | None:
    """The part tree of a multipart message, or None when part-wise reading cannot be used.

    None for a single-part message (nothing to leave out), a structure the server gave
    without a boundary (no extension data), or one too large or odd to trust.
    """
    count = [0]

    def node(item: object, section: str) -> Node | None:
        count[0] += 1
        if count[0] > _MAX_NODES or not isinstance(item, tuple | list) or not item:
            return None
        if isinstance(item[0], list):  # multipart: ([children], subtype, params, ...)
            boundary = _params(item[2]).get("boundary") if len(item) > 2 else None
            if not boundary:
                return None
            kids: list[Node] = []
            for i, child in enumerate(item[0], start=1):
                made = node(child, f"{section}.{i}" if section else str(i))
                if made is None:
                    return None
                kids.append(made)
            return Node(section, boundary.encode("ascii", "replace"), tuple(kids))
        if len(item) < 7 or not section:
            return None
        return Node(section, read=_is_read(item))

    root = node(structure, "")
    return root if root is not None and root.children else None


def fetch_items(root: Node) -> list[str]:
    """The FETCH items for a plan: every part's MIME header, the read parts' bodies."""
    items: list[str] = []
    stack = list(reversed(root.children))
    while stack:
        part = stack.pop()
        items.append(f"BODY.PEEK[{part.section}.MIME]")
        if part.boundary is None and part.read:
            items.append(f"BODY.PEEK[{part.section}]<0.{PART_LIMIT}>")
        stack.extend(reversed(part.children))
    return items


def section_key(item: str) -> str:
    """The key of a FETCH item's answer ("BODY.PEEK[1.2]<0.9>" is answered as "BODY[1.2]")."""
    return item.replace("BODY.PEEK[", "BODY[").split("<", 1)[0]


def assemble(header: bytes, root: Node, sections: Mapping[str, bytes]) -> bytes:
    """The message rebuilt from its header section and fetched sections (keys as
    :func:`section_key` gives them); parts the classifier does not read have empty bodies."""
    return header + _body(root, sections)


def _body(node: Node, sections: Mapping[str, bytes]) -> bytes:
    if node.boundary is None:
        return sections.get(f"BODY[{node.section}]", b"") if node.read else b""
    out = [b"\r\n"]
    for child in node.children:
        out.append(b"--" + node.boundary + b"\r\n")
        mime = sections.get(f"BODY[{child.section}.MIME]", b"")
        out.append(mime if mime.endswith(b"\r\n\r\n") else mime.rstrip(b"\r\n") + b"\r\n\r\n")
        out.append(_body(child, sections))
        out.append(b"\r\n")
    out.append(b"--" + node.boundary + b"--\r\n")
    return b"".join(out)
