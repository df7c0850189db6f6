"""A message's own words, its quoted history and the messages forwarded inside it.

Replies carry the thread below their own words ("On Tue, ... wrote:" and '>' lines);
forwards carry another message under a header block ("---------- Forwarded message
---------"). The classifier reads the own words for what this message says, and the quoted
parts for who said what earlier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import parseaddr

from ._lexicon import Lexicon
from .model import Person

_QUOTE_LINE = re.compile(r"^\s*>")
_HEADER_LINE = re.compile(r"[ \t]*[A-Za-z][\w -]{0,20}:[ \t]")
# Outlook writes a directory name unquoted in a forwarded header ("From: Roe, Jane
# <jane@x>"), which the RFC 5322 parser reads as two addresses.
_NAME_ADDR = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<addr>[^<>@\s]+@[^<>\s]+)>\s*$")


def own_text(text: str, lex: Lexicon) -> str:
    """The message's own words: quoted history and '>' lines removed."""
    m = lex.phrase("quote_start").search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    # "Sent from my iPhone" closing the own words: the phone's line, which list readers would
    # take for a name. Cut there, so the own words stay a prefix of the message's text.
    device = lex.phrase("device_signature").search(text[-300:])
    if device is not None and not text[-300:][device.end() :].strip():
        text = text[: len(text) - len(text[-300:]) + device.start()]
    return "\n".join(line for line in text.split("\n") if not _QUOTE_LINE.match(line))


@dataclass(frozen=True, slots=True)
class Forward:
    """A forwarded message inside a forward."""

    text: str  # its subject, "When:"/"Where:" lines and own words
    author: Person | None
    note: str  # what the forwarder wrote above it
    addressed: str  # the forwarded header's "To:" values: whom it was sent to
    header: str = ""  # the subject, "When:" and "Where:" lines that open ``text``


_WORD_RE = re.compile(r"[\w’']+")
# How deep forwards inside forwards are read, and the longest note over an inner forward.
_NESTED_FORWARDS = 3
_NESTED_NOTE = 1500


def _forward_start(text: str, subject: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where the forwarded block starts and where its header begins.

    Gmail, Apple Mail and Thunderbird mark a forward with a line of their own. Outlook
    forwards with the same From/Sent/To/Subject block (or "-----Original Message-----") it
    uses for replies; only the "FW:" subject tells the two apart, so the block counts as a
    forward only then, and a quoted reply never becomes the message's own words.
    """
    m = lex.phrase("forward_start").search(text[:30_000])
    if m is not None:
        return m.start(), m.end()
    if not lex.phrase("forward_subject_mark").search(subject):
        return None
    m = lex.phrase("quote_start").search(text[:30_000])
    if m is None:
        return None
    # The header begins at the first "From:" line of the block (after any rule line).
    first = text[m.start() : m.end()].split("\n", 1)
    if _HEADER_LINE.match(first[0]):
        return m.start(), m.start()
    return m.start(), m.start() + len(first[0])


def forwarded(text: str, lex: Lexicon, subject: str = "", _depth: int = 0) -> Forward | None:
    """The forwarded message inside a forward (its own words) and who wrote it.

    A forward inside it is read too (up to ``_NESTED_FORWARDS`` deep; ``_depth`` counts
    them): its words follow the note above it.
    """
    at = _forward_start(text, subject, lex)
    if at is None:
        return None
    lines = text[at[1] : at[1] + 20_000].lstrip("\n").split("\n")
    author: Person | None = None
    subjects: list[str] = []
    addressed: list[str] = []
    i = 0
    # The forwarded header block ("From:", "Date:", "Subject:", "To:") up to a blank line.
    while i < min(len(lines), 12) and _HEADER_LINE.match(lines[i]):
        label, _, value = lines[i].partition(":")
        if lex.phrase("forward_author").fullmatch(label.strip()) and author is None:
            name, addr = parseaddr(value.strip())
            plain = _NAME_ADDR.match(value.strip())
            if plain is not None and "," in plain.group("name"):
                name, addr = plain.group("name").strip(' "'), plain.group("addr")
            if addr and "@" in addr:
                author = Person(name=name.strip() or None, email=addr.lower())
        elif lex.phrase("forward_subject").fullmatch(label.strip()):
            # The subject often carries the interview ("Interview - Jordan Lee"); the sent
            # date is left out, it is not the interview's time.
            subjects.append(value.strip())
        elif lex.phrase("forward_details").fullmatch(label.strip()):
            # A forwarded appointment's "When:" and "Where:" are the meeting's own.
            subjects.append(lines[i].strip())
        elif lex.phrase("forward_recipient").fullmatch(label.strip()):
            addressed.append(value.strip())
        i += 1
    header = "\n".join(subjects)
    rest = "\n".join(lines[i:])
    body = own_text(rest, lex)
    if _depth < _NESTED_FORWARDS and len(body) < _NESTED_NOTE:
        inner = forwarded(rest, lex, subjects[0] if subjects else "", _depth + 1)
        if inner is not None and inner.text:
            # "Fwd: Fwd: Interview confirmation": an agency's "see below from the client -
            # all confirmed" over the client's own message, forwarded on to the user. The
            # words that book the interview are the inner message's, and so is "myself",
            # unless the forwarder speaks of themself too ("your interviewers will be Iwan
            # Jones and myself" over the client's note).
            speaks_of_self = any(
                len(w) > 1 and w in lex.self_words for w in _WORD_RE.findall(body.lower())
            )
            body = f"{body}\n\n{inner.text}"
            author = author if speaks_of_self else inner.author or author
    return Forward(
        text=f"{header}\n\n{body}".strip(),
        author=author,
        note=text[: at[0]],
        addressed="\n".join(addressed),
        header=header,
    )


def unquoted(text: str) -> str:
    """Quoted text with its '>' marks and indentation removed."""
    return "\n".join(line.lstrip("> \t") for line in text.split("\n"))


def sender_quoted(text: str, sender: Person | None, lex: Lexicon) -> str:
    """What the sender wrote earlier in the thread: quoted text credited to them."""
    if sender is None or not (sender.email or sender.name):
        return ""
    return quoted_by(text, [k for k in (sender.email, sender.name) if k], lex)


def quoted_by(text: str, who: list[str], lex: Lexicon) -> str:
    """Quoted text whose attribution line names one of ``who`` (addresses or names)."""
    if not any(len(k) > 2 for k in who):
        return ""
    marks = list(lex.phrase("attribution").finditer(text[:30_000]))
    out: list[str] = []
    for i, m in enumerate(marks):
        if not credited(m, who):
            continue
        end = marks[i + 1].start() if i + 1 < len(marks) else min(len(text), m.end() + 3000)
        block = text[m.end() : end]
        out.append(unquoted(block))
    return "\n".join(out)[:6000]


# The name and address in a quote's attribution line ("Le 19/05/2049 à 17:31, Isabelle
# Roe <isabelle.roe@x.example> a écrit :"): up to four capitalised words before the address.
_CREDITED_PERSON = re.compile(
    r"((?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){0,3}[A-ZÀ-Þ][\w'’.-]*)[ \t]*[(<\[][ \t]*"
    r"(?:mailto:)?([^\s<>()\[\]@]+@[^\s<>()\[\]]+?)[ \t]*[)>\]]"
)


def quoted_author(text: str, lex: Lexicon, user: frozenset[str]) -> Person | None:
    """The author of the first quoted words not the user's, from their attribution line:
    whom a copy of the user's reply kept only for themself answers."""
    for mark in lex.phrase("attribution").finditer(text[:30_000]):
        m = _CREDITED_PERSON.search(mark.group(0))
        if m is None or m.group(2).lower() in user:
            continue
        return Person(name=m.group(1).strip(), email=m.group(2).lower(), title=None)
    return None


def credited(mark: re.Match[str], who: Sequence[str]) -> bool:
    """Whether an attribution line ("On Tue, Jane Roe <jane@x.example> wrote:") names one of
    ``who`` (addresses or names; ones of two letters or fewer are too short to tell)."""
    credit = mark.group(0).casefold()
    return any(k.casefold() in credit for k in who if len(k) > 2)


def text_below(full: str, own: str) -> str:
    """The text below a reply's own words, as it stands (quote marks kept)."""
    at = full.find(own[-200:]) if own else -1
    return full[at + min(len(own), 200) :] if at >= 0 else ""


def quoted_below(full: str, own: str) -> str:
    """The text below a reply's own words: the quoted history, '>' marks removed."""
    return unquoted(text_below(full, own)[:6000])
