"""Profile the IMAP-thread half of a first-start scan, in process, stage by stage.

    .venv/bin/python bench/profile_scan.py [--messages 5000] [--top 30] [--no-profile]

In the daemon the scan's work happens in the watcher's IMAP thread (FETCH and
``pipeline.analyse``), which cProfile run on ``python -m daemon`` never sees (it profiles
the main thread only). This script does the same calls in its main thread against a
private Dovecot filled with the benchmark corpus: the watcher's own ``_process`` path
(headers first, bodies for candidates) with the daemon's real analyser, timing each stage,
then the functions with the most own time. The database half runs on the daemon's event
loop and is measured by bench/run.py as a whole.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import shutil
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run as bench  # noqa: E402
from daemon import pipeline  # noqa: E402
from daemon.config import load_config  # noqa: E402
from daemon.mailbox import FETCH_BATCH, ImapSession  # noqa: E402
from daemon.service import make_analyser  # noqa: E402
from daemon.watcher import FolderWatcher, _bound_lexicon, _domains_of, _groups  # noqa: E402


def scan_stages(
    session: ImapSession, analyser: pipeline.Analyser, folder: str, *, headers_first: bool
) -> Counter[str]:
    """Walk ``folder`` like a first-start scan; seconds per stage (and message counts).

    ``headers_first`` is the watcher's path (FolderWatcher._screen, then bodies of the
    candidates only); without it every body is fetched and analysed (the old path).
    """
    spent: Counter[str] = Counter()
    analyse = functools.partial(pipeline.analyse, analyser=analyser)
    lexicon = _bound_lexicon(analyser)
    shim = types.SimpleNamespace(
        _analyse=analyse,
        _own=frozenset({bench.corpus.ME_ADDR}),
        _system_domains=_domains_of(lexicon) if lexicon else None,
    )

    def timed(stage: str, began: float) -> float:
        now = time.perf_counter()
        spent[stage] += now - began
        return now

    t = time.perf_counter()
    session.examine(folder)
    uids = session.uids_after(0)
    t = timed("search", t)
    for start in range(0, len(uids), FETCH_BATCH):
        chunk = uids[start : start + FETCH_BATCH]
        settled: dict[int, pipeline.Analysed] = {}
        if headers_first:
            meta, settled = FolderWatcher._screen(shim, session, chunk)  # type: ignore[arg-type]
            spent["settled"] += len(settled)
            t = timed("fetch_headers+screen", t)
        else:
            meta = session.fetch_meta(chunk)
            t = timed("fetch_meta", t)
        for group in _groups(chunk, meta, settled):
            wanted = [u for u in group if u not in settled]
            messages = session.fetch_bodies(wanted, meta)
            t = timed("fetch_bodies", t)
            for message in messages:
                analyse(message)
                spent["analysed whole"] += 1
            t = timed("analyse", t)
    return spent


def main() -> int:
    """Inject, then run the scan stages (once plain for timings, once under cProfile)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="followup-prof-", dir="/tmp"))
    os.chmod(workdir, 0o755)
    run = bench.Run(bench.Mode("profile", 1, args.messages, 0, 0, 0, 0), workdir)
    try:
        run.dovecot.start()
        run.dovecot.add_user("large", run.passwords["large"])
        now = bench.dt.datetime.now(bench.dt.UTC)
        items = bench.corpus.messages(args.messages, 7, now)
        run.dovecot.append_many("large", "INBOX", ({"msg": g.raw, "date": g.date} for g in items))
        config = load_config(run.config("large", "daemon"))
        account = config.settings.accounts[0]
        password = config.secret(account.name, "imap").get_secret_value()
        session = ImapSession.connect(account.imap, config.username(account, "imap"), password)
        analyser = make_analyser(config, account)
        try:
            scan_stages(session, analyser, "INBOX", headers_first=False)  # warm caches
            for headers_first in (False, True):
                began = time.perf_counter()
                spent = scan_stages(session, analyser, "INBOX", headers_first=headers_first)
                took = time.perf_counter() - began
                label = "headers first" if headers_first else "whole messages"
                print(f"{label}: {args.messages} in {took:.2f}s = {args.messages / took:.0f} msg/s")
                for stage, value in spent.items():
                    if stage in ("settled", "analysed whole"):
                        print(f"  {stage:22} {value:7.0f} messages")
                        continue
                    share = value / took * 100
                    per = value / args.messages * 1e6
                    print(f"  {stage:22} {value:7.2f}s {share:5.1f}%  {per:7.1f} us/msg")
            if not args.no_profile:
                profile = cProfile.Profile()
                profile.enable()
                scan_stages(session, analyser, "INBOX", headers_first=True)
                profile.disable()
                pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
        finally:
            session.close()
    finally:
        run.dovecot.cleanup()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
