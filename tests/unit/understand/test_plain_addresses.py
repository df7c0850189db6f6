"""The plain-address shortcut gives exactly the stdlib parser's pairs, or steps aside."""

from __future__ import annotations

import email.utils

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand._mime import _plain_pairs, parse_addresses

# Characters that matter to RFC 5322 address syntax, plus ordinary and non-ASCII letters.
_ALPHABET = st.sampled_from(list("ab.Z é@<>,\"()\\;:[]\t\r\n=?_-+'!#%\xa0"))
_ATOM = st.text(st.sampled_from(list("abcxyz0189-_+.")), min_size=1, max_size=8)


@st.composite
def _plain_fields(draw: st.DrawFn) -> str:
    """Comma-separated fields shaped like real ones: names, angle and bare addresses."""
    items = []
    for _ in range(draw(st.integers(1, 4))):
        address = f"{draw(_ATOM)}@{draw(_ATOM)}"
        name = " ".join(draw(st.lists(_ATOM, max_size=3)))
        shape = draw(st.sampled_from(["bare", "angle", "named"]))
        spaces = draw(st.sampled_from(["", " ", "  ", "\t", "\r\n "]))
        if shape == "bare":
            items.append(f"{spaces}{address}")
        elif shape == "angle":
            items.append(f"<{address}>{spaces}")
        else:
            items.append(f"{name}{spaces}<{address}>")
    return ",".join(items)


@settings(max_examples=600, deadline=None)
@given(_plain_fields())
def test_plain_fields_match_the_stdlib(value: str) -> None:
    """On fields shaped like real ones the shortcut agrees with email.utils.getaddresses."""
    pairs = _plain_pairs(value)
    if pairs is not None:
        assert pairs == email.utils.getaddresses([value])


@settings(max_examples=600, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_any_field_matches_the_stdlib_or_steps_aside(value: str) -> None:
    """On arbitrary text the shortcut either agrees with the stdlib or returns None."""
    pairs = _plain_pairs(value)
    if pairs is not None:
        assert pairs == email.utils.getaddresses([value])


def test_common_forms_take_the_shortcut() -> None:
    """Named, angle and bare addresses are read without the stdlib parser."""
    value = "Jane Q. Roe <jane.roe@acme.example>, <raj@acme.example>,bob@x.example"
    assert _plain_pairs(value) == [
        ("Jane Q. Roe", "jane.roe@acme.example"),
        ("", "raj@acme.example"),
        ("", "bob@x.example"),
    ]
    assert [p.email for p in parse_addresses([value])] == [
        "jane.roe@acme.example",
        "raj@acme.example",
        "bob@x.example",
    ]


def test_quoted_names_and_groups_go_to_the_stdlib() -> None:
    """Quotes, comments and groups are left to the full parser."""
    for value in ('"Roe, Jane" <jane@x.example>', "jane@x.example (Jane)", "team: a@x.example;"):
        assert _plain_pairs(value) is None
    assert parse_addresses(['"Roe, Jane" <jane@x.example>'])[0].name == "Roe, Jane"
