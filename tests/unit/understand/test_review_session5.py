"""Session 5's review: mail the session's new rules got wrong, each beside a neighbour.

An adversarial pass over the rules added this session found real interviews ruled out
(a job title that is also a clinic's, insurer's or council's word; a recruiter's words
read as the applicant's), a conditional contract signing read as an offer, a loan's
"stage" read as a hiring stage, and a founder's plain "no" about something other than a
job read as a rejection. Every message here was written for this test.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

NY = ZoneInfo("America/New_York")
RE = {"In-Reply-To": "<x1@mail.example>"}
CASES: list[tuple[str, Kind, str | None, dict[str, Any]]] = []


def case(
    id: str, kind: Kind, start: str | None, sender: str, subject: str, body: str, **kw: Any
) -> None:
    CASES.append((id, kind, start, dict(sender=sender, subject=subject, body=body, **kw)))


# --- A job title that is also a not-a-job word stays a job interview.
case(
    "claims_adjuster_title",
    Kind.INTERVIEW,
    "2026-03-10 10:00",
    "Dana Pike <dana.pike@northwind-insurance.com>",
    "Interview: Claims Adjuster",
    "Hi Alex,\n\nThanks for your interest. I'd like to invite you to interview for Claims Adjuster "
    "on Tuesday March 10 at 10:00 AM at our Hartford office.\n\nAsk for me at reception.\n\n"
    "Dana Pike\nClaims Manager",
)
case(
    "social_worker_post",
    Kind.INTERVIEW,
    "2026-03-12 11:00",
    "Kim Ode <kim.ode@countycares.org>",
    "Interview invitation",
    "Dear Alex,\n\nThank you for applying. We would like to invite you to interview for the Social "
    "Worker post on Thursday 12 March at 11:00 AM. The panel will be Kim Ode and Sara Bell.\n\n"
    "Kind regards,\nKim Ode\nTeam Manager",
)
case(
    "housing_officer_title",
    Kind.INTERVIEW,
    "2026-03-11 09:30",
    "Ian Cole <ian.cole@riverside-homes.org>",
    "Interview - Housing Officer",
    "Dear Alex,\n\nWe are pleased to invite you to interview for Housing Officer on Wednesday "
    "11 March at 9:30 AM.\n\nIan Cole\nHousing Manager",
)
case(
    "negotiator_title_landlord_words",
    Kind.INTERVIEW,
    "2026-03-11 09:30",
    "Ian Cole <ian.cole@riverside-homes.org>",
    "Interview confirmed",
    "Dear Alex,\n\nYour interview for Lettings Negotiator is Wednesday 11 March at 9:30 AM with me. "
    "You'd be the point of contact between the landlord and tenants.\n\nIan Cole\nBranch Manager",
)
# Neighbours: the same words about the user's own claim, care or housing stay no interview,
# a title in the subject or beside "your" included.
case(
    "claims_handler_subject",
    Kind.OTHER,
    None,
    "Claims <claims@northwind-insurance.com>",
    "Recorded interview - Claims Handler",
    "Dear Alex,\n\nYour recorded interview about claim number 55-1234 is on Tuesday March 10 at "
    "10:00 AM. Your Claims Handler will call you.\n\nClaims Team",
)
case(
    "housing_officer_subject",
    Kind.OTHER,
    None,
    "Housing Options <housing@citycouncil.gov.uk>",
    "Interview - Housing Officer",
    "Dear Alex,\n\nYour housing needs assessment interview is on Wednesday 11 March at 9:30 AM."
    "\n\nHousing Options",
)
case(
    "insurer_claim_statement",
    Kind.OTHER,
    None,
    "Claims Team <claims@northwind-insurance.com>",
    "Your claim - recorded interview",
    "Dear Alex,\n\nA loss adjuster will interview you about the water damage on Tuesday March 10 "
    "at 10:00 AM. Please have your claim number ready.\n\nClaims Team",
)
case(
    "social_worker_visit",
    Kind.OTHER,
    None,
    "Kim Ode <kim.ode@countycares.org>",
    "Home study interview",
    "Dear Alex,\n\nAs your social worker I will interview you at home for the adoption home study "
    "on Thursday 12 March at 11:00 AM.\n\nKim Ode",
)
case(
    "housing_assessment",
    Kind.OTHER,
    None,
    "Housing Options <housing@citycouncil.gov.uk>",
    "Housing needs interview",
    "Dear Alex,\n\nYour housing needs assessment interview is on Wednesday 11 March at 9:30 AM "
    "with a Housing Officer.\n\nHousing Options",
)

# --- A contract signing under a condition is a later step, not an offer made.
case(
    "conditional_contract",
    Kind.INTERVIEW,
    "2026-03-12 16:00",
    "Rosa Grant <rosa@harbourdental.com>",
    "Second interview",
    "Hi Alex,\n\nWe'd like you to come back for a second interview on Thursday March 12 at 4pm. The "
    "role is a 12-month contract; if all goes well we'd move to signing the contract the week "
    "after.\n\nRosa Grant\nPractice Manager",
)
case(
    "contract_signing_offer",
    Kind.OFFER,
    None,
    "Rosa Grant <rosa@harbourdental.com>",
    "Re: Dental Nurse role",
    "Hi Alex,\n\nGreat news after your final interview! Please come in on Thursday at 4pm to sign "
    "your employment contract for the dental nurse position.\n\nRosa Grant\nPractice Manager",
    headers=RE,
)

# --- A loan's or a course's stage is no hiring stage; a hiring stage still is.
case(
    "mortgage_stage",
    Kind.OTHER,
    None,
    "Mortgage Team <team@homeloans.example>",
    "Next steps",
    "Hi Alex,\n\nGood news - we're moving you through to the underwriting stage. A call with your "
    "adviser is booked for Tuesday March 10 at 3pm.\n\nHome Loans",
)
case(
    "hiring_stage",
    Kind.INTERVIEW,
    "2026-03-10 15:00",
    "Jess Moore <jess.moore@acme.io>",
    "Next steps - Data Analyst",
    "Hi Alex,\n\nGood news - we're moving you through to the final stage. Your session with Dan "
    "Ortiz is booked for Tuesday March 10 at 3pm.\n\nJess Moore\nRecruiting Coordinator",
)

# --- A founder's "no" naming what it was for: a job's is a rejection, a band's is not.
for _id, _what in (
    ("band", "We've decided to go with someone else on bass."),
    ("hackathon", "We decided to go with another person for the hackathon team."),
    ("pitch", "We went with someone else on the branding work."),
):
    case(
        f"plain_no_{_id}",
        Kind.OTHER,
        None,
        "Ben Fox <ben@foxdesign.studio>",
        "Re: Thursday",
        f"Hi Alex,\n\nThanks for coming in on Thursday. {_what}\n\nBen\nFounder, Fox Design",
        headers=RE,
    )
for _id, _what in (
    ("role", "We've decided to go with someone else for the designer role."),
    ("this_one", "After a lot of thought we've decided to go with someone else for this one."),
    ("in_the_end", "We went with another candidate in the end."),
):
    case(
        f"plain_no_{_id}",
        Kind.REJECTION,
        None,
        "Ben Fox <ben@foxdesign.studio>",
        "Re: Thursday",
        f"Hi Alex,\n\nThanks for coming in on Thursday. {_what}\n\nBen\nFounder, Fox Design",
        headers=RE,
    )

# --- A recruiter's words are not the applicant's; the applicant's still are.
case(
    "interviewer_thanks_invitation",
    Kind.INTERVIEW,
    "2026-03-10 14:00",
    "Dan Ortiz <dan.ortiz@acme.io>",
    "Re: interview",
    "Hi Alex,\n\nThank you for the invitation to interview you - happy to take it. See you Tuesday "
    "March 10 at 2:00 PM.\n\nDan Ortiz\nEngineering Manager",
    headers=RE,
)
case(
    "recruiter_you_look_forward",
    Kind.INTERVIEW,
    "2026-03-10 14:00",
    "Jess Moore <jess.moore@acme.io>",
    "Interview - Data Analyst",
    "Hi Alex,\n\nI know you're looking forward to meeting the team: your interview is on Tuesday "
    "March 10 at 2:00 PM with Dan Ortiz and the analytics team.\n\nJess Moore\nRecruiting Coordinator",
)
case(
    "applicant_thanks_invitation",
    Kind.OTHER,
    None,
    "Sam Lee <sam.lee@gmail.com>",
    "Re: Barista interview",
    "Hi Alex,\n\nThank you for the invitation to interview for the Barista role! Tuesday March 10 "
    "at 2:00 PM works for me. Looking forward to meeting the team.\n\nSam",
    headers=RE,
)


@pytest.mark.parametrize(("id", "kind", "want", "kw"), CASES, ids=[c[0] for c in CASES])
def test_review_case(
    ctx: Context, id: str, kind: Kind, want: str | None, kw: dict[str, Any]
) -> None:
    """Each message keeps the kind (and an interview its start) a reader would give it."""
    u = understand(mail(**kw), ctx)
    if kind is Kind.OTHER:
        assert u.kind not in (
            Kind.INTERVIEW,
            Kind.INTERVIEW_CANCELLED,
            Kind.REJECTION,
            Kind.OFFER,
        ), (
            id,
            u.kind,
            u.reasons,
        )
        return
    assert u.kind is kind, (id, u.kind, u.reasons)
    if want is not None:
        assert u.interview is not None
        assert u.interview.start.astimezone(NY).strftime("%Y-%m-%d %H:%M") == want


@pytest.mark.parametrize(
    ("id", "body", "want"),
    [
        (
            "thing_listed",
            "I'll bring along Coffee and pastries for everyone. Priya Raman will join me.",
            ["Dan Ortiz", "Priya Raman"],
        ),
        (
            "colleague_brought",
            "I'll bring along Raj Patel, our CTO.",
            ["Dan Ortiz", "Raj Patel"],
        ),
        (
            "colleague_and_title",
            "I'll bring along Raj and our CTO will dial in.",
            ["Dan Ortiz", "Raj"],
        ),
    ],
)
def test_brought_along_is_a_person(ctx: Context, id: str, body: str, want: list[str]) -> None:
    """A capitalised thing first in a list of lowercase things is no interviewer."""
    u = understand(
        mail(
            sender="Dan Ortiz <dan.ortiz@acme.io>",
            subject="Interview Tuesday",
            body=f"Hi Alex,\n\nLooking forward to our interview on Tuesday March 10 at 2pm. {body}"
            "\n\nDan Ortiz\nEngineering Manager",
        ),
        ctx,
    )
    assert u.interview is not None, (id, u.reasons)
    assert sorted(p.name or "" for p in u.interview.interviewers) == sorted(want), id
