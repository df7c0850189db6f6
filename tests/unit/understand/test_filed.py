"""Mail the user filed as an interview: read as one at the one time it states, never guessed."""

from __future__ import annotations

import datetime as dt
import io
import json
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.inspect import run_inspect
from daemon.understand import Context, Kind, understand
from daemon.understand._filed import FILED_REASON, NO_TIME, SEVERAL_TIMES

CTX = Context(
    user_addresses=frozenset({"jordan.lee@example.net"}),
    user_name="Jordan Lee",
    timezone="Europe/Paris",
    date_order="dmy",
)
PARIS = ZoneInfo("Europe/Paris")
CAMILLE = "Camille Martin <camille.martin@lumenworks.example>"


def mail(
    subject: str,
    body: str,
    *,
    sender: str = CAMILLE,
    headers: dict[str, str] | None = None,
    ics: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Jordan Lee <jordan.lee@example.net>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 09 Mar 2026 10:00:00 +0100"
    msg["Message-ID"] = "<filed-1@lumenworks.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if ics is not None:
        msg.add_attachment(
            ics.replace("\n", "\r\n").encode(),
            maintype="text",
            subtype="calendar",
            params={"method": "REQUEST"},
        )
    return msg.as_bytes()


STUDIO = mail(
    "Thursday",
    "Hi Jordan,\n\nLovely to hear back from you. Let's meet Thursday 12 March at 14:00 at our "
    "studio, 5 rue des Arts, Lyon. Ask for me at the desk.\n\nCamille\nLumenworks",
)


def test_a_missed_interview_is_read_at_its_one_time() -> None:
    assert understand(STUDIO, CTX).kind is Kind.OTHER, "the classifier alone misses it"
    u = understand(STUDIO, CTX, filed_as_interview=True)
    assert u.kind is Kind.INTERVIEW
    assert u.reasons[0] == FILED_REASON
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 12, 14, 0, tzinfo=PARIS)
    assert u.interview.company == "Lumenworks"
    assert [p.email for p in u.interview.interviewers] == ["camille.martin@lumenworks.example"]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "Hi Jordan,\n\nWould Thursday 12 March at 14:00 or Friday 13 March at 10:00 suit "
            "you?\n\nCamille",
            SEVERAL_TIMES,
        ),
        ("Hi Jordan,\n\nThanks for your note, we will be in touch.\n\nCamille", NO_TIME),
        # A time already past when the mail was written books nothing.
        ("Hi Jordan,\n\nGreat to meet you on Friday 6 March at 14:00.\n\nCamille", NO_TIME),
    ],
)
def test_no_single_time_keeps_the_verdict_and_says_why(body: str, why: str) -> None:
    raw = mail("Hello", body)
    plain = understand(raw, CTX)
    u = understand(raw, CTX, filed_as_interview=True)
    assert u.kind is plain.kind
    assert u.kind is not Kind.INTERVIEW
    assert u.interview is None
    assert u.reasons[-1] == why


@pytest.mark.parametrize(
    ("subject", "body", "headers", "kind"),
    [
        (
            "Your application",
            "Hi Jordan,\n\nThank you for interviewing with us on Thursday 5 March at 14:00. "
            "Unfortunately we have decided not to move forward with your application.\n\nCamille",
            {},
            Kind.REJECTION,
        ),
        (
            "Out of office",
            "I am away until Monday 16 March at 09:00 with limited access to mail.\n\nCamille",
            {"Auto-Submitted": "auto-replied"},
            Kind.AUTO_REPLY,
        ),
    ],
)
def test_facts_about_the_process_keep_their_verdict(
    subject: str, body: str, headers: dict[str, str], kind: Kind
) -> None:
    raw = mail(subject, body, headers=headers)
    assert understand(raw, CTX).kind is kind
    assert understand(raw, CTX, filed_as_interview=True) == understand(raw, CTX)


def test_a_calendar_event_gives_the_time_and_zone() -> None:
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:visit-7@lumenworks.example
DTSTART;TZID=Europe/Lisbon:20260317T153000
DTEND;TZID=Europe/Lisbon:20260317T163000
SUMMARY:Studio visit
ORGANIZER;CN=Camille Martin:mailto:camille.martin@lumenworks.example
ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@example.net
END:VEVENT
END:VCALENDAR
"""
    raw = mail("Studio visit", "See you there.\n\nCamille", ics=ics)
    u = understand(raw, CTX, filed_as_interview=True)
    assert u.kind is Kind.INTERVIEW
    assert u.interview is not None
    lisbon = ZoneInfo("Europe/Lisbon")
    assert u.interview.start == dt.datetime(2026, 3, 17, 15, 30, tzinfo=lisbon)
    assert u.interview.end == dt.datetime(2026, 3, 17, 16, 30, tzinfo=lisbon)
    assert u.interview.timezone == "Europe/Lisbon"
    assert u.interview.uid == "visit-7@lumenworks.example"


def test_mail_already_read_as_an_interview_is_unchanged() -> None:
    raw = mail(
        "Interview confirmation: Product Designer",
        "Hi Jordan,\n\nI'm pleased to confirm your interview for the Product Designer role on "
        "Thursday 12 March at 14:00 at our studio in Lyon. You will meet Camille Martin, "
        "Design Director.\n\nBest,\nNoor Haddad\nTalent, Lumenworks",
        sender="Noor Haddad <noor.haddad@lumenworks.example>",
    )
    plain = understand(raw, CTX)
    assert plain.kind is Kind.INTERVIEW
    assert understand(raw, CTX, filed_as_interview=True) == plain


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_never_raises(raw: bytes) -> None:
    understand(raw, CTX, filed_as_interview=True)


def test_inspect_shows_how_a_filed_copy_would_be_read(tmp_path: Path) -> None:
    """`followupd inspect --filed FILE` previews the interview folder's reading."""
    path = tmp_path / "studio.eml"
    path.write_bytes(STUDIO)
    plain, filed = io.StringIO(), io.StringIO()
    assert run_inspect([path], config=None, as_json_lines=True, out=plain) == 0
    assert run_inspect([path], config=None, as_json_lines=True, filed=True, out=filed) == 0
    assert json.loads(plain.getvalue())["kind"] == "other"
    shown = json.loads(filed.getvalue())
    assert shown["kind"] == "interview"
    assert shown["interview"]["start"].startswith("2026-03-12T14:00:00")
