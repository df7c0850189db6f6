"""Guards added in session 19, when Italian, Dutch and Portuguese lexicons were merged.

Every shipped language applies to every message, so a word one language lists may change
how mail in another is read. Each probe here is written for these tests (not copied from
any evaluation set) and stands for a collision found while merging.
"""

from __future__ import annotations

import pytest

from daemon.understand import Kind, understand
from tests.unit.understand.messages import alex_in_new_york, mail


def _names(body: str) -> list[str]:
    raw = mail(
        sender="Lena Vogt <lena.vogt@harbor-grid.example>",
        subject="Interview - Data Analyst",
        body=body,
    )
    result = understand(raw, alex_in_new_york())
    assert result.kind is Kind.INTERVIEW, result.reasons
    assert result.interview is not None
    return sorted(p.name or "" for p in result.interview.interviewers)


class TestEnglishWordsOtherLanguagesList:
    def test_data_in_a_role_does_not_cut_the_writer_out(self) -> None:
        """Italian and Portuguese 'data' (a date) is no word that stops an English name."""
        body = (
            "When: Tuesday, March 10, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada)\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Hi Alex,\n\n"
            "Thanks for applying for the Data Analyst role. Ravi Shah (Head of Data Platform)"
            " and I\nwould like to talk to you on Teams.\n\n"
            "Best regards,\nLena Vogt\nHR Partner, Harbor Grid\n"
        )
        assert _names(body) == ["Lena Vogt", "Ravi Shah"]


def _met(who: str) -> list[str]:
    raw = mail(
        sender="Tom Reed <tom.reed@kestrel-labs.example>",
        subject="Interview confirmation",
        body=(
            "Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 2pm ET."
            f" You'll meet {who} (Head of Data) and Raj Patel.\n\nBest,\nTom Reed\n"
            "Recruiter, Kestrel Labs\n"
        ),
    )
    result = understand(raw, alex_in_new_york())
    assert result.interview is not None, result.reasons
    return [p.name or "" for p in result.interview.interviewers]


class TestNamesTheNewLanguagesMustKeep:
    @pytest.mark.parametrize(
        "who",
        [
            "Jan Willem van der Berg",
            "Pieter Jan van den Heuvel",
            "Anna Maria de la Cruz",
            "Maria Clara dos Santos",
            "Jean Pierre de La Fontaine",
            "Marie Claire de l'Estang",
        ],
    )
    def test_particles_after_two_given_names_stay(self, who: str) -> None:
        """Dutch 'van HR' ends a name at a department, never at a family name's particle."""
        assert _met(who) == [who, "Raj Patel"]

    def test_mei_is_a_given_name_before_a_family_name(self) -> None:
        """Dutch 'mei' (May) is a month, and 'Mei Chen' still a person."""
        assert _met("Mei Chen") == ["Mei Chen", "Raj Patel"]
