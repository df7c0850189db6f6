"""Hostile and broken input: through the running daemon on a real Dovecot, and at the
parser's limits.

The corpus test APPENDs every file of tests/corpus/malformed/ and negative/ to a real
inbox and lets the daemon process them; the huge-message test measures, through a proxy,
how many bytes the daemon pulls for a 30 MB message.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import email.utils
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._calendar import MAX_EVENTS, parse_calendars
from daemon.understand._lexicon import default_lexicon
from daemon.understand._mime import MAX_HEADER_CHARS, MAX_PARTS, parse
from tests.integration.harness import wait_until
from tests.reliability.support import Recorder, configure, events, running, via
from tests.support.dovecot import Dovecot, MailUser
from tests.support.faultproxy import FaultProxy

pytestmark = [pytest.mark.reliability]

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CTX = Context(user_addresses=frozenset({"me@example.net"}), timezone="Europe/London")


def _corpus(folder: str) -> list[Path]:
    return sorted(p for p in (CORPUS / folder).iterdir() if p.is_file() and p.suffix != ".md")


def _as_mail(path: Path) -> bytes:
    """Messages (.eml, and .mbox files as one hostile blob) as they are; a calendar file
    wrapped as the text/calendar part of an invitation, base64 so its bytes arrive intact."""
    data = path.read_bytes()
    if path.suffix != ".ics":
        return data
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (
        b"From: Recruiter <recruiter@acme.example>\r\nTo: Test User <me@example.net>\r\n"
        b"Subject: Invitation: Interview\r\nMessage-ID: <" + path.stem.encode() + b"@corpus>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body
    )


@pytest.mark.integration
@pytest.mark.timeout(240)
def test_corpus_through_the_running_daemon(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """Every malformed and negative corpus message, APPENDed to a real inbox, is recorded by
    the running daemon without a crash or a failure, and no negative opens a case."""
    malformed, negative = _corpus("malformed"), _corpus("negative")
    reliability.set(
        "Hostile input",
        f"every file of tests/corpus/malformed ({len(malformed)}) and negative "
        f"({len(negative)}): .eml and .mbox as they are, .ics wrapped in an invitation; "
        "APPENDed to Dovecot and processed by the running daemon",
    )
    config = configure(tmp_path, dovecot, mail_user)
    origin: dict[int, str] = {}
    uids = dovecot.append_many(
        mail_user.name, "INBOX", [_as_mail(p) for p in (*malformed, *negative)]
    )
    for uid, path in zip(uids, (*malformed, *negative), strict=True):
        origin[uid] = path.parent.name
    with running(config, mail_user) as daemon:
        wait_until(
            lambda: len([r for r in daemon.message_rows() if r["folder"] == "INBOX"]) >= len(uids),
            180,
            lambda: daemon.log_text()[-3000:],
        )
        alive = daemon.alive
        rows = [r for r in daemon.message_rows() if r["folder"] == "INBOX"]
        failures = [e for e in daemon.log_events() if e.get("level") == "error"]
    conn = sqlite3.connect(f"{daemon.db_path.as_uri()}?mode=ro", uri=True)
    try:
        linked = conn.execute(
            "SELECT DISTINCT m.uid FROM messages m JOIN case_messages c ON c.message_id = "
            "m.message_id WHERE m.folder = 'INBOX'"
        ).fetchall()
        cases = conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    finally:
        conn.close()
    outcomes = collections.Counter(r["outcome"] for r in rows)
    kinds = collections.Counter((origin[r["uid"]], r["kind"]) for r in rows)
    from_negative = [u for (u,) in linked if origin.get(u) == "negative"]
    traceback = "Traceback" in daemon.log_text()
    reliability.found(
        f"{len(rows)}/{len(uids)} recorded ({dict(outcomes)}); {cases} case(s) opened, "
        f"{len(from_negative)} from negatives; no crash: {alive and not traceback}",
        kinds={f"{a}:{b}": n for (a, b), n in sorted(kinds.items(), key=str)},
    )
    assert alive and not traceback
    assert {r["uid"] for r in rows} == set(uids), "every message recorded"
    assert outcomes.keys() <= {"processed", "duplicate"}, outcomes
    assert failures == []
    assert from_negative == [], "a negative example opened a case"


def _huge_message(megabytes: int) -> bytes:
    """An interview-looking message with a big PDF attachment (base64, ~MB of it)."""
    blob = base64.encodebytes(b"%PDF-1.4 " + b"\x00\x01\x02" * (megabytes * 1024 * 1024 // 4))
    boundary = "huge-boundary"
    head = (
        "From: Priya Raman <priya.raman@acmerobotics.example>\r\n"
        "To: Test User <me@example.net>\r\n"
        "Subject: Interview confirmed: Data Engineer at Acme Robotics\r\n"
        f"Date: {email.utils.format_datetime(dt.datetime.now(dt.UTC))}\r\n"
        "Message-ID: <huge-1@acmerobotics.example>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi, your interview is confirmed for Monday 9 March at 2pm GMT with Sarah Connor.\r\n"
        "The brochure is attached.\r\n"
        f"--{boundary}\r\nContent-Type: application/pdf; name=brochure.pdf\r\n"
        "Content-Disposition: attachment; filename=brochure.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    return head + blob.replace(b"\n", b"\r\n") + f"\r\n--{boundary}--\r\n".encode()


def _vm_hwm_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


@pytest.mark.integration
def test_huge_message_is_not_loaded_whole(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """A 30 MB message (a big attachment) is classified from a bounded partial fetch: the
    daemon pulls a few MB through the proxy, not 30, and its peak memory stays bounded."""
    reliability.set("Hostile input", "a 30 MB message (PDF attachment) arrives in the inbox")
    raw = _huge_message(30)
    with FaultProxy(dovecot.host, dovecot.imaps_port) as proxy:
        config = configure(tmp_path, via(dovecot, imaps_port=proxy.port), mail_user)
        with running(config, mail_user) as daemon:
            daemon.wait_for_event("daemon.ready")
            assert daemon.proc is not None
            before_bytes = proxy.stats().bytes_down
            before_rss = _vm_hwm_kib(daemon.proc.pid)
            dovecot.append(mail_user.name, "INBOX", raw)
            wait_until(
                lambda: any(r["folder"] == "INBOX" for r in daemon.message_rows()),
                60,
                daemon.log_text,
            )
            pulled = proxy.stats().bytes_down - before_bytes
            peak = _vm_hwm_kib(daemon.proc.pid)
            (row,) = [r for r in daemon.message_rows() if r["folder"] == "INBOX"]
            logged = len(events(daemon, "message.processed"))
    reliability.found(
        f"{len(raw) / 1e6:.1f} MB message: {pulled / 1e6:.2f} MB pulled over IMAP (cap 2 MB "
        f"partial fetch), peak RSS {before_rss // 1024} -> {peak // 1024} MB; outcome "
        f"{row['outcome']}, kind {row['kind']}",
        pulled_bytes=pulled,
        peak_rss_mib=peak // 1024,
    )
    assert row["outcome"] == "processed" and logged >= 1
    assert pulled < 4 * 1024 * 1024, "only a bounded prefix is fetched"
    assert peak - before_rss < 100 * 1024, "memory grows by far less than a whole-message load"


class TestParserLimits:
    """The MIME parser's limits hold on adversarial shapes (pure, no servers)."""

    def test_many_parts(self, reliability: Recorder) -> None:
        """20,000 MIME parts: at most MAX_PARTS are walked and understand() returns."""
        reliability.set("Parser limits", "a message with 20,000 attachments")
        parts = "".join(
            f"--b\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Disposition: attachment; filename=f{i}.bin\r\n\r\nx\r\n"
            for i in range(20_000)
        )
        raw = (
            "From: a@b.example\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="b"\r\n\r\n{parts}--b--\r\n'
        ).encode()
        parsed = parse(raw)
        assert len(parsed.attachment_names) <= MAX_PARTS
        assert isinstance(understand(raw, CTX), Understanding)
        reliability.found(f"{len(parsed.attachment_names)} parts read (limit {MAX_PARTS})")

    def test_deep_nesting(self, reliability: Recorder) -> None:
        """Multiparts nested 3,000 deep: no RecursionError escapes, a result comes back."""
        reliability.set("Parser limits", "multipart nested 3,000 levels deep")
        depth = 3000
        head = "".join(
            f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n'
            for i in range(depth)
        )
        tail = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
        raw = (
            "From: a@b.example\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n{head}'
            f"--b{depth}\r\nContent-Type: text/plain\r\n\r\nhello\r\n{tail}"
        ).encode()
        result = understand(raw, CTX)
        assert isinstance(result, Understanding)
        reliability.found(f"returned kind {result.kind} ({result.reasons[0]})")

    def test_huge_and_many_headers(self, reliability: Recorder) -> None:
        """A 4 MB Subject and 100,000 header fields: values are clipped, fields capped."""
        reliability.set("Parser limits", "a 4 MB Subject line and 100,000 header fields")
        fields = "".join(f"X-Filler-{i}: {i}\r\n" for i in range(100_000))
        raw = (
            f"From: a@b.example\r\nSubject: {'interview ' * 400_000}\r\n{fields}\r\nbody\r\n"
        ).encode()
        parsed = parse(raw)
        assert len(parsed.subject) <= MAX_HEADER_CHARS
        assert sum(len(v) for v in parsed.headers.values()) <= 500
        assert isinstance(understand(raw, CTX), Understanding)
        reliability.found(
            f"subject clipped to {len(parsed.subject)} chars (limit {MAX_HEADER_CHARS}); "
            f"{sum(len(v) for v in parsed.headers.values())} fields kept (limit 500)"
        )

    def test_calendar_with_many_events(self, reliability: Recorder) -> None:
        """An ICS with 5,000 VEVENTs yields at most MAX_EVENTS events."""
        reliability.set("Parser limits", "an iCalendar file with 5,000 VEVENTs")
        vevents = "".join(
            f"BEGIN:VEVENT\r\nUID:{i}@x\r\nDTSTART:20260309T140000Z\r\nDTEND:20260309T150000Z\r\n"
            f"SUMMARY:Interview {i}\r\nEND:VEVENT\r\n"
            for i in range(5000)
        )
        ics = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n{vevents}END:VCALENDAR\r\n"
        found = parse_calendars([ics.encode()], default_lexicon())
        assert len(found) <= MAX_EVENTS
        reliability.found(f"{len(found)} events kept (limit {MAX_EVENTS})")


_ICS_LINE = st.one_of(
    st.sampled_from(
        [
            "DTSTART:20260309T140000Z",
            "DTSTART;TZID=Nowhere/Else:20260309T140000",
            "DTSTART;VALUE=DATE:20260309",
            "DTSTART:99999999T999999Z",
            "DTEND:20260309T130000Z",
            "DURATION:-P1D",
            "RRULE:FREQ=SECONDLY;COUNT=1000000000",
            'ATTENDEE;CN="Eve\r\n\tBcc: x@evil.example":mailto:eve@evil.example',
            "ORGANIZER;CN==?utf-8?b?QmNjOiBldmlsQGV2aWwuZXhhbXBsZQ==?=:mailto:o@x.example",
            "SUMMARY:Interview\\nBcc: evil@evil.example",
            "BEGIN:VALARM",
            "END:VALARM",
            "BEGIN:VTIMEZONE",
            "END:VTIMEZONE",
            "X-WR-TIMEZONE:Mars/Olympus",
            "SEQUENCE:-99999999999999999999",
            "METHOD:CANCEL",
        ]
    ),
    st.text(max_size=80).map(lambda s: s.replace("\r", "").replace("\n", "")),
)


EXAMPLES = 120


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ICS_LINE, max_size=25))
def _random_calendar_lines(lines: list[str]) -> None:
    body = "\r\n".join(lines)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:p@x\r\n"
        f"{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parse_calendars([ics.encode("utf-8", "surrogatepass")], default_lexicon())
    raw = (
        "From: Recruiter <r@acme.example>\r\nTo: me@example.net\r\nSubject: Interview\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        + ics
    ).encode("utf-8", "surrogatepass")
    result = understand(raw, CTX)
    assert isinstance(result.kind, Kind)
    if result.interview is not None:
        assert result.interview.start.tzinfo is not None


def test_random_calendar_lines_never_raise(reliability: Recorder) -> None:
    """Random and hostile iCalendar lines inside a VEVENT (hypothesis) never make parsing or
    understanding raise, and every interview that comes out has an aware start."""
    reliability.set(
        "Hostile input",
        f"hypothesis: {EXAMPLES} VEVENTs of random and hostile lines (bad zones, huge RRULE "
        "counts, folded CR/LF in CN, encoded words)",
    )
    _random_calendar_lines()
    reliability.found("no exception; every interview found has an aware start")
