"""Free-text dates and times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand._dates import (
    clock_on_day,
    date_after,
    find_duration,
    find_moments,
    find_times,
)
from daemon.understand._lexicon import default_lexicon
from daemon.understand.model import DateOrder

LEX = default_lexicon()
REF = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday


def first(text: str, order: DateOrder = "mdy", zone: str = "UTC") -> tuple[str, str | None]:
    """ISO start and zone of the first moment found."""
    moments = find_moments(text, LEX, REF, order, zone)
    assert moments, text
    return moments[0].start.isoformat(), moments[0].timezone


class TestMoments:
    """Date and time pairs."""

    @pytest.mark.parametrize(
        ("text", "iso", "zone"),
        [
            ("Monday 9th March at 2pm EST", "2026-03-09T14:00:00-04:00", "America/New_York"),
            ("March 9, 2026 at 10:30 AM PT", "2026-03-09T10:30:00-07:00", "America/Los_Angeles"),
            ("9 March 2026, 14:00 CET", "2026-03-09T14:00:00+01:00", "Europe/Berlin"),
            ("on 2026-03-11 at 09:30 UTC+2", "2026-03-11T09:30:00+02:00", None),
            ("Wed 4 March 3pm IST", "2026-03-04T15:00:00+05:30", "Asia/Kolkata"),
            ("tomorrow at 11am London time", "2026-03-03T11:00:00+00:00", "Europe/London"),
            (
                "Thursday 12 March, 14:30 (GMT+01:00) Amsterdam, Berlin",
                "2026-03-12T14:30:00+01:00",
                "Europe/Amsterdam",
            ),
            ("March 10 at noon Eastern Time", "2026-03-10T12:00:00-04:00", "America/New_York"),
            ("Friday, March 6 @ 4:15pm +0530", "2026-03-06T16:15:00+05:30", None),
        ],
    )
    def test_formats(self, text: str, iso: str, zone: str | None) -> None:
        """Common written formats give the right aware start and zone."""
        assert first(text) == (iso, zone)

    def test_no_zone_uses_fallback(self) -> None:
        """Without a zone the fallback zone is used."""
        assert first("March 10 at 9am", zone="Europe/London") == (
            "2026-03-10T09:00:00+00:00",
            "Europe/London",
        )

    def test_day_first_order(self) -> None:
        """3/9 is 3 September for a dmy user and 9 March for an mdy user."""
        assert first("3/9 at 10:00")[0].startswith("2026-03-09")
        assert first("3/9 at 10:00", order="dmy")[0].startswith("2026-09-03")

    def test_weekday_repairs_swapped_order(self) -> None:
        """A stated weekday that only fits the other day/month order repairs it."""
        # 9 March 2026 is a Monday; 3 September 2026 is a Thursday.
        assert first("Monday 3/9 at 10:00", order="dmy")[0].startswith("2026-03-09")

    def test_year_is_next_occurrence(self) -> None:
        """A date without a year before the message date is next year's."""
        assert first("January 5 at 10am")[0].startswith("2027-01-05")

    def test_ranges(self) -> None:
        """Ranges give an end; the am/pm of the end applies to the start."""
        m = find_moments("March 9 from 2:00-2:45pm PT", LEX, REF, "mdy", "UTC")[0]
        assert m.end is not None
        assert (m.start.hour, m.end.hour, m.end.minute) == (14, 14, 45)
        m = find_moments("March 9, 11-1pm", LEX, REF, "mdy", "UTC")[0]
        assert m.end is not None
        assert (m.start.hour, m.end.hour) == (11, 13)
        m = find_moments("March 9, 10am to 11am", LEX, REF, "mdy", "UTC")[0]
        assert m.end is not None
        assert (m.start.hour, m.end.hour) == (10, 11)

    def test_plain_numbers_are_not_times(self) -> None:
        """Numbers without am/pm or a colon are not times."""
        assert find_moments("March 9, 2026 we hired 25 people", LEX, REF, "mdy", "UTC") == []


class TestHelpers:
    """Durations and dates after a phrase."""

    def test_duration(self) -> None:
        """Durations in digits and words."""
        assert find_duration("it will last 45 minutes", LEX) == dt.timedelta(minutes=45)
        assert find_duration("a 1 hour call", LEX) == dt.timedelta(hours=1)
        assert find_duration("half an hour", LEX) == dt.timedelta(minutes=30)

    def test_date_after(self) -> None:
        """Dates and relative spans after a phrase."""
        ref = REF.date()
        assert date_after("back on Monday 9 March", 0, LEX, ref, "mdy") == dt.date(2026, 3, 9)
        assert date_after("by Friday", 0, LEX, ref, "mdy") == dt.date(2026, 3, 6)
        assert date_after("within two weeks", 0, LEX, ref, "mdy") == dt.date(2026, 3, 16)
        assert date_after("end of next week", 0, LEX, ref, "mdy") == dt.date(2026, 3, 13)

    def test_zone_is_iana(self) -> None:
        """Zone names resolve to real IANA zones."""
        m = find_moments("March 9 at 2pm AEST", LEX, REF, "mdy", "UTC")[0]
        assert m.start.tzinfo == ZoneInfo("Australia/Sydney")


class TestZoneLabels:
    """Outlook zone labels list several places; a place name may also be a person."""

    def test_outlook_city_list_gives_summer_offset(self) -> None:
        """ "(UTC+01:00) Belgrade, ..., Prague" in July is Central European summer time."""
        lex = default_lexicon()
        text = "2:00 PM-3:00 PM (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague."
        hits = find_times(text, lex)
        assert len(hits) == 1
        assert hits[0].zone is not None
        july = dt.datetime(2026, 7, 1, 14, tzinfo=hits[0].zone)
        assert july.utcoffset() == dt.timedelta(hours=2)

    def test_place_followed_by_surname_is_a_person(self) -> None:
        """ "10:00 Sydney Park (Engineer)" names a person, not the Sydney zone."""
        hits = find_times("10:00 Sydney Park (Engineer)", default_lexicon())
        assert [h.zone_name for h in hits] == [None]


class TestOtherLanguages:
    """German, French and Spanish dates and times, read from the shipped lexicon files."""

    @pytest.mark.parametrize(
        ("text", "iso", "zone"),
        [
            ("Dienstag, 10. März 2026 um 14:30 Uhr", "2026-03-10T14:30:00+01:00", None),
            (
                "am Mittwoch, den 11. März um 9 Uhr (MESZ)",
                "2026-03-11T09:00:00+01:00",
                "Europe/Berlin",
            ),
            ("Termin: 17.03.2026, 14.30 Uhr", "2026-03-17T14:30:00+01:00", None),
            (
                "Freitag, 13. März, 10:00 – 11:00 Uhr MEZ",
                "2026-03-13T10:00:00+01:00",
                "Europe/Berlin",
            ),
            ("mardi 10 mars à 14h30", "2026-03-10T14:30:00+01:00", None),
            (
                "le jeudi 12 mars 2026 à 9 h 15 (heure de Paris)",
                "2026-03-12T09:15:00+01:00",
                "Europe/Paris",
            ),
            ("lundi 9 mars de 16h à 17h", "2026-03-09T16:00:00+01:00", None),
            ("le 1er avril à 11h", "2026-04-01T11:00:00+02:00", None),
            ("martes 10 de marzo a las 14:30", "2026-03-10T14:30:00+01:00", None),
            ("el jueves 12 de marzo de 2026 a las 16:00 h", "2026-03-12T16:00:00+01:00", None),
            (
                "miércoles 11 de marzo, 10:00 (hora de Madrid)",
                "2026-03-11T10:00:00+01:00",
                "Europe/Madrid",
            ),
            ("el viernes 13 de marzo a las 11 de la mañana", "2026-03-13T11:00:00+01:00", None),
        ],
    )
    def test_written_dates(self, text: str, iso: str, zone: str | None) -> None:
        """Weekday, day, month name and 24-hour time in each language give one moment."""
        start, tz = first(text, "dmy", "Europe/Berlin" if zone is None else "UTC")
        assert start == iso
        if zone is not None:
            assert tz == zone

    def test_range_end_in_german(self) -> None:
        """ "10:00 – 11:00 Uhr": the hour word makes both ends 24-hour times."""
        (moment,) = find_moments("Freitag, 13. März, 10:00 – 11:00 Uhr", LEX, REF, "dmy", "UTC")
        assert moment.end is not None
        assert moment.end.hour == 11

    @pytest.mark.parametrize(
        "text",
        [
            "Dauer: 1h30, am Dienstag, 10. März",
            "mardi 10 mars dans l'après-midi",
            "durée de l'entretien : 2 h, mardi 10 mars",
            "Guten Morgen Frau Roth, der 10. März ist notiert",
        ],
    )
    def test_no_false_times(self, text: str) -> None:
        """Durations ("1h30", "2 h") and "après-midi" are not clock times."""
        assert find_moments(text, LEX, REF, "dmy", "UTC") == []

    def test_midi(self) -> None:
        """ "à midi" is noon."""
        assert first("mardi 10 mars à midi", "dmy")[0] == "2026-03-10T12:00:00+00:00"

    def test_de_la_manana_is_not_tomorrow(self) -> None:
        """ "de la mañana" marks the morning; its "mañana" is not a second date."""
        moments = find_moments(
            "el lunes 9 de marzo a las 10:00 de la mañana", LEX, REF, "dmy", "UTC"
        )
        assert [m.start.isoformat() for m in moments] == ["2026-03-09T10:00:00+00:00"]


class TestArrivalRows:
    """An itinerary's arrival or registration time is not the interview's start."""

    def test_reporting_time_label(self) -> None:
        """ "Reporting time: 9:00" then "Assessment: 9:45": the start is 9:45."""
        text = (
            "Date: Saturday 14 March 2026\nReporting time: 9:00 AM\n"
            "Written assessment: 9:45 AM - 11:00 AM\n"
        )
        assert first(text, "dmy")[0] == "2026-03-14T09:45:00+00:00"

    def test_registration_row(self) -> None:
        """An "08:15  Registration" row under the day heading is skipped."""
        text = "Date: Monday 16 March 2026\n\n08:15  Registration\n08:45  Panel interview\n"
        assert first(text, "dmy")[0] == "2026-03-16T08:45:00+00:00"

    def test_lone_arrival_time_is_kept(self) -> None:
        """An arrival time with no later session is still the only time there is."""
        text = "Date: Monday 16 March 2026\nArrival: 10:00\n"
        assert first(text, "dmy")[0] == "2026-03-16T10:00:00+00:00"

    def test_german_ankunft(self) -> None:
        """German itineraries: "Ankunft" is skipped too."""
        text = "Datum: Montag, 16. März 2026\n\n09:30 Ankunft und Empfang\n10:00 Fachgespräch\n"
        assert first(text, "dmy")[0] == "2026-03-16T10:00:00+00:00"


class TestAbbreviationPlaces:
    """A zone abbreviation several regions share is read by the places the message names."""

    SUMMER = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)

    def at(self, text: str) -> str:
        """ISO start of the first moment, the message dated in the Australian summer."""
        moments = find_moments(text, LEX, self.SUMMER, "dmy", "UTC")
        assert moments, text
        return moments[0].start.isoformat()

    def test_aest_with_a_queensland_address_keeps_standard_time(self) -> None:
        """ "10am AEST" from a Brisbane office in November is +10 (Queensland has no DST)."""
        text = "Thursday 12 November at 10am AEST.\n\nLevel 9, 88 Creek St, Brisbane QLD 4000"
        assert self.at(text) == "2026-11-12T10:00:00+10:00"

    def test_aest_alone_is_sydney(self) -> None:
        """Without a place, "AEST" keeps the default region (Sydney's clock)."""
        assert self.at("Thursday 12 November at 10am AEST") == "2026-11-12T10:00:00+11:00"

    def test_places_on_both_clocks_keep_the_default(self) -> None:
        """Sydney and Brisbane both named: nothing says which clock, the default stays."""
        text = "Thursday 12 November at 10am AEST, Sydney office (the Brisbane team dials in)"
        assert self.at(text) == "2026-11-12T10:00:00+11:00"

    def test_place_of_another_standard_offset_is_ignored(self) -> None:
        """A Perth address does not move an AEST time (a different standard offset)."""
        text = "Thursday 12 November at 10am AEST. Our office: Hay St, Perth"
        assert self.at(text) == "2026-11-12T10:00:00+11:00"


class TestArrivalTimes:
    """An arrival or registration time is not the interview's start."""

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            (
                "Date: Friday 13 March 2026\nReporting time: 9:00 AM\n"
                "Panel discussion: 9:30 AM - 10:30 AM\n",
                "2026-03-13T09:30:00+00:00",
            ),
            (
                "Date: Friday 13 March 2026\n\nSchedule:\n08:15  Arrival and check-in\n"
                "08:45  Welcome and case briefing\n10:00  Interviews\n",
                "2026-03-13T08:45:00+00:00",
            ),
            (
                "Friday 13 March 2026: please arrive by 08:30, the assessment starts at 09:00.",
                "2026-03-13T09:00:00+00:00",
            ),
        ],
    )
    def test_start_is_after_arrival(self, text: str, iso: str) -> None:
        """The first time that is not an arrival is the start."""
        assert first(text, "dmy")[0] == iso

    def test_arriving_early_for_a_stated_time(self) -> None:
        """ "arrive 10 minutes before your 2pm interview" keeps 2pm."""
        text = "Friday 13 March 2026 at 2pm. Please arrive 10 minutes before your interview."
        assert first(text, "dmy")[0] == "2026-03-13T14:00:00+00:00"

    def test_arrival_without_a_later_time_is_kept(self) -> None:
        """An arrival time alone is still the best time the message gives."""
        assert first("Friday 13 March 2026, arrive at 08:30", "dmy")[0] == (
            "2026-03-13T08:30:00+00:00"
        )


class TestClockOnDay:
    """A clock moved within a known moment's day."""

    def test_keeps_the_day_and_its_zone(self) -> None:
        """A bare clock takes the day's date and zone; a range gives the end."""
        day = find_moments("Wednesday 4 March at 2pm EST", LEX, REF, "mdy", "UTC")[0]
        hit = find_times("4-5pm", LEX)[0]
        moved = clock_on_day(hit, day, offset=10)
        assert moved.start.isoformat() == "2026-03-04T16:00:00-05:00"
        assert moved.end is not None and moved.end.hour == 17
        assert (moved.timezone, moved.pos) == ("America/New_York", 10 + hit.pos)

    def test_the_clocks_own_zone_wins(self) -> None:
        """A clock with its own zone is read on that zone, on the day's date."""
        day = find_moments("Wednesday 4 March at 2pm EST", LEX, REF, "mdy", "UTC")[0]
        moved = clock_on_day(find_times("9am CET", LEX)[0], day)
        assert moved.start.isoformat() == "2026-03-04T09:00:00+01:00"
        assert moved.timezone == "Europe/Berlin"
