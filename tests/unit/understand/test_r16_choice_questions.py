"""A question offering two or more times to pick from, in a hiring thread (round r16).

"Would Monday, March 16 at 10am or Tuesday, March 17 at 2pm work better for you?" asks the
user to choose, however it is worded and in any language: the recogniser reads the shape
(a question joining distinct times with "or") rather than a list of phrasings. A subject
naming the next stage at a company ("Next round at Larchwood Analytics") is a hiring
subject as "Larchwood Analytics - next round" is.

Every message was written for these tests (invented people and companies under .example
names). Near misses: friends planning brunch, a round at the pub, a vendor's demo, one
time asked about (not a choice).
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

USER = "Alex Morgan <alex.morgan@gmail.com>"
SENT = "Wed, 11 Mar 2026 08:10:00 -0400"


def _kind(ctx: Context, sender: str, subject: str, body: str) -> Kind:
    """The kind of one message sent on Wednesday 11 March 2026."""
    return understand(mail(sender=sender, to=USER, subject=subject, body=body, date=SENT), ctx).kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Next round at Larchwood Analytics",
            "Hi Alex,\n\nThanks for the conversation yesterday - Omar and I would like you to "
            "meet two more people on the team. Would Monday, March 16 at 10am or Tuesday, March "
            "17 at 2pm work better for you? Each slot is 90 minutes.\n\nPriya",
        ),
        (
            "Next steps with Larchwood Analytics",
            "Hi Alex,\n\ngreat speaking with you. Does Thursday 19 March at 11:00 or Friday 20 "
            "March at 15:00 suit you for a conversation with our CTO?\n\nPriya",
        ),
        (
            "AW: Bewerbung als Projektleiterin",
            "Hallo Alex,\n\nvielen Dank für das nette Telefonat. Passt Ihnen Dienstag, 17. März "
            "um 10 Uhr oder Mittwoch, 18. März um 15 Uhr?\n\nViele Grüße\nPriya",
        ),
    ],
)
def test_choice_of_times_in_a_hiring_thread_is_a_request(
    ctx: Context, subject: str, body: str
) -> None:
    """A question offering two times under a hiring subject asks the user to pick one."""
    kind = _kind(ctx, "Priya Raman <priya@larchwood-analytics.example>", subject, body)
    assert kind is Kind.SCHEDULING_REQUEST


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Sam Lee <sam.lee@gmail.com>",
            "brunch?",
            "Would Saturday, March 14 at 10am or Sunday, March 15 at 11am work for brunch?",
        ),
        (
            "Sam Lee <sam@lee-family.example>",
            "Next round at the Crown",
            "Would Friday, March 13 at 8pm or Saturday, March 14 at 9pm work for you?",
        ),
        (
            "Jordan Fry <jordan@acme-dashboards.example>",
            "Next steps with Acme Dashboards",
            "Hi Alex, thanks for trying our product! Would Monday, March 16 at 10am or Tuesday, "
            "March 17 at 2pm work for a demo of our platform for your team?",
        ),
    ],
)
def test_choice_of_times_outside_hiring_stays_other(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """Friends' plans, a pub round and a vendor's demo offer times but no interview."""
    assert _kind(ctx, sender, subject, body) not in (Kind.SCHEDULING_REQUEST, Kind.INTERVIEW)
