"""The IMAP adapter: a thin, synchronous facade over imapclient.

imapclient blocks, so each :class:`ImapSession` is used from one dedicated thread (see
``daemon.watcher``). Library and socket errors are translated here into the daemon's error
tree, so callers decide on retries by class. Nothing here ever sets ``\\Seen``: bodies are
fetched with ``BODY.PEEK`` (RFC 3501 §6.4.5) and watched folders are opened read-only
(EXAMINE).
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import imaplib
import re
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import imapclient
from imapclient import exceptions as imap_errors
from imapclient import imapclient as imapclient_mod

from daemon import parts
from daemon.config import ImapSettings
from daemon.errors import AuthError, ConnectError, MailError, TLSError, TransientMailError
from daemon.oauth2 import oauthbearer_payload, sasl_error, xoauth2_payload

FETCH_BATCH = 500
"""UIDs per FETCH: Dovecot's command line limit is 64 KB; 500 UIDs stay well below it."""

MAX_FULL_FETCH = 2 * 1024 * 1024
"""Messages larger than this are fetched partially: interview mail is small, and a 50 MB
attachment must not be loaded whole just to be classified."""

PARTWISE_ABOVE = 256 * 1024
"""Multipart messages larger than this are read part by part (see :mod:`daemon.parts`):
their text and calendars whole, their attachments' headers only."""


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificate and host name verification on, with an optional private CA."""
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@contextmanager
def translate_errors(what: str) -> Iterator[None]:
    """Map imapclient/imaplib/socket/ssl errors onto the daemon's error tree."""
    try:
        yield
    except MailError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise TLSError(
            f"{what}: the server certificate is not trusted ({exc.verify_message})"
        ) from exc
    except ssl.SSLError as exc:
        raise TLSError(f"{what}: TLS failed: {exc.reason or exc}") from exc
    except imap_errors.LoginError as exc:
        raise AuthError(f"{what}: login refused: {_decode(exc)}") from exc
    except (imaplib.IMAP4.abort, TimeoutError, ConnectionError, EOFError) as exc:
        raise ConnectError(
            f"{what}: connection lost: {_decode(exc) or type(exc).__name__}"
        ) from exc
    except OSError as exc:
        raise ConnectError(f"{what}: {exc.strerror or exc}") from exc
    except (imap_errors.IMAPClientError, imaplib.IMAP4.error) as exc:
        raise TransientMailError(f"{what}: server said: {_decode(exc)}") from exc


class _SaslOAuth:
    """A SASL client for XOAUTH2/OAUTHBEARER: the token first, then acknowledge an error.

    On failure the server sends a JSON error as a challenge and waits for one more client
    line before its tagged NO: empty for XOAUTH2, a lone ^A for OAUTHBEARER (RFC 7628
    §3.2.3).
    """

    def __init__(self, initial: bytes, acknowledge: bytes) -> None:
        self.initial = initial
        self.acknowledge = acknowledge
        self.calls = 0
        self.error: str | None = None

    def __call__(self, challenge: bytes) -> bytes:
        self.calls += 1
        if self.calls == 1:
            return self.initial
        self.error = sasl_error(challenge)
        return self.acknowledge


def _oauth2_login(
    client: imapclient.IMAPClient, username: str, token: str, *, host: str, port: int, label: str
) -> None:
    """SASL OAUTHBEARER (RFC 7628) when offered, else XOAUTH2 (Google, Microsoft)."""
    capabilities = {
        c.decode("ascii", "replace").upper() if isinstance(c, bytes) else str(c).upper()
        for c in client.capabilities()
    }
    if "AUTH=OAUTHBEARER" in capabilities:
        mechanism = "OAUTHBEARER"
        sasl = _SaslOAuth(oauthbearer_payload(username, token, host, port), b"\x01")
    else:
        mechanism = "XOAUTH2"
        sasl = _SaslOAuth(xoauth2_payload(username, token), b"")
    try:
        client.sasl_login(mechanism, sasl)
    except imap_errors.LoginError as exc:
        detail = f" ({sasl.error})" if sasl.error else ""
        raise AuthError(
            f"{label}: {mechanism} login refused{detail}: {_decode(exc)}; the access token "
            "was not accepted (revoked, wrong account or missing scope?)"
        ) from exc


def _decode(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text


@dataclass(frozen=True, slots=True)
class FolderInfo:
    """What SELECT/EXAMINE told us about a folder."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """One message's bytes as fetched (possibly truncated, see ``partial``)."""

    uid: int
    raw: bytes
    size: int
    flags: tuple[str, ...]
    partial: bool


@dataclass(frozen=True, slots=True)
class IdleResult:
    """Why an IDLE wait ended."""

    changed: bool
    """The server reported new or removed messages."""
    reason: str


class ImapSession:
    """A logged-in IMAP connection. Use from one thread at a time."""

    def __init__(self, client: imapclient.IMAPClient, settings: ImapSettings, label: str) -> None:
        self._client = client
        self._settings = settings
        self.label = label
        self.capabilities = frozenset(
            c.decode("ascii", "replace").upper() if isinstance(c, bytes) else str(c).upper()
            for c in client.capabilities()
        )
        self._selected: str | None = None
        self._permanent: set[bytes] = set()

    # -- connecting --------------------------------------------------------------------------

    @classmethod
    def connect(
        cls, settings: ImapSettings, username: str, password: str | Callable[[], str]
    ) -> ImapSession:
        """Connect with the configured TLS mode and log in; raises daemon errors.

        ``password`` is the password, or with ``auth: oauth2`` the access token; a function
        returning it is called at login, so every reconnect gets a fresh OAuth2 token.
        """
        host, port = settings.host, settings.effective_port()
        label = f"IMAP {host}:{port}"
        timeout = settings.timeout.total_seconds()
        with translate_errors(label):
            context = tls_context(settings.ca_file)
            client = imapclient.IMAPClient(
                host,
                port=port,
                ssl=settings.tls == "implicit",
                ssl_context=context if settings.tls == "implicit" else None,
                timeout=timeout,
            )
            try:
                if settings.tls == "starttls":
                    # A failed STARTTLS raises; we never fall back to plaintext.
                    if not client.has_capability("STARTTLS"):
                        raise TLSError(f"{label}: the server does not offer STARTTLS")
                    client.starttls(context)
                elif settings.tls == "none" and not settings.allow_insecure:
                    raise TLSError(f"{label}: refusing to log in without TLS")
                secret = password() if callable(password) else password
                if settings.uses_oauth2:
                    _oauth2_login(client, username, secret, host=host, port=port, label=label)
                else:
                    client.login(username, secret)
            except BaseException:
                _close_quietly(client)
                raise
        return cls(client, settings, label)

    def close(self) -> None:
        """Log out if possible; always release the socket."""
        _close_quietly(self._client)

    @property
    def supports_idle(self) -> bool:
        """True when the server advertises IDLE (RFC 2177)."""
        return "IDLE" in self.capabilities

    # -- folders -----------------------------------------------------------------------------

    def special_folders(self) -> dict[str, str]:
        """Special-use folders (RFC 6154) found on the server, e.g. {'\\Sent': 'Sent'}."""
        found: dict[str, str] = {}
        with translate_errors(self.label):
            for flag in (
                imapclient_mod.SENT,
                imapclient_mod.DRAFTS,
                imapclient_mod.JUNK,
                imapclient_mod.TRASH,
            ):
                name = self._client.find_special_folder(flag)
                if name:
                    found[flag.decode() if isinstance(flag, bytes) else str(flag)] = str(name)
        return found

    def ensure_folder(self, folder: str, *, create: bool) -> bool:
        """Whether ``folder`` exists, creating (and subscribing to) it first when asked."""
        with translate_errors(f"{self.label} {folder}"):
            if self._client.folder_exists(folder):
                return True
            if not create:
                return False
            try:
                self._client.create_folder(folder)
            except imap_errors.IMAPClientError as exc:
                # Seen with Dovecot under load right after LIST said no: "[ALREADYEXISTS]"
                # (RFC 5530). There it is, then; any other refusal stands.
                if "ALREADYEXISTS" not in str(exc).upper() and not self._client.folder_exists(
                    folder
                ):
                    raise
            # Clients list subscribed folders only; the user must see it to file into it.
            with suppress(imap_errors.IMAPClientError):
                self._client.subscribe_folder(folder)
        return True

    def examine(self, folder: str) -> FolderInfo:
        """Open ``folder`` read-only (EXAMINE) and return its UIDVALIDITY and size."""
        with translate_errors(f"{self.label} {folder}"):
            info = self._client.select_folder(folder, readonly=True)
        self._selected = folder
        self._take_unsolicited_news()  # counted from here on: see idle_wait
        uidvalidity = info.get(b"UIDVALIDITY")
        if uidvalidity is None:
            raise TransientMailError(f"{self.label} {folder}: server gave no UIDVALIDITY")
        uidnext = info.get(b"UIDNEXT")
        return FolderInfo(
            name=folder,
            uidvalidity=int(uidvalidity),
            uidnext=int(uidnext) if uidnext is not None else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    # -- searching and fetching ----------------------------------------------------------------

    def uids_after(self, uid: int) -> list[int]:
        """UIDs greater than ``uid`` in the selected folder, ascending."""
        with translate_errors(f"{self.label} {self._selected}"):
            # "n:*" always matches the last message even if its UID is below n (RFC 3501
            # §6.4.8), hence the filter.
            found = self._client.search(["UID", f"{uid + 1}:*"])
        return sorted(u for u in (int(x) for x in found) if u > uid)

    def uids_since(self, day: dt.date) -> list[int]:
        """UIDs of messages whose internal date is on or after ``day``, ascending."""
        with translate_errors(f"{self.label} {self._selected}"):
            found = self._client.search(["SINCE", day])
        return sorted(int(x) for x in found)

    def existing(self, uids: Sequence[int]) -> set[int]:
        """Which of ``uids`` still exist in the selected folder."""
        present: set[int] = set()
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = list(uids[start : start + FETCH_BATCH])
            with translate_errors(f"{self.label} {self._selected}"):
                present.update(int(u) for u in self._client.fetch(chunk, ["UID"]))
        return present

    def fetch_meta(self, uids: Sequence[int]) -> dict[int, tuple[int, tuple[str, ...]]]:
        """Size and flags of each message still present among ``uids``."""
        out: dict[int, tuple[int, tuple[str, ...]]] = {}
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = list(uids[start : start + FETCH_BATCH])
            with translate_errors(f"{self.label} {self._selected}"):
                data = self._client.fetch(chunk, ["RFC822.SIZE", "FLAGS"])
            for uid, fields in data.items():
                flags = tuple(
                    f.decode("ascii", "replace") if isinstance(f, bytes) else str(f)
                    for f in fields.get(b"FLAGS", ())
                )
                out[int(uid)] = (int(fields.get(b"RFC822.SIZE", 0)), flags)
        return out

    def fetch_headers(
        self, uids: Sequence[int]
    ) -> tuple[dict[int, tuple[int, tuple[str, ...]]], dict[int, bytes]]:
        """Size, flags and header section of each message still present among ``uids``.

        One FETCH per :data:`FETCH_BATCH` UIDs. ``BODY.PEEK[HEADER]`` (RFC 3501 §6.4.5) is
        the header section with its terminating empty line and never sets ``\\Seen``; it
        lets the watcher settle most of a mailbox without transferring bodies.
        """
        meta: dict[int, tuple[int, tuple[str, ...]]] = {}
        headers: dict[int, bytes] = {}
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = list(uids[start : start + FETCH_BATCH])
            with translate_errors(f"{self.label} {self._selected}"):
                data = self._client.fetch(chunk, ["RFC822.SIZE", "FLAGS", "BODY.PEEK[HEADER]"])
            for uid, fields in data.items():
                flags = tuple(
                    f.decode("ascii", "replace") if isinstance(f, bytes) else str(f)
                    for f in fields.get(b"FLAGS", ())
                )
                meta[int(uid)] = (int(fields.get(b"RFC822.SIZE", 0)), flags)
                header = fields.get(b"BODY[HEADER]")
                if isinstance(header, bytes):
                    headers[int(uid)] = header
        return meta, headers

    def with_embedded_or_report_parts(self, uids: Sequence[int]) -> set[int]:
        """Which of ``uids`` may contain a report or an embedded message in their MIME tree.

        Read from BODYSTRUCTURE (RFC 3501 §7.4.2), so no body is transferred. Report parts
        (RFC 6522 multipart/report, RFC 3464 message/delivery-status, RFC 8098
        message/disposition-notification, text/rfc822-headers) make a message a delivery
        report whatever its headers say; embedded ``message/*`` parts count too, since a
        report may hide inside one. The answer errs on the safe side: a quoted "message",
        "report" or "rfc822-headers" anywhere (a parameter value too), a literal, or a
        response we cannot read all count as "may contain".

        imapclient's BODYSTRUCTURE parser costs ~300 us per message here (more than the
        rest of screening one), so this reads imaplib's raw reply lines with a regex.
        """
        found: set[int] = set(uids)
        for start in range(0, len(uids), FETCH_BATCH):
            chunk = list(uids[start : start + FETCH_BATCH])
            uid_set = ",".join(str(u) for u in chunk)
            with translate_errors(f"{self.label} {self._selected}"):
                # imapclient exposes no raw FETCH; its imaplib connection is the documented
                # escape hatch for protocol details it does not model.
                typ, data = self._client._imap.uid("FETCH", uid_set, "(UID BODYSTRUCTURE)")
            if typ != "OK":
                raise TransientMailError(
                    f"{self.label} {self._selected}: FETCH BODYSTRUCTURE {typ}"
                )
            for line in data:
                if not isinstance(line, bytes):
                    continue  # a literal inside the structure: keep it in ``found``
                uid = _UID_IN_FETCH.search(line)
                if uid is not None and not _REPORT_OR_MESSAGE.search(line):
                    found.discard(int(uid.group(1)))
        return found

    def fetch_bodies(
        self, uids: Sequence[int], meta: dict[int, tuple[int, tuple[str, ...]]]
    ) -> list[FetchedMessage]:
        """Fetch messages (BODY.PEEK: never sets \\Seen): small ones whole, large ones part
        by part, or truncated when their structure cannot be used."""
        small = [u for u in uids if meta.get(u, (0, ()))[0] <= PARTWISE_ABOVE]
        large = [u for u in uids if meta.get(u, (0, ()))[0] > PARTWISE_ABOVE]
        out = self._fetch(small, meta, partial=False) + self._fetch_by_parts(large, meta)
        out.sort(key=lambda m: m.uid)
        return out

    def _fetch_by_parts(
        self, uids: list[int], meta: dict[int, tuple[int, tuple[str, ...]]]
    ) -> list[FetchedMessage]:
        """Large messages rebuilt from their read parts (see :mod:`daemon.parts`)."""
        if not uids:
            return []
        with translate_errors(f"{self.label} {self._selected}"):
            structures = self._client.fetch(uids, ["BODYSTRUCTURE"])
        out: list[FetchedMessage] = []
        whole: list[int] = []
        for uid in uids:
            fields = structures.get(uid) or {}
            root = parts.plan(fields.get(b"BODYSTRUCTURE"))
            if root is None:
                whole.append(uid)
                continue
            items = ["BODY.PEEK[HEADER]", *parts.fetch_items(root)]
            with translate_errors(f"{self.label} {self._selected}"):
                data = self._client.fetch([uid], items).get(uid)
            if not data:
                continue  # expunged meanwhile
            sections = {
                parts.section_key(key.decode("ascii", "replace")): bytes(value)
                for key, value in data.items()
                if isinstance(key, bytes) and key.startswith(b"BODY[") and value is not None
            }
            header = sections.get("BODY[HEADER]")
            if header is None:
                whole.append(uid)
                continue
            size, flags = meta.get(uid, (0, ()))
            raw = parts.assemble(header, root, sections)
            out.append(FetchedMessage(uid=uid, raw=raw, size=size, flags=flags, partial=True))
        # Without a usable structure: whole up to MAX_FULL_FETCH, the first bytes above it.
        fits = [u for u in whole if meta.get(u, (0, ()))[0] <= MAX_FULL_FETCH]
        over = [u for u in whole if meta.get(u, (0, ()))[0] > MAX_FULL_FETCH]
        return out + self._fetch(fits, meta, partial=False) + self._fetch(over, meta, partial=True)

    def _fetch(
        self, uids: list[int], meta: dict[int, tuple[int, tuple[str, ...]]], *, partial: bool
    ) -> list[FetchedMessage]:
        if not uids:
            return []
        item = f"BODY.PEEK[]<0.{MAX_FULL_FETCH}>" if partial else "BODY.PEEK[]"
        with translate_errors(f"{self.label} {self._selected}"):
            data = self._client.fetch(uids, [item])
        out = []
        for uid, fields in data.items():
            # The reply names the item BODY[] or BODY[]<0>; take whichever body came back.
            raw = next((v for k, v in fields.items() if k.startswith(b"BODY[")), None)
            if raw is None:
                continue
            size, flags = meta.get(int(uid), (len(raw), ()))
            out.append(
                FetchedMessage(
                    uid=int(uid), raw=bytes(raw), size=size, flags=flags, partial=partial
                )
            )
        return out

    # -- waiting for news --------------------------------------------------------------------

    def idle_wait(
        self, max_wait: float, should_stop: Callable[[], bool], tick: float = 1.0
    ) -> IdleResult:
        """IDLE (RFC 2177) until the folder changes, ``max_wait`` passes, or we are stopped.

        ``tick`` bounds how long a stop request waits. A connection that dies without BYE
        makes imapclient's ``idle_check`` return at once with nothing; several such early
        returns in a row are treated as a lost connection.
        """
        deadline = time.monotonic() + max_wait
        early_empty = 0
        with translate_errors(f"{self.label} {self._selected} IDLE"):
            self._client.idle()
            try:
                if self._take_unsolicited_news():
                    # Mail that arrived while we were syncing was announced in replies to
                    # our other commands (RFC 3501 §7: untagged EXISTS may come with any
                    # response); imaplib filed it away, so IDLE alone would never say.
                    return IdleResult(changed=True, reason="arrived during sync")
                while True:
                    if should_stop():
                        return IdleResult(changed=False, reason="stopping")
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return IdleResult(changed=False, reason="refresh")
                    wait = min(tick, remaining)
                    began = time.monotonic()
                    responses = self._client.idle_check(timeout=wait)
                    for response in responses:
                        if _is_bye(response):
                            raise ConnectError(f"{self.label}: server said BYE")
                        if _is_change(response):
                            return IdleResult(changed=True, reason="push")
                    if not responses and time.monotonic() - began < wait / 4:
                        early_empty += 1
                        if early_empty >= 3:
                            raise ConnectError(f"{self.label}: connection closed during IDLE")
                    else:
                        early_empty = 0
            finally:
                # If the connection is already gone the caller reconnects.
                with suppress(imaplib.IMAP4.abort, OSError, imap_errors.IMAPClientError):
                    self._client.idle_done()

    def _take_unsolicited_news(self) -> bool:
        """Pop EXISTS/EXPUNGE that imaplib stored from untagged responses; True if any."""
        store = getattr(getattr(self._client, "_imap", None), "untagged_responses", None)
        if not isinstance(store, dict):
            return False
        news = [store.pop(key, None) for key in ("EXISTS", "EXPUNGE")]
        return any(news)

    def noop(self) -> bool:
        """NOOP; True when the server reported changes to the selected folder."""
        with translate_errors(f"{self.label} NOOP"):
            _, responses = self._client.noop()
        return any(_is_change(r) for r in responses)

    # -- writing (drafts, sent copies, flags) --------------------------------------------------

    def select(self, folder: str) -> FolderInfo:
        """Open ``folder`` read-write (SELECT), for flag changes and expunges."""
        with translate_errors(f"{self.label} {folder}"):
            info = self._client.select_folder(folder, readonly=False)
        self._selected = folder
        self._permanent = {
            f if isinstance(f, bytes) else str(f).encode() for f in info.get(b"PERMANENTFLAGS", ())
        }
        return FolderInfo(
            name=folder,
            uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
            uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = (),
        when: dt.datetime | None = None,
    ) -> int | None:
        """APPEND a message; returns its UID when the server says (UIDPLUS, RFC 4315)."""
        with translate_errors(f"{self.label} APPEND {folder}"):
            response = self._client.append(folder, raw, flags=tuple(flags), msg_time=when)
        text = response.decode("ascii", "replace") if isinstance(response, bytes) else str(response)
        match = re.search(r"APPENDUID \d+ (\d+)", text)
        return int(match.group(1)) if match else None

    def find_by_header(
        self, folder: str, header: str, value: str, *, undeleted: bool = False
    ) -> list[int]:
        """UIDs in ``folder`` whose ``header`` is exactly ``value``.

        SEARCH HEADER matches substrings (RFC 3501 section 6.4.4), so every hit's header
        is fetched and compared whole (see :func:`header_has_value`). With ``undeleted``,
        messages flagged ``\\Deleted`` (a mail client's "mark as deleted") are left out.
        Raises ValueError for a value that cannot be searched for safely.
        """
        criteria = search_header_criteria(header, value, undeleted=undeleted)
        self.examine(folder)
        with translate_errors(f"{self.label} SEARCH {folder}"):
            found = sorted(int(u) for u in self._client.search(criteria))
        if not found:
            return []
        wanted = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
        with translate_errors(f"{self.label} FETCH {folder}"):
            data = self._client.fetch(found, [wanted])
        exact: list[int] = []
        for uid, fields in data.items():
            block = next((v for k, v in fields.items() if k.startswith(b"BODY[")), None)
            if isinstance(block, bytes) and header_has_value(block, header, value):
                exact.append(int(uid))
        return sorted(exact)

    def header_values(self, folder: str, header: str) -> dict[int, str]:
        """UID → value of ``header`` for every message in ``folder`` that has it and is
        not flagged ``\\Deleted`` (SEARCH HEADER with an empty string matches every
        message with the field, RFC 3501 section 6.4.4)."""
        if not _FIELD_NAME.match(header):
            raise ValueError(f"not a header field name: {header!r}")
        self.examine(folder)
        with translate_errors(f"{self.label} SEARCH {folder}"):
            found = sorted(
                int(u) for u in self._client.search(f'UNDELETED HEADER {header} ""'.encode())
            )
        out: dict[int, str] = {}
        wanted = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
        for start in range(0, len(found), FETCH_BATCH):
            with translate_errors(f"{self.label} FETCH {folder}"):
                data = self._client.fetch(found[start : start + FETCH_BATCH], [wanted])
            for uid, fields in data.items():
                block = next((v for k, v in fields.items() if k.startswith(b"BODY[")), None)
                if not isinstance(block, bytes):
                    continue
                parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(
                    block
                )
                value = parsed.get(header)
                if value is not None:
                    out[int(uid)] = re.sub(r"\r?\n[ \t]", " ", str(value)).strip()
        return out

    def fetch_one(self, folder: str, uid: int) -> bytes | None:
        """The whole message ``uid`` of ``folder`` (BODY.PEEK), or None if it is gone."""
        self.examine(folder)
        with translate_errors(f"{self.label} FETCH {folder}"):
            data = self._client.fetch([uid], ["BODY.PEEK[]"])
        fields = data.get(uid)
        if not fields:
            return None
        raw = next((v for k, v in fields.items() if k.startswith(b"BODY[")), None)
        return bytes(raw) if raw is not None else None

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        """Remove messages: \\Deleted, then UID EXPUNGE of just those (RFC 4315) when
        the server can, so that nothing else the user marked deleted is expunged."""
        if not uids:
            return
        self.select(folder)
        with translate_errors(f"{self.label} STORE {folder}"):
            self._client.add_flags(list(uids), [b"\\Deleted"])
            if "UIDPLUS" in self.capabilities:
                self._client.uid_expunge(list(uids))

    def add_flags(self, folder: str, uids: Sequence[int], flags: Sequence[str]) -> list[str]:
        """Set flags/keywords on messages; returns the ones the server accepted.

        Keywords are only set when the folder's PERMANENTFLAGS allow them (``\\*``).
        """
        self.select(folder)
        with translate_errors(f"{self.label} STORE {folder}"):
            permanent = self._permanent_flags()
            allowed = [
                f
                for f in flags
                if (f.startswith("\\") and f.encode() in permanent) or b"\\*" in permanent
            ]
            if allowed:
                self._client.add_flags(list(uids), [f.encode() for f in allowed])
        return allowed

    def _permanent_flags(self) -> set[bytes]:
        # When the server did not say, assume the RFC 3501 system flags only.
        return self._permanent or {
            b"\\Flagged",
            b"\\Seen",
            b"\\Deleted",
            b"\\Draft",
            b"\\Answered",
        }


_UID_IN_FETCH = re.compile(rb"^\d+ \(.*?\bUID (\d+)")
_REPORT_OR_MESSAGE = re.compile(rb'"(?:message|report|rfc822-headers)"', re.IGNORECASE)


def _is_change(response: Any) -> bool:
    if isinstance(response, tuple) and len(response) >= 2:
        word = response[1]
        return word in (b"EXISTS", b"EXPUNGE", b"RECENT") and not (
            word == b"RECENT" and response[0] == 0
        )
    return False


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"


def _close_quietly(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - closing a connection that may be broken already
        with suppress(Exception):
            client.shutdown()


_FIELD_NAME = re.compile(r"^[!-9;-~]{1,76}$")
"""An RFC 5322 field name: printable US-ASCII except the colon."""


def search_header_criteria(header: str, value: str, *, undeleted: bool = False) -> bytes:
    """The SEARCH criteria ``[UNDELETED] HEADER name "value"`` as bytes, the value always
    sent as an RFC 3501 quoted string (``( ) { % *`` are not atom characters, and a bare
    one makes the server answer BAD, again on every retry).

    Raises ValueError for a name that is not a field name or a value a quoted string
    cannot carry (CR, LF, NUL, 8-bit): refused, rather than retried forever.
    """
    if not _FIELD_NAME.match(header):
        raise ValueError(f"not a header field name: {header!r}")
    if not value or any(not (" " <= c <= "~") for c in value) or len(value) > 998:
        raise ValueError(f"cannot search for the header value {value!r}")
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    words = (["UNDELETED"] if undeleted else []) + ["HEADER", header, quoted]
    return " ".join(words).encode("ascii")


def header_has_value(block: bytes, header: str, value: str) -> bool:
    """Whether the header section ``block`` has a ``header`` field whose whole value is
    ``value`` (unfolded and trimmed; a Message-ID with or without its angle brackets)."""
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(block)
    is_id = header.lower() in ("message-id", "in-reply-to")
    target = _id_core(value) if is_id else value.strip()
    for raw in parsed.get_all(header, []):
        text = re.sub(r"\r?\n[ \t]", " ", str(raw)).strip()
        if (_id_core(text) if is_id else text) == target:
            return True
    return False


def _id_core(text: str) -> str:
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    return text
