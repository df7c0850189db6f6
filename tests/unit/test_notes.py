"""Unit tests for daemon.notes: reply stripping, note lines, contact corrections."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon import notes as notes_module
from daemon.notes import (
    ContactUpdate,
    InterviewerNote,
    Notes,
    answer_key,
    clean_phrase,
    display_name,
    first_name,
    normalise,
    parse_notes,
    strip_reply,
)
from daemon.understand.model import Person

SARAH = Person("Sarah Connor", "sarah@acme.com", "Head of Operations")
RAJ = Person("Raj", None)
LEE = Person(None, "lee@acme.com")
JOSE = Person("José Álvarez", "jose@acme.com")
PANEL = (SARAH, RAJ, LEE, JOSE)


class TestNames:
    """Name helpers shared with composition."""

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Sarah Connor", "Sarah"),
            ("Connor, Sarah", "Sarah"),
            ("Dr. Sarah Connor", "Sarah"),
            ("Ms Sarah Connor", "Sarah"),
            ("  Raj  ", "Raj"),
            (None, None),
            ("", None),
        ],
    )
    def test_first_name(self, name: str | None, expected: str | None) -> None:
        """The given name skips honorifics and understands "Last, First"."""
        assert first_name(Person(name, "x@acme.com")) == expected

    def test_display_name(self) -> None:
        """Display name prefers the name, then the address, then "someone"."""
        assert display_name(SARAH) == "Sarah Connor"
        assert display_name(LEE) == "lee@acme.com"
        assert display_name(Person()) == "someone"

    def test_normalise(self) -> None:
        """Case, accents and spacing are folded."""
        assert normalise("  José   ÁLVAREZ ") == "jose alvarez"

    def test_clean_phrase(self) -> None:
        """A phrase loses line breaks, NULs, quotes and trailing punctuation."""
        assert clean_phrase(' "project management\r\nin China." ') == "project management in China"
        assert clean_phrase("a\x00b!") == "a b"
        assert clean_phrase('the "Atlas" project') == 'the "Atlas" project'
        assert clean_phrase("why Rust?") == "why Rust?"

    def test_answer_key_first_name(self) -> None:
        """A unique first name is the key to answer with."""
        assert answer_key(SARAH, PANEL) == "Sarah"

    def test_answer_key_shared_first_name(self) -> None:
        """A shared first name needs the full name."""
        other = Person("Sarah Lee", "slee@acme.com")
        assert answer_key(SARAH, (SARAH, other)) == "Sarah Connor"

    def test_answer_key_same_full_name(self) -> None:
        """Two people with the same full name are told apart by address."""
        twin = Person("Sarah Connor", "sarah.c@acme.com")
        assert answer_key(twin, (SARAH, twin)) == "sarah.c@acme.com"

    def test_answer_key_no_name(self) -> None:
        """Without a name, the address is the key."""
        assert answer_key(LEE, PANEL) == "lee@acme.com"


class TestStripReply:
    """Only the user's new text survives."""

    def test_english_quote_and_signature(self) -> None:
        """An "On … wrote:" quote and a "Best," signature are removed."""
        text = (
            "Sarah: China\n- Raj: Kafka\n\nBest,\nJane\n\n"
            "On Tue, 3 Mar 2026 at 10:00, Follow-up <jane@example.com> wrote:\n"
            "> Sarah: project management in China\n"
        )
        assert strip_reply(text) == "Sarah: China\n- Raj: Kafka"

    def test_dash_signature(self) -> None:
        """A "-- " signature block is removed."""
        assert strip_reply("Gut: good\n\n-- \nJane Doe\n+44 20 7946 0000\n") == "Gut: good"

    def test_hyphen_bullets_kept(self) -> None:
        """Hyphen bullets are notes, not a signature."""
        assert strip_reply("- Sarah: China\n- Raj: Kafka\n") == "- Sarah: China\n- Raj: Kafka"

    @pytest.mark.parametrize(
        "header",
        [
            "Am Di., 3. März 2026 um 10:00 Uhr schrieb Follow-up <jane@example.com>:",
            "Le mar. 3 mars 2026 à 10:00, Follow-up <jane@example.com> a écrit :",
            "El mar, 3 mar 2026 a las 10:00, Follow-up (<jane@example.com>) escribió:",
        ],
    )
    def test_other_languages(self, header: str) -> None:
        """German, French and Spanish reply headers cut the quote."""
        text = f"Sarah: China\n\n{header}\n> Sarah: old text\n"
        assert strip_reply(text) == "Sarah: China"

    def test_outlook_separator(self) -> None:
        """An Outlook "Original Message" block is removed."""
        text = "Sarah: China\n\n-----Original Message-----\nFrom: x\nSubject: y\n\nold\n"
        assert strip_reply(text) == "Sarah: China"

    def test_empty_reply_never_returns_quote(self) -> None:
        """A reply with nothing above the quote yields nothing, not the quoted prompt."""
        text = "On Tue, 3 Mar 2026, Follow-up <j@example.com> wrote:\n> Sarah: example\n"
        assert strip_reply(text) == ""

    def test_inline_quote_lines_dropped(self) -> None:
        """Quoted lines between the user's lines are dropped."""
        assert strip_reply("Sarah: China\n> quoted\nRaj: Kafka") == "Sarah: China\nRaj: Kafka"

    def test_crlf(self) -> None:
        """CRLF line ends are handled."""
        assert strip_reply("Sarah: China\r\nRaj: Kafka\r\n") == "Sarah: China\nRaj: Kafka"

    def test_fallback_when_library_fails(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """When the library raises, a simple cut at "On … wrote:" is used."""

        class Broken:
            def __init__(self, **_: object) -> None:
                raise RuntimeError("boom")

        monkeypatch.setattr(notes_module, "EmailMessage", Broken)
        text = "Sarah: China\nOn Tue, Follow-up <j@example.com> wrote:\n> old\n"
        assert strip_reply(text) == "Sarah: China"
        assert strip_reply("Gut: good\n-- \nJane\n") == "Gut: good"


class TestParseNotesTopics:
    """Lines per interviewer."""

    def test_first_name(self) -> None:
        """ "Sarah: …" goes to Sarah."""
        notes = parse_notes("Sarah: project management in China", PANEL)
        assert notes.topic_for(SARAH) == "project management in China"

    def test_full_name_with_dash(self) -> None:
        """ "Sarah Connor - …" goes to Sarah."""
        assert parse_notes("Sarah Connor - the Shanghai office", PANEL).topic_for(SARAH) == (
            "the Shanghai office"
        )

    def test_email_key(self) -> None:
        """ "lee@acme.com: …" goes to the interviewer known only by address."""
        assert parse_notes("LEE@acme.com: hiring plans", PANEL).topic_for(LEE) == "hiring plans"

    def test_case_and_accents(self) -> None:
        """Matching ignores case and accents."""
        assert parse_notes("jose alvarez: data quality", PANEL).topic_for(JOSE) == "data quality"
        assert parse_notes("JOSÉ: data quality", PANEL).topic_for(JOSE) == "data quality"

    @pytest.mark.parametrize("prefix", ["- ", "* ", "• ", "1. ", "2) ", "– "])
    def test_bullets(self, prefix: str) -> None:
        """Bullet and number prefixes are tolerated."""
        assert parse_notes(f"{prefix}Raj: Kafka", PANEL).topic_for(RAJ) == "Kafka"

    @pytest.mark.parametrize("sep", [": ", ":", " - ", " – ", " — "])
    def test_separators(self, sep: str) -> None:
        """Colon and spaced dashes separate the name from the topic."""
        assert parse_notes(f"Raj{sep}Kafka", PANEL).topic_for(RAJ) == "Kafka"

    def test_hyphenated_name(self) -> None:
        """A hyphen inside a name is not a separator."""
        anne = Person("Anne-Marie Smith", "am@acme.com")
        assert parse_notes("Anne-Marie: budgets", (anne,)).topic_for(anne) == "budgets"

    def test_two_lines_same_person(self) -> None:
        """Two lines for one person are joined."""
        notes = parse_notes("Raj: Kafka\nRaj: on-call rota", PANEL)
        assert notes.topic_for(RAJ) == "Kafka; on-call rota"

    def test_trailing_punctuation_removed(self) -> None:
        """A full stop at the end of a note is dropped."""
        assert parse_notes("Raj: Kafka.", PANEL).topic_for(RAJ) == "Kafka"

    def test_empty_value_ignored(self) -> None:
        """A template line left empty ("Raj:") adds nothing and is not unmatched."""
        notes = parse_notes("Raj:\nSarah: China", PANEL)
        assert notes.topic_for(RAJ) is None
        assert notes.unmatched == ()

    def test_missing_topics(self) -> None:
        """missing_topics lists interviewers without a note."""
        notes = parse_notes("Sarah: China", PANEL)
        assert notes.missing_topics(PANEL) == (RAJ, LEE, JOSE)

    def test_colon_in_topic(self) -> None:
        """Only the first colon separates; the rest belongs to the topic."""
        assert parse_notes("Raj: ratio 3:1 of reads", PANEL).topic_for(RAJ) == "ratio 3:1 of reads"

    def test_fuller_name_for_first_name_only(self) -> None:
        """ "Raj Patel:" matches an interviewer known as "Raj" and records the full name."""
        notes = parse_notes("Raj Patel: Kafka", PANEL)
        assert notes.topic_for(RAJ) == "Kafka"
        assert ContactUpdate("Raj Patel", matches=RAJ) in notes.contacts


class TestParseNotesLabels:
    """All, gut feeling and idea."""

    @pytest.mark.parametrize("key", ["All", "Everyone", "everybody", "Both"])
    def test_everyone(self, key: str) -> None:
        """ "All:" and its synonyms fill `everyone`."""
        assert parse_notes(f"{key}: how fast they ship", PANEL).everyone == "how fast they ship"

    @pytest.mark.parametrize("key", ["Gut", "Feeling", "Gut feeling"])
    def test_gut(self, key: str) -> None:
        """ "Gut:" and "Feeling:" fill `gut`."""
        assert parse_notes(f"{key}: relaxed team", PANEL).gut == "relaxed team"

    @pytest.mark.parametrize("key", ["Idea", "Improvement", "ideas"])
    def test_idea(self, key: str) -> None:
        """ "Idea:" and "Improvement:" fill `idea`."""
        assert parse_notes(f"{key}: automate onboarding", PANEL).idea == "automate onboarding"

    def test_labels_joined(self) -> None:
        """Two idea lines are joined."""
        assert parse_notes("Idea: a\nIdea: b", PANEL).idea == "a; b"


class TestParseNotesContacts:
    """Names, addresses and titles the user supplies."""

    def test_angle_form_known_name(self) -> None:
        """ "Raj Patel <raj@acme.com>" gives Raj an address and full name."""
        notes = parse_notes("Raj Patel <Raj.Patel@Acme.com>", PANEL)
        assert notes.contacts == (ContactUpdate("Raj Patel", "raj.patel@acme.com", matches=RAJ),)

    def test_angle_form_names_an_address(self) -> None:
        """ "Lee Wong <lee@acme.com>" names the person known only by address."""
        notes = parse_notes("Lee Wong <lee@acme.com>", PANEL)
        assert notes.contacts == (ContactUpdate("Lee Wong", "lee@acme.com", matches=LEE),)

    def test_angle_form_new_person(self) -> None:
        """An unknown person in angle form is a new contact."""
        notes = parse_notes("Tom Baker <tom@acme.com>", PANEL)
        assert notes.contacts == (ContactUpdate("Tom Baker", "tom@acme.com"),)

    def test_angle_form_with_topic(self) -> None:
        """ "Name <addr>: topic" is both a contact and a topic."""
        notes = parse_notes("Raj Patel <raj@acme.com>: Kafka", PANEL)
        assert notes.topic_for(RAJ) == "Kafka"
        assert notes.contacts[0].email == "raj@acme.com"

    def test_angle_form_with_title(self) -> None:
        """ "Name <addr>, Title" records the title."""
        notes = parse_notes("Raj Patel <raj@acme.com>, Staff Engineer", PANEL)
        assert ContactUpdate("Raj Patel", title="Staff Engineer", matches=RAJ) in notes.contacts

    def test_key_with_bare_address(self) -> None:
        """ "Raj: raj.patel@acme.com" is an address, not a topic."""
        notes = parse_notes("Raj: raj.patel@acme.com", PANEL)
        assert notes.topic_for(RAJ) is None
        assert notes.contacts == (ContactUpdate("Raj", "raj.patel@acme.com", matches=RAJ),)

    def test_unknown_key_with_address(self) -> None:
        """ "Tom: tom@acme.com" adds a person the case did not know."""
        notes = parse_notes("Tom: tom@acme.com", PANEL)
        assert notes.contacts == (ContactUpdate("Tom", "tom@acme.com"),)

    @pytest.mark.parametrize("line", ["Raj's title: Staff Engineer", "Raj’s role - Staff Engineer"])
    def test_title(self, line: str) -> None:
        """ "Raj's title: …" records a title."""
        notes = parse_notes(line, PANEL)
        assert notes.contacts == (ContactUpdate("Raj", title="Staff Engineer", matches=RAJ),)

    def test_possessive_email(self) -> None:
        """ "Raj's email: …" records an address."""
        notes = parse_notes("Raj's email: raj@acme.com", PANEL)
        assert notes.contacts == (ContactUpdate("Raj", "raj@acme.com", matches=RAJ),)

    def test_possessive_email_invalid(self) -> None:
        """A possessive address that is not an address is reported, not stored."""
        notes = parse_notes("Raj's email: ask reception", PANEL)
        assert notes.contacts == ()
        assert notes.problems
        assert notes.unmatched == ("Raj's email: ask reception",)

    def test_possessive_name(self) -> None:
        """ "lee@acme.com's name: Lee Wong" names the person."""
        notes = parse_notes("lee@acme.com's name: Lee Wong", PANEL)
        assert notes.contacts == (ContactUpdate("Lee Wong", matches=LEE),)

    def test_no_guessing(self) -> None:
        """A name alone never produces an address."""
        notes = parse_notes("Raj Patel: Kafka", PANEL)
        assert all(c.email is None for c in notes.contacts)

    def test_bare_address_line(self) -> None:
        """A lone address line is kept as a contact."""
        assert parse_notes("raj@acme.com", PANEL).contacts == (ContactUpdate(None, "raj@acme.com"),)


class TestParseNotesAmbiguity:
    """Same first names need full names."""

    SARAH_LEE = Person("Sarah Lee", "slee@acme.com")

    def test_shared_first_name_reported(self) -> None:
        """ "Sarah:" with two Sarahs is reported and kept unmatched."""
        notes = parse_notes("Sarah: China", (SARAH, self.SARAH_LEE))
        assert notes.topics == ()
        assert notes.unmatched == ("Sarah: China",)
        assert "full name" in notes.problems[0]
        assert "Sarah Connor" in notes.problems[0]

    def test_full_name_resolves(self) -> None:
        """The full name resolves the ambiguity."""
        notes = parse_notes("Sarah Lee: budgets", (SARAH, self.SARAH_LEE))
        assert notes.topic_for(self.SARAH_LEE) == "budgets"

    def test_same_full_name_needs_address(self) -> None:
        """Two people with the same full name are asked for by address."""
        twin = Person("Sarah Connor", "sarah.c@acme.com")
        notes = parse_notes("Sarah Connor: budgets", (SARAH, twin))
        assert notes.topics == ()
        assert "address" in notes.problems[0]
        assert parse_notes("sarah.c@acme.com: budgets", (SARAH, twin)).topic_for(twin) == "budgets"


class TestParseNotesMisc:
    """Everything else about a notes text."""

    def test_unmatched_kept(self) -> None:
        """Lines not understood are kept verbatim."""
        notes = parse_notes("they have a dog in the office\nBob: nice", PANEL)
        assert notes.unmatched == ("they have a dog in the office", "Bob: nice")

    def test_full_reply(self) -> None:
        """A realistic reply fills every field."""
        text = (
            "- Sarah: project management in China\n"
            "- Raj Patel – the Kafka migration\n"
            "lee@acme.com: hiring plans\n"
            "All: how fast the team ships\n"
            "Gut: good, relaxed\n"
            "Idea: automate the onboarding checklist\n"
        )
        notes = parse_notes(text, PANEL)
        assert notes.topics == (
            InterviewerNote(SARAH, "project management in China"),
            InterviewerNote(RAJ, "the Kafka migration"),
            InterviewerNote(LEE, "hiring plans"),
        )
        assert (notes.everyone, notes.gut, notes.idea) == (
            "how fast the team ships",
            "good, relaxed",
            "automate the onboarding checklist",
        )

    def test_shell_single_line(self) -> None:
        """The shell form `followupd note CASE "Sarah: …"` parses the same way."""
        assert parse_notes("Sarah: China", PANEL).topic_for(SARAH) == "China"

    def test_empty(self) -> None:
        """An empty text gives empty notes."""
        assert parse_notes("", PANEL).is_empty
        assert parse_notes("\n\n  \n", PANEL) == Notes()

    def test_no_interviewers(self) -> None:
        """Without known interviewers, labels and contacts still work."""
        notes = parse_notes("Gut: fine\nTom Baker <tom@acme.com>\nTom: Kafka", ())
        assert notes.gut == "fine"
        assert notes.contacts == (ContactUpdate("Tom Baker", "tom@acme.com"),)
        assert notes.unmatched == ("Tom: Kafka",)

    def test_merged(self) -> None:
        """Later notes add to earlier ones."""
        first = parse_notes("Sarah: China\nGut: good", PANEL)
        later = parse_notes("Sarah: budgets\nRaj: Kafka", PANEL)
        merged = first.merged(later)
        assert merged.topic_for(SARAH) == "China; budgets"
        assert merged.topic_for(RAJ) == "Kafka"
        assert merged.gut == "good"

    def test_template_syntax_is_plain_text(self) -> None:
        """Template-looking text in notes is stored verbatim as data."""
        assert (
            parse_notes("Raj: {{ 7*7 }} {% raw %}", PANEL).topic_for(RAJ) == "{{ 7*7 }} {% raw %}"
        )

    @given(st.text(max_size=300))
    def test_never_crashes(self, text: str) -> None:
        """Any text parses without raising, and every line is accounted for or blank."""
        notes = parse_notes(text, PANEL)
        assert isinstance(notes, Notes)
        assert strip_reply(text) is not None
