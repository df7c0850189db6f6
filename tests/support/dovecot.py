"""A private Dovecot 2.3 IMAP server for the tests, started as a child process.

One instance per test session, living in a `tempfile.mkdtemp()` directory under /tmp
(mode 0755: Dovecot's auth process runs as another user and cannot read pytest's 0700
`tmp_path`). Listeners on free 127.0.0.1 ports: IMAPS (implicit TLS) and IMAP with
STARTTLS. Users live in a passwd-file that Dovecot re-reads when it changes, so tests can
add users at any time. Works as root (mail owned by nobody/nogroup, because Dovecot
refuses uid 0 for mail and for `imap-login`) and as an ordinary user (every internal user
set to that user and the login chroots switched off).

Test helpers talk to the server over real IMAP (imapclient, verifying the certificate
with the test CA) or through `doveadm`, never by touching the maildir behind Dovecot's
back: files written there directly confuse its index (see
/work/shared/docs/mail-servers-for-tests.md).
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from tests.support.tls import TlsFiles

__all__ = ["Dovecot", "DovecotError", "MailUser", "dovecot_available"]

HOST = "127.0.0.1"
#: How long start() waits for a real login to succeed (the port listens before auth
#: is ready; about 50 ms on this machine, so this is generous).
START_TIMEOUT = 20.0
#: How long stop() waits for the master to exit after SIGTERM before SIGKILLing the group.
STOP_TIMEOUT = 10.0
#: Socket timeout for helper IMAP connections and doveadm calls.
IO_TIMEOUT = 30.0
#: UIDs per FETCH: Dovecot's command line limit is 64 KB (imapclient needs UID lists).
FETCH_BATCH = 500

_PROBE_USER = "probe"
# Also a file name under passwd.d/: no slash, no leading dot.
_USERNAME_RE = re.compile(r"^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]{0,63}$")
_APPENDUID_RE = re.compile(rb"\[APPENDUID (\d+) ([0-9:,]+)\]")

# Every running instance, so an interpreter exit (a crashed session, a benchmark
# interrupted with Ctrl-C) never leaves a Dovecot or its directory behind.
_RUNNING: weakref.WeakSet[Dovecot] = weakref.WeakSet()


@atexit.register
def _stop_all_at_exit() -> None:
    for server in list(_RUNNING):
        with contextlib.suppress(Exception):
            server.cleanup()


class MailUser(NamedTuple):
    """Credentials of a test's own mailbox (valid for IMAP and, if used, SMTP)."""

    name: str
    password: str


class DovecotError(RuntimeError):
    """Dovecot could not be started, stopped or driven; the message quotes its log."""

    def __init__(self, message: str, returncode: int | None = None) -> None:
        super().__init__(message)
        #: The exit status of the failed `doveadm` call, if that is what failed.
        self.returncode = returncode


def dovecot_available() -> bool:
    """Return whether the `dovecot` and `doveadm` binaries are installed."""
    return _find_binary("dovecot") is not None and _find_binary("doveadm") is not None


def _find_binary(name: str) -> str | None:
    # Debian installs dovecot in /usr/sbin, which is not on an ordinary user's PATH.
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def _free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_next_second() -> None:
    """Sleep until the wall-clock second changes (Dovecot's passwd-file sync gate)."""
    time.sleep(1.0 - (time.time() % 1.0) + 0.01)


def parse_uid_set(text: str) -> list[int]:
    """Expand an IMAP uid-set such as ``1:3,7`` (RFC 4315 APPENDUID) into a list."""
    uids: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition(":")
        lo, hi = int(first), int(last or first)
        uids.extend(range(min(lo, hi), max(lo, hi) + 1))
    return uids


def _append_uids(response: object) -> tuple[int, list[int]]:
    """Return (uidvalidity, uids) from an APPEND response carrying APPENDUID.

    imapclient returns bytes from `append()` but `(typ, [lines])` from `multiappend()`.
    """

    def flatten(item: object) -> Iterator[bytes]:
        if isinstance(item, list | tuple):
            for sub in item:
                yield from flatten(sub)
        elif isinstance(item, str):
            yield item.encode()
        elif isinstance(item, bytes):
            yield item

    raw = b" ".join(flatten(response))
    match = _APPENDUID_RE.search(raw)
    if match is None:
        raise DovecotError(f"APPEND response without APPENDUID: {raw!r}")
    return int(match.group(1)), parse_uid_set(match.group(2).decode())


class Dovecot:
    """A Dovecot instance owned by the test process.

    ```python
    server = Dovecot(tls)
    server.start()
    server.add_user("alice", "secret")
    server.append("alice", "INBOX", b"Subject: hi\\r\\n\\r\\nbody\\r\\n")
    server.stop()
    ```

    `allow_plaintext` turns off `disable_plaintext_auth` so a client may LOGIN on the
    STARTTLS port without upgrading (IMAPS is always TLS); tests use it to show that the
    *client* refuses to do so unless told to. Beware: Dovecot 2.3 treats a connection
    whose client and server IPs are equal as secure, so on 127.0.0.1 plaintext LOGIN is
    accepted even without the flag; never rely on the server to refuse it. `extra_config` snippets are
    appended to dovecot.conf (e.g. an oauth2 passdb) and `auth_mechanisms` replaces the
    default ``plain login``. `extra_files` are written into the server's directory
    before it starts (mode 0644, readable by Dovecot's auth user), and ``{dir}`` in a
    snippet or file stands for that directory. An OAuth2 passdb, for example:

    ```python
    Dovecot(
        tls,
        auth_mechanisms=("plain", "login", "xoauth2", "oauthbearer"),
        extra_config=[
            "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            "  args = {dir}/oauth2.conf.ext\n}"
        ],
        extra_files={"oauth2.conf.ext": "introspection_mode = post\n..."},
    )
    ```
    """

    def __init__(
        self,
        tls: TlsFiles,
        *,
        allow_plaintext: bool = False,
        extra_config: Sequence[str] = (),
        auth_mechanisms: Sequence[str] = ("plain", "login"),
        extra_files: Mapping[str, str] | None = None,
    ) -> None:
        self._tls = tls
        self._extra_files = dict(extra_files or {})
        self._allow_plaintext = allow_plaintext
        self._extra_config = tuple(extra_config)
        self._auth_mechanisms = tuple(auth_mechanisms)
        self._lock = threading.RLock()
        self._users: dict[str, str] = {}
        self._users_mtime = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.imaps_port = _free_port()
        self.imap_port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="followup-dovecot-", dir="/tmp"))
        # World-traversable: auth and imap run as other users than the test process.
        os.chmod(self.dir, 0o755)
        self._is_root = os.geteuid() == 0
        self._prepare_dir()
        self.add_user(_PROBE_USER, "probe-password")

    # -- properties -------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The address both listeners bind to."""
        return HOST

    @property
    def ca_file(self) -> Path:
        """The CA file clients must trust to verify this server."""
        return self._tls.ca_file

    @property
    def config_file(self) -> Path:
        """The dovecot.conf of this instance (for `doveadm -c`)."""
        return self.dir / "dovecot.conf"

    @property
    def log_file(self) -> Path:
        """Dovecot's log (stderr of the master and every child)."""
        return self.dir / "dovecot.log"

    @property
    def running(self) -> bool:
        """Whether the master process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def password(self, user: str) -> str:
        """Return the current password of `user`."""
        return self._users[user]

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> None:
        """Start the server and return once a real IMAPS login succeeds (bounded)."""
        with self._lock:
            if self.running:
                return
            binary = _find_binary("dovecot")
            if binary is None:
                raise DovecotError("dovecot is not installed (apt-get install dovecot-imapd)")
            self._log = self.log_file.open("ab")
            # A session of its own so stop() can kill the whole process group.
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", str(self.config_file)],
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=self._log,
                start_new_session=True,
            )
            _RUNNING.add(self)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server and every child (SIGTERM, then SIGKILL to the group)."""
        with self._lock:
            proc, self._proc = self._proc, None
            _RUNNING.discard(self)
            if proc is not None:
                if proc.poll() is None:
                    proc.terminate()
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        proc.wait(timeout=STOP_TIMEOUT)
                # Children (imap, auth, log) share the master's process group; kill any
                # straggler so no process outlives the test session.
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=STOP_TIMEOUT)
            if self._log is not None:
                self._log.close()
                self._log = None

    def restart(self) -> None:
        """Stop and start again on the same ports with the same mail."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        """Stop the server and delete its directory."""
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if not self.running:
                raise DovecotError(f"dovecot exited at start:\n{self.log_tail()}")
            try:
                with self.imap_client(_PROBE_USER, timeout=2.0):
                    return
            except (OSError, IMAPClientError) as exc:
                last_error = exc
                time.sleep(0.05)
        raise DovecotError(
            f"dovecot not ready after {START_TIMEOUT} s ({last_error!r}):\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 40) -> str:
        """Return the last `lines` lines of Dovecot's log, for error messages."""
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    # -- users ------------------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        """Create (or update) a user; a new user can log in at once."""
        if not _USERNAME_RE.match(user):
            raise ValueError(f"unsupported test user name: {user!r}")
        if any(c in password for c in ":\r\n"):
            raise ValueError("passwords in the passwd-file cannot contain ':' or newlines")
        with self._lock:
            existed = user in self._users
            self._users[user] = password
            self._write_user(user)
        if existed and self.running:
            _wait_next_second()

    def set_password(self, user: str, password: str) -> None:
        """Change the password of an existing user (takes up to 1 s to apply)."""
        if user not in self._users:
            raise KeyError(user)
        self.add_user(user, password)

    def _write_user(self, user: str) -> None:
        # One passwd-file per user (`args = .../passwd.d/%u`): Dovecot 2.3 stats a
        # passwd-file at most once per second, so a user appended to a shared file is
        # unknown for up to a second (then each failed login costs auth_failure_delay).
        # A new file has no cached copy and is read on the first lookup.
        path = self.dir / "passwd.d" / user
        tmp = path.with_name(f".{user}.tmp")
        tmp.write_text(f"{user}:{{PLAIN}}{self._users[user]}\n")
        os.chmod(tmp, 0o644)
        # Dovecot reloads when mtime or size changes; the same size within the same
        # second would go unnoticed, so move the mtime forward every write.
        self._users_mtime = max(int(time.time()), self._users_mtime + 1)
        os.utime(tmp, (self._users_mtime, self._users_mtime))
        tmp.replace(path)

    # -- IMAP access as a user ---------------------------------------------------------

    def imap_client(
        self, user: str, *, starttls: bool = False, timeout: float = IO_TIMEOUT
    ) -> IMAPClient:
        """Return an IMAPClient logged in as `user`, verifying the server with the CA.

        `starttls=True` connects to the plain port and upgrades; otherwise IMAPS. Use it
        as a context manager (it logs out on exit).
        """
        ctx = self._tls.client_context()
        if starttls:
            client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=timeout)
            try:
                client.starttls(ctx)
            except BaseException:
                _close_quietly(client)
                raise
        else:
            client = IMAPClient(
                self.host, port=self.imaps_port, ssl=True, ssl_context=ctx, timeout=timeout
            )
        try:
            client.login(user, self._users.get(user, ""))
        except BaseException:
            _close_quietly(client)
            raise
        return client

    @contextlib.contextmanager
    def _session(self, user: str) -> Iterator[IMAPClient]:
        client = self.imap_client(user)
        try:
            yield client
        finally:
            _close_quietly(client)

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Sequence[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> int:
        """APPEND one message and return its UID (RFC 4315 APPENDUID)."""
        with self._session(user) as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        return _append_uids(response)[1][0]

    def append_many(
        self,
        user: str,
        folder: str,
        messages: Iterable[bytes | dict[str, Any]],
        batch: int = 500,
    ) -> list[int]:
        """MULTIAPPEND (RFC 3502) messages in batches on one connection; return UIDs.

        Items are raw bytes or imapclient dicts ``{"msg": b..., "flags": [...],
        "date": datetime}``. With `mail_fsync = never` this injects about 10k msg/s.
        """
        uids: list[int] = []
        with self._session(user) as client:
            chunk: list[bytes | dict[str, Any]] = []
            for message in messages:
                chunk.append(message)
                if len(chunk) >= batch:
                    uids.extend(_append_uids(client.multiappend(folder, chunk))[1])
                    chunk = []
            if chunk:
                uids.extend(_append_uids(client.multiappend(folder, chunk))[1])
        return uids

    def fetch_all(self, user: str, folder: str) -> list[tuple[int, tuple[bytes, ...], bytes]]:
        """Return every message of `folder` as (uid, flags, raw bytes), by UID.

        Uses BODY.PEEK so reading does not set \\Seen. A message the daemon expunges
        between the SEARCH and the FETCH (a draft it removes while a test polls the folder)
        comes back without a body, or not at all, and is left out: it is gone.
        """
        result: list[tuple[int, tuple[bytes, ...], bytes]] = []
        with self._session(user) as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            for start in range(0, len(uids), FETCH_BATCH):
                chunk = uids[start : start + FETCH_BATCH]
                data = client.fetch(chunk, ["FLAGS", "BODY.PEEK[]"])
                for uid in chunk:
                    item = data.get(uid, {})
                    body = item.get(b"BODY[]")
                    if body is None:
                        continue
                    result.append((uid, tuple(item.get(b"FLAGS", ())), bytes(body)))
        return result

    def uidvalidity(self, user: str, folder: str) -> int:
        """Return the UIDVALIDITY of `folder` (RFC 3501 STATUS)."""
        with self._session(user) as client:
            status = client.folder_status(folder, [b"UIDVALIDITY"])
        return int(status[b"UIDVALIDITY"])

    def recreate_mailbox(self, user: str, folder: str) -> int:
        """Recreate `folder` so its UIDVALIDITY changes, keeping its messages.

        The messages (flags and internal dates kept) come back with new UIDs starting
        at 1 in a new UIDVALIDITY epoch, so UIDs a client remembers now name other
        messages: what a client sees when the server recreated or rebuilt the mailbox
        (RFC 3501 section 2.3.1.1). Returns the new UIDVALIDITY.

        Other folders are deleted and created over IMAP. INBOX cannot be deleted (and
        Dovecot refuses to RENAME it), so it is emptied, the user's sessions are kicked
        (a server rebuilding an index disconnects its clients; a session left open sees
        "Internal error"), and its index and uidlist are removed so Dovecot rebuilds
        them with a new UIDVALIDITY and UIDNEXT 1.
        """
        is_inbox = folder.upper() == "INBOX"
        with self._session(user) as client:
            old = int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
            client.select_folder(folder)
            uids = sorted(client.search("ALL"))
            saved: list[dict[str, Any]] = []
            for start in range(0, len(uids), FETCH_BATCH):
                chunk = uids[start : start + FETCH_BATCH]
                data = client.fetch(chunk, ["FLAGS", "INTERNALDATE", "BODY.PEEK[]"])
                for uid in chunk:
                    item = data[uid]
                    # \Recent is session state and cannot be APPENDed (RFC 3501 2.3.2).
                    flags = [f for f in item[b"FLAGS"] if f.lower() != b"\\recent"]
                    saved.append(
                        {"msg": item[b"BODY[]"], "flags": flags, "date": item[b"INTERNALDATE"]}
                    )
            if is_inbox:
                if uids:
                    client.delete_messages(uids)
                    client.uid_expunge(uids)
                client.close_folder()
            else:
                client.close_folder()
                client.delete_folder(folder)
                client.create_folder(folder)
                client.subscribe_folder(folder)
        if is_inbox:
            self._rebuild_inbox_index(user)
        if saved:
            self.append_many(user, folder, saved)
        current = self.uidvalidity(user, folder)
        if current == old:
            raise DovecotError(f"UIDVALIDITY of {user}/{folder} did not change ({old})")
        return current

    def _rebuild_inbox_index(self, user: str) -> None:
        self.kick(user)
        self._wait_no_sessions(user)
        maildir = self.dir / "mail" / user / "Maildir"
        for path in [maildir / "dovecot-uidlist", *maildir.glob("dovecot.index*")]:
            path.unlink(missing_ok=True)
        self.doveadm("force-resync", "-u", user, "INBOX")

    def _wait_no_sessions(self, user: str, timeout: float = 10.0) -> None:
        """Wait (bounded) until `doveadm who` lists no session of `user`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            listing = self.doveadm("who", user)
            if not any(line.split()[:1] == [user] for line in listing.splitlines()):
                return
            time.sleep(0.05)
        raise DovecotError(f"sessions of {user} still open after {timeout} s")

    # -- doveadm ------------------------------------------------------------------------

    def doveadm(self, *args: str, timeout: float = IO_TIMEOUT) -> str:
        """Run `doveadm -c CONF ARGS...` and return its stdout."""
        binary = _find_binary("doveadm")
        if binary is None:
            raise DovecotError("doveadm is not installed")
        proc = subprocess.run(
            [binary, "-c", str(self.config_file), *args],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if proc.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(args)} failed ({proc.returncode}): "
                f"{proc.stderr.decode(errors='replace').strip()}",
                returncode=proc.returncode,
            )
        return proc.stdout.decode(errors="replace")

    def kick(self, user: str) -> bool:
        """Disconnect every IMAP session of `user` (the server sends BYE first).

        Returns False when the user had no session to kick.
        """
        try:
            self.doveadm("kick", user)
        except DovecotError as exc:
            # doveadm exits 68 (EX_NOUSER) when nobody matched.
            if exc.returncode == 68:
                return False
            raise
        return True

    # -- configuration ------------------------------------------------------------------

    def _prepare_dir(self) -> None:
        for sub in ("run", "state", "mail", "passwd.d"):
            (self.dir / sub).mkdir(mode=0o755, exist_ok=True)
        # Self-contained copies: Dovecot reads them at start as the master's user.
        shutil.copyfile(self._tls.chain_file, self.dir / "chain.pem")
        shutil.copyfile(self._tls.key_file, self.dir / "key.pem")
        os.chmod(self.dir / "key.pem", 0o600)
        if self._is_root:
            # Dovecot refuses uid 0 for mail; nobody owns the mail tree.
            nobody = pwd.getpwnam("nobody")
            nogroup = grp.getgrnam("nogroup")
            os.chown(self.dir / "mail", nobody.pw_uid, nogroup.gr_gid)
        for name, text in self._extra_files.items():
            path = self.dir / name
            path.write_text(text.replace("{dir}", str(self.dir)))
            os.chmod(path, 0o644)
        self.config_file.write_text(self._config())

    def _config(self) -> str:
        d = self.dir
        if self._is_root:
            mail_user, mail_group = "nobody", "nogroup"
            internal = ""
            no_chroot = ""
        else:
            mail_user = pwd.getpwuid(os.getuid()).pw_name
            mail_group = grp.getgrgid(os.getgid()).gr_name
            # An ordinary user can neither switch user nor chroot: run everything as
            # ourselves.
            internal = (
                f"default_internal_user = {mail_user}\n"
                f"default_internal_group = {mail_group}\n"
                f"default_login_user = {mail_user}\n"
            )
            no_chroot = "".join(
                f"service {name} {{\n  chroot =\n}}\n"
                for name in (
                    "anvil",
                    "ipc",
                    "old-stats",
                    "aggregator",
                    "imap-urlauth-login",
                    "pop3-login",
                    "submission-login",
                )
            )
        login_chroot = "" if self._is_root else "  chroot =\n"
        plaintext = "no" if self._allow_plaintext else "yes"
        mechanisms = " ".join(self._auth_mechanisms)
        extra = "\n".join(self._extra_config).replace("{dir}", str(d))
        return f"""# Generated by tests/support/dovecot.py for one test session.
base_dir = {d}/run
state_dir = {d}/state
instance_name = followup-test-{d.name}
log_path = /dev/stderr
info_log_path = /dev/stderr
listen = {HOST}
protocols = imap
{internal}
ssl = yes
ssl_cert = <{d}/chain.pem
ssl_key = <{d}/key.pem
# Dovecot 2.3 counts a connection whose client IP equals the server IP as secured, so
# on 127.0.0.1 LOGIN before STARTTLS succeeds whatever this says (ssl = required too).
disable_plaintext_auth = {plaintext}
auth_mechanisms = {mechanisms}
auth_verbose = yes
# Wrong-password tests need not wait the default 2 s per failure.
auth_failure_delay = 0

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={d}/mail/%u
}}

first_valid_uid = 1
mail_location = maildir:~/Maildir
# Tests only: 5x faster bulk injection, durability does not matter here.
mail_fsync = never

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}

service anvil {{
  # Dovecot's auth penalty delays every login from an IP by 2, 4, 8... 15 s after a
  # failed one; all tests share 127.0.0.1, so one wrong-password test would slow the
  # rest. The auth process cannot connect to a mode-0 socket and then skips penalties.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

protocol imap {{
  # The default of 10 breaks tests that open many connections from 127.0.0.1.
  mail_max_userip_connections = 1000
}}

service imap-login {{
{login_chroot}  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
{no_chroot}
{extra}
"""


def _close_quietly(client: IMAPClient) -> None:
    """Log out, or at least close the socket, without raising."""
    try:
        client.logout()
    except (OSError, IMAPClientError, LoginError):
        with contextlib.suppress(Exception):
            client.shutdown()
