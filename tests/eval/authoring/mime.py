"""Small byte-exact MIME writer used to author the evaluation messages.

The stdlib ``email`` generator normalises too much (it re-folds headers, picks its own
transfer encodings and boundaries), and the point of the set is to look like what real
servers deliver. So parts are written by hand here: every header line, boundary and
transfer encoding is chosen by the message author (RFC 2045/2046/2047/5322).
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field

# RFC 2047 "Q" encoding may leave these unescaped in a phrase.
_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def enc_word(text: str, charset: str = "UTF-8", method: str = "Q") -> str:
    """Encode ``text`` as one RFC 2047 encoded-word (Q or B)."""
    data = text.encode(charset)
    if method.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    out = []
    for byte in data:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def hdr_text(text: str, charset: str = "UTF-8", method: str = "Q") -> str:
    """Return ``text`` as-is when ASCII, else as an RFC 2047 encoded-word."""
    if text.isascii():
        return text
    return enc_word(text, charset, method)


def addr(name: str | None, email: str, charset: str = "UTF-8", method: str = "Q") -> str:
    """Format a mailbox (RFC 5322 name-addr), encoding or quoting the display name."""
    if not name:
        return email
    if not name.isascii():
        return f"{enc_word(name, charset, method)} <{email}>"
    if any(c in name for c in ",.;:@()<>[]\"'"):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{email}>'
    return f"{name} <{email}>"


@dataclass
class Part:
    """One MIME entity: header lines plus either an encoded body or sub-parts."""

    headers: list[tuple[str, str]]
    body: bytes = b""
    parts: list[Part] = field(default_factory=list)
    boundary: str | None = None
    preamble: str | None = None


def _encode(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        # Encode line by line so hard line breaks stay hard (RFC 2045 6.7).
        return quopri.encodestring(data.replace(b"\r\n", b"\n"))
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(
    ctype: str,
    content: str | bytes,
    *,
    charset: str | None = "UTF-8",
    cte: str = "quoted-printable",
    params: str = "",
    extra: list[tuple[str, str]] | None = None,
) -> Part:
    """A single-part entity with ``content`` encoded in ``charset`` and ``cte``."""
    data = content.encode(charset or "ascii") if isinstance(content, str) else content
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"' if charset.lower() != "us-ascii" else "; charset=us-ascii"
    if params:
        ct += f"; {params}"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    headers.extend(extra or [])
    return Part(headers, _encode(data, cte))


def text(content: str, *, charset: str = "UTF-8", cte: str = "quoted-printable") -> Part:
    """A text/plain part."""
    return leaf("text/plain", content, charset=charset, cte=cte)


def html(content: str, *, charset: str = "UTF-8", cte: str = "quoted-printable") -> Part:
    """A text/html part."""
    return leaf("text/html", content, charset=charset, cte=cte)


def ics_text(ics: str) -> bytes:
    """Turn a readable iCalendar text into wire form: CRLF lines folded at 75 octets.

    RFC 5545 3.1: content lines are delimited by CRLF and folded by inserting CRLF followed by
    a single space, at most 75 octets per line.
    """
    out: list[bytes] = []
    for line in ics.strip("\n").split("\n"):
        raw = line.encode("utf-8")
        first = True
        while raw:
            limit = 75 if first else 74
            cut = min(limit, len(raw))
            # Never split a UTF-8 sequence.
            while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            chunk, raw = raw[:cut], raw[cut:]
            out.append(chunk if first else b" " + chunk)
            first = False
    return b"\r\n".join(out) + b"\r\n"


def cal(
    ics: str,
    *,
    method: str | None = "REQUEST",
    cte: str = "7bit",
    filename: str | None = None,
    ctype: str = "text/calendar",
    charset: str | None = "UTF-8",
) -> Part:
    """A calendar part: inline text/calendar, or an attachment when ``filename`` is given."""
    params = f"method={method}" if method else ""
    extra: list[tuple[str, str]] = []
    if filename:
        params = (params + "; " if params else "") + f'name="{filename}"'
        extra.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    data = ics_text(ics)
    if cte in {"8bit", "7bit"}:
        return Part(
            [
                ("Content-Type", _ct(ctype, charset, params)),
                ("Content-Transfer-Encoding", cte),
                *extra,
            ],
            data,
        )
    return leaf(ctype, data, charset=charset, cte=cte, params=params, extra=extra)


def _ct(ctype: str, charset: str | None, params: str) -> str:
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    if params:
        ct += f"; {params}"
    return ct


def attachment(data: bytes, ctype: str, filename: str) -> Part:
    """A base64 attachment."""
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multi(
    subtype: str, boundary: str, *parts: Part, params: str = "", preamble: str | None = None
) -> Part:
    """A multipart entity with an author-chosen boundary (RFC 2046 5.1)."""
    ct = f'multipart/{subtype}; boundary="{boundary}"'
    if params:
        ct += f"; {params}"
    return Part([("Content-Type", ct)], parts=list(parts), boundary=boundary, preamble=preamble)


def _serialise(part: Part) -> bytes:
    lines = [f"{k}: {v}".encode() for k, v in part.headers]
    head = b"\n".join(lines) + b"\n\n"
    if not part.boundary:
        return head + part.body
    chunks = [head]
    if part.preamble:
        chunks.append(part.preamble.encode() + b"\n")
    for sub in part.parts:
        body = _serialise(sub)
        if not body.endswith(b"\n"):
            body += b"\n"
        chunks.append(f"--{part.boundary}\n".encode() + body)
    chunks.append(f"--{part.boundary}--\n".encode())
    return b"".join(chunks)


def message(headers: list[tuple[str, str]], body: Part, *, crlf: bool = True) -> bytes:
    """Serialise a whole message: top-level headers, then the body entity's own headers."""
    top = Part(
        [*headers, ("MIME-Version", "1.0"), *body.headers],
        body.body,
        body.parts,
        body.boundary,
        body.preamble,
    )
    raw = _serialise(top)
    # ICS bodies carry CRLF already; normalise everything to one line ending.
    raw = raw.replace(b"\r\n", b"\n")
    return raw.replace(b"\n", b"\r\n") if crlf else raw
