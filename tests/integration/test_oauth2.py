"""OAuth2 sign-in end to end: real Dovecot (oauth2 passdb), a real SMTP server, real HTTP.

A small identity provider runs in the test on 127.0.0.1: it answers Dovecot's token
introspection (RFC 7662 style, `introspection_mode = post`) and the token endpoint
(refresh_token, device_code and authorization_code grants), and counts what it was asked.
Dovecot checks every XOAUTH2/OAUTHBEARER login against it; the SMTP server here implements
AUTH XOAUTH2 and OAUTHBEARER against the same provider. `followupd` runs as a child process,
as in production.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import http.server
import json
import re
import secrets
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from daemon.oauth2 import TokenSet, TokenStore, token_path
from tests.integration.harness import ROOT, run_cli, write_config
from tests.support.dovecot import Dovecot, _free_port
from tests.support.tls import TlsFiles

pytestmark = pytest.mark.integration

USER = "alice"


# -- the identity provider --------------------------------------------------------------------


@dataclass
class Provider:
    """Token state shared by the HTTP handler threads and the test."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    access: dict[str, str] = field(default_factory=dict)  # token -> user
    refresh: dict[str, str] = field(default_factory=dict)
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (challenge, user)
    device_pending: int = 1  # polls answered authorization_pending before approval
    grants: list[str] = field(default_factory=list)
    introspected: list[str] = field(default_factory=list)

    def issue(self, user: str = USER) -> tuple[str, str]:
        """A new valid (access, refresh) pair."""
        access, refresh = f"at-{secrets.token_urlsafe(12)}", f"rt-{secrets.token_urlsafe(12)}"
        with self.lock:
            self.access[access] = user
            self.refresh[refresh] = user
        return access, refresh

    def revoke(self, token: str) -> None:
        """Make an access or refresh token invalid."""
        with self.lock:
            self.access.pop(token, None)
            self.refresh.pop(token, None)

    def introspect(self, token: str) -> dict[str, Any]:
        with self.lock:
            self.introspected.append(token)
            user = self.access.get(token)
        return {"active": True, "username": user} if user else {"active": False}

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        with self.lock:
            self.grants.append(grant)
        if form.get("client_id") != "test-client":
            return 401, {"error": "invalid_client"}
        if grant == "refresh_token":
            with self.lock:
                user = self.refresh.get(form.get("refresh_token", ""))
            if user is None:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "Token has been revoked.",
                }
            access, _ = self.issue(user)
            return 200, {"access_token": access, "expires_in": 3600, "token_type": "Bearer"}
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            with self.lock:
                if self.device_pending > 0:
                    self.device_pending -= 1
                    return 400, {"error": "authorization_pending"}
            return self._tokens(USER)
        if grant == "authorization_code":
            with self.lock:
                challenge, user = self.codes.pop(form.get("code", ""), ("", ""))
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            if not user or base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != challenge:
                return 400, {"error": "invalid_grant"}
            return self._tokens(user)
        return 400, {"error": "unsupported_grant_type"}

    def _tokens(self, user: str) -> tuple[int, dict[str, Any]]:
        access, refresh = self.issue(user)
        return 200, {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": 3600,
            "token_type": "Bearer",
        }


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _ProviderServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        provider = self.server.provider
        if self.path == "/introspect":
            self._json(200, provider.introspect(form.get("token", "")))
        elif self.path == "/token":
            self._json(*provider.token(form))
        elif self.path == "/device":
            self._json(
                200,
                {
                    "device_code": "dc-123",
                    "user_code": "WDJB-MJHT",
                    "verification_uri": f"http://127.0.0.1:{self.server.server_port}/activate",
                    "expires_in": 60,
                    "interval": 1,
                },
            )
        else:
            self._json(404, {"error": "not_found"})

    def _json(self, status: int, data: dict[str, Any]) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


class _ProviderServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, provider: Provider) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.provider = provider


@pytest.fixture
def provider() -> Iterator[tuple[Provider, str]]:
    """The identity provider and its base URL."""
    state = Provider()
    server = _ProviderServer(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- SMTP with XOAUTH2 / OAUTHBEARER ----------------------------------------------------------


class _OAuthSmtpHandler:
    """AUTH XOAUTH2 and OAUTHBEARER checked against the provider (aiosmtpd auth_* hooks)."""

    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.mechanisms: list[str] = []

    async def _check(self, server: SMTP, mechanism: str, args: list[str]) -> AuthResult:
        self.mechanisms.append(mechanism)
        blob = base64.b64decode(args[1]) if len(args) > 1 else b""
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        token = fields.get("auth", "").removeprefix("Bearer ")
        if self.provider.introspect(token).get("active"):
            return AuthResult(success=True, handled=False, auth_data=fields.get("user") or USER)
        # RFC 7628 §3.2.2: an error challenge, then the client's one-line acknowledgement.
        await server.challenge_auth(json.dumps({"status": "invalid_token"}))
        return AuthResult(success=False, handled=False, message="535 5.7.8 token refused")

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._check(server, "XOAUTH2", args)

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._check(server, "OAUTHBEARER", args)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 OK"


@pytest.fixture
def oauth_smtp(
    tls: TlsFiles, provider: tuple[Provider, str]
) -> Iterator[tuple[int, _OAuthSmtpHandler]]:
    """A STARTTLS submission server that only accepts OAuth2 logins."""
    handler = _OAuthSmtpHandler(provider[0])
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=tls.server_context(),
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["PLAIN", "LOGIN"],
    )
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


# -- Dovecot and the config -------------------------------------------------------------------


def _oauth_dovecot(
    factory: Callable[..., Dovecot], url: str, mechanisms: tuple[str, ...]
) -> Dovecot:
    return factory(
        auth_mechanisms=("plain", "login", *mechanisms),
        extra_config=[
            "passdb {\n  driver = oauth2\n  mechanisms = "
            + " ".join(mechanisms)
            + "\n  args = {dir}/oauth2.conf.ext\n}"
        ],
        extra_files={
            "oauth2.conf.ext": (
                "introspection_mode = post\n"
                f"introspection_url = {url}/introspect\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
        },
    )


def _config(tmp_path: Path, dovecot: Dovecot, url: str, smtp_port: int) -> Path:
    path = write_config(tmp_path, dovecot, USER, "unused", smtp=("127.0.0.1", smtp_port))
    settings = yaml.safe_load(path.read_text())
    imap = settings["accounts"][0]["imap"]
    del imap["password_file"]
    imap["auth"] = "oauth2"
    imap["oauth2"] = {
        "provider": "custom",
        "client_id": "test-client",
        "token_url": f"{url}/token",
        "device_authorization_url": f"{url}/device",
        "authorization_url": f"{url}/authorize",
        "scopes": ["mail"],
    }
    path.write_text(yaml.safe_dump(settings, sort_keys=False))
    return path


def _store(config: Path) -> TokenStore:
    state_dir = Path(yaml.safe_load(config.read_text())["state_dir"])
    return TokenStore(token_path(state_dir, "test", "imap"))


def _seed(config: Path, access: str, refresh: str | None, *, expires_in: dt.timedelta) -> None:
    now = dt.datetime.now(dt.UTC)
    _store(config).save(
        TokenSet(access_token=access, refresh_token=refresh, expires_at=now + expires_in)
    )


@pytest.fixture
def setup(
    tmp_path: Path,
    dovecot_factory: Callable[..., Dovecot],
    provider: tuple[Provider, str],
    oauth_smtp: tuple[int, _OAuthSmtpHandler],
) -> tuple[Path, Provider, _OAuthSmtpHandler]:
    """Dovecot with an oauth2 passdb (XOAUTH2 and OAUTHBEARER), the SMTP server, a config."""
    state, url = provider
    server = _oauth_dovecot(dovecot_factory, url, ("xoauth2", "oauthbearer"))
    return _config(tmp_path, server, url, oauth_smtp[0]), state, oauth_smtp[1]


# -- tests ------------------------------------------------------------------------------------


def test_check_with_valid_token(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """check logs in to IMAP and SMTP with the stored token; no refresh is needed."""
    config, state, smtp = setup
    access, refresh = state.issue()
    _seed(config, access, refresh, expires_in=dt.timedelta(hours=1))
    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "IMAP" in result.stdout and "login OK" in result.stdout
    assert "all checks passed" in result.stdout
    assert state.grants == []
    assert access in state.introspected
    # Both servers offer OAUTHBEARER, the standard mechanism, so it is preferred.
    assert smtp.mechanisms == ["OAUTHBEARER"]
    assert access not in result.stdout + result.stderr
    assert refresh not in result.stdout + result.stderr


def test_expired_token_is_refreshed(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """An expired access token is renewed at the token endpoint, stored, and used."""
    config, state, _ = setup
    old_access, refresh = state.issue()
    state.revoke(old_access)  # expired at the provider too
    _seed(config, old_access, refresh, expires_in=dt.timedelta(minutes=-5))
    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert state.grants == ["refresh_token"]  # once, shared by IMAP and SMTP
    stored = _store(config).load()
    assert stored is not None
    assert stored.access_token != old_access
    assert stored.refresh_token == refresh  # none sent back: the old one is kept
    assert stored.expires_at > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=50)
    assert stored.access_token in state.introspected
    assert old_access not in state.introspected
    assert _store(config).path.stat().st_mode & 0o777 == 0o600


def test_token_inside_margin_is_refreshed(
    setup: tuple[Path, Provider, _OAuthSmtpHandler],
) -> None:
    """A token that expires within five minutes is renewed before use."""
    config, state, _ = setup
    access, refresh = state.issue()
    _seed(config, access, refresh, expires_in=dt.timedelta(minutes=2))
    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert state.grants == ["refresh_token"]
    assert access not in state.introspected


def test_revoked_refresh_token(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """A revoked refresh token stops check with one clear line: sign in again."""
    config, state, _ = setup
    access, refresh = state.issue()
    state.revoke(access)
    state.revoke(refresh)
    _seed(config, access, refresh, expires_in=dt.timedelta(minutes=-1))
    result = run_cli(config, "check")
    assert result.returncode == 78, result.stdout + result.stderr
    assert "invalid_grant" in result.stderr
    assert "followupd auth test" in result.stderr
    assert "Traceback" not in result.stderr
    assert refresh not in result.stdout + result.stderr


def test_revoked_access_token(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """An access token revoked before its expiry is refused by the servers, clearly."""
    config, state, _ = setup
    access, refresh = state.issue()
    state.revoke(access)
    _seed(config, access, refresh, expires_in=dt.timedelta(hours=1))
    result = run_cli(config, "check")
    assert result.returncode != 0
    assert "login refused" in result.stdout
    assert "access token was not accepted" in result.stdout
    assert result.stdout.count("  FAIL  ") == 2, result.stdout  # IMAP and SMTP
    assert access not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_not_signed_in(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """Without stored tokens, check says to run `followupd auth`."""
    config, _, _ = setup
    result = run_cli(config, "check")
    assert result.returncode == 78
    assert "not signed in" in result.stderr
    assert "followupd auth test" in result.stderr


def test_auth_device_flow(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """`followupd auth --flow device` prints the code, polls, stores tokens; check passes."""
    config, state, _ = setup
    result = run_cli(config, "auth", "test", "--flow", "device")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WDJB-MJHT" in result.stdout
    assert "/activate" in result.stdout
    assert state.grants.count("urn:ietf:params:oauth:grant-type:device_code") == 2
    store = _store(config)
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert store.path.parent.stat().st_mode & 0o777 == 0o700
    tokens = store.load()
    assert tokens is not None and tokens.refresh_token
    assert tokens.access_token not in result.stdout
    check = run_cli(config, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_auth_loopback_flow(setup: tuple[Path, Provider, _OAuthSmtpHandler]) -> None:
    """`followupd auth --flow loopback`: the browser's redirect to 127.0.0.1 completes it."""
    config, state, _ = setup
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "daemon",
            "--config",
            str(config),
            "auth",
            "test",
            "--flow",
            "loopback",
            "--no-browser",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        url = ""
        for _ in range(20):  # bounded: the URL comes within the first lines
            line = proc.stdout.readline()
            if not line:
                break
            if "/authorize?" in line:
                url = line.strip()
                break
        assert url, proc.stderr.read() if proc.stderr else ""
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        assert query["code_challenge_method"] == "S256"
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", query["redirect_uri"])
        # Play the provider's page: the user signed in, the browser follows the redirect.
        code = "code-" + secrets.token_hex(4)
        state.codes[code] = (query["code_challenge"], USER)
        redirect = f"{query['redirect_uri']}?{urllib.parse.urlencode({'code': code, 'state': query['state']})}"
        with urllib.request.urlopen(redirect, timeout=10) as response:
            assert response.status == 200
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    assert proc.returncode == 0, out + err
    assert state.grants == ["authorization_code"]
    assert _store(config).load() is not None
    check = run_cli(config, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_xoauth2_when_oauthbearer_is_not_offered(
    tmp_path: Path,
    dovecot_factory: Callable[..., Dovecot],
    provider: tuple[Provider, str],
    tls: TlsFiles,
) -> None:
    """Servers offering only XOAUTH2 (Microsoft, older Gmail) get XOAUTH2 on IMAP and SMTP."""
    state, url = provider
    server = _oauth_dovecot(dovecot_factory, url, ("xoauth2",))
    handler = _OAuthSmtpHandler(state)
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=tls.server_context(),
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["PLAIN", "LOGIN", "OAUTHBEARER"],
    )
    controller.start()
    try:
        config = _config(tmp_path, server, url, port)
        access, refresh = state.issue()
        _seed(config, access, refresh, expires_in=dt.timedelta(hours=1))
        result = run_cli(config, "check")
        assert result.returncode == 0, result.stdout + result.stderr
        assert handler.mechanisms == ["XOAUTH2"]
        assert "AUTH=OAUTHBEARER" not in result.stdout
        # A revoked token is refused over XOAUTH2 as well, with the same clear message.
        state.revoke(access)
        result = run_cli(config, "check")
        assert result.returncode != 0
        assert result.stdout.count("access token was not accepted") == 2, result.stdout
    finally:
        controller.stop()
