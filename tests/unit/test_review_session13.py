"""Review of the interview folder and company-mail replies (session 13)."""

from __future__ import annotations

import datetime as dt
import functools
from email.message import EmailMessage

import pytest

from daemon import pipeline
from daemon.clock import FixedClock
from daemon.config import WatchSettings
from daemon.mailbox import FetchedMessage
from daemon.store import Store
from daemon.understand import Context, load_lexicon, understand

ME = "jordan.lee@example.net"
CTX = Context(
    user_addresses=frozenset({ME}),
    user_name="Jordan Lee",
    timezone="Europe/Paris",
    date_order="dmy",
)
LEX = load_lexicon()
T0 = dt.datetime(2026, 3, 9, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2026, 3, 13, 12, tzinfo=dt.UTC)
CAMILLE = "Camille Martin <camille.martin@lumenworks.example>"


def policy(own: str = ME) -> pipeline.CasePolicy:
    return pipeline.CasePolicy(
        own_addresses=frozenset({own}),
        excluded_domains=LEX.freemail_domains | LEX.ats_domains | LEX.scheduling_domains,
        relay_domains=LEX.ats_domains,
        lexicon=LEX,
    )


def mail(subject: str, body: str, sender: str, date: str, mid: str, to: str = ME) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = mid
    msg.set_content(body)
    return msg.as_bytes()


def invite(sender: str = CAMILLE, to: str = ME, company: str = "Lumenworks") -> bytes:
    return mail(
        "Interview",
        f"Hi Jordan,\n\nThanks for applying to {company}. I'd like to invite you to an "
        "interview on Thursday 12 March 2026 at 14:00 at our office, 5 rue des Arts, Lyon."
        f"\n\nBest,\nCamille Martin\nHead of Design, {company}",
        sender,
        "Mon, 09 Mar 2026 10:00:00 +0100",
        "<inv-1@lumenworks.example>",
        to,
    )


class Feed:
    """The pipeline over an in-memory store, one message per batch."""

    def __init__(self, own: str = ME) -> None:
        self.store = Store.memory()
        self.uid = 0
        self.policy = policy(own)
        self.ctx = Context(
            user_addresses=frozenset({own}),
            user_name="Jordan Lee",
            timezone="Europe/Paris",
            date_order="dmy",
        )

    def __call__(self, raw: bytes, now: dt.datetime, *, filed: bool = False) -> None:
        self.uid += 1
        analyser = functools.partial(understand, ctx=self.ctx, filed_as_interview=filed)
        item = pipeline.analyse(FetchedMessage(self.uid, raw, len(raw), (), False), analyser)
        pipeline.apply(
            self.store,
            FixedClock(now),
            account="a",
            folder="Interviews" if filed else "INBOX",
            uidvalidity=1,
            items=[item],
            highest_uid=self.uid,
            max_attempts=3,
            policy=self.policy,
            filed_folder=filed,
        )

    def cases(self) -> list[tuple[int, str]]:
        rows = self.store._db.execute("SELECT id, stage FROM cases ORDER BY id")
        return [(int(r[0]), str(r[1])) for r in rows]


REJECTION = mail(
    "Your application",
    "Hi Jordan,\n\nThank you for your interest in Lumenworks. Unfortunately we have decided "
    "not to move forward with your application.\n\nBest,\nCamille Martin",
    CAMILLE,
    "Tue, 10 Mar 2026 10:00:00 +0100",
    "<rej-1@lumenworks.example>",
)


def test_filed_copy_of_an_invite_after_the_rejection_opens_no_new_case() -> None:
    """Filing the invite the inbox already read never reopens the process after an outcome."""
    feed = Feed()
    feed(invite(), T0)
    feed(REJECTION, T0 + dt.timedelta(days=1))
    assert feed.cases() == [(1, "rejected")]
    feed(invite(), T0 + dt.timedelta(days=1), filed=True)
    assert feed.cases() == [(1, "rejected")]


def test_filed_copy_of_a_cancelled_interview_does_not_bring_the_round_back() -> None:
    """Filing an invite whose round was since cancelled adds no live round to the case."""
    feed = Feed()
    feed(invite(), T0)
    cancel = mail(
        "Interview cancelled",
        "Hi Jordan,\n\nI'm sorry, we have to cancel Thursday's interview (12 March at 14:00). "
        "I will be in touch about a new date.\n\nCamille Martin\nLumenworks",
        CAMILLE,
        "Tue, 10 Mar 2026 10:00:00 +0100",
        "<cancel-1@lumenworks.example>",
    )
    feed(cancel, T0 + dt.timedelta(days=1))
    feed(invite(), T0 + dt.timedelta(days=1), filed=True)
    live = feed.store._db.execute("SELECT COUNT(*) FROM rounds WHERE cancelled = 0")
    assert live.fetchone()[0] == 0
    assert all(stage != "scheduled" for _id, stage in feed.cases())


def test_a_colleague_at_the_users_own_domain_is_no_answer() -> None:
    """Internal interview: a colleague's unrelated mail never ends the chase by domain."""
    me = "jordan.lee@lumenworks.example"
    feed = Feed(own=me)
    feed(invite(to=me), T0)
    assert feed.cases() == [(1, "scheduled")]
    lunch = mail(
        "Lunch?",
        "Hi Jordan,\n\nAre you free for lunch on Friday? The new place on the corner.\n\nBob",
        "Bob Stone <bob.stone@lumenworks.example>",
        "Fri, 13 Mar 2026 09:00:00 +0100",
        "<lunch-1@lumenworks.example>",
        me,
    )
    feed(lunch, AFTER)
    assert feed.store.cases.get(1).last_reply_at is None
    assert feed.cases() == [(1, "scheduled")]


def test_an_order_notice_from_the_company_domain_is_no_answer() -> None:
    """A shop notice from the company's domain (no list headers) does not end the chase."""
    feed = Feed()
    feed(invite(), T0)
    order = mail(
        "Your order has shipped",
        "Hello Jordan,\n\nYour order #12345 has shipped and will arrive Monday.\n\n"
        "Track it here: https://lumenworks.example/track/12345\n\nLumenworks Shop",
        "Lumenworks Shop <orders@lumenworks.example>",
        "Fri, 13 Mar 2026 09:00:00 +0100",
        "<order-1@lumenworks.example>",
    )
    feed(order, AFTER)
    assert feed.store.cases.get(1).last_reply_at is None


def test_a_real_answer_from_the_interviewer_still_ends_the_chase() -> None:
    """Control: Camille's fresh mail after the interview (no thread headers) is an answer."""
    feed = Feed()
    feed(invite(), T0)
    answer = mail(
        "Next steps",
        "Hi Jordan,\n\nThanks again for coming in on Thursday. We are discussing it as a team "
        "and I will be in touch.\n\nCamille",
        CAMILLE,
        "Fri, 13 Mar 2026 09:00:00 +0100",
        "<next-1@lumenworks.example>",
    )
    feed(answer, AFTER)
    assert feed.cases() == [(1, "replied")]


def test_interview_folder_cannot_be_the_sent_or_drafts_folder() -> None:
    """Everything in the interview folder is read as an interview: not the user's own mail."""
    with pytest.raises(ValueError, match="interview_folder"):
        WatchSettings(interview_folder="Sent", sent_folder="Sent")
    with pytest.raises(ValueError, match="interview_folder"):
        WatchSettings(interview_folder="Drafts", drafts_folder="Drafts")


def test_an_old_interview_filed_late_into_an_open_case_gets_no_thank_you() -> None:
    """A weeks-old screening call filed into an open case is history, not a thank-you due."""
    from zoneinfo import ZoneInfo

    from daemon.planner import THANK_YOU, Create, PlanSettings, plan
    from daemon.timing import BusinessCalendar, SendRule

    feed = Feed()
    feed(invite(), T0)
    screening = mail(
        "Tuesday",
        "Hi Jordan,\n\nLovely to hear back from you. Let's meet Tuesday 10 March at 10:00 at "
        "our studio, 5 rue des Arts, Lyon. Ask for me at the desk.\n\nCamille\nLumenworks",
        CAMILLE,
        "Mon, 09 Mar 2026 13:30:00 +0100",
        "<call-1@lumenworks.example>",
    )
    late = dt.datetime(2026, 3, 30, 12, tzinfo=dt.UTC)
    feed(screening, late, filed=True)
    case = feed.store.cases.get(1)
    old = [r for r in case.rounds if r.start.date() == dt.date(2026, 3, 10)]
    settings = PlanSettings(
        notes_delay=dt.timedelta(hours=1),
        rule=SendRule(),
        calendar=BusinessCalendar(),
        user_zone=ZoneInfo("Europe/Paris"),
    )
    assert old and old[0].interviewers, "the filed round is read, with Camille"
    thanks = [
        c
        for c in plan(case, [], settings, late)
        if isinstance(c, Create) and c.kind == THANK_YOU and c.round_id == old[0].id
    ]
    assert thanks == []
