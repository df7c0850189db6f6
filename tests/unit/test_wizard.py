"""daemon.wizard (`followupd init`): scripted answers and flags produce a loadable config."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from daemon.cli import build_parser, main
from daemon.config import Config, load_config
from daemon.wizard import PRESETS, Answers, guess_provider, render, run_init, system_timezone


class Recorder:
    """Stands in for `followupd check`: remembers the config it was given."""

    def __init__(self, status: int = 0) -> None:
        self.status = status
        self.configs: list[Config] = []

    def __call__(self, config: Config) -> int:
        self.configs.append(config)
        return self.status


def _args(config: Path, *flags: str) -> object:
    return build_parser().parse_args(["--config", str(config), "init", *flags])


def _run(
    config: Path, *flags: str, stdin: str = "", check: Recorder | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    status = run_init(
        _args(config, *flags),  # type: ignore[arg-type]
        check=check or Recorder(),
        stdin=io.StringIO(stdin),
        stdout=out,
    )
    return status, out.getvalue()


FLAGS = (
    "--yes",
    "--email",
    "jo.lee@example.net",
    "--name",
    "Jo Lee",
    "--timezone",
    "Europe/Berlin",
    "--provider",
    "fastmail",
)


class TestFlags:
    """Non-interactive use (--yes and flags)."""

    def test_writes_loadable_private_config_and_checks_it(self, tmp_path: Path) -> None:
        """The file is 0600, loads, holds the answers, and check runs on it."""
        config_path = tmp_path / "cfg" / "config.yaml"
        password = tmp_path / "pw"
        check = Recorder()
        status, out = _run(
            config_path,
            *FLAGS,
            "--password-file",
            str(password),
            "--password-stdin",
            stdin="app-pass-123\n",
            check=check,
        )
        assert status == 0, out
        assert stat.S_IMODE(config_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(password.stat().st_mode) == 0o600
        assert password.read_text() == "app-pass-123\n"
        config = load_config(config_path)
        account = config.settings.accounts[0]
        assert account.email == "jo.lee@example.net"
        assert account.display_name == "Jo Lee"
        assert account.imap.host == "imap.fastmail.com"
        assert account.smtp.port == 465
        assert config.settings.timezone == "Europe/Berlin"
        assert config.settings.date_order == "dmy"
        assert config.secret("main", "smtp").get_secret_value() == "app-pass-123"
        assert [c.path for c in check.configs] == [config_path]
        assert "app-pass-123" not in out

    def test_check_failure_is_the_exit_status(self, tmp_path: Path) -> None:
        """When check fails, init exits with check's status (the file stays written)."""
        path = tmp_path / "config.yaml"
        status, _ = _run(
            path, *FLAGS, "--secret", "env", "--password-env", "HOME", check=Recorder(69)
        )
        assert status == 69
        assert path.exists()

    def test_never_overwrites_without_force(self, tmp_path: Path) -> None:
        """An existing file is left alone unless --force is given."""
        path = tmp_path / "config.yaml"
        path.write_text("timezone: UTC\n")
        status, _ = _run(path, *FLAGS, "--secret", "env", "--password-env", "HOME")
        assert status == 78
        assert path.read_text() == "timezone: UTC\n"
        status, _ = _run(path, *FLAGS, "--secret", "env", "--password-env", "HOME", "--force")
        assert status == 0
        assert "Jo Lee" in path.read_text()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def test_missing_required_flag(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--yes without --name fails with a usage error naming what is missing."""
        status, _ = _run(tmp_path / "c.yaml", "--yes", "--email", "a@example.net")
        assert status == 64
        assert "--yes" in capsys.readouterr().err
        assert not (tmp_path / "c.yaml").exists()

    @pytest.mark.parametrize("provider", sorted(PRESETS))
    def test_every_preset_loads(self, tmp_path: Path, provider: str) -> None:
        """Each provider preset yields a config that loads, with its servers filled in."""
        path = tmp_path / "config.yaml"
        status, out = _run(
            path,
            "--yes",
            "--no-check",
            "--email",
            "a@example.net",
            "--name",
            "A",
            "--provider",
            provider,
            "--secret",
            "credential",
        )
        assert status == 0, out
        (tmp_path / "imap-password").write_text("pw\n")
        config = load_config(path, environ={"CREDENTIALS_DIRECTORY": str(tmp_path)})
        assert config.settings.accounts[0].imap.host == PRESETS[provider].imap[0]
        assert config.settings.accounts[0].smtp.tls == PRESETS[provider].smtp[2]

    def test_custom_oauth2(self, tmp_path: Path) -> None:
        """Custom servers with OAuth2 load, with no password, and auth is suggested."""
        path = tmp_path / "config.yaml"
        status, out = _run(
            path,
            "--yes",
            "--email",
            "a@corp.example",
            "--name",
            "A",
            "--provider",
            "custom",
            "--imap-host",
            "mail.corp.example",
            "--imap-tls",
            "starttls",
            "--smtp-host",
            "smtp.corp.example",
            "--smtp-tls",
            "starttls",
            "--secret",
            "oauth2",
            "--client-id",
            "cid",
            "--oauth2-token-url",
            "https://idp.corp.example/token",
            "--oauth2-device-url",
            "https://idp.corp.example/device",
            "--oauth2-scopes",
            "imap smtp offline_access",
        )
        assert status == 0, out
        assert "followupd auth main" in out
        config = load_config(path)
        account = config.settings.accounts[0]
        assert account.imap.port == 143 and account.smtp.port == 587
        assert account.imap.oauth2 is not None
        assert account.imap.oauth2.scopes == ("imap", "smtp", "offline_access")
        assert ("main", "smtp") in config.token_sources

    def test_outlook_oauth2_defaults(self, tmp_path: Path) -> None:
        """Outlook with OAuth2 writes provider microsoft and the tenant."""
        path = tmp_path / "config.yaml"
        status, _ = _run(
            path,
            "--yes",
            "--email",
            "a@outlook.com",
            "--name",
            "A",
            "--provider",
            "outlook",
            "--secret",
            "oauth2",
            "--client-id",
            "cid",
            "--tenant",
            "consumers",
        )
        assert status == 0
        oauth = load_config(path).settings.accounts[0].imap.oauth2
        assert oauth is not None and oauth.provider == "microsoft" and oauth.tenant == "consumers"

    def test_through_the_cli(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """`followupd --config P init --yes ... --no-check` writes P and exits 0."""
        path = tmp_path / "config.yaml"
        monkeypatch.setenv("PW", "x")
        status = main(
            [
                "--config",
                str(path),
                "init",
                "--yes",
                "--no-check",
                "--email",
                "a@example.net",
                "--name",
                "A",
                "--provider",
                "yahoo",
                "--secret",
                "env",
                "--password-env",
                "PW",
            ]
        )
        assert status == 0
        assert load_config(path).settings.accounts[0].imap.host == "imap.mail.yahoo.com"


class TestInteractive:
    """Answers typed on stdin."""

    def test_scripted_session(self, tmp_path: Path) -> None:
        """A whole session: defaults accepted where sensible, the password not echoed back."""
        path = tmp_path / "config.yaml"
        answers = (
            "\n".join(
                [
                    "not-an-address",  # rejected, asked again
                    "sam@gmail.com",
                    'Sam "Q" O\'Neil: PhD',  # quotes and a colon survive YAML
                    "America/New_York",
                    "",  # provider: guessed gmail
                    "",  # login name: the address
                    "file",  # secret storage
                    "",  # password file: default
                    "abcd efgh ijkl mnop",  # the app password
                    "none",  # review
                    "yes",  # write it
                ]
            )
            + "\n"
        )
        check = Recorder()
        status, out = _run(path, stdin=answers, check=check)
        assert status == 0, out
        assert "does not look like an e-mail address" in out
        assert "app password" in out  # Gmail's note
        config = load_config(path)
        account = config.settings.accounts[0]
        assert account.display_name == 'Sam "Q" O\'Neil: PhD'
        assert account.imap.host == "imap.gmail.com"
        assert config.settings.date_order == "mdy"
        assert config.secret("main", "imap").get_secret_value() == "abcd efgh ijkl mnop"
        assert stat.S_IMODE((tmp_path / "main-password").stat().st_mode) == 0o600
        assert len(check.configs) == 1
        if "follow_up" in type(account).model_fields:
            assert account.follow_up.review == "none"  # type: ignore[attr-defined]

    def test_declining_writes_nothing(self, tmp_path: Path) -> None:
        """Answering no at the end leaves no file."""
        path = tmp_path / "config.yaml"
        answers = "a@example.net\nA\nUTC\nfastmail\n\nenv\nPW\ndrafts\nno\n"
        status, out = _run(path, stdin=answers)
        assert status == 1
        assert "Nothing written" in out
        assert not path.exists()

    def test_input_ending_early(self, tmp_path: Path) -> None:
        """Closed stdin mid-way is a usage error, not a hang."""
        status, _ = _run(tmp_path / "c.yaml", stdin="a@example.net\n")
        assert status == 64


class TestHelpers:
    """Provider guessing, the system zone, and rendering."""

    def test_guess_provider(self) -> None:
        """Known domains map to their preset; others to custom."""
        assert guess_provider("x@GMAIL.com") == "gmail"
        assert guess_provider("x@hotmail.com") == "outlook"
        assert guess_provider("x@me.com") == "icloud"
        assert guess_provider("x@corp.example") == "custom"

    def test_system_timezone_prefers_tz(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """$TZ wins when it names a real zone; nonsense falls through."""
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        assert system_timezone() == "Asia/Tokyo"
        monkeypatch.setenv("TZ", "Not/AZone")
        assert system_timezone() != "Not/AZone"

    def test_render_is_commented(self) -> None:
        """The written file explains itself."""
        text = render(
            Answers(
                email="a@b.example",
                name="A",
                imap=("i", 993, "implicit"),
                smtp=("s", 465, "implicit"),
                password_file=Path("/p"),
            )
        )
        assert text.startswith("# interview-followup")
        assert "followupd check" in text
        assert 'password_file: "/p"' in text
