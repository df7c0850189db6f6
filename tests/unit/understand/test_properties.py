"""Property tests: random and mutated messages never make understand() raise."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.understand import Context, Kind, Understanding, understand

from .conftest import corpus_files
from .messages import mail, vevent_calendar

_CTX = Context(timezone="Europe/London", date_order="dmy")
_SEEDS: list[bytes] = [
    p.read_bytes()
    for p in (*corpus_files("negative")[:40], *corpus_files("ics")[-6:])
    if p.stat().st_size < 60_000
]
_SEEDS.append(
    mail(
        sender="Jordan Lee <jordan@acme.io>",
        subject="Interview confirmed: Monday 9 March at 2pm GMT",
        body="You'll be meeting with Sarah Connor (CTO). Call 020 7946 0321.",
        ics=vevent_calendar(summary="Interview", start="20260309T140000Z", end="20260309T150000Z"),
    )
)


def _check(u: Understanding) -> None:
    """A result is always structurally valid."""
    assert isinstance(u, Understanding)
    assert isinstance(u.kind, Kind)
    assert u.reasons
    if u.interview is not None:
        assert u.interview.start.tzinfo is not None


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A corpus message with random bytes replaced, inserted or deleted."""
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 20))):
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["replace", "insert", "delete", "dup"]))
        chunk = draw(st.binary(min_size=1, max_size=12))
        if op == "replace":
            data[pos : pos + len(chunk)] = chunk
        elif op == "insert":
            data[pos:pos] = chunk
        elif op == "delete":
            del data[pos : pos + len(chunk)]
        else:
            data[pos:pos] = data[pos : pos + 200]
    return bytes(data)


_header_names = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Auto-Submitted",
        "List-Id",
        "Reply-To",
        "Message-ID",
        "References",
        "MIME-Version",
    ]
)
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@st.composite
def synthetic(draw: st.DrawFn) -> bytes:
    """A message assembled from random headers and body text."""
    lines = [
        f"{draw(_header_names)}: {draw(_text).replace(chr(10), ' ').replace(chr(13), ' ')}"
        for _ in range(draw(st.integers(0, 10)))
    ]
    body = draw(_text)
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")


class TestNeverRaises:
    """understand() is total over bytes."""

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=4000))
    def test_random_bytes(self, raw: bytes) -> None:
        """Random bytes give a valid result."""
        _check(understand(raw, _CTX))

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated())
    def test_mutated_corpus(self, raw: bytes) -> None:
        """Byte-mutated real and synthetic mail gives a valid result."""
        _check(understand(raw, _CTX))

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(synthetic())
    def test_random_headers(self, raw: bytes) -> None:
        """Messages with random header fields and bodies give a valid result."""
        _check(understand(raw, _CTX))

    @settings(max_examples=100, deadline=None)
    @given(_text, _text)
    def test_random_text_in_real_layout(self, subject: str, body: str) -> None:
        """Random subjects and bodies inside a well-formed message give a valid result."""
        raw = mail(sender="a@b.example", subject=" ".join(subject.splitlines())[:150], body=body)
        _check(understand(raw, _CTX))


def test_seeds_exist() -> None:
    """The mutation seeds were found (the corpus is in place)."""
    assert len(_SEEDS) > 20
    assert all(isinstance(s, bytes) for s in _SEEDS)
    assert Path(__file__).exists()
