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

    inspect = commands.add_parser(
        "inspect", help="show what the daemon understands of .eml files (no server needed)"
    )
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="one JSON object per line")

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
        return run_inspect(args.files, config=config, as_json_lines=args.json)
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
        imap_pw = config.secret(account.name, "imap").get_secret_value()
        logs.register_secret(imap_pw)
        try:
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
        except MailError as exc:
            failures += 1
            print(f"  FAIL  {exc}")
            print(f"        advice: {_advice(exc)}")
        smtp_pw = config.secret(account.name, "smtp").get_secret_value()
        logs.register_secret(smtp_pw)
        try:
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
    except StoreError:
        if not config.database_path.exists():
            return None
        raise


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


if __name__ == "__main__":
    sys.exit(main())
