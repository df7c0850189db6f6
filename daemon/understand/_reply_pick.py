"""What the newest part of a thread does with the times the quoted mail below it names.

A short reply often settles a time without writing its date: "Thursday works, see you
then", "Option 2 please", "Great - you're confirmed!" over the user's own quoted pick,
"Works for me, speak then" under "Would tomorrow at 3:30 work?", "Moving us to 4pm same
day". :func:`read_reply` is the one reading of all of them. It takes the reply's own words
and the quoted history as ordered messages (newest first: whether the user wrote each, and
the future times each names, in order) and decides:

- the reply **declines** a named day or time when a clause of its own turns it down ("I'm
  afraid I can't make Thursday", "Donnerstag passt mir leider nicht"); those clauses are
  set aside, and a declined day is never the accepted one nor the booked one;
- the rest of the reply **accepts** one time of the newest quoted message that names times
  (the offer it answers; older, superseded lists below it are not): by its day or date, by
  its clock ("the 10:30 slot"; the clock also tells two times offered for one day apart),
  by its place in the list ("the second slot"), by "that works" under one asked time, or,
  from the other side, by booking the user's quoted pick ("you're confirmed!", "Perfect,
  booked");
- or the reply **moves** the quoted time within its day ("4pm the same day"), or to another
  day at the same hour ("could we shift your interview to Wednesday instead, same time?
  I've updated the calendar hold").

Anything else gives no time: a question back ("could we do Thursday instead?", which the
classifier reads as asking for times), "none of these work", a thank-you, times turned
down without another taken (scheduling goes on). Precision first: a reply taking a time
that cannot be told apart from another gives nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._dates import (
    DateHit,
    Moment,
    clock_on_day,
    find_dates,
    find_moments,
    find_times,
    same_day_re,
    same_time_spans,
    says_same_day,
)
from ._lexicon import Lexicon
from ._quotes import credited, quoted_below
from ._sentences import confirmation, hypothetical, proposed, reply_accepts, sentence
from .model import DateOrder

# A longer mail is no short reply: its own times are read as stated.
_MAX_REPLY = 1500
_OPTION_DIGIT = re.compile(r"[1-6]")
_LETTERS = re.compile(r"[^\W\d_]+")
# Punctuation that ends a clause inside a sentence ("Thursday is no good; Friday works").
_CLAUSE_BREAK = re.compile(r"[;–—]| - ")
# What may stand above the first quoted message: an Outlook rule line, nothing of anyone's.
_RULE_ONLY = re.compile(r"[\s_\-=*~]*")
# What ends a sentence between a day and the "same time" beside it.
_SENTENCE_STOPS = ".!?\n"
# How far from the reply's clock its "same day" may stand (one short sentence either side).
_SAME_DAY_REACH = 80


@dataclass(frozen=True, slots=True)
class Quoted:
    """One message of the quoted history."""

    text: str  # its words, '>' marks removed
    at: int  # where it begins in the quoted history
    by_user: bool  # its attribution line credits the user
    times: tuple[Moment, ...]  # future times it names (first mention of each), in order


@dataclass(frozen=True, slots=True)
class Answer:
    """What a reply does with the quoted times.

    ``moment`` is the accepted time (positions in the quoted history) or, when ``moved``,
    the quoted day at the reply's new hour (positions in the reply's own words).
    ``declined`` are the spans of the reply's own words that turn a named time down;
    ``accepting`` is the reply's wording that takes the time, read without them ("Thursday
    doesn't work, but Friday works for me").
    """

    moment: Moment | None = None
    moved: bool = False
    new_day: bool = False
    """``moved`` to another day at the quoted hour ("Wednesday instead, same time")."""
    declined: tuple[tuple[int, int], ...] = ()
    accepting: re.Match[str] | None = None
    users_offer: bool = False
    """The accepted time is one the user's own quoted message offered as their availability
    ("Ich könnte am Donnerstag um 10 oder Freitag ab 14 Uhr" under "passt, dann Donnerstag
    um 10"), not asked about: the other side booked what the user proposed."""

    def declines(self, pos: int) -> bool:
        """Whether the reply's own words at ``pos`` lie in a clause turning a time down."""
        return any(a <= pos < b for a, b in self.declined)


def read_reply(
    full: str,
    own: str,
    ref: dt.datetime | None,
    *,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
    user_keys: Sequence[str],
    by_user: bool,
) -> Answer:
    """How the reply's own words (``own``, a part of ``full``) answer the quoted times.

    ``by_user``: the user wrote the reply. A reply takes a time only when it answers the
    other side: the user's "Works for me" under the company's question, the company's
    "you're confirmed" under the user's pick; a colleague's "works for me too" under the
    company's offer to the user, or the user's "still works for me" under their own
    message, settles nothing.

    The quoted history is read only for a reply with accepting or same-day wording, so
    that most mail costs no more than a few phrase searches.
    """
    if not own.strip() or len(own) > _MAX_REPLY:
        return Answer()
    ref_date = ref.date() if ref else None
    dates: list[DateHit] | None = None
    declined: tuple[tuple[int, int], ...] = ()
    if lex.phrase("time_refused").search(own):
        dates = find_dates(own, lex, ref_date, order)
        declined = _declined(own, dates, lex)
    # The rest of the reply, its declining clauses left out, is read as an acceptance.
    rest = own
    for a, b in sorted(declined, reverse=True):
        rest = rest[:a] + rest[b:]
    # "Perfect, booked" books what the quoted mail picked as surely as "confirmed" does.
    accepting = reply_accepts(rest, lex)
    quoted = ""
    thread: list[Quoted] = []
    if accepting is not None and not lex.phrase("declined_slot").search(rest):
        quoted, thread = _quoted_thread(full, own, ref, lex, order, zone, user_keys)
        if dates is None:
            dates = find_dates(own, lex, ref_date, order)
        taken = _accepted(own, rest, dates, declined, thread, lex, by_user=by_user)
        if taken is not None and (ref is None or taken.start >= ref):
            offer = next((q for q in thread if q.times), None)
            # The user's times stated as availability ("Je suis disponible jeudi à 9h30 ou
            # ...") answer an invitation; asked ("could I come in for a coffee on Thursday
            # at 2pm?") they propose a visit of the user's own, which may be anything.
            users_offer = bool(
                not by_user
                and offer is not None
                and offer.by_user
                and any(_same_slot(m, taken) and not _asked(m, offer, lex) for m in offer.times)
            )
            return Answer(
                moment=taken, declined=declined, accepting=accepting, users_offer=users_offer
            )
    if declined:
        return Answer(declined=declined)
    if not says_same_day(own, lex):
        if by_user or not (spans := same_time_spans(own, lex)):
            return Answer()
        # The company moves the booked interview to another day at its quoted hour, and
        # says the move is made ("I've updated the calendar hold") or confirms it.
        done = _updated(own, lex)
        if done is None and not any(_in_question(own, a, b) for a, b in spans):
            # Confirmation wording settles a move stated, not one asked ("could we do
            # Wednesday, same time? Let me know and I'll update the calendar invite").
            done = accepting
        if done is None:
            return Answer()
        quoted, thread = _quoted_thread(full, own, ref, lex, order, zone, user_keys)
        kept = _new_day(own, spans, thread, ref, lex, order, zone)
        if kept is None:
            return Answer()
        return Answer(moment=kept, moved=True, new_day=True, accepting=done)
    if not thread:
        quoted, thread = _quoted_thread(full, own, ref, lex, order, zone, user_keys)
    kept = _moved(own, quoted, thread, ref, lex, order, zone)
    return Answer(moment=kept, moved=kept is not None)


def booked_below(
    full: str,
    own: str,
    ref: dt.datetime | None,
    *,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
    user_keys: Sequence[str],
) -> Moment | None:
    """The one future time the quoted thread below a reply has already booked, if any.

    A reply often carries on under a settled interview without restating it ("Noted with
    thanks, copies of the certificates are fine", "Great, I've booked the boardroom"). The
    newest quoted message naming times must name exactly one, and either be the other
    side's booking of it stated, not asked ("This is to confirm your second interview:
    Tuesday 9 May, 10.00am"), or be asked there and taken since: by a newer quoted message
    of the user's ("Thank you, I will be there"), or in the user's own quoted words over
    the other side's question asking that time alone ("That works - see you Thursday at 10"
    under "Would Thursday at 10 AM work?"; a pick among several offered times waits for
    the other side to book it). Nothing newer in the thread, nor the reply, may decline,
    withdraw, cancel or hold it, or be an absence note; a time only asked and taken needs
    the reply to say it is settled. Positions are in the quoted history. Whether the reply
    asks anything or tells an outcome is the caller's to judge.
    """
    if not own.strip() or len(own) > _MAX_REPLY or _unsettles(own, lex):
        return None
    _, thread = _quoted_thread(full, own, ref, lex, order, zone, user_keys)
    at = next((i for i, q in enumerate(thread) if q.times), None)
    if at is None or any(_unsettles(q.text, lex) for q in thread[:at]):
        # "I'm sorry, I have to withdraw" quoted above the booking: it no longer stands.
        return None
    offer = thread[at]
    if len({m.start for m in offer.times}) != 1:
        return None
    moment = offer.times[0]
    if offer.by_user:
        # The user's own acceptance of a time the other side offered further down.
        accepts = (
            "?" not in offer.text
            and not lex.phrase("declined_slot").search(offer.text)
            and reply_accepts(offer.text, lex) is not None
        )
        # Asked alone: a pick among several offered times still waits for the other side's
        # booking ("Thursday works" under "Wednesday at 10 or Thursday at 2?").
        asked = any(
            not q.by_user and {m.start for m in q.times} == {moment.start} for q in thread[at + 1 :]
        )
        # Asked and taken, never booked in words: the reply must say it is settled ("Great,
        # I've booked the boardroom"; not "I still need to check with the manager").
        settled = reply_accepts(own, lex) is not None
        return moment if accepts and asked and settled else None
    if not _asked(moment, offer, lex):
        return moment if confirmation(offer.text, lex) is not None else None
    if reply_accepts(own, lex) is None:
        return None
    # Asked, then taken by the user in a newer quoted message naming no time of its own.
    taken = any(
        q.by_user
        and "?" not in q.text
        and not lex.phrase("declined_slot").search(q.text)
        and reply_accepts(q.text, lex) is not None
        for q in thread[:at]
    )
    return moment if taken else None


def _unsettles(text: str, lex: Lexicon) -> bool:
    """Whether a message of the thread undoes or holds a booking: it declines, withdraws,
    cancels, puts it on hold, or is an absence note. (Move wording is left to the caller's
    reading of the reply: "certified copies instead of the originals" moves nothing.)"""
    return any(
        lex.phrase(key).search(text)
        for key in ("declined_slot", "time_refused", "cancel", "interview_on_hold", "away_notice")
    )


def quoted_days(
    full: str,
    own: str,
    ref: dt.datetime | None,
    *,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
    user_keys: Sequence[str],
) -> set[dt.date]:
    """The days of the future times the quoted thread below a reply names."""
    if not own.strip() or len(own) > _MAX_REPLY:
        return set()
    _, thread = _quoted_thread(full, own, ref, lex, order, zone, user_keys)
    return {m.start.date() for q in thread for m in q.times}


def _future(moments: list[Moment], ref: dt.datetime | None) -> list[Moment]:
    """The moments at or after the message's date (quoted "On Tue ... wrote:" times are not)."""
    return [m for m in moments if ref is None or m.start >= ref]


def _quoted_thread(
    full: str,
    own: str,
    ref: dt.datetime | None,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
    user_keys: Sequence[str],
) -> tuple[str, list[Quoted]]:
    """The quoted history below the reply's own words, as text and as messages."""
    quoted = quoted_below(full, own)
    return quoted, _thread(quoted, ref, lex, order, zone, user_keys)


def _thread(
    quoted: str,
    ref: dt.datetime | None,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
    user_keys: Sequence[str],
) -> list[Quoted]:
    """The quoted history as messages, newest first, cut at their attribution lines.

    The text above the first attribution line (nothing, or an Outlook rule line) is a
    message of no one's.
    """
    marks = list(lex.phrase("attribution").finditer(quoted))
    cuts = [0, *(x for mark in marks for x in (mark.start(), mark.end())), len(quoted)]
    out: list[Quoted] = []
    for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=True)):
        listed: dict[dt.datetime, Moment] = {}
        offered = find_moments(quoted[a:b], lex, ref, order, zone, alternatives=True)
        for m in _future(offered, ref):
            moved = dataclasses.replace(m, pos=m.pos + a, end_pos=m.end_pos + a)
            listed.setdefault(m.start, moved)
        by_user = i > 0 and credited(marks[i - 1], user_keys)
        out.append(Quoted(quoted[a:b], a, by_user, tuple(listed.values())))
    return out


def _declined(own: str, dates: list[DateHit], lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """The clauses of the reply that turn down the days or times they name.

    "I'm afraid I can't make Thursday", "Thursday doesn't work but Friday at 2 is fine",
    "I can't do Thursday at 2pm or Friday at 2pm": the clause runs from the sentence's start
    or a turn ("but", "aber", "mais", "pero", ", so", a semicolon or dash) to the next, and
    stops where a new time is set ("... and has moved your interview to 4pm"). A clause
    naming no time whose refusal points back ("that won't work") covers the clause before.
    """
    out: list[tuple[int, int]] = []
    for m in lex.phrase("time_refused").finditer(own):
        start, end = sentence(own, m.start(), m.end())
        part = own[start:end]
        turns = [t.span() for t in lex.phrase("clause_turn").finditer(part)]
        turns += [t.span() for t in _CLAUSE_BREAK.finditer(part)]
        turns += [t.span() for t in lex.phrase("reschedule").finditer(part)]
        left = max([start + b for _, b in turns if start + b <= m.start()], default=start)
        right = min([start + a for a, _ in turns if start + a >= m.end()], default=end)
        if not any(left <= d.pos < right for d in dates) and lex.phrase("refers_back").search(
            own[left : m.start()]
        ):
            # "Thursday at 2pm? Unfortunately that won't work": the refusal points back at
            # the clause before it, which names the time.
            left = sentence(own, max(0, left - 2))[0]
        if any(left <= d.pos < right for d in dates) and (left, right) not in out:
            out.append((left, right))
    return tuple(out)


def _accepted(
    own: str,
    rest: str,
    dates: list[DateHit],
    declined: tuple[tuple[int, int], ...],
    thread: list[Quoted],
    lex: Lexicon,
    *,
    by_user: bool,
) -> Moment | None:
    """The one quoted time the reply takes; ``rest`` is ``own`` without its declining clauses.

    The offer answered is the newest quoted message naming times, and only when the
    message right below the reply is the other side's (``by_user``: the user wrote the
    reply): the company's "option 2 it is" over the user's "the second option suits me"
    takes from the company's own list, a colleague's "works for me too" over the company's
    offer to the user takes nothing.
    """
    # The text above the first attribution line is no one's message (a rule line, the
    # reply's "Sent from my iPhone"), unless no line credits anyone.
    below = thread[1] if len(thread) > 1 else thread[0] if thread else None
    offer = next((q for q in thread if q.times), None)
    if offer is None or below is None or (by_user and below.by_user):
        # The user's "that still works for me" over their own message settles nothing.
        return None
    # The company's reply over its own quoted offer may book a time ("Option 2 it is",
    # "slot B is booked for you", the user having answered by phone), but a bare
    # "works for me too" from its side is a colleague's agreement, not a booking.
    same_side = below.by_user == by_user
    named: set[dt.date] = set()
    days: set[int] = set()
    refused_dates: set[dt.date] = set()
    refused_days: set[int] = set()
    for d in dates:
        # "Wednesday" alone picks the offered Wednesday, whichever week it falls in.
        written = any(c.isdigit() for c in own[d.pos : d.end])
        if any(a <= d.pos < b for a, b in declined):
            (refused_dates.add(d.date) if written else refused_days.add(d.date.weekday()))
        else:
            (named.add(d.date) if written else days.add(d.date.weekday()))
    picked = {
        m.start: m
        for m in offer.times
        if m.start.date() in named or m.start.date().weekday() in days
    }
    if not named and not days:
        digits = any(c.isdigit() for c in rest)
        # "Option 2 it is": the reply names the listed time by its place, not its day.
        by_place = _by_place(rest, thread, lex)
        picked = {by_place.start: by_place} if by_place is not None else {}
        if by_place is None and digits:
            # "Let's do the 10:30 slot then" under "Wednesday at 9:00 or 10:30": the reply
            # names the offered time by its clock alone.
            clocks = _stated_clocks(rest, lex)
            by_clock = [m for m in offer.times if (m.start.hour, m.start.minute) in clocks]
            if len(by_clock) == 1:
                picked = {by_clock[0].start: by_clock[0]}
        if (
            by_place is None
            and not digits
            and not by_user
            and lex.phrase("booked_reply").search(rest)
        ):
            # "Great - you're confirmed!" over the user's quoted "Thursday 10/28 at 1:30pm
            # works for me": the time the user picked is the one confirmed.
            users = _user_pick(thread, lex)
            picked = {users.start: users} if users is not None else {}
        asked = {m.start: m for m in offer.times if _asked(m, offer, lex)}
        if not picked and len(asked) == 1 and not digits and not declined and not same_side:
            # "Works for me, speak then" under one proposed time ("Would tomorrow at 3:30
            # work for a call?"): the reply accepts the time it was asked about.
            picked = asked
    # A day the reply turned down is never the one it takes.
    kept = [
        m
        for m in picked.values()
        if m.start.date() not in refused_dates and m.start.weekday() not in refused_days
    ]
    if len(kept) > 1:
        # "Tuesday at 10 works" under "Tuesday at 10am or 2pm": the clock tells the day's
        # offered times apart.
        clocks = _stated_clocks(rest, lex)
        kept = [m for m in kept if (m.start.hour, m.start.minute) in clocks]
    if len(kept) != 1:
        return None
    hours = _clock_hours(rest, lex)
    if hours and kept[0].start.hour not in hours:
        # "Julien ne sera libre qu'à 16h ce jour-là. Rendez-vous jeudi !": the day is the
        # offered one, the hour the reply limits it to is not; it moves the time rather
        # than taking it ("see you Thursday, arrive at 1:45pm" limits nothing).
        return None
    return kept[0]


def _stated_clocks(text: str, lex: Lexicon) -> set[tuple[int, int]]:
    """The (hour, minute) of the clock times ``text`` states (a question proposes, not takes)."""
    return {
        (h.start.hour, h.start.minute)
        for h in find_times(text, lex)
        if not _in_question(text, h.pos, h.end)
    }


def _same_slot(mine: Moment, taken: Moment) -> bool:
    """Whether the user's time is the one taken: the same instant, or, when the user wrote
    no zone ("Tuesday at 2pm works" under "10am or 2pm (UK time)"), the same wall time."""
    if mine.start == taken.start:
        return True
    return not mine.zone_stated and mine.start.replace(tzinfo=None) == taken.start.replace(
        tzinfo=None
    )


def _clock_hours(text: str, lex: Lexicon) -> set[int]:
    """The hours of the clock times ``text`` limits a day to ("Priya is only free at 4pm
    that day"): a clock time in a sentence with a limiting word (``hour_limit``)."""
    hours: set[int] = set()
    if not lex.phrase("hour_limit").search(text):
        return hours
    for hit in find_times(text, lex):
        start, end = sentence(text, hit.pos, hit.end)
        if lex.phrase("hour_limit").search(text[start:end]):
            hours.add(hit.start.hour)
    return hours


def _asked(moment: Moment, offer: Quoted, lex: Lexicon) -> bool:
    """Whether the offer asks about the time ("Would tomorrow at 3:30 work?")."""
    local = dataclasses.replace(
        moment, pos=moment.pos - offer.at, end_pos=moment.end_pos - offer.at
    )
    return proposed(local, offer.text, lex)


def _by_place(own: str, thread: list[Quoted], lex: Lexicon) -> Moment | None:
    """The listed time a reply picks by its place ("option 2", "the second slot").

    The list is the newest quoted message that names enough times, in their order ("1) Thu
    30 March, 4pm 2) Mon 3 April, 9:30am"): an older list above which the thread moved on
    is not the one the reply answers.
    """
    m = lex.phrase("option_choice").search(own)
    if m is None:
        return None
    digits = _OPTION_DIGIT.search(m.group(0))
    words = [w for w in _LETTERS.findall(m.group(0).casefold()) if w in lex.option_ordinals]
    place = int(digits.group(0)) if digits else lex.option_ordinals[words[0]] if words else 0
    if place < 1:
        return None
    listing = next((q for q in thread if len(q.times) >= max(2, place)), None)
    return listing.times[place - 1] if listing is not None else None


def _user_pick(thread: list[Quoted], lex: Lexicon) -> Moment | None:
    """The one time the user's quoted message, right below a reply, picks or proposes.

    Only when the newest quoted message is the user's (its attribution names them; an
    Outlook rule line may stand above it), names exactly one future time and turns nothing
    down ("neither works", "Thursday doesn't suit me"); the times offered further down are
    the other side's, not the user's choice.
    """
    if len(thread) < 2 or not _RULE_ONLY.fullmatch(thread[0].text):
        return None
    mine = thread[1]
    if not mine.by_user or "?" in mine.text or lex.phrase("declined_slot").search(mine.text):
        return None
    if len(mine.times) != 1:
        return None
    pick = mine.times[0]
    if pick.zone_stated:
        return pick
    # "Thursday 3/12 at 1:30pm works" answering "Thursday 3/12 at 1:30pm Mountain or ...":
    # the offered time, in the zone the other side stated.
    wall = pick.start.replace(tzinfo=None)
    stated = {
        m.start: m
        for q in thread[2:]
        for m in q.times
        if m.zone_stated and m.start.replace(tzinfo=None) == wall
    }
    return next(iter(stated.values())) if len(stated) == 1 else pick


def _moved(
    own: str,
    quoted: str,
    thread: list[Quoted],
    ref: dt.datetime | None,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
) -> Moment | None:
    """The new time of a reply that keeps the quoted day ("Moving us to 4pm same day").

    The reply names a time and "the same day" but no date; the day is the one future day
    the quoted mail below booked or proposed. Positions are the reply's own (``own``).
    Quoted times on several days give nothing.
    """
    offered = [m for q in thread for m in q.times]
    if len({m.start.date() for m in offered}) != 1:
        return None
    lead = f"{quoted[offered[0].pos : offered[0].end_pos]}\n"
    moved = {
        m.start: m
        for m in _future(find_moments(lead + own, lex, ref, order, zone), ref)
        if m.pos >= len(lead) and m.start.date() == offered[0].start.date()
    }
    if len(moved) == 1:
        m = next(iter(moved.values()))
        return dataclasses.replace(m, pos=m.pos - len(lead), end_pos=m.end_pos - len(lead))
    if moved:
        return None
    # "Could we make it 10.30am instead? Same day, same place.": the clock and "same day" in
    # neighbouring sentences, which the date reader does not pair. The reply's one clock,
    # named near "same day" and beside no date of its own, on the quoted day and clock.
    clocks = find_times(own, lex)
    if len(clocks) != 1 or find_dates(own, lex, None, order):
        return None
    hit = clocks[0]
    reach = (max(0, hit.pos - _SAME_DAY_REACH), hit.end + _SAME_DAY_REACH)
    if same_day_re(lex).search(own, *reach) is None:
        return None
    kept = clock_on_day(hit, offered[0])
    return kept if ref is None or kept.start >= ref else None


def _beside(own: str, day: DateHit, a: int, b: int) -> bool:
    """Whether ``own[a:b]`` ("same time") stands by the day, no sentence end between them.

    Read as the gap, not as the day's sentence: a date's own dot ("Mittwoch, 11. März")
    ends no sentence.
    """
    gap = own[b : day.pos] if b <= day.pos else own[day.end : a] if day.end <= a else ""
    return len(gap) <= 80 and not any(c in gap for c in _SENTENCE_STOPS)


def _new_day(
    own: str,
    spans: list[tuple[int, int]],
    thread: list[Quoted],
    ref: dt.datetime | None,
    lex: Lexicon,
    order: DateOrder,
    zone: str,
) -> Moment | None:
    """The quoted hour on the one new day the reply names beside "same time".

    "Could we shift your interview to Wednesday 11 March instead, same time?" over the quoted
    booking for Tuesday at 11:30: Wednesday at 11:30, on the quoted clock. The reply names
    no time of its own, one future day in the sentence of "same time" (not the quoted one),
    and the quoted mail one hour only. Positions are the reply's own (``own``).
    """
    offered = [m for q in thread for m in q.times]
    hours = {(m.start.time(), m.timezone) for m in offered}
    if len(hours) != 1 or _future(find_moments(own, lex, ref, order, zone), ref):
        return None
    local = ref.astimezone(offered[0].start.tzinfo) if ref is not None else None
    ref_date = local.date() if local is not None else None
    near = [
        d
        for d in find_dates(own, lex, ref_date, order)
        if any(_beside(own, d, a, b) for a, b in spans)
        and (ref_date is None or d.date > ref_date)
        and d.weekday_ok
    ]
    # The quoted day itself is the one given up ("moved onto Tuesday, so could we ...").
    near = [d for d in near if d.date not in {m.start.date() for m in offered}]
    if len({d.date for d in near}) != 1:
        return None
    hit, base = near[0], offered[0]
    start = base.start.replace(year=hit.date.year, month=hit.date.month, day=hit.date.day)
    end = base.end + (start - base.start) if base.end is not None else None
    return dataclasses.replace(
        base, pos=hit.pos, end_pos=hit.end, start=start, end=end, weekday_ok=hit.weekday_ok
    )


def _in_question(own: str, a: int, b: int) -> bool:
    """Whether the sentence holding ``own[a:b]`` ("same time") is a question."""
    end = sentence(own, a, b)[1]
    return own[end : end + 1] == "?"


def _updated(own: str, lex: Lexicon) -> re.Match[str] | None:
    """The writer's word that the calendar already holds the move, not said as a condition.

    "If so, I've updated the calendar hold already" updates nothing yet.
    """
    for m in lex.phrase("booking_updated").finditer(own):
        start, end = sentence(own, m.start(), m.end())
        if not hypothetical(own, start, end, m.start(), lex):
            return m
    return None
