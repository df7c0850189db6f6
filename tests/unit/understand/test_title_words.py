"""Title abbreviations, credentials and team words are never interviewer names.

A thank-you that greets "Dear SVP" or "Dear Data Platform" is worse than none. Every message
and name here was written for these tests (invented companies and people). Beside each rule
sits a person whose real name looks like an abbreviation or a title and must still be found.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, default_lexicon, understand
from daemon.understand._people import _parse_item, from_text

from .messages import mail, names

USER = Context(
    user_addresses=frozenset({"alex.morgan@example.org"}),
    user_name="Alex Morgan",
    timezone="America/Chicago",
    date_order="mdy",
)


def people(text: str) -> list[tuple[str | None, str | None]]:
    """(name, title) of every person ``from_text`` finds in ``text``."""
    found, _ = from_text(text, default_lexicon())
    return [(p.name, p.title) for p in found]


def confirmation(line: str) -> bytes:
    """A recruiter's interview confirmation whose interviewer line is ``line``."""
    return mail(
        sender="Priya Raman <priya.raman@quillfield.example>",
        to="Alex Morgan <alex.morgan@example.org>",
        subject="Interview confirmed - Senior Analyst",
        date="Mon, 02 Mar 2026 10:00:00 -0600",
        body=(
            "Hi Alex,\n\nYour video interview for the Senior Analyst role is confirmed for "
            "Thursday, March 5, 2026 at 2:00 PM Central Time.\n\n"
            f"{line}\n\nThe Teams link follows in a separate invitation.\n\n"
            "Best,\nPriya Raman\nTalent Acquisition Partner\n"
        ),
    )


class TestParseItem:
    """One list item: abbreviations and credentials are not names, real short names are."""

    @pytest.mark.parametrize(
        "item",
        [
            "CMIO",
            "RN",
            "SHEQ",
            "SVP Audience",
            "GM Claims",
            "Gm",
            "Vp Roe",
            "Data Platform",
            "Maplewell Clinic Health",
            "Av",
            "PDG",
            "Logistik Str",
        ],
    )
    def test_not_a_person(self, item: str) -> None:
        """A title abbreviation, a credential, a team or an address word is nobody."""
        assert _parse_item(item, default_lexicon()) is None

    @pytest.mark.parametrize(
        ("item", "name", "title"),
        [
            ("Md Rahman", "Md Rahman", None),
            ("Jo Ng", "Jo Ng", None),
            ("Dr. Ana Ruiz", "Ana Ruiz", None),
            ("SVP Audience Jane Roe", "Jane Roe", "SVP Audience"),
            ("GM Claims Tama Rewi", "Tama Rewi", "GM Claims"),
            ("Head of Data Raj Patel", "Raj Patel", "Head of Data"),
            ("Director de Ventas Lucía Paredes", "Lucía Paredes", "Director de Ventas"),
            ("VP Engineering Ana Sofía Treviño Garza", "Ana Sofía Treviño Garza", "VP Engineering"),
        ],
    )
    def test_person(self, item: str, name: str, title: str | None) -> None:
        """A real name is kept, and a title written before it is split off as the title."""
        p = _parse_item(item, default_lexicon())
        assert p is not None
        assert (p.name, p.title) == (name, title)

    @pytest.mark.parametrize(
        "item", ["Head of Customer Success", "CFO at Harbourline Ports", "VP Sales EMEA"]
    )
    def test_title_with_unknown_field_is_no_name(self, item: str) -> None:
        """A title whose field the lexicon does not know is not split into a title and a name."""
        assert _parse_item(item, default_lexicon()) is None


class TestLists:
    """Names in an interviewer list with titles, credentials and teams after them."""

    def test_credentials_then_title(self) -> None:
        """ "Jane Roe, RN, MSN - Manager, Nursing Informatics": one person, titled."""
        assert people("Interviewer: Lena Okafor, RN, MSN - Manager, Nursing Informatics\n") == [
            ("Lena Okafor", "Manager, Nursing Informatics")
        ]

    def test_title_abbreviation_after_name(self) -> None:
        """ "Dr. Tomas Reyes, CMIO": the abbreviation is his title, not a second person."""
        assert people("Your panel: Dr. Tomas Reyes, CMIO; Ines Duarte, Nurse Manager\n") == [
            ("Tomas Reyes", "CMIO"),
            ("Ines Duarte", "Nurse Manager"),
        ]

    def test_team_after_title(self) -> None:
        """ "Engineering Manager, Data Platform": the team belongs to the title."""
        assert people("Interviewers:\n- Mara Lind, Engineering Manager, Data Platform\n") == [
            ("Mara Lind", "Engineering Manager, Data Platform")
        ]

    def test_title_with_unknown_field_after_name(self) -> None:
        """ "Raj Patel, VP Sales EMEA": the whole of it is his title."""
        assert people("You will meet Raj Patel, VP Sales EMEA.\n") == [
            ("Raj Patel", "VP Sales EMEA")
        ]

    def test_ampersand_joined_abbreviation(self) -> None:
        """ "FP&A Manager" is a title; "FP" is not a person."""
        assert people("Interviewer(s): Omar Haddad, FP&A Manager; Lise Berg, Analyst\n") == [
            ("Omar Haddad", "FP&A Manager"),
            ("Lise Berg", "Analyst"),
        ]

    def test_sentence_running_on_ends_the_list(self) -> None:
        """A company after "&" at the end of a long sentence is not a second person."""
        text = (
            "Intro call with Nadia from Brightwater Search about the Product Designer "
            "opening at Fennel & Thorne.\n"
        )
        assert people(text) == [("Nadia", None)]

    def test_two_people_joined_by_and_still_read(self) -> None:
        """ "with Jane Roe from Sales and Raj Patel": a short qualifier keeps the list open."""
        assert [
            n for n, _ in people("You'll be meeting with Ilse Brandt from Sales and Raj Patel.\n")
        ] == [
            "Ilse Brandt",
            "Raj Patel",
        ]


class TestUnderstand:
    """End to end: the thank-you list holds people only."""

    def test_svp_after_name(self) -> None:
        """ "Interviewer: Jane Roe, SVP Audience" greets Jane Roe alone."""
        u = understand(confirmation("Interviewer: Corin Vale, SVP Audience"), USER)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Corin Vale"]
        assert u.interview is not None
        assert u.interview.interviewers[0].title == "SVP Audience"

    def test_title_before_name(self) -> None:
        """ "Interviewer: GM Claims Tama Rewi" greets Tama Rewi."""
        u = understand(confirmation("Interviewer: GM Claims Tama Rewi"), USER)
        assert names(u) == ["Tama Rewi"]

    def test_name_like_abbreviation_kept(self) -> None:
        """ "Md Rahman" is a person (a short form of a given name), not a credential."""
        u = understand(confirmation("Interviewers: Md Rahman and Jo Ng"), USER)
        assert sorted(names(u)) == ["Jo Ng", "Md Rahman"]
