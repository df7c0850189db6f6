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
from tests.unit.understand.messages import kind_and_people as _read

IARA = day_first_user("Iara Souza", "iara.souza@example.org", "America/Sao_Paulo")
TOMAS = day_first_user("Tomás Rojas", "tomas.rojas@example.com", "America/Santiago")
MARCO = day_first_user("Marco Galli", "marco.galli@example.it", "Europe/Rome")
LEA = day_first_user("Léa Martin", "lea.martin@example.fr", "Europe/Paris")
JILDOU = day_first_user("Jildou Bakker", "jildou.bakker@example.net", "Europe/Amsterdam")
EDSON = day_first_user("Edson Fortes", "edson.fortes@example.org", "Atlantic/Cape_Verde")


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


# eval21's dev half (opened after its blind measure): families written from scratch.

NOOR = day_first_user("Noor Claes", "noor.claes@example.com", "Europe/Brussels")
KORBINIAN = day_first_user("Korbinian Weber", "korbinian.weber@example.net", "Europe/Berlin")


def _kind(sender: str, subject: str, body: str, ctx: Context | None = None) -> Kind:
    ctx = ctx or alex_in_new_york()
    raw = mail(sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)))
    return understand(raw, ctx).kind


AGENCY = "Fay Carter <fay.carter@coastline-recruit.example>"


class TestCalledOffWithoutTheWordCancel:
    @pytest.mark.parametrize(
        "body",
        [
            "Unfortunately the client has put the Warehouse Lead role on hold, so Thursday's"
            " interview (Thursday 12 March, 10am at their Dover office) won't go ahead. Really"
            " sorry.",
            "Bad news I'm afraid: the interview on Thursday at 10am isn't going ahead, the"
            " hiring manager has left the business.",
            "Sorry to say that Thursday's 10am interview won't be happening now - the client"
            " has frozen hiring.",
        ],
    )
    def test_an_interview_that_will_not_go_ahead_is_cancelled(self, body: str) -> None:
        """'won't go ahead', 'isn't going ahead', 'won't be happening' call the interview off."""
        kind = _kind(AGENCY, "Re: Interview on Thursday", f"Hi Alex,\n\n{body}\n\nFay\n")
        assert kind is Kind.INTERVIEW_CANCELLED

    @pytest.mark.parametrize(
        "body",
        [
            "Quick change: Thursday's 10am interview won't take place at the Dover office but on"
            " Zoom instead, same time. Link to follow.",
            "Great news, your interview is confirmed for Thursday 12 March at 10am with Dan Kerr."
            " The client said the process won't go ahead without meeting you first.",
        ],
    )
    def test_an_interview_that_goes_ahead_another_way_stays(self, body: str) -> None:
        """'won't take place at the office but on Zoom' and '... without meeting you' keep it."""
        kind = _kind(AGENCY, "Re: Interview on Thursday", f"Hi Alex,\n\n{body}\n\nFay\n")
        assert kind is Kind.INTERVIEW

    def test_an_italian_interview_called_off_as_the_post_is_suspended(self) -> None:
        """'devo annullare il colloquio ...: la posizione è stata sospesa' is a cancellation."""
        kind = _kind(
            "Pietro Sanna <pietro.sanna@golfo-energia.example>",
            "Annullamento colloquio di lunedì",
            "Gentile Marco,\n\npurtroppo devo annullare il colloquio previsto per lunedì 9 marzo"
            " alle 11:00: la posizione è stata sospesa per una riorganizzazione.\n\nCordiali"
            " saluti,\nPietro Sanna\n",
            MARCO,
        )
        assert kind is Kind.INTERVIEW_CANCELLED


class TestOutcomes:
    @pytest.mark.parametrize(
        "sender",
        [
            "Hiring Team <hiring@kestrel-fisheries.example>",
            "Kestrel Fisheries <no-reply@pinpointhq.com>",
        ],
    )
    def test_not_offering_the_position_is_a_rejection(self, sender: str) -> None:
        """'we will not be offering you the position', from a person or an ATS's no-reply."""
        kind = _kind(
            sender,
            "Fisheries Observer - application update",
            "Dear Alex,\n\nThank you for interviewing for the Fisheries Observer role. We have"
            " now completed all interviews and I'm sorry to say that on this occasion we will not"
            " be offering you the position.\n\nThank you for your time and interest.\n",
        )
        assert kind is Kind.REJECTION

    def test_not_offering_the_position_until_references_is_no_rejection(self) -> None:
        """'... not be offering you the position until your references are back' waits."""
        kind = _kind(
            "Hiring Team <hiring@kestrel-fisheries.example>",
            "Your application",
            "Dear Alex,\n\nThanks for interviewing for the Fisheries Observer role. We will not be"
            " offering you the position until your references are back, next week.\n",
        )
        assert kind is not Kind.REJECTION

    def test_a_job_platforms_offer_notice_is_an_offer(self) -> None:
        """A job platform's 'Nodal Labs sent you an offer for Backend Engineer'."""
        kind = _kind(
            "Wellfound <notifications@wellfound.com>",
            "You received an offer from Nodal Labs",
            "Hi Alex,\n\nNodal Labs sent you an offer for Founding Backend Engineer.\n\n"
            "Salary: $150k - $170k\n\nView offer: https://wellfound.com/offers/nodal-labs/1\n",
        )
        assert kind is Kind.OFFER

    def test_a_marketplaces_offer_on_a_listing_is_no_job_offer(self) -> None:
        """'You received an offer from a buyer for your listing' has no hiring context."""
        kind = _kind(
            "Marktplaats <noreply@marketplace.example>",
            "You received an offer from a buyer",
            'Hi Alex,\n\nYou received an offer from Jan for your listing "Oak desk". Offer: 80'
            " EUR.\n",
        )
        assert kind is not Kind.OFFER


def test_new_options_promised_for_a_moved_interview_ask_for_a_time() -> None:
    """'could we move your interview? I will send you two or three new options' asks."""
    kind = _kind(
        "Tom Bello <tom.bello@kona-coffee.example>",
        "Re: Interview Wednesday",
        "Dear Alex,\n\nI'm very sorry, but could we move your interview from Wednesday? Our sales"
        " manager has to travel. I will send you two or three new options tomorrow.\n\nTom\n",
    )
    assert kind is Kind.SCHEDULING_REQUEST


class TestDesignAndProductInterviews:
    def test_a_ux_interview_with_the_design_director_is_a_job_interview(self) -> None:
        """A calendar 'UX interview - Company' with 'your interview with ...' is the user's."""
        result = understand(
            _calendar(
                "UX interview - Harbour Digital",
                ("Rawiri Hale", "rawiri.hale@harbourdigital.example"),
                description="This is your interview with Rawiri (Design Director) and Claire.",
            ),
            alex_in_new_york(),
        )
        assert result.kind is Kind.INTERVIEW, result.reasons

    def test_a_product_interview_for_a_product_role(self) -> None:
        """'Your product interview is confirmed' for a Product Manager role is an interview."""
        kind = _kind(
            "Priya Nair <priya.nair@lattice-apps.example>",
            "Product interview - Senior Product Manager",
            "Hi Alex,\n\nThanks for your application for the Senior Product Manager role. Your"
            " product interview is confirmed for Thursday, March 12 at 10am ET with Omar Haddad,"
            " our VP Product.\n\nPriya\n",
        )
        assert kind is Kind.INTERVIEW

    def test_ux_interviews_with_customers_for_a_gift_card_are_research(self) -> None:
        """A bank's 'UX interviews with customers ... $50 gift card' is a study, no interview."""
        kind = _kind(
            "Priya Nair <priya.nair@harbourbank.example>",
            "UX interview - share your experience with our app",
            "Hi Alex,\n\nWe're running UX interviews with customers of the Harbour Bank app. Would"
            " you join a 30-minute session on Thursday, March 12 at 10am? You'll receive a $50"
            " gift card for your feedback.\n\nPriya, UX Research\n",
        )
        assert kind is not Kind.INTERVIEW


class TestCompoundTitles:
    @pytest.mark.parametrize(
        "summary",
        [
            "Korbinian Weber - Softwareentwicklerin",
            "Gespräch Embedded-Entwickler (Korbinian Weber)",
        ],
    )
    def test_a_german_compound_title_in_a_calendar_title(self, summary: str) -> None:
        """A title ending in a compound ('Embedded-Entwickler') is a job title."""
        ics = vevent_calendar(
            summary=summary,
            start="20260311T140000",
            end="20260311T150000",
            tzid="Europe/Berlin",
            organizer="mailto:vera.huber@isar-sensorik.example",
            organizer_cn="Vera Huber",
            attendees=(("Florian Wimmer", "florian.wimmer@isar-sensorik.example"),),
        )
        raw = mail(
            sender="Vera Huber <vera.huber@isar-sensorik.example>",
            subject=f"Einladung: {summary}",
            body="Hallo Herr Weber,\n\nhier die Einladung per Teams.\n\nViele Grüße\nVera Huber\n",
            to="korbinian.weber@example.net",
            ics=ics,
        )
        assert understand(raw, KORBINIAN).kind is Kind.INTERVIEW

    def test_an_annual_review_beside_a_compound_title_is_no_interview(self) -> None:
        """'Jahresgespräch – name – Softwareentwickler' is HR's talk with an employee."""
        ics = vevent_calendar(
            summary="Jahresgespräch – Korbinian Weber – Softwareentwickler",
            start="20260311T140000",
            end="20260311T150000",
            tzid="Europe/Berlin",
            organizer="mailto:vera.huber@isar-sensorik.example",
            organizer_cn="Vera Huber",
        )
        raw = mail(
            sender="Vera Huber <vera.huber@isar-sensorik.example>",
            subject="Einladung: Jahresgespräch",
            body="Hallo Korbinian,\n\nanbei die Einladung.\n\nVera\n",
            to="korbinian.weber@example.net",
            ics=ics,
        )
        assert understand(raw, KORBINIAN).kind is not Kind.INTERVIEW


@pytest.mark.parametrize(
    ("ctx", "body", "people"),
    [
        (
            alex_in_new_york(),
            "Hi Alex,\n\nWe'd like to invite you to an interview on Thursday, March 12 at 10am via"
            " Google Meet. The interview will be conducted by our IT manager, Lara Hollis, and by"
            " me.\n\nRaf Bell\n",
            ["Lara Hollis", "Raf Bell"],
        ),
        (
            IARA,
            "Olá, Iara!\n\nQueremos convidá-la para uma entrevista na quinta-feira, 12 de março, às"
            " 10h, por Google Meet. A entrevista será conduzida pela gerente de TI, Lara Holanda,"
            " e por mim.\n\nAbraço,\nRaf Bell\n",
            ["Lara Holanda", "Raf Bell"],
        ),
    ],
    ids=["en-and-by-me", "pt-e-por-mim"],
)
def test_the_writer_after_and_by(ctx: Context, body: str, people: list[str]) -> None:
    """'conducted by X, and by me' / 'e por mim': the writer runs it too."""
    raw = mail(
        sender="Raf Bell <raf.bell@mucuro-tech.example>",
        subject="Interview invitation - Systems Analyst",
        body=body,
        to=next(iter(ctx.user_addresses)),
    )
    result = understand(raw, ctx)
    assert result.interview is not None, result.reasons
    assert sorted(p.name or "" for p in result.interview.interviewers) == people


def test_a_german_take_part_sentence_wrapped_before_teil() -> None:
    """'nehmen ... und ich' over 'teil.' on the next line still names the writer."""
    raw = mail(
        sender="Sabine Huber <sabine.huber@donau-leasing.example>",
        subject="Vorstellungsgespräch Korbinian Weber – Controller",
        body=(
            "Sehr geehrter Herr Weber,\n\nwie besprochen lade ich Sie zum Vorstellungsgespräch am"
            " Mittwoch, 11. März 2026 um 9:30 Uhr ein.\n"
            "Seitens der Donau Leasing nehmen Mag. Peter Gruber (Leiter Controlling) und ich\n"
            "teil.\n\nMit freundlichen Grüßen\nMag. Sabine Huber\nHuman Resources\n"
        ),
        to="korbinian.weber@example.net",
        date="Mon, 02 Mar 2026 10:00:00 +0100",
    )
    result = understand(raw, KORBINIAN)
    assert result.interview is not None, result.reasons
    assert sorted(p.name or "" for p in result.interview.interviewers) == [
        "Peter Gruber",
        "Sabine Huber",
    ]


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, Mar 2, 2026 at 5:12 PM Alex Morgan <alex.morgan@gmail.com> wrote:",
        "On Mon, Mar 2, 2026 at 5:12 PM Alex Morgan\n<alex.morgan@gmail.com> wrote:",
        "On 2 Mar 2026, at 17:12, Alex Morgan <alex.morgan@gmail.com>\nwrote:",
    ],
    ids=["one-line", "wrapped-before-address", "wrapped-before-wrote"],
)
def test_a_short_reply_over_a_wrapped_attribution_books_the_users_time(
    attribution: str,
) -> None:
    """A hiring manager's 'Thursday 2:30 works' over the user's quoted offer, the
    attribution line wrapped as Gmail and Apple Mail wrap it, books Thursday 2:30."""
    raw = mail(
        sender="Marcus Feldman <marcus.feldman@ridgeline-health.example>",
        subject="Re: Data Analyst - next steps",
        body=(
            "Thursday 2:30 works. I'll call your cell.\n\nSent from my iPhone\n\n"
            f"{attribution}\n\n"
            "> Hi Marcus,\n>\n> Thanks so much for reaching out. I could do Wednesday 3/4 at"
            " 11am or\n> Thursday 3/5 at 2:30pm Eastern, whichever is easier for you.\n>\n"
            "> Best,\n> Alex\n"
        ),
    )
    result = understand(raw, alex_in_new_york())
    assert result.kind is Kind.INTERVIEW, result.reasons
    assert result.interview is not None
    assert result.interview.start == dt.datetime(
        2026, 3, 5, 14, 30, tzinfo=ZoneInfo("America/New_York")
    )


# eval22's dev half (opened after its blind measure): families written from scratch.


def _offer_thread(top: str, subject: str = "Re: Availability - Risk Analyst (Harbour)") -> bytes:
    body = (
        f"{top}\n\nOn Thu, Mar 5, 2026 at 3:31 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
        "> Tuesday at 2pm works best for me.\n>\n> Alex\n>\n"
        "> On Thu, Mar 5, 2026 at 10:02 AM Hattie Green <hattie@northgate-search.example>"
        " wrote:\n>\n> > Hi Alex,\n> >\n> > Corvo Insurance would like a video interview with"
        " their CRO, Paul Xavier. Could you do Tuesday 10 March at 10am or 2pm (UK time)?\n"
        "> >\n> > Hattie Green\n> > Northgate Search\n"
    )
    return mail(
        sender="Hattie Green <hattie@northgate-search.example>",
        subject=subject,
        body=body,
        date="Thu, 05 Mar 2026 15:50:00 -0500",
    )


class TestThreads:
    def test_booked_over_the_users_pick_of_two_times_in_a_stated_zone(self) -> None:
        """'Perfect, booked' over 'Tuesday at 2pm works' over '10am or 2pm (UK time)': the
        second offered time, in the zone written once after both, under a subject whose
        title has a bracketed place."""
        result = understand(
            _offer_thread("Perfect, booked - invite to follow.\n\nHattie"), alex_in_new_york()
        )
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert result.interview is not None
        assert result.interview.start == dt.datetime(
            2026, 3, 10, 14, tzinfo=ZoneInfo("Europe/London")
        )

    def test_a_reply_taking_an_offered_time_by_its_clock(self) -> None:
        """'Let's do the 10:30 slot then' under 'Wednesday 11 March at 9:00 or 10:30'."""
        body = (
            "Hi Alex,\n\nLet's do the 10:30 slot then. I've sent the Teams invite to Ollie Brent"
            " (Data Lead), who will be interviewing you.\n\nGeorgia\n\n"
            "On Thu, Mar 5, 2026 at 12:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
            "> Hi Georgia, either works for me. Alex\n>\n"
            "> On Wed, Mar 4, 2026 at 4:40 PM Georgia Lin <georgia.lin@wandoo-health.example>"
            " wrote:\n>\n> > Hi Alex,\n> >\n> > We could do Wednesday 11 March at 9:00 or 10:30"
            " (Eastern). Which would you prefer?\n> >\n> > Georgia Lin\n"
        )
        raw = mail(
            sender="Georgia Lin <georgia.lin@wandoo-health.example>",
            subject="Re: Interview times - Clinical Data Analyst",
            body=body,
            date="Thu, 05 Mar 2026 13:15:00 -0500",
        )
        result = understand(raw, alex_in_new_york())
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert result.interview is not None
        assert result.interview.start == dt.datetime(
            2026, 3, 11, 10, 30, tzinfo=ZoneInfo("America/New_York")
        )

    def test_a_question_naming_a_clock_takes_nothing(self) -> None:
        """'Could we do 11:30 instead?' under '9:00 or 10:30' proposes; it takes no slot."""
        body = (
            "Hi Alex,\n\nCould we do 11:30 instead?\n\nGeorgia\n\n"
            "On Thu, Mar 5, 2026 at 12:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n\n"
            "> Hi Georgia, either works for me. Alex\n>\n"
            "> On Wed, Mar 4, 2026 at 4:40 PM Georgia Lin <georgia.lin@wandoo-health.example>"
            " wrote:\n>\n> > We could do Wednesday 11 March at 9:00 or 10:30 (Eastern).\n"
        )
        raw = mail(
            sender="Georgia Lin <georgia.lin@wandoo-health.example>",
            subject="Re: Interview times - Clinical Data Analyst",
            body=body,
            date="Thu, 05 Mar 2026 13:15:00 -0500",
        )
        assert understand(raw, alex_in_new_york()).kind is not Kind.INTERVIEW

    def test_a_portuguese_reply_settling_terca(self) -> None:
        """'Combinado! Terça às 14h então.' over the user's 'Posso na terça-feira ... às 14h'."""
        body = (
            "Combinado! Terça às 14h então. Mando o link do Google Meet amanhã.\n\nAbs,\nBruno\n\n"
            "Em qui., 5 de mar. de 2026 às 16:12, Iara Souza <iara.souza@example.org> escreveu:\n\n"
            "> Oi Bruno, tudo bem? Posso na terça-feira, 10 de março às 14h. Abraços, Iara\n"
        )
        raw = mail(
            sender="Bruno Kato <bruno.kato@paulista-pay.example>",
            subject="Re: Entrevista - Product Designer",
            body=body,
            to="iara.souza@example.org",
            date="Thu, 05 Mar 2026 18:30:00 -0300",
        )
        result = understand(raw, IARA)
        assert result.kind is Kind.INTERVIEW, result.reasons
        assert result.interview is not None
        assert result.interview.start == dt.datetime(
            2026, 3, 10, 14, tzinfo=ZoneInfo("America/Sao_Paulo")
        )


def test_two_times_offered_for_one_day_are_two_moments() -> None:
    """'Tuesday 10 March at 10am or 2pm (UK time)' offers two times, both in UK time (as a
    thread's quoted offer is read)."""
    from daemon.understand import default_lexicon
    from daemon.understand._dates import find_moments

    ref = dt.datetime(2026, 3, 5, 10, tzinfo=ZoneInfo("America/New_York"))
    found = find_moments(
        "Could you do Tuesday 10 March at 10am or 2pm (UK time)?",
        default_lexicon(),
        ref,
        "dmy",
        "America/New_York",
        alternatives=True,
    )
    london = ZoneInfo("Europe/London")
    assert [m.start for m in found] == [
        dt.datetime(2026, 3, 10, 10, tzinfo=london),
        dt.datetime(2026, 3, 10, 14, tzinfo=london),
    ]


def test_a_colleagues_panel_invitation_is_not_the_users_interview() -> None:
    """'Interview panel: candidate Jo Kent', 'thank you for joining the panel ... The
    candidate is Jo Kent': the user interviews someone else."""
    ics = vevent_calendar(
        summary="Interview panel: candidate Jo Kent - Junior Analyst",
        start="20260311T130000",
        end="20260311T140000",
        tzid="America/New_York",
        organizer="mailto:mette.vest@amager-energy.example",
        organizer_cn="Mette Vest",
        attendees=(
            ("Alex Morgan", "alex.morgan@gmail.com"),
            ("Kasper Lind", "kasper.lind@amager-energy.example"),
        ),
    )
    raw = mail(
        sender="Mette Vest <mette.vest@amager-energy.example>",
        subject="Interview panel: candidate Jo Kent - Junior Analyst",
        body=(
            "Hi Alex and Kasper,\n\nThank you for joining the panel for our Junior Analyst hire."
            " The candidate is Jo Kent; CV and scorecard are in the hiring folder.\n\nMette\n"
        ),
        ics=ics,
    )
    assert understand(raw, alex_in_new_york()).kind is Kind.OTHER


def test_cancelling_a_days_interview_as_the_post_is_filled() -> None:
    """'we have to cancel Friday's interview: the position has been filled internally' over
    the quoted confirmation calls the interview off (the news), not only a rejection."""
    body = (
        "Dear Alex,\n\nUnfortunately we have to cancel Friday's interview: the Treasury Analyst"
        " position has been filled internally. We'll keep your CV on file.\n\nKind regards,\n"
        "Hessa\n\nOn Sun, Mar 1, 2026 at 9:00 AM Hessa Brooks <hessa.brooks@pearl-bay.example>"
        " wrote:\n\n> Dear Alex, your interview is confirmed for Friday 6 March at 9:30 with our"
        " Treasurer. Regards, Hessa\n"
    )
    raw = mail(
        sender="Hessa Brooks <hessa.brooks@pearl-bay.example>",
        subject="Re: Interview confirmation - Treasury Analyst",
        body=body,
    )
    assert understand(raw, alex_in_new_york()).kind is Kind.INTERVIEW_CANCELLED


def test_a_dutch_cancellation_wrapped_before_its_verb() -> None:
    """'Helaas moeten wij het gesprek van woensdag ... met de heer' / 'Ko Pinas annuleren,
    omdat de vacature ... is ingetrokken' calls the interview off."""
    raw = mail(
        sender="Ingrid Wong <ingrid.wong@rivierbank.example>",
        subject="Annulering gesprek woensdag",
        body=(
            "Beste Jildou,\n\nHelaas moeten wij het gesprek van woensdag 11 maart om 10.00 uur"
            " met de heer\nKo Pinas annuleren, omdat de vacature voorlopig is ingetrokken.\n\n"
            "Met vriendelijke groet,\nIngrid Wong\n"
        ),
        to="jildou.bakker@example.net",
        date="Mon, 02 Mar 2026 10:00:00 +0100",
    )
    assert understand(raw, JILDOU).kind is Kind.INTERVIEW_CANCELLED


class TestPeopleBeforeThePredicate:
    @pytest.mark.parametrize(
        ("body", "people"),
        [
            (
                "Your interview with Kim Jae-won (Head of Product) and Lee Soo-min (Design Lead)"
                " is scheduled\non 2026-03-11 (Wed) 10:00 ET at our Midtown office, 7F room 2.",
                ["Kim Jae-won", "Lee Soo-min"],
            ),
            (
                "Your interview with Jane Roe and Lee Roberts is scheduled on Wednesday, March 11"
                " at 10am.",
                ["Jane Roe", "Lee Roberts"],
            ),
            (
                "Your interview is on Wednesday, March 11 at 10am. You will meet Jane Roe; Raj"
                " Patel is on holiday that week.",
                ["Jane Roe"],
            ),
            (
                "Your interview is on Wednesday, March 11 at 10am. You will meet Jane Roe; Raj"
                " Patel is scheduled to be away.",
                ["Jane Roe"],
            ),
        ],
        ids=[
            "two-titled-then-wrapped-predicate",
            "two-then-predicate",
            "trap-on-holiday",
            "trap-scheduled-to",
        ],
    )
    def test_the_last_name_before_the_interviews_predicate(
        self, body: str, people: list[str]
    ) -> None:
        """'... and Lee Roberts is scheduled on ...' keeps the last name; a clause of a
        person's own after a semicolon ('Raj Patel is on holiday') names no interviewer."""
        raw = mail(
            sender="Choi Min-ji <minji.choi@dalbit-commerce.example>",
            subject="Interview schedule - Product Manager",
            body=f"Dear Alex,\n\n{body}\n\nChoi Min-ji | Talent Acquisition\n",
        )
        result = understand(raw, alex_in_new_york())
        assert result.interview is not None, result.reasons
        assert sorted(p.name or "" for p in result.interview.interviewers) == people

    def test_an_introduction_wrapped_mid_sentence(self) -> None:
        """'it'll' at a long line's end, 'be me and our co-founder Jane Roe' below it."""
        raw = mail(
            sender="Rhys Penn <rhys@kelpforest-labs.example>",
            subject="Re: Quick chat about the firmware role?",
            body=(
                "Friday 6 March, 11am Eastern it is. I'll call you on the number on your CV; it'll\n"
                "be me and our co-founder Tamsin Kurr, 45 minutes, mostly about your embedded work.\n"
                "\nRhys\n--\nRhys Penn, CTO, Kelpforest Labs\n"
            ),
        )
        result = understand(raw, alex_in_new_york())
        assert result.interview is not None, result.reasons
        assert sorted(p.name or "" for p in result.interview.interviewers) == [
            "Rhys Penn",
            "Tamsin Kurr",
        ]


@pytest.mark.parametrize(
    ("top", "hour"),
    [("Tuesday at 10 works, see you then.", 10), ("Great - Tuesday 2pm it is.", 14)],
)
def test_a_reply_naming_the_day_and_the_clock_of_two_offered_times(top: str, hour: int) -> None:
    """Under 'Tuesday 10 March at 10am or 2pm', the day alone is ambiguous: the reply's
    clock picks the offered time."""
    body = (
        f"{top}\n\nAlex\n\nOn Thu, Mar 5, 2026 at 10:02 AM Hattie Green"
        " <hattie@northgate-search.example> wrote:\n\n> Hi Alex,\n>\n> Corvo Insurance would"
        " like a video interview with their CRO, Paul Xavier. Could you do Tuesday 10 March at"
        " 10am or 2pm?\n>\n> Hattie Green\n"
    )
    raw = mail(
        sender="Alex Morgan <alex.morgan@gmail.com>",
        to="Hattie Green <hattie@northgate-search.example>",
        subject="Re: Video interview - Risk Analyst",
        body=body,
        date="Thu, 05 Mar 2026 15:50:00 -0500",
    )
    result = understand(raw, alex_in_new_york())
    assert result.interview is not None, result.reasons
    assert result.interview.start == dt.datetime(
        2026, 3, 10, hour, tzinfo=ZoneInfo("America/New_York")
    )
