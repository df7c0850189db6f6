"""TLS material for the test servers, made with `trustme` and written to files.

Dovecot reads its certificate from files (`ssl_cert = <chain.pem`) and the daemon under
test takes a `ca_file` option, so everything is written out rather than kept in memory.
A second, unrelated CA lets tests prove that a certificate from an untrusted issuer is
refused.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from pathlib import Path

import trustme

#: Names the server certificate is valid for: tests connect to the loopback address.
SERVER_NAMES = ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class TlsFiles:
    """A private CA and a server certificate issued by it, as PEM files.

    `ca_file` is what clients trust; `chain_file` (leaf + CA) and `key_file` are what
    servers present.
    """

    directory: Path
    ca_file: Path
    chain_file: Path
    key_file: Path
    ca: trustme.CA
    cert: trustme.LeafCert

    def server_context(self) -> ssl.SSLContext:
        """Return a server-side context presenting the test certificate."""
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.cert.configure_cert(ctx)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """Return a verifying client context that trusts only the test CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))


def _make_world_readable(path: Path, mode: int) -> None:
    # Dovecot's unprivileged processes (and the daemon running as another user in some
    # tests) must be able to read these files; they hold throwaway test keys only.
    os.chmod(path, mode)


def make_tls_files(directory: Path) -> TlsFiles:
    """Create a CA and a server certificate for 127.0.0.1/localhost under `directory`.

    Writes `ca.pem`, `chain.pem` (leaf then CA) and `key.pem`; the directory is created
    if missing and made world-traversable.
    """
    directory.mkdir(parents=True, exist_ok=True)
    _make_world_readable(directory, 0o755)
    ca = trustme.CA(organization_name="interview-followup test CA")
    cert = ca.issue_cert(*SERVER_NAMES)
    ca_file = directory / "ca.pem"
    chain_file = directory / "chain.pem"
    key_file = directory / "key.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    chain_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    cert.private_key_pem.write_to_path(str(key_file))
    for path in (ca_file, chain_file, key_file):
        _make_world_readable(path, 0o644)
    return TlsFiles(
        directory=directory,
        ca_file=ca_file,
        chain_file=chain_file,
        key_file=key_file,
        ca=ca,
        cert=cert,
    )


def make_untrusted_ca_file(directory: Path, name: str = "untrusted-ca.pem") -> Path:
    """Write the certificate of a fresh CA that signed nothing the servers present.

    A client configured with this file as its CA must refuse the test servers: that is
    how tests check certificate verification is really on.
    """
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    trustme.CA(organization_name="interview-followup untrusted CA").cert_pem.write_to_path(
        str(path)
    )
    _make_world_readable(path, 0o644)
    return path
