"""Adversarial review of session 24's thread rules (written from scratch).

Traps and near misses for: the hiring side moving the booked start by clocks only, a
booking tool's "To change or cancel" footer, a short yes to a day with its clock next,
"I confirm my availability", a job word in the quoted thread, "stands cancelled", a chat
with "our <field> director", pt "Combinado então:", hiring paused, and who takes part
("talk then", "will join Y on the call", "I'll meet you ... with our ...", "en met mij",
the "me/io/yo" of the words the user answers).

A helper wrote 70 probes against 2c9b84b; 20 failed. 8 were mended the same session in
general (the four the new rules had broken: a VP follow-up call moved beside a booking that
"stays as booked", "I confirm my availability" over two days or in a question, a facilities
manager met at reception; and four near misses: "This is to confirm my availability",
"will be joining ... on the panel", "Dann hören wir uns", "en mezelf"); 12 strict xfails
remain, each saying what the classifier gives.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import alex_in_new_york, day_first_user, mail
from tests.unit.understand.messages import kind_start_and_people as read

ALEX = alex_in_new_york()
TEO = day_first_user("Teodoro Bonsu", "teodoro.bonsu@example.org", "America/Sao_Paulo")
JORIS = day_first_user("Joris Peeters", "joris.peeters@example.be", "Europe/Brussels")
OTTAVIO = day_first_user("Ottavio Ferri", "ottavio.ferri@example.it", "Europe/Rome")
LUIS = day_first_user("Luis Ortega", "luis.ortega@example.es", "Europe/Madrid")
JONAS = day_first_user("Jonas Weber", "jonas.weber@example.de", "Europe/Berlin")
CAMILLE = day_first_user("Camille Roux", "camille.roux@example.fr", "Europe/Paris")

EN_DATE = "Thu, 05 Mar 2026 09:00:00 -0500"
BR_DATE = "Thu, 05 Mar 2026 09:00:00 -0300"
EU_DATE = "Thu, 05 Mar 2026 09:00:00 +0100"

USER = "Alex Morgan <alex.morgan@gmail.com>"
DANA = "Dana Whitley <dana.whitley@corvel-labs.example>"
BOOKED = (
    "\n\nOn Mon, Mar 2, 2026 at 9:00 AM Dana Whitley <dana.whitley@corvel-labs.example> wrote:"
    "\n\n> Confirmed for Thursday, March 5 at 1:30 PM ET at our Vesey Street office.\n> Dana"
    " Whitley, Engineering Manager\n"
)
ON_THE_DAY = dt.datetime(2026, 3, 5, 18, 30, tzinfo=dt.UTC)


def utc(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


def check(got: tuple[Kind, dt.datetime | None, list[str]], want: dict[str, Any]) -> None:
    kind, start, names = got
    if "kind" in want:
        assert kind is want["kind"], got
    if "not_kind" in want:
        assert kind is not want["not_kind"], got
    if "start" in want:
        assert start == want["start"], got
    if "not_start" in want:
        assert start != want["not_start"], got
    if "names" in want:
        assert names == want["names"], got


def xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


IV = Kind.INTERVIEW

# --- The booked start moved by clocks only (Dana's booking: Thu 5 March, 1:30 PM ET) ---

MOVES = [
    pytest.param(
        "Alex, my previous meeting is overrunning. Could we start at 2:00 instead of 1:30?"
        " Same room.\n\nDana",
        {"kind": IV, "start": utc(3, 5, 19)},
        id="could-we-start-at-2-instead-of-the-booked",
    ),
    pytest.param(
        "Hi Alex, small change: can we push to 2:15 instead of 1:30? Apologies!\n\nDana",
        {"kind": IV, "start": utc(3, 5, 19, 15)},
        id="push-to-a-clock-instead-of-the-booked",
    ),
    pytest.param(
        "Hi Alex, we'll need to push back to 2:30 today, something came up. See you then.\n\nDana",
        {"kind": IV, "start": utc(3, 5, 19, 30)},
        id="push-back-to-one-clock",
    ),
    pytest.param(
        "Alex, running a bit behind. Can we make it 1:45? Same room.\n\nDana",
        {"kind": IV, "start": utc(3, 5, 18, 45)},
        id="make-it-a-quarter-to",
    ),
    pytest.param(
        "Alex, could we do 2 instead of 1:30? My lunch is running long.\n\nDana",
        {"kind": IV, "start": utc(3, 5, 19)},
        id="a-bare-hour-instead-of-the-booked",
        marks=xf(
            "other: the bare hour in 'could we do 2 instead of 1:30?' is no clock for _start_moved and the '?' drops the reply; near miss of the new move rule (other on c9e2bec too)"
        ),
    ),
    pytest.param(
        "Alex, let's start at 2:00 instead of 1:30 today, my earlier call overran. Same room."
        "\n\nDana",
        {"kind": IV, "start": utc(3, 5, 19)},
        id="lets-start-instead-without-a-move-verb",
    ),
    pytest.param(
        "Alex, could we move it to Zoom instead? Same time, 1:30. Link to follow.\n\nDana",
        {"kind": IV, "start": ON_THE_DAY},
        id="moved-to-zoom-at-the-same-clock",
        marks=xf(
            "other: a '?' with move words naming only the booked clock; _start_moved finds no new clock and the booked branch still wants no '?'; older gap (other on c9e2bec)"
        ),
    ),
    pytest.param(
        "Hi Alex, can we start at 1:45 pm instead? Running a little behind.\n\nDana",
        {"kind": IV, "start": utc(3, 5, 18, 45)},
        id="start-at-a-pm-clock-instead",
    ),
    pytest.param(
        "Alex, we're all set for 1:30. Could we also push the team debrief to 3:30? Thanks!"
        "\n\nDana",
        {"kind": IV, "start": ON_THE_DAY},
        id="trap-another-meetings-clock-moved-beside-the-booked",
    ),
    pytest.param(
        "Alex, can we push our follow-up call with the VP to 4:30? The interview itself stays as"
        " booked.\n\nDana",
        {"not_start": utc(3, 5, 21, 30)},
        id="trap-the-vp-follow-up-moved-not-the-interview",
    ),
    pytest.param(
        "Hi Alex, can we move lunch with the team to 12:30 instead of 12? Otherwise all as"
        " planned.\n\nDana",
        {"not_start": utc(3, 5, 17, 30)},
        id="trap-lunch-moved",
    ),
    pytest.param(
        "Alex, something came up, could we push to 2:30 tomorrow instead? Sorry about this."
        "\n\nDana",
        {"not_start": utc(3, 5, 19, 30)},
        id="trap-moved-to-tomorrow-is-not-the-booked-day",
    ),
]


@pytest.mark.parametrize(("reply", "want"), MOVES)
def test_the_booked_start_moved_by_clocks(reply: str, want: dict[str, Any]) -> None:
    """Replies from the hiring side under the quoted booking of Thursday 1:30 PM."""
    check(read(ALEX, DANA, "Re: Interview today", reply + BOOKED, EN_DATE), want)


def test_trap_a_friend_pushes_the_gym_under_the_quoted_booking() -> None:
    """A friend's "push the gym to 6:30 tonight" under the forwarded booking: never an
    interview at 6:30."""
    body = (
        "Good luck today!! Can we push the gym to 6:30 tonight then? I'll grab the towels.\n\nSam"
        + BOOKED
    )
    check(
        read(ALEX, "Sam Reyes <sam.reyes@gmail.com>", "Re: Interview today", body, EN_DATE),
        {"not_start": utc(3, 5, 23, 30)},
    )


def test_trap_a_friend_moves_coffee_by_the_booked_clock() -> None:
    """A friend under the booking: "can we move our coffee to 1:45 instead of 1:30?" is the
    friend's coffee, not the interview; no interview at 1:45."""
    body = (
        "Wait, isn't that clashing with us? Can we move our coffee to 1:45 instead of 1:30? Sorry!"
        "\n\nSam" + BOOKED
    )
    check(
        read(ALEX, "Sam Reyes <sam.reyes@gmail.com>", "Re: Interview today", body, EN_DATE),
        {"not_start": utc(3, 5, 18, 45)},
    )


def test_spanish_start_moved_by_clocks() -> None:
    """ "¿Podríamos empezar a las 13:45 en vez de las 13:30?" under the Spanish booking."""
    body = (
        "Hola Luis, se me alarga una reunión. ¿Podríamos empezar a las 13:45 en vez de las"
        " 13:30? Misma sala.\n\nLucía\n\nEl lun, 2 mar 2026 a las 9:00, Lucía Ferrer"
        " <lucia.ferrer@ibertec.example> escribió:\n\n> Confirmada tu entrevista el jueves 5 de"
        " marzo a las 13:30 en nuestra oficina de Castellana.\n> Lucía Ferrer, Responsable de"
        " Ingeniería\n"
    )
    check(
        read(
            LUIS,
            "Lucía Ferrer <lucia.ferrer@ibertec.example>",
            "Re: Entrevista hoy",
            body,
            EU_DATE,
        ),
        {"kind": IV, "start": utc(3, 5, 12, 45)},
    )


def test_german_start_moved_by_clocks() -> None:
    """ "Könnten wir stattdessen um 14:00 statt 13:30 beginnen?" under the booking."""
    body = (
        "Hallo Jonas, mein Termin davor zieht sich. Könnten wir stattdessen um 14:00 statt 13:30"
        " beginnen? Gleicher Raum.\n\nJana\n\nAm Mo., 2. März 2026 um 09:00 schrieb Jana Krüger"
        " <jana.krueger@rheinwerk.example>:\n\n> Bestätigt: Donnerstag, 5. März um 13:30 Uhr"
        " bei uns im Büro.\n> Jana Krüger, Teamleiterin\n"
    )
    check(
        read(
            JONAS,
            "Jana Krüger <jana.krueger@rheinwerk.example>",
            "Re: Vorstellungsgespräch heute",
            body,
            EU_DATE,
        ),
        {"kind": IV, "start": utc(3, 5, 13)},
    )


# --- A booking tool's footer ---


def test_a_cancellation_with_the_change_or_cancel_footer_is_cancelled() -> None:
    """ "Your booking has been cancelled" above "To change or cancel, use the link": still a
    cancellation."""
    body = (
        "Your booking has been cancelled\n\nService: Interview - Data Engineer\nDate: Tuesday 10"
        " March 2026\nTime: 4:00 PM - 5:00 PM (UTC-05:00) Eastern Time\nStaff: Priya Raman\n\n"
        "To change or cancel, use the link in this email.\n\nCorvel Labs Careers"
    )
    check(
        read(
            ALEX,
            "Corvel Labs Careers <bookings@corvel-labs.example>",
            "Booking cancelled: Interview - Data Engineer",
            body,
            EN_DATE,
        ),
        {"kind": Kind.INTERVIEW_CANCELLED},
    )


def test_a_recruiter_cancelling_above_the_footer_is_cancelled() -> None:
    """A recruiter's "I have to cancel your interview on Tuesday" then a tool's "To modify or
    reschedule future bookings" line: a cancellation."""
    body = (
        "Hi Alex,\n\nI'm sorry, but I have to cancel your interview on Tuesday, March 10 at 4 PM;"
        " the role has been put on hold.\n\nPriya\n\nTo modify or reschedule future bookings,"
        " use the link below."
    )
    check(
        read(ALEX, "Priya Raman <priya@corvel-labs.example>", "Interview", body, EN_DATE),
        {"kind": Kind.INTERVIEW_CANCELLED},
    )


# --- A short yes to a day, its clock next ---

_OFFERED = (
    "\n\nOn Wed, Mar 4, 2026 at 6:00 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Dear"
    " Raj, I could meet on Tuesday 10 March or Wednesday 11 March, any time that suits you.\n"
)
RAJ = "Raj Patel <raj@ridgeway-capital.example>"

SHORT_YES = [
    pytest.param(
        "Wednesday suits. 2pm at our Canal Street office, ask for me at reception.\n\nRaj Patel",
        {"kind": IV, "start": utc(3, 11, 18)},
        id="wednesday-suits-then-2pm",
    ),
    pytest.param(
        "Tuesday is fine. 10:30 at our office on Hudson Street.\n\nRaj Patel",
        {"kind": IV, "start": utc(3, 10, 14, 30)},
        id="tuesday-is-fine-then-1030",
        marks=xf(
            "other: 'Tuesday is fine.' is no confirmation phrase, so the short-yes pairing misses; near miss of the new _dates rule (other on c9e2bec)"
        ),
    ),
    pytest.param(
        "Tuesday works. 3pm is taken though, so how about late morning? Let me know.\n\nRaj",
        {"not_start": utc(3, 10, 19), "not_kind": IV},
        id="trap-the-next-clock-is-taken",
    ),
    pytest.param(
        "Tuesday works. 10am or 2pm? Either is fine for me.\n\nRaj",
        {"not_kind": IV},
        id="trap-the-next-sentence-offers-two-clocks",
    ),
    pytest.param(
        "Tuesday works. 10am I'm stuck in a board meeting, so let's say after lunch, 1:30?\n\nRaj",
        {"not_start": utc(3, 10, 14)},
        id="trap-the-next-clock-is-busy",
    ),
]


@pytest.mark.parametrize(("reply", "want"), SHORT_YES)
def test_a_short_yes_to_a_day(reply: str, want: dict[str, Any]) -> None:
    """The partner's reply to the user's "Tuesday 10 March or Wednesday 11 March"."""
    check(read(ALEX, RAJ, "Re: Associate role", reply + _OFFERED, EN_DATE), want)


# --- "I confirm my availability" ---

_SHORTLISTED = (
    "\n\nOn Mon, Mar 2, 2026 at 6:02 PM Revathi Nair <revathi.nair@sahyadri-labs.example>"
    " wrote:\n\n> Dear Alex, you are shortlisted for a virtual interview on Friday 13 March at"
    " 4:00 PM ET. Please confirm.\n"
)
_ASK_TIMES = (
    "\n\nOn Mon, Mar 2, 2026 at 6:02 PM Revathi Nair <revathi.nair@sahyadri-labs.example>"
    " wrote:\n\n> Dear Alex, you are shortlisted for the QA Associate role. Please share your"
    " availability for an interview next week.\n"
)
REVATHI = "Revathi Nair <revathi.nair@sahyadri-labs.example>"

CONFIRMS = [
    pytest.param(
        "Dear Ma'am,\n\nI hereby confirm my attendance for the interview on Friday 13 March at 4"
        " PM.\n\nRegards,\nAlex" + _SHORTLISTED,
        {"kind": IV, "start": utc(3, 13, 20)},
        id="hereby-confirm-my-attendance",
    ),
    pytest.param(
        "Dear Ma'am,\n\nI am pleased to confirm my availability for the interview on Friday 13"
        " March at 4 PM.\n\nRegards,\nAlex" + _SHORTLISTED,
        {"kind": IV, "start": utc(3, 13, 20)},
        id="pleased-to-confirm-my-availability",
    ),
    pytest.param(
        "Dear Ma'am,\n\nThis is to confirm my availability for the interview on Friday 13 March"
        " at 4 PM.\n\nRegards,\nAlex" + _SHORTLISTED,
        {"kind": IV, "start": utc(3, 13, 20)},
        id="this-is-to-confirm-my-availability",
    ),
    pytest.param(
        "Dear Ma'am,\n\nThank you. I confirm my availability on Monday 16 March or Tuesday 17"
        " March, any time between 10 AM and 1 PM.\n\nRegards,\nAlex" + _ASK_TIMES,
        {"not_kind": IV},
        id="trap-availability-over-two-days-is-no-booking",
    ),
    pytest.param(
        "Dear Ma'am,\n\nShould I confirm my availability here, or through the portal? The 13th"
        " at 4 PM looks possible.\n\nRegards,\nAlex" + _ASK_TIMES,
        {"not_kind": IV},
        id="trap-asking-how-to-confirm",
    ),
]


@pytest.mark.parametrize(("body", "want"), CONFIRMS)
def test_the_guests_confirmation(body: str, want: dict[str, Any]) -> None:
    """The user's reply to a shortlisting mail."""
    check(read(ALEX, USER, "Re: Interview for QA Associate", body, EN_DATE, to=REVATHI), want)


def test_trap_confirming_attendance_at_a_webinar() -> None:
    """ "I confirm my attendance at the careers webinar on Friday 13 March at 4 PM": an
    event, not an interview."""
    body = (
        "Hello,\n\nI confirm my attendance at the graduate careers webinar on Friday 13 March at"
        " 4 PM.\n\nAlex\n\nOn Mon, Mar 2, 2026 at 6:02 PM Events <events@sahyadri-labs.example>"
        " wrote:\n\n> Join our open careers webinar on Friday 13 March at 4 PM ET. Please"
        " confirm your attendance by replying to this email.\n"
    )
    check(
        read(
            ALEX,
            USER,
            "Re: Careers webinar",
            body,
            EN_DATE,
            to="Events <events@sahyadri-labs.example>",
        ),
        {"not_kind": IV},
    )


# --- A job word in the quoted thread ---


def test_trap_a_podcast_interview_whose_thread_mentions_roles() -> None:
    """A podcast host confirms the recording; the user's quoted words mention looking for
    new roles: a podcast, not a job interview."""
    body = (
        "Perfect, you're booked for the podcast interview on Thursday, March 12 at 2 PM ET."
        " I'll send the Riverside link the day before.\n\nMia Torres\nHost, Build Loop Podcast"
        "\n\nOn Wed, Mar 4, 2026 at 4:30 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n>"
        " Happy to come on the show! Fun timing: I just left Acme and I'm exploring new roles.\n"
    )
    check(
        read(
            ALEX,
            "Mia Torres <mia@buildloop.example>",
            "Re: Build Loop podcast guest",
            body,
            EN_DATE,
        ),
        {"not_kind": IV},
    )


def test_trap_a_press_interview_with_an_hr_managers_quoted_signature() -> None:
    """A journalist's press interview with the user, who signs as an HR Manager in the quoted
    mail: a press interview, not the user's job interview."""
    body = (
        "Thanks Alex, confirmed for the press interview for our feature on hybrid work, Thursday"
        " March 12 at 2 PM ET by phone.\n\nNora Lind\nReporter, Metro Business Weekly\n\nOn"
        " Wed, Mar 4, 2026 at 4:30 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Happy to"
        " talk. Thursday afternoon is best.\n>\n> Alex Morgan\n> HR Manager, Acme Foods\n"
    )
    check(
        read(
            ALEX,
            "Nora Lind <nora.lind@metrobiz.example>",
            "Re: Interview request - hybrid work feature",
            body,
            EN_DATE,
        ),
        {"not_kind": IV},
    )


# --- "stands cancelled" ---

CANCELS = [
    pytest.param(
        "Dear Alex,\n\nPlease confirm by Friday. Note that the interview is cancelled"
        " automatically if you don't confirm by then.\n\nYour interview: Tuesday, March 10 at"
        " 3 PM ET.\n\nMeghana Rao\nTalent Acquisition",
        {"not_kind": Kind.INTERVIEW_CANCELLED},
        id="trap-cancelled-automatically-if",
        marks=xf(
            "interview_cancelled: an older cancel_interview pattern matches; the new 'is cancelled (?! if|unless)' guard also lets 'is cancelled automatically if' through; older gap"
        ),
    ),
    pytest.param(
        "Dear Alex,\n\nYour interview on Tuesday, March 10 at 3 PM ET is booked. The interview"
        " is cancelled, unless you confirm within 48 hours.\n\nMeghana Rao\nTalent Acquisition",
        {"not_kind": Kind.INTERVIEW_CANCELLED},
        id="trap-cancelled-comma-unless",
        marks=xf(
            "interview_cancelled: 'is cancelled, unless' passes the new guard (comma) and an older pattern; older gap"
        ),
    ),
    pytest.param(
        "Dear Alex,\n\nSorry for the confusion: our earlier email saying the interview is"
        " cancelled was sent in error. Your interview on Tuesday, March 10 at 3 PM ET goes"
        " ahead as planned.\n\nMeghana Rao\nTalent Acquisition",
        {"kind": IV},
        id="trap-an-email-saying-cancelled-sent-in-error",
        marks=xf(
            "interview_cancelled: a retracted cancellation; older cancel_interview pattern (new 'is cancelled' matches too); older gap"
        ),
    ),
    pytest.param(
        "Dear Alex,\n\nIf the interview is cancelled for any reason, you'll get an email from"
        " our system. Your interview is on Tuesday, March 10 at 3 PM ET at our Hosur plant."
        "\n\nMeghana Rao\nTalent Acquisition",
        {"kind": IV},
        id="trap-if-the-interview-is-cancelled",
        marks=xf(
            "interview_cancelled: a hypothetical 'If the interview is cancelled'; older cancel_interview pattern (new 'is cancelled' matches too); older gap"
        ),
    ),
    pytest.param(
        "Dear Alex,\n\nDue to unforeseen circumstances, your interview on 12th March stands"
        " cancelled. We will reach out if a new slot opens.\n\nMeghana Rao\nTalent Acquisition",
        {"kind": Kind.INTERVIEW_CANCELLED},
        id="your-interview-stands-cancelled",
    ),
    pytest.param(
        "Dear Alex,\n\nI'm sorry to let you know that the interview scheduled for tomorrow is now"
        " cancelled, as the panel is unavailable.\n\nMeghana Rao\nTalent Acquisition",
        {"kind": Kind.INTERVIEW_CANCELLED},
        id="is-now-cancelled",
    ),
]


@pytest.mark.parametrize(("body", "want"), CANCELS)
def test_stands_cancelled(body: str, want: dict[str, Any]) -> None:
    """A talent team's mail about the interview."""
    check(
        read(ALEX, "Meghana Rao <meghana@hosur-motors.example>", "Interview", body, EN_DATE), want
    )


# --- A chat with our <field> director ---


def test_trap_a_vendors_chat_with_our_sales_director() -> None:
    """A SaaS vendor's "book a quick chat with our sales director on Tuesday at 2pm": no
    interview."""
    body = (
        "Hi Alex,\n\nThanks for trying Flowbase Pro! Want to get more out of your plan? Book a"
        " 20-minute chat with our regional sales director on Tuesday, March 10 at 2pm ET and"
        " we'll show you the new dashboards.\n\nMaddie\nCustomer Success, Flowbase"
    )
    check(
        read(
            ALEX,
            "Maddie at Flowbase <maddie@flowbase.example>",
            "Quick chat about your Flowbase plan?",
            body,
            EN_DATE,
        ),
        {"not_kind": IV},
    )


def test_a_meeting_with_our_engineering_director_under_a_job_subject() -> None:
    """ "You'll meet with our engineering director, Paula Gries" under the role's subject."""
    body = (
        "Hi Alex,\n\nAll set for Tuesday, March 10 at 3 PM ET. You'll meet with our engineering"
        " director, Paula Gries, at our Pearl Street office.\n\nTom Ashby\nRecruiting, Halyard"
    )
    check(
        read(
            ALEX,
            "Tom Ashby <tom@halyard.example>",
            "Re: Halyard - Senior Backend Engineer",
            body,
            EN_DATE,
        ),
        {"kind": IV, "names": ["Paula Gries"]},
    )


# --- pt "Combinado então:" ---

_TEO_ASKED = (
    "\n\nEm 03/03/2026, às 09:40, Teodoro Bonsu <teodoro.bonsu@example.org> escreveu:\n\n> Oi"
    " Fernanda! Qual seria um bom horário para a entrevista na próxima semana?\n"
)
FERNANDA = "Fernanda Quintão <fernanda@anhangabau-pay.example>"

COMBINADO = [
    pytest.param(
        "Oi Teodoro!\n\nFechado então: sexta-feira, 13 de março, às 10h, no nosso escritório da"
        " Paulista.\n\nAbraço,\nFernanda Quintão\nTech Recruiter",
        {"kind": IV, "start": utc(3, 13, 13)},
        id="fechado-entao-a-time",
    ),
    pytest.param(
        "Oi Teodoro!\n\nCombinado então: me manda os horários em que você pode na semana que vem"
        " e eu agendo com o time.\n\nAbraço,\nFernanda Quintão\nTech Recruiter",
        {"not_kind": IV},
        id="trap-combinado-then-asks-for-times",
    ),
]


@pytest.mark.parametrize(("body", "want"), COMBINADO)
def test_combinado_entao(body: str, want: dict[str, Any]) -> None:
    """The recruiter's reply to the user's question about a time."""
    check(
        read(TEO, FERNANDA, "Re: Entrevista - Analista de Dados", body + _TEO_ASKED, BR_DATE), want
    )


def test_trap_confirmado_application_received() -> None:
    """ "Confirmado: recebemos sua candidatura" is an acknowledgement, not an interview."""
    body = (
        "Olá Teodoro,\n\nConfirmado: recebemos sua candidatura para Analista de Dados. Nosso time"
        " vai analisar seu perfil e retornar em breve.\n\nEquipe de Talentos, Anhangabaú Pay"
    )
    check(
        read(
            TEO,
            "Talentos <talentos@anhangabau-pay.example>",
            "Candidatura recebida",
            body,
            BR_DATE,
        ),
        {"not_kind": IV},
    )


# --- Hiring paused ---

PAUSED = [
    pytest.param(
        "Esther Wairimu <esther@karura-finance.example>",
        "Re: Analyst",
        "Hi Alex,\n\nWe've temporarily paused all recruitment while we restructure, but your"
        " application remains active and I'll be in touch.\n\nEsther\nHR, Karura Finance",
        Kind.OTHER,
        id="temporarily-paused-all-recruitment-application-active",
    ),
    pytest.param(
        "Esther Wairimu <esther@karura-finance.example>",
        "Re: Analyst",
        "Hi Alex,\n\nThank you for your patience. Unfortunately we won't be progressing your"
        " application for the Analyst role. Your profile remains active in our talent pool for"
        " future openings.\n\nEsther\nHR, Karura Finance",
        Kind.REJECTION,
        id="trap-a-rejection-keeping-the-profile-in-the-pool",
    ),
    pytest.param(
        "Esther Wairimu <esther@karura-finance.example>",
        "Re: Analyst",
        "Hi Alex,\n\nI can't schedule your interview just yet, as the hiring manager is"
        " travelling. Could you send me your availability for the week of March 16?\n\nEsther\n"
        "HR, Karura Finance",
        Kind.SCHEDULING_REQUEST,
        id="trap-not-yet-but-asks-for-availability",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "kind"), PAUSED)
def test_hiring_paused(sender: str, subject: str, body: str, kind: Kind) -> None:
    """A recruiter's note about a pause."""
    check(read(ALEX, sender, subject, body, EN_DATE), {"kind": kind})


def test_trap_hiring_paused_in_a_newsletter() -> None:
    """A jobs newsletter saying many companies "have paused all hiring": no outcome."""
    raw = mail(
        sender="TechCareers Weekly <newsletter@techcareers.example>",
        subject="This week: the hiring freeze, explained",
        body=(
            "Hi Alex,\n\nThis week in tech careers: several big names have paused all hiring"
            " until Q3. Here's what that means for your search, plus 12 roles still open near"
            " you.\n\nRead more on our site.\n\nUnsubscribe | Manage preferences"
        ),
        date=EN_DATE,
        headers={"List-Unsubscribe": "<https://techcareers.example/u/123>"},
    )
    kind = understand(raw, ALEX).kind
    assert kind not in {Kind.REJECTION, Kind.INTERVIEW}, kind


# --- People ---

PEOPLE = [
    pytest.param(
        "Kim Lowe <kim@corvel-labs.example>",
        "Confirmed: Thursday, March 12 at 11 AM ET, a phone call with Dana Whitley, our"
        " Engineering Manager. Talk then!\n\nKim Lowe\nRecruiting Coordinator",
        ["Dana Whitley"],
        id="trap-coordinators-talk-then-with-someone-named",
    ),
    pytest.param(
        "Kim Lowe <kim@corvel-labs.example>",
        "Hi team,\n\nHamish Orr will join Alex Morgan on the call Thursday, March 12 at 10:00 AM"
        " ET for the system design round.\n\nKim Lowe\nRecruiting Coordinator",
        ["Hamish Orr"],
        id="trap-joins-the-user-on-the-call",
    ),
    pytest.param(
        "Hamid Rostami <hamid@glenelg-bio.example>",
        "Lovely, see you Thursday 12 March at 11:30am for your interview with Bec Marchant. I'll"
        " meet you at reception with our facilities manager to sort out your visitor badge."
        "\n\nHamid Rostami\nLab Manager",
        ["Bec Marchant"],
        id="trap-meets-you-with-the-facilities-manager",
    ),
    pytest.param(
        "Hamid Rostami <hamid@glenelg-bio.example>",
        "Lovely, see you Thursday 12 March at 11:30am for your interview with Bec Marchant. I'll"
        " meet you at reception with your visitor badge.\n\nHamid Rostami\nLab Manager",
        ["Bec Marchant"],
        id="trap-meets-you-with-your-badge",
    ),
    pytest.param(
        "Shirin Abbasi-Kent <shirin@fremont-ledger.example>",
        "Great, 1 PM ET on Thursday, March 12 it is. I won't be the one interviewing; that'll be"
        " Tom Reyes from the platform team.\n\nShirin Abbasi-Kent\nEngineering Manager",
        ["Tom Reyes"],
        id="trap-wont-be-the-one-interviewing",
        marks=xf("no names: 'that'll be Tom Reyes' names nobody; older gap (same on c9e2bec)"),
    ),
    pytest.param(
        "Shirin Abbasi-Kent <shirin@fremont-ledger.example>",
        "Great, 1 PM ET on Thursday, March 12 it is. I'll be the person interviewing you, so"
        " bring questions.\n\nShirin Abbasi-Kent\nEngineering Manager",
        ["Shirin Abbasi-Kent"],
        id="the-person-interviewing-you",
        marks=xf(
            "no names: only 'I'll be the one interviewing' is covered, not 'the person interviewing you'; near miss of the new sender_interviews"
        ),
    ),
    pytest.param(
        "Kit Mabaso <kit@salishan-games.example>",
        "Quick update for Thursday: Deepa is out sick, so Hamish Orr will be joining Mei-Ling"
        " Sato on the panel instead. Time unchanged: Thursday, March 12, 10:00 AM ET.\n\nKit"
        " Mabaso\nPeople Ops",
        ["Hamish Orr", "Mei-Ling Sato"],
        id="will-be-joining-on-the-panel",
    ),
    pytest.param(
        "Amara Osterhout <amara@corktown-mobility.example>",
        "Great, confirmed for Thursday, March 12 at 11 AM ET. Speak to you then.\n\nAmara"
        " Osterhout\nHead of Product",
        ["Amara Osterhout"],
        id="speak-to-you-then",
    ),
    pytest.param(
        "Amara Osterhout <amara@corktown-mobility.example>",
        "Great, confirmed for Thursday, March 12 at 11 AM ET. Talk to you Thursday!\n\nAmara"
        " Osterhout\nHead of Product",
        ["Amara Osterhout"],
        id="talk-to-you-thursday",
    ),
]


@pytest.mark.parametrize(("sender", "body", "names"), PEOPLE)
def test_who_takes_part(sender: str, body: str, names: list[str]) -> None:
    """Who takes part in a short hiring mail."""
    check(read(ALEX, sender, "Re: Interview", body, EN_DATE), {"kind": IV, "names": names})


@xf(
    "names Jess Lim: the user's 'talk then' makes a coordinator scheduling for the hiring manager the interviewer; older _addressee_on_the_call (same on c9e2bec)"
)
def test_the_users_talk_then_to_a_coordinator_who_schedules_for_someone() -> None:
    """The user's "talk then" to a coordinator scheduling on the hiring manager's behalf: the
    coordinator does not interview."""
    body = (
        "Tuesday 11:30 works great, talk then.\n\nAlex\n\nOn Wed, Mar 4, 2026 at 4:30 PM Jess Lim"
        " <jess.lim@corvel-labs.example> wrote:\n\n> Hi Alex, I'm scheduling on behalf of our"
        " hiring manager. Would Tuesday, March 10 at 11:30 AM ET work for a 30-minute phone"
        " interview? She'll call your mobile.\n>\n> Jess Lim\n> Recruiting Coordinator\n"
    )
    check(
        read(
            ALEX,
            USER,
            "Re: Phone interview",
            body,
            EN_DATE,
            to="Jess Lim <jess.lim@corvel-labs.example>",
        ),
        {"kind": IV, "names": []},
    )


def test_trap_the_users_talk_then_to_two_people() -> None:
    """The user's "talk then" to two addressees: neither is taken as the interviewer."""
    body = (
        "Tuesday 11:30 works great, talk then.\n\nAlex\n\nOn Wed, Mar 4, 2026 at 4:30 PM Jess Lim"
        " <jess.lim@corvel-labs.example> wrote:\n\n> Hi Alex, would Tuesday, March 10 at 11:30 AM"
        " ET work for a 30-minute phone interview?\n"
    )
    check(
        read(
            ALEX,
            USER,
            "Re: Phone interview",
            body,
            EN_DATE,
            to="Jess Lim <jess.lim@corvel-labs.example>, Omar Haddad <omar@corvel-labs.example>",
        ),
        {"kind": IV, "names": []},
    )


def _user_reply(ctx: Context, body: str, to: str, subject: str) -> Any:
    return read(
        ctx,
        f"{ctx.user_name} <{next(iter(ctx.user_addresses))}>",
        subject,
        body,
        EU_DATE if ctx is not ALEX else EN_DATE,
        to=to,
    )


QUOTED_ME = [
    pytest.param(
        ALEX,
        "Thursday at 3 works, see you then.\n\nAlex\n\nOn Tue, Mar 3, 2026 at 7:05 PM Simone"
        " Castle <simone@aventine.example> wrote:\n\n> Hi Alex, would Thursday, March 12 at 3 PM"
        " work for an interview at our studio with Chiara Dean and me?\n",
        "Simone Castle <simone@aventine.example>",
        "Re: Interview",
        ["Chiara Dean", "Simone Castle"],
        id="en-with-chiara-and-me",
        marks=xf(
            "no names: the quoted 'with Chiara Dean and me?' names neither; older gap the new quoted-'me' rule does not reach"
        ),
    ),
    pytest.param(
        ALEX,
        "Thursday at 3 works, see you then.\n\nAlex\n\nOn Tue, Mar 3, 2026 at 7:05 PM Simone"
        " Castle <simone@aventine.example> wrote:\n\n> Hi Alex, Chiara Dean would like to meet"
        " you on Thursday, March 12 at 3 PM at our studio for an interview; let me know if that"
        " works for you.\n",
        "Simone Castle <simone@aventine.example>",
        "Re: Interview",
        ["Chiara Dean"],
        id="trap-let-me-know-names-no-one",
    ),
    pytest.param(
        LUIS,
        "Perfecto, el jueves a las 15:00 me va bien. ¡Hasta el jueves!\n\nLuis\n\nEl mar, 3 mar"
        " 2026 a las 19:05, Lucía Ferrer <lucia.ferrer@ibertec.example> escribió:\n\n> Hola"
        " Luis, ¿te vendría bien una entrevista el jueves 12 de marzo a las 15:00 en nuestra"
        " oficina? Estaremos Marta Gil y yo.\n",
        "Lucía Ferrer <lucia.ferrer@ibertec.example>",
        "Re: Entrevista",
        ["Lucía Ferrer", "Marta Gil"],
        id="es-estaremos-marta-y-yo",
        marks=xf(
            "no names: quoted 'Estaremos Marta Gil y yo' names neither; near miss of the new quoted-'yo' rule (same on c9e2bec)"
        ),
    ),
]


@pytest.mark.parametrize(("ctx", "body", "to", "subject", "names"), QUOTED_ME)
def test_the_me_of_the_words_the_user_answers(
    ctx: Context, body: str, to: str, subject: str, names: list[str]
) -> None:
    """The user's yes to a quoted invitation that may name its author."""
    check(_user_reply(ctx, body, to, subject), {"kind": IV, "names": names})


def test_german_talk_then_names_the_writer() -> None:
    """ "Passt, dann hören wir uns am Donnerstag" from the team lead: she is on the call."""
    body = (
        "Hallo Jonas,\n\npasst, Ihr Telefoninterview ist für Donnerstag, 12. März um 10:00 Uhr"
        " bestätigt. Dann hören wir uns am Donnerstag.\n\nViele Grüße\nJana Krüger\nTeamleiterin Backend"
    )
    check(
        read(
            JONAS,
            "Jana Krüger <jana.krueger@rheinwerk.example>",
            "Re: Telefoninterview",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Jana Krüger"]},
    )


def test_french_on_se_parle_names_the_writer() -> None:
    """ "Parfait, on se parle jeudi" from the hiring manager: she is on the call."""
    body = (
        "Bonjour Camille,\n\nParfait, votre entretien téléphonique est confirmé pour jeudi 12 mars"
        " à 10h. On se parle jeudi !\n\nBien à vous,\nHélène Marchal\nResponsable Data"
    )
    check(
        read(
            CAMILLE,
            "Hélène Marchal <helene.marchal@lumen-data.example>",
            "Re: Entretien téléphonique",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Hélène Marchal"]},
    )


def test_spanish_hablamos_with_someone_else_named() -> None:
    """A recruiter's "hablamos el jueves" when the call is with a named director: only her."""
    body = (
        "Hola Luis,\n\nPerfecto, tu entrevista queda confirmada para el jueves 12 de marzo a las"
        " 10:00, una llamada con nuestra directora de datos, Marta Gil. ¡Hablamos el jueves!\n\nUn saludo,\nLucía Ferrer\nTalent"
        " Acquisition"
    )
    check(
        read(
            LUIS,
            "Lucía Ferrer <lucia.ferrer@ibertec.example>",
            "Re: Entrevista",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Marta Gil"]},
    )


def test_dutch_en_mezelf_names_the_writer() -> None:
    """ "met Koen De Smet, operationeel directeur, en mezelf": both."""
    body = (
        "Beste Joris,\n\nGraag bevestig ik uw gesprek op donderdag 12 maart om 14u00 in ons"
        " kantoor. U maakt er kennis met Koen De Smet, operationeel directeur, en mezelf.\n\nMet vriendelijke"
        " groeten,\nEls Verhaegen\nHR, Kattendijk Logistiek"
    )
    check(
        read(
            JORIS,
            "Els Verhaegen <els.verhaegen@kattendijk.example>",
            "Uw sollicitatie - bevestiging gesprek",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Els Verhaegen", "Koen De Smet"]},
    )


def test_trap_dutch_en_met_mij_for_practical_questions() -> None:
    """ "voor praktische vragen kunt u terecht bij onze receptie en met mij": the writer is
    no interviewer; only Koen De Smet is."""
    body = (
        "Beste Joris,\n\nGraag bevestig ik uw gesprek met Koen De Smet op donderdag 12 maart om"
        " 14u00. Voor praktische vragen kunt u contact opnemen met onze receptie en met mij."
        "\n\nMet vriendelijke groeten,\nEls Verhaegen\nHR, Kattendijk Logistiek"
    )
    check(
        read(
            JORIS,
            "Els Verhaegen <els.verhaegen@kattendijk.example>",
            "Uw sollicitatie - bevestiging gesprek",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Koen De Smet"]},
    )


def test_a_title_below_the_names_comma_with_three_people() -> None:
    """ "You'll meet Glen Abbott,\\nHead of Tax, Yvette Moreau and Ian Cole": three people."""
    body = (
        "Great news, the client confirmed Thursday, March 12 at 10:00 AM at their office on"
        " Wellington Street. You'll meet Glen Abbott,\nHead of Tax, Yvette Moreau and Ian Cole"
        " from the audit team.\n\nPriyanka Sethi\nSenior Consultant, Northgate Talent"
    )
    check(
        read(
            ALEX,
            "Priyanka Sethi <priyanka@northgate-talent.example>",
            "Re: Interview",
            body,
            EN_DATE,
        ),
        {"kind": IV, "names": ["Glen Abbott", "Ian Cole", "Yvette Moreau"]},
    )


def test_trap_an_immigration_interview_arranged_by_the_users_hr_partner() -> None:
    """The user's own employer's HR Business Partner about a visa interview at the consulate:
    an immigration interview, not a job interview."""
    body = (
        "Hi Alex,\n\nGood news on your visa: your immigration interview at the consulate is on"
        " Tuesday, March 10 at 9:00 AM. Bring your passport and the I-797.\n\nKaren Holt\nHR"
        " Business Partner, Acme Foods"
    )
    check(
        read(ALEX, "Karen Holt <karen.holt@acmefoods.example>", "Visa interview", body, EN_DATE),
        {"not_kind": IV},
    )


def test_trap_a_banks_call_with_our_private_banking_director() -> None:
    """A bank's "call with our private banking director on Tuesday at 2 PM": no interview."""
    body = (
        "Dear Alex,\n\nAs a valued client, we have reserved a call with our private banking"
        " director on Tuesday, March 10 at 2 PM ET to review your portfolio.\n\nHarbor Trust"
        " Bank"
    )
    check(
        read(
            ALEX,
            "Harbor Trust <clientservice@harbortrust.example>",
            "Your portfolio review",
            body,
            EN_DATE,
        ),
        {"not_kind": IV},
    )


def test_portuguese_falamos_na_quinta_names_the_writer() -> None:
    """ "Perfeito, falamos na quinta!" from the hiring manager: she is on the call."""
    body = (
        "Oi Teodoro,\n\nPerfeito, sua entrevista está confirmada para quinta-feira, 12 de março,"
        " às 10h, por telefone. Falamos na quinta!\n\nAbraço,\nMarina Lobo\nGerente de"
        " Dados"
    )
    check(
        read(
            TEO,
            "Marina Lobo <marina.lobo@anhangabau-pay.example>",
            "Re: Entrevista",
            body,
            BR_DATE,
        ),
        {"kind": IV, "names": ["Marina Lobo"]},
    )


def test_trap_italian_ci_sentiamo_with_someone_else_named() -> None:
    """A recruiter's "ci sentiamo giovedì" when the interview is with Chiara Deodato: only
    her."""
    body = (
        "Ciao Ottavio,\n\nperfetto, il colloquio è confermato per giovedì 12 marzo alle 15 con"
        " Chiara Deodato, responsabile design. Ci sentiamo giovedì!\n\nSimone Castellucci\n"
        "Talent Acquisition"
    )
    check(
        read(
            OTTAVIO,
            "Simone Castellucci <simone@aventino-studio.example>",
            "Re: Colloquio",
            body,
            EU_DATE,
        ),
        {"kind": IV, "names": ["Chiara Deodato"]},
    )
