"""Interview shapes and precision traps beyond the evaluation sets.

Every message here was written for these tests (invented companies, people and domains
under reserved names) to mirror a shape of real recruiting mail, or of mail that looks like
it and is not; none is copied from an evaluation set.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
LDN = ZoneInfo("Europe/London")


def start(u: Understanding) -> dt.datetime:
    """The interview's start."""
    assert u.interview is not None, u.reasons
    return u.interview.start


class TestAgendas:
    """A day of sessions: one date, then rows that start with a time."""

    def test_day_heading_with_its_zone_in_brackets(self, ctx: Context) -> None:
        """A day heading followed by its zone in brackets gives the rows that zone."""
        raw = mail(
            sender="Brightwell Careers <schedule@prelude.co>",
            subject="Your onsite schedule - Brightwell Analytics",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hi Alex,\n\nHere is the plan for your onsite for the Staff Data Engineer "
                "role.\n\nWednesday, 11 March 2026 (Central European Time, UTC+1)\n"
                "Brightwell Analytics, Torstrasse 9, 3rd floor\n\n"
                "09:30 - 10:15  Architecture deep dive - Lena Vogt (Principal Engineer)\n"
                "10:30 - 11:15  Pairing - Tomasz Nowak (Senior Engineer)\n"
                "11:30 - 12:00  Wrap-up with the hiring manager\n\nSee you there!\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 11, 9, 30, tzinfo=BER)

    def test_date_in_a_sentence_then_agenda_rows(self, ctx: Context) -> None:
        """A visit confirmed for a date in a sentence starts at the first agenda row below."""
        raw = mail(
            sender="Miriam Okoye <m.okoye@lakeshore-college.example>",
            subject="Finalist visit - Lecturer in Statistics",
            body=(
                "Dear Alex,\n\nThank you for accepting our invitation. Your finalist visit "
                "is confirmed for Thursday, March 19. The schedule follows; all times are "
                "Eastern.\n\n"
                "9:15 AM    Coffee with the department chair\n"
                "10:00 AM   Teaching presentation, Room 12\n"
                "11:30 AM   Interview with the search committee\n"
                "1:00 PM    Lunch with faculty\n\n"
                "Best wishes,\nMiriam Okoye\nSearch Committee Chair\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert start(u) == dt.datetime(2026, 3, 19, 9, 15, tzinfo=NY)

    def test_bare_slot_list_after_a_date_is_a_request(self, ctx: Context) -> None:
        """A date followed by a list of bare times offers slots; nothing is booked."""
        raw = mail(
            sender="Priya Raman <priya@northgate-labs.example>",
            subject="Interview slots - Platform Engineer",
            body=(
                "Hi Alex,\n\nThe panel is free on Thursday, March 19. Open slots:\n\n"
                "- 9:00\n- 11:00\n- 14:00\n\nWhich of these times suits you best?\n\n"
                "Priya Raman\nTalent Partner, Northgate Labs\n"
            ),
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons
