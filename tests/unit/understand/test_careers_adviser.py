"""An appointment with a careers adviser is no job interview; an interview for the post of
one is. Found by the session 6 review (a university careers service's "video call with
Dana Ortiz, Careers Adviser" read as an interview). Written for these tests (invented
people and organisations under .example names).
"""

from __future__ import annotations

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail

CTX = Context(
    user_addresses=frozenset({"alex.morgan@gmail.com"}),
    user_name="Alex Morgan",
    timezone="America/New_York",
)
EU = Context(
    user_addresses=frozenset({"lena.brandt@posteo.example"}),
    user_name="Lena Brandt",
    timezone="Europe/Berlin",
    date_order="dmy",
)
EU_TO = "Lena Brandt <lena.brandt@posteo.example>"
EU_DATE = "Mon, 02 Mar 2026 09:04:00 +0100"

APPOINTMENTS = [
    pytest.param(
        CTX,
        "Careers Service <careers@stateuniversity.example>",
        "Your careers appointment",
        "Dear Alex,\n\nYour appointment is confirmed: a video call with Dana Ortiz, Careers "
        "Adviser, on Thursday 5 March at 11:00 AM.\n\nPlease have your CV ready to share.\n\n"
        "Careers Service\nState University\n",
        id="en-careers-adviser",
    ),
    pytest.param(
        CTX,
        "Workforce Center <appointments@workforcecenter.example>",
        "Appointment reminder",
        "Hi Alex,\n\nThis is a reminder of your meeting with Sam Reyes, Employment Counselor, "
        "on Thursday, March 5 at 2:00 PM to go over your job search plan.\n\nWorkforce Center\n",
        id="en-employment-counselor",
    ),
    pytest.param(
        EU,
        "Agentur für Arbeit <termine@arbeitsagentur.example>",
        "Ihr Termin am 5. März",
        "Guten Tag Frau Brandt,\n\nIhr Gespräch mit Ihrer Berufsberaterin Frau Maren Holst "
        "findet am Donnerstag, 5. März 2026 um 10:00 Uhr statt. Bitte bringen Sie Ihren "
        "Lebenslauf mit.\n\nIhre Agentur für Arbeit\n",
        id="de-berufsberaterin",
    ),
    pytest.param(
        EU,
        "France Travail <rdv@francetravail.example>",
        "Votre rendez-vous",
        "Bonjour Madame Brandt,\n\nVotre entretien avec votre conseillère emploi, Mme Claire "
        "Roux, aura lieu le jeudi 5 mars 2026 à 10h00 en visio.\n\nFrance Travail\n",
        id="fr-conseillere-emploi",
    ),
    pytest.param(
        EU,
        "Servicio de Empleo <citas@empleo.example>",
        "Confirmación de cita",
        "Hola Lena,\n\nTu entrevista con tu asesora de empleo, Marta Gil, queda confirmada para "
        "el jueves 5 de marzo de 2026 a las 10:00.\n\nServicio de Empleo\n",
        id="es-asesora-de-empleo",
    ),
]


@pytest.mark.parametrize(("ctx", "sender", "subject", "body"), APPOINTMENTS)
def test_careers_adviser_appointment_is_no_interview(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """A meeting with a careers, employment or guidance adviser rehearses no job."""
    to = EU_TO if ctx is EU else "Alex Morgan <alex.morgan@gmail.com>"
    date = EU_DATE if ctx is EU else "Mon, 02 Mar 2026 09:04:00 -0500"
    u = understand(mail(sender=sender, subject=subject, body=body, to=to, date=date), ctx)
    assert u.kind is not Kind.INTERVIEW, u.reasons


POSTS = [
    pytest.param(
        CTX,
        "Jane Whitlow <jane.whitlow@stateuniversity.example>",
        "Interview - Careers Adviser role",
        "Dear Alex,\n\nThank you for applying for the Careers Adviser role. I'm pleased to "
        "confirm your interview on Thursday, March 5 at 11:00 AM with me and Omar Haddad, "
        "Head of Careers.\n\nJane Whitlow\nHR Partner, State University\n",
        id="en-interview-for-the-post",
    ),
    pytest.param(
        CTX,
        "Acme Careers <careers@acme.example>",
        "Interview invitation",
        "Hi Alex,\n\nWe'd like to see you on Thursday, March 5 at 2:00 PM for an interview "
        "with Priya Nair, our Employment Counselor lead.\n\nAcme Careers\n",
        id="en-company-staff-with-the-title",
    ),
    pytest.param(
        EU,
        "Anke Vogt <anke.vogt@bildungswerk.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Berufsberaterin. Wir "
        "laden Sie zum Vorstellungsgespräch am Donnerstag, 5. März 2026 um 10:00 Uhr ein.\n\n"
        "Mit freundlichen Grüßen\nAnke Vogt\nPersonalabteilung, Bildungswerk Nord\n",
        id="de-bewerbung-als-berufsberaterin",
    ),
]


@pytest.mark.parametrize(("ctx", "sender", "subject", "body"), POSTS)
def test_interview_for_the_post_of_an_adviser_stays(
    ctx: Context, sender: str, subject: str, body: str
) -> None:
    """Neighbour: an interview for a careers adviser's post is the user's interview."""
    to = EU_TO if ctx is EU else "Alex Morgan <alex.morgan@gmail.com>"
    date = EU_DATE if ctx is EU else "Mon, 02 Mar 2026 09:04:00 -0500"
    u = understand(mail(sender=sender, subject=subject, body=body, to=to, date=date), ctx)
    assert u.kind is Kind.INTERVIEW, u.reasons
