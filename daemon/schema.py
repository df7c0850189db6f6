"""``followupd config-schema``: the JSON Schema of the config file, from the config model.

Editors (VS Code's YAML extension, JetBrains, Neovim with yaml-language-server) use it to
complete keys and flag mistakes while typing, e.g. with this first line in config.yaml:

    # yaml-language-server: $schema=/path/to/followupd-config.schema.json

The schema is generated from :class:`daemon.config.Settings`, so it cannot drift from what
the daemon accepts; the daemon still validates on load (cross-field rules, files, zones).
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from daemon import __version__
from daemon.config import Settings

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://example.invalid/interview-followup/config.schema.json"


def config_schema() -> dict[str, Any]:
    """The schema as a dict: pydantic's, with $schema, $id, title and a description."""
    generated = Settings.model_json_schema(mode="validation")
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "interview-followup (followupd) configuration",
        "description": f"config.yaml for followupd {__version__}; "
        "see config.example.yaml for every setting with comments",
    }
    generated.pop("title", None)
    generated.pop("description", None)
    schema.update(generated)
    return schema


def run_config_schema(out: TextIO | None = None) -> int:
    """Print the schema as JSON; returns the exit status."""
    stream = out or sys.stdout
    json.dump(config_schema(), stream, indent=2, sort_keys=False, ensure_ascii=False)
    stream.write("\n")
    return 0
