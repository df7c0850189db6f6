"""A group the user may not be in ("shortlisted candidates") conditions only its own clause.

"Interviews for shortlisted candidates will be held on ..." books nothing for the user;
"we are seeing the shortlisted candidates this week; your interview is confirmed for ..."
does. A condition on the user ("If shortlisted, ...") still conditions the whole sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

SENDER = "Dana Wells <dana.wells@harbourline.example>"

CONFIRMED = {
    "semicolon": (
        "Interview - Logistics Coordinator",
        "Hi Alex,\n\nWe are interviewing the shortlisted candidates this week; your interview "
        "is confirmed for Thursday 5 March at 2pm with Ben Ortiz, Operations Lead.\n\nDana Wells",
    ),
    "sentence_after": (
        "Interview - Logistics Coordinator",
        "Hi Alex,\n\nThanks again for applying. We have now reviewed applications and are "
        "meeting the shortlisted candidates. Your interview is confirmed for Thursday 5 March "
        "at 2pm with Ben Ortiz.\n\nDana Wells",
    ),
}

HYPOTHETICAL = {
    "group_plan": (
        "Your application - Logistics Coordinator",
        "Hi Alex,\n\nThank you for applying. Interviews for shortlisted candidates will be "
        "held on Thursday 5 March at 2pm at our Dock Road office.\n\nDana Wells",
    ),
    "group_invited": (
        "Your application - Logistics Coordinator",
        "Hi Alex,\n\nThank you for your application. Shortlisted candidates will be invited "
        "to interview on Thursday 5 March at 2pm; we aim to let everyone know by 27 February."
        "\n\nDana Wells",
    ),
    "group_label": (
        "Your application - Logistics Coordinator",
        "Hi Alex,\n\nThank you for applying. Successful applicants: interviews are confirmed "
        "for Thursday 5 March at 2pm.\n\nDana Wells",
    ),
    "if_shortlisted": (
        "Your application - Logistics Coordinator",
        "Hi Alex,\n\nThank you for applying. If you are shortlisted, your interview is "
        "confirmed for Thursday 5 March at 2pm; we will write by 27 February.\n\nDana Wells",
    ),
}


@pytest.mark.parametrize("name", sorted(CONFIRMED))
def test_the_users_interview_beside_a_group_is_confirmed(name: str, ctx: Context) -> None:
    subject, body = CONFIRMED[name]
    u = understand(mail(sender=SENDER, subject=subject, body=body), ctx)
    assert u.kind is Kind.INTERVIEW, (name, u.reasons)
    assert u.interview is not None
    assert u.interview.start.replace(tzinfo=None) == dt.datetime(2026, 3, 5, 14, 0)


@pytest.mark.parametrize("name", sorted(HYPOTHETICAL))
def test_a_plan_for_a_group_books_nothing(name: str, ctx: Context) -> None:
    subject, body = HYPOTHETICAL[name]
    u = understand(mail(sender=SENDER, subject=subject, body=body), ctx)
    assert u.kind is not Kind.INTERVIEW, (name, u.reasons)
