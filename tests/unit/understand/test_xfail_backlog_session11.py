"""Session 11: start-time families taken off the strict-xfail backlog.

Three families of interviews whose start was read on the wrong clock or at the old time:

- "10am your time" in a message that states one zone for all its times ("All times are in
  CET"): the reader's own clock, not the stated zone;
- an itinerary whose first row is an arrival ("8:30 AM  Arrive") under a day heading with
  a zone ("Day 1 - Tuesday, March 17 (Pacific)"): the zone is the start's too;
- "has moved from 1pm to 3:30pm": the old time and the new one, not a span of the day.

Every message was written from scratch (invented people and companies under .example
names). Each family has near misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import default_lexicon

from .messages import mail, start

LEX = default_lexicon()
REF = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)  # Monday 1 June 2026
NY = ZoneInfo("America/New_York")
ALEX = Context(
    user_addresses=frozenset({"alex.morgan@example.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
    date_order="mdy",
)
SENT = "Tue, 14 Apr 2026 10:31:00 -0400"


def starts(text: str, zone: str) -> list[str]:
    """The aware starts of every moment in ``text``, as ISO strings."""
    return [m.start.isoformat() for m in find_moments(text, LEX, REF, "dmy", zone)]


def _alex(body: str, sender: str = "Jane Roe <jane.roe@quillfern.example>") -> Understanding:
    """A plain-text message about an interview to Alex Morgan in New York."""
    raw = mail(
        sender=sender,
        to="Alex Morgan <alex.morgan@example.com>",
        subject="Re: Analyst interview",
        body=f"Hi Alex,\n\n{body}\n\nJane Roe\nRecruiter",
        date=SENT,
    )
    return understand(raw, ALEX)


@pytest.mark.parametrize(
    ("text", "zone", "iso"),
    [
        ("All times are in CET. Wednesday 3 June at 10am your time", "Europe/London", "+01:00"),
        (
            "All times below are Pacific Time.\nWednesday 3 June at 10am (your local time)",
            "Europe/London",
            "+01:00",
        ),
        (
            "Times are shown in Eastern Time. Wednesday 3 June at 10am in your time zone",
            "Europe/Berlin",
            "+02:00",
        ),
        ("Alle Zeiten in MEZ. Mittwoch, 3. Juni um 10 Uhr Ihrer Zeit", "Europe/London", "+01:00"),
        # Near misses: the writer's own clock, or no clock word at all, keep the stated zone.
        ("All times are in CET. Wednesday 3 June at 10am our time", "Europe/London", "+02:00"),
        ("All times are in CET. Wednesday 3 June at 10am local time", "Europe/London", "+02:00"),
        ("All times are in CET. Wednesday 3 June at 10am", "Europe/London", "+02:00"),
        (
            "All times are in CET. Wednesday 3 June at 10am your time (CET)",
            "America/Denver",
            "+02:00",
        ),
    ],
    ids=["en", "en-bracket", "en-time-zone", "de", "our-time", "local-time", "bare", "named"],
)
def test_reader_clock_beats_a_message_wide_zone(text: str, zone: str, iso: str) -> None:
    """A time said to be on the reader's clock is read there, whatever zone the message states."""
    assert starts(text, zone) == [f"2026-06-03T10:00:00{iso}"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Day 1 - Tuesday, 17 March (Pacific)\n8:30 AM  Arrive, badge pickup\n"
            "9:00 AM  Technical panel",
            "2026-03-17T09:00:00-07:00",
        ),
        (
            "Monday 4 May (UK time)\n09:15  Arrival and sign-in\n09:30  Interview with the panel",
            "2026-05-04T09:30:00+01:00",
        ),
        (
            "Tuesday 17 March: please arrive at 8:30am PT for a 9am start.",
            "2026-03-17T09:00:00-07:00",
        ),
        # Near misses: no zone anywhere stays the reader's; a start's own zone is its own.
        (
            "Tuesday 17 March\n8:30 AM  Arrive, badge pickup\n9:00 AM  Technical panel",
            "2026-03-17T09:00:00-04:00",
        ),
        (
            "Tuesday 17 March (Pacific)\n8:30 AM  Arrive, badge pickup\n9:00 AM ET  Panel",
            "2026-03-17T09:00:00-04:00",
        ),
    ],
    ids=["heading-pacific", "heading-uk", "arrival-own-zone", "no-zone", "start-own-zone"],
)
def test_an_arrivals_zone_is_the_start_after_it(text: str, iso: str) -> None:
    """The zone read for an arrival row (its own or its heading's) is the next row's too."""
    ref = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    got = [m.start.isoformat() for m in find_moments(text, LEX, ref, "dmy", "America/New_York")]
    assert got == [iso]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Tomorrow's interview with Raj Patel has moved from 1pm to 3:30pm.", (15, 15, 30)),
        ("Thursday's interview has been pushed from 10am to 11:30am.", (16, 11, 30)),
        ("Your interview on Thursday 4/16 has moved from 1pm to 3:30pm.", (16, 15, 30)),
        ("We've moved your interview from 1pm to 3:30pm tomorrow.", (15, 15, 30)),
        ("We've moved your interview from 10am to 2pm on Thursday 4/16.", (16, 14, 0)),
        ("Your interview on Thursday 4/16 has been rescheduled from 2pm to 4pm.", (16, 16, 0)),
        # Near misses: a span of the day starts at its start; two dated times keep the new one.
        ("Your interview on Thursday 4/16 runs from 1pm to 3:30pm.", (16, 13, 0)),
        ("Please come in for a trial shift on Thursday 4/16, from 4pm to 10pm.", (16, 16, 0)),
        (
            "We moved your interview from Thursday 4/16 at 1pm to Friday 4/17 at 3:30pm.",
            (17, 15, 30),
        ),
    ],
    ids=[
        "day-owned",
        "pushed",
        "dated",
        "time-first",
        "range-then-date",
        "rescheduled",
        "runs-span",
        "trial-shift",
        "two-dated",
    ],
)
def test_a_moved_range_starts_at_its_new_end(sentence: str, want: tuple[int, int, int]) -> None:
    """ "Moved from 1pm to 3:30pm" starts at 3:30pm; "runs from 1pm to 3:30pm" at 1pm."""
    u = _alex(sentence)
    assert u.kind is Kind.INTERVIEW, u.reasons
    day, hour, minute = want
    assert start(u) == dt.datetime(2026, 4, day, hour, minute, tzinfo=NY)


def test_a_moved_appointment_is_still_no_interview() -> None:
    """A dentist's "moved from 1pm to 3:30pm" names a new time but no interview."""
    raw = mail(
        sender="Brightsmile Dental <frontdesk@brightsmile.example>",
        to="Alex Morgan <alex.morgan@example.com>",
        subject="Your appointment",
        body="Hi Alex,\n\nYour cleaning on Thursday 4/16 has moved from 1pm to 3:30pm.\n\n"
        "Brightsmile Dental",
        date=SENT,
    )
    assert understand(raw, ALEX).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Uhrzeit: 19.März.2026 10:00 AM Amsterdam, Berlin", "2026-03-19T10:00:00+01:00"),
        ("Uhrzeit: 19.Mär.2026 10:00 AM", "2026-03-19T10:00:00+01:00"),
        ("Erinnerung: 3.Juni.2026 14:30", "2026-06-03T14:30:00+02:00"),
        ("Time: 7.October.2026 09:15", "2026-10-07T09:15:00+02:00"),
        # Near miss: a version number's dotted parts before a month stay its own.
        ("Release 1.4.May build at 10:00", "2026-04-01T10:00:00+02:00"),
    ],
    ids=["zoom-de", "zoom-de-abbr", "de-june", "en-october", "version"],
)
def test_dotted_day_month_year(text: str, iso: str) -> None:
    """A day, a month and a year glued by dots ("19.März.2026", Zoom's German) is a date."""
    ref = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    got = [m.start.isoformat() for m in find_moments(text, LEX, ref, "dmy", "Europe/Berlin")]
    assert got == [iso]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "We need to move your interview with Raj from Wednesday to Thursday, same time (2pm).",
            (16, 14, 0),
        ),
        ("We've moved your interview from Thursday to Friday at 2pm.", (17, 14, 0)),
        (
            "We have to shift your interview with me from Thursday to Friday, same time (11am ET).",
            (17, 11, 0),
        ),
        # Near miss: office hours "from Monday to Friday" stay a span beside the interview.
        (
            "The office is open from Monday to Friday, 9am to 5pm. Your interview is on "
            "Thursday 4/16 at 2pm.",
            (16, 14, 0),
        ),
    ],
    ids=["same-time", "moved-at", "shift-with-me", "office-hours"],
)
def test_a_move_from_one_weekday_to_another(sentence: str, want: tuple[int, int, int]) -> None:
    """ "Move your interview from Wednesday to Thursday" names the old day and the new one."""
    u = _alex(sentence)
    assert u.kind is Kind.INTERVIEW, u.reasons
    day, hour, minute = want
    assert start(u) == dt.datetime(2026, 4, day, hour, minute, tzinfo=NY)


def test_a_weekday_span_after_a_move_word_elsewhere_stays_a_span() -> None:
    """ "Our move from Monday to Friday deliveries" names no interview day."""
    raw = mail(
        sender="Harbour Foods <orders@harbourfoods.example>",
        to="Alex Morgan <alex.morgan@example.com>",
        subject="Delivery days",
        body="Hi Alex,\n\nWe're moving from Monday to Friday deliveries next month, first drop "
        "at 9am.\n\nHarbour Foods",
        date=SENT,
    )
    assert understand(raw, ALEX).kind is not Kind.INTERVIEW
