"""systemd's readiness protocol (sd_notify), a datagram to ``$NOTIFY_SOCKET``.

A no-op outside systemd. See sd_notify(3): READY=1, STATUS=..., STOPPING=1, WATCHDOG=1.
"""

from __future__ import annotations

import os
import socket


class Notifier:
    """Sends state changes to systemd when it is listening, and does nothing otherwise."""

    def __init__(self, address: str | None = None) -> None:
        raw = address if address is not None else os.environ.get("NOTIFY_SOCKET", "")
        # A leading "@" names a socket in the abstract namespace.
        self._address = "\0" + raw[1:] if raw.startswith("@") else raw

    @property
    def enabled(self) -> bool:
        """True under systemd with Type=notify."""
        return bool(self._address)

    def notify(self, *fields: str) -> bool:
        """Send ``fields`` (e.g. "READY=1", "STATUS=syncing"); False if nothing was sent."""
        if not self._address:
            return False
        payload = "\n".join(fields).encode("utf-8", "replace")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.connect(self._address)
                sock.sendall(payload)
        except OSError:
            return False
        return True

    def ready(self, status: str) -> bool:
        """The service is up: config loaded and the first login succeeded."""
        return self.notify("READY=1", f"STATUS={status}")

    def status(self, text: str) -> bool:
        """A one-line description shown by ``systemctl status``."""
        return self.notify(f"STATUS={text}")

    def stopping(self) -> bool:
        """Shutdown has begun."""
        return self.notify("STOPPING=1", "STATUS=stopping")

    def watchdog(self) -> bool:
        """Tell systemd we are alive (only meaningful when WatchdogSec= is set)."""
        return self.notify("WATCHDOG=1")


def watchdog_interval() -> float | None:
    """Half of ``$WATCHDOG_USEC`` in seconds when the watchdog is armed for this process."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return int(usec) / 1_000_000 / 2
    except ValueError:
        return None
