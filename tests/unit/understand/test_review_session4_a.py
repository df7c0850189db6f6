"""Review findings A (session 4): today's confirmation and well-wishing rules, narrowed.

Each reviewer's message (the trap or the positive that regressed) sits beside a neighbour
that must keep its reading. The user is Alex Morgan in London, dates day first; the mail is
dated Monday 2 March 2026. Every message here was written for these tests.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail


@pytest.fixture
def ctx() -> Context:
    """Alex Morgan in London, who writes dates day first."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="Europe/London",
        date_order="dmy",
    )


def read(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understand one plain-text message sent to the user."""
    return understand(mail(sender=sender, subject=subject, body=body), ctx)


def local(u: Understanding, ctx: Context) -> tuple[int, int, int, int]:
    """The interview's start as (month, day, hour, minute) in the user's zone."""
    assert u.interview is not None
    start = u.interview.start.astimezone(ZoneInfo(ctx.timezone))
    return start.month, start.day, start.hour, start.minute


def names(u: Understanding) -> set[str]:
    """The interviewers' names."""
    assert u.interview is not None
    return {p.name for p in u.interview.interviewers if p.name}


COUNCIL = "Jobs <jobs@citycouncil.example>"
BRIGHT = "Priya Shah <priya@brightlabs.example>"


class TestPleasedToConfirmReceipt:
    """ "Pleased to confirm receipt of your application" acknowledges, it books nothing."""

    def test_receipt_with_shortlist_dates_trap(self, ctx: Context) -> None:
        """An acknowledgement naming when shortlisted candidates are interviewed is other."""
        u = read(
            ctx,
            COUNCIL,
            "Application received: Planning Officer",
            "Dear Alex,\n\nI am pleased to confirm receipt of your application for the "
            "Planning Officer post. Interviews for shortlisted candidates will take place "
            "on Monday 16 March at 9:30am at the Civic Centre.\n\nKind regards,\nHR Team",
        )
        assert u.kind is Kind.OTHER

    def test_pleased_to_confirm_interview_positive(self, ctx: Context) -> None:
        """ "Pleased to confirm your interview ... on Monday 16 March at 9:30am" is one."""
        u = read(
            ctx,
            COUNCIL,
            "Planning Officer interview",
            "Dear Alex,\n\nI am pleased to confirm your interview for the Planning Officer "
            "post on Monday 16 March at 9:30am at the Civic Centre.\n\nKind regards,\nHR Team",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 16, 9, 30)


class TestClosingDate:
    """A closing date for applications is a deadline, not an interview's start."""

    def test_closing_date_trap(self, ctx: Context) -> None:
        """ "Just to confirm, the closing date for applications is Friday at 5pm" is other."""
        u = read(
            ctx,
            BRIGHT,
            "Re: Analyst role",
            "Hi Alex,\n\nJust to confirm, the closing date for applications is Friday "
            "6 March at 5pm. We'll be in touch about interviews after that.\n\nBest,\n"
            "Priya\nTalent Partner, Bright Labs",
        )
        assert u.kind is Kind.OTHER

    def test_just_to_confirm_interview_positive(self, ctx: Context) -> None:
        """ "Just to confirm, your interview is on Friday 6 March at 2pm" is an interview."""
        u = read(
            ctx,
            BRIGHT,
            "Re: Analyst role",
            "Hi Alex,\n\nJust to confirm, your interview is on Friday 6 March at 2pm at our "
            "office.\n\nBest,\nPriya\nTalent Partner, Bright Labs",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 6, 14, 0)


class TestFriendsAndFamily:
    """A friend's prep session or a family tea is not an interview."""

    def test_friend_quiz_trap(self, ctx: Context) -> None:
        """A friend who will quiz the user on interview questions at a cafe writes other."""
        u = read(
            ctx,
            "Jo <jo.b@outlook.com>",
            "re: interview prep",
            "Let's do Friday at 4pm at the cafe and I'll quiz you on interview questions "
            "for your hiring panel next week. I'll send a Meet link if it rains.\n\nJo",
        )
        assert u.kind is Kind.OTHER

    def test_tea_with_mum_trap(self, ctx: Context) -> None:
        """ "Thursday at 2 works for tea with Mum and me" after a past interview is other."""
        u = read(
            ctx,
            "Kim <kim.t@gmail.com>",
            "tea",
            "Interview went ok? Thursday at 2 works for tea with Mum and me, see you then!",
        )
        assert u.kind is Kind.OTHER
        assert u.interview is None

    def test_lets_do_from_hiring_manager_positive(self, ctx: Context) -> None:
        """A hiring manager's "Let's do Friday at 4pm for your interview" stays one."""
        u = read(
            ctx,
            "Jo Baker <jo.baker@brightlabs.example>",
            "Re: interview",
            "Hi Alex,\n\nThanks for the options. Let's do Friday at 4pm for your interview "
            "with me. I'll send a Meet link.\n\nJo Baker\nHiring Manager, Bright Labs",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 6, 16, 0)


class TestWorkShifts:
    """A job's own shift is work; a trial shift is a hiring stage."""

    def test_first_shift_trap(self, ctx: Context) -> None:
        """ "Your first shift after the interview stage is Monday at 0800 hrs" is other."""
        u = read(
            ctx,
            "Rota <rota@nhs-trust.example>",
            "Shift confirmed",
            "Hi Alex,\n\nThanks for applying to the bank staff pool. Your first shift after "
            "the interview stage is Monday 9 March at 0800 hrs on Ward 4.\n\nStaffing",
        )
        assert u.kind is Kind.OTHER

    def test_trial_shift_positive(self, ctx: Context) -> None:
        """ "Your trial shift is Monday 9 March at 0800 hrs" is still a hiring stage."""
        u = read(
            ctx,
            "Rota <rota@nhs-trust.example>",
            "Trial shift confirmed",
            "Hi Alex,\n\nThanks for applying to the bank staff pool. Your trial shift is "
            "Monday 9 March at 0800 hrs on Ward 4.\n\nStaffing",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 9, 8, 0)

    def test_interview_before_the_first_shift_positive(self, ctx: Context) -> None:
        """An interview held before the day's first shift keeps its time."""
        u = read(
            ctx,
            BRIGHT,
            "Interview",
            "Hi Alex,\n\nYour interview is confirmed for Thursday 5 March at 6am, before "
            "the first shift.\n\nPriya Shah\nTalent Partner",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 5, 6, 0)


class TestGoodLuckFromRecruiter:
    """Good wishes under a stated booking with a named person do not rule it out."""

    def test_recruiter_on_gmail_positive(self, ctx: Context) -> None:
        """A recruiter's confirmed interview at a company, with "Good luck!", is one."""
        u = read(
            ctx,
            "Lucy Vance <lucy.vance.recruits@gmail.com>",
            "Interview confirmed - Barista",
            "Hi Alex,\n\nYour interview at Bean & Co is confirmed for Thursday 5 March at "
            "10am with the store manager, Ben Hale. Good luck!\n\nLucy",
        )
        assert u.kind is Kind.INTERVIEW
        assert local(u, ctx) == (3, 5, 10, 0)
        assert names(u) == {"Ben Hale"}

    def test_parent_good_luck_trap(self, ctx: Context) -> None:
        """A parent's "your interview at Acme is Thursday at 10am, good luck" stays other."""
        u = read(
            ctx,
            "Mum <pat.morgan@gmail.com>",
            "thursday",
            "Your interview at Acme is on Thursday at 10am isn't it? Good luck love, "
            "you'll smash it!\n\nMum xx",
        )
        assert u.kind is Kind.OTHER
