"""Guards added in session 19, when Italian, Dutch and Portuguese lexicons were merged.

Every shipped language applies to every message, so a word one language lists may change
how mail in another is read. Each probe here is written for these tests (not copied from
any evaluation set) and stands for a collision found while merging.
"""

from __future__ import annotations

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
