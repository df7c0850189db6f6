"""Configuration: YAML in, validated frozen objects out, once at start (and on reload).

Nothing else in the daemon reads YAML or the environment for settings. Every problem is
reported as one :class:`~daemon.errors.ConfigError` line naming the file, the key path and what
is allowed, so ``followupd`` can exit with status 78 instead of a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SecretStr,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from daemon import paths
from daemon.durations import DURATION_HELP, parse_duration
from daemon.errors import ConfigError

if TYPE_CHECKING:
    from daemon.oauth2 import TokenSource


def _duration(value: object) -> dt.timedelta:
    if isinstance(value, dt.timedelta):
        return value
    if isinstance(value, str | int | float):
        return parse_duration(value)
    raise ValueError(f"expected {DURATION_HELP}")


Duration = Annotated[
    dt.timedelta,
    BeforeValidator(_duration),
    PlainSerializer(lambda d: f"PT{int(d.total_seconds())}S", return_type=str),
    WithJsonSchema({"type": "string", "description": DURATION_HELP}),
]


def _expand_path(value: object) -> object:
    if isinstance(value, str):
        return Path(os.path.expandvars(value)).expanduser()
    return value


ExpandedPath = Annotated[Path, BeforeValidator(_expand_path)]
Port = Annotated[int, Field(ge=1, le=65535)]
TlsMode = Literal["implicit", "starttls", "none"]
AuthMode = Literal["password", "oauth2"]
OAuth2Provider = Literal["google", "microsoft", "custom"]
_PASSWORD_KEYS = ("password", "password_file", "password_env", "password_credential")
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _endpoint_url(value: str | None, key: str) -> str | None:
    """An OAuth2 endpoint must be https (RFC 6749 §3.1), except on the loopback interface."""
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return value
    if parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS:
        return value
    raise ValueError(f"{key} must be an https:// URL (http:// only for 127.0.0.1 or localhost)")


class OAuth2Settings(_Frozen):
    """How to get OAuth2 access tokens for SASL XOAUTH2/OAUTHBEARER (RFC 7628).

    ``google`` and ``microsoft`` know their endpoints and scopes; ``custom`` names them.
    """

    provider: OAuth2Provider
    client_id: str = Field(min_length=1)
    client_secret: SecretStr | None = None
    """Google's "installed app" clients have a secret (not really secret); Microsoft's public
    clients have none."""
    client_secret_file: ExpandedPath | None = None
    client_secret_env: str | None = None
    client_secret_credential: str | None = None
    tenant: str | None = Field(default=None, pattern=r"^[A-Za-z0-9.-]+$")
    """Microsoft only: common (default), organizations, consumers or a tenant id/domain."""
    token_url: str | None = None
    device_authorization_url: str | None = None
    """RFC 8628 device authorization endpoint, used once by ``followupd auth``."""
    authorization_url: str | None = None
    """Authorization endpoint for the loopback-redirect flow (RFC 8252), ``followupd auth``."""
    scopes: tuple[str, ...] | None = None
    """Default: the provider's mail scopes; required for custom."""

    @model_validator(mode="after")
    def _check(self) -> Self:
        sources = [
            name
            for name in (
                "client_secret",
                "client_secret_file",
                "client_secret_env",
                "client_secret_credential",
            )
            if getattr(self, name) is not None
        ]
        if len(sources) > 1:
            raise ValueError(f"give only one of {', '.join(sources)}")
        endpoints = ("token_url", "device_authorization_url", "authorization_url")
        if self.provider == "custom":
            if self.token_url is None:
                raise ValueError("provider: custom needs token_url")
            if not self.scopes:
                raise ValueError("provider: custom needs scopes")
        else:
            given = [name for name in endpoints if getattr(self, name) is not None]
            if given:
                raise ValueError(
                    f"{', '.join(given)}: only for provider: custom "
                    f"({self.provider} endpoints are built in)"
                )
        if self.tenant is not None and self.provider != "microsoft":
            raise ValueError("tenant: only for provider: microsoft")
        for name in endpoints:
            _endpoint_url(getattr(self, name), name)
        return self


class ServerSettings(_Frozen):
    """How to reach and log in to one mail server (IMAP or SMTP)."""

    host: str = Field(min_length=1)
    port: Port | None = None
    tls: TlsMode = "implicit"
    ca_file: ExpandedPath | None = None
    allow_insecure: bool = False
    username: str | None = None
    password: SecretStr | None = None
    password_file: ExpandedPath | None = None
    password_env: str | None = None
    password_credential: str | None = None
    auth: AuthMode | None = None
    """password (default) or oauth2; implied by an oauth2 block. SMTP: as IMAP when unset."""
    oauth2: OAuth2Settings | None = None
    timeout: Duration = dt.timedelta(seconds=60)

    @model_validator(mode="after")
    def _check(self) -> Self:
        sources = [
            name
            for name in ("password", "password_file", "password_env", "password_credential")
            if getattr(self, name) is not None
        ]
        if len(sources) > 1:
            raise ValueError(f"give only one of {', '.join(sources)}")
        if self.auth == "password" and self.oauth2 is not None:
            raise ValueError("auth: password and an oauth2 block contradict; drop one")
        if sources and (self.auth == "oauth2" or self.oauth2 is not None):
            raise ValueError(f"auth: oauth2 uses no password; remove {', '.join(sources)}")
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError("auth: oauth2 needs an oauth2 block (provider, client_id)")
        if self.tls == "none" and not self.allow_insecure:
            raise ValueError(
                "tls: none sends your password in clear text; set allow_insecure: true "
                "to really do that, or use tls: implicit or starttls"
            )
        return self

    @property
    def uses_oauth2(self) -> bool:
        """True when this server logs in with an OAuth2 access token (SASL XOAUTH2)."""
        return self.oauth2 is not None

    @property
    def has_secret_source(self) -> bool:
        """True when this block names where its password comes from."""
        return any(
            getattr(self, name) is not None
            for name in ("password", "password_file", "password_env", "password_credential")
        )


class ImapSettings(ServerSettings):
    """IMAP server settings; the default port follows the TLS mode (993 or 143)."""

    def effective_port(self) -> int:
        """The port to connect to."""
        return self.port or (993 if self.tls == "implicit" else 143)


class SmtpSettings(ServerSettings):
    """SMTP submission settings; the default port follows the TLS mode (465 or 587)."""

    host: str = Field(min_length=1)

    def effective_port(self) -> int:
        """The port to connect to."""
        return self.port or (465 if self.tls == "implicit" else 587)


class WatchSettings(_Frozen):
    """Which folders to watch and how."""

    folders: tuple[str, ...] = ("INBOX",)
    interview_folder: str | None = None
    """A folder the user copies interview mail the daemon missed into; each message there is
    read as an interview when it states one time. None: no such folder."""
    sent_folder: str = "auto"
    """``auto`` finds the \\Sent special-use folder (RFC 6154)."""
    drafts_folder: str = "auto"
    lookback: Duration = dt.timedelta(days=30)
    """On first start, scan mail this far back so interviews already booked are found."""
    idle: bool = True
    idle_refresh: Duration = dt.timedelta(minutes=25)
    poll_interval: Duration = dt.timedelta(seconds=60)
    reconnect_min: Duration = dt.timedelta(seconds=1)
    """First wait after a lost connection; it doubles (with jitter) up to reconnect_max."""
    reconnect_max: Duration = dt.timedelta(minutes=5)
    max_attempts: int = Field(default=5, ge=1, le=100)
    """How often a message whose processing failed is retried before it is parked."""

    @field_validator("folders")
    @classmethod
    def _folders(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("list at least one folder, e.g. [INBOX]")
        if len(set(value)) != len(value):
            raise ValueError("a folder is listed twice")
        return value

    @model_validator(mode="after")
    def _interview_folder_apart(self) -> WatchSettings:
        folder = self.interview_folder
        if folder is not None:
            if not folder.strip():
                raise ValueError("interview_folder: name a folder, or leave it out")
            if folder.upper() in {f.upper() for f in self.folders} | {"INBOX"}:
                raise ValueError(
                    "interview_folder: must be a folder of its own, not one listed in "
                    "folders or INBOX (everything in it is read as an interview)"
                )
            own = {f.upper() for f in (self.sent_folder, self.drafts_folder) if f != "auto"}
            if folder.upper() in own:
                raise ValueError(
                    "interview_folder: must not be the sent or drafts folder (everything "
                    "in it is read as an interview, and that mail is your own)"
                )
        return self

    @field_validator("idle_refresh")
    @classmethod
    def _idle_refresh(cls, value: dt.timedelta) -> dt.timedelta:
        # RFC 2177: clients should re-issue IDLE at least every 29 minutes.
        if not dt.timedelta(seconds=10) <= value <= dt.timedelta(minutes=29):
            raise ValueError("must be between 10s and 29m (RFC 2177)")
        return value


def _send_rule(value: object) -> str:
    from daemon.timing import SendRule  # noqa: PLC0415 - avoids an import cycle at load

    if not isinstance(value, str):
        raise ValueError("expected a send rule such as 'next_business_day 09:30' or PT2M")
    SendRule.parse(value)
    return value


def _local_time(value: object) -> str:
    from daemon.timing import parse_local_time  # noqa: PLC0415

    if not isinstance(value, str):
        raise ValueError("expected a local time such as 09:30")
    if value != "immediate":
        parse_local_time(value)
    return value


SendRuleText = Annotated[str, BeforeValidator(_send_rule)]


def _call_wait(value: object) -> int | dt.timedelta:
    if isinstance(value, bool):
        raise ValueError("expected a number of business days (e.g. 3) or a duration (PT30S)")
    if isinstance(value, int):
        if not 1 <= value <= 60:
            raise ValueError("business days must be between 1 and 60")
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return _call_wait(int(value.strip()))
    if isinstance(value, str):
        return parse_duration(value)
    raise ValueError("expected a number of business days (e.g. 3) or a duration (PT30S)")


CallWait = Annotated[
    int | dt.timedelta,
    BeforeValidator(_call_wait),
    PlainSerializer(
        lambda v: v if isinstance(v, int) else f"PT{int(v.total_seconds())}S",
        return_type=int | str,
    ),
    WithJsonSchema(
        {
            "anyOf": [{"type": "integer", "minimum": 1, "maximum": 60}, {"type": "string"}],
            "description": "business days, or a duration such as PT30S",
        }
    ),
]
LocalTimeText = Annotated[str, BeforeValidator(_local_time)]


class HolidaySettings(_Frozen):
    """Public holidays to skip (the ``holidays`` package's country codes)."""

    country: str | None = None
    """ISO 3166 code such as US, GB, DE; none: only weekends are skipped."""
    subdivision: str | None = None
    """State or region, e.g. CA, ENG, BY."""

    @model_validator(mode="after")
    def _check(self) -> Self:
        from daemon.timing import BusinessCalendar  # noqa: PLC0415

        BusinessCalendar(country=self.country, subdivision=self.subdivision)
        return self


MIN_SENT_SETTLE = dt.timedelta(seconds=30)
"""The shortest ``sent_settle``: a shorter look lets ``save_sent: auto`` conclude that
the provider does not file sent mail before it had time to (Gmail and Microsoft 365 take
seconds), and every later thank-you would then get a second copy in Sent."""
SHORT_SETTLE_ENV = "FOLLOWUPD_TEST_SHORT_SETTLE"
"""Test-only escape: when this environment variable is ``1``, ``sent_settle`` may be
shorter than :data:`MIN_SENT_SETTLE` (the integration harness sets it, so its tests
settle in seconds). Never set it for real use."""


class FollowUpSettings(_Frozen):
    """What the daemon does after an interview, and when."""

    notes_delay: Duration = dt.timedelta(minutes=30)
    """How long after an interview ends the notes prompt is mailed to you."""
    thank_you: SendRuleText = "next_business_day 09:30"
    """When thank-yous go out: 'next_business_day [HH:MM]' (in the interview's zone),
    'same_day_after 3h', or an ISO 8601 duration after the end such as PT2M."""
    review: Literal["drafts", "none"] = "drafts"
    """drafts: put each thank-you in your Drafts folder to review first; none: send."""
    review_window: Duration = dt.timedelta(hours=1)
    """When notes come in after the send time, drafts go out this long after they
    were placed, so you can still look at them."""
    on_missing_notes: Literal["hold", "send_generic"] = "hold"
    """No notes at send time: hold and remind you once, or send a generic (still
    distinct per person) thank-you."""
    save_sent: Literal["auto", "always", "never"] = "auto"
    """Put a copy of sent mail in the Sent folder: auto (unless the provider does; learned
    once: "files" at the first sighting, "does not file" only after ``sent_settle``)."""
    grace: Duration = dt.timedelta(hours=24)
    """Mail that fell due while the daemon was down is still sent if at most this late;
    otherwise you are asked."""
    retry_for: Duration = dt.timedelta(hours=24)
    """How long temporary SMTP failures are retried before you are told."""
    sent_settle: Duration = dt.timedelta(minutes=2)
    """After an interrupted send, how long to keep looking for it in Sent before
    concluding it did not go (providers file accepted mail with some delay); also how long
    ``save_sent: auto`` waits before concluding the provider does not file sent mail.
    At least :data:`MIN_SENT_SETTLE` (30 s)."""
    retry_delay: Duration = dt.timedelta(minutes=1)
    """First wait after a temporary failure; it doubles (with jitter) up to an hour."""
    max_per_hour: int = Field(default=30, ge=1, le=1000)
    """At most this many mails to other people per hour from this account."""
    greeting: str = "Dear"
    signature: str | None = None
    """Your sign-off block; default: your display name."""
    holidays: HolidaySettings = HolidaySettings()
    call_after: CallWait = 3
    """Silence after the thank-you (or the interview) before you are told to phone: a
    number of business days, or a duration such as PT30S (tests, demos)."""
    digest_time: LocalTimeText = "09:00"
    """Local time (your zone) of the daily digest of calls to make; at most one a day.
    ``immediate`` sends it as soon as a case needs a call (demos, tests)."""
    good_news_questions: tuple[str, ...] | None = None
    """Questions to have ready if the news is good (default: a built-in list)."""
    bad_news_questions: tuple[str, ...] | None = None
    """Questions to have ready if the news is bad (default: a built-in list)."""
    linkedin_after: Duration = dt.timedelta(days=2)

    @property
    def call_wait(self) -> dt.timedelta:
        """``call_after`` as a plain duration (business days counted as 7/5 calendar days),
        for waits that need no calendar: "called, waiting" and snoozes."""
        wait = self.call_after
        return wait if isinstance(wait, dt.timedelta) else dt.timedelta(days=wait * 7 / 5)

    """How long after an offer or a rejection to remind you to connect on LinkedIn."""


class AccountSettings(_Frozen):
    """One mailbox the daemon watches and sends from."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    display_name: str = Field(min_length=1)
    addresses: tuple[str, ...] = ()
    """Other addresses that are also the user (aliases); ``email`` is always included."""
    imap: ImapSettings
    smtp: SmtpSettings
    watch: WatchSettings = WatchSettings()
    follow_up: FollowUpSettings = FollowUpSettings()

    @property
    def own_addresses(self) -> frozenset[str]:
        """Every address that is the user, lower-cased."""
        return frozenset(a.lower() for a in (self.email, *self.addresses))

    @model_validator(mode="before")
    @classmethod
    def _smtp_shares_oauth2(cls, data: Any) -> Any:
        # SMTP logs in like IMAP unless told otherwise (as with passwords): an SMTP block
        # with no password and no oauth2 block of its own uses IMAP's OAuth2 settings, and
        # then also IMAP's tokens (one sign-in covers both for Google and Microsoft).
        if not isinstance(data, dict):
            return data
        imap, smtp = data.get("imap"), data.get("smtp")
        if not (isinstance(imap, dict) and isinstance(smtp, dict)):
            return data
        own_secret = any(smtp.get(k) is not None for k in _PASSWORD_KEYS)
        if (
            imap.get("oauth2") is not None
            and smtp.get("oauth2") is None
            and not own_secret
            and smtp.get("auth") in (None, "oauth2")
        ):
            smtp = {**smtp, "auth": "oauth2", "oauth2": imap["oauth2"]}
            return {**data, "smtp": smtp}
        return data


def _language_choices() -> str:
    """The shipped language codes, for messages."""
    from daemon.understand import shipped_languages  # noqa: PLC0415 - heavy import

    return ", ".join(sorted(shipped_languages()))


def _languages_schema(schema: dict[str, Any]) -> None:
    """JSON Schema of ``languages``: one shipped code or a list of them (an enum, as
    ``date_order`` has), computed when the schema is generated."""
    from daemon.understand import shipped_languages  # noqa: PLC0415 - heavy import

    code = {"type": "string", "enum": sorted(shipped_languages())}
    schema.pop("anyOf", None)
    schema["anyOf"] = [
        {"type": "array", "items": code, "minItems": 1, "uniqueItems": True},
        code,
        {"type": "null"},
    ]


class Settings(_Frozen):
    """The whole configuration file."""

    timezone: str = "UTC"
    """The user's IANA time zone, used when mail gives none."""
    date_order: Literal["mdy", "dmy", "ymd"] = "mdy"
    """How to read numeric dates like 3/9 in mail (UK users: dmy)."""
    state_dir: ExpandedPath | None = None
    dry_run: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    templates: dict[str, str] = Field(default_factory=dict)
    """Overrides of the built-in mail templates, by name (config.example.yaml lists them)."""
    templates_dir: ExpandedPath | None = None
    """A folder of ``<name>.j2`` files overriding templates (``templates:`` entries win)."""
    languages: tuple[str, ...] | None = Field(default=None, json_schema_extra=_languages_schema)
    """Which shipped languages to recognise mail in (``en``, ``de``, ``es``, ``fr``, ``it``,
    ``nl``, ``pt``); all of them when unset. English is always on: it also holds the sender
    and zone data. One code alone may be written without brackets (``languages: en``)."""
    lexicon: tuple[ExpandedPath, ...] = ()
    """Extra vocabulary files (YAML) for recognising mail: other languages, more ATS
    domains, agency names; merged over the shipped languages."""
    learned_model: bool = True
    """Let the model learned from labelled mail stand in for confirmation wording the
    phrase rules do not know, where they found the interview itself (docs/quality.md)."""
    accounts: tuple[AccountSettings, ...] = Field(min_length=1)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r}; use an IANA name such as Europe/London "
                "or America/New_York"
            ) from None
        return value

    @field_validator("languages", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        """``languages: en`` means ``[en]``; any other shape names the allowed codes."""
        if isinstance(value, str):
            return (value,)
        if value is None or (
            isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        ):
            return value
        raise ValueError(f"a language code or a list of them; choose from {_language_choices()}")

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        if not value:
            raise ValueError(f"name at least one language ({_language_choices()})")
        # The lexicon owns the one check of language codes; its words name the choices.
        from daemon.understand import LexiconError, resolve_languages  # noqa: PLC0415

        try:
            resolve_languages(value)
        except LexiconError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("accounts")
    @classmethod
    def _unique(cls, value: tuple[AccountSettings, ...]) -> tuple[AccountSettings, ...]:
        names = [a.name for a in value]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"account names must be unique; repeated: {', '.join(dupes)}")
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The user's zone as a tzinfo."""
        return ZoneInfo(self.timezone)

    def account(self, name: str) -> AccountSettings:
        """The account called ``name``; ConfigError naming the choices otherwise."""
        for account in self.accounts:
            if account.name == name:
                return account
        names = ", ".join(a.name for a in self.accounts)
        raise ConfigError(f"no account named {name!r}; configured: {names}")


@dataclass(frozen=True)
class Config:
    """A loaded configuration: the settings, where they came from, and resolved secrets."""

    settings: Settings
    path: Path
    state_dir: Path
    secrets: Mapping[tuple[str, str], SecretStr] = field(repr=False)
    warnings: tuple[str, ...] = ()
    token_sources: Mapping[tuple[str, str], TokenSource] = field(default_factory=dict, repr=False)
    """OAuth2 token sources of servers with ``auth: oauth2`` (SMTP shares IMAP's)."""

    def secret(self, account: str, server: Literal["imap", "smtp"]) -> SecretStr:
        """The password for ``account``'s IMAP or SMTP server.

        With ``auth: oauth2`` it is a fresh access token instead (refreshed first when it
        expires within five minutes); a token that cannot be had is a ConfigError telling
        the user to run ``followupd auth``. Long-running code should call
        ``token_sources[...].access_token()`` at each login instead.
        """
        source = self.token_sources.get((account, server))
        if source is None:
            return self.secrets[(account, server)]
        from daemon.errors import MailError  # noqa: PLC0415

        try:
            return SecretStr(source.access_token())
        except MailError as exc:
            raise ConfigError(f"{self.path}: {exc}") from None

    def username(self, account: AccountSettings, server: Literal["imap", "smtp"]) -> str:
        """The login name: the server block's ``username``, then IMAP's, then the address."""
        block = account.imap if server == "imap" else account.smtp
        return block.username or account.imap.username or account.email

    @property
    def database_path(self) -> Path:
        """The SQLite state database."""
        return self.state_dir / paths.DATABASE_FILENAME


def load_config(path: Path | None = None, *, environ: Mapping[str, str] | None = None) -> Config:
    """Read, validate and resolve the configuration file. Raises ConfigError (one line)."""
    env = os.environ if environ is None else environ
    path = path or paths.default_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file; copy config.example.yaml there or pass --config"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(f"{path}: {where}YAML error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: YAML error: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings at the top level")
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {describe_validation_error(exc)}") from None

    warnings: list[str] = []
    secrets: dict[tuple[str, str], SecretStr] = {}
    for index, account in enumerate(settings.accounts):
        settle = account.follow_up.sent_settle
        if settle < MIN_SENT_SETTLE and env.get(SHORT_SETTLE_ENV) != "1":
            raise ConfigError(
                f"{path}: accounts[{index}].follow_up.sent_settle: must be at least "
                f"{int(MIN_SENT_SETTLE.total_seconds())}s (got {settle.total_seconds():g}s); "
                "a shorter look would teach save_sent: auto that the provider does not file "
                "sent mail"
            )
        imap_secret = _resolve_secret(account.imap, f"accounts[{index}].imap", path, env)
        if imap_secret is None and not account.imap.uses_oauth2:
            raise ConfigError(
                f"{path}: accounts[{index}].imap: say where the password comes from: "
                "password_file, password_env, password_credential or password "
                "(or auth: oauth2)"
            )
        smtp_secret = _resolve_secret(account.smtp, f"accounts[{index}].smtp", path, env)
        if imap_secret is not None:
            secrets[(account.name, "imap")] = imap_secret
        smtp_password = smtp_secret or imap_secret
        if smtp_password is not None and not account.smtp.uses_oauth2:
            secrets[(account.name, "smtp")] = smtp_password
        elif not account.smtp.uses_oauth2:
            raise ConfigError(
                f"{path}: accounts[{index}].smtp: say where the password comes from "
                "(imap signs in with oauth2): password_file, password_env, "
                "password_credential, or auth: oauth2"
            )
        for block, key in ((account.imap, "imap"), (account.smtp, "smtp")):
            if block.password is not None:
                warnings.append(
                    f"accounts[{index}].{key}.password is written in the config file; "
                    "prefer password_file, password_env or password_credential"
                )
            if block.ca_file is not None and not block.ca_file.is_file():
                raise ConfigError(
                    f"{path}: accounts[{index}].{key}.ca_file: no such file: {block.ca_file}"
                )
    _check_templates_and_lexicon(settings, path)
    if _holds_inline_secret(settings) and _world_readable(path):
        warnings.append(
            f"{path} holds a password and can be read by other users; run chmod 600 on it"
        )
    state_dir = settings.state_dir or paths.default_state_dir()
    return Config(
        settings=settings,
        path=path,
        state_dir=state_dir,
        secrets=secrets,
        warnings=tuple(warnings),
        token_sources=_token_sources(settings, state_dir, path, env),
    )


def _token_sources(
    settings: Settings, state_dir: Path, path: Path, env: Mapping[str, str]
) -> dict[tuple[str, str], TokenSource]:
    """One TokenSource per distinct OAuth2 block; SMTP shares IMAP's when they are equal."""
    if not any(a.imap.uses_oauth2 or a.smtp.uses_oauth2 for a in settings.accounts):
        return {}
    from daemon import oauth2  # noqa: PLC0415 - only OAuth2 users pay for the import

    sources: dict[tuple[str, str], TokenSource] = {}
    for index, account in enumerate(settings.accounts):
        for server, block in (("imap", account.imap), ("smtp", account.smtp)):
            if block.oauth2 is None:
                continue
            if server == "smtp" and block.oauth2 == account.imap.oauth2:
                sources[(account.name, server)] = sources[(account.name, "imap")]
                continue
            where = f"accounts[{index}].{server}.oauth2"
            secret = _resolve_secret(block.oauth2, where, path, env, prefix="client_secret")
            sources[(account.name, server)] = oauth2.TokenSource(
                oauth2.OAuth2Client.from_settings(block.oauth2, secret),
                oauth2.TokenStore(oauth2.token_path(state_dir, account.name, server)),
                account=account.name,
                label=f"accounts[{index}].{server}",
            )
    return sources


def template_overrides(settings: Settings) -> dict[str, str]:
    """Template sources from ``templates_dir`` files, then inline ``templates:`` entries."""
    overrides: dict[str, str] = {}
    if settings.templates_dir is not None:
        if not settings.templates_dir.is_dir():
            raise OSError(f"no such folder: {settings.templates_dir}")
        for file in sorted(settings.templates_dir.glob("*.j2")):
            overrides[file.name.removesuffix(".j2")] = file.read_text(encoding="utf-8")
    overrides.update(settings.templates)
    return overrides


def _check_templates_and_lexicon(settings: Settings, path: Path) -> None:
    """Broken template overrides or lexicon files are config errors, found at load."""
    from daemon.compose import TemplateError, Templates  # noqa: PLC0415
    from daemon.understand import LexiconError, load_lexicon  # noqa: PLC0415

    try:
        Templates(template_overrides(settings))
    except TemplateError as exc:
        raise ConfigError(f"{path}: templates: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: templates_dir: {exc}") from None
    if settings.lexicon:
        try:
            load_lexicon(settings.lexicon, settings.languages)
        except (LexiconError, OSError) as exc:
            raise ConfigError(f"{path}: lexicon: {exc}") from None


def _holds_inline_secret(settings: Settings) -> bool:
    return any(block.password is not None for a in settings.accounts for block in (a.imap, a.smtp))


def _world_readable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


def _resolve_secret(
    block: ServerSettings | OAuth2Settings,
    where: str,
    path: Path,
    env: Mapping[str, str],
    *,
    prefix: str = "password",
) -> SecretStr | None:
    """The secret named by ``{prefix}``, ``{prefix}_env``, ``_file`` or ``_credential``."""
    inline: SecretStr | None = getattr(block, prefix)
    env_name: str | None = getattr(block, f"{prefix}_env")
    credential: str | None = getattr(block, f"{prefix}_credential")
    if inline is not None:
        return inline
    if env_name is not None:
        value = env.get(env_name)
        if not value:
            raise ConfigError(
                f"{path}: {where}.{prefix}_env: the environment variable "
                f"{env_name} is not set or empty"
            )
        return SecretStr(value)
    secret_file: Path | None = getattr(block, f"{prefix}_file")
    key = f"{prefix}_file"
    if credential is not None:
        key = f"{prefix}_credential"
        directory = env.get("CREDENTIALS_DIRECTORY")
        if not directory:
            raise ConfigError(
                f"{path}: {where}.{key}: $CREDENTIALS_DIRECTORY is not set; "
                "this needs LoadCredential= in the systemd unit"
            )
        secret_file = Path(directory) / credential
    if secret_file is None:
        return None
    try:
        value = secret_file.read_text(encoding="utf-8").strip("\r\n")
    except FileNotFoundError:
        raise ConfigError(f"{path}: {where}.{key}: no such file: {secret_file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {where}.{key}: cannot read {secret_file}: {exc}") from None
    if not value:
        raise ConfigError(f"{path}: {where}.{key}: {secret_file} is empty")
    return SecretStr(value)


def describe_validation_error(exc: ValidationError) -> str:
    """One line for the first problem: the key path, what is wrong, what is allowed."""
    errors = exc.errors(include_url=False)
    # An unknown key is usually a typo that also causes a "missing" error: name it first.
    errors.sort(key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = tuple(first["loc"])
    key = format_loc(loc) or "(top level)"
    kind = first["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(Settings, loc[:-1])
        message = "unknown key"
        if allowed:
            message += f"; allowed here: {', '.join(allowed)}"
    elif kind == "missing":
        message = "required but missing"
    else:
        message = str(first["msg"]).removeprefix("Value error, ")
        if (
            "input" in first
            and kind not in ("value_error",)
            and not isinstance(first["input"], dict | list)
        ):
            message += f" (got {first['input']!r})"
    more = len(errors) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{key}: {message}{suffix}"


def format_loc(loc: tuple[Any, ...]) -> str:
    """``('accounts', 0, 'imap', 'port')`` → ``accounts[0].imap.port``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith(("function-", "tagged-union")):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def _allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        info = current.model_fields.get(str(part))
        if info is None:
            return []
        current = _model_in(info.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _model_in(annotation: Any) -> Any:
    """The BaseModel inside ``X``, ``X | None`` or ``tuple[X, ...]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
