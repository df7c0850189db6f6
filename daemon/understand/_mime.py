"""Robust RFC 5322 / MIME parsing into plain data, bounded in every dimension.

Uses the stdlib parser with the ``compat32`` policy: it never raises on malformed header
fields (the ``default`` policy's header registry can) and is several times faster on
hostile input; we decode RFC 2047 words ourselves. Walking is iterative with limits on
part count and nesting depth so endless nesting cannot exhaust the stack.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import itertools
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

import html2text

from ._headers import header_section_message, single_part_message
from .model import Person, ThreadIds

MAX_PARTS = 200
MAX_DEPTH = 20
MAX_HEADER_CHARS = 8_000
"""Per header value; a ~200 KB header is truncated, not processed."""
MAX_TEXT_CHARS = 60_000
"""Body text kept for classification."""
MAX_CALENDAR_BYTES = 512_000
MAX_RAW_BYTES = 12_000_000

_REPORT_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/disposition-notification",
        "message/feedback-report",
        "message/global-delivery-status",
        "message/global-disposition-notification",
        "text/rfc822-headers",
    }
)
_ID_RE = re.compile(r"<([^<>\s]{1,500})>")
_WS_RE = re.compile(r"[ \t\r\f\v]+")
_BLANKS_RE = re.compile(r"\n{3,}")
# A plain-text table aligns its columns with tabs or runs of spaces ("10:00    Jane Roe
# Coding"); collapsed to one space, a row would read as one phrase. A gap after a sentence's
# or a label's punctuation ("Thanks.  See you", "Date:    Tuesday") separates no columns.
_TIME_LED_RE = re.compile(r"\d{1,2}(?:[:.h]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*\d)?", re.I)
_COLUMN_GAP_RE = re.compile(r"(?<=[^\s.!?;:,|])(?:[ ]*\t[ \t]*| {2,})(?=[^\s|])")
# A "cell" that joins its neighbours into one phrase: a range's dash or word, a bare
# number (the day before its month: "17  March 2026"); a clock's unit or half-day ends the
# time before it ("14:00  Uhr", "10:00  AM").
_JOINER_CELL_RE = re.compile(r"[-–—~]|to|till|until|through|bis|à|au|al|a|hasta|\d{1,4}", re.I)
_UNIT_CELL_RE = re.compile(r"uhr|h|[ap]\.?m\.?", re.I)
_STUB_RE = re.compile(
    r"\bhtml\b|\bbrowser\b|\bweb ?page\b|\bview (?:it|this(?: e-?mail| message)?) online\b",
    re.IGNORECASE,
)
"""A short plain part that points at the HTML one ("enable HTML", "view in your browser")."""
_TAG_RE = re.compile(r"<[^>]{0,2000}>")


@dataclass(slots=True)
class ParsedMessage:
    """What the rest of the package needs from one message, decoded and bounded."""

    headers: dict[str, list[str]] = field(default_factory=dict)
    """Lower-case field name -> decoded values, in order."""
    subject: str = ""
    sender: Person | None = None
    reply_to: tuple[Person, ...] = ()
    recipients: tuple[Person, ...] = ()
    date: dt.datetime | None = None
    thread: ThreadIds = field(default_factory=ThreadIds)
    content_type: str = "text/plain"
    content_types: set[str] = field(default_factory=set)
    report_type: str | None = None
    """The ``report-type`` of a multipart/report (RFC 6522), lower-cased."""
    has_report_part: bool = False
    text: str = ""
    calendars: list[bytes] = field(default_factory=list)
    attachment_names: list[str] = field(default_factory=list)
    defects: int = 0

    def header(self, name: str) -> str:
        """First decoded value of a header field, or ''."""
        values = self.headers.get(name.lower())
        return values[0] if values else ""


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating bad charsets and broken encodings."""
    value = value[:MAX_HEADER_CHARS]
    if "=?" not in value:
        return _unfold(value)
    try:
        return _unfold(str(make_header(decode_header(value))))
    except (LookupError, ValueError, UnicodeError, AssertionError, TypeError):
        return _unfold(value)


def _unfold(value: str) -> str:
    """Collapse folding whitespace (RFC 5322 section 2.2.3) into single spaces."""
    return " ".join(value.split())


def _header_str(raw: object) -> str:
    """Header values may be str or email.header.Header (non-ASCII bytes).

    compat32 hands raw 8-bit header bytes back as a Header of ``unknown-8bit`` chunks, whose
    ``str()`` turns every such byte into U+FFFD. RFC 6532 allows UTF-8 there (and old
    clients send Latin-1), so the bytes are decoded as UTF-8, else as Windows-1252.
    """
    if isinstance(raw, str):
        return raw
    if isinstance(raw, Header):
        try:
            chunks = decode_header(raw)
        except (UnicodeError, LookupError, ValueError, TypeError):
            chunks = []
        if chunks and all(cs in (None, "unknown-8bit") for _, cs in chunks):
            return "".join(_eight_bit(part) for part, _ in chunks)
    try:
        return str(raw)
    except (UnicodeError, LookupError, ValueError):
        return ""


def _eight_bit(part: bytes | str) -> str:
    """Header bytes as text: UTF-8 (RFC 6532) when valid, else Windows-1252."""
    if isinstance(part, str):
        return part
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("cp1252", "replace")


def _person(name: str, addr: str) -> Person | None:
    """A Person from a parsed address pair, or None when both parts are empty."""
    name = decode_words(name).strip().strip('"').strip()
    addr = addr.strip().lower()
    if "@" not in addr or len(addr) > 320 or " " in addr:
        addr = ""
    if not name and not addr:
        return None
    return Person(name=name or None, email=addr or None)


# The plain forms nearly every address field takes: "Jane Roe <jane@x.example>", "<jane@..>"
# or a bare address, comma-separated, with no quotes, comments, groups or escapes. Read by
# one regex, they give the same pairs as the stdlib's address parser, which costs about
# 15 us per field (tested against it on the corpus and on generated fields).
_PLAIN_SPECIALS = re.compile(r'["()\\;:\[\]]|\.\.')
_PLAIN_ADDRESS = re.compile(
    r"[ \t\r\n]*(?:(?P<name>[^<>@,]*?)[ \t\r\n]*<(?P<angle>[^<>@\s,.][^<>@\s,]*@[^<>@\s,]+)>"
    r"|(?P<bare>[^<>@\s,.][^<>@\s,]*@[^<>@\s,]+))[ \t\r\n]*"
)
_FWS = re.compile(r"[ \t\r\n]+")


def _plain_pairs(value: str) -> list[tuple[str, str]] | None:
    """``value``'s (name, address) pairs when it holds only plain forms, else None."""
    if _PLAIN_SPECIALS.search(value):
        return None
    pairs: list[tuple[str, str]] = []
    for item in value.split(","):
        m = _PLAIN_ADDRESS.fullmatch(item)
        if m is None:
            return None
        address = m["angle"] or m["bare"]
        if address.endswith(".") or ".@" in address:
            return None
        name = m["name"] or ""
        pairs.append((" ".join(w for w in _FWS.split(name) if w), address))
    return pairs


def parse_addresses(values: list[str]) -> tuple[Person, ...]:
    """Parse address-list header values into people (bad entries dropped)."""
    out: list[Person] = []
    joined = ", ".join(v[:MAX_HEADER_CHARS] for v in values)
    try:
        pairs = _plain_pairs(joined) if joined.strip() else None
        if pairs is None:
            # The stdlib joins the values with ", " itself: the same input.
            pairs = email.utils.getaddresses([joined])
    except (ValueError, IndexError, TypeError):
        return ()
    for name, addr in pairs[:100]:
        p = _person(name, addr)
        if p is not None:
            out.append(p)
    return tuple(out)


def _ids(value: str) -> tuple[str, ...]:
    """Message ids from a header value, without angle brackets."""
    found = _ID_RE.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip().strip("<>")]
    return tuple(found[:50])


def _date(value: str) -> dt.datetime | None:
    """Aware Date header value, or None; a date without a zone is read as UTC (RFC 5322 -0000)."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def _payload_bytes(part: Message) -> bytes:
    """Decoded transfer encoding, tolerating every broken Content-Transfer-Encoding."""
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError, IndexError, LookupError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _charset(part: Message) -> str:
    """The part's declared charset, or utf-8."""
    try:
        cs = part.get_content_charset()
    except (ValueError, TypeError, LookupError):
        cs = None
    return cs or "utf-8"


def _decode_text(data: bytes, charset: str) -> str:
    """Bytes to str with the declared charset, then utf-8, then latin-1 (never fails)."""
    for cs in (charset, "utf-8"):
        try:
            return data.decode(cs)
        except (LookupError, UnicodeError):
            continue
    return data.decode("latin-1")


# "[label](url)" as html2text writes links.
_MD_LINK_RE = re.compile(r"\[([^\]\n]{0,300})\]\((\S{1,2000}?)\)")
_CELL_END_RE = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_CELL = "\u2063"
"""Marks a table cell's end through html2text (an invisible separator nobody writes)."""


_LINE = "\u2064"
"""Marks a line block's edge through html2text (another invisible character nobody writes)."""
_DIV_RE = re.compile(r"</?div\b[^>]{0,2000}>", re.IGNORECASE)
# A paragraph without margins is a line: Outlook writes every line as <p class=MsoNormal>
# (its stylesheet sets margin:0), as do templates with an inline "margin:0".
_LINE_P_RE = re.compile(
    r"<p\b(?=[^>]{0,2000}(?:class=[\"']?Mso|margin:\s*0(?:[a-z]{0,2})?\s*[;\"']))[^>]{0,2000}>"
    r"(.{0,20000}?)</p\s*>",
    re.IGNORECASE | re.DOTALL,
)
_LINES_RUN_RE = re.compile(_LINE + r"(?:[ \t]*" + _LINE + ")*")


def _table_line(line: str) -> str:
    """One table row as text: "Label: value" for a two-cell label row, else "a | b | c"."""
    # A cell may hold several line blocks (a guest per <div>): they stay lines of the cell.
    cells = [_LINES_RUN_RE.sub("\n", c.strip(_LINE + " \t")).strip() for c in line.split(_CELL)]
    cells = [c for c in cells if c]
    if len(cells) == 2 and len(cells[0]) <= 40 and not any(ch.isdigit() for ch in cells[0]):
        # A list under its label ("Guests", one per line) keeps the label on a line of its own.
        gap = "\n" if "\n" in cells[1] else " "
        return f"{cells[0].rstrip(':')}:{gap}{cells[1]}"
    return " | ".join(cells)


def html_to_text(markup: str) -> str:
    """Convert HTML to readable text (links kept inline), falling back to tag stripping.

    Tables are flattened, but their cells stay apart: ATS mail lays out "Date | Tuesday"
    and "Interviewers | Jane Roe" as table rows, and glued cells ("DateTuesday") hide both.
    A <div> or a margin-less <p> is one line, as a browser shows it (html2text would make
    each a paragraph): Gmail writes one <div> per line and Outlook one <p class=MsoNormal>,
    and a blank line between every "Date:" and "Time:" row would part them.
    """
    markup = markup[: MAX_TEXT_CHARS * 4]
    markup = _LINE_P_RE.sub(lambda m: _LINE + m.group(1) + _LINE, markup)
    markup = _DIV_RE.sub(_LINE, markup)
    markup = _CELL_END_RE.sub(lambda m: _CELL + m.group(0), markup)
    conv = html2text.HTML2Text()
    conv.body_width = 0
    conv.ignore_images = True
    conv.ignore_emphasis = True
    conv.ignore_tables = True
    conv.protect_links = False
    conv.inline_links = True
    conv.unicode_snob = True
    try:
        text: str = conv.handle(markup)
    except Exception:  # noqa: BLE001 - html2text raises arbitrary errors on bad markup
        text = html.unescape(_TAG_RE.sub(" ", markup))
    if _CELL in text:
        text = "\n".join(_table_line(line) if _CELL in line else line for line in text.split("\n"))
    if _LINE in text:
        # Adjacent block edges make one line break; an empty block between two ("<div><br>
        # </div>", "<p class=MsoNormal>&nbsp;</p>") still leaves its blank line.
        text = _LINES_RUN_RE.sub("\n", text)
    # html2text escapes a hyphen that could open a Markdown list ("Jane Roe \\- organizer").
    text = text.replace("\\-", "-")
    # Markdown link syntax "[label](url)" -> "label <url>" keeps URLs findable.
    return _MD_LINK_RE.sub(r"\1 <\2>", text)


_CONTRACTION_RE = re.compile(r"(?:(?<=\b[Ii])|(?<=[a-z]))\u2019(?=(?:ll|d|s|re|ve|m|t)\b)")


def _columns(line: str) -> str:
    """A plain-text table row with its column gaps as " | ", as an HTML table's row reads.

    A row has three columns or more, or opens with a time ("10:00    Jane Roe"): a single
    gap elsewhere is as often a writer's double space. A gap before a lower-case word
    ("Jane Roe  and  Raj Patel", "10:00 AM    with Jane Roe") is a sentence typed with loose
    spaces, and a range's dash or word, a clock's unit or a bare day joins the words beside
    it ("10:00 AM   -   10:45 AM", "14:00  Uhr", "17  March 2026"): no column ends there.
    """
    cells: list[str] = []
    joins = False
    for cell in _COLUMN_GAP_RE.split(line):
        joiner = _JOINER_CELL_RE.fullmatch(cell) is not None
        if cells and (joins or joiner or _UNIT_CELL_RE.fullmatch(cell) or cell[:1].islower()):
            # "10:00 AM   -   10:45 AM", "14:00  Uhr", "17  March 2026": one phrase's words;
            # "10:00 AM    with Jane Roe": a lower-case word goes on the phrase before it.
            cells[-1] = f"{cells[-1]} {cell}"
        else:
            cells.append(cell)
        joins = joiner
    if len(cells) >= 2 and _TIME_LED_RE.match(line):
        return " | ".join(cells)
    if len(cells) >= 3 and not any(c.islower() for c in cells):
        return " | ".join(cells)
    return line


def _clean(text: str) -> str:
    """Normalise line endings and whitespace; bound the size."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    # Word processors and Outlook (cp1252 0x92) type the apostrophe of a contraction as
    # U+2019: "You’ll be speaking with ...", "we’d be delighted". The lexicon's phrases
    # write the plain one; a one-for-one swap keeps every position. Names keep theirs
    # ("Siobhán O’Keeffe", "Keoni Alapa’i"): only an English contraction's is swapped.
    text = _CONTRACTION_RE.sub("'", text)
    text = "\n".join(_clean_line(line) for line in text.split("\n"))
    return _BLANKS_RE.sub("\n\n", text).strip()[:MAX_TEXT_CHARS]


def _clean_line(line: str) -> str:
    """One line stripped, its column gaps marked and its blank runs made single spaces."""
    line = line.strip()
    if "  " not in line and "\t" not in line and "\f" not in line and "\v" not in line:
        # Most lines: no column gap (a tab or two spaces) and no run of blanks to collapse,
        # so neither regex would change them.
        return line
    return _WS_RE.sub(" ", _columns(line))


def _param(part: Message, name: str) -> str:
    """A Content-Type parameter's value, lower-cased ('' when absent or unreadable)."""
    try:
        ctype = part.get("content-type")
        if ctype is None or name.lower() not in str(ctype).lower():
            # No parameter can be so named (get_param would parse them all to say so).
            return ""
        value = part.get_param(name)
    except (ValueError, TypeError, IndexError, LookupError):
        return ""
    return value.strip().lower() if isinstance(value, str) else ""


_QUOTE_PREFIX_RE = re.compile(r"^(?:> ?)*")
_LABEL_ROW_RE = re.compile(r"^[^\W\d][\w .'/()-]{0,30}:(?:\s|$)")
# A list item's mark opens a line of its own ("- Jane Roe", "• 10:00", "2) Tuesday").
_LIST_ITEM_RE = re.compile(r"^(?:[-*•·–—]|\d{1,2}[.)])\s")
# A table row: a cell's bar at an end ("| 10:00 | Jane Roe |"), or columns aligned by a
# tab or a run of spaces (not a sentence's double space after its full stop). Rows of one
# table are as long as a wrapped paragraph's lines.
_TABLE_ROW_RE = re.compile(r"^\s*\||\|\s*$|[^\s.!?;:,|](?:\t| {2,})[^\s|]")
# "Session 1 (10:00) ...", "Round 2 - ...": numbered rows opening with the same word.
_NUMBERED_ROW_RE = re.compile(r"^([^\W\d_]{3,20}) \d{1,2}\b")
# A short line ending in a comma closes a letter ("Cheers,", "Best regards,", "Saludos,").
_CLOSING_LINE_RE = re.compile(r"^\S+(?: \S+){0,2},$")
_WRAP_MIN, _WRAP_MAX = 60, 90
"""Mail clients hard-wrap plain text at 72-78 columns (RFC 5322 2.1.1 recommends 78); some
writers and tools wrap wider, up to 88."""
_WRAP_USUAL = 80
"""Wider than this, one long line may be a line the writer typed (see ``_unwrap_hard``)."""
# The first letter of a line that goes on a sentence: lower case or a number.
_LOWER_OR_DIGIT = re.compile(r"[a-z\u00DF-\u00FF0-9]").match


def _unflow(lines: list[str], delsp: bool) -> list[str]:
    """RFC 3676 section 4: join soft line breaks (a line ending in a space) of flowed text.

    Quote marks open each line of a flowed quote (4.5); space-stuffing is undone (4.4);
    the signature separator "-- " is no soft break (4.3); with DelSp=yes the space before
    the break goes too (4.2).
    """
    out: list[str] = []
    joining = False
    for raw in lines:
        prefix = _QUOTE_PREFIX_RE.match(raw)
        depth = raw[: prefix.end() if prefix else 0].count(">")
        content = raw[prefix.end() if prefix else 0 :]
        content = content.removeprefix(" ") if depth == 0 else content
        if joining and out:
            out[-1] += content
        else:
            out.append("> " * depth + content if depth else content)
        joining = content.endswith(" ") and content != "-- "
        if joining and delsp:
            out[-1] = out[-1][:-1]
    return out


def _same_numbered_rows(prev: str, line: str) -> bool:
    """Whether two lines open with the same word and a number ("Session 1", "Session 2")."""
    a, b = _NUMBERED_ROW_RE.match(prev), _NUMBERED_ROW_RE.match(line)
    return bool(a and b and a.group(1).casefold() == b.group(1).casefold())


def _unwrap_hard(lines: list[str]) -> list[str]:
    """Rejoin lines a client hard-wrapped at a fixed width (72, 76, 78 columns).

    A wrapper breaks a line only where the next word would not have fitted; a line that
    ends short of the width, or a next word that would have fitted, is a break the writer
    made. The width is the longest line with a space in it, taken only when it lies in the
    usual range and at least two lines reach near it with text following. Rows of a list
    (a label, a list mark, or a time or number opening both lines) are never joined.
    """
    lengths = [len(x.rstrip()) for x in lines if " " in x.strip()]
    width = max(lengths, default=0)
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return lines
    near = sum(
        1 for a, b in itertools.pairwise(lines) if len(a.rstrip()) >= width - 12 and b.strip()
    )
    if near == 0:
        return lines
    # One line wider than usual may be the writer's own: it runs on only mid-sentence, from
    # a lower-case word into a lower-case word or a number ("... alle" / "11:30 è annullato").
    cautious = width > _WRAP_USUAL and near < 2
    # One long line is weaker evidence of a wrapper than several: then a line that ends a
    # sentence, or a short closing line ("Cheers,"), stays the writer's own break.
    sure = near >= 2
    out: list[str] = []
    # The line above as the client wrote it: a joined line is as long as its last piece.
    last = ""
    for line in lines:
        prev = out[-1] if out else ""
        pm = _QUOTE_PREFIX_RE.match(prev)
        lm = _QUOTE_PREFIX_RE.match(line)
        p_pre = prev[: pm.end() if pm else 0]
        l_pre = line[: lm.end() if lm else 0]
        body = line[len(l_pre) :].strip()
        prev_len = len(last.rstrip())
        last = line
        if (
            out
            and body
            and prev.strip()
            and p_pre.strip() == l_pre.strip()
            and prev[len(p_pre) :].strip() != "--"
            and prev_len >= width - 15
            and prev_len + 1 + len(body.split()[0]) > width
            and not _LABEL_ROW_RE.match(body)
            and not _LIST_ITEM_RE.match(body)
            and not (body[:1].isdigit() and prev[len(p_pre) :].lstrip()[:1].isdigit())
            and not (_TABLE_ROW_RE.search(body) and _TABLE_ROW_RE.search(prev))
            and not _same_numbered_rows(prev[len(p_pre) :].lstrip(), body)
            and (sure or not (prev.rstrip()[-1:] in ".!?" or _CLOSING_LINE_RE.match(body)))
            and not (cautious and not (prev.rstrip()[-1:].islower() and _LOWER_OR_DIGIT(body)))
        ):
            out[-1] = prev.rstrip() + " " + body
        else:
            out.append(line)
    return out


def _unwrapped(text: str, flowed: bool, delsp: str) -> str:
    """A plain part's text with its wrapping undone (format=flowed, or a hard wrap)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if flowed:
        return "\n".join(_unflow(lines, delsp == "yes"))
    return "\n".join(_unwrap_hard(lines))


def _content_type(part: Message) -> str:
    """Lower-case maintype/subtype; a missing or broken type reads as text/plain (RFC 2045 5.2)."""
    try:
        ctype = part.get_content_type()
    except (ValueError, TypeError, IndexError):
        return "text/plain"
    return ctype if "/" in ctype else "text/plain"


def _filename(part: Message) -> str:
    """Attachment filename, decoded, or ''."""
    try:
        if "content-disposition" not in part:
            # get_filename would read the Content-Type parameters for a "name" (parsing
            # them costs more than the rest of a header section's reading): without that
            # word anywhere in the field, it finds none.
            ctype = part.get("content-type")
            if ctype is None or "name" not in str(ctype).lower():
                return ""
        name = part.get_filename() or ""
    except (ValueError, TypeError, LookupError, IndexError):
        return ""
    return decode_words(_header_str(name))


def _walk(root: Message) -> list[tuple[Message, int]]:
    """Iterative, bounded depth-first walk: (part, depth) in document order."""
    out: list[tuple[Message, int]] = []
    stack: list[tuple[Message, int]] = [(root, 0)]
    while stack and len(out) < MAX_PARTS:
        part, depth = stack.pop()
        out.append((part, depth))
        if depth >= MAX_DEPTH:
            continue
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            children = [c for c in payload[:MAX_PARTS] if isinstance(c, Message)]
            stack.extend((c, depth + 1) for c in reversed(children))
    return out


def parse(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes. Never raises for any input (returns what it could read)."""
    out = ParsedMessage()
    raw = raw[:MAX_RAW_BYTES]
    # A byte-order mark or blank lines before the header hide every field from the parser.
    raw = raw.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    # Bare-CR line endings (old Mac) hide every header from the parser; normalise them.
    if b"\r" in raw[:4000] and b"\n" not in raw[:4000]:
        raw = raw.replace(b"\r", b"\n")
    try:
        # Well-formed mail skips the stdlib's feed parser: the same Message, built directly
        # (see ._headers); anything else, and every multipart tree, goes through it.
        msg = None
        empty = False
        if _header_section_only(raw):
            # A header section alone (the watcher screens mail by its headers): reading a
            # multipart type's empty body would only compile its boundary pattern. The
            # parser ends the header at the first line that is not a field, which may come
            # before the blank line: then there is a body after all, read in full.
            msg = header_section_message(raw)
            if msg is None:
                msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
            rest = msg.get_payload()
            if not isinstance(rest, str) or rest.strip():
                msg = None
            empty = msg is not None and rest == ""
        if msg is None:
            msg = single_part_message(raw)
        if msg is None:
            msg = message_from_bytes(raw, policy=compat32)
    except Exception:  # noqa: BLE001 - the stdlib parser is documented not to raise, but be safe
        out.text = _clean(raw[:MAX_TEXT_CHARS].decode("utf-8", "replace"))
        return out
    _read_headers(msg, out)
    if empty:
        _read_empty_body(msg, out)
    else:
        _read_body(msg, out)
    return out


# An empty line ends the header section; CRLF, CR and LF all end lines (as in the parser).
_END_OF_HEADER = re.compile(rb"(?>\r\n|\r|\n)(?>\r\n|\r|\n)")


def _header_section_only(raw: bytes) -> bool:
    """Whether ``raw`` ends with its header section (nothing but blank lines after it)."""
    end = _END_OF_HEADER.search(raw)
    return end is not None and not raw[end.end() :].strip()


def _read_headers(msg: Message, out: ParsedMessage) -> None:
    """Fill header-derived fields."""
    every = msg.items()
    fields = every[:500]
    for name, value in fields:
        key = name.strip().lower()[:100]
        out.headers.setdefault(key, []).append(decode_words(_header_str(value)))
    raw_values = {k.lower(): _header_str(v) for k, v in reversed(fields)}
    out.subject = out.header("subject")
    froms = parse_addresses([raw_values.get("from", "")]) if "from" in raw_values else ()
    if not froms and "sender" in raw_values:
        froms = parse_addresses([raw_values["sender"]])
    out.sender = froms[0] if froms else None
    # What msg.get_all gives for these three, in one pass over the fields instead of three.
    lists: dict[str, list[str]] = {"reply-to": [], "to": [], "cc": []}
    for name, value in every:
        found = lists.get(name.lower())
        if found is not None:
            found.append(_header_str(value))
    out.reply_to = parse_addresses(lists["reply-to"])
    recips = [*lists["to"], *lists["cc"]]
    out.recipients = parse_addresses(recips)
    out.date = _date(out.header("date"))
    out.thread = ThreadIds(
        message_id=next(iter(_ids(out.header("message-id"))), None),
        in_reply_to=_ids(out.header("in-reply-to")),
        references=_ids(" ".join(out.headers.get("references", []))),
    )
    out.content_type = _content_type(msg)
    out.defects = len(getattr(msg, "defects", []) or [])


def _read_empty_body(msg: Message, out: ParsedMessage) -> None:
    """:func:`_read_body` for a message whose body is empty (a header section alone).

    Its one part holds no text: only its type, report and attachment signs are read, and
    a calendar part's (empty) payload, as the full reading would.
    """
    _note_leaf(msg, _note_type(msg, out, out.content_type), out)


def _note_type(part: Message, out: ParsedMessage, ctype: str | None = None) -> str:
    """Record ``part``'s content type (``ctype`` when already read) and report signs;
    return the type."""
    ctype = ctype if ctype is not None else _content_type(part)
    out.content_types.add(ctype)
    if ctype == "multipart/report":
        param = part.get_param("report-type")
        out.report_type = param.lower() if isinstance(param, str) else ""
    if ctype in _REPORT_TYPES:
        out.has_report_part = True
    return ctype


def _note_leaf(part: Message, ctype: str, out: ParsedMessage) -> bool:
    """Record a leaf part's attachment name and calendar data; whether it is a calendar."""
    name = _filename(part)
    if name:
        out.attachment_names.append(name[:200])
    is_ics = ctype in ("text/calendar", "application/ics") or name.lower().endswith(
        (".ics", ".vcs")
    )
    if is_ics and len(out.calendars) < 5:
        out.calendars.append(_payload_bytes(part)[:MAX_CALENDAR_BYTES])
    return is_ics


def _read_body(msg: Message, out: ParsedMessage) -> None:
    """Pick the main text, collect calendars and report parts."""
    plain: list[str] = []
    htmls: list[str] = []
    budget = MAX_TEXT_CHARS * 2
    for part, _depth in _walk(msg):
        ctype = _note_type(part, out, out.content_type if part is msg else None)
        if part.is_multipart():
            continue
        if _note_leaf(part, ctype, out):
            continue
        if ctype == "message/rfc822" or ctype in _REPORT_TYPES:
            continue
        try:
            disposition = (part.get("content-disposition") or "").lower()
        except (TypeError, AttributeError):
            disposition = ""
        if "attachment" in disposition and not ctype.startswith("text/"):
            continue
        if ctype == "text/plain" and budget > 0 and "attachment" not in disposition:
            text = _decode_text(_payload_bytes(part)[: budget * 4], _charset(part))
            text = _unwrapped(text, _param(part, "format") == "flowed", _param(part, "delsp"))
            plain.append(text)
            budget -= len(text)
        elif ctype == "text/html" and budget > 0 and "attachment" not in disposition:
            text = _decode_text(_payload_bytes(part)[: budget * 8], _charset(part))
            htmls.append(text)
            budget -= len(text) // 4
    body = "\n\n".join(t for t in plain if t.strip())
    # Prefer the plain part; use HTML when plain is missing or a stub ("This message is best
    # viewed in an HTML mail client", "View this email online").
    if htmls and (len(body.strip()) < 40 or (len(body) < 600 and _STUB_RE.search(body))):
        body = "\n\n".join(html_to_text(h) for h in htmls)
    out.text = _clean(body)
