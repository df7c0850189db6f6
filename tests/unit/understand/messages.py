"""Builders for realistic test messages (written for these tests, modelled on real formats)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.policy import SMTP

from daemon.understand import Context, Kind, Understanding, understand


def mail(
    *,
    sender: str,
    subject: str,
    body: str,
    to: str = "Alex Morgan <alex.morgan@gmail.com>",
    date: str = "Mon, 02 Mar 2026 15:04:00 -0500",
    html: str | None = None,
    ics: str | None = None,
    ics_method: str = "REQUEST",
    headers: dict[str, str] | None = None,
    attach_ics: bool = False,
) -> bytes:
    """An RFC 5322 message as a mail client or ATS would produce it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<abc123.456@mail.example.net>"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if ics is not None:
        ics_bytes = ics.replace("\n", "\r\n").encode()
        if attach_ics:
            msg.add_attachment(
                ics_bytes, maintype="application", subtype="ics", filename="invite.ics"
            )
        else:
            if not msg.is_multipart():
                msg.make_mixed()
            msg.add_attachment(ics_bytes, maintype="text", subtype="calendar")
            part = msg.get_payload()[-1]
            part.set_param("method", ics_method)
            del part["Content-Disposition"]
    return msg.as_bytes(policy=SMTP)


def quoted(who: str, when: str, text: str) -> str:
    """A Gmail-style attribution line over quoted text, as a reply carries it."""
    lines = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
    return f"\n\nOn {when}, {who} wrote:\n\n{lines}\n"


def alex_in_new_york(*, learned: bool = True) -> Context:
    """The default recipient of :func:`mail` as the user, in New York, with the learned
    second opinion on or off."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="America/New_York",
        learned=learned,
    )


def day_first_user(name: str, address: str, timezone: str) -> Context:
    """A user living in ``timezone`` who writes dates day first (most of Europe, Brazil)."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=timezone,
        date_order="dmy",
    )


def vevent_calendar(
    *,
    summary: str,
    start: str,
    end: str,
    tzid: str | None = None,
    method: str = "REQUEST",
    uid: str = "7kq2n1@google.com",
    sequence: int = 0,
    organizer: str = "mailto:recruiter@acme.io",
    organizer_cn: str = "Jordan Lee",
    attendees: tuple[tuple[str, str], ...] = (),
    location: str = "",
    description: str = "",
    status: str = "CONFIRMED",
    extra: str = "",
    vtimezone: str = "",
) -> str:
    """An iCalendar object in the shape Google/Outlook produce."""
    tz = f";TZID={tzid}" if tzid else ""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    if vtimezone:
        lines.append(vtimezone.strip())
    lines += [
        "BEGIN:VEVENT",
        f"DTSTART{tz}:{start}",
        f"DTEND{tz}:{end}",
        "DTSTAMP:20260302T200400Z",
        f"ORGANIZER;CN={organizer_cn}:{organizer}",
        f"UID:{uid}",
    ]
    for cn, addr in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={cn}:mailto:{addr}"
        )
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if extra:
        lines.append(extra.strip())
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


def start(u: Understanding) -> dt.datetime:
    """The interview's start (the result must be an interview)."""
    assert u.interview is not None, (u.kind, u.reasons)
    return u.interview.start


def names(u: Understanding) -> list[str]:
    """The interviewer names of an interview result, in order."""
    assert u.interview is not None, u.reasons
    return [p.name or "" for p in u.interview.interviewers]


def sorted_names(u: Understanding) -> list[str]:
    """The interviewer names of an interview result, sorted."""
    return sorted(names(u))


def kind_and_people(
    ctx: Context, sender: str, subject: str, body: str, date: str
) -> tuple[Kind, list[str]]:
    """The kind a mail to ``ctx``'s user is read as, and its interviewers sorted (none when
    it is no interview)."""
    raw = mail(
        sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)), date=date
    )
    result = understand(raw, ctx)
    people = sorted(p.name or "" for p in result.interview.interviewers) if result.interview else []
    return result.kind, people


def kind_start_and_people(
    ctx: Context, sender: str, subject: str, body: str, date: str, to: str | None = None
) -> tuple[Kind, dt.datetime | None, list[str]]:
    """The kind, the interview's start and its interviewers sorted, of a mail to ``ctx``'s
    user (``to``: another recipient line, for the user's own mail)."""
    raw = mail(
        sender=sender,
        subject=subject,
        body=body,
        to=to or next(iter(ctx.user_addresses)),
        date=date,
    )
    result = understand(raw, ctx)
    if result.interview is None:
        return result.kind, None, []
    return result.kind, result.interview.start, sorted_names(result)
