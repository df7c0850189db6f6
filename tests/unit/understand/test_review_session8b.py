"""Adversarial review of session 8's names round 9 and de/fr/es paraphrase rules.

Each case is a message a new rule could misread: a team after "questions from", a topic
after "zu", a meeting room named after a city, a town that shares a far city's name.
Invented people and companies under ``.example``.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Understanding, understand

from .messages import mail, sorted_names, start

USERS = {
    "us": ("alex.morgan@gmail.com", "Alex Morgan", "America/New_York", "mdy"),
    "uk": ("sam.taylor@outlook.com", "Sam Taylor", "Europe/London", "dmy"),
    "de": ("jonas.weber@web.de", "Jonas Weber", "Europe/Berlin", "dmy"),
    "fr": ("camille.martin@orange.fr", "Camille Martin", "Europe/Paris", "dmy"),
}
WHEN = "Your interview for the Data Analyst role is confirmed for Tuesday, March 17 at 10:00 AM ET."
SENDER = "Priya Shah <priya.shah@northwind.example>"


def _read(user: str, body: str, sender: str = SENDER, subject: str = "Interview") -> Understanding:
    """Understand one message sent to ``user``."""
    address, name, zone, order = USERS[user]
    raw = mail(
        sender=sender,
        to=f"{name} <{address}>",
        subject=subject,
        date="Mon, 09 Mar 2026 09:00:00 -0400",
        body=body,
    )
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


@pytest.mark.parametrize(
    "line",
    [
        "Expect questions from Customer Success and Product.",
        pytest.param(
            "Expect questions from Product and Design.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'Design' alone reads as a person; as a team word it would end an "
                "agenda row's session ('System Design - Jane Roe')",
            ),
        ),
    ],
)
def test_questions_from_teams_name_nobody(line: str) -> None:
    """Teams after 'questions from' are no interviewers; the person introduced stays."""
    body = f"{WHEN}\n\nYou will meet Dana Kim. {line}\n\nBest,\nPriya Shah\nRecruiter"
    assert sorted_names(_read("us", body)) == ["Dana Kim"]


def test_walk_teams_through_names_nobody() -> None:
    """'walk Customer Success and Product through' names no person."""
    body = (
        f"{WHEN}\n\nPlease be ready to walk Customer Success and Product through your "
        "portfolio.\n\nBest,\nPriya Shah\nRecruiter"
    )
    assert sorted_names(_read("us", body)) == []


def test_round_two_with_a_team_names_nobody() -> None:
    """'Round two is with Customer Success.' names a team, not a person."""
    body = f"{WHEN}\n\nRound two is with Customer Success.\n\nBest,\nPriya Shah\nRecruiter"
    assert sorted_names(_read("us", body)) == []


def test_zu_after_a_full_name_is_a_topic() -> None:
    """'mit Tim Berg zu Gehalt' ends the name at 'zu' (a topic, not 'Tim Berg zu Gehalt')."""
    body = (
        "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch ist am Dienstag, 17. März um 10:00 Uhr. "
        "Sie sprechen mit Tim Berg zu Ihrem Gehaltswunsch.\n\nViele Grüße\nLena Vogel"
    )
    assert sorted_names(_read("de", body, "Lena Vogel <lena.vogel@firma.example>")) == ["Tim Berg"]


def test_zu_between_given_and_family_name_stays() -> None:
    """'Frau Anneliese zu Salm' keeps its particle."""
    body = (
        "Hallo Herr Weber,\n\nIhr Vorstellungsgespräch ist am Dienstag, 17. März um 10:00 Uhr. "
        "Sie sprechen mit Frau Anneliese zu Salm.\n\nViele Grüße\nLena Vogel"
    )
    assert sorted_names(_read("de", body, "Lena Vogel <lena.vogel@firma.example>")) == [
        "Anneliese zu Salm"
    ]


NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    "where",
    [
        "Tokyo (3rd floor meeting room)",
        "Sydney, our big conference room on floor 12",
        "Singapore - the room by the kitchen",
        "Tokyo on the 4th floor of our Hudson St office",
        "Dubai, 5th floor",
        "Tokyo meeting room",
    ],
)
def test_room_named_after_a_city_keeps_the_office_clock(where: str) -> None:
    """A meeting room named after a city ('2pm in Tokyo (3rd floor)') gives no clock."""
    body = (
        "Hi Alex,\n\nYour interview with Dana Kim for the Data Analyst role is on Tuesday, "
        f"March 17 at 2pm in {where}.\n\nPriya Shah\nRecruiter, Northwind (New York office)"
    )
    assert start(_read("us", body)) == dt.datetime(2026, 3, 17, 14, 0, tzinfo=NY)


def test_french_room_named_after_a_city() -> None:
    """'à 14h à Tokyo (salle du 3e étage ...)' is a room in Paris, on Paris time."""
    body = (
        "Bonjour Camille,\n\nVotre entretien avec Marc Dubois est confirmé le mardi 17 mars à "
        "14h à Tokyo (salle du 3e étage de notre siège parisien).\n\nJulie Petit"
    )
    u = _read("fr", body, "Julie Petit <julie.petit@societe.example>", "Entretien")
    assert start(u) == dt.datetime(2026, 3, 17, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.mark.xfail(
    strict=True,
    reason="a town sharing a far city's name (Perth, Scotland) is read as that city's clock; "
    "the user's own country's towns are not known to the place rule",
)
def test_perth_scotland_for_a_uk_user() -> None:
    """'2pm in Perth, at our office on Kinnoull Street' to a UK user is UK time."""
    body = (
        "Hi Sam,\n\nYour interview with Callum Ross is on Tuesday 17 March at 2pm in Perth, "
        "at our office on Kinnoull Street.\n\nFiona Reid\nHR"
    )
    u = _read("uk", body, "Fiona Reid <fiona.reid@firm.example>")
    assert start(u) == dt.datetime(2026, 3, 17, 14, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.xfail(
    strict=True,
    reason="a recruiter's 'Dana and I would like to continue the conversation' lists the "
    "recruiter and Dana although the next meeting is with someone else",
)
def test_recruiter_and_colleague_continue_but_someone_else_interviews() -> None:
    """Only the person the candidate will meet is an interviewer."""
    body = (
        f"{WHEN}\n\nDana and I would like to continue the conversation. You will meet Omar "
        "Haddad.\n\nBest,\nPriya Shah\nTalent Acquisition"
    )
    assert sorted_names(_read("us", body)) == ["Omar Haddad"]
