"""Configuration loading: validated, frozen, one clear line per problem."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.config import MIN_SENT_SETTLE, SHORT_SETTLE_ENV, load_config
from daemon.errors import EX_CONFIG, ConfigError

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """\
timezone: Europe/London
accounts:
  - name: main
    email: me@example.net
    display_name: Me Myself
    imap: {host: imap.example.net, password_env: TEST_PW}
    smtp: {host: smtp.example.net, tls: starttls}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    path.chmod(0o600)
    return path


class TestValidConfig:
    def test_minimal_config_loads_with_defaults(self, tmp_path: Path) -> None:
        """A minimal file loads; ports follow the TLS mode and folders default to INBOX."""
        config = load_config(write(tmp_path, MINIMAL), environ={"TEST_PW": "s3cret"})
        account = config.settings.accounts[0]
        assert account.imap.effective_port() == 993
        assert account.smtp.effective_port() == 587
        assert account.watch.folders == ("INBOX",)
        assert account.watch.lookback == dt.timedelta(days=30)
        assert config.secret("main", "imap").get_secret_value() == "s3cret"
        assert config.secret("main", "smtp").get_secret_value() == "s3cret"
        assert config.username(account, "smtp") == "me@example.net"

    def test_settings_are_frozen(self, tmp_path: Path) -> None:
        """Loaded settings cannot be changed by accident."""
        config = load_config(write(tmp_path, MINIMAL), environ={"TEST_PW": "x" * 8})
        with pytest.raises(ValueError, match="frozen"):
            config.settings.accounts[0].imap.host = "evil"  # type: ignore[misc]

    def test_example_config_is_valid(self, tmp_path: Path) -> None:
        """config.example.yaml validates once its password file exists."""
        text = (ROOT / "config.example.yaml").read_text()
        secret = tmp_path / "pw"
        secret.write_text("pw\n")
        text = text.replace("~/.config/interview-followup/imap-password", str(secret))
        config = load_config(write(tmp_path, text), environ={})
        assert config.settings.date_order == "dmy"
        assert config.secret("personal", "imap").get_secret_value() == "pw"

    def test_password_file_and_credential(self, tmp_path: Path) -> None:
        """Secrets come from a file or from systemd's credentials directory."""
        (tmp_path / "creds").mkdir()
        (tmp_path / "creds" / "imap").write_text("from-cred\n")
        (tmp_path / "smtp.pw").write_text("from-file")
        text = MINIMAL.replace("password_env: TEST_PW", "password_credential: imap").replace(
            "tls: starttls}", f"tls: starttls, password_file: {tmp_path / 'smtp.pw'}}}"
        )
        config = load_config(
            write(tmp_path, text), environ={"CREDENTIALS_DIRECTORY": str(tmp_path / "creds")}
        )
        assert config.secret("main", "imap").get_secret_value() == "from-cred"
        assert config.secret("main", "smtp").get_secret_value() == "from-file"

    def test_inline_password_is_warned_about(self, tmp_path: Path) -> None:
        """An inline password works but produces a warning."""
        text = MINIMAL.replace("password_env: TEST_PW", "password: hunter22")
        path = write(tmp_path, text)
        path.chmod(0o644)
        config = load_config(path, environ={})
        assert any("written in the config file" in w for w in config.warnings)
        assert any("chmod 600" in w for w in config.warnings)

    def test_secret_never_in_repr(self, tmp_path: Path) -> None:
        """The password does not appear in the settings' repr."""
        text = MINIMAL.replace("password_env: TEST_PW", "password: hunter22")
        config = load_config(write(tmp_path, text), environ={})
        assert "hunter22" not in repr(config.settings)
        assert "hunter22" not in repr(config)


class TestBadConfig:
    @pytest.mark.parametrize(
        ("mutation", "expected"),
        [
            (
                ("host: imap.example.net", "hots: imap.example.net"),
                "accounts[0].imap.hots: unknown key; allowed here: host, port",
            ),
            (
                ("timezone: Europe/London", "timezone: Mars/Olympus"),
                "timezone: unknown time zone 'Mars/Olympus'",
            ),
            (
                (
                    "smtp: {host: smtp.example.net, tls: starttls}",
                    "smtp: {host: smtp.example.net, tls: ssl}",
                ),
                "accounts[0].smtp.tls: Input should be 'implicit', 'starttls' or 'none'",
            ),
            (
                ("password_env: TEST_PW}", "password_env: TEST_PW, port: high}"),
                "accounts[0].imap.port: Input should be a valid integer",
            ),
            (("    email: me@example.net\n", ""), "accounts[0].email: required but missing"),
            (
                (
                    "smtp: {host: smtp.example.net, tls: starttls}",
                    "smtp: {host: smtp.example.net, tls: none}",
                ),
                "set allow_insecure: true",
            ),
            (
                ("timezone: Europe/London\n", "timezone: Europe/London\nsurprise: 1\n"),
                "surprise: unknown key; allowed here: timezone",
            ),
        ],
    )
    def test_error_names_key_and_allowed_values(
        self, tmp_path: Path, mutation: tuple[str, str], expected: str
    ) -> None:
        """Each mistake gives one line naming the file, the key path and what is allowed."""
        path = write(tmp_path, MINIMAL.replace(*mutation))
        with pytest.raises(ConfigError) as info:
            load_config(path, environ={"TEST_PW": "pw"})
        message = str(info.value)
        assert message.startswith(str(path))
        assert expected in message
        assert "\n" not in message

    def test_yaml_syntax_error_names_line(self, tmp_path: Path) -> None:
        """A YAML syntax error names the line and column."""
        path = write(tmp_path, "timezone: [unclosed\naccounts: []\n")
        with pytest.raises(ConfigError, match=r"line \d+, column \d+: YAML error"):
            load_config(path, environ={})

    def test_missing_secret_file(self, tmp_path: Path) -> None:
        """A password_file that does not exist is named."""
        path = write(tmp_path, MINIMAL.replace("password_env: TEST_PW", "password_file: /nope/pw"))
        with pytest.raises(
            ConfigError, match=r"accounts\[0\]\.imap\.password_file: no such file: /nope/pw"
        ):
            load_config(path, environ={})

    def test_unset_environment_variable(self, tmp_path: Path) -> None:
        """password_env naming an unset variable is an error, not an empty password."""
        with pytest.raises(ConfigError, match="TEST_PW is not set"):
            load_config(write(tmp_path, MINIMAL), environ={})

    def test_credential_without_systemd(self, tmp_path: Path) -> None:
        """password_credential outside systemd explains LoadCredential=."""
        text = MINIMAL.replace("password_env: TEST_PW", "password_credential: imap")
        with pytest.raises(ConfigError, match="LoadCredential"):
            load_config(write(tmp_path, text), environ={})

    def test_no_password_source(self, tmp_path: Path) -> None:
        """An IMAP block with no password source says which keys to use."""
        text = MINIMAL.replace(", password_env: TEST_PW", "")
        with pytest.raises(ConfigError, match="say where the password comes from"):
            load_config(write(tmp_path, text), environ={})

    def test_duplicate_account_names(self, tmp_path: Path) -> None:
        """Two accounts with one name are refused."""
        account = MINIMAL.split("accounts:\n", 1)[1]
        path = write(tmp_path, MINIMAL + account)
        with pytest.raises(ConfigError, match="repeated: main"):
            load_config(path, environ={"TEST_PW": "pw"})

    def test_sent_settle_below_the_floor(self, tmp_path: Path) -> None:
        """sent_settle under 30 s is one line naming the field and the minimum."""
        text = MINIMAL + "    follow_up: {sent_settle: 5s}\n"
        with pytest.raises(ConfigError) as caught:
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        message = str(caught.value)
        assert "accounts[0].follow_up.sent_settle: must be at least 30s (got 5s)" in message
        assert "\n" not in message

    def test_sent_settle_floor_and_test_escape(self, tmp_path: Path) -> None:
        """30 s is accepted; shorter only with the test-only environment variable."""
        text = MINIMAL + "    follow_up: {sent_settle: 30s}\n"
        config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        assert config.settings.accounts[0].follow_up.sent_settle == MIN_SENT_SETTLE
        text = MINIMAL + "    follow_up: {sent_settle: 0s}\n"
        env = {"TEST_PW": "pw", SHORT_SETTLE_ENV: "1"}
        config = load_config(write(tmp_path, text), environ=env)
        assert config.settings.accounts[0].follow_up.sent_settle == dt.timedelta(0)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file says how to create one."""
        with pytest.raises(ConfigError, match="no such file; copy config.example.yaml"):
            load_config(tmp_path / "absent.yaml", environ={})

    def test_cli_exits_78_with_one_line(self, tmp_path: Path) -> None:
        """`followupd check` on a bad file exits 78 with one line on stderr, no traceback."""
        path = write(tmp_path, MINIMAL.replace("host: imap.example.net", "hots: x"))
        result = subprocess.run(
            [sys.executable, "-m", "daemon", "--config", str(path), "check"],
            capture_output=True,
            text=True,
            env={**os.environ, "TEST_PW": "pw"},
            check=False,
            timeout=60,
        )
        assert result.returncode == EX_CONFIG
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "accounts[0].imap.hots: unknown key" in lines[0]
        assert "Traceback" not in result.stderr


class TestTemplatesAndLexicon:
    def test_broken_template_override_is_a_config_error(self, tmp_path: Path) -> None:
        """A template that does not compile is reported at load, naming it."""
        text = MINIMAL + "templates:\n  thank_you.body: '{% if %}'\n"
        with pytest.raises(ConfigError, match=r"templates: template thank_you.body"):
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})

    def test_unknown_template_name(self, tmp_path: Path) -> None:
        """An override for a template that does not exist lists the real names."""
        text = MINIMAL + "templates:\n  thanks.body: hi\n"
        with pytest.raises(ConfigError, match="unknown template name"):
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})

    def test_bad_lexicon_file(self, tmp_path: Path) -> None:
        """A malformed lexicon file is a config error, not a crash later."""
        lexicon = tmp_path / "de.yaml"
        lexicon.write_text("phrases:\n  no_such_section: [x]\n")
        text = MINIMAL + f"lexicon: [{lexicon}]\n"
        with pytest.raises(ConfigError, match="lexicon:"):
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})

    def test_languages_default_to_all(self, tmp_path: Path) -> None:
        """Without ``languages`` every shipped language is on (None means all)."""
        config = load_config(write(tmp_path, MINIMAL), environ={"TEST_PW": "pw"})
        assert config.settings.languages is None

    def test_languages_narrow(self, tmp_path: Path) -> None:
        """``languages: [en, de]`` is kept as given."""
        text = MINIMAL + "languages: [en, de]\n"
        config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        assert config.settings.languages == ("en", "de")

    def test_learned_model_is_on_unless_turned_off(self, tmp_path: Path) -> None:
        """``learned_model`` reaches the classifier's context (on by default)."""
        from daemon import service

        for text, want in ((MINIMAL, True), (MINIMAL + "learned_model: false\n", False)):
            config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
            assert config.settings.learned_model is want
            analyse = service.make_analyser(config, config.settings.accounts[0])
            assert analyse.keywords["ctx"].learned is want  # type: ignore[attr-defined]

    def test_unknown_language_is_one_line(self, tmp_path: Path) -> None:
        """A language that is not shipped is a one-line error naming the field and choices."""
        text = MINIMAL + "languages: [en, klingon]\n"
        with pytest.raises(ConfigError) as info:
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        message = str(info.value)
        assert "\n" not in message
        assert "languages" in message
        assert "unknown language 'klingon'; choose from de, en, es, fr, it, nl, pt" in message

    def test_one_language_without_brackets(self, tmp_path: Path) -> None:
        """``languages: en`` (a string) means ``[en]``."""
        text = MINIMAL + "languages: en\n"
        config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        assert config.settings.languages == ("en",)

    @pytest.mark.parametrize("value", ["{en: yes}", "5", "[en, 5]"])
    def test_wrong_shape_names_the_choices(self, tmp_path: Path, value: str) -> None:
        """Any other shape is one line naming ``languages`` and the allowed codes."""
        text = MINIMAL + f"languages: {value}\n"
        with pytest.raises(ConfigError) as info:
            load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        message = str(info.value)
        assert "\n" not in message
        assert (
            "languages: a language code or a list of them; choose from de, en, es, fr, it, nl, pt"
            in (message)
        )

    def test_unknown_language_checked_by_the_lexicon(self) -> None:
        """Config and lexicon reject an unknown code with the lexicon's one message."""
        from daemon.understand import LexiconError, load_lexicon

        with pytest.raises(LexiconError, match="unknown language 'xx'; choose from de, en"):
            load_lexicon(languages=["xx"])


def test_templates_dir_overrides_by_file(tmp_path: Path) -> None:
    """A folder of <name>.j2 files overrides the built-in templates; a bad one is named."""
    from daemon.compose import NoticeInput, Templates, compose_notice
    from daemon.config import template_overrides

    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "notice.subject.j2").write_text("Heads up: {{ headline }}\n")
    text = MINIMAL + f"templates_dir: {folder}\n"
    config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
    draft = compose_notice(
        NoticeInput(user_name="Me", headline="hello"),
        Templates(template_overrides(config.settings)),
    )
    assert draft.subject.endswith("Heads up: hello")
    (folder / "thank_you.body.j2").write_text("{% for %}")
    with pytest.raises(ConfigError, match="thank_you.body"):
        load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})


class TestInterviewFolder:
    """The folder for missed interviews is off by default and must be a folder of its own."""

    def test_off_by_default_and_named_when_set(self, tmp_path: Path) -> None:
        config = load_config(write(tmp_path, MINIMAL), environ={"TEST_PW": "pw"})
        assert config.settings.accounts[0].watch.interview_folder is None
        text = MINIMAL + "    watch: {interview_folder: Interviews}\n"
        config = load_config(write(tmp_path, text), environ={"TEST_PW": "pw"})
        assert config.settings.accounts[0].watch.interview_folder == "Interviews"

    @pytest.mark.parametrize("folder", ["INBOX", "inbox", "Recruiting"])
    def test_never_a_watched_folder(self, tmp_path: Path, folder: str) -> None:
        text = (
            MINIMAL + f"    watch: {{folders: [INBOX, Recruiting], interview_folder: {folder}}}\n"
        )
        path = write(tmp_path, text)
        with pytest.raises(ConfigError) as info:
            load_config(path, environ={"TEST_PW": "pw"})
        message = str(info.value)
        assert "interview_folder" in message
        assert "\n" not in message
