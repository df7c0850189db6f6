"""Failpoints: named places where a test can make the daemon crash on purpose.

Crash-safety claims ("killed right after SMTP accepted, before the row was marked sent")
need the crash at an exact place, which signals from outside cannot hit reliably. Tests set
``FOLLOWUPD_FAILPOINTS=name[,name...]``; at a named point the process kills itself with
SIGKILL (no clean-up, exactly like a crash). Unset (always, in production) it costs one
dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_ACTIVE = frozenset(
    p.strip() for p in os.environ.get("FOLLOWUPD_FAILPOINTS", "").split(",") if p.strip()
)


def hit(name: str) -> None:
    """Crash here if the failpoint ``name`` is switched on."""
    if name in _ACTIVE:
        os.kill(os.getpid(), signal.SIGKILL)
