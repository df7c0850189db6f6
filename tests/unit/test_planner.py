"""The planner: which rows a case should have, and when."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daemon.cases import RELAY, Stage
from daemon.planner import (
    NO_ADDRESS,
    Cancel,
    Create,
    Move,
    PlanSettings,
    SentCopyStep,
    SetRecipient,
    plan,
    sent_copy_step,
)
from daemon.store import CaseRecord, OutboxRow, RoundRecord
from daemon.timing import BusinessCalendar, SendRule
from daemon.understand.model import Person

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
FRIDAY = dt.datetime(2026, 3, 6, 14, 0, tzinfo=dt.UTC)
SARAH = Person("Sarah Connor", "sarah@acme.example")
RAJ = Person("Raj Patel", None)
SETTINGS = PlanSettings(
    notes_delay=dt.timedelta(minutes=30),
    rule=SendRule.parse("next_business_day 09:30"),
    calendar=BusinessCalendar(country="GB", subdivision="ENG"),
    user_zone=LONDON,
)


def rnd(
    start: dt.datetime = FRIDAY,
    *,
    people: tuple[Person, ...] = (SARAH, RAJ),
    cancelled: bool = False,
) -> RoundRecord:
    return RoundRecord(
        id=7,
        case_id=1,
        start=start,
        end=start + dt.timedelta(hours=1),
        timezone="Europe/London",
        location=None,
        meeting_url=None,
        calendar_uid=None,
        sequence=0,
        cancelled=cancelled,
        interviewers=people,
    )


def case(*rounds: RoundRecord, stage: Stage = Stage.SCHEDULED) -> CaseRecord:
    return CaseRecord(
        id=1,
        account="a",
        company="Acme",
        role="Engineer",
        stage=stage,
        agency=False,
        recruiter=None,
        created_at=NOW,
        updated_at=NOW,
        stage_changed_at=NOW,
        rounds=rounds or (rnd(),),
    )


def row(
    row_id: int,
    kind: str,
    due: dt.datetime,
    *,
    to: Person | None = None,
    state: str = "planned",
    reason: str | None = None,
) -> OutboxRow:
    return OutboxRow(
        id=row_id,
        key=f"k{row_id}",
        account="a",
        case_id=1,
        round_id=7,
        kind=kind,
        recipient=to or Person(),
        state=state,
        reason=reason,
        due_at=due,  # type: ignore[arg-type]
        message_id=None,
        subject=None,
        body=None,
        raw=None,
        draft_key=None,
        attempts=0,
        first_attempt_at=None,
        last_error=None,
        created_at=NOW,
        updated_at=NOW,
        sent_at=None,
    )


def _keyed(r: OutboxRow, key: str) -> OutboxRow:
    import dataclasses

    return dataclasses.replace(r, key=key)


class TestNewRound:
    def test_prompt_and_one_thank_you_per_interviewer(self) -> None:
        """A round gets a notes prompt 30 min after its end and a thank-you per person."""
        changes = plan(case(), [], SETTINGS, NOW)
        creates = [c for c in changes if isinstance(c, Create) and c.kind != "call_check"]
        assert [c.kind for c in creates] == ["notes_prompt", "thank_you", "thank_you"]
        assert creates[0].due == FRIDAY + dt.timedelta(hours=1, minutes=30)

    def test_friday_interview_thanks_on_monday_0930_local(self) -> None:
        """Friday's thank-yous go out Monday 09:30 London time (weekend skipped)."""
        thanks = [
            c
            for c in plan(case(), [], SETTINGS, NOW)
            if isinstance(c, Create) and c.kind == "thank_you"
        ]
        assert {c.due for c in thanks} == {dt.datetime(2026, 3, 9, 9, 30, tzinfo=dt.UTC)}

    def test_interviewer_without_address_is_held(self) -> None:
        """No address: the row is created held, never guessed."""
        creates = [c for c in plan(case(), [], SETTINGS, NOW) if isinstance(c, Create)]
        raj = next(c for c in creates if c.recipient == RAJ)
        assert raj.held_reason == NO_ADDRESS
        sarah = next(c for c in creates if c.recipient == SARAH)
        assert sarah.held_reason is None

    def test_keys_are_stable(self) -> None:
        """Planning twice yields the same keys (idempotency)."""
        first = [c.key for c in plan(case(), [], SETTINGS, NOW) if isinstance(c, Create)]
        second = [c.key for c in plan(case(), [], SETTINGS, NOW) if isinstance(c, Create)]
        assert first == second
        assert len(set(first)) == 4  # prompt, two thank-yous, the silence check


class TestChanges:
    def existing(self) -> list[OutboxRow]:
        due = dt.datetime(2026, 3, 9, 9, 30, tzinfo=dt.UTC)
        check = row(4, "call_check", dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC))
        return [
            row(1, "notes_prompt", FRIDAY + dt.timedelta(hours=1, minutes=30)),
            row(2, "thank_you", due, to=SARAH),
            row(3, "thank_you", due, to=RAJ, state="held", reason=NO_ADDRESS),
            _keyed(check, "call_check:1:7:0"),
        ]

    def test_nothing_to_do_when_in_line(self) -> None:
        """Rows that match the case produce no changes."""
        assert plan(case(), self.existing(), SETTINGS, NOW) == []

    def test_reschedule_moves_rows(self) -> None:
        """A moved interview moves the prompt and the thank-yous."""
        tuesday = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)
        changes = plan(case(rnd(tuesday)), self.existing(), SETTINGS, NOW)
        moves = {c.row_id: c.due for c in changes if isinstance(c, Move)}
        assert moves[1] == tuesday + dt.timedelta(hours=1, minutes=30)
        assert moves[2] == dt.datetime(2026, 3, 11, 9, 30, tzinfo=dt.UTC)

    def test_address_supplied_releases_held_row(self) -> None:
        """When the user gives Raj's address, his held row is completed and released."""
        raj = Person("Raj Patel", "raj@acme.example")
        changes = plan(case(rnd(people=(SARAH, raj))), self.existing(), SETTINGS, NOW)
        (update,) = [c for c in changes if isinstance(c, SetRecipient)]
        assert update.row_id == 3
        assert update.recipient.email == "raj@acme.example"
        assert update.release

    def test_own_address_releases_row_held_for_a_relay(self) -> None:
        """A thank-you held because its address was a relay follows the person's own
        address once the user gives it (no second row), and is released."""
        relay = Person("Priya Raman", "reply+8f3a@us.greenhouse-mail.io")
        rows = [*self.existing(), row(5, "thank_you", NOW, to=relay, state="held", reason=RELAY)]
        priya = Person("Priya Raman", "priya@acme.example")
        changes = plan(case(rnd(people=(SARAH, RAJ, priya))), rows, SETTINGS, NOW)
        (update,) = [c for c in changes if isinstance(c, SetRecipient)]
        assert (update.row_id, update.recipient.email, update.release) == (
            5,
            "priya@acme.example",
            True,
        )
        assert not [c for c in changes if isinstance(c, Create)]

    def test_cancelled_round_cancels_rows(self) -> None:
        """A cancelled interview cancels everything still pending for it."""
        changes = plan(case(rnd(cancelled=True)), self.existing(), SETTINGS, NOW)
        assert sorted(c.row_id for c in changes if isinstance(c, Cancel)) == [1, 2, 3, 4]

    def test_outcome_cancels_everything(self) -> None:
        """A rejection stops every pending send."""
        changes = plan(case(stage=Stage.REJECTED), self.existing(), SETTINGS, NOW)
        assert sorted(c.row_id for c in changes if isinstance(c, Cancel)) == [1, 2, 3, 4]
        (linkedin,) = [c for c in changes if isinstance(c, Create)]
        assert linkedin.kind == "linkedin"
        assert linkedin.due == NOW + dt.timedelta(days=2)

    def test_sent_rows_are_left_alone(self) -> None:
        """Rows already sent are never moved or cancelled."""
        rows = [row(2, "thank_you", NOW, to=SARAH, state="sent")]
        changes = plan(case(stage=Stage.REJECTED), rows, SETTINGS, NOW)
        assert not any(isinstance(c, Cancel | Move) for c in changes)


class TestCallCheck:
    def checks(self, c: CaseRecord) -> list[Create]:
        return [
            x
            for x in plan(c, [], SETTINGS, NOW)
            if isinstance(x, Create) and x.kind == "call_check"
        ]

    def test_three_business_days_after_the_thank_you_time(self) -> None:
        """With thank-yous due Monday 09:30, the call is due Thursday 09:30."""
        (check,) = self.checks(case())
        assert check.due == dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)

    def test_company_deadline_plus_one_business_day(self) -> None:
        """'We'll decide by Friday 13th' → the call is due Monday 16th."""
        import dataclasses

        c = dataclasses.replace(case(), deadline=dt.date(2026, 3, 13))
        (check,) = self.checks(c)
        assert check.due.date() == dt.date(2026, 3, 16)

    def test_out_of_office_moves_it_after_the_return(self) -> None:
        """Back on the 20th → not before the business day after."""
        import dataclasses

        c = dataclasses.replace(case(), away_until=dt.date(2026, 3, 20))
        (check,) = self.checks(c)
        assert check.due.date() == dt.date(2026, 3, 23)

    def test_a_reply_after_the_interview_cancels_it(self) -> None:
        """A human reply stops the chase."""
        import dataclasses

        replied = dataclasses.replace(
            case(), last_reply_at=FRIDAY + dt.timedelta(days=1), stage=Stage.REPLIED
        )
        rows = [_keyed(row(9, "call_check", NOW), "call_check:1:7:0")]
        changes = plan(replied, rows, SETTINGS, NOW)
        assert [c.row_id for c in changes if isinstance(c, Cancel)] == [9]
        assert self.checks(replied) == []


def test_interview_found_long_after_it_happened_gets_no_prompt_or_thanks() -> None:
    """An old interview found by the first scan: no late notes prompt or thank-you,
    but the silence check still runs."""
    import dataclasses

    found_late = dataclasses.replace(case(), created_at=FRIDAY + dt.timedelta(days=10))
    kinds = {c.kind for c in plan(found_late, [], SETTINGS, NOW) if isinstance(c, Create)}
    assert kinds == {"call_check"}


class TestSentCopyStep:
    """sent_copy_step(): our copy of a sent thank-you in Sent, and learning save_sent: auto."""

    SETTLE = dt.timedelta(minutes=2)

    def step(
        self,
        policy: str = "auto",
        files: str | None = None,
        *,
        seen: bool | None,
        waited: dt.timedelta = dt.timedelta(0),
    ) -> SentCopyStep:
        return sent_copy_step(
            policy,  # type: ignore[arg-type]
            files,
            seen=seen,
            waited=waited,
            settle=self.SETTLE,
        )

    def test_unknown_provider_waits_without_a_copy(self) -> None:
        """Right after the send, and at every look before sent_settle, nothing is added."""
        assert self.step(seen=None) == SentCopyStep("wait")
        assert self.step(seen=False, waited=dt.timedelta(seconds=2)) == SentCopyStep("wait")
        assert self.step(seen=False, waited=self.SETTLE - dt.timedelta(seconds=1)).action == (
            "wait"
        )

    def test_first_sighting_learns_files(self) -> None:
        """Seen in Sent at any look (even the first): the provider files, no copy added."""
        assert self.step(seen=True) == SentCopyStep("skip", "yes")
        assert self.step(seen=True, waited=self.SETTLE * 5) == SentCopyStep("skip", "yes")

    def test_does_not_file_only_after_the_settle_time(self) -> None:
        """Still absent after sent_settle: the provider does not file; our copy goes in."""
        assert self.step(seen=False, waited=self.SETTLE) == SentCopyStep("append", "no")

    def test_learned_answers_are_followed(self) -> None:
        """Once learned: 'yes' adds nothing, 'no' adds at once (unless already there)."""
        assert self.step(files="yes", seen=None) == SentCopyStep("skip")
        assert self.step(files="no", seen=None) == SentCopyStep("append")
        assert self.step(files="no", seen=True) == SentCopyStep("skip")

    def test_always_and_never(self) -> None:
        """'always' adds a copy unless one is there; 'never' never does; neither learns."""
        assert self.step("always", seen=None) == SentCopyStep("append")
        assert self.step("always", seen=True) == SentCopyStep("skip")
        assert self.step("never", seen=False, waited=self.SETTLE) == SentCopyStep("skip")
