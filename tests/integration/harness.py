"""Run the real daemon against the test servers: configs, a process wrapper, waiting.

The daemon runs as a child process (`python -m daemon run`), exactly as systemd would run
it, so restarts, signals and crashes are real. Tests observe it through its database
(opened read-only) and its JSON log lines.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from daemon.config import SHORT_SETTLE_ENV
from daemon.errors import StoreError
from daemon.store import Store
from tests.support.dovecot import Dovecot

_ids = itertools.count(1)
ROOT = Path(__file__).resolve().parents[2]
# Integration tests settle sends after seconds, below the 30 s floor real configs keep
# (config.MIN_SENT_SETTLE): the test-only escape, set for this process and every
# followupd child it starts.
os.environ[SHORT_SETTLE_ENV] = "1"


def make_message(
    *,
    subject: str = "Hello",
    body: str = "Just saying hi.",
    sender: str = "Friend <friend@example.org>",
    to: str = "me@example.net",
    message_id: str | None = None,
    extra_headers: str = "",
) -> bytes:
    """A small plain-text RFC 5322 message with a unique Message-ID."""
    mid = message_id or f"<test-{next(_ids)}-{time.time_ns()}@example.org>"
    text = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: Mon, 09 Mar 2026 10:00:00 +0000\r\nMessage-ID: {mid}\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n{extra_headers}\r\n"
        f"{body}\r\n"
    )
    return text.encode()


def write_config(
    directory: Path,
    dovecot: Dovecot,
    user: str,
    password: str,
    *,
    smtp: tuple[str, int] | None = None,
    email: str = "me@example.net",
    ca_file: Path | None = None,
    imap_tls: str = "implicit",
    watch: dict[str, Any] | None = None,
    follow_up: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> Path:
    """A config file for one account on the test servers; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    secret = directory / "password"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    imap_port = dovecot.imaps_port if imap_tls == "implicit" else dovecot.imap_port
    smtp_host, smtp_port = smtp or ("127.0.0.1", 9)
    settings: dict[str, Any] = {
        "timezone": "Europe/London",
        "date_order": "dmy",
        "state_dir": str(directory / "state"),
        "log_level": "debug",
        "accounts": [
            {
                "name": "test",
                "email": email,
                "display_name": "Test User",
                "imap": {
                    "host": dovecot.host,
                    "port": imap_port,
                    "tls": imap_tls,
                    "ca_file": str(ca_file or dovecot.ca_file),
                    "username": user,
                    "password_file": str(secret),
                    "timeout": "10s",
                },
                "smtp": {
                    "host": smtp_host,
                    "port": smtp_port,
                    "tls": "starttls",
                    "ca_file": str(ca_file or dovecot.ca_file),
                    "timeout": "10s",
                },
                "watch": {"reconnect_min": "0.2s", "reconnect_max": "1s", **(watch or {})},
                # Tests settle interrupted sends after seconds, not minutes.
                "follow_up": {"sent_settle": "3s", **(follow_up or {})},
            }
        ],
        **(extra or {}),
    }
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(settings, sort_keys=False))
    path.chmod(0o600)
    return path


def run_cli(config: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run a `followupd` command to completion."""
    return subprocess.run(
        [sys.executable, "-m", "daemon", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )


class DaemonProcess:
    """`followupd run` as a child process, with its log in a file."""

    def __init__(self, config: Path, *extra_args: str, env: dict[str, str] | None = None) -> None:
        self.config = config
        self.extra_args = extra_args
        self.env = env or {}
        self.log_path = config.parent / "daemon.log"
        self.proc: subprocess.Popen[bytes] | None = None
        settings = yaml.safe_load(config.read_text())
        self.db_path = Path(settings["state_dir"]) / "state.sqlite3"

    def start(self) -> DaemonProcess:
        """Start the daemon (appending to the same log across restarts)."""
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "daemon", "--config", str(self.config), "run", *self.extra_args],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
        )
        log.close()
        return self

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        """Signal the daemon and wait for it to exit; returns its exit status."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
            raise

    def kill(self) -> None:
        """SIGKILL: a crash, no clean-up at all."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self.proc is not None and self.proc.poll() is None

    def log_events(self) -> list[dict[str, Any]]:
        """The JSON log lines written so far (other lines are skipped)."""
        events = []
        if not self.log_path.exists():
            return events
        for line in self.log_path.read_text(errors="replace").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                obj = json.loads(line)
                if isinstance(obj, dict):
                    events.append(obj)
        return events

    def log_text(self) -> str:
        """The whole log, for failure messages."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        """The daemon's database, read-only."""
        store = Store.open(self.db_path, readonly=True)
        try:
            yield store
        finally:
            store.close()

    def outbox(self) -> list[dict[str, Any]]:
        """Every outbox row (for exactly-once assertions)."""
        import sqlite3

        if not self.db_path.exists():
            return []
        conn = sqlite3.connect(f"{self.db_path.as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute("SELECT * FROM outbox ORDER BY id")]
        except sqlite3.OperationalError:
            return []
        finally:
            conn.close()

    def processed(self) -> int:
        """Messages recorded as processed so far (0 before the database exists)."""
        try:
            with self.store() as store:
                return store.count_messages(outcome="processed")
        except StoreError:
            return 0  # not created or not migrated yet

    def message_rows(self) -> list[dict[str, Any]]:
        """Every message row (for exact-once assertions)."""
        import sqlite3

        if not self.db_path.exists():
            return []
        conn = sqlite3.connect(f"{self.db_path.as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute("SELECT * FROM messages ORDER BY id")]
        except sqlite3.OperationalError:
            return []  # not migrated yet
        finally:
            conn.close()

    def wait_for_event(self, name: str, timeout: float = 20, count: int = 1) -> None:
        """Wait until the log holds ``count`` events called ``name``."""
        wait_until(
            lambda: sum(e.get("event") == name for e in self.log_events()) >= count,
            timeout,
            lambda: f"no {name!r} event in the daemon log:\n{self.log_text()[-4000:]}",
        )

    def __enter__(self) -> DaemonProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if self.alive:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.stop()


def wait_until(
    predicate: Callable[[], bool], timeout: float, describe: Callable[[], str] | None = None
) -> None:
    """Poll ``predicate`` every 50 ms until true; fail with ``describe()`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    if predicate():
        return
    raise AssertionError(describe() if describe else f"condition not met within {timeout}s")
