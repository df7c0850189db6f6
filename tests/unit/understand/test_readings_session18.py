"""Readings added in session 18, each with the look-alikes that must not change.

Written for these tests as plain variations on common mail (not copied from any
evaluation set): a range of hours whose first hour is bare ("between 2 and 3pm"), a
weekday a week on ("Thursday week"), and the people named right after the day of the
interview ("at 2pm on Thursday with Maria Lopez").
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Kind, understand
from daemon.understand._dates import find_dates, find_times
from daemon.understand._lexicon import load_lexicon
from tests.unit.understand.messages import alex_in_new_york, mail, names

LEX = load_lexicon()
SENDER = "Tom Reed <tom.reed@kestrel-labs.example>"
"""A recruiter at the hiring company; the message's Date is Monday 2 March 2026."""


def _read(body: str, subject: str = "Your interview with Kestrel Labs"):  # type: ignore[no-untyped-def]
    text = f"Hi Alex,\n\n{body}\n\nBest,\nTom Reed\nRecruiter, Kestrel Labs\n"
    return understand(mail(sender=SENDER, subject=subject, body=text), alex_in_new_york())


def _times(text: str) -> list[tuple[str, str | None]]:
    return [
        (t.start.isoformat("minutes"), t.until.isoformat("minutes") if t.until else None)
        for t in find_times(text, LEX)
    ]


class TestARangeWithABareFirstHour:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("on Thursday between 2 and 3pm.", ("14:00", "15:00")),
            ("between 11 and 1pm", ("11:00", "13:00")),
            ("between 9 and 10 am", ("09:00", "10:00")),
            ("between 10 and 10:45 CET", ("10:00", "10:45")),
            ("between 12 and 1pm", ("12:00", "13:00")),
            ("am Dienstag zwischen 14 und 15 Uhr", ("14:00", "15:00")),
            ("between 2:30 and 3:15pm", ("14:30", "15:15")),
            ("between 2pm and 3pm", ("14:00", "15:00")),
        ],
    )
    def test_the_first_hour_is_read_on_the_second_hours_clock(
        self, text: str, expected: tuple[str, str]
    ) -> None:
        """ "between 2 and 3pm" starts at 14:00, not at the 3pm that closes it."""
        assert _times(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("between 3 and 5 candidates at 2pm", [("14:00", None)]),
            ("between 2 and 3 times at 4pm", [("16:00", None)]),
            ("between 5 and 6 people join at 3pm", [("15:00", None)]),
            ("we have between 20 and 3pm", [("15:00", None)]),
        ],
    )
    def test_counts_and_impossible_spans_are_no_range(
        self, text: str, expected: list[tuple[str, None]]
    ) -> None:
        """Numbers that are counts, or a "start" after the end, leave the time alone."""
        assert _times(text) == expected

    def test_a_message_states_the_start_of_the_range(self) -> None:
        """The interview starts at 2pm when the mail offers it "between 2 and 3pm"."""
        result = _read(
            "We'd like to invite you to interview for the Data Analyst role with Maria Lopez "
            "on Thursday 5 March between 2 and 3pm."
        )
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert result.interview is not None
        assert result.interview.start == dt.datetime(
            2026, 3, 5, 14, tzinfo=result.interview.start.tzinfo
        )
        assert result.interview.end is not None
        assert result.interview.end.hour == 15


class TestAWeekdayAWeekOn:
    REF = dt.date(2026, 3, 2)  # a Monday

    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("Thursday week at 10am", dt.date(2026, 3, 12)),
            ("a week on Thursday at 10am", dt.date(2026, 3, 12)),
            ("a week from Thursday at 10am", dt.date(2026, 3, 12)),
            ("Thursday at 10am", dt.date(2026, 3, 5)),
            ("Thursday next week at 10am", dt.date(2026, 3, 12)),
            ("Monday week", dt.date(2026, 3, 16)),
        ],
    )
    def test_the_weekday_moves_seven_days_past_its_next_date(self, text: str, day: dt.date) -> None:
        """ "Thursday week" said on a Monday is the Thursday after this week's."""
        dates = find_dates(text, LEX, self.REF, "mdy")
        assert [d.date for d in dates] == [day]

    def test_french_en_huit(self) -> None:
        """« jeudi en huit » is the Thursday a week after the next one."""
        dates = find_dates("jeudi en huit à 10h", LEX, self.REF, "dmy")
        assert [d.date for d in dates] == [dt.date(2026, 3, 12)]

    @pytest.mark.parametrize(
        "text", ["Thursday weekly sync", "Thursday, week 12", "the Thursday weekend market"]
    )
    def test_other_words_after_a_weekday_leave_it_alone(self, text: str) -> None:
        """Only the word "week" itself moves it ("weekly", a week number do not)."""
        dates = find_dates(text, LEX, self.REF, "mdy")
        assert [d.date for d in dates] == [dt.date(2026, 3, 5)]

    def test_an_interview_thursday_week(self) -> None:
        """A confirmation "for Thursday week at 10am" books 12 March."""
        result = _read(
            "Your interview for the Analyst position is confirmed for Thursday week at 10am "
            "with Maria Lopez."
        )
        assert result.interview is not None
        assert result.interview.start.date() == dt.date(2026, 3, 12)


class TestPeopleRightAfterTheDay:
    @pytest.mark.parametrize(
        "line",
        [
            "Your interview for the Analyst position is at 2pm on Thursday with Maria Lopez.",
            "Your interview for the Analyst position is confirmed for Thursday 5 March with "
            "Maria Lopez at 2pm.",
            "Your interview for the Analyst position is booked from 2 to 3pm on Thursday 5 "
            "March with Maria Lopez.",
            "Your interview for the Analyst position is at 2pm this Thursday with Maria Lopez "
            "(Head of Data).",
            "Your interview for the Analyst position will be at 2pm on March 5, 2026 with "
            "Maria Lopez.",
            "Your interview for the Analyst position is at 2pm on 3/5 with Maria Lopez.",
        ],
    )
    def test_the_person_after_the_day_interviews(self, line: str) -> None:
        """ "... on Thursday with Maria Lopez": the person the interview is with."""
        result = _read(line)
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert names(result) == ["Maria Lopez"]

    @pytest.mark.parametrize(
        "line",
        [
            "Your interview for the Analyst position is at 2pm on Thursday with our team.",
            "Your interview for the Analyst position is at 2pm on Thursday with Kestrel Labs.",
            "Your interview for the Analyst position is at 2pm on Thursday with the hiring panel.",
        ],
    )
    def test_a_team_or_company_after_the_day_is_no_person(self, line: str) -> None:
        """ "on Thursday with our team" names nobody."""
        result = _read(line)
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert names(result) == []


class TestMoreWaysOfNamingWhoInterviews:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("You'll have a chance to meet Maria Lopez, our Head of Data.", ["Maria Lopez"]),
            (
                "The person you'll be speaking to is Maria Lopez, our Head of Data.",
                ["Maria Lopez"],
            ),
            (
                "Present will be Maria Lopez (Head of Data) and Sam Ortiz (CTO).",
                ["Maria Lopez", "Sam Ortiz"],
            ),
            ("I've put 30 minutes in the diary for you and Maria Lopez.", ["Maria Lopez"]),
            ("Maria Lopez would love to chat with you beforehand.", ["Maria Lopez"]),
            ("Maria Lopez, our Head of Data, will be interviewing.", ["Maria Lopez"]),
            ("Maria Lopez (Head of Data) will take you through a case study.", ["Maria Lopez"]),
            ("Maria Lopez will walk you through the technical exercise.", ["Maria Lopez"]),
        ],
    )
    def test_the_named_people_interview(self, line: str, expected: list[str]) -> None:
        """Each sentence names who the user meets at the interview it confirms."""
        result = _read(f"Your interview for the Analyst role is on Thursday 5 March at 2pm. {line}")
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert names(result) == expected

    @pytest.mark.parametrize(
        "line",
        [
            "You'll have a chance to meet the wider team over lunch.",
            "I've put 30 minutes in the diary for you and your manager.",
            "Maria Lopez will walk you to the meeting room.",
            "Maria Lopez will take you through to reception.",
            "Maria Lopez would love to chat with her team first.",
            "Our receptionist Jane Roe will be there to greet you.",
        ],
    )
    def test_look_alikes_name_nobody(self, line: str) -> None:
        """A team, the user's own manager, a guide to the room or a greeter: no interviewer."""
        result = _read(f"Your interview for the Analyst role is on Thursday 5 March at 2pm. {line}")
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert names(result) == []
