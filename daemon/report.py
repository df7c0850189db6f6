"""What ``followupd status`` and ``followupd cases`` show: plain data first, text second."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config import Config
from daemon.store import CaseRecord, RoundRecord, Store


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _person(p: Any) -> dict[str, Any]:
    return {"name": p.name, "email": p.email, "title": p.title}


def round_json(r: RoundRecord) -> dict[str, Any]:
    """One round as JSON."""
    return {
        "id": r.id,
        "start": _iso(r.start),
        "end": _iso(r.end),
        "timezone": r.timezone,
        "cancelled": r.cancelled,
        "location": r.location,
        "meeting_url": r.meeting_url,
        "calendar_uid": r.calendar_uid,
        "sequence": r.sequence,
        "interviewers": [_person(p) for p in r.interviewers],
    }


def case_json(c: CaseRecord) -> dict[str, Any]:
    """One case as JSON."""
    return {
        "id": c.id,
        "account": c.account,
        "company": c.company,
        "role": c.role,
        "stage": str(c.stage),
        "agency": c.agency,
        "recruiter": _person(c.recruiter) if c.recruiter else None,
        "created_at": _iso(c.created_at),
        "updated_at": _iso(c.updated_at),
        "rounds": [round_json(r) for r in c.rounds],
    }


def status_data(config: Config, store: Store | None) -> dict[str, Any]:
    """Everything ``status`` reports, as plain data."""
    data: dict[str, Any] = {
        "database": str(config.database_path),
        "folders": [],
        "failures": [],
        "cases": [],
    }
    if store is None:
        data["note"] = "no state yet: followupd has not run"
        return data
    data["folders"] = [
        {
            "account": f.account,
            "folder": f.folder,
            "uidvalidity": f.uidvalidity,
            "highest_uid": f.highest_uid,
            "last_sync": _iso(f.last_sync),
            "processed": f.processed,
            "duplicates": f.duplicates,
            "failed": f.failed,
            "parked": f.parked,
        }
        for f in store.folder_summaries()
    ]
    data["failures"] = [
        {
            "account": m.account,
            "folder": m.folder,
            "uid": m.uid,
            "message_id": m.message_id,
            "subject": m.subject,
            "error": m.error,
            "attempts": m.attempts,
            "state": m.outcome,
        }
        for m in store.failures()
    ]
    data["cases"] = [_with_actions(store, case_json(c)) for c in store.cases.find()]
    return data


_ACTION_WORDS = {
    "notes_prompt": "ask you for notes",
    "notes_reminder": "remind you about notes",
    "thank_you": "thank-you",
    "notice": "notice to you",
    "digest": "call digest",
    "linkedin": "LinkedIn reminder",
}


def outbox_json(row: Any) -> dict[str, Any]:
    """One outbox row as JSON."""
    return {
        "id": row.id,
        "kind": row.kind,
        "to": row.recipient.email,
        "to_name": row.recipient.name,
        "state": row.state,
        "reason": row.reason,
        "due": _iso(row.due_at),
        "sent_at": _iso(row.sent_at),
        "attempts": row.attempts,
        "last_error": row.last_error,
        "subject": row.subject,
    }


def _with_actions(store: Store, case: dict[str, Any]) -> dict[str, Any]:
    rows = store.outbox.for_case(case["id"])
    pending = sorted((r for r in rows if r.state in ("planned", "drafted")), key=lambda r: r.due_at)
    held = [r for r in rows if r.state in ("held", "uncertain")]
    nxt = pending[0] if pending else None
    case["next_action"] = (
        {
            "what": _ACTION_WORDS.get(nxt.kind, nxt.kind),
            "to": nxt.recipient.name or nxt.recipient.email,
            "due": _iso(nxt.due_at),
            "state": nxt.state,
        }
        if nxt
        else None
    )
    case["needs_you"] = [
        f"{_ACTION_WORDS.get(r.kind, r.kind)} to {r.recipient.name or r.recipient.email or 'you'}"
        f" (#{r.id}): {r.reason}"
        for r in held
    ]
    inbound = [m for m in store.cases.thread(case["id"]) if m.direction == "in"]
    case["last_contact"] = _iso(inbound[-1].sent_at) if inbound else None
    return case


def _local(value: dt.datetime, zone: str | None, fallback: ZoneInfo) -> str:
    try:
        tz = ZoneInfo(zone) if zone else fallback
    except (ValueError, KeyError):
        tz = fallback
    return value.astimezone(tz).strftime("%a %d %b %Y %H:%M %Z")


def render_status(config: Config, data: dict[str, Any]) -> str:
    """``status`` as text for a terminal."""
    lines = [f"state: {data['database']}"]
    if note := data.get("note"):
        lines.append(str(note))
    for account in config.settings.accounts:
        lines.append(f"account {account.name} <{account.email}>")
        rows = [f for f in data["folders"] if f["account"] == account.name]
        if not rows:
            lines.append("  not synced yet")
        lines.extend(
            f"  {f['folder']}: last sync {f['last_sync'] or 'never'}, "
            f"{f['processed']} processed, {f['duplicates']} duplicates, "
            f"{f['failed']} failing, {f['parked']} parked (gave up)"
            for f in rows
        )
    lines.append(render_cases(config, data["cases"]))
    if data["failures"]:
        lines.append("messages that could not be processed:")
        lines.extend(
            f"  [{m['state']}] {m['account']}/{m['folder']} uid {m['uid']} "
            f"{m['subject'] or m['message_id'] or ''!s}: {m['error']} "
            f"({m['attempts']} attempt(s))"
            for m in data["failures"]
        )
    return "\n".join(lines)


def render_cases(config: Config, cases: list[dict[str, Any]]) -> str:
    """The case table."""
    zone = config.settings.zone
    lines = [f"cases: {len(cases)}" if cases else "cases: none yet"]
    for c in cases:
        live = [r for r in c["rounds"] if not r["cancelled"]]
        latest = live[-1] if live else (c["rounds"][-1] if c["rounds"] else None)
        when = ""
        if latest:
            start = dt.datetime.fromisoformat(latest["start"])
            names = ", ".join(p["name"] or p["email"] or "?" for p in latest["interviewers"])
            when = f"  {_local(start, latest['timezone'], zone)}"
            if names:
                when += f" with {names}"
        title = f"{c['company'] or 'unknown company'}: {c['role'] or 'role not stated'}"
        lines.append(f"  #{c['id']:<4} {title:<45} {c['stage']:<12}{when}")
        nxt = c.get("next_action")
        if nxt:
            due = _local(dt.datetime.fromisoformat(nxt["due"]), None, zone)
            who = f" to {nxt['to']}" if nxt["to"] else ""
            lines.append(f"        next: {nxt['what']}{who}, {due}")
        lines.extend(f"        needs you: {item}" for item in c.get("needs_you", []))
    return "\n".join(lines)


def case_detail(store: Store, case_id: int) -> dict[str, Any]:
    """One case with its thread and timeline."""
    record = store.cases.get(case_id)
    data = case_json(record)
    data["messages"] = [
        {
            "message_id": m.message_id,
            "direction": m.direction,
            "kind": m.kind,
            "sender": m.sender,
            "subject": m.subject,
            "sent_at": _iso(m.sent_at),
        }
        for m in store.cases.thread(case_id)
    ]
    data["phones"] = [{"number": n, "source": s} for n, s in store.cases.phones(case_id)]
    data["outbox"] = [outbox_json(r) for r in store.outbox.for_case(case_id)]
    data["notes"] = [
        {
            "round": r.id,
            "topics": [{"person": p.name or p.email, "topic": t} for _, p, t in n.topics],
            "everyone": n.everyone,
            "idea": n.idea,
            "gut": n.gut,
        }
        for r in record.rounds
        if (n := store.outbox.notes(r.id)) is not None
    ]
    data["timeline"] = [
        {"at": _iso(e.at), "what": e.what, "detail": e.detail} for e in store.cases.events(case_id)
    ]
    return data


def render_case(config: Config, data: dict[str, Any]) -> str:
    """One case's timeline as text."""
    zone = config.settings.zone
    lines = [
        f"case #{data['id']}: {data['company'] or 'unknown company'}, "
        f"{data['role'] or 'role not stated'} [{data['stage']}]"
    ]
    if data["recruiter"]:
        r = data["recruiter"]
        agency = " (agency)" if data["agency"] else ""
        lines.append(f"  recruiter: {r['name'] or ''} <{r['email'] or '?'}>{agency}")
    for r in data["rounds"]:
        start = dt.datetime.fromisoformat(r["start"])
        state = " (cancelled)" if r["cancelled"] else ""
        lines.append(f"  round {r['id']}: {_local(start, r['timezone'], zone)}{state}")
        lines.extend(
            f"    with {p['name'] or '(name unknown)'} <{p['email'] or 'address unknown'}>"
            + (f", {p['title']}" if p["title"] else "")
            for p in r["interviewers"]
        )
    if data["phones"]:
        lines.append("  phone numbers: " + ", ".join(p["number"] for p in data["phones"]))
    lines.append("  timeline:")
    lines.extend(
        f"    {_local(dt.datetime.fromisoformat(e['at']), None, zone)}  {e['what']}"
        + (f": {e['detail']}" if e["detail"] else "")
        for e in data["timeline"]
    )
    for n in data.get("notes", []):
        lines.append(f"  notes (round {n['round']}):")
        lines.extend(f"    {t['person']}: {t['topic']}" for t in n["topics"])
        for key in ("everyone", "idea", "gut"):
            if n[key]:
                lines.append(f"    {key}: {n[key]}")
    if data.get("outbox"):
        lines.append("  mail:")
        for r in data["outbox"]:
            due = _local(dt.datetime.fromisoformat(r["due"]), None, zone)
            who = r["to_name"] or r["to"] or "you"
            extra = f" ({r['reason']})" if r["reason"] else ""
            lines.append(
                f"    #{r['id']:<4} {r['kind']:<15} to {who:<25} {r['state']:<10} {due}{extra}"
            )
    lines.append("  messages:")
    lines.extend(
        f"    {m['direction']:<3} {m['kind'] or '':<20} {m['subject'] or m['message_id']}"
        for m in data["messages"]
    )
    return "\n".join(lines)
