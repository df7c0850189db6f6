"""Adversarial review of the reply reader (``_reply_pick.read_reply``), session 11.

Shapes probed: a reply taking a time its own side offered (a colleague cc'd saying "works
for me too", the user's follow-up over their own proposal, the user's own "you're
confirmed"), a refusal pointing back at the time named in the sentence before ("Thursday
at 2pm. Unfortunately that won't work"), a conditional "if that doesn't work", and near
misses that must stay as they are. Every message was written for these tests (invented
people and companies under .example names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Kind, understand

from .messages import mail, start
from .test_reply_pick_session11 import (
    CTX,
    HIRER,
    ONE_SLOT,
    SENT,
    SUBJECT,
    TWO_SLOTS,
    USER,
    USERS_PICK,
    _gmail,
    _outlook,
)

COLLEAGUE = "Priya Shah <priya.shah@tallowick.example>"
THURSDAY = dt.datetime(2026, 3, 12, 14, 0)
FRIDAY = dt.datetime(2026, 3, 13, 14, 0)
USER_OFFER = "Hi Maren,\n\nI could do Thursday 12 March at 2pm or Friday 13 March at 2pm.\n\nAlex"
USER_ASKS = "Hi Maren,\n\nWould Thursday 12 March at 2pm work for you?\n\nAlex"


def _booked(body: str, sender: str) -> dt.datetime | None:
    """The booked start (naive) of the mail, or None when it is no interview."""
    u = understand(mail(sender=sender, subject=SUBJECT, body=body, date=SENT), CTX)
    if u.kind is not Kind.INTERVIEW:
        return None
    return start(u).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        # A colleague cc'd agreeing to the company's offer to the user.
        ("Works for me too.\n\nPriya" + _gmail(ONE_SLOT), COLLEAGUE),
        ("Thursday works for me, I'll join too.\n\nPriya" + _outlook(TWO_SLOTS), COLLEAGUE),
        # The user's follow-up over their own proposal: nothing was accepted yet.
        (
            "Hi Maren, just checking in - that still works for me.\n\nAlex"
            + _gmail(USER_ASKS, who=USER),
            USER,
        ),
        (
            "Hi Maren, following up - Thursday still works for me.\n\nAlex"
            + _gmail(USER_OFFER, who=USER),
            USER,
        ),
        # The user writing "confirmed" over their own pick is no company's booking.
        (
            "Great - you're confirmed!\n\nAlex" + _gmail(USERS_PICK, who=USER) + _gmail(TWO_SLOTS),
            USER,
        ),
    ],
)
def test_a_reply_takes_only_a_time_the_other_side_offered(body: str, sender: str) -> None:
    """Accepting wording over an offer of the writer's own side books nothing."""
    assert _booked(body, sender) is None


@pytest.mark.parametrize(
    ("body", "sender", "booked"),
    [
        (
            "Hi Alex, Thursday works, see you then.\n\nMaren" + _gmail(USER_OFFER, who=USER),
            HIRER,
            THURSDAY,
        ),
        (
            "Hi Alex, that works, see you then.\n\nMaren" + _gmail(USER_ASKS, who=USER),
            HIRER,
            THURSDAY,
        ),
        ("Hi Maren,\n\nThe second one works for me.\n\nAlex" + _gmail(TWO_SLOTS), USER, FRIDAY),
        (
            "Hi Maren,\n\nThursday works for me, see you then.\n\nAlex" + _outlook(TWO_SLOTS),
            USER,
            THURSDAY,
        ),
    ],
)
def test_a_reply_taking_the_other_sides_offer_still_books_it(
    body: str, sender: str, booked: dt.datetime
) -> None:
    """The company taking the user's proposal, or the user the company's, books that time."""
    assert _booked(body, sender) == booked


@pytest.mark.parametrize(
    ("reply", "booked"),
    [
        (
            "Regarding Thursday at 2pm. Unfortunately that won't work for me. Friday is fine.",
            FRIDAY,
        ),
        ("Regarding Thursday at 2pm. Unfortunately that won't work for me. Thanks!", None),
        ("Thursday at 2pm? Sadly it won't work for me. Looking forward to it.", None),
        ("Thursday at 2pm - unfortunately that won't work for me. Looking forward to it.", None),
    ],
)
def test_a_refusal_pointing_back_declines_the_time_named_before(
    reply: str, booked: dt.datetime | None
) -> None:
    """ "Thursday at 2pm. Unfortunately that won't work" never books Thursday."""
    body = f"Hi Maren,\n\n{reply}\n\nAlex{_gmail(TWO_SLOTS)}"
    assert _booked(body, USER) == booked


def test_a_conditional_refusal_declines_nothing() -> None:
    """ "I've booked us Thursday at 2pm. If that doesn't work just say so" books Thursday."""
    body = (
        "Hi Alex,\n\nThank you for applying for the Support Engineer role. I've booked your "
        "first interview for Thursday 12 March at 2pm. If that doesn't work just say so and "
        "we'll move it.\n\nMaren"
    )
    assert _booked(body, HIRER) == THURSDAY


@pytest.mark.parametrize(
    "body",
    [
        # Quoted cancellation, newsletter and another meeting: nothing to accept.
        "Thanks, see you then!\n\nAlex"
        + _gmail(
            "Hi Alex,\n\nI'm sorry, we have to cancel your interview on Thursday 12 March at 2pm.\n\nMaren"
        ),
        "Works for me!\n\nAlex"
        + _gmail(
            "Tallowick Digest\n\nLive session on Thursday 12 March at 2pm.\n\nUnsubscribe any time."
        ),
        # Bottom-posted and inline answers: the quote is not read as the reply's offer.
        "On Mon, Mar 9, 2026 at 4:12 PM Maren Okafor <maren.okafor@tallowick.example> wrote:\n"
        + "\n".join("> " + line for line in TWO_SLOTS.split("\n"))
        + "\n\nThursday works for me.\n\nAlex",
        # Two offered times on the one day named: which one is not told.
        "Thursday works for me!\n\nAlex"
        + _gmail(
            "Hi Alex,\n\nCould you do Thursday 12 March at 10am or Thursday 12 March at 2pm?\n\nMaren"
        ),
    ],
)
def test_near_misses_book_nothing(body: str) -> None:
    """A reply over a cancellation, a newsletter, a bottom quote or an unclear day books nothing."""
    assert _booked(body, USER) is None


def test_an_acceptance_asking_another_hour_books_nothing() -> None:
    """ "Thursday works but could we make it 3pm instead of 2pm?" books neither hour."""
    reply = "Thursday works but could we make it 3pm instead of 2pm?"
    assert _booked(f"Hi Maren,\n\n{reply}\n\nAlex{_gmail(TWO_SLOTS)}", USER) is None


@pytest.mark.xfail(
    strict=True,
    reason="'not Friday' after the acceptance is no refusal clause the reader knows, and "
    "two named days leave the pick unclear: a safe miss",
)
def test_an_acceptance_ruling_the_other_day_out_books_it() -> None:
    """ "Thursday works, not Friday" books the offered Thursday."""
    body = f"Hi Maren,\n\nThursday works, not Friday.\n\nAlex{_gmail(TWO_SLOTS)}"
    assert _booked(body, USER) == THURSDAY


@pytest.mark.xfail(
    strict=True,
    reason="a forward to a friend asking 'Thursday works for me, what do you think?' is "
    "read as the user's booking (the main time reading, not the reply reader)",
)
def test_a_forward_asking_a_friend_books_nothing() -> None:
    """The user's forward asking a friend's view of the offered times books nothing."""
    fwd = (
        "---------- Forwarded message ---------\nFrom: Maren Okafor "
        "<maren.okafor@tallowick.example>\nDate: Mon, Mar 9, 2026 at 4:12 PM\nSubject: "
        "Interview - Support Engineer\nTo: Alex Morgan <alex.morgan@gmail.com>\n\n"
    )
    body = f"Hi Jo, Thursday works for me, what do you think?\n\n{fwd}{TWO_SLOTS}"
    u = understand(
        mail(
            sender=USER,
            to="Jo <jo@friends.example>",
            subject="Fwd: Interview",
            body=body,
            date=SENT,
        ),
        CTX,
    )
    assert u.kind is not Kind.INTERVIEW
