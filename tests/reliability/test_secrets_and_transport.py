"""Secrets and transport: file modes, config warnings, TLS verification, no downgrade.

The adapters are driven directly against the real servers (no daemon process needed);
the log scan over every daemon of the session is in test_zz_secret_scan.py.
"""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

import pytest
import yaml

from daemon import smtp
from daemon.config import ImapSettings, SmtpSettings, load_config
from daemon.errors import ConfigError, MailError, TLSError
from daemon.mailbox import ImapSession
from daemon.store import Store
from tests.integration.harness import write_config
from tests.reliability.support import Recorder
from tests.support.dovecot import Dovecot, MailUser
from tests.support.faultproxy import FaultProxy
from tests.support.smtp import SmtpSink

pytestmark = [pytest.mark.reliability]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_state_dir_and_database_are_private(tmp_path: Path, reliability: Recorder) -> None:
    """Under a permissive umask the state dir is created 0700 and the database (and its
    WAL files) 0600."""
    reliability.set("Secrets", "state dir and database created under umask 000")
    old = os.umask(0)
    try:
        # Opening migrates the schema: the database and its WAL are written.
        store = Store.open(tmp_path / "fresh" / "nested" / "state.sqlite3")
    finally:
        os.umask(old)
    directory = tmp_path / "fresh" / "nested"
    modes = {p.name: oct(_mode(p)) for p in directory.iterdir()}
    store.close()
    reliability.found(f"dir {oct(_mode(directory))}, files {modes}")
    assert _mode(directory) == 0o700
    assert all(int(m, 8) & 0o077 == 0 for m in modes.values()), modes


def test_world_readable_config_with_a_password_warns(
    tmp_path: Path, dovecot: Dovecot, reliability: Recorder
) -> None:
    """A config holding a password that other users can read loads with a warning that
    says to chmod 600; the same file at 0600 gives no such warning."""
    reliability.set("Secrets", "config with an inline password, mode 0644 then 0600")
    path = write_config(tmp_path, dovecot, "alice", "s3cret-inline-pw")
    data = yaml.safe_load(path.read_text())
    account = data["accounts"][0]
    del account["imap"]["password_file"]
    account["imap"]["password"] = "s3cret-inline-pw"
    path.write_text(yaml.safe_dump(data))
    path.chmod(0o644)
    loose = load_config(path).warnings
    path.chmod(0o600)
    tight = load_config(path).warnings
    reliability.found(f"0644: {[w for w in loose if 'chmod' in w]}; 0600: no chmod warning")
    assert any("chmod 600" in w for w in loose)
    assert not any("chmod 600" in w for w in tight)
    assert not any("s3cret-inline-pw" in w for w in (*loose, *tight))


def test_untrusted_certificates_are_refused(
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    untrusted_ca_file: Path,
    reliability: Recorder,
) -> None:
    """IMAP and SMTP refuse the servers' certificate when it is not signed by a trusted CA:
    with no ca_file (the system store, the default) and with a CA that did not sign it."""
    reliability.set(
        "Transport",
        "IMAPS, IMAP+STARTTLS and SMTP+STARTTLS against a certificate from an untrusted CA "
        "(default system store, and a wrong ca_file)",
    )
    outcomes = []
    for ca in (None, untrusted_ca_file):
        for tls, port in (("implicit", dovecot.imaps_port), ("starttls", dovecot.imap_port)):
            settings = ImapSettings(host=dovecot.host, port=port, tls=tls, ca_file=ca, timeout=5)
            with pytest.raises(TLSError, match="not trusted") as caught:
                ImapSession.connect(settings, mail_user.name, mail_user.password)
            outcomes.append(f"IMAP {tls}: {type(caught.value).__name__}")
        smtp_settings = SmtpSettings(
            host=smtp_sink.host,
            port=smtp_sink.submission_port,
            tls="starttls",
            ca_file=ca,
            timeout=5,
        )
        with pytest.raises(TLSError, match="not trusted"):
            asyncio.run(smtp.probe(smtp_settings, mail_user.name, mail_user.password))
        outcomes.append("SMTP starttls: TLSError")
    reliability.found(
        "all refused with TLSError 'not trusted': " + ", ".join(sorted(set(outcomes)))
    )


def test_stripped_starttls_never_falls_back_to_plaintext(
    dovecot: Dovecot, smtp_sink: SmtpSink, mail_user: MailUser, reliability: Recorder
) -> None:
    """A man in the middle hides STARTTLS from the capabilities: IMAP and SMTP fail with a
    TLS error and the password never crosses the wire."""
    reliability.set(
        "Transport",
        "a proxy rewrites STARTTLS out of the IMAP CAPABILITY and the SMTP EHLO reply "
        "(downgrade attack)",
    )
    with (
        FaultProxy(dovecot.host, dovecot.imap_port, capture=65536) as imap_proxy,
        FaultProxy(smtp_sink.host, smtp_sink.submission_port, capture=65536) as smtp_proxy,
    ):
        imap_proxy.rewrite(b"STARTTLS", b"XSTARTTL")
        smtp_proxy.rewrite(b"STARTTLS", b"XSTARTTL")
        imap = ImapSettings(
            host="127.0.0.1",
            port=imap_proxy.port,
            tls="starttls",
            ca_file=dovecot.ca_file,
            timeout=5,
        )
        # Any refusal is safe; TLSError is the right class (the user must act), but IMAP
        # reports this one as TransientMailError (see the reliability report).
        with pytest.raises(MailError) as imap_error:
            ImapSession.connect(imap, mail_user.name, mail_user.password)
        smtp_settings = SmtpSettings(
            host="127.0.0.1",
            port=smtp_proxy.port,
            tls="starttls",
            ca_file=dovecot.ca_file,
            timeout=5,
        )
        with pytest.raises(TLSError) as smtp_error:
            asyncio.run(smtp.probe(smtp_settings, mail_user.name, mail_user.password))
        wire = imap_proxy.captured() + smtp_proxy.captured()
    reliability.found(
        f"IMAP: {type(imap_error.value).__name__} ({imap_error.value}); SMTP: "
        f"{type(smtp_error.value).__name__} ({smtp_error.value}); password on the wire: "
        f"{mail_user.password.encode() in wire}",
    )
    assert mail_user.password.encode() not in wire
    assert b"LOGIN" not in wire.upper().replace(b"LOGINDISABLED", b"")
    assert b"AUTH" not in wire.upper()


def test_plaintext_login_needs_the_insecure_flag(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """tls: none without allow_insecure is a config error naming the fix; with the flag the
    plaintext login works (Dovecot accepts it on 127.0.0.1)."""
    reliability.set("Transport", "tls: none, without and with allow_insecure: true")
    path = write_config(tmp_path, dovecot, mail_user.name, mail_user.password)
    data = yaml.safe_load(path.read_text())
    data["accounts"][0]["imap"].update(tls="none", port=dovecot.imap_port)
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError, match="allow_insecure") as refused:
        load_config(path)
    data["accounts"][0]["imap"]["allow_insecure"] = True
    path.write_text(yaml.safe_dump(data))
    config = load_config(path)
    account = config.settings.accounts[0]
    session = ImapSession.connect(account.imap, mail_user.name, mail_user.password)
    try:
        folder = session.examine("INBOX")
    finally:
        session.close()
    reliability.found(
        f"without the flag: ConfigError ({str(refused.value).split(': ', 2)[-1][:90]}...); "
        f"with it: logged in, INBOX uidvalidity {folder.uidvalidity}"
    )
