"""daemon.mailbox: the pure helpers of header searches (no server)."""

from __future__ import annotations

import pytest

from daemon.mailbox import header_has_value, search_header_criteria


class TestSearchHeaderCriteria:
    """search_header_criteria()."""

    def test_value_always_quoted(self) -> None:
        """Atom-special characters travel inside a quoted string, never bare."""
        got = search_header_criteria("X-Key", "a(b)c{1}%*", undeleted=True)
        assert got == b'UNDELETED HEADER X-Key "a(b)c{1}%*"'

    def test_quote_and_backslash_escaped(self) -> None:
        """A double quote and a backslash are escaped (RFC 3501 quoted-specials)."""
        assert (
            search_header_criteria("Message-ID", 'a"b\\c@d') == b'HEADER Message-ID "a\\"b\\\\c@d"'
        )

    @pytest.mark.parametrize("value", ["", "a\r\nb", "a\x00b", "caf\u00e9"])
    def test_unsafe_values_refused(self, value: str) -> None:
        """CR, LF, NUL, 8-bit or empty values are refused (not retried forever)."""
        with pytest.raises(ValueError, match="cannot search"):
            search_header_criteria("X-Key", value)

    def test_bad_field_name_refused(self) -> None:
        """A header name with a space or colon is refused."""
        with pytest.raises(ValueError, match="field name"):
            search_header_criteria("X Key:", "v")


class TestHeaderHasValue:
    """header_has_value(): the exact check after a substring SEARCH."""

    def test_exact_value_only(self) -> None:
        """A value that merely contains the wanted one does not match."""
        block = b"X-Key: thank_you:12#abc\r\n\r\n"
        assert header_has_value(block, "X-Key", "thank_you:12#abc")
        assert not header_has_value(block, "X-Key", "thank_you:1")
        assert not header_has_value(b"X-Key: xthank_you:1\r\n\r\n", "x-key", "thank_you:1")

    def test_message_id_with_or_without_brackets(self) -> None:
        """A Message-ID compares without its angle brackets and folding."""
        block = b"Message-ID:\r\n <a.b@c.example>\r\n\r\n"
        assert header_has_value(block, "Message-ID", "a.b@c.example")
        assert not header_has_value(block, "Message-ID", "b@c.example")
