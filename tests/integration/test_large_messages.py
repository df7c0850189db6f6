"""Large messages are read part by part from a real Dovecot: same understanding, less data.

A multipart message above PARTWISE_ABOVE is rebuilt from its MIME headers and the bodies of
its text and calendar parts (daemon/parts.py); its attachments' bodies are never fetched.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import random
from email import message_from_bytes
from email.policy import compat32

import pytest

from daemon.config import ImapSettings
from daemon.mailbox import MAX_FULL_FETCH, PARTWISE_ABOVE, ImapSession
from daemon.understand import Context, Kind, understand
from tests.integration.mail import calendar_invite
from tests.support.dovecot import Dovecot, MailUser

pytestmark = pytest.mark.integration

ME = "me@example.net"


def _with_attachment(raw: bytes, size: int, *, before_calendar: bool) -> bytes:
    """``raw`` (multipart/alternative: text + calendar) inside multipart/mixed with a big PDF
    before or after it; the PDF is random so nothing in it compresses or matches."""
    head, body = raw.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    inner_type = next(line for line in lines if line.lower().startswith(b"content-type:"))
    kept = [line for line in lines if not line.lower().startswith(b"content-type:")]
    pdf = base64.encodebytes(random.Random(size).randbytes(size)).replace(b"\n", b"\r\n")
    attachment = (
        b"--outer\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="case-study.pdf"\r\n\r\n' + pdf + b"\r\n"
    )
    inner = b"--outer\r\n" + inner_type + b"\r\n\r\n" + body + b"\r\n"
    parts = attachment + inner if before_calendar else inner + attachment
    return (
        b"\r\n".join(kept)
        + b'\r\nContent-Type: multipart/mixed; boundary="outer"\r\n\r\n'
        + parts
        + b"--outer--\r\n"
    )


def _session(dovecot: Dovecot, user: MailUser) -> ImapSession:
    settings = ImapSettings(host=dovecot.host, port=dovecot.imaps_port, ca_file=dovecot.ca_file)
    return ImapSession.connect(settings, user.name, user.password)


@pytest.mark.parametrize(
    ("size", "before_calendar"),
    [
        (PARTWISE_ABOVE * 2, False),
        (PARTWISE_ABOVE * 2, True),
        (MAX_FULL_FETCH * 2, True),
    ],
    ids=["pdf-after", "pdf-before", "beyond-full-fetch-pdf-before"],
)
def test_large_invitation_is_understood_without_its_attachment(
    dovecot: Dovecot, mail_user: MailUser, size: int, before_calendar: bool
) -> None:
    """An invitation with a big PDF reads as the same interview, text and attachment name
    as the original, while the PDF's body is not transferred; even a calendar after a
    4 MB attachment (beyond what a truncated fetch would read) is found."""
    start = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    original = _with_attachment(calendar_invite(start=start), size, before_calendar=before_calendar)
    dovecot.append(mail_user.name, "INBOX", original)
    session = _session(dovecot, mail_user)
    try:
        session.examine("INBOX")
        uids = session.uids_after(0)
        meta = session.fetch_meta(uids)
        (fetched,) = session.fetch_bodies(uids, meta)
    finally:
        session.close()
    ctx = Context(user_addresses=frozenset({ME}))
    want, got = understand(original, ctx), understand(fetched.raw, ctx)
    assert got.kind is Kind.INTERVIEW
    assert (got.kind, got.interview, got.body_text) == (want.kind, want.interview, want.body_text)
    assert len(fetched.raw) < 64 * 1024 < len(original)
    names = [p.get_filename() for p in message_from_bytes(fetched.raw, policy=compat32).walk()]
    assert "case-study.pdf" in names


def test_small_and_single_part_messages_are_fetched_whole(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    """Below the threshold, or without parts to leave out, the message comes byte for byte."""
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    small = calendar_invite(start=start)
    single = (
        b"From: a@b.example\r\nTo: me@example.net\r\nSubject: big text\r\n"
        b"Content-Type: text/plain\r\n\r\n" + os.urandom(PARTWISE_ABOVE).hex().encode() + b"\r\n"
    )
    dovecot.append(mail_user.name, "INBOX", small)
    dovecot.append(mail_user.name, "INBOX", single)
    session = _session(dovecot, mail_user)
    try:
        session.examine("INBOX")
        uids = session.uids_after(0)
        meta = session.fetch_meta(uids)
        fetched = session.fetch_bodies(uids, meta)
    finally:
        session.close()
    assert [m.raw for m in fetched] == [small, single]
    assert [m.partial for m in fetched] == [False, False]
