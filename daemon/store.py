"""The state database: the single source of truth, and the only module that speaks SQL.

SQLite (WAL, foreign keys on) in the state directory is the embedded default. Everything
else calls the methods of :class:`Store`, never SQL, so another engine (PostgreSQL) can be
added behind the same methods later. Scheduler jobs are derived from what is stored here, so
a restart loses nothing.

Schema changes are numbered migrations applied in order at open; ``PRAGMA user_version``
holds the version reached.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from daemon.errors import StoreError
from daemon.paths import ensure_private_dir

Outcome = Literal["processed", "duplicate", "failed", "parked"]

MIGRATIONS: tuple[str, ...] = (
    # 1: mailbox sync state and every message seen.
    """
    CREATE TABLE folder_state (
        account      TEXT NOT NULL,
        folder       TEXT NOT NULL,
        uidvalidity  INTEGER NOT NULL,
        highest_uid  INTEGER NOT NULL DEFAULT 0,
        last_sync    TEXT,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE messages (
        id            INTEGER PRIMARY KEY,
        account       TEXT NOT NULL,
        folder        TEXT NOT NULL,
        uidvalidity   INTEGER NOT NULL,
        uid           INTEGER NOT NULL,
        fingerprint   TEXT NOT NULL,
        message_id    TEXT,
        subject       TEXT,
        sender        TEXT,
        sent_at       TEXT,
        kind          TEXT,
        outcome       TEXT NOT NULL,
        error         TEXT,
        attempts      INTEGER NOT NULL DEFAULT 0,
        first_seen    TEXT NOT NULL,
        processed_at  TEXT,
        UNIQUE (account, folder, uidvalidity, uid)
    );
    CREATE INDEX messages_fingerprint ON messages (account, fingerprint);
    CREATE INDEX messages_message_id ON messages (message_id);
    CREATE INDEX messages_outcome ON messages (outcome);
    """,
)


@dataclass(frozen=True, slots=True)
class FolderState:
    """Where the watcher left off in one folder."""

    account: str
    folder: str
    uidvalidity: int
    highest_uid: int
    last_sync: dt.datetime | None


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """What processing one message produced, ready to be stored."""

    uid: int
    fingerprint: str
    outcome: Outcome
    message_id: str | None = None
    subject: str | None = None
    sender: str | None = None
    sent_at: dt.datetime | None = None
    kind: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FailedMessage:
    """A message whose processing failed, kept for retry and shown by ``status``."""

    account: str
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None
    subject: str | None
    error: str | None
    attempts: int
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class FolderSummary:
    """Per-folder figures for ``followupd status``."""

    account: str
    folder: str
    uidvalidity: int
    highest_uid: int
    last_sync: dt.datetime | None
    processed: int
    duplicates: int
    failed: int
    parked: int


def _ts(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def _parse_ts(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


class Store:
    """Typed access to the state database."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open (creating 0700 dir / 0600 file) and migrate the database at ``path``."""
        try:
            if readonly:
                if not path.exists():
                    raise StoreError(f"{path}: no state database yet (has followupd run?)")
                conn = sqlite3.connect(
                    f"{path.as_uri()}?mode=ro", uri=True, timeout=10, isolation_level=None
                )
            else:
                ensure_private_dir(path.parent)
                if not path.exists():
                    # Create it 0600 before SQLite does: it holds who the user talks to.
                    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                    os.close(fd)
                conn = sqlite3.connect(path, timeout=10, isolation_level=None)
            store = cls(conn, path)
            try:
                store._setup(readonly=readonly)
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the state database: {exc}") from exc
        return store

    @classmethod
    def memory(cls) -> Store:
        """A throw-away in-memory database (unit tests)."""
        store = cls(sqlite3.connect(":memory:", isolation_level=None), None)
        store._setup(readonly=False)
        return store

    def _setup(self, *, readonly: bool) -> None:
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 10000")
        if readonly:
            if self.schema_version == 0:
                raise StoreError(f"{self.path}: the state database is not initialised yet")
            return
        if self.path is not None:
            self._db.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL is durable across application crashes (SIGKILL); only an OS crash
            # can lose the last transactions, which the Sent-folder check then resolves.
            self._db.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"the state database is schema version {version}, newer than this followupd "
                f"understands ({len(MIGRATIONS)}); upgrade interview-followup"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    @property
    def schema_version(self) -> int:
        """The migration number the database is at."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes (BEGIN IMMEDIATE so writers queue instead of failing)."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- folder sync state -------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        """Where the watcher left off, or None for a folder never synced."""
        row = self._db.execute(
            "SELECT * FROM folder_state WHERE account = ? AND folder = ?", (account, folder)
        ).fetchone()
        if row is None:
            return None
        return FolderState(
            account=row["account"],
            folder=row["folder"],
            uidvalidity=row["uidvalidity"],
            highest_uid=row["highest_uid"],
            last_sync=_parse_ts(row["last_sync"]),
        )

    def start_folder(
        self, account: str, folder: str, uidvalidity: int, *, highest_uid: int = 0
    ) -> None:
        """Begin (or, after a UIDVALIDITY change, restart) a folder after ``highest_uid``.

        Messages already processed stay recorded: the rescan recognises them by
        fingerprint (Message-ID) so nothing is processed twice.
        """
        with self.transaction():
            self._db.execute(
                """INSERT INTO folder_state (account, folder, uidvalidity, highest_uid)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (account, folder) DO UPDATE SET
                       uidvalidity = excluded.uidvalidity, highest_uid = excluded.highest_uid""",
                (account, folder, uidvalidity, highest_uid),
            )

    def mark_synced(self, account: str, folder: str, now: dt.datetime) -> None:
        """Remember the last time the folder was fully caught up."""
        self._db.execute(
            "UPDATE folder_state SET last_sync = ? WHERE account = ? AND folder = ?",
            (_ts(now), account, folder),
        )

    # -- messages ----------------------------------------------------------------------------

    def known_fingerprints(self, account: str, fingerprints: Sequence[str]) -> set[str]:
        """Which of ``fingerprints`` were already processed for this account (any folder)."""
        found: set[str] = set()
        for start in range(0, len(fingerprints), 500):
            chunk = list(fingerprints[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT fingerprint FROM messages WHERE account = ? AND outcome = 'processed' "  # noqa: S608
                f"AND fingerprint IN ({marks})",
                (account, *chunk),
            )
            found.update(row[0] for row in rows)
        return found

    def record_messages(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        records: Sequence[MessageRecord],
        *,
        highest_uid: int,
        now: dt.datetime,
        max_attempts: int,
    ) -> None:
        """Store a batch of results and advance the folder's highest UID, atomically."""
        with self.transaction():
            for rec in records:
                self._db.execute(
                    """INSERT INTO messages (account, folder, uidvalidity, uid, fingerprint,
                           message_id, subject, sender, sent_at, kind, outcome, error,
                           attempts, first_seen, processed_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (account, folder, uidvalidity, uid) DO UPDATE SET
                           fingerprint = excluded.fingerprint,
                           message_id = excluded.message_id,
                           subject = excluded.subject,
                           sender = excluded.sender,
                           sent_at = excluded.sent_at,
                           kind = excluded.kind,
                           error = excluded.error,
                           attempts = messages.attempts + excluded.attempts,
                           outcome = CASE
                               WHEN excluded.outcome = 'failed'
                                    AND messages.attempts + 1 >= ? THEN 'parked'
                               ELSE excluded.outcome END,
                           processed_at = excluded.processed_at""",
                    (
                        account,
                        folder,
                        uidvalidity,
                        rec.uid,
                        rec.fingerprint,
                        rec.message_id,
                        _clip(rec.subject, 300),
                        _clip(rec.sender, 300),
                        _ts(rec.sent_at),
                        rec.kind,
                        _initial_outcome(rec.outcome, max_attempts),
                        _clip(rec.error, 2000),
                        1 if rec.outcome == "failed" else 0,
                        _ts(now),
                        None if rec.outcome == "failed" else _ts(now),
                        max_attempts,
                    ),
                )
            self._db.execute(
                """UPDATE folder_state SET highest_uid = MAX(highest_uid, ?)
                   WHERE account = ? AND folder = ? AND uidvalidity = ?""",
                (highest_uid, account, folder, uidvalidity),
            )

    def retry_candidates(self, account: str, folder: str, uidvalidity: int) -> list[int]:
        """UIDs whose processing failed and that may be tried again."""
        rows = self._db.execute(
            """SELECT uid FROM messages WHERE account = ? AND folder = ? AND uidvalidity = ?
               AND outcome = 'failed' ORDER BY uid""",
            (account, folder, uidvalidity),
        )
        return [int(r[0]) for r in rows]

    def forget_missing(
        self, account: str, folder: str, uidvalidity: int, uids: Sequence[int]
    ) -> None:
        """Failed messages that vanished from the server (expunged) are parked, not retried."""
        with self.transaction():
            for uid in uids:
                self._db.execute(
                    """UPDATE messages SET outcome = 'parked',
                           error = COALESCE(error, '') || ' (message no longer on the server)'
                       WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?
                       AND outcome = 'failed'""",
                    (account, folder, uidvalidity, uid),
                )

    def failures(self) -> list[FailedMessage]:
        """Every failed or parked message, newest first."""
        rows = self._db.execute(
            """SELECT * FROM messages WHERE outcome IN ('failed', 'parked')
               ORDER BY first_seen DESC, id DESC"""
        )
        return [
            FailedMessage(
                account=r["account"],
                folder=r["folder"],
                uidvalidity=r["uidvalidity"],
                uid=r["uid"],
                message_id=r["message_id"],
                subject=r["subject"],
                error=r["error"],
                attempts=r["attempts"],
                outcome=r["outcome"],
            )
            for r in rows
        ]

    def folder_summaries(self) -> list[FolderSummary]:
        """Sync state and message counts per watched folder."""
        rows = self._db.execute(
            """SELECT f.account, f.folder, f.uidvalidity, f.highest_uid, f.last_sync,
                 COALESCE(SUM(m.outcome = 'processed'), 0) AS processed,
                 COALESCE(SUM(m.outcome = 'duplicate'), 0) AS duplicates,
                 COALESCE(SUM(m.outcome = 'failed'), 0) AS failed,
                 COALESCE(SUM(m.outcome = 'parked'), 0) AS parked
               FROM folder_state f LEFT JOIN messages m
                 ON m.account = f.account AND m.folder = f.folder
               GROUP BY f.account, f.folder ORDER BY f.account, f.folder"""
        )
        return [
            FolderSummary(
                account=r["account"],
                folder=r["folder"],
                uidvalidity=r["uidvalidity"],
                highest_uid=r["highest_uid"],
                last_sync=_parse_ts(r["last_sync"]),
                processed=r["processed"],
                duplicates=r["duplicates"],
                failed=r["failed"],
                parked=r["parked"],
            )
            for r in rows
        ]

    def count_messages(self, account: str | None = None, outcome: Outcome | None = None) -> int:
        """How many message rows match (used by tests and status)."""
        sql = "SELECT COUNT(*) FROM messages WHERE 1 = 1"
        args: list[str] = []
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        if outcome is not None:
            sql += " AND outcome = ?"
            args.append(outcome)
        return int(self._db.execute(sql, args).fetchone()[0])


def _initial_outcome(outcome: Outcome, max_attempts: int) -> Outcome:
    return "parked" if outcome == "failed" and max_attempts <= 1 else outcome


def _clip(text: str | None, limit: int) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
