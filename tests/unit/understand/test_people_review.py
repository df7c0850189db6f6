"""Interviewer names: the review of 2026-11-25 (courtesy titles, "I", "and" words, agendas).

The first messages are the reviewer's reproductions (invented people of a TV series at an
invented company, re-typed here); the rest were written for these tests. Beside each fix
sits a trap of the same shape that must not yield a name, or must keep the old answer.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, Understanding, default_lexicon, understand
from daemon.understand._people import from_text

from .messages import mail

JO = Context(
    user_addresses=frozenset({"jo@example.org"}),
    user_name="Jo Lee",
    timezone="America/New_York",
)


def review_mail(line: str) -> bytes:
    """The reviewer's message shape (m/don.eml, m/iwill.eml): a coordinator confirms."""
    return mail(
        sender="Peggy Olson <peggy@sterling.example>",
        to="Jo Lee <jo@example.org>",
        subject="Interview confirmed",
        date="Mon, 02 Mar 2026 09:00:00 +0100",
        body=(
            "Hi Jo,\n\nThanks for your application. Your interview is confirmed for Tuesday, "
            f"March 10 at 2pm ET.\n{line}\n\nBest,\nPeggy Olson\nRecruiting Coordinator\n"
        ),
    )


def names(u: Understanding) -> list[str]:
    """The interviewer names of an interview result."""
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    return [p.name or "" for p in u.interview.interviewers]


def text_names(text: str) -> list[str]:
    """Names read from text alone, with every shipped language on."""
    return [p.name or "" for p in from_text(text, default_lexicon())[0]]


class TestCourtesyTitles:
    """A courtesy title is dropped before a name, unless it is the given name itself."""

    def test_don_draper_keeps_his_given_name(self) -> None:
        """m/don.eml: "Don Draper (Creative Director)" is Don Draper, not "Draper"."""
        u = understand(
            review_mail(
                "You'll be interviewing with Don Draper (Creative Director) and Joan Holloway."
            ),
            JO,
        )
        assert names(u) == ["Don Draper", "Joan Holloway"]
        assert u.interview is not None
        assert u.interview.interviewers[0].title == "Creative Director"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Te entrevistarán Sr. Juan Pérez y Doña Elena Mora.", ["Juan Pérez", "Elena Mora"]),
            ("Te entrevistarán Don Juan Pérez y Elena Mora.", ["Juan Pérez", "Elena Mora"]),
            ("Vous rencontrerez M. Dupont et Mme Claire Laurent.", ["Dupont", "Claire Laurent"]),
            ("Gesprächspartner: Herr Markus Klein und Frau Wolf", ["Markus Klein", "Wolf"]),
        ],
    )
    def test_titles_before_names_are_dropped(self, text: str, expected: list[str]) -> None:
        """ "Sr. Juan Pérez", "Don Juan Pérez", "M. Dupont", "Frau Wolf": the title goes."""
        assert text_names(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "You'll be meeting with Dr Anika Shah and Mr. Raj Patel.",
                ["Anika Shah", "Raj Patel"],
            ),
            ("You'll be meeting with Ms Roe and Prof Ada Byrne.", ["Roe", "Ada Byrne"]),
            ("You'll be meeting with Don Draper on Monday.", ["Don Draper"]),
        ],
    )
    def test_english_titles_unchanged(self, text: str, expected: list[str]) -> None:
        """English "Dr", "Mr.", "Ms" still go, even before one word; "Don Draper on" stays."""
        assert text_names(text) == expected

    def test_a_title_alone_is_nobody(self) -> None:
        """ "You'll be meeting with Dr." names no person; "Don" alone is a given name."""
        assert text_names("You'll be meeting with Dr and Don.") == ["Don"]


class TestFirstPersonWord:
    """ "I" counts as the writer only as a whole list item."""

    def test_i_opening_a_clause_is_not_the_writer(self) -> None:
        """m/iwill.eml: "I will send the invite shortly, and Joan Holloway will interview you"."""
        u = understand(
            review_mail(
                "I will send the calendar invite shortly, and Joan Holloway will interview you."
            ),
            JO,
        )
        assert names(u) == ["Joan Holloway"]

    def test_i_after_the_outro_is_not_the_writer(self) -> None:
        """m/iwill2.eml: "Joan Holloway will interview you; I will be there to greet you"."""
        u = understand(
            review_mail(
                "Joan Holloway will interview you; I will be there to greet you at reception."
            ),
            JO,
        )
        assert names(u) == ["Joan Holloway"]

    @pytest.mark.parametrize(
        "line",
        [
            "Raj Patel and I will interview you.",
            "You'll meet Raj Patel and me.",
            "You'll be meeting with Raj Patel and myself for the Analyst role.",
        ],
    )
    def test_i_and_me_as_list_items_are_the_writer(self, line: str) -> None:
        """ "Raj Patel and I will interview you", "meet Raj Patel and me": the sender too."""
        u = understand(review_mail(line), JO)
        assert sorted(names(u)) == ["Peggy Olson", "Raj Patel"]


class TestAndWords:
    """Every language's "and" splits a list of names; none splits inside brackets."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Vous rencontrerez Pierre Dubois et Marie Laurent.",
                ["Pierre Dubois", "Marie Laurent"],
            ),
            (
                "Gesprächspartner: Markus Klein und Sabine Wolf",
                ["Markus Klein", "Sabine Wolf"],
            ),
            ("Te entrevistarán Carlos Ruiz y Elena Mora.", ["Carlos Ruiz", "Elena Mora"]),
            (
                "You'll be meeting with Ana Lind & Bo Stahl.",
                ["Ana Lind", "Bo Stahl"],
            ),
        ],
    )
    def test_lexicon_and_words_split(self, text: str, expected: list[str]) -> None:
        """ "et", "und", "y", "&": two people, not one unreadable run."""
        assert text_names(text) == expected

    def test_and_inside_brackets_is_a_title(self) -> None:
        """ "Pierre Dubois (Directeur Ventes et Marketing) et Marie Laurent": two people."""
        found = from_text(
            "Vous rencontrerez Pierre Dubois (Directeur Ventes et Marketing) et Marie Laurent.",
            default_lexicon(),
        )[0]
        assert [(p.name, p.title) for p in found] == [
            ("Pierre Dubois", "Directeur Ventes et Marketing"),
            ("Marie Laurent", None),
        ]

    def test_session_with_in_german(self) -> None:
        """ "10:00 – 10:45 Fachgespräch mit Jana Vogt": the lexicon's "with" word."""
        assert text_names("Ablauf:\n10:00 – 10:45  Fachgespräch mit Jana Vogt\n") == ["Jana Vogt"]


AGENDA = (
    "Thursday, 11 June 2026 (Singapore Time, GMT+8)\n\n"
    "09:30 – 10:00  Office tour – Main Building\n"
    "10:00 – 10:45  System design – Arjun Mehta (Principal Engineer)\n"
    "11:00 – 11:45  Coding – Chen Jia Hui (Senior Engineer)\n"
    "11:45 – 12:00  Break\n"
    "12:00 – 13:00  Lunch with the team (not an interview)\n"
    "13:00 – 13:45  Hiring manager – Farhan Iskandar (Engineering Manager)\n"
    "14:00 – 14:45  Nadia Rahim (Staff Engineer) – Behavioural\n"
    "15:00 – 15:45  Product sense with Tom Hale, Product Manager\n"
    "16:00 – 16:30  Meeting with the Dean, Dr. Susan Ostrowski\n"
)


class TestAgendaRows:
    """An onsite agenda: a time range, a session and who runs it, in any order."""

    def test_every_interviewer_and_no_session(self) -> None:
        """Dash, "with" and reversed rows give their people; tour, break, lunch give none."""
        raw = mail(
            sender="Zephyr Grid Recruiting <recruiting@zephyr.example>",
            to="Wei Ling Tan <weiling@example.org>",
            subject="Your onsite interview schedule - Senior Platform Engineer",
            date="Mon, 01 Jun 2026 09:00:00 +0800",
            body=(
                "Hi Wei Ling,\n\nHere is your interview schedule for the Senior Platform "
                f"Engineer role.\n\n{AGENDA}\nPlease arrive at 9:15.\n\nZephyr Grid Recruiting\n"
            ),
        )
        ctx = Context(
            user_addresses=frozenset({"weiling@example.org"}),
            user_name="Wei Ling Tan",
            timezone="Asia/Singapore",
        )
        u = understand(raw, ctx)
        assert u.interview is not None
        people = {p.name: p.title for p in u.interview.interviewers}
        assert people == {
            "Arjun Mehta": "Principal Engineer",
            "Chen Jia Hui": "Senior Engineer",
            "Farhan Iskandar": "Engineering Manager",
            "Nadia Rahim": "Staff Engineer",
            "Tom Hale": "Product Manager",
            "Susan Ostrowski": None,
        }

    @pytest.mark.parametrize(
        "row",
        [
            "10:00 – 10:45  Office tour – Main Building",
            "10:00 – 10:45  Lunch with the team",
            "10:00 – 10:45  Break",
            "10:00 – 10:45  Welcome – Recruiting Team (Talent)",
        ],
    )
    def test_sessions_are_not_names(self, row: str) -> None:
        """A place, a team, a break, a team with a label: nobody from the row."""
        assert text_names(f"Agenda:\n\n{row}\n") == []
