"""Logging never shows a secret."""

from __future__ import annotations

import io
import json

from daemon import logs


def test_registered_secret_is_masked_everywhere() -> None:
    """A registered password is masked in messages, nested values and exceptions."""
    out = io.StringIO()
    logs.configure("debug", json=True, stream=out)
    logs.register_secret("tops3cret-pw")
    log = logs.get_logger(account="a")
    log.info("login", detail="used tops3cret-pw", nested={"x": ["tops3cret-pw"]})
    log.warning("failed", error=RuntimeError("auth tops3cret-pw rejected"))
    text = out.getvalue()
    assert "tops3cret-pw" not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert lines[0]["detail"] == "used ***"
    assert lines[0]["account"] == "a"


def test_secret_keys_are_masked() -> None:
    """Keys named like secrets are masked whatever their value."""
    out = io.StringIO()
    logs.configure("info", json=True, stream=out)
    logs.get_logger().info("x", password="abc", token="def", refresh_token="ghi")
    line = json.loads(out.getvalue())
    assert (line["password"], line["token"], line["refresh_token"]) == ("***", "***", "***")


def test_json_when_not_a_terminal(monkeypatch: object) -> None:
    """JSON lines are chosen for non-TTY output and under journald."""
    assert logs.wants_json(io.StringIO())
