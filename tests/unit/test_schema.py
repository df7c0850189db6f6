"""daemon.schema: the JSON Schema of the config file, generated from the config model."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from daemon.cli import main
from daemon.schema import SCHEMA_DIALECT, config_schema, run_config_schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config.example.yaml"


def _validator() -> Any:
    schema = config_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _example() -> dict[str, Any]:
    data = yaml.safe_load(EXAMPLE.read_text())
    assert isinstance(data, dict)
    return data


class TestConfigSchema:
    """config_schema() and `followupd config-schema`."""

    def test_is_a_valid_draft_2020_12_schema(self) -> None:
        """The schema names its dialect, an $id and a title, and is itself valid."""
        schema = config_schema()
        assert schema["$schema"] == SCHEMA_DIALECT
        assert schema["$id"].endswith(".json")
        assert schema["title"]
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_example_config_validates(self) -> None:
        """config.example.yaml, as shipped, satisfies the schema."""
        errors = sorted(_validator().iter_errors(_example()), key=str)
        assert not errors, "\n".join(e.message for e in errors)

    def test_typo_is_rejected(self) -> None:
        """An unknown key (a typo) fails, as it does when the daemon loads the file."""
        data = copy.deepcopy(_example())
        data["accounts"][0]["imap"]["hots"] = "imap.example.net"
        assert not _validator().is_valid(data)

    def test_wrong_type_and_choice_are_rejected(self) -> None:
        """A port that is not a number and a TLS mode outside the choices both fail."""
        data = copy.deepcopy(_example())
        data["accounts"][0]["imap"]["tls"] = "sometimes"
        assert not _validator().is_valid(data)
        data = copy.deepcopy(_example())
        data["accounts"][0]["imap"]["port"] = "nine-nine-three"
        assert not _validator().is_valid(data)

    def test_languages_are_an_enum(self) -> None:
        """``languages`` lists the shipped codes as choices, one alone or a list."""
        data = copy.deepcopy(_example())
        for good in ("en", ["en", "de"], None):
            data["languages"] = good
            assert _validator().is_valid(data), good
        for bad in ("klingon", ["en", "klingon"], [], 5):
            data["languages"] = bad
            assert not _validator().is_valid(data), bad

    def test_oauth2_block_validates(self) -> None:
        """An account signing in with OAuth2 (no password) satisfies the schema."""
        data = copy.deepcopy(_example())
        imap = data["accounts"][0]["imap"]
        for key in ("password_file", "password_env", "password_credential", "password"):
            imap.pop(key, None)
        imap["auth"] = "oauth2"
        imap["oauth2"] = {"provider": "microsoft", "client_id": "0000-1111", "tenant": "common"}
        assert _validator().is_valid(data)
        imap["oauth2"]["provider"] = "yahoo"
        assert not _validator().is_valid(data)

    def test_printed_as_json(self) -> None:
        """run_config_schema() prints the same schema as JSON."""
        out = io.StringIO()
        assert run_config_schema(out) == 0
        assert json.loads(out.getvalue()) == config_schema()

    def test_cli_subcommand(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`followupd config-schema` needs no config file and prints the schema."""
        assert main(["--config", "/nonexistent/config.yaml", "config-schema"]) == 0
        assert json.loads(capsys.readouterr().out)["$id"] == config_schema()["$id"]
