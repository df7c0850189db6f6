"""Review findings B of session 4: a footer does not outrank the user's own matter, a bare
hour "in the morning" is a morning, and a flat-share viewing or a volunteering chat is no
job interview. Every message was written for these tests (invented people under .example
names); each finding has a neighbour that must keep its reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

FOOTER = (
    "\n\n--\nYou get this email because you made an account on our jobs portal.\n"
    "Unsubscribe | Email settings\n"
)
CAREERS = "Larchfield Careers <careers@larchfield.example>"


@pytest.fixture
def ctx() -> Context:
    """A user in London who writes dates day first."""
    return Context(
        user_addresses=frozenset({"alex.morgan@gmail.com"}),
        user_name="Alex Morgan",
        timezone="Europe/London",
        date_order="dmy",
    )


def test_confirmed_interview_with_a_webinar_tip_under_a_footer(ctx: Context) -> None:
    """A confirmed interview that also points to a webinar is an interview, not bulk."""
    body = (
        "Dear Alex,\n\nYour interview for the Payroll Officer role is confirmed for "
        "Wednesday 11 March at 3pm with Ruth Okafor.\nBefore then, you could watch the "
        "latest webinar from our people team.\n\nLarchfield Recruitment"
    )
    u = understand(mail(sender=CAREERS, subject="Interview booked", body=body + FOOTER), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons


def test_offer_to_read_after_logging_in_under_a_footer(ctx: Context) -> None:
    """An offer that says "log in to see your offer letter" is still an offer."""
    body = (
        "Dear Alex,\n\nGood news: we are pleased to offer you the role of Payroll Officer. "
        "Log in to view your offer letter and the next steps.\n\nLarchfield Recruitment"
    )
    u = understand(mail(sender=CAREERS, subject="Your offer", body=body + FOOTER), ctx)
    assert u.kind is Kind.OFFER, u.reasons


def test_rejection_with_a_newsletter_plug_under_a_footer(ctx: Context) -> None:
    """A rejection that invites the user to a careers newsletter is still a rejection."""
    body = (
        "Dear Alex,\n\nThank you for your time. We regret to inform you that we have chosen "
        "to proceed with other candidates. Our careers newsletter lists new roles each month."
        "\n\nLarchfield Recruitment"
    )
    u = understand(mail(sender=CAREERS, subject="Your application", body=body + FOOTER), ctx)
    assert u.kind is Kind.REJECTION, u.reasons


def test_status_notice_with_log_in_stays_bulk(ctx: Context) -> None:
    """Trap: "your application has been updated, log in to see it" confirms no interview."""
    body = (
        "Hi Alex,\n\nYour application for the Payroll Officer role has been updated. Log in "
        "to see the change on your dashboard.\n\nLarchfield Careers"
    )
    u = understand(mail(sender=CAREERS, subject="Application update", body=body + FOOTER), ctx)
    assert u.kind is Kind.BULK, u.reasons


def test_webinar_about_interviews_stays_bulk(ctx: Context) -> None:
    """Trap: a webinar promotion naming interviews and a time is no interview of the user's."""
    body = (
        "Hi Alex,\n\nOur recruiters go live on Thursday 12 March at 1pm to explain how "
        "interviews at Larchfield work. Save your seat today.\n\nLarchfield Events"
    )
    u = understand(mail(sender=CAREERS, subject="Live next week", body=body + FOOTER), ctx)
    assert u.kind is Kind.BULK, u.reasons


def _start(ctx: Context, sentence: str) -> dt.datetime:
    """The start of an interview confirmed in ``sentence``."""
    body = f"Hi Alex,\n\n{sentence}\n\nOmar Haddad\nTalent Partner"
    sender = "Omar Haddad <omar@pinewick.example>"
    u = understand(mail(sender=sender, subject="Interview confirmed", body=body), ctx)
    assert u.kind is Kind.INTERVIEW and u.interview is not None, u.reasons
    return u.interview.start


def test_bare_hour_in_the_morning_is_a_morning(ctx: Context) -> None:
    """ "Friday at 5 in the morning" is 05:00, not 17:00."""
    start = _start(ctx, "Your interview is confirmed for Friday at 5 in the morning, at the depot.")
    assert (start.hour, start.minute) == (5, 0)


def test_bare_hour_without_a_marker_stays_afternoon(ctx: Context) -> None:
    """Neighbour: "Friday at 5 in the meeting room" is still 17:00."""
    start = _start(ctx, "Your interview is confirmed for Friday at 5 in the meeting room.")
    assert (start.hour, start.minute) == (17, 0)


def _kind(ctx: Context, sender: str, subject: str, body: str) -> Kind:
    """The kind the classifier gives a plain message."""
    return understand(mail(sender=sender, subject=subject, body=body), ctx).kind


def test_flat_share_viewing_is_no_interview(ctx: Context) -> None:
    """ "Your application for the room ... meet every candidate" is a flat-share viewing."""
    body = (
        "Hi Alex,\n\nThanks for your application for the double room. Pop over and meet us "
        "on Sunday at 2pm - we'd like a quick chat with every candidate.\n\nIsla"
    )
    assert _kind(ctx, "Isla Grant <isla.grant@gmail.com>", "Room in Leyton", body) is Kind.OTHER


def test_small_employer_meeting_every_candidate_stays_interview(ctx: Context) -> None:
    """Neighbour: the same words about a barista role are a job interview."""
    body = (
        "Hi Alex,\n\nThanks for your application for the barista role. Pop over and meet us "
        "on Sunday at 2pm - we'd like a quick chat with every candidate.\n\nIsla"
    )
    sender = "Isla Grant <isla@copperkettle.example>"
    assert _kind(ctx, sender, "Barista role", body) is Kind.INTERVIEW


def test_volunteering_coffee_is_no_interview(ctx: Context) -> None:
    """An informal coffee about volunteering roles is no job interview."""
    body = (
        "Hi Alex,\n\nThank you for applying to volunteer with us! We'd love an informal "
        "coffee with you on Thursday at 11am at the hall to talk about the roles we have."
        "\n\nGrace"
    )
    sender = "Grace Obi <grace@meadowfoodbank.example>"
    assert _kind(ctx, sender, "Volunteering", body) is Kind.OTHER


def test_paid_post_at_a_charity_stays_interview(ctx: Context) -> None:
    """Neighbour: a salaried post running the volunteers is a job interview."""
    body = (
        "Hi Alex,\n\nThank you for applying for our Volunteer Manager post (salary £27,500). "
        "Your interview is confirmed for Thursday at 11am at the hall.\n\nGrace"
    )
    sender = "Grace Obi <grace@meadowfoodbank.example>"
    assert _kind(ctx, sender, "Volunteer Manager", body) is Kind.INTERVIEW
