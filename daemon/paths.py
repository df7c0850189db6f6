"""Default locations, following the XDG base directory spec (via platformdirs).

Under systemd the unit's ``StateDirectory=``/``ConfigurationDirectory=`` export
``$STATE_DIRECTORY``/``$CONFIGURATION_DIRECTORY``; those win so a system service needs no paths
in its config.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "interview-followup"
CONFIG_FILENAME = "config.yaml"
DATABASE_FILENAME = "state.sqlite3"


def _first_dir(env_name: str) -> Path | None:
    # systemd may pass several colon-separated directories; the first is ours.
    value = os.environ.get(env_name, "").split(":")[0]
    return Path(value) if value else None


def default_config_path() -> Path:
    """``$CONFIGURATION_DIRECTORY/config.yaml`` under systemd, else the XDG config dir."""
    base = _first_dir("CONFIGURATION_DIRECTORY") or Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False)
    )
    return base / CONFIG_FILENAME


def default_state_dir() -> Path:
    """``$STATE_DIRECTORY`` under systemd, else ``~/.local/state/interview-followup``."""
    return _first_dir("STATE_DIRECTORY") or Path(
        platformdirs.user_state_dir(APP_NAME, appauthor=False)
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700: it holds mail metadata and tokens."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path
