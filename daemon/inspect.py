"""``followupd inspect``: show what the daemon understands of .eml files, no server needed."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from pathlib import Path
from typing import Any, TextIO

from daemon.config import Config
from daemon.understand import Context, Understanding, understand
from daemon.understand.model import Interview, Person

MAX_FILE_BYTES = 50 * 1024 * 1024


def context_for(config: Config | None) -> Context:
    """The user's addresses and zone from the config, or neutral defaults."""
    if config is None:
        return Context()
    settings = config.settings
    addresses = frozenset().union(*(a.own_addresses for a in settings.accounts))
    from daemon.understand import load_lexicon  # noqa: PLC0415

    return Context(
        user_addresses=addresses,
        user_name=settings.accounts[0].display_name,
        timezone=settings.timezone,
        date_order=settings.date_order,
        lexicon=load_lexicon(settings.lexicon, settings.languages),
        learned=settings.learned_model,
    )


def _recipient_context(raw: bytes) -> Context:
    """Without a config, the addressee of a received message is taken to be the user,
    so they are not listed among their own interviewers."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
    addresses = frozenset(
        addr.lower() for _, addr in getaddresses(headers.get_all("To", []) or []) if addr
    )
    return Context(user_addresses=addresses)


def _person(p: Person | None) -> dict[str, str | None] | None:
    if p is None:
        return None
    return {"name": p.name, "email": p.email, "title": p.title}


def _interview(i: Interview | None) -> dict[str, Any] | None:
    if i is None:
        return None
    return {
        "start": i.start.isoformat(),
        "end": i.end.isoformat() if i.end else None,
        "timezone": i.timezone,
        "company": i.company,
        "role": i.role,
        "interviewers": [_person(p) for p in i.interviewers],
        "organizer": _person(i.organizer),
        "agency": i.agency,
        "location": i.location,
        "meeting_url": i.meeting_url,
        "uid": i.uid,
        "sequence": i.sequence,
    }


def as_json(path: Path, result: Understanding) -> dict[str, Any]:
    """The documented JSON shape of one inspected file."""
    return {
        "file": str(path),
        "kind": str(result.kind),
        "reasons": list(result.reasons),
        "interview": _interview(result.interview),
        "phones": list(result.phones),
    }


def _summary(path: Path, result: Understanding, out: TextIO) -> None:
    print(f"{path}: {result.kind}", file=out)
    if result.subject:
        print(f"  subject:   {result.subject}", file=out)
    if result.sender:
        print(f"  from:      {_fmt_person(result.sender)}", file=out)
    for reason in result.reasons:
        print(f"  because:   {reason}", file=out)
    interview = result.interview
    if interview is not None:
        end = f" to {interview.end.isoformat()}" if interview.end else ""
        zone = interview.timezone or "zone not stated"
        print(f"  when:      {interview.start.isoformat()}{end} ({zone})", file=out)
        if interview.company or interview.role:
            print(f"  position:  {interview.role or '?'} at {interview.company or '?'}", file=out)
        for person in interview.interviewers:
            print(f"  with:      {_fmt_person(person)}", file=out)
        if interview.organizer:
            agency = " (agency)" if interview.agency else ""
            print(f"  organiser: {_fmt_person(interview.organizer)}{agency}", file=out)
        if interview.meeting_url or interview.location:
            print(f"  where:     {interview.meeting_url or interview.location}", file=out)
        if interview.uid:
            print(f"  calendar:  UID {interview.uid} SEQUENCE {interview.sequence}", file=out)
    if result.phones:
        print(f"  phones:    {', '.join(result.phones)}", file=out)


def _fmt_person(p: Person) -> str:
    text = p.name or ""
    if p.email:
        text = f"{text} <{p.email}>".strip()
    if p.title:
        text += f", {p.title}"
    return text or "?"


def run_inspect(
    files: Sequence[Path],
    *,
    config: Config | None,
    as_json_lines: bool = False,
    filed: bool = False,
    out: TextIO | None = None,
) -> int:
    """Inspect each file; 0 when every file could be read, 1 otherwise. ``filed``: read
    each as the daemon reads mail in the interview folder."""
    stream = out or sys.stdout
    ctx = context_for(config)
    status = 0
    for path in files:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise OSError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            raw = path.read_bytes()
        except OSError as exc:
            status = 1
            message = exc.strerror or str(exc)
            if as_json_lines:
                print(json.dumps({"file": str(path), "error": message}), file=stream)
            else:
                print(f"{path}: cannot read: {message}", file=stream)
            continue
        result = understand(
            raw,
            ctx if config is not None else _recipient_context(raw),
            filed_as_interview=filed,
        )
        if as_json_lines:
            print(json.dumps(as_json(path, result), ensure_ascii=False), file=stream)
        else:
            _summary(path, result, stream)
    return status
