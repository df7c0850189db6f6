"""A "prep session" named for another matter is no interview prep (round r16).

"Sorry - I've been pulled into a board prep session tomorrow afternoon. Could we move our
chat to Thursday, same time?": the writer's own diary, the reason for moving the user's
interview. A prep call or session for the user ("a quick prep call", "our prep session",
"Prep call: ...") stays what it was: getting ready for an interview, not the interview.

Every message was written for these tests (invented people and companies under .example
names).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

USER = "Alex Morgan <alex.morgan@gmail.com>"
NY = ZoneInfo("America/New_York")
BOOKED = (
    "\n\nOn Thu, Mar 5, 2026 at 10:02 AM Calendly <notifications@calendly.com> wrote:\n\n"
    "> You're scheduled with Ruth Okonkwo.\n>\n> Halverson Freight: intro interview\n"
    "> Tuesday 10 March 2026\n> 3:30pm - 4:15pm\n> Eastern Time - US & Canada\n"
)


def _reply(body: str) -> bytes:
    """Ruth's reply over the booking tool's quoted notice."""
    return mail(
        sender="Ruth Okonkwo <ruth@halverson-freight.example>",
        to=USER,
        subject="Re: Halverson Freight: intro interview",
        body=body + BOOKED,
        date="Mon, 09 Mar 2026 08:15:00 -0400",
        headers={"In-Reply-To": "<booked.1@calendly.com>"},
    )


@pytest.mark.parametrize(
    "reason",
    [
        "I've been pulled into a board prep session tomorrow afternoon.",
        "our budget prep meeting got moved onto tomorrow afternoon.",
    ],
)
def test_move_for_another_prep_keeps_the_interview(ctx: Context, reason: str) -> None:
    """The writer's own prep meeting, given as the reason to move, leaves the interview."""
    body = (
        f"Morning Alex,\n\nSorry to do this - {reason} Could we move our chat to Thursday 12 "
        "March, same time? I've already moved the booking on my side so you should get an "
        "updated invite.\n\nThanks for being flexible,\nRuth"
    )
    u = understand(_reply(body), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime(2026, 3, 12, 15, 30, tzinfo=NY)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex, before your interview with Halverson, could we do a quick prep call on "
        "Monday 16 March at 4pm? I'll walk you through their process.\n\nKim, Northgate Talent",
        "Hi Alex, our prep session is booked for Monday 16 March at 4pm, ahead of your "
        "interview with the client.\n\nKim, Northgate Talent",
    ],
)
def test_prep_for_the_users_interview_stays_no_interview(ctx: Context, body: str) -> None:
    """A prep call or session for the user is not itself the interview."""
    raw = mail(
        sender="Kim Dalton <kim@northgate-talent.example>",
        to=USER,
        subject="Prep before Halverson",
        body=body,
        date="Mon, 09 Mar 2026 08:15:00 -0400",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW
