"""Failpoints: named places where a test can make the daemon crash on purpose.

Crash-safety claims ("killed right after SMTP accepted, before the row was marked sent")
need the crash at an exact place, which signals from outside cannot hit reliably. Tests set
``FOLLOWUPD_FAILPOINTS=name[,name...]``; at a named point the process kills itself with
SIGKILL (no clean-up, exactly like a crash). Unset (always, in production) it costs one
dictionary lookup.

``pause:name`` in the list makes :func:`pause` at that point log ``failpoint.paused`` and
wait (bounded) until the file ``$FOLLOWUPD_FAILPOINT_RELEASE`` exists, so a test can change
the world (run ``followupd done``) at an exact moment without timing anything.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from daemon.logs import get_logger

_ACTIVE = frozenset(
    p.strip() for p in os.environ.get("FOLLOWUPD_FAILPOINTS", "").split(",") if p.strip()
)


def hit(name: str) -> None:
    """Crash here if the failpoint ``name`` is switched on."""
    if name in _ACTIVE:
        os.kill(os.getpid(), signal.SIGKILL)


PAUSE_LIMIT_S = 60.0
"""A paused point gives up waiting after this long (tests must not hang)."""


async def pause(name: str) -> None:
    """Wait here until released, if the failpoint ``pause:name`` is switched on."""
    if f"pause:{name}" not in _ACTIVE:
        return
    get_logger().info("failpoint.paused", point=name)
    release = Path(os.environ.get("FOLLOWUPD_FAILPOINT_RELEASE", "/nonexistent"))
    for _ in range(int(PAUSE_LIMIT_S * 20)):
        if release.exists():  # noqa: ASYNC240 - a test-only poll of a local file
            return
        await asyncio.sleep(0.05)
