"""The no-reply send guard reads the lexicon, and the service builds one lexicon per config.

Review of 2026-11-25: French, Spanish and German no-reply addresses were unknown to the
guard, and the lexicon was rebuilt for every folder watcher and policy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon import service
from daemon.cases import AUTOMATIC_LOCAL, is_automatic_address
from daemon.config import load_config
from daemon.understand import load_lexicon

CONFIG = """\
timezone: Europe/Berlin
languages: [en]
lexicon: [{extra}]
accounts:
  - name: main
    email: me@example.net
    display_name: Me Myself
    imap: {{host: imap.example.net, password_env: TEST_PW}}
    smtp: {{host: smtp.example.net, tls: starttls}}
"""

EXTRA = """\
senders:
  noreply_locals: ['robot-[0-9]+']
  ats_domains: ['hire.example']
"""


class TestNoReplyGuard:
    """is_automatic_address()."""

    @pytest.mark.parametrize(
        "address",
        [
            "ne-pas-repondre@acme.fr",
            "nepasrepondre@acme.fr",
            "ne_pas_repondre@acme.fr",
            "no-responder@acme.es",
            "noresponder@acme.es",
            "no_responder@acme.es",
            "keine-antwort@acme.de",
            "nicht-antworten@acme.de",
            "bitte-nicht-antworten@acme.de",
            "recrutement.ne-pas-repondre@acme.fr",
            "No-Reply@acme.com",
            "jobs-noreply@acme.com",
        ],
    )
    def test_no_reply_in_every_language(self, address: str) -> None:
        """No-reply addresses of every shipped language are never written to."""
        assert is_automatic_address(address)

    @pytest.mark.parametrize(
        "address", ["nora.keine@acme.de", "anne.pasquier@acme.fr", "noelia@acme.es"]
    )
    def test_people_are_not_no_reply(self, address: str) -> None:
        """People whose names start like a no-reply word are still people."""
        assert not is_automatic_address(address)

    @pytest.mark.parametrize(
        "local",
        [
            "noreply",
            "do-not-reply",
            "mailer-daemon",
            "postmaster",
            "bounces",
            "automated",
            "auto-reply",
            "daemon",
            "notifications",
        ],
    )
    def test_never_weaker_than_the_english_floor(self, tmp_path: Path, local: str) -> None:
        """Whatever lexicon is passed, every address the fixed pattern blocks stays blocked."""
        assert AUTOMATIC_LOCAL.match(local)
        empty = tmp_path / "empty.yaml"
        empty.write_text("language: xx\n")
        lex = load_lexicon([empty], languages=["en"])
        assert is_automatic_address(f"{local}@example.com", lex)

    def test_user_lexicon_adds_patterns(self, tmp_path: Path) -> None:
        """A user's lexicon file adds no-reply forms to the guard."""
        extra = tmp_path / "extra.yaml"
        extra.write_text(EXTRA)
        assert not is_automatic_address("robot-7@acme.example")
        assert is_automatic_address("robot-7@acme.example", load_lexicon([extra]))


class TestOneLexiconPerConfig:
    """The service builds the lexicon once and hands it to everything that needs it."""

    def test_helpers_use_the_given_lexicon(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Policy, analyser and runtime take the passed lexicon and never build their own."""
        extra = tmp_path / "extra.yaml"
        extra.write_text(EXTRA)
        path = tmp_path / "config.yaml"
        path.write_text(CONFIG.format(extra=extra))
        path.chmod(0o600)
        config = load_config(path, environ={"TEST_PW": "pw"})
        lexicon = service.load_config_lexicon(config)
        assert "hire.example" in lexicon.ats_domains

        def refuse(*_: object, **__: object) -> None:
            raise AssertionError("lexicon rebuilt")

        monkeypatch.setattr(service, "load_config_lexicon", refuse)
        monkeypatch.setattr("daemon.understand.load_lexicon", refuse)
        account = config.settings.accounts[0]
        policy = service.make_policy(config, account, lexicon)
        runtime = service.make_runtime(config, account, lexicon)
        service.make_analyser(config, account, lexicon)
        assert "hire.example" in policy.excluded_domains
        assert runtime.lexicon is lexicon
