"""Shared fixtures: TLS material, a Dovecot IMAP server and an SMTP sink per session.

The servers are started lazily, once per session, only when a test asks for them, and
stopped at the end. Each test gets its own mail user (`mail_user`) so tests never see
each other's mail, and a cleared SMTP sink.

If Dovecot is not installed, tests that need it are skipped with a clear message, except
when the environment variable CI is set: there a missing server must fail the run.
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.dovecot import Dovecot, MailUser, dovecot_available
from tests.support.smtp import SmtpSink
from tests.support.tls import TlsFiles, make_tls_files, make_untrusted_ca_file

_user_numbers = itertools.count(1)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _require_dovecot() -> None:
    if dovecot_available():
        return
    message = (
        "dovecot is not installed: apt-get install dovecot-imapd "
        "(the README's test command installs it)"
    )
    if _in_ci():
        pytest.fail(f"CI is set and {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def tls() -> Iterator[TlsFiles]:
    """A test CA and a server certificate for 127.0.0.1/localhost, as PEM files."""
    # Under /tmp with mode 0755 rather than tmp_path: Dovecot's processes run as other
    # users and cannot enter pytest's 0700 base directory.
    directory = Path(tempfile.mkdtemp(prefix="followup-tls-", dir="/tmp"))
    try:
        yield make_tls_files(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def untrusted_ca_file(tls: TlsFiles) -> Path:
    """A CA file that did not sign the servers' certificate (verification must fail)."""
    return make_untrusted_ca_file(tls.directory)


@pytest.fixture(scope="session")
def dovecot(tls: TlsFiles) -> Iterator[Dovecot]:
    """The session's Dovecot (IMAPS and IMAP+STARTTLS on 127.0.0.1), already started.

    Tests may stop or restart it; it is started again after any test that left it down.
    """
    _require_dovecot()
    server = Dovecot(tls)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot_factory(tls: TlsFiles) -> Iterator[Callable[..., Dovecot]]:
    """Start extra Dovecot instances with other settings (stopped after the test).

    `dovecot_factory(allow_plaintext=True)` or with `extra_config=[...]`; see `Dovecot`.
    """
    _require_dovecot()
    servers: list[Dovecot] = []

    def make(**kwargs: Any) -> Dovecot:
        server = Dovecot(tls, **kwargs)
        servers.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.cleanup()


@pytest.fixture(scope="session")
def smtp_sink(tls: TlsFiles) -> Iterator[SmtpSink]:
    """The session's SMTP sink (STARTTLS submission and implicit TLS, AUTH required).

    Cleared before every test that uses it (messages, scripted failures, delays).
    """
    sink = SmtpSink(tls)
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture(autouse=True)
def _fresh_servers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Give each test a cleared sink and leave Dovecot running for the next test."""
    # Only touch servers the test asked for: unit tests must not start any.
    if "smtp_sink" in request.fixturenames:
        request.getfixturevalue("smtp_sink").clear()
    yield
    if "dovecot" in request.fixturenames:
        server: Dovecot = request.getfixturevalue("dovecot")
        if not server.running:
            server.start()


@pytest.fixture
def mail_user(request: pytest.FixtureRequest, dovecot: Dovecot) -> MailUser:
    """A fresh Dovecot user for this test only; also an SMTP user if the sink is used."""
    user = MailUser(
        name=f"user{next(_user_numbers)}-{secrets.token_hex(3)}",
        password=secrets.token_urlsafe(12),
    )
    dovecot.add_user(user.name, user.password)
    if "smtp_sink" in request.fixturenames:
        sink: SmtpSink = request.getfixturevalue("smtp_sink")
        sink.add_user(user.name, user.password)
    return user
