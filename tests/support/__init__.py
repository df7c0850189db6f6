"""Real-server test infrastructure: TLS material, Dovecot (IMAP) and an aiosmtpd sink.

Used by the integration tests, the reliability suite and the benchmarks. Nothing here
mocks a protocol: every helper starts or talks to a real server on 127.0.0.1.
"""

from tests.support.dovecot import Dovecot, DovecotError, MailUser
from tests.support.smtp import ReceivedMessage, SmtpSink
from tests.support.tls import TlsFiles, make_tls_files, make_untrusted_ca_file

__all__ = [
    "Dovecot",
    "DovecotError",
    "MailUser",
    "ReceivedMessage",
    "SmtpSink",
    "TlsFiles",
    "make_tls_files",
    "make_untrusted_ca_file",
]
