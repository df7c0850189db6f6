"""daemon.oauth2: token store, refresh before expiry, device flow; config for OAuth2.

No server: a scripted transport answers the token endpoint and a FixedClock stands in for
time, so "an hour later" costs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import SecretStr

from daemon.clock import FixedClock
from daemon.config import OAuth2Settings, load_config
from daemon.errors import AuthError, ConfigError, ConnectError
from daemon.logs import redact_text
from daemon.oauth2 import (
    DEVICE_GRANT,
    MICROSOFT_SCOPES,
    NotAuthorizedError,
    OAuth2Client,
    OAuth2Error,
    TokenEndpointError,
    TokenSet,
    TokenSource,
    TokenStore,
    default_flow,
    device_flow,
    oauthbearer_payload,
    pkce_pair,
    xoauth2_payload,
)

T0 = dt.datetime(2026, 3, 9, 12, 0, tzinfo=dt.UTC)


class ScriptedTransport:
    """Answers POSTs from a list of (status, body) and records every request."""

    def __init__(self, *answers: tuple[int, dict[str, Any]] | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[tuple[str, dict[str, str]]] = []

    def post(self, url: str, form: Mapping[str, str], timeout: float) -> tuple[int, dict[str, Any]]:
        self.requests.append((url, dict(form)))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def _client(**overrides: Any) -> OAuth2Client:
    settings = OAuth2Settings.model_validate(
        {
            "provider": "custom",
            "client_id": "cid",
            "token_url": "https://idp.example/token",
            "device_authorization_url": "https://idp.example/device",
            "scopes": ["mail"],
            **overrides,
        }
    )
    return OAuth2Client.from_settings(settings, SecretStr("csecret"))


def _source(
    tmp_path: Path, transport: ScriptedTransport, clock: FixedClock
) -> tuple[TokenSource, TokenStore]:
    store = TokenStore(tmp_path / "state" / "oauth2" / "acct.imap.json")
    source = TokenSource(
        _client(), store, account="acct", label="acct", clock=clock, transport=transport
    )
    return source, store


class TestTokenStore:
    """TokenStore."""

    def test_round_trip_with_private_modes(self, tmp_path: Path) -> None:
        """Saved tokens load back equal; the file is 0600 and its directory 0700."""
        store = TokenStore(tmp_path / "oauth2" / "a.imap.json")
        tokens = TokenSet(access_token="at-1", refresh_token="rt-1", expires_at=T0)
        old = os.umask(0)  # even a permissive umask must not widen the modes
        try:
            store.save(tokens)
        finally:
            os.umask(old)
        assert store.load() == tokens
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700

    def test_missing_file_is_none(self, tmp_path: Path) -> None:
        """No file yet means not signed in (None), not an error."""
        assert TokenStore(tmp_path / "none.json").load() is None

    def test_save_replaces_atomically(self, tmp_path: Path) -> None:
        """A second save replaces the file whole and leaves no temporary file behind."""
        store = TokenStore(tmp_path / "t.json")
        store.save(TokenSet(access_token="a1", refresh_token="r1", expires_at=T0))
        store.save(TokenSet(access_token="a2", refresh_token="r1", expires_at=T0))
        loaded = store.load()
        assert loaded is not None and loaded.access_token == "a2"
        assert [p.name for p in tmp_path.iterdir()] == ["t.json"]

    def test_damaged_file_is_a_clear_error(self, tmp_path: Path) -> None:
        """A file that is not our JSON says so and suggests signing in again."""
        path = tmp_path / "t.json"
        path.write_text("{not json")
        with pytest.raises(OAuth2Error, match="damaged.*followupd auth"):
            TokenStore(path).load()

    def test_tokens_are_registered_as_secrets(self, tmp_path: Path) -> None:
        """Loaded tokens are masked in log text."""
        store = TokenStore(tmp_path / "t.json")
        path = store.path
        path.write_text(
            json.dumps(
                {
                    "access_token": "at-secret-xyz",
                    "refresh_token": "rt-secret-xyz",
                    "expires_at": T0.isoformat(),
                }
            )
        )
        store.load()
        assert redact_text("a=at-secret-xyz r=rt-secret-xyz") == "a=*** r=***"


class TestTokenSource:
    """TokenSource.access_token()."""

    def test_valid_token_is_used_without_refresh(self, tmp_path: Path) -> None:
        """A token valid beyond the margin is returned as is; nothing is POSTed."""
        clock = FixedClock(T0)
        transport = ScriptedTransport()
        source, store = _source(tmp_path, transport, clock)
        store.save(TokenSet("at-1", T0 + dt.timedelta(hours=1), "rt-1"))
        assert source.access_token() == "at-1"
        assert transport.requests == []

    def test_refreshes_within_five_minutes_of_expiry(self, tmp_path: Path) -> None:
        """Inside the 5-minute margin the refresh grant runs and the result is stored."""
        clock = FixedClock(T0)
        transport = ScriptedTransport(
            (200, {"access_token": "at-2", "expires_in": 3600, "refresh_token": "rt-2"})
        )
        source, store = _source(tmp_path, transport, clock)
        store.save(TokenSet("at-1", T0 + dt.timedelta(hours=1), "rt-1"))
        assert source.access_token() == "at-1"
        clock.advance(dt.timedelta(minutes=55, seconds=1))
        assert source.access_token() == "at-2"
        ((url, form),) = transport.requests
        assert url == "https://idp.example/token"
        assert form == {
            "client_id": "cid",
            "client_secret": "csecret",
            "grant_type": "refresh_token",
            "refresh_token": "rt-1",
        }
        stored = store.load()
        assert stored is not None
        assert stored.access_token == "at-2"
        assert stored.refresh_token == "rt-2"  # rotated (Microsoft does this)
        assert stored.expires_at == clock.now() + dt.timedelta(hours=1)

    def test_keeps_refresh_token_when_none_is_returned(self, tmp_path: Path) -> None:
        """RFC 6749 §6: no new refresh token in the answer keeps the old one."""
        clock = FixedClock(T0)
        transport = ScriptedTransport((200, {"access_token": "at-2", "expires_in": 3600}))
        source, store = _source(tmp_path, transport, clock)
        store.save(TokenSet("at-1", T0 - dt.timedelta(seconds=1), "rt-1"))
        assert source.access_token() == "at-2"
        stored = store.load()
        assert stored is not None and stored.refresh_token == "rt-1"

    def test_missing_expires_in_assumes_an_hour(self, tmp_path: Path) -> None:
        """A token answer without expires_in is treated as valid for one hour."""
        clock = FixedClock(T0)
        transport = ScriptedTransport((200, {"access_token": "at-2"}))
        source, store = _source(tmp_path, transport, clock)
        store.save(TokenSet("at-1", T0, "rt-1"))
        source.access_token()
        stored = store.load()
        assert stored is not None and stored.expires_at == T0 + dt.timedelta(hours=1)

    def test_picks_up_a_token_renewed_by_another_process(self, tmp_path: Path) -> None:
        """Before refreshing, the file is re-read: another process may have renewed it."""
        clock = FixedClock(T0)
        transport = ScriptedTransport()
        source, store = _source(tmp_path, transport, clock)
        store.save(TokenSet("at-1", T0 + dt.timedelta(minutes=10), "rt-1"))
        assert source.access_token() == "at-1"
        store.save(TokenSet("at-other", T0 + dt.timedelta(hours=2), "rt-1"))
        clock.advance(dt.timedelta(minutes=6))
        assert source.access_token() == "at-other"
        assert transport.requests == []

    def test_not_signed_in(self, tmp_path: Path) -> None:
        """No stored tokens: NotAuthorizedError telling which command to run."""
        source, _ = _source(tmp_path, ScriptedTransport(), FixedClock(T0))
        with pytest.raises(NotAuthorizedError, match="followupd auth acct"):
            source.access_token()

    def test_revoked_refresh_token(self, tmp_path: Path) -> None:
        """invalid_grant is a permanent OAuth2Error (an AuthError) naming the fix."""
        transport = ScriptedTransport(
            (400, {"error": "invalid_grant", "error_description": "Token has been revoked."})
        )
        source, store = _source(tmp_path, transport, FixedClock(T0))
        store.save(TokenSet("at-1", T0, "rt-1"))
        with pytest.raises(OAuth2Error, match=r"invalid_grant.*followupd auth acct") as info:
            source.access_token()
        assert isinstance(info.value, AuthError)

    def test_unreachable_endpoint_is_transient(self, tmp_path: Path) -> None:
        """A network failure is a TokenEndpointError, a ConnectError: retried later."""
        transport = ScriptedTransport(TokenEndpointError("OAuth2 token endpoint: refused"))
        source, store = _source(tmp_path, transport, FixedClock(T0))
        store.save(TokenSet("at-1", T0, "rt-1"))
        with pytest.raises(TokenEndpointError) as info:
            source.access_token()
        assert isinstance(info.value, ConnectError)

    def test_invalidate_forces_a_refresh(self, tmp_path: Path) -> None:
        """After invalidate() the next call refreshes even if the expiry was far away."""
        transport = ScriptedTransport((200, {"access_token": "at-2", "expires_in": 3600}))
        source, store = _source(tmp_path, transport, FixedClock(T0))
        store.save(TokenSet("at-1", T0 + dt.timedelta(hours=1), "rt-1"))
        assert source.access_token() == "at-1"
        source.invalidate()
        assert source.access_token() == "at-2"


class TestDeviceFlow:
    """device_flow() (RFC 8628)."""

    def test_polls_until_approved(self) -> None:
        """Pending, slow_down (+5 s), then tokens; the code and URL are shown."""
        clock = FixedClock(T0)
        sleeps: list[float] = []

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            clock.advance(dt.timedelta(seconds=seconds))

        transport = ScriptedTransport(
            (
                200,
                {
                    "device_code": "dc",
                    "user_code": "ABCD-EFGH",
                    "verification_url": "https://idp.example/activate",
                    "expires_in": 600,
                    "interval": 5,
                },
            ),
            (400, {"error": "authorization_pending"}),
            (400, {"error": "slow_down"}),
            (200, {"access_token": "at", "refresh_token": "rt", "expires_in": 3600}),
        )
        shown: list[str] = []
        tokens = device_flow(_client(), transport, clock, show=shown.append, sleep=sleep)
        assert tokens.refresh_token == "rt"
        assert sleeps == [5, 5, 10]
        assert any("ABCD-EFGH" in s and "https://idp.example/activate" in s for s in shown)
        assert transport.requests[0][1]["scope"] == "mail"
        assert transport.requests[1][1]["grant_type"] == DEVICE_GRANT
        assert transport.requests[1][1]["device_code"] == "dc"

    def test_declined(self) -> None:
        """access_denied ends the flow with a clear error."""
        transport = ScriptedTransport(
            (200, {"device_code": "dc", "user_code": "X", "verification_uri": "https://i/a"}),
            (400, {"error": "access_denied"}),
        )
        with pytest.raises(OAuth2Error, match="declined"):
            device_flow(_client(), transport, FixedClock(T0), show=print, sleep=lambda _: None)

    def test_gives_up_when_the_code_expires(self) -> None:
        """Polling stops at the code's lifetime on the (fake) clock."""
        clock = FixedClock(T0)
        pending = (400, {"error": "authorization_pending"})
        transport = ScriptedTransport(
            (
                200,
                {
                    "device_code": "dc",
                    "user_code": "X",
                    "verification_uri": "https://i/a",
                    "expires_in": 20,
                    "interval": 5,
                },
            ),
            *[pending] * 10,
        )
        with pytest.raises(OAuth2Error, match="expired"):
            device_flow(
                _client(),
                transport,
                clock,
                show=print,
                sleep=lambda s: clock.advance(dt.timedelta(seconds=s)),
            )
        assert len(transport.requests) == 1 + 4


class TestProviders:
    """Built-in providers and SASL payloads."""

    def test_google(self) -> None:
        """Google: its endpoints, the full mail scope, offline access, loopback flow."""
        client = OAuth2Client.from_settings(
            OAuth2Settings(provider="google", client_id="g"), SecretStr("s")
        )
        assert client.token_url == "https://oauth2.googleapis.com/token"
        assert client.device_authorization_url == "https://oauth2.googleapis.com/device/code"
        assert client.scopes == ("https://mail.google.com/",)
        assert ("access_type", "offline") in client.authorize_params
        assert default_flow(client) == "loopback"

    def test_microsoft(self) -> None:
        """Microsoft: tenant in the URL, IMAP+SMTP+offline_access scopes, device flow."""
        client = OAuth2Client.from_settings(
            OAuth2Settings(provider="microsoft", client_id="m", tenant="contoso.com"), None
        )
        base = "https://login.microsoftonline.com/contoso.com/oauth2/v2.0"
        assert client.token_url == f"{base}/token"
        assert client.device_authorization_url == f"{base}/devicecode"
        assert client.scopes == MICROSOFT_SCOPES
        assert "offline_access" in client.scopes
        assert client.form(grant_type="x") == {"client_id": "m", "grant_type": "x"}
        assert default_flow(client) == "device"

    def test_sasl_payloads(self) -> None:
        """XOAUTH2 and OAUTHBEARER (RFC 7628 §3.1) initial responses, byte for byte."""
        assert xoauth2_payload("a@b", "tok") == b"user=a@b\x01auth=Bearer tok\x01\x01"
        assert oauthbearer_payload("a,=b", "tok", "h", 993) == (
            b"n,a=a=2C=3Db,\x01host=h\x01port=993\x01auth=Bearer tok\x01\x01"
        )

    def test_pkce_pair(self) -> None:
        """The S256 challenge is the unpadded base64url SHA-256 of the verifier."""
        import base64
        import hashlib

        verifier, challenge = pkce_pair()
        assert 43 <= len(verifier) <= 128
        digest = hashlib.sha256(verifier.encode()).digest()
        assert challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


# -- configuration ----------------------------------------------------------------------------


def _write(tmp_path: Path, imap: dict[str, Any], smtp: dict[str, Any] | None = None) -> Path:
    data = {
        "state_dir": str(tmp_path / "state"),
        "accounts": [
            {
                "name": "main",
                "email": "jo@example.net",
                "display_name": "Jo",
                "imap": {"host": "imap.example.net", **imap},
                "smtp": {"host": "smtp.example.net", **(smtp or {})},
            }
        ],
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


MS = {"provider": "microsoft", "client_id": "cid"}


class TestOAuth2Config:
    """OAuth2 settings in daemon.config."""

    def test_oauth2_needs_no_password(self, tmp_path: Path) -> None:
        """auth: oauth2 loads without any password; SMTP shares IMAP's token source."""
        config = load_config(_write(tmp_path, {"auth": "oauth2", "oauth2": MS}))
        assert config.secrets == {}
        imap = config.token_sources[("main", "imap")]
        assert config.token_sources[("main", "smtp")] is imap
        assert imap.store.path == tmp_path / "state" / "oauth2" / "main.imap.json"
        account = config.settings.accounts[0]
        assert account.imap.uses_oauth2 and account.smtp.uses_oauth2

    def test_oauth2_block_implies_auth(self, tmp_path: Path) -> None:
        """An oauth2 block alone is enough; `auth: oauth2` is implied."""
        config = load_config(_write(tmp_path, {"oauth2": MS}))
        assert ("main", "imap") in config.token_sources

    def test_smtp_with_its_own_password(self, tmp_path: Path) -> None:
        """SMTP may keep a password while IMAP uses OAuth2."""
        config = load_config(
            _write(tmp_path, {"oauth2": MS}, {"password_env": "PW"}), environ={"PW": "p"}
        )
        assert config.secret("main", "smtp").get_secret_value() == "p"
        assert ("main", "smtp") not in config.token_sources

    def test_secret_is_a_fresh_token(self, tmp_path: Path) -> None:
        """Config.secret() of an OAuth2 server is the stored access token."""
        config = load_config(_write(tmp_path, {"oauth2": MS}))
        source = config.token_sources[("main", "imap")]
        source.store.save(
            TokenSet("at-live", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), "rt")
        )
        assert config.secret("main", "imap").get_secret_value() == "at-live"
        assert config.secret("main", "smtp").get_secret_value() == "at-live"

    def test_secret_without_tokens_is_a_config_error(self, tmp_path: Path) -> None:
        """Not signed in yet: a one-line ConfigError naming `followupd auth main`."""
        config = load_config(_write(tmp_path, {"oauth2": MS}))
        with pytest.raises(ConfigError, match="followupd auth main"):
            config.secret("main", "imap")

    @pytest.mark.parametrize(
        ("imap", "message"),
        [
            ({"auth": "oauth2"}, "needs an oauth2 block"),
            ({"auth": "oauth2", "oauth2": MS, "password_env": "X"}, "uses no password"),
            ({"auth": "password", "oauth2": MS}, "contradict"),
            ({"oauth2": {"provider": "custom", "client_id": "c", "scopes": ["s"]}}, "token_url"),
            (
                {
                    "oauth2": {
                        "provider": "custom",
                        "client_id": "c",
                        "scopes": ["s"],
                        "token_url": "http://idp.example/token",
                    }
                },
                "https",
            ),
            ({"oauth2": {**MS, "token_url": "https://x/token"}}, "only for provider: custom"),
            ({"oauth2": {"provider": "google", "client_id": "c", "tenant": "x"}}, "tenant"),
            ({"oauth2": {"provider": "yahoo", "client_id": "c"}}, "google"),
            (
                {"oauth2": {**MS, "client_secret_env": "A", "client_secret_file": "/x"}},
                "only one of",
            ),
        ],
    )
    def test_invalid_settings(self, tmp_path: Path, imap: dict[str, Any], message: str) -> None:
        """Contradictions and unsafe endpoints are one-line errors naming the key."""
        with pytest.raises(ConfigError, match=message) as info:
            load_config(_write(tmp_path, imap))
        assert "accounts[0].imap" in str(info.value)
        assert "\n" not in str(info.value)

    def test_loopback_http_endpoint_allowed(self, tmp_path: Path) -> None:
        """http:// is accepted for 127.0.0.1 (tests, local identity providers)."""
        custom = {
            "provider": "custom",
            "client_id": "c",
            "scopes": ["s"],
            "token_url": "http://127.0.0.1:8080/token",
        }
        config = load_config(_write(tmp_path, {"oauth2": custom}))
        assert config.token_sources[("main", "imap")].client.token_url.startswith("http://")

    def test_client_secret_from_env(self, tmp_path: Path) -> None:
        """client_secret_env is resolved at load, like password_env."""
        path = _write(tmp_path, {"oauth2": {**MS, "client_secret_env": "CS"}})
        config = load_config(path, environ={"CS": "shh"})
        secret = config.token_sources[("main", "imap")].client.client_secret
        assert secret is not None and secret.get_secret_value() == "shh"
        with pytest.raises(ConfigError, match="client_secret_env"):
            load_config(path, environ={})

    def test_smtp_password_auth_without_source(self, tmp_path: Path) -> None:
        """SMTP on passwords needs a source of its own when IMAP uses OAuth2."""
        with pytest.raises(ConfigError, match=r"accounts\[0\]\.smtp"):
            load_config(_write(tmp_path, {"oauth2": MS}, {"auth": "password"}))
