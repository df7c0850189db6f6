"""The SMTP adapter: a thin facade over aiosmtplib with the daemon's error tree.

Certificates are always verified (optionally against a private CA); STARTTLS never falls back
to plaintext; a plaintext login needs ``allow_insecure: true``.
"""

from __future__ import annotations

import base64
import contextlib
import ssl
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.message import EmailMessage

import aiosmtplib

from daemon.config import SmtpSettings
from daemon.errors import (
    AuthError,
    ConnectError,
    DeliveryUnknown,
    MailError,
    PermanentMailError,
    TLSError,
    TransientMailError,
)
from daemon.mailbox import tls_context
from daemon.oauth2 import oauthbearer_payload, sasl_error, xoauth2_payload


@dataclass(frozen=True, slots=True)
class SmtpInfo:
    """What the server told us at EHLO (for ``followupd check``)."""

    label: str
    extensions: tuple[str, ...]
    auth_methods: tuple[str, ...]


def _label(settings: SmtpSettings) -> str:
    return f"SMTP {settings.host}:{settings.effective_port()}"


def translate(exc: BaseException, label: str) -> MailError:
    """Map an aiosmtplib/ssl/socket error onto the daemon's tree (4xx transient, 5xx not)."""
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        return TLSError(f"{label}: the server certificate is not trusted ({exc.verify_message})")
    if isinstance(exc, ssl.SSLError):
        return TLSError(f"{label}: TLS failed: {exc.reason or exc}")
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return AuthError(f"{label}: login refused: {exc.code} {exc.message}")
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        text = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
        cls = TransientMailError if all(400 <= c < 500 for c in codes) else PermanentMailError
        return cls(f"{label}: recipient refused: {text}")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        cls = TransientMailError if 400 <= exc.code < 500 else PermanentMailError
        return cls(f"{label}: server said {exc.code} {exc.message}")
    if isinstance(exc, aiosmtplib.SMTPException | OSError | TimeoutError):
        cause = exc.__cause__
        if isinstance(cause, ssl.SSLError):
            return translate(cause, label)
        return ConnectError(f"{label}: {exc}")
    return TransientMailError(f"{label}: {type(exc).__name__}: {exc}")


@asynccontextmanager
async def connect(
    settings: SmtpSettings, username: str, password: str
) -> AsyncIterator[aiosmtplib.SMTP]:
    """An authenticated SMTP connection, closed on exit."""
    label = _label(settings)
    context = tls_context(settings.ca_file)
    client = aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.effective_port(),
        timeout=settings.timeout.total_seconds(),
        use_tls=settings.tls == "implicit",
        # False: we call starttls() ourselves so a server without it is an error, never a
        # silent plaintext session.
        start_tls=False,
        tls_context=context,
    )
    try:
        await client.connect()
        await client.ehlo()
        if settings.tls == "starttls":
            if not client.supports_extension("starttls"):
                raise TLSError(f"{label}: the server does not offer STARTTLS")
            await client.starttls(tls_context=context)
            # RFC 3207: forget what was said before TLS and ask again.
            await client.ehlo()
        elif settings.tls == "none" and not settings.allow_insecure:
            raise TLSError(f"{label}: refusing to log in without TLS")
        if settings.uses_oauth2:
            await _oauth2_login(client, username, password, settings, label)
        else:
            await client.login(username, password)
    except Exception as exc:
        await _close(client)
        raise translate(exc, label) from exc
    try:
        yield client
    finally:
        await _close(client)


async def _oauth2_login(
    client: aiosmtplib.SMTP, username: str, token: str, settings: SmtpSettings, label: str
) -> None:
    """AUTH OAUTHBEARER (RFC 7628) when offered, else XOAUTH2, with an access token.

    Written on ``execute_command`` rather than aiosmtplib's ``auth_xoauth2`` (5.x only) so
    OAUTHBEARER works too and older aiosmtplib releases stay supported.
    """
    methods = {m.lower() for m in client.server_auth_methods}
    if "oauthbearer" in methods:
        mechanism = "OAUTHBEARER"
        payload = oauthbearer_payload(username, token, settings.host, settings.effective_port())
        acknowledge = base64.b64encode(b"\x01")  # RFC 7628 §3.2.3
    else:
        mechanism = "XOAUTH2"
        payload = xoauth2_payload(username, token)
        acknowledge = b""
    response = await client.execute_command(b"AUTH", mechanism.encode(), base64.b64encode(payload))
    detail = ""
    if response.code == 334:
        # The server explains the failure in a base64 JSON challenge and waits for one
        # more line before its final 5xx.
        try:
            detail = f" ({sasl_error(base64.b64decode(response.message))})"
        except ValueError:
            detail = ""
        response = await client.execute_command(acknowledge)
    if response.code != 235:
        raise AuthError(
            f"{label}: {mechanism} login refused{detail}: {response.code} {response.message}; "
            "the access token was not accepted (revoked, wrong account or missing scope?)"
        )


async def _close(client: aiosmtplib.SMTP) -> None:
    if client.is_connected:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()


async def probe(settings: SmtpSettings, username: str, password: str) -> SmtpInfo:
    """Connect and log in, then report what the server offers."""
    async with connect(settings, username, password) as client:
        extensions = tuple(sorted(client.esmtp_extensions))
        auth = tuple(sorted(client.server_auth_methods))
    return SmtpInfo(label=_label(settings), extensions=extensions, auth_methods=auth)


async def send_raw(
    client: aiosmtplib.SMTP,
    raw: bytes,
    *,
    label: str,
    sender: str,
    recipients: Sequence[str],
) -> str:
    """One SMTP transaction on an open connection; returns the server's final reply.

    Failures before the message data went out (MAIL, RCPT, a refused DATA) are ordinary
    Transient/PermanentMailErrors: nothing was delivered. A broken link or timeout while
    the data is in flight raises :class:`DeliveryUnknown` (RFC 5321 §6.1: the server may
    have taken responsibility for the message).
    """
    try:
        await client.mail(sender)
        refused = []
        for recipient in recipients:
            try:
                await client.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
        if refused:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                await client.rset()
            raise aiosmtplib.SMTPRecipientsRefused(refused)
    except Exception as exc:
        raise translate(exc, label) from exc
    try:
        response = await client.data(raw)
    except aiosmtplib.SMTPResponseException as exc:
        raise translate(exc, label) from exc
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        raise DeliveryUnknown(
            f"{label}: the connection failed while the message was being delivered ({exc})"
        ) from exc
    return f"{response.code} {response.message}"


async def send(
    settings: SmtpSettings,
    username: str,
    password: str,
    message: EmailMessage | bytes,
    *,
    sender: str,
    recipients: Sequence[str],
) -> str:
    """Connect, log in and send one message. Raises Transient/PermanentMailError."""
    raw = message if isinstance(message, bytes) else message.as_bytes()
    async with connect(settings, username, password) as client:
        return await send_raw(
            client, raw, label=_label(settings), sender=sender, recipients=recipients
        )
