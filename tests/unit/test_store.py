"""The state database: migrations, sync state, de-duplication and bounded retries."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest

from daemon.errors import StoreError
from daemon.store import MIGRATIONS, MessageRecord, Store

NOW = dt.datetime(2026, 3, 9, 12, 0, tzinfo=dt.UTC)


def rec(uid: int, outcome: str = "processed", fp: str | None = None) -> MessageRecord:
    return MessageRecord(
        uid=uid,
        fingerprint=fp or f"mid:{uid}@x",
        outcome=outcome,
        kind="other",  # type: ignore[arg-type]
        error="boom" if outcome == "failed" else None,
    )


class TestOpen:
    def test_creates_private_files_and_migrates(self, tmp_path: Path) -> None:
        """A new database is 0600 in a 0700 directory, at the latest schema version."""
        store = Store.open(tmp_path / "state" / "db.sqlite3")
        assert store.schema_version == len(MIGRATIONS)
        assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
        assert stat.S_IMODE((tmp_path / "state" / "db.sqlite3").stat().st_mode) == 0o600
        store.close()

    def test_wal_and_foreign_keys(self, tmp_path: Path) -> None:
        """WAL journalling and foreign keys are on."""
        store = Store.open(tmp_path / "db.sqlite3")
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.close()

    def test_newer_schema_is_refused(self, tmp_path: Path) -> None:
        """A database from a newer release is not touched."""
        path = tmp_path / "db.sqlite3"
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
        conn.close()
        with pytest.raises(StoreError, match="newer than this followupd"):
            Store.open(path)

    def test_readonly_missing(self, tmp_path: Path) -> None:
        """Opening a missing database read-only says the daemon has not run."""
        with pytest.raises(StoreError, match="no state database yet"):
            Store.open(tmp_path / "absent.sqlite3", readonly=True)

    def test_reopen_keeps_data(self, tmp_path: Path) -> None:
        """Data survives a close and reopen (the restart case)."""
        path = tmp_path / "db.sqlite3"
        store = Store.open(path)
        store.start_folder("a", "INBOX", 7)
        store.record_messages("a", "INBOX", 7, [rec(1)], highest_uid=1, now=NOW, max_attempts=3)
        store.close()
        store = Store.open(path)
        state = store.folder_state("a", "INBOX")
        assert state is not None and state.highest_uid == 1
        assert store.known_fingerprints("a", ["mid:1@x"]) == {"mid:1@x"}


class TestMessages:
    def test_highest_uid_only_moves_forward(self) -> None:
        """Recording an older batch never lowers the high-water mark."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        store.record_messages("a", "INBOX", 1, [rec(10)], highest_uid=10, now=NOW, max_attempts=3)
        store.record_messages("a", "INBOX", 1, [], highest_uid=4, now=NOW, max_attempts=3)
        state = store.folder_state("a", "INBOX")
        assert state is not None and state.highest_uid == 10

    def test_uidvalidity_restart_keeps_fingerprints(self) -> None:
        """After a UIDVALIDITY change the folder restarts but old messages stay known."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        store.record_messages("a", "INBOX", 1, [rec(5)], highest_uid=5, now=NOW, max_attempts=3)
        store.start_folder("a", "INBOX", 2, highest_uid=0)
        state = store.folder_state("a", "INBOX")
        assert state is not None and (state.uidvalidity, state.highest_uid) == (2, 0)
        assert store.known_fingerprints("a", ["mid:5@x", "mid:6@x"]) == {"mid:5@x"}

    def test_failures_are_retried_then_parked(self) -> None:
        """A failing message is retried up to max_attempts, then parked and still listed."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        for _ in range(3):
            store.record_messages(
                "a", "INBOX", 1, [rec(3, "failed")], highest_uid=3, now=NOW, max_attempts=3
            )
        failures = store.failures()
        assert [(f.uid, f.outcome, f.attempts) for f in failures] == [(3, "parked", 3)]
        assert store.retry_candidates("a", "INBOX", 1) == []

    def test_failure_then_success(self) -> None:
        """A retried message that succeeds leaves the failure list."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        store.record_messages(
            "a", "INBOX", 1, [rec(3, "failed")], highest_uid=3, now=NOW, max_attempts=3
        )
        assert store.retry_candidates("a", "INBOX", 1) == [3]
        store.record_messages("a", "INBOX", 1, [rec(3)], highest_uid=0, now=NOW, max_attempts=3)
        assert store.failures() == []
        assert store.count_messages("a", "processed") == 1

    def test_expunged_failure_is_parked(self) -> None:
        """A failed message that disappeared from the server is parked, not retried forever."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        store.record_messages(
            "a", "INBOX", 1, [rec(3, "failed")], highest_uid=3, now=NOW, max_attempts=3
        )
        store.forget_missing("a", "INBOX", 1, [3])
        assert store.retry_candidates("a", "INBOX", 1) == []
        assert "no longer on the server" in (store.failures()[0].error or "")

    def test_summary_counts(self) -> None:
        """Folder summaries count outcomes."""
        store = Store.memory()
        store.start_folder("a", "INBOX", 1)
        store.record_messages(
            "a",
            "INBOX",
            1,
            [rec(1), rec(2, "duplicate"), rec(3, "failed")],
            highest_uid=3,
            now=NOW,
            max_attempts=3,
        )
        store.mark_synced("a", "INBOX", NOW)
        (summary,) = store.folder_summaries()
        assert (summary.processed, summary.duplicates, summary.failed) == (1, 1, 1)
        assert summary.last_sync == NOW

    def test_transaction_rolls_back(self) -> None:
        """An exception inside a transaction leaves nothing behind."""
        store = Store.memory()
        with pytest.raises(RuntimeError), store.transaction():
            store.start_folder("a", "INBOX", 1)
            raise RuntimeError
        assert store.folder_state("a", "INBOX") is None


class TestSentCopy:
    def test_open_questions_survive_a_restart(self, tmp_path: Path) -> None:
        """A thank-you whose Sent copy is undecided is still found after reopening."""
        path = tmp_path / "state" / "db.sqlite3"
        store = Store.open(path)
        row = store.outbox.plan(key="t1", account="a", kind="thank_you", due_at=NOW, now=NOW)
        other = store.outbox.plan(key="t2", account="a", kind="thank_you", due_at=NOW, now=NOW)
        store.outbox.update(row.id, NOW, state="sent", sent_at=NOW, sent_copy="open")
        store.outbox.update(other.id, NOW, state="sent", sent_at=NOW, sent_copy="filed")
        store.close()
        store = Store.open(path)
        assert [r.id for r in store.outbox.with_sent_copy(("open", "appending"))] == [row.id]
        assert store.outbox.get(other.id).sent_copy == "filed"
        store.close()

    def test_migration_from_version_5_keeps_rows(self, tmp_path: Path) -> None:
        """A database made before migration 6 gains the column; its rows have no copy state."""
        path = tmp_path / "db.sqlite3"
        conn = sqlite3.connect(path, isolation_level=None)
        for number, script in enumerate(MIGRATIONS[:5], start=1):
            conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(
            "INSERT INTO outbox (key, account, kind, state, due_at, created_at, updated_at) "
            "VALUES ('k', 'a', 'thank_you', 'sent', ?, ?, ?)",
            (NOW.isoformat(), NOW.isoformat(), NOW.isoformat()),
        )
        conn.close()
        store = Store.open(path)
        (row,) = store.outbox.with_states(("sent",))
        assert row.sent_copy is None
        assert store.outbox.with_sent_copy(("open",)) == []
        store.close()


class TestThreadAddresses:
    def test_relays_are_stored_per_case_and_found_by_address(self) -> None:
        """A case's relay addresses are kept lower-cased, once, and lead back to the case
        (only within the same account); the case's view carries them."""
        from daemon.cases import OpenCase, RoundData

        store = Store.memory()
        data = RoundData(NOW, None, None, None, None, None, 0, ())
        opened = OpenCase("Acme", None, False, None, data, "test")
        case_id = store.cases.apply("a", opened, NOW)
        assert case_id is not None
        store.cases.add_thread_addresses(case_id, ["Reply+1@us.greenhouse-mail.io"], NOW)
        store.cases.add_thread_addresses(case_id, ["reply+1@us.greenhouse-mail.io"], NOW)
        assert store.cases.thread_addresses(case_id) == {"reply+1@us.greenhouse-mail.io"}
        assert store.cases.address_case_ids("a", ["REPLY+1@us.greenhouse-mail.io"]) == {case_id}
        assert store.cases.address_case_ids("b", ["reply+1@us.greenhouse-mail.io"]) == set()
        assert store.cases.address_case_ids("a", []) == set()
        assert store.cases.view(case_id).thread_addresses == {"reply+1@us.greenhouse-mail.io"}


class TestRepliesReadLate:
    """A reply counts for the interview by when it was written, not when it was read."""

    @staticmethod
    def _case(store: Store, start: dt.datetime) -> int:
        from daemon.cases import OpenCase, RoundData
        from daemon.understand.model import Person

        sarah = Person(name="Sarah Connor", email="Sarah.Connor@acme.example")
        data = RoundData(start, start + dt.timedelta(hours=1), None, None, None, None, 0, (sarah,))
        case_id = store.cases.apply("a", OpenCase("Acme", None, False, None, data, "t"), NOW)
        assert case_id is not None
        store.cases.add_domains(case_id, {"acme.example"})
        return case_id

    def test_open_cases_found_by_interviewer_address_or_company_domain(self) -> None:
        store = Store.memory()
        case_id = self._case(store, NOW - dt.timedelta(days=1))
        assert store.cases.people_case_ids("a", ["sarah.connor@acme.example"], None) == {case_id}
        assert store.cases.people_case_ids("a", ["raj@else.example"], "acme.example") == {case_id}
        assert store.cases.people_case_ids("a", ["raj@else.example"], "else.example") == set()
        assert store.cases.people_case_ids("b", ["sarah.connor@acme.example"], None) == set()
        store.close()

    def test_mail_written_before_the_interview_and_read_after_is_no_answer(self) -> None:
        from daemon.cases import Reply, Stage
        from daemon.understand.model import Person

        store = Store.memory()
        start = NOW - dt.timedelta(days=1)
        case_id = self._case(store, start)
        sarah = Person(name="Sarah Connor", email="sarah.connor@acme.example")
        before = start - dt.timedelta(hours=3)
        store.cases.apply("a", Reply(case_id, sarah, None, "t", before), NOW)
        record = store.cases.get(case_id)
        assert record.stage is Stage.SCHEDULED
        assert record.last_reply_at == before

        after = start + dt.timedelta(hours=5)
        store.cases.apply("a", Reply(case_id, sarah, None, "t", after), NOW)
        record = store.cases.get(case_id)
        assert record.stage is Stage.REPLIED
        assert record.last_reply_at == after
        # An older message read later never moves the last answer back.
        store.cases.apply("a", Reply(case_id, sarah, None, "t", before), NOW)
        assert store.cases.get(case_id).last_reply_at == after
        store.close()

    def test_a_date_in_the_future_counts_as_now(self) -> None:
        from daemon.cases import Reply
        from daemon.understand.model import Person

        store = Store.memory()
        case_id = self._case(store, NOW - dt.timedelta(days=1))
        sarah = Person(name="Sarah Connor", email="sarah.connor@acme.example")
        store.cases.apply("a", Reply(case_id, sarah, None, "t", NOW + dt.timedelta(days=9)), NOW)
        assert store.cases.get(case_id).last_reply_at == NOW
        store.close()
