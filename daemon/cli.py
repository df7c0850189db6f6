"""The ``followupd`` command line.

Every user-facing failure ends in one clear line and a sysexits status (78 for bad
configuration), never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daemon import __version__, logs

if TYPE_CHECKING:
    from daemon.store import Store
from daemon.config import Config, load_config
from daemon.errors import (
    EX_CONFIG,
    EX_SOFTWARE,
    EX_UNAVAILABLE,
    AuthError,
    ConfigError,
    ConnectError,
    MailError,
    StoreError,
    StoreNotReady,
    TLSError,
)

PROG = "followupd"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to render --help in docs)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="interview-followup: watches your inbox for interviews and makes sure "
        "you follow up (notes, thank-yous, calls).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        help="configuration file (default: ~/.config/interview-followup/config.yaml)",
    )
    parser.add_argument(
        "--log-level",
        choices=("debug", "info", "warning", "error"),
        help="log verbosity (default: the config's log_level, else info)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="run the daemon (what systemd starts)")
    run.add_argument(
        "--dry-run",
        action="store_true",
        help="never send mail or write to the mailbox; log what would be done",
    )

    commands.add_parser(
        "check",
        help="validate the config, log in to IMAP and SMTP, report what the servers offer",
    )

    status = commands.add_parser("status", help="accounts, last sync, messages, failures")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    cases = commands.add_parser("cases", help="list cases, or show one case's timeline")
    cases.add_argument("case", nargs="?", type=int, metavar="CASE", help="case number")
    cases.add_argument("--json", action="store_true", help="machine-readable output")

    note = commands.add_parser(
        "note", help="add notes for a case from the shell (same format as the mail reply)"
    )
    note.add_argument("case", type=int, metavar="CASE", help="case number")
    note.add_argument(
        "text",
        metavar="TEXT",
        help='e.g. "Sarah: project management in China" (one line per person; '
        '"All:", "Idea:", "Gut:" lines; "Sarah Connor <sarah@acme.com>" for an address)',
    )
    note.add_argument("--round", type=int, help="the round (default: the latest that started)")

    done = commands.add_parser("done", help="close a case: nothing more is sent or chased")
    done.add_argument("case", type=int, metavar="CASE", help="case number")
    snooze = commands.add_parser("snooze", help="check on a case again later")
    snooze.add_argument("case", type=int, metavar="CASE", help="case number")
    snooze.add_argument("duration", help="e.g. 2d, 36h, 1w, PT30M")

    send = commands.add_parser(
        "send", help="send a held mail anyway (one that was missed or is in doubt)"
    )
    send.add_argument("row", type=int, metavar="ID", help="the outbox id (see `followupd cases`)")
    send.add_argument(
        "--force", action="store_true", help="also when it may have been delivered already"
    )

    inspect = commands.add_parser(
        "inspect", help="show what the daemon understands of .eml files (no server needed)"
    )
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="one JSON object per line")
    inspect.add_argument(
        "--filed",
        action="store_true",
        help="read each file as mail copied into the interview folder (see interview_folder)",
    )

    init = commands.add_parser(
        "init",
        help="interactive set-up: write a commented config (0600), then run check",
        description="Asks for your address, name, time zone, mail provider and where the "
        "secret is kept, writes the config (to --config or the default path) and runs "
        "`followupd check`. With --yes nothing is asked: flags and defaults are used.",
    )
    from daemon.wizard import add_arguments as add_init_arguments  # noqa: PLC0415

    add_init_arguments(init)

    auth = commands.add_parser(
        "auth", help="sign an account in with OAuth2 once (device code or browser)"
    )
    auth.add_argument("account", metavar="ACCOUNT", help="the account's name in the config")
    auth.add_argument(
        "--flow",
        choices=("device", "loopback"),
        help="device: enter a code on any device; loopback: a browser on this computer "
        "(default: loopback for Google, whose device flow refuses mail access; else device)",
    )
    auth.add_argument(
        "--no-browser", action="store_true", help="print the sign-in address, do not open it"
    )

    commands.add_parser(
        "config-schema", help="print the JSON Schema of the config file (for editors)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``followupd`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except ConfigError as exc:
        print(f"{PROG}: config error: {exc}", file=sys.stderr)
        return EX_CONFIG
    except StoreError as exc:
        print(f"{PROG}: state error: {exc}", file=sys.stderr)
        return EX_SOFTWARE
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    command: str = args.command
    if command == "inspect":
        from daemon.inspect import run_inspect  # noqa: PLC0415 - keeps `--help` fast

        config = load_config(args.config) if args.config else None
        logs.configure(args.log_level or "warning")
        return run_inspect(args.files, config=config, as_json_lines=args.json, filed=args.filed)
    if command == "config-schema":
        from daemon.schema import run_config_schema  # noqa: PLC0415

        return run_config_schema()
    if command == "init":
        from daemon.wizard import run_init  # noqa: PLC0415

        logs.configure(args.log_level or "warning")
        return run_init(args, check=lambda cfg: asyncio.run(_check(cfg)))
    config = load_config(args.config)
    logs.configure(args.log_level or config.settings.log_level)
    log = logs.get_logger()
    for warning in config.warnings:
        log.warning("config.warning", message=warning)
    if command == "run":
        from daemon.service import Daemon  # noqa: PLC0415

        return asyncio.run(Daemon(config, dry_run=args.dry_run).run())
    if command == "check":
        return asyncio.run(_check(config))
    if command == "status":
        return _status(config, as_json=args.json)
    if command == "note":
        return _note(config, args.case, args.text, args.round)
    if command in ("done", "snooze"):
        return _case_command(config, command, args.case, getattr(args, "duration", None))
    if command == "send":
        return _send(config, args.row, force=args.force)
    if command == "cases":
        return _cases(config, args.case, as_json=args.json)
    if command == "auth":
        from daemon.oauth2 import run_auth  # noqa: PLC0415

        return run_auth(config, args.account, flow=args.flow, browser=not args.no_browser)
    raise AssertionError(command)


# -- check ------------------------------------------------------------------------------------

_ADVICE: dict[type[MailError], str] = {
    AuthError: "check the username and password; Gmail, Outlook, iCloud and Yahoo need an "
    "app password (or OAuth2) rather than your normal password",
    TLSError: "the server's certificate is not trusted or TLS failed; for a private CA set "
    "ca_file, and check the port matches tls (993/465 implicit, 143/587 starttls)",
    ConnectError: "check host and port, that IMAP/SMTP access is enabled for the account, and "
    "your network or firewall",
}


def _advice(exc: MailError) -> str:
    for cls, text in _ADVICE.items():
        if isinstance(exc, cls):
            return text
    return "see the message above; run with --log-level debug for details"


async def _check(config: Config) -> int:
    from daemon import smtp  # noqa: PLC0415
    from daemon.mailbox import ImapSession  # noqa: PLC0415

    failures = 0
    print(f"config: {config.path}: OK ({len(config.settings.accounts)} account(s))")
    print(f"state:  {config.database_path}")
    for account in config.settings.accounts:
        print(f"account {account.name} <{account.email}>")
        try:
            imap_pw = config.secret(account.name, "imap").get_secret_value()
            logs.register_secret(imap_pw)
            session = await asyncio.to_thread(
                ImapSession.connect, account.imap, config.username(account, "imap"), imap_pw
            )
            try:
                special = await asyncio.to_thread(session.special_folders)
                missing = []
                for folder in account.watch.folders:
                    try:
                        await asyncio.to_thread(session.examine, folder)
                    except MailError:
                        missing.append(folder)
                filed = account.watch.interview_folder
                filed_there = filed is not None and await asyncio.to_thread(
                    session.ensure_folder, filed, create=False
                )
            finally:
                await asyncio.to_thread(session.close)
            caps = " ".join(sorted(session.capabilities))
            print(f"  IMAP  {session.label}: login OK")
            print(f"        capabilities: {caps}")
            idle = "yes" if session.supports_idle else "no (will poll)"
            print(f"        IDLE: {idle}")
            found = ", ".join(f"{k} → {v}" for k, v in sorted(special.items())) or "none"
            print(f"        special-use folders: {found}")
            if missing:
                failures += 1
                print(f"  FAIL  watched folder(s) not found: {', '.join(missing)}")
            if filed is not None:
                state = "found" if filed_there else "not found yet: created when followupd starts"
                print(f"        interview folder {filed}: {state}")
        except MailError as exc:
            failures += 1
            print(f"  FAIL  {exc}")
            print(f"        advice: {_advice(exc)}")
        try:
            smtp_pw = config.secret(account.name, "smtp").get_secret_value()
            logs.register_secret(smtp_pw)
            info = await smtp.probe(account.smtp, config.username(account, "smtp"), smtp_pw)
            print(f"  SMTP  {info.label}: login OK")
            print(f"        extensions: {' '.join(info.extensions)}")
        except MailError as exc:
            failures += 1
            print(f"  FAIL  {exc}")
            print(f"        advice: {_advice(exc)}")
    if failures:
        print(f"{failures} problem(s) found", file=sys.stderr)
        return EX_UNAVAILABLE
    print("all checks passed")
    return 0


# -- status and cases ---------------------------------------------------------------------------


def _open_store(config: Config) -> Store | None:
    from daemon.store import Store  # noqa: PLC0415

    try:
        return Store.open(config.database_path, readonly=True)
    except StoreNotReady:
        return None


def _status(config: Config, *, as_json: bool) -> int:
    from daemon import report  # noqa: PLC0415

    store = _open_store(config)
    try:
        data = report.status_data(config, store)
    finally:
        if store is not None:
            store.close()
    print(json.dumps(data, indent=2) if as_json else report.render_status(config, data))
    return 0


def _cases(config: Config, case_id: int | None, *, as_json: bool) -> int:
    from daemon import report  # noqa: PLC0415

    store = _open_store(config)
    if store is None:
        print("no cases yet: followupd has not run", file=sys.stderr)
        return 0 if case_id is None else 1
    try:
        if case_id is None:
            data: Any = report.status_data(config, store)["cases"]
            text = report.render_cases(config, data)
        else:
            try:
                data = report.case_detail(store, case_id)
            except KeyError:
                print(f"{PROG}: no case #{case_id}; `followupd cases` lists them", file=sys.stderr)
                return 1
            text = report.render_case(config, data)
    finally:
        store.close()
    print(json.dumps(data, indent=2) if as_json else text)
    return 0


def _note(config: Config, case_id: int, text: str, round_id: int | None) -> int:
    from daemon import pipeline  # noqa: PLC0415
    from daemon.clock import SystemClock  # noqa: PLC0415
    from daemon.notes import parse_notes  # noqa: PLC0415
    from daemon.store import Store  # noqa: PLC0415

    store = Store.open(config.database_path)
    try:
        try:
            case = store.cases.get(case_id)
        except KeyError:
            print(f"{PROG}: no case #{case_id}; `followupd cases` lists them", file=sys.stderr)
            return 1
        now = SystemClock().now()
        started = [r for r in case.rounds if not r.cancelled and r.start <= now] or [
            r for r in case.rounds if not r.cancelled
        ]
        chosen = (
            next((r for r in case.rounds if r.id == round_id), None)
            if round_id
            else (started[-1] if started else None)
        )
        if chosen is None:
            print(f"{PROG}: case #{case_id} has no such round", file=sys.stderr)
            return 1
        notes = parse_notes(text, chosen.interviewers)
        with store.transaction():
            pipeline.store_notes(store, chosen.id, notes, source="followupd note", now=now)
            store.cases.event(case_id, now, "notes added", f"{len(notes.topics)} topic(s)")
        for note in notes.topics:
            print(f"noted for {note.person.name or note.person.email}: {note.topic}")
        for contact in notes.contacts:
            print(f"contact: {contact.name or ''} <{contact.email or '?'}>")
        for line in notes.unmatched:
            print(f"not matched to anyone (kept): {line}")
        for problem in notes.problems:
            print(f"note: {problem}")
        missing = [p for p in chosen.interviewers if notes.topic_for(p) is None]
        stored = store.outbox.notes(chosen.id)
        names = {k for k, _, _ in stored.topics} if stored else set()
        for person in missing:
            key = (person.email or "").lower() or "name:" + (person.name or "").lower()
            if key not in names:
                print(f"still missing: a topic for {person.name or person.email}")
        print("the running daemon picks this up within a minute")
    finally:
        store.close()
    return 0


def _case_command(config: Config, verb: str, case_id: int, duration: str | None) -> int:

    from daemon import commands  # noqa: PLC0415
    from daemon.clock import SystemClock  # noqa: PLC0415
    from daemon.durations import parse_duration  # noqa: PLC0415
    from daemon.store import Store  # noqa: PLC0415

    delay = None
    if duration is not None:
        try:
            delay = parse_duration(duration)
        except ValueError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return 2
    store = Store.open(config.database_path)
    try:
        try:
            case = store.cases.get(case_id)
        except KeyError:
            print(f"{PROG}: no case #{case_id}; `followupd cases` lists them", file=sys.stderr)
            return 1
        call_after = config.settings.account(case.account).follow_up.call_wait
        command = commands.Command(
            verb="done" if verb == "done" else "snooze", case_id=case_id, delay=delay
        )
        with store.transaction():
            print(commands.apply(store, command, SystemClock().now(), call_after=call_after))
    finally:
        store.close()
    return 0


def _send(config: Config, row_id: int, *, force: bool) -> int:
    from daemon.cases import RELAY  # noqa: PLC0415
    from daemon.clock import SystemClock  # noqa: PLC0415
    from daemon.store import Store  # noqa: PLC0415

    store = Store.open(config.database_path)
    try:
        try:
            row = store.outbox.get(row_id)
        except KeyError:
            print(f"{PROG}: no outbox row {row_id}", file=sys.stderr)
            return 1
        if row.state == "uncertain" and not force:
            print(
                f"{PROG}: row {row_id} may already have been delivered; check your Sent folder "
                "and the recipient, then run again with --force",
                file=sys.stderr,
            )
            return 1
        if row.state == "held" and row.reason == RELAY:
            # Released, it would only be held again: the address is not a person's.
            who = row.recipient.name or "the interviewer"
            print(
                f"{PROG}: row {row_id} is addressed to {row.recipient.email}, an application "
                "system's relay, and followupd never writes to one (not even with --force); "
                f"give {who}'s own address with "
                f'`{PROG} note {row.case_id} "{row.recipient.name or "Their Name"}: '
                'their.address@company.example"` and the thank-you goes there',
                file=sys.stderr,
            )
            return 1
        if row.state not in ("held", "uncertain", "failed"):
            print(
                f"{PROG}: row {row_id} is {row.state}; only held, failed or uncertain "
                "mail can be released",
                file=sys.stderr,
            )
            return 1
        now = SystemClock().now()
        back = "drafted" if row.draft_key else "planned"
        store.outbox.update(
            row_id,
            now,
            state=back,
            reason="released by you",
            due_at=now,
            first_attempt_at=None,
        )
        print(f"row {row_id} released: the running daemon sends it within a minute")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
