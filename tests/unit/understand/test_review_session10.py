"""Adversarial review of session 10's classifier rounds (k13, n13).

Every message was written for these tests (invented people and companies under .example
names). Each fault sits beside near misses that must keep the reading the rounds gave them:

- a person answering the user while travelling ("I'm travelling with no reception, I'll get
  back to you when I'm back"), greeting them by name or over their quoted mail, is a reply
  (it stops the chase), not an automatic one;
- an interview "put on hold" that is another candidate's, a team's own meeting, or one said
  to go ahead after all, cancels nothing;
- "you're confirmed" over the user's quoted pick that they then withdrew, or "all set for
  the background check" over a pick, books nothing;
- "I've gone ahead and held a room" books no interview time;
- a role read from a sentence ("The next step is a 45-minute interview with ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, start

NOOR = "Noor Haddad <noor.haddad@fellmoor.example>"
THREAD = {"In-Reply-To": "<f1.77@mail.gmail.com>", "References": "<f1.77@mail.gmail.com>"}
USER_QUOTE = (
    "\n\nOn Mon, Mar 2, 2026 at 9:15 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Noor, just checking in on the Data Analyst role after last week's interview.\n"
    "> Best, Alex\n"
)


# --- A person away, answering the user ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nThanks for checking in! I'm travelling this week with no reception most "
        "of the time, I'll get back to you when I'm back.\n\nNoor",
        "Hey Alex, sorry for the slow reply. I'm off this week with limited reception but "
        "I'll be in touch when I'm back - the team is still reviewing.\n\nNoor",
        "Thanks for checking in - I'm on the road with patchy signal, I'll get back to you "
        "when I'm back.\n\nNoor" + USER_QUOTE,
        "Thanks! I'm at an offsite today with limited signal - I'll get back to you when "
        "I'm back tomorrow.\n\nSent from my iPhone",
        "Alex, thanks - I'm away at a conference this week. I will get back to you when I "
        "return on Monday with an update from the hiring manager.\n\nNoor" + USER_QUOTE,
    ],
)
def test_person_away_answering_the_user_is_a_reply(ctx: Context, body: str) -> None:
    """A person who greets or quotes the user, or writes from a phone, is no automatic reply."""
    raw = mail(sender=NOOR, subject="Re: Checking in", body=body, headers=THREAD)
    u = understand(raw, ctx)
    assert u.kind is not Kind.AUTO_REPLY, u.reasons
    assert not u.automated


@pytest.mark.parametrize(
    "body",
    [
        "I'm out of the office with limited signal until March 9. I'll respond when I'm "
        "back.\n\nNoor",
        "Hello! I'm travelling with no reception until March 9 and will get back to you as "
        "soon as I'm back.\n\nNoor",
        "Thank you for your email. I am currently out of the office until March 9.\n\nNoor",
    ],
)
def test_fixed_away_text_stays_an_auto_reply(ctx: Context, body: str) -> None:
    """Fixed away text that names and quotes no one stays an automatic reply."""
    raw = mail(sender=NOOR, subject="Re: Checking in", body=body, headers=THREAD)
    assert understand(raw, ctx).kind is Kind.AUTO_REPLY


def test_away_text_over_someone_elses_quote_stays_an_auto_reply(ctx: Context) -> None:
    """Away text over a quote credited to someone other than the user stays automatic."""
    body = (
        "I'm out of the office with no signal until March 9. I'll respond when I'm back.\n\n"
        "On Mon, Mar 2, 2026 at 9:15 AM Priya Shah <priya.shah@fellmoor.example> wrote:\n"
        "> Noor, can you send the panel notes?\n"
    )
    raw = mail(sender=NOOR, subject="Re: Panel notes", body=body, headers=THREAD)
    assert understand(raw, ctx).kind is Kind.AUTO_REPLY


# --- "On hold" that calls off no interview of the user's -----------------------------------

TALENT = "Talent <talent@harrowfield.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nI have to postpone the interview with the other finalist until further "
        "notice, so your final interview on Thursday, March 12 at 2pm is the only one that "
        "week.\n\nTalent team",
        "Hi Alex,\n\nOur team meeting on Thursday, March 12 has been put on hold, but your "
        "interview is confirmed for Friday, March 13 at 10am.\n\nTalent team",
        "Hi Alex,\n\nYour interview on Thursday, March 12 at 2pm was paused in our system "
        "for a moment, but it is back on and confirmed.\n\nTalent team",
    ],
)
def test_hold_on_something_else_cancels_nothing(ctx: Context, body: str) -> None:
    """Another candidate's interview, a team meeting, or a hold lifted cancels nothing."""
    raw = mail(sender=TALENT, subject="Your interview", body=body)
    assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED


def test_own_interview_on_hold_still_cancels(ctx: Context) -> None:
    """The user's own interview on hold until further notice is still the cancellation."""
    raw = mail(
        sender=TALENT,
        subject="Your interview",
        body="Hi Alex,\n\nI'm sorry, but your interview on Thursday, March 12 at 2pm has been "
        "put on hold until further notice while the team is restructured.\n\nTalent team",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert start(u).date() == dt.date(2026, 3, 12)


# --- "You're confirmed" over a pick the user withdrew ------------------------------------


def _thread(reply: str, user_line: str) -> bytes:
    """A coordinator's reply over the user's quoted line over the coordinator's two slots."""
    return mail(
        sender="Alondra Reyes <alondra.reyes@pinecrest.example>",
        subject="Re: Pinecrest - onsite interview",
        date="Fri, 06 Mar 2026 11:10:00 -0700",
        body=f"{reply}\n\nAlondra\n\n"
        "On Fri, Mar 6, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
        f"> Hi Alondra, {user_line}\n"
        "> On Thu, Mar 5, 2026 at 4:40 PM Alondra Reyes <alondra.reyes@pinecrest.example> "
        "wrote:\n>\n"
        "> > Hi Alex, the panel can do Thursday 3/12 at 1:30pm Mountain or Friday 3/13 at "
        "9am. Which works?\n",
    )


@pytest.mark.parametrize(
    "user_line",
    [
        "Thursday 3/12 at 1:30pm worked, but I've accepted another offer, so I'd like to withdraw.",
        "I was going to take Thursday 3/12 at 1:30pm, but I'd like to withdraw my "
        "application - I've signed another offer.",
    ],
)
def test_confirmation_of_a_withdrawal_books_nothing(ctx: Context, user_line: str) -> None:
    """ "That's confirmed" over the user withdrawing from the quoted slot books nothing."""
    reply = "Understood, that's confirmed - I'll let the panel know."
    assert understand(_thread(reply, user_line), ctx).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks Alex, that's all set on our side for the background check - I still need the "
        "panel to confirm your slot.",
        "Thanks! You're all set for the parking permit; Dana still has to confirm the time.",
    ],
)
def test_something_else_set_books_no_pick(ctx: Context, reply: str) -> None:
    """ "All set for the background check" over the user's pick books no slot."""
    user_line = "Thursday 3/12 at 1:30pm Mountain works for me."
    assert understand(_thread(reply, user_line), ctx).kind is not Kind.INTERVIEW


def test_confirmation_of_a_plain_pick_still_books(ctx: Context) -> None:
    """A plain quoted pick under "you're confirmed" still books that slot."""
    u = understand(
        _thread("Great - you're confirmed!", "Thursday 3/12 at 1:30pm Mountain works for me."), ctx
    )
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 12, 13, 30, tzinfo=start(u).tzinfo)


# --- "I've gone ahead and held" something other than the interview ------------------------

DANIELLE = "Danielle Osei <danielle.osei@brasswood.example>"


@pytest.mark.parametrize(
    "line",
    [
        "I've gone ahead and held a room on Tuesday, March 10 at 11am in case we need it - "
        "could you confirm whether Tuesday or Wednesday works better for your interview?",
        "I've gone ahead and booked a taxi for Tuesday, March 10 at 11am - does Tuesday or "
        "Wednesday work better for your interview?",
    ],
)
def test_room_or_taxi_held_books_no_interview(ctx: Context, line: str) -> None:
    """A room or a taxi held, with the interview day still asked, books no interview."""
    raw = mail(sender=DANIELLE, subject="Scheduling", body=f"Hi Alex,\n\n{line}\n\nDanielle")
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


def test_slot_held_for_the_user_still_books(ctx: Context) -> None:
    """ "I went ahead and booked it for you" still books the interview."""
    raw = mail(
        sender=DANIELLE,
        subject="Next step",
        body="Hi Alex,\n\nTheo is free for your interview on Tuesday, March 10 at 11am, so I "
        "went ahead and booked it for you.\n\nDanielle",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u).date() == dt.date(2026, 3, 10)


# --- A role read from a sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "The next step is a 45-minute interview with Theo Lindqvist.",
        "Next up is a 45-minute technical interview with Theo Lindqvist.",
        "The final round will be a panel interview with Theo Lindqvist.",
    ],
)
def test_role_is_never_a_sentence(ctx: Context, intro: str) -> None:
    """A sentence before "interview with" is no role."""
    raw = mail(
        sender=DANIELLE,
        subject="Next step",
        body=f"Hi Alex,\n\n{intro} I've booked Tuesday, March 10 at 11:00am ET for it.\n\n"
        "Danielle Osei\nTalent Acquisition, Brasswood",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert u.interview.role is None or " is " not in f" {u.interview.role} "
    assert u.interview.role is None or " be " not in f" {u.interview.role} "


def test_role_before_interview_with_is_still_read(ctx: Context) -> None:
    """ "Senior Data Analyst interview with Brasswood" still gives the role."""
    raw = mail(
        sender=DANIELLE,
        subject="Senior Data Analyst interview with Brasswood",
        body="Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 11:00am ET.\n\n"
        "Danielle Osei\nTalent Acquisition, Brasswood",
    )
    u = understand(raw, ctx)
    assert u.interview is not None
    assert u.interview.role == "Senior Data Analyst"


# --- "Ask for" someone who looks after the door ---------------------------------------------


def _ask_notice(line: str) -> bytes:
    """A hiring system's reminder of an on-site interview that names whom to ask for."""
    return mail(
        sender="Gullhaven Yard <noreply@hireflow.example>",
        subject="Interview reminder - Boat Rigger",
        body="Hello Alex,\n\nThis is a reminder of your interview on Thursday, March 12 at "
        f"1:00 PM at our Quay Street yard. {line}\n\nGullhaven Yard\n",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ask for Ingrid Solberg, the Front Desk Lead.",
        "Ask for Ingrid Solberg (Reception Supervisor) on arrival.",
        "Ask for Ingrid Solberg, our Security Supervisor, at the gate.",
        "Ask for Ingrid Solberg, our Office Manager, who will show you to the waiting room.",
        "Please ask for Ingrid Solberg, our Site Manager, who will sign you in.",
    ],
)
def test_ask_for_a_host_at_the_door_names_no_interviewer(ctx: Context, line: str) -> None:
    """A receptionist, guard or host who signs the user in is no interviewer."""
    u = understand(_ask_notice(line), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert "Ingrid Solberg" not in [p.name for p in u.interview.interviewers]


@pytest.mark.parametrize(
    "line",
    [
        "Ask for Ingrid Solberg, our Yard Manager.",
        "Please ask for Ingrid Solberg (Head Rigger) when you arrive.",
    ],
)
def test_ask_for_a_named_manager_still_names_the_interviewer(ctx: Context, line: str) -> None:
    """A named manager to ask for, with no door duty, is still the interviewer."""
    u = understand(_ask_notice(line), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    assert [p.name for p in u.interview.interviewers] == ["Ingrid Solberg"]


# --- Older rules the review ran into (not from these rounds) --------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="the older offer phrases 'your offer' and 'offer details' fire on the user's own "
    "offer to come in and on an offer still to be discussed on a call; narrowing them needs "
    "a recall check across every set",
)
@pytest.mark.parametrize(
    "body",
    [
        "Alex,\n\nJust to confirm in writing your offer to come in for a trial shift on "
        "Tuesday, March 10 at 2pm - that works for us.\n\nLorne",
        "Alex,\n\nI'd be happy to confirm our offer details on a quick call tomorrow at "
        "3pm if that suits.\n\nLorne",
    ],
)
def test_users_offer_or_offer_call_is_no_offer(ctx: Context, body: str) -> None:
    """The user's offer to come in, or an offer call still to come, is no offer."""
    raw = mail(
        sender="Lorne Beck <lorne.beck@quaymark.example>", subject="Warehouse Supervisor", body=body
    )
    assert understand(raw, ctx).kind is not Kind.OFFER


@pytest.mark.xfail(
    strict=True,
    reason="the older cancel wording reads any called-off meeting beside a dated interview "
    "as the interview's cancellation, even when the interview is said to go ahead",
)
def test_team_meeting_cancelled_beside_an_interview_still_on(ctx: Context) -> None:
    """A team meeting cancelled beside "your interview is still on" cancels no interview."""
    raw = mail(
        sender=TALENT,
        subject="Thursday",
        body="Hi Alex,\n\nOur team meeting on Thursday, March 12 has been cancelled, but your "
        "interview is still on for Friday, March 13 at 10am.\n\nTalent team",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED
