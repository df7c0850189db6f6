"""Kind families from eval13's dev half: a vacation responder without RFC 3834 headers (en,
de, fr, es), an interview put on hold until further notice (a cancellation at the old time,
not a rejection), an offer confirmed in writing after a call, a coordinator's short "you're
confirmed" under the user's quoted pick of a slot, and a booking stated inside a paragraph
introducing the interviewer ("I've gone ahead and held it").

Every message was written for these tests (invented people and companies under .example
names). Each positive shape sits beside near misses of the same shape.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, start


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Analyst interview - thank you",
            "Hi, I'm travelling in the mountains until mid-March with no reception. I'll "
            "respond when I'm back in the office.\n\nNoor\n(automatic reply)",
        ),
        (
            "Re: Follow-up",
            "Thanks for your note. I'll reply to your email when I return on 16 March.\n\nNoor",
        ),
        (
            "Re: Next steps",
            "Hello! I'm at a conference with limited access to email this week and will get "
            "back to you as soon as I'm back.\n\nNoor",
        ),
        (
            "Re: Thank you",
            "Automatic reply: I'm out on site with no signal until Friday. For anything urgent "
            "please call the office.",
        ),
        (
            "AW: Vorstellungsgespräch",
            "Guten Tag,\n\nich bin bis zum 16. März nicht erreichbar und melde mich nach meiner "
            "Rückkehr bei Ihnen.\n\nNoor Haddad\n(automatische Antwort)",
        ),
        (
            "RE: Entretien",
            "Bonjour,\n\nJe suis en mission sans accès à mes e-mails jusqu'au 16 mars. Je vous "
            "répondrai à mon retour.\n\nNoor",
        ),
        (
            "RE: Entrevista",
            "Hola,\n\nEstoy de viaje sin acceso al correo hasta el 16 de marzo. Te responderé "
            "a mi regreso.\n\nNoor",
        ),
    ],
)
def test_vacation_responder_without_headers_is_an_auto_reply(
    ctx: Context, subject: str, body: str
) -> None:
    """An away notice that defers its answer to the writer's return is an automatic reply."""
    raw = mail(sender="Noor Haddad <noor.haddad@fellmoor.example>", subject=subject, body=body)
    assert understand(raw, ctx).kind is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nI'm travelling next week, but your interview is confirmed for Tuesday, "
        "March 10 at 2:00 PM with Dana Whitlow. I'll reply to your other questions when "
        "I'm back.\n\nNoor\nTalent Partner, Fellmoor",
        "Hi Alex,\n\nThanks for the update - I'll respond properly when I'm back at my desk "
        "this afternoon.\n\nNoor",
        "Automated response - please do not reply.\n\nHi Alex, your interview for the Data "
        "Analyst role is scheduled for Tuesday, March 10 at 2:00 PM with Dana Whitlow.\n\n"
        "Fellmoor Careers",
    ],
)
def test_person_who_will_answer_later_is_no_auto_reply(ctx: Context, body: str) -> None:
    """A person promising a fuller answer later, or stating a booking, is no automatic reply."""
    raw = mail(
        sender="Noor Haddad <noor.haddad@fellmoor.example>", subject="Re: Interview", body=body
    )
    assert understand(raw, ctx).kind is not Kind.AUTO_REPLY


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Postponement of your interview",
            "Dear Alex,\n\nWe regret to inform you that your interview for the Logistics "
            "Coordinator position, scheduled for Tuesday 10 March at 2:00 PM, has been "
            "postponed until further notice due to a budget review.\n\nWe will contact you "
            "with a new date once the position is reconfirmed.\n\nTalent team",
        ),
        (
            "Your interview on Thursday",
            "Hi Alex,\n\nI'm sorry, but your interview on Thursday, March 12 at 10:00 AM has "
            "been put on hold for now while the hiring manager is away. I'll be in touch when "
            "we can rebook.\n\nTalent team",
        ),
        (
            "Interview update",
            "Hi Alex,\n\nUnfortunately we have to pause your second interview (Wednesday, "
            "March 11 at 3pm) while we review the team structure. We'll reach out once we have "
            "an update on the Logistics Coordinator role.\n\nTalent team",
        ),
        (
            "Ihr Vorstellungsgespräch",
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir Ihr Vorstellungsgespräch am "
            "Dienstag, 10. März, um 14 Uhr bis auf Weiteres aussetzen. Wir melden uns, sobald "
            "die Stelle wieder freigegeben ist.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ),
        (
            "Votre entretien",
            "Bonjour,\n\nNous sommes au regret de vous informer que votre entretien du mardi "
            "10 mars à 14h est reporté jusqu'à nouvel ordre. Nous reviendrons vers vous avec "
            "une nouvelle date.\n\nLe service RH",
        ),
        (
            "Tu entrevista",
            "Hola Alex,\n\nLamentamos informarte de que tu entrevista del martes 10 de marzo a "
            "las 14:00 queda aplazada hasta nuevo aviso. Te contactaremos con una nueva "
            "fecha.\n\nEquipo de Selección",
        ),
    ],
)
def test_interview_put_on_hold_is_a_cancellation_at_its_old_time(
    ctx: Context, subject: str, body: str
) -> None:
    """An interview postponed until further notice, with no new date, is cancelled."""
    raw = mail(sender="Talent <talent@harrowfield.example>", subject=subject, body=body)
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons
    assert start(u).date() in {dt.date(2026, 3, d) for d in (10, 11, 12)}


@pytest.mark.parametrize(
    "body",
    [
        "Dear Alex,\n\nWe regret to inform you that the Logistics Coordinator position has "
        "been put on hold, so we will not be arranging further interviews. We will keep "
        "your details on file.\n\nTalent team",
        "Dear Alex,\n\nWe regret to inform you that we will not be moving forward with your "
        "application.\n\nTalent team",
        "Dear Alex,\n\nWe regret to inform you that the recruitment for this role has been "
        "paused until further notice. Thank you for your interest.\n\nTalent team",
    ],
)
def test_role_put_on_hold_stays_a_rejection(ctx: Context, body: str) -> None:
    """The vacancy itself on hold, with no interview called off, stays the rejection."""
    raw = mail(sender="Talent <talent@harrowfield.example>", subject="Your application", body=body)
    assert understand(raw, ctx).kind is Kind.REJECTION


def test_interview_postponed_to_a_new_time_is_no_cancellation(ctx: Context) -> None:
    """An interview postponed to a named new time is no cancellation."""
    raw = mail(
        sender="Talent <talent@harrowfield.example>",
        subject="Your interview",
        body="Hi Alex,\n\nYour interview for the Logistics Coordinator role has been moved "
        "from Tuesday, March 10 at 2pm to Thursday, March 12 at 3pm.\n\nTalent team",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW_CANCELLED


@pytest.mark.parametrize(
    "body",
    [
        "Following up on our call this afternoon - I'm delighted to confirm our offer for "
        "the Warehouse Supervisor position: $64,000 base, start date Monday, April 6. HR "
        "will send the formal letter tomorrow.",
        "As promised on the phone, here is our offer in writing: Data Analyst, $82,000 "
        "base, 10% bonus, start April 13.",
        "Great speaking earlier. I'm pleased to confirm the offer we discussed for the "
        "Store Lead role at $58,000 a year, starting April 6.",
        "To confirm in writing the offer I made on our call: the Line Cook role, £24,000, "
        "38 hours a week, starting 6 April.",
    ],
)
def test_offer_confirmed_in_writing_after_a_call_is_an_offer(ctx: Context, body: str) -> None:
    """An offer made on a call, confirmed by mail with its terms, is an offer."""
    raw = mail(
        sender="Lorne Beck <lorne.beck@quaymark.example>",
        subject="Warehouse Supervisor",
        body=f"Alex,\n\n{body}\n\nLet me know by Friday if you have any questions.\n\nLorne",
    )
    assert understand(raw, ctx).kind is Kind.OFFER


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Sehr geehrter Herr Morgan,\n\nwie telefonisch besprochen, bestätige ich Ihnen "
            "gerne unser Angebot für die Position als Lagerleiter: 64.000 EUR brutto im Jahr, "
            "Beginn am 1. April.\n\nMit freundlichen Grüßen\nLorne Beck",
        ),
        (
            "fr",
            "Bonjour Alex,\n\nSuite à notre échange téléphonique, j'ai le plaisir de vous "
            "confirmer notre offre pour le poste de chef d'entrepôt : 42 000 € brut annuel, "
            "prise de poste le 1er avril.\n\nLorne Beck",
        ),
        (
            "es",
            "Hola Alex,\n\nTras nuestra llamada, me complace confirmarte nuestra oferta para "
            "el puesto de jefe de almacén: 36.000 € brutos anuales, incorporación el 1 de "
            "abril.\n\nLorne Beck",
        ),
    ],
)
def test_offer_confirmed_after_a_call_in_other_languages(
    ctx: Context, lang: str, body: str
) -> None:
    """An offer confirmed by mail after a call (de, fr, es) is an offer."""
    raw = mail(sender="Lorne Beck <lorne.beck@quaymark.example>", subject="Angebot", body=body)
    assert understand(raw, ctx).kind is Kind.OFFER, lang


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your time today. We'd like to discuss an offer with you on Friday's "
        "call - does 2pm work?",
        "Great speaking earlier. Once your references are back we hope to confirm an offer "
        "next week.",
        "I'm delighted to confirm your final interview for the Warehouse Supervisor role on "
        "Tuesday, March 10 at 2pm with Dana Whitlow.",
    ],
)
def test_talk_of_an_offer_to_come_is_no_offer(ctx: Context, body: str) -> None:
    """An offer still to be discussed or confirmed, or a confirmed interview, is no offer."""
    raw = mail(
        sender="Lorne Beck <lorne.beck@quaymark.example>",
        subject="Warehouse Supervisor",
        body=f"Alex,\n\n{body}\n\nLorne",
    )
    assert understand(raw, ctx).kind is not Kind.OFFER


def test_offer_confirmed_for_a_sale_is_no_offer(ctx: Context) -> None:
    """A buyer's offer for a sofa confirmed in writing, with no hiring word, is no offer."""
    raw = mail(
        sender="Lorne Beck <lorne.beck@quaymark.example>",
        subject="The sofa",
        body="Alex,\n\nTo confirm in writing the offer I made on our call: £240 for the sofa, "
        "collected on Saturday.\n\nLorne",
    )
    assert understand(raw, ctx).kind is not Kind.OFFER


def _thread(reply: str, user_line: str, offer_line: str) -> bytes:
    """A coordinator's reply over the user's quoted pick over the coordinator's offer."""
    return mail(
        sender="Alondra Reyes <alondra.reyes@pinecrest.example>",
        subject="Re: Pinecrest - onsite interview",
        date="Fri, 06 Mar 2026 11:10:00 -0700",
        body=f"{reply}\n\nAlondra\n\n"
        "On Fri, Mar 6, 2026 at 10:02 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
        f"> Hi Alondra, {user_line}\n"
        "> On Thu, Mar 5, 2026 at 4:40 PM Alondra Reyes <alondra.reyes@pinecrest.example> "
        "wrote:\n>\n"
        f"> > Hi Alex, {offer_line}\n",
    )


_OFFERED = (
    "the panel (Dana Whitlow and Omar Haddad) can do Thursday 3/12 at 1:30pm Mountain or "
    "Friday 3/13 at 9am. Which works?"
)


@pytest.mark.parametrize(
    ("reply", "user_line"),
    [
        (
            "Great - you're confirmed! I've sent calendar holds to the panel.",
            "Thursday 3/12 at 1:30pm Mountain works for me. Thank you!",
        ),
        ("Perfect, that's booked. See you then!", "Thursday 3/12 at 1:30pm works best for me."),
        (
            "Confirmed - the panel has it in their calendars.",
            "I'd like to take the Thursday 3/12 1:30pm slot, please.",
        ),
    ],
)
def test_confirmation_of_the_slot_the_user_picked_is_an_interview(
    ctx: Context, reply: str, user_line: str
) -> None:
    """A short "you're confirmed" under the user's quoted pick books that slot."""
    u = understand(_thread(reply, user_line, _OFFERED), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 3, 12, 13, 30, tzinfo=start(u).tzinfo)
    assert start(u).utcoffset() == dt.timedelta(hours=-6)


@pytest.mark.parametrize(
    ("reply", "user_line"),
    [
        (
            "Thanks Alex - I'll check with the panel and get back to you.",
            "Thursday 3/12 at 1:30pm Mountain works for me.",
        ),
        (
            "Great - you're confirmed!",
            "Either Thursday 3/12 at 1:30pm or Friday 3/13 at 9am works for me.",
        ),
        (
            "No problem, confirmed - I'll send new options next week.",
            "Sorry, neither Thursday 3/12 at 1:30pm nor Friday 3/13 at 9am works for me.",
        ),
        (
            "No problem, confirmed - I'll send new options next week.",
            "Thursday 3/12 at 1:30pm doesn't work for me, I'm travelling.",
        ),
    ],
)
def test_quoted_slots_not_picked_stay_unbooked(ctx: Context, reply: str, user_line: str) -> None:
    """No confirmation, two picks, or none picked: the quoted slots book nothing."""
    assert understand(_thread(reply, user_line, _OFFERED), ctx).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks Alex - I'll get that confirmed with the panel and come back to you.",
        "Thanks! Once the panel has confirmed, I'll send the invite.",
        "Thanks Alex, waiting on confirmation from Dana.",
    ],
)
def test_reply_still_to_confirm_the_users_pick_books_nothing(ctx: Context, reply: str) -> None:
    """A reply that will confirm the user's quoted pick later has booked nothing yet."""
    user_line = "Thursday 3/12 at 1:30pm Mountain works for me."
    assert understand(_thread(reply, user_line, _OFFERED), ctx).kind is not Kind.INTERVIEW


def test_confirmation_over_the_senders_own_offer_picks_nothing(ctx: Context) -> None:
    """A "you're confirmed" right over the sender's own two quoted slots picks neither."""
    raw = mail(
        sender="Alondra Reyes <alondra.reyes@pinecrest.example>",
        subject="Re: Pinecrest - onsite interview",
        date="Fri, 06 Mar 2026 11:10:00 -0700",
        body="Great - you're confirmed! I've sent calendar holds to the panel.\n\nAlondra\n\n"
        "On Thu, Mar 5, 2026 at 4:40 PM Alondra Reyes <alondra.reyes@pinecrest.example> "
        f"wrote:\n\n> Hi Alex, {_OFFERED}\n",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    "booking",
    [
        "He has Tuesday, March 10 at 11:00am ET open, and I've gone ahead and held it. Zoom "
        "details below.",
        "She's free on Tuesday, March 10 at 11am, so I went ahead and booked it for you. "
        "The Zoom link is below.",
        "I've grabbed Tuesday, March 10 at 11:00am ET in his calendar for the two of you.",
    ],
)
def test_booking_inside_an_introduction_is_an_interview(ctx: Context, booking: str) -> None:
    """A recruiter's introduction of the interviewer that books the slot is an interview."""
    raw = mail(
        sender="Danielle Osei <danielle.osei@brasswood.example>",
        subject="Next step: conversation with our GM",
        body="Hi Alex,\n\nThanks for a great first conversation! The next step is a 45-minute "
        "interview with Theo Lindqvist. Theo runs our audio business as General Manager - "
        "before Brasswood he built a podcast network, and he cares a lot about how you think "
        f"about audience growth.\n\n{booking}\n\nhttps://brasswood.zoom.us/j/86420013579\n\n"
        "Danielle Osei\nTalent Acquisition, Brasswood",
    )
    u = understand(raw, ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u).date() == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "booking",
    [
        "He has Tuesday, March 10 at 11:00am ET open - does that work for you?",
        "He has Tuesday, March 10 at 11:00am ET open; let me know and I'll hold it.",
        "I've tentatively held Tuesday, March 10 at 11am - can you confirm it works?",
    ],
)
def test_introduction_without_a_booking_stays_unbooked(ctx: Context, booking: str) -> None:
    """An introduction offering a slot, or holding it only tentatively, books nothing."""
    raw = mail(
        sender="Danielle Osei <danielle.osei@brasswood.example>",
        subject="Next step: conversation with our GM",
        body="Hi Alex,\n\nThe next step is a 45-minute interview with Theo Lindqvist. Theo "
        f"runs our audio business as General Manager.\n\n{booking}\n\nDanielle Osei\n"
        "Talent Acquisition, Brasswood",
    )
    assert understand(raw, ctx).kind is not Kind.INTERVIEW
