"""Company and role from German, French and Spanish wording, not only from the sender domain.

Every message here was written for these tests (invented companies, people and places) in
the way recruiting mail in each language usually reads; none is copied from an evaluation
set. Beside each pattern sits a trap of the same shape: a person ("bei Frau X", "chez Mme
X"), a video tool, a city, an earlier employer, a German noun after "bei".
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Interview, Kind, understand

from .messages import alex_in_new_york, mail

DATE = "Mon, 02 Mar 2026 09:15:00 +0100"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def interview(eu_ctx: Context, sender: str, subject: str, body: str) -> Interview:
    """The interview read from one message to the Berlin user."""
    raw = mail(
        sender=sender,
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject=subject,
        body=body,
        date=DATE,
    )
    u = understand(raw, eu_ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
    assert u.interview is not None
    return u.interview


class TestGerman:
    """ "Bewerbung als X (m/w/d) bei der Y GmbH", "Stelle als", "Einladung – X (m/w/d)"."""

    def test_application_as_role_at_company(self, eu_ctx: Context) -> None:
        """Role with its gender note and company from "Bewerbung als ... bei der ..."."""
        iv = interview(
            eu_ctx,
            "Ute Krämer <u.kraemer@mail-wk.example>",
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als "
            "Projektingenieurin (m/w/d) bei der Kesselwerk Anlagenbau GmbH. Wir laden Sie "
            "zu einem Vorstellungsgespräch ein:\n\nTermin: Dienstag, 10. März 2026, "
            "14:00 Uhr\n\nBei Fragen wenden Sie sich gern an mich.\n\n"
            "Mit freundlichen Grüßen\nUte Krämer\nPersonalabteilung\n",
        )
        assert iv.role == "Projektingenieurin (m/w/d)"
        assert iv.company == "Kesselwerk Anlagenbau GmbH"

    def test_gender_note_marks_the_title_in_a_subject(self, eu_ctx: Context) -> None:
        """ "Einladung zum Vorstellungsgespräch – Disponent (m/w/d)": the role after the dash."""
        iv = interview(
            eu_ctx,
            "Moorbach Logistik <no-reply@personio.de>",
            "Einladung zum Vorstellungsgespräch – Disponent (m/w/d)",
            "Hallo Lena,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:\n\n"
            "Termin: Dienstag, 10. März 2026, 14:00 – 15:00 Uhr\n\nViele Grüße\n",
        )
        assert iv.role == "Disponent (m/w/d)"

    def test_person_tool_and_question_after_bei_are_no_company(self, eu_ctx: Context) -> None:
        """ "bei Frau Sommer", "bei Microsoft Teams", "Bei Fragen": the domain names it."""
        iv = interview(
            eu_ctx,
            "Miriam Sommer <m.sommer@kesselwerk.example>",
            "Ihr Vorstellungsgespräch",
            "Hallo Lena,\n\nIhr Vorstellungsgespräch bei Frau Sommer findet am Dienstag, "
            "10. März 2026 um 14:00 Uhr statt. Das Gespräch bei Microsoft Teams dauert eine "
            "Stunde. Bei Fragen melden Sie sich gern.\n\nViele Grüße\nMiriam Sommer\n",
        )
        assert iv.company == "Kesselwerk"


class TestFrench:
    """ "poste de X chez Y", "au sein de la société Y", titles in lower case."""

    def test_poste_de_role_chez_company(self, eu_ctx: Context) -> None:
        """ "candidature pour le poste de X chez Y": both, the "Cordialement" block aside."""
        iv = interview(
            eu_ctx,
            "Inès Garnier <ines.garnier@mail.example>",
            "Votre entretien",
            "Bonjour Lena,\n\nSuite à votre candidature pour le poste de Data Engineer chez "
            "Calanque Énergie, je vous confirme votre entretien le jeudi 12 mars 2026 à 11h00."
            "\n\nCordialement,\nInès Garnier\nChargée de recrutement\n",
        )
        assert iv.role == "Data Engineer"
        assert iv.company == "Calanque Énergie"

    def test_lower_case_title_au_sein_de_la_societe(self, eu_ctx: Context) -> None:
        """ "au poste de chargée d'études au sein de la société X": lower-case title kept."""
        iv = interview(
            eu_ctx,
            "Mathilde Caron <m.caron@mail.example>",
            "Entretien",
            "Bonjour Lena,\n\nVotre candidature au poste de chargée d'études au sein de la "
            "société Ardoise Conseil a retenu notre attention. Je vous confirme votre "
            "entretien le jeudi 12 mars 2026 à 11h00.\n\nCordialement,\nMathilde Caron\n",
        )
        assert iv.role == "chargée d'études"
        assert iv.company == "Ardoise Conseil"

    def test_earlier_employer_and_person_after_chez_are_no_company(self, eu_ctx: Context) -> None:
        """ "votre expérience chez X", "chez Mme Y": neither is the hiring company."""
        iv = interview(
            eu_ctx,
            "Mathilde Caron <m.caron@ardoise.example>",
            "Entretien",
            "Bonjour Lena,\n\nVotre expérience chez Capgemini nous intéresse. Je vous "
            "confirme votre entretien le jeudi 12 mars 2026 à 11h00 chez Mme Dupont, au 3e "
            "étage.\n\nCordialement,\nMathilde Caron\n",
        )
        assert iv.company == "Ardoise"


class TestSpanish:
    """ "puesto de X en Y", "la empresa Y"; a city or a video tool after "en" is not it."""

    def test_puesto_de_role_en_company(self, eu_ctx: Context) -> None:
        """ "tu candidatura al puesto de X en Y": both; "Saludos" is just a sign-off."""
        iv = interview(
            eu_ctx,
            "Equipo de Talento <talento@mail.example>",
            "Entrevista",
            "Hola Lena,\n\nGracias por tu candidatura al puesto de Analista de Riesgos en "
            "Jacaranda Capital. Te confirmamos tu entrevista el miércoles 11 de marzo de 2026 "
            "a las 16:00 (hora de Madrid).\n\nSaludos,\nEquipo de Talento\n",
        )
        assert iv.role == "Analista de Riesgos"
        assert iv.company == "Jacaranda Capital"

    def test_city_and_video_tool_after_en_are_no_company(self, eu_ctx: Context) -> None:
        """ "puesto de Analista en Madrid", "en Google Meet": the sender domain names it."""
        iv = interview(
            eu_ctx,
            "Marta Ibáñez <marta@ceibo-datos.example>",
            "Entrevista",
            "Hola Lena,\n\nTu candidatura para el puesto de Analista en Madrid ha avanzado. "
            "Te confirmamos tu entrevista el miércoles 11 de marzo de 2026 a las 16:00 en "
            "Google Meet.\n\nSaludos,\nMarta Ibáñez\n",
        )
        assert iv.role == "Analista"
        assert iv.company == "Ceibo-datos"


class TestRequisitionNumbers:
    """An ATS's requisition number is not part of the role."""

    def test_req_number_dropped_gender_note_kept(self, eu_ctx: Context) -> None:
        """ "Position: Data Analyst (Req 2026-0193)" -> "Data Analyst"."""
        iv = interview(
            eu_ctx,
            "Brightwater Careers <careers@brightwater.example>",
            "Interview invitation",
            "Dear Lena,\n\nWe would like to invite you to a video interview on Tuesday, "
            "10 March 2026 at 14:00 CET.\n\nPosition: Data Analyst (Req 2026-0193)\n\n"
            "Kind regards,\nBrightwater Talent Team\n",
        )
        assert iv.role == "Data Analyst"


def test_a_calendar_sending_for_a_person_is_not_the_company() -> None:
    """ "Jane Roe (Google Calendar) <calendar-notification@google.com>": the domain is the
    calendar's; the employer's is the one replies go to, or none is known."""
    body = (
        "Interview Data Analyst\nThursday Mar 5, 2026 ⋅ 2pm – 3pm\nEastern Time - New York\n\n"
        "Guests\nJordan Lee - organizer\nPriya Shah\nalex.morgan@gmail.com\n\n"
        "Invitation from Google Calendar"
    )
    subject = "Invitation: Interview Data Analyst @ Thu Mar 5, 2026 2pm - 3pm (EST)"
    sender = "Jordan Lee (Google Calendar) <calendar-notification@google.com>"
    bare = understand(mail(sender=sender, subject=subject, body=body), alex_in_new_york())
    replied = understand(
        mail(
            sender=sender,
            subject=subject,
            body=body,
            headers={"Reply-To": "Jordan Lee <jordan.lee@brightwell.io>"},
        ),
        alex_in_new_york(),
    )
    assert bare.interview is not None and replied.interview is not None
    assert bare.interview.company is None
    assert replied.interview.company == "Brightwell"
