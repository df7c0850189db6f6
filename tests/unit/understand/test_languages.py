"""German, French and Spanish mail, recognised from the shipped lexicon files alone.

Every message here was written for these tests (invented companies and people) in the way
recruiting mail in each language usually reads; none is copied from the evaluation sets.
Each language has interviews, outcomes and precision traps (appointments that are not job
interviews, newsletters and job alerts about interviews).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, load_lexicon, understand

from .messages import mail

BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
MADRID = ZoneInfo("Europe/Madrid")
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


def read(eu_ctx: Context, sender: str, subject: str, body: str, **kw: str) -> Kind:
    """The kind of a message sent to the Berlin user."""
    raw = mail(
        sender=sender,
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject=subject,
        body=body,
        date=kw.pop("date", DATE),
        **kw,  # type: ignore[arg-type]
    )
    return understand(raw, eu_ctx).kind


class TestGerman:
    """Vorstellungsgespräch, Absage, Vertragsangebot."""

    def test_invitation_with_time(self, eu_ctx: Context) -> None:
        """An invitation to a Vorstellungsgespräch with a written date is an interview."""
        raw = mail(
            sender="Miriam Sommer <m.sommer@kesselwerk.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            date=DATE,
            subject="Einladung zum Vorstellungsgespräch - Projektingenieurin (m/w/d)",
            body=(
                "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir "
                "Sie zu einem persönlichen Vorstellungsgespräch ein:\n\nTermin: Mittwoch, "
                "11. März 2026 um 10:30 Uhr\nOrt: Kesselwerk GmbH, Hafenstraße 4, Bremen\n\n"
                "Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen "
                "Grüßen\nMiriam Sommer\nPersonalreferentin\n"
            ),
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 11, 10, 30, tzinfo=BERLIN)

    def test_cancelled_appointment(self, eu_ctx: Context) -> None:
        """A Kennenlerngespräch about the application that is called off is a cancellation."""
        kind = read(
            eu_ctx,
            "Jonas Feld <jonas.feld@lindenhof-it.example>",
            "Absage unseres Termins am 12.03.",
            "Hallo Frau Brandt,\n\nleider müssen wir unser Kennenlerngespräch zu Ihrer "
            "Bewerbung am Donnerstag, "
            "12. März um 15 Uhr absagen, da der Fachbereichsleiter erkrankt ist. Wir melden "
            "uns mit einem neuen Terminvorschlag.\n\nViele Grüße\nJonas Feld\n",
        )
        assert kind is Kind.INTERVIEW_CANCELLED

    def test_rejection(self, eu_ctx: Context) -> None:
        """ "leider ... nicht weiter berücksichtigen" after an interview is a rejection."""
        kind = read(
            eu_ctx,
            "Recruiting Team <karriere@nordlicht-energie.example>",
            "Ihre Bewerbung als Datenanalystin",
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für das angenehme Vorstellungsgespräch. "
            "Leider können wir Ihre Bewerbung nach sorgfältiger Prüfung nicht weiter "
            "berücksichtigen.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles "
            "Gute.\n",
        )
        assert kind is Kind.REJECTION

    def test_offer(self, eu_ctx: Context) -> None:
        """A Vertragsangebot after the interviews is an offer."""
        kind = read(
            eu_ctx,
            "Petra Wendt <p.wendt@kesselwerk.example>",
            "Ihr Vertragsangebot",
            "Liebe Frau Brandt,\n\nnach den Gesprächen freuen wir uns, Ihnen die Stelle als "
            "Projektingenieurin anbieten zu können. Anbei finden Sie unser Vertragsangebot "
            "sowie den Arbeitsvertrag zur Unterschrift.\n\nHerzliche Grüße\nPetra Wendt\n",
        )
        assert kind is Kind.OFFER

    def test_scheduling_request(self, eu_ctx: Context) -> None:
        """Asking for the candidate's availability for a Gespräch is a scheduling request."""
        kind = read(
            eu_ctx,
            "Tarek Aziz <tarek.aziz@wolkenbau.example>",
            "Ihre Bewerbung - nächster Schritt",
            "Hallo Frau Brandt,\n\nwir würden Sie gern zu einem Vorstellungsgespräch "
            "einladen. Wann hätten Sie nächste Woche Zeit? Nennen Sie mir gern zwei oder "
            "drei Terminvorschläge.\n\nBeste Grüße\nTarek Aziz\n",
        )
        assert kind is Kind.SCHEDULING_REQUEST

    def test_dentist_confirmation_is_not_an_interview(self, eu_ctx: Context) -> None:
        """A dentist's Terminbestätigung is not an interview."""
        kind = read(
            eu_ctx,
            "Zahnarztpraxis Dr. Hain <termine@praxis-hain.example>",
            "Terminbestätigung",
            "Guten Tag Frau Brandt,\n\nhiermit bestätigen wir Ihren Termin zur "
            "Prophylaxe am Dienstag, 10. März 2026 um 08:15 Uhr.\n\nIhre Zahnarztpraxis "
            "Dr. Hain\n",
        )
        assert kind is not Kind.INTERVIEW

    def test_interview_tips_newsletter(self, eu_ctx: Context) -> None:
        """A newsletter with tips for the Vorstellungsgespräch is bulk, not an interview."""
        kind = read(
            eu_ctx,
            "Karriere-Ratgeber <newsletter@jobportal.example>",
            "Die 7 häufigsten Fragen im Vorstellungsgespräch",
            "Hallo Lena,\n\nso meistern Sie Ihr nächstes Vorstellungsgespräch: unsere Tipps "
            "und Fragen im Vorstellungsgespräch, live im Webinar am Donnerstag, 12. März um "
            "18:00 Uhr.\n\nNewsletter abbestellen: https://jobportal.example/abmelden\n",
        )
        assert kind is Kind.BULK


class TestFrench:
    """Entretien, convocation, annulation, promesse d'embauche."""

    def test_convocation(self, eu_ctx: Context) -> None:
        """A convocation à un entretien with "mardi 10 mars à 14h30" is an interview."""
        raw = mail(
            sender="Claire Moreau <claire.moreau@atelier-lune.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            date=DATE,
            subject="Convocation à un entretien - Cheffe de projet",
            body=(
                "Bonjour Madame Brandt,\n\nSuite à votre candidature, nous avons le plaisir de "
                "vous convier à un entretien le mardi 10 mars 2026 à 14h30 (heure de Paris), "
                "dans nos locaux au 12 rue des Tanneurs, Lyon.\n\nCordialement,\nClaire "
                "Moreau\nChargée de recrutement\n"
            ),
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 10, 14, 30, tzinfo=PARIS)

    def test_annulation(self, eu_ctx: Context) -> None:
        """An entretien annulé is a cancellation."""
        kind = read(
            eu_ctx,
            "Hugo Lemaire <hugo.lemaire@atelier-lune.example>",
            "Annulation de notre entretien",
            "Bonjour,\n\nJe dois malheureusement annuler notre entretien prévu jeudi 12 mars "
            "à 10h pour le poste de cheffe de projet. Je reviens vers vous rapidement.\n\n"
            "Hugo Lemaire\n",
        )
        assert kind is Kind.INTERVIEW_CANCELLED

    def test_rejection(self, eu_ctx: Context) -> None:
        """ "ne pouvons pas donner une suite favorable" is a rejection."""
        kind = read(
            eu_ctx,
            "Service recrutement <recrutement@batisud.example>",
            "Votre candidature",
            "Madame,\n\nNous vous remercions pour votre candidature et le temps accordé lors "
            "de nos entretiens. Nous sommes au regret de vous informer que nous ne pouvons "
            "pas donner une suite favorable à votre candidature.\n",
        )
        assert kind is Kind.REJECTION

    def test_offer(self, eu_ctx: Context) -> None:
        """A promesse d'embauche is an offer."""
        kind = read(
            eu_ctx,
            "Nadia Benali <nadia.benali@batisud.example>",
            "Votre promesse d'embauche",
            "Bonjour Lena,\n\nSuite à vos entretiens, j'ai le plaisir de vous proposer le "
            "poste de cheffe de projet en CDI. Vous trouverez ci-joint la promesse "
            "d'embauche.\n\nBien à vous,\nNadia Benali\n",
        )
        assert kind is Kind.OFFER

    def test_bank_appointment_is_not_an_interview(self, eu_ctx: Context) -> None:
        """A bank's "confirmation de rendez-vous" with an adviser is not an interview."""
        kind = read(
            eu_ctx,
            "Votre agence <rdv@banque-populaire-du-lac.example>",
            "Confirmation de votre rendez-vous",
            "Madame,\n\nNous vous confirmons votre rendez-vous avec votre conseillère "
            "bancaire le mercredi 11 mars à 9h30 en agence, au sujet de votre prêt "
            "immobilier.\n",
        )
        assert kind is not Kind.INTERVIEW

    def test_boiler_service_is_not_an_interview(self, eu_ctx: Context) -> None:
        """An "entretien de la chaudière" is servicing, not an interview."""
        kind = read(
            eu_ctx,
            "Chauffage Martin <contact@chauffage-martin.example>",
            "Entretien annuel de votre chaudière confirmé",
            "Bonjour,\n\nL'entretien de votre chaudière est confirmé pour le vendredi 13 mars "
            "à 8h30. Notre technicien passera entre 8h30 et 10h.\n",
        )
        assert kind is not Kind.INTERVIEW

    def test_job_alert(self, eu_ctx: Context) -> None:
        """A job alert mentioning entretiens is bulk."""
        kind = read(
            eu_ctx,
            "Alerte emploi <alertes@emploi-direct.example>",
            "Nouvelles offres d'emploi pour vous",
            "12 nouvelles offres correspondent à votre recherche. Conseils : réussir votre "
            "entretien d'embauche en 5 étapes.\n\nSe désabonner : "
            "https://emploi-direct.example/desabonnement\n",
            headers={"List-Unsubscribe": "<https://emploi-direct.example/u>"},
        )
        assert kind is Kind.BULK


class TestSpanish:
    """Entrevista, cancelación, "lamentamos", oferta."""

    def test_entrevista(self, eu_ctx: Context) -> None:
        """A confirmed entrevista "el martes 10 de marzo a las 16:00" is an interview."""
        raw = mail(
            sender="Lucía Herrera <lucia.herrera@olivar-digital.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            date=DATE,
            subject="Entrevista para el puesto de Analista de Datos",
            body=(
                "Hola Lena:\n\nGracias por tu candidatura. Te confirmo tu entrevista con "
                "nuestro equipo el martes 10 de marzo a las 16:00 (hora de Madrid) por Google "
                "Meet.\n\nUn saludo,\nLucía Herrera\nReclutadora\n"
            ),
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 10, 16, 0, tzinfo=MADRID)

    def test_cancelada(self, eu_ctx: Context) -> None:
        """An entrevista cancelada is a cancellation."""
        kind = read(
            eu_ctx,
            "Lucía Herrera <lucia.herrera@olivar-digital.example>",
            "Entrevista cancelada",
            "Hola Lena:\n\nLamentablemente tenemos que cancelar tu entrevista del martes 10 "
            "de marzo a las 16:00. Te escribiré para buscar otra fecha.\n\nLucía\n",
        )
        assert kind is Kind.INTERVIEW_CANCELLED

    def test_rechazo(self, eu_ctx: Context) -> None:
        """ "lamentamos informarte" about the candidatura is a rejection."""
        kind = read(
            eu_ctx,
            "Selección <seleccion@costa-verde.example>",
            "Tu candidatura",
            "Hola Lena:\n\nGracias por participar en el proceso de selección. Lamentamos "
            "informarte de que hemos decidido seguir con otros candidatos cuyo perfil se "
            "ajusta más al puesto.\n",
        )
        assert kind is Kind.REJECTION

    def test_oferta(self, eu_ctx: Context) -> None:
        """ "nos complace ofrecerte el puesto" is an offer."""
        kind = read(
            eu_ctx,
            "Marta Solís <marta.solis@costa-verde.example>",
            "Oferta - Analista de Datos",
            "Hola Lena:\n\nTras las entrevistas, nos complace ofrecerte el puesto de "
            "Analista de Datos. Adjuntamos la carta oferta con las condiciones.\n\nMarta\n",
        )
        assert kind is Kind.OFFER

    def test_disponibilidad(self, eu_ctx: Context) -> None:
        """Asking for disponibilidad for an entrevista is a scheduling request."""
        kind = read(
            eu_ctx,
            "Marta Solís <marta.solis@costa-verde.example>",
            "Siguiente paso en tu candidatura",
            "Hola Lena:\n\nNos gustaría invitarte a una entrevista con la directora del "
            "área. ¿Podrías indicarme tu disponibilidad para la próxima semana?\n\nMarta\n",
        )
        assert kind is Kind.SCHEDULING_REQUEST

    def test_cita_medica_is_not_an_interview(self, eu_ctx: Context) -> None:
        """A clinic's confirmed cita is not an interview."""
        kind = read(
            eu_ctx,
            "Clínica Dental Sonrisa <citas@clinica-sonrisa.example>",
            "Confirmación de cita",
            "Hola Lena:\n\nTu cita con el dentista queda confirmada para el jueves 12 de "
            "marzo a las 17:30.\n\nClínica Dental Sonrisa\n",
        )
        assert kind is not Kind.INTERVIEW

    def test_press_entrevista_is_not_an_interview(self, eu_ctx: Context) -> None:
        """A newspaper asking for an entrevista for an article is not a job interview."""
        kind = read(
            eu_ctx,
            "Redacción <redaccion@diario-del-puerto.example>",
            "Entrevista para nuestro podcast",
            "Hola Lena:\n\nQueremos confirmarte la entrevista para el episodio de nuestro "
            "podcast el jueves 12 de marzo a las 11:00.\n\nRedacción\n",
        )
        assert kind is not Kind.INTERVIEW


class TestLanguageChoice:
    """Narrowing the languages turns the others off."""

    def test_english_only_ignores_german(self) -> None:
        """With only English on, a German invitation is not recognised as an interview."""
        ctx = Context(
            timezone="Europe/Berlin", date_order="dmy", lexicon=load_lexicon(languages=["en"])
        )
        raw = mail(
            sender="Miriam Sommer <m.sommer@kesselwerk.example>",
            subject="Einladung zum Vorstellungsgespräch",
            date=DATE,
            body="Guten Tag,\n\nTermin: Mittwoch, 11. März 2026 um 10:30 Uhr. Wir freuen uns.\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW
