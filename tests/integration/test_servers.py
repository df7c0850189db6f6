"""Smoke tests for the real-server test infrastructure (tests/support).

They prove the fixtures give what the daemon's integration tests rely on: Dovecot over
IMAPS and STARTTLS with a private CA, mail injection and inspection, UIDVALIDITY changes,
restarts, server-side disconnects; and an SMTP sink that authenticates, records and
fails on demand.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.support.dovecot import Dovecot, MailUser, parse_uid_set
from tests.support.smtp import SmtpSink
from tests.support.tls import TlsFiles

pytestmark = pytest.mark.integration

RAW = (
    b"From: Recruiter <hr@example.com>\r\n"
    b"To: Seeker <me@example.org>\r\n"
    b"Subject: Interview on Tuesday\r\n"
    b"Message-ID: <smoke-1@example.com>\r\n"
    b"\r\n"
    b"See you at 10:00.\r\n"
)


def _raw(n: int) -> bytes:
    return RAW.replace(b"smoke-1", f"smoke-{n}".encode())


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "me@example.org"
    msg["To"] = "hr@example.com"
    msg["Subject"] = "Thank you"
    msg.set_content("Thanks for the interview.")
    return msg


def _client_ctx(ca_file: Path | str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca_file))


class TestDovecotConnections:
    """Logging in to Dovecot over TLS, and refusals."""

    def test_imaps_login_verifies_with_ca(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """An IMAPS client trusting the test CA logs in and sees IDLE and MOVE."""
        ctx = _client_ctx(dovecot.ca_file)
        with IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl_context=ctx, timeout=10) as c:
            c.login(mail_user.name, mail_user.password)
            caps = c.capabilities()
        assert {b"IDLE", b"MOVE", b"UIDPLUS", b"SPECIAL-USE"} <= set(caps)

    def test_starttls_login(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """The plain port offers STARTTLS and logs in after upgrading."""
        with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10) as c:
            assert b"STARTTLS" in c.capabilities()
            c.starttls(_client_ctx(dovecot.ca_file))
            c.login(mail_user.name, mail_user.password)
            assert c.select_folder("INBOX")[b"EXISTS"] == 0

    def test_untrusted_ca_is_refused(self, dovecot: Dovecot, untrusted_ca_file: Path) -> None:
        """A client trusting another CA fails certificate verification on both ports."""
        ctx = _client_ctx(untrusted_ca_file)
        with pytest.raises(ssl.SSLCertVerificationError):
            IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl_context=ctx, timeout=10)
        plain = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10)
        try:
            with pytest.raises(ssl.SSLCertVerificationError):
                plain.starttls(ctx)
        finally:
            # The failed handshake may already have closed the socket.
            with contextlib.suppress(OSError):
                plain.shutdown()

    def test_wrong_password_is_refused(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """A wrong password gets a login error (no 2 s auth failure delay)."""
        ctx = _client_ctx(dovecot.ca_file)
        with IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl_context=ctx, timeout=10) as c:
            with pytest.raises(LoginError):
                c.login(mail_user.name, "wrong")

    def test_set_password_applies(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """After set_password the new password works and the old one does not."""
        dovecot.set_password(mail_user.name, "changed-pw")
        with dovecot.imap_client(mail_user.name):
            pass
        ctx = _client_ctx(dovecot.ca_file)
        with IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl_context=ctx, timeout=10) as c:
            with pytest.raises(LoginError):
                c.login(mail_user.name, mail_user.password)

    def test_plaintext_login_when_allowed(
        self, dovecot_factory: Callable[..., Dovecot], mail_user: MailUser
    ) -> None:
        """allow_plaintext=True accepts LOGIN on the plain port without STARTTLS."""
        server = dovecot_factory(allow_plaintext=True)
        server.add_user(mail_user.name, mail_user.password)
        with IMAPClient(server.host, port=server.imap_port, ssl=False, timeout=10) as c:
            assert b"LOGINDISABLED" not in c.capabilities()
            c.login(mail_user.name, mail_user.password)

    def test_special_use_folders_are_subscribed(
        self, dovecot: Dovecot, mail_user: MailUser
    ) -> None:
        """Sent, Drafts, Junk and Trash exist with their special-use flags, subscribed."""
        with dovecot.imap_client(mail_user.name) as c:
            subscribed = {name: set(flags) for flags, _, name in c.list_sub_folders()}
        assert b"\\Sent" in subscribed["Sent"]
        assert b"\\Drafts" in subscribed["Drafts"]
        assert b"\\Junk" in subscribed["Junk"]
        assert b"\\Trash" in subscribed["Trash"]


class TestDovecotMail:
    """Injecting and inspecting mail."""

    def test_append_then_fetch(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """An APPENDed message comes back byte-for-byte with its flags and UID."""
        uid = dovecot.append(mail_user.name, "INBOX", RAW, flags=[b"\\Flagged"])
        [(got_uid, flags, raw)] = dovecot.fetch_all(mail_user.name, "INBOX")
        assert got_uid == uid
        assert b"\\Flagged" in flags
        assert b"\\Seen" not in flags
        assert raw == RAW

    def test_append_many_uses_batches(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """append_many stores every message across several MULTIAPPEND batches."""
        uids = dovecot.append_many(mail_user.name, "Junk", (_raw(i) for i in range(25)), batch=10)
        assert uids == list(range(1, 26))
        fetched = dovecot.fetch_all(mail_user.name, "Junk")
        assert [raw for _, _, raw in fetched] == [_raw(i) for i in range(25)]

    def test_uid_set_parsing(self) -> None:
        """APPENDUID uid-sets expand ranges and lists."""
        assert parse_uid_set("1:3,7,9:8") == [1, 2, 3, 7, 8, 9]

    @pytest.mark.parametrize("folder", ["INBOX", "Sent"])
    def test_recreate_mailbox_changes_uidvalidity(
        self, dovecot: Dovecot, mail_user: MailUser, folder: str
    ) -> None:
        """Recreating a mailbox changes UIDVALIDITY, keeps messages, restarts UIDs at 1."""
        dovecot.append_many(mail_user.name, folder, [_raw(i) for i in range(3)])
        dovecot.append(mail_user.name, folder, _raw(3), flags=[b"\\Seen"])
        before = dovecot.uidvalidity(mail_user.name, folder)
        after = dovecot.recreate_mailbox(mail_user.name, folder)
        assert after != before
        assert dovecot.uidvalidity(mail_user.name, folder) == after
        fetched = dovecot.fetch_all(mail_user.name, folder)
        assert [uid for uid, _, _ in fetched] == [1, 2, 3, 4]
        assert [raw for _, _, raw in fetched] == [_raw(i) for i in range(4)]
        assert b"\\Seen" in fetched[3][1]

    def test_restart_keeps_mail_and_ports(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """restart() serves the same mail on the same ports."""
        ports = (dovecot.imaps_port, dovecot.imap_port)
        dovecot.append(mail_user.name, "INBOX", RAW)
        dovecot.restart()
        assert (dovecot.imaps_port, dovecot.imap_port) == ports
        assert [raw for _, _, raw in dovecot.fetch_all(mail_user.name, "INBOX")] == [RAW]

    def test_kick_sends_bye_to_idle_session(self, dovecot: Dovecot, mail_user: MailUser) -> None:
        """kick() makes the server send BYE to a client waiting in IDLE."""
        client = dovecot.imap_client(mail_user.name, timeout=10)
        try:
            client.select_folder("INBOX")
            client.idle()
            dovecot.kick(mail_user.name)
            responses: list[tuple[object, ...]] = []
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not any(r[0] == b"BYE" for r in responses):
                responses.extend(client.idle_check(timeout=1))
        finally:
            client.shutdown()
        assert any(r[0] == b"BYE" for r in responses)


class TestSmtpSink:
    """Sending to the aiosmtpd sink with aiosmtplib, and scripted failures."""

    async def test_starttls_submission_with_auth(
        self, smtp_sink: SmtpSink, mail_user: MailUser
    ) -> None:
        """STARTTLS + AUTH on the submission port delivers to the sink."""
        await aiosmtplib.send(
            _message(),
            hostname=smtp_sink.host,
            port=smtp_sink.submission_port,
            start_tls=True,
            tls_context=_client_ctx(smtp_sink.ca_file),
            username=mail_user.name,
            password=mail_user.password,
            timeout=10,
        )
        [got] = smtp_sink.wait_for(1)
        assert got.mail_from == "me@example.org"
        assert got.rcpt_tos == ("hr@example.com",)
        assert got.login == mail_user.name
        assert got.port == smtp_sink.submission_port
        assert got.message["Subject"] == "Thank you"

    async def test_implicit_tls_with_auth(self, smtp_sink: SmtpSink, mail_user: MailUser) -> None:
        """Implicit TLS offers AUTH (aiosmtpd #281 worked around) and delivers."""
        await aiosmtplib.send(
            _message(),
            hostname=smtp_sink.host,
            port=smtp_sink.smtps_port,
            use_tls=True,
            tls_context=_client_ctx(smtp_sink.ca_file),
            username=mail_user.name,
            password=mail_user.password,
            timeout=10,
        )
        [got] = smtp_sink.wait_for(1)
        assert got.port == smtp_sink.smtps_port
        assert got.login == mail_user.name

    async def test_untrusted_ca_is_refused(
        self, smtp_sink: SmtpSink, untrusted_ca_file: Path
    ) -> None:
        """A client trusting another CA refuses the sink's certificate."""
        with pytest.raises(aiosmtplib.SMTPConnectError) as info:
            await aiosmtplib.send(
                _message(),
                hostname=smtp_sink.host,
                port=smtp_sink.smtps_port,
                use_tls=True,
                tls_context=_client_ctx(untrusted_ca_file),
                timeout=10,
            )
        assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)

    async def test_auth_is_required(self, smtp_sink: SmtpSink, tls: TlsFiles) -> None:
        """Mail without AUTH is refused, and AUTH is not offered before STARTTLS."""
        async with aiosmtplib.SMTP(
            hostname=smtp_sink.host,
            port=smtp_sink.submission_port,
            start_tls=False,
            tls_context=tls.client_context(),
            timeout=10,
        ) as client:
            assert not client.supports_extension("auth")
            await client.starttls()
            await client.ehlo()
            assert client.supports_extension("auth")
            with pytest.raises(aiosmtplib.SMTPSenderRefused) as info:
                await client.sendmail("me@example.org", ["hr@example.com"], b"x\r\n")
        assert info.value.code == 530

    async def test_wrong_password(self, smtp_sink: SmtpSink, mail_user: MailUser) -> None:
        """A wrong password gets 535."""
        with pytest.raises(aiosmtplib.SMTPAuthenticationError) as info:
            await aiosmtplib.send(
                _message(),
                hostname=smtp_sink.host,
                port=smtp_sink.submission_port,
                start_tls=True,
                tls_context=_client_ctx(smtp_sink.ca_file),
                username=mail_user.name,
                password="wrong",
                timeout=10,
            )
        assert info.value.code == 535

    async def _send(
        self, sink: SmtpSink, user: MailUser, **kwargs: object
    ) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
        return await aiosmtplib.send(
            _message(),
            hostname=sink.host,
            port=sink.smtps_port,
            use_tls=True,
            tls_context=_client_ctx(sink.ca_file),
            username=user.name,
            password=user.password,
            timeout=10,
            **kwargs,  # type: ignore[arg-type]
        )

    async def test_scripted_450_then_success(
        self, smtp_sink: SmtpSink, mail_user: MailUser
    ) -> None:
        """Two scripted 450s refuse two attempts; the third is delivered."""
        smtp_sink.fail_next("rcpt", "450 4.2.1 try later", times=2)
        for _ in range(2):
            with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
                await self._send(smtp_sink, mail_user)
            assert info.value.recipients[0].code == 450
        assert smtp_sink.messages == []
        await self._send(smtp_sink, mail_user)
        assert len(smtp_sink.wait_for(1)) == 1

    async def test_scripted_550_for_one_recipient(
        self, smtp_sink: SmtpSink, mail_user: MailUser
    ) -> None:
        """A 550 matched to one address refuses it while the other is delivered."""
        smtp_sink.fail_next("rcpt", "550 5.1.1 no such user", match="nobody@")
        errors, _ = await self._send(
            smtp_sink, mail_user, recipients=["nobody@example.com", "hr@example.com"]
        )
        assert errors["nobody@example.com"].code == 550
        [got] = smtp_sink.wait_for(1)
        assert got.rcpt_tos == ("hr@example.com",)

    async def test_scripted_data_failure(self, smtp_sink: SmtpSink, mail_user: MailUser) -> None:
        """A scripted DATA reply is raised as SMTPDataError and nothing is kept."""
        smtp_sink.fail_next("data", "451 4.3.0 local problem")
        with pytest.raises(aiosmtplib.SMTPDataError) as info:
            await self._send(smtp_sink, mail_user)
        assert info.value.code == 451
        assert smtp_sink.messages == []

    async def test_drop_after_data(self, smtp_sink: SmtpSink, mail_user: MailUser) -> None:
        """A drop after DATA is an error for the client although the sink has the mail."""
        smtp_sink.drop_after_data_once()
        with pytest.raises(aiosmtplib.SMTPServerDisconnected):
            await self._send(smtp_sink, mail_user)
        assert len(smtp_sink.wait_for(1)) == 1
        await self._send(smtp_sink, mail_user)
        assert len(smtp_sink.wait_for(2)) == 2

    def test_wait_for_is_bounded(self, smtp_sink: SmtpSink) -> None:
        """wait_for raises TimeoutError when the messages do not come."""
        with pytest.raises(TimeoutError):
            smtp_sink.wait_for(1, timeout=0.1)
