"""Precision traps of the German, French and Spanish lexicons (review of 2026-11-25).

Two kinds of messages: the reviewer's own test messages, copied unchanged into
``fixtures/review-2026-11-25/`` (written for that review; invented people and companies),
and variants written here in other words, so each fix is checked beyond the message that
found it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, default_lexicon, understand
from daemon.understand._dates import find_dates, find_times

from .conftest import FIXTURES
from .messages import mail

REVIEW = FIXTURES / "review-2026-11-25"
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DATE = "Mon, 02 Mar 2026 09:00:00 +0100"
USER = "Jo Lee <jo@example.org>"


@pytest.fixture
def jo() -> Context:
    """The reviewer's user: Jo Lee in Berlin, who gets mail in four languages."""
    return Context(
        user_addresses=frozenset({"jo@example.org"}),
        user_name="Jo Lee",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def review(name: str, ctx: Context) -> Understanding:
    """Understand one of the reviewer's messages."""
    return understand((REVIEW / f"{name}.eml").read_bytes(), ctx)


def read(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understand a message written here, sent to Jo on Monday 2 March 2026."""
    return understand(mail(sender=sender, to=USER, subject=subject, body=body, date=DATE), ctx)


class TestReviewMessages:
    """Every message of the review reads as the reviewer expected."""

    @pytest.mark.parametrize(
        "name",
        ["sales", "kita", "velo", "ft", "ft2", "jc"],
    )
    def test_not_interviews(self, jo: Context, name: str) -> None:
        """Sales calls, nurseries, bike servicing and job-centre summons are no interviews."""
        u = review(name, jo)
        assert u.kind is not Kind.INTERVIEW, u.reasons
        assert u.interview is None

    @pytest.mark.parametrize(
        "name", ["de_statt", "de_cancel", "entfaellt", "es_cancel", "fr_cancel", "fr_noreply"]
    )
    def test_confirmations_stay_confirmations(self, jo: Context, name: str) -> None:
        """Reminders and confirmations that offer cancelling are interviews, not moved."""
        u = review(name, jo)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert not u.interview.rescheduled

    @pytest.mark.parametrize("name", ["debrief", "debrief2"])
    def test_team_debrief_afterwards_is_still_an_interview(self, jo: Context, name: str) -> None:
        """A confirmation saying the team "will debrief afterwards" is still an interview."""
        u = review(name, jo)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 10, 14, tzinfo=NEW_YORK)


class TestGermanKennenlernen:
    """A "Kennenlerngespräch" needs an application around it."""

    def test_sales_intro_call(self, jo: Context) -> None:
        """A software vendor's Kennenlerngespräch with a time is not an interview."""
        u = read(
            jo,
            "Lara Kunde <lara@cloudkasse.example>",
            "Bestätigung: unser Kennenlerngespräch",
            "Hallo Herr Lee,\n\nwie besprochen bestätige ich unser Kennenlerngespräch zu "
            "unserer Kassensoftware am Mittwoch, 11. März 2026 um 11:00 Uhr.\n\nBeste Grüße\n"
            "Lara Kunde\nSales Managerin\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_kennenlern_termin_about_an_application(self, jo: Context) -> None:
        """A Kennenlern-Termin about the user's application is still an interview."""
        u = read(
            jo,
            "Nina Roth <nina.roth@bergwerk-it.example>",
            "Ihr Kennenlern-Termin",
            "Hallo Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler. Hiermit "
            "bestätige ich unseren Kennenlern-Termin am Mittwoch, 11. März 2026 um 11:00 Uhr "
            "per Teams.\n\nViele Grüße\nNina Roth\nRecruiterin\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 11, 11, tzinfo=BERLIN)


class TestEmploymentServices:
    """Public employment services summon job seekers; those meetings are no interviews."""

    def test_agentur_fuer_arbeit(self, jo: Context) -> None:
        """An Agentur für Arbeit appointment about applications is not an interview."""
        u = read(
            jo,
            "Agentur für Arbeit Hamburg <hamburg@arbeitsagentur.example>",
            "Einladung",
            "Sehr geehrter Herr Lee,\n\nbitte kommen Sie zu einem persönlichen Gespräch über "
            "Ihre Bewerbungen am Montag, 9. März 2026 um 8:30 Uhr. Bringen Sie Ihren "
            "Lebenslauf mit.\n\nIhre Agentur für Arbeit Hamburg\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_france_travail_with_candidatures(self, jo: Context) -> None:
        """A France Travail summons that mentions applications is still not an interview."""
        u = read(
            jo,
            "Claire Morel <claire.morel@francetravail.example>",
            "Convocation à un entretien",
            "Bonjour Monsieur Lee,\n\nJe vous confirme votre convocation à un entretien "
            "de suivi le mardi 10 mars 2026 à 9h30 pour faire le point sur vos candidatures."
            "\n\nClaire Morel\nConseillère France Travail\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_sepe(self, jo: Context) -> None:
        """A SEPE appointment about the job search is not an interview."""
        u = read(
            jo,
            "SEPE Madrid <citas@sepe.example>",
            "Tu entrevista en la oficina de empleo",
            "Hola Jo,\n\nTe confirmamos tu entrevista con tu tutor en la oficina de empleo el "
            "martes 10 de marzo a las 9:30 para revisar tu currículum.\n\nSEPE\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_employer_convocation_still_counts(self, jo: Context) -> None:
        """An employer's "convocation à un entretien" stays an interview."""
        u = read(
            jo,
            "Paul Girard <paul.girard@solvane.example>",
            "Convocation à un entretien",
            "Bonjour Monsieur Lee,\n\nSuite à votre candidature au poste de data engineer, "
            "je vous confirme votre convocation à un entretien le mardi 10 mars 2026 à 9h30 "
            "dans nos locaux.\n\nPaul Girard\nChargé de recrutement\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons


class TestFrenchServicing:
    """On its own, "votre entretien" is servicing as often as an interview."""

    def test_car_servicing(self, jo: Context) -> None:
        """A garage's "votre entretien auto est confirmé" is not an interview."""
        u = read(
            jo,
            "Garage du Parc <rdv@garageduparc.example>",
            "Votre entretien auto est confirmé",
            "Bonjour,\n\nVotre entretien auto (vidange et révision) est confirmé le mercredi "
            "11 mars 2026 à 8h30.\n\nGarage du Parc\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_votre_entretien_with_candidacy(self, jo: Context) -> None:
        """A "votre entretien" about the user's application is still an interview."""
        u = read(
            jo,
            "Inès Blanc <ines.blanc@marelle.example>",
            "Votre entretien chez Marelle",
            "Bonjour Jo,\n\nSuite à votre candidature, votre entretien est confirmé le mercredi "
            "11 mars 2026 à 15h00 dans nos locaux.\n\nInès Blanc\nRecruteuse\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons


class TestRescheduleWording:
    """Only real moves set ``rescheduled``."""

    def test_statt_am(self, jo: Context) -> None:
        """German "am Donnerstag statt am Mittwoch" is a move."""
        u = read(
            jo,
            "Julia Richter <julia.richter@acme-de.example>",
            "Ihr Vorstellungsgespräch",
            "Sehr geehrter Herr Lee,\n\nIhr Vorstellungsgespräch für die Stelle als Data "
            "Engineer ist jetzt am Donnerstag, 12. März 2026 um 10:00 Uhr statt am Mittwoch. "
            "Wir haben den Termin entsprechend verschoben und bestätigen ihn hiermit.\n\n"
            "Julia Richter\nPersonalreferentin\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert u.interview.rescheduled
        assert u.interview.start == dt.datetime(2026, 3, 12, 10, tzinfo=BERLIN)

    def test_findet_statt_is_no_move(self, jo: Context) -> None:
        """German "findet ... statt" says where it takes place: no move."""
        u = read(
            jo,
            "Tim Berg <tim.berg@holzhaus.example>",
            "Erinnerung an Ihr Vorstellungsgespräch",
            "Hallo Herr Lee,\n\nIhr Vorstellungsgespräch findet am Freitag, 13. März 2026 um "
            "14 Uhr bei uns in Köln statt. Sie können den Termin bei Bedarf über den Link "
            "verschieben.\n\nTim Berg\nPersonalabteilung\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert not u.interview.rescheduled


class TestCancellationWording:
    """Confirmations that mention cancelling are not cancellations."""

    def test_anfahrt_entfaellt(self, jo: Context) -> None:
        """German "die Anfahrt entfällt" in a video interview confirmation is no cancellation."""
        u = read(
            jo,
            "Julia Richter <julia.richter@acme-de.example>",
            "Ihr Vorstellungsgespräch",
            "Sehr geehrter Herr Lee,\n\nwir bestätigen Ihr Vorstellungsgespräch am Dienstag, "
            "10. März 2026 um 10:00 Uhr per Video; die Anfahrt entfällt damit.\n\n"
            "Julia Richter\nPersonalreferentin\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons

    def test_termin_entfaellt(self, jo: Context) -> None:
        """German "der Termin ... entfällt leider" is a cancellation."""
        u = read(
            jo,
            "Julia Richter <julia.richter@acme-de.example>",
            "Ihr Vorstellungsgespräch",
            "Sehr geehrter Herr Lee,\n\nder Termin für Ihr Vorstellungsgespräch am Dienstag, "
            "10. März 2026 um 10:00 Uhr entfällt leider. Wir melden uns.\n\n"
            "Julia Richter\nPersonalreferentin\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_puede_anular(self, jo: Context) -> None:
        """Spanish "puede anular la cita" in a confirmation is an offer, not a cancellation."""
        u = read(
            jo,
            "Marta Gil <marta.gil@olivar.example>",
            "Entrevista de trabajo confirmada",
            "Hola Jo,\n\nGracias por tu candidatura. Tu entrevista de trabajo queda confirmada "
            "el miércoles 11 de marzo a las 12:00. Si surge algo, puede anular la cita desde "
            "el enlace.\n\nMarta Gil\nReclutadora\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons

    def test_vous_pourrez_reporter(self, jo: Context) -> None:
        """French "vous pourrez annuler ou reporter" in a confirmation is an offer."""
        u = read(
            jo,
            "Sophie Bernard <sophie.bernard@acme-fr.example>",
            "Entretien d'embauche confirmé",
            "Bonjour Jo,\n\nVotre entretien d'embauche est confirmé le mercredi 11 mars à 11h. "
            "Vous pourrez annuler ou reporter le rendez-vous depuis votre espace.\n\n"
            "Sophie Bernard\nChargée de recrutement\n",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert u.interview is not None
        assert not u.interview.rescheduled


class TestDebrief:
    """A debrief blocks only when it is the meeting itself."""

    def test_debrief_meeting_invite(self, jo: Context) -> None:
        """A "debrief session" about candidates is not the user's interview."""
        u = read(
            jo,
            "Peggy Olson <peggy@sterling.example>",
            "Analyst candidates",
            "Hi Jo,\n\nPlease join the debrief session for the Analyst candidates, confirmed "
            "for Tuesday, March 10 at 3pm ET.\n\nPeggy\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_debrief_subject(self, jo: Context) -> None:
        """A subject naming a debrief makes the message about the debrief."""
        u = read(
            jo,
            "Peggy Olson <peggy@sterling.example>",
            "Debrief: Sam Baker (Analyst)",
            "Hi Jo,\n\nConfirmed for Tuesday, March 10 at 3pm ET, after Sam's final interview."
            "\n\nPeggy\n",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestWeekdayNames:
    """Spanish and French weekdays are dates in lower case only."""

    def test_domingo_is_a_name(self, jo: Context) -> None:
        """The reviewer's "interview with Domingo at 3pm ET tomorrow" is tomorrow, not Sunday."""
        u = review("domingo2", jo)
        assert u.interview is not None
        assert u.interview.start == dt.datetime(2026, 3, 3, 15, tzinfo=NEW_YORK)

    def test_domingo_beside_a_date(self, jo: Context) -> None:
        """The reviewer's "with Domingo Ruiz ... Tuesday, March 10" keeps the stated date."""
        u = review("en_domingo", jo)
        assert u.interview is not None
        assert u.interview.start.date() == dt.date(2026, 3, 10)

    def test_lower_case_domingo_is_sunday(self) -> None:
        """A lower-case "el domingo" is still a Sunday."""
        lex = default_lexicon()
        hits = find_dates("la entrevista es el domingo", lex, dt.date(2026, 3, 2), "dmy")
        assert [h.date for h in hits] == [dt.date(2026, 3, 8)]

    def test_capitalised_mardi_mid_sentence(self) -> None:
        """A capitalised French weekday with no date beside it is not read as a day."""
        lex = default_lexicon()
        assert find_dates("vous rencontrerez Mardi Gras", lex, dt.date(2026, 3, 2), "dmy") == []

    def test_por_la_manana(self) -> None:
        """Spanish "por la mañana" is the morning; "mañana" alone is tomorrow."""
        lex = default_lexicon()
        ref = dt.date(2026, 3, 2)
        assert find_dates("nos vemos por la mañana", lex, ref, "dmy") == []
        assert find_dates("esta mañana hablamos", lex, ref, "dmy") == []
        hits = find_dates("nos vemos mañana por la mañana", lex, ref, "dmy")
        assert [h.date for h in hits] == [dt.date(2026, 3, 3)]

    def test_por_la_manana_is_not_tomorrow(self, jo: Context) -> None:
        """The reviewer's "el jueves 12 de marzo. Nos vemos por la mañana" is never tomorrow."""
        u = review("es_manana2", jo)
        assert u.interview is None or u.interview.start.date() == dt.date(2026, 3, 12)


class TestHourWords:
    """Hour abbreviations are clock times only in clock forms."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("it takes 8 hrs", []),
            ("about 12 h with travel", []),
            ("please plan for 9 hrs on site", []),
            ("la visite dure 10 heures", []),
            ("à 14h", [dt.time(14)]),
            ("14h30", [dt.time(14, 30)]),
            ("14 h 30", [dt.time(14, 30)]),
            ("à 14 heures", [dt.time(14)]),
            ("a las 10 horas", [dt.time(10)]),
            ("um 14 Uhr", [dt.time(14)]),
            ("Dienstag, 14 Uhr", [dt.time(14)]),
            ("at 12-noon", [dt.time(12)]),
            ("cet après-midi", []),
        ],
    )
    def test_clock_or_length(self, text: str, expected: list[dt.time]) -> None:
        """Durations are not clock times; clock forms are."""
        assert [t.start for t in find_times(text, default_lexicon())] == expected

    def test_onsite_day_without_time(self, jo: Context) -> None:
        """The reviewer's "about 8 hrs on site" gives no 08:00 start."""
        u = review("hrs", jo)
        assert u.interview is None or u.interview.start.time() != dt.time(8)
