"""Helpers shared by the reliability tests: configs pointing through fault proxies, the
provider-like SMTP hook, a registry of every daemon log and secret, the results recorder."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.integration.harness import DaemonProcess, write_config
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import ReceivedMessage

ME = "me@example.net"

#: Every daemon log written by this session, with the secrets that must never be in it.
LOGS: list[tuple[Path, tuple[str, ...]]] = []


def results_path() -> Path:
    """Where the suite writes its JSON lines (see conftest)."""
    env = os.environ.get("FOLLOWUP_RELIABILITY_RESULTS")
    if env:
        return Path(env)
    return Path(tempfile.gettempdir()) / "followup-reliability" / "results.jsonl"


@dataclass
class Recorder:
    """One test's row in docs/reliability.md."""

    test: str
    area: str = ""
    tried: str = ""
    result: str = ""
    facts: dict[str, Any] = field(default_factory=dict)

    def set(self, area: str, tried: str) -> None:
        """Say what this test does (before doing it, so a failure still names it)."""
        self.area, self.tried = area, tried

    def found(self, result: str, **facts: Any) -> None:
        """Say what happened (the measured outcome, in words and numbers)."""
        self.result = result
        self.facts.update(facts)

    def as_dict(self) -> dict[str, Any]:
        """The JSON line's fields."""
        return {
            "test": self.test,
            "area": self.area,
            "tried": self.tried,
            "result": self.result,
            "facts": self.facts,
        }


@dataclass(frozen=True)
class Endpoint:
    """What `write_config` reads from a Dovecot, pointing elsewhere (a proxy)."""

    host: str
    imaps_port: int
    imap_port: int
    ca_file: Path


def via(dovecot: Dovecot, *, imaps_port: int | None = None, imap_port: int | None = None) -> Any:
    """`dovecot`, or the same server seen through proxy ports."""
    if imaps_port is None and imap_port is None:
        return dovecot
    return Endpoint(
        host=dovecot.host,
        imaps_port=imaps_port or dovecot.imaps_port,
        imap_port=imap_port or dovecot.imap_port,
        ca_file=dovecot.ca_file,
    )


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def configure(
    directory: Path,
    dovecot: Any,
    user: MailUser,
    *,
    smtp: tuple[str, int] | None = None,
    imap_tls: str = "implicit",
    account: dict[str, Any] | None = None,
    top: dict[str, Any] | None = None,
) -> Path:
    """`write_config`, then deep-merge `account` into the account block (None deletes)."""
    path = write_config(
        directory, dovecot, user.name, user.password, smtp=smtp, email=ME, imap_tls=imap_tls
    )
    settings = yaml.safe_load(path.read_text())
    settings["accounts"][0] = _merge(settings["accounts"][0], account or {})
    settings = _merge(settings, top or {})
    path.write_text(yaml.safe_dump(settings, sort_keys=False))
    return path


def track(daemon: DaemonProcess, *secrets: str) -> DaemonProcess:
    """Register the daemon's log for the end-of-suite secret scan."""
    LOGS.append((daemon.log_path, tuple(s for s in secrets if s)))
    return daemon


@contextmanager
def running(
    config: Path, user: MailUser, *, env: dict[str, str] | None = None
) -> Iterator[DaemonProcess]:
    """A daemon for `config`, tracked, stopped (or killed) at the end."""
    daemon = track(DaemonProcess(config, env=env), user.password)
    daemon.start()
    try:
        yield daemon
    finally:
        try:
            daemon.stop()
        except Exception:
            daemon.kill()


class ProviderFiling:
    """An SMTP sink hook acting like Gmail: accepted mail is filed in the sender's Sent
    folder, and mail to the user is also delivered to their INBOX.

    `filed` is the provider's own record of what it accepted. It is the ground truth for
    "delivered": aiosmtpd cancels a DATA handler when the client vanishes mid-reply, so a
    message filed here may be missing from `SmtpSink.messages` (the hook's thread runs to
    the end, the handler's last line does not).
    """

    def __init__(self, dovecot: Dovecot, user: MailUser) -> None:
        self._dovecot = dovecot
        self._user = user
        self._lock = threading.Lock()
        self.filed: list[ReceivedMessage] = []

    def __call__(self, message: ReceivedMessage) -> None:
        """File `message` (runs in a worker thread of the sink)."""
        self._dovecot.append(self._user.name, "Sent", message.raw)
        if ME in message.rcpt_tos:
            self._dovecot.append(self._user.name, "INBOX", message.raw)
        with self._lock:
            self.filed.append(message)

    def snapshot(self) -> list[ReceivedMessage]:
        """What was accepted so far."""
        with self._lock:
            return list(self.filed)


def provider_files_mail(dovecot: Dovecot, user: MailUser) -> ProviderFiling:
    """A `ProviderFiling` hook for `SmtpSink.file_accepted_mail`."""
    return ProviderFiling(dovecot, user)


def events(daemon: DaemonProcess, name: str) -> list[dict[str, Any]]:
    """The daemon's log events called `name`."""
    return [e for e in daemon.log_events() if e.get("event") == name]
