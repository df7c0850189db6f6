"""The daemon core: one event loop owning the watchers, the outbox, the scheduler and the
database.

Data flows one way: mailbox (watchers) → understand (pipeline.analyse, in IMAP threads) →
cases (pipeline.apply, on the loop) → planner → outbox → SMTP/IMAP. The database is the
source of truth; scheduler jobs are derived from the outbox at start and whenever a row
changes, so a restart loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import signal
from collections.abc import Callable, Coroutine
from typing import Any, Literal
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from daemon import compose, mailwriter, pipeline
from daemon.clock import Clock, SystemClock
from daemon.config import AccountSettings, Config, template_overrides
from daemon.errors import TransientMailError
from daemon.hiring_threads import HiringThreads
from daemon.logs import get_logger, register_secret
from daemon.mailbox import ImapSession
from daemon.outbox import AccountRuntime, Outbox
from daemon.planner import PlanSettings
from daemon.sdnotify import Notifier, watchdog_interval
from daemon.store import Store
from daemon.timing import BusinessCalendar, SendRule
from daemon.understand import Lexicon
from daemon.understand.model import Understanding
from daemon.watcher import Backoff, Batch, FolderWatcher

STOP_GRACE_S = 8.0
"""How long watchers and an in-flight send get to finish after a stop request."""
HOUSEKEEPING_S = 300.0
"""Safety net: how often the whole outbox is re-planned even when nothing seems to change."""
SHELL_CHECK_S = 2.0
"""How often to look (cheaply, PRAGMA data_version) for changes made from the shell."""


def make_analyser(
    config: Config,
    account: AccountSettings,
    lexicon: Lexicon | None = None,
    *,
    filed: bool = False,
    hiring_threads: HiringThreads | None = None,
) -> Callable[[bytes], Understanding]:
    """The pure classifier bound to this account's view of the world (``filed``: for the
    interview folder, where the user's filing says the mail is an interview;
    ``hiring_threads``: the threads the store knows as hiring mail, in which a reply is
    read as about the user's candidacy)."""
    from daemon.understand import Context, load_lexicon, understand  # noqa: PLC0415

    settings = config.settings
    context = Context(
        user_addresses=account.own_addresses,
        user_name=account.display_name,
        timezone=settings.timezone,
        date_order=settings.date_order,
        lexicon=lexicon
        if lexicon is not None
        else load_lexicon(settings.lexicon, settings.languages),
        learned=settings.learned_model,
    )
    return functools.partial(
        understand, ctx=context, filed_as_interview=filed, hiring_thread=hiring_threads
    )


def load_config_lexicon(config: Config) -> Lexicon:
    """The lexicon ``config`` asks for: built once per loaded config, then shared by every
    watcher, policy and runtime. The shipped languages alone take about 0.1 s (their
    phrases compile on first use); a user's lexicon file makes every phrase compile up
    front, so that a bad pattern stops the start (about 1 s)."""
    from daemon.understand import load_lexicon  # noqa: PLC0415 - heavy import

    return load_lexicon(config.settings.lexicon, config.settings.languages)


def make_policy(
    config: Config, account: AccountSettings, lexicon: Lexicon | None = None
) -> pipeline.CasePolicy:
    """What case matching needs to know about this account."""
    if lexicon is None:
        lexicon = load_config_lexicon(config)
    return pipeline.CasePolicy(
        own_addresses=account.own_addresses,
        excluded_domains=lexicon.freemail_domains
        | lexicon.ats_domains
        | lexicon.scheduling_domains,
        call_after=account.follow_up.call_wait,
        relay_domains=lexicon.ats_domains,
        lexicon=lexicon,
    )


def secret_source(
    config: Config, account: str, server: Literal["imap", "smtp"]
) -> Callable[[], str]:
    """The password, or a fresh OAuth2 access token at each call."""
    source = config.token_sources.get((account, server))
    if source is not None:
        return source.access_token
    value = config.secret(account, server).get_secret_value()
    return lambda: value


def make_runtime(
    config: Config, account: AccountSettings, lexicon: Lexicon | None = None
) -> AccountRuntime:
    """Everything the outbox needs to act for ``account``."""
    if lexicon is None:
        lexicon = load_config_lexicon(config)
    follow = account.follow_up
    imap_secret = secret_source(config, account.name, "imap")
    return AccountRuntime(
        settings=account,
        sender=mailwriter.Sender(name=account.display_name, email=account.email),
        plan=PlanSettings(
            notes_delay=follow.notes_delay,
            rule=SendRule.parse(follow.thank_you),
            calendar=BusinessCalendar(
                country=follow.holidays.country, subdivision=follow.holidays.subdivision
            ),
            user_zone=ZoneInfo(config.settings.timezone),
            call_after=follow.call_after,
            linkedin_after=follow.linkedin_after,
            grace=follow.grace,
        ),
        imap_connect=functools.partial(
            ImapSession.connect, account.imap, config.username(account, "imap"), imap_secret
        ),
        smtp_username=config.username(account, "smtp"),
        smtp_secret=secret_source(config, account.name, "smtp"),
        lexicon=lexicon,
    )


def _sent_folder(account: AccountSettings, session: ImapSession) -> str:
    configured = account.watch.sent_folder
    if configured != "auto":
        return configured
    return session.special_folders().get("\\Sent", "Sent")


def _interview_folder(
    account: AccountSettings, session: ImapSession, *, create: bool
) -> str | None:
    """The account's interview folder, created on the server when missing (not in dry-run,
    which writes nothing to the mailbox); None when it is not there."""
    folder = account.watch.interview_folder
    if folder is None:
        return None
    try:
        there = session.ensure_folder(folder, create=create)
    except TransientMailError as exc:
        # The server refused CREATE (a name it forbids, or one that needs its namespace
        # prefix such as "INBOX."): retrying would never succeed and would hold up the
        # account's readiness and sends, so it is said once and the folder left unwatched.
        get_logger(account=account.name, folder=folder).warning(
            "imap.folder_create_failed",
            error=str(exc),
            action="create it in your mail client (the name as the server lists it)",
        )
        return None
    return folder if there else None


class Daemon:
    """``followupd run``."""

    def __init__(
        self,
        config: Config,
        *,
        dry_run: bool = False,
        clock: Clock | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        self.config = config
        self._cli_dry_run = dry_run
        self.dry_run = dry_run or config.settings.dry_run
        self.clock = clock or SystemClock()
        self.notifier = notifier or Notifier()
        self.log = get_logger()
        self.stop_event = asyncio.Event()
        self.store: Store | None = None
        self.outbox: Outbox | None = None
        self.lexicon: Lexicon | None = None
        """Built once per loaded config (off the event loop) and shared by all users."""
        self.watchers: list[FolderWatcher] = []
        self.scheduler: AsyncIOScheduler | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._data_version = 0
        self._watch_stop = asyncio.Event()
        self._watch_tasks: list[asyncio.Task[None]] = []
        self._reloading = asyncio.Lock()
        self._hiring_threads: dict[str, HiringThreads] = {}
        """Per account, shared by its watchers; seeded from the store when first needed."""
        for secret in config.secrets.values():
            register_secret(secret.get_secret_value())

    def request_stop(self) -> None:
        """Begin a clean shutdown (signal handlers call this)."""
        if not self.stop_event.is_set():
            self.log.info("daemon.stopping")
            self.notifier.stopping()
            self.stop_event.set()
            self._watch_stop.set()
            if self.outbox is not None:
                self.outbox.stopping = True
            for watcher in self.watchers:
                watcher.request_stop()

    async def run(self) -> int:
        """Run until stopped; returns the process exit status."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.request_stop)
        loop.add_signal_handler(signal.SIGHUP, self._reload_requested)
        self.store = Store.open(self.config.database_path)
        self.scheduler = AsyncIOScheduler(event_loop=loop, timezone="UTC")
        lexicon = await asyncio.to_thread(load_config_lexicon, self.config)
        self.lexicon = lexicon
        self.outbox = Outbox(
            self.config,
            self.store,
            self.clock,
            {a.name: make_runtime(self.config, a, lexicon) for a in self.config.settings.accounts},
            dry_run=self.dry_run,
            templates=compose.Templates(template_overrides(self.config.settings)),
            on_change=self._sync_jobs,
        )
        self.scheduler.start()
        self.watchers = self._make_watchers(lexicon)
        self.log.info(
            "daemon.starting",
            accounts=[a.name for a in self.config.settings.accounts],
            dry_run=self.dry_run,
            database=str(self.config.database_path),
        )
        try:
            self._watch_tasks = [
                asyncio.create_task(self._watch(w, self._watch_stop)) for w in self.watchers
            ]
            helpers = [
                asyncio.create_task(self._start_outbox()),
                asyncio.create_task(self._mark_accounts_ready(self.watchers)),
                asyncio.create_task(self._announce_ready()),
                asyncio.create_task(self._watchdog()),
            ]
            await self.stop_event.wait()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.outbox.close(), timeout=STOP_GRACE_S)
            _, pending = await asyncio.wait(self._watch_tasks, timeout=STOP_GRACE_S)
            for task in (*pending, *helpers, *self._tasks):
                task.cancel()
            await asyncio.gather(*pending, *helpers, *self._tasks, return_exceptions=True)
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            self.store.close()
            self.log.info("daemon.stopped")
        return 0

    # -- watchers ------------------------------------------------------------------------------

    async def _watch(self, watcher: FolderWatcher, stop: asyncio.Event) -> None:
        """Run ``watcher`` until ``stop``, restarting it after an unexpected error.

        The watcher retries mail errors itself; anything else (the database locked by
        another process or the disk full, raised by the pipeline's commit) used to end its
        task silently while the daemon looked healthy. Nothing is lost by restarting: the
        failed batch was rolled back, so its UIDs are fetched again.
        """
        watch = watcher.account.watch
        backoff = Backoff(watch.reconnect_min.total_seconds(), watch.reconnect_max.total_seconds())
        while not stop.is_set():
            try:
                await watcher.run(stop)
                return
            except Exception as exc:  # noqa: BLE001 - logged, then the watcher is restarted
                delay = backoff.next_delay()
                self.log.error(  # noqa: TRY400 - one line that says why; the cause is in it
                    "watcher.failed",
                    account=watcher.account.name,
                    folder=watcher.folder,
                    error=f"{type(exc).__name__}: {exc}",
                    retry_in_s=round(delay, 1),
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)

    def _make_watchers(self, lexicon: Lexicon) -> list[FolderWatcher]:
        accounts = self.config.settings.accounts
        return (
            [
                self._make_watcher(account, folder, lexicon)
                for account in accounts
                for folder in account.watch.folders
            ]
            + [
                self._make_watcher(account, folder, lexicon, role="filed")
                for account in accounts
                if (folder := account.watch.interview_folder) is not None
            ]
            + [self._make_watcher(account, "Sent", lexicon, role="sent") for account in accounts]
        )

    def _make_watcher(
        self, account: AccountSettings, folder: str, lexicon: Lexicon, *, role: str = "inbox"
    ) -> FolderWatcher:
        store = self._require_store()
        threads = self._hiring_threads.get(account.name)
        if threads is None:
            threads = self._hiring_threads[account.name] = HiringThreads.from_store(
                store, account.name
            )
        analyser = make_analyser(
            self.config, account, lexicon, filed=role == "filed", hiring_threads=threads
        )
        policy = make_policy(self.config, account, lexicon)
        max_attempts = account.watch.max_attempts

        async def sink(batch: Batch) -> None:
            effects = pipeline.apply(
                store,
                self.clock,
                account=batch.account,
                folder=batch.folder,
                uidvalidity=batch.uidvalidity,
                items=batch.items,
                highest_uid=batch.highest_uid,
                max_attempts=max_attempts,
                policy=policy,
                sent_folder=role == "sent",
                filed_folder=role == "filed",
            )
            for item in batch.items:
                threads.add(
                    item.message_id, item.understanding.kind if item.understanding else None
                )
                self.log.debug(
                    "message.processed",
                    account=batch.account,
                    folder=batch.folder,
                    uid=item.uid,
                    message_id=item.message_id,
                    kind=str(item.understanding.kind) if item.understanding else None,
                    error=item.error,
                )
            self._after(effects)

        return FolderWatcher(
            account=account,
            folder=folder,
            connect=functools.partial(
                ImapSession.connect,
                account.imap,
                self.config.username(account, "imap"),
                secret_source(self.config, account.name, "imap"),
            ),
            analyse=functools.partial(pipeline.analyse, analyser=analyser),
            sink=sink,
            store=store,
            clock=self.clock,
            reconnect_min=account.watch.reconnect_min.total_seconds(),
            reconnect_max=account.watch.reconnect_max.total_seconds(),
            resolve_folder=self._folder_resolver(account, role),
            role=role,
            lexicon=lexicon,
        )

    def _folder_resolver(
        self, account: AccountSettings, role: str
    ) -> Callable[[ImapSession], str | None] | None:
        if role == "sent":
            return functools.partial(_sent_folder, account)
        if role == "filed":
            return functools.partial(_interview_folder, account, create=not self.dry_run)
        return None

    def _after(self, effects: pipeline.Effects) -> None:
        outbox = self._require_outbox()
        # The jobs are re-derived once, at the end, whatever the replans changed.
        with outbox.changes_batched(report=False):
            for message_id in effects.sent_seen:
                outbox.mark_sent_seen(message_id, in_sent=message_id in effects.filed_seen)
            for case_id in sorted(effects.cases):
                outbox.replan(case_id)
        for round_id in sorted(effects.notes_for_rounds):
            self._spawn(outbox.prepare_round(round_id))
        self._sync_jobs()

    # -- outbox and scheduler ------------------------------------------------------------------

    async def _start_outbox(self) -> None:
        outbox = self._require_outbox()
        outbox.replan_all()
        await outbox.resolve_sending()
        await outbox.settle_sent_copies()
        await outbox.clean_drafts()
        self._sync_jobs()
        assert self.scheduler is not None
        self.scheduler.add_job(
            self._housekeeping,
            "interval",
            seconds=HOUSEKEEPING_S,
            id="housekeeping",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
        self._data_version = self._require_store().data_version()
        self.scheduler.add_job(
            self._shell_check,
            "interval",
            seconds=SHELL_CHECK_S,
            id="shell-check",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
        await outbox.run_due()

    async def _shell_check(self) -> None:
        """`followupd note` / `send` wrote to the database: act on it now."""
        version = self._require_store().data_version()
        if version != self._data_version:
            self._data_version = version
            await self._housekeeping()

    async def _housekeeping(self) -> None:
        """Pick up what the shell changed (notes, `followupd send`) and anything overdue."""
        outbox = self._require_outbox()
        store = self._require_store()
        outbox.replan_all()
        waiting = {
            r.round_id
            for r in store.outbox.with_states(("planned", "held"))
            if r.kind == "thank_you" and r.round_id is not None
        }
        for round_id in sorted(waiting):
            if store.outbox.notes(round_id) is not None:
                await outbox.prepare_round(round_id)
        self._sync_jobs()
        await outbox.run_due()

    def _sync_jobs(self) -> None:
        """Make the scheduler's jobs match the outbox's planned and drafted rows."""
        if self.scheduler is None or self.store is None or self.stop_event.is_set():
            return
        now = self.clock.now()
        wanted: dict[str, dt.datetime] = {}
        done = self.outbox.dry_run_done if self.outbox is not None else frozenset()
        ready = self.outbox.ready_accounts if self.outbox is not None else frozenset()
        for row in self.store.outbox.with_states(("planned", "drafted")):
            # Rows of accounts not configured (any more) or whose inbox has not been read
            # since start wait; otherwise a due row would fire again at once, forever.
            if row.id not in done and row.account in ready:
                wanted[f"outbox-{row.id}"] = max(row.due_at, now)
        for job in self.scheduler.get_jobs():
            if job.id.startswith("outbox-") and job.id not in wanted:
                job.remove()
        for job_id, when in wanted.items():
            existing = self.scheduler.get_job(job_id)
            if existing is not None and existing.next_run_time == when:
                continue
            self.scheduler.add_job(
                self._run_due,
                "date",
                run_date=when,
                id=job_id,
                replace_existing=True,
                misfire_grace_time=None,
                coalesce=True,
            )

    async def _run_due(self) -> None:
        await self._require_outbox().run_due()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("store not open")
        return self.store

    def _require_outbox(self) -> Outbox:
        if self.outbox is None:
            raise RuntimeError("outbox not ready")
        return self.outbox

    # -- systemd -------------------------------------------------------------------------------

    async def _mark_accounts_ready(self, watchers: list[FolderWatcher]) -> None:
        """Mail goes out for an account only once its folders were read since start: a
        rejection that arrived overnight must be seen before a thank-you is sent."""
        for account in self.config.settings.accounts:
            mine = [w for w in watchers if w.account.name == account.name]
            await asyncio.gather(*(w.caught_up.wait() for w in mine))
            outbox = self._require_outbox()
            outbox.ready_accounts = outbox.ready_accounts | {account.name}
            self._sync_jobs()
            await outbox.run_due()

    async def _announce_ready(self) -> None:
        await asyncio.gather(*(w.logged_in.wait() for w in self.watchers))
        await asyncio.gather(*(w.caught_up.wait() for w in self.watchers))
        self.log.info("daemon.ready", watchers=len(self.watchers))
        self.notifier.ready(f"watching {len(self.watchers)} folder(s)")

    async def _watchdog(self) -> None:
        interval = watchdog_interval()
        if interval is None:
            return
        while not self.stop_event.is_set():
            # Only ping while every watcher task is alive and its IMAP thread answers: a
            # wedged loop or a dead watcher lets systemd restart us (WatchdogSec=).
            if self.watchers_alive():
                self.notifier.watchdog()
            else:
                self.log.error("daemon.watchdog_withheld", reason="a watcher is not running")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), timeout=interval)

    def watchers_alive(self) -> bool:
        """True when every watcher task runs (a reload in progress counts as alive)."""
        if self._reloading.locked():
            return True
        return bool(self._watch_tasks) and not any(t.done() for t in self._watch_tasks)

    def _reload_requested(self) -> None:
        async def reload() -> None:
            await self.reload()

        self._spawn(reload())

    async def reload(self) -> bool:
        """SIGHUP: load the config again; a valid one replaces the running one without
        losing state (the database stays, jobs are re-derived, never duplicated), an
        invalid one is logged and the old one keeps running."""
        from daemon.config import load_config  # noqa: PLC0415
        from daemon.errors import ConfigError  # noqa: PLC0415
        from daemon.understand import LexiconError  # noqa: PLC0415

        async with self._reloading:
            if self.stop_event.is_set():
                return False
            try:
                config = await asyncio.to_thread(load_config, self.config.path)
                # Built here, off the loop, once for every watcher, policy and runtime.
                lexicon = await asyncio.to_thread(load_config_lexicon, config)
            except (ConfigError, LexiconError, OSError) as exc:
                self.log.error(  # noqa: TRY400 - one clear line, not a traceback
                    "daemon.reload_failed", error=str(exc), action="kept the old config"
                )
                self.notifier.status("config reload failed; running the previous config")
                return False
            for secret in config.secrets.values():
                register_secret(secret.get_secret_value())
            self.log.info("daemon.reloading", config=str(config.path))
            # Park the old watchers (they resume from the database), then start anew.
            self._watch_stop.set()
            for watcher in self.watchers:
                watcher.request_stop()
            await asyncio.wait(self._watch_tasks, timeout=STOP_GRACE_S)
            for task in self._watch_tasks:
                task.cancel()
            self.config = config
            self.dry_run = self._cli_dry_run or config.settings.dry_run
            outbox = self._require_outbox()
            outbox.config = config
            outbox.dry_run = self.dry_run
            outbox.templates = compose.Templates(template_overrides(config.settings))
            outbox.accounts = {
                a.name: make_runtime(config, a, lexicon) for a in config.settings.accounts
            }
            self.lexicon = lexicon
            self._watch_stop = asyncio.Event()
            self.watchers = self._make_watchers(lexicon)
            self._watch_tasks = [
                asyncio.create_task(self._watch(w, self._watch_stop)) for w in self.watchers
            ]
            self._spawn(self._mark_accounts_ready(self.watchers))
            outbox.replan_all()
            self._sync_jobs()
            self.log.info("daemon.reloaded", watchers=len(self.watchers), dry_run=self.dry_run)
            self.notifier.status(f"reloaded; watching {len(self.watchers)} folder(s)")
            return True
