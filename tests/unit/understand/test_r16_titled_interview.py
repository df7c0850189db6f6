"""A meeting stated at a time under a subject naming the interview and the job (round r16).

"RE: Second interview - Alex Morgan (Logistics Planner)" over "The last step is a meeting
with our COO, Dana Ruiz, at our Newark office on Thursday 19 March at 10:00": the subject
names the interview and the job, so the meeting the body states at one time is that
interview's plan, as plainly as if it said "interview".

Every message was written for these tests (invented people and companies under .example
names). Near misses: a reporter's "Interview request" (no job in the subject), a meeting
asked about rather than stated.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

USER = "Alex Morgan <alex.morgan@gmail.com>"
NY = ZoneInfo("America/New_York")
SENT = "Wed, 11 Mar 2026 08:10:00 -0400"


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "RE: Second interview - Alex Morgan (Logistics Planner)",
            "Hi Alex,\n\nThank you for yesterday, Omar was very positive. The last step is a "
            "meeting with our COO, Dana Ruiz, at our Newark office on Thursday 19 March at "
            "10:00. She prefers to meet in person; I'll be there to welcome you.\n\nNina",
            dt.datetime(2026, 3, 19, 10, 0, tzinfo=NY),
        ),
        (
            "Re: Final interview - Data Analyst",
            "Hi Alex,\n\nNext up is a conversation with our CFO, Luis Ortega, on Friday 20 March "
            "at 2pm over Zoom.\n\nNina",
            dt.datetime(2026, 3, 20, 14, 0, tzinfo=NY),
        ),
    ],
)
def test_meeting_stated_under_titled_interview_subject(
    ctx: Context, subject: str, body: str, start: dt.datetime
) -> None:
    """A meeting with a named person at one stated time is the interview the subject names."""
    raw = mail(
        sender="Nina Haddad <nina@halverson-freight.example>",
        to=USER,
        subject=subject,
        body=body,
        date=SENT,
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == start


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview request",
            "Hi Alex,\n\nThanks for agreeing to talk to us for the piece. The next step is a "
            "meeting with our editor, Jo Park, on Thursday 19 March at 10:00.\n\nSam",
        ),
        (
            "RE: Second interview - Logistics Planner",
            "Hi Alex,\n\nCould we set up a meeting with our COO on Thursday 19 March at 10:00?"
            "\n\nNina",
        ),
    ],
)
def test_press_or_asked_meeting_is_no_interview(ctx: Context, subject: str, body: str) -> None:
    """A reporter's meeting, or a meeting asked about, is no confirmed interview."""
    raw = mail(
        sender="Nina Haddad <nina@halverson-freight.example>",
        to=USER,
        subject=subject,
        body=body,
        date=SENT,
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW
