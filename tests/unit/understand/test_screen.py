"""Settling mail from its header section agrees with reading the whole message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand import (
    Context,
    Kind,
    bulk_by_headers,
    may_settle_by_headers,
    single_text_part,
    understand,
)
from daemon.understand._lexicon import default_lexicon
from daemon.understand._screen import (
    _names_system_domain,
    _names_system_domain_slowly,
    system_domains,
)

TESTS = Path(__file__).resolve().parents[2]
ME = "jordan.lee@example.net"


def _header(raw: bytes) -> bytes:
    """The header section as IMAP's BODY.PEEK[HEADER] returns it (with its blank line)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        if sep in raw:
            return raw.split(sep, 1)[0] + sep
    return raw


def _messages() -> list[Path]:
    roots = [TESTS / "corpus", TESTS / "eval" / "messages", TESTS / "eval2" / "messages"]
    return [p for r in roots for p in sorted(r.rglob("*.eml"))]


NEWSLETTER = (
    b"From: Weekly Digest <news@digest.example>\r\n"
    b"To: jordan.lee@example.net\r\n"
    b"Subject: Ten interview tips\r\n"
    b"List-Id: <weekly.digest.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
)


def test_every_settled_message_is_bulk_when_read_whole() -> None:
    """No message the headers settle as bulk is anything else when read whole."""
    lex = default_lexicon()
    ctx = Context(user_addresses=frozenset({ME}))
    settled = 0
    for path in _messages():
        raw = path.read_bytes()
        header = _header(raw)
        if not may_settle_by_headers(header, lex, frozenset({ME})):
            continue
        if understand(header, ctx).kind is not Kind.BULK:
            continue
        settled += 1
        full = understand(raw, ctx)
        # A report hidden in a MIME tree is the one thing the caller must still look for.
        if full.kind is not Kind.BULK:
            assert not single_text_part(header), path.name
    assert settled > 5


def test_list_mail_settles() -> None:
    """A mailing-list newsletter's headers are enough to call it bulk."""
    assert may_settle_by_headers(NEWSLETTER, default_lexicon())
    assert single_text_part(NEWSLETTER)


@pytest.mark.parametrize(
    "change",
    [
        (b"news@digest.example", b"no-reply@us.greenhouse-mail.io"),
        (b"news@digest.example", b"jordan.lee@example.net"),
        (b"List-Id: <weekly.digest.example>\r\n", b""),
        (b"Content-Type: text/plain", b"Content-Type: multipart/mixed"),
    ],
    ids=["hiring-system", "from-the-user", "no-marker", "mime-tree"],
)
def test_what_goes_the_full_path(change: tuple[bytes, bytes]) -> None:
    """Hiring systems, the user's own mail and mail without a bulk marker are read whole."""
    header = NEWSLETTER.replace(*change)
    settles = may_settle_by_headers(header, default_lexicon(), frozenset({ME}))
    if change[1].startswith(b"Content-Type"):
        assert settles and not single_text_part(header)
    else:
        assert not settles


def test_a_header_that_ends_early_keeps_its_body() -> None:
    """Text after a line that is not a field is body, even before the first blank line."""
    raw = b"Subject: Interview\r\nDear Jo, confirmed Monday 10am\r\n\r\n"
    assert "confirmed Monday" in understand(raw).body_text


def test_bulk_by_headers_is_the_classifiers_own_verdict() -> None:
    """When the header-only shortcut answers, it is exactly what understand() gives the
    header section (every field); it never answers for anything but bulk."""
    ctx = Context(user_addresses=frozenset({ME}))
    bulk = 0
    paths = _messages() + sorted((TESTS / "eval3" / "messages").glob("*.eml"))
    for path in paths:
        header = _header(path.read_bytes())
        expected = understand(header, ctx)
        quick = bulk_by_headers(header, ctx)
        if quick is not None:
            bulk += 1
            assert quick == expected, path.name
        assert quick is None or expected.kind is Kind.BULK, path.name
    assert bulk >= 20


def test_bulk_by_headers_leaves_hiring_systems_to_the_full_path() -> None:
    """Bulk headers from a hiring system's domain are not settled (an ATS outcome may be
    mailed through a bulk sender)."""
    ats = NEWSLETTER.replace(b"news@digest.example", b"no-reply@greenhouse.io")
    assert understand(ats, Context()).kind is not Kind.BULK or bulk_by_headers(ats) is None
    assert bulk_by_headers(ats) is None
    assert bulk_by_headers(NEWSLETTER) == understand(NEWSLETTER)


_DOMAIN_BITS = st.sampled_from(
    [
        "greenhouse.io",
        "lever.co",
        "calendly.com",
        "mail.",
        "us.",
        "x",
        "-",
        ".",
        "..",
        " ",
        "\n",
        "@",
        "<",
        ">",
        "GREENHOUSE.IO",
        "io",
        "é",
        "0",
        "greenhouse",
        "co",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_DOMAIN_BITS, max_size=14))
def test_system_domain_search_matches_its_definition(bits: list[str]) -> None:
    """The one-pass search for hiring-system domains agrees with the token-by-token one."""
    lex = default_lexicon()
    header = "".join(bits).encode("utf-8")
    slow = _names_system_domain_slowly(header, system_domains(lex))
    assert _names_system_domain(header, lex) == slow
