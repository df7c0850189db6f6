"""Adversarial review of the readings commit 286b3f7 added (on fb41ca1).

Every message is written for these tests as ordinary mail in English, German, French and
Spanish. The probes aim at the session's nine readings: a bare first hour before a span
joiner ("between 2 and 3pm"), a weekday a week on ("Thursday week", "jeudi en huit"), the
new English intros and outros, ranks before names, the French "et par" and "je serai
avec", the Spanish "a cargo de" and "se suma", the German "X und ich freuen uns auf Sie",
and a line wrapped before an outro. Plain tests that fail are regressions found on
286b3f7 (they passed on fb41ca1): 26 of 195 probes when written. The next commit fixed
all 26: "Thursday Week 3" numbers a week; "for you and X", "Present will be", "X would
love to chat with you" and the French "je serai avec X" were withdrawn (their genuine
probes are strict xfails marked "withdrawn after review"); "a chance to meet" needs a
full name that ends there; people after the interview's day need the interview named
before it in the sentence; "take you through" names interview tasks only; the guide
rule knows "faire le tour"; the Spanish readings need the interview as their subject and
no new hire; and a line break before an outro is joined only inside a name. Strict
xfails marked "already so before" (or "not covered") failed on fb41ca1 too.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Kind, Understanding, understand
from daemon.understand._dates import find_dates, find_times
from daemon.understand._lexicon import load_lexicon
from tests.unit.understand.messages import alex_in_new_york, mail, names

LEX = load_lexicon()
USER = "Alex Morgan <alex.morgan@gmail.com>"
NY = ZoneInfo("America/New_York")
MONDAY = dt.date(2026, 3, 2)
"""The default message date (Monday 2 March 2026)."""
REC = "Tom Reed <tom.reed@kestrel-labs.example>"
"""A recruiter at a hiring company."""
IV = "Your interview for the Data Analyst role is confirmed for Thursday 5 March at 2pm."


def xf(reason: str) -> pytest.MarkDecorator:
    """A strict xfail with its reason."""
    return pytest.mark.xfail(strict=True, reason=reason)


def before(what: str) -> pytest.MarkDecorator:
    """A strict xfail for a probe that failed the same way on fb41ca1."""
    return xf(f"already so before: {what}")


def read(sender: str, subject: str, body: str) -> Understanding:
    """The verdict on one message to Alex."""
    return understand(mail(sender=sender, subject=subject, body=body, to=USER), alex_in_new_york())


def recruiter(body: str, subject: str = "Your interview with Kestrel Labs") -> Understanding:
    """A recruiter's plain mail to Alex, signed."""
    text = f"Hi Alex,\n\n{body}\n\nBest,\nTom Reed\nRecruiter, Kestrel Labs\n"
    return read(REC, subject, text)


def times(text: str) -> list[tuple[str, str | None]]:
    """The clock times read in a text, each with its end."""
    return [
        (t.start.isoformat("minutes"), t.until.isoformat("minutes") if t.until else None)
        for t in find_times(text, LEX)
    ]


def days(text: str, order: str = "mdy") -> list[dt.date]:
    """The dates read in a text written on Monday 2 March 2026."""
    return [d.date for d in find_dates(text, LEX, MONDAY, order)]  # type: ignore[arg-type]


def local_start(u: Understanding) -> tuple[int, int, int, int, int]:
    """The interview's start in New York, as (year, month, day, hour, minute)."""
    assert u.interview is not None, (u.kind, u.reasons)
    s = u.interview.start.astimezone(NY)
    return (s.year, s.month, s.day, s.hour, s.minute)


def check(u: Understanding, kind: str, who: list[str] | None, at: tuple[int, ...] | None) -> None:
    """The kind ("iv" an interview, "not" anything else), the sorted names, the start."""
    if kind == "not":
        assert u.kind is not Kind.INTERVIEW, (u.kind, u.reasons, u.interview)
        return
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)
    if who is not None:
        assert sorted(names(u)) == sorted(who), names(u)
    if at is not None:
        assert local_start(u) == at


THU_2PM = (2026, 3, 5, 14, 0)


# ------------------------------------------------ 1. a bare first hour before a span joiner

TIME_CASES = [
    pytest.param("between 2 and 3 candidates", [], id="en-count-candidates"),
    pytest.param(
        "we expect between 10 and 12 people at 3pm", [("15:00", None)], id="en-count-people"
    ),
    pytest.param("the score was between 3 and 1 at 4pm", [("16:00", None)], id="en-score"),
    pytest.param("call me between 8 and 9am", [("08:00", "09:00")], id="en-8-9am"),
    pytest.param("between 10 and 2pm", [("10:00", "14:00")], id="en-across-noon"),
    pytest.param("between 12 and 12:30pm", [("12:00", "12:30")], id="en-noon-half"),
    pytest.param("between 7 and 8.30pm", [("19:00", "20:30")], id="en-evening-dot"),
    pytest.param("between 1 and 1:30pm", [("13:00", "13:30")], id="en-one-half"),
    pytest.param("between 2 and 3 pm", [("14:00", "15:00")], id="en-spaced-pm"),
    pytest.param("between 11 and 1am", [("01:00", None)], id="en-across-midnight-no-span"),
    pytest.param("between 9 and 5:30pm", [("17:30", None)], id="en-too-long"),
    pytest.param(
        "slots between 2 and 3pm and between 4 and 5pm",
        [("14:00", "15:00"), ("16:00", "17:00")],
        id="en-two-spans",
    ),
    pytest.param("aged between 8 and 10 at 5pm", [("17:00", None)], id="en-ages"),
    pytest.param("prices between 5 and 6 dollars", [], id="en-prices"),
    pytest.param("zwischen 9 und 17 Uhr", [("09:00", "17:00")], id="de-office-hours"),
    pytest.param("zwischen 6 und 7 Uhr", [("06:00", "07:00")], id="de-early"),
    pytest.param("zwischen 14:30 und 15 Uhr", [("14:30", "15:00")], id="de-half"),
    pytest.param("zwischen 3 und 4 Bewerber", [], id="de-count"),
    pytest.param("entre 14 et 15h", [("14:00", "15:00")], id="fr-14-15h"),
    pytest.param("enfants entre 14 et 16 ans", [], id="fr-ages"),
    pytest.param("entre 2 et 3 candidats", [], id="fr-count"),
    pytest.param(
        "entre 10 y 11 h",
        [("10:00", "11:00")],
        id="es-10-11h",
        marks=before("'11 h' (a space before h) is read as no time at all"),
    ),
    pytest.param(
        "entre las 10 y las 11 h",
        [("10:00", "11:00")],
        id="es-las-las",
        marks=before("'entre las 10 y las 11' keeps only its second hour"),
    ),
    pytest.param("between 20 and 30 minutes", [], id="en-minutes"),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CASES)
def test_bare_span_times(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A bare first hour opens a range only when the words around it are a span of hours."""
    assert times(text) == expected


SPAN_MAIL = [
    pytest.param(
        f"{IV}\nPlease arrive between 1 and 1:45pm so we can sort out your badge.",
        THU_2PM,
        id="en-arrival-window-before-start",
    ),
    pytest.param(
        f"{IV}\nIf you get lost, reception is staffed between 9 and 5pm on (020) 7946 0991.",
        THU_2PM,
        id="en-reception-hours",
    ),
    pytest.param(
        "Your panel interview is confirmed for Thursday 5 March at 2pm. It will take between "
        "2 and 3 hours, including a short break.",
        THU_2PM,
        id="en-duration-hours",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March between 2 and 3pm with Maria Lopez.",
        THU_2PM,
        id="en-span-start",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March between 11 and 12pm with Maria Lopez.",
        (2026, 3, 5, 11, 0),
        id="en-span-to-noon",
    ),
]


@pytest.mark.parametrize(("body", "at"), SPAN_MAIL)
def test_span_in_a_confirmation(body: str, at: tuple[int, ...]) -> None:
    """A window stated around the interview does not move its start."""
    check(recruiter(body), "iv", None, at)


def test_de_office_hours_beside_the_interview() -> None:
    """ "zwischen 9 und 17 Uhr erreichbar" is office hours, not the Gespräch at 14 Uhr."""
    u = read(
        "Sabine Krüger <s.krueger@nordlicht-energie.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am "
        "Donnerstag, 5. März 2026 um 14 Uhr in unserem Büro in Hamburg ein.\n\nBei Fragen "
        "bin ich werktags zwischen 9 und 17 Uhr telefonisch erreichbar.\n\nMit freundlichen "
        "Grüßen\nSabine Krüger\nPersonalabteilung",
    )
    check(u, "iv", None, (2026, 3, 5, 14, 0))


def test_fr_entre_in_a_convocation() -> None:
    """ "entre 14 et 15h" in a convocation starts the interview at 14h (Paris)."""
    u = read(
        "Claire Martin <c.martin@lumiere-conseil.example>",
        "Convocation à un entretien",
        "Bonjour,\n\nNous vous confirmons votre entretien le jeudi 5 mars entre 14 et 15h, "
        "heure de Paris, avec Julien Moreau, directeur financier.\n\nCordialement,\n"
        "Claire Martin",
    )
    check(u, "iv", ["Julien Moreau"], (2026, 3, 5, 8, 0))


# ------------------------------------------------------------ 2. a weekday a week on

WEEK = dt.date(2026, 3, 12)
THU = dt.date(2026, 3, 5)

DATE_CASES = [
    pytest.param("Thursday week at 10am", "mdy", [WEEK], id="en-thursday-week"),
    pytest.param("a week on Thursday", "mdy", [WEEK], id="en-a-week-on"),
    pytest.param("one week from Thursday", "mdy", [WEEK], id="en-one-week-from"),
    pytest.param("a week this Thursday", "mdy", [WEEK], id="en-a-week-this"),
    pytest.param("on Thursday, a week later than planned", "mdy", [THU], id="en-comma-week-later"),
    pytest.param("the week of Monday 9th", "mdy", [dt.date(2026, 3, 9)], id="en-week-of-monday"),
    pytest.param("Monday weekly check-in", "mdy", [dt.date(2026, 3, 9)], id="en-monday-weekly"),
    pytest.param(
        "Thursday Week 3 of the graduate programme", "mdy", [THU], id="en-thursday-week-number"
    ),
    pytest.param("Thursday weeknight classes", "mdy", [THU], id="en-thursday-weeknight"),
    pytest.param("a week from Thursday, March 12", "mdy", [WEEK], id="en-week-from-explicit-date"),
    pytest.param("a week on Thursday 5 March", "dmy", [THU], id="en-week-on-explicit-date"),
    pytest.param("jeudi en huit à 10h", "dmy", [WEEK], id="fr-jeudi-en-huit"),
    pytest.param("jeudi en huitième de finale", "dmy", [THU], id="fr-huitieme"),
    pytest.param("jeudi, dans huit jours", "dmy", [THU], id="fr-dans-huit-jours"),
    pytest.param(
        "jeudi en quinze",
        "dmy",
        [dt.date(2026, 3, 19)],
        id="fr-jeudi-en-quinze",
        marks=before("not covered: « en quinze » (two weeks on) is not read"),
    ),
    pytest.param(
        "Donnerstag in einer Woche",
        "dmy",
        [WEEK],
        id="de-in-einer-woche",
        marks=before("not covered: German has no week_on words"),
    ),
    pytest.param("el jueves de la semana que viene", "dmy", [WEEK], id="es-semana-que-viene"),
    pytest.param("Thursday, last week", "mdy", [THU], id="en-last-week-not-moved-on"),
]


@pytest.mark.parametrize(("text", "order", "expected"), DATE_CASES)
def test_week_on_dates(text: str, order: str, expected: list[dt.date]) -> None:
    """Only "week" right after a weekday, or "a week on/from/this" before it, adds 7 days."""
    assert days(text, order)[:1] == expected


WEEK_MAIL = [
    pytest.param(
        "Your second interview is confirmed for Thursday week at 10am with Maria Lopez.",
        "iv",
        (2026, 3, 12, 10, 0),
        id="en-confirmed-thursday-week",
    ),
    pytest.param(
        "Great news: the panel can see you a week on Thursday at 10am. Maria Lopez and Sam "
        "Ortiz will interview you.",
        "iv",
        (2026, 3, 12, 10, 0),
        id="en-confirmed-a-week-on",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March at 10am. We aim to give feedback a "
        "week on Thursday at the latest.",
        "iv",
        (2026, 3, 5, 10, 0),
        id="en-feedback-deadline-a-week-on",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday at 10am. The role starts Monday week if all "
        "goes well, haha.",
        "iv",
        (2026, 3, 5, 10, 0),
        id="en-start-date-monday-week",
    ),
]


@pytest.mark.parametrize(("body", "kind", "at"), WEEK_MAIL)
def test_week_on_in_mail(body: str, kind: str, at: tuple[int, ...]) -> None:
    """A week on moves the interview only when it is the interview's own day."""
    check(recruiter(body), kind, None, at)


def test_dentist_thursday_week_is_no_interview() -> None:
    """A dental reminder "Thursday week at 10am" stays a reminder."""
    u = read(
        "Smile Dental <reminders@smiledental.example>",
        "Appointment reminder",
        "Hi Alex,\n\nThis is a reminder of your check-up with Dr Helen Price on Thursday week "
        "at 10am.\n\nPlease arrive 10 minutes early.\n\nSmile Dental",
    )
    check(u, "not", None, None)


def test_fr_jeudi_en_huit_convocation() -> None:
    """ "jeudi en huit à 10h" books 12 March at 10h (Paris)."""
    u = read(
        "Claire Martin <c.martin@lumiere-conseil.example>",
        "Entretien - Contrôleur de gestion",
        "Bonjour,\n\nSuite à notre échange, je vous confirme votre entretien jeudi en huit à 10h, "
        "heure de Paris, avec Julien Moreau, directeur financier.\n\nCordialement,\n"
        "Claire Martin",
    )
    check(u, "iv", ["Julien Moreau"], (2026, 3, 12, 5, 0))


def test_fr_huit_jours_is_not_en_huit() -> None:
    """ "sous huit jours" after the Thursday interview leaves it on 5 March."""
    u = read(
        "Claire Martin <c.martin@lumiere-conseil.example>",
        "Entretien - Contrôleur de gestion",
        "Bonjour,\n\nJe vous confirme votre entretien jeudi 5 mars à 10h, heure de Paris, avec "
        "Julien Moreau. Nous vous répondrons sous huit jours.\n\nCordialement,\nClaire Martin",
    )
    check(u, "iv", ["Julien Moreau"], (2026, 3, 5, 4, 0))


def test_graduate_schedule_thursday_week_number() -> None:
    """ "Thursday Week 1" in a programme's timetable is this Thursday, not a week on."""
    u = recruiter(
        "Your assessment centre interview is confirmed for 10am on Thursday Week 1 with Maria "
        "Lopez (the spring intake starts on Monday 2 March)."
    )
    check(u, "iv", None, (2026, 3, 5, 10, 0))


# ------------------------------------------------- 3. English intros: a day, then "with"

INTRO_EN = [
    pytest.param(
        f"{IV} I'm out on Friday with Sarah Jones from the Leeds office, so reply to Priya.",
        [],
        id="en-friday-with-colleague-away",
    ),
    pytest.param(
        f"{IV} I'll be at the careers fair on 6 March with Jenny Hart, so replies may be slow.",
        [],
        id="en-fair-date-with-colleague",
    ),
    pytest.param(
        "I spoke today with Priya Shah in finance and everything is approved. Your interview "
        "is confirmed for Thursday 5 March at 2pm with Maria Lopez.",
        ["Maria Lopez"],
        id="en-spoke-today-with",
        marks=before("'spoke today with Priya Shah' makes Priya Shah an interviewer"),
    ),
    pytest.param(
        f"{IV} Sorry for the slow reply - I was tied up Tuesday with Acme Health.",
        [],
        id="en-tuesday-with-company",
    ),
    pytest.param(
        "Your interview for the Data Analyst role is at 2pm on Thursday with Maria Lopez "
        "(Head of Data).",
        ["Maria Lopez"],
        id="en-thursday-with-name",
    ),
    pytest.param(
        "Your interview for the Data Analyst role is confirmed for 5 March with Maria Lopez "
        "and Sam Ortiz at 2pm.",
        ["Maria Lopez", "Sam Ortiz"],
        id="en-date-with-two-names-time-after",
        marks=before("a time written after the names is not joined to the date"),
    ),
    pytest.param(
        "Your interview for the Data Analyst role is confirmed for 2pm on 5 March with Maria "
        "Lopez and Sam Ortiz.",
        ["Maria Lopez", "Sam Ortiz"],
        id="en-date-with-two-names",
    ),
    pytest.param(
        "Your interview for the Data Analyst role is confirmed for March 5th, 2026 with Maria "
        "Lopez at 2pm.",
        ["Maria Lopez"],
        id="en-month-day-year-with",
    ),
    pytest.param(
        "Interview confirmed: Thu 5 Mar at 2pm w/ Maria Lopez.",
        ["Maria Lopez"],
        id="en-abbrev-w-slash",
    ),
    pytest.param(
        "Your interview for the Data Analyst role is at 2pm on Thursday with our CEO.",
        [],
        id="en-thursday-with-title-only",
    ),
    pytest.param(
        "Your interview for the Data Analyst role is at 2pm on Thursday with Customer Success.",
        [],
        id="en-thursday-with-team-name",
    ),
    pytest.param(
        f"{IV} You will have the chance to meet Acme Health's founders over lunch.",
        [],
        id="en-chance-to-meet-company",
    ),
    pytest.param(
        f"{IV} You'll also get the opportunity to meet Maria Lopez, our Head of Data.",
        ["Maria Lopez"],
        id="en-opportunity-to-meet",
        marks=xf("withdrawn after the second review: 'a chance to meet X' took a tour host"),
    ),
    pytest.param(
        f"{IV} The person you will be meeting is Maria Lopez, Head of Data.",
        ["Maria Lopez"],
        id="en-person-you-will-be-meeting",
    ),
    pytest.param(
        f"{IV} The people you'll meet are Maria Lopez and Sam Ortiz.",
        ["Maria Lopez", "Sam Ortiz"],
        id="en-people-youll-meet",
    ),
    pytest.param(
        f"{IV} In attendance will be Maria Lopez (Head of Data) and Sam Ortiz (CTO).",
        ["Maria Lopez", "Sam Ortiz"],
        id="en-in-attendance",
        marks=xf("withdrawn after review: 'Present will be' took the founders at an open evening"),
    ),
    pytest.param(
        f"{IV} I've blocked an hour for you and Maria Lopez in the Harbour room.",
        ["Maria Lopez"],
        id="en-for-you-and-name",
        marks=xf("withdrawn after review: 'for you and X' took a hotel guest and a company"),
    ),
    pytest.param(
        f"{IV} We've booked two nights at the Hilton for you and Sam Morgan, as requested.",
        [],
        id="en-hotel-for-you-and-partner",
    ),
    pytest.param(
        f"{IV} We've booked a table at Rosa's for you and your partner on Friday evening.",
        [],
        id="en-for-you-and-your-partner",
    ),
    pytest.param(
        "I've arranged the interview between you and Goldman Sachs for Thursday 5 March at 2pm.",
        [],
        id="en-between-you-and-company",
    ),
    pytest.param(
        f"{IV} The chance to meet New York colleagues comes later, at the offsite.",
        [],
        id="en-chance-to-meet-place",
    ),
]


@pytest.mark.parametrize(("body", "who"), INTRO_EN)
def test_en_intros(body: str, who: list[str]) -> None:
    """The new intros name the people the interview is with, and nobody else."""
    check(recruiter(body), "iv", who, None)


NOT_IV_EN = [
    pytest.param(
        "Sam Lee <sam.lee@gmail.com>",
        "coffee?",
        "Hey Alex,\n\nCan we move our coffee? I've got an appointment at 2pm on Thursday with "
        "Dr Anil Patel, my dentist. Friday works though!\n\nSam",
        id="en-friend-dentist-thursday-with",
    ),
    pytest.param(
        "Maple Court Residents <board@maplecourt.example>",
        "AGM on Thursday 5 March",
        "Dear residents,\n\nThe annual general meeting is on Thursday 5 March at 7pm in the "
        "community room. Present will be Jane Roe (Chair) and Tom Baker (Treasurer).\n\nThe "
        "Board",
        id="en-agm-present-will-be",
    ),
    pytest.param(
        "Hannah Cole <h.cole@stmaryshigh.example>",
        "Parents' evening",
        "Dear Mr Morgan,\n\nThank you for booking a parents' evening slot on Thursday 5 March "
        "at 6pm. The person you'll be speaking to is Mr David Ashworth, Jamie's form tutor.\n\n"
        "Hannah Cole\nSchool Office",
        id="en-school-person-youll-be-speaking-to",
    ),
    pytest.param(
        "Northside Savings <appointments@northside.example>",
        "Your mortgage appointment",
        "Dear Alex,\n\nYour mortgage appointment is booked for Thursday 5 March at 2pm. You'll "
        "have the opportunity to speak with Laura Finch, one of our mortgage advisers.\n\n"
        "Northside Savings",
        id="en-bank-opportunity-to-speak",
    ),
    pytest.param(
        "Rita Gomez <rita@brightsideproperties.example>",
        "Viewing confirmed",
        "Hi Alex,\n\nThe viewing of 14 Elm Street is confirmed for Saturday at 11am. I've set "
        "aside half an hour for you and Mark Chen, the current tenant, to go through the "
        "inventory.\n\nRita",
        id="en-landlord-for-you-and-tenant",
    ),
    pytest.param(
        "Kate Wills <kate@datasummit.example>",
        "Webinar: Hiring in 2026",
        "Hi Alex,\n\nThanks for registering for Thursday's webinar at 2pm ET. Present will be "
        "Jane Roe (CPO, Acme) and Raj Patel (Talent Lead, Globex), who will answer your "
        "questions live.\n\nKate",
        id="en-webinar-present-will-be",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_IV_EN)
def test_en_intros_outside_interviews(sender: str, subject: str, body: str) -> None:
    """The same phrasings in a friend's, a school's, a bank's or a landlord's mail."""
    check(read(sender, subject, body), "not", None, None)


# ---------------------------------------------------------------- 4. English outros

OUTRO_EN = [
    pytest.param(
        f"{IV} Maria Lopez would really like to chat with you about the team beforehand.",
        ["Maria Lopez"],
        id="en-would-really-like-to-chat",
        marks=xf(
            "withdrawn after review: 'X would love to chat with you' took a benefits adviser and a referrer"
        ),
    ),
    pytest.param(
        "Your interview with Sam Ortiz is confirmed for Thursday 5 March at 2pm. Afterwards, "
        "Priya Shah from our benefits team would love to chat with you about relocation.",
        ["Sam Ortiz"],
        id="en-benefits-chat-after",
    ),
    pytest.param(
        f"{IV} Maria Lopez will be interviewing alongside me.",
        ["Maria Lopez"],
        id="en-interviewing-alongside-me",
    ),
    pytest.param(
        f"{IV} Maria Lopez and Sam Ortiz will be interviewing too.",
        ["Maria Lopez", "Sam Ortiz"],
        id="en-interviewing-too",
    ),
    pytest.param(
        f"{IV} Our whole team will be interviewing.",
        [],
        id="en-team-will-be-interviewing",
    ),
    pytest.param(
        f"{IV} Maria Lopez will be interviewing other candidates that week, so Sam Ortiz will "
        "see you instead.",
        [],
        id="en-interviewing-other-candidates",
    ),
    pytest.param(
        f"{IV} Sam Ortiz (Lead Engineer) will talk you through the take-home task.",
        ["Sam Ortiz"],
        id="en-talk-you-through-task",
    ),
    pytest.param(
        f"{IV} On arrival, Kate Lyons from reception will walk you through the building "
        "security questions.",
        [],
        id="en-reception-security-questions",
    ),
    pytest.param(
        f"{IV} Kate Lyons from IT will take you through the laptop setup test before you start.",
        [],
        id="en-it-setup-test",
    ),
    pytest.param(
        f"{IV} If you're offered the role, Kate Lyons in HR will take you through the "
        "onboarding presentation.",
        [],
        id="en-hr-onboarding-presentation-if-offered",
    ),
]


@pytest.mark.parametrize(("body", "who"), OUTRO_EN)
def test_en_outros(body: str, who: list[str]) -> None:
    """The new outros name who runs the interview, not the helpers around it."""
    check(recruiter(body), "iv", who, None)


NOT_IV_OUTRO = [
    pytest.param(
        "Jane Roe <jane@acmeanalytics.example>",
        "Quick question about your data stack",
        "Hi Alex,\n\nI noticed Northwind is growing its data team. Our founder Dana Whitfield "
        "would love to chat with you about how Acme Analytics can cut your reporting time in "
        "half. Are you free Thursday at 2pm?\n\nJane Roe\nSDR, Acme Analytics",
        id="en-sales-founder-would-love-to-chat",
    ),
    pytest.param(
        "Pat Doyle <pat.doyle@gmail.com>",
        "catch up",
        "Hey Alex,\n\nDan Smith would love to catch up with you while he's in town - drinks on "
        "Thursday at 7pm at the Crown?\n\nPat",
        id="en-friend-catch-up",
    ),
    pytest.param(
        "Metro Driving School <bookings@metrodriving.example>",
        "Your driving test",
        "Hi Alex,\n\nYour practical driving test is booked for Thursday 5 March at 2pm. Your "
        "instructor Tom Baker will take you through the test route in the lesson before.\n\n"
        "Metro Driving School",
        id="en-driving-instructor-test",
    ),
    pytest.param(
        "Harper & Co Accountants <hello@harperco.example>",
        "Your tax return meeting",
        "Dear Alex,\n\nYour tax return meeting is booked for Thursday 5 March at 2pm. Paul "
        "Ritter will take you through the questions on your self-assessment.\n\nHarper & Co",
        id="en-accountant-questions",
    ),
    pytest.param(
        "Events at Globex <events@globex.example>",
        "You're registered: Careers in Data",
        "Hi Alex,\n\nYou're registered for Careers in Data on Thursday 5 March at 2pm ET. Our "
        "CEO Jane Roe will take you through the presentation, then Raj Patel and Lena Ortiz "
        "will be interviewing.\n\nGlobex Events",
        id="en-webinar-presentation-and-live-interview",
    ),
    pytest.param(
        "Chris Dunn <chris.dunn@northwind.example>",
        "Candidate on Thursday",
        "Hi Alex,\n\nThe candidate for the analyst role, Jordan Price, comes in on Thursday 5 "
        "March at 2pm. Raj Patel will be interviewing alongside you.\n\nThanks,\nChris",
        id="en-user-interviews-a-candidate",
    ),
    pytest.param(
        "Riverside Running Club <club@riversiderc.example>",
        "Track night",
        "Hi all,\n\nTrack night is Thursday at 7pm. Coach Mike Doyle will walk you through the "
        "interval session and the 5k time trial test.\n\nRiverside RC",
        id="en-running-coach-session",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_IV_OUTRO)
def test_en_outros_outside_interviews(sender: str, subject: str, body: str) -> None:
    """Sales, friends, a driving test, an accountant, a webinar, the user's own candidate."""
    check(read(sender, subject, body), "not", None, None)


# ---------------------------------------------------------------------- 5. ranks

RANKS = [
    pytest.param(
        "You will meet Wing Commander Sarah Jones (Head of Training).",
        ["Sarah Jones"],
        id="en-wing-commander",
        marks=before("'Wing Commander' stays in the name (only the last rank word is known)"),
    ),
    pytest.param(
        "You will meet Lt. Col. Mark Hayes and Sgt. Dana Webb.",
        ["Mark Hayes", "Dana Webb"],
        id="en-lt-col-sgt",
    ),
    pytest.param(
        "You will meet Pastor John Mills and Rabbi Miriam Katz from the chaplaincy board.",
        ["John Mills", "Miriam Katz"],
        id="en-pastor-rabbi",
    ),
    pytest.param(
        "You will meet Laura Pastor, our Head of Finance.",
        ["Laura Pastor"],
        id="en-surname-pastor",
    ),
    pytest.param(
        "You will meet Capt Rui Furtado, Fleet Manager.",
        ["Rui Furtado"],
        id="en-capt-no-dot",
    ),
    pytest.param(
        "You will meet Imam Yusuf Khan, our community liaison lead.",
        ["Yusuf Khan"],
        id="en-imam",
    ),
    pytest.param(
        "You will meet Adm. Grace Hopper-Lee and Cdr Tom Hale.",
        ["Grace Hopper-Lee", "Tom Hale"],
        id="en-adm-cdr",
    ),
    pytest.param(
        "You will meet Sarah Colonel, our plant manager.",
        ["Sarah Colonel"],
        id="en-surname-colonel",
    ),
    pytest.param(
        "You will meet Lieutenant Dana Webb.",
        ["Dana Webb"],
        id="en-lieutenant-full",
    ),
    pytest.param(
        "You will meet our team captain, Olivia Brandt.",
        ["Olivia Brandt"],
        id="en-lowercase-captain-title",
    ),
]


@pytest.mark.parametrize(("line", "who"), RANKS)
def test_ranks(line: str, who: list[str]) -> None:
    """A rank before a name is dropped; the same word as a surname stays."""
    check(recruiter(f"{IV} {line}"), "iv", who, None)


# ------------------------------------------------------------------------ 6. French

FR = "Claire Martin <c.martin@lumiere-conseil.example>"
FR_IV = "Je vous confirme votre entretien le jeudi 5 mars à 14h, heure de Paris."

FR_CASES = [
    pytest.param(
        f"{FR_IV} Vous serez reçu par Mme Anne Dupont, DRH, et par M. Paul Girard, directeur "
        "technique.",
        ["Anne Dupont", "Paul Girard"],
        id="fr-recu-par-et-par",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Mme Anne Dupont et par visioconférence si besoin.",
        ["Anne Dupont"],
        id="fr-et-par-visio",
    ),
    pytest.param(
        f"{FR_IV} L'entretien sera mené par Mme Anne Dupont, et par conséquent en anglais.",
        ["Anne Dupont"],
        id="fr-et-par-consequent",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Mme Anne Dupont et par Teams pour la partie technique.",
        ["Anne Dupont"],
        id="fr-et-par-teams",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Mme Anne Dupont, DRH, et par Sophie Bernard, notre "
        "office manager, qui vous fera découvrir nos ateliers.",
        ["Anne Dupont"],
        id="fr-guide-decouvrir",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Mme Anne Dupont, DRH, et par Sophie Bernard, qui vous "
        "fera faire le tour des locaux.",
        ["Anne Dupont"],
        id="fr-guide-faire-le-tour",
    ),
    pytest.param(
        f"{FR_IV} Je serai également avec Paul Girard, notre directeur technique.",
        ["Paul Girard"],
        id="fr-je-serai-egalement-avec",
    ),
    pytest.param(
        f"{FR_IV} Je serai avec M. Paul Girard.",
        ["Paul Girard"],
        id="fr-je-serai-avec-m",
        marks=xf(
            "withdrawn after review: 'je serai avec X' took a trip, a company and a trade fair"
        ),
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Anne Dupont. Je serai avec Paul Girard en déplacement à "
        "Lyon cette semaine, merci de répondre à Anne directement.",
        ["Anne Dupont"],
        id="fr-je-serai-avec-en-deplacement",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Anne Dupont. Je serai avec Air France jusqu'à mercredi, "
        "donc peu joignable.",
        ["Anne Dupont"],
        id="fr-je-serai-avec-company",
    ),
    pytest.param(
        f"{FR_IV} Vous serez reçu par Anne Dupont.\n\nPS : je serai avec Marc Lemoine au salon "
        "VivaTech lundi, répondez plutôt à Anne.",
        ["Anne Dupont"],
        id="fr-ps-salon",
    ),
]


@pytest.mark.parametrize(("body", "who"), FR_CASES)
def test_fr_people(body: str, who: list[str]) -> None:
    """ "et par" joins people only, a guide is no interviewer, "je serai avec" the writer's."""
    u = read(
        FR,
        "Entretien - Contrôleur de gestion",
        f"Bonjour,\n\n{body}\n\nCordialement,\nClaire Martin\nChargée de recrutement",
    )
    check(u, "iv", who, None)


def test_fr_friend_je_serai_avec_is_no_interview() -> None:
    """A friend's dinner plan "je serai avec Paul Martin" is no interview."""
    u = read(
        "Julie <julie.rousseau@gmail.com>",
        "Samedi",
        "Coucou Alex,\n\nOn se retrouve samedi à 20h au Petit Zinc ? Je serai avec Paul Martin, "
        "tu te souviens de lui ?\n\nBises,\nJulie",
    )
    check(u, "not", None, None)


def test_fr_banque_recu_par_et_par() -> None:
    """A bank's "reçu par X et par Y" is an appointment, not an interview."""
    u = read(
        "Banque Rhône-Alpes <rdv@banque-ra.example>",
        "Confirmation de votre rendez-vous",
        "Bonjour Monsieur Morgan,\n\nNous confirmons votre rendez-vous le jeudi 5 mars à 14h "
        "pour votre projet immobilier. Vous serez reçu par Mme Anne Dupont, conseillère, et par "
        "M. Paul Girard, directeur d'agence.\n\nBanque Rhône-Alpes",
    )
    check(u, "not", None, None)


# ----------------------------------------------------------------------- 7. Spanish

ES = "Lucía Romero <lucia.romero@andina-datos.example>"
ES_IV = "Le confirmamos su entrevista para el puesto de Analista el jueves 5 de marzo a las 10:00."

ES_CASES = [
    pytest.param(
        f"{ES_IV} La entrevista estará a cargo de la Lic. Mariana Torres, Gerente de Datos.",
        ["Mariana Torres"],
        id="es-a-cargo-de-la-lic",
    ),
    pytest.param(
        f"{ES_IV} La entrevista será en la sala 3 y la recepción estará a cargo de Pedro Ruiz, "
        "de seguridad.",
        [],
        id="es-recepcion-a-cargo-de",
    ),
    pytest.param(
        f"{ES_IV} La entrevista estará a cargo de Mariana Torres y de quien suscribe.",
        ["Lucía Romero", "Mariana Torres"],
        id="es-y-de-quien-suscribe",
    ),
    pytest.param(
        f"{ES_IV} La entrevista la realizarán Mariana Torres y por videollamada Jorge Ríos.",
        ["Jorge Ríos", "Mariana Torres"],
        id="es-y-por-videollamada",
        marks=before("not covered: 'y por videollamada X' is no list joiner"),
    ),
    pytest.param(
        f"{ES_IV} La entrevista será con Mariana Torres y por Teams.",
        ["Mariana Torres"],
        id="es-y-por-teams",
    ),
    pytest.param(
        f"{ES_IV} La entrevista será con Mariana Torres y de manera virtual.",
        ["Mariana Torres"],
        id="es-y-de-manera",
    ),
    pytest.param(
        f"{ES_IV} La entrevista será con Mariana Torres, de Recursos Humanos, y de Bogotá se "
        "conectará el equipo técnico.",
        ["Mariana Torres"],
        id="es-y-de-city",
    ),
    pytest.param(
        f"{ES_IV} Le atenderá Mariana Torres.\n\nPor cierto, se une Laura Gómez al equipo el mes "
        "que viene, así que la conocerá si entra.",
        ["Mariana Torres"],
        id="es-se-une-al-equipo",
    ),
    pytest.param(
        f"{ES_IV} Le atenderá Mariana Torres. Se suma también Jorge Ríos, líder técnico.",
        ["Jorge Ríos", "Mariana Torres"],
        id="es-se-suma-tambien",
    ),
    pytest.param(
        f"{ES_IV} Le atenderá Mariana Torres. Se sumará Jorge Ríos en la segunda parte.",
        ["Jorge Ríos", "Mariana Torres"],
        id="es-se-sumara",
    ),
    pytest.param(
        f"{ES_IV} Le atenderán Mariana Torres y quien le escribe.",
        ["Lucía Romero", "Mariana Torres"],
        id="es-y-quien-le-escribe",
    ),
]


@pytest.mark.parametrize(("body", "who"), ES_CASES)
def test_es_people(body: str, who: list[str]) -> None:
    """ "a cargo de", "se suma", "quien le escribe", "y de"/"y por" name people only."""
    u = read(
        ES,
        "Entrevista - Analista de Datos",
        f"Estimado Alex:\n\n{body}\n\nSaludos cordiales,\nLucía Romero\nSelección, Andina Datos",
    )
    check(u, "iv", who, None)


def test_es_clinic_a_cargo_de() -> None:
    """A clinic's "la consulta estará a cargo de la Dra. X" is no interview."""
    u = read(
        "Clínica San Rafael <citas@clinicasanrafael.example>",
        "Recordatorio de cita",
        "Estimado Alex:\n\nLe recordamos su cita del jueves 5 de marzo a las 10:00. La "
        "evaluación estará a cargo de la Dra. Elena Vidal, cardióloga.\n\nClínica San Rafael",
    )
    check(u, "not", None, None)


def test_es_friends_se_suma() -> None:
    """A friend's "se suma Pablo Díaz" to a football match is no interview."""
    u = read(
        "Nacho <nacho.fernandez@gmail.com>",
        "Fútbol jueves",
        "¡Buenas!\n\nEl jueves a las 20 h jugamos en la cancha de siempre. Se suma Pablo Díaz, "
        "el primo de Marta.\n\nAbrazo,\nNacho",
    )
    check(u, "not", None, None)


# ------------------------------------------------------------------------ 8. German

DE = "Sabine Krüger <s.krueger@nordlicht-energie.example>"
DE_IV = "wir laden Sie zum Vorstellungsgespräch am Donnerstag, 5. März 2026 um 14 Uhr ein."

DE_CASES = [
    pytest.param(
        f"{DE_IV} Frau Dr. Katrin Weber und ich freuen uns schon sehr auf das Gespräch.",
        ["Katrin Weber", "Sabine Krüger"],
        id="de-frau-dr-und-ich",
    ),
    pytest.param(
        f"{DE_IV} Das ganze Team und ich freuen uns auf Sie.",
        None,
        id="de-team-und-ich-kind",
    ),
    pytest.param(
        f"{DE_IV} Ihr Gesprächspartner ist Herr Jonas Berg. Meine Kollegin Anna Lenz aus dem "
        "Empfang und ich freuen uns auf Ihren Besuch.",
        ["Jonas Berg"],
        id="de-empfang-und-ich",
    ),
    pytest.param(
        f"{DE_IV} Herr Jonas Berg und ich freuen uns darauf, Sie kennenzulernen.",
        ["Jonas Berg", "Sabine Krüger"],
        id="de-darauf-kennenzulernen",
    ),
]


@pytest.mark.parametrize(("body", "who"), DE_CASES)
def test_de_und_ich(body: str, who: list[str] | None) -> None:
    """ "X und ich freuen uns auf Sie": X and the writer; a team or a greeter is nobody."""
    u = read(
        DE,
        "Einladung zum Vorstellungsgespräch",
        f"Sehr geehrter Herr Morgan,\n\n{body}"
        "\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalabteilung",
    )
    check(u, "iv", who, None)


def test_de_vermieter_und_ich() -> None:
    """A landlord's "Herr Krause und ich freuen uns auf Sie" at a viewing is no interview."""
    u = read(
        "Petra Krause <petra.krause@web.example>",
        "Besichtigung der Wohnung",
        "Hallo Herr Morgan,\n\ndie Besichtigung der Wohnung in der Lindenstraße 4 ist am "
        "Donnerstag um 17 Uhr. Herr Krause und ich freuen uns auf Sie.\n\nViele Grüße\n"
        "Petra Krause",
    )
    check(u, "not", None, None)


def test_de_arzt_und_ich() -> None:
    """A practice's "Dr. Anna Lenz und ich freuen uns auf Sie" is no interview."""
    u = read(
        "Praxis Dr. Lenz <praxis@dr-lenz.example>",
        "Ihr Termin am Donnerstag",
        "Sehr geehrter Herr Morgan,\n\nwir bestätigen Ihren Termin am Donnerstag, 5. März um "
        "9:30 Uhr. Dr. Anna Lenz und ich freuen uns auf Sie.\n\nIhr Praxisteam",
    )
    check(u, "not", None, None)


# ------------------------------------------------- 9. a line wrapped before an outro

WRAPS = [
    pytest.param(
        "We are delighted to invite you to interview at our office in Canary Wharf, London\n"
        "Priya Shah will interview you on Thursday 5 March at 2pm.",
        ["Priya Shah"],
        id="wrap-place-then-name",
    ),
    pytest.param(
        "Thanks for your patience while we sorted out the panel for the second round, Alex\n"
        "Sam Ortiz will take you through the case study on Thursday 5 March at 2pm.",
        ["Sam Ortiz"],
        id="wrap-user-name-then-name",
    ),
    pytest.param(
        "I know you said you'd need to clear the time with your current manager, Jordan Blake\n"
        "Maria Lopez will interview you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-user-manager-then-name",
    ),
    pytest.param(
        "Thanks for sending the references over so quickly, they went straight to Helen Price\n"
        "Maria Lopez will interview you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-referee-then-name",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm in meeting room 4, third floor, building 2\n"
        "Maria Lopez will interview you.",
        ["Maria Lopez"],
        id="wrap-room-number-then-name",
    ),
    pytest.param(
        "Location: Kestrel Labs Head Office, 14 Harbour Street, Manchester City Centre, Floor 3\n"
        "Maria Lopez will interview you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-label-line",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm. Our CFO Levan Gelashvili and the Head of\n"
        "Data Maria Lopez will interview you.",
        ["Levan Gelashvili", "Maria Lopez"],
        id="wrap-title-split",
        marks=xf(
            "withdrawn after review: a line break is joined only inside a name, not inside a title"
        ),
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm, and you'll meet our Head of Analytics Ana\n"
        "Kowalska-Reid will interview you with me.",
        ["Ana Kowalska-Reid"],
        id="wrap-double-barrelled",
        marks=before("the wrapped name is not read whole ('Kowalska-Reid'; now nobody)"),
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm. Here's who you'll meet on the day, in the\n"
        "- Maria Lopez will interview you first.",
        ["Maria Lopez"],
        id="wrap-then-bullet",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm. Please bring your passport and a printed\n"
        "copy of your CV.\nMaria Lopez and Sam Ortiz will interview you.",
        ["Maria Lopez", "Sam Ortiz"],
        id="wrap-ended-sentence-then-names",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm. Our office manager Kate Lyons will meet you\n"
        "at reception. Maria Lopez will interview you.",
        ["Maria Lopez"],
        id="wrap-greeter-line",
        marks=before("a greeter who 'will meet you at reception' is read as an interviewer"),
    ),
]


@pytest.mark.parametrize(("body", "who"), WRAPS)
def test_wraps(body: str, who: list[str]) -> None:
    """A long line runs on into the next only where the sentence does."""
    check(recruiter(body), "iv", who, None)


def test_quoted_old_round_after_long_line() -> None:
    """A quoted earlier round's interviewer stays out of the new confirmation."""
    u = recruiter(
        "Your final interview is confirmed for Thursday 5 March at 2pm with Maria Lopez.\n\n"
        "On Mon, Feb 16, 2026 at 9:12 AM Tom Reed wrote:\n> Thanks again for making time for the "
        "first round next week, it should be relaxed and friendly\n> Priya Shah will interview "
        "you on the Tuesday."
    )
    check(u, "iv", ["Maria Lopez"], THU_2PM)


def test_fallback_first_line_keeps_director() -> None:
    """ "... with our Director, Colette Boudreau" over a date line names the Director."""
    u = recruiter(
        "This confirms your phone interview for the Analyst role with our Director, Colette\n"
        "Boudreau, on Thursday 5 March at 2pm."
    )
    check(u, "iv", ["Colette Boudreau"], THU_2PM)


test_fallback_first_line_keeps_director = before(
    "a name wrapped after 'our Director,' is not read"
)(test_fallback_first_line_keeps_director)


# ------------------------------------------------------------- 10. more of the same

MORE_TIMES = [
    pytest.param("migrating between 2 and 3.10 this week", "same", id="en-version-numbers"),
    pytest.param("between 1 and 2.30", "same", id="en-bare-half-no-suffix"),
    pytest.param("entre 12 et 14h", [("12:00", "14:00")], id="fr-12-14h"),
    pytest.param("zwischen 8 und 9 Uhr morgens", [("08:00", "09:00")], id="de-morgens"),
    pytest.param("rated between 4 and 5 stars at 6pm", [("18:00", None)], id="en-stars"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_TIMES)
def test_more_bare_spans(text: str, expected: object) -> None:
    """Version numbers and bare decimals keep their old reading; real spans join."""
    if expected == "same":
        # Whatever fb41ca1 read, the bare first number must not have opened a range.
        assert all(until is None for _, until in times(text)), times(text)
    else:
        assert times(text) == expected


MORE_MAIL = [
    pytest.param(
        "Your interview is confirmed for Thursday 5 March between 2 and 3pm GMT with Maria Lopez.",
        None,
        (2026, 3, 5, 9, 0),
        id="en-span-gmt",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March between 2 and 3:30 with Maria Lopez.",
        None,
        THU_2PM,
        id="en-span-no-suffix",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March at 2pm. We'll have between 2 and 3 "
        "people on the panel.",
        None,
        THU_2PM,
        id="en-panel-size",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday at 10am, and we'll let you know a week from "
        "Thursday.",
        None,
        (2026, 3, 5, 10, 0),
        id="en-decision-a-week-from-thursday",
    ),
    pytest.param(
        "Could we move your interview to Friday week at 11am? Maria Lopez is away this Friday. "
        "I've updated the invite, so it's confirmed unless you shout.",
        None,
        (2026, 3, 13, 11, 0),
        id="en-moved-friday-week",
    ),
    pytest.param(
        "I'm interviewing other candidates tomorrow with Sam Ortiz, so here are your details: "
        "your interview is confirmed for Thursday 5 March at 2pm with Maria Lopez.",
        ["Maria Lopez"],
        THU_2PM,
        id="en-tomorrow-with-other-candidates",
        marks=before("'tomorrow with Sam Ortiz' about other candidates names him"),
    ),
    pytest.param(
        f"{IV} You'll have the opportunity to speak with Human Resources about benefits "
        "afterwards.",
        [],
        THU_2PM,
        id="en-opportunity-human-resources",
    ),
    pytest.param(
        f"{IV} You'll be interviewed by Maria Lopez. My colleague Sam Ortiz, who referred you, "
        "would love to catch up with you over coffee afterwards.",
        ["Maria Lopez"],
        THU_2PM,
        id="en-referrer-catch-up",
    ),
    pytest.param(
        f"{IV} Maria Lopez will be interviewing as well.",
        ["Maria Lopez"],
        THU_2PM,
        id="en-interviewing-as-well",
    ),
    pytest.param(
        f"{IV} The person you'll be speaking to is the hiring manager for the role.",
        [],
        THU_2PM,
        id="en-person-is-title",
    ),
    pytest.param(
        f"{IV} Maria Lopez would like to have a quick chat with you before the panel.",
        ["Maria Lopez"],
        THU_2PM,
        id="en-quick-chat-before",
        marks=xf(
            "withdrawn after review: 'X would love to chat with you' took a benefits adviser and a referrer"
        ),
    ),
    pytest.param(
        f"{IV} Your interview will be with the Head of Data. Col. Mark Hayes (retd.) will also "
        "join.",
        ["Mark Hayes"],
        THU_2PM,
        id="en-col-retd",
    ),
    pytest.param(
        f"{IV} Please report to the Adm Block reception on arrival.",
        [],
        THU_2PM,
        id="en-adm-block",
    ),
]


@pytest.mark.parametrize(("body", "who", "at"), MORE_MAIL)
def test_more_en_mail(body: str, who: list[str] | None, at: tuple[int, ...]) -> None:
    """More English confirmations around the new readings."""
    check(recruiter(body), "iv", who, at)


MORE_WRAPS = [
    pytest.param(
        "Thank you for your application for the Data Analyst position at Kestrel Labs Ltd\n"
        "Maria Lopez will interview you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-company-then-name",
        marks=before("Maria Lopez after a long line ending in a company is missed"),
    ),
    pytest.param(
        "Thanks again for your application to Kestrel Labs, we really enjoyed reading it, Alex\n"
        "Maria Lopez would love to chat with you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-user-then-chat-outro",
        marks=before("Maria Lopez is missed (since 286b3f7 read as 'Alex Maria Lopez')"),
    ),
    pytest.param(
        "The role sits in the analytics team in Leeds and reports to our Head of Data Services\n"
        "Maria Lopez will interview you on Thursday 5 March at 2pm.",
        ["Maria Lopez"],
        id="wrap-title-then-name",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm and will last about an hour in total, Alex\n"
        "Maria Lopez (Head of Data) and Sam Ortiz will interview you.",
        ["Maria Lopez", "Sam Ortiz"],
        id="wrap-user-then-two-names",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm at our head office on Deansgate, Manchester\n"
        "Maria Lopez will be interviewing.",
        ["Maria Lopez"],
        id="wrap-city-then-interviewing",
    ),
    pytest.param(
        "Your interview is on Thursday 5 March at 2pm. Before it starts you'll see our receptionist\n"
        "Kate Lyons will walk you to the room, then Maria Lopez will interview you.",
        ["Maria Lopez"],
        id="wrap-receptionist-walk",
        marks=before("the receptionist on the outro's own line is read with the interviewer"),
    ),
]


@pytest.mark.parametrize(("body", "who"), MORE_WRAPS)
def test_more_wraps(body: str, who: list[str]) -> None:
    """A long line ending in a place, a company, a title or the user's name is not a name."""
    check(recruiter(body), "iv", who, None)


def test_es_se_une_al_equipo_at_sentence_start() -> None:
    """ "Se une Laura Gómez al equipo el mes que viene" is news, not an interviewer."""
    u = read(
        ES,
        "Entrevista - Analista de Datos",
        f"Estimado Alex:\n\n{ES_IV} Le atenderá Mariana Torres.\n\nSe une Laura Gómez al equipo "
        "el mes que viene como nueva directora de datos.\n\nSaludos cordiales,\nLucía Romero",
    )
    check(u, "iv", ["Mariana Torres"], None)


def test_es_realizada_por_y_por() -> None:
    """ "realizada por X y por Y" names both."""
    u = read(
        ES,
        "Entrevista - Analista de Datos",
        f"Estimado Alex:\n\n{ES_IV} La entrevista será realizada por Mariana Torres y por Jorge "
        "Ríos, líder técnico.\n\nSaludos cordiales,\nLucía Romero",
    )
    check(u, "iv", ["Jorge Ríos", "Mariana Torres"], None)


def test_es_quien_le_escribe_outside_a_list() -> None:
    """ "quien le escribe queda a su disposición" adds no writer to the interview."""
    u = read(
        ES,
        "Entrevista - Analista de Datos",
        f"Estimado Alex:\n\n{ES_IV} Le atenderá Mariana Torres. Para cualquier duda, quien le "
        "escribe queda a su disposición.\n\nSaludos cordiales,\nLucía Romero",
    )
    check(u, "iv", ["Mariana Torres"], None)


def test_fr_par_telephone_et_par_mail() -> None:
    """ "par téléphone et par mail" joins no people."""
    u = read(
        FR,
        "Entretien - Contrôleur de gestion",
        f"Bonjour,\n\n{FR_IV} Vous serez reçu par Mme Anne Dupont. Je reste joignable par "
        "téléphone et par Mail Pro si besoin.\n\nCordialement,\nClaire Martin",
    )
    check(u, "iv", ["Anne Dupont"], None)


def test_fr_mardi_en_huit() -> None:
    """ "mardi en huit à 9h30" is Tuesday 10 March."""
    u = read(
        FR,
        "Entretien - Contrôleur de gestion",
        "Bonjour,\n\nJe vous confirme votre entretien mardi en huit à 9h30, heure de Paris, avec "
        "Julien Moreau.\n\nCordialement,\nClaire Martin",
    )
    check(u, "iv", ["Julien Moreau"], (2026, 3, 10, 4, 30))


def test_de_team_vorstellen_und_ich() -> None:
    """ "Herr Berg, der Ihnen vorab das Büro zeigt, und ich": the guide still meets the user."""
    u = read(
        DE,
        "Einladung zum Vorstellungsgespräch",
        f"Sehr geehrter Herr Morgan,\n\n{DE_IV} Ihr Gesprächspartner ist Herr Jonas Berg. Frau "
        "Anna Lenz vom Empfang und ich freuen uns auf Ihren Besuch.\n\nMit freundlichen Grüßen\n"
        "Sabine Krüger",
    )
    check(u, "iv", ["Jonas Berg"], None)


NOT_IV_MORE = [
    pytest.param(
        "Northside Surgery <appointments@northsidesurgery.example>",
        "Your appointment",
        "Dear Alex,\n\nYour appointment with Dr Helen Price is on Thursday 5 March between 2 and "
        "3pm. The nurse, Sam Ortiz, will take you through the questions on your health "
        "questionnaire first.\n\nNorthside Surgery",
        id="en-surgery-span-and-questions",
    ),
    pytest.param(
        "Pat Doyle <pat.doyle@gmail.com>",
        "Thursday week",
        "Hey Alex,\n\nAre you still up for dinner Thursday week? Jamie Lee would love to chat "
        "with you about the marathon, she's doing it too.\n\nPat",
        id="en-friend-thursday-week-chat",
    ),
    pytest.param(
        "Oakridge Primary <office@oakridgeprimary.example>",
        "Parents' consultation",
        "Dear Parent,\n\nConsultations are on Thursday week between 3 and 6pm. The person you'll "
        "be meeting is your child's class teacher, Mrs Joanna Hale.\n\nOakridge Primary",
        id="en-school-consultation-week-on",
    ),
    pytest.param(
        "Chris Dunn <chris.dunn@northwind.example>",
        "1:1 moved",
        "Hi Alex,\n\nI've moved our 1:1 to a week on Thursday at 10am. Priya Shah will be joining "
        "us too, and she would love to chat with you about the roadmap.\n\nChris",
        id="en-own-manager-one-to-one",
    ),
    pytest.param(
        "Harbour Lettings <lettings@harbourlettings.example>",
        "Inspection",
        "Dear Mr Morgan,\n\nYour mid-tenancy inspection is booked for 5 March between 10 and "
        "11am. Present will be Karen Doyle (Property Manager) and Luke Shaw (Inventory Clerk).\n\n"
        "Harbour Lettings",
        id="en-letting-inspection-present-will-be",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_IV_MORE)
def test_more_non_interviews(sender: str, subject: str, body: str) -> None:
    """A surgery, a friend, a school, the user's own manager, a letting agent."""
    check(read(sender, subject, body), "not", None, None)


LAST = [
    pytest.param(
        f"{IV} Friday's open evening is optional. Present will be our founders, Jane Roe and "
        "Raj Patel.",
        [],
        id="en-present-will-be-other-event",
    ),
    pytest.param(
        f"{IV} You'll meet Maria Lopez.\n\nLooking forward to meeting you, and please shout if "
        "anything at all changes on your side\nTom\n\nP.S. Sam Ortiz will be interviewing.",
        ["Maria Lopez", "Sam Ortiz"],
        id="wrap-signoff-then-ps",
        marks=before("Sam Ortiz is missed (since 286b3f7 read as 'P.S. Sam Ortiz')"),
    ),
    pytest.param(
        f"{IV} You'll meet Maria Lopez and Sgt. Dana Webb (retired), our security lead.",
        ["Dana Webb", "Maria Lopez"],
        id="en-sgt-retired",
    ),
    pytest.param(
        "Your interview is confirmed for Thursday 5 March at 2pm with Maria Lopez. The second "
        "round, if it goes well, would be a week on Friday with Sam Ortiz.",
        ["Maria Lopez"],
        id="en-second-round-a-week-on-friday-with",
    ),
]


@pytest.mark.parametrize(("body", "who"), LAST)
def test_last_probes(body: str, who: list[str]) -> None:
    """Another event's attendees, a P.S., a retired rank, a later round's interviewer."""
    check(recruiter(body), "iv", who, THU_2PM)
