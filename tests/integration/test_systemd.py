"""The systemd units: hardened (exposure <= 2.0), clean under `systemd-analyze verify`.

`systemd-analyze` works without systemd as PID 1 (`security --offline=true`, `verify`), so
these run in containers and CI. `verify` insists that ExecStart= names an executable file,
so each test checks a copy of the unit whose ExecStart= points at this virtualenv's
`followupd` (the file under test is otherwise unchanged).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_UNIT = ROOT / "systemd" / "followupd.service"
USER_UNIT = ROOT / "systemd" / "followupd.user.service"
MAX_EXPOSURE = 2.0

_ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(
    _ANALYZE is None, reason="systemd-analyze is not installed (apt-get install systemd)"
)


def _followupd() -> str:
    """The console script of this environment (what the units start)."""
    candidate = Path(sys.executable).parent / "followupd"
    return str(candidate) if candidate.is_file() else "/bin/true"


def _copy_for_verify(unit: Path, directory: Path) -> Path:
    """``unit`` saved as followupd.service with ExecStart= at an existing executable."""
    text = re.sub(
        r"^ExecStart=\S+", f"ExecStart={_followupd()}", unit.read_text(), flags=re.MULTILINE
    )
    copy = directory / "followupd.service"
    copy.write_text(text)
    return copy


def _analyze(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert _ANALYZE is not None
    return subprocess.run(
        [_ANALYZE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "SYSTEMD_LOG_COLOR": "0", **(env or {})},
    )


def _service_section(unit: Path) -> dict[str, list[str]]:
    """Every key of [Service] with all its values (systemd keys may repeat)."""
    values: dict[str, list[str]] = {}
    section = ""
    for raw in unit.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line
            continue
        if section == "[Service]":
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


class TestSystemUnit:
    """systemd/followupd.service."""

    def test_declares_what_the_daemon_relies_on(self) -> None:
        """Type=notify, exit 78 not restarted, state/config dirs, 0077 umask, watchdog."""
        service = _service_section(SYSTEM_UNIT)
        assert service["Type"] == ["notify"]
        assert service["RestartPreventExitStatus"] == ["78"]
        assert service["Restart"] == ["on-failure"]
        assert service["UMask"] == ["0077"]
        assert service["StateDirectory"] == ["interview-followup"]
        assert service["ConfigurationDirectory"] == ["interview-followup"]
        assert service["TimeoutStopSec"] == ["15s"]
        assert "WatchdogSec" in service
        assert service["DynamicUser"] == ["yes"]

    def test_unit_parses_as_ini(self) -> None:
        """The unit has the three usual sections (a cheap check without systemd)."""
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read_string(SYSTEM_UNIT.read_text())
        assert {"Unit", "Service", "Install"} <= set(parser.sections())

    @needs_analyze
    def test_exposure_at_most_two(self, tmp_path: Path) -> None:
        """`systemd-analyze security --offline=true` rates the unit 2.0 or better."""
        unit = _copy_for_verify(SYSTEM_UNIT, tmp_path)
        result = _analyze("security", "--offline=true", str(unit))
        match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
        assert match, result.stdout + result.stderr
        assert float(match.group(1)) <= MAX_EXPOSURE, result.stdout

    @needs_analyze
    def test_verify_is_clean(self, tmp_path: Path) -> None:
        """`systemd-analyze verify` exits 0 and prints nothing about the unit."""
        unit = _copy_for_verify(SYSTEM_UNIT, tmp_path)
        result = _analyze("verify", str(unit))
        assert result.returncode == 0, result.stderr
        assert "followupd.service" not in result.stderr, result.stderr


class TestUserUnit:
    """systemd/followupd.user.service (for `systemctl --user`)."""

    def test_declares_what_the_daemon_relies_on(self) -> None:
        """The user unit keeps Type=notify, the 78 rule, the umask and XDG directories."""
        service = _service_section(USER_UNIT)
        assert service["Type"] == ["notify"]
        assert service["RestartPreventExitStatus"] == ["78"]
        assert service["UMask"] == ["0077"]
        assert service["StateDirectory"] == ["interview-followup"]
        assert service["ConfigurationDirectory"] == ["interview-followup"]
        assert "DynamicUser" not in service

    @needs_analyze
    def test_verify_is_clean(self, tmp_path: Path) -> None:
        """`systemd-analyze --user verify` is clean (a private XDG_RUNTIME_DIR suffices)."""
        unit = _copy_for_verify(USER_UNIT, tmp_path)
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        result = _analyze("--user", "verify", str(unit), env={"XDG_RUNTIME_DIR": str(runtime)})
        assert result.returncode == 0, result.stderr
        assert "followupd.service" not in result.stderr, result.stderr
