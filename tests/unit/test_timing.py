"""Unit tests for daemon.timing: business days, send rules, DST, durations."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.timing import (
    DEFAULT_SEND_TIME,
    BusinessCalendar,
    SendRule,
    call_needed_due,
    digest_time,
    local_datetime,
    notes_prompt_due,
    parse_duration,
    parse_iso_duration,
    parse_local_time,
    thank_you_due,
    within_grace,
)

UTC = dt.UTC
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
AUCKLAND = ZoneInfo("Pacific/Auckland")

PLAIN = BusinessCalendar()
US = BusinessCalendar("US")
ENGLAND = BusinessCalendar("GB", "ENG")
SCOTLAND = BusinessCalendar("GB", "SCT")
NZ = BusinessCalendar("NZ")
DEFAULT_RULE = SendRule()


def at(
    zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0
) -> dt.datetime:
    """Build an aware datetime in `zone` (helper)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=zone)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> dt.datetime:
    """Build an aware UTC datetime (helper)."""
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=UTC)


class TestParseIsoDuration:
    """ISO 8601 durations for send rules and test delays."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("PT2M", dt.timedelta(minutes=2)),
            ("P1D", dt.timedelta(days=1)),
            ("PT2H30M", dt.timedelta(hours=2, minutes=30)),
            ("P1W", dt.timedelta(weeks=1)),
            ("P1DT12H", dt.timedelta(days=1, hours=12)),
            ("PT0.5H", dt.timedelta(minutes=30)),
            ("PT1,5S", dt.timedelta(seconds=1.5)),
            ("pt2m", dt.timedelta(minutes=2)),
            ("PT0S", dt.timedelta(0)),
            (" PT45S ", dt.timedelta(seconds=45)),
        ],
    )
    def test_valid(self, text: str, expected: dt.timedelta) -> None:
        """Weeks, days, hours, minutes, seconds and a final fraction are understood."""
        assert parse_iso_duration(text) == expected

    @pytest.mark.parametrize("text", ["", "P", "PT", "P1DT", "2m", "PT2X", "P-1D", "PT1.5H30M"])
    def test_invalid(self, text: str) -> None:
        """Malformed durations are refused with a ValueError."""
        with pytest.raises(ValueError, match=r"duration|fraction"):
            parse_iso_duration(text)

    @pytest.mark.parametrize("text", ["P1Y", "P2M", "P1Y2M3D"])
    def test_years_and_months_refused(self, text: str) -> None:
        """Calendar-dependent components are refused with a hint to use days."""
        with pytest.raises(ValueError, match="years and months"):
            parse_iso_duration(text)

    @given(st.integers(0, 400), st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
    def test_roundtrip(self, days: int, hours: int, minutes: int, seconds: int) -> None:
        """Any PnDTnHnMnS string parses to the matching timedelta."""
        text = f"P{days}DT{hours}H{minutes}M{seconds}S"
        expected = dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
        assert parse_iso_duration(text) == expected


class TestParseDuration:
    """Human durations for snooze."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2d", dt.timedelta(days=2)),
            ("36h", dt.timedelta(hours=36)),
            ("1d12h", dt.timedelta(days=1, hours=12)),
            ("90m", dt.timedelta(minutes=90)),
            ("1w", dt.timedelta(weeks=1)),
            ("1.5h", dt.timedelta(minutes=90)),
            ("2 D", dt.timedelta(days=2)),
            ("1d 6h", dt.timedelta(days=1, hours=6)),
            ("PT2M", dt.timedelta(minutes=2)),
        ],
    )
    def test_valid(self, text: str, expected: dt.timedelta) -> None:
        """Short units (w, d, h, m, s), combinations and ISO 8601 are understood."""
        assert parse_duration(text) == expected

    @pytest.mark.parametrize("text", ["", "2", "d", "2x", "2d garbage", "tomorrow", "-2d"])
    def test_invalid(self, text: str) -> None:
        """Anything else is refused with an example in the message."""
        with pytest.raises(ValueError, match="duration"):
            parse_duration(text)


class TestParseLocalTime:
    """Wall times in config."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("09:30", dt.time(9, 30)), ("9:05", dt.time(9, 5)), ("23:59", dt.time(23, 59))],
    )
    def test_valid(self, text: str, expected: dt.time) -> None:
        """24-hour HH:MM is understood."""
        assert parse_local_time(text) == expected

    @pytest.mark.parametrize("text", ["24:00", "9.30", "09:60", "9am", ""])
    def test_invalid(self, text: str) -> None:
        """Other forms are refused."""
        with pytest.raises(ValueError, match="HH:MM"):
            parse_local_time(text)


class TestSendRuleParse:
    """Send rules from config strings."""

    def test_default(self) -> None:
        """The default rule is the next business day at 09:30."""
        assert SendRule() == SendRule(kind="next_business_day", local_time=dt.time(9, 30))
        assert SendRule.parse("next_business_day") == SendRule()

    @pytest.mark.parametrize(
        "text", ["next_business_day 10:15", "next_business_day@10:15", "next_business_day at 10:15"]
    )
    def test_next_business_day_with_time(self, text: str) -> None:
        """A local time may follow next_business_day."""
        assert SendRule.parse(text) == SendRule(local_time=dt.time(10, 15))

    @pytest.mark.parametrize(
        "text", ["same_day_after 3", "same_day_after 3h", "same_day_after PT3H"]
    )
    def test_same_day_after(self, text: str) -> None:
        """same_day_after takes hours as a number, short duration or ISO duration."""
        assert SendRule.parse(text) == SendRule(kind="same_day_after", delay=dt.timedelta(hours=3))

    def test_iso_duration(self) -> None:
        """A bare ISO 8601 duration means exactly that long after the end."""
        assert SendRule.parse("PT2M") == SendRule(kind="after", delay=dt.timedelta(minutes=2))

    @pytest.mark.parametrize(
        "text", ["", "tomorrow", "same_day_after", "same_day_after 0", "next_business_day 25:00"]
    )
    def test_invalid(self, text: str) -> None:
        """Unknown or incomplete rules are refused."""
        with pytest.raises(ValueError):
            SendRule.parse(text)

    def test_error_names_choices(self) -> None:
        """The error for an unknown rule names the valid choices."""
        with pytest.raises(ValueError, match=r"next_business_day.*same_day_after.*PT2M"):
            SendRule.parse("whenever")

    def test_direct_validation(self) -> None:
        """Constructing a rule directly validates kind and delay."""
        with pytest.raises(ValueError, match="unknown send rule"):
            SendRule(kind="soon")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="negative"):
            SendRule(kind="after", delay=dt.timedelta(minutes=-1))


class TestBusinessCalendar:
    """Weekends and public holidays."""

    def test_weekend_is_not_business(self) -> None:
        """Saturday and Sunday are skipped by default."""
        assert PLAIN.is_business_day(dt.date(2026, 3, 6))  # Friday
        assert not PLAIN.is_business_day(dt.date(2026, 3, 7))
        assert not PLAIN.is_business_day(dt.date(2026, 3, 8))

    def test_holidays_only_with_country(self) -> None:
        """A holiday counts only when a country is configured."""
        thanksgiving = dt.date(2026, 11, 26)
        assert PLAIN.is_business_day(thanksgiving)
        assert not US.is_business_day(thanksgiving)
        assert US.holiday_name(thanksgiving) == "Thanksgiving Day"

    def test_observed_holiday(self) -> None:
        """A substitute (observed) bank holiday is skipped too."""
        assert not ENGLAND.is_business_day(dt.date(2026, 12, 28))  # Boxing Day (observed)

    def test_subdivision(self) -> None:
        """Regional holidays depend on the subdivision (2 January is Scottish only)."""
        assert not SCOTLAND.is_business_day(dt.date(2026, 1, 2))
        assert ENGLAND.is_business_day(dt.date(2026, 1, 2))

    def test_next_business_day(self) -> None:
        """Friday's next business day is Monday; Saturday's too."""
        assert PLAIN.next_business_day(dt.date(2026, 3, 6)) == dt.date(2026, 3, 9)
        assert PLAIN.next_business_day(dt.date(2026, 3, 7)) == dt.date(2026, 3, 9)

    def test_add_business_days(self) -> None:
        """Adding counts only business days and never the start day."""
        assert PLAIN.add_business_days(dt.date(2026, 3, 5), 3) == dt.date(2026, 3, 10)
        assert PLAIN.add_business_days(dt.date(2026, 3, 5), 0) == dt.date(2026, 3, 5)
        assert PLAIN.add_business_days(dt.date(2026, 3, 9), -1) == dt.date(2026, 3, 6)
        assert ENGLAND.add_business_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 29)

    def test_on_or_after(self) -> None:
        """on_or_after keeps a business day and moves a weekend day forward."""
        assert PLAIN.on_or_after(dt.date(2026, 3, 6)) == dt.date(2026, 3, 6)
        assert PLAIN.on_or_after(dt.date(2026, 3, 7)) == dt.date(2026, 3, 9)

    def test_custom_weekend(self) -> None:
        """A Friday–Saturday weekend makes Sunday a business day."""
        cal = BusinessCalendar(weekend=(4, 5))
        assert cal.next_business_day(dt.date(2026, 3, 5)) == dt.date(2026, 3, 8)

    def test_unknown_country(self) -> None:
        """An unsupported country or subdivision is a ValueError naming it."""
        with pytest.raises(ValueError, match="XX"):
            BusinessCalendar("XX")
        with pytest.raises(ValueError, match="QQQ"):
            BusinessCalendar("GB", "QQQ")

    def test_invalid_weekend(self) -> None:
        """Weekday numbers outside 0..6 and an all-weekend week are refused."""
        with pytest.raises(ValueError, match="weekend"):
            BusinessCalendar(weekend=(7,))
        with pytest.raises(ValueError, match="no business day"):
            BusinessCalendar(weekend=(0, 1, 2, 3, 4, 5, 6))

    def test_subdivision_needs_country(self) -> None:
        """A subdivision without a country is refused."""
        with pytest.raises(ValueError, match="needs a country"):
            BusinessCalendar(subdivision="ENG")

    def test_equality_ignores_cache(self) -> None:
        """Two calendars with the same settings compare equal and hash alike."""
        assert BusinessCalendar("US") == US
        assert hash(BusinessCalendar("US")) == hash(US)


class TestLocalDatetime:
    """Wall times to instants, across DST transitions."""

    def test_summer_and_winter(self) -> None:
        """09:30 in London is 08:30 UTC in summer and 09:30 UTC in winter."""
        assert local_datetime(dt.date(2026, 6, 3), DEFAULT_SEND_TIME, LONDON) == utc(
            2026, 6, 3, 8, 30
        )
        assert local_datetime(dt.date(2026, 1, 7), DEFAULT_SEND_TIME, LONDON) == utc(
            2026, 1, 7, 9, 30
        )

    def test_gap_shifts_forward(self) -> None:
        """A wall time inside the spring-forward gap moves forward by the gap."""
        result = local_datetime(dt.date(2026, 3, 29), dt.time(1, 30), LONDON)
        assert result == utc(2026, 3, 29, 1, 30)
        assert result.astimezone(LONDON).time() == dt.time(2, 30)

    def test_gap_new_york(self) -> None:
        """New York's 02:30 on the spring-forward day becomes 03:30 EDT."""
        result = local_datetime(dt.date(2026, 3, 8), dt.time(2, 30), NEW_YORK)
        assert result.astimezone(NEW_YORK).time() == dt.time(3, 30)

    def test_fold_first_occurrence(self) -> None:
        """A repeated wall time in the autumn fold means its first occurrence."""
        assert local_datetime(dt.date(2026, 10, 25), dt.time(1, 30), LONDON) == utc(
            2026, 10, 25, 0, 30
        )
        assert local_datetime(dt.date(2026, 11, 1), dt.time(1, 30), NEW_YORK) == utc(
            2026, 11, 1, 5, 30
        )

    def test_result_is_utc(self) -> None:
        """The result carries the UTC zone."""
        assert local_datetime(dt.date(2026, 6, 3), DEFAULT_SEND_TIME, KOLKATA).tzinfo is UTC


class TestThankYouDueNextBusinessDay:
    """The default rule: next business day at 09:30 in the interview's zone."""

    def test_weekday(self) -> None:
        """A Tuesday interview is thanked on Wednesday at 09:30 local."""
        due = thank_you_due(at(LONDON, 2026, 6, 2, 14), LONDON, DEFAULT_RULE, PLAIN)
        assert due == utc(2026, 6, 3, 8, 30)
        assert due.tzinfo is UTC

    def test_friday(self) -> None:
        """A Friday interview is thanked on Monday."""
        due = thank_you_due(at(NEW_YORK, 2026, 6, 5, 16), NEW_YORK, DEFAULT_RULE, PLAIN)
        assert due == at(NEW_YORK, 2026, 6, 8, 9, 30)

    def test_saturday(self) -> None:
        """A Saturday interview is thanked on Monday, not Sunday."""
        due = thank_you_due(at(LONDON, 2026, 6, 6, 11), LONDON, DEFAULT_RULE, PLAIN)
        assert due == at(LONDON, 2026, 6, 8, 9, 30)

    def test_thanksgiving(self) -> None:
        """With the US calendar, a Wednesday before Thanksgiving goes to Friday."""
        end = at(NEW_YORK, 2026, 11, 25, 15)
        assert thank_you_due(end, NEW_YORK, DEFAULT_RULE, US) == utc(2026, 11, 27, 14, 30)
        assert thank_you_due(end, NEW_YORK, DEFAULT_RULE, PLAIN) == utc(2026, 11, 26, 14, 30)

    def test_uk_christmas(self) -> None:
        """Christmas Eve in England skips Christmas, the weekend and Boxing Day observed."""
        end = at(LONDON, 2026, 12, 24, 11)
        assert thank_you_due(end, LONDON, DEFAULT_RULE, ENGLAND) == utc(2026, 12, 29, 9, 30)

    def test_uk_easter(self) -> None:
        """Maundy Thursday in England skips Good Friday and Easter Monday."""
        end = at(LONDON, 2026, 4, 2, 15)
        assert thank_you_due(end, LONDON, DEFAULT_RULE, ENGLAND) == at(LONDON, 2026, 4, 7, 9, 30)

    def test_uk_spring_bank_holiday(self) -> None:
        """A Friday before the spring bank holiday goes to Tuesday."""
        end = at(LONDON, 2026, 5, 22, 15)
        assert thank_you_due(end, LONDON, DEFAULT_RULE, ENGLAND) == at(LONDON, 2026, 5, 26, 9, 30)

    def test_london_spring_forward(self) -> None:
        """Across the spring change London's 09:30 moves from 09:30 to 08:30 UTC."""
        due = thank_you_due(at(LONDON, 2026, 3, 27, 15), LONDON, DEFAULT_RULE, PLAIN)
        assert due == utc(2026, 3, 30, 8, 30)

    def test_london_fall_back(self) -> None:
        """Across the autumn change London's 09:30 moves from 08:30 to 09:30 UTC."""
        due = thank_you_due(at(LONDON, 2026, 10, 23, 15), LONDON, DEFAULT_RULE, PLAIN)
        assert due == utc(2026, 10, 26, 9, 30)

    def test_new_york_spring_forward(self) -> None:
        """A Friday before New York's spring change is thanked Monday 09:30 EDT."""
        due = thank_you_due(at(NEW_YORK, 2026, 3, 6, 15), NEW_YORK, DEFAULT_RULE, PLAIN)
        assert due == utc(2026, 3, 9, 13, 30)

    def test_new_york_fall_back(self) -> None:
        """A Friday before New York's autumn change is thanked Monday 09:30 EST."""
        due = thank_you_due(at(NEW_YORK, 2026, 10, 30, 15), NEW_YORK, DEFAULT_RULE, PLAIN)
        assert due == utc(2026, 11, 2, 14, 30)

    def test_send_time_in_gap(self) -> None:
        """A configured time inside the DST gap is shifted forward, never dropped."""
        every_day = BusinessCalendar(weekend=())
        rule = SendRule(local_time=dt.time(1, 30))
        due = thank_you_due(at(LONDON, 2026, 3, 28, 15), LONDON, rule, every_day)
        assert due.astimezone(LONDON) == at(LONDON, 2026, 3, 29, 2, 30)

    def test_send_time_in_fold(self) -> None:
        """A configured time inside the DST fold uses the first occurrence."""
        every_day = BusinessCalendar(weekend=())
        rule = SendRule(local_time=dt.time(1, 30))
        due = thank_you_due(at(LONDON, 2026, 10, 24, 15), LONDON, rule, every_day)
        assert due == utc(2026, 10, 25, 0, 30)

    def test_ending_just_before_midnight(self) -> None:
        """An interview ending 23:50 local is thanked the next morning."""
        due = thank_you_due(at(NEW_YORK, 2026, 6, 2, 23, 50), NEW_YORK, DEFAULT_RULE, PLAIN)
        assert due == at(NEW_YORK, 2026, 6, 3, 9, 30)

    def test_ending_just_after_midnight(self) -> None:
        """An interview ending 00:10 local counts for that (later) day."""
        due = thank_you_due(at(NEW_YORK, 2026, 6, 3, 0, 10), NEW_YORK, DEFAULT_RULE, PLAIN)
        assert due == at(NEW_YORK, 2026, 6, 4, 9, 30)

    def test_end_given_in_other_zone(self) -> None:
        """The local day is taken in the interview's zone, not the zone of `end`."""
        end = utc(2026, 6, 2, 19, 0)  # 00:30 on Wednesday in Kolkata
        due = thank_you_due(end, KOLKATA, DEFAULT_RULE, PLAIN)
        assert due == at(KOLKATA, 2026, 6, 4, 9, 30)
        assert due == utc(2026, 6, 4, 4, 0)

    def test_auckland(self) -> None:
        """Auckland's Monday 09:30 is Sunday evening UTC, and King's Birthday is skipped."""
        end = at(AUCKLAND, 2026, 6, 5, 16)
        assert thank_you_due(end, AUCKLAND, DEFAULT_RULE, PLAIN) == utc(2026, 6, 7, 21, 30)
        end = at(AUCKLAND, 2026, 5, 29, 16)
        assert thank_you_due(end, AUCKLAND, DEFAULT_RULE, NZ) == at(AUCKLAND, 2026, 6, 2, 9, 30)

    def test_naive_end_refused(self) -> None:
        """A naive end time is a programming error."""
        with pytest.raises(ValueError, match="aware"):
            thank_you_due(dt.datetime(2026, 6, 2, 14), LONDON, DEFAULT_RULE, PLAIN)

    @settings(max_examples=150, deadline=None)
    @given(
        end=st.datetimes(
            min_value=dt.datetime(2020, 1, 1),
            max_value=dt.datetime(2035, 12, 31),
            timezones=st.just(UTC),
        ),
        zone=st.sampled_from([LONDON, NEW_YORK, KOLKATA, AUCKLAND, ZoneInfo("Europe/Berlin")]),
        calendar=st.sampled_from([PLAIN, US, ENGLAND, NZ]),
        local_time=st.sampled_from([dt.time(9, 30), dt.time(8, 0), dt.time(17, 45)]),
    )
    def test_properties(
        self,
        end: dt.datetime,
        zone: ZoneInfo,
        calendar: BusinessCalendar,
        local_time: dt.time,
    ) -> None:
        """The due time is after the end, on the next business day, at the local time."""
        due = thank_you_due(end, zone, SendRule(local_time=local_time), calendar)
        assert due > end
        assert due.tzinfo is UTC
        local = due.astimezone(zone)
        assert calendar.is_business_day(local.date())
        assert local.time() == local_time
        start_day = end.astimezone(zone).date()
        assert local.date() > start_day
        between = start_day + dt.timedelta(days=1)
        while between < local.date():
            assert not calendar.is_business_day(between)
            between += dt.timedelta(days=1)


class TestThankYouDueOtherRules:
    """same_day_after and ISO duration rules."""

    def test_same_day_after(self) -> None:
        """same_day_after 3h sends three hours after the end on the same day."""
        rule = SendRule.parse("same_day_after 3")
        due = thank_you_due(at(LONDON, 2026, 6, 2, 14), LONDON, rule, PLAIN)
        assert due == at(LONDON, 2026, 6, 2, 17)

    def test_same_day_after_falls_back(self) -> None:
        """When N hours would cross local midnight, the next business day rule applies."""
        rule = SendRule.parse("same_day_after 3")
        due = thank_you_due(at(LONDON, 2026, 6, 5, 22), LONDON, rule, PLAIN)
        assert due == at(LONDON, 2026, 6, 8, 9, 30)

    def test_iso_duration_ignores_calendar(self) -> None:
        """PT2M sends exactly two minutes after the end, even on a holiday weekend."""
        rule = SendRule.parse("PT2M")
        end = at(LONDON, 2026, 12, 25, 10)
        assert thank_you_due(end, LONDON, rule, ENGLAND) == end + dt.timedelta(minutes=2)

    @given(minutes=st.integers(0, 60 * 24 * 30))
    def test_duration_property(self, minutes: int) -> None:
        """An `after` rule always lands exactly the duration after the end."""
        end = at(NEW_YORK, 2026, 3, 7, 23, 59)
        rule = SendRule(kind="after", delay=dt.timedelta(minutes=minutes))
        due = thank_you_due(end, NEW_YORK, rule, US)
        assert due - end == dt.timedelta(minutes=minutes)
        assert due >= end


class TestNotesPromptDue:
    """The notes prompt follows the interview's end."""

    def test_default_delay(self) -> None:
        """By default the prompt is due 30 minutes after the end, in UTC."""
        due = notes_prompt_due(at(KOLKATA, 2026, 6, 2, 15))
        assert due == utc(2026, 6, 2, 10, 0)
        assert due.tzinfo is UTC

    def test_custom_delay(self) -> None:
        """A configured delay replaces the default."""
        end = utc(2026, 6, 2, 15)
        assert notes_prompt_due(end, dt.timedelta(seconds=5)) == utc(2026, 6, 2, 15, 0, 5)

    def test_negative_delay_refused(self) -> None:
        """A negative delay is refused."""
        with pytest.raises(ValueError, match="negative"):
            notes_prompt_due(utc(2026, 6, 2, 15), dt.timedelta(minutes=-1))


class TestCallNeededDue:
    """When silence calls for a phone call."""

    def test_three_business_days(self) -> None:
        """Three business days after a Tuesday 09:30 thank-you is Friday 09:30."""
        since = at(LONDON, 2026, 6, 2, 9, 30)
        assert call_needed_due(since, LONDON, 3, PLAIN) == at(LONDON, 2026, 6, 5, 9, 30)

    def test_skips_weekend_and_holiday(self) -> None:
        """A Thursday before the spring bank holiday waits until Wednesday."""
        since = at(LONDON, 2026, 5, 21, 9, 30)
        assert call_needed_due(since, LONDON, 3, ENGLAND) == at(LONDON, 2026, 5, 27, 9, 30)

    def test_keeps_wall_time_across_dst(self) -> None:
        """The wall time stays the same when a DST change lies in between."""
        since = at(LONDON, 2026, 3, 27, 10)
        due = call_needed_due(since, LONDON, 3, PLAIN)
        assert due == utc(2026, 4, 1, 9, 0)

    def test_duration_wait(self) -> None:
        """A timedelta wait is exact, for tests."""
        since = utc(2026, 6, 6, 12)
        assert call_needed_due(since, LONDON, dt.timedelta(minutes=5)) == utc(2026, 6, 6, 12, 5)

    def test_deadline(self) -> None:
        """With a company deadline (Friday) the check is due the next business day."""
        since = at(LONDON, 2026, 6, 2, 9, 30)
        due = call_needed_due(since, LONDON, 3, PLAIN, deadline=dt.date(2026, 6, 12))
        assert due == at(LONDON, 2026, 6, 15, 9, 0)

    def test_deadline_already_past(self) -> None:
        """A deadline that already passed makes the check due at once, not in the past."""
        since = at(LONDON, 2026, 6, 10, 9, 30)
        due = call_needed_due(since, LONDON, 3, PLAIN, deadline=dt.date(2026, 6, 1))
        assert due == since

    def test_return_date_moves_later(self) -> None:
        """An out-of-office return date postpones the check to the business day after."""
        since = at(LONDON, 2026, 6, 2, 9, 30)
        due = call_needed_due(since, LONDON, 3, PLAIN, return_date=dt.date(2026, 6, 12))
        assert due == at(LONDON, 2026, 6, 15, 9, 0)

    def test_return_date_earlier_changes_nothing(self) -> None:
        """A return date before the normal due date changes nothing."""
        since = at(LONDON, 2026, 6, 2, 9, 30)
        due = call_needed_due(since, LONDON, 3, PLAIN, return_date=dt.date(2026, 6, 2))
        assert due == at(LONDON, 2026, 6, 5, 9, 30)

    def test_return_date_after_deadline(self) -> None:
        """The return date wins over an earlier company deadline."""
        since = at(LONDON, 2026, 6, 2, 9, 30)
        due = call_needed_due(
            since,
            LONDON,
            3,
            PLAIN,
            deadline=dt.date(2026, 6, 5),
            return_date=dt.date(2026, 6, 10),
        )
        assert due == at(LONDON, 2026, 6, 11, 9, 0)

    def test_invalid_wait(self) -> None:
        """Zero business days or a negative duration are refused."""
        since = utc(2026, 6, 2, 9)
        with pytest.raises(ValueError, match="at least 1"):
            call_needed_due(since, LONDON, 0, PLAIN)
        with pytest.raises(ValueError, match="negative"):
            call_needed_due(since, LONDON, dt.timedelta(hours=-1), PLAIN)

    @settings(max_examples=100, deadline=None)
    @given(
        since=st.datetimes(
            min_value=dt.datetime(2020, 1, 1),
            max_value=dt.datetime(2035, 12, 31),
            timezones=st.just(UTC),
        ),
        wait=st.integers(1, 10),
        zone=st.sampled_from([LONDON, NEW_YORK, AUCKLAND]),
    )
    def test_properties(self, since: dt.datetime, wait: int, zone: ZoneInfo) -> None:
        """The check is due after `since`, on a business day."""
        due = call_needed_due(since, zone, wait, US)
        assert due > since
        assert US.is_business_day(due.astimezone(zone).date())


class TestDigestTime:
    """The daily digest's next slot."""

    def test_later_today(self) -> None:
        """Before today's slot, the digest is due today."""
        now = at(LONDON, 2026, 6, 2, 7, 0)
        assert digest_time(now, LONDON, dt.time(8, 0)) == at(LONDON, 2026, 6, 2, 8, 0)

    def test_tomorrow(self) -> None:
        """After today's slot, the digest is due tomorrow."""
        now = at(LONDON, 2026, 6, 2, 9, 0)
        assert digest_time(now, LONDON, dt.time(8, 0)) == at(LONDON, 2026, 6, 3, 8, 0)

    def test_exactly_now_is_next_day(self) -> None:
        """A slot exactly at `now` is in the past: the next one is tomorrow."""
        now = at(LONDON, 2026, 6, 2, 8, 0)
        assert digest_time(now, LONDON, dt.time(8, 0)) == at(LONDON, 2026, 6, 3, 8, 0)

    def test_now_in_other_zone(self) -> None:
        """`now` in UTC is compared with the slot in the user's zone."""
        now = utc(2026, 6, 2, 23, 0)  # already 3 June in Kolkata (04:30)
        assert digest_time(now, KOLKATA, dt.time(8, 0)) == at(KOLKATA, 2026, 6, 3, 8, 0)

    def test_dst_gap(self) -> None:
        """On the spring-forward day a slot in the gap moves forward by an hour."""
        now = at(NEW_YORK, 2026, 3, 7, 12, 0)
        due = digest_time(now, NEW_YORK, dt.time(2, 30))
        assert due.astimezone(NEW_YORK) == at(NEW_YORK, 2026, 3, 8, 3, 30)

    def test_dst_fold(self) -> None:
        """Between the two 01:30s of the autumn fold, the next slot is the next day."""
        now = utc(2026, 10, 25, 1, 0)  # 01:00 GMT, after the first 01:30 BST
        due = digest_time(now, LONDON, dt.time(1, 30))
        assert due == utc(2026, 10, 26, 1, 30)

    @given(
        now=st.datetimes(
            min_value=dt.datetime(2020, 1, 1),
            max_value=dt.datetime(2035, 12, 31),
            timezones=st.just(UTC),
        ),
        zone=st.sampled_from([LONDON, NEW_YORK, AUCKLAND, KOLKATA]),
    )
    def test_properties(self, now: dt.datetime, zone: ZoneInfo) -> None:
        """The slot is after now, within about a day, at the configured local time."""
        due = digest_time(now, zone, dt.time(8, 0))
        assert now < due <= now + dt.timedelta(hours=25)
        assert due.astimezone(zone).time() == dt.time(8, 0)


class TestWithinGrace:
    """Whether a missed send may still go out on its own."""

    def test_not_yet_due(self) -> None:
        """Something not yet due is within grace."""
        assert within_grace(utc(2026, 6, 2, 10), utc(2026, 6, 2, 9))

    def test_a_little_late(self) -> None:
        """23 hours late is within the default 24 hours; exactly 24 hours too."""
        assert within_grace(utc(2026, 6, 2, 10), utc(2026, 6, 3, 9))
        assert within_grace(utc(2026, 6, 2, 10), utc(2026, 6, 3, 10))

    def test_too_late(self) -> None:
        """25 hours late is outside the default grace."""
        assert not within_grace(utc(2026, 6, 2, 10), utc(2026, 6, 3, 11))

    def test_custom_grace(self) -> None:
        """A configured grace replaces the default."""
        assert not within_grace(utc(2026, 6, 2, 10), utc(2026, 6, 2, 11), dt.timedelta(minutes=5))

    def test_naive_refused(self) -> None:
        """Naive datetimes are refused."""
        with pytest.raises(ValueError, match="aware"):
            within_grace(dt.datetime(2026, 6, 2, 10), utc(2026, 6, 2, 11))
