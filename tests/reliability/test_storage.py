"""Storage faults: the state database locked by another process, the disk full.

The daemon must not send while it cannot record that it sent, must say why, and must carry
on (without corruption: PRAGMA integrity_check) once the database is writable again.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, wait_until
from tests.integration.mail import calendar_invite, plain_mail
from tests.reliability.support import Recorder, configure, provider_files_mail, running
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import SmtpSink

pytestmark = [pytest.mark.reliability, pytest.mark.integration]

SARAH = "sarah.connor@acmerobotics.example"
RAJ = "raj.patel@acmerobotics.example"


def _config(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, user: MailUser) -> Path:
    smtp_sink.file_accepted_mail(provider_files_mail(dovecot, user))
    return configure(
        tmp_path,
        dovecot,
        user,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
        account={
            "follow_up": {
                "notes_delay": "1s",
                "thank_you": "PT4S",
                "review": "none",
                "on_missing_notes": "send_generic",
                "save_sent": "never",
                "retry_delay": "1s",
            },
        },
    )


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _mail(tag: str) -> tuple[str, bytes]:
    mid = f"storage-{tag}-{time.time_ns()}@friends.example"
    return mid, plain_mail(
        subject=f"Hello {tag}",
        body="Long time no see.",
        sender=("Old Friend", "old.friend@friends.example"),
        message_id=f"<{mid}>",
    )


def _processed_ids(daemon: DaemonProcess) -> set[str]:
    return {r["message_id"] for r in daemon.message_rows() if r["outcome"] == "processed"}


def _delivered(smtp_sink: SmtpSink) -> collections.Counter[str]:
    return collections.Counter(r for m in smtp_sink.messages for r in m.rcpt_tos)


def _wait_everything(daemon: DaemonProcess, smtp_sink: SmtpSink, ids: list[str]) -> None:
    wait_until(lambda: set(ids) <= _processed_ids(daemon), 60, daemon.log_text)
    wait_until(
        lambda: (
            {
                r["recipient_email"]: r["state"]
                for r in daemon.outbox()
                if r["kind"] == "thank_you" and r["recipient_email"]
            }
            == {SARAH: "sent", RAJ: "sent"}
        ),
        60,
        daemon.log_text,
    )


def _storage_complaints(daemon: DaemonProcess) -> list[str]:
    """Warnings and errors that name the database or the disk."""
    words = ("locked", "disk", "full", "database")
    return [
        f"{e.get('event')}: {e.get('error')}"
        for e in daemon.log_events()
        if e.get("level") in ("warning", "error")
        and any(w in str(e.get("error", "")).lower() for w in words)
    ]


def test_database_locked_by_another_process(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Another process holds BEGIN EXCLUSIVE for 13 s (longer than the 10 s busy timeout)
    while an interview and other mail arrive: afterwards everything is processed, both
    thank-yous go out once, and the database is intact."""
    reliability.set(
        "Storage",
        "another process holds BEGIN EXCLUSIVE on the database for 13 s (busy_timeout is "
        "10 s) while an interview invitation and mail arrive",
    )
    config = _config(tmp_path, dovecot, smtp_sink, mail_user)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        locker = sqlite3.connect(daemon.db_path, timeout=5, isolation_level=None)
        ids = []
        try:
            locker.execute("BEGIN EXCLUSIVE")
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
            dovecot.append(mail_user.name, "INBOX", calendar_invite(start=start, minutes=0.05))  # type: ignore[arg-type]
            mid, raw = _mail("locked")
            dovecot.append(mail_user.name, "INBOX", raw)
            ids.append(mid)
            time.sleep(13)
            sent_while_locked = len(smtp_sink.messages)
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        mid, raw = _mail("after")
        dovecot.append(mail_user.name, "INBOX", raw)
        ids.append(mid)
        _wait_everything(daemon, smtp_sink, ids)
        complaints = _storage_complaints(daemon)
        alive = daemon.alive
    delivered = _delivered(smtp_sink)
    assert alive
    assert sent_while_locked == 0, "nothing may be sent that cannot be recorded"
    assert delivered[SARAH] == 1 and delivered[RAJ] == 1
    assert _integrity(daemon.db_path) == "ok"
    reliability.found(
        f"nothing sent while locked; {len(complaints)} log line(s) naming the lock; "
        "recovered: 2/2 mails processed, 2/2 thank-yous once; integrity_check ok",
        complaints=complaints[:3],
    )


@contextlib.contextmanager
def _tiny_filesystem(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    with filler.open("wb") as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 65536)
                out.flush()
    return filler


def test_disk_full_then_space_returns(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """The state directory's filesystem fills up (a 3 MB tmpfs) while an interview arrives:
    the daemon sends nothing it cannot record, says why, and once space returns it catches
    up with both thank-yous sent once and the database intact."""
    reliability.set(
        "Storage",
        "state dir on a 3 MB tmpfs filled to ENOSPC while an interview and mail arrive; "
        "space freed after 8 s",
    )
    config = _config(tmp_path, dovecot, smtp_sink, mail_user)
    with _tiny_filesystem(tmp_path / "state", "3m") as state:
        with running(config, mail_user) as daemon:
            daemon.wait_for_event("daemon.ready")
            filler = _fill(state)
            ids = []
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
            dovecot.append(mail_user.name, "INBOX", calendar_invite(start=start, minutes=0.05))  # type: ignore[arg-type]
            mid, raw = _mail("full")
            dovecot.append(mail_user.name, "INBOX", raw)
            ids.append(mid)
            time.sleep(8)
            sent_while_full = len(smtp_sink.messages)
            filler.unlink()
            mid, raw = _mail("space")
            dovecot.append(mail_user.name, "INBOX", raw)
            ids.append(mid)
            _wait_everything(daemon, smtp_sink, ids)
            complaints = _storage_complaints(daemon)
            alive = daemon.alive
        integrity = _integrity(daemon.db_path)
    delivered = _delivered(smtp_sink)
    assert alive
    assert sent_while_full == 0
    assert delivered[SARAH] == 1 and delivered[RAJ] == 1
    assert integrity == "ok"
    assert complaints, "the daemon says why it cannot work"
    reliability.found(
        f"nothing sent while full; {len(complaints)} log line(s) naming the problem; "
        "recovered after space returned: 2/2 mails, 2/2 thank-yous once; integrity_check ok",
        complaints=complaints[:3],
    )
