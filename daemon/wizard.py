"""``followupd init``: ask a few questions, write a commented config, then check it.

Interactive by default (prompts on stdin/stdout, the password read without echo); with
``--yes`` nothing is asked and flags plus defaults are used, for scripts. The file is
written 0600 and never over an existing one without ``--force``. It is generated as text
(not dumped YAML) so that it keeps its comments; every value is quoted as a JSON string,
which YAML reads back unchanged, and the result is validated with
:func:`daemon.config.load_config` before the wizard reports success.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import ValidationError

from daemon import paths
from daemon.config import AccountSettings, Config, Settings, describe_validation_error, load_config
from daemon.errors import EX_CONFIG, ConfigError

EX_USAGE = 64
"""sysexits.h: the command was used incorrectly (a missing or bad flag)."""

SecretMode = Literal["file", "env", "credential", "oauth2"]
SECRET_MODES: tuple[SecretMode, ...] = ("file", "env", "credential", "oauth2")
TlsMode = Literal["implicit", "starttls"]


@dataclass(frozen=True)
class Preset:
    """A mail provider's servers, and how it wants you to sign in."""

    label: str
    imap: tuple[str, int, TlsMode]
    smtp: tuple[str, int, TlsMode]
    oauth2: Literal["google", "microsoft"] | None
    note: str
    domains: tuple[str, ...] = ()


PRESETS: dict[str, Preset] = {
    "gmail": Preset(
        "Gmail / Google Workspace",
        ("imap.gmail.com", 993, "implicit"),
        ("smtp.gmail.com", 465, "implicit"),
        "google",
        "Gmail needs an app password (Google account > Security > 2-Step Verification > "
        "App passwords) or OAuth2 with your own Google Cloud client.",
        ("gmail.com", "googlemail.com"),
    ),
    "outlook": Preset(
        "Outlook.com / Microsoft 365",
        ("outlook.office365.com", 993, "implicit"),
        ("smtp.office365.com", 587, "starttls"),
        "microsoft",
        "Microsoft is retiring password sign-in for IMAP/SMTP: choose oauth2 (an app "
        "registration's client id; your admin may have to allow IMAP and SMTP AUTH).",
        ("outlook.com", "hotmail.com", "live.com", "msn.com"),
    ),
    "fastmail": Preset(
        "Fastmail",
        ("imap.fastmail.com", 993, "implicit"),
        ("smtp.fastmail.com", 465, "implicit"),
        None,
        "Fastmail needs an app password (Settings > Privacy & Security > App passwords).",
        ("fastmail.com", "fastmail.fm"),
    ),
    "icloud": Preset(
        "iCloud Mail",
        ("imap.mail.me.com", 993, "implicit"),
        ("smtp.mail.me.com", 587, "starttls"),
        None,
        "iCloud needs an app-specific password (account.apple.com > Sign-In and Security).",
        ("icloud.com", "me.com", "mac.com"),
    ),
    "yahoo": Preset(
        "Yahoo Mail",
        ("imap.mail.yahoo.com", 993, "implicit"),
        ("smtp.mail.yahoo.com", 465, "implicit"),
        None,
        "Yahoo needs an app password (Account security > Generate app password).",
        ("yahoo.com", "ymail.com", "rocketmail.com"),
    ),
}
PROVIDER_CHOICES = (*PRESETS, "custom")


def system_timezone() -> str:
    """The machine's IANA zone: $TZ, /etc/timezone, the /etc/localtime link; else UTC."""
    candidates: list[str] = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if _valid_zone(name):
            return name
    return "UTC"


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return bool(name)


def guess_provider(email: str) -> str:
    """The preset whose domains include the address's domain, else custom."""
    domain = email.rpartition("@")[2].lower()
    for key, preset in PRESETS.items():
        if domain in preset.domains:
            return key
    return "custom"


# -- answers -----------------------------------------------------------------------------------


@dataclass
class Answers:
    """Everything the config is written from."""

    email: str = ""
    name: str = ""
    account: str = "main"
    timezone: str = "UTC"
    date_order: str = "dmy"
    provider: str = "custom"
    imap: tuple[str, int, TlsMode] = ("", 993, "implicit")
    smtp: tuple[str, int, TlsMode] = ("", 465, "implicit")
    username: str = ""
    source: SecretMode = "file"
    """Where the password or sign-in comes from."""
    password_file: Path | None = None
    password: str | None = field(default=None, repr=False)
    password_env: str = "FOLLOWUPD_PASSWORD"  # noqa: S105 - a variable name
    password_credential: str = "imap-password"  # noqa: S105 - a credential name
    oauth2_provider: str = "custom"
    client_id: str = ""
    client_secret_file: Path | None = None
    tenant: str | None = None
    token_url: str | None = None
    device_url: str | None = None
    authorize_url: str | None = None
    scopes: tuple[str, ...] = ()
    review: str = "drafts"


class Prompter:
    """Questions on a text stream; in --yes mode every question takes its default."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, assume_yes: bool) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.assume_yes = assume_yes

    def say(self, text: str = "") -> None:
        """Print one line."""
        print(text, file=self.stdout, flush=True)

    def ask(
        self,
        question: str,
        default: str | None = None,
        *,
        check: Callable[[str], str | None] | None = None,
    ) -> str:
        """Ask until the answer passes ``check`` (which returns an error text or None)."""
        if self.assume_yes:
            if default is None:
                raise WizardError(f"--yes: no default for {question!r}; pass it as a flag")
            return default
        suffix = f" [{default}]" if default else ""
        for _ in range(20):  # bounded: a closed or looping stdin must not hang us
            print(f"{question}{suffix}: ", end="", file=self.stdout, flush=True)
            line = self.stdin.readline()
            if not line:
                raise WizardError("input ended before the set-up was complete")
            answer = line.strip() or (default or "")
            problem = "an answer is needed" if not answer else (check(answer) if check else None)
            if problem is None:
                return answer
            self.say(f"  {problem}")
        raise WizardError(f"no usable answer to {question!r}")

    def choose(self, question: str, choices: Sequence[str], default: str) -> str:
        """One of ``choices`` (by name or number)."""
        if self.assume_yes:
            return default
        for number, choice in enumerate(choices, 1):
            self.say(f"  {number}) {choice}")

        def valid(answer: str) -> str | None:
            if answer in choices or (answer.isdigit() and 1 <= int(answer) <= len(choices)):
                return None
            return f"choose one of {', '.join(choices)} (or its number)"

        answer = self.ask(question, default, check=valid)
        return choices[int(answer) - 1] if answer.isdigit() else answer

    def secret(self, question: str) -> str:
        """A password: without echo on a terminal, else one line of input."""
        if self.stdin.isatty():
            value = getpass.getpass(f"{question}: ", stream=self.stdout)
        else:
            print(f"{question}: ", end="", file=self.stdout, flush=True)
            value = self.stdin.readline().rstrip("\r\n")
        if not value:
            raise WizardError("an empty password was given")
        return value


class WizardError(Exception):
    """The wizard cannot go on (bad flag, input ended); the message says why."""


def _check_email(value: str) -> str | None:
    local, at, domain = value.partition("@")
    if at and local and "." in domain and " " not in value:
        return None
    return "that does not look like an e-mail address"


def _check_zone(value: str) -> str | None:
    return None if _valid_zone(value) else "unknown time zone; e.g. Europe/London"


def _check_port(value: str) -> str | None:
    return None if value.isdigit() and 1 <= int(value) <= 65535 else "a port is 1-65535"


def _check_tls(value: str) -> str | None:
    return None if value in ("implicit", "starttls") else "implicit or starttls"


def collect(args: argparse.Namespace, ui: Prompter, config_dir: Path) -> Answers:
    """Fill Answers from flags, then questions (or defaults with --yes)."""
    a = Answers()
    ui.say("followupd set-up. Press Enter to accept the [default].")
    a.email = args.email or ui.ask("Your e-mail address", check=_check_email)
    if problem := _check_email(a.email):
        raise WizardError(f"--email: {problem}")
    a.name = args.name or ui.ask("Your name, as it should appear in From:")
    a.account = args.account or "main"
    a.timezone = args.timezone or ui.ask("Your time zone", system_timezone(), check=_check_zone)
    if problem := _check_zone(a.timezone):
        raise WizardError(f"--timezone: {problem}")
    us_style = a.timezone.startswith(("America/", "US/"))
    a.date_order = args.date_order or ("mdy" if us_style else "dmy")

    a.provider = args.provider or ui.choose(
        "Your mail provider", PROVIDER_CHOICES, guess_provider(a.email)
    )
    preset = PRESETS.get(a.provider)
    if preset is not None:
        ui.say(f"  {preset.note}")
        a.imap, a.smtp = preset.imap, preset.smtp
    else:
        a.imap = _server(args, ui, "imap", 993)
        a.smtp = _server(args, ui, "smtp", 465)
    a.username = args.username or ui.ask("Login name", a.email)

    default_mode: SecretMode = "oauth2" if a.provider == "outlook" else "file"
    a.source = args.source or _mode(
        ui.choose("Where should the password (or sign-in) come from", SECRET_MODES, default_mode)
    )
    if a.source == "file":
        a.password_file = (
            args.password_file
            or Path(
                ui.ask("Password file (0600)", str(config_dir / f"{a.account}-password"))
            ).expanduser()
        )
        if args.password_stdin:
            a.password = ui.stdin.readline().rstrip("\r\n") or None
        if not a.password_file.exists() and a.password is None:
            if ui.assume_yes:
                raise WizardError(
                    f"--password-file {a.password_file} does not exist; create it (mode "
                    "0600) or add --password-stdin"
                )
            a.password = ui.secret("Password (app password), not shown")
    elif a.source == "env":
        a.password_env = args.password_env or ui.ask(
            "Environment variable holding the password", a.password_env
        )
    elif a.source == "credential":
        a.password_credential = args.password_credential or ui.ask(
            "systemd credential name (LoadCredential=NAME:/path)", a.password_credential
        )
    else:
        _oauth2(a, args, ui, preset)
    review = args.review or ui.choose(
        "Thank-yous: put them in Drafts for review first (drafts) or send them (none)",
        ("drafts", "none"),
        "drafts",
    )
    a.review = review
    return a


def _mode(value: str) -> SecretMode:
    for mode in SECRET_MODES:
        if mode == value:
            return mode
    raise WizardError(f"unknown secret storage {value!r}")


def _server(
    args: argparse.Namespace, ui: Prompter, kind: str, default_port: int
) -> tuple[str, int, TlsMode]:
    host = getattr(args, f"{kind}_host") or ui.ask(f"{kind.upper()} server host name")
    tls_flag = getattr(args, f"{kind}_tls")
    tls = tls_flag or ui.ask(
        f"{kind.upper()} TLS (implicit or starttls)", "implicit", check=_check_tls
    )
    plain_port = 143 if kind == "imap" else 587
    port_default = default_port if tls == "implicit" else plain_port
    port_flag = getattr(args, f"{kind}_port")
    port = port_flag or int(ui.ask(f"{kind.upper()} port", str(port_default), check=_check_port))
    return host, int(port), "starttls" if tls == "starttls" else "implicit"


def _oauth2(a: Answers, args: argparse.Namespace, ui: Prompter, preset: Preset | None) -> None:
    a.oauth2_provider = preset.oauth2 if preset and preset.oauth2 else "custom"
    if preset is not None and preset.oauth2 is None:
        raise WizardError(f"{preset.label} does not offer OAuth2 here; use an app password")
    a.client_id = args.client_id or ui.ask("OAuth2 client id (from your app registration)")
    if args.client_secret_file:
        a.client_secret_file = args.client_secret_file
    elif a.oauth2_provider == "google":
        a.client_secret_file = Path(
            ui.ask("File holding the Google client secret (0600)")
        ).expanduser()
    if a.oauth2_provider == "microsoft":
        a.tenant = args.tenant or ui.ask("Microsoft tenant", "common")
    if a.oauth2_provider == "custom":
        a.token_url = args.oauth2_token_url or ui.ask("Token endpoint URL (https://...)")
        a.device_url = args.oauth2_device_url or (
            None if ui.assume_yes else ui.ask("Device authorization URL (or -)", "-")
        )
        a.device_url = None if a.device_url == "-" else a.device_url
        a.authorize_url = args.oauth2_authorize_url
        scopes = args.oauth2_scopes or ui.ask("Scopes (space-separated)")
        a.scopes = tuple(scopes.split())


# -- the file ----------------------------------------------------------------------------------


def _q(value: object) -> str:
    """A YAML scalar that reads back exactly (a JSON string is a YAML double-quoted one)."""
    return json.dumps(str(value), ensure_ascii=False)


def render(a: Answers, *, today: dt.date | None = None) -> str:
    """The commented config text for ``a``."""
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    preset = PRESETS.get(a.provider)
    provider_line = f"# Provider: {preset.label}." if preset else "# Provider: custom servers."
    secret = _secret_lines(a)
    review_key = "follow_up" in AccountSettings.model_fields
    review = (
        f"    follow_up:\n"
        f"      # drafts: each thank-you waits in your Drafts folder for you to review;\n"
        f"      # none: they are sent without review.\n"
        f"      review: {a.review}\n"
        if review_key
        else f"    # review: {a.review}   # drafts or none (not configurable yet)\n"
    )
    return f"""\
# interview-followup (followupd) configuration, written by `followupd init` on {day}.
# config.example.yaml explains every setting. After editing, run `followupd check`.
# Editors can complete and check this file with the schema of `followupd config-schema`.
{provider_line}

# Your IANA time zone: for interview times given without one, and for when reminders
# and digests reach you.
timezone: {_q(a.timezone)}

# How to read numeric dates such as 3/9 in mail: mdy (US), dmy or ymd.
date_order: {a.date_order}

# debug, info, warning or error (`--log-level` overrides it).
log_level: info

accounts:
  - name: {_q(a.account)}
    email: {_q(a.email)}
    display_name: {_q(a.name)}
    imap:
      host: {_q(a.imap[0])}
      port: {a.imap[1]}
      tls: {a.imap[2]}                 # implicit (IMAPS) or starttls
      username: {_q(a.username)}
{secret}
    smtp:
      host: {_q(a.smtp[0])}
      port: {a.smtp[1]}
      tls: {a.smtp[2]}
      # The login (username, password or OAuth2 sign-in) is the same as for IMAP.
{review}"""


def _secret_lines(a: Answers) -> str:
    indent = "      "
    if a.source == "file":
        return (
            f"{indent}# The password is the first line of this file (keep it mode 0600).\n"
            f"{indent}password_file: {_q(a.password_file)}"
        )
    if a.source == "env":
        return (
            f"{indent}# The password comes from this environment variable.\n"
            f"{indent}password_env: {_q(a.password_env)}"
        )
    if a.source == "credential":
        return (
            f"{indent}# The password is a systemd credential: in the unit (or a drop-in),\n"
            f"{indent}# LoadCredential={a.password_credential}:/etc/interview-followup/"
            f"{a.password_credential}\n"
            f"{indent}password_credential: {_q(a.password_credential)}"
        )
    lines = [
        f"{indent}# OAuth2: sign in once with `followupd auth {a.account}`; tokens are kept",
        f"{indent}# (0600) in the state directory and refreshed before they expire.",
        f"{indent}auth: oauth2",
        f"{indent}oauth2:",
        f"{indent}  provider: {a.oauth2_provider}",
        f"{indent}  client_id: {_q(a.client_id)}",
    ]
    if a.client_secret_file is not None:
        lines.append(f"{indent}  client_secret_file: {_q(a.client_secret_file)}")
    if a.tenant:
        lines.append(f"{indent}  tenant: {_q(a.tenant)}")
    for key, value in (
        ("token_url", a.token_url),
        ("device_authorization_url", a.device_url),
        ("authorization_url", a.authorize_url),
    ):
        if value:
            lines.append(f"{indent}  {key}: {_q(value)}")
    if a.scopes:
        lines.append(f"{indent}  scopes: [{', '.join(_q(s) for s in a.scopes)}]")
    return "\n".join(lines)


def write_private(path: Path, text: str, *, force: bool) -> None:
    """Write ``text`` to ``path`` with mode 0600; never replace a file unless ``force``."""
    paths.ensure_private_dir(path.parent)
    if force:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        _write_new(tmp, text)
        tmp.replace(path)
    else:
        _write_new(path, text)


def _write_new(path: Path, text: str) -> None:
    # O_EXCL: a file that appeared meanwhile is never clobbered; fchmod beats the umask.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


# -- the command -------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``followupd init`` (every question has one, for scripts)."""
    add = parser.add_argument
    add("--yes", "-y", action="store_true", help="ask nothing: use flags and defaults")
    add("--force", action="store_true", help="replace an existing config file")
    add("--no-check", action="store_true", help="do not run `followupd check` afterwards")
    add("--email", help="your e-mail address")
    add("--name", help="your name as it appears in From:")
    add("--account", help="a short label for the account (default: main)")
    add("--timezone", help="IANA time zone (default: the system's)")
    add("--date-order", choices=("mdy", "dmy", "ymd"), help="how to read 3/9 in mail")
    add("--provider", choices=PROVIDER_CHOICES, help="mail provider (fills in the servers)")
    for kind in ("imap", "smtp"):
        add(f"--{kind}-host", help=f"{kind.upper()} server (provider custom)")
        add(f"--{kind}-port", type=int, help=f"{kind.upper()} port")
        add(f"--{kind}-tls", choices=("implicit", "starttls"), help=f"{kind.upper()} TLS mode")
    add("--username", help="login name (default: the e-mail address)")
    add(
        "--secret",
        dest="source",
        choices=SECRET_MODES,
        help="where the password or sign-in comes from",
    )
    add("--password-file", type=Path, help="file holding the password (mode 0600)")
    add(
        "--password-stdin",
        action="store_true",
        help="with --yes: read the password from stdin and write it to --password-file",
    )
    add("--password-env", help="environment variable holding the password")
    add("--password-credential", help="systemd credential name holding the password")
    add("--client-id", help="OAuth2 client id")
    add("--client-secret-file", type=Path, help="file holding the OAuth2 client secret")
    add("--tenant", help="Microsoft tenant (default: common)")
    add("--oauth2-token-url", help="custom OAuth2 token endpoint")
    add("--oauth2-device-url", help="custom OAuth2 device authorization endpoint")
    add("--oauth2-authorize-url", help="custom OAuth2 authorization endpoint")
    add("--oauth2-scopes", help="custom OAuth2 scopes, space-separated")
    add("--review", choices=("drafts", "none"), help="review thank-yous in Drafts first")


def run_init(
    args: argparse.Namespace,
    *,
    check: Callable[[Config], int],
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Run the wizard; then ``check`` (the code of ``followupd check``). Exit status."""
    out = stdout or sys.stdout
    path: Path = args.config or paths.default_config_path()
    if path.exists() and not args.force:
        print(
            f"followupd init: {path} already exists; edit it, or pass --force to replace it",
            file=sys.stderr,
        )
        return EX_CONFIG
    ui = Prompter(stdin or sys.stdin, out, assume_yes=args.yes)
    try:
        answers = collect(args, ui, path.parent)
        text = render(answers)
        ui.say()
        ui.say(f"Config for {answers.name} <{answers.email}> via {answers.imap[0]}.")
        if not args.yes and ui.ask(f"Write {path}? (yes/no)", "yes").lower() not in (
            "y",
            "yes",
        ):
            ui.say("Nothing written.")
            return 1
    except WizardError as exc:
        print(f"followupd init: {exc}", file=sys.stderr)
        return EX_USAGE
    if answers.password is not None and answers.password_file is not None:
        write_private(answers.password_file, answers.password + "\n", force=True)
        ui.say(f"Wrote the password to {answers.password_file} (mode 0600).")
    write_private(path, text, force=args.force)
    ui.say(f"Wrote {path} (mode 0600).")
    if answers.source == "credential" or (
        answers.source == "env" and not os.environ.get(answers.password_env)
    ):
        # The secret only exists under systemd (or in another shell): check the structure
        # now; `followupd check` can run where the secret is.
        try:
            Settings.model_validate(yaml.safe_load(text))
        except ValidationError as exc:
            print(f"followupd init: {path}: {describe_validation_error(exc)}", file=sys.stderr)
            return EX_CONFIG
        where = (
            f"LoadCredential={answers.password_credential}:... in the service"
            if answers.source == "credential"
            else f"${answers.password_env} in the daemon's environment"
        )
        ui.say(f"The password will come from {where}; run `followupd check` there.")
        return 0
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"followupd init: the new config does not load: {exc}", file=sys.stderr)
        return EX_CONFIG
    return _after_write(config, answers, args, ui, check)


def _after_write(
    config: Config,
    answers: Answers,
    args: argparse.Namespace,
    ui: Prompter,
    check: Callable[[Config], int],
) -> int:
    if answers.source == "oauth2":
        if args.yes or args.no_check:
            ui.say(f"Next: `followupd auth {answers.account}` to sign in, then `followupd check`.")
            return 0
        from daemon.oauth2 import run_auth  # noqa: PLC0415

        status = run_auth(config, answers.account, out=ui.stdout)
        if status != 0:
            return status
    if args.no_check:
        ui.say("Next: `followupd check`.")
        return 0
    ui.say("Running `followupd check`...")
    return check(config)
