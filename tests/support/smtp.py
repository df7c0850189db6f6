"""An aiosmtpd sink for the tests: real SMTP over TLS, with scripted failures.

Two listeners on 127.0.0.1, each an aiosmtpd `Controller` running its own event loop in
its own thread: a submission port that requires STARTTLS (RFC 3207) and an implicit-TLS
port (RFC 8314). Both require AUTH (PLAIN or LOGIN) against the sink's users. Accepted
messages are kept in a thread-safe list; tests wait for them with a bounded `wait_for`.

Failures on demand, consumed in order: `fail_next("rcpt", "450 4.2.1 try later",
times=2)`, `fail_next("rcpt", "550 5.1.1 no such user", match="bob@")`,
`fail_next("data", "451 4.3.0 later")`; `drop_after_data_once()` accepts the message and
then closes the connection without replying: the ambiguous case where the client cannot
know whether the message was delivered (RFC 5321 section 4.1.1.4 / 6.1 duplicates).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Literal, cast

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.support.dovecot import _free_port
from tests.support.tls import TlsFiles

__all__ = ["ReceivedMessage", "SmtpSink", "Stage"]

HOST = "127.0.0.1"
#: How long start() waits for each controller thread to accept connections.
READY_TIMEOUT = 10.0

Stage = Literal["mail", "rcpt", "data"]


def _not_login_data_notice(record: logging.LogRecord) -> bool:
    # aiosmtpd 1.4 logs "Session.login_data is deprecated" at WARNING on every
    # successful AUTH, from its own code; it is noise in every failure report.
    return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_not_login_data_notice)


@dataclass(frozen=True)
class ReceivedMessage:
    """One message the sink accepted (DATA got past the handler)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    #: Parsed with `email.policy.default`, so headers are decoded strings.
    message: EmailMessage
    #: The AUTH identity the client used.
    login: str | None
    #: The listener it arrived on (`submission_port` or `smtps_port`).
    port: int


@dataclass
class _Fault:
    stage: Stage
    response: str
    remaining: int
    match: str | None = None


@dataclass
class _State:
    """Everything the handler threads and the test thread share, under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)
    messages: list[ReceivedMessage] = field(default_factory=list)
    faults: list[_Fault] = field(default_factory=list)
    delays: dict[Stage, float] = field(default_factory=dict)
    drops_after_data: int = 0
    users: dict[str, str] = field(default_factory=dict)
    on_accept: Callable[[ReceivedMessage], None] | None = None
    on_accept_delay: float = 0.0
    timers: list[threading.Timer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def take_fault(self, stage: Stage, address: str | None) -> str | None:
        with self.lock:
            for fault in self.faults:
                if fault.stage != stage:
                    continue
                if fault.match is not None and fault.match.lower() not in (address or "").lower():
                    continue
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.faults.remove(fault)
                return fault.response
        return None


class _Handler:
    """aiosmtpd handler hooks (called on the controller threads' event loops)."""

    def __init__(self, state: _State) -> None:
        self._state = state

    async def _delay(self, stage: Stage) -> None:
        with self._state.lock:
            seconds = self._state.delays.get(stage, 0.0)
        if seconds > 0:
            await asyncio.sleep(seconds)

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        await self._delay("mail")
        scripted = self._state.take_fault("mail", address)
        if scripted is not None:
            return scripted
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        await self._delay("rcpt")
        scripted = self._state.take_fault("rcpt", address)
        if scripted is not None:
            return scripted
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        await self._delay("data")
        scripted = self._state.take_fault("data", None)
        if scripted is not None:
            return scripted
        raw = bytes(envelope.original_content or b"")
        transport = cast(asyncio.Transport, server.transport)
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        received = ReceivedMessage(
            mail_from=str(envelope.mail_from),
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=raw,
            message=email.message_from_bytes(raw, policy=email.policy.default),
            login=login,
            port=int(transport.get_extra_info("sockname")[1]),
        )
        with self._state.lock:
            # Recorded first: the hook below may be cancelled if the client vanishes.
            self._state.messages.append(received)
        with self._state.lock:
            hook, delay = self._state.on_accept, self._state.on_accept_delay
        if hook is not None and delay > 0:
            # A slow provider: it files the message some time after saying "250".
            timer = threading.Timer(delay, hook, args=(received,))
            timer.daemon = True
            with self._state.lock:
                self._state.timers.append(timer)
            timer.start()
        elif hook is not None:
            # Like a provider that files accepted mail in the sender's Sent folder
            # (Gmail, Microsoft 365): done before the client hears "250".
            await asyncio.to_thread(hook, received)
        with self._state.lock:
            drop = self._state.drops_after_data > 0
            if drop:
                self._state.drops_after_data -= 1
            self._state.changed.notify_all()
        if drop:
            # The message is accepted but the client never hears so. abort() closes at
            # once without a TLS close_notify, like a crashed server or a cut cable;
            # aiosmtpd's "250" is then written to a dead transport and discarded.
            transport.abort()
        return "250 OK"


class _ImplicitTlsSMTP(SMTP):
    """An SMTP session that knows it runs inside implicit TLS.

    aiosmtpd only counts a session as encrypted after STARTTLS (aiosmtpd issue #281), so
    with implicit TLS and `auth_require_tls=True` it would hide AUTH; the usual
    workaround (`auth_require_tls=False`) emits a UserWarning on every connection, which
    `filterwarnings = error` turns into a failed connection in the server thread.
    """

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        if transport.get_extra_info("ssl_object") is not None and self._tls_protocol is None:
            # Only truthiness of _tls_protocol is read outside STARTTLS handling.
            self._tls_protocol = cast(Any, transport)
            assert self.session is not None
            self.session.ssl = {"ssl_object": transport.get_extra_info("ssl_object")}


class _Controller(Controller):
    def __init__(self, handler: _Handler, *, implicit_tls: bool, **kwargs: Any) -> None:
        self._implicit_tls = implicit_tls
        super().__init__(handler, **kwargs)

    def factory(self) -> SMTP:
        server_class = _ImplicitTlsSMTP if self._implicit_tls else SMTP
        return server_class(self.handler, **self.SMTP_kwargs)


class SmtpSink:
    """A real SMTP server that keeps what it receives.

    ```python
    sink = SmtpSink(tls, users={"alice": "secret"})
    sink.start()
    ...  # send with aiosmtplib to sink.host, sink.submission_port (STARTTLS)
    [msg] = sink.wait_for(1)
    sink.stop()
    ```
    """

    def __init__(self, tls: TlsFiles, users: Mapping[str, str] | None = None) -> None:
        self._tls = tls
        self._state = _State(users=dict(users or {}))
        self._handler = _Handler(self._state)
        self.submission_port = _free_port()
        self.smtps_port = _free_port()
        self._controllers: list[_Controller] = []

    # -- properties ---------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The address both listeners bind to."""
        return HOST

    @property
    def ca_file(self) -> str:
        """The CA file clients must trust."""
        return str(self._tls.ca_file)

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the accepted messages, oldest first."""
        with self._state.lock:
            return list(self._state.messages)

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start both listeners; returns when they accept connections (bounded)."""
        if self._controllers:
            return
        common: dict[str, Any] = {
            "hostname": HOST,
            "server_hostname": "sink.test",
            "ready_timeout": READY_TIMEOUT,
            "authenticator": self._authenticate,
            "auth_required": True,
            "auth_require_tls": True,
        }
        submission = _Controller(
            self._handler,
            implicit_tls=False,
            port=self.submission_port,
            tls_context=self._tls.server_context(),
            require_starttls=True,
            **common,
        )
        smtps = _Controller(
            self._handler,
            implicit_tls=True,
            port=self.smtps_port,
            ssl_context=self._tls.server_context(),
            **common,
        )
        try:
            for controller in (submission, smtps):
                controller.start()
                self._controllers.append(controller)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop both listeners and join their threads."""
        self._cancel_filing()
        controllers, self._controllers = self._controllers, []
        for controller in controllers:
            controller.stop(no_assert=True)

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- users and state ----------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        """Allow `user` to AUTH with `password` (takes effect immediately)."""
        with self._state.lock:
            self._state.users[user] = password

    def clear(self) -> None:
        """Forget received messages, scripted failures, drops and delays."""
        with self._state.lock:
            self._state.messages.clear()
            self._state.faults.clear()
            self._state.delays.clear()
            self._state.drops_after_data = 0
            self._state.on_accept = None
            self._state.on_accept_delay = 0.0
            self._state.changed.notify_all()
        self._cancel_filing()

    def _cancel_filing(self) -> None:
        """Drop delayed filings still waiting (they belong to the test that is over)."""
        with self._state.lock:
            timers, self._state.timers = self._state.timers, []
        for timer in timers:
            timer.cancel()
            timer.join(timeout=READY_TIMEOUT)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Wait until at least `count` messages arrived; return them all.

        Raises TimeoutError (naming how many arrived) after `timeout` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._state.changed:
            while len(self._state.messages) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"SMTP sink got {len(self._state.messages)} of {count} messages "
                        f"in {timeout} s"
                    )
                self._state.changed.wait(remaining)
            return list(self._state.messages)

    def file_accepted_mail(
        self, hook: Callable[[ReceivedMessage], None] | None, *, delay: float = 0.0
    ) -> None:
        """Call `hook` with each accepted message before answering 250 (e.g. to APPEND it
        to the sender's Sent folder, as Gmail does); None turns it off. With `delay`,
        `hook` runs that many seconds after the 250 instead (a provider that files
        accepted mail late); `clear()` and `stop()` drop filings still waiting."""
        if delay < 0:
            raise ValueError("delay cannot be negative")
        with self._state.lock:
            self._state.on_accept = hook
            self._state.on_accept_delay = delay

    # -- fault injection ----------------------------------------------------------------

    def fail_next(
        self, stage: Stage, response: str, *, times: int = 1, match: str | None = None
    ) -> None:
        """Answer the next `times` MAIL/RCPT/DATA commands with `response`.

        `response` is a full reply line such as ``"450 4.2.1 try later"``. With `match`,
        only commands whose address contains it (case-insensitive) fail; DATA has no
        address, so `match` is for MAIL and RCPT. Scripts are consumed in order.
        """
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError(f"stage must be mail, rcpt or data, not {stage!r}")
        if times < 1:
            raise ValueError("times must be at least 1")
        code = response[:3]
        if not (code.isdigit() and code[0] in "45"):
            raise ValueError(f"a failure response starts with a 4xx or 5xx code: {response!r}")
        with self._state.lock:
            self._state.faults.append(_Fault(stage, response, times, match))

    def drop_after_data_once(self) -> None:
        """Accept the next message, then close the connection without replying."""
        with self._state.lock:
            self._state.drops_after_data += 1

    def set_delay(self, stage: Stage, seconds: float) -> None:
        """Wait `seconds` before answering each MAIL/RCPT/DATA (0 removes the delay)."""
        with self._state.lock:
            self._state.delays[stage] = max(0.0, seconds)

    # -- AUTH ---------------------------------------------------------------------------

    def _authenticate(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: object,
    ) -> AuthResult:
        ok = False
        if isinstance(auth_data, LoginPassword):
            with self._state.lock:
                expected = self._state.users.get(auth_data.login.decode(errors="replace"))
            ok = expected is not None and expected.encode() == auth_data.password
        # handled=False lets aiosmtpd send the reply; auth_data ends up in session.
        return AuthResult(success=ok, handled=False, auth_data=auth_data)
