"""Executing the outbox: compose, place drafts, send exactly once, and say what happened.

Every mail the daemon sends is an outbox row with an idempotency key (see
:mod:`daemon.planner`). Sending follows one rule: the row is committed as ``sending``
(with the exact bytes and Message-ID) before SMTP starts. After a crash, or when the link
breaks while the data is in flight, a ``sending`` row is resolved by looking for its
Message-ID in the Sent folder (or the inbox, for mail to the user) before anything is
retried; when that cannot tell, the user is asked instead of risking a second delivery.

Drafts are placed the same way: a draft carries a key derived from its row, and before
an APPEND the Drafts folder is searched for it, so a draft placed just before a crash is
adopted rather than doubled. The copy of a sent thank-you in Sent (``save_sent``) is
added only once it is settled that the provider does not file it itself.

Stop rules are checked again right before each send: never after an outcome or a
cancellation, never to an address outside the case, an automatic one or an application
system's relay, never when the user already wrote to that person, never the same text to
two people. A thank-you whose address is a relay is held, not cancelled, and the user is
told whom it was for and how to give that person's own address (see ``cases.not_a_person``:
a relay is a Reply-To the case's thread gave or an address of a relay's known shape, never
merely one at an application system's domain, where the company's own people work).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import random
import re
import sqlite3
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Literal

import aiosmtplib

from daemon import compose, failpoints, mailwriter, planner, smtp
from daemon.cases import CLOSED_STAGES, RELAY, is_automatic_address, not_a_person
from daemon.clock import Clock
from daemon.config import AccountSettings, Config
from daemon.errors import DeliveryUnknown, MailError, PermanentMailError, TransientMailError
from daemon.logs import get_logger
from daemon.mailbox import ImapSession
from daemon.notes import normalise
from daemon.planner import (
    CALL_CHECK,
    DIGEST,
    LINKEDIN,
    NO_ADDRESS,
    NOTES_PROMPT,
    NOTES_REMINDER,
    NOTICE,
    THANK_YOU,
    TO_USER,
    Cancel,
    Create,
    Move,
    PlanSettings,
    SetRecipient,
    round_end,
    round_zone,
)
from daemon.store import CaseRecord, OutboxRow, RoundNotes, RoundRecord, SentCopy, Store
from daemon.understand import Lexicon
from daemon.understand.model import Person

NOTES_MISSING = "notes missing: reply to the notes prompt (or run followupd note)"
MISSED = "was due while followupd was not running; run `followupd send {id}` to send it anyway"
SENT_COPIES, RESOLVE, CLEAN_DRAFTS = "sent_copies", "resolve", "clean_drafts"
"""The jobs of planned looks (see Outbox._schedule_look)."""
PROVIDER_FILES_SENT = "provider_files_sent"
"""Account fact: "yes" when the provider files mail sent over SMTP in Sent (Gmail,
Microsoft 365), "no" when it does not; absent until learned (``save_sent: auto``)."""
FIRST_SENT_LOOK = 2.0
"""Seconds after a send before the first look in Sent (while the answer is unknown)."""
RESOLVE_DELAY = 20.0
"""Seconds to wait before looking for a message whose delivery was cut off in the Sent
folder (providers file it a moment after accepting it)."""
LOOK_RETRY_FIRST = 60.0
"""Seconds before the first retry of a look in Sent or Drafts that failed with a mail
error; doubled (with jitter) on each further failure, at most an hour (see _backoff)."""
MAX_DRAFT_COPIES = 10
"""Copies of one draft read at most (a mail client saves each edit as a new message)."""
_PLAIN_MESSAGE_ID = re.compile(r"^[!-;=?-~]{1,200}@[!-;=?-~]{1,200}$")
"""An RFC 5322 msg-id's content: printable, no spaces or angle brackets."""


def _draft_unwanted(row: OutboxRow) -> bool:
    """Whether a row's draft should leave Drafts: it was sent or cancelled, or it is held
    because its address is a relay (left there, the user might send it by hand)."""
    return row.state in ("sent", "cancelled") or (row.state == "held" and row.reason == RELAY)


@dataclass
class AccountRuntime:
    """What the outbox needs to act for one account."""

    settings: AccountSettings
    sender: mailwriter.Sender
    plan: PlanSettings
    imap_connect: Callable[[], ImapSession]
    smtp_username: str
    smtp_secret: Callable[[], str]
    folders: dict[str, str] = field(default_factory=dict)
    lexicon: Lexicon | None = None
    """The configured lexicon: its no-reply and relay patterns join the guard's (never
    replace them)."""


class Connections:
    """Lazily opened IMAP and SMTP connections for one pass over due rows."""

    def __init__(self, runtime: AccountRuntime) -> None:
        self.runtime = runtime
        self._imap: ImapSession | None = None
        self._smtp: aiosmtplib.SMTP | None = None
        self._smtp_cm: contextlib.AbstractAsyncContextManager[aiosmtplib.SMTP] | None = None

    async def imap(self) -> ImapSession:
        """The IMAP session (connects on first use)."""
        if self._imap is None:
            self._imap = await asyncio.to_thread(self.runtime.imap_connect)
        return self._imap

    async def smtp(self) -> aiosmtplib.SMTP:
        """The SMTP connection (connects and logs in on first use)."""
        if self._smtp is None or not self._smtp.is_connected:
            await self.drop_smtp()
            cm = smtp.connect(
                self.runtime.settings.smtp, self.runtime.smtp_username, self.runtime.smtp_secret()
            )
            self._smtp = await cm.__aenter__()
            self._smtp_cm = cm
        return self._smtp

    async def drop_smtp(self) -> None:
        """Forget the SMTP connection (after an error)."""
        cm, self._smtp_cm, self._smtp = self._smtp_cm, None, None
        if cm is not None:
            with contextlib.suppress(Exception):
                await cm.__aexit__(None, None, None)

    async def folder(self, role: str) -> str:
        """The Sent or Drafts folder name (config, else the special-use folder)."""
        watch = self.runtime.settings.watch
        configured = watch.sent_folder if role == "sent" else watch.drafts_folder
        if configured != "auto":
            return configured
        if role not in self.runtime.folders:
            session = await self.imap()
            special = await asyncio.to_thread(session.special_folders)
            flag = "\\Sent" if role == "sent" else "\\Drafts"
            self.runtime.folders[role] = special.get(flag, "Sent" if role == "sent" else "Drafts")
        return self.runtime.folders[role]

    async def close(self) -> None:
        """Close whatever was opened."""
        await self.drop_smtp()
        session, self._imap = self._imap, None
        if session is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(session.close)


class Outbox:
    """Plans rows from cases and executes them when due."""

    def __init__(
        self,
        config: Config,
        store: Store,
        clock: Clock,
        accounts: dict[str, AccountRuntime],
        *,
        dry_run: bool,
        templates: compose.Templates,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.accounts = accounts
        self.dry_run = dry_run
        self.templates = templates
        self._notify = on_change
        self._batching = 0
        self._changed_in_batch = False
        self.log = get_logger()
        self._lock = asyncio.Lock()
        self._dry_run_seen: set[int] = set()
        self._digest_cases: dict[int, list[int]] = {}
        self.ready_accounts: frozenset[str] = frozenset()
        """Accounts whose folders were read since start; only they send."""
        self._background: set[asyncio.Task[None]] = set()
        self._looks: dict[tuple[str, str], _Look] = {}
        """The one planned look per (job, account): settling Sent copies, resolving
        interrupted sends, removing drafts of finished rows."""
        self._look_failures: dict[tuple[str, str], int] = {}
        self._look_not_before: dict[tuple[str, str], float] = {}
        self.stopping = False

    def on_change(self) -> None:
        """Tell the daemon the planned rows changed (it re-derives the scheduler's jobs)."""
        if self._batching:
            self._changed_in_batch = True
            return
        self._notify()

    @contextlib.contextmanager
    def changes_batched(self, *, report: bool = True) -> Iterator[None]:
        """Report the block's changes once, after it: re-deriving the jobs reads every
        planned row, so once per replanned case made a scan's cost grow with the square of
        the cases found. ``report=False`` when the caller re-derives the jobs itself right
        after the block (the outermost block decides)."""
        self._batching += 1
        try:
            yield
        finally:
            self._batching -= 1
            if not self._batching:
                changed, self._changed_in_batch = self._changed_in_batch, False
                if changed and report:
                    self._notify()

    # -- planning ---------------------------------------------------------------------------

    def replan(self, case_id: int) -> bool:
        """Bring the case's outbox rows in line with the case; True if anything changed."""
        case = self.store.cases.get(case_id)
        runtime = self.accounts.get(case.account)
        if runtime is None:
            return False
        now = self.clock.now()
        rows = self.store.outbox.for_case(case_id)
        stage = planner.progress(case, rows, now)
        if stage is not None:
            self.store.cases.set_stage(case_id, stage, now)
            self.store.cases.event(case_id, now, str(stage))
            case = self.store.cases.get(case_id)
        changes = planner.plan(case, rows, runtime.plan, now)
        if not changes:
            return stage is not None
        with self.store.transaction():
            for change in changes:
                self._apply_plan_change(case, change, now)
        self.on_change()
        return True

    def replan_all(self) -> None:
        """Replan every case that is open or still has active rows (at start)."""
        ids = {c.id for c in self.store.cases.find(open_only=True)}
        ids.update(
            r.case_id
            for r in self.store.outbox.with_states(("planned", "held", "drafted"))
            if r.case_id is not None
        )
        with self.changes_batched():
            for case_id in sorted(ids):
                self.replan(case_id)

    def _apply_plan_change(
        self, case: CaseRecord, change: planner.PlanChange, now: dt.datetime
    ) -> None:
        outbox = self.store.outbox
        log = self.log.bind(case=case.id)
        if isinstance(change, Create):
            row = outbox.plan(
                key=change.key,
                account=case.account,
                kind=change.kind,
                due_at=change.due,
                now=now,
                case_id=case.id,
                round_id=change.round_id,
                recipient=change.recipient,
                state="held" if change.held_reason else "planned",
                reason=change.held_reason,
            )
            log.info(
                "outbox.planned",
                row=row.id,
                kind=row.kind,
                due=row.due_at.isoformat(),
                to=row.recipient.email,
                state=row.state,
            )
        elif isinstance(change, Move):
            # The interview moved: the row follows (a retry delay restarts from there).
            outbox.update(change.row_id, now, due_at=change.due, base_due=change.due)
            log.info("outbox.moved", row=change.row_id, due=change.due.isoformat())
        elif isinstance(change, SetRecipient):
            fields: dict[str, object] = {
                "recipient_name": change.recipient.name,
                "recipient_email": change.recipient.email,
            }
            if change.release:
                fields.update(state="planned", reason=None)
            outbox.update(change.row_id, now, **fields)
            log.info("outbox.recipient", row=change.row_id, to=change.recipient.email)
        elif isinstance(change, Cancel):
            outbox.update(change.row_id, now, state="cancelled", reason=change.reason)
            if outbox.get(change.row_id).draft_key:
                self._schedule_clean_drafts(case.account)
            log.info("outbox.cancelled", row=change.row_id, reason=change.reason)

    # -- running due rows ------------------------------------------------------------------------

    async def run_due(self) -> None:
        """Execute every row whose time has come (one pass; safe to call any time)."""
        if self.stopping:
            return
        async with self._lock:
            now = self.clock.now()
            due = self.store.outbox.due(now)
            by_account: dict[str, list[OutboxRow]] = {}
            for row in due:
                by_account.setdefault(row.account, []).append(row)
            for account, rows in by_account.items():
                runtime = self.accounts.get(account)
                if runtime is None or account not in self.ready_accounts:
                    continue
                conns = Connections(runtime)
                try:
                    for row in rows:
                        if self._stopped():
                            break
                        await self._execute(row.id, runtime, conns)
                finally:
                    await conns.close()
            # Sends and the passing of time move stages on (interviewed, waiting).
            for case_id in sorted({r.case_id for r in due if r.case_id is not None}):
                with contextlib.suppress(KeyError):
                    self.replan(case_id)
        self.on_change()

    async def _execute(self, row_id: int, runtime: AccountRuntime, conns: Connections) -> None:
        row = self.store.outbox.get(row_id)
        now = self.clock.now()
        if row.state not in ("planned", "drafted") or row.due_at > now:
            return
        log = self.log.bind(account=row.account, case=row.case_id, row=row.id, kind=row.kind)
        try:
            if row.kind == THANK_YOU:
                await self._thank_you(row, runtime, conns)
            elif row.kind == CALL_CHECK:
                await self._call_check(row, runtime, conns)
            elif row.kind in TO_USER:
                await self._to_user(row, runtime, conns)
        except MailError as exc:
            # Could not even reach the servers: try again later, nothing was sent.
            delay = _backoff(
                row.attempts + 1, runtime.settings.follow_up.retry_delay.total_seconds()
            )
            log.warning("outbox.retry_later", error=str(exc), retry_in_s=delay)
            self.store.outbox.update(
                row.id, now, due_at=now + dt.timedelta(seconds=delay), last_error=str(exc)
            )
            await conns.drop_smtp()
        except sqlite3.Error:
            raise  # the database is busy or full: nothing can be recorded, try again later
        except Exception as exc:  # one bad row must not block the others
            # E.g. the mail writer refusing an address taken from a hostile invitation. Left
            # 'planned', the row would abort every pass before the rows due after it.
            await conns.drop_smtp()
            current = self.store.outbox.get(row.id)
            if current.state in ("planned", "drafted"):
                reason = f"could not be prepared: {type(exc).__name__}: {exc}"
                self._hold(current, runtime, reason[:500])
            log.exception("outbox.row_failed", error=f"{type(exc).__name__}: {exc}")

    # -- mail to the user --------------------------------------------------------------------------

    async def _to_user(self, row: OutboxRow, runtime: AccountRuntime, conns: Connections) -> None:
        now = self.clock.now()
        draft = self._compose_to_user(row, runtime)
        if draft is None:
            return
        message_id = row.message_id or mailwriter.new_message_id(runtime.sender, row.kind)
        raw = row.raw or mailwriter.to_user(
            runtime.sender, draft, kind=row.kind, message_id=message_id, date=now
        )
        await self._deliver(
            row,
            runtime,
            conns,
            raw=raw,
            message_id=message_id,
            draft=draft,
            recipients=[runtime.sender.email],
        )

    def _compose_to_user(self, row: OutboxRow, runtime: AccountRuntime) -> compose.Draft | None:
        if row.kind == NOTICE:
            if row.subject is None or row.body is None:
                self._finish(row, "cancelled", "empty notice")
                return None
            return compose.Draft(subject=row.subject, body=row.body)
        if row.kind == DIGEST:
            return self._compose_digest(row, runtime)
        if row.kind == LINKEDIN:
            return self._compose_linkedin(row, runtime)
        case, rnd = self._case_round(row)
        if case is None or rnd is None:
            self._finish(row, "cancelled", "case no longer exists")
            return None
        if case.stage in CLOSED_STAGES or rnd.cancelled:
            self._finish(
                row,
                "cancelled",
                f"case {case.stage}" if not rnd.cancelled else "interview cancelled",
            )
            return None
        zone = round_zone(rnd, runtime.plan.user_zone)
        start_local = rnd.start.astimezone(zone)
        name = runtime.settings.display_name
        if row.kind in (NOTES_PROMPT, NOTES_REMINDER) and (
            self.clock.now() - row.due_at > runtime.settings.follow_up.grace
        ):
            self._finish(row, "cancelled", "too late to ask for notes")
            return None
        if row.kind == NOTES_PROMPT:
            notes = self.store.outbox.notes(rnd.id)
            if notes is not None and not self._missing_topics(rnd, notes):
                self._finish(row, "cancelled", "notes already given")
                return None
            due = self._thank_you_due(rnd, runtime)
            return compose.compose_notes_prompt(
                compose.NotesPromptInput(
                    case_key=f"case-{case.id}",
                    user_name=name,
                    company=case.company,
                    role=case.role,
                    interview_start_local=start_local,
                    interviewers=rnd.interviewers,
                    thank_you_due_local=due.astimezone(zone) if due else None,
                ),
                self.templates,
            )
        if row.kind == NOTES_REMINDER:
            notes = self.store.outbox.notes(rnd.id)
            missing = self._missing_topics(rnd, notes)
            if not missing:
                self._finish(row, "cancelled", "notes came in")
                return None
            due = self._thank_you_due(rnd, runtime) or row.due_at
            return compose.compose_notes_reminder(
                compose.NotesReminderInput(
                    case_key=f"case-{case.id}",
                    user_name=name,
                    company=case.company,
                    role=case.role,
                    interview_start_local=start_local,
                    interviewers=rnd.interviewers,
                    missing=missing,
                    due_local=due.astimezone(zone),
                    on_missing_notes=runtime.settings.follow_up.on_missing_notes,
                ),
                self.templates,
            )
        self._finish(row, "cancelled", f"unknown kind {row.kind}")
        return None

    def notify(
        self, account: str, key: str, notice: compose.NoticeInput, case_id: int | None = None
    ) -> None:
        """Queue a notice to the user, once per ``key`` (sent by the next run)."""
        draft = compose.compose_notice(notice, self.templates)
        now = self.clock.now()
        row = self.store.outbox.plan(
            key=f"{NOTICE}:{key}",
            account=account,
            kind=NOTICE,
            due_at=now,
            now=now,
            case_id=case_id,
        )
        if row.subject is None:
            self.store.outbox.update(row.id, now, subject=draft.subject, body=draft.body)
        self.on_change()

    # -- silence: call-needed checks, the digest, LinkedIn -----------------------------------

    async def _call_check(
        self, row: OutboxRow, runtime: AccountRuntime, conns: Connections
    ) -> None:
        """Time is up: unless a human answered meanwhile, the case needs a phone call."""
        now = self.clock.now()
        case, rnd = self._case_round(row)
        if case is None or rnd is None or case.stage in CLOSED_STAGES:
            self._finish(row, "cancelled", "case closed")
            return
        if (
            case.last_reply_at is not None
            and case.last_reply_at >= round_end(rnd)
            and not (case.snoozed_until and case.snoozed_until > case.last_reply_at)
        ):
            self._finish(row, "cancelled", "they replied")
            return
        from daemon.cases import Stage  # noqa: PLC0415

        if self.dry_run:
            self._dry_run_log(row, "would flag call needed")
            return
        with self.store.transaction():
            self.store.cases.set_stage(case.id, Stage.CALL_NEEDED, now)
            self.store.cases.set_fields(case.id, now, call_flagged_at=now)
            self.store.cases.event(case.id, now, "call needed", "no reply from the company")
            self._finish(row, "sent", "call needed")
        await self._flag_thread(case, runtime, conns)
        self._plan_digest(runtime, now)

    async def _flag_thread(
        self, case: CaseRecord, runtime: AccountRuntime, conns: Connections
    ) -> None:
        """$CallNeeded and \\Flagged on the latest message of the case's thread (RFC 3501
        keywords; \\Flagged alone when the server does not allow keywords)."""
        inbound = [m for m in self.store.cases.thread(case.id) if m.direction == "in"]
        if self.dry_run:
            self.log.info("dry_run.would_flag", case=case.id)
            return
        for message in reversed(inbound):
            places = self.store.locate(runtime.settings.name, message.message_id)
            if not places:
                continue
            folder, uid = places[0]
            try:
                session = await conns.imap()
                accepted = await asyncio.to_thread(
                    session.add_flags, folder, [uid], ["$CallNeeded", "\\Flagged"]
                )
                self.log.info("case.flagged", case=case.id, folder=folder, uid=uid, flags=accepted)
            except MailError as exc:
                self.log.warning("case.flag_failed", case=case.id, error=str(exc))
            return

    def _plan_digest(self, runtime: AccountRuntime, now: dt.datetime) -> None:
        """At most one digest a day, at the configured local time, batching every case."""
        from daemon.timing import digest_time, parse_local_time  # noqa: PLC0415

        setting = runtime.settings.follow_up.digest_time
        zone = runtime.plan.user_zone
        if setting == "immediate":
            due = now
        else:
            due = digest_time(now - dt.timedelta(seconds=1), zone, parse_local_time(setting))
        for _ in range(3):
            day = due.astimezone(zone).date().isoformat()
            key = f"{DIGEST}:{runtime.settings.name}:{day}"
            existing = self.store.outbox.by_key(key)
            if existing is None or existing.state == "planned":
                break
            # Today's digest already went: this case goes in the next one (one a day).
            due = digest_time(
                due + dt.timedelta(hours=23),
                zone,
                parse_local_time(setting if setting != "immediate" else "09:00"),
            )
        self.store.outbox.plan(
            key=key, account=runtime.settings.name, kind=DIGEST, due_at=due, now=now
        )
        self.on_change()

    def _compose_digest(self, row: OutboxRow, runtime: AccountRuntime) -> compose.Draft | None:
        from daemon.cases import Stage  # noqa: PLC0415

        follow = runtime.settings.follow_up
        zone = runtime.plan.user_zone
        cases = [
            c
            for c in self.store.cases.find(row.account)
            if c.stage is Stage.CALL_NEEDED and c.call_flagged_at is not None
        ]
        if not cases:
            self._finish(row, "cancelled", "nothing needs a call any more")
            return None
        self._digest_cases[row.id] = [c.id for c in cases]
        items = []
        for case in cases:
            thread = self.store.cases.thread(case.id)
            inbound = [m for m in thread if m.direction == "in"]
            last = inbound[-1] if inbound else None
            contact = case.recruiter if case.agency and case.recruiter else None
            if contact is None:
                latest = max(
                    (r for r in case.rounds if not r.cancelled), key=lambda r: r.start, default=None
                )
                people = list(latest.interviewers) if latest else []
                contact = case.recruiter or (people[0] if people else Person(name=case.company))
            phones = tuple(n for n, _ in self.store.cases.phones(case.id))
            sent = [
                r
                for r in self.store.outbox.for_case(case.id)
                if r.kind == THANK_YOU and r.state == "sent"
            ]
            reason = (
                f"no reply since your thank-you of "
                f"{max(r.sent_at or r.updated_at for r in sent).astimezone(zone):%a %d %b}"
                if sent
                else "no reply since the interview"
            )
            items.append(
                compose.DigestItem(
                    case_ref=case.company or f"#{case.id}",
                    company=case.company,
                    role=case.role,
                    contact=contact,
                    agency=case.company if case.agency else None,
                    reason=reason,
                    phones=phones,
                    last_message_from=_person_from(last.sender) if last else None,
                    last_message_at_local=last.sent_at.astimezone(zone)
                    if last and last.sent_at
                    else None,
                    last_message_excerpt=last.excerpt if last else None,
                )
            )
        extra: dict[str, tuple[str, ...]] = {}
        if follow.good_news_questions:
            extra["good_news_questions"] = tuple(follow.good_news_questions)
        if follow.bad_news_questions:
            extra["bad_news_questions"] = tuple(follow.bad_news_questions)
        return compose.compose_call_digest(
            compose.DigestInput(
                user_name=runtime.settings.display_name,
                today_local=self.clock.now().astimezone(zone).date(),
                items=tuple(items),
                **extra,
            ),
            self.templates,
        )

    def _compose_linkedin(self, row: OutboxRow, runtime: AccountRuntime) -> compose.Draft | None:
        case, _ = self._case_round(row)
        if case is None:
            self._finish(row, "cancelled", "case no longer exists")
            return None
        contacts: list[compose.LinkedInContact] = []
        seen: set[str] = set()
        relays = self.store.cases.thread_addresses(case.id)
        for rnd in case.rounds:
            notes = self.store.outbox.notes(rnd.id)
            for listed in rnd.interviewers:
                person = listed
                if listed.email and not_a_person(listed.email, relays, runtime.lexicon):
                    # A relay is not how to reach a person: named without it, or not at all.
                    person = Person(name=listed.name, email=None, title=listed.title)
                key = (person.email or person.name or "").lower()
                if not key or key in seen:
                    continue
                seen.add(key)
                contacts.append(compose.LinkedInContact(person, _topic(notes, listed)))
        if not contacts:
            self._finish(row, "cancelled", "no interviewer to connect with")
            return None
        outcome: Literal["offer", "rejection"] = (
            "offer" if case.stage.value == "offer" else "rejection"
        )
        return compose.compose_linkedin_reminder(
            compose.LinkedInInput(
                case_key=f"case-{case.id}",
                user_name=runtime.settings.display_name,
                company=case.company,
                role=case.role,
                outcome=outcome,
                contacts=tuple(contacts),
            ),
            self.templates,
        )

    # -- thank-yous ------------------------------------------------------------------------------

    async def _thank_you(self, row: OutboxRow, runtime: AccountRuntime, conns: Connections) -> None:
        now = self.clock.now()
        case, rnd = self._case_round(row)
        if case is None or rnd is None:
            self._finish(row, "cancelled", "case no longer exists")
            return
        stop = self._stop_reason(row, case, rnd, runtime)
        if stop is not None:
            self._refuse(row, runtime, stop)
            return
        if row.recipient.email is None:
            self.store.outbox.update(row.id, now, state="held", reason=NO_ADDRESS)
            return
        wrote = self.store.outbox.user_wrote(row.account, row.recipient.email, round_end(rnd))
        if wrote is not None:
            self._finish(row, "cancelled", "you wrote to them yourself")
            self._dropped_notice(row, case, runtime, wrote)
            return
        if now - row.due_at > runtime.settings.follow_up.grace:
            self._hold_missed(row, case, runtime)
            return
        review = runtime.settings.follow_up.review
        if row.state == "drafted":
            await self._send_draft(row, case, rnd, runtime, conns)
            return
        drafts = self._compose_round(case, rnd, runtime)
        draft = drafts.get(row.id)
        if draft is None:
            self._hold_for_notes(row, case, rnd, runtime)
            return
        problem = self._personal_problem(row, case, rnd, runtime, drafts)
        if problem is not None:
            self._hold(row, runtime, problem)
            self.log.warning("outbox.not_personal", row=row.id, problem=problem)
            return
        if review == "drafts":
            await self._place_drafts(case, rnd, runtime, conns, drafts, only={row.id})
            return
        if row.raw is not None and row.message_id is not None and row.body is not None:
            # A retry sends the very same message (same Message-ID), so a late copy of an
            # earlier attempt in Sent is recognised as this one.
            message_id, raw = row.message_id, row.raw
            draft = compose.Draft(subject=row.subject or draft.subject, body=row.body)
        else:
            message_id = mailwriter.new_message_id(runtime.sender, "thanks")
            try:
                raw = self._write_thank_you(row, case, runtime, draft, message_id)
            except ValueError as exc:
                self._hold(row, runtime, f"could not be written: {exc}")
                return
        await self._deliver(
            row,
            runtime,
            conns,
            raw=raw,
            message_id=message_id,
            draft=draft,
            recipients=[row.recipient.email],
        )

    def _stop_reason(
        self, row: OutboxRow, case: CaseRecord, rnd: RoundRecord, runtime: AccountRuntime
    ) -> str | None:
        if case.stage in CLOSED_STAGES:
            return f"case closed ({case.stage})"
        if rnd.cancelled:
            return "interview cancelled"
        email_addr = (row.recipient.email or "").lower()
        if email_addr:
            if email_addr in runtime.settings.own_addresses:
                return "that address is yours"
            if is_automatic_address(email_addr, runtime.lexicon):
                return "an automatic (no-reply) address"
            relay = not_a_person(
                email_addr, self.store.cases.thread_addresses(case.id), runtime.lexicon
            )
            if relay is not None:
                return relay  # held, not cancelled: the user is told (see _refuse)
            people = {p.email.lower() for r in case.rounds for p in r.interviewers if p.email}
            if case.recruiter and case.recruiter.email:
                people.add(case.recruiter.email.lower())
            if email_addr not in people:
                return "that address is not part of the case"
        return None

    def _case_round(self, row: OutboxRow) -> tuple[CaseRecord | None, RoundRecord | None]:
        if row.case_id is None:
            return None, None
        try:
            case = self.store.cases.get(row.case_id)
        except KeyError:
            return None, None
        rnd = next((r for r in case.rounds if r.id == row.round_id), None)
        return case, rnd

    def _thank_you_due(self, rnd: RoundRecord, runtime: AccountRuntime) -> dt.datetime | None:
        rows = [
            r
            for r in self.store.outbox.for_case(rnd.case_id)
            if r.round_id == rnd.id and r.kind == THANK_YOU and r.active
        ]
        return min((r.due_at for r in rows), default=None)

    def _missing_topics(self, rnd: RoundRecord, notes: RoundNotes | None) -> tuple[Person, ...]:
        return tuple(p for p in rnd.interviewers if _topic(notes, p) is None)

    def _compose_round(
        self, case: CaseRecord, rnd: RoundRecord, runtime: AccountRuntime
    ) -> dict[int, compose.Draft]:
        """Drafts for the round's thank-you rows (row id → draft), all composed together so
        each person gets a different phrasing. Rows without a topic are left out unless
        ``on_missing_notes: send_generic``."""
        follow = runtime.settings.follow_up
        notes = self.store.outbox.notes(rnd.id)
        rows = [
            r
            for r in self.store.outbox.for_case(case.id)
            if r.round_id == rnd.id and r.kind == THANK_YOU and r.state != "cancelled"
        ]
        zone = round_zone(rnd, runtime.plan.user_zone)
        inputs: list[compose.ThankYouInput] = []
        ids: list[int] = []
        written: dict[int, compose.Draft] = {}
        for r in rows:
            topic = _topic(notes, r.recipient)
            out = r.state in ("sent", "sending", "drafted") and bool(r.body)
            if topic is None and not out and follow.on_missing_notes != "send_generic":
                continue
            if out:
                # Its text is out (or in Drafts): later ones must differ from it as written.
                written[len(inputs)] = compose.Draft(subject=r.subject or "", body=r.body or "")
            inputs.append(
                compose.ThankYouInput(
                    case_key=f"case-{case.id}-round-{rnd.id}",
                    user_name=runtime.settings.display_name,
                    signature=follow.signature or runtime.settings.display_name,
                    company=case.company,
                    role=case.role,
                    interview_start_local=rnd.start.astimezone(zone),
                    send_date=max(r.due_at, self.clock.now()).astimezone(zone).date(),
                    interviewer=r.recipient,
                    topic=topic,
                    idea=notes.idea if notes else None,
                    shared_note=notes.everyone if notes else None,
                    greeting=follow.greeting,
                )
            )
            ids.append(r.id)
        drafts = compose.compose_thank_yous(inputs, self.templates, written=written)
        return dict(zip(ids, drafts, strict=True))

    def _personal_problem(
        self,
        row: OutboxRow,
        case: CaseRecord,
        rnd: RoundRecord,
        runtime: AccountRuntime,
        drafts: dict[int, compose.Draft],
    ) -> str | None:
        notes = self.store.outbox.notes(rnd.id)
        rows = {r.id: r for r in self.store.outbox.for_case(case.id) if r.round_id == rnd.id}
        entries: list[tuple[Person, compose.Draft, str | None]] = []
        mine: Person | None = None
        for row_id, composed in drafts.items():
            other = rows[row_id]
            text = composed
            if other.state in ("sent", "drafted", "sending") and other.body:
                text = compose.Draft(subject=other.subject or composed.subject, body=other.body)
            entries.append((other.recipient, text, _topic(notes, other.recipient)))
            if row_id == row.id:
                mine = other.recipient
        generic = runtime.settings.follow_up.on_missing_notes == "send_generic"
        problems = compose.check_personal(entries, require_topics=not generic)
        for problem in problems:
            if mine is not None and mine in problem.people:
                return f"not personal enough: {problem.detail}"
        return None

    def _write_thank_you(
        self,
        row: OutboxRow,
        case: CaseRecord,
        runtime: AccountRuntime,
        draft: compose.Draft,
        message_id: str,
        *,
        draft_key: str | None = None,
    ) -> bytes:
        """The thank-you for ``row`` as bytes, threaded to the interviewer's last message.
        Raises ValueError when the recipient's address cannot be written safely."""
        assert row.recipient.email is not None
        return mailwriter.in_users_name(
            runtime.sender,
            row.recipient.name,
            row.recipient.email,
            draft,
            message_id=message_id,
            date=self.clock.now(),
            references=self._thread_refs(case, row.recipient),
            draft_key=draft_key,
        )

    def _thread_refs(self, case: CaseRecord, person: Person) -> list[str]:
        """The latest message from this person in the case's thread, to reply to."""
        if not person.email:
            return []
        address = person.email.lower()
        refs = [
            m.message_id
            for m in self.store.cases.thread(case.id)
            if m.direction == "in"
            and m.sender
            and email.utils.parseaddr(m.sender)[1].lower() == address
        ]
        return refs[-1:]

    # -- drafts ---------------------------------------------------------------------------------

    async def prepare_round(self, round_id: int) -> None:
        """Notes came in: compose thank-yous now; with review: drafts, place them in Drafts."""
        async with self._lock:
            rows = [
                r
                for r in self.store.outbox.with_states(("planned", "held"))
                if r.round_id == round_id
                and r.kind == THANK_YOU
                and (r.state == "planned" or r.reason == NOTES_MISSING)
            ]
            if not rows:
                return
            case, rnd = self._case_round(rows[0])
            runtime = self.accounts.get(rows[0].account)
            if case is None or rnd is None or runtime is None:
                return
            now = self.clock.now()
            drafts = self._compose_round(case, rnd, runtime)
            for r in rows:
                if r.id in drafts and r.state == "held" and r.reason == NOTES_MISSING:
                    due = max(r.due_at, now)
                    self.store.outbox.update(r.id, now, state="planned", reason=None, due_at=due)
            if runtime.settings.follow_up.review != "drafts":
                self.on_change()
                return
            ready = {
                r.id
                for r in rows
                if r.id in drafts
                and r.recipient.email
                and self._stop_reason(r, case, rnd, runtime) is None
                and self._personal_problem(r, case, rnd, runtime, drafts) is None
            }
            conns = Connections(runtime)
            try:
                await self._place_drafts(case, rnd, runtime, conns, drafts, only=ready)
            except MailError as exc:
                self.log.warning("outbox.drafts_later", error=str(exc), round=round_id)
            finally:
                await conns.close()
        self.on_change()

    async def _place_drafts(
        self,
        case: CaseRecord,
        rnd: RoundRecord,
        runtime: AccountRuntime,
        conns: Connections,
        drafts: dict[int, compose.Draft],
        *,
        only: set[int],
    ) -> None:
        now = self.clock.now()
        placed: list[str] = []
        window = runtime.settings.follow_up.review_window
        for row_id in sorted(only):
            row = self.store.outbox.get(row_id)
            if row.state != "planned" or not row.recipient.email:
                continue
            draft = drafts[row_id]
            key = draft_key(row)
            message_id = draft_message_id(runtime.sender, key)
            try:
                raw = self._write_thank_you(row, case, runtime, draft, message_id, draft_key=key)
            except ValueError as exc:
                self._hold(row, runtime, f"could not be written: {exc}")
                continue
            # Placed late (notes came after the send time): leave time to review.
            due = row.due_at if row.due_at > now + window else now + window
            if self.dry_run:
                self._dry_run_seen.add(row.id)
                self.log.info(
                    "dry_run.would_place_draft",
                    row=row.id,
                    to=row.recipient.email,
                    subject=draft.subject,
                )
                continue
            try:
                folder = await conns.folder("drafts")
                session = await conns.imap()
                # A crash between an APPEND and the commit below leaves a draft the
                # database does not know: adopt it instead of placing a second one.
                adopted = await self._adopt_draft(session, folder, key, row, runtime)
                await failpoints.pause("before_drafts_append")
                # Last look before the mailbox changes (no await in between): a rejection,
                # a reply or `followupd done` processed meanwhile wins.
                stop = self._final_stop(row, runtime)
                if stop is not None:
                    if self.store.outbox.get(row.id).state == "planned":
                        self._refuse(row, runtime, stop)
                    self.log.info("outbox.draft_not_placed", row=row.id, reason=stop)
                    self._schedule_clean_drafts(row.account)  # an adopted one, if any
                    continue
                if adopted is None:
                    await asyncio.to_thread(session.append, folder, raw, ("\\Draft",), now)
                    failpoints.hit("after_drafts_append")
                    await failpoints.pause("after_drafts_append")
                else:
                    message_id = adopted.message_id or message_id
                    draft = adopted.draft or draft
            except DraftConflict as exc:
                self._hold(row, runtime, str(exc))
                continue
            except MailError as exc:
                self.log.warning("outbox.draft_later", row=row.id, error=str(exc))
                break  # the notice below still tells about the drafts already placed
            claimed = self.store.outbox.claim(
                row.id,
                ("planned",),
                now,
                state="drafted",
                reason=None,
                draft_key=key,
                message_id=message_id,
                subject=draft.subject,
                body=draft.body,
                due_at=due,
            )
            if not claimed:
                # Cancelled (or held) while the draft was being placed: take it out again
                # and leave it out of the notice. If that fails, clean_drafts finds it.
                state = self.store.outbox.get(row.id).state
                self.log.info("outbox.draft_withdrawn", row=row.id, state=state)
                with contextlib.suppress(MailError):
                    await self._remove_drafts(session, folder, key, row, draft.body)
                continue
            zone = round_zone(rnd, runtime.plan.user_zone)
            when = due.astimezone(zone).strftime("%a %d %b %H:%M %Z")
            placed.append(f"{row.recipient.name or row.recipient.email}: goes out {when}")
            self.log.info("outbox.drafted", row=row.id, to=row.recipient.email, due=due.isoformat())
        if placed:
            self.notify(
                runtime.settings.name,
                f"drafts:{rnd.id}:{len(placed)}:{placed[0]}",
                compose.NoticeInput(
                    user_name=runtime.settings.display_name,
                    headline=f"Thank-you drafts ready: {case.company or 'your interview'}",
                    paragraphs=(
                        f"I put {len(placed)} thank-you draft(s) in your Drafts folder. "
                        "Read them, edit anything you like, and leave them there: the "
                        "edited text is what goes out.",
                        "To stop one, delete the draft.",
                    ),
                    items=tuple(placed),
                ),
                case_id=case.id,
            )

    async def _adopt_draft(
        self, session: ImapSession, folder: str, key: str, row: OutboxRow, runtime: AccountRuntime
    ) -> AdoptedDraft | None:
        """The draft already in ``folder`` under ``key`` (placed before a crash), or None.

        Found by the key header, else (servers that do not index X- headers) by the
        Message-ID derived from the key; messages marked deleted do not count. Only a copy
        addressed to the row's recipient is adopted, the newest one (a mail client saves an
        edit as a new message); older copies are removed only when they are the same mail
        (same To, same text). Raises DraftConflict when no copy is addressed to the
        recipient: the row is held and the user decides."""
        assert row.recipient.email is not None
        uids = await asyncio.to_thread(
            session.find_by_header, folder, mailwriter.DRAFT_KEY_HEADER, key, undeleted=True
        )
        if not uids:
            derived = draft_message_id(runtime.sender, key)
            uids = await asyncio.to_thread(
                session.find_by_header, folder, "Message-ID", derived, undeleted=True
            )
        if not uids:
            return None
        copies: list[tuple[int, bytes]] = []
        for uid in reversed(uids[-MAX_DRAFT_COPIES:]):  # newest first
            raw = await asyncio.to_thread(session.fetch_one, folder, uid)
            if raw is not None:
                copies.append((uid, raw))
        if not copies:
            return None  # deleted meanwhile: place it again
        mine = [(uid, raw) for uid, raw in copies if draft_matches(raw, row.recipient.email)]
        if not mine:
            raise DraftConflict(
                "its draft in your Drafts folder is addressed to someone else; "
                "send it yourself or delete it"
            )
        uid, raw = mine[0]
        adopted = read_adopted_draft(raw, runtime.sender)
        body = adopted.draft.body if adopted.draft else None
        same = [
            u
            for u, other in copies[1:]
            if u != uid and body is not None and draft_matches(other, row.recipient.email, body)
        ]
        if same:
            with contextlib.suppress(MailError):
                await asyncio.to_thread(session.delete, folder, same)
        self.log.info(
            "outbox.draft_adopted",
            row=row.id,
            uid=uid,
            extra_copies_removed=len(same),
            other_copies_kept=len(copies) - 1 - len(same),
            readable=adopted.draft is not None,
        )
        return adopted

    async def _remove_drafts(
        self,
        session: ImapSession,
        folder: str,
        key: str,
        row: OutboxRow,
        body: str | None,
    ) -> tuple[int, int]:
        """Remove the drafts under ``key`` that are still what was placed (addressed to the
        row's recipient only, and with ``body`` when it is known); a draft the user changed
        is never deleted. Returns how many were removed and how many kept."""
        if not row.recipient.email:
            return 0, 0
        uids = await asyncio.to_thread(
            session.find_by_header, folder, mailwriter.DRAFT_KEY_HEADER, key, undeleted=True
        )
        doomed: list[int] = []
        for uid in uids[-MAX_DRAFT_COPIES:]:
            raw = await asyncio.to_thread(session.fetch_one, folder, uid)
            if raw is not None and draft_matches(raw, row.recipient.email, body):
                doomed.append(uid)
        if doomed:
            await asyncio.to_thread(session.delete, folder, doomed)
            self.log.info("outbox.draft_removed", row=row.id, uids=doomed, state=row.state)
        if len(doomed) < len(uids):
            self.log.warning("outbox.draft_changed_kept", row=row.id, kept=len(uids) - len(doomed))
        return len(doomed), len(uids) - len(doomed)

    def _schedule_clean_drafts(self, account: str) -> None:
        """Soon remove the drafts of rows that will never be sent from them (no-op outside
        the event loop, e.g. in the shell: the daemon cleans at start)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self._schedule_look(CLEAN_DRAFTS, account, 0.0)

    async def clean_drafts(self, only: str | None = None) -> None:
        """Remove from Drafts the drafts of thank-yous already sent or cancelled (a crash
        after the send, an outcome while a draft waited): left there, the user might
        send one by hand. Only drafts of this database's rows (their key matches
        :func:`draft_key`) that are unchanged are removed; one SEARCH per account."""
        async with self._lock:
            for account in sorted(self.accounts):
                if only is not None and account != only:
                    continue
                runtime = self.accounts[account]
                if runtime.settings.follow_up.review != "drafts" and not any(
                    r.draft_key and r.account == account and _draft_unwanted(r)
                    for r in self.store.outbox.with_states(("sent", "cancelled", "held"))
                ):
                    continue  # no draft was ever placed: no login needed
                conns = Connections(runtime)
                try:
                    await self._clean_account_drafts(runtime, conns)
                except MailError as exc:
                    delay = self._look_failed(CLEAN_DRAFTS, account)
                    self.log.warning(
                        "outbox.drafts_clean_later",
                        account=account,
                        error=str(exc),
                        retry_in_s=delay,
                    )
                    continue
                finally:
                    await conns.close()
                self._look_succeeded(CLEAN_DRAFTS, account)

    async def _clean_account_drafts(self, runtime: AccountRuntime, conns: Connections) -> None:
        folder = await conns.folder("drafts")
        session = await conns.imap()
        keyed = await asyncio.to_thread(session.header_values, folder, mailwriter.DRAFT_KEY_HEADER)
        for key in sorted(set(keyed.values())):
            row = self._row_of_draft_key(key)
            if row is None or row.account != runtime.settings.name:
                continue
            if not _draft_unwanted(row):
                continue
            if self.dry_run:
                self.log.info("dry_run.would_remove_draft", row=row.id, state=row.state)
                continue
            removed, kept = await self._remove_drafts(session, folder, key, row, row.body)
            if row.state == "held" and removed and not kept:
                # Gone from Drafts: once the user gives the person's own address, the row
                # is drafted afresh for it (never from the copy addressed to the relay).
                self.store.outbox.update(row.id, self.clock.now(), draft_key=None)

    def _row_of_draft_key(self, key: str) -> OutboxRow | None:
        """The row whose draft carries ``key``, if it is one of this database's."""
        match = re.fullmatch(r"[a-z_]+:(\d{1,18})#[0-9a-f]{16}", key)
        if match is None:
            return None
        try:
            row = self.store.outbox.get(int(match.group(1)))
        except KeyError:
            return None
        return row if draft_key(row) == key else None

    async def _send_draft(
        self,
        row: OutboxRow,
        case: CaseRecord,
        rnd: RoundRecord,
        runtime: AccountRuntime,
        conns: Connections,
    ) -> None:
        if self.dry_run:
            self._dry_run_log(row, "would send the draft")
            return
        folder = await conns.folder("drafts")
        session = await conns.imap()
        # Exact matches only, and never one the user marked deleted (a deleted draft is a
        # "stop", not a message to send).
        found = await asyncio.to_thread(
            session.find_by_header,
            folder,
            mailwriter.DRAFT_KEY_HEADER,
            row.draft_key or "-",
            undeleted=True,
        )
        if not found and row.message_id:
            found = await asyncio.to_thread(
                session.find_by_header, folder, "Message-ID", row.message_id, undeleted=True
            )
        if not found:
            self._finish(row, "cancelled", "you deleted the draft")
            return
        raw_draft = await asyncio.to_thread(session.fetch_one, folder, found[-1])
        if raw_draft is None:
            self._finish(row, "cancelled", "you deleted the draft")
            return
        edited = _read_draft(raw_draft)
        if edited is None:
            self._hold(row, runtime, "the edited draft has no plain text")
            return
        subject, body, recipients = edited
        assert row.recipient.email is not None
        if recipients and {a.lower() for a in recipients} != {row.recipient.email.lower()}:
            # Never write to anyone outside the case: an edited To line is not followed.
            self._hold(
                row,
                runtime,
                f"the draft was re-addressed to {', '.join(recipients)}; send it yourself",
            )
            return
        draft = compose.Draft(subject=compose.header_safe(subject), body=body)
        others = [
            r
            for r in self.store.outbox.for_case(case.id)
            if r.round_id == rnd.id
            and r.kind == THANK_YOU
            and r.id != row.id
            and r.body
            and r.state in ("sent", "sending", "drafted")
        ]
        for other in others:
            if compose.similarity(
                draft.body, other.body or "", [row.recipient, other.recipient]
            ) >= (compose.SIMILARITY_LIMIT):
                self._hold(
                    row,
                    runtime,
                    "the text is nearly the same as the one to "
                    f"{other.recipient.name or other.recipient.email}",
                )
                return
        message_id = row.message_id or mailwriter.new_message_id(runtime.sender, "thanks")
        raw = self._write_thank_you(row, case, runtime, draft, message_id)
        sent = await self._deliver(
            row,
            runtime,
            conns,
            raw=raw,
            message_id=message_id,
            draft=draft,
            recipients=[row.recipient.email],
        )
        if sent:
            # The draft just sent goes; other copies only if unchanged (clean_drafts).
            with contextlib.suppress(MailError):
                await asyncio.to_thread(session.delete, folder, found[-1:])
            if len(found) > 1:
                self._schedule_clean_drafts(row.account)

    # -- delivery -------------------------------------------------------------------------------

    async def _deliver(
        self,
        row: OutboxRow,
        runtime: AccountRuntime,
        conns: Connections,
        *,
        raw: bytes,
        message_id: str,
        draft: compose.Draft,
        recipients: list[str],
    ) -> bool:
        """Send ``raw`` for ``row`` exactly once; True when the server accepted it."""
        now = self.clock.now()
        if self.dry_run:
            self._dry_run_log(row, "would send", subject=draft.subject, to=recipients)
            return False
        follow = runtime.settings.follow_up
        if row.kind not in TO_USER:
            hour_ago = now - dt.timedelta(hours=1)
            if (
                self.store.outbox.sent_since(row.account, hour_ago, [THANK_YOU])
                >= follow.max_per_hour
            ):
                self.store.outbox.update(row.id, now, due_at=now + dt.timedelta(minutes=5))
                self.log.info("outbox.rate_limited", row=row.id)
                return False
        # Log in before committing: a refused login or a dead server is not a send attempt
        # (MailError goes to _execute's retry-later path, the row untouched).
        client = await conns.smtp()
        # Last look, with no await between it and the commit: a rejection, a reply or
        # `followupd done` processed while we were busy must win.
        stop = self._final_stop(row, runtime)
        if stop is not None:
            self._refuse(row, runtime, stop)
            return False
        # The commit that makes exactly-once possible: after this, a crash leaves a
        # 'sending' row with the exact bytes, resolved through the Sent check.
        claimed = self.store.outbox.claim(
            row.id,
            ("planned", "drafted"),
            now,
            state="sending",
            raw=raw,
            message_id=message_id,
            subject=draft.subject,
            body=draft.body,
            attempts=row.attempts + 1,
            first_attempt_at=row.first_attempt_at or now,
            last_error=None,
        )
        if not claimed:
            self.log.info("outbox.no_longer_due", row=row.id)
            return False
        log = self.log.bind(row=row.id, kind=row.kind, case=row.case_id, message_id=message_id)
        try:
            reply = await smtp.send_raw(
                client,
                raw,
                label=f"SMTP {runtime.settings.smtp.host}",
                sender=runtime.sender.email,
                recipients=recipients,
            )
        except DeliveryUnknown as exc:
            await conns.drop_smtp()
            self.store.outbox.update(row.id, self.clock.now(), last_error=str(exc))
            log.warning("outbox.delivery_unknown", error=str(exc))
            self._schedule_look(RESOLVE, row.account, RESOLVE_DELAY)
            return False
        except TransientMailError as exc:
            await conns.drop_smtp()
            self._transient_failure(row, runtime, str(exc))
            return False
        except PermanentMailError as exc:
            await conns.drop_smtp()
            self._permanent_failure(row, runtime, str(exc))
            return False
        failpoints.hit(f"after_smtp_accept:{row.kind}")
        # Where its Sent copy stands is recorded with 'sent', so a crash loses neither.
        copy = self._first_sent_copy_step(row, runtime) if row.kind == THANK_YOU else None
        self.store.outbox.update(
            row.id, self.clock.now(), state="sent", sent_at=self.clock.now(), sent_copy=copy
        )
        log.info("outbox.sent", to=recipients, reply=reply)
        if row.kind == THANK_YOU:
            self._record_sent_thread(row, message_id, draft)
            if copy == "appending":
                await self._append_sent_copy(row.id, runtime, conns, raw)
            elif copy == "open":
                settle = runtime.settings.follow_up.sent_settle.total_seconds()
                self._schedule_look(SENT_COPIES, row.account, min(FIRST_SENT_LOOK, settle))
        return True

    def _final_stop(self, row: OutboxRow, runtime: AccountRuntime) -> str | None:
        """The stop rules against the database as it is now (synchronous, no awaits)."""
        current = self.store.outbox.get(row.id)
        if current.state not in ("planned", "drafted"):
            return f"now {current.state}"
        case, rnd = self._case_round(current)
        if row.kind in (NOTICE, DIGEST):
            return None
        if case is None:
            return "case no longer exists"
        if row.kind == LINKEDIN:
            return None
        if rnd is None:
            return "round no longer exists"
        if row.kind in TO_USER:
            return (
                "interview cancelled"
                if rnd.cancelled
                else (f"case closed ({case.stage})" if case.stage in CLOSED_STAGES else None)
            )
        stop = self._stop_reason(current, case, rnd, runtime)
        if stop is not None:
            return stop
        email_addr = current.recipient.email or ""
        if self.store.outbox.user_wrote(row.account, email_addr, round_end(rnd)) is not None:
            return "you wrote to them yourself"
        return None

    def _record_sent_thread(self, row: OutboxRow, message_id: str, draft: compose.Draft) -> None:
        if row.case_id is None:
            return
        from daemon.store import LinkedMessage  # noqa: PLC0415

        now = self.clock.now()
        self.store.cases.link(
            row.case_id,
            LinkedMessage(
                message_id=message_id,
                direction="out",
                kind=THANK_YOU,
                sender=None,
                subject=draft.subject,
                sent_at=now,
            ),
            now,
        )
        self.store.cases.event(
            row.case_id, now, "thank-you sent", row.recipient.name or row.recipient.email
        )

    def _first_sent_copy_step(self, row: OutboxRow, runtime: AccountRuntime) -> SentCopy | None:
        """The Sent-copy state a thank-you starts in when the server accepted it."""
        follow = runtime.settings.follow_up
        step = planner.sent_copy_step(
            follow.save_sent,
            self.store.outbox.fact(row.account, PROVIDER_FILES_SENT),
            seen=None,
            waited=dt.timedelta(0),
            settle=follow.sent_settle,
        )
        if step.action == "wait":
            return "open"
        return "appending" if step.action == "append" else None

    async def _append_sent_copy(
        self, row_id: int, runtime: AccountRuntime, conns: Connections, raw: bytes
    ) -> None:
        """Add our copy of a sent thank-you to the Sent folder (once: the row says
        'appending' first, and a restart looks in Sent before adding it again)."""
        now = self.clock.now()
        # No await between this look and the update: a sighting of the provider's own
        # filing (mark_sent_seen) that came in meanwhile wins.
        if self.store.outbox.get(row_id).sent_copy not in ("open", "appending"):
            return
        self.store.outbox.update(row_id, now, sent_copy="appending")
        try:
            folder = await conns.folder("sent")
            session = await conns.imap()
            await asyncio.to_thread(session.append, folder, raw, ("\\Seen",), now)
        except MailError as exc:
            self.store.outbox.update(row_id, self.clock.now(), sent_copy="failed")
            self.log.warning("outbox.sent_copy_failed", row=row_id, error=str(exc))
            return
        self.store.outbox.update(row_id, self.clock.now(), sent_copy="appended")
        self.log.info("outbox.sent_copy_appended", row=row_id)

    async def settle_sent_copies(self, only: str | None = None) -> None:
        """Look in Sent for thank-yous whose copy is still undecided (or was being added
        when the daemon stopped) and settle each: filed by the provider, or ours added
        once the provider had ``sent_settle`` to file it. Safe to call any time.

        ``only`` limits the look to one account. A look that fails with a mail error is
        retried after a growing, jittered delay, and the settle-based next look is not
        planned then (a dead server or a missing Sent folder must not be asked again
        every second). A dry run only logs what it would do."""
        async with self._lock:
            rows = [
                r
                for r in self.store.outbox.with_sent_copy(("open", "appending"))
                if only is None or r.account == only
            ]
            if self.dry_run:
                for row in rows:
                    self._dry_run_log(row, "would settle sent copy", sent_copy=row.sent_copy)
                return

            async def settle_one(
                row: OutboxRow, runtime: AccountRuntime, conns: Connections
            ) -> bool:
                if self._stopped():
                    return False
                await self._settle_sent_copy(row, runtime, conns)
                return True

            # An account whose look failed is not here: its backoff decides when, not the
            # settle time.
            for account, runtime in await self._per_account(
                SENT_COPIES, rows, settle_one, "outbox.sent_copy_later"
            ):
                # The next look: when this account's oldest open question has waited
                # long enough.
                now = self.clock.now()
                settle = runtime.settings.follow_up.sent_settle
                waits = [
                    (r.sent_at or r.updated_at) + settle
                    for r in self.store.outbox.with_sent_copy(("open",))
                    if r.account == account
                ]
                if waits:
                    next_in = max((min(waits) - now).total_seconds(), 0) + 1
                    self._schedule_look(SENT_COPIES, account, next_in)

    async def _settle_sent_copy(
        self, row: OutboxRow, runtime: AccountRuntime, conns: Connections
    ) -> None:
        follow = runtime.settings.follow_up
        session = await conns.imap()
        folder = await conns.folder("sent")
        row = self.store.outbox.get(row.id)  # a sighting may have settled it meanwhile
        if row.sent_copy not in ("open", "appending"):
            return
        found = bool(
            row.message_id
            and await asyncio.to_thread(
                session.find_by_header, folder, "Message-ID", row.message_id
            )
        )
        now = self.clock.now()
        if row.sent_copy == "appending":
            # Our APPEND was cut short (a crash): add it only if it did not land.
            if found:
                self.store.outbox.update(row.id, now, sent_copy="appended")
            elif row.raw is not None:
                await self._append_sent_copy(row.id, runtime, conns, row.raw)
            return
        facts = self.store.outbox
        step = planner.sent_copy_step(
            follow.save_sent,
            facts.fact(row.account, PROVIDER_FILES_SENT),
            seen=found,
            waited=now - (row.sent_at or row.updated_at),
            settle=follow.sent_settle,
        )
        if step.learned is not None:
            facts.set_fact(row.account, PROVIDER_FILES_SENT, step.learned)
            self.log.info(
                "outbox.learned_provider_files_sent",
                account=row.account,
                value=step.learned,
                row=row.id,
            )
        if step.action == "skip":
            facts.update(row.id, now, sent_copy="filed" if found else None)
        elif step.action == "append" and row.raw is not None:
            await self._append_sent_copy(row.id, runtime, conns, row.raw)

    def _schedule_look(self, job: str, account: str, delay: float) -> None:
        """Run ``job`` for ``account`` in ``delay`` seconds: one timer per job and account
        (an earlier request replaces a later one, whose task is cancelled), and never
        before the backoff after a failed look has passed."""
        loop = asyncio.get_running_loop()
        slot = (job, account)
        at = max(loop.time() + delay, self._look_not_before.get(slot, 0.0))
        current = self._looks.get(slot)
        if current is not None and not current.task.done():
            if current.at <= at:
                return
            current.task.cancel()

        async def run() -> None:
            await asyncio.sleep(max(at - loop.time(), 0.0))
            if self._looks.get(slot) is look:
                del self._looks[slot]  # from here on, the job may plan the next look
            await self._run_look(job, account)

        task = loop.create_task(run())
        look = _Look(at=at, task=task)
        self._looks[slot] = look
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _look_failed(self, job: str, account: str) -> float:
        """Plan the retry of a look that failed with a mail error; returns its delay."""
        slot = (job, account)
        failures = self._look_failures.get(slot, 0) + 1
        self._look_failures[slot] = failures
        delay = _backoff(failures, LOOK_RETRY_FIRST)
        loop = asyncio.get_running_loop()
        self._look_not_before[slot] = loop.time() + delay
        current = self._looks.pop(slot, None)
        if current is not None:
            current.task.cancel()
        self._schedule_look(job, account, delay)
        return delay

    def _look_succeeded(self, job: str, account: str) -> None:
        self._look_failures.pop((job, account), None)
        self._look_not_before.pop((job, account), None)

    async def _run_look(self, job: str, account: str) -> None:
        if job == SENT_COPIES:
            await self.settle_sent_copies(only=account)
        elif job == RESOLVE:
            await self.resolve_sending(only=account)
        elif job == CLEAN_DRAFTS:
            await self.clean_drafts(only=account)

    def planned_looks(self) -> dict[tuple[str, str], float]:
        """Seconds until each planned look, by (job, account) (for status and tests)."""
        loop = asyncio.get_running_loop()
        return {
            slot: max(look.at - loop.time(), 0.0)
            for slot, look in self._looks.items()
            if not look.task.done()
        }

    def _transient_failure(self, row: OutboxRow, runtime: AccountRuntime, error: str) -> None:
        now = self.clock.now()
        current = self.store.outbox.get(row.id)
        first = current.first_attempt_at or now
        back = "drafted" if current.draft_key else "planned"
        if now - first > runtime.settings.follow_up.retry_for:
            self._permanent_failure(current, runtime, f"{error} (gave up after retrying)")
            return
        delay = _backoff(current.attempts, runtime.settings.follow_up.retry_delay.total_seconds())
        self.store.outbox.update(
            row.id, now, state=back, last_error=error, due_at=now + dt.timedelta(seconds=delay)
        )
        self.log.warning("outbox.retry", row=row.id, error=error, retry_in_s=delay)

    def _permanent_failure(self, row: OutboxRow, runtime: AccountRuntime, error: str) -> None:
        now = self.clock.now()
        self.store.outbox.update(row.id, now, state="failed", last_error=error)
        self.log.error("outbox.failed", row=row.id, error=error)
        if row.kind in TO_USER:
            return  # telling the user by mail is what just failed
        case, _ = self._case_round(row)
        draft = compose.compose_send_failed(
            compose.SendFailedInput(
                user_name=runtime.settings.display_name,
                company=case.company if case else None,
                role=case.role if case else None,
                recipient=row.recipient,
                error=error,
                planned_body=self.store.outbox.get(row.id).body,
            ),
            self.templates,
        )
        self.notify(
            row.account,
            f"failed:{row.id}",
            compose.NoticeInput(user_name=runtime.settings.display_name, headline=draft.subject),
            case_id=row.case_id,
        )
        notice = self.store.outbox.by_key(f"{NOTICE}:failed:{row.id}")
        if notice is not None and notice.state == "planned":
            self.store.outbox.update(notice.id, now, subject=draft.subject, body=draft.body)

    def _dropped_notice(
        self, row: OutboxRow, case: CaseRecord, runtime: AccountRuntime, wrote: dt.datetime
    ) -> None:
        draft = compose.compose_dropped_notice(
            compose.DroppedNoticeInput(
                user_name=runtime.settings.display_name,
                company=case.company,
                role=case.role,
                interviewer=row.recipient,
                user_message_at_local=wrote.astimezone(runtime.plan.user_zone),
            ),
            self.templates,
        )
        now = self.clock.now()
        notice = self.store.outbox.plan(
            key=f"{NOTICE}:dropped:{row.id}",
            account=row.account,
            kind=NOTICE,
            due_at=now,
            now=now,
            case_id=case.id,
        )
        self.store.outbox.update(notice.id, now, subject=draft.subject, body=draft.body)

    def _hold_missed(self, row: OutboxRow, case: CaseRecord, runtime: AccountRuntime) -> None:
        now = self.clock.now()
        reason = MISSED.format(id=row.id)
        self.store.outbox.update(row.id, now, state="held", reason=reason)
        zone = runtime.plan.user_zone
        self.notify(
            row.account,
            f"missed:{case.id}:{row.round_id}",
            compose.NoticeInput(
                user_name=runtime.settings.display_name,
                headline=f"Thank-yous not sent: {case.company or 'your interview'}",
                paragraphs=(
                    "The thank-yous for this interview were due "
                    f"{row.due_at.astimezone(zone).strftime('%a %d %b %H:%M %Z')}, while "
                    "followupd was not running. It is now too late to send them without "
                    "asking you.",
                    f"`followupd cases {case.id}` lists them with their numbers; "
                    "`followupd send NUMBER` sends one anyway.",
                ),
            ),
            case_id=case.id,
        )

    def _hold_for_notes(
        self, row: OutboxRow, case: CaseRecord, rnd: RoundRecord, runtime: AccountRuntime
    ) -> None:
        now = self.clock.now()
        self.store.outbox.update(row.id, now, state="held", reason=NOTES_MISSING)
        reminder = self.store.outbox.plan(
            key=f"{NOTES_REMINDER}:{rnd.id}",
            account=row.account,
            kind=NOTES_REMINDER,
            due_at=now,
            now=now,
            case_id=case.id,
            round_id=rnd.id,
        )
        self.log.info("outbox.held_for_notes", row=row.id, reminder=reminder.id)
        self.on_change()

    def _refuse(self, row: OutboxRow, runtime: AccountRuntime, reason: str) -> None:
        """A stop rule refused the row: a relay recipient is held and the user told how
        to reach the person (the thank-you is still wanted); anything else is cancelled."""
        if reason == RELAY and row.kind == THANK_YOU:
            self._hold_relay(row, runtime)
        else:
            self._finish(row, "cancelled", reason)

    def _hold_relay(self, row: OutboxRow, runtime: AccountRuntime) -> None:
        """Hold a thank-you addressed to a relay, and tell the user once (per row) whom
        it was for and how to give the person's own address."""
        self.store.outbox.update(row.id, self.clock.now(), state="held", reason=RELAY)
        if row.draft_key:
            # Its draft, addressed to the relay, must not wait in Drafts to be sent by hand.
            self._schedule_clean_drafts(row.account)
        case, _ = self._case_round(row)
        who = row.recipient.name or "the interviewer"
        name = row.recipient.name or "Their Name"
        self.notify(
            row.account,
            # Its own key: a later hold of this row for another reason still tells the user.
            f"relay:{row.id}",
            compose.NoticeInput(
                user_name=runtime.settings.display_name,
                headline=f"A thank-you waits for you: {case.company if case else who}",
                paragraphs=(
                    f"The thank-you to {who} was not sent: {row.recipient.email} is an "
                    "application system's address (a relay that came with the hiring mail, "
                    "or the system vendor's own domain), not one followupd can tell is a "
                    "person's own mailbox, and followupd never writes to one.",
                    f"If you know {who}'s own address, give it with "
                    f'`followupd note {row.case_id} "{name}: their.address@company.example"`'
                    " (or in your reply to the notes prompt): the thank-you then goes there, "
                    "as a draft to edit first if you review drafts.",
                    "Otherwise write to them yourself from your mail client; "
                    f"`followupd cases {row.case_id}` lists this thank-you as held.",
                ),
            ),
            case_id=row.case_id,
        )
        self.log.warning("outbox.held_relay", row=row.id, to=row.recipient.email)

    def _hold(self, row: OutboxRow, runtime: AccountRuntime, reason: str) -> None:
        """Hold a mail for the user to decide, and tell them once why."""
        self.store.outbox.update(row.id, self.clock.now(), state="held", reason=reason)
        if row.kind in TO_USER:
            return
        case, _ = self._case_round(row)
        who = row.recipient.name or row.recipient.email or "someone"
        self.notify(
            row.account,
            f"held:{row.id}",
            compose.NoticeInput(
                user_name=runtime.settings.display_name,
                headline=f"A thank-you waits for you: {case.company if case else who}",
                paragraphs=(
                    f"The thank-you to {who} was not sent: {reason}.",
                    f"`followupd cases {row.case_id}` shows it; once it is right, "
                    f"`followupd send {row.id}` sends it.",
                ),
            ),
            case_id=row.case_id,
        )

    def _finish(self, row: OutboxRow, state: str, reason: str) -> None:
        self.store.outbox.update(row.id, self.clock.now(), state=state, reason=reason)
        if state == "cancelled" and row.draft_key:
            self._schedule_clean_drafts(row.account)
        self.log.info("outbox.finished", row=row.id, kind=row.kind, state=state, reason=reason)

    def _dry_run_log(self, row: OutboxRow, what: str, **fields: Any) -> None:
        if row.id in self._dry_run_seen:
            return
        self._dry_run_seen.add(row.id)
        self.log.info(
            "dry_run." + what.replace(" ", "_"),
            row=row.id,
            kind=row.kind,
            case=row.case_id,
            **fields,
        )

    # -- resolving interrupted sends --------------------------------------------------------------

    async def resolve_sending(self, only: str | None = None) -> None:
        """Settle rows left 'sending' (a crash, a link cut during DATA) by the Sent check
        (``only``: for one account). A dry run only logs what it would look for."""
        async with self._lock:
            rows = [
                r
                for r in self.store.outbox.with_states(("sending",))
                if only is None or r.account == only
            ]
            if self.dry_run:
                for row in rows:
                    self._dry_run_log(row, "would resolve sending", message_id=row.message_id)
                return

            async def resolve_one(
                row: OutboxRow, runtime: AccountRuntime, conns: Connections
            ) -> bool:
                await self._resolve(row, runtime, conns)
                return True

            await self._per_account(RESOLVE, rows, resolve_one, "outbox.resolve_later")
        self.on_change()

    async def _per_account(
        self,
        look: str,
        rows: Sequence[OutboxRow],
        step: Callable[[OutboxRow, AccountRuntime, Connections], Awaitable[bool]],
        later_event: str,
    ) -> list[tuple[str, AccountRuntime]]:
        """Run ``step`` on each account's ``rows`` over one set of connections (a False from
        it stops everything). A mail error backs that account's ``look`` off; the accounts
        that went through are returned, in order."""
        done: list[tuple[str, AccountRuntime]] = []
        for account in sorted({r.account for r in rows}):
            runtime = self.accounts.get(account)
            if runtime is None:
                continue
            conns = Connections(runtime)
            try:
                for row in (r for r in rows if r.account == account):
                    if not await step(row, runtime, conns):
                        return done
            except MailError as exc:
                delay = self._look_failed(look, account)
                self.log.warning(later_event, account=account, error=str(exc), retry_in_s=delay)
                continue
            finally:
                await conns.close()
            self._look_succeeded(look, account)
            done.append((account, runtime))
        return done

    async def _resolve(self, row: OutboxRow, runtime: AccountRuntime, conns: Connections) -> None:
        now = self.clock.now()
        session = await conns.imap()
        folders = [await conns.folder("sent")]
        if row.kind in TO_USER:
            folders.append("INBOX")
        for folder in folders:
            if not row.message_id:
                break
            found = await asyncio.to_thread(
                session.find_by_header, folder, "Message-ID", row.message_id
            )
            if found:
                self.store.outbox.update(row.id, now, state="sent", sent_at=now)
                self.log.info("outbox.resolved_sent", row=row.id, folder=folder)
                return
        back = "drafted" if row.draft_key else "planned"
        files = self.store.outbox.fact(row.account, PROVIDER_FILES_SENT)
        settle = runtime.settings.follow_up.sent_settle
        if row.kind not in TO_USER and now - row.updated_at < settle:
            # A provider may file an accepted message some time after accepting it:
            # look again later before concluding that it never arrived.
            self._schedule_look(RESOLVE, row.account, settle.total_seconds() + 1)
            return
        if resolves_unsent(row.kind, files):
            # Mail to the user would be in the inbox, and a provider known to file would
            # have filed an accepted message: it was not delivered.
            self.store.outbox.update(row.id, now, state=back, due_at=now)
            self.log.info("outbox.resolved_unsent", row=row.id)
            return
        self.store.outbox.update(
            row.id,
            now,
            state="uncertain",
            reason="the connection broke while sending; it may or may not have arrived",
        )
        self.notify(
            row.account,
            f"uncertain:{row.id}",
            compose.NoticeInput(
                user_name=runtime.settings.display_name,
                headline="A thank-you may not have arrived",
                paragraphs=(
                    f"The connection to your mail server broke while the thank-you to "
                    f"{row.recipient.name or row.recipient.email} was being sent, and it is not "
                    "in your Sent folder. To avoid a double mail it will not be sent again "
                    "on its own.",
                    f"If you want it sent: followupd send {row.id}",
                ),
            ),
            case_id=row.case_id,
        )

    def mark_sent_seen(self, message_id: str, *, in_sent: bool = True) -> bool:
        """Our own message showed up (``in_sent``: in the Sent folder, else in the inbox):
        a 'sending' row is confirmed as sent, an open Sent-copy question is settled, and a
        copy in Sent that we did not add teaches that the provider files sent mail."""
        row = self.store.outbox.by_message_id(message_id)
        if row is None:
            return False
        now = self.clock.now()
        ours = row.sent_copy in ("appending", "appended", "failed")
        if row.state in ("sending", "uncertain"):
            self.store.outbox.update(row.id, now, state="sent", sent_at=now, reason=None)
            self.log.info("outbox.confirmed_by_sent_folder", row=row.id, was=row.state)
        elif row.state == "sent" and row.sent_copy == "open" and in_sent:
            # We added nothing yet, so this is the provider's filing: the question is
            # settled at the first sighting.
            self.store.outbox.update(row.id, now, sent_copy="filed")
        # A copy in Sent we did not add: only the provider can have put it there (whatever
        # save_sent says; a learned "no" was wrong, the provider was slower than settle).
        if (
            in_sent
            and not ours
            and row.state in ("sending", "uncertain", "sent")
            and self.store.outbox.fact(row.account, PROVIDER_FILES_SENT) != "yes"
        ):
            self.store.outbox.set_fact(row.account, PROVIDER_FILES_SENT, "yes")
            self.log.info(
                "outbox.learned_provider_files_sent",
                account=row.account,
                value="yes",
                row=row.id,
            )
        return True

    @property
    def dry_run_done(self) -> frozenset[int]:
        """Rows a dry run has already reported: not scheduled again in this run."""
        return frozenset(self._dry_run_seen)

    def _stopped(self) -> bool:
        return self.stopping

    async def close(self) -> None:
        """Stop taking work; wait for an in-flight pass to park (bounded by the caller)."""
        self.stopping = True
        for task in list(self._background):
            task.cancel()
        async with self._lock:
            pass


@dataclass(slots=True)
class _Look:
    """A planned look: when (loop time) and the task that waits for it."""

    at: float
    task: asyncio.Task[None]


def _person_from(sender: str | None) -> Person | None:
    if not sender:
        return None
    name, addr = email.utils.parseaddr(sender)
    return Person(name=name or None, email=addr.lower() or None)


def _topic(notes: RoundNotes | None, person: Person) -> str | None:
    if notes is None:
        return None
    email_addr = (person.email or "").lower()
    name = normalise(person.name or "")
    first = name.split()[0] if name else ""
    for _key, noted, topic in notes.topics:
        if email_addr and (noted.email or "").lower() == email_addr:
            return topic
        noted_name = normalise(noted.name or "")
        if name and noted_name and (noted_name in (name, first)):
            return topic
    return None


def resolves_unsent(kind: str, provider_files: str | None) -> bool:
    """Whether a send interrupted after the data went out, and not found afterwards, may
    be concluded "not delivered" (and so sent again).

    Only when its absence proves it: mail to the user is looked for in their inbox, and a
    provider known to file sent mail (``provider_files == "yes"``) would have put it in
    Sent. ``save_sent`` says nothing about the provider (``never`` only means we add no
    copy), so it does not count; otherwise the row is uncertain and the user decides.
    """
    return kind in TO_USER or provider_files == "yes"


def _backoff(attempts: int, first: float = 60.0) -> float:
    ceiling = min(3600.0, first * 2.0 ** min(max(attempts - 1, 0), 12))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def _read_draft(raw: bytes) -> tuple[str, str, list[str]] | None:
    """Subject, plain-text body and To addresses of a (possibly user-edited) draft."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body_part = msg.get_body(preferencelist=("plain",))
    if body_part is None:
        return None
    try:
        body = body_part.get_content()
    except (LookupError, UnicodeError):
        return None
    if not isinstance(body, str) or not body.strip():
        return None
    recipients = [
        addr for _, addr in email.utils.getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))
    ]
    return str(msg.get("Subject", "")), body, [r for r in recipients if r]


def draft_key(row: OutboxRow) -> str:
    """The draft-key header value of ``row``'s draft.

    The same on every attempt, so a draft placed just before a crash is found again; unique
    to the row and its database (the digest covers when the row was made), so a fresh
    database never adopts an older one's drafts. Short and fixed in form, because IMAP
    SEARCH HEADER matches substrings (RFC 3501 section 6.4.4) and long header values are
    clipped when written.
    """
    seed = f"{row.id}\0{row.key}\0{row.created_at.isoformat()}"
    return f"{row.kind}:{row.id}#{hashlib.sha256(seed.encode()).hexdigest()[:16]}"


@dataclass(frozen=True, slots=True)
class AdoptedDraft:
    """A draft found in the Drafts folder under a row's key."""

    message_id: str | None
    """Its Message-ID (without angle brackets), kept so the sent mail is recognised."""
    draft: compose.Draft | None
    """Its subject and text as they are now (the user's edit wins); None if unreadable."""


def read_adopted_draft(raw: bytes, sender: mailwriter.Sender) -> AdoptedDraft:
    """The Message-ID, subject and text of a draft found again in the Drafts folder.

    Its Message-ID is kept only when it is one of ours (see :func:`is_our_message_id`):
    anything else in that header is the user's or a client's, and a fresh one is used."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    message_id: str | None = str(msg.get("Message-ID", "")).strip().strip("<>").strip()
    if not (message_id and is_our_message_id(message_id, sender)):
        message_id = None  # a fresh one is written instead; never odd text in a header
    edited = _read_draft(raw)
    draft = None
    if edited is not None:
        subject, body, _ = edited
        draft = compose.Draft(subject=compose.header_safe(subject), body=body)
    return AdoptedDraft(message_id=message_id, draft=draft)


_OUR_MESSAGE_ID = re.compile(r"followup\.[A-Za-z0-9_-]{1,40}\.[0-9a-f]{20}@(.{1,200})")


def is_our_message_id(message_id: str, sender: mailwriter.Sender) -> bool:
    """Whether ``message_id`` (without brackets) has the form the daemon writes
    (:func:`daemon.mailwriter.new_message_id`, :func:`draft_message_id`) for ``sender``."""
    match = _OUR_MESSAGE_ID.fullmatch(message_id)
    return match is not None and match.group(1).lower() == sender.domain.lower()


def draft_message_id(sender: mailwriter.Sender, key: str) -> str:
    """The Message-ID of the draft under ``key``: derived from the key, so every attempt
    writes the same one and a draft is found again by Message-ID on servers that do not
    search X- headers."""
    digest = hashlib.sha256(f"draft\0{key}".encode()).hexdigest()[:20]
    return f"followup.thanks.{digest}@{sender.domain}"


def draft_matches(raw: bytes, recipient: str, body: str | None = None) -> bool:
    """Whether a draft is still what was placed: addressed to ``recipient`` alone and,
    when ``body`` is given, with that text (compared without regard to line breaks and
    spacing, which mail clients and servers rewrap)."""
    edited = _read_draft(raw)
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    to = {
        addr.lower()
        for _, addr in email.utils.getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))
        if addr
    }
    if to != {recipient.lower()}:
        return False
    if body is None:
        return True
    return edited is not None and " ".join(edited[1].split()) == " ".join(body.split())


class DraftConflict(Exception):
    """A draft under a row's key that cannot be adopted; the reason is for the user."""
