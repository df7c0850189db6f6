"""Helpers shared by the understanding tests: corpus paths and message builders."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.understand import Context

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def corpus_files(folder: str) -> list[Path]:
    """Every file in one corpus folder, sorted (README-style files excluded)."""
    return sorted(p for p in (CORPUS / folder).iterdir() if p.is_file())


def wrap_ics(data: bytes) -> bytes:
    """Wrap a bare .ics file into a message with a text/calendar part (RFC 6047 iMIP)."""
    head = (
        b"From: Organizer <organizer@example.com>\r\n"
        b"To: someone@example.org\r\n"
        b"Subject: Invitation\r\n"
        b"Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        b"Message-ID: <wrapped@example.com>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head + data


@pytest.fixture
def ctx() -> Context:
    """A US user in New York."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="America/New_York",
        date_order="mdy",
    )


@pytest.fixture
def uk_ctx() -> Context:
    """A UK user in London who writes dates day first."""
    return Context(
        user_addresses=frozenset({"sam.taylor@outlook.com"}),
        user_name="Sam Taylor",
        timezone="Europe/London",
        date_order="dmy",
    )
