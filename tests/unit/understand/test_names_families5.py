"""Interviewer names in itineraries, ATS detail lines, invitations and short letters.

Every message here was written for these tests (invented people, companies and places under
``.example``) to mirror a layout: a GoodTime-style itinerary ("10:00 - 10:45 Hiring
manager: Jane Roe"), a Greenhouse onsite schedule whose titles carry a team and an address,
a Webex invitation whose agenda names the host, a Recruitee "Meet:" line, a banker's terse
phone reply, an Austrian Kanzlei letter and a Basque engineering firm writing Spanish. Each
positive has a trap of its family: places, breaks, video links and coordinators never
become people.
"""

from __future__ import annotations

from daemon.understand import Context, Kind, understand

from .messages import mail
from .messages import sorted_names as names


def user(name: str, address: str, zone: str, order: str = "dmy") -> Context:
    """A context for one user."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order=order,  # type: ignore[arg-type]
    )


MAIRI = user("Mairi Lennox", "mairi.lennox@example.net", "Europe/London")
OWEN = user("Owen Pryce", "owen.pryce@example.net", "America/New_York", "mdy")
JONAS = user("Jonas Albrecht", "jonas.albrecht@example.net", "Europe/Vienna")
AINHOA = user("Ainhoa Zubiri", "ainhoa.zubiri@example.net", "Europe/Madrid")
KAVYA = user("Kavya Menon", "kavya.menon@example.net", "Europe/Berlin")


def itinerary(rows: str) -> bytes:
    """A scheduling tool's itinerary sent on behalf of a coordinator."""
    return mail(
        sender="Thistlegate Recruiting <scheduling@itinerary-tool.example>",
        to="Mairi Lennox <mairi.lennox@example.net>",
        headers={"Reply-To": "Fiona Baird <fiona.baird@thistlegate.example>"},
        subject="Your interview itinerary with Thistlegate",
        date="Mon, 09 Mar 2026 09:00:00 +0000",
        body=(
            "Hi Mairi,\n\n"
            "Your virtual interview loop for Risk Analyst is confirmed for Thursday 19 March "
            "2026. All times are in Europe/London.\n\n"
            f"{rows}\n"
            "Each session has its own Teams link in the calendar invitation.\n\n"
            "Scheduled via Itinerary Tool\n"
        ),
    )


class TestItineraryColonRows:
    def test_session_colon_person_rows(self) -> None:
        """Rows "10:00 - 10:45 Hiring manager: Jane Roe" name each session's interviewer."""
        rows = (
            "10:00 - 10:45 Hiring manager: Euan Macrae\n"
            "10:45 - 11:00 Break\n"
            "11:00 - 11:45 Credit modelling: Leonie Achterberg\n"
            "11:45 - 12:30 Team fit: Rory Dunbar-Hale\n"
        )
        u = understand(itinerary(rows), MAIRI)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Euan Macrae", "Leonie Achterberg", "Rory Dunbar-Hale"]

    def test_one_colon_row_with_a_place_is_no_person(self) -> None:
        """A lone "12:00 Venue: Harbour View" row names a place, not an interviewer."""
        rows = "10:00 - 11:00 Panel interview\n11:00 - 11:15 Venue: Harbour View\n"
        u = understand(itinerary(rows), MAIRI)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []

    def test_pause_rows_with_places_are_no_people(self) -> None:
        """ "Lunch: Harbour View" and "Office tour: Glass Atrium" rows name no one."""
        rows = (
            "10:00 - 10:45 Case study: Euan Macrae\n"
            "12:00 - 12:45 Lunch: Harbour View\n"
            "12:45 - 13:15 Office tour: Glass Atrium\n"
        )
        u = understand(itinerary(rows), MAIRI)
        assert u.kind is Kind.INTERVIEW
        assert "Harbour View" not in names(u)
        assert "Glass Atrium" not in names(u)


class TestScheduleTitles:
    def test_title_with_team_and_address(self) -> None:
        """ "Jane Roe, Director, Actuarial (jane@...)" after a session names Jane Roe."""
        raw = mail(
            sender="Tamsin Vale <no-reply@ats-mail.example>",
            to="Owen Pryce <owen.pryce@example.net>",
            headers={"Reply-To": "Tamsin Vale <tamsin.vale@brightmoor.example>"},
            subject="Interview Confirmation: Owen Pryce for Pricing Analyst",
            date="Mon, 02 Mar 2026 15:04:00 -0500",
            body=(
                "Hi Owen,\n\nHere is your onsite schedule at Brightmoor Mutual.\n\n"
                "Date: Tuesday, March 17, 2026\n"
                "All times Eastern Time (US & Canada)\n\n"
                "9:30 AM - 10:15 AM  Pricing deep dive - Anselm Quartey, Director, Actuarial "
                "(anselm.quartey@brightmoor.example)\n"
                "10:15 AM - 11:00 AM  Modelling exercise - Bettina Lowry, Lead Actuary\n"
                "11:00 AM - 11:30 AM  Wrap-up - Tamsin Vale, Recruiting Coordinator\n\n"
                "Best,\nTamsin Vale\nRecruiting Coordinator\n"
            ),
        )
        u = understand(raw, OWEN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Anselm Quartey", "Bettina Lowry"]
        assert u.interview is not None
        emails = {p.name: p.email for p in u.interview.interviewers}
        assert emails["Anselm Quartey"] == "anselm.quartey@brightmoor.example"


class TestAgendaAndLabels:
    def test_webex_agenda_names_host(self) -> None:
        """A Webex agenda "introduction with Jane Roe (Engineering Manager)" names the host."""
        raw = mail(
            sender="Henrike Saalfeld via Webex <messenger@webex.example>",
            to="Kavya Menon <kavya.menon@example.net>",
            headers={"Reply-To": "Henrike Saalfeld <henrike.saalfeld@ostwerk.example>"},
            subject="Webex meeting invitation: Interview Kavya Menon - Firmware Engineer",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Henrike Saalfeld invites you to join this Webex meeting.\n\n"
                "Interview Kavya Menon - Firmware Engineer\n"
                "Tuesday, March 10, 2026 10:00 AM | 1 hour | (UTC+01:00) Amsterdam, Berlin\n\n"
                "Agenda: 15 min introduction with Henrike Saalfeld (Engineering Manager), "
                "45 min code review with Tobias Renner (Staff Engineer).\n"
            ),
        )
        u = understand(raw, KAVYA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Henrike Saalfeld", "Tobias Renner"]

    def test_welcome_with_coordinator_is_not_interviewer(self) -> None:
        """ "Welcome with Jane Roe (Recruiting Coordinator)" names a coordinator: not counted."""
        raw = mail(
            sender="Henrike Saalfeld <henrike.saalfeld@ostwerk.example>",
            to="Kavya Menon <kavya.menon@example.net>",
            subject="Interview on Tuesday - Firmware Engineer",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hi Kavya,\n\nYour interview is confirmed for Tuesday 10 March at 10:00.\n\n"
                "Agenda: 10 min welcome with Greta Lindqvist (Recruiting Coordinator), "
                "50 min technical interview with Tobias Renner (Staff Engineer).\n\n"
                "Henrike Saalfeld\n"
            ),
        )
        u = understand(raw, KAVYA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Tobias Renner"]

    def test_meet_label_lists_people(self) -> None:
        """An ATS "Meet: Jane Roe (Head of X) and Raj Patel (Recruiter)" line names both."""
        raw = mail(
            sender="Lanternfish Studio <no-reply@ats-jobs.example>",
            to="Kavya Menon <kavya.menon@example.net>",
            headers={"Reply-To": "Ilse Brandauer <ilse.brandauer@lanternfish.example>"},
            subject="Interview confirmed: Live Producer",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hi Kavya,\n\nYour interview for Live Producer is confirmed:\n\n"
                "Tuesday 10 March 2026 at 11:00 (Berlin time)\n"
                "Duration: 1 hour\n"
                "Meet: Corentin Maltais (Head of Live Ops) and Ilse Brandauer (Recruiter)\n"
                "Link: https://meet.google.com/abc-defg-hij\n\nGood luck!\n"
            ),
        )
        u = understand(raw, KAVYA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Corentin Maltais", "Ilse Brandauer"]

    def test_meet_label_with_a_link_names_no_one(self) -> None:
        """A "Meet: https://meet.google.com/..." line is a video link, not a person."""
        raw = mail(
            sender="Lanternfish Studio <no-reply@ats-jobs.example>",
            to="Kavya Menon <kavya.menon@example.net>",
            subject="Interview confirmed: Live Producer",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hi Kavya,\n\nYour interview for Live Producer is confirmed:\n\n"
                "Tuesday 10 March 2026 at 11:00 (Berlin time)\n"
                "Meet: https://meet.google.com/abc-defg-hij\n"
                "Meet: Google Meet\n\nGood luck!\n"
            ),
        )
        u = understand(raw, KAVYA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []


class TestShortLetters:
    def test_terse_reply_ask_for_me(self) -> None:
        """A branch manager's "Thu 3/19 @ 2:30 works. ask for me." makes them the interviewer."""
        raw = mail(
            sender="Dale Vosburgh <dale.vosburgh@prairiecu.example>",
            to="Owen Pryce <owen.pryce@example.net>",
            subject="Re: in-person interview",
            headers={"In-Reply-To": "<prev.1@example.net>"},
            body=(
                "Thu 3/19 @ 2:30 works. Come to the Main St branch, ask for me.\n\nDale\n\n"
                "On Mon, Mar 2, 2026 at 3:51 PM Owen Pryce <owen.pryce@example.net> wrote:\n\n"
                "> Hi Dale,\n> I could do Thursday afternoon for the in-person interview.\n"
                "> Owen\n"
            ),
        )
        u = understand(raw, OWEN)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Dale Vosburgh"]

    def test_german_neben_mir_auch(self) -> None:
        """ "Am Gespräch nehmen neben mir auch Frau Mag. Jana Roe teil" names writer and Roe."""
        raw = mail(
            sender="Mag. Bernhard Kofler <b.kofler@kanzlei-ring.example>",
            to="Jonas Albrecht <jonas.albrecht@example.net>",
            subject="Einladung zum Bewerbungsgespräch",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Sehr geehrter Herr Albrecht,\n\n"
                "wir dürfen Sie zu einem Bewerbungsgespräch am Mittwoch, 11. März 2026 um "
                "9:30 Uhr in unsere Kanzlei (Ringstraße 12, 1010 Wien) einladen.\n\n"
                "Am Gespräch nehmen neben mir auch Frau Mag. Theresa Lindinger (Partnerin) "
                "teil.\n\nMit freundlichen Grüßen\nMag. Bernhard Kofler\nSteuerberater\n"
            ),
        )
        u = understand(raw, JONAS)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Bernhard Kofler", "Theresa Lindinger"]

    def test_german_hr_neben_mir_is_not_interviewer(self) -> None:
        """The Personalabteilung writing "neben mir" stays out; the named partner counts."""
        raw = mail(
            sender="Petra Hainz <p.hainz@kanzlei-ring.example>",
            to="Jonas Albrecht <jonas.albrecht@example.net>",
            subject="Einladung zum Bewerbungsgespräch",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Sehr geehrter Herr Albrecht,\n\n"
                "wir laden Sie zu einem Bewerbungsgespräch am Mittwoch, 11. März 2026 um "
                "9:30 Uhr ein.\n\n"
                "Am Gespräch nehmen außer mir Frau Mag. Theresa Lindinger teil.\n\n"
                "Mit freundlichen Grüßen\nPetra Hainz\nPersonalabteilung\n"
            ),
        )
        u = understand(raw, JONAS)
        assert u.kind is Kind.INTERVIEW
        assert "Petra Hainz" not in names(u)
        assert "Theresa Lindinger" in names(u)

    def test_spanish_estaran_name_y_yo(self) -> None:
        """ "Estarán Ana Ruiz (Directora) y yo misma" names the colleague and the writer."""
        raw = mail(
            sender="Maite Olaizola <maite.olaizola@ibaiko.example>",
            to="Ainhoa Zubiri <ainhoa.zubiri@example.net>",
            subject="Convocatoria de entrevista",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hola Ainhoa:\n\n"
                "Nos gustaría invitarte a una entrevista presencial el lunes 16 de marzo a las 11:30 h en nuestras "
                "oficinas de Derio.\n\n"
                "Estarán Iñaki Larrañaga (Director de Planta) y yo misma.\n\n"
                "Un saludo,\nMaite Olaizola\nIngeniería de Procesos\n"
            ),
        )
        u = understand(raw, AINHOA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == ["Iñaki Larrañaga", "Maite Olaizola"]

    def test_spanish_estaran_disponibles_names_no_one(self) -> None:
        """ "Estarán disponibles Sala Norte y Sala Sur" names rooms, not interviewers."""
        raw = mail(
            sender="Maite Olaizola <maite.olaizola@ibaiko.example>",
            to="Ainhoa Zubiri <ainhoa.zubiri@example.net>",
            subject="Convocatoria de entrevista",
            date="Mon, 02 Mar 2026 09:00:00 +0100",
            body=(
                "Hola Ainhoa:\n\n"
                "Nos gustaría invitarte a una entrevista presencial el lunes 16 de marzo a las 11:30 h en nuestras "
                "oficinas de Derio. Estarán Abiertas las puertas desde las 11:00.\n\n"
                "Un saludo,\nRecursos Humanos\n"
            ),
        )
        u = understand(raw, AINHOA)
        assert u.kind is Kind.INTERVIEW
        assert names(u) == []
