"""How the newest reply in a thread settles or refuses a time the quoted mail named.

One reading (``_reply_pick.read_reply``) covers a reply taking a quoted time by its day,
its place in a list or "that works", a company booking the user's quoted pick, a reply
turning a day down (never booked, whatever else it says) and a reply turning one day down
while taking another. The answered offer is the newest quoted message naming times, not an
older list the thread moved on from. Layouts: Gmail "On ... wrote:" and Outlook
"From:/Sent:" blocks (also "Von:/Gesendet:", "De :/Envoyé :", "De:/Enviado:"), top-posted.

Every message was written for these tests (invented people and companies under .example
names). Near misses sit beside each shape: a question back, "none of these work", a
thank-you, another meeting, a quoted newsletter with dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, start

HIRER = "Maren Okafor <maren.okafor@tallowick.example>"
USER = "Alex Morgan <alex.morgan@gmail.com>"
SUBJECT = "Re: Interview - Support Engineer"
SENT = "Tue, 10 Mar 2026 08:40:00 -0400"
CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
    date_order="mdy",
)
THURSDAY = dt.datetime(2026, 3, 12, 14, 0)
FRIDAY = dt.datetime(2026, 3, 13, 14, 0)

TWO_SLOTS = (
    "Hi Alex,\n\nThank you for applying for the Support Engineer role. We would like to "
    "invite you to a first interview. Could you do one of these?\n\n"
    "- Thursday 12 March at 2pm\n- Friday 13 March at 2pm\n\nKind regards,\nMaren"
)
ONE_SLOT = (
    "Hi Alex,\n\nThank you for applying for the Support Engineer role. Would Thursday "
    "12 March at 2pm work for a first interview?\n\nKind regards,\nMaren"
)
USERS_PICK = "Hi Maren,\n\nThank you! Thursday 12 March at 2pm works for me.\n\nAlex"

# Outlook's header labels and its sent line, per language.
OUTLOOK = {
    "en": (("From", "Sent", "To", "Subject"), "Monday, March 9, 2026 4:12 PM"),
    "de": (("Von", "Gesendet", "An", "Betreff"), "Montag, 9. März 2026 16:12"),
    "fr": (("De ", "Envoyé ", "À ", "Objet "), "lundi 9 mars 2026 16:12"),
    "es": (("De", "Enviado", "Para", "Asunto"), "lunes, 9 de marzo de 2026 16:12"),
}


def _gmail(body: str, who: str = HIRER, when: str = "Mon, Mar 9, 2026 at 4:12 PM") -> str:
    """A Gmail quote ("On ... wrote:" over "> " lines)."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))
    return f"\n\nOn {when} {who} wrote:\n\n{quoted}\n"


def _outlook(body: str, who: str = HIRER, lang: str = "en") -> str:
    """An Outlook quote: a rule line over a From/Sent/To/Subject block, in ``lang``."""
    (frm, sent, to, subj), when = OUTLOOK[lang]
    return (
        f"\n\n________________________________\n{frm}: {who}\n{sent}: {when}\n"
        f"{to}: Alex Morgan\n{subj}: Interview - Support Engineer\n\n{body}\n"
    )


def _reply(body: str, sender: str = USER, subject: str = SUBJECT) -> dt.datetime | None:
    """The booked start (naive) of a top-posted reply, or None when it is no interview."""
    u = understand(mail(sender=sender, subject=subject, body=body, date=SENT), CTX)
    if u.kind is not Kind.INTERVIEW:
        return None
    return start(u).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("reply", "quote"),
    [
        (
            "I'm afraid I can't make Thursday at 2pm. Looking forward to speaking soon.",
            _gmail(ONE_SLOT),
        ),
        ("Thursday is no good for me. Looking forward to speaking soon.", _gmail(TWO_SLOTS)),
        (
            "I'm afraid I can't make Thursday at 2pm or Friday at 2pm. Looking forward to it.",
            _gmail(TWO_SLOTS),
        ),
        ("I can't make Thursday, sorry. Looking forward to our chat.", _outlook(TWO_SLOTS)),
        (
            "Donnerstag um 14 Uhr passt mir leider nicht. Ich freue mich auf das Gespräch.",
            _outlook(TWO_SLOTS, lang="de"),
        ),
        (
            "Le jeudi 12 mars ne m'arrange pas. Au plaisir d'échanger.",
            _outlook(TWO_SLOTS, lang="fr"),
        ),
        (
            "El jueves a las 14:00 no me viene bien. Quedo a la espera.",
            _outlook(ONE_SLOT, lang="es"),
        ),
    ],
)
def test_a_day_the_reply_turns_down_is_never_booked(reply: str, quote: str) -> None:
    """A reply turning the quoted Thursday down books nothing, whatever warm words follow."""
    assert _reply(f"Hi Maren,\n\n{reply}\n\nAlex{quote}") is None


@pytest.mark.parametrize(
    ("reply", "quote"),
    [
        ("Thursday doesn't work but Friday at 2 is fine.", _outlook(TWO_SLOTS)),
        (
            "I'm afraid I can't make Thursday, but Friday works for me. See you then!",
            _gmail(TWO_SLOTS),
        ),
        ("Thursday is no good for me; Friday at 2pm is perfect.", _gmail(TWO_SLOTS)),
        (
            "Donnerstag passt mir leider nicht, aber Freitag passt. Bis Freitag!",
            _outlook(TWO_SLOTS, lang="de"),
        ),
        (
            "El jueves no me viene bien, pero el viernes a las 14:00 perfecto. ¡Nos vemos!",
            _outlook(TWO_SLOTS, lang="es"),
        ),
    ],
)
def test_a_reply_turning_one_day_down_and_taking_another_books_the_other(
    reply: str, quote: str
) -> None:
    """ "Thursday doesn't work but Friday at 2 is fine" books the offered Friday."""
    assert _reply(f"Hi Maren,\n\n{reply}\n\nAlex{quote}") == FRIDAY


OLDER_OFFER = (
    "Hi Alex,\n\nCould you do Wednesday 11 March at 10am or Friday 13 March at 9am?\n\nMaren"
)
USER_NEITHER = "Hi Maren,\n\nSadly neither works for me, I'm travelling. Anything later?\n\nAlex"
NEWER_OFFER = (
    "Hi Alex,\n\nNo problem. How about:\n\n1) Thursday 12 March at 2pm\n"
    "2) Friday 13 March at 2pm\n\nMaren"
)


def _stacked(layout: str) -> str:
    """The newer offer over the user's "neither works" over the older offer."""
    if layout == "gmail":
        older = _gmail(USER_NEITHER, who=USER) + "\n".join(
            f"> {line}" for line in _gmail(OLDER_OFFER).split("\n")
        )
        return _gmail(NEWER_OFFER) + "\n".join(f"> {line}" for line in older.split("\n"))
    return _outlook(NEWER_OFFER) + _outlook(USER_NEITHER, who=USER) + _outlook(OLDER_OFFER)


@pytest.mark.parametrize("layout", ["gmail", "outlook"])
@pytest.mark.parametrize(
    "reply",
    [
        "Option 2 works for me.",
        "The second one works for me. See you then.",
        "Friday works for me, see you then.",
    ],
)
def test_the_newest_quoted_offer_is_the_one_answered(layout: str, reply: str) -> None:
    """A pick answers the newest list of times, not an older one further down the thread."""
    assert _reply(f"Hi Maren,\n\n{reply}\n\nAlex{_stacked(layout)}") == FRIDAY


@pytest.mark.parametrize("layout", ["gmail", "en", "de", "fr", "es"])
def test_the_company_booking_the_users_quoted_pick(layout: str) -> None:
    """ "Great - you're confirmed!" over the user's quoted pick books that time."""
    if layout == "gmail":
        quote = _gmail(USERS_PICK, who=USER) + _gmail(TWO_SLOTS)
    else:
        quote = _outlook(USERS_PICK, who=USER, lang=layout) + _outlook(TWO_SLOTS, lang=layout)
    body = f"Hi Alex,\n\nGreat - you're confirmed! The invite is on its way.\n\nMaren{quote}"
    assert _reply(body, sender=HIRER) == THURSDAY


@pytest.mark.parametrize(
    ("reply", "layout"),
    [
        ("Thursday works for me, see you then.", "gmail"),
        ("Thursday works for me, see you then.", "en"),
        ("Thursday works for me, see you then.", "de"),
        ("Thursday works for me, see you then.", "fr"),
        ("El jueves me viene perfecto, nos vemos.", "es"),
    ],
)
def test_the_users_reply_taking_the_companys_offer(reply: str, layout: str) -> None:
    """The user's top-posted "Thursday works" books the quoted Thursday, in each layout."""
    quote = _gmail(TWO_SLOTS) if layout == "gmail" else _outlook(TWO_SLOTS, lang=layout)
    assert _reply(f"Hi Maren,\n\n{reply}\n\nAlex{quote}") == THURSDAY


NEWSLETTER = (
    "Tallowick Community Digest\n\nUpcoming webinars:\n- Thursday 12 March at 2pm: "
    "Scaling support teams\n- Friday 13 March at 2pm: Hiring for empathy\n\n"
    "You receive this digest because you joined our community. Unsubscribe any time."
)
TEAM_REVIEW = (
    "Hi Alex,\n\nCould we review the quarterly support metrics on Thursday 12 March at 2pm "
    "or Friday 13 March at 2pm?\n\nMaren"
)


@pytest.mark.parametrize(
    ("reply", "quote", "subject"),
    [
        # A question back: a counter-proposal, no time booked.
        (
            "Could we do Thursday instead?",
            _gmail(ONE_SLOT.replace("Thursday", "Wednesday")),
            SUBJECT,
        ),
        ("Thursday doesn't work. Could we do Friday at 2pm instead?", _outlook(TWO_SLOTS), SUBJECT),
        ("None of these work for me, sorry. Is next week possible?", _gmail(TWO_SLOTS), SUBJECT),
        ("Thanks so much for getting back to me!", _outlook(TWO_SLOTS), SUBJECT),
        # Another meeting: a colleague's review, and a quoted newsletter with dates.
        ("Thursday works for me, see you then.", _gmail(TEAM_REVIEW), "Re: Support metrics"),
        ("Thanks, Friday works for me!", _outlook(NEWSLETTER), "Re: Tallowick Community Digest"),
    ],
)
def test_a_reply_that_settles_no_offered_time_books_nothing(
    reply: str, quote: str, subject: str
) -> None:
    """A question back, "none of these", thanks, or another meeting's times: no interview."""
    assert _reply(f"Hi Maren,\n\n{reply}\n\nAlex{quote}", subject=subject) is None


@pytest.mark.parametrize(
    "news",
    [
        "Sam can't make Thursday at 2pm any more, so we have moved your interview to "
        "Thursday at 4pm.",
        "Sam can't make Thursday at 2pm and has moved your interview to 4pm the same day.",
    ],
)
def test_a_time_turned_down_leaves_the_new_one_in_the_same_sentence(news: str) -> None:
    """ "Sam can't make Thursday at 2pm, so we have moved it to 4pm" books the new time."""
    body = f"Hi Alex,\n\n{news} See you then!\n\nMaren{_gmail(USERS_PICK, who=USER)}"
    assert _reply(body, sender=HIRER) == THURSDAY.replace(hour=16)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm afraid I can't make Thursday at 2pm. Could we do Friday at 2pm instead?",
        "Thursday at 2pm doesn't work for me. Would Friday 13 March at 2pm be possible?",
    ],
)
def test_a_time_turned_down_with_another_asked_for_is_a_scheduling_request(reply: str) -> None:
    """Turning the offered time down and asking for another books nothing: times are sought."""
    body = f"Hi Maren,\n\n{reply}\n\nAlex{_gmail(ONE_SLOT)}"
    u = understand(mail(sender=USER, subject=SUBJECT, body=body, date=SENT), CTX)
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons
