"""Adversarial review of names round 10 (review 9c).

Each case sits near one of the round's changes: plain-text column gaps that now read as
" | " (a time range typed with spaced dashes or words, a day before its month, a clock's
unit, a "with" phrase after a gap); the French and Spanish "de" a list repeats, which
must not cut a capitalised "De" that opens a name; a numbered round naming its person
with the time in brackets; a coordinator's "it'll just be you and me" about a tour or a
wait, and German "Ihr Gespräch leite ich ... weiter", which are no writer interviewing. Beside each near miss stands a
neighbour the round was written for. Invented people and companies under ``.example``
names.
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, Understanding, understand
from daemon.understand._mime import _columns

from .messages import mail, sorted_names

USERS = {
    "us": ("alex.morgan@gmail.com", "Alex Morgan", "America/New_York", "mdy"),
    "de": ("jonas.weber@web.de", "Jonas Weber", "Europe/Berlin", "dmy"),
    "fr": ("camille.martin@orange.fr", "Camille Martin", "Europe/Paris", "dmy"),
    "es": ("noa.keller@example.org", "Noa Keller", "Europe/Madrid", "dmy"),
}
RECRUITER = "Priya Shah <priya.shah@northwind.example>"
INVITE = (
    "Hi Alex,\n\nWe'd like to invite you to interview for the Data Analyst role at Northwind.\n\n"
)
DATED = INVITE + "Date: Tuesday, March 17, 2026 at 10:00 AM ET\n\n"
SCHEDULE = "Hi Alex,\n\nHere is your interview schedule for Tuesday, March 17, 2026 (ET):\n\n"


def _read(
    user: str, body: str, *, subject: str = "Interview invitation", sender: str = RECRUITER
) -> Understanding:
    """Understand one message sent to ``user``."""
    address, name, zone, order = USERS[user]
    raw = mail(
        sender=sender,
        to=f"{name} <{address}>",
        subject=subject,
        date="Mon, 09 Mar 2026 09:00:00 -0400",
        body=body,
    )
    ctx = Context(
        user_addresses=frozenset({address}), user_name=name, timezone=zone, date_order=order
    )
    return understand(raw, ctx)


def _names(res: Understanding) -> list[str]:
    """The interviewers' names, sorted (the reading must be an interview)."""
    assert res.kind is Kind.INTERVIEW, res.kind
    assert res.interview is not None
    return sorted_names(res)


# --- column gaps: the words of one phrase stay one cell ------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "10:00 AM   -   10:45 AM   Raj Patel, Head of Data",
            "10:00 AM - 10:45 AM | Raj Patel, Head of Data",
            id="spaced-dash-range",
        ),
        pytest.param(
            "10:00  to  10:45    Raj Patel (Head of Data)",
            "10:00 to 10:45 | Raj Patel (Head of Data)",
            id="spaced-to-range",
        ),
        pytest.param(
            "17  March  2026    10:00  -  11:00", "17 March 2026 10:00 - 11:00", id="day-month"
        ),
        pytest.param(
            "14:00  Uhr    Gespräch mit Frau Roe", "14:00 Uhr | Gespräch mit Frau Roe", id="uhr"
        ),
        pytest.param(
            "Tuesday, March 17, 2026    10:00 AM ET    with Raj Patel",
            "Tuesday, March 17, 2026 10:00 AM ET with Raj Patel",
            id="with-phrase",
        ),
        pytest.param("1   Widget Large        $20.00", "1 Widget Large | $20.00", id="receipt-qty"),
        # The round's own rows keep their columns.
        pytest.param("10:00    Jane Roe    Coding", "10:00 | Jane Roe | Coding", id="time-led-row"),
        pytest.param(
            "Data Analyst    Northwind Ltd    New York",
            "Data Analyst | Northwind Ltd | New York",
            id="three-columns",
        ),
    ],
)
def test_column_gap_joins_one_phrase(line: str, expected: str) -> None:
    """A range's dash or word, a unit, a bare day or a lower-case phrase is no column."""
    assert " ".join(_columns(line).split()) == expected


@pytest.mark.parametrize(
    ("user", "body"),
    [
        pytest.param(
            "us",
            SCHEDULE + "10:00 AM   -   10:45 AM   Raj Patel, Head of Data\n"
            "10:45 AM   -   11:30 AM   Maria Lopez, Senior Analyst\n\nBest,\nPriya\n",
            id="en-spaced-dash-rows",
        ),
        pytest.param(
            "us",
            SCHEDULE + "10:00 AM - 10:45 AM    Raj Patel, Head of Data\n"
            "10:45 AM - 11:30 AM    Maria Lopez, Senior Analyst\n\nBest,\nPriya\n",
            id="en-tight-dash-rows",
        ),
        pytest.param(
            "us",
            SCHEDULE + "10:00  to  10:45    Raj Patel (Head of Data)\n"
            "10:45  to  11:30    Maria Lopez (Senior Analyst)\n\nBest,\nPriya\n",
            id="en-spaced-to-rows",
        ),
    ],
)
def test_spaced_range_rows_stay_an_interview(user: str, body: str) -> None:
    """Agenda rows whose range is typed with spaced dashes keep their kind and people."""
    assert _names(_read(user, body)) == ["Maria Lopez", "Raj Patel"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            INVITE + "17  March 2026, 10:00 AM ET, on Zoom with Raj Patel.\n\nBest,\nPriya\n",
            id="day-double-space",
        ),
        pytest.param(
            INVITE
            + "17  March  2026    10:00  -  11:00\n\nYou'll meet Raj Patel.\n\nBest,\nPriya\n",
            id="date-columns",
        ),
    ],
)
def test_day_before_month_after_a_gap_keeps_the_date(body: str) -> None:
    """A day number typed with a gap before its month still dates the interview."""
    res = _read("us", body)
    assert res.kind is Kind.INTERVIEW
    assert res.interview is not None
    assert str(res.interview.start) == "2026-03-17 10:00:00-04:00"
    assert _names(res) == ["Raj Patel"]


@pytest.mark.parametrize(
    ("user", "body", "expected"),
    [
        pytest.param(
            "us",
            INVITE + "Tuesday, March 17, 2026    10:00 AM ET    with Raj Patel\n\nBest,\nPriya\n",
            ["Raj Patel"],
            id="en-with",
        ),
        pytest.param(
            "es",
            "Hola Noa,\n\nTe invitamos a una entrevista para el puesto de analista.\n\n"
            "Martes 17 de marzo de 2026    10:00    con Ana Ruiz\n\nSaludos,\nPriya Shah\n",
            ["Ana Ruiz"],
            id="es-con",
        ),
        pytest.param(
            "fr",
            "Bonjour Camille,\n\nNous vous invitons à un entretien pour le poste d'analyste.\n\n"
            "Mardi 17 mars 2026    14h00    avec Claire Roux\n\nCordialement,\nPriya Shah\n",
            ["Claire Roux"],
            id="fr-avec",
        ),
    ],
)
def test_with_phrase_after_a_gap_keeps_its_person(
    user: str, body: str, expected: list[str]
) -> None:
    """A "with Name" phrase after a column gap still names the interviewer."""
    assert _names(_read(user, body)) == expected


def test_time_led_rows_name_their_people() -> None:
    """The round's positive: "10:00    Raj Patel    Head of Data" rows name both people."""
    body = (
        INVITE + "On Tuesday, March 17, 2026 (ET):\n\n10:00    Raj Patel       Head of Data\n"
        "11:00    Maria Lopez     Senior Analyst\n\nBest,\nPriya\n"
    )
    assert _names(_read("us", body)) == ["Maria Lopez", "Raj Patel"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "New jobs for you\n\nData Analyst          Northwind Inc.      New York, NY      "
            "$85,000\nSenior Analyst        Contoso Ltd         Remote            $110,000\n\n"
            "View all jobs\nUnsubscribe\n",
            "2 new jobs match Data Analyst",
            id="job-alert",
        ),
        pytest.param(
            "Your flight itinerary\n\nBooking reference  ABC123\n\n10:15    LHR    JFK    BA 117\n"
            "14:30    JFK    BOS    AA 2201\n\nPassenger   Alex Morgan\n",
            "Your trip on March 17",
            id="flight",
        ),
    ],
)
def test_column_mail_is_no_interview(body: str, subject: str) -> None:
    """Job alerts and itineraries laid out in columns stay no interview."""
    assert _read("us", body, subject=subject).kind is not Kind.INTERVIEW


# --- "de" a list repeats vs a capitalised "De" that opens a name ---------------------


@pytest.mark.parametrize(
    ("user", "body", "expected"),
    [
        pytest.param(
            "us",
            DATED
            + "You'll meet De Wet Botha (CTO) and Maria Lopez (Senior Analyst).\n\nBest,\nPriya\n",
            ["De Wet Botha", "Maria Lopez"],
            id="en-de-wet",
        ),
        pytest.param(
            "us",
            DATED + "Panel: De Wet Botha, CTO; Maria Lopez, Senior Analyst\n\nBest,\nPriya\n",
            ["De Wet Botha", "Maria Lopez"],
            id="en-panel-de-wet",
        ),
        pytest.param(
            "fr",
            "Bonjour Camille,\n\nNous avons le plaisir de vous inviter à un entretien pour le "
            "poste d'analyste le mardi 17 mars 2026 à 10h00. Vous rencontrerez Paul Martin et "
            "De Smet Anne.\n\nCordialement,\nPriya Shah\n",
            ["De Smet Anne", "Paul Martin"],
            id="fr-de-smet",
        ),
        # The round's positive: the lower-case "de" a list repeats is dropped.
        pytest.param(
            "es",
            "Hola Noa,\n\nTe invitamos a una entrevista para el puesto de analista el martes 17 "
            "de marzo de 2026 a las 10:00. La entrevista contará con la participación de Ana "
            "Ruiz, directora financiera, y de Juan Pérez.\n\nSaludos,\nPriya Shah\n",
            ["Ana Ruiz", "Juan Pérez"],
            id="es-y-de",
        ),
    ],
)
def test_capital_de_opens_a_name(user: str, body: str, expected: list[str]) -> None:
    """A capitalised "De" keeps its name; a list's lower-case "de" is dropped."""
    assert _names(_read(user, body)) == expected


# --- the round's people rules stay out of appointments and events --------------------


@pytest.mark.parametrize(
    ("user", "body", "subject"),
    [
        pytest.param(
            "us",
            "Dear Alex,\n\nThis is a reminder of your appointment at Riverside Dental on "
            "Tuesday, March 17, 2026 at 10:00 AM. You'll be seen by Dr Raj Patel.\n\n"
            "Riverside Dental\n",
            "Appointment reminder",
            id="en-clinic-seen-by",
        ),
        pytest.param(
            "us",
            "Join us for our webinar: The Future of Data Careers\n\nTuesday, March 17, 2026 at "
            "10:00 AM ET\n\nPanelists: Raj Patel (Head of Data, Northwind), Maria Lopez (CTO, "
            "Contoso)\n\nRegister now\nUnsubscribe\n",
            "Webinar: The Future of Data Careers",
            id="en-webinar-panelists",
        ),
        pytest.param(
            "us",
            "Hi Alex,\n\nWelcome to Northwind! Your first day is Tuesday, March 17, 2026 at "
            "9:00 AM. Your host for the day is Raj Patel, Engineering Manager.\n\nBest,\nPriya\n",
            "Welcome to Northwind - your first day",
            id="en-onboarding-host",
        ),
        pytest.param(
            "fr",
            "Bonjour,\n\nVotre rendez-vous à la préfecture est confirmé le mardi 17 mars 2026 à "
            "10h00. Vous serez reçu(e) par M. Paul Martin au guichet 3.\n\nPréfecture du Rhône\n",
            "Confirmation de rendez-vous",
            id="fr-prefecture",
        ),
        pytest.param(
            "de",
            "Hallo Herr Weber,\n\nherzlich willkommen bei Northwind! Ihr erster Arbeitstag ist "
            "Dienstag, 17.03.2026 um 9:00 Uhr. Sie lernen Frau Anna Roe und Herrn Paul Berg aus "
            "dem Team kennen.\n\nViele Grüße\nPriya Shah\n",
            "Ihr erster Arbeitstag",
            id="de-onboarding",
        ),
        pytest.param(
            "de",
            "Hallo Herr Weber,\n\nIhr Termin in der Praxis ist am Dienstag, 17.03.2026 um 10:00 "
            "Uhr bei Herrn Dr. med. Falk Roe.\n\nIhre Praxis\n",
            "Terminbestätigung",
            id="de-doctor",
        ),
        pytest.param(
            "es",
            "Hola Noa,\n\nTe invitamos a nuestro evento Data Day el martes 17 de marzo de 2026 a "
            "las 10:00, con la participación de Ana Ruiz, directora financiera, y de Juan "
            "Pérez.\n\nInscríbete ya\nDarse de baja\n",
            "Data Day 2026",
            id="es-event",
        ),
    ],
)
def test_round_phrases_outside_interviews(user: str, body: str, subject: str) -> None:
    """A clinic, a webinar, a first day, a prefecture or an event is no interview."""
    assert _read(user, body, subject=subject).kind is not Kind.INTERVIEW


# --- numbered rounds: a person with the time in brackets ------------------------------

DATED_ON = (
    "Hi Alex,\n\nWe'd like to invite you to interview for the Data Analyst role at Northwind "
    "on Tuesday, March 17, 2026 at 10:00 AM ET.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            DATED_ON + "Round 1: Raj Patel (10:00 - 10:45)\nRound 2: Maria Lopez (11:00 - 11:45)\n",
            ["Maria Lopez", "Raj Patel"],
            id="round-name-time",
        ),
        pytest.param(
            DATED_ON + "Session 1: Raj Patel, Head of Data (10:00)\n"
            "Session 2: Maria Lopez, Senior Analyst (11:00)\n",
            ["Maria Lopez", "Raj Patel"],
            id="session-name-title-time",
        ),
        # The round's near misses: a session's subject before its time names no one.
        pytest.param(
            DATED_ON + "Session 1: Coding (10:00 - 10:45)\nInterviewer: Raj Patel\n\n"
            "Session 2: System design (11:00 - 11:45)\nInterviewer: Maria Lopez\n",
            ["Maria Lopez", "Raj Patel"],
            id="session-subject-time",
        ),
    ],
)
def test_numbered_round_names_person_before_time(body: str, expected: list[str]) -> None:
    """ "Round 1: Jane Roe (10:00)" names Jane Roe; "Session 1: Coding (10:00)" no one."""
    assert _names(_read("us", body)) == expected


# --- the writer who interviews: a coordinator's "you and me", a forwarded talk --------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Before that it'll just be you and me for a quick office tour.", id="tour"),
        pytest.param(
            "When you arrive it'll just be you and me in the lobby while Raj finishes his call.",
            id="lobby",
        ),
        pytest.param("Afterwards we'll grab lunch - it'll be just the two of us.", id="lunch"),
    ],
)
def test_coordinator_you_and_me_is_no_interviewer(sentence: str) -> None:
    """A coordinator alone with the user outside the interview does not interview."""
    body = (
        DATED_ON + "Raj Patel, our Head of Data, will interview you. " + sentence + "\n\n"
        "Best,\nPriya Shah\nRecruiting Coordinator\n"
    )
    assert _names(_read("us", body)) == ["Raj Patel"]


def test_manager_two_of_us_interviews() -> None:
    """The round's positive: a manager's "It'll just be the two of us" names the writer."""
    body = (
        DATED_ON + "It'll just be the two of us, so no need to prepare a presentation.\n\n"
        "Best,\nRaj Patel\nHead of Data\n"
    )
    sender = "Raj Patel <raj.patel@northwind.example>"
    assert _names(_read("us", body, sender=sender)) == ["Raj Patel"]


GERMAN = (
    "Hallo Herr Weber,\n\nwir laden Sie zum Vorstellungsgespräch als Datenanalyst am "
    "Dienstag, 17.03.2026 um 10:00 Uhr ein. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Ihr Gespräch leite ich an Frau Anna Roe weiter, die es führen wird.", id="weiter"
        ),
        pytest.param(
            "Ihr Gespräch übernehme ich nicht selbst, sondern Herr Paul Berg.", id="nicht"
        ),
    ],
)
def test_german_coordinator_passing_the_talk_on(sentence: str) -> None:
    """A coordinator who hands the talk to a colleague is no interviewer."""
    body = GERMAN + sentence + "\n\nViele Grüße\nPriya Shah\nHR-Koordination\n"
    res = _read("de", body, subject="Einladung zum Vorstellungsgespräch")
    assert "Priya Shah" not in _names(res)


def test_german_writer_leads_the_talk() -> None:
    """The round's positive: "Das Gespräch führe ich selbst" names the writer."""
    body = GERMAN + "Das Gespräch führe ich selbst.\n\nViele Grüße\nAnna Roe\nTeamleitung Data\n"
    res = _read(
        "de",
        body,
        subject="Einladung zum Vorstellungsgespräch",
        sender="Anna Roe <anna.roe@northwind.example>",
    )
    assert _names(res) == ["Anna Roe"]


# --- the round's introductions stay away from meals, doors and event hosts -----------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "After that you'll sit down with Maria Lopez from HR for lunch.", id="sit-down-lunch"
        ),
        pytest.param(
            "On arrival you'll be seen by Maria Lopez at reception.", id="seen-by-reception"
        ),
    ],
)
def test_meal_or_door_is_no_interviewer(sentence: str) -> None:
    """Whom the user lunches with or who meets them at the door does not interview."""
    body = (
        "Hi Alex,\n\nYour interview for the Data Analyst role at Northwind is on Tuesday, "
        "March 17, 2026 at 10:00 AM ET with Raj Patel. " + sentence + "\n\nBest,\nPriya\n"
    )
    assert _names(_read("us", body)) == ["Raj Patel"]


def test_sit_down_with_names_interviewers() -> None:
    """The round's positive: "You'll sit down with Jane Roe, who leads ..." names her."""
    body = (
        DATED_ON + "You'll sit down with Raj Patel, who leads the data team, and then with "
        "Maria Lopez.\n\nBest,\nPriya\n"
    )
    assert _names(_read("us", body)) == ["Maria Lopez", "Raj Patel"]


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        pytest.param(
            "Maria Lopez from our Early Careers team, and you'll be interviewed by Raj Patel",
            ["Raj Patel"],
            id="early-careers-host",
        ),
        pytest.param(
            "Maria Lopez from our Campus Events team, and you'll be interviewed by Raj Patel",
            ["Raj Patel"],
            id="campus-events-host",
        ),
        pytest.param("Raj Patel, Head of Engineering", ["Raj Patel"], id="engineering-host"),
    ],
)
def test_host_for_the_day(host: str, expected: list[str]) -> None:
    """A careers or events host arranges the day; a head of engineering interviews."""
    body = (
        "Hi Alex,\n\nWe're pleased to invite you to our assessment centre for the Graduate "
        "Analyst role on Tuesday, March 17, 2026 at 9:00 AM. Your host for the day is "
        + host
        + ".\n\nBest,\nPriya\n"
    )
    assert _names(_read("us", body, subject="Assessment centre invitation")) == expected


FRENCH = (
    "Bonjour Camille,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste "
    "d'analyste le mardi 17 mars 2026 à 10h00. "
)


def test_french_coordinator_showing_the_way_is_no_interviewer() -> None:
    """ "Je vous conduirai ... jusqu'à la salle" is who shows the way, not who interviews."""
    body = (
        FRENCH + "C'est moi qui conduirai votre entretien jusqu'à la salle, où Paul Martin "
        "vous attendra.\n\nCordialement,\nPriya Shah\nChargée de recrutement\n"
    )
    res = _read("fr", body, subject="Invitation à un entretien")
    assert "Priya Shah" not in _names(res)


def test_french_writer_leads_the_interview() -> None:
    """The round's positive: "C'est moi qui conduirai votre entretien" names the writer."""
    body = (
        FRENCH + "C'est moi qui conduirai votre entretien.\n\nCordialement,\nPaul Martin\n"
        "Directeur financier\n"
    )
    sender = "Paul Martin <paul.martin@northwind.example>"
    res = _read("fr", body, subject="Invitation à un entretien", sender=sender)
    assert _names(res) == ["Paul Martin"]
