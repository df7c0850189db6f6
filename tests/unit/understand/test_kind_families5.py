"""Kind families: interviewer training sent as invitations, acknowledgements promising a
later interview, texting assistants' "reply C to cancel", calendar titles naming a stage,
one-line refusals under a sentence-case role, and offers waiting in a candidate portal.

Every message was written for these tests (invented people and companies under .example
names). Each positive shape sits beside traps of the same shape.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, vevent_calendar

TEAMS = "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"


def _invite(summary: str, description: str, sender: str) -> bytes:
    return mail(
        sender=sender,
        subject=summary,
        body=f"When: Tuesday, March 10, 2026 2:00 PM-3:00 PM\n\n{description}\n\n{TEAMS}",
        ics=vevent_calendar(
            summary=summary,
            start="20260310T190000Z",
            end="20260310T200000Z",
            organizer="mailto:" + sender.split("<")[1].rstrip(">"),
            organizer_cn=sender.split("<", maxsplit=1)[0].strip(),
            description=description,
        ),
    )


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        ("Interviewer training: structured interviews", "Required for all new interviewers."),
        (
            "Hiring panel calibration",
            "Calibration session for everyone who sits on interview panels this quarter.",
        ),
        ("Workshop: how to run a structured interview", "Bring a recent scorecard."),
        ("Shadow two interviews before joining the loop", "Backend loop onboarding."),
        ("Hiring committee review - Platform team", "We review this week's interview packets."),
    ],
)
def test_interviewer_training_invitations_are_not_interviews(
    ctx: Context, summary: str, description: str
) -> None:
    """Training or committee meetings for the user as an interviewer are not their interview."""
    raw = _invite(summary, description, "People Team <people@brightfern.example>")
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_real_invitation_naming_the_interviewers_stays_an_interview(ctx: Context) -> None:
    """A candidate's invitation that mentions "your interviewers" is still an interview."""
    raw = _invite(
        "Interview: Alex Morgan - Data Analyst",
        "Your interviewers will be Rhea Olsen and Tomas Vik. We look forward to meeting you.",
        "Nadia Prins <nadia.prins@quillmarsh.example>",
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        (
            "Interviewer-Schulung: strukturierte Auswahlgespräche führen",
            "Pflicht für Führungskräfte.",
        ),
        ("Formation des recruteurs : mener un entretien structuré", "Atelier de deux heures."),
        ("Taller para entrevistadores", "Cómo realizar entrevistas por competencias."),
    ],
)
def test_interviewer_training_in_other_languages(
    ctx: Context, summary: str, description: str
) -> None:
    """German, French and Spanish interviewer training is not the user's interview."""
    raw = _invite(summary, description, "HR <hr@kestrelbau.example>")
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_acknowledgement_promising_to_schedule_later_is_not_a_request(ctx: Context) -> None:
    """ "We will review and, if suitable, contact you to schedule" asks for no time yet."""
    raw = mail(
        sender="Fernbrook Labs <noreply@apply.fernbrook.example>",
        subject="Thanks for applying to Fernbrook Labs",
        body=(
            "Hi Alex,\n\nThank you for applying for the Data Analyst position. We will read "
            "your application and, if there is a match, contact you to arrange an interview.\n"
        ),
    )
    assert understand(raw, ctx).kind is Kind.OTHER


def test_request_to_pick_a_time_still_a_request(ctx: Context) -> None:
    """A recruiter asking for times now remains a scheduling request."""
    raw = mail(
        sender="Ivo Brandt <ivo.brandt@fernbrook.example>",
        subject="Interview - Data Analyst",
        body=(
            "Hi Alex,\n\nWe'd like to invite you to an interview for the Data Analyst role. "
            "Could you let me know which times work for you next week?\n\nIvo, Recruiter\n"
        ),
    )
    assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST


def test_texting_assistant_confirmation_with_reply_keywords(ctx: Context) -> None:
    """ "Reply R to reschedule or C to cancel" in a confirmation cancels nothing."""
    raw = mail(
        sender="Sage at Pinecrest Outfitters <sage@assist.example>",
        subject="Your interview is confirmed!",
        body=(
            "Hi Alex! You're confirmed for an in-person interview:\n"
            "Thu Mar 12 at 10:30 AM\nPinecrest Outfitters, 12 Elm St\n"
            "You'll meet: Dana Kirby, Store Manager\n\nReply R to reschedule or C to cancel.\n"
        ),
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW


def test_real_cancellation_still_cancels(ctx: Context) -> None:
    """A recruiter calling off the interview is still a cancellation."""
    raw = mail(
        sender="Dana Kirby <dana.kirby@pinecrest.example>",
        subject="Interview on Thursday",
        body=(
            "Hi Alex,\n\nI'm sorry, we have to cancel your interview on Thursday, March 12 "
            "at 10:30 AM. I'll be in touch.\n\nDana\n"
        ),
    )
    assert understand(raw, ctx).kind is Kind.INTERVIEW_CANCELLED


def _titled(summary: str) -> bytes:
    return mail(
        sender="Omar Reyes <omar.reyes@tallowbay.example>",
        subject=f"Updated invitation: {summary}",
        body="This event has been updated\n\nJoin with Google Meet\n",
        ics=vevent_calendar(
            summary=summary,
            start="20260310T190000Z",
            end="20260310T200000Z",
            organizer="mailto:omar.reyes@tallowbay.example",
            organizer_cn="Omar Reyes",
            attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        ),
    )


def test_calendar_title_with_candidate_role_and_stage(ctx: Context) -> None:
    """ "Alex Morgan - Product Designer - Portfolio review" is the user's interview."""
    assert understand(_titled("Alex Morgan - Product Designer - Portfolio review"), ctx).kind is (
        Kind.INTERVIEW
    )


def test_calendar_title_stage_without_role_is_not_interview(ctx: Context) -> None:
    """A bank's "Alex Morgan - portfolio review" names no job: not an interview."""
    assert understand(_titled("Alex Morgan - portfolio review"), ctx).kind is not Kind.INTERVIEW


def test_one_line_no_under_sentence_case_role(ctx: Context) -> None:
    """ "we're not moving forward." under "Re: Backend engineer" is a rejection."""
    raw = mail(
        sender="Kai Lund <kai.lund@orbweave.example>",
        subject="Re: Backend engineer",
        body="Hi Alex - we're not moving forward. Thanks for your time.\n\nKai\n",
        headers={"In-Reply-To": "<x1@gmail.com>"},
    )
    assert understand(raw, ctx).kind is Kind.REJECTION


def test_project_not_moving_forward_is_not_rejection(ctx: Context) -> None:
    """ "We're not moving forward until the budget lands" about a project rejects nobody."""
    raw = mail(
        sender="Kai Lund <kai.lund@orbweave.example>",
        subject="Re: Kitchen renovation",
        body="Hi Alex - we're not moving forward until the budget lands. Talk soon.\n\nKai\n",
        headers={"In-Reply-To": "<x1@gmail.com>"},
    )
    assert understand(raw, ctx).kind is Kind.OTHER


def test_french_portal_offer(ctx: Context) -> None:
    """ "Une offre d'emploi ... vous attend dans votre espace candidat" is an offer."""
    raw = mail(
        sender="Carrières Boréal <carrieres@boreal-energie.example>",
        subject="Votre offre d'emploi est disponible",
        body=(
            "Bonjour Alex,\n\nFélicitations! Une offre d'emploi pour le poste d'analyste "
            "vous attend dans votre espace candidat. Signez-la d'ici le 20 mars.\n"
            "L'équipe Acquisition de talents\n"
        ),
    )
    assert understand(raw, ctx).kind is Kind.OFFER


def test_french_job_alert_is_not_offer(ctx: Context) -> None:
    """A job board's "nouvelles offres d'emploi" alert is not an offer to the user."""
    raw = mail(
        sender="Alertes Emploi <alertes@jobs-nord.example>",
        subject="12 nouvelles offres d'emploi pour vous",
        body="Bonjour,\n\nDe nouvelles offres d'emploi correspondent à votre recherche.\n",
    )
    assert understand(raw, ctx).kind is not Kind.OFFER
