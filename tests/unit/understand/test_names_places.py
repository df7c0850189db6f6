"""Interviewer names: streets, towns and organisations are no one; one-word rows need a witness.

Every message here was written for these tests (invented people, companies and streets under
``.example``). Places and organisations sit where names go: a guest list line that is a
street, a town after an address, "<Company> Water would like to see you", "Smith & Co", a
German "Hauptstraße", a French "rue", a Spanish "Calle". Itinerary rows may name a person
by one word ("Data architecture: Joy"); that counts only when a header or calendar guest of
the same message has that given name or an address starting with it. Each trap is a
near-neighbour that must keep (or keep refusing) its reading.
"""

from __future__ import annotations

from daemon.understand import Context, Understanding, understand

from .messages import mail

CTX = Context(
    user_addresses=frozenset({"mira.lindqvist@example.net"}),
    user_name="Mira Lindqvist",
    timezone="Europe/London",
    date_order="dmy",
)
COORD = "Odile Ferrante <odile.ferrante@quillmoor.example>"
HEAD = "Hi Mira,\n\nThank you for your time so far. Your interview is confirmed for Tuesday 10 March at 11am.\n\n"
SIG = "\n\nKind regards,\nOdile Ferrante\nRecruiting Coordinator"


def confirmed(middle: str, *, cc: str | None = None) -> Understanding:
    """A coordinator's plain confirmation with ``middle`` between greeting and signature."""
    raw = mail(
        sender=COORD,
        to="Mira Lindqvist <mira.lindqvist@example.net>",
        subject="Interview confirmation",
        body=HEAD + middle + SIG,
        headers={"Cc": cc} if cc else None,
    )
    return understand(raw, CTX)


def people(u: Understanding) -> list[tuple[str | None, str | None]]:
    """The interviewers of an interview result as (name, address), sorted."""
    assert u.interview is not None, u.reasons
    return sorted(((p.name, p.email) for p in u.interview.interviewers), key=str)


def names(u: Understanding) -> list[str]:
    """The interviewer names of an interview result, sorted."""
    return sorted(n or "" for n, _ in people(u))


class TestStreetsAreNoOne:
    """Street names and their abbreviations in a list of people are addresses."""

    def test_street_line_in_a_list(self) -> None:
        """ "Marlow Street" under "Interviewers:" is where, not who."""
        u = confirmed("Interviewers:\nTobias Rendell\nMarlow Street\n")
        assert names(u) == ["Tobias Rendell"]

    def test_abbreviated_street_as_subject(self) -> None:
        """ "Fenwick St" before "will interview you" is a street; the person beside it stays."""
        u = confirmed("Tobias Rendell and Fenwick St will interview you.")
        assert names(u) == ["Tobias Rendell"]

    def test_street_then_town_after_a_name(self) -> None:
        """ "Tobias Rendell, Marlow Street, Colchester": neither the street nor the town is a guest."""
        u = confirmed("You will meet with Tobias Rendell, Marlow Street, Colchester.")
        assert names(u) == ["Tobias Rendell"]

    def test_lone_word_after_an_address_is_its_town(self) -> None:
        """After "14 Marlow Street" or "at Quince Rd" a lone word is the town, not a guest."""
        for middle in (
            "You will meet with Tobias Rendell, 14 Marlow Street, Thornwick.",
            "You will meet with Tobias Rendell at Quince Rd, Thornwick.",
            "Interviewers: Tobias Rendell, Quince Road, Thornwick",
        ):
            assert names(confirmed(middle)) == ["Tobias Rendell"], middle

    def test_trap_lone_word_after_a_person_is_a_guest(self) -> None:
        """ "Tobias Rendell, Priya": without an address between them, both are guests."""
        u = confirmed("You will meet with Tobias Rendell, Priya and Anselm.")
        assert names(u) == ["Anselm", "Priya", "Tobias Rendell"]

    def test_street_team_after_with(self) -> None:
        """ "Interview with Quince Road team" names an office, not a person."""
        u = confirmed("Interview with Quince Road team at 11am.")
        assert names(u) == []

    def test_german_french_spanish_streets(self) -> None:
        """ "Lindenstraße 4", "Rue Verlaine", "Calle Olivar" in guest lists are addresses."""
        u = confirmed("Interviewers:\nTobias Rendell\nLindenstraße\nRue Verlaine\nCalle Olivar\n")
        assert names(u) == ["Tobias Rendell"]

    def test_trap_family_names_that_are_street_words_elsewhere(self) -> None:
        """ "Priya Lane" and "Stellan Stroud" are people: only unambiguous address words refuse."""
        u = confirmed("Interviewers:\nPriya Lane\nStellan Stroud\n")
        assert names(u) == ["Priya Lane", "Stellan Stroud"]


class TestOrganisationsAreNoOne:
    """A company or public body in a person's place is refused."""

    def test_utility_as_subject_of_would_like_to_see_you(self) -> None:
        """ "Ashcombe Water would like to see you" names an organisation."""
        u = confirmed("Ashcombe Water would like to see you for a second interview.")
        assert names(u) == []

    def test_trap_person_as_subject_of_would_like_to_see_you(self) -> None:
        """ "Imogen Waters would like to see you" is a person (a family name, not "Water")."""
        u = confirmed("Imogen Waters would like to see you for a second interview.")
        assert names(u) == ["Imogen Waters"]

    def test_ampersand_co_is_no_guest(self) -> None:
        """ "from Pemberton & Co": the split leaves "Co", a legal form, not a person."""
        u = confirmed("You will be meeting with Ruth Abara from Pemberton & Co.")
        assert names(u) == ["Ruth Abara"]

    def test_company_after_interview_with(self) -> None:
        """ "Interview with Hollin Works" names the company."""
        u = confirmed("Your interview with Hollin Works is on Tuesday.")
        assert names(u) == []


class TestTowns:
    """One word shaped like a town is no person, unless the message says it is one."""

    def test_town_suffix(self) -> None:
        """ "meeting with Colchester" names a place (a town's ending)."""
        u = confirmed("You will be meeting with Colchester on Tuesday.")
        assert names(u) == []

    def test_trap_given_name_inside_a_town_ending(self) -> None:
        """ "Chester" alone is a given name: the ending needs letters before it."""
        u = confirmed("You will be meeting with Chester on Tuesday.")
        assert names(u) == ["Chester"]

    def test_known_city_alone(self) -> None:
        """ "meeting with Sydney" and no Sydney in the headers: the city."""
        u = confirmed("You will be meeting with Sydney on Tuesday.")
        assert names(u) == []

    def test_known_city_that_a_header_names(self) -> None:
        """ "meeting with Sydney" and "Sydney Okafor" in Cc: the person, with her address."""
        u = confirmed(
            "You will be meeting with Sydney on Tuesday.",
            cc="Sydney Okafor <sydney.okafor@quillmoor.example>",
        )
        assert people(u) == [("Sydney Okafor", "sydney.okafor@quillmoor.example")]


ROWS = (
    "Your schedule:\n11:00 - 11:45  Data architecture: Joy\n11:45 - 12:30  System design: Anselm\n"
)


class TestOneWordRows:
    """Itinerary rows naming one word count when a header or guest corroborates the name."""

    def test_rows_corroborated_by_cc_names(self) -> None:
        """Two "session: Given" rows and both people in Cc: both interview, with addresses."""
        u = confirmed(
            ROWS,
            cc="Joy Mbeki <joy.mbeki@quillmoor.example>, Anselm Tribe <atribe@quillmoor.example>",
        )
        assert people(u) == [
            ("Anselm Tribe", "atribe@quillmoor.example"),
            ("Joy Mbeki", "joy.mbeki@quillmoor.example"),
        ]

    def test_rows_without_corroboration(self) -> None:
        """The same rows with nobody of those names in the headers: no one is guessed."""
        u = confirmed(ROWS)
        assert names(u) == []

    def test_titled_row_corroborated_by_an_address(self) -> None:
        """ "Joy, Associate General Counsel" and the nameless Cc "joy.k@": Joy, with that address."""
        u = confirmed(
            "Agenda:\n2:00 PM  Welcome, Hiring Manager\n2:45 PM  Joy, Associate General Counsel\n",
            cc="joy.k@quillmoor.example",
        )
        assert people(u) == [("Joy", "joy.k@quillmoor.example")]

    def test_trap_longer_local_part_is_another_name(self) -> None:
        """ "joyce@" does not corroborate "Joy": the local part goes on with letters."""
        u = confirmed(
            "Agenda:\n2:45 PM  Joy, Associate General Counsel\n",
            cc="joyce@quillmoor.example",
        )
        assert names(u) == []

    def test_trap_places_and_sessions_stay_no_one(self) -> None:
        """ "Lunch – Harbour View", "Case study: Whiteboard", "Intro, Hiring Manager": no one.

        Even with a team mailbox "Intro Team <intro@>" in Cc, whose local part is the word.
        """
        u = confirmed(
            "Your schedule:\n"
            "12:00 - 13:00  Lunch – Harbour View\n"
            "13:00 - 14:00  Case study: Whiteboard\n"
            "14:00 - 14:30  Intro, Hiring Manager\n",
            cc="Intro Team <intro@quillmoor.example>, careers@quillmoor.example",
        )
        assert names(u) == []

    def test_trap_coordinator_rows_stay_out(self) -> None:
        """Rows naming the coordinator who sent the mail ("Next steps: Odile") add no one."""
        u = confirmed(
            "Your schedule:\n"
            "10:00 - 10:30  Logistics: Odile\n"
            "10:30 - 11:15  Technical deep dive: Anselm\n"
            "16:00 - 16:15  Next steps: Odile\n",
            cc="Anselm Tribe <atribe@quillmoor.example>",
        )
        assert people(u) == [("Anselm Tribe", "atribe@quillmoor.example")]
