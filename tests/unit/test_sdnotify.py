"""daemon.sdnotify: datagrams to a real AF_UNIX socket, and silence outside systemd."""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon.sdnotify import Notifier, watchdog_interval


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[str, socket.socket]]:
    """A datagram socket bound to a path, as systemd's NOTIFY_SOCKET is."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    try:
        yield str(path), sock
    finally:
        sock.close()


def _receive(sock: socket.socket) -> list[str]:
    return sock.recv(4096).decode().split("\n")


class TestNotifier:
    """Notifier."""

    def test_ready_sends_ready_and_status(self, listener: tuple[str, socket.socket]) -> None:
        """ready() sends READY=1 with a STATUS= line in one datagram."""
        address, sock = listener
        assert Notifier(address).ready("watching 1 folder(s)")
        assert _receive(sock) == ["READY=1", "STATUS=watching 1 folder(s)"]

    def test_status_stopping_watchdog(self, listener: tuple[str, socket.socket]) -> None:
        """status(), stopping() and watchdog() each send their fields."""
        address, sock = listener
        notifier = Notifier(address)
        assert notifier.status("syncing INBOX")
        assert _receive(sock) == ["STATUS=syncing INBOX"]
        assert notifier.stopping()
        assert _receive(sock) == ["STOPPING=1", "STATUS=stopping"]
        assert notifier.watchdog()
        assert _receive(sock) == ["WATCHDOG=1"]

    def test_reads_notify_socket_from_environment(
        self, listener: tuple[str, socket.socket], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without an explicit address, $NOTIFY_SOCKET is used."""
        address, sock = listener
        monkeypatch.setenv("NOTIFY_SOCKET", address)
        notifier = Notifier()
        assert notifier.enabled
        assert notifier.watchdog()
        assert _receive(sock) == ["WATCHDOG=1"]

    def test_abstract_namespace_address(self) -> None:
        """An address starting with "@" names a socket in the abstract namespace."""
        name = f"followupd-test-{secrets.token_hex(6)}"
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.bind("\0" + name)
            sock.settimeout(5)
            assert Notifier("@" + name).ready("up")
            assert _receive(sock) == ["READY=1", "STATUS=up"]

    def test_no_op_without_notify_socket(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Outside systemd nothing is sent and every call returns False."""
        monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
        notifier = Notifier()
        assert not notifier.enabled
        assert not notifier.ready("up")
        assert not notifier.status("x")
        assert not notifier.stopping()
        assert not notifier.watchdog()

    def test_unreachable_socket_is_not_an_error(self, tmp_path: Path) -> None:
        """A NOTIFY_SOCKET that nobody listens on makes notify() return False, not raise."""
        assert not Notifier(str(tmp_path / "gone")).ready("up")


class TestWatchdogInterval:
    """watchdog_interval()."""

    def test_half_of_watchdog_usec(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """WATCHDOG_USEC for this PID gives half the period in seconds."""
        monkeypatch.setenv("WATCHDOG_USEC", "120000000")
        monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
        assert watchdog_interval() == 60.0

    def test_other_pid_or_unset(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The watchdog is not ours when WATCHDOG_PID names another process, or unset."""
        monkeypatch.setenv("WATCHDOG_USEC", "120000000")
        monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
        assert watchdog_interval() is None
        monkeypatch.delenv("WATCHDOG_USEC")
        assert watchdog_interval() is None

    def test_garbage_is_ignored(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A malformed WATCHDOG_USEC disables the watchdog instead of crashing."""
        monkeypatch.setenv("WATCHDOG_USEC", "soon")
        monkeypatch.delenv("WATCHDOG_PID", raising=False)
        assert watchdog_interval() is None
