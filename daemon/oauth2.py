"""OAuth2 sign-in for IMAP and SMTP: stored tokens, refresh before expiry, one-time consent.

Google and Microsoft 365 no longer accept passwords for IMAP/SMTP on many accounts; they
want SASL XOAUTH2 or OAUTHBEARER (RFC 7628) with a short-lived access token. The user
consents once (``followupd auth ACCOUNT``): the device flow (RFC 8628) prints a URL and a
code, the loopback-redirect flow (RFC 8252, with PKCE, RFC 7636) opens a browser page that
comes back to a one-shot server on 127.0.0.1. The tokens are kept in the state directory
(JSON, mode 0600, replaced atomically) and the access token is refreshed with the refresh
token (RFC 6749 §6) shortly before it expires. Tokens never reach a log line: each one is
registered with :func:`daemon.logs.register_secret` as soon as it is seen.

Errors join the daemon's tree, so the watchers' retry policy applies unchanged:

    AuthError                        (daemon.errors: the user has to act)
    └── OAuth2Error                  the provider refused (invalid_grant, access_denied...)
        └── NotAuthorizedError       no tokens stored yet: run ``followupd auth ACCOUNT``
    ConnectError                     (daemon.errors: transient, retried with backoff)
    └── TokenEndpointError           the token endpoint is unreachable or failed (5xx)

HTTP is the standard library's ``urllib`` (a handful of form POSTs do not justify a
dependency); the transport is injectable so unit tests need no server.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import http.server
import json
import os
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, TextIO

from pydantic import SecretStr

from daemon.clock import Clock, SystemClock
from daemon.config import Config, OAuth2Settings
from daemon.errors import EX_UNAVAILABLE, AuthError, ConfigError, ConnectError
from daemon.logs import register_secret
from daemon.paths import ensure_private_dir

__all__ = [
    "REFRESH_MARGIN",
    "DeviceCode",
    "NotAuthorizedError",
    "OAuth2Client",
    "OAuth2Error",
    "TokenEndpointError",
    "TokenSet",
    "TokenSource",
    "TokenStore",
    "Transport",
    "UrllibTransport",
    "default_flow",
    "device_flow",
    "loopback_flow",
    "refresh_tokens",
    "run_auth",
    "token_path",
]

REFRESH_MARGIN = dt.timedelta(minutes=5)
"""Refresh this long before expiry: a login started just before expiry must not race it."""
DEFAULT_LIFETIME = dt.timedelta(hours=1)
"""Assumed when a token response has no ``expires_in`` (RFC 6749 §5.1 only recommends it)."""
HTTP_TIMEOUT = 30.0
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 - a URL
GOOGLE_DEVICE_URL = "https://oauth2.googleapis.com/device/code"
GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_SCOPES = ("https://mail.google.com/",)
MICROSOFT_BASE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
MICROSOFT_SCOPES = (
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
    "offline_access",
)


class OAuth2Error(AuthError):
    """The provider refused: the user has to sign in again (``followupd auth``)."""


class NotAuthorizedError(OAuth2Error):
    """No tokens are stored for this account yet."""


class TokenEndpointError(ConnectError):
    """The token endpoint could not be reached or failed; worth retrying later."""


# -- the provider ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OAuth2Client:
    """Everything needed to talk to one provider's endpoints as one registered client."""

    provider: str
    client_id: str
    client_secret: SecretStr | None
    token_url: str
    device_authorization_url: str | None
    authorization_url: str | None
    scopes: tuple[str, ...]
    authorize_params: tuple[tuple[str, str], ...] = ()
    """Extra query parameters for the authorization URL (Google needs offline access)."""
    timeout: float = HTTP_TIMEOUT

    @classmethod
    def from_settings(cls, settings: OAuth2Settings, secret: SecretStr | None) -> OAuth2Client:
        """The client for a config block: built-in endpoints for google and microsoft."""
        if settings.provider == "google":
            return cls(
                provider="google",
                client_id=settings.client_id,
                client_secret=secret,
                token_url=GOOGLE_TOKEN_URL,
                device_authorization_url=GOOGLE_DEVICE_URL,
                authorization_url=GOOGLE_AUTHORIZE_URL,
                scopes=settings.scopes or GOOGLE_SCOPES,
                # Without these Google issues no refresh token (or only on first consent).
                authorize_params=(("access_type", "offline"), ("prompt", "consent")),
            )
        if settings.provider == "microsoft":
            base = MICROSOFT_BASE.format(tenant=settings.tenant or "common")
            return cls(
                provider="microsoft",
                client_id=settings.client_id,
                client_secret=secret,
                token_url=f"{base}/token",
                device_authorization_url=f"{base}/devicecode",
                authorization_url=f"{base}/authorize",
                scopes=settings.scopes or MICROSOFT_SCOPES,
            )
        assert settings.token_url is not None  # the config model requires it for custom
        return cls(
            provider="custom",
            client_id=settings.client_id,
            client_secret=secret,
            token_url=settings.token_url,
            device_authorization_url=settings.device_authorization_url,
            authorization_url=settings.authorization_url,
            scopes=settings.scopes or (),
        )

    def form(self, **fields: str) -> dict[str, str]:
        """A token request body with the client's credentials (RFC 6749 §2.3.1)."""
        body = {"client_id": self.client_id, **fields}
        if self.client_secret is not None:
            body["client_secret"] = self.client_secret.get_secret_value()
        return body


# -- tokens and where they are kept ---------------------------------------------------------


@dataclass(frozen=True)
class TokenSet:
    """An access token, when it expires, and the refresh token that renews it."""

    access_token: str = field(repr=False)
    expires_at: dt.datetime
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = None
    token_type: str = "Bearer"  # noqa: S105 - the RFC 6750 scheme name

    def expires_within(self, now: dt.datetime, margin: dt.timedelta) -> bool:
        """True when the access token is expired or will be within ``margin``."""
        return self.expires_at - margin <= now

    @classmethod
    def from_response(
        cls, data: Mapping[str, Any], now: dt.datetime, previous: TokenSet | None = None
    ) -> TokenSet:
        """A token response (RFC 6749 §5.1); keeps the old refresh token if none is sent."""
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise OAuth2Error("the token endpoint answered without an access_token")
        refresh = data.get("refresh_token")
        if not isinstance(refresh, str) or not refresh:
            # RFC 6749 §6: the server MAY issue a new refresh token; if not, keep the old.
            refresh = previous.refresh_token if previous else None
        try:
            lifetime = dt.timedelta(seconds=float(data.get("expires_in", 0)))
        except (TypeError, ValueError):
            lifetime = dt.timedelta(0)
        if lifetime <= dt.timedelta(0):
            lifetime = DEFAULT_LIFETIME
        scope = data.get("scope")
        tokens = cls(
            access_token=access,
            expires_at=now + lifetime,
            refresh_token=refresh,
            scope=scope if isinstance(scope, str) else (previous.scope if previous else None),
            token_type=str(data.get("token_type") or "Bearer"),
        )
        tokens.register()
        return tokens

    def register(self) -> None:
        """Mask both tokens in every later log line."""
        register_secret(self.access_token)
        if self.refresh_token:
            register_secret(self.refresh_token)

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.astimezone(dt.UTC).isoformat(),
            "scope": self.scope,
            "token_type": self.token_type,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenSet:
        """Read the stored form back; ValueError when it is not ours."""
        expires_at = dt.datetime.fromisoformat(str(data["expires_at"]))
        if expires_at.tzinfo is None:
            raise ValueError("expires_at without a time zone")
        refresh = data.get("refresh_token")
        tokens = cls(
            access_token=str(data["access_token"]),
            expires_at=expires_at,
            refresh_token=str(refresh) if refresh else None,
            scope=str(data["scope"]) if data.get("scope") else None,
            token_type=str(data.get("token_type") or "Bearer"),
        )
        tokens.register()
        return tokens


def token_path(state_dir: Path, account: str, server: str) -> Path:
    """Where the tokens of ``account``'s ``server`` (imap, or smtp with its own block) live."""
    return state_dir / "oauth2" / f"{account}.{server}.json"


class TokenStore:
    """One JSON file, mode 0600 in a 0700 directory, replaced atomically on every write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when there are none yet."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise OAuth2Error(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            return TokenSet.from_json(data)
        except (ValueError, KeyError, TypeError) as exc:
            raise OAuth2Error(
                f"{self.path} is damaged ({exc}); sign in again with `followupd auth`"
            ) from exc

    def save(self, tokens: TokenSet) -> None:
        """Write ``tokens`` so that a crash leaves either the old or the new file, whole."""
        ensure_private_dir(self.path.parent)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        data = json.dumps(tokens.to_json(), indent=2).encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        try:
            # O_CREAT's mode is filtered by the umask, fchmod is not: 0600 whatever it is.
            os.fchmod(fd, 0o600)
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            tmp.replace(self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        with contextlib.suppress(OSError):
            dir_fd = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


# -- HTTP ------------------------------------------------------------------------------------


class Transport(Protocol):
    """POSTs a form and returns (HTTP status, JSON object). Raises TokenEndpointError."""

    def post(self, url: str, form: Mapping[str, str], timeout: float) -> tuple[int, dict[str, Any]]:
        """Send ``form`` (application/x-www-form-urlencoded) to ``url``."""
        ...


class UrllibTransport:
    """The standard library's HTTP client, certificates verified, no redirects needed."""

    def post(self, url: str, form: Mapping[str, str], timeout: float) -> tuple[int, dict[str, Any]]:
        """POST the form; 4xx bodies are returned (they carry OAuth2 errors), 5xx raise."""
        host = urllib.parse.urlsplit(url).hostname or url
        body = urllib.parse.urlencode(form).encode("ascii")
        request = urllib.request.Request(  # noqa: S310 - the config model allows https only (http on loopback)
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
        )
        handlers: list[urllib.request.BaseHandler] = []
        if host in ("127.0.0.1", "::1", "localhost"):
            handlers.append(urllib.request.ProxyHandler({}))  # a proxy cannot reach our loopback
        opener = urllib.request.build_opener(*handlers)
        try:
            with opener.open(request, timeout=timeout) as response:
                status, raw = int(response.status), response.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise TokenEndpointError(f"OAuth2 token endpoint {host}: {reason}") from exc
        if status >= 500:
            raise TokenEndpointError(f"OAuth2 token endpoint {host}: HTTP {status}")
        try:
            data = json.loads(raw or b"{}")
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise OAuth2Error(f"OAuth2 token endpoint {host}: HTTP {status}, not a JSON object")
        return status, data


def _error_text(data: Mapping[str, Any]) -> str:
    """``error: description`` from an RFC 6749 §5.2 error response."""
    code = str(data.get("error") or "error")
    description = data.get("error_description")
    return f"{code}: {description}" if description else code


# -- refresh ---------------------------------------------------------------------------------


def refresh_tokens(
    client: OAuth2Client, tokens: TokenSet, transport: Transport, now: dt.datetime
) -> TokenSet:
    """A new access token from the refresh token (RFC 6749 §6)."""
    if not tokens.refresh_token:
        raise OAuth2Error("no refresh token is stored; sign in again")
    status, data = transport.post(
        client.token_url,
        client.form(grant_type="refresh_token", refresh_token=tokens.refresh_token),
        client.timeout,
    )
    if status != 200 or "error" in data:
        # invalid_grant: revoked, expired, or the password changed (RFC 6749 §5.2).
        raise OAuth2Error(f"the provider refused the refresh token ({_error_text(data)})")
    return TokenSet.from_response(data, now, previous=tokens)


class TokenSource:
    """Hands out a valid access token for one account, refreshing it when needed.

    Thread-safe: IMAP watchers log in from their own threads. The file is re-read before
    each refresh, so a token renewed by another process (``followupd check`` next to the
    daemon) is used rather than renewed twice.
    """

    def __init__(
        self,
        client: OAuth2Client,
        store: TokenStore,
        *,
        account: str,
        label: str = "",
        clock: Clock | None = None,
        transport: Transport | None = None,
        margin: dt.timedelta = REFRESH_MARGIN,
    ) -> None:
        self.client = client
        self.store = store
        self.account = account
        self.label = label or account
        self.clock = clock or SystemClock()
        self.transport = transport or UrllibTransport()
        self.margin = margin
        self._lock = threading.Lock()
        self._tokens: TokenSet | None = None

    def access_token(self) -> str:
        """A token valid for at least ``margin``; raises OAuth2Error or TokenEndpointError."""
        with self._lock:
            now = self.clock.now()
            tokens = self._tokens
            if tokens is None or tokens.expires_within(now, self.margin):
                tokens = self.store.load()
            if tokens is None:
                raise NotAuthorizedError(
                    f"{self.label}: not signed in with OAuth2 yet; run "
                    f"`followupd auth {self.account}`"
                )
            if tokens.expires_within(now, self.margin):
                try:
                    tokens = refresh_tokens(self.client, tokens, self.transport, now)
                except OAuth2Error as exc:
                    raise OAuth2Error(
                        f"{self.label}: {exc}; run `followupd auth {self.account}` again"
                    ) from exc
                except TokenEndpointError as exc:
                    raise TokenEndpointError(f"{self.label}: {exc}") from exc
                self.store.save(tokens)
            self._tokens = tokens
            return tokens.access_token

    def invalidate(self) -> None:
        """Forget the cached access token (the server refused it): refresh at next use."""
        with self._lock:
            if self._tokens is not None:
                self._tokens = TokenSet(
                    access_token=self._tokens.access_token,
                    expires_at=self.clock.now() - dt.timedelta(seconds=1),
                    refresh_token=self._tokens.refresh_token,
                    scope=self._tokens.scope,
                    token_type=self._tokens.token_type,
                )
                self.store.save(self._tokens)

    def authorize(
        self,
        flow: Literal["device", "loopback"],
        show: Callable[[str], None],
        *,
        sleep: Callable[[float], None] = time.sleep,
        open_browser: Callable[[str], object] | None = None,
        timeout: float = 600.0,
    ) -> TokenSet:
        """Run the one-time consent flow and store the tokens it yields."""
        if flow == "device":
            tokens = device_flow(self.client, self.transport, self.clock, show=show, sleep=sleep)
        else:
            tokens = loopback_flow(
                self.client,
                self.transport,
                self.clock,
                show=show,
                open_browser=open_browser,
                timeout=timeout,
            )
        if not tokens.refresh_token:
            show(
                "warning: the provider sent no refresh token; you will have to sign in again "
                "when the access token expires"
            )
        with self._lock:
            self.store.save(tokens)
            self._tokens = tokens
        return tokens


# -- device flow (RFC 8628) -------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceCode:
    """What the user needs to approve this device (RFC 8628 §3.2)."""

    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float


def start_device_flow(client: OAuth2Client, transport: Transport) -> DeviceCode:
    """Ask the provider for a user code (RFC 8628 §3.1)."""
    if client.device_authorization_url is None:
        raise OAuth2Error(
            f"{client.provider}: no device_authorization_url; use the loopback flow "
            "(followupd auth --flow loopback) or set device_authorization_url"
        )
    form = {"client_id": client.client_id, "scope": " ".join(client.scopes)}
    if client.client_secret is not None:
        form["client_secret"] = client.client_secret.get_secret_value()
    status, data = transport.post(client.device_authorization_url, form, client.timeout)
    if status != 200 or "error" in data:
        raise OAuth2Error(f"device authorization refused ({_error_text(data)})")
    # Google says verification_url, RFC 8628 verification_uri.
    uri = data.get("verification_uri") or data.get("verification_url")
    device_code, user_code = data.get("device_code"), data.get("user_code")
    if not (isinstance(uri, str) and isinstance(device_code, str) and isinstance(user_code, str)):
        raise OAuth2Error("device authorization answer lacks device_code/user_code/URL")
    register_secret(device_code)
    complete = data.get("verification_uri_complete")
    return DeviceCode(
        device_code=device_code,
        user_code=user_code,
        verification_uri=uri,
        verification_uri_complete=complete if isinstance(complete, str) else None,
        expires_in=float(data.get("expires_in") or 900),
        interval=float(data.get("interval") or 5),
    )


def device_flow(
    client: OAuth2Client,
    transport: Transport,
    clock: Clock,
    *,
    show: Callable[[str], None],
    sleep: Callable[[float], None] = time.sleep,
) -> TokenSet:
    """Print the URL and code, then poll the token endpoint until the user approves."""
    code = start_device_flow(client, transport)
    show(f"Open {code.verification_uri} and enter the code {code.user_code}")
    if code.verification_uri_complete:
        show(f"(or open {code.verification_uri_complete})")
    deadline = clock.now() + dt.timedelta(seconds=code.expires_in)
    interval = max(code.interval, 1.0)
    # Bounded twice: by the code's lifetime on the clock and by a number of polls.
    for _ in range(int(code.expires_in / interval) + 10):
        if clock.now() >= deadline:
            break
        sleep(interval)
        now = clock.now()
        status, data = transport.post(
            client.token_url,
            client.form(grant_type=DEVICE_GRANT, device_code=code.device_code),
            client.timeout,
        )
        if status == 200 and "error" not in data:
            return TokenSet.from_response(data, now)
        error = data.get("error")
        if error == "authorization_pending":
            continue
        if error == "slow_down":
            interval += 5  # RFC 8628 §3.5
            continue
        if error == "access_denied":
            raise OAuth2Error("sign-in was declined in the browser")
        if error == "expired_token":
            break
        raise OAuth2Error(f"device sign-in failed ({_error_text(data)})")
    raise OAuth2Error("the code expired before sign-in finished; run `followupd auth` again")


# -- loopback-redirect flow (RFC 8252 §7.3, PKCE RFC 7636) --------------------------------------


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636 §4.1-4.2."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Redirect(http.server.BaseHTTPRequestHandler):
    """Catches the browser's redirect: one GET with ?code=...&state=..."""

    server: _RedirectServer

    def do_GET(self) -> None:
        """Record the query if its state matches; tell the user to go back to the terminal."""
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        values = {k: v[0] for k, v in query.items() if v}
        if values.get("state") != self.server.expected_state:
            self._reply(400, "This sign-in link is not the one followupd is waiting for.")
            return
        self.server.result = values
        if "code" in values:
            self._reply(200, "Signed in. You can close this tab and go back to the terminal.")
        else:
            self._reply(400, "Sign-in did not complete; see the terminal.")
        self.server.done.set()

    def _reply(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence: the query string holds the authorization code."""


class _RedirectServer(http.server.HTTPServer):
    def __init__(self, expected_state: str) -> None:
        super().__init__(("127.0.0.1", 0), _Redirect)
        self.expected_state = expected_state
        self.result: dict[str, str] | None = None
        self.done = threading.Event()


def loopback_flow(
    client: OAuth2Client,
    transport: Transport,
    clock: Clock,
    *,
    show: Callable[[str], None],
    open_browser: Callable[[str], object] | None = None,
    timeout: float = 600.0,
) -> TokenSet:
    """Send the user to the provider's page; it redirects to 127.0.0.1 with a code."""
    if client.authorization_url is None:
        raise OAuth2Error(f"{client.provider}: no authorization_url for the loopback flow")
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    server = _RedirectServer(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.daemon = True
    thread.start()
    try:
        redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
        query = {
            "response_type": "code",
            "client_id": client.client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(client.scopes),
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            **dict(client.authorize_params),
        }
        url = f"{client.authorization_url}?{urllib.parse.urlencode(query)}"
        show(f"Open this address in a browser on this computer and sign in:\n{url}")
        if open_browser is not None:
            with contextlib.suppress(Exception):
                open_browser(url)
        if not server.done.wait(timeout):
            raise OAuth2Error(f"no answer from the browser within {int(timeout)} s")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    result = server.result or {}
    if "code" not in result:
        raise OAuth2Error(f"sign-in failed in the browser ({_error_text(result)})")
    register_secret(result["code"])
    now = clock.now()
    status, data = transport.post(
        client.token_url,
        client.form(
            grant_type="authorization_code",
            code=result["code"],
            redirect_uri=redirect_uri,
            code_verifier=verifier,
        ),
        client.timeout,
    )
    if status != 200 or "error" in data:
        raise OAuth2Error(f"the provider refused the sign-in code ({_error_text(data)})")
    return TokenSet.from_response(data, now)


# -- SASL payloads (used by the IMAP and SMTP adapters) -----------------------------------------


def xoauth2_payload(user: str, token: str) -> bytes:
    """Google's XOAUTH2 initial response (before base64)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def oauthbearer_payload(user: str, token: str, host: str, port: int) -> bytes:
    """RFC 7628 §3.1 OAUTHBEARER initial response (before base64), with a GS2 header."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")  # RFC 5801 §4 saslname
    return f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01".encode()


def sasl_error(challenge: bytes) -> str:
    """The server's JSON error challenge (RFC 7628 §3.2.2) as short text."""
    try:
        data = json.loads(challenge)
    except ValueError:
        return challenge.decode("utf-8", "replace")
    if not isinstance(data, dict):
        return str(data)
    parts = [f"{k}={v}" for k, v in data.items() if k in ("status", "scope", "schemes")]
    return ", ".join(parts) or "token refused"


# -- `followupd auth ACCOUNT` ---------------------------------------------------------------


def default_flow(client: OAuth2Client) -> Literal["device", "loopback"]:
    """Google: loopback (its device flow refuses the mail scope); otherwise device if known."""
    if client.provider == "google" or client.device_authorization_url is None:
        return "loopback"
    return "device"


def run_auth(
    config: Config,
    account: str,
    *,
    flow: Literal["device", "loopback"] | None = None,
    browser: bool = True,
    out: TextIO | None = None,
) -> int:
    """Sign ``account`` in once and store its tokens; returns an exit status."""
    stream = out or sys.stdout
    settings = config.settings.account(account)  # ConfigError naming the accounts otherwise
    sources: list[TokenSource] = []
    for server in ("imap", "smtp"):
        source = config.token_sources.get((account, server))
        if source is not None and all(source is not s for s in sources):
            sources.append(source)
    if not sources:
        raise ConfigError(
            f"{config.path}: account {account} signs in with a password; set auth: oauth2 "
            "and an oauth2 block (provider, client_id) for it first"
        )

    def show(text: str) -> None:
        print(text, file=stream, flush=True)

    for source in sources:
        chosen = flow or default_flow(source.client)
        show(f"Signing in {settings.email} ({source.label}, {source.client.provider}, {chosen})")
        try:
            source.authorize(
                chosen,
                show,
                open_browser=webbrowser.open if browser and chosen == "loopback" else None,
            )
        except (OAuth2Error, TokenEndpointError) as exc:
            print(f"followupd: sign-in failed: {exc}", file=sys.stderr)
            return EX_UNAVAILABLE
        show(f"Signed in; tokens stored in {source.store.path} (mode 0600)")
    show("Next: `followupd check` logs in with them.")
    return 0
