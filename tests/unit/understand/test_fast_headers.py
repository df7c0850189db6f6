"""The Message built without the feed parser is the stdlib's own, or the builder steps aside."""

from __future__ import annotations

import datetime as dt
import email
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import corpus
from daemon.understand import _mime
from daemon.understand._headers import header_section_message, single_part_message

TESTS = Path(__file__).resolve().parents[2]
# Sets readable in whole (the later sets' halves are not opened here).
_ROOTS = ("corpus", "eval/messages", "eval2/messages", "eval3/messages", "eval4/messages")


def _files() -> list[bytes]:
    paths = [p for root in _ROOTS for p in sorted((TESTS / root).rglob("*.eml"))]
    paths += sorted((TESTS / "unit" / "understand" / "fixtures").rglob("*.eml"))
    return [p.read_bytes() for p in paths]


def _state(msg: Message) -> tuple[object, ...]:
    """Everything a Message holds, its raw fields included (what the parser decides)."""
    payload = msg.get_payload()
    if isinstance(payload, list):
        payload = [_state(part) for part in payload]
    return (
        list(msg._headers),
        payload,
        msg.get_unixfrom(),
        [type(d) for d in msg.defects],
        msg.preamble,
        msg.epilogue,
        msg.get_default_type(),
        msg.get_charset(),
    )


def _check(raw: bytes) -> tuple[bool, bool]:
    """Both builders agree with the stdlib whenever they answer; which ones answered."""
    section = header_section_message(raw)
    if section is not None:
        assert _state(section) == _state(BytesHeaderParser(policy=compat32).parsebytes(raw))
    whole = single_part_message(raw)
    if whole is not None:
        assert _state(whole) == _state(email.message_from_bytes(raw, policy=compat32))
    return section is not None, whole is not None


def _header(raw: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        if sep in raw:
            return raw.split(sep, 1)[0] + sep
    return raw


def test_stored_mail_reads_the_same() -> None:
    """Every stored message (corpus, fixtures, the readable sets), whole and its header
    section alone, and most of them take the quick path."""
    files = _files()
    answered = [0, 0]
    for raw in files:
        _check(_header(raw))
        section, whole = _check(raw)
        answered[0] += section
        answered[1] += whole
    assert answered[0] > len(files) * 0.6
    assert answered[1] > len(files) * 0.2


def test_benchmark_mail_reads_the_same() -> None:
    """The benchmark's generated mailbox: every kind of mail it holds."""
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    answered = 0
    for item in corpus.messages(600, 7, now):
        _check(_header(item.raw))
        section, _whole = _check(item.raw)
        answered += section
    assert answered == 600


def test_parse_is_unchanged_by_the_quick_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_mime.parse`` gives equal results with the builders switched off."""
    files = _files()
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    files += [g.raw for g in corpus.messages(300, 11, now)]
    quick = [(_mime.parse(raw), _mime.parse(_header(raw))) for raw in files]
    monkeypatch.setattr(_mime, "header_section_message", lambda raw: None)
    monkeypatch.setattr(_mime, "single_part_message", lambda raw: None)
    slow = [(_mime.parse(raw), _mime.parse(_header(raw))) for raw in files]
    assert quick == slow


# Lines built from the pieces that matter to the parser's reading of a header section.
_PIECES = st.sampled_from(
    [
        "Subject",
        "From",
        "From ",
        "X-A",
        ":",
        ": ",
        " ",
        "\t",
        "value",
        "=?utf-8?q?x?=",
        "\xe9",
        "\x00",
        "\x0b",
        "\x1c",
        "\r",
        "\n",
        "\r\n",
        "[",
        "a b",
    ]
)


@st.composite
def _sections(draw: st.DrawFn) -> bytes:
    eol = draw(st.sampled_from(["\r\n", "\n"]))
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        shape = draw(st.sampled_from(["field", "field", "continuation", "pieces"]))
        rest = "".join(draw(st.lists(_PIECES, max_size=4)))
        if shape == "field":
            lines.append(
                f"{draw(st.sampled_from(['Subject', 'To', 'X-Y', 'Content-Type']))}:{rest}"
            )
        elif shape == "continuation":
            lines.append(draw(st.sampled_from([" ", "\t"])) + rest)
        else:
            lines.append(rest)
    body = draw(st.sampled_from(["", "Hello\n", "body\r\nmore\r\n", "\r\n", "X: y\r\n"]))
    text = eol.join(lines) + eol + eol + body
    return text.encode("utf-8", "surrogateescape")


@settings(max_examples=1500, deadline=None)
@given(_sections())
def test_generated_sections_read_the_same(raw: bytes) -> None:
    """Header sections with odd lines, line ends and bytes: the same Message, or None."""
    _check(raw)


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_read_the_same(raw: bytes) -> None:
    """Arbitrary bytes: the same Message, or None."""
    _check(raw)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["text/plain", "text/html", "multipart/mixed", "message/rfc822", "x"]),
    st.text(st.sampled_from(list("ab \r\n-=")), max_size=60),
)
def test_content_types_and_bodies(ctype: str, body: str) -> None:
    """Single-part bodies are the text after the empty line; multipart is left alone."""
    raw = f"From: a@x.example\r\nContent-Type: {ctype}; boundary=b\r\n\r\n{body}".encode()
    _section, whole = _check(raw)
    assert whole == (ctype.split("/", maxsplit=1)[0] not in ("multipart", "message"))


def test_an_empty_body_reads_as_the_full_reading_would() -> None:
    """``_read_empty_body`` equals ``_read_body`` on every header section alone (stored,
    benchmark and generated ones with calendar, report and attachment types)."""
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    sections = [_header(raw) for raw in _files()]
    sections += [_header(g.raw) for g in corpus.messages(300, 3, now)]
    for ctype in (
        "text/calendar; method=REQUEST",
        "multipart/report; report-type=delivery-status",
        "message/delivery-status",
        "text/html; charset=utf-16",
        "application/pdf; name=invite.ics",
        "text/plain; format=flowed",
    ):
        for cte in ("7bit", "base64", "quoted-printable", "x-uuencode"):
            sections.append(
                f"From: a@x.example\r\nContent-Type: {ctype}\r\n"
                f"Content-Transfer-Encoding: {cte}\r\n"
                'Content-Disposition: attachment; filename="a.ics"\r\n\r\n'.encode()
            )
    checked = 0
    for section in sections:
        msg = BytesHeaderParser(policy=compat32).parsebytes(section)
        if msg.get_payload() != "":
            continue
        full, empty = _mime.ParsedMessage(), _mime.ParsedMessage()
        _mime._read_body(msg, full)
        _mime._read_empty_body(msg, empty)
        assert empty == full, section[:200]
        checked += 1
    assert checked > len(sections) * 0.9
