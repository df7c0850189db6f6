"""Recall leftovers (session 4): a stage's debrief subject, split date and time, 24-hour "0800".

Each fix sits beside a trap that must keep its old reading: a sprint debrief stays an
internal meeting, a time in another paragraph is not the date's, and a year, room, phone
fragment or order number is no clock. Every message here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
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


NORTH = "Dana Reed <dana.reed@univ-north.example>"
VISIT = (
    "Dear Dr. Morgan,\n\nOn behalf of the search committee for the Assistant Professor "
    "position, I am pleased to confirm your campus visit on Monday, March 16."
)
CHAIR = "\n\nDana Reed\nSearch Committee Chair"


class TestDateThenTimeSentence:
    """A date, then the stage's time in the next sentence of the same short paragraph."""

    def test_job_talk_next_sentence(self, ctx: Context) -> None:
        """ "... campus visit on Monday, March 16. Your job talk is at 2:00 p.m." starts at 2pm."""
        u = read(
            ctx,
            NORTH,
            "Campus visit - Assistant Professor search",
            VISIT + " Your job talk is at 2:00 p.m. in Hall 210." + CHAIR,
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 16, 14, 0)

    def test_other_paragraph_trap(self, ctx: Context) -> None:
        """A seminar's "every Friday at 2:00 p.m." in the next paragraph is not the visit's time."""
        u = read(
            ctx,
            NORTH,
            "Campus visit - Assistant Professor search",
            VISIT + "\n\nOur seminar series meets every week at 2:00 p.m. if you want to join "
            "one later." + CHAIR,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_office_hours_trap(self, ctx: Context) -> None:
        """ "The department office closes at 5pm" names no stage: the visit has no time."""
        u = read(
            ctx,
            NORTH,
            "Campus visit - Assistant Professor search",
            VISIT + " The department office closes at 5pm." + CHAIR,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_two_sentences_away_trap(self, ctx: Context) -> None:
        """A stage's time two sentences after the date, past another remark, is not paired."""
        u = read(
            ctx,
            NORTH,
            "Campus visit - Assistant Professor search",
            VISIT + " Parking is free in Lot C. Your job talk is at 2:00 p.m." + CHAIR,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_time_with_its_own_day_trap(self, ctx: Context) -> None:
        """ "Please call me at 3pm today about the interview": the time has its own day."""
        u = read(
            ctx,
            NORTH,
            "Campus visit - Assistant Professor search",
            VISIT + " Please call me about the interview at 3pm today." + CHAIR,
        )
        if u.interview is not None:
            assert local(u, ctx)[:2] != (3, 16), u.reasons


FIRE = "Lee Park <lee.park@cityfire.example>"
BOARD = (
    "Alex,\n\nThank you for applying for the Firefighter position. Your oral board interview "
    "is confirmed for Tuesday, March 10"
)
SIGN = "\n\nLee Park\nRecruitment, City Fire"


class TestFourDigitClock:
    """ "0800", "1430 hrs", "0800-0900" in a time context are 24-hour clocks."""

    def test_at_0800(self, ctx: Context) -> None:
        """ "... Tuesday, March 10 at 0800 at Station 4" starts at 08:00."""
        u = read(ctx, FIRE, "Firefighter interview", BOARD + " at 0800 at Station 4." + SIGN)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 10, 8, 0)

    def test_1430_hrs(self, ctx: Context) -> None:
        """ "Tuesday, March 10, 1430 hrs, at Station 4" starts at 14:30."""
        u = read(ctx, FIRE, "Firefighter interview", BOARD + ", 1430 hrs, at Station 4." + SIGN)
        assert local(u, ctx) == (3, 10, 14, 30)

    def test_range(self, ctx: Context) -> None:
        """ "Tuesday, March 10, 0800-0900" starts at 08:00 and ends at 09:00."""
        u = read(ctx, FIRE, "Firefighter interview", BOARD + ", 0800-0900, at Station 4." + SIGN)
        assert local(u, ctx) == (3, 10, 8, 0)
        assert u.interview is not None and u.interview.end is not None
        assert u.interview.end - u.interview.start == dt.timedelta(hours=1)

    def test_room_and_reference_trap(self, ctx: Context) -> None:
        """ "in room 1430", "Reference 0800": numbers without a time context are no clock."""
        u = read(
            ctx,
            FIRE,
            "Firefighter interview",
            BOARD + " in room 1430 at Station 4. Reference 0800." + SIGN,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_year_and_phone_trap(self, ctx: Context) -> None:
        """ "from 2019", "at 2026", "at 0800 123 4567", "order #1430": no clock at all."""
        u = read(
            ctx,
            FIRE,
            "Firefighter interview",
            BOARD + ". We have hired from 2019 on and grow at 2026 rates. Call us at 0800 123 "
            "4567 about order #1430." + SIGN,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_address_trap(self, ctx: Context) -> None:
        """ "at 1430 Main Street" is an address, not half past two."""
        u = read(ctx, FIRE, "Firefighter interview", BOARD + " at 1430 Main Street." + SIGN)
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_hours_of_training_trap(self, ctx: Context) -> None:
        """ "1000 hours of training" counts time; it is no clock."""
        u = read(
            ctx,
            FIRE,
            "Firefighter interview",
            BOARD + ". Recruits complete 1000 hours of training." + SIGN,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons
