"""Reliability suite plumbing: every test records what it tried and what happened.

Each test gets a `reliability` recorder; at teardown one JSON line per test (area, what
was tried, the result, passed or failed) is appended to the results file, from which
`tests/reliability/report.py` renders docs/reliability.md. The file is
``$FOLLOWUP_RELIABILITY_RESULTS`` or ``<tmp>/followup-reliability/results.jsonl`` and is
started afresh by each pytest session that runs this directory.

Every daemon a test starts through `tests.reliability.support.start_daemon` registers its
log file and the secrets it was given, so `test_zz_secrets.py` can scan them all at the end.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.support import Recorder, results_path


@pytest.fixture(scope="session")
def _results_file() -> Path:
    path = results_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Under pytest-xdist every worker is a session of its own: none may wipe the others'
    # lines, so workers only append (generate the report from a run with -n 0).
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        path.write_text("")
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    """Keep each phase's report on the item so the recorder knows pass or fail."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"_rel_{report.when}", report)


@pytest.fixture
def reliability(request: pytest.FixtureRequest, _results_file: Path) -> Iterator[Recorder]:
    """What this test tried and found, written to the results file at teardown."""
    recorder = Recorder(test=request.node.nodeid)
    started = time.monotonic()
    yield recorder
    report = getattr(request.node, "_rel_call", None)
    passed = bool(report is not None and report.passed)
    error = None
    if report is not None and report.failed:
        error = str(report.longrepr).strip().splitlines()[-1][:300]
    line = {
        **recorder.as_dict(),
        "passed": passed,
        "error": error,
        "seconds": round(time.monotonic() - started, 1),
    }
    with _results_file.open("a") as out:
        out.write(json.dumps(line) + "\n")
