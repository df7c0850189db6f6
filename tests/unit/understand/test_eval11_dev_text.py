"""Plain-text families of mail the eleventh blind set's dev half showed being misread.

Every message was written for these tests (invented people and companies under .example
names), after these kinds of real-world mail:

- an ATS confirmation that thanks the candidate for the availability they sent and then
  lists the booked rounds ("Thanks for sharing your availability. Your interview is
  confirmed:"), in English, German, French and Spanish;
- a coordinator's note that the interview named by its day ("tomorrow's interview",
  "Friday's call", "das morgige Gespräch", "l'entretien de demain") was moved to a new
  hour, the old one in brackets ("moved to 3:30pm (was 1pm)");
- a small employer answering a résumé with a place and one time on a day of the month
  alone ("Let's meet at the library cafe, 2:00 on the 8th?");
- a hiring side's reply proposing one concrete time as a question ("Can you come in
  tomorrow (Wednesday) by 11am?").

Each positive sits beside near misses that must keep their current reading.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, sorted_names, start

NYC = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
PAR = ZoneInfo("Europe/Paris")
MAD = ZoneInfo("Europe/Madrid")


def ctx(zone: str, order: str = "dmy") -> Context:
    """A user named Noa Keller in ``zone``."""
    return Context(
        user_addresses=frozenset({"noa.keller@example.org"}),
        user_name="Noa Keller",
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


TO = "Noa Keller <noa.keller@example.org>"


# --- A confirmation that thanks for the availability already sent -----------------------------


_ROUNDS_EN = (
    "Date | Time | Interviewer\n"
    "Thursday, April 16, 2026 | 10:00 AM - 10:45 AM ET | Dana Whitcombe, Analytics Lead\n"
    "Thursday, April 16, 2026 | 10:45 AM - 11:30 AM ET | Ravi Sundaram, Data Engineering\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Thanks for sharing your availability.", id="sharing"),
        pytest.param("Thank you for sending over your availability!", id="sending-over"),
        pytest.param("Thanks again for confirming your availability.", id="confirming"),
        pytest.param(
            "Based on the availability you shared, we have booked the following.",
            id="based-on",
        ),
        pytest.param("We've received your availability - thank you.", id="received"),
    ],
)
def test_thanks_for_the_availability_sent_then_the_rounds(opening: str) -> None:
    """A booking that thanks for the availability sent and lists two rounds is an interview."""
    raw = mail(
        sender="Brightwater Mutual Recruiting <no-reply@us.greenhouse-mail.io>",
        to=TO,
        subject="Interview Confirmation: Pricing Analyst at Brightwater Mutual",
        body=(
            f"Hi Noa,\n\n{opening} Your interview for Pricing Analyst is confirmed:\n\n"
            f"{_ROUNDS_EN}\nZoom: https://brightwater.zoom.us/j/91234567890\n\n"
            "Best,\nLena Ortiz\nRecruiting Coordinator"
        ),
        date="Thu, 09 Apr 2026 11:26:00 -0400",
    )
    u = understand(raw, ctx("America/New_York", "mdy"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == dt.datetime(2026, 4, 16, 10, 0, tzinfo=NYC)
    assert sorted_names(u) == ["Dana Whitcombe", "Ravi Sundaram"]


@pytest.mark.parametrize(
    ("zone", "subject", "body", "when"),
    [
        pytest.param(
            "Europe/Berlin",
            "Terminbestätigung: Ihr Vorstellungsgespräch bei Elbtal Logistik",
            "Guten Tag Frau Keller,\n\nvielen Dank für Ihre Verfügbarkeiten. Wir bestätigen "
            "Ihr Vorstellungsgespräch:\n\nDonnerstag, 16. April 2026, 10:00 Uhr - Gespräch mit "
            "Jana Hofmeister\nDonnerstag, 16. April 2026, 11:00 Uhr - Fachgespräch mit Ole "
            "Brandt\n\nMit freundlichen Grüßen\nMia Voss\nPersonalabteilung",
            dt.datetime(2026, 4, 16, 10, 0, tzinfo=BER),
            id="de",
        ),
        pytest.param(
            "Europe/Paris",
            "Confirmation de votre entretien - Chargée d'études",
            "Bonjour Noa,\n\nMerci de nous avoir transmis vos disponibilités. Nous vous "
            "confirmons votre entretien :\n\njeudi 16 avril 2026 à 10h00 avec Claire Moreau\n"
            "jeudi 16 avril 2026 à 11h00 avec Julien Perrin\n\nBien cordialement,\nInès Roux\n"
            "Chargée de recrutement",
            dt.datetime(2026, 4, 16, 10, 0, tzinfo=PAR),
            id="fr",
        ),
        pytest.param(
            "Europe/Madrid",
            "Confirmación de entrevista - Analista de datos",
            "Hola Noa:\n\nGracias por enviarnos tu disponibilidad. Te confirmamos la "
            "entrevista:\n\njueves 16 de abril de 2026 a las 10:00 con Lucía Ferrer\n"
            "jueves 16 de abril de 2026 a las 11:00 con Pablo Ibáñez\n\nUn saludo,\n"
            "Marta Gil\nSelección de personal",
            dt.datetime(2026, 4, 16, 10, 0, tzinfo=MAD),
            id="es",
        ),
    ],
)
def test_thanks_for_the_availability_in_other_languages(
    zone: str, subject: str, body: str, when: dt.datetime
) -> None:
    """The same thanks in German, French or Spanish before the confirmed rounds books them."""
    raw = mail(
        sender="Recruiting <recruiting@brightwater.example>",
        to=TO,
        subject=subject,
        body=body,
        date="Thu, 09 Apr 2026 11:26:00 +0200",
    )
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param("Please share your availability for the slots below.", id="please-share"),
        pytest.param(
            "Thanks in advance for sending your availability for these slots.", id="in-advance"
        ),
        pytest.param(
            "Thank you for sharing your availability by Friday: pick a time below.",
            id="by-friday",
        ),
        pytest.param(
            "Thanks for your availability so far! Please pick a time below.", id="then-pick"
        ),
    ],
)
def test_a_genuine_ask_for_availability_stays_a_request(ask: str) -> None:
    """An ask to share availability or pick among offered times stays a scheduling request."""
    raw = mail(
        sender="Brightwater Mutual Recruiting <no-reply@us.greenhouse-mail.io>",
        to=TO,
        subject="Next steps: Pricing Analyst at Brightwater Mutual",
        body=(
            f"Hi Noa,\n\nWe'd love to set up your interview for Pricing Analyst. {ask}\n\n"
            "Thursday, April 16, 2026, 10:00 AM ET\nFriday, April 17, 2026, 2:00 PM ET\n\n"
            "Best,\nLena Ortiz\nRecruiting Coordinator"
        ),
        date="Thu, 09 Apr 2026 11:26:00 -0400",
    )
    u = understand(raw, ctx("America/New_York", "mdy"))
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hallo Frau Keller,\n\nkönnten Sie mir Ihre Verfügbarkeit für ein Gespräch in der "
            "kommenden Woche nennen?\n\nViele Grüße\nMia Voss\nPersonalabteilung",
            id="de",
        ),
        pytest.param(
            "Bonjour Noa,\n\nMerci de nous transmettre vos disponibilités pour un entretien la "
            "semaine prochaine.\n\nBien cordialement,\nInès Roux\nChargée de recrutement",
            id="fr-merci-de-please",
        ),
        pytest.param(
            "Hola Noa:\n\nGracias de antemano por enviarnos tu disponibilidad para una "
            "entrevista la próxima semana.\n\nUn saludo,\nMarta Gil\nSelección de personal",
            id="es-de-antemano",
        ),
    ],
)
def test_asks_for_availability_in_other_languages_stay_requests(body: str) -> None:
    """A "please send your availability" in German, French or Spanish still asks for times."""
    raw = mail(
        sender="Mia Voss <recruiting@brightwater.example>",
        to=TO,
        subject="Ihre Bewerbung / Votre candidature / Tu candidatura",
        body=body,
        date="Thu, 09 Apr 2026 11:26:00 +0200",
    )
    u = understand(raw, ctx("Europe/Berlin"))
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


# --- A day named on the meeting, its new time later in the sentence ---------------------------

CHI = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        pytest.param(
            "tomorrow's interview with Gus Whitaker has been moved to 3:30pm (was 1pm).",
            dt.datetime(2026, 4, 15, 15, 30, tzinfo=CHI),
            id="tomorrows-moved-was",
        ),
        pytest.param(
            "Friday's call with Gus Whitaker (was 10am) will now be at 2pm instead.",
            dt.datetime(2026, 4, 17, 14, 0, tzinfo=CHI),
            id="fridays-old-first",
        ),
        pytest.param(
            "Thursday's panel interview with Gus Whitaker got pushed back to 4:15pm.",
            dt.datetime(2026, 4, 16, 16, 15, tzinfo=CHI),
            id="thursdays-pushed-back",
        ),
        pytest.param(
            "tomorrow’s video interview with Gus Whitaker has been brought forward to 9am.",
            dt.datetime(2026, 4, 15, 9, 0, tzinfo=CHI),
            id="curly-brought-forward",
        ),
        pytest.param(
            "your interview tomorrow with Gus Whitaker has been moved to 3:30pm.",
            dt.datetime(2026, 4, 15, 15, 30, tzinfo=CHI),
            id="noun-before-day",
        ),
    ],
)
def test_a_day_named_on_the_interview_takes_the_new_time_of_its_sentence(
    sentence: str, when: dt.datetime
) -> None:
    """A day named on the interview takes the new time later in its sentence, not the old."""
    raw = mail(
        sender="Jo Pruitt <jo.pruitt@ironrange.example>",
        to=TO,
        subject="Small change to your interview",
        body=(
            f"Hi Noa,\n\nQuick heads up: {sentence} Everything else is the same - our office, "
            "4th floor, 300 W Lake St.\n\nThanks for being flexible!\nJo Pruitt\n"
            "HR Coordinator, Iron Range Fabrication"
        ),
        date="Tue, 14 Apr 2026 17:44:00 -0500",
    )
    u = understand(raw, ctx("America/Chicago", "mdy"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when
    assert sorted_names(u) == ["Gus Whitaker"]


@pytest.mark.parametrize(
    ("zone", "body", "when"),
    [
        pytest.param(
            "Europe/Berlin",
            "Hallo Frau Keller,\n\ndas morgige Gespräch mit Herrn Ole Brandt wurde auf 15:30 Uhr "
            "verschoben. Alles andere bleibt gleich.\n\nViele Grüße\nMia Voss\nPersonalabteilung",
            dt.datetime(2026, 4, 15, 15, 30, tzinfo=BER),
            id="de-das-morgige-gespraech",
        ),
        pytest.param(
            "Europe/Paris",
            "Bonjour Noa,\n\nPetit changement : l'entretien de demain avec Claire Moreau est "
            "décalé à 15h30. Le reste ne change pas.\n\nBien cordialement,\nInès Roux\n"
            "Chargée de recrutement",
            dt.datetime(2026, 4, 15, 15, 30, tzinfo=PAR),
            id="fr-l-entretien-de-demain",
        ),
        pytest.param(
            "Europe/Madrid",
            "Hola Noa:\n\nUn pequeño cambio: la entrevista de mañana con Lucía Ferrer se mueve a "
            "las 16:30. Todo lo demás sigue igual.\n\nUn saludo,\nMarta Gil\nSelección de personal",
            dt.datetime(2026, 4, 15, 16, 30, tzinfo=MAD),
            id="es-la-entrevista-de-manana",
        ),
    ],
)
def test_a_day_named_on_the_interview_in_other_languages(
    zone: str, body: str, when: dt.datetime
) -> None:
    """The same in German, French and Spanish: the day on the noun, the new time after it."""
    raw = mail(
        sender="Mia Voss <mia.voss@elbtal-logistik.example>",
        to=TO,
        subject="Interview / Gespräch / Entretien / Entrevista",
        body=body,
        date="Tue, 14 Apr 2026 17:44:00 +0200",
    )
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "This week at the Career Hub",
            "Hi all,\n\nTomorrow's interview masterclass with our alumni starts at 6pm in the "
            "main hall. Bring a friend!\n\nYou are receiving this newsletter as a member. "
            "Unsubscribe: https://careerhub.example/unsubscribe",
            id="newsletter-masterclass",
        ),
        pytest.param(
            "Panel for the Platform Engineer candidate",
            "Hi Noa,\n\nFriday's interview with the candidate, Sam Ortega, has been moved to "
            "3pm. You're on the panel with me; please review the CV beforehand and send me "
            "your scorecard afterwards.\n\nThanks,\nJo Pruitt\nTalent Acquisition",
            id="user-interviews-candidate",
        ),
        pytest.param(
            "Re: how did it go?",
            "Hey Noa,\n\nToday's interview sounded rough, sorry! Want to grab dinner? I'm free "
            "after 7pm.\n\nKat",
            id="friend-dinner",
        ),
        pytest.param(
            "Your dental appointment",
            "Hi Noa,\n\nTomorrow's appointment with Dr Reyes has been moved to 3:30pm (was "
            "1pm).\n\nCity Dental",
            id="dentist",
        ),
    ],
)
def test_a_day_on_a_meeting_that_is_not_the_users_interview(subject: str, body: str) -> None:
    """A masterclass, the user as interviewer, a friend's plan or a dentist stay no interview."""
    raw = mail(
        sender="Jo Pruitt <jo.pruitt@ironrange.example>",
        to=TO,
        subject=subject,
        body=body,
        date="Tue, 14 Apr 2026 17:44:00 -0500",
    )
    u = understand(raw, ctx("America/Chicago", "mdy"))
    assert u.kind is not Kind.INTERVIEW, u.reasons


# --- A day of the month alone, and one time proposed by the hiring side -----------------------

HFX = ZoneInfo("America/Halifax")
LOS = ZoneInfo("Africa/Lagos")


@pytest.mark.parametrize(
    ("body", "date", "when"),
    [
        pytest.param(
            "Hey Noa,\n\nThanks for sending your resume over. Let's meet at the Harbourfront "
            "Library cafe on Water St, 2:00 on the 8th? I'll bring my business partner - she "
            "runs the bakery side.\n\nPercy Doane\nTidewater Bakery Co. | 902-555-0147",
            "Sat, 04 Apr 2026 11:17:00 -0300",
            dt.datetime(2026, 4, 8, 14, 0, tzinfo=HFX),
            id="lets-meet-2-00-on-the-8th",
        ),
        pytest.param(
            "Hi Noa,\n\nThanks for your application for the shift lead job. Your interview is "
            "confirmed for 10am on the 12th.\n\nPercy Doane\nOwner, Tidewater Bakery Co.",
            "Sat, 04 Apr 2026 11:17:00 -0300",
            dt.datetime(2026, 4, 12, 10, 0, tzinfo=HFX),
            id="stated-10am-on-the-12th",
        ),
        pytest.param(
            "Hi Noa,\n\nThanks for your application for the shift lead job. Can you come in on "
            "the 12th at 10? Ask for me at the counter.\n\nPercy Doane\nOwner, Tidewater "
            "Bakery Co.",
            "Sat, 04 Apr 2026 11:17:00 -0300",
            dt.datetime(2026, 4, 12, 10, 0, tzinfo=HFX),
            id="come-in-the-12th-at-10",
        ),
        pytest.param(
            "Hi Noa,\n\nThanks for sending your resume for the shift lead job. Let's meet at "
            "the shop, 3pm on the 2nd?\n\nPercy Doane\nOwner, Tidewater Bakery Co.",
            "Mon, 20 Apr 2026 11:17:00 -0300",
            dt.datetime(2026, 5, 2, 15, 0, tzinfo=HFX),
            id="next-month",
        ),
    ],
)
def test_a_day_of_the_month_alone_from_a_small_employer(
    body: str, date: str, when: dt.datetime
) -> None:
    """A day of the month alone after a résumé is the next such day after the mail."""
    raw = mail(
        sender="Percy Doane <percy@tidewaterbakery.example>",
        to=TO,
        subject="coffee + chat about the shift lead role",
        body=body,
        date=date,
    )
    u = understand(raw, ctx("America/Halifax", "mdy"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Kat Lowry <kat.lowry@example.net>",
            "coffee?",
            "Hey Noa,\n\nLong time! Let's meet at the Harbourfront Library cafe, 2:00 on the "
            "8th? I want to hear all about the new flat.\n\nKat",
            id="friend-coffee",
        ),
        pytest.param(
            "Harbour Dental <appointments@harbourdental.example>",
            "Your appointment",
            "Hi Noa,\n\nCan you come in on the 8th at 2:00 for your check-up? Reply YES to "
            "confirm.\n\nHarbour Dental",
            id="dentist",
        ),
        pytest.param(
            "Percy Doane <percy@tidewaterbakery.example>",
            "Re: shift lead role",
            "Hi Noa,\n\nThanks for the interview on Thursday. We're closed on the 8th, so I "
            "will write again after that with our decision.\n\nPercy Doane\nOwner, Tidewater "
            "Bakery Co.",
            id="closed-no-time",
        ),
    ],
)
def test_a_day_of_the_month_alone_that_books_no_interview(
    sender: str, subject: str, body: str
) -> None:
    """A friend's coffee, a dentist's check-up or a closing day book no interview."""
    raw = mail(
        sender=sender, to=TO, subject=subject, body=body, date="Sat, 04 Apr 2026 11:17:00 -0300"
    )
    u = understand(raw, ctx("America/Halifax", "mdy"))
    assert u.kind is not Kind.INTERVIEW, u.reasons


@pytest.mark.parametrize(
    ("zone", "body", "when"),
    [
        pytest.param(
            "Africa/Lagos",
            "Hi Noa,\n\nCan you come in tomorrow (Wednesday) by 11am? Our art director wants to "
            "meet you in person before he travels.\n\nAddress: Harmattan Studio, 9 Marina "
            "Road. Ask for me at the front desk.\n\nThanks,\nIfe\nSent from my Android",
            dt.datetime(2026, 4, 15, 11, 0, tzinfo=LOS),
            id="come-in-tomorrow-by-11",
        ),
        pytest.param(
            "Africa/Lagos",
            "Hi Noa,\n\nAre you free to come by the studio on Friday at 2pm? Our art director "
            "would like to meet you.\n\nIfe",
            dt.datetime(2026, 4, 17, 14, 0, tzinfo=LOS),
            id="free-to-come-by",
        ),
        pytest.param(
            "Africa/Lagos",
            "Hi Noa,\n\nCould you do Thursday at 4pm for an interview with our art director at "
            "the studio?\n\nIfe",
            dt.datetime(2026, 4, 16, 16, 0, tzinfo=LOS),
            id="could-you-do",
        ),
        pytest.param(
            "Europe/Berlin",
            "Hallo Frau Keller,\n\nkönnen Sie morgen um 11 Uhr bei uns vorbeikommen? Unser "
            "Art Director möchte Sie gern persönlich kennenlernen.\n\nViele Grüße\nIfe",
            dt.datetime(2026, 4, 15, 11, 0, tzinfo=BER),
            id="de-vorbeikommen",
        ),
        pytest.param(
            "Europe/Paris",
            "Bonjour Noa,\n\nPourriez-vous passer demain à 11h au studio ? Notre directeur "
            "artistique souhaite vous rencontrer.\n\nIfe",
            dt.datetime(2026, 4, 15, 11, 0, tzinfo=PAR),
            id="fr-pourriez-vous-passer",
        ),
        pytest.param(
            "Europe/Madrid",
            "Hola Noa:\n\n¿Puedes venir mañana a las 11:00 al estudio para una entrevista con "
            "nuestro director de arte?\n\nIfe",
            dt.datetime(2026, 4, 15, 11, 0, tzinfo=MAD),
            id="es-puedes-venir",
        ),
    ],
)
def test_one_time_proposed_by_the_hiring_side_is_tracked(
    zone: str, body: str, when: dt.datetime
) -> None:
    """A reply under the application proposing one time to come in is the interview to track."""
    raw = mail(
        sender="Ife Adeyemi <ife.adeyemi@harmattanstudio.example>",
        to=TO,
        subject="Re: Application - UI Designer",
        body=body,
        date="Tue, 14 Apr 2026 18:31:00 +0100",
        headers={"In-Reply-To": "<e76a.3d7c@example.org>", "References": "<e76a.3d7c@example.org>"},
    )
    u = understand(raw, ctx(zone))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert start(u) == when


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param("Can you come in tomorrow at 11am or 3pm?", id="two-hours"),
        pytest.param("Can you come in Thursday or Friday at 11am?", id="two-days"),
        pytest.param("When are you free to come in next week?", id="when-free"),
        pytest.param(
            "Can you come in tomorrow by 11am? If not, send me a few times that work.",
            id="or-send-times",
        ),
        pytest.param("Would Thursday 16 April at 10am work for you?", id="would-it-work"),
    ],
)
def test_a_choice_or_an_open_ask_stays_a_request(ask: str) -> None:
    """Two times, two days, "when are you free" or "send a few times" still ask for times."""
    raw = mail(
        sender="Ife Adeyemi <ife.adeyemi@harmattanstudio.example>",
        to=TO,
        subject="Re: Application - UI Designer",
        body=f"Hi Noa,\n\n{ask} Our art director wants to meet you in person.\n\nIfe",
        date="Tue, 14 Apr 2026 18:31:00 +0100",
        headers={"In-Reply-To": "<e76a.3d7c@example.org>", "References": "<e76a.3d7c@example.org>"},
    )
    u = understand(raw, ctx("Africa/Lagos"))
    assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Lagos Smile Clinic <frontdesk@lagossmile.example>",
            "Your appointment",
            "Hi Noa,\n\nCan you come in tomorrow by 11am? Dr Bello has a free slot for your "
            "check-up.\n\nLagos Smile Clinic",
            id="dentist",
        ),
        pytest.param(
            "Tola <tola.b@example.net>",
            "Friday",
            "Hey Noa,\n\nCan you come over Friday at 7pm? Bringing jollof.\n\nTola",
            id="friend",
        ),
        pytest.param(
            "Ife Adeyemi <ife.adeyemi@harmattanstudio.example>",
            "Candidate for the UI Designer role",
            "Hi Noa,\n\nCan you come in tomorrow by 11am to interview a candidate for the UI "
            "Designer role with me? Please review her portfolio beforehand and send me your "
            "scorecard afterwards.\n\nIfe\nHead of Talent",
            id="user-interviews",
        ),
        pytest.param(
            "Kim Lo <kim.lo@harmattanstudio.example>",
            "Can you interview a candidate Thursday?",
            "Hey Noa,\n\nCould you do the portfolio review for our UI Designer candidate on "
            "Thursday at 10am? I've sent the invite. Thanks!\nKim",
            id="user-reviews-candidate",
        ),
        pytest.param(
            "Ife Adeyemi <ife.adeyemi@harmattanstudio.example>",
            "Welcome aboard - UI Designer",
            "Hi Noa,\n\nWelcome to the team! Can you come in on Monday at 9am for your first "
            "day? Our office manager will meet you at reception with your laptop.\n\nIfe\n"
            "HR, Harmattan Studio",
            id="first-day",
        ),
        pytest.param(
            "Tom Okafor <tom@marinaflats.example>",
            "Your rental application",
            "Hi Noa,\n\nThanks for your application for the flat. Can you come by tomorrow at "
            "11am for a viewing? I'd like to meet you.\n\nTom",
            id="flat-viewing",
        ),
        pytest.param(
            "Kemi Obi <kemi.obi@lagoswaves.example>",
            "Interview request - Lagos Waves radio",
            "Hi Noa,\n\nI'm producing a segment on young designers for Lagos Waves radio. Could "
            "you come by the studio on Thursday at 2pm to record a short interview?\n\nKemi "
            "Obi\nProducer, Lagos Waves",
            id="radio-interview",
        ),
    ],
)
def test_one_time_to_come_in_that_is_no_job_interview(sender: str, subject: str, body: str) -> None:
    """A dentist, a friend, the user as interviewer or a radio studio book no job interview."""
    raw = mail(
        sender=sender, to=TO, subject=subject, body=body, date="Tue, 14 Apr 2026 18:31:00 +0100"
    )
    u = understand(raw, ctx("Africa/Lagos"))
    assert u.kind is not Kind.INTERVIEW, u.reasons


@pytest.mark.parametrize(
    "who",
    [
        pytest.param("Our art director Tunde Bakare wants to meet you", id="wants-to-meet"),
        pytest.param("Our art director Tunde Bakare is keen to meet you", id="keen-to-meet"),
    ],
)
def test_the_person_who_wants_to_meet_the_user_is_the_interviewer(who: str) -> None:
    """The titled person who wants to meet the user is the interviewer, not the writer."""
    raw = mail(
        sender="Ife Adeyemi <ife.adeyemi@harmattanstudio.example>",
        to=TO,
        subject="Re: Application - UI Designer",
        body=(
            f"Hi Noa,\n\nCan you come in tomorrow (Wednesday) by 11am? {who} in person before "
            "he travels.\n\nAddress: Harmattan Studio, 9 Marina Road. Ask for me at the front "
            "desk.\n\nThanks,\nIfe\nSent from my Android"
        ),
        date="Tue, 14 Apr 2026 18:31:00 +0100",
        headers={"In-Reply-To": "<e76a.3d7c@example.org>", "References": "<e76a.3d7c@example.org>"},
    )
    u = understand(raw, ctx("Africa/Lagos"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted_names(u) == ["Tunde Bakare"]


def test_the_writer_who_brings_a_partner_meets_the_user_with_them() -> None:
    """A writer who brings a named business partner meets the user with her: both are named."""
    raw = mail(
        sender="Percy Doane <percy@tidewaterbakery.example>",
        to=TO,
        subject="coffee + chat about the shift lead role",
        body=(
            "Hey Noa,\n\nThanks for sending your resume over. Let's meet at the Harbourfront "
            "Library cafe on Water St, 2:00 on the 8th? I'll bring my business partner Yvette "
            "Arsenault - she runs the bakery side and would be your day-to-day.\n\nPercy Doane\n"
            "Tidewater Bakery Co. | 902-555-0147"
        ),
        date="Sat, 04 Apr 2026 11:17:00 -0300",
    )
    u = understand(raw, ctx("America/Halifax", "mdy"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted_names(u) == ["Percy Doane", "Yvette Arsenault"]


def test_bringing_a_document_names_nobody() -> None:
    """A writer bringing a document to an interview a named host runs adds no one."""
    raw = mail(
        sender="Percy Doane <percy@tidewaterbakery.example>",
        to=TO,
        subject="Interview for the shift lead role",
        body=(
            "Hi Noa,\n\nThanks for your application. Your interview with our head baker, "
            "Yvette Arsenault, is confirmed for Wednesday 8 April at 2pm at the shop. I'll "
            "bring our job description for you to read.\n\nPercy Doane\nOffice Manager, "
            "Tidewater Bakery Co."
        ),
        date="Sat, 04 Apr 2026 11:17:00 -0300",
    )
    u = understand(raw, ctx("America/Halifax", "mdy"))
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert sorted_names(u) == ["Yvette Arsenault"]
