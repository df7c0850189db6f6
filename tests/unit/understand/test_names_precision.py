"""Interviewer precision: rooms, places, shared inboxes, teams and coordinators are no one.

Every message here was written for these tests (invented people, companies and places under
``.example``) in the layouts that name non-persons beside people: Google Calendar guest lists
with room and team addresses, Outlook invitations with resource calendars, itinerary rows
whose dash column is a place, Bookings "Staff:" lines and "Participants:" lists that include
the coordinator who set the meeting up, German, French and Spanish sentences that name a
meeting room or a company beside a person. Each trap has a positive neighbour that must keep
working, so precision is not bought with the names that are there.
"""

from __future__ import annotations

from daemon.understand import Context, Understanding, understand

from .messages import mail, vevent_calendar

CTX = Context(
    user_addresses=frozenset({"dana.whitlock@example.net"}),
    user_name="Dana Whitlock",
    timezone="America/New_York",
    date_order="mdy",
)
COORD = "Noor Haddad <noor.haddad@brindle.example>"
HEAD = "Hi Dana,\n\nYour interview with Brindle Works is confirmed for Thursday, March 5 at 2pm ET.\n\n"
SIG = "\n\nBest,\nNoor Haddad\nRecruiting Coordinator, Brindle Works"


def people(u: Understanding) -> list[tuple[str | None, str | None]]:
    """The interviewers of an interview result as (name, address), sorted."""
    assert u.interview is not None, u.reasons
    return sorted(((p.name, p.email) for p in u.interview.interviewers), key=str)


def names(u: Understanding) -> list[str]:
    """The interviewer names of an interview result, sorted."""
    return sorted(n or "" for n, _ in people(u))


def confirmed(middle: str, *, sender: str = COORD, sig: str = SIG) -> Understanding:
    """A coordinator's plain confirmation with ``middle`` between greeting and signature."""
    raw = mail(
        sender=sender,
        to="Dana Whitlock <dana.whitlock@example.net>",
        subject="Interview confirmation - Brindle Works",
        body=HEAD + middle + sig,
    )
    return understand(raw, CTX)


class TestRoleAndRoomAddresses:
    """Shared inboxes and room calendars in guest lists and invitations are never guests."""

    def test_address_only_guest_lines_of_teams_and_rooms(self) -> None:
        """ "talent@", a Google resource calendar and a no-reply line under "Guests" give no one."""
        u = confirmed(
            "Guests:\ndana.whitlock@example.net\ntalent@brindle.example\n"
            "brindle.example_1883@resource.calendar.google.com\nnoreply@ashbyhq.com"
        )
        assert people(u) == []

    def test_address_only_guest_line_of_a_person_is_kept(self) -> None:
        """A person's own address alone on a guest line is still a guest (a nameless ATTENDEE)."""
        u = confirmed(
            "Guests:\ndana.whitlock@example.net\ntessa.vail@brindle.example\ncareers@brindle.example"
        )
        assert people(u) == [(None, "tessa.vail@brindle.example")]

    def test_room_line_and_its_address_in_a_two_line_guest_list(self) -> None:
        """Google's name-then-address guests: "Boardroom Lisbon" and its address are no guest."""
        u = confirmed(
            "Guests\nNoor Haddad - organizer\nnoor.haddad@brindle.example\n"
            "Boardroom Lisbon (8)\nlisbon-8@brindle.example\n"
            "Tessa Vail\ntessa.vail@brindle.example"
        )
        assert people(u) == [("Tessa Vail", "tessa.vail@brindle.example")]

    def test_calendar_attendees_without_a_name_that_are_inboxes_or_resources(self) -> None:
        """ATTENDEEs "recruiting@" (no CN) and a resource calendar drop; the named person stays."""
        extra = (
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT:mailto:recruiting@brindle.example\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=HQ-3-Harbour (6):"
            "mailto:c_188f2a@resource.calendar.google.com"
        )
        ics = vevent_calendar(
            summary="Interview: Dana Whitlock / Brindle Works",
            start="20260305T140000",
            end="20260305T150000",
            tzid="America/New_York",
            organizer="mailto:noor.haddad@brindle.example",
            organizer_cn="Noor Haddad",
            attendees=(
                ("Omar Quist", "omar.quist@brindle.example"),
                ("Dana Whitlock", "dana.whitlock@example.net"),
            ),
            extra=extra,
        )
        raw = mail(
            sender=COORD,
            to="Dana Whitlock <dana.whitlock@example.net>",
            subject="Invitation: Interview: Dana Whitlock / Brindle Works",
            body="You have been invited to the following event.",
            ics=ics,
        )
        assert people(understand(raw, CTX)) == [("Omar Quist", "omar.quist@brindle.example")]


class TestDashRowsThatArePlaces:
    """Itinerary rows "time – session – X" where X is a desk, a portal, a garage or a hall."""

    def test_arrival_and_venue_rows(self) -> None:
        """Check-in at a desk, an assessment on a portal, a committee: nobody is named."""
        u = confirmed(
            "Schedule:\n13:00 - Check-in - Front Desk\n13:30 - Interview - Hiring Committee\n"
            "14:30 - Assessment - Online Portal"
        )
        assert people(u) == []

    def test_unknown_sessions_at_places(self) -> None:
        """Briefing at a visitor centre, parking in a garage, farewell in a hall: no people."""
        u = confirmed(
            "Itinerary:\n2:00 pm – Security briefing – Visitor Centre\n"
            "2:30 pm – Parking – North Garage\n3:00 pm – Farewell – Grand Hall"
        )
        assert people(u) == []

    def test_two_interview_rows_with_people(self) -> None:
        """ "Coding – Tessa Vail" and "System design – Omar Quist" still give both."""
        u = confirmed(
            "Schedule:\n2:00 pm – Coding – Tessa Vail\n3:00 pm – System design – Omar Quist"
        )
        assert names(u) == ["Omar Quist", "Tessa Vail"]

    def test_unknown_sessions_with_people(self) -> None:
        """Sessions the lexicon does not know, each with a full name, still name them."""
        u = confirmed(
            "Itinerary:\n2:00 pm – Product sense – Tessa Vail\n"
            "2:45 pm – Stakeholder role-play – Omar Quist\n3:30 pm – Lunch – Main Cafeteria"
        )
        assert names(u) == ["Omar Quist", "Tessa Vail"]


class TestFieldTitleBeforeWords:
    """ "Regional Manager Performance Review": a field title before a session is no name."""

    def test_session_after_a_title(self) -> None:
        """ "You'll meet Regional Manager Performance Review": a review, not a person."""
        u = confirmed("You'll meet Regional Manager Performance Review and the shop floor team.")
        assert people(u) == []

    def test_name_after_a_field_title(self) -> None:
        """ "You'll meet Store Manager Tessa Vail": the store manager is named."""
        u = confirmed("You'll meet Store Manager Tessa Vail.")
        assert names(u) == ["Tessa Vail"]


class TestCoordinatorsInLists:
    """A coordinator on a staff, participants, hosts or bracket list set the meeting up."""

    def test_bookings_staff_line_of_the_coordinator(self) -> None:
        """ "Staff: Noor Haddad" from Noor, a recruiting coordinator: she is no interviewer."""
        assert people(confirmed("Staff: Noor Haddad\nService: Phone screen")) == []

    def test_bookings_staff_line_of_another_person(self) -> None:
        """ "Staff: Tessa Vail" from the coordinator names Tessa."""
        assert names(confirmed("Staff: Tessa Vail\nService: Portfolio review")) == ["Tessa Vail"]

    def test_participants_list_with_the_coordinator(self) -> None:
        """ "Participants: Dana Whitlock, Noor Haddad, Tessa Vail": only Tessa interviews."""
        u = confirmed("Participants: Dana Whitlock, Noor Haddad, Tessa Vail")
        assert names(u) == ["Tessa Vail"]

    def test_meeting_title_brackets_with_the_coordinator(self) -> None:
        """ "Analyst interview (Noor Haddad, Recruiting)" from Noor names no interviewer."""
        assert people(confirmed("Title: Analyst interview (Noor Haddad, Recruiting)")) == []

    def test_meeting_title_brackets_with_two_people(self) -> None:
        """ "Analyst interview (Tessa Vail, Omar Quist)" names both."""
        u = confirmed("Title: Analyst interview (Tessa Vail, Omar Quist)")
        assert names(u) == ["Omar Quist", "Tessa Vail"]

    def test_moderator_titled_coordinator_from_a_manager(self) -> None:
        """ "moderated by Ines Baro (Recruiting Coordinator)": her title says she arranges."""
        u = confirmed(
            "The panel will be moderated by Ines Baro (Recruiting Coordinator). You will "
            "meet Tessa Vail (Head of Design).",
            sender="Omar Quist <omar.quist@brindle.example>",
            sig="\n\nThanks,\nOmar Quist\nDirector of Product",
        )
        assert names(u) == ["Tessa Vail"]

    def test_talent_partner_listed_on_a_panel_is_kept(self) -> None:
        """A talent partner the interviewers' list names sits on the panel: kept."""
        u = confirmed(
            "Your interviewers: Tessa Vail (Head of Design) and Ines Baro (Talent Partner)"
        )
        assert names(u) == ["Ines Baro", "Tessa Vail"]

    def test_german_participants_with_the_coordinator_signing_with_a_title(self) -> None:
        """ "Teilnehmer: ... und Frau Mag. Ilse Brandl", signed "Mag. Ilse Brandl / HR Koordinatorin"."""
        raw = mail(
            sender="Ilse Brandl <ilse.brandl@falkenau.example>",
            to="Dana Whitlock <dana.whitlock@example.net>",
            subject="Bestätigung Vorstellungsgespräch",
            body=(
                "Hallo Dana,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
                "5. März um 14 Uhr.\n\nTeilnehmer: Geschäftsführung, Personalabteilung und "
                "Frau Mag. Ilse Brandl\n\nViele Grüße\nMag. Ilse Brandl\nHR Koordinatorin"
            ),
        )
        assert people(understand(raw, CTX)) == []

    def test_german_participants_with_the_writer_as_manager(self) -> None:
        """The same list from a sales director who signs with that title names her."""
        raw = mail(
            sender="Ilse Brandl <ilse.brandl@falkenau.example>",
            to="Dana Whitlock <dana.whitlock@example.net>",
            subject="Bestätigung Vorstellungsgespräch",
            body=(
                "Hallo Dana,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, "
                "5. März um 14 Uhr.\n\nTeilnehmer: Frau Mag. Ilse Brandl und Herr Jonas Falk"
                "\n\nViele Grüße\nMag. Ilse Brandl\nLeiterin Vertrieb"
            ),
        )
        assert names(understand(raw, CTX)) == ["Ilse Brandl", "Jonas Falk"]


ES_HEAD = (
    "Hola Dana,\n\nTe confirmo tu entrevista con Brindle el jueves 5 de marzo a las 14:00.\n\n"
)
FR_HEAD = "Bonjour Dana,\n\nJe vous confirme votre entretien le jeudi 5 mars à 14h.\n\n"
DE_HEAD = (
    "Hallo Dana,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Donnerstag, 5. März um "
    "14 Uhr.\n\n"
)


def letter(sender: str, subject: str, body: str) -> Understanding:
    """A recruiter's letter in another language."""
    raw = mail(
        sender=sender, to="Dana Whitlock <dana.whitlock@example.net>", subject=subject, body=body
    )
    return understand(raw, CTX)


class TestRoomsPlacesAndCompaniesInSentences:
    """German, Spanish and French sentences that name a room, a city or a company."""

    def test_german_meeting_room_beside_a_person(self) -> None:
        """ "Es erwarten Sie Herr Dr. Jonas Falk und Besprechungsraum Elbe": only Jonas Falk."""
        u = letter(
            "Ilse Brandl <ilse.brandl@falkenau.example>",
            "Bestätigung Vorstellungsgespräch",
            DE_HEAD
            + "Es erwarten Sie Herr Dr. Jonas Falk und Besprechungsraum Elbe.\n\nViele Grüße\nIlse Brandl",
        )
        assert names(u) == ["Jonas Falk"]

    def test_spanish_room_named_sala(self) -> None:
        """ "Participarán: Sala Goya, Planta 3": a room and a floor, no one."""
        u = letter(
            "Laia Ferrer <laia.ferrer@brindle.example>",
            "Confirmación de entrevista - Brindle",
            ES_HEAD + "Participarán: Sala Goya, Planta 3\n\nSaludos,\nLaia Ferrer",
        )
        assert people(u) == []

    def test_spanish_family_name_sala_after_a_given_name(self) -> None:
        """ "Participarán: Marta Ibarra y Jordi Sala": Sala as a family name is a person."""
        u = letter(
            "Laia Ferrer <laia.ferrer@brindle.example>",
            "Confirmación de entrevista - Brindle",
            ES_HEAD + "Participarán: Marta Ibarra y Jordi Sala\n\nSaludos,\nLaia Ferrer",
        )
        assert names(u) == ["Jordi Sala", "Marta Ibarra"]

    def test_french_company_after_the_elided_de(self) -> None:
        """ "avec Luc Garnier et d'Ambrette Business": the company is no person."""
        u = letter(
            "Claire Vasseur <claire.vasseur@brindle.example>",
            "Confirmation d'entretien - Brindle",
            FR_HEAD
            + "Vous aurez un échange avec Luc Garnier et d'Ambrette Business.\n\nCordialement,\nClaire Vasseur\nChargée de recrutement",
        )
        assert names(u) == ["Luc Garnier"]

    def test_french_person_after_the_elided_de(self) -> None:
        """ "avec Luc Garnier et d'Anaïs Roux": both are people."""
        u = letter(
            "Claire Vasseur <claire.vasseur@brindle.example>",
            "Confirmation d'entretien - Brindle",
            FR_HEAD
            + "Vous aurez un échange avec Luc Garnier et d'Anaïs Roux.\n\nCordialement,\nClaire Vasseur\nChargée de recrutement",
        )
        assert names(u) == ["Anaïs Roux", "Luc Garnier"]

    def test_french_city_after_a_team_at_a_place(self) -> None:
        """ "l'équipe Produit à la Halle Verte, Lyon": the city after the place is no one."""
        u = letter(
            "Claire Vasseur <claire.vasseur@brindle.example>",
            "Confirmation d'entretien - Brindle",
            FR_HEAD
            + "Vous rencontrerez l'équipe Produit à la Halle Verte, Lyon.\n\nCordialement,\nClaire Vasseur\nChargée de recrutement",
        )
        assert people(u) == []

    def test_french_team_then_people(self) -> None:
        """ "l'équipe Produit, Luc Garnier et Anaïs Roux": the people after a team are named."""
        u = letter(
            "Claire Vasseur <claire.vasseur@brindle.example>",
            "Confirmation d'entretien - Brindle",
            FR_HEAD
            + "Vous rencontrerez l'équipe Produit, Luc Garnier et Anaïs Roux.\n\nCordialement,\nClaire Vasseur\nChargée de recrutement",
        )
        assert names(u) == ["Anaïs Roux", "Luc Garnier"]


class TestDepartmentsAndFunctions:
    """Business functions (treasury, audit, legal) are departments, their holders people."""

    def test_departments_alone(self) -> None:
        """ "You will meet with Group Treasury and Internal Audit": departments, no one."""
        assert people(confirmed("You will meet with Group Treasury and Internal Audit.")) == []

    def test_function_title_after_a_name(self) -> None:
        """ "Tessa Vail (Group Treasurer) and Omar Quist, General Counsel": both, titled."""
        u = confirmed(
            "You will meet with Tessa Vail (Group Treasurer) and Omar Quist, General Counsel."
        )
        assert u.interview is not None
        titles = sorted((p.name or "", p.title or "") for p in u.interview.interviewers)
        assert titles == [("Omar Quist", "General Counsel"), ("Tessa Vail", "Group Treasurer")]


class TestCompanyBesideGuests:
    """A calendar guest named for a team leaves its company word to be the company."""

    def invite(self, guest: str, summary: str) -> Understanding:
        """A founder's invitation from a personal address; one guest besides the user."""
        ics = vevent_calendar(
            summary=summary,
            start="20260305T140000",
            end="20260305T150000",
            tzid="America/New_York",
            organizer="mailto:noor.haddad.hires@gmail.com",
            organizer_cn="Noor Haddad",
            attendees=(
                (guest, "hiring.desk@qfmail.example"),
                ("Dana Whitlock", "dana.whitlock@example.net"),
            ),
        )
        raw = mail(
            sender="Noor Haddad <noor.haddad.hires@gmail.com>",
            to="Dana Whitlock <dana.whitlock@example.net>",
            subject=f"Invitation: {summary}",
            body="You have been invited to the following event.",
            ics=ics,
        )
        return understand(raw, CTX)

    def test_team_guest_keeps_the_company(self) -> None:
        """Guest "Quillfeather Talent" and "Interview with Quillfeather": the company is found."""
        u = self.invite("Quillfeather Talent", "Interview with Quillfeather")
        assert u.interview is not None
        assert u.interview.company == "Quillfeather"

    def test_person_guest_is_not_the_company(self) -> None:
        """Guest "Yoon Ji-ho" and "Interview with Ji-ho": Ji-ho is the person, not a company."""
        u = self.invite("Yoon Ji-ho", "Interview with Ji-ho")
        assert u.interview is not None
        assert u.interview.company != "Ji-ho"
