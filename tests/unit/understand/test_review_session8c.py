"""Adversarial calendar invitations against the session's calendar rules (review 8c).

The organiser listed beside a guest, the "<user> <> <company> | <role>" title, the change note in
a title and Outlook's bare display-name zones, each tried on invitations that are no interview or
whose organiser only arranges.  Invented people and companies under .example names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Kind, understand

from . import test_blind_paraphrases_3 as t3
from .messages import sorted_names

_ORG_GUEST = t3._BY_ID["tech-round-z"]
_ROLE_PART = t3._BY_ID["diamond-org"]
_OPT = "OPT-PARTICIPANT"


@pytest.mark.parametrize(
    "description",
    [
        pytest.param(
            "Kaveh Amini and Shirin Mohajer - set up by Kaveh Amini for the hiring team.",
            id="set-up-by",
        ),
        pytest.param("Shirin Mohajer and Kaveh Amini (on behalf of Shirin).", id="on-behalf"),
        pytest.param(
            "Shirin Mohajer and Kaveh Amini\nSent for Shirin Mohajer by her assistant.",
            id="sent-for",
        ),
        pytest.param("Shirin Mohajer (Head of Data) and Kaveh Amini (EA to Shirin)", id="ea-to"),
    ],
)
def test_listed_organiser_who_arranges_is_no_interviewer(description: str) -> None:
    """An organiser listed beside a guest but said to arrange for them is not an interviewer."""
    c = t3._near(_ORG_GUEST, description=description)
    assert sorted_names(understand(t3._raw(c), c.user)) == ["Shirin Mohajer"]


@pytest.mark.parametrize(
    ("organizer", "description"),
    [
        pytest.param(
            ("Room 4.12 Berlin", "mailto:room412@zagrosdata.example"),
            "Room 4.12 Berlin and Shirin Mohajer",
            id="room",
        ),
        pytest.param(
            ("Talent Team", "mailto:talent@zagrosdata.example"),
            "Talent Team and Shirin Mohajer",
            id="team-mailbox",
        ),
    ],
)
def test_listed_room_or_mailbox_organiser_is_no_interviewer(
    organizer: tuple[str, str], description: str
) -> None:
    """A room or team mailbox organising, listed beside a guest, is not an interviewer."""
    c = t3._near(_ORG_GUEST, organizer=organizer, description=description)
    assert sorted_names(understand(t3._raw(c), c.user)) == ["Shirin Mohajer"]


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        pytest.param(
            "Rin Oda x Saffron Quay (Customer Success Manager)",
            "Quarterly check-in on your subscription.",
            id="csm-check-in",
        ),
        pytest.param(
            "Rin Oda <> Saffron Quay | Procurement Lead",
            "Supplier onboarding: our Procurement Lead will walk through the vendor portal.",
            id="our-role",
        ),
        pytest.param("Rin Oda <> Saffron Quay | Solutions Engineer", "Product demo.", id="se-demo"),
        pytest.param(
            "Rin Oda <> Saffron Quay | Account Executive",
            "Intro call with our Account Executive about licensing.",
            id="account-executive",
        ),
    ],
)
def test_vendor_role_part_is_no_interview(summary: str, description: str) -> None:
    """A user x company title naming a vendor's customer-facing job is no interview."""
    c = t3._near(_ROLE_PART, summary=summary, subject=summary, description=description)
    assert understand(t3._raw(c), c.user).kind is not Kind.INTERVIEW


def test_change_note_on_a_service_visit_is_no_interview() -> None:
    """A service visit titled '<user> - <trade> (rescheduled)' is no interview."""
    s = "Rin Oda - Service Technician (rescheduled)"
    c = t3._near(_ORG_GUEST, summary=s, subject=s, description="Boiler service visit.")
    assert understand(t3._raw(c), c.user).kind is not Kind.INTERVIEW


def test_optional_attendee_is_no_interviewer() -> None:
    """An optional attendee the description calls optional is not an interviewer."""
    c = t3._near(
        _ORG_GUEST,
        attendees=(
            ("Shirin Mohajer", "mailto:shirin.mohajer@zagrosdata.example", "REQ-PARTICIPANT"),
            ("Lena Brandt", "mailto:lena.brandt@zagrosdata.example", _OPT),
            t3.R_,
        ),
        description="Shirin Mohajer and Kaveh Amini. Lena Brandt optional.",
    )
    assert sorted_names(understand(t3._raw(c), c.user)) == ["Kaveh Amini", "Shirin Mohajer"]


@pytest.mark.parametrize(
    ("tzid", "rules", "utc"),
    [
        pytest.param(
            "(UTC-05:00) Eastern Time (US & Canada)",
            t3._US_RULES,
            dt.datetime(2026, 12, 11, 13, 30, tzinfo=dt.UTC),
            id="eastern",
        ),
        pytest.param(
            "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
            t3._IN_RULES,
            dt.datetime(2026, 12, 11, 3, 0, tzinfo=dt.UTC),
            id="india",
        ),
        pytest.param(
            "(UTC) Coordinated Universal Time",
            "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0000\n"
            "END:STANDARD",
            dt.datetime(2026, 12, 11, 8, 30, tzinfo=dt.UTC),
            id="utc",
        ),
    ],
)
def test_bare_outlook_zone_names_give_the_start(
    tzid: str, rules: str, utc: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unquoted Outlook display-name TZID with its VTIMEZONE gives the right start."""
    monkeypatch.setitem(t3.ZONES, "bare", (tzid, rules, 0))
    c = t3._near(_ORG_GUEST, zone="bare", local="20261211T083000")
    u = understand(t3._raw(c), c.user)
    assert u.interview is not None and u.interview.start == utc


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        pytest.param("Rin Oda - Technicien fibre", "Installation de la box.", id="fr-technician"),
        pytest.param("Rin Oda - Asesora financiera", "Cita en la sucursal.", id="es-bank-adviser"),
        pytest.param("Rin Oda - Account Manager onsite", "Quarterly review.", id="staged-vendor"),
    ],
)
def test_user_and_trade_title_is_no_interview(summary: str, description: str) -> None:
    """A '<user> - <trade or adviser>' appointment with no hiring sign is no interview."""
    c = t3._near(_ORG_GUEST, summary=summary, subject=summary, description=description)
    assert understand(t3._raw(c), c.user).kind is not Kind.INTERVIEW
