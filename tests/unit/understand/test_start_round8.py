"""Start-time round 8: each probe confirmation is read with its exact aware start and end.

The probes (``start_round8_probes``) were written from scratch for varied readers (New
York, Los Angeles, London, Dublin, Berlin, Paris, Madrid, Mexico City, India, Sydney,
Singapore, São Paulo). The families fixed in this round have their own tests below, each
beside neighbours that must keep their old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._dates import find_dates, find_moments, find_times
from daemon.understand._lexicon import default_lexicon

from .messages import mail
from .start_round8_probes import PROBES, USERS, Probe

LEX = default_lexicon()
REF = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)  # Monday 1 June 2026

# Shapes still read wrongly; a fix makes its test pass and the strict mark fail.
START_GAPS: dict[str, str] = {}


def read(p: Probe) -> Understanding:
    """Understand one probe as mail sent to its user."""
    address, name, zone, order = USERS[p.user]
    raw = mail(
        sender=p.sender, subject=p.subject, body=p.body, to=f"{name} <{address}>", date=p.date
    )
    ctx = Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order="dmy" if order == "dmy" else "mdy",
    )
    return understand(raw, ctx)


def marked(probes: tuple[Probe, ...]) -> list[object]:
    """Probes as parameters, the open gaps marked as expected failures."""
    return [
        pytest.param(p, id=p.key, marks=pytest.mark.xfail(strict=True, reason=START_GAPS[p.key]))
        if p.key in START_GAPS
        else pytest.param(p, id=p.key)
        for p in probes
    ]


@pytest.mark.parametrize("p", marked(PROBES))
def test_probe_start(p: Probe) -> None:
    """Each confirmation is an interview with its exact aware start."""
    u = read(p)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.start == dt.datetime.fromisoformat(p.start), u.interview.start


@pytest.mark.parametrize("p", marked(tuple(p for p in PROBES if p.end)))
def test_probe_end(p: Probe) -> None:
    """A stated end (a range's second time) is read exactly."""
    u = read(p)
    assert u.interview is not None and p.end is not None
    assert u.interview.end == dt.datetime.fromisoformat(p.end)


def starts(text: str, zone: str = "Europe/London", ref: dt.datetime = REF) -> list[str]:
    """The aware starts of every moment in ``text``, as ISO strings."""
    return [m.start.isoformat() for m in find_moments(text, LEX, ref, "dmy", zone)]


class TestWordClocks:
    """Clocks told in words after an at-word."""

    @pytest.mark.parametrize(
        ("text", "hhmm"),
        [
            ("Wednesday 3 June at half past two", "14:30"),
            ("Wednesday 3 June at quarter to ten", "09:45"),
            ("Wednesday 3 June at a quarter past eleven", "11:15"),
            ("Wednesday 3 June at half ten", "10:30"),
            ("Wednesday 3 June at half past six in the morning", "06:30"),
            ("Mittwoch, 3. Juni um halb drei", "14:30"),
            ("Mittwoch, 3. Juni um Viertel vor neun", "08:45"),
            ("mercredi 3 juin à dix heures et quart", "10:15"),
            ("miércoles 3 de junio a las 10 y media", "10:30"),
        ],
    )
    def test_word_clock(self, text: str, hhmm: str) -> None:
        """A fraction word and an hour word give the clock time."""
        assert starts(text) == [f"2026-06-03T{hhmm}:00+01:00"]

    @pytest.mark.parametrize(
        "text",
        [
            "Wednesday 3 June: the call is half an hour.",
            "Wednesday 3 June: half past two of the candidates declined.",
            "Wednesday 3 June, half ten hours of content",
        ],
    )
    def test_no_at_word_no_clock(self, text: str) -> None:
        """Without an at-word before it, a fraction and a number tell no time."""
        assert starts(text) == []


class TestZoneReading:
    """Zones beside a time: filler words, bare hours, shared abbreviations, ISO offsets."""

    def test_our_time_filler(self) -> None:
        """ "10am our time (CET)" is read in CET, past the words naming whose clock it is."""
        assert starts("Wednesday 3 June at 10am our time (CET)") == ["2026-06-03T10:00:00+02:00"]

    def test_your_time_stays_reader_zone(self) -> None:
        """ "10am your time (11am our time, CET)" stays the reader's 10am."""
        text = "Wednesday 3 June at 10am your time (11am our time, CET)"
        assert starts(text)[0] == "2026-06-03T10:00:00+01:00"

    def test_bare_hour_with_zone(self) -> None:
        """ "at 3 (Eastern)": a zone makes a bare hour after "at" a clock, in the afternoon."""
        assert starts("Wednesday, June 3 at 3 (Eastern)") == ["2026-06-03T15:00:00-04:00"]

    @pytest.mark.parametrize(
        "text",
        [
            "Wednesday, June 3 at 3 London Wall, second floor.",
            "Wednesday, June 3 at 4 Eastern Avenue.",
            "Wednesday, June 3 at 3 candidates.",
        ],
    )
    def test_bare_hour_without_zone(self, text: str) -> None:
        """A bare number before an address or a noun is no clock."""
        assert starts(text) == []

    @pytest.mark.parametrize(
        ("text", "zone", "iso"),
        [
            ("Wednesday 3 June at 11:00 IST", "Europe/Dublin", "2026-06-03T11:00:00+01:00"),
            ("Wednesday 3 June at 11:00 IST", "Europe/London", "2026-06-03T11:00:00+05:30"),
            ("Wednesday 3 June at 11:00 IST, Dublin office", "UTC", "2026-06-03T11:00:00+01:00"),
            (
                "Wednesday 3 June at 11:00 IST with the Bengaluru team",
                "Europe/Dublin",
                "2026-06-03T11:00:00+05:30",
            ),
            ("Wednesday 3 June at 10:00 IST in Tel Aviv", "UTC", "2026-06-03T10:00:00+03:00"),
            ("Wednesday 3 June at 10:00 CST", "Asia/Shanghai", "2026-06-03T10:00:00+08:00"),
            ("Wednesday 3 June at 10:00 CST", "America/New_York", "2026-06-03T10:00:00-05:00"),
        ],
    )
    def test_shared_abbreviation(self, text: str, zone: str, iso: str) -> None:
        """An abbreviation other regions share is theirs by the places named, or the reader's."""
        assert starts(text, zone) == [iso]

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("Start: 2026-06-03T10:00:00+02:00", "2026-06-03T10:00:00+02:00"),
            ("Start: 2026-06-03T14:00:00Z", "2026-06-03T14:00:00+00:00"),
            ("Start: 2026-06-03T09:30-05:00", "2026-06-03T09:30:00-05:00"),
            ("Start: 2026-06-03T10:00 (CEST)", "2026-06-03T10:00:00+02:00"),
        ],
    )
    def test_iso_date_time(self, text: str, iso: str) -> None:
        """An ISO 8601 date-time is read in the offset it states; its offset is no clock."""
        assert starts(text, "America/New_York") == [iso]

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("Wednesday 3 June at 2:30 PM Newfoundland time", "2026-06-03T14:30:00-02:30"),
            ("Wednesday 3 June at 2:30 PM NDT", "2026-06-03T14:30:00-02:30"),
            ("Wednesday 3 June at 11:00 NPT", "2026-06-03T11:00:00+05:45"),
            ("Wednesday 3 June at 11:00 Nepal time", "2026-06-03T11:00:00+05:45"),
            ("Wednesday 3 June at 9am Chatham Islands time", "2026-06-03T09:00:00+12:45"),
        ],
    )
    def test_odd_offsets(self, text: str, iso: str) -> None:
        """Half-hour and 45-minute zones are read with their own offsets."""
        assert starts(text) == [iso]


class TestDates:
    """Weekdays against dates, spans of weekdays, and relative days in the writer's clock."""

    def test_weekday_slip_keeps_the_date(self) -> None:
        """ "Thursday 3 June" when the 3rd is a Wednesday is that 3 June, not next year's."""
        hits = find_dates("Thursday 3 June", LEX, REF.date(), "dmy")
        assert [(h.date, h.weekday_ok) for h in hits] == [(dt.date(2026, 6, 3), False)]

    def test_weekday_repairs_year_near_new_year(self) -> None:
        """ "Tuesday 5 January" sent on 28 December is next year's."""
        hits = find_dates("Tuesday 5 January", LEX, dt.date(2026, 12, 28), "dmy")
        assert [h.date for h in hits] == [dt.date(2027, 1, 5)]

    @pytest.mark.parametrize(
        ("text", "order", "day"),
        [
            ("Thursday 3/6", "dmy", dt.date(2026, 6, 3)),
            ("Wednesday 03/06", "mdy", dt.date(2026, 6, 3)),
            ("23/06", "mdy", dt.date(2026, 6, 23)),
            ("6/3", "mdy", dt.date(2026, 6, 3)),
        ],
    )
    def test_numeric_orders(self, text: str, order: str, day: dt.date) -> None:
        """The configured order stands unless the date is impossible or the weekday fixes it."""
        hits = find_dates(text, LEX, REF.date(), "dmy" if order == "dmy" else "mdy")
        assert [h.date for h in hits] == [day]

    @pytest.mark.parametrize(
        "text",
        [
            "Reception is open Monday to Friday, 8:30am to 6pm.",
            "Office hours: Mon-Thu 9:00-17:00",
            "Erreichbar Mo–Fr 9–17 Uhr",
            "Ouvert du lundi au vendredi de 9h à 18h",
            "Horario: de lunes a viernes de 9:00 a 18:00",
        ],
    )
    def test_weekday_spans_are_no_dates(self, text: str) -> None:
        """A span of weekdays ("Monday to Friday") names opening days, not a meeting's day."""
        assert starts(text) == []

    def test_single_weekday_still_a_date(self) -> None:
        """A weekday alone before a time is still the next such day."""
        assert starts("See you Thursday at 3pm.") == ["2026-06-04T15:00:00+01:00"]

    @pytest.mark.parametrize(
        ("text", "ref", "zone", "iso"),
        [
            # Sent Tuesday 22:00 in New York (Wednesday in London): New York's tomorrow.
            (
                "tomorrow at 10am ET",
                dt.datetime(2026, 6, 2, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
                "Europe/London",
                "2026-06-03T10:00:00-04:00",
            ),
            # A +0000 header (a server's): the zone the time states counts the day.
            (
                "tomorrow at 10am ET",
                dt.datetime(2026, 6, 3, 1, 30, tzinfo=dt.UTC),
                "Europe/London",
                "2026-06-03T10:00:00-04:00",
            ),
            # A +0000 header and no zone: the reader's day, as before.
            (
                "tomorrow at 10am",
                dt.datetime(2026, 6, 3, 1, 30, tzinfo=dt.UTC),
                "America/New_York",
                "2026-06-03T10:00:00-04:00",
            ),
            # Sent Tuesday 07:30 in Berlin (Monday evening in Los Angeles).
            (
                "tomorrow at 10:00",
                dt.datetime(2026, 6, 2, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                "America/Los_Angeles",
                "2026-06-03T10:00:00-07:00",
            ),
        ],
    )
    def test_relative_day_in_writers_clock(
        self, text: str, ref: dt.datetime, zone: str, iso: str
    ) -> None:
        """ "Tomorrow" is counted from the writer's date, not the reader's."""
        assert starts(text, zone, ref) == [iso]


class TestTraps:
    """Times that are not the interview's start lose to the confirmed one."""

    def test_iso_offset_is_no_time(self) -> None:
        """The "+02:00" of an ISO date-time is not read as a clock of its own."""
        times = find_times("2026-06-03T10:00:00+02:00", LEX)
        assert [(t.start, t.zone is not None) for t in times] == [(dt.time(10, 0), True)]

    @pytest.mark.parametrize(
        "key",
        [
            "reply_by_before",
            "deadline_de",
            "deadline_fr",
            "deadline_es",
            "office_hours",
            "signature_hours",
            "signature_hours_de",
            "reschedule_es",
            "webinar_footer_after",
        ],
    )
    def test_trap_probe_confirmed_time(self, key: str) -> None:
        """A reply-by time, office hours, an old slot or a footer's event never wins."""
        p = next(p for p in PROBES if p.key == key)
        u = read(p)
        assert u.interview is not None
        assert u.interview.start == dt.datetime.fromisoformat(p.start)


class TestSecondBatchFamilies:
    """Bare hours after a date, evening words, o'clock, dotted ranges and next week."""

    @pytest.mark.parametrize(
        ("text", "hhmm"),
        [
            ("the 3rd at 10", "10:00"),
            ("Wednesday, June 3 at 10", "10:00"),
            ("3 June at 2", "14:00"),
            ("am 3. Juni um 10", "10:00"),
            ("Wednesday 3 June at 4 in the afternoon", "16:00"),
            ("Wednesday 3 June at 7 in the evening", "19:00"),
            ("miércoles 3 de junio a las 8 de la noche", "20:00"),
            ("Wednesday 3 June at 6 in the morning", "06:00"),
            ("Wednesday 3 June at 10 o'clock", "10:00"),
            ("Wednesday 3 June at two o'clock", "14:00"),
            ("Wednesday 3 June at half past seven in the evening", "19:30"),
            ("Wednesday 3 June, 10.00-11.00", "10:00"),
        ],
    )
    def test_clock_shapes(self, text: str, hhmm: str) -> None:
        """Each shape gives the clock time on 3 June."""
        assert starts(text) == [f"2026-06-03T{hhmm}:00+01:00"]

    @pytest.mark.parametrize(
        "text",
        [
            "June 3 at 10 Downing Street",
            "Wednesday 3 June: we looked at 10 candidates.",
            "On 3 June at 2 sites the power is off.",
            "Wednesday 3 June: rooms cost 10.00-12.00 EUR.",
            "Wednesday 3 June: release 2.10-2.12 ships.",
        ],
    )
    def test_not_clocks(self, text: str) -> None:
        """An address, a count, a price range or versions beside a date are no clock."""
        assert starts(text) == []

    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("Wednesday next week at 10am", 10),
            ("next week Wednesday at 10am", 10),
            ("next week on Wednesday at 10am", 10),
            ("Mittwoch nächste Woche um 10 Uhr", 10),
            ("nächste Woche Mittwoch um 10 Uhr", 10),
            ("le mercredi de la semaine prochaine à 10h", 10),
            ("el miércoles de la semana que viene a las 10:00", 10),
            ("next Wednesday at 10am", 3),
            ("Wednesday at 10am", 3),
        ],
    )
    def test_next_week(self, text: str, day: int) -> None:
        """A weekday "next week" is next week's; "next Wednesday" said on Monday stays the 3rd."""
        assert [m.start.day for m in find_moments(text, LEX, REF, "dmy", "Europe/London")] == [day]


class TestThirdBatchFamilies:
    """Seconds and offsets, glued 24-hour suffixes, "between ... and", arrival, earlier today."""

    def test_seconds_then_offset(self) -> None:
        """ "10:00:00 +0100" keeps its offset past the seconds."""
        assert starts("Wed, 3 Jun 2026 10:00:00 +0100") == ["2026-06-03T10:00:00+01:00"]

    def test_glued_hrs(self) -> None:
        """ "1000hrs" is a 24-hour clock, as "1000 hrs" is."""
        assert starts("Wednesday 3 June at 1000hrs") == ["2026-06-03T10:00:00+01:00"]

    def test_year_glued_word_is_no_clock(self) -> None:
        """A year before a word ("2026hr budget") is no clock."""
        assert starts("Wednesday 3 June: the 2026hr budget is set.") == []

    @pytest.mark.parametrize(
        ("text", "until"),
        [
            ("Thursday 4 June between 2pm and 3pm", dt.time(15, 0)),
            ("Donnerstag, 4. Juni zwischen 14:00 und 15:00 Uhr", dt.time(15, 0)),
            ("jeudi 4 juin entre 14h et 15h", dt.time(15, 0)),
            ("jueves 4 de junio entre las 14:00 y las 15:00", None),
            ("jueves 4 de junio entre 14:00 y 15:00", dt.time(15, 0)),
        ],
    )
    def test_between_and(self, text: str, until: dt.time | None) -> None:
        """ "between 2pm and 3pm" is one time with its end."""
        moments = find_moments(text, LEX, REF, "dmy", "Europe/London")
        assert moments[0].start.time() == dt.time(14, 0)
        assert (moments[0].end.time() if moments[0].end else None) == until

    def test_and_alone_joins_options(self) -> None:
        """Without "between", "2pm and 4pm" are two times, not a range."""
        times = find_times("Thursday 4 June, 2pm and 4pm both work", LEX)
        assert [(t.start, t.until) for t in times] == [(dt.time(14), None), (dt.time(16), None)]

    def test_arrival_before_start(self) -> None:
        """ "arrival 8:45 for a 9:00 start": the interview starts at 9:00."""
        assert starts("3 June: arrival 8:45 for a 9:00 start") == ["2026-06-03T09:00:00+01:00"]

    def test_arrival_alone(self) -> None:
        """ "please arrive by 8:45" with no later time stays the only time there is."""
        assert starts("3 June, please arrive by 8:45") == ["2026-06-03T08:45:00+01:00"]

    def test_earlier_today_loses(self) -> None:
        """A time earlier on the day of sending loses to a time still to come."""
        p = next(p for p in PROBES if p.key == "past_first_interview")
        u = read(p)
        assert u.interview is not None
        assert u.interview.start == dt.datetime.fromisoformat(p.start)


class TestSameDay:
    """ "the same day" is the day of the date written before it."""

    @pytest.mark.parametrize(
        "text",
        [
            "Wednesday 3 June at 10am is moved to 2pm the same day",
            "Mittwoch, 3. Juni um 10 Uhr: verschoben auf 14 Uhr am selben Tag",
            "mercredi 3 juin à 10h, décalé à 14h le même jour",
            "miércoles 3 de junio a las 10:00, cambiado a las 14:00 del mismo día",
        ],
    )
    def test_same_day(self, text: str) -> None:
        """The later time keeps the earlier date."""
        days = {m.start.date() for m in find_moments(text, LEX, REF, "dmy", "Europe/London")}
        hours = [m.start.hour for m in find_moments(text, LEX, REF, "dmy", "Europe/London")]
        assert days == {dt.date(2026, 6, 3)}
        assert hours == [10, 14]

    def test_same_day_without_a_date(self) -> None:
        """With no date before it, "the same day" is no date."""
        assert starts("We usually reply the same day at 5pm.") == []


class TestFourthBatchFamilies:
    """Dashed numeric dates, a time said twice, parts of the day before "at", "tonight"."""

    @pytest.mark.parametrize(
        ("text", "order", "day"),
        [
            ("03-06-2026", "dmy", dt.date(2026, 6, 3)),
            ("06-03-2026", "mdy", dt.date(2026, 6, 3)),
            ("Wed 03-06-2026", "mdy", dt.date(2026, 6, 3)),
        ],
    )
    def test_dashed_dates(self, text: str, order: str, day: dt.date) -> None:
        """A dashed day, month and year is read in the reader's order (the weekday repairs it)."""
        hits = find_dates(text, LEX, REF.date(), "dmy" if order == "dmy" else "mdy")
        assert [h.date for h in hits] == [day]

    @pytest.mark.parametrize(
        "text", ["the 10-11 slot", "call 555-10-2026-77", "Ref 12-05-20267", "pages 3-4"]
    )
    def test_dashes_without_year_are_no_dates(self, text: str) -> None:
        """Hour ranges, phone and reference numbers with dashes are no dates."""
        assert find_dates(text, LEX, REF.date(), "dmy") == []

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("Wednesday 3 June at midday (12:00) UK time", "2026-06-03T12:00:00+01:00"),
            ("Wednesday 3 June at 12:00 noon CET", "2026-06-03T12:00:00+02:00"),
            ("Wednesday 3 June at 2pm (14:00) CEST", "2026-06-03T14:00:00+02:00"),
        ],
    )
    def test_time_said_twice(self, text: str, iso: str) -> None:
        """A time restated beside itself takes the zone written after either."""
        assert starts(text, "America/New_York") == [iso]

    def test_two_clocks_not_folded(self) -> None:
        """Two different times side by side stay two ("10:00 (11:00 CET)")."""
        times = find_times("Wednesday 3 June at 10:00 (11:00 CET)", LEX)
        assert [t.start for t in times] == [dt.time(10), dt.time(11)]

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("Monday morning at 9", "2026-06-08T09:00:00+01:00"),
            ("Thursday afternoon at 3", "2026-06-04T15:00:00+01:00"),
            ("tonight at 7pm", "2026-06-01T19:00:00+01:00"),
            ("this afternoon at 4", "2026-06-01T16:00:00+01:00"),
        ],
    )
    def test_parts_of_the_day(self, text: str, iso: str) -> None:
        """A part of the day before "at" makes the bare number the hour; "tonight" is today."""
        assert starts(text) == [iso]


class TestThanksForWhatIsOver:
    """A time earlier today after thanks is over; the same words before a later time are not."""

    @pytest.mark.parametrize(
        ("body", "kind"),
        [
            ("Thank you for the interview this afternoon at 3pm. I enjoyed it.", Kind.OTHER),
            ("Vielen Dank für das Gespräch heute um 15 Uhr. Es hat mich gefreut.", Kind.OTHER),
            ("Merci pour l'entretien ce soir à 18h. J'ai apprécié notre échange.", Kind.OTHER),
            ("Gracias por la entrevista esta tarde a las 15:00. Me gustó mucho.", Kind.OTHER),
            (
                "Thanks for confirming. Your interview is confirmed for tomorrow at 3pm.",
                Kind.INTERVIEW,
            ),
        ],
    )
    def test_thanks(self, body: str, kind: Kind) -> None:
        """Thanks for an interview earlier on the day of sending is no booking."""
        p = Probe("thanks", "uk", body, "2026-06-02T15:00:00+01:00", date=SENT_EVENING)
        assert read(p).kind is kind


SENT_EVENING = "Mon, 01 Jun 2026 19:45:00 +0100"


@pytest.mark.parametrize(
    ("text", "zone", "iso"),
    [
        ("Wednesday 3 June at 10:00 Gulf time", "Europe/London", "2026-06-03T10:00:00+04:00"),
        (
            "Wednesday 3 June at 10:00 Eastern European Time",
            "Europe/London",
            "2026-06-03T10:00:00+03:00",
        ),
        ("Wednesday 3 June at 10:00 WIB", "Europe/London", "2026-06-03T10:00:00+07:00"),
        ("Wednesday 3 June at 10:00 PHT", "Europe/London", "2026-06-03T10:00:00+08:00"),
    ],
)
def test_more_zone_names(text: str, zone: str, iso: str) -> None:
    """Gulf, Eastern European, Western Indonesian and Philippine clocks by name."""
    assert starts(text, zone) == [iso]


def test_your_time_beats_global_zone() -> None:
    """ "10am your time" is the reader's clock even when the message states CET for all."""
    text = "All times are in CET. Wednesday 3 June at 10am your time"
    assert starts(text) == ["2026-06-03T10:00:00+01:00"]


def test_cum_tempore() -> None:
    """ "10 Uhr c.t." starts at 10:15."""
    assert starts("Mittwoch, 3. Juni, 10 Uhr c.t.", "Europe/Berlin") == [
        "2026-06-03T10:15:00+02:00"
    ]


# Shapes still read wrongly, kept as strict expected failures with the reason.
@pytest.mark.xfail(strict=True, reason="the sender's country (.ie) does not choose IST's region")
def test_ist_from_irish_sender_to_us_reader() -> None:
    """An Irish company's "11:00 IST" to a reader in New York is Irish Standard Time."""
    p = Probe(
        "ist_ie_sender_us_user",
        "us",
        "Hi,\n\nYour interview is confirmed for Wednesday 3 June at 11:00 IST.\n\nCiara",
        "2026-06-03T11:00:00+01:00",
        sender="Ciara Doyle <ciara.doyle@harbour.example.ie>",
    )
    u = read(p)
    assert u.interview is not None
    assert u.interview.start == dt.datetime.fromisoformat(p.start)
