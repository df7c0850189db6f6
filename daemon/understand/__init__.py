"""Understanding mail: RFC 5322 bytes in, a typed :class:`Understanding` out. No I/O.

```
understand(raw, ctx) -> Understanding      # never raises on bad mail
understand(raw, ctx, filed_as_interview=True)  # the user says it is an interview
bulk_by_headers(header, ctx) -> Understanding | None  # the same "bulk" from headers, or None
header_section_message(header) -> Message | None  # the stdlib header parser's result, quickly
load_lexicon(paths, languages) -> Lexicon  # shipped languages (all by default) + user files
shipped_languages() -> tuple[str, ...]     # "en" first, then lexicon/*.yaml by name
resolve_languages(codes) -> tuple[str, ...] # the codes to load; LexiconError if one is unknown
given_first(name, lex) -> (name, title)    # "Roe, Jane" -> "Jane Roe"; "Jane Roe, PhD" kept
```

Errors:

```
ValueError
 └── LexiconError        a lexicon file is unreadable or holds malformed data
Exception
 └── UnreadableMessage   for callers (``followupd inspect``) that need to report a file
                         that is not mail at all; ``understand`` itself never raises it
```
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from ._classify import Settings, classify
from ._classify import bulk_by_headers as _bulk_by_headers
from ._filed import filed_as_interview as read_as_interview
from ._headers import header_section_message
from ._lexicon import (
    Lexicon,
    LexiconError,
    default_lexicon,
    load_lexicon,
    resolve_languages,
    shipped_languages,
)
from ._mime import parse
from ._names import given_first
from ._safety import in_domains
from ._screen import may_settle_by_headers, single_text_part
from .model import (
    DateOrder,
    Interview,
    Kind,
    Person,
    ThreadIds,
    Understanding,
)


class UnreadableMessage(Exception):
    """Input that is not an RFC 5322 message at all (for callers that must say so)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What understanding needs to know about the user; validated plain data."""

    user_addresses: frozenset[str] = frozenset()
    """Lower-cased; the user themself is never an interviewer."""
    user_name: str | None = None
    timezone: str = "UTC"
    """IANA zone used when mail gives none."""
    date_order: DateOrder = "mdy"
    """How "3/9" is read ("dmy" for UK users)."""
    lexicon: Lexicon = field(default_factory=default_lexicon)
    learned: bool = True
    """Whether the learned second opinion (``_resemblance``) may find interviews the rules
    miss."""


def _settings(ctx: Context) -> Settings:
    return Settings(
        user_addresses=frozenset(a.lower() for a in ctx.user_addresses),
        user_name=ctx.user_name,
        timezone=ctx.timezone,
        date_order=ctx.date_order,
        lexicon=ctx.lexicon,
        learned=ctx.learned,
    )


def bulk_by_headers(header: bytes, ctx: Context | None = None) -> Understanding | None:
    """What :func:`understand` says of a header section when that is "bulk", else None.

    For the watcher's screening of mail that :func:`may_settle_by_headers` let through: it
    skips the classifier's reading of text, which a header section does not have. Never
    raises; None sends the message down the full path.
    """
    ctx = ctx or Context()
    try:
        return _bulk_by_headers(parse(header), _settings(ctx))
    except Exception:  # noqa: BLE001 - contract: bad mail never raises; None is always safe
        return None


def understand(
    raw: bytes,
    ctx: Context | None = None,
    *,
    filed_as_interview: bool = False,
    hiring_thread: Callable[[ThreadIds], bool] | None = None,
) -> Understanding:
    """Understand one RFC 5322 message. Never raises for any input bytes.

    ``filed_as_interview``: the user filed it as an interview the classifier missed; it is
    read as one when it states a single time (see ``_filed``). ``hiring_thread``: whether
    the message's thread ids (its own, In-Reply-To, References) lead to mail already known
    as the user's interview, its scheduling or its cancellation (the daemon asks its store);
    a reply in such a thread is read as about the user's candidacy, though it may not say so.
    """
    ctx = ctx or Context()
    settings = _settings(ctx)
    try:
        parsed = parse(raw)
        if hiring_thread is not None and hiring_thread(parsed.thread):
            settings = dataclasses.replace(settings, hiring_thread=True)
        if filed_as_interview:
            return read_as_interview(parsed, settings)
        return classify(parsed, settings)
    except RecursionError:
        return Understanding(kind=Kind.OTHER, reasons=("message too deeply nested to read",))
    except Exception as exc:  # noqa: BLE001 - contract: bad mail never raises
        return Understanding(
            kind=Kind.OTHER, reasons=(f"could not be understood ({type(exc).__name__})",)
        )


__all__ = [
    "Context",
    "DateOrder",
    "Interview",
    "Kind",
    "Lexicon",
    "LexiconError",
    "Person",
    "ThreadIds",
    "Understanding",
    "UnreadableMessage",
    "bulk_by_headers",
    "default_lexicon",
    "given_first",
    "header_section_message",
    "in_domains",
    "load_lexicon",
    "may_settle_by_headers",
    "resolve_languages",
    "shipped_languages",
    "single_text_part",
    "understand",
]
