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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from daemon.cases import (
    AddRound,
    CancelRound,
    CaseView,
    Change,
    CloseCase,
    LinkMessage,
    NoChange,
    OpenCase,
    OutOfOffice,
    Reply,
    RoundData,
    RoundView,
    Stage,
    UpdateRound,
    merge_people,
)
from daemon.errors import StoreError, StoreNotReady
from daemon.paths import ensure_private_dir
from daemon.understand.model import Person

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
    # 2: cases (one interview process each), their rounds, people, thread and timeline.
    """
    CREATE TABLE cases (
        id                INTEGER PRIMARY KEY,
        account           TEXT NOT NULL,
        company           TEXT,
        role              TEXT,
        stage             TEXT NOT NULL,
        agency            INTEGER NOT NULL DEFAULT 0,
        recruiter_name    TEXT,
        recruiter_email   TEXT,
        recruiter_title   TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        stage_changed_at  TEXT NOT NULL
    );
    CREATE INDEX cases_account_stage ON cases (account, stage);
    CREATE TABLE rounds (
        id            INTEGER PRIMARY KEY,
        case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        start         TEXT NOT NULL,
        end_at        TEXT,
        timezone      TEXT,
        location      TEXT,
        meeting_url   TEXT,
        calendar_uid  TEXT,
        sequence      INTEGER NOT NULL DEFAULT 0,
        cancelled     INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE INDEX rounds_case ON rounds (case_id);
    CREATE INDEX rounds_uid ON rounds (calendar_uid);
    CREATE TABLE interviewers (
        id        INTEGER PRIMARY KEY,
        round_id  INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        name      TEXT,
        email     TEXT,
        title     TEXT
    );
    CREATE INDEX interviewers_round ON interviewers (round_id);
    CREATE TABLE case_domains (
        case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        domain   TEXT NOT NULL,
        PRIMARY KEY (case_id, domain)
    );
    CREATE TABLE case_phones (
        case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        number   TEXT NOT NULL,
        source   TEXT,
        seen_at  TEXT NOT NULL,
        PRIMARY KEY (case_id, number)
    );
    CREATE TABLE case_messages (
        case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        message_id  TEXT NOT NULL,
        direction   TEXT NOT NULL,
        kind        TEXT,
        sender      TEXT,
        subject     TEXT,
        sent_at     TEXT,
        seen_at     TEXT NOT NULL,
        PRIMARY KEY (case_id, message_id)
    );
    CREATE INDEX case_messages_message_id ON case_messages (message_id);
    CREATE TABLE case_events (
        id       INTEGER PRIMARY KEY,
        case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at       TEXT NOT NULL,
        what     TEXT NOT NULL,
        detail   TEXT
    );
    CREATE INDEX case_events_case ON case_events (case_id, at);
    """,
    # 3: notes, the outbox (every mail the daemon will send, exactly once), what the user
    # sent themself, and per-account facts learned at run time.
    """
    CREATE TABLE notes (
        round_id     INTEGER PRIMARY KEY REFERENCES rounds (id) ON DELETE CASCADE,
        everyone     TEXT,
        gut          TEXT,
        idea         TEXT,
        unmatched    TEXT,
        received_at  TEXT NOT NULL,
        source       TEXT
    );
    CREATE TABLE interviewer_notes (
        round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        person_key  TEXT NOT NULL,
        name        TEXT,
        email       TEXT,
        topic       TEXT NOT NULL,
        PRIMARY KEY (round_id, person_key)
    );
    CREATE TABLE outbox (
        id               INTEGER PRIMARY KEY,
        key              TEXT NOT NULL UNIQUE,
        account          TEXT NOT NULL,
        case_id          INTEGER REFERENCES cases (id) ON DELETE CASCADE,
        round_id         INTEGER REFERENCES rounds (id) ON DELETE CASCADE,
        kind             TEXT NOT NULL,
        recipient_name   TEXT,
        recipient_email  TEXT,
        state            TEXT NOT NULL,
        reason           TEXT,
        due_at           TEXT NOT NULL,
        message_id       TEXT,
        subject          TEXT,
        body             TEXT,
        raw              BLOB,
        draft_key        TEXT,
        attempts         INTEGER NOT NULL DEFAULT 0,
        first_attempt_at TEXT,
        last_error       TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        sent_at          TEXT
    );
    CREATE INDEX outbox_state_due ON outbox (state, due_at);
    CREATE INDEX outbox_case ON outbox (case_id);
    CREATE INDEX outbox_message_id ON outbox (message_id);
    CREATE TABLE user_sent (
        account     TEXT NOT NULL,
        message_id  TEXT NOT NULL,
        recipient   TEXT NOT NULL,
        sent_at     TEXT NOT NULL,
        PRIMARY KEY (account, message_id, recipient)
    );
    CREATE INDEX user_sent_recipient ON user_sent (account, recipient, sent_at);
    CREATE TABLE account_facts (
        account  TEXT NOT NULL,
        key      TEXT NOT NULL,
        value    TEXT NOT NULL,
        PRIMARY KEY (account, key)
    );
    """,
    # 4: replies and silence: who answered when, out-of-office, stated deadlines, snoozes.
    """
    ALTER TABLE cases ADD COLUMN last_reply_at TEXT;
    ALTER TABLE cases ADD COLUMN last_reply_from TEXT;
    ALTER TABLE cases ADD COLUMN away_until TEXT;
    ALTER TABLE cases ADD COLUMN deadline TEXT;
    ALTER TABLE cases ADD COLUMN snoozed_until TEXT;
    ALTER TABLE cases ADD COLUMN call_flagged_at TEXT;
    ALTER TABLE case_messages ADD COLUMN excerpt TEXT;
    """,
    # 5: the planned due time, apart from the due time retries, reviews and releases set.
    """
    ALTER TABLE outbox ADD COLUMN base_due TEXT;
    UPDATE outbox SET base_due = due_at;
    """,
    # 6: where the copy of a sent thank-you in the Sent folder stands (save_sent), so the
    # "does the provider file sent mail?" question survives a restart.
    """
    ALTER TABLE outbox ADD COLUMN sent_copy TEXT;
    CREATE INDEX outbox_sent_copy ON outbox (sent_copy);
    """,
    # 7: thread addresses: application systems' relay addresses (Reply-To) that carry the
    # company's answers for a case. A message from one is a reply; mail never goes to one.
    """
    CREATE TABLE case_addresses (
        case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        address   TEXT NOT NULL,
        seen_at   TEXT NOT NULL,
        PRIMARY KEY (case_id, address)
    );
    CREATE INDEX case_addresses_address ON case_addresses (address);
    """,
    # 8: every message read looks for open cases by its sender's address and domain (a new
    # message from an interviewer, the recruiter or the company answers); without these
    # each look read every interviewer and domain row, and a first scan slowed with its cases.
    """
    CREATE INDEX interviewers_email ON interviewers (lower(email));
    CREATE INDEX cases_recruiter_email ON cases (lower(recruiter_email));
    CREATE INDEX case_domains_domain ON case_domains (domain);
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
        self.cases = CaseStore(connection)
        self.outbox = OutboxStore(connection)

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open (creating 0700 dir / 0600 file) and migrate the database at ``path``."""
        try:
            if readonly:
                if not path.exists():
                    raise StoreNotReady(f"{path}: no state database yet (has followupd run?)")
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
                raise StoreNotReady(f"{self.path}: the state database is not initialised yet")
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

    def data_version(self) -> int:
        """Changes whenever *another* connection commits (e.g. ``followupd note``)."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

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

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested unit inside a transaction: rolled back alone on error."""
        self._db.execute("SAVEPOINT item")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO item")
            self._db.execute("RELEASE item")
            raise
        self._db.execute("RELEASE item")

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

    def hiring_message_ids(self, account: str, kinds: Sequence[str]) -> set[str]:
        """Message ids of this account's mail read as one of ``kinds``, and of every
        message linked to one of its cases (sent ones included): the threads a reply
        without hiring words of its own may answer."""
        marks = ",".join("?" * len(kinds))
        rows = self._db.execute(
            f"SELECT message_id FROM messages WHERE account = ? AND kind IN ({marks}) "  # noqa: S608
            "AND message_id IS NOT NULL "
            "UNION SELECT m.message_id FROM case_messages m JOIN cases c ON c.id = m.case_id "
            "WHERE c.account = ?",
            (account, *kinds, account),
        )
        return {row[0] for row in rows if row[0]}

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

    def locate(self, account: str, message_id: str) -> list[tuple[str, int]]:
        """(folder, UID) of a message in the current UIDVALIDITY epochs, newest first."""
        rows = self._db.execute(
            """SELECT m.folder, m.uid FROM messages m JOIN folder_state f
                 ON f.account = m.account AND f.folder = m.folder
                 AND f.uidvalidity = m.uidvalidity
               WHERE m.account = ? AND m.message_id = ? ORDER BY m.id DESC""",
            (account, message_id),
        )
        return [(str(r[0]), int(r[1])) for r in rows]

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


@dataclass(frozen=True, slots=True)
class LinkedMessage:
    """A message of a case's thread, as the store keeps it."""

    message_id: str
    direction: Literal["in", "out"]
    kind: str | None = None
    sender: str | None = None
    subject: str | None = None
    sent_at: dt.datetime | None = None
    excerpt: str | None = None


@dataclass(frozen=True, slots=True)
class RoundRecord:
    """A stored round with its interviewers (for status, planning and timelines)."""

    id: int
    case_id: int
    start: dt.datetime
    end: dt.datetime | None
    timezone: str | None
    location: str | None
    meeting_url: str | None
    calendar_uid: str | None
    sequence: int
    cancelled: bool
    interviewers: tuple[Person, ...]
    found_at: dt.datetime | None = None
    """When the daemon first stored it (a round filed late may have happened long before)."""


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A stored case."""

    id: int
    account: str
    company: str | None
    role: str | None
    stage: Stage
    agency: bool
    recruiter: Person | None
    created_at: dt.datetime
    updated_at: dt.datetime
    stage_changed_at: dt.datetime
    rounds: tuple[RoundRecord, ...]
    last_reply_at: dt.datetime | None = None
    last_reply_from: str | None = None
    away_until: dt.date | None = None
    deadline: dt.date | None = None
    snoozed_until: dt.datetime | None = None
    call_flagged_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One line of a case's timeline."""

    at: dt.datetime
    what: str
    detail: str | None


class CaseStore:
    """Case tables: the SQL behind :mod:`daemon.cases` decisions."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def candidates(self, account: str, refs: frozenset[str], uid: str | None) -> list[CaseView]:
        """Cases a message might belong to: every open case of the account, plus any case
        (even closed) whose thread or calendar UID the message names."""
        ids = {
            int(r[0])
            for r in self._db.execute(
                "SELECT id FROM cases WHERE account = ? AND stage NOT IN (?, ?, ?, ?)",
                (account, *_CLOSED),
            )
        }
        for start in range(0, len(refs), 500):
            chunk = sorted(refs)[start : start + 500]
            marks = ",".join("?" * len(chunk))
            ids.update(
                int(r[0])
                for r in self._db.execute(
                    "SELECT m.case_id FROM case_messages m JOIN cases c ON c.id = m.case_id "  # noqa: S608
                    f"WHERE c.account = ? AND m.message_id IN ({marks})",
                    (account, *chunk),
                )
            )
        if uid:
            ids.update(
                int(r[0])
                for r in self._db.execute(
                    "SELECT r.case_id FROM rounds r JOIN cases c ON c.id = r.case_id "
                    "WHERE c.account = ? AND r.calendar_uid = ?",
                    (account, uid),
                )
            )
        return [self.view(case_id) for case_id in sorted(ids)]

    def thread_case_ids(self, account: str, refs: frozenset[str]) -> set[int]:
        """Cases whose thread holds one of ``refs`` (cheap pre-check for ordinary mail)."""
        found: set[int] = set()
        chunk_list = sorted(refs)
        for start in range(0, len(chunk_list), 500):
            chunk = chunk_list[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                int(r[0])
                for r in self._db.execute(
                    "SELECT m.case_id FROM case_messages m JOIN cases c ON c.id = m.case_id "  # noqa: S608
                    f"WHERE c.account = ? AND m.message_id IN ({marks})",
                    (account, *chunk),
                )
            )
        return found

    def linked_readings(self, account: str, message_id: str) -> list[tuple[Stage, str | None]]:
        """(the case's stage, the kind the message was read as) for each case of the account
        that ``message_id`` is linked to."""
        return [
            (Stage(r[0]), r[1])
            for r in self._db.execute(
                "SELECT c.stage, m.kind FROM case_messages m JOIN cases c ON c.id = m.case_id "
                "WHERE c.account = ? AND m.message_id = ?",
                (account, message_id),
            )
        ]

    def view(self, case_id: int) -> CaseView:
        """The matching view of one case."""
        record = self.get(case_id)
        message_ids = frozenset(
            str(r[0])
            for r in self._db.execute(
                "SELECT message_id FROM case_messages WHERE case_id = ?", (case_id,)
            )
        )
        domains = frozenset(
            str(r[0])
            for r in self._db.execute(
                "SELECT domain FROM case_domains WHERE case_id = ?", (case_id,)
            )
        )
        thread_addresses = self.thread_addresses(case_id)
        emails = {p.email for rnd in record.rounds for p in rnd.interviewers if p.email}
        if record.recruiter and record.recruiter.email:
            emails.add(record.recruiter.email)
        return CaseView(
            id=record.id,
            company=record.company,
            stage=record.stage,
            rounds=tuple(
                RoundView(
                    id=r.id,
                    start=r.start,
                    end=r.end,
                    calendar_uid=r.calendar_uid,
                    sequence=r.sequence,
                    cancelled=r.cancelled,
                    interviewers=r.interviewers,
                )
                for r in record.rounds
            ),
            message_ids=message_ids,
            domains=domains,
            emails=frozenset(emails),
            thread_addresses=thread_addresses,
        )

    def get(self, case_id: int) -> CaseRecord:
        """One case with its rounds; KeyError if there is none."""
        row = self._db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        return self._record(row)

    def find(self, account: str | None = None, *, open_only: bool = False) -> list[CaseRecord]:
        """Cases, newest first."""
        sql = "SELECT * FROM cases WHERE 1 = 1"
        args: list[str] = []
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        if open_only:
            sql += " AND stage NOT IN (?, ?, ?, ?)"
            args.extend(_CLOSED)
        sql += " ORDER BY id DESC"
        return [self._record(r) for r in self._db.execute(sql, args).fetchall()]

    def _record(self, row: sqlite3.Row) -> CaseRecord:
        rounds = []
        for r in self._db.execute(
            "SELECT * FROM rounds WHERE case_id = ? ORDER BY start, id", (row["id"],)
        ).fetchall():
            people = tuple(
                Person(name=p["name"], email=p["email"], title=p["title"])
                for p in self._db.execute(
                    "SELECT * FROM interviewers WHERE round_id = ? ORDER BY id", (r["id"],)
                )
            )
            rounds.append(
                RoundRecord(
                    id=r["id"],
                    case_id=r["case_id"],
                    start=_req_ts(r["start"]),
                    end=_parse_ts(r["end_at"]),
                    timezone=r["timezone"],
                    location=r["location"],
                    meeting_url=r["meeting_url"],
                    calendar_uid=r["calendar_uid"],
                    sequence=r["sequence"],
                    cancelled=bool(r["cancelled"]),
                    interviewers=people,
                    found_at=_parse_ts(r["created_at"]),
                )
            )
        recruiter = None
        if row["recruiter_name"] or row["recruiter_email"]:
            recruiter = Person(
                name=row["recruiter_name"],
                email=row["recruiter_email"],
                title=row["recruiter_title"],
            )
        return CaseRecord(
            id=row["id"],
            account=row["account"],
            company=row["company"],
            role=row["role"],
            stage=Stage(row["stage"]),
            agency=bool(row["agency"]),
            recruiter=recruiter,
            created_at=_req_ts(row["created_at"]),
            updated_at=_req_ts(row["updated_at"]),
            stage_changed_at=_req_ts(row["stage_changed_at"]),
            rounds=tuple(rounds),
            last_reply_at=_parse_ts(row["last_reply_at"]),
            last_reply_from=row["last_reply_from"],
            away_until=_parse_date(row["away_until"]),
            deadline=_parse_date(row["deadline"]),
            snoozed_until=_parse_ts(row["snoozed_until"]),
            call_flagged_at=_parse_ts(row["call_flagged_at"]),
        )

    # -- applying decisions ------------------------------------------------------------------

    def apply(self, account: str, change: Change, now: dt.datetime) -> int | None:
        """Apply a decision from :func:`daemon.cases.decide`; returns the case touched."""
        if isinstance(change, NoChange):
            return None
        if isinstance(change, OpenCase):
            recruiter = change.recruiter or Person()
            cur = self._db.execute(
                """INSERT INTO cases (account, company, role, stage, agency, recruiter_name,
                       recruiter_email, recruiter_title, created_at, updated_at,
                       stage_changed_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    account,
                    change.company,
                    change.role,
                    Stage.SCHEDULED,
                    int(change.agency),
                    recruiter.name,
                    recruiter.email,
                    recruiter.title,
                    _ts(now),
                    _ts(now),
                    _ts(now),
                ),
            )
            case_id = int(cur.lastrowid or 0)
            self._insert_round(case_id, change.round, now)
            self.event(case_id, now, "opened", _round_text(change.round))
            return case_id
        if isinstance(change, AddRound):
            self._insert_round(change.case_id, change.round, now)
            if change.role:
                self._db.execute(
                    "UPDATE cases SET role = COALESCE(role, ?) WHERE id = ?",
                    (change.role, change.case_id),
                )
            self.set_stage(change.case_id, Stage.SCHEDULED, now)
            self.event(change.case_id, now, "round added", _round_text(change.round))
            return change.case_id
        if isinstance(change, UpdateRound):
            self._update_round(change.round_id, change.round, now)
            what = "rescheduled" if change.rescheduled else "round updated"
            if change.rescheduled and self.get(change.case_id).stage not in _CLOSED:
                self.set_stage(change.case_id, Stage.SCHEDULED, now)
            self.event(change.case_id, now, what, _round_text(change.round))
            return change.case_id
        if isinstance(change, CancelRound):
            self._db.execute(
                "UPDATE rounds SET cancelled = 1, updated_at = ? WHERE id = ?",
                (_ts(now), change.round_id),
            )
            self.event(change.case_id, now, "round cancelled", change.reason)
            left = self._db.execute(
                "SELECT COUNT(*) FROM rounds WHERE case_id = ? AND cancelled = 0",
                (change.case_id,),
            ).fetchone()[0]
            if not left:
                self.set_stage(change.case_id, Stage.CANCELLED, now)
            return change.case_id
        if isinstance(change, CloseCase):
            self.set_stage(change.case_id, change.stage, now)
            self.event(change.case_id, now, str(change.stage), change.reason)
            return change.case_id
        if isinstance(change, Reply):
            who = change.person.name or change.person.email or "someone"
            if change.person.email:
                who = f"{who} <{change.person.email}>"
            at = min(change.at, now) if change.at is not None else now
            case = self.get(change.case_id)
            live = [r for r in case.rounds if not r.cancelled]
            # Written after every round had ended: an answer to the interview. Older mail
            # read late is kept in the timeline but neither ends the chase nor clears a flag.
            answers = bool(live) and all((r.end or r.start) <= at for r in live)
            newest = case.last_reply_at is None or at >= case.last_reply_at
            self._db.execute(
                """UPDATE cases SET last_reply_at = ?, last_reply_from = ?,
                       deadline = COALESCE(?, deadline),
                       call_flagged_at = CASE WHEN ? THEN NULL ELSE call_flagged_at END,
                       updated_at = ?
                   WHERE id = ?""",
                (
                    _ts(at if newest else case.last_reply_at),
                    who if newest else case.last_reply_from,
                    change.deadline.isoformat() if change.deadline else None,
                    answers,
                    _ts(now),
                    change.case_id,
                ),
            )
            if answers and case.stage in (
                Stage.SCHEDULED,
                Stage.WAITING,
                Stage.CALL_NEEDED,
                Stage.INTERVIEWED,
            ):
                self.set_stage(change.case_id, Stage.REPLIED, now)
            self.event(change.case_id, now, "reply", who)
            return change.case_id
        if isinstance(change, OutOfOffice):
            self._db.execute(
                "UPDATE cases SET away_until = ?, updated_at = ? WHERE id = ?",
                (change.return_date.isoformat(), _ts(now), change.case_id),
            )
            self.event(change.case_id, now, "out of office", f"back {change.return_date}")
            return change.case_id
        if isinstance(change, LinkMessage):
            return change.case_id
        raise AssertionError(change)

    def set_fields(self, case_id: int, now: dt.datetime, **fields: object) -> None:
        """Update follow-up fields of a case (names checked)."""
        allowed = {"snoozed_until", "call_flagged_at", "away_until", "deadline", "last_reply_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not case fields: {sorted(unknown)}")
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [
            _ts(v)
            if isinstance(v, dt.datetime)
            else (v.isoformat() if isinstance(v, dt.date) else v)
            for v in fields.values()
        ]
        self._db.execute(
            f"UPDATE cases SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608 - names checked
            (*values, _ts(now), case_id),
        )

    def _insert_round(self, case_id: int, data: RoundData, now: dt.datetime) -> int:
        cur = self._db.execute(
            """INSERT INTO rounds (case_id, start, end_at, timezone, location, meeting_url,
                   calendar_uid, sequence, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                case_id,
                _ts(data.start),
                _ts(data.end),
                data.timezone,
                data.location,
                data.meeting_url,
                data.calendar_uid,
                data.sequence,
                _ts(now),
                _ts(now),
            ),
        )
        round_id = int(cur.lastrowid or 0)
        self._set_interviewers(round_id, data.interviewers)
        return round_id

    def _update_round(self, round_id: int, data: RoundData, now: dt.datetime) -> None:
        self._db.execute(
            """UPDATE rounds SET start = ?, end_at = COALESCE(?, end_at),
                   timezone = COALESCE(?, timezone), location = COALESCE(?, location),
                   meeting_url = COALESCE(?, meeting_url),
                   calendar_uid = COALESCE(calendar_uid, ?),
                   sequence = MAX(sequence, ?), cancelled = 0, updated_at = ?
               WHERE id = ?""",
            (
                _ts(data.start),
                _ts(data.end),
                data.timezone,
                data.location,
                data.meeting_url,
                data.calendar_uid,
                data.sequence,
                _ts(now),
                round_id,
            ),
        )
        old = tuple(
            Person(name=p["name"], email=p["email"], title=p["title"])
            for p in self._db.execute(
                "SELECT * FROM interviewers WHERE round_id = ? ORDER BY id", (round_id,)
            )
        )
        self._set_interviewers(round_id, merge_people(old, data.interviewers))

    def _set_interviewers(self, round_id: int, people: tuple[Person, ...]) -> None:
        self._db.execute("DELETE FROM interviewers WHERE round_id = ?", (round_id,))
        for person in people:
            self._db.execute(
                "INSERT INTO interviewers (round_id, name, email, title) VALUES (?, ?, ?, ?)",
                (round_id, person.name, person.email, person.title),
            )

    def round_interviewers(self, round_id: int) -> tuple[Person, ...]:
        """The interviewers of one round."""
        return tuple(
            Person(name=p["name"], email=p["email"], title=p["title"])
            for p in self._db.execute(
                "SELECT * FROM interviewers WHERE round_id = ? ORDER BY id", (round_id,)
            )
        )

    def update_interviewer(self, round_id: int, old: Person | None, new: Person) -> None:
        """Correct or add an interviewer of a round (names and addresses the user gave)."""
        people = list(self.round_interviewers(round_id))
        if old is not None and old in people:
            index = people.index(old)
            people[index] = Person(
                name=new.name or old.name,
                email=new.email or old.email,
                title=new.title or old.title,
            )
        else:
            people.append(new)
        self._set_interviewers(round_id, merge_people((), people))

    def round_of_case(self, round_id: int) -> int | None:
        """The case a round belongs to."""
        row = self._db.execute("SELECT case_id FROM rounds WHERE id = ?", (round_id,)).fetchone()
        return None if row is None else int(row[0])

    def set_stage(self, case_id: int, stage: Stage, now: dt.datetime) -> None:
        """Move a case to ``stage`` (no-op if it is already there)."""
        self._db.execute(
            """UPDATE cases SET stage = ?, stage_changed_at = ?, updated_at = ?
               WHERE id = ? AND stage != ?""",
            (stage, _ts(now), _ts(now), case_id, stage),
        )

    def add_domains(self, case_id: int, domains: set[str]) -> None:
        """Remember company domains seen on the case's people."""
        for domain in domains:
            self._db.execute(
                "INSERT OR IGNORE INTO case_domains (case_id, domain) VALUES (?, ?)",
                (case_id, domain),
            )

    def add_thread_addresses(
        self, case_id: int, addresses: Iterable[str], now: dt.datetime
    ) -> None:
        """Remember relay addresses that carry the case's thread (never recipients)."""
        for address in addresses:
            self._db.execute(
                "INSERT OR IGNORE INTO case_addresses (case_id, address, seen_at) VALUES (?, ?, ?)",
                (case_id, address.lower(), _ts(now)),
            )

    def thread_addresses(self, case_id: int) -> frozenset[str]:
        """The case's relay addresses."""
        return frozenset(
            str(r[0])
            for r in self._db.execute(
                "SELECT address FROM case_addresses WHERE case_id = ?", (case_id,)
            )
        )

    def people_case_ids(
        self, account: str, addresses: Iterable[str], domain: str | None
    ) -> set[int]:
        """Open cases whose interviewers or recruiter have one of ``addresses``, or whose
        company ``domain`` is (a pre-check run for most messages: index lookups only)."""
        wanted = sorted({a.lower() for a in addresses})
        found: set[int] = set()
        if wanted:
            marks = ",".join("?" * len(wanted))
            found.update(
                int(r[0])
                for r in self._db.execute(
                    "SELECT c.id FROM cases c JOIN rounds r ON r.case_id = c.id "  # noqa: S608
                    "JOIN interviewers i ON i.round_id = r.id "
                    "WHERE c.account = ? AND c.stage NOT IN (?, ?, ?, ?) "
                    f"AND lower(i.email) IN ({marks}) "
                    "UNION SELECT id FROM cases INDEXED BY cases_recruiter_email "
                    f"WHERE lower(recruiter_email) IN ({marks}) "
                    "AND account = ? AND stage NOT IN (?, ?, ?, ?)",
                    (account, *_CLOSED, *wanted, *wanted, account, *_CLOSED),
                )
            )
        if domain:
            found.update(
                int(r[0])
                for r in self._db.execute(
                    # CROSS JOIN: from the domain's few rows, not from every open case.
                    "SELECT c.id FROM case_domains d CROSS JOIN cases c ON c.id = d.case_id "
                    "WHERE d.domain = ? AND c.account = ? AND c.stage NOT IN (?, ?, ?, ?)",
                    (domain.lower(), account, *_CLOSED),
                )
            )
        return found

    def address_case_ids(self, account: str, addresses: Iterable[str]) -> set[int]:
        """Cases one of whose relay addresses is among ``addresses`` (cheap pre-check)."""
        wanted = sorted({a.lower() for a in addresses})
        if not wanted:
            return set()
        marks = ",".join("?" * len(wanted))
        return {
            int(r[0])
            for r in self._db.execute(
                "SELECT a.case_id FROM case_addresses a JOIN cases c ON c.id = a.case_id "  # noqa: S608
                f"WHERE c.account = ? AND a.address IN ({marks})",
                (account, *wanted),
            )
        }

    def add_phones(
        self, case_id: int, numbers: Sequence[str], source: str, now: dt.datetime
    ) -> None:
        """Remember phone numbers found in the case's thread."""
        for number in numbers:
            self._db.execute(
                "INSERT OR IGNORE INTO case_phones (case_id, number, source, seen_at) "
                "VALUES (?, ?, ?, ?)",
                (case_id, number, source, _ts(now)),
            )

    def phones(self, case_id: int) -> list[tuple[str, str | None]]:
        """(number, where it was found), oldest first."""
        return [
            (str(r[0]), r[1])
            for r in self._db.execute(
                "SELECT number, source FROM case_phones WHERE case_id = ? ORDER BY seen_at",
                (case_id,),
            )
        ]

    def link(self, case_id: int, message: LinkedMessage, now: dt.datetime) -> None:
        """Add a message to the case's thread (idempotent)."""
        self._db.execute(
            """INSERT OR IGNORE INTO case_messages (case_id, message_id, direction, kind,
                   sender, subject, sent_at, seen_at, excerpt)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                case_id,
                message.message_id,
                message.direction,
                message.kind,
                _clip(message.sender, 300),
                _clip(message.subject, 300),
                _ts(message.sent_at),
                _ts(now),
                _clip(message.excerpt, 500),
            ),
        )

    def thread(self, case_id: int) -> list[LinkedMessage]:
        """The case's messages, oldest first."""
        return [
            LinkedMessage(
                message_id=r["message_id"],
                direction=r["direction"],
                kind=r["kind"],
                sender=r["sender"],
                subject=r["subject"],
                sent_at=_parse_ts(r["sent_at"]),
                excerpt=r["excerpt"],
            )
            for r in self._db.execute(
                "SELECT * FROM case_messages WHERE case_id = ? ORDER BY COALESCE(sent_at, seen_at)",
                (case_id,),
            )
        ]

    def event(self, case_id: int, at: dt.datetime, what: str, detail: str | None = None) -> None:
        """Append a line to the case's timeline."""
        self._db.execute(
            "INSERT INTO case_events (case_id, at, what, detail) VALUES (?, ?, ?, ?)",
            (case_id, _ts(at), what, _clip(detail, 1000)),
        )

    def events(self, case_id: int) -> list[CaseEvent]:
        """The case's timeline, oldest first."""
        return [
            CaseEvent(at=_req_ts(r["at"]), what=r["what"], detail=r["detail"])
            for r in self._db.execute(
                "SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id", (case_id,)
            )
        ]


_CLOSED = (Stage.CANCELLED, Stage.OFFER, Stage.REJECTED, Stage.CLOSED)

OutboxState = Literal[
    "planned", "held", "drafted", "sending", "sent", "failed", "cancelled", "uncertain"
]
SentCopy = Literal["open", "appending", "appended", "filed", "failed"]
"""A sent thank-you's copy in the Sent folder: ``open`` while it is not yet known whether
the provider files it (no copy of ours yet), ``appending`` once ours is being added (a
restart looks before adding it again), then ``appended``, ``filed`` (the provider did) or
``failed``; NULL when no copy is wanted."""
ACTIVE_STATES: tuple[OutboxState, ...] = ("planned", "held", "drafted", "sending")
"""States in which a row may still lead to mail being sent."""


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One mail the daemon intends to send (or has sent), keyed for exactly-once."""

    id: int
    key: str
    account: str
    case_id: int | None
    round_id: int | None
    kind: str
    recipient: Person
    state: OutboxState
    reason: str | None
    due_at: dt.datetime
    message_id: str | None
    subject: str | None
    body: str | None
    raw: bytes | None
    draft_key: str | None
    attempts: int
    first_attempt_at: dt.datetime | None
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    sent_at: dt.datetime | None
    base_due: dt.datetime | None = None
    """When the planner wants it; ``due_at`` may be later (retry backoff, review window)
    or earlier (released by the user). Only a change of this moves the row."""
    sent_copy: SentCopy | None = None
    """Where its copy in the Sent folder stands (thank-yous only)."""

    @property
    def planned_due(self) -> dt.datetime:
        """The planner's due time (rows from before migration 5: their due time)."""
        return self.base_due or self.due_at

    @property
    def active(self) -> bool:
        """True while the row may still lead to a send."""
        return self.state in ACTIVE_STATES


_OUTBOX_FIELDS = frozenset(
    {
        "state",
        "reason",
        "due_at",
        "message_id",
        "subject",
        "body",
        "raw",
        "draft_key",
        "attempts",
        "first_attempt_at",
        "last_error",
        "sent_at",
        "recipient_name",
        "recipient_email",
        "base_due",
        "sent_copy",
    }
)


class OutboxStore:
    """The outbox: one row per (case, round, person, kind), never two deliveries."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def plan(
        self,
        *,
        key: str,
        account: str,
        kind: str,
        due_at: dt.datetime,
        now: dt.datetime,
        case_id: int | None = None,
        round_id: int | None = None,
        recipient: Person | None = None,
        state: OutboxState = "planned",
        reason: str | None = None,
    ) -> OutboxRow:
        """Create the row for ``key`` unless it exists; returns the row either way."""
        person = recipient or Person()
        self._db.execute(
            """INSERT INTO outbox (key, account, case_id, round_id, kind, recipient_name,
                   recipient_email, state, reason, due_at, created_at, updated_at, base_due)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (key) DO NOTHING""",
            (
                key,
                account,
                case_id,
                round_id,
                kind,
                person.name,
                person.email,
                state,
                reason,
                _ts(due_at),
                _ts(now),
                _ts(now),
                _ts(due_at),
            ),
        )
        row = self.by_key(key)
        assert row is not None
        return row

    def update(self, row_id: int, now: dt.datetime, **changes: object) -> OutboxRow:
        """Change fields of a row (names checked against the schema)."""
        unknown = set(changes) - _OUTBOX_FIELDS
        if unknown:
            raise ValueError(f"not outbox fields: {sorted(unknown)}")
        values: list[object] = []
        sets: list[str] = []
        for name, value in changes.items():
            sets.append(f"{name} = ?")
            values.append(_ts(value) if isinstance(value, dt.datetime) else value)
        sets.append("updated_at = ?")
        values.append(_ts(now))
        self._db.execute(
            f"UPDATE outbox SET {', '.join(sets)} WHERE id = ?",  # noqa: S608 - names checked
            (*values, row_id),
        )
        return self.get(row_id)

    def claim(
        self, row_id: int, expected: Sequence[str], now: dt.datetime, **changes: object
    ) -> bool:
        """Compare-and-set: apply ``changes`` only if the row is still in one of ``expected``
        states (a rejection or ``followupd done`` may have cancelled it meanwhile)."""
        unknown = set(changes) - _OUTBOX_FIELDS
        if unknown:
            raise ValueError(f"not outbox fields: {sorted(unknown)}")
        names = list(changes)
        values = [_ts(v) if isinstance(v, dt.datetime) else v for v in (changes[n] for n in names)]
        marks = ",".join("?" * len(expected))
        sets = ", ".join(f"{n} = ?" for n in names)
        cur = self._db.execute(
            f"UPDATE outbox SET {sets}, updated_at = ? WHERE id = ? AND state IN ({marks})",  # noqa: S608
            (*values, _ts(now), row_id, *expected),
        )
        return cur.rowcount == 1

    def get(self, row_id: int) -> OutboxRow:
        """One row; KeyError if absent."""
        row = self._db.execute("SELECT * FROM outbox WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(row_id)
        return _outbox_row(row)

    def by_key(self, key: str) -> OutboxRow | None:
        """The row for an idempotency key."""
        row = self._db.execute("SELECT * FROM outbox WHERE key = ?", (key,)).fetchone()
        return None if row is None else _outbox_row(row)

    def by_message_id(self, message_id: str) -> OutboxRow | None:
        """The row that wrote the message with this Message-ID."""
        row = self._db.execute(
            "SELECT * FROM outbox WHERE message_id = ?", (message_id,)
        ).fetchone()
        return None if row is None else _outbox_row(row)

    def for_case(self, case_id: int) -> list[OutboxRow]:
        """Every row of a case, oldest first."""
        return [
            _outbox_row(r)
            for r in self._db.execute(
                "SELECT * FROM outbox WHERE case_id = ? ORDER BY id", (case_id,)
            )
        ]

    def with_states(
        self, states: Sequence[OutboxState], account: str | None = None
    ) -> list[OutboxRow]:
        """Rows in any of ``states``, by due time."""
        marks = ",".join("?" * len(states))
        sql = f"SELECT * FROM outbox WHERE state IN ({marks})"  # noqa: S608
        args: list[object] = list(states)
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        sql += " ORDER BY due_at, id"
        return [_outbox_row(r) for r in self._db.execute(sql, args)]

    def due(self, now: dt.datetime) -> list[OutboxRow]:
        """Planned or drafted rows whose time has come."""
        return [
            _outbox_row(r)
            for r in self._db.execute(
                """SELECT * FROM outbox WHERE state IN ('planned', 'drafted') AND due_at <= ?
                   ORDER BY due_at, id""",
                (_ts(now),),
            )
        ]

    def next_due(self) -> dt.datetime | None:
        """The earliest due time among planned or drafted rows."""
        row = self._db.execute(
            "SELECT MIN(due_at) FROM outbox WHERE state IN ('planned', 'drafted')"
        ).fetchone()
        return _parse_ts(row[0]) if row and row[0] else None

    def sent_since(self, account: str, since: dt.datetime, kinds: Sequence[str]) -> int:
        """How many mails of ``kinds`` left this account since ``since`` (rate limit)."""
        marks = ",".join("?" * len(kinds))
        return int(
            self._db.execute(
                f"SELECT COUNT(*) FROM outbox WHERE account = ? AND state IN ('sent', 'sending') "  # noqa: S608
                f"AND kind IN ({marks}) AND COALESCE(sent_at, updated_at) >= ?",
                (account, *kinds, _ts(since)),
            ).fetchone()[0]
        )

    # -- notes -------------------------------------------------------------------------------

    def save_notes(
        self,
        round_id: int,
        *,
        topics: Sequence[tuple[str, Person, str]],
        everyone: str | None,
        gut: str | None,
        idea: str | None,
        unmatched: str | None,
        source: str,
        now: dt.datetime,
    ) -> None:
        """Store (or add to) the user's notes for a round."""
        self._db.execute(
            """INSERT INTO notes (round_id, everyone, gut, idea, unmatched, received_at, source)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (round_id) DO UPDATE SET
                   everyone = COALESCE(excluded.everyone, notes.everyone),
                   gut = COALESCE(excluded.gut, notes.gut),
                   idea = COALESCE(excluded.idea, notes.idea),
                   unmatched = COALESCE(excluded.unmatched, notes.unmatched),
                   received_at = excluded.received_at,
                   source = excluded.source""",
            (round_id, everyone, gut, idea, unmatched, _ts(now), source),
        )
        for person_key, person, topic in topics:
            self._db.execute(
                """INSERT INTO interviewer_notes (round_id, person_key, name, email, topic)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (round_id, person_key) DO UPDATE SET topic = excluded.topic,
                       name = COALESCE(excluded.name, interviewer_notes.name),
                       email = COALESCE(excluded.email, interviewer_notes.email)""",
                (round_id, person_key, person.name, person.email, topic),
            )

    def notes(self, round_id: int) -> RoundNotes | None:
        """The user's notes for a round, or None when none came yet."""
        row = self._db.execute("SELECT * FROM notes WHERE round_id = ?", (round_id,)).fetchone()
        if row is None:
            return None
        topics = tuple(
            (str(r["person_key"]), Person(name=r["name"], email=r["email"]), str(r["topic"]))
            for r in self._db.execute(
                "SELECT * FROM interviewer_notes WHERE round_id = ? ORDER BY person_key",
                (round_id,),
            )
        )
        return RoundNotes(
            round_id=round_id,
            topics=topics,
            everyone=row["everyone"],
            gut=row["gut"],
            idea=row["idea"],
            unmatched=row["unmatched"],
            received_at=_req_ts(row["received_at"]),
        )

    # -- what the user sent themself ---------------------------------------------------------

    def record_user_sent(
        self, account: str, message_id: str, recipients: Sequence[str], sent_at: dt.datetime
    ) -> None:
        """Remember that the user wrote to ``recipients`` (from the Sent folder)."""
        for recipient in recipients:
            self._db.execute(
                "INSERT OR IGNORE INTO user_sent (account, message_id, recipient, sent_at) "
                "VALUES (?, ?, ?, ?)",
                (account, message_id, recipient.lower(), _ts(sent_at)),
            )

    def user_wrote(self, account: str, recipient: str, since: dt.datetime) -> dt.datetime | None:
        """When the user last wrote to ``recipient`` after ``since`` (None: not since)."""
        row = self._db.execute(
            "SELECT MAX(sent_at) FROM user_sent WHERE account = ? AND recipient = ? "
            "AND sent_at >= ?",
            (account, recipient.lower(), _ts(since)),
        ).fetchone()
        return _parse_ts(row[0]) if row and row[0] else None

    # -- facts learned about an account -------------------------------------------------------

    def with_sent_copy(self, states: Sequence[SentCopy]) -> list[OutboxRow]:
        """Sent rows whose Sent-folder copy is in one of ``states``, oldest send first."""
        marks = ",".join("?" * len(states))
        return [
            _outbox_row(r)
            for r in self._db.execute(
                f"SELECT * FROM outbox WHERE sent_copy IN ({marks}) ORDER BY sent_at, id",  # noqa: S608
                tuple(states),
            )
        ]

    def fact(self, account: str, key: str) -> str | None:
        """A remembered per-account fact (e.g. whether the provider files sent mail)."""
        row = self._db.execute(
            "SELECT value FROM account_facts WHERE account = ? AND key = ?", (account, key)
        ).fetchone()
        return None if row is None else str(row[0])

    def set_fact(self, account: str, key: str, value: str) -> None:
        """Remember a per-account fact."""
        self._db.execute(
            "INSERT INTO account_facts (account, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (account, key) DO UPDATE SET value = excluded.value",
            (account, key, value),
        )


@dataclass(frozen=True, slots=True)
class RoundNotes:
    """The user's notes on one round."""

    round_id: int
    topics: tuple[tuple[str, Person, str], ...]
    """(person key, person as written, topic)."""
    everyone: str | None
    gut: str | None
    idea: str | None
    unmatched: str | None
    received_at: dt.datetime


def _outbox_row(r: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        id=r["id"],
        key=r["key"],
        account=r["account"],
        case_id=r["case_id"],
        round_id=r["round_id"],
        kind=r["kind"],
        recipient=Person(name=r["recipient_name"], email=r["recipient_email"]),
        state=r["state"],
        reason=r["reason"],
        due_at=_req_ts(r["due_at"]),
        message_id=r["message_id"],
        subject=r["subject"],
        body=r["body"],
        raw=r["raw"],
        draft_key=r["draft_key"],
        attempts=r["attempts"],
        first_attempt_at=_parse_ts(r["first_attempt_at"]),
        last_error=r["last_error"],
        created_at=_req_ts(r["created_at"]),
        updated_at=_req_ts(r["updated_at"]),
        sent_at=_parse_ts(r["sent_at"]),
        base_due=_parse_ts(r["base_due"]),
        sent_copy=r["sent_copy"],
    )


def _round_text(data: RoundData) -> str:
    names = ", ".join(p.name or p.email or "?" for p in data.interviewers) or "no interviewer named"
    return f"{data.start.isoformat()} ({data.timezone or 'zone not stated'}) with {names}"


def _parse_date(value: str | None) -> dt.date | None:
    return None if not value else dt.date.fromisoformat(value[:10])


def _req_ts(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def _initial_outcome(outcome: Outcome, max_attempts: int) -> Outcome:
    return "parked" if outcome == "failed" and max_attempts <= 1 else outcome


def _clip(text: str | None, limit: int) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
