"""Display names with a comma: "Roe, Jane" is flipped, "Jane Roe, PhD" is not (review 2026-11-25).

One rule serves calendar attendees (``_calendar``) and the notes greeting (``daemon.notes``).
"""

from __future__ import annotations

import pytest

from daemon.notes import first_name
from daemon.understand import Context, Kind, Person, default_lexicon, given_first, understand

from .messages import mail

ICS = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\n"
    "METHOD:REQUEST\nBEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E008-rev\n"
    "DTSTAMP:20260301T000000Z\n"
    "DTSTART;TZID=America/New_York:20260310T140000\n"
    "DTEND;TZID=America/New_York:20260310T150000\n"
    "SUMMARY:Interview - Alex Morgan\n"
    "ORGANIZER;CN=Talent Desk:mailto:talent@northwind.example\n"
    'ATTENDEE;CN="Jane Roe, PhD":mailto:jane.roe@northwind.example\n'
    'ATTENDEE;CN="Sam Lee, Hiring Manager":mailto:sam.lee@northwind.example\n'
    'ATTENDEE;CN="Okafor, Chidi":mailto:chidi.okafor@northwind.example\n'
    "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@gmail.com\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)


class TestGivenFirst:
    """``given_first``: directory order flipped, a degree, suffix or title left after the name."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Roe, Jane", ("Jane Roe", None)),
            ("Dubois, Marie-Claire", ("Marie-Claire Dubois", None)),
            ("van der Berg, Anna Maria", ("Anna Maria van der Berg", None)),
            ("Jane Roe, PhD", ("Jane Roe", None)),
            ("Jane Roe, Ph.D.", ("Jane Roe", None)),
            ("Sam Lee, Jr.", ("Sam Lee", None)),
            ("Sam Lee, III", ("Sam Lee", None)),
            ("Sam Lee, CPA", ("Sam Lee", None)),
            ("Sam Lee, MBA", ("Sam Lee", None)),
            ("Sam Lee, Hiring Manager", ("Sam Lee", "Hiring Manager")),
            ("Ana Ruiz, Directora de Ventas", ("Ana Ruiz", "Directora de Ventas")),
            ("Acme, HR", ("Acme, HR", None)),
            ("Jane Roe", ("Jane Roe", None)),
        ],
    )
    def test_comma_forms(self, name: str, expected: tuple[str, str | None]) -> None:
        """Only a given name after the comma is moved in front."""
        assert given_first(name, default_lexicon()) == expected


class TestGreeting:
    """The notes greeting uses the same rule."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Jane Roe, PhD", "Jane"),
            ("Sam Lee, Hiring Manager", "Sam"),
            ("Sam Lee, Jr.", "Sam"),
            ("Connor, Sarah", "Sarah"),
        ],
    )
    def test_first_name(self, name: str, expected: str) -> None:
        """ "Jane Roe, PhD" is greeted "Jane", never "PhD"; "Connor, Sarah" is "Sarah"."""
        assert first_name(Person(name, "x@northwind.example")) == expected


class TestCalendarAttendees:
    """Outlook attendees with a degree or a title after a comma."""

    def test_attendee_names_and_titles(self) -> None:
        """CN "Jane Roe, PhD" is Jane Roe; "Sam Lee, Hiring Manager" is Sam Lee, his title kept."""
        raw = mail(
            sender="Talent Desk <talent@northwind.example>",
            subject="Interview - Alex Morgan",
            body="Your interview with Northwind is confirmed. The invitation is attached.\n",
            ics=ICS,
        )
        ctx = Context(
            user_addresses=frozenset({"alex.morgan@gmail.com"}),
            user_name="Alex Morgan",
            timezone="America/New_York",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        people = {p.name: p.title for p in u.interview.interviewers}
        assert people == {
            "Jane Roe": None,
            "Sam Lee": "Hiring Manager",
            "Chidi Okafor": None,
        }
