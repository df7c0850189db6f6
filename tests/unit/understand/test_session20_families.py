"""Families of session 20: who takes part, stage titles with a comma, wrapped zone names.

Opened from eval20's dev half and written from scratch for these tests (no evaluation
message is copied): each family is probed in English and, where the language has its own
wording, in the others, with traps that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import (
    alex_in_new_york,
    day_first_user,
    mail,
    vevent_calendar,
)

IARA = day_first_user("Iara Souza", "iara.souza@example.org", "America/Sao_Paulo")
TOMAS = day_first_user("Tomás Rojas", "tomas.rojas@example.com", "America/Santiago")
MARCO = day_first_user("Marco Galli", "marco.galli@example.it", "Europe/Rome")
LEA = day_first_user("Léa Martin", "lea.martin@example.fr", "Europe/Paris")
JILDOU = day_first_user("Jildou Bakker", "jildou.bakker@example.net", "Europe/Amsterdam")
EDSON = day_first_user("Edson Fortes", "edson.fortes@example.org", "Atlantic/Cape_Verde")


def _read(ctx: Context, sender: str, subject: str, body: str, date: str) -> tuple[Kind, list[str]]:
    raw = mail(
        sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)), date=date
    )
    result = understand(raw, ctx)
    people = sorted(p.name or "" for p in result.interview.interviewers) if result.interview else []
    return result.kind, people


EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"
EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
SA_DATE = "Mon, 02 Mar 2026 10:00:00 -0300"

# (id, user, sender, subject, body, date, the people read)
PEOPLE = [
    (
        "en-platform-then-with-and-me",
        alex_in_new_york(),
        "Rafael Duarte <rafael.duarte@lumenfarm.example>",
        "Interview confirmation - Field Biologist",
        "Hi Alex,\n\nConfirming your interview on Thursday, March 12 at 10am ET. We'll do it over"
        " Zoom, with Nadia Osei (Head of Quality) and me.\n\nRafael\n",
        EN_DATE,
        ["Nadia Osei", "Rafael Duarte"],
    ),
    (
        "en-attend",
        alex_in_new_york(),
        "Sabine Hale <sabine.hale@donau-leasing.example>",
        "Invitation to interview - Controller",
        "Dear Alex,\n\nI am pleased to invite you to an interview on Wednesday, March 11 at 9:30 am"
        " at our offices. Peter Gruber (Head of Controlling) and I will attend.\n\nKind regards,\n"
        "Sabine Hale\nHR Business Partner\n",
        EN_DATE,
        ["Peter Gruber", "Sabine Hale"],
    ),
    (
        "en-take-part",
        alex_in_new_york(),
        "Sabine Hale <sabine.hale@donau-leasing.example>",
        "Invitation to interview - Controller",
        "Dear Alex,\n\nI am pleased to invite you to an interview on Wednesday, March 11 at 9:30 am"
        " at our offices. Peter Gruber, our Head of Controlling, and I will take part.\n\n"
        "Kind regards,\nSabine Hale\n",
        EN_DATE,
        ["Peter Gruber", "Sabine Hale"],
    ),
    (
        "en-would-like-to-meet-with-you",
        alex_in_new_york(),
        "Victor Salas <victor.salas@harbour-air.example>",
        "Interview - Ramp Supervisor",
        "Hi Alex,\n\nLena Ortiz (Station Manager) and I would like to meet with you on Thursday,"
        " March 12 at 9:00 AM at the cargo office, 2nd floor. Please bring photo ID.\n\n"
        "Victor Salas\nHR Manager, Harbour Air Services\n",
        EN_DATE,
        ["Lena Ortiz", "Victor Salas"],
    ),
    (
        "en-conducted-over-a-platform-by",
        alex_in_new_york(),
        "Joan Mendes <joan.mendes@atlantic-telecom.example>",
        "Video interview - Network Technician",
        "Dear Alex,\n\nWe confirm your interview for the Network Technician role on Monday, March"
        " 9 at 10am. The interview will be conducted over Teams by Ines Kowal, our network lead."
        " The link follows the day before.\n\nRegards,\nJoan Mendes\nHuman Resources\n",
        EN_DATE,
        ["Ines Kowal"],
    ),
    (
        "en-ma-in-a-detail-line",
        alex_in_new_york(),
        "Recruitment Team - Bayview Services <careers@bayview-services.example>",
        "Final Interview Schedule - Data Analyst",
        "Good day Alex!\n\nYour final interview has been scheduled as follows:\n\n"
        "Date: Friday, March 13, 2026\nTime: 2:00 PM\n"
        "Interviewer: Ma. Cristina Reyes, Operations Manager\n\nThank you and good luck!\n",
        EN_DATE,
        ["Ma. Cristina Reyes"],
    ),
    (
        "en-ma-in-prose",
        alex_in_new_york(),
        "Jasmine Cruz <jasmine.cruz@bayview-services.example>",
        "Interview on Friday",
        "Hi Alex,\n\nYour interview is on Friday, March 13 at 2:00 PM with Ma. Luisa Garcia, our"
        " Finance Director.\n\nJasmine\n",
        EN_DATE,
        ["Ma. Luisa Garcia"],
    ),
    (
        "pt-platform-then-com-and-comigo",
        IARA,
        "Rafael Duarte <rafael.duarte@lumenfarm.example>",
        "Entrevista online – Analista de Qualidade",
        "Oi Iara, tudo bem?\n\nConfirmando: sua entrevista será na quarta-feira, 11 de março, às"
        " 15h. Vai ser pelo Zoom, com a Dra. Nadia Osei (diretora de Qualidade) e comigo.\n\n"
        "Abraço,\nRafael Duarte\n",
        SA_DATE,
        ["Nadia Osei", "Rafael Duarte"],
    ),
    (
        "pt-conducted-via-a-platform-by",
        IARA,
        "Carla Nunes <carla.nunes@lumenfarm.example>",
        "Entrevista – Analista de Qualidade",
        "Olá Iara,\n\nConfirmamos a sua entrevista na quarta-feira, 11 de março, às 15h. A"
        " conversa será conduzida via Teams pela Dra. Rita Sousa, diretora de operações.\n\n"
        "Cumprimentos,\nCarla Nunes\n",
        SA_DATE,
        ["Rita Sousa"],
    ),
    (
        "es-we-take-part-then-names",
        TOMAS,
        "Andrea Muñoz <andrea.munoz@pacifico-frutas.example>",
        "Entrevista – Jefe de Planta",
        "Hola Tomás:\n\nTe confirmo la entrevista el miércoles 11 de marzo a las 10:00 en nuestras"
        " oficinas.\n\nParticiparemos Rocío Paredes, jefa de Calidad, y yo.\n\nSaludos,\n"
        "Andrea Muñoz\n",
        SA_DATE,
        ["Andrea Muñoz", "Rocío Paredes"],
    ),
    (
        "es-platform-then-con",
        TOMAS,
        "Andrea Muñoz <andrea.munoz@pacifico-frutas.example>",
        "Entrevista – Jefe de Planta",
        "Hola Tomás:\n\nTe confirmo la entrevista el miércoles 11 de marzo a las 10:00. Será por"
        " Teams, con la Dra. Inés Soto (jefa de Calidad) y conmigo.\n\nSaludos,\nAndrea Muñoz\n",
        SA_DATE,
        ["Andrea Muñoz", "Inés Soto"],
    ),
    (
        "it-platform-then-con",
        MARCO,
        "Giulia Ferri <giulia.ferri@lario-tessile.example>",
        "Colloquio – Responsabile Qualità",
        "Ciao Marco,\n\nti confermo il colloquio di lavoro mercoledì 11 marzo alle 10:00. Sarà su"
        " Teams, con la dott.ssa Anna Riva (responsabile qualità) e con me.\n\nUn saluto,\n"
        "Giulia Ferri\n",
        EU_DATE,
        ["Anna Riva", "Giulia Ferri"],
    ),
    (
        "fr-platform-then-avec",
        LEA,
        "Julien Morel <julien.morel@rhone-qualite.example>",
        "Entretien – Responsable qualité",
        "Bonjour Léa,\n\nJe vous confirme votre entretien le mercredi 11 mars à 10h00. Ce sera sur"
        " Teams, avec Mme Claire Roux (directrice qualité) et moi.\n\nCordialement,\nJulien Morel\n",
        EU_DATE,
        ["Claire Roux", "Julien Morel"],
    ),
    (
        "nl-platform-then-met",
        JILDOU,
        "Bram de Vries <bram.devries@polder-energie.example>",
        "Sollicitatiegesprek – Kwaliteitsmanager",
        "Beste Jildou,\n\nHierbij bevestig ik je sollicitatiegesprek op woensdag 11 maart om 10:00."
        " Het wordt via Teams, met Anouk Visser (manager kwaliteit) en mij.\n\nGroet,\n"
        "Bram de Vries\n",
        EU_DATE,
        ["Anouk Visser", "Bram de Vries"],
    ),
    (
        "it-reminder-of-the-interview",
        MARCO,
        "Paola Conti <paola.conti@lario-tessile.example>",
        "Promemoria",
        "Gentile signor Galli,\n\nLe ricordo il colloquio di domani alle 10.30 presso la nostra"
        " sede di Como. La riceveranno il signor Luca Sala, direttore commerciale, e la signora"
        " Elena Frigerio.\n\nCordiali saluti,\nPaola Conti\n",
        "Mon, 09 Mar 2026 16:00:00 +0100",
        ["Elena Frigerio", "Luca Sala"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [p[1:] for p in PEOPLE],
    ids=[p[0] for p in PEOPLE],
)
def test_the_people_of_the_interview_are_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, people: list[str]
) -> None:
    """Who takes part is read after a platform, a "conducted by", a "we take part", an
    "X and I will attend" and a Philippine "Ma." given name."""
    kind, found = _read(ctx, sender, subject, body, date)
    assert kind is Kind.INTERVIEW
    assert found == people


class TestTrapsKeepTheirReading:
    def test_a_capitalised_word_after_a_platform_is_no_person(self) -> None:
        """'on Zoom with Cameras on' names nobody: a person takes two capitalised words."""
        kind, found = _read(
            alex_in_new_york(),
            "Rafael Duarte <rafael.duarte@lumenfarm.example>",
            "Interview confirmation - Field Biologist",
            "Hi Alex,\n\nConfirming your interview on Thursday, March 12 at 10am ET. We'll do it"
            " on Zoom with Cameras on please, and Nadia will send the link.\n\nRafael\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == []

    def test_held_at_an_office_by_a_square_names_nobody(self) -> None:
        """'held at our office by Union Square': a place, not who conducts it."""
        kind, found = _read(
            alex_in_new_york(),
            "Rafael Duarte <rafael.duarte@lumenfarm.example>",
            "Interview confirmation - Field Biologist",
            "Hi Alex,\n\nConfirming your interview on Thursday, March 12 at 10am ET. The interview"
            " will be held at our office by Union Square.\n\nRafael Duarte\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == []

    def test_attending_to_a_parking_pass_is_no_part_in_the_interview(self) -> None:
        """'... and I will attend to your parking pass': the writer arranges, not interviews."""
        kind, found = _read(
            alex_in_new_york(),
            "Rafael Duarte <rafael.duarte@lumenfarm.example>",
            "Interview confirmation - Field Biologist",
            "Hi Alex,\n\nConfirming your interview with Nadia Osei on Thursday, March 12 at 10am"
            " ET. Our receptionist Tom Becker and I will attend to your parking pass when you"
            " arrive.\n\nRafael Duarte\n",
            EN_DATE,
        )
        assert kind is Kind.INTERVIEW
        assert found == ["Nadia Osei"]

    def test_a_schools_reminder_of_a_talk_with_teachers_is_no_interview(self) -> None:
        """Italian 'vi ricordiamo il colloquio ... con i docenti': parents and teachers."""
        kind, _ = _read(
            MARCO,
            "Segreteria Scuola Manzoni <segreteria@scuola-manzoni.example>",
            "Promemoria colloqui",
            "Gentili genitori,\n\nvi ricordiamo il colloquio di domani alle 17.00 con i docenti di"
            " classe 3B, in aula magna.\n\nLa segreteria\n",
            "Mon, 09 Mar 2026 16:00:00 +0100",
        )
        assert kind is Kind.OTHER


class TestZoneAfterTheTime:
    @pytest.mark.parametrize("place", ["de Lisboa", "de\nLisboa", "de Portugal"])
    def test_a_portuguese_city_clock_without_hora(self, place: str) -> None:
        """'às 15h de Lisboa' is Lisbon's clock, even wrapped at the line's end."""
        raw = mail(
            sender="Carla Nunes <carla.nunes@tejo-redes.example>",
            subject="Entrevista – Técnico de Redes",
            body=(
                "Caro Edson,\n\nConfirmamos a sua entrevista na quarta-feira, 11 de março, às 15h"
                f" {place} (14h aí na Praia).\n\nCumprimentos,\nCarla Nunes\n"
            ),
            to="edson.fortes@example.org",
            date="Mon, 02 Mar 2026 10:00:00 -0100",
        )
        result = understand(raw, EDSON)
        assert result.interview is not None, result.reasons
        assert result.interview.start == dt.datetime(
            2026, 3, 11, 15, tzinfo=ZoneInfo("Europe/Lisbon")
        )

    def test_an_english_region_wrapped_at_the_line_end(self) -> None:
        """'10:00 AM Eastern' over 'Time' on the next line is still Eastern Time."""
        raw = mail(
            sender="Dana Price <dana.price@prairie-logistics.example>",
            subject="Interview - Operations Analyst",
            body=(
                "Hi Alex,\n\nYour interview is confirmed for Wednesday, March 11 at 10:00 AM Central\n"
                "Time with Luis Carrillo.\n\nDana\n"
            ),
        )
        result = understand(raw, alex_in_new_york())
        assert result.interview is not None, result.reasons
        assert result.interview.start == dt.datetime(
            2026, 3, 11, 10, tzinfo=ZoneInfo("America/Chicago")
        )


def _calendar(
    summary: str, organizer: tuple[str, str], method: str = "REQUEST", **kw: str
) -> bytes:
    ics = vevent_calendar(
        summary=summary,
        start="20260311T150000",
        end="20260311T160000",
        tzid="America/Chicago",
        method=method,
        organizer=f"mailto:{organizer[1]}",
        organizer_cn=organizer[0],
        attendees=(organizer, ("Luis Carrillo", "luis.carrillo@prairie-logistics.example")),
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
        **kw,
    )
    return mail(
        sender='"Google Calendar" <calendar-notification@google.com>',
        subject=summary.replace("\\,", ","),
        body="Invitation from Google Calendar\n",
        ics=ics,
        ics_method=method,
    )


DANA = ("Dana Price", "dana.price@prairie-logistics.example")


class TestCalendarTitles:
    @pytest.mark.parametrize(
        "summary",
        [
            "Alex Morgan - Operations Analyst\\, round 2",
            "Alex Morgan - Data Engineer\\, technical screen",
            "Alex Morgan - Director\\, Product Marketing",
            "Alex Morgan - VP\\, Engineering",
        ],
    )
    def test_a_stage_or_field_after_a_comma(self, summary: str) -> None:
        """'User - Role, round 2' and 'User - Director, Field' title an interview."""
        result = understand(_calendar(summary, DANA), alex_in_new_york())
        assert result.kind is Kind.INTERVIEW, result.reasons

    def test_a_cancelled_stage_after_a_comma(self) -> None:
        """The same title on a CANCEL is the interview called off."""
        result = understand(
            _calendar("Alex Morgan - Operations Analyst\\, round 2", DANA, "CANCEL"),
            alex_in_new_york(),
        )
        assert result.kind is Kind.INTERVIEW_CANCELLED, result.reasons

    def test_the_organisers_company_across_two_parties(self) -> None:
        """'User <> Company - Role' sent by Google Calendar: the organiser's company."""
        org = ("Sam Vega", "sam.vega@harbor-ledger.example")
        result = understand(
            _calendar("Alex Morgan <> Harbor Ledger - Product Designer", org, sequence=2),
            alex_in_new_york(),
        )
        assert result.kind is Kind.INTERVIEW, result.reasons

    @pytest.mark.parametrize(
        ("summary", "details"),
        [
            ("Alex Morgan <> Harbor Ledger - Product Demo", "A demo of our invoicing tool."),
            (
                "Alex Morgan <> Harbor Ledger - Account Manager check-in",
                "Quarterly check-in on your subscription.",
            ),
        ],
    )
    def test_a_vendors_meeting_with_the_organisers_company_stays_other(
        self, summary: str, details: str
    ) -> None:
        """A demo or an account check-in joins the user and a company about no job."""
        org = ("Sam Vega", "sam.vega@harbor-ledger.example")
        result = understand(_calendar(summary, org, description=details), alex_in_new_york())
        assert result.kind is Kind.OTHER, result.reasons

    def test_a_round_of_a_club_championship_is_no_interview(self) -> None:
        """'User - Club Championship, round 2' from a golf club names no job."""
        org = ("Pat Lee", "pat.lee@fairway-golf.example")
        result = understand(
            _calendar(
                "Alex Morgan - Club Championship\\, round 2", org, description="Tee time 9:10."
            ),
            alex_in_new_york(),
        )
        assert result.kind is Kind.OTHER, result.reasons
