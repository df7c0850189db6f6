"""Families of session 24 in threads: times settled between people, and who takes part.

Opened from eval29's dev half and written from scratch for these tests (no evaluation
message is copied): the hiring side moving the booked start within its day in a reply that
names only clocks ("Can we start at 1:40 instead of 1:30?"); a booking tool's "To change or
cancel" footer; a short yes to a day with its clock in the next sentence; "I confirm my
availability for the interview on ..."; a job word in the quoted thread that makes another
purpose the job's setting; "stands cancelled"; a chat with "our creative director"; a
Portuguese "Combinado então:"; hiring paused with the application kept open; and people: a
title on the line below a name's comma, a writer who said "talk then", someone joined on
the panel, a Dutch "en met mij", "I'll be the one interviewing", "I'll meet you ... with
our QA lead", the "io" of the words the user answers. Traps keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Kind
from tests.unit.understand.messages import alex_in_new_york, day_first_user
from tests.unit.understand.messages import kind_start_and_people as _read

ALEX = alex_in_new_york()
TEO = day_first_user("Teodoro Bonsu", "teodoro.bonsu@example.org", "America/Sao_Paulo")
JORIS = day_first_user("Joris Peeters", "joris.peeters@example.be", "Europe/Brussels")
OTTAVIO = day_first_user("Ottavio Ferri", "ottavio.ferri@example.it", "Europe/Rome")

EN_DATE = "Thu, 05 Mar 2026 09:00:00 -0500"
BR_DATE = "Thu, 05 Mar 2026 09:00:00 -0300"
EU_DATE = "Thu, 05 Mar 2026 09:00:00 +0100"

_BOOKED = (
    "\n\nOn Mon, Mar 2, 2026 at 9:00 AM Dana Whitley <dana.whitley@corvel-labs.example> wrote:"
    "\n\n> Confirmed for Thursday, March 5 at 1:30 PM ET at our Vesey Street office.\n> Dana"
    " Whitley, Engineering Manager\n"
)


DANA = "Dana Whitley <dana.whitley@corvel-labs.example>"
ON_THE_DAY = dt.datetime(2026, 3, 5, 18, 40, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "reply",
    [
        "Alex, running about 10 min late out of a meeting. Can we start at 1:40 instead of"
        " 1:30? Same room.\n\nDana",
        "Alex, running about 10 min late out of a meeting. Can we start at 1:40\ninstead of"
        " 1:30? Same room.\n\nDana",
        "Hi Alex, my 12:00 is running over. Let's push our start to 1:40 instead of 1:30, same"
        " place. Sorry!\n\nDana",
    ],
    ids=["asked", "asked-across-a-wrap", "pushed-beside-another-meetings-clock"],
)
def test_the_hiring_side_moves_the_booked_start_within_its_day(reply: str) -> None:
    """A reply under the booking naming only clocks, one of them the booked one: the
    interview at the new clock on the booked day."""
    kind, start, _ = _read(ALEX, DANA, "Re: Interview today", reply + _BOOKED, EN_DATE)
    assert (kind, start) == (Kind.INTERVIEW, ON_THE_DAY)


def test_a_move_of_the_tour_keeps_the_booked_start() -> None:
    """ "Can we do the office tour at 2:30 instead of 2:00?" moves the day's tour, not the
    interview: its start stays the booked one."""
    reply = "Hi Alex, can we do the office tour at 2:30 instead of 2:00? Thanks!\n\nDana"
    _, start, _ = _read(ALEX, DANA, "Re: Interview today", reply + _BOOKED, EN_DATE)
    assert start != dt.datetime(2026, 3, 5, 19, 30, tzinfo=dt.UTC)


def test_a_booking_tools_change_or_cancel_footer_cancels_nothing() -> None:
    """ "To change or cancel, use the link in this email" under a booking: an interview."""
    body = (
        "Your booking is confirmed\n\nService: Interview - Data Engineer\nDate: Tuesday 10"
        " March 2026\nTime: 4:00 PM - 5:00 PM (UTC-05:00) Eastern Time\nStaff: Priya Raman\n\n"
        "To change or cancel, use the link in this email.\n\nCorvel Labs Careers"
    )
    kind, _, _ = _read(
        ALEX,
        "Corvel Labs Careers <bookings@corvel-labs.example>",
        "Booking confirmed: Interview - Data Engineer",
        body,
        EN_DATE,
    )
    assert kind is Kind.INTERVIEW


def test_a_short_yes_to_a_day_then_its_clock() -> None:
    """ "Tuesday works. 10am at our office" under the user's "Tuesday or Wednesday": the
    interview on Tuesday at 10."""
    body = (
        "Tuesday works. 10am at our Hudson Street office, ask for me at reception.\n\nRaj Patel"
        "\nPartner, Ridgeway Capital\n\nOn Wed, Mar 4, 2026 at 6:00 PM Alex Morgan"
        " <alex.morgan@gmail.com> wrote:\n\n> Dear Raj, I could meet on Tuesday 10 March or"
        " Wednesday, any time in the morning.\n"
    )
    kind, start, _ = _read(
        ALEX, "Raj Patel <raj@ridgeway-capital.example>", "Re: Associate role", body, EN_DATE
    )
    assert (kind, start) == (Kind.INTERVIEW, dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC))


def test_the_guests_formal_confirmation_of_availability() -> None:
    """ "I confirm my availability for the interview on Friday 13 March at 4 PM": the
    interview, not a request."""
    body = (
        "Dear Ma'am,\n\nThank you for the opportunity. I confirm my availability for the"
        " interview on Friday 13 March at 4 PM.\n\nRegards,\nAlex\n\nOn Mon, Mar 2, 2026 at 6:02"
        " PM Revathi Nair <revathi.nair@sahyadri-labs.example> wrote:\n\n> Dear Alex, you are"
        " shortlisted for a virtual interview on Friday 13 March at 4:00 PM ET. Please"
        " confirm.\n"
    )
    kind, start, _ = _read(
        ALEX,
        "Alex Morgan <alex.morgan@gmail.com>",
        "Re: Interview for QA Associate",
        body,
        EN_DATE,
        to="Revathi Nair <revathi.nair@sahyadri-labs.example>",
    )
    assert (kind, start) == (Kind.INTERVIEW, dt.datetime(2026, 3, 13, 20, 0, tzinfo=dt.UTC))


def test_a_job_word_in_the_quoted_thread_makes_the_other_purpose_the_jobs() -> None:
    """The user's yes under "Re: Claims adjuster interview", the invitation signed by an HR
    Generalist: the user's interview, not an insurance claim's visit."""
    body = (
        "Thursday the 12th at 2 PM is great. Confirming I'll come to the Keystone office."
        " Thank you!\n\nAlex\n\nOn Wed, Mar 4, 2026 at 4:30 PM Bev Hollis"
        " <bev.hollis@whitewater-claims.example> wrote:\n\n> Hi Alex, could you come in on"
        " Thursday, March 12 at 2:00 PM for a panel with our claims supervisors?\n>\n> Bev"
        " Hollis, HR Generalist, Whitewater Claims\n"
    )
    kind, _, _ = _read(
        ALEX,
        "Alex Morgan <alex.morgan@gmail.com>",
        "Re: Claims adjuster interview",
        body,
        EN_DATE,
        to="Bev Hollis <bev.hollis@whitewater-claims.example>",
    )
    assert kind is Kind.INTERVIEW


def test_a_claim_adjusters_visit_stays_other() -> None:
    """An insurer's adjuster visiting about the user's claim, with no job word anywhere."""
    body = (
        "Hi Alex,\n\nYour claims adjuster will visit on Thursday, March 12 at 2:00 PM to"
        " inspect the water damage.\n\nWhitewater Insurance"
    )
    kind, _, _ = _read(ALEX, "Claims <claims@whitewater-ins.example>", "Your claim", body, EN_DATE)
    assert kind is not Kind.INTERVIEW


def test_an_interview_that_stands_cancelled_across_a_wrap() -> None:
    """ "the\\ninterview scheduled on 12th March at 3 PM stands cancelled" beside "the
    position has been filled": a cancellation."""
    body = (
        "Dear Alex,\n\nWe regret to inform you that the position has been filled internally,"
        " and hence the\ninterview scheduled on 12th March at 3 PM stands cancelled.\n\n"
        "Regards,\nMeghana Rao\nTalent Acquisition"
    )
    kind, _, _ = _read(
        ALEX, "Meghana Rao <meghana@hosur-motors.example>", "Interview", body, EN_DATE
    )
    assert kind is Kind.INTERVIEW_CANCELLED


def test_a_chat_with_our_creative_director_under_a_job_title_subject() -> None:
    """ "You'll chat with our creative director, Marcus Yeo" under "Re: Pyrmont - Narrative
    Designer": the interview, with him."""
    body = (
        "Hi Alex,\n\nConfirmed for Thursday 12 March at 2pm ET. You'll chat with our creative"
        " director, Marcus Yeo, on Zoom.\n\nBianca Ferris\nPyrmont Games"
    )
    kind, _, names = _read(
        ALEX,
        "Bianca Ferris <bianca@pyrmont-games.example>",
        "Re: Pyrmont Games - Narrative Designer",
        body,
        EN_DATE,
    )
    assert (kind, names) == (Kind.INTERVIEW, ["Marcus Yeo"])


def test_combinado_entao_settles_the_time() -> None:
    """ "Combinado então: quinta-feira às 15h" under the user's question: the interview."""
    body = (
        "Oi Teodoro, tudo bem?\n\nCombinado então: quinta-feira às 15h, pelo Google Meet,"
        " comigo e com o Rodrigo Bastos. Te mando o link um dia antes.\n\nAbraço,\nFernanda"
        " Quintão\nTech Recruiter\n\nEm 03/03/2026, às 09:40, Teodoro Bonsu"
        " <teodoro.bonsu@example.org> escreveu:\n\n> Oi Fernanda! Pode ser na quinta-feira, 12"
        " de março à tarde?\n"
    )
    kind, start, _ = _read(
        TEO,
        "Fernanda Quintão <fernanda@anhangabau-pay.example>",
        "Re: Entrevista - Analista de Dados",
        body,
        BR_DATE,
    )
    assert (kind, start) == (Kind.INTERVIEW, dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.UTC))


def test_hiring_paused_with_the_application_kept_open() -> None:
    """ "We have paused all hiring ... I can't schedule your interview just yet ... your
    application remains active": no request, no outcome."""
    body = (
        "Hi Alex,\n\nApologies for the silence. We have paused all hiring until our board meets"
        " at the end of the month, so I can't schedule your interview just yet. I will come"
        " back to you as soon as I have an answer; your application remains active.\n\n"
        "Esther\nHR, Karura Finance"
    )
    kind, _, _ = _read(
        ALEX, "Esther Wairimu <esther@karura-finance.example>", "Re: Analyst", body, EN_DATE
    )
    assert kind is Kind.OTHER


def test_hiring_paused_for_good_is_still_the_end() -> None:
    """ "We have paused all hiring for this role" with nothing kept open: the case ends."""
    body = (
        "Hi Alex,\n\nI'm sorry to say we have paused all hiring and will not be filling the"
        " analyst role.\n\nEsther\nHR, Karura Finance"
    )
    kind, _, _ = _read(
        ALEX, "Esther Wairimu <esther@karura-finance.example>", "Re: Analyst", body, EN_DATE
    )
    assert kind is Kind.REJECTION


PEOPLE = [
    (
        "title-below-the-names-comma",
        "Great news, the client confirmed Thursday, March 12 at 10:00 AM at their office on"
        " Wellington Street. You'll meet Glen Abbott,\nDirector of Finance, and Yvette Moreau"
        " from the FP&A team.\n\nPriyanka Sethi\nSenior Consultant, Northgate Talent",
        "Priyanka Sethi <priyanka@northgate-talent.example>",
        ["Glen Abbott", "Yvette Moreau"],
    ),
    (
        "joined-on-the-panel",
        "Quick update for Thursday: Deepa is out sick, so Hamish Orr will join Mei-Ling Sato on"
        " the panel instead. Time unchanged: Thursday, March 12, 10:00 AM ET.\n\nKit Mabaso\n"
        "People Ops",
        "Kit Mabaso <kit@salishan-games.example>",
        ["Hamish Orr", "Mei-Ling Sato"],
    ),
    (
        "the-one-interviewing-across-a-wrap",
        "Great, 1 PM ET on Thursday, March 12 it is. I'll be the one\ninterviewing; it's a"
        " pairing session, so have an editor ready.\n\nShirin Abbasi-Kent\nEngineering Manager",
        "Shirin Abbasi-Kent <shirin@fremont-ledger.example>",
        ["Shirin Abbasi-Kent"],
    ),
    (
        "meets-you-with-our-qa-lead",
        "Lovely, see you Thursday 12 March at 11:30am at our lab. I'll meet you at reception"
        " with our QA lead, Bec Marchant.\n\nHamid Rostami\nLab Manager",
        "Hamid Rostami <hamid@glenelg-bio.example>",
        ["Bec Marchant", "Hamid Rostami"],
    ),
    (
        "trap-meets-you-and-takes-you-up",
        "Lovely, see you Thursday 12 March at 11:30am at our lab for your interview with Bec"
        " Marchant. I'll meet you at reception and take you up.\n\nHamid Rostami\nLab Manager",
        "Hamid Rostami <hamid@glenelg-bio.example>",
        ["Bec Marchant"],
    ),
]


@pytest.mark.parametrize(
    ("body", "sender", "names"), [p[1:] for p in PEOPLE], ids=[p[0] for p in PEOPLE]
)
def test_the_people_are_read(body: str, sender: str, names: list[str]) -> None:
    """Who takes part, as threads and short mails name them."""
    kind, _, found = _read(ALEX, sender, "Re: Interview", body, EN_DATE)
    assert (kind, found) == (Kind.INTERVIEW, names)


def test_the_writer_who_said_talk_then_is_on_the_call() -> None:
    """A move "Thursday at 4 instead" from the one whose quoted words said "Talk then": the
    writer is the interviewer."""
    body = (
        "Alex - actually, let's do Thursday at 4 instead. I have a board call land on top of 11."
        " So: Thursday, March 12, 4:00 PM ET, same Teams link.\n\nAmara\n\nOn Mon, Mar 2, 2026"
        " at 1:37 PM Amara Osterhout <amara@corktown-mobility.example> wrote:\n\n> Great,"
        " confirmed for Thursday at 11 AM ET. Talk then.\n>\n> Amara Osterhout\n> Head of"
        " Product\n"
    )
    kind, _, names = _read(
        ALEX,
        "Amara Osterhout <amara@corktown-mobility.example>",
        "Re: Interview Thursday",
        body,
        EN_DATE,
    )
    assert (kind, names) == (Kind.INTERVIEW, ["Amara Osterhout"])


def test_a_flemish_en_met_mij_names_the_writer() -> None:
    """ "U maakt kennis met Koen De Smet, operationeel directeur, en met mij": both."""
    body = (
        "Beste Joris,\n\nGraag bevestig ik uw gesprek op donderdag 12 maart om 14u00 in ons"
        " kantoor. U maakt er kennis met Koen De Smet, operationeel directeur, en met mij.\n\n"
        "Met vriendelijke groeten,\nEls Verhaegen\nHR, Kattendijk Logistiek"
    )
    kind, _, names = _read(
        JORIS,
        "Els Verhaegen <els.verhaegen@kattendijk.example>",
        "Uw sollicitatie - bevestiging gesprek",
        body,
        EU_DATE,
    )
    assert (kind, names) == (Kind.INTERVIEW, ["Els Verhaegen", "Koen De Smet"])


def test_the_io_of_the_words_the_user_answers_is_their_author() -> None:
    """The user's "Va benissimo giovedì alle 15" to Simone Castellucci, whose quoted words
    say "Ci saremo io e Chiara Deodato": both."""
    body = (
        "Va benissimo giovedì alle 15, a giovedì!\n\nOttavio\n\nIl giorno 03/03/2026 alle ore"
        " 19:05 Simone Castellucci <simone@aventino-studio.example> ha scritto:\n\n> Ciao"
        " Ottavio, ti andrebbe di passare in studio giovedì 12 marzo alle 15 per un colloquio"
        " conoscitivo? Ci saremo io e Chiara Deodato.\n>\n> Simone - Aventino Studio\n"
    )
    kind, _, names = _read(
        OTTAVIO,
        "Ottavio Ferri <ottavio.ferri@example.it>",
        "Re: Colloquio conoscitivo",
        body,
        EU_DATE,
        to="Simone Castellucci <simone@aventino-studio.example>",
    )
    assert (kind, names) == (Kind.INTERVIEW, ["Chiara Deodato", "Simone Castellucci"])
