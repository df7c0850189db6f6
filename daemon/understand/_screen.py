"""Which messages their header section alone settles as bulk (so no body is fetched).

Most of a mailbox is newsletters, notifications and list traffic. The classifier settles
such mail as bulk from its headers before it looks at the body (:func:`._safety.assess` and
the first bulk return in :func:`._classify.classify`), unless a hiring system or scheduler
sent it or a delivery report hides in its MIME tree. The checks below are deliberately
*conservative* mirrors of those rules, kept next to them: they only ever send more mail
down the full path. A message may be settled when (1) its header section carries a
list/bulk marker that alone gives the "bulk" verdict, (2) no hiring-system or scheduler
domain appears anywhere in it, (3) the user did not send it; the caller then (4) asks the
classifier, given the header section only, and keeps the result only when it says bulk,
and (5) reads the MIME structure when the message has one (see :func:`single_text_part`).
``bench/run.py`` re-checks the equivalence with full analysis on every run.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from ._lexicon import Lexicon, per_lexicon
from ._safety import BULK_ESP_HEADERS

_MAX_HEADER_LINES = 400
"""The classifier reads the first 500 fields; longer header sections go the full path."""
_PRESENCE_MARKERS = re.compile(
    rb"^(?:list-id|list-post|"
    + b"|".join(re.escape(h.encode()) for h in BULK_ESP_HEADERS)
    # No space before the colon: the parser does not take "List-Id :" for a field.
    + rb"):",
    re.IGNORECASE | re.MULTILINE,
)
_PRECEDENCE = re.compile(rb"^precedence:(.*)$", re.IGNORECASE | re.MULTILINE)
_LIST_UNSUBSCRIBE = re.compile(rb"^list-unsubscribe:", re.IGNORECASE | re.MULTILINE)
_FEEDBACK_ID = re.compile(rb"^feedback-id:", re.IGNORECASE | re.MULTILINE)
_CONTENT_TYPE = re.compile(rb"^content-type[ \t]*:\s*([^;\r\n]*)", re.IGNORECASE | re.MULTILINE)
_DOMAIN_TOKEN = re.compile(rb"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# RFC 2047 encoded words in the fields the classifier decodes before reading a domain from
# them (Sender, Return-Path, X-Original-Sender, Message-ID) could hide a hiring system's
# domain from a byte search; such messages go the full path. Continuation lines included.
_ENCODED_ORIGIN = re.compile(
    rb"^(?:sender|return-path|x-original-sender|message-id):(?:[^\n]*\n[ \t])*[^\n]*=\?",
    re.IGNORECASE | re.MULTILINE,
)
_ORIGIN_FIELDS = re.compile(
    rb"^(?:from|sender):((?:[^\n]*\n[ \t])*[^\n]*)", re.IGNORECASE | re.MULTILINE
)


@per_lexicon
def system_domains(lexicon: Lexicon) -> frozenset[bytes]:
    """The hiring-system (ATS) and scheduler domains of ``lexicon``, lower-case bytes."""
    return frozenset(
        d.lower().encode() for d in (*lexicon.ats_domains, *lexicon.scheduling_domains)
    )


@per_lexicon
def _system_domain_finder(lexicon: Lexicon) -> Any:
    """An Aho-Corasick automaton over :func:`system_domains` (as Latin-1 text)."""
    automaton = ahocorasick.Automaton()
    for domain in system_domains(lexicon):
        # A token's suffix needs two labels (see _names_system_domain_slowly).
        if b"." in domain:
            text = domain.decode("latin-1")
            automaton.add_word(text, text)
    if len(automaton):
        automaton.make_automaton()
    return automaton


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _names_system_domain(header: bytes, lexicon: Lexicon) -> bool:
    """Whether any domain-like token in ``header`` is, or is under, a system domain.

    One automaton pass over the header section (its Received and DKIM fields make it long);
    an occurrence counts when it is the end of a token and starts at a label boundary,
    exactly what :func:`_names_system_domain_slowly` finds token by token.
    """
    automaton = _system_domain_finder(lexicon)
    if not len(automaton):
        return False
    text = header.lower().decode("latin-1")
    for end, domain in automaton.iter(text):
        start = end - len(domain) + 1
        if start > 0 and text[start - 1] in _TOKEN_CHARS:
            continue
        after = text[end + 1 : end + 3]
        if after[:1] in _TOKEN_CHARS or (after[:1] == "." and after[1:2] in _TOKEN_CHARS):
            continue  # the token goes on: this is not its end
        return True
    return False


def _names_system_domain_slowly(header: bytes, domains: frozenset[bytes]) -> bool:
    """The definition :func:`_names_system_domain` implements (kept for its tests)."""
    for token in set(_DOMAIN_TOKEN.findall(header.lower())):
        parts = token.split(b".")
        if any(b".".join(parts[i:]) in domains for i in range(len(parts) - 1)):
            return True
    return False


def may_settle_by_headers(
    header: bytes, lexicon: Lexicon, own_addresses: frozenset[str] = frozenset()
) -> bool:
    """Whether the header section alone can make this message bulk (checks 1-3 above).

    ``lexicon`` is the one the classifier uses (a user's files may add hiring systems).
    Mail from the user (``own_addresses``, lower-case) always goes the full path: the
    pipeline reads the body of the user's own mail (notes and digest replies, sent mail).
    """
    if not _bulk_marker(header) or header.count(b"\n") > _MAX_HEADER_LINES:
        return False
    if _ENCODED_ORIGIN.search(header) or _names_system_domain(header, lexicon):
        return False
    origin = b" ".join(_ORIGIN_FIELDS.findall(header)).lower()
    return not any(address.encode() in origin for address in own_addresses)


def _bulk_marker(header: bytes) -> bool:
    """A field that alone gives the classifier's "bulk" verdict (a subset of its rules)."""
    if _PRESENCE_MARKERS.search(header):
        return True
    # List-Unsubscribe with a Feedback-ID (what bulk senders add) is a bulk sign as well.
    if _LIST_UNSUBSCRIBE.search(header) and _FEEDBACK_ID.search(header):
        return True
    # The classifier reads the first Precedence field only; several fields go the full path.
    precedence = _PRECEDENCE.findall(header)
    return len(precedence) == 1 and precedence[0].strip().lower() in (b"bulk", b"list", b"junk")


def single_text_part(header: bytes) -> bool:
    """True when the one Content-Type field names a text/* type (no MIME tree to inspect).

    Otherwise a delivery report or embedded message may hide in the structure (the
    classifier calls such mail a bounce, whatever its headers say): read the structure.
    """
    types = _CONTENT_TYPE.findall(header)
    return len(types) == 1 and types[0].strip().lower().startswith(b"text/")
