"""Case decisions: which interview process a message belongs to and what it changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from daemon.cases import RELAY as RELAY_REASON
from daemon.cases import (
    AddRound,
    CancelRound,
    CaseView,
    CloseCase,
    LinkMessage,
    NoChange,
    OpenCase,
    Reply,
    RoundView,
    Stage,
    UpdateRound,
    decide,
    is_relay_address,
    merge_people,
    normalise_company,
    not_a_person,
    relay_addresses,
)
from daemon.understand import load_lexicon
from daemon.understand.model import Interview, Kind, Person, ThreadIds, Understanding

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
MONDAY = dt.datetime(2026, 3, 9, 14, 0, tzinfo=dt.UTC)
SARAH = Person("Sarah Connor", "sarah@acme.example", "Engineering Manager")


def interview(
    start: dt.datetime = MONDAY,
    *,
    uid: str | None = None,
    sequence: int = 0,
    company: str | None = "Acme",
    rescheduled: bool = False,
    people: tuple[Person, ...] = (SARAH,),
) -> Interview:
    return Interview(
        start=start,
        end=start + dt.timedelta(hours=1),
        timezone="Europe/London",
        company=company,
        role="Data Engineer",
        interviewers=people,
        uid=uid,
        sequence=sequence,
        rescheduled=rescheduled,
    )


def message(
    kind: Kind = Kind.INTERVIEW,
    iv: Interview | None = None,
    *,
    refs: tuple[str, ...] = (),
    sender: Person | None = None,
    reply_to: tuple[Person, ...] = (),
    automated: bool = False,
) -> Understanding:
    return Understanding(
        kind=kind,
        reasons=("test",),
        interview=iv,
        thread=ThreadIds(message_id="new@x", in_reply_to=refs[:1], references=refs),
        sender=sender,
        reply_to=reply_to,
        automated=automated,
    )


def case(
    case_id: int = 1,
    *,
    rounds: tuple[RoundView, ...] = (),
    stage: Stage = Stage.SCHEDULED,
    company: str | None = "Acme Ltd",
    message_ids: frozenset[str] = frozenset({"first@x"}),
    domains: frozenset[str] = frozenset({"acme.example"}),
    emails: frozenset[str] = frozenset({"sarah@acme.example"}),
    thread_addresses: frozenset[str] = frozenset(),
) -> CaseView:
    return CaseView(
        id=case_id,
        company=company,
        stage=stage,
        rounds=rounds or (RoundView(10, MONDAY, MONDAY + dt.timedelta(hours=1), None, 0, False),),
        message_ids=message_ids,
        domains=domains,
        emails=emails,
        thread_addresses=thread_addresses,
    )


class TestInterviews:
    def test_new_interview_opens_a_case(self) -> None:
        """An interview matching nothing opens a new case."""
        change = decide(message(iv=interview()), [], NOW)
        assert isinstance(change, OpenCase)
        assert change.company == "Acme"
        assert change.round.interviewers == (SARAH,)

    def test_same_uid_higher_sequence_updates(self) -> None:
        """An iTIP update (same UID, higher SEQUENCE) moves the known round."""
        known = case(rounds=(RoundView(10, MONDAY, None, "uid-1", 0, False),), company="Other")
        later = MONDAY + dt.timedelta(days=1)
        change = decide(message(iv=interview(later, uid="uid-1", sequence=1)), [known], NOW)
        assert isinstance(change, UpdateRound)
        assert (change.round_id, change.rescheduled) == (10, True)

    def test_older_sequence_is_ignored(self) -> None:
        """A stale copy of an event (lower SEQUENCE) changes nothing."""
        known = case(rounds=(RoundView(10, MONDAY, None, "uid-1", 3, False),))
        change = decide(message(iv=interview(uid="uid-1", sequence=2)), [known], NOW)
        assert isinstance(change, NoChange)

    def test_reminder_at_same_time_updates_not_duplicates(self) -> None:
        """A reminder for the same company and time is the same round."""
        change = decide(message(iv=interview()), [case()], NOW)
        assert isinstance(change, UpdateRound)
        assert not change.rescheduled

    def test_reschedule_in_thread(self) -> None:
        """A new time in the same thread, before the round happened, is a reschedule."""
        later = MONDAY + dt.timedelta(days=2)
        change = decide(message(iv=interview(later), refs=("first@x",)), [case()], NOW)
        assert isinstance(change, UpdateRound)
        assert change.rescheduled

    def test_next_round_after_the_first_is_over(self) -> None:
        """Another interview with the same company after the first happened is a new round."""
        after = MONDAY + dt.timedelta(days=3)
        change = decide(message(iv=interview(after + dt.timedelta(days=7))), [case()], after)
        assert isinstance(change, AddRound)
        assert change.case_id == 1

    def test_company_names_compare_loosely(self) -> None:
        """'Acme Ltd' and 'ACME' are the same company."""
        assert normalise_company("Acme Ltd.") == normalise_company("ACME") == "acme"

    def test_closed_case_is_not_reused_by_company(self) -> None:
        """A rejected case is not matched by company: a new application opens a new case."""
        rejected = case(stage=Stage.REJECTED)
        change = decide(message(iv=interview(MONDAY + dt.timedelta(days=30))), [rejected], NOW)
        assert isinstance(change, OpenCase)

    def test_ats_interview_is_not_dropped_as_automated(self) -> None:
        """Machine-made ATS confirmations still count; automated chatter does not."""
        assert isinstance(decide(message(iv=interview(), automated=True), [], NOW), OpenCase)
        ooo = message(Kind.AUTO_REPLY, refs=("first@x",), automated=True)
        assert isinstance(decide(ooo, [case()], NOW), NoChange)


class TestCancellationsAndOutcomes:
    def test_cancel_by_uid(self) -> None:
        """METHOD:CANCEL with the round's UID cancels that round."""
        known = case(rounds=(RoundView(10, MONDAY, None, "uid-1", 1, False),))
        change = decide(
            message(Kind.INTERVIEW_CANCELLED, interview(uid="uid-1", sequence=2)), [known], NOW
        )
        assert isinstance(change, CancelRound)
        assert change.round_id == 10

    def test_cancel_in_thread_without_time(self) -> None:
        """'We need to cancel' in the thread cancels the only upcoming round."""
        change = decide(message(Kind.INTERVIEW_CANCELLED, refs=("first@x",)), [case()], NOW)
        assert isinstance(change, CancelRound)

    def test_cancel_of_unknown_interview(self) -> None:
        """A cancellation for nothing we know changes nothing."""
        assert isinstance(decide(message(Kind.INTERVIEW_CANCELLED), [], NOW), NoChange)

    def test_rejection_by_sender_closes(self) -> None:
        """A rejection from a person of the case closes it."""
        change = decide(message(Kind.REJECTION, sender=SARAH), [case()], NOW)
        assert isinstance(change, CloseCase)
        assert change.stage is Stage.REJECTED

    def test_offer_by_company_domain_closes(self) -> None:
        """An offer from the company's domain closes the case as an offer."""
        change = decide(
            message(Kind.OFFER, sender=Person("HR", "hr@acme.example")),
            [case()],
            NOW,
            sender_domain="acme.example",
        )
        assert isinstance(change, CloseCase)
        assert change.stage is Stage.OFFER

    def test_thread_reply_is_linked(self) -> None:
        """Ordinary mail in a case's thread is linked to it."""
        change = decide(message(Kind.OTHER, refs=("first@x",)), [case()], NOW)
        assert isinstance(change, LinkMessage)

    def test_service_mailboxes_at_the_company_domain_are_no_answer(self) -> None:
        """Order, billing, support and account mail from the company's domain (the user may
        shop where they interviewed), in any shipped language, does not stop the chase."""
        for local in ("orders", "billing", "support", "security", "kundenservice", "pedidos"):
            u = message(Kind.OTHER, sender=Person("Acme", f"{local}@acme.example"))
            change = decide(u, [case()], NOW, sender_domain="acme.example")
            assert isinstance(change, NoChange), local

    def test_a_person_at_the_company_domain_is_an_answer(self) -> None:
        """A new person at the company's domain (no thread headers) still answers for it."""
        u = message(Kind.OTHER, sender=Person("Dana Roe", "dana.roe@acme.example"))
        change = decide(u, [case()], NOW, sender_domain="acme.example")
        assert isinstance(change, Reply)

    def test_a_service_mailbox_in_the_case_thread_is_an_answer(self) -> None:
        """Whoever answers inside the case's own thread answers for the company, even from a
        shared mailbox; and an address the case knows is never second-guessed."""
        u = message(Kind.OTHER, sender=Person("Acme", "support@acme.example"), refs=("first@x",))
        assert isinstance(decide(u, [case()], NOW, sender_domain="acme.example"), Reply)
        known = case(emails=frozenset({"help@acme.example"}))
        u = message(Kind.OTHER, sender=Person("Acme Help", "help@acme.example"))
        assert isinstance(decide(u, [known], NOW, sender_domain="acme.example"), Reply)


ATS = frozenset({"greenhouse-mail.io", "hire.lever.co", "myworkday.com"})
RELAY = "reply+8f3a9c2e@us.greenhouse-mail.io"


class TestRelayAddresses:
    def test_ats_reply_to_is_a_relay_address(self) -> None:
        """A Reply-To at an application system (subdomains too) is a relay for the thread;
        no-reply addresses and the company's own addresses are not."""
        u = message(
            sender=Person("Acme via Greenhouse", "no-reply@us.greenhouse-mail.io"),
            reply_to=(
                Person("Priya", "Reply+8F3A9C2E@us.greenhouse-mail.io"),
                Person(None, "noreply@hire.lever.co"),
                Person("Sarah", "sarah@acme.example"),
                Person(None, "acme-123@myworkday.com"),
            ),
        )
        assert relay_addresses(u, ATS) == {RELAY, "acme-123@myworkday.com"}
        assert relay_addresses(message(sender=SARAH), ATS) == frozenset()

    def test_reply_from_relay_without_thread_headers_is_a_reply(self) -> None:
        """A human answer sent through the relay, with no In-Reply-To or References, is a
        reply to the case that knows the relay (the chase stops)."""
        known = case(thread_addresses=frozenset({RELAY}), company="Acme", domains=frozenset())
        other = case(2, company="Globex", domains=frozenset(), emails=frozenset())
        u = message(Kind.OTHER, sender=Person("Priya Raman", RELAY))
        change = decide(u, [known, other], NOW)
        assert isinstance(change, Reply)
        assert change.case_id == 1

    def test_reply_to_relay_is_matched_too(self) -> None:
        """A relay given only as Reply-To matches as well."""
        known = case(thread_addresses=frozenset({RELAY}), domains=frozenset(), emails=frozenset())
        u = message(
            Kind.OTHER,
            sender=Person("Priya Raman", "priya@gmail.example"),
            reply_to=(Person(None, RELAY),),
        )
        assert isinstance(decide(u, [known], NOW), Reply)

    def test_unknown_relay_is_no_reply_to_anything(self) -> None:
        """A relay no case's messages gave is not enough to tie a message to a case."""
        known = case(thread_addresses=frozenset({RELAY}), domains=frozenset(), emails=frozenset())
        u = message(Kind.OTHER, sender=Person("Someone", "reply+0000@us.greenhouse-mail.io"))
        assert isinstance(decide(u, [known], NOW), NoChange)

    def test_thread_relays_are_never_recipients(self) -> None:
        """A relay address the case's thread gave is not a person, whatever its shape or
        domain (the comparison ignores case); an interviewer's own address is one."""
        assert not_a_person(RELAY.upper(), {RELAY}) == RELAY_REASON
        assert not_a_person(
            "acme-recruiting@jobs.acme.example", {"acme-recruiting@jobs.acme.example"}
        )
        assert not_a_person("sarah@acme.example", {RELAY}) is None

    def test_addresses_at_ats_domains_are_held_not_sent(self) -> None:
        """An address at an application system's own domain is not a relay shape, but it is
        never written to on a guess either (it may be staff, or a scheduling assistant with
        a first name): the thank-you is held and the user told."""
        for address in (
            "sarah@rippling.com",
            "tom@workday.com",
            "ana@gem.com",
            "li@greenhouse.io",
            "raj@lever.co",
            "eva@bamboohr.com",
            "jonas@personio.de",
            "kim@ashbyhq.com",
        ):
            assert not is_relay_address(address), address
            assert not_a_person(address, {RELAY}) == RELAY_REASON, address
        assert not_a_person("olivia@paradox.ai", {RELAY}) == RELAY_REASON

    def test_relay_shapes_are_not_people(self) -> None:
        """Relay-only hosts (with their subdomains), tenant subdomains of a system's
        domain, and relay local parts at any domain are never a person."""
        for address in (
            RELAY,
            "reply+1@greenhouse-mail.io",
            "jobs-42@hire.lever.co",
            "globex@myworkday.com",
            "x@sub.myworkday.com",
            "acme@myworkdayjobs.com",
            "r.7f3e@replies.ashbyhq.com",
            "careers-acme@talent.icims.com",
            "notify@tidewater.bamboohr.com",
            "reply+AbC123@mail.acme.example",
            "8f3a9c2e+reply@acme.example",
            "candidate-7f3e21a9@hire.acme.example",
        ):
            assert is_relay_address(address), address
            assert not_a_person(address, ()) == RELAY_REASON, address

    def test_relay_shapes_are_narrow(self) -> None:
        """Ordinary local parts that merely contain the words are people's."""
        for address in (
            "replyinfo.sarah@acme.example",
            "candidate.relations@acme.example",
            "candidate-experience@acme.example",
            "sarah+jobs@acme.example",
            # A relay's shape at a mail provider is a person's sub-address.
            "jo+reply@gmail.com",
            "reply+jobs@outlook.com",
        ):
            assert not is_relay_address(address), address

    def test_user_lexicon_adds_relay_hosts(self) -> None:
        """The configured lexicon's relay hosts join the shipped ones."""
        extra = dataclasses.replace(load_lexicon(), relay_domains=frozenset({"*.hr.example"}))
        assert is_relay_address("acme@jobs.hr.example", extra)
        assert not is_relay_address("acme@hr.example", extra)
        assert not is_relay_address("acme@jobs.hr.example")

    def test_reply_to_that_is_the_sender_is_not_a_relay(self) -> None:
        """A Rippling recruiter writing from her own address, with it as Reply-To, gives no
        relay; a relay-shaped Reply-To counts whatever the domain."""
        sarah = Person("Sarah Lee", "sarah@rippling.com")
        u = message(sender=sarah, reply_to=(sarah,))
        assert relay_addresses(u, {"rippling.com"}) == frozenset()
        u = message(sender=SARAH, reply_to=(Person(None, "reply+77ab12@acme.example"),))
        assert relay_addresses(u, ATS) == {"reply+77ab12@acme.example"}


def test_merge_people_keeps_most_complete() -> None:
    """Merging interviewer lists unites by address or name and keeps titles and full names."""
    merged = merge_people(
        [Person("Sarah", "sarah@acme.example"), Person("Raj Patel")],
        [
            Person("Sarah Connor", "sarah@acme.example", "EM"),
            Person("raj patel", "raj@acme.example"),
        ],
    )
    assert merged == (
        Person("Sarah Connor", "sarah@acme.example", "EM"),
        Person("Raj Patel", "raj@acme.example"),
    )
