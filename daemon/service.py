"""The daemon core: one event loop owning the watchers, the scheduler and the database.

Data flows one way: mailbox (watchers) → understand (pipeline.analyse, in IMAP threads) →
store (pipeline.apply, on the loop) → planner → outbox. The database is the source of
truth; scheduler jobs are derived from it at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import signal
from collections.abc import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from daemon import pipeline
from daemon.clock import Clock, SystemClock
from daemon.config import AccountSettings, Config
from daemon.logs import get_logger, register_secret
from daemon.mailbox import ImapSession
from daemon.sdnotify import Notifier, watchdog_interval
from daemon.store import Store
from daemon.understand.model import Understanding
from daemon.watcher import Batch, FolderWatcher

STOP_GRACE_S = 8.0
"""How long watchers get to finish after a stop request (systemd's default is 90 s, ours 10)."""


def make_analyser(config: Config, account: AccountSettings) -> Callable[[bytes], Understanding]:
    """The pure classifier bound to this account's view of the world."""
    from daemon.understand import Context, understand  # noqa: PLC0415 - heavy import

    settings = config.settings
    context = Context(
        user_addresses=account.own_addresses,
        user_name=account.display_name,
        timezone=settings.timezone,
        date_order=settings.date_order,
    )
    return functools.partial(understand, ctx=context)


def make_policy(account: AccountSettings) -> pipeline.CasePolicy:
    """What case matching needs to know about this account."""
    from daemon.understand import load_lexicon  # noqa: PLC0415 - heavy import

    lexicon = load_lexicon()
    return pipeline.CasePolicy(
        own_addresses=account.own_addresses,
        excluded_domains=lexicon.freemail_domains
        | lexicon.ats_domains
        | lexicon.scheduling_domains,
    )


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
        self.dry_run = dry_run or config.settings.dry_run
        self.clock = clock or SystemClock()
        self.notifier = notifier or Notifier()
        self.log = get_logger()
        self.stop_event = asyncio.Event()
        self.store: Store | None = None
        self.watchers: list[FolderWatcher] = []
        self.scheduler: AsyncIOScheduler | None = None
        for secret in config.secrets.values():
            register_secret(secret.get_secret_value())

    def request_stop(self) -> None:
        """Begin a clean shutdown (signal handlers call this)."""
        if not self.stop_event.is_set():
            self.log.info("daemon.stopping")
            self.notifier.stopping()
            self.stop_event.set()
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
        self.scheduler.start()
        self.watchers = [
            self._make_watcher(account, folder)
            for account in self.config.settings.accounts
            for folder in account.watch.folders
        ]
        self.log.info(
            "daemon.starting",
            accounts=[a.name for a in self.config.settings.accounts],
            dry_run=self.dry_run,
            database=str(self.config.database_path),
        )
        try:
            tasks = [asyncio.create_task(w.run(self.stop_event)) for w in self.watchers]
            helpers = [
                asyncio.create_task(self._announce_ready()),
                asyncio.create_task(self._watchdog()),
            ]
            await self.stop_event.wait()
            _, pending = await asyncio.wait(tasks, timeout=STOP_GRACE_S)
            for task in (*pending, *helpers):
                task.cancel()
            await asyncio.gather(*pending, *helpers, return_exceptions=True)
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            self.store.close()
            self.log.info("daemon.stopped")
        return 0

    def _make_watcher(self, account: AccountSettings, folder: str) -> FolderWatcher:
        password = self.config.secret(account.name, "imap").get_secret_value()
        username = self.config.username(account, "imap")
        analyser = make_analyser(self.config, account)
        store = self._require_store()
        policy = make_policy(account)
        max_attempts = account.watch.max_attempts

        async def sink(batch: Batch) -> None:
            pipeline.apply(
                store,
                self.clock,
                account=batch.account,
                folder=batch.folder,
                uidvalidity=batch.uidvalidity,
                items=batch.items,
                highest_uid=batch.highest_uid,
                max_attempts=max_attempts,
                policy=policy,
            )
            for item in batch.items:
                self.log.debug(
                    "message.processed",
                    account=batch.account,
                    folder=batch.folder,
                    uid=item.uid,
                    message_id=item.message_id,
                    kind=str(item.understanding.kind) if item.understanding else None,
                    error=item.error,
                )

        return FolderWatcher(
            account=account,
            folder=folder,
            connect=functools.partial(ImapSession.connect, account.imap, username, password),
            analyse=functools.partial(pipeline.analyse, analyser=analyser),
            sink=sink,
            store=store,
            clock=self.clock,
            reconnect_min=account.watch.reconnect_min.total_seconds(),
            reconnect_max=account.watch.reconnect_max.total_seconds(),
        )

    def _require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("store not open")
        return self.store

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
            # Only ping while every watcher task is alive: a wedged loop or dead watcher
            # lets systemd restart us.
            self.notifier.watchdog()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), timeout=interval)

    def _reload_requested(self) -> None:
        self.log.warning("daemon.reload_unsupported", hint="restart the service to reload")
