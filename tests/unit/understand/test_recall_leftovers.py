"""Recall leftovers (session 4): a stage's debrief subject, split date and time, 24-hour "0800".

Each fix sits beside a trap that must keep its old reading: a sprint debrief stays an
internal meeting, a time in another paragraph is not the date's, and a year, room, phone
fragment or order number is no clock. Every message here was written for these tests.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail


def read(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understand one plain-text message sent to the user."""
    return understand(mail(sender=sender, subject=subject, body=body), ctx)


def local(u: Understanding, ctx: Context) -> tuple[int, int, int, int]:
    """The interview's start as (month, day, hour, minute) in the user's zone."""
    assert u.interview is not None, (u.kind, u.reasons)
    start = u.interview.start.astimezone(ZoneInfo(ctx.timezone))
    return start.month, start.day, start.hour, start.minute


LOOPWISE = "Amara Obi <amara@loopwise.example>"


class TestStageDebriefSubject:
    """A "Take-home debrief" subject is a hiring stage; "Sprint debrief" stays internal."""

    def test_take_home_debrief(self, ctx: Context) -> None:
        """A recruiter's "Take-home debrief" confirmation with its time is the interview."""
        u = read(
            ctx,
            LOOPWISE,
            "Take-home debrief",
            "Hi Alex,\n\nThanks for sending in your take-home for the Backend Engineer role. "
            "We'd like to walk through it with you: the review is confirmed for Thursday, March "
            "12 at 2:00pm ET with Kai Nakamura (Staff Engineer) on Zoom.\n\nAmara Obi\n"
            "Recruiter, Loopwise",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 12, 14, 0)

    def test_case_study_debrief(self, ctx: Context) -> None:
        """ "Case study debrief - Product Analyst" with a confirmed time is the interview."""
        u = read(
            ctx,
            LOOPWISE,
            "Case study debrief - Product Analyst",
            "Hi Alex,\n\nThanks for your application and for the case study. The debrief is "
            "confirmed for Thursday, March 12 at 2:00pm ET with Kai Nakamura.\n\nAmara Obi\n"
            "Recruiter, Loopwise",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons

    def test_sprint_debrief_trap(self, ctx: Context) -> None:
        """A "Sprint debrief" subject stays an internal meeting, whatever its body says."""
        u = read(
            ctx,
            LOOPWISE,
            "Sprint debrief",
            "Hi Alex,\n\nThanks for sending in your take-home for the Backend Engineer role. "
            "We'd like to walk through it with you: the review is confirmed for Thursday, March "
            "12 at 2:00pm ET with Kai Nakamura (Staff Engineer) on Zoom.\n\nAmara Obi\n"
            "Recruiter, Loopwise",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_candidate_take_home_debrief_trap(self, ctx: Context) -> None:
        """ "The take-home debrief for Jordan Ellis (candidate)": the user interviews."""
        u = read(
            ctx,
            LOOPWISE,
            "Candidate debrief - Jordan Ellis",
            "Hi Alex,\n\nThe take-home debrief for Jordan Ellis (Backend Engineer candidate) is "
            "confirmed for Thursday, March 12 at 2:00pm ET. Please bring your scorecard.\n\n"
            "Amara Obi\nRecruiter, Loopwise",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons
