"""Runs last in this directory: no secret in anything the suite's daemons logged.

Every daemon.log under the session's temp root is scanned for the password written beside
it (this covers the other integration tests' daemons too), as is every daemon started
through `tests.reliability.support` (registered with its passwords). Under xdist only the
logs written so far are seen. This also runs `followupd check` with a wrong password and a
daemon that cannot log in, and scans what they print.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.harness import run_cli, write_config
from tests.reliability.support import LOGS, Recorder, configure, running
from tests.support.dovecot import Dovecot, MailUser

pytestmark = [pytest.mark.reliability, pytest.mark.integration]


def _session_logs(factory: pytest.TempPathFactory) -> list[tuple[Path, tuple[str, ...]]]:
    """Every daemon.log under this session's temp root (all xdist workers), each with the
    password file the harness wrote beside it."""
    root = factory.getbasetemp()
    if root.name.startswith("popen-gw"):
        root = root.parent
    found = []
    for log in root.rglob("daemon.log"):
        secret = log.with_name("password")
        if secret.is_file():
            found.append((log, (secret.read_text().strip(),)))
    return found


def test_no_secret_in_any_log_or_error_text(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    dovecot: Dovecot,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """Passwords appear in no daemon log line, traceback or CLI error text of the suite,
    including refused logins whose errors quote the server."""
    reliability.set(
        "Secrets",
        "scan every daemon log of the session (all tests above) + followupd check and a "
        "daemon run with a wrong password, for each password in use",
    )
    wrong = mail_user.password + "-wrong-Pa55"
    config = write_config(tmp_path / "check", dovecot, mail_user.name, wrong)
    result = run_cli(config, "check", timeout=60)
    texts = {"followupd check": result.stdout + result.stderr}
    bad = configure(
        tmp_path / "run", dovecot, mail_user, account={"watch": {"reconnect_max": "1s"}}
    )
    (tmp_path / "run" / "password").write_text(wrong + "\n")
    with running(bad, mail_user) as daemon:
        daemon.wait_for_event("imap.retry", timeout=30)
    LOGS.append((daemon.log_path, (wrong,)))
    scanned = 0
    leaks = []
    logs = dict(_session_logs(tmp_path_factory))
    for path, secrets in LOGS:
        logs[path] = tuple({*logs.get(path, ()), *secrets})
    for path, secrets in logs.items():
        if not path.exists():
            continue
        text = path.read_text(errors="replace")
        scanned += len(text.splitlines())
        leaks += [f"{path}: {s[:3]}..." for s in secrets if s and s in text]
    for name, text in texts.items():
        if wrong in text or mail_user.password in text:
            leaks.append(name)
    reliability.found(
        f"{len(logs)} daemon logs ({scanned} lines) + check output scanned: {len(leaks)} leaks",
        logs=len(logs),
        lines=scanned,
    )
    assert result.returncode != 0, "check must fail with a wrong password"
    assert leaks == []
