"""Structured logging: readable in a terminal, JSON lines under systemd or when piped.

Secrets never reach a log line: values registered with :func:`register_secret` are replaced
wherever they appear, and keys that name a secret are masked whatever their value.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

_SECRET_KEYS = frozenset(
    {"password", "passwd", "secret", "token", "access_token", "refresh_token", "authorization"}
)
_MASK = "***"
_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Never print ``value``: it is masked in every later log line."""
    if len(value) >= 3:
        with _secrets_lock:
            _secrets.add(value)


def redact_text(text: str) -> str:
    """``text`` with every registered secret masked."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, _MASK)
    return text


def _redact(value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, BaseException):
        return redact_text(f"{type(value).__name__}: {value}")
    if isinstance(value, dict):
        return {
            k: _MASK if str(k).lower() in _SECRET_KEYS else _redact(v) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(_redact(v) for v in value)
    return value


def _redact_processor(
    _logger: Any, _name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    for key, value in list(event_dict.items()):
        if key.lower() in _SECRET_KEYS:
            event_dict[key] = _MASK
        else:
            event_dict[key] = _redact(value)
    return event_dict


def wants_json(stream: TextIO) -> bool:
    """JSON when systemd's journal is our stdout, or when the stream is not a terminal."""
    if os.environ.get("JOURNAL_STREAM"):
        return True
    try:
        return not stream.isatty()
    except (AttributeError, ValueError):
        return True


def configure(
    level: str = "info", *, json: bool | None = None, stream: TextIO | None = None
) -> None:
    """Set up structlog (and route stdlib logging of libraries through the same output)."""
    out = stream or sys.stderr
    use_json = wants_json(out) if json is None else json
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info
        if use_json
        else structlog.processors.ExceptionPrettyPrinter(),
        _redact_processor,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if use_json
        else structlog.dev.ConsoleRenderer(colors=out.isatty() if hasattr(out, "isatty") else False)
    )
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
    # Libraries (imapclient, aiosmtplib, apscheduler) log through stdlib logging; keep their
    # chatter at WARNING and make it pass the same redaction.
    handler = logging.StreamHandler(out)
    handler.setFormatter(_RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(numeric, logging.WARNING))


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_text(super().format(record))


def get_logger(**context: Any) -> structlog.stdlib.BoundLogger:
    """A logger with ``context`` bound (account, folder, case, message...)."""
    logger: structlog.stdlib.BoundLogger = structlog.get_logger().bind(**context)
    return logger
