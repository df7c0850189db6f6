"""Fuzz target: `daemon.understand.understand` and the iCalendar handling must never raise.

With atheris (installed here: atheris 3.0.0 on Python 3.11, `pip install "atheris>=2.3,<4"`):

    .venv/bin/python bench/fuzz_parser.py -atheris_runs=20000 [corpus_dir ...]

seeded by default with tests/corpus/*. Without atheris, the same checks run under
hypothesis (random bytes and byte-level mutations of the corpus):

    .venv/bin/python bench/fuzz_parser.py --hypothesis [--examples 2000]

Each input goes three ways: as a whole message, as the body of a text/calendar part, and
straight into the calendar parser. Any exception (except MemoryError-free limits) is a
finding; the contract is "never raises".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from daemon.understand import Context, Kind, understand  # noqa: E402
from daemon.understand._calendar import parse_calendars  # noqa: E402
from daemon.understand._lexicon import default_lexicon  # noqa: E402

CTX = Context(user_addresses=frozenset({"me@example.net"}), timezone="Europe/London")
LEXICON = default_lexicon()
WRAP = (
    b"From: Recruiter <r@acme.example>\r\nTo: me@example.net\r\nSubject: Interview\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
)


def check(data: bytes) -> None:
    """One input through every entry point; raises AssertionError on a broken contract."""
    for raw in (data, WRAP + data):
        result = understand(raw, CTX)
        assert isinstance(result.kind, Kind)
        if result.interview is not None:
            assert result.interview.start.tzinfo is not None
    parse_calendars([data], LEXICON)


def seeds() -> list[bytes]:
    """Corpus files (messages and calendars) to start from."""
    folders = ("ics", "malformed", "negative")
    return [
        p.read_bytes()[:200_000]
        for folder in folders
        for p in sorted((ROOT / "tests" / "corpus" / folder).glob("*"))
        if p.is_file()
    ]


def run_atheris(argv: list[str]) -> None:
    """libFuzzer-driven coverage-guided fuzzing."""
    import atheris  # type: ignore[import-not-found]

    if not any(not a.startswith("-") for a in argv[1:]):
        # Outside the tree: libFuzzer adds every interesting input it finds to this folder.
        corpus = Path(tempfile.gettempdir()) / "followup-fuzz-corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        for i, seed in enumerate(seeds()):
            (corpus / f"seed-{i}").write_bytes(seed)
        argv = [*argv, str(corpus)]
    atheris.instrument_all()
    atheris.Setup(argv, check)
    atheris.Fuzz()


def run_hypothesis(examples: int) -> None:
    """The fallback: random bytes and mutated corpus messages."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    corpus = seeds()

    @st.composite
    def mutated(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(corpus)))
        for _ in range(draw(st.integers(1, 8))):
            if not data:
                break
            at = draw(st.integers(0, len(data) - 1))
            data[at : at + draw(st.integers(0, 16))] = draw(st.binary(max_size=16))
        return bytes(data)

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(st.one_of(st.binary(max_size=4096), mutated()))
    def fuzz(data: bytes) -> None:
        check(data)

    fuzz()
    print(f"hypothesis: {examples} inputs, no contract broken")


def main() -> None:
    """Atheris when installed (or asked for), else hypothesis."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--hypothesis", action="store_true")
    parser.add_argument("--examples", type=int, default=2000)
    known, rest = parser.parse_known_args()
    if not known.hypothesis:
        try:
            import atheris  # type: ignore[import-not-found]  # noqa: F401
        except ImportError:
            print("atheris is not installed: using hypothesis", file=sys.stderr)
        else:
            run_atheris([sys.argv[0], *rest])
            return
    run_hypothesis(known.examples)


if __name__ == "__main__":
    main()
