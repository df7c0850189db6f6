"""A calendar's own VTIMEZONE rules: read per calendar, RFC 5545 offsets, bounded work.

The leak these guard against was real: icalendar keeps the first VTIMEZONE it parsed
under a TZID for the rest of the process, so the daemon read a second Outlook
invitation in "Customized Time Zone" at the first one's offset, hours off.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.understand._calendar import parse_calendars
from daemon.understand._lexicon import default_lexicon
from daemon.understand._vtimezone import OwnZone, own_zone, own_zones


def _calendar(tzid: str, blocks: str, start: str = "20361110T100000", uid: str = "1") -> bytes:
    zone = f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{blocks}END:VTIMEZONE\n" if blocks else ""
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
        f"METHOD:REQUEST\n{zone}BEGIN:VEVENT\nUID:{uid}\n"
        f'DTSTART;TZID="{tzid}":{start}\nDURATION:PT1H\nSUMMARY:Interview\n'
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    return text.replace("\n", "\r\n").encode()


def _fixed(offset: str) -> str:
    return f"BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\nEND:STANDARD\n"


def _blocks(blob: bytes) -> list[icalendar.Component]:
    """The zone blocks of a calendar, parsed under another name as the daemon does so
    that icalendar neither caches them nor fails on them."""
    cal = icalendar.Calendar.from_ical(blob.replace(b":VTIMEZONE", b":X-TEST-VTIMEZONE"))
    return list(cal.walk("X-TEST-VTIMEZONE"))


def _zone(tzid: str, blocks: str) -> OwnZone:
    zone = own_zone(_blocks(_calendar(tzid, blocks))[0])
    assert zone is not None
    return zone


def _start(blob: bytes) -> dt.datetime | None:
    (event,) = parse_calendars([blob], default_lexicon())
    return event.start


SOUTHERN_THIS_YEAR_ONLY = """BEGIN:STANDARD
DTSTART:20270404T030000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20271003T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
END:DAYLIGHT
"""

US_CENTRAL_WITH_HISTORY = """BEGIN:STANDARD
DTSTART:19671029T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20061029T070000Z
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:STANDARD
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19870405T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4;UNTIL=20060402T080000Z
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
BEGIN:DAYLIGHT
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
"""


class TestOneCalendarsZoneNeverLeaksIntoAnother:
    @pytest.mark.parametrize("order", [("+0900", "-0500"), ("-0500", "+0900")])
    def test_same_custom_tzid_read_in_each_calendars_own_offset(
        self, order: tuple[str, str]
    ) -> None:
        for offset in order:
            start = _start(_calendar("Customized Time Zone", _fixed(offset), uid=offset))
            assert start is not None
            hours = int(offset[:3])
            assert start.utcoffset() == dt.timedelta(hours=hours), offset

    def test_undefined_tzid_does_not_borrow_an_earlier_calendars_definition(self) -> None:
        _start(_calendar("Lunar Base Time", _fixed("+0700"), uid="defines"))
        assert _start(_calendar("Lunar Base Time", "", uid="only-names")) is None

    def test_undefined_tzid_falls_back_to_the_calendars_x_wr_timezone(self) -> None:
        blob = _calendar("Lunar Base Time", "", uid="wr").replace(
            b"METHOD:REQUEST\r\n", b"METHOD:REQUEST\r\nX-WR-TIMEZONE:Europe/Oslo\r\n"
        )
        start = _start(blob)
        assert start is not None and start.utcoffset() == dt.timedelta(hours=1)

    def test_known_windows_name_still_read_in_the_tz_database(self) -> None:
        # A stale custom block under a Windows name loses to the tz database.
        start = _start(
            _calendar("W. Europe Standard Time", _fixed("+0500"), start="20360710T100000")
        )
        assert start is not None and start.utcoffset() == dt.timedelta(hours=2)


class TestOffsets:
    def test_before_the_first_onset_the_offset_it_changes_from(self) -> None:
        # Producers that write only this year's rules: March is before April's change.
        zone = _zone("AUS Eastern Custom", SOUTHERN_THIS_YEAR_ONLY)
        assert zone.offset_at(dt.datetime(2027, 3, 23, 8, 15)) == dt.timedelta(hours=11)
        assert zone.offset_at(dt.datetime(2027, 6, 1, 9)) == dt.timedelta(hours=10)
        assert zone.offset_at(dt.datetime(2031, 12, 1, 9)) == dt.timedelta(hours=11)

    def test_zero_offset_is_an_offset(self) -> None:
        blocks = """BEGIN:DAYLIGHT
DTSTART:20310330T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20311026T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
END:STANDARD
"""
        zone = _zone("Lisbon Custom", blocks)
        assert zone.offset_at(dt.datetime(2031, 3, 21, 15)) == dt.timedelta(0)
        assert zone.offset_at(dt.datetime(2031, 4, 21, 15)) == dt.timedelta(hours=1)

    @pytest.mark.parametrize(
        ("wall", "hours"),
        [
            (dt.datetime(2005, 4, 1, 12), -6),  # before 2005's first Sunday of April
            (dt.datetime(2005, 4, 4, 12), -5),
            (dt.datetime(2006, 10, 30, 12), -6),  # the old rule's last autumn onset
            (dt.datetime(2007, 3, 12, 12), -5),  # the 2007 rules: second Sunday of March
            (dt.datetime(2007, 11, 3, 12), -5),
            (dt.datetime(2007, 11, 5, 12), -6),
            (dt.datetime(2035, 3, 12, 12), -5),
        ],
    )
    def test_rules_that_end_with_until(self, wall: dt.datetime, hours: int) -> None:
        zone = _zone("Central Custom", US_CENTRAL_WITH_HISTORY)
        assert zone.offset_at(wall) == dt.timedelta(hours=hours)

    def test_rdates(self) -> None:
        blocks = """BEGIN:STANDARD
DTSTART:20201025T030000
RDATE:20211031T030000,20221030T030000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20210326T000000
RDATE:20220225T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
END:DAYLIGHT
"""
        zone = _zone("Levant Custom", blocks)
        assert zone.offset_at(dt.datetime(2021, 1, 5, 10)) == dt.timedelta(hours=2)
        assert zone.offset_at(dt.datetime(2021, 7, 5, 10)) == dt.timedelta(hours=3)
        assert zone.offset_at(dt.datetime(2022, 12, 5, 10)) == dt.timedelta(hours=2)

    def test_sub_yearly_rules_are_read_as_their_first_onset_and_stay_cheap(self) -> None:
        # A hostile zone that changes every second since 1601 must not walk 10^10 onsets.
        blocks = """BEGIN:STANDARD
DTSTART:16010101T000000
RRULE:FREQ=SECONDLY
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:STANDARD
"""
        zone = _zone("Hostile", blocks)
        assert zone.offset_at(dt.datetime(2036, 1, 1, 9)) == dt.timedelta(hours=2)

    def test_blocks_without_offsets_define_nothing(self) -> None:
        blob = _calendar("Empty", "BEGIN:STANDARD\nDTSTART:16010101T000000\nEND:STANDARD\n")
        assert own_zones(_blocks(blob)) == {}

    def test_a_broken_zone_block_does_not_lose_the_event(self) -> None:
        # icalendar alone raises on this calendar (no TZOFFSETFROM in the block).
        broken = "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETTO:+0100\nEND:STANDARD\n"
        start = _start(_calendar("Romance Standard Time", broken, start="20360110T100000"))
        assert start is not None and start.utcoffset() == dt.timedelta(hours=1)
        start = _start(_calendar("Custom Paris", broken, start="20360110T100000"))
        assert start is not None and start.utcoffset() == dt.timedelta(hours=1)


PROPERTY_ZONES = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Sao_Paulo",
    "America/St_Johns",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Amman",
    "Asia/Tehran",
]


@pytest.mark.parametrize("name", PROPERTY_ZONES)
@settings(max_examples=60, deadline=None)
@given(
    # Tehran turned its clocks back at 24:00 (to 23:00), Amman at 01:00: hours 0-3 and 23
    # hold every change these zones made, so the walls drawn stay clear of them.
    wall=st.datetimes(
        min_value=dt.datetime(2016, 1, 1, 4), max_value=dt.datetime(2039, 12, 31, 23)
    ).filter(lambda w: 4 <= w.hour <= 22)
)
def test_rules_written_from_the_tz_database_give_its_offsets(name: str, wall: dt.datetime) -> None:
    """A VTIMEZONE generated from a tz database zone agrees with it away from night-time
    changes (the hours where a wall time is missing or repeated)."""
    assert _from_database(name).offset_at(wall) == wall.replace(tzinfo=ZoneInfo(name)).utcoffset()


@functools.cache
def _from_database(name: str) -> OwnZone:
    vtz = icalendar.Timezone.from_tzinfo(
        ZoneInfo(name), first_date=dt.date(2015, 1, 1), last_date=dt.date(2041, 1, 1)
    )
    blob = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + vtz.to_ical() + b"END:VCALENDAR\r\n"
    own = own_zone(_blocks(blob)[0])
    assert own is not None
    return own
