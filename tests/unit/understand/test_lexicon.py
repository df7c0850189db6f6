"""The YAML lexicon: built-in English, merging of user files, clear errors on bad data."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.understand import (
    Context,
    Kind,
    LexiconError,
    load_lexicon,
    shipped_languages,
    understand,
)

from .messages import mail


class TestLoad:
    """Loading and merging."""

    def test_builtin_has_english(self) -> None:
        """The built-in lexicon knows English months and ATS domains."""
        lex = load_lexicon()
        assert lex.months["march"] == 3
        assert "greenhouse-mail.io" in lex.ats_domains
        assert lex.zone_abbreviations["IST"] == "Asia/Kolkata"

    def test_user_file_adds_language(self, tmp_path: Path) -> None:
        """A German file adds words as data; English keeps working."""
        de = tmp_path / "de.yaml"
        de.write_text(
            "language: de\n"
            "phrases:\n  interview_strong: ['vorstellungsgespräch']\n"
            "  confirmation: ['bestätigt']\n"
            "words:\n  months: {märz: 3}\n  weekdays: {montag: 0}\n",
            encoding="utf-8",
        )
        lex = load_lexicon([de], languages=["en"])
        assert lex.languages == ("en", "de")
        assert lex.months["märz"] == 3
        assert lex.months["march"] == 3
        raw = mail(
            sender="Anna Schmidt <anna.schmidt@contoso.de>",
            subject="Ihr Vorstellungsgespräch",
            body="Hallo, Ihr Vorstellungsgespräch ist bestätigt: Montag, 9. März um 14:00 CET.",
        )
        u = understand(raw, Context(timezone="Europe/Berlin", lexicon=lex))
        assert u.kind is Kind.INTERVIEW, u.reasons


class TestLanguages:
    """The shipped languages and how they are chosen."""

    def test_all_shipped_languages_on_by_default(self) -> None:
        """Without a choice every shipped language is loaded, English first."""
        assert shipped_languages() == ("en", "de", "es", "fr", "it", "nl", "pt")
        lex = load_lexicon()
        assert lex.languages == ("en", "de", "es", "fr", "it", "nl", "pt")
        assert lex.months["märz"] == lex.months["mars"] == lex.months["marzo"] == 3
        assert lex.weekdays["martedì"] == 1
        assert lex.weekdays["dienstag"] == lex.weekdays["mardi"] == lex.weekdays["martes"] == 1

    def test_narrowed_keeps_english(self) -> None:
        """Naming one language loads English (the shared sender and zone data) and it."""
        lex = load_lexicon(languages=["de"])
        assert lex.languages == ("en", "de")
        assert "mars" not in lex.months
        assert "greenhouse-mail.io" in lex.ats_domains

    def test_english_only(self) -> None:
        """``[en]`` turns the other languages off."""
        assert load_lexicon(languages=["en"]).languages == ("en",)

    def test_user_file_merges_over_shipped(self, tmp_path: Path) -> None:
        """A user file is merged after the shipped languages."""
        extra = tmp_path / "extra.yaml"
        extra.write_text("words:\n  months: {maerz: 3}\n", encoding="utf-8")
        lex = load_lexicon([extra], languages=["en", "fr"])
        assert lex.languages == ("en", "fr")
        assert lex.months["maerz"] == 3

    def test_unknown_language(self) -> None:
        """A language that is not shipped is a LexiconError naming the choices."""
        with pytest.raises(LexiconError, match="unknown language 'xx'; choose from de, en, es, fr"):
            load_lexicon(languages=["xx"])


class TestErrors:
    """Bad data names the file and field."""

    @pytest.mark.parametrize(
        ("content", "needle"),
        [
            ("nonsense: 1\n", "unknown section 'nonsense'"),
            ("phrases:\n  cancel: 'x'\n", "phrases.cancel must be a list"),
            ("phrases:\n  typo_key: ['x']\n", "unknown key phrases.'typo_key'"),
            ("phrases:\n  cancel: ['(unclosed']\n", "invalid regular expression"),
            ("words:\n  months: {foo: 13}\n", "month numbers"),
            ("zones:\n  abbreviations: {XYZ: Mars/Olympus}\n", "unknown IANA zone"),
            ("- a list\n", "top level must be a mapping"),
            ("key: [unclosed\n", "not valid YAML"),
        ],
    )
    def test_bad_file(self, tmp_path: Path, content: str, needle: str) -> None:
        """A malformed lexicon file raises LexiconError with a clear message."""
        path = tmp_path / "bad.yaml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(LexiconError, match=needle):
            load_lexicon([path])

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file raises LexiconError, which is a ValueError."""
        with pytest.raises(ValueError, match="cannot read lexicon file"):
            load_lexicon([tmp_path / "nope.yaml"])


def test_the_fast_yaml_loader_reads_the_shipped_files_as_the_safe_loader_does() -> None:
    """libyaml's loader (used when PyYAML has it) gives the same data as the pure one."""
    import yaml

    from daemon.understand._lexicon import YAML_LOADER

    for path in sorted(
        (Path(__file__).resolve().parents[3] / "daemon/understand/lexicon").glob("*.yaml")
    ):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=YAML_LOADER) == yaml.safe_load(text), path.name


class TestShippedBuild:
    """The shipped lexicon compiles its phrases on first use; a user's file up front."""

    def test_every_shipped_pattern_passes_the_checks_a_users_file_gets(
        self, tmp_path: Path
    ) -> None:
        """Merged with an empty user file, the shipped data goes through every compile check."""
        extra = tmp_path / "empty.yaml"
        extra.write_text("# nothing to add\n", encoding="utf-8")
        checked = load_lexicon([extra])
        lazy = load_lexicon()
        assert set(checked.phrases) == set(lazy.phrases)
        for key, phrase in lazy.phrases.items():
            assert phrase.pattern == checked.phrases[key].pattern, key
            assert phrase.full.pattern == phrase.pattern, key

    def test_a_bad_pattern_in_a_users_file_is_an_error_at_load(self, tmp_path: Path) -> None:
        """Laziness is for the shipped data only: a user's broken phrase fails at load."""
        extra = tmp_path / "bad.yaml"
        extra.write_text("phrases:\n  interview_strong: ['(unclosed']\n", encoding="utf-8")
        with pytest.raises(LexiconError, match=r"phrases\.interview_strong"):
            load_lexicon([extra])

    def test_the_lazy_and_the_checked_lexicon_read_mail_alike(self, tmp_path: Path) -> None:
        """A confirmation reads the same through the lazily compiled shipped phrases."""
        extra = tmp_path / "empty.yaml"
        extra.write_text("# nothing to add\n", encoding="utf-8")
        raw = mail(
            sender="Dana Reyes <dana.reyes@brightfield.example>",
            subject="Interview confirmation: Data Analyst",
            body="Hi,\n\nThis confirms your interview on Tuesday 3 March 2026 at 10:00 am with "
            "Dana Reyes.\n\nBest,\nDana",
        )
        results = [
            understand(raw, Context(user_addresses=frozenset({"me@example.com"}), lexicon=lex))
            for lex in (load_lexicon(), load_lexicon([extra]))
        ]
        assert results[0].kind is Kind.INTERVIEW
        assert results[0] == results[1]
