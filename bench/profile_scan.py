"""Profile the IMAP-thread half of a first-start scan, in process, stage by stage.

    .venv/bin/python bench/profile_scan.py [--messages 5000] [--top 30] [--no-profile]

In the daemon the scan's work happens in the watcher's IMAP thread (FETCH and
``pipeline.analyse``), which cProfile run on ``python -m daemon`` never sees (it profiles
the main thread only). This script does the same calls in its main thread against a
private Dovecot filled with the benchmark corpus: the watcher's own ``_process`` path
(headers first, bodies for candidates) with the daemon's real analyser, timing each stage,
then the functions with the most own time. The database half runs on the daemon's event
loop and is measured by bench/run.py as a whole.

It also measures, on the same mailbox and session, the baseline (a bare header FETCH loop)
and a *floor*: the same FETCHes with a classifier that costs nothing but the standard
library's parsing of each header section and of each candidate's MIME tree. The floor's
ratio to the baseline bounds what any classifier built on the ``email`` package can reach.
Last, the transfers alone (the same FETCHes, nothing parsed): what the server and the IMAP
client cost, so what is left of the budget for parsing, classifying and storing.
"""

from __future__ import annotations

import argparse
import cProfile
import email
import functools
import os
import pstats
import shutil
import sys
import tempfile
import time
import types
from collections import Counter
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run as bench  # noqa: E402
from daemon import pipeline  # noqa: E402
from daemon.config import load_config  # noqa: E402
from daemon.mailbox import FETCH_BATCH, ImapSession  # noqa: E402
from daemon.service import make_analyser  # noqa: E402
from daemon.understand import Lexicon, may_settle_by_headers  # noqa: E402
from daemon.watcher import FolderWatcher, _bound_lexicon, _groups, header_settler  # noqa: E402


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
        _lexicon=lexicon,
        _settle=header_settler(analyser, lexicon),
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


def _read_whole(raw: bytes) -> int:
    """What any classifier must do at least: parse the MIME tree and decode its text parts."""
    msg = email.message_from_bytes(raw, policy=compat32)
    chars = 0
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                chars += len(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return chars


def floor_stages(session: ImapSession, folder: str, lexicon: Lexicon) -> Counter[str]:
    """The scan with a classifier that costs nothing but the standard library's parsing.

    Same FETCHes as the watcher (header sections of all, bodies of the candidates); each
    header section is parsed with the stdlib's fastest parser and each candidate read whole
    with it. Whatever a scan costs beyond this is the classifier and the database.
    """
    spent: Counter[str] = Counter()
    own = frozenset({bench.corpus.ME_ADDR})
    headers_parser = BytesHeaderParser(policy=compat32)
    t = time.perf_counter()
    session.examine(folder)
    uids = session.uids_after(0)
    for start in range(0, len(uids), FETCH_BATCH):
        chunk = uids[start : start + FETCH_BATCH]
        meta, headers = session.fetch_headers(chunk)
        now = time.perf_counter()
        spent["fetch_headers"] += now - t
        t = now
        settled = {}
        for uid, header in headers.items():
            headers_parser.parsebytes(header)
            if may_settle_by_headers(header, lexicon, own):
                settled[uid] = True
        spent["settled"] += len(settled)
        now = time.perf_counter()
        spent["parse_headers"] += now - t
        t = now
        for group in _groups(chunk, meta, {}):
            wanted = [u for u in group if u not in settled]
            messages = session.fetch_bodies(wanted, meta)
            now = time.perf_counter()
            spent["fetch_bodies"] += now - t
            t = now
            for message in messages:
                _read_whole(message.raw)
                spent["read whole"] += 1
            now = time.perf_counter()
            spent["parse_bodies"] += now - t
            t = now
    return spent


def transfer_stages(session: ImapSession, folder: str, lexicon: Lexicon) -> Counter[str]:
    """The scan's transfers alone: the same FETCHes as the floor (header sections of all,
    bodies of the candidates the header screen leaves), with no parsing at all beyond the
    screen's decision. What the server and the IMAP client cost; everything else is ours."""
    spent: Counter[str] = Counter()
    own = frozenset({bench.corpus.ME_ADDR})
    t = time.perf_counter()
    session.examine(folder)
    uids = session.uids_after(0)
    settled_by_uid = {}
    for start in range(0, len(uids), FETCH_BATCH):
        chunk = uids[start : start + FETCH_BATCH]
        _meta, headers = session.fetch_headers(chunk)
        for uid, header in headers.items():
            settled_by_uid[uid] = may_settle_by_headers(header, lexicon, own)
    # The screen's decisions are taken beforehand, so only transfers are timed below.
    t = time.perf_counter()
    for start in range(0, len(uids), FETCH_BATCH):
        chunk = uids[start : start + FETCH_BATCH]
        meta, _headers = session.fetch_headers(chunk)
        now = time.perf_counter()
        spent["fetch_headers"] += now - t
        t = now
        settled = {u: True for u in chunk if settled_by_uid.get(u)}
        spent["settled"] += len(settled)
        for group in _groups(chunk, meta, {}):
            wanted = [u for u in group if u not in settled]
            messages = session.fetch_bodies(wanted, meta)
            spent["read whole"] += len(messages)
            now = time.perf_counter()
            spent["fetch_bodies"] += now - t
            t = now
    return spent


def raw_header_fetch(session: ImapSession, folder: str) -> float:
    """The benchmark's baseline on this session: BODY.PEEK[HEADER], 500 UIDs a FETCH."""
    session.examine(folder)
    uids = session.uids_after(0)
    began = time.perf_counter()
    for start in range(0, len(uids), FETCH_BATCH):
        session.fetch_headers(uids[start : start + FETCH_BATCH])
    return len(uids) / (time.perf_counter() - began)


def _print_stages(label: str, count: int, took: float, spent: Counter[str]) -> None:
    print(f"{label}: {count} in {took:.2f}s = {count / took:.0f} msg/s")
    for stage, value in spent.items():
        if stage in ("settled", "analysed whole", "read whole"):
            print(f"  {stage:22} {value:7.0f} messages")
            continue
        share = value / took * 100
        per = value / count * 1e6
        print(f"  {stage:22} {value:7.2f}s {share:5.1f}%  {per:7.1f} us/msg")


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
            raw = max(raw_header_fetch(session, "INBOX") for _ in range(2))
            print(f"raw header fetch: {raw:.0f} msg/s (the benchmark's baseline)")
            for headers_first in (False, True):
                began, cpu = time.perf_counter(), time.process_time()
                spent = scan_stages(session, analyser, "INBOX", headers_first=headers_first)
                took, cpu = time.perf_counter() - began, time.process_time() - cpu
                label = "headers first" if headers_first else "whole messages"
                _print_stages(label, args.messages, took, spent)
                print(f"  ratio to raw fetch      {args.messages / took / raw:.3f}")
                # CPU time is what a busy shared machine disturbs least (wall time varies).
                print(f"  cpu of this process     {cpu / args.messages * 1e6:7.1f} us/msg")
            lexicon = _bound_lexicon(analyser)
            if lexicon is not None:
                began = time.perf_counter()
                spent = floor_stages(session, "INBOX", lexicon)
                took = time.perf_counter() - began
                _print_stages("floor (stdlib parsing only)", args.messages, took, spent)
                print(f"  ratio to raw fetch      {args.messages / took / raw:.3f}")
                spent = transfer_stages(session, "INBOX", lexicon)
                took = sum(v for k, v in spent.items() if k.startswith("fetch"))
                _print_stages("transfers only (no parsing)", args.messages, took, spent)
                print(f"  ratio to raw fetch      {args.messages / took / raw:.3f}")
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
