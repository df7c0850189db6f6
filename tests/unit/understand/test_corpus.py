"""Real-world corpus: negatives never become interviews, calendars and broken mail never raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .conftest import corpus_files, wrap_ics

_CTX = Context(user_addresses=frozenset({"bart@example.com"}), timezone="Europe/London")
_AUTOMATIC_NAMES = ("bounce", "autoreply", "dsn", "_ndr", "delivery_status", "arf_", "complaint")


def _automatic(path: Path) -> bool:
    """Corpus files whose names say they are bounces, reports or auto-replies."""
    return "not_bounce" not in path.name and any(k in path.name for k in _AUTOMATIC_NAMES)


_AUTOMATIC = [p for p in corpus_files("negative") if _automatic(p)]


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def _valid(u: Understanding) -> None:
    """Structural checks every result must pass."""
    assert isinstance(u.kind, Kind)
    assert u.reasons
    assert all(isinstance(r, str) for r in u.reasons)
    if u.interview is not None:
        assert u.interview.start.tzinfo is not None
        assert u.interview.end is None or u.interview.end.tzinfo is not None


class TestNegative:
    """Mail the daemon must ignore."""

    @pytest.mark.parametrize("path", corpus_files("negative"), ids=_ids(corpus_files("negative")))
    def test_never_an_interview(self, path: Path) -> None:
        """A negative corpus message is neither an interview nor a cancellation."""
        u = understand(path.read_bytes(), _CTX)
        _valid(u)
        assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED), u.reasons

    @pytest.mark.parametrize("path", _AUTOMATIC, ids=_ids(_AUTOMATIC))
    def test_bounces_and_auto_replies_are_automated(self, path: Path) -> None:
        """Bounces, DSNs, complaints and auto-replies are automated auto_reply mail."""
        u = understand(path.read_bytes(), _CTX)
        assert u.automated, u.reasons
        assert u.kind is Kind.AUTO_REPLY, u.reasons

    def test_bounce_carrying_calendar_request_is_a_bounce(self) -> None:
        """A DSN that returns an invitation with a text/calendar REQUEST stays a bounce."""
        path = next(p for p in corpus_files("negative") if "dsn_bounce_of_ical" in p.name)
        u = understand(path.read_bytes(), _CTX)
        assert u.kind is Kind.AUTO_REPLY
        assert u.automated
        assert u.interview is None


class TestCalendars:
    """Every calendar file parses without an exception."""

    @pytest.mark.parametrize("path", corpus_files("ics"), ids=_ids(corpus_files("ics")))
    def test_no_exception(self, path: Path) -> None:
        """An ics/eml calendar gives a valid result; non-interview meetings stay non-interviews."""
        data = path.read_bytes()
        raw = wrap_ics(data) if path.suffix == ".ics" else data
        u = understand(raw, _CTX)
        _valid(u)
        # None of these real invitations is about a job interview.
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestMalformed:
    """Hostile or broken input gives a result, never an exception."""

    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("path", corpus_files("malformed"), ids=_ids(corpus_files("malformed")))
    def test_result_not_exception(self, path: Path) -> None:
        """A malformed file (wrapped when it is a bare calendar) yields a valid result."""
        data = path.read_bytes()
        u = understand(wrap_ics(data) if path.suffix == ".ics" else data, _CTX)
        _valid(u)
        assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED)
