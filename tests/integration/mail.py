"""Realistic interview mail for integration tests, dated relative to now.

Written for these tests in our own words, shaped like Google Calendar invitations
(multipart/alternative with a text/calendar part, RFC 5545/5546) and plain recruiter mail.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import time
import uuid
from collections.abc import Sequence

_counter = itertools.count(1)


def _ical_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_invite(
    *,
    start: dt.datetime,
    minutes: int = 60,
    uid: str | None = None,
    sequence: int = 0,
    method: str = "REQUEST",
    company: str = "Acme Robotics",
    role: str = "Data Engineer",
    organizer: tuple[str, str] = ("Priya Raman", "priya.raman@acmerobotics.example"),
    interviewers: Sequence[tuple[str, str]] = (
        ("Sarah Connor", "sarah.connor@acmerobotics.example"),
        ("Raj Patel", "raj.patel@acmerobotics.example"),
    ),
    user: tuple[str, str] = ("Test User", "me@example.net"),
    message_id: str | None = None,
    in_reply_to: str | None = None,
    sent: dt.datetime | None = None,
) -> bytes:
    """An interview invitation (or update / cancellation) with a text/calendar part."""
    uid = uid or f"{uuid.uuid4()}@google.com"
    end = start + dt.timedelta(minutes=minutes)
    sent = sent or dt.datetime.now(dt.UTC)
    mid = message_id or f"<invite-{next(_counter)}-{time.time_ns()}@calendar.example>"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    verb = (
        "Canceled event"
        if method == "CANCEL"
        else ("Updated invitation" if sequence else "Invitation")
    )
    when = (
        start.astimezone(dt.UTC).strftime("%a %d %b %Y %H:%M")
        + " - "
        + end.astimezone(dt.UTC).strftime("%H:%M (UTC)")
    )
    title = f"Interview: {role} - {company}"
    attendees = "".join(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={name}:mailto:{addr}\r\n"
        for name, addr in (*interviewers, user)
    )
    names = ", ".join(n for n, _ in interviewers)
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{_ical_time(start)}\r\nDTEND:{_ical_time(end)}\r\n"
        f"DTSTAMP:{_ical_time(sent)}\r\nORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n"
        f"UID:{uid}\r\n{attendees}"
        f"DESCRIPTION:Your interview for the {role} role at {company}. You will meet {names}.\r\n"
        f"LOCATION:https://meet.google.com/abc-defg-hij\r\nSEQUENCE:{sequence}\r\n"
        f"STATUS:{status}\r\nSUMMARY:{title}\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    text = (
        f"{verb}: {title}\r\n\r\nWhen: {when}\r\nJoining info: https://meet.google.com/abc-defg-hij\r\n"
        f"Guests: {names}, {user[0]}\r\n\r\nInterview for the {role} position at {company}.\r\n"
        f"Call {organizer[0]} on +44 20 7946 0321 if anything changes.\r\n"
    )
    reply = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    boundary = f"b{uuid.uuid4().hex}"
    raw = (
        f"From: {organizer[0]} <{organizer[1]}>\r\nTo: {user[0]} <{user[1]}>\r\n"
        f"Subject: {verb}: {title} @ {when}\r\nDate: {email.utils.format_datetime(sent)}\r\n"
        f"Message-ID: {mid}\r\n{reply}MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{text}\r\n"
        f"--{boundary}\r\nContent-Type: text/calendar; charset=UTF-8; method={method}\r\n\r\n"
        f"{ics}\r\n--{boundary}--\r\n"
    )
    return raw.encode()


def plain_mail(
    *,
    subject: str,
    body: str,
    sender: tuple[str, str],
    to: tuple[str, str] = ("Test User", "me@example.net"),
    in_reply_to: str | None = None,
    extra_headers: str = "",
    message_id: str | None = None,
    sent: dt.datetime | None = None,
) -> bytes:
    """A plain-text message (a human reply, a rejection, an auto-reply...)."""
    sent = sent or dt.datetime.now(dt.UTC)
    mid = message_id or f"<plain-{next(_counter)}-{time.time_ns()}@mail.example>"
    reply = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    raw = (
        f"From: {sender[0]} <{sender[1]}>\r\nTo: {to[0]} <{to[1]}>\r\nSubject: {subject}\r\n"
        f"Date: {email.utils.format_datetime(sent)}\r\nMessage-ID: {mid}\r\n{reply}"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n{extra_headers}\r\n"
        f"{body}\r\n"
    )
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode()


def agency_invite(
    *, start: dt.datetime, minutes: float = 0.05, sent: dt.datetime | None = None
) -> bytes:
    """A recruitment agency confirming an interview with its client (text + calendar)."""
    sent = sent or dt.datetime.now(dt.UTC)
    end = start + dt.timedelta(minutes=minutes)
    uid = f"{uuid.uuid4()}@talentbridge-recruitment.example"
    local = start.astimezone(dt.UTC)
    text = (
        "Hi,\r\n\r\nGreat news - my client Northwind Logistics would like to meet you. I'm "
        "pleased to confirm your interview for the Operations Analyst role on "
        f"{local:%A %d %B %Y} at {local:%H:%M} UTC, at their office, 12 Dock Street, London."
        "\r\n\r\nYou'll meet Helen Park, Head of Operations.\r\n\r\nAny questions, call me on "
        "my direct line +44 20 7946 0999.\r\n\r\nBest,\r\nTom Hughes\r\n"
        "Senior Recruitment Consultant\r\nTalentBridge Recruitment\r\n"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//TalentBridge//Bookings//EN\r\nVERSION:2.0\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{_ical_time(start)}\r\nDTEND:{_ical_time(end)}\r\nDTSTAMP:{_ical_time(sent)}\r\n"
        "ORGANIZER;CN=Tom Hughes:mailto:tom.hughes@talentbridge-recruitment.example\r\n"
        f"UID:{uid}\r\nSUMMARY:Interview: Operations Analyst - Northwind Logistics\r\n"
        "LOCATION:12 Dock Street\\, London\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    boundary = f"b{uuid.uuid4().hex}"
    raw = (
        "From: Tom Hughes <tom.hughes@talentbridge-recruitment.example>\r\n"
        "To: Test User <me@example.net>\r\n"
        "Subject: Interview confirmed - Operations Analyst with Northwind Logistics\r\n"
        f"Date: {email.utils.format_datetime(sent)}\r\n"
        f"Message-ID: <agency-{next(_counter)}-{time.time_ns()}@talentbridge-recruitment.example>\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{text}\r\n"
        f"--{boundary}\r\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n\r\n"
        f"{ics}\r\n--{boundary}--\r\n"
    )
    return raw.encode()
